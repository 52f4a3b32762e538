"""Small dialogs of the code tree: choose a merge target, confirm a delete."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.codes.tree_model import CodeIdRole, CodeTreeModel


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
    detail = QCoreApplication.translate("CodeTreeDock", "This removes %1 coded segment(s)").replace("%1", str(segments))
    if codes > 1:
        detail += QCoreApplication.translate("CodeTreeDock", " and %1 sub-code(s)").replace("%1", str(codes - 1))
    detail += QCoreApplication.translate("CodeTreeDock", ", with their quotes and memos. Undo (Ctrl+Z) brings them back.")
    answer = QMessageBox.question(parent, QCoreApplication.translate("CodeTreeDock", "Delete code"),
                                  QCoreApplication.translate("CodeTreeDock", "Delete the code “%1”?").replace("%1", name) + "\n\n" + detail)
    return answer == QMessageBox.StandardButton.Yes
