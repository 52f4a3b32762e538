"""Adds File → Import transcripts… (Ctrl+I) to the main window."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence

from app.workbench import Workbench


def install(window: Workbench) -> None:
    action = QAction(QCoreApplication.translate("ImportMenu", "Import transcripts…"), window)
    action.setObjectName("actionImportTranscripts")
    window.register_action(action)
    action.setShortcut(QKeySequence("Ctrl+I"))

    def open_dialog() -> None:
        ctx = window.ctx
        if ctx is None or ctx.readonly:
            return
        from app.importing.dialog import open_import_dialog

        open_import_dialog(ctx, window)  # opens once its informants and never-list are read

    action.triggered.connect(open_dialog)
    window.menu("File").addAction(action)
