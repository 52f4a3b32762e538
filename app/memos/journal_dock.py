"""The project journal: dated reflection notes (refleksjonsnotater) in a list with a simple editor.

Writes go through ``ctx.run`` (undoable). The open note is saved when an editor field loses focus,
on Ctrl+S and before another note is shown. Main thread only.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractListModel, QDate, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDockWidget,
    QHBoxLayout,
    QListView,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.autosave import AutosaveBinder, rebind
from app.context import ProjectContext, follow
from app.empty_hint import EmptyHint
from app.memos.editor import MemoEdit, TitleEdit
from app.reads import LatestRead, finished_value
from app.workbench import Workbench
from coding import code_queries as cq
from coding.changes import Changes
from coding.dto import MemoDTO
from coding.services import memos as memo_svc

EntryIdRole = Qt.ItemDataRole.UserRole + 1
AnyIndex = QModelIndex | QPersistentModelIndex


class JournalModel(QAbstractListModel):
    """Reflection notes, newest first: "2024-03-01  Title"."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.entries: list[MemoDTO] = []

    def set_entries(self, entries: list[MemoDTO]) -> None:
        self.beginResetModel()
        self.entries = list(entries)
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.entries)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.entries)):
            return None
        e = self.entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            first = e.text.strip().splitlines()[0][:60] if e.text.strip() else ""
            return f"{e.created[:10]}  {e.title or first}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return e.text[:500] or None
        if role == EntryIdRole:
            return e.id
        return None

    def row_of(self, entry_id: int) -> int:
        for i, e in enumerate(self.entries):
            if e.id == entry_id:
                return i
        return -1


class JournalDock(QDockWidget):
    def __init__(self, window: Workbench) -> None:
        super().__init__("Journal", window)
        self.setWindowTitle(self.tr("Reflection notes"))
        self.setObjectName("journalDock")
        self.ctx: ProjectContext | None = None
        self.current_id: int | None = None
        self._binder: AutosaveBinder | None = None
        self._loaded: tuple[str, str, str] = ("", "", "")
        self._reading = LatestRead()
        self._shown_id: int | None = None  # the note the editor holds
        self._focus_title = False  # a new note: its title takes the focus when it is shown
        self.model = JournalModel(self)
        self.list = QListView(self)
        self.list.setObjectName("journalList")
        self.list.setModel(self.model)
        self.empty_hint = EmptyHint(self.list, self.tr(
            "No reflection notes yet.\nPress New note to write down, with the date, your choices, doubts and "
            "your own influence on the analysis."))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.selectionModel().currentChanged.connect(self._on_current)
        self.new_button = QPushButton(self.tr("New note"), self)
        self.new_button.setObjectName("journalNew")
        self.new_button.clicked.connect(lambda: self.new_entry())
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.delete_button.clicked.connect(lambda: self.delete_current())
        self.title = TitleEdit(self)
        self.title.setObjectName("journalTitle")
        self.title.setPlaceholderText(self.tr("Title"))
        self.date = QDateEdit(self)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.dateChanged.connect(lambda _d: self.save())
        self.text = MemoEdit(self)
        self.text.setObjectName("journalText")
        self.text.setPlaceholderText(self.tr("Choices, doubts, your own influence on the analysis…"))
        self.title.focus_lost.connect(self.save)
        self.text.focus_lost.connect(self.save)
        save = QAction(self.tr("Save note"), self)
        save.setShortcut(QKeySequence.StandardKey.Save)
        save.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save.triggered.connect(self.save)
        self.addAction(save)

        left = QWidget(self)
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.delete_button)
        ll.addLayout(buttons)
        ll.addWidget(self.list)
        right = QWidget(self)
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.date)
        rl.addLayout(head)
        rl.addWidget(self.text)
        # In a side dock (tall and narrow) the list sits above the note; docked at the top or bottom,
        # beside it.
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.setObjectName("journalSplit")
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(1, 1)
        split.setSizes([160, 400])
        self.split = split
        self.setWidget(split)
        self.dockLocationChanged.connect(self._on_area)
        window.context_changed.connect(self.set_context)
        self.set_context(window.ctx)

    def _on_area(self, area: Qt.DockWidgetArea) -> None:
        wide = area in (Qt.DockWidgetArea.TopDockWidgetArea, Qt.DockWidgetArea.BottomDockWidgetArea)
        self.split.setOrientation(Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical)

    # ---- state ------------------------------------------------------------------------------------
    def set_context(self, ctx: ProjectContext | None) -> None:
        if self.ctx is not None:
            self.save()
        follow(self.ctx, ctx, project_changed=self._on_changed)
        self.ctx = ctx
        self.current_id = None
        self.reload()

    def _fields(self) -> tuple[str, str, str]:
        return (self.title.text().strip(), self.text.toPlainText(), self.date.date().toString("yyyy-MM-dd"))

    @property
    def dirty(self) -> bool:
        return self.current_id is not None and self._fields() != self._loaded

    def reload(self) -> None:
        """Read the notes on the executor; the list and the editor follow when they are back (a newer
        reload supersedes an older one)."""
        if self.ctx is None:
            self._reading.cancel()
            self._entries_read([])
            return
        self._reading.read(self.ctx, "Reflection notes", cq.journal, on_done=self._entries_read)

    def _entries_read(self, entries: list[MemoDTO]) -> None:
        if self.dirty and self._shown_id == self.current_id:
            return  # the user typed into the open note meanwhile: it is saved on focus-out, then read
        self.model.set_entries(entries)
        row = self.model.row_of(self.current_id) if self.current_id is not None else -1
        if row < 0:
            self.current_id = None
        else:
            self.list.selectionModel().blockSignals(True)
            self.list.setCurrentIndex(self.model.index(row))
            self.list.selectionModel().blockSignals(False)
        self._show()
        if self._focus_title and self.current_id is not None:
            self._focus_title = False
            self.title.setFocus()
            self.title.selectAll()

    def _show(self) -> None:
        e = next((x for x in self.model.entries if x.id == self.current_id), None)
        for w in (self.title, self.date, self.text):
            w.blockSignals(True)
        if e is None:
            self.title.clear()
            self.text.clear()
            self.date.setDate(QDate.currentDate())
        else:
            self.title.setText(e.title)
            self.text.setPlainText(e.text)
            self.date.setDate(QDate.fromString(e.created[:10], "yyyy-MM-dd"))
        for w in (self.title, self.date, self.text):
            w.blockSignals(False)
        writable = self.ctx is not None and not self.ctx.readonly
        for w in (self.title, self.date, self.text, self.delete_button):
            w.setEnabled(e is not None and writable)
        self.new_button.setEnabled(writable)
        self._loaded = self._fields()  # what the editor holds now counts as saved
        self._shown_id = e.id if e is not None else None
        key = f"journal:{e.id}" if e is not None else None
        self._binder = rebind(self._binder, self.ctx, self.text, key)
        if self._binder is not None and e is not None:
            def recovered(e: MemoDTO = e) -> None:
                # A draft from before a crash: shown, and saved like any other edit.
                if self.current_id == e.id:
                    self._loaded = (e.title, e.text, self._loaded[2])

            self._binder.offer_recovery(e.text, recovered)

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches("memos") and not self.dirty:
            self.reload()

    def _on_current(self, cur: QModelIndex, _prev: QModelIndex) -> None:
        self.save()
        self.current_id = int(cur.data(EntryIdRole)) if cur.isValid() else None
        self._show()

    # ---- writes -----------------------------------------------------------------------------------
    def save(self) -> None:
        if self.ctx is None or self.current_id is None or not self.dirty or self.ctx.readonly:
            return
        title, text, day = self._fields()
        self._loaded = (title, text, day)  # before run: the change signal must not see a dirty editor
        self.ctx.run(self.tr("Edit reflection note"), memo_svc.update_journal_entry, self.current_id, title, text,
                     day)
        if self._binder is not None:
            self._binder.committed()

    def new_entry(self, title: str | None = None, text: str = "", day: date | None = None) -> int | None:
        """Add a note; it is shown with its title selected once the project has it. Returns its id when
        the job already finished (inline, in tests)."""
        if self.ctx is None:
            return None
        self.save()
        title = title or self.tr("Reflection note")

        def added(ch: Changes) -> None:
            self.current_id = int(ch.value)
            self._loaded = self._fields()  # the editor holds nothing unsaved (saved just before)
            self._focus_title = True
            self.reload()

        job = self.ctx.run(self.tr("New reflection note"), memo_svc.add_journal_entry, title, text,
                           day or date.today(), on_done=added)
        value = finished_value(job)
        return int(value) if value is not None else None

    def delete_current(self, confirm: bool = True) -> bool:
        if self.ctx is None or self.current_id is None:
            return False
        if confirm and QMessageBox.question(
                self, self.tr("Delete note"), self.tr("Delete this reflection note? Undo brings it back.")
        ) != QMessageBox.StandardButton.Yes:
            return False
        eid, self.current_id = self.current_id, None
        self.ctx.run(self.tr("Delete reflection note"), memo_svc.delete_journal_entry, eid)
        self.reload()
        return True
