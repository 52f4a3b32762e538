"""One tokenizer pass over the speech: word offsets, with words and sentence starts computed on demand.

Only capitalised words and their neighbours matter to the detector, so the per-token work is kept to
one regex pass and a list of offsets; everything else is looked up lazily for the few tokens that need it.
"""

from __future__ import annotations

import re

TOKEN = re.compile(r"\w+(?:[-‐'’´`.]\w+)*", re.UNICODE)
# A gap containing one of these starts a new sentence (or turn): capitals after it say nothing.
# In speech transcripts a bracketed event ("[latter] Ingenting.", "(uhørlig) Jeg …") ends one too.
_BOUNDARY = re.compile(r"[.!?:;\n«“–—…\])]")
# A dot after these is an abbreviation, not the end of a sentence ("St. Olav", "Dr. Hansen").
# Abbreviated first names too ("Chr. Michelsens barnehjem", "Joh. Sebastian").
_ABBREV = frozenset("St Sankt Dr Mr Mrs Ms Jr Sr Prof nr Nr bl ca kl jf evt pga dvs osv mht tlf ref f "
                    "Chr Joh Jac Th Wm Hj Fr Kr Chas Geo Fredr".split())


class Tokens:
    """The word tokens of ``text``. Index-based; ``word(i)``, ``gap(i)``, ``initial(i)`` are computed on demand."""

    __slots__ = ("text", "spans", "n", "_initial", "_caps")

    def __init__(self, text: str) -> None:
        self.text = text
        self.spans: list[tuple[int, int]] = [m.span() for m in TOKEN.finditer(text)]
        self.n = len(self.spans)
        self._initial: dict[int, bool] = {}
        self._caps: list[int] | None = None

    def word(self, i: int) -> str:
        s, e = self.spans[i]
        return self.text[s:e]

    def start(self, i: int) -> int:
        return self.spans[i][0]

    def end(self, i: int) -> int:
        return self.spans[i][1]

    def gap(self, i: int) -> str:
        """The characters between token ``i - 1`` and token ``i``."""
        return self.text[self.spans[i - 1][1]:self.spans[i][0]] if i > 0 else self.text[:self.spans[0][0]]

    def cap(self, i: int) -> bool:
        return self.text[self.spans[i][0]].isupper()

    def capitals(self) -> list[int]:
        """Indices of the tokens that start with a capital letter (computed once)."""
        if self._caps is None:
            text = self.text
            self._caps = [i for i, (s, _) in enumerate(self.spans) if text[s].isupper()]
        return self._caps

    def initial(self, i: int) -> bool:
        """First in its sentence, turn or quotation, where a capital letter says nothing."""
        got = self._initial.get(i)
        if got is None:
            got = self._compute_initial(i)
            self._initial[i] = got
        return got

    def mark_initial(self, i: int) -> None:
        """Token ``i`` starts a sentence although no punctuation says so (after a run-in heading)."""
        self._initial[i] = True

    def _compute_initial(self, i: int) -> bool:
        if i == 0:
            return True
        gap = self.gap(i)
        if gap == " ":  # by far the most common gap: never a boundary
            return False
        if gap.startswith("."):
            prev = self.word(i - 1)
            if prev in _ABBREV or "." in prev or self._middle_initial(i - 1):
                gap = gap[1:]
        # A straight quote opens a quotation only when it touches the word ('sa "Kari" …' closes one).
        return bool(_BOUNDARY.search(gap)) or gap.endswith('"') or (gap.strip() == "-" and "\n" in gap)

    def _middle_initial(self, i: int) -> bool:
        """Token ``i`` is one capital letter after a capitalised name ("Inge D.")."""
        w = self.word(i)
        return len(w) == 1 and w.isupper() and i > 0 and self.cap(i - 1) and self.gap(i) == " "

    def upper(self, i: int) -> bool:
        w = self.word(i)
        return len(w) >= 2 and w.isupper() and w.isalpha()
