"""Import benchmark: a generated X archive of 100,000 tweets (run on purpose, not by pytest).

    .venv/bin/python tests/benchmarks/bench_import.py [--tweets N] [--repeat N] [--zip] [--record]
    .venv/bin/python tests/benchmarks/bench_import.py --analytics [--repeat N] [--record]

Floor: json.loads of the same tweets.js and one raw sqlite3 executemany of the same rows into a plain
table with the contribution columns, the same indexes and the search index built once afterwards.

Each run is a fresh subprocess; app and floor alternate, best of --repeat each:

- app:       portfolio_app.services.importing.run_import (read the archive, plan, validate, back up, write)
- floor:     as above, on a copy of a database holding only the plain table and an empty search table
- re-import: the app importing the same archive again into the filled database (every row compared
             with its snapshot), shown against the same floor

Goals: app / floor ≤ 3, peak RSS of the app process < 500 MB.

--analytics: 60 monthly X analytics CSVs (1,680 posts) bringing new figures to posts already in the
database (each file read, every row matched by source and id, the figures merged), goal well under 2 s.
Floor: the same CSVs read with the csv module and one raw sqlite3 executemany of the same updates
into a plain table holding the same posts, with the (source, source_id) index.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

from results import PEAK_RSS, Row, record, show

ROOT = Path(__file__).resolve().parents[2]
GOAL_RATIO = 3.0
GOAL_RSS_MB = 500

WORDS = ("data", "team", "launch", "API", "talk", "thread", "open", "source", "Berlin", "release", "café",
         "lessons", "learned", "today", "we", "shipped", "the", "new", "docs", "for", "👍", "&amp;", "users")


def tweet(rng: random.Random, number: int, start: float) -> dict:
    created = time.gmtime(start + number * 900)
    words = " ".join(rng.choice(WORDS) for _ in range(rng.randint(8, 40)))
    retweet = rng.random() < 0.05
    reply = not retweet and rng.random() < 0.2
    text = (f"RT @someone: {words}" if retweet else (f"@friend {words}" if reply else words))
    link = f"https://t.co/{number:010d}"
    entry = {
        "edit_info": {"initial": {"editTweetIds": [str(10**17 + number)], "editsRemaining": "5"}},
        "retweeted": False,
        "source": '<a href="https://mobile.twitter.com" rel="nofollow">Twitter Web App</a>',
        "entities": {
            "hashtags": [{"text": "python", "indices": ["0", "7"]}] if number % 7 == 0 else [],
            "symbols": [], "user_mentions": [],
            "urls": [{"url": link, "expanded_url": f"https://example.org/{number}",
                      "display_url": f"example.org/{number}", "indices": ["0", "23"]}],
        },
        "display_text_range": ["0", str(len(text))],
        "favorite_count": str(rng.randint(0, 500)),
        "id_str": str(10**17 + number),
        "truncated": False,
        "retweet_count": str(rng.randint(0, 50)),
        "id": str(10**17 + number),
        "created_at": time.strftime("%a %b %d %H:%M:%S +0000 %Y", created),
        "favorited": False,
        "full_text": f"{text} {link}",
        "lang": "en",
    }
    if reply:
        entry["in_reply_to_status_id_str"] = str(10**16 + number)
        entry["in_reply_to_screen_name"] = "friend"
    return {"tweet": entry}


def make_archive(folder: Path, count: int) -> Path:
    """An archive laid out as X exports it, written entry by entry (no giant list in memory)."""
    data = folder / "data"
    data.mkdir(parents=True)
    rng = random.Random(1)
    start = time.mktime((2014, 1, 1, 0, 0, 0, 0, 1, 0))
    with open(data / "tweets.js", "w", encoding="utf-8") as out:
        out.write("window.YTD.tweets.part0 = [ ")
        for number in range(count):
            if number:
                out.write(", ")
            out.write(json.dumps(tweet(rng, number, start), indent=2, ensure_ascii=False))
        out.write(" ]")
    (data / "account.js").write_text(
        'window.YTD.account.part0 = [ { "account" : { "username" : "bench", "accountId" : "1", '
        '"accountDisplayName" : "Bench Mark" } } ]', encoding="utf-8")
    return folder


APP = """
from portfolio_app.storage.database import open_database
from portfolio_app.services.importing import run_import
db = open_database(DB)
report = run_import(db, "x", ARCHIVE)
db.close()
assert report.new + report.updated + report.unchanged > 0, report
"""

# The least work that gives the same result with the same tools: json.loads, the same row values
# (links expanded, entities unescaped, hashtags as tags), one executemany into a plain table with
# the contribution columns, then the contribution table's indexes and the search index built once.
FLOOR = """
import html, json, sqlite3, datetime
text = open(TWEETS, encoding="utf-8").read()
entries = json.loads(text[text.index("=") + 1:])
months = {m: i for i, m in enumerate("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(), 1)}
now = datetime.datetime.now().isoformat(" ")
rows = []
for entry in entries:
    t = entry["tweet"]
    full = t["full_text"]
    if full.startswith("RT @"):
        continue
    for u in t["entities"]["urls"]:
        full = full.replace(u["url"], u["expanded_url"])
    full = html.unescape(full)
    p = t["created_at"].split()
    day = f"{p[5]}-{months[p[1]]:02d}-{int(p[2]):02d}"
    tags = ", ".join(h["text"] for h in t["entities"]["hashtags"])
    rows.append((day, "answer" if t.get("in_reply_to_status_id_str") else "post", full[:120],
                 "https://x.com/bench/status/" + t["id_str"], full, tags, t["lang"],
                 int(t["favorite_count"]), int(t["retweet_count"]), "x", t["id_str"], now, now))
conn = sqlite3.connect(DB, isolation_level=None)
conn.execute("BEGIN")
conn.executemany(
    "INSERT INTO contribution (date, kind, title, url, notes, tags, language, reactions, shares, source, "
    "source_id, created_at, updated_at, featured, private) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,0,0)", rows)
for statement in INDEXES:
    conn.execute(statement)
conn.execute("INSERT INTO contribution_fts(contribution_fts) VALUES ('rebuild')")
conn.execute("COMMIT")
conn.close()
assert rows
"""

HARNESS = PEAK_RSS + """
import sys, time
DB, ARCHIVE, TWEETS = sys.argv[1], sys.argv[2], sys.argv[3]
INDEXES = {indexes!r}
# the modules are loaded before the clock starts: a person imports from an app that is already running
import html, json, sqlite3, datetime
{preload}
started = time.perf_counter()
{code}
elapsed = time.perf_counter() - started
print(elapsed, peak_rss_mb())
"""


def run(code: str, db: Path, archive: Path, tweets: Path, indexes: list[str]) -> tuple[float, float]:
    preload = ("import portfolio_app.storage.database, portfolio_app.services.importing"
               if code in (APP, ANALYTICS_APP) else "")
    script = HARNESS.format(code=code, indexes=indexes, preload=preload)
    result = subprocess.run([sys.executable, "-c", script, str(db), str(archive), str(tweets)],
                            capture_output=True, text=True, cwd=ROOT, check=False)
    if result.returncode:
        raise SystemExit(result.stderr)
    seconds, rss = result.stdout.split()
    return float(seconds), float(rss)


def plain_schema(template: Path, floor: Path) -> list[str]:
    """Make `floor` hold a plain contribution table (the same columns, no constraints, indexes or
    triggers) and an external-content search table like the app's; return the app's index
    statements, for the floor to build after its insert."""
    import sqlite3

    app = sqlite3.connect(template)
    columns = [f"{name} {kind}{' PRIMARY KEY' if pk else ''}"
               for _cid, name, kind, _null, _default, pk in app.execute("PRAGMA table_info(contribution)")]
    indexes = [sql for (sql,) in app.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'contribution' AND sql IS NOT NULL")]
    fts = app.execute("SELECT sql FROM sqlite_master WHERE name = 'contribution_fts'").fetchone()[0]
    app.close()
    # the (source, source_id) uniqueness the app's table has as a constraint, built once as well
    indexes.append("CREATE UNIQUE INDEX uq_contribution_source ON contribution (source, source_id)")
    conn = sqlite3.connect(floor)
    conn.execute(f"CREATE TABLE contribution ({', '.join(columns)})")
    conn.execute(fts)
    conn.commit()
    conn.close()
    return indexes


ANALYTICS_APP = """
from portfolio_app.storage.database import open_database
from portfolio_app.services.importing import run_import
db = open_database(DB)
report = run_import(db, "x-analytics", [ARCHIVE])
db.close()
assert report.updated == 1680 and report.new == 0, report
"""

ANALYTICS_FLOOR = """
import csv, os
rows = []
for name in sorted(os.listdir(ARCHIVE)):
    with open(os.path.join(ARCHIVE, name), encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        header = next(reader)
        at = {column: header.index(column) for column in
              ("Tweet id", "impressions", "likes", "replies", "retweets", "url clicks")}
        for row in reader:
            rows.append((int(float(row[at["impressions"]])), int(float(row[at["likes"]])),
                         int(float(row[at["replies"]])), int(float(row[at["retweets"]])),
                         int(float(row[at["url clicks"]])), row[at["Tweet id"]]))
conn = sqlite3.connect(DB, isolation_level=None)
conn.execute("BEGIN")
conn.executemany("UPDATE contribution SET impressions = ?, reactions = ?, comments = ?, shares = ?, clicks = ? "
                 "WHERE source = 'x' AND source_id = ?", rows)
conn.execute("COMMIT")
conn.close()
assert rows
"""


def analytics_case(tmp: Path, repeat: int) -> list[Row]:
    """60 monthly files updating the figures of 1,680 posts already recorded, against the floor."""
    sys.path.insert(0, str(ROOT / "tests" / "importers"))
    from analytics_files import monthly_files

    from portfolio_app.services.importing import run_import
    from portfolio_app.storage.database import open_database

    older, newer = tmp / "older", tmp / "analytics"
    older.mkdir()
    newer.mkdir()
    # the same posts downloaded again later: more impressions, so the timed import updates every one
    for folder, later in ((older, 0), (newer, 50)):
        for name, data in monthly_files(months=60, per_month=28, later=later).items():
            (folder / name).write_bytes(data)
    template = tmp / "analytics-template.sqlite"
    db = open_database(template)
    run_import(db, "x-analytics", [older])
    db.close()
    floor_template = tmp / "analytics-floor.sqlite"
    indexes = plain_schema(template, floor_template)
    import sqlite3

    conn = sqlite3.connect(floor_template)
    for statement in indexes:
        conn.execute(statement)
    app_rows = sqlite3.connect(template).execute(
        "SELECT date, kind, title, url, notes, tags, language, source, source_id, created_at, updated_at "
        "FROM contribution").fetchall()
    conn.executemany("INSERT INTO contribution (date, kind, title, url, notes, tags, language, source, source_id, "
                     "created_at, updated_at, featured, private) VALUES (?,?,?,?,?,?,?,?,?,?,?,0,0)", app_rows)
    conn.commit()
    conn.close()
    timings: dict[str, list[tuple[float, float]]] = {"app": [], "floor": []}
    for index in range(repeat):
        app_db, floor_db = tmp / f"a{index}.sqlite", tmp / f"f{index}.sqlite"
        shutil.copy(template, app_db)
        shutil.copy(floor_template, floor_db)
        timings["app"].append(run(ANALYTICS_APP, app_db, newer, newer, indexes))
        timings["floor"].append(run(ANALYTICS_FLOOR, floor_db, newer, newer, indexes))
    app = min(seconds for seconds, _ in timings["app"])
    floor = min(seconds for seconds, _ in timings["floor"])
    return [Row(f"X analytics: 60 monthly CSVs, {len(app_rows):,} posts get new figures", app, floor, "s",
                "< 2 s", 2.0, absolute=True)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--tweets", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3, help="runs of each; the best counts")
    parser.add_argument("--zip", action="store_true", help="import the archive as a .zip instead of a folder")
    parser.add_argument("--record", action="store_true", help="write the rows into docs/performance.md")
    parser.add_argument("--analytics", action="store_true",
                        help="the X analytics case (60 monthly CSVs) instead of the archive")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    if args.analytics:
        with tempfile.TemporaryDirectory() as tmp_name:
            rows = analytics_case(Path(tmp_name), args.repeat)
        show(rows, f"best of {args.repeat} fresh processes each, app and floor interleaved")
        if args.record:
            record(rows)
        return 0
    from portfolio_app.storage.database import open_database

    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        started = time.perf_counter()
        archive = make_archive(tmp / "archive", args.tweets)
        tweets = archive / "data" / "tweets.js"
        if args.zip:
            with zipfile.ZipFile(tmp / "archive.zip", "w", zipfile.ZIP_DEFLATED) as packed:
                for file in (archive / "data").iterdir():
                    packed.write(file, f"data/{file.name}")
            archive = tmp / "archive.zip"
        template = tmp / "template.sqlite"
        open_database(template).close()
        floor_template = tmp / "floor-template.sqlite"
        indexes = plain_schema(template, floor_template)
        size_mb = tweets.stat().st_size / 2**20
        print(f"{args.tweets:,} tweets, tweets.js {size_mb:.0f} MB "
              f"({'zip' if args.zip else 'folder'}), generated in {time.perf_counter() - started:.1f} s")

        def fresh(name: str, source: Path) -> Path:
            target = tmp / name
            for suffix in ("", "-wal", "-shm"):
                Path(f"{target}{suffix}").unlink(missing_ok=True)
            shutil.copy(source, target)
            return target

        results: dict[str, list[tuple[float, float]]] = {"app": [], "floor": [], "re-import": []}
        for _ in range(args.repeat):  # interleaved, so a busy spell on the machine weighs on both
            db = fresh("app.sqlite", template)
            results["app"].append(run(APP, db, archive, tweets, indexes))
            results["floor"].append(run(FLOOR, fresh("floor.sqlite", floor_template), archive, tweets, indexes))
            results["re-import"].append(run(APP, db, archive, tweets, indexes))

    def best(name: str) -> float:
        return min(seconds for seconds, _rss in results[name])

    def peak(name: str) -> float:
        return max(rss for _seconds, rss in results[name])

    label = f"{args.tweets:,} tweets"
    rows = [
        Row(f"import of an X archive, {label}", best("app"), best("floor"), "s", f"≤ {GOAL_RATIO:g}× floor",
            GOAL_RATIO),
        Row(f"re-import of the same archive, {label} (every row compared)", best("re-import"), best("floor"), "s",
            "(none)"),
        Row(f"peak RSS of the import, {label}", peak("app"), peak("floor"), "MB", f"< {GOAL_RSS_MB} MB",
            GOAL_RSS_MB, absolute=True),
    ]
    show(rows, f"best of {args.repeat} fresh processes each, app and floor interleaved")
    if args.record:
        record(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
