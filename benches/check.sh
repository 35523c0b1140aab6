#!/usr/bin/env bash
# isoreg check benchmark (issue 20): a policy of 50 rules (balances for every scope, reconcile, the token,
# every order with a past deadline, open orders, retirements over several periods) against the emulator at
# 20 ms per request. It compares the run with the same requests sent in a row: (a) the floor, distinct
# requests × latency, counted from the emulator's request log; (b) isoreg itself with --concurrency 1.
#
#   bash benches/check.sh                builds target/release/isoreg, 5 runs of each
#   RUNS=1 SKIP_BUILD=1 bash benches/check.sh
#
# Knobs (environment): RUNS=N, LATENCY=ms (default 20), SKIP_BUILD=1, ISOREG_BIN=path.
# Only loopback traffic: the emulator is started here on 127.0.0.1:0.

set -euo pipefail
export LC_ALL=C
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
RUNS=${RUNS:-5}
LATENCY=${LATENCY:-20}

source "$HERE/common.sh"
need_tools jq awk timeout
pick_binary
make_scratch isoreg-check-bench

LOG="$WORK/requests.log"
start_emulator "$BIN" 3600 --latency-ms "$LATENCY" --request-log "$LOG"

# The policy: 50 rules made from the emulator's own figures.
POLICY="$WORK/policy.toml"
BAL=$("$BIN" balance -o json)
ORDERS=$("$BIN" order list --all -o json)
{
  n=0
  rule() { n=$((n + 1)); printf '[[rule]]\nname = "rule %02d %s"\n%s\nseverity = "warning"\n\n' "$n" "$1" "$2"; }
  for k in active retired; do
    rule "org $k" "balance = { min_$k = \"1kg\" }"
  done
  for scope in project supplier order; do
    for id in $(jq -r ".${scope}_balances[].${scope}_id" <<<"$BAL" | head -6); do
      rule "$scope $id" "balance = { $scope = \"$id\", max_retired = \"100000t\" }"
    done
  done
  rule "books agree" "reconcile = true"
  rule "token" "token = { min_days = 30 }"
  for id in $(jq -r '.[].id' <<<"$ORDERS"); do
    rule "order $id" "order = { id = \"$id\", min_delivered_pct = 50, by = \"2026-01-01\" }"
  done
  for y in 2022 2023 2024 2025 2026; do
    rule "retirements $y" "retirements = { since = \"$y-01-01\", until = \"$y-12-31\" }"
  done
  while ((n < 50)); do
    rule "open orders $n" "order = { open = true, min_delivered_pct = $((n % 100)) }"
  done
} >"$POLICY"
RULES=$(grep -c '^\[\[rule\]\]' "$POLICY")
[[ $RULES == 50 ]] || die "the policy has $RULES rules, not 50"

# timed ARGS…: one run of `isoreg check`, prints its wall time in ms (exit 0 or 1 both count as a run).
timed() {
  local t0 t1 rc=0
  t0=$(date +%s%N)
  timeout 600 "$BIN" check --policy "$POLICY" -o json "$@" >"$WORK/out.json" 2>"$WORK/err" || rc=$?
  t1=$(date +%s%N)
  ((rc <= 1)) || die "check failed with exit $rc: $(cat "$WORK/err")"
  echo $(((t1 - t0) / 1000000))
}

: >"$LOG"
timed >/dev/null
REQUESTS=$(wc -l <"$LOG")
DISTINCT=$(sort -u "$LOG" | wc -l)
[[ $REQUESTS == "$DISTINCT" ]] || die "$REQUESTS requests, of which only $DISTINCT distinct"
[[ $(jq -r .rules "$WORK/out.json") == 50 ]] || die "the report does not hold 50 rules"

conc=() seq=()
for ((r = 0; r < RUNS; r++)); do conc+=("$(timed)"); done
for ((r = 0; r < RUNS; r++)); do seq+=("$(timed --concurrency 1)"); done
CONC=$(printf '%s\n' "${conc[@]}" | median)
SEQ=$(printf '%s\n' "${seq[@]}" | median)
FLOOR=$((REQUESTS * LATENCY))

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
{
  printf '## check: 50 rules at %s ms latency (%s runs each, median), %s\n\n' "$LATENCY" "$RUNS" "$(date -u '+%Y-%m-%d %H:%M UTC')"
  printf 'isoreg: %s at %s; machine: %s CPUs, load %s\n\n' "$("$BIN" --version)" "$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?')" "$(nproc)" "$(cut -d' ' -f1-3 /proc/loadavg)"
  printf '| measurement | time | vs check |\n|---|---:|---:|\n'
  printf '| `isoreg check`, 50 rules, %s distinct requests (each sent once) | %s ms | 1× |\n' "$REQUESTS" "$CONC"
  printf '| the same requests in a row: %s × %s ms (floor) | %s ms | %s× |\n' "$REQUESTS" "$LATENCY" "$FLOOR" "$(ratio "$FLOOR" "$CONC")"
  printf '| the same requests in a row, measured: `isoreg check --concurrency 1` | %s ms | %s× |\n' "$SEQ" "$(ratio "$SEQ" "$CONC")"
} | tee "$HERE/check-results.md"
