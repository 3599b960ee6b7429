"""Import benchmark: a generated X archive of 100,000 tweets (run on purpose, not by pytest).

    .venv/bin/python tests/benchmarks/bench_import.py [--tweets N] [--repeat N] [--zip]

Each run is a fresh subprocess on a copy of an empty, migrated database:

- app:    portfolio_app.services.importing.run_import (read the archive, plan, write)
- floor:  json.loads of the same tweets.js + raw sqlite3 executemany of the same
          rows into the same contribution table, in one transaction; no logic of ours
- re-import: the app importing the same archive again into the filled database
          (every row compared with its snapshot), against the same floor

Goals: app / floor ≤ 3, peak RSS of the app process < 500 MB.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

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

FLOOR = """
import json, sqlite3, datetime
text = open(TWEETS, encoding="utf-8").read()
entries = json.loads(text[text.index("=") + 1:])
months = {m: i for i, m in enumerate("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(), 1)}
now = datetime.datetime.now().isoformat(" ")
rows = []
for entry in entries:
    t = entry["tweet"]
    if t["full_text"].startswith("RT @"):
        continue
    p = t["created_at"].split()
    day = f"{p[5]}-{months[p[1]]:02d}-{int(p[2]):02d}"
    rows.append((day, "answer" if t.get("in_reply_to_status_id_str") else "post", t["full_text"][:120],
                 "https://x.com/bench/status/" + t["id_str"], t["full_text"], "", t["lang"],
                 int(t["favorite_count"]), int(t["retweet_count"]), "x", t["id_str"], now, now))
conn = sqlite3.connect(DB, isolation_level=None)
conn.execute("BEGIN")
conn.executemany(
    "INSERT INTO contribution (date, kind, title, url, notes, tags, language, reactions, shares, source, "
    "source_id, created_at, updated_at, featured, private) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,0,0) "
    "ON CONFLICT (source, source_id) DO UPDATE SET reactions = excluded.reactions, shares = excluded.shares",
    rows)
conn.execute("COMMIT")
conn.close()
assert rows
"""

HARNESS = """
import resource, sys, time
DB, ARCHIVE, TWEETS = sys.argv[1], sys.argv[2], sys.argv[3]
started = time.perf_counter()
{code}
elapsed = time.perf_counter() - started
print(elapsed, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
"""


def run(code: str, db: Path, archive: Path, tweets: Path) -> tuple[float, float]:
    result = subprocess.run([sys.executable, "-c", HARNESS.format(code=code), str(db), str(archive), str(tweets)],
                            capture_output=True, text=True, cwd=ROOT, check=False)
    if result.returncode:
        raise SystemExit(result.stderr)
    seconds, rss = result.stdout.split()
    return float(seconds), float(rss)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--tweets", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--zip", action="store_true", help="import the archive as a .zip instead of a folder")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
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
        size_mb = tweets.stat().st_size / 2**20
        print(f"{args.tweets:,} tweets, tweets.js {size_mb:.0f} MB "
              f"({'zip' if args.zip else 'folder'}), generated in {time.perf_counter() - started:.1f} s")

        def fresh(name: str) -> Path:
            target = tmp / name
            for suffix in ("", "-wal", "-shm"):
                Path(f"{target}{suffix}").unlink(missing_ok=True)
            shutil.copy(template, target)
            return target

        results: dict[str, list[tuple[float, float]]] = {"app": [], "floor": [], "re-import": [], "re-floor": []}
        for _ in range(args.repeat):
            db = fresh("app.sqlite")
            results["app"].append(run(APP, db, archive, tweets))
            results["re-import"].append(run(APP, db, archive, tweets))
            floor_db = fresh("floor.sqlite")
            results["floor"].append(run(FLOOR, floor_db, archive, tweets))
            results["re-floor"].append(run(FLOOR, floor_db, archive, tweets))

    def median(name: str, index: int) -> float:
        return statistics.median(r[index] for r in results[name])

    print(f"{'task':<12} {'app s':>8} {'floor s':>8} {'ratio':>6} {'app RSS MB':>11} {'floor RSS MB':>13}")
    verdicts = []
    for task, app, floor in (("import", "app", "floor"), ("re-import", "re-import", "re-floor")):
        ratio = median(app, 0) / median(floor, 0)
        rss = max(r[1] for r in results[app])
        verdicts.append(ratio <= GOAL_RATIO and rss < GOAL_RSS_MB)
        print(f"{task:<12} {median(app, 0):>8.2f} {median(floor, 0):>8.2f} {ratio:>6.2f} "
              f"{rss:>11.0f} {max(r[1] for r in results[floor]):>13.0f}")
    print(f"goals: ratio ≤ {GOAL_RATIO}, app RSS < {GOAL_RSS_MB} MB: "
          f"{'met' if all(verdicts) else 'NOT met'} (median of {args.repeat} runs)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
