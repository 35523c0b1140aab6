# Shared by the benchmark scripts (sourced, not run): failing loudly, choosing the binary to time,
# and a scratch folder whose background processes are stopped on exit.
#
#   source "$HERE/common.sh"
#   pick_binary          sets BIN: $ISOREG_BIN, or target/release/isoreg (built first unless SKIP_BUILD=1)
#   make_scratch NAME    sets WORK (removed on exit) and isolates isoreg from the user's configuration
#   remember_pid PID     the process is killed and reaped on exit

die() { printf '\nbenchmark FAILED: %s\n' "$*" >&2; exit 1; }

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
