//! Declares the window's one command so the capability file must grant it by name.

fn main() {
    let manifest = tauri_build::AppManifest::new().commands(&["agent_request"]);
    let attributes = tauri_build::Attributes::new().app_manifest(manifest);
    if let Err(error) = tauri_build::try_build(attributes) {
        println!("cargo::error={error:#}");
    }
}
