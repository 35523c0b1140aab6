#!/usr/bin/env bash
# isoreg sync benchmark (issue 11): how long `isoreg sync` takes to copy a registry of the emulator's
# size at --scale 100 into a fresh SQLite file, at no latency and at 20 ms per request (against the
# pagination floor), and how long a re-sync takes when nothing changed (and how much the file grew).
#
#   bash benches/sync.sh                 builds target/release/isoreg, 3 runs of each
#   RUNS=1 bash benches/sync.sh          one run of each
#
# Knobs (environment): RUNS=N, SCALE=N (default 100), LATENCY=ms (default 20), CONCURRENCY=N (default 16),
# SKIP_BUILD=1 (use the existing target/release/isoreg), ISOREG_BIN=path (the client to time),
# EMU_BIN=path (the binary that serves the emulator; default: the client).
# Only loopback traffic: every URL comes from an emulator started here on 127.0.0.1:0.

set -euo pipefail
export LC_ALL=C
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
RUNS=${RUNS:-3}
SCALE=${SCALE:-100}
LATENCY=${LATENCY:-20}
CONCURRENCY=${CONCURRENCY:-16}

source "$HERE/common.sh"
need_tools jq awk timeout

pick_binary
EMU=${EMU_BIN:-$BIN}
[[ -x "$EMU" ]] || die "no binary at $EMU"
make_scratch isoreg-sync-bench

# start_emu LATENCY: serves --scale $SCALE at that latency; exports the URL and credentials, sets ORG.
start_emu() { start_emulator "$EMU" 3600 --scale "$SCALE" --latency-ms "$1"; }

# timed_sync DB: runs one sync, prints "ms records changed".
timed_sync() {
  local t0 t1 out
  t0=$(date +%s%N)
  out=$(timeout 600 "$BIN" sync --db "$1" --concurrency "$CONCURRENCY" -q -o json) || die "sync failed"
  t1=$(date +%s%N)
  echo "$(((t1 - t0) / 1000000)) $(jq -r '"\(.records) \(.changed)"' <<<"$out")"
}
count() { "$BIN" api "$1" -f first=1 "${@:2}" -o json | jq -r .total_count; }

# measure LATENCY: fresh syncs and re-syncs; sets FRESH_MS, RESYNC_MS, RECORDS, SIZE1, SIZE2.
measure() {
  local fresh=() again=() r db
  for ((r = 0; r < RUNS; r++)); do
    db=$(mktemp -u "$WORK/copy-$1-XXXXXX.sqlite")
    read -r ms RECORDS changed < <(timed_sync "$db")
    [[ $changed == "$RECORDS" ]] || die "a fresh sync changed $changed of $RECORDS records"
    fresh+=("$ms")
    SIZE1=$(stat -c %s "$db")
    read -r ms n changed < <(timed_sync "$db")
    [[ $changed == 0 ]] || die "a re-sync with nothing changed reported $changed changes"
    again+=("$ms")
    SIZE2=$(stat -c %s "$db")
  done
  FRESH_MS=$(printf '%s\n' "${fresh[@]}" | median)
  RESYNC_MS=$(printf '%s\n' "${again[@]}" | median)
}

start_emu 0
ISS=$(count /issuances)
OWN=$(count "/organisations/$ORG/credit_batches" -f status=active -f status=split -f status=retired)
LISTS=("$ISS" "$OWN" "$(count /retirements)" "$(count /transfers)" "$(count /deliveries)" "$(count "/organisations/$ORG/orders")")
measure 0
NO_LAT=("$FRESH_MS" "$RESYNC_MS")
start_emu "$LATENCY"
measure "$LATENCY"

# The floor: /organisation, then the longest list walked page by page (one round trip a page), or the
# issuances' batch answers (one request each) at CONCURRENCY in flight, whichever is longer.
MAXPAGES=0
for n in "${LISTS[@]}"; do p=$(((n + 49) / 50)); ((p > MAXPAGES)) && MAXPAGES=$p; done
PAGE_FLOOR=$(((1 + MAXPAGES) * LATENCY))
FAN_FLOOR=$(((1 + (ISS + CONCURRENCY - 1) / CONCURRENCY) * LATENCY))
FLOOR=$((PAGE_FLOOR > FAN_FLOOR ? PAGE_FLOOR : FAN_FLOOR))
ratio() { awk "BEGIN { printf \"%.2f\", $1 / $2 }"; }

cat <<EOF
## sync benchmark

date:    $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) CPUs, load $(cut -d' ' -f1-3 /proc/loadavg)
client:  $BIN ($("$BIN" --version))
server:  $EMU emulator --scale $SCALE ($RECORDS records: $OWN own batches, $ISS issuances; list sizes ${LISTS[*]})
runs:    median of $RUNS, --concurrency $CONCURRENCY

| measurement | time | floor | ratio |
|---|---:|---:|---:|
| fresh sync, no latency | ${NO_LAT[0]} ms | | |
| re-sync, nothing changed, no latency | ${NO_LAT[1]} ms | | |
| fresh sync, ${LATENCY} ms latency | ${FRESH_MS} ms | ${FLOOR} ms | $(ratio "$FRESH_MS" "$FLOOR")× |
| re-sync, nothing changed, ${LATENCY} ms latency | ${RESYNC_MS} ms | ${FLOOR} ms | $(ratio "$RESYNC_MS" "$FLOOR")× |
| file after one sync / after a second with nothing changed | $((SIZE1 / 1024)) KiB / $((SIZE2 / 1024)) KiB | | |

Floor at ${LATENCY} ms: max(pagination: (1 + ${MAXPAGES} pages) × ${LATENCY} ms = ${PAGE_FLOOR} ms,
issuance batches: (1 + ⌈${ISS} / ${CONCURRENCY}⌉) × ${LATENCY} ms = ${FAN_FLOOR} ms).
EOF
