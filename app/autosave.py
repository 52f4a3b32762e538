"""Autosave for text editors: save a draft as the user types (debounced), offer it back after a crash.

Usage: ``binder = rebind(binder, ctx, editor, key)`` whenever the editor shows another object, then
``binder.offer_recovery(saved_text)``; call ``binder.committed()`` after the text has been saved for
real (the draft is then discarded). Main thread only; each draft write is a tiny
transaction outside the undo history.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

from app.context import ProjectContext
from coding.services.drafts import discard_draft, get_draft, save_draft

DEBOUNCE_MS = 800


class AutosaveBinder(QObject):
    def __init__(self, ctx: ProjectContext, editor: QPlainTextEdit | QTextEdit, key: str) -> None:
        super().__init__(editor)
        self._ctx, self._editor, self.key = ctx, editor, key
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(self.flush)
        editor.textChanged.connect(self._changed)
        self._suspended = False
        self._detached = False

    def recover(self, saved_text: str) -> str | None:
        """The autosaved draft if it differs from ``saved_text`` (what the project holds), else None.

        Reads on the calling thread: for scripts and tests; the UI uses ``offer_recovery``/``offer_draft``."""
        draft = get_draft(self._ctx.project, self.key)
        return draft if draft is not None and draft != saved_text else None

    def offer_recovery(self, saved_text: str, on_recovered: Callable[[], None] | None = None) -> bool:
        """Put a draft left by a crash back into the editor (still unsaved). The draft is read on the
        executor; it is shown only if the editor still shows this object, untouched, when it arrives,
        and then ``on_recovered()`` runs. Returns True if it was already put back (inline, in tests)."""
        done: list[bool] = []
        before = self._editor.toPlainText()

        def arrived(draft: str | None) -> None:
            if self._detached or self._editor.toPlainText() != before:
                return
            if self.offer_draft(draft, saved_text):
                done.append(True)
                if on_recovered is not None:
                    on_recovered()

        if self._ctx.executor.closed:
            return False
        self._ctx.read("Autosaved draft", get_draft, self.key, on_done=arrived)
        return bool(done)

    def offer_draft(self, draft: str | None, saved_text: str) -> bool:
        """Put ``draft`` (read on the executor with the saved text) into the editor if it differs from
        ``saved_text``; True if it did."""
        if draft is None or draft == saved_text:
            return False
        self.set_text_silently(draft)
        return True

    def set_text_silently(self, text: str) -> None:
        self._suspended = True
        try:
            self._editor.setPlainText(text)
        finally:
            self._suspended = False

    def _changed(self) -> None:
        if not self._suspended and not self._ctx.readonly:
            self._timer.start()

    def flush(self) -> None:
        self._timer.stop()
        if not self._ctx.readonly and not self._ctx.executor.closed:  # on the executor; the text is taken now
            key, text = self.key, self._editor.toPlainText()
            self._ctx.executor.submit("Autosave", lambda project: save_draft(project, key, text), write=False)

    def detach(self) -> None:
        """Stop watching the editor (another object's text is about to be shown in it)."""
        self._timer.stop()
        self._detached = True
        try:
            self._editor.textChanged.disconnect(self._changed)
        except (RuntimeError, TypeError):
            pass
        self.deleteLater()

    def committed(self) -> None:
        self._timer.stop()
        if not self._ctx.readonly and not self._ctx.executor.closed:
            key = self.key
            self._ctx.executor.submit("Discard draft", lambda project: discard_draft(project, key), write=False)


def rebind(binder: AutosaveBinder | None, ctx: ProjectContext | None, editor: QPlainTextEdit | QTextEdit,
           key: str | None) -> AutosaveBinder | None:
    """Stop autosaving for what the editor showed before; start for ``key`` (None: nothing is shown)."""
    if binder is not None:
        binder.detach()
    if ctx is None or key is None:
        return None
    return AutosaveBinder(ctx, editor, key)
