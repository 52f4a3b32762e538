"""ReviewWidget: the researcher decides on every detection before anything is stored.

Embedded by the import dialog::

    w = ReviewWidget()
    w.set_document(speech_text, spans, lang="nb", mapping=linking_key.mapping)
    ...  # the user reviews
    spans = w.accepted_spans(); always = w.always_identifiers()

Shows the text with every detection highlighted, the detections grouped by entity (accept checkbox,
category, count, tag preview), the occurrences of the selected entity in context (accept one by one),
a hand-marking row for text the detector missed, and a live count of what will be replaced.
The widget never writes anything; the text lives in memory only. Main thread only.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.review.models import CATEGORY_LABELS, EntityModel, EntityRole, OccurrenceModel
from app.review.state import ReviewState
from transcripts.deid.types import CATEGORIES, Span

COLORS = {"person": "#f6c85f", "place": "#9fd3a8", "institution": "#a6c8f0", "email": "#f2a3a3",
          "phone": "#f2a3a3", "national_id": "#f2a3a3", "date": "#d7b8f0", "url": "#f2a3a3", "other": "#d9d9d9"}


class CategoryDelegate(QStyledItemDelegate):
    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        box = QComboBox(parent)
        for c in CATEGORIES:
            box.addItem(CATEGORY_LABELS[c], c)
        return box

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: Any, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


def category_box() -> QComboBox:
    box = QComboBox()
    for c in CATEGORIES:
        box.addItem(CATEGORY_LABELS[c], c)
    return box


class ReviewWidget(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = ReviewState()
        self.entity_model = EntityModel(self.state, self)
        self.occurrence_model = OccurrenceModel(self.state, self)

        self.count_label = QLabel()
        self.count_label.setObjectName("reviewCount")

        self.entity_view = QTableView()
        self.entity_view.setModel(self.entity_model)
        self.entity_view.setItemDelegateForColumn(EntityModel.CATEGORY, CategoryDelegate(self.entity_view))
        self.entity_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.entity_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.entity_view.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.entity_view.verticalHeader().hide()
        hh = self.entity_view.horizontalHeader()
        hh.setSectionResizeMode(EntityModel.ENTITY, QHeaderView.ResizeMode.Stretch)
        for col in (EntityModel.ACCEPT, EntityModel.CATEGORY, EntityModel.COUNT, EntityModel.TAG):
            hh.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)

        self.accept_all = QPushButton("Accept all")
        self.reject_all = QPushButton("Reject all")
        self.always_button = QPushButton("Always treat as identifier")
        self.always_button.setToolTip("Add the selected entity to the list kept with the linking key, "
                                      "outside the project")
        buttons = QHBoxLayout()
        for b in (self.accept_all, self.reject_all, self.always_button):
            buttons.addWidget(b)
        buttons.addStretch(1)

        self.occurrence_view = QListView()
        self.occurrence_view.setModel(self.occurrence_model)
        self.occurrence_view.setWordWrap(True)

        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(QLabel("Detected identifiers, grouped by entity"))
        lv.addWidget(self.entity_view, 3)
        lv.addLayout(buttons)
        lv.addWidget(QLabel("Occurrences of the selected entity"))
        lv.addWidget(self.occurrence_view, 2)

        self.text_view = QPlainTextEdit()
        self.text_view.setReadOnly(True)
        self.text_view.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                               | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.mark_category = category_box()
        self.mark_every = QCheckBox("every occurrence")
        self.mark_every.setChecked(True)
        self.mark_button = QPushButton("Mark selection")
        self.mark_button.setEnabled(False)
        mark = QHBoxLayout()
        mark.addWidget(QLabel("Mark selected text as"))
        mark.addWidget(self.mark_category)
        mark.addWidget(self.mark_every)
        mark.addWidget(self.mark_button)
        mark.addStretch(1)
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.addWidget(self.text_view, 1)
        rv.addLayout(mark)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        root = QVBoxLayout(self)
        root.addWidget(self.count_label)
        root.addWidget(split, 1)

        self.entity_model.edited.connect(self._on_edited)
        self.occurrence_model.edited.connect(self._on_edited)
        self.entity_view.selectionModel().currentRowChanged.connect(self._on_entity_selected)
        self.occurrence_view.clicked.connect(self._on_occurrence_clicked)
        self.accept_all.clicked.connect(lambda: self._set_all(True))
        self.reject_all.clicked.connect(lambda: self._set_all(False))
        self.always_button.clicked.connect(self._add_always)
        self.mark_button.clicked.connect(self.mark_selection)
        self.text_view.selectionChanged.connect(self._on_text_selection)
        self._refresh()

    # ---- public API -----------------------------------------------------------------------------
    def set_document(self, text: str, spans: list[Span], *, lang: str = "nb",
                     mapping: dict[str, str] | None = None, always: list[str] | None = None) -> None:
        """Show ``text`` with ``spans`` proposed. ``mapping`` (from a linking key) only previews tags."""
        self.state.set_document(text, spans, lang, mapping)
        self.state.always = list(always or [])
        self.text_view.setPlainText(text)
        self._refresh()

    def accepted_spans(self) -> list[Span]:
        return self.state.accepted_spans()

    def always_identifiers(self) -> list[str]:
        return list(self.state.always)

    def counts(self) -> tuple[int, int]:
        return self.state.counts()

    def mark_selection(self) -> int:
        cur = self.text_view.textCursor()
        if not cur.hasSelection():
            return 0
        n = self.state.mark(cur.selectionStart(), cur.selectionEnd(), self.mark_category.currentData(),
                            self.mark_every.isChecked())
        self._on_edited()
        return n

    # ---- internals ------------------------------------------------------------------------------
    def _set_all(self, accepted: bool) -> None:
        self.state.set_all_accepted(accepted)
        self._on_edited()

    def _add_always(self) -> None:
        row = self.entity_view.currentIndex().row()
        if row >= 0:
            label = self.state.add_always(row)
            self.always_button.setText(f"Always treat as identifier ({len(self.state.always)})")
            self.always_button.setToolTip(f"“{label}” will be added to the always-list kept with the linking key")
            self.changed.emit()

    def _on_edited(self) -> None:
        self._refresh()
        self.changed.emit()

    def _refresh(self) -> None:
        key = self._current_key()
        self.entity_model.refresh()
        if key is not None:
            row = next((i for i, e in enumerate(self.state.entities) if e.key == key), -1)
            if row >= 0:
                self.entity_view.selectRow(row)
        self.occurrence_model.set_entity_key(key if any(e.key == key for e in self.state.entities) else None)
        ents, occs = self.state.counts()
        self.count_label.setText(f"<b>{ents} entities, {occs} occurrences will be replaced</b>"
                                 f" &nbsp; ({len(self.state.entities)} entities, {len(self.state.occurrences)}"
                                 " occurrences detected)")
        self._highlight()

    def _current_key(self) -> str | None:
        idx = self.entity_view.currentIndex()
        e = idx.siblingAtColumn(0).data(EntityRole) if idx.isValid() else None
        return e.key if e is not None else None

    def _highlight(self) -> None:
        selected = self._current_key()
        sels = []
        for e in self.state.entities:
            for o in e.occurrences:
                fmt = QTextCharFormat()
                if o.accepted:
                    fmt.setBackground(QColor(COLORS.get(o.category, "#d9d9d9")))
                else:
                    fmt.setFontStrikeOut(True)
                    fmt.setForeground(QColor("#888888"))
                if e.key == selected:
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

    def _on_entity_selected(self, current: QModelIndex, _prev: QModelIndex) -> None:
        e = current.siblingAtColumn(0).data(EntityRole) if current.isValid() else None
        self.occurrence_model.set_entity_key(e.key if e else None)
        if e:
            self._show(e.occurrences[0].start, e.occurrences[0].end)
        self._highlight()

    def _on_occurrence_clicked(self, index: QModelIndex) -> None:
        e = self.occurrence_model.entity()
        if e is not None and 0 <= index.row() < len(e.occurrences):
            o = e.occurrences[index.row()]
            self._show(o.start, o.end)

    def _show(self, start: int, end: int) -> None:
        cur = self.text_view.textCursor()
        cur.setPosition(start)
        self.text_view.setTextCursor(cur)
        self.text_view.centerCursor()

    def _on_text_selection(self) -> None:
        cur = self.text_view.textCursor()
        surface = cur.selectedText().strip() if cur.hasSelection() else ""
        ok = bool(surface) and "\u2029" not in surface
        self.mark_button.setEnabled(ok)
        n = self.state.count_every(surface) if ok else 0
        self.mark_every.setText(f"every occurrence ({n} found)" if ok else "every occurrence")
