"""Small dialogs of the code tree: choose a merge target, confirm a delete, ask for a text."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.codes.tree_model import CodeIdRole, CodeTreeModel
from app.i18n import count


class CodeChooser(QDialog):
    """Pick one code from the tree (with a filter box); ``exclude`` cannot be chosen."""

    def __init__(self, model: CodeTreeModel, title: str, prompt: str, exclude: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.exclude = exclude
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Filter codes…"))
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(model)
        self.proxy.setRecursiveFilteringEnabled(True)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.view = QTreeView(self)
        self.view.setModel(self.proxy)
        self.view.expandAll()
        self.view.setColumnWidth(0, 260)
        self.view.doubleClicked.connect(lambda _ix: self._accept_if_valid())
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self._accept_if_valid)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(prompt, self))
        lay.addWidget(self.filter)
        lay.addWidget(self.view)
        lay.addWidget(self.buttons)
        self.resize(420, 480)

    def chosen(self) -> int | None:
        ix = self.view.currentIndex()
        cid = ix.data(CodeIdRole) if ix.isValid() else None
        return None if cid is None or cid == self.exclude else int(cid)

    def _accept_if_valid(self) -> None:
        if self.chosen() is not None:
            self.accept()


def confirm_delete(parent: QWidget, name: str, segments: int, codes: int) -> bool:
    detail = count(segments, QCoreApplication.translate("CodeTreeDock", "This removes 1 coded segment"),
                   QCoreApplication.translate("CodeTreeDock", "This removes %1 coded segments"))
    if codes > 1:
        detail += count(codes - 1, QCoreApplication.translate("CodeTreeDock", " and 1 sub-code"),
                        QCoreApplication.translate("CodeTreeDock", " and %1 sub-codes"))
    detail += QCoreApplication.translate("CodeTreeDock", ", with their quotes and memos. Undo (Ctrl+Z) brings them back.")
    answer = QMessageBox.question(parent, QCoreApplication.translate("CodeTreeDock", "Delete code"),
                                  QCoreApplication.translate("CodeTreeDock", "Delete the code “%1”?").replace("%1", name) + "\n\n" + detail)
    return answer == QMessageBox.StandardButton.Yes


def input_dialog(parent: QWidget | None, title: str, label: str, text: str = "", multiline: bool = False,
                 items: list[str] | None = None) -> QInputDialog:
    """A QInputDialog wide enough for its title and label (Qt's own is too narrow for longer titles,
    which then show as “New t… e area”)."""
    dlg = QInputDialog(parent)
    dlg.setWindowTitle(title)
    dlg.setLabelText(label)
    if items is not None:
        dlg.setComboBoxItems(items)
        dlg.setComboBoxEditable(False)
    elif multiline:
        dlg.setOption(QInputDialog.InputDialogOption.UsePlainTextEditForTextInput)
    if items is None:
        dlg.setTextValue(text)
    fm = dlg.fontMetrics()
    longest_item = max((fm.horizontalAdvance(i) for i in items or []), default=0)
    width = min(720, max(400, fm.horizontalAdvance(title) + 180, fm.horizontalAdvance(label) + 60,
                         longest_item + 80))
    # The dialog's layout fixes its size from its contents (SetMinAndMaxSize), so the label carries the width.
    text_label = dlg.findChild(QLabel)
    if text_label is not None:
        text_label.setMinimumWidth(width)
    return dlg


def ask_text(parent: QWidget | None, title: str, label: str, text: str = "",
             multiline: bool = False) -> tuple[str, bool]:
    """Like ``QInputDialog.getText`` (or ``getMultiLineText``), in a dialog of a sensible width."""
    dlg = input_dialog(parent, title, label, text, multiline)
    ok = dlg.exec() == QDialog.DialogCode.Accepted
    return dlg.textValue(), ok


def ask_item(parent: QWidget | None, title: str, label: str, items: list[str]) -> int | None:
    """Let the user choose one of ``items``; returns its index, None when cancelled."""
    dlg = input_dialog(parent, title, label, items=items)
    if dlg.exec() != QDialog.DialogCode.Accepted:
        return None
    value = dlg.textValue()
    return items.index(value) if value in items else None
