"""Database benchmark on the 100,000-contribution demo career (run on purpose, not by pytest).

    .venv/bin/python tests/benchmarks/bench_database.py [--contributions N] [--repeat N]

Each task runs in a fresh subprocess, once through the app's services and once
as a floor: raw sqlite3 running the same queries with no logic of ours. The
table shows the median time, peak RSS of the process, and app/floor ratios.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

TASKS = {
    # name: (app code, floor code); each prints nothing and leaves timing to the harness
    "open + dashboard figures": (
        """
from portfolio_app.storage.database import open_database
from portfolio_app.services.figures import key_figures
db = open_database(PATH)
summary = key_figures(db)
assert summary.contributions > 0
""",
        """
import sqlite3
conn = sqlite3.connect(PATH)
conn.execute("PRAGMA foreign_keys=ON")
rows = conn.execute(
    "SELECT c.id, c.date, c.kind, a.platform, a.ownership, c.audience_id, c.employment_id, c.campaign_id, "
    "c.impressions, c.reach, c.reactions, c.comments, c.shares, c.clicks, c.attendees, c.featured, c.title "
    "FROM contribution c LEFT JOIN audience a ON a.id = c.audience_id WHERE c.private = 0 ORDER BY c.date, c.id"
).fetchall()
conn.execute("SELECT audience_id, date, size FROM audience_snapshot").fetchall()
conn.execute("SELECT * FROM audience ORDER BY name").fetchall()
conn.execute("SELECT * FROM employment ORDER BY start_date").fetchall()
conn.execute("SELECT * FROM campaign ORDER BY start_date, id").fetchall()
conn.execute("SELECT * FROM value_settings").fetchall()
assert rows
""",
    ),
    "list contributions by date (ids + first page)": (
        """
from portfolio_app.storage.database import open_database
from portfolio_app.services.contribution_queries import ContributionQuery, contribution_ids, contribution_rows
db = open_database(PATH)
ids = contribution_ids(db, ContributionQuery(order_by="date", descending=True))
rows = contribution_rows(db, ids[:200])
assert len(rows) == 200
""",
        """
import sqlite3
conn = sqlite3.connect(PATH)
ids = [r[0] for r in conn.execute("SELECT id FROM contribution ORDER BY date DESC, id DESC")]
page = ids[:200]
marks = ",".join("?" * len(page))
rows = conn.execute(
    "SELECT c.*, a.name, a.platform, k.name, e.organisation FROM contribution c "
    "LEFT JOIN audience a ON a.id = c.audience_id LEFT JOIN campaign k ON k.id = c.campaign_id "
    f"LEFT JOIN employment e ON e.id = c.employment_id WHERE c.id IN ({marks})", page).fetchall()
assert len(rows) == 200
""",
    ),
}

HARNESS = """
import json, resource, sys, time
PATH = sys.argv[1]
{imports}
started = time.perf_counter()
{code}
elapsed = time.perf_counter() - started
print(json.dumps({{"seconds": elapsed, "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}}))
"""

APP_IMPORTS = (
    "import portfolio_app.storage.database, portfolio_app.services.figures, "
    "portfolio_app.services.contribution_queries"
)


def run_once(code: str, imports: str, path: Path) -> dict:
    script = HARNESS.format(code=code, imports=imports)
    result = subprocess.run([sys.executable, "-c", script, str(path)], capture_output=True, text=True, cwd=ROOT)
    if result.returncode:
        raise SystemExit(result.stderr)
    return json.loads(result.stdout.strip().splitlines()[-1])


def measure(code: str, imports: str, path: Path, repeat: int) -> tuple[float, float]:
    runs = [run_once(code, imports, path) for _ in range(repeat)]
    return statistics.median(r["seconds"] for r in runs), max(r["rss_mb"] for r in runs)


def make_database(path: Path, contributions: int) -> None:
    sys.path.insert(0, str(ROOT))
    from portfolio_app.services.demo import fill_demo
    from portfolio_app.storage.database import open_database

    db = open_database(path)
    started = time.perf_counter()
    fill_demo(db, contributions=contributions)
    db.close()
    print(f"demo database with {contributions:,} contributions written in {time.perf_counter() - started:.2f} s")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--contributions", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.sqlite"
        make_database(path, args.contributions)
        print(f"\n{'task':<48}{'app s':>9}{'floor s':>9}{'ratio':>7}{'app MB':>9}{'floor MB':>10}{'ratio':>7}")
        for name, (app_code, floor_code) in TASKS.items():
            app_s, app_mb = measure(app_code, APP_IMPORTS, path, args.repeat)
            floor_s, floor_mb = measure(floor_code, "import sqlite3", path, args.repeat)
            print(f"{name:<48}{app_s:>9.3f}{floor_s:>9.3f}{app_s / floor_s:>7.2f}"
                  f"{app_mb:>9.0f}{floor_mb:>10.0f}{app_mb / floor_mb:>7.2f}")
        print("\n(times exclude interpreter start and imports; RSS is the peak of the whole process)")


if __name__ == "__main__":
    main()
