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
decade's or century's trailing X is dropped (199X -> 199, 19XX -> 19); a time-of-day
suffix on a gold day value (1998-03-03TNI, 2000-04-04T09:00) is dropped, since our DATE
values stop at the day.

Contract differences: where RECORDS.md section 5 deliberately differs from the TimeBank
conventions, the case is counted as agreement in the main figures and printed on its own
line, and the value F1 without that adjustment is printed too. Only two conventions are
treated so:
  * "earlier this month", "later today": RECORDS gives no mod; TBAQ gives START / END.
    Counted only when our value equals the gold value and our mod is null.
  * "Friday morning", "10 p.m. Wednesday": TBAQ types these TIME (out of DATE scope), we
    keep the day as a DATE. A predicted DATE that overlaps a gold TIME whose day is our
    value is left out of the predictions (neither right nor wrong).
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
    value = re.sub(r"^(\d{3})X$|^(\d{2})XX$", r"\1\2", value)
    return re.sub(r"^(\d{4}-\d{2}-\d{2})T(MO|AF|EV|NI|DT|\d{2}:\d{2})$", r"\1", value)


def earlier_later_mod(g: dict, p: dict) -> bool:
    """'Earlier this month': same value, TBAQ mod START/END, ours null (RECORDS.md section 5)."""
    return (p["mod"] is None and g["mod"] in ("START", "END")
            and re.match(r"(?i)(earlier|later)\b", g["text"]) is not None)


def day_of_a_time(p: dict, times: list[dict]) -> bool:
    """A predicted DATE on a gold TIME ("Friday morning") whose day is our value."""
    return p["value"] is not None and any(
        t["start"] < p["end"] and p["start"] < t["end"] and t["value"][:10] == p["value"] for t in times)


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


def score(title: str, docs: list[tuple[list[dict], list[dict], str, list[dict]]], errors: bool,
          dump: Path | None = None) -> None:
    n_gold = n_pred = strict = overlap = value_ok = value_mod_ok = 0
    kinds: dict[str, list[str]] = defaultdict(list)
    differences: dict[str, list[str]] = defaultdict(list)
    n_pred_raw = value_mod_raw = 0
    for gold, pred, doc_id, times in docs:
        n_gold += len(gold)
        n_pred_raw += len(pred)
        pairs = match(gold, pred)
        matched_p = {id(p) for _, p in pairs}
        timed = [p for p in pred if id(p) not in matched_p and day_of_a_time(p, times)]
        differences["a TIME's day kept as DATE (left out)"] += [f"{p['text']!r}" for p in timed]
        pred = [p for p in pred if not any(p is q for q in timed)]
        n_pred += len(pred)
        overlap += len(pairs)
        matched_g = {id(g) for g, _ in pairs}
        matched_p = {id(p) for _, p in pairs}
        for g, p in pairs:
            gv, pv = canonical(g["value"]), p["value"]
            strict += (g["start"], g["end"]) == (p["start"], p["end"])
            value_ok += gv == pv
            value_mod_raw += gv == pv and g["mod"] == p["mod"]
            if gv == pv and g["mod"] != p["mod"] and earlier_later_mod(g, p):
                differences["earlier/later: no mod (TBAQ START/END)"].append(f"{g['text']!r}")
                value_mod_ok += 1
                continue
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
    if differences:
        print("  contract differences counted above as agreement: " + "; ".join(
            f"{kind} {len(cases)}" for kind, cases in differences.items()))
        print(f"  value F1 without that adjustment     {prf(value_mod_raw, n_pred_raw, n_gold)}")
    if dump is not None:
        with dump.open("w", encoding="utf-8") as out:
            for kind, examples in sorted(kinds.items(), key=lambda kv: -len(kv[1])):
                out.write(f"## {kind} ({len(examples)})\n")
                out.writelines(f"{e}\n" for e in examples)
        print(f"(every error written to {dump})")
    if errors:
        print("\ncommonest errors:")
        for kind, examples in sorted(kinds.items(), key=lambda kv: -len(kv[1])):
            common = Counter(examples).most_common(4)
            print(f"  {kind:13s} {len(examples):4d}   e.g. " + "; ".join(e for e, _ in common))


def main(argv: list[str]) -> int:
    dump = Path(argv[argv.index("--errors") + 1]) if "--errors" in argv else None
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
        times = [t for t in article["timexes"] if t["type"] == "TIME"]
        everything.append((gold, pred, article["doc_id"], times))
        contract.append(([g for g in gold if g["value"] not in VAGUE], pred, article["doc_id"], times))

    n_vague = sum(len(d[0]) for d in everything) - sum(len(d[0]) for d in contract)
    print(f"TBAQ-cleaned: {len(articles)} documents, {sum(len(a['text']) for a in articles):,} characters")
    score(f"contract scope (gold DATEs minus {n_vague} vague PRESENT/PAST/FUTURE_REF)", contract, True, dump)
    score("every gold DATE", everything, False)
    print(f"\ntime: pipeline {total:.2f}s, date component {date_time:.3f}s "
          f"= {100 * date_time / total:.1f}% of pipeline time")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
