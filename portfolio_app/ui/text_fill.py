"""Filling %1…%n in a translated text, in one pass.

Replacing the markers one after another (``.replace("%1", a).replace("%2", b)``)
substitutes again inside what was already filled in: an organisation called
"Acme %2" would have its "%2" replaced by the next value. ``fill`` reads the
template once, so a value is always printed as it is. ``%Ln`` (Qt's plural
number) is left for ``translate(…, n)`` to fill, and a marker without a value
stays as written.
"""

from __future__ import annotations

import re

_MARKER = re.compile(r"%(\d+)")


def fill(template: str, *values: object) -> str:
    """``template`` with %1 replaced by the first value, %2 by the second, and so on."""

    def value(match: re.Match[str]) -> str:
        number = int(match.group(1))
        return str(values[number - 1]) if 1 <= number <= len(values) else match.group(0)

    return _MARKER.sub(value, template)
