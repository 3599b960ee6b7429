"""Start-up and size of the PyInstaller bundle (run on purpose, not by pytest).

    .venv/bin/python tests/benchmarks/bench_bundle.py [path/to/dist/portfolio-app] [--record]

Floor: the same app run from the venv (python -m portfolio_app), the same command, in the same run.

Without a path it builds the bundle into a temporary folder first. Venv and bundle alternate, best
of several runs each. Cases: printing the version (process start and argument parsing), statistics
of the demo portfolio (SQLAlchemy, Alembic, the value model), and the window up to the moment it has
opened its database after the first paint (offscreen). Goals: bundle ≤ 130 MB, --version ≤ 1.2×.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from results import Row, record, show

ROOT = Path(__file__).resolve().parents[2]
VENV_APP = [sys.executable, "-m", "portfolio_app"]
RUNS = 7
GOALS = {"--version": ("≤ 1.2× venv", 1.2)}


def build(into: Path) -> Path:
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(into / "dist"), "--workpath", str(into / "work"), str(ROOT / "build.spec")],
        cwd=ROOT, check=True,
    )
    return into / "dist" / "portfolio-app"


def timed_run(command: list[str], env: dict) -> float:
    start = time.perf_counter()
    subprocess.run(command, env=env, check=True, capture_output=True)
    return time.perf_counter() - start


def timed_window(command: list[str], env: dict, folder: Path) -> float:
    """Seconds until the window has created its database file (it does so after the first paint)."""
    db = folder / f"window-{time.monotonic_ns()}.sqlite"
    start = time.perf_counter()
    process = subprocess.Popen([*command, "--db", str(db)], env={**env, "QT_QPA_PLATFORM": "offscreen"},
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        while not db.exists():
            if process.poll() is not None or time.perf_counter() - start > 60:
                raise RuntimeError("the window did not start")
            time.sleep(0.005)
        return time.perf_counter() - start
    finally:
        process.terminate()
        process.wait(timeout=30)


def main(argv: list[str]) -> int:
    record_it = "--record" in argv
    argv = [arg for arg in argv if arg != "--record"]
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        bundle_dir = Path(argv[0]) if argv else build(folder / "build")
        bundle_app = [str(bundle_dir / "portfolio-app")]
        env = {**os.environ, "HOME": str(folder / "home"), "XDG_DATA_HOME": str(folder / "data"),
               "XDG_CONFIG_HOME": str(folder / "config"), "XDG_STATE_HOME": str(folder / "state")}
        env.pop("PORTFOLIO_DB", None)
        demo = folder / "demo.sqlite"
        subprocess.run([*VENV_APP, "demo", "--db", str(demo)], env=env, check=True, capture_output=True)

        cases = {
            "--version": lambda app: timed_run([*app, "--version"], env),
            "stats --json (demo)": lambda app: timed_run([*app, "stats", "--json", "--db", str(demo)], env),
            "window opened": lambda app: timed_window(app, env, folder),
        }
        size = sum(p.stat().st_size for p in bundle_dir.rglob("*") if p.is_file() and not p.is_symlink())
        print(f"bundle: {bundle_dir} ({size / 1e6:.0f} MB = {size / 2**20:.0f} MiB)")
        rows = [Row("bundle size (MB, 10^6 bytes)", size / 1e6, None, "MB", "≤ 130 MB", 130.001, absolute=True)]
        for name, case in cases.items():
            case(VENV_APP), case(bundle_app)  # warm the file cache for both
            venv, frozen = [], []
            for _ in range(RUNS):  # alternating, so a busy spell on the machine weighs on both
                venv.append(case(VENV_APP))
                frozen.append(case(bundle_app))
            goal, limit = GOALS.get(name, ("(none)", None))
            rows.append(Row(f"bundle start: {name}", min(frozen) * 1000, min(venv) * 1000, "ms", goal, limit))
        show(rows, f"best of {RUNS} runs each, venv (floor) and bundle alternating")
        if record_it:
            record(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
