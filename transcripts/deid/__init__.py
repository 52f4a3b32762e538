"""De-identification: the detector proposes identifier spans; the researcher decides.

Public entry point: :func:`detect` (see :mod:`transcripts.deid.detector`). Shared types live in
:mod:`transcripts.deid.types`; :func:`detect_language` tells Bokmål, Nynorsk and English apart;
:func:`inflections_match` / :class:`NeverList` match the project's never-list with inflections.
"""

from __future__ import annotations

from transcripts.deid.detector import detect
from transcripts.deid.language import LANGS, detect_language
from transcripts.deid.types import CATEGORIES, TAGS, Span, Tagger, apply_spans
from transcripts.deid.words import NeverList, inflections_match

__all__ = ["CATEGORIES", "LANGS", "TAGS", "NeverList", "Span", "Tagger", "apply_spans", "detect", "detect_language",
           "inflections_match"]
