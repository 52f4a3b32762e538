"""Project ▸ Withdraw informant… and Project ▸ Linking key…

Withdrawal runs through ``ctx.run`` (so panels hear ``project_changed``) and then clears the undo
stack: the data must go, and no undo command may hold it. If the project has a linking key, it is
unlocked first (once per session) and the informant's entries are removed from it too; if the user
does not unlock it, the project remembers the withdrawal and the entries go at the next unlock.
Project ▸ Linking key… is :class:`app.review.key_dialogs.LinkingKeyDialog`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from app.i18n import tr_error
from app.review.key_dialogs import ensure_unlocked
from app.workbench import Workbench
from coding import queries
from coding.errors import KondensError
from coding.services.withdraw import WithdrawalPlan, plan_withdrawal, withdraw_informant
from transcripts.deid.key_project import forget_withdrawn, prepare_withdrawal


def describe(plan: WithdrawalPlan) -> str:
    titles = "".join(f"<li>{t}</li>" for t in plan.transcripts) or (
        "<li>" + QCoreApplication.translate("Withdraw", "(no transcripts)") + "</li>")
    return QCoreApplication.translate("Withdraw", "<p>Informant <b>{0}</b> withdraws consent. This removes, for good:</p>"
                                      "<ul>{1}</ul><p>{2} coded segment(s), {3} quote(s), {4} memo(s) "
                                      "anchored in their text, their entries in the search index, and their "
                                      "data in the project's backups.</p><p><b>This cannot be undone.</b></p>"
                                      ).format(plan.label, titles, plan.segments, plan.quotes, plan.memos)


class WithdrawDialog(QDialog):
    def __init__(self, project: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.setWindowTitle(self.tr("Withdraw informant"))
        self.setMinimumWidth(460)
        self.informant = QComboBox()
        for inf in queries.informants(project):
            self.informant.addItem(inf.label)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Withdraw and delete"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(self.tr("Informant:")))
        lay.addWidget(self.informant)
        lay.addWidget(self.details)
        lay.addWidget(self.buttons)
        self.informant.currentTextChanged.connect(self._update)
        self._update(self.informant.currentText())

    def _update(self, label: str) -> None:
        ok = bool(label)
        self.details.setText(describe(plan_withdrawal(self.project, label)) if ok else self.tr("No informants."))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def label(self) -> str:
        return self.informant.currentText()


def withdraw_informant_action(window: Workbench, dialog_factory: Any = WithdrawDialog, ask: Any = None) -> bool:
    ctx = window.ctx
    dlg = dialog_factory(ctx.project, window)
    if dlg.exec() != QDialog.DialogCode.Accepted or not dlg.label():
        return False
    label = dlg.label()
    key = ensure_unlocked(window, ctx.project, ask)  # None: no key, or not unlocked (then remembered)
    try:
        if key is not None:
            prepare_withdrawal(key, ctx.project)
        ctx.run_sync(QCoreApplication.translate("Withdraw", "Withdraw informant {0}").format(label), withdraw_informant, label)
    except KondensError as e:
        QMessageBox.warning(window, QCoreApplication.translate("Withdraw", "Withdraw informant"), tr_error(e))
        return False
    finally:
        ctx.undo_stack.clear()  # not undoable, and no command may keep undo data of the removed text
    try:
        forget_withdrawn(ctx.project, label, key)
    except KondensError as e:
        QMessageBox.warning(window, QCoreApplication.translate("Withdraw", "Withdraw informant"),
                            QCoreApplication.translate("Withdraw", "{0} was withdrawn, but the linking key could not be updated: {1}. "
                                                       "Their entries are removed from it at the next unlock.")
                            .format(label, tr_error(e)))
    return True
