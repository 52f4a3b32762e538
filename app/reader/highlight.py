"""How de-identification tags and transcription conventions look in the reader.

Conventions come from ``transcripts.conventions``, their one definition (the importer uses it too).
"""

from __future__ import annotations

import re

from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat, QTextDocument

from transcripts.conventions import CONVENTION_RE

TAG_RE = re.compile(r"\[[^\]\n]{1,40}\]")


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
    """Formats one block at a time; Qt calls it only for blocks whose text changed (never on coding)."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self._tag, self._conv = _tag_format(), _convention_format()

    def highlightBlock(self, text: str) -> None:
        # Conventions first, so a convention written in brackets ([latter]) stays dimmed, not a tag chip.
        conv_spans = []
        for m in CONVENTION_RE.finditer(text):
            self.setFormat(m.start(), m.end() - m.start(), self._conv)
            conv_spans.append((m.start(), m.end()))
        for m in TAG_RE.finditer(text):
            if any(a <= m.start() and m.end() <= b for a, b in conv_spans):
                continue
            self.setFormat(m.start(), m.end() - m.start(), self._tag)
