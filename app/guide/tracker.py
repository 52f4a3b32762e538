"""Notices when every part of a transcript has been on screen in a text view (read through).

It keeps the union of the document ranges shown in the view's viewport as the user scrolls; once
``THRESHOLD`` of the characters have been shown it emits ``read_through`` with the transcript id, once
per transcript opened. Having been on screen is not proof of reading, which is why the Steps dock also
lets the user set or clear the mark by hand.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QPoint, QTimer, Signal
from PySide6.QtWidgets import QPlainTextEdit

THRESHOLD = 0.95


class ReadTracker(QObject):
    read_through = Signal(int)  # transcript id

    def __init__(self, view: QPlainTextEdit, parent: QObject | None = None) -> None:
        super().__init__(parent or view)
        self.view = view
        self.transcript_id: int | None = None
        self._seen: list[tuple[int, int]] = []
        self._emitted = False
        # Coalesce scroll and resize bursts into one measurement after the view has repainted.
        self._timer = QTimer(self, singleShot=True, interval=120)
        self._timer.timeout.connect(self.measure)
        view.verticalScrollBar().valueChanged.connect(lambda _v: self._timer.start())
        view.updateRequest.connect(lambda *_a: self._timer.start() if not self._timer.isActive() else None)

    def start(self, transcript_id: int | None) -> None:
        """A (new) transcript is shown: start counting afresh."""
        self.transcript_id = transcript_id or None
        self._seen = []
        self._emitted = False
        self._timer.start()

    def visible_range(self) -> tuple[int, int]:
        vp = self.view.viewport()
        top = self.view.cursorForPosition(QPoint(0, 0)).position()
        bottom = self.view.cursorForPosition(QPoint(vp.width() - 1, vp.height() - 1)).position()
        return top, max(top, bottom)

    def seen_share(self) -> float:
        total = max(0, self.view.document().characterCount() - 1)
        if total == 0:
            return 0.0
        return sum(b - a for a, b in self._seen) / total

    def measure(self) -> None:
        if self.transcript_id is None or self._emitted or not self.view.isVisible():
            return
        a, b = self.visible_range()
        end = max(0, self.view.document().characterCount() - 1)
        if self.view.verticalScrollBar().value() >= self.view.verticalScrollBar().maximum():
            b = end  # the last rows are shown even when the cursor lookup stops short of them
        if self.view.verticalScrollBar().value() <= 0:
            a = 0
        merged: list[tuple[int, int]] = []
        for x, y in sorted([*self._seen, (a, b)]):
            if merged and x <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(merged[-1][1], y))
            else:
                merged.append((x, y))
        self._seen = merged
        if self.seen_share() >= THRESHOLD:
            self._emitted = True
            self.read_through.emit(self.transcript_id)
