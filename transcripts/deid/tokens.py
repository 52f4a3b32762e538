"""One tokenizer pass over the speech: word tokens with offsets and a sentence-start flag."""

from __future__ import annotations

import re
from dataclasses import dataclass

TOKEN = re.compile(r"\w+(?:[-‐'’´`.]\w+)*", re.UNICODE)
# A gap containing one of these starts a new sentence (or turn): capitals after it say nothing.
_BOUNDARY = frozenset(".!?:;\n«“–—…")
# A dot after these is an abbreviation, not the end of a sentence ("Inge D. Hansen", "St. Olav").
_ABBREV = frozenset("St Sankt Dr Mr Mrs Ms Jr Sr Prof nr Nr bl ca kl jf evt pga dvs osv mht tlf ref f".split())


@dataclass(slots=True)
class Token:
    start: int
    end: int
    text: str
    initial: bool  # first in its sentence, turn, quote or after a dash
    gap_before: str  # the characters between the previous token and this one

    @property
    def cap(self) -> bool:
        return self.text[0].isupper()

    @property
    def upper(self) -> bool:
        return len(self.text) >= 2 and self.text.isupper() and self.text.isalpha()


def _initial_letter(out: list[Token]) -> bool:
    """The last token is a middle initial after a capitalised name ("Inge D.")."""
    last = out[-1].text
    return len(last) == 1 and last.isupper() and len(out) > 1 and out[-2].text[0].isupper() and out[-1].gap_before == " "


def tokenize(text: str) -> list[Token]:
    out: list[Token] = []
    prev_end = 0
    for m in TOKEN.finditer(text):
        start = m.start()
        word = m.group()
        if word[-1] == ".":  # "St." keeps no trailing dot; the regex never ends on one, but be safe
            word = word[:-1]
        gap = text[prev_end:start]
        if out and gap.startswith(".") and (_initial_letter(out) or out[-1].text in _ABBREV or "." in out[-1].text):
            cut = gap[1:]
        else:
            cut = gap
        # A straight quote opens a quotation only when it touches the word ("sa "Kari" …" closes one).
        initial = not out or any(c in _BOUNDARY for c in cut) or cut.endswith('"') or (cut.strip() == "-" and "\n" in text[:start][-3:])
        out.append(Token(start, start + len(word), word, initial, gap))
        prev_end = start + len(word)
    return out
