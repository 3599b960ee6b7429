"""Regenerate the README screenshots of the main views on the demo data.

Run on purpose (pytest does not collect this folder)::

    xvfb-run -a -s "-screen 0 1600x1000x24" env QT_QPA_PLATFORM=xcb .venv/bin/python tests/screenshots/grab_windows.py
    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/screenshots/grab_windows.py   # without an X server

The demo career goes into a temporary file; settings go to a temporary folder,
so neither the user's record nor their window layout is touched. Each view is
saved as resources/screenshots/<view>.png, plus first-run.png for an empty record.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parents[2]
OUT = REPOSITORY / "resources" / "screenshots"
VIEWS = ("dashboard", "contribution", "audience", "campaign", "employment", "testimonial", "profile")
FILE_NAMES = {"contribution": "contributions", "audience": "audiences", "campaign": "campaigns",
              "employment": "career", "testimonial": "testimonials"}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--size", default="1280x800", help="window size, WIDTHxHEIGHT")
    args = parser.parse_args()
    width, height = (int(part) for part in args.size.split("x"))
    scratch = Path(tempfile.mkdtemp(prefix="portfolio-shots-"))
    os.environ.setdefault("LANG", "en_US.UTF-8")
    for variable in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        os.environ[variable] = str(scratch / variable.lower())

    from PySide6.QtCore import QLocale, QSettings, QTimer

    from portfolio_app.ui.launch import prepare_application

    app = prepare_application([sys.argv[0]])
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(scratch / "settings"))
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))

    from portfolio_app.services.demo import fill_demo
    from portfolio_app.storage.database import open_database
    from portfolio_app.ui.main_window import MainWindow
    from portfolio_app.ui.workers import running_tasks, shutdown

    args.out.mkdir(parents=True, exist_ok=True)
    demo = open_database(scratch / "demo.sqlite")
    fill_demo(demo, contributions=400, seed=1)
    empty = open_database(scratch / "empty.sqlite")

    window = MainWindow()
    window.resize(width, height)
    window.show()
    window.set_database(empty)
    plan: list[tuple[str, object]] = [("first-run", None)]
    plan += [(key, demo) for key in VIEWS]
    saved: list[Path] = []

    def settle_then(action, waited: int = 0) -> None:
        # wait for background queries (and the dashboard's figures) before grabbing
        if (running_tasks() or waited < 600) and waited < 10_000:
            QTimer.singleShot(100, lambda: settle_then(action, waited + 100))
        else:
            action()

    def step() -> None:
        if not plan:
            app.quit()
            return
        name, database = plan.pop(0)
        if database is not None and window.db is not database:
            window.set_database(database, demo=False)
        if name != "first-run":
            available = [window.navigation.item(r).data(0x0100) for r in range(window.navigation.count())]
            if name not in available:
                print(f"skipped {name}: not in this build")
                QTimer.singleShot(0, step)
                return
            window.show_page(name)
        else:
            window.show_page("contribution")

        def grab() -> None:
            path = args.out / f"{FILE_NAMES.get(name, name)}.png"
            window.grab().save(str(path))
            saved.append(path)
            step()

        settle_then(grab)

    QTimer.singleShot(0, step)
    app.exec()
    window.close()
    shutdown()
    for path in saved:
        print(path.relative_to(REPOSITORY) if path.is_relative_to(REPOSITORY) else path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
