"""Build anchors (with their context) from ids, and resolve anchors back to ids in a project.

An anchor resolves by GUID only: a code that was merged away or a node that was deleted leaves the
comment an *orphan*, shown with the context it carried (never dropped, never re-pointed by guess).
A condensate range follows its quoted text if the condensate was edited; if the text is gone the
range is an orphan but the node is still found.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from coding.errors import N_, KondensError
from coding.store.models import Code, Informant, Line, Quote, Segment, ThemeNode, Transcript
from coding.supervision.model import Anchor

QUOTE_CHARS = 400


class AnchorError(KondensError):
    pass


@dataclass(frozen=True)
class Resolved:
    orphan: bool
    where: str
    area: str
    theme_id: int | None = None
    code_id: int | None = None
    segment_id: int | None = None
    quote_id: int | None = None
    transcript_id: int | None = None
    start: int | None = None  # transcript offsets (segment, lines) or condensate offsets (condensate)
    end: int | None = None


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= QUOTE_CHARS else text[: QUOTE_CHARS - 1] + "…"


class Lookup:
    """GUID and id maps of one project, read once in a session; cheap to build (no transcript text)."""

    def __init__(self, s: Session, segment_guids: Iterable[str] = (), transcript_guids: Iterable[str] = ()) -> None:
        self.s = s
        self.nodes = {r.id: r for r in s.execute(select(ThemeNode.id, ThemeNode.guid, ThemeNode.name,
                                                        ThemeNode.kind, ThemeNode.parent_id)).all()}
        self.node_by_guid = {r.guid: r for r in self.nodes.values()}
        self.codes = {r.id: r for r in s.execute(select(Code.id, Code.guid, Code.name, Code.theme_id)).all()}
        self.code_by_guid = {r.guid: r for r in self.codes.values()}
        self.informant = dict(s.execute(select(Informant.id, Informant.label)).all())
        self.transcripts = {r.guid: r for r in s.execute(select(Transcript.id, Transcript.guid,
                                                                Transcript.informant_id)).all()}
        guids = list(dict.fromkeys(segment_guids))
        self.segments = {}
        for i in range(0, len(guids), 500):
            for r in s.execute(select(Segment.id, Segment.guid, Segment.code_id, Segment.transcript_id, Segment.start,
                                      Segment.end).where(Segment.guid.in_(guids[i:i + 500]))).all():
                self.segments[r.guid] = r

    def path(self, theme_id: int | None) -> str:
        n = self.nodes.get(theme_id) if theme_id is not None else None
        if n is None:
            return ""
        p = self.nodes.get(n.parent_id) if n.parent_id is not None else None
        return f"{p.name} / {n.name}" if p is not None else str(n.name)

    def area(self, theme_id: int | None) -> str:
        n = self.nodes.get(theme_id) if theme_id is not None else None
        if n is None:
            return ""
        p = self.nodes.get(n.parent_id) if n.parent_id is not None else None
        return str(p.name if p is not None else n.name)

    def label_of_transcript(self, transcript_id: int) -> str:
        tr = next((t for t in self.transcripts.values() if t.id == transcript_id), None)
        return str(self.informant.get(tr.informant_id, "") or "") if tr is not None else ""


# ---- building --------------------------------------------------------------------------------------------
def theme_anchor(s: Session, theme_id: int, condensate: bool = False, start: int | None = None,
                 end: int | None = None) -> Anchor:
    node = s.get(ThemeNode, theme_id)
    if node is None:
        raise AnchorError(N_("theme node {theme_id} does not exist"), theme_id=theme_id)
    lk = Lookup(s)
    if condensate:
        quote = ""
        if start is not None and end is not None:
            if not 0 <= start < end <= len(node.summary):
                raise AnchorError(N_("the chosen range is not inside the condensate"))
            quote = node.summary[start:end]
        return Anchor("condensate", node.guid, node.name, lk.path(node.id), start, end, quote)
    return Anchor(node.kind if node.kind in ("area", "subgroup") else "area", node.guid, node.name, lk.path(node.id))


def code_anchor(s: Session, code_id: int) -> Anchor:
    c = s.get(Code, code_id)
    if c is None:
        raise AnchorError(N_("code {code_id} does not exist"), code_id=code_id)
    return Anchor("code", c.guid, c.name, Lookup(s).path(c.theme_id))


def segment_anchor(s: Session, segment_id: int) -> Anchor:
    seg = s.get(Segment, segment_id)
    if seg is None:
        raise AnchorError(N_("segment {segment_id} does not exist"), segment_id=segment_id)
    tr = s.get(Transcript, seg.transcript_id)
    code = s.get(Code, seg.code_id)
    assert tr is not None and code is not None
    first, last = _line_numbers(s, tr.id, seg.start, seg.end)
    label = s.get(Informant, tr.informant_id).label if tr.informant_id else ""  # type: ignore[union-attr]
    return Anchor("segment", seg.guid, code.name, Lookup(s).path(code.theme_id), quote=_short(tr.text[seg.start:seg.end]),
                  transcript=tr.guid, informant=label, first=first, last=last)


def golden_anchor(s: Session, quote_id: int) -> Anchor:
    q = s.get(Quote, quote_id)
    if q is None or q.theme_id is None:
        raise AnchorError(N_("golden quote {quote_id} does not exist"), quote_id=quote_id)
    node = s.get(ThemeNode, q.theme_id)
    seg = s.get(Segment, q.segment_id)
    assert node is not None and seg is not None
    tr = s.get(Transcript, seg.transcript_id)
    assert tr is not None
    first, last = _line_numbers(s, tr.id, seg.start, seg.end)
    label = s.get(Informant, tr.informant_id).label if tr.informant_id else ""  # type: ignore[union-attr]
    return Anchor("golden_quote", node.guid, node.name, Lookup(s).path(node.id), quote=_short(tr.text[seg.start:seg.end]),
                  segment=seg.guid, transcript=tr.guid, informant=label, first=first, last=last)


def lines_anchor(s: Session, transcript_id: int, first: int, last: int) -> Anchor:
    tr = s.get(Transcript, transcript_id)
    if tr is None:
        raise AnchorError(N_("transcript {transcript_id} does not exist"), transcript_id=transcript_id)
    if last < first:
        first, last = last, first
    rows = s.execute(select(Line.start, Line.end).where(Line.transcript_id == transcript_id, Line.number >= first,
                                                         Line.number <= last).order_by(Line.number)).all()
    if not rows:
        raise AnchorError(N_("transcript {title!r} has no lines {first}–{last}"),
                          title=tr.title, first=first, last=last)
    label = s.get(Informant, tr.informant_id).label if tr.informant_id else ""  # type: ignore[union-attr]
    return Anchor("lines", tr.guid, tr.title, quote=_short(tr.text[rows[0].start:rows[-1].end]), transcript=tr.guid,
                  informant=label, first=first, last=last)


def _line_numbers(s: Session, transcript_id: int, start: int, end: int) -> tuple[int | None, int | None]:
    rows = s.execute(select(Line.number).where(Line.transcript_id == transcript_id, Line.end > start,
                                                Line.start < end).order_by(Line.number)).scalars().all()
    return (rows[0], rows[-1]) if rows else (None, None)


# ---- resolving ---------------------------------------------------------------------------------------------
def resolve(lk: Lookup, a: Anchor, summary_of: dict[int, str] | None = None) -> Resolved:
    """Where ``a`` points in the project of ``lk`` now. ``summary_of`` caches condensates by node id."""
    old = Resolved(True, a.label(), a.path.split(" / ")[0] if a.path else "")
    if a.kind == "project":
        return Resolved(False, "—", "")
    if a.kind in ("area", "subgroup", "condensate"):
        n = lk.node_by_guid.get(a.guid)
        if n is None:
            return old
        if a.kind != "condensate" or a.quote == "":
            return Resolved(False, lk.path(n.id), lk.area(n.id), theme_id=n.id)
        summary = (summary_of or {}).get(n.id)
        if summary is None:
            summary = lk.s.scalar(select(ThemeNode.summary).where(ThemeNode.id == n.id)) or ""
        at = summary.find(a.quote)
        if at < 0:  # edited since: the node is there, the quoted passage is not
            return Resolved(True, lk.path(n.id), lk.area(n.id), theme_id=n.id)
        return Resolved(False, lk.path(n.id), lk.area(n.id), theme_id=n.id, start=at, end=at + len(a.quote))
    if a.kind == "code":
        c = lk.code_by_guid.get(a.guid)
        if c is None:
            return old
        return Resolved(False, f"{lk.path(c.theme_id)} · {c.name}" if c.theme_id else str(c.name), lk.area(c.theme_id),
                        theme_id=c.theme_id, code_id=c.id)
    if a.kind == "segment":
        seg = lk.segments.get(a.guid)
        if seg is None:
            return old
        c = lk.codes.get(seg.code_id)
        theme = c.theme_id if c is not None else None
        return Resolved(False, a.label() if a.first is None else _lines_label(a), lk.area(theme), theme_id=theme,
                        code_id=seg.code_id, segment_id=seg.id, transcript_id=seg.transcript_id, start=seg.start,
                        end=seg.end)
    if a.kind == "golden_quote":
        n = lk.node_by_guid.get(a.guid)
        seg = lk.segments.get(a.segment)
        if n is None or seg is None:
            return old
        qid = lk.s.scalar(select(Quote.id).where(Quote.theme_id == n.id, Quote.segment_id == seg.id,
                                                 Quote.golden == 1))
        if qid is None:
            return Resolved(True, lk.path(n.id), lk.area(n.id), theme_id=n.id)
        return Resolved(False, lk.path(n.id), lk.area(n.id), theme_id=n.id, segment_id=seg.id, quote_id=qid,
                        transcript_id=seg.transcript_id, start=seg.start, end=seg.end)
    # lines
    tr = lk.transcripts.get(a.transcript)
    if tr is None or a.first is None or a.last is None:
        return old
    rows = lk.s.execute(select(Line.start, Line.end).where(Line.transcript_id == tr.id, Line.number >= a.first,
                                                           Line.number <= a.last).order_by(Line.number)).all()
    if not rows:
        return old
    return Resolved(False, _lines_label(a), "", transcript_id=tr.id, start=rows[0].start, end=rows[-1].end)


def _lines_label(a: Anchor) -> str:
    span = f"{a.first}" if a.first == a.last else f"{a.first}–{a.last}"
    return f"{a.informant or '?'}, l. {span}"


def needed_segments(anchors: Iterable[Anchor]) -> list[str]:
    out = []
    for a in anchors:
        if a.kind == "segment":
            out.append(a.guid)
        elif a.kind == "golden_quote" and a.segment:
            out.append(a.segment)
    return out
