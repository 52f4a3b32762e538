"""Faults a new user met in the walkthrough of issue 14, outside the window layout (see test_window_layout.py)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow

from app import settings
from app.context import ProjectContext
from app.exports.dialogs import MemberCheckDialog
from app.exports.install import export_folder
from app.guide.dock import LinkLabel
from app.importing.dialog import ImportDialog
from coding.store import Project
from exports.member_check import informants_with_quotes
from tests.test_export_quotes import build
from tests.test_export_ui import FakeWindow
from tests.test_themes_ui import build_hierarchy, ctx  # noqa: F401  (the fixture)
from tests.test_ui_main_window import project_path, window  # noqa: F401  (the fixtures)


def test_export_dialogs_start_beside_the_project_then_where_the_last_export_went(project: Project,
                                                                               tmp_path: Path) -> None:
    pctx = ProjectContext(project)
    # Not the folder Kondens was started from (`make run` starts it in the source tree).
    assert export_folder(pctx) == Path(project.path).parent
    out = tmp_path / "eksport"
    out.mkdir()
    settings.settings().setValue("export/folder", str(out))
    assert export_folder(pctx) == out
    settings.settings().setValue("export/folder", str(tmp_path / "gone"))
    assert export_folder(pctx) == Path(project.path).parent  # a folder since removed is not offered


def test_export_asks_for_a_path_in_the_export_folder(qtbot, project: Project, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                     monkeypatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    from app.exports.install import ExportActions

    w = FakeWindow(ProjectContext(project))
    qtbot.addWidget(w)
    asked: list[str] = []
    target = tmp_path / "ut" / "sitater.docx"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda _p, _t, start, _f: (asked.append(start), (str(target), ""))[1])
    actions = ExportActions(w)
    assert actions._ask_path("Sitater", "Word (*.docx)", "sitater.docx") == str(target)
    assert asked == [str(Path(project.path).parent / "sitater.docx")]
    actions._ask_path("Sitater", "Word (*.docx)", "neste.docx")
    assert asked[-1] == str(target.parent / "neste.docx")  # the folder of the last export


def test_member_check_counts_quotes_in_the_singular_too(qtbot, project: Project) -> None:  # type: ignore[no-untyped-def]
    build(project)
    counts = dict(informants_with_quotes(project))
    mc = MemberCheckDialog(project)
    qtbot.addWidget(mc)
    for i in range(mc.informant.count()):
        label, text = mc.informant.itemData(i), mc.informant.itemText(i)
        assert text.endswith("(1 quote)" if counts[label] == 1 else f"({counts[label]} quotes)"), text
    assert mc.minimumWidth() >= 400  # room for a title and an e-mail address


def test_import_hint_without_informants_says_what_the_letters_will_be(qtbot, project: Project) -> None:  # type: ignore[no-untyped-def]
    d = ImportDialog(ProjectContext(project))
    qtbot.addWidget(d)
    assert "existing" not in d.speaker_hint.text() and "A, B, C" in d.speaker_hint.text()
    assert d.file_list.wordWrap()


def test_step_link_wraps_and_follows_by_mouse_and_keyboard(qtbot) -> None:  # type: ignore[no-untyped-def]
    link = LinkLabel()
    qtbot.addWidget(link)
    link.setText("→ Open the cross-case matrix of theme areas and informants")
    assert link.wordWrap() and link.minimumSizeHint().width() < 200
    hits: list[int] = []
    link.clicked.connect(lambda: hits.append(1))
    link.show()
    qtbot.mouseClick(link, Qt.MouseButton.LeftButton)
    link.setFocus()
    qtbot.keyClick(link, Qt.Key.Key_Return)
    qtbot.keyClick(link, Qt.Key.Key_Space)
    assert len(hits) == 3


def test_journal_stacks_list_and_note_in_a_side_dock(qtbot, project: Project) -> None:  # type: ignore[no-untyped-def]
    from app.memos.journal_dock import JournalDock

    w = FakeWindow(ProjectContext(project))
    qtbot.addWidget(w)
    j = JournalDock(w)  # type: ignore[arg-type]
    w.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, j)
    assert j.split.orientation() == Qt.Orientation.Vertical
    assert j.minimumSizeHint().width() < 260
    w.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, j)
    assert j.split.orientation() == Qt.Orientation.Horizontal
    assert isinstance(w, QMainWindow)


def test_snapshots_dialog_compares_as_it_opens(ctx, qtbot) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    from app.themes.dock import ThemeDock
    from app.themes.snapshots_dialog import SnapshotsDialog

    dock = ThemeDock()
    qtbot.addWidget(dock)
    dock.set_context(ctx)
    t, _rel, _sub = build_hierarchy(dock, ctx)
    first = SnapshotsDialog(ctx)
    qtbot.addWidget(first)
    assert not first.left.toPlainText()  # no snapshot yet: nothing to compare
    first.save("første sortering")
    assert first.changes.toPlainText() == "No changes."  # compared with the current hierarchy at once
    dock.model.setData(dock.model.find("area", t), "Tid og tålmodighet")
    dlg = SnapshotsDialog(ctx)
    qtbot.addWidget(dlg)
    assert "• Tid og tålmodighet" in dlg.right.toPlainText() and dlg.left.toPlainText()
    assert "Theme renamed: Å ha god tid → Tid og tålmodighet" in dlg.changes.toPlainText()


def test_coding_progress_writes_percent_with_a_space() -> None:
    from app.i18n import percent

    assert (percent(0.354), percent(0), percent(1)) == ("35 %", "0 %", "100 %")


def test_welcome_without_recent_projects_keeps_the_hint_under_its_title(qtbot) -> None:  # type: ignore[no-untyped-def]
    from app.window.welcome import WelcomePage

    page = WelcomePage(lambda: None, lambda: None, lambda: None)
    qtbot.addWidget(page)
    page.resize(1600, 950)
    page.show()
    qtbot.waitExposed(page)
    head = page.recent_box.itemAt(0).widget()
    assert page.no_recent.isVisible() and not page.recent.isVisible()
    # Directly below "Recent projects", not floating half a screen further down.
    assert 0 <= page.no_recent.geometry().top() - head.geometry().bottom() < 30


def test_right_click_on_the_text_offers_coding_on_the_clicked_line(window) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    v = window.coding_view
    ed = v.editor
    assert v.transcript is not None
    block = ed.document().findBlockByNumber(3)
    pos = ed.cursorRect(__import__("PySide6.QtGui").QtGui.QTextCursor(block)).center()
    menu = v.text_menu(pos)
    acts = [a for a in menu.actions() if not a.isSeparator()]
    assert acts[:4] == [v.actions.code_line, v.actions.code_turn, v.actions.quick, v.actions.invivo]
    assert len(acts) > 4  # Copy and Select all follow
    assert ed.textCursor().blockNumber() == 3  # the line clicked is the line "code the current line" codes
    menu.deleteLater()


def test_file_menu_puts_import_beside_the_projects_and_help_ends_with_about(window) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    f = window.menu("File").actions()
    imp = window.action("actionImportTranscripts")
    assert f.index(imp) == f.index(window.act_close) + 1
    assert f[-1] is window.act_quit and f[-2].isSeparator()
    assert not any(a.isSeparator() and b.isSeparator() for a, b in zip(f, f[1:], strict=False))
    h = window.menu("Help").actions()
    assert h[-1] is window.act_about and len(h) > 3  # the method guide's entries come before About


def test_bokmal_also_sets_qts_locale_for_its_own_widgets(qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QLocale

    from app.i18n import install_translator

    translators = install_translator(qapp, "nb")
    try:
        # The file dialog's dates and sizes, calendars and spin boxes: Norwegian, whatever the system says.
        assert QLocale().language() == QLocale.Language.NorwegianBokmal
        assert QLocale().toString(1.5, "f", 1) == "1,5"
    finally:
        for t in translators:
            qapp.removeTranslator(t)
    assert install_translator(qapp, "en") == []
