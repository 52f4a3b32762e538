"""Full-text search: analysis, query language, filters, keeping in step with writes, privacy on disk."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from coding.services.codes import apply_code, create_code, remove_segment
from coding.services.transcripts import NewLine, NewTranscript, NewTurn, add_transcript, delete_transcript
from coding.store import Project
from transcripts.search import QueryError, index_for, reindex
from transcripts.workspace import create_project, open_project

A_TURNS = [
    ("I", "interviewer", ["Hva betyr musikken for deg?", "Fortell gjerne."]),
    ("A", "informant", ["Musikk er alt for meg.", "Jeg jobbet med [navn 1] på Fjordheimsvik.",
                        "Sosial arena er viktig for ungdommene.", "Musikkterapeuten hjalp meg mye."]),
    ("I", "interviewer", ["Hva med [navn 2]?"]),
    ("A", "informant", ["Arena for sosial trening, sa hun.", "Bølgene slo mot svaberget."]),
]
B_TURNS = [
    ("I", "interviewer", ["Kan du si noe om musikkterapeut-rollen?"]),
    ("B", "informant", ["En musikkterapeut må lytte.", "Vi spilte gitar hver uke.", "Navnet mitt er ikke viktig."]),
]


def make(title: str, label: str, turns: list[tuple[str, str, list[str]]]) -> NewTranscript:
    text, tt, ll = "", [], []
    for i, (spk, role, sents) in enumerate(turns):
        if text:
            text += "\n\n"
        start = len(text)
        for j, sent in enumerate(sents):
            if j:
                text += " "
            a = len(text)
            text += sent
            ll.append(NewLine(i, a, len(text)))
        tt.append(NewTurn(spk, role, start, len(text)))
    return NewTranscript(title=title, text=text, turns=tuple(tt), lines=tuple(ll), informant_label=label)


@pytest.fixture
def proj(tmp_path: Path):  # type: ignore[no-untyped-def]
    p = create_project(tmp_path / "s.kondens")
    ta = add_transcript(p, make("Intervju A", "A", A_TURNS)).value
    tb = add_transcript(p, make("Intervju B", "B", B_TURNS)).value
    p.tids = (ta, tb)  # type: ignore[attr-defined]
    yield p
    p.close()


def lines(p: Project, q: str) -> list[tuple[str, int]]:
    return sorted((h.informant, h.line or 0) for h in index_for(p).search(q).hits if h.kind == "line")


def index_bytes(p: Project) -> list[tuple[str, bytes]]:
    folder = p.path / "index"
    files = [f for f in folder.rglob("*") if f.is_file()]
    assert files, "the index folder is empty"
    return [(f.name, f.read_bytes()) for f in files]


def assert_no_trace(p: Project, *needles: str) -> None:
    for name, data in index_bytes(p):
        for n in needles:
            for form in {n, n.lower()}:
                assert form.encode("utf-8") not in data, f"{form!r} still in index file {name}"


def test_stemming_case_and_nordic_letters(proj: Project) -> None:
    assert lines(proj, "musikken") == [("A", 1), ("A", 3)]
    assert lines(proj, "MUSIKK") == [("A", 1), ("A", 3)]
    assert lines(proj, "musikkterapeuten") == [("A", 6), ("B", 1), ("B", 2)]  # B1: "musikkterapeut-rollen"
    assert lines(proj, "bølge") == [("A", 9)]
    assert lines(proj, "ungdommene") == [("A", 5)]


def test_phrase_prefix_and_boolean(proj: Project) -> None:
    assert lines(proj, '"sosial arena"') == [("A", 5)]
    assert lines(proj, "sosial arena") == [("A", 5), ("A", 8)]
    assert lines(proj, "musikkt*") == [("A", 6), ("B", 1), ("B", 2)]
    assert lines(proj, "gitar OR bølgene") == [("A", 9), ("B", 3)]
    assert lines(proj, "sosial AND NOT trening") == [("A", 5)]
    assert lines(proj, "sosial IKKE trening") == [("A", 5)]  # Norwegian operators too
    with pytest.raises(QueryError):
        index_for(proj).search('"sosial arena')


def test_tags_are_searchable_as_themselves(proj: Project) -> None:
    assert lines(proj, '"[navn 1]"') == [("A", 4)]
    assert lines(proj, "[navn 2]") == [("A", 7)]
    assert lines(proj, "[navn]") == [("A", 4), ("A", 7)]
    assert lines(proj, "navn") == [("B", 4)]  # the word, never the tags


def test_filters_informant_role_speaker(proj: Project) -> None:
    assert lines(proj, "musikk informant:A") == [("A", 1), ("A", 3)]
    assert lines(proj, "musikk role:informant") == [("A", 3)]
    assert lines(proj, "musikkterapeut informant:b role:interviewer") == [("B", 1)]
    assert lines(proj, "gitar informant:B role:interviewer") == []
    assert lines(proj, "speaker:I informant:B") == [("B", 1)]
    res = index_for(proj).search("musikkterapeut*")
    assert res.per_informant == {"A": 1, "B": 2}
    assert res.total == 3


def test_code_and_theme_filters_follow_coding(proj: Project) -> None:
    from coding.services.themes import create_theme, move_code

    ta, tb = proj.tids  # type: ignore[attr-defined]
    code = create_code(proj, "sosial arena").value
    hit = index_for(proj).search('"sosial arena"').hits[0]
    seg = apply_code(proj, ta, hit.start, hit.end, code).value
    apply_code(proj, tb, 0, 5, code)
    assert lines(proj, 'code:"sosial arena"') == [("A", 5), ("B", 1)]
    assert lines(proj, 'code:"sosial arena" informant:A') == [("A", 5)]
    area = create_theme(proj, "Fellesskap").value
    sub = create_theme(proj, "Trygghet i gruppa", parent_id=area).value
    move_code(proj, code, sub)
    assert lines(proj, 'theme:"trygghet i gruppa"') == [("A", 5), ("B", 1)]
    assert lines(proj, "theme:fellesskap") == [("A", 5), ("B", 1)]  # the area holds the subgroup
    remove_segment(proj, seg)
    assert lines(proj, 'code:"sosial arena"') == [("B", 1)]


def test_memos_journal_and_condensates(proj: Project) -> None:
    from coding.services.memos import add_journal_entry, set_memo
    from coding.services.themes import create_theme, set_summary

    ta, _ = proj.tids  # type: ignore[attr-defined]
    add_journal_entry(proj, "Dag 3", "Jeg merker at jeg leter etter mestring overalt.")
    set_memo(proj, "transcript", ta, "Informanten snakker mye om mestringsfølelse og gitarer.")
    th = create_theme(proj, "Mestring").value
    set_summary(proj, th, "Gjennom musikken opplever deltakerne mestring.")
    res = index_for(proj).search("mestring in:memo")
    kinds = sorted(h.kind for h in res.hits)
    assert kinds == ["condensate", "journal"]
    assert all(h.kind != "line" for h in res.hits)
    assert [h.kind for h in index_for(proj).search("in:journal mestring").hits] == ["journal"]
    memo = [h for h in index_for(proj).search("gitarer").hits if h.kind == "memo"]
    assert memo and memo[0].transcript_id == ta and memo[0].marks
    # Plain queries search transcripts and notes together.
    assert {h.kind for h in index_for(proj).search("musikken").hits} == {"line", "condensate"}


def test_results_point_to_lines_and_marks(proj: Project) -> None:
    ta, _ = proj.tids  # type: ignore[attr-defined]
    hits = index_for(proj).search("Fjordheimsvik").hits
    assert len(hits) == 1
    h = hits[0]
    assert (h.transcript_id, h.transcript, h.informant, h.line, h.role) == (ta, "Intervju A", "A", 4, "informant")
    with proj.read() as s:
        from coding.store.models import Transcript
        text = s.get(Transcript, ta).text
    assert text[h.start:h.end] == h.text == "Jeg jobbet med [navn 1] på Fjordheimsvik."
    (a, b), = h.marks
    assert h.text[a:b] == "Fjordheimsvik"


def test_delete_transcript_leaves_no_trace_and_undo_restores(proj: Project) -> None:
    ta, _ = proj.tids  # type: ignore[attr-defined]
    index_for(proj).wait()  # imports are indexed in the background
    assert any(b"fjordheimsvik" in data for _, data in index_bytes(proj))  # the scan can see the word
    code = create_code(proj, "sted").value
    hit = index_for(proj).search("Fjordheimsvik").hits[0]
    apply_code(proj, ta, hit.start, hit.end, code)  # coding keeps an old version of the line for a while
    changes = delete_transcript(proj, ta)
    assert lines(proj, "Fjordheimsvik") == []
    assert lines(proj, "bølgene") == []
    assert_no_trace(proj, "Fjordheimsvik", "svaberget", "Bølgene")
    proj.revert(changes)
    assert lines(proj, "Fjordheimsvik") == [("A", 4)]
    assert lines(proj, "code:sted") == [("A", 4)]


def test_withdrawal_leaves_no_trace(proj: Project) -> None:
    from coding.services.withdraw import withdraw_informant

    withdraw_informant(proj, "A")
    assert lines(proj, "svaberget") == [] and lines(proj, "informant:A") == []
    assert lines(proj, "gitar") == [("B", 3)]
    assert_no_trace(proj, "svaberget", "Fjordheimsvik")


def test_redaction_leaves_no_trace(proj: Project) -> None:
    from coding.services.redaction import redact_text

    redact_text(proj, "Fjordheimsvik", "place")
    assert lines(proj, "Fjordheimsvik") == []
    assert lines(proj, "[sted 1]") == [("A", 4)]
    assert_no_trace(proj, "Fjordheimsvik")


def test_memo_edit_leaves_no_trace_of_old_text(proj: Project) -> None:
    from coding.services.memos import set_memo

    ta, _ = proj.tids  # type: ignore[attr-defined]
    set_memo(proj, "transcript", ta, "Husk Tryggvesonsgata fra opptaket.")
    assert len(index_for(proj).search("tryggvesonsgata").hits) == 1
    set_memo(proj, "transcript", ta, "Husk gata fra opptaket.")
    assert index_for(proj).search("tryggvesonsgata").hits == ()
    assert_no_trace(proj, "tryggvesonsgata")


def test_reindex_matches_incremental(proj: Project) -> None:
    ta, tb = proj.tids  # type: ignore[attr-defined]
    code = create_code(proj, "lytting").value
    apply_code(proj, tb, 0, 20, code)
    delete_transcript(proj, ta)
    add_transcript(proj, make("Intervju C", "C", A_TURNS))
    queries = ["musikk", '"sosial arena"', "code:lytting", "informant:C", "[navn]", "musikkt*"]
    before = [[(h.key, h.line, h.informant) for h in index_for(proj).search(q, sort="position").hits]
              for q in queries]
    reindex(proj)
    after = [[(h.key, h.line, h.informant) for h in index_for(proj).search(q, sort="position").hits]
             for q in queries]
    assert before == after
    assert any(before)


def test_damaged_index_is_rebuilt_on_open(proj: Project) -> None:
    path = proj.path
    proj.close()
    for f in (path / "index").iterdir():
        if f.is_file():
            f.write_bytes(b"\x00garbage" * 50)
    p2 = open_project(path)
    try:
        assert lines(p2, "Fjordheimsvik") == [("A", 4)]
    finally:
        p2.close()


def test_stale_index_is_rebuilt_on_open(tmp_path: Path) -> None:
    path = tmp_path / "stale.kondens"
    p = create_project(path)
    add_transcript(p, make("Intervju A", "A", A_TURNS))
    p.close()
    with Project.open(path) as raw:  # written without the extension: the index does not know
        add_transcript(raw, make("Intervju B", "B", B_TURNS))
    p2 = open_project(path)
    try:
        assert lines(p2, "gitar") == [("B", 3)]
    finally:
        p2.close()


def test_cli_search_json_and_reindex(proj: Project, capsys: pytest.CaptureFixture[str]) -> None:
    from app.cli.main import main

    path = proj.path
    proj.close()
    assert main(["reindex", str(path)]) == 0
    capsys.readouterr()
    assert main(["search", str(path), "musikken", "--json", "--limit", "1"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert len(rows) == 1
    assert set(rows[0]) >= {"transcript", "informant", "line", "text", "score", "transcript_id"}
    assert rows[0]["informant"] == "A" and rows[0]["line"] in (1, 3)
    assert main(["search", str(path), "informant:B gitar"]) == 0
    out = capsys.readouterr().out
    assert "Vi spilte gitar hver uke." in out and "l. 3" in out
    assert main(["search", str(path), '"unclosed']) == 2


def test_coding_updates_are_applied_before_the_next_search_and_on_close(proj: Project, tmp_path: Path) -> None:
    ta, _ = proj.tids  # type: ignore[attr-defined]
    code = create_code(proj, "utsatt").value
    from transcripts.search.documents import fingerprint

    def manifest() -> dict:  # type: ignore[type-arg]
        return json.loads((proj.path / "index" / "manifest.json").read_text("utf-8"))["fingerprint"]

    index_for(proj)
    apply_code(proj, ta, 0, 5, code)
    assert manifest() != fingerprint(proj)  # coding alone does not touch the index yet
    assert lines(proj, "code:utsatt") == [("A", 1)]  # the put-off update is applied before searching
    assert manifest() == fingerprint(proj)
    apply_code(proj, ta, 6, 12, code)
    path = proj.path
    proj.close()  # closing flushes what was put off: the index on disk matches the database

    with Project.open(path, readonly=True) as plain:
        manifest = json.loads((path / "index" / "manifest.json").read_text("utf-8"))
        assert manifest["fingerprint"] == fingerprint(plain)
    with open_project(path) as again:
        assert lines(again, "code:utsatt") == [("A", 1)]


def test_imports_are_indexed_in_the_background_and_searches_wait(tmp_path: Path) -> None:
    import threading

    from transcripts.search import adds_only

    p = create_project(tmp_path / "bg.kondens")
    try:
        idx = index_for(p)
        gate = threading.Event()
        real = idx._apply  # type: ignore[attr-defined]

        def slow(changes):  # type: ignore[no-untyped-def]
            gate.wait(10)
            real(changes)

        idx._apply = slow  # type: ignore[attr-defined]
        changes = add_transcript(p, make("Intervju A", "A", A_TURNS))
        assert adds_only(changes)
        assert idx.indexing  # the commit returned; the index is still being written
        assert not idx.wait(timeout=0.05)
        gate.set()
        assert lines(p, "Fjordheimsvik") == [("A", 4)]  # the search waited for the writer
        assert not idx.indexing and idx.is_current()
        idx._apply = real  # type: ignore[attr-defined]
        # Removing text is never left to the background: the purge is done when the service returns.
        assert not adds_only(delete_transcript(p, changes.value))
        assert_no_trace(p, "Fjordheimsvik")
    finally:
        p.close()


def test_one_document_per_turn_but_lines_decide(proj: Project) -> None:
    idx = index_for(proj)
    idx.wait()
    assert idx._ix["lines"].doc_count() == len(A_TURNS) + len(B_TURNS)  # type: ignore[attr-defined]
    # Lines 3–6 of A are one turn: AND, NOT and phrases still hold per line, never across lines.
    assert lines(proj, "musikk NOT fjordheimsvik") == [("A", 1), ("A", 3)]
    assert lines(proj, "musikk fjordheimsvik") == []
    assert lines(proj, '"meg jeg"') == []  # "… for meg." ends line 3, "Jeg …" starts line 4
    assert lines(proj, '"hjalp meg"') == [("A", 6)]
    res = idx.search("meg")
    assert (res.total, res.per_informant) == (2, {"A": 2})  # two lines of the same turn count twice
    assert [h.line for h in idx.search("meg", sort="position").hits] == [3, 6]


def test_code_filter_marks_only_the_coded_line_of_a_turn(proj: Project) -> None:
    ta, _ = proj.tids  # type: ignore[attr-defined]
    code = create_code(proj, "alt").value
    hit = index_for(proj).search("Musikk er alt").hits[0]
    apply_code(proj, ta, hit.start, hit.end, code)
    assert lines(proj, "code:alt") == [("A", 3)]
    assert lines(proj, "meg NOT code:alt") == [("A", 6)]
    assert [h.codes for h in index_for(proj).search("meg", sort="position").hits] == [("alt",), ()]


def test_a_large_import_is_indexed_in_transcript_sized_segments(tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    """An import's new transcripts are written as several segments (split between transcripts, as a
    rebuild writes them), so a later purge rewrites only the segment that holds a deletion."""
    from transcripts.search import whoosh_index

    monkeypatch.setattr(whoosh_index, "SEGMENT_DOCS", 2)
    p = create_project(tmp_path / "big.kondens")
    try:
        with p.batch():  # one index update for the three transcripts, as import_files does
            ids = [add_transcript(p, make(f"Intervju {lb}", lb, A_TURNS)).value for lb in "ACD"]
        idx = index_for(p)
        idx.wait()
        assert sorted(inf for inf, _n in lines(p, "Fjordheimsvik")) == ["A", "C", "D"]
        reader = idx._ix["lines"].reader()  # type: ignore[attr-defined]
        try:
            assert len(reader.leaf_readers()) == 3  # one segment per transcript (each holds > 2 turns)
        finally:
            reader.close()
        delete_transcript(p, ids[1])
        assert sorted(inf for inf, _n in lines(p, "Fjordheimsvik")) == ["A", "D"]
        assert_no_trace(p, "Intervju C")
    finally:
        p.close()


def test_a_deleted_line_is_purged_from_its_turn(proj: Project) -> None:
    """The index keeps no term per line id; a line deleted without its transcript is found through the
    turns' stored line ids, and its turn is rewritten without it."""
    from sqlalchemy import delete, select

    from coding.store.models import Line

    ta, _ = proj.tids  # type: ignore[attr-defined]
    index_for(proj).wait()
    with proj.read() as s:
        lid = s.scalar(select(Line.id).where(Line.transcript_id == ta, Line.number == 8))
    assert lines(proj, "trening") == [("A", 8)]
    assert any(b"trening" in data for _, data in index_bytes(proj))  # the scan can see the word
    with proj.transaction("delete one line") as tx:
        tx.session.execute(delete(Line).where(Line.id == lid))
    assert lines(proj, "trening") == []
    assert lines(proj, "svaberget") == [("A", 9)]  # the other line of that turn is still found, at its number
    assert_no_trace(proj, "trening")


def test_one_word_counts_equal_the_per_turn_evaluation(proj: Project, monkeypatch) -> None:  # noqa: ANN001
    """A one-word search counts lines in one pass over the word's postings; the general per-turn
    evaluation gives the same totals, per-informant counts and hits, also with recoded turns' old
    versions still in their segment (deleted documents)."""
    from transcripts.search import line_eval

    ta, _ = proj.tids  # type: ignore[attr-defined]
    idx = index_for(proj)
    code = create_code(proj, "meg").value
    hit = idx.search("Musikk er alt").hits[0]
    apply_code(proj, ta, hit.start, hit.end, code)
    idx.flush()
    words = ["meg", "musikk", "musikkterapeut", "sosial", "navn_1", "code:meg", "svaberget", "fins_ikke"]
    fast = {w: idx.search(w) for w in words}
    monkeypatch.setattr(line_eval.LineEval, "term_counts", lambda self: None)
    for w in words:
        slow = idx.search(w)
        assert (fast[w].total, fast[w].per_informant, fast[w].hits) == (slow.total, slow.per_informant, slow.hits), w
    assert fast["meg"].total == 2 and fast["code:meg"].total == 1
