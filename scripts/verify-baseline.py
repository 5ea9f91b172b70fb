"""Baseline for `attache bench verify`: the same job (find a 60-word quote
in a 20,000-word transcript) done with rapidfuzz's
fuzz.partial_ratio_alignment, timed per quote. Reads the transcript and
quotes that the Rust benchmark wrote; prints JSON. Run it in a throwaway
virtualenv with rapidfuzz installed (scripts/bench.sh does)."""
import json
import statistics
import sys
import time
from pathlib import Path

from rapidfuzz import fuzz

folder = Path(sys.argv[1])
transcript = (folder / "transcript.txt").read_text()
quotes = (folder / "quotes.txt").read_text().splitlines()[:50]
times = []
for quote in quotes:
    started = time.perf_counter()
    fuzz.partial_ratio_alignment(quote, transcript)
    times.append((time.perf_counter() - started) * 1000)
times.sort()
print(json.dumps({
    "baseline": "rapidfuzz.fuzz.partial_ratio_alignment",
    "quotes": len(times),
    "transcript_chars": len(transcript),
    "p50_ms": statistics.median(times),
    "p95_ms": times[int(len(times) * 0.95) - 1],
}, indent=2))
