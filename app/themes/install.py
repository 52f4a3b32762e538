"""Wire the theme views into the main window: the hierarchy dock, a tabbed analysis dock
(condensation, theme reader, overlay, per informant, matrix, informant attributes) and the
"Themes" menu. Called once at start by the main window (``install(window)``)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QFileDialog, QInputDialog, QMessageBox, QTabWidget

from app.themes.attributes_panel import AttributesPanel
from app.themes.condensation import CondensationEditor
from app.themes.dock import ThemeDock
from app.themes.informant_view import InformantView
from app.themes.matrix_view import MatrixView
from app.themes.overlay import OverlayView
from app.themes.reader import ThemeReaderView
from app.themes.snapshots_dialog import SnapshotsDialog
from app.workbench import Workbench
from coding.errors import KondensError
from coding.snapshots import save_snapshot
from exports.matrix import write_matrix_csv


class ThemeWorkspace(QDockWidget):
    """The analysis views that follow the theme chosen in the hierarchy dock."""

    def __init__(self, window: Workbench) -> None:
        super().__init__("Themes: condensation and recontextualisation", window)
        self.setObjectName("ThemeWorkspace")
        opener = window.show_transcript
        self.condensation = CondensationEditor(open_transcript=opener)
        self.reader = ThemeReaderView(open_transcript=opener)
        self.overlay = OverlayView()
        self.informants = InformantView()
        self.matrix = MatrixView(open_transcript=opener)
        self.attributes = AttributesPanel()
        self.tabs = QTabWidget()
        for w, name in ((self.condensation, "Condensation"), (self.reader, "Theme reader"),
                        (self.overlay, "Transcript overlay"), (self.informants, "Per informant"),
                        (self.matrix, "Matrix"), (self.attributes, "Informant attributes")):
            self.tabs.addTab(w, name)
        self.setWidget(self.tabs)

    def views(self) -> list[Any]:
        return [self.condensation, self.reader, self.overlay, self.informants, self.matrix, self.attributes]


def install(window: Workbench) -> tuple[ThemeDock, ThemeWorkspace]:
    dock = ThemeDock(window)
    work = ThemeWorkspace(window)
    window.add_dock(dock, Qt.DockWidgetArea.LeftDockWidgetArea)
    work.setProperty("startHidden", True)  # the Themes menu brings it up
    window.add_dock(work, Qt.DockWidgetArea.BottomDockWidgetArea)

    def on_theme(theme_id: int | None) -> None:
        work.condensation.load(theme_id)
        work.reader.show_theme(theme_id)

    dock.theme_selected.connect(on_theme)

    def set_context(ctx: Any) -> None:
        dock.set_context(ctx)
        for v in work.views():
            v.set_context(ctx)

    window.context_changed.connect(set_context)
    ctx0 = window.ctx
    if ctx0 is not None:
        set_context(ctx0)

    def show(tab: QDockWidget | Any) -> None:
        work.show()
        work.raise_()
        work.tabs.setCurrentWidget(tab)

    def need_ctx() -> Any:
        ctx = window.ctx
        if ctx is None:
            QMessageBox.information(window, "Themes", "Open a project first.")
        return ctx

    def quick_snapshot() -> None:
        ctx = need_ctx()
        if ctx is None:
            return
        name, ok = QInputDialog.getText(window, "Save snapshot", "Name of this version of the hierarchy:")
        if ok and name.strip():
            ctx.run(f"Save snapshot {name}", save_snapshot, name)

    def snapshots() -> None:
        ctx = need_ctx()
        if ctx is not None:
            SnapshotsDialog(ctx, window).exec()

    def export_csv() -> None:
        ctx = need_ctx()
        if ctx is None:
            return
        path, _ = QFileDialog.getSaveFileName(window, "Export matrix", "matrix.csv", "CSV (*.csv)")
        if path:
            try:
                write_matrix_csv(ctx.project, path, work.matrix.measure.currentData(), work.matrix.filters())
            except (OSError, KondensError) as e:
                QMessageBox.warning(window, "Export matrix", str(e))

    menu = window.menu("Themes")
    menu.addAction("Theme hierarchy", lambda: (dock.show(), dock.raise_()))
    menu.addAction("New theme area…", lambda: dock.new_theme())
    menu.addAction("New research question…", lambda: dock.new_question())
    menu.addSeparator()
    menu.addAction("Condensation editor", lambda: show(work.condensation))
    menu.addAction("Theme reader", lambda: show(work.reader))
    menu.addAction("Transcript overlay", lambda: show(work.overlay))
    menu.addAction("Per informant", lambda: show(work.informants))
    menu.addAction("Cross-case matrix", lambda: show(work.matrix))
    menu.addAction("Informant attributes", lambda: show(work.attributes))
    menu.addSeparator()
    menu.addAction("Save snapshot…", quick_snapshot)
    menu.addAction("Snapshots and comparison…", snapshots)
    menu.addAction("Export matrix as CSV…", export_csv)
    return dock, work
