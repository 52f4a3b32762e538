"""The transcript list: F2 renames in place, the context menu deletes (with confirmation) and opens the
replace dialog; each is one undo step; the replace report lists segments to check by reference."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QMenu

from app import settings
from app.importing.dialog import ImportDialog
from app.importing.replace import ReimportReportDialog, reimport_in_gui
from app.main_window import MainWindow
from coding import queries
from coding.store import Project
from tests.reimport_helpers import code_every_informant_line, interview, write
from transcripts.deid.types import Tagger
from transcripts.importing import commit_import, plan_import
from transcripts.importing.reimport import prepare_reimport


@pytest.fixture
def project_path(tmp_path: Path) -> Path:
    path = tmp_path / "studie.kondens"
    p = Project.create(path)
    for seed in (1, 2):
        tid = int(commit_import(p, plan_import(p, write(tmp_path / f"i{seed}.txt", interview(8, seed=seed)))).value)
        code_every_informant_line(p, tid)
    p.close()
    return path


@pytest.fixture
def window(qtbot, project_path: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    settings.set_coder("TS")
    w = MainWindow()
    qtbot.addWidget(w)
    assert w.open_path(project_path)
    w.show()
    qtbot.waitExposed(w)
    return w


def _titles(w: MainWindow) -> list[str]:
    assert w.ctx is not None
    return [t.title for t in queries.transcript_summaries(w.ctx.project)]


def test_f2_renames_in_place_and_undo_restores(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    w = window
    assert _titles(w) == ["Intervju A", "Intervju B"]
    w.transcript_list.setFocus()
    w.transcript_list.setCurrentIndex(w.transcripts.index(1, 0))
    qtbot.keyClick(w.transcript_list, Qt.Key.Key_F2)
    editor = w.transcript_list.findChild(QLineEdit)
    assert editor is not None and editor.text() == "Intervju B"
    editor.selectAll()
    qtbot.keyClicks(editor, "Samtale med B")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _titles(w) == ["Intervju A", "Samtale med B"])  # the delegate commits queued
    assert w.transcripts.data(w.transcripts.index(1, 0)) == "Samtale med B"
    w.act_undo.trigger()
    assert _titles(w) == ["Intervju A", "Intervju B"]
    assert w.transcripts.data(w.transcripts.index(1, 0)) == "Intervju B"


def test_context_menu_delete_asks_and_undo_brings_it_back(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    w = window
    acts = w.transcript_actions
    asked: list[object] = []
    acts.confirm = lambda parent, plan: asked.append(plan) or False  # type: ignore[assignment,func-returns-value]
    w.transcript_list.setCurrentIndex(w.transcripts.index(0, 0))
    assert w.coding_view.transcript is not None and w.coding_view.transcript.title == "Intervju A"
    # the menu shows rename, replace and delete
    shown: list[list[str]] = []

    def grab_menu() -> None:
        menu = next(m for m in QApplication.topLevelWidgets() if isinstance(m, QMenu) and m.isVisible())
        shown.append([a.text() for a in menu.actions() if a.text()])
        menu.close()

    from PySide6.QtCore import QTimer

    QTimer.singleShot(50, grab_menu)
    w.transcript_list.customContextMenuRequested.emit(w.transcript_list.visualRect(w.transcripts.index(0, 0)).center())
    qtbot.waitUntil(lambda: bool(shown))
    assert shown[0] == ["Rename", "Replace transcript…", "Delete transcript…"]
    acts.act_delete.trigger()
    assert len(asked) == 1 and asked[0].segments > 30 and _titles(w) == ["Intervju A", "Intervju B"]
    acts.confirm = lambda parent, plan: True  # type: ignore[assignment]
    acts.act_delete.trigger()
    assert _titles(w) == ["Intervju B"] and w.transcripts.rowCount() == 1
    qtbot.waitUntil(lambda: w.coding_view.transcript is None or w.coding_view.transcript.title == "Intervju B")
    w.act_undo.trigger()
    assert _titles(w) == ["Intervju A", "Intervju B"]
    assert w.ctx is not None and len(queries.segments(w.ctx.project, 1)) > 30


def test_replace_opens_the_import_dialog_and_reports(window: MainWindow, qtbot, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                     monkeypatch) -> None:
    w = window
    w.transcript_list.setCurrentIndex(w.transcripts.index(1, 0))
    w.transcript_actions.act_replace.trigger()
    dialog = next(d for d in w.findChildren(ImportDialog) if d.isVisible())
    assert dialog.replace_transcript == 2 and "Intervju B" in dialog.windowTitle()
    dialog.close()
    # the commit half: what the dialog calls once the review is done
    turns = interview(8, seed=2)
    turns[3][1][0] = turns[3][1][0].replace(" i uke ", " i uka ")
    assert w.ctx is not None
    before = queries.segments(w.ctx.project, 2)
    plan = plan_import(w.ctx.project, write(tmp_path / "i2.txt", turns))
    prepare_reimport(w.ctx.project, 2, plan)
    shown: list[ReimportReportDialog] = []
    monkeypatch.setattr(ReimportReportDialog, "exec", lambda self: shown.append(self) or 0)
    report = reimport_in_gui(w.ctx, 2, plan, plan.choices(), plan.spans, Tagger(plan.lang), w)
    assert report is not None and report.count("changed") >= 1
    assert len(queries.segments(w.ctx.project, 2)) == len(before)
    rows = [shown[0].items.item(i).text() for i in range(shown[0].items.count())]
    assert rows and all(", l. " in r and r.count("B, l. ") == 2 for r in rows)
    w.act_undo.trigger()
    assert [(s.id, s.start, s.end) for s in queries.segments(w.ctx.project, 2)] == \
        [(s.id, s.start, s.end) for s in before]


def test_import_dialog_in_replace_mode_reviews_and_replaces(window: MainWindow, qtbot, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                            monkeypatch) -> None:
    """The whole path: the dialog reads the file (speakers get the transcript's pseudonyms, the same file
    is no duplicate), the user unticks a proposal, Import replaces the text and closes the dialog."""
    w = window
    assert w.ctx is not None
    turns = interview(8, seed=1)
    src = write(tmp_path / "i1.txt", turns)  # the very file transcript 1 came from
    dialog = ImportDialog(w.ctx, w, replace_transcript=1)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.runner.finished, timeout=30000):
        dialog.add_files([str(src)])
    plan = dialog.plans[0]
    assert plan.duplicate_of is None and [sp.pseudonym for sp in plan.speakers] == ["I", "A"]
    assert "(already imported)" not in dialog.file_list.item(0).text()
    kari = next(e for e in dialog.batch.entities if e.label == "Kari")
    dialog.batch.set_accepted(kari.eid, False)  # as unticking the entity in the review does
    shown: list[ReimportReportDialog] = []
    monkeypatch.setattr(ReimportReportDialog, "exec", lambda self: shown.append(self) or 0)
    before = len(queries.segments(w.ctx.project, 1))
    dialog.start_import()
    assert shown and dialog.result() == ImportDialog.DialogCode.Accepted and dialog.plans == []
    t = queries.transcript(w.ctx.project, 1)
    assert "Kari" in t.text and t.title == "Intervju A"  # the review's choice (a test name) was stored
    assert len(queries.segments(w.ctx.project, 1)) == before
    assert shown[0].items.count() >= 1  # segments holding the tag now hold the word: listed
    w.act_undo.trigger()
    assert "Kari" not in queries.transcript(w.ctx.project, 1).text
