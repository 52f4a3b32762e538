"""De-identification: the detector proposes identifier spans; the researcher decides.

Public entry point: :func:`detect`. Shared types live in :mod:`transcripts.deid.types`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from transcripts.deid.types import CATEGORIES, TAGS, Span, Tagger, apply_spans

__all__ = ["CATEGORIES", "TAGS", "Span", "Tagger", "apply_spans", "detect"]

_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
_PHONE = re.compile(r"(?<![\d+])(?:(?:\+|00)47[ ]?)?(?:\d{8}|\d{3} \d{2} \d{3}|\d{2} \d{2} \d{2} \d{2})(?!\d)")


def detect(text: str, known: Iterable[str] = (), lang: str = "nb") -> list[Span]:
    """Propose identifier spans in ``text`` (code-point offsets), sorted by start.

    ``known`` are names that must be found wherever they occur (speaker labels, the always-list).
    Pure function; safe to call from worker threads.
    """
    spans: list[Span] = []
    for m in _EMAIL.finditer(text):
        spans.append(Span(m.start(), m.end(), "email", m.group(), "pattern"))
    for m in _PHONE.finditer(text):
        spans.append(Span(m.start(), m.end(), "phone", m.group(), "pattern"))
    for name in {k.strip() for k in known if k and k.strip()}:
        for m in re.finditer(rf"(?<!\w){re.escape(name)}(?:s|'s|')?(?!\w)", text):
            spans.append(Span(m.start(), m.end(), "person", m.group(), "known"))
    return sorted(spans, key=lambda s: (s.start, -s.end))
