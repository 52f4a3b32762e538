"""Agreement between two raters (two coders, or two passes) at the unit researchers report: the line or the turn.

Definitions (the same in the view, the CLI, the exports and the supervisor report, so anyone can recompute):

* A **rater** is a set of segments: those of one coder (``Rater(coder="Kari")``), of one pass
  (``Rater(coding_pass=1)``), or of one coder in one pass.
* A **unit** is a stored line (default) or a turn of the chosen transcripts. A unit is *coded with X* by a
  rater when any segment of that rater with code X overlaps it (shares at least one character).
* For code X every unit gets one binary rating per rater: X applied or not.
* ``units="all"`` takes every unit of the chosen transcripts; ``units="coded"`` (default) only the units
  where at least one of the two raters applied any of the compared codes. Both figures are computed, so
  the uncoded lines, which both raters trivially "agree" on, can never silently inflate a figure.
* The compared codes are the chosen codes (default: all) that at least one rater applied in the chosen
  transcripts; an unused code carries no information and would only add agreeing zeros to the pool.
* Per code: percent agreement, Cohen's kappa, Krippendorff's alpha (nominal, from the ``krippendorff``
  package) over those units. Overall: the same three over all (unit, code) pairs pooled, plus the mean
  of the per-code kappas (codes whose kappa is undefined left out).
* Kappa is undefined (None) when the expected agreement is 1 (both raters constant and equal);
  alpha is undefined when there is no variation at all in the pooled ratings.

No Qt; one read session; arrays via numpy (a dependency of ``krippendorff``).
"""

from __future__ import annotations

import math
import sqlite3
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, cast

from coding.changes import Changes
from coding.errors import N_, KondensError
from coding.store import Project

UNITS = ("line", "turn")
UNIT_MODES = ("coded", "all")
CONSENSUS_CODER = "consensus"  # the coder name the consensus walk records its resolutions under

if TYPE_CHECKING:  # numpy and krippendorff load with the first computation, not with the app
    import numpy as np
    import numpy.typing as npt

    BoolArray = npt.NDArray[np.bool_]


class AgreementError(KondensError):
    """The agreement asked for cannot be computed (unknown coder, same rater twice, …)."""


@dataclass(frozen=True)
class Rater:
    """Which segments count as one rater's: a coder's, a pass's, or one coder's in one pass."""

    coder: str | None = None
    coding_pass: int | None = None

    def __post_init__(self) -> None:
        if self.coder is None and self.coding_pass is None:
            raise AgreementError(N_("A rater is a coder, a pass, or both"))

    @property
    def label(self) -> str:
        if self.coder is not None and self.coding_pass is not None:
            return f"{self.coder or '(no name)'}, pass {self.coding_pass}"
        if self.coder is not None:
            return self.coder or "(no name)"
        return f"pass {self.coding_pass}"

    def matches(self, coder: str, coding_pass: int) -> bool:
        return (self.coder is None or coder == self.coder) and (self.coding_pass is None
                                                                or coding_pass == self.coding_pass)

    def as_dict(self) -> dict[str, Any]:
        return {"coder": self.coder, "coding_pass": self.coding_pass}

    @staticmethod
    def from_dict(d: dict[str, Any]) -> Rater:
        p = d.get("coding_pass")
        return Rater(d.get("coder"), None if p is None else int(p))


@dataclass(frozen=True)
class Figures:
    """Percent agreement (a proportion 0..1), Cohen's kappa and Krippendorff's alpha over ``n`` ratings."""

    n: int
    agreement: float | None
    kappa: float | None
    alpha: float | None
    both: int = 0  # units both raters coded with the code
    a_only: int = 0
    b_only: int = 0
    neither: int = 0


@dataclass(frozen=True)
class CodeFigures:
    code_id: int
    code: str
    color: str
    figures: Figures


@dataclass(frozen=True)
class Overall:
    figures: Figures  # pooled over (unit, code) pairs
    mean_kappa: float | None


@dataclass(frozen=True)
class ModeResult:
    """The figures for one treatment of units (``units`` = "coded" or "all")."""

    units: str
    n_units: int
    codes: tuple[CodeFigures, ...]
    overall: Overall

    def as_json(self, unit: str) -> dict[str, Any]:
        """Exactly the shape ``kondens agreement --json`` prints."""

        o = self.overall
        return {"unit": unit, "units": self.units, "n_units": self.n_units,
                "codes": [{"code": c.code, "n": c.figures.n, "agreement": c.figures.agreement,
                           "kappa": c.figures.kappa, "alpha": c.figures.alpha} for c in self.codes],
                "overall": {"agreement": o.figures.agreement, "kappa": o.figures.kappa, "alpha": o.figures.alpha,
                            "mean_kappa": o.mean_kappa}}


@dataclass(frozen=True)
class UnitRef:
    """One unit (line or turn) of a transcript."""

    id: int  # Line.id or Turn.id
    transcript_id: int
    number: int  # line number (1-based), or turn index + 1
    start: int
    end: int


@dataclass(frozen=True)
class Disagreement:
    unit: UnitRef
    code_id: int
    a: bool  # rater A applied the code to the unit
    b: bool


@dataclass(frozen=True)
class HeatCell:
    n: int
    agreement: float | None
    kappa: float | None
    both: int
    a_only: int
    b_only: int


@dataclass
class Agreement:
    """Everything computed for one pair of raters: both unit treatments, per transcript × code cells and
    the disagreements. ``result(units)`` gives the figures the CLI prints."""

    a: Rater
    b: Rater
    unit: str
    transcript_ids: tuple[int, ...]
    transcript_titles: dict[int, str]
    coded: ModeResult
    all: ModeResult
    code_ids: tuple[int, ...]
    _units: npt.NDArray[np.int64] = field(repr=False)  # one row per unit: id, transcript id, number, start, end
    _ra: BoolArray = field(repr=False)
    _rb: BoolArray = field(repr=False)
    _coded_mask: BoolArray = field(repr=False)
    _bounds: dict[int, tuple[int, int]] = field(repr=False)  # transcript id → unit index range

    def _unit(self, i: int) -> UnitRef:
        r = self._units[i].tolist()
        return UnitRef(r[0], r[1], r[2], r[3], r[4])

    def result(self, units: str = "coded") -> ModeResult:
        if units not in UNIT_MODES:
            raise AgreementError(N_("units must be one of {choices}"), choices=', '.join(UNIT_MODES))
        return self.coded if units == "coded" else self.all

    def heatmap(self, units: str = "coded") -> dict[tuple[int, int], HeatCell]:
        """(transcript id, code id) → figures over that transcript's units (kappa and agreement only)."""
        import numpy as np

        mask = self._coded_mask if units == "coded" else np.ones(self._units.shape[0], dtype=bool)
        out: dict[tuple[int, int], HeatCell] = {}
        for tid in self.transcript_ids:
            lo, hi = self._bounds.get(tid, (0, 0))
            m = mask[lo:hi]
            ra, rb = self._ra[lo:hi][m], self._rb[lo:hi][m]
            n = int(m.sum())
            both = (ra & rb).sum(axis=0)
            a_only = (ra & ~rb).sum(axis=0)
            b_only = (~ra & rb).sum(axis=0)
            for j, cid in enumerate(self.code_ids):
                f = figures_from_counts(int(both[j]), int(a_only[j]), int(b_only[j]), n, alpha=False)
                out[(tid, cid)] = HeatCell(n, f.agreement, f.kappa, f.both, f.a_only, f.b_only)
        return out

    def disagreements(self, code_id: int | None = None, transcript_id: int | None = None) -> list[Disagreement]:
        """Units where the raters differ, in transcript and text order (one row per unit and code)."""
        import numpy as np

        if not self.code_ids:
            return []
        if transcript_id is not None:
            lo, hi = self._bounds.get(transcript_id, (0, 0))
        else:
            lo, hi = 0, int(self._units.shape[0])
        cols = list(range(len(self.code_ids))) if code_id is None else [self.code_ids.index(code_id)] \
            if code_id in self.code_ids else []
        if not cols:
            return []
        diff = self._ra[lo:hi][:, cols] != self._rb[lo:hi][:, cols]
        rows, cs = np.nonzero(diff)
        out = []
        for r, c in zip(rows.tolist(), cs.tolist(), strict=True):
            j = cols[c]
            out.append(Disagreement(self._unit(lo + r), self.code_ids[j], bool(self._ra[lo + r, j]),
                                    bool(self._rb[lo + r, j])))
        return out

    def unit_codes(self, transcript_id: int) -> list[tuple[UnitRef, frozenset[int], frozenset[int]]]:
        """Per unit of one transcript: the codes A applied, the codes B applied (the consensus walk)."""
        import numpy as np

        lo, hi = self._bounds.get(transcript_id, (0, 0))
        ids = np.array(self.code_ids, dtype=np.int64)
        out = []
        for i in range(lo, hi):
            out.append((self._unit(i), frozenset(ids[self._ra[i]].tolist()), frozenset(ids[self._rb[i]].tolist())))
        return out


# ---- figures ---------------------------------------------------------------------------------------
def cohen_kappa(both: int, a_only: int, b_only: int, n: int) -> float | None:
    """Cohen's kappa of two binary ratings from their 2×2 table (``neither`` = n − the others)."""
    if n <= 0:
        return None
    neither = n - both - a_only - b_only
    po = (both + neither) / n
    pa, pb = (both + a_only) / n, (both + b_only) / n
    pe = pa * pb + (1 - pa) * (1 - pb)
    if math.isclose(pe, 1.0, rel_tol=0.0, abs_tol=1e-12):
        return None
    return (po - pe) / (1 - pe)


def krippendorff_alpha(both: int, a_only: int, b_only: int, n: int) -> float | None:
    """Nominal alpha for two raters' binary ratings of ``n`` units, computed by the ``krippendorff`` package.

    Alpha depends on the ratings only through their coincidence matrix, so the agreeing units are handed
    over as two pooled rows (a row ``[2k, 0]`` adds exactly what k rows ``[2, 0]`` add) and each disagreeing
    unit as its own row ``[1, 1]``: the package sees the same coincidences as for the full table, fast.
    """
    import krippendorff
    import numpy as np

    neither = n - both - a_only - b_only
    d = a_only + b_only
    if n <= 0:
        return None
    rows = np.empty((d + 2, 2), dtype=np.int64)
    rows[0] = (2 * neither, 0)
    rows[1] = (0, 2 * both)
    rows[2:] = (1, 1)
    try:
        with np.errstate(invalid="ignore", divide="ignore"):
            value = float(krippendorff.alpha(value_counts=rows, level_of_measurement="nominal"))
    except ValueError:
        return None
    return None if math.isnan(value) else value


def figures_from_counts(both: int, a_only: int, b_only: int, n: int, alpha: bool = True) -> Figures:
    neither = n - both - a_only - b_only
    return Figures(n=n, agreement=(both + neither) / n if n else None, kappa=cohen_kappa(both, a_only, b_only, n),
                   alpha=krippendorff_alpha(both, a_only, b_only, n) if alpha else None,
                   both=both, a_only=a_only, b_only=b_only, neither=neither)


def figures_from_ratings(a: Sequence[bool] | BoolArray, b: Sequence[bool] | BoolArray) -> Figures:
    """Figures for two equally long sequences of binary ratings (tests, ad-hoc tables)."""
    import numpy as np

    ra, rb = np.asarray(a, dtype=bool), np.asarray(b, dtype=bool)
    if ra.shape != rb.shape:
        raise AgreementError(N_("both raters need one rating per unit"))
    return figures_from_counts(int((ra & rb).sum()), int((ra & ~rb).sum()), int((~ra & rb).sum()), int(ra.size))


# ---- loading -----------------------------------------------------------------------------------------
def _raw(s: Any) -> sqlite3.Connection:
    conn = s.connection().connection.driver_connection
    assert conn is not None
    if s.connection().dialect.name != "sqlite":  # a team project: psycopg takes %s, not ?
        return cast(sqlite3.Connection, _Qmark(conn))
    return conn  # type: ignore[no-any-return]


class _Qmark:
    """The one call the loaders make, ``execute(sql, params)``, with SQLite's ``?`` placeholders."""

    def __init__(self, conn: Any) -> None:
        self._conn = conn

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        return self._conn.execute(sql.replace("?", "%s"), tuple(params))


def load_units(con: sqlite3.Connection, unit: str, transcript_ids: Sequence[int]) -> npt.NDArray[np.int64]:
    """Rows (id, transcript id, number, start, end) ordered by transcript and text position."""
    import numpy as np

    ids = ",".join(str(int(t)) for t in transcript_ids) or "NULL"
    if unit == "line":
        sql = (f"SELECT id, transcript_id, number, start, \"end\" FROM lines WHERE transcript_id IN ({ids}) "
               "ORDER BY transcript_id, start")
    else:
        sql = (f"SELECT id, transcript_id, \"index\" + 1, start, \"end\" FROM turns WHERE transcript_id IN ({ids}) "
               "ORDER BY transcript_id, start")
    rows = con.execute(sql).fetchall()
    return np.array(rows, dtype=np.int64).reshape(len(rows), 5)


def _rater_sql(r: Rater) -> tuple[str, list[Any]]:
    parts: list[str] = []
    args: list[Any] = []
    if r.coder is not None:
        parts.append("coder = ?")
        args.append(r.coder)
    if r.coding_pass is not None:
        parts.append("coding_pass = ?")
        args.append(r.coding_pass)
    return " AND ".join(parts), args


_SPAN = 1 << 32  # keys rank·_SPAN + offset keep each transcript's positions apart in one sorted array


def _ratings(con: sqlite3.Connection, r: Rater, start_keys: npt.NDArray[np.int64], end_keys: npt.NDArray[np.int64],
             rank: dict[int, int], col_of: dict[int, int]) -> BoolArray:
    """Units × codes: True where a segment of rater ``r`` with that code overlaps the unit."""
    import numpy as np

    where, args = _rater_sql(r)
    n = start_keys.shape[0]
    out: BoolArray = np.zeros((n, len(col_of)), dtype=bool)
    tids = ",".join(str(t) for t in rank) or "NULL"
    rows = con.execute(f"SELECT transcript_id, code_id, start, \"end\" FROM segments WHERE {where} "
                       f"AND transcript_id IN ({tids})", args).fetchall()
    rows = [(rank[t], col_of[c], a, b) for t, c, a, b in rows if c in col_of and b > a]
    if rows and n:
        seg = np.array(rows, dtype=np.int64)
        first = np.searchsorted(end_keys, seg[:, 0] * _SPAN + seg[:, 2], side="right")  # first unit ending after
        last = np.searchsorted(start_keys, seg[:, 0] * _SPAN + seg[:, 3], side="left") - 1  # last starting before
        ok = first <= last  # the segment overlaps at least one unit (of its own transcript: keys never mix)
        first, cols, lengths = first[ok], seg[ok, 1], last[ok] - first[ok] + 1
        # Every (unit, code) cell a segment covers, set directly: as many cells as the segments cover, not a
        # running sum over every unit × code of the project.
        offsets = np.arange(int(lengths.sum())) - np.repeat(np.cumsum(lengths) - lengths, lengths)
        out[np.repeat(first, lengths) + offsets, np.repeat(cols, lengths)] = True
    return out


def raters(project: Project) -> list[Rater]:
    """Every coder (the consensus coder last) and every pass that has segments, for pickers."""
    with project.read() as s:
        con = _raw(s)
        coders = [str(r[0]) for r in con.execute("SELECT DISTINCT coder FROM segments ORDER BY coder")]
        passes = [int(r[0]) for r in con.execute("SELECT DISTINCT coding_pass FROM segments ORDER BY coding_pass")]
    coders.sort(key=lambda c: (c == CONSENSUS_CODER, c.casefold()))
    return [Rater(coder=c) for c in coders] + [Rater(coding_pass=p) for p in passes]


class RaterTally:
    """The coders and passes that have segments, kept between reads and brought up to date from the
    ``Changes`` of the writes in between (the agreement dock re-reads its choices after every pause in
    coding). ``raters(project, changes)``: ``changes`` merges every write since the last call, or is None
    (everything is read again). Used on one thread at a time (the project's executor)."""

    def __init__(self) -> None:
        self.where: dict[int, tuple[str, int]] | None = None  # segment → (coder, pass)
        self.coders: Counter[str] = Counter()
        self.passes: Counter[int] = Counter()

    def _take(self, sid: int, coder: str, coding_pass: int) -> None:
        assert self.where is not None
        self.where[sid] = (coder, coding_pass)
        self.coders[coder] += 1
        self.passes[coding_pass] += 1

    def raters(self, project: Project, changes: Changes | None = None) -> list[Rater]:
        with project.read() as s:
            con = _raw(s)
            if self.where is None or changes is None:
                self.where, self.coders, self.passes = {}, Counter(), Counter()
                for sid, coder, p in con.execute("SELECT id, coder, coding_pass FROM segments"):
                    self._take(int(sid), str(coder), int(p))
            else:
                ids = changes.ids("segments")
                for sid in ids:
                    old = self.where.pop(sid, None)
                    if old is not None:
                        self.coders[old[0]] -= 1
                        self.passes[old[1]] -= 1
                if ids:
                    for sid, coder, p in con.execute(
                            "SELECT id, coder, coding_pass FROM segments WHERE id IN "
                            f"({','.join(str(int(i)) for i in ids)})"):
                        self._take(int(sid), str(coder), int(p))
        coders = sorted((c for c, n in self.coders.items() if n > 0), key=lambda c: (c == CONSENSUS_CODER, c.casefold(), c))
        return [Rater(coder=c) for c in coders] + [Rater(coding_pass=p) for p in sorted(
            p for p, n in self.passes.items() if n > 0)]


def compute(project: Project, a: Rater, b: Rater, unit: str = "line", transcript_ids: Iterable[int] | None = None,
            code_ids: Iterable[int] | None = None) -> Agreement:
    """Agreement of ``a`` and ``b`` over the chosen transcripts (default all) and codes (default all)."""
    import numpy as np

    if unit not in UNITS:
        raise AgreementError(N_("unit must be one of {choices}"), choices=', '.join(UNITS))
    if a == b:
        raise AgreementError(N_("Both raters are {label}: choose two different coders or passes"), label=a.label)
    with project.read() as s:
        con = _raw(s)
        titles = {int(r[0]): str(r[1] or r[2] or f"Transcript {r[0]}") for r in con.execute(
            "SELECT t.id, i.label, t.title FROM transcripts t LEFT JOIN informants i ON i.id = t.informant_id "
            "ORDER BY t.position, t.id")}
        tids = tuple(titles) if transcript_ids is None else tuple(t for t in titles if t in set(transcript_ids))
        code_rows = con.execute("SELECT id, name, color FROM codes ORDER BY position, id").fetchall()
        wanted = None if code_ids is None else set(code_ids)
        codes = [(int(r[0]), str(r[1]), str(r[2])) for r in code_rows if wanted is None or int(r[0]) in wanted]
        for r in (a, b):
            where, args = _rater_sql(r)
            if con.execute(f"SELECT 1 FROM segments WHERE {where} LIMIT 1", args).fetchone() is None:
                raise AgreementError(N_("No segments of {label} in this project"), label=r.label)
        units = load_units(con, unit, tids)
        order = sorted(tids)  # units come sorted by transcript id; ranks follow that order
        rank = {t: i for i, t in enumerate(order)}
        urank = np.searchsorted(np.array(order, dtype=np.int64), units[:, 1])
        start_keys, end_keys = urank * _SPAN + units[:, 3], urank * _SPAN + units[:, 4]
        bounds = {t: (int(np.searchsorted(units[:, 1], t, side="left")),
                      int(np.searchsorted(units[:, 1], t, side="right"))) for t in tids}
        col_of = {cid: j for j, (cid, _, _) in enumerate(codes)}
        ra = _ratings(con, a, start_keys, end_keys, rank, col_of)
        rb = _ratings(con, b, start_keys, end_keys, rank, col_of)
    used = ra.any(axis=0) | rb.any(axis=0)
    keep = np.nonzero(used)[0]
    codes = [codes[j] for j in keep.tolist()]
    ra, rb = ra[:, keep], rb[:, keep]
    coded_mask: BoolArray = np.asarray(ra.any(axis=1) | rb.any(axis=1), dtype=bool)
    modes = {m: _mode(m, ra, rb, coded_mask if m == "coded" else None, codes) for m in UNIT_MODES}
    return Agreement(a, b, unit, tids, titles, modes["coded"], modes["all"], tuple(c[0] for c in codes),
                     units, ra, rb, coded_mask, bounds)


def _mode(units: str, ra: BoolArray, rb: BoolArray, mask: BoolArray | None, codes: list[tuple[int, str, str]]
          ) -> ModeResult:
    if mask is not None:
        ra, rb = ra[mask], rb[mask]
    n = int(ra.shape[0])
    both = (ra & rb).sum(axis=0)
    a_only = (ra & ~rb).sum(axis=0)
    b_only = (~ra & rb).sum(axis=0)
    per = tuple(CodeFigures(cid, name, color, figures_from_counts(int(both[j]), int(a_only[j]), int(b_only[j]), n))
                for j, (cid, name, color) in enumerate(codes))
    pooled = figures_from_counts(int(both.sum()), int(a_only.sum()), int(b_only.sum()), n * len(codes))
    kappas = [c.figures.kappa for c in per if c.figures.kappa is not None]
    mean = sum(kappas) / len(kappas) if kappas else None
    return ModeResult(units, n, per, Overall(pooled, mean))
