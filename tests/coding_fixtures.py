"""Synthetic, already de-identified transcripts for coding tests and benchmarks (built through services)."""

from __future__ import annotations

from coding.services.transcripts import NewLine, NewTranscript, NewTurn, add_transcript
from coding.store import Project

WORDS = ("det var fint å spille sammen med de andre i gruppa og jeg merket at noe skjedde med meg "
         "når vi fant rytmen eh hm liksom sånn").split()


def make_transcript(label: str | None, n_turns: int = 6, lines_per_turn: int = 3, title: str | None = None,
                    words_per_line: int = 8) -> NewTranscript:
    """Alternating I / informant turns; each line one sentence. Line k of the transcript is line number k."""
    parts: list[str] = []
    turns: list[NewTurn] = []
    lines: list[NewLine] = []
    pos = 0
    k = 0
    for ti in range(n_turns):
        speaker = "I" if ti % 2 == 0 else (label or "A")
        sents = []
        for _ in range(lines_per_turn):
            words = [WORDS[(k * 7 + j) % len(WORDS)] for j in range(words_per_line)]
            sents.append(" ".join(words).capitalize() + f" {k + 1}.")
            k += 1
        t_start = pos
        for sent in sents:
            lines.append(NewLine(ti, pos, pos + len(sent)))
            pos += len(sent) + 1
        body = " ".join(sents)
        turns.append(NewTurn(speaker, "interviewer" if speaker == "I" else "informant", t_start, t_start + len(body)))
        parts.append(body)
        pos = t_start + len(body) + 2
    text = "\n\n".join(parts)
    return NewTranscript(title=title or f"Intervju {label}", text=text, turns=tuple(turns), lines=tuple(lines),
                         source_format="txt", informant_label=label, word_count=len(text.split()))


def add_transcripts(project: Project, labels: str = "AB", **kw: int) -> list[int]:
    return [add_transcript(project, make_transcript(lab, **kw)).value for lab in labels]


def dump(project: Project) -> list[tuple[str, list[tuple[object, ...]]]]:
    """Every table's rows, sorted: two equal dumps mean two identical databases (SQLite or PostgreSQL)."""
    from sqlalchemy import inspect, text

    with project.read() as s:
        names = sorted(n for n in inspect(s.connection()).get_table_names()
                       if n not in ("alembic_version", "change_log"))
        return [(name, sorted((tuple(r) for r in s.execute(text(f"SELECT * FROM {name}"))), key=repr))
                for name in names]
