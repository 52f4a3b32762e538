"""Plug the code tree, the cross-case code view and the progress dialog into the main window."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction

from app.codes.code_view import CodeViewDock
from app.codes.dock import CodeTreeDock
from app.codes.progress import ProgressDialog
from app.workbench import Workbench


def install(window: Workbench) -> None:
    tree = CodeTreeDock(window)
    view = CodeViewDock(window)
    window.add_dock(tree, Qt.DockWidgetArea.LeftDockWidgetArea)
    window.add_dock(view, Qt.DockWidgetArea.BottomDockWidgetArea)
    window.register_dock("code_tree", tree)
    window.register_dock("code_view", view)
    # The reader needs the room; the code view opens when a code is activated or from Code ▸ Code view.
    view.hide()
    # Search and the reader code with the code selected here.
    window.set_current_code_provider(lambda: tree.current_code_id)
    tree.current_code_changed.connect(lambda cid: view.show_code(cid or None))
    tree.code_activated.connect(lambda cid: (view.show_code(cid), view.show(), view.raise_()))
    tree.split_source = view.selected_segment_ids

    menu = window.menu("Code")
    menu.addSeparator()

    def add(text: str, slot: Any, name: str) -> QAction:
        a = QAction(text, window)
        a.setObjectName(name)
        a.triggered.connect(lambda _=False: slot())
        menu.addAction(a)
        window.register_action(a)
        return a

    def need_ctx(fn: Any) -> Any:
        def run() -> None:
            if window.ctx is not None:
                tree._guard(fn)
        return run

    actions = [
        add(QCoreApplication.translate("CodeMenu", "New code…"), need_ctx(tree.new_code), "actionNewCode"),
        add(QCoreApplication.translate("CodeMenu", "Merge code into…"), need_ctx(tree.merge_current_into), "actionMergeCode"),
        add(QCoreApplication.translate("CodeMenu", "Split code…"), need_ctx(tree.split_current), "actionSplitCode"),
        add(QCoreApplication.translate("CodeMenu", "Code view"), lambda: (view.show(), view.raise_()), "actionCodeView"),
    ]

    def show_progress() -> None:
        if window.ctx is None:
            return
        dlg = ProgressDialog(window.ctx, window)  # type: ignore[arg-type]  # the workbench is the window
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.show()

    actions.append(add(QCoreApplication.translate("CodeMenu", "Coding progress…"), show_progress, "actionProgress"))

    def enable(ctx: Any) -> None:
        for a in actions:
            a.setEnabled(ctx is not None)

    window.context_changed.connect(enable)
    enable(window.ctx)
