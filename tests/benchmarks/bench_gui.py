"""How fast the window starts and how the contributions table answers at 100,000 rows.

Run on purpose (not collected by pytest)::

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/benchmarks/bench_gui.py [--db demo100k.sqlite] [--runs 3]

Every figure is measured in a fresh process, next to a floor measured in the
same run on the same machine: a bare PySide6 window for the first paint.
Goals (issue 3): first paint within 2x the bare window, data on screen within
1 s, sorting by any column and applying a search under 100 ms each (request
to model reset, the SQL query included), peak RSS under 250 MB.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

BARE = textwrap.dedent("""
    import json, sys, time
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
    app = QApplication(sys.argv)
    window = QMainWindow()
    window.setCentralWidget(QLabel("Hello"))
    window.resize(1180, 760)
    class Watch(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint:
                print(json.dumps({"paint": time.time()}), flush=True)
                QTimer.singleShot(0, app.quit)
                obj.removeEventFilter(self)
            return False
    watch = Watch()
    window.installEventFilter(watch)
    window.show()
    app.exec()
""")

APP = textwrap.dedent("""
    import json, resource, sys, time
    from PySide6.QtCore import QEventLoop, QTimer
    from portfolio_app.ui.launch import prepare_application
    from portfolio_app.ui.main_window import MainWindow
    result = {}
    app = prepare_application([sys.argv[0]])
    window = MainWindow()

    def painted():
        result["paint"] = time.time()
        QTimer.singleShot(0, lambda: window.open_database(sys.argv[1]))

    def measure():
        if "data" in result:
            return
        window.pages["contribution"].model.loaded.disconnect(measure)
        page = window.pages["contribution"]
        model = page.model
        page.table.viewport().repaint()  # the rows are on screen now
        result["data"] = time.time()
        result["rows"] = model.rowCount()

        def timed(request):
            loop = QEventLoop()
            model.loaded.connect(loop.quit)
            start = time.perf_counter()
            request()
            if model.loading:
                loop.exec()
            elapsed = time.perf_counter() - start
            model.loaded.disconnect(loop.quit)
            page.table.viewport().repaint()
            return elapsed * 1000

        from portfolio_app.ui.tables.contribution_model import COLUMNS
        from PySide6.QtCore import Qt

        def sort_all():
            sorts = {}
            for number, column in enumerate(COLUMNS):
                ascending = timed(lambda: model.sort(number, Qt.SortOrder.AscendingOrder))
                descending = timed(lambda: model.sort(number, Qt.SortOrder.DescendingOrder))
                sorts[column.key] = (ascending, descending)
            timed(lambda: model.sort(0, Qt.SortOrder.DescendingOrder))
            return sorts

        # right after the rows show: orders not read ahead yet, each sort is an SQL query
        model.sort_orders.clear()
        result["cold_sorts"] = sort_all()
        # a moment later, as when a person first clicks a header: the orders were read ahead
        model.sort_orders.warm(model.db)
        warm_start = time.perf_counter()
        loop = QEventLoop()
        def check():
            if len(model.sort_orders.orders) >= 2 * len(COLUMNS):
                loop.quit()
            else:
                QTimer.singleShot(50, check)
        check()
        loop.exec()
        result["read_ahead_ms"] = (time.perf_counter() - warm_start) * 1000
        sorts = sort_all()
        searches = {}
        for text in ("kubernetes", "api design", "thoughts on obs", "a"):
            page.search.setText(text)
            page.search_timer.stop()  # measure from the request, not from the end of the typing pause
            searches[text] = timed(page.apply_search)
        page.search.setText("")
        page.search_timer.stop()
        timed(page.apply_search)
        result["sorts"] = sorts
        result["searches"] = searches
        result["rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(json.dumps(result), flush=True)
        window.close()  # as a person quitting does: state saved, database closed
        app.quit()

    def database_ready():
        model = window.pages["contribution"].model
        model.loaded.connect(measure)
        if not model.loading and model.db is not None and model.rowCount():
            measure()

    window.first_painted.connect(painted)
    window.database_changed.connect(database_ready)
    window.show()
    QTimer.singleShot(120_000, app.quit)
    app.exec()
    from portfolio_app.ui.workers import shutdown
    shutdown()
""")


def run_child(code: str, *args: str, env: dict) -> tuple[float, dict]:
    started = time.time()
    completed = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, timeout=300)
    lines = [line for line in completed.stdout.splitlines() if line.startswith("{")]
    if not lines:
        raise SystemExit(f"child failed:\n{completed.stdout}\n{completed.stderr}")
    return started, json.loads(lines[-1])


def make_demo(path: Path, contributions: int) -> None:
    from portfolio_app.services.demo import fill_demo
    from portfolio_app.storage.database import open_database

    db = open_database(path)
    fill_demo(db, contributions=contributions)
    db.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="an existing 100k demo database (made in a temp folder otherwise)")
    parser.add_argument("--contributions", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    scratch = Path(tempfile.mkdtemp(prefix="portfolio-bench-"))
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    for variable in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env[variable] = str(scratch / variable.lower())  # fresh settings: no remembered page or widths
    env.pop("PORTFOLIO_DB", None)
    db = args.db
    if db is None:
        db = scratch / "demo100k.sqlite"
        print(f"filling a {args.contributions:,}-contribution demo database …", flush=True)
        make_demo(db, args.contributions)

    bare, paint, data, rows = [], [], [], 0
    sorts: dict[str, list[float]] = {}
    cold: dict[str, list[float]] = {}
    read_ahead = []
    searches: dict[str, list[float]] = {}
    rss = []
    for _ in range(args.runs):
        started, child = run_child(BARE, env=env)
        bare.append((child["paint"] - started) * 1000)
        started, child = run_child(APP, str(db), env=env)
        paint.append((child["paint"] - started) * 1000)
        data.append((child["data"] - started) * 1000)
        rows = child["rows"]
        for key, (ascending, descending) in child["sorts"].items():
            sorts.setdefault(key, []).extend([ascending, descending])
        for key, (ascending, descending) in child["cold_sorts"].items():
            cold.setdefault(key, []).extend([ascending, descending])
        read_ahead.append(child["read_ahead_ms"])
        for text, elapsed in child["searches"].items():
            searches.setdefault(text, []).append(elapsed)
        rss.append(child["rss_mb"])

    def line(name: str, value: float, floor: str, ratio: str, goal: str) -> None:
        print(f"{name:<34} {value:>9.0f} {floor:>10} {ratio:>7}   {goal}")

    bare_ms = statistics.median(bare)
    print(f"\n{rows:,} contributions, median of {args.runs} fresh processes (ms unless noted)\n")
    print(f"{'measure':<34} {'value':>9} {'floor':>10} {'ratio':>7}   goal")
    print("(sorts: worst of ascending/descending over the runs, after the read-ahead; 'floor' column = the same")
    print(" sort right after the rows first show, when it is an SQL query)")
    line("bare PySide6 window, first paint", bare_ms, "", "", "(floor)")
    first = statistics.median(paint)
    line("Portfolio, first paint", first, f"{bare_ms:.0f}", f"{first / bare_ms:.2f}x", "<= 2x bare")
    on_screen = statistics.median(data)
    line("Portfolio, data on screen", on_screen, "", f"{on_screen / 1000:.2f}x", "<= 1000 ms")
    worst_sort = max(max(v) for v in sorts.values())
    for key, values in sorts.items():
        worst = max(values)
        line(f"sort by {key}", worst, f"{max(cold[key]):.0f}", f"{worst / 100:.2f}x", "< 100 ms (floor: cold, SQL)")
    line("read-ahead of all orders (background)", statistics.median(read_ahead), "", "", "")
    for text, values in searches.items():
        line(f'search "{text}"', statistics.median(values), "", f"{statistics.median(values) / 100:.2f}x", "< 100 ms")
    peak = max(rss)
    print(f"{'peak RSS (MB)':<34} {peak:>9.0f} {'':>10} {peak / 250:>6.2f}x   < 250 MB")
    print(f"\nworst sort after read-ahead: {worst_sort:.0f} ms; worst cold (SQL) sort: {max(max(v) for v in cold.values()):.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
