"""Render the demo portfolio's first PDF pages as PNGs for the README (run on purpose, not by pytest).

    .venv/bin/python tests/screenshots/render_pdf_pages.py [--pages N] [--dpi N] [--lang en|de]

Fills a temporary database with the demo career, exports the PDF through the
same use case as the CLI, and renders pages with poppler's pdftoppm into
resources/screenshots/pdf-1.png, pdf-2.png, …
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "resources" / "screenshots"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=3)
    parser.add_argument("--dpi", type=int, default=60)
    parser.add_argument("--lang", default="en")
    args = parser.parse_args()
    if shutil.which("pdftoppm") is None:
        print("pdftoppm is missing: install poppler-utils", file=sys.stderr)
        return 1
    sys.path.insert(0, str(ROOT))
    from portfolio_app.report.options import ReportOptions
    from portfolio_app.services.demo import fill_demo
    from portfolio_app.services.export_pdf import export_pdf
    from portfolio_app.storage.database import open_database

    with tempfile.TemporaryDirectory() as folder:
        db = open_database(Path(folder) / "demo.sqlite")
        try:
            fill_demo(db, contributions=400, seed=1)
            pdf = export_pdf(db, Path(folder) / "portfolio.pdf", ReportOptions(language=args.lang),
                             today=dt.date(2026, 10, 1)).path
        finally:
            db.close()
        prefix = Path(folder) / "page"
        subprocess.run(["pdftoppm", "-png", "-r", str(args.dpi), "-f", "1", "-l", str(args.pages), str(pdf),
                        str(prefix)], check=True)
        OUT.mkdir(parents=True, exist_ok=True)
        for index, image in enumerate(sorted(Path(folder).glob("page-*.png")), start=1):
            target = OUT / f"pdf-{index}.png"
            shutil.copyfile(image, target)
            print(target.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
