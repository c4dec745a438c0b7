#!/usr/bin/env bash
# Load benchmark on loopback: seeds PostgreSQL, starts the app in Release, drives each page and the
# quiz answer save and submit with wrk (logged in where needed), checks afterwards that no submission
# was lost or scored twice, times a reminder run, a 10,000-learner bulk assignment and the item-analysis
# job over the 100,000 seeded attempts, runs the
# BenchmarkDotNet hot-code suite, and writes bench/results/results.{json,md} (+ a PNG plot when
# gnuplot is installed). Needs a PostgreSQL server and wrk (Debian: apt-get install postgresql wrk;
# nginx for --instances > 1, gnuplot-nox for the plots).
#
#   bench/run.sh [--learners 10000] [--duration 15] [--connections 32] [--instances 1]
#                [--org-sizes 1000,10000,50000] [--pages-only] [--database NAME]
#   --instances N   N app instances behind nginx (docs/nginx.conf), one running Hangfire; 1 = the app alone
#   --org-sizes L   bulk seeding (PostgreSQL COPY) with organisations of these sizes × every module; each
#                   one's compliance matrix is measured with 8 coordinators at once. Sizes that do not fit
#                   in --learners (added up in order) are dropped
#   --pages-only    the page table only: no quiz load, job timings or BenchmarkDotNet
#   --database N    use (and keep) this database: seeded on the first run, reused as it is afterwards
# Each run also appends its page rows to bench/results/runs.csv (bench/plot.sh draws them).
#   CE_BENCH_POSTGRES="Host=127.0.0.1;Username=postgres;Password=…" overrides the server.
set -euo pipefail
cd "$(dirname "$0")/.."

learners=10000 duration=15 connections=32 instances=1 org_sizes="" pages_only=false keep_database=""
while [ $# -gt 0 ]; do
  case "$1" in
    --learners) learners=$2; shift 2 ;;
    --duration) duration=$2; shift 2 ;;
    --connections) connections=$2; shift 2 ;;
    --instances) instances=$2; shift 2 ;;
    --org-sizes) org_sizes=$2; shift 2 ;;
    --pages-only) pages_only=true; shift ;;
    --database) keep_database=$2; shift 2 ;;
    *) echo "unknown option $1"; exit 64 ;;
  esac
done

server=${CE_BENCH_POSTGRES:-${CE_TEST_POSTGRES:-Host=127.0.0.1;Username=postgres;Password=postgres}}
[[ "$instances" =~ ^[1-9]$ ]] || { echo "--instances takes 1 to 9, not '$instances'"; exit 64; }
[[ "$keep_database" =~ ^[a-z0-9_]*$ ]] || { echo "--database takes lower-case letters, digits and _"; exit 64; }
if [ -n "$org_sizes" ]; then
  # Keep the sizes that fit in --learners, added up in order.
  org_sizes=$(tr ',' '\n' <<<"$org_sizes" | awk -v max="$learners" '!/^[0-9]+$/ { print "bad"; exit } { if (sum + $1 <= max) { sum += $1; printf "%s%s", (n++ ? "," : ""), $1 } }')
  [ "$org_sizes" != bad ] || { echo "--org-sizes takes whole numbers separated by commas (e.g. 1000,10000,50000)"; exit 64; }
  [ -n "$org_sizes" ] || { echo "no organisation size fits in $learners learners"; exit 64; }
fi
database=${keep_database:-"ce_bench_$(date +%s)"}
connection="$server;Database=$database;Maximum Pool Size=64"
port=5080
base="http://127.0.0.1:$port"
results=bench/results
mkdir -p "$results"
work=$(mktemp -d)
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)"; exit 1; }

psql_server() { PGPASSWORD=$(sed -n 's/.*Password=\([^;]*\).*/\1/p' <<<"$server") psql -h 127.0.0.1 -U postgres -tA "$@"; }
source bench/instances.sh
seeded=false
if [ -n "$keep_database" ] && [ -n "$(psql_server -d postgres -c "select 1 from pg_database where datname = '$database'")" ]; then
  seeded=true
else
  psql_server -d postgres -c "CREATE DATABASE \"$database\"" >/dev/null
fi
cleanup() {
  stop_instances
  [ -n "$keep_database" ] || psql_server -d postgres -c "DROP DATABASE IF EXISTS \"$database\" WITH (FORCE)" >/dev/null || true
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
if [ "$seeded" = true ]; then
  echo "== reusing database $database (seeded before)"
else
  echo "== seed $learners learners${org_sizes:+ (bulk, organisations of $org_sizes)}"
  bench_tool seed --learners "$learners" ${org_sizes:+--org-sizes "$org_sizes"} | tee "$work/seed.txt"
  [ -z "$keep_database" ] || cp "$work/seed.txt" "$results/seed-$database.txt"
fi

echo "== start $instances instance(s)"
start_instances "$instances" "$work"

source bench/session.sh
learner=$(sign_in learner00000@bench.example.org)
coordinator=$(sign_in coordinator@bench.example.org)
organisation=$(psql_server -d "$database" -c "select \"Id\" from \"Organisations\" order by \"Id\" limit 1")
# The organisations the coordinator coordinates, with their learner counts: "id learners" per line.
coordinated=$(psql_server -d "$database" -F' ' -c "select m.\"OrganisationId\", count(*) - 1 from \"Memberships\" m where m.\"OrganisationId\" in (select c.\"OrganisationId\" from \"Memberships\" c join \"AspNetUsers\" u on u.\"Id\" = c.\"UserId\" where u.\"Email\" = 'coordinator@bench.example.org' and c.\"IsCoordinator\") group by 1 order by 2")
modules=$(psql_server -d "$database" -c "select count(*) from \"Modules\" where \"CurrentVersionId\" is not null")
certificate=$(psql_server -d "$database" -c "select c.\"Number\" || ' ' || c.\"VerificationToken\" from \"Certificates\" c join \"AspNetUsers\" u on u.\"Id\" = c.\"UserId\" where u.\"Email\" = 'learner00000@bench.example.org' limit 1")
number=${certificate% *} token=${certificate#* }

json="$results/results.json" md="$results/results.md"
csv="$results/runs.csv"
[ -s "$csv" ] || echo "learners,instances,page,connections,requests_per_second,p50_ms,p99_ms,ratio_to_bare,app_cpu_ms_per_request,postgres_cpu_ms_per_request,nginx_cpu_ms_per_request,errors" > "$csv"
printf '%s learners, %s instance(s)%s\n\n| page | requests/s | p50 ms | p99 ms | ratio to bare | app CPU ms/request | PostgreSQL CPU ms/request | nginx CPU ms/request |\n|---|---:|---:|---:|---:|---:|---:|---:|\n' \
  "$learners" "$instances" "$([ "$instances" -gt 1 ] && echo ' behind nginx')" > "$md"
rows=()
bare_rps=""
ms() { awk -v v="$1" 'BEGIN { if (v ~ /us$/) printf "%.2f", v/1000; else if (v ~ /ms$/) printf "%.2f", v+0; else printf "%.2f", v*1000 }'; }

# measure NAME PATH COOKIE [wrk options…]: one row of the table from a wrk run, with the CPU time
# each request cost the app instances, nginx and PostgreSQL's backends for the bench database (what
# bounds throughput on a machine they share).
measure() {
  local name=$1 path=$2 cookie=$3; shift 3
  local out rps p50 p99 errors ratio requests app_ms pg_ms web_ms app0 web0 app1 web1
  read -r app0 web0 <<<"$(process_ticks)"
  backend_ticks > "$work/backends.before"
  # A 60 s timeout: wrk's default (2 s) drops slower responses from the latency figures, and the
  # largest organisations' matrices take longer than that under load.
  out=$(wrk -t2 -c"$connections" -d"${duration}s" --timeout 60s --latency -H "Cookie: $cookie" "$@" "$base$path")
  read -r app1 web1 <<<"$(process_ticks)"
  backend_ticks > "$work/backends.after"
  requests=$(awk '/requests in/ {print $1}' <<<"$out")
  tick_ms=$(awk -v hz="$(getconf CLK_TCK)" 'BEGIN { print 1000 / hz }')
  per_request() { awk -v d="$1" -v r="$requests" -v t="$tick_ms" 'BEGIN { printf "%.3f", (d > 0 ? d : 0) * t / r }'; }
  app_ms=$(per_request $((app1 - app0)))
  web_ms=$(per_request $((web1 - web0)))
  pg_ms=$(per_request "$(backend_delta "$work/backends.before" "$work/backends.after")")
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p50=$(ms "$(awk '$1=="50%" {print $2}' <<<"$out")")
  p99=$(ms "$(awk '$1=="99%" {print $2}' <<<"$out")")
  # Non-2xx answers plus socket errors (connect, read, write, timeout).
  errors=$(awk '/Non-2xx/ { n += $5 } /Socket errors/ { gsub(",", ""); n += $4 + $6 + $8 + $10 } END { if (n) print n }' <<<"$out")
  [ -z "$bare_rps" ] && bare_rps=$rps
  ratio=$(awk -v a="$rps" -v b="$bare_rps" 'BEGIN { printf "%.4f", a/b }')
  echo "$name: $rps req/s, p50 $p50 ms, p99 $p99 ms, $(awk -v r="$ratio" 'BEGIN { printf "%.1f%%", 100*r }') of bare, CPU/request app $app_ms ms + PostgreSQL $pg_ms ms + nginx $web_ms ms${errors:+, errors (non-2xx or socket): $errors}"
  printf '%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s\n' "$learners" "$instances" "${name//,/;}" "$connections" "$rps" "$p50" "$p99" "$ratio" "$app_ms" "$pg_ms" "$web_ms" "${errors:-0}" >> "$csv"
  rows+=("$(printf '{"page": "%s", "path": "%s", "requests_per_second": %s, "p50_ms": %s, "p99_ms": %s, "ratio_to_bare": %s, "app_cpu_ms_per_request": %s, "postgres_cpu_ms_per_request": %s, "non_2xx": %s}' \
    "$name" "$path" "$rps" "$p50" "$p99" "$ratio" "$app_ms" "$pg_ms" "${errors:-0}")")
  printf '"%s" %s\n' "$name" "$rps" >> "$work/plot.dat"
  printf '| %s | %s | %s | %s | %s | %s | %s | %s |\n' "$name" "$rps" "$p50" "$p99" "$(awk -v r="$ratio" 'BEGIN { printf "%.1f%%", 100*r }')" "$app_ms" "$pg_ms" "$web_ms" >> "$md"
}

if [ "$pages_only" = false ]; then
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
fi

# measure_page NAME PATH COOKIE: checks the page answers 200, warms it up under load, measures it.
measure_page() {
  local name=$1 path=$2 cookie=$3
  status=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $cookie" "$base$path")
  [ "$status" = 200 ] || { echo "warm-up of $path answered $status, not 200"; exit 1; }
  # Warm up under load so the JIT's optimised code (tiered compilation) is what gets measured.
  wrk -t2 -c"$connections" -d3s -H "Cookie: $cookie" "$base$path" >/dev/null
  measure "$name" "$path" "$cookie"
}

echo "== pages"
# name|path|cookie|connections (default --connections)
pages=(
  "bare|/ping|"
  "catalog|/catalog|"
  "module page|/modules/ketamine-safety/acute-adverse-effects|$learner"
  "learner dashboard|/learning|$learner"
  "certificate PDF|/certificates/$number.pdf|$learner"
  "verify page|/verify/$token|"
)
[ "$pages_only" = true ] || pages+=(
  "quiz page|/attempts/$first_attempt|$submitter"
  "compliance matrix ($((learners / 10)) learners)|/coordinator/$organisation/matrix|$coordinator"
)
# Issue 18's target: each organisation's matrix (and its dashboard) with 8 coordinators reading it at once.
# The views a coordinator narrows it to: only learners with an overdue module, the most overdue first, and the
# learners short of a module (none in the seeded data, where every module is assigned to everyone).
while read -r id size; do
  pages+=("compliance matrix ($size learners × $modules modules), 8 at once|/coordinator/$id/matrix|$coordinator|8")
  [ -z "$org_sizes" ] || pages+=(
    "compliance matrix ($size learners), overdue only, 8 at once|/coordinator/$id/matrix?status=Overdue|$coordinator|8"
    "compliance matrix ($size learners), most overdue first, 8 at once|/coordinator/$id/matrix?sort=overdue|$coordinator|8"
    "compliance matrix ($size learners), not assigned only, 8 at once|/coordinator/$id/matrix?status=NotAssigned|$coordinator|8"
    "coordinator dashboard ($size learners), 8 at once|/coordinator/$id/dashboard|$coordinator|8"
  )
done <<<"$coordinated"
for entry in "${pages[@]}"; do
  IFS='|' read -r name path cookie page_connections <<<"$entry"
  connections=${page_connections:-$connections} measure_page "$name" "$path" "$cookie"
done
if [ "$pages_only" = true ]; then
  echo "results: $md, $csv"
  exit 0
fi


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
rss=$(awk '/VmHWM/ {print int($2/1024)}' "/proc/${app_pids[0]}/status")
stop_instances

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
