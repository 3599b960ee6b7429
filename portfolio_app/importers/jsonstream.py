"""Walking a large JSON document piece by piece, with line numbers for messages.

An archive's posts file can hold hundreds of megabytes. json.load would build
the whole tree at once; here each array entry is decoded on its own by the C
decoder (JSONDecoder.raw_decode) from a sliding text buffer, so memory stays
at one chunk plus one entry, and speed stays close to json.loads.
"""

from __future__ import annotations

import io
import json
import re
from collections.abc import Iterator
from typing import Any

from portfolio_app.domain.translation_marks import QT_TRANSLATE_NOOP
from portfolio_app.importers.base import ImportRefused
from portfolio_app.importers.containers import NOT_UTF8, TextSource

CHUNK_CHARS = 1 << 20
MAX_ENTRY_CHARS = 64 << 20  # no single post is anywhere near this

EMPTY = QT_TRANSLATE_NOOP("importers", "the file is empty")
BAD_JSON = QT_TRANSLATE_NOOP("importers", "the JSON data is damaged ({error})")
EXPECTED = QT_TRANSLATE_NOOP("importers", "expected {expected} but found {found}")
TRUNCATED = QT_TRANSLATE_NOOP("importers", "the file ends in the middle of the data (is it complete?)")
ENTRY_TOO_LARGE = QT_TRANSLATE_NOOP("importers", "an entry is larger than {limit} MB")
TRAILING = QT_TRANSLATE_NOOP("importers", "unexpected text after the end of the data")

_WS = re.compile(r"[ \t\n\r]*")
_NUMBER = re.compile(r"[-+0-9.eE]*")
_NUMBER_START = frozenset("-0123456789")
_DECODER = json.JSONDecoder()
# How close to the buffer end a decode error must be to mean "read more first":
# a cut literal like `tru` fails a few characters before the end.
_NEAR_END = 16


class JsonStream:
    def __init__(self, text: io.TextIOBase | TextSource, name: str, chunk: int = CHUNK_CHARS,
                 max_entry: int = MAX_ENTRY_CHARS):
        self._text = text
        self.name = name
        self._chunk = chunk
        self._max_entry = max_entry
        self.buf = ""
        self.pos = 0
        self.eof = False
        self._seen_any = False  # any non-blank character so far: else the file counts as empty
        # line counting is incremental: _count_line is the line at buf[_count_pos]
        self._count_pos = 0
        self._count_line = 1

    # -- buffer -------------------------------------------------------------

    def _fill(self) -> bool:
        if self.eof:
            return False
        try:
            data = self._text.read(self._chunk)
        except UnicodeDecodeError as error:
            raise ImportRefused(NOT_UTF8, self.name, self.line_at(len(self.buf))) from error
        if not data:
            self.eof = True
            return False
        if not self._seen_any and data.strip(" \t\r\n\ufeff"):
            self._seen_any = True
        if self.pos:
            self.line_at(self.pos)
            self.buf = self.buf[self.pos:]
            self._count_pos -= self.pos
            self.pos = 0
        self.buf += data
        return True

    def line_at(self, pos: int) -> int:
        if pos < self._count_pos:
            return self._count_line - self.buf.count("\n", pos, self._count_pos)
        self._count_line += self.buf.count("\n", self._count_pos, pos)
        self._count_pos = pos
        return self._count_line

    @property
    def line(self) -> int:
        return self.line_at(self.pos)

    def refuse(self, reason: str, pos: int | None = None, **args: object) -> ImportRefused:
        return ImportRefused(reason, self.name, self.line_at(self.pos if pos is None else pos), **args)

    # -- tokens -------------------------------------------------------------

    def peek(self) -> str:
        """The next non-blank character, or "" at the end of the file."""
        while True:
            self.pos = _WS.match(self.buf, self.pos).end()  # type: ignore[union-attr]
            if self.pos < len(self.buf):
                return self.buf[self.pos]
            if not self._fill():
                return ""

    def expect(self, char: str) -> None:
        found = self.peek()
        if found == char:
            self.pos += 1
            return
        if not found:
            if not self._seen_any:
                raise ImportRefused(EMPTY, self.name)
            raise self.refuse(TRUNCATED)
        raise self.refuse(EXPECTED, expected=repr(char), found=repr(found))

    def read_until(self, char: str, limit: int) -> str:
        """Text up to (not including) char, which is consumed; for `window.YTD.x = [`."""
        while True:
            index = self.buf.find(char, self.pos)
            if index >= 0 and index - self.pos <= limit:
                text = self.buf[self.pos:index]
                self.pos = index + 1
                return text
            if len(self.buf) - self.pos > limit or not self._fill():
                if not self._seen_any:
                    raise ImportRefused(EMPTY, self.name)
                raise self.refuse(EXPECTED, expected=repr(char), found=repr(self.buf[self.pos:self.pos + 20]))

    def value(self) -> Any:
        """Decode one complete JSON value at the current position."""
        if not self.peek():
            if not self._seen_any:
                raise ImportRefused(EMPTY, self.name)
            raise self.refuse(TRUNCATED)
        while True:
            # A bare number must be complete before decoding: "0." would decode as 0.
            if self.buf[self.pos] in _NUMBER_START and \
                    _NUMBER.match(self.buf, self.pos).end() == len(self.buf) and self._grow():  # type: ignore[union-attr]
                continue
            try:
                obj, end = _DECODER.raw_decode(self.buf, self.pos)
            except json.JSONDecodeError as error:
                if not self.eof and self._maybe_cut(error) and self._grow():
                    continue
                if self.eof and self._maybe_cut(error):
                    raise self.refuse(TRUNCATED, len(self.buf)) from error
                raise self.refuse(BAD_JSON, error.pos, error=error.msg) from error
            except RecursionError as error:
                raise self.refuse(BAD_JSON, error="nested too deeply") from error
            except ValueError as error:  # Python refuses integers of more than 4,300 digits
                raise self.refuse(BAD_JSON, error="a number with thousands of digits; no export holds one") from error
            self.pos = end
            return obj

    def _maybe_cut(self, error: json.JSONDecodeError) -> bool:
        """Whether the decode failed only because the text stops (here, or at the end of the file)."""
        if error.msg.startswith("Unterminated string"):
            return True
        rest = self.buf[error.pos:].rstrip()
        if not self.eof and len(self.buf) - error.pos <= _NEAR_END:
            return True
        return not rest or any(literal.startswith(rest) for literal in ("true", "false", "null")) \
            or bool(_NUMBER.fullmatch(rest))

    def _grow(self) -> bool:
        if len(self.buf) - self.pos > self._max_entry:
            raise self.refuse(ENTRY_TOO_LARGE, limit=self._max_entry >> 20)
        return self._fill()

    # -- structure ----------------------------------------------------------

    def iter_array(self) -> Iterator[int]:
        """Step through an array: yields the start line of each entry; the caller reads it."""
        self.expect("[")
        if self.peek() == "]":
            self.pos += 1
            return
        while True:
            self.peek()
            yield self.line
            found = self.peek()
            if found == ",":
                self.pos += 1
            elif found == "]":
                self.pos += 1
                return
            elif not found:
                raise self.refuse(TRUNCATED)
            else:
                raise self.refuse(EXPECTED, expected="',' or ']'", found=repr(found))

    def iter_object(self) -> Iterator[str]:
        """Step through an object's keys, in file order; the caller reads each value."""
        self.expect("{")
        if self.peek() == "}":
            self.pos += 1
            return
        while True:
            if self.peek() != '"':
                raise self.refuse(EXPECTED, expected="a key", found=repr(self.peek() or "end of file"))
            key = self.value()
            self.expect(":")
            yield key
            found = self.peek()
            if found == ",":
                self.pos += 1
            elif found == "}":
                self.pos += 1
                return
            elif not found:
                raise self.refuse(TRUNCATED)
            else:
                raise self.refuse(EXPECTED, expected="',' or '}'", found=repr(found))

    def end(self) -> None:
        """Only blanks (and the `;` of a JavaScript assignment) may follow the data."""
        while True:
            found = self.peek()
            if not found:
                return
            if found != ";":
                raise self.refuse(TRAILING)
            self.pos += 1
