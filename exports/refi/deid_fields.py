"""De-identification of everything text-like a ``.qdpx`` brings besides its sources and notes.

Code names and descriptions (codes that become theme areas and subgroups included) and variable
(attribute) names go through the same detection — and, without ``--yes``, the same review — as the
transcripts, with the one tagger of the import, so a name tagged in the text gets the same tag in a
code name. Case values, descriptions and note titles already pass through it in the importer.

Short labels such as code names have no sentence around them, so a capitalised word there ("diet
Coke") looks like a name to the detector. In these fields a proposed name is taken when it is
certain enough: a pattern (phone, e-mail, national id, …), a name the import knows (case names,
speaker labels, the linking key's list), a name of more than one word, or a name that also stands
in one of the imported texts (where it is tagged as well).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Protocol

from exports.refi.model import QProject
from transcripts.deid.types import Span, apply_spans

NAME_CATEGORIES = ("person", "place", "institution")


class _Deid(Protocol):
    known: set[str]
    tagger: Any
    count: int

    def spans(self, text: str, title: str = "") -> list[Span]: ...


def _certain(sp: Span, known: set[str], texts: list[str]) -> bool:
    if sp.category not in NAME_CATEGORIES:
        return True
    surface = " ".join(sp.text.split())
    if surface.casefold() in known or len(surface.split()) > 1:
        return True
    return any(surface in t for t in texts)


def deidentify_fields(q: QProject, deid: _Deid, texts: Iterable[str | None] = ()) -> None:
    """Replace identifiers in ``q``'s code, theme and variable fields in place (before anything is stored)."""
    known = {" ".join(k.split()).casefold() for k in deid.known}
    sources = [t for t in texts if t]

    def clean(value: str, title: str) -> str:
        if not value.strip():
            return value
        spans = [sp for sp in deid.spans(value, title) if _certain(sp, known, sources)]
        deid.count += len(spans)
        return apply_spans(value, spans, deid.tagger) if spans else value

    for c in q.all_codes():
        c.name = " ".join(clean(c.name, "Code name").split()) or c.name
        c.description = clean(c.description, "Code description")
    for v in q.variables:
        v.name = " ".join(clean(v.name, "Variable name").split()) or v.name
