//! What the benchmarks against a real agent share: a runtime to run one in, and which
//! agent binary to measure.

use std::future::Future;
use std::path::PathBuf;
use std::process::ExitCode;

use crate::bin_dir;
use crate::telegram::BoxError;

/// Runs the benchmark `run` on a two-thread runtime; its error, if any, on stderr as
/// `name: …`.
pub fn main(name: &str, run: impl Future<Output = Result<(), BoxError>>) -> ExitCode {
    let runtime = match tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build() {
        Ok(runtime) => runtime,
        Err(error) => {
            eprintln!("{name}: {error}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(run) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("{name}: {error}");
            ExitCode::FAILURE
        }
    }
}

/// The agent to measure: `AGENT` if set, else the release build, else the debug one;
/// absolute, as a bench runs in its package's folder.
pub fn agent_binary() -> PathBuf {
    let agent = match std::env::var_os("AGENT") {
        Some(agent) => PathBuf::from(agent),
        None => {
            let release = bin_dir().with_file_name("release").join("sessionguard-agent");
            if release.exists() { release } else { bin_dir().join("sessionguard-agent") }
        }
    };
    agent.canonicalize().unwrap_or(agent)
}

/// "release" or "debug", for the figures' heading.
pub fn build_of(agent: &std::path::Path) -> &'static str {
    if agent.components().any(|c| c.as_os_str() == "release") { "release" } else { "debug" }
}
