"""Parse a .qdpx (or bare .qde) into :class:`QProject` records; no database writes here.

Tolerant of real-world files (NOTES.md): any ``urn:QDA-XML:project:*`` namespace, capitalised member
names, missing sources, paths without ``internal://``, memos as descriptions or links.
The import into a project is :func:`exports.refi.importer.import_qdpx`.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from lxml import etree

from coding.errors import N_
from exports.refi.archive import QdpxArchive, QdpxError
from exports.refi.model import (
    QCase,
    QCode,
    QCoding,
    QLink,
    QNote,
    QProject,
    QSelection,
    QTextSource,
    QUser,
    QVariable,
    norm_guid,
)

_NS_RX = re.compile(r"^urn:QDA-XML:(project|codebook):")
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, remove_comments=True)


def local(el: etree._Element) -> str:
    return etree.QName(el).localname if isinstance(el.tag, str) else ""


def kids(el: etree._Element, name: str) -> list[etree._Element]:
    return [c for c in el if local(c) == name]


def kid(el: etree._Element, name: str) -> etree._Element | None:
    for c in el:
        if local(c) == name:
            return c
    return None


def text_of(el: etree._Element, name: str) -> str:
    c = kid(el, name)
    return (c.text or "") if c is not None else ""


def parse_xml(raw: bytes, what: str) -> etree._Element:
    try:
        root = etree.fromstring(raw, _PARSER)
    except etree.XMLSyntaxError as e:
        raise QdpxError(N_("{what}: not well-formed XML ({error})"), what=what, error=e) from None
    ns = etree.QName(root).namespace or ""
    if not _NS_RX.match(ns):
        raise QdpxError(N_("{what}: not a REFI-QDA file (namespace {ns!r})"), what=what, ns=ns)
    return root


def parse_code(el: etree._Element) -> QCode:
    desc = text_of(el, "Description")
    return QCode(
        guid=norm_guid(el.get("guid")),
        name=(el.get("name") or "").strip() or "(unnamed)",
        codable=(el.get("isCodable", "true").strip().lower() != "false"),
        color=el.get("color"),
        description=desc,
        note_refs=[norm_guid(n.get("targetGUID")) for n in kids(el, "NoteRef")],
        children=[parse_code(c) for c in kids(el, "Code")],
    )


def _coding(el: etree._Element) -> QCoding | None:
    ref = kid(el, "CodeRef")
    if ref is None:
        return None
    return QCoding(guid=norm_guid(el.get("guid")), code_guid=norm_guid(ref.get("targetGUID")),
                   note_refs=[norm_guid(n.get("targetGUID")) for n in kids(el, "NoteRef")],
                   user=norm_guid(el.get("creatingUser")), created=el.get("creationDateTime") or "")


def _selection(el: etree._Element) -> QSelection:
    def num(attr: str) -> int:
        try:
            return int(el.get(attr) or 0)
        except ValueError:
            return 0

    return QSelection(
        guid=norm_guid(el.get("guid")), name=el.get("name") or "", start=num("startPosition"), end=num("endPosition"),
        description=text_of(el, "Description"),
        codings=[c for c in (_coding(x) for x in kids(el, "Coding")) if c is not None],
        note_refs=[norm_guid(n.get("targetGUID")) for n in kids(el, "NoteRef")],
        user=norm_guid(el.get("creatingUser")), created=el.get("creationDateTime") or "",
    )


def _text_source(el: etree._Element) -> QTextSource:
    content = kid(el, "PlainTextContent")
    return QTextSource(
        guid=norm_guid(el.get("guid")), name=el.get("name") or "", path=el.get("plainTextPath"),
        content=(content.text or "") if content is not None else None, description=text_of(el, "Description"),
        selections=[_selection(s) for s in kids(el, "PlainTextSelection")],
        note_refs=[norm_guid(n.get("targetGUID")) for n in kids(el, "NoteRef")],
        whole_codings=[c for c in (_coding(x) for x in kids(el, "Coding")) if c is not None],
    )


_VALUE_TAGS = ("TextValue", "BooleanValue", "IntegerValue", "FloatValue", "DateValue", "DateTimeValue")


def parse_project(root: etree._Element) -> QProject:
    q = QProject(name=root.get("name") or "", origin=root.get("origin") or "")
    users = kid(root, "Users")
    for u in kids(users, "User") if users is not None else []:
        q.users.append(QUser(norm_guid(u.get("guid")), u.get("name") or u.get("id") or ""))
    cb = kid(root, "CodeBook")
    codes = kid(cb, "Codes") if cb is not None else None
    q.codes = [parse_code(c) for c in kids(codes, "Code")] if codes is not None else []
    variables = kid(root, "Variables")
    for v in kids(variables, "Variable") if variables is not None else []:
        q.variables.append(QVariable(norm_guid(v.get("guid")), v.get("name") or "", v.get("typeOfVariable") or "Text"))
    cases = kid(root, "Cases")
    for c in kids(cases, "Case") if cases is not None else []:
        case = QCase(norm_guid(c.get("guid")), (c.get("name") or "").strip(), text_of(c, "Description"))
        for vv in kids(c, "VariableValue"):
            ref = kid(vv, "VariableRef")
            val = next((x.text or "" for x in vv if local(x) in _VALUE_TAGS), "")
            if ref is not None:
                case.values[norm_guid(ref.get("targetGUID"))] = val
        case.source_refs = [norm_guid(s.get("targetGUID")) for s in kids(c, "SourceRef")]
        q.cases.append(case)
    sources = kid(root, "Sources")
    for s in list(sources) if sources is not None else []:
        name = local(s)
        if name == "TextSource":
            q.sources.append(_text_source(s))
        elif name:
            q.other_sources[name] = q.other_sources.get(name, 0) + 1
            q.other_selections += sum(1 for x in s.iter() if isinstance(x.tag, str) and local(x).endswith("Selection"))
    notes = kid(root, "Notes")
    for n in kids(notes, "Note") if notes is not None else []:
        content = kid(n, "PlainTextContent")
        q.notes.append(QNote(norm_guid(n.get("guid")), n.get("name") or "", text_of(n, "Description"),
                             n.get("plainTextPath"), (content.text or "") if content is not None else None,
                             n.get("creationDateTime") or ""))
    links = kid(root, "Links")
    for ln in kids(links, "Link") if links is not None else []:
        q.links.append(QLink(norm_guid(ln.get("originGUID")), norm_guid(ln.get("targetGUID"))))
    sets = kid(root, "Sets")
    q.sets = len(kids(sets, "Set")) if sets is not None else 0
    q.description = text_of(root, "Description")
    q.project_note_refs = [norm_guid(n.get("targetGUID")) for n in kids(root, "NoteRef")]
    q.stats = _stats(root, q)
    return q


def _stats(root: etree._Element, q: QProject) -> dict[str, object]:
    """Counts in the vocabulary of ``samples/EXPECTED.json``."""
    all_codes = q.all_codes()
    pts = [x for x in root.iter() if isinstance(x.tag, str) and local(x) == "PlainTextSelection"]
    ranges = {(norm_guid(x.getparent().get("guid")), x.get("startPosition"), x.get("endPosition")) for x in pts}
    sources = kid(root, "Sources")
    return {
        "origin": q.origin,
        "project_name": q.name,
        "users": len(q.users),
        "codes_total": len(all_codes),
        "top_level_codes": len(q.codes),
        "codes_with_color": sum(1 for c in all_codes if c.color),
        "text_sources": len(q.sources),
        "sources_total": len(sources) if sources is not None else 0,
        "plain_text_selections": len(pts),
        "distinct_text_ranges": len(ranges),
        "codings": sum(1 for x in root.iter() if isinstance(x.tag, str) and local(x) == "Coding"),
        "notes": len(q.notes),
        "sets": q.sets,
        "cases": len(q.cases),
        "variables": len(q.variables),
    }


def read_qdpx(path: str | os.PathLike[str]) -> tuple[QProject, QdpxArchive | None]:
    """Parse a ``.qdpx`` (zip) or a bare ``.qde``. The caller closes the returned archive."""
    p = Path(path)
    if p.suffix.casefold() == ".qde":
        if not p.is_file():
            raise QdpxError(N_("{path}: file does not exist"), path=p)
        q = parse_project(parse_xml(p.read_bytes(), str(p)))
        q.qde_member = p.name
        return q, None
    arch = QdpxArchive(p)
    try:
        root = parse_xml(arch.qde(), f"{p}:{arch.qde_member}")
        if local(root) != "Project":
            raise QdpxError(N_("{path}: the .qde does not hold a <Project>"), path=p)
        q = parse_project(root)
    except BaseException:
        arch.close()
        raise
    q.qde_member = arch.qde_member
    q.archive_members = sorted(arch.members)
    return q, arch


def source_text(q: QProject, src: QTextSource, arch: QdpxArchive | None) -> str | None:
    """The decoded plain text of a source (``utf-8-sig``, line ends untouched), or None if missing."""
    if src.content is not None and not src.path:
        return src.content
    member = arch.find(src.path) if arch is not None else None
    if member is None:
        return src.content
    raw = arch.read(member) if arch is not None else b""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("utf-8-sig", errors="replace")
    del raw
    _check_source(text, arch)
    return text


def _check_source(text: str, arch: QdpxArchive | None) -> None:
    """The bounds of every import (transcripts.readers.base) for a source's text."""
    from transcripts.readers.base import UnreadableFile, check_bounds

    try:
        check_bounds(text)
    except UnreadableFile as e:
        where = arch.path if arch is not None else "project"
        raise QdpxError(N_("{where}: a text source {error}"), where=where, error=e) from None


def note_text(note: QNote, arch: QdpxArchive | None) -> str:
    if note.content is not None:
        return note.content
    member = arch.find(note.path) if arch is not None else None
    if member is None or arch is None:
        return ""
    return arch.read(member).decode("utf-8-sig", errors="replace")
