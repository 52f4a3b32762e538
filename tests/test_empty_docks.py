"""Every empty dock says what fills it: no list, tree or table of a fresh project is just blank.

The main window opens an empty project, shows every dock and every tab in it, and every item view that has
no rows must show its :class:`app.empty_hint.EmptyHint`; with the demo open, the hints of views that have
data are hidden again.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from PySide6.QtWidgets import QAbstractItemView, QApplication, QDockWidget, QHeaderView, QTabWidget

from app.empty_hint import EmptyHint
from transcripts.workspace import create_project


def _views(window) -> Iterator[tuple[str, QAbstractItemView]]:  # type: ignore[no-untyped-def]
    """Each visible item view of each dock, every tab page shown in turn."""
    for dock in window.findChildren(QDockWidget):
        dock.show()
        dock.raise_()
        tabs = dock.findChildren(QTabWidget)
        pages = [(t, i) for t in tabs for i in range(t.count())] or [(None, 0)]
        for tab, i in pages:
            if tab is not None:
                tab.setCurrentIndex(i)
            for _ in range(5):
                QApplication.processEvents()
            for v in dock.findChildren(QAbstractItemView):
                if v.isVisible() and not isinstance(v, QHeaderView) and v.model() is not None:
                    where = dock.objectName() + (f" / {tab.tabText(i)}" if tab is not None else "")
                    yield f"{where}: {v.objectName() or type(v).__name__}", v


def _hint(v: QAbstractItemView) -> EmptyHint | None:
    hints = v.findChildren(EmptyHint)
    return hints[0] if hints else None


def _window(qtbot, path: Path):  # type: ignore[no-untyped-def]
    from app.main_window import MainWindow

    w = MainWindow()
    qtbot.addWidget(w)
    w.resize(1600, 1000)
    w.show()
    assert w.open_path(path)
    return w


def test_every_empty_view_of_a_new_project_says_what_fills_it(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    create_project(tmp_path / "Ny.kondens").close()
    w = _window(qtbot, tmp_path / "Ny.kondens")
    seen, blank = [], []
    for where, v in _views(w):
        seen.append(where)
        hint = _hint(v)
        if v.model().rowCount() == 0 and (hint is None or not hint.is_shown() or not hint.text().strip()):
            blank.append(where)
    assert len(seen) >= 12, seen  # the code tree, themes, quotes, search, agreement, matrix, … were all looked at
    assert not blank, "blank views: " + ", ".join(blank)
    theme_tree = w.findChild(QDockWidget, "ThemeDock")
    hint = _hint(theme_tree.findChildren(QAbstractItemView)[0])  # rows "Uncategorised", but no theme area yet
    assert hint is not None and hint.is_shown() and "New area" in hint.text()
    w.close()


def test_hints_go_away_when_there_is_something_to_show(qtbot, demo_copy: Path) -> None:  # type: ignore[no-untyped-def]
    w = _window(qtbot, demo_copy)
    shown = {where: _hint(v).is_shown() for where, v in _views(w) if _hint(v) is not None}  # type: ignore[union-attr]
    for where in ("codeTreeDock: codeTree", "journalDock: journalList", "ThemeDock: QTreeView",
                  "QuotesDock: QTableView"):
        assert shown.get(where) is False, (where, shown)
    assert any(s for s in shown.values())  # e.g. the code view before a code is chosen still explains itself
    w.close()
