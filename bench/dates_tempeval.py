"""How well the date layer finds and resolves DATEs on TempEval-3 TBAQ, and what it costs.

Runs the same pipeline as `extractor extract` (build_pipeline + make_doc + nlp.pipe),
anchored on each document's publication date, and prints span P/R/F1 (strict and
overlapping), value accuracy on matched spans, value F1 (overlap + same value and mod),
the commonest errors, and the date component's share of pipeline time.

The data is read from ../shared/data/tempeval3/ (outside the repo, never copied in);
when it is absent the script says so and exits 0.

Scope: RECORDS.md section 5 excludes vague references ("now", "recently": gold values
PRESENT_REF/PAST_REF/FUTURE_REF); the main figures leave those gold DATEs out, and the
figures on every gold DATE are printed too. Gold values are compared after two
notational canonicalizations: ISO week numbers are zero-padded (W6 -> W06) and a
decade's trailing X is dropped (199X -> 199); a time-of-day suffix on a gold day value
(1998-03-03TNI) is dropped, since our DATE values stop at the day.
"""

from __future__ import annotations

import json
import re
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

from extractor.pipeline import build_pipeline, make_doc
from extractor.temporal import normalize, rejection

DATA = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "tempeval3" / "tbaq-cleaned.jsonl"
VAGUE = {"PRESENT_REF", "PAST_REF", "FUTURE_REF"}
DATE_COMPONENT = "extractor_dates"


def canonical(value: str | None) -> str | None:
    """Notational variants of the same TIMEX3 value made equal (see the module docstring)."""
    if value is None:
        return None
    value = re.sub(r"-W(\d)(?!\d)", r"-W0\1", value)
    value = re.sub(r"^(\d{3})X$", r"\1", value)
    return re.sub(r"^(\d{4}-\d{2}-\d{2})T(MO|AF|EV|NI|DT)$", r"\1", value)


def match(gold: list[dict], pred: list[dict]) -> list[tuple[dict, dict]]:
    """One-to-one pairs of overlapping spans, exact matches first."""
    pairs, used_g, used_p = [], set(), set()
    for exact in (True, False):
        for i, g in enumerate(gold):
            if i in used_g:
                continue
            for j, p in enumerate(pred):
                if j in used_p:
                    continue
                hit = (g["start"], g["end"]) == (p["start"], p["end"]) if exact else (
                    g["start"] < p["end"] and p["start"] < g["end"])
                if hit:
                    pairs.append((g, p))
                    used_g.add(i)
                    used_p.add(j)
                    break
    return pairs


def prf(tp: int, n_pred: int, n_gold: int) -> str:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"P {p:.3f}  R {r:.3f}  F1 {f:.3f}   (tp {tp}, pred {n_pred}, gold {n_gold})"


def score(title: str, docs: list[tuple[list[dict], list[dict], str]], errors: bool) -> None:
    n_gold = n_pred = strict = overlap = value_ok = value_mod_ok = 0
    kinds: dict[str, list[str]] = defaultdict(list)
    for gold, pred, doc_id in docs:
        n_gold += len(gold)
        n_pred += len(pred)
        pairs = match(gold, pred)
        overlap += len(pairs)
        matched_g = {id(g) for g, _ in pairs}
        matched_p = {id(p) for _, p in pairs}
        for g, p in pairs:
            gv, pv = canonical(g["value"]), p["value"]
            strict += (g["start"], g["end"]) == (p["start"], p["end"])
            value_ok += gv == pv
            value_mod_ok += gv == pv and g["mod"] == p["mod"]
            if (g["start"], g["end"]) != (p["start"], p["end"]):
                kinds["extent"].append(f"{g['text']!r} vs {p['text']!r}")
            if gv != pv:
                kind = "value: null" if pv is None else "value: wrong"
                kinds[kind].append(f"{g['text']!r} gold {gv} got {pv}  [{doc_id}]")
            elif g["mod"] != p["mod"]:
                kinds["mod"].append(f"{g['text']!r} gold {g['mod']} got {p['mod']}")
        kinds["missed"] += [f"{g['text']!r} ({g['value']})" for g in gold if id(g) not in matched_g]
        kinds["spurious"] += [f"{p['text']!r} ({p['value']})" for p in pred if id(p) not in matched_p]
    print(f"\n== {title}")
    print(f"spans, strict       {prf(strict, n_pred, n_gold)}")
    print(f"spans, overlapping  {prf(overlap, n_pred, n_gold)}")
    print(f"value accuracy on overlapping matches: {value_ok / max(overlap, 1):.3f} ({value_ok}/{overlap})")
    print(f"value F1 (overlap, same value and mod) {prf(value_mod_ok, n_pred, n_gold)}")
    if errors:
        print("\ncommonest errors:")
        for kind, examples in sorted(kinds.items(), key=lambda kv: -len(kv[1])):
            common = Counter(examples).most_common(4)
            print(f"  {kind:13s} {len(examples):4d}   e.g. " + "; ".join(e for e, _ in common))


def main() -> int:
    if not DATA.exists():
        print(f"TempEval-3 data not found at {DATA.resolve()}: nothing to measure.")
        return 0
    articles = [json.loads(line) for line in DATA.read_text("utf-8").splitlines() if line.strip()]
    nlp = build_pipeline()
    docs = [make_doc(nlp, a["text"], (a["published"] or "")[:10] or None) for a in articles]

    start = time.perf_counter()
    done = list(nlp.pipe(docs))
    total = time.perf_counter() - start

    normalize.cache_clear()  # time the date layer cold, as on a fresh run
    rejection.cache_clear()
    finder = nlp.get_pipe(DATE_COMPONENT)
    start = time.perf_counter()
    for doc in done:
        finder(doc)
    date_time = time.perf_counter() - start

    contract, everything = [], []
    for article, doc in zip(articles, done):
        gold = [t for t in article["timexes"] if t["type"] == "DATE"]
        pred = [{"start": s.start_char, "end": s.end_char, "text": s.text,
                 "value": s._.timex_value, "mod": s._.timex_mod} for s in doc.spans["dates"]]
        everything.append((gold, pred, article["doc_id"]))
        contract.append(([g for g in gold if g["value"] not in VAGUE], pred, article["doc_id"]))

    n_vague = sum(len(g) for g, _, _ in everything) - sum(len(g) for g, _, _ in contract)
    print(f"TBAQ-cleaned: {len(articles)} documents, {sum(len(a['text']) for a in articles):,} characters")
    score(f"contract scope (gold DATEs minus {n_vague} vague PRESENT/PAST/FUTURE_REF)", contract, True)
    score("every gold DATE", everything, False)
    print(f"\ntime: pipeline {total:.2f}s, date component {date_time:.3f}s "
          f"= {100 * date_time / total:.1f}% of pipeline time")
    return 0


if __name__ == "__main__":
    sys.exit(main())
