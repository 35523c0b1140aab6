#!/usr/bin/env bash
# isoreg report benchmark (issue 21): how long `isoreg report` takes, from the local copy, for an
# organisation with about 100,000 credit batches (the emulator's demo buyer at --scale 1000).
# The copy is made once with `isoreg sync` (timed too, for information); then each report is run RUNS
# times and the median is kept. Every run must exit 0, which means its totals agreed with the balance.
#
#   bash benches/report.sh                     builds target/release/isoreg, 5 runs of each
#   RUNS=1 SKIP_BUILD=1 bash benches/report.sh
#
# Knobs (environment): RUNS=N, SCALE=N (default 1000), SKIP_BUILD=1, ISOREG_BIN=path.
# Results go to benches/report-results.md. Only loopback traffic (an emulator started here on 127.0.0.1:0).

set -euo pipefail
export LC_ALL=C
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
RUNS=${RUNS:-5}
SCALE=${SCALE:-1000}

source "$HERE/common.sh"
need_tools jq awk timeout

pick_binary
make_scratch isoreg-report-bench

start_emulator "$BIN" 3600 --scale "$SCALE"

DB="$WORK/copy.sqlite"
t0=$(date +%s%N)
timeout 1800 "$BIN" sync --db "$DB" -q -o json >/dev/null || die "sync failed"
SYNC_MS=$((($(date +%s%N) - t0) / 1000000))
unset ISOREG_BASE_URL ISOMETRIC_CLIENT_SECRET ISOMETRIC_ACCESS_TOKEN # the reports below read the file only

counts=$("$BIN" sql --db "$DB" -o json \
  "SELECT count(*) AS mine, sum(status = 'active') AS active, sum(status = 'retired') AS retired FROM batches WHERE mine")
MINE=$(jq -r '.[0].mine' <<<"$counts")
ACTIVE=$(jq -r '.[0].active' <<<"$counts")
RETIRED=$(jq -r '.[0].retired' <<<"$counts")


# time_report NAME ARGS...: runs `isoreg report ARGS --db $DB` RUNS times; prints the medians of the
# wall-clock time and of the CPU time (user + system), in ms. On a shared machine the CPU time is what
# the report costs; the wall-clock time also holds the wait for a core.
time_report() {
  local name=$1 r wall=() cpu=() t
  shift
  for ((r = 0; r < RUNS; r++)); do
    t=$( { TIMEFORMAT='%R %U %S'; time timeout 600 "$BIN" report "$@" --db "$DB" -q >"$WORK/$name.out" 2>"$WORK/$name.err"; } 2>&1 ) ||
      die "report $* failed: $(cat "$WORK/$name.err")"
    read -r w u s <<<"$t"
    wall+=("$(awk -v w="$w" 'BEGIN {printf "%d", w * 1000}')")
    cpu+=("$(awk -v u="$u" -v s="$s" 'BEGIN {printf "%d", (u + s) * 1000}')")
  done
  echo "$(printf '%s\n' "${wall[@]}" | median) $(printf '%s\n' "${cpu[@]}" | median)"
}

ALL_TIME=(retirements --from 1900-01-01 --to 2100-12-31)
read -r RET_MS RET_CPU < <(time_report ret "${ALL_TIME[@]}" -o json)
jq -e '.check.agree == true and .total.credit_kgs > 0' "$WORK/ret.out" >/dev/null || die "the statement did not agree"
RET_N=$(jq -r '.credit_batches' "$WORK/ret.out")
read -r HOLD_MS HOLD_CPU < <(time_report hold holdings -o json)
HOLD_N=$(jq -r '.credit_batches' "$WORK/hold.out")
read -r HTML_MS HTML_CPU < <(time_report html "${ALL_TIME[@]}" --html "$WORK/statement.html")
read -r TABLE_MS TABLE_CPU < <(time_report table "${ALL_TIME[@]}" -o table)

for v in RET_MS RET_CPU HOLD_MS HOLD_CPU HTML_MS HTML_CPU TABLE_MS TABLE_CPU; do
  [[ -n ${!v:-} ]] || die "no timing for $v (a report failed; see above)"
done

OUT="$HERE/report-results.md"
{
  echo "# isoreg report benchmark"
  echo
  echo "\`RUNS=$RUNS bash benches/report.sh\` at --scale $SCALE, $(date -u +%Y-%m-%d), $(nproc) CPUs, load $(cut -d' ' -f1 /proc/loadavg)."
  echo "The demo buyer has $MINE credit batches in the local copy ($ACTIVE active, $RETIRED retired); sync took $SYNC_MS ms."
  echo
  echo "| report, from the local copy (median of $RUNS) | batches in it | wall clock | CPU (user + sys) |"
  echo "|---|---|---|---|"
  echo "| \`report retirements\` over all time, \`-o json\` | $RET_N | $RET_MS ms | $RET_CPU ms |"
  echo "| same, \`-o table\` | $RET_N | $TABLE_MS ms | $TABLE_CPU ms |"
  echo "| same, \`--html FILE\` | $RET_N | $HTML_MS ms | $HTML_CPU ms |"
  echo "| \`report holdings\`, \`-o json\` | $HOLD_N | $HOLD_MS ms | $HOLD_CPU ms |"
} >"$OUT"
cat "$OUT"
