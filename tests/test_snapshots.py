"""Snapshots of the hierarchy and their diff: moved, merged, renamed, added, removed."""

from __future__ import annotations

from sqlalchemy import delete, update

from coding.services import themes as th
from coding.services.codes import apply_code, create_code, remove_segment
from coding.snapshots import capture, diff, diff_snapshots, list_snapshots, load_snapshot, save_snapshot
from coding.store.models import Code, Segment
from tests.themes_fixture import make_transcript


def merge_codes_by_hand(project, target: int, source: int) -> None:
    """What a code merge does to the store: segments move to the target, the source goes."""
    with project.transaction("merge") as tx:
        tx.session.execute(update(Segment).where(Segment.code_id == source).values(code_id=target))
        tx.session.execute(delete(Code).where(Code.id == source))


def build(project):
    tid, spans = make_transcript(project, "A", [["Q?"], ["En.", "To.", "Tre.", "Fire."]])
    c = {n: create_code(project, n).value for n in ("glede", "ro", "tid", "sorg", "tom")}
    for i, n in enumerate(("glede", "ro", "tid", "sorg")):
        apply_code(project, tid, *spans[i + 1], c[n])
    a = th.create_theme(project, "Mestring").value
    b = th.create_theme(project, "Relasjon").value
    sub = th.create_theme(project, "Trygghet", parent_id=a).value
    th.move_codes(project, [c["glede"], c["ro"]], a)
    th.move_code(project, c["tid"], sub)
    th.move_code(project, c["sorg"], b)
    return tid, spans, c, a, b, sub


def test_save_list_load(project):
    build(project)
    sid = save_snapshot(project, "etter første reorganisering").value
    [info] = list_snapshots(project)
    assert (info.id, info.name, info.themes, info.codes) == (sid, "etter første reorganisering", 3, 5)
    data = load_snapshot(project, sid)
    glede = next(c for c in data["codes"] if c["name"] == "glede")
    assert glede["segment_count"] == 1 and len(glede["segments"]) == 1
    assert diff(data, capture(project)).empty


def test_diff_detects_every_kind_of_change(project):
    tid, spans, c, a, b, sub = build(project)
    th.move_code(project, c["ro"], b)
    first = save_snapshot(project, "v1").value
    th.rename_theme(project, a, "Å mestre")
    th.move_code(project, c["glede"], None)  # moved out to uncategorised
    merge_codes_by_hand(project, c["glede"], c["tid"])  # tid merged into glede
    remove_segment(project, next(s.id for s in __import__("coding.queries", fromlist=["x"]).segments(
        project, code_ids=[c["sorg"]])))
    with project.transaction("drop code") as tx:  # sorg had its only segment removed, then deleted
        tx.session.execute(delete(Code).where(Code.id == c["sorg"]))
    with project.transaction("rename code") as tx:
        tx.session.execute(update(Code).where(Code.id == c["glede"]).values(name="livsglede"))
    create_code(project, "ny kode")
    new_area = th.create_theme(project, "Identitet").value
    th.move_code(project, c["tom"], new_area)
    th.merge_themes(project, new_area, [b])  # Relasjon merged into Identitet
    second = save_snapshot(project, "v2").value

    d = diff_snapshots(project, first, second)
    assert [(r.old, r.new) for r in d.themes_renamed] == [("Mestring", "Å mestre")]
    assert [(m.name, m.into) for m in d.themes_merged] == [("Relasjon", "Identitet")]
    assert d.themes_added == ["Identitet"] and d.themes_removed == []
    assert [(r.old, r.new) for r in d.codes_renamed] == [("glede", "livsglede")]
    assert [(m.name, m.into) for m in d.codes_merged] == [("tid", "livsglede")]
    assert d.codes_removed == ["sorg"]
    assert d.codes_added == ["ny kode"]
    assert {(m.name, m.old_theme, m.new_theme) for m in d.codes_moved} == {
        ("livsglede", "Mestring", None), ("ro", "Relasjon", "Identitet"), ("tom", None, "Identitet")}
    text = "\n".join(d.lines())
    assert "Code merged: tid → into livsglede" in text and "Theme merged: Relasjon → into Identitet" in text
    # Compared the other way round, additions become removals.
    back = diff_snapshots(project, second, first)
    assert back.codes_removed == ["ny kode"] and back.themes_added == ["Relasjon"]
    assert [(m.name, m.into) for m in back.themes_merged] == [("Identitet", "Relasjon")]
    assert diff_snapshots(project, second, None).empty


def test_subgroup_moved_between_areas(project):
    _, _, _, a, b, sub = build(project)
    s1 = save_snapshot(project, "før").value
    th.move_theme(project, sub, 0, parent_id=b)
    d = diff_snapshots(project, s1, None)
    assert [(m.name, m.old_theme, m.new_theme) for m in d.themes_moved] == [("Trygghet", "Mestring", "Relasjon")]
    assert d.codes_moved == []  # the code stays in its subgroup
