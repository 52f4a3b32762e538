"""The "Steps" dock: the analysis recipe's steps with the project's own progress, each linked to its view.

Progress comes from :func:`coding.method_progress.method_steps` (counted from the data) and is
recounted when the project has settled after a change, only while the dock is visible. The recipe
(the thesis's seven steps or Malterud's four STC steps) is a project setting chosen in the dock.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QDockWidget,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.context import ProjectContext, follow
from coding.changes import Changes
from coding.method_progress import Coverage, Measure, StepProgress, method_steps
from coding.services.method_guide import ReadingState, current_method, mark_read, reading_states, set_method
from coding.store import Project


class LinkLabel(QLabel):
    """A link that wraps in a narrow dock (a push button cannot): click, Enter or Space follows it."""

    clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setStyleSheet("color: palette(link);")

    def click(self) -> None:
        self.clicked.emit()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self.click()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.click()
            return
        super().keyPressEvent(event)


class MeasureLines(QWidget):
    """A step's measures, one wrapped line each, the ones that are no goal in grey.

    A new count (after every pause in coding) repaints the lines but lays the dock out again only when
    their wrapped height changed: a word-wrapped QLabel asks its layout for a new geometry on every text
    change, and the dock's scroll area then measures every card's labels again (3–5 ms after each
    coding at 200 interviews)."""

    PAD = 2

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lines: list[tuple[str, bool]] = []  # (text, counts toward the step)
        self._height_at: tuple[int, int] = (-1, 0)  # (width, height) last measured
        policy = self.sizePolicy()
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def text(self) -> str:
        return "\n".join(t for t, _gauge in self._lines)

    def set_lines(self, lines: list[tuple[str, bool]]) -> None:
        if lines == self._lines:
            return
        before = self._measure(self.width())
        self._lines = lines
        self._height_at = (-1, 0)
        if self._measure(self.width()) != before:
            self.updateGeometry()
        self.update()

    def _measure(self, width: int) -> int:
        if self._height_at[0] == width:
            return self._height_at[1]
        fm = self.fontMetrics()
        flags = int(Qt.TextFlag.TextWordWrap)
        h = sum(fm.boundingRect(QRect(0, 0, max(1, width), 100_000), flags, t).height() for t, _g in self._lines)
        h += self.PAD * max(0, len(self._lines) - 1)
        self._height_at = (width, h)
        return h

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._measure(width)

    def sizeHint(self) -> QSize:
        w = max(120, self.width())
        return QSize(w, self._measure(w))

    def minimumSizeHint(self) -> QSize:
        return QSize(60, self.fontMetrics().height() * min(1, len(self._lines)))

    def paintEvent(self, e: QPaintEvent) -> None:
        p = QPainter(self)
        fm = self.fontMetrics()
        flags = int(Qt.TextFlag.TextWordWrap)
        pal = self.palette()
        y, w = 0, self.width()
        for t, gauge in self._lines:
            r = fm.boundingRect(QRect(0, 0, max(1, w), 100_000), flags, t)
            p.setPen(pal.color(QPalette.ColorRole.WindowText) if gauge else Qt.GlobalColor.gray)
            p.drawText(QRect(0, y, w, r.height()), flags, t)
            y += r.height() + self.PAD
        p.end()


class StepCard(QFrame):
    """One step: number and title, what it asks for, a progress bar, the measures and a link."""

    link_clicked = Signal(str)  # the step's target view

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.target = ""
        self.step: StepProgress | None = None  # what the card shows
        self.title = QLabel(self)
        self.title.setObjectName("stepTitle")
        self.title.setWordWrap(True)
        f = self.title.font()
        f.setBold(True)
        self.title.setFont(f)
        self.hint = QLabel(self)
        self.hint.setObjectName("stepHint")
        self.hint.setWordWrap(True)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 100)
        self.bar.setMaximumHeight(12)
        self.bar.setTextVisible(False)
        self.measures = MeasureLines(self)
        self.measures.setObjectName("stepMeasures")
        self.link = LinkLabel(self)
        self.link.setObjectName("stepLink")
        self.link.clicked.connect(lambda: self.link_clicked.emit(self.target))
        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 6, 8, 6)
        lay.setSpacing(3)
        lay.addWidget(self.title)
        lay.addWidget(self.hint)
        lay.addWidget(self.bar)
        lay.addWidget(self.measures)
        lay.addWidget(self.link)


class StepsDock(QDockWidget):
    """Lists the steps of the project's method; ``link_requested(target)`` asks the window for a view."""

    link_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guideDock")
        self.setWindowTitle(self.tr("Steps"))
        self.ctx: ProjectContext | None = None
        self.steps: list[StepProgress] = []
        self.cards: list[StepCard] = []
        self._dirty = True
        self._generation = 0  # superseded recounts are dropped
        self._method = ""  # the analysis method the cards show (as last read)
        # Coded lines per transcript, kept on the executor between recounts, and every change since the
        # last recount (None: not known, count everything): a recount after coding reads only what changed.
        self._coverage = Coverage()
        self._since: list[Changes] | None = None
        self._method: str | None = None  # the recipe as last counted
        self.current_transcript: int | None = None
        body = QWidget(self)
        lay = QVBoxLayout(body)
        lay.setContentsMargins(6, 6, 6, 6)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Method"), body))
        self.method_box = QComboBox(body)
        self.method_box.setObjectName("guideMethod")
        self.method_box.addItem(self.tr("Thematic analysis (7 steps)"), "thematic")
        self.method_box.addItem(self.tr("Systematic text condensation (Malterud, 4 steps)"), "stc")
        self.method_box.setToolTip(self.tr("The recipe this project follows (stored in the project)"))
        # The long Malterud title must not decide the dock's width: the box shrinks, its list does not.
        self.method_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.method_box.setMinimumContentsLength(12)
        self.method_box.view().setMinimumWidth(self.method_box.view().sizeHintForColumn(0) + 24)
        self.method_box.currentIndexChanged.connect(self._method_chosen)
        top.addWidget(self.method_box, 1)
        lay.addLayout(top)
        self.summary = QLabel(body)
        self.summary.setObjectName("guideSummary")
        self.summary.setWordWrap(True)
        lay.addWidget(self.summary)
        # The open transcript's reading marks (set automatically once it has been scrolled through).
        self.reading = QLabel(body)
        self.reading.setObjectName("guideReading")
        self.reading.setWordWrap(True)
        lay.addWidget(self.reading)
        marks = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.marks = marks
        self.read_button = QPushButton(body)
        self.read_button.setObjectName("guideMarkRead")
        self.read_button.setCheckable(True)
        self.read_button.setText(self.tr("Read whole"))
        self.read_button.setToolTip(self.tr("Mark the open transcript as read from start to end"))
        self.read_button.clicked.connect(lambda on: self.set_mark("read", on))
        self.reread_button = QPushButton(body)
        self.reread_button.setObjectName("guideMarkReread")
        self.reread_button.setCheckable(True)
        self.reread_button.setText(self.tr("Re-read with overlay"))
        self.reread_button.setToolTip(self.tr("Mark the open transcript as re-read with the theme overlay"))
        self.reread_button.clicked.connect(lambda on: self.set_mark("reread", on))
        marks.addWidget(self.read_button)
        marks.addWidget(self.reread_button)
        marks.addStretch(1)
        lay.addLayout(marks)
        self.list = QWidget(body)
        self.list_layout = QVBoxLayout(self.list)
        self.list_layout.setContentsMargins(0, 0, 0, 0)
        self.list_layout.setSpacing(6)
        self.list_layout.addStretch(1)
        scroll = QScrollArea(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.list)
        lay.addWidget(scroll, 1)
        self.setWidget(body)
        self.visibilityChanged.connect(lambda vis: self.refresh() if vis and self._dirty else None)
        self.refresh()

    # ---- wording ------------------------------------------------------------------------------------
    def step_title(self, step: StepProgress) -> str:
        titles = {
            "read": self.tr("Read the whole material"),
            "code": self.tr("Code the interviews, twice"),
            "categorise": self.tr("Reorganise and categorise the codes"),
            "summarise": self.tr("Summarise each theme area"),
            "question": self.tr("Consider the theme areas against the research questions"),
            "reorganise": self.tr("Reorganise the theme areas again"),
            "recontextualise": self.tr("Re-read the full transcripts (recontextualisation)"),
            "impression": self.tr("Total impression"),
            "meaning_units": self.tr("Meaning units and code groups"),
            "condense": self.tr("Condensation"),
            "synthesise": self.tr("Synthesis and recontextualisation"),
            "notes": self.tr("Reflection notes, throughout"),
        }
        title = titles.get(step.key, step.key)
        return f"{step.number}. {title}" if step.number else title

    def step_hint(self, step: StepProgress) -> str:
        hints = {
            "read": self.tr("Read every transcript from start to end before coding anything."),
            "code": self.tr("Give every meaningful sentence a code, often in the informant's own words; "
                            "then go through everything again (pass 2) for codes found late."),
            "categorise": self.tr("Merge codes about the same thing and sort them into theme areas."),
            "summarise": self.tr("Write a short summary (condensate) for each theme area."),
            "question": self.tr("Link the theme areas to the research questions and compare them across "
                                "informants (attributes, matrix)."),
            "reorganise": self.tr("Rename and regroup the theme areas; keep a snapshot before and after."),
            "recontextualise": self.tr("Read each whole transcript again with the theme overlay: do the "
                                       "theme areas still agree with what each informant said?"),
            "impression": self.tr("Read everything and note preliminary themes."),
            "meaning_units": self.tr("Code the text that bears meaning and sort the codes into code groups."),
            "condense": self.tr("Split each code group into subgroups; write a condensate in the first "
                                "person and pick a golden quote for each."),
            "synthesise": self.tr("Turn the condensates into analytic text, illustrate each theme with "
                                  "quotes and check it against the full transcripts."),
            "notes": self.tr("Dated notes on choices, doubts and your own influence."),
        }
        return hints.get(step.key, "")

    def measure_text(self, m: Measure) -> str:
        templates = {
            "transcripts_read": self.tr("%1 of %2 transcripts read whole"),
            "transcripts_pass_1": self.tr("%1 of %2 transcripts coded in pass 1"),
            "transcripts_pass_2": self.tr("%1 of %2 transcripts gone through again in pass 2"),
            "lines_pass_1": self.tr("%1 of %2 informant lines coded in pass 1"),
            "lines_pass_2": self.tr("%1 of %2 informant lines coded in pass 2"),
            "codes_placed": self.tr("%1 of %2 codes placed in theme areas"),
            "areas": self.tr("%1 theme areas"),
            "areas_with_summary": self.tr("%1 of %2 theme areas with a summary"),
            "areas_with_question": self.tr("%1 of %2 theme areas linked to a research question"),
            "areas_across_informants": self.tr("%1 of %2 theme areas found in two or more informants"),
            "informants_with_attributes": self.tr("%1 of %2 informants with attributes (role, site…)"),
            "snapshots": self.tr("%1 of %2 snapshots saved (before and after)"),
            "changes_since_first_snapshot": self.tr("%1 changes since the first snapshot"),
            "subgroups_complete": self.tr("%1 of %2 subgroups with a condensate and a golden quote"),
            "transcripts_reread": self.tr("%1 of %2 transcripts re-read with the overlay"),
            "transcripts_coded": self.tr("%1 of %2 transcripts with meaning units coded"),
            "lines_coded": self.tr("%1 of %2 informant lines coded"),
            "codes_in_groups": self.tr("%1 of %2 codes sorted into code groups"),
            "groups_with_subgroups": self.tr("%1 of %2 code groups split into subgroups"),
            "subgroups_with_condensate": self.tr("%1 of %2 subgroups with a condensate"),
            "subgroups_with_golden": self.tr("%1 of %2 subgroups with a golden quote"),
            "areas_with_quote": self.tr("%1 of %2 themes illustrated with quotes"),
            "reflection_notes": self.tr("reflection notes for %1 of the %2 steps worked on"),
            "first_note": self.tr("first impressions noted in a reflection note: %1 of %2"),
            "journal_entries": self.tr("%1 reflection notes in the journal"),
            "memos": self.tr("%1 memos on codes, themes, transcripts and informants"),
        }
        if m.key in templates:
            t = templates[m.key]
        elif m.key.startswith("lines_pass_"):
            t = self.tr("%1 of %2 informant lines coded in pass %3").replace("%3", m.key.rsplit("_", 1)[1])
        else:
            t = m.key + " %1/%2"
        return t.replace("%1", str(m.done)).replace("%2", str(m.total))

    def link_text(self, target: str) -> str:
        texts = {
            "transcripts": self.tr("Open the next unread transcript"),
            "codes": self.tr("Show the code tree"),
            "themes": self.tr("Show the theme hierarchy"),
            "condensation": self.tr("Open the condensation editor"),
            "matrix": self.tr("Open the cross-case matrix"),
            "snapshots": self.tr("Snapshots and comparison…"),
            "overlay": self.tr("Open the transcript overlay"),
            "journal": self.tr("Open the journal of reflection notes"),
        }
        return "→ " + texts.get(target, target)

    # ---- context and refresh -----------------------------------------------------------------------
    def set_context(self, ctx: ProjectContext | None) -> None:
        follow(self.ctx, ctx, settled=self._settled)
        self.ctx = ctx
        self._coverage, self._since = Coverage(), None
        self._method = None
        self.current_transcript = None
        self._dirty = True
        if self.isVisible() or ctx is None:  # a hidden guide counts its steps when it is shown
            self.refresh()

    def _settled(self, changes: Changes) -> None:
        if self._since is not None:
            self._since.append(changes)
        self._dirty = True
        if self.isVisible():
            self.refresh(settled=True)

    def set_current_transcript(self, transcript_id: int | None) -> None:
        self.current_transcript = transcript_id or None
        self._show_reading()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """In a narrow dock the two mark buttons stand one above the other instead of being cut."""
        need = self.read_button.sizeHint().width() + self.reread_button.sizeHint().width() + 24
        self.marks.setDirection(QBoxLayout.Direction.LeftToRight if event.size().width() >= need
                                else QBoxLayout.Direction.TopToBottom)
        super().resizeEvent(event)

    def refresh(self, settled: bool = False) -> None:
        """Recount the steps on the executor; the cards are filled when the counts are back.
        ``settled``: called for the settled changes, so every change since the last recount is known."""
        self._dirty = False
        self._generation += 1
        if self.ctx is None:
            self._show_steps("thematic", [])
            self._show_reading()
            return
        ctx, gen, tid = self.ctx, self._generation, self.current_transcript
        since = Changes.merge(self._since) if self._since is not None else None
        self._since = []

        # Plain coding changes no reading mark: the marks are read again only after other changes.
        marks = since is None or not set(since.touched) <= {"segments"}

        def done(res: tuple[str, list[StepProgress], ReadingState | None]) -> None:
            if gen == self._generation and ctx is self.ctx:
                self._method = res[0]
                self._show_steps(res[0], res[1])
                if marks and tid == self.current_transcript:
                    self._show_state(res[2])

        # After a settled burst of plain coding the recipe is the one shown (a refresh called at any other
        # time may follow a change that has not settled yet, such as choosing the recipe: it reads it).
        method = self._method if settled and not marks else None
        ctx.read("Method steps", _guide_facts, tid if marks else None, self._coverage, since, method, on_done=done)

    def _show_steps(self, method: str, steps: list[StepProgress]) -> None:
        self._method = method
        self.method_box.blockSignals(True)
        self.method_box.setCurrentIndex(max(0, self.method_box.findData(method)))
        self.method_box.blockSignals(False)
        self.method_box.setEnabled(self.ctx is not None and not self.ctx.readonly)
        self.steps = steps
        while len(self.cards) < len(self.steps):
            card = StepCard(self.list)
            card.link_clicked.connect(self.link_requested)
            self.list_layout.insertWidget(len(self.cards), card)
            self.cards.append(card)
        for i, card in enumerate(self.cards):
            card.setVisible(i < len(self.steps))
        for card, step in zip(self.cards, self.steps, strict=False):
            if card.step != step:  # after a coding most cards show what they showed
                self._fill(card, step)
        if self.ctx is None:
            self.summary.setText(self.tr("Open a project to see its progress through the steps."))
        else:
            done = sum(1 for s in self.steps if s.done and s.number is not None)
            numbered = sum(1 for s in self.steps if s.number is not None)
            self.summary.setText(self.tr("%1 of %2 steps done").replace("%1", str(done))
                                 .replace("%2", str(numbered)))

    def _fill(self, card: StepCard, step: StepProgress) -> None:
        mark = "✓ " if step.done else ("◐ " if step.started else "○ ")
        card.title.setText(mark + self.step_title(step))
        card.setProperty("stepKey", step.key)
        card.hint.setText(self.step_hint(step))
        card.bar.setValue(round(step.fraction * 100))
        card.measures.set_lines([(self.measure_text(m), m.gauge) for m in step.measures])
        card.step = step
        card.target = step.target
        card.link.setText(self.link_text(step.target))

    def card(self, key: str) -> StepCard | None:
        return next((c for c in self.cards if c.isVisibleTo(self.list) and c.property("stepKey") == key), None)

    # ---- reading marks ------------------------------------------------------------------------------
    def _show_reading(self) -> None:
        """The open transcript's reading marks, read on the executor."""
        tid, ctx = self.current_transcript, self.ctx
        if ctx is None or tid is None:
            self._show_state(None)
            return
        ctx.read("Reading marks", _reading_state, tid, on_done=lambda st: (
            self._show_state(st) if ctx is self.ctx and tid == self.current_transcript else None))

    def _show_state(self, state: ReadingState | None) -> None:
        has = state is not None and self.ctx is not None and not self.ctx.readonly
        for b in (self.read_button, self.reread_button):
            b.setEnabled(has)
        self.read_button.setChecked(bool(state and state.read))
        self.reread_button.setChecked(bool(state and state.reread))
        if state is None:
            self.reading.setText(self.tr("Open a transcript to mark it read."))
            return
        parts = [self.tr("Open transcript:")]
        parts.append(self.tr("read %1").replace("%1", state.read[:10]) if state.read else self.tr("not read whole yet"))
        if state.reread:
            parts.append(self.tr("re-read %1").replace("%1", state.reread[:10]))
        self.reading.setText(" ".join(parts))

    def set_mark(self, kind: str, on: bool) -> None:
        """The user's own mark (undoable)."""
        if self.ctx is None or self.current_transcript is None:
            return
        label = self.tr("Mark transcript read") if kind == "read" else self.tr("Mark transcript re-read")
        self.ctx.run(label, mark_read, self.current_transcript, kind, on, on_done=lambda _ch: self._show_reading())

    def auto_mark(self, transcript_id: int, kind: str) -> bool:
        """A view was scrolled through: record it (not on the undo stack: it is a record of reading, not an
        edit; the buttons clear it). Returns whether a new mark was written by the time it returns
        (inline, in tests; on the real executor the mark follows)."""
        ctx = self.ctx
        # A read-only session, or a supervisor on a team project (the server lets a reviewer write only
        # review comments), records no reading.
        if ctx is None or ctx.readonly or getattr(ctx.project, "role", "") == "reviewer":
            return False
        # The marks are read on the executor (a round trip on a team project), then the new one is
        # recorded from there: a transcript already marked is left alone.
        recorded: list[bool] = []
        label = self.tr("Transcript read")

        def read(states: list[ReadingState]) -> None:
            state = next((s for s in states if s.transcript_id == transcript_id), None)
            if state is None or getattr(state, kind) or ctx is not self.ctx or ctx.executor.closed:
                return
            ctx.record(label, mark_read, transcript_id, kind, on_done=lambda _ch: self._show_reading())
            recorded.append(True)

        ctx.read("Reading marks", reading_states, on_done=read)
        return bool(recorded)

    def _method_chosen(self, _index: int) -> None:
        method = self.method_box.currentData()
        if self.ctx is None or self.ctx.readonly or method == self._method:  # the method last read
            return
        self.ctx.run(self.tr("Choose analysis method"), set_method, method, on_done=lambda _ch: self.refresh())


def _reading_state(project: Project, transcript_id: int) -> ReadingState | None:
    return next((s for s in reading_states(project) if s.transcript_id == transcript_id), None)


def _guide_facts(project: Project, transcript_id: int | None, coverage: Coverage, since: Changes | None,
                 method: str | None = None) -> tuple[str, list[StepProgress], ReadingState | None]:
    """Executor side of a refresh: the recipe (``method`` if known), its steps counted from the data
    (coded lines recounted where ``since`` touched segments) and the reading marks."""
    method = method or current_method(project)
    state = _reading_state(project, transcript_id) if transcript_id is not None else None
    return method, method_steps(project, method, coverage, since), state
