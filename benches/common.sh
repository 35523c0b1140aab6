# Shared by the benchmark scripts (sourced, not run): failing loudly, choosing the binary to time,
# and a scratch folder whose background processes are stopped on exit.
#
#   source "$HERE/common.sh"
#   pick_binary          sets BIN: $ISOREG_BIN, or target/release/isoreg (built first unless SKIP_BUILD=1)
#   make_scratch NAME    sets WORK (removed on exit) and isolates isoreg from the user's configuration
#   remember_pid PID     the process is killed and reaped on exit
#   start_emulator BIN SECONDS [ARGS…]   an emulator on 127.0.0.1:0, its URL and credentials exported
#   need_tools T…        fails unless each tool is on PATH; median  the median of stdin's numbers

die() { printf '\nbenchmark FAILED: %s\n' "$*" >&2; exit 1; }

# Fails unless every named tool is on PATH.
need_tools() { for t in "$@"; do command -v "$t" >/dev/null || die "missing tool: $t"; done; }

# The median of the numbers on stdin, one a line.
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR + 1) / 2)]}'; }

pick_binary() {
  if [[ -n "${ISOREG_BIN:-}" ]]; then
    BIN=$ISOREG_BIN
  else
    if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
      printf '\n== %s\n' "cargo build --release" >&2
      (cd "$ROOT" && timeout 1800 cargo build --release --quiet) || die "cargo build --release failed"
    fi
    BIN="$ROOT/target/release/isoreg"
  fi
  [[ -x "$BIN" ]] || die "no binary at $BIN"
}

BG_PIDS=()
remember_pid() { BG_PIDS+=("$1"); }

make_scratch() {
  WORK=$(mktemp -d "${TMPDIR:-/tmp}/$1.XXXXXX")
  trap _cleanup EXIT
  trap 'exit 130' INT TERM
  # isoreg must not see the user's own configuration.
  export ISOREG_CONFIG="$WORK/no-config.toml" NO_COLOR=1
  unset ISOREG_PROFILE ISOREG_DB || true
}

_cleanup() {
  local p
  for p in "${BG_PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
  for p in "${BG_PIDS[@]}"; do wait "$p" 2>/dev/null || true; done
  rm -rf "$WORK"
}

# start_emulator BIN SECONDS [ARGS…]: runs `BIN emulator --addr 127.0.0.1:0 ARGS…` in the background (stopped
# on exit, and after SECONDS at the latest), waits for its banner, and exports the base URL and credentials it
# prints; sets ORG to the demo buyer organisation. The banner is read (not --credentials json) so that an older
# isoreg can serve too (EMU_BIN in sync.sh).
start_emulator() {
  local bin=$1 secs=$2 i
  shift 2
  local banner
  banner=$(mktemp "$WORK/emu.XXXXXX")
  timeout "$secs" "$bin" emulator --addr 127.0.0.1:0 "$@" >"$banner" 2>"$WORK/emu.err" &
  remember_pid $!
  for ((i = 0; i < 6000; i++)); do
    grep -q '^# buyer organisation:' "$banner" && break
    sleep 0.02
  done
  export ISOREG_BASE_URL=$(sed -n 's/^export ISOREG_BASE_URL=//p' "$banner")
  export ISOMETRIC_CLIENT_SECRET=$(sed -n 's/^export ISOMETRIC_CLIENT_SECRET=//p' "$banner")
  export ISOMETRIC_ACCESS_TOKEN=$(sed -n 's/^export ISOMETRIC_ACCESS_TOKEN=//p' "$banner")
  ORG=$(sed -n 's/^# buyer organisation: *//p' "$banner")
  [[ $ISOREG_BASE_URL == http://127.0.0.1:* && -n $ORG ]] || die "the emulator printed no banner: $(cat "$WORK/emu.err")"
}
