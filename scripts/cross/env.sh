# Sourced by the cross scripts: builds for Windows (x86_64-pc-windows-gnu) and macOS
# (aarch64-apple-darwin) with Debian's Rust 1.96, which ships the standard
# library's source, so cargo builds std for each target itself (-Zbuild-std). Windows
# links with mingw-w64 and runs under wine; macOS has no SDK here, so it is type-checked
# only, with zig compiling the C that build scripts bring (bundled SQLite and the like).
# See ../../README.md#windows-and-macos.

cross_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)

export RUSTC=/usr/bin/rustc
export CARGO=/usr/bin/cargo
# A target dir of their own: Debian's rustc shares no artifact with the Linux build's
# (rustup's), and apart the two never wait on each other's lock, so scripts/test builds
# them side by side.
export CARGO_TARGET_DIR="${SESSIONGUARD_CROSS_TARGET_DIR:-$cross_root/target/cross}"
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

export CC_aarch64_apple_darwin="$cross_root/scripts/cross/zig-cc"
export AR_aarch64_apple_darwin="$cross_root/scripts/cross/zig-ar"

# A Linux build's compiler wrapper (scripts/lint-while-building) is rustup's clippy, not
# the one that matches this rustc.
unset RUSTC_WORKSPACE_WRAPPER CLIPPY_ARGS

WINDOWS=x86_64-pc-windows-gnu
# One macOS target, Apple silicon: no code of ours has a branch for one CPU (`target_arch`);
# a dependency's Intel-only code is left unchecked, which a second type-check (six minutes
# of a cold CI run) would have covered.
MACOS=aarch64-apple-darwin
export RUSTDOC=/usr/bin/rustdoc
