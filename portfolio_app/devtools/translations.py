"""Build the translations: collect the texts (lupdate), report what is untranslated, compile (lrelease).

    .venv/bin/python -m portfolio_app.devtools.translations          # update .ts, compile .qm, list gaps
    .venv/bin/python -m portfolio_app.devtools.translations release  # compile only (build.spec does this)
    .venv/bin/python -m portfolio_app.devtools.translations check    # list gaps; exit 1 if any

Sources scanned: every module of portfolio_app/ui (self.tr, QCoreApplication.translate)
and every other module of the package that marks texts with QT_TRANSLATE_NOOP
(domain enums and validation, services, report options). Translate the new
entries in resources/translations/portfolio_de.ts (Qt Linguist:
``.venv/bin/pyside6-linguist resources/translations/portfolio_de.ts``, or edit
the XML), then run the command again to compile.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from portfolio_app.resources import resource_path

PACKAGE_DIR = Path(__file__).resolve().parents[1]
LANGUAGES = ("de",)
CATALOGUE = "portfolio"
NOOP_MARKER = "QT_TRANSLATE_NOOP("


def ts_file(language: str) -> Path:
    return resource_path("translations", f"{CATALOGUE}_{language}.ts")


def qm_file(language: str) -> Path:
    return ts_file(language).with_suffix(".qm")


def source_files(package_dir: Path = PACKAGE_DIR) -> list[Path]:
    """The modules whose texts are translated: all of ui/, and any other module using QT_TRANSLATE_NOOP."""
    found = set((package_dir / "ui").rglob("*.py"))
    for path in package_dir.rglob("*.py"):
        if "devtools" in path.parts or path.name == "i18n.py" and path.parent.name == "domain":
            continue
        if NOOP_MARKER in path.read_text(encoding="utf-8"):
            found.add(path)
    return sorted(found)


def qt_tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease from the same environment as this Python."""
    beside_python = Path(sys.executable).with_name(f"pyside6-{name}")
    if beside_python.exists():
        return str(beside_python)
    found = shutil.which(f"pyside6-{name}")
    if found:
        return found
    import PySide6

    return str(Path(PySide6.__file__).parent / name)


def update(ts: Path, sources: list[Path] | None = None) -> None:
    """Add new texts to ``ts`` and drop texts no longer in the code; translations already made are kept."""
    ts.parent.mkdir(parents=True, exist_ok=True)
    sources = sources or source_files()
    subprocess.run(
        [qt_tool("lupdate"), "-silent", "-locations", "none", "-no-obsolete",
         *map(str, sources), "-ts", str(ts)],
        check=True,
    )


def release(ts: Path, qm: Path | None = None) -> Path:
    qm = qm or ts.with_suffix(".qm")
    subprocess.run([qt_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
    return qm


@dataclass(frozen=True, slots=True)
class Message:
    context: str
    source: str
    comment: str  # the disambiguation, if any
    translations: tuple[str, ...]  # one, or one per plural form
    finished: bool
    plural: bool


def read_ts(ts: Path) -> list[Message]:
    messages = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            plural = message.get("numerus") == "yes"
            if translation is None:
                texts, state = (), "unfinished"
            elif plural:
                texts = tuple((form.text or "") for form in translation.iter("numerusform"))
                state = translation.get("type", "")
            else:
                texts, state = (translation.text or "",), translation.get("type", "")
            finished = state not in ("unfinished", "vanished", "obsolete") and bool(texts) and all(texts)
            messages.append(
                Message(name, message.findtext("source", ""), message.findtext("comment") or "", texts, finished, plural)
            )
    return messages


def gaps(ts: Path) -> list[Message]:
    """Texts without a finished translation."""
    return [message for message in read_ts(ts) if not message.finished]


def main(argv: list[str]) -> int:
    action = argv[0] if argv else "all"
    if action not in ("all", "update", "release", "check"):
        print(__doc__)
        return 2
    status = 0
    for language in LANGUAGES:
        ts = ts_file(language)
        if action in ("all", "update"):
            update(ts)
        missing = gaps(ts)
        for message in missing:
            print(f"{ts.name}: untranslated [{message.context}] {message.source!r}")
        if action in ("all", "release"):
            print(f"compiled {release(ts)}")
        if action == "check" and missing:
            status = 1
        print(f"{ts.name}: {len(read_ts(ts)) - len(missing)} translated, {len(missing)} missing")
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
