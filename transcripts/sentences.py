"""Sentence lines: split a turn into sentences, the unit of line-by-line coding.

A sentence ends at ``.``, ``!``, ``?`` or ``…`` (with closing quotes/brackets) followed by white space
and an upper-case letter, digit, quote or bracket, or at a line break. Norwegian abbreviations
(f.eks., bl.a., osv., dvs., ca., kl., nr., m.m., evt., mht. …), initials (K. Hansen) and ordinals
before a month (3. mai) never end one.
"""

from __future__ import annotations

import re

ABBREVIATIONS = frozenset("""
f.eks eks bl.a osv dvs ca kl nr m.m evt ev mht pga ift iht jf jfr mfl m.fl o.l etc ifm tlf mob dr prof st
t.o.m f.o.m p.t hhv vs iflg ref mv m.v s sd ang adm avd dept inkl ekskl div prst pst gt vn alt a.k.a e.l
mill mrd kr ok sept okt nov des jan feb mar apr jun jul aug
""".split())
_MONTHS = ("januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober",
           "november", "desember")
_END = re.compile(r"(?:[.!?]+|…|\.{3})[\"'»”’)\]]*(?=\s)")
# A bracketed tag or mark ("[navn 1] sa …", "[latter] Ja") may open a sentence too.
_START = re.compile(r"\s+(?:\[[^\]\n]{1,30}\]|[\"'«“(\[]*[A-ZÆØÅÄÖÜÉ0-9])")


def _ends_sentence(text: str, end: int, punct: str) -> bool:
    """Is the match ``text[:end]`` ending with ``punct`` a real sentence end?"""
    if not _START.match(text, end):
        return False
    if punct.startswith(".") and not punct.startswith("..."):
        stop = end - len(punct) + 1  # just after the full stop
        i = stop - 1
        while i > 0 and (text[i - 1].isalnum() or text[i - 1] == "."):
            i -= 1
        word = text[i:stop - 1]
        if word:
            low = word.lower()
            if low in ABBREVIATIONS or low.rstrip(".") in ABBREVIATIONS:
                return False
            if len(word) == 1 and word.isupper():  # an initial: "K. Hansen"
                return False
            if word.isdigit() and text[end:].lstrip().lower().startswith(_MONTHS):
                return False
    return True


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence ranges ``(start, end)`` covering the non-blank text of one turn, in order."""
    out: list[tuple[int, int]] = []
    pos = 0
    n = len(text)
    cuts: list[int] = []
    for m in _END.finditer(text):
        core = m.group().rstrip("\"'»”’)]")
        if _ends_sentence(text, m.end(), core):
            cuts.append(m.end())
    for m in re.finditer(r"\n", text):
        cuts.append(m.start())
    for cut in sorted(set(cuts)) + [n]:
        start, end = pos, cut
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            out.append((start, end))
        pos = cut
    return out
