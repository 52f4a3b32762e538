"""The read-only transcript text with coded-text tints and the current line painted behind the text.

Tints are painted per visible row from the segment table on every paint, so a coding change costs one
viewport repaint, never a re-format of the document (QualCoder re-highlights everything per change).
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QRectF, Qt
from PySide6.QtGui import QColor, QKeyEvent, QKeySequence, QPainter, QPaintEvent, QTextBlock, QTextLayout
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from app import settings
from app.reader.highlight import LazyFormats
from app.reader.layout import LineIndex, OffsetMap, SegmentTable
from coding.dto import SegmentDTO


@dataclass
class VisibleBlock:
    pos: int  # document position of the block
    length: int
    top: float  # viewport y of the block's top
    layout: QTextLayout


class TranscriptEditor(QPlainTextEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setCenterOnScroll(False)
        self.offsets = OffsetMap("")
        self.index = LineIndex((), ())
        self.table = SegmentTable(self.index)
        self.code_colors: dict[int, QColor] = {}
        self.selected_segment: int | None = None
        self.formats = LazyFormats()
        self._doc_starts_of: tuple[LineIndex, OffsetMap] | None = None
        self._doc_starts: list[int] = []
        self._shortcut_keys: set[int] = set()  # key combos our actions own, even though the text edit knows them
        self._base_pt = self.font().pointSizeF()
        self.apply_font_pt(settings.transcript_font_pt())
        self.cursorPositionChanged.connect(self.viewport().update)

    def apply_font_pt(self, pt: float) -> None:
        """Transcript text size (Preferences); 0 = the system font enlarged by a tenth."""
        doc_font = self.font()
        doc_font.setPointSizeF(pt if pt > 0 else self._base_pt * 1.1)
        self.setFont(doc_font)

    # ---- geometry shared with gutter and margin ------------------------------------------------
    def visible_blocks(self) -> list[VisibleBlock]:
        out: list[VisibleBlock] = []
        block: QTextBlock = self.firstVisibleBlock()
        offset = self.contentOffset()
        h = self.viewport().height()
        while block.isValid():
            self.formats.ensure(block)  # before it is laid out: it is laid out once, with its formats
            geo = self.blockBoundingGeometry(block).translated(offset)
            if geo.top() > h:
                break
            if block.isVisible():
                out.append(VisibleBlock(block.position(), block.length(), geo.top(), block.layout()))
            block = block.next()
        return out

    @staticmethod
    def row_span(blocks: list[VisibleBlock], pos: int, below: float) -> tuple[float, float]:
        """Viewport y (top, bottom) of the visual row holding document position ``pos``; positions above the
        visible blocks give a top above 0, positions below give ``below``."""
        if not blocks or pos < blocks[0].pos:
            return (-10.0, -10.0)
        i = bisect_right([b.pos for b in blocks], pos) - 1
        b = blocks[i]
        rel = pos - b.pos
        if rel >= b.length and i == len(blocks) - 1:
            return (below, below)
        line = b.layout.lineForTextPosition(min(rel, max(0, b.length - 1)))
        if not line.isValid():
            return (b.top, b.top)
        return (b.top + line.y(), b.top + line.y() + line.height())

    def visible_range(self, blocks: list[VisibleBlock]) -> tuple[int, int]:
        if not blocks:
            return (0, 0)
        return (blocks[0].pos, blocks[-1].pos + blocks[-1].length)

    def segments_between(self, lo: int, hi: int) -> list[SegmentDTO]:
        """The segments touching the lines between document positions ``lo`` and ``hi`` (the visible
        range), from the table's per-line lists: a paint never walks every segment of the transcript."""
        r = self.index.range_of(self.offsets.to_offset(lo), self.offsets.to_offset(hi))
        return [] if r is None else self.table.on_lines(r[0] - 1, r[1] + 1)

    def line_doc_starts(self) -> list[int]:
        """Document position of every line's start (the gutter's lookup), computed once per transcript."""
        key = (self.index, self.offsets)
        if self._doc_starts_of != key:
            self._doc_starts_of = key
            self._doc_starts = [self.offsets.to_doc(s) for s in self.index.starts]
        return self._doc_starts

    def current_line_index(self) -> int | None:
        return self.index.index_at(self.offsets.to_offset(self.textCursor().position()))

    # ---- painting --------------------------------------------------------------------------------
    def _fill_range(self, p: QPainter, blocks: list[VisibleBlock], a: int, b: int, color: QColor,
                    starts: list[int] | None = None, off: float | None = None) -> None:
        """Fill the rows of document range ``[a, b)`` that are visible. ``starts`` (the blocks' positions)
        and ``off`` (the x offset) may be passed by a caller that fills many ranges in one paint."""
        if starts is None:
            starts = [blk.pos for blk in blocks]
        if off is None:
            off = self.contentOffset().x() + self.document().documentMargin()
        first = max(0, bisect_right(starts, a) - 1)  # only the blocks the range overlaps
        for blk in blocks[first:]:
            if blk.pos >= b:
                break
            lo, hi = max(a, blk.pos), min(b, blk.pos + blk.length - 1)
            if lo >= hi:
                continue
            lay = blk.layout
            for n in range(lay.lineCount()):
                line = lay.lineAt(n)
                ls, le = blk.pos + line.textStart(), blk.pos + line.textStart() + line.textLength()
                s, e = max(lo, ls), min(hi, le)
                if s >= e:
                    continue
                x1 = line.cursorToX(s - blk.pos)[0]
                x2 = line.cursorToX(e - blk.pos)[0]
                p.fillRect(QRectF(x1 + off, blk.top + line.y(), max(2.0, x2 - x1), line.height()), color)

    def paintEvent(self, e: QPaintEvent) -> None:
        blocks = self.visible_blocks()
        if blocks:
            p = QPainter(self.viewport())
            lo, hi = self.visible_range(blocks)
            starts = [blk.pos for blk in blocks]
            off = self.contentOffset().x() + self.document().documentMargin()
            cur = self.current_line_index()
            if cur is not None:
                ln = self.index.lines[cur]
                self._fill_range(p, blocks, self.offsets.to_doc(ln.start), self.offsets.to_doc(ln.end),
                                 QColor(255, 236, 150, 110), starts, off)
            for s in self.segments_between(lo, hi):
                a, b = self.offsets.to_doc(s.start), self.offsets.to_doc(s.end)
                if a < hi and b > lo:
                    c = QColor(self.code_colors.get(s.code_id, QColor("#888888")))
                    c.setAlpha(90 if s.id == self.selected_segment else 38)
                    self._fill_range(p, blocks, a, b, c, starts, off)
            p.end()
        super().paintEvent(e)

    # ---- keys: let our single-key and navigation shortcuts win over text navigation -----------------
    def set_shortcut_keys(self, seqs: list[QKeySequence]) -> None:
        self._shortcut_keys = {s[0].toCombined() for s in seqs if s.count()}

    def add_shortcut_keys(self, seqs: list[QKeySequence]) -> None:
        self._shortcut_keys |= {s[0].toCombined() for s in seqs if s.count()}

    def event(self, e: QEvent) -> bool:
        if e.type() == QEvent.Type.ShortcutOverride and isinstance(e, QKeyEvent):
            combo = e.keyCombination().toCombined()
            if combo in self._shortcut_keys:
                e.ignore()
                return True
        return super().event(e)
