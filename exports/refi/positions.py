"""Offsets: external selection positions → code points, and maps across text edits.

REFI-QDA positions are 0-based half-open code-point offsets of the decoded UTF-8 text (spec §10.2),
but NVivo counts UTF-16 code units with CRLF as 2, and ATLAS.ti counts a CRLF as 1 (NOTES.md).
:class:`OffsetMap` carries a position through a list of replacements (line-end normalisation,
removed speaker labels, identifiers replaced by tags) so that segments stay anchored.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from itertools import accumulate

CODEPOINT, UTF16, CRLF_ONE = "codepoint", "utf16", "crlf1"


def offset_model(origin: str) -> str:
    """Choose how a file's positions count, from ``Project/@origin``."""
    o = origin.casefold()
    if "nvivo" in o:
        return UTF16
    if "atlas" in o:
        return CRLF_ONE
    return CODEPOINT


class PositionConverter:
    """Converts external positions of one text into code-point indices of that (raw, decoded) text."""

    def __init__(self, text: str, model: str) -> None:
        self.length = len(text)
        self._cum: list[int] | None = None
        if model == UTF16 and any(ord(c) > 0xFFFF for c in text):
            self._cum = [0, *accumulate(2 if ord(c) > 0xFFFF else 1 for c in text)]
        elif model == CRLF_ONE and "\r\n" in text:
            units = (0 if c == "\r" and text[i + 1:i + 2] == "\n" else 1 for i, c in enumerate(text))
            self._cum = [0, *accumulate(units)]

    def __call__(self, pos: int) -> int:
        if self._cum is None:
            return max(0, min(pos, self.length))
        return min(bisect_left(self._cum, pos), self.length)


@dataclass(frozen=True)
class Edit:
    start: int  # old text, half-open
    end: int
    new_len: int
    keep: bool = True  # True: the replacement stands for the old text (a tag); False: a separator or removal


class OffsetMap:
    """Maps positions of an old text to a new text made by non-overlapping, sorted replacements."""

    def __init__(self, edits: list[Edit]) -> None:
        self._edits = edits
        self._starts = [e.start for e in edits]
        new_starts = []
        shift = 0
        for e in edits:
            new_starts.append(e.start + shift)
            shift += e.new_len - (e.end - e.start)
        self._new_starts = new_starts

    def map(self, pos: int, side: str = "start") -> int:
        """``side="start"`` for a segment start, ``"end"`` for a segment end.

        A position inside a replaced stretch moves to the start (segment start) or the end (segment
        end) of its replacement, so a segment never loses a tag it overlapped; an insertion at a
        position is excluded from a segment that starts or ends there.
        """
        i = bisect_right(self._starts, pos) - 1
        while i >= 0:
            e, ns = self._edits[i], self._new_starts[i]
            if e.start == e.end == pos:  # insertion exactly here
                if side == "start":
                    return ns + e.new_len
                i -= 1
                continue
            if pos < e.end:
                if not e.keep:  # separators and removed labels never belong to a segment
                    return ns + e.new_len if side == "start" else ns
                return ns if (side == "start" or pos == e.start) else ns + e.new_len
            return ns + e.new_len + (pos - e.end)
        return pos

    def map_span(self, start: int, end: int) -> tuple[int, int]:
        return self.map(start, "start"), self.map(end, "end")


def apply_edits(text: str, edits: list[Edit], replacements: list[str]) -> str:
    out: list[str] = []
    pos = 0
    for e, r in zip(edits, replacements, strict=True):
        out.append(text[pos:e.start])
        out.append(r)
        pos = e.end
    out.append(text[pos:])
    return "".join(out)
