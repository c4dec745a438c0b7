#!/usr/bin/env bash
# CPU trace of one page under wrk load: starts one app instance (Release, as bench/run.sh builds it) on a
# database bench/run.sh --database NAME seeded, signs the bench learner in, loads the page with wrk and
# samples the app's CPU with dotnet-trace collect-linux (perf_events), then prints the top frames.
#   bench/trace-page.sh --database NAME [--path /modules/…] [--seconds 10] [--connections 32] [--out DIR]
# Needs dotnet-trace (dotnet tool install -g dotnet-trace) and root (perf_events).
set -euo pipefail
cd "$(dirname "$0")/.."
database="" path=/modules/ketamine-safety/acute-adverse-effects seconds=10 connections=32 out=bench/results/trace
while [ $# -gt 0 ]; do
  case "$1" in
    --database) database=$2; shift 2 ;;
    --path) path=$2; shift 2 ;;
    --seconds) seconds=$2; shift 2 ;;
    --connections) connections=$2; shift 2 ;;
    --out) out=$2; shift 2 ;;
    *) echo "unknown option $1"; exit 64 ;;
  esac
done
[[ "$database" =~ ^[a-z0-9_]+$ ]] || { echo "--database takes the name of a database bench/run.sh seeded"; exit 64; }
export PATH="$PATH:$HOME/.dotnet/tools"
command -v dotnet-trace >/dev/null || { echo "dotnet-trace is not installed (dotnet tool install -g dotnet-trace)"; exit 1; }
server=${CE_BENCH_POSTGRES:-${CE_TEST_POSTGRES:-Host=127.0.0.1;Username=postgres;Password=postgres}}
port=5080 base="http://127.0.0.1:5080" work=$(mktemp -d)
mkdir -p "$out"
source bench/instances.sh
source bench/session.sh
trap 'stop_instances; rm -rf "$work"' EXIT
export Database__Provider=PostgreSql ConnectionStrings__Default="$server;Database=$database;Maximum Pool Size=64" ASPNETCORE_ENVIRONMENT=Production \
  Jobs__RunServer=false Logging__LogLevel__Default=Warning Email__PickupFolder="$work/mail" Site__PublicUrl="$base" \
  RateLimits__AccountFormsPerMinute=100000000 Security__RequireTwoFactorForRoles=''
start_instances 1 "$work"
cookie=$(sign_in learner00000@bench.example.org)
wrk -t2 -c"$connections" -d5s -H "Cookie: $cookie" "$base$path" >/dev/null
wrk -t2 -c"$connections" -d"$((seconds + 6))s" -H "Cookie: $cookie" "$base$path" > "$work/wrk.txt" &
wrk_pid=$!
sleep 2
dotnet-trace collect-linux --profile cpu-sampling -p "${app_pids[0]}" --duration "00:00:00:$(printf '%02d' "$seconds")" -o "$out/trace.nettrace" > "$work/collect.txt" 2>&1 \
  || { cat "$work/collect.txt"; exit 1; }
wait "$wrk_pid"
grep -E 'Requests/sec|requests in' "$work/wrk.txt"
dotnet-trace report "$out/trace.nettrace" topN -n 40 --inclusive > "$out/top-inclusive.txt"
dotnet-trace report "$out/trace.nettrace" topN -n 40 > "$out/top-exclusive.txt"
echo "top frames: $out/top-inclusive.txt, $out/top-exclusive.txt"
