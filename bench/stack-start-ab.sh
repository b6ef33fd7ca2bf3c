#!/usr/bin/env bash
# Start-up of the embedded stack, this checkout against another one (e.g. the code before a change, built in a
# worktree: git worktree add /tmp/before REV && (cd /tmp/before && ./mvnw -q package -DskipTests)), started
# alternately RUNS times each, each checkout on its own fresh data folder (run 1 records the start-up caches).
# Per start: the launcher's "Started in", and the resident memory (RSS from ps) of the launcher and all its descendants
# 30 s after it. Writes bench/results/stack-start-ab.md.
# Usage: bench/stack-start-ab.sh OTHER_CHECKOUT [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
other="$(cd "$1" && pwd)"
runs="${2:-4}"
here="$(pwd)"
work="$(mktemp -d /tmp/kajimaru-ab-XXXX)"
out=bench/results/stack-start-ab.md
tree_rss_mib() {
  ps -eo pid=,ppid=,rss= | awk -v root="$1" '
    { rss[$1] = $3; kids[$2] = kids[$2] " " $1 }
    END { n = split(root, stack, " "); total = 0
          while (n > 0) { p = stack[n--]; total += rss[p]; m = split(kids[p], k, " "); for (i = 1; i <= m; i++) stack[++n] = k[i] }
          print int(total / 1024) }'
}
declare -A row
for i in $(seq 1 "$runs"); do
  for side in other here; do
    dir="$here"; [ "$side" = other ] && dir="$other"
    log="$work/$side-$i.log"
    (cd "$dir" && KAJIMARU_HOME="$work/home-$side" exec ./kajimaru up > "$log" 2>&1) &
    pid=$!
    until grep -q "Started in" "$log" || ! kill -0 "$pid" 2>/dev/null; do sleep 1; done
    sleep 30
    rss="$(tree_rss_mib "$pid")"
    kill -TERM "$pid"; wait "$pid" || true
    row[$side]+=" $(grep -o 'Started in [0-9.]* s' "$log" | sed 's/Started in //' || echo 'did not start') / ${rss} MiB |"
    sleep 20
  done
done
{
  echo "# Embedded stack start-up: this checkout against another"
  echo
  echo "Measured $(date -u +%FT%TZ) on $(nproc) cores. Command: \`bench/stack-start-ab.sh $1 $runs\`."
  echo "Each cell: the launcher's \"Started in\" / resident memory of the launcher and its descendants 30 s later."
  echo "Run 1 records the start-up caches; the two checkouts start alternately, each on its own fresh data folder."
  echo
  printf '| checkout |'; for i in $(seq 1 "$runs"); do printf ' run %s |' "$i"; done; echo
  printf '|---|'; for i in $(seq 1 "$runs"); do printf -- '---|'; done; echo
  echo "| $other ($(git -C "$other" rev-parse --short HEAD)) |${row[other]}"
  echo "| $here ($(git rev-parse --short HEAD)) |${row[here]}"
} > "$out"
cat "$out"
rm -rf "$work"
