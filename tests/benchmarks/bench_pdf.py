"""PDF benchmark: the demo portfolio, and 10,000 contributions against a floor (run on purpose, not by pytest).

    .venv/bin/python tests/benchmarks/bench_pdf.py [--contributions N] [--repeat N]

Each measurement runs in a fresh subprocess, so peak RSS is its own. "app" is
the whole export use case: read the database, compute the value model, lay
out every section including the appendix, write atomically. The floor is
ReportLab alone building the appendix rows as 500-row tables with the same
fonts, page size and table style, from rows read beforehand (not timed), with
no logic of ours: plain string cells, no wrapping, no other section.
Times are CPU seconds of the measured call (process_time), so other work on a
shared machine does not blur the ratio; medians of --repeat runs.
Goals: demo under 1 s and 1 MB; 10,000 contributions within 1.3× the floor
and under 300 MB RSS.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

APP = """
import datetime as dt, time
from portfolio_app.storage.database import open_database
from portfolio_app.services.export_pdf import export_pdf
db = open_database(DB)
start = time.process_time()
result = export_pdf(db, OUT, today=dt.date(2026, 10, 1))
seconds = time.process_time() - start
"""

FLOOR = """
import sqlite3, time
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle
from reportlab.lib import colors
FONTS = ROOT + "/resources/fonts/"
pdfmetrics.registerFont(TTFont("F", FONTS + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("FB", FONTS + "DejaVuSans-Bold.ttf"))
conn = sqlite3.connect(DB)
rows = [tuple("" if v is None else str(v) for v in row) for row in conn.execute(
    "SELECT c.date, c.kind, c.title, a.platform, COALESCE(c.reach, c.impressions, c.attendees), "
    "COALESCE(c.reactions, 0) + COALESCE(c.comments, 0) + COALESCE(c.shares, 0) + COALESCE(c.clicks, 0) "
    "FROM contribution c LEFT JOIN audience a ON a.id = c.audience_id WHERE c.private = 0 ORDER BY c.date, c.id")]
header = ("Date", "Kind", "Title", "Channel", "Reach", "Engagements")
style = TableStyle([
    ("FONTNAME", (0, 0), (-1, 0), "FB"), ("FONTNAME", (0, 1), (-1, -1), "F"), ("FONTSIZE", (0, 0), (-1, -1), 8),
    ("LEADING", (0, 0), (-1, -1), 10), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#134a5e")),
    ("TEXTCOLOR", (0, 0), (-1, 0), colors.white), ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f5f8fa")]),
    ("ALIGN", (4, 0), (5, -1), "RIGHT"),
])
start = time.process_time()
width = A4[0] - 40 * mm
widths = [54, 81, width - 327, 66, 50, 76]
if WRAP:  # the same rows as the app prints them: long titles wrapped to the column by ReportLab itself
    from reportlab.lib.utils import simpleSplit
    rows = [(d, k, "\\n".join(simpleSplit(t, "F", 8, widths[2] - 12)), c, r, e) for d, k, t, c, r, e in rows]
story = [Table([header] + rows[i:i + 500], colWidths=widths, repeatRows=1, style=style)
         for i in range(0, len(rows), 500)]
SimpleDocTemplate(OUT, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=22 * mm,
                  bottomMargin=20 * mm).build(story)
seconds = time.process_time() - start
"""

REPORT = """
import json, os, resource
from pypdf import PdfReader
print(json.dumps({"seconds": seconds, "bytes": os.path.getsize(OUT), "pages": len(PdfReader(OUT).pages),
                  "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def measure(code: str, db: Path, out: Path, wrap: bool = True) -> dict:
    prelude = f"DB = {str(db)!r}\nOUT = {str(out)!r}\nROOT = {str(ROOT)!r}\nWRAP = {wrap!r}\n"
    result = subprocess.run([sys.executable, "-c", prelude + code + REPORT], cwd=ROOT, capture_output=True,
                            text=True, check=False)
    if result.returncode != 0:
        raise SystemExit(result.stderr)
    return json.loads(result.stdout.strip().splitlines()[-1])


def median_of(code: str, db: Path, out: Path, repeat: int) -> dict:
    return summarize([measure(code, db, out) for _ in range(repeat)])


def summarize(runs: list[dict]) -> dict:
    return {
        "seconds": statistics.median(r["seconds"] for r in runs),
        "bytes": runs[-1]["bytes"],
        "pages": runs[-1]["pages"],
        "rss_mb": max(r["rss_mb"] for r in runs),
    }


def make_demo(path: Path, contributions: int) -> None:
    sys.path.insert(0, str(ROOT))
    from portfolio_app.services.demo import fill_demo
    from portfolio_app.storage.database import open_database

    db = open_database(path)
    try:
        fill_demo(db, contributions=contributions, seed=1)
    finally:
        db.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--contributions", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        demo, large = folder / "demo.sqlite", folder / "large.sqlite"
        make_demo(demo, 400)
        make_demo(large, args.contributions)

        small = median_of(APP, demo, folder / "demo.pdf", args.repeat)
        print(f"demo portfolio (400 contributions): {small['seconds']:.2f} s, {small['bytes'] / 1024:,.0f} KB, "
              f"peak RSS {small['rss_mb']:.0f} MB   (goal < 1 s, < 1 MB)")

        # app and floor alternate, and the ratio is the median of each pair's, so that a
        # busy spell on a shared machine weighs on both sides alike
        apps, floors, bare = [], [], []
        for _ in range(args.repeat):
            apps.append(measure(APP, large, folder / "large.pdf"))
            floors.append(measure(FLOOR, large, folder / "floor.pdf", wrap=True))
            bare.append(measure(FLOOR, large, folder / "bare.pdf", wrap=False))
        ratio = statistics.median(a["seconds"] / f["seconds"] for a, f in zip(apps, floors))
        ratio_bare = statistics.median(a["seconds"] / f["seconds"] for a, f in zip(apps, bare))
        app, floor, bare_floor = summarize(apps), summarize(floors), summarize(bare)

        def line(label: str, m: dict) -> str:
            return (f"{label}: {m['seconds']:.2f} s, {m['pages']} pages, {m['bytes'] / 1024 / 1024:.1f} MB, "
                    f"peak RSS {m['rss_mb']:.0f} MB")

        print(line(f"app, {args.contributions:,} contributions, every section + appendix", app))
        print(line("floor, ReportLab alone, same rows (titles wrapped by simpleSplit) as 500-row tables", floor))
        print(line("bare floor, same rows unwrapped (long titles run over the next column)", bare_floor))
        print(f"ratio app/floor: {ratio:.2f}   (goal ≤ 1.3, RSS < 300 MB); app/bare floor: {ratio_bare:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
