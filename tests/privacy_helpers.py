"""Shared builders for the privacy tests: a transcript from (speaker, sentences) turns."""

from __future__ import annotations

from coding.services.transcripts import NewLine, NewTranscript, NewTurn, add_transcript
from coding.store import Project


def make_transcript(project: Project, title: str, turns: list[tuple[str, list[str]]],
                    informant: str | None = "A") -> int:
    text_parts: list[str] = []
    nturns: list[NewTurn] = []
    nlines: list[NewLine] = []
    pos = 0
    for i, (speaker, sentences) in enumerate(turns):
        if i:
            pos += 2
        start = pos
        for j, sent in enumerate(sentences):
            if j:
                pos += 1
            nlines.append(NewLine(i, pos, pos + len(sent)))
            pos += len(sent)
        nturns.append(NewTurn(speaker, "interviewer" if speaker == "I" else "informant", start, pos))
        text_parts.append(" ".join(sentences))
    text = "\n\n".join(text_parts)
    assert len(text) == pos
    nt = NewTranscript(title=title, text=text, turns=tuple(nturns), lines=tuple(nlines), informant_label=informant,
                       word_count=len(text.split()))
    return int(add_transcript(project, nt).value)
