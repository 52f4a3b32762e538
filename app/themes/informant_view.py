"""Per informant: which theme areas their account touches and how much (lines and segments)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QTableView, QVBoxLayout, QWidget

from app.context import ProjectContext
from app.empty_hint import EmptyHint
from app.i18n import percent
from app.panels import LazyRefresh
from coding.changes import Changes
from coding.recontext import InformantProfile, informant_profiles

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()  # default parent; never mutated


class ProfileModel(QAbstractTableModel):
    COLUMNS = ("Theme area", "Segments", "Lines", "Share of account")

    def __init__(self, parent: object | None = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.profile: InformantProfile | None = None

    def set_profile(self, p: InformantProfile | None) -> None:
        self.beginResetModel()
        self.profile = p
        self.endResetModel()

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() or self.profile is None else len(self.profile.themes)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Theme area"), self.tr("Segments"), self.tr("Lines"), self.tr("Share of account"))[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        if not index.isValid() or self.profile is None:
            return None
        t = self.profile.themes[index.row()]
        share = t.lines / self.profile.total_lines if self.profile.total_lines else 0.0
        if role == Qt.ItemDataRole.DisplayRole:
            return (t.name, str(t.segments), str(t.lines), f"{percent(share)}  " + "█" * round(share * 30))[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (1, 2):  # counts line up on the right
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.DecorationRole and index.column() == 0:
            return QColor(t.color)
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 3:
            return QColor(t.color)
        return None


class InformantView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx: ProjectContext | None = None
        self.profiles: list[InformantProfile] = []
        self.lazy = LazyRefresh(self, "Informant profiles", lambda: informant_profiles, self._apply, self._concerns)
        self.profiles: list[InformantProfile] = []
        self.pick = QComboBox()
        self.pick.currentIndexChanged.connect(self._show)
        self.summary = QLabel()
        self.model = ProfileModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.empty_hint = EmptyHint(self.table, self.tr(
            "How much of an informant's interview falls in each theme area appears here once transcripts are "
            "imported and coded."))
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 220)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Informant")))
        bar.addWidget(self.pick)
        bar.addWidget(self.summary, 1)
        lay = QVBoxLayout(self)
        lay.addLayout(bar)
        lay.addWidget(self.table)

    def set_context(self, ctx: ProjectContext | None) -> None:
        self.ctx = ctx
        self.lazy.set_context(ctx)
        if ctx is None:
            self._apply([])

    @staticmethod
    def _concerns(changes: Changes) -> bool:
        return changes.touches("theme_nodes", "codes", "segments", "informants")

    def refresh(self) -> None:
        """Recompute now (on the executor), shown or not."""
        if self.ctx is None:
            self._apply([])
        else:
            self.lazy.request(force=True)

    def _apply(self, profiles: list[InformantProfile]) -> None:
        keep = self.pick.currentText()
        self.profiles = profiles
        self.pick.blockSignals(True)
        self.pick.clear()
        self.pick.addItems([p.label for p in self.profiles])
        self.pick.setCurrentIndex(max(0, self.pick.findText(keep)))
        self.pick.blockSignals(False)
        self._show()

    def _show(self, _i: int = 0) -> None:
        i = self.pick.currentIndex()
        p = self.profiles[i] if 0 <= i < len(self.profiles) else None
        self.model.set_profile(p)
        if p is not None:
            share = p.themed_lines / p.total_lines if p.total_lines else 0.0
            text = self.tr("{0} theme area · {1} of {2} lines themed ({3})") if len(p.themes) == 1 \
                else self.tr("{0} theme areas · {1} of {2} lines themed ({3})")
            self.summary.setText(text.format(len(p.themes), p.themed_lines, p.total_lines, percent(share)))
        else:
            self.summary.clear()
