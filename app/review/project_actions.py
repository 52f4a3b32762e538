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
from app.review.key_dialogs import unlock_async
from app.workbench import Workbench
from coding import queries
from coding.errors import KondensError
from coding.services.key_settings import KeyState, key_state
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
    def __init__(self, project: Any, parent: QWidget | None = None,
                 plans: dict[str, WithdrawalPlan] | None = None) -> None:
        """``plans``: each informant's withdrawal plan, read on the executor by :func:`withdrawal_plans`
        (None: read here, for tests)."""
        super().__init__(parent)
        self.project = project
        self.plans = plans if plans is not None else withdrawal_plans(project)
        self.setWindowTitle(self.tr("Withdraw informant"))
        self.setMinimumWidth(460)
        self.informant = QComboBox()
        for label in self.plans:
            self.informant.addItem(label)
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
        plan = self.plans.get(label)
        self.details.setText(describe(plan) if ok and plan is not None else self.tr("No informants."))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def label(self) -> str:
        return self.informant.currentText()


def withdrawal_plans(project: Any) -> dict[str, WithdrawalPlan]:
    """Executor side of opening the withdraw dialog: what withdrawing each informant removes."""
    return {inf.label: plan_withdrawal(project, inf.label) for inf in queries.informants(project)}


def withdraw_informant_action(window: Workbench, dialog_factory: Any = WithdrawDialog, ask: Any = None) -> bool:
    """Ask which informant (the plans are read on the executor first), unlock the key, then on the
    executor: let the key note its informants, withdraw, and drop them from the key. Returns True once
    withdrawn if that happened before returning (inline, in tests)."""
    ctx = window.ctx
    title = QCoreApplication.translate("Withdraw", "Withdraw informant")
    withdrawn: list[bool] = []

    def refused(e: BaseException) -> None:
        if not isinstance(e, KondensError):
            ctx.failed.emit(title, e)
            return
        QMessageBox.warning(window, title, tr_error(e))

    def forget_failed(label: str, e: BaseException) -> None:
        if not isinstance(e, KondensError):
            ctx.failed.emit(title, e)
            return
        QMessageBox.warning(window, title,
                            QCoreApplication.translate("Withdraw", "{0} was withdrawn, but the linking key could not be updated: {1}. "
                                                       "Their entries are removed from it at the next unlock.")
                            .format(label, tr_error(e)))

    def planned(facts: tuple[dict[str, WithdrawalPlan], KeyState]) -> None:
        plans, state = facts
        if window.ctx is not ctx:
            return
        dlg = dialog_factory(ctx.project, window, plans)
        if dlg.exec() != QDialog.DialogCode.Accepted or not dlg.label():
            return
        label = dlg.label()
        # The key is unlocked on the executor (the passphrase asked here); None: no key, or not unlocked
        # (then the withdrawal is remembered for the next unlock).
        unlock_async(window, ctx, lambda key: unlocked(label, key), ask, state)

    def unlocked(label: str, key: Any) -> None:
        if window.ctx is not ctx:
            return

        def done(_ch: Any) -> None:
            ctx.undo_stack.clear()  # not undoable, and no command may keep undo data of the removed text
            withdrawn.append(True)
            ctx.read("Withdraw informant", forget_withdrawn, label, key,
                     on_error=lambda e: forget_failed(label, e))

        def failed(e: BaseException) -> None:
            ctx.undo_stack.clear()
            refused(e)

        def withdraw(_prepared: Any = None) -> None:
            ctx.run(QCoreApplication.translate("Withdraw", "Withdraw informant {0}").format(label), withdraw_informant,
                    label, on_done=done, on_error=failed)

        if key is not None:  # every key entry learns its informants first (on the executor)
            ctx.read("Withdraw informant", lambda p: prepare_withdrawal(key, p), on_done=withdraw, on_error=failed)
        else:
            withdraw()

    ctx.read("Withdraw informant", lambda p: (withdrawal_plans(p), key_state(p)), on_done=planned, on_error=refused)
    return bool(withdrawn)
