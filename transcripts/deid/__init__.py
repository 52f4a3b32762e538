"""De-identification: the detector proposes identifier spans; the researcher decides.

Public entry point: :func:`detect` (see :mod:`transcripts.deid.detector`). Shared types live in
:mod:`transcripts.deid.types`.
"""

from __future__ import annotations

from transcripts.deid.detector import detect
from transcripts.deid.types import CATEGORIES, TAGS, Span, Tagger, apply_spans

__all__ = ["CATEGORIES", "TAGS", "Span", "Tagger", "apply_spans", "detect"]
