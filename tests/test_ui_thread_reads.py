"""The UI thread never reads the project when the user picks, opens or saves something in a panel.

On a team project every query is a network round trip, so the rule of ``tests/test_ui_thread.py``
(coding never touches the session on the UI thread) holds for the panels' own reads as well: the memo
of the selected object, reflection notes, theme areas, informant attributes, snapshots and their
comparison, reading marks, the matrix's drill-down, the quote trim editor, review comments, the code
tree's split, preferences and renaming a transcript. Each action is driven through the real widgets
with the executor on its real thread and the :class:`~app.guard.ThreadGuard` watching; each must also
have done what it is for (so the guard had something to watch).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QApplication

from app import executor
from app.guard import ThreadGuard
from coding import queries
from coding.changes import Changes
from coding.store import Project
from tests.real_window import idle, pump, real_window


def _until(app: QApplication, w: object, cond: Callable[[], object], what: str, timeout: float = 10) -> None:
    end = time.perf_counter() + timeout
    while not cond():
        assert time.perf_counter() < end, f"timed out waiting for {what}"
        idle(w, app)


@pytest.fixture
def window(demo_copy: Path, qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[object]:
    yield from real_window(demo_copy, qapp, monkeypatch)


def _seed_comment(project: Project) -> Changes:
    """A supervisor's open comment on the project, as an import of review comments leaves it."""
    from coding.supervision.model import Anchor, Comment
    from coding.supervision.threads import comment_row

    with project.transaction("Seed review comment") as tx:
        tx.session.add(comment_row(Comment("Se særlig på temaområdene.", Anchor("project"), "Veileder"), 1, "open"))
    return tx.changes




class Watch:
    """The guard over one action at a time; every violation is kept with the action that made it."""

    def __init__(self, w: object, app: QApplication) -> None:
        self.w, self.app = w, app
        self.guard = ThreadGuard(w.ctx.project)  # type: ignore[attr-defined]
        self.seen: list[str] = []

    def __call__(self, name: str, action: Callable[[], object]) -> None:
        self.guard.violations.clear()
        self.guard.start()
        try:
            action()
            idle(self.w, self.app)
        finally:
            self.guard.stop()
        self.seen += sorted({f"{name}: {v.where()}" for v in self.guard.violations})


def test_panel_reads_and_saves_never_use_the_session_on_the_ui_thread(window: object, qapp: QApplication) -> None:
    from app.codes.dock import CodeTreeDock
    from app.exports.dock import QuotesDock
    from app.guide.dock import StepsDock
    from app.memos.journal_dock import JournalDock
    from app.memos.memo_dock import MemoDock
    from app.supervision.dock import ReviewDock
    from app.themes.dock import ThemeDock
    from app.themes.install import ThemeWorkspace
    from app.themes.matrix_view import CellRole
    from app.themes.snapshots_dialog import SnapshotsDialog

    w = window
    ctx = w.ctx  # type: ignore[attr-defined]
    project: Project = ctx.project
    watch = Watch(w, qapp)
    codes = queries.codes(project)
    tid = w.coding_view.transcript.id  # type: ignore[attr-defined]

    # Memo: pick a code in the tree, write, save; then the open transcript's memo.
    tree = w.findChild(CodeTreeDock)  # type: ignore[attr-defined]
    memo = w.findChild(MemoDock)  # type: ignore[attr-defined]
    watch("memo: pick a code", lambda: tree.select_code(codes[0].id))
    _until(qapp, w, lambda: memo.target == ("code", codes[0].id) and memo.edit.isEnabled(), "the code's memo")
    assert codes[0].name in memo.label.text()
    memo.edit.setPlainText("Koden rommer mer enn musikk.")
    watch("memo: save", memo.save)
    watch("memo: the transcript's", lambda: memo.set_target("transcript", tid))
    _until(qapp, w, lambda: memo.target == ("transcript", tid) and "transcript" in memo.label.text().lower()
           or "transkripsjon" in memo.label.text().lower(), "the transcript's memo")
    watch("memo: back to the code", lambda: memo.set_target("code", codes[0].id))
    assert memo.edit.toPlainText() == "Koden rommer mer enn musikk."
    assert (m := queries.memos(project, "code", codes[0].id)) and m[0].text == "Koden rommer mer enn musikk."

    # Reflection notes: a new note, typed and saved, then deleted.
    journal = w.findChild(JournalDock)  # type: ignore[attr-defined]
    before = journal.model.rowCount()
    watch("journal: new note", lambda: journal.new_entry("Etter intervju 3"))
    _until(qapp, w, lambda: journal.model.rowCount() == before + 1 and journal.current_id is not None, "the new note")
    journal.text.setPlainText("Jeg stilte ledende spørsmål.")
    watch("journal: save", journal.save)
    assert any(e.text == "Jeg stilte ledende spørsmål." for e in queries.memos(project, "journal"))
    watch("journal: delete", lambda: journal.delete_current(confirm=False))
    assert journal.model.rowCount() == before

    # Theme areas: a new area, selected and deleted; the tree read again.
    tdock = w.findChild(ThemeDock)  # type: ignore[attr-defined]
    areas = len(queries.theme_nodes(project))
    watch("themes: new area", lambda: tdock.new_theme("Å bli sett"))
    _until(qapp, w, lambda: tdock.model.find("area", _node_id(project, "Å bli sett")).isValid(), "the new area")
    new_area = _node_id(project, "Å bli sett")
    watch("themes: delete", lambda: (tdock.select("area", new_area), tdock.delete_selected(confirm=False)))
    assert len(queries.theme_nodes(project)) == areas
    watch("themes: refresh", tdock.refresh)
    watch("themes: unfinished theme (Steps link)", lambda: tdock.parent() and
          w.findChild(StepsDock).links.select_unfinished_theme())  # type: ignore[attr-defined]

    # Informant attributes: a value set in the table.
    work = w.findChild(ThemeWorkspace)  # type: ignore[attr-defined]
    work.show()
    # Condensation: an area chosen in the tree; its reader and condensate read on the executor.
    area = next(n for n in queries.theme_nodes(project) if n.parent_id is None)
    cond = work.condensation
    work.tabs.setCurrentWidget(cond)
    watch("condensation: choose an area", lambda: tdock.select("area", area.id))
    _until(qapp, w, lambda: cond.reader is not None and cond.reader.node.id == area.id and cond.editor.isEnabled(),
           "the area's condensate")
    assert area.name in cond.title.text()
    work.tabs.setCurrentWidget(work.attributes)
    attrs = work.attributes
    watch("attributes: refresh", attrs.refresh)
    _until(qapp, w, lambda: attrs.model.rowCount() > 0, "the informants")
    label = attrs.model.rows[0].label
    watch("attributes: add a column", lambda: attrs.add_key("sted"))
    col = attrs.model.keys.index("sted") + 1
    watch("attributes: edit a cell", lambda: attrs.model.setData(attrs.model.index(0, col), "Vest"))
    _until(qapp, w, lambda: attrs.model.index(0, col).data() == "Vest", "the new value")
    assert next(i for i in queries.informants(project) if i.label == label).attributes["sted"] == "Vest"

    # The matrix: a cell's segments.
    work.tabs.setCurrentWidget(work.matrix)
    mv = work.matrix
    _until(qapp, w, lambda: mv.model.rowCount() > 0, "the matrix")
    cell = _first_cell(mv.model, CellRole)
    watch("matrix: open a cell", lambda: mv.open_cell(cell))
    assert mv.cell_model.rowCount() > 0

    # Snapshots: the dialog opens, a snapshot is saved, two versions compared.
    dlg = SnapshotsDialog(ctx, w)  # type: ignore[arg-type]
    watch("snapshots: open", dlg.show)
    _until(qapp, w, lambda: dlg.list_model.rowCount() > 0 and dlg.changes.toPlainText() not in ("", "Loading…"),
           "the snapshot list")
    n = dlg.list_model.rowCount()
    watch("snapshots: save", lambda: dlg.save("etter tredje runde"))
    _until(qapp, w, lambda: dlg.list_model.rowCount() == n + 1, "the saved snapshot")
    watch("snapshots: compare", lambda: dlg.compare(dlg.list_model.rows[0].id, -1))
    assert dlg.left.toPlainText() and dlg.right.toPlainText()
    dlg.close()

    # Steps: a transcript read to the end records its mark (after reading the marks on the executor).
    steps = w.findChild(StepsDock)  # type: ignore[attr-defined]
    from coding.services.method_guide import reading_states

    other = next(s.transcript_id for s in reading_states(project) if not s.reread)
    watch("steps: reading mark", lambda: steps.auto_mark(other, "reread"))
    assert next(s for s in reading_states(project) if s.transcript_id == other).reread

    # Quotes: the trim editor of the first quote; keep some words.
    quotes = w.findChild(QuotesDock)  # type: ignore[attr-defined]
    _until(qapp, w, lambda: quotes.model.rowCount() > 0, "the quote list")
    qid = quotes.model.row(0).quote_id
    watch("quotes: open the trim editor", lambda: quotes.open_trim(qid))
    ed = quotes.trim_editor
    _until(qapp, w, lambda: ed.state is not None and ed.state.text, "the quote's text")
    st = ed.state
    words = st.text.split()
    a = st.seg_start + st.text.index(words[1])
    watch("quotes: trim", lambda: (ed.select(a, st.seg_end), ed.keep_selection()))
    _until(qapp, w, lambda: ed.state is not None and ed.state.range.start == a, "the trimmed quote")
    ed.close()

    # Review comments: a supervisor's comment, replied to and resolved.
    ctx.run("Seed review comment", _seed_comment)
    review = w.findChild(ReviewDock)  # type: ignore[attr-defined]
    review.show()
    review.set_status_filter("all")
    watch("review: refresh", review.refresh)
    _until(qapp, w, lambda: any(t.text == "Se særlig på temaområdene." for t in review.model.threads), "the comment")
    guid = next(t.guid for t in review.model.threads if t.text == "Se særlig på temaområdene.")
    review.select(guid)
    watch("review: reply", lambda: review.reply("Takk, jeg ser på det."))
    watch("review: resolve", review.toggle_resolved)
    _until(qapp, w, lambda: next(t for t in review.model.threads if t.guid == guid).status == "resolved", "resolved")

    assert watch.seen == [], "the UI thread used the project:\n" + "\n".join(watch.seen)


def test_dialogs_and_list_actions_never_use_the_session_on_the_ui_thread(window: object, qapp: QApplication,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """Dialogs that need data read it on the executor before they open; their saves are queued there."""
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QDialog

    from app.codes.code_view import CodeViewDock
    from app.codes.dock import CodeTreeDock
    from app.review.lists_dialog import IdentifierListsDialog
    from app.review.redact_action import RedactDialog, redact_selection
    from app.search.dock import SearchDock
    from app.themes.install import ThemeWorkspace
    from app.window.preferences import PreferencesDialog
    from coding.services.never_list import never_list
    from coding.store.backup import keep_setting

    w = window
    ctx = w.ctx  # type: ignore[attr-defined]
    project: Project = ctx.project
    watch = Watch(w, qapp)
    v = w.coding_view  # type: ignore[attr-defined]
    tid = v.transcript.id

    # Preferences: the project's backup count comes from the executor; a new one is saved there.
    prefs: list[PreferencesDialog] = []
    watch("preferences: open", lambda: prefs.append(PreferencesDialog(ctx, v, w)))
    dlg = prefs[0]
    _until(qapp, w, dlg.backups.isEnabled, "the backup count")
    dlg.backups.setValue(dlg.backups.value() + 1)
    want = dlg.backups.value()
    watch("preferences: save", dlg.save)
    assert keep_setting(project) == want

    # The identifier lists: the never-list is read, then saved.
    lists: list[IdentifierListsDialog] = []
    watch("never-list: open", lambda: lists.append(IdentifierListsDialog(ctx, None, w)))
    ld = lists[0]
    _until(qapp, w, ld.never.isEnabled, "the never-list")
    ld.never.setPlainText(ld.never.toPlainText() + "\nMusikkterapeuten")
    watch("never-list: save", ld.save)
    assert "Musikkterapeuten" in never_list(project)

    # Renaming a transcript in the list (F2 and Enter).
    ta = w.transcript_actions  # type: ignore[attr-defined]
    watch("transcripts: rename", lambda: ta.rename(tid, "Intervju med ny tittel"))
    assert next(t.title for t in queries.transcript_summaries(project) if t.id == tid) == "Intervju med ny tittel"

    # Splitting a code: the segments chosen in the code view move to a new code.
    tree = w.findChild(CodeTreeDock)  # type: ignore[attr-defined]
    code_view = w.findChild(CodeViewDock)  # type: ignore[attr-defined]
    code = max(queries.codes(project), key=lambda c: len([s for s in queries.segments(project) if s.code_id == c.id]))
    segs = [s.id for s in queries.segments(project) if s.code_id == code.id]
    watch("codes: select", lambda: (tree.select_code(code.id), code_view.show_code(code.id)))
    n_codes = len(queries.codes(project))
    watch("codes: split", lambda: tree.split_current("delt kode", segs[:1]))
    assert len(queries.codes(project)) == n_codes + 1

    # Redacting a selection: the occurrences are counted on the executor, then the dialog asks.
    line = next(ln for ln in v.transcript.lines if len(v.transcript.text[ln.start:ln.end].split()) > 3)
    word = v.transcript.text[line.start:line.end].split()[2]
    a = v.transcript.text.index(word, line.start)
    had = v.transcript.text.count(word)
    monkeypatch.setattr(w, "current_selection", lambda: (tid, a, a + len(word)))
    asked: list[str] = []

    def factory(surface: str, here: int, everywhere: int, parent: object) -> RedactDialog:
        asked.append(surface)
        d = RedactDialog(surface, here, everywhere, parent)  # type: ignore[arg-type]
        d.exec = lambda: QDialog.DialogCode.Accepted  # type: ignore[method-assign]
        return d

    watch("redact: selection", lambda: redact_selection(w, factory))  # type: ignore[arg-type]
    assert asked == [word] and queries.transcript(project, tid).text.count(word) < had

    # The transcript overlay and the informant profiles: another transcript, another informant.
    work = w.findChild(ThemeWorkspace)  # type: ignore[attr-defined]
    work.show()
    work.tabs.setCurrentWidget(work.overlay)
    _until(qapp, w, lambda: work.overlay.pick.count() > 1 and work.overlay.data is not None, "the overlay")
    watch("overlay: another transcript", lambda: work.overlay.pick.setCurrentIndex(1))
    _until(qapp, w, lambda: work.overlay.data.transcript_id == work.overlay.pick.itemData(1), "the other overlay")
    work.tabs.setCurrentWidget(work.informants)
    _until(qapp, w, lambda: work.informants.pick.count() > 1, "the informant profiles")
    watch("informants: another informant", lambda: work.informants.pick.setCurrentIndex(1))
    assert work.informants.model.rowCount() > 0

    # The search dock's code chooser after a code is added.
    search = w.findChild(SearchDock)  # type: ignore[attr-defined]
    watch("search: codes follow", lambda: tree.new_code("helt ny kode"))
    _until(qapp, w, lambda: search.code_box.findText("helt ny kode") >= 0, "the new code in the search dock")

    # Export dialogs open once their choices are read; the import dialog once informants and never-list are.
    from app.exports.dialogs import MemberCheckDialog, QuoteSetDialog, ReportDialog
    from app.importing.dialog import ImportDialog

    opened: list[QDialog] = []
    for cls in (QuoteSetDialog, MemberCheckDialog, ReportDialog):
        monkeypatch.setattr(cls, "exec", lambda self: opened.append(self) or QDialog.DialogCode.Rejected)
    export_menu = {a.text(): a for a in w.menu("Export").actions()}  # type: ignore[attr-defined]
    for text in ("Quote set…", "Member check…", "Supervisor report…"):
        watch(f"export: {text}", export_menu[text].trigger)
    assert [type(d) for d in opened] == [QuoteSetDialog, MemberCheckDialog, ReportDialog]
    assert opened[0].informants.count() > 0 and opened[1].informant.count() > 0
    imp = w.findChild(QAction, "actionImportTranscripts")  # type: ignore[attr-defined]
    watch("import: open the dialog", imp.trigger)
    dialog = next(d for d in w.findChildren(ImportDialog) if d.isVisible())  # type: ignore[attr-defined]
    assert dialog.speakers.existing  # the project's informants came with it
    dialog.close()

    # Project ▸ Linking key…: where the key is, read on the executor; working without one, written there.
    from PySide6.QtWidgets import QMessageBox

    from app.review.key_dialogs import LinkingKeyDialog, linking_key_action
    from app.review.key_settings import key_status

    keys: list[LinkingKeyDialog] = []
    monkeypatch.setattr(LinkingKeyDialog, "exec", lambda self: keys.append(self) or 0)
    watch("linking key: open", lambda: linking_key_action(w))  # type: ignore[arg-type]
    kd = keys[0]
    assert kd.status.text()
    uses = key_status(project).uses_key
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    watch("linking key: work without", kd.work_without)
    assert not key_status(project).uses_key and ("no linking key" in kd.status.text() or not uses)

    # Deleting a transcript: the plan is read on the executor, the user confirms, it is deleted there.
    monkeypatch.setattr(ta, "confirm", lambda _parent, plan: plan.transcript_id == tid)
    monkeypatch.setattr(ta, "current_id", lambda: tid)
    watch("transcripts: delete", ta.delete_current)
    assert tid not in {t.id for t in queries.transcript_summaries(project)}

    # Withdrawing an informant: the plans and the key settings are read before the dialog opens.
    from app.review.project_actions import WithdrawDialog, withdraw_informant_action

    class Pick(WithdrawDialog):
        def exec(self) -> QDialog.DialogCode:  # type: ignore[override]
            self.informant.setCurrentIndex(self.informant.count() - 1)
            return QDialog.DialogCode.Accepted

    informants = {i.label for i in queries.informants(project)}
    watch("withdraw: an informant", lambda: withdraw_informant_action(w, Pick, ask=lambda *_a: None))  # type: ignore[arg-type]
    assert len({i.label for i in queries.informants(project)}) == len(informants) - 1

    assert watch.seen == [], "the UI thread used the project:\n" + "\n".join(watch.seen)


def _node_id(project: Project, name: str) -> int | None:
    return next((n.id for n in queries.theme_nodes(project) if n.name == name), None)


def _first_cell(model: object, role: int) -> QModelIndex:
    for r in range(model.rowCount()):  # type: ignore[attr-defined]
        for c in range(1, model.columnCount()):  # type: ignore[attr-defined]
            ix = model.index(r, c)  # type: ignore[attr-defined]
            if ix.data(role) is not None and str(ix.data()) not in ("", "0"):
                return ix
    raise AssertionError("the matrix has no filled cell")


def test_the_supervisor_reviews_without_the_session_on_the_ui_thread(demo_copy: Path, tmp_path: Path,
                                                                     qapp: QApplication,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """A review copy opened by the supervisor: threads, markers, Add comment (its choices read before the
    dialog opens), reply and resolve, all with the copy's executor on its real thread."""
    from PySide6.QtWidgets import QDialog

    from app.main_window import MainWindow
    from app.supervision.comment_dialog import CommentDialog
    from app.supervision.install import Supervision
    from app.themes.dock import ThemeDock
    from coding.supervision.export import export_review_copy

    student = Project.open(demo_copy)
    export_review_copy(student, tmp_path / "r.kondensreview", note="Se på temaene", student="Stud")
    student.close()
    monkeypatch.setattr(executor, "INLINE", False)
    w = MainWindow()
    w.resize(1400, 900)
    w.show()
    try:
        assert w.open_path(tmp_path / "r.kondensreview")
        end = time.perf_counter() + 30
        while w.coding_view.transcript is None and time.perf_counter() < end:
            pump(qapp, 5)
        assert w.ctx is not None and not w.ctx.executor.inline
        sup = w.findChild(Supervision)
        assert sup is not None and sup.review is not None
        idle(w, qapp)
        watch = Watch(w, qapp)
        tdock = w.findChild(ThemeDock)
        _until(qapp, w, lambda: tdock.model.rowCount() > 1, "the theme areas")
        code = queries.codes(w.ctx.project)[0]
        watch("supervisor: select a code", lambda: tdock.select("code", code.id))
        shown: list[CommentDialog] = []

        def accept(dlg: CommentDialog) -> QDialog.DialogCode:
            shown.append(dlg)
            dlg.anchor_box.setCurrentIndex(next(i for i, c in enumerate(dlg.candidates) if c.anchor.kind == "code"))
            dlg.text.setPlainText("Er dette samme sak som en annen kode?")
            return QDialog.DialogCode.Accepted

        monkeypatch.setattr(CommentDialog, "exec", accept)
        watch("supervisor: add a comment", sup.add_comment)
        assert shown and shown[0].codes  # the dialog had its choices
        _until(qapp, w, lambda: any(t.text.startswith("Er dette") for t in sup.dock.model.threads), "the comment")
        guid = next(t.guid for t in sup.dock.model.threads if t.text.startswith("Er dette"))
        sup.dock.select(guid)
        watch("supervisor: reply", lambda: sup.dock.reply("Se også Relasjon."))
        watch("supervisor: resolve", sup.dock.toggle_resolved)
        watch("supervisor: refresh", sup.dock.refresh)
        assert watch.seen == [], "the UI thread used the project:\n" + "\n".join(watch.seen)
    finally:
        w.close()
        qapp.processEvents()
