"""Places: preposition cues and street addresses."""

from __future__ import annotations

import re

# "i Moss", "på Voss", "fra Vik": a capitalised word after these is most likely a place.
# (English "at"/"to" would collide with Norwegian "at" = that and "to" = two.)
PLACE_PREPS = frozenset("i på fra til ved utenfor nær rundt mot gjennom over under bak innenfor "
                        "frå utanfor innanfor kring".split())

_STREET_SUFFIX = ("gata|gaten|gate|veien|vegen|vei|veg|allé|alléen|plass|plassen|torg|torget|bakken|stien"
                  "|brygge|bryggen|kaien|street|road|avenue")
STREET = re.compile(rf"\b[A-ZÆØÅ][\wæøåéü-]*(?:{_STREET_SUFFIX})(?:\s\d{{1,4}}\s?[A-Za-z]?\b)?(?!\w)")
# "Kongens gate 5", "Karl Johans gate": a capitalised word, a lowercase street noun, a number.
STREET_SPLIT = re.compile(r"\b[A-ZÆØÅ][\wæøå-]*\s(?:gate|vei|veg|allé|plass|torg)(?:\s\d{1,4}\s?[A-Za-z]?\b)?(?!\w)")
