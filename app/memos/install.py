"""Plug the memo dock and the journal (reflection notes) dock into the main window."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from app.memos.journal_dock import JournalDock
from app.memos.memo_dock import MemoDock


def install(window: Any) -> None:
    memo = MemoDock(window)
    journal = JournalDock(window)
    window.add_dock(memo, Qt.DockWidgetArea.RightDockWidgetArea)
    window.add_dock(journal, Qt.DockWidgetArea.RightDockWidgetArea)
    window.tabifyDockWidget(memo, journal) if hasattr(window, "tabifyDockWidget") else None
    memo.raise_()
    if hasattr(window, "resizeDocks"):
        window.resizeDocks([memo], [300], Qt.Orientation.Horizontal)
    window.memo_dock = memo
    window.journal_dock = journal
    # Follow what the user is looking at: the code tree (if installed before or after us) and the reader.
    view = getattr(window, "coding_view", None)
    if view is not None:
        if hasattr(view, "segment_selected"):
            view.segment_selected.connect(lambda sid: memo.set_target("segment", sid) if sid else None)
        if hasattr(view, "transcript_opened"):
            view.transcript_opened.connect(lambda tid: memo.set_target("transcript", tid) if tid else None)
    tree = getattr(window, "code_tree_dock", None)
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
