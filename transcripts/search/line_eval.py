"""How a search decides per *line* inside the turns whoosh finds (see :mod:`transcripts.search.whoosh_index`):
the candidate query, the per-line evaluation from the positions the analyzer numbers per line, the
highlight marks and snippets, and the line offsets read back from the database."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from whoosh.formats import Positions
from whoosh.query import And, AndMaybe, AndNot, Every, MultiTerm, Not, NullQuery, Or, Phrase, Require, Term

from coding.store import Project
from transcripts.search import documents as D
from transcripts.search.analysis import LINE_SHIFT, analyse
from transcripts.search.types import Hit


def candidates(q: Any) -> Any:
    """The query whoosh runs on turns: NOT is decided per line later, so here it excludes nothing."""
    if isinstance(q, Not):
        return Every()
    if isinstance(q, AndNot):
        return candidates(q.a)
    if q.is_leaf():
        return q
    return q.apply(candidates)


BY_LINE = {"text": "text", "code": "lcode", "theme": "ltheme"}  # fields whose positions name the line
_POSITIONS = Positions()
_DECODED: dict[bytes, tuple[int, ...]] = {}  # posting value → positions: most values recur (one word, one spot)
_LINES: dict[tuple[int, ...], frozenset[int]] = {}
_MEMO_MAX = 100_000


def decode_positions(value: bytes) -> tuple[int, ...]:
    """The positions in a posting's value (``whoosh.formats.Positions``), remembered: a search decodes
    the postings of every matching turn, and the same few thousand values make up most of them."""
    got = _DECODED.get(value)
    if got is None:
        if len(_DECODED) > _MEMO_MAX:
            _DECODED.clear()
        got = _DECODED[value] = tuple(_POSITIONS.decode_positions(value))
    return got


def _lines_of(positions: tuple[int, ...]) -> frozenset[int]:
    got = _LINES.get(positions)
    if got is None:
        if len(_LINES) > _MEMO_MAX:
            _LINES.clear()
        got = _LINES[positions] = frozenset(p >> LINE_SHIFT for p in positions)
    return got


class LineEval:
    """Which lines of a candidate turn match the query, from the index alone (no text is re-analysed).

    Line-level fields (text, code, theme) map each posting's positions to lines; the others (informant,
    role, speaker, in:) hold for every line of the turn. ``None`` stands for "every line".
    """

    def __init__(self, reader: Any, q: Any) -> None:
        self.reader = reader
        self.q = q
        self._nl = reader.column_reader("nl") if reader.has_column("nl") else None
        self._pos: dict[tuple[str, Any], dict[int, tuple[int, ...]]] = {}
        self._lines: dict[tuple[str, Any], dict[int, frozenset[int]]] = {}
        self._docs: dict[tuple[str, Any], set[int]] = {}
        self._expanded: dict[int, list[tuple[str, Any]]] = {}

    def count(self, d: int) -> int:
        r = self._ev(self.q, d)
        return self._n(d) if r is None else len(r)

    def term_counts(self) -> dict[int, frozenset[int]] | None:
        """For a query of one word (the usual search): turn → its matching lines, for every turn holding
        it, read in one pass over the word's postings. None for any other query (see :meth:`count`)."""
        q = self.q
        if isinstance(q, Term) and q.fieldname in BY_LINE:
            return self._line_sets(BY_LINE[q.fieldname], q.text)
        return None

    def lines(self, d: int) -> set[int]:
        r = self._ev(self.q, d)
        return set(range(self._n(d))) if r is None else set(r)

    def _n(self, d: int) -> int:
        return int(self._nl[d]) if self._nl is not None else 1

    def _positions(self, field: str, text: Any) -> dict[int, tuple[int, ...]]:
        key = (field, text)
        got = self._pos.get(key)
        if got is None:
            got = {}
            try:
                m = self.reader.postings(field, text)
            except Exception:  # TermNotFound: no turn holds it
                m = None
            while m is not None and m.is_active():
                got[m.id()] = decode_positions(m.value())
                m.next()
            self._pos[key] = got
        return got

    def _line_sets(self, field: str, text: Any) -> dict[int, frozenset[int]]:
        """turn → the lines holding the term (from its positions)."""
        key = (field, text)
        got = self._lines.get(key)
        if got is None:
            got = {d: _lines_of(ps) for d, ps in self._positions(field, text).items()}
            self._lines[key] = got
        return got

    def _doc_set(self, field: str, text: Any) -> set[int]:
        key = (field, text)
        got = self._docs.get(key)
        if got is None:
            try:
                got = set(self.reader.postings(field, text).all_ids())
            except Exception:
                got = set()
            self._docs[key] = got
        return got

    def _term(self, field: str, text: Any, d: int) -> set[int] | None:
        if field in BY_LINE:
            return set(self._line_sets(BY_LINE[field], text).get(d, ()))
        return None if d in self._doc_set(field, text) else set()

    def _ev(self, q: Any, d: int) -> set[int] | None:
        if isinstance(q, Term):
            return self._term(q.fieldname, q.text, d)
        if isinstance(q, And | Require):
            out: set[int] | None = None
            for sub in q.children():
                r = self._ev(sub, d)
                if r is not None:
                    out = r if out is None else out & r
                    if not out:
                        return out
            return out
        if isinstance(q, AndMaybe):
            return self._ev(q.a, d)
        if isinstance(q, AndNot):
            return self._minus(self._ev(q.a, d), self._ev(q.b, d), d)
        if isinstance(q, Not):
            return self._minus(None, self._ev(q.query, d), d)
        if isinstance(q, Or):
            acc: set[int] = set()
            for sub in q.children():
                r = self._ev(sub, d)
                if r is None:
                    return None
                acc |= r
            return acc
        if isinstance(q, Phrase):
            return self._phrase(q, d)
        if isinstance(q, Every):
            return None
        if isinstance(q, MultiTerm):
            terms = self._expanded.get(id(q))
            if terms is None:
                terms = sorted(q.existing_terms(self.reader, expand=True))
                self._expanded[id(q)] = terms
            acc2: set[int] = set()
            for field, text in terms:
                r = self._term(field, text, d)
                if r is None:
                    return None
                acc2 |= r
            return acc2
        if q.is_leaf():  # another leaf (a range, the null query): decided by the turn
            return set() if q is NullQuery else None
        kids = list(q.children())
        return self._ev(kids[0], d) if len(kids) == 1 else None

    def _minus(self, a: set[int] | None, b: set[int] | None, d: int) -> set[int]:
        every = set(range(self._n(d)))
        return (every if a is None else a) - (every if b is None else b)

    def _phrase(self, q: Any, d: int) -> set[int] | None:
        if q.fieldname not in BY_LINE:
            return None if all(d in self._doc_set(q.fieldname, w) for w in q.words) else set()
        field = BY_LINE[q.fieldname]
        lists = [self._positions(field, w).get(d) for w in q.words]
        if not lists or any(not ps for ps in lists):
            return set()
        sets = [set(ps or ()) for ps in lists]
        slop = max(1, int(getattr(q, "slop", 1) or 1))
        out: set[int] = set()
        for p in sorted(sets[0]):
            cur = p
            for nxt in sets[1:]:
                step = next((cur + k for k in range(1, slop + 1) if cur + k in nxt), None)
                if step is None:
                    break
                cur = step
            else:
                if cur >> LINE_SHIFT == p >> LINE_SHIFT:
                    out.add(p >> LINE_SHIFT)
        return out


def text_terms(q: Any, reader: Any) -> set[str]:
    out: set[str] = set()
    try:
        pairs = q.existing_terms(reader, phrases=True, expand=True)
    except Exception:
        return out
    for field, term in pairs:
        if field == "text":
            out.add(term.decode("utf-8") if isinstance(term, bytes) else str(term))
    return out


def marks(text: str, terms: set[str]) -> tuple[tuple[int, int], ...]:
    if not terms:
        return ()
    return tuple((a, b) for term, a, b in analyse(text) if term in terms)


def snippet(text: str, terms: set[str], width: int = 90) -> tuple[str, tuple[tuple[int, int], ...]]:
    """A window of ``text`` around the first match, one line, with the marks shifted into it."""
    flat = " ".join(text.split())
    found = marks(flat, terms)
    if not found:
        return flat[: 2 * width], ()
    a = max(0, found[0][0] - width)
    b = min(len(flat), found[0][1] + width)
    prefix = "…" if a > 0 else ""
    suffix = "…" if b < len(flat) else ""
    shift = len(prefix) - a
    inside = tuple((x + shift, y + shift) for x, y in found if x >= a and y <= b)
    return prefix + flat[a:b] + suffix, inside


def resolve_spans(project: Project, hits: list[Hit]) -> list[Hit]:
    """Fill line offsets and turn ids from the database (the index stores only what it searches)."""
    spans = D.line_spans(project, [h.line_id for h in hits if h.line_id is not None])
    return [replace(h, start=spans[h.line_id][0], end=spans[h.line_id][1], turn_id=spans[h.line_id][2])
            if h.line_id is not None and h.line_id in spans else h for h in hits]
