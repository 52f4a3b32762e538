"""Adds File → Restore from backup… to the main window."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMessageBox

from app.backups.dialog import RestoreDialog
from app.i18n import tr_error
from app.workbench import Workbench
from coding.errors import KondensError
from coding.store.backup import restore_backup


def restore_into(window: Workbench, backup_path: Any) -> bool:
    """Close the open project, restore ``backup_path`` over its database and open it again."""
    ctx = window.ctx
    path = ctx.project.path
    window.close_project()
    try:
        from coding.store import lock

        lock.acquire(path)  # nobody else may write while the database is replaced
        try:
            restore_backup(path, backup_path)
        finally:
            lock.release(path)
    except KondensError as e:
        QMessageBox.warning(window, QCoreApplication.translate("RestoreDialog", "Restore from backup"), tr_error(e))
        window.open_path(path)
        return False
    return bool(window.open_path(path))


def install(window: Workbench) -> None:
    action = QAction(QCoreApplication.translate("RestoreDialog", "Restore from backup…"), window)

    def run() -> None:
        if window.ctx is None or window.ctx.readonly:
            return
        dialog = RestoreDialog(window.ctx.project.path, window)
        if dialog.exec() == QDialog.DialogCode.Accepted and (chosen := dialog.chosen()) is not None:
            restore_into(window, chosen.path)

    action.triggered.connect(run)
    window.menu("File").addAction(action)
    window.context_changed.connect(lambda ctx: action.setEnabled(ctx is not None and not ctx.readonly))
    action.setEnabled(window.ctx is not None)
