"""German as complete as English: every visible UI text goes through tr()/translate and has a translation.

When this fails after new UI texts landed, run

    .venv/bin/python -m portfolio_app.devtools.translations

translate the entries it lists in resources/translations/portfolio_de.ts, and
run it again to compile the .qm file.
"""

from __future__ import annotations

import ast
import re
import shutil
from pathlib import Path

import pytest

from portfolio_app.devtools.translations import gaps, qm_file, read_ts, source_files, ts_file, update
from portfolio_app.resources import resource_path

UI_DIR = Path(__file__).resolve().parents[1] / "portfolio_app" / "ui"

# Calls that put text on screen: Qt setters, adders and constructors, and the static dialog helpers.
SINK_CALLS = {
    "setText", "setWindowTitle", "setToolTip", "setStatusTip", "setWhatsThis", "setPlaceholderText",
    "setTitle", "addAction", "addMenu", "addTab", "insertTab", "setTabText", "setTabToolTip", "addItem",
    "insertItem", "addItems", "setHorizontalHeaderLabels", "setVerticalHeaderLabels", "setHeaderLabels",
    "addRow", "insertRow", "showMessage", "setLabelText", "setInformativeText", "setDetailedText",
    "setCancelButtonText", "setSuffix", "setPrefix", "setSpecialValueText", "setButtonText",
    "setAccessibleName", "setAccessibleDescription", "setWindowIconText", "setNameFilter", "setNameFilters",
    "information", "warning", "critical", "question", "about", "getText", "getItem", "getInt", "getDouble",
    "getOpenFileName", "getOpenFileNames", "getSaveFileName", "getExistingDirectory",
    "QLabel", "QPushButton", "QAction", "QCheckBox", "QRadioButton", "QGroupBox", "QMenu", "QToolButton",
    "QMessageBox", "QProgressDialog", "QCommandLinkButton", "QListWidgetItem", "QTreeWidgetItem",
    "QStandardItem", "QWizardPage",
}
ESCAPE_COMMENT = "# untranslated:"  # followed by the reason, for the rare text that must stay as it is
_MARKUP = re.compile(r"<[^>]*>|&[a-z]+;|%\d|%L?n|%L\d|\{[^}]*\}")
# item views take (text, data) or (icon, text, data): the data is never shown
ITEM_CALLS = {"addItem": 0, "insertItem": 1}
TRANSLATING = {"tr", "translate"}
FILLING = {"fill"}  # portfolio_app.ui.text_fill: the template is its first argument


def _prose(text: str) -> bool:
    """Looks like words for a person: letters, and a space, a capital or closing punctuation."""
    text = _MARKUP.sub(" ", text).strip()
    if not re.search(r"[^\W\d_]", text):
        return False
    return bool(re.search(r"\s", text) or re.search(r"[A-ZÄÖÜ]", text) or text.endswith((".", ":", "…", "?", "!")))


def _literals(node: ast.AST):
    """String literals that would reach the screen as they are (not those inside tr()/translate())."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        yield node.value
    elif isinstance(node, ast.JoinedStr):
        yield "".join(part.value for part in node.values if isinstance(part, ast.Constant))
    elif isinstance(node, ast.BinOp):
        yield from _literals(node.left)
        yield from _literals(node.right)
    elif isinstance(node, ast.IfExp):
        yield from _literals(node.body)
        yield from _literals(node.orelse)
    elif isinstance(node, (ast.List, ast.Tuple)):
        for element in node.elts:
            yield from _literals(element)
    elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        # "Hello {}".format(x) reaches the screen untranslated; self.tr("…").replace(…) does not
        yield from _literals(node.func.value)
    elif isinstance(node, ast.Call) and _call_name(node) in FILLING and node.args:
        # fill("Hello %1", name) shows its template: fill(self.tr("Hello %1"), name) is translated
        yield from _literals(node.args[0])


def _call_name(call: ast.Call) -> str:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""


def _item_text(arguments: list[ast.expr]) -> list[ast.expr]:
    """The text argument of addItem/insertItem: the first, unless the first is an icon."""
    first = arguments[0]
    is_text = isinstance(first, (ast.Constant, ast.JoinedStr, ast.BinOp)) or (
        isinstance(first, ast.Call) and _call_name(first) in TRANSLATING
    ) or (isinstance(first, ast.Call) and isinstance(first.func, ast.Attribute) and _call_name(first) in {"replace", "format"}
          ) or (isinstance(first, ast.Call) and _call_name(first) in FILLING)
    return [first] if is_text or len(arguments) == 1 else [arguments[1]]


def untranslated_texts(path: Path) -> list[str]:
    source = path.read_text(encoding="utf-8")
    lines = source.splitlines()
    found = []
    tree = ast.parse(source)
    in_class = {id(node) for cls in ast.walk(tree) if isinstance(cls, ast.ClassDef) for node in ast.walk(cls)}
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        line = lines[node.lineno - 1]
        if ESCAPE_COMMENT in line:
            continue
        name = _call_name(node)
        if name == "tr" and isinstance(node.func, ast.Name):
            # tr = QCoreApplication.translate; tr("ctx", "text"): lupdate reads "ctx" as the text;
            # tr = window.tr outside a class: lupdate files the text under no context, Qt looks under the class
            if len(node.args) >= 2 or id(node) not in in_class:
                found.append(f"{path.name}:{node.lineno}: a tr alias that lupdate misreads")
            continue
        if name not in SINK_CALLS:
            continue
        arguments = [*node.args, *(keyword.value for keyword in node.keywords)]
        if name in ITEM_CALLS and len(node.args) > ITEM_CALLS[name]:
            arguments = _item_text(node.args[ITEM_CALLS[name]:])
        for argument in arguments:
            for text in _literals(argument):
                if _prose(text):
                    found.append(f"{path.name}:{node.lineno}: {text!r}")
    return found


def test_the_scanner_catches_what_it_should():
    sample = '''
label = QLabel("Hello world")
button.setText(self.tr("Fine"))
box.setWindowTitle(f"Report for {name}")
action = QAction(icon, "Export…", self)
combo.addItem(self.tr("A4"), "a4")
combo.addItem(label.replace("%3", end), f"employment:{job.id}")
combo.addItem(icon("x"), "Visible text", "data")
QMessageBox.warning(self, "Cannot save", str(exc))
status.showMessage("Saved %s".format(path))
label.setText(self.tr("Moved to %1").replace("%1", str(path)))
label.setText(fill(self.tr("Moved to %1"), str(path)))
combo.addItem(fill(self.tr("At %1"), name), f"employment:{job.id}")
label.setText(fill("Filled but untranslated %1", name))
label.setText("42")
label.setText("<b>%1</b>")
tr = QCoreApplication.translate
label.setText(tr("workers", "Please wait"))
'''
    path = Path(__file__).with_name("_scanner_sample.py")
    try:
        path.write_text(sample, encoding="utf-8")
        found = untranslated_texts(path)
    finally:
        path.unlink()
    assert [entry.split(": ", 1)[1] for entry in found] == [
        "'Hello world'", "'Report for '", "'Export…'", "'Visible text'", "'Cannot save'", "'Saved %s'",
        "'Filled but untranslated %1'", "a tr alias that lupdate misreads",
    ]


def test_every_visible_text_in_the_ui_is_translatable():
    found = [entry for path in sorted(UI_DIR.rglob("*.py")) for entry in untranslated_texts(path)]
    assert not found, "texts shown without tr()/QCoreApplication.translate:\n" + "\n".join(found)


def test_every_translatable_text_has_a_german_translation(tmp_path):
    """lupdate over today's code into a copy of the .ts: nothing new, nothing unfinished."""
    committed = ts_file("de")
    current = tmp_path / committed.name
    shutil.copy(committed, current)
    update(current, source_files())
    missing = [f"[{m.context}] {m.source!r}" for m in gaps(current)]
    assert not missing, (
        f"{len(missing)} texts without German translation; run "
        "`.venv/bin/python -m portfolio_app.devtools.translations` and translate them:\n" + "\n".join(missing)
    )
    assert not [m for m in read_ts(current) if not m.context], "texts without a context (misread by lupdate)"


def test_translations_keep_their_placeholders():
    for message in read_ts(ts_file("de")):
        if not message.finished:
            continue  # reported by the test above
        for translation in message.translations:
            for placeholder in set(re.findall(r"%\d|%L?n|\{\w*\}", message.source)):
                if message.plural and placeholder in ("%n", "%Ln"):
                    continue  # a singular form may spell the number out
                assert placeholder in translation, (message.context, message.source, translation)


def test_the_compiled_qm_matches_the_ts(qapp):
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(qm_file("de"))), "compile it: python -m portfolio_app.devtools.translations"
    for message in read_ts(ts_file("de")):
        if not message.finished:
            continue  # Qt shows the English source; reported by the completeness test
        comment = message.comment or None
        if message.plural:
            assert translator.translate(message.context, message.source, comment, 1) == message.translations[0]
            assert translator.translate(message.context, message.source, comment, 5) == message.translations[-1]
        else:
            assert translator.translate(message.context, message.source, comment) == message.translations[0], (
                message.context, message.source,
            )


@pytest.fixture
def english_again(qapp):
    from PySide6.QtCore import QLocale

    from portfolio_app.ui.translators import install_translators

    yield
    install_translators(qapp, "en")
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


def test_german_reaches_our_widgets_and_qt_dialogs(qapp, qtbot, english_again):
    from PySide6.QtCore import QCoreApplication, QLocale

    from portfolio_app.ui.translators import current_language, install_translators
    from portfolio_app.ui.preferences_dialog import PreferencesDialog

    assert install_translators(qapp, "de") == "de" and current_language() == "de"
    dialog = PreferencesDialog(None)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Einstellungen"
    assert QCoreApplication.translate("enum", "Talk") == "Vortrag"
    # Qt's own texts (qtbase_de.qm): the buttons of standard dialogs
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"
    assert QLocale().language() == QLocale.Language.German

    assert install_translators(qapp, "en") == "en"
    assert QCoreApplication.translate("PreferencesDialog", "Preferences") == "Preferences"


def test_the_preference_overrides_the_system_language(qapp, english_again):
    from portfolio_app.services.preferences import Preferences, save_preferences
    from portfolio_app.ui.translators import effective_language, system_language

    assert effective_language(None) == system_language()  # nothing chosen yet
    save_preferences(Preferences(language="de"))
    assert effective_language(None) == "de"
    save_preferences(Preferences(language="en"))
    assert effective_language(None) == "en"
    assert effective_language("de") == "de"  # an explicit argument wins


def test_the_qm_files_are_where_the_app_and_the_bundle_look():
    assert qm_file("de") == resource_path("translations", "portfolio_de.qm")
    assert qm_file("de").is_file() and ts_file("de").is_file()


@pytest.mark.parametrize(
    ("system", "choice", "language", "number"),
    [
        ("de_DE.UTF-8", "", "de", "1.234.567,5"),  # the system decides
        ("de_CH.UTF-8", "", "de", "1'234'567.5"),  # Swiss German numbers stay Swiss
        ("fr_FR.UTF-8", "", "en", "1 234 567,5"),  # no French UI, but French numbers
        ("en_GB.UTF-8", "de", "de", "1.234.567,5"),  # the Preferences override
        ("de_DE.UTF-8", "en", "en", "1,234,567.5"),
    ],
)
def test_language_and_number_formats_follow_the_system_locale(system, choice, language, number):
    """A fresh process per locale: Qt reads the system locale once, at start."""
    import os
    import subprocess
    import sys

    script = (
        "from PySide6.QtCore import QCoreApplication, QLocale\n"
        "app = QCoreApplication([])\n"
        "from portfolio_app.ui.translators import install_translators\n"
        f"print(install_translators(app, {choice!r}))\n"
        "print(QLocale().toString(1234567.5, 'f', 1))\n"
        "print(QCoreApplication.translate('enum', 'Talk'))\n"
    )
    env = {**os.environ, "LANG": system, "LC_ALL": "", "LC_NUMERIC": "", "LANGUAGE": "", "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    shown_language, shown_number, talk = result.stdout.split("\n")[:3]
    assert shown_language == language
    assert shown_number.replace("\u2019", "'").replace("\u202f", " ").replace("\xa0", " ") == number
    assert talk == ("Vortrag" if language == "de" else "Talk")
