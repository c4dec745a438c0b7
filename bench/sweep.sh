#!/usr/bin/env bash
# Cost against size and instances (issue 18, part 5): bench/run.sh --pages-only at each data size with
# 1 and 2 instances, every size seeded once with the bulk path into a kept database (ce_bench_keep_<n>)
# that the runs reuse, then bench/plot.sh over the rows the runs appended to bench/results/runs.csv.
#
#   bench/sweep.sh [--sizes 1000,10000,100000] [--instances 1,2] [--duration 10] [--drop]
#   --drop  drops the kept databases at the end (they are kept so a second sweep skips the seeding)
set -euo pipefail
cd "$(dirname "$0")/.."

sizes=1000,10000,100000 instance_counts=1,2 duration=10 drop=false
while [ $# -gt 0 ]; do
  case "$1" in
    --sizes) sizes=$2; shift 2 ;;
    --instances) instance_counts=$2; shift 2 ;;
    --duration) duration=$2; shift 2 ;;
    --drop) drop=true; shift ;;
    *) echo "unknown option $1"; exit 64 ;;
  esac
done

mkdir -p bench/results
for learners in ${sizes//,/ }; do
  for instances in ${instance_counts//,/ }; do
    echo "=== $learners learners, $instances instance(s)"
    bench/run.sh --learners "$learners" --instances "$instances" --pages-only --duration "$duration" \
      --org-sizes 1000,10000,50000 --database "ce_bench_keep_$learners"
    cp bench/results/results.md "bench/results/pages-$learners-$instances.md"
  done
done

bench/plot.sh bench/results/runs.csv docs/performance-cost.svg
if [ "$drop" = true ]; then
  server=${CE_BENCH_POSTGRES:-${CE_TEST_POSTGRES:-Host=127.0.0.1;Username=postgres;Password=postgres}}
  for learners in ${sizes//,/ }; do
    PGPASSWORD=$(sed -n 's/.*Password=\([^;]*\).*/\1/p' <<<"$server") psql -h 127.0.0.1 -U postgres -d postgres -c "DROP DATABASE IF EXISTS ce_bench_keep_$learners WITH (FORCE)"
  done
fi
