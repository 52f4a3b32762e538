"""Theme areas (temaområder) and subgroups: the hierarchy writes of the categorisation step.

A theme area has ``kind="area"`` and no parent; a subgroup has ``kind="subgroup"`` and an area as
parent (one level only, as in Malterud's STC). A code sits in at most one theme node
(``codes.theme_id``); ``None`` means uncategorised. Every function runs ONE transaction so the
generic trigger-based undo reverts the whole user action.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from coding.changes import Changes
from coding.errors import N_, KondensError
from coding.store import Project
from coding.store.models import Code, Memo, Quote, Segment, ThemeNode, ThemeQuestion

THEME_PALETTE = ["#4e79a7", "#59a14f", "#e15759", "#b07aa1", "#edc948", "#76b7b2", "#f28e2b", "#9c755f",
                 "#ff9da7", "#bab0ac"]


class ThemeError(KondensError):
    """A hierarchy edit that makes no sense (subgroup of a subgroup, merging an area into itself…)."""


# ---- helpers -------------------------------------------------------------------------------------
def _node(s: Session, theme_id: int) -> ThemeNode:
    node = s.get(ThemeNode, theme_id)
    if node is None:
        raise ThemeError(N_("theme node {theme_id} does not exist"), theme_id=theme_id)
    return node


def _siblings(s: Session, parent_id: int | None) -> list[ThemeNode]:
    cond = ThemeNode.parent_id.is_(None) if parent_id is None else ThemeNode.parent_id == parent_id
    return list(s.scalars(select(ThemeNode).where(cond).order_by(ThemeNode.position, ThemeNode.id)))


def _renumber(nodes: Sequence[ThemeNode]) -> None:
    for i, n in enumerate(nodes):
        if n.position != i:
            n.position = i


def subtree_ids(s: Session, theme_id: int) -> list[int]:
    """The node and its subgroups (the hierarchy is two levels deep)."""
    return [theme_id, *s.scalars(select(ThemeNode.id).where(ThemeNode.parent_id == theme_id))]


def _clean_name(name: str) -> str:
    name = " ".join(name.split())
    if not name:
        raise ThemeError(N_("A theme area needs a name"))
    return name


# ---- create / edit ---------------------------------------------------------------------------------
def create_theme(project: Project, name: str, parent_id: int | None = None, color: str | None = None,
                 description: str = "", position: int | None = None) -> Changes:
    """A new theme area (``parent_id`` None) or subgroup of an area. ``value`` is the new id."""
    name = _clean_name(name)
    with project.transaction(f"New theme {name}") as tx:
        s = tx.session
        if parent_id is not None and _node(s, parent_id).kind != "area":
            raise ThemeError(N_("Subgroups can only sit inside a theme area"))
        sibs = _siblings(s, parent_id)
        if color is None:
            if parent_id is None:
                n = s.scalar(select(func.count(ThemeNode.id)).where(ThemeNode.parent_id.is_(None))) or 0
                color = THEME_PALETTE[n % len(THEME_PALETTE)]
            else:
                color = _node(s, parent_id).color
        node = ThemeNode(kind="area" if parent_id is None else "subgroup", name=name, parent_id=parent_id,
                         color=color, description=description, position=len(sibs))
        s.add(node)
        s.flush()
        if position is not None:
            sibs.insert(max(0, min(position, len(sibs))), node)
            _renumber(sibs)
        tx.value = node.id
    return tx.changes


def _set_field(project: Project, label: str, theme_id: int, **values: str) -> Changes:
    with project.transaction(label) as tx:
        node = _node(tx.session, theme_id)
        for k, v in values.items():
            if getattr(node, k) != v:
                setattr(node, k, v)
        tx.value = theme_id
    return tx.changes


def rename_theme(project: Project, theme_id: int, name: str) -> Changes:
    return _set_field(project, "Rename theme", theme_id, name=_clean_name(name))


def describe_theme(project: Project, theme_id: int, description: str) -> Changes:
    return _set_field(project, "Describe theme", theme_id, description=description)


def recolor_theme(project: Project, theme_id: int, color: str) -> Changes:
    return _set_field(project, "Recolour theme", theme_id, color=color)


def set_summary(project: Project, theme_id: int, summary: str) -> Changes:
    """Store the condensate (kondensat / sammendrag) of an area or subgroup."""
    return _set_field(project, "Edit condensate", theme_id, summary=summary)


def move_theme(project: Project, theme_id: int, index: int, parent_id: int | None | str = "same") -> Changes:
    """Reorder a node among its siblings; a subgroup may also move to another area (``parent_id``).

    Areas stay areas and subgroups stay subgroups: a subgroup never becomes top-level here (use
    :func:`promote_subgroup` for that).
    """
    with project.transaction("Move theme") as tx:
        s = tx.session
        node = _node(s, theme_id)
        new_parent = node.parent_id if parent_id == "same" else parent_id
        assert new_parent is None or isinstance(new_parent, int)
        if node.kind == "area" and new_parent is not None:
            raise ThemeError(N_("A theme area cannot be put inside another node; merge them instead"))
        if node.kind == "subgroup":
            if new_parent is None or _node(s, new_parent).kind != "area":
                raise ThemeError(N_("A subgroup must sit inside a theme area"))
        old_sibs = [n for n in _siblings(s, node.parent_id) if n.id != node.id]
        if new_parent != node.parent_id:
            _renumber(old_sibs)
            node.parent_id = new_parent
            new_sibs = [n for n in _siblings(s, new_parent) if n.id != node.id]
        else:
            new_sibs = old_sibs
        new_sibs.insert(max(0, min(index, len(new_sibs))), node)
        _renumber(new_sibs)
        tx.value = theme_id
    return tx.changes


def promote_subgroup(project: Project, theme_id: int) -> Changes:
    """Turn a subgroup into a theme area of its own, placed after its former area."""
    with project.transaction("Promote subgroup") as tx:
        s = tx.session
        node = _node(s, theme_id)
        if node.kind != "subgroup" or node.parent_id is None:
            raise ThemeError(N_("Only a subgroup can become a theme area"))
        parent = _node(s, node.parent_id)
        _renumber([n for n in _siblings(s, parent.id) if n.id != node.id])
        node.kind, node.parent_id = "area", None
        areas = [n for n in _siblings(s, None) if n.id != node.id]
        areas.insert(areas.index(parent) + 1, node)
        _renumber(areas)
        tx.value = theme_id
    return tx.changes


def _delete_nodes_in(s: Session, ids: list[int]) -> None:
    """Remove nodes; their codes become uncategorised, their golden quotes and memos go too."""
    s.execute(update(Code).where(Code.theme_id.in_(ids)).values(theme_id=None))
    s.execute(delete(Quote).where(Quote.theme_id.in_(ids), Quote.golden == 1))
    s.execute(update(Quote).where(Quote.theme_id.in_(ids)).values(theme_id=None))
    s.execute(delete(ThemeQuestion).where(ThemeQuestion.theme_id.in_(ids)))
    s.execute(delete(Memo).where(Memo.target_type == "theme", Memo.target_id.in_(ids)))
    # Children first: the parent foreign key is enforced.
    for tid in sorted(ids, key=lambda i: i == ids[0]):
        s.execute(delete(ThemeNode).where(ThemeNode.id == tid))


def delete_theme(project: Project, theme_id: int) -> Changes:
    """Delete an area (with its subgroups) or a subgroup. Its codes are kept, uncategorised."""
    with project.transaction("Delete theme") as tx:
        s = tx.session
        node = _node(s, theme_id)
        parent_id = node.parent_id
        _delete_nodes_in(s, subtree_ids(s, theme_id))
        s.flush()
        _renumber(_siblings(s, parent_id))
    return tx.changes


# ---- codes in and out ------------------------------------------------------------------------------
def move_codes(project: Project, code_ids: Iterable[int], theme_id: int | None, index: int | None = None) -> Changes:
    """Put codes into a theme node (``None`` = uncategorised). A code sits in one place at a time.

    ``index`` places them at that position among the node's codes (drag and drop); else at the end.
    Golden quotes picked for a code's old node through its segments stay with that node.
    """
    ids = list(dict.fromkeys(code_ids))
    with project.transaction("Move codes") as tx:
        s = tx.session
        if theme_id is not None:
            _node(s, theme_id)
        found = set(s.scalars(select(Code.id).where(Code.id.in_(ids))))
        missing = [i for i in ids if i not in found]
        if missing:
            raise ThemeError(N_("code {missing} does not exist"), missing=missing[0])
        cond = Code.theme_id.is_(None) if theme_id is None else Code.theme_id == theme_id
        others = [c for c in s.scalars(select(Code).where(cond).order_by(Code.position, Code.id)) if c.id not in found]
        moving = sorted((c for c in (s.get(Code, i) for i in ids) if c is not None), key=lambda c: ids.index(c.id))
        at = len(others) if index is None else max(0, min(index, len(others)))
        ordered = others[:at] + moving + others[at:]
        for pos, c in enumerate(ordered):
            if c.theme_id != theme_id:
                c.theme_id = theme_id
            if c.position != pos:
                c.position = pos
        tx.value = theme_id
    return tx.changes


def move_code(project: Project, code_id: int, theme_id: int | None) -> Changes:
    return move_codes(project, [code_id], theme_id)


# ---- merge and split ---------------------------------------------------------------------------------
def merge_themes(project: Project, target_id: int, source_ids: Iterable[int]) -> Changes:
    """Merge nodes into ``target_id``: codes, subgroups, golden quotes, questions and memos move.

    Areas merge into areas and subgroups into subgroups or areas. The sources' condensates are
    appended to the target's so no written text is lost.
    """
    sources = [i for i in dict.fromkeys(source_ids) if i != target_id]
    if not sources:
        raise ThemeError(N_("Choose at least one other theme to merge"))
    with project.transaction("Merge themes") as tx:
        s = tx.session
        target = _node(s, target_id)
        nodes = [_node(s, i) for i in sources]
        for n in nodes:
            if n.kind == "area" and target.kind != "area":
                raise ThemeError(N_("Theme area {name!r} cannot be merged into a subgroup"), name=n.name)
            if n.id == target.parent_id:
                raise ThemeError(N_("A theme area cannot be merged into its own subgroup"))
        code_pos = s.scalar(select(func.max(Code.position)).where(Code.theme_id == target_id)) or 0
        sub_pos = len(_siblings(s, target_id))
        for n in nodes:
            for c in s.scalars(select(Code).where(Code.theme_id == n.id).order_by(Code.position, Code.id)):
                code_pos += 1
                c.theme_id, c.position = target_id, code_pos
            for sub in _siblings(s, n.id):
                sub.parent_id, sub.position = target_id, sub_pos
                sub_pos += 1
            s.execute(update(Quote).where(Quote.theme_id == n.id).values(theme_id=target_id))
            s.execute(update(Memo).where(Memo.target_type == "theme", Memo.target_id == n.id)
                      .values(target_id=target_id))
            linked = set(s.scalars(select(ThemeQuestion.question_id).where(ThemeQuestion.theme_id == target_id)))
            for tq in s.scalars(select(ThemeQuestion).where(ThemeQuestion.theme_id == n.id)):
                if tq.question_id in linked:
                    s.delete(tq)
                else:
                    tq.theme_id = target_id
                    linked.add(tq.question_id)
            for field in ("summary", "description"):
                extra = getattr(n, field).strip()
                if extra:
                    own = getattr(target, field).strip()
                    setattr(target, field, f"{own}\n\n{extra}" if own else extra)
            s.flush()
            parent_id = n.parent_id
            s.delete(n)
            s.flush()
            if parent_id is not None:
                _renumber(_siblings(s, parent_id))
        _renumber(_siblings(s, None))
        tx.value = target_id
    return tx.changes


def split_theme(project: Project, theme_id: int, code_ids: Iterable[int], new_name: str) -> Changes:
    """Move the chosen codes of an area (or of its subgroups) into a new area placed right after it.

    Golden quotes whose segment belongs to a moved code follow it. ``value`` is the new area's id.
    """
    name = _clean_name(new_name)
    ids = list(dict.fromkeys(code_ids))
    if not ids:
        raise ThemeError(N_("Choose the codes that go into the new theme area"))
    with project.transaction("Split theme") as tx:
        s = tx.session
        node = _node(s, theme_id)
        area = node if node.kind == "area" else _node(s, node.parent_id)  # type: ignore[arg-type]
        inside = set(subtree_ids(s, area.id))
        codes = [s.get(Code, i) for i in ids]
        for i, c in zip(ids, codes, strict=True):
            if c is None or c.theme_id not in inside:
                raise ThemeError(N_("code {id} is not in theme area {name!r}"), id=i, name=area.name)
        n_areas = s.scalar(select(func.count(ThemeNode.id)).where(ThemeNode.parent_id.is_(None))) or 0
        new = ThemeNode(kind="area", name=name, color=THEME_PALETTE[n_areas % len(THEME_PALETTE)], position=0)
        s.add(new)
        s.flush()
        areas = [n for n in _siblings(s, None) if n.id != new.id]
        areas.insert(areas.index(area) + 1, new)
        _renumber(areas)
        for pos, c in enumerate(codes):
            assert c is not None
            c.theme_id, c.position = new.id, pos
        seg_ids = select(Segment.id).where(Segment.code_id.in_(ids))
        s.execute(update(Quote).where(Quote.theme_id.in_(inside), Quote.segment_id.in_(seg_ids))
                  .values(theme_id=new.id))
        tx.value = new.id
    return tx.changes


# ---- golden quotes -------------------------------------------------------------------------------------
def add_golden_quote(project: Project, theme_id: int, segment_id: int) -> Changes:
    """Mark a segment of the node as its golden quote (gullsitat). ``value`` is the quote id."""
    with project.transaction("Pick golden quote") as tx:
        s = tx.session
        _node(s, theme_id)
        code_theme = s.execute(select(Code.theme_id).join(Segment, Segment.code_id == Code.id)
                               .where(Segment.id == segment_id)).first()
        if code_theme is None:
            raise ThemeError(N_("segment {segment_id} does not exist"), segment_id=segment_id)
        if code_theme[0] not in subtree_ids(s, theme_id):
            raise ThemeError(N_("A golden quote must come from a segment of this theme"))
        q = s.scalar(select(Quote).where(Quote.segment_id == segment_id, Quote.theme_id == theme_id))
        if q is None:
            q = Quote(segment_id=segment_id, theme_id=theme_id, golden=1)
            s.add(q)
        else:
            q.golden = 1
        s.flush()
        tx.value = q.id
    return tx.changes


def remove_golden_quote(project: Project, quote_id: int) -> Changes:
    """Unmark a golden quote. The row goes unless it is in use elsewhere (member check, notes)."""
    with project.transaction("Remove golden quote") as tx:
        s = tx.session
        q = s.get(Quote, quote_id)
        if q is None:
            raise ThemeError(N_("quote {quote_id} does not exist"), quote_id=quote_id)
        if q.status == "not_sent" and not q.note and q.trim_start is None and q.cuts in ("", "[]"):
            s.delete(q)
        else:
            q.golden = 0
    return tx.changes
