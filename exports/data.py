"""Plain rows for the document exports, read in a few queries (no per-row SQL, no Qt).

Everything here comes from stored, de-identified text; informants appear only by pseudonym.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select

from coding.lineindex import LineIndex
from coding.services.quotes import QuoteRange, quote_range, render
from coding.store import Project
from coding.store.models import Code, Informant, Memo, Quote, Segment, ThemeNode, Transcript, Turn


@dataclass(frozen=True)
class ThemeInfo:
    id: int
    name: str
    kind: str
    description: str
    summary: str
    parent_id: int | None
    position: int


@dataclass(frozen=True)
class QuoteRow:
    quote_id: int | None  # None when a segment is exported as a quote without a quote row
    segment_id: int
    informant: str  # pseudonym, "" when the transcript has no informant
    transcript: str
    text: str  # rendered: trimmed, cuts shown as "[…]"
    first_line: int
    last_line: int
    code: str
    area: ThemeInfo | None
    subgroup: ThemeInfo | None
    golden: bool
    status: str
    note: str
    # The quote as the dialogue it is: (speaker, text) per turn it touches; one pair for most quotes.
    dialogue: tuple[tuple[str, str], ...] = ()
    transcript_id: int = 0
    span: tuple[int, int, tuple[tuple[int, int], ...]] = (0, 0, ())  # shown range and cuts (the dedup key)

    @property
    def reference(self) -> str:
        """``C, l. 212–215`` (the thesis convention); no line numbers if the transcript has none."""
        who = self.informant or self.transcript
        if self.first_line <= 0:
            return who
        if self.last_line == self.first_line:
            return f"{who}, l. {self.first_line}"
        return f"{who}, l. {self.first_line}–{self.last_line}"


def themes(project: Project) -> dict[int, ThemeInfo]:
    with project.read() as s:
        return {t.id: ThemeInfo(t.id, t.name, t.kind, t.description, t.summary, t.parent_id, t.position)
                for t in s.scalars(select(ThemeNode))}


def area_and_subgroup(tid: int | None, th: dict[int, ThemeInfo]) -> tuple[ThemeInfo | None, ThemeInfo | None]:
    node = th.get(tid) if tid is not None else None
    if node is None:
        return None, None
    if node.parent_id is not None and node.parent_id in th:
        return th[node.parent_id], node
    return node, None


def dialogue(text: str, r: QuoteRange, turns: list[tuple[int, int, str]]) -> tuple[tuple[str, str], ...]:
    """The rendered quote split at turn boundaries: ``(("I", "Hva …?"), ("B", "Det …"))``.

    ``turns`` are ``(start, end, speaker)`` in order. Cuts are kept inside each part; a part that is
    only blank or only a cut is dropped.
    """
    parts: list[tuple[str, str]] = []
    for a, b, who in turns:
        lo, hi = max(a, r.start), min(b, r.end)
        if hi <= lo:
            continue
        cuts = tuple((max(x, lo), min(y, hi)) for x, y in r.cuts if min(y, hi) > max(x, lo))
        if any(x <= lo and hi <= y for x, y in cuts):
            continue
        piece = render(text, QuoteRange(lo, hi, cuts))
        if piece.strip():
            parts.append((who, piece))
    return tuple(parts) or (("", render(text, r)),)


def load_quotes(project: Project, *, theme_names: Iterable[str] = (), informant: str | None = None,
                informants: Iterable[str] = (), code_names: Iterable[str] = (), golden_only: bool = False,
                approved_only: bool = False, include_withdrawn: bool = False, from_segments: bool = False,
                quote_ids: Iterable[int] | None = None, segment_ids: Iterable[int] | None = None) -> list[QuoteRow]:
    """Quotes (or, with ``from_segments``, every coded segment) matching the filters, in reading order.

    ``theme_names`` match theme areas or subgroups (a name selects an area with its subgroups);
    ``informant``/``informants`` are pseudonyms (empty = all); ``quote_ids``/``segment_ids`` pick rows.
    """
    th = themes(project)
    wanted_themes = set(theme_names)
    wanted_codes = set(code_names)
    wanted_informants = set(informants) | ({informant} if informant is not None else set())
    wanted_quotes = set(quote_ids) if quote_ids is not None else None
    wanted_segments = set(segment_ids) if segment_ids is not None else None
    with project.read() as s:
        codes = {c.id: c for c in s.scalars(select(Code))}
        labels = dict(s.execute(select(Informant.id, Informant.label)).all())
        rows = s.execute(select(Transcript.id, Transcript.title, Transcript.informant_id, Transcript.position)).all()
        tinfo = {r[0]: (r[1], labels.get(r[2], "") if r[2] is not None else "", r[3]) for r in rows}
        if from_segments:
            sq = select(Segment)
            if wanted_segments is not None:
                sq = sq.where(Segment.id.in_(wanted_segments))
            pairs = [(None, sg) for sg in s.scalars(sq)]
        else:
            q = select(Quote, Segment).join(Segment, Segment.id == Quote.segment_id)
            if wanted_quotes is not None:
                q = q.where(Quote.id.in_(wanted_quotes))
            if wanted_segments is not None:
                q = q.where(Segment.id.in_(wanted_segments))
            pairs = [(qu, sg) for qu, sg in s.execute(q).all()]
        needed = {sg.transcript_id for _, sg in pairs}
        texts = dict(s.execute(select(Transcript.id, Transcript.text).where(Transcript.id.in_(needed))).all())
        turns: dict[int, list[tuple[int, int, str]]] = {}
        for tid, a, b, who in s.execute(select(Turn.transcript_id, Turn.start, Turn.end, Turn.speaker)
                                        .where(Turn.transcript_id.in_(needed)).order_by(Turn.transcript_id,
                                                                                         Turn.start)):
            turns.setdefault(tid, []).append((a, b, who))
        lines = LineIndex(s, needed)
        out: list[QuoteRow] = []
        for qu, sg in pairs:
            code = codes.get(sg.code_id)
            title, label, _ = tinfo.get(sg.transcript_id, ("", "", 0))
            status = qu.status if qu is not None else "not_sent"
            if approved_only and status != "approved":
                continue
            if status == "withdrawn" and not include_withdrawn:
                continue
            if golden_only and not (qu is not None and qu.golden):
                continue
            if wanted_informants and label not in wanted_informants:
                continue
            if wanted_codes and (code is None or code.name not in wanted_codes):
                continue
            theme_id = qu.theme_id if qu is not None and qu.theme_id is not None else (code.theme_id if code else None)
            area, sub = area_and_subgroup(theme_id, th)
            if wanted_themes and not ({area.name if area else None, sub.name if sub else None} & wanted_themes):
                continue
            r = quote_range(qu, sg) if qu is not None else QuoteRange(sg.start, sg.end, ())
            first, last = lines.span(sg.transcript_id, r.start, r.end)
            text = texts[sg.transcript_id]
            out.append(QuoteRow(qu.id if qu else None, sg.id, label, title, render(text, r),
                                first, last, code.name if code else "", area, sub, bool(qu and qu.golden), status,
                                qu.note if qu else "", dialogue(text, r, turns.get(sg.transcript_id, [])),
                                sg.transcript_id, (r.start, r.end, r.cuts)))
    out.sort(key=lambda r: (r.area.position if r.area else 1 << 30, r.area.id if r.area else 0,
                            r.subgroup.position if r.subgroup else -1, r.subgroup.id if r.subgroup else 0, r.informant,
                            r.transcript, r.first_line))
    return out


@dataclass(frozen=True)
class SegmentRow:
    segment_id: int
    informant: str
    transcript: str
    first_line: int
    last_line: int
    code: str
    area: str
    subgroup: str
    text: str
    memo: str
    coder: str = ""
    coding_pass: int = 1


def load_segments(project: Project) -> list[SegmentRow]:
    th = themes(project)
    with project.read() as s:
        codes = {c.id: c for c in s.scalars(select(Code))}
        labels = dict(s.execute(select(Informant.id, Informant.label)).all())
        trs = {t.id: t for t in s.scalars(select(Transcript))}
        memos: dict[int, list[str]] = {}
        for tid, text in s.execute(select(Memo.target_id, Memo.text).where(Memo.target_type == "segment")).all():
            memos.setdefault(tid, []).append(text)
        lines = LineIndex(s)
        out: list[SegmentRow] = []
        segs = s.scalars(select(Segment).order_by(Segment.transcript_id, Segment.start, Segment.id))
        for sg in segs:
            t = trs[sg.transcript_id]
            code = codes.get(sg.code_id)
            area, sub = area_and_subgroup(code.theme_id if code else None, th)
            first, last = lines.span(sg.transcript_id, sg.start, sg.end)
            out.append(SegmentRow(sg.id, labels.get(t.informant_id, "") if t.informant_id else "", t.title, first,
                                  last, code.name if code else "", area.name if area else "",
                                  sub.name if sub else "", t.text[sg.start:sg.end], "\n\n".join(memos.get(sg.id, [])),
                                  sg.coder, sg.coding_pass))
        s.expunge_all()
    return out


def attributes(raw: str) -> dict[str, str]:
    try:
        data = json.loads(raw or "{}")
    except json.JSONDecodeError:
        return {}
    return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}
