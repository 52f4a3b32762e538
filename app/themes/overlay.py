"""Transcript overlay: a whole transcript with theme-area colours in a margin instead of codes.

Themed passages get a faint tint of their area; passages no theme covers stay plain. Next/previous
buttons jump between uncovered passages; the header shows the themed share of the transcript.
"""

from __future__ import annotations

import bisect

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QFontDatabase, QPainter, QShowEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.context import ProjectContext, follow
from app.i18n import percent
from app.reads import LatestRead
from coding.dto import TranscriptDTO, TranscriptSummary
from coding.queries import transcript, transcript_summaries
from coding.recontext import Overlay, overlay
from coding.store import Project

BAND_W = 7


def utf16_offsets(text: str) -> list[int] | None:
    """Qt positions count UTF-16 units; map code-point offsets when the text has astral characters."""
    if all(ord(c) < 0x10000 for c in text):
        return None
    out, pos = [], 0
    for c in text:
        out.append(pos)
        pos += 2 if ord(c) >= 0x10000 else 1
    out.append(pos)
    return out


def layout_lines(t: TranscriptDTO) -> tuple[str, list[int]]:
    """The transcript as shown: one line a row, ``number  speaker: text`` (the speaker on a turn's first
    line), and for every code-point offset of ``t.text`` (0 … len) its Qt position (UTF-16) in that display.

    Text between lines (line breaks, blanks) maps to the end of the line before, so a passage ending at a
    line's end stops there and one starting at a line's start begins after the row's prefix."""
    if not t.lines:
        m = utf16_offsets(t.text)
        return t.text, m if m is not None else list(range(len(t.text) + 1))
    turns = {tu.id: tu for tu in t.turns}
    num_w = len(str(max(ln.number for ln in t.lines)))
    lab_w = max((len(tu.speaker) for tu in t.turns), default=0) + 2
    out: list[str] = []
    m = [0] * (len(t.text) + 1)
    pos = src = 0
    prev_turn: int | None = None
    for i, ln in enumerate(t.lines):
        tu = turns.get(ln.turn_id)
        label = f"{tu.speaker}: " if tu is not None and ln.turn_id != prev_turn else ""
        prev_turn = ln.turn_id
        head = ("\n" if i else "") + f"{ln.number:>{num_w}}  " + label.ljust(lab_w)
        for o in range(src, ln.start):
            m[o] = pos
        out.append(head)
        pos += len(head)  # ASCII and speaker tags: one UTF-16 unit each unless astral
        pos += sum(1 for c in head if ord(c) >= 0x10000)
        for o in range(ln.start, ln.end):
            m[o] = pos
            pos += 2 if ord(t.text[o]) >= 0x10000 else 1
        out.append(t.text[ln.start:ln.end])
        src = ln.end
    for o in range(src, len(t.text) + 1):
        m[o] = pos
    return "".join(out), m


class _Margin(QWidget):
    def __init__(self, view: OverlayView) -> None:
        super().__init__(view.text)
        self.v = view

    def sizeHint(self) -> QSize:
        return QSize(self.v.margin_width(), 0)

    def paintEvent(self, _e) -> None:  # type: ignore[no-untyped-def]
        p = QPainter(self)
        p.fillRect(self.rect(), QColor("#fafafa"))
        o = self.v.data
        if o is None:
            return
        cols = {a: i for i, a in enumerate(dict.fromkeys(b.area_id for b in o.bands))}
        for b in o.bands:
            top = self.v.text.cursorRect(self.v.cursor_at(b.start)).top()
            bottom = self.v.text.cursorRect(self.v.cursor_at(b.end)).bottom()
            if bottom < 0 or top > self.height():
                continue
            p.fillRect(QRect(3 + cols[b.area_id] * (BAND_W + 2), top, BAND_W, max(3, bottom - top)), QColor(b.color))


class OverlayView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx: ProjectContext | None = None
        self.data: Overlay | None = None
        self._stale = False
        self._map: list[int] | None = None
        self._generation = 0  # band updates read on the executor: only the newest is shown
        self._listing = LatestRead()  # the transcript list for the chooser
        self.pick = QComboBox()
        self.pick.currentIndexChanged.connect(lambda _i: self.show_transcript(self.pick.currentData()))
        self.share = QLabel()
        prev = QPushButton(self.tr("◀ Previous uncovered"))
        nxt = QPushButton(self.tr("Next uncovered ▶"))
        prev.clicked.connect(lambda: self.jump(-1))
        nxt.clicked.connect(lambda: self.jump(1))
        self.text = QPlainTextEdit(readOnly=True)
        self.text.setPlaceholderText(self.tr(
            "Choose a transcript above to re-read it whole, with its theme areas marked in the margin."))
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))  # numbers and speakers align
        self.margin = _Margin(self)
        self.text.updateRequest.connect(lambda *_: self.margin.update())
        self.legend = QLabel()
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Transcript")))
        bar.addWidget(self.pick, 1)
        bar.addWidget(self.share)
        bar.addWidget(prev)
        bar.addWidget(nxt)
        lay = QVBoxLayout(self)
        lay.addLayout(bar)
        lay.addWidget(self.legend)
        lay.addWidget(self.text)

    def margin_width(self) -> int:
        n = len({b.area_id for b in self.data.bands}) if self.data else 0
        return 6 + max(1, n) * (BAND_W + 2)

    def resizeEvent(self, e) -> None:  # type: ignore[no-untyped-def]
        super().resizeEvent(e)
        self._place_margin()

    def _place_margin(self) -> None:
        w = self.margin_width()
        self.text.setViewportMargins(w, 0, 0, 0)
        cr = self.text.contentsRect()
        self.margin.setGeometry(QRect(cr.left(), cr.top(), w, cr.height()))

    def cursor_at(self, offset: int) -> QTextCursor:
        c = QTextCursor(self.text.document())
        c.setPosition(self._map[offset] if self._map else offset)
        return c

    def set_context(self, ctx: ProjectContext | None) -> None:
        follow(self.ctx, ctx, settled=self._changed)
        self.ctx = ctx
        if ctx is not None and not self.isVisible():
            self._stale = True  # a hidden overlay reads nothing at open; showEvent fills it
            return
        self._fill()

    def _changed(self, ch) -> None:  # type: ignore[no-untyped-def]
        if not self.isVisible():  # hidden: catch up when shown (showEvent), compute nothing now
            self._stale = self._stale or ch.touches("transcripts", "theme_nodes", "codes", "segments")
            return
        if ch.touches("transcripts"):
            self._fill()
        elif ch.touches("theme_nodes", "codes", "segments") and self.data is not None and self.ctx is not None:
            # The bands of the shown transcript are recomputed on the executor; the text stays.
            ctx, tid = self.ctx, self.data.transcript_id
            self._generation += 1
            gen = self._generation

            def done(o: Overlay) -> None:
                if gen == self._generation and ctx is self.ctx and self.data is not None \
                        and self.data.transcript_id == tid:
                    self._show_bands(o)

            ctx.read("Overlay", overlay, tid, on_done=done)

    def showEvent(self, e: QShowEvent) -> None:
        super().showEvent(e)
        if self._stale:
            self._stale = False
            self._fill()

    def _fill(self) -> None:
        """Read the transcript list on the executor; the chooser and the text follow."""
        self._stale = False
        if self.ctx is None:
            self._listing.cancel()
            self._listed([])
            return
        self._listing.read(self.ctx, "Overlay transcripts", transcript_summaries, on_done=self._listed)

    def _listed(self, summaries: list[TranscriptSummary]) -> None:
        self.pick.blockSignals(True)
        keep = self.pick.currentData()
        self.pick.clear()
        for t in summaries:
            self.pick.addItem(f"{t.informant_label or '–'} · {t.title}", t.id)
        self.pick.setCurrentIndex(max(0, self.pick.findData(keep)))
        self.pick.blockSignals(False)
        self.show_transcript(self.pick.currentData())

    def show_transcript(self, transcript_id: int | None, keep_text: bool = False) -> None:
        if self.ctx is None or transcript_id is None:
            self.data = None
            self.text.setPlainText("")
            self.share.clear()
            return
        if self.pick.currentData() != transcript_id:
            self.pick.blockSignals(True)
            self.pick.setCurrentIndex(max(0, self.pick.findData(transcript_id)))
            self.pick.blockSignals(False)
        self._generation += 1  # a band update still on its way is for the old view
        gen, ctx = self._generation, self.ctx
        text = not keep_text or not self.text.toPlainText()

        def done(res: tuple[Overlay, TranscriptDTO | None]) -> None:
            if gen != self._generation or ctx is not self.ctx:
                return  # another transcript was chosen meanwhile
            o, t = res
            if t is not None:
                shown, self._map = layout_lines(t)
                self.text.setPlainText(shown)
            self._show_bands(o)

        # The bands (and the text, when it changes) are read on the executor.
        ctx.read("Overlay", _overlay_and_text, transcript_id, text, on_done=done)

    def _show_bands(self, o: Overlay) -> None:
        self.data = o
        self.share.setText(self.tr("themed: {0} of text, {1}/{2} lines").format(
            percent(o.share), o.themed_lines, o.total_lines))
        sels = []
        for b in o.bands:
            fmt = QTextCharFormat()
            c = QColor(b.color)
            c.setAlpha(45)
            fmt.setBackground(c)
            s = QTextEdit.ExtraSelection()
            s.cursor = self.cursor_at(b.start)
            s.cursor.setPosition(self.cursor_at(b.end).position(), QTextCursor.MoveMode.KeepAnchor)
            s.format = fmt
            sels.append(s)
        self.text.setExtraSelections(sels)
        names = dict.fromkeys((b.name, b.color) for b in o.bands)
        self.legend.setText("  ".join(f"<span style='color:{c}'>■</span> {n}" for n, c in names)
                            or self.tr("<i>No theme area covers this transcript yet.</i>"))
        self._place_margin()
        self.margin.update()

    def jump(self, step: int) -> tuple[int, int] | None:
        """Select the next (step 1) or previous (step -1) uncovered passage from the cursor."""
        if self.data is None or not self.data.uncovered:
            return None
        pos = self.text.textCursor().selectionStart() if step < 0 else self.text.textCursor().selectionEnd()
        # back from a Qt position to a transcript offset (the map rises monotonically)
        here = min(bisect.bisect_left(self._map, pos), len(self._map) - 1) if self._map else pos
        ranges = self.data.uncovered
        if step > 0:
            target = next((r for r in ranges if r[0] >= here), ranges[0])
        else:
            target = next((r for r in reversed(ranges) if r[1] <= here), ranges[-1])
        c = self.cursor_at(target[0])
        c.setPosition(self.cursor_at(target[1]).position(), QTextCursor.MoveMode.KeepAnchor)
        self.text.setTextCursor(c)
        self.text.centerCursor()
        return target


def _overlay_and_text(project: Project, transcript_id: int, with_text: bool) -> tuple[Overlay, TranscriptDTO | None]:
    """Executor side of showing a transcript in the overlay: its bands, and its text when asked."""
    return overlay(project, transcript_id), transcript(project, transcript_id) if with_text else None
