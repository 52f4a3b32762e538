"""Quote trimming service and quote-set / member-check documents (python-docx)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from docx import Document
from sqlalchemy import select

from coding.services.codes import apply_code, create_code
from coding.services.quotes import QuoteError, add_cut, create_quote, set_status, set_trim
from coding.services.transcripts import NewLine, NewTranscript, NewTurn, add_transcript
from coding.store import Project
from coding.store.models import Memo, Quote, Segment, ThemeNode, Transcript
from exports.member_check import MemberCheckInfo, informants_with_quotes, write_member_check
from exports.quotes_docx import QuoteSetOptions, write_quote_set
from exports.safety import ExportRefused

TURNS_A = [
    ("I", "Hvordan begynte du med musikkterapi?"),
    ("A", "Det er en ting som jeg har lært meg. Det er å ha god tid. Og ikke tenke at etter hver time så skal man "
          "ha oppnådd noe konkret."),
    ("I", "Kan du si mer om det?"),
    ("A", "Jeg jobbet på [institusjon 1] i mange år. Der lærte jeg å lytte [latter]."),
]
TURNS_B = [
    ("I", "Hva betyr samarbeid for deg?"),
    ("B", "Samarbeid er alt. Uten [navn 1] hadde jeg gitt opp. Vi spilte sammen hver uke."),
]


def make_transcript(title: str, label: str, turns: list[tuple[str, str]]) -> NewTranscript:
    text_parts, nturns, nlines, pos = [], [], [], 0
    for i, (spk, body) in enumerate(turns):
        if i:
            text_parts.append("\n\n")
            pos += 2
        nturns.append(NewTurn(spk, "interviewer" if spk == "I" else "informant", pos, pos + len(body)))
        start = pos
        for sent in body.split(". "):
            piece = sent if sent.endswith((".", "?", "]")) or start + len(sent) == pos + len(body) else sent + "."
            s = body.find(piece, start - pos) + pos
            nlines.append(NewLine(i, s, s + len(piece)))
            start = s + len(piece)
        text_parts.append(body)
        pos += len(body)
    return NewTranscript(title=title, text="".join(text_parts), turns=tuple(nturns), lines=tuple(nlines),
                         informant_label=label, informant_attributes={"rolle": "terapeut", "alder": "34"})


def build(project: Project) -> dict[str, int]:
    """A small analysed project: 2 transcripts, a theme area with a subgroup, codes, segments, quotes, memos."""
    ta = add_transcript(project, make_transcript("Intervju A", "A", TURNS_A)).value
    tb = add_transcript(project, make_transcript("Intervju B", "B", TURNS_B)).value
    with project.transaction("themes") as tx:
        area = ThemeNode(kind="area", name="Tid og tålmodighet", description="Om å gi prosessen tid",
                         summary="Informantene beskriver at de har lært å ha god tid.", position=0)
        tx.session.add(area)
        tx.session.flush()
        sub = ThemeNode(kind="subgroup", name="Å lytte", summary="Å lytte er en ferdighet som læres.",
                        parent_id=area.id, position=0)
        other = ThemeNode(kind="area", name="Samarbeid", summary="Samarbeid bærer arbeidet.", position=1)
        tx.session.add_all([sub, other])
        tx.session.flush()
        tx.value = (area.id, sub.id, other.id)
    area, sub, other = tx.value
    c_tid = create_code(project, "god tid", description="in vivo").value
    c_lytte = create_code(project, "lytte").value
    c_samarb = create_code(project, "samarbeid").value
    c_free = create_code(project, "ukategorisert").value
    with project.transaction("place codes") as tx:
        from coding.store.models import Code

        tx.session.get(Code, c_tid).theme_id = area
        tx.session.get(Code, c_lytte).theme_id = sub
        tx.session.get(Code, c_samarb).theme_id = other
    with project.read() as s:
        ta_text = s.get(Transcript, ta).text
        tb_text = s.get(Transcript, tb).text
    a0 = ta_text.index("Det er en ting")
    a1 = ta_text.index("konkret.") + len("konkret.")
    seg1 = apply_code(project, ta, a0, a1, c_tid, coder="MS").value
    apply_code(project, ta, a0, a1, c_free, coder="MS")  # same range, second code
    l0 = ta_text.index("Jeg jobbet")
    seg2 = apply_code(project, ta, l0, len(ta_text), c_lytte, coder="MS").value
    b0 = tb_text.index("Samarbeid er alt")
    seg3 = apply_code(project, tb, b0, len(tb_text), c_samarb).value
    q1 = create_quote(project, seg1, golden=True).value
    q2 = create_quote(project, seg2).value
    q3 = create_quote(project, seg3).value
    with project.transaction("memos") as tx:
        tx.session.add_all([
            Memo(target_type="segment", target_id=seg1, text="Sentral for tema 1"),
            Memo(target_type="code", target_id=c_tid, text="Koden samler utsagn om tid"),
            Memo(target_type="theme", target_id=area, text="Tema-notat"),
            Memo(target_type="transcript", target_id=tb, text="Kort intervju"),
            Memo(target_type="informant", target_id=1, text="Erfaren terapeut"),
            Memo(target_type="journal", title="Refleksjon 1", text="Jeg merker at jeg påvirker samtalen."),
        ])
    return {"ta": ta, "tb": tb, "area": area, "sub": sub, "other": other, "seg1": seg1, "seg2": seg2,
            "seg3": seg3, "q1": q1, "q2": q2, "q3": q3, "c_tid": c_tid}


def test_trim_and_cut_never_change_the_coding(project: Project) -> None:
    ids = build(project)
    with project.read() as s:
        seg = s.get(Segment, ids["seg1"])
        before = (seg.start, seg.end)
        text = s.get(Transcript, ids["ta"]).text
    cut_a = text.index("Det er å ha")
    cut_b = text.index("Og ikke")
    add_cut(project, ids["q1"], cut_a, cut_b)
    set_trim(project, ids["q1"], None, text.index("konkret.") + len("konkret."))
    with project.read() as s:
        seg = s.get(Segment, ids["seg1"])
        assert (seg.start, seg.end) == before
        assert json.loads(s.get(Quote, ids["q1"]).cuts) == [[cut_a, cut_b]]
    with pytest.raises(QuoteError):
        set_trim(project, ids["q1"], before[0] - 5, None)
    with pytest.raises(QuoteError):
        set_status(project, ids["q1"], "bogus")
    changes = set_status(project, ids["q1"], "approved")
    project.revert(changes)
    with project.read() as s:
        assert s.get(Quote, ids["q1"]).status == "not_sent"


def test_quote_set_docx_layout_and_properties(project: Project, tmp_path: Path) -> None:
    ids = build(project)
    with project.read() as s:
        text = s.get(Transcript, ids["ta"]).text
    add_cut(project, ids["q1"], text.index("Det er å ha"), text.index("Og ikke"))
    out = tmp_path / "sitater.docx"
    n = write_quote_set(project, out, QuoteSetOptions())
    assert n == 3
    doc = Document(str(out))
    paras = doc.paragraphs
    texts = [p.text for p in paras]
    assert "Tid og tålmodighet" in texts and "Å lytte" in texts and "Samarbeid" in texts
    i = texts.index("Tid og tålmodighet")
    assert paras[i].style.name == "Heading 1"
    # The condensate is labelled and has its own style.
    assert texts[i + 1] == "Kondensat: Informantene beskriver at de har lært å ha god tid."
    assert paras[i + 1].style.name == "Kondensat" and paras[i + 1].runs[0].bold
    assert paras[texts.index("Å lytte")].style.name == "Heading 2"
    quotes = [p for p in paras if p.style.name == "Sitat"]
    assert len(quotes) == 3  # seg1 carries two codes but is quoted once
    golden = next(p for p in quotes if "Det er en ting" in p.text)
    # Golden mark first, the reference inline at the end in its own character style.
    assert golden.runs[0].text.startswith("★") and golden.runs[0].style.name == "Gullsitat"
    assert golden.text.replace("\u00a0", " ").endswith("(A, l. 2–4)") and golden.runs[-1].style.name == "Sitatreferanse"
    assert "[…]" in golden.text and "Det er å ha god tid" not in golden.text
    assert not golden.text.startswith(("★ A:", "A:"))  # a one-turn quote needs no label: the reference says who
    props = doc.core_properties
    assert props.author == "" and props.last_modified_by == "" and props.comments == ""
    assert "python-docx" not in (props.author + props.comments + props.title)
    # Other reference formats and no condensates.
    write_quote_set(project, out, QuoteSetOptions(ref_format="informant", condensates=False))
    d2 = Document(str(out))
    assert any(p.text.replace("\u00a0", " ").endswith("(Informant B)") for p in d2.paragraphs if p.style.name == "Sitat")
    assert not [p for p in d2.paragraphs if p.style.name == "Kondensat"]
    write_quote_set(project, out, QuoteSetOptions(ref_format="none"))
    assert not any(p.text.endswith(")") for p in Document(str(out)).paragraphs if p.style.name == "Sitat")
    # Filters: one theme (with subgroups), approved only, informants.
    assert write_quote_set(project, out, QuoteSetOptions(theme_names=("Tid og tålmodighet",))) == 2
    assert write_quote_set(project, out, QuoteSetOptions(informants=("B",))) == 1
    set_status(project, ids["q3"], "approved")
    assert write_quote_set(project, out, QuoteSetOptions(approved_only=True, ref_format="label")) == 1
    assert [p.text for p in Document(str(out)).paragraphs if p.text.endswith("(B)")]


def test_quote_across_turns_is_written_as_dialogue(project: Project, tmp_path: Path) -> None:
    ids = build(project)
    with project.read() as s:
        text = s.get(Transcript, ids["ta"]).text
    a = text.index("Kan du si mer")
    b = text.index("mange år.") + len("mange år.")
    seg = apply_code(project, ids["ta"], a, b, ids["c_tid"], coder="MS").value
    create_quote(project, seg)
    out = tmp_path / "d.docx"
    write_quote_set(project, out, QuoteSetOptions())
    p = next(p for p in Document(str(out)).paragraphs if "Kan du si mer" in p.text)
    assert p.text.startswith("I: Kan du si mer om det?\nA: Jeg jobbet")
    assert p.text.replace("\u00a0", " ").endswith("mange år. (A, l. 5–6)")
    # The clipboard text is formatted the same way.
    from exports.data import load_quotes
    from exports.quote_format import as_html, as_plain, quote_lines

    row = load_quotes(project, segment_ids=[seg])[0]
    plain = as_plain(quote_lines(row))
    assert plain == "I: Kan du si mer om det?\nA: Jeg jobbet på [institusjon 1] i mange år. (A, l. 5–6)"
    html = as_html(quote_lines(row, "label"))
    assert 'class="MsoQuote"' in html and "<b>I:</b> Kan du si mer om det?<br><b>A:</b>" in html
    assert html.endswith("(A)</span></p>")


def test_quote_set_refused_on_known_identifier(project: Project, tmp_path: Path) -> None:
    build(project)
    out = tmp_path / "q.docx"
    with pytest.raises(ExportRefused, match="Samarbeid"):
        write_quote_set(project, out, identifiers=["samarbeid"])  # case-folded key form, as a linking key has it
    assert not out.exists() and not list(tmp_path.glob(".kondens-export-*"))
    # "per" the preposition must not trigger for the name "per" (only capitalised forms count).
    assert write_quote_set(project, out, identifiers=["per", "lytte"]) == 3


def test_member_check_packet_marks_quotes_sent(project: Project, tmp_path: Path) -> None:
    ids = build(project)
    set_status(project, ids["q2"], "approved")
    assert informants_with_quotes(project) == [("A", 2), ("B", 1)]
    out = tmp_path / "sitatsjekk-A.docx"
    info = MemberCheckInfo(project_title="Musikk og mestring", researcher="Mari Student",
                           contact="mari@example.org", return_by="1. mars 2026")
    res = write_member_check(project, "A", out, info=info)
    assert res.quotes == 2
    doc = Document(str(out))
    assert doc.core_properties.author == ""
    body = "\n".join(p.text for p in doc.paragraphs)
    for want in ("Prosjekt: Musikk og mestring", "Forsker: Mari Student", "Kontakt: mari@example.org",
                 "Svarfrist: 1. mars 2026", "innen 1. mars 2026"):
        assert want in body
    assert [p.style.name for p in doc.paragraphs].count("List Number") == 4
    table = doc.tables[0]
    assert len(table.rows) == 3 and "Kommentar" in table.rows[1].cells[2].text
    assert table.rows[1].cells[1].text.startswith("Det er en ting")
    assert "(A, l. 2–4)" in table.rows[1].cells[1].text
    # The grid, every cell and the table width agree; the number column is narrow; the layout is fixed.
    tbl = table._tbl
    grid = [int(g) for g in tbl.xpath("./w:tblGrid/w:gridCol/@w:w")]
    assert grid[0] < grid[1] / 5 and grid[0] < grid[2] / 3
    for row in tbl.xpath("./w:tr"):
        cells = [int(w) for w in row.xpath("./w:tc/w:tcPr/w:tcW/@w:w")]
        assert cells == grid
    assert tbl.xpath("./w:tblPr/w:tblLayout/@w:type") == ["fixed"]
    assert abs(int(tbl.xpath("./w:tblPr/w:tblW/@w:w")[0]) - sum(grid)) <= 2
    with project.read() as s:
        status = {q.id: q.status for q in s.scalars(select(Quote))}
    assert status[ids["q1"]] == "sent" and status[ids["q2"]] == "approved" and status[ids["q3"]] == "not_sent"
    project.revert(res.changes)
    with project.read() as s:
        assert s.get(Quote, ids["q1"]).status == "not_sent"
