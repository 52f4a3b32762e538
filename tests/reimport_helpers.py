"""A synthetic interview for the repair tests: many distinct sentences, a name in the speaker labels.

The words are generic Norwegian written here (not taken from the shared corpus); a seeded random
generator combines them into distinct sentences so a line-by-line alignment has something to do.
"""

from __future__ import annotations

import random
from pathlib import Path

from sqlalchemy import select

from coding.services.codes import create_code
from coding.store import Project
from coding.store.models import Base, Line, Segment, Turn

SUBJECTS = ["Jeg", "Vi", "Gruppa", "Kollegaene", "Ledelsen", "Familien", "Terapeuten", "Brukerne"]
VERBS = ["snakket om", "tenkte på", "jobbet med", "savnet", "likte", "prøvde", "endret", "diskuterte"]
OBJECTS = ["musikken", "timene", "rutinene", "samtalene", "øvelsene", "pausene", "møtene", "sangene",
           "planene", "oppgavene", "tekstene", "reglene"]
TAILS = ["hver uke", "om morgenen", "etter jul", "i perioden", "sammen", "alene", "hele høsten", "av og til",
         "før ferien", "uten hjelp", "med glede", "ganske ofte"]


def sentences(n: int, seed: int = 7) -> list[str]:
    rnd = random.Random(seed)
    out: list[str] = []
    seen: set[str] = set()
    while len(out) < n:
        s = f"{rnd.choice(SUBJECTS)} {rnd.choice(VERBS)} {rnd.choice(OBJECTS)} {rnd.choice(TAILS)} " \
            f"i uke {rnd.randint(1, 52)}."
        if s not in seen:
            seen.add(s)
            out.append(s)
    return out


def interview(turns: int = 60, per_turn: int = 5, seed: int = 7) -> list[tuple[str, list[str]]]:
    """(label, sentences) turns: the interviewer asks one question, Kari answers in ``per_turn`` sentences."""
    pool = sentences(turns * (per_turn + 1), seed)
    out: list[tuple[str, list[str]]] = []
    for i in range(turns):
        q = pool.pop().removesuffix(".") + "?"
        out.append(("Intervjuer", [q]))
        answer = [pool.pop() for _ in range(per_turn)]
        if i % 10 == 3:
            answer[0] = "Kari sa at " + answer[0][0].lower() + answer[0][1:]
        out.append(("Kari", answer))
    return out


def write(path: Path, turns: list[tuple[str, list[str]]]) -> Path:
    path.write_text("\n\n".join(f"{label}: {' '.join(sents)}" for label, sents in turns) + "\n", encoding="utf-8")
    return path


def code_every_informant_line(project: Project, transcript_id: int) -> list[int]:
    """One segment per informant line, plus a two-line segment at every 7th line. Returns segment ids.

    One transaction (as a bulk "code all" would be), so the fixture stays fast."""
    with project.read() as s:
        rows = s.execute(select(Line.start, Line.end).join(Turn, Turn.id == Line.turn_id)
                         .where(Line.transcript_id == transcript_id, Turn.role == "informant")
                         .order_by(Line.number)).all()
    codes = [create_code(project, f"kode {k}").value for k in range(4)]
    with project.transaction("Code every line") as tx:
        segs = []
        for i, (a, b) in enumerate(rows):
            segs.append(Segment(transcript_id=transcript_id, code_id=codes[i % 4], start=a, end=b))
            if i % 7 == 0 and i + 1 < len(rows) and rows[i + 1][0] - b < 3:
                segs.append(Segment(transcript_id=transcript_id, code_id=codes[(i + 1) % 4], start=a,
                                    end=rows[i + 1][1]))
        tx.session.add_all(segs)
        tx.session.flush()
        tx.value = [sg.id for sg in segs]
    return list(tx.value)


def dump(project: Project) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table, ordered by id: for "undo gives back the identical database"."""
    out: dict[str, list[tuple[object, ...]]] = {}
    with project.read() as s:
        for table in Base.metadata.sorted_tables:
            out[table.name] = [tuple(r) for r in s.execute(table.select().order_by(table.c.id)).all()]
    return out
