"""What every benchmark prints and records: work, app, floor, ratio, goal.

App and floor are measured in the same run, interleaved, and each is the best
of N fresh runs: on a shared machine the best run is the one least disturbed
by others, so the ratio of bests is the steadiest figure. With ``--record`` a
benchmark writes its rows into docs/performance.md (one row per work, replaced
on every recorded run), so the document holds the benchmarks' own output.
"""

from __future__ import annotations

import datetime as dt
import os
import platform
import re
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DOCUMENT = ROOT / "docs" / "performance.md"
TABLE_HEAD = "| work | app | floor | ratio | goal | met | date | machine |"
TABLE_RULE = "| --- | ---: | ---: | ---: | --- | --- | --- | --- |"


@dataclass(frozen=True)
class Row:
    """One measured piece of work. ``limit`` is the goal: ratio ≤ limit (or, with ``absolute``, app < limit)."""

    work: str
    app: float
    floor: float | None
    unit: str
    goal: str
    limit: float | None = None
    absolute: bool = False  # the goal is on the app's own value (MB), not on the ratio

    @property
    def ratio(self) -> float | None:
        return self.app / self.floor if self.floor else None

    @property
    def met(self) -> bool | None:
        if self.limit is None:
            return None
        if self.absolute:
            return self.app < self.limit
        return self.ratio is not None and self.ratio <= self.limit


def _value(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    if unit == "s":
        return f"{value:.3f} s" if value < 10 else f"{value:.1f} s"
    if unit == "ms":
        return f"{value:.0f} ms"
    return f"{value:.0f} {unit}"


def _cells(row: Row) -> tuple[str, ...]:
    ratio = "—" if row.ratio is None else f"{row.ratio:.2f}×"
    met = {None: "", True: "yes", False: "NO"}[row.met]
    return row.work, _value(row.app, row.unit), _value(row.floor, row.unit), ratio, row.goal, met


def machine() -> str:
    """Where the figures were measured, in a few words."""
    model = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{model}, {os.cpu_count()} cores, {platform.system()}"


def show(rows: list[Row], note: str = "") -> None:
    """The rows as an aligned table on stdout."""
    head = ("work", "app", "floor", "ratio", "goal", "met")
    lines = [head, *(_cells(row) for row in rows)]
    widths = [max(len(line[i]) for line in lines) for i in range(len(head))]
    for line in lines:
        print("  ".join(cell.ljust(width) if i in (0, 4) else cell.rjust(width)
                        for i, (cell, width) in enumerate(zip(line, widths))).rstrip())
    if note:
        print(note)


def record(rows: list[Row], document: Path = DOCUMENT) -> None:
    """Replace (or add) each row's line in the table of docs/performance.md."""
    text = document.read_text(encoding="utf-8")
    today = dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    where = machine()
    start = text.index(TABLE_RULE) + len(TABLE_RULE) + 1
    end = text.find("\n\n", start)
    end = len(text) if end < 0 else end + 1
    table = [line for line in text[start:end].splitlines() if line.strip()]
    for row in rows:
        line = "| " + " | ".join((*_cells(row), today, where)) + " |"
        key = re.escape(f"| {row.work} |")
        for index, existing in enumerate(table):
            if re.match(key, existing):
                table[index] = line
                break
        else:
            table.append(line)
    document.write_text(text[:start] + "\n".join(table) + "\n" + text[end:], encoding="utf-8")
    print(f"recorded {len(rows)} rows in {document.relative_to(ROOT)}")


# Pasted into each measured child process. VmHWM is the peak of the process's own memory;
# ru_maxrss would not do: Linux carries the parent's peak across fork and exec into the child's.
PEAK_RSS = '''
def peak_rss_mb():
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # macOS: bytes, but no /proc either
'''
