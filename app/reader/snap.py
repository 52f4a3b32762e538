"""Snapping a sloppy mouse selection to whole words, for codings, in-vivo codes and quotes.

A word cut at an edge is taken whole when at least half of it is selected, and dropped otherwise;
whitespace at the edges and punctuation at the start are trimmed. "musikken er et møtested. kje" (three
letters of "kjenner") becomes "musikken er et møtested."; "usikken er" becomes "musikken er". Pure Python.
"""

from __future__ import annotations


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch in "-'’_"


def snap_to_words(text: str, start: int, end: int) -> tuple[int, int]:
    """The whole-word range for ``text[start:end]``; may be empty (start == end) if nothing is left."""
    start, end = max(0, start), min(len(text), end)
    if start >= end:
        return start, start
    # the start edge: inside a word?
    if 0 < start < len(text) and _is_word(text[start - 1]) and _is_word(text[start]):
        w0 = start
        while w0 > 0 and _is_word(text[w0 - 1]):
            w0 -= 1
        w1 = start
        while w1 < len(text) and _is_word(text[w1]):
            w1 += 1
        selected = min(w1, end) - start
        start = w0 if selected * 2 >= (w1 - w0) else w1
    # the end edge: inside a word?
    if 0 < end < len(text) and _is_word(text[end - 1]) and _is_word(text[end]):
        w0 = end
        while w0 > 0 and _is_word(text[w0 - 1]):
            w0 -= 1
        w1 = end
        while w1 < len(text) and _is_word(text[w1]):
            w1 += 1
        selected = end - max(w0, start)
        end = w1 if selected * 2 >= (w1 - w0) else w0
    while start < end and (text[start].isspace() or not (_is_word(text[start]) or text[start] in "[(«\"“")):
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if end > start else (start, start)
