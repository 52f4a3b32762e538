"""Memo of the selected code, segment or transcript: one text per object, saved through ``ctx.run``.

Saves when the editor loses focus, on Ctrl+S and before switching to another object; an emptied
memo is deleted. The target follows the code tree and the coding view (see ``app/memos/install.py``).
Main thread only.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QLabel, QVBoxLayout, QWidget

from app.autosave import AutosaveBinder, rebind
from app.context import ProjectContext, follow
from app.memos.editor import MemoEdit
from app.workbench import Workbench
from coding import code_queries as cq
from coding import queries
from coding.changes import Changes
from coding.errors import KondensError
from coding.services import memos as memo_svc


class MemoDock(QDockWidget):
    def __init__(self, window: Workbench) -> None:
        super().__init__("Memo", window)
        self.setWindowTitle(self.tr("Memo"))
        self.setObjectName("memoDock")
        self.ctx: ProjectContext | None = None
        self.target: tuple[str, int] | None = None
        self._loaded_text = ""
        self._binder: AutosaveBinder | None = None
        self.label = QLabel(self)
        self.label.setObjectName("memoTarget")
        self.label.setWordWrap(True)
        self.edit = MemoEdit(self)
        self.edit.setObjectName("memoEdit")
        self.edit.setPlaceholderText(self.tr("Thoughts on this code, segment or transcript…"))
        self.edit.focus_lost.connect(self.save)
        save = QAction(self.tr("Save memo"), self)
        save.setShortcut(QKeySequence.StandardKey.Save)
        save.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save.triggered.connect(self.save)
        self.addAction(save)
        body = QWidget(self)
        lay = QVBoxLayout(body)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addWidget(self.label)
        lay.addWidget(self.edit)
        self.setWidget(body)
        window.context_changed.connect(self.set_context)
        self.set_context(window.ctx)

    def set_context(self, ctx: ProjectContext | None) -> None:
        if self.ctx is not None:
            self.save()
        follow(self.ctx, ctx, project_changed=self._on_changed)
        self.ctx = ctx
        self.target = None
        self._load()

    @property
    def dirty(self) -> bool:
        return self.target is not None and self.edit.toPlainText() != self._loaded_text

    def set_target(self, target_type: str, target_id: int | None) -> None:
        """Show the memo of another object, saving the current one first."""
        new = (target_type, int(target_id)) if target_id else None
        if new == self.target:
            return
        self.save()
        self.target = new
        self._load()

    def save(self) -> None:
        if self.ctx is None or self.target is None or not self.dirty or self.ctx.readonly:
            return
        text = self.edit.toPlainText()
        kind, tid = self.target
        try:
            self.ctx.run_sync(self.tr("Edit memo"), memo_svc.set_memo, kind, tid, text)
        except KondensError:
            self.target = None  # the object went away (e.g. deleted by an undo); nothing to save to
            self._load()
            return
        self._loaded_text = text
        if self._binder is not None:
            self._binder.committed()

    def _on_changed(self, changes: Changes) -> None:
        if self.target is None or not changes.touches("memos", "codes", "segments", "transcripts"):
            return
        if set(changes.touched) == {"segments"} and (self.target[0] != "segment"
                                                     or self.target[1] not in changes.ids("segments")):
            return  # plain coding elsewhere: this memo and its label are unchanged
        if self.dirty:
            return  # never overwrite what the user is typing; it is saved on focus-out
        self._load()

    def _describe(self) -> str | None:
        assert self.ctx is not None and self.target is not None
        kind, tid = self.target
        p = self.ctx.project
        if kind == "code":
            names = {c.id: c.name for c in cq.code_tree(p)}
            return self.tr("Memo on code “%1”").replace("%1", names[tid]) if tid in names else None
        if kind == "segment":
            segs = queries.segments_by_id(p, [tid])
            if not segs:
                return None
            s = segs[0]
            rng = cq.line_range(p, s.transcript_id, s.start, s.end)
            where = f"l. {rng[0]}–{rng[1]}" if rng and rng[0] != rng[1] else (f"l. {rng[0]}" if rng else "")
            return self.tr("Memo on segment %1").replace("%1", where)
        if kind == "transcript":
            titles = {t.id: t.title for t in queries.transcript_summaries(p)}
            return self.tr("Memo on transcript “%1”").replace("%1", titles[tid]) if tid in titles else None
        return None

    def _load(self) -> None:
        self._binder = rebind(self._binder, None, self.edit, None)
        desc = self._describe() if self.ctx is not None and self.target is not None else None
        if desc is None:
            self.target = None
            self._loaded_text = ""
            self.edit.setPlainText("")
            self.edit.setEnabled(False)
            self.label.setText(self.tr("Select a code, a segment or a transcript to write its memo."))
            return
        assert self.ctx is not None and self.target is not None
        memo = cq.memo_for(self.ctx.project, *self.target)
        self._loaded_text = memo.text if memo else ""
        self.edit.setPlainText(self._loaded_text)
        self.edit.setEnabled(not self.ctx.readonly)
        self.label.setText(desc)
        # Typing is autosaved as a draft; a draft left by a crash comes back (unsaved until focus-out).
        self._binder = rebind(None, self.ctx, self.edit, "memo:{}:{}".format(*self.target))
        if self._binder is not None and self._binder.offer_recovery(self._loaded_text):
            self.label.setText(desc + " — " + self.tr("recovered unsaved text"))
