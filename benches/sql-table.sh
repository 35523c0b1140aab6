#!/usr/bin/env bash
# isoreg sql table benchmark (issue 17): peak memory (max RSS, from GNU time) of `isoreg sql -o table`
# printing 2,000,000 rows to /dev/null, next to `-o jsonl` (which always streamed), and how long the
# first line takes to come out of `isoreg sql -o table … | head -1` on the same query.
#
#   bash benches/sql-table.sh            builds target/release/isoreg, then measures
#
# Knobs (environment): ROWS=N (default 2000000), SKIP_BUILD=1 (use the existing target/release/isoreg),
# ISOREG_BIN=path (the client to measure). Writes benches/sql-results.md.
# Only loopback traffic: the copy is synced from an emulator started here on 127.0.0.1:0.

set -euo pipefail
export LC_ALL=C
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
ROWS=${ROWS:-2000000}

source "$HERE/common.sh"
[[ -x /usr/bin/time ]] || die "missing GNU time at /usr/bin/time (apt-get install time)"
pick_binary
make_scratch isoreg-sql-bench

start_emulator "$BIN" 600
DB="$WORK/copy.sqlite"
"$BIN" sync --db "$DB" -q -o json >/dev/null || die "sync failed"

# Five columns a little like a batch: id, kg, serial, status, a name.
QUERY="WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c LIMIT $ROWS)
  SELECT 'ctb_' || x AS id, x * 1000 AS size_kg, printf('ISO-1-X-GBR-P1-2025-%d-%d', x * 1000, x * 1000 + 999) AS serial,
  CASE x % 3 WHEN 0 THEN 'active' WHEN 1 THEN 'split' ELSE 'retired' END AS status, 'Project ' || (x % 97) AS name FROM c"

# peak FORMAT: prints "max_rss_kb lines seconds".
peak() {
  local out="$WORK/out.$1" log="$WORK/time.$1"
  /usr/bin/time -v "$BIN" sql --db "$DB" -q -o "$1" "$QUERY" >"$out" 2>"$log" || die "sql -o $1 failed: $(tail -3 "$log")"
  local kb secs lines
  kb=$(sed -n 's/^[[:space:]]*Maximum resident set size (kbytes): //p' "$log")
  secs=$(sed -n 's/^[[:space:]]*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$log")
  lines=$(wc -l <"$out")
  rm -f "$out"
  echo "$kb $lines $secs"
}

read -r TABLE_KB TABLE_LINES TABLE_SECS < <(peak table)
read -r JSONL_KB JSONL_LINES JSONL_SECS < <(peak jsonl)
[[ $TABLE_LINES -eq $((ROWS + 1)) ]] || die "the table has $TABLE_LINES lines, not $((ROWS + 1))"
[[ $JSONL_LINES -eq $ROWS ]] || die "jsonl has $JSONL_LINES lines, not $ROWS"

t0=$(date +%s%N)
first=$("$BIN" sql --db "$DB" -q -o table "$QUERY" | head -1)
t1=$(date +%s%N)
[[ $first == ID* ]] || die "the first line is not the header: $first"
FIRST_MS=$(((t1 - t0) / 1000000))

mb() { awk -v k="$1" 'BEGIN { printf "%.1f MB", k / 1024 }'; }
{
  echo "## sql -o table benchmark"
  echo
  echo "date:    $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) CPUs, load $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "client:  $BIN ($("$BIN" --version))"
  echo "query:   $ROWS rows of 5 columns (id, size_kg, serial, status, name) from a recursive CTE"
  echo
  echo "| measurement | value | target |"
  echo "|---|---:|---:|"
  echo "| peak memory, \`sql -o table\`, $ROWS rows to /dev/null ($TABLE_SECS) | $(mb "$TABLE_KB") | < 50 MB |"
  echo "| peak memory, \`sql -o jsonl\`, same rows ($JSONL_SECS) | $(mb "$JSONL_KB") | |"
  echo "| first line of \`sql -o table … \| head -1\` | $FIRST_MS ms | at once |"
} | tee "$HERE/sql-results.md"
