"""The consensus pass: two raters' disagreements resolved, unit by unit, into a normal coding pass.

Starting a consensus (:func:`start_consensus`) takes the next free pass number, records the pair and the unit
in a ``Setting`` row (``consensus:<pass>``), and seeds the pass with what both raters agree on (every unit and
code both applied; neighbouring units of one turn joined into one segment). Each disagreement is then
resolved with one choice (:func:`resolve`): keep A's codes, keep B's, both, neither, or recode with another
code. The agreed codes of the unit always stay. A resolution writes segments covering exactly the unit under
the coder name ``consensus`` and the session's pass; resolving a unit again replaces its earlier resolution.
Every call is one transaction, so each is one undo step.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, insert, select, text
from sqlalchemy.orm import Session

from coding.agreement import CONSENSUS_CODER, UNITS, Rater, compute
from coding.changes import Changes
from coding.errors import N_, KondensError
from coding.store import Project
from coding.store.models import Code, Segment, Setting, new_guid, now_iso

PREFIX = "consensus:"
CHOICES = ("a", "b", "both", "neither", "recode")


class ConsensusError(KondensError):
    pass


@dataclass(frozen=True)
class Resolution:
    choice: str
    code_id: int | None = None  # for "recode"


@dataclass(frozen=True)
class ConsensusSession:
    coding_pass: int
    a: Rater
    b: Rater
    unit: str
    resolutions: dict[str, Resolution] = field(default_factory=dict)  # "line:<id>" / "turn:<id>" → choice

    def key(self, unit_id: int) -> str:
        return f"{self.unit}:{unit_id}"

    def resolution(self, unit_id: int) -> Resolution | None:
        return self.resolutions.get(self.key(unit_id))


def _parse(coding_pass: int, raw: str) -> ConsensusSession:
    d = json.loads(raw or "{}")
    res = {k: Resolution(str(v.get("choice")), v.get("code")) for k, v in d.get("resolutions", {}).items()}
    return ConsensusSession(coding_pass, Rater.from_dict(d["a"]), Rater.from_dict(d["b"]), str(d.get("unit", "line")),
                            res)


def _dump(sess: ConsensusSession) -> str:
    return json.dumps({"a": sess.a.as_dict(), "b": sess.b.as_dict(), "unit": sess.unit,
                       "resolutions": {k: {"choice": r.choice, **({"code": r.code_id} if r.code_id else {})}
                                       for k, r in sess.resolutions.items()}}, ensure_ascii=False)


def sessions(project: Project) -> list[ConsensusSession]:
    with project.read() as s:
        rows = s.execute(select(Setting.key, Setting.value).where(Setting.key.like(PREFIX + "%"))).all()
    out = [_parse(int(k.removeprefix(PREFIX)), v) for k, v in rows]
    return sorted(out, key=lambda x: x.coding_pass)


def session(project: Project, coding_pass: int) -> ConsensusSession | None:
    return next((x for x in sessions(project) if x.coding_pass == coding_pass), None)


def find_session(project: Project, a: Rater, b: Rater, unit: str) -> ConsensusSession | None:
    """The latest consensus of this pair at this unit, if one was started."""
    hits = [x for x in sessions(project) if {x.a, x.b} == {a, b} and x.unit == unit]
    return hits[-1] if hits else None


def start_consensus(project: Project, a: Rater, b: Rater, unit: str = "line") -> Changes:
    """Open a consensus pass for ``a`` and ``b`` and seed it with their agreement. ``value`` = the pass number."""
    if unit not in UNITS:
        raise ConsensusError(N_("unit must be one of {choices}"), choices=', '.join(UNITS))
    ag = compute(project, a, b, unit=unit)
    with project.read() as s:
        texts = {int(i): str(t) for i, t in s.execute(text("SELECT id, text FROM transcripts"))}
    rows: list[dict[str, Any]] = []
    for tid in ag.transcript_ids:
        runs: dict[int, tuple[int, int, int]] = {}  # code → (start, end, unit index) of the open run
        for i, (u, ca, cb) in enumerate(ag.unit_codes(tid)):
            agreed = ca & cb
            for cid in list(runs):
                start, end, last = runs[cid]
                if cid in agreed and last == i - 1 and "\n" not in texts[tid][end:u.start]:  # same turn, next unit
                    runs[cid] = (start, u.end, i)
                else:
                    rows.append(_row(tid, cid, start, end, 0))
                    del runs[cid]
            for cid in sorted(agreed - runs.keys()):
                runs[cid] = (u.start, u.end, i)
        rows.extend(_row(tid, cid, st, en, 0) for cid, (st, en, _) in runs.items())
    with project.transaction(f"Start consensus of {a.label} and {b.label}") as tx:
        s = tx.session
        top = int(s.scalar(select(func.max(Segment.coding_pass))) or 0)
        used = [int(k.removeprefix(PREFIX)) for k in s.scalars(select(Setting.key).where(Setting.key.like(PREFIX + "%")))]
        n = max([top, *used]) + 1
        sess = ConsensusSession(n, a, b, unit)
        s.add(Setting(key=f"{PREFIX}{n}", value=_dump(sess)))
        for r in rows:
            r["coding_pass"] = n
        if rows:
            s.execute(insert(Segment), rows)
        tx.value = n
    return tx.changes


def _row(tid: int, cid: int, start: int, end: int, coding_pass: int) -> dict[str, Any]:
    return {"transcript_id": tid, "code_id": cid, "start": start, "end": end, "coder": CONSENSUS_CODER,
            "coding_pass": coding_pass, "guid": new_guid(), "created": now_iso()}


def _unit(s: Session, unit: str, unit_id: int) -> tuple[int, int, int]:
    table = "lines" if unit == "line" else "turns"
    row = s.execute(text(f"SELECT transcript_id, start, \"end\" FROM {table} WHERE id = :i"), {"i": unit_id}).first()
    if row is None:
        raise ConsensusError(N_("{unit} {unit_id} does not exist"), unit=unit, unit_id=unit_id)
    return int(row[0]), int(row[1]), int(row[2])


def rater_codes(s: Session, r: Rater, tid: int, start: int, end: int) -> set[int]:
    q = select(Segment.code_id).where(Segment.transcript_id == tid, Segment.start < end, Segment.end > start)
    if r.coder is not None:
        q = q.where(Segment.coder == r.coder)
    if r.coding_pass is not None:
        q = q.where(Segment.coding_pass == r.coding_pass)
    return {int(c) for c in s.scalars(q)}


def resolve(project: Project, coding_pass: int, unit_id: int, choice: str, code_id: int | None = None) -> Changes:
    """Resolve the disagreement on one unit (a line or turn id of the session's unit) with ``choice``."""
    if choice not in CHOICES:
        raise ConsensusError(N_("choice must be one of {choices}"), choices=', '.join(CHOICES))
    if choice == "recode" and code_id is None:
        raise ConsensusError(N_("recode needs a code"))
    with project.transaction(f"Consensus: {choice}") as tx:
        s = tx.session
        row = s.scalar(select(Setting).where(Setting.key == f"{PREFIX}{coding_pass}"))
        if row is None:
            raise ConsensusError(N_("pass {coding_pass} is not a consensus pass"), coding_pass=coding_pass)
        sess = _parse(coding_pass, row.value)
        tid, start, end = _unit(s, sess.unit, unit_id)
        ca, cb = rater_codes(s, sess.a, tid, start, end), rater_codes(s, sess.b, tid, start, end)
        agreed = ca & cb
        if choice == "recode":
            assert code_id is not None
            if s.get(Code, code_id) is None:
                raise ConsensusError(N_("code {code_id} does not exist"), code_id=code_id)
        options: dict[str, set[int]] = {"a": ca, "b": cb, "both": ca | cb, "neither": set(),
                                        "recode": {code_id} if code_id is not None else set()}
        chosen = options[choice] | agreed
        mine = list(s.execute(select(Segment.id, Segment.code_id, Segment.start, Segment.end).where(
            Segment.transcript_id == tid, Segment.coder == CONSENSUS_CODER, Segment.coding_pass == coding_pass,
            Segment.start < end, Segment.end > start)))
        drop = [int(i) for i, c, a, b in mine if a == start and b == end and int(c) not in chosen]
        if drop:
            from coding.services.segments_cleanup import delete_segments_in

            delete_segments_in(s, drop)
        covered = {int(c) for i, c, _a, _b in mine if int(i) not in drop}
        new = [_row(tid, c, start, end, coding_pass) for c in sorted(chosen)
               if c not in covered]
        if new:
            s.execute(insert(Segment), new)
        res = dict(sess.resolutions)
        res[sess.key(unit_id)] = Resolution(choice, code_id if choice == "recode" else None)
        row.value = _dump(ConsensusSession(coding_pass, sess.a, sess.b, sess.unit, res))
        tx.value = sess.key(unit_id)
    return tx.changes
