"""Qt models over the plain results of :mod:`coding.agreement`: the figures table, the transcripts × codes
heatmap and the list of disagreements. Main thread only; they hold DTOs, never sessions."""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from coding.agreement import Agreement, CodeFigures, Disagreement, HeatCell

SortRole = Qt.ItemDataRole.UserRole + 1  # raw numbers for sorting (None sorts first)
CodeIdRole = Qt.ItemDataRole.UserRole + 2
TranscriptIdRole = Qt.ItemDataRole.UserRole + 3
ValueRole = Qt.ItemDataRole.UserRole + 4  # the unrounded figure (None where undefined)

LOW, MID = 0.4, 0.6  # kappa below LOW is highlighted red, below MID amber (Landis & Koch's "fair"/"moderate")
Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()


def fmt(v: float | None, pct: bool = False) -> str:
    if v is None:
        return "–"
    return f"{v * 100:.1f} %" if pct else f"{v:.3f}"


def kappa_brush(k: float | None) -> QBrush | None:
    if k is None:
        return None
    if k < LOW:
        return QBrush(QColor("#f8d7d3"))
    if k < MID:
        return QBrush(QColor("#fcebc6"))
    return None


def heat_color(k: float | None) -> QColor:
    """White (no information) → red (kappa ≤ 0) → yellow → green (kappa 1)."""
    if k is None:
        return QColor("#f2f2f2")
    t = max(0.0, min(1.0, k))
    hue = 120 * t / 360  # 0 = red, 1/3 = green
    return QColor.fromHslF(hue, 0.65, 0.78)


class ListTableModel(QAbstractTableModel):
    """A flat table over ``self.rows`` with ``COLUMNS`` as headers, translated in the subclass's context
    (the headers are marked with ``QT_TRANSLATE_NOOP("<subclass name>", …)``)."""

    COLUMNS: list[str] = []
    rows: list[Any]

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(self.COLUMNS):
            return QCoreApplication.translate(type(self).__name__, self.COLUMNS[section])
        return None


class FiguresModel(ListTableModel):
    COLUMNS = [QT_TRANSLATE_NOOP("FiguresModel", "Code"), "n", QT_TRANSLATE_NOOP("FiguresModel", "Agreement"),
               QT_TRANSLATE_NOOP("FiguresModel", "Kappa"), QT_TRANSLATE_NOOP("FiguresModel", "Alpha"),
               QT_TRANSLATE_NOOP("FiguresModel", "Both"), QT_TRANSLATE_NOOP("FiguresModel", "A only"),
               QT_TRANSLATE_NOOP("FiguresModel", "B only")]

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[CodeFigures] = []

    def set_rows(self, rows: list[CodeFigures]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def _value(self, r: CodeFigures, col: int) -> Any:
        f = r.figures
        return [r.code, f.n, f.agreement, f.kappa, f.alpha, f.both, f.a_only, f.b_only][col]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        r, col = self.rows[index.row()], index.column()
        v = self._value(r, col)
        if role == Qt.ItemDataRole.DisplayRole:
            if col in (2,):
                return fmt(v, pct=True)
            if col in (3, 4):
                return fmt(v)
            return str(v)
        if role == ValueRole:
            return v
        if role == SortRole:
            if col == 0:
                return r.code.casefold()
            return -math.inf if v is None else float(v)
        if role == CodeIdRole:
            return r.code_id
        if role == Qt.ItemDataRole.BackgroundRole and col in (3, 4):
            return kappa_brush(v)
        if role == Qt.ItemDataRole.DecorationRole and col == 0:
            return QColor(r.color)
        if role == Qt.ItemDataRole.TextAlignmentRole and col > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            f = r.figures
            return (self.tr("%1: %2 units · both %3 · A only %4 · B only %5 · neither %6")
                    .replace("%2", str(f.n)).replace("%3", str(f.both)).replace("%4", str(f.a_only))
                    .replace("%5", str(f.b_only)).replace("%6", str(f.neither)).replace("%1", r.code))
        return None


class HeatmapModel(QAbstractTableModel):
    """Transcripts (rows) × codes (columns); each cell the kappa over that transcript's units."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.transcripts: list[tuple[int, str]] = []
        self.codes: list[tuple[int, str]] = []
        self.cells: dict[tuple[int, int], HeatCell] = {}

    def set_data(self, ag: Agreement | None, units: str, cells: dict[tuple[int, int], HeatCell] | None = None) -> None:
        """``cells``: ``ag.heatmap(units)`` if already computed (on the executor)."""
        self.beginResetModel()
        if ag is None:
            self.transcripts, self.codes, self.cells = [], [], {}
        else:
            self.transcripts = [(t, ag.transcript_titles[t]) for t in ag.transcript_ids]
            names = {c.code_id: c.code for c in ag.result(units).codes}
            self.codes = [(c, names[c]) for c in ag.code_ids]
            self.cells = cells if cells is not None else ag.heatmap(units)
        self.endResetModel()

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.transcripts)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.codes)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.codes):
            return self.codes[section][1]
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self.transcripts):
            return self.transcripts[section][1]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.transcripts)) \
                or not (0 <= index.column() < len(self.codes)):
            return None
        tid, cid = self.transcripts[index.row()][0], self.codes[index.column()][0]
        c = self.cells.get((tid, cid))
        if c is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return "" if c.both + c.a_only + c.b_only == 0 else fmt(c.kappa)
        if role == ValueRole:
            return c.kappa
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(heat_color(c.kappa) if c.both + c.a_only + c.b_only else QColor("#fafafa"))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return (self.tr("%1 · %2: kappa %3, agreement %4 over %5 units (both %6, A only %7, B only %8)")
                    .replace("%3", fmt(c.kappa)).replace("%4", fmt(c.agreement, True)).replace("%5", str(c.n))
                    .replace("%6", str(c.both)).replace("%7", str(c.a_only)).replace("%8", str(c.b_only))
                    .replace("%1", self.transcripts[index.row()][1]).replace("%2", self.codes[index.column()][1]))
        if role == CodeIdRole:
            return cid
        if role == TranscriptIdRole:
            return tid
        return None


class DisagreementModel(ListTableModel):
    COLUMNS = [QT_TRANSLATE_NOOP("DisagreementModel", "Transcript"), QT_TRANSLATE_NOOP("DisagreementModel", "Unit"),
               QT_TRANSLATE_NOOP("DisagreementModel", "Code"), "A", "B", QT_TRANSLATE_NOOP("DisagreementModel", "Text")]

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[Disagreement] = []
        self.titles: dict[int, str] = {}
        self.code_names: dict[int, str] = {}
        self.texts: dict[int, str] = {}
        self.unit = "line"

    def set_rows(self, rows: list[Disagreement], titles: dict[int, str], code_names: dict[int, str],
                 texts: dict[int, str], unit: str) -> None:
        self.beginResetModel()
        self.rows, self.titles, self.code_names, self.texts, self.unit = list(rows), titles, code_names, texts, unit
        self.endResetModel()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        d, col = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return self.titles.get(d.unit.transcript_id, "?")
            if col == 1:
                unit = self.tr("l. %1") if self.unit == "line" else self.tr("turn %1")
                return unit.replace("%1", str(d.unit.number))
            if col == 2:
                return self.code_names.get(d.code_id, "?")
            if col in (3, 4):
                return "✓" if (d.a if col == 3 else d.b) else "–"
            text = self.texts.get(d.unit.transcript_id, "")[d.unit.start:d.unit.end]
            text = " ".join(text.split())
            return text if len(text) <= 140 else text[:139] + "…"
        if role == TranscriptIdRole:
            return d.unit.transcript_id
        if role == CodeIdRole:
            return d.code_id
        if role == SortRole:
            return (d.unit.transcript_id, d.unit.start)
        return None
