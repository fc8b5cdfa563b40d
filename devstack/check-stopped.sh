#!/usr/bin/env bash
# After ./meridian down: no process recorded by the last run (.devstack/pids.last: name pid start-millis) is alive.
# A recorded PID counts only while it belongs to the process that started at the recorded time (as in Pids.java): a
# PID the system has since given to another process, or one whose start time cannot be read, is not ours.
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
RECORD="$ROOT/.devstack/pids.last"
[[ -f "$ROOT/.devstack/pids" ]] && { echo "✗ .devstack/pids still exists: the launcher did not finish stopping"; exit 1; }
[[ -f "$RECORD" ]] || { echo "✗ no $RECORD: nothing recorded to check"; exit 1; }

BOOT_SECONDS="$(awk '/^btime/ { print $2 }' /proc/stat)"
TICKS_PER_SECOND="$(getconf CLK_TCK)"

# When a process started, in milliseconds since the epoch, computed as Java's ProcessHandle does (boot time + field 22
# of /proc/<pid>/stat); fails if it cannot be read.
start_millis() {
  local stat
  stat="$(cat "/proc/$1/stat" 2>/dev/null)" || return 1
  local ticks
  ticks="$(awk '{ print $20 }' <<< "${stat##*) }")"   # the fields after "pid (command) " start at field 3
  [[ "$ticks" =~ ^[0-9]+$ ]] || return 1
  echo $(( BOOT_SECONDS * 1000 + ticks * 1000 / TICKS_PER_SECOND ))
}

left=0
while read -r name pid start; do
  kill -0 "$pid" 2>/dev/null || continue
  actual="$(start_millis "$pid")" || continue
  difference=$(( actual - start ))
  if (( ${difference#-} < 2000 )); then
    echo "✗ $name (PID $pid) is still running: $(ps -o args= -p "$pid" | cut -c1-120)"
    left=$((left + 1))
  fi
done < "$RECORD"
if [[ "$left" == 0 ]]; then
  echo "✓ none of the $(wc -l < "$RECORD") recorded processes is left"
else
  exit 1
fi
