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
from app.reads import LatestRead, run_checked
from app.workbench import Workbench
from coding import code_queries as cq
from coding import queries
from coding.changes import Changes
from coding.services import memos as memo_svc
from coding.services.drafts import get_draft
from coding.store import Project


class MemoDock(QDockWidget):
    def __init__(self, window: Workbench) -> None:
        super().__init__("Memo", window)
        self.setWindowTitle(self.tr("Memo"))
        self.setObjectName("memoDock")
        self.ctx: ProjectContext | None = None
        self.target: tuple[str, int] | None = None
        self._loaded_text = ""
        self._binder: AutosaveBinder | None = None
        self._reading = LatestRead()
        self._shown: tuple[str, int] | None = None  # the target whose memo the editor holds
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
        target, binder = self.target, self._binder
        self._loaded_text = text  # before the job: the change signal must not see a dirty editor

        def gone(_e: BaseException) -> None:  # the object went away (e.g. deleted by an undo)
            if self.target == target and not self.dirty:
                self.target = None
                self._load()

        run_checked(self.ctx, None, self.tr("Edit memo"), memo_svc.set_memo, kind, tid, text, on_refused=gone)
        if binder is not None:  # the draft goes on the executor after the memo is written
            binder.committed()

    def _on_changed(self, changes: Changes) -> None:
        if self.target is None or not changes.touches("memos", "codes", "segments", "transcripts"):
            return
        if set(changes.touched) == {"segments"} and (self.target[0] != "segment"
                                                     or self.target[1] not in changes.ids("segments")):
            return  # plain coding elsewhere: this memo and its label are unchanged
        if self.dirty:
            return  # never overwrite what the user is typing; it is saved on focus-out
        self._load()

    def _describe(self, facts: tuple[str, object] | None) -> str | None:
        """The label for what ``_memo_facts`` found (None: the object is gone)."""
        if facts is None:
            return None
        kind, what = facts
        if kind == "code":
            return self.tr("Memo on code “%1”").replace("%1", str(what))
        if kind == "segment":
            rng = what if isinstance(what, tuple) else None
            where = f"l. {rng[0]}–{rng[1]}" if rng and rng[0] != rng[1] else (f"l. {rng[0]}" if rng else "")
            return self.tr("Memo on segment %1").replace("%1", where)
        return self.tr("Memo on transcript “%1”").replace("%1", str(what))

    def _load(self) -> None:
        """Show the memo of ``self.target``: read on the executor (the editor waits, disabled), shown
        when back unless the user picked another object meanwhile."""
        self._binder = rebind(self._binder, None, self.edit, None)
        if self.ctx is None or self.target is None:
            self._reading.cancel()
            self._show(None, None)
            return
        target = self.target
        key = "memo:{}:{}".format(*target)
        if target != self._shown:  # another object: no typing into the old text while the new one comes
            self.edit.setEnabled(False)
        self._reading.read(self.ctx, "Memo", _memo_facts, target, key,
                           on_done=lambda r: self._show(target, r))

    def _show(self, target: tuple[str, int] | None, read: tuple[tuple[str, object] | None, str, str | None] | None
              ) -> None:
        if target is not None and target == self._shown and self.target == target and self.dirty:
            return  # typed into this memo since the read was asked: never overwrite it (saved on focus-out)
        desc = self._describe(read[0]) if target is not None and read is not None else None
        self._shown = target if desc is not None else None
        if desc is None or self.ctx is None or read is None:
            self.target = None
            self._loaded_text = ""
            self.edit.setPlainText("")
            self.edit.setEnabled(False)
            self.label.setText(self.tr("Select a code, a segment or a transcript to write its memo."))
            return
        _facts, text, draft = read
        self._loaded_text = text
        self.edit.setPlainText(self._loaded_text)
        self.edit.setEnabled(not self.ctx.readonly)
        self.label.setText(desc)
        # Typing is autosaved as a draft; a draft left by a crash comes back (unsaved until focus-out).
        self._binder = rebind(None, self.ctx, self.edit, "memo:{}:{}".format(*target))
        if self._binder is not None and self._binder.offer_draft(draft, self._loaded_text):
            self.label.setText(desc + " — " + self.tr("recovered unsaved text"))


def _memo_facts(project: Project, target: tuple[str, int], draft_key: str
                ) -> tuple[tuple[str, object] | None, str, str | None]:
    """Executor side of showing a memo: what it is on (a code's name, a segment's lines, a transcript's
    title; None if the object is gone), the memo's text and any autosaved draft."""
    kind, tid = target
    facts: tuple[str, object] | None = None
    if kind == "code":
        names = {c.id: c.name for c in cq.code_tree(project)}
        facts = (kind, names[tid]) if tid in names else None
    elif kind == "segment":
        segs = queries.segments_by_id(project, [tid])
        if segs:
            s = segs[0]
            facts = (kind, cq.line_range(project, s.transcript_id, s.start, s.end))
    elif kind == "transcript":
        titles = {t.id: t.title for t in queries.transcript_summaries(project)}
        facts = (kind, titles[tid]) if tid in titles else None
    if facts is None:
        return None, "", None
    memo = cq.memo_for(project, kind, tid)
    return facts, memo.text if memo else "", get_draft(project, draft_key)
