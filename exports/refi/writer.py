"""Export a project as REFI-QDA 1.5 ``.qdpx``: ``project.qde`` + ``sources/<GUID>.txt``.

Written exactly as NOTES.md asks: UTF-8 without BOM, ``\\n`` line ends, code-point offsets, children
in XSD order, empty containers omitted, GUIDs taken from the project (stable across exports).
Each source text carries its speaker pseudonyms (``A: …``) so other tools show who speaks; selection
offsets are shifted accordingly. Only stored, de-identified text is written.
"""

from __future__ import annotations

import json
import os
import re
import uuid
import zipfile
from dataclasses import dataclass, field
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path

from lxml import etree
from sqlalchemy import select

from coding.store import Project
from coding.store.models import Code, Informant, Memo, ResearchQuestion, Segment, ThemeNode, Transcript, Turn
from exports.refi.codebook import codebook_element
from exports.refi.positions import Edit, OffsetMap
from exports.safety import atomic_write, check_texts

P_NS = "urn:QDA-XML:project:1.0"
Q = f"{{{P_NS}}}"
_NS_UUID = uuid.UUID("6b1d3c52-8f0e-4a57-9a35-0d5b3c6f2e11")  # namespace of derived Kondens GUIDs


def derived_guid(kind: str, key: str) -> str:
    """A stable GUID for things the schema has no column for (users, variables, selections)."""
    return str(uuid.uuid5(_NS_UUID, f"{kind}:{key}")).upper()


def xml_date(value: str | None) -> str:
    v = (value or "").strip()
    if re.match(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}", v):
        return v[:19] + "Z"
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _version() -> str:
    try:
        return metadata.version("kondens")
    except metadata.PackageNotFoundError:
        return "dev"


@dataclass
class ExportReport:
    codes: int = 0
    sources: int = 0
    selections: int = 0
    codings: int = 0
    notes: int = 0
    cases: int = 0
    warnings: list[str] = field(default_factory=list)


@dataclass
class SourceText:
    text: str
    map: OffsetMap


def source_text(t: Transcript, turns: list[Turn]) -> SourceText:
    """The transcript text with ``SPEAKER: `` before every turn, and the offset map into it."""
    edits = [Edit(tu.start, tu.start, len(tu.speaker) + 2) for tu in sorted(turns, key=lambda x: x.start)]
    out: list[str] = []
    pos = 0
    for tu in sorted(turns, key=lambda x: x.start):
        out.append(t.text[pos:tu.start])
        out.append(f"{tu.speaker}: ")
        pos = tu.start
    out.append(t.text[pos:])
    return SourceText("".join(out), OffsetMap(edits))


def _sub(parent: etree._Element, tag: str, **attrs: str) -> etree._Element:
    return etree.SubElement(parent, f"{Q}{tag}", {k: v for k, v in attrs.items() if v is not None})


def _insert_noteref(el: etree._Element, guid: str) -> None:
    """Code children go Description?, NoteRef*, Code*: put the NoteRef before the first child Code."""
    ref = etree.Element(f"{Q}NoteRef", targetGUID=guid)
    for i, child in enumerate(el):
        if etree.QName(child).localname == "Code":
            el.insert(i, ref)
            return
    el.append(ref)


def export_qdpx(project: Project, path: str | os.PathLike[str], identifiers: list[str] | None = None) -> ExportReport:
    """Write the whole project as ``.qdpx`` atomically; refuse if a known identifier appears."""
    rep = ExportReport()
    cb, code_guids = codebook_element(project, P_NS)
    with project.read() as s:
        transcripts = list(s.scalars(select(Transcript).order_by(Transcript.position, Transcript.id)))
        turns: dict[int, list[Turn]] = {}
        for tu in s.scalars(select(Turn).order_by(Turn.transcript_id, Turn.index)):
            turns.setdefault(tu.transcript_id, []).append(tu)
        segments = list(s.scalars(select(Segment).order_by(Segment.transcript_id, Segment.start, Segment.end,
                                                           Segment.id)))
        informants = list(s.scalars(select(Informant).order_by(Informant.label)))
        memos = list(s.scalars(select(Memo).order_by(Memo.created, Memo.id)))
        themes = {t.id: t for t in s.scalars(select(ThemeNode))}
        code_rows = {c.id: c for c in s.scalars(select(Code))}
        questions = [q.text for q in s.scalars(select(ResearchQuestion).order_by(ResearchQuestion.position))]
        s.expunge_all()  # keep loaded attributes after the read session's rollback
    texts = {t.id: source_text(t, turns.get(t.id, [])) for t in transcripts}
    if identifiers:
        check_texts([st.text for st in texts.values()] + [m.text + " " + m.title for m in memos]
                    + [c.name + " " + c.description for c in code_rows.values()]
                    + [t.name + " " + t.description + " " + t.summary for t in themes.values()]
                    + [i.attributes for i in informants] + [t.title for t in transcripts], identifiers, "REFI-QDA export")

    coders = sorted({sg.coder for sg in segments if sg.coder})
    default_user = derived_guid("user", "Kondens")
    user_guid = {c: derived_guid("user", c) for c in coders}
    created = xml_date(min((t.imported_at for t in transcripts), default=None))
    root = etree.Element(f"{Q}Project", nsmap={None: P_NS}, name=project.name, origin=f"Kondens {_version()}",
                         creatingUserGUID=default_user, creationDateTime=created, modifyingUserGUID=default_user,
                         modifiedDateTime=xml_date(None))
    users = _sub(root, "Users")
    _sub(users, "User", guid=default_user, name="Kondens", id="KONDENS")
    for c in coders:
        _sub(users, "User", guid=user_guid[c], name=c)

    # Memos become Notes; NoteRefs hang on what they describe.
    notes: list[Memo] = []
    project_refs: list[str] = []
    code_index = {g: el for el in cb.iter(f"{Q}Code") if (g := el.get("guid"))}
    memo_by_segment: dict[int, list[str]] = {}
    memo_by_transcript: dict[int, list[str]] = {}
    case_desc: dict[int, list[str]] = {}
    for m in memos:
        if m.target_type == "informant" and m.target_id is not None:
            case_desc.setdefault(m.target_id, []).append(m.text)
            continue
        notes.append(m)
        if m.target_type in ("code", "theme") and m.target_id is not None:
            g = code_guids.get(f"{m.target_type}:{m.target_id}")
            if g is not None:
                _insert_noteref(code_index[g], m.guid)
                continue
        elif m.target_type == "segment" and m.target_id is not None:
            memo_by_segment.setdefault(m.target_id, []).append(m.guid)
            continue
        elif m.target_type == "transcript" and m.target_id is not None:
            memo_by_transcript.setdefault(m.target_id, []).append(m.guid)
            continue
        project_refs.append(m.guid)
    condensates = [t for t in themes.values() if t.summary.strip()]
    for t in condensates:
        g = derived_guid("condensate", t.guid)
        _insert_noteref(code_index[t.guid], g)
    seg_ids = {sg.id for sg in segments}
    tids = {t.id for t in transcripts}
    for sid in [k for k in memo_by_segment if k not in seg_ids]:
        project_refs.extend(memo_by_segment.pop(sid))
    for tid in [k for k in memo_by_transcript if k not in tids]:
        project_refs.extend(memo_by_transcript.pop(tid))

    if len(cb[0]):
        root.append(cb)
        rep.codes = len(code_guids)
    # Variables and cases.
    attrs = {i.id: _attrs(i.attributes) for i in informants}
    var_names = sorted({k for a in attrs.values() for k in a})
    var_guid = {n: derived_guid("variable", n) for n in var_names}
    var_type = {n: "Integer" if all(re.fullmatch(r"-?\d{1,15}", a[n]) for a in attrs.values() if n in a) else "Text"
                for n in var_names}
    if var_names:
        vs = _sub(root, "Variables")
        for n in var_names:
            _sub(vs, "Variable", guid=var_guid[n], name=n, typeOfVariable=var_type[n])
    by_informant: dict[int, list[str]] = {}
    for t in transcripts:
        if t.informant_id is not None:
            by_informant.setdefault(t.informant_id, []).append(t.guid)
    if informants:
        cases = _sub(root, "Cases")
        for i in informants:
            case = _sub(cases, "Case", guid=i.guid, name=i.label)
            if case_desc.get(i.id):
                _sub(case, "Description").text = "\n\n".join(case_desc[i.id])
            for n, v in attrs[i.id].items():
                vv = _sub(case, "VariableValue")
                _sub(vv, "VariableRef", targetGUID=var_guid[n])
                _sub(vv, "IntegerValue" if var_type[n] == "Integer" else "TextValue").text = v
            for g in by_informant.get(i.id, []):
                _sub(case, "SourceRef", targetGUID=g)
            rep.cases += 1

    files: dict[str, bytes] = {}
    by_transcript: dict[int, list[Segment]] = {}
    for sg in segments:
        by_transcript.setdefault(sg.transcript_id, []).append(sg)
    if transcripts:
        sources = _sub(root, "Sources")
        for t in transcripts:
            st = texts[t.id]
            files[f"sources/{t.guid}.txt"] = st.text.encode("utf-8")
            el = _sub(sources, "TextSource", guid=t.guid, name=t.title or f"Transcript {t.id}",
                      plainTextPath=f"internal://{t.guid}.txt", creatingUser=default_user,
                      creationDateTime=xml_date(t.imported_at))
            groups: dict[tuple[int, int], list[Segment]] = {}
            for sg in by_transcript.get(t.id, []):
                groups.setdefault((sg.start, sg.end), []).append(sg)
            for (a, b), segs in groups.items():
                start, end = st.map.map_span(a, b)
                if end <= start:
                    continue
                excerpt = st.text[start:end]
                name = " ".join(excerpt.split())
                name = name if len(name) <= 100 else name[:99] + "…"
                first = segs[0]
                sel = _sub(el, "PlainTextSelection", guid=derived_guid("selection", first.guid), name=name,
                           startPosition=str(start), endPosition=str(end),
                           creatingUser=user_guid.get(first.coder, default_user),
                           creationDateTime=xml_date(first.created))
                rep.selections += 1
                for sg in segs:
                    code_guid = code_guids.get(f"code:{sg.code_id}")
                    if code_guid is None:
                        continue
                    coding = _sub(sel, "Coding", guid=sg.guid, creatingUser=user_guid.get(sg.coder, default_user),
                                  creationDateTime=xml_date(sg.created))
                    _sub(coding, "CodeRef", targetGUID=code_guid)
                    for mg in memo_by_segment.get(sg.id, []):
                        _sub(coding, "NoteRef", targetGUID=mg)
                    rep.codings += 1
            for mg in memo_by_transcript.get(t.id, []):
                _sub(el, "NoteRef", targetGUID=mg)
            rep.sources += 1
    if notes or condensates:
        notes_el = _sub(root, "Notes")
        for m in notes:
            n = _sub(notes_el, "Note", guid=m.guid, name=m.title or _note_name(m), creatingUser=default_user,
                     creationDateTime=xml_date(m.created))
            _sub(n, "PlainTextContent").text = m.text
            rep.notes += 1
        for t in condensates:
            n = _sub(notes_el, "Note", guid=derived_guid("condensate", t.guid), name=f"Condensate: {t.name}",
                     creatingUser=default_user, creationDateTime=created)
            _sub(n, "PlainTextContent").text = t.summary
            rep.notes += 1
    if questions:
        _sub(root, "Description").text = "Research questions:\n" + "\n".join(
            f"{i}. {q}" for i, q in enumerate(questions, 1))
    for g in project_refs:
        _sub(root, "NoteRef", targetGUID=g)
    rep.warnings.append("quotes (trims, cuts, member-check status) and golden-quote marks have no REFI-QDA "
                        "equivalent and are not exported")
    qde = etree.tostring(root, xml_declaration=True, encoding="utf-8", pretty_print=True)

    def write(tmp: Path) -> None:
        with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as z:
            z.writestr("project.qde", qde)
            for name, data in files.items():
                z.writestr(name, data)

    atomic_write(path, write)
    return rep


def _attrs(raw: str) -> dict[str, str]:
    try:
        data = json.loads(raw or "{}")
    except json.JSONDecodeError:
        return {}
    return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}


def _note_name(m: Memo) -> str:
    return {"journal": "Reflection note", "code": "Code memo", "theme": "Theme memo", "segment": "Segment memo",
            "transcript": "Transcript memo"}.get(m.target_type, "Memo")
