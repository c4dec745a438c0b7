#!/usr/bin/env bash
# Load benchmark on loopback: seeds PostgreSQL, starts the app in Release, drives each page and the
# quiz answer save and submit with wrk (logged in where needed), checks afterwards that no submission
# was lost or scored twice, times a reminder run, a 10,000-learner bulk assignment and the item-analysis
# job over the 100,000 seeded attempts, runs the
# BenchmarkDotNet hot-code suite, and writes bench/results/results.{json,md} (+ a PNG plot when
# gnuplot is installed). Needs a PostgreSQL server and wrk (Debian: apt-get install postgresql wrk).
#
#   bench/run.sh [--learners 10000] [--duration 15] [--connections 32]
#   CE_BENCH_POSTGRES="Host=127.0.0.1;Username=postgres;Password=…" overrides the server.
set -euo pipefail
cd "$(dirname "$0")/.."

learners=10000 duration=15 connections=32
while [ $# -gt 0 ]; do
  case "$1" in
    --learners) learners=$2; shift 2 ;;
    --duration) duration=$2; shift 2 ;;
    --connections) connections=$2; shift 2 ;;
    *) echo "unknown option $1"; exit 64 ;;
  esac
done

server=${CE_BENCH_POSTGRES:-${CE_TEST_POSTGRES:-Host=127.0.0.1;Username=postgres;Password=postgres}}
database="ce_bench_$(date +%s)"
connection="$server;Database=$database;Maximum Pool Size=64"
port=5080
base="http://127.0.0.1:$port"
results=bench/results
mkdir -p "$results"
work=$(mktemp -d)
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)"; exit 1; }

psql_server() { PGPASSWORD=$(sed -n 's/.*Password=\([^;]*\).*/\1/p' <<<"$server") psql -h 127.0.0.1 -U postgres -tA "$@"; }
psql_server -d postgres -c "CREATE DATABASE \"$database\"" >/dev/null
cleanup() {
  [ -n "${app_pid:-}" ] && kill "$app_pid" 2>/dev/null || true
  psql_server -d postgres -c "DROP DATABASE IF EXISTS \"$database\" WITH (FORCE)" >/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

export Database__Provider=PostgreSql ConnectionStrings__Default="$connection" ASPNETCORE_ENVIRONMENT=Production \
  Jobs__RunServer=false Logging__LogLevel__Default=Warning Email__PickupFolder="$work/mail" Site__PublicUrl="$base" \
  Certificates__NumberLookupsPerMinute=100000000 Certificates__TokenLookupsPerMinute=100000000 \
  RateLimits__AccountFormsPerMinute=100000000 RateLimits__QuizPostsPerMinute=100000000 \
  Security__RequireTwoFactorForRoles=''

bench_tool() { dotnet bench/CE.Platform.Benchmarks/bin/Release/net10.0/CE.Platform.Benchmarks.dll "$@"; }
echo "== build (Release)"
dotnet build -c Release bench/CE.Platform.Benchmarks -v quiet -nologo >/dev/null
echo "== seed $learners learners"
bench_tool seed --learners "$learners"

echo "== start the app"
(cd src/CE.Platform.Web/bin/Release/net10.0 && exec dotnet CE.Platform.Web.dll --urls "$base") > "$work/app.log" 2>&1 &
app_pid=$!
for _ in $(seq 1 60); do curl -fs "$base/health/ready" >/dev/null && break; sleep 1; done

# The antiforgery token of the first form on a page, fetched with a cookie jar.
form_token() { curl -s -b "$2" -c "$2" "$base$1" | sed -n 's/.*name="__RequestVerificationToken" type="hidden" value="\([^"]*\)".*/\1/p' | head -n1; }

# Signs in through the real form; leaves the cookies in $work/<email>.jar and prints them as a Cookie header value.
sign_in() {
  local jar="$work/$1.jar"
  curl -s -b "$jar" -c "$jar" -o /dev/null --data-urlencode "Email=$1" --data-urlencode "Password=bench passphrase 2026" \
    --data-urlencode "__RequestVerificationToken=$(form_token /account/login "$jar")" "$base/account/login"
  # curl marks HttpOnly cookies with a "#HttpOnly_" prefix; they are exactly the ones we need.
  sed 's/^#HttpOnly_//' "$jar" | awk '!/^#/ && NF==7 {printf "%s=%s; ", $6, $7}'
}
learner=$(sign_in learner00000@bench.example.org)
coordinator=$(sign_in coordinator@bench.example.org)
organisation=$(psql_server -d "$database" -c "select \"Id\" from \"Organisations\" order by \"Id\" limit 1")
certificate=$(psql_server -d "$database" -c "select c.\"Number\" || ' ' || c.\"VerificationToken\" from \"Certificates\" c join \"AspNetUsers\" u on u.\"Id\" = c.\"UserId\" where u.\"Email\" = 'learner00000@bench.example.org' limit 1")
number=${certificate% *} token=${certificate#* }

json="$results/results.json" md="$results/results.md"
printf '| page | requests/s | p50 ms | p99 ms | ratio to bare | app CPU ms/request | PostgreSQL CPU ms/request |\n|---|---:|---:|---:|---:|---:|---:|\n' > "$md"
rows=()
bare_rps=""
ms() { awk -v v="$1" 'BEGIN { if (v ~ /us$/) printf "%.2f", v/1000; else if (v ~ /ms$/) printf "%.2f", v+0; else printf "%.2f", v*1000 }'; }

# CPU time used so far (clock ticks) by the app and by all PostgreSQL processes: "app postgres".
cpu_ticks() {
  local app=0 pg=0 p
  app=$(awk '{print $14+$15}' "/proc/$app_pid/stat")
  for p in $(pgrep -x postgres); do pg=$((pg + $(awk '{print $14+$15}' "/proc/$p/stat" 2>/dev/null || echo 0))); done
  echo "$app $pg"
}

# measure NAME PATH COOKIE [wrk options…]: one row of the table from a wrk run, with the CPU time
# each request cost the app and PostgreSQL (what bounds throughput on a machine both share).
measure() {
  local name=$1 path=$2 cookie=$3; shift 3
  local out rps p50 p99 errors ratio requests app_ms pg_ms
  read -r app0 pg0 <<<"$(cpu_ticks)"
  out=$(wrk -t2 -c"$connections" -d"${duration}s" --latency -H "Cookie: $cookie" "$@" "$base$path")
  read -r app1 pg1 <<<"$(cpu_ticks)"
  requests=$(awk '/requests in/ {print $1}' <<<"$out")
  tick_ms=$(awk -v hz="$(getconf CLK_TCK)" 'BEGIN { print 1000 / hz }')
  app_ms=$(awk -v d=$((app1 - app0)) -v r="$requests" -v t="$tick_ms" 'BEGIN { printf "%.3f", d * t / r }')
  # A PostgreSQL backend that exits during the run takes its ticks with it: never below zero.
  pg_ms=$(awk -v d=$((pg1 - pg0)) -v r="$requests" -v t="$tick_ms" 'BEGIN { printf "%.3f", (d > 0 ? d : 0) * t / r }')
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p50=$(ms "$(awk '$1=="50%" {print $2}' <<<"$out")")
  p99=$(ms "$(awk '$1=="99%" {print $2}' <<<"$out")")
  errors=$(awk '/Non-2xx/ {print $5}' <<<"$out")
  [ -z "$bare_rps" ] && bare_rps=$rps
  ratio=$(awk -v a="$rps" -v b="$bare_rps" 'BEGIN { printf "%.4f", a/b }')
  echo "$name: $rps req/s, p50 $p50 ms, p99 $p99 ms, $(awk -v r="$ratio" 'BEGIN { printf "%.1f%%", 100*r }') of bare, CPU/request app $app_ms ms + PostgreSQL $pg_ms ms${errors:+, non-2xx: $errors}"
  rows+=("$(printf '{"page": "%s", "path": "%s", "requests_per_second": %s, "p50_ms": %s, "p99_ms": %s, "ratio_to_bare": %s, "app_cpu_ms_per_request": %s, "postgres_cpu_ms_per_request": %s, "non_2xx": %s}' \
    "$name" "$path" "$rps" "$p50" "$p99" "$ratio" "$app_ms" "$pg_ms" "${errors:-0}")")
  printf '"%s" %s\n' "$name" "$rps" >> "$work/plot.dat"
  printf '| %s | %s | %s | %s | %s | %s | %s |\n' "$name" "$rps" "$p50" "$p99" "$(awk -v r="$ratio" 'BEGIN { printf "%.1f%%", 100*r }')" "$app_ms" "$pg_ms" >> "$md"
}

echo "== quiz pool: $connections submitters"
# Enough open attempts that the submissions never run out: each one scores a fresh attempt.
bench_tool quiz-pool --submitters "$connections" --attempts-each 1500 --out "$work/pool.tsv"
: > "$work/sessions.tsv"
for i in $(seq 0 $((connections - 1))); do
  email=$(printf 'submitter%02d@bench.example.org' "$i")
  cookie=$(sign_in "$email")
  attempt=$(awk -F'\t' -v e="$email" '$2==e {print $1; exit}' "$work/pool.tsv")
  printf '%s\t%s\t%s\n' "$email" "$cookie" "$(form_token "/attempts/$attempt" "$work/$email.jar")" >> "$work/sessions.tsv"
done
first_attempt=$(head -n1 "$work/pool.tsv" | cut -f1)
submitter=$(head -n1 "$work/sessions.tsv" | cut -f2)

echo "== pages"
# name|path|cookie
pages=(
  "bare|/ping|"
  "catalog|/catalog|"
  "module page|/modules/ketamine-safety/acute-adverse-effects|$learner"
  "learner dashboard|/learning|$learner"
  "quiz page|/attempts/$first_attempt|$submitter"
  "certificate PDF|/certificates/$number.pdf|$learner"
  "verify page|/verify/$token|"
  "compliance matrix ($((learners / 10)) learners)|/coordinator/$organisation/matrix|$coordinator"
)
for entry in "${pages[@]}"; do
  IFS='|' read -r name path cookie <<<"$entry"
  status=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $cookie" "$base$path")
  [ "$status" = 200 ] || { echo "warm-up of $path answered $status, not 200"; exit 1; }
  # Warm up under load so the JIT's optimised code (tiered compilation) is what gets measured.
  wrk -t2 -c"$connections" -d3s -H "Cookie: $cookie" "$base$path" >/dev/null
  measure "$name" "$path" "$cookie"
done

# The latency one coordinator sees: the matrix with 4 requests at once (several coordinators of the
# organisation reading it together). The 32-connection row above measures throughput; its latency is
# mostly the queue of 32 heavy requests on 2 cores.
connections=4 measure "compliance matrix, 4 at once" "/coordinator/$organisation/matrix" "$coordinator"

echo "== quiz answer save and submit: $connections concurrent submitters"
export QUIZ_POOL="$work/pool.tsv" QUIZ_SESSIONS="$work/sessions.tsv" QUIZ_THREADS=2 QUIZ_COUNTS="$work/counts"
QUIZ_MODE=save wrk -t2 -c"$connections" -d3s -s bench/quiz.lua "$base/" >/dev/null
QUIZ_MODE=save measure "quiz answer save" "/attempts/" "" -s bench/quiz.lua
read -r _ saves_accepted _ < "$work/counts"
QUIZ_MODE=submit measure "quiz submit" "/attempts/" "" -s bench/quiz.lua
read -r submits_sent submits_accepted wrapped < "$work/counts"
[ "$wrapped" = 0 ] || echo "warning: the pool ran out and some attempts were submitted again (each is scored once)"
rss=$(awk '/VmHWM/ {print int($2/1024)}' "/proc/$app_pid/status")
kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; app_pid=""

echo "== after the quiz load: nothing lost, nothing scored twice"
check=$(bench_tool quiz-check --pool "$work/pool.tsv" --accepted "$submits_accepted" --sent "$submits_sent") && check_ok=true || check_ok=false
echo "$check (saves accepted: $saves_accepted)"

echo "== bulk jobs"
bench_tool time-jobs --out "$work/jobs.json" | tee "$work/jobs.txt"

echo "== item analysis over every seeded attempt"
bench_tool time-item-analysis --out "$work/item-analysis.json" | tee -a "$work/jobs.txt"

echo "== hot code (BenchmarkDotNet, short job)"
bench_tool --filter '*HotCode*' --job short --exporters github json --artifacts "$work/bdn" > "$work/bdn.log"
cp "$work"/bdn/results/*HotCode*-report-github.md "$results/hot-code.md"
cp "$work"/bdn/results/*HotCode*-report-full-compressed.json "$results/hot-code.json"

printf '\nQuiz load check (%s): %s.\n\n' "$([ $check_ok = true ] && echo passed || echo FAILED)" "$(tail -n1 <<<"$check")" >> "$md"
sed 's/^/- /' "$work/jobs.txt" >> "$md"
printf '\n### Hot code (BenchmarkDotNet, short job)\n\n' >> "$md"
grep '^|' "$results/hot-code.md" >> "$md"
printf '\nPeak working set of the app during the run: %s MB. Data set: %s learners. %s connections, %s s per page, 2 wrk threads, loopback, %s cores.\n' \
  "$rss" "$learners" "$connections" "$duration" "$(nproc)" >> "$md"
{
  printf '{"pages": [\n  %s\n],\n' "$(IFS=$'\n'; echo "${rows[*]}" | paste -sd',' | sed 's/},{/},\n  {/g')"
  printf '"quiz_check": {"passed": %s, "submissions_sent": %s, "submissions_accepted": %s, "saves_accepted": %s},\n' "$check_ok" "$submits_sent" "$submits_accepted" "$saves_accepted"
  printf '"item_analysis": %s,\n' "$(cat "$work/item-analysis.json")"
  printf '"jobs": %s,\n"peak_working_set_mb": %s, "learners": %s, "connections": %s, "duration_s": %s}\n' "$(cat "$work/jobs.json")" "$rss" "$learners" "$connections" "$duration"
} > "$json"
echo "peak working set: $rss MB"

if command -v gnuplot >/dev/null; then
  gnuplot -e "set terminal png size 900,420; set output '$results/throughput.png'; set style fill solid; set boxwidth 0.6; set logscale y; set ylabel 'requests/s (log scale)'; set xtics rotate by -25; set title 'Throughput per page ($connections connections, $learners learners)'; plot '$work/plot.dat' using 2:xtic(1) with boxes notitle"
fi
echo "results: $md, $json"
