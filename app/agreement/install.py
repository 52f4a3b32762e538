"""Wire coder agreement into the main window: the Agreement dock (Project → Coder agreement), the consensus
walk of the coding view (Code → Consensus walk), and File → Merge a coder's copy…. Called once at start."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMessageBox

from app.agreement.dock import AgreementDock
from app.agreement.merge_dialog import MergeDialog
from app.workbench import Workbench
from coding.changes import Changes
from coding.services.consensus import find_session, start_consensus
from coding.services.merge_coder import MergeReport, merge_coder_copy


def start_walk(window: Workbench, dock: AgreementDock) -> bool:
    """Open (or resume) the consensus pass of the pair chosen in the view and walk it from its first open
    disagreement. Returns False when there is nothing to walk; a new pass starts when its job is back."""
    view = dock.view
    ctx = window.ctx
    pair = view.pair()
    if ctx is None or pair is None or view.agreement is None or ctx.readonly:
        return False
    a, b = pair
    first = next((d.unit for d in view.agreement.disagreements()), None)

    def walk(n: int) -> None:
        if window.ctx is not ctx:
            return
        if first is not None:
            window.show_transcript(first.transcript_id, first.start, first.start)
        walk_bar = window.coding_view.consensus
        walk_bar.start(n)
        walk_bar.first()
        window.coding_view.editor.setFocus()

    sess = find_session(ctx.project, a, b, view.unit_choice())
    if sess is not None:
        walk(sess.coding_pass)
    else:
        ctx.run(window.tr("Start consensus pass"), start_consensus, a, b, view.unit_choice(),
                on_done=lambda ch: walk(int(ch.value)),
                on_error=lambda e: QMessageBox.warning(window, window.tr("Consensus walk"), str(e)))
    return True


def merge_report_text(rep: MergeReport) -> str:
    lines = [f"{rep.segments_added} segments added ({', '.join(rep.coders) or '–'}), "
             f"{rep.segments_skipped} already here, {rep.codes_created} codes created, "
             f"{rep.transcripts_matched} transcripts matched."]
    if rep.unmatched:
        lines.append("Not found in this project: " + ", ".join(rep.unmatched)
                     + f" ({rep.segments_unmatched} segments left out).")
    return "\n".join(lines)


def install(window: Workbench) -> AgreementDock:
    dock = AgreementDock(window, open_transcript=window.show_transcript)
    dock.setProperty("startHidden", True)
    window.add_dock(dock, Qt.DockWidgetArea.BottomDockWidgetArea)
    window.context_changed.connect(dock.view.set_context)
    if window.ctx is not None:
        dock.view.set_context(window.ctx)
    dock.view.walk_requested.connect(lambda: start_walk(window, dock))

    def show() -> None:
        dock.show()
        dock.raise_()

    def walk() -> None:
        show()

        def computed() -> None:
            if not start_walk(window, dock) and window.ctx is not None:
                QMessageBox.information(window, window.tr("Consensus walk"), window.tr(
                    "Choose two coders or passes with segments in the Agreement view first."))

        dock.view.recompute(then=computed)

    merge = QAction(window.tr("Merge a coder's copy…"), window)
    merge.setObjectName("actionMergeCoder")
    window.register_action(merge)

    def run_merge() -> None:
        ctx = window.ctx
        if ctx is None or ctx.readonly:
            return
        dialog = MergeDialog(ctx, window)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.copy is None:
            return
        def merged(ch: Changes) -> None:
            QMessageBox.information(window, window.tr("Merge a coder's copy"), merge_report_text(ch.value))
            show()

        ctx.run(window.tr("Merge coder's copy"), merge_coder_copy, dialog.copy,
                as_coder=dialog.as_coder(), mapping=dialog.codes.mapping(), on_done=merged,
                on_error=lambda e: QMessageBox.warning(window, window.tr("Merge a coder's copy"), str(e)))

    merge.triggered.connect(run_merge)
    file_menu = window.menu("File")
    before = next((a for a in file_menu.actions() if a.isSeparator()), None)
    file_menu.insertAction(before, merge) if before is not None else file_menu.addAction(merge)
    window.context_changed.connect(lambda ctx: merge.setEnabled(ctx is not None and not ctx.readonly))
    merge.setEnabled(window.ctx is not None)
    window.menu("Project").addAction(window.tr("Coder agreement"), show)
    window.menu("Code").addSeparator()
    window.menu("Code").addAction(window.tr("Consensus walk"), walk)
    return dock
