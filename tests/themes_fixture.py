"""Small hand-checkable projects for the theme, matrix and recontextualisation tests."""

from __future__ import annotations

from coding.services.transcripts import NewLine, NewTranscript, NewTurn, add_transcript


def make_transcript(project, label: str | None, turns: list[list[str]], title: str | None = None,
                    attributes: dict[str, str] | None = None) -> tuple[int, list[tuple[int, int]]]:
    """Turns alternate I / informant; each inner list is the lines (sentences) of one turn.

    Returns the transcript id and the (start, end) of every line, numbered from 1 (index 0 = line 1).
    """
    text = ""
    nturns, nlines, spans = [], [], []
    for ti, sentences in enumerate(turns):
        if ti:
            text += "\n\n"
        tstart = len(text)
        for li, sent in enumerate(sentences):
            if li:
                text += " "
            spans.append((len(text), len(text) + len(sent)))
            nlines.append(NewLine(ti, len(text), len(text) + len(sent)))
            text += sent
        speaker = "I" if ti % 2 == 0 else (label or "X")
        nturns.append(NewTurn(speaker, "interviewer" if ti % 2 == 0 else "informant", tstart, len(text)))
    nt = NewTranscript(title=title or f"Intervju {label}", text=text, turns=tuple(nturns), lines=tuple(nlines),
                       informant_label=label, word_count=len(text.split()),
                       informant_attributes=attributes or {})
    return add_transcript(project, nt).value, spans
