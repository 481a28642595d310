# shellcheck shell=bash
# What the bench/ scripts share: the release build as the installers ship it, finding our
# processes, reading their memory, watching the display for a window, and the median.
# Sourced, not run.

# The release window and agent exactly as scripts/package builds them for the installers.
build_release() {
  scripts/package --no-bundle >/dev/null 2>&1 || {
    echo "bench: the release build failed; run scripts/package --no-bundle to see why" >&2
    return 1
  }
}

# The release agent that runs for this private desktop (the runtime dir tests/desktop.sh made).
our_agent_pid() {
  local p exe want="$PWD/target/release/sessionguard-agent"
  for p in /proc/[0-9]*; do
    exe="$(readlink "$p/exe" 2>/dev/null)" || continue
    # A rebuild while it runs leaves the old file "(deleted)"; it is still ours.
    [ "${exe% (deleted)}" = "$want" ] || continue
    tr '\0' '\n' <"$p/environ" 2>/dev/null | grep -qxF "XDG_RUNTIME_DIR=$XDG_RUNTIME_DIR" || continue
    echo "${p#/proc/}"
    return 0
  done
  return 1
}

# PID and every process below it.
process_tree() {
  local pid="$1" child
  echo "$pid"
  # shellcheck disable=SC2013  # the file is one line of space-separated PIDs
  for child in $(cat /proc/"$pid"/task/*/children 2>/dev/null); do process_tree "$child"; done
}

# "RSS PSS" in kB summed over the given PIDs (smaps_rollup).
memory_kb() {
  local pid
  for pid in "$@"; do cat "/proc/$pid/smaps_rollup" 2>/dev/null; done |
    awk '/^Rss:/ {r += $2} /^Pss:/ {p += $2} END {print r + 0, p + 0}'
}

# Starts recording every top-level window mapped on $DISPLAY, one line each:
# "<epoch seconds> <window id>", in $MAP_LOG; stop_watching_maps ends it.
watch_maps() {
  MAP_LOG="$(mktemp)"
  MAP_FIFO="$(mktemp -u)"
  mkfifo "$MAP_FIFO"
  stdbuf -oL xev -root -event substructure >"$MAP_FIFO" 2>/dev/null &
  XEV_PID=$!
  # xev prints "MapNotify event, …" and then "…, window 0x…, override NO" on the next line.
  {
    local pending="" line w
    while IFS= read -r line; do
      case "$line" in MapNotify*) pending=1; continue ;; esac
      if [ -n "$pending" ]; then
        pending=""
        [[ "$line" == *"override NO"* ]] || continue
        w="${line##*, window }"
        printf '%s %s\n' "$EPOCHREALTIME" "${w%%,*}"
      fi
    done <"$MAP_FIFO" >"$MAP_LOG"
  } &
  MAP_READER=$!
  sleep 0.3 # xev must have selected the events before anything launches
}

# Waits (up to 30 s) for the first window mapped after epoch second $1; prints the
# milliseconds from $1 to it.
first_map_ms() {
  local since="$1" t
  for _ in $(seq 300); do
    t="$(awk -v s="$since" '$1 >= s {print $1; exit}' "$MAP_LOG")"
    [ -n "$t" ] && { awk -v a="$since" -v b="$t" 'BEGIN {printf "%.0f\n", (b - a) * 1000}'; return 0; }
    sleep 0.1
  done
  return 1
}

stop_watching_maps() {
  [ -n "${XEV_PID:-}" ] || return 0
  kill "$XEV_PID" "$MAP_READER" 2>/dev/null || true
  wait "$XEV_PID" "$MAP_READER" 2>/dev/null || true
  rm -f "$MAP_LOG" "$MAP_FIFO"
  XEV_PID=""
}

# Waits until process $1 is gone (up to $2 seconds, default 10).
wait_gone() {
  for _ in $(seq $((${2:-10} * 10))); do kill -0 "$1" 2>/dev/null || return 0; sleep 0.1; done
  return 1
}

# Median and min–max of column $1 of $RESULTS (one run a line), divided by $2:
#   stat_line COLUMN DIVISOR LABEL UNIT [DECIMALS]
stat_line() {
  sort -n <<<"$(awk -v c="$1" '{print $c}' <<<"$RESULTS")" | awk -v d="$2" -v l="$3" -v u="$4" -v p="${5:-1}" '
    { v[NR] = $1 / d } END {
      f = "%s: median %." p "f %s (min %." p "f, max %." p "f) over %d runs\n"
      printf f, l, v[int((NR + 1) / 2)], u, v[1], v[NR], NR }'
}

# The median of column $1 of $RESULTS.
median() {
  sort -n <<<"$(awk -v c="$1" '{print $c}' <<<"$RESULTS")" | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}'
}

# "A is N× B" from two medians (columns of $RESULTS): ratio_line LABEL COL_A COL_B
ratio_line() {
  awk -v l="$1" -v a="$(median "$2")" -v b="$(median "$3")" 'BEGIN {
    if (b > 0) printf "%s: %.2f× (%s / %s, medians)\n", l, a / b, a, b }'
}
