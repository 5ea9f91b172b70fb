#!/usr/bin/env bash
# Benchmarks a synthetic library of N stories (default 100,000; 300 to 1,500
# words each): import throughput, file size and search latency p50/p95 over
# 100 queries (`attache bench library`; each story is read as it is
# imported, as in the app), the time to read (analyse) every story again,
# then the app's cold start to first paint (median of 5 launches) and its
# memory (RSS and PSS of the app and its WebKit processes) once started on that
# library; then the travel-record import and queries (`attache bench travels`)
# and the Visits timeline's frame rate with 5,000 stops in Chromium; then quote
# verification (`attache bench verify`) beside a rapidfuzz baseline in Python;
# then a 30-page packet to PDF (`attache bench packet`) beside WeasyPrint.
# Prints figures; asserts nothing.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
stories="${1:-100000}"
target="${CARGO_TARGET_DIR:-$root/target}"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"; [ -n "${xvfb:-}" ] && kill "$xvfb" 2>/dev/null || true' EXIT
library="$scratch/bench.sqlite3"

npm --prefix ui run build --silent >/dev/null
cargo build --release --quiet -p attache-app -p attache-cli

echo "== library: $stories synthetic stories"
"$target/release/attache" --library "$library" bench library --stories "$stories"

echo "== reading every story again (quotes, speakers, claims), as a new analyzer does in the background"
start=$(($(date +%s%N) / 1000000))
"$target/release/attache" --library "$library" reanalyze --all 2>/dev/null
echo "reanalyze_ms: $(($(date +%s%N) / 1000000 - start))"

if [ -z "${DISPLAY:-}" ]; then
  Xvfb :98 -screen 0 1400x900x24 >/dev/null 2>&1 &
  xvfb=$!
  export DISPLAY=:98
  sleep 1
fi
export GSETTINGS_BACKEND=memory
app="$target/release/attache-app"

echo "== start-up to first paint (5 launches)"
for _ in 1 2 3 4 5; do
  "$app" --library "$library" --measure-startup 2>/dev/null | sed -n 's/^first_paint_ms=\([0-9]*\).*/\1/p'
done | sort -n | awk '{ v[NR] = $1 } END { printf "first_paint_ms: min %d, median %d, max %d\n", v[1], v[int((NR + 1) / 2)], v[NR] }'

echo "== memory after start"
"$app" --library "$library" 2>/dev/null &
pid=$!
sleep 6
tree() { echo "$1"; for child in $(ps -o pid= --ppid "$1"); do tree "$child"; done; }
pids="$(tree "$pid" | xargs)"
# RSS counts a shared library once in every process that maps it; PSS
# splits it between them, so the PSS total is what the processes cost together.
for p in $pids; do
  awk -v pid="$p" -v comm="$(cat "/proc/$p/comm")" '/^Rss:/ { rss = $2 } /^Pss:/ { pss = $2 }
    END { printf "  %-8s rss %7.1f MB  pss %7.1f MB  %s\n", pid, rss / 1024, pss / 1024, comm }' "/proc/$p/smaps_rollup"
done | tee "$scratch/memory"
awk '{ rss += $3; pss += $6 } END { printf "rss_app_mb: %.1f\nrss_total_mb: %.1f\npss_total_mb: %.1f\n", first, rss, pss } NR == 1 { first = $3 }' "$scratch/memory"
kill "$pid"
wait "$pid" 2>/dev/null || true

echo "== travel records: the size of the whole Secretary and President record"
"$target/release/attache" --library "$scratch/travels.sqlite3" bench travels

echo "== the Visits timeline with 5,000 stops: frames per second while panning and zooming (Chromium)"
node ui/bench/timeline-fps.mjs 5000

echo "== quote verification: a 60-word quote in a 20,000-word transcript; source search over 2,000 sources"
"$target/release/attache" --library "$scratch/verify.sqlite3" bench verify
echo "== the same alignment with rapidfuzz (Python baseline, in a throwaway virtualenv)"
python3 -m venv "$scratch/venv"
"$scratch/venv/bin/pip" install --quiet rapidfuzz
"$scratch/venv/bin/python" scripts/verify-baseline.py "$scratch/verify.verify"

echo "== briefing packet: about 30 pages (100 quotes, 40 fact-checks) to PDF"
"$target/release/attache" --library "$scratch/packet.sqlite3" bench packet
pdfinfo "$scratch/packet.packet/packet.pdf" | grep Pages
echo "== the same packet's HTML laid out by WeasyPrint (Python baseline, in a throwaway virtualenv)"
"$scratch/venv/bin/pip" install --quiet weasyprint
"$scratch/venv/bin/python" scripts/packet-baseline.py "$scratch/packet.packet"
