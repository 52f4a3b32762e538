"""De-identification benchmark: NorNE (Bokmål and Nynorsk dev splits) recall/precision, wrong proposals on
../shared/corpus, and detector speed.

Figures (see ../shared/norne/README.md; Nynorsk figures carry ``deid_nn_`` instead of ``deid_``):
- ``deid_recall_<LABEL>``: share of tokens inside gold entities of LABEL that a detected span covers
  (a missed token is a leak); ``deid_entities_caught_<LABEL>``: share of entities with every token covered.
- ``deid_recall_initial`` / ``deid_recall_mid``: token recall of entities standing first in their sentence
  vs elsewhere (in speech many names stand first in a turn, where capitals say nothing).
- ``deid_flags_per_1000_tokens``: proposals the researcher must review; ``deid_token_precision``.
- ``deid_corpus_unplanted_per_interview``: distinct proposals per interview of ../shared/corpus (read as the
  import reads it) that match no planted identifier, no ``also_identifiers`` entry and no speaker label;
  ``deid_corpus_wrong_per_interview``: the same less the real names of the quoted speech (judged by reading
  the proposals: a shop chain, a charity, software; listed in ``REAL_NAMES``) — the proposals that destroy
  text; ``deid_corpus_weak_share``: share of proposals marked ``confident=False``.
- ``deidentify_words_per_s``: :func:`transcripts.deid.detect` over generated interview speech.

Run alone: ``python -m tests.benchmarks.bench_deid [--nn] [--misses N]`` prints the figures (and sample misses);
``python -m tests.benchmarks.run --only deid`` runs it as part of ``make bench``.
"""

from __future__ import annotations

import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

from tests.benchmarks.common import SHARED, BenchEnv, Result
from transcripts.deid import detect
from transcripts.deid.gazetteer import load

NORNE = SHARED / "norne" / "nob_dev.jsonl"
NORNE_NN = SHARED / "norne" / "nno_dev.jsonl"
CORPUS = SHARED / "corpus"
LABELS = ("PER", "LOC", "GPE_LOC", "ORG", "GPE_ORG")
TARGETS = {"PER": 0.99, "LOC": 0.97, "GPE_LOC": 0.98, "ORG": 0.94, "GPE_ORG": 0.95}
TARGETS_NN: dict[str, float | None] = {"PER": 0.99, "LOC": 0.93, "GPE_LOC": 0.96, "ORG": 0.90, "GPE_ORG": None}
# Real organisations and products named in the quoted (real) speech of ../shared/corpus, not planted: proposing
# them is right. Judged by reading the detector's proposals; used only to tell wrong proposals from these.
REAL_NAMES = frozenset({"røde kors", "rema", "fjordkraft", "korus", "velferdsetaten", "mac", "mac-en", "logic",
                        "logic på mac-en", "hiphop"})
_OPENERS = frozenset("«\"“-–—(")
_LABEL = re.compile(r"^(?:\[[\d:.]+\]\s*)?[A-ZÆØÅ][\w .-]{0,40}:\s", re.MULTILINE)


def norne_figures(path: Path = NORNE, misses: list[tuple[str, str, bool]] | None = None,
                  lang: str = "nb") -> dict[str, float]:
    tok_total: Counter[str] = Counter()
    tok_hit: Counter[str] = Counter()
    ent_total: Counter[str] = Counter()
    ent_hit: Counter[str] = Counter()
    pos_total: Counter[str] = Counter()
    pos_hit: Counter[str] = Counter()
    n_tokens = n_flags = flagged_tokens = flagged_in_gold = excluded = 0
    raw_total = raw_hit = 0
    keep = load().keep
    for line in path.read_text(encoding="utf-8").splitlines():
        sent = json.loads(line)
        text, tokens = sent["text"], sent["tokens"]
        spans = detect(text, lang=lang)
        n_flags += len(spans)
        n_tokens += len(tokens)
        covered = [any(s.start <= a and b <= s.end for s in spans) for a, b, _ in tokens]
        first = next((k for k, (_, _, f) in enumerate(tokens) if f not in _OPENERS), 0)
        in_gold = [False] * len(tokens)
        for ent in sent["entities"]:
            label = ent["label"]
            if label not in TARGETS:
                continue
            idx = [k for k, (a, b, _) in enumerate(tokens) if a >= ent["start"] and b <= ent["end"]]
            if not idx:
                continue
            initial = idx[0] <= first
            where = "initial" if initial else "mid"
            hits = sum(covered[k] for k in idx)
            for k in idx:
                in_gold[k] = True
            raw_total += len(idx)
            raw_hit += hits
            # PRIVACY.md: generic nationwide bodies (Norge, NAV, Helsedirektoratet …) are not identifiers.
            # They are left out of recall (and counted, and in the raw figure), never of precision.
            if ent["text"] in keep or ent["text"].removesuffix("s") in keep:
                excluded += 1
                continue
            tok_total[label] += len(idx)
            tok_hit[label] += hits
            pos_total[where] += len(idx)
            pos_hit[where] += hits
            ent_total[label] += 1
            ent_hit[label] += hits == len(idx)
            if misses is not None and hits < len(idx):
                misses.append((label, ent["text"], initial))
        flagged_tokens += sum(covered)
        flagged_in_gold += sum(c and g for c, g in zip(covered, in_gold, strict=True))
    out: dict[str, float] = {}
    for label in LABELS:
        out[f"recall_{label}"] = tok_hit[label] / max(1, tok_total[label])
        out[f"entities_caught_{label}"] = ent_hit[label] / max(1, ent_total[label])
    out["recall_all"] = sum(tok_hit.values()) / max(1, sum(tok_total.values()))
    out["recall_all_incl_keep_list"] = raw_hit / max(1, raw_total)
    out["keep_list_entities_excluded"] = excluded
    out["recall_initial"] = pos_hit["initial"] / max(1, pos_total["initial"])
    out["recall_mid"] = pos_hit["mid"] / max(1, pos_total["mid"])
    out["flags_per_1000_tokens"] = 1000 * n_flags / max(1, n_tokens)
    out["token_precision"] = flagged_in_gold / max(1, flagged_tokens)
    return out


def corpus_figures(folder: Path = CORPUS) -> dict[str, float]:
    """Distinct proposals per interview that are no planted identifier (see the module docstring)."""
    from app.cli.cmd_deidentify import speech_of

    truth = json.loads((folder / "truth.json").read_text(encoding="utf-8"))
    also = [e["text"] for e in truth["also_identifiers"]]
    unplanted = wrong = weak = total = 0
    for name, info in truth["files"].items():
        text, known = speech_of(folder / name)
        spans = detect(text, known=known)
        planted = [w.casefold() for w in [i["text"] for i in info["identifiers"]] + also + known]
        seen: set[str] = set()
        for sp in spans:
            total += 1
            weak += not sp.confident
            if sp.category not in ("person", "place", "institution"):
                continue
            t = sp.text.casefold()
            if any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", t) or re.search(rf"(?<!\w){re.escape(t)}(?!\w)", w)
                   for w in planted):
                continue
            seen.add(t)
        unplanted += len(seen)
        wrong += len(seen - REAL_NAMES)
    n = max(1, len(truth["files"]))
    return {"unplanted_per_interview": unplanted / n, "wrong_per_interview": wrong / n,
            "weak_share": weak / max(1, total)}


def speech_words_per_s(env: BenchEnv) -> float:
    """Detector speed on generated interview speech (plain-text transcripts, speaker labels stripped)."""
    folder = env.corpus(interviews=20, words=10000, formats="txt")
    texts = [_LABEL.sub("", p.read_text(encoding="utf-8", errors="replace")) for p in sorted(folder.glob("*.txt"))]
    words = sum(len(t.split()) for t in texts)
    detect("varm opp")  # load the gazetteers outside the timing
    t0 = time.perf_counter()
    for t in texts:
        detect(t)
    return words / (time.perf_counter() - t0)


def run(env: BenchEnv) -> list[Result]:
    f = norne_figures()
    nn = norne_figures(NORNE_NN, lang="nn")
    c = corpus_figures()
    res = [Result(f"deid_recall_{lb}", f[f"recall_{lb}"], TARGETS[lb], "higher") for lb in LABELS]
    res += [Result(f"deid_nn_recall_{lb}", nn[f"recall_{lb}"], TARGETS_NN[lb], "higher") for lb in LABELS]
    res += [
        Result("deid_nn_flags_per_1000_tokens", nn["flags_per_1000_tokens"], None, "lower"),
        Result("deid_nn_token_precision", nn["token_precision"], None, "higher"),
        Result("deid_corpus_unplanted_per_interview", c["unplanted_per_interview"], None, "lower"),
        Result("deid_corpus_wrong_per_interview", c["wrong_per_interview"], 2.0, "lower"),
        Result("deid_corpus_weak_share", c["weak_share"], None, "lower"),
    ]
    res += [Result(f"deid_entities_caught_{lb}", f[f"entities_caught_{lb}"], None, "higher") for lb in LABELS]
    res += [
        Result("deid_recall_initial", f["recall_initial"], None, "higher"),
        Result("deid_recall_mid", f["recall_mid"], None, "higher"),
        Result("deid_flags_per_1000_tokens", f["flags_per_1000_tokens"], 45.0, "lower"),
        Result("deid_token_precision", f["token_precision"], None, "higher"),
        Result("deid_recall_all", f["recall_all"], None, "higher"),
        Result("deid_recall_all_incl_keep_list", f["recall_all_incl_keep_list"], None, "higher"),
        Result("deid_keep_list_entities_excluded", f["keep_list_entities_excluded"], None, "lower"),
        Result("deidentify_words_per_s", speech_words_per_s(env), 200_000.0, "higher", "words/s"),
    ]
    return res


if __name__ == "__main__":
    miss: list[tuple[str, str, bool]] = []
    nn = "--nn" in sys.argv
    for k, v in norne_figures(NORNE_NN if nn else NORNE, misses=miss, lang="nn" if nn else "nb").items():
        print(f"{k:28} {v:.3f}")
    for k, v in corpus_figures().items():
        print(f"corpus_{k:21} {v:.3f}")
    n = int(sys.argv[sys.argv.index("--misses") + 1]) if "--misses" in sys.argv else 0
    for label, text, initial in miss[:n]:
        print(f"  miss {label:8} {'INIT' if initial else 'mid ':4} {text}")
