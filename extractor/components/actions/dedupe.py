"""The document's rows made unique (`_dedupe`, the last step of the document pass): one row per
action, a row without agency merged into the named body's, a parent body's row into its sub-body's."""

from __future__ import annotations

from .dates import within


def _dedupe(rows: list[dict], country: dict[str, str], part_of: dict[str, str]) -> list[dict]:
    """One row per (type, agency, target, date, lifted). A dateless row is dropped when the
    same action has a dated one (a later sentence that names the targets of a dated lead); a
    row without agency is dropped when a body of the same country (or of any, when no country
    acted) is named for the same measure on the same target, on the same date or one inside its
    coarser date ("The United States last week sanctioned 11 companies ... OFAC designated A, B on
    April 29 ..."), and lends that row its date (not to a row set apart: "Separately, OFAC ...").
    A parent body's row gives way to its sub-body's for the same action ("The EU on Monday imposed
    sanctions on seven entities. The Council ... listed the entities ...")."""
    named = {}
    for r in rows:
        if r["agency"] is not None:
            named.setdefault((r["type"], r["target"], r["lifted"]), []).append(r)
    kept = []
    for r in rows:
        same = named.get((r["type"], r["target"], r["lifted"]), []) if r["agency"] is None else []
        value = (r["date"] or {}).get("value")
        place = r.pop("actor_country", None)
        # (not a row dated from another event, "the following month", whose day is unknown: decision 23)
        compatible = [o for o in same if (value is None or (o["date"] or {}).get("value") in (None, value)
                                          or within((o["date"] or {}).get("value"), value))
                      and (place is None or country.get(o["agency"]) in (None, place))
                      and not (o["date"] is not None and o["date"]["value"] is None and value is not None)]
        if not compatible:
            kept.append(r)
            continue
        for other in compatible:  # (not to "Separately, OFAC designated X": not necessarily that day)
            if other["date"] is None and r["date"] is not None and not other.get("apart"):
                other["date"] = r["date"]
    by_part = {(r["type"], part_of[r["agency"]], r["target"], (r["date"] or {}).get("value"), r["lifted"])
               for r in kept if r["agency"] in part_of}
    rows = [r for r in kept
            if (r["type"], r["agency"], r["target"], (r["date"] or {}).get("value"), r["lifted"]) not in by_part]
    seen: set[tuple] = set()
    dated = {(r["type"], r["agency"], r["target"], r["lifted"]) for r in rows if r["date"] and r["date"].get("value")}
    out = []
    for row in rows:
        row.pop("apart", None)
        key = (row["type"], row["agency"], row["target"], (row["date"] or {}).get("value"), row["lifted"])
        if key[3] is None and (key[0], key[1], key[2], key[4]) in dated:
            continue
        if key not in seen:
            seen.add(key)
            out.append(row)
    return out
