"""Keyboard-first coding actions of the coding view. Every write goes through ``ctx.run``.

Target of a coding: the selection if there is one, else the current line (Enter/Space), or the current
turn (Shift+Enter). Digits 1–9 apply the recently used codes (1 = the last one, also used by Enter);
J/K and Ctrl+Down/Up walk to the next/previous uncoded line. Main thread only.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, QStringListModel, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QCompleter, QInputDialog, QMainWindow, QMenu

from app import settings
from app.executor import Job
from coding.changes import Changes
from coding.dto import SegmentDTO
from coding.services import coding_ops as _ops
from coding.services.codes import apply_code, create_code, remove_segment

if TYPE_CHECKING:
    from app.reader.surface import CodingSurface
    from coding.store import Project


RECENT_MAX = 9
INVIVO_MAX = 60


class CodingActions(QObject):
    def __init__(self, view: CodingSurface) -> None:
        super().__init__(view)
        self.view = view
        self.recent: list[int] = []
        self._quick_target: tuple[int, int, int] | None = None
        self._asked_coder = False
        self._pending_id = 0  # optimistic stripes count down from -1
        ed = view.editor
        ctx_sc = Qt.ShortcutContext.WidgetWithChildrenShortcut

        def make(name: str, text: str, keys: list[str], slot: Callable[[], object]) -> QAction:
            a = QAction(text, ed)
            a.setObjectName(name)
            a.setShortcuts([QKeySequence(k) for k in keys])
            a.setShortcutContext(ctx_sc)
            a.triggered.connect(lambda _checked=False: slot())
            ed.addAction(a)
            return a

        self.code_line = make("codeLine", self.tr("Code line or selection with last code"),
                              ["Return", "Enter", "Space"], self.code_current)
        self.code_turn = make("codeTurn", self.tr("Code whole turn with last code"), ["Shift+Return", "Shift+Enter"],
                              self.code_current_turn)
        self.quick = make("quickCode", self.tr("Quick code…"), ["Ctrl+K", "/"], self.start_quick_code)
        self.invivo = make("inVivo", self.tr("In-vivo code from selection"), ["Ctrl+Shift+V"], self.code_in_vivo)
        self.next_uncoded = make("nextUncoded", self.tr("Next uncoded line"), ["J", "Ctrl+Down"],
                                 lambda: self.walk(+1))
        self.prev_uncoded = make("prevUncoded", self.tr("Previous uncoded line"), ["K", "Ctrl+Up"],
                                 lambda: self.walk(-1))
        self.remove = make("removeCoding", self.tr("Remove selected coding"), ["Delete", "Backspace"],
                           self.remove_selected)
        self.change = make("changeCode", self.tr("Change code of selected coding…"), [], self.change_selected)
        self.recent_actions = [
            make(f"recent{n}", self.tr("Apply recent code %1").replace("%1", str(n)), [str(n)],
                 lambda n=n: self.apply_recent(n))
            for n in range(1, RECENT_MAX + 1)
        ]
        keys = [k for a in self.all_actions() for k in a.shortcuts()]
        ed.set_shortcut_keys(keys)

        self._completer_model = QStringListModel(self)
        comp = QCompleter(self._completer_model, self)
        comp.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        comp.setFilterMode(Qt.MatchFlag.MatchContains)
        view.quick_box.setCompleter(comp)
        view.quick_box.returnPressed.connect(self.finish_quick_code)
        view.quick_box.installEventFilter(self)
        view.margin.segment_context.connect(self._segment_menu)
        view.pass_box.currentIndexChanged.connect(self._pass_chosen)

    def all_actions(self) -> list[QAction]:
        return [self.code_line, self.code_turn, self.quick, self.invivo, self.next_uncoded, self.prev_uncoded,
                self.remove, self.change, *self.recent_actions]

    def menu_actions(self) -> list[QAction | None]:
        """For the window's Code menu (None = separator)."""
        return [self.code_line, self.code_turn, self.quick, self.invivo, None, self.next_uncoded,
                self.prev_uncoded, None, self.remove, self.change]

    # ---- state -----------------------------------------------------------------------------------
    def update_enabled(self) -> None:
        v = self.view
        writable = v.ctx is not None and not v.ctx.readonly and v.transcript is not None
        for a in (self.code_line, self.code_turn, self.quick, self.invivo, self.remove, self.change,
                  *self.recent_actions):
            a.setEnabled(writable)
        for a in (self.next_uncoded, self.prev_uncoded):
            a.setEnabled(v.transcript is not None)
        v.quick_box.setEnabled(writable)
        v.pass_box.setEnabled(v.ctx is not None and not v.ctx.readonly)

    def codes_changed(self, coding_pass: int | None = None) -> None:
        """The view's codes changed; ``coding_pass`` is the project's current pass as read with them."""
        v = self.view
        self.recent = [c for c in self.recent if c in v.codes]
        if v.ctx is not None and not self.recent:
            self._seed_recent()
        self._completer_model.setStringList(sorted((c.name for c in v.codes.values()), key=str.casefold))
        self.refresh_recent_label()
        self.sync_pass(coding_pass)

    def _seed_recent(self) -> None:
        """Start with the codes of the newest segments in the project (read on the executor)."""
        ctx = self.view.ctx
        assert ctx is not None
        from coding import queries

        def seeded(ids: list[int]) -> None:
            if self.view.ctx is not ctx:
                return
            for cid in ids:
                if len(self.recent) >= RECENT_MAX:
                    break
                if cid not in self.recent and cid in self.view.codes:
                    self.recent.append(cid)
            self.refresh_recent_label()

        ctx.read("Recent codes", queries.recent_code_ids, RECENT_MAX, on_done=seeded)

    def refresh_recent_label(self) -> None:
        v = self.view
        parts = []
        for n, cid in enumerate(self.recent[:RECENT_MAX], start=1):
            c = v.codes.get(cid)
            if c is not None:
                parts.append(f"<span style='color:{c.color}'>■</span>&nbsp;<b>{n}</b>&nbsp;{html.escape(c.name)}")
        v.recent_label.setText("&nbsp;&nbsp; ".join(parts))

    def touch_recent(self, code_id: int) -> None:
        self.recent = [code_id] + [c for c in self.recent if c != code_id]
        self.recent = self.recent[:RECENT_MAX]
        self.refresh_recent_label()

    def sync_pass(self, n: int | None = None) -> None:
        v = self.view
        if v.ctx is None:
            return
        if n is None:
            n = _ops.current_coding_pass(v.ctx.project)
        while v.pass_box.findData(n) < 0:
            v.pass_box.addItem(QCoreApplication.translate("CodingView", "Pass %1").replace("%1", str(v.pass_box.count() + 1)), v.pass_box.count() + 1)
        v.pass_box.blockSignals(True)
        v.pass_box.setCurrentIndex(v.pass_box.findData(n))
        v.pass_box.blockSignals(False)

    def coding_pass(self) -> int:
        return int(self.view.pass_box.currentData() or 1)

    def _pass_chosen(self, _index: int) -> None:
        v = self.view
        if v.ctx is not None and not v.ctx.readonly:
            n = self.coding_pass()
            if _ops.current_coding_pass(v.ctx.project) != n:
                v.ctx.run(self.tr("Start coding pass %1").replace("%1", str(n)), _ops.set_coding_pass, n)

    def coder(self) -> str:
        """The coder's name or initials: asked once, then kept in the user settings."""
        v = self.view
        assert v.ctx is not None
        if not v.ctx.coder:
            v.ctx.coder = settings.coder()
        if not v.ctx.coder and not self._asked_coder:
            self._asked_coder = True
            name, ok = QInputDialog.getText(v, self.tr("Coder"), self.tr(
                "Your name or initials, recorded on every coding (asked once):"))
            if ok and name.strip():
                settings.set_coder(name)
                v.ctx.coder = name.strip()
        return v.ctx.coder

    # ---- targets ---------------------------------------------------------------------------------
    def target(self) -> tuple[int, int, int] | None:
        return self.view.current_selection()

    def turn_target(self) -> tuple[int, int, int] | None:
        v = self.view
        i = v.current_line()
        if v.transcript is None or i is None:
            return None
        a, b = v.editor.index.turn_range(i)
        return (v.transcript.id, a, b)

    # ---- writes ----------------------------------------------------------------------------------
    def apply(self, code_id: int, target: tuple[int, int, int] | None) -> Job | None:
        """Queue the coding; the view repaints when its job is back (``project_changed``)."""
        v = self.view
        if v.ctx is None or target is None or v.ctx.readonly:
            return None
        tid, start, end = target
        name = v.codes[code_id].name if code_id in v.codes else "?"
        self.touch_recent(code_id)  # at once: the next keystroke already uses it
        coder, coding_pass = self.coder(), self.coding_pass()
        pending = self._show_pending(tid, start, end, code_id, coder, coding_pass)
        try:
            job = v.ctx.run(self.tr("Code “%1”").replace("%1", name), apply_code, tid, start, end, code_id,
                            coder=coder, coding_pass=coding_pass)
        except BaseException:
            self._clear_pending(pending)
            raise
        return job.always(lambda done: self._clear_pending(pending, done))

    def _show_pending(self, tid: int, start: int, end: int, code_id: int, coder: str, coding_pass: int) -> int | None:
        """Paint the coding's stripe at once (an optimistic segment with a negative id); the real segment
        replaces it when the job is back (``project_changed`` comes first, then ``_clear_pending``)."""
        v = self.view
        if v.transcript is None or v.transcript.id != tid:
            return None
        self._pending_id -= 1
        v.editor.table.add(SegmentDTO(self._pending_id, tid, code_id, start, end, coder, coding_pass, ""))
        v.editor.viewport().update()
        v.margin.update()
        return self._pending_id

    def _clear_pending(self, pending: int | None, done: Job | None = None) -> None:
        v = self.view
        table = v.editor.table
        if pending is None or table.remove(pending) is None:
            return
        real = getattr(done.result, "value", None) if done is not None and done.error is None else None
        if real in table.segments:  # laid out beside the stripe: take the stripe's column instead
            table.add(table.segments[real])
        v.editor.viewport().update()
        v.margin.update()

    def apply_named(self, name: str, target: tuple[int, int, int] | None) -> Job | None:
        """Apply the code called ``name`` (case-insensitive), creating it first if it does not exist."""
        v = self.view
        name = " ".join(name.split())
        if v.ctx is None or target is None or not name or v.ctx.readonly:
            return None
        existing = [c.id for c in v.codes.values() if c.name.casefold() == name.casefold()]
        if existing:
            return self.apply(existing[0], target)
        tid, start, end = target
        coder, coding_pass = self.coder(), self.coding_pass()

        def create_and_apply(project: Project) -> Changes:
            # One job, one undo step: the new code's id exists only once the worker made it.
            made = create_code(project, name)
            coded = apply_code(project, tid, start, end, int(made.value), coder=coder, coding_pass=coding_pass)
            return Changes.merge([made, coded]).with_value(made.value)

        return v.ctx.run(self.tr("Code with new code “%1”").replace("%1", name), create_and_apply,
                         on_done=lambda ch: self.touch_recent(int(ch.value)))

    def code_current(self) -> None:
        if self.recent:
            self.apply(self.recent[0], self.target())
        else:
            self.start_quick_code()

    def code_current_turn(self) -> None:
        if self.recent:
            self.apply(self.recent[0], self.turn_target())
        else:
            self.start_quick_code(turn=True)

    def apply_recent(self, n: int) -> None:
        if 0 < n <= len(self.recent):
            self.apply(self.recent[n - 1], self.target())

    def code_in_vivo(self) -> None:
        v = self.view
        words = " ".join(re.sub(r"[\s\u2028]+", " ", v.selected_text()).split()).strip(" .,;:!?…\"'«»")
        if not words:
            top = v.window()
            if isinstance(top, QMainWindow):
                top.statusBar().showMessage(self.tr("Select the informant's words first"), 4000)
            return
        if len(words) > INVIVO_MAX:
            words = words[:INVIVO_MAX].rsplit(" ", 1)[0] + "…"
        self.apply_named(words, self.target())

    def start_quick_code(self, turn: bool = False) -> None:
        v = self.view
        self._quick_target = self.turn_target() if turn else self.target()
        v.quick_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        v.quick_box.selectAll()

    def finish_quick_code(self) -> None:
        v = self.view
        text = v.quick_box.text()
        target = self._quick_target or self.target()
        self._quick_target = None
        v.quick_box.clear()
        v.editor.setFocus(Qt.FocusReason.OtherFocusReason)
        if text.strip():
            self.apply_named(text, target)

    def walk(self, step: int) -> None:
        v = self.view
        if v.consensus.active:  # the consensus walk takes J/K to the next disagreement instead
            v.consensus.step(step)
            return
        i = v.current_line()
        if i is None:
            return
        index = v.editor.index
        skip = (lambda j: index.role(j) == "interviewer") if settings.jk_skip_interviewer() else None
        nxt = v.editor.table.next_uncoded(i, step, skip)
        if nxt is not None:
            v.go_to_line(nxt)

    def remove_selected(self) -> None:
        v = self.view
        sid = v.editor.selected_segment
        if v.ctx is None or sid is None or sid < 0 or sid not in v.editor.table.segments:
            return  # (a negative id is a stripe whose coding is still on its way)
        v.ctx.run(self.tr("Remove coding"), remove_segment, sid)

    def change_selected(self) -> None:
        v = self.view
        sid = v.editor.selected_segment
        if v.ctx is None or sid is None or sid < 0 or sid not in v.editor.table.segments:
            return
        names = sorted((c.name for c in v.codes.values()), key=str.casefold)
        name, ok = QInputDialog.getItem(v, self.tr("Change code"), self.tr("New code for this coding:"), names, 0,
                                        False)
        if ok:
            self.change_code(sid, name)

    def change_code(self, segment_id: int, code_name: str) -> None:
        v = self.view
        ids = [c.id for c in v.codes.values() if c.name == code_name]
        if v.ctx is not None and ids:
            v.ctx.run(self.tr("Change code to “%1”").replace("%1", code_name), _ops.change_segment_code, segment_id,
                      ids[0])

    def _segment_menu(self, segment_id: int, where: QPoint) -> None:
        self.view.select_segment(segment_id)
        m = QMenu(self.view)
        m.addAction(self.change)
        m.addAction(self.remove)
        m.exec(where)

    # ---- quick box keys --------------------------------------------------------------------------
    def eventFilter(self, obj: QObject, e: QEvent) -> bool:
        if obj is self.view.quick_box and e.type() == QEvent.Type.KeyPress and isinstance(e, QKeyEvent) \
                and e.key() == Qt.Key.Key_Escape:
            self._quick_target = None
            self.view.quick_box.clear()
            self.view.editor.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        return super().eventFilter(obj, e)
