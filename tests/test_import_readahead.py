"""Batch imports read and de-identify the next files in a worker process (transcripts/importing/readahead.py)
while the current one is stored and indexed: the plans, the stored transcripts and the search index are
the same as file after file, failures read the same, and a dead worker only means reading here."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from coding.services.transcripts import delete_transcript
from coding.store.models import Transcript, Turn
from tests.search_offers import record_offers
from transcripts.importing import ImportFailed, import_files
from transcripts.importing import batch as batch_mod
from transcripts.importing.plan import read_plan
from transcripts.importing.readahead import Readahead
from transcripts.search import index_for
from transcripts.workspace import create_project

NAMES = ["Kari Nordmann", "Ola Hansen", "Per Olsen", "Lise Berg", "Anne Dahl"]


def _write(folder: Path, n: int) -> list[Path]:
    paths = []
    for i in range(n):
        name = NAMES[i % len(NAMES)]
        body = [f"Intervjuer: Hva betyr musikken for deg, {name.split()[0]}?",
                f"{name}: Musikk er alt for meg. Jeg bodde i Bergen i mange år. Fil nummer {i} handler om gitar{i}.",
                "Intervjuer: Fortell gjerne mer.",
                f"{name}: Vi spilte sammen hver uke. Det var viktig for ungdommene. Ordet er unikord{i}."]
        p = folder / f"intervju_{i:02d}.txt"
        p.write_text("\n\n".join(body) + "\n", "utf-8")
        paths.append(p)
    return paths


def _same(a, b) -> bool:  # type: ignore[no-untyped-def]
    return (a.speech, a.spans, [(t.key, t.text) for t in a.turns], [(s.key, s.role, s.words) for s in a.speakers],
            a.standard, a.content_hash, a.words) == \
           (b.speech, b.spans, [(t.key, t.text) for t in b.turns], [(s.key, s.role, s.words) for s in b.speakers],
            b.standard, b.content_hash, b.words)


def test_worker_plans_equal_plans_made_here(tmp_path: Path) -> None:
    paths = _write(tmp_path, 6)
    with Readahead(paths, known=["Bergen"], lang="nb", never=["Gitar"]) as ra:
        assert ra.started(timeout=60)
        plans = [ra.plan(i) for i in range(len(paths))]
        assert ra.by_worker >= len(paths) - 1  # the first is read here while the worker is handed the rest
    for path, plan in zip(paths, plans, strict=True):
        assert _same(plan, read_plan(path, known_names=["Bergen"], lang="nb", never=["Gitar"]))
        assert any(sp.text == "Bergen" for sp in plan.spans)


def test_a_failed_file_reads_the_same_from_the_worker(tmp_path: Path) -> None:
    paths = _write(tmp_path, 2)
    empty = tmp_path / "tom.txt"
    empty.write_bytes(b"")
    broken = tmp_path / "skadet.docx"
    broken.write_bytes(b"PK\x03\x04 not a zip")
    paths = [paths[0], empty, broken, paths[1]]
    with Readahead(paths, known=[], lang="nb", never=[]) as ra:
        assert ra.started(timeout=60)
        ra.plan(0)
        for i in (1, 2):
            with pytest.raises(ImportFailed) as got:
                ra.plan(i)
            with pytest.raises(ImportFailed) as here:
                read_plan(paths[i])
            assert str(got.value) == str(here.value)
        assert ra.plan(3).words > 0
        assert ra.by_worker == 3


def test_a_dead_worker_means_reading_here(tmp_path: Path) -> None:
    paths = _write(tmp_path, 6)
    with Readahead(paths, known=[], lang="nb", never=[]) as ra:
        assert ra.started(timeout=60)
        first = ra.plan(0)
        assert ra._proc is not None  # noqa: SLF001
        ra._proc.kill()  # noqa: SLF001
        rest = [ra.plan(i) for i in range(1, len(paths))]
    assert all(_same(p, read_plan(path)) for p, path in zip([first, *rest], paths, strict=True))


def _stored(project) -> list[tuple[str, str, list[tuple[str, str]]]]:  # type: ignore[no-untyped-def]
    with project.read() as s:
        out = []
        for t in s.scalars(select(Transcript).order_by(Transcript.id)):
            turns = s.execute(select(Turn.speaker, Turn.role).where(Turn.transcript_id == t.id)
                              .order_by(Turn.index)).all()
            out.append((t.title, t.text, [tuple(r) for r in turns]))
        return out


def test_import_files_with_read_ahead_stores_and_indexes_as_file_after_file(tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    paths = _write(tmp_path, 7)
    paths.append(paths[2])  # the same file twice: the second is a duplicate of what was stored meanwhile
    monkeypatch.setattr(batch_mod, "INDEX_GROUP_TURNS", 8)  # several index groups written while importing
    ahead = create_project(tmp_path / "ahead.kondens")
    try:
        results = import_files(ahead, paths)
        assert [r.ok for r in results] == [True] * 8 and [r.skipped for r in results] == [False] * 7 + [True]
        monkeypatch.setattr(batch_mod, "MIN_FILES", 100)  # file after file, all read here
        serial = create_project(tmp_path / "serial.kondens")
        try:
            assert [r.ok for r in import_files(serial, paths)] == [True] * 8
            assert _stored(ahead) == _stored(serial)
        finally:
            serial.close()
        idx = index_for(ahead)
        hits = idx.search("unikord4").hits
        assert [(h.informant, h.line, h.text) for h in hits] == [(results[4].informant, 8, "Ordet er unikord4.")]
        assert [h.line for h in idx.search("gitar3").hits] == [4]
        assert idx.search('"kari nordmann"').total == 0  # speaker names are identifiers: never indexed
        inf = str(results[5].informant)
        assert idx.search(f"informant:{inf}").per_informant == {inf: 8}  # the transcript's lines
        assert idx.search(f"informant:{inf} role:informant").total == 6  # the informant's own turns
        delete_transcript(ahead, int(results[4].transcript_id or 0))
        assert idx.search("unikord4").total == 0
        for f in (ahead.path / "index").rglob("*"):
            if f.is_file():
                assert b"unikord4" not in f.read_bytes() and b"nordmann" not in f.read_bytes()
    finally:
        ahead.close()


def test_no_worker_process_means_reading_here(tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    import subprocess

    def refuse(*a, **k):  # type: ignore[no-untyped-def]
        raise OSError("no processes here")

    monkeypatch.setattr(subprocess, "Popen", refuse)
    paths = _write(tmp_path, 4)
    with Readahead(paths, known=[], lang="nb", never=[]) as ra:
        assert not ra.started(timeout=1)
        plans = [ra.plan(i) for i in range(len(paths))]
        assert ra.by_worker == 0
    assert all(_same(p, read_plan(path)) for p, path in zip(plans, paths, strict=True))


def test_worker_prepares_what_committing_computes(tmp_path: Path) -> None:
    """The worker also de-identifies each turn, splits its sentences and computes its index postings
    (transcripts/importing/prepared.py); committing uses that only where it equals what it computes."""
    from dataclasses import replace

    from transcripts.deid.types import Tagger
    from transcripts.importing.commit import build_transcript
    from transcripts.importing.plan import finish_plan
    from transcripts.importing.prepared import usable

    paths = _write(tmp_path, 5)
    project = create_project(tmp_path / "p.kondens")
    try:
        with Readahead(paths, known=["Bergen"], lang="nb", never=[]) as ra:
            assert ra.started(timeout=60)
            plans = [finish_plan(project, ra.plan(i)) for i in range(len(paths))]
    finally:
        project.close()
    from_worker = [p for p in plans if p.prepared is not None]
    assert len(from_worker) >= len(paths) - 1
    for plan in from_worker:
        bare = replace(plan, prepared=None)
        assert "Bergen" not in "".join(plan.prepared.texts) and "[sted 1]" in "".join(plan.prepared.texts)  # type: ignore[union-attr]
        for spans in (plan.spans, plan.spans[1:]):  # all proposed (prepared is used), one rejected (it is not)
            t1, t2 = Tagger(plan.lang), Tagger(plan.lang)
            assert usable(plan.prepared, spans, t1, len(plan.turns)) == (spans is plan.spans)
            got = build_transcript(plan, plan.choices(), spans, t1)
            assert got == build_transcript(bare, bare.choices(), spans, t2)
            assert (t1.mapping, t1.used) == (t2.mapping, t2.used)  # what a linking key records
        keyed = Tagger(plan.lang, mapping={"place:oslo": "[sted 1]"})  # a key's tags: computed here
        assert not usable(plan.prepared, plan.spans, keyed, len(plan.turns))
        assert build_transcript(plan, plan.choices(), plan.spans, keyed) == \
            build_transcript(bare, bare.choices(), plan.spans, Tagger(plan.lang, mapping={"place:oslo": "[sted 1]"}))


def _text_postings(project) -> dict[tuple[str, bytes], list[tuple[str, bytes]]]:  # type: ignore[no-untyped-def]
    idx = index_for(project)
    idx.flush()
    with idx._lock:  # noqa: SLF001
        reader = idx._searcher("lines").reader()  # noqa: SLF001
        out = {}
        for field, term in reader.all_terms():
            if field == "text":
                m = reader.postings(field, term)
                got = []
                while m.is_active():
                    got.append((reader.stored_fields(m.id())["info"]["key"], m.value()))
                    m.next()
                out[(field, term)] = got
        return out


def test_postings_computed_by_the_worker_are_those_of_an_import_here(tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    from transcripts.search import fields

    paths = _write(tmp_path, 6)
    taken = record_offers(monkeypatch)

    class Started(Readahead):  # small files are read faster than the worker starts: wait for it
        def __init__(self, *a, **k) -> None:  # type: ignore[no-untyped-def]
            super().__init__(*a, **k)
            assert self.started(timeout=60)

    monkeypatch.setattr(batch_mod, "Readahead", Started)
    ahead = create_project(tmp_path / "ahead.kondens")
    serial = create_project(tmp_path / "serial.kondens")
    try:
        import_files(ahead, paths)
        index_for(ahead).wait()
        assert taken and fields.offered_count() == 0  # the worker's postings were used, none left over
        n = len(taken)
        monkeypatch.setattr(batch_mod, "MIN_FILES", 100)  # no worker: everything computed here
        import_files(serial, paths)
        index_for(serial).wait()
        assert len(taken) == n
        assert _text_postings(ahead) == _text_postings(serial) != {}
    finally:
        ahead.close()
        serial.close()
        fields.discard_offers()
