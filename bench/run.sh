#!/usr/bin/env bash
# Load benchmark on loopback: seeds PostgreSQL, starts the app in Release, drives each page with wrk
# (logged in where the page needs it) and writes bench/results/results.{json,md} (+ a PNG plot when
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
  RateLimits__AccountFormsPerMinute=100000000 RateLimits__QuizPostsPerMinute=100000000

echo "== build (Release)"
dotnet build -c Release bench/CE.Platform.Benchmarks -v quiet -nologo >/dev/null
echo "== seed $learners learners"
dotnet bench/CE.Platform.Benchmarks/bin/Release/net10.0/CE.Platform.Benchmarks.dll seed --learners "$learners"

echo "== start the app"
(cd src/CE.Platform.Web/bin/Release/net10.0 && exec dotnet CE.Platform.Web.dll --urls "$base") > "$work/app.log" 2>&1 &
app_pid=$!
for _ in $(seq 1 60); do curl -fs "$base/health/ready" >/dev/null && break; sleep 1; done

# Signs in through the real form and prints a Cookie header value.
sign_in() {
  local jar="$work/$1.jar"
  local token
  token=$(curl -s -c "$jar" "$base/account/login" | sed -n 's/.*name="__RequestVerificationToken" type="hidden" value="\([^"]*\)".*/\1/p' | head -n1)
  curl -s -b "$jar" -c "$jar" -o /dev/null --data-urlencode "Email=$1" --data-urlencode "Password=bench passphrase 2026" \
    --data-urlencode "__RequestVerificationToken=$token" "$base/account/login"
  # curl marks HttpOnly cookies with a "#HttpOnly_" prefix; they are exactly the ones we need.
  sed 's/^#HttpOnly_//' "$jar" | awk '!/^#/ && NF==7 {printf "%s=%s; ", $6, $7}'

}
learner=$(sign_in learner00000@bench.example.org)
coordinator=$(sign_in coordinator@bench.example.org)
organisation=$(psql_server -d "$database" -c "select \"Id\" from \"Organisations\" order by \"Id\" limit 1")
certificate=$(psql_server -d "$database" -c "select c.\"Number\" || ' ' || c.\"VerificationToken\" from \"Certificates\" c join \"AspNetUsers\" u on u.\"Id\" = c.\"UserId\" where u.\"Email\" = 'learner00000@bench.example.org' limit 1")
number=${certificate% *} token=${certificate#* }

# name|path|cookie
pages=(
  "bare|/ping|"
  "catalog|/catalog|"
  "module page|/modules/ketamine-safety/acute-adverse-effects|$learner"
  "learner dashboard|/learning|$learner"
  "certificate PDF|/certificates/$number.pdf|$learner"
  "verify page|/verify/$token|"
  "compliance matrix (${learners}/10 learners)|/coordinator/$organisation/matrix|$coordinator"
)

json="$results/results.json" md="$results/results.md"
echo "[" > "$json"
printf '| page | requests/s | p50 ms | p99 ms | ratio to bare |\n|---|---:|---:|---:|---:|\n' > "$md"
bare_rps=""
first=1
for entry in "${pages[@]}"; do
  IFS='|' read -r name path cookie <<<"$entry"
  status=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $cookie" "$base$path")
  [ "$status" = 200 ] || { echo "warm-up of $path answered $status, not 200"; exit 1; }
  # Warm up under load so the JIT's optimised code (tiered compilation) is what gets measured.
  wrk -t2 -c"$connections" -d3s -H "Cookie: $cookie" "$base$path" >/dev/null
  out=$(wrk -t2 -c"$connections" -d"${duration}s" --latency -H "Cookie: $cookie" "$base$path")
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p50=$(awk '$1=="50%" {print $2}' <<<"$out")
  p99=$(awk '$1=="99%" {print $2}' <<<"$out")
  errors=$(awk '/Non-2xx/ {print $5}' <<<"$out")
  ms() { awk -v v="$1" 'BEGIN { if (v ~ /us$/) printf "%.2f", v/1000; else if (v ~ /ms$/) printf "%.2f", v+0; else printf "%.2f", v*1000 }'; }
  [ -z "$bare_rps" ] && bare_rps=$rps
  ratio=$(awk -v a="$rps" -v b="$bare_rps" 'BEGIN { printf "%.1f%%", 100*a/b }')
  echo "$name: $rps req/s, p50 $(ms "$p50") ms, p99 $(ms "$p99") ms, ${ratio} of bare${errors:+, non-2xx: $errors}"
  [ $first -eq 1 ] || echo "," >> "$json"
  first=0
  printf '  {"page": "%s", "path": "%s", "requests_per_second": %s, "p50_ms": %s, "p99_ms": %s, "ratio_to_bare": %s, "non_2xx": %s}' \
    "$name" "$path" "$rps" "$(ms "$p50")" "$(ms "$p99")" "$(awk -v a="$rps" -v b="$bare_rps" 'BEGIN { printf "%.4f", a/b }')" "${errors:-0}" >> "$json"
  printf '| %s | %s | %s | %s | %s |\n' "$name" "$rps" "$(ms "$p50")" "$(ms "$p99")" "$ratio" >> "$md"
done
echo -e "\n]" >> "$json"
rss=$(awk '/VmHWM/ {print int($2/1024)}' "/proc/$app_pid/status")
printf '\nPeak working set of the app during the run: %s MB. Data set: %s learners. %s connections, %s s per page, 2 wrk threads, loopback, %s cores.\n' \
  "$rss" "$learners" "$connections" "$duration" "$(nproc)" >> "$md"
echo "peak working set: $rss MB"

if command -v gnuplot >/dev/null; then
  awk -F'|' 'NR>2 && NF>5 {gsub(/^ +| +$/, "", $2); gsub(/ /, "", $3); print "\"" $2 "\" " $3}' "$md" > "$work/plot.dat"
  gnuplot -e "set terminal png size 900,420; set output '$results/throughput.png'; set style fill solid; set boxwidth 0.6; set ylabel 'requests/s'; set xtics rotate by -25; set title 'Throughput per page ($connections connections)'; plot '$work/plot.dat' using 2:xtic(1) with boxes notitle"
fi
echo "results: $md, $json"
