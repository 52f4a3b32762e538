"""Theme reader: a theme area's condensate, then all its segments grouped by informant, each with
expandable surrounding lines and a link into the transcript (rekontekstualisering)."""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QTextBrowser, QVBoxLayout, QWidget

from app.context import ProjectContext
from app.panels import LazyRefresh
from coding.changes import Changes
from coding.recontext import SegmentItem, ThemeReader, theme_reader
from coding.store import Project


def _esc(s: str) -> str:
    return html.escape(" ".join(s.split()))


def render(r: ThemeReader, context: bool) -> str:
    n = r.node
    no_condensate = html.escape(QCoreApplication.translate("ThemeReaderView", "No condensate yet."))
    out = [f"<h2 style='color:{n.color}'>{_esc(n.name)}</h2>"]
    if n.description:
        out.append(f"<p style='color:#555'>{_esc(n.description)}</p>")
    out.append(f"<blockquote style='background:#f4f4f4'><i>{_esc(n.summary) or no_condensate}</i>"
               "</blockquote>")
    translate = QCoreApplication.translate  # singular and plural as sentences of their own, no "informant(s)"
    if len(r.groups) == 1:
        count = (translate("ThemeReaderView", "{0} segment from 1 informant") if r.segment_count == 1
                 else translate("ThemeReaderView", "{0} segments from 1 informant"))
    else:
        count = translate("ThemeReaderView", "{0} segments from {1} informants")
    out.append(f"<p>{html.escape(count.format(r.segment_count, len(r.groups)))}</p>")
    no_informant = QCoreApplication.translate("ThemeReaderView", "(no informant)")
    for g in r.groups:
        out.append(f"<h3>{html.escape(g.label or no_informant)} ({len(g.items)})</h3>")
        for it in g.items:
            out.append(_item(it, context, it.segment_id in r.golden))
    return "".join(out)


def _item(it: SegmentItem, context: bool, golden: bool) -> str:
    star = "★ " if golden else ""
    link = f"kondens:transcript/{it.transcript_id}/{it.start}/{it.end}"
    body = f"<p class=q><b>{star}</b>{_esc(it.text)}</p>"
    src = (f"<p class=s><a href='{link}'>{html.escape(it.reference)}</a> · "
           f"{html.escape(it.transcript_title)} · <i>{html.escape(it.code_name)}</i></p>")
    if context:
        before = "".join(f"<p class=c>{c.number}&nbsp;&nbsp;{_esc(c.text)}</p>" for c in it.before)
        after = "".join(f"<p class=c>{c.number}&nbsp;&nbsp;{_esc(c.text)}</p>" for c in it.after)
        return f"{before}{body}{after}{src}"
    return f"{body}{src}"


STYLE = ("p.q { margin: 8px 0 0 14px; } p.s { margin: 0 0 0 14px; color: #555; } "
         "p.c { margin: 0 0 0 14px; color: #888; }")


class ThemeReaderView(QWidget):
    def __init__(self, parent: QWidget | None = None,
                 open_transcript: Callable[[int, int, int], None] | None = None) -> None:
        super().__init__(parent)
        self.ctx: ProjectContext | None = None
        self.theme_id: int | None = None
        self.reader: ThemeReader | None = None
        self._open = open_transcript
        self.lazy = LazyRefresh(self, "Theme reader", self._prepare, self._apply, self._concerns)
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.document().setDefaultStyleSheet(STYLE)
        self.browser.anchorClicked.connect(self._link)
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
        self.ctx = ctx
        self.theme_id = None
        self.reader = None
        self.lazy.set_context(ctx)  # after settled changes, recomputed on the executor while shown
        self._render()

    @staticmethod
    def _concerns(changes: Changes) -> bool:
        return changes.touches("theme_nodes", "codes", "segments", "quotes")

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

        def read(project: Project) -> ThemeReader | None:
            if tid is None:
                return None
            try:
                return theme_reader(project, tid, context=context)
            except KeyError:  # the theme is gone (deleted, or undone)
                return None

        return read

    def _apply(self, reader: ThemeReader | None) -> None:
        self.reader = reader
        if reader is None:
            self.theme_id = None
        self._render()

    def _render(self) -> None:
        if self.reader is None:
            self.browser.setHtml("<p style='color:#777'>" + html.escape(self.tr(
                "Choose a theme area to read it across informants.")) + "</p>")
        else:
            self.browser.setHtml(render(self.reader, self.context.isChecked()))

    def _link(self, url: QUrl) -> None:
        parts = url.toString().removeprefix("kondens:transcript/").split("/")
        if self._open is not None and len(parts) == 3:
            self._open(int(parts[0]), int(parts[1]), int(parts[2]))
