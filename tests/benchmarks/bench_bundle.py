"""Start-up of the PyInstaller bundle against the same app run from the venv (goal: within 1.2×).

    .venv/bin/python tests/benchmarks/bench_bundle.py [path/to/dist/portfolio-app]

Without a path it builds the bundle into a temporary folder first. Each case
runs several times; the median is printed next to the venv's median (the floor
measured in the same run) and their ratio. Cases: printing the version (process
start and argument parsing), statistics of the demo portfolio (SQLAlchemy,
Alembic, the value model), and the window up to the moment it has opened its
database after the first paint (offscreen).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
VENV_APP = [sys.executable, "-m", "portfolio_app"]
RUNS = 7


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


def median(samples: list[float]) -> float:
    return statistics.median(samples)


def main(argv: list[str]) -> int:
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
        print(f"bundle: {bundle_dir} ({size / 2**20:.0f} MiB)")
        print(f"{'case':24} {'venv (floor)':>13} {'bundle':>10} {'ratio':>7}")
        for name, case in cases.items():
            case(VENV_APP), case(bundle_app)  # warm the file cache for both
            venv = median([case(VENV_APP) for _ in range(RUNS)])
            frozen = median([case(bundle_app) for _ in range(RUNS)])
            print(f"{name:24} {venv * 1000:11.0f}ms {frozen * 1000:8.0f}ms {frozen / venv:6.2f}×")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
