"""File → Merge a coder's copy…: choose the copy, see which transcripts match, confirm the code mapping and
the coder name, then merge in one undoable step (:func:`coding.services.merge_coder.merge_coder_copy`)."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.agreement.models import ListTableModel
from app.context import ProjectContext
from app.i18n import tr_error
from app.reads import LatestRead
from coding import queries
from coding.agreement import raters
from coding.errors import KondensError
from coding.services.merge_coder import CodeMatch, CoderCopy, MergePlan, plan_merge
from coding.store import Project

NEW = -1  # "create a new code" in the mapping column
Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()


class CodeMapModel(ListTableModel):
    COLUMNS = [QT_TRANSLATE_NOOP("CodeMapModel", "Their code"), QT_TRANSLATE_NOOP("CodeMapModel", "Segments"),
               QT_TRANSLATE_NOOP("CodeMapModel", "Matched by"), QT_TRANSLATE_NOOP("CodeMapModel", "Our code")]

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[CodeMatch] = []
        self.choice: dict[str, int] = {}  # their key → our code id or NEW
        self.ours: dict[int, str] = {}

    def set_plan(self, plan: MergePlan, ours: dict[int, str]) -> None:
        self.beginResetModel()
        self.rows = [c for c in plan.codes if c.segments]
        self.choice = {c.key: c.target_id if c.target_id is not None else NEW for c in self.rows}
        self.ours = ours
        self.endResetModel()

    def mapping(self) -> dict[str, int | None]:
        """Only the rows the user changed: the rest follow the matching by id and name."""
        out: dict[str, int | None] = {}
        for c in self.rows:
            auto = c.target_id if c.target_id is not None else NEW
            if self.choice[c.key] != auto:
                out[c.key] = None if self.choice[c.key] == NEW else self.choice[c.key]
        return out

    def flags(self, index: Index) -> Qt.ItemFlag:
        f = super().flags(index)
        return f | Qt.ItemFlag.ItemIsEditable if index.isValid() and index.column() == 3 else f

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        c = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return c.name
            if index.column() == 1:
                return str(c.segments)
            if index.column() == 2:
                return {"id": self.tr("same code"), "name": self.tr("same name"), "map": self.tr("mapping"),
                        "new": "—"}[c.how]
            target = self.choice[c.key]
            return self.tr("(new code)") if target == NEW else self.ours.get(target, "?")
        if role == Qt.ItemDataRole.EditRole and index.column() == 3:
            return self.choice[c.key]
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() != 3:
            return False
        v = int(value)
        if v != NEW and v not in self.ours:
            return False
        self.choice[self.rows[index.row()].key] = v
        self.dataChanged.emit(index, index)
        return True


class OurCodeDelegate(QStyledItemDelegate):
    def __init__(self, model: CodeMapModel, parent: Any = None) -> None:
        super().__init__(parent)
        self.model = model

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        box = QComboBox(parent)
        box.addItem(self.tr("(new code)"), NEW)
        for cid, name in sorted(self.model.ours.items(), key=lambda x: x[1].casefold()):
            box.addItem(name, cid)
        return box

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class MergeDialog(QDialog):
    def __init__(self, ctx: ProjectContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mergeDialog")
        self.setWindowTitle(self.tr("Merge a coder's copy"))
        self.resize(760, 520)
        self.ctx = ctx
        self.copy: CoderCopy | None = None
        self._reading = LatestRead()  # the chosen copy and its plan, read on the executor
        self.plan: MergePlan | None = None
        self.path = QLineEdit(self)
        self.path.setReadOnly(True)
        folder = QPushButton(self.tr("Project folder…"), self)
        qdpx = QPushButton(self.tr(".qdpx file…"), self)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(folder)
        row.addWidget(qdpx)
        self.transcripts = QLabel(self)
        self.transcripts.setObjectName("mergeTranscripts")
        self.transcripts.setWordWrap(True)
        self.transcripts.setTextFormat(Qt.TextFormat.RichText)
        self.codes = CodeMapModel(self)
        self.code_view = QTableView(self)
        self.code_view.setObjectName("mergeCodes")
        self.code_view.setModel(self.codes)
        self.code_view.setItemDelegateForColumn(3, OurCodeDelegate(self.codes, self.code_view))
        self.code_view.setEditTriggers(QTableView.EditTrigger.AllEditTriggers)
        self.code_view.verticalHeader().hide()
        self.code_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.coder = QLineEdit(self)
        self.coder.setObjectName("mergeCoder")
        self.coder.setPlaceholderText(self.tr("keep the names recorded in the copy"))
        form = QFormLayout()
        form.addRow(self.tr("Record their segments as coder:"), self.coder)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Merge"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(row)
        lay.addWidget(self.transcripts)
        lay.addWidget(QLabel(self.tr("Codes: matched by id, then by name. Change “Our code” to map one by hand."),
                             self))
        lay.addWidget(self.code_view, 1)
        lay.addLayout(form)
        lay.addWidget(self.buttons)
        folder.clicked.connect(self._pick_folder)
        qdpx.clicked.connect(self._pick_qdpx)

    def _pick_folder(self) -> None:
        p = QFileDialog.getExistingDirectory(self, self.tr("The other coder's project (NAME.kondens)"))
        if p:
            self.load(p)

    def _pick_qdpx(self) -> None:
        p, _ = QFileDialog.getOpenFileName(self, self.tr("The other coder's REFI-QDA project"), "",
                                           self.tr("REFI-QDA (*.qdpx)"))
        if p:
            self.load(p)

    def load(self, path: str) -> bool:
        """Read the coder copy and plan the merge on the executor; the dialog shows the plan when it is
        back. Returns True if it was already shown (inline, in tests)."""
        self.path.setText(path)
        self.transcripts.setText(self.tr("Loading…"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        shown: list[bool] = []

        def failed(e: BaseException) -> None:
            if not isinstance(e, KondensError):
                self.ctx.failed.emit("Merge coder copy", e)
                return
            self.copy = self.plan = None
            self.transcripts.setText(f"<span style='color:#a33'>{html.escape(tr_error(e))}</span>")

        def planned(r: tuple[Any, Any, set[str | None], dict[int, str]]) -> None:
            if self.path.text() == path:  # not another file chosen meanwhile
                self._show_plan(*r)
                shown.append(True)

        self._reading.read(self.ctx, "Merge coder copy", _merge_facts, path, on_done=planned, on_error=failed)
        return bool(shown)

    def _show_plan(self, copy: Any, plan: Any, here: set[str | None], code_names: dict[int, str]) -> None:
        self.copy, self.plan = copy, plan
        plan = self.plan
        matched = len(plan.transcripts) - len(plan.unmatched)
        text = self.tr("%1 of %2 transcripts match this project; %3 segments to add (%4 already here).") \
            .replace("%1", str(matched)).replace("%2", str(len(plan.transcripts))) \
            .replace("%3", str(plan.new_segments)).replace("%4", str(plan.already_here))
        if plan.unmatched:
            text += "<br><span style='color:#a33'>" + self.tr("Not found here (their segments stay out): ") + \
                ", ".join(t.title for t in plan.unmatched) + "</span>"
        clash = sorted(c for c in plan.coders if c in here or not c)
        if clash:
            text += "<br><span style='color:#a33'>" + self.tr(
                "Their segments carry the coder name “%1”, which is taken or empty here: type the other coder's "
                "name below.").replace("%1", clash[0]) + "</span>"
        self.transcripts.setText(text)
        self.codes.set_plan(plan, code_names)
        if len(plan.coders) == 1 and plan.coders[0]:
            self.coder.setPlaceholderText(self.tr("%1 (as recorded in the copy)").replace("%1", plan.coders[0]))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(plan.new_segments > 0)

    def as_coder(self) -> str | None:
        return self.coder.text().strip() or None


def _merge_facts(project: Project, path: str) -> tuple[Any, Any, set[str | None], dict[int, str]]:
    """Executor side of choosing a coder copy: the copy, the merge plan, the coders already here and the
    code names."""
    from exports.coder_copy import load_coder_copy

    copy = load_coder_copy(path, project)
    plan = plan_merge(project, copy)
    here = {r.coder for r in raters(project) if r.coder is not None}
    return copy, plan, here, {c.id: c.name for c in queries.codes(project)}
