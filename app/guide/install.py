"""Plug the method guide into the main window: the "Steps" dock, its links to the views that do each
step, the read trackers on the coding view and the transcript overlay, and Help ▸ Method guide.

Other plug-ins are found by object name (``codeTreeDock``, ``ThemeDock``, ``ThemeWorkspace``,
``journalDock``) when a link is followed, so the install order does not matter and a missing plug-in
only disables its link.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QDockWidget, QMessageBox
from sqlalchemy import select

from app.guide.dock import StepsDock
from app.guide.tracker import ReadTracker
from coding.services.method_guide import reading_states

WORKSPACE_TABS = {"condensation": "condensation", "matrix": "matrix", "overlay": "overlay"}


class GuideLinks:
    """Follows a step's link: raises the dock or opens the view that does the step."""

    def __init__(self, window: Any, dock: StepsDock) -> None:
        self.window = window
        self.dock = dock
        self.overlay_tracker: ReadTracker | None = None

    def find_dock(self, name: str) -> QDockWidget | None:
        d = self.window.findChild(QDockWidget, name)
        return d if isinstance(d, QDockWidget) else None

    def raise_dock(self, name: str) -> QDockWidget | None:
        d = self.find_dock(name)
        if d is not None:
            d.show()
            d.raise_()
        return d

    def workspace_tab(self, attr: str) -> Any:
        work = self.raise_dock("ThemeWorkspace")
        view = getattr(work, attr, None) if work is not None else None
        if work is not None and view is not None:
            getattr(work, "tabs").setCurrentWidget(view)  # noqa: B009
        return view

    def _first(self, kind: str, then: Any) -> None:
        """``then(transcript_id)``: the first transcript not yet marked ``kind`` (None: all are), read on
        the executor."""
        ctx = self.window.ctx
        if ctx is None:
            then(None)
            return
        ctx.read("Reading marks", _first_unmarked, kind,
                 on_done=lambda tid: then(tid) if self.window.ctx is ctx else None)

    def follow(self, target: str) -> None:
        ctx = getattr(self.window, "ctx", None)
        if target == "transcripts":
            def open_first(tid: int | None) -> None:
                if tid is not None:
                    self.window.show_transcript(tid)
                else:
                    self.window.transcript_list.setFocus()

            self._first("read", open_first)
        elif target == "codes":
            self.raise_dock("codeTreeDock")
        elif target == "themes":
            self.raise_dock("ThemeDock")
        elif target == "journal":
            self.raise_dock("journalDock")
        elif target == "snapshots":
            self.raise_dock("ThemeDock")
            if ctx is not None:
                from app.themes.snapshots_dialog import SnapshotsDialog

                dlg = SnapshotsDialog(ctx, self.window)
                dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
                dlg.open()
        elif target in WORKSPACE_TABS:
            view = self.workspace_tab(WORKSPACE_TABS[target])
            if target == "condensation":
                self.select_unfinished_theme()
            if target == "overlay" and view is not None:
                self.hook_overlay(view)

                def reread_first(tid: int | None) -> None:
                    if tid is not None:
                        view.show_transcript(tid)
                        if self.overlay_tracker is not None:
                            self.overlay_tracker.start(tid)

                self._first("reread", reread_first)

    def select_unfinished_theme(self) -> None:
        """Show the first subgroup (else area) still missing a condensate or a golden quote, else the first."""
        ctx = getattr(self.window, "ctx", None)
        tree = self.find_dock("ThemeDock")
        if ctx is None or tree is None or not hasattr(tree, "select"):
            return

        def chosen(pick: tuple[str, int] | None) -> None:
            if pick is not None and self.window.ctx is ctx:
                tree.select(*pick)

        ctx.read("Unfinished theme", _unfinished_theme, on_done=chosen)

    def hook_overlay(self, view: Any) -> None:
        """Count re-reading in the overlay's text view (once)."""
        if self.overlay_tracker is not None or not hasattr(view, "text"):
            return
        tracker = ReadTracker(view.text, self.dock)
        self.overlay_tracker = tracker

        def restart() -> None:
            data = getattr(view, "data", None)
            tracker.start(getattr(data, "transcript_id", None))

        view.text.textChanged.connect(restart)
        tracker.read_through.connect(lambda tid: self.dock.auto_mark(tid, "reread"))
        restart()


def _first_unmarked(project: Any, kind: str) -> int | None:
    return next((s.transcript_id for s in reading_states(project) if not getattr(s, kind)), None)


def _unfinished_theme(project: Any) -> tuple[str, int] | None:
    """Executor side: the first subgroup (else area) still missing a condensate or a golden quote, else
    the first; None without theme areas."""
    from coding.queries import theme_nodes
    from coding.store.models import Quote

    nodes = theme_nodes(project)
    with project.read() as s:
        golden = set(s.scalars(select(Quote.theme_id).where(Quote.golden == 1)))
    has_sub = {n.parent_id for n in nodes if n.kind == "subgroup"}
    leaves = [n for n in nodes if n.kind == "subgroup" or n.id not in has_sub]
    pick = next((n for n in leaves if not n.summary.strip() or n.id not in golden), None)
    pick = pick or (leaves[0] if leaves else None)
    return (pick.kind, pick.id) if pick is not None else None


def install(window: Any) -> StepsDock:
    dock = StepsDock(window)
    dock.setProperty("startRaised", True)  # on the first start the steps are in front of the memo tabs
    window.add_dock(dock, Qt.DockWidgetArea.RightDockWidgetArea)
    links = GuideLinks(window, dock)
    dock.links = links  # type: ignore[attr-defined]
    dock.link_requested.connect(links.follow)
    window.context_changed.connect(dock.set_context)
    if getattr(window, "ctx", None) is not None:
        dock.set_context(window.ctx)
    view = getattr(window, "coding_view", None)
    if view is not None:
        reader = ReadTracker(view.editor, dock)
        dock.reader_tracker = reader  # type: ignore[attr-defined]
        view.transcript_opened.connect(reader.start)
        view.transcript_opened.connect(dock.set_current_transcript)
        reader.read_through.connect(lambda tid: dock.auto_mark(tid, "read"))

    def hook_later() -> None:  # the theme plug-in installs after us (alphabetical order)
        work = links.find_dock("ThemeWorkspace")
        overlay = getattr(work, "overlay", None)
        if overlay is not None:
            links.hook_overlay(overlay)
        memo = links.find_dock("memoDock")
        if memo is not None and getattr(window, "_saved_state", None) is None and hasattr(window, "tabifyDockWidget"):
            # First start: the guide shares the memo/journal column at full height and is shown first.
            window.tabifyDockWidget(memo, dock)
            dock.raise_()

    QTimer.singleShot(0, hook_later)

    def show_guide() -> None:
        dock.show()
        dock.raise_()

    def about_method() -> None:
        QMessageBox.information(window, QCoreApplication.translate("GuideInstall", "Method guide"), QCoreApplication.translate("GuideInstall",
            "The Steps panel follows the analysis recipe chosen for this project: the seven steps of "
            "thematic content analysis, or Malterud's four steps of systematic text condensation. "
            "Each step shows the project's own progress, counted from its data, and links to the view "
            "that does it. A transcript counts as read once every part of it has been on screen in the "
            "coding view (re-read: in the transcript overlay); the buttons set or clear the mark."))

    # The method is a project setting: also under Project, beside the other project-wide choices.
    method_menu = window.menu("Project").addMenu(QCoreApplication.translate("GuideInstall", "Analysis method"))
    method_menu.setObjectName("menuAnalysisMethod")
    for i in range(dock.method_box.count()):
        a = method_menu.addAction(dock.method_box.itemText(i))
        a.setCheckable(True)
        a.setData(dock.method_box.itemData(i))
        a.triggered.connect(lambda _c=False, i=i: dock.method_box.setCurrentIndex(i))

    def sync_method_menu() -> None:
        has = getattr(window, "ctx", None) is not None
        for a in method_menu.actions():
            a.setChecked(a.data() == dock.method_box.currentData())
            a.setEnabled(has and dock.method_box.isEnabled())

    method_menu.aboutToShow.connect(sync_method_menu)

    help_menu = window.menu("Help")
    act = help_menu.addAction(QCoreApplication.translate("GuideInstall", "Method guide (Steps)"), show_guide)
    act.setObjectName("actionMethodGuide")
    help_menu.addAction(QCoreApplication.translate("GuideInstall", "How the method guide measures progress…"), about_method)
    return dock
