"""How one quote reads in a thesis: the words, the dialogue labels and the reference at the end.

Shared by the quote set (.docx), the supervisor report and "Copy quote with reference", so a quote
pasted from the clipboard looks exactly like one in an exported quote set. No Qt here.

Reference formats (``REF_FORMATS``):
``full`` → ``(B, l. 212–215)``, ``informant`` → ``(Informant B)``, ``label`` → ``(B)``, ``none`` → nothing.
A quote inside one turn is written without a speaker label (the reference says who speaks); a quote
that crosses turns is written as the dialogue it is, one line per turn: ``I: … / B: …``.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from exports.data import QuoteRow

REF_FORMATS = ("full", "informant", "label", "none")
REF_FORMAT_LABELS = {
    "nb": {"full": "(B, l. 212–215)", "informant": "(Informant B)", "label": "(B)", "none": "ingen referanse"},
    "en": {"full": "(B, l. 212–215)", "informant": "(Informant B)", "label": "(B)", "none": "no reference"},
}
GOLDEN_MARK = "★"


def reference(row: QuoteRow, fmt: str = "full") -> str:
    """The reference text without brackets (``B, l. 212–215``), or "" for ``none``."""
    if fmt not in REF_FORMATS:
        raise ValueError(f"unknown reference format {fmt!r}; choose one of {', '.join(REF_FORMATS)}")
    who = row.informant or row.transcript
    if fmt == "none" or not who:
        return ""
    if fmt == "full":
        return row.reference
    if fmt == "informant":
        return f"Informant {row.informant}" if row.informant else row.transcript
    return who


@dataclass(frozen=True)
class QuoteLines:
    """A quote ready to lay out: one ``(speaker, text)`` per line and the reference for the end."""

    lines: tuple[tuple[str, str], ...]  # speaker "" = no label (single-turn quote)
    reference: str  # without brackets; "" = none

    @property
    def dialogue(self) -> bool:
        return len(self.lines) > 1


def quote_lines(row: QuoteRow, fmt: str = "full") -> QuoteLines:
    parts = row.dialogue or (("", row.text),)
    if len(parts) == 1:
        parts = (("", parts[0][1]),)
    return QuoteLines(tuple(parts), reference(row, fmt))


def as_plain(q: QuoteLines) -> str:
    """Plain text: one line per turn (``I: …``), the reference in brackets after the last words."""
    lines = [f"{who}: {text}" if who else text for who, text in q.lines]
    if q.reference:
        lines[-1] += f" ({q.reference})"
    return "\n".join(lines)


def as_html(q: QuoteLines) -> str:
    """An HTML fragment word processors paste as a quote paragraph.

    ``class="MsoQuote"`` is the name Word gives its built-in Quote style in HTML, so Word applies that
    style on paste; the inline margins keep the indentation in editors that ignore the class.
    """
    e = html.escape
    lines = [(f"<b>{e(who)}:</b> " if who else "") + e(text) for who, text in q.lines]
    if q.reference:
        lines[-1] += f' <span class="kondens-ref">({e(q.reference)})</span>'
    return ('<p class="MsoQuote" style="margin-left:1.25cm;margin-right:1cm">' + "<br>".join(lines) + "</p>")
