"""Wire exports into the main window: the "Export" menu, File → Import REFI-QDA…, the quotes dock.

``install(window)`` uses the main-window plug-in API: ``window.ctx`` (ProjectContext or None),
``window.menu(name)``, ``window.add_dock(dock, area)`` and ``window.context_changed``.
Every export and the import run on a worker thread with a busy progress dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QProgressDialog

from app.context import ServiceCommand
from app.exports import worker
from app.exports.dock import QuotesDock


class ExportActions:
    def __init__(self, window: Any) -> None:
        self.window = window
        self._jobs: list[Any] = []

    @property
    def ctx(self) -> Any:
        return getattr(self.window, "ctx", None)

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

        self._jobs.append(worker.start(fn, ok, fail))

    def _project(self) -> Any:
        if self.ctx is None:
            QMessageBox.information(self.window, "Export", "Open a project first.")
            return None
        return self.ctx.project

    def quotes(self) -> None:
        from exports.quotes_docx import QuoteSetOptions, write_quote_set

        p = self._project()
        path = p and self._ask_path("Export quote set", "Word (*.docx)", f"{p.name}-sitater.docx")
        if path:
            self.run("Quote set", lambda: write_quote_set(p, path, QuoteSetOptions(references=True)),
                     lambda n: f"{n} quotes written to {path}")

    def member_check(self) -> None:
        from exports.member_check import write_member_check

        p = self._project()
        if not p:
            return
        label, ok = QInputDialog.getText(self.window, "Member check", "Informant (pseudonym):")
        path = ok and label and self._ask_path("Member check", "Word (*.docx)", f"sitatsjekk-{label}.docx")
        if path:
            def done(res: Any) -> str:
                if res.changes.touched:  # the "sent" marks are one undoable step
                    self.ctx.undo_stack.push(ServiceCommand(self.ctx, f"Member check {label}", res.changes))
                    self.ctx.project_changed.emit(res.changes)
                return f"{res.quotes} quotes for {label} written to {path}; marked as sent"
            self.run("Member check", lambda: write_member_check(p, label.strip(), path), done)

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


def install(window: Any) -> ExportActions:
    from exports.refi.codebook import export_codebook
    from exports.refi.writer import export_qdpx
    from exports.report import write_report
    from exports.tables import write_matrix_xlsx, write_segments

    acts = ExportActions(window)
    menu = window.menu("Export")
    menu.addAction("Quote set…", acts.quotes)
    menu.addAction("Member check…", acts.member_check)
    menu.addAction("Supervisor report…", lambda: acts.simple(
        "Supervisor report", "Word (*.docx);;Web page (*.html)", "-rapport.docx", write_report))
    menu.addAction("Segments…", lambda: acts.simple(
        "Segments", "Excel (*.xlsx);;CSV (*.csv)", "-segmenter.xlsx", write_segments))
    menu.addAction("Matrix…", lambda: acts.simple("Matrix", "Excel (*.xlsx)", "-matrise.xlsx", write_matrix_xlsx))
    menu.addSeparator()
    menu.addAction("REFI-QDA project…", lambda: acts.simple(
        "REFI-QDA project", "REFI-QDA (*.qdpx)", ".qdpx", export_qdpx))
    menu.addAction("Codebook…", lambda: acts.simple("Codebook", "REFI-QDA codebook (*.qdc)", ".qdc",
                                                     export_codebook))
    window.menu("File").addAction("Import REFI-QDA…", acts.import_qdpx)
    dock = QuotesDock(getattr(window, "ctx", None), window)
    dock.setProperty("startHidden", True)
    window.add_dock(dock, Qt.DockWidgetArea.RightDockWidgetArea)
    menu.addAction("Quote list…", lambda: (dock.show(), dock.raise_()))
    if hasattr(window, "context_changed"):
        window.context_changed.connect(dock.set_context)
    acts.dock = dock  # type: ignore[attr-defined]
    return acts
