"""The code tree dock: a QTreeView over :class:`CodeTreeModel` with a toolbar and a context menu.

Every action writes through ``window.ctx.run`` (undoable). ``code_activated(code_id)`` fires on
double-click / Enter; ``current_code_changed(code_id)`` when the selection moves (0 = none).
Dialog-free variants of each action (``merge_current_into(target)``, ``split_current(name, ids)``…)
take their answers as arguments so tests and other panels can drive them. Main thread only.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QColorDialog,
    QDockWidget,
    QHeaderView,
    QMenu,
    QMessageBox,
    QToolBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.codes.dialogs import CodeChooser, ask_text, confirm_delete
from app.codes.tree_model import ROOT, CodeTreeModel
from app.columns import fixed_count_columns
from app.context import ProjectContext
from app.empty_hint import EmptyHint
from app.executor import Job
from app.i18n import count, tr_error
from app.workbench import Workbench
from coding.errors import KondensError
from coding.services import coding_ops as ops
from coding.services.codes import create_code


class CodeTreeDock(QDockWidget):
    code_activated = Signal(int)
    current_code_changed = Signal(int)
    memo_requested = Signal(str, int)  # target type, id

    def __init__(self, window: Workbench) -> None:
        super().__init__("Codes", window)
        self.setWindowTitle(self.tr("Codes"))
        self.setObjectName("codeTreeDock")
        self.window_ = window
        self.ctx: ProjectContext | None = None
        # Other panels (the cross-case code view) tell us which segments "split" should move.
        self.split_source: Callable[[], list[int]] = lambda: []
        self.model = CodeTreeModel(self)
        self.view = QTreeView(self)
        self.view.setObjectName("codeTree")
        self.view.setModel(self.model)
        self.empty_hint = EmptyHint(self.view, self.tr(
            "No codes yet.\nSelect text in a transcript, press Ctrl+K and type a name to create and apply a code."))
        self.view.setHeaderHidden(False)
        self.view.setUniformRowHeights(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.SelectedClicked)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.view.activated.connect(self._on_activated)
        hh = self.view.header()
        hh.setStretchLastSection(False)
        hh.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        hh.setMinimumSectionSize(self.fontMetrics().horizontalAdvance("0000") + 8)
        fixed_count_columns(hh, self.model, (1, 2), self.fontMetrics())
        self.view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.view.selectionModel().currentChanged.connect(self._on_current)
        self.model.rowsInserted.connect(self._expand_new)

        self.actions_: dict[str, QAction] = {}
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("codeTreeToolbar")
        for key, text, slot, shortcut in (
            ("new", self.tr("New code"), self.new_code, "Ctrl+Shift+N"),
            ("child", self.tr("New sub-code"), self.new_child, ""),
            ("rename", self.tr("Rename"), self.rename_current, "F2"),
            ("color", self.tr("Colour…"), self.recolor_current, ""),
            ("describe", self.tr("Describe…"), self.describe_current, ""),
            ("memo", self.tr("Memo"), self.memo_current, ""),
            ("merge", self.tr("Merge into…"), self.merge_current_into, ""),
            ("split", self.tr("Split…"), self.split_current, ""),
            ("delete", self.tr("Delete…"), self.delete_current, ""),
        ):
            a = QAction(text, self)
            a.setObjectName(f"code_{key}")
            if shortcut:
                a.setShortcut(QKeySequence(shortcut))
                a.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            a.triggered.connect(lambda _=False, f=slot: self._guard(f))
            self.actions_[key] = a
            self.addAction(a)
            if key in ("new", "child", "merge", "split", "delete"):
                self.toolbar.addAction(a)
        body = QWidget(self)
        lay = QVBoxLayout(body)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        lay.addWidget(self.toolbar)
        lay.addWidget(self.view)
        self.setWidget(body)
        window.context_changed.connect(self.set_context)
        self.model.modelReset.connect(self.view.expandAll)  # a project's tree arrives from the executor
        self.set_context(window.ctx)

    # ---- state -------------------------------------------------------------------------------------
    def set_context(self, ctx: ProjectContext | None) -> None:
        self.ctx = ctx
        self.model.set_context(ctx)
        self.view.expandAll()
        self._update_enabled()

    @property
    def current_code_id(self) -> int | None:
        return self.model.code_id(self.view.currentIndex())

    def selected_code_ids(self) -> list[int]:
        rows = self.view.selectionModel().selectedRows(0)
        return [int(ix.internalId()) for ix in rows]

    def select_code(self, code_id: int) -> None:
        ix = self.model.index_of(code_id)
        if ix.isValid():
            self.view.selectionModel().setCurrentIndex(
                ix, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
            self.view.scrollTo(ix)

    def _on_current(self, cur: QModelIndex, _prev: QModelIndex) -> None:
        self.current_code_changed.emit(self.model.code_id(cur) or 0)
        self._update_enabled()

    def _on_activated(self, ix: QModelIndex) -> None:
        cid = self.model.code_id(ix)
        if cid is not None:
            self.code_activated.emit(cid)

    def _expand_new(self, parent: QModelIndex, _first: int, _last: int) -> None:
        if parent.isValid():
            self.view.expand(parent)

    def _update_enabled(self) -> None:
        writable = self.ctx is not None and not self.ctx.readonly
        has = self.current_code_id is not None
        for key, a in self.actions_.items():
            a.setEnabled(writable and (has or key == "new"))

    def _guard(self, fn: Callable[[], object]) -> None:
        """Run an action; a user-facing error becomes a message box instead of a traceback."""
        try:
            fn()
        except KondensError as e:
            QMessageBox.warning(self, self.tr("Codes"), tr_error(e))

    def _context_menu(self, pos: Any) -> None:
        m = QMenu(self)
        for key in ("new", "child", "rename", "color", "describe", "memo", None, "merge", "split", None, "delete"):
            if key is None:
                m.addSeparator()
            else:
                m.addAction(self.actions_[key])
        m.exec(self.view.viewport().mapToGlobal(pos))

    # ---- actions (each one ctx.run = one undo step) --------------------------------------------------
    def new_code(self, name: str | None = None, parent_id: int | None = None) -> Job | None:
        """Queue the new code; it is selected in the tree once its job is back."""
        assert self.ctx is not None
        if name is None:
            name, ok = ask_text(self, self.tr("New code"), self.tr("Name of the new code:"))
            if not ok:
                return None
        name = " ".join(name.split())
        if not name:
            return None
        return self.ctx.run(self.tr("New code “%1”").replace("%1", name), create_code, name, parent_id,
                            on_done=lambda ch: self.select_code(int(ch.value)))

    def new_child(self, name: str | None = None) -> Job | None:
        return self.new_code(name, self.current_code_id)

    def rename_current(self) -> None:
        ix = self.view.currentIndex()
        if ix.isValid():
            self.view.edit(ix.siblingAtColumn(0))

    def recolor_current(self, color: str | None = None) -> None:
        cid = self.current_code_id
        if cid is None or self.ctx is None:
            return
        if color is None:
            c = QColorDialog.getColor(QColor(self.model.nodes[cid].color), self, self.tr("Code colour"))
            if not c.isValid():
                return
            color = c.name()
        self.ctx.run(self.tr("Recolour code"), ops.recolor_code, cid, color)

    def describe_current(self, text: str | None = None) -> None:
        cid = self.current_code_id
        if cid is None or self.ctx is None:
            return
        if text is None:
            text, ok = ask_text(
                self, self.tr("Describe code"),
                self.tr("What “%1” means and when to use it:").replace("%1", self.model.nodes[cid].name),
                self.model.nodes[cid].description, multiline=True)
            if not ok:
                return
        self.ctx.run(self.tr("Describe code"), ops.describe_code, cid, text)

    def memo_current(self) -> None:
        cid = self.current_code_id
        if cid is not None:
            self.memo_requested.emit("code", cid)

    def delete_current(self, confirm: bool = True) -> bool:
        ids = self.selected_code_ids() or ([self.current_code_id] if self.current_code_id else [])
        ids = [i for i in ids if not any(self.model._is_ancestor(j, i) for j in ids if j != i)]
        if not ids or self.ctx is None:
            return False
        segs = codes = 0
        for cid in ids:
            s, c = self.model.subtree_segment_count(cid)
            segs, codes = segs + s, codes + c
        name = ", ".join(self.model.nodes[i].name for i in ids)
        if confirm and not confirm_delete(self, name, segs, codes):
            return False
        with self.ctx.macro(self.tr("Delete code “%1”").replace("%1", name)):
            for cid in ids:
                self.ctx.run(self.tr("Delete code"), ops.delete_code, cid)
        return True

    def merge_current_into(self, target_id: int | None = None) -> bool:
        ids = self.selected_code_ids() or ([self.current_code_id] if self.current_code_id else [])
        if not ids or self.ctx is None:
            return False
        if target_id is None:
            names = ", ".join(self.model.nodes[i].name for i in ids)
            dlg = CodeChooser(self.model, self.tr("Merge codes"),
                              self.tr("Merge “%1” into:").replace("%1", names),
                              exclude=ids[0] if len(ids) == 1 else None, parent=self)
            if dlg.exec() != CodeChooser.DialogCode.Accepted or dlg.chosen() is None:
                return False
            target_id = dlg.chosen()
        assert target_id is not None
        sources = [i for i in ids if i != target_id]
        if not sources:
            return False
        target_name = self.model.nodes[target_id].name
        with self.ctx.macro(self.tr("Merge into “%1”").replace("%1", target_name)):
            for cid in sources:
                if cid in self.model.nodes:  # a source inside another source went with it
                    self.ctx.run(self.tr("Merge into “%1”").replace("%1", target_name), ops.merge_codes, cid,
                                 target_id)
        self.select_code(target_id)
        return True

    def split_current(self, name: str | None = None, segment_ids: list[int] | None = None) -> int | None:
        cid = self.current_code_id
        if cid is None or self.ctx is None:
            return None
        if segment_ids is None:
            segment_ids = self.split_source()
        if not segment_ids:
            QMessageBox.information(self, self.tr("Split code"), self.tr(
                "Select the segments to move in the code view first (Code ▸ Code view), then split."))
            return None
        if name is None:
            name, ok = ask_text(
                self, self.tr("Split code"), count(len(segment_ids), self.tr("Move 1 segment to a new code named:"),
                                                  self.tr("Move %1 segments to a new code named:")), text=self.model.nodes[cid].name + " 2")
            if not ok:
                return None
        # Queued; the tree follows through project_changed. The new code's id only if it is already back.
        job = self.ctx.run(self.tr("Split code"), ops.split_code, cid, segment_ids, name)
        return int(job.value) if job.done and job.error is None else None

    def top_level_ids(self) -> list[int]:
        return list(self.model.children[ROOT])
