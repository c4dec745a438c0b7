#!/usr/bin/env bash
# Draws bench/results/runs.csv (rows appended by bench/run.sh) as an SVG line chart of cost against
# data size: CPU per request (app + PostgreSQL + nginx) above, p99 below, both against the
# learners seeded, log scales. One colour per page, solid for 1 instance, dashed for 2 behind nginx.
# When a (learners, instances, page) was run more than once, the last row counts. Also prints the rows
# as a markdown table (one column per learners × instances).
# Needs gnuplot (Debian: apt-get install gnuplot-nox).
#
#   bench/plot.sh [bench/results/runs.csv] [docs/performance-cost.svg]
set -euo pipefail
cd "$(dirname "$0")/.."
csv=${1:-bench/results/runs.csv} svg=${2:-docs/performance-cost.svg}
command -v gnuplot >/dev/null || { echo "gnuplot is not installed (apt-get install gnuplot-nox)"; exit 1; }
[ -s "$csv" ] || { echo "$csv is missing or empty: run bench/run.sh (or bench/sweep.sh) first"; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# One data block per page and instance count ("learners cpu p99" lines, by learners), and one plot clause each.
awk -F, -v data="$work/series.dat" -v plots="$work/plots.txt" '
  NR == 1 { next }
  { key = $3 SUBSEP $2; if (!(key in seen)) { seen[key] = 1; keys[++n] = key; if (!($3 in colour)) colour[$3] = ++pages }
    row[key, $1] = $1 " " ($9 + $10 + $11) " " $7; if (!((key, $1) in has)) { has[key, $1] = 1; sizes[key] = sizes[key] " " $1 } }
  END {
    for (i = 1; i <= n; i++) {
      split(keys[i], part, SUBSEP); count = split(sizes[keys[i]], list, " ")
      # A page measured at one size only (an organisation that exists only in the largest data set) is no line against size: the table has it.
      if (count < 2) continue
      # insertion sort of the learner counts, numerically
      for (a = 2; a <= count; a++) { v = list[a]; for (b = a - 1; b >= 1 && list[b] + 0 > v + 0; b--) list[b + 1] = list[b]; list[b + 1] = v }
      for (a = 1; a <= count; a++) print row[keys[i], list[a]] > data
      printf "\n\n" > data
      title = part[1]
      sub(/^compliance matrix \(/, "matrix (", title); sub(/ learners × [0-9]+ modules\); 8 at once/, " learners, 8 at once)", title)
      title = title (part[2] > 1 ? ", " part[2] " instances" : "")
      gsub(/"/, "", title)
      printf "%d|%d|%d|%s\n", plotted++, colour[part[1]], (part[2] > 1 ? 2 : 1), title > plots
    }
  }' "$csv"

clauses() { # COLUMN: one "index i using 1:COLUMN" clause per series, titled
  awk -F'|' -v column="$1" -v data="$work/series.dat" '
    BEGIN { n = split("#e41a1c #377eb8 #4daf4a #984ea3 #ff7f00 #a6761d #f781bf #000000 #17becf #999999 #bcbd22 #1f3b73", colours, " ") }
    { printf "%s\"%s\" index %s using 1:%s with linespoints lc rgb \"%s\" dt %s pt 7 ps 0.6 lw 1.5 %s", (NR > 1 ? ", " : ""), data, $1, column, colours[($2 - 1) % n + 1], $3, "title \"" $4 "\"" }' "$work/plots.txt"
}

gnuplot <<PLOT
set terminal svg size 1100,1000 dynamic enhanced font "sans,11" background "white"
set output "$svg"
set multiplot layout 2,1 title "Cost against data size (bench/run.sh; loopback, 2 shared cores)"
set logscale xy
set xlabel "learners seeded"
set grid
set key outside right top vertical font ",9"
set xrange [700:140000]
set xtics ("1k" 1000, "10k" 10000, "100k" 100000)
set ylabel "CPU ms per request (app + PostgreSQL + nginx)"
set title "CPU per request"
plot $(clauses 2)
set ylabel "p99 latency, ms"
set title "p99"
plot $(clauses 3)
unset multiplot
PLOT
echo "plot: $svg"

# The same rows as a markdown table: one line per page, one column per run (learners × instances),
# each cell "CPU ms per request (app + PostgreSQL + nginx) / p99 ms / ratio to bare".
awk -F, 'NR == 1 { next }
  { run = $1 " × " $2; if (!(run in seen)) { seen[run] = 1; runs[++r] = run }; if (!($3 in known)) { known[$3] = 1; pages[++p] = $3 }
    cell[$3, run] = sprintf("%.2f / %s / %.2f%%", $9 + $10 + $11, $7, 100 * $8) }
  END {
    for (a = 2; a <= r; a++) { v = runs[a]; split(v, x, " × "); for (b = a - 1; b >= 1; b--) { split(runs[b], y, " × "); if (y[1] + 0 < x[1] + 0 || (y[1] + 0 == x[1] + 0 && y[2] + 0 <= x[2] + 0)) break; runs[b + 1] = runs[b] } runs[b + 1] = v }
    printf "| page (CPU ms/request / p99 ms / ratio to bare) |"; for (i = 1; i <= r; i++) printf " %s |", runs[i]; printf "\n|---|"
    for (i = 1; i <= r; i++) printf "---:|"; printf "\n"
    for (j = 1; j <= p; j++) { printf "| %s |", pages[j]; for (i = 1; i <= r; i++) printf " %s |", ((pages[j], runs[i]) in cell ? cell[pages[j], runs[i]] : "—"); printf "\n" }
  }' "$csv"
