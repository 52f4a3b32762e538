"""Qt layer of the code tree, code view, progress and journal: models checked with qtmodeltester, actions
driven through the docks, undo through the context's QUndoStack."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox

from app.codes.code_view import CodeSegmentsModel, CodeViewDock
from app.codes.dock import CodeTreeDock
from app.codes.install import install as install_codes
from app.codes.progress import ProgressDialog, ProgressModel
from app.codes.tree_model import MIME, CodeTreeModel
from app.context import ProjectContext
from app.memos.install import install as install_memos
from app.reader.view import CodingView
from app.workbench import DockRegistry
from coding import code_queries as cq
from coding import queries
from coding.services.codes import apply_code, create_code
from coding.store import Project
from tests.coding_fixtures import add_transcripts, dump

SHOTS = Path("/tmp/kondens-shots")


class FakeWindow(QMainWindow, DockRegistry):
    """The main-window plug-in API (app.workbench.Workbench), with a reader that shows nothing."""

    context_changed = Signal(object)

    def __init__(self) -> None:
        QMainWindow.__init__(self)
        DockRegistry.__init__(self)
        self.ctx: ProjectContext | None = None
        self._menus: dict[str, QMenu] = {}
        self.shown: list[tuple[int, int | None, int | None]] = []
        self.coding_view = CodingView(self)  # the Workbench has one; these tests never open a transcript

    def menu(self, name: str) -> QMenu:
        if name not in self._menus:
            self._menus[name] = self.menuBar().addMenu(name)
        return self._menus[name]

    def add_dock(self, dock, area=Qt.DockWidgetArea.RightDockWidgetArea) -> None:  # type: ignore[no-untyped-def]
        self.addDockWidget(area, dock)
        self.menu("View").addAction(dock.toggleViewAction())

    def show_transcript(self, transcript_id: int, start: int | None = None, end: int | None = None) -> None:
        self.shown.append((transcript_id, start, end))

    def current_selection(self) -> None:
        return None

    def set_ctx(self, ctx: ProjectContext | None) -> None:
        self.ctx = ctx
        self.context_changed.emit(ctx)


def lines_of(project: Project, tid: int) -> list[tuple[int, int]]:
    return [(ln.start, ln.end) for ln in queries.transcript(project, tid).lines]


@pytest.fixture
def coded(project: Project) -> dict[str, int]:
    ta, tb = add_transcripts(project, "AB")
    ids = {"ta": ta, "tb": tb}
    for name, parent in (("musikk", None), ("sang", "musikk"), ("kor", "sang"), ("trygghet", None),
                         ("fellesskap", None)):
        ids[name] = create_code(project, name, parent_id=ids[parent] if parent else None).value
    la, lb = lines_of(project, ta), lines_of(project, tb)
    for n in (3, 4, 9):
        apply_code(project, ta, *la[n], ids["sang"])
    apply_code(project, tb, *lb[3], ids["sang"])
    apply_code(project, tb, *lb[3], ids["trygghet"])
    apply_code(project, tb, la[0][0], lb[5][1] if lb[5][1] < len(queries.transcript(project, tb).text) else 10,
               ids["fellesskap"])
    apply_code(project, ta, *la[10], ids["kor"])
    return ids


@pytest.fixture
def window(qtbot, project: Project, coded: dict[str, int]):  # type: ignore[no-untyped-def]
    w = FakeWindow()
    qtbot.addWidget(w)
    install_codes(w)
    install_memos(w)
    ctx = ProjectContext(project, coder="TS")
    w.set_ctx(ctx)
    w.resize(1100, 700)
    yield w
    w.set_ctx(None)


def test_tree_model_passes_modeltester_and_shows_counts(qtmodeltester, project: Project,
                                                         coded: dict[str, int]) -> None:
    ctx = ProjectContext(project)
    m = CodeTreeModel()
    m.set_context(ctx)
    qtmodeltester.check(m)
    assert [m.index(r, 0).data() for r in range(m.rowCount())] == ["musikk", "trygghet", "fellesskap"]
    sang = m.index_of(coded["sang"])
    assert sang.parent() == m.index_of(coded["musikk"])
    assert sang.siblingAtColumn(1).data() == 4 and sang.siblingAtColumn(2).data() == 2
    assert m.index_of(coded["kor"]).parent() == sang


def test_tree_refresh_is_incremental_with_move_signals(qtbot, qtmodeltester, project: Project,
                                                       coded: dict[str, int]) -> None:
    ctx = ProjectContext(project)
    m = CodeTreeModel()
    m.set_context(ctx)
    qtmodeltester.check(m)  # keeps checking every signal from here on
    moved, resets = [], []
    m.rowsMoved.connect(lambda *a: moved.append(a))
    m.modelReset.connect(lambda: resets.append(1))
    kor = m.index_of(coded["kor"])
    persistent = m.index(kor.row(), 0, kor.parent())
    from PySide6.QtCore import QPersistentModelIndex
    p = QPersistentModelIndex(persistent)
    assert m.moveRows(kor.parent(), kor.row(), 1, QModelIndex(), 0)
    assert moved and not resets
    assert p.isValid() and p.data() == "kor" and not p.parent().isValid() and p.row() == 0
    assert [c.id for c in cq.children_map(cq.code_tree(project))[None]][0] == coded["kor"]
    ctx.undo_stack.undo()
    assert p.isValid() and p.parent().data() == "sang"
    # a drop onto a descendant is refused; a drop onto another code reparents
    md = QMimeData()
    md.setData(MIME, f"[{coded['musikk']}]".encode())
    assert not m.canDropMimeData(md, Qt.DropAction.MoveAction, -1, 0, m.index_of(coded["kor"]))
    assert m.dropMimeData(md, Qt.DropAction.MoveAction, -1, 0, m.index_of(coded["trygghet"]))
    assert m.index_of(coded["musikk"]).parent().data() == "trygghet"
    # rename via the model is one undo step
    assert m.setData(m.index_of(coded["trygghet"]), "trygghet i gruppa")
    assert m.index_of(coded["trygghet"]).data() == "trygghet i gruppa"
    ctx.undo_stack.undo()
    assert m.index_of(coded["trygghet"]).data() == "trygghet"
    assert not resets


def test_code_view_model_and_jump(qtbot, qtmodeltester, window: FakeWindow, coded: dict[str, int]) -> None:
    view: CodeViewDock = window.dock("code_view")
    tree: CodeTreeDock = window.dock("code_tree")
    tree.select_code(coded["sang"])
    assert view.code_id == coded["sang"]
    qtmodeltester.check(view.model)
    m: CodeSegmentsModel = view.model
    assert m.rowCount() == 4
    assert [m.index(r, CodeSegmentsModel.LINES).data() for r in range(4)] == ["A, l. 4", "A, l. 5", "A, l. 10",
                                                                            "B, l. 4"]
    view.children_box.setChecked(True)
    assert m.rowCount() == 5 and "A, l. 11" in [m.index(r, 2).data() for r in range(5)]
    view.table.selectRow(4)
    assert "l. 4" in view.preview.toPlainText() or view.preview.toPlainText()
    ix = m.index(0, CodeSegmentsModel.TEXT)
    view.table.doubleClicked.emit(ix)
    seg = m.segment(0)
    assert window.shown[-1] == (seg.transcript_id, seg.start, seg.end)
    SHOTS.mkdir(exist_ok=True)
    window.show()
    view.show()
    tree.view.expandAll()
    view.table.selectRow(2)
    qtbot.wait(50)
    window.grab().save(str(SHOTS / "codes_window.png"))


def test_merge_split_delete_through_dock(qtbot, window: FakeWindow, project: Project, coded: dict[str, int],
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    tree: CodeTreeDock = window.dock("code_tree")
    view: CodeViewDock = window.dock("code_view")
    ctx = window.ctx
    assert ctx is not None
    start = dump(project)
    # merge "trygghet" into "sang": the duplicate line collapses
    tree.select_code(coded["trygghet"])
    assert tree.merge_current_into(coded["sang"])
    assert tree.model.index_of(coded["trygghet"]).isValid() is False
    assert tree.model.nodes[coded["sang"]].segments == 4
    assert ctx.undo_stack.count() == 1
    # split two of sang's segments (chosen in the code view) into a new code
    tree.select_code(coded["sang"])
    view.table.selectRow(0)
    view.table.selectionModel().select(view.model.index(1, 0), view.table.selectionModel().SelectionFlag.Select
                                       | view.table.selectionModel().SelectionFlag.Rows)
    chosen = view.selected_segment_ids()
    assert len(chosen) == 2
    new = tree.split_current(name="sang sammen")
    assert new is not None and tree.model.nodes[new].segments == 2
    assert tree.model.index_of(new).parent() == tree.model.index_of(coded["musikk"])
    # delete "musikk" (with sang, kor, the new code): the confirmation lists the segments
    asked: list[str] = []

    def fake_question(parent, title, text, *a, **k):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", fake_question)
    tree.select_code(coded["musikk"])
    assert tree.delete_current()
    assert "5 coded segments" in asked[0] and "3 sub-codes" in asked[0]
    assert [tree.model.index(r, 0).data() for r in range(tree.model.rowCount())] == ["fellesskap"]
    # one Ctrl+Z per user action: three undos give back the starting database
    for _ in range(3):
        ctx.undo_stack.undo()
    assert dump(project) == start
    assert tree.model.index_of(coded["kor"]).parent().data() == "sang"
    ctx.undo_stack.redo()
    assert not tree.model.index_of(coded["trygghet"]).isValid()


def test_reparent_through_tree_view_drop(qtbot, window: FakeWindow, coded: dict[str, int]) -> None:
    tree: CodeTreeDock = window.dock("code_tree")
    m = tree.model
    md = m.mimeData([m.index_of(coded["fellesskap"])])
    assert m.dropMimeData(md, Qt.DropAction.MoveAction, 0, 0, m.index_of(coded["musikk"]))
    kids = [m.index(r, 0, m.index_of(coded["musikk"])).data() for r in range(2)]
    assert kids == ["fellesskap", "sang"]
    # reordering at top level: drop "trygghet" before "musikk"
    md = m.mimeData([m.index_of(coded["trygghet"])])
    assert m.dropMimeData(md, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert [m.index(r, 0).data() for r in range(m.rowCount())] == ["trygghet", "musikk"]


def test_progress_model_and_dialog(qtbot, qtmodeltester, window: FakeWindow, coded: dict[str, int]) -> None:
    ctx = window.ctx
    assert ctx is not None
    dlg = ProgressDialog(ctx, window)
    qtbot.addWidget(dlg)
    m: ProgressModel = dlg.model
    qtmodeltester.check(m)
    assert m.rowCount() == 2 and m.headerData(5, Qt.Orientation.Horizontal) == "Pass 1"
    assert m.index(0, 2).data() == 18
    before = m.index(0, 3).data()
    ctx.run("code", apply_code, coded["ta"], *lines_of(ctx.project, coded["ta"])[16], coded["kor"],
            coding_pass=2)
    assert m.index(0, 3).data() != before and m.columnCount() == 7
    assert m.headerData(6, Qt.Orientation.Horizontal) == "Pass 2"
    dlg.show()
    qtbot.wait(50)
    SHOTS.mkdir(exist_ok=True)
    dlg.grab().save(str(SHOTS / "progress.png"))


def test_memo_follows_code_and_saves_on_switch(qtbot, window: FakeWindow, coded: dict[str, int]) -> None:
    tree: CodeTreeDock = window.dock("code_tree")
    memo = window.dock("memo")
    ctx = window.ctx
    assert ctx is not None
    tree.select_code(coded["sang"])
    assert "sang" in memo.label.text()
    memo.edit.setPlainText("Sang gir trygghet.")
    tree.select_code(coded["trygghet"])  # switching saves
    m = cq.memo_for(ctx.project, "code", coded["sang"])
    assert m is not None and m.text == "Sang gir trygghet."
    assert memo.edit.toPlainText() == ""
    tree.select_code(coded["sang"])
    assert memo.edit.toPlainText() == "Sang gir trygghet."
    assert tree.model.index_of(coded["sang"]).data() == "sang ✎"
    ctx.undo_stack.undo()
    assert memo.edit.toPlainText() == ""


def test_journal_entry_creation_edit_and_undo(qtbot, window: FakeWindow) -> None:
    j = window.dock("journal")
    ctx = window.ctx
    assert ctx is not None
    window.show()
    j.show()
    qtbot.mouseClick(j.new_button, Qt.MouseButton.LeftButton)
    assert j.model.rowCount() == 1 and j.current_id is not None
    j.title.selectAll()
    qtbot.keyClicks(j.title, "Etter intervju B")
    j.text.setFocus()  # title loses focus → saved
    qtbot.keyClicks(j.text, "Jeg ble usikker på egen rolle.")
    j.save()
    (e,) = cq.journal(ctx.project)
    assert (e.title, e.text) == ("Etter intervju B", "Jeg ble usikker på egen rolle.")
    assert j.model.index(0).data().endswith("Etter intervju B")
    j.new_entry("Andre notat", "Tekst")
    assert [x.title for x in cq.journal(ctx.project)][0:2] in (["Andre notat", "Etter intervju B"],
                                                               ["Etter intervju B", "Andre notat"])
    SHOTS.mkdir(exist_ok=True)
    window.grab().save(str(SHOTS / "journal.png"))
    assert j.delete_current(confirm=False)
    assert len(cq.journal(ctx.project)) == 1
    ctx.undo_stack.undo()
    assert len(cq.journal(ctx.project)) == 2


def test_plugins_in_real_main_window(qtbot, tmp_path: Path) -> None:
    """The real window discovers both plug-ins; the reader can ask which code is selected."""
    main_window = pytest.importorskip("app.main_window")
    p = Project.create(tmp_path / "w.kondens")
    (t,) = add_transcripts(p, "A")
    c = create_code(p, "ro").value
    p.close()
    w = main_window.MainWindow()
    qtbot.addWidget(w)
    assert w.open_path(str(tmp_path / "w.kondens"))
    names = [a.objectName() for a in w.menu("Code").actions()]
    assert {"actionNewCode", "actionMergeCode", "actionSplitCode", "actionProgress"} <= set(names)
    assert w.current_code_id() is None
    w.dock("code_tree").select_code(c)
    assert w.current_code_id() == c
    assert "ro" in w.dock("memo").label.text()
    w.dock("code_tree").code_activated.emit(c)
    assert w.dock("code_view").model.rowCount() == 0 and w.dock("code_view").isVisibleTo(w)
    w.close_project()
    assert w.dock("code_tree").model.rowCount() == 0
    assert t


def test_memo_typing_is_autosaved_and_recovered_after_a_crash(qtbot, window: FakeWindow, coded: dict[str, int]) -> None:
    from coding.services.drafts import get_draft

    tree: CodeTreeDock = window.dock("code_tree")
    memo = window.dock("memo")
    ctx = window.ctx
    assert ctx is not None
    tree.select_code(coded["sang"])
    key = f"memo:code:{coded['sang']}"
    qtbot.keyClicks(memo.edit, "Halvferdig tanke")
    qtbot.waitUntil(lambda: get_draft(ctx.project, key) == "Halvferdig tanke", timeout=3000)
    assert cq.memo_for(ctx.project, "code", coded["sang"]) is None  # typed, never saved
    memo.target = None  # the "crash": the dock forgets the object without saving
    memo._load()
    tree.select_code(coded["trygghet"])
    tree.select_code(coded["sang"])
    assert memo.edit.toPlainText() == "Halvferdig tanke" and "recovered" in memo.label.text()
    memo.save()
    assert cq.memo_for(ctx.project, "code", coded["sang"]).text == "Halvferdig tanke"
    assert get_draft(ctx.project, key) is None  # saved for real: the draft is gone


def test_journal_typing_is_autosaved_and_recovered(qtbot, window: FakeWindow) -> None:
    from coding.services.drafts import get_draft

    j = window.dock("journal")
    ctx = window.ctx
    assert ctx is not None
    eid = j.new_entry("Notat", "")
    qtbot.keyClicks(j.text, "Uferdig refleksjon")
    qtbot.waitUntil(lambda: get_draft(ctx.project, f"journal:{eid}") == "Uferdig refleksjon", timeout=3000)
    j._loaded = j._fields()  # the "crash": the dock forgets the edit without saving it
    j.current_id = None
    j.reload()
    assert j.text.toPlainText() == ""
    j.current_id = eid
    j.reload()
    assert j.text.toPlainText() == "Uferdig refleksjon" and j.dirty
    j.save()
    assert cq.journal(ctx.project)[0].text == "Uferdig refleksjon"
    assert get_draft(ctx.project, f"journal:{eid}") is None
