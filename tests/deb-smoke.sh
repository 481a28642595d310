#!/usr/bin/env bash
# The .deb smoke test: installs the package with dpkg as on a fresh machine, checks what
# landed (the window, the agent beside it, the desktop entry, the icon), starts the
# installed window from /usr/bin with --demo on a private desktop, checks that its window
# maps, that it starts the installed agent, and that the agent answers on its socket with
# the demo's six sessions; then closes the window (the agent must stay), stops the agent
# and removes the package. Needs root, or sudo for dpkg.
#   tests/deb-smoke.sh [PACKAGE.deb]   default: target/debug/bundle/deb/*.deb (scripts/package --debug)
# The probes below are called through wait_for, which shellcheck cannot follow.
# shellcheck disable=SC2317
set -euo pipefail
cd "$(dirname "$0")/.."

ok() { printf '  ok  %s\n' "$*"; }
fail() { printf 'deb-smoke: %s\n' "$*" >&2; exit 1; }

# Waits up to $1 seconds for the command after it to succeed.
wait_for() {
  local deadline=$((SECONDS + $1)); shift
  until "$@"; do
    [ "$SECONDS" -lt "$deadline" ] || return 1
    sleep 0.2
  done
}

# ---- Inside the private desktop (tests/desktop.sh): the installed app itself. ----
if [ "${1:-}" = --inside ]; then
  probe="$2"
  artifacts="tests/artifacts"
  # Settings, window state and WebKit caches of its own: nothing lands in the real home.
  home="$(mktemp -d)"
  export XDG_CONFIG_HOME="$home/config" XDG_CACHE_HOME="$home/cache" XDG_DATA_HOME="$home/data"
  window="" agent=""
  cleanup() {
    for pid in $window $agent; do kill "$pid" 2>/dev/null || true; done
    # WebKit's helper processes can still be writing their shader cache for a moment
    # after the window has gone: try again rather than fail on a temporary folder.
    for _ in 1 2 3 4 5; do rm -rf "$home" 2>/dev/null && return 0; sleep 0.5; done
    rm -rf "$home" || true
  }
  trap cleanup EXIT

  # The agent that the installed window started for this desktop (its runtime dir).
  our_agent() {
    local p
    for p in /proc/[0-9]*; do
      [ "$(readlink "$p/exe" 2>/dev/null)" = /usr/bin/sessionguard-agent ] || continue
      tr '\0' '\n' <"$p/environ" 2>/dev/null | grep -qxF "XDG_RUNTIME_DIR=$XDG_RUNTIME_DIR" || continue
      agent="${p#/proc/}"
      return 0
    done
    return 1
  }
  window_mapped() { xwininfo -root -tree | grep -q '"SessionGuard": ("sessionguard"'; }
  web_process() { pgrep -P "$window" '^WebKitWebProces' >/dev/null; }
  demo_answers() { "$probe" 2>/dev/null | grep -q 'loaded=true .*sessions=6 '; }
  gone() { ! kill -0 "$1" 2>/dev/null; }

  /usr/bin/sessionguard --demo --demo-intruder-after 0 >"$artifacts/deb-smoke-window.log" 2>&1 &
  window=$!
  wait_for 30 our_agent || fail "the installed window started no /usr/bin/sessionguard-agent (log: $artifacts/deb-smoke-window.log)"
  ok "the window (pid $window) started the installed agent (pid $agent)"
  wait_for 30 window_mapped || fail "no SessionGuard window mapped on $DISPLAY"
  ok "its window is mapped"
  wait_for 30 web_process || fail "the window has no WebKitWebProcess"
  ok "its web view runs (WebKitWebProcess)"
  wait_for 30 demo_answers || fail "the agent does not answer with the demo's six sessions: $("$probe" 2>&1 || true)"
  ok "the agent answers on its socket: $("$probe")"
  grep -q 'SessionGuard agent is guarding' "$artifacts/deb-smoke-window.log" || fail "no 'agent is guarding' log line"
  ok "the agent logged that it is guarding"
  import -window root "$artifacts/deb-smoke.png" 2>/dev/null || true

  kill "$window"
  wait "$window" 2>/dev/null || true
  kill -0 "$agent" 2>/dev/null || fail "closing the window ended the agent"
  demo_answers || fail "the agent stopped answering when the window closed"
  ok "the window quit; the agent stays and still answers"
  kill "$agent"
  wait_for 10 gone "$agent" || fail "the agent did not stop on SIGTERM"
  ok "the agent stopped"
  exit 0
fi

# ---- Outside: install, check the files, run the part above, remove. ----
start=$SECONDS
deb="${1:-}"
if [ -z "$deb" ]; then
  debs=(target/debug/bundle/deb/*.deb)
  deb="${debs[0]}"
fi
[ -f "$deb" ] || fail "no package at $deb (scripts/package --debug makes one)"
sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
package="$(dpkg-deb -f "$deb" Package)"
if dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
  echo "deb-smoke: skipped: $package is installed on this machine already, and this test would remove it"
  exit 0
fi

# The probe that asks the agent for its state (cargo test --workspace built it already).
cargo build --quiet --workspace --example agent_state
probe="$PWD/target/debug/examples/agent_state"

echo "deb-smoke: dpkg -i $deb"
trap '$sudo dpkg -r "$package" >/dev/null 2>&1 || true' EXIT
$sudo dpkg -i "$deb" >/dev/null
ok "installed $package $(dpkg-query -W -f='${Version}' "$package")"

for f in /usr/bin/sessionguard /usr/bin/sessionguard-agent; do
  [ -x "$f" ] || fail "$f is missing or not executable"
done
ok "/usr/bin/sessionguard and the agent beside it"
entry=/usr/share/applications/SessionGuard.desktop
[ -f "$entry" ] || fail "no desktop entry at $entry"
if ! grep -qx 'Exec=sessionguard' "$entry" || ! grep -qx 'Icon=sessionguard' "$entry"; then
  fail "$entry: wrong Exec or Icon"
fi
desktop-file-validate "$entry" || fail "$entry does not validate"
ok "the desktop entry ($entry) validates and runs sessionguard"
for size in 32x32 64x64 128x128 512x512; do
  [ -s "/usr/share/icons/hicolor/$size/apps/sessionguard.png" ] || fail "no $size icon"
done
ok "the icon in hicolor 32x32, 64x64, 128x128 and 512x512"

# The private desktop's daemons are chatty on stderr: keep it, show it on failure.
desktop_log="tests/artifacts/deb-smoke-desktop.log"
mkdir -p tests/artifacts
if dbus-run-session -- tests/desktop.sh "$0" --inside "$probe" >"$desktop_log" 2>&1; then
  grep '^  ok' "$desktop_log"
else
  grep -v '^dbus-daemon\|^SpiRegistry' "$desktop_log" >&2 || true
  fail "the installed app did not come up as it should (tests/artifacts/deb-smoke-*)"
fi

$sudo dpkg -r "$package" >/dev/null
trap - EXIT
for f in /usr/bin/sessionguard /usr/bin/sessionguard-agent "$entry"; do
  [ ! -e "$f" ] || fail "dpkg -r left $f behind"
done
ok "removed: nothing left in /usr/bin or the applications folder"
echo "deb-smoke: passed in $((SECONDS - start)) s"
