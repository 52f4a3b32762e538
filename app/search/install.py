"""Plug the search dock into the main window: Search menu, Ctrl+F, and the dock itself."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence

from app.search.dock import SearchDock
from app.workbench import Workbench


def install(window: Workbench) -> SearchDock:
    dock = SearchDock(window)
    dock.setProperty("startHidden", True)  # Ctrl+F brings it up
    window.add_dock(dock, Qt.DockWidgetArea.BottomDockWidgetArea)
    act = QAction(QCoreApplication.translate("SearchDock", "&Find in project…"), window)
    act.setObjectName("actionSearch")
    window.register_action(act)
    act.setShortcut(QKeySequence.StandardKey.Find)
    act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)

    def focus() -> None:
        dock.show()
        dock.raise_()
        dock.query.setFocus()
        dock.query.selectAll()

    act.triggered.connect(focus)
    window.menu("Search").addAction(act)
    window.addAction(act)  # type: ignore[attr-defined]  # the workbench is the QMainWindow
    window.register_dock("search", dock)
    return dock
