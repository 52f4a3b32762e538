"""The review loop without Qt: export → comment → reply → import, re-import, orphans, apply + undo."""

from __future__ import annotations

import json
import sqlite3
import zipfile
from pathlib import Path

import pytest

from coding.changes import Changes
from coding.services import coding_ops
from coding.services import themes as th
from coding.services.memos import add_journal_entry, set_memo
from coding.services.privacy_scan import scan_folder
from coding.store.models import Draft
from coding.supervision.export import export_review_copy
from coding.supervision.files import MANIFEST, read_manifest
from coding.supervision.model import ReviewFileError
from coding.supervision.review_copy import ReviewCopy
from coding.supervision.threads import (
    ReviewError,
    apply_suggestion,
    commit_import,
    decline_suggestion,
    list_threads,
    plan_import,
    reply,
    set_status,
)
from tests.coding_fixtures import dump
from tests.supervision_fixture import Analysed, analysed
from transcripts.deid.detector import detect


@pytest.fixture
def a(tmp_path: Path) -> Analysed:
    res = analysed(tmp_path / "student.kondens")
    yield res
    res.project.close()


def _send(a: Analysed, tmp: Path, name: str = "r1", **kw: object) -> Path:
    out = tmp / f"{name}.kondensreview"
    export_review_copy(a.project, out, **kw)  # type: ignore[arg-type]
    return out


def _return(copy: Path, tmp: Path, fill, name: str = "c1") -> Path:  # type: ignore[no-untyped-def]
    out = tmp / f"{name}.kondenscomments"
    with ReviewCopy.open(copy) as rc:
        fill(rc)
        rc.write_reply(out)
    return out


def _import(a: Analysed, path: Path, accept: object = None) -> object:
    plan = plan_import(a.project, path, lambda t: detect(t))
    return commit_import(a.project, plan, accept).value  # type: ignore[arg-type]


def _by_text(a: Analysed, text: str):  # type: ignore[no-untyped-def]
    return next(v for v in list_threads(a.project) if v.text == text)


def test_round_trip_anchors_every_kind(a: Analysed, tmp_path: Path) -> None:
    copy = _send(a, tmp_path, note="Første utkast", student="Stud")
    m = read_manifest(copy)
    assert (m.note, m.student, m.round, m.previous_snapshot) == ("Første utkast", "Stud", 1, None)

    def fill(rc: ReviewCopy) -> None:
        with rc.project.read() as s:
            from coding.store.models import Quote, Segment
            from coding.supervision import anchors

            seg_guid = s.get(Segment, a.segments[3])
            qid = s.scalar(__import__("sqlalchemy").select(Quote.id).where(Quote.golden == 1))
            seg = anchors.segment_anchor(s, a.segments[3])
            gold = anchors.golden_anchor(s, qid)
            assert seg_guid is not None
        rc.comment(rc.anchor_for("theme:Musikk som ressurs"), "område", "V")
        rc.comment(rc.anchor_for("theme:Musikk som ressurs / Ro og mestring"), "subgruppe", "V")
        rc.comment(rc.anchor_for("code:humor"), "kode", "V")
        rc.comment(rc.anchor_for("condensate:Ro og mestring", quote="mestret mer"), "kondensat", "V")
        rc.comment(gold, "gullsitat", "V")
        rc.comment(seg, "segment", "V")
        rc.comment(rc.anchor_for("lines:B:2-3"), "linjer", "V")

    res = _import(a, _return(copy, tmp_path, fill))
    assert res.to_json() == {"comments": 7, "suggestions": 0, "orphans": 0, "proposed_identifiers": 0}
    views = {v.text: v for v in list_threads(a.project)}
    assert views["område"].where == "Musikk som ressurs"
    assert views["subgruppe"].where == "Musikk som ressurs / Ro og mestring"
    assert views["kode"].where == "Fellesskap · humor" and views["kode"].area == "Fellesskap"
    assert views["kondensat"].anchor.quote == "mestret mer"
    assert views["linjer"].where == "B, l. 2–3"
    assert views["gullsitat"].anchor.kind == "golden_quote" and not views["gullsitat"].orphan
    assert views["segment"].area == "Fellesskap"
    assert all(v.status == "open" and v.author == "V" and not v.orphan for v in views.values())


def test_reimport_adds_nothing(a: Analysed, tmp_path: Path) -> None:
    copy = _send(a, tmp_path)
    back = _return(copy, tmp_path, lambda rc: rc.comment(rc.anchor_for("code:ro"), "Tynt", "V"))
    assert _import(a, back).comments == 1
    before = dump(a.project)
    res = _import(a, back)
    assert (res.comments, res.duplicates) == (0, 1)
    assert dump(a.project) == before


def test_orphans_after_merge_delete_and_edit_rename_keeps_anchor(a: Analysed, tmp_path: Path) -> None:
    copy = _send(a, tmp_path)

    def fill(rc: ReviewCopy) -> None:
        rc.comment(rc.anchor_for("code:humor"), "om humor", "V")
        rc.comment(rc.anchor_for("code:ro"), "om ro", "V")
        rc.comment(rc.anchor_for("theme:Fellesskap"), "om fellesskap", "V")
        rc.comment(rc.anchor_for("condensate:Ro og mestring", quote="fant ro"), "om kondensat", "V")

    back = _return(copy, tmp_path, fill)
    coding_ops.merge_codes(a.project, a.codes["humor"], a.codes["fellesskap"])
    th.delete_theme(a.project, a.other)
    coding_ops.rename_code(a.project, a.codes["ro"], "indre ro")
    th.set_summary(a.project, a.sub, "Helt ny tekst.")
    res = _import(a, back)
    assert (res.comments, res.orphans) == (4, 3)
    v = {x.text: x for x in list_threads(a.project)}
    assert v["om humor"].orphan and v["om humor"].where == "Fellesskap · humor".split(" · ")[0] or v["om humor"].orphan
    assert v["om humor"].anchor.name == "humor"  # its context is kept
    assert v["om fellesskap"].orphan and v["om fellesskap"].where == "Fellesskap"
    assert not v["om ro"].orphan and v["om ro"].where.endswith("indre ro")
    assert v["om kondensat"].orphan and v["om kondensat"].anchor.quote == "fant ro"


def _undo_identical(a: Analysed, tmp_path: Path, on: str, suggest: str) -> Changes:
    copy = _send(a, tmp_path)

    def fill(rc: ReviewCopy) -> None:
        an = rc.anchor_for(on)
        rc.comment(an, "forslag", "V", rc.suggestion_for(suggest, an))

    _import(a, _return(copy, tmp_path, fill))
    before = dump(a.project)
    guid = _by_text(a, "forslag").guid
    ch = apply_suggestion(a.project, guid, "S")
    assert dump(a.project) != before
    assert _by_text(a, "forslag").status == "applied"
    a.project.revert(ch)
    assert dump(a.project) == before
    return ch


@pytest.mark.parametrize(("on", "suggest", "tables"), [
    ("code:humor", "rename:latter", {"codes"}),
    ("theme:Fellesskap", "rename:Tilhørighet", {"theme_nodes"}),
    ("code:humor", "merge-into:fellesskap", {"codes", "segments"}),
    ("theme:Fellesskap", "merge-into:Musikk som ressurs", {"theme_nodes", "codes"}),
    ("code:humor", "move-to:Ro og mestring", {"codes"}),
    ("theme:Ro og mestring", "move-to:Fellesskap", {"theme_nodes"}),
    ("theme:Fellesskap", "split:Humor:humor", {"theme_nodes", "codes"}),
])
def test_apply_each_suggestion_then_undo_gives_identical_db(a: Analysed, tmp_path: Path, on: str, suggest: str,
                                                           tables: set[str]) -> None:
    ch = _undo_identical(a, tmp_path, on, suggest)
    assert tables <= set(ch.touched) and "review_comments" in ch.touched


def test_apply_effects(a: Analysed, tmp_path: Path) -> None:
    copy = _send(a, tmp_path)

    def fill(rc: ReviewCopy) -> None:
        an = rc.anchor_for("code:humor")
        rc.comment(an, "slå sammen", "V", rc.suggestion_for("merge-into:fellesskap", an))
        an = rc.anchor_for("theme:Fellesskap")
        rc.comment(an, "mer data", "V", rc.suggestion_for("more-data", an))

    _import(a, _return(copy, tmp_path, fill))
    apply_suggestion(a.project, _by_text(a, "slå sammen").guid)
    from coding import queries

    assert "humor" not in {c.name for c in queries.codes(a.project)}
    with pytest.raises(ReviewError):
        apply_suggestion(a.project, _by_text(a, "slå sammen").guid)
    with pytest.raises(ReviewError):
        apply_suggestion(a.project, _by_text(a, "mer data").guid)
    before = dump(a.project)
    with pytest.raises(ReviewError):  # declining needs a reason; nothing changes
        decline_suggestion(a.project, _by_text(a, "mer data").guid, "  ")
    assert dump(a.project) == before


def test_apply_refuses_orphaned_target(a: Analysed, tmp_path: Path) -> None:
    copy = _send(a, tmp_path)

    def fill(rc: ReviewCopy) -> None:
        an = rc.anchor_for("code:humor")
        rc.comment(an, "flytt", "V", rc.suggestion_for("move-to:Fellesskap", an))

    _import(a, _return(copy, tmp_path, fill))
    th.delete_theme(a.project, a.other)
    before = dump(a.project)
    with pytest.raises(ReviewError, match="no longer exists"):
        apply_suggestion(a.project, _by_text(a, "flytt").guid)
    assert dump(a.project) == before


def test_second_round_threads_replies_and_changes_since_last_review(a: Analysed, tmp_path: Path) -> None:
    copy1 = _send(a, tmp_path, "r1", note="runde 1")

    def fill1(rc: ReviewCopy) -> None:
        an = rc.anchor_for("code:humor")
        rc.comment(an, "heller latter?", "V", rc.suggestion_for("rename:latter", an))
        rc.comment(rc.anchor_for("theme:Fellesskap"), "trenger mer", "V")

    _import(a, _return(copy1, tmp_path, fill1, "c1"))
    sug = _by_text(a, "heller latter?").guid
    decline_suggestion(a.project, sug, "Informantene sier humor selv.", "Stud")
    other = _by_text(a, "trenger mer").guid
    reply(a.project, other, "Lagt til to koder.", "Stud")
    coding_ops.rename_code(a.project, a.codes["ro"], "indre ro")
    copy2 = _send(a, tmp_path, "r2", note="runde 2")
    with ReviewCopy.open(copy2) as rc:
        assert rc.manifest.round == 2
        d = rc.changes_since_last_review()
        assert d is not None and "Code renamed: ro → indre ro" in d.lines()
        threads = rc.threads()
        replies = [v for v in threads if v.parent == other]
        assert [r.text for r in replies] == ["Lagt til to koder."]
        assert next(v for v in threads if v.guid == sug).status == "declined"
        rc.reply(other, "Bra, da er dette løst.", "V", "resolve")
        assert next(v for v in rc.threads() if v.guid == other).status == "resolved"
        rc.write_reply(tmp_path / "c2.kondenscomments")
    res = _import(a, tmp_path / "c2.kondenscomments")
    assert res.comments == 1
    assert _by_text(a, "trenger mer").status == "resolved"
    # the old file is still idempotent after the new one
    assert _import(a, tmp_path / "c1.kondenscomments").comments == 0


def test_supervisor_comments_survive_reopening_and_compaction(a: Analysed, tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    from coding.supervision import files

    monkeypatch.setattr(files, "COMPACT_AFTER", 4)
    copy = _send(a, tmp_path)
    with ReviewCopy.open(copy) as rc:
        for i in range(9):  # crosses the compaction threshold twice
            rc.comment(rc.anchor_for("code:ro"), f"k{i}", "V")
    with ReviewCopy.open(copy) as rc:
        assert [c.text for c in rc.comments] == [f"k{i}" for i in range(9)]
        rc.delete(rc.comments[0].guid)
    with ReviewCopy.open(copy) as rc:
        assert len(rc.comments) == 8
    assert len([n for n in zipfile.ZipFile(copy).namelist() if n.startswith("comments/")]) <= 4


def test_review_copy_leaves_out_drafts_unshared_memos_and_settings(a: Analysed, tmp_path: Path) -> None:
    shared = add_journal_entry(a.project, "Valg", "Jeg slo sammen to koder.").value
    add_journal_entry(a.project, "Privat", "Usikker på veilederen.")
    set_memo(a.project, "code", a.codes["ro"], "notat om ro")
    with a.project.transaction("draft") as tx:
        tx.session.add(Draft(key="memo:1", text="halvskrevet utkast"))
    copy = _send(a, tmp_path, shared_memo_ids=[shared])
    with zipfile.ZipFile(copy) as z:
        (tmp_path / "copy").mkdir()
        db = tmp_path / "copy" / "x.db"
        db.write_bytes(z.read("project.db"))
    con = sqlite3.connect(db)
    assert con.execute("SELECT title FROM memos").fetchall() == [("Valg",)]
    assert con.execute("SELECT count(*) FROM drafts").fetchone() == (0,)
    con.close()
    raw = db.read_bytes()
    assert b"halvskrevet" not in raw and "Usikker på".encode() not in raw and b"notat om ro" not in raw
    # the copy only: the student's own project keeps its drafts and private notes, as it should
    assert scan_folder(tmp_path / "copy", ["halvskrevet", "Usikker"]) == []
    assert scan_folder(tmp_path / "copy", ["Valg"]) != []  # the scan reads the copy's rows, so it can fail
    # next time the same memos are shared unless told otherwise
    copy2 = _send(a, tmp_path, "r2")
    with ReviewCopy.open(copy2) as rc:
        from coding import queries

        assert [m.title for m in queries.memos(rc.project)] == ["Valg"]


def test_bad_files_give_one_line_and_change_nothing(a: Analysed, tmp_path: Path) -> None:
    copy = _send(a, tmp_path)
    back = _return(copy, tmp_path, lambda rc: rc.comment(rc.anchor_for("code:ro"), "x", "V"))
    before = dump(a.project)
    junk = tmp_path / "junk.kondenscomments"
    junk.write_bytes(b"\x00\x01 not json")
    foreign = tmp_path / "foreign.kondenscomments"
    foreign.write_text(json.dumps({"format": "something-else", "version": 1}))
    newer = tmp_path / "newer.kondenscomments"
    d = json.loads(back.read_text())
    d["version"] = 99
    newer.write_text(json.dumps(d))
    other_project = tmp_path / "other.kondenscomments"
    d = json.loads(back.read_text())
    d["project_guid"] = "SOMEONE-ELSE"
    other_project.write_text(json.dumps(d))
    bad_comment = tmp_path / "bad.kondenscomments"
    d = json.loads(back.read_text())
    d["comments"][0]["anchor"] = {"kind": "nonsense"}
    bad_comment.write_text(json.dumps(d))
    for f, msg in ((junk, "not a Kondens comments file"), (foreign, "not a Kondens comments file"),
                   (newer, "newer Kondens"), (other_project, "another project"), (bad_comment, "corrupt"),
                   (copy, "review copy, not a comments file"), (tmp_path / "missing.kondenscomments", "does not exist")):
        with pytest.raises(ReviewFileError, match=msg) as e:
            plan_import(a.project, f, None)
        assert "\n" not in str(e.value)
    assert dump(a.project) == before
    # review copies: corrupt, foreign zip, newer format
    bad = tmp_path / "bad.kondensreview"
    bad.write_bytes(copy.read_bytes()[:2000])
    foreign_zip = tmp_path / "f.kondensreview"
    with zipfile.ZipFile(foreign_zip, "w") as z:
        z.writestr("word/document.xml", "<x/>")
    newer_copy = tmp_path / "n.kondensreview"
    with zipfile.ZipFile(copy) as src, zipfile.ZipFile(newer_copy, "w") as z:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == MANIFEST:
                m = json.loads(data)
                m["version"] = 7
                data = json.dumps(m).encode()
            z.writestr(info.filename, data)
    for f, msg in ((bad, "not a Kondens review copy"), (foreign_zip, "no manifest"), (newer_copy, "newer Kondens")):
        raw = f.read_bytes()
        with pytest.raises(ReviewFileError, match=msg):
            ReviewCopy.open(f)
        assert f.read_bytes() == raw


def test_student_reply_and_status_are_recorded(a: Analysed, tmp_path: Path) -> None:
    copy = _send(a, tmp_path)
    _import(a, _return(copy, tmp_path, lambda rc: rc.comment(rc.anchor_for("code:ro"), "spm", "V")))
    g = _by_text(a, "spm").guid
    reply(a.project, g, "svar", "S")
    set_status(a.project, g, "resolved", "S")
    v = list_threads(a.project)
    assert next(x for x in v if x.guid == g).status == "resolved"
    assert [x.text for x in v if x.parent == g] == ["svar", ""]
    assert [x.action for x in v if x.parent == g] == ["", "resolve"]


def test_report_gains_review_section_only_after_a_review(a: Analysed, tmp_path: Path) -> None:
    from docx import Document

    from exports.report import write_report

    write_report(a.project, tmp_path / "before.html")
    assert "Veiledning" not in (tmp_path / "before.html").read_text()
    copy = _send(a, tmp_path)
    _import(a, _return(copy, tmp_path, lambda rc: rc.comment(rc.anchor_for("code:humor"), "tynn kode", "Veileder")))
    coding_ops.rename_code(a.project, a.codes["ro"], "indre ro")
    page = write_report(a.project, tmp_path / "r.html").read_text()
    assert "Åpne kommentarer" in page and "tynn kode" in page and "Kode omdøpt: ro → indre ro" in page
    doc = Document(str(write_report(a.project, tmp_path / "r.docx")))
    body = "\n".join(p.text for p in doc.paragraphs)
    assert "Veiledning" in body and "tynn kode" in body and "Kode omdøpt: ro → indre ro" in body
    assert doc.core_properties.author == ""
