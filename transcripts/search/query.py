"""The query language: words, "phrases", prefix*, AND/OR/NOT, and field filters.

Filters: ``informant:A``, ``speaker:I``, ``role:informant``, ``code:"sosial arena"``, ``theme:"…"``,
``in:memo`` (memos, reflection notes, condensates), ``in:journal``, ``in:condensate``, ``in:transcript``. Whoosh's QueryParser does the parsing; this module only rewrites tags and filter names.
"""

from __future__ import annotations

import re
from typing import Any

from whoosh import qparser
from whoosh.query import NullQuery, Query

from coding.errors import N_
from transcripts.search.analysis import rewrite_tags
from transcripts.search.types import QueryError

FILTERS = ("informant", "speaker", "role", "code", "theme", "in")
_FILTER_RE = re.compile(r"\b(" + "|".join(FILTERS) + r")\s*:", re.IGNORECASE)
# Norwegian operators as well as the English ones.
_OPS = {"OG": "AND", "ELLER": "OR", "IKKE": "NOT"}
_OPS_RE = re.compile(r"(?<![\w\"])(OG|ELLER|IKKE)(?![\w\"])")


# Single-token filters live in the "meta" keyword field as prefixed tokens (see whoosh_index.make_schema).
_META = {"informant": "inf_", "speaker": "spk_", "role": "role_", "in": "in_"}
_META_RE = re.compile(r"\b(informant|speaker|role|in):(?:\"([^\"]*)\"|([^\s()\"]+))")


def _meta(m: re.Match[str]) -> str:
    value = m.group(2) if m.group(2) is not None else m.group(3)
    return "meta:" + _META[m.group(1)] + ("_".join(value.lower().split()) or "-")


def preprocess(text: str) -> str:
    text = rewrite_tags(text.strip())
    text = _FILTER_RE.sub(lambda m: m.group(1).lower() + ":", text)
    text = _META_RE.sub(_meta, text)
    text = _OPS_RE.sub(lambda m: _OPS[m.group(1)], text)
    return text


def make_parser(schema: Any) -> qparser.QueryParser:
    parser = qparser.QueryParser("text", schema, group=qparser.AndGroup)
    # "+"/"-" and boosts confuse users typing hyphenated words; keep the documented operators only.
    parser.remove_plugin_class(qparser.PlusMinusPlugin)
    parser.remove_plugin_class(qparser.BoostPlugin)
    return parser


def parse(parser: qparser.QueryParser, text: str) -> Query:
    cleaned = preprocess(text)
    if not cleaned:
        raise QueryError(N_("empty query"))
    if cleaned.count('"') % 2:
        raise QueryError(N_('unbalanced quotes: close the phrase with "'))
    try:
        q = parser.parse(cleaned)
    except Exception as e:  # whoosh raises assorted errors for malformed input
        raise QueryError(N_("cannot read the query: {error}"), error=e) from None
    if q is None or q is NullQuery:
        raise QueryError(N_("empty query"))
    return q
