"""Theme hierarchy services: edits, merges, splits, golden quotes, questions, attributes and undo."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import text

from coding.services import themes as th
from coding.services.codes import apply_code, create_code
from coding.services.informant_attributes import set_informant_attribute
from coding.services.research_questions import (
    add_question,
    delete_question,
    edit_question,
    link_question,
    unlink_question,
)
from coding.store.models import UNDOABLE_TABLES
from coding.themes_read import hierarchy
from tests.themes_fixture import make_transcript


def dump(project) -> dict[str, list[tuple]]:
    with project.read() as s:
        return {t: [tuple(r) for r in s.execute(text(f"SELECT * FROM {t} ORDER BY id")).all()]
                for t in UNDOABLE_TABLES}


@pytest.fixture
def coded(project):
    tid, spans = make_transcript(project, "A", [["Hva gjør du?"], ["Jeg spiller.", "Det hjelper meg.", "Fint."]])
    codes = {n: create_code(project, n).value for n in ("mestring", "glede", "ro", "tid")}
    segs = {n: apply_code(project, tid, *spans[i], codes[n]).value
            for i, n in zip((1, 2, 3, 1), ("mestring", "glede", "ro", "tid"), strict=True)}
    return project, codes, segs


def names(project):
    h = hierarchy(project)
    return [(n.name, n.kind, h.node(n.parent_id).name if n.parent_id else None, n.position) for n in h.nodes]


def test_create_areas_and_subgroups(project):
    a = th.create_theme(project, "  Musikk  som  mestring ").value
    b = th.create_theme(project, "Relasjon").value
    sub = th.create_theme(project, "Trygghet", parent_id=a).value
    assert names(project) == [("Musikk som mestring", "area", None, 0), ("Trygghet", "subgroup",
                              "Musikk som mestring", 0), ("Relasjon", "area", None, 1)]
    assert hierarchy(project).node(sub).color == hierarchy(project).node(a).color
    with pytest.raises(th.ThemeError):
        th.create_theme(project, "Dypere", parent_id=sub)
    with pytest.raises(th.ThemeError):
        th.create_theme(project, "   ")
    th.create_theme(project, "Først", position=0)
    assert [n.name for n in hierarchy(project).areas()] == ["Først", "Musikk som mestring", "Relasjon"]
    assert b


def test_edit_fields_and_reorder(project):
    a = th.create_theme(project, "A1").value
    b = th.create_theme(project, "B1").value
    c = th.create_theme(project, "C1").value
    th.rename_theme(project, a, "Alfa")
    th.describe_theme(project, a, "om alt")
    th.recolor_theme(project, a, "#123456")
    th.set_summary(project, a, "Jeg lærte å ta meg tid.")
    n = hierarchy(project).node(a)
    assert (n.name, n.description, n.color, n.summary) == ("Alfa", "om alt", "#123456", "Jeg lærte å ta meg tid.")
    th.move_theme(project, c, 0)
    assert [n.id for n in hierarchy(project).areas()] == [c, a, b]
    s1 = th.create_theme(project, "s1", parent_id=a).value
    th.move_theme(project, s1, 0, parent_id=b)
    assert [n.id for n in hierarchy(project).subgroups(b)] == [s1]
    with pytest.raises(th.ThemeError):
        th.move_theme(project, a, 0, parent_id=b)
    th.promote_subgroup(project, s1)
    assert [n.id for n in hierarchy(project).areas()] == [c, a, b, s1]


def test_move_codes_one_place_at_a_time(coded):
    project, codes, _ = coded
    a = th.create_theme(project, "Mestring").value
    b = th.create_theme(project, "Glede").value
    th.move_codes(project, [codes["mestring"], codes["glede"]], a)
    th.move_code(project, codes["glede"], b)
    h = hierarchy(project)
    assert [c.name for c in h.codes_in(a)] == ["mestring"]
    assert [c.name for c in h.codes_in(b)] == ["glede"]
    assert sorted(c.name for c in h.codes_in(None)) == ["ro", "tid"]
    th.move_codes(project, [codes["ro"]], a, index=0)
    assert [c.name for c in hierarchy(project).codes_in(a)] == ["ro", "mestring"]
    th.move_code(project, codes["ro"], None)
    assert codes["ro"] in [c.id for c in hierarchy(project).codes_in(None)]
    assert hierarchy(project).codes_in(a)[0].segments == 1


def test_delete_area_keeps_codes_and_undoes_exactly(coded):
    project, codes, segs = coded
    a = th.create_theme(project, "Mestring").value
    sub = th.create_theme(project, "Sub", parent_id=a).value
    th.move_code(project, codes["mestring"], a)
    th.move_code(project, codes["glede"], sub)
    q = add_question(project, "Hvordan?").value
    link_question(project, a, q)
    th.add_golden_quote(project, sub, segs["glede"])
    before = dump(project)
    ch = th.delete_theme(project, a)
    h = hierarchy(project)
    assert h.nodes == () and h.golden == ()
    assert {c.name for c in h.codes_in(None)} == {"mestring", "glede", "ro", "tid"}
    assert h.questions[0].theme_ids == ()
    project.revert(ch)
    assert dump(project) == before


def test_merge_moves_codes_subgroups_summaries_and_reverts(coded):
    project, codes, segs = coded
    a = th.create_theme(project, "Mestring").value
    b = th.create_theme(project, "Å klare seg").value
    sub = th.create_theme(project, "Trygghet", parent_id=b).value
    th.move_code(project, codes["mestring"], a)
    th.move_code(project, codes["glede"], b)
    th.move_code(project, codes["ro"], sub)
    th.set_summary(project, a, "Jeg mestrer.")
    th.set_summary(project, b, "Jeg klarer meg.")
    q1, q2 = add_question(project, "RQ1").value, add_question(project, "RQ2").value
    link_question(project, a, q1)
    link_question(project, b, q1)
    link_question(project, b, q2)
    g = th.add_golden_quote(project, b, segs["glede"]).value
    before = dump(project)
    ch = th.merge_themes(project, a, [b])
    h = hierarchy(project)
    assert [n.name for n in h.areas()] == ["Mestring"]
    assert [c.name for c in h.codes_in(a)] == ["mestring", "glede"]
    assert [n.id for n in h.subgroups(a)] == [sub]
    assert h.node(a).summary == "Jeg mestrer.\n\nJeg klarer meg."
    assert sorted(h.questions_of(a), key=lambda x: x.id) == list(h.questions)
    assert [x.id for x in h.golden if x.theme_id == a] == [g]
    project.revert(ch)
    assert dump(project) == before
    with pytest.raises(th.ThemeError):
        th.merge_themes(project, sub, [a])
    with pytest.raises(th.ThemeError):
        th.merge_themes(project, a, [a])


def test_split_moves_selected_codes_to_new_area_after(coded):
    project, codes, segs = coded
    a = th.create_theme(project, "Alt").value
    z = th.create_theme(project, "Siste").value
    sub = th.create_theme(project, "Sub", parent_id=a).value
    th.move_codes(project, [codes["mestring"], codes["glede"]], a)
    th.move_code(project, codes["ro"], sub)
    gq = th.add_golden_quote(project, a, segs["ro"]).value
    keep = th.add_golden_quote(project, a, segs["mestring"]).value
    before = dump(project)
    ch = th.split_theme(project, a, [codes["glede"], codes["ro"]], "Ro og glede")
    new = ch.value
    h = hierarchy(project)
    assert [n.id for n in h.areas()] == [a, new, z]
    assert {c.name for c in h.codes_in(new)} == {"glede", "ro"}
    assert [c.name for c in h.codes_in(a)] == ["mestring"]
    assert {x.id: x.theme_id for x in h.golden} == {gq: new, keep: a}
    with pytest.raises(th.ThemeError):
        th.split_theme(project, a, [codes["tid"]], "x")
    project.revert(ch)
    assert dump(project) == before


def test_golden_quotes(coded):
    project, codes, segs = coded
    a = th.create_theme(project, "Mestring").value
    th.move_code(project, codes["mestring"], a)
    with pytest.raises(th.ThemeError):
        th.add_golden_quote(project, a, segs["glede"])  # not a segment of this theme
    q = th.add_golden_quote(project, a, segs["mestring"]).value
    assert th.add_golden_quote(project, a, segs["mestring"]).value == q  # idempotent
    assert [(x.theme_id, x.segment_id) for x in hierarchy(project).golden] == [(a, segs["mestring"])]
    th.remove_golden_quote(project, q)
    assert hierarchy(project).golden == ()


def test_research_questions(project):
    a = th.create_theme(project, "Mestring").value
    q1 = add_question(project, "Hvordan opplever …?").value
    q2 = add_question(project, "Hva betyr …?").value
    edit_question(project, q1, "Hvordan opplever informantene musikk?")
    link_question(project, a, q2)
    link_question(project, a, q2)
    h = hierarchy(project)
    assert [(q.text, q.theme_ids) for q in h.questions] == [("Hvordan opplever informantene musikk?", ()),
                                                           ("Hva betyr …?", (a,))]
    unlink_question(project, a, q2)
    assert hierarchy(project).questions_of(a) == []
    link_question(project, a, q1)
    delete_question(project, q1)
    assert [(q.text, q.position) for q in hierarchy(project).questions] == [("Hva betyr …?", 0)]


def test_informant_attributes(project):
    from coding.queries import informants
    make_transcript(project, "A", [["Hei"], ["Hei."]])
    set_informant_attribute(project, "A", "rolle", "deltaker")
    ch = set_informant_attribute(project, "A", "sted", "Vest")
    assert informants(project)[0].attributes == {"rolle": "deltaker", "sted": "Vest"}
    project.revert(ch)
    set_informant_attribute(project, "A", "rolle", "")
    assert informants(project)[0].attributes == {}
    with project.read() as s:
        assert json.loads(s.execute(text("SELECT attributes FROM informants")).scalar()) == {}
    with pytest.raises(Exception, match="does not exist"):
        set_informant_attribute(project, "Q", "rolle", "x")
