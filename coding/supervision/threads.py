"""The student's side: import returned comments, list threads, reply, resolve, apply or decline.

Every write is one named service returning ``Changes``. Applying a suggestion runs the hierarchy
service it names (rename, merge, move, split) and then marks the thread applied; the returned
``Changes`` merges both, so one undo reverts the whole click.

Comment text from a supervisor passes through the detector before it is stored: :func:`plan_import`
collects the proposed identifiers, :func:`commit_import` replaces the accepted ones by tags. The
detector is a parameter (``transcripts`` sits above ``coding``).
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from coding.changes import Changes
from coding.errors import N_, KondensError
from coding.services import coding_ops
from coding.services import themes as th
from coding.services.redaction import ANY_TAG, next_tag, project_lang
from coding.store import Project
from coding.store.models import Code, Informant, ReviewComment, ReviewRound, ThemeNode, new_guid, now_iso
from coding.supervision.anchors import Lookup, Resolved, needed_segments, resolve
from coding.supervision.export import project_guid
from coding.supervision.files import read_comments_file
from coding.supervision.model import Anchor, Comment, ReviewFileError, Suggestion, ThreadView


class ReviewError(KondensError):
    pass


class SpanLike(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def category(self) -> str: ...
    @property
    def text(self) -> str: ...


DetectFn = Callable[[str], Sequence[SpanLike]]


# ---- rows <-> comments ---------------------------------------------------------------------------------
def row_comment(r: ReviewComment) -> Comment:
    try:
        anchor = Anchor.from_json(json.loads(r.anchor or "{}") or {"kind": "project"})
    except (ValueError, ReviewFileError):
        anchor = Anchor("project")
    try:
        sug = Suggestion.from_json(json.loads(r.suggestion)) if r.suggestion else None
    except (ValueError, ReviewFileError):
        sug = None
    return Comment(r.text, anchor, r.author, r.role, r.guid, r.parent_guid, r.created, sug, r.action)


def comment_row(c: Comment, rnd: int, status: str) -> ReviewComment:
    return ReviewComment(guid=c.guid, parent_guid=c.parent, round=rnd, role=c.role, author=c.author,
                         created=c.created, text=c.text, anchor=json.dumps(c.anchor.to_json(), ensure_ascii=False),
                         suggestion=json.dumps(c.suggestion.to_json(), ensure_ascii=False) if c.suggestion else "",
                         action=c.action, status=status if c.parent is None else "")


@dataclass(frozen=True)
class Item:
    comment: Comment
    status: str
    round: int
    local: bool = False


def db_items(s: Session) -> list[Item]:
    return [Item(row_comment(r), r.status, r.round)
            for r in s.scalars(select(ReviewComment).order_by(ReviewComment.created, ReviewComment.id))]


def build_views(s: Session, items: list[Item]) -> list[ThreadView]:
    """Resolve every thread's anchor once; replies share their thread's place. Threads first in time order."""
    roots = {it.comment.guid: it for it in items if it.comment.parent is None}
    lk = Lookup(s, needed_segments(it.comment.anchor for it in roots.values()))
    summaries = dict(s.execute(select(ThemeNode.id, ThemeNode.summary)).all())
    where: dict[str, Resolved] = {g: resolve(lk, it.comment.anchor, summaries) for g, it in roots.items()}
    out = []
    for it in items:
        c = it.comment
        r = where.get(c.parent or c.guid)
        if r is None:  # a reply whose thread is not here: show it on its own anchor
            r = resolve(lk, c.anchor, summaries)
        # An applied suggestion removed its own anchor on purpose (merge, split): that is not an orphan.
        orphan = r.orphan and where_status(items, c) != "applied"
        out.append(ThreadView(c.guid, c.parent, c.text, c.author, c.role, c.created, it.status, c.anchor,
                              c.suggestion, c.action, orphan, r.where, r.area, it.local, it.round,
                              None if r.orphan else r.theme_id, None if r.orphan else r.code_id))
    return out


def where_status(items: list[Item], c: Comment) -> str:
    root = c.parent or c.guid
    return next((it.status for it in items if it.comment.guid == root), "")


def list_threads(project: Project) -> list[ThreadView]:
    with project.read() as s:
        return build_views(s, db_items(s))


# ---- import ----------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Proposal:
    """An identifier the detector proposes in comment text (held in memory only)."""

    comment: str  # comment GUID
    field: str  # "text" | "suggestion"
    start: int
    end: int
    category: str
    text: str
    context: str  # a few words around it, for the review dialog


@dataclass
class ImportPlan:
    source: str
    round: int
    review: str
    author: str
    comments: list[Comment]
    duplicates: int
    orphans: int
    proposals: list[Proposal] = field(default_factory=list)

    @property
    def suggestions(self) -> int:
        return sum(1 for c in self.comments if c.suggestion is not None)


@dataclass(frozen=True)
class ImportResult:
    comments: int
    suggestions: int
    orphans: int
    proposed_identifiers: int
    duplicates: int = 0

    def to_json(self) -> dict[str, int]:
        return {"comments": self.comments, "suggestions": self.suggestions, "orphans": self.orphans,
                "proposed_identifiers": self.proposed_identifiers}


# The method's own vocabulary (METHOD.md's table, Bokmål forms): a supervisor writes these at the start
# of sentences ("Kondensatet er …"), where a capital letter says nothing; they are never names.
_METHOD_STEMS = ("kode", "koding", "kodegruppe", "tema", "temaområde", "kategori", "subgruppe", "kondensat",
                 "sammendrag", "gullsitat", "sitat", "segment", "utdrag", "informant", "intervju", "intervjuer",
                 "transkripsjon", "replikk", "ytring", "linje", "refleksjonsnotat", "notat", "memo", "analyse",
                 "forskningsspørsmål", "rekontekstualisering", "sitatsjekk", "funn", "data")
METHOD_WORDS = frozenset(w + suf for w in _METHOD_STEMS for suf in ("", "en", "et", "er", "ene", "a", "r", "ne", "s"))


def _vocabulary(s: Session) -> set[str]:
    """Words the project itself uses as names of codes, themes and pseudonyms: never identifiers here."""
    words: set[str] = set(METHOD_WORDS)
    for name in [*s.scalars(select(Code.name)), *s.scalars(select(ThemeNode.name))]:
        words.add(name.casefold())
        words.update(w.casefold() for w in re.findall(r"\w+", name))
    words.update(x.casefold() for x in s.scalars(select(Informant.label)))
    words.update({"i"})
    return words


def _context(text: str, start: int, end: int) -> str:
    a = text.rfind(" ", 0, max(0, start - 30))
    b = text.find(" ", min(len(text), end + 30))
    return text[a + 1 if a >= 0 else 0: b if b >= 0 else len(text)]


def _detect(detect: DetectFn, guid: str, fld: str, text: str, vocab: set[str]) -> list[Proposal]:
    if not text.strip():
        return []
    tags = [(m.start(), m.end()) for m in ANY_TAG.finditer(text)]
    out = []
    for sp in detect(text):
        if sp.text.casefold() in vocab or all(w.casefold() in vocab for w in re.findall(r"\w+", sp.text)):
            continue
        if any(a <= sp.start and sp.end <= b for a, b in tags):
            continue
        out.append(Proposal(guid, fld, sp.start, sp.end, sp.category, sp.text, _context(text, sp.start, sp.end)))
    return out


def plan_import(project: Project, path: str | os.PathLike[str], detect: DetectFn | None) -> ImportPlan:
    """Read a comments file and say what importing it would add. Reads only."""
    cf = read_comments_file(path)
    mine = project_guid(project)
    if not mine or cf.project_guid != mine:
        if cf.project:
            raise ReviewFileError(N_("{path}: these comments answer a review copy of another project ({project})"),
                                  path=path, project=cf.project)
        raise ReviewFileError(N_("{path}: these comments answer a review copy of another project"), path=path)
    with project.read() as s:
        rnd = s.scalar(select(ReviewRound).where(ReviewRound.guid == cf.review))
        if rnd is None:
            raise ReviewFileError(N_("{path}: these comments answer a review copy this project did not send"),
                                  path=path)
        have = set(s.scalars(select(ReviewComment.guid)))
        seen: set[str] = set()
        new = []
        for c in cf.comments:
            if c.guid in have or c.guid in seen:
                continue
            seen.add(c.guid)
            new.append(c)
        views = build_views(s, [Item(c, "open", rnd.number) for c in new])
        orphans = sum(1 for v in views if v.is_thread and v.orphan)
        proposals: list[Proposal] = []
        if detect is not None:
            vocab = _vocabulary(s)
            for c in new:
                proposals += _detect(detect, c.guid, "text", c.text, vocab)
                if c.suggestion is not None and c.suggestion.name:
                    proposals += _detect(detect, c.guid, "suggestion", c.suggestion.name, vocab)
        return ImportPlan(str(path), rnd.number, rnd.guid, cf.author, new, len(cf.comments) - len(new), orphans,
                          proposals)


def _replace(text: str, props: list[Proposal], tag_for: Callable[[Proposal], str]) -> str:
    out, pos = [], 0
    for p in sorted(props, key=lambda p: (p.start, -(p.end - p.start))):
        if p.start < pos:
            continue
        out.append(text[pos:p.start])
        out.append(tag_for(p))
        pos = p.end
    out.append(text[pos:])
    return "".join(out)


def commit_import(project: Project, plan: ImportPlan, accepted: Iterable[int] | None = None) -> Changes:
    """Store the plan's comments; the proposals at indices ``accepted`` (None = all) become tags.

    Comments already in the project (same GUID) are skipped, so importing a file twice adds nothing.
    ``value`` is an :class:`ImportResult`.
    """
    chosen = set(range(len(plan.proposals))) if accepted is None else set(accepted)
    by_comment: dict[tuple[str, str], list[Proposal]] = {}
    for i, p in enumerate(plan.proposals):
        if i in chosen:
            by_comment.setdefault((p.comment, p.field), []).append(p)
    with project.transaction("Import review comments") as tx:
        s = tx.session
        lang = project_lang(s)
        existing_texts = list(s.scalars(select(ReviewComment.text)))
        tags: dict[tuple[str, str], str] = {}
        produced: list[str] = []

        def tag_for(p: Proposal) -> str:
            key = (p.category, " ".join(p.text.split()).casefold())
            if key not in tags:
                tags[key] = next_tag([*existing_texts, *produced], p.category, lang)
                produced.append(tags[key])
            return tags[key]

        have = set(s.scalars(select(ReviewComment.guid)))
        rows: dict[str, ReviewComment] = {}
        added = []
        for c in plan.comments:
            if c.guid in have:
                continue
            text = _replace(c.text, by_comment.get((c.guid, "text"), []), tag_for)
            sug = c.suggestion
            if sug is not None and (c.guid, "suggestion") in by_comment:
                sug = Suggestion(sug.action, _replace(sug.name, by_comment[(c.guid, "suggestion")], tag_for),
                                 sug.into, sug.into_name, sug.sources, sug.codes, sug.code_names)
            row = comment_row(c.with_text(text, sug), plan.round, "open")
            s.add(row)
            rows[c.guid] = row
            added.append(c)
            have.add(c.guid)
        s.flush()
        for c in added:
            if c.parent and c.action in ("resolve", "reopen"):
                root = rows.get(c.parent) or s.scalar(select(ReviewComment).where(ReviewComment.guid == c.parent))
                if root is not None:
                    new_status = "resolved" if c.action == "resolve" else "open"
                    if root.status != new_status:
                        root.status = new_status
        rnd = s.scalar(select(ReviewRound).where(ReviewRound.guid == plan.review))
        if rnd is not None and added and not rnd.returned:
            rnd.returned = now_iso()
        tx.value = ImportResult(sum(1 for c in added if not c.action or c.text),
                                sum(1 for c in added if c.suggestion is not None),
                                plan.orphans if added else 0, len(plan.proposals), plan.duplicates)
    return tx.changes


def import_comments(project: Project, path: str | os.PathLike[str], detect: DetectFn | None,
                    accept_all: bool = True) -> Changes:
    """Headless import (``--yes``): every proposed identifier is accepted."""
    plan = plan_import(project, path, detect)
    return commit_import(project, plan, None if accept_all else ())


# ---- replies and status ---------------------------------------------------------------------------------
def _row(s: Session, guid: str) -> ReviewComment:
    row = s.scalar(select(ReviewComment).where(ReviewComment.guid == guid))
    if row is None:
        raise ReviewError(N_("comment {guid} does not exist"), guid=guid)
    return row


def _root(s: Session, guid: str) -> ReviewComment:
    row = _row(s, guid)
    return _row(s, row.parent_guid) if row.parent_guid else row


def _reply_row(root: ReviewComment, text: str, author: str, action: str = "") -> ReviewComment:
    return ReviewComment(guid=new_guid(), parent_guid=root.guid, round=root.round, role="student", author=author,
                         text=text, anchor=root.anchor, suggestion="", action=action, status="")


def reply(project: Project, guid: str, text: str, author: str = "") -> Changes:
    """The student's reply in the thread of ``guid``. ``value`` is the reply's GUID."""
    text = text.strip()
    if not text:
        raise ReviewError(N_("A reply needs some text"))
    with project.transaction("Reply to comment") as tx:
        root = _root(tx.session, guid)
        r = _reply_row(root, text, author)
        tx.session.add(r)
        tx.value = r.guid
    return tx.changes


def set_status(project: Project, guid: str, status: str, author: str = "") -> Changes:
    """Resolve (``"resolved"``) or reopen (``"open"``) a thread; the change is recorded in the thread."""
    if status not in ("open", "resolved"):
        raise ReviewError(N_("unknown status {status!r}"), status=status)
    with project.transaction("Resolve comment" if status == "resolved" else "Reopen comment") as tx:
        root = _root(tx.session, guid)
        if root.status != status:
            root.status = status
            tx.session.add(_reply_row(root, "", author, "resolve" if status == "resolved" else "reopen"))
        tx.value = root.guid
    return tx.changes


def decline_suggestion(project: Project, guid: str, text: str, author: str = "") -> Changes:
    """Decline a suggestion with a reason (the reply goes back to the supervisor in the next copy)."""
    text = text.strip()
    if not text:
        raise ReviewError(N_("Say why the suggestion is declined"))
    with project.transaction("Decline suggestion") as tx:
        root = _root(tx.session, guid)
        if not root.suggestion:
            raise ReviewError(N_("This comment has no suggestion to decline"))
        root.status = "declined"
        tx.session.add(_reply_row(root, text, author, "decline"))
        tx.value = root.guid
    return tx.changes


def _target(lk: Lookup, sug: Suggestion) -> tuple[str, int]:
    if sug.into in lk.code_by_guid:
        return "code", int(lk.code_by_guid[sug.into].id)
    if sug.into in lk.node_by_guid:
        return "theme", int(lk.node_by_guid[sug.into].id)
    raise ReviewError(N_("the suggested target “{into_name}” no longer exists"), into_name=sug.into_name)


def _merge_step(project: Project, source: int, target: int) -> Callable[[], Changes]:
    return lambda: coding_ops.merge_codes(project, source, target)


def apply_suggestion(project: Project, guid: str, author: str = "") -> Changes:
    """Carry out the thread's suggestion and mark it applied. One undo step reverts both."""
    with project.read() as s:
        root = _root(s, guid)
        c = row_comment(root)
        sug = c.suggestion
        if sug is None:
            raise ReviewError(N_("This comment has no suggestion to apply"))
        if root.status == "applied":
            raise ReviewError(N_("This suggestion has already been applied"))
        if sug.action == "more_data":
            raise ReviewError(N_("“Needs more data” cannot be applied in one click: reply or resolve it"))
        lk = Lookup(s)
        r = resolve(lk, c.anchor)
        if c.anchor.kind in ("area", "subgroup", "condensate", "code") and r.theme_id is None and r.code_id is None:
            raise ReviewError(N_("“{name}” no longer exists (deleted or merged since the review)"), name=c.anchor.name)
        is_code = c.anchor.kind == "code"
        plan: list[Callable[[], Changes]] = []
        if sug.action == "rename":
            if is_code:
                rename_id = r.code_id
                assert rename_id is not None
                plan.append(lambda: coding_ops.rename_code(project, rename_id, sug.name))
            elif r.theme_id is not None:
                tid = r.theme_id
                plan.append(lambda: th.rename_theme(project, tid, sug.name))
            else:
                raise ReviewError(N_("Only codes and theme nodes can be renamed"))
        elif sug.action == "merge":
            kind, target = _target(lk, sug)
            if is_code:
                if kind != "code":
                    raise ReviewError(N_("A code can only be merged into another code"))
                ids = [r.code_id, *(lk.code_by_guid[g].id for g in sug.sources if g in lk.code_by_guid)]
                for cid in dict.fromkeys(int(i) for i in ids if i is not None and i != target):
                    plan.append(_merge_step(project, cid, target))
            elif r.theme_id is not None:
                if kind != "theme":
                    raise ReviewError(N_("A theme can only be merged into another theme"))
                ids = [r.theme_id, *(lk.node_by_guid[g].id for g in sug.sources if g in lk.node_by_guid)]
                srcs = [int(i) for i in ids if i != target]
                plan.append(lambda: th.merge_themes(project, target, srcs))
            else:
                raise ReviewError(N_("Only codes and theme nodes can be merged"))
        elif sug.action == "move":
            kind, target = _target(lk, sug)
            if kind != "theme":
                raise ReviewError(N_("Codes and subgroups move into a theme area or subgroup"))
            if is_code:
                code_id = r.code_id
                assert code_id is not None
                plan.append(lambda: th.move_codes(project, [code_id], target))
            elif r.theme_id is not None:
                tid = r.theme_id
                plan.append(lambda: th.move_theme(project, tid, 1 << 30, target))
            else:
                raise ReviewError(N_("Only codes and subgroups can be moved"))
        elif sug.action == "split":
            if r.theme_id is None or is_code:
                raise ReviewError(N_("Only a theme area or subgroup can be split"))
            codes = [lk.code_by_guid[g].id for g in sug.codes if g in lk.code_by_guid]
            if not codes:
                raise ReviewError(N_("None of the codes named in the split exist any more"))
            tid = r.theme_id
            plan.append(lambda: th.split_theme(project, tid, [int(x) for x in codes], sug.name))
    done: list[Changes] = []
    try:
        for step in plan:
            done.append(step())
        with project.transaction("Mark suggestion applied") as tx:
            row = _root(tx.session, guid)
            row.status = "applied"
            tx.session.add(_reply_row(row, "", author, "apply"))
        done.append(tx.changes)
    except BaseException:
        for ch in reversed(done):  # a later step failed: leave the project as it was
            project.revert(ch)
        raise
    return Changes.merge(done, f"Apply suggestion: {sug.describe()}")


def locate(project: Project, anchor: Anchor) -> Resolved:
    """Where an anchor points in ``project`` now (for "go to"; works for comments not stored yet)."""
    with project.read() as s:
        return resolve(Lookup(s, needed_segments([anchor])), anchor)
