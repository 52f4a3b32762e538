"""The cross-case code view: every segment of a code (optionally with its sub-codes) across all transcripts.

A table (informant, transcript, ``B, l. 212–215``, text) over ``CodeSegmentDTO``s and a preview that
shows the selected segment inside ± N context lines. Double-click jumps to the place in the
transcript via ``window.show_transcript``. Refreshes on ``project_changed``. Main thread only.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.context import TOUCHED_SEGMENTS, ProjectContext, follow
from app.empty_hint import EmptyHint
from app.workbench import Workbench
from coding import code_queries as cq
from coding.changes import Changes
from coding.store import Project

SegmentRole = Qt.ItemDataRole.UserRole + 1
SegmentDTORole = Qt.ItemDataRole.UserRole + 2
AnyIndex = QModelIndex | QPersistentModelIndex


class CodeSegmentsModel(QAbstractTableModel):
    COLUMNS = ("Informant", "Transcript", "Lines", "Text", "Code", "Pass")
    INFORMANT, TRANSCRIPT, LINES, TEXT, CODE, PASS = range(6)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[cq.CodeSegmentDTO] = []

    def set_rows(self, rows: list[cq.CodeSegmentDTO]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(self.COLUMNS):
            return (self.tr("Informant"), self.tr("Transcript"), self.tr("Lines"), self.tr("Text"), self.tr("Code"),
                    self.tr("Pass"))[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        r = self.rows[index.row()]
        c = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if c == self.INFORMANT:
                return r.informant_label or "–"
            if c == self.TRANSCRIPT:
                return r.transcript_title
            if c == self.LINES:
                return r.ref
            if c == self.TEXT:
                return " ".join(r.text.split())
            if c == self.CODE:
                return r.code_name
            if c == self.PASS:
                return r.coding_pass
        if role == Qt.ItemDataRole.ToolTipRole and c == self.TEXT:
            return r.text
        if role == Qt.ItemDataRole.ForegroundRole and c == self.LINES:
            return QColor("#555555")
        if role == SegmentRole:
            return r.id
        if role == SegmentDTORole:
            return r
        return None

    def segment(self, row: int) -> cq.CodeSegmentDTO:
        return self.rows[row]


def preview_html(seg: cq.CodeSegmentDTO) -> str:
    """The segment in bold inside its grey context lines, each line with number and speaker."""
    def ctx_line(ln: cq.ContextLine) -> str:
        return (f"<div style='color:#777'><span style='color:#aaa'>{ln.number:>4}</span> "
                f"<b>{html.escape(ln.speaker)}:</b> {html.escape(ln.text)}</div>")

    parts = [f"<div style='color:#444;margin-bottom:4px'>{html.escape(seg.ref)} · "
             f"{html.escape(seg.transcript_title)} · {html.escape(seg.code_name)}</div>"]
    parts += [ctx_line(ln) for ln in seg.before]
    parts.append(f"<div style='background:#fff3c4;padding:2px'>{html.escape(seg.text)}</div>")
    parts += [ctx_line(ln) for ln in seg.after]
    return "".join(parts)


class CodeViewDock(QDockWidget):
    segment_activated = Signal(int, int, int)  # transcript id, start, end

    def __init__(self, window: Workbench) -> None:
        super().__init__("Code view", window)
        self.setWindowTitle(self.tr("Code view"))
        self.setObjectName("codeViewDock")
        self.window_ = window
        self.ctx: ProjectContext | None = None
        self.code_id: int | None = None
        self._stale = False  # a change came while hidden
        self._generation = 0  # superseded reads are dropped
        self._shown_codes: set[int] = set()  # the code and, with sub-codes, its subtree
        self.model = CodeSegmentsModel(self)
        self.title = QLabel(self.tr("Choose a code in the code tree"), self)
        self.title.setObjectName("codeViewTitle")
        self.children_box = QCheckBox(self.tr("Include sub-codes"), self)
        self.children_box.toggled.connect(lambda _on: self.reload())
        self.context_box = QSpinBox(self)
        self.context_box.setRange(0, 10)
        self.context_box.setValue(2)
        self.context_box.setPrefix("± ")
        self.context_box.setSuffix(self.tr(" lines"))
        self.context_box.setToolTip(self.tr("Context lines shown around the selected segment"))
        self.context_box.valueChanged.connect(lambda _v: self.reload())
        self.table = QTableView(self)
        self.table.setObjectName("codeViewTable")
        self.table.setModel(self.model)
        self.empty_hint = EmptyHint(self.table, self.tr(
            "The segments of the code chosen in the code tree appear here, from every transcript."))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        hh = self.table.horizontalHeader()
        for c in range(len(CodeSegmentsModel.COLUMNS)):
            hh.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        hh.setSectionResizeMode(CodeSegmentsModel.TEXT, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self._jump)
        self.table.activated.connect(self._jump)
        self.table.selectionModel().currentRowChanged.connect(self._show_preview)
        self.preview = QTextBrowser(self)
        self.preview.setObjectName("codeViewPreview")
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.children_box)
        top.addWidget(self.context_box)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.table)
        split.addWidget(self.preview)
        split.setSizes([260, 120])
        body = QWidget(self)
        lay = QVBoxLayout(body)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addLayout(top)
        lay.addWidget(split)
        self.setWidget(body)
        window.context_changed.connect(self.set_context)
        self.set_context(window.ctx)

    def set_context(self, ctx: ProjectContext | None) -> None:
        follow(self.ctx, ctx, project_changed=self._on_changed)
        self.ctx = ctx
        self.code_id = None
        self.reload()

    def show_code(self, code_id: int | None) -> None:
        self.code_id = code_id or None
        self.reload()

    def _on_changed(self, changes: Changes) -> None:
        if self.code_id is None or not changes.touches("segments", "codes", "transcripts", "lines", "informants"):
            return
        if set(changes.touched) <= {"segments"} and not self._concerns(changes):
            return  # plain coding with other codes, elsewhere: this list is unchanged
        if not self.isVisible():
            self._stale = True  # hidden: read when shown, nothing now
            return
        self.reload()

    def _concerns(self, changes: Changes) -> bool:
        """Whether plain coding touched this list: a shown segment, or a segment (as read with the write,
        see ``ProjectContext.companion``) of a code shown here."""
        ids = changes.ids("segments")
        if any(self.model.segment(r).id in ids for r in range(self.model.rowCount())):
            return True
        touched = self.ctx.companion(TOUCHED_SEGMENTS) if self.ctx is not None else None
        if touched is None:
            return True  # not known: read again
        shown = self._shown_codes or ({self.code_id} if self.code_id is not None else set())
        return any(sg.code_id in shown for sg in touched)

    def showEvent(self, e: QShowEvent) -> None:
        super().showEvent(e)
        if self._stale:
            self.reload()

    def reload(self) -> None:
        """Read the code's segments on the executor; the table is filled when they are back."""
        self._stale = False
        self._generation += 1
        if self.ctx is None or self.code_id is None:
            self.model.set_rows([])
            self.title.setText(self.tr("Choose a code in the code tree"))
            self.preview.clear()
            return
        ctx, gen, code_id = self.ctx, self._generation, self.code_id
        children, context = self.children_box.isChecked(), self.context_box.value()

        def done(res: tuple[dict[int, str], set[int], list[cq.CodeSegmentDTO]] | None) -> None:
            if gen == self._generation and ctx is self.ctx:
                self._show(code_id, res)

        ctx.read("Code view", _code_view_rows, code_id, children, context, on_done=done)

    def _show(self, code_id: int, res: tuple[dict[int, str], set[int], list[cq.CodeSegmentDTO]] | None) -> None:
        keep = set(self.selected_segment_ids())
        if res is None:  # the code is gone
            self.code_id = None
            self.reload()
            return
        names, self._shown_codes, rows = res
        self.model.set_rows(rows)
        informants = len({r.informant_label for r in rows if r.informant_label})
        segs = self.tr("1 segment") if len(rows) == 1 else self.tr("%1 segments").replace("%1", str(len(rows)))
        infs = self.tr("1 informant") if informants == 1 else self.tr("%1 informants").replace("%1", str(informants))
        # the code's name goes in last, so a "%2" in it stays as typed
        self.title.setText(self.tr("<b>%1</b> — %2, %3").replace("%2", segs).replace("%3", infs)
                           .replace("%1", html.escape(names[code_id])))
        sel = self.table.selectionModel()
        for i, r in enumerate(rows):
            if r.id in keep:
                sel.select(self.model.index(i, 0), sel.SelectionFlag.Select | sel.SelectionFlag.Rows)
        if not rows:
            self.preview.clear()

    def selected_segment_ids(self) -> list[int]:
        return [self.model.segment(ix.row()).id for ix in self.table.selectionModel().selectedRows()]

    def _show_preview(self, cur: QModelIndex, _prev: QModelIndex) -> None:
        if cur.isValid():
            self.preview.setHtml(preview_html(self.model.segment(cur.row())))

    def _jump(self, ix: QModelIndex) -> None:
        if not ix.isValid():
            return
        s = self.model.segment(ix.row())
        self.segment_activated.emit(s.transcript_id, s.start, s.end)
        self.window_.show_transcript(s.transcript_id, s.start, s.end)


def _code_view_rows(project: Project, code_id: int, children: bool, context: int
                    ) -> tuple[dict[int, str], set[int], list[cq.CodeSegmentDTO]] | None:
    """Executor side of the code view: code names, the codes shown and their segments (None: code gone)."""
    names = {c.id: c.name for c in cq.code_tree(project)}
    if code_id not in names:
        return None
    shown = set(cq.subtree_ids(project, code_id)) if children else {code_id}
    return names, shown, cq.code_segments(project, code_id, children, context=context)
