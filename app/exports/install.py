"""Wire exports into the main window: the "Export" menu, File → Import REFI-QDA…, the quotes dock,
and Copy quote with reference (Ctrl+Shift+C) for a selected segment or quote.

``install(window)`` uses the main-window plug-in API: ``window.ctx`` (ProjectContext or None),
``window.menu(name)``, ``window.add_dock(dock, area)`` and ``window.context_changed``.
Every export and the import run as a job on the project's executor with a busy progress dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QMimeData, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QDialog, QDockWidget, QFileDialog, QMessageBox, QProgressDialog

from app import settings
from app.context import ServiceCommand
from app.exports.dock import QuotesDock
from app.exports.trim_editor import selected_segment_ids
from app.i18n import tr_error
from app.workbench import Workbench

translate = QCoreApplication.translate  # lupdate reads translate("Context", "literal")


def export_folder(ctx: Any) -> Path:
    """Where an export's file dialog starts: the last folder written to, else beside the project."""
    last = str(settings.settings().value("export/folder", "") or "")
    if last and Path(last).is_dir():
        return Path(last)
    if ctx is not None:
        return Path(ctx.project.path).parent
    return Path.home()


class ExportActions:
    def __init__(self, window: Workbench) -> None:
        self.window = window
        self._jobs: list[Any] = []

    @property
    def ctx(self) -> Any:
        return self.window.ctx

    def _ask_path(self, title: str, filters: str, default: str) -> str | None:
        """Ask where to write; a bare file name starts in the last export folder (else the folder that
        holds the project), never in whatever folder Kondens happened to be started from."""
        start = Path(default)
        if not start.is_absolute():
            start = export_folder(self.ctx) / start
        path, _ = QFileDialog.getSaveFileName(self.window, title, str(start), filters)
        if path:
            settings.settings().setValue("export/folder", str(Path(path).parent))
        return path or None

    def run(self, title: str, fn: Callable[[], Any], done: Callable[[Any], str]) -> None:
        """Run ``fn`` off the UI thread; show ``done(result)`` or the error in a message box."""
        dlg = QProgressDialog(title, "", 0, 0, self.window)
        dlg.setCancelButton(None)
        dlg.setWindowModality(Qt.WindowModality.WindowModal)
        dlg.setMinimumDuration(300)

        def ok(result: Any) -> None:
            dlg.close()
            QMessageBox.information(self.window, title, done(result))

        def fail(msg: str) -> None:
            dlg.close()
            QMessageBox.warning(self.window, title, msg)

        # On the project's executor: after every queued write, and the only writer while it runs (member
        # check marks quotes as sent; the REFI-QDA import writes a whole project).
        self._jobs.append(self.ctx.executor.submit(
            title, lambda _project: fn(), write=False,
            prepare=lambda j: j.success(ok).failure(lambda e: fail(tr_error(e)))))

    def _project(self) -> Any:
        if self.ctx is None:
            QMessageBox.information(self.window, translate("ExportActions", "Export"),
                                    translate("ExportActions", "Open a project first."))
            return None
        return self.ctx.project

    def quotes(self) -> None:
        from app.exports.dialogs import quote_set_choices

        p = self._project()
        if not p:
            return
        # The choices are read on the executor; the dialog opens when they are back.
        self.ctx.read("Export quote set", quote_set_choices, on_done=lambda choices: self._quotes(p, choices))

    def _quotes(self, p: Any, choices: Any) -> None:
        from app.exports.dialogs import QuoteSetDialog  # python-docx and openpyxl load with the first export
        from exports.quotes_docx import write_quote_set

        if self.ctx is None or self.ctx.project is not p:
            return
        dlg = QuoteSetDialog(p, self.window, choices)
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return
        opts = dlg.options()
        path = self._ask_path(translate("ExportActions", "Export quote set"),
                              translate("ExportActions", "Word document (*.docx)"), f"{p.name}-sitater.docx")
        if path:
            def written(n: int) -> str:
                text = (translate("ExportActions", "1 quote written to %2") if n == 1
                        else translate("ExportActions", "%1 quotes written to %2"))
                return text.replace("%1", str(n)).replace("%2", path)
            self.run(translate("ExportActions", "Quote set"), lambda: write_quote_set(p, path, opts), written)

    def member_check(self) -> None:
        from exports.member_check import informants_with_quotes

        p = self._project()
        if not p:
            return
        self.ctx.read("Member check", informants_with_quotes, on_done=lambda choices: self._member_check(p, choices))

    def _member_check(self, p: Any, choices: Any) -> None:
        from app.exports.dialogs import MemberCheckDialog
        from exports.member_check import write_member_check

        if self.ctx is None or self.ctx.project is not p:
            return
        dlg = MemberCheckDialog(p, self.window, choices)
        if dlg.informant.count() == 0:
            QMessageBox.information(self.window, translate("ExportActions", "Member check"), translate(
                "ExportActions", "No informant has quotes yet. Make quotes from coded segments first "
                "(Export → Quote list…)."))
            return
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return
        label, info = dlg.label(), dlg.info()
        title = translate("ExportActions", "Member check")
        path = self._ask_path(title, translate("ExportActions", "Word document (*.docx)"), f"sitatsjekk-{label}.docx")
        if path:
            def done(res: Any) -> str:
                if res.changes.touched:  # the "sent" marks are one undoable step
                    self.ctx.undo_stack.push(ServiceCommand(
                        self.ctx, translate("ExportActions", "Member check %1").replace("%1", label), res.changes))
                    self.ctx.project_changed.emit(res.changes)
                text = (translate("ExportActions", "1 quote for %2 written to %3; marked as sent") if res.quotes == 1
                        else translate("ExportActions", "%1 quotes for %2 written to %3; marked as sent"))
                return text.replace("%1", str(res.quotes)).replace("%2", label).replace("%3", path)
            self.run(title, lambda: write_member_check(p, label, path, info=info), done)

    # ---- Copy quote with reference -----------------------------------------------------------------
    def copy_target(self) -> tuple[list[int], list[int]] | None:
        """What to copy: the quote selected in the quote list (when it has focus), else the segment selected
        in the code view or reader (its quote, else the segment as it stands), as (quote ids, segment ids)
        for :func:`_copy_row`; None if nothing is selected."""
        if self.ctx is None:
            return None
        dock = getattr(self, "dock", None)
        qids: list[int] = []
        if dock is not None and dock.isVisible() and dock.view.hasFocus():
            qid = dock.current_quote_id()
            if qid is not None:
                qids = [qid]
        ids = selected_segment_ids(self.window, self.ctx.project)
        if not qids and not ids:
            return None
        return qids, ids[:1]

    def copy_quote(self) -> bool:
        """Copy the quote with its reference to the clipboard; the row is read on the executor. Returns
        True if it was copied before returning (inline, in tests)."""
        from app.exports.dialogs import ref_format
        from exports.quote_format import as_html, as_plain, quote_lines

        status = self.window.statusBar  # type: ignore[attr-defined]  # the workbench is the QMainWindow
        target = self.copy_target()

        def nothing() -> None:
            status().showMessage(translate("ExportActions", "Select a coded segment or a quote first."), 4000)

        if target is None:
            nothing()
            return False
        copied: list[bool] = []

        def read(row: Any) -> None:
            if row is None:
                nothing()
                return
            q = quote_lines(row, ref_format())
            mime = QMimeData()
            mime.setText(as_plain(q))
            mime.setHtml(as_html(q))
            QGuiApplication.clipboard().setMimeData(mime)
            status().showMessage(translate("ExportActions", "Quote copied with reference."), 3000)
            copied.append(True)

        self.ctx.read("Copy quote", _copy_row, *target, on_done=read)
        return bool(copied)

    def report(self) -> None:
        from coding.snapshots import list_snapshots

        p = self._project()
        if not p:
            return
        self.ctx.read("Supervisor report", list_snapshots, on_done=lambda snaps: self._report(p, snaps))

    def _report(self, p: Any, snapshots: Any) -> None:
        from app.exports.dialogs import ReportDialog
        from exports.report import write_report

        if self.ctx is None or self.ctx.project is not p:
            return
        dlg = ReportDialog(p, self.window, snapshots)
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return
        opts = dlg.options()
        title = translate("ExportActions", "Supervisor report")
        path = self._ask_path(title, translate("ExportActions", "Word document (*.docx);;Web page (*.html)"),
                              f"{p.name}-rapport.docx")
        if path:
            self.run(title, lambda: write_report(p, path, options=opts), lambda _r: written_to(path))

    def simple(self, title: str, filters: str, suffix: str, fn: Callable[[Any, str], Any]) -> None:
        p = self._project()
        path = p and self._ask_path(title, filters, f"{p.name}{suffix}")
        if path:
            self.run(title, lambda: fn(p, path), lambda _r: written_to(path))

    def import_qdpx(self) -> None:
        from exports.refi.importer import import_qdpx

        p = self._project()
        if not p:
            return
        path, _ = QFileDialog.getOpenFileName(self.window, translate("ExportActions", "Import REFI-QDA project"), "",
                                              translate("ExportActions", "REFI-QDA project (*.qdpx)"))
        if not path:
            return
        answer = QMessageBox.question(
            self.window, translate("ExportActions", "Import REFI-QDA"), translate(
                "ExportActions",
                "Every identifier the detector proposes will be replaced by a tag. "
                "Review the transcripts afterwards and redact more by hand if needed. Continue?"))
        if answer != QMessageBox.StandardButton.Yes:
            return

        def done(rep: Any) -> str:
            if rep.changes is not None and rep.changes.touched:
                self.ctx.undo_stack.push(ServiceCommand(
                    self.ctx, translate("ExportActions", "Import %1").replace("%1", Path(path).name), rep.changes))
                self.ctx.project_changed.emit(rep.changes)
            lines = [translate("ExportActions", "Codes: %1, sources: %2, segments: %3, notes: %4, cases: %5; "
                                                "identifiers replaced: %6.")
                     .replace("%1", str(rep.codes)).replace("%2", str(rep.sources))
                     .replace("%3", str(rep.segments)).replace("%4", str(rep.notes))
                     .replace("%5", str(rep.cases)).replace("%6", str(rep.identifiers_replaced))]
            return "\n".join(lines + [f"• {w}" for w in rep.warnings])
        self.run(translate("ExportActions", "Import REFI-QDA"), lambda: import_qdpx(p, path, yes=True), done)


def show_dock(window: Any, dock: QDockWidget) -> None:
    """Show ``dock``; when another dock is open in its area, as a tab beside it (a split would halve both)."""
    if not dock.isVisible() and not dock.isFloating() and hasattr(window, "tabifyDockWidget"):
        area = window.dockWidgetArea(dock)
        other = next((d for d in window.findChildren(QDockWidget) if d is not dock and d.isVisible()
                      and not d.isFloating() and window.dockWidgetArea(d) == area), None)
        if other is not None:
            window.tabifyDockWidget(other, dock)
    dock.show()
    dock.raise_()


def written_to(path: str) -> str:
    return translate("ExportActions", "Written to %1").replace("%1", path)


def ui_lang() -> str:
    """Spreadsheet headers follow the UI language (English unless the UI runs in Norwegian)."""
    from app.i18n import chosen_language

    return "nb" if chosen_language() == "nb" else "en"


def _write_segments(p: Any, path: str) -> Any:
    from exports.tables import write_segments  # openpyxl loads with the first spreadsheet export

    return write_segments(p, path, lang=ui_lang())


def _write_matrix(p: Any, path: str) -> Any:
    from exports.tables import write_matrix_xlsx

    return write_matrix_xlsx(p, path, lang=ui_lang())


def _export_qdpx(p: Any, path: str) -> Any:
    from exports.refi.writer import export_qdpx  # lxml loads with the first REFI-QDA export

    return export_qdpx(p, path)


def _export_codebook(p: Any, path: str) -> Any:
    from exports.refi.codebook import export_codebook

    return export_codebook(p, path)


def install(window: Workbench) -> ExportActions:
    acts = ExportActions(window)
    menu = window.menu("Export")
    menu.addAction(translate("ExportActions", "Quote set…"), acts.quotes)
    menu.addAction(translate("ExportActions", "Member check…"), acts.member_check)
    menu.addAction(translate("ExportActions", "Supervisor report…"), acts.report)
    menu.addAction(translate("ExportActions", "Segments…"), lambda: acts.simple(
        translate("ExportActions", "Segments"),
        translate("ExportActions", "Excel workbook (*.xlsx);;CSV file (*.csv)"), "-segmenter.xlsx", _write_segments))
    menu.addAction(translate("ExportActions", "Matrix…"), lambda: acts.simple(
        translate("ExportActions", "Matrix"),
        translate("ExportActions", "Excel workbook (*.xlsx)"), "-matrise.xlsx", _write_matrix))
    menu.addSeparator()
    menu.addAction(translate("ExportActions", "REFI-QDA project…"), lambda: acts.simple(
        translate("ExportActions", "REFI-QDA project"),
        translate("ExportActions", "REFI-QDA project (*.qdpx)"), ".qdpx", _export_qdpx))
    menu.addAction(translate("ExportActions", "Codebook…"), lambda: acts.simple(
        translate("ExportActions", "Codebook"),
        translate("ExportActions", "REFI-QDA codebook (*.qdc)"), ".qdc", _export_codebook))
    window.menu("File").addAction(translate("ExportActions", "Import REFI-QDA…"), acts.import_qdpx)
    dock = QuotesDock(window.ctx, window)
    dock.setProperty("startHidden", True)
    # A six-column table of quotes needs the window's width: below the reader, not in a side column.
    window.add_dock(dock, Qt.DockWidgetArea.BottomDockWidgetArea)
    menu.addAction(translate("ExportActions", "Quote list…"), lambda: show_dock(window, dock))
    copy = QAction(translate("ExportActions", "Copy quote with reference"), window)
    copy.setObjectName("copyQuoteWithReference")
    copy.setShortcut(QKeySequence("Ctrl+Shift+C"))
    copy.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    copy.setToolTip(translate("ExportActions", "Copy the selected quote or coded segment as a quote with its "
                                                "reference (pastes into Word as a Quote paragraph)"))
    copy.triggered.connect(lambda _c=False: acts.copy_quote())
    menu.addAction(copy)
    window.addAction(copy)  # the shortcut works while the Export menu is closed
    acts.copy_action = copy  # type: ignore[attr-defined]
    window.context_changed.connect(dock.set_context)
    acts.dock = dock  # type: ignore[attr-defined]
    return acts


def _copy_row(project: Any, quote_ids: list[int], segment_ids: list[int]) -> Any:
    """Executor side of "Copy quote with reference": the QuoteRow of the chosen quote, else of the
    segment's quote, else the segment as it stands (None if none is left)."""
    from exports.data import load_quotes

    if quote_ids:
        rows = load_quotes(project, quote_ids=quote_ids, include_withdrawn=True)
        if rows:
            return rows[0]
    if not segment_ids:
        return None
    rows = load_quotes(project, segment_ids=segment_ids, include_withdrawn=True) or load_quotes(
        project, segment_ids=segment_ids, from_segments=True)
    return rows[0] if rows else None
