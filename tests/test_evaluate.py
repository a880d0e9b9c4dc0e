"""Gold validation and scoring (RECORDS.md sections 6-7) on tiny hand-made records.

Every expected score is computed by hand in the comment above its assertion.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from extractor.cli import main
from extractor.evaluate import (
    Counts,
    GoldError,
    align_entities,
    evaluate,
    is_timex_value,
    load_gold,
    normalize_name,
    score_document,
    validate_gold,
)
from extractor.report import write_html
from extractor.schema import Entity, Record

Capsys = pytest.CaptureFixture[str]


def ent(
    id_: str, label: str, name: str, *aliases: str, mentions: list[tuple[int, int, str]] = ()
) -> dict[str, Any]:
    spans = [{"start": s, "end": e, "text": t} for s, e, t in mentions]
    return {"id": id_, "label": label, "name": name, "aliases": list(aliases), "mentions": spans}


def act(
    type_: str,
    agency: str | None,
    target: str,
    value: str | None = None,
    lifted: bool = False,
    evidence: str | None = None,
) -> dict[str, Any]:
    row: dict[str, Any] = {"type": type_, "agency": agency, "target": target, "lifted": lifted}
    row["date"] = {"text": "x", "value": value, "mod": None} if value else None
    if evidence:
        row["evidence"] = {"start": 0, "end": len(evidence), "text": evidence}
    return row


def own(owner: str, owned: str, percent: float, status: str = "current") -> dict[str, Any]:
    return {"owner": owner, "owned": owned, "percent": percent, "status": status}


def date(
    text: str, value: str | None, mod: str | None = None, start: int | None = None
) -> dict[str, Any]:
    row: dict[str, Any] = {"text": text, "value": value, "mod": mod}
    if start is not None:
        row.update(start=start, end=start + len(text))
    return row


def rec(doc_id: str = "d1", entities=(), actions=(), ownership=(), dates=()) -> Record:
    return Record.model_validate({
        "doc_id": doc_id, "entities": list(entities), "actions": list(actions),
        "ownership": list(ownership), "dates": list(dates),
    })


def prf(counts: Counts) -> tuple[float, float, float, int, int, int]:
    rounded = (round(counts.precision, 4), round(counts.recall, 4), round(counts.f1, 4))
    return (*rounded, counts.tp, counts.fp, counts.fn)


# ------------------------------------------------------------------ names and entities


def test_normalize_name_ignores_case_punctuation_spacing_and_a_leading_the() -> None:
    assert normalize_name("The  U.S. Department of the Treasury") == "us department of the treasury"
    assert normalize_name("SZ DJI Technology Co., Ltd.") == "sz dji technology co ltd"
    assert normalize_name("Theravance") == "theravance"  # only the word "the"


TREASURY_NAME = "U.S. Department of the Treasury"
DJI_NAME = "SZ DJI Technology Co., Ltd."
TREASURY = ent("E1", "AGENCY", TREASURY_NAME, "Treasury")
DJI = ent("E2", "ORG", DJI_NAME, "DJI")


def test_aliases_match_entities_and_the_names_of_actions() -> None:
    gold = rec(entities=[TREASURY, DJI],
               actions=[act("investment_ban", TREASURY_NAME, DJI_NAME, "2021-12-16")])
    # "the Treasury" -> "treasury" = a gold alias; "DJI" = a gold alias.
    pred = rec(entities=[ent("P1", "AGENCY", "the Treasury"), ent("P2", "ORG", "DJI")],
               actions=[act("investment_ban", "the Treasury", "DJI", "2021-12-16")])
    result = score_document(gold, pred)
    # entities: 2 pairs, same labels -> TP 2, FP 0, FN 0
    assert prf(result.areas["entities"]) == (1.0, 1.0, 1.0, 2, 0, 0)
    # action: "the Treasury" -> P1 -> E1 and "DJI" -> P2 -> E2, as the gold's names -> TP 1
    assert prf(result.areas["actions"]) == (1.0, 1.0, 1.0, 1, 0, 0)


def test_a_predicted_alias_may_meet_a_gold_alias() -> None:
    gold = rec(entities=[DJI])
    pred = rec(entities=[ent("P1", "ORG", "DJI Innovations", "DJI")])
    # forms {"dji innovations", "dji"} & {"sz dji technology co ltd", "dji"} = {"dji"} -> TP 1
    assert prf(score_document(gold, pred).areas["entities"]) == (1.0, 1.0, 1.0, 1, 0, 0)


def test_alignment_is_one_to_one_and_prefers_the_same_name() -> None:
    gold = [Entity.model_validate(DJI)]
    pred = [Entity.model_validate(ent("P1", "ORG", "DJI")),
            Entity.model_validate(ent("P2", "ORG", "SZ DJI Technology Co Ltd"))]
    # both share a form with the gold entity; P2 has its normalized name -> P2 wins, P1 unpaired
    assert align_entities(gold, pred) == {1: 0}


def test_a_predicted_name_without_entity_is_looked_up_among_gold_aliases() -> None:
    gold = rec(entities=[TREASURY, DJI], actions=[act("investment_ban", TREASURY_NAME, DJI_NAME)])
    pred = rec(entities=[ent("P1", "AGENCY", "Treasury")],
               actions=[act("investment_ban", "Treasury", "DJI")])
    result = score_document(gold, pred)
    # entities: Treasury TP, DJI FN -> P 1, R 1/2, F1 2/3
    assert prf(result.areas["entities"]) == (1.0, 0.5, 0.6667, 1, 0, 1)
    # action target "DJI" is no predicted entity but a gold alias of E2 -> action TP 1
    assert prf(result.areas["actions"]) == (1.0, 1.0, 1.0, 1, 0, 0)


def test_label_mismatch_is_a_false_positive_and_a_false_negative() -> None:
    gold = rec(entities=[ent("E1", "ORG", "Kharon")])
    pred = rec(entities=[ent("P1", "AGENCY", "Kharon")])
    result = score_document(gold, pred)
    # paired, but labels differ: TP 0, FP 1 (AGENCY), FN 1 (ORG)
    assert prf(result.areas["entities"]) == (0.0, 0.0, 0.0, 0, 1, 1)
    assert prf(result.per_type["entities"]["AGENCY"]) == (0.0, 0.0, 0.0, 0, 1, 0)
    assert prf(result.per_type["entities"]["ORG"]) == (0.0, 0.0, 0.0, 0, 0, 1)
    errors = {(e.kind, e.item) for e in result.errors}
    assert errors == {("FP", "(AGENCY, Kharon)"), ("FN", "(ORG, Kharon)")}


# ------------------------------------------------------------------ actions and ownership

OFAC_NAME = "Office of Foreign Assets Control"
OFAC = ent("E1", "AGENCY", OFAC_NAME, "OFAC")
ACME = ent("E2", "ORG", "Acme Ltd")
BETA = ent("E3", "ORG", "Beta Corp")


def test_actions_are_matched_as_a_multiset() -> None:
    gold = rec(entities=[OFAC, ACME, BETA], actions=[
        act("sanction", OFAC_NAME, "Acme Ltd"),
        act("sanction", OFAC_NAME, "Acme Ltd"),
        act("sanction", OFAC_NAME, "Beta Corp"),
    ])
    pred = rec(entities=[OFAC, ACME, BETA], actions=[
        act("sanction", "OFAC", "Acme Ltd"),
        act("sanction", "OFAC", "Beta Corp"),
        act("sanction", "OFAC", "Beta Corp"),
        act("visa_ban", "OFAC", "Beta Corp"),
    ])
    # gold {Acme x2, Beta x1}; pred {Acme x1, Beta x2, visa Beta x1}
    # TP = min(2,1) + min(1,2) = 2; FP = 4 - 2 = 2; FN = 3 - 2 = 1
    # P = 2/4 = 0.5, R = 2/3 = 0.6667, F1 = 2*0.5*0.6667/1.1667 = 0.5714
    result = score_document(gold, pred)
    assert prf(result.areas["actions"]) == (0.5, 0.6667, 0.5714, 2, 2, 1)
    # per type: sanction TP 2, FP 1, FN 1; visa_ban FP 1
    assert prf(result.per_type["actions"]["sanction"])[3:] == (2, 1, 1)
    assert prf(result.per_type["actions"]["visa_ban"])[3:] == (0, 1, 0)


def test_strict_actions_need_the_date_value_and_relaxed_do_not() -> None:
    gold = rec(entities=[OFAC, ACME, BETA], actions=[
        act("sanction", OFAC_NAME, "Acme Ltd", "2021-12-16"),
        act("sanction", OFAC_NAME, "Beta Corp", None),
    ])
    pred = rec(entities=[OFAC, ACME, BETA], actions=[
        act("sanction", "OFAC", "Acme Ltd", "2021-12-17"),
        act("sanction", "OFAC", "Beta Corp", None),
    ])
    result = score_document(gold, pred)
    # strict: Beta matches (both undated), Acme's date differs -> TP 1, FP 1, FN 1 -> 0.5 each
    assert prf(result.areas["actions"]) == (0.5, 0.5, 0.5, 1, 1, 1)
    # relaxed: both match -> TP 2
    assert prf(result.areas["actions_relaxed"]) == (1.0, 1.0, 1.0, 2, 0, 0)


def test_lifted_is_part_of_the_action() -> None:
    gold = rec(entities=[OFAC, ACME], actions=[act("sanction", OFAC_NAME, "Acme Ltd", lifted=True)])
    pred = rec(entities=[OFAC, ACME], actions=[act("sanction", "OFAC", "Acme Ltd", lifted=False)])
    # lifted differs -> TP 0, FP 1, FN 1, even relaxed
    assert prf(score_document(gold, pred).areas["actions_relaxed"]) == (0.0, 0.0, 0.0, 0, 1, 1)


def test_ownership_compares_percent_rounded_to_two_decimals() -> None:
    hengtong_name, hmn_name = "Jiangsu Hengtong Marine Cable Systems Co., Ltd.", "HMN International Co. Ltd"
    entities = [ent("E1", "ORG", hengtong_name, "Hengtong"), ent("E2", "ORG", hmn_name, "HMN Tech")]
    gold = rec(entities=entities, ownership=[
        own(hengtong_name, hmn_name, 51.0),
        own(hengtong_name, hmn_name, 49.99, "former"),
    ])
    pred = rec(entities=entities, ownership=[
        own("Hengtong", "HMN Tech", 51.004),          # rounds to 51.0 -> TP
        own("Hengtong", "HMN Tech", 49.9, "former"),  # 49.9 != 49.99 -> FP, and the gold row FN
    ])
    # TP 1, FP 1, FN 1 -> P = R = F1 = 0.5
    assert prf(score_document(gold, pred).areas["ownership"]) == (0.5, 0.5, 0.5, 1, 1, 1)


# ------------------------------------------------------------------ dates and mentions


def test_dates_span_value_and_mod() -> None:
    gold = rec(dates=[date("Thursday", "2021-12-16", start=0),
                      date("late 2020", "2020", "END", start=20),
                      date("2017", "2017", start=40)])
    pred = rec(dates=[date("Thursday", "2021-12-16", start=0),   # span, value, mod right
                      date("late 2020", "2020", None, start=20),  # span, value right; mod wrong
                      date("2017", "2016", start=40),             # span right; value wrong
                      date("2019", "2019", start=45)])            # no gold span
    result = score_document(gold, pred)
    # span: TP 3, FP 1, FN 0 -> P 3/4, R 1, F1 = 1.5/1.75 = 0.8571
    assert prf(result.areas["dates_span"]) == (0.75, 1.0, 0.8571, 3, 1, 0)
    # on the 3 matched spans: value right 2 (Thursday, late 2020), value+mod right 1 (Thursday)
    assert (result.dates_matched, result.dates_value_ok, result.dates_value_mod_ok) == (3, 2, 1)
    # dates (span+value+mod): TP 1, FP 4-1 = 3, FN 3-1 = 2
    # P 1/4, R 1/3, F1 = (2/12)/(7/12) = 0.2857
    assert prf(result.areas["dates"]) == (0.25, 0.3333, 0.2857, 1, 3, 2)
    errors = [(e.kind, e.item) for e in result.errors]
    assert [kind for kind, _ in errors] == ["FP", "FP", "FP", "FN", "FN"]
    assert ("FP", "'2017' [40:44] value=2016 mod=None (span matches gold)") in errors
    assert ("FN", "'late 2020' [20:29] value=2020 mod=END (span matches prediction)") in errors


def test_gold_dates_without_offsets_match_by_text_in_order() -> None:
    gold = rec(dates=[date("Thursday", "2021-12-09"), date("Thursday", "2021-12-16")])
    # predictions listed out of text order: the one at 10 is the first "Thursday"
    pred = rec(dates=[date("Thursday", "2021-12-16", start=50),
                      date("Thursday", "2021-12-09", start=10)])
    # gold 1st <-> start 10 (12-09), gold 2nd <-> start 50 (12-16): both values right -> TP 2
    assert prf(score_document(gold, pred).areas["dates"]) == (1.0, 1.0, 1.0, 2, 0, 0)


def test_dates_with_offsets_on_both_sides_never_match_by_text() -> None:
    gold = rec(dates=[date("2020", "2020", start=0)])
    pred = rec(dates=[date("2020", "2020", start=30)])
    # same text, other place -> TP 0, FP 1, FN 1
    assert prf(score_document(gold, pred).areas["dates_span"]) == (0.0, 0.0, 0.0, 0, 1, 1)


def test_mentions_strict_and_partial_only_when_gold_has_them() -> None:
    gold = rec(entities=[ent("E1", "ORG", "Acme Ltd", mentions=[(0, 8, "Acme Ltd"), (20, 24, "Acme")])])
    pred = rec(entities=[
        ent("P1", "ORG", "Acme Ltd", mentions=[(0, 8, "Acme Ltd"), (17, 24, "at Acme"), (40, 44, "Acme")]),
    ])
    result = score_document(gold, pred)
    # strict: (0,8) -> TP 1, FP 2, FN 1 -> P 1/3, R 1/2, F1 = 2*(1/6)/(5/6) = 0.4
    assert prf(result.areas["mentions_strict"]) == (0.3333, 0.5, 0.4, 1, 2, 1)
    # partial: (0,8) and (20,24)~(17,24) -> TP 2, FP 1, FN 0 -> P 2/3, R 1, F1 0.8
    assert prf(result.areas["mentions_partial"]) == (0.6667, 1.0, 0.8, 2, 1, 0)
    # partial still needs the label: the same span as AGENCY is TP 0, FP 1, FN 1
    as_org = rec(entities=[ent("E1", "ORG", "Acme", mentions=[(20, 24, "Acme")])])
    as_agency = rec(entities=[ent("P1", "AGENCY", "Acme", mentions=[(20, 24, "Acme")])])
    assert prf(score_document(as_org, as_agency).areas["mentions_partial"]) == (0.0, 0.0, 0.0, 0, 1, 1)
    # a gold without mentions: not scored at all
    no_mentions = score_document(rec(entities=[ACME]), pred)
    assert no_mentions.mention_documents == 0 and "mentions_strict" not in no_mentions.area_names()


def test_missing_predictions_count_as_misses_and_extra_documents_are_ignored() -> None:
    gold = {"d1": rec("d1", entities=[ACME, BETA])}
    preds = {"other": rec("other", entities=[ACME])}
    result = evaluate(gold, preds)
    # d1: nothing predicted -> FN 2; "other" has no gold -> ignored (no FP)
    assert prf(result.areas["entities"]) == (0.0, 0.0, 0.0, 0, 0, 2)
    assert result.missing_predictions == ["d1"]


# ------------------------------------------------------------------ loading and validation

TEXT_1 = "On 5 January 2022 OFAC sanctioned Acme Ltd."
TEXT_2 = "Commerce added Beta Corp <AT&T> to the Entity List. Beta Corp said nothing."
COMMERCE_NAME = "U.S. Department of Commerce"
COMMERCE = ent("E1", "AGENCY", COMMERCE_NAME, "Commerce")
D2_MISSED_ACTION = (
    f"(export_restriction, lifted=False, agency={COMMERCE_NAME}, target=Beta Corp, date=None)"
)


def gold_1() -> dict[str, Any]:
    return {"doc_id": "d1", "entities": [OFAC, ACME],
            "actions": [act("sanction", OFAC_NAME, "Acme Ltd", "2022-01-05")],
            "dates": [date("5 January 2022", "2022-01-05", start=3)]}


def gold_2() -> dict[str, Any]:
    return {"doc_id": "d2", "entities": [COMMERCE, ent("E2", "ORG", "Beta Corp")],
            "actions": [act("export_restriction", COMMERCE_NAME, "Beta Corp")]}


def write_json(path: Path, data: dict[str, Any]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def write_jsonl(path: Path, rows: list[Any]) -> Path:
    """One line per row; a string row is written as it is (for malformed lines)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = [row if isinstance(row, str) else json.dumps(row) for row in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """corpus/d1, d2; gold/dev/d1.json, gold/test/d2.json; pred.jsonl right on d1, half on d2."""
    for doc_id, text in (("d1", TEXT_1), ("d2", TEXT_2)):
        write_json(tmp_path / "corpus" / f"{doc_id}.json", {"doc_id": doc_id, "text": text})
    write_json(tmp_path / "gold" / "dev" / "d1.json", gold_1())
    write_json(tmp_path / "gold" / "test" / "d2.json", gold_2())
    write_jsonl(tmp_path / "pred.jsonl", [
        {"doc_id": "d1", "entities": [ent("P1", "AGENCY", "OFAC"), ent("P2", "ORG", "Acme Ltd")],
         "actions": [act("sanction", "OFAC", "Acme Ltd", "2022-01-05")],
         "dates": [date("5 January 2022", "2022-01-05", start=3)]},
        {"doc_id": "d2", "entities": [ent("P1", "AGENCY", "Commerce")]},
        {"doc_id": "d3", "entities": [ent("P1", "ORG", "Gamma")]},
    ])
    return tmp_path


def test_load_gold_reads_directories_splits_and_jsonl(project: Path) -> None:
    assert sorted(load_gold(project / "gold")) == ["d1", "d2"]
    assert sorted(load_gold(project / "gold", split="dev")) == ["d1"]
    assert sorted(load_gold(project / "gold" / "test" / "d2.json")) == ["d2"]
    jsonl = write_jsonl(project / "gold2" / "test.jsonl", [gold_1(), gold_2()])
    assert sorted(load_gold(jsonl)) == ["d1", "d2"]
    # gold2/test.jsonl: the split is the file's stem
    assert sorted(load_gold(project / "gold2", split="test")) == ["d1", "d2"]
    assert load_gold(project / "gold2", split="dev") == {}


def test_load_gold_refuses_a_duplicate_doc_id(project: Path) -> None:
    write_json(project / "gold" / "test" / "again.json", gold_1())
    with pytest.raises(GoldError, match="again.json: d1: doc_id: duplicate"):
        load_gold(project / "gold")


@pytest.mark.parametrize("value", ["2021", "2021-12", "2021-12-16", "2021-W50", "2021-Q3",
                                   "2021-FA", "2021-WI", "2021-H2", "199", "19"])
def test_timex_values_accepted(value: str) -> None:
    assert is_timex_value(value)


@pytest.mark.parametrize("value", ["2021-13", "2021-02-30", "2021-W54", "2021-Q5", "2021-AU",
                                   "Q3 2021", "1", "2021-12-16T10:00", "PAST_REF"])
def test_timex_values_refused(value: str) -> None:
    assert not is_timex_value(value)


def test_validate_gold_names_file_doc_and_field_of_each_problem(tmp_path: Path) -> None:
    text = "Acme Ltd was listed on 5 May 2021."
    write_json(tmp_path / "corpus" / "d1.json", {"doc_id": "d1", "text": text})
    bad = {"doc_id": "d1", "entities": [
        ent("E1", "ORG", "Acme Ltd", mentions=[(0, 4, "Acme")]),      # ok
        ent("E1", "ORG", "Beta Corp", mentions=[(0, 4, "Beta")]),     # duplicate id; wrong offsets
        ent("E3", "AGENCY", "Ministry of Trade", "Acme Ltd"),        # alias names E1 too
    ], "actions": [
        act("sanction", "Treasury", "Gamma", "Q3 2021"),             # agency, target unknown; bad value
        {**act("sanction", "Acme Ltd", "Beta Corp"),                  # ORG as agency
         "evidence": {"start": 0, "end": 8, "text": "Beta Ltd"}},    # evidence offsets wrong
    ], "ownership": [own("Delta", "Acme Ltd", 51)],                   # owner unknown
       "dates": [date("5 May 2021", "2021-13", start=23),            # offsets fine, bad value
                 date("5 May 2021", "2021-05-05", start=22),         # offsets wrong
                 {"text": "May", "value": "2021-05", "start": 26}]}  # start without end
    schema_bad = {"doc_id": "d2", "entities": [{"id": "E1", "label": "PERSON", "name": "X"}],
                  "actions": [{"type": "embargo", "target": "X"}]}
    rows = [bad, schema_bad, "{not json", {**bad, "doc_id": "d3"}, bad]
    gold = write_jsonl(tmp_path / "gold" / "dev.jsonl", rows)
    problems = validate_gold([tmp_path / "gold"], tmp_path / "corpus")
    found = {(p.file.removeprefix(str(gold)), p.doc_id, p.field) for p in problems}
    assert found == {
        (":1", "d1", "entities.1.id"),
        (":1", "d1", "entities.1.mentions.0"),
        (":1", "d1", "entities.2"),
        (":1", "d1", "actions.0.agency"),
        (":1", "d1", "actions.0.target"),
        (":1", "d1", "actions.0.date.value"),
        (":1", "d1", "actions.1.agency"),
        (":1", "d1", "actions.1.evidence"),
        (":1", "d1", "ownership.0.owner"),
        (":1", "d1", "dates.0.value"),
        (":1", "d1", "dates.1"),
        (":1", "d1", "dates.2"),
        (":2", "d2", "entities.0.label"),
        (":2", "d2", "actions.0.type"),
        (":3", "-", "-"),                    # not JSON
        (":4", "d3", "doc_id"),              # not in the corpus, so no offsets checked, but:
        (":4", "d3", "entities.1.id"),
        (":4", "d3", "entities.2"),
        (":4", "d3", "actions.0.agency"),
        (":4", "d3", "actions.0.target"),
        (":4", "d3", "actions.0.date.value"),
        (":4", "d3", "actions.1.agency"),
        (":4", "d3", "ownership.0.owner"),
        (":4", "d3", "dates.0.value"),
        (":4", "d3", "dates.2"),
        (":5", "d1", "doc_id"),              # duplicate
    }


def test_gold_validate_command_prints_problems_and_exits_1(project: Path, capsys: Capsys) -> None:
    command = ["gold", "validate", str(project / "gold"), "--corpus", str(project / "corpus")]
    assert main(command) == 0
    assert "2 gold file(s): no problems" in capsys.readouterr().out
    broken = {**gold_2(), "actions": [act("export_restriction", "Commerce Dept", "Beta Corp")]}
    path = write_json(project / "gold" / "test" / "d2.json", broken)
    assert main(command) == 1
    out = capsys.readouterr().out
    assert f"{path}: d2: actions.0.agency: 'Commerce Dept' is not the name of an entity" in out
    assert "1 problem(s) in 2 gold file(s)" in out


# ------------------------------------------------------------------ the evaluate command


def run_evaluate(project: Path, *extra: str, pred: str = "pred.jsonl") -> int:
    return main(["evaluate", "--gold", str(project / "gold"), "--pred", str(project / pred),
                 "--corpus", str(project / "corpus"), *extra])


def run_json(project: Path, capsys: Capsys, *extra: str) -> tuple[int, dict[str, Any]]:
    code = run_evaluate(project, "--json", *extra)
    return code, json.loads(capsys.readouterr().out)  # exactly one JSON object


def test_json_has_every_area_with_counts(project: Path, capsys: Capsys) -> None:
    code, out = run_json(project, capsys)
    assert code == 0
    for area in ("micro", "entities", "actions", "actions_relaxed", "ownership", "dates", "dates_span"):
        assert set(out[area]) == {"precision", "recall", "f1", "tp", "fp", "fn"}, area
    # d1: entities 2 TP, action 1 TP, date 1 TP; d2: entities 1 TP 1 FN, action 1 FN; d3 ignored
    # micro TP 5, FP 0, FN 2 -> P 1, R 5/7 = 0.7143, F1 = 2*0.7143/1.7143 = 0.8333
    assert out["micro"] == {"precision": 1.0, "recall": 0.7143, "f1": 0.8333, "tp": 5, "fp": 0, "fn": 2}
    assert out["per_type"]["entities"]["AGENCY"]["tp"] == 2
    assert "errors" not in out
    _, with_errors = run_json(project, capsys, "--errors")
    assert {(e["doc_id"], e["area"], e["kind"], e["item"]) for e in with_errors["errors"]} == {
        ("d2", "entities", "FN", "(ORG, Beta Corp)"),
        ("d2", "actions", "FN", D2_MISSED_ACTION),
    }


def test_split_restricts_gold_and_predictions(project: Path, capsys: Capsys) -> None:
    # dev = d1 only: entities 2 + action 1 + date 1 = TP 4, nothing wrong
    _, dev = run_json(project, capsys, "--split", "dev")
    assert dev["micro"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0, "tp": 4, "fp": 0, "fn": 0}
    # test = d2 only: entities TP 1 FN 1, action FN 1 -> TP 1, FN 2: P 1, R 1/3, F1 0.5
    _, test = run_json(project, capsys, "--split", "test")
    assert test["micro"] == {"precision": 1.0, "recall": 0.3333, "f1": 0.5, "tp": 1, "fp": 0, "fn": 2}


def test_min_f1_sets_the_exit_status(project: Path, capsys: Capsys) -> None:
    # micro F1 on test is exactly 0.5 (above): not below 0.5, below 0.51
    assert run_json(project, capsys, "--split", "test", "--min-f1", "0.5")[0] == 0
    assert run_json(project, capsys, "--split", "test", "--min-f1", "0.51")[0] == 1


def test_malformed_prediction_lines_are_reported_and_skipped(project: Path, capsys: Capsys) -> None:
    pred = project / "pred.jsonl"
    pred.write_text(pred.read_text() + '{"doc_id": "d9", "entities": [{"id": 1}]}\n{oops\n')
    code = run_evaluate(project, "--json")
    captured = capsys.readouterr()
    assert code == 0 and json.loads(captured.out)["micro"]["tp"] == 5
    assert f"{pred}:4: d9: entities.0.id" in captured.err
    assert f"{pred}:5: -: -: not JSON" in captured.err


def test_evaluate_refuses_bad_gold(project: Path, capsys: Capsys) -> None:
    shifted = {**gold_1(), "dates": [date("5 January", "2022-01-05", start=2)]}
    write_json(project / "gold" / "dev" / "d1.json", shifted)
    code = run_evaluate(project)
    captured = capsys.readouterr()
    assert code == 1 and captured.out == ""
    assert "d1: dates.0: text[2:11] is ' 5 Januar', not '5 January'" in captured.err


def test_errors_list_every_false_positive_and_negative(project: Path, capsys: Capsys) -> None:
    write_jsonl(project / "other.jsonl", [{
        "doc_id": "d2", "entities": [COMMERCE, ent("E2", "ORG", "Beta Corp")],
        "actions": [act("sanction", "Commerce", "Beta Corp", evidence="Commerce added Beta Corp")],
    }])
    assert run_evaluate(project, "--split", "test", "--errors", pred="other.jsonl") == 0
    out = capsys.readouterr().out
    fp = "d2\tactions\tFP\t(sanction, lifted=False, agency=Commerce, target=Beta Corp, date=None)"
    assert fp + "\n\tevidence: 'Commerce added Beta Corp'" in out
    assert f"d2\tactions\tFN\t{D2_MISSED_ACTION}" in out
    assert out.count("\tFP\t") == 1 and out.count("\tFN\t") == 1


# ------------------------------------------------------------------ html


def test_html_report_escapes_text_and_marks_spans(project: Path, capsys: Capsys) -> None:
    page = project / "out" / "report.html"
    assert run_evaluate(project, "--html", str(page)) == 0
    html = page.read_text(encoding="utf-8")
    assert "&lt;AT&amp;T&gt;" in html and "<AT&T>" not in html
    assert '<mark class="DATE" title="DATE 2022-01-05">5 January 2022' in html
    # d2's gold has no offsets: both "Beta Corp" occurrences are marked in the gold column
    # (the prediction has no Beta Corp); "Commerce" is marked once in each column
    section = html[html.index('<section id="d2">'):]
    assert section.count('<mark class="ORG" title="E2 ORG: Beta Corp">Beta Corp') == 2
    assert section.count(">Commerce<span") == 2
    assert "http" not in html  # self-contained


def test_html_writer_escapes_marked_text_and_survives_a_missing_article(tmp_path: Path) -> None:
    gold = {"d2": Record.model_validate(gold_2()),
            "d4": rec("d4", entities=[ent("E1", "ORG", "AT&T", mentions=[(1, 5, "AT&T")])])}
    page = tmp_path / "r.html"
    write_html(page, evaluate(gold, {}), gold, {}, {"d4": "<AT&T>"})
    html = page.read_text(encoding="utf-8")
    marked = '<mark class="ORG" title="E1 ORG: AT&amp;T">AT&amp;T<span class="tag">ORG</span></mark>'
    assert f"&lt;{marked}&gt;" in html
    assert "Article text not found" in html and "No prediction for this article" in html
    assert "<b>FN</b> actions: (export_restriction" in html
