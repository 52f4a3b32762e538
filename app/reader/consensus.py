"""The consensus walk: a mode of the coding view that goes from disagreement to disagreement of two raters.

While it is on, J/K (and Ctrl+Down/Up) jump to the next/previous unresolved disagreement of the open
transcript, the code margin shows three lanes side by side (rater A, rater B, the consensus pass), the gutter
marks disagreeing lines (red: open, green: resolved), and one key resolves the unit at the cursor: A keep A's,
B keep B's, C both, N neither, R recode. Each resolution is one ``ctx.run`` (one undo step) of
:func:`coding.services.consensus.resolve`; the walk then moves on to the next open disagreement.
Main thread only.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QColor, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QInputDialog, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from app.context import ProjectContext, follow
from app.i18n import tr_error
from app.reader.layout import assign_columns
from app.reader.margin import LaneLayout
from coding import queries
from coding.changes import Changes
from coding.services.codes import create_code
from coding.services.consensus import ConsensusSession, resolve, session

if TYPE_CHECKING:
    from app.reader.surface import CodingSurface
    from coding.agreement import UnitRef
    from coding.store import Project

OPEN = QColor("#d62728")
DONE = QColor("#2ca02c")


@dataclass(frozen=True)
class UnitState:
    unit: UnitRef
    a: frozenset[int]
    b: frozenset[int]


class ConsensusBar(QWidget):
    """The strip above the text while the walk is on: who is compared, where we are, the five choices."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("consensusBar")
        self.setStyleSheet("#consensusBar{background:#fff6df;border-bottom:1px solid #e0c98a}")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 4, 8, 4)
        outer.setSpacing(3)
        self.status = QLabel(self)
        self.status.setObjectName("consensusStatus")
        self.status.setTextFormat(Qt.TextFormat.RichText)
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.status.setWordWrap(True)
        outer.addWidget(self.status)
        lay = QHBoxLayout()
        outer.addLayout(lay)
        self.buttons: dict[str, QPushButton] = {}
        for key, text in (("a", self.tr("A · keep A's")), ("b", self.tr("B · keep B's")), ("both", self.tr("C · both")),
                          ("neither", self.tr("N · neither")), ("recode", self.tr("R · recode…")),
                          ("leave", self.tr("Leave"))):
            b = QPushButton(text, self)
            b.setObjectName(f"consensus_{key}")
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            lay.addWidget(b)
            self.buttons[key] = b
        lay.addStretch(1)
        self.hide()


class ConsensusWalk(QObject):
    changed = Signal()  # the walk started, stopped, or its disagreements changed

    def __init__(self, view: CodingSurface) -> None:
        super().__init__(view)
        self.view = view
        self.ctx: ProjectContext | None = None
        self.session: ConsensusSession | None = None
        self.units: list[UnitState] = []  # the disagreements of the open transcript, in text order
        self.bar = ConsensusBar(view)
        layout = view.layout()
        layout.insertWidget(1, self.bar)  # type: ignore[attr-defined]
        ed = view.editor
        self.actions: dict[str, QAction] = {}

        def make(name: str, keys: list[str], slot: Callable[[], object]) -> QAction:
            a = QAction(name, ed)
            a.setObjectName(f"consensus_{name}")
            a.setShortcuts([QKeySequence(k) for k in keys])
            a.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            a.setEnabled(False)
            a.triggered.connect(lambda _c=False: slot())
            ed.addAction(a)
            self.actions[name] = a
            return a

        for choice, key in (("a", "A"), ("b", "B"), ("both", "C"), ("neither", "N")):
            make(choice, [key], lambda c=choice: self.resolve_current(c))
        make("recode", ["R"], self.recode_current)
        make("leave", ["Escape"], self.stop)
        ed.add_shortcut_keys([k for a in self.actions.values() for k in a.shortcuts()])
        for choice, b in self.bar.buttons.items():
            b.clicked.connect(self.stop if choice == "leave" else
                              (self.recode_current if choice == "recode" else
                               (lambda _c=False, c=choice: self.resolve_current(c))))
        view.transcript_opened.connect(lambda _tid: self.refresh())
        view.current_line_changed.connect(lambda _n: self._show_status())

    # ---- state ---------------------------------------------------------------------------------
    @property
    def active(self) -> bool:
        return self.session is not None

    def set_context(self, ctx: ProjectContext | None) -> None:
        self.stop()
        follow(self.ctx, ctx, project_changed=self._on_changed)
        self.ctx = ctx

    def start(self, coding_pass: int) -> None:
        """Walk the disagreements of the consensus session recorded for ``coding_pass``."""
        assert self.ctx is not None
        from coding.agreement import AgreementError  # numpy and krippendorff load with the first walk

        self.session = session(self.ctx.project, coding_pass)
        if self.session is None:
            raise AgreementError(self.tr("pass {0} is not a consensus pass").format(coding_pass))
        for a in self.actions.values():
            a.setEnabled(not self.ctx.readonly or a.objectName() == "consensus_leave")
        for key, b in self.bar.buttons.items():
            b.setEnabled(not self.ctx.readonly or key == "leave")
        self.bar.show()
        self.refresh()
        self.changed.emit()

    def stop(self) -> None:
        if self.session is None:
            return
        self.session = None
        self.units = []
        for a in self.actions.values():
            a.setEnabled(False)
        self.bar.hide()
        self.view.margin.lanes = None
        self.view.gutter.marks = {}
        self.view.margin.update()
        self.view.gutter.update()
        self.changed.emit()

    def _on_changed(self, changes: Changes) -> None:
        if self.session is not None and changes.touches("segments", "settings", "codes"):
            if changes.touches("settings") and self.ctx is not None:
                fresh = session(self.ctx.project, self.session.coding_pass)
                if fresh is None:  # the consensus pass itself was undone
                    self.stop()
                    return
                self.session = fresh
            self.refresh()

    def refresh(self) -> None:
        """Recompute the open transcript's disagreements, the margin lanes and the gutter marks."""
        v = self.view
        if self.session is None or self.ctx is None:
            return
        from coding.agreement import AgreementError, compute

        sess = self.session
        self.units = []
        if v.transcript is not None:
            try:
                ag = compute(self.ctx.project, sess.a, sess.b, unit=sess.unit, transcript_ids=[v.transcript.id])
                self.units = [UnitState(u, a, b) for u, a, b in ag.unit_codes(v.transcript.id) if a != b]
            except AgreementError:
                self.units = []
        self._layout_lanes()
        marks: dict[int, QColor] = {}
        idx = v.editor.index
        for st in self.units:
            r = idx.range_of(st.unit.start, st.unit.end)
            if r is not None:
                color = DONE if sess.resolution(st.unit.id) else OPEN
                for i in range(r[0], r[1] + 1):
                    marks[i] = color
        v.gutter.marks = marks
        v.gutter.update()
        v.margin.update()
        self._show_status()

    def _layout_lanes(self) -> None:
        from coding.agreement import CONSENSUS_CODER

        assert self.session is not None
        sess = self.session
        table = self.view.editor.table
        lanes: list[list[tuple[int, int, int]]] = [[], [], []]
        for s in table.segments.values():
            if s.coder == CONSENSUS_CODER and s.coding_pass == sess.coding_pass:
                lanes[2].append((s.id, s.start, s.end))
            elif sess.a.matches(s.coder, s.coding_pass):
                lanes[0].append((s.id, s.start, s.end))
            elif sess.b.matches(s.coder, s.coding_pass):
                lanes[1].append((s.id, s.start, s.end))
        columns: dict[int, int] = {}
        marks: list[tuple[int, str]] = []
        offset = 0
        for items, label in zip(lanes, ("A", "B", "consensus"), strict=True):
            cols = assign_columns(items)
            width = max(cols.values(), default=-1) + 1 or 1
            marks.append((offset, label))
            columns.update({sid: offset + c for sid, c in cols.items()})
            offset += width
        self.view.margin.lanes = LaneLayout(columns, offset, tuple(marks))

    # ---- where we are ----------------------------------------------------------------------------
    def _cursor_offset(self) -> int:
        ed = self.view.editor
        return ed.offsets.to_offset(ed.textCursor().position())

    def current(self) -> UnitState | None:
        pos = self._cursor_offset()
        return next((st for st in self.units if st.unit.start <= pos < max(st.unit.end, st.unit.start + 1)), None)

    def open_units(self) -> list[UnitState]:
        assert self.session is not None
        return [st for st in self.units if self.session.resolution(st.unit.id) is None]

    def step(self, direction: int) -> None:
        """Go to the next (+1) or previous (-1) unresolved disagreement of the transcript."""
        pos = self._cursor_offset()
        cur = self.current()
        here = cur.unit.start if cur is not None else pos
        todo = self.open_units()
        if direction > 0:
            nxt = next((st for st in todo if st.unit.start > here), None)
        else:
            nxt = next((st for st in reversed(todo) if st.unit.start < here), None)
        if nxt is not None:
            self.go(nxt)
        elif not self._other_transcript(direction):
            self._show_status(self.tr("No more open disagreements this way."))

    def _other_transcript(self, direction: int) -> bool:
        """Open the nearest transcript before/after this one that still has open disagreements."""
        v = self.view
        if self.session is None or self.ctx is None or v.transcript is None:
            return False
        from coding.agreement import AgreementError, compute

        sess = self.session
        try:
            ag = compute(self.ctx.project, sess.a, sess.b, unit=sess.unit)
        except AgreementError:
            return False
        order = [t.id for t in queries.transcript_summaries(self.ctx.project) if t.id in ag.transcript_ids]
        if v.transcript.id not in order:
            return False
        i = order.index(v.transcript.id)
        others = order[i + 1:] if direction > 0 else list(reversed(order[:i]))
        for tid in others:
            todo = [u for u, a, b in ag.unit_codes(tid) if a != b and sess.resolution(u.id) is None]
            if todo:
                target = todo[0] if direction > 0 else todo[-1]
                # Read on the executor: the cursor is centred on the disagreement once the transcript is shown.
                v.open_transcript(tid, target.start, target.start,
                                  then=lambda: (v.editor.centerCursor(), self._show_status()))
                return True
        return False

    def go(self, st: UnitState) -> None:
        self.view.select_range(st.unit.start, st.unit.start)
        self.view.editor.centerCursor()
        self._show_status()

    def first(self) -> None:
        todo = self.open_units() or self.units
        if todo:
            self.go(todo[0])

    # ---- resolving ---------------------------------------------------------------------------------
    def resolve_current(self, choice: str, code_id: int | None = None) -> None:
        cur = self.current()
        if self.session is None or self.ctx is None or cur is None or self.ctx.readonly:
            self._show_status(self.tr("Put the cursor on a marked disagreement first (J/K)."))
            return
        label = {"a": self.tr("keep A's"), "b": self.tr("keep B's"), "both": self.tr("keep both"),
                 "neither": self.tr("keep neither"), "recode": self.tr("recode")}[choice]
        self._resolve(self.tr("Consensus: %1").replace("%1", label), cur, resolve, self.session.coding_pass,
                      cur.unit.id, choice, code_id)

    def _resolve(self, label: str, cur: UnitState, service: Callable[..., Changes], *args: object) -> None:
        def resolved(_ch: Changes) -> None:
            if self.session is None:
                return
            todo = [st for st in self.open_units() if st.unit.start > cur.unit.start]
            if todo:
                self.go(todo[0])

        assert self.ctx is not None
        self.ctx.run(label, service, *args, on_done=resolved, on_error=lambda e: self._show_status(tr_error(e)))

    def recode_current(self) -> None:
        v = self.view
        if self.ctx is None or self.current() is None:
            self.resolve_current("recode")  # says where to put the cursor
            return
        names = sorted((c.name for c in v.codes.values()), key=str.casefold)
        name, ok = QInputDialog.getItem(v, self.tr("Recode"), self.tr("Code for this unit in the consensus:"), names,
                                        0, True)
        name = " ".join(name.split()) if ok else ""
        if not name:
            return
        existing = [c.id for c in v.codes.values() if c.name.casefold() == name.casefold()]
        if existing:
            self.resolve_current("recode", existing[0])
            return
        cur = self.current()
        assert self.session is not None and cur is not None

        def create_and_resolve(project: Project, coding_pass: int, unit_id: int) -> Changes:
            # One job and one undo step: the new code's id is known only on the worker.
            made = create_code(project, name)
            done = resolve(project, coding_pass, unit_id, "recode", int(made.value))
            return Changes.merge([made, done]).with_value(made.value)

        self._resolve(self.tr("Consensus: recode with new code “%1”").replace("%1", name), cur, create_and_resolve,
                      self.session.coding_pass, cur.unit.id)

    # ---- status ----------------------------------------------------------------------------------------
    def _names(self, ids: frozenset[int], other: frozenset[int]) -> str:
        v = self.view
        parts = []
        for cid in sorted(ids, key=lambda c: v.codes[c].name.casefold() if c in v.codes else ""):
            c = v.codes.get(cid)
            if c is None:
                continue
            name = html.escape(c.name)
            parts.append(f"<span style='color:{c.color}'>■</span>&nbsp;{name if cid in other else f'<b>{name}</b>'}")
        return ", ".join(parts) or "<i>" + self.tr("nothing") + "</i>"

    def _show_status(self, note: str = "") -> None:
        if self.session is None:
            return
        s = self.session
        done = len(self.units) - len(self.open_units())
        head = self.tr("<b>Consensus</b> (pass {0}): A = {1}, B = {2} · {3} of {4} disagreements here resolved"
                       ).format(s.coding_pass, html.escape(s.a.label), html.escape(s.b.label), done, len(self.units))
        cur = self.current()
        if cur is not None:
            unit = self.tr("l.") if s.unit == "line" else self.tr("turn")
            res = s.resolution(cur.unit.id)
            choices = {"a": self.tr("kept A's"), "b": self.tr("kept B's"), "both": self.tr("both"),
                       "neither": self.tr("neither"), "recode": self.tr("recoded")}
            state = f" — <span style='color:#2ca02c'>{choices.get(res.choice, res.choice)}</span>" if res else ""
            head += (f"<br>{unit} {cur.unit.number}: A {self._names(cur.a, cur.b)} · "
                     f"B {self._names(cur.b, cur.a)}{state}")
        elif not self.units:
            head += "<br>" + self.tr("The two raters agree on every unit of this transcript.")
        if note:
            head += f" <span style='color:#a33'>{html.escape(note)}</span>"
        self.bar.status.setText(head)
