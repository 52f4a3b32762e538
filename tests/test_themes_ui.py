"""pytest-qt: build a hierarchy in the dock, write a condensate with a golden quote, save two snapshots
and compare them; the matrix, overlay, reader, informant and attribute views; qtmodeltester on every model."""

from __future__ import annotations

import os
import re

import pytest
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMainWindow, QMenu, QPushButton

from app.context import ProjectContext
from app.themes.attributes_panel import AttributesPanel
from app.themes.condensation import CondensationEditor
from app.themes.dock import ThemeDock
from app.themes.hierarchy_model import MIME_CODES
from app.themes.informant_view import InformantView
from app.themes.matrix_view import MatrixView
from app.themes.overlay import OverlayView
from app.themes.reader import ThemeReaderView
from app.themes.snapshots_dialog import SnapshotsDialog
from app.workbench import DockRegistry
from coding.queries import informants, transcript
from coding.services.codes import apply_code, create_code
from coding.themes_read import hierarchy
from tests.themes_fixture import make_transcript

SHOTS = os.environ.get("KONDENS_SHOTS", "/tmp/kondens-themes")

A_TURNS = [["Hva betyr musikken for deg?"],
           ["Det er en ting jeg har lært meg.", "Å ha god tid.", "Og ikke tenke at man skal oppnå noe konkret."],
           ["Kan du si mer?"], ["Vi spilte sammen hver uke.", "Da ble det trygt.", "[latter] Ja, det var fint."]]
B_TURNS = [["Hvordan begynte det?"], ["Jeg var nervøs.", "Men musikken hjalp.", "Jeg følte meg sett."],
           ["Og nå?"], ["Nå spiller jeg alene også.", "Det gir meg ro."]]


def shot(widget, name: str) -> None:
    os.makedirs(SHOTS, exist_ok=True)
    widget.grab().save(os.path.join(SHOTS, f"{name}.png"))


@pytest.fixture
def ctx(project, qtbot):
    ta, la = make_transcript(project, "A", A_TURNS, attributes={"rolle": "deltaker"})
    tb, lb = make_transcript(project, "B", B_TURNS, attributes={"rolle": "ansatt"})
    codes = {n: create_code(project, n).value for n in ("god tid", "trygghet", "samspill", "ro", "sett")}
    apply_code(project, ta, *la[2], codes["god tid"])
    apply_code(project, ta, la[3][0], la[3][1], codes["god tid"])
    apply_code(project, ta, *la[5], codes["trygghet"])
    apply_code(project, ta, *la[4], codes["samspill"])
    apply_code(project, tb, *lb[2], codes["trygghet"])
    apply_code(project, tb, *lb[6], codes["ro"])
    apply_code(project, tb, *lb[3], codes["sett"])
    c = ProjectContext(project)
    c.codes = codes  # type: ignore[attr-defined]
    c.tids = (ta, tb)  # type: ignore[attr-defined]
    yield c
    c.undo_stack.clear()


def drop(dock: ThemeDock, code_ids: list[int], kind: str, theme_id: int | None) -> None:
    from PySide6.QtCore import QMimeData
    md = QMimeData()
    md.setData(MIME_CODES, ",".join(map(str, code_ids)).encode())
    parent = dock.model.find(kind, theme_id)
    assert dock.model.canDropMimeData(md, Qt.DropAction.MoveAction, -1, 0, parent)
    dock.model.dropMimeData(md, Qt.DropAction.MoveAction, -1, 0, parent)


def build_hierarchy(dock: ThemeDock, ctx) -> tuple[int, int, int]:
    codes = ctx.codes
    tid_ = dock.new_theme("Å ha god tid")
    rel = dock.new_theme("Relasjon")
    dock.select("area", rel)
    sub = dock.new_subgroup("Trygghet")
    drop(dock, [codes["god tid"], codes["ro"]], "area", tid_)
    drop(dock, [codes["trygghet"]], "subgroup", sub)
    drop(dock, [codes["samspill"], codes["sett"]], "area", rel)
    return tid_, rel, sub


def test_dock_builds_hierarchy_with_drag_rename_merge_split_and_undo(ctx, qtbot, qtmodeltester):
    dock = ThemeDock()
    qtbot.addWidget(dock)
    dock.set_context(ctx)
    t, rel, sub = build_hierarchy(dock, ctx)
    qtmodeltester.check(dock.model)
    h = hierarchy(ctx.project)
    assert [c.name for c in h.codes_in(t)] == ["god tid", "ro"]
    assert [c.name for c in h.codes_in(sub)] == ["trygghet"]
    # The tree shows it: area row counts the segments of its subgroups too.
    idx = dock.model.find("area", rel)
    assert idx.siblingAtColumn(1).data() == "4"
    assert dock.model.rowCount(dock.model.find("uncategorised", None)) == 0
    # Rename in place through the model, as the delegate would.
    dock.model.setData(dock.model.find("area", t), "God tid")
    assert hierarchy(ctx.project).node(t).name == "God tid"
    # Drag a code back to Uncategorised, then undo the drag.
    drop(dock, [ctx.codes["ro"]], "uncategorised", None)
    assert [c.name for c in hierarchy(ctx.project).codes_in(None)] == ["ro"]
    ctx.undo_stack.undo()
    assert [c.name for c in hierarchy(ctx.project).codes_in(t)] == ["god tid", "ro"]
    # Split "sett" out of Relasjon, then merge it back; each is one undo step.
    dock.select("code", ctx.codes["sett"])
    new = dock.split_selected("Å bli sett")
    assert [n.name for n in hierarchy(ctx.project).areas()] == ["God tid", "Relasjon", "Å bli sett"]
    dock.select("area", rel)
    dock.select("area", new, add=True)
    dock.merge_selected()
    assert [n.name for n in hierarchy(ctx.project).areas()] == ["God tid", "Relasjon"]
    ctx.undo_stack.undo()
    ctx.undo_stack.undo()
    assert [c.name for c in hierarchy(ctx.project).codes_in(rel)] == ["samspill", "sett"]
    # Reorder and research questions.
    dock.select("area", rel)
    dock.move_selected(-1)
    assert [n.name for n in hierarchy(ctx.project).areas()] == ["Relasjon", "God tid"]
    dock.new_question("Hvordan opplever deltakerne musikkterapi?")
    qtmodeltester.check(dock.model)
    assert dock.model.rowCount(dock.model.find("questions", None)) == 1
    dock.resize(380, 480)
    dock.view.expandAll()
    shot(dock, "hierarchy_dock")


def test_condensate_with_golden_quote(ctx, qtbot, qtmodeltester):
    dock = ThemeDock()
    dock.set_context(ctx)
    t, rel, sub = build_hierarchy(dock, ctx)
    ed = CondensationEditor()
    qtbot.addWidget(ed)
    ed.set_context(ctx)
    ed.load(rel)
    qtmodeltester.check(ed.model)
    assert [ed.model.index(r, 0).data() for r in range(ed.model.rowCount())] == ["A — 2 segments",
                                                                                 "B — 2 segments"]
    ed.editor.setFocus()
    qtbot.keyClicks(ed.editor, "Jeg følte meg trygg når vi spilte sammen.")
    assert ed.status.text() == "unsaved changes"
    qtbot.mouseClick(ed.save_button, Qt.MouseButton.LeftButton)
    assert hierarchy(ctx.project).node(rel).summary == "Jeg følte meg trygg når vi spilte sammen."
    # Tick "Golden" on B's first segment ("Men musikken hjalp." coded trygghet).
    group_b = ed.model.index(1, 0)
    cell = ed.model.index(0, 3, group_b)
    seg = ed.model.segment(cell)
    assert ed.model.setData(cell, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert [(g.theme_id, g.segment_id) for g in hierarchy(ctx.project).golden] == [(rel, seg.segment_id)]
    assert ed.model.index(0, 3, ed.model.index(1, 0)).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert "Men musikken hjalp." in ed.golden_list.text() and "B, l. 3" in ed.golden_list.text()
    ed.resize(1000, 520)
    shot(ed, "condensation_editor")
    ctx.undo_stack.undo()  # unpick
    assert hierarchy(ctx.project).golden == ()
    assert "None picked yet" in ed.golden_list.text()
    # Typing is autosaved; after a crash the unsaved condensate comes back, marked unsaved.
    from PySide6.QtGui import QTextCursor

    from coding.services.drafts import get_draft

    ed.editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(ed.editor, " Alltid.")
    key = f"theme-summary:{rel}"
    qtbot.waitUntil(lambda: (get_draft(ctx.project, key) or "").endswith("Alltid."), timeout=3000)
    again = CondensationEditor()
    qtbot.addWidget(again)
    again.set_context(ctx)
    again.load(rel)
    assert again.editor.toPlainText().endswith("Alltid.") and again.status.text() == "unsaved changes"
    again.save()
    assert hierarchy(ctx.project).node(rel).summary.endswith("Alltid.") and get_draft(ctx.project, key) is None


def test_two_snapshots_compared(ctx, qtbot, qtmodeltester):
    dock = ThemeDock()
    dock.set_context(ctx)
    t, rel, sub = build_hierarchy(dock, ctx)
    dlg = SnapshotsDialog(ctx)
    qtbot.addWidget(dlg)
    dlg.name.setText("etter første reorganisering")
    save = next(b for b in dlg.findChildren(QPushButton) if b.text() == "Save snapshot")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    qtmodeltester.check(dlg.list_model)
    assert dlg.list_model.rowCount() == 1
    dock.model.setData(dock.model.find("area", t), "Tid og tålmodighet")
    drop(dock, [ctx.codes["sett"]], "subgroup", sub)
    second = dlg.save("etter andre runde")
    first = dlg.list_model.rows[0].id
    lines = dlg.compare(first, second)
    assert "Theme renamed: Å ha god tid → Tid og tålmodighet" in lines
    assert "Code moved: sett: Relasjon → Relasjon / Trygghet" in lines
    assert "• Tid og tålmodighet" in dlg.right.toPlainText() and "• sett (1)" in dlg.right.toPlainText()
    dlg.resize(1100, 600)
    shot(dlg, "snapshots_compare")


def test_matrix_reader_overlay_informants_attributes(ctx, qtbot, qtmodeltester):
    dock = ThemeDock()
    dock.set_context(ctx)
    t, rel, sub = build_hierarchy(dock, ctx)
    mv = MatrixView()
    qtbot.addWidget(mv)
    mv.set_context(ctx)
    assert mv.lazy.stale and mv.lazy.computed == 0  # hidden: nothing computed yet
    mv.show()  # shown: computed (inline in tests; on the executor in the app)
    assert not mv.lazy.stale and mv.lazy.computed == 1
    qtmodeltester.check(mv.model)
    m = mv.model
    assert [m.headerData(c, Qt.Orientation.Horizontal) for c in range(m.columnCount())] == [
        "Theme area / code", "A", "B", "Total"]
    rel_idx = m.index(1, 0)
    assert rel_idx.data() == "Relasjon" and m.index(1, 1).data() == "2" and m.index(1, 2).data() == "2"
    mv.open_cell(m.index(1, 2))
    assert mv.cell_model.rowCount() == 1 and mv.cell_model.rowCount(mv.cell_model.index(0, 0)) == 2
    mv.set_filter("rolle", "ansatt")
    assert [m.headerData(c, Qt.Orientation.Horizontal) for c in range(m.columnCount())] == [
        "Theme area / code", "B", "Total"]
    mv.set_filter(None, None)
    mv.resize(900, 400)
    shot(mv, "matrix")

    rv = ThemeReaderView()
    qtbot.addWidget(rv)
    rv.set_context(ctx)
    rv.context.setChecked(True)
    rv.show_theme(rel)
    html = rv.browser.toPlainText()
    assert "Relasjon" in html and "Da ble det trygt." in html and "B, l. 3" in html
    assert "Og ikke tenke at man skal oppnå noe konkret." in html  # a surrounding line
    rv.resize(700, 600)
    shot(rv, "theme_reader")

    ov = OverlayView()
    qtbot.addWidget(ov)
    ov.set_context(ctx)
    ov.show_transcript(ctx.tids[0])
    assert ov.data is not None and 0 < ov.data.share < 1
    first_unc = ov.data.uncovered[0]
    assert ov.jump(1) == first_unc
    selected = ov.text.textCursor().selectedText().replace("\u2029", "\n")  # Qt paragraph separator
    # the rows carry "number  speaker:" prefixes; without them the selection is the uncovered passage
    source = transcript(ctx.project, ctx.tids[0]).text[first_unc[0]:first_unc[1]]
    assert " ".join(re.sub(r"\n *\d+  (\S+: )? *", " ", selected).split()) == " ".join(source.split())
    rows = ov.text.toPlainText().split("\n")
    assert rows[0] == "1  I: Hva betyr musikken for deg?" and rows[1].startswith("2  A: Det er en ting")
    ov.jump(1)
    assert ov.jump(-1) is not None
    ov.resize(700, 420)
    shot(ov, "overlay")

    iv = InformantView()
    qtbot.addWidget(iv)
    iv.set_context(ctx)
    iv.show()
    qtmodeltester.check(iv.model)
    assert iv.model.index(0, 0).data() in ("Å ha god tid", "Relasjon") and "lines themed" in iv.summary.text()
    shot(iv, "per_informant")

    ap = AttributesPanel()
    qtbot.addWidget(ap)
    ap.set_context(ctx)
    qtmodeltester.check(ap.model)
    ap.add_key("sted")
    col = ap.model.keys.index("sted") + 1
    ap.model.setData(ap.model.index(0, col), "Vest")
    assert informants(ctx.project)[0].attributes == {"rolle": "deltaker", "sted": "Vest"}
    assert mv.key.findData("sted") < 0  # overview panels wait until the burst of writes settles
    ctx.settle_now()
    assert mv.key.findData("sted") >= 0  # the matrix filter learnt the new key
    shot(ap, "attributes")


class FakeWindow(QMainWindow, DockRegistry):
    context_changed = Signal(object)

    def __init__(self) -> None:
        QMainWindow.__init__(self)
        DockRegistry.__init__(self)
        self.ctx = None
        self.menus: dict[str, QMenu] = {}
        self.opened: list[tuple] = []

    def menu(self, name: str) -> QMenu:
        return self.menus.setdefault(name, self.menuBar().addMenu(name))

    def add_dock(self, dock, area) -> None:
        self.addDockWidget(area, dock)

    def show_transcript(self, tid, start=None, end=None) -> None:
        self.opened.append((tid, start, end))


def test_install_adds_docks_and_menu(ctx, qtbot):
    from app.themes.install import install
    w = FakeWindow()
    qtbot.addWidget(w)
    dock, work = install(w)
    w.ctx = ctx
    w.context_changed.emit(ctx)
    names = [a.text() for a in w.menus["Themes"].actions()]
    assert "Cross-case matrix" in names and "Snapshots and comparison…" in names
    t = dock.new_theme("Tema")
    dock.select("area", t)
    assert work.condensation.reader is not None and work.condensation.reader.node.name == "Tema"
    assert isinstance(work, QObject)
    w.resize(1200, 800)
    w.show()
    shot(w, "installed_window")
