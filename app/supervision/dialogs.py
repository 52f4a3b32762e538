"""Small dialogs of the review loop: Send for review (student), import review (proposed identifiers
in comment text), and "what changed since your last review" (supervisor)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from app.i18n import count
from coding import queries
from coding.dto import MemoDTO
from coding.store import Project
from coding.store.models import Memo
from coding.supervision.export import last_student_name, shared_memo_guids
from coding.supervision.threads import ImportPlan

CATEGORY_NB = {"person": "navn", "place": "sted", "institution": "institusjon"}


@dataclass(frozen=True)
class SendFacts:
    """What the send dialog shows: the last student name, the memos and which of them were shared."""
    student: str
    memos: list[MemoDTO]
    shared: set[int]


def send_facts(project: Project) -> SendFacts:
    """Executor side of opening the send dialog."""
    wanted = set(shared_memo_guids(project))
    with project.read() as s:
        shared = {i for i, g in s.execute(select(Memo.id, Memo.guid)).all() if g in wanted}
    return SendFacts(last_student_name(project), queries.memos(project), shared)


class ReviewSendDialog(QDialog):
    """Note to the supervisor, the student's name, and which memos are shared."""

    def __init__(self, project: Project | SendFacts, parent: QWidget | None = None) -> None:
        """``project``: what :func:`send_facts` read on the executor (or the project, read here: tests)."""
        super().__init__(parent)
        facts = project if isinstance(project, SendFacts) else send_facts(project)
        self.setWindowTitle(self.tr("Send for review"))
        self.setObjectName("reviewSendDialog")
        self.resize(520, 480)
        self.note = QPlainTextEdit()
        self.note.setObjectName("reviewNote")
        self.note.setPlaceholderText(self.tr("What should your supervisor look at? (shown in their banner)"))
        self.student = QLineEdit(facts.student)
        self.student.setObjectName("reviewStudent")
        self.memos = QListWidget()
        self.memos.setObjectName("reviewMemos")
        shared = facts.shared
        for m in facts.memos:
            title = m.title or f"{m.target_type} {m.target_id or ''}".strip()
            it = QListWidgetItem(f"{title}: {' '.join(m.text.split())[:80]}")
            it.setFlags(it.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            it.setCheckState(Qt.CheckState.Checked if m.id in shared else Qt.CheckState.Unchecked)
            it.setData(Qt.ItemDataRole.UserRole, m.id)
            self.memos.addItem(it)
        info = QLabel(self.tr("The review copy holds the de-identified transcripts, codes, theme hierarchy, "
                              "condensates, golden quotes, research questions, snapshots, earlier comments and "
                              "the memos you tick. Never the linking key, drafts or backups."))
        info.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Note"), self.note)
        form.addRow(self.tr("Your name"), self.student)
        form.addRow(self.tr("Shared memos"), self.memos)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(info)
        lay.addLayout(form)
        lay.addWidget(buttons)

    def shared_ids(self) -> list[int]:
        return [int(self.memos.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(self.memos.count())
                if self.memos.item(i).checkState() == Qt.CheckState.Checked]


class ReviewImportDialog(QDialog):
    """What an import adds, and every identifier the detector proposes in the comment text.

    A ticked row is replaced by a tag before anything is stored; unticking keeps the word.
    """

    def __init__(self, plan: ImportPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import review comments"))
        self.setObjectName("reviewImportDialog")
        self.resize(640, 420)
        self.plan = plan
        head = QLabel(self.tr("%1, %2, %3; %4 already imported.")
                      .replace("%2", count(plan.suggestions, self.tr("1 suggestion"), self.tr("%1 suggestions")))
                      .replace("%3", count(plan.orphans, self.tr("1 orphaned anchor"),
                                           self.tr("%1 orphaned anchors")))
                      .replace("%4", str(plan.duplicates))
                      .replace("%1", count(len(plan.comments), self.tr("1 new comment"), self.tr("%1 new comments"))))
        head.setWordWrap(True)
        self.table = QTableWidget(len(plan.proposals), 3)
        self.table.setObjectName("reviewProposals")
        self.table.setHorizontalHeaderLabels([self.tr("Replace"), self.tr("Category"), self.tr("In context")])
        for r, p in enumerate(plan.proposals):
            it = QTableWidgetItem(p.text)
            it.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            it.setCheckState(Qt.CheckState.Checked)
            self.table.setItem(r, 0, it)
            self.table.setItem(r, 1, QTableWidgetItem(p.category))
            self.table.setItem(r, 2, QTableWidgetItem(p.context))
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.resizeColumnsToContents()
        lay = QVBoxLayout(self)
        lay.addWidget(head)
        if plan.proposals:
            note = QLabel(self.tr("Possible identifiers in the supervisor's text. Ticked ones are replaced by a tag "
                                  "before the comments are stored."))
            note.setWordWrap(True)
            lay.addWidget(note)
            lay.addWidget(self.table)
        else:
            self.table.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)

    def accepted_indices(self) -> list[int]:
        return [r for r in range(self.table.rowCount())
                if self.table.item(r, 0).checkState() == Qt.CheckState.Checked]


class ReviewChangesDialog(QDialog):
    """"What changed since your last review": the snapshot diff, one change a line."""

    def __init__(self, lines: list[str], since: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("What changed since your last review"))
        self.setObjectName("reviewChangesDialog")
        self.resize(520, 380)
        head = QLabel(self.tr("Changes to the theme hierarchy since the review copy of %1:").replace("%1", since[:10]))
        head.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("reviewChanges")
        for ln in lines or [self.tr("No changes to the theme hierarchy.")]:
            self.list.addItem(ln)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        lay = QVBoxLayout(self)
        lay.addWidget(head)
        lay.addWidget(self.list)
        lay.addWidget(buttons)
