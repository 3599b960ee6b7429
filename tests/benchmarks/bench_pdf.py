"""PDF benchmark: the demo portfolio, and 10,000 contributions against a floor (run on purpose, not by pytest).

    .venv/bin/python tests/benchmarks/bench_pdf.py [--contributions N] [--repeat N] [--record]

Floor: a bare ReportLab document of the same content's bulk — every public contribution's appendix
row (date, kind, title wrapped to its column, channel, reach, engagements) in 500-row tables with the
same fonts, page size and table style, from rows read beforehand, with no logic of ours.

Each measurement runs in a fresh subprocess, so peak RSS is its own. "app" is the whole export use
case: read the database, compute the value model, lay out every section including the full appendix,
write atomically. Times are CPU seconds of the measured call (process_time), so other work on a
shared machine blurs the ratio less; app and floor alternate, best of --repeat each. A second,
"bare" floor leaves titles unwrapped (long titles run over the next column).
Goals: demo under 1 s and 1 MB; 10,000 contributions within 1.3× the floor and under 300 MB RSS.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from results import PEAK_RSS, Row, record, show

ROOT = Path(__file__).resolve().parents[2]

APP = """
import datetime as dt, time
from portfolio_app.storage.database import open_database
from portfolio_app.report.options import ReportOptions
from portfolio_app.services.export_pdf import export_pdf
db = open_database(DB)
start = time.process_time()
# the full appendix: every public contribution's row, the content the floor prints too
result = export_pdf(db, OUT, ReportOptions(appendix="full"), today=dt.date(2026, 10, 1))
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
    "COALESCE(c.engagements, COALESCE(c.reactions, 0) + COALESCE(c.comments, 0) + COALESCE(c.shares, 0) "
    "+ COALESCE(c.clicks, 0)) "
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

REPORT = PEAK_RSS + """
import json, os
from pypdf import PdfReader
print(json.dumps({"seconds": seconds, "bytes": os.path.getsize(OUT), "pages": len(PdfReader(OUT).pages),
                  "rss_mb": peak_rss_mb()}))
"""


def measure(code: str, db: Path, out: Path, wrap: bool = True) -> dict:
    prelude = f"DB = {str(db)!r}\nOUT = {str(out)!r}\nROOT = {str(ROOT)!r}\nWRAP = {wrap!r}\n"
    result = subprocess.run([sys.executable, "-c", prelude + code + REPORT], cwd=ROOT, capture_output=True,
                            text=True, check=False)
    if result.returncode != 0:
        raise SystemExit(result.stderr)
    return json.loads(result.stdout.strip().splitlines()[-1])


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
    parser.add_argument("--repeat", type=int, default=3, help="runs of each; the best counts")
    parser.add_argument("--record", action="store_true", help="write the rows into docs/performance.md")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        demo, large = folder / "demo.sqlite", folder / "large.sqlite"
        make_demo(demo, 400)
        make_demo(large, args.contributions)

        small = [measure(APP, demo, folder / "demo.pdf") for _ in range(args.repeat)]
        apps, floors, bare = [], [], []
        for _ in range(args.repeat):  # interleaved, so a busy spell on the machine weighs on both
            apps.append(measure(APP, large, folder / "large.pdf"))
            floors.append(measure(FLOOR, large, folder / "floor.pdf", wrap=True))
            bare.append(measure(FLOOR, large, folder / "bare.pdf", wrap=False))

    def best(runs: list[dict], key: str = "seconds") -> float:
        return min(r[key] for r in runs)

    def peak(runs: list[dict]) -> float:
        return max(r["rss_mb"] for r in runs)

    label = f"{args.contributions:,} contributions"
    rows = [
        Row("PDF of the demo portfolio (400 contributions)", best(small), None, "s", "< 1 s", 1.0, absolute=True),
        Row(f"PDF, every section + appendix, {label}", best(apps), best(floors), "s", "≤ 1.3× floor", 1.3),
        Row(f"PDF against the bare floor (titles unwrapped), {label}", best(apps), best(bare), "s", "(none)"),
        Row(f"peak RSS of the PDF export, {label}", peak(apps), peak(floors), "MB", "< 300 MB", 300, absolute=True),
    ]
    show(rows, f"best of {args.repeat} fresh processes each (CPU seconds), app and floors alternating")
    print(f"demo PDF {small[-1]['bytes'] / 1024:,.0f} KB (goal < 1 MB); {label}: app {apps[-1]['pages']} pages "
          f"{apps[-1]['bytes'] / 2**20:.1f} MB, floor {floors[-1]['pages']} pages {floors[-1]['bytes'] / 2**20:.1f} MB")
    if args.record:
        record(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
