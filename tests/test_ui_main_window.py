"""The main window: opening a project, reading a transcript, the plug-in API, models and settings."""

from __future__ import annotations

import sys
import types
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QLabel

from app import settings
from app.main_window import MENU_ORDER, MainWindow
from app.window.transcript_model import TranscriptListModel
from coding import queries
from coding.dto import TranscriptSummary
from coding.services.codes import apply_code
from coding.services.transcripts import add_transcript
from coding.store import Project
from tests.test_ui_support import add_codes, synthetic


@pytest.fixture
def project_path(tmp_path: Path) -> Path:
    path = tmp_path / "studie.kondens"
    p = Project.create(path)
    nt = synthetic(400, seed=11)
    tid = int(add_transcript(p, nt).value)
    add_transcript(p, synthetic(300, seed=12, title="Intervju B", informant="B"))
    (c1,) = add_codes(p, ["trygghet"])
    apply_code(p, tid, nt.lines[1].start, nt.lines[2].end, c1)
    p.close()
    return path


@pytest.fixture
def window(qtbot, project_path: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    settings.set_coder("TS")
    w = MainWindow()
    qtbot.addWidget(w)
    assert w.open_path(project_path)
    w.resize(1200, 800)
    w.show()
    qtbot.waitExposed(w)
    return w


def test_transcript_model_passes_modeltester(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    m = TranscriptListModel()
    rows = [TranscriptSummary(1, "Intervju A", 1, "A", "docx", 9000, "", 400),
            TranscriptSummary(2, "Intervju B", None, None, "txt", 100, "", 0)]
    m.set_rows(rows, {1: 100})
    qtmodeltester.check(m)
    assert m.data(m.index(0, m.CODED)) == "25 %" and m.data(m.index(1, m.CODED)) == "0 %"
    assert m.data(m.index(1, m.INFORMANT)) == ""
    m.set_coded(2, 0)
    m.rename(1, "Ny tittel")
    assert m.data(m.index(0, 0)) == "Ny tittel"
    qtmodeltester.check(m)


def test_open_project_and_read_transcript(window: MainWindow, project_path: Path) -> None:
    w = window
    assert w.ctx is not None and w.transcripts.rowCount() == 2
    assert w.transcripts.data(w.transcripts.index(0, 1)) == "A"
    assert w.transcripts.coded_percent(0) > 0 and w.transcripts.coded_percent(1) == 0
    view = w.coding_view
    t = view.transcript
    assert t is not None and t.title == "Intervju A"
    assert view.editor.document().toRawText().replace("\u2029", "\n").replace("\u2028", " ") == t.text
    rows = view.gutter.rows()
    numbers = [view.editor.index.lines[i].number for i, _, _ in rows]
    assert numbers[:5] == [1, 2, 3, 4, 5]
    tops = [top for _, top, _ in rows]
    assert tops == sorted(tops) and len(set(tops)) == len(tops)  # each line starts on its own row
    speakers = [view.editor.index.speaker(i) for i, _, _ in rows if view.editor.index.is_turn_start(i)]
    assert speakers[:4] == ["I", "A", "I", "A"]
    assert len(view.editor.table.segments) == 1 and view.margin.stripes()
    # Open the other transcript by clicking in the list.
    w.transcript_list.clicked.emit(w.transcripts.index(1, 0))
    assert view.transcript is not None and view.transcript.title == "Intervju B"
    assert not view.editor.table.segments and not view.margin.stripes()
    assert str(project_path.resolve()) == settings.recent_projects()[0]
    w.grab().save(str(project_path.parent / "window.png"))


def test_plugin_api(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    w = window
    seen: list[object] = []
    w.context_changed.connect(seen.append)
    titles = [a.text().replace("&", "") for a in w.menuBar().actions()]
    w.menu("Search")
    w.menu("Export")
    w.menu("Themes")
    titles = [a.text().replace("&", "") for a in w.menuBar().actions()]
    # Plug-ins may have added more menus (Project, …); the known ones keep the fixed order.
    assert [t for t in titles if t in MENU_ORDER] == [n for n in MENU_ORDER if n in titles]
    assert {"File", "Edit", "Code", "Themes", "Search", "Export", "View", "Help"} <= set(titles)
    w.menu("Zusatz")
    titles = [a.text().replace("&", "") for a in w.menuBar().actions()]
    assert titles.index("Zusatz") < titles.index("Help")
    assert w.menu("Search") is w.menu("Search")
    assert MENU_ORDER[:3] == ["File", "Edit", "Code"]
    dock = QDockWidget("Koder", w)
    dock.setWidget(QLabel("x"))
    w.add_dock(dock)
    assert dock.toggleViewAction() in w.menu("View").actions()
    assert w.dockWidgetArea(dock) == Qt.DockWidgetArea.RightDockWidgetArea
    t = w.coding_view.transcript
    assert t is not None
    ln = t.lines[5]
    w.show_transcript(t.id, ln.start, ln.end)
    assert w.current_selection() == (t.id, ln.start, ln.end)
    w.show_transcript(t.id, ln.start)
    assert w.current_selection() == (t.id, ln.start, ln.end)  # no selection: the current line
    w.close_project()
    assert w.ctx is None and seen == [None] and w.current_selection() is None


def test_plugins_are_discovered_and_failures_logged(qtbot, monkeypatch, caplog) -> None:  # type: ignore[no-untyped-def]
    import app

    pkg_dir = Path(app.__path__[0])
    calls: list[MainWindow] = []
    good = types.ModuleType("app.zz_good.install")
    good.install = calls.append  # type: ignore[attr-defined]
    bad = types.ModuleType("app.zz_bad.install")

    def boom(_w: MainWindow) -> None:
        raise RuntimeError("broken plug-in")

    bad.install = boom  # type: ignore[attr-defined]
    import pkgutil

    real = pkgutil.iter_modules
    monkeypatch.setattr(pkgutil, "iter_modules", lambda path=None, prefix="": list(real(path, prefix)) + [
        pkgutil.ModuleInfo(None, "zz_bad", True), pkgutil.ModuleInfo(None, "zz_good", True)]  # type: ignore[arg-type]
        if path == app.__path__ else real(path, prefix))
    import importlib.util

    real_find = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda n, *a: object() if n.startswith("app.zz_") else
                        real_find(n, *a))
    monkeypatch.setitem(sys.modules, "app.zz_good.install", good)
    monkeypatch.setitem(sys.modules, "app.zz_bad.install", bad)
    w = MainWindow()
    qtbot.addWidget(w)
    assert calls == [w]
    assert "app.zz_bad.install" in caplog.text and pkg_dir.is_dir()


def test_readonly_project_disables_writes(qtbot, project_path: Path) -> None:  # type: ignore[no-untyped-def]
    w = MainWindow()
    qtbot.addWidget(w)
    assert w.open_path(project_path, readonly=True)
    acts = w.coding_view.actions
    assert not acts.code_line.isEnabled() and not acts.quick.isEnabled()
    assert acts.next_uncoded.isEnabled()
    assert "read-only" in w.windowTitle()


def test_bad_path_warns_and_keeps_state(qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    w = MainWindow()
    qtbot.addWidget(w)
    assert not w.open_path(tmp_path / "nope.kondens")
    assert w.ctx is None and shown and "does not exist" in shown[0]


def test_geometry_is_remembered(qtbot, project_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("KONDENS_NO_PLUGINS", "1")  # plug-in docks raise the minimum size beyond the offscreen screen
    w = MainWindow()
    qtbot.addWidget(w)
    hint = w.minimumSizeHint()  # the toolbar decides the minimum; stay above it so nothing clamps
    size = (max(701, hint.width() + 17), max(511, hint.height() + 13))
    w.resize(*size)
    w.show()
    w.close()
    w2 = MainWindow()
    qtbot.addWidget(w2)
    assert (w2.width(), w2.height()) == size
    text = (settings.config_dir() / "kondens.ini").read_text(errors="replace")
    assert "Intervju" not in text and "trygghet" not in text


def test_segments_in_db_match_view(window: MainWindow) -> None:
    assert window.ctx is not None and window.coding_view.transcript is not None
    db = {s.id for s in queries.segments(window.ctx.project, window.coding_view.transcript.id)}
    assert db == set(window.coding_view.editor.table.segments)


def test_window_is_the_typed_workbench(window: MainWindow) -> None:
    from app.codes.dock import CodeTreeDock
    from app.workbench import Workbench

    w = window
    assert isinstance(w, Workbench)
    tree = w.dock("code_tree")
    assert isinstance(tree, CodeTreeDock) and w.dock("nothing") is None
    for name in ("code_view", "memo", "journal", "search"):
        assert w.dock(name) is not None, name
    # Plug-ins register what they share instead of hanging attributes on the window.
    assert not any(hasattr(w, n) for n in ("code_tree_dock", "code_view_dock", "memo_dock", "search_dock"))
    new_code = w.action("actionNewCode")
    assert new_code is not None and new_code in w.menu("Code").actions()
    assert w.action("actionSearch") is not None and w.action("actionImportTranscripts") is not None
    assert w.current_code_id() is None
    cid = next(iter(tree.model.nodes))
    tree.select_code(cid)
    assert w.current_code_id() == cid


def test_the_shown_transcripts_coded_share_follows_another_coders_change(window: MainWindow) -> None:
    """A change that arrives from another client (team project: only its ids, the view reads the segments
    after it) updates the list's "Coded" column once the view holds it, as a local coding does."""
    w = window
    ctx = w.ctx
    assert ctx is not None
    t = w.coding_view.transcript
    assert t is not None
    row = w.transcripts.row_of(t.id)
    before = w.transcripts.coded_percent(row)
    uncoded = [ln for ln in t.lines if not any(s.start < ln.end and ln.start < s.end
                                                for s in w.coding_view.editor.table.segments.values())]
    line = max(uncoded, key=lambda ln: ln.end - ln.start)
    code_id = next(iter(w.coding_view.codes))
    changes = apply_code(ctx.project, t.id, line.start, line.end, code_id, coder="Ola")  # as the other client
    ctx._on_remote(changes)
    ctx.wait_idle()
    after_remote = w.transcripts.coded_percent(row)
    assert after_remote > before
    # A local coding keeps it current too.
    other = max((ln for ln in uncoded if ln is not line), key=lambda ln: ln.end - ln.start)
    ctx.run("code", apply_code, t.id, other.start, other.end, code_id)
    ctx.wait_idle()
    assert w.transcripts.coded_percent(row) > after_remote
