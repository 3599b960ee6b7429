"""Marking strings for translation without importing Qt.

The domain and services must not import Qt, yet their messages reach the
user. They mark text with ``QT_TRANSLATE_NOOP`` (the name pyside6-lupdate
looks for); the UI translates it with ``QCoreApplication.translate`` at display
time, the CLI prints it as it is.
"""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - name fixed by lupdate
    return text
