"""The import dialog: files → speakers and preview → identifiers → import with progress and cancel.

Plans (holding the original text) live in this dialog's memory only and are dropped when it closes.
Reading and detection, and then the commits, run in a worker thread; the window stays responsive.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.context import ProjectContext, ServiceCommand
from app.i18n import tr_error
from app.importing.speakers_model import COL_ROLE, ROLES, SpeakersModel, role_labels
from app.importing.summary import summary_lines
from app.reads import run_checked
from coding import queries
from coding.errors import KondensError
from coding.services.key_settings import KeyState, key_state
from coding.services.never_list import add_to_never_list, never_list
from coding.store import Project
from transcripts.deid.types import Tagger
from transcripts.importing import ImportPlan, SpeakerChoice
from transcripts.importing.plan import redetect
from transcripts.importing.review import BatchReview
from transcripts.readers import EXTENSIONS

PREVIEW_TURNS = 40


class _RoleDelegate(QStyledItemDelegate):
    def createEditor(self, parent: QWidget, option: Any, index: QModelIndex) -> QWidget:
        box = QComboBox(parent)
        labels = role_labels()
        for r in ROLES:
            box.addItem(labels[r], r)
        return box

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: Any, index: QModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


@dataclass(frozen=True)
class ImportFacts:
    """What the import dialog needs from the project before it opens."""
    informants: tuple[str, ...]  # labels already in the project (a speaker with one is "existing")
    never: tuple[str, ...]  # the never-list
    key_state: KeyState  # where the linking key is and whether the project uses one


def import_facts(project: Project) -> ImportFacts:
    """Executor side of opening the import dialog."""
    return ImportFacts(tuple(inf.label for inf in queries.informants(project)), tuple(never_list(project)),
                       key_state(project))


def open_import_dialog(ctx: ProjectContext, parent: QWidget | None, replace_transcript: int | None = None,
                       title: str | None = None) -> None:
    """Read what the dialog needs on the executor, then open it (non-modal, deleted on close)."""
    from app.review.key_dialogs import unlock_async

    def read(facts: ImportFacts) -> None:  # then the key, unlocked on the executor (the passphrase asked here)
        if not ctx.executor.closed:
            unlock_async(parent, ctx, lambda key: opened(facts, key), state=facts.key_state)

    def opened(facts: ImportFacts, key: Any) -> None:
        if ctx.executor.closed:
            return
        dialog = ImportDialog(ctx, parent, replace_transcript=replace_transcript, facts=facts, key=(key,))
        if title is not None:
            dialog.setWindowTitle(title)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()

    ctx.read("Import transcripts", import_facts, on_done=read)


class ImportDialog(QDialog):
    imported = Signal(object)  # Changes of each imported file, also emitted on ctx.project_changed

    def __init__(self, ctx: ProjectContext, parent: QWidget | None = None,
                 replace_transcript: int | None = None, facts: ImportFacts | None = None,
                 key: tuple[Any] | None = None) -> None:
        """``facts``: the informants, the never-list and the key settings as :func:`import_facts` read
        them on the executor, and ``key``: ``(the unlocked linking key or None,)`` (both given by
        :func:`open_import_dialog`; None: read and asked here, for tests and scripts)."""
        super().__init__(parent)
        from app.importing.worker import ImportRunner

        self.ctx = ctx
        facts = facts if facts is not None else import_facts(ctx.project)
        self._existing = set(facts.informants)
        self._never = list(facts.never)  # the project's never-list, kept in step with _store_never
        self._key_state = facts.key_state
        self.replace_transcript = replace_transcript  # Replace transcript…: the one file replaces this text
        self.setWindowTitle(self.tr("Import transcripts"))
        self.setAcceptDrops(True)
        self.resize(1180, 640)
        screen = (parent.screen() if parent is not None else None) or QGuiApplication.primaryScreen()
        if screen is not None:  # a 1366×768 laptop at 125 % has about 1090×580 to offer
            room = screen.availableGeometry()
            self.resize(min(1180, room.width() - 40), min(640, room.height() - 60))
        self.plans: list[ImportPlan] = []
        self.doc_ids: list[int] = []  # the batch review's document id of each plan
        self.errors: list[str] = []
        self.results: list[tuple[str, bool, str]] = []  # file, ok, message
        self.runner = ImportRunner(self)
        self.runner.progress.connect(self._on_progress)
        self.runner.planned.connect(self._on_planned)
        self.runner.committed.connect(self._on_committed)
        self.runner.failed.connect(self._on_failed)
        self.runner.finished.connect(self._on_finished)
        self._phase = "idle"
        self._macro_open = False
        self.key = self._load_key(key)
        # Every decision of this import lives here, keyed by entity across all files (issue: one review model).
        self.batch = BatchReview()
        self._build()
        self._reset_batch()

    def _load_key(self, unlocked: tuple[Any] | None = None) -> Any:
        """The project's linking key, unlocked once per session (the passphrase is asked the first time),
        so the same entity keeps the same tag in every transcript. None when the project works without
        a key (or it stays locked): tags are then per transcript, and ``self.key_note`` says so."""
        from app.review.key_dialogs import ensure_unlocked, key_note_label

        key = unlocked[0] if unlocked is not None else ensure_unlocked(self, self.ctx.project, state=self._key_state)
        self.key_note = key_note_label(self.ctx.project, key, self._key_state)
        return key

    # ---- layout -----------------------------------------------------------------------------------
    def _build(self) -> None:
        self.pages = QStackedWidget()
        # page 0: files, speakers, preview
        files_page = QWidget()
        left = QVBoxLayout()
        self.file_list = QListWidget()
        self.file_list.setWordWrap(True)  # "name — 27 turns, 1681 words" in full, not cut at the edge
        self.file_list.currentRowChanged.connect(self._show_plan)
        add = QPushButton(self.tr("Add files…"))
        add.clicked.connect(self._choose_files)
        remove = QPushButton(self.tr("Remove"))
        remove.clicked.connect(self._remove_current)
        left.addWidget(QLabel(self.tr("Files (drop files here)")))
        left.addWidget(self.file_list)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(remove)
        left.addLayout(row)
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        left.addWidget(self.problems)
        lw = QWidget()
        lw.setLayout(left)
        existing = self._existing_informants()
        self.speakers = SpeakersModel(existing)
        self.speaker_view = QTableView()
        self.speaker_view.setModel(self.speakers)
        self.speaker_view.setItemDelegateForColumn(COL_ROLE, _RoleDelegate(self.speaker_view))
        self.speaker_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.speaker_view.horizontalHeader().setStretchLastSection(True)
        self.speakers.dataChanged.connect(self._refresh_preview)
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        right = QVBoxLayout()
        if existing:
            hint = self.tr("Set each speaker's role and pseudonym. Type an existing letter to link an informant "
                           "already in the project (existing: {0}).").format(", ".join(sorted(existing)))
        else:
            hint = self.tr("Set each speaker's role and pseudonym (the informants get the letters A, B, C…).")
        self.speaker_hint = QLabel(hint)
        self.speaker_hint.setWordWrap(True)
        right.addWidget(self.speaker_hint)
        std_row = QHBoxLayout()
        std_row.addWidget(QLabel(self.tr("Written standard (what the detector reads):")))
        self.standard_box = QComboBox()
        self.standard_box.setObjectName("standardBox")
        for code, label in (("nb", self.tr("Bokmål")), ("nn", self.tr("Nynorsk")), ("en", self.tr("English"))):
            self.standard_box.addItem(label, code)
        self.standard_box.currentIndexChanged.connect(self._on_standard_chosen)
        std_row.addWidget(self.standard_box)
        std_row.addStretch(1)
        right.addLayout(std_row)
        right.addWidget(self.speaker_view, 1)
        right.addWidget(QLabel(self.tr("Preview (original text, not stored)")))
        right.addWidget(self.preview, 2)
        rw = QWidget()
        rw.setLayout(right)
        split = QSplitter()
        split.addWidget(lw)
        split.addWidget(rw)
        split.setStretchFactor(1, 3)
        split.setSizes([330, 850])
        fl = QVBoxLayout(files_page)
        fl.addWidget(split)
        self.pages.addWidget(files_page)
        # page 1: review identifiers
        review_page = QWidget()
        rl = QVBoxLayout(review_page)
        rl.addWidget(self.key_note)
        from app.review import ReviewWidget

        self.review = ReviewWidget()
        self.review.set_batch(self.batch)
        self.review.never_added.connect(self._store_never)
        rl.addWidget(self.review, 1)
        self.pages.addWidget(review_page)
        # page 2: progress and summary
        run_page = QWidget()
        pl = QVBoxLayout(run_page)
        self.summary = QPlainTextEdit()
        self.summary.setReadOnly(True)
        pl.addWidget(self.summary, 1)
        self.pages.addWidget(run_page)

        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.status = QLabel()
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.setVisible(False)
        self.back_button = QPushButton(self.tr("Back"))
        self.back_button.clicked.connect(lambda: self._go(self.pages.currentIndex() - 1))
        self.next_button = QPushButton(self.tr("Next: review identifiers"))
        self.next_button.clicked.connect(self._next)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.close)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.progress, 1)
        bottom.addWidget(self.cancel_button)
        bottom.addWidget(self.back_button)
        bottom.addWidget(self.next_button)
        bottom.addWidget(self.close_button)
        lay = QVBoxLayout(self)
        lay.addWidget(self.pages, 1)
        lay.addLayout(bottom)
        self._go(0)

    def _existing_informants(self) -> set[str]:
        return set(self._existing)

    # ---- files --------------------------------------------------------------------------------
    def _choose_files(self) -> None:
        pattern = " ".join(f"*{e}" for e in EXTENSIONS)
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Import transcripts"), "",
                                                self.tr("Transcripts ({0})").format(pattern))
        if paths:
            self.add_files(paths)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            self.add_files(paths)
            event.acceptProposedAction()

    def add_files(self, paths: list[str]) -> None:
        """Plan ``paths`` in the worker (read, turns, detection); previews appear as they are ready."""
        if self.runner.running():
            return
        self._phase = "plan"
        self._pending_paths = [str(p) for p in paths]
        taken = {sp.pseudonym for p in self.plans for sp in p.speakers if sp.role == "informant"}
        self._busy(True, self.tr("Reading files…"))
        known = list(self.key.always) if self.key is not None else []
        # Replacing a transcript, the job also fits each plan to it (prepare_reimport), on the executor.
        self.runner.start(self.ctx, "plan", self._pending_paths, taken=taken, known=known,
                          replace=self.replace_transcript)

    def _on_planned(self, i: int, plan: ImportPlan) -> None:
        self.plans.append(plan)
        self.doc_ids.append(self.batch.add_document(plan.name, plan.speech, plan.spans, plan.lang))
        dup = self.tr(" (already imported)") if plan.duplicate_of is not None else ""
        self.file_list.addItem(self.tr("{0} — {1} turns, {2} words{3}").format(plan.name, len(plan.turns), plan.words, dup))
        self.file_list.item(self.file_list.count() - 1).setToolTip(self.file_list.item(self.file_list.count() - 1).text())
        if self.file_list.currentRow() < 0:
            self.file_list.setCurrentRow(0)

    def _remove_current(self) -> None:
        row = self.file_list.currentRow()
        if row < 0 or self.runner.running():
            return
        self.file_list.takeItem(row)
        del self.plans[row]
        self.batch.remove_document(self.doc_ids.pop(row))
        self._show_plan(self.file_list.currentRow())

    def _show_plan(self, row: int) -> None:
        plan = self.plans[row] if 0 <= row < len(self.plans) else None
        self.speakers.set_plan(plan)
        self.standard_box.blockSignals(True)
        self.standard_box.setCurrentIndex(max(0, self.standard_box.findData(plan.standard if plan else "nb")))
        self.standard_box.setEnabled(plan is not None)
        self.standard_box.blockSignals(False)
        self._refresh_preview()

    def _on_standard_chosen(self, _i: int) -> None:
        """The user corrected the written standard: detect again; decisions made on the same words stay."""
        row = self.file_list.currentRow()
        if not 0 <= row < len(self.plans) or self.runner.running():
            return
        redetect(self.ctx.project, self.plans[row], self.standard_box.currentData(), never=self._never)
        self.batch.replace_spans(self.doc_ids[row], self.plans[row].spans)

    def _refresh_preview(self, *_: object) -> None:
        plan = self.speakers.plan
        if plan is None:
            self.preview.setPlainText("")
            return
        out = []
        for t in plan.turns[:PREVIEW_TURNS]:
            sp = plan.speaker_of(t)
            ts = f"[{t.timestamp}] " if t.timestamp else ""
            out.append(f"{ts}{sp.pseudonym} ({role_labels().get(sp.role, sp.role)}): {t.text}")
        if len(plan.turns) > PREVIEW_TURNS:
            out.append(self.tr("… {0} more turns").format(len(plan.turns) - PREVIEW_TURNS))
        self.preview.setPlainText("\n\n".join(out))

    # ---- review -------------------------------------------------------------------------------
    def _go(self, page: int) -> None:
        page = max(0, min(2, page))
        entering = page == 1 and self.pages.currentIndex() != 1
        self.pages.setCurrentIndex(page)
        self.back_button.setVisible(page == 1)
        self.next_button.setVisible(page < 2)
        self.next_button.setText(self.tr("Next: review identifiers") if page == 0 else self.tr("Import"))
        self.next_button.setEnabled(bool(self.plans) and not self.runner.running())
        if entering:  # show the batch as it is now (files may have been added); decisions are untouched
            row = self.file_list.currentRow()
            self.review.set_batch(self.batch, self.doc_ids[row] if 0 <= row < len(self.doc_ids) else None)

    def _next(self) -> None:
        if self.pages.currentIndex() == 0:
            self._go(1)
        else:
            self.start_import()

    def _store_never(self, word: str) -> None:
        """A word ruled out in the review goes to the project's never-list at once (it holds no names)."""
        if word not in self._never:
            self._never.append(word)
        # Queued on the executor; a refusal is shown when it is back.
        run_checked(self.ctx, self, self.tr("Add “{0}” to the never-list").format(word), add_to_never_list, [word])

    # ---- import -------------------------------------------------------------------------------
    def start_import(self) -> None:
        if self.runner.running() or not self.plans:
            return
        if self.key is not None:  # "always an identifier" lives only in the key, outside the project
            self.key.add_always(self.batch.always)
        if self.replace_transcript is not None:
            from app.importing.replace import replace_from_dialog

            return replace_from_dialog(self)
        items = []
        self._commit_plans = []
        self._commit_docs = []
        self._commit_taggers: list[Tagger] = []
        for i, plan in enumerate(self.plans):
            if plan.duplicate_of is not None:
                self.results.append((plan.name, False, self.tr("already imported (transcript {0}), skipped")
                                     .format(plan.duplicate_of)))
                continue
            speakers = [SpeakerChoice(sp.pseudonym, sp.role, sp.existing) for sp in plan.speakers]
            did = self.doc_ids[i]
            # With a key, every file numbers its tags from the key's mapping (shared dict, one entity = one tag);
            # the batch gives each accepted entity its tag in advance, so merged variants share one.
            tagger = Tagger(plan.lang, mapping=self.key.mapping) if self.key is not None else Tagger(plan.lang)
            self.batch.prepare_tagger(tagger, did)
            items.append((plan, speakers, self.batch.accepted_spans(did), tagger, self.key))
            self._commit_plans.append(plan)
            self._commit_docs.append(did)
            self._commit_taggers.append(tagger)
        self._committed_docs: list[int] = []
        self._go(2)
        self._phase = "commit"
        self.ctx.undo_stack.beginMacro(self.tr("Import {0} transcripts").format(len(items)))
        self._macro_open = True
        self._busy(True, self.tr("Importing…"))
        self.runner.start(self.ctx, "commit", items)

    def _on_committed(self, i: int, changes: Any) -> None:
        plan = self._commit_plans[i]
        self.results.append((plan.name, True, self.tr("imported")))
        self._committed_docs.append(self._commit_docs[i])
        if self.key is not None:  # the key notes which informant used which entry (for withdrawal)
            from transcripts.deid.key_project import record_import

            # The informant of the stored transcript is read on the executor, after the import job; the
            # key is saved there too, after these (see _on_finished).
            key, tid, tagger = self.key, int(changes.value), self._commit_taggers[i]
            self.ctx.read("Linking key", lambda p: record_import(key, p, tid, tagger))
        if changes.touched:
            self.ctx.undo_stack.push(ServiceCommand(self.ctx, self.tr("Import {0}").format(plan.name), changes))
            self.ctx.project_changed.emit(changes)
            self.imported.emit(changes)

    def _on_failed(self, i: int, message: str) -> None:
        if self._phase == "plan":
            self.errors.append(message)
            self.problems.setText("\n".join(self.errors))
        else:
            self.results.append((self._commit_plans[i].name, False, message))

    def _on_progress(self, done: int, total: int, name: str) -> None:
        self.progress.setMaximum(max(1, total))
        self.progress.setValue(done)
        if name:
            self.status.setText(name)

    def cancel(self) -> None:
        self.runner.cancel()

    def _on_finished(self, cancelled: bool) -> None:
        self._busy(False, self.tr("Cancelled") if cancelled else "")
        if self._phase == "commit":
            if self._macro_open:
                self.ctx.undo_stack.endMacro()
                self._macro_open = False
            ok = sum(1 for _, good, _ in self.results if good)
            lines = [self.tr("{0} imported, {1} not imported{2}.").format(
                ok, len(self.results) - ok + len(self.errors), self.tr(" (cancelled)") if cancelled else "")]
            lines += [f"{'✓' if good else '✗'} {name}: {msg}" for name, good, msg in self.results]
            lines += [f"✗ {e}" for e in self.errors]
            lines += summary_lines(self.batch, self._committed_docs)
            self.summary.setPlainText("\n".join(lines))
            if self.key is not None and ok:  # on the executor, after the informants were recorded in it
                key, title = self.key, self.tr("Linking key")

                def not_saved(e: BaseException) -> None:
                    if not isinstance(e, (OSError, KondensError)):
                        self.ctx.failed.emit(title, e)
                        return
                    QMessageBox.warning(self.parentWidget() or self, title, tr_error(e))

                self.ctx.read("Save linking key", lambda _p: key.save(), on_error=not_saved)
            self.plans, self.doc_ids = [], []  # original text leaves memory with the plans and the batch
            self._reset_batch()
        self._phase = "idle"
        self._go(self.pages.currentIndex())

    def _reset_batch(self) -> None:
        self.batch = BatchReview(mapping=self.key.mapping if self.key is not None else None,
                                 never=list(self._never),
                                 always=self.key.always if self.key is not None else ())
        self.review.set_batch(self.batch)

    def _busy(self, busy: bool, text: str) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.next_button.setEnabled(not busy and bool(self.plans))
        self.status.setText(text)

    def closeEvent(self, event: Any) -> None:
        if self.runner.running():
            self.runner.cancel()
            self.runner.wait()  # the current file finishes or rolls back as a whole
        self.plans, self.doc_ids = [], []
        self.batch = BatchReview()
        self.review.set_batch(self.batch)
        super().closeEvent(event)
