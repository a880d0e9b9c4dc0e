"""The dates component in the full pipeline: spans, values and rejections in sentences.

Each case marks the expected dates inline, `[text|value|mod]` (mod may be left out), so
a case reads as the sentence it tests. The anchor is Friday 2021-12-17 unless given.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from extractor.pipeline import make_doc

ANCHOR = "2021-12-17"
MARK = re.compile(r"\[([^|\]]+)\|([^|\]]*)(?:\|([A-Z]+))?\]")
SEEDS = Path(__file__).resolve().parents[1] / ".." / "shared" / "seeds"


def run(nlp: Language, marked: str, published: str | None = ANCHOR) -> tuple[Doc, list[tuple]]:
    """Process the plain sentence; return the Doc and the expected (text, value, mod)."""
    text = MARK.sub(lambda m: m.group(1), marked)
    expected = [(m.group(1), m.group(2) or None, m.group(3)) for m in MARK.finditer(marked)]
    return nlp(make_doc(nlp, text, published)), expected


def found(doc: Doc) -> list[tuple]:
    return [(s.text, s._.timex_value, s._.timex_mod) for s in doc.spans["dates"]]


SENTENCES = [
    # spans exclude prepositions and possessives, keep modifiers
    "The United States blocked [Thursday|2021-12-16] American investors from the firms.",
    "Since [2017|2017], authorities in Xinjiang have detained up to 1.8 million people.",
    "[Earlier this month|2021-12], the Treasury sanctioned the former president.",
    "Trading will begin on [December 30|2021-12-30], the company said.",
    # a count after a date is no part of it
    "The Commerce Department added [last week|2021-W49] 5 companies based in Turkey to its Entity List.",
    "BIS added 14 entities to the Entity List on [Friday of last week|2021-12-10].",
    # "Today" after an item number opens the item's sentence
    "1. [Today|2021-12-17], the Government of Japan decided to freeze the assets of two entities.",
    # a month abbreviation run into its day (translated)
    "On [Dec.2nd, 2021|2021-12-02], the Commerce Department issued a new rule.",
    "DJI was added to the list in [late 2020|2020|END].",
    "Huawei was listed in [May 2019|2019-05], and in [June 2019|2019-06] five supercomputing firms were added.",
    "The bureau was sanctioned in [July 2020|2020-07] and listed in [October 2019|2019-10].",
    "[Thursday|2021-12-16]'s announcements also follow the movement against SenseTime.",
    "Reuters reported in [January|2021-01] that the patents were granted in [2015|2015].",
    "Two U.S. lawmakers [this fall|2021-FA] called for BGI to be named.",
    "Kharon reported in [2020|2020] that the technology reached Xinjiang.",
    # tense decides the weekday
    "The Senate will vote on the bill on [Tuesday|2021-12-21].",
    "President Biden is expected to sign it [Thursday|2021-12-23].",
    "The panel voted on [Tuesday|2021-12-14] to advance the bill.",
    "The hearing was postponed until [Monday|2021-12-20].",
    # other expressions the model misses or mis-spans
    "Profit rose in [the third quarter|2021-Q3] and in [mid-2021|2021|MID].",
    "Sales fell in [the 1990s|199] and recovered in [the first half of 2020|2020-H1].",
    "The company was listed [last week|2021-W49] and delisted [yesterday|2021-12-16].",
    "The rules take effect [next year|2022] after a review [last month|2021-11].",
    "Exports fell sharply [two years ago|2019].",
    "The order was signed on [Dec. 16, 2021|2021-12-16] and published [16 December 2021|2021-12-16].",
    "The firm was founded on [2019-05-03|2019-05-03].",
    # official layouts: a weekday date with its year, abbreviated months, numeric dates in the text's order
    "Federal Register / Vol. 85, No. 184 / [Tuesday, September 22, 2020|2020-09-22] / Rules",
    "DOB [22 Jul 1981|1981-07-22]; Organization Established Date [14 Mar 2012|2012-03-14].",
    "Date designated: [17/06/2021|2021-06-17]. Last Updated: [08/11/2021|2021-11-08].",
    "Date of listing: [03.07.2021|2021-07-03]",
    # numbers that are no years
    "The measures enforce United Nations Security Council resolution 2231 and cover row 1041 of the annex.",
    "The talks collapsed [last spring|2020-SP] and resumed [this summer|2021-SU].",
    "Imports will be banned from [early 2022|2022|START].",
    "The company reported a loss for [the fourth quarter|2021-Q4]; a year earlier it made a profit.",
    # rejections: durations, ages, sets, times of day, vague references, numbers, modal "may"
    "The ban has lasted three years and will run for the next two weeks.",
    "He was 45 years old when he joined the ministry.",
    "The agency reviews the list every year and publishes it annually.",
    "The meeting ended at 5 p.m. and resumed this morning.",
    "Sanctions are now in force and have recently been extended, as in recent years.",
    "The firm holds a 51% stake worth 1.8 million dollars.",
    "The ministry may march ahead with the plan.",
    "Over the past decade, exports grew for decades.",
    # an infinitive under a plain past verb tells of that past, not of the future
    "Crowds gathered to mark the country's accession on [Wednesday|2021-12-15].",
    "The bank agreed to buy the insurer in [March|2022-03].",
    # an announced date lies either side of the clause: the nearest one
    "The ministry created a new sanctions office, effective [Feb. 1|2022-02-01].",
    # a participle after its noun is past; "since" reaches a date before its noun
    "Revenue for [the quarter|2021-Q4] ended [Sept. 30|2021-09-30] rose.",
    "The ban was imposed on [June 30|2021-06-30], months after the decision taken [March 31|2021-03-31].",
    "Police have searched for him since shortly after the [Oct. 23|2021-10-23] attack.",
    "A summit set for [April|2022-04] will review the measures.",
    # a determiner of the noun the date modifies is not in the span
    "The [third-quarter|2021-Q3] loss was smaller than expected.",
    # results reporting: the year-ago period, that year's period, the latest period
    "Profit rose in [the third quarter|2021-Q3] from [the year-ago period|2020-Q3].",
    "Profit rose in [the third quarter|2021-Q3]; in [the 2020 period|2020-Q3] it fell.",
    # a quarter still to come is not the one "a year earlier" refers to
    # names, sets, someone's year, a twelve-month period: not dates
    'The minister said on ABC\'s "This Week" that sanctions would stay.',
    # after a dateline's dash the text begins: "Today" there is the day, not a paper's name
    "WASHINGTON, D.C. – [Today|2021-12-17], the Treasury designated two traders.",
    "Ferries leave each Thursday and on Tuesday nights.",
    "It has not been the exporter's year, and for the year ended [March 31|2021-03-31] sales fell.",
    "Today's youth trade differently; the leaders of tomorrow may too.",
    "The court hearing is set for [the week of Jan. 10|2022-W02].",
    # a present clause schedules: the weekday ahead, the nearer month
    "The two envoys meet separately [Monday|2021-12-20] with the minister.",
    "The ministers are meeting [Tuesday|2021-12-21] in Brussels.",
    "The appeal is heard in [March|2022-03] by the full court.",
    # a clock time's preposition governs the day
    "The agency gave the bank until 9 a.m. [Tuesday|2021-12-21] to respond.",
    "The regulator has given the firm until noon [Monday|2021-12-20] to reply.",
    # an end point reached through "through" lies ahead unless the verb is a plain past
    "The lenders have extended the credit line through [January|2022-01].",
    "The program ran through [January|2021-01].",
    # the time clause of a future (or reported future) clause follows it
    "The fund said it would sell the shares as soon as trading opened [Monday|2021-12-20].",
    # ... but a past form under "will" tells of the past
    "The shipowner will sell its stake after the State Department designated the venture on [Wednesday|2021-12-15].",
    # a year after a law's name and a comma is part of the name
    "The visa ban falls under the Related Programs Appropriations Act, 2023, the department said.",
    "The holder said it would review its stake after Britain sanctioned the operator on [Wednesday|2021-12-15].",
    # a past plan's object is the planned event: after the planning
    "Exiles planned a large rally on [Sunday|2021-12-19] outside the embassy.",
    # "may have been": an inference about the past
    "Worries may have been behind the fall in the stock on [Wednesday|2021-12-15].",
    # an infinitive that is the subject of a past verb is not ahead of it
    "To be named on [Monday|2021-12-13] was a surprise to the firm.",
    # next month with no tense in the clause: ahead, not eleven months back
    "Orders for [January|2022-01] deliveries were placed by exporters.",
    "Refiners were told of a sharp cut in supply for [January|2022-01].",
    # years inside the names and numbers of legal instruments are not dates
    "Beijing invoked the 2021 Anti-Foreign Sanctions Law against the firm.",
    "The ministry issued announcement No. 9 of 2024 on the export ban.",
    "The firm was designated under Executive Order 13846 and Resolution 1973.",
    "The listing cites the 2017 Countering America's Adversaries Through Sanctions Act.",
    "The law was adopted in [2021|2021] and amended in [June 2022|2022-06].",
    # the year before the month (translated Chinese order)
    "Its customer has already since [2020 December|2020-12] been listed into the entity list by US.",
    # a long schedule's item numbers are not years; a year opening a line stays one
    "Schedule 1 is amended by adding the following:\n1702 Orsk Media LLC\n1703 Neva Cloud JSC\n"
    "[2019|2019] brought the first listings.",
    # an address number is not a year
    "The additions are: Qinghe Photonics Co., Ltd., Room 1201, No. 28 Fucheng Road, Beijing.",
    # "Dec. 14 last year"
    "On [Dec. 14 last year|2020-12-14], Washington imposed sanctions on the agency.",
    # a day of the month alone (translated Chinese reports), not an ordinal before a noun
    "The ministry on [14th|2021-12-14] local time announced the measures.",
    "The ministry said on the [3rd|2021-12-03] that it would act on the [30th|2021-12-30].",
    "The ministers agreed on the 14th package and finished 3rd in the vote.",
    # a noun the parser misread as a bare verb with no subject takes the tense of the clause it hangs on
    "The Treasury added Huaxia Aerospace to its Chinese military-industrial complex companies list on "
    "[Thursday|2021-12-16], barring American investors from buying its securities.",
]


@pytest.mark.parametrize("marked", SENTENCES)
def test_sentence(nlp: Language, marked: str) -> None:
    doc, expected = run(nlp, marked)
    dates = [d for d in found(doc) if d[0] != "a year earlier"]
    assert dates == expected


def test_previous_weekday_counts_from_the_date_under_discussion(nlp: Language) -> None:
    doc, expected = run(nlp, "Shares closed [Friday|2021-12-17] down 4% from [the previous Friday|2021-12-10].", "2021-12-20")
    assert found(doc) == expected


def test_a_year_earlier_skips_a_quarter_still_to_come(nlp: Language) -> None:
    doc, _ = run(nlp, "Sales rose in the third quarter; the firm expects a fourth-quarter charge. "
                      "Sales were lower a year earlier.")
    assert found(doc) == [("the third quarter", "2021-Q3", None), ("fourth-quarter", "2021-Q4", None),
                          ("a year earlier", "2020-Q3", None)]


def test_a_year_earlier_follows_a_longer_period_once_named(nlp: Language) -> None:
    doc, _ = run(nlp, "Net income fell in the third quarter from a year earlier. For the nine months, "
                      "profit rose from a year earlier. In the quarter, sales were flat.")
    assert found(doc) == [("the third quarter", "2021-Q3", None), ("a year earlier", "2020-Q3", None),
                          ("a year earlier", "2020", None), ("the quarter", "2021-Q3", None)]


def test_a_background_quarter_is_not_the_one_discussed(nlp: Language) -> None:
    doc, _ = run(nlp, "Profit rose in the third quarter. After a weak second quarter, the firm "
                      "cut costs; profit was lower a year earlier.")
    assert ("a year earlier", "2020-Q3", None) in found(doc)


def test_stray_word_before_a_date_is_dropped(nlp: Language) -> None:
    doc, _ = run(nlp, "He fled after a coup d'etat last year.")
    assert ("last year", "2020", None) in found(doc)


def test_year_earlier_follows_the_quarter_under_discussion(nlp: Language) -> None:
    doc, _ = run(nlp, "Net income fell in the third quarter. A year earlier, it rose 5%.")
    assert found(doc) == [("the third quarter", "2021-Q3", None), ("A year earlier", "2020-Q3", None)]


def test_dateline_is_a_date(nlp: Language) -> None:
    doc, expected = run(nlp, "LONDON, [March 6|2022-03-06] (Reuters) - The UK froze the assets.", "2022-03-07")
    assert found(doc) == expected


def test_relative_dates_without_anchor_are_null(nlp: Language) -> None:
    doc, expected = run(nlp, "The firm was listed [Thursday|] and in [July 2020|2020-07].", None)
    assert found(doc) == expected


def test_spans_are_sorted_and_disjoint(nlp: Language) -> None:
    doc, _ = run(nlp, "On Thursday, December 16, 2021, and in late 2020 and mid-2021, the "
                      "Treasury acted; the third quarter, last week and yesterday too.")
    spans = list(doc.spans["dates"])
    assert spans == sorted(spans)
    assert all(a.end <= b.start for a, b in zip(spans, spans[1:]))


def test_extensions_hold_plain_data(nlp: Language) -> None:
    doc, _ = run(nlp, "The list was updated on Thursday.")
    span = doc.spans["dates"][0]
    assert isinstance(span._.timex_value, str) and span._.timex_mod is None


def test_seed_article_dates(nlp: Language) -> None:
    """Every date of the seed article (published Friday 2021-12-17)."""
    text = next(SEEDS.glob("*.txt")).read_text("utf-8")
    doc = nlp(make_doc(nlp, text, ANCHOR))
    dates = found(doc)
    assert dates.count(("Thursday", "2021-12-16", None)) == 8
    expected = [
        ("2017", "2017", None), ("Earlier this month", "2021-12", None),
        ("earlier this month", "2021-12", None), ("December 30", "2021-12-30", None),
        ("late 2020", "2020", "END"), ("July 2020", "2020-07", None),
        ("October 2019", "2019-10", None), ("July 2021", "2021-07", None),
        ("June 2020", "2020-06", None), ("June 2019", "2019-06", None),
        ("January", "2021-01", None), ("2015", "2015", None), ("this fall", "2021-FA", None),
        ("2020", "2020", None),
    ]
    for date in expected:
        assert date in dates, date
    assert {d for d in dates if d[0] != "Thursday"} == set(expected)


def test_age_decades_and_generic_today_are_not_dates(nlp: Language) -> None:
    doc, _ = run(nlp, "She married him when he was in his 30s. Today's youth see it differently.")
    assert found(doc) == []
