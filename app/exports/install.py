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

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QProgressDialog

from app.context import ServiceCommand
from app.exports.dialogs import MemberCheckDialog, QuoteSetDialog, ReportDialog, ref_format
from app.exports.dock import QuotesDock
from app.exports.trim_editor import selected_segment_ids
from app.workbench import Workbench


class ExportActions:
    def __init__(self, window: Workbench) -> None:
        self.window = window
        self._jobs: list[Any] = []

    @property
    def ctx(self) -> Any:
        return self.window.ctx

    def _ask_path(self, title: str, filters: str, default: str) -> str | None:
        path, _ = QFileDialog.getSaveFileName(self.window, title, default, filters)
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
            prepare=lambda j: j.success(ok).failure(lambda e: fail(str(e) or type(e).__name__))))

    def _project(self) -> Any:
        if self.ctx is None:
            QMessageBox.information(self.window, "Export", "Open a project first.")
            return None
        return self.ctx.project

    def quotes(self) -> None:
        from exports.quotes_docx import write_quote_set

        p = self._project()
        if not p:
            return
        dlg = QuoteSetDialog(p, self.window)
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return
        opts = dlg.options()
        path = self._ask_path("Export quote set", "Word (*.docx)", f"{p.name}-sitater.docx")
        if path:
            self.run("Quote set", lambda: write_quote_set(p, path, opts), lambda n: f"{n} quotes written to {path}")

    def member_check(self) -> None:
        from exports.member_check import write_member_check

        p = self._project()
        if not p:
            return
        dlg = MemberCheckDialog(p, self.window)
        if dlg.informant.count() == 0:
            QMessageBox.information(self.window, "Member check", "No informant has quotes yet. Make quotes from "
                                    "coded segments first (Export → Quote list…).")
            return
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return
        label, info = dlg.label(), dlg.info()
        path = self._ask_path("Member check", "Word (*.docx)", f"sitatsjekk-{label}.docx")
        if path:
            def done(res: Any) -> str:
                if res.changes.touched:  # the "sent" marks are one undoable step
                    self.ctx.undo_stack.push(ServiceCommand(self.ctx, f"Member check {label}", res.changes))
                    self.ctx.project_changed.emit(res.changes)
                return f"{res.quotes} quotes for {label} written to {path}; marked as sent"
            self.run("Member check", lambda: write_member_check(p, label, path, info=info), done)

    # ---- Copy quote with reference -----------------------------------------------------------------
    def copy_target(self) -> Any:
        """The QuoteRow to copy: the quote selected in the quote list (when it has focus), else the
        quote of the segment selected in the code view or reader, else that segment as it stands."""
        from exports.data import load_quotes

        p = self.ctx.project if self.ctx is not None else None
        if p is None:
            return None
        dock = getattr(self, "dock", None)
        if dock is not None and dock.isVisible() and dock.view.hasFocus():
            qid = dock.current_quote_id()
            if qid is not None:
                rows = load_quotes(p, quote_ids=[qid], include_withdrawn=True)
                if rows:
                    return rows[0]
        ids = selected_segment_ids(self.window, p)
        if not ids:
            return None
        rows = load_quotes(p, segment_ids=ids[:1], include_withdrawn=True) or load_quotes(
            p, segment_ids=ids[:1], from_segments=True)
        return rows[0] if rows else None

    def copy_quote(self) -> bool:
        from exports.quote_format import as_html, as_plain, quote_lines

        row = self.copy_target()
        status = self.window.statusBar  # type: ignore[attr-defined]  # the workbench is the QMainWindow
        if row is None:
            status().showMessage("Select a coded segment or a quote first.", 4000)
            return False
        q = quote_lines(row, ref_format())
        mime = QMimeData()
        mime.setText(as_plain(q))
        mime.setHtml(as_html(q))
        QGuiApplication.clipboard().setMimeData(mime)
        status().showMessage("Quote copied with reference.", 3000)
        return True

    def report(self) -> None:
        from exports.report import write_report

        p = self._project()
        if not p:
            return
        dlg = ReportDialog(p, self.window)
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return
        opts = dlg.options()
        path = self._ask_path("Supervisor report", "Word (*.docx);;Web page (*.html)", f"{p.name}-rapport.docx")
        if path:
            self.run("Supervisor report", lambda: write_report(p, path, options=opts), lambda _r: f"Written to {path}")

    def simple(self, title: str, filters: str, suffix: str, fn: Callable[[Any, str], Any]) -> None:
        p = self._project()
        path = p and self._ask_path(title, filters, f"{p.name}{suffix}")
        if path:
            self.run(title, lambda: fn(p, path), lambda _r: f"Written to {path}")

    def import_qdpx(self) -> None:
        from exports.refi.importer import import_qdpx

        p = self._project()
        if not p:
            return
        path, _ = QFileDialog.getOpenFileName(self.window, "Import REFI-QDA project", "", "REFI-QDA (*.qdpx)")
        if not path:
            return
        answer = QMessageBox.question(
            self.window, "Import REFI-QDA",
            "Every identifier the detector proposes will be replaced by a tag (as with --yes). "
            "Review the transcripts afterwards and redact more by hand if needed. Continue?")
        if answer != QMessageBox.StandardButton.Yes:
            return

        def done(rep: Any) -> str:
            if rep.changes is not None and rep.changes.touched:
                self.ctx.undo_stack.push(ServiceCommand(self.ctx, f"Import {Path(path).name}", rep.changes))
                self.ctx.project_changed.emit(rep.changes)
            lines = [f"{rep.codes} codes, {rep.sources} sources, {rep.segments} segments, {rep.notes} notes, "
                     f"{rep.cases} cases; {rep.identifiers_replaced} identifiers replaced."]
            return "\n".join(lines + [f"• {w}" for w in rep.warnings])
        self.run("Import REFI-QDA", lambda: import_qdpx(p, path, yes=True), done)


def ui_lang() -> str:
    """Spreadsheet headers follow the UI language (English unless the UI runs in Norwegian)."""
    from app.i18n import chosen_language

    return "nb" if chosen_language() == "nb" else "en"


def install(window: Workbench) -> ExportActions:
    from exports.refi.codebook import export_codebook
    from exports.refi.writer import export_qdpx
    from exports.tables import write_matrix_xlsx, write_segments

    acts = ExportActions(window)
    menu = window.menu("Export")
    menu.addAction("Quote set…", acts.quotes)
    menu.addAction("Member check…", acts.member_check)
    menu.addAction("Supervisor report…", acts.report)
    menu.addAction("Segments…", lambda: acts.simple(
        "Segments", "Excel (*.xlsx);;CSV (*.csv)", "-segmenter.xlsx",
        lambda p, path: write_segments(p, path, lang=ui_lang())))
    menu.addAction("Matrix…", lambda: acts.simple("Matrix", "Excel (*.xlsx)", "-matrise.xlsx",
                                                  lambda p, path: write_matrix_xlsx(p, path, lang=ui_lang())))
    menu.addSeparator()
    menu.addAction("REFI-QDA project…", lambda: acts.simple(
        "REFI-QDA project", "REFI-QDA (*.qdpx)", ".qdpx", export_qdpx))
    menu.addAction("Codebook…", lambda: acts.simple("Codebook", "REFI-QDA codebook (*.qdc)", ".qdc",
                                                     export_codebook))
    window.menu("File").addAction("Import REFI-QDA…", acts.import_qdpx)
    dock = QuotesDock(window.ctx, window)
    dock.setProperty("startHidden", True)
    window.add_dock(dock, Qt.DockWidgetArea.RightDockWidgetArea)
    menu.addAction("Quote list…", lambda: (dock.show(), dock.raise_()))
    copy = QAction("Copy quote with reference", window)
    copy.setObjectName("copyQuoteWithReference")
    copy.setShortcut(QKeySequence("Ctrl+Shift+C"))
    copy.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    copy.setToolTip("Copy the selected quote or coded segment as a quote with its reference (pastes into Word "
                    "as a Quote paragraph)")
    copy.triggered.connect(lambda _c=False: acts.copy_quote())
    menu.addAction(copy)
    window.addAction(copy)  # the shortcut works while the Export menu is closed
    acts.copy_action = copy  # type: ignore[attr-defined]
    window.context_changed.connect(dock.set_context)
    acts.dock = dock  # type: ignore[attr-defined]
    return acts
