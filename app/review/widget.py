"""ReviewWidget: the researcher decides on every detection of a batch before anything is stored.

Embedded by the import dialog, which owns the :class:`BatchReview`::

    batch = BatchReview(mapping=key.mapping, never=never_list, always=key.always)
    did = batch.add_document(name, speech, spans, lang)
    w.set_batch(batch)
    ...  # the user reviews; the import reads batch.accepted_spans(did)

Shows the detections grouped by entity across all files (uncertain ones in a group at the top), the
occurrences of the selected entity in context in every file, the text of one file with every detection
highlighted as it will be stored, a hand-marking row, and a live count of what will be replaced.
Every decision lives in the batch; the widget only shows it. It never writes anything. Main thread only.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTextEdit,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.review.models import EntityModel, EntityRole, OccurrenceModel, SortRole, category_labels
from transcripts.deid.types import CATEGORIES, Span
from transcripts.importing.review import BatchReview, Entity

COLORS = {"person": "#f6c85f", "place": "#9fd3a8", "institution": "#a6c8f0", "email": "#f2a3a3",
          "phone": "#f2a3a3", "national_id": "#f2a3a3", "date": "#d7b8f0", "url": "#f2a3a3", "other": "#d9d9d9"}


class CategoryDelegate(QStyledItemDelegate):
    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        return category_box(parent)

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: Any, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


def category_box(parent: QWidget | None = None) -> QComboBox:
    box = QComboBox(parent)
    labels = category_labels()
    for c in CATEGORIES:
        box.addItem(labels[c], c)
    return box


class _Filter(QSortFilterProxyModel):
    """Filters entities by their text (groups stay while a child matches) and sorts by ``SortRole``."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setRecursiveFilteringEnabled(True)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(EntityModel.ENTITY)
        self.setSortRole(SortRole)

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:
        if not parent.isValid():  # a group row is shown when one of its entities matches
            return not self.filterRegularExpression().pattern()
        return super().filterAcceptsRow(row, parent)

    def lessThan(self, left: QModelIndex | QPersistentModelIndex, right: QModelIndex | QPersistentModelIndex) -> bool:
        if not left.parent().isValid():  # groups keep their fixed order
            return left.row() < right.row()
        return bool(super().lessThan(left, right))


class ReviewWidget(QWidget):
    changed = Signal()
    never_added = Signal(str)  # a word the user ruled out; the dialog stores it in the project's never-list

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.batch = BatchReview()
        self._doc: int | None = None
        self.entity_model = EntityModel(self.batch, self)
        self.occurrence_model = OccurrenceModel(self.batch, self)

        self.count_label = QLabel()
        self.count_label.setObjectName("reviewCount")
        self.count_label.setWordWrap(True)

        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filter entities…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.proxy = _Filter(self)
        self.proxy.setSourceModel(self.entity_model)
        self.entity_view = QTreeView()
        self.entity_view.setModel(self.proxy)
        self.entity_view.setItemDelegateForColumn(EntityModel.CATEGORY, CategoryDelegate(self.entity_view))
        self.entity_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.entity_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.entity_view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                         | QAbstractItemView.EditTrigger.SelectedClicked
                                         | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.entity_view.setSortingEnabled(True)
        self.entity_view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.entity_view.setUniformRowHeights(True)
        self.entity_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        hh = self.entity_view.header()
        hh.setStretchLastSection(False)
        hh.setSectionResizeMode(EntityModel.ENTITY, QHeaderView.ResizeMode.Stretch)
        for col in (EntityModel.ACCEPT, EntityModel.CATEGORY, EntityModel.FILES, EntityModel.COUNT):
            hh.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        # Merged entities list several tags: the column keeps a fixed, adjustable width so the entity stays legible.
        hh.setSectionResizeMode(EntityModel.TAG, QHeaderView.ResizeMode.Interactive)
        hh.resizeSection(EntityModel.TAG, 130)

        self.accept_all = QPushButton(self.tr("Accept all"))
        self.reject_all = QPushButton(self.tr("Reject all"))
        self.merge_button = QPushButton(self.tr("Merge selected"))
        self.merge_button.setToolTip(self.tr("Treat the selected entities as one (one tag), e.g. “Kari” and "
                                             "“Kari Nordmann”"))
        self.never_button = QPushButton(self.tr("Not an identifier"))
        self.never_button.setToolTip(self.tr("Untick it in every file and add the word to the project's "
                                             "never-list, so later imports do not propose it"))
        self.always_button = QPushButton(self.tr("Always an identifier"))
        self.always_button.setToolTip(self.tr("Add the selected entity to the always-list kept with the "
                                              "linking key, outside the project"))
        # Two rows, so the list keeps its room with longer (Norwegian) button texts on a 1366 px screen.
        buttons = QVBoxLayout()
        for group in ((self.accept_all, self.reject_all, self.merge_button), (self.never_button, self.always_button)):
            row = QHBoxLayout()
            for b in group:
                row.addWidget(b)
            row.addStretch(1)
            buttons.addLayout(row)

        self.occurrence_view = QListView()
        self.occurrence_view.setModel(self.occurrence_model)
        self.occurrence_view.setWordWrap(True)

        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(self.tr("Detected identifiers, grouped by entity across all files"))
        heading.setWordWrap(True)
        lv.addWidget(heading)
        lv.addWidget(self.filter_edit)
        lv.addWidget(self.entity_view, 3)
        lv.addLayout(buttons)
        lv.addWidget(QLabel(self.tr("Occurrences of the selected entity")))
        lv.addWidget(self.occurrence_view, 2)

        self.file_box = QComboBox()
        self.file_box.setObjectName("reviewFile")
        self.text_view = QPlainTextEdit()
        self.text_view.setReadOnly(True)
        self.text_view.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                               | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.mark_category = category_box()
        self.mark_every = QCheckBox(self.tr("every occurrence"))
        self.mark_every.setChecked(True)
        self.mark_button = QPushButton(self.tr("Mark selection"))
        self.mark_button.setEnabled(False)
        mark = QHBoxLayout()
        mark.addWidget(QLabel(self.tr("Mark selected text as")))
        mark.addWidget(self.mark_category)
        mark.addWidget(self.mark_every)
        mark.addStretch(1)
        mark.addWidget(self.mark_button)
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        fr = QHBoxLayout()
        fr.addWidget(QLabel(self.tr("Text of")))
        fr.addWidget(self.file_box, 1)
        rv.addLayout(fr)
        rv.addWidget(self.text_view, 1)
        rv.addLayout(mark)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setSizes([600, 540])  # the entity list needs room for its category, count and tag columns
        root = QVBoxLayout(self)
        root.addWidget(self.count_label)
        root.addWidget(split, 1)

        self.entity_model.edited.connect(self._on_values_edited)
        self.occurrence_model.edited.connect(self._on_values_edited)
        self.entity_model.modelReset.connect(self._after_reset)
        self.proxy.layoutChanged.connect(self._after_reset)
        self.entity_view.selectionModel().currentRowChanged.connect(self._on_entity_selected)
        self.entity_view.customContextMenuRequested.connect(self._context_menu)
        self.filter_edit.textChanged.connect(self._on_filter)
        self.occurrence_view.clicked.connect(self._on_occurrence_clicked)
        self.accept_all.clicked.connect(lambda: self._set_all(True))
        self.reject_all.clicked.connect(lambda: self._set_all(False))
        self.merge_button.clicked.connect(self.merge_selected)
        self.never_button.clicked.connect(self.never_selected)
        self.always_button.clicked.connect(self.always_selected)
        self.mark_button.clicked.connect(self.mark_selection)
        self.text_view.selectionChanged.connect(self._on_text_selection)
        self.file_box.currentIndexChanged.connect(self._on_file_chosen)
        self._refresh(structure=True)

    # ---- public API -----------------------------------------------------------------------------
    def set_batch(self, batch: BatchReview, doc: int | None = None) -> None:
        """Show ``batch`` (owned by the caller; the widget changes only the decisions in it)."""
        self.batch = batch
        self.entity_model.set_batch(batch)
        self.occurrence_model.set_batch(batch)
        self._fill_files(doc)
        self._refresh(structure=True)

    def set_document(self, text: str, spans: list[Span], *, lang: str = "nb",
                     mapping: dict[str, str] | None = None, always: list[str] | None = None,
                     name: str = "") -> int:
        """Review a single text (a batch of one file); returns its document id."""
        batch = BatchReview(mapping=mapping, always=always or [])
        did = batch.add_document(name or self.tr("Transcript"), text, spans, lang)
        self.set_batch(batch, did)
        return did

    def current_document(self) -> int | None:
        return self._doc

    def show_document(self, did: int) -> None:
        i = self.file_box.findData(did)
        if i >= 0:
            self.file_box.setCurrentIndex(i)

    def accepted_spans(self, did: int | None = None) -> list[Span]:
        d = self._doc if did is None else did
        return self.batch.accepted_spans(d) if d is not None else []

    def always_identifiers(self) -> list[str]:
        return list(self.batch.always)

    def counts(self) -> tuple[int, int]:
        ents, occs, _ = self.batch.counts()
        return ents, occs

    def selected_entities(self) -> list[Entity]:
        out: list[Entity] = []
        for idx in self.entity_view.selectionModel().selectedRows(0):
            e = self.proxy.mapToSource(idx).data(EntityRole)
            if e is not None:
                out.append(e)
        cur = self._current_entity()
        if not out and cur is not None:
            out.append(cur)
        return out

    def select_entity(self, eid: int) -> None:
        src = self.entity_model.entity_index(eid)
        if src.isValid():
            idx = self.proxy.mapFromSource(src)
            self.entity_view.setCurrentIndex(idx)

    def mark_selection(self) -> int:
        cur = self.text_view.textCursor()
        if not cur.hasSelection() or self._doc is None:
            return 0
        n = self.batch.mark(self._doc, cur.selectionStart(), cur.selectionEnd(), self.mark_category.currentData(),
                            self.mark_every.isChecked())
        self._on_structure_edited()
        return n

    def merge_selected(self) -> None:
        ents = self.selected_entities()
        if len(ents) < 2:
            return
        target = self.batch.merge([e.eid for e in ents])
        self._on_structure_edited(target.eid)

    def never_selected(self) -> None:
        for e in self.selected_entities():
            self.never_added.emit(self.batch.add_never(e.eid))
        self._on_structure_edited()

    def always_selected(self) -> None:
        for e in self.selected_entities():
            self.batch.add_always(e.eid)
        n = len(self.batch.always)
        self.always_button.setText(self.tr("Always an identifier ({0})").format(n))
        self.changed.emit()

    def set_accepted(self, accepted: bool) -> None:
        for e in self.selected_entities():
            self.batch.set_accepted(e.eid, accepted)
        self._on_values_edited()

    def set_category(self, category: str) -> None:
        for e in self.selected_entities():
            self.batch.set_category(e.eid, category)
        self._on_values_edited()

    # ---- internals ------------------------------------------------------------------------------
    def _fill_files(self, prefer: int | None) -> None:
        keep = prefer if prefer is not None else self._doc
        self.file_box.blockSignals(True)
        self.file_box.clear()
        for did, doc in self.batch.docs.items():
            self.file_box.addItem(doc.name, did)
        i = self.file_box.findData(keep) if keep is not None else -1
        self.file_box.setCurrentIndex(i if i >= 0 else (0 if self.file_box.count() else -1))
        self.file_box.blockSignals(False)
        self._load_text()

    def _on_file_chosen(self, _i: int) -> None:
        self._load_text()
        self._highlight()

    def _load_text(self) -> None:
        did = self.file_box.currentData()
        self._doc = did if did in self.batch.docs else None
        self.text_view.setPlainText(self.batch.docs[did].text if self._doc is not None else "")

    def _set_all(self, accepted: bool) -> None:
        self.batch.set_all_accepted(accepted)
        self._on_values_edited()

    def _on_values_edited(self) -> None:
        self._refresh(structure=False)
        self.changed.emit()

    def _on_structure_edited(self, select: int | None = None) -> None:
        self._refresh(structure=True, select=select)
        self.changed.emit()

    def _refresh(self, structure: bool, select: int | None = None) -> None:
        cur = self._current_entity()
        keep = select if select is not None else (cur.eid if cur is not None else None)
        self.entity_model.refresh(structure=structure)
        if structure:
            self._after_reset()
            if keep is not None and any(e.eid == keep for e in self.batch.entities):
                self.select_entity(keep)
            else:
                self.occurrence_model.set_entity(None)
        else:
            self.occurrence_model.refresh()
        ents, occs, files = self.batch.counts()
        self.count_label.setText(
            "<b>" + self.tr("{0} entities, {1} occurrences in {2} files will be replaced").format(ents, occs, files)
            + "</b> &nbsp; " + self.tr("({0} entities detected; {1} proposals unticked)").format(
                len(self.batch.entities), self.batch.unticked()))
        self._highlight()

    def _current_entity(self) -> Entity | None:
        idx = self.entity_view.currentIndex()
        if not idx.isValid():
            return None
        e = self.proxy.mapToSource(idx).siblingAtColumn(0).data(EntityRole)
        return e if isinstance(e, Entity) else None

    def _highlight(self) -> None:
        if self._doc is None:
            self.text_view.setExtraSelections([])
            return
        selected = self._current_entity()
        sels = []
        for e in self.batch.entities:
            for o in e.occurrences:
                if o.doc != self._doc:
                    continue
                fmt = QTextCharFormat()
                if o.accepted:
                    fmt.setBackground(QColor(COLORS.get(e.category, "#d9d9d9")))
                else:
                    fmt.setFontStrikeOut(True)
                    fmt.setForeground(QColor("#888888"))
                if selected is not None and e.eid == selected.eid:
                    fmt.setFontWeight(700)
                    fmt.setFontUnderline(True)
                sel = QTextEdit.ExtraSelection()
                cur = QTextCursor(self.text_view.document())
                cur.setPosition(o.start)
                cur.setPosition(o.end, QTextCursor.MoveMode.KeepAnchor)
                sel.cursor = cur  # type: ignore[attr-defined]
                sel.format = fmt  # type: ignore[attr-defined]
                sels.append(sel)
        self.text_view.setExtraSelections(sels)

    def _after_reset(self) -> None:
        """Group rows carry their title across the whole row; every group starts expanded."""
        for r in range(self.proxy.rowCount()):
            self.entity_view.setFirstColumnSpanned(r, QModelIndex(), True)
        self.entity_view.expandAll()

    def _on_filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text)
        self._after_reset()

    def _on_entity_selected(self, current: QModelIndex, _prev: QModelIndex) -> None:
        e = self.proxy.mapToSource(current).siblingAtColumn(0).data(EntityRole) if current.isValid() else None
        self.occurrence_model.set_entity(e.eid if isinstance(e, Entity) else None)
        if isinstance(e, Entity) and e.occurrences:
            here = [o for o in e.occurrences if o.doc == self._doc]
            o = here[0] if here else e.occurrences[0]
            self._show(o.doc, o.start)
        self._highlight()

    def _on_occurrence_clicked(self, index: QModelIndex) -> None:
        o = self.occurrence_model.occurrence(index.row())
        if o is not None:
            self._show(o.doc, o.start)

    def _show(self, did: int, start: int) -> None:
        if did != self._doc:
            self.show_document(did)
        cur = self.text_view.textCursor()
        cur.setPosition(min(start, len(self.text_view.toPlainText())))
        self.text_view.setTextCursor(cur)
        self.text_view.centerCursor()

    def _on_text_selection(self) -> None:
        cur = self.text_view.textCursor()
        surface = cur.selectedText().strip() if cur.hasSelection() else ""
        ok = bool(surface) and "\u2029" not in surface
        self.mark_button.setEnabled(ok)
        n = self.batch.count_every(surface) if ok else 0
        self.mark_every.setText(self.tr("every occurrence ({0} found)").format(n) if ok
                                else self.tr("every occurrence"))

    def _context_menu(self, pos: QPoint) -> None:
        ents = self.selected_entities()
        if not ents:
            return
        menu = QMenu(self)
        menu.addAction(self.tr("Accept"), lambda: self.set_accepted(True))
        menu.addAction(self.tr("Reject (keep the text)"), lambda: self.set_accepted(False))
        cats = menu.addMenu(self.tr("Category"))
        for c, label in category_labels().items():
            cats.addAction(label, lambda c=c: self.set_category(c))
        merge = menu.addAction(self.tr("Merge selected into one entity"), self.merge_selected)
        merge.setEnabled(len(ents) > 1)
        menu.addSeparator()
        menu.addAction(self.tr("Not an identifier (never-list)"), self.never_selected)
        menu.addAction(self.tr("Always an identifier (linking key)"), self.always_selected)
        menu.popup(self.entity_view.viewport().mapToGlobal(pos))
        self._menu = menu  # kept for tests and so it is not collected while open
