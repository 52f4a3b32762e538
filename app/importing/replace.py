"""Replace transcript…: store a re-reviewed file as the new text of an existing transcript.

The import dialog (opened with ``replace_transcript=tid``) does the reading and the review; this module
commits the result through the undo stack (one Ctrl+Z restores the old text and every anchor) and
shows what happened to the coding: which segments kept their text, and which must be checked, by
thesis reference ("B, l. 212"), never by their text. Main thread only.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from app.context import ProjectContext
from app.i18n import count, tr_error
from coding.changes import Changes
from coding.errors import KondensError
from transcripts.deid.types import Span, Tagger
from transcripts.importing import ImportPlan, SpeakerChoice
from transcripts.importing.reimport import ReimportReport, commit_reimport


class ReimportReportDialog(QDialog):
    """Counts, then one row per segment to check: "kode 2: B, l. 212 → B, l. 213 (changed text, 87 %)"."""

    def __init__(self, report: ReimportReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reimportReport")
        self.setWindowTitle(self.tr("Transcript replaced"))
        self.resize(560, 420)
        n = len(report.segments)
        head = QLabel(self.tr(
            "<b>{0}</b>: {1} → {2} lines.<br>{3} coded segments: {4} kept, {5} moved to other line numbers, "
            "{6} with changed text, {7} whose text is gone (kept at the nearest line). {8:.1f} % are on the "
            "same text. Nothing was removed.").format(
            report.title, report.lines_before, report.lines_after, n, report.count("kept"),
            report.count("moved"), report.count("changed"), report.count("unaligned"), report.same_text_percent))
        head.setWordWrap(True)
        self.items = QListWidget()
        self.items.setObjectName("segmentsToCheck")
        for m in report.to_check():
            what = self.tr("changed text") if m.status == "changed" else self.tr("text gone")
            self.items.addItem(f"{m.code or self.tr('segment')}: {m.before} → {m.after} ({what}, {m.similarity} %)")
        lay = QVBoxLayout(self)
        lay.addWidget(head)
        if report.to_check():
            lay.addWidget(QLabel(self.tr("Check these segments:")))
            lay.addWidget(self.items, 1)
        else:
            self.items.hide()
        if report.backups:
            lay.addWidget(QLabel(count(len(report.backups), self.tr("The old version was scrubbed from 1 backup."),
                                       self.tr("The old version was scrubbed from %1 backups."))))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        lay.addWidget(buttons)


def reimport_in_gui(ctx: ProjectContext, transcript_id: int, plan: ImportPlan, speakers: list[SpeakerChoice],
                    spans: Iterable[Span], tagger: Tagger, parent: QWidget | None = None,
                    show_report: bool = True, on_done: Callable[[ReimportReport], None] | None = None,
                    on_refused: Callable[[], None] | None = None) -> ReimportReport | None:
    """Replace ``transcript_id``'s text by ``plan`` as reviewed, on the executor; one undo step. When it
    is back: the report (shown unless ``show_report`` is false), then ``on_done(report)``; a refusal is
    told to the user, then ``on_refused()``. Returns the report if that happened before returning
    (inline, in tests), else None."""
    title = QCoreApplication.translate("ImportDialog", "Replace transcript")
    reports: list[ReimportReport] = []

    def done(changes: Changes) -> None:
        report: ReimportReport = changes.value
        reports.append(report)
        if show_report:
            ReimportReportDialog(report, parent).exec()
        if on_done is not None:
            on_done(report)

    def refused(e: BaseException) -> None:
        if not isinstance(e, KondensError):
            ctx.failed.emit(title, e)
        else:
            QMessageBox.warning(parent, title, tr_error(e))
        if on_refused is not None:
            on_refused()

    ctx.run(title, commit_reimport, transcript_id, plan, speakers, list(spans), tagger, on_done=done, on_error=refused)
    return reports[0] if reports else None


def replace_from_dialog(dialog: Any) -> None:
    """``ImportDialog.start_import`` in replace mode: commit its first (only) file over the transcript.

    Reads the dialog's plans, reviewed spans and linking key; once stored saves the key, drops the plans
    (the original text leaves memory with them) and closes the dialog.
    """
    tid = dialog.replace_transcript
    if not dialog.plans:
        return
    if len(dialog.plans) > 1:
        QMessageBox.information(dialog, QCoreApplication.translate("ImportDialog", "Replace transcript"),
                                QCoreApplication.translate("ImportDialog", "Only the first file replaces the transcript; remove the others."))
        return
    plan = dialog.plans[0]
    speakers = [SpeakerChoice(sp.pseudonym, sp.role, sp.existing) for sp in plan.speakers]
    key = dialog.key
    tagger = Tagger(plan.lang, mapping=key.mapping) if key is not None else Tagger(plan.lang)
    before = dict(tagger.mapping)
    did = dialog.doc_ids[0]
    dialog.batch.prepare_tagger(tagger, did)

    def refused() -> None:
        if key is not None:  # nothing was stored: no new entity may stay in the key either
            key.mapping.clear()
            key.mapping.update(before)

    def stored(_report: ReimportReport) -> None:
        if key is not None:
            try:
                key.save()
            except (OSError, KondensError) as e:
                QMessageBox.warning(dialog, QCoreApplication.translate("ImportDialog", "Linking key"), tr_error(e))
        dialog.plans, dialog.doc_ids = [], []
        dialog._reset_batch()  # the original text leaves memory with the plans and the batch
        dialog.accept()

    reimport_in_gui(dialog.ctx, tid, plan, speakers, dialog.batch.accepted_spans(did), tagger, dialog,
                    on_done=stored, on_refused=refused)
