"""Speaker turns from read blocks: labels, Teams layout, merging, roles.

Recognised: ``I:``/``A:``, ``Intervjuer:``/``Informant:``/``Interviewer:``, first and full names,
``[00:03:12] Name:``, ``SPEAKER_00:``, WebVTT ``<v Name>`` and table speaker columns (given by the
reader), Teams layouts ("Name   0:03" then the text; or a time line, a speaker line, the text).
Headings and text before the first labelled turn are not speech; they become title candidates.
Pure functions on in-memory text; nothing is written anywhere.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from transcripts.readers.base import Block, RawDoc

INTERVIEWER_LABELS = {"i", "int", "intervjuer", "intervjuar", "interviewer", "moderator", "q", "spørsmål",
                      "forsker", "researcher", "iv", "i1", "i2", "intervjuer 1", "intervjuer 2"}
INFORMANT_LABELS = {"informant", "respondent", "deltaker", "deltakar", "participant", "ip", "inf", "svar",
                    "informant 1", "informant 2", "r", "p"}
_TS = r"\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?"
_NAME_WORD = r"[A-ZÆØÅÄÖÜÉÁ][\w'’.\-]*"
_SHAPE = re.compile(
    rf"^(?:SPEAKER_\d+|[Ss]peaker \d+|[Tt]aler \d+|{_NAME_WORD}(?: (?:{_NAME_WORD}|av|van|von|de|di|da|bin|al)){{0,4}}"
    r"|intervjuer|informant|interviewer)$"
)
_PREFIX = re.compile(rf"^(?:\[(?P<ts>{_TS})\]\s*)?(?P<label>[^\s:\[\]()][^:\n]{{0,40}}?)\s*:\s*(?P<rest>.*)$", re.S)
_ASR = re.compile(r"^(?:speaker_\d+|speaker \d+|taler \d+)$")
_TEAMS_SPEAKER = re.compile(rf"^(?P<label>.{{1,60}}?)\s+(?P<ts>{_TS})$")
_LOOSE_TS = r"\d{1,2}:\d{1,2}(?::\d{1,2})?(?:[.,]\d+)?"  # Teams writes "0:0:5.850"
_TIME_LINE = re.compile(rf"^(?P<ts>{_LOOSE_TS})(?:\s*-->\s*{_LOOSE_TS})?$")


@dataclass
class RawTurn:
    """One speaker's uninterrupted talk. ``key`` is the normalised label (None: unnamed speaker)."""

    key: str | None
    label: str | None = field(repr=False)
    text: str = field(repr=False)
    timestamp: str | None = None


@dataclass
class Parsed:
    turns: list[RawTurn] = field(default_factory=list)
    title_candidates: list[str] = field(default_factory=list, repr=False)
    layout: str = ""  # "table", "teams", "voice", "prefix", "unlabelled"


def label_key(label: str) -> str:
    return " ".join(label.split()).casefold()


def is_label_shape(label: str) -> bool:
    label = " ".join(label.split())
    return len(label) <= 40 and bool(_SHAPE.match(label))


def _short_ts(ts: str | None) -> str | None:
    if not ts:
        return None
    ts = ts.replace(",", ".").split(".")[0]
    parts = ts.split(":")
    if len(parts) == 2:
        parts = ["0", *parts]
    return ":".join(p.zfill(2) for p in parts)


def _teams(blocks: list[Block]) -> list[Block] | None:
    """Rewrite a Teams layout into speaker blocks, or None if the document is not one."""
    matches = [_TEAMS_SPEAKER.match(b.text) for b in blocks if not b.speaker]
    speaker_lines = sum(1 for m in matches if m is not None and is_label_shape(m.group("label")))
    time_lines = sum(1 for b in blocks if _TIME_LINE.match(b.text))
    if max(speaker_lines, time_lines) < 2 or max(speaker_lines, time_lines) < 0.25 * len(blocks):
        return None
    out: list[Block] = []
    speaker: str | None = None
    ts: str | None = None
    expect_speaker = False
    for b in blocks:
        if b.heading or b.speaker:
            out.append(b)
            continue
        m = _TEAMS_SPEAKER.match(b.text)
        if m and is_label_shape(m.group("label")):
            speaker, ts, expect_speaker = m.group("label"), _short_ts(m.group("ts")), False
            continue
        t = _TIME_LINE.match(b.text)
        if t:
            ts, expect_speaker = _short_ts(t.group("ts")), True
            continue
        if expect_speaker and len(b.text) <= 60 and is_label_shape(b.text):
            speaker, expect_speaker = b.text, False
            continue
        out.append(Block(b.text, speaker=speaker, timestamp=ts) if speaker else b)
        ts = None
    return out


def _prefix_labels(blocks: list[Block]) -> set[str]:
    """Labels used as ``Label:`` prefixes: role words and letters always, other shapes only if used twice."""
    counts: Counter[str] = Counter()
    strong: set[str] = set()  # a timestamp before the label, or an ASR speaker id, leaves no doubt
    for b in blocks:
        if b.speaker or b.heading:
            continue
        m = _PREFIX.match(b.text)
        if m and is_label_shape(m.group("label")):
            key = label_key(m.group("label"))
            counts[key] += 1
            if m.group("ts") or _ASR.match(key):
                strong.add(key)
    roles = INTERVIEWER_LABELS | INFORMANT_LABELS
    return {k for k, n in counts.items() if n >= 2 or k in roles or k in strong or (len(k) == 1 and k.isalpha())}


def parse_turns(doc: RawDoc) -> Parsed:
    parsed = Parsed()
    blocks = doc.blocks
    teams = _teams(blocks)
    if teams is not None:
        blocks, parsed.layout = teams, "teams"
    labels = _prefix_labels(blocks)
    items: list[tuple[str | None, str | None, str, str | None]] = []  # key, label, text, timestamp
    pending: tuple[str, str | None] | None = None
    for b in blocks:
        if b.heading:
            parsed.title_candidates.append(b.text)
            continue
        if b.speaker:
            items.append((label_key(b.speaker), b.speaker, b.text, _short_ts(b.timestamp)))
            parsed.layout = parsed.layout or ("voice" if doc.cues else "table")
            continue
        m = _PREFIX.match(b.text)
        if m and label_key(m.group("label")) in labels:
            label, rest = " ".join(m.group("label").split()), m.group("rest").strip()
            ts = _short_ts(m.group("ts") or b.timestamp)
            parsed.layout = parsed.layout or "prefix"
            if rest:
                items.append((label_key(label), label, rest, ts))
                pending = None
            else:
                pending = (label, ts)  # "Kari:" alone on its line: the speech follows
            continue
        if pending:
            items.append((label_key(pending[0]), pending[0], b.text, pending[1]))
            pending = None
            continue
        items.append((None, None, b.text, _short_ts(b.timestamp)))

    if not any(k for k, *_ in items):
        parsed.layout = "unlabelled"
        for _, _, text, ts in items:
            if doc.cues and parsed.turns:
                parsed.turns[-1].text += " " + text
            else:
                parsed.turns.append(RawTurn(None, None, text, ts))
        return parsed

    sep = " " if doc.cues else "\n"
    for item_key, item_label, text, ts in items:
        if item_key is None or item_label is None:
            if not parsed.turns:
                parsed.title_candidates.append(text)  # preamble before the first labelled turn
            else:
                parsed.turns[-1].text += sep + text
        elif parsed.turns and parsed.turns[-1].key == item_key:
            parsed.turns[-1].text += sep + text
        else:
            parsed.turns.append(RawTurn(item_key, item_label, text, ts))
    return parsed


def _is_question(text: str) -> bool:
    return text.rstrip().endswith("?") or text.count("?") >= 1 and len(text) < 400


def guess_roles(turns: list[RawTurn]) -> dict[str | None, str]:
    """Interviewer or informant for each speaker key: labels first, then who asks, then who speaks first."""
    order: list[str | None] = []
    stats: dict[str | None, list[int]] = {}
    for t in turns:
        if t.key not in stats:
            order.append(t.key)
            stats[t.key] = [0, 0, 0]
        s = stats[t.key]
        s[0] += 1
        s[1] += _is_question(t.text)
        s[2] += len(t.text.split())
    roles: dict[str | None, str] = {}
    for k in order:
        if k is not None and k in INTERVIEWER_LABELS:
            roles[k] = "interviewer"
        elif k is not None and k in INFORMANT_LABELS:
            roles[k] = "informant"
    if len(order) >= 2 and "interviewer" not in roles.values():
        candidates = [k for k in order if k not in roles] or list(order)

        def score(k: str | None) -> tuple[float, float, int]:
            n, q, words = stats[k]
            return (q / n, -words / n, -order.index(k))

        roles[max(candidates, key=score)] = "interviewer"
    for k in order:
        roles.setdefault(k, "informant")
    return roles
