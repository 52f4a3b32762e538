"""Trim editor for one quote: keep a part of the segment, cut middle parts into "[…]", see the export's line.

The coding is never touched: every step calls a ``coding.services.quotes`` service through ``ctx.run``
(one undoable step each; reset and "remove one cut" are undo macros). The preview is rendered with
:func:`coding.services.quotes.render`, the same function the quote-set export uses. Main thread only.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence, QTextCharFormat, QTextCursor, QTextDocumentFragment
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from app.i18n import tr_error
from app.reads import LatestRead
from coding import queries
from coding.errors import KondensError
from coding.lineindex import LineIndex
from coding.services.quotes import QuoteRange, add_cut, clear_cuts, quote_range, render, set_trim
from coding.store import Project
from coding.store.models import Code, Informant, Quote, Segment, Transcript

if TYPE_CHECKING:
    from app.workbench import Workbench

OUTSIDE = QColor("#a0a0a0")  # trimmed away: still readable, clearly not part of the quote
CUT_BG = QColor("#f6dcdc")


@dataclass(frozen=True)
class TrimState:
    """One quote as the editor shows it. ``text`` is the segment's text; ranges are transcript offsets."""

    quote_id: int
    segment_id: int
    informant: str
    title: str
    code: str
    seg_start: int
    seg_end: int
    text: str
    range: QuoteRange
    first_line: int
    last_line: int

    @property
    def relative(self) -> QuoteRange:
        b = self.seg_start
        return QuoteRange(self.range.start - b, self.range.end - b, tuple((x - b, y - b) for x, y in self.range.cuts))

    @property
    def rendered(self) -> str:
        return render(self.text, self.relative)

    @property
    def preview(self) -> str:
        """The quote line as the quote-set export prints it (``C: … […] …``)."""
        return f"{self.informant}: {self.rendered}" if self.informant else self.rendered

    @property
    def reference(self) -> str:
        # Same convention as exports.data.QuoteRow.reference ("C, l. 212–215").
        who = self.informant or self.title
        if self.first_line <= 0:
            return who
        if self.last_line == self.first_line:
            return f"{who}, l. {self.first_line}"
        return f"{who}, l. {self.first_line}–{self.last_line}"

    @property
    def untouched(self) -> bool:
        return (self.range.start, self.range.end) == (self.seg_start, self.seg_end) and not self.range.cuts


def load_trim_state(project: Project, quote_id: int) -> TrimState | None:
    """The quote's segment text, shown range and cuts; None when the quote (or its segment) is gone."""
    with project.read() as s:
        q = s.get(Quote, quote_id)
        seg = s.get(Segment, q.segment_id) if q is not None else None
        t = s.get(Transcript, seg.transcript_id) if seg is not None else None
        if q is None or seg is None or t is None:
            return None
        label = ""
        if t.informant_id is not None:
            label = s.scalar(select(Informant.label).where(Informant.id == t.informant_id)) or ""
        code = s.get(Code, seg.code_id)
        r = quote_range(q, seg)
        first, last = LineIndex(s, [t.id]).span(t.id, r.start, r.end)
        return TrimState(
            q.id,
            seg.id,
            label,
            t.title,
            code.name if code else "",
            seg.start,
            seg.end,
            t.text[seg.start : seg.end],
            r,
            first,
            last,
        )


def selected_segment_ids(window: Workbench, project: Project) -> list[int]:
    """What "Quote from segment" quotes: the code view's selected segments (if it is shown); else the
    reader's selected segment; else the innermost segment under the reader's selection or cursor line."""
    from app.codes.code_view import CodeViewDock

    code_view = window.dock("code_view")
    if isinstance(code_view, CodeViewDock) and code_view.isVisible():
        ids = list(code_view.selected_segment_ids())
        if ids:
            return ids
    sid = window.coding_view.editor.selected_segment
    if sid is not None:
        return [sid]
    sel = window.current_selection()
    if sel is None:
        return []
    tid, a, b = sel
    # The window's selection is the reader's, whose segments it holds (read on the executor): no query
    # here. Only a selection in a transcript the reader does not show (scripts) reads them.
    view = window.coding_view
    if view.transcript is not None and view.transcript.id == tid:
        shown = list(view.editor.table.segments.values())
    else:
        shown = queries.segments(project, tid)
    around = [s for s in shown if s.start <= a and b <= s.end]
    return [min(around, key=lambda s: (s.end - s.start, s.id)).id] if around else []


def snap(text: str, a: int, b: int) -> tuple[int, int]:
    """Widen a selection to whole words and drop surrounding blanks: a quote never starts mid-word."""
    n = len(text)
    a, b = max(0, min(a, n)), max(0, min(b, n))
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    if a >= b:
        return a, a
    while a > 0 and text[a - 1].isalnum() and text[a].isalnum():
        a -= 1
    while b < n and text[b - 1].isalnum() and text[b].isalnum():
        b += 1
    return a, b


def _to_cp(text: str, pos: int) -> int:
    """QTextDocument position (UTF-16 units) → code-point offset into ``text``."""
    if text.isascii() or max(text) < "\U00010000":
        return pos
    u = 0
    for i, ch in enumerate(text):
        if u >= pos:
            return i
        u += 2 if ord(ch) > 0xFFFF else 1
    return len(text)


def _to_doc(text: str, cp: int) -> int:
    return len(text[:cp].encode("utf-16-le")) // 2


class TrimEditor(QDialog):
    """Non-modal: it follows ``project_changed`` (undo from the main window included) and closes if the
    quote disappears."""

    def __init__(self, ctx: Any, quote_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("TrimEditor")
        self.setWindowTitle(self.tr("Trim quote"))
        self.ctx = ctx
        self.quote_id = quote_id
        self.state: TrimState | None = None
        self._reading = LatestRead()
        self.resize(620, 560)

        self.header = QLabel()
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.text = QPlainTextEdit()
        self.text.setObjectName("segmentText")
        self.text.setReadOnly(True)
        self.text.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.text.selectionChanged.connect(self._update_buttons)
        self.keep_btn = QPushButton(self.tr("Keep selection"))
        self.keep_btn.setToolTip(self.tr("Start and end the quote at the selection (whole words)"))
        self.cut_btn = QPushButton(self.tr("Cut selection to […]"))
        self.cut_btn.setToolTip(self.tr("Leave out a middle part; the export shows it as […]"))
        self.reset_btn = QPushButton(self.tr("Reset"))
        self.reset_btn.setToolTip(self.tr("Show the whole segment again, without cuts"))
        self.undo_btn = QPushButton(self.tr("Undo"))
        self.undo_btn.setShortcut(QKeySequence.StandardKey.Undo)
        self.keep_btn.clicked.connect(self.keep_selection)
        self.cut_btn.clicked.connect(self.cut_selection)
        self.reset_btn.clicked.connect(self.reset)
        self.undo_btn.clicked.connect(self._undo)
        actions = QHBoxLayout()
        for b in (self.keep_btn, self.cut_btn, self.reset_btn):
            actions.addWidget(b)
        actions.addStretch(1)
        actions.addWidget(self.undo_btn)

        self.cuts = QListWidget()
        self.cuts.setObjectName("cutList")
        self.cuts.setMaximumHeight(90)
        self.cuts.currentRowChanged.connect(self._update_buttons)
        self.remove_btn = QPushButton(self.tr("Remove cut"))
        self.remove_btn.clicked.connect(self.remove_selected_cut)
        cut_row = QHBoxLayout()
        cut_row.addWidget(self.cuts, 1)
        cut_row.addWidget(self.remove_btn, 0, Qt.AlignmentFlag.AlignTop)

        self.preview = QLabel()
        self.preview.setObjectName("quotePreview")
        self.preview.setWordWrap(True)
        self.preview.setTextFormat(Qt.TextFormat.RichText)
        self.preview.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.preview.setStyleSheet(
            "QLabel#quotePreview { background: palette(base); border: 1px solid palette(mid);"
            " padding: 8px 8px 8px 28px; }"
        )
        self.ref_label = QLabel()
        self.ref_label.setObjectName("quoteReference")
        self.ref_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.error = QLabel()
        self.error.setObjectName("trimError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)

        lay = QVBoxLayout(self)
        lay.addWidget(self.header)
        lay.addWidget(QLabel(self.tr("Segment — select words, then keep them or cut them:")))
        lay.addWidget(self.text, 3)
        lay.addLayout(actions)
        lay.addWidget(QLabel(self.tr("Cuts:")))
        lay.addLayout(cut_row)
        lay.addWidget(QLabel(self.tr("Preview (as in the quote-set export):")))
        lay.addWidget(self.preview)
        lay.addWidget(self.ref_label)
        lay.addWidget(self.error)
        lay.addWidget(buttons)

        self.refresh()

    def set_quote(self, quote_id: int) -> None:
        self.quote_id = quote_id
        self._set_error("")
        self.refresh()

    # ---- reading ---------------------------------------------------------------------------------
    def _on_changed(self, changes: Any) -> None:
        if changes.touches("quotes", "segments", "transcripts", "informants", "codes"):
            self.refresh()

    def refresh(self) -> None:
        """Read the quote on the executor; the editor shows it when it is back (a newer read of another
        quote supersedes it)."""
        qid = self.quote_id
        self._reading.read(self.ctx, "Trim quote", load_trim_state, qid,
                           on_done=lambda st: self._show(st) if qid == self.quote_id else None)

    def _show(self, state: TrimState | None) -> None:
        self.state = state
        if self.state is None:  # deleted elsewhere, or undone past its creation
            self.close()
            return
        st = self.state
        if self.text.toPlainText() != st.text:
            self.text.setPlainText(st.text)
        who = self.tr("informant %1").replace("%1", html.escape(st.informant)) + " · " if st.informant else ""
        self.header.setText(f"<b>{html.escape(st.title)}</b> · {who}"
                            + self.tr("code %1").replace("%1", f"<i>{html.escape(st.code)}</i>"))
        self._paint(st)
        self.cuts.clear()
        rel = st.relative
        for a, b in rel.cuts:
            words = " ".join(st.text[a:b].split())
            short = words if len(words) <= 70 else words[:67] + "…"
            item = QListWidgetItem(f"[…]  {short}")
            item.setToolTip(words)
            self.cuts.addItem(item)
        body = html.escape(st.rendered)
        label = f"<b>{html.escape(st.informant)}:</b> " if st.informant else ""
        self.preview.setText(label + body)
        self.ref_label.setText(f"<i>({html.escape(st.reference)})</i>")
        self._update_buttons()

    def preview_text(self) -> str:
        """What the preview shows, as plain text (``A: … […] …``)."""
        return QTextDocumentFragment.fromHtml(self.preview.text()).toPlainText()

    def _paint(self, st: TrimState) -> None:
        """Grey the trimmed-away ends, strike through the cuts; the kept words stay as they are."""
        rel = st.relative
        outside = QTextCharFormat()
        outside.setForeground(QBrush(OUTSIDE))
        cut = QTextCharFormat()
        cut.setForeground(QBrush(OUTSIDE))
        cut.setBackground(QBrush(CUT_BG))
        cut.setFontStrikeOut(True)
        sels: list[QTextEdit.ExtraSelection] = []
        for (a, b), fmt in [
            ((0, rel.start), outside),
            ((rel.end, len(st.text)), outside),
            *(((x, y), cut) for x, y in rel.cuts),
        ]:
            if b <= a:
                continue
            sel = QTextEdit.ExtraSelection()
            c = QTextCursor(self.text.document())
            c.setPosition(_to_doc(st.text, a))
            c.setPosition(_to_doc(st.text, b), QTextCursor.MoveMode.KeepAnchor)
            sel.cursor = c
            sel.format = fmt
            sels.append(sel)
        self.text.setExtraSelections(sels)

    def selection(self) -> tuple[int, int] | None:
        """The selected words as transcript offsets (snapped to whole words), or None."""
        if self.state is None:
            return None
        c = self.text.textCursor()
        if not c.hasSelection():
            return None
        t = self.state.text
        a, b = snap(t, _to_cp(t, c.selectionStart()), _to_cp(t, c.selectionEnd()))
        return (self.state.seg_start + a, self.state.seg_start + b) if b > a else None

    def select(self, start: int, end: int) -> None:
        """Select transcript offsets ``[start, end)`` in the segment text (tests and keyboard users)."""
        assert self.state is not None
        t, base = self.state.text, self.state.seg_start
        c = self.text.textCursor()
        c.setPosition(_to_doc(t, start - base))
        c.setPosition(_to_doc(t, end - base), QTextCursor.MoveMode.KeepAnchor)
        self.text.setTextCursor(c)

    def _update_buttons(self, *_args: Any) -> None:
        writable = self.state is not None and not self.ctx.readonly
        has_sel = writable and self.text.textCursor().hasSelection()
        self.keep_btn.setEnabled(has_sel)
        self.cut_btn.setEnabled(has_sel)
        self.reset_btn.setEnabled(writable and self.state is not None and not self.state.untouched)
        self.remove_btn.setEnabled(writable and self.cuts.currentRow() >= 0)
        self.undo_btn.setEnabled(self.ctx.undo_stack.canUndo())

    # ---- writing (each one undoable step) --------------------------------------------------------
    def _run(self, label: str, service: Any, *args: Any) -> bool:
        """Queue one step; a refusal (e.g. a cut touching the quote's ends) says why when it is back and
        changes nothing. Shown, the project_changed signal refreshes us; hidden, the job's return does.
        Returns False only if it already failed (inline)."""
        self._set_error("")

        def refused(e: BaseException) -> None:
            if not isinstance(e, KondensError):
                self.ctx.failed.emit(label, e)
                return
            self._set_error(tr_error(e))

        def done(_ch: Any) -> None:
            if not self.isVisible():
                self.refresh()

        job = self.ctx.run(label, service, *args, on_done=done, on_error=refused)
        return not (job.done and job.error is not None)

    def _set_error(self, msg: str) -> None:
        self.error.setText(msg)
        self.error.setVisible(bool(msg))

    def keep_selection(self) -> None:
        sel = self.selection()
        if sel is not None:
            self._run(self.tr("Trim quote"), set_trim, self.quote_id, sel[0], sel[1])

    def cut_selection(self) -> None:
        sel = self.selection()
        if sel is not None:
            self._run(self.tr("Cut from quote"), add_cut, self.quote_id, sel[0], sel[1])

    def reset(self) -> None:
        label = self.tr("Restore quote")
        with self.ctx.macro(label):
            if self._run(label, clear_cuts, self.quote_id):
                self._run(label, set_trim, self.quote_id, None, None)

    def remove_cut(self, index: int) -> None:
        """Drop one cut: clear them all and add back the others, as one undo step."""
        if self.state is None or not (0 <= index < len(self.state.range.cuts)):
            return
        r = self.state.range
        keep = [c for i, c in enumerate(r.cuts) if i != index]
        self._set_error("")
        label = self.tr("Remove cut")
        with self.ctx.macro(label):
            ok = self._run(label, clear_cuts, self.quote_id)
            for a, b in keep:
                # add_cut wants cuts strictly inside; one that touches an end is merged into the trim instead
                if ok and r.start < a < b < r.end:
                    ok = self._run(label, add_cut, self.quote_id, a, b)
                elif ok:  # the words shown stay the same; only a leading/trailing "[…]" goes
                    start, end = (b, r.end) if a <= r.start else (r.start, a)
                    ok = self._run(label, set_trim, self.quote_id, start, end)
                    r = QuoteRange(start, end, ())

    def remove_selected_cut(self) -> None:
        self.remove_cut(self.cuts.currentRow())

    def _undo(self) -> None:
        self._set_error("")
        self.ctx.undo_stack.undo()

    # Listen only while shown: a hidden editor must not reload on every change of the project.
    def showEvent(self, e: Any) -> None:
        self.ctx.project_changed.connect(self._on_changed)
        self.refresh()
        super().showEvent(e)

    def hideEvent(self, e: Any) -> None:
        try:
            self.ctx.project_changed.disconnect(self._on_changed)
        except (RuntimeError, TypeError):
            pass
        super().hideEvent(e)
