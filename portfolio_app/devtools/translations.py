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

import html
import re
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
        if "devtools" in path.parts or path.name == "translation_marks.py" and path.parent.name == "domain":
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
    kept = plural_forms(ts)
    subprocess.run(
        [qt_tool("lupdate"), "-silent", "-locations", "none", "-no-obsolete",
         *map(str, sources), "-ts", str(ts)],
        check=True,
    )
    mark_plurals(ts)
    restore_plural_forms(ts, kept)


_PLAIN_MESSAGE = re.compile(
    r"(?P<indent>[ \t]*)<message>(?P<head>\s*<source>(?P<source>[^<]*)</source>\s*(?:<comment>[^<]*</comment>\s*)?)"
    r"<translation(?P<attrs>[^>]*?)(?:/>|>(?P<text>[^<]*)</translation>)")


_UNFINISHED_PLURAL = re.compile(
    r'<message numerus="yes">\s*<source>(?P<source>[^<]*)</source>\s*(?:<comment>[^<]*</comment>\s*)?'
    r'<translation type="unfinished">(?:\s*<numerusform>[^<]*</numerusform>)+\s*</translation>')


def plural_forms(ts: Path) -> dict[tuple[str, str], tuple[str, ...]]:
    """The written plural forms of every "%Ln" message, by (context, source)."""
    if not ts.exists():
        return {}
    return {(m.context, m.source): m.translations for m in read_ts(ts)
            if m.plural and "%Ln" in m.source and m.translations and all(m.translations)}


def _escape(text: str) -> str:
    """As lupdate writes text: &amp; &lt; &gt; &apos; &quot;."""
    return html.escape(text, quote=True).replace("&#x27;", "&apos;")


def restore_plural_forms(ts: Path, kept: dict[tuple[str, str], tuple[str, ...]]) -> None:
    """Put back the forms lupdate collapsed into the first one (it extracts these texts without a count)."""
    text = ts.read_text(encoding="utf-8")
    context_pattern = re.compile(r"<context>\s*<name>([^<]*)</name>(.*?)</context>", re.S)
    message_pattern = re.compile(
        r'(<message numerus="yes">\s*<source>([^<]*)</source>\s*(?:<comment>[^<]*</comment>\s*)?<translation[^>]*>)'
        r"((?:\s*<numerusform>[^<]*</numerusform>)+)")

    def in_context(context: re.Match[str]) -> str:
        name = html.unescape(context[1])

        def message(match: re.Match[str]) -> str:
            forms = kept.get((name, html.unescape(match[2])))
            if not forms:
                return match[0]
            indent = match[3][: len(match[3]) - len(match[3].lstrip())]  # the leading white space
            written = "".join(f"{indent}<numerusform>{_escape(form)}</numerusform>" for form in forms)
            return match[1] + written

        return context[0][: context.start(2) - context.start(0)] + message_pattern.sub(message,
                                                                                       context[2]) + "</context>"

    ts.write_text(context_pattern.sub(in_context, text), encoding="utf-8")


def mark_plurals(ts: Path, forms: int = 2) -> int:
    """Make every "%Ln" text a plural message; returns how many were changed.

    PySide6 6.11's lupdate files QCoreApplication.translate(context, text, "", n)
    as an ordinary message, and a runtime lookup with n then finds a
    translation only for the first plural form: German showed "400
    contribution(s)". Marked here, lrelease compiles both forms; a translation
    made before is kept as every form until someone writes the real ones. The
    file is edited as text so the rest of it stays byte for byte as lupdate wrote it.
    """
    text = ts.read_text(encoding="utf-8")
    changed = 0

    def numerus(match: re.Match[str]) -> str:
        nonlocal changed
        if "%Ln" not in match["source"] and "%n" not in match["source"]:
            return match[0]
        changed += 1
        indent = match["indent"]
        translated = match["text"] or ""
        attrs = match["attrs"] if translated else ' type="unfinished"'
        inner = "".join(f"\n{indent}        <numerusform>{translated}</numerusform>" for _ in range(forms))
        return (f'{indent}<message numerus="yes">{match["head"]}<translation{attrs}>{inner}\n'
                f"{indent}    </translation>")

    text = _PLAIN_MESSAGE.sub(numerus, text)

    def refinished(match: re.Match[str]) -> str:
        # lupdate flags our plural messages "unfinished" again (its extraction sees no plural); forms that
        # are all written are finished
        nonlocal changed
        forms = re.findall(r"<numerusform>([^<]*)</numerusform>", match[0])
        if "%Ln" not in match["source"] or not forms or not all(forms):
            return match[0]
        changed += 1
        return match[0].replace('<translation type="unfinished">', "<translation>", 1)

    text = _UNFINISHED_PLURAL.sub(refinished, text)
    if changed:
        ts.write_text(text, encoding="utf-8")
    return changed


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
            texts: tuple[str, ...]
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
                Message(name, message.findtext("source", ""), message.findtext("comment") or "", texts, finished,
                        plural)
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
