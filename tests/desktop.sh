#!/usr/bin/env bash
# Runs a command inside a private desktop: its own session D-Bus (run this script under
# `dbus-run-session`), an Xvfb display, the dunst notification daemon and an unlocked
# gnome-keyring. The end-to-end tests start a bus of their own per test (with a fake
# notification server, or dunst for the one smoke test: tests/support/bus.rs); the
# screenshots and the benchmarks of an idle agent use this one.
#   dbus-run-session -- tests/desktop.sh cargo test -p sessionguard-e2e -- --ignored
set -euo pipefail

if [ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ]; then
  echo "tests/desktop.sh: run me under dbus-run-session" >&2
  exit 2
fi

artifacts="$(cd "$(dirname "$0")" && pwd)/artifacts"
mkdir -p "$artifacts"
work="$(mktemp -d)"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

# The tests read the English words (and choose other languages themselves), whatever this
# machine's language is.
export LANG=C.UTF-8 LC_ALL=C.UTF-8
unset LANGUAGE

# A display of our own; Xvfb picks a free number and tells us which.
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$work/display" 2>"$artifacts/xvfb.log" &
pids+=($!)
for _ in $(seq 100); do [ -s "$work/display" ] && break; sleep 0.1; done
[ -s "$work/display" ] || { echo "tests/desktop.sh: Xvfb did not start" >&2; exit 1; }
export DISPLAY=":$(cat "$work/display")"

# dunst's defaults, not this user's configuration.
printf '[global]\n' >"$work/dunstrc"
dunst -config "$work/dunstrc" >"$artifacts/desktop-dunst.log" 2>&1 &
pids+=($!)
# Wait until the daemon owns the notification name, so nothing started here races it.
for _ in $(seq 100); do
  dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
    org.freedesktop.DBus.NameHasOwner string:org.freedesktop.Notifications 2>/dev/null | grep -q 'boolean true' && break
  sleep 0.1
done

# A real Secret Service, unlocked, for the keyring tests: a new keyring in a folder of its
# own, so no entry left by an earlier run (or by this user's own desktop) is met.
export XDG_DATA_HOME="$work/share"
mkdir -p -m 700 "$XDG_DATA_HOME"
eval "$(printf test | gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL

# A fresh runtime dir, so the tests never meet a real agent of this user.
export XDG_RUNTIME_DIR="$work/xdg"
mkdir -m 700 "$XDG_RUNTIME_DIR"
export SESSIONGUARD_LOG="${SESSIONGUARD_LOG:-info}"
# Settings and history of their own, so the tests never touch the real ones; and a
# configuration folder of their own (the window's saved size, the autostart entry).
export SESSIONGUARD_DATA_DIR="$work/data"
export XDG_CONFIG_HOME="$work/config"
mkdir -p "$XDG_CONFIG_HOME"

"$@"
