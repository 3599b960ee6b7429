"""English plural forms for texts written "%Ln contribution(s)".

English is the source language, so no .qm file answers for it, and Qt then
shows the source as it is: "294 contribution(s)". This translator, installed
before the others (so asked last), answers only for such texts with a count:
"(s)" becomes "" for one and "s" otherwise; Qt fills in %Ln itself. A
translation of the chosen language (German) answers first when it has one.
"""

from __future__ import annotations

from PySide6.QtCore import QTranslator


class EnglishPlurals(QTranslator):
    def translate(  # Qt's signature
        self, context: str, source_text: str, disambiguation: str | None = None, n: int | None = -1
    ) -> str | None:
        if n is None or n < 0 or not source_text or "(s)" not in source_text:
            return None  # not ours (a null string): the next translator, or the source text
        return source_text.replace("(s)", "" if n == 1 else "s")

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return False
