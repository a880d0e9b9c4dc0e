"""Actions (RECORDS.md sections 2-4): who did what to whom, and when.

Each case is a short news-style text and the exact set of rows it must give, as
(type, agency, target, date value, lifted). Company names are invented, with legal forms so
that the ORG layer finds them; agencies are real and must come out under their canonical
names (section 4). A target is compared with the entity's name or aliases, as the evaluator
does. Every text is dated Friday 16 June 2023, so "Monday" is 2023-06-12, "Tuesday"
2023-06-13, "Wednesday" 2023-06-14 and "Thursday" 2023-06-15.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from extractor.components.aliases import normalize
from extractor.pipeline import make_doc

PUBLISHED = "2023-06-16"  # a Friday
MON, TUE, WED, THU, FRI = "2023-06-12", "2023-06-13", "2023-06-14", "2023-06-15", "2023-06-16"

TREASURY = "U.S. Department of the Treasury"
OFAC = "Office of Foreign Assets Control"
COMMERCE = "U.S. Department of Commerce"
BIS = "Bureau of Industry and Security"
STATE = "U.S. Department of State"
JUSTICE = "U.S. Department of Justice"
DHS = "U.S. Department of Homeland Security"
CBP = "U.S. Customs and Border Protection"
PENTAGON = "U.S. Department of Defense"
MOFCOM = "Ministry of Commerce of the People's Republic of China"
LIST_OWNERS = {COMMERCE, OFAC, TREASURY, MOFCOM, DHS}

SAN, INV, EXP, IMP, VISA, IND = "sanction", "investment_ban", "export_restriction", "import_ban", "visa_ban", "indictment"

#: (type, agency, target, date value, lifted)
Row = tuple[str, "str | None", str, "str | None", bool]

QINGHE = "Qinghe Photonics Co., Ltd."
LIANYUN = "Lianyun Laser Co., Ltd."
CORVANE = "Corvane Shipping LLC"
MARISOL = "Marisol Tankers S.A."
VELMORA, OSTRAKON, DUNMORE = "Velmora Trading LLC", "Ostrakon Freight Ltd.", "Dunmore Resources Inc."
NOVATEK = "Novatek Zhenhua Electronics Co., Ltd."
JINHAI = "Jinhai Marine Electronics Co., Ltd."
ZHONGKE = "Zhongke Aerospace Tech Co., Ltd."
TIANSHAN = "Tianshan Cotton Textile Co., Ltd."
MERIDIAN = "Meridian Telecom Co., Ltd."
ORLAN = "Orlan Electronics Trading LLC"
HUAYUN = "Huayun Display Technology Co., Ltd."
OBSIDIAN = "Obsidian Freight Ltd."
XINRUI = "Xinrui Bio-Tech Co., Ltd."
ARVELL, KYRENE = "Arvell Petroleum Ltd.", "Kyrene Marine Inc."


def case(text: str, rows: list[Row], id: str):
    return pytest.param(text, rows, id=id)


# -- syntax: where the target, the actor and the date sit --------------------------------
SYNTAX = [
    case(f"The Commerce Department added {QINGHE} to the Entity List on Tuesday.",
         [(EXP, COMMERCE, QINGHE, TUE, False)], "active"),
    case(f"{QINGHE} was added to the Entity List by the Commerce Department on Tuesday.",
         [(EXP, COMMERCE, QINGHE, TUE, False)], "passive-by-agent"),
    case("Lanzhou Ridge Avionics Co., Ltd., designated on Thursday by OFAC, supplies drone engines to Iran.",
         [(SAN, OFAC, "Lanzhou Ridge Avionics Co., Ltd.", THU, False)], "reduced-relative"),
    case(f"The Treasury sanctioned {CORVANE} on Thursday. {MARISOL}, which was also listed on Thursday, "
         "operates three vessels.",
         [(SAN, TREASURY, CORVANE, THU, False), (SAN, TREASURY, MARISOL, THU, False)], "relative-also-listed"),
    case(f"{MARISOL}, which the Treasury sanctioned in 2021, still operates three vessels.",
         [(SAN, TREASURY, MARISOL, "2021", False)], "relative-object-gap"),
    case(f"The Treasury on Thursday sanctioned {ARVELL}, a company that was also placed on the Entity List in 2019.",
         [(SAN, TREASURY, ARVELL, THU, False), (EXP, COMMERCE, ARVELL, "2019", False)], "apposition-relative"),
    case("Amberline Trading FZE, Kestova Metals LLC, Polar Crest Logistics Ltd. and Sinoventa Chemicals Co., Ltd., "
         "all sanctioned on Thursday by the Treasury, helped Moscow evade price caps.",
         [(SAN, TREASURY, "Amberline Trading FZE", THU, False), (SAN, TREASURY, "Kestova Metals LLC", THU, False),
          (SAN, TREASURY, "Polar Crest Logistics Ltd.", THU, False),
          (SAN, TREASURY, "Sinoventa Chemicals Co., Ltd.", THU, False)], "coordinated-four-all-listed"),
    case("The State Department sanctioned Harrow Gate Holdings Ltd., a Cyprus-based shell company, on Wednesday.",
         [(SAN, STATE, "Harrow Gate Holdings Ltd.", WED, False)], "apposition-after-name"),
    case("The Treasury sanctioned a Hong Kong-based trader, Silverpeak Trading Ltd., on Thursday.",
         [(SAN, TREASURY, "Silverpeak Trading Ltd.", THU, False)], "apposition-before-name"),
    case("OFAC sanctioned Kestova Metals LLC, a subsidiary of Arctic Nickel Holdings PJSC, on Thursday.",
         [(SAN, OFAC, "Kestova Metals LLC", THU, False)], "apposition-parent-is-no-target"),
    case("The Commerce Department on Tuesday added 14 Chinese entities to the Entity List, including "
         "Tianrui Microwave Co., Ltd. and Beifang Cryogenics Co., Ltd.",
         [(EXP, COMMERCE, "Tianrui Microwave Co., Ltd.", TUE, False),
          (EXP, COMMERCE, "Beifang Cryogenics Co., Ltd.", TUE, False)], "including"),
    case(f"OFAC designated three companies: {VELMORA}, {OSTRAKON} and {DUNMORE}.",
         [(SAN, OFAC, VELMORA, None, False), (SAN, OFAC, OSTRAKON, None, False), (SAN, OFAC, DUNMORE, None, False)],
         "count-colon-list"),
    case("The Treasury sanctioned five firms on Thursday. They are Arvell Petroleum Ltd., Kyrene Marine Inc., "
         "Halvard Bunkering LLC, Stellion Energy FZE and Morrow Point Tankers S.A.",
         [(SAN, TREASURY, ARVELL, THU, False), (SAN, TREASURY, KYRENE, THU, False),
          (SAN, TREASURY, "Halvard Bunkering LLC", THU, False), (SAN, TREASURY, "Stellion Energy FZE", THU, False),
          (SAN, TREASURY, "Morrow Point Tankers S.A.", THU, False)], "count-then-they-are"),
    case("On Monday, the Treasury sanctioned Greywater Capital Ltd.",
         [(SAN, TREASURY, "Greywater Capital Ltd.", MON, False)], "fronted-date"),
    case(f"The Commerce Department announced on Tuesday that {QINGHE} had been added to the Entity List.",
         [(EXP, COMMERCE, QINGHE, TUE, False)], "announced-that"),
    case(f"{NOVATEK} was sanctioned in July 2020 and added to the export control list in October 2019.",
         [(SAN, None, NOVATEK, "2020-07", False), (EXP, COMMERCE, NOVATEK, "2019-10", False)],
         "background-two-clauses"),
    case(f"{NOVATEK} was sanctioned by the Treasury in July 2020 and added to the Entity List in October 2019.",
         [(SAN, TREASURY, NOVATEK, "2020-07", False), (EXP, COMMERCE, NOVATEK, "2019-10", False)],
         "background-two-clauses-agent-stays-in-its-clause"),
    case(f"The Treasury, which first sanctioned {CORVANE} in 2018, designated {MARISOL} on Thursday.",
         [(SAN, TREASURY, CORVANE, "2018", False), (SAN, TREASURY, MARISOL, THU, False)],
         "relative-clause-on-the-actor"),
    case("Rostal Defense Systems JSC has been under U.S. sanctions since 2014.",
         [(SAN, None, "Rostal Defense Systems JSC", "2014", False)], "under-sanctions-since"),
    case("Vostok Energy Bank PJSC was hit with sectoral sanctions by the Treasury in 2014.",
         [(SAN, TREASURY, "Vostok Energy Bank PJSC", "2014", False)], "hit-with-sectoral-sanctions-by"),
    case("The Treasury hit Vostok Energy Bank PJSC with sectoral sanctions in 2014.",
         [(SAN, TREASURY, "Vostok Energy Bank PJSC", "2014", False)], "hit-with-sectoral-sanctions-active"),
    case("Huaxin Semiconductor Co., Ltd. is subject to export restrictions imposed by the Commerce Department.",
         [(EXP, COMMERCE, "Huaxin Semiconductor Co., Ltd.", None, False)], "subject-to-export-restrictions"),
    case(f"The Commerce Department on Tuesday barred {JINHAI} from receiving US exports.",
         [(EXP, COMMERCE, JINHAI, TUE, False)], "barred-from-receiving-exports"),
    case("The Commerce Department has targeted Chinese chipmakers for years. "
         "In 2022 it blacklisted Yangtze Deltron Memory Co., Ltd.",
         [(EXP, COMMERCE, "Yangtze Deltron Memory Co., Ltd.", "2022", False)], "pronoun-actor"),
    case(f"OFAC announced the measures on Thursday. The agency designated {DUNMORE} and {OSTRAKON}.",
         [(SAN, OFAC, DUNMORE, THU, False), (SAN, OFAC, OSTRAKON, THU, False)], "agency-anaphor-actor"),
    case(f"The Treasury sanctioned {ARVELL} on Thursday. It also designated {KYRENE} on Friday.",
         [(SAN, TREASURY, ARVELL, THU, False), (SAN, TREASURY, KYRENE, FRI, False)], "pronoun-actor-own-date"),
]

# -- each action type ----------------------------------------------------------------------
TYPES = [
    case("The Treasury imposed sanctions on Norvik Petrochemical JSC on Thursday.",
         [(SAN, TREASURY, "Norvik Petrochemical JSC", THU, False)], "sanction-imposed-on"),
    case("The Treasury froze the assets of Marlowe Finance Ltd. on Thursday.",
         [(SAN, TREASURY, "Marlowe Finance Ltd.", THU, False)], "sanction-asset-freeze"),
    case(f"The Treasury on Thursday added {ZHONGKE} to its list of Chinese military-industrial complex companies.",
         [(INV, TREASURY, ZHONGKE, THU, False)], "investment-ban-cmic-list"),
    case("Beijing Sunway Optics Co., Ltd. was added to the NS-CMIC list.",
         [(INV, TREASURY, "Beijing Sunway Optics Co., Ltd.", None, False)], "investment-ban-ns-cmic-owner"),
    # the executive order of the investment ban stands for its list; what the order does is no second action
    case(f"On Thursday, OFAC identified {ZHONGKE} and {HUAYUN} as operating in the defense sector of the economy of "
         "China pursuant to Executive Order (E.O.) 14032, which prohibits U.S. persons from purchasing publicly "
         "traded securities of listed companies.",
         [(INV, OFAC, ZHONGKE, THU, False), (INV, OFAC, HUAYUN, THU, False)], "investment-ban-identified-under-eo-14032"),
    # the list a relative pronoun stands for
    case(f"OFAC keeps the Non-SDN Chinese Military-Industrial Complex Companies List, to which the Treasury added "
         f"{XINRUI} in June 2021.", [(INV, TREASURY, XINRUI, "2021-06", False)], "list-of-to-which"),
    case(f"The Commerce Department maintains the Entity List, from which it removed {ORLAN} on Monday.",
         [(EXP, COMMERCE, ORLAN, MON, True)], "list-of-from-which"),
    # "under Russia, which was added ...": a place, not the law it was added under
    case(f"This rule revises the entry for {ORLAN}, under Russia, which was added to the Entity List on September 12, "
         "2016, by adding two aliases.", [(EXP, COMMERCE, ORLAN, "2016-09-12", False)], "entry-under-place-relative"),
    case(f"The Treasury barred Americans from investing in {ZHONGKE} on Thursday.",
         [(INV, TREASURY, ZHONGKE, THU, False)], "investment-ban-barred-investing"),
    case(f"The Pentagon added {ZHONGKE} to its list of Chinese military companies in January 2021.",
         [(INV, PENTAGON, ZHONGKE, "2021-01", False)], "investment-ban-pentagon-list"),
    case(f"U.S. Customs and Border Protection issued a withhold release order against {TIANSHAN} on Wednesday.",
         [(IMP, CBP, TIANSHAN, WED, False)], "import-ban-wro-against"),
    case(f"U.S. Customs and Border Protection issued a withhold release order on {TIANSHAN} on Wednesday.",
         [(IMP, CBP, TIANSHAN, WED, False)], "import-ban-wro-on"),
    case(f"U.S. Customs and Border Protection banned imports from {TIANSHAN} on Wednesday.",
         [(IMP, CBP, TIANSHAN, WED, False)], "import-ban-banned-imports-from"),
    case("The Department of Homeland Security added Kashgar Bright Fiber Co., Ltd. to the UFLPA Entity List on Friday.",
         [(IMP, DHS, "Kashgar Bright Fiber Co., Ltd.", FRI, False)], "import-ban-uflpa-active"),
    case("Kashgar Bright Fiber Co., Ltd. was added to the UFLPA Entity List in August 2022.",
         [(IMP, DHS, "Kashgar Bright Fiber Co., Ltd.", "2022-08", False)], "import-ban-uflpa-owner"),
    case(f"The State Department imposed visa restrictions on employees of {MERIDIAN} on Thursday.",
         [(VISA, STATE, MERIDIAN, THU, False)], "visa-ban-employees-of"),
    case(f"The State Department imposed visa restrictions on {MERIDIAN} on Thursday.",
         [(VISA, STATE, MERIDIAN, THU, False)], "visa-ban-direct"),
    case("The State Department announced visa bans on executives of Zhenyu Mining Co., Ltd. on Monday.",
         [(VISA, STATE, "Zhenyu Mining Co., Ltd.", MON, False)], "visa-ban-announced"),
    case(f"The Justice Department charged {ORLAN} with smuggling military-grade chips to Russia.",
         [(IND, JUSTICE, ORLAN, None, False)], "indictment-charged-with"),
    case(f"Federal prosecutors charged {ORLAN} with export violations on Tuesday.",
         [(IND, None, ORLAN, TUE, False)], "indictment-unnamed-prosecutors"),
    case("Crestmark Components Inc. was indicted by a federal grand jury in Brooklyn on Tuesday.",
         [(IND, None, "Crestmark Components Inc.", TUE, False)], "indictment-grand-jury"),
    case(f"{ORLAN} was charged with violating U.S. export controls in March 2022.",
         [(IND, None, ORLAN, "2022-03", False)], "indictment-passive-charged"),
    case(f"The Justice Department unsealed an indictment against {ORLAN} on Tuesday.",
         [(IND, JUSTICE, ORLAN, TUE, False)], "indictment-unsealed"),
]

# -- who the agency is -----------------------------------------------------------------------
AGENCIES = [
    # joint subjects act together: one row each (a country's row has no agency)
    case(f"The State Department and the Treasury on Tuesday sanctioned {VELMORA} and {OSTRAKON}.",
         [(SAN, body, n, TUE, False) for body in (STATE, TREASURY) for n in (VELMORA, OSTRAKON)], "joint-bodies"),
    case(f"Britain and the European Union on Tuesday imposed sanctions on {VELMORA}.",
         [(SAN, None, VELMORA, TUE, False), (SAN, "European Union", VELMORA, TUE, False)], "a-country-and-a-body"),
    # a country's row gives way to its own body's for the same action
    case(f"Japan on Friday added 22 organisations to its export ban list. The Ministry of Economy, Trade and "
         f"Industry said it had added the groups, among them {VELMORA} and {OSTRAKON}.",
         [(EXP, "Ministry of Economy, Trade and Industry", n, FRI, False) for n in (VELMORA, OSTRAKON)],
         "a-country-and-its-body"),
    case(f"{JINHAI} was added to the Entity List.", [(EXP, COMMERCE, JINHAI, None, False)], "owner-entity-list"),
    case("Darvon Aviation Services LLC was placed on the SDN list in March 2022.",
         [(SAN, OFAC, "Darvon Aviation Services LLC", "2022-03", False)], "owner-sdn-list"),
    case("China's Ministry of Commerce added Skyward Defense Technologies Inc. to its unreliable entity list on Thursday.",
         [(SAN, MOFCOM, "Skyward Defense Technologies Inc.", THU, False)], "mofcom-actor"),
    case("Kelmont Aerospace Corp. was added to China's unreliable entity list in February 2023.",
         [(SAN, MOFCOM, "Kelmont Aerospace Corp.", "2023-02", False)], "owner-unreliable-entity-list"),
    case("Pelagos Shipping Ltd. was sanctioned on Thursday, the Treasury said.",
         [(SAN, None, "Pelagos Shipping Ltd.", THU, False)], "attribution-is-no-actor"),
    case(f"The Treasury sanctioned {DUNMORE} on Thursday, according to a statement from the Commerce Department.",
         [(SAN, TREASURY, DUNMORE, THU, False)], "attribution-does-not-replace-actor"),
    case("The United States sanctioned Altamira Logistics S.A. on Wednesday.",
         [(SAN, None, "Altamira Logistics S.A.", WED, False)], "country-actor-us"),
    case("The UK sanctioned Borodin Capital Ltd. on Friday.",
         [(SAN, None, "Borodin Capital Ltd.", FRI, False)], "country-actor-uk"),
    case(f"The Commerce Department's Bureau of Industry and Security added {LIANYUN} to the Entity List on Tuesday.",
         [(EXP, BIS, LIANYUN, TUE, False)], "bis-possessive"),
    case(f"The Treasury Department's Office of Foreign Assets Control designated {VELMORA} on Thursday.",
         [(SAN, OFAC, VELMORA, THU, False)], "ofac-possessive"),
    case("HM Treasury added Borodin Capital Ltd. to its consolidated list on Friday.",
         [(SAN, "HM Treasury", "Borodin Capital Ltd.", FRI, False)], "hm-treasury"),
    case("The European Union added Kaspar Marine Ltd. to its sanctions list on Friday.",
         [(SAN, "European Union", "Kaspar Marine Ltd.", FRI, False)], "eu"),
    # a Canadian schedule amended: numbered items (four digits, not years) under a list's regulations
    case("1 Part 1 of Schedule 1 to the Special Economic Measures (Russia) Regulations is amended by adding the "
         "following in numerical order:\n\n1702 Orsk Media Analytics Limited Liability Company\n1703 Kama Cloud "
         "Systems Joint Stock Company\n1704 Sintez Robotics Lab LLC\n\n2 Item 1188 of Part 1 is repealed.",
         [(SAN, None, "Orsk Media Analytics Limited Liability Company", None, False),
          (SAN, None, "Kama Cloud Systems Joint Stock Company", None, False),
          (SAN, None, "Sintez Robotics Lab LLC", None, False)], "schedule-four-digit-items"),
    # "including A, which <relative clause>, and B": the list read off the surface
    case(f"OFAC said on Thursday it had designated nine companies and three people, including {ARVELL}, which builds "
         f"chassis used for rocket launchers, and {KYRENE}, a dump-truck maker.",
         [(SAN, OFAC, ARVELL, THU, False), (SAN, OFAC, KYRENE, THU, False)], "including-a-which-and-b"),
    # a list item described through a common noun's possessive ("the group's Iranian parent, X")
    case(f"On Thursday OFAC designated {ARVELL}, its currency-exchange subsidiary {KYRENE} and the group's Iranian "
         f"parent, {VELMORA}, accusing them of moving money.",
         [(SAN, OFAC, t, THU, False) for t in (ARVELL, KYRENE, VELMORA)], "the-groups-parent-x"),
    # the list's owner in an "of" phrase; "blocked the assets of X and of Y"
    case(f"{KYRENE} in February 2023 was included in the sanctions list of the European Union.",
         [(SAN, "European Union", KYRENE, "2023-02", False)], "sanctions-list-of-the-eu"),
    case(f"On June 14 OFAC blocked the assets of {ARVELL}.", [(SAN, OFAC, ARVELL, "2023-06-14", False)],
         "blocked-the-assets-of"),
    # "by the department": the agency the text named before; translated "US Ministry of Justice"
    case(f"The State Department on Wednesday designated {ARVELL}. In October 2023, two Chinese companies, {KYRENE} "
         f"and {VELMORA}, were designated by the department for shipping missile parts.",
         [(SAN, STATE, ARVELL, WED, False), (SAN, STATE, KYRENE, "2023-10", False), (SAN, STATE, VELMORA, "2023-10", False)],
         "by-the-department"),
    case(f"On 15 October, US Ministry of Justice had charged {VELMORA} with fraud.",
         [("indictment", "U.S. Department of Justice", VELMORA, "2022-10-15", False)], "translated-us-ministry-of-justice"),
    # the parser hung the agency on the opening phrase and took the last name's legal form for a subject
    case("Across the Tasman, Australia's Department of Foreign Affairs and Trade (DFAT) on Friday listed Orsk "
         "Optics OOO and Blue Heron Electronics Co., Limited under its autonomous sanctions framework.",
         [(SAN, "Department of Foreign Affairs and Trade", "Orsk Optics OOO", FRI, False),
          (SAN, "Department of Foreign Affairs and Trade", "Blue Heron Electronics Co., Limited", FRI, False)],
         "agency-before-date-and-verb"),
]

# -- lifted measures -------------------------------------------------------------------------
LIFTED = [
    case(f"The Commerce Department on Tuesday removed {HUAYUN} from the Entity List.",
         [(EXP, COMMERCE, HUAYUN, TUE, True)], "removed-from-entity-list"),
    case(f"{HUAYUN} was removed from the Entity List on Tuesday.",
         [(EXP, COMMERCE, HUAYUN, TUE, True)], "removed-passive-owner"),
    case("OFAC delisted Brightwater Maritime Ltd. on Thursday.",
         [(SAN, OFAC, "Brightwater Maritime Ltd.", THU, True)], "delisted"),
    case("The Treasury removed Brightwater Maritime Ltd. from the SDN list on Thursday.",
         [(SAN, TREASURY, "Brightwater Maritime Ltd.", THU, True)], "removed-from-sdn-list"),
    case("The Treasury lifted sanctions on Castellan Oil Services LLC on Thursday.",
         [(SAN, TREASURY, "Castellan Oil Services LLC", THU, True)], "lifted-sanctions-on"),
    case(f"The Commerce Department on Tuesday lifted export restrictions on {HUAYUN}.",
         [(EXP, COMMERCE, HUAYUN, TUE, True)], "lifted-export-restrictions-on"),
    case("The Commerce Department granted a licence to Tongwei Optical Co., Ltd. in May 2023.",
         [(EXP, COMMERCE, "Tongwei Optical Co., Ltd.", "2023-05", True)], "granted-licence-to"),
]

# -- dates: the action's own clause, never another sentence's --------------------------------
DATES = [
    case(f"The Treasury announced new measures against Russia on Thursday. OFAC had previously designated {VELMORA}.",
         [(SAN, OFAC, VELMORA, None, False)], "no-date-for-background"),
    # the news of the day: an undated report of the lead's action takes the lead's day
    case(f"The Treasury on Thursday imposed sanctions on a shipping network. OFAC said it designated {VELMORA}.",
         [(SAN, OFAC, VELMORA, THU, False)], "news-date-from-the-lead"),
    case(f"OFAC designated {VELMORA}, which was founded in 2015.",
         [(SAN, OFAC, VELMORA, None, False)], "no-date-from-relative-clause"),
    case(f"The Treasury sanctioned {CORVANE}, which was founded in 2015, on Thursday.",
         [(SAN, TREASURY, CORVANE, THU, False)], "date-past-relative-clause"),
    case("The Treasury sanctioned Ravenna Holdings Ltd. on Thursday. "
         "Ravenna Holdings Ltd. was later added to the Entity List.",
         [(SAN, TREASURY, "Ravenna Holdings Ltd.", THU, False), (EXP, COMMERCE, "Ravenna Holdings Ltd.", None, False)],
         "second-action-undated"),
    case(f"The Treasury sanctioned {CORVANE} in 2021. The Commerce Department also added {CORVANE} to the Entity List.",
         [(SAN, TREASURY, CORVANE, "2021", False), (EXP, COMMERCE, CORVANE, None, False)], "also-added-undated"),
    case(f"The Commerce Department added {QINGHE} to the Entity List in 2020. Last week the company unveiled a new laser.",
         [(EXP, COMMERCE, QINGHE, "2020", False)], "later-sentence-is-no-action"),
    # a date told from another event dates no action (gold decision 23)
    *[case(f"OFAC designated {VELMORA} in March 2021. {when}, the Commerce Department added {QINGHE} to the Entity List.",
           [(SAN, OFAC, VELMORA, "2021-03", False), (EXP, COMMERCE, QINGHE, None, False)], f"anaphoric-date-{n}")
      for n, when in enumerate(["Later that year", "Earlier that month", "A day earlier", "Two years later",
                                "The following month"])],
    # "the parent": the owner of the unit or the company told before
    case(f"OFAC blocked {ARVELL}'s London-based subsidiary, {VELMORA}, in July, and designated the parent on Tuesday.",
         [(SAN, OFAC, VELMORA, "2022-07", False), (SAN, OFAC, ARVELL, TUE, False)], "the-parent-of-a-subsidiary"),
    case(f"{VELMORA} is 85 percent owned by {ARVELL}, which holds the stake through a subsidiary. The parent was "
         "sanctioned by OFAC in July 2021.", [(SAN, OFAC, ARVELL, "2021-07", False)], "the-parent-of-an-owned-company"),
    # ", when" refers to the date before it, also the end of a wait
    case(f"Washington held back until February 2023, when OFAC designated both {VELMORA} and {OSTRAKON}.",
         [(SAN, OFAC, VELMORA, "2023-02", False), (SAN, OFAC, OSTRAKON, "2023-02", False)], "when-after-until-date"),
    # the lead's day is that of the sanctions reported, not of a company's saying so
    case(f"DUBAI, June 15 (Reuters) - {CORVANE} said on Thursday it would keep shipping despite fresh U.S. sanctions "
         f"announced on Tuesday against its brokers.\n\nThe Treasury's Office of Foreign Assets Control designated six "
         f"companies, including {VELMORA} and {OSTRAKON}, for arranging the sales.",
         [(SAN, OFAC, VELMORA, TUE, False), (SAN, OFAC, OSTRAKON, TUE, False)], "lead-day-of-the-sanctions-not-the-saying"),
    # a timeline item's date heads its line
    case(f"Timeline:\n\n- March 2014: OFAC designates {VELMORA}.\n- July 2019: The Commerce Department adds {QINGHE} to "
         f"the Entity List.\n2. Last month: OFAC removes {VELMORA}.",
         [(SAN, OFAC, VELMORA, "2014-03", False), (EXP, COMMERCE, QINGHE, "2019-07", False),
          (SAN, OFAC, VELMORA, "2023-05", True)], "timeline-item-date"),
    # the measure's effect in a participle is the same action: its starting day is not the action's
    case("The Treasury on Thursday added 12 companies to its Non-SDN Chinese Military-Industrial Complex Companies "
         f"List, barring Americans from buying their securities from Aug. 2. The companies include {QINGHE} and "
         f"{VELMORA}.", [(INV, TREASURY, QINGHE, THU, False), (INV, TREASURY, VELMORA, THU, False)], "effect-clause-date"),
    case(f"The Treasury sanctioned {VELMORA} in 2021 and is expected to designate {OSTRAKON} soon.",
         [(SAN, TREASURY, VELMORA, "2021", False)], "taken-and-expected"),
]

# -- nouns, stated measures, licences, lists referred back to -------------------------------
MORE = [
    case(f"OFAC announced the designation of {VELMORA} and {OSTRAKON} on Tuesday.",
         [(SAN, OFAC, VELMORA, TUE, False), (SAN, OFAC, OSTRAKON, TUE, False)], "noun-designation-of"),
    case(f"The Commerce Department's addition of {QINGHE} to the Entity List took effect on Tuesday.",
         [(EXP, COMMERCE, QINGHE, TUE, False)], "noun-addition-to-list"),
    case(f"China's Ministry of Commerce on Thursday put {ARVELL} and {KYRENE} on its unreliable entity list. "
         "The two companies are prohibited from import and export activities related to China and from new "
         "investment in China.",
         [(SAN, MOFCOM, ARVELL, THU, False), (SAN, MOFCOM, KYRENE, THU, False),
          (IMP, MOFCOM, ARVELL, THU, False), (IMP, MOFCOM, KYRENE, THU, False),
          (EXP, MOFCOM, ARVELL, THU, False), (EXP, MOFCOM, KYRENE, THU, False),
          (INV, MOFCOM, ARVELL, THU, False), (INV, MOFCOM, KYRENE, THU, False)], "stated-measures"),
    case(f"China's Ministry of Commerce on Thursday put {ARVELL} and {KYRENE} on its unreliable entity list. "
         "From the date of the announcement the following measures are taken on the above enterprises: they are "
         "prohibited from engaging in import and export activities related to China; they are prohibited to make "
         "new investment in China.",
         [(SAN, MOFCOM, ARVELL, THU, False), (SAN, MOFCOM, KYRENE, THU, False),
          (IMP, MOFCOM, ARVELL, THU, False), (IMP, MOFCOM, KYRENE, THU, False),
          (EXP, MOFCOM, ARVELL, THU, False), (EXP, MOFCOM, KYRENE, THU, False),
          (INV, MOFCOM, ARVELL, THU, False), (INV, MOFCOM, KYRENE, THU, False)], "stated-measures-with-they"),
    case(f"OFAC on Thursday granted {OBSIDIAN} a licence to wind down its contracts.",
         [(SAN, OFAC, OBSIDIAN, THU, True)], "licence-eases-the-granting-body-measure"),
    case(f"The Bureau of Industry and Security on Tuesday added two Chinese laser makers, {QINGHE} and {LIANYUN}, "
         "to the Entity List.",
         [(EXP, "Bureau of Industry and Security", QINGHE, TUE, False),
          (EXP, "Bureau of Industry and Security", LIANYUN, TUE, False)], "plural-noun-with-number-names-list"),
    case(f"The Pentagon put {HUAYUN} on its list of Chinese military companies in 2021. "
         f"It added {XINRUI} to that list in 2022.",
         [(INV, "U.S. Department of Defense", HUAYUN, "2021", False),
          (INV, "U.S. Department of Defense", XINRUI, "2022", False)], "same-list-referred-back"),
    case(f"The Commerce Department on Tuesday revoked a licence for shipments to {QINGHE}.",
         [(EXP, COMMERCE, QINGHE, TUE, False)], "licence-revoked-is-not-lifted"),
    case(f"The Commerce Department on Tuesday removed five entities from the Entity List. "
         f"Among those removed were {QINGHE} and {LIANYUN}. The other three are {ARVELL}, {KYRENE} and {OBSIDIAN}.",
         [(EXP, COMMERCE, QINGHE, TUE, True), (EXP, COMMERCE, LIANYUN, TUE, True), (EXP, COMMERCE, ARVELL, TUE, True),
          (EXP, COMMERCE, KYRENE, TUE, True), (EXP, COMMERCE, OBSIDIAN, TUE, True)], "continued-list"),
    case(f"The Council of the European Union on Friday listed the following entities:\n"
         f"- {VELMORA}, Moscow; date of listing: 14.6.2023;\n- {OSTRAKON}, Minsk.",
         [(SAN, "Council of the European Union", VELMORA, WED, False),
          (SAN, "Council of the European Union", OSTRAKON, FRI, False)], "list-items-after-a-colon"),
    case(f"The Council of the European Union on Tuesday adopted a new package, freezing the assets of {VELMORA}.",
         [(SAN, "Council of the European Union", VELMORA, TUE, False)], "participial-clause-shares-actor-and-date"),
    case(f"The Treasury's Office of Foreign Assets Control on Tuesday designated {OSTRAKON}.",
         [(SAN, OFAC, OSTRAKON, TUE, False)], "possessive-agency-chain-takes-the-owned-body"),
    case(f"The Commerce Department on Tuesday cut {QINGHE} off from American technology.",
         [(EXP, COMMERCE, QINGHE, TUE, False)], "cut-off-takes-the-measure-named"),
    case(f"OFAC on Tuesday blacklisted {VELMORA}, which trades as VTX, together with {OSTRAKON}, its payments arm.",
         [(SAN, OFAC, VELMORA, TUE, False), (SAN, OFAC, OSTRAKON, TUE, False)], "together-with-joins-a-list"),
    case(f"Japan's Ministry of Economy, Trade and Industry on Tuesday added 12 organisations to its End User List. "
         f"Among the new entries are {QINGHE}; {LIANYUN}.",
         [(EXP, "Ministry of Economy, Trade and Industry", QINGHE, TUE, False),
          (EXP, "Ministry of Economy, Trade and Industry", LIANYUN, TUE, False)], "among-the-entries-are"),
    case(f"The Commerce Department on Tuesday removed one entry, {HUAYUN}, from the Entity List.",
         [(EXP, COMMERCE, HUAYUN, TUE, True)], "a-counted-entry-is-no-visa"),
    case(f"South Korea's trade ministry on Tuesday designated {ARVELL} as an end user of concern. "
         "In 2024 it expanded the list of items banned for export to Russia, a measure on countries, not on companies.",
         [(EXP, None, ARVELL, TUE, False)], "stated-measures-need-the-targets-as-subject"),
    case(f"China's Ministry of Commerce and its Ministry of Foreign Affairs both criticised the arms sale. "
         f"On Tuesday the commerce ministry put {KYRENE} on the unreliable entity list.",
         [(SAN, MOFCOM, KYRENE, TUE, False)], "the-commerce-ministry-is-the-named-one"),
    case(f"The Commerce Department on Tuesday added 12 entities to the Entity List. Three universities were also listed:\n"
         f"{QINGHE} and {LIANYUN}.",
         [(EXP, COMMERCE, QINGHE, TUE, False), (EXP, COMMERCE, LIANYUN, TUE, False)], "names-after-a-colon"),
    case(f"{HUAYUN} has been on the Entity List since 2019.",
         [(EXP, COMMERCE, HUAYUN, "2019", False)], "on-the-list-since"),
    case(f"WASHINGTON, June 15 (Reuters) - The Treasury on Thursday sanctioned {CORVANE}.",
         [(SAN, TREASURY, CORVANE, THU, False)], "dateline-is-not-the-actor-or-the-date"),
    # a news agency in the dateline or told something is no antecedent of "the company"
    case(f"WASHINGTON, June 15 (Reuters) - The Commerce Department on Thursday added {CORVANE} to the Entity List. "
         "The Piraeus-based company had been sanctioned by the Treasury last year.",
         [(EXP, COMMERCE, CORVANE, THU, False), (SAN, TREASURY, CORVANE, "2022", False)], "a-dateline-source-is-no-antecedent"),
    case(f"The EU is expected to add {CORVANE} to its sanctions list, three diplomats told Reuters. The Piraeus-based "
         "trader, which Washington sanctioned last year, declined to comment.",
         [(SAN, None, CORVANE, "2022", False)], "a-source-told-is-no-antecedent"),
    case("The Commerce Department on Tuesday added three entities to the Entity List. The three entries are "
         "Halvard Precision Works Ltd., Plot 14, Eastern Industrial Estate, Lahore; Qadir Vacuum Systems "
         "(Private) Limited, a.k.a. QVS Karachi, Korangi Road, Karachi; and the Multan Composite Institute.",
         [(EXP, COMMERCE, "Halvard Precision Works Ltd.", TUE, False),
          (EXP, COMMERCE, "Qadir Vacuum Systems (Private) Limited", TUE, False),
          (EXP, COMMERCE, "Multan Composite Institute", TUE, False)], "semicolon-items-with-addresses"),
    case("Canada on Tuesday imposed sanctions on three entities. The entities, listed under the Special "
         f"Economic Measures Regulations, are {ARVELL}; its shareholder, {KYRENE}; and {OBSIDIAN}.",
         [(SAN, None, ARVELL, TUE, False), (SAN, None, KYRENE, TUE, False), (SAN, None, OBSIDIAN, TUE, False)],
         "count-then-copula-list"),
    case(f"OFAC on Tuesday designated {VELMORA}, along with two officers. Britain added {OSTRAKON} to its "
         "asset-freeze list.",
         # Britain's undated action in today's news takes the news day, as a body's would
         [(SAN, OFAC, VELMORA, TUE, False), (SAN, None, OSTRAKON, TUE, False)], "a-list-never-crosses-a-sentence"),
    case("Global Affairs Canada on Tuesday has listed in Schedule 1 of the Regulations the entities "
         f"{ARVELL}, {KYRENE}, the Irkutsk Tractor Plant, as well as the media group Obsidian Media Holding.",
         [(SAN, "Global Affairs Canada", t, TUE, False)
          for t in (ARVELL, KYRENE, "Irkutsk Tractor Plant", "Obsidian Media Holding")], "as-well-as-joins-a-list"),
    case(f"The Treasury sanctioned {CORVANE} in March 2020 and {MARISOL} in November 2021.",
         [(SAN, TREASURY, CORVANE, "2020-03", False), (SAN, TREASURY, MARISOL, "2021-11", False)],
         "each-target-its-own-date"),
    case(f"Last month the Treasury decided to sanction {CORVANE}.",
         [(SAN, TREASURY, CORVANE, "2023-05", False)], "date-of-the-governing-verb"),
    case(f"The Council of the European Union on Tuesday cut {VELMORA} and {OSTRAKON} off from SWIFT.",
         [(SAN, "Council of the European Union", VELMORA, TUE, False),
          (SAN, "Council of the European Union", OSTRAKON, TUE, False)], "cut-off-from-swift"),
    case(f"The easing builds on a narrower licence that OFAC granted to {DUNMORE} last November.",
         [(SAN, OFAC, DUNMORE, "2022-11", True)], "licence-in-a-relative-clause"),
    case("The Treasury on Thursday imposed sanctions on a Moscow bank. OFAC said it had designated "
         f"{CORVANE}, which it said had financed the petro, a token launched by the government last year.",
         [(SAN, OFAC, CORVANE, THU, False)], "a-date-inside-a-nested-clause-is-not-background"),
    case(f"The indictment, unsealed on Wednesday, charges {CORVANE} and {MARISOL} with conspiring to violate "
         "U.S. sanctions.",
         [(IND, None, CORVANE, WED, False), (IND, None, MARISOL, WED, False)], "date-of-the-subjects-participle"),
    case(f"BIS on Thursday published a final rule that adds {QINGHE} and {LIANYUN} to the Entity List.",
         [(EXP, BIS, QINGHE, THU, False), (EXP, BIS, LIANYUN, THU, False)], "a-rule-acts-for-its-issuer"),
    case("BIS on Tuesday published a final rule that adds three entities to the Entity List.\n\n"
         "ARMENIA. (1) Aragats Chip Systems LLC, 14 Abovyan Street, Yerevan; (2) Vanadzor Parts Supply LLC, "
         "Vanadzor.\n\nKAZAKHSTAN. (3) Talgar Devices LLP, Almaty.",
         [(EXP, BIS, t, TUE, False) for t in ("Aragats Chip Systems LLC", "Vanadzor Parts Supply LLC",
                                              "Talgar Devices LLP")], "count-then-numbered-entries"),
    case("Britain on Wednesday froze the assets of 25 people and organisations. The Foreign, Commonwealth and "
         "Development Office targeted gangs operating from France. Among the entities designated were "
         f"{ARVELL}, a hawala office; and {KYRENE}, a haulier. Also sanctioned were {OBSIDIAN} and {DUNMORE}.",
         [(SAN, "Foreign, Commonwealth and Development Office", t, WED, False)
          for t in (ARVELL, KYRENE, OBSIDIAN, DUNMORE)], "back-reference-to-the-last-acting-body"),
    case(f"Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) is taking action against "
         f"more than 130 individuals and entities. Among those designated are {ARVELL} and {KYRENE}.",
         [(SAN, OFAC, t, FRI, False) for t in (ARVELL, KYRENE)], "back-reference-to-the-possessed-body"),
    # a body that announced a measure (not a report: "BIS announced that ...") acted, also with "Today" parsed as
    # the subject
    case(f"BIS announced a package of rules on chip tools on Monday. Among the entities added are {QINGHE} and "
         f"{LIANYUN}.", [(EXP, BIS, t, MON, False) for t in (QINGHE, LIANYUN)], "back-reference-to-an-announcing-body"),
    case(f"Today, the Department of Commerce's Bureau of Industry and Security (BIS) announced a package of rules. "
         f"Among the entities added are {QINGHE} and {LIANYUN}.",
         [(EXP, BIS, t, FRI, False) for t in (QINGHE, LIANYUN)], "back-reference-past-a-date-read-as-subject"),
    case(f"OFAC on Wednesday designated {ARVELL} for shipping Iranian oil. {KYRENE} was designated again by OFAC "
         f"in November 2018. OFAC also delisted {OBSIDIAN} on its request.",
         [(SAN, OFAC, ARVELL, WED, False), (SAN, OFAC, KYRENE, "2018-11", False), (SAN, OFAC, OBSIDIAN, WED, True)],
         "also-continues-the-news-day-not-a-background-date"),
    case(f"OFAC on Monday delisted {KYRENE}, a Piraeus-managed tanker owner designated last year, after it "
         "replaced its management.",
         [(SAN, OFAC, KYRENE, "2023-06-12", True), (SAN, OFAC, KYRENE, "2022", False)],
         "a-name-in-a-hyphened-modifier-is-no-list-item"),
    case(f"Two traders, {ARVELL} and {KYRENE}, hit by U.S. sanctions last week, denied wrongdoing. {ARVELL} and "
         f"{KYRENE} are among the six entities that OFAC designated on June 6 for procurement of propellant.",
         [(SAN, OFAC, t, "2023-06-06", False) for t in (ARVELL, KYRENE)], "a-vague-retelling-of-a-dated-action"),
    case("FINANCIAL SANCTIONS NOTICE\n\n1. On 9 May 2024 the Foreign, Commonwealth and Development Office "
         "designated two entities under regulation 5 of The Russia (Sanctions) (EU Exit) Regulations 2019 for "
         "supporting the Government of Russia.\n\n2. The following entries have been added to the Consolidated "
         "List:\n\nARVELL PETROLEUM LLC\nKYRENE MARINE LLC\n",
         [(SAN, "Foreign, Commonwealth and Development Office", t, "2024-05-09", False)
          for t in ("ARVELL PETROLEUM LLC", "KYRENE MARINE LLC")],
         "an-agency-the-parser-hung-on-the-fronted-date"),
    case("The European Union on Wednesday imposed sanctions on three entities. The Council of the European Union "
         f"listed the entities under its drone framework. The entities are: {ARVELL}; {KYRENE}; and {OBSIDIAN}, "
         "which runs the quay where the first missiles were loaded in early May.",
         [(SAN, "Council of the European Union", t, WED, False) for t in (ARVELL, KYRENE, OBSIDIAN)],
         "the-sub-body-names-the-targets-and-a-relative-clause-dates-nothing"),
    case("Three Turkish payment companies were put on Wednesday in the US sanctions list, accused to move the money "
         "of Iranian oil sales.\n\nThe US Treasury's Office of Foreign Assets Control (OFAC) designated nine companies "
         "in Turkey, Iran and the United Arab Emirates, as it said, for the laundering of the oil revenues on behalf "
         f"of the national oil company. Among them are Istanbul-based {VELMORA} and the exchange office {OSTRAKON} "
         f"in Kayseri. Also the Tehran-based Arvell Arz Exchange Co. and Dubai's {KYRENE} were designated.",
         [(SAN, OFAC, t, WED, False) for t in (VELMORA, OSTRAKON, "Arvell Arz Exchange Co.", KYRENE)],
         "a-sentence-opening-also-continues"),
    case(f"Washington on Wednesday imposed sanctions on two companies in the UAE, {ARVELL} and {KYRENE}, both traders. "
         f"Separately, the Treasury's Office of Foreign Assets Control designated {KYRENE} and its parent, {VELMORA}.",
         [(SAN, None, ARVELL, WED, False), (SAN, OFAC, KYRENE, None, False), (SAN, OFAC, VELMORA, None, False)],
         "a-count-lends-no-date-to-a-clause-set-apart"),
    case(f"Two units of {OSTRAKON}, {ARVELL} and {KYRENE}, were added to the Entity List in July 2020 over the "
         f"collection of genetic data, and {VELMORA} and 11 of its institutes were listed in December 2021.",
         [(EXP, COMMERCE, ARVELL, "2020-07", False), (EXP, COMMERCE, KYRENE, "2020-07", False),
          (EXP, COMMERCE, VELMORA, "2021-12", False)], "named-units-not-their-parent-and-a-clause-of-its-own"),
    case(f"OFAC on Wednesday designated six entities, including {ARVELL}, a trader. The others are the junta-appointed Union "
         f"Election Commission, the state-owned Mining Enterprise No. 1, Singapore's {KYRENE} and {VELMORA}.",
         [(SAN, OFAC, t, WED, False) for t in (ARVELL, "Union Election Commission", "Mining Enterprise No. 1",
                                               KYRENE, VELMORA)], "the-others-are-a-body-and-companies"),
    case("FINANCIAL SANCTIONS NOTICE\n\n2. Following the publication of the UK Sanctions List by the Foreign, "
         "Commonwealth and Development Office today, the two entries set out below have been added to the "
         "Consolidated List of Financial Sanctions Targets.\n\nANNEX TO NOTICE\n\nEntities\n\n1. Name 6: ARVELL "
         "JADE MINING COMPANY LIMITED\na.k.a: (1) Golden Dragon Jade (2) Shwe Nagar Jade Mining Co. Ltd\n"
         "Other Information: (Parent company): KAPPA HOLDINGS LIMITED (60%).\n2. Name 6: KYRENE STEEL COMPANY "
         "LIMITED\nAddress: Mandalay, Myanmar.\n",
         [(SAN, None, t, "2023-06-16", False)
          for t in ("ARVELL JADE MINING COMPANY LIMITED", "KYRENE STEEL COMPANY LIMITED")],
         "an-ofsi-notices-name-6-entries-not-their-fields"),
    case("FINANCIAL SANCTIONS NOTICE\n\n1. On Tuesday the Foreign, Commonwealth and Development Office designated two "
         "entities.\n\n2. Following the publication of the UK Sanctions List by the FCDO, the two entries set out below "
         "have been added to the Consolidated List of Financial Sanctions Targets maintained by HM Treasury's Office of "
         "Financial Sanctions Implementation.\n\nEntities\n\n1. Name 6: ARVELL JADE MINING COMPANY LIMITED\n"
         "Address: Mandalay, Myanmar.\n2. Name 6: KYRENE STEEL COMPANY LIMITED\nAddress: Mandalay, Myanmar.\n",
         [(SAN, "Foreign, Commonwealth and Development Office", t, TUE, False)
          for t in ("ARVELL JADE MINING COMPANY LIMITED", "KYRENE STEEL COMPANY LIMITED")],
         "a-notices-entries-restate-the-count-the-body-designated"),
    case(f"OFAC on Wednesday designated {ARVELL}, a St. Petersburg designer of ice-class tugs and offshore supply "
         f"vessels, together with its Cypriot holding company, {KYRENE}.",
         [(SAN, OFAC, ARVELL, WED, False), (SAN, OFAC, KYRENE, WED, False)], "together-with-after-a-long-description"),
    case(f"OFAC on Wednesday designated {ARVELL}, an Istanbul-based tanker manager, in an action that also targeted "
         f"{KYRENE}, {VELMORA} and 183 vessels.",
         [(SAN, OFAC, t, WED, False) for t in (ARVELL, KYRENE, VELMORA)], "an-action-that-also-targeted"),
    case(f"The State Department on Wednesday designated {ARVELL}, a Dubai-based cash buyer that brokered the sales, "
         "and imposed visa restrictions on its senior managers.",
         [(SAN, STATE, ARVELL, WED, False), (VISA, STATE, ARVELL, WED, False)], "visa-restrictions-on-its-managers"),
    case(f"{KYRENE} is 60 percent owned by {ARVELL}. Its general director, Ruslan Gainullin, holds the remaining "
         "40 percent and is being designated today by OFAC.", [], "its-director-named-is-a-person"),
    case(f"The ERC determined to add {ARVELL} to the Entity List under the destination of Pakistan. The ERC also "
         f"determined to add, under the destination of China, {QINGHE}, {LIANYUN} and {NOVATEK}, which supplied "
         f"furnaces to {ARVELL}.",
         [(EXP, "ERC", t, None, False) for t in (ARVELL, QINGHE, LIANYUN, NOVATEK)], "names-after-a-phrase-set-off-by-commas"),
    case(f"{ARVELL} was designated on Wednesday by the Treasury's Office of Foreign Assets Control, alongside "
         f"Russian producers {KYRENE} and {VELMORA} and more than 180 oil tankers.",
         [(SAN, OFAC, t, WED, False) for t in (ARVELL, KYRENE, VELMORA)], "alongside-names-more-targets"),
    # a list past a description with "that"; not the parent of unnamed affiliates ("affiliates of Shanghai-based X")
    case(f"The Commerce Department on Tuesday added 13 companies to its Entity List. {ARVELL}, a server assembler "
         f"that trades as Arvell Cloud, {KYRENE}, {VELMORA} and {OSTRAKON} were also added. Also added were {QINGHE}, "
         f"a Hong Kong vehicle that channels state money into toolmakers, and three affiliates of Shanghai-based "
         f"{LIANYUN} that the department did not name.",
         [(EXP, COMMERCE, t, TUE, False) for t in (ARVELL, KYRENE, VELMORA, OSTRAKON, QINGHE)],
         "a-list-past-a-that-description"),
    case(f"OFAC on Wednesday designated {ARVELL}, in the same action that hit {KYRENE} and {VELMORA}.",
         [(SAN, OFAC, t, WED, False) for t in (ARVELL, KYRENE, VELMORA)], "the-same-action-that-hit"),
    case(f"{ARVELL} was one of the companies designated by OFAC on Wednesday.", [(SAN, OFAC, ARVELL, WED, False)],
         "one-of-the-companies-designated"),
    # an earlier listing told in a relative clause on "the entry for X" or on X's place heading
    case(f"This rule adds two entities to the Entity List. This rule revises the entry for {QINGHE} under China, "
         "which was added to the Entity List on February 24, 2023. This rule also revises the entry for "
         f"{LIANYUN}, under China, which was added to the Entity List on September 12, 2016, by adding two aliases.",
         [(EXP, COMMERCE, QINGHE, "2023-02-24", False), (EXP, COMMERCE, LIANYUN, "2016-09-12", False)],
         "an-entrys-earlier-listing-in-a-relative-clause"),
    # "for being owned or controlled by X": the reason's agent is no actor, nor a target
    case(f"Today, the Treasury's Office of Foreign Assets Control (OFAC) designated six entities. {ARVELL} is being "
         f"designated pursuant to E.O. 13722 for being owned or controlled by {KYRENE}, and {VELMORA} is being "
         "designated for having engaged in the exportation of workers from North Korea.",
         [(SAN, OFAC, ARVELL, FRI, False), (SAN, OFAC, VELMORA, FRI, False)], "the-reasons-agent-is-no-actor"),
    case(f"The Department of State is today imposing sanctions on {ARVELL}. OFAC also designated two vessels.\n\n"
         f"Delisting\n\nThe Department is removing {KYRENE}, which it designated in September 2019, from the SDN List.",
         [(SAN, STATE, ARVELL, FRI, False), (SAN, STATE, KYRENE, FRI, True), (SAN, STATE, KYRENE, "2019-09", False)],
         "it-after-the-department-is-that-body"),
    # translated news: "entered to the SDN-list", "introduced in the sanctions list"
    case(f"OFAC designated two tankers on Monday. {ARVELL} itself was entered to the SDN-list still in November 2018.",
         [(SAN, OFAC, ARVELL, "2018-11", False)], "entered-to-the-sdn-list"),
    case(f"The Ministry of Finance of USA on Thursday has introduced in the sanctions list the company {KYRENE}.",
         [(SAN, TREASURY, KYRENE, THU, False)], "introduced-in-the-sanctions-list"),
    case("The Ministry of Finance of USA on Thursday has introduced in the sanctions list six Russian companies. Under "
         f"the restrictions got the developer of security systems {ARVELL}, the company {KYRENE} and {VELMORA}.",
         [(SAN, TREASURY, t, THU, False) for t in (ARVELL, KYRENE, VELMORA)], "under-the-restrictions-got"),
    # the measure as passive subject ("Visa restrictions were imposed on ..."; "Visa" is no company here)
    case(f"Visa restrictions were imposed on executives of {ARVELL} on Wednesday by the State Department.",
         [(VISA, STATE, ARVELL, WED, False)], "visa-restrictions-were-imposed-on-its-executives"),
    # "imposed an order on X ... and lifted it in March": the same measure on X, lifted on its own day
    case(f"CBP imposed a withhold release order on {ARVELL} in September 2022 and lifted it in March 2023, after "
         "the company repaid workers.", [("import_ban", "U.S. Customs and Border Protection", ARVELL, "2022-09", False),
                                         ("import_ban", "U.S. Customs and Border Protection", ARVELL, "2023-03", True)],
         "imposed-and-lifted-it"),
    # "sanctions are applied to X ... and to Y" (translated), the second "to" hung on another preposition;
    # "the sanctions apply to X" only states their scope
    case(f"On Wednesday the Treasury imposed sanctions on {VELMORA}. Also the sanctions are applied to the company "
         f"{KYRENE} registered in Armenia and to the Emirati {OSTRAKON}. The sanctions apply to {ARVELL} as well.",
         [(SAN, TREASURY, t, WED, False) for t in (VELMORA, KYRENE, OSTRAKON)], "sanctions-are-applied-to"),
    # translated, the auxiliary first: "were also included X and Y" after the action
    case(f"The US Treasury on Wednesday imposed sanctions on {VELMORA}. Besides them, were also included the car "
         f"store {KYRENE} and the Paraguayan {OSTRAKON}.",
         [(SAN, TREASURY, t, WED, False) for t in (VELMORA, KYRENE, OSTRAKON)], "were-also-included-x-and-y"),
    # an entry's fields (gold decision 19): the day it was designated; an amended entry stands on the day it
    # was updated; a removed one is lifted on the day its block names; a field sentence tells of its entry only
    case("FINANCIAL SANCTIONS NOTICE\n\n2. Following the publication of the UK Sanctions List by the Foreign, "
         "Commonwealth and Development Office today, the entry set out below has been added to the Consolidated "
         "List.\n\nADDITIONS\n\n1. Name 6: ARVELL JADE MINING COMPANY LIMITED\nAddress: Mandalay, Myanmar.\n"
         "Other Information: (UK Statement of Reasons): Sells jade for the military. It was designated by the "
         "United States Department of the Treasury on 8 April 2021.\nListed on: 16/06/2023 Date designated: "
         "16/06/2023 Group ID: 15001.\n\nAMENDMENTS\n\n2. Name 6: KYRENE STEEL COMPANY LIMITED\nOther "
         "Information: Second alias added.\nDate designated: 17/06/2021 Last Updated: 16/06/2023 Group ID: "
         "14390.\n\nREMOVAL\n\n3. Name 6: OBSIDIAN FREIGHT LIMITED\nDate designated: 10/12/2021 Group ID: "
         "14842.\nThe designation was revoked on 9 June 2023 following a review.\n",
         [(SAN, None, "ARVELL JADE MINING COMPANY LIMITED", FRI, False),
          (SAN, TREASURY, "ARVELL JADE MINING COMPANY LIMITED", "2021-04-08", False),
          (SAN, None, "KYRENE STEEL COMPANY LIMITED", "2021-06-17", False),
          (SAN, None, "KYRENE STEEL COMPANY LIMITED", FRI, False),
          (SAN, None, "OBSIDIAN FREIGHT LIMITED", "2021-12-10", False),
          (SAN, None, "OBSIDIAN FREIGHT LIMITED", "2023-06-09", True)],
         "a-notices-entry-fields-date-its-listing-amendment-and-removal"),
    # an annex's entries under ADDITIONS continue the additions, not the removal the summary told last
    case("FINANCIAL SANCTIONS NOTICE\n\n2. Following the publication of the UK Sanctions List by the FCDO, the "
         "following entry has been added to the Consolidated List:\n\n- ARVELL JADE MINING COMPANY LIMITED\n\n3. The "
         "following entry has been removed from the Consolidated List:\n\n- OBSIDIAN FREIGHT LIMITED\n\nANNEX TO "
         "NOTICE\n\nADDITIONS\n\nEntities\n\n1. Name 6: ARVELL JADE MINING COMPANY LIMITED\nOther Information: "
         "(UK Statement of Reasons): Sells jade. The entity was designated by the United States on 19/05/2023.\n"
         "Date designated: 16/06/2023 Group ID: 15001.\n",
         [(SAN, None, "ARVELL JADE MINING COMPANY LIMITED", FRI, False),
          (SAN, None, "ARVELL JADE MINING COMPANY LIMITED", "2023-05-19", False),
          (SAN, None, "OBSIDIAN FREIGHT LIMITED", None, True)],
         "an-annex-entry-under-additions-continues-the-addition"),
    case("News Release\n\nJune 16, 2023\n\nMinistry of Economy, Trade and Industry (METI)\n\nRevision of the End "
         "User List\n\nMETI has revised today the End User List.\n\nIn this revision, 3 entities are added to the "
         "list. Newly "
         f"added are, among others, {ARVELL}, which procured carbon fibre.\n\nI. Addition\n\nNo. | Country | Name\n"
         f"603 | China | {ARVELL} | Missile\n604 | Iran | {KYRENE} | Nuclear\n605 | Syria | {OBSIDIAN} | Chemical\n",
         [(EXP, "Ministry of Economy, Trade and Industry", t, FRI, False) for t in (ARVELL, KYRENE, OBSIDIAN)],
         "a-releases-counts-named-in-its-table-by-the-body-that-issued-it"),
    case(f"{ARVELL}, which supplies machine tools to Russia's military-industrial complex, was designated by OFAC on "
         "Tuesday.",
         [(SAN, OFAC, ARVELL, TUE, False)], "russias-military-industrial-complex-is-no-list"),
    case(f"Under China, the ERC determined to add {QINGHE}; {LIANYUN}; and Changzhou Kaiyuan Winding Machinery Works.",
         [(EXP, "ERC", t, None, False) for t in (QINGHE, LIANYUN, "Changzhou Kaiyuan Winding Machinery Works")],
         "a-body-known-by-a-short-form-with-a-usual-measure"),
    # a count's names told across several sentences, the chain of follow-ups however long
    case("The U.S. Treasury on Wednesday imposed sanctions on six companies in Uzbekistan, the United Arab Emirates "
         "and Turkey that it accused of routing refined copper and machine parts to Russian weapons plants. The "
         "agency said the network had moved more than $140 million of cathode, copper wire rod and lathe components "
         f"since early 2022. The biggest of the firms is {ARVELL}, a Tashkent trading house that buys cathode from "
         f"Uzbek smelters and resells it through Dubai. Among them was also its Emirati arm, {KYRENE}, which is 60% "
         f"owned by {ARVELL} and which issued invoices for cargoes that in fact crossed Kazakhstan by rail. The seventh "
         f"is {VELMORA}, a supplier of boards. The others are {OBSIDIAN}, {OSTRAKON} and Aral Commodities DMCC.",
         [(SAN, TREASURY, t, WED, False) for t in (ARVELL, KYRENE, VELMORA, OBSIDIAN, OSTRAKON,
                                                   "Aral Commodities DMCC")], "follow-ups-of-a-count-in-a-chain"),
    case("OFAC on Wednesday designated three banks. The largest shareholder of the bank is Arvell Holdings Ltd, "
         "filings show.", [], "the-largest-shareholder-is-no-target"),
    case("New Zealand today imposed sanctions on two entities. The entities designated are:\n\n"
         f"- {ARVELL}, a Chinese forwarder that held 25% of a rail firm until it sold the stake in 2023;\n"
         f"- {KYRENE}, a shipping agent.\n",
         [(SAN, None, t, "2023-06-16", False) for t in (ARVELL, KYRENE)], "an-items-description-dates-nothing"),
    case("Australia on Wednesday imposed sanctions on two entities, as the Kremlin tries to build a shadow fleet. "
         f"The entities designated are:\n\n1. {ARVELL}\n2. {KYRENE}",
         [(SAN, None, t, WED, False) for t in (ARVELL, KYRENE)], "a-side-clauses-agency-is-no-actor"),
    case(f"OFAC on Wednesday issued a general license authorizing transactions with {CORVANE} until April 18.",
         [(SAN, OFAC, CORVANE, WED, True)], "the-end-of-a-licence-is-not-its-date"),
    case(f"Last week, the State Department barred entry to officials of {QINGHE}, while the Treasury sanctioned "
         f"{LIANYUN}.",
         [(VISA, STATE, QINGHE, "2023-W23", False), (SAN, TREASURY, LIANYUN, "2023-W23", False)],
         "a-while-clause-shares-the-date"),
    case(f"The Treasury on Thursday sanctioned {CORVANE}. Separately, the State Department designated {VELMORA}.",
         [(SAN, TREASURY, CORVANE, THU, False), (SAN, STATE, VELMORA, None, False)],
         "separately-is-not-the-news-day"),
    case(f"The Treasury on Thursday sanctioned {CORVANE}. In a separate notice, the State Department designated "
         f"{VELMORA}.",
         [(SAN, TREASURY, CORVANE, THU, False), (SAN, STATE, VELMORA, None, False)],
         "in-a-separate-notice-is-not-the-news-day"),
    case(f"The State Department on Thursday sanctioned {ARVELL}. The measures bar {ARVELL} from obtaining U.S. export "
         "licenses.",
         [(SAN, STATE, ARVELL, THU, False), (EXP, STATE, ARVELL, THU, False)],
         "the-measures-bar-from-obtaining-licences-a-measure-of-the-action-not-a-licence"),
    case(f"In February 2023 the Ministry of Commerce included {ARVELL} into the unreliable entity list. "
         "The U.S. Department of Commerce added three firms in 2022.",
         [(SAN, MOFCOM, ARVELL, "2023-02", False)], "the-list-tells-which-ministry-of-commerce"),
    case("The United States on Tuesday imposed sanctions on three companies. OFAC said it had designated the "
         f"companies, among them {ARVELL}, {KYRENE} and {OBSIDIAN}.",
         [(SAN, OFAC, t, TUE, False) for t in (ARVELL, KYRENE, OBSIDIAN)], "the-countrys-body-names-the-targets"),
    case(f"Canada on Tuesday imposed sanctions on two entities, {ARVELL} and {KYRENE}. The U.S. Treasury's "
         f"Office of Foreign Assets Control on Tuesday designated {ARVELL}.",
         [(SAN, None, ARVELL, TUE, False), (SAN, None, KYRENE, TUE, False), (SAN, OFAC, ARVELL, TUE, False)],
         "another-countrys-body-is-another-action"),
    case(f"{CORVANE} and {MARISOL} were placed on the sanctions list by the Treasury in 2018 and 2020, respectively.",
         [(SAN, TREASURY, CORVANE, "2018", False), (SAN, TREASURY, MARISOL, "2020", False)], "respectively"),
    case(f"{CORVANE}, a tanker operator, was sanctioned by Britain in 2022 and by the United States in February.",
         [(SAN, None, CORVANE, "2022", False), (SAN, None, CORVANE, "2023-02", False)], "two-agents-each-with-a-date"),
    case(f"{CORVANE} was designated by OFAC on Tuesday and by the European Union in May 2022.",
         [(SAN, OFAC, CORVANE, TUE, False), (SAN, "European Union", CORVANE, "2022-05", False)],
         "two-bodies-each-with-a-date"),
    case(f"OFAC on Tuesday designated {ARVELL}, a shipyard. The others named by OFAC include {KYRENE}, which makes "
         f"pumps, and {OBSIDIAN}.",
         [(SAN, OFAC, t, TUE, False) for t in (ARVELL, KYRENE, OBSIDIAN)], "the-others-named-by-the-body-take-the-news-day"),
    case(f"On Tuesday, the Commerce Department added {ARVELL} to its Entity List, which bars US suppliers from "
         f"shipping to {KYRENE} and others without a license.",
         [(EXP, COMMERCE, ARVELL, TUE, False)], "what-the-list-does-is-no-action"),
    case(f"The Council of the EU on Tuesday adopted a package of sanctions that adds dozens of entities to its "
         f"asset-freeze list, among them {ARVELL} and {KYRENE}.",
         [(SAN, "Council of the European Union", t, TUE, False) for t in (ARVELL, KYRENE)],
         "a-package-of-sanctions-that-adds-is-its-adopters"),
    case(f"OFAC on Tuesday designated {VELMORA}. The Council of the EU adopted a package of sanctions that adds "
         f"dozens of entities to its asset-freeze list, among them {ARVELL} and {KYRENE}.",
         [(SAN, OFAC, VELMORA, TUE, False)] + [(SAN, "Council of the European Union", t, TUE, False)
                                               for t in (ARVELL, KYRENE)],
         "an-undated-package-takes-the-news-day"),
    case(f"The State Department said it had sanctioned {ARVELL} over the purchase of ten aircraft in 2017.",
         [(SAN, STATE, ARVELL, None, False)], "the-date-of-the-reason-is-not-the-actions"),
    case("The remaining 30 per cent is held by the Xinjiang Production and Construction Corps (XPCC), the "
         "paramilitary group that runs farms across the region and was sanctioned by the US Treasury in July 2020.",
         [(SAN, TREASURY, "Xinjiang Production and Construction Corps", "2020-07", False)],
         "a-description-after-a-name-hung-elsewhere-by-the-parser"),
    case("Recent Actions\n\nVenezuela-related Designation Removal\n\nThe following entity has been removed from "
         "OFAC's SDN List:\n\nNAVIERA CARIBE ORIENTAL, C.A., Avenida Municipal, Puerto La Cruz, Venezuela; "
         "[VENEZUELA-EO13850].\n",
         [(SAN, OFAC, "NAVIERA CARIBE ORIENTAL, C.A.", None, True)],
         "an-entry-in-capitals-the-tagger-read-as-a-verb-is-still-an-entry"),
    case("Counter Terrorism Designations\n\nThe following entities have been added to OFAC's SDN List:\n\n"
         "AL-NAJM MONEY TRANSFER (a.k.a. AL-NAJM HAWALA), Al-Bab, Aleppo Governorate, Syria [SDGT] (Linked To: "
         "ISLAMIC STATE OF IRAQ AND THE LEVANT).\n",
         [(SAN, OFAC, "AL-NAJM MONEY TRANSFER", None, False)], "an-entrys-linked-to-party-is-no-target"),
    # the tokenizer keeps "(SDN List):" as one token: the list after it is still the entries
    case("OFAC has added the following entities to its Specially Designated Nationals and Blocked Persons List (SDN "
         "List):\n\nVOLKHOV AERO GROUP JSC, Ulitsa Lesnaya 11, Moscow, Russia [RUSSIA-EO14024].\nSIBERIAN TRANSIT "
         "LOGISTICS GMBH, Hauptstrasse 120, Vienna, Austria [RUSSIA-EO14024].\n",
         [(SAN, OFAC, "VOLKHOV AERO GROUP JSC", None, False), (SAN, OFAC, "SIBERIAN TRANSIT LOGISTICS GMBH", None, False)],
         "entries-after-a-parenthesis-and-colon"),
    case("On Wednesday, BIS published a final rule adding three entities to the Entity List. The three additions "
         f"are: {QINGHE}, Room 1201, No. 28 Fucheng Road, Beijing; {LIANYUN}, a.k.a. Lianyun Tech, Wuhan; and "
         f"{HUAYUN}.",
         [(EXP, BIS, t, WED, False) for t in (QINGHE, LIANYUN, HUAYUN)], "a-rule-adding-a-count-then-entries"),
    case(f"{ARVELL}, the country's largest lender, was designated by OFAC on Tuesday together with its Moscow "
         f"correspondent, {VELMORA}.",
         [(SAN, OFAC, ARVELL, TUE, False), (SAN, OFAC, VELMORA, TUE, False)], "together-with-a-described-name"),
    case("BIS on Tuesday added six entities to the Entity List. Huayun had been listed by the Commerce Department "
         f"in 1998. The same rule removed two entries, {CORVANE} and {MARISOL}, after a review.",
         [(EXP, COMMERCE, "Huayun", "1998", False), (EXP, BIS, CORVANE, TUE, True), (EXP, BIS, MARISOL, TUE, True)],
         "the-same-rule-is-the-leads-rule"),
    case(f"The State Secretariat for Economic Affairs on Tuesday froze the assets of four entities. They are {QINGHE}, "
         f"a drone maker; {ARVELL} and its "
         f"shipping arm {KYRENE}, Minsk; and {VELMORA}.",
         [(SAN, "State Secretariat for Economic Affairs", t, TUE, False) for t in (QINGHE, ARVELL, KYRENE, VELMORA)],
         "two-names-joined-in-one-item"),
    case(f"Treasury on Wednesday added five companies to the NS-CMIC list. It also removed one name, {QINGHE}, after "
         "concluding that the firm no longer operates in the sector.",
         [(INV, TREASURY, QINGHE, WED, True)], "removed-one-name"),
    case("Japan's Ministry of Economy, Trade and Industry on Friday updated its End User List, adding 14 entities in "
         f"China and Russia. Among the Chinese entries are {QINGHE} and {LIANYUN}.",
         [(EXP, "Ministry of Economy, Trade and Industry", t, FRI, False) for t in (QINGHE, LIANYUN)],
         "updated-its-list-adding"),
    case(f"The Treasury on Tuesday took {KYRENE} off the SDN list.", [(SAN, TREASURY, KYRENE, TUE, True)],
         "took-off-the-list"),
    case("The Council of the European Union on Tuesday listed 31 entities. The Council also dropped one entity, "
         f"{VELMORA}, from its list after the company won a challenge.",
         [(SAN, "Council of the European Union", VELMORA, TUE, True)], "dropped-from-its-list"),
    case(f"The Treasury on Tuesday also blacklisted {ARVELL}'s Dubai subsidiary, {KYRENE}",
         [(SAN, TREASURY, KYRENE, TUE, False)], "the-possessor-is-not-listed"),
    case(f"Washington had already blacklisted {CORVANE} in 2021.", [(SAN, None, CORVANE, "2021", False)],
         "a-country-blacklists"),
    case(f"The move bars U.S. investors from buying shares of {OBSIDIAN}",
         [(INV, None, OBSIDIAN, None, False)], "barred-from-buying-shares-of"),
    case(f"The Treasury on Tuesday sanctioned {CORVANE}. Also targeted were {VELMORA} and {ARVELL}",
         [(SAN, TREASURY, t, TUE, False) for t in (CORVANE, VELMORA, ARVELL)], "also-targeted-were"),
    case(f"On Thursday, the Treasury designated {CORVANE}; the Commerce Department added {MARISOL} to the Entity "
         "List.",
         [(SAN, TREASURY, CORVANE, THU, False), (EXP, COMMERCE, MARISOL, THU, False)],
         "a-new-clauses-subject-is-no-list-member"),
    case(f"The State Department on Tuesday designated {DUNMORE} The company, based in Dubai, denied the allegations.",
         [(SAN, STATE, DUNMORE, TUE, False)], "a-name-ending-the-sentence"),
    case(f"{VELMORA} and {QINGHE} were among 20 firms added to the Entity List on Monday.",
         [(EXP, COMMERCE, VELMORA, MON, False), (EXP, COMMERCE, QINGHE, MON, False)], "were-among-n-firms-added"),
    case(f"The Commerce Department on Monday added {QINGHE} to the Entity List. The department also added {LIANYUN}",
         [(EXP, COMMERCE, QINGHE, MON, False), (EXP, COMMERCE, LIANYUN, MON, False)], "also-added-to-the-same-list"),
    case(f"Britain on Tuesday sanctioned {ARVELL}. The Foreign Office said {KYRENE} was also sanctioned.",
         # the attribution makes no actor; the continuation keeps the action's day (gold Rule B)
         [(SAN, None, ARVELL, TUE, False), (SAN, None, KYRENE, TUE, False)], "a-reporting-body-is-no-actor"),
    case(f"The Ministry of Commerce on Wednesday announced that it included {VELMORA} into the export control "
         "control list.",
         [(EXP, MOFCOM, VELMORA, WED, False)], "mofcoms-export-control-control-list"),
    case(f"China's Ministry of Commerce on Wednesday put {ARVELL} on its unreliable entity list. The 2 entities of "
         f"the export control list are including {KYRENE} and {OBSIDIAN}",
         [(SAN, MOFCOM, ARVELL, WED, False), (EXP, MOFCOM, KYRENE, WED, False), (EXP, MOFCOM, OBSIDIAN, WED, False)],
         "a-chinese-storys-export-control-list"),
    case("China's Ministry of Commerce on Wednesday added six U.S. companies to its unreliable entity list. The 6 "
         f"companies, among them {ARVELL} and {KYRENE}, are prohibited from engaging in import and export activities "
         "related to China and from making new investment in China, and their senior managers are barred from "
         "entering China.",
         [(t, MOFCOM, c, WED, False) for c in (ARVELL, KYRENE) for t in (SAN, IMP, EXP, INV, VISA)],
         "measures-stated-for-names-in-the-same-sentence"),
    case("The State Department on Thursday designated two companies. Officials said more would follow.\n\n"
         "ANNEX: ENTITIES DESIGNATED BY THE DEPARTMENT OF STATE\n\n"
         "- VELMORA TRADING LLC, Moscow, Russia.\n- ARVELL PETROLEUM LTD., Dubai, United Arab Emirates.",
         [(SAN, STATE, VELMORA, THU, False), (SAN, STATE, ARVELL, THU, False)],
         "annex-items-under-a-heading-in-capitals"),
    case(f"The Commerce Department on Monday added {QINGHE} to the export control list.",
         [(EXP, COMMERCE, QINGHE, MON, False)], "a-us-storys-export-control-list"),
    case(f"Also sanctioned were Amber Travel & Tourism LLC, an Iraqi travel agency, and {VELMORA}, an Emirati firm.",
         [(SAN, None, "Amber Travel & Tourism LLC", None, False), (SAN, None, VELMORA, None, False)],
         "ampersand-in-a-name-and-a-demonym-is-no-target"),
    case(f"OFAC designated {VELMORA} pursuant to Executive Order 13846 for having engaged in a significant "
         "transaction for the purchase of petroleum from Iran.",
         [(SAN, OFAC, VELMORA, None, False)], "object-the-parser-made-a-small-clause-subject"),
    case(f"China's commerce ministry said on Thursday it had added {ARVELL} and {KYRENE} to its export control list.",
         [(EXP, MOFCOM, ARVELL, THU, False), (EXP, MOFCOM, KYRENE, THU, False)],
         "lower-case-commerce-ministry-and-the-country-the-sentence-names"),
    case("In 2020 the administration barred U.S. investors from buying shares in Zhongxing Telecom Holdings and "
         f"{DUNMORE}",
         [(INV, None, "Zhongxing Telecom Holdings", "2020", False), (INV, None, DUNMORE, "2020", False)],
         "a-name-the-parser-read-as-a-verb-after-a-preposition"),
    case("The Council of the European Union today decided to impose restrictive measures on "
         f"{VELMORA} and {OSTRAKON}.",
         [(SAN, "Council of the European Union", VELMORA, FRI, False),
          (SAN, "Council of the European Union", OSTRAKON, FRI, False)], "restrictive-measures-decided"),
    case(f"Those sanctioned include {VELMORA}, which manages six tankers; {OSTRAKON} of Mumbai; and two Marshall "
         f"Islands companies registered as the owners of the ships: {ARVELL} and {KYRENE}.",
         [(SAN, None, n, None, False) for n in (VELMORA, OSTRAKON, ARVELL, KYRENE)], "count-item-with-colon-in-a-list"),
    case(f"On Thursday, OFAC designated five Russian suppliers. {DUNMORE} makes thermal sights for armored vehicles. "
         f"{DUNMORE} was designated pursuant to E.O. 14024 for operating in the defense sector.",
         [(SAN, OFAC, DUNMORE, THU, False)], "designated-pursuant-to-is-the-announcements-action"),
    case(f"Today's designations build on OFAC's action of September 15, 2022, when it designated {DUNMORE}.",
         [(SAN, OFAC, DUNMORE, "2022-09-15", False)], "the-date-when-refers-to"),
    case("The State Department on Thursday named new targets.\n\nEntities designated by OFAC today\n\n"
         f"• {VELMORA}, Dubai\n• {OSTRAKON}, Harare\n",
         [(SAN, OFAC, VELMORA, FRI, False), (SAN, OFAC, OSTRAKON, FRI, False)], "bulleted-lines-under-a-heading-line"),
    case(f"{VELMORA} was designated on Thursday by OFAC, added to the UK sanctions list by the Foreign, Commonwealth "
         "and Development Office and listed by the Council of the European Union.",
         [(SAN, OFAC, VELMORA, THU, False), (SAN, "Foreign, Commonwealth and Development Office", VELMORA, THU, False),
          (SAN, "Council of the European Union", VELMORA, THU, False)], "passive-participles-each-with-its-agent"),
    case(f"The Council of the European Union on Monday froze the assets of {VELMORA} and lifted its freeze on {OSTRAKON}.",
         [(SAN, "Council of the European Union", VELMORA, MON, False),
          (SAN, "Council of the European Union", OSTRAKON, MON, True)], "freeze-lifted"),
    case(f"In October 2020 the Treasury designated the Qinghe Oil Company (QOC), the Ministry of Petroleum and {ARVELL} "
         f"under counterterrorism powers, and {KYRENE} was blacklisted by OFAC in 2019.",
         [(SAN, TREASURY, "Qinghe Oil Company", "2020-10", False), (SAN, TREASURY, "Ministry of Petroleum", "2020-10", False),
          (SAN, TREASURY, ARVELL, "2020-10", False), (SAN, OFAC, KYRENE, "2019", False)],
         "a-list-then-a-passive-clause-of-its-own"),
    case("The Ministry of Economy, Trade and Industry on Thursday decided to prohibit exports to 3 entities listed in "
         "Annex 2. On Monday Japan also designated 2 entities listed in Annex 1 as subject to an asset freeze.\n\n"
         f"Annex 1: Entities subject to asset freeze\n\n(1) {VELMORA}\nAddress: Dubai\n\n(2) {OSTRAKON}\n\n"
         f"Annex 2: Entities subject to export prohibition\n\n(1) {ARVELL}\n(2) {KYRENE}\n(3) {DUNMORE}\n",
         [(SAN, None, VELMORA, MON, False), (SAN, None, OSTRAKON, MON, False)]
         + [(EXP, "Ministry of Economy, Trade and Industry", n, THU, False) for n in (ARVELL, KYRENE, DUNMORE)],
         "numbered-items-of-the-annex-an-action-cites"),
    case("On Thursday the Ministry of Commerce of China decided to add the following 3 U.S. entities into the export "
         f"control control list. Relevant matters are announced as follows:\n\n1. {ARVELL}\n2. {KYRENE}\n3. {DUNMORE}\n",
         [(EXP, MOFCOM, n, THU, False) for n in (ARVELL, KYRENE, DUNMORE)], "a-count-then-numbered-lines"),
    case("On Thursday China's Ministry of Commerce announced that the following enterprises are included into the "
         f"unreliable entity list:\n\n1. {ARVELL}\n2. {KYRENE}\n\nThe following measures are taken against the above "
         "enterprises: (1) they are prohibited from engaging in import and export activities related to China; "
         "(2) their senior management personnel are prohibited from entering into China.",
         [(t, MOFCOM, n, THU, False) for n in (ARVELL, KYRENE) for t in (SAN, IMP, EXP, VISA)],
         "measures-stated-for-the-numbered-items-above"),
    case("China's Foreign Ministry on Thursday announced countermeasures against two U.S. firms. The Ministry of "
         "Foreign Affairs decides to take countermeasures as following:\n\nArticle 1 Countermeasures are taken to "
         f"{ARVELL} and {KYRENE} (hereinafter referred as \"the enterprises\").\n\nArticle 2 Following measures are "
         "taken: (1) the property of the enterprises in China is frozen; (2) the senior management personnel of the "
         "enterprises are prohibited from entering China.",
         [(t, "Ministry of Foreign Affairs", n, THU, False) for n in (ARVELL, KYRENE) for t in (SAN, VISA)],
         "countermeasures-taken-by-article"),
    case("China's Ministry of Foreign Affairs on Thursday announced countermeasures against two U.S. defence firms. The "
         f"decision reads in part: \"Countermeasures are taken against {ARVELL} and {KYRENE}.\"",
         [(SAN, "Ministry of Foreign Affairs", n, THU, False) for n in (ARVELL, KYRENE)],
         "the-quoted-decision-restates-the-measure"),
    case("1 Part 1 of Schedule 1 to the Special Economic Measures (Ruritania) Regulations is amended by adding the "
         f"following in numerical order:\n\n31 {ARVELL}\n32 {KYRENE}\n\n2 Item 17 of Part 1 of Schedule 1 is repealed.",
         [(SAN, None, n, None, False) for n in (ARVELL, KYRENE)], "schedule-amended-by-adding-numbered-lines"),
    case(f"On Thursday China's Ministry of Commerce decided to include {ARVELL} and {KYRENE} into the unreliable entity "
         "list. Above entities are prohibited to engage in import and export activities related to China, and "
         "prohibited to make new investment in China.",
         [(t, MOFCOM, n, THU, False) for n in (ARVELL, KYRENE) for t in (SAN, IMP, EXP, INV)],
         "measures-stated-for-the-above-entities"),
    case(f"On Friday, {VELMORA} was designated by the Treasury's Office of Foreign Assets Control, placed under an "
         "asset freeze by the Foreign, Commonwealth and Development Office and added to the EU's sanctions list by the "
         "Council of the European Union.",
         [(SAN, OFAC, VELMORA, FRI, False), (SAN, "Foreign, Commonwealth and Development Office", VELMORA, FRI, False),
          (SAN, "Council of the European Union", VELMORA, FRI, False)], "participles-hung-on-the-first-agent"),
    case(f"The Commerce Department on Tuesday added {QINGHE} and {LIANYUN} to the Entity List. So were {ARVELL}; "
         f"{KYRENE}, a maker of radar parts; and {DUNMORE}.",
         [(EXP, COMMERCE, n, TUE, False) for n in (QINGHE, LIANYUN, ARVELL, KYRENE, DUNMORE)], "so-were-continues-a-list"),
    case(f"BIS on Tuesday added {QINGHE} to the Entity List.\n\nUnder Russia, BIS is adding "
         f"{VELMORA}; {OSTRAKON}; and {DUNMORE}.",
         [(EXP, BIS, n, TUE, False) for n in (QINGHE, VELMORA, OSTRAKON, DUNMORE)],
         "adding-under-a-country-heading-to-the-list-used-before"),
    case(f"BIS on Tuesday added {QINGHE} to the Entity List. BIS on Tuesday also amended the entry for {ARVELL}, "
         "adding the aliases Arvell Energy and AP Trading Ltd and an address in Dushanbe.",
         [(EXP, BIS, QINGHE, TUE, False), (EXP, BIS, ARVELL, TUE, False)], "added-aliases-are-no-targets"),
    case(f"The Treasury on Monday barred Americans from investing in {LIANYUN}.\n\nOn Thursday Canada imposed sanctions "
         f"on 2 entities. The entities, listed in Schedule 1 to the Regulations, are:\n\n1. {VELMORA}\n2. {OSTRAKON}\n",
         [(INV, TREASURY, LIANYUN, MON, False), (SAN, None, VELMORA, THU, False), (SAN, None, OSTRAKON, THU, False)],
         "a-countrys-action-is-continued-by-its-list"),
    case("The United States on Tuesday added 12 chip designers to a trade blacklist. BIS said in a notice that it "
         f"had placed the entities on its Entity List. Among them are {QINGHE} and {LIANYUN}.",
         [(EXP, BIS, QINGHE, TUE, False), (EXP, BIS, LIANYUN, TUE, False)], "said-in-a-notice-that-it-had-placed"),
    case(f"Also sanctioned on Tuesday were {VELMORA} of Dubai, which sold the cargoes on paper to disguise their "
         f"origin, and {OSTRAKON}, a Syrian port agent.",
         [(SAN, None, VELMORA, TUE, False), (SAN, None, OSTRAKON, TUE, False)], "a-relative-clause-inside-a-list"),
    case(f"OFAC on Monday delisted {VELMORA}, an entity listed in May 2022.",
         [(SAN, OFAC, VELMORA, MON, True), (SAN, OFAC, VELMORA, "2022-05", False)],
         "an-entity-listed-names-no-entity-list"),
    # the EU's list has no fixed owner: the earlier listing keeps no agency (gold decision 16)
    case(f"The Council of the European Union on Monday delisted {VELMORA}, an entity listed in May 2022.",
         [(SAN, "Council of the European Union", VELMORA, MON, True), (SAN, None, VELMORA, "2022-05", False)],
         "an-earlier-listing-on-a-list-without-owner"),
    case(f"The Treasury on Tuesday blocked {VELMORA} and {OSTRAKON}, two Dubai-based fuel traders.",
         [(SAN, TREASURY, VELMORA, TUE, False), (SAN, TREASURY, OSTRAKON, TUE, False)], "an-agency-blocks-companies"),
    case(f"Under China, BIS on Tuesday added {QINGHE} to the Entity List.\n\nUnder Hong Kong: {VELMORA}, which "
         f"diverted U.S. chips to {QINGHE}.\n\nUnder the United Arab Emirates: {OSTRAKON} and {ARVELL}, both of which "
         "re-exported machine tools.",
         [(EXP, BIS, n, TUE, False) for n in (QINGHE, VELMORA, OSTRAKON, ARVELL)], "entries-under-country-headings"),
    case("ACTION: Final rule.\n\nSUMMARY: In this rule, the Bureau of Industry and Security amends the regulations "
         f"by adding {QINGHE} and {LIANYUN} to the Entity List.",
         [(EXP, BIS, QINGHE, None, False), (EXP, BIS, LIANYUN, None, False)], "a-field-label-and-by-adding"),
    case(f"Today's action follows OFAC's designation of {VELMORA} on August 3, 2018 for facilitating a transaction.",
         [(SAN, OFAC, VELMORA, "2018-08-03", False)], "a-designations-own-date-after-the-noun"),
    case("The Commerce Department said on Friday it had lifted a ban that barred American companies from selling "
         f"parts to {QINGHE}.",
         [(EXP, COMMERCE, QINGHE, FRI, True)], "a-lifted-ban-described-by-a-relative-clause"),
    case(f"The Council of the European Union on Friday imposed an asset freeze and a travel ban on {VELMORA}.",
         [(SAN, "Council of the European Union", VELMORA, FRI, False),
          (VISA, "Council of the European Union", VELMORA, FRI, False)], "two-measures-coordinated"),
    case(f"{VELMORA} was among the 31 companies that the Commerce Department placed on its Entity List on Friday.",
         [(EXP, COMMERCE, VELMORA, FRI, False)], "among-the-companies-that-an-agency-listed"),
    case(f"CBP on Tuesday modified a withhold release order against {VELMORA}, allowing its gloves into the country.",
         [(IMP, CBP, VELMORA, TUE, True)], "a-modified-withhold-release-order-eases-it"),
    case(f"The Treasury Department reimposed sanctions on {VELMORA} on Wednesday.",
         [(SAN, TREASURY, VELMORA, WED, False)], "sanctions-reimposed"),
    case(f"BIS on Thursday added {QINGHE} to the Entity List. In the same rule, BIS revised the existing entry for "
         f"{LIANYUN}, adding two aliases, Lianyun Optics and LYL Systems, and an address in Wuhan.",
         [(EXP, BIS, QINGHE, THU, False), (EXP, BIS, LIANYUN, THU, False)], "a-revised-entry-tightens-the-listing"),
    case(f"The Commerce Department added {QINGHE} to the Entity List in May 2019 and in August 2020 extended the "
         f"restrictions to {LIANYUN}.",
         [(EXP, COMMERCE, QINGHE, "2019-05", False), (EXP, COMMERCE, LIANYUN, "2020-08", False)],
         "restrictions-extended-to-a-company"),
    case(f"The Treasury on Monday lifted the ban on {VELMORA}.", [(SAN, TREASURY, VELMORA, MON, True)],
         "the-ban-lifted"),
    case("The measures answer last month's action of the U.S. Commerce Department, which added 140 entities to the "
         f"Entity List, including {QINGHE}.", [(EXP, COMMERCE, QINGHE, "2023-05", False)],
         "the-date-of-the-action-a-relative-clause-describes"),
    case("The measures respond to last month action of the Ministry of Commerce of the United States, who added 140 "
         f"entities to the entity list, including {QINGHE}.", [(EXP, COMMERCE, QINGHE, "2023-05", False)],
         "the-date-of-the-action-of-a-body-with-a-long-name"),
    case(f"The U.S. Department of Justice on Monday unsealed an indictment charging {VELMORA} and {KYRENE} with "
         "conspiring to launder funds.",
         [(IND, "U.S. Department of Justice", n, MON, False) for n in (VELMORA, KYRENE)], "unsealed-an-indictment-charging"),
    case("The Justice Department announced today that a federal grand jury in Boston has indicted a Hong Kong freight "
         f"forwarder and its mainland affiliate. The indicted companies are {ARVELL}, of Hong Kong, and {DUNMORE}.",
         [(IND, "U.S. Department of Justice", n, FRI, False) for n in (ARVELL, DUNMORE)],
         "a-grand-jury-indictment-the-department-announced-then-named"),
    case(f"The Treasury on Tuesday sanctioned a network of suppliers. Under the sanctions fell {ARVELL} and {DUNMORE}.",
         [(SAN, TREASURY, n, TUE, False) for n in (VELMORA, ARVELL, DUNMORE)][1:],
         "translated-under-the-sanctions-fell"),
    case(f"The Treasury on Tuesday sanctioned {VELMORA}. Also on the list are {ARVELL} and {DUNMORE}.",
         [(SAN, TREASURY, n, TUE, False) for n in (VELMORA, ARVELL, DUNMORE)], "also-on-the-list-are"),
    case("Also in this announcement, BIS removed from the Entity List the Ostrava Optoelectronic Devices Research "
         "Institute, which was listed in 2021.",
         [(EXP, BIS, "Ostrava Optoelectronic Devices Research Institute", None, True),
          (EXP, COMMERCE, "Ostrava Optoelectronic Devices Research Institute", "2021", False)],
         "removed-from-the-list-the-name"),
    case(f"BIS suspended the export privileges of a different customer, {QINGHE}, through a temporary denial order "
         "on Tuesday.", [(EXP, BIS, QINGHE, TUE, False)], "export-privileges-suspended"),
    case("China's Ministry of Commerce (MOFCOM) on Thursday put two firms on its unreliable entity list. MOFCOM also "
         "released announcement No. 47 of 2024, adding 3 U.S. entities into the export control control list, and the "
         f"export of dual-use items to them is prohibited: 1. {ARVELL}; 2. {LIANYUN}; 3. {KYRENE}", [(EXP, MOFCOM, n, THU, False) for n in (ARVELL, LIANYUN, KYRENE)],
         "released-an-announcement-adding-takes-the-news-day"),
    case(f"The Council of the European Union on Friday added {ARVELL} and {KYRENE} to Annex IV, so that stricter "
         "export restrictions apply to dual-use goods sold to them.",
         [(EXP, "Council of the European Union", n, FRI, False) for n in (ARVELL, KYRENE)], "eu-annex-iv"),
    case(f"OFSI on Friday granted a specific licence to the administrators of {VELMORA}, a designated company in "
         "liquidation, allowing them to pay outstanding wages.",
         [(SAN, "Office of Financial Sanctions Implementation", VELMORA, FRI, True)],
         "a-licence-to-the-administrators-of-a-designated-company"),
    case(f"The Commerce Department on Monday extended a temporary licence for {QINGHE} and added 46 affiliates to "
         f"the Entity List. Among Monday's newcomers are {ARVELL} and {KYRENE}.",
         [(EXP, COMMERCE, QINGHE, MON, True), (EXP, COMMERCE, ARVELL, MON, False), (EXP, COMMERCE, KYRENE, MON, False)],
         "newcomers-after-a-licence-are-additions"),
    case(f"On October 10, 2019, a federal grand jury in Houston returned an indictment charging {ARVELL}, a Hong Kong "
         "trading company, with conspiring to export oilfield equipment.",
         [(IND, None, ARVELL, "2019-10-10", False)], "a-grand-jury-returned-an-indictment-charging"),
    case("The Government of Japan decided today, by the Cabinet approval, to implement the measures of asset freeze "
         "to 2 entities which are listed in the Attachment 1.\n\n(Attachment 1) Entities subject to asset freeze\n\n"
         f"1. {ARVELL}\n2. {KYRENE}\n", [(SAN, None, n, FRI, False) for n in (ARVELL, KYRENE)],
         "a-government-implements-measures-on-the-attachment"),
    # a government named by a collective noun acts as its country does (agency null)
    case(f"The Biden administration blacklisted {ARVELL} on Tuesday.", [(SAN, None, ARVELL, TUE, False)],
         "an-administration-blacklisted"),
    case(f"Chinese authorities designated {KYRENE} in 2021.", [(SAN, None, KYRENE, "2021", False)],
         "authorities-designated"),
    case(f"The Russian side on Monday introduced sanctions against {KYRENE}.", [(SAN, None, KYRENE, MON, False)],
         "the-russian-side"),
    # a date word parsed as the subject, the body hung on it
    case(f"WASHINGTON — U.S. Customs and Border Protection (CBP) today issued a Withhold Release Order against {ARVELL}.",
         [(IMP, CBP, ARVELL, FRI, False)], "cbp-today-issued"),
    # ... and the body itself, not the department it belongs to; a name whose last word ("Limited") the
    # parser took for a clause is still the object
    case("Today, the Department of Commerce's Bureau of Industry and Security (BIS) added Karachi Rotor Alloys "
         "(Private) Limited to the Entity List.",
         [(EXP, BIS, "Karachi Rotor Alloys (Private) Limited", FRI, False)], "possessor-department-and-limited"),
    # what happened "after" is no part of a modal main clause
    case(f"Refiners are reviewing their crude contracts after the Treasury on Monday imposed sanctions on {ARVELL}.",
         [(SAN, TREASURY, ARVELL, MON, False)], "after-clause-of-a-modal-one"),
    case(f"The shipowner said it will sell its stake after the State Department designated {ARVELL} on Monday.",
         [(SAN, STATE, ARVELL, MON, False)], "after-clause-of-a-future-one"),
    # ... but a stay with its start is dated by it
    case(f"{HUAYUN} has remained on the Entity List since 2019.", [(EXP, COMMERCE, HUAYUN, "2019", False)],
         "remained-on-the-list-since"),
    # "revoked the designation of X" gives the lifted row only; a derogation eases the measure; "no longer subject"
    # is a state ended, no row of its own
    case(f"Australia has revoked the designation of {ARVELL} under the Autonomous Sanctions Regulations 2011, the "
         "Department of Foreign Affairs and Trade said on Monday.", [(SAN, None, ARVELL, MON, True)],
         "revoked-the-designation-of"),
    case(f"On Monday, the Council granted a derogation allowing EU operators to release frozen funds to {ARVELL}.",
         [(SAN, "Council of the European Union", ARVELL, MON, True)], "a-derogation"),
    case("The following entities have been removed from the UK Sanctions List by the Foreign, Commonwealth and "
         "Development Office on 12 June 2023:\n"
         f"• {ARVELL}\n• {ORLAN}\nThese entities are no longer subject to an asset freeze.",
         [(SAN, "Foreign, Commonwealth and Development Office", n, MON, True) for n in (ARVELL, ORLAN)],
         "no-longer-subject"),
    # a description that refers back: "the Istanbul distributor"
    case(f"For {ARVELL}, the trouble began in 2022, when chips it had imported turned up in a missile. The Bureau of "
         "Industry and Security added the Istanbul distributor to the Entity List in February 2023.",
         [(EXP, BIS, ARVELL, "2023-02", False)], "the-distributor"),
    # "it" in the main clause's participle is the measure's target, not the subject of the sentence before
    case(f"In a related case, {ARVELL} pleaded guilty last month to filing false export documents. The Commerce "
         f"Department on Tuesday also issued a temporary denial order against {KYRENE}, cutting it off from U.S. "
         "exports for 180 days.", [(EXP, COMMERCE, KYRENE, TUE, False)], "it-in-the-participle-is-the-target"),
    # a list the parser cut after a description ("... and drone maker" | "B Ltd.")
    case("The Treasury on Thursday added eight companies to its Non-SDN Chinese Military-Industrial Complex Companies "
         "List. Among the firms were facial-recognition developer Hangzhou Yuntu Vision Technology Co., Ltd. and drone "
         "maker Skyward Aerial Robotics Ltd. Yuntu, which postponed its planned Hong Kong initial public offering last "
         "week, said it strongly opposes the designation.",
         [(INV, TREASURY, n, THU, False) for n in ("Hangzhou Yuntu Vision Technology Co., Ltd.",
                                                   "Skyward Aerial Robotics Ltd.")], "a-list-cut-after-a-description"),
    # "the three companies" after a numbered list of three: its items (not "the following 2 entities")
    case("Today, BIS removed three entities from the Entity List after each demonstrated a change in conduct:\n"
         f"1. {QINGHE} (China);\n2. {ARVELL} (United Arab Emirates); and\n3. {KYRENE} (Singapore).\n"
         "BIS added the three companies in November 2022 for diverting U.S.-origin parts.",
         [(EXP, BIS, n, FRI, True) for n in (QINGHE, ARVELL, KYRENE)]
         + [(EXP, BIS, n, "2022-11", False) for n in (QINGHE, ARVELL, KYRENE)], "the-three-after-numbered-items"),
    case("1. Today the Government of Japan decided to freeze the assets of the following 2 entities:\n"
         f"(1) {QINGHE}\n(2) {ARVELL}\n2. In addition, the Ministry of Economy, Trade and Industry (METI) decided to "
         f"prohibit exports to the following 2 entities:\n(1) {KYRENE} (Türkiye)\n(2) {ORLAN} (Kazakhstan)\n",
         [(SAN, None, n, FRI, False) for n in (QINGHE, ARVELL)]
         + [(EXP, "Ministry of Economy, Trade and Industry", n, FRI, False) for n in (KYRENE, ORLAN)],
         "the-following-two-after-numbered-items"),
    # items under a numbered heading that says they were deleted are lifted
    case("The Ministry of Economy, Trade and Industry (METI) today revised the End User List. In this revision, 2 "
         "entities are added and 1 entity is deleted.\n\n1. Entities added\n(1) "
         f"{ARVELL} (Iran)\n(2) {ORLAN} (Pakistan)\n\n2. Entities deleted\n(1) {KYRENE} (Syria)\n",
         [(EXP, "Ministry of Economy, Trade and Industry", ARVELL, FRI, False),
          (EXP, "Ministry of Economy, Trade and Industry", ORLAN, FRI, False),
          (EXP, "Ministry of Economy, Trade and Industry", KYRENE, FRI, True)], "items-under-a-deleted-heading"),
    # a name in apposition inside a relative clause is no item of the list
    case(f"OFAC designated {ARVELL}, which is owned by a Cyprus company, {KYRENE}.", [(SAN, OFAC, ARVELL, None, False)],
         "apposition-inside-a-relative-clause"),
    # each of two coordinated names with its own relative clause (however the parser hung the second)
    case(f"BIS is removing {QINGHE}, which was added to the Entity List on June 5, 2020 (85 FR 34495), and {LIANYUN}, "
         "which was placed on the list in March 2022, after an end-use review.",
         [(EXP, COMMERCE, QINGHE, "2020-06-05", False), (EXP, COMMERCE, LIANYUN, "2022-03", False)],
         "each-name-its-own-relative-clause"),
    case(f"OFAC designated {ARVELL} and {ORLAN}, which were added to the Entity List on June 5, 2020.",
         [(SAN, OFAC, ARVELL, None, False), (SAN, OFAC, ORLAN, None, False),
          (EXP, COMMERCE, ARVELL, "2020-06-05", False), (EXP, COMMERCE, ORLAN, "2020-06-05", False)],
         "a-plural-relative-clause-on-both-names"),
    # "re-designated", "re-imposed" kept whole: a new measure, not lifted
    case(f"OFAC on Monday re-designated {ARVELL}, which it had delisted in 2021.",
         [(SAN, OFAC, ARVELL, MON, False), (SAN, OFAC, ARVELL, "2021", True)], "re-designated"),
    case(f"The Council of the EU on Monday re-imposed sanctions on {ARVELL}.",
         [(SAN, "Council of the European Union", ARVELL, MON, False)], "re-imposed"),
    # names numbered inline are a list
    case(f"On 12 June 2023, the Government of Japan decided to implement measures to freeze the assets of the following "
         f"entities: (1) {ARVELL} (2) {ORLAN}", [(SAN, None, n, MON, False) for n in (ARVELL, ORLAN)],
         "names-numbered-inline"),
    # "it" as the object of a joined clause is the first clause's object
    case(f"{ORLAN} owns the remaining 26%. Britain sanctioned {ARVELL} in May 2022, and the Commerce Department added "
         "it to the Entity List last year.",
         [(SAN, None, ARVELL, "2022-05", False), (EXP, COMMERCE, ARVELL, "2022", False)], "it-in-a-joined-clause"),
    # "the company" is the subject before, not a name in apposition to a side remark
    case(f"{ARVELL} owns all of {OBSIDIAN}, and 25% of the company itself belongs to the state corporation {ORLAN}. "
         "Earlier, in September 2022, the company was included in the sanctions list of the European Union.",
         [(SAN, "European Union", ARVELL, "2022-09", False)], "the-company-is-the-subject-not-an-apposition"),
    # the measure the verb takes as object decides, not a word of a target's description
    case(f"The Treasury on Monday imposed sanctions on {ARVELL}, one of the last lenders handling payments for gas "
         "exports.", [(SAN, TREASURY, ARVELL, MON, False)], "the-verbs-own-measure"),
    # a body that adopts another's measures acts; a decree enacting a body's decision: the body's
    case(f"On 12 June 2023, the State Secretariat for Economic Affairs decided to adopt the EU's sanctions against "
         f"{ARVELL} and {ORLAN}.",
         [(SAN, "State Secretariat for Economic Affairs", n, MON, False) for n in (ARVELL, ORLAN)],
         "adopt-the-eus-sanctions"),
    case("Ukraine's president on Monday signed a decree enacting the decision of the National Security and Defense "
         f"Council of Ukraine to impose sanctions on 46 companies, among them {ARVELL} and {ORLAN}.",
         [(SAN, "National Security and Defense Council of Ukraine", n, MON, False) for n in (ARVELL, ORLAN)],
         "decree-enacting-the-decision-of"),
    # Taiwan's entity list is not the U.S. one
    case(f"Taiwan on Monday added {ARVELL} to its strategic high-tech commodities entity list.",
         [(EXP, None, ARVELL, MON, False)], "taiwan-strategic-high-tech-entity-list"),
    # the subject nearest the verb acts, not a dateline's place parsed as a subject too
    case("Bern, 14.06.2023 - On 12 June 2023, the Federal Department of Economic Affairs, Education and Research (EAER) "
         f"added 86 entities to the sanctions list in Annex 8, including {ARVELL}, SECO said.",
         [(SAN, "Federal Department of Economic Affairs, Education and Research", ARVELL, MON, False)],
         "dateline-place-parsed-as-a-subject"),
    # a Federal Register header's "AGENCY:" line names the body whose rule it is
    case("AGENCY: Bureau of Industry and Security, Department of Commerce.\nACTION: Final rule.\nSUMMARY: This rule "
         f"adds two entities to the Entity List under the destination of the United Arab Emirates: {ARVELL} and {ORLAN}.",
         [(EXP, BIS, n, None, False) for n in (ARVELL, ORLAN)], "federal-register-agency-line"),
    # translated: "X is in the entity list", "X is one of them"
    case(f"Since May 2019, {HUAYUN} is in the entity list of US Commerce Department, its supply chain is affected.",
         [(EXP, COMMERCE, HUAYUN, "2019-05", False)], "is-in-the-entity-list"),
    case(f"BIS on Monday added 36 entities into the entity list. The equipment maker {HUAYUN} is one of them.",
         [(EXP, BIS, HUAYUN, MON, False)], "is-one-of-them"),
    # the measures a colon lists for the targets just named give a row each (gold Rule C)
    case(f"MOFCOM decided on Monday to put 2 US companies into the unreliable entity list, they are {ARVELL} and "
         f"{ORLAN}, and take following measures: prohibit above enterprises to engage in import and export activities "
         "related to China; prohibit above enterprises to make new investment in China.",
         [(t, MOFCOM, n, MON, False) for n in (ARVELL, ORLAN) for t in (SAN, IMP, EXP, INV)],
         "following-measures-after-a-colon"),
    case("The Ministry of Foreign Affairs of the People's Republic of China decided on Monday to take countermeasures "
         f"against {ARVELL} and {ORLAN}: freeze their "
         "property in China; not issue visas to their senior management personnel.",
         [(t, "Ministry of Foreign Affairs of the People's Republic of China", n, MON, False)
          for n in (ARVELL, ORLAN) for t in (SAN, VISA)], "countermeasures-listed-after-a-colon"),
    # "the three firms": the last list of three names, also one told in a sentence with no action
    case(f"Investigators traced the engines to {ORLAN}, {OBSIDIAN} and {HUAYUN}, according to a report. On Tuesday, "
         "the Bureau of Industry and Security added the three firms to the Entity List.",
         [(EXP, BIS, n, TUE, False) for n in (ORLAN, OBSIDIAN, HUAYUN)], "the-three-firms"),
    # "charges against X" announced by the Justice Department are an indictment
    case(f"The Justice Department on Tuesday announced charges against {ORLAN} and {OBSIDIAN}, two companies accused of "
         "shipping aircraft parts to Russia.", [(IND, JUSTICE, n, TUE, False) for n in (ORLAN, OBSIDIAN)],
         "announced-charges-against"),
    # the EU's list of those "directly supporting Russia's military-industrial complex" (Annex IV) restricts exports
    case(f"The Council of the EU on Monday added 19 entities to the list of those directly supporting Russia's "
         f"military-industrial complex, including {QINGHE}.",
         [(EXP, "Council of the European Union", QINGHE, MON, False)], "directly-supporting-the-military-industrial-complex"),
    # goods "barred from entering" are an import ban, not a visa ban; "two of its subsidiaries, A and B" are listed
    case(f"DHS on Tuesday added {TIANSHAN} and two of its subsidiaries, {ORLAN} and {HUAYUN}, to the UFLPA Entity List. "
         "Goods made by the three companies are barred from entering the United States.",
         [(IMP, DHS, n, TUE, False) for n in (TIANSHAN, ORLAN, HUAYUN)], "two-of-its-subsidiaries-and-goods-entering"),
    # an import ban on a company's goods targets the company; "prosecuted" is an indictment
    case(f"CBP on Monday issued a withhold release order on seafood products of {TIANSHAN}.",
         [(IMP, CBP, TIANSHAN, MON, False)], "wro-on-products-of"),
    # a body of a country that imposes measures is no target, also one with no canonical name
    case(f"The Ministry of Treasury and Finance froze on Monday the assets of 2 organizations which were determined by "
         f"the UN Security Council, namely {ORLAN} and {OBSIDIAN}.",
         [(SAN, "Ministry of Treasury and Finance", n, MON, False) for n in (ORLAN, OBSIDIAN)],
         "a-body-without-a-canonical-name-is-no-target"),
    case(f"The Justice Department prosecuted {ORLAN} and two of its employees on Tuesday.",
         [(IND, JUSTICE, ORLAN, TUE, False)], "prosecuted"),
    # "the subsidiary of X, Y": the unit named after its parent
    case(f"The Commerce Department on Monday added the Chinese subsidiary of Korean company Daewon Optics, {HUAYUN}, "
         "to the Entity List.", [(EXP, COMMERCE, HUAYUN, MON, False)], "the-subsidiary-of-x-then-its-name"),
    # the subject of a clause the parser joined to a participle ("chaired by") acts
    case(f"On Thursday, the Forced Labor Enforcement Task Force (FLETF), chaired by the Department of Homeland Security, "
         f"removed {ARVELL} from the UFLPA Entity List.",
         [(IMP, "Forced Labor Enforcement Task Force", ARVELL, THU, True)], "task-force-chaired-by-removed"),
    # names joined by "or"; "both companies" for the targets just named; "the TDO" is a measure
    case(f"OFAC is also issuing General License 114, which authorizes transactions involving {ARVELL} or {KYRENE}.",
         [(SAN, OFAC, n, None, True) for n in (ARVELL, KYRENE)], "a-licence-involving-a-or-b"),
    case(f"The Justice Department on Monday announced an indictment charging {ARVELL} and {KYRENE} with exporting "
         "components to Iran. Concurrently, the Bureau of Industry and Security added both companies to the Entity List.",
         [(IND, JUSTICE, n, MON, False) for n in (ARVELL, KYRENE)] + [(EXP, BIS, n, None, False) for n in (ARVELL, KYRENE)],
         "both-companies"),
    case(f"BIS first issued the TDO against {VELMORA} on April 7, 2022.", [(EXP, BIS, VELMORA, "2022-04-07", False)],
         "the-tdo"),
    # an OFSI notice's "Entity:" label opens an entry
    case("The following entry has been added to the Consolidated List:\nEntity: ARVELL JADE MINING LTD. Address: "
         "Limassol, Cyprus. Date designated: 14/06/2023.", [(SAN, None, "ARVELL JADE MINING LTD.", WED, False)],
         "an-entity-label-opens-an-entry"),
    # a description with a word of one name two sentences back
    case(f"According to the registry, 74.99% of Murmansk Shelf Drilling JSC is owned by {VELMORA}. Earlier, 49% "
         f"belonged to {KYRENE}, which left in 2022. In February, the drilling company was included in the SDN list.",
         [(SAN, OFAC, "Murmansk Shelf Drilling JSC", "2023-02", False)], "the-drilling-company"),
    # the names after the colon of "the following entity ...:"; an announced measure parsed as a verb
    case("On 12 June 2023 the Foreign, Commonwealth and Development Office (FCDO) designated the following entity "
         f"under the Russia (Sanctions) (EU Exit) Regulations 2019: {ARVELL}.",
         [(SAN, "Foreign, Commonwealth and Development Office", ARVELL, MON, False)], "the-following-entity-colon"),
    case(f"The Ministry of Finance of Japan on Friday announced asset freezes on 11 entities, including {KYRENE}.",
         [(SAN, "Ministry of Finance of Japan", KYRENE, FRI, False)], "announced-asset-freezes-on"),
    # "its assets" are the company's; "the company" reaches two sentences back
    case(f"{ARVELL}, the St Petersburg tanker operator, has been on Western lists since the invasion. Britain froze "
         "its assets in May 2022. The Office of Foreign Assets Control designated the company in February 2023.",
         [(SAN, None, ARVELL, "2022-05", False), (SAN, OFAC, ARVELL, "2023-02", False)],
         "its-assets-and-the-company-two-sentences-back"),
    # a date told from another event gives no value (gold decision 23), and keeps its row apart
    case(f"The affair began in 2020. That March, the Commerce Department blacklisted {ARVELL}.",
         [(EXP, COMMERCE, ARVELL, None, False)], "that-march"),
    case(f"Britain froze the assets of {KYRENE} in May 2022, and the European Union added it to its asset-freeze list "
         "the following month.", [(SAN, None, KYRENE, "2022-05", False), (SAN, "European Union", KYRENE, None, False)],
         "the-following-month"),
    # a measure stated with "as" names the type; "its entry" is a list's entry, no visa ban
    case(f"{ARVELL} was designated by the Ministry of Economy, Trade and Industry as the target of export prohibition "
         "measures last year.", [(EXP, "Ministry of Economy, Trade and Industry", ARVELL, "2022", False)],
         "designated-as-the-target-of-export-prohibition"),
    case(f"The Council of the EU on Monday decided to amend the listing of {KYRENE}, adding two new addresses and an "
         f"alias to its entry. {KYRENE} was first listed on 16 December 2022.",
         [(SAN, "Council of the European Union", KYRENE, MON, False), (SAN, None, KYRENE, "2022-12-16", False)],
         "an-alias-added-to-its-entry"),
    # a place before a role noun after "its" is no company
    case(f"Taiwan's International Trade Administration added {ARVELL} and its Dongguan affiliate to the entity list "
         "for strategic high-tech commodities on Thursday.",
         [(EXP, "International Trade Administration", ARVELL, THU, False)], "its-dongguan-affiliate"),
    # a section heading in capitals closes the entry before it: the deletion is not the amended entry's
    case("FINANCIAL SANCTIONS NOTICE\nAMENDMENTS\nThe following entries on the Consolidated List have been amended:\n"
         "1. Name: URALTECH INSTRUMENT JSC\nAddress: Yekaterinburg, Russia.\nListed on: 16/03/2022 Last Updated: "
         "14/06/2023 Group ID: 14988.\nDELETIONS\nThe following entry has been removed from the Consolidated List:\n"
         f"Entity: {KYRENE.upper()} Group ID: 15311.",
         [(SAN, None, "URALTECH INSTRUMENT JSC", "2022-03-16", False), (SAN, None, "URALTECH INSTRUMENT JSC", WED, False),
          (SAN, None, KYRENE.upper(), None, True)], "a-heading-closes-the-entry"),
    # a plural description in apposition to a list describes every name in it
    case("Today, OFAC removed Marlow Bulk Carriers Ltd. and Cedar Coast Shipping S.A., two entities added to the SDN "
         "List in October 2022 for transporting Iranian petroleum.",
         [(SAN, OFAC, n, FRI, True) for n in ("Marlow Bulk Carriers Ltd.", "Cedar Coast Shipping S.A.")]
         + [(SAN, OFAC, n, "2022-10", False) for n in ("Marlow Bulk Carriers Ltd.", "Cedar Coast Shipping S.A.")],
         "two-entities-added-in-apposition"),
    # a clause after a semicolon is no item of the list before it
    case(f"MOFCOM on Monday announced to add 15 US entities into the export control list, including {ARVELL}; at the "
         f"same time, {KYRENE} is removed from the export control list.",
         [(EXP, MOFCOM, ARVELL, MON, False), (EXP, MOFCOM, KYRENE, None, True)], "a-clause-after-a-semicolon"),
    case(f"On Monday Ukraine imposed sanctions on {ARVELL}; the company is 51% owned by {KYRENE}.",
         [(SAN, None, ARVELL, MON, False)], "a-clause-before-a-name-after-a-semicolon"),
    case(f"On 12 June 2023, the Australian Sanctions Office removed {VELMORA} from the Consolidated List.",
         [(SAN, "Australian Sanctions Office", VELMORA, MON, True)], "australian-sanctions-office"),
    # measures suspended are lifted; export privileges suspended are a denial order
    case(f"MOFCOM on Monday decided to suspend the relevant measures against {ARVELL}.",
         [(SAN, MOFCOM, ARVELL, MON, True)], "suspend-the-measures-against"),
    case(f"MOFCOM announced on Monday that it has suspended, for one year, the measures imposed on {ARVELL} and "
         f"{KYRENE} under the unreliable entity list mechanism.",
         [(SAN, MOFCOM, n, MON, True) for n in (ARVELL, KYRENE)], "suspended-the-measures-imposed-on"),
    case(f"MOFCOM decided on Monday to suspend the implementation of export control measures to {ARVELL}.",
         [(EXP, MOFCOM, ARVELL, MON, True)], "suspend-the-implementation-of-measures"),
    # Russia's Foreign Ministry "closes entry" for a company's staff: a visa ban on the company
    case(f"The Ministry of Foreign Affairs of the Russian Federation on Monday decided to close entry into Russia for "
         f"employees of {ARVELL} and {KYRENE}.",
         [(VISA, "Ministry of Foreign Affairs of the Russian Federation", n, MON, False) for n in (ARVELL, KYRENE)],
         "close-entry-for-employees-of"),
    # a count caps the names it introduces
    case(f"On Monday, DHS announced the addition of two entities to the UFLPA Entity List: {ARVELL} and {QINGHE} "
         f"Qinghe's parent, {ORLAN}, was added to the UFLPA Entity List in June 2022.",
         [(IMP, DHS, ARVELL, MON, False), (IMP, DHS, QINGHE, MON, False), (IMP, DHS, ORLAN, "2022-06", False)],
         "a-count-caps-its-names"),
    case(f"BIS on Monday suspended the export privileges of {KYRENE} for 180 days.",
         [(EXP, BIS, KYRENE, MON, False)], "suspended-the-export-privileges"),
    # "eliminated from" a list is a removal; the "Clinton list" is OFAC's, as Latin American press names it
    case(f"On Monday the OFAC eliminated from the Clinton list the company {ARVELL}, which had been included in 2016.",
         [(SAN, OFAC, ARVELL, MON, True), (SAN, OFAC, ARVELL, "2016", False)], "eliminated-from-the-clinton-list"),
    # a legal act's enacting body issues its present-tense additions (gold decision 46), and the rows of
    # its annex table, between pipes, are its items, dated by their "Date of listing"
    case("COUNCIL IMPLEMENTING REGULATION (EU) 2023/1210\n\nTHE COUNCIL OF THE EUROPEAN UNION,\n\nHaving regard "
         "to Council Regulation (EU) 269/2014,\n\nHAS ADOPTED THIS REGULATION:\n\nANNEX\n\nThe following entities "
         "are added to the list set out in Annex I to Regulation (EU) 269/2014:\n\n"
         "| | Name | Identifying information | Reasons | Date of listing |\n"
         f"| 9. | {ARVELL} | Address: Limassol, Cyprus | Ships fuel to the armed forces. | 14.6.2023 |\n"
         f"| 10. | {KYRENE} | Address: Piraeus, Greece | Insures the tankers. | 14.6.2023 |\n",
         [(SAN, "Council of the European Union", n, WED, False) for n in (ARVELL, KYRENE)],
         "an-eu-regulation-annex-table-is-the-councils"),
    case("The Council today decided to impose restrictive measures on 6 entities. The entities listed include "
         f"{ARVELL} and {KYRENE}.", [(SAN, "Council of the European Union", n, FRI, False) for n in (ARVELL, KYRENE)],
         "the-council-of-restrictive-measures-is-the-eus"),
    case(f"A federal grand jury in Brooklyn returned an indictment charging {ARVELL} with exporting avionics to "
         "Russia, the Justice Department announced on Tuesday.", [(IND, JUSTICE, ARVELL, TUE, False)],
         "an-indictment-the-justice-department-announced"),
    # a licence's beneficiaries: in a relative clause, and the subject of what it allows
    case(f"OFAC is also issuing General License 8L, which authorizes transactions involving {ARVELL} and {KYRENE} "
         "through May 1, 2025.", [(SAN, OFAC, n, None, True) for n in (ARVELL, KYRENE)],
         "a-general-licence-which-authorizes"),
    case(f"OFSI on Wednesday issued a licence allowing {VELMORA} to wind down its contracts.",
         [(SAN, "Office of Financial Sanctions Implementation", VELMORA, WED, True)], "a-licence-allowing-x-to"),
    # the date of the decision to implement the measures
    case("On June 12, the Government of Japan decided to implement the measures to freeze the assets of the "
         f"following organizations:\n(1) {ARVELL}\n(2) {KYRENE}\n", [(SAN, None, n, MON, False) for n in (ARVELL, KYRENE)],
         "decided-to-implement-the-measures-to-freeze"),
    # a relative clause's own measure is its own ("charged ... with"), not the main clause's list
    case(f"{ARVELL}, which was charged by U.S. prosecutors in 2022 with shipping aircraft parts to Iran, was added "
         "to the Entity List on Tuesday.", [(IND, None, ARVELL, "2022", False), (EXP, COMMERCE, ARVELL, TUE, False)],
         "a-relative-clauses-charge"),
    # a description in the sentence of its clause's subject is another company
    case(f"{VELMORA} raised its stake in {KYRENE} to 51% last year, taking control of the port operator that the "
         "Commerce Department added to the Entity List in May.", [(EXP, COMMERCE, KYRENE, "2023-05", False)],
         "the-port-operator-is-not-the-subject"),
    case(f"Falcon Aero Spares FZC, a Sharjah-based parts broker, was among 26 entities sanctioned by the State "
         "Department on Monday.", [(SAN, STATE, "Falcon Aero Spares FZC", MON, False)], "fzc-among-entities-sanctioned"),
    # a report after the clause, the verb first (translated), dates it
    case(f"The Russian side has introduced sanctions against the Canadian companies {ARVELL} and {KYRENE}, "
         "reported the Ministry of Foreign Affairs of Russia on Monday.", [(SAN, None, n, MON, False) for n in (ARVELL, KYRENE)],
         "reported-the-ministry-on-monday"),
    case(f"The General Court on Wednesday annulled the listing of {VELMORA}.",
         [(SAN, "General Court", VELMORA, WED, True)], "a-court-annulled-the-listing"),
    case(f"The Treasury Department on Friday added {XINRUI} to its investment blacklist.",
         [(INV, TREASURY, XINRUI, FRI, False)], "investment-blacklist"),
    case("An indictment charging two foreign companies was unsealed in federal court in Miami on Thursday. The "
         f"defendants named in the indictment are {ARVELL}, an aircraft maintenance company, and {KYRENE}, a broker.",
         [(IND, None, n, THU, False) for n in (ARVELL, KYRENE)], "the-defendants-of-an-indictment-with-no-agency"),
    case(f"OFAC on Wednesday re-designated {VELMORA}, a Panamanian fuel trader.", [(SAN, OFAC, VELMORA, WED, False)],
         "re-designated"),
    case(f"The Treasury on Wednesday sanctioned {VELMORA}. It was among 11 banks and companies hit in the action, "
         f"which also named {ARVELL} and {KYRENE}.",
         [(SAN, TREASURY, n, WED, False) for n in (VELMORA, ARVELL, KYRENE)], "the-action-which-also-named"),
    case(f"The Treasury on Monday sanctioned {VELMORA}. Other shareholders of the venture are Hong Kong's {ARVELL} "
         f"with 45% and {DUNMORE} of Russia with 25%.", [(SAN, TREASURY, VELMORA, MON, False)],
         "other-shareholders-are-no-further-targets"),
    case("President Volodymyr Zelensky on Monday has enacted the decision of National Security and Defense Council "
         "of Ukraine (NSDC) about "
         f"sanctions against 14 companies.\n\nAmong sanctioned are the Vladivostok company {ARVELL}, {KYRENE} and "
         f"{VELMORA}.", [(SAN, "National Security and Defense Council of Ukraine", n, MON, False)
                         for n in (ARVELL, KYRENE, VELMORA)], "the-decision-of-a-body-about-sanctions-then-names"),
    case(f"OFAC also issued general licences on Wednesday allowing companies to wind down transactions with {ARVELL} "
         f"and {KYRENE} until November 21.", [(SAN, OFAC, n, WED, True) for n in (ARVELL, KYRENE)],
         "a-licence-allowing-companies-to-wind-down-transactions-with"),
    case(f"On Thursday OFAC issued a general license authorizing the wind-down of transactions involving {VELMORA}, "
         "including the discharge of cargoes already at sea, through July 29.", [(SAN, OFAC, VELMORA, THU, True)],
         "a-licence-for-the-wind-down-of-transactions-involving"),
    case("On 29 April 2024, the Council of the European Union prolonged the framework until 29 April 2025 and "
         f"designated one entity, {VELMORA}.", [(SAN, "Council of the European Union", VELMORA, "2024-04-29", False)],
         "a-fronted-date-scopes-over-the-joined-verbs"),
    case(f"The Treasury designated {VELMORA} in 2019 and removed {KYRENE}.",
         [(SAN, TREASURY, VELMORA, "2019", False), (SAN, TREASURY, KYRENE, None, True)],
         "a-date-inside-the-first-verb-does-not-date-the-second"),
    case(f"BIS on Monday revised the entry for {QINGHE}, added to the Entity List in October 2022, to include two "
         "aliases, Qinghe Chem and QPC.",
         [(EXP, BIS, QINGHE, MON, False), (EXP, COMMERCE, QINGHE, "2022-10", False)],
         "a-participle-after-the-name-tells-its-own-listing"),
    case(f"The UK has today sanctioned two organisations. Those designated today include:\n\n• {VELMORA}, a Moscow "
         f"company\n• {KYRENE}, which is 75% owned by {VELMORA}; the remaining 25% belongs to a fund\n",
         [(SAN, None, n, FRI, False) for n in (VELMORA, KYRENE)], "a-bulleted-line-that-opens-with-a-name"),
    case(f"BIS on Monday added {VELMORA} to the Entity List and removed {QINGHE} from it. {QINGHE} had been added to "
         "the list in October 2022.",
         [(EXP, BIS, VELMORA, MON, False), (EXP, BIS, QINGHE, MON, True), (EXP, COMMERCE, QINGHE, "2022-10", False)],
         "an-earlier-listing-in-the-pluperfect-is-the-list-keepers"),
    case(f"The Council of the European Union on Monday delisted {OSTRAKON}. The entity had been listed in May 2022.",
         [(SAN, "Council of the European Union", OSTRAKON, MON, True), (SAN, None, OSTRAKON, "2022-05", False)],
         "an-earlier-listing-on-a-list-with-no-keeper-is-no-ones"),
    case(f"DHS on Tuesday added two firms. DHS had put {QINGHE} on the first UFLPA entity list, published in June 2022.",
         [(IMP, "U.S. Department of Homeland Security", QINGHE, "2022-06", False)], "the-date-of-the-list-published"),
    case(f"The Office of Foreign Assets Control on Monday named three companies, two of them in Singapore: {ARVELL}, "
         f"{KYRENE} and {VELMORA}.", [(SAN, OFAC, n, MON, False) for n in (ARVELL, KYRENE, VELMORA)],
         "a-body-whose-measure-is-a-listing-named-companies"),
    case("The Ministry of Finance of USA on Wednesday has extended sanctions list on companies from Turkey. Into the "
         f"list got, in particular, the company {VELMORA}.", [(SAN, TREASURY, VELMORA, WED, False)],
         "translated-into-the-list-got"),
    case(f"OFAC suspended the licence of {VELMORA} on Monday.", [(SAN, OFAC, VELMORA, MON, False)],
         "a-licence-suspended-restores-the-measure"),
    case(f"Today's action follows OFAC's designation in January 2022 of {VELMORA}, a money changer.",
         [(SAN, OFAC, VELMORA, "2022-01", False)], "designation-in-a-month-of-a-name"),
    case("The Office of Foreign Assets Control of the Treasury named the companies on Tuesday. It designated also "
         f"{VELMORA} and {OSTRAKON}.",
         [(SAN, OFAC, VELMORA, TUE, False), (SAN, OFAC, OSTRAKON, TUE, False)], "it-is-the-agency-that-was-the-subject"),
    case(f"DHS on Tuesday added {QINGHE}, {LIANYUN} and {ARVELL}, three mills that source cotton through labor "
         f"transfer programs; {KYRENE}, which bought the yarn; and {DUNMORE} to the UFLPA Entity List.",
         [(IMP, DHS, n, TUE, False) for n in (QINGHE, LIANYUN, ARVELL, KYRENE, DUNMORE)],
         "a-list-inside-a-semicolon-item"),
    case("The Ministry of Finance (MOF), in consultation with the Ministry of Foreign Affairs, designated today 2 "
         "entities listed in the Annex as subject to an asset freeze.\n\nAnnex: List of the entities subject to the "
         f"measures\n\nNo.1 Name: {VELMORA} / Location: Dubai\nNo.2 Name: {OSTRAKON} / Location: Hong Kong\n",
         [(SAN, "Ministry of Finance", VELMORA, FRI, False), (SAN, "Ministry of Finance", OSTRAKON, FRI, False)],
         "entries-of-the-one-annex-with-name-fields"),
    case(f"On Friday, Tokyo added {OSTRAKON} to its list of end users subject to export controls.",
         [(EXP, None, OSTRAKON, FRI, False)], "measure-described-after-the-list"),
    case(f"OFAC on Tuesday designated three companies that shipped Iranian oil to China, {VELMORA}, {OSTRAKON} "
         f"and {DUNMORE}.", [(SAN, OFAC, n, TUE, False) for n in (VELMORA, OSTRAKON, DUNMORE)],
         "a-count-named-after-its-description"),
    case(f"OFAC sanctioned {ARVELL} on Tuesday. The agency also blocked two Dubai-based traders that market its "
         f"fuel, {VELMORA} and {OSTRAKON}, as well as {KYRENE}, a ship manager.",
         [(SAN, OFAC, n, TUE, False) for n in (ARVELL, VELMORA, OSTRAKON, KYRENE)],
         "a-count-named-after-its-description-as-well-as"),
    case(f"OFAC designated {ARVELL} on Tuesday. Also sanctioned were {VELMORA} of Dubai, which sold the cargoes on "
         f"paper to disguise their origin, and {OSTRAKON}, a Syrian port agent.",
         [(SAN, OFAC, n, TUE, False) for n in (ARVELL, VELMORA, OSTRAKON)], "also-sanctioned-were-after-a-legal-form"),
    case(f"OFAC on Tuesday sanctioned {ARVELL}, a Beirut shipper; {KYRENE}; and three companies registered as "
         f"owners of its tankers, {VELMORA}, {OSTRAKON} and {DUNMORE}.",
         [(SAN, OFAC, n, TUE, False) for n in (ARVELL, KYRENE, VELMORA, OSTRAKON, DUNMORE)],
         "a-semicolon-item-that-counts-then-names"),
    case(f"Shares of {ARVELL} fell 12% on Thursday after its unit was named among companies that Washington "
         f"blacklisted. The Treasury and the State Department on Wednesday imposed sanctions on nearly 400 companies. "
         f"Of the Indian firms, OFAC designated {VELMORA} and {OSTRAKON}, while the State Department designated {DUNMORE}.",
         [(SAN, OFAC, VELMORA, WED, False), (SAN, OFAC, OSTRAKON, WED, False), (SAN, STATE, DUNMORE, WED, False)],
         "the-news-day-is-the-day-of-the-first-dated-action-and-a-while-clause-shares-it"),
    case(f"KUALA LUMPUR (June 16): U.S. Customs and Border Protection (CBP) on Monday modified a withhold release "
         f"order against {ARVELL}, allowing its gloves back into the country.",
         [(IMP, CBP, ARVELL, MON, True)], "a-dateline-in-parentheses-is-not-the-action-s-date"),
    case(f"The shipments continued after the Commerce Department's Bureau of Industry and Security (BIS) issued a "
         f"temporary denial order against {VELMORA} on March 30, 2023.", [(EXP, BIS, VELMORA, "2023-03-30", False)],
         "an-agency-right-before-a-misparsed-verb-is-its-actor"),
    case(f"{ARVELL} was fined in 2019. The batteries were bought from {VELMORA}, the state arms exporter, which has "
         f"been on a U.S. sanctions list since April 2018.", [(SAN, None, VELMORA, "2018-04", False)],
         "a-description-in-apposition-is-the-name-it-describes"),
    case(f"On Tuesday, Japan's Ministry of Economy, Trade and Industry added {VELMORA} to its End User List. METI "
         f"also deletes from the list {OSTRAKON}.",
         [(EXP, "Ministry of Economy, Trade and Industry", VELMORA, TUE, False),
          (EXP, "Ministry of Economy, Trade and Industry", OSTRAKON, TUE, True)], "deletes-from-the-list"),
    case(f"Canada on Tuesday imposed sanctions on {VELMORA}. In addition, Canada is removing {OSTRAKON} from "
         f"Schedule 1. The measures prohibit persons in Canada from dealing in their property.",
         [(SAN, None, VELMORA, TUE, False), (SAN, None, OSTRAKON, TUE, True)],
         "a-country-removing-from-its-schedule-and-no-measures-stated-for-a-removal"),
    case(f"FINANCIAL SANCTIONS NOTICE\n16/06/2023\n\nThe following entries have been added to the Consolidated "
         f"List and are now subject to an asset freeze: {VELMORA}; {OSTRAKON}.",
         [(SAN, None, VELMORA, FRI, False), (SAN, None, OSTRAKON, FRI, False)],
         "have-been-added-is-news-of-the-notice-s-day"),
    case(f"The Council of the European Union on Tuesday listed {ARVELL}. The first listings were adopted on "
         f"16 December 2022, when the Council targeted 16 individuals and 3 entities, among them {VELMORA} and "
         f"{OSTRAKON}. The Council has targeted the shipping business before.",
         [(SAN, "Council of the European Union", ARVELL, TUE, False),
          (SAN, "Council of the European Union", VELMORA, "2022-12-16", False),
          (SAN, "Council of the European Union", OSTRAKON, "2022-12-16", False)],
         "a-body-with-a-usual-measure-targets-named-or-counted-companies"),
    case(f"The Council of the European Union on Tuesday also listed {VELMORA}, the registered manager of two cargo "
         f"vessels whose anchors damaged undersea cables in late 2024, as well as {OSTRAKON} and {DUNMORE}.",
         [(SAN, "Council of the European Union", n, TUE, False) for n in (VELMORA, OSTRAKON, DUNMORE)],
         "as-well-as-after-a-long-description"),
    case(f"OFAC on Thursday designated {VELMORA}, while Britain added {OSTRAKON}, which it accused of insuring the "
         f"tankers.", [(SAN, OFAC, VELMORA, THU, False), (SAN, None, OSTRAKON, THU, False)],
         "a-parallel-while-clause-needs-no-list-of-its-own"),
    case(f"The Commerce Department on Friday added three Chinese entities to the Entity List. The three entities "
         f"are: {VELMORA} (also known as Velmora-Tech), {OSTRAKON} and the {QINGHE}.",
         [(EXP, COMMERCE, n, FRI, False) for n in (VELMORA, OSTRAKON, QINGHE)], "the-n-entities-are-colon"),
    case(f"The Justice Department today announced the arrest of the owner of a computer reseller and the unsealing "
         f"of an indictment charging his company, {VELMORA}, and a distributor, {OSTRAKON}, with conspiring to "
         f"smuggle servers to China without the licenses required by U.S. export controls.",
         [(IND, JUSTICE, VELMORA, FRI, False), (IND, JUSTICE, OSTRAKON, FRI, False)],
         "the-announcer-of-an-indictment-charges-and-a-missing-licence-lifts-nothing"),
    case(f"The Ministry of Finance decided today to freeze the assets of the entities listed in Attachment 1. The "
         f"Ministry of Economy, Trade and Industry also banned exports to the entities listed in Attachment 2.\n\n"
         f"(Attachment)\n\nAttachment 1: Entities subject to asset freeze\n\n(1) {VELMORA}\nAddress: Dubai\n\n"
         f"(2) {OSTRAKON}\nAddress: Minsk\n",
         [(SAN, "Ministry of Finance", VELMORA, FRI, False), (SAN, "Ministry of Finance", OSTRAKON, FRI, False)],
         "entries-of-an-attachment"),
    case(f"PRESS STATEMENT\n\nToday, the Department of State is designating five entities pursuant to E.O. 14024.\n\n"
         f"Entities Designated by the Department of State\n\n{VELMORA} manufactures targeting systems. State "
         f"Corporation Rostec holds 72 percent of it through a subsidiary.\n\n{OSTRAKON} and {DUNMORE} produce "
         f"drone parts. {QINGHE} completes the list of entities designated today.\n\nBackground\n\n{ARVELL} "
         f"sells machine tools.",
         [(SAN, STATE, n, FRI, False) for n in (VELMORA, OSTRAKON, DUNMORE, QINGHE)],
         "names-under-a-heading-that-says-they-were-designated"),
    case(f"On Thursday the Ministry of Commerce included {ARVELL} and {KYRENE} into the unreliable entity list and "
         f"forbade to them import and export activities related to China.",
         [(t, MOFCOM, n, THU, False) for t in (SAN, IMP, EXP) for n in (ARVELL, KYRENE)],
         "measures-a-conjoined-prohibition-states-for-them"),
    case(f"Today, the Department of State is designating {VELMORA}. Concurrently, the Department of the Treasury is "
         f"designating {OSTRAKON}. The Department is also removing {DUNMORE} from the SDN List.",
         [(SAN, STATE, VELMORA, FRI, False), (SAN, TREASURY, OSTRAKON, None, False), (SAN, STATE, DUNMORE, FRI, True)],
         "the-capitalised-department-is-the-issuer"),
    case(f"The Justice Department on Tuesday charged {VELMORA}. Prosecutors also charged a Turkish freight forwarder, "
         f"{OSTRAKON}, which allegedly relabeled the crates.",
         [(IND, JUSTICE, VELMORA, TUE, False), (IND, JUSTICE, OSTRAKON, TUE, False)], "charged-a-named-company"),
    case(f"The Entity List has become Washington's bluntest instrument. {VELMORA} was put on it by the Commerce "
         f"Department in May 2019, {OSTRAKON} was added in December 2020 and {DUNMORE} in late 2022.",
         [(EXP, COMMERCE, VELMORA, "2019-05", False), (EXP, COMMERCE, OSTRAKON, "2020-12", False),
          (EXP, COMMERCE, DUNMORE, "2022", False)], "a-gapped-clause-hung-on-the-date"),
    case(f"OFAC on Tuesday designated {VELMORA}. The designations also targeted the payment agent {OSTRAKON}. "
         f"The designations freeze any assets the companies hold in the US.",
         [(SAN, OFAC, VELMORA, TUE, False), (SAN, OFAC, OSTRAKON, TUE, False)], "the-designations-also-targeted"),
    case(f"DHS said on Tuesday it had added {VELMORA} to the entity list under the Uyghur Forced Labor Prevention Act.",
         [(IMP, DHS, VELMORA, TUE, False)], "the-entity-list-under-the-uflpa"),
    case(f"Today, OFAC is designating four companies in the Tri-Border Area.\n\n{VELMORA}, registered in Aruba, "
         f"issues false invoices. {VELMORA} and {OSTRAKON} are being designated for having materially assisted the "
         f"group.", [(SAN, OFAC, VELMORA, FRI, False), (SAN, OFAC, OSTRAKON, FRI, False)],
         "are-being-designated-in-a-press-release-is-the-lead-action"),
    case(f"Federal Register / Vol. 88 / Friday, June 16, 2023 / Rules and Regulations\n\nACTION: Final rule.\n\n"
         f"SUMMARY: The Bureau of Industry and Security (BIS) amends the EAR by adding two entities to the Entity "
         f"List.\n\nUnder Armenia, BIS is adding {VELMORA}. Under China, this rule adds {OSTRAKON}.",
         [(EXP, BIS, VELMORA, None, False), (EXP, BIS, OSTRAKON, None, False)],
         "a-regulation-s-actions-take-no-publication-date"),
    case(f"On Thursday, OFAC designated {VELMORA}. In a rule published the same day, BIS added {OSTRAKON} to the "
         f"Entity List. In the same rule, BIS removed {DUNMORE}.",
         [(SAN, OFAC, VELMORA, THU, False), (EXP, BIS, OSTRAKON, None, False), (EXP, BIS, DUNMORE, THU, True)],
         "the-same-rule-of-another-agency-keeps-that-agency-s-measure"),
    case(f"BIS on Wednesday issued a temporary denial order against {VELMORA}. On Thursday, Britain announced that "
         f"it added {VELMORA} to its sanctions list.",
         [(EXP, BIS, VELMORA, WED, False), (SAN, None, VELMORA, THU, False)], "it-is-the-country-that-announced"),
    case(f"In May OFAC excluded from the SDN list the Almaty company {VELMORA}, which was included there in "
         f"November 2022.", [(SAN, OFAC, VELMORA, "2023-05", True), (SAN, OFAC, VELMORA, "2022-11", False)],
         "a-relative-clause-on-the-target-refers-to-the-main-clause-s-list"),
    case(f"OFAC on Tuesday designated {VELMORA}. The action also covers {OSTRAKON} and {DUNMORE}.",
         [(SAN, OFAC, n, TUE, False) for n in (VELMORA, OSTRAKON, DUNMORE)], "the-action-also-covers"),
    case(f"OFAC on Tuesday designated {VELMORA}. The company also includes {OSTRAKON} among its clients.",
         [(SAN, OFAC, VELMORA, TUE, False)], "a-company-including-is-no-continuation"),
    case(f"BIS on Wednesday issued a temporary denial order against {VELMORA}. The order also included the company "
         f"{OSTRAKON} in Dubai.", [(EXP, BIS, VELMORA, WED, False), (EXP, BIS, OSTRAKON, WED, False)],
         "the-order-also-included"),
    case(f"SUMMARY: In this rule, the Bureau of Industry and Security (BIS) amends the Export Administration "
         f"Regulations by adding two entities to the Entity List.\n\nThis rule adds {VELMORA} and {OSTRAKON} to "
         f"the Entity List. This rule also removes {DUNMORE} from the Entity List.",
         [(EXP, BIS, VELMORA, None, False), (EXP, BIS, OSTRAKON, None, False), (EXP, BIS, DUNMORE, None, True)],
         "this-rule-is-the-issuer-s-and-has-no-date-of-its-own"),
    case(f"OFAC designated {VELMORA} last month, and {OSTRAKON} was added to the Entity List in November 2022.",
         [(SAN, OFAC, VELMORA, "2023-05", False), (EXP, COMMERCE, OSTRAKON, "2022-11", False)],
         "a-conjoined-clause-on-another-body-s-list-has-that-list-s-owner"),
    case(f"BIS added {VELMORA} to the Entity List in 2020, and {OSTRAKON} was added to the Entity List in 2021.",
         [(EXP, BIS, VELMORA, "2020", False), (EXP, BIS, OSTRAKON, "2021", False)],
         "a-conjoined-clause-on-the-body-s-own-list-keeps-the-body"),
    case(f"Concurrently, the Department of the Treasury's Office of Foreign Assets Control (OFAC) is today designating "
         f"22 entities and four individuals, including {VELMORA}.", [(SAN, OFAC, VELMORA, FRI, False)],
         "a-subject-the-parser-hung-on-the-auxiliary"),
    case(f"The National Security and Defense Council decided on Monday to apply sanctions to {VELMORA} and "
         f"{OSTRAKON}.", [(SAN, "National Security and Defense Council", n, MON, False) for n in (VELMORA, OSTRAKON)],
         "apply-sanctions-to"),
    case("Today, OFAC is designating two entities.\n\nThe following entities have been added to OFAC's SDN List:\n\n"
         "KESTREL POLYMER TRADING COMPANY (a.k.a. KPTC), No. 14, Sanaee Street, Kish Island, Iran; Organization "
         "Established Date 12 May 2011 [IRAN-EO13902].\n\nSTRAITS CREST MARINE SERVICES PTE. LTD., 10 Anson Road, "
         "Singapore; Registration Number 201634512K [IRAN-EO13846].\n\nThe following individuals have been added to "
         "OFAC's SDN List:\n\nRAHMANI, Farid, Dubai; DOB 03 Mar 1976 [IRAN-EO13846].\n\nThe following entity has "
         "been removed from OFAC's SDN List:\n\nAL-BARAKA WELFARE TRUST, Peshawar, Pakistan [SDGT].",
         [(SAN, OFAC, "KESTREL POLYMER TRADING COMPANY", FRI, False),
          (SAN, OFAC, "STRAITS CREST MARINE SERVICES PTE. LTD.", FRI, False),
          (SAN, OFAC, "AL-BARAKA WELFARE TRUST", FRI, True)],
         "entries-one-paragraph-per-name-under-a-heading"),
    case(f"In a step that drew less attention, the department on Thursday also removed 25 Chinese entities from the "
         f"Unverified List after completing those checks, among them {VELMORA} and {OSTRAKON}.",
         [(EXP, COMMERCE, n, THU, True) for n in (VELMORA, OSTRAKON)], "among-them-at-the-end-of-a-clause"),
    case(f"The following entry has been amended and is still subject to an asset freeze: {VELMORA}.",
         [(SAN, None, VELMORA, None, False)], "a-list-entry-is-no-entry-ban-and-the-subject-is-shared"),
    case(f"1. On Tuesday the Foreign, Commonwealth and Development Office designated the following entity: "
         f"{VELMORA}.\n\n2. {OSTRAKON} had been designated by OFAC in April 2022.\n\n3. {DUNMORE} is the "
         f"subject of a separate notice.",
         [(SAN, "Foreign, Commonwealth and Development Office", VELMORA, TUE, False),
          (SAN, OFAC, OSTRAKON, "2022-04", False)], "a-numbered-paragraph-that-states-something-is-no-list-item"),
    case(f"The Council today adopted restrictive measures against 6 further entities, including {VELMORA} and "
         f"{OSTRAKON}.", [(SAN, "Council of the European Union", n, FRI, False) for n in (VELMORA, OSTRAKON)],
         "adopted-restrictive-measures-against"),
    case(f"METI on Tuesday banned exports to 14 organisations, including {VELMORA}, Tashkent's Chorvoq Optics LLC and "
         f"{OSTRAKON}.", [(EXP, "METI", n, TUE, False)
                          for n in (VELMORA, "Chorvoq Optics LLC", OSTRAKON)], "a-listed-name-with-a-possessor"),
    case(f"When OFAC froze the assets of {VELMORA} in March 2022, its 45% stake in {OSTRAKON} was frozen with them.",
         [(SAN, OFAC, VELMORA, "2022-03", False)], "a-stake-frozen-is-no-measure-on-the-company-held"),
    case(f"On Thursday the Commerce Department added 17 entities to the Entity List. Among them were {VELMORA}, whose "
         f"parent, {DUNMORE}, had been listed in 2019, and {OSTRAKON}.",
         [(EXP, COMMERCE, VELMORA, THU, False), (EXP, COMMERCE, OSTRAKON, THU, False),
          (EXP, COMMERCE, DUNMORE, "2019", False)],
         "whose-parent-is-no-list-item"),
    case(f"On Tuesday the Unreliable Entity List Working Mechanism decided to include {DUNMORE} in the unreliable "
         f"entity list.", [(SAN, "Unreliable Entity List Working Mechanism", DUNMORE, TUE, False)],
         "the-working-mechanism-acts-for-itself"),
    # the short form after the full name; the law the parser takes for the subject is no actor; the measures
    # of numbered items after a long sentence
    case("Announcement of the Unreliable Entity List Working Mechanism\nIn accordance with the Foreign Trade Law "
         "of the People's Republic of China, the National Security Law of the People's Republic of China and other "
         "relevant laws, as well as Articles 2, 8 and 10 of the Provisions on the Unreliable Entity List, the Working "
         f"Mechanism, upon investigation, decided on Tuesday to include {DUNMORE} and {VELMORA}, a business unit of "
         f"{OSTRAKON}, which have taken part in arms sales to Taiwan, in the unreliable entity list, and to take the "
         "following measures:\n(1) The above enterprises are prohibited from engaging in import and export "
         "activities related to China;\n(2) The above enterprises are prohibited from making new investments in "
         "China;\n(3) The senior management personnel of the above enterprises are prohibited from entering the "
         "territory of China.",
         [(t, "Unreliable Entity List Working Mechanism", n, TUE, False)
          for t in (SAN, IMP, EXP, INV, VISA) for n in (DUNMORE, VELMORA)],
         "the-working-mechanism-short-form-and-numbered-measures"),
    # a decision's articles: "shall not be issued visas" is decided, for "the organizations listed in Article 1"
    case("In accordance with the Anti-Foreign Sanctions Law, the Ministry of Foreign Affairs decided on Tuesday to take "
         f"the following countermeasures:\nArticle 1 Countermeasures are taken against {DUNMORE} and {VELMORA}.\n"
         "Article 2\nThe senior executives of the organizations listed in Article 1 shall not be issued visas and "
         "shall not be allowed to enter China.",
         [(t, "Ministry of Foreign Affairs", n, TUE, False) for t in (SAN, VISA) for n in (DUNMORE, VELMORA)],
         "a-decision-s-articles-state-its-measures"),
    # the measures a relative clause describes name their list ("the unreliable entity list measures it imposed")
    case(f"China's commerce ministry on Tuesday suspended the unreliable entity list measures it imposed in April on "
         f"{DUNMORE}.", [(SAN, MOFCOM, DUNMORE, TUE, True), (SAN, MOFCOM, DUNMORE, "2023-04", False)],
         "measures-described-by-their-list"),
    # a company's holders listed after a listing are no targets of it
    case(f"The Council on Tuesday added {DUNMORE}, a charter airline, to its list of entities subject to an asset "
         f"freeze. According to the register, the airline's shareholders are: (1) {VELMORA}, 51%; (2) {OSTRAKON}, "
         "34%; and (3) Pavel Darkevich, 15%.",
         [(SAN, "Council of the European Union", DUNMORE, TUE, False)], "holders-listed-are-no-targets"),
    case(f"Japan on Tuesday froze the assets of {DUNMORE}, whose shareholders are: {VELMORA}, 51%; {OSTRAKON}, 34%; "
         f"and {QINGHE}, a Tokyo trading house, 15%.", [(SAN, None, DUNMORE, TUE, False)],
         "holders-in-a-relative-clause-are-no-targets"),
    # a disclaimed list elsewhere in the article does not touch a listing whose joined clause names an entry
    case(f"The Pentagon named {VELMORA} a Chinese military company in January, though that 1260H designation carries "
         f"no ban on investment. On Tuesday the Bureau of Industry and Security added {VELMORA}'s equipment affiliate, "
         f"{OSTRAKON}, and expanded {VELMORA}'s own entry to cover six new addresses.",
         [(EXP, BIS, OSTRAKON, TUE, False)], "disclaimer-and-an-entry-in-a-joined-clause"),
    # "The other two are ...": the rest of the count named in part, past another action told in between
    case(f"OFAC on Tuesday designated four firms, among them {DUNMORE} and {VELMORA}. The State Department "
         f"separately barred entry to executives of {QINGHE}. The other two are {OSTRAKON} and {XINRUI}.",
         [(SAN, OFAC, n, TUE, False) for n in (DUNMORE, VELMORA, OSTRAKON, XINRUI)] + [(VISA, STATE, QINGHE, None, False)],
         "the-other-two-of-a-count"),
    # "Among the designated suppliers, X shipped ...": one of the group named as a subject
    case(f"Today, OFAC designated five companies that procured engines for Iran. The designated companies include "
         f"{VELMORA}. Among the designated suppliers, Shenzhen Lianfeng Electronic Technology Co., Ltd. shipped at least "
         "40 engines to Iran.", [(SAN, OFAC, VELMORA, FRI, False),
                                 (SAN, OFAC, "Shenzhen Lianfeng Electronic Technology Co., Ltd.", FRI, False)],
         "among-the-designated-x-did"),
    # measures stated for "their" in participles on the action: their types too; goods barred from entering are
    # an import ban, not a visa ban
    case("China's Ministry of Foreign Affairs on Tuesday announced countermeasures against three U.S. defence "
         "companies, freezing their assets in China and barring their senior executives from entering the country. "
         f"The companies include {DUNMORE}, {VELMORA} and {OSTRAKON}, the ministry said.",
         [(t, "Ministry of Foreign Affairs", n, TUE, False) for t in (SAN, VISA) for n in (DUNMORE, VELMORA, OSTRAKON)],
         "measures-for-them-in-participles"),
    case(f"The Department of Homeland Security on Tuesday added two Chinese companies to the UFLPA Entity List, barring "
         f"their goods from entering the United States: {QINGHE} and {XINRUI}.",
         [(IMP, DHS, n, TUE, False) for n in (QINGHE, XINRUI)], "goods-barred-from-entering"),
    # "the list" of the action told goes on (not a list named: "The Entity List includes X")
    case(f"OFAC on Wednesday designated 31 companies, including {VELMORA}. The list, published with an executive order, "
         f"also includes {OSTRAKON} and {DUNMORE}.", [(SAN, OFAC, n, WED, False) for n in (VELMORA, OSTRAKON, DUNMORE)],
         "the-list-also-includes"),
    # where the entities counted are based, then their names after a colon
    # (the parser does not read "Three of the entities are ..." as naming them here)
    case("The State Department on Tuesday imposed sanctions on five entities under the Iran, North Korea, and Syria "
         "Nonproliferation Act (INKSNA) for transferring to Iran items that could contribute to its missile programs. "
         "Three of the entities are based in China: Shandong Longxin Chemical Co., Ltd., Dalian Jinhai Industrial Co., "
         "Ltd. and Wuhan Kaiyuan Precision Instruments Co., Ltd.; the other two are in Iran.",
         [(SAN, STATE, n, TUE, False) for n in ("Shandong Longxin Chemical Co., Ltd.", "Dalian Jinhai Industrial Co., Ltd.",
                                                "Wuhan Kaiyuan Precision Instruments Co., Ltd.")],
         "three-of-the-entities-are-based-in"),
    # a count named two sentences on, in a sentence about the entities counted
    case(f"In this rule, BIS amends the EAR by adding three entities to the Entity List. These entities have been "
         "determined to be acting contrary to the national security of the United States. The entities are listed "
         f"under the destinations of China ({DUNMORE} and {VELMORA}) and India ({OSTRAKON}).",
         [(EXP, BIS, n, None, False) for n in (DUNMORE, VELMORA, OSTRAKON)], "count-named-in-a-sentence-about-them"),
    # "lifted the listing of X": the listing stands for the measure
    case(f"The Council of the European Union on Tuesday lifted the listing of {DUNMORE}.",
         [(SAN, "Council of the European Union", DUNMORE, TUE, True)], "lifted-the-listing-of"),
    # goods "harvested by vessels of X": the vessels' owner
    case("CBP on Tuesday issued a withhold release order against seafood harvested by vessels of Fujian Haiyang "
         "Fishing Co., Ltd., citing debt bondage.", [(IMP, CBP, "Fujian Haiyang Fishing Co., Ltd.", TUE, False)],
         "goods-made-by-the-vessels-of"),
    # "to designate" read as an adjective ("the minister-designate")
    case("The Treasury decided on Friday to designate Garrick Aerospace Corporation.",
         [(SAN, TREASURY, "Garrick Aerospace Corporation", FRI, False)],
         "an-infinitive-read-as-an-adjective"),
    case(f"METI revised the End User List on Thursday, adding 9 entities, including {VELMORA} and {OSTRAKON}, and "
         f"deleting one entity, {DUNMORE}, from the list.",
         [(EXP, "METI", VELMORA, THU, False), (EXP, "METI", OSTRAKON, THU, False), (EXP, "METI", DUNMORE, THU, True)],
         "a-joined-participle-with-its-own-object-ends-the-list"),
    case(f"The Department of Homeland Security on Friday added {VELMORA} to the UFLPA Entity List. {OSTRAKON} has "
         f"been on the list since March.", [(IMP, DHS, VELMORA, FRI, False), (IMP, DHS, OSTRAKON, "2023-03", False)],
         "on-the-list-is-the-list-named-before"),
    case(f"{VELMORA} has been on the Sectoral Sanctions Identifications List since July 2014.",
         [(SAN, OFAC, VELMORA, "2014-07", False)], "the-ssi-list"),
    case(f"{VELMORA} was designated a Communist Chinese military company by the Pentagon in January.",
         [(INV, PENTAGON, VELMORA, "2023-01", False)], "a-chinese-military-company"),
    case(f"After being added to the Entity List in 2019, {VELMORA} was sanctioned by the Treasury in March.",
         [(EXP, COMMERCE, VELMORA, "2019", False), (SAN, TREASURY, VELMORA, "2023-03", False)],
         "a-fronted-participle-is-its-own-action"),
    case(f"{VELMORA} was sanctioned by OFAC in March and placed on the Entity List by BIS last year.",
         [(SAN, OFAC, VELMORA, "2023-03", False), (EXP, BIS, VELMORA, "2022", False)],
         "a-joined-passive-with-its-own-agent"),
    case(f"OFAC on Wednesday designated {VELMORA}, which the European Union had sanctioned in December, and "
         f"{OSTRAKON}, a firm added to the Entity List in 2022.",
         [(SAN, OFAC, VELMORA, WED, False), (SAN, OFAC, OSTRAKON, WED, False),
          (SAN, "European Union", VELMORA, "2022-12", False), (EXP, COMMERCE, OSTRAKON, "2022", False)],
         "a-relative-and-a-description-inside-a-list"),
    case(f"The Treasury on Thursday imposed sanctions on four Hong Kong-based shipping companies.\nThe companies — "
         f"{VELMORA}, {OSTRAKON}, {DUNMORE} and {CORVANE} — manage tankers that carried Iranian crude.",
         [(SAN, TREASURY, n, THU, False) for n in (VELMORA, OSTRAKON, DUNMORE, CORVANE)],
         "the-group-named-between-dashes-in-the-next-sentence"),
    case(f"The Justice Department today announced an indictment charging two companies, {VELMORA} and {OSTRAKON}, "
         f"with conspiring to export infrared sensors to China without the required licenses.",
         [(IND, JUSTICE, n, FRI, False) for n in (VELMORA, OSTRAKON)], "the-offence-charged-names-no-measure"),
    case(f"South Korea on Thursday imposed sanctions on 15 North Koreans and one organization, {CORVANE}, for "
         f"generating revenue for Pyongyang, the foreign ministry said.", [(SAN, None, CORVANE, THU, False)],
         "one-organization-named-after-a-comma"),
    case(f"President Joe Biden on Thursday signed an executive order barring Americans from investing in 59 Chinese "
         f"defense and surveillance technology firms, including {VELMORA} and {OSTRAKON}.",
         [(INV, None, n, THU, False) for n in (VELMORA, OSTRAKON)], "an-order-barring-investment-from-hung-elsewhere"),
    case(f"The European Union on Wednesday excluded seven Russian banks from the SWIFT messaging system, among them "
         f"{VELMORA} and {OSTRAKON}.", [(SAN, "European Union", n, WED, False) for n in (VELMORA, OSTRAKON)],
         "excluded-from-swift-is-no-removal"),
    case(f"CBP on Friday revoked the withhold release order on disposable gloves made by {VELMORA}, allowing the "
         f"company to resume shipments.", [(IMP, CBP, VELMORA, FRI, True)], "a-measure-on-goods-made-by-the-target"),
    case("Treasury on Friday designated Shwe Taung Aviation Fuel Co., Ltd. and Royal Inya Logistics Co., Ltd. pursuant "
         "to E.O. 14014. Canada also imposed sanctions on both companies.",
         [(SAN, body, n, FRI, False) for body in (TREASURY, None)
          for n in ("Shwe Taung Aviation Fuel Co., Ltd.", "Royal Inya Logistics Co., Ltd.")],
         "an-object-the-parser-left-unattached"),
    case("Treasury on Friday designated Shwe Kanbawza Aviation Fuel Co., Ltd. and Royal Ayar Logistics Co., Ltd. "
         "pursuant to E.O. 14014.", [(SAN, TREASURY, n, FRI, False) for n in (
             "Shwe Kanbawza Aviation Fuel Co., Ltd.", "Royal Ayar Logistics Co., Ltd.")], "an-object-parsed-as-dep"),
    case(f"Japan's Ministry of Economy, Trade and Industry on Friday revised its End User List, adding 12 entities and "
         f"deleting four, including {VELMORA} and {KYRENE}.", [(EXP, "Ministry of Economy, Trade and Industry", n, FRI, True) for n in (VELMORA, KYRENE)],
         "including-names-the-nearest-count"),
    case(f"The UK has today sanctioned {VELMORA}. The Foreign, Commonwealth & Development Office also designated "
         f"{KYRENE}, a logistics company.",
         [(SAN, None, VELMORA, FRI, False), (SAN, "Foreign, Commonwealth & Development Office", KYRENE, FRI, False)],
         "also-under-another-actor-takes-the-news-day"),
    case(f"The Council on Monday added {VELMORA} to the list set out in Annex IV to Regulation (EU) No 401/2013 "
         "concerning restrictive measures in view of the situation in Myanmar.",
         [(SAN, "Council of the European Union", VELMORA, MON, False)], "another-regulations-annex-iv"),
    case(f"The Council on Monday added {VELMORA} to the list set out in Annex IV to Regulation (EU) No 833/2014.",
         [(EXP, "Council of the European Union", VELMORA, MON, False)], "the-russia-regulations-annex-iv"),
    case(f"The Treasury on Thursday imposed sanctions on two companies which it accused of shipping Iranian oil, and "
         f"they are {VELMORA} and {KYRENE}.", [(SAN, TREASURY, n, THU, False) for n in (VELMORA, KYRENE)],
         "and-they-are-names-the-count"),
    case(f"The Justice Department on Thursday announced charges against two chemical companies accused of selling "
         f"precursors to cartels. The indictment names {VELMORA} and {KYRENE}.",
         [(IND, JUSTICE, n, THU, False) for n in (VELMORA, KYRENE)], "the-indictment-names-the-charged"),
    case(f"Latvia's Interior Ministry on Monday barred employees of {VELMORA} from entering the country for five years.",
         [(VISA, "Interior Ministry", VELMORA, MON, False)], "barred-staff-from-entering-the-country"),
    case(f"The General Court of the European Union on Wednesday annulled the asset freeze that the Council imposed on "
         f"{VELMORA} in June 2022.", [(SAN, "General Court of the European Union", VELMORA, WED, True),
                                     (SAN, "Council of the European Union", VELMORA, "2022-06", False)],
         "a-measure-lifted-and-its-imposing-told-with-its-own-date"),
    case(f"The Commerce Department said on Wednesday it had lifted a ban that barred American firms from selling "
         f"parts to {VELMORA}.", [(EXP, COMMERCE, VELMORA, WED, True)], "the-lifting-verbs-date-is-not-the-imposings"),
    case(f"The Pentagon on Wednesday added battery maker {VELMORA} and drone maker {OSTRAKON} to its list of Chinese "
         "military companies.", [(INV, PENTAGON, n, WED, False) for n in (VELMORA, OSTRAKON)],
         "descriptions-before-names-the-parser-trips-on"),
    case(f"Britain on Tuesday sanctioned Russian lender {ARVELL} and insurer {KYRENE}.",
         [(SAN, None, n, TUE, False) for n in (ARVELL, KYRENE)], "a-described-name-nested-in-the-next"),
    case(f"Ministry of Commerce of the People's Republic of China\nMOFCOM Announcement No. 12 of 2023\nIn accordance "
         f"with the Export Control Law, it has been decided to add the following entities to the export control "
         f"control list:\n1. {VELMORA}\n2. {OSTRAKON}\nMinistry of Commerce\nJune 15, 2023",
         [(EXP, MOFCOM, n, THU, False) for n in (VELMORA, OSTRAKON)], "the-date-under-a-notices-signature"),
    case(f"MOFCOM Announcement No. 13 of 2023\nThe Ministry of Commerce hereby announces the following:\nThe export "
         "control measures taken against the following entity under Announcement No. 1 of 2023 are suspended for 90 "
         f"days: {VELMORA}.\n"
         "Ministry of Commerce\nJune 15, 2023", [(EXP, MOFCOM, VELMORA, THU, True)],
         "measures-suspended-in-the-passive-by-the-notices-issuer"),

    # "The countermeasures target A and B": the measures just told, by their body and on their day
    case(f"China's Ministry of Foreign Affairs on Thursday announced countermeasures against two U.S. military "
         f"companies. The countermeasures target {VELMORA} and {OSTRAKON}.",
         [(SAN, "Ministry of Foreign Affairs", n, THU, False) for n in (VELMORA, OSTRAKON)],
         "countermeasures-as-subject-continue-the-action"),
    # numbered items after "are:" run on in one sentence, and a list named inside a body's name is no list
    case(f"China's Ministry of Commerce on Thursday announced that it has included two U.S. companies in the "
         "unreliable entity list. According to an announcement issued by the Unreliable Entity List Working "
         f"Mechanism, the relevant enterprises are: 1. {VELMORA}; 2. {OSTRAKON}.",
         [(SAN, MOFCOM, n, THU, False) for n in (VELMORA, OSTRAKON)], "inline-numbered-items-after-a-colon"),
    # a number of a group: the names its "including" gives
    case(f"The Treasury on Thursday imposed sanctions on {NOVATEK}, along with two of its foreign subsidiaries, "
         f"including {VELMORA} and {OSTRAKON}.", [(SAN, TREASURY, n, THU, False) for n in (NOVATEK, VELMORA, OSTRAKON)],
         "number-of-a-group-including"),
    # a counted description of names told earlier in the same sentence
    case(f"Hindustan Coastal Refining Ltd stopped buying crude from {VELMORA} and {OSTRAKON} after the Treasury "
         "sanctioned the two oil majors on Monday.", [(SAN, TREASURY, n, MON, False) for n in (VELMORA, OSTRAKON)],
         "counted-description-of-names-before-in-the-sentence"),
    # a count summed over its coordinated groups, named in the next sentence; the day of the participle beside
    case(f"A federal grand jury returned an indictment, unsealed on Monday, charging an Iranian company and two "
         f"companies in the United Arab Emirates with conspiring to procure U.S. controllers. The defendants named in "
         f"the indictment are {VELMORA}; {OSTRAKON}; and {DUNMORE}.",
         [(IND, None, n, MON, False) for n in (VELMORA, OSTRAKON, DUNMORE)], "count-summed-over-coordinated-groups"),
    # "The companies, A and B, bought ...": the names of the group just counted
    case(f"The Justice Department on Monday unsealed an indictment charging two Hong Kong trading firms with smuggling "
         f"aircraft parts. The companies, {VELMORA} and {OSTRAKON}, bought parts from U.S. distributors.",
         [(IND, JUSTICE, n, MON, False) for n in (VELMORA, OSTRAKON)], "group-named-in-apposition-next-sentence"),
    # a done action's day without its year lies before the article
    case(f"{VELMORA}, which the ministry added to the export control list on Aug. 2, remains subject to a ban.",
         [(EXP, COMMERCE, VELMORA, "2022-08-02", False)], "done-action-day-without-year-lies-before"),
    # "Among the entities designated by OFAC are A and B": the news day of the count they belong to
    case(f"Press Release\nJune 16, 2023\nWASHINGTON - Today, OFAC designated 37 entities in seven countries. "
         f"Concurrently, the Department of State designated {DUNMORE}.\nAmong the entities designated by OFAC are "
         f"{VELMORA}, which ships machines to Russia, and {OSTRAKON}.",
         [(SAN, OFAC, n, FRI, False) for n in (VELMORA, OSTRAKON)] + [(SAN, STATE, DUNMORE, None, False)],
         "among-the-entities-designated-by-body-takes-the-news-day"),
    # "the company" after a list of holders with their shares: the company the record is about
    case(f"Extract from the 2022 annual report of {NOVATEK}. Major shareholders as at 31 December 2022: {VELMORA} - "
         f"38.4%; {OSTRAKON} - 19.9%; free float - 41.7%. On Thursday the company was designated by OFAC.",
         [(SAN, OFAC, NOVATEK, THU, False)], "the-company-after-a-list-of-holders"),
    # "Under the measures, ... the executives of the three companies are barred from entering the country": the
    # companies last named, by the body and on the day of the measures
    case(f"China's Foreign Ministry said on Thursday it had decided to take countermeasures against three U.S. defense "
         f"companies. The companies are {VELMORA}, {OSTRAKON} and {DUNMORE}, the ministry said. Under the measures, "
         "the companies' property in China is frozen, and the executives of the three companies, including Velmora "
         "chairman Robert Anson, are barred from entering the country.",
         [(SAN, "Foreign Ministry", n, THU, False) for n in (VELMORA, OSTRAKON, DUNMORE)]
         + [(VISA, "Foreign Ministry", n, THU, False) for n in (VELMORA, OSTRAKON, DUNMORE)],
         "staff-of-the-counted-companies-under-the-measures"),
    # the measure a relative clause describes is its antecedent's: "suspended the export control measures it imposed
    # last month on X" lifts them today and imposed them last month
    case(f"China's commerce ministry on Thursday suspended for one year the export control measures it imposed last "
         f"month on 15 U.S. entities, including {VELMORA} and {OSTRAKON}.",
         [(EXP, MOFCOM, n, THU, True) for n in (VELMORA, OSTRAKON)]
         + [(EXP, MOFCOM, n, "2023-05", False) for n in (VELMORA, OSTRAKON)], "measures-a-relative-clause-describes"),
    # a count "including:" numbered items: the items named, by the release's issuer, on the release's day
    case("Press Release\nMinistry of Foreign Affairs of Japan\nJune 15, 2023\n\n1. The following measures are "
         "implemented today.\n\n2. Asset freeze: 11 organisations are newly designated as subject to the asset freeze "
         f"and other measures, including:\n(1) {VELMORA}\n(2) {OSTRAKON}\n",
         [(SAN, "Ministry of Foreign Affairs of Japan", n, THU, False) for n in (VELMORA, OSTRAKON)],
         "count-including-items-of-a-release"),
    # a "when" clause happens at the time of the clause it hangs on
    case(f"The Commerce Department's Military End-User List grew on Wednesday when BIS added {VELMORA} to it.",
         [(EXP, BIS, VELMORA, WED, False)], "when-clause-takes-its-main-clauses-day"),
    # a trigger the parser read as an adjective after its body and its day
    case(f"The State Department on Wednesday designated firms including Istanbul-based {VELMORA} and {OSTRAKON}.",
         [(SAN, STATE, n, WED, False) for n in (VELMORA, OSTRAKON)], "trigger-misread-as-adjective-after-its-day"),
    # a list's name misparsed as a clause of its own keeps its day
    case(f"The U.S. Treasury added {ZHONGKE} to its Chinese military-industrial complex companies list on Thursday, "
         "barring American investors from buying its securities.", [(INV, TREASURY, ZHONGKE, THU, False)],
         "list-word-misparsed-as-a-clause-keeps-its-day"),
    # a participle runs on with its clause's day
    case(f"The Ministry of Commerce (MOFCOM) on Thursday issued an announcement, deciding to add {VELMORA} to the "
         "export control list.", [(EXP, MOFCOM, VELMORA, THU, False)], "participle-takes-the-announcements-day"),
]

POSITIVE = SYNTAX + TYPES + AGENCIES + LIFTED + DATES + MORE

# -- no action -------------------------------------------------------------------------------
NON_ACTIONS = [
    # what the law an action is taken under does
    f"The State Department acted pursuant to E.O. 13846, which authorizes sanctions on {VELMORA} and others.",
    # "identified ... as property": no list named, no listing
    f"The following entity has been identified as property in which a blocked person has an interest: {OSTRAKON}.",
    # a verb joined to a modal one is modal too
    f"China's Ministry of Commerce said it could place {VELMORA} on its unreliable entity list and ban it from "
    "China-related trade.",
    # companies named in a comment beside the measure's object
    f"BIS on Monday imposed new license requirements on exports of AI chips to China, a blow to suppliers such as "
    f"{VELMORA} and {OSTRAKON}.",
    # not among those designated
    "OFAC designated no one else. Gulf Caravan Vehicles FZE was not among the companies designated on Friday.",
    # a record that "lists" what it contains
    "Its entry in the register lists three participants: Orsk Drilling LLP with 49% and Kama Energy LLC with 51%.",
    # "enter" and "introduce" act only on a list
    f"The rules entered into force on Monday, and {VELMORA} introduced a new compliance programme.",
    # a company the article already told of, referred to by what was done to it
    f"{VELMORA} said ownership of the newly sanctioned bank is spread between Kyrgyz and Kazakh investors.",
    # a fine is none of the six measures
    f"BIS imposed a $300,000 civil penalty on {VELMORA}, an Ohio valve distributor, for unlicensed shipments in 2019.",
    # the defendants' own acts, told in an indictment
    f"According to the indictment, from March 2022 the defendants listed {VELMORA} and {ARVELL} as the end users.",
    "The Specially Designated Nationals and Blocked Persons List is published by the Treasury.",
    f"The bank charged {VELMORA} a $5 million fee for the transfer.",
    f"{VELMORA} applied for a licence on Monday.",
    f"The new export rules apply to {VELMORA} from Monday.",
    f"{VELMORA} was excluded from the tender by the ministry.",
    f"OFAC on Tuesday designated three companies that shipped oil for {VELMORA}, a Dubai trader.",
    f"A federal court on Monday blocked {ARVELL}'s takeover of {KYRENE}.",
    f"Beijing blocked the merger of {ARVELL} and {KYRENE} last year.",
    f"{ARVELL} said it would take the matter to court and take its ships off the route.",
    f"The Commerce Department declined to add {MARISOL} to the Entity List.",
    f"Initially the European Commission offered to include {VELMORA} in the list, but the proposal failed.",
    "It is the first time that Japan targets the companies of mainland China with an asset freeze. They are "
    f"{ARVELL} and {KYRENE}, both based in Shenzhen.",
    "A federal grand jury has indicted two aviation parts suppliers on charges of smuggling aircraft components "
    "to Zagros Air Cargo, the Iranian airline.",
    pytest.param(f"The Treasury did not sanction {OBSIDIAN}.", id="negation"),
    pytest.param(f"Lawmakers called for {XINRUI} to be added to the Entity List.", id="call"),
    pytest.param(f"Senators urged the Treasury to sanction {OBSIDIAN}.", id="urge"),
    pytest.param(f"The Commerce Department proposed adding {XINRUI} to the Entity List.", id="proposal"),
    pytest.param(f"A bill would require the Commerce Department to add {XINRUI} to the Entity List.", id="bill"),
    pytest.param(f"The Commerce Department is expected to add {XINRUI} to the Entity List next week.", id="expected"),
    pytest.param(f"The Treasury plans to designate {OBSIDIAN} in the coming weeks.", id="plan"),
    pytest.param(f"The Biden administration is considering adding {XINRUI} to the Entity List.", id="considering"),
    pytest.param(f"{OBSIDIAN} could be sanctioned if it keeps shipping Iranian oil.", id="hypothetical"),
    pytest.param(f"The Treasury threatened to sanction {OBSIDIAN} over its dealings with Iran.", id="threat"),
    pytest.param(f"The Commerce Department warned that it may blacklist {XINRUI}.", id="warning"),
    pytest.param(f"{XINRUI} suspended its IPO on Thursday.", id="own-move-ipo"),
    pytest.param(f"{XINRUI} sued the Commerce Department on Thursday over its listing.", id="own-move-lawsuit"),
    pytest.param(f"{XINRUI} was listed on the Shanghai Stock Exchange in 2019.", id="stock-listing"),
    pytest.param(f"{XINRUI} listed its shares in Hong Kong in 2021.", id="share-listing"),
    pytest.param("Tianrui Microwave Co., Ltd. said it was not on the Entity List.", id="denial"),
    pytest.param("The Treasury sanctioned dozens of entities on Thursday.", id="unnamed-targets"),
    pytest.param("The Commerce Department added dozens of Chinese entities to the Entity List on Tuesday.",
                 id="unnamed-targets-entity-list"),
    pytest.param(f"China's Foreign Ministry denied reports that Beijing had placed {XINRUI} on its export control list.",
                 id="denied-reports"),
    pytest.param(f"The central bank revoked the banking licence of {OBSIDIAN} on Tuesday.", id="a-banking-licence"),
    pytest.param(f"OFAC issued a licence after {OBSIDIAN} said it had sold its stake.", id="a-subject-after-a-licence"),
    pytest.param(f"Neither {OBSIDIAN} nor its partner {XINRUI} was named.", id="neither-nor"),
    pytest.param(f"None of the listed companies has been removed so far, although {OBSIDIAN} sold its stake in one of "
                 "them last year.", id="none-of-them-removed"),
    pytest.param(f"No company was delisted by OFAC last year, {OBSIDIAN} said.", id="no-company-delisted"),
    pytest.param(f"Washington is prepared to impose further sanctions on {OBSIDIAN} if it keeps shipping arms.",
                 id="prepared-to"),
    pytest.param(f"Cboe Europe on Monday designated {OBSIDIAN} as a market maker for its auctions book.",
                 id="designated-as-a-market-maker"),
    pytest.param(f"{OBSIDIAN} was designated a national 'little giant' enterprise by the Ministry of Industry last year.",
                 id="designated-a-little-giant"),
    pytest.param(f"Northgate Apparel Group said it had blacklisted three cotton suppliers, including {OBSIDIAN}.",
                 id="a-company-blacklists-its-suppliers"),
    pytest.param(f"Meridian Semiconductor Corp. said it had added {OBSIDIAN} to its internal restricted-entity list.",
                 id="a-companys-own-restricted-entity-list"),
    pytest.param("The UK on Tuesday sanctioned 18 oil tankers, including the Nordic Star and the Aurora Gale.",
                 id="tankers-including"),
    pytest.param("Iran-related Designations\n06/12/2023\nThe following vessel has been added to OFAC's SDN List:\n"
                 "SEA LOTUS (IMO 9301234) Crude Oil Tanker Panama flag [IRAN-EO13846].", id="the-following-vessel"),
    pytest.param("Britain on Tuesday sanctioned 20 more oil tankers. The vessels include the Andromeda Star and the "
                 "Kairos.", id="the-vessels-include"),
    pytest.param(f"{OBSIDIAN} remains on the Entity List, a Commerce Department spokesperson said on Tuesday.",
                 id="remains-on-the-list"),
    pytest.param(f"Its former parent, Tehran-based {OBSIDIAN}, remains designated.", id="remains-designated"),
    pytest.param(f"Officials said sanctions on its parent, {OBSIDIAN}, were also under consideration.",
                 id="under-consideration"),
    pytest.param(f"{OBSIDIAN} is still designated, the Treasury said.", id="is-still-designated"),
    pytest.param(f"A proposal to add {OBSIDIAN} to the UN sanctions list was blocked on Thursday in the 1718 Committee.",
                 id="a-proposal-blocked"),
    pytest.param(f"The government is reviewing to designate {OBSIDIAN} as a sanctions target, an official said.",
                 id="reviewing-to-designate"),
    pytest.param(f"The chairman said {OBSIDIAN} is in the list of exhibitors.", id="in-a-list-of-no-measure"),
    pytest.param(f"{OBSIDIAN} was not itself designated but is blocked under the 50 percent rule, the Treasury said.",
                 id="not-on-the-auxiliary-and-the-50-percent-rule"),
    pytest.param(f"The bank said its designated shareholder, {OBSIDIAN}, had cut its stake.", id="its-designated-shareholder"),
    pytest.param(f"The Pentagon on Monday added {OBSIDIAN} to its annual list of Chinese military companies. The "
                 "so-called 1260H list carries no sanctions or investment prohibition.",
                 id="a-list-the-article-says-carries-no-measure"),
    pytest.param(f"The U.S. Defense Department on Monday added {OBSIDIAN} to its annual list of companies it says work "
                 "with China's military. The designation under Section 1260H carries no investment prohibition.",
                 id="a-list-described-in-other-words-that-carries-no-measure"),
    pytest.param(f"The ministry barred {OBSIDIAN} from entering into contracts with state firms.",
                 id="barred-from-entering-into-contracts"),
    pytest.param(f"The fund sold its shares in the Canadian listed company {OBSIDIAN} last year.",
                 id="a-listed-company-is-no-misparsed-trigger"),
    pytest.param(f"Japan has not lifted the asset freeze on {OBSIDIAN}, and no decision has been made to remove {XINRUI} "
                 "from the list.", id="no-decision-to-remove"),
    pytest.param(f"The Treasury is set to sanction {OBSIDIAN} next week.", id="set-to"),
    pytest.param("Regulation (EU) 2023/1210 sets out the list.\n\nIn Annex I to Regulation (EU) 2023/1210, the "
                 "following entries are added:", id="the-body-in-an-acts-number-is-no-target"),
    pytest.param("The Council of the EU on Monday approved a new package; 61 persons and 86 organizations were "
                 "added to the list, says the message published on the site of the Council.",
                 id="an-imposing-body-is-no-target"),
]


# -- helpers ---------------------------------------------------------------------------------
def extract(nlp: Language, text: str) -> Doc:
    return nlp(make_doc(nlp, text, PUBLISHED))


def forms(doc: Doc, name: str | None) -> set[str]:
    """The normalized name and aliases of the entity called `name` (what the evaluator matches)."""
    for entity in doc._.entities or []:
        if entity["name"] == name:
            return {normalize(f) for f in [entity["name"], *entity["aliases"]]}
    return {normalize(name)} if name else set()


def table(rows) -> str:
    return "\n".join(f"  {r}" for r in rows) or "  (none)"


def assert_rows(doc: Doc, expected: list[Row]) -> None:
    actual = [(r["type"], r["agency"], r["target"], (r["date"] or {}).get("value"), r["lifted"])
              for r in doc._.actions]
    unmatched = list(actual)
    missing = []
    for etype, eagency, etarget, edate, elifted in expected:
        hit = next((a for a in unmatched if (a[0], a[1], a[3], a[4]) == (etype, eagency, edate, elifted)
                    and normalize(etarget) in forms(doc, a[2])), None)
        if hit is None:
            missing.append((etype, eagency, etarget, edate, elifted))
        else:
            unmatched.remove(hit)
    assert not missing and not unmatched, (
        f"\ntext: {doc.text}\nexpected:\n{table(expected)}\nactual:\n{table(actual)}"
        f"\nmissing:\n{table(missing)}\nunexpected:\n{table(unmatched)}")


# -- tests -----------------------------------------------------------------------------------
@pytest.mark.parametrize("text,expected", POSITIVE)
def test_actions(nlp: Language, text: str, expected: list[Row]) -> None:
    assert_rows(extract(nlp, text), expected)


@pytest.mark.parametrize("text", NON_ACTIONS)
def test_no_action(nlp: Language, text: str) -> None:
    assert_rows(extract(nlp, text), [])


def test_rows_cite_their_evidence_and_rule(nlp: Language) -> None:
    """Every row: evidence text == text[start:end], a rule, a target that is an entity's name."""
    texts = [p.values[0] for p in POSITIVE]
    docs = list(nlp.pipe(make_doc(nlp, t, PUBLISHED) for t in texts))
    rows = 0
    for doc in docs:
        names = {e["name"]: e["label"] for e in doc._.entities}
        for row in doc._.actions:
            rows += 1
            ev = row["evidence"]
            assert ev["text"] and doc.text[ev["start"]:ev["end"]] == ev["text"], (doc.text, row)
            assert isinstance(row["rule"], str) and row["rule"].strip(), (doc.text, row)
            assert names.get(row["target"]) in {"ORG", "AGENCY"}, (doc.text, row)  # a ministry can be a target
            # an agency is one the article names, or the fixed owner of a list it names (section 4)
            assert row["agency"] is None or names.get(row["agency"]) == "AGENCY" or row["agency"] in LIST_OWNERS, (
                doc.text, row)
            if row["date"] is not None:
                assert set(row["date"]) >= {"text", "value", "mod"} and row["date"]["text"] in doc.text, (doc.text, row)
            assert isinstance(row["lifted"], bool), (doc.text, row)
    assert rows >= 60  # the positive cases give rows, so the checks above ran


def test_same_text_same_rows(nlp: Language) -> None:
    """One pipeline for the session: a text gives the same rows however often it is run."""
    text = next(p.values[0] for p in SYNTAX if p.id == "relative-also-listed")
    first = extract(nlp, text)._.actions
    extract(nlp, "OFAC delisted Brightwater Maritime Ltd. on Thursday.")
    assert extract(nlp, text)._.actions == first and len(first) == 2
