"""The coding view: toolbar, transcript editor with line gutter and code margin, kept in step with the project.

Opening reads one transcript, its segments and the codes on the project's executor, in one read
(:mod:`app.reader.opening`), and builds the document once when the result is back; this view makes no
query on the UI thread (memo tooltips, coders, recent codes are read on the executor too; the consensus
walk's recount in ``consensus.py`` still computes here). After that ``project_changed`` is handled by
touching only the segments named in ``changes.ids("segments")``. Main thread only.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable

from PySide6.QtCore import QPoint, QRect, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QCursor, QResizeEvent, QTextCursor
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QMenu, QSizePolicy, QVBoxLayout, QWidget

from app.context import BUSY_CURSOR_MS, TOUCHED_SEGMENTS, ProjectContext, follow
from app.executor import Job
from app.reader.actions import CodingActions
from app.reader.consensus import ConsensusWalk
from app.reader.editor import TranscriptEditor
from app.reader.gutter import LineGutter
from app.reader.layout import LineIndex, SegmentTable
from app.reader.margin import MARGIN_WIDTH, CodeMargin
from app.reader.opening import OpenedTranscript, Wanted, read_opened
from app.reader.snap import snap_to_words
from coding import queries
from coding.changes import Changes
from coding.dto import CodeDTO, MemoDTO, SegmentDTO, TranscriptDTO
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
    segments_taken = Signal(int)  # transcript id: the shown transcript's segments changed (any coder's)
    current_line_changed = Signal(int)  # line number (1-based), 0 when none

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("codingView")
        self.ctx: ProjectContext | None = None
        self.transcript: TranscriptDTO | None = None
        self.codes: dict[int, CodeDTO] = {}
        self._codes_read: tuple[list[CodeDTO], int] | None = None
        self._wanted = Wanted()  # the newest open request (read by the worker too)
        self._opening: int | None = None  # the transcript asked for while its read is under way (-1: not known)
        self._busy_shown: QCursor | None = None  # the text's own cursor while the busy one shows
        self._busy_timer = QTimer(self, singleShot=True, interval=BUSY_CURSOR_MS)
        self._busy_timer.timeout.connect(self._show_busy)
        self.editor = _FramedEditor(self)
        self.gutter, self.margin = self.editor.gutter, self.editor.margin
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
        self._codes_read = None
        self._load_coders()
        if ctx is not None:  # on the executor; a transcript opened meanwhile brings them along too
            ctx.read("Codes", _codes_and_pass, on_done=lambda r: self._load_codes(r) if self.ctx is ctx else None)
        # What an empty view is for: shown while no transcript is open (an empty project shows it first).
        self.editor.setPlaceholderText(self.tr("Import your transcripts (Ctrl+I), or choose one in the list.")
                                       if ctx is not None else "")
        self.actions.update_enabled()

    def close_transcript(self) -> None:
        self._cancel_open()
        self.transcript = None
        self.editor.index = LineIndex((), ())
        self.editor.table = SegmentTable(self.editor.index)
        self.editor.selected_segment = None
        self.editor.setPlainText("")
        self.editor.formats.reset()
        self.transcript_opened.emit(0)
        self.actions.update_enabled()

    # ---- opening -------------------------------------------------------------------------------
    @property
    def wanted_id(self) -> int | None:
        """The transcript last asked for: the one being read if an open is under way (-1 while the window's
        first transcript is still being chosen on the executor), else the one shown."""
        if self._opening is not None:
            return self._opening
        return self.transcript.id if self.transcript is not None else None

    @property
    def opening(self) -> bool:
        """An open was asked for and its read is not back yet."""
        return self._opening is not None

    def open_transcript(self, transcript_id: int, start: int | None = None, end: int | None = None,
                        then: Callable[[], object] | None = None,
                        missing: Callable[[], object] | None = None) -> Job | None:
        """Show ``transcript_id`` with the cursor at ``start`` (selecting ``start``–``end``), else at its
        first line; then call ``then()`` (e.g. to centre the cursor).

        Another transcript than the one shown is read on the project's executor (:func:`read_opened`),
        never here: the view keeps showing the current one until the result is back, and a result whose
        request a newer one replaced is dropped (switching fast shows the last one asked for). Returns that
        read's job (tests and the benchmark wait for it), or None when the transcript was already shown
        (then an open of another one under way is cancelled: the last request wins). A transcript that is
        gone calls ``missing()`` (else nothing changes)."""
        assert self.ctx is not None, "no project open"
        shown = self.transcript is not None and self.transcript.id == transcript_id
        if shown and self._opening != transcript_id:  # (a read of it under way: it is being read again)
            self._cancel_open()  # another transcript on its way is not wanted any more
            self._place(start, end, fresh=False)
            if then is not None:
                then()
            return None
        return self._request(transcript_id, start, end, then, missing)

    def show_when_read(self, job: Job, then: Callable[[], object] | None = None) -> None:
        """Show the :class:`OpenedTranscript` a job queued earlier returns (None: show nothing). The window
        queues the read of a project's first transcript before everything else it starts at open, and
        hands the job over once the panels have the context."""
        assert self.ctx is not None, "no project open"
        ctx, token = self.ctx, self._begin(-1)
        job.success(lambda opened: self._arrived(ctx, token, opened, None, None, then, None))
        job.failure(lambda error: self._read_failed(ctx, token, error, None))

    def _begin(self, transcript_id: int) -> int:
        """A new open request replaces any under way; its token."""
        self._wanted.token += 1
        self._opening = transcript_id
        self._busy_timer.start()
        return self._wanted.token

    def _request(self, transcript_id: int, start: int | None, end: int | None, then: Callable[[], object] | None,
                 missing: Callable[[], object] | None, scroll: int | None = None) -> Job:
        assert self.ctx is not None
        ctx, wanted, coder = self.ctx, self._wanted, self._coder_filter
        token = self._begin(transcript_id)

        def read(project: Project) -> OpenedTranscript | None:  # on the worker
            if wanted.token != token:
                return None  # a newer request replaced this one while it waited in the queue
            return read_opened(project, transcript_id, coder)

        return ctx.read("Open transcript", read,
                        on_done=lambda opened: self._arrived(ctx, token, opened, start, end, then, scroll),
                        on_error=lambda error: self._read_failed(ctx, token, error, missing))

    def _arrived(self, ctx: ProjectContext, token: int, opened: OpenedTranscript | None, start: int | None,
                 end: int | None, then: Callable[[], object] | None, scroll: int | None) -> None:
        if self.ctx is not ctx or self._wanted.token != token:
            return  # replaced by a newer request (or another project): dropped
        self._cancel_open()
        if opened is None:
            return
        if opened.coder_filter != self._coder_filter:  # the filter changed while it was being read
            self._request(opened.transcript.id, start, end, then, None, scroll)
            return
        self._show_opened(opened)
        self._place(start, end, fresh=scroll is None)
        if scroll is not None:  # read again in place: the same rows stay on screen
            self.editor.verticalScrollBar().setValue(scroll)
        if then is not None:
            then()

    def _read_failed(self, ctx: ProjectContext, token: int, error: BaseException,
                     missing: Callable[[], object] | None) -> None:
        if self.ctx is not ctx or self._wanted.token != token:
            return
        self._cancel_open()
        if not isinstance(error, KeyError):
            ctx.failed.emit(self.tr("Open transcript"), error)
        elif missing is not None:
            missing()

    def _cancel_open(self) -> None:
        """Forget the open under way (a result still to come is dropped)."""
        self._wanted.token += 1
        self._opening = None
        self._busy_timer.stop()
        if self._busy_shown is not None:
            self.editor.viewport().setCursor(self._busy_shown)
            self._busy_shown = None

    def _show_busy(self) -> None:
        """A read that takes long (a team server far away): the text shows the busy cursor meanwhile."""
        if self._opening is not None and self._busy_shown is None:
            self._busy_shown = self.editor.viewport().cursor()
            self.editor.viewport().setCursor(Qt.CursorShape.BusyCursor)

    def _show_opened(self, o: OpenedTranscript) -> None:
        """Put a transcript read on the executor into the editor: the UI thread's whole share of opening."""
        if (o.codes, o.coding_pass) != self._codes_read:
            self._load_codes((o.codes, o.coding_pass))  # the codes as of the same snapshot
        ed = self.editor
        ed.offsets, ed.index, ed.table = o.offsets, o.index, o.table
        ed.selected_segment = None
        with QSignalBlocker(ed):
            ed.setPlainText(o.text)
        ed.formats.reset()
        self.transcript = o.transcript
        ed.relayout_margins()
        self.transcript_opened.emit(o.transcript.id)

    def _place(self, start: int | None, end: int | None, fresh: bool) -> None:
        """The cursor at ``start`` (selecting to ``end``), else on the first line. In a transcript just
        opened, a position deep in the text is centred so the lines around it are seen too."""
        t = self.transcript
        if t is None:
            return
        if start is not None:
            self.select_range(start, end if end is not None else start)
            if fresh:
                self.editor.centerCursor()
        elif t.lines:
            self.select_range(t.lines[0].start, t.lines[0].start)
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
    def _load_codes(self, read: tuple[list[CodeDTO], int]) -> None:
        """Take the codes (and the current coding pass) as ``read`` on the executor."""
        self._codes_read = read
        codes, coding_pass = read
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
        """Read the shown transcript again (its lines changed, or the coder filter), keeping the cursor."""
        if self.ctx is None or (self._opening is not None and self._opening != transcript_id):
            return  # another transcript is on its way: it is read after the change anyway
        cur = self.current_selection() if self.transcript is not None and self.transcript.id == transcript_id \
            else None
        self._request(transcript_id, *(cur[1:] if cur else (None, None)), None, self.close_transcript,
                      scroll=self.editor.verticalScrollBar().value() if cur else None)

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
        self.segments_taken.emit(self.transcript.id)

    def _tooltip(self, segment_id: int) -> str:
        """The stripe's tooltip: code, lines, coder and pass at once; the segment's memos are read on the
        executor and shown in the tooltip when they are back (at once when the executor runs inline)."""
        s = self.editor.table.segments.get(segment_id)
        if s is None or self.ctx is None:
            return ""
        code = self.codes.get(s.code_id)
        parts = [f"<b>{html.escape(code.name if code else '?')}</b> · {self.editor.index.label(s.start, s.end)}"]
        meta = self.tr("pass %1").replace("%1", str(s.coding_pass))
        if s.coder:
            meta = f"{html.escape(s.coder)} · {meta}"
        parts.append(f"<span style='color:#777'>{meta}</span>")
        head = "<br>".join(parts)
        if segment_id < 0:  # a stripe shown before its write is back: no memo yet
            return head
        ctx, full = self.ctx, [head]

        def with_memos(memos: list[MemoDTO]) -> None:
            if self.ctx is ctx and memos:
                full[0] = "<br>".join([head] + [html.escape(m.text[:400]) for m in memos])
                self.margin.tooltip_ready(segment_id, full[0])

        ctx.read("Segment memos", queries.memos, "segment", segment_id, on_done=with_memos)
        return full[0]
