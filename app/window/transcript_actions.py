"""The transcript list's own actions: Rename (F2, in place), Replace transcript…, Delete transcript….

Each one calls a named service through ``ctx.run`` so it is one undo step and every panel hears
``project_changed``. Deleting scrubs the database and the backups (see
:mod:`coding.services.transcript_delete`); its undo data lives in memory only, so Ctrl+Z brings the
transcript back until the project is closed. Main thread only.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QMenu, QMessageBox, QWidget

from app.i18n import tr_error
from app.reads import run_checked
from app.window.transcript_model import TranscriptIdRole
from coding.errors import KondensError
from coding.services.transcript_delete import TranscriptDeletePlan, delete_transcript_scrubbed, plan_transcript_delete
from coding.services.transcripts import rename_transcript

if TYPE_CHECKING:
    from app.main_window import MainWindow

Confirm = Callable[[QWidget, TranscriptDeletePlan], bool]


def confirm_delete(parent: QWidget, plan: TranscriptDeletePlan) -> bool:
    who = QCoreApplication.translate("TranscriptListActions", " (informant {0})").format(plan.informant) if plan.informant else ""
    text = QCoreApplication.translate("TranscriptListActions",
        "<p>Delete <b>{0}</b>{1}?</p><p>This removes its text, {2} coded segment(s), {3} quote(s) and {4} memo(s) "
        "anchored in it, its entries in the search index, and its copies in the project's backups. The "
        "informant stays.</p><p>Edit ▸ Undo brings it back until the project is closed; after that it is "
        "gone for good.</p>").format(plan.title, who, plan.segments, plan.quotes, plan.memos)
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("TranscriptListActions", "Delete transcript"), text,
                      QMessageBox.StandardButton.Cancel, parent)
    delete = box.addButton(QCoreApplication.translate("TranscriptListActions", "Delete"), QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is delete


class TranscriptListActions(QObject):
    """Owned by the main window; ``confirm`` and ``open_replace`` can be swapped by tests."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.view = window.transcript_list
        self.model = window.transcripts
        self.confirm: Confirm = confirm_delete
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._menu)
        self.act_rename = QAction(self.tr("Rename"), self.view)
        self.act_rename.setObjectName("actionRenameTranscript")
        self.act_rename.setShortcut(QKeySequence(Qt.Key.Key_F2))
        self.act_rename.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.act_rename.triggered.connect(self.rename_current)
        self.act_replace = QAction(self.tr("Replace transcript…"), self.view)
        self.act_replace.setObjectName("actionReplaceTranscript")
        self.act_replace.triggered.connect(self.replace_current)
        self.act_delete = QAction(self.tr("Delete transcript…"), self.view)
        self.act_delete.setObjectName("actionDeleteTranscript")
        self.act_delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.act_delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.act_delete.triggered.connect(self.delete_current)
        for a in (self.act_rename, self.act_replace, self.act_delete):
            self.view.addAction(a)
        # Queued: the rename reloads the list, which must not happen while the editor is still committing.
        self.model.rename_requested.connect(self.rename, Qt.ConnectionType.QueuedConnection)
        window.context_changed.connect(lambda _ctx: self.update_enabled())
        self.update_enabled()

    # ---- state -------------------------------------------------------------------------------------
    def writable(self) -> bool:
        ctx = self.window.ctx
        return ctx is not None and not ctx.readonly

    def update_enabled(self) -> None:
        ok = self.writable()
        self.model.editable = ok
        for a in (self.act_rename, self.act_replace, self.act_delete):
            a.setEnabled(ok)

    def current_id(self) -> int | None:
        tid = self.view.currentIndex().data(TranscriptIdRole)
        return int(tid) if tid is not None else None

    def _menu(self, pos: QPoint) -> None:
        index = self.view.indexAt(pos)
        if not index.isValid():
            return
        self.view.setCurrentIndex(index)
        menu = QMenu(self.view)
        menu.addActions([self.act_rename, self.act_replace])
        menu.addSeparator()
        menu.addAction(self.act_delete)
        menu.exec(self.view.viewport().mapToGlobal(pos))

    # ---- actions -----------------------------------------------------------------------------------
    def rename_current(self) -> None:
        index = self.view.currentIndex()
        if index.isValid() and self.writable():
            self.view.edit(index.siblingAtColumn(self.model.TITLE))

    def rename(self, transcript_id: int, title: str) -> bool:
        ctx = self.window.ctx
        if ctx is None or not self.writable():
            return False
        # Queued on the executor; the list follows through project_changed, a refusal is shown.
        job = run_checked(ctx, self.window, self.tr("Rename transcript"), rename_transcript, transcript_id, title)
        return not (job.done and job.error is not None)

    def replace_current(self) -> None:
        tid = self.current_id()
        ctx = self.window.ctx
        if tid is None or ctx is None or not self.writable():
            return
        from app.importing.dialog import open_import_dialog

        title = self.view.currentIndex().siblingAtColumn(self.model.TITLE).data()
        open_import_dialog(ctx, self.window, replace_transcript=tid,
                           title=self.tr("Replace transcript: {0}").format(title))

    def delete_current(self) -> bool:
        """Plan the deletion on the executor, ask in on_done, then delete there. Returns True if it was
        deleted before returning (inline, in tests)."""
        tid = self.current_id()
        ctx = self.window.ctx
        if tid is None or ctx is None or not self.writable():
            return False
        deleted: list[bool] = []
        title = self.tr("Delete transcript")

        def refused(e: BaseException) -> None:
            if not isinstance(e, KondensError):
                ctx.failed.emit(title, e)
                return
            QMessageBox.warning(self.window, title, tr_error(e))

        def planned(plan: TranscriptDeletePlan) -> None:
            if ctx is not self.window.ctx or not self.confirm(self.window, plan):
                return
            ctx.run(self.tr("Delete transcript {0}").format(plan.title), delete_transcript_scrubbed, tid,
                    on_done=lambda _ch: deleted.append(True), on_error=refused)

        ctx.read("Delete transcript", plan_transcript_delete, tid, on_done=planned, on_error=refused)
        return bool(deleted)
