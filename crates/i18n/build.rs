//! Embeds every catalog in `ui/locales/<language>/<name>.ftl` — the files the window reads —
//! so the agent's notifications and tray menu speak from the same words.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn main() {
    let manifest = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default());
    let locales = manifest.join("../../ui/locales");
    println!("cargo:rerun-if-changed={}", locales.display());

    let mut code = String::from("/// (language tag, [(catalog name, text)]), English first.\n");
    code.push_str("pub(crate) static CATALOGS: &[(&str, &[(&str, &str)])] = &[\n");
    for language in sorted_entries(&locales, true) {
        let tag = file_name(&language);
        println!("cargo:rerun-if-changed={}", language.display());
        let _ = writeln!(code, "    ({tag:?}, &[");
        for file in sorted_entries(&language, false) {
            if file.extension().is_none_or(|e| e != "ftl") {
                continue;
            }
            println!("cargo:rerun-if-changed={}", file.display());
            let name = file.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
            let path = file.canonicalize().unwrap_or(file);
            let _ = writeln!(code, "        ({name:?}, include_str!({:?})),", path.display().to_string());
        }
        code.push_str("    ]),\n");
    }
    code.push_str("];\n");
    let out = PathBuf::from(std::env::var_os("OUT_DIR").unwrap_or_default()).join("catalogs.rs");
    if let Err(error) = std::fs::write(&out, code) {
        println!("cargo::error=cannot write {}: {error}", out.display());
    }
}

/// The folders (or files) in `dir`, English's folder first, then by name.
fn sorted_entries(dir: &Path, folders: bool) -> Vec<PathBuf> {
    let Ok(read) = std::fs::read_dir(dir) else {
        println!("cargo::error=cannot read {}", dir.display());
        return Vec::new();
    };
    let mut entries: Vec<PathBuf> =
        read.filter_map(Result::ok).map(|e| e.path()).filter(|p| p.is_dir() == folders).collect();
    entries.sort_by_key(|p| (file_name(p) != "en", file_name(p)));
    entries
}

fn file_name(path: &Path) -> String {
    path.file_name().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default()
}
