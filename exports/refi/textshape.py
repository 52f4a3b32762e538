"""Shape an external plain text into Kondens turns: paragraphs, speaker labels, line ends.

The result text has turns joined by "\n\n" (the project convention), CRLF/CR folded, blank lines and
speaker prefixes removed. Every change is an :class:`Edit` so selection offsets can follow.
Speaker labels are real labels from another tool and may be names: they are returned so the caller
can treat them as identifiers and replace them by pseudonyms; they are never stored.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from exports.refi.positions import Edit, apply_edits

_PARA = re.compile(r"[^\r\n]+")
_LABEL = re.compile(
    r"\s*(?:\[?\(?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?\)?\]?\s*)?"  # optional timestamp
    r"(?P<label>SPEAKER_\d+|[A-ZÆØÅÄÖÜÉ][\w.'-]{0,30}(?: [A-ZÆØÅÄÖÜÉ][\w.'-]{0,30}){0,3})\s*:[ \t]+"
)
INTERVIEWER = {"i", "q", "int", "intervjuer", "intervjuar", "interviewer", "forsker", "researcher", "moderator"}


@dataclass(frozen=True)
class ShapedTurn:
    label: str | None  # the raw speaker label (may be a name), None if the text has none
    start: int  # offsets into the shaped text
    end: int


@dataclass(frozen=True)
class Shaped:
    text: str
    turns: tuple[ShapedTurn, ...]
    edits: list[Edit]
    labels: tuple[str, ...]


def shape(raw: str) -> Shaped:
    paras = [(m.start(), m.end()) for m in _PARA.finditer(raw) if m.group().strip()]
    # Strip surrounding whitespace of each paragraph.
    stripped: list[tuple[int, int]] = []
    for s, e in paras:
        chunk = raw[s:e]
        s2 = s + (len(chunk) - len(chunk.lstrip()))
        e2 = e - (len(chunk) - len(chunk.rstrip()))
        stripped.append((s2, e2))
    matches = [_LABEL.match(raw, s, e) for s, e in stripped]
    use_labels = bool(stripped) and sum(1 for m in matches if m) >= max(2, len(stripped) // 2)
    # Group paragraphs into turns: a labelled paragraph starts a turn; others continue it.
    groups: list[tuple[str | None, list[tuple[int, int]]]] = []
    for (s, e), m in zip(stripped, matches, strict=True):
        if use_labels and m:
            groups.append((m.group("label"), [(m.end(), e)]))
        elif use_labels and groups:
            groups[-1][1].append((s, e))
        else:
            groups.append((None, [(s, e)]))
    groups = [(lab, [(s, e) for s, e in ps if e > s]) for lab, ps in groups]
    groups = [(lab, ps) for lab, ps in groups if ps]
    edits: list[Edit] = []
    reps: list[str] = []
    pos = 0
    for gi, (_, ps) in enumerate(groups):
        for pi, (s, e) in enumerate(ps):
            sep = "" if gi == 0 and pi == 0 else ("\n" if pi else "\n\n")
            if s > pos or sep:
                edits.append(Edit(pos, s, len(sep), keep=False))
                reps.append(sep)
            pos = e
    if pos < len(raw):
        edits.append(Edit(pos, len(raw), 0, keep=False))
        reps.append("")
    text = apply_edits(raw, edits, reps)
    turns: list[ShapedTurn] = []
    cursor = 0
    for lab, ps in groups:
        length = sum(e - s for s, e in ps) + (len(ps) - 1)
        turns.append(ShapedTurn(lab, cursor, cursor + length))
        cursor += length + 2
    labels = tuple(dict.fromkeys(lab for lab, _ in groups if lab))
    return Shaped(text, tuple(turns), edits, labels)
