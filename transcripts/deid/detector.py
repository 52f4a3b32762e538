"""The detector: patterns, gazetteers and cues combined into proposed identifier spans.

Recall comes first (a miss is a leak); the researcher reviews every proposal. Everything here is pure,
holds no state between calls except the cached gazetteers, and is safe to run in worker threads.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from transcripts.deid.gazetteer import Gazetteers, load
from transcripts.deid.institutions import (
    COORDINATORS,
    JOINERS,
    NAME_PARTICLES,
    STATE_GENITIVES,
    compound_institution,
    is_head,
)
from transcripts.deid.language import LANGS, detect_language
from transcripts.deid.names import PERSON_CUES, known_pattern, known_variants
from transcripts.deid.patterns import find_patterns
from transcripts.deid.places import PLACE_PREPS, STREET, STREET_SPLIT
from transcripts.deid.tokens import Tokens
from transcripts.deid.types import NUMBERED, Span
from transcripts.deid.words import NeverList, kept, ordinary

# Capitalised words that are not names in English text.
_EN_CAPS = frozenset("I I'm I've I'll I'd Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February "
                     "March April May June July August September October November December English Norwegian".split())
_STRONG_PLACE_PREPS = frozenset({"i", "på", "ved", "utenfor", "utanfor", "nær"})
_ARTICLES = frozenset({"Den", "Det", "De", "Dei", "The"})
_SMALL_NUMBER = re.compile(r"^\d{1,3}$")
# Fillers and answer words after which speech often starts a new sentence ("Ja, Det var …", "eh, Vi …").
_FILLERS = frozenset("ja nei eh ehm em hm hmm mm mhm øh øhm æh altså asså jo vel ok okei okay sant jaha joda jada "
                     "neida nja javel".split())
_NUMBERING = re.compile(r"^\d{1,3}(?:\.\d{1,3})*$")
# "al-Qaida", "bin-Laden": a lowercase particle hyphened to a name.
_PARTICLE_NAME = re.compile(r"(?<![\w-])(?:al|el|bin|ibn|abu|van|von|de|di|da|du|la|le|d')-[A-ZÆØÅ][\w-]+")
_HYPHEN_CAP = re.compile(r"(?<=[a-z'])-[A-ZÆØÅ]")
# Endings of a word that may be an adjective before a name ("Store Norske", "Norske Skog"): such a word at a
# sentence start is not taken for a run-in heading.
_ADJ_ENDINGS = ("e", "t", "ig", "lig", "isk")


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


def _acronym(w: str) -> bool:
    """All capitals ("DA", "NRK"), also with a genitive ("FNs", "NRKs")."""
    core = w[:-1] if len(w) > 2 and w[-1] == "s" else w
    return len(core) >= 2 and core.isupper() and core.isalpha()


class _Block:
    """Words never proposed on their own: function words, keep-list terms and their inflections, the
    project's never-list (and, in English speech, weekdays and months). Answers are cached per call."""

    __slots__ = ("gaz", "never", "en", "_seen")

    def __init__(self, gaz: Gazetteers, never: NeverList, lang: str) -> None:
        self.gaz, self.never, self.en = gaz, never, lang == "en"
        self._seen: dict[str, bool] = {}

    def __call__(self, w: str) -> bool:
        got = self._seen.get(w)
        if got is None:
            gaz = self.gaz
            got = (w.lower() in gaz.function_words and not _acronym(w) or kept(w, gaz.keep)
                   or self.never.matches(w) or self.en and w in _EN_CAPS)
            self._seen[w] = got
        return got


def _in_gazetteer(word: str, gaz: Gazetteers) -> bool:
    if word in gaz.first_names or word in gaz.surnames or word in gaz.places or word in gaz.institutions:
        return True
    if len(word) == 3 and word[2] == "s" and word[:2] in gaz.institutions:
        return True  # "Aps", "Sps"
    b = _base(word)
    return b is not None and (b in gaz.first_names or b in gaz.surnames or b in gaz.places or b in gaz.institutions)


def _parts_in(word: str, names: frozenset[str]) -> bool:
    if word in names:
        return True
    b = _base(word)
    if b is not None and b in names:
        return True
    return "-" in word and any(p in names for p in word.split("-"))


def _proper(word: str, gaz: Gazetteers) -> bool:
    if word in gaz.proper_nouns:
        return True
    b = _base(word)
    return b is not None and b in gaz.proper_nouns


def _run_in(tk: Tokens, i: int, gaz: Gazetteers, block: _Block) -> None:
    """A heading run into the speech ("… og lignende. Suksessfaktorer Hvis man …"): an ordinary word at a
    sentence start right before a capitalised function word or ordinary word starts a new sentence there."""
    if i + 1 >= tk.n or tk.gap(i + 1) != " " or not tk.cap(i + 1) or tk.upper(i + 1):
        return
    nxt = tk.word(i + 1)
    low = nxt.lower()
    if low in gaz.function_words or block(nxt):
        tk.mark_initial(i + 1)
    elif not tk.word(i).lower().endswith(_ADJ_ENDINGS) and ordinary(low, gaz) \
            and (low in gaz.common_words or not compound_institution(nxt, gaz)) \
            and not (_in_gazetteer(nxt, gaz) or _proper(nxt, gaz)):
        tk.mark_initial(i + 1)


def _flag_tokens(tk: Tokens, gaz: Gazetteers, lang: str, block: _Block) -> tuple[bytearray, bytearray]:
    """Mark the tokens that belong to a name (``flag``) and those flagged on weak evidence only (``weak``).
    Only capitalised tokens and their neighbours are visited."""
    n = tk.n
    flag = bytearray(n)
    weak = bytearray(n)
    keep = gaz.keep
    common = gaz.common_words
    en = lang == "en"
    caps = tk.capitals()
    word, initial = tk.word, tk.initial
    capw = {i: word(i) for i in caps}  # the capitalised words, looked at in every pass below
    for i in caps:
        w = capw[i]
        if len(w) < 2 or block(w):
            continue
        if i > 0 and tk.gap(i) == " " and _NUMBERING.match(word(i - 1)) and initial(i - 1):
            tk.mark_initial(i)  # "11.3.2 Grunnlaget for …", "2 Hvordan …": a numbered heading or question
        elif i > 0 and tk.gap(i) == ", " and word(i - 1).lower() in _FILLERS \
                and (initial(i - 1) or "," in tk.gap(i - 1)):
            tk.mark_initial(i)  # speech restarts after a filler: "Ja, Musikkterapeuten …", "…, eh, Det …"
        if not initial(i) or _acronym(w):
            flag[i] = 1
            continue
        # A capital at a sentence start says nothing: the word itself must look like a name.
        low = w.lower()
        if _in_gazetteer(w, gaz):
            if w not in gaz.ambiguous_initial:
                flag[i] = 1
                b = _base(low)
                # A lone name that is also an ordinary word ("Berg", "Sol", "Vik") is weak evidence.
                weak[i] = low in common or b is not None and b in common
        elif _proper(w, gaz):
            flag[i] = 1
        elif low in gaz.rare_short and not en:
            flag[i] = weak[i] = 1  # a short, rare word at a sentence start is as likely a name ("Ora", "Gross")
        elif ordinary(low, gaz, en):
            if low not in common and compound_institution(w, gaz):
                flag[i] = weak[i] = 1  # an unknown compound ending in a head noun: "Bryggeloftet"
            else:
                _run_in(tk, i, gaz, block)
        else:
            flag[i] = weak[i] = 1  # an unknown capitalised word at a sentence start
    # Multi-word gazetteer entries with lowercase words inside: "Møre og Romsdal", "Mo i Rana".
    for i in caps:
        entries = gaz.multi.get(capw[i])
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
        w = capw[i]
        if w in keep or len(w) > 1 and block(w):
            continue
        if len(w) == 1:
            if i > 0 and not initial(i) and (flag[i - 1] and tk.gap(i) in (" ", ". ")
                                              or w == "Å" and word(i - 1) in PLACE_PREPS):
                flag[i] = 1
        elif i + 1 < n and flag[i + 1] and tk.gap(i + 1) == " " and not initial(i + 1) and tk.cap(i + 1):
            # A word right before a name is its first name unless it is a frequent word such as a title
            # ("Onkel Per" keeps the tag of "Per"): "Finn Eilertsen", "Hillary Clinton" at a sentence start.
            flag[i] = _in_gazetteer(w, gaz) or w.lower() not in gaz.frequent
            if flag[i] and weak[i + 1] and not _in_gazetteer(w, gaz):
                weak[i] = 1
    # Capitalised function words inside a name, mid-sentence: "Jon Helt Haarder", "Fritz Langs", "The
    # Observer", "Der Spiegel", "Ansar Dine"; and "Norges Bank", "Statens Kartverk".
    for i in caps:
        if flag[i] or initial(i):
            continue
        w = capw[i]
        if len(w) < 2 or not (w.lower() in gaz.function_words or w in STATE_GENITIVES) or block.never.matches(w):
            continue
        before = i > 0 and flag[i - 1] and tk.gap(i) == " " and tk.cap(i - 1) and not initial(i - 1)
        after = i + 1 < n and flag[i + 1] and tk.gap(i + 1) == " " and tk.cap(i + 1) and not initial(i + 1)
        if after or before and w not in STATE_GENITIVES:
            flag[i] = 1
    # "Statens legemiddelverk", "Norges forskningsråd" (also at a sentence start), "Arbeids- og
    # sosialdepartementet", "Olje- og energidepartementet": a capitalised word, a lowercase head noun.
    for i in caps:
        if i + 1 >= n or flag[i] and flag[i + 1]:
            continue
        w = capw[i]
        gap = tk.gap(i + 1)
        if gap == " " and w in STATE_GENITIVES and is_head(word(i + 1), gaz) and word(i + 1).islower():
            flag[i] = flag[i + 1] = 1
            weak[i] = weak[i + 1] = 0
        elif gap == "- " and i + 2 < n and word(i + 1) in COORDINATORS and tk.gap(i + 2) == " " \
                and not initial(i + 2) and (is_head(word(i + 2), gaz) or flag[i] and flag[i + 2]) and not block(w):
            flag[i] = flag[i + 1] = flag[i + 2] = 1
            weak[i] = weak[i + 1] = weak[i + 2] = 0
    # Words after a flagged token: head nouns ("Sandviken sykehus", "Bjørgvin DPS") and name particles.
    i = flag.find(1)
    while 0 <= i < n - 1:
        if not flag[i + 1] and tk.gap(i + 1) == " " and not initial(i + 1):
            w = word(i + 1)
            if w.islower() and i + 3 < n and tk.gap(i + 2) == "- " and word(i + 2) in COORDINATORS \
                    and tk.gap(i + 3) == " " and is_head(word(i + 3), gaz):
                flag[i + 1] = flag[i + 2] = flag[i + 3] = 1  # "Solheim bo- og behandlingssenter"
                weak[i] = 0
            elif is_head(w, gaz):
                flag[i + 1] = 1
                weak[i] = 0  # "Glemmen vgs" at a sentence start: the head says it is a name
            elif w.islower() and w.endswith("e") and w not in gaz.function_words and i + 2 < n \
                    and tk.gap(i + 2) == " " and is_head(word(i + 2), gaz) and word(i + 2).islower():
                flag[i + 1] = flag[i + 2] = 1  # an adjective before the head: "Kviteseid gamle kyrkje"
                weak[i] = 0
            elif w in NAME_PARTICLES and i + 2 < n and tk.cap(i + 2) and tk.gap(i + 2) == " " and not initial(i + 2):
                flag[i + 1] = flag[i + 2] = 1  # "Ludwig van Beethoven"
            elif w in ("sr", "jr") and tk.cap(i):
                flag[i + 1] = 1  # "Bush sr."
            elif _SMALL_NUMBER.match(w) and i > 0 and flag[i - 1] and tk.gap(i) == " " and tk.cap(i) \
                    and tk.cap(i - 1) and not initial(i - 1) and (i + 2 >= n or not tk.gap(i + 2).startswith((".", ","))):
                flag[i + 1] = 1  # "Queen Elisabeth 2": a small number after a name of two words
        elif not flag[i + 1] and tk.gap(i + 1) == " & " and tk.cap(i + 1) and tk.cap(i) and not tk.upper(i + 1) \
                and not block(word(i + 1)):
            flag[i + 1] = 1  # "Olsen & Jørgensen", "Guðrun & Guðrun"

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
        if capw[i] in _ARTICLES and not initial(i):
            for k in range(i + 1, min(n, i + 4)):
                if initial(k) or tk.gap(k) != " ":
                    break
                if is_head(word(k), gaz):
                    for m in range(i, k + 1):
                        flag[m] = 1
                        weak[m] = 0
                    break
    return flag, weak


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


def _group_spans(tk: Tokens, flag: bytearray, weak: bytearray, gaz: Gazetteers) -> list[tuple[Span, list[int]]]:
    """Runs of flagged tokens within one sentence, as spans with their token indices."""
    text, n = tk.text, tk.n
    out: list[tuple[Span, list[int]]] = []
    i = flag.find(1)
    while 0 <= i < n:
        j = i
        while j + 1 < n and flag[j + 1] and tk.gap(j + 1) in (" ", "-", ". ", "- ", " & ") and not tk.initial(j + 1):
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
        if words[-1] in ("sr", "jr") and text.startswith(".", end):
            end += 1  # "Bush sr."
        sure = not all(weak[k] for k in idx)
        out.append((Span(start, end, cat, text[start:end], src, sure), idx))
        i = flag.find(1, j + 1)
    return out


def _propagate(tk: Tokens, groups: list[tuple[Span, list[int]]], flag: bytearray, gaz: Gazetteers,
               block: _Block) -> list[Span]:
    """A name found once in a transcript is flagged everywhere in it, also where its capital said nothing.

    Only words that stood capitalised mid-sentence are spread (a capital at a sentence start says nothing),
    never a function word, a frequent word or a blocked word, and groups never reach across a sentence
    boundary (a heading line without end punctuation ends its sentence too).
    """
    frequent = gaz.frequent
    seen: dict[str, str] = {}
    for sp, idx in groups:
        if sp.category not in NUMBERED:
            continue
        for k in idx:
            if tk.initial(k):
                continue
            for w in tk.word(k).split("-"):
                if len(w) < 2 or not w[0].isupper() or block(w):
                    continue
                b = _base(w)
                low = w.lower()
                if low in frequent or b is not None and b.lower() in frequent:
                    continue
                seen.setdefault(w, sp.category)
                if b is not None:
                    seen.setdefault(b, sp.category)
    if not seen:
        return []
    out: list[Span] = []
    # A weak proposal at a sentence start of a name found mid-sentence elsewhere is no longer weak.
    for n, (sp, idx) in enumerate(groups):
        if not sp.confident and len(idx) == 1 and (tk.word(idx[0]) in seen or _base(tk.word(idx[0])) in seen):
            groups[n] = (Span(sp.start, sp.end, sp.category, sp.text, sp.source, True), idx)
    for i in tk.capitals():
        if flag[i]:
            continue
        w = tk.word(i)
        cat = seen.get(w)
        if cat is None:
            b = _base(w)
            cat = seen.get(b) if b is not None else None
        if cat is not None and not block(w):
            out.append(Span(tk.start(i), tk.end(i), cat, w, "repeat"))
    return out


_SHORT_COMMON: dict[int, tuple[Gazetteers, frozenset[str]]] = {}


def _short_common(gaz: Gazetteers) -> frozenset[str]:
    """Ordinary words of at most three letters and name particles: parts of full names not looked for on
    their own. Built once per gazetteer (walking every common word took ~0.2 s per imported file)."""
    hit = _SHORT_COMMON.get(id(gaz))
    if hit is None or hit[0] is not gaz:
        hit = (gaz, frozenset(w for w in gaz.common_words if len(w) <= 3) | {"da", "de", "van", "von", "der"})
        _SHORT_COMMON[id(gaz)] = hit
    return hit[1]


def _known_spans(text: str, known: Iterable[str], gaz: Gazetteers) -> list[Span]:
    entries = [k for k in known if k and k.strip()]
    if not entries:
        return []
    pat = known_pattern(known_variants(entries, _short_common(gaz)))
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
    order = sorted(spans, key=lambda s: (s.start, -(s.end - s.start), not s.source.startswith("pattern")))
    out: list[Span] = []
    for sp in order:
        if sp.text in keep:
            continue
        if out and sp.start < out[-1].end:
            last = out[-1]
            if sp.end <= last.end:
                if sp.confident and not last.confident:
                    out[-1] = Span(last.start, last.end, last.category, last.text, last.source, True)
                continue
            if last.source.startswith("pattern") or sp.source.startswith("pattern"):
                if sp.source.startswith("pattern") and not last.source.startswith("pattern"):
                    out[-1] = sp
                continue
            out[-1] = Span(last.start, sp.end, last.category, text[last.start:sp.end], last.source,
                           last.confident or sp.confident)
            continue
        out.append(sp)
    return out


def _particle_names(text: str, gaz: Gazetteers) -> list[Span]:
    """ "al-Qaida", "bin-Laden": found from the hyphen (a cheap scan), then checked against the particles."""
    out: list[Span] = []
    for h in _HYPHEN_CAP.finditer(text):
        start = h.start()
        while start > 0 and (text[start - 1].isalpha() or text[start - 1] == "'"):
            start -= 1
        m = _PARTICLE_NAME.match(text, start) if h.start() - start <= 3 else None
        if m is not None:
            out.append(Span(m.start(), m.end(), _category([m.group()], False, "", gaz), m.group(), "capital"))
    return out


def detect(text: str, known: Iterable[str] = (), lang: str = "nb", never: Iterable[str] | NeverList = ()) -> list[Span]:
    """Propose identifier spans in ``text`` (code-point offsets), sorted by start, never overlapping.

    ``known`` are identifiers that must be found wherever they occur (names from speaker labels, the
    project's always-list), with genitive, definite and hyphen-compound forms and the parts of full names.
    ``lang`` is the written standard of the speech: "nb", "nn", "en", or "auto" (see
    :func:`transcripts.deid.language.detect_language`); it decides which ordinary words are looked up.
    ``never`` is the project's never-list ("not an identifier"): neither its words nor their inflections
    are proposed, unless they are also ``known``. Function words and keep-list terms (and their
    inflections: "DPSen", "NAVs") are never proposed on their own either.
    Spans on weak evidence carry ``confident=False``; they are proposed all the same (a miss is a leak).
    """
    gaz = load()
    if lang == "auto":
        lang = detect_language(text)
    elif lang not in LANGS:
        raise ValueError(f"unknown language {lang!r}: expected one of {', '.join(LANGS)} or 'auto'")
    known = list(known)
    nl = never if isinstance(never, NeverList) else NeverList(never)
    tk = Tokens(text)
    if tk.n == 0:
        return _resolve(find_patterns(text), text, gaz.keep)
    block = _Block(gaz, nl, lang)
    flag, weak = _flag_tokens(tk, gaz, lang, block)
    groups = _group_spans(tk, flag, weak, gaz)
    repeats = _propagate(tk, groups, flag, gaz, block)
    spans = [sp for sp, _ in groups] + repeats
    spans += _particle_names(text, gaz)
    for rx in (STREET, STREET_SPLIT):
        for m in rx.finditer(text):
            if m.group() not in gaz.keep and m.group().split()[0].lower() not in gaz.function_words:
                spans.append(Span(m.start(), m.end(), "place", m.group(), "street"))
    if nl:
        spans = [sp for sp in spans if not nl.matches(sp.text)]
    spans += _known_spans(text, known, gaz)
    spans += find_patterns(text)
    return _resolve(spans, text, gaz.keep)
