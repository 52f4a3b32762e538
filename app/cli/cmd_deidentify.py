"""``kondens deidentify FILE [--names F] --json``: a dry run of identifier detection. Stores nothing.

Prints ``{"text": ..., "spans": [{"start", "end", "category", "text"}]}``: ``text`` is the speech as the
import reads it (turns joined by a blank line, speaker labels removed) and the offsets index into it.
Names in speaker labels and in ``--names`` are passed to the detector as known identifiers.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from coding.errors import KondensError


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("deidentify", help="show the identifiers Kondens would propose in FILE (stores nothing)")
    p.add_argument("file", help="a transcript (.docx, .odt, .rtf, .txt, .vtt, .srt)")
    p.add_argument("--names", metavar="F", help="UTF-8 file with one known identifier per line")
    p.add_argument("--lang", default="nb", choices=("nb", "nn", "en"), help="language of the speech (default nb)")
    p.add_argument("--json", action="store_true", help="print JSON (the default prints one span a line)")
    p.set_defaults(func=_deidentify)


def read_names(path: str | None) -> list[str]:
    """One identifier a line; blank lines and surrounding whitespace ignored."""
    if not path:
        return []
    try:
        raw = Path(path).read_text(encoding="utf-8-sig")
    except OSError as e:
        raise KondensError(f"cannot read the names file: {e.strerror}") from None
    except UnicodeDecodeError:
        raise KondensError("the names file is not UTF-8 text") from None
    return [" ".join(line.split()) for line in raw.splitlines() if line.strip()]


def speech_of(path: Path) -> tuple[str, list[str]]:
    """The speech of ``path`` as the import reads it, and the names found in its speaker labels."""
    from transcripts.importing.plan import label_names
    from transcripts.readers import UnreadableFile, read_path
    from transcripts.turns import parse_turns

    if not path.is_file():
        raise KondensError(f"{path.name}: no such file")
    try:
        doc, _ = read_path(path)
    except UnreadableFile as e:
        raise KondensError(f"{path.name} {e}") from None
    turns = [t for t in parse_turns(doc).turns if t.text.strip()]
    if not turns:
        raise KondensError(f"{path.name} contains no speech")
    labels = list(dict.fromkeys(t.label for t in turns if t.label))
    return "\n\n".join(t.text for t in turns), label_names(labels)


def _deidentify(args: argparse.Namespace) -> int:
    from transcripts.deid import detect

    text, label_known = speech_of(Path(args.file))
    known = list(dict.fromkeys([*read_names(args.names), *label_known]))
    spans = detect(text, known=known, lang=args.lang)
    if args.json:
        out = {"text": text, "spans": [{"start": s.start, "end": s.end, "category": s.category, "text": s.text}
                                       for s in spans]}
        json.dump(out, sys.stdout, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        for s in spans:
            print(f"{s.start:7} {s.end:7}  {s.category:12} {s.text}")
        print(f"{len(spans)} proposals in {len(text.split())} words", file=sys.stderr)
    return 0
