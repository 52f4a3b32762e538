"""Shared types of de-identification: detected spans, categories, tags and replacement.

The detector (``transcripts.deid.detect``) proposes ``Span``s on the speech text; the researcher
decides; :func:`apply_spans` replaces the accepted ones with numbered tags from a :class:`Tagger`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from coding.tags import CATEGORIES, NUMBERED, TAGS

__all__ = ["CATEGORIES", "NUMBERED", "TAGS", "Span", "Tagger", "apply_spans"]


@dataclass(frozen=True)
class Span:
    """A proposed identifier ``text[start:end]`` of ``category``. ``text`` is only ever held in memory."""

    start: int
    end: int
    category: str
    text: str
    source: str = ""  # what found it: "gazetteer", "label", "known", "pattern", "capital", "manual", …
    # False for weak evidence (an unknown capitalised word at a sentence start, a lone name that is also an
    # ordinary word): still proposed (a miss is a leak), but the review shows these first for a look.
    confident: bool = True


@dataclass
class Tagger:
    """Hands out tags, the same tag for the same entity.

    ``mapping`` (original → tag) is what a linking key stores; it starts from the key if one is used,
    so tags stay consistent across interviews. Without a key it lives for one transcript only.
    """

    lang: str = "nb"
    mapping: dict[str, str] = field(default_factory=dict)
    # Mapping keys this tagger handed out (new or from the key): the linking key records them per informant.
    used: set[str] = field(default_factory=set, repr=False)
    # Highest number handed out per tag word; rebuilt whenever ``mapping`` was changed from outside
    # (a linking key loaded or rolled back), so numbering stays O(1) per new entity and never repeats.
    _counts: dict[str, int] = field(default_factory=dict, init=False, repr=False)
    _counted: int = field(default=-1, init=False, repr=False)

    @staticmethod
    def entity_key(text: str) -> str:
        """Normalise surface variants of one entity: whitespace, genitive -s, case."""
        key = " ".join(text.split())
        if len(key) > 3 and key.endswith("s") and not key.endswith("ss"):
            key = key[:-1]
        return key.casefold()

    def tag(self, text: str, category: str) -> str:
        names = TAGS.get(self.lang, TAGS["nb"])
        if category not in NUMBERED:
            return f"[{names.get(category, names['other'])}]"
        key = f"{category}:{self.entity_key(text)}"
        self.used.add(key)
        if key not in self.mapping:
            if self._counted != len(self.mapping):
                self._recount()
            word = names[category]
            n = self._counts.get(word, 0) + 1
            self._counts[word] = n
            self.mapping[key] = f"[{word} {n}]"
            self._counted = len(self.mapping)
        return self.mapping[key]

    def _recount(self) -> None:
        self._counts.clear()
        for tag in self.mapping.values():
            word, _, num = tag.strip("[]").rpartition(" ")
            if num.isdigit():
                self._counts[word] = max(self._counts.get(word, 0), int(num))
        self._counted = len(self.mapping)


def apply_spans(text: str, spans: Iterable[Span], tagger: Tagger) -> str:
    """Replace every span by its tag. Overlapping spans are merged into the first, longest one."""
    out: list[str] = []
    pos = 0
    for sp in sorted(spans, key=lambda s: (s.start, -(s.end - s.start))):
        if sp.start < pos:
            continue
        out.append(text[pos:sp.start])
        out.append(tagger.tag(sp.text, sp.category))
        pos = sp.end
    out.append(text[pos:])
    return "".join(out)
