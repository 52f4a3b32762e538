"""Condensation editor: write the condensate of a theme area or subgroup beside its segments.

Segments are listed grouped by informant; ticking "Golden" picks a golden quote (gullsitat). The
golden quotes are listed under the editor with their source (informant, transcript, lines).
The condensate is saved with Save, or when another node is chosen. Main thread only.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.autosave import AutosaveBinder, rebind
from app.context import TOUCHED_SEGMENTS, ProjectContext, follow
from app.empty_hint import EmptyHint
from app.themes.segments_model import SegmentGroupModel, segment_columns
from coding.changes import Changes
from coding.queries import codes
from coding.recontext import ThemeReader, theme_reader
from coding.services import themes as th
from coding.store import Project

OpenFn = Callable[[int, int, int], None]


class CondensationEditor(QWidget):
    def __init__(self, parent: QWidget | None = None, open_transcript: OpenFn | None = None) -> None:
        super().__init__(parent)
        self.ctx: ProjectContext | None = None
        self._binder: AutosaveBinder | None = None
        self.theme_id: int | None = None
        self.reader: ThemeReader | None = None
        self._code_themes: dict[int, int | None] = {}  # code → theme node, read with the last full load
        self._generation = 0  # readers read on the executor: only the newest is shown
        self._open = open_transcript
        self.title = QLabel(self.tr("Choose a theme area or subgroup"))
        self.title.setStyleSheet("font-size: 15px; font-weight: bold")
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.description.setStyleSheet("color: #555")
        self.editor = QPlainTextEdit()
        self.editor.setPlaceholderText(self.tr(
            "Condensate: an artificial quotation in the first person, in the informants' own words…"))
        self.save_button = QPushButton(self.tr("Save condensate"))
        self.save_button.clicked.connect(self.save)
        self.status = QLabel()
        self.golden_list = QLabel()
        self.golden_list.setWordWrap(True)
        self.golden_list.setTextFormat(Qt.TextFormat.RichText)
        self.golden_list.setAlignment(Qt.AlignmentFlag.AlignTop)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.addWidget(self.title)
        ll.addWidget(self.description)
        ll.addWidget(self.editor, 3)
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.status, 1)
        ll.addLayout(row)
        ll.addWidget(QLabel(self.tr("<b>Golden quotes</b>")))
        ll.addWidget(self.golden_list, 2)
        self.model = SegmentGroupModel(golden_column=True, parent=self)
        self.model.golden_toggled.connect(self.set_golden)
        self.segments = QTreeView()
        self.segments.setModel(self.model)
        self.empty_hint = EmptyHint(self.segments, self.tr(
            "The segments of the chosen theme area or subgroup appear here. Tick “Golden” beside the one that "
            "shows it best."))
        self.segments.setWordWrap(True)
        self.segments.setAlternatingRowColors(True)
        hdr = self.segments.header()
        hdr.moveSection(3, 0)  # the golden tick first, where the eye starts
        segment_columns(self.segments, golden=3)
        self.segments.doubleClicked.connect(self._double)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(self.segments)
        split.setSizes([420, 560])
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addWidget(split)
        self.editor.textChanged.connect(self._dirty)

    def set_context(self, ctx: ProjectContext | None) -> None:
        follow(self.ctx, ctx, project_changed=self._changed)
        self.ctx = ctx
        self.theme_id = None
        self.load(None)

    def _changed(self, changes: Changes) -> None:
        if self.theme_id is None or not changes.touches("theme_nodes", "codes", "segments", "quotes"):
            return
        if set(changes.touched) <= {"segments"}:
            # Plain coding: only a segment shown here, or one with a code of this theme, changes the list;
            # the text being written stays.
            if self.ctx is None or not self._concerns(changes):
                return
            self.load(self.theme_id, keep_text=True)
            return
        self.load(self.theme_id, keep_text=self.modified)

    def _concerns(self, changes: Changes) -> bool:
        ids = changes.ids("segments")
        if self.reader is None:
            return True
        if any(it.segment_id in ids for g in self.reader.groups for it in g.items):
            return True
        touched = self.ctx.companion(TOUCHED_SEGMENTS) if self.ctx is not None else None
        if touched is None:
            return True
        nodes = {self.reader.node.id, *(sub.id for sub in self.reader.subgroups)}
        return any(self._code_themes.get(sg.code_id) in nodes for sg in touched)

    @property
    def modified(self) -> bool:
        return self.reader is not None and self.editor.toPlainText() != self.reader.node.summary

    def _dirty(self) -> None:
        self.status.setText(self.tr("unsaved changes") if self.modified else "")

    def load(self, theme_id: int | None, keep_text: bool = False, read: ThemeReader | None = None) -> None:
        """Show ``theme_id``'s reader (``read``: as read on the executor; else it is read now)."""
        if theme_id != self.theme_id and self.modified:
            self.save()
        if theme_id != self.theme_id or not keep_text:
            self._binder = rebind(self._binder, None, self.editor, None)
        self.theme_id = theme_id
        if self.ctx is None or theme_id is None:
            self.reader = None
            self.title.setText(self.tr("Choose a theme area or subgroup"))
            self.description.clear()
            self.editor.setPlainText("")
            self.editor.setEnabled(False)
            self.model.set_groups(())
            self.golden_list.clear()
            return
        self._generation += 1  # a reader still on its way is older than this one
        if read is None:  # read on the executor; the newest request wins
            ctx, gen = self.ctx, self._generation
            if self.reader is None or self.reader.node.id != theme_id:
                self.editor.setEnabled(False)  # until this area's condensate is here

            def done(got: tuple[ThemeReader, dict[int, int | None]] | None) -> None:
                if gen != self._generation or ctx is not self.ctx or self.theme_id != theme_id:
                    return
                if got is None:
                    self.load(None)
                    return
                self._code_themes = got[1]
                self.load(theme_id, keep_text=keep_text, read=got[0])

            ctx.read("Condensation", _read_theme, theme_id, on_done=done)
            return
        self.reader = read
        node = self.reader.node
        n = self.reader.segment_count
        if node.kind == "area":
            title = self.tr("Theme area: {0}  ({1} segment)") if n == 1 else self.tr("Theme area: {0}  ({1} segments)")
        else:
            title = self.tr("Subgroup: {0}  ({1} segment)") if n == 1 else self.tr("Subgroup: {0}  ({1} segments)")
        self.title.setText(title.format(node.name, n))
        self.description.setText(node.description)
        self.editor.setEnabled(True)
        if not keep_text:
            self.editor.setPlainText(node.summary)
        if self._binder is None:  # typing is autosaved; a condensate left by a crash comes back unsaved
            self._binder = rebind(None, self.ctx, self.editor, f"theme-summary:{theme_id}")
            if self._binder is not None:
                self._binder.offer_recovery(node.summary)
        self.model.set_groups(self.reader.groups, set(self.reader.golden))
        self.segments.expandAll()
        self._show_golden()
        self._dirty()

    def _show_golden(self) -> None:
        assert self.reader is not None
        by_id = {it.segment_id: it for g in self.reader.groups for it in g.items}
        parts = []
        quoted = self.tr("“%1”")  # the language's quotation marks (« » in Bokmål)
        for sid in self.reader.golden:
            it = by_id.get(sid)
            if it is not None:
                text = " ".join(it.text.split()).replace("<", "&lt;")
                parts.append(f"<p style='margin-left:12px'>{quoted.replace('%1', text)}<br><i>{it.reference} · "
                             f"{it.transcript_title.replace('<', '&lt;')}</i></p>")
        self.golden_list.setText("".join(parts) or self.tr("<i>None picked yet: tick “Golden” beside a segment.</i>"))

    def save(self) -> None:
        if self.ctx is None or self.reader is None or not self.modified:
            return
        self.ctx.run(self.tr("Edit condensate"), th.set_summary, self.reader.node.id, self.editor.toPlainText())
        if self._binder is not None:
            self._binder.committed()
        self.status.setText(self.tr("saved"))

    def set_golden(self, segment_id: int, on: bool) -> None:
        if self.ctx is None or self.reader is None:
            return
        if on:
            self.ctx.run(self.tr("Pick golden quote"), th.add_golden_quote, self.reader.node.id, segment_id)
        elif segment_id in self.reader.golden:
            self.ctx.run(self.tr("Remove golden quote"), th.remove_golden_quote, self.reader.golden[segment_id])

    def _double(self, idx) -> None:  # type: ignore[no-untyped-def]
        seg = self.model.segment(idx)
        if seg is not None and self._open is not None:
            self._open(seg.transcript_id, seg.start, seg.end)


def _read_theme(project: Project, theme_id: int) -> tuple[ThemeReader, dict[int, int | None]] | None:
    """The area's reader with surrounding lines, and each code's theme (which codings concern it)."""
    try:
        read = theme_reader(project, theme_id, context=2)
    except KeyError:
        return None
    return read, {c.id: c.theme_id for c in codes(project)}
