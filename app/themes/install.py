"""Wire the theme views into the main window: the hierarchy dock, a tabbed analysis dock
(condensation, theme reader, overlay, per informant, matrix, informant attributes) and the
"Themes" menu. Called once at start by the main window (``install(window)``)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDockWidget, QFileDialog, QMessageBox, QTabWidget

from app.codes.dialogs import ask_text
from app.i18n import tr_error
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
        self.setWindowTitle(self.tr("Themes: condensation and recontextualisation"))
        self.setObjectName("ThemeWorkspace")
        opener = window.show_transcript
        self.condensation = CondensationEditor(open_transcript=opener)
        self.reader = ThemeReaderView(open_transcript=opener)
        self.overlay = OverlayView()
        self.informants = InformantView()
        self.matrix = MatrixView(open_transcript=opener)
        self.attributes = AttributesPanel()
        self.tabs = QTabWidget()
        for w, name in ((self.condensation, self.tr("Condensation")), (self.reader, self.tr("Theme reader")),
                        (self.overlay, self.tr("Transcript overlay")), (self.informants, self.tr("Per informant")),
                        (self.matrix, self.tr("Matrix")), (self.attributes, self.tr("Informant attributes"))):
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
            QMessageBox.information(window, QCoreApplication.translate("ThemesMenu", "Themes"), QCoreApplication.translate("ThemesMenu", "Open a project first."))
        return ctx

    def quick_snapshot() -> None:
        ctx = need_ctx()
        if ctx is None:
            return
        name, ok = ask_text(window, QCoreApplication.translate("ThemesMenu", "Save snapshot"), QCoreApplication.translate("ThemesMenu", "Name of this version of the hierarchy:"))
        if ok and name.strip():
            ctx.run(QCoreApplication.translate("ThemesMenu", "Save snapshot {0}").format(name), save_snapshot, name)

    def snapshots() -> None:
        ctx = need_ctx()
        if ctx is not None:
            SnapshotsDialog(ctx, window).exec()

    def export_csv() -> None:
        ctx = need_ctx()
        if ctx is None:
            return
        path, _ = QFileDialog.getSaveFileName(window, QCoreApplication.translate("ThemesMenu", "Export matrix"), "matrix.csv", QCoreApplication.translate("ThemesMenu", "CSV (*.csv)"))
        if path:
            title = QCoreApplication.translate("ThemesMenu", "Export matrix")

            def failed(e: BaseException) -> None:
                if not isinstance(e, (OSError, KondensError)):
                    ctx.failed.emit(title, e)
                    return
                QMessageBox.warning(window, title, tr_error(e))

            # Written on the executor (the matrix is read there); the status bar says when it is done.
            ctx.read("Export matrix", write_matrix_csv, path, work.matrix.measure.currentData(), work.matrix.filters(),
                     on_done=lambda _r: window.statusBar().showMessage(
                         QCoreApplication.translate("ThemesMenu", "Matrix written to %1").replace("%1", path), 8000),
                     on_error=failed)

    menu = window.menu("Themes")
    menu.addAction(QCoreApplication.translate("ThemesMenu", "Theme hierarchy"), lambda: (dock.show(), dock.raise_()))
    menu.addAction(QCoreApplication.translate("ThemesMenu", "New theme area…"), lambda: dock.new_theme())
    menu.addAction(QCoreApplication.translate("ThemesMenu", "New research question…"), lambda: dock.new_question())
    menu.addSeparator()
    menu.addAction(QCoreApplication.translate("ThemesMenu", "Condensation editor"), lambda: show(work.condensation))
    menu.addAction(QCoreApplication.translate("ThemesMenu", "Theme reader"), lambda: show(work.reader))
    menu.addAction(QCoreApplication.translate("ThemesMenu", "Transcript overlay"), lambda: show(work.overlay))
    menu.addAction(QCoreApplication.translate("ThemesMenu", "Per informant"), lambda: show(work.informants))
    menu.addAction(QCoreApplication.translate("ThemesMenu", "Cross-case matrix"), lambda: show(work.matrix))
    menu.addAction(QCoreApplication.translate("ThemesMenu", "Informant attributes"), lambda: show(work.attributes))
    menu.addSeparator()
    menu.addAction(QCoreApplication.translate("ThemesMenu", "Save snapshot…"), quick_snapshot)
    menu.addAction(QCoreApplication.translate("ThemesMenu", "Snapshots and comparison…"), snapshots)
    menu.addAction(QCoreApplication.translate("ThemesMenu", "Export matrix as CSV…"), export_csv)
    return dock, work
