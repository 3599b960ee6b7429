"""Database benchmark on the 100,000-contribution demo career (run on purpose, not by pytest).

    .venv/bin/python tests/benchmarks/bench_database.py [--contributions N] [--repeat N] [--record]

Floors: for the dashboard, the same aggregates (counts, reach with its fallbacks, engagements (the
platform's total where given, else the four parts) and rate bases per kind, channel, ownership,
employment and campaign) in one grouped SQL query, the three strongest overall and per campaign
(answers only where featured), and reading the small tables; for the list, raw sqlite3 running the
same two queries.

Each task runs in fresh subprocesses, app and floor alternating, best of --repeat each; the table
shows app, floor and ratio, then the peak RSS of each process.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from results import PEAK_RSS, Row, record, show

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
offline = "(c.kind IN ('talk', 'training', 'event') OR a.platform = 'offline')"
reach = (f"CASE WHEN {offline} THEN COALESCE(c.attendees, c.reach, c.impressions) "
         "ELSE COALESCE(c.reach, c.impressions, c.attendees) END")
source = (f"CASE WHEN {offline} THEN (CASE WHEN c.attendees IS NOT NULL THEN 'a' WHEN c.reach IS NOT NULL THEN 'r' "
          "WHEN c.impressions IS NOT NULL THEN 'i' END) ELSE (CASE WHEN c.reach IS NOT NULL THEN 'r' "
          "WHEN c.impressions IS NOT NULL THEN 'i' WHEN c.attendees IS NOT NULL THEN 'a' END) END")
known = ("NOT (c.engagements IS NULL AND c.reactions IS NULL AND c.comments IS NULL AND c.shares IS NULL "
         "AND c.clicks IS NULL)")
# the platform's engagements where given, else the four parts: the app's interactions, so the same result
engagements = ("IFNULL(c.engagements, IFNULL(c.reactions, 0) + IFNULL(c.comments, 0) + IFNULL(c.shares, 0) "
               "+ IFNULL(c.clicks, 0))")
groups = conn.execute(
    f"SELECT c.kind, a.platform, a.ownership, c.employment_id, c.campaign_id, {source}, COUNT(*), MIN(c.date), "
    f"MAX(c.date), SUM({reach}), SUM(CASE WHEN {known} THEN {engagements} END), SUM({known}), "
    f"SUM(CASE WHEN {known} AND c.impressions > 0 THEN {engagements} END), "
    f"SUM(CASE WHEN {known} AND c.impressions > 0 THEN c.impressions END), SUM({known} AND c.impressions > 0) "
    "FROM contribution c LEFT JOIN audience a ON a.id = c.audience_id WHERE c.private = 0 "
    "GROUP BY 1, 2, 3, 4, 5, 6"
).fetchall()
top = conn.execute(
    f"SELECT c.id, c.date, c.title FROM contribution c LEFT JOIN audience a ON a.id = c.audience_id "
    f"WHERE c.private = 0 AND {reach} IS NOT NULL "
    f"ORDER BY {reach} DESC, CASE WHEN {known} THEN {engagements} END DESC, c.date, c.id LIMIT 3").fetchall()
# each campaign's three strongest (its key contributions; answers only where featured), as the app ranks them
by_campaign = conn.execute(
    "SELECT * FROM (SELECT c.id, c.campaign_id, c.date, c.title, ROW_NUMBER() OVER (PARTITION BY c.campaign_id "
    f"ORDER BY {reach} DESC, IFNULL(CASE WHEN {known} THEN {engagements} END, 0) DESC, c.date, c.id) AS place "
    "FROM contribution c LEFT JOIN audience a ON a.id = c.audience_id WHERE c.private = 0 "
    f"AND c.campaign_id IS NOT NULL AND {reach} IS NOT NULL AND (c.kind != 'answer' OR c.featured)) "
    "WHERE place <= 3 ORDER BY campaign_id, place").fetchall()
conn.execute("SELECT audience_id, date, size FROM audience_snapshot").fetchall()
conn.execute("SELECT * FROM audience ORDER BY name").fetchall()
conn.execute("SELECT * FROM employment ORDER BY start_date").fetchall()
conn.execute("SELECT * FROM campaign ORDER BY start_date, id").fetchall()
conn.execute("SELECT * FROM value_settings").fetchall()
assert groups and top and by_campaign
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

HARNESS = PEAK_RSS + """
import json, sys, time
PATH = sys.argv[1]
{imports}
started = time.perf_counter()
{code}
elapsed = time.perf_counter() - started
print(json.dumps({{"seconds": elapsed, "rss_mb": peak_rss_mb()}}))
"""

GOALS = {"open + dashboard figures": ("≤ 1.5× floor", 1.5)}

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
    parser.add_argument("--repeat", type=int, default=5, help="runs of each; the best counts")
    parser.add_argument("--db", type=Path, help="an existing demo database (made in a temp folder otherwise)")
    parser.add_argument("--record", action="store_true", help="write the rows into docs/performance.md")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = args.db
        if path is None:
            path = Path(folder) / "bench.sqlite"
            make_database(path, args.contributions)
        rows, memory = [], []
        label = f"{args.contributions:,} contributions"
        for name, (app_code, floor_code) in TASKS.items():
            app, floor = [], []
            for _ in range(args.repeat):  # interleaved, so a busy spell on the machine weighs on both
                app.append(run_once(app_code, APP_IMPORTS, path))
                floor.append(run_once(floor_code, "import sqlite3", path))
            goal, limit = GOALS.get(name, ("(none)", None))
            rows.append(Row(f"{name}, {label}", min(r["seconds"] for r in app), min(r["seconds"] for r in floor),
                            "s", goal, limit))
            memory.append(Row(f"peak RSS: {name}, {label}", max(r["rss_mb"] for r in app),
                              max(r["rss_mb"] for r in floor), "MB", "(none)"))
        show(rows + memory, f"best of {args.repeat} fresh processes each, app and floor interleaved; times exclude "
                            "interpreter start and imports; RSS is the peak of the whole process")
        if args.record:
            record(rows)


if __name__ == "__main__":
    main()
