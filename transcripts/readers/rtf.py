"""Rich Text Format via striprtf (handles ``\\uNNNN?`` escapes; skips info, header, footer, footnote groups)."""

from __future__ import annotations

from coding.errors import N_
from transcripts.readers.base import RawDoc, UnreadableFile, check_bounds
from transcripts.readers.text import blocks_from_text, check_text


def read_rtf(data: bytes) -> RawDoc:
    if not data.lstrip().startswith(b"{\\rtf"):
        raise UnreadableFile(N_("is not an RTF document (it does not start with {\\rtf)"))
    from striprtf.striprtf import rtf_to_text

    check_bounds(data)  # striprtf is regex based: bound its input before it runs

    raw = data.decode("latin-1")  # RTF is 7-bit with escapes; latin-1 never fails and keeps bytes
    try:
        text = str(rtf_to_text(raw, errors="ignore"))  # type: ignore[no-untyped-call]
    except Exception as e:  # striprtf is regex based; damaged groups may raise anything
        raise UnreadableFile(N_("is a damaged RTF document ({error})"), error=type(e).__name__) from None
    check_bounds(text)
    check_text(text)
    # Every \par is a line break; each non-empty line is a paragraph.
    return RawDoc("rtf", blocks_from_text(text.replace("\n", "\n\n")))
