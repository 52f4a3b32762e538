"""A plain-text editor that reports when it loses focus, so memo panels can save then."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit


class MemoEdit(QPlainTextEdit):
    focus_lost = Signal()

    def focusOutEvent(self, e: QFocusEvent) -> None:
        super().focusOutEvent(e)
        self.focus_lost.emit()


class TitleEdit(QLineEdit):
    focus_lost = Signal()

    def focusOutEvent(self, e: QFocusEvent) -> None:
        super().focusOutEvent(e)
        self.focus_lost.emit()
