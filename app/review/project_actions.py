"""Project ▸ Withdraw informant… and Project ▸ Linking key…

Withdrawal runs through ``ctx.run`` (so panels hear ``project_changed``) and then clears the undo
stack: the data must go, and no undo command may hold it. The linking key's path is kept in user
settings (:mod:`app.review.key_settings`), never in the project.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from app.review.key_settings import linking_key_path, set_linking_key_path
from coding import queries
from coding.errors import KondensError
from coding.services.withdraw import WithdrawalPlan, plan_withdrawal, withdraw_informant
from transcripts.deid.linking_key import LinkingKey, is_inside_project


def describe(plan: WithdrawalPlan) -> str:
    titles = "".join(f"<li>{t}</li>" for t in plan.transcripts) or "<li>(no transcripts)</li>"
    return (f"<p>Informant <b>{plan.label}</b> withdraws consent. This removes, for good:</p>"
            f"<ul>{titles}</ul><p>{plan.segments} coded segment(s), {plan.quotes} quote(s), {plan.memos} memo(s) "
            "anchored in their text, their entries in the search index, and their data in the project's "
            "backups.</p><p><b>This cannot be undone.</b></p>")


class WithdrawDialog(QDialog):
    def __init__(self, project: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.setWindowTitle("Withdraw informant")
        self.informant = QComboBox()
        for inf in queries.informants(project):
            self.informant.addItem(inf.label)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Withdraw and delete")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel("Informant:"))
        lay.addWidget(self.informant)
        lay.addWidget(self.details)
        lay.addWidget(self.buttons)
        self.informant.currentTextChanged.connect(self._update)
        self._update(self.informant.currentText())

    def _update(self, label: str) -> None:
        ok = bool(label)
        self.details.setText(describe(plan_withdrawal(self.project, label)) if ok else "No informants.")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def label(self) -> str:
        return self.informant.currentText()


def withdraw_informant_action(window: Any, dialog_factory: Any = WithdrawDialog) -> bool:
    ctx = window.ctx
    dlg = dialog_factory(ctx.project, window)
    if dlg.exec() != QDialog.DialogCode.Accepted or not dlg.label():
        return False
    try:
        ctx.run(f"Withdraw informant {dlg.label()}", withdraw_informant, dlg.label())
    except KondensError as e:
        QMessageBox.warning(window, "Withdraw informant", str(e))
        return False
    finally:
        ctx.undo_stack.clear()  # not undoable, and no command may keep undo data of the removed text
    return True


def choose_linking_key(window: Any, path: str | None = None, confirm: Any = None) -> Path | None:
    """Pick where the key lives. ``path``/``confirm`` let tests skip the file and message dialogs."""
    project_path = window.ctx.project.path
    current = linking_key_path(project_path)
    if path is None:
        start = str(current or Path.home() / "koblingsnokkel.json")
        path, _ = QFileDialog.getSaveFileName(window, "Linking key (kept outside the project)", start,
                                              "Linking key (*.json)",
                                              options=QFileDialog.Option.DontConfirmOverwrite)
        if not path:
            return None
    key_path = Path(path)
    if is_inside_project(key_path, project_path):
        ask = confirm or (lambda text: QMessageBox.warning(
            window, "Linking key", text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No) == QMessageBox.StandardButton.Yes)
        if not ask("The linking key links tags back to real names. It must be stored apart from the project, "
                   "not inside its folder. Use this path anyway?"):
            return None
    try:
        key = LinkingKey.load_or_new(key_path)
        if not key_path.exists():
            key.save()
    except KondensError as e:
        QMessageBox.warning(window, "Linking key", str(e))
        return None
    set_linking_key_path(project_path, key_path)
    return key_path
