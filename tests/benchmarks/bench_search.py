"""Search figures on 100 interviews × 10,000 words: single-word and phrase query latency, full reindex.

The project is built once from the generated plain-text corpus (speaker prefixes become I / A…,
sentences become lines) and cached under ``bench/``. Queries run through the same ``SearchIndex``
the GUI and CLI use, limit 100, including the per-informant counts.
"""

from __future__ import annotations

import re
import shutil
import time
from pathlib import Path

from tests.benchmarks.common import BenchEnv, Result, median, timed_ms

WORDS = ["musikk", "musikken", "instrumenter", "tilbudet", "relasjon", "mestring", "ungdommene", "gitar",
         "trygghet", "fellesskap", "sosial", "ledelsen", "frihet", "identitet", "erfaringskonsulenten", "timene",
         "samarbeid", "musikkterapeuten", "låt", "deltakerne"]
PHRASES = ['"sosial samhandling"', '"halvt år"', '"helt avgjørende"', '"musikk på datamaskinen"', '"god relasjon"',
           '"i starten"', '"kjøpe inn"', '"et team"', '"lære deg"', '"mer og mer"', '"i timene"',
           '"relasjonsbygging også"', '"på en måte"', '"veldig fint"', '"hele prosessen"', '"det er viktig"',
           '"sammen med"', '"helt klart"', '"bruken av musikk"', '"egne instrumenter"']

_SPEAKER = re.compile(r"^([^:\n]{1,40}):\s*(.*)$")
_SENT = re.compile(r"(?<=[.!?…])\s+")


def build_transcript(path: Path, label: str):  # type: ignore[no-untyped-def]
    from coding.services.transcripts import NewLine, NewTranscript, NewTurn

    text = ""
    turns: list[NewTurn] = []
    lines: list[NewLine] = []
    for block in path.read_text("utf-8").split("\n\n"):
        m = _SPEAKER.match(block.strip())
        if not m or not m.group(2).strip():
            continue
        interviewer = m.group(1).strip() in ("I", "Intervjuer")
        if text:
            text += "\n\n"
        start = len(text)
        for j, sent in enumerate(s for s in _SENT.split(m.group(2).strip()) if s):
            if j:
                text += " "
            a = len(text)
            text += sent
            lines.append(NewLine(len(turns), a, len(text)))
        turns.append(NewTurn("I" if interviewer else label, "interviewer" if interviewer else "informant", start,
                             len(text)))
    return NewTranscript(title=path.stem, text=text, turns=tuple(turns), lines=tuple(lines), informant_label=label,
                         word_count=len(text.split()))


def benchmark_project(env: BenchEnv, interviews: int = 100, words: int = 10000) -> Path:
    from coding.services.transcripts import _label, add_transcript
    from coding.store import Project

    out = env.root / f"search-project-{interviews}x{words}.kondens"
    if (out / ".complete").exists():
        return out
    if out.exists():
        shutil.rmtree(out)
    corpus = env.corpus(interviews, words, "txt")
    with Project.create(out) as p:  # no search extension while loading: the benchmark measures reindex
        for n, f in enumerate(sorted(corpus.glob("*.txt"))):
            add_transcript(p, build_transcript(f, _label(n + (1 if n >= 8 else 0))))
    (out / ".complete").write_text("ok")
    return out


def run(env: BenchEnv) -> list[Result]:
    from coding.store import Project
    from transcripts.search.whoosh_index import WhooshIndex

    path = benchmark_project(env)
    with Project.open(path) as p:
        idx = WhooshIndex(p)
        t0 = time.perf_counter()
        idx.rebuild()
        reindex_s = time.perf_counter() - t0
        idx.search("musikk")  # warm caches once, as an open project would be
        single = [timed_ms(lambda q=q: idx.search(q, limit=100))[0] for q in WORDS]
        phrase = [timed_ms(lambda q=q: idx.search(q, limit=100))[0] for q in PHRASES]
        empty = [q for q in WORDS + PHRASES if idx.search(q, limit=1).total == 0]
        idx.close()
    if empty:
        print(f"   queries without hits: {empty}")
    return [
        Result("search_ms_median", median(single), 100, unit="ms"),
        Result("search_phrase_ms_median", median(phrase), 150, unit="ms"),
        Result("search_ms_max", max(single), None, unit="ms"),
        Result("reindex_s", reindex_s, None, unit="s"),
    ]
