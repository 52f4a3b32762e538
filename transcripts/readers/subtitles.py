"""WebVTT (voice tags ``<v Name>``) and SubRip via webvtt-py. One block a cue, with its start time."""

from __future__ import annotations

import io
import re

from coding.errors import N_
from transcripts.readers.base import MAX_LABEL_CHARS, Block, RawDoc, UnreadableFile, check_bounds, clean
from transcripts.readers.text import check_text, decode

_TAGS = re.compile(r"</?(?:v|c|i|b|u|lang|ruby|rt)(?:[.\s][^>]*)?>")


def _ts(start: str) -> str:
    return start.replace(",", ".").split(".")[0].zfill(8)


def _blocks(captions: list) -> list[Block]:  # type: ignore[type-arg]
    out = []
    for c in captions:
        voice = getattr(c, "voice", None)
        raw = " ".join(c.lines) if getattr(c, "lines", None) else c.text
        text = clean(_TAGS.sub("", raw))
        if text:
            label = clean(voice) if voice and len(voice) <= 4 * MAX_LABEL_CHARS else None
            out.append(Block(text, speaker=label or None, timestamp=_ts(c.start)))
    return out


def read_vtt(data: bytes) -> RawDoc:
    import webvtt
    from webvtt.errors import MalformedFileError

    text = decode(data)
    check_bounds(text)
    check_text(text)
    try:
        vtt = webvtt.from_buffer(io.StringIO(text))
    except (MalformedFileError, ValueError, IndexError) as e:
        raise UnreadableFile(N_("is not a valid WebVTT file ({error})"), error=e) from None
    return RawDoc("vtt", _blocks(vtt.captions), cues=True)


def read_srt(data: bytes) -> RawDoc:
    import webvtt
    from webvtt.errors import MalformedFileError

    text = decode(data)
    check_bounds(text)
    check_text(text)
    try:
        vtt = webvtt.from_buffer(io.StringIO(text), format="srt")
    except (MalformedFileError, ValueError, IndexError, TypeError) as e:
        raise UnreadableFile(N_("is not a valid SubRip file ({error})"), error=e) from None
    return RawDoc("srt", _blocks(vtt.captions), cues=True)
