"""Reads of the theme hierarchy for the hierarchy dock, snapshots and exports (plain DTOs)."""

from __future__ import annotations

from dataclasses import dataclass, replace

from sqlalchemy import func, select

from coding.changes import Changes
from coding.code_queries import TreeCounts
from coding.dto import ThemeNodeDTO
from coding.store import Project
from coding.store.models import Code, Quote, ResearchQuestion, Segment, ThemeNode, ThemeQuestion


@dataclass(frozen=True)
class ThemedCode:
    id: int
    name: str
    color: str
    parent_id: int | None
    theme_id: int | None
    position: int
    segments: int


@dataclass(frozen=True)
class QuestionDTO:
    id: int
    text: str
    position: int
    theme_ids: tuple[int, ...]


@dataclass(frozen=True)
class GoldenQuoteRef:
    id: int
    theme_id: int
    segment_id: int


@dataclass(frozen=True)
class Hierarchy:
    nodes: tuple[ThemeNodeDTO, ...]
    codes: tuple[ThemedCode, ...]
    questions: tuple[QuestionDTO, ...]
    golden: tuple[GoldenQuoteRef, ...] = ()

    def node(self, theme_id: int) -> ThemeNodeDTO | None:
        return next((n for n in self.nodes if n.id == theme_id), None)

    def areas(self) -> list[ThemeNodeDTO]:
        return [n for n in self.nodes if n.parent_id is None]

    def subgroups(self, area_id: int) -> list[ThemeNodeDTO]:
        return [n for n in self.nodes if n.parent_id == area_id]

    def codes_in(self, theme_id: int | None) -> list[ThemedCode]:
        return [c for c in self.codes if c.theme_id == theme_id]

    def area_of(self, theme_id: int) -> int:
        n = self.node(theme_id)
        return n.parent_id if n is not None and n.parent_id is not None else theme_id

    def questions_of(self, theme_id: int) -> list[QuestionDTO]:
        return [q for q in self.questions if theme_id in q.theme_ids]


class KeptHierarchy(TreeCounts):
    """The segments per code and the last hierarchy read, kept between calls of :func:`hierarchy`."""

    def __init__(self) -> None:
        super().__init__()
        self.last: Hierarchy | None = None


def hierarchy(project: Project, kept: KeptHierarchy | None = None, changes: Changes | None = None) -> Hierarchy:
    """Everything the hierarchy dock shows, in three small queries; ordered by position.

    With ``kept`` (kept by the caller between calls) the segments per code are recounted only where
    ``changes`` (every write since the last call, or None: count all) touched segments, and after plain
    coding (only segments touched) nothing else is read again."""
    if kept is not None and kept.last is not None and changes is not None and set(changes.touched) <= {"segments"}:
        with project.read() as s:
            kept.update(s, changes)
        last = kept.last
        kept.last = replace(last, codes=tuple(replace(c, segments=int(kept.segments.get(c.id, 0)))
                                              for c in last.codes))
        return kept.last
    h = _hierarchy(project, kept, changes)
    if kept is not None:
        kept.last = h
    return h


def _hierarchy(project: Project, kept: TreeCounts | None, changes: Changes | None) -> Hierarchy:
    with project.read() as s:
        nodes = tuple(
            ThemeNodeDTO(n.id, n.kind, n.name, n.description, n.summary, n.color, n.parent_id, n.position)
            for n in s.scalars(select(ThemeNode).order_by(ThemeNode.position, ThemeNode.id)))
        if kept is not None:
            kept.update(s, changes)
            counts: dict[int, int] = dict(kept.segments)
        else:
            counts = dict(s.execute(select(Segment.code_id, func.count()).group_by(Segment.code_id)).all())
        codes = tuple(
            ThemedCode(r.id, r.name, r.color, r.parent_id, r.theme_id, r.position, int(counts.get(r.id, 0)))
            for r in s.execute(select(Code.id, Code.name, Code.color, Code.parent_id, Code.theme_id, Code.position)
                               .order_by(Code.position, Code.id)).all())
        links: dict[int, list[int]] = {}
        for tid, qid in s.execute(select(ThemeQuestion.theme_id, ThemeQuestion.question_id)).all():
            links.setdefault(qid, []).append(tid)
        questions = tuple(QuestionDTO(q.id, q.text, q.position, tuple(sorted(links.get(q.id, []))))
                          for q in s.scalars(select(ResearchQuestion).order_by(ResearchQuestion.position,
                                                                               ResearchQuestion.id)))
        golden = tuple(GoldenQuoteRef(qid, int(theme), sid) for qid, theme, sid in s.execute(
            select(Quote.id, Quote.theme_id, Quote.segment_id).where(Quote.golden == 1, Quote.theme_id.is_not(None))
            .order_by(Quote.id)).all() if theme is not None)
        return Hierarchy(nodes, codes, questions, golden)
