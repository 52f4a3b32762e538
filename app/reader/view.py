"""The coding view: toolbar, transcript editor with line gutter and code margin, kept in step with the project.

Opening reads one transcript, its segments and the codes once and builds the document once. After that
``project_changed`` is handled by touching only the segments named in ``changes.ids("segments")``.
Main thread only.
"""

from __future__ import annotations

import html
import logging

from PySide6.QtCore import QPoint, QRect, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QResizeEvent, QTextCursor
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QMenu, QSizePolicy, QVBoxLayout, QWidget

from app.context import TOUCHED_SEGMENTS, ProjectContext, follow
from app.reader.actions import CodingActions
from app.reader.consensus import ConsensusWalk
from app.reader.editor import TranscriptEditor
from app.reader.gutter import LineGutter
from app.reader.highlight import ConventionHighlighter
from app.reader.layout import LineIndex, OffsetMap, SegmentTable, display_text
from app.reader.margin import MARGIN_WIDTH, CodeMargin
from app.reader.snap import snap_to_words
from coding import queries
from coding.changes import Changes
from coding.dto import CodeDTO, SegmentDTO, TranscriptDTO
from coding.services import coding_ops as _ops
from coding.store import Project

log = logging.getLogger(__name__)


CODES_COMPANION = "coding view: codes"


def _codes_and_pass(project: Project) -> tuple[list[CodeDTO], int]:
    return queries.codes(project), _ops.current_coding_pass(project)


def _touched_segments_of(project: Project, seg_ids: frozenset[int]) -> list[SegmentDTO]:
    return queries.segments_by_id(project, seg_ids) if seg_ids else []


class _FramedEditor(TranscriptEditor):
    """The editor that places the gutter (left) and the code margin (right) in its viewport margins."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.gutter = LineGutter(self)
        self.margin = CodeMargin(self)
        self.updateRequest.connect(self._on_update_request)
        # Changing viewport margins inside a resize confuses the scroll area's layout: do it right after.
        # A child timer dies with the editor, so it can never fire on a deleted one.
        self._relayout_timer = QTimer(self, singleShot=True, interval=0)
        self._relayout_timer.timeout.connect(self.relayout_margins)
        self.relayout_margins()

    def margin_width(self) -> int:
        """The code margin takes at most a third of a narrow view, so the text always keeps the room."""
        return min(MARGIN_WIDTH, max(48, self.width() // 3))

    def relayout_margins(self) -> None:
        self._margin_w = self.margin_width()
        self.setViewportMargins(self.gutter.width_hint(), 0, self._margin_w, 0)
        self._place()

    def _place(self) -> None:
        cr = self.contentsRect()
        gw = self.gutter.width_hint()
        self.gutter.setGeometry(QRect(cr.left(), cr.top(), gw, cr.height()))
        sb = self.verticalScrollBar()
        sbw = sb.width() if sb.isVisible() else 0
        mw = self._margin_w
        self.margin.setGeometry(QRect(cr.right() - mw - sbw + 1, cr.top(), mw, cr.height()))

    def resizeEvent(self, e: QResizeEvent) -> None:
        super().resizeEvent(e)
        self._place()
        if self.margin_width() != self._margin_w:
            self._relayout_timer.start()

    def _on_update_request(self, rect: QRect, dy: int) -> None:
        self.gutter.update()
        self.margin.update()


class CodingView(QWidget):
    segment_selected = Signal(int)
    transcript_opened = Signal(int)  # transcript id, or 0 when closed
    current_line_changed = Signal(int)  # line number (1-based), 0 when none

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("codingView")
        self.ctx: ProjectContext | None = None
        self.transcript: TranscriptDTO | None = None
        self.codes: dict[int, CodeDTO] = {}
        self.editor = _FramedEditor(self)
        self.gutter, self.margin = self.editor.gutter, self.editor.margin
        self.highlighter = ConventionHighlighter(self.editor.document())
        self.toolbar = QWidget(self)
        self.toolbar.setObjectName("codingToolbar")
        bar = QHBoxLayout(self.toolbar)
        bar.setContentsMargins(6, 3, 6, 3)
        self.pass_box = QComboBox(self)
        self.pass_box.setObjectName("passBox")
        for n in (1, 2, 3):
            self.pass_box.addItem(self.tr("Pass %1").replace("%1", str(n)), n)
        # Whose segments to show: everyone's, or one coder's (shown once the project has two coders).
        self.coder_box = QComboBox(self)
        self.coder_box.setObjectName("coderFilter")
        self.coder_box.addItem(self.tr("All coders"), "")
        self.coder_box.setVisible(False)
        self.coder_box.currentIndexChanged.connect(self._on_coder_filter)
        self._coder_filter = ""
        self._coder_names: set[str] = set()
        self.quick_box = QLineEdit(self)
        self.quick_box.setObjectName("quickCodeBox")
        self.quick_box.setPlaceholderText(self.tr("Code… (Ctrl+K)"))
        self.quick_box.setClearButtonEnabled(True)
        self.quick_box.setMaximumWidth(260)
        self.recent_label = QLabel(self)
        self.recent_label.setObjectName("recentCodes")
        self.recent_label.setTextFormat(Qt.TextFormat.RichText)
        self.recent_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        bar.addWidget(QLabel(self.tr("Pass"), self))
        bar.addWidget(self.pass_box)
        bar.addWidget(self.coder_box)
        bar.addSpacing(12)
        bar.addWidget(self.quick_box)
        bar.addSpacing(12)
        bar.addWidget(self.recent_label, 1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        lay.addWidget(self.toolbar)
        lay.addWidget(self.editor)
        self.margin.segment_clicked.connect(self.select_segment)
        self.margin.tooltip_for = self._tooltip
        self.editor.cursorPositionChanged.connect(self._on_cursor_moved)
        self._last_line = 0
        self.consensus = ConsensusWalk(self)
        self.actions = CodingActions(self)
        # Right-click on the text offers the coding actions (with their keys, which teaches them) before the
        # usual Copy / Select all; the stripes in the margin have their own menu.
        self.editor.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.editor.customContextMenuRequested.connect(self._text_menu)

    def text_menu(self, pos: QPoint) -> QMenu:
        """The text's context menu at ``pos`` (viewport coordinates). Without a selection, or outside it,
        the cursor first moves to the clicked line, so "code the current line" codes that line."""
        ed = self.editor
        cur = ed.textCursor()
        at = ed.cursorForPosition(pos).position()
        if not (cur.hasSelection() and cur.selectionStart() <= at <= cur.selectionEnd()):
            moved = ed.textCursor()
            moved.setPosition(at)
            ed.setTextCursor(moved)
        menu = ed.createStandardContextMenu(pos)
        first = menu.actions()[0] if menu.actions() else None
        a = self.actions
        for act in (a.code_line, a.code_turn, a.quick, a.invivo):
            menu.insertAction(first, act)  # type: ignore[arg-type]
        menu.insertSeparator(first)  # type: ignore[arg-type]
        return menu

    def _text_menu(self, pos: QPoint) -> None:
        menu = self.text_menu(pos)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self.editor.viewport().mapToGlobal(pos))

    # ---- context -------------------------------------------------------------------------------
    def set_context(self, ctx: ProjectContext | None) -> None:
        follow(self.ctx, ctx, project_changed=self._on_project_changed)
        if self.ctx is not None:
            self.ctx.remove_companion(CODES_COMPANION)
        if ctx is not None:  # the codes are read on the executor with the write that changed them
            ctx.add_companion(CODES_COMPANION, lambda p, ch: _codes_and_pass(p) if ch.touches("codes") else None)
        self.consensus.set_context(ctx)
        self.ctx = ctx
        self.close_transcript()
        self._coder_filter = ""
        self._load_coders()
        if ctx is not None:
            self._load_codes()
        # What an empty view is for: shown while no transcript is open (an empty project shows it first).
        self.editor.setPlaceholderText(self.tr("Import your transcripts (Ctrl+I), or choose one in the list.")
                                       if ctx is not None else "")
        self.actions.update_enabled()

    def close_transcript(self) -> None:
        self.transcript = None
        self.editor.index = LineIndex((), ())
        self.editor.table = SegmentTable(self.editor.index)
        self.editor.selected_segment = None
        self.editor.setPlainText("")
        self.transcript_opened.emit(0)
        self.actions.update_enabled()

    # ---- opening -------------------------------------------------------------------------------
    def open_transcript(self, transcript_id: int, start: int | None = None, end: int | None = None) -> None:
        assert self.ctx is not None, "no project open"
        if self.transcript is None or self.transcript.id != transcript_id:
            t = queries.transcript(self.ctx.project, transcript_id)
            segs = [s for s in queries.segments(self.ctx.project, transcript_id) if self._shows(s)]
            self.transcript = t
            ed = self.editor
            ed.offsets = OffsetMap(t.text)
            ed.index = LineIndex(t.lines, t.turns)
            ed.table = SegmentTable(ed.index)
            ed.table.load(segs)
            ed.selected_segment = None
            with QSignalBlocker(ed):
                ed.setPlainText(display_text(t))
            ed.relayout_margins()
            self.transcript_opened.emit(t.id)
        if start is not None:
            self.select_range(start, end if end is not None else start)
        elif self.transcript.lines:
            self.select_range(self.transcript.lines[0].start, self.transcript.lines[0].start)
        self.actions.update_enabled()
        self.editor.viewport().update()

    def select_range(self, start: int, end: int) -> None:
        ed = self.editor
        c = ed.textCursor()
        c.setPosition(ed.offsets.to_doc(start))
        if end > start:
            c.setPosition(ed.offsets.to_doc(end), QTextCursor.MoveMode.KeepAnchor)
        ed.setTextCursor(c)
        ed.ensureCursorVisible()

    def go_to_line(self, index: int) -> None:
        ln = self.editor.index.lines[index]
        self.select_range(ln.start, ln.start)
        # Keep the current line away from the edges when walking with the keyboard: context above and below.
        self.editor.centerCursor() if not self._line_visible(index) else None

    def _line_visible(self, index: int) -> bool:
        """The line is on screen with at least three text lines of room to the top and bottom edges."""
        blocks = self.editor.visible_blocks()
        lo, hi = self.editor.visible_range(blocks)
        pos = self.editor.offsets.to_doc(self.editor.index.lines[index].start)
        height = self.editor.viewport().height()
        top, bottom = self.editor.row_span(blocks, pos, height + 10)
        room = min(3 * self.editor.fontMetrics().lineSpacing(), height // 4)
        return lo <= pos < hi and top >= room and bottom <= height - room

    # ---- what the user points at -----------------------------------------------------------------
    def selection(self) -> tuple[int, int] | None:
        """The selected text as transcript offsets, or None if nothing is selected."""
        c = self.editor.textCursor()
        if not c.hasSelection() or self.transcript is None:
            return None
        a, b = self.editor.offsets.to_offset(c.selectionStart()), self.editor.offsets.to_offset(c.selectionEnd())
        a, b = snap_to_words(self.transcript.text, a, b)  # a sloppy selection never cuts a word
        return (a, b) if b > a else None

    def current_line(self) -> int | None:
        return self.editor.current_line_index() if self.transcript is not None else None

    def current_selection(self) -> tuple[int, int, int] | None:
        if self.transcript is None:
            return None
        sel = self.selection()
        if sel is not None:
            return (self.transcript.id, sel[0], sel[1])
        i = self.current_line()
        if i is None:
            return None
        ln = self.editor.index.lines[i]
        return (self.transcript.id, ln.start, ln.end)

    def selected_text(self) -> str:
        sel = self.selection()
        if sel is None or self.transcript is None:
            return ""
        return self.transcript.text[sel[0]:sel[1]]

    def select_segment(self, segment_id: int | None) -> None:
        self.editor.selected_segment = segment_id
        self.editor.viewport().update()
        self.margin.update()
        if segment_id is not None:
            self.segment_selected.emit(segment_id)

    def _on_cursor_moved(self) -> None:
        i = self.current_line()
        n = self.editor.index.lines[i].number if i is not None and len(self.editor.index) else 0
        if n != self._last_line:
            self._last_line = n
            self.gutter.update()
            self.current_line_changed.emit(n)

    # ---- keeping in step with the project --------------------------------------------------------
    def _load_codes(self, read: tuple[list[CodeDTO], int] | None = None) -> None:
        """Take the codes (and the current coding pass) as ``read`` on the executor; without ``read``
        (opening a project) they are read here."""
        assert self.ctx is not None
        codes, coding_pass = read if read is not None else _codes_and_pass(self.ctx.project)
        self.codes = {c.id: c for c in codes}
        self.editor.code_colors = {cid: QColor(c.color) for cid, c in self.codes.items()}
        self.margin.code_names = {cid: c.name for cid, c in self.codes.items()}
        self.actions.codes_changed(coding_pass)

    def _on_project_changed(self, changes: Changes) -> None:
        if self.ctx is None:
            return
        if changes.touches("codes"):
            got = self.ctx.companion(CODES_COMPANION)
            if got is not None:
                self._load_codes(got)
            else:
                ctx = self.ctx
                ctx.read("Codes", _codes_and_pass, on_done=lambda r: self._load_codes(r) if self.ctx is ctx else None)
        t = self.transcript
        if t is not None and changes.touches("transcripts", "lines", "turns"):
            tids = changes.ids("transcripts")
            if t.id in tids or changes.touches("lines", "turns"):
                QTimer.singleShot(0, lambda: self._reopen(t.id))
                return
        seg_ids = changes.ids("segments")
        if seg_ids:
            got = self.ctx.companion(TOUCHED_SEGMENTS)
            if got is None or any(s.coder and s.coder not in self._coder_names for s in got):
                self._load_coders()  # a new coder (or a change read elsewhere): the list is read again
        if t is not None and seg_ids:
            self._update_segments(seg_ids)
        elif changes.touches("codes", "memos"):
            self.editor.viewport().update()
            self.margin.update()

    # ---- whose coding ------------------------------------------------------------------------------
    def _shows(self, s: SegmentDTO) -> bool:
        return not self._coder_filter or s.coder == self._coder_filter

    def _load_coders(self) -> None:
        """The coders of the project for the filter, read on the executor."""
        ctx = self.ctx
        if ctx is None:
            self._set_coders([])
            return
        ctx.read("Coders", queries.coders, on_done=lambda names: self._set_coders(names) if self.ctx is ctx else None)

    def _set_coders(self, names: list[str]) -> None:
        self._coder_names = set(names)
        have = [self.coder_box.itemData(i) for i in range(1, self.coder_box.count())]
        if names != have:
            with QSignalBlocker(self.coder_box):
                self.coder_box.clear()
                self.coder_box.addItem(self.tr("All coders"), "")
                for n in names:
                    self.coder_box.addItem(n, n)
                i = self.coder_box.findData(self._coder_filter)
                self.coder_box.setCurrentIndex(max(i, 0))
            if self.coder_box.currentIndex() == 0:
                self._coder_filter = ""
        self.coder_box.setVisible(len(names) > 1 or bool(self._coder_filter))

    def show_coder(self, coder: str) -> None:
        """Show only ``coder``'s segments ("" for everyone's)."""
        i = self.coder_box.findData(coder)
        self.coder_box.setCurrentIndex(max(i, 0))

    def _on_coder_filter(self, _index: int) -> None:
        self._coder_filter = str(self.coder_box.currentData() or "")
        if self.transcript is not None:
            self._reopen(self.transcript.id)

    def _reopen(self, transcript_id: int) -> None:
        if self.ctx is None:
            return
        cur = self.current_selection()
        self.transcript = None
        try:
            self.open_transcript(transcript_id, *(cur[1:] if cur else ()))
        except KeyError:  # the transcript is gone (deleted, withdrawn)
            self.close_transcript()

    def _update_segments(self, seg_ids: frozenset[int]) -> None:
        assert self.ctx is not None and self.transcript is not None
        got = self.ctx.companion(TOUCHED_SEGMENTS)
        if got is None:  # a change broadcast without its write job (an import): read it on the executor
            ctx, tid = self.ctx, self.transcript.id
            ctx.read("Coded segments", _touched_segments_of, seg_ids, on_done=lambda segs: (
                self._take_segments(seg_ids, segs) if self.ctx is ctx and self.transcript is not None
                and self.transcript.id == tid else None))
            return
        self._take_segments(seg_ids, got)

    def _take_segments(self, seg_ids: frozenset[int], segs: list[SegmentDTO]) -> None:
        assert self.transcript is not None
        table = self.editor.table
        fresh = {s.id: s for s in segs}
        for sid in seg_ids:
            s = fresh.get(sid)
            if s is None or s.transcript_id != self.transcript.id or not self._shows(s):
                table.remove(sid)
                if self.editor.selected_segment == sid:
                    self.editor.selected_segment = None
            else:
                table.add(s)
        self.editor.viewport().update()
        self.margin.update()

    def _tooltip(self, segment_id: int) -> str:
        s = self.editor.table.segments.get(segment_id)
        if s is None or self.ctx is None:
            return ""
        code = self.codes.get(s.code_id)
        parts = [f"<b>{html.escape(code.name if code else '?')}</b> · {self.editor.index.label(s.start, s.end)}"]
        meta = self.tr("pass %1").replace("%1", str(s.coding_pass))
        if s.coder:
            meta = f"{html.escape(s.coder)} · {meta}"
        parts.append(f"<span style='color:#777'>{meta}</span>")
        for m in queries.memos(self.ctx.project, "segment", segment_id):
            parts.append(html.escape(m.text[:400]))
        return "<br>".join(parts)
