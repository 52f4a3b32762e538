"""Named versions of the whole theme/code hierarchy, and what changed between two of them.

A snapshot stores, by GUID, every theme node (name, kind, parent) and every code (name, parent
code, theme node, segment count and the GUIDs of its segments). Segment GUIDs let :func:`diff`
tell a *merged* code (gone, its segments now in another code) from a *removed* one. Snapshots
hold names of codes and themes only, never transcript text.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import delete, select

from coding.changes import Changes
from coding.errors import N_, KondensError
from coding.store import Project
from coding.store.models import Code, Segment, Snapshot, ThemeNode

FORMAT = 1


class SnapshotError(KondensError):
    pass


@dataclass(frozen=True)
class SnapshotInfo:
    id: int
    name: str
    created: str
    themes: int
    codes: int


def capture(project: Project) -> dict[str, Any]:
    """The current hierarchy as the JSON-able dict a snapshot stores."""
    with project.read() as s:
        nodes = list(s.scalars(select(ThemeNode).order_by(ThemeNode.position, ThemeNode.id)))
        node_guid = {n.id: n.guid for n in nodes}
        codes = list(s.scalars(select(Code).order_by(Code.position, Code.id)))
        code_guid = {c.id: c.guid for c in codes}
        segs: dict[int, list[str]] = {}
        for cid, guid in s.execute(select(Segment.code_id, Segment.guid).order_by(Segment.id)).all():
            segs.setdefault(cid, []).append(guid)
        return {
            "format": FORMAT,
            "themes": [{"guid": n.guid, "name": n.name, "kind": n.kind, "position": n.position,
                        "parent": node_guid.get(n.parent_id) if n.parent_id else None} for n in nodes],
            "codes": [{"guid": c.guid, "name": c.name, "position": c.position,
                       "parent": code_guid.get(c.parent_id) if c.parent_id else None,
                       "theme": node_guid.get(c.theme_id) if c.theme_id else None,
                       "segment_count": len(segs.get(c.id, [])), "segments": segs.get(c.id, [])} for c in codes],
        }


def save_snapshot(project: Project, name: str) -> Changes:
    """Store a named version ("etter første reorganisering"). ``value`` is its id."""
    name = name.strip()
    if not name:
        raise SnapshotError(N_("A snapshot needs a name"))
    data = json.dumps(capture(project), ensure_ascii=False, separators=(",", ":"))
    with project.transaction(f"Save snapshot {name}") as tx:
        snap = Snapshot(name=name, data=data)
        tx.session.add(snap)
        tx.session.flush()
        tx.value = snap.id
    return tx.changes


def delete_snapshot(project: Project, snapshot_id: int) -> Changes:
    with project.transaction("Delete snapshot") as tx:
        tx.session.execute(delete(Snapshot).where(Snapshot.id == snapshot_id))
    return tx.changes


def list_snapshots(project: Project) -> list[SnapshotInfo]:
    with project.read() as s:
        out = []
        for sid, name, created, data in s.execute(select(Snapshot.id, Snapshot.name, Snapshot.created,
                                                         Snapshot.data).order_by(Snapshot.created, Snapshot.id)):
            d = json.loads(data or "{}")
            out.append(SnapshotInfo(sid, name, created, len(d.get("themes", [])), len(d.get("codes", []))))
        return out


def load_snapshot(project: Project, snapshot_id: int) -> dict[str, Any]:
    with project.read() as s:
        snap = s.get(Snapshot, snapshot_id)
        if snap is None:
            raise SnapshotError(N_("snapshot {snapshot_id} does not exist"), snapshot_id=snapshot_id)
        data: dict[str, Any] = json.loads(snap.data or "{}")
    if data.get("format") != FORMAT:
        raise SnapshotError(N_("snapshot {snapshot_id}: unknown format {format!r}"),
                            snapshot_id=snapshot_id, format=data.get('format'))
    return data


# ---- diff -----------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class CodeMove:
    name: str
    old_theme: str | None  # theme path "Area / Subgroup"; None = uncategorised
    new_theme: str | None


@dataclass(frozen=True)
class Rename:
    old: str
    new: str


@dataclass(frozen=True)
class Merge:
    name: str  # the code/theme that is gone
    into: str  # where (most of) its content now is


@dataclass
class SnapshotDiff:
    codes_moved: list[CodeMove] = field(default_factory=list)
    codes_merged: list[Merge] = field(default_factory=list)
    codes_renamed: list[Rename] = field(default_factory=list)
    codes_added: list[str] = field(default_factory=list)
    codes_removed: list[str] = field(default_factory=list)
    themes_renamed: list[Rename] = field(default_factory=list)
    themes_merged: list[Merge] = field(default_factory=list)
    themes_added: list[str] = field(default_factory=list)
    themes_removed: list[str] = field(default_factory=list)
    themes_moved: list[CodeMove] = field(default_factory=list)  # a subgroup now under another area

    @property
    def empty(self) -> bool:
        return not any(getattr(self, f) for f in self.__dataclass_fields__)

    def lines(self, words: DiffWords | None = None) -> list[str]:
        """A plain-language account, one change a line, for the dialog and the journal (English unless
        ``words`` gives another language's templates)."""
        w = words or DiffWords()
        def where(t: str | None) -> str:
            return t if t is not None else w.nowhere
        out = [w.theme_renamed.format(r.old, r.new) for r in self.themes_renamed]
        out += [w.theme_merged.format(m.name, m.into) for m in self.themes_merged]
        out += [w.theme_added.format(n) for n in self.themes_added]
        out += [w.theme_removed.format(n) for n in self.themes_removed]
        out += [w.subgroup_moved.format(m.name, where(m.old_theme), where(m.new_theme)) for m in self.themes_moved]
        out += [w.code_renamed.format(r.old, r.new) for r in self.codes_renamed]
        out += [w.code_moved.format(m.name, where(m.old_theme), where(m.new_theme)) for m in self.codes_moved]
        out += [w.code_merged.format(m.name, m.into) for m in self.codes_merged]
        out += [w.code_added.format(n) for n in self.codes_added]
        out += [w.code_removed.format(n) for n in self.codes_removed]
        return out


@dataclass(frozen=True)
class DiffWords:
    """The templates :meth:`SnapshotDiff.lines` fills, one per kind of change (positional ``{}``)."""
    nowhere: str = "Uncategorised"
    theme_renamed: str = "Theme renamed: {} → {}"
    theme_merged: str = "Theme merged: {} → into {}"
    theme_added: str = "Theme added: {}"
    theme_removed: str = "Theme removed: {}"
    subgroup_moved: str = "Subgroup moved: {}: {} → {}"
    code_renamed: str = "Code renamed: {} → {}"
    code_moved: str = "Code moved: {}: {} → {}"
    code_merged: str = "Code merged: {} → into {}"
    code_added: str = "Code added: {}"
    code_removed: str = "Code removed: {}"


def _paths(themes: list[dict[str, Any]]) -> dict[str, str]:
    names = {t["guid"]: t["name"] for t in themes}
    return {t["guid"]: (f"{names.get(t['parent'], '?')} / {t['name']}" if t["parent"] else t["name"])
            for t in themes}


def diff(a: dict[str, Any], b: dict[str, Any]) -> SnapshotDiff:
    """What changed from snapshot ``a`` (older) to ``b`` (newer). Either may be :func:`capture` output."""
    d = SnapshotDiff()
    ta = {t["guid"]: t for t in a["themes"]}
    tb = {t["guid"]: t for t in b["themes"]}
    ca = {c["guid"]: c for c in a["codes"]}
    cb = {c["guid"]: c for c in b["codes"]}
    pa, pb = _paths(a["themes"]), _paths(b["themes"])

    seg_owner_b = {g: c["guid"] for c in b["codes"] for g in c["segments"]}
    for g, c in ca.items():
        if g in cb:
            continue
        owners = Counter(seg_owner_b[x] for x in c["segments"] if x in seg_owner_b)
        if owners:
            d.codes_merged.append(Merge(c["name"], cb[owners.most_common(1)[0][0]]["name"]))
        else:
            d.codes_removed.append(c["name"])
    d.codes_added = [c["name"] for g, c in cb.items() if g not in ca]
    for g, c in cb.items():
        old = ca.get(g)
        if old is None:
            continue
        if old["name"] != c["name"]:
            d.codes_renamed.append(Rename(old["name"], c["name"]))
        if old["theme"] != c["theme"]:
            before = pa.get(old["theme"]) if old["theme"] else None
            after = pb.get(c["theme"]) if c["theme"] else None
            d.codes_moved.append(CodeMove(c["name"], before, after))

    # A theme is merged when it is gone and most of its codes (by GUID) now sit under one node of b.
    code_node_b = {c["guid"]: c["theme"] for c in b["codes"] if c["theme"]}
    area_b = {g: (t["parent"] or g) for g, t in tb.items()}
    for g, t in ta.items():
        if g in tb:
            continue
        members = [c["guid"] for c in a["codes"] if c["theme"] == g or ta.get(c["theme"] or "", {}).get("parent") == g]
        dest = Counter(area_b[code_node_b[m]] if t["kind"] == "area" else code_node_b[m]
                       for m in members if m in code_node_b)
        subs_b = Counter(tb[s]["parent"] for s in ta if ta[s]["parent"] == g and s in tb and tb[s]["parent"])
        dest.update(subs_b)
        if dest:
            d.themes_merged.append(Merge(pa[g], pb[dest.most_common(1)[0][0]]))
        else:
            d.themes_removed.append(pa[g])
    d.themes_added = [pb[g] for g in tb if g not in ta]
    for g, t in tb.items():
        old = ta.get(g)
        if old is None:
            continue
        if old["name"] != t["name"]:
            d.themes_renamed.append(Rename(old["name"], t["name"]))
        if old["parent"] != t["parent"]:
            d.themes_moved.append(CodeMove(t["name"], ta[old["parent"]]["name"] if old["parent"] else None,
                                           tb[t["parent"]]["name"] if t["parent"] else None))
    return d


def diff_snapshots(project: Project, a_id: int, b_id: int | None) -> SnapshotDiff:
    """Compare two stored snapshots; ``b_id`` None compares ``a`` with the current hierarchy."""
    b = capture(project) if b_id is None else load_snapshot(project, b_id)
    return diff(load_snapshot(project, a_id), b)
