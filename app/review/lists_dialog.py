"""Project ▸ Identifier lists…: the never-list (in the project) and the always-list (in the linking key).

The never-list holds ordinary words that are not identifiers and is saved through a service, so it is
undoable like any other project write. The always-list holds real names and is saved only into the
linking key, outside the project; without a key it cannot be edited here, and the dialog says so.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.i18n import tr_error
from app.reads import run_checked
from app.workbench import Workbench
from coding.errors import KondensError
from coding.services.never_list import never_list, set_never_list


def _words(edit: QPlainTextEdit) -> list[str]:
    return [w.strip() for w in edit.toPlainText().splitlines() if w.strip()]


class IdentifierListsDialog(QDialog):
    def __init__(self, ctx: Any, key: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.key = ctx, key
        self.setWindowTitle(self.tr("Identifier lists"))
        self.resize(720, 460)
        # The never-list is read on the executor; its box is enabled once it is in.
        self._never_read: list[str] | None = None
        self.never = QPlainTextEdit()
        self.never.setObjectName("neverList")
        self.never.setEnabled(False)
        self.never.setPlaceholderText(self.tr("Loading…"))
        ctx.read("Never-list", never_list, on_done=self._never_in)
        self.always = QPlainTextEdit("\n".join(key.always) if key is not None else "")
        self.always.setObjectName("alwaysList")
        self.always.setEnabled(key is not None)
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("<b>Never an identifier</b> (stored in the project)")))
        note = QLabel(self.tr("Ordinary words the detector should not propose, one per line. Their inflections "
                              "are left out too (DPS also rules out DPSen). Never put names here."))
        note.setWordWrap(True)
        left.addWidget(note)
        left.addWidget(self.never, 1)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("<b>Always an identifier</b> (stored in the linking key)")))
        note2 = QLabel(self.tr("Names to replace wherever they occur, one per line. Kept outside the project.")
                       if key is not None else
                       self.tr("This project has no linking key, so there is no always-list. Choose one under "
                               "Project ▸ Linking key…"))
        note2.setWordWrap(True)
        right.addWidget(note2)
        right.addWidget(self.always, 1)
        row = QHBoxLayout()
        row.addLayout(left, 1)
        row.addLayout(right, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(row, 1)
        lay.addWidget(buttons)

    def _never_in(self, words: list[str]) -> None:
        self._never_read = list(words)
        self.never.setPlainText("\n".join(words))
        self.never.setPlaceholderText("")
        self.never.setEnabled(True)

    def save(self) -> bool:
        try:
            words = _words(self.never)
            if self._never_read is not None and words != self._never_read:
                # Queued on the executor; a refusal is shown over the window (the dialog has closed).
                run_checked(self.ctx, self.parentWidget(), self.tr("Edit the never-list"), set_never_list, words)
            if self.key is not None:
                names = list(dict.fromkeys(" ".join(w.split()) for w in _words(self.always)))
                if names != self.key.always:
                    self.key.always[:] = names
                    self.key.save()
        except KondensError as e:
            QMessageBox.warning(self, self.tr("Identifier lists"), tr_error(e))
            return False
        self.accept()
        return True


def edit_identifier_lists(window: Workbench) -> None:
    from app.review.key_dialogs import unlock_async

    ctx = window.ctx
    if ctx is None:
        return
    def opened(key: Any) -> None:  # the key is unlocked on the executor first (the passphrase asked here)
        if window.ctx is ctx:
            IdentifierListsDialog(ctx, key, window).exec()

    unlock_async(window, ctx, opened)
