"""The supervisor's "Add comment" dialog: what it is about (from the current selection), the text,
and optionally a structured suggestion (rename, merge into, move to, split, needs more data)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from coding.store import Project
from coding.store.models import Code, ThemeNode
from coding.supervision.model import Anchor, Suggestion


@dataclass(frozen=True)
class Candidate:
    label: str
    anchor: Anchor


def comment_choices(project: Project) -> tuple[list[Any], list[Any]]:
    """The theme nodes (guid, name, kind, parent id, id) and codes (guid, name, theme id) a suggestion
    can name."""
    with project.read() as s:
        nodes = list(s.execute(select(ThemeNode.guid, ThemeNode.name, ThemeNode.kind, ThemeNode.parent_id,
                                      ThemeNode.id).order_by(ThemeNode.position, ThemeNode.id)).all())
        codes = list(s.execute(select(Code.guid, Code.name, Code.theme_id).order_by(Code.name)).all())
    return nodes, codes


class CommentDialog(QDialog):
    def __init__(self, project: Project, candidates: list[Candidate], author: str = "",
                 parent: QWidget | None = None, choices: tuple[list[Any], list[Any]] | None = None) -> None:
        """``choices``: the theme nodes and codes as :func:`comment_choices` read them on the executor
        (None: read here, for tests)."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add comment"))
        self.setObjectName("reviewCommentDialog")
        self.resize(560, 460)
        self.project = project
        self.candidates = candidates
        self.nodes, self.codes = choices if choices is not None else comment_choices(project)
        self.anchor_box = QComboBox()
        self.anchor_box.setObjectName("reviewAnchor")
        for c in candidates:
            self.anchor_box.addItem(c.label)
        self.text = QPlainTextEdit()
        self.text.setObjectName("reviewText")
        self.text.setPlaceholderText(self.tr("Your comment…"))
        self.author = QLineEdit(author)
        self.author.setObjectName("reviewAuthor")
        self.action = QComboBox()
        self.action.setObjectName("reviewAction")
        for label, key in ((self.tr("No suggestion"), ""), (self.tr("Rename"), "rename"),
                           (self.tr("Merge into…"), "merge"), (self.tr("Move to…"), "move"),
                           (self.tr("Split into a new theme area"), "split"), (self.tr("Needs more data"), "more_data")):
            self.action.addItem(label, key)
        self.name = QLineEdit()
        self.name.setObjectName("reviewNewName")
        self.name.setPlaceholderText(self.tr("New name"))
        self.target = QComboBox()
        self.target.setObjectName("reviewTarget")
        self.split_codes = QListWidget()
        self.split_codes.setObjectName("reviewSplitCodes")
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color:#666")
        form = QFormLayout()
        form.addRow(self.tr("About"), self.anchor_box)
        form.addRow(self.tr("Comment"), self.text)
        form.addRow(self.tr("Suggestion"), self.action)
        form.addRow(self.tr("New name"), self.name)
        form.addRow(self.tr("Target"), self.target)
        form.addRow(self.tr("Codes for the new area"), self.split_codes)
        form.addRow(self.tr("Your name"), self.author)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.hint)
        lay.addWidget(self.buttons)
        self.anchor_box.currentIndexChanged.connect(self._update)
        self.action.currentIndexChanged.connect(self._update)
        self.text.textChanged.connect(self._update)
        self.name.textChanged.connect(self._update)
        self._update()

    # ---- state ----------------------------------------------------------------------------------------
    def anchor(self) -> Anchor | None:
        i = self.anchor_box.currentIndex()
        return self.candidates[i].anchor if 0 <= i < len(self.candidates) else None

    def _actions_for(self, a: Anchor | None) -> set[str]:
        if a is None:
            return {""}
        if a.kind == "code":
            return {"", "rename", "merge", "move", "more_data"}
        if a.kind == "area":
            return {"", "rename", "merge", "split", "more_data"}
        if a.kind in ("subgroup", "condensate"):
            return {"", "rename", "merge", "move", "split", "more_data"}
        return {"", "more_data"}

    def _update(self) -> None:
        a = self.anchor()
        allowed = self._actions_for(a)
        model = self.action.model()
        for i in range(self.action.count()):
            item = model.item(i)  # type: ignore[attr-defined]
            item.setEnabled(self.action.itemData(i) in allowed)
        if self.action.currentData() not in allowed:
            self.action.setCurrentIndex(0)
        act = self.action.currentData()
        self.name.setEnabled(act in ("rename", "split"))
        self.target.setEnabled(act in ("merge", "move"))
        self.split_codes.setEnabled(act == "split")
        self._fill_targets(a, act)
        hints = {"rename": self.tr("The student can rename it in one click."),
                 "merge": self.tr("The student can merge it into the target in one click."),
                 "move": self.tr("The student can move it in one click."),
                 "split": self.tr("Tick the codes that should go into the new theme area."),
                 "more_data": self.tr("Asks for more material; the student replies or resolves it.")}
        self.hint.setText(hints.get(act, ""))
        ok = a is not None and bool(self.text.toPlainText().strip())
        if act in ("rename", "split"):
            ok = ok and bool(self.name.text().strip())
        if act in ("merge", "move"):
            ok = ok and self.target.currentData() is not None
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def _fill_targets(self, a: Anchor | None, act: str) -> None:
        key = (a.guid if a else "", act)
        if getattr(self, "_filled", None) == key:
            return
        self._filled = key
        self.target.clear()
        self.split_codes.clear()
        if a is None:
            return
        names = {n.id: n.name for n in self.nodes}
        if act == "merge" and a.kind == "code":
            for c in self.codes:
                if c.guid != a.guid:
                    self.target.addItem(c.name, (c.guid, c.name))
        elif act == "merge":
            kind = next((n.kind for n in self.nodes if n.guid == a.guid), "area")
            for n in self.nodes:
                if n.guid != a.guid and (kind == "subgroup" or n.kind == "area"):
                    label = f"{names.get(n.parent_id, '')} / {n.name}" if n.parent_id else n.name
                    self.target.addItem(label, (n.guid, n.name))
        elif act == "move":
            subgroup = a.kind != "code"
            for n in self.nodes:
                if n.guid == a.guid or (subgroup and n.kind != "area"):
                    continue
                label = f"{names.get(n.parent_id, '')} / {n.name}" if n.parent_id else n.name
                self.target.addItem(label, (n.guid, n.name))
        elif act == "split":
            node = next((n for n in self.nodes if n.guid == a.guid), None)
            if node is not None:
                inside = {node.id, *(n.id for n in self.nodes if n.parent_id == node.id)}
                for c in self.codes:
                    if c.theme_id in inside:
                        it = QListWidgetItem(c.name)
                        it.setFlags(it.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                        it.setCheckState(Qt.CheckState.Unchecked)
                        it.setData(Qt.ItemDataRole.UserRole, (c.guid, c.name))
                        self.split_codes.addItem(it)

    def suggestion(self) -> Suggestion | None:
        act = self.action.currentData()
        if not act:
            return None
        if act == "rename":
            return Suggestion("rename", name=" ".join(self.name.text().split()))
        if act in ("merge", "move"):
            guid, name = self.target.currentData()
            return Suggestion(act, into=guid, into_name=name)
        if act == "split":
            picked = [self.split_codes.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.split_codes.count())
                      if self.split_codes.item(i).checkState() == Qt.CheckState.Checked]
            return Suggestion("split", name=" ".join(self.name.text().split()), codes=tuple(g for g, _ in picked),
                              code_names=tuple(n for _, n in picked))
        return Suggestion("more_data")

    def comment_text(self) -> str:
        return self.text.toPlainText().strip()
