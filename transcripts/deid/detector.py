"""The detector: patterns, gazetteers and cues combined into proposed identifier spans.

Recall comes first (a miss is a leak); the researcher reviews every proposal. Everything here is pure,
holds no state between calls except the cached gazetteers, and is safe to run in worker threads.
"""

from __future__ import annotations

from collections.abc import Iterable

from transcripts.deid.gazetteer import Gazetteers, load
from transcripts.deid.institutions import JOINERS, NAME_PARTICLES, compound_institution, is_head
from transcripts.deid.names import PERSON_CUES, known_pattern, known_variants
from transcripts.deid.patterns import find_patterns
from transcripts.deid.places import PLACE_PREPS, STREET, STREET_SPLIT
from transcripts.deid.tokens import Tokens
from transcripts.deid.types import Span

# Capitalised words that are not names in English text.
_EN_CAPS = frozenset("I I'm I've I'll I'd Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February "
                     "March April May June July August September October November December English Norwegian".split())
_STRONG_PLACE_PREPS = frozenset({"i", "på", "ved", "utenfor", "nær"})


def _base(word: str) -> str | None:
    """The word without a genitive ending, if it has one: "Karis" → "Kari", "Pers" → "Per"."""
    last = word[-1]
    if last != "s" and last != "'" and last != "’":
        return None
    for suf in ("'s", "’s", "'", "’"):
        if word.endswith(suf):
            return word[: -len(suf)]
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return None


def _kept(word: str, keep: frozenset[str]) -> bool:
    if word in keep:
        return True
    b = _base(word)
    return b is not None and b in keep


def _in_gazetteer(word: str, gaz: Gazetteers) -> bool:
    if word in gaz.first_names or word in gaz.surnames or word in gaz.places or word in gaz.institutions:
        return True
    b = _base(word)
    return b is not None and (b in gaz.first_names or b in gaz.surnames or b in gaz.places or b in gaz.institutions)


def _parts_in(word: str, names: frozenset[str]) -> bool:
    if word in names:
        return True
    b = _base(word)
    if b is not None and b in names:
        return True
    return "-" in word and any(p in names for p in word.split("-"))


def _flag_tokens(tk: Tokens, gaz: Gazetteers, lang: str) -> bytearray:
    """Mark the tokens that belong to a name. Only capitalised tokens and their neighbours are visited."""
    n = tk.n
    flag = bytearray(n)
    keep = gaz.keep
    common = gaz.common_words
    caps = tk.capitals()
    word, initial = tk.word, tk.initial
    for i in caps:
        w = word(i)
        if len(w) < 2 or _kept(w, keep):
            continue
        if lang == "en" and w in _EN_CAPS:
            continue
        if not initial(i) or tk.upper(i):
            flag[i] = 1
        elif _in_gazetteer(w, gaz):
            flag[i] = w not in gaz.ambiguous_initial
        else:
            low = w.lower()
            b = _base(low)
            if low not in common and (b is None or b not in common):
                flag[i] = "-" not in w or not all(p in common for p in low.split("-"))
    # Multi-word gazetteer entries with lowercase words inside: "Møre og Romsdal", "Mo i Rana".
    for i in caps:
        entries = gaz.multi.get(word(i))
        if entries:
            for entry in entries:
                if all(i + k < n and word(i + k) == entry[k] and not initial(i + k) for k in range(1, len(entry))):
                    for k in range(len(entry)):
                        flag[i + k] = 1
                    break
    # Capitalised words that need a neighbour: "Agenda X", "på Å", "Finn Eilertsen" at a sentence start.
    for i in caps:
        if flag[i]:
            continue
        w = word(i)
        if w in keep:
            continue
        if len(w) == 1:
            if i > 0 and not initial(i) and (flag[i - 1] and tk.gap(i) in (" ", ". ")
                                              or w == "Å" and word(i - 1) in PLACE_PREPS):
                flag[i] = 1
        elif i + 1 < n and flag[i + 1] and tk.gap(i + 1) == " " and not initial(i + 1) and tk.cap(i + 1):
            # A word right before a name is its first name unless it is a frequent word such as a title
            # ("Onkel Per" keeps the tag of "Per"): "Finn Eilertsen", "Hillary Clinton" at a sentence start.
            flag[i] = _in_gazetteer(w, gaz) or w.lower() not in gaz.frequent
    # Words after a flagged token: head nouns ("Sandviken sykehus", "Bjørgvin DPS") and name particles.
    i = flag.find(1)
    while 0 <= i < n - 1:
        if not flag[i + 1] and tk.gap(i + 1) == " " and not initial(i + 1):
            w = word(i + 1)
            if is_head(w, gaz):
                flag[i + 1] = 1
            elif w in NAME_PARTICLES and i + 2 < n and tk.cap(i + 2) and tk.gap(i + 2) == " " and not initial(i + 2):
                flag[i + 1] = flag[i + 2] = 1  # "Ludwig van Beethoven"
        i = flag.find(1, i + 1)
    # "Universitetet i Bergen", "Legevakten i Oslo", "Sysselmannen for Svalbard": a capitalised head (or a
    # flagged word that is no known name), a joiner, a flagged name.
    for i in caps:
        if i >= 2 and flag[i] and not flag[i - 1] and word(i - 1) in ("i", "på", "for", "ved") and not initial(i):
            h = word(i - 2)
            if h[0].isupper() and h not in keep and tk.gap(i - 1) == " " and tk.gap(i) == " " \
                    and (is_head(h, gaz) or flag[i - 2] and not _in_gazetteer(h, gaz)):
                flag[i - 2] = flag[i - 1] = 1
    # "Den norske kirke", "Det hvite hus": a capitalised article mid-sentence, lowercase words, a head noun.
    for i in caps:
        if flag[i] and word(i) in ("Den", "Det", "De") and not initial(i):
            for k in range(i + 1, min(n, i + 4)):
                if initial(k) or tk.gap(k) != " ":
                    break
                if is_head(word(k), gaz):
                    for m in range(i + 1, k + 1):
                        flag[m] = 1
                    break
    return flag


def _category(words: list[str], upper: bool, prev: str, gaz: Gazetteers) -> str:
    is_person = any(_parts_in(w, gaz.first_names) or _parts_in(w, gaz.surnames) for w in words)
    is_place = any(_parts_in(w, gaz.places) for w in words)
    if len(words) > 1 and (is_head(words[0], gaz) and not _in_gazetteer(words[0], gaz)
                           or any(is_head(w, gaz) and (w.islower() or w.isupper() or not _in_gazetteer(w, gaz))
                                  for w in words[1:])):
        return "institution"
    if any(_parts_in(w, gaz.institutions) for w in words):
        return "institution"
    if any(compound_institution(w, gaz) for w in words if w[0].isupper()) and not (is_person or is_place):
        return "institution"
    if upper:
        return "institution" if not is_place else "place"
    p = prev.lower()
    if p in PERSON_CUES:
        return "person"
    if p in PLACE_PREPS:
        if p in _STRONG_PLACE_PREPS or is_place or not is_person:
            return "place"
        return "person"
    if is_person and not (is_place and len(words) == 1 and words[0] in gaz.places and words[0] not in gaz.first_names):
        return "person"
    if is_place:
        return "place"
    return "person"


def _group_spans(tk: Tokens, flag: bytearray, gaz: Gazetteers) -> list[Span]:
    text, n = tk.text, tk.n
    spans: list[Span] = []
    i = flag.find(1)
    while 0 <= i < n:
        j = i
        while j + 1 < n and flag[j + 1] and tk.gap(j + 1) in (" ", "-", ". ") and not tk.initial(j + 1):
            j += 1
        idx = list(range(i, j + 1))
        # A group may not end in a joiner ("Universitetet i" before an unflagged word).
        while len(idx) > 1 and tk.word(idx[-1]) in JOINERS:
            idx.pop()
        prev = tk.word(i - 1) if i > 0 else ""
        if prev in ("St", "Sankt") and not tk.initial(i):
            idx.insert(0, i - 1)
            prev = tk.word(i - 2) if i > 1 else ""
        words = [tk.word(k) for k in idx]
        cat = _category(words, all(tk.upper(k) for k in idx), prev, gaz)
        src = "capital" if any(not tk.initial(k) for k in idx) else "gazetteer"
        start, end = tk.start(idx[0]), tk.end(idx[-1])
        spans.append(Span(start, end, cat, text[start:end], src))
        i = flag.find(1, j + 1)
    return spans


def _propagate(tk: Tokens, spans: list[Span], flag: bytearray) -> list[Span]:
    """A name found once in a transcript is flagged everywhere in it, also where its capital said nothing."""
    seen: dict[str, str] = {}
    for sp in spans:
        if sp.category in ("person", "place", "institution"):
            for w in sp.text.replace("-", " ").split() + [sp.text]:
                if len(w) > 1 and w[0].isupper():
                    seen.setdefault(w, sp.category)
                    b = _base(w)
                    if b is not None:
                        seen.setdefault(b, sp.category)
    out: list[Span] = []
    for i in tk.capitals():
        if flag[i]:
            continue
        w = tk.word(i)
        cat = seen.get(w)
        if cat is None:
            b = _base(w)
            cat = seen.get(b) if b is not None else None
        if cat is not None:
            out.append(Span(tk.start(i), tk.end(i), cat, w, "repeat"))
    return out


def _known_spans(text: str, known: Iterable[str], gaz: Gazetteers) -> list[Span]:
    entries = [k for k in known if k and k.strip()]
    if not entries:
        return []
    stop = frozenset(w for w in gaz.common_words if len(w) <= 3) | {"da", "de", "van", "von", "der"}
    pat = known_pattern(known_variants(entries, stop))
    if pat is None:
        return []
    out = []
    for m in pat.finditer(text):
        s = m.group()
        words = s.split()
        if is_head(words[-1], gaz) and len(words) > 1:
            cat = "institution"
        elif words[0] in gaz.places and words[0] not in gaz.first_names and words[0] not in gaz.surnames:
            cat = "place"
        else:
            cat = "person"
        out.append(Span(m.start(), m.end(), cat, s, "known"))
    return out


def _resolve(spans: list[Span], text: str, keep: frozenset[str]) -> list[Span]:
    """Merge overlaps: the longer span wins its category; patterns always win over names."""
    order = sorted(spans, key=lambda s: (s.start, -(s.end - s.start)))
    out: list[Span] = []
    for sp in order:
        if sp.text in keep:
            continue
        if out and sp.start < out[-1].end:
            last = out[-1]
            if sp.end <= last.end:
                continue
            if last.source.startswith("pattern") or sp.source.startswith("pattern"):
                if sp.source.startswith("pattern") and not last.source.startswith("pattern"):
                    out[-1] = sp
                continue
            out[-1] = Span(last.start, sp.end, last.category, text[last.start:sp.end], last.source)
            continue
        out.append(sp)
    return out


def detect(text: str, known: Iterable[str] = (), lang: str = "nb") -> list[Span]:
    """Propose identifier spans in ``text`` (code-point offsets), sorted by start, never overlapping.

    ``known`` are identifiers that must be found wherever they occur (names from speaker labels, the
    project's always-list), with genitive, definite and hyphen-compound forms and the parts of full names.
    ``lang`` is the language of the speech ("nb", "nn", "en"): it only changes which capitalised words
    are ordinary (English "I", "Monday").
    """
    gaz = load()
    known = list(known)
    tk = Tokens(text)
    if tk.n == 0:
        return _resolve(find_patterns(text), text, gaz.keep)
    flag = _flag_tokens(tk, gaz, lang)
    spans = _group_spans(tk, flag, gaz)
    spans += _known_spans(text, known, gaz)
    spans += _propagate(tk, spans, flag)
    for rx in (STREET, STREET_SPLIT):
        for m in rx.finditer(text):
            if m.group() not in gaz.keep:
                spans.append(Span(m.start(), m.end(), "place", m.group(), "street"))
    spans += find_patterns(text)
    return _resolve(spans, text, gaz.keep)
