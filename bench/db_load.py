"""How fast `extractor load` fills SQLite: 20,000 synthetic records of realistic size.

Each record has ~10 entities (an alias and ~3 mentions each), ~5 actions, ~1 stake and
~8 dates, as the pipeline writes for a news article. Target: under a minute for the first
load. The second load replaces every article (the idempotent path: delete, then insert).

    .venv/bin/python bench/db_load.py [--records N] [--db URL]
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from pathlib import Path

from extractor.db import load_records_file
from extractor.schema import ACTION_TYPES, Record


def synthetic_record(i: int, rng: random.Random) -> Record:
    """One article's record with entity, action, stake and date counts around the averages."""
    names = [f"Company {i}-{k} Technology Co., Ltd." for k in range(rng.randint(8, 12))]
    agency = "U.S. Department of Commerce"
    entities = [
        {"id": "E1", "label": "AGENCY", "name": agency, "aliases": ["Commerce Department"],
         "mentions": [{"start": 100, "end": 119, "text": "Commerce Department"}]},
    ] + [
        {"id": f"E{k + 2}", "label": "ORG", "name": name, "aliases": [f"C{i}-{k}"],
         "mentions": [{"start": 200 * m, "end": 200 * m + len(name), "text": name}
                      for m in range(rng.randint(1, 5))]}
        for k, name in enumerate(names)
    ]
    year = rng.randint(2018, 2024)
    actions = [
        {"type": rng.choice(ACTION_TYPES), "agency": agency, "target": rng.choice(names),
         "date": {"text": "Thursday", "value": f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"},
         "lifted": rng.random() < 0.1,
         "evidence": {"start": 3900, "end": 4050, "text": "On Thursday the Commerce Department added " * 3}}
        for _ in range(rng.randint(3, 7))
    ]
    ownership = [
        {"owner": names[0], "owned": rng.choice(names[1:]), "percent": rng.choice([10.0, 49.9, 51.0, 100.0]),
         "evidence": {"start": 10, "end": 90, "text": "holds a 51 percent stake in its subsidiary"}}
        for _ in range(rng.randint(0, 2))
    ]
    dates = [
        {"start": 50 * d, "end": 50 * d + 9, "text": "late 2020", "value": str(year), "mod": "END"}
        for d in range(rng.randint(6, 10))
    ]
    return Record.model_validate({
        "doc_id": f"bench-{i:06d}", "published": f"{year}-06-01",
        "entities": entities, "actions": actions, "ownership": ownership, "dates": dates,
    })


def timed_load(path: Path, url: str, n: int, label: str) -> None:
    start, cpu = time.perf_counter(), time.process_time()
    summary = load_records_file([path], url)
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    assert summary.loaded == n and not summary.malformed, summary.line()
    # CPU time too: on a busy machine the wall clock measures the neighbours as well.
    print(f"{label}: {n} records in {seconds:.1f} s ({n / seconds:,.0f} records/s; {cpu:.1f} s CPU)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--records", type=int, default=20_000)
    parser.add_argument("--db", help="database URL (default: a temporary SQLite file)")
    args = parser.parse_args()

    rng = random.Random(8)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "records.jsonl"
        with path.open("w", encoding="utf-8") as out:
            for i in range(args.records):
                out.write(synthetic_record(i, rng).model_dump_json() + "\n")
        url = args.db or f"sqlite:///{tmp}/records.db"
        print(f"{path.stat().st_size / 1e6:.0f} MB of JSONL -> {url}")
        timed_load(path, url, args.records, "first load")
        timed_load(path, url, args.records, "reload (replaces every article)")


if __name__ == "__main__":
    main()
