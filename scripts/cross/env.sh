# Sourced by the cross scripts: builds for Windows (x86_64-pc-windows-gnu) and macOS
# (aarch64/x86_64-apple-darwin) with Debian's Rust 1.96, which ships the standard
# library's source, so cargo builds std for each target itself (-Zbuild-std). Windows
# links with mingw-w64 and runs under wine; macOS has no SDK here, so it is type-checked
# only, with zig compiling the C that build scripts bring (bundled SQLite and the like).
# See ../../README.md#windows-and-macos.

cross_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)

export RUSTC=/usr/bin/rustc
export CARGO=/usr/bin/cargo
# Debian's toolchain is stable; these two let its cargo build std from source.
export RUSTC_BOOTSTRAP=1
export CARGO_UNSTABLE_BUILD_STD=std,panic_abort

export CARGO_TARGET_X86_64_PC_WINDOWS_GNU_LINKER=x86_64-w64-mingw32-gcc
export CC_x86_64_pc_windows_gnu=x86_64-w64-mingw32-gcc
export AR_x86_64_pc_windows_gnu=x86_64-w64-mingw32-ar
export CARGO_TARGET_X86_64_PC_WINDOWS_GNU_RUNNER="$cross_root/scripts/cross/wine-run"

# A private wine prefix inside the target dir: no Mono/Gecko prompts, no noise.
export WINEPREFIX="${WINEPREFIX:-$cross_root/target/wine}"
export WINEDEBUG=-all
export WINEDLLOVERRIDES="mscoree,mshtml="

for arch in aarch64 x86_64; do
  export "CC_${arch}_apple_darwin=$cross_root/scripts/cross/zig-cc"
  export "AR_${arch}_apple_darwin=$cross_root/scripts/cross/zig-ar"
done

# Without the SDK, a few build scripts must skip their Objective-C (mac-notification-sys,
# objc2-exception-helper): they do so on docs.rs, and say so by DOCS_RS=1.
cross_macos_env() { env DOCS_RS=1 "$@"; }

# A Linux build's compiler wrapper (scripts/lint-while-building) is rustup's clippy, not
# the one that matches this rustc.
unset RUSTC_WORKSPACE_WRAPPER CLIPPY_ARGS

WINDOWS=x86_64-pc-windows-gnu
MACOS_TARGETS=(aarch64-apple-darwin x86_64-apple-darwin)
export RUSTDOC=/usr/bin/rustdoc
