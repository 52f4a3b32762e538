"""Planning an import: read, find turns and speakers, propose roles, pseudonyms and identifiers.

The plan holds the original text in memory only (fields with ``repr=False`` so it never reaches a
log or traceback repr). Nothing is written until :func:`transcripts.importing.commit.commit_import`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select

from coding.errors import N_
from coding.services.never_list import never_list
from coding.services.transcripts import next_free_label
from coding.store import Project
from coding.store.models import Informant, Setting, Transcript
from transcripts.deid.types import Span
from transcripts.importing.errors import ImportFailed
from transcripts.readers import RawDoc, UnreadableFile, read_path
from transcripts.turns import INFORMANT_LABELS, INTERVIEWER_LABELS, RawTurn, guess_roles, parse_turns

if TYPE_CHECKING:
    from transcripts.importing.prepared import Prepared

_GENERIC = re.compile(r"^(?:SPEAKER_\d+|speaker \d+|taler \d+|[a-zæøå]\d?|.*\d.*)$", re.I)
_PARTICLES = {"av", "van", "von", "de", "di", "da", "bin", "al", "og"}
MAX_TITLE = 120


@dataclass
class SpeakerPlan:
    """One speaker of a file. ``label`` is the real label (memory only); ``pseudonym`` what gets stored."""

    key: str | None = field(repr=False)
    label: str | None = field(repr=False)
    role: str
    pseudonym: str
    existing: bool = False  # the pseudonym links to an informant already in the project
    turns: int = 0
    words: int = 0


@dataclass(frozen=True)
class SpeakerChoice:
    pseudonym: str
    role: str
    existing: bool = False


@dataclass
class ImportPlan:
    path: Path
    source_format: str
    content_hash: str
    lang: str
    turns: list[RawTurn] = field(repr=False)
    speakers: list[SpeakerPlan]
    speech: str = field(repr=False)  # turns joined by "\n\n", labels removed
    turn_ranges: list[tuple[int, int]] = field(repr=False)
    spans: list[Span] = field(repr=False)  # proposed identifiers in ``speech``
    known: list[str] = field(repr=False)
    title_raw: str | None = field(repr=False)
    words: int = 0
    duplicate_of: int | None = None  # id of a transcript with the same content hash
    # The written standard of the speech ("nb" Bokmål, "nn" Nynorsk, "en" English): what the detector reads.
    # ``lang`` is the project's tag language ([navn 1] or [name 1]), the same for every transcript.
    standard: str = "nb"
    # De-identified turns, sentences and index postings computed ahead by the read-ahead worker
    # (:mod:`transcripts.importing.prepared`); used only where they equal what committing would compute.
    prepared: Prepared | None = field(default=None, repr=False)

    @property
    def name(self) -> str:
        return self.path.name

    def speaker_of(self, turn: RawTurn) -> SpeakerPlan:
        for sp in self.speakers:
            if sp.key == turn.key:
                return sp
        raise KeyError("turn speaker not planned")

    def turn_roles(self, speakers: list[SpeakerChoice] | None = None) -> list[str]:
        roles = {sp.key: (speakers[i].role if speakers else sp.role) for i, sp in enumerate(self.speakers)}
        return [roles[t.key] for t in self.turns]

    def choices(self) -> list[SpeakerChoice]:
        return [SpeakerChoice(sp.pseudonym, sp.role, sp.existing) for sp in self.speakers]


def project_language(project: Project) -> str:
    with project.read() as s:
        value = s.scalar(select(Setting.value).where(Setting.key == "language"))
    return value if value in ("nb", "en") else "nb"


def label_names(labels: Iterable[str | None]) -> list[str]:
    """Real names seen in speaker labels (full label and each part), to be treated as identifiers."""
    out: list[str] = []
    roles = INTERVIEWER_LABELS | INFORMANT_LABELS
    for label in labels:
        if not label:
            continue
        label = " ".join(label.split())
        if label.casefold() in roles or _GENERIC.match(label):
            continue
        out.append(label)
        parts = [p for p in label.split() if len(p) > 1 and p.lower() not in _PARTICLES]
        if len(parts) > 1:
            out.extend(parts)
    return list(dict.fromkeys(out))


def propose_pseudonyms(project: Project, speakers: list[SpeakerPlan], taken: set[str]) -> None:
    """Interviewer → I (I2, … for more), informants → the next free letters, others → X1, X2, …"""
    with project.read() as s:
        existing = set(s.scalars(select(Informant.label)))
    n_int = n_other = 0
    for sp in speakers:
        if sp.role == "interviewer":
            n_int += 1
            sp.pseudonym = "I" if n_int == 1 else f"I{n_int}"
        elif sp.role == "informant":
            sp.pseudonym = next_free_label(project, taken | existing)
            taken.add(sp.pseudonym)
        else:
            n_other += 1
            sp.pseudonym = f"X{n_other}"
        sp.existing = False


STANDARDS = ("nb", "nn", "en")


def written_standard(speech: str, lang: str) -> str:
    """Bokmål, Nynorsk or English, guessed from the speech (the import dialog lets the user correct it)."""
    from transcripts.deid.language import detect_language

    guess = detect_language(speech)
    return guess if guess in STANDARDS else ("nb" if lang not in STANDARDS else lang)


def redetect(project: Project, plan: ImportPlan, standard: str, never: Sequence[str] | None = None) -> None:
    """Detect again for another written standard (the user corrected the guess in the import dialog).

    ``never``: the project's never-list as the caller already has it (the dialog, which must not read the
    project on the UI thread); None reads it from ``project``."""
    from transcripts.deid import detect

    if standard not in STANDARDS:
        raise ValueError(f"unknown written standard {standard!r}")
    plan.standard = standard
    plan.spans = detect(plan.speech, known=plan.known, lang=standard,
                        never=list(never) if never is not None else never_list(project))


def find_duplicate(project: Project, content_hash: str) -> int | None:
    with project.read() as s:
        return s.scalar(select(Transcript.id).where(Transcript.content_hash == content_hash).limit(1))


def read_plan(path: str | Path, *, known_names: Iterable[str] = (), lang: str = "nb",
              never: Iterable[str] = ()) -> ImportPlan:
    """The part of planning that needs no project: read ``path``, find turns and speakers, guess roles and
    the written standard, propose identifiers (``never``: the project's never-list). Raises
    :class:`ImportFailed`. It touches nothing but the file, so a batch runs it for the next files in a
    worker process (:mod:`transcripts.importing.readahead`). :func:`finish_plan` adds what depends on the
    project as it is at commit time: pseudonyms and the duplicate check."""
    p = Path(path)
    doc, digest = _read(p)
    return _plan_from_doc(p, doc, digest, known_names, lang, never)


def finish_plan(project: Project, plan: ImportPlan, taken: set[str] | None = None) -> ImportPlan:
    """Propose pseudonyms (next free letters) and look for a transcript with the same content; in place.

    ``taken``: informant letters already proposed to other files of the same batch (updated in place)."""
    propose_pseudonyms(project, plan.speakers, set(taken) if taken is not None else set())
    if taken is not None:
        taken.update(sp.pseudonym for sp in plan.speakers if sp.role == "informant")
    plan.duplicate_of = find_duplicate(project, plan.content_hash)
    return plan


def plan_from_doc(project: Project, path: Path, doc: RawDoc, content_hash: str, *, known_names: Iterable[str] = (),
                  lang: str | None = None, taken: set[str] | None = None) -> ImportPlan:
    plan = _plan_from_doc(path, doc, content_hash, known_names, lang or project_language(project), never_list(project))
    return finish_plan(project, plan, taken)


def _plan_from_doc(path: Path, doc: RawDoc, content_hash: str, known_names: Iterable[str], lang: str,
                   never: Iterable[str]) -> ImportPlan:
    from transcripts.deid import detect

    parsed = parse_turns(doc)
    turns = [t for t in parsed.turns if t.text.strip()]
    if not turns:
        raise ImportFailed(path, N_("contains no speech (no text outside headings)"))
    roles = guess_roles(turns)
    speakers: dict[str | None, SpeakerPlan] = {}
    for t in turns:
        sp = speakers.setdefault(t.key, SpeakerPlan(t.key, t.label, roles[t.key], ""))
        sp.turns += 1
        sp.words += len(t.text.split())
    plans = list(speakers.values())
    ranges: list[tuple[int, int]] = []
    pos = 0
    for t in turns:
        ranges.append((pos, pos + len(t.text)))
        pos += len(t.text) + 2
    speech = "\n\n".join(t.text for t in turns)
    standard = written_standard(speech, lang)
    known = list(dict.fromkeys([*(" ".join(n.split()) for n in known_names if n.strip()),
                                *label_names(sp.label for sp in plans)]))
    title = next((c for c in parsed.title_candidates if 0 < len(c) <= MAX_TITLE), None)
    fmt = doc.source_format
    if fmt == "docx" and parsed.layout in ("table", "teams"):
        fmt = f"docx-{parsed.layout}"
    return ImportPlan(
        path=path, source_format=fmt, content_hash=content_hash, lang=lang, turns=turns, speakers=plans,
        speech=speech, turn_ranges=ranges, known=known, standard=standard,
        spans=detect(speech, known=known, lang=standard, never=never),
        title_raw=title, words=sum(sp.words for sp in plans),
    )


def _read(p: Path) -> tuple[RawDoc, str]:
    try:
        return read_path(p)
    except UnreadableFile as e:
        raise ImportFailed(p, e.message) from None
    except MemoryError:
        raise ImportFailed(p, N_("is too large to read")) from None
    except Exception as e:  # a parser library choking on hostile input must not crash the batch or GUI
        raise ImportFailed(p, N_("could not be read: damaged or not a transcript ({error})"),
                           error=type(e).__name__) from None


def plan_import(project: Project, path: str | Path, *, known_names: Iterable[str] = (), lang: str | None = None,
                taken: set[str] | None = None) -> ImportPlan:
    """Read ``path`` and propose everything; raises :class:`ImportFailed` with one line on bad input.

    ``taken``: informant letters already proposed to other files of the same batch (updated in place).
    """
    p = Path(path)
    doc, digest = _read(p)
    return plan_from_doc(project, p, doc, digest, known_names=known_names, lang=lang, taken=taken)
