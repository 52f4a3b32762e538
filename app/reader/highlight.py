"""How de-identification tags and transcription conventions look in the reader.

Conventions come from ``transcripts.conventions``, their one definition (the importer uses it too).
Finding them is plain Python (:func:`format_spans`, one block at a time); :class:`LazyFormats` does it for
a block when it is first shown, so opening a transcript formats only the rows on screen.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from PySide6.QtGui import QColor, QTextBlock, QTextCharFormat, QTextLayout

from app.reader.layout import OffsetMap
from transcripts.conventions import CONVENTION_RE

TAG_RE = re.compile(r"\[[^\]\n]{1,40}\]")

def format_spans(text: str) -> list[tuple[int, int, bool]]:
    """Where the tags and conventions of one block's ``text`` are: ``(start, length, is_convention)`` in
    code points, in order of application. Conventions win over tags: a convention written in brackets
    ([latter]) stays dimmed, not a tag chip. No Qt."""
    out: list[tuple[int, int, bool]] = []
    conv_spans: list[tuple[int, int]] = []
    for m in CONVENTION_RE.finditer(text):
        conv_spans.append((m.start(), m.end()))
        out.append((m.start(), m.end() - m.start(), True))
    if "[" in text:
        conv_starts = [a for a, _b in conv_spans]
        for m in TAG_RE.finditer(text):
            # Only the last convention starting at or before the tag can hold it (matches never overlap).
            i = bisect_right(conv_starts, m.start()) - 1
            if i >= 0 and conv_spans[i][1] >= m.end():
                continue
            out.append((m.start(), m.end() - m.start(), False))
    return out


def _tag_format() -> QTextCharFormat:
    f = QTextCharFormat()
    f.setBackground(QColor("#e3e8f4"))
    f.setForeground(QColor("#27446e"))
    return f


def _convention_format() -> QTextCharFormat:
    f = QTextCharFormat()
    f.setForeground(QColor("#8a8a8a"))
    f.setFontItalic(True)
    return f


class LazyFormats:
    """Gives each block its tag and convention formats the first time it is about to be shown.

    ``setPlainText`` then runs without a Python call per block (a ``QSyntaxHighlighter`` formats every
    block of the transcript up front, each call waiting for the interpreter), and only the blocks a
    person looks at are ever searched for tags: the editor calls :meth:`ensure` for each block it is
    about to paint. Formats set on a block that was already laid out (scrolling there laid it out) make
    Qt lay it out again when it is next used, so it is drawn right; that second layout of a screenful
    costs less than formatting the blocks around the target up front.
    """

    def __init__(self) -> None:
        self._tag, self._conv = _tag_format(), _convention_format()
        self._done: set[int] = set()

    def reset(self) -> None:
        """A new text (call it right after setting one): nothing of it is formatted yet."""
        self._done = set()

    def ensure(self, block: QTextBlock) -> None:
        pos = block.position()
        if pos in self._done:
            return
        self._done.add(pos)
        text = block.text()
        spans = format_spans(text)
        if spans:
            to_doc = OffsetMap(text).to_doc  # Qt counts UTF-16 units: an emoji takes two
            ranges = []
            for start, length, conv in spans:
                r = QTextLayout.FormatRange()
                r.start, r.length = to_doc(start), to_doc(start + length) - to_doc(start)
                r.format = self._conv if conv else self._tag
                ranges.append(r)
            block.layout().setFormats(ranges)
