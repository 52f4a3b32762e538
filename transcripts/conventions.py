"""Transcription conventions kept in the text and recognised everywhere (reader dimming, search, exports).

Kinds: ``event`` ([latter], [pause], [sukk] …), ``inaudible`` ((uhørlig), [utydelig] …), ``pause``
(``...``/``…`` on their own), ``omission`` ([…], [...]), ``filler`` (eh, ehm, hm, mm, mhm, øh).
De-identification tags such as ``[navn 1]`` are not conventions.
"""

from __future__ import annotations

import re

_EVENTS = ("latter", "ler", "ler litt", "humrer", "fniser", "pause", "kort pause", "lang pause", "sukk", "sukker",
           "stille", "stillhet", "host", "hoster", "kremt", "kremter", "avbrudd", "avbryter", "overlapp",
           "gråter", "nøler", "smiler", "laughter", "laughs", "silence", "sighs", "crosstalk")
_INAUDIBLE = ("uhørlig", "utydelig", "uforståelig", "inaudible", "unclear", "uklart")

CONVENTION_RE = re.compile(
    r"(?P<omission>\[(?:…|\.\.\.)\])"
    r"|(?P<inaudible>[\[(](?:" + "|".join(_INAUDIBLE) + r")(?:[ ,][^\])\n]{0,30})?[\])])"
    r"|(?P<event>\[(?:" + "|".join(sorted(_EVENTS, key=len, reverse=True)) + r")(?:[ ,][^\]\n]{0,30})?\])"
    r"|(?P<pause>…|\.{3,})"
    r"|(?P<filler>(?<![\w\-])(?:[Ee]h+m*|[Ee]hm|[Hh]m+|[Mm]m+|[Mm]hm|[Øø]h+m*|[Aa]hh?)(?![\w\-]))",
)

KINDS = ("event", "inaudible", "pause", "omission", "filler")


def find_conventions(text: str) -> list[tuple[int, int, str]]:
    """Every convention in ``text`` as ``(start, end, kind)``, in order, code-point offsets."""
    out = []
    for m in CONVENTION_RE.finditer(text):
        kind = m.lastgroup or "event"
        out.append((m.start(), m.end(), kind))
    return out
