#!/usr/bin/env bash
# Start-up benchmark of the embedded stack: runs `./kajimaru up` RUNS times on one data folder (the first run
# creates the data and, on a JDK 25, records the start-up caches), and writes the launcher's own figures
# ("Started in", resident memory) for each run to bench/results/stack-start.md.
# Usage: bench/stack-start.sh [runs]   (build first: ./mvnw -q package -DskipTests)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-3}"
home="$(mktemp -d /tmp/kajimaru-start-XXXX)"
out=bench/results/stack-start.md
rows=()
for i in $(seq 1 "$runs"); do
  log="$home/up-$i.log"
  KAJIMARU_HOME="$home" ./kajimaru up > "$log" 2>&1 &
  pid=$!
  # The memory line follows "Started in" once the heaps were compacted.
  until grep -q "^Resident memory" "$log" || ! kill -0 "$pid" 2>/dev/null; do sleep 1; done
  started="$(grep -o '^Started in .*' "$log" || echo 'did not start')"
  memory="$(grep -o "total [0-9]* MiB.*" "$log" || echo "?")"
  cache="$(grep -q 'Recording start-up caches' "$log" && echo 'recorded caches' || echo '-')"
  java="$(grep -o 'on Java [0-9]*' "$log" || echo '?')"
  rows+=("| $i | $java | $cache | $started | $memory |")
  kill -TERM "$pid"; wait "$pid" || true
done
{
  echo "# Embedded stack start-up"
  echo
  echo "Measured $(date -u +%FT%TZ) on $(nproc) cores, load before the first run: $(cut -d' ' -f1-3 /proc/loadavg)."
  echo "Command: \`bench/stack-start.sh $runs\` (each run: \`./kajimaru up\` on the same data folder, stopped after start)."
  echo
  echo "| run | services on | start-up cache | launcher says | memory |"
  echo "|---|---|---|---|---|"
  printf '%s\n' "${rows[@]}"
} > "$out"
cat "$out"
rm -rf "$home"
