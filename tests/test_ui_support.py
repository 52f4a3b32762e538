"""Synthetic transcripts built through the services, shared by the UI tests and ``bench_ui`` (no tests here)."""

from __future__ import annotations

import random

from coding.services.codes import apply_code, create_code
from coding.services.transcripts import NewLine, NewTranscript, NewTurn
from coding.store import Project

WORDS = ("jeg tenker at musikken gir rom for noe annet enn ord og det er viktig for meg i jobben "
         "vi snakker om relasjonen og hvordan den bygges over tid med på "
         "det handler om trygghet tillit og å ha god tid sammen i timen eh hm mm").split() + [
    "[navn 1]", "[institusjon 1]", "[sted 2]", "[latter]", "(uhørlig)", "…"]


def synthetic(words: int = 600, seed: int = 1, title: str = "Intervju A", informant: str = "A") -> NewTranscript:
    """Alternating I/informant turns of 1–6 sentences; each sentence is one numbered line."""
    rnd = random.Random(seed)
    text_parts: list[str] = []
    turns: list[NewTurn] = []
    lines: list[NewLine] = []
    pos, count, t = 0, 0, 0
    while count < words:
        speaker = "I" if t % 2 == 0 else informant
        n_sent = 1 if speaker == "I" else rnd.randint(1, 6)
        sents = []
        for _ in range(n_sent):
            k = rnd.randint(5, 18)
            w = [rnd.choice(WORDS) for _ in range(k)]
            sents.append(" ".join(w).capitalize() + ("?" if speaker == "I" else "."))
            count += k
        if t:
            pos += 2  # "\n\n" between turns
        start = pos
        for s in sents:
            lines.append(NewLine(t, pos, pos + len(s)))
            pos += len(s) + 1
        pos -= 1
        text_parts.append(" ".join(sents))
        turns.append(NewTurn(speaker, "interviewer" if speaker == "I" else "informant", start, pos))
        t += 1
    text = "\n\n".join(text_parts)
    assert len(text) == pos
    return NewTranscript(title=title, text=text, turns=tuple(turns), lines=tuple(lines), source_format="txt",
                         informant_label=informant, word_count=count)


def add_codes(project: Project, names: list[str]) -> list[int]:
    return [int(create_code(project, n).value) for n in names]


def code_randomly(project: Project, transcript_id: int, nt: NewTranscript, code_ids: list[int], n: int,
                  seed: int = 2) -> None:
    """``n`` segments: mostly single lines, some multi-line ranges, so they overlap."""
    rnd = random.Random(seed)
    lines = nt.lines
    done: set[tuple[int, int, int]] = set()
    while len(done) < n:
        i = rnd.randrange(len(lines))
        j = min(len(lines) - 1, i + (0 if rnd.random() < 0.7 else rnd.randint(1, 4)))
        key = (lines[i].start, lines[j].end, rnd.choice(code_ids))
        if key not in done:  # the same range with the same code twice is one segment
            apply_code(project, transcript_id, key[0], key[1], key[2], coder="TS")
            done.add(key)
