#!/usr/bin/env bash
# After ./meridian down: no process recorded by the last run (.devstack/pids.last: name pid start-millis) is alive.
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
RECORD="$ROOT/.devstack/pids.last"
[[ -f "$ROOT/.devstack/pids" ]] && { echo "✗ .devstack/pids still exists: the launcher did not finish stopping"; exit 1; }
[[ -f "$RECORD" ]] || { echo "✗ no $RECORD: nothing recorded to check"; exit 1; }
left=0
while read -r name pid start; do
  if kill -0 "$pid" 2>/dev/null; then
    echo "✗ $name (PID $pid) is still running: $(ps -o args= -p "$pid" | cut -c1-120)"
    left=$((left + 1))
  fi
done < "$RECORD"
if [[ "$left" == 0 ]]; then
  echo "✓ none of the $(wc -l < "$RECORD") recorded processes is left"
else
  exit 1
fi
