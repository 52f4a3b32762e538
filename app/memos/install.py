"""Plug the memo dock and the journal (reflection notes) dock into the main window."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from app.memos.journal_dock import JournalDock
from app.memos.memo_dock import MemoDock
from app.workbench import Workbench


def install(window: Workbench) -> None:
    memo = MemoDock(window)
    journal = JournalDock(window)
    window.add_dock(memo, Qt.DockWidgetArea.RightDockWidgetArea)
    window.add_dock(journal, Qt.DockWidgetArea.RightDockWidgetArea)
    window.tabifyDockWidget(memo, journal)  # type: ignore[attr-defined]  # the workbench is the QMainWindow
    memo.raise_()
    window.register_dock("memo", memo)
    window.register_dock("journal", journal)
    # Follow what the user is looking at: the code tree (installed before us: plug-ins load sorted) and the reader.
    view = window.coding_view
    view.segment_selected.connect(lambda sid: memo.set_target("segment", sid) if sid else None)
    view.transcript_opened.connect(lambda tid: memo.set_target("transcript", tid) if tid else None)
    tree = window.dock("code_tree")
    if tree is not None:
        connect_tree(tree, memo)


def connect_tree(tree: Any, memo: MemoDock) -> None:
    tree.current_code_changed.connect(lambda cid: memo.set_target("code", cid) if cid else None)

    def requested(kind: str, tid: int) -> None:
        memo.set_target(kind, tid)
        memo.show()
        memo.raise_()
        memo.edit.setFocus()

    tree.memo_requested.connect(requested)
