"""The theme hierarchy dock: areas → subgroups → codes, Uncategorised, research questions.

Drag codes between nodes; rename in place; toolbar and context menu for new, delete, merge, split,
reorder, link questions. Every write goes through ``ctx.run`` so it is undoable. Main thread only.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHeaderView,
    QMenu,
    QMessageBox,
    QToolBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.codes.dialogs import ask_item, ask_text
from app.columns import fixed_count_columns
from app.context import ProjectContext, follow
from app.empty_hint import EmptyHint
from app.executor import Job
from app.reads import LatestRead, finished_value, run_checked
from app.themes.hierarchy_model import IdRole, KindRole, ThemeTreeModel
from coding.changes import Changes
from coding.services import research_questions as rq
from coding.services import themes as th
from coding.themes_read import Hierarchy, KeptHierarchy, hierarchy

WATCHED = ("theme_nodes", "codes", "segments", "research_questions", "theme_questions", "quotes")


class ThemeDock(QDockWidget):
    theme_selected = Signal(object)  # theme node id or None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Theme areas", parent)
        self.setWindowTitle(self.tr("Theme areas"))
        self.setObjectName("ThemeDock")
        self.ctx: ProjectContext | None = None
        self._stale = False  # codings came while hidden: re-read the counts when shown
        self.hierarchy: Hierarchy | None = None
        self._reading = LatestRead()
        self.model = ThemeTreeModel(self)
        self.view = QTreeView()
        self.view.setModel(self.model)
        self.view.setHeaderHidden(False)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.setDropIndicatorShown(True)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.SelectedClicked)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._menu)
        # The name takes the dock's width; the count keeps to its digits (no empty strip at the right).
        hh = self.view.header()
        hh.setStretchLastSection(False)
        hh.setMinimumSectionSize(self.fontMetrics().horizontalAdvance("0000") + 8)
        hh.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        fixed_count_columns(hh, self.model, range(1, self.model.columnCount()), self.fontMetrics())
        self.model.codes_dropped.connect(self._dropped)
        self.model.rename_requested.connect(lambda _k, i, n: self._run(self.tr("Rename theme"), th.rename_theme, i, n))
        tb = QToolBar()
        tb.addAction(self.tr("New area"), lambda: self.new_theme())
        tb.addAction(self.tr("New subgroup"), lambda: self.new_subgroup())
        tb.addAction("↑", lambda: self.move_selected(-1))
        tb.addAction("↓", lambda: self.move_selected(1))
        tb.addAction(self.tr("Merge"), lambda: self.merge_selected())
        tb.addAction(self.tr("Split"), lambda: self.split_selected())
        tb.addAction(self.tr("Delete"), lambda: self.delete_selected())
        tb.addAction(self.tr("Question"), lambda: self.new_question())
        box = QWidget()
        lay = QVBoxLayout(box)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(tb)
        lay.addWidget(self.view)
        self.empty_hint = EmptyHint(self.view, self.tr(
            "No theme areas yet. Press New area, then drag codes from the code tree into it."),
            empty=lambda: self.hierarchy is None or not any(n.parent_id is None for n in self.hierarchy.nodes),
            layout=lay)
        self.setWidget(box)
        self.view.selectionModel().currentChanged.connect(self._current_changed)

    # ---- context ------------------------------------------------------------------------------------
    def set_context(self, ctx: ProjectContext | None) -> None:
        follow(self.ctx, ctx, project_changed=self._changed, settled=self._settled)
        self.ctx = ctx
        self._kept = KeptHierarchy()  # segments per code and the tree, on the executor between reads
        self._since: list[Changes] | None = None  # every change since the last read (None: count all)
        if ctx is None:
            self.refresh()
            return
        # A project opens without reading the areas on the UI thread: a shown dock reads them on the
        # executor, a hidden one when it is next shown.
        self.hierarchy = None
        self.model.set_hierarchy(Hierarchy((), (), ()))
        self._stale = True
        if self.isVisible():
            self._stale = False
            ctx.read("Theme areas", hierarchy, on_done=lambda h: self._apply(h) if ctx is self.ctx else None)

    def _changed(self, changes: Changes) -> None:
        if set(changes.touched) == {"segments"}:
            return  # plain coding only changes counts: they follow when the burst settles
        if changes.touches(*WATCHED):
            self.refresh()

    def _settled(self, changes: Changes) -> None:
        # Codings only change the counts: re-read them on the executor, and only while the dock is shown;
        # the segments per code are kept there and recounted from the changes since the last read.
        if self._since is not None:
            self._since.append(changes)
        if "segments" in changes.touched:
            self._stale = True
            ctx = self.ctx
            if ctx is not None and self.isVisible():
                self._stale = False
                since = Changes.merge(self._since) if self._since is not None else None
                self._since = []
                ctx.read("Theme areas", hierarchy, self._kept, since,
                         on_done=lambda h: self._apply_counts(h) if ctx is self.ctx else None)
            else:  # hidden: changes go by unseen, so the next read counts everything
                self._since, self._kept = None, KeptHierarchy()

    def showEvent(self, e: QShowEvent) -> None:
        super().showEvent(e)
        if self._stale and self.ctx is not None:
            self.refresh()

    def refresh(self) -> None:
        """Read the areas again on the executor (a newer refresh supersedes an older one)."""
        self._stale = False
        if self.ctx is None:
            self._reading.cancel()
            self.hierarchy = None
            self.model.set_hierarchy(Hierarchy((), (), ()))
            return
        self._reading.read(self.ctx, "Theme areas", hierarchy, on_done=self._apply)

    def _apply_counts(self, h: Hierarchy) -> None:
        """After coding: the counts change in place (no reset, no relayout) unless the tree changed."""
        if self.hierarchy is not None and self.model.update_hierarchy(h):
            self.hierarchy = h
            return
        self._apply(h)

    def _apply(self, h: Hierarchy) -> None:
        expanded = self._expanded_keys()
        current = self.selected_keys()[:1]
        self.hierarchy = h
        self.model.set_hierarchy(self.hierarchy)
        first = not expanded
        for r in range(self.model.rowCount()):
            idx = self.model.index(r, 0)
            it = self.model.item(idx)
            if first or it.key in expanded:
                self.view.expand(idx)
            for rr in range(self.model.rowCount(idx)):
                child = self.model.index(rr, 0, idx)
                if self.model.item(child).key in expanded:
                    self.view.expand(child)
        if current:
            idx = self.model.find(*current[0])
            if idx.isValid():
                self.view.setCurrentIndex(idx)

    def _expanded_keys(self) -> set[tuple[str, int | None]]:
        keys = set()
        stack = [QModelIndex()]
        while stack:
            p = stack.pop()
            for r in range(self.model.rowCount(p)):
                idx = self.model.index(r, 0, p)
                if self.view.isExpanded(idx):
                    keys.add(self.model.item(idx).key)
                    stack.append(idx)
        return keys

    # ---- selection ------------------------------------------------------------------------------------
    def selected_keys(self) -> list[tuple[str, int | None]]:
        rows = self.view.selectionModel().selectedRows(0) if self.view.selectionModel() else []
        return [(r.data(KindRole), r.data(IdRole)) for r in rows]

    def select(self, kind: str, id_: int | None, add: bool = False) -> None:
        idx = self.model.find(kind, id_)
        sm = self.view.selectionModel()
        flag = sm.SelectionFlag.Select if add else sm.SelectionFlag.ClearAndSelect
        sm.select(idx, flag | sm.SelectionFlag.Rows)
        sm.setCurrentIndex(idx, sm.SelectionFlag.NoUpdate)
        self.theme_selected.emit(id_ if kind in ("area", "subgroup") else None)

    def _current_changed(self, cur: QModelIndex, _prev: QModelIndex) -> None:
        kind, id_ = cur.data(KindRole), cur.data(IdRole)
        if kind == "code":
            parent = cur.parent()
            kind, id_ = parent.data(KindRole), parent.data(IdRole)
        self.theme_selected.emit(id_ if kind in ("area", "subgroup") else None)

    def _themes(self, kinds: tuple[str, ...] = ("area", "subgroup")) -> list[int]:
        return [i for k, i in self.selected_keys() if k in kinds and i is not None]

    # ---- actions -----------------------------------------------------------------------------------------
    def _run(self, label: str, service, *args) -> Job | None:  # type: ignore[no-untyped-def]
        """Queue the write; a refusal (KondensError) is shown when it comes back. The tree follows
        through ``project_changed``."""
        if self.ctx is None:
            return None
        return run_checked(self.ctx, self, label, service, *args)

    @staticmethod
    def _new_id(job: Job | None) -> int | None:
        """The new node's id if the job already finished (inline, in tests); else None."""
        value = finished_value(job) if job is not None else None
        return int(value) if value is not None else None

    def _ask(self, title: str, label: str, text: str = "") -> str | None:
        name, ok = ask_text(self, title, label, text)
        return name if ok and name.strip() else None

    def new_theme(self, name: str | None = None) -> int | None:
        name = name or self._ask(self.tr("New theme area"), self.tr("Name of the theme area:"))
        return self._new_id(self._run(self.tr("New theme area"), th.create_theme, name) if name else None)

    def new_subgroup(self, name: str | None = None, area_id: int | None = None) -> int | None:
        if area_id is None:
            sel = self._themes()
            if not sel or self.hierarchy is None:
                return None
            area_id = self.hierarchy.area_of(sel[0])
        name = name or self._ask(self.tr("New subgroup"), self.tr("Name of the subgroup:"))
        return self._new_id(self._run(self.tr("New subgroup"), th.create_theme, name, area_id) if name else None)

    def move_codes(self, code_ids: list[int], theme_id: int | None, index: int | None = None) -> None:
        self._run(self.tr("Move codes"), th.move_codes, code_ids, theme_id, index)

    def theme_choices(self) -> list[tuple[int, str]]:
        """(theme id, "Area" or "Area / Subgroup") in hierarchy order, for the move chooser."""
        h = self.hierarchy
        if h is None:
            return []
        out: list[tuple[int, str]] = []
        for a in h.areas():
            out.append((a.id, a.name))
            out += [(s.id, f"{a.name} / {s.name}") for s in h.subgroups(a.id)]
        return out

    def move_selected_codes_to(self, theme_id: int | None = None) -> bool:
        """Move the selected codes to a theme area or subgroup (asked when not given): one undo step."""
        codes = [i for k, i in self.selected_keys() if k == "code" and i is not None]
        if not codes:
            return False
        if theme_id is None:
            choices = self.theme_choices()
            if not choices:
                QMessageBox.information(self, self.tr("Move to theme area"), self.tr("Make a theme area first."))
                return False
            label = self.tr("Move the selected code to:") if len(codes) == 1 else \
                self.tr("Move the %1 selected codes to:").replace("%1", str(len(codes)))
            pick = ask_item(self, self.tr("Move to theme area"), label, [name for _i, name in choices])
            if pick is None:
                return False
            theme_id = choices[pick][0]
        return self._run(self.tr("Move codes"), th.move_codes, codes, theme_id, None) is not None

    def _dropped(self, ids: list[int], theme_id: int | None, row: int) -> None:
        self.move_codes(ids, theme_id, None if row < 0 else row)

    def move_selected(self, step: int) -> None:
        sel = self._themes()
        if not sel or self.hierarchy is None:
            return
        node = self.hierarchy.node(sel[0])
        assert node is not None
        sibs = [n.id for n in self.hierarchy.nodes if n.parent_id == node.parent_id]
        self._run(self.tr("Move theme"), th.move_theme, node.id, max(0, sibs.index(node.id) + step))

    def merge_selected(self, target: int | None = None) -> None:
        sel = self._themes()
        if len(sel) < 2:
            QMessageBox.information(self, self.tr("Merge"), self.tr(
                "Select two or more theme areas or subgroups; the first one selected keeps its name."))
            return
        target = target if target is not None else sel[0]
        self._run(self.tr("Merge themes"), th.merge_themes, target, [i for i in sel if i != target])

    def split_selected(self, name: str | None = None) -> int | None:
        codes = [i for k, i in self.selected_keys() if k == "code" and i is not None]
        hc = {c.id: c for c in self.hierarchy.codes} if self.hierarchy else {}
        homes = {hc[c].theme_id for c in codes if c in hc}
        if not codes or None in homes or self.hierarchy is None:
            QMessageBox.information(self, self.tr("Split"), self.tr("Select the codes of one theme area that go into the new area."))
            return None
        areas = {self.hierarchy.area_of(t) for t in homes if t is not None}
        if len(areas) != 1:
            QMessageBox.information(self, self.tr("Split"), self.tr("The codes must come from one theme area."))
            return None
        name = name or self._ask(self.tr("Split theme area"), self.tr("Name of the new theme area:"))
        return self._new_id(self._run(self.tr("Split theme"), th.split_theme, areas.pop(), codes, name) if name else None)

    def delete_selected(self, confirm: bool = True) -> None:
        sel = self._themes()
        if not sel:
            return
        if confirm and QMessageBox.question(
                self, self.tr("Delete"), self.tr("Delete the selected theme nodes? Their codes become uncategorised.")) \
                != QMessageBox.StandardButton.Yes:
            return
        assert self.ctx is not None
        # Deleting an area deletes its subgroups: a selected subgroup of a selected area goes with it.
        h, chosen = self.hierarchy, set(sel)
        nodes = [h.node(i) for i in sel] if h is not None else []
        with self.ctx.macro(self.tr("Delete themes")):
            for n in nodes:
                if n is not None and n.parent_id not in chosen:
                    self._run(self.tr("Delete theme"), th.delete_theme, n.id)

    def new_question(self, text: str | None = None) -> int | None:
        text = text or self._ask(self.tr("Research question"), self.tr("Research question:"))
        return self._new_id(self._run(self.tr("New research question"), rq.add_question, text) if text else None)

    def _menu(self, pos) -> None:  # type: ignore[no-untyped-def]
        idx = self.view.indexAt(pos)
        kind, id_ = idx.data(KindRole), idx.data(IdRole)
        m = QMenu(self)
        if kind in ("area", "subgroup"):
            m.addAction(self.tr("Rename"), lambda: self.view.edit(idx.siblingAtColumn(0)))
            m.addAction(self.tr("Description…"), lambda: self._describe(id_))
            if kind == "area":
                m.addAction(self.tr("New subgroup"), lambda: self.new_subgroup(area_id=id_))
                if self.hierarchy and self.hierarchy.questions:
                    qm = m.addMenu(self.tr("Answers research question"))
                    linked = {q.id for q in self.hierarchy.questions_of(id_)}
                    for q in self.hierarchy.questions:
                        a = qm.addAction(q.text[:80])
                        a.setCheckable(True)
                        a.setChecked(q.id in linked)
                        a.toggled.connect(lambda on, q=q.id: self._run(
                            self.tr("Link research question"), rq.link_question if on else rq.unlink_question, id_, q))
            else:
                m.addAction(self.tr("Make theme area"), lambda: self._run(self.tr("Promote subgroup"), th.promote_subgroup, id_))
            m.addAction(self.tr("Delete"), lambda: self.delete_selected())
        elif kind == "code":
            m.addAction(self.tr("Move to theme area…"), lambda: self.move_selected_codes_to())
            m.addAction(self.tr("Move to “Uncategorised”"), lambda: self.move_codes(
                [i for k, i in self.selected_keys() if k == "code"], None))
            m.addAction(self.tr("Split into new theme area…"), lambda: self.split_selected())
        elif kind == "question":
            m.addAction(self.tr("Edit…"), lambda: self._edit_question(id_, idx.data()))
            m.addAction(self.tr("Delete"), lambda: self._run(self.tr("Delete research question"), rq.delete_question, id_))
        else:
            m.addAction(self.tr("New theme area"), lambda: self.new_theme())
            m.addAction(self.tr("New research question"), lambda: self.new_question())
        m.exec(self.view.viewport().mapToGlobal(pos))

    def _describe(self, theme_id: int) -> None:
        node = self.hierarchy.node(theme_id) if self.hierarchy else None
        if node is None:
            return
        text, ok = ask_text(self, self.tr("Description"), node.name, node.description, multiline=True)
        if ok:
            self._run(self.tr("Describe theme"), th.describe_theme, theme_id, text)

    def _edit_question(self, qid: int, old: str) -> None:
        text = self._ask(self.tr("Research question"), self.tr("Research question:"), old)
        if text:
            self._run(self.tr("Edit research question"), rq.edit_question, qid, text)
