"""The index's own field types (transcripts/search/fields.py) compute the same postings as whoosh's
analyzer chain would: same terms, frequencies, weights and encoded positions, so phrase search, NOT,
the per-line evaluation and KWIC line mapping see exactly what they saw before."""

from __future__ import annotations

import pickle
import random

from whoosh.fields import KEYWORD, TEXT

from tests.search_offers import record_offers
from transcripts.search.analysis import LINE_SEP, names_by_line_analyzer, norwegian_analyzer
from transcripts.search.fields import LineText, NamesByLine, Tokens

WORDS = ["Musikken", "musikk", "[navn 1]", "[Navn 12]", "[e-post]", "[national id]", "2024", "x2", "æøå", "Ålesund",
         "ungdommene", "i", "det", "er", "viktig", "—", "...", "hei!", "O'Brien", "co-op", "trygghet", "ÉCOLE",
         "straße", "İstanbul", "_", "a_b", "1,5", "  ", "\t", "navn", "[navn]", "[ukjent 3]"]


def _turn(rng: random.Random) -> str:
    lines = []
    for _ in range(rng.randint(1, 9)):
        lines.append(" ".join(rng.choice(WORDS) for _ in range(rng.randint(0, 40))))
    return LINE_SEP.join(lines)


def _postings(field: object, value: str) -> list[tuple[bytes, int, float, bytes]]:
    return sorted(field.index(value))  # type: ignore[attr-defined]


def test_line_text_postings_equal_the_analyzer_chain() -> None:
    rng = random.Random(3)
    fast, slow = LineText(stored=True), TEXT(analyzer=norwegian_analyzer(), phrase=True, stored=True)
    for _ in range(300):
        value = _turn(rng)
        assert _postings(fast, value) == _postings(slow, value), value


def test_line_text_caps_positions_within_a_line_as_the_analyzer_does() -> None:
    value = " ".join(f"ord{i % 7} musikk" for i in range(3000)) + LINE_SEP + "musikk [navn 1]"
    fast, slow = LineText(), TEXT(analyzer=norwegian_analyzer(), phrase=True)
    assert _postings(fast, value) == _postings(slow, value)


def test_names_by_line_postings_equal_the_analyzer_chain() -> None:
    rng = random.Random(4)
    names = ["Mestring", " trygghet ", "kode 1.2", "", "Relasjon til voksne", "ÆØÅ", "a b"]
    fast, slow = NamesByLine(), TEXT(analyzer=names_by_line_analyzer(), phrase=True)
    for _ in range(300):
        value = LINE_SEP.join(",".join(rng.choice(names) for _ in range(rng.randint(0, 4)))
                              for _ in range(rng.randint(1, 8)))
        assert _postings(fast, value) == _postings(slow, value), value


def test_tokens_postings_equal_keyword() -> None:
    fast, slow = Tokens(), KEYWORD(lowercase=True)
    for value in ["key_t1 tid_3 inf_A role_informant in_transcript seg_4 seg_4", "", "A\tb\nB  c", "ÆØÅ æøå"]:
        assert _postings(fast, value) == _postings(slow, value)


def test_the_writer_writes_the_same_segment_as_whoosh(tmp_path) -> None:  # noqa: ANN001
    """transcripts/search/writer.py shortcuts whoosh's per-posting path; the segment's files are the same
    bytes as whoosh's own SegmentWriter writes (with a merge of two segments, as a purge does)."""
    from whoosh.filedb.filestore import FileStorage
    from whoosh.writing import SegmentWriter

    from transcripts.search.whoosh_index import _keep_all, make_schema
    from transcripts.search.writer import Writer

    rng = random.Random(5)
    docs = [{"text": _turn(rng), "meta": f"key_t{i} tid_{i % 3} role_informant", "pos": i, "iid": i % 4, "nl": 3,
             "info": {"key": f"T{i}"}, **({"code": "a,b", "lcode": "a" + LINE_SEP + "b"} if i % 5 == 0 else {})}
            for i in range(60)]

    def build(folder, writer_class):  # type: ignore[no-untyped-def]
        folder.mkdir()
        ix = FileStorage(str(folder)).create_index(make_schema(), indexname="lines")
        for part in (docs[:30], docs[30:]):
            w = writer_class(ix, compound=False)  # one file per kind, to compare them one by one
            for d in part:
                w.add_document(**d)
            w.commit(mergetype=_keep_all)
        w = writer_class(ix, compound=False)
        w.delete_by_term("meta", "key_t7")
        w.commit(optimize=True)  # everything merged into one new segment
        seg = ix._segments()[0]  # noqa: SLF001
        sid = seg.segment_id()
        return {f.name.replace(sid, ""): f.read_bytes() for f in folder.iterdir() if sid in f.name}

    ours, theirs = build(tmp_path / "ours", Writer), build(tmp_path / "theirs", SegmentWriter)
    assert ours.keys() == theirs.keys() and ours
    for ext in ours:
        assert ours[ext] == theirs[ext], ext


def test_postings_offered_ahead_build_the_same_segment(tmp_path, monkeypatch) -> None:  # noqa: ANN001
    """A batch import's read-ahead worker computes each turn's ``text`` postings (fields.packed_postings) and
    the index adds them (fields.offer): the segment is the same bytes as one analysed here, each offer is
    used for its own text only (also a text that several turns have), and nothing is left over."""
    import subprocess
    import sys

    from whoosh.filedb.filestore import FileStorage

    from transcripts.search import fields
    from transcripts.search.whoosh_index import _keep_all, make_schema
    from transcripts.search.writer import Writer

    rng = random.Random(6)
    texts = [_turn(rng) for _ in range(40)] + ["Mm."] * 3
    docs = [{"text": t, "meta": f"key_t{i} tid_1", "pos": i, "iid": 1, "nl": 1, "info": {"key": f"T{i}"}}
            for i, t in enumerate(texts)]

    def build(folder):  # type: ignore[no-untyped-def]
        folder.mkdir()
        ix = FileStorage(str(folder)).create_index(make_schema(), indexname="lines")
        w = Writer(ix, compound=False)
        for d in docs:
            w.add_document(**d)
        w.commit(mergetype=_keep_all)
        sid = ix._segments()[0].segment_id()  # noqa: SLF001
        return {f.name.replace(sid, ""): f.read_bytes() for f in folder.iterdir() if sid in f.name}

    fields.discard_offers()
    here = build(tmp_path / "here")
    # Computed in another process, as the worker does (its own term cache), handed over pickled.
    code = ("import pickle, sys; from transcripts.search.fields import packed_postings; "
            "sys.stdout.buffer.write(pickle.dumps([packed_postings(t) for t in pickle.load(sys.stdin.buffer)]))")
    out = subprocess.run([sys.executable, "-c", code], input=pickle.dumps(texts), capture_output=True, check=True)
    packed = pickle.loads(out.stdout)
    taken = record_offers(monkeypatch)
    try:
        fields.offer([*zip(texts, packed, strict=True), ("a text no turn has", packed[0])])
        assert fields.offered_count() == len(texts) + 1
        ahead = build(tmp_path / "ahead")
    finally:
        left = fields.offered_count()
        fields.discard_offers()
    assert sorted(taken) == sorted(texts) and left == 1  # every turn took its own; the stray one is unused
    assert ahead.keys() == here.keys() and ahead
    for ext in ahead:
        assert ahead[ext] == here[ext], ext


def test_offers_are_bounded() -> None:
    from transcripts.search import fields

    fields.discard_offers()
    try:
        fields.offer((f"tekst {i}", fields.packed_postings(f"tekst {i}")) for i in range(fields.AHEAD_MAX + 5))
        assert fields.offered_count() == fields.AHEAD_MAX
        assert fields._offered("tekst 0") is None  # noqa: SLF001  # the oldest went first
        newest = f"tekst {fields.AHEAD_MAX + 4}"
        assert fields._offered(newest) == fields.text_postings(newest)  # noqa: SLF001
        assert fields.offered_count() == fields.AHEAD_MAX - 1
    finally:
        fields.discard_offers()
