"""Baseline for `attache bench packet`: the same packet's HTML export laid
out as PDF by WeasyPrint, timed over five runs. Run it in a throwaway
virtualenv with weasyprint installed (scripts/bench.sh does). Prints JSON."""
import json
import statistics
import sys
import time
from pathlib import Path

from weasyprint import HTML

folder = Path(sys.argv[1])
html = (folder / "packet.html").read_text()
times = []
for _ in range(5):
    started = time.perf_counter()
    pdf = HTML(string=html).write_pdf()
    times.append((time.perf_counter() - started) * 1000)
print(json.dumps({
    "baseline": "weasyprint HTML(string).write_pdf()",
    "pdf_bytes": len(pdf),
    "p50_ms": statistics.median(times),
}, indent=2))
