"""Edit ▸ Redact selection…: replace selected text of a stored transcript by a tag (undoable).

The main window provides ``current_selection() -> (transcript_id, start, end) | None`` and ``ctx``.
The write goes through ``ctx.run`` so Ctrl+Z restores the text until the project is closed.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.i18n import count, tr_error
from app.review.models import category_labels
from app.workbench import Workbench
from coding.errors import KondensError
from coding.services.redaction import redact, selection_occurrences
from transcripts.deid.types import CATEGORIES


class RedactDialog(QDialog):
    """Asks for the category and the scope. Shows how many places will change."""

    def __init__(self, surface: str, here: int, everywhere: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Redact selection"))
        self.category = QComboBox()
        labels = category_labels()  # at run time, so the installed language is used
        for c in CATEGORIES:
            self.category.addItem(labels[c], c)
        self.category.setCurrentIndex(self.category.findData("person"))
        self.in_transcript = QRadioButton(count(here, self.tr("In this transcript (1 place)"),
                                                self.tr("In this transcript (%1 places)")))
        self.in_all = QRadioButton(count(everywhere, self.tr("In every transcript and note (1 place in transcripts)"),
                                         self.tr("In every transcript and note (%1 places in transcripts)")))
        self.in_transcript.setChecked(True)
        form = QFormLayout()
        shown = surface if len(surface) <= 60 else surface[:57] + "…"
        form.addRow(self.tr("Text:"), QLabel(f"<b>{_escape(shown)}</b>"))
        form.addRow(self.tr("Category:"), self.category)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.in_transcript)
        lay.addWidget(self.in_all)
        lay.addWidget(QLabel(self.tr("Codings, lines and quotes stay on the same words. Undo is possible "
                                     "until the project is closed.")))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Redact"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)

    def choice(self) -> tuple[str, bool]:
        return str(self.category.currentData()), self.in_all.isChecked()


def _escape(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def redact_selection(window: Workbench, dialog_factory: Any = RedactDialog) -> bool:
    """Run the whole action. ``dialog_factory`` lets tests answer the dialog. True if text was redacted by
    the time it returns (inline, in tests; on the real executor the redaction follows the dialog)."""
    sel = window.current_selection()
    if not sel:
        QMessageBox.information(window, QCoreApplication.translate("Redact", "Redact selection"), QCoreApplication.translate("Redact", "Select text in a transcript first."))
        return False
    tid, start, end = sel
    title = QCoreApplication.translate("Redact", "Redact selection")
    ctx = window.ctx
    redacted: list[bool] = []

    def refused(e: BaseException) -> None:
        if not isinstance(e, KondensError):
            ctx.failed.emit(title, e)
            return
        QMessageBox.warning(window, title, tr_error(e))

    def counted(found: tuple[str, int, int]) -> None:
        # The occurrences are counted on the executor; the dialog opens when they are back.
        surface, here, everywhere = found
        if not surface or window.ctx is not ctx:
            return
        dlg = dialog_factory(surface, here, everywhere, window)
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return
        category, all_transcripts = dlg.choice()
        ctx.run(title, redact, tid, start, end, category, everywhere=all_transcripts,
                on_done=lambda _ch: redacted.append(True), on_error=refused)

    ctx.read("Redact selection", selection_occurrences, tid, start, end, on_done=counted, on_error=refused)
    return bool(redacted)
