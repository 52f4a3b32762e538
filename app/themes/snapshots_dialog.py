"""Snapshots: save a named version of the hierarchy, list versions, compare two side by side.

Left and right show each version's tree (areas → subgroups → codes with segment counts); the
middle lists what changed in plain words. "Current" compares with the live hierarchy.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.context import ProjectContext
from app.reads import LatestRead, finished_value, run_checked
from coding.snapshots import SnapshotDiff, SnapshotInfo, capture, diff, list_snapshots, load_snapshot, save_snapshot
from coding.store import Project

CURRENT = -1

ROOT = QModelIndex()  # default parent; never mutated


class SnapshotListModel(QAbstractListModel):
    def __init__(self, parent: object | None = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.rows: list[SnapshotInfo] = []

    def set_rows(self, rows: list[SnapshotInfo]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr("{0}   ({1}, {2} themes, {3} codes)").format(
                r.name, r.created.replace('T', ' ')[:16], r.themes, r.codes)
        if role == Qt.ItemDataRole.UserRole:
            return r.id
        return None


def outline(data: dict[str, Any], changed: set[str]) -> str:
    """A snapshot as indented text; names that changed are marked with •."""
    themes, codes = data["themes"], data["codes"]

    def mark(name: str) -> str:
        return f"• {name}" if name in changed else f"  {name}"

    lines: list[str] = []

    def codes_of(guid: str | None, indent: str) -> None:
        for c in codes:
            if c["theme"] == guid:
                lines.append(f"{indent}{mark(c['name'])} ({c['segment_count']})")

    for a in (t for t in themes if not t["parent"]):
        lines.append(mark(a["name"]))
        for s in (t for t in themes if t["parent"] == a["guid"]):
            lines.append("    " + mark(s["name"]))
            codes_of(s["guid"], "        ")
        codes_of(a["guid"], "    ")
    if any(c["theme"] is None for c in codes):
        lines.append("  (" + QCoreApplication.translate("SnapshotsDialog", "Uncategorised") + ")")
        codes_of(None, "    ")
    return "\n".join(lines)


def diff_lines(d: SnapshotDiff) -> list[str]:
    """:meth:`SnapshotDiff.lines` in the user's language, one change a line."""
    def where(t: str | None) -> str:
        return t if t is not None else QCoreApplication.translate("SnapshotsDialog", "Uncategorised")

    out = [QCoreApplication.translate("SnapshotsDialog", "Theme renamed: {0} → {1}").format(r.old, r.new) for r in d.themes_renamed]
    out += [QCoreApplication.translate("SnapshotsDialog", "Theme merged: {0} → into {1}").format(m.name, m.into) for m in d.themes_merged]
    out += [QCoreApplication.translate("SnapshotsDialog", "Theme added: {0}").format(n) for n in d.themes_added]
    out += [QCoreApplication.translate("SnapshotsDialog", "Theme removed: {0}").format(n) for n in d.themes_removed]
    out += [QCoreApplication.translate("SnapshotsDialog", "Subgroup moved: {0}: {1} → {2}").format(m.name, where(m.old_theme), where(m.new_theme))
            for m in d.themes_moved]
    out += [QCoreApplication.translate("SnapshotsDialog", "Code renamed: {0} → {1}").format(r.old, r.new) for r in d.codes_renamed]
    out += [QCoreApplication.translate("SnapshotsDialog", "Code moved: {0}: {1} → {2}").format(m.name, where(m.old_theme), where(m.new_theme))
            for m in d.codes_moved]
    out += [QCoreApplication.translate("SnapshotsDialog", "Code merged: {0} → into {1}").format(m.name, m.into) for m in d.codes_merged]
    out += [QCoreApplication.translate("SnapshotsDialog", "Code added: {0}").format(n) for n in d.codes_added]
    out += [QCoreApplication.translate("SnapshotsDialog", "Code removed: {0}").format(n) for n in d.codes_removed]
    return out


class SnapshotsDialog(QDialog):
    def __init__(self, ctx: ProjectContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Snapshots of the theme hierarchy"))
        self.ctx = ctx
        self._listing, self._comparing = LatestRead(), LatestRead()
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Name, e.g. “etter første reorganisering”"))
        save = QPushButton(self.tr("Save snapshot"))
        save.clicked.connect(lambda: self.save())
        self.list_model = SnapshotListModel(self)
        self.list = QListView()
        self.list.setModel(self.list_model)
        self.a = QComboBox()
        self.b = QComboBox()
        compare = QPushButton(self.tr("Compare"))
        compare.clicked.connect(lambda: self.compare())
        self.left = QPlainTextEdit(readOnly=True)
        self.right = QPlainTextEdit(readOnly=True)
        self.changes = QPlainTextEdit(readOnly=True)
        for w in (self.left, self.right, self.changes):
            w.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        top = QHBoxLayout()
        top.addWidget(self.name, 1)
        top.addWidget(save)
        pick = QHBoxLayout()
        pick.addWidget(QLabel(self.tr("Compare")))
        pick.addWidget(self.a, 1)
        pick.addWidget(QLabel(self.tr("with")))
        pick.addWidget(self.b, 1)
        pick.addWidget(compare)
        split = QSplitter()
        for title, w in ((self.tr("Older"), self.left), (self.tr("What changed"), self.changes), (self.tr("Newer"), self.right)):
            box = QWidget()
            bl = QVBoxLayout(box)
            bl.setContentsMargins(0, 0, 0, 0)
            bl.addWidget(QLabel(f"<b>{title}</b>"))
            bl.addWidget(w)
            split.addWidget(box)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.list, 1)
        lay.addLayout(pick)
        lay.addWidget(split, 4)
        self.resize(1100, 650)
        # The comparison shows as soon as the list is read (the first snapshot against now) and follows
        # the user's choices, so the three panes are never empty while there is something to compare.
        for combo in (self.a, self.b):
            combo.activated.connect(lambda _i: self.compare())
        self.refresh(then=self.compare)

    def refresh(self, then: Callable[[], None] | None = None) -> None:
        """Read the list of snapshots on the executor; the list and the choosers follow (then ``then()``)."""
        def listed(rows: list[SnapshotInfo]) -> None:
            self._listed(rows)
            if then is not None:
                then()

        self._listing.read(self.ctx, "Snapshots", list_snapshots, on_done=listed)

    def _listed(self, rows: list[SnapshotInfo]) -> None:
        first_time = self.b.currentData() is None
        self.list_model.set_rows(rows)
        for combo in (self.a, self.b):
            keep = combo.currentData()
            combo.clear()
            for r in rows:
                combo.addItem(r.name, r.id)
            if combo is self.b:
                combo.addItem(self.tr("Current hierarchy"), CURRENT)
            i = combo.findData(keep)
            if i >= 0:
                combo.setCurrentIndex(i)
        if self.a.currentData() is None and rows:
            self.a.setCurrentIndex(0)
        if first_time:
            self.b.setCurrentIndex(self.b.count() - 1)

    def save(self, name: str | None = None) -> int | None:
        """Save a snapshot; the list and the comparison follow once it is saved. Returns its id when the
        job already finished (inline, in tests)."""
        name = (name or self.name.text()).strip()
        if not name:
            return None
        self.name.clear()
        job = run_checked(self.ctx, self, self.tr("Save snapshot {0}").format(name), save_snapshot, name,
                          on_done=lambda _ch: self.refresh(then=self.compare),
                          on_refused=lambda _e: self.name.setText(name))  # refused: the name is not lost
        value = finished_value(job)
        return int(value) if value is not None else None

    def compare(self, a_id: int | None = None, b_id: int | None = None) -> list[str]:
        """Compare two versions: both are read and diffed on the executor, the panes fill when it is
        back (an older comparison still on its way is dropped). Returns the lines of change when it
        already came back (inline, in tests)."""
        a_id = a_id if a_id is not None else self.a.currentData()
        b_id = b_id if b_id is not None else self.b.currentData()
        if a_id is None or b_id is None:
            return []
        shown: list[list[str]] = []
        self.changes.setPlainText(self.tr("Loading…"))
        self._comparing.read(self.ctx, "Compare snapshots", _compared, a_id, b_id,
                             on_done=lambda r: shown.append(self._show_comparison(*r)))
        return shown[0] if shown else []

    def _show_comparison(self, a: dict[str, Any], b: dict[str, Any], d: SnapshotDiff) -> list[str]:
        old_names = {r.old for r in d.codes_renamed + d.themes_renamed} | {m.name for m in d.codes_merged} | \
            {m.name.split(" / ")[-1] for m in d.themes_merged} | set(d.codes_removed) | \
            {n.split(" / ")[-1] for n in d.themes_removed} | {m.name for m in d.codes_moved}
        new_names = {r.new for r in d.codes_renamed + d.themes_renamed} | set(d.codes_added) | \
            {n.split(" / ")[-1] for n in d.themes_added} | {m.name for m in d.codes_moved + d.themes_moved}
        self.left.setPlainText(outline(a, old_names))
        self.right.setPlainText(outline(b, new_names))
        lines = diff_lines(d)
        self.changes.setPlainText("\n".join(lines) if lines else self.tr("No changes."))
        return lines


def _compared(project: Project, a_id: int, b_id: int) -> tuple[dict[str, Any], dict[str, Any], SnapshotDiff]:
    """Executor side of a comparison: both versions (the live hierarchy for ``CURRENT``) and their diff."""
    a = capture(project) if a_id == CURRENT else load_snapshot(project, a_id)
    b = capture(project) if b_id == CURRENT else load_snapshot(project, b_id)
    return a, b, diff(a, b)
