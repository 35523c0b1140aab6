#!/usr/bin/env bash
# isoreg speed benchmark (issue 5): isoreg against the curl + jq and Python baselines,
# all against the local emulator on 127.0.0.1, in one run.
#
#   bash benches/run.sh            full run (about 3–10 minutes on 2 cores)
#   QUICK=1 bash benches/run.sh    smoke run: fewer runs, smaller datasets (about 1 minute)
#   ONLY=shard bash benches/run.sh only section 7 (sharded listings, issue 12), written to benches/results-shard.md
#
# Knobs (environment): QUICK=1, SKIP_BUILD=1 (use the existing target/release/isoreg),
# ISOREG_BIN=path (benchmark another binary; implies SKIP_BUILD).
# Prints the machine, the versions and a results table, and writes the same to benches/results.md.
# Only loopback traffic: every URL comes from an emulator started here on 127.0.0.1:0.

set -euo pipefail
export LC_ALL=C

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
QUICK=${QUICK:-0}
RESULTS_MD="$HERE/results.md"

say() { printf '%s\n' "$*" >&2; }
step() { printf '\n== %s\n' "$*" >&2; }
source "$HERE/common.sh"

# ---------------------------------------------------------------- sizes and runs
if [[ "$QUICK" == 1 ]]; then
  LIST_TARGET=2000      # batches in the "10k" listing
  BIG_TARGET=20000      # batches in the "100k" memory run
  FANOUT_N=50           # IDs for batch get
  RUNS_FAST=10          # hyperfine runs for millisecond commands
  RUNS_SLOW=1           # runs for multi-second commands
  WARMUP=2
else
  LIST_TARGET=10000
  BIG_TARGET=100000
  FANOUT_N=200
  RUNS_FAST=40
  RUNS_SLOW=5
  WARMUP=5
fi
LATENCY=20

# ---------------------------------------------------------------- tools
need_pkgs=()
for t in curl jq hyperfine python3; do
  command -v "$t" >/dev/null 2>&1 || need_pkgs+=("$t")
done
[[ -x /usr/bin/time ]] || need_pkgs+=(time)
command -v timeout >/dev/null 2>&1 || die "coreutils 'timeout' is missing"
if ((${#need_pkgs[@]})); then
  if [[ $(id -u) == 0 ]] && command -v apt-get >/dev/null 2>&1; then
    step "installing ${need_pkgs[*]}"
    pkgs=()
    for p in "${need_pkgs[@]}"; do [[ $p == python3 ]] && pkgs+=(python3) || pkgs+=("$p"); done
    timeout 300 apt-get update -qq >&2 || die "apt-get update failed"
    DEBIAN_FRONTEND=noninteractive timeout 600 apt-get install -y -qq "${pkgs[@]}" >&2 || die "apt-get install ${pkgs[*]} failed"
  else
    die "missing tools: ${need_pkgs[*]}. Install them (Debian/Ubuntu: sudo apt-get install -y ${need_pkgs[*]}) and rerun."
  fi
fi
# -N (no intermediate shell) needs hyperfine >= 1.13; older ones measure through sh and subtract it.
HF_SHELL=(-N)
timeout 60 hyperfine -N --runs 2 --style none true >/dev/null 2>&1 || HF_SHELL=()

# ---------------------------------------------------------------- build, scratch
pick_binary
BASELINE="$HERE/baseline.py"
make_scratch isoreg-bench

# ---------------------------------------------------------------- emulators
# start_emu NAME SCALE LATENCY: starts `isoreg emulator` on a free loopback port, waits for the banner
# and records its values in E_<field>[NAME]. Sets E_start_ms[NAME] = time until the banner was complete.
declare -A E_base E_secret E_token E_org E_owned E_pid E_start_ms E_batch E_split E_wide
start_emu() {
  local name=$1 scale=$2 lat=$3 banner="$WORK/$1.banner" t0 t1 i
  : >"$banner"
  t0=$(date +%s%N)
  timeout 3600 "$BIN" emulator --addr 127.0.0.1:0 --scale "$scale" --latency-ms "$lat" >"$banner" 2>"$WORK/$name.err" &
  local pid=$!
  remember_pid "$pid"
  for ((i = 0; i < 12000; i++)); do # up to 120 s
    # The banner is complete at the blank line after "sample IDs:".
    if awk '/^sample IDs:/{s=1; next} s && /^[[:space:]]*$/{found=1} END{exit !found}' "$banner"; then break; fi
    kill -0 "$pid" 2>/dev/null || die "emulator $name exited: $(cat "$WORK/$name.err")"
    sleep 0.01
  done
  t1=$(date +%s%N)
  ((i < 12000)) || die "emulator $name printed no banner within 120 s"
  E_pid[$name]=$pid
  E_start_ms[$name]=$(((t1 - t0) / 1000000))
  E_base[$name]=$(sed -n 's/^export ISOREG_BASE_URL=//p' "$banner")
  E_secret[$name]=$(sed -n 's/^export ISOMETRIC_CLIENT_SECRET=//p' "$banner")
  E_token[$name]=$(sed -n 's/^export ISOMETRIC_ACCESS_TOKEN=//p' "$banner")
  E_org[$name]=$(sed -n 's/^# buyer organisation: *//p' "$banner")
  E_owned[$name]=$(sed -n 's/.*demo buyer owns \([0-9]*\).*/\1/p' "$banner")
  E_batch[$name]=$(awk '$1=="credit" && $2=="batch" {print $3; exit}' "$banner")
  E_split[$name]=$(awk '$1=="split" && $2=="credit" {print $4; exit}' "$banner")
  E_wide[$name]=$(awk '$1=="wide" && $2=="split" {print $4; exit}' "$banner")
  [[ ${E_base[$name]} == http://127.0.0.1:* ]] || die "emulator $name: unexpected base URL '${E_base[$name]}'"
  [[ -n ${E_secret[$name]} && -n ${E_token[$name]} && -n ${E_org[$name]} ]] || die "emulator $name: could not parse the banner"
}
stop_emu() { kill "${E_pid[$1]}" 2>/dev/null || true; wait "${E_pid[$1]}" 2>/dev/null || true; }

# start_emu_at_least NAME MIN LATENCY: picks the smallest --scale found (a few tries) whose demo buyer owns >= MIN batches.
start_emu_at_least() {
  local name=$1 min=$2 lat=$3 scale try owned
  scale=$(((min + 99) / 100)) # ≈ 100 listable demo-buyer batches per unit of scale
  for ((try = 0; try < 6; try++)); do
    start_emu "$name" "$scale" "$lat"
    owned=${E_owned[$name]:-0}
    if ((owned >= min)); then
      E_scale[$name]=$scale
      return 0
    fi
    stop_emu "$name"
    scale=$((scale + (scale * (min - owned) + owned - 1) / (owned > 0 ? owned : 1) + 1))
  done
  die "could not reach $min demo-buyer batches (last scale $scale owned $owned)"
}
declare -A E_scale

# use_emu NAME: points isoreg, curl and the Python baseline at that emulator.
use_emu() {
  export ISOREG_BASE_URL=${E_base[$1]} ISOMETRIC_CLIENT_SECRET=${E_secret[$1]} ISOMETRIC_ACCESS_TOKEN=${E_token[$1]}
  ORG=${E_org[$1]}
  H_SECRET="x-client-secret: ${E_secret[$1]}"
  H_AUTH="Authorization: Bearer ${E_token[$1]}"
}

total_count() { # total_count NAME: what the API itself says
  use_emu "$1"
  timeout 30 curl -sf -H "$H_SECRET" -H "$H_AUTH" "${E_base[$1]}/organisations/${E_org[$1]}/credit_batches?first=1" | jq -e '.total_count'
}

# ---------------------------------------------------------------- the curl + jq baseline
# Written out so hyperfine can run it; this is the loop a user without isoreg would write.
CURL_LOOP="$WORK/curl_jq_list.sh"
cat >"$CURL_LOOP" <<'EOF'
#!/usr/bin/env bash
# usage: curl_jq_list.sh ORG   (env: ISOREG_BASE_URL, ISOMETRIC_CLIENT_SECRET, ISOMETRIC_ACCESS_TOKEN)
set -euo pipefail
url="$ISOREG_BASE_URL/organisations/$1/credit_batches"
after=""
for ((page = 0; page < 10000; page++)); do
  if [[ -z $after ]]; then
    body=$(curl -sf -H "x-client-secret: $ISOMETRIC_CLIENT_SECRET" -H "Authorization: Bearer $ISOMETRIC_ACCESS_TOKEN" "$url?first=50")
  else
    body=$(curl -sf -G -H "x-client-secret: $ISOMETRIC_CLIENT_SECRET" -H "Authorization: Bearer $ISOMETRIC_ACCESS_TOKEN" \
      --data-urlencode "first=50" --data-urlencode "after=$after" "$url")
  fi
  jq -c '.nodes[]' <<<"$body"
  read -r more after < <(jq -r '.page_info | "\(.has_next_page) \(.end_cursor // "")"' <<<"$body")
  [[ $more == true ]] || exit 0
done
echo "curl_jq_list.sh: stopped after 10000 pages" >&2
exit 1
EOF
chmod +x "$CURL_LOOP"

# ---------------------------------------------------------------- measuring helpers
HF_DIR="$WORK/hf"
mkdir -p "$HF_DIR"
# hf NAME TIMEOUT RUNS WARMUP LABEL CMD [LABEL CMD]... : hyperfine; results in $HF_DIR/NAME.json.
hf() {
  local name=$1 to=$2 runs=$3 warm=$4 args=()
  shift 4
  while (($#)); do args+=(-n "$1" "$2"); shift 2; done
  timeout "$to" hyperfine "${HF_SHELL[@]}" --style basic --runs "$runs" --warmup "$warm" \
    --export-json "$HF_DIR/$name.json" "${args[@]}" >&2 || die "hyperfine '$name' failed or timed out (${to}s)"
}
# med NAME INDEX: median in ms of the INDEX-th command of a hyperfine run.
med() { jq -r ".results[$2].median * 1000" "$HF_DIR/$1.json"; }
calc() { awk "BEGIN { printf \"%.${2:-2}f\", $1 }"; }
# expect_count WHAT GOT WANT: fails the benchmark loudly when a variant lost or duplicated items.
expect_count() {
  [[ "$2" == "$3" ]] || die "$1 returned $2 items, expected $3 (total_count)"
  say "  ok: $1 returned $2 items"
}

# Results: one TSV row per measurement: section, what, isoreg, baseline, ratio, target, verdict.
ROWS="$WORK/rows.tsv"
: >"$ROWS"
row() { printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$@" >>"$ROWS"; }
verdict() { # verdict EXPR  (awk boolean)
  if awk "BEGIN { exit !($1) }"; then echo ok; else echo MISSED; fi
}
fmt_ms() { # fmt_ms MS → "12.3 ms" or "4.56 s"
  awk -v m="$1" 'BEGIN { if (m >= 1000) printf "%.2f s", m/1000; else if (m >= 10) printf "%.1f ms", m; else printf "%.2f ms", m }'
}

# ---------------------------------------------------------------- machine
MODEL=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo 2>/dev/null | head -1)
MEM=$(awk '/^MemTotal/ { printf "%.1f GiB", $2/1048576 }' /proc/meminfo 2>/dev/null)
COMMIT=$(cd "$ROOT" && git --no-optional-locks rev-parse --short HEAD 2>/dev/null || echo unknown)
if [[ -n $(cd "$ROOT" && git --no-optional-locks status --porcelain --untracked-files=no 2>/dev/null) ]]; then COMMIT+=" (with uncommitted changes)"; fi
LOAD=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo "?")
INFO="$WORK/info.txt"
{
  echo "date:      $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "machine:   $(nproc) CPUs, ${MODEL:-unknown CPU}, $MEM RAM, $(uname -sr)"
  echo "load:      $LOAD (1/5/15 min, at start)"
  echo "isoreg:    $("$BIN" --version) at $COMMIT"
  echo "rustc:     $(rustc --version 2>/dev/null || echo n/a)"
  echo "tools:     $(curl --version | head -1 | cut -d' ' -f1-2), $(jq --version), $(hyperfine --version), $(python3 --version 2>&1)"
  echo "mode:      $([[ $QUICK == 1 ]] && echo "QUICK (smoke run: smaller sizes, fewer runs)" || echo full)"
} >"$INFO"
cat "$INFO" >&2

# ================================================================ 7. sharded listings (issue 12)
# shard_rows NAME MIN LATENCY RUNS_SHARDED: a listing of >= MIN batches at LATENCY ms, sharded (the default)
# against the pagination floor and against isoreg's own sequential mode (--shards 1). Outputs are compared
# byte for byte first; the sequential run at 100k (minutes) is timed once.
shard_rows() {
  local name=$1 min=$2 lat=$3 runs=$4 total pages s q floor t0
  start_emu_at_least "$name" "$min" "$lat"
  total=$(total_count "$name") || die "could not read total_count ($name)"
  pages=$(((total + 49) / 50))
  use_emu "$name"
  say "  $name: scale ${E_scale[$name]}, $total batches = $pages pages, ${lat} ms"
  t0=$(date +%s%N)
  timeout 1800 "$BIN" batch list --org "$ORG" --all --shards 1 -o jsonl >"$WORK/$name.seq.jsonl" || die "isoreg --shards 1 ($name) failed"
  q=$((($(date +%s%N) - t0) / 1000000))
  timeout 600 "$BIN" batch list --org "$ORG" --all -o jsonl -v >"$WORK/$name.shard.jsonl" 2>"$WORK/$name.shard.err" || die "isoreg sharded ($name) failed"
  if ((lat > 0)); then
    grep -q 'sharded into' "$WORK/$name.shard.err" || die "the $name listing was not sharded: $(grep note "$WORK/$name.shard.err")"
  fi
  say "  $(grep '^note' "$WORK/$name.shard.err")"
  expect_count "sharded list ($name)" "$(wc -l <"$WORK/$name.shard.jsonl")" "$total"
  cmp -s "$WORK/$name.seq.jsonl" "$WORK/$name.shard.jsonl" || die "sharded and sequential outputs differ ($name)"
  say "  ok: sharded output is byte-identical to --shards 1"
  if ((total >= 50000)); then
    hf "$name" 1800 "$runs" 0 "isoreg batch list --all (sharded)" "$BIN batch list --org $ORG --all -o jsonl"
  else
    hf "$name" 1800 "$runs" 0 "isoreg batch list --all (sharded)" "$BIN batch list --org $ORG --all -o jsonl" \
      "isoreg batch list --all --shards 1" "$BIN batch list --org $ORG --all --shards 1 -o jsonl"
    q=$(med "$name" 1)
  fi
  s=$(med "$name" 0)
  if ((lat > 0)); then
    floor=$((pages * lat))
    row "7 sharding" "list --all -o jsonl (sharded), ${total} @ ${lat} ms vs floor ${pages}×${lat} ms" "$(fmt_ms "$s")" "$(fmt_ms "$floor") floor" "$(calc "$s / $floor")× floor" "≤ 0.25×" "$(verdict "$s / $floor <= 0.25")"
    row "7 sharding" "list --all -o jsonl (sharded) vs --shards 1, ${total} @ ${lat} ms" "$(fmt_ms "$s")" "$(fmt_ms "$q") --shards 1" "$(calc "$q / $s" 1)× faster" "≥ 4× faster" "$(verdict "$q / $s >= 4")"
  else
    row "7 sharding" "list --all -o jsonl (automatic: stays sequential when pages come back in < 8 ms) vs --shards 1, ${total}, no latency" "$(fmt_ms "$s")" "$(fmt_ms "$q") --shards 1" "$(calc "$s / $q")× sequential" "≤ 1× (no slower; ±5% noise)" "$(verdict "$s <= $q * 1.05")"
  fi
  stop_emu "$name"
}
shard_section() {
  step "7. sharded listings"
  shard_rows shard10k "$LIST_TARGET" "$LATENCY" "$RUNS_SLOW"
  shard_rows shard100k "$BIG_TARGET" "$LATENCY" "$(((RUNS_SLOW + 1) / 2))"
  shard_rows shard0 "$LIST_TARGET" 0 "$RUNS_SLOW"
}
if [[ ${ONLY:-} == shard ]]; then
  RESULTS_MD="$HERE/results-shard.md"
  shard_section
else
  :
# ================================================================ 1. start-up
step "1. start-up"
hf startup 120 "$((RUNS_FAST * 2))" "$WARMUP" "isoreg --version" "$BIN --version" "isoreg --help" "$BIN --help"
v=$(med startup 0)
h=$(med startup 1)
row "1 start-up" "isoreg --version (median)" "$(fmt_ms "$v")" "" "" "< 5 ms" "$(verdict "$v < 5")"
row "1 start-up" "isoreg --help (median)" "$(fmt_ms "$h")" "" "" "< 5 ms" "$(verdict "$h < 5")"

# ================================================================ emulators for 2–4 and 6
step "starting emulators (≥ $LIST_TARGET demo-buyer batches; no latency and ${LATENCY} ms)"
start_emu_at_least fast "$LIST_TARGET" 0
start_emu slow "${E_scale[fast]}" "$LATENCY"
say "  fast: scale ${E_scale[fast]}, ${E_owned[fast]} batches, ${E_base[fast]} (banner after ${E_start_ms[fast]} ms)"
say "  slow: scale ${E_scale[fast]}, ${E_owned[slow]} batches, ${E_base[slow]}"
TOTAL=$(total_count fast) || die "could not read total_count"
TOTAL_SLOW=$(total_count slow) || die "could not read total_count (slow)"
[[ $TOTAL == "$TOTAL_SLOW" ]] || die "the two emulators disagree: $TOTAL vs $TOTAL_SLOW batches"
PAGES=$(((TOTAL + 49) / 50))
say "  total_count $TOTAL = $PAGES pages of 50"

# ================================================================ 2. one request
step "2. one request"
use_emu fast
ONE=${E_batch[fast]}
[[ -n $ONE ]] || die "no sample credit batch in the banner"
URL="${E_base[fast]}/credit_batches/$ONE"
timeout 30 "$BIN" batch get "$ONE" -o json >"$WORK/one.isoreg.json" || die "isoreg batch get $ONE failed"
timeout 30 curl -sf -H "$H_SECRET" -H "$H_AUTH" "$URL" >"$WORK/one.curl.json" || die "curl $URL failed"
if ! cmp -s <(jq -S . "$WORK/one.isoreg.json") <(jq -S . "$WORK/one.curl.json"); then
  say "  warning: isoreg's JSON differs from the server's for $ONE"
fi
hf one 300 "$RUNS_FAST" "$WARMUP" \
  "isoreg batch get ID -o json" "$BIN batch get $ONE -o json" \
  "curl ID" "curl -s -H '$H_SECRET' -H '$H_AUTH' $URL"
i=$(med one 0)
c=$(med one 1)
r=$(calc "$i / $c")
row "2 one request" "batch get ID -o json vs curl" "$(fmt_ms "$i")" "$(fmt_ms "$c") curl" "${r}× curl" "≤ 1.5×" "$(verdict "$r <= 1.5")"

# ================================================================ 3. full listing
step "3. full listing ($TOTAL batches, $PAGES pages)"
LIST_ISOREG=("$BIN" batch list --org "$ORG" --all -o jsonl)
# counts first, so a wrong variant fails before we spend time timing it
use_emu slow
timeout 600 "${LIST_ISOREG[@]}" >"$WORK/list.slow.jsonl" || die "isoreg batch list (latency) failed"
expect_count "isoreg list (${LATENCY} ms)" "$(wc -l <"$WORK/list.slow.jsonl")" "$TOTAL"
use_emu fast
timeout 600 "${LIST_ISOREG[@]}" >"$WORK/list.isoreg.jsonl" || die "isoreg batch list failed"
expect_count "isoreg list" "$(wc -l <"$WORK/list.isoreg.jsonl")" "$TOTAL"
timeout 900 "$CURL_LOOP" "$ORG" >"$WORK/list.curl.jsonl" || die "curl + jq loop failed"
expect_count "curl + jq loop" "$(wc -l <"$WORK/list.curl.jsonl")" "$TOTAL"
timeout 900 python3 "$BASELINE" list "$ORG" >"$WORK/list.py.jsonl" || die "python baseline failed"
expect_count "python baseline" "$(wc -l <"$WORK/list.py.jsonl")" "$TOTAL"
cmp -s <(jq -r .id "$WORK/list.isoreg.jsonl") <(jq -r .id "$WORK/list.curl.jsonl") || die "isoreg and curl listed different IDs or orders"

# The server's own share: every page over one kept-alive connection, summed round trips.
ST=$(timeout 300 python3 "$BASELINE" serve-time "$ORG") || die "keep-alive page loop failed"
expect_count "keep-alive page loop (no latency)" "$(jq -r .items <<<"$ST")" "$TOTAL"
srv=$(jq -r .round_trips_ms <<<"$ST")

use_emu slow
# The practical floor: the same walk over one kept-alive connection, with the injected latency.
ST_SLOW=$(timeout 600 python3 "$BASELINE" serve-time "$ORG") || die "keep-alive page loop (latency) failed"
expect_count "keep-alive page loop (${LATENCY} ms)" "$(jq -r .items <<<"$ST_SLOW")" "$TOTAL"
srv_slow=$(jq -r .round_trips_ms <<<"$ST_SLOW")
hf list_lat 900 "$RUNS_SLOW" 0 "isoreg batch list --all --shards 1 (${LATENCY} ms)" "$BIN batch list --org $ORG --all --shards 1 -o jsonl"
l=$(med list_lat 0)
floor=$((PAGES * LATENCY))
r=$(calc "$l / $floor")
row "3 listing" "list --all --shards 1 (sequential) -o jsonl, ${TOTAL} @ ${LATENCY} ms vs floor ${PAGES}×${LATENCY} ms" "$(fmt_ms "$l")" "$(fmt_ms "$floor") floor" "${r}× floor" "≤ 1.10×" "$(verdict "$r <= 1.10")"
fl2=$(calc "$floor + $srv" 0)
row "3 listing" "  floor + the server's own time (${PAGES} pages served with no latency: $(fmt_ms "$srv"))" "" "$(fmt_ms "$fl2") floor+server" "$(calc "$l / $fl2")× that" "(info)" ""
row "3 listing" "  measured floor: the ${PAGES} pages @ ${LATENCY} ms over one keep-alive connection, sum of round trips" "" "$(fmt_ms "$srv_slow") keep-alive" "$(calc "$l / $srv_slow")× that" "(info)" ""

use_emu fast
hf list_fast 1800 "$RUNS_SLOW" 0 \
  "isoreg batch list --all" "$BIN batch list --org $ORG --all -o jsonl" \
  "curl + jq loop" "$CURL_LOOP $ORG" \
  "python urllib loop" "python3 $BASELINE list $ORG"
li=$(med list_fast 0)
lc=$(med list_fast 1)
lp=$(med list_fast 2)
rc=$(calc "$lc / $li" 1)
rp=$(calc "$lp / $li" 1)
row "3 listing" "list --all -o jsonl, ${TOTAL}, no latency, vs curl + jq loop" "$(fmt_ms "$li")" "$(fmt_ms "$lc") curl+jq" "${rc}× faster" "≥ 5× faster" "$(verdict "$rc >= 5")"
row "3 listing" "list --all -o jsonl, ${TOTAL}, no latency, vs Python urllib" "$(fmt_ms "$li")" "$(fmt_ms "$lp") python" "${rp}× faster" "(info)" ""

# ================================================================ 4. fan-out
step "4. fan-out at ${LATENCY} ms"
# IDs spread evenly over the listing (deterministic).
awk -v n="$FANOUT_N" -v t="$TOTAL" 'BEGIN{step = int(t / n); if (step < 1) step = 1} (NR - 1) % step == 0 && c < n {print; c++}' \
  <(jq -r .id "$WORK/list.isoreg.jsonl") >"$WORK/ids.txt"
NIDS=$(wc -l <"$WORK/ids.txt")
((NIDS == FANOUT_N)) || die "could pick only $NIDS IDs for the fan-out"
IDS=$(tr '\n' ' ' <"$WORK/ids.txt")
use_emu slow
# shellcheck disable=SC2086
timeout 300 "$BIN" batch get $IDS -o jsonl >"$WORK/get.isoreg.jsonl" || die "isoreg batch get ($NIDS IDs) failed"
expect_count "isoreg batch get" "$(wc -l <"$WORK/get.isoreg.jsonl")" "$NIDS"
cmp -s <(jq -r .id "$WORK/get.isoreg.jsonl") "$WORK/ids.txt" || die "isoreg batch get printed the batches in another order than given"
say "  ok: batch get output order equals input order"
timeout 600 python3 "$BASELINE" get --ids-file "$WORK/ids.txt" >"$WORK/get.py.jsonl" || die "python sequential get failed"
expect_count "python sequential get" "$(wc -l <"$WORK/get.py.jsonl")" "$NIDS"
hf get_many 1800 "$RUNS_SLOW" 0 \
  "isoreg batch get ($NIDS IDs)" "$BIN batch get $IDS -o jsonl" \
  "python sequential get" "python3 $BASELINE get --ids-file $WORK/ids.txt"
gi=$(med get_many 0)
gp=$(med get_many 1)
r=$(calc "$gp / $gi" 1)
row "4 fan-out" "batch get ${NIDS} IDs @ ${LATENCY} ms vs sequential (python)" "$(fmt_ms "$gi")" "$(fmt_ms "$gp") sequential" "${r}× faster" "≥ 10× faster" "$(verdict "$r >= 10")"

# The emulator's wide split tree (sample "wide split tree": a leaf at the bottom of a 255-batch tree).
T_START=${E_wide[slow]}
[[ -n $T_START ]] || die "no wide split tree in the emulator's banner"
use_emu fast
timeout 300 "$BIN" batch lineage "$T_START" -o jsonl >"$WORK/tree.jsonl" || die "isoreg batch lineage failed"
T_NODES=$(wc -l <"$WORK/tree.jsonl")
T_LEVELS=$(($(jq -s 'map(.depth) | max' "$WORK/tree.jsonl") + 1))
T_DEPTH=$(jq -s --arg id "$T_START" 'map(select(.id == $id)) | .[0].depth' "$WORK/tree.jsonl")
say "  wide tree: $T_NODES batches on $T_LEVELS levels; starting from $T_START at depth $T_DEPTH"
use_emu slow
timeout 300 "$BIN" batch lineage "$T_START" -o jsonl >"$WORK/lineage.isoreg.jsonl" || die "isoreg batch lineage failed"
timeout 300 python3 "$BASELINE" lineage "$T_START" >"$WORK/lineage.py.jsonl" || die "python lineage walk failed"
expect_count "isoreg batch lineage" "$(wc -l <"$WORK/lineage.isoreg.jsonl")" "$T_NODES"
expect_count "python lineage walk" "$(wc -l <"$WORK/lineage.py.jsonl")" "$T_NODES"
hf lineage 900 "$RUNS_SLOW" 0 \
  "isoreg batch lineage" "$BIN batch lineage $T_START -o jsonl" \
  "python sequential walk" "python3 $BASELINE lineage $T_START"
ti=$(med lineage 0)
tp=$(med lineage 1)
r=$(calc "$tp / $ti" 1)
# Best any client can do: one round trip per hop from the start to the farthest batch (up to the
# root and down the deepest other branch), each round fetching every batch it can name.
ROUNDS=$((1 + T_DEPTH + T_LEVELS - 1))
tfloor=$((ROUNDS * LATENCY))
best=$(calc "$T_NODES / $ROUNDS" 1)
row "4 fan-out" "batch lineage: ${T_NODES} batches, ${T_LEVELS} levels, from depth ${T_DEPTH}, vs sequential walk" "$(fmt_ms "$ti")" "$(fmt_ms "$tp") sequential" "${r}× faster" "≥ 10× faster" "$(verdict "$r >= 10")"
row "4 fan-out" "  lineage floor: ${ROUNDS} dependent round trips × ${LATENCY} ms (best ratio ≈ ${best}×)" "" "$(fmt_ms "$tfloor") floor" "$(calc "$ti / $tfloor")× floor" "(info)" ""

# ================================================================ 6a. emulator's share (measured in 3)
r=$(calc "$srv / $li")
row "6 emulator" "serve all ${PAGES} pages (${TOTAL}), one keep-alive connection, sum of round trips" "$(fmt_ms "$li") isoreg" "$(fmt_ms "$srv") server" "${r}× isoreg's time" "well under isoreg" "$(verdict "$r < 0.5")"
stop_emu slow

# ================================================================ 5. memory (and 6b start-up at scale)
step "5. memory (peak RSS)"
mem_row() { # mem_row LABEL N FORMAT
  local out="$WORK/mem.out" rss t t0
  t0=$(date +%s%N)
  timeout 900 /usr/bin/time -f %M -o "$WORK/rss" "$BIN" batch list --org "$ORG" --all -o "$3" >"$out" || die "isoreg list -o $3 ($1) failed"
  t=$((($(date +%s%N) - t0) / 1000000))
  rss=$(tail -1 "$WORK/rss")
  local lines want
  lines=$(wc -l <"$out")
  want=$2
  [[ $3 == csv ]] && want=$((want + 1)) # header row
  expect_count "isoreg list -o $3 ($1)" "$lines" "$want"
  MB=$(calc "$rss / 1024" 1)
  row "5 memory" "list --all -o $3 > file, $2 batches (peak RSS; took $(fmt_ms "$t"))" "${MB} MB" "" "" "< 30 MB" "$(verdict "$MB < 30")"
  eval "RSS_$4=$MB"
}
use_emu fast
mem_row small "$TOTAL" jsonl small_jsonl
mem_row small "$TOTAL" csv small_csv
stop_emu fast

# The big dataset: its start-up is the 6b measurement.
start_emu_at_least big "$BIG_TARGET" 0
BIG_TOTAL=$(total_count big) || die "could not read total_count (big)"
say "  big: scale ${E_scale[big]}, total_count $BIG_TOTAL, banner after ${E_start_ms[big]} ms"
use_emu big
mem_row big "$BIG_TOTAL" jsonl big_jsonl
mem_row big "$BIG_TOTAL" csv big_csv
g1=$(calc "$RSS_big_jsonl / $RSS_small_jsonl")
g2=$(calc "$RSS_big_csv / $RSS_small_csv")
row "5 memory" "growth ${TOTAL} → ${BIG_TOTAL} batches (jsonl, csv)" "${g1}×, ${g2}×" "" "" "flat (≈ 1×)" "$(verdict "$g1 < 1.3 && $g2 < 1.3")"
EMU_RSS=$(awk '/^VmHWM/ { printf "%.0f MB", $2/1024 }' "/proc/$(cat "/proc/${E_pid[big]}/task/${E_pid[big]}/children" 2>/dev/null | awk '{print $1}')/status" 2>/dev/null || echo "?")
row "6 emulator" "start-up at --scale ${E_scale[big]} (${BIG_TOTAL} demo-buyer batches) until the banner" "$(fmt_ms "${E_start_ms[big]}")" "" "" "quick (≈ < 2 s)" "$(verdict "${E_start_ms[big]} < 2000")"
row "6 emulator" "  its peak RSS at that scale" "$EMU_RSS" "" "" "(info)" ""
stop_emu big

shard_section
fi

# ================================================================ report
render() { # render text|md: the rows, ordered by section (stable), as an aligned table or Markdown
  python3 - "$1" "$ROWS" <<'PY'
import sys
mode, path = sys.argv[1], sys.argv[2]
head = ["section", "measurement", "isoreg", "baseline / floor", "ratio", "target", "verdict"]
rows = [l.rstrip("\n").split("\t") for l in open(path, encoding="utf-8") if l.strip()]
rows.sort(key=lambda r: r[0].split()[0])
right = {2, 3, 4}
if mode == "md":
    print("| " + " | ".join(head) + " |")
    print("|" + "|".join("---:" if i in right else "---" for i in range(len(head))) + "|")
    for r in rows:
        r = [("**MISSED**" if c == "MISSED" else c).replace("|", "\\|") for c in r]
        print("| " + " | ".join(r) + " |")
else:
    w = [max(len(x) for x in col) for col in zip(head, *rows)]
    fmt = lambda r: "  ".join(c.rjust(w[i]) if i in right else c.ljust(w[i]) for i, c in enumerate(r)).rstrip()
    print(fmt(head))
    print("  ".join("-" * x for x in w))
    for r in rows:
        print(fmt(r))
PY
}

{
  echo
  echo "isoreg speed benchmark ($(date -u '+%Y-%m-%d'))"
  cat "$INFO"
  echo
  render text
  echo
  echo "Ratios: \"× curl\" and \"× floor\" are isoreg's time divided by the other; \"× faster\" is the baseline's time divided by isoreg's."
  echo "Times are hyperfine medians (start-up, one request: $((RUNS_FAST)) runs; the rest: $RUNS_SLOW run(s)); memory is one run each."
}
{
  echo "## Benchmark results"
  echo
  echo "Reproduce with \`bash benches/run.sh\` (\`QUICK=1\` for a smoke run). Everything runs against \`isoreg emulator\` on 127.0.0.1."
  echo
  echo '```'
  cat "$INFO"
  echo '```'
  echo
  render md
  echo
  echo "Ratios: \"× curl\" and \"× floor\" are isoreg's time divided by the other's; \"× faster\" is the baseline's time divided by isoreg's."
  echo "Times are hyperfine medians (start-up and one request: $RUNS_FAST runs; the rest: $RUNS_SLOW run(s)); peak RSS from \`/usr/bin/time -f %M\`, one run each."
  echo "Baselines: a bash loop of \`curl\` + \`jq\` following \`end_cursor\`, and \`benches/baseline.py\` (Python standard library, sequential urllib requests)."
} >"$RESULTS_MD"
say ""
say "wrote $RESULTS_MD"
