//! The log setup both programs share: to stderr, level from `SESSIONGUARD_LOG` (default info).

pub fn init() {
    let filter = tracing_subscriber::EnvFilter::try_from_env("SESSIONGUARD_LOG")
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info"));
    tracing_subscriber::fmt().with_env_filter(filter).with_writer(std::io::stderr).init();
}
