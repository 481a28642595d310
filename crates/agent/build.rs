//! App credentials a packager builds in (`SESSIONGUARD_API_ID`, `SESSIONGUARD_API_HASH`,
//! read by `src/app_credentials.rs`): a change rebuilds the agent, and a malformed or
//! half-given pair stops the build here, rather than making a copy whose sign-in fails.

fn main() {
    println!("cargo:rerun-if-env-changed=SESSIONGUARD_API_ID");
    println!("cargo:rerun-if-env-changed=SESSIONGUARD_API_HASH");
    let id = std::env::var("SESSIONGUARD_API_ID").ok();
    let hash = std::env::var("SESSIONGUARD_API_HASH").ok();
    match (id.as_deref(), hash.as_deref()) {
        (None, None) => {}
        (Some(id), Some(hash)) => {
            let id_ok = id.trim().parse::<i32>().is_ok_and(|id| id > 0);
            let hash_ok = hash.trim().len() == 32 && hash.trim().chars().all(|c| c.is_ascii_hexdigit());
            if !id_ok || !hash_ok {
                println!(
                    "cargo::error=SESSIONGUARD_API_ID must be a positive number and SESSIONGUARD_API_HASH 32 hex \
                     digits (both from my.telegram.org)"
                );
            }
        }
        _ => println!("cargo::error=set both SESSIONGUARD_API_ID and SESSIONGUARD_API_HASH, or neither"),
    }
}
