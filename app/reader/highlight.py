"""How de-identification tags and transcription conventions look in the reader.

Conventions come from ``transcripts.conventions``, their one definition (the importer uses it too).
Finding them is plain Python (:func:`format_spans`) and runs on the project's executor with the rest of
opening a transcript; the highlighter on the UI thread only looks the finished spans up per block.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat, QTextDocument

from app.reader.layout import OffsetMap
from transcripts.conventions import CONVENTION_RE

TAG_RE = re.compile(r"\[[^\]\n]{1,40}\]")

#: Per block (keyed by its document position): ``(start, length, is_convention)`` in UTF-16 units
#: relative to the block, in the order they are to be applied.
BlockSpans = dict[int, list[tuple[int, int, bool]]]


def format_spans(text: str, offsets: OffsetMap) -> BlockSpans:
    """Where the tags and conventions of ``text`` (the displayed text, blocks separated by "\\n") are.

    Conventions win over tags: a convention written in brackets ([latter]) stays dimmed, not a tag chip.
    Neither pattern crosses a line break, so a match never spans two blocks. No Qt: runs on any thread.
    """
    block_starts = [0] + [m.end() for m in re.finditer("\n", text)]
    out: BlockSpans = {}
    to_doc = offsets.to_doc

    def put(a: int, b: int, conv: bool) -> None:
        blk = block_starts[bisect_right(block_starts, a) - 1]
        pos = to_doc(blk)
        out.setdefault(pos, []).append((to_doc(a) - pos, to_doc(b) - to_doc(a), conv))

    conv_spans: list[tuple[int, int]] = []
    for m in CONVENTION_RE.finditer(text):
        conv_spans.append((m.start(), m.end()))
        put(m.start(), m.end(), True)
    conv_starts = [a for a, _b in conv_spans]
    for m in TAG_RE.finditer(text):
        # Inside a convention? Only the last convention starting at or before the tag can hold it
        # (conventions never overlap each other: finditer does not return overlapping matches).
        i = bisect_right(conv_starts, m.start()) - 1
        if i >= 0 and conv_spans[i][1] >= m.end():
            continue
        put(m.start(), m.end(), False)
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


class ConventionHighlighter(QSyntaxHighlighter):
    """Formats one block at a time from the spans :func:`format_spans` found; Qt calls it only for blocks
    whose text changed (when a transcript is shown, never on coding). Set ``spans`` before the text."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self._tag, self._conv = _tag_format(), _convention_format()
        self.spans: BlockSpans = {}

    def highlightBlock(self, text: str) -> None:
        spans = self.spans.get(self.currentBlock().position())
        if spans:
            for start, length, conv in spans:
                self.setFormat(start, length, self._conv if conv else self._tag)
