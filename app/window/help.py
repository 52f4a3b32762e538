"""Help ▸ Keyboard shortcuts and Help ▸ Open the data folder."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


def shortcuts() -> list[tuple[str, str]]:
    return [
        ("J / K", QCoreApplication.translate("Help", "next / previous uncoded line (Ctrl+Down / Ctrl+Up)")),
        (QCoreApplication.translate("Help", "Enter or Space"), QCoreApplication.translate("Help", "code the current line or the selection with the last code")),
        (QCoreApplication.translate("Help", "Shift+Enter"), QCoreApplication.translate("Help", "code the whole turn")),
        (QCoreApplication.translate("Help", "Ctrl+K or /"), QCoreApplication.translate("Help", "quick-code box with completion; a new name creates the code")),
        ("1–9", QCoreApplication.translate("Help", "apply one of the nine most recent codes")),
        ("Ctrl+Shift+V", QCoreApplication.translate("Help", "in-vivo code from the selected words")),
        ("Del", QCoreApplication.translate("Help", "remove the selected coding stripe")),
        ("Ctrl+Z / Ctrl+Shift+Z", QCoreApplication.translate("Help", "undo / redo")),
        ("Ctrl+F", QCoreApplication.translate("Help", "search the project")),
        ("Ctrl+I", QCoreApplication.translate("Help", "import transcripts")),
        ("F2", QCoreApplication.translate("Help", "rename the selected transcript or code")),
        ("Ctrl+,", QCoreApplication.translate("Help", "preferences")),
    ]


class ShortcutsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.resize(620, 420)
        rows = shortcuts()
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("Key"), self.tr("Action")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for r, (key, what) in enumerate(rows):
            self.table.setItem(r, 0, QTableWidgetItem(key))
            self.table.setItem(r, 1, QTableWidgetItem(what))
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        hh.setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.table)
        lay.addWidget(buttons)


def data_folder() -> Path:
    """Kondens's folder in the user's data directory (demo, linking keys by default); made if missing."""
    from platformdirs import user_data_dir

    folder = Path(os.environ.get("KONDENS_DATA_DIR") or user_data_dir("Kondens", appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def open_data_folder() -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(data_folder())))
