"""Wire coder agreement into the main window: the Agreement dock (Project → Coder agreement), the consensus
walk of the coding view (Code → Consensus walk), and File → Merge a coder's copy…. Called once at start."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMessageBox

from app.agreement.dock import AgreementDock
from app.agreement.merge_dialog import MergeDialog
from app.i18n import tr_error
from app.workbench import Workbench
from coding.changes import Changes
from coding.services.consensus import find_session, start_consensus
from coding.services.merge_coder import MergeReport, merge_coder_copy

translate = QCoreApplication.translate  # lupdate reads translate("Context", "literal")


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

        def begin() -> None:  # once the transcript of the first disagreement is shown
            walk_bar = window.coding_view.consensus
            walk_bar.start(n)
            walk_bar.first()
            window.coding_view.editor.setFocus()

        if first is not None:
            window.show_transcript(first.transcript_id, first.start, first.start, then=begin)
        else:
            begin()

    unit = view.unit_choice()

    def found(sess: Any) -> None:  # the open pass of this pair, looked up on the executor
        if window.ctx is not ctx:
            return
        if sess is not None:
            walk(sess.coding_pass)
        else:
            ctx.run(translate("AgreementActions", "Start consensus pass"), start_consensus, a, b, unit,
                    on_done=lambda ch: walk(int(ch.value)),
                    on_error=lambda e: QMessageBox.warning(window, window.tr("Consensus walk"), tr_error(e)))

    ctx.read("Consensus pass", find_session, a, b, unit, on_done=found)
    return True


def merge_report_text(rep: MergeReport) -> str:
    lines = [translate(
        "AgreementActions", "Segments added: %1 (%2); already here: %3; codes created: %4; transcripts matched: %5.")
        .replace("%1", str(rep.segments_added)).replace("%3", str(rep.segments_skipped))
        .replace("%4", str(rep.codes_created)).replace("%5", str(rep.transcripts_matched))
        .replace("%2", ", ".join(rep.coders) or "–")]
    if rep.unmatched:
        lines.append(translate(
            "AgreementActions", "Not found in this project: %1 (segments left out: %2).")
            .replace("%2", str(rep.segments_unmatched)).replace("%1", ", ".join(rep.unmatched)))
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
                QMessageBox.information(window, translate("AgreementActions", "Consensus walk"), translate(
                    "AgreementActions",
                    "Choose two coders or passes with segments in the Agreement view first."))

        dock.view.recompute(then=computed)

    merge = QAction(translate("AgreementActions", "Merge a coder's copy…"), window)
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
            QMessageBox.information(window, translate("AgreementActions", "Merge a coder's copy"), merge_report_text(ch.value))
            show()

        ctx.run(translate("AgreementActions", "Merge coder's copy"), merge_coder_copy, dialog.copy,
                as_coder=dialog.as_coder(), mapping=dialog.codes.mapping(), on_done=merged,
                on_error=lambda e: QMessageBox.warning(window, translate("AgreementActions", "Merge a coder's copy"), tr_error(e)))

    merge.triggered.connect(run_merge)
    file_menu = window.menu("File")
    before = next((a for a in file_menu.actions() if a.isSeparator()), None)
    file_menu.insertAction(before, merge) if before is not None else file_menu.addAction(merge)
    window.context_changed.connect(lambda ctx: merge.setEnabled(ctx is not None and not ctx.readonly))
    merge.setEnabled(window.ctx is not None)
    window.menu("Project").addAction(translate("AgreementActions", "Coder agreement"), show)
    window.menu("Code").addSeparator()
    window.menu("Code").addAction(translate("AgreementActions", "Consensus walk"), walk)
    return dock
