"""The welcome page while no project is open: recent projects with counts, New/Open/demo, back after close."""

from __future__ import annotations

from pathlib import Path

from app import settings
from app.main_window import MainWindow
from app.window.welcome import PathRole
from coding.services.codes import create_code
from transcripts.workspace import create_project


def test_welcome_lists_recent_projects_and_opens_them(qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("KONDENS_NO_PLUGINS", "1")
    path = tmp_path / "Masteroppgave.kondens"
    p = create_project(path)
    create_code(p, "mestring")
    p.close()
    settings.add_recent_project(path)
    settings.add_recent_project(tmp_path / "gone.kondens")
    w = MainWindow()
    qtbot.addWidget(w)
    assert w.central.currentWidget() is w.welcome
    items = [w.welcome.recent.item(i) for i in range(w.welcome.recent.count())]
    assert len(items) == 2

    def texts() -> list[str]:
        return [i.text() for i in items]

    # The counts are read on a background thread and filled in when they come back.
    qtbot.waitUntil(lambda: not any("…" in t for t in texts()), timeout=10000)
    assert any(t.startswith("Masteroppgave\n0 transcripts · 1 codes · 0 coded segments") for t in texts())
    assert any("not found" in t for t in texts())
    mine = next(i for i in items if i.data(PathRole) == str(path.resolve()))
    w.welcome.recent.itemClicked.emit(mine)
    qtbot.waitUntil(lambda: w.ctx is not None, timeout=10000)
    assert w.central.currentWidget() is w.split
    w.close_project()
    assert w.central.currentWidget() is w.welcome


def test_welcome_page_reads_no_project_on_the_ui_thread(qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The recent projects' counts come from a background thread: the window's first paint never waits for
    SQLAlchemy or a project's database, and a list made again meanwhile drops the older counts."""
    import threading

    from app.window import welcome

    monkeypatch.setenv("KONDENS_NO_PLUGINS", "1")
    path = tmp_path / "Prosjekt.kondens"
    create_project(path).close()
    settings.add_recent_project(path)
    threads: list[str] = []
    real = welcome.project_counts
    monkeypatch.setattr(welcome, "project_counts", lambda p: (threads.append(threading.current_thread().name),
                                                              real(p))[1])
    w = MainWindow()
    qtbot.addWidget(w)
    page = w.welcome
    qtbot.waitUntil(lambda: "transcripts" in page.recent.item(0).text(), timeout=10000)
    assert threads and threading.main_thread().name not in threads
    page._counted.emit(page._generation - 1, str(path.resolve()), "stale")  # an older listing's answer
    qtbot.wait(20)
    assert "stale" not in page.recent.item(0).text()


def test_welcome_opens_the_demo(qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("KONDENS_NO_PLUGINS", "1")
    monkeypatch.setenv("KONDENS_DEMO_DIR", str(tmp_path / "demo"))
    w = MainWindow()
    qtbot.addWidget(w)
    w.welcome.demo_button.click()
    qtbot.waitUntil(lambda: w.ctx is not None, timeout=60000)
    assert w.ctx is not None and w.ctx.project.path.name == "Demo.kondens"
    assert w.transcripts.rowCount() >= 3
    w.close_project()


def test_quit_is_last_and_help_has_shortcuts_and_data_folder(qtbot, monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from app.window.help import ShortcutsDialog, data_folder

    monkeypatch.setenv("KONDENS_DATA_DIR", str(tmp_path / "data"))
    w = MainWindow()  # with every plug-in, which add to the File menu after the shell
    qtbot.addWidget(w)
    assert w.menu("File").actions()[-1] is w.act_quit
    assert w.menu("File").actions()[-2].isSeparator()
    help_texts = [a.text().replace("&", "") for a in w.menu("Help").actions() if not a.isSeparator()]
    assert help_texts[:2] == ["Keyboard shortcuts", "Open the data folder"]
    d = ShortcutsDialog(w)
    qtbot.addWidget(d)
    assert d.table.rowCount() >= 10 and d.table.item(0, 0).text() == "J / K"
    assert data_folder() == tmp_path / "data" and (tmp_path / "data").is_dir()


def test_an_empty_project_says_how_to_start(qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("KONDENS_NO_PLUGINS", "1")
    path = tmp_path / "Tom.kondens"
    create_project(path).close()
    w = MainWindow()
    qtbot.addWidget(w)
    assert w.open_path(path)
    assert "Ctrl+I" in w.coding_view.editor.placeholderText()
    w.close_project()
    assert w.coding_view.editor.placeholderText() == ""


def test_a_project_that_fails_to_open_is_listed_as_unreadable(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The counting thread never dies on a project being copied or removed meanwhile (sqlite3 errors)."""
    import sqlite3

    from app.window import welcome
    from coding.store import Project

    path = tmp_path / "Halvkopiert.kondens"
    create_project(path).close()

    def broken(*_a: object, **_k: object) -> None:
        raise sqlite3.OperationalError("unable to open database file")

    monkeypatch.setattr(Project, "open", broken)
    assert welcome.project_counts(str(path)) == "cannot be read"


def test_the_welcome_page_has_the_whole_window_when_set_up_after_the_first_paint(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """``kondens gui`` paints the welcome page first and installs the docks after it: Qt shows docks
    added to a visible window a moment later, and they still wait for a project."""
    from PySide6.QtWidgets import QDockWidget

    w = MainWindow(defer=True)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.finish_setup()
    qtbot.wait(50)
    assert [d.windowTitle() for d in w.findChildren(QDockWidget) if d.isVisible()] == []
    path = tmp_path / "Prosjekt.kondens"
    create_project(path).close()
    assert w.open_path(path)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in w.findChildren(QDockWidget)), timeout=5000)
    w.close_project()
    assert [d.windowTitle() for d in w.findChildren(QDockWidget) if d.isVisible()] == []
