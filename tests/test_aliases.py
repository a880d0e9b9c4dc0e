"""Alias resolution (RECORDS.md section 2, `entities`): one entity per real-world entity.

`name` is the fullest form the article uses (agencies: the canonical name), `aliases` the
other forms, and every mention satisfies text[start:end] == mention text. Sentences are
written for these tests (news style); most companies are invented.
"""

from __future__ import annotations

import re

import pytest

from extractor.pipeline import make_doc


def run(nlp, text, published=None):
    return nlp(make_doc(nlp, text, published))


def entities(nlp, text, published=None):
    return run(nlp, text, published)._.entities


def holders(ents, forms):
    """The entities with a mention whose text is one of `forms`."""
    return [e for e in ents if any(m["text"] in forms for m in e["mentions"])]


# -- stated aliases: parentheses, "also known as", "formerly known as", "under the name" -------
STATED = [
    # "known as the Big Fund", with the article
    ("The China Integrated Circuit Industry Investment Fund, known as the Big Fund, holds 11.6% of the firm. The "
     "Big Fund declined to comment.", "China Integrated Circuit Industry Investment Fund", "Big Fund"),
    ("Among the intermediaries is Blue Lagoon Trading FZE, of Dubai, which also operates under the name Blue "
     "Lagoon General Trading.", "Blue Lagoon Trading FZE", "Blue Lagoon General Trading"),
    ("The Commerce Department added the Academy of Military Medical Sciences (AMMS) to the Entity List. "
     "AMMS uses biotechnology to support the military, officials said.",
     "Academy of Military Medical Sciences", "AMMS"),
    ("Qinghe Photonics Co., Ltd. (QPC) said it would appeal. QPC has supplied lasers to research institutes.",
     "Qinghe Photonics Co., Ltd.", "QPC"),
    ("The Ministry of Industry and Information Technology (MIIT) issued new guidance to chipmakers. "
     "MIIT said the rules apply from March.", "Ministry of Industry and Information Technology", "MIIT"),
    ("The Treasury sanctioned Norland Cable Holdings Ltd., also known as Norcab, on Monday. "
     "Norcab denied wrongdoing.", "Norland Cable Holdings Ltd.", "Norcab"),
    ("Harbin Aurora Sensors Limited, formerly known as Aurora Instruments, was added to the list. "
     "Aurora Instruments had sold sensors to the navy.", "Harbin Aurora Sensors Limited", "Aurora Instruments"),
    ("Dawning Information Industry Co., which operates under the name Sugon, was added to the list. "
     "Sugon makes supercomputers.", "Dawning Information Industry Co.", "Sugon"),
    ("Qinghe Photonics Co., Ltd., which trades under the name Qinghe Laser, was named. "
     "Qinghe Laser said it would comply.", "Qinghe Photonics Co., Ltd.", "Qinghe Laser"),
    ("Prosecutors said Silverpine Trading LLC, a.k.a. Pinewood Exports, shipped the parts. "
     "Pinewood Exports is registered in Dubai.", "Silverpine Trading LLC", "Pinewood Exports"),
    ("Harbin Aurora Sensors Limited, also known as Harbin Aurora Instruments (HAI), was added. "
     "HAI sold sensors to Iran.", "Harbin Aurora Sensors Limited", "HAI"),
    ("Hubei Lantian Chemical Technology Co., Ltd., which trades online as Lantian Pharm, was charged. "
     "Lantian Pharm sold precursors.", "Hubei Lantian Chemical Technology Co., Ltd.", "Lantian Pharm"),
]

# -- later short forms of an earlier full name -----------------------------------------------
SHORT_FORMS = [
    # a short form that is also an English adverb, opening a sentence
    ("OFAC designated Skyward Aerial Robotics Ltd. on Thursday. Skyward, in which a state fund holds 14.6%, said its "
     "drones were civilian.", "Skyward Aerial Robotics Ltd.", "Skyward"),
    # the name without its legal form in front ("OOO X" / "X")
    ("OFAC on Friday designated OOO Stanko-Tekhmash. Stanko-Tekhmash did not respond.", "OOO Stanko-Tekhmash",
     "Stanko-Tekhmash"),
    # a name with "+" ("En+"), its short form opening a sentence (tagged as punctuation)
    ("The Treasury sanctioned its parent Ex+ Group plc on Friday. Ex+ owns 48% of the smelter.", "Ex+ Group plc", "Ex+"),
    # a short form with an organization word goes to the name that has it, not to a namesake's short form
    ("OFAC designated Severatom Mining Holding JSC. Severatom said it would appeal. Its Dutch arm, Severatom "
     "International B.V., is not listed. Severatom International declined to comment.",
     "Severatom International B.V.", "Severatom International"),
    ("SZ DJI Technology Co., Ltd. was named in the order. DJI said it was not a military company.",
     "SZ DJI Technology Co., Ltd.", "DJI"),
    ("Hikvision Digital Technology Co., Ltd. was also named. A Hikvision spokesman said the company "
     "respected human rights.", "Hikvision Digital Technology Co., Ltd.", "Hikvision"),
    ("BGI Group said its genomics work was civilian. BGI has denied links to the military.", "BGI Group", "BGI"),
    ("Yitu Limited, a Shanghai start-up, was added to the list. Yitu said it would appeal.",
     "Yitu Limited", "Yitu"),
    ("Zhejiang Dahua Technology Co., Ltd. said it would challenge the listing. "
     "Dahua has denied the allegations.", "Zhejiang Dahua Technology Co., Ltd.", "Dahua"),
    ("The Commerce Department's BIS said Kessler Präzisionstechnik GmbH had re-exported lathes. "
     "Kessler said it had followed German law.", "Kessler Präzisionstechnik GmbH", "Kessler"),
    ("The Commerce Department said Norland Cable Holdings Ltd. had supplied Huawei. "
     "Norland Cable said it would appeal.", "Norland Cable Holdings Ltd.", "Norland Cable"),
    ("The Treasury Department said on Monday it had sanctioned the network. The Treasury said the brokers "
     "had moved $40 million.", "U.S. Department of the Treasury", "Treasury"),
    ("The European Union imposed an asset freeze on the airline. The EU said the package was its largest.",
     "European Union", "EU"),
]

# -- accent and transliteration variants -------------------------------------------------------
ACCENTS = [
    ("The list includes Léon Technology Co., Ltd. of Shanghai. Leon Technology said it complied with the law.",
     "Léon Technology Co., Ltd.", "Leon Technology"),
    ("Shanghai-based Leon Technology Co., Ltd. was named on Tuesday. Léon, as the company is known locally, "
     "said it would appeal.", "Leon Technology Co., Ltd.", "Léon"),
    ("The firm Zhōnghé Robotics Ltd. said Zhonghe Robotics had never sold to the army.",
     "Zhōnghé Robotics Ltd.", "Zhonghe Robotics"),
    # a hyphenated short form the model took for a person
    ("Velmora Money Exchange (Al-Barq) is a Yemen-based exchange house. Treasury said Al-Barq moved the cash.",
     "Velmora Money Exchange", "Al-Barq"),
]

LINKED = STATED + SHORT_FORMS + ACCENTS


@pytest.mark.parametrize("text,name,alias", LINKED, ids=[c[2] for c in LINKED])
def test_alias_joins_the_fullest_name(nlp, text, name, alias):
    ents = entities(nlp, text)
    found = holders(ents, {name, alias})
    assert [e["name"] for e in found] == [name], [(e["name"], e["aliases"]) for e in ents]
    assert alias in found[0]["aliases"]
    # every standalone occurrence of the alias (not inside a longer mention) is a mention
    longer = [(m["start"], m["end"]) for m in found[0]["mentions"] if m["text"] != alias]
    expected = {o.start() for o in re.finditer(rf"(?<!\w){re.escape(alias)}(?!\w)", text)
                if not any(s <= o.start() < e for s, e in longer)}
    assert {m["start"] for m in found[0]["mentions"] if m["text"] == alias} == expected


# -- one entity per real-world entity: similar names stay apart -------------------------------
DISTINCT = [
    # an organization word the fuller name lacks: two companies, though both go by "Severatom"
    ("OFAC designated Severatom Mining Holding JSC. Severatom said it would appeal. Its Dutch arm, Severatom "
     "International B.V., is not listed. Severatom International declined to comment.",
     ["Severatom Mining Holding JSC", "Severatom International B.V."]),
    ("Qinghe Photonics Co., Ltd. and Qinghe Optics Co., Ltd. were both added to the list. "
     "Qinghe Optics said it was a separate company.",
     ["Qinghe Photonics Co., Ltd.", "Qinghe Optics Co., Ltd."]),
    ("China Electronics Technology Group Corporation (CETC) and China Electronics Corporation were named. "
     "CETC denied the claims.",
     ["China Electronics Technology Group Corporation", "China Electronics Corporation"]),
    ("The Treasury sanctioned Norland Cable Holdings Ltd. and its subsidiary Norland Cable Shipping Ltd. "
     "on Monday.", ["Norland Cable Holdings Ltd.", "Norland Cable Shipping Ltd."]),
    ("Baltic Gear Trading Ltd. and Baltic Fibre Co., Ltd. were both named. Baltic Fibre said it would appeal.",
     ["Baltic Gear Trading Ltd.", "Baltic Fibre Co., Ltd."]),
    ("Huawei Technologies Co., Ltd. and Huawei Device Co., Ltd. were both named. "
     "Huawei Device said it would appeal.", ["Huawei Technologies Co., Ltd.", "Huawei Device Co., Ltd."]),
    ("The Treasury said OFAC had designated the network. OFAC said the brokers used front companies.",
     ["U.S. Department of the Treasury", "Office of Foreign Assets Control"]),
    ("The Commerce Department's Bureau of Industry and Security (BIS) added the firm to the list. "
     "The Department of Commerce did not elaborate.",
     ["U.S. Department of Commerce", "Bureau of Industry and Security"]),
    # a sentence-opening "When" is no part of the name; the university is not the company's short form
    ("When Wuhan Velmora Remote Sensing Co., Ltd. was added to the list, it said nothing. Velmora, spun out of "
     "Wuhan University in 2016, denied it.", ["Wuhan Velmora Remote Sensing Co., Ltd.", "Wuhan University"]),
]



#: Terms a filing defines: a short name is an alias; a role ("the Vendor") names the company but is no name.
DEFINED = [
    ('Kowloon Bay Finance Company Limited ("KBF") waived its right. KBF holds 16%.',
     "Kowloon Bay Finance Company Limited", ["KBF"], []),
    ('The board of Tsing Yi Marine Holdings Limited (the "Company", together with its subsidiaries, the "Group") '
     'announces that Tsing Yi Leasing (BVI) Limited ("TY BVI" or the "Vendor") sold shares. The Vendor said the '
     'Group would gain.', "Tsing Yi Leasing (BVI) Limited", ["TY BVI"], ["Vendor"]),
    ('"the Company", "Hexi Inertial" | Xi\'an Hexi Inertial Technology Co., Ltd.\n"BIS" | the Bureau of Industry and '
     'Security\n\nBIS added the Company to the Entity List.', "Xi'an Hexi Inertial Technology Co., Ltd.",
     ["Hexi Inertial"], ["Company"]),
    # the short name of the whole "X of Y": the office, not the department
    ('The Office of Foreign Assets Control of the United States Department of the Treasury ("OFAC") acted.',
     "Office of Foreign Assets Control", ["OFAC"], []),
]


@pytest.mark.parametrize("text,name,aliases,roles", DEFINED, ids=[c[1] for c in DEFINED])
def test_defined_terms(nlp, text, name, aliases, roles):
    ents = entities(nlp, text)
    entity = next(e for e in ents if e["name"] == name)
    assert entity["aliases"] == aliases, [(e["name"], e["aliases"]) for e in ents]
    mentions = [m["text"] for m in entity["mentions"]]
    assert all(r in mentions for r in roles), mentions
    assert not any(e["name"] in roles + ["Group", "Disposal"] for e in ents), [e["name"] for e in ents]


def test_the_name_is_not_the_form_in_capitals(nlp):
    ents = entities(nlp, "TSING YI MARINE HOLDINGS LIMITED\n\nThe board of Tsing Yi Marine Holdings Limited announces "
                         "its results.")
    assert [e["name"] for e in ents] == ["Tsing Yi Marine Holdings Limited"], ents


def test_a_role_defined_for_a_deal_is_no_organization(nlp):
    ents = entities(nlp, 'Lamma Shipping Limited bought the shares at US$18.6 million (the "Disposal"). The '
                         'Disposal is a discloseable transaction.')
    assert [e["name"] for e in ents] == ["Lamma Shipping Limited"], ents


def test_a_demonym_is_no_short_form_of_a_name(nlp):
    ents = entities(nlp, "Georgian Business Week reported that Rioni Energy Holdings LLC, a Georgian holding "
                         "company, was listed. The Georgian holding is 75% owned by Kolkhida Investments Ltd.")
    paper = next(e for e in ents if e["name"] == "Georgian Business Week")
    assert paper["aliases"] == [] and len(paper["mentions"]) == 1, paper


@pytest.mark.parametrize("text", [
    "| 3. | Saratov Technical Gases JSC | Address: Saratov, Russian Federation |",
    "Kambarka Munitions Works LLC was listed. Address: Kambarka; registration number 1021800001.",
])
def test_a_place_in_an_address_is_no_short_form(nlp, text):
    entity = entities(nlp, text)[0]
    assert entity["aliases"] == [] and len(entity["mentions"]) == 1, entity


def test_a_place_describing_a_unit_is_no_short_form(nlp):
    text = "Orion Metals Corp sells through its Moscow trading arm. Its shares trade on the Moscow Exchange."
    exchange = next(e for e in entities(nlp, text) if e["name"] == "Moscow Exchange")
    assert exchange["aliases"] == [] and len(exchange["mentions"]) == 1, exchange


@pytest.mark.parametrize("text,names", DISTINCT, ids=[c[1][1] for c in DISTINCT])
def test_similar_names_stay_separate_entities(nlp, text, names):
    ents = entities(nlp, text)
    by_name = {e["name"]: e for e in ents}
    assert all(n in by_name for n in names), [(e["name"], e["aliases"]) for e in ents]
    for n in names:
        others = set(names) - {n}
        assert not others & set(by_name[n]["aliases"]), by_name[n]


@pytest.mark.parametrize("text,short,name", [
    # a short form names a company introduced before it, not one named later
    ("Canada sanctioned Varyag Security Group LLC on Monday. Varyag had been designated by OFAC in January. Its "
     "affiliate, Varyag Levant SARL, was not listed.", "Varyag", "Varyag Security Group LLC"),
    # of several, the first introduced: news names its lead company first
    ("BIS added Qinghe Photonics Co., Ltd. and Qinghe Optical (Shenzhen) Co. to the Entity List. Qinghe said it "
     "would appeal.", "Qinghe", "Qinghe Photonics Co., Ltd."),
])
def test_a_short_form_names_the_company_introduced_first(nlp, text, short, name):
    doc = run(nlp, text)
    start = text.rindex(f". {short} ") + 2  # (the mention in the sentence after the names)
    named = [e.kb_id_ for e in doc.ents if e.start_char == start]
    assert named == [name], named


# -- invariants on every record ---------------------------------------------------------------
TRICKY = [
    "WASHINGTON —  The U.S. Commerce Department’s Bureau of Industry and Security added Zhōnghé Robotics Ltd. "
    "to the list.\n\nZhōnghé said it would appeal.",
    "The Treasury’s Office of Foreign Assets Control (OFAC) sanctioned “Léon Technology Co., Ltd.” on Monday.  "
    "Léon denied it.",
    "HM Treasury’s Office of Financial Sanctions Implementation\nfined Norland Cable Holdings Ltd. £1.2 million.",
]
INVARIANT_TEXTS = TRICKY + [c[0] for c in LINKED] + [c[0] for c in DISTINCT]


def test_mentions_match_text_and_ents_carry_entity_name(nlp):
    for text in INVARIANT_TEXTS:
        doc = run(nlp, text, "2023-05-01")
        names = {e["name"] for e in doc._.entities}
        assert len(names) == len(doc._.entities), f"two entities share a name in {text!r}"
        seen: list[tuple[int, int]] = []
        for e in doc._.entities:
            assert e["label"] in {"ORG", "AGENCY"} and e["name"] and e["name"] not in e["aliases"]
            for m in e["mentions"]:
                assert text[m["start"]:m["end"]] == m["text"], (text, m)
                assert not any(s < m["end"] and m["start"] < t for s, t in seen), (text, m)
                seen.append((m["start"], m["end"]))
        for ent in doc.ents:
            if ent.label_ in {"ORG", "AGENCY"}:
                assert ent.kb_id_ in names, (text, ent.text, ent.kb_id_)

