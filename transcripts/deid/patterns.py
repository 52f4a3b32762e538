"""Identifiers with a fixed shape: e-mail, URL, phone, fødselsnummer / D-number, exact dates.

All regexes are compiled once at import. :func:`find_patterns` is pure and thread-safe.
"""

from __future__ import annotations

import re

from transcripts.deid.types import Span

_MONTHS_NB = ("januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember"
              "|jan|feb|mar|apr|jun|jul|aug|sep|sept|okt|nov|des")
_MONTHS_EN = ("January|February|March|April|May|June|July|August|September|October|November|December"
              "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec")

EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}\b")
URL = re.compile(r"\b(?:https?://|www\.)[^\s<>«»\"]+|\b[\w-]+(?:\.[\w-]+)*\.(?:no|com|org|net|io|se|dk)/[^\s<>«»\"]*",
                 re.IGNORECASE)
_TRAIL = ".,;:!?)]}'’\""
PHONE = re.compile(
    r"(?<![\w+])(?:(?:\+|00)\s?47[\s-]?)?"
    r"(?:\d{8}|\d{3}[ .-]\d{2}[ .-]\d{3}|\d{2}[ .-]\d{2}[ .-]\d{2}[ .-]\d{2}|\d{4}[ .-]\d{4})(?![\d,]\d|\w)"
)
NATIONAL_ID = re.compile(r"(?<![\w+])(\d{6})[ ]?(\d{5})(?!\w)")
DATE = re.compile(
    r"(?<!\w)(?:"
    rf"\d{{1,2}}\.\s?(?:{_MONTHS_NB})\.?(?:\s\d{{4}})?(?!\w)"  # 12. mars 1987, 3. okt
    rf"|\d{{1,2}}\s(?:{_MONTHS_NB})\s\d{{4}}(?!\w)"  # 12 mars 1987
    r"|\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})(?![\d.]\d)"  # 12.03.1987, 12.3.87
    r"|\d{4}-\d{2}-\d{2}(?!\d)"  # 2021-03-12
    r"|\d{1,2}/\d{1,2}[/-](?:\d{4}|\d{2})(?!\d)"  # 12/3/1987
    rf"|(?:{_MONTHS_EN})\s\d{{1,2}}(?:st|nd|rd|th)?,?\s\d{{4}}(?!\w)"  # March 12, 1987
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s(?:{_MONTHS_EN})\s\d{{4}}(?!\w)"  # 12 March 1987
    r")"
)

_K1 = (3, 7, 6, 1, 8, 9, 4, 5, 2)
_K2 = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)


def birth_date_shaped(digits: str) -> bool:
    """The first six digits read as DDMMYY, with D-number (day + 40) and synthetic (month + 40/80) forms."""
    if len(digits) != 11 or not digits.isdigit():
        return False
    day, month = int(digits[0:2]), int(digits[2:4])
    if day > 40:
        day -= 40
    if month > 40:
        month %= 40
    return 1 <= day <= 31 and 1 <= month <= 12


def valid_national_id(digits: str) -> bool:
    """True for an 11-digit fødselsnummer or D-number with a birth-date shape and both mod-11 check digits."""
    if not birth_date_shaped(digits):
        return False
    d = [int(c) for c in digits]
    for weights, idx in ((_K1, 9), (_K2, 10)):
        r = 11 - sum(w * x for w, x in zip(weights, d, strict=False)) % 11
        r = 0 if r == 11 else r
        if r == 10 or r != d[idx]:
            return False
    return True


# Cheap scans that find where a pattern could start; the full patterns then run only in small windows.
_DIGIT_RUN = re.compile(r"[+\d][\d .:/+-]*")
_URL_HINT = re.compile(r"https?://|www\.|\.(?:no|com|org|net|io|se|dk)/", re.IGNORECASE)
# A bare domain name: "vg.no", "firda.no", "uteseksjonen.oslo.kommune.no". Looked for only around a dot
# followed by a top-level domain, so the scan stays cheap.
_TLD = r"(?:no|com|org|net|io|se|dk|nu|info|eu)"
_DOMAIN_HINT = re.compile(rf"\w\.{_TLD}(?![\w@]|\.\w)", re.IGNORECASE)
DOMAIN = re.compile(rf"(?<![\w@.-])[a-zæøå0-9][\w-]*(?:\.[\w-]+)*\.{_TLD}(?![\w@]|\.\w)", re.IGNORECASE)


def _windowed(rx: re.Pattern[str], text: str, windows: list[tuple[int, int]]) -> list[re.Match[str]]:
    out: list[re.Match[str]] = []
    last = -1
    for ws, we in windows:
        for m in rx.finditer(text, ws, we):
            if m.start() >= last:
                out.append(m)
                last = m.end()
    return out


def find_patterns(text: str) -> list[Span]:
    """E-mail, URL, national id, date and phone spans; earlier kinds win where they overlap."""
    spans: list[Span] = []
    taken: list[tuple[int, int]] = []

    def add(start: int, end: int, category: str, source: str = "pattern") -> None:
        if any(s < end and start < e for s, e in taken):
            return
        taken.append((start, end))
        spans.append(Span(start, end, category, text[start:end], source))

    n = len(text)
    if "@" in text:
        at_windows: list[tuple[int, int]] = []
        pos = text.find("@")
        while pos >= 0:
            at_windows.append((max(0, pos - 100), min(n, pos + 260)))
            pos = text.find("@", pos + 1)
        for m in _windowed(EMAIL, text, at_windows):
            add(m.start(), m.end(), "email")
    if _URL_HINT.search(text):
        for m in URL.finditer(text):
            end = m.end()
            while end > m.start() and text[end - 1] in _TRAIL:
                end -= 1
            add(m.start(), end, "url")
    if "." in text:
        dom_windows = [(max(0, m.start() - 120), m.end()) for m in _DOMAIN_HINT.finditer(text)]
        for m in _windowed(DOMAIN, text, dom_windows):
            add(m.start(), m.end(), "url")
    # Windows around digit runs: wide enough for "12. mars 1987" and "+47 912 34 567"; a run's window
    # ends well past the run, so a lookahead at the window's end never sees a cut-off number.
    windows: list[tuple[int, int]] = []
    for m in _DIGIT_RUN.finditer(text):
        ws, we = max(0, m.start() - 2), min(n, m.end() + 24)
        if windows and ws <= windows[-1][1]:
            windows[-1] = (windows[-1][0], we)
        else:
            windows.append((ws, we))
    if not windows:
        return spans
    for m in _windowed(NATIONAL_ID, text, windows):
        digits = m.group(1) + m.group(2)
        # A miss is a leak: a birth-date-shaped number whose check digits fail is most likely a mistyped
        # fødselsnummer, so it is still proposed, marked so the review can say the checksum failed.
        # Other 11-digit numbers (bank accounts) are proposed as "other".
        if valid_national_id(digits):
            add(m.start(), m.end(), "national_id")
        elif birth_date_shaped(digits):
            add(m.start(), m.end(), "national_id", "pattern:checksum-failed")
        else:
            add(m.start(), m.end(), "other")
    for m in _windowed(DATE, text, windows):
        add(m.start(), m.end(), "date")
    for m in _windowed(PHONE, text, windows):
        add(m.start(), m.end(), "phone")
    return spans
