"""Autosave for text editors: save a draft as the user types (debounced), offer it back after a crash.

Usage: ``binder = rebind(binder, ctx, editor, key)`` whenever the editor shows another object, then
``binder.offer_recovery(saved_text)``; call ``binder.committed()`` after the text has been saved for
real (the draft is then discarded). Main thread only; each draft write is a tiny
transaction outside the undo history.
"""

from __future__ import annotations

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

    def recover(self, saved_text: str) -> str | None:
        """The autosaved draft if it differs from ``saved_text`` (what the project holds), else None."""
        draft = get_draft(self._ctx.project, self.key)
        return draft if draft is not None and draft != saved_text else None

    def offer_recovery(self, saved_text: str) -> bool:
        """Put a draft left by a crash back into the editor (still unsaved); True if there was one."""
        draft = self.recover(saved_text)
        if draft is None:
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
