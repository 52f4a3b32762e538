"""Theme reader: a theme area's condensate, then all its segments grouped by informant, each with
expandable surrounding lines and a link into the transcript (rekontekstualisering).

A theme area can hold thousands of segments, so the view is built in pieces: the heading and the
first screens of quotes at once (what the user sees), the rest appended on idle in slices of a few
milliseconds each (:data:`SLICE_S`), so opening a large area never stalls the window. Until every
quote is in, an empty block at the end reserves the estimated height of the ones still to come, so
the scroll bar is about right from the first paint; scrolling into that space, jumping to the end,
selecting all, copying or opening the context menu first appends what is missing.

A coding that changes the area (only those: the touched segments are checked against the area's codes)
reads it again on the executor, and the document is brought up to date in place: only the headings and
quotes that differ are rewritten, so the reader stays where it was.

Quotes are written with :class:`QTextCursor` and formats rather than HTML: parsing HTML cost more than
laying the text out.
"""

from __future__ import annotations

import html
import time
from collections.abc import Callable
from difflib import SequenceMatcher

from PySide6.QtCore import QCoreApplication, QTimer, QUrl
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QKeyEvent,
    QKeySequence,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QTextBrowser, QVBoxLayout, QWidget

from app.context import TOUCHED_SEGMENTS, ProjectContext, follow
from app.panels import LazyRefresh
from coding.changes import Changes
from coding.recontext import InformantGroup, SegmentItem, ThemeReader, theme_reader
from coding.store import Project

SLICE_S = 0.008  # the longest a slice of appending on idle may run before it yields to the event loop
BATCH = 8  # headings and quotes written between two looks at the clock
FIRST_SCREENS = 2.0  # how many viewport heights of quotes are written before the first paint


def _norm(s: str) -> str:
    return " ".join(s.split())


def header_html(r: ThemeReader) -> str:
    """The area's name, description, condensate and counts (small: written as HTML)."""
    n = r.node
    esc = html.escape
    no_condensate = esc(QCoreApplication.translate("ThemeReaderView", "No condensate yet."))
    out = [f"<h2 style='color:{n.color}'>{esc(_norm(n.name))}</h2>"]
    if n.description:
        out.append(f"<p style='color:#555'>{esc(_norm(n.description))}</p>")
    out.append(f"<blockquote style='background:#f4f4f4'><i>{esc(_norm(n.summary)) or no_condensate}</i>"
               "</blockquote>")
    translate = QCoreApplication.translate  # singular and plural as sentences of their own, no "informant(s)"
    if len(r.groups) == 1:
        count = (translate("ThemeReaderView", "{0} segment from 1 informant") if r.segment_count == 1
                 else translate("ThemeReaderView", "{0} segments from 1 informant"))
    else:
        count = translate("ThemeReaderView", "{0} segments from {1} informants")
    out.append(f"<p>{esc(count.format(r.segment_count, len(r.groups)))}</p>")
    return "".join(out)


def link(it: SegmentItem) -> str:
    return f"kondens:transcript/{it.transcript_id}/{it.start}/{it.end}"


class _Formats:
    """The block and character formats of the quotes (the old style sheet's p.q, p.s, p.c and h3)."""

    def __init__(self, link_color: QColor) -> None:
        self.quote = QTextBlockFormat()
        self.quote.setTopMargin(8)
        self.quote.setLeftMargin(14)
        self.source = QTextBlockFormat()
        self.source.setLeftMargin(14)
        self.context = QTextBlockFormat(self.source)
        self.context_first = QTextBlockFormat(self.quote)  # an item opens with its lines before: the gap goes there
        self.quote_after_context = QTextBlockFormat(self.source)
        self.heading = QTextBlockFormat()
        self.heading.setHeadingLevel(3)
        self.heading.setTopMargin(14)
        self.heading.setBottomMargin(6)
        self.heading_text = QTextCharFormat()
        self.heading_text.setFontWeight(700)
        self.heading_text.setProperty(QTextFormat.Property.FontSizeAdjustment, 1)  # as HTML's <h3>
        self.plain = QTextCharFormat()
        self.star = QTextCharFormat()
        self.star.setFontWeight(700)
        self.grey = QTextCharFormat()
        self.grey.setForeground(QColor("#555"))
        self.code = QTextCharFormat(self.grey)
        self.code.setFontItalic(True)
        self.faint = QTextCharFormat()
        self.faint.setForeground(QColor("#888"))
        self.link = QTextCharFormat()
        self.link.setAnchor(True)
        self.link.setForeground(link_color)
        self.link.setFontUnderline(True)
        self.spacer = QTextBlockFormat()


def entries(r: ThemeReader) -> list[InformantGroup | SegmentItem]:
    """What the document shows below the condensate, in order: each informant's heading, then its quotes."""
    out: list[InformantGroup | SegmentItem] = []
    for g in r.groups:
        out.append(g)
        out.extend(g.items)
    return out


def entry_key(e: InformantGroup | SegmentItem, r: ThemeReader) -> object:
    """Equal keys, equal text: an informant's heading shows its label and count, a quote itself and its star."""
    if isinstance(e, InformantGroup):
        return ("heading", e.label, len(e.items))
    return (e, e.segment_id in r.golden)


def entry_blocks(e: InformantGroup | SegmentItem) -> int:
    """How many blocks :func:`write_entry` writes for ``e``."""
    return 1 if isinstance(e, InformantGroup) else len(e.before) + len(e.after) + 2


def write_entry(c: QTextCursor, f: _Formats, e: InformantGroup | SegmentItem, r: ThemeReader) -> None:
    if isinstance(e, InformantGroup):
        write_group(c, f, e)
    else:
        write_item(c, f, e, e.segment_id in r.golden)


def write_group(c: QTextCursor, f: _Formats, g: InformantGroup) -> None:
    label = g.label or QCoreApplication.translate("ThemeReaderView", "(no informant)")
    c.insertBlock(f.heading, f.heading_text)
    c.insertText(f"{label} ({len(g.items)})", f.heading_text)


def write_item(c: QTextCursor, f: _Formats, it: SegmentItem, golden: bool) -> None:
    """One quote: surrounding lines before, the quote, lines after, then its source (a link)."""
    for k, cl in enumerate(it.before):
        c.insertBlock(f.context if k else f.context_first, f.faint)
        c.insertText(f"{cl.number}\u00a0\u00a0{_norm(cl.text)}", f.faint)
    c.insertBlock(f.quote_after_context if it.before else f.quote, f.plain)
    if golden:
        c.insertText("★ ", f.star)
    c.insertText(_norm(it.text), f.plain)
    for cl in it.after:
        c.insertBlock(f.context, f.faint)
        c.insertText(f"{cl.number}\u00a0\u00a0{_norm(cl.text)}", f.faint)
    c.insertBlock(f.source, f.grey)
    ref = QTextCharFormat(f.link)
    ref.setAnchorHref(link(it))
    c.insertText(it.reference, ref)
    c.insertText(f" · {it.transcript_title} · ", f.grey)
    c.insertText(it.code_name, f.code)


class ReaderBrowser(QTextBrowser):
    """The reader's text: before the user selects all, copies, jumps to the end or opens the context
    menu, the quotes still to be appended are written (``complete`` is called)."""

    COMPLETE_KEYS = (QKeySequence.StandardKey.SelectAll, QKeySequence.StandardKey.Copy,
                     QKeySequence.StandardKey.MoveToEndOfDocument, QKeySequence.StandardKey.SelectEndOfDocument)

    def __init__(self, complete: Callable[[], None]) -> None:
        super().__init__()
        self._complete = complete

    def keyPressEvent(self, e: QKeyEvent) -> None:
        if any(e.matches(k) for k in self.COMPLETE_KEYS):
            self._complete()
        super().keyPressEvent(e)

    def contextMenuEvent(self, e: QContextMenuEvent) -> None:
        self._complete()  # its "Select All" and "Copy" then take every quote
        super().contextMenuEvent(e)


class ThemeReaderView(QWidget):
    def __init__(self, parent: QWidget | None = None,
                 open_transcript: Callable[[int, int, int], None] | None = None) -> None:
        super().__init__(parent)
        self.ctx: ProjectContext | None = None
        self.theme_id: int | None = None
        self.reader: ThemeReader | None = None
        self._open = open_transcript
        self._affected = False  # a write since the last read changed what the reader shows
        self._segment_ids: frozenset[int] = frozenset()
        self.lazy = LazyRefresh(self, "Theme reader", self._prepare, self._apply, self._concerns)
        self.browser = ReaderBrowser(self.complete)
        self.browser.setOpenLinks(False)
        self.browser.document().setUndoRedoEnabled(False)  # written by code only: no undo history to keep
        self.browser.anchorClicked.connect(self._link)
        self.browser.verticalScrollBar().valueChanged.connect(self._scrolled)
        self._formats = _Formats(self.browser.palette().link().color())
        # The informant headings and quotes of the document, in order; those from _next on are not written yet.
        self._entries: list[InformantGroup | SegmentItem] = []
        self._next = 0
        self._cursor: QTextCursor | None = None  # at the end of the last written quote, before the spacer
        self._items_top = 0.0  # where the first quote starts (document y)
        self._written_items = 0
        self._header_blocks = 0  # blocks of the heading, condensate and counts, before the first entry
        self._writing = False
        self._shown: tuple[int | None, bool] = (None, False)  # what the document shows: theme, context lines
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(0)
        self._idle.timeout.connect(self._slice)
        self.slices_ms: list[float] = []  # how long each idle slice of the last rendering ran (benchmarks)
        self.rendered = 0  # renderings whose every quote is written (tests, benchmarks)
        self.patched = 0  # refreshes applied to the document in place (tests)
        self.context = QCheckBox(self.tr("Show surrounding lines"))
        # Surrounding lines are read only when shown: 1,000 segments × 6 lines is most of the cost.
        self.context.toggled.connect(lambda _on: self.show_theme(self.theme_id))
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Theme reader")))
        bar.addStretch(1)
        bar.addWidget(self.context)
        lay = QVBoxLayout(self)
        lay.addLayout(bar)
        lay.addWidget(self.browser)

    def set_context(self, ctx: ProjectContext | None) -> None:
        follow(self.ctx, ctx, project_changed=self._changed)
        self.ctx = ctx
        self.theme_id = None
        self.reader = None
        self.lazy.set_context(ctx)  # after settled changes, recomputed on the executor while shown
        self._render()

    def _changed(self, changes: Changes) -> None:
        """After each write: does it change what is shown? (Collected here, where the touched segments
        are at hand; the settled signal then asks :meth:`_concerns`.)"""
        if self._affected or self.theme_id is None:
            return
        if changes.touches("theme_nodes", "codes", "quotes") or (self.reader is None and changes.touches("segments")):
            self._affected = True
        elif self.reader is not None and changes.touches("segments"):
            if changes.ids("segments") & self._segment_ids:  # a quote shown was recoded, resized or removed
                self._affected = True
                return
            touched = self.ctx.companion(TOUCHED_SEGMENTS) if self.ctx is not None else None
            codes = self.reader.code_ids
            self._affected = touched is None or any(sg.code_id in codes for sg in touched)

    def _concerns(self, _changes: Changes) -> bool:
        return self._affected

    def show_theme(self, theme_id: int | None) -> None:
        """Read ``theme_id`` across informants (on the executor); the view renders when it is back."""
        self.theme_id = theme_id
        if self.ctx is None or theme_id is None:
            self.reader = None
            self._render()
            return
        self.lazy.request(force=True)

    def _prepare(self) -> Callable[[Project], ThemeReader | None]:
        tid, context = self.theme_id, 3 if self.context.isChecked() else 0
        self._affected = False  # this read sees every write queued before it

        def read(project: Project) -> ThemeReader | None:
            if tid is None:
                return None
            try:
                return theme_reader(project, tid, context=context)
            except KeyError:  # the theme is gone (deleted, or undone)
                return None

        return read

    def _apply(self, reader: ThemeReader | None) -> None:
        old, self.reader = self.reader, reader
        if reader is None:
            self.theme_id = None
        self._segment_ids = frozenset(it.segment_id for g in reader.groups for it in g.items) if reader else frozenset()
        if not (old is not None and reader is not None and self._patch(old, reader)):
            self._render()

    # ---- writing the document -----------------------------------------------------------------------
    @property
    def pending(self) -> int:
        """Quotes and headings not written yet."""
        return len(self._entries) - self._next

    def _render(self) -> None:
        """Write the heading and the first screens now; queue the rest for idle time."""
        self._idle.stop()
        self._entries, self._next, self._cursor, self._written_items = [], 0, None, 0
        self.slices_ms = []
        bar = self.browser.verticalScrollBar()
        r = self.reader
        shown = (r.node.id if r is not None else None, self.context.isChecked())
        keep = bar.value() if r is not None and shown == self._shown else 0  # a refresh keeps the place
        self._shown = shown
        if r is None:
            self.browser.setHtml("<p style='color:#777'>" + html.escape(self.tr(
                "Choose a theme area to read it across informants.")) + "</p>")
            self.rendered += 1
            return
        doc = self.browser.document()
        self.browser.setHtml(header_html(r))
        self._header_blocks = doc.blockCount()
        self._entries = entries(r)
        c = QTextCursor(doc)
        c.movePosition(QTextCursor.MoveOperation.End)
        self._cursor = c
        self._items_top = self._bottom()
        screen = max(self.browser.viewport().height(), 400)
        self._write_until(lambda: self._bottom() - self._items_top >= FIRST_SCREENS * screen + keep)
        if self.pending:
            spacer = QTextCursor(c)  # the reserved height after the written quotes
            spacer.insertBlock(self._formats.spacer, self._formats.plain)
            self._cursor.movePosition(QTextCursor.MoveOperation.PreviousBlock)
            self._cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
            self._reserve()
            self._idle.start()
        else:
            self.rendered += 1
        if keep:
            bar.setValue(keep)

    def _patch(self, old: ThemeReader, new: ThemeReader) -> bool:
        """Bring a fully written document from ``old`` to ``new`` by rewriting only the headings and quotes
        that differ (a coding adds, moves or removes a few): the place and the selection stay, and a
        refresh costs what changed, not the whole area. False when it has to be written anew."""
        if (self.pending or self._cursor is None or old.node != new.node or old.subgroups != new.subgroups
                or self._shown != (new.node.id, self.context.isChecked())):
            return False
        doc = self.browser.document()
        first = [self._header_blocks]  # the block number each entry starts at, and where the last one ends
        for e in self._entries:
            first.append(first[-1] + entry_blocks(e))
        if first[-1] != doc.blockCount():
            return False
        fresh = entries(new)
        ids: dict[object, int] = {}  # keys as small ints: difflib hashes each many times
        a = [ids.setdefault(entry_key(e, old), len(ids)) for e in self._entries]
        b = [ids.setdefault(entry_key(e, new), len(ids)) for e in fresh]
        ops = SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
        end = doc.characterCount() - 1

        def separator_before(i: int) -> int:  # the end of the block before entry i (or of the document)
            return doc.findBlockByNumber(first[i]).position() - 1 if i < len(self._entries) else end

        c = QTextCursor(doc)
        # An edit block for each change, not one around them all: Qt would lay out everything between
        # the first change and the last again.
        for tag, i1, i2, j1, j2 in reversed(ops):  # from the end: the block numbers before stay valid
            if tag == "equal":
                continue
            c.beginEditBlock()
            c.setPosition(separator_before(i1))
            if i2 > i1:  # an entry runs from the separator before its first block to the one before the next
                fmt = c.block().blockFormat()  # the block before keeps its format (Qt may hand it the removed one's)
                c.setPosition(separator_before(i2), QTextCursor.MoveMode.KeepAnchor)
                c.removeSelectedText()
                c.setBlockFormat(fmt)
            for e in fresh[j1:j2]:
                write_entry(c, self._formats, e, new)
            c.endEditBlock()
        counts = QTextDocument()  # the count paragraph, as the header writes it
        counts.setHtml(header_html(new))
        c.setPosition(doc.findBlockByNumber(self._header_blocks - 1).position())
        c.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
        if c.selectedText() != counts.lastBlock().text():
            c.insertText(counts.lastBlock().text())
        self._entries, self._next = fresh, len(fresh)
        self._written_items = new.segment_count
        c.movePosition(QTextCursor.MoveOperation.End)
        self._cursor = c
        self.patched += 1
        return True

    def _bottom(self) -> float:
        """The document y below the last written quote (lays out what was written so far)."""
        layout = self.browser.document().documentLayout()
        layout.documentSize()  # finishes the layout
        assert self._cursor is not None
        return float(layout.blockBoundingRect(self._cursor.block()).bottom())

    def _write(self, n: int) -> None:
        r, c, f = self.reader, self._cursor, self._formats
        assert r is not None and c is not None
        c.beginEditBlock()
        for entry in self._entries[self._next:self._next + n]:
            write_entry(c, f, entry, r)
            self._written_items += isinstance(entry, SegmentItem)
        c.endEditBlock()
        self._next = min(len(self._entries), self._next + n)

    def _write_until(self, enough: Callable[[], bool]) -> None:
        self._writing = True
        try:
            while self.pending and not enough():
                self._write(BATCH)
        finally:
            self._writing = False

    def _reserve(self) -> None:
        """Size the spacer to the estimated height of the quotes not yet written; drop it when all are."""
        c = self._cursor
        assert c is not None
        spacer = c.block().next()
        if not spacer.isValid():
            return
        sc = QTextCursor(spacer)
        if not self.pending:
            sc.deletePreviousChar()  # the spacer block goes; the last quote's block keeps its format
            return
        per_item = (self._bottom() - self._items_top) / max(1, self._written_items)
        fmt = QTextBlockFormat(self._formats.spacer)
        assert self.reader is not None
        fmt.setTopMargin(per_item * (self.reader.segment_count - self._written_items))
        sc.setBlockFormat(fmt)

    def _slice(self) -> None:
        """Append quotes for at most about :data:`SLICE_S`, then yield to the event loop."""
        if not self.pending:
            return
        t0 = time.perf_counter()
        layout = self.browser.document().documentLayout()

        def spent() -> bool:  # read after laying out what was written: layout is about half of the cost
            layout.documentSize()
            return time.perf_counter() - t0 >= SLICE_S

        self._write_until(spent)
        self._reserve()
        self.slices_ms.append((time.perf_counter() - t0) * 1000)
        if self.pending:
            self._idle.start()
        else:
            self.rendered += 1

    def complete(self) -> None:
        """Write every quote still queued (before select all, copy, jump to the end)."""
        if not self.pending or self._writing:
            return
        self._idle.stop()
        self._write_until(lambda: False)
        self._reserve()
        self.rendered += 1

    def _scrolled(self, value: int) -> None:
        """Scrolling into the reserved space writes the quotes that belong there first."""
        if not self.pending or self._writing:
            return
        bar = self.browser.verticalScrollBar()
        if value >= bar.maximum():  # at the end: the end is what the user wants to see
            self.complete()
            bar.setValue(bar.maximum())
            return
        want = value + self.browser.viewport().height()
        if self._bottom() >= want:
            return
        self._write_until(lambda: self._bottom() >= want)
        self._reserve()
        if not self.pending:
            self._idle.stop()
            self.rendered += 1

    def _link(self, url: QUrl) -> None:
        parts = url.toString().removeprefix("kondens:transcript/").split("/")
        if self._open is not None and len(parts) == 3:
            self._open(int(parts[0]), int(parts[1]), int(parts[2]))

