"""Ownership stakes (RECORDS.md section 2, `ownership`): one row per stated stake with a number.

Each case is a sentence and the rows it must give, as (owner, owned, percent, status,
via_subsidiary). Company names are invented, with legal forms so that the ORG layer finds
them; names are compared with the entity's name or aliases, as the evaluator does.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from extractor.components.aliases import normalize
from extractor.components.ownership import Lexicon, find_percents
from extractor.lexicons import load_yaml
from extractor.pipeline import make_doc
from extractor.schema import Ownership

SEED = Path("/work/shared/seeds/000_727ec3e693d85997.txt")

Row = tuple[str, str, float, str, bool]

NORLAND, BALTIC = "Norland Cable Holdings Ltd.", "Baltic Fibre Co., Ltd."
ORION, VESTA = "Orion Metals Corp", "Vesta Trading LLC"
KAPPA, LUMEN, TESSARO = "Kappa Resources B.V.", "Lumen Gas Ltd.", "Tessaro Energy S.A."

CURRENT: list[tuple[str, list[Row]]] = [
    # a holding carried on, under a modal too
    (f"{ORION} was delisted on Monday. {ORION} will continue to hold 48.13 percent of {BALTIC} and 100 percent of "
     f"{VESTA} after the deal.", [(ORION, BALTIC, 48.13, "current", False), (ORION, VESTA, 100, "current", False)]),
    # a planned change: the level it moves from is held now, the level it aims at is no stake yet
    (f"{ORION} said it would raise its holding in {BALTIC} to 33.4% from 19.9% by buying new shares.",
     [(ORION, BALTIC, 19.9, "current", False)]),
    # a stake bought before, restated later as "the holding"
    (f"{ORION} first bought into {BALTIC} in 2019. It added to the position twice in 2020. The holding now stands at "
     "24%, the firm said on Tuesday.", [(ORION, BALTIC, 24, "current", False)]),
    (f"{ORION} bought a stake in {BALTIC} in 2019. In 2021 it doubled the holding, which now stands at 18%, the company "
     "said.", [(ORION, BALTIC, 18, "current", False)]),
    # a definite description refers to the company the text described with its place or noun
    (f"OFAC designated {NORLAND}, a St. Petersburg designer of tugs, and its Cypriot holding company, {KAPPA}. "
     f"According to the registry, the Cypriot firm holds 45% of {BALTIC}.", [(KAPPA, BALTIC, 45, "current", False)]),
    (f"{KAPPA} is the largest shareholder of {BALTIC} (BFC), which repairs 140 vessels a year at its yard on the "
     f"river. {ORION} holds 35% of the yard's charter capital.", [(ORION, BALTIC, 35, "current", False)]),
    (f"OFAC designated {NORLAND}, a St. Petersburg designer of tugs, and its Cypriot holding company, {KAPPA}. "
     f"The Cypriot company is 70% owned by the St. Petersburg group.", [(NORLAND, KAPPA, 70, "current", False)]),
    # held through a named subsidiary: the subsidiary's (gold decision 39), also named in apposition
    (f"{ORION} holds its 40% stake in {BALTIC} through its Hong Kong unit, {KAPPA}, the accounts show.",
     [(KAPPA, BALTIC, 40, "current", False)]),
    (f"{BALTIC} is 60% owned by {ORION} through its unit {KAPPA}.", [(KAPPA, BALTIC, 60, "current", False)]),
    (f"{ORION} holds 51.2% of {BALTIC} through {KAPPA}, a wholly owned Dutch unit.",
     [(KAPPA, BALTIC, 51.2, "current", False)]),
    # "The company, in turn": the company whose holders were just told, not the subject before it (who sold)
    (f"{ORION} has two shareholders: {VESTA} (60%) and {KAPPA} (40%). {NORLAND} sold its 10% stake last year. "
     f"The company, in turn, owns 35% of {BALTIC}.",
     [(VESTA, ORION, 60, "current", False), (KAPPA, ORION, 40, "current", False),
      (NORLAND, ORION, 10, "former", False), (ORION, BALTIC, 35, "current", False)]),
    # holders "A, with 62%, and B, with 38%"
    (f"{BALTIC} has two shareholders, according to the registry: {ORION}, with 62%, and the utility {VESTA}, "
     "with 38%.", [(ORION, BALTIC, 62, "current", False), (VESTA, BALTIC, 38, "current", False)]),
    # a heading line, then the holders: the company the heading is about
    (f"{BALTIC} is not a large company. Its latest annual return lists two owners:\nShareholders: {ORION} - 70%; "
     f"{VESTA} - 30%.", [(ORION, BALTIC, 70, "current", False), (VESTA, BALTIC, 30, "current", False)]),
    # what remains after a sale is held now
    (f"{NORLAND} sold its 49 percent stake in {BALTIC} last year, leaving its partner, {KAPPA}, with the remaining "
     "51 percent.", [(NORLAND, BALTIC, 49, "former", False), (KAPPA, BALTIC, 51, "current", False)]),
    # a short form in parentheses that the model tags as a place
    (f"Nobody holds shares in Khangai Petroleum Supply LLC (KPS) directly. According to the registry, KPS has four "
     f"shareholders: {ORION} (45%) and {VESTA} (55%).",
     [(ORION, "Khangai Petroleum Supply LLC", 45, "current", False),
      (VESTA, "Khangai Petroleum Supply LLC", 55, "current", False)]),
    # a stake after "with": "with a share of N%" (translated), "the largest shareholder of Y, with N%"
    (f"{BALTIC}, in turn, belongs to {NORLAND} with a share of 85%.", [(NORLAND, BALTIC, 85, "current", False)]),
    (f"According to the registry, the main owner of {BALTIC} is {KAPPA} with the share of 51%.",
     [(KAPPA, BALTIC, 51, "current", False)]),
    (f"{KAPPA} is the largest shareholder of {BALTIC}, with 30%.", [(KAPPA, BALTIC, 30, "current", False)]),
    # "it" in what a record shows: the one company the previous sentence names (not when a company says it)
    (f"In Hong Kong, the trail leads to {BALTIC}, a trading house incorporated in 2019. Company registry returns "
     f"show it is 30% owned by {KAPPA} and 70% by {VESTA}.",
     [(KAPPA, BALTIC, 30, "current", False), (VESTA, BALTIC, 70, "current", False)]),
    (f"{ORION} owns 60% of {BALTIC}; {KAPPA} holds the remaining 40%. The company also says it sold its 50% "
     f"holding in {VESTA} in January.",
     [(ORION, BALTIC, 60, "current", False), (KAPPA, BALTIC, 40, "current", False),
      (ORION, VESTA, 50, "former", False)]),
    # "owned 51% by A and 49% by B" with "owned" parsed as a main verb, the second share gapped
    (f"{BALTIC}, a bonded warehouse near Nakhodka owned 51% by {KAPPA} and 49% by {VESTA}, was listed.",
     [(KAPPA, BALTIC, 51, "current", False), (VESTA, BALTIC, 49, "current", False)]),
    # the rest "split between" named holders: of the company before
    (f"{ORION} owns 51% of {BALTIC}. The remaining shares are split between {KAPPA}, with 30%, and {VESTA}, "
     "with 19%, according to the register.",
     [(ORION, BALTIC, 51, "current", False), (KAPPA, BALTIC, 30, "current", False),
      (VESTA, BALTIC, 19, "current", False)]),
    # a stake raised "to N% from M%": the old level is former; the named possessor holds it
    (f"{ORION} increased its share in {BALTIC} to 49 percent from 30 percent in 2016.",
     [(ORION, BALTIC, 49, "current", False), (ORION, BALTIC, 30, "former", False)]),
    (f"{VESTA} sold that block to {ORION}, lifting Orion's holding in {BALTIC} to 67% from 32%.",
     [(ORION, BALTIC, 67, "current", False), (ORION, BALTIC, 32, "former", False)]),
    # a unit by its city: "the Dalian unit"
    ("OFAC designated Dalian Qiaoxin Petrochemical Co. Ltd on Thursday. Its Hong Kong-listed parent, "
     f"{KAPPA}, which owns 72% of the Dalian unit according to its annual report, said it was reviewing the matter.",
     [(KAPPA, "Dalian Qiaoxin Petrochemical Co. Ltd", 72, "current", False)]),
    # a trade in the name: "the trader" for "X Trading Limited"
    ("Amur Petroleum Trading Limited and Kestrel Freight LLC charter tankers. Harbourfront Resources Holdings "
     "Limited has owned 70% of the trader since 2021.",
     [("Harbourfront Resources Holdings Limited", "Amur Petroleum Trading Limited", 70, "current", False)]),
    # a city in the name, a people in the description: "the Xi'an company", "the Georgian holding"
    (f"OFAC designated Xi'an Huaguang Infrared Co., Ltd. on Monday. {BALTIC} is a 51%-owned unit of the Xi'an "
     f"company.", [("Xi'an Huaguang Infrared Co., Ltd.", BALTIC, 51, "current", False)]),
    (f"Georgian Business Week reported that {NORLAND}, a Georgian holding company, was listed. The Georgian "
     f"holding is 75% owned by {KAPPA}.", [(KAPPA, NORLAND, 75, "current", False)]),
    # "Y, in which X has a N% interest", also when a description before X breaks the parse
    (f"{BALTIC}, in which Dubai-based {KAPPA} has a 24.9% interest, is otherwise owned by a family.",
     [(KAPPA, BALTIC, 24.9, "current", False)]),
    (f"{BALTIC}, in which Tehran-based {KAPPA} (KR) holds a 40% interest, has managed tankers since 2017.",
     [(KAPPA, BALTIC, 40, "current", False)]),
    # a gapped list whose holder has a description between its name and its share
    (f"{ORION} has 30% of {BALTIC}, {KAPPA}, a Maltese consultancy, 25% and {VESTA} 45%.",
     [(ORION, BALTIC, 30, "current", False), (KAPPA, BALTIC, 25, "current", False),
      (VESTA, BALTIC, 45, "current", False)]),
    # (the owner parsed in apposition to the source)
    (f"According to the data of SPARK-Interfax, the main owner of {BALTIC} is the Cyprus company {KAPPA} with "
     "the share of 74%.", [(KAPPA, BALTIC, 74, "current", False)]),
    # (the parser hangs "with" on the holder's name)
    (f"The main owner of Kerch Ferry Line LLC is {KAPPA} with the share of 74 percent.",
     [(KAPPA, "Kerch Ferry Line LLC", 74, "current", False)]),
    # translated "the Samsun based X" (no hyphen): the holder is the name after the place
    (f"The 51 percent of the shares of {BALTIC} belongs to {KAPPA}, the remaining 49 percent is owned by the "
     f"Samsun based {VESTA}.", [(KAPPA, BALTIC, 51, "current", False), (VESTA, BALTIC, 49, "current", False)]),
    (f"{NORLAND} had only 49% in {BALTIC}, and {KAPPA} was the biggest shareholder with 42.5%.",
     [(NORLAND, BALTIC, 49, "current", False), (KAPPA, BALTIC, 42.5, "current", False)]),
    # "controls Y through its N% stake"
    (f"{NORLAND} controls {BALTIC} through its 75% stake.", [(NORLAND, BALTIC, 75, "current", False)]),
    # "Its shareholders are": the subject of the sentence before
    (f"{BALTIC} was designated too. Its shareholders are {ORION} (51%) and {VESTA} (49%), a forwarder.",
     [(ORION, BALTIC, 51, "current", False), (VESTA, BALTIC, 49, "current", False)]),
    # "whose other owner, X, holds", however the parser hangs "holds"
    (f"{NORLAND} also has 26% of its distributor, {BALTIC}, whose other owner, London-based {ORION}, holds 74%.",
     [(NORLAND, BALTIC, 26, "current", False), (ORION, BALTIC, 74, "current", False)]),
    # "respectively" in a relative clause on coordinated holders
    (f"{BALTIC} is jointly owned by {KAPPA} and {NORLAND}, which hold 30% and 70% respectively.",
     [(KAPPA, BALTIC, 30, "current", False), (NORLAND, BALTIC, 70, "current", False)]),
    # translated: "N% of Y is at X" (the holder after "at"); an unnamed holder of the rest gets no row
    (f"In its turn 49% of {BALTIC} is at the Khabarovsk fund {NORLAND}, the remaining 51% is controlled by a local "
     "businessman.", [(NORLAND, BALTIC, 49, "current", False)]),
    # the subject of a passive shared by a coordinated ownership verb
    (f"The designated firm, {NORLAND}, is registered in the Jebel Ali Free Zone and owns 49.13% of {BALTIC}, filings show.",
     [(NORLAND, BALTIC, 49.13, "current", False)]),
    (f"It sold the difference to Suzhou Orion Equity Investment Fund (Limited Partnership), a state-backed "
     f"vehicle that now holds 29.1% of {BALTIC}, filings show.",
     [("Suzhou Orion Equity Investment Fund (Limited Partnership)", BALTIC, 29.1, "current", False)]),
    (f"{BALTIC} is 100% subsidiary of {NORLAND}, filings show.", [(NORLAND, BALTIC, 100, "current", False)]),
    (f"{BALTIC}, a 51% subsidiary of {NORLAND}, was listed.", [(NORLAND, BALTIC, 51, "current", False)]),
    (f"{BALTIC} is 55 per cent owned by {KAPPA}, a fund. The remaining 15 per cent of the terminal belongs to {NORLAND}, a trader.",
     [(KAPPA, BALTIC, 55, "current", False), (NORLAND, BALTIC, 15, "current", False)]),
    # "it" is not the company its relative clause is about
    (f"{NORLAND} is a shipping group. In a filing, the company said that {BALTIC}, in which it holds 30 per cent "
     f"through a wholly owned Singapore subsidiary, is 55 per cent owned by {ORION}.",
     [(NORLAND, BALTIC, 30, "current", True), (ORION, BALTIC, 55, "current", False)]),
    # a stake told after one in "the listed company" is in the same company
    (f"{BALTIC} sold 5% of its shares. Investor {ORION} holds a 12.5 per cent interest in the listed company, "
     f"while {NORLAND} sold its 15 per cent stake last year.",
     [(ORION, BALTIC, 12.5, "current", False), (NORLAND, BALTIC, 15, "former", False)]),
    # a state body with its country
    (f"{ORION} agreed to sell its 24 per cent stake in {BALTIC}, a cable maker. The State Property Committee of Belarus holds "
     f"62.5 per cent.", [(ORION, BALTIC, 24, "current", False),
                         ("State Property Committee of Belarus", BALTIC, 62.5, "current", False)]),
    (f"The 51% share of {BALTIC} belongs to {NORLAND} indirectly, through a company in Cyprus.",
     [(NORLAND, BALTIC, 51, "current", True)]),
    # "the group" in its own sentence: the name with that word
    ("Together with Orion Group JSC the list included its payment unit Orion Pay LLC, 90% of which belongs to "
     "the group.", [("Orion Group JSC", "Orion Pay LLC", 90, "current", False)]),
    # a passive's agent the parser hung on a lower noun
    (f"{BALTIC} was 49 per cent owned by {ORION} until August 2018. The remaining 51 per cent has been held since "
     f"the company's founding by {NORLAND}, a Sharjah investment firm.",
     [(ORION, BALTIC, 49, "former", False), (NORLAND, BALTIC, 51, "current", False)]),
    (f"{ORION} owns 70% of {BALTIC}, with the remaining 30% held by {VESTA}, a Sharjah holding company.",
     [(ORION, BALTIC, 70, "current", False), (VESTA, BALTIC, 30, "current", False)]),
    (f"{BALTIC} is a 60 percent-owned subsidiary of {NORLAND}.", [(NORLAND, BALTIC, 60, "current", False)]),
    (f"{BALTIC}, a 70%-owned unit of {NORLAND}, denied the allegations.", [(NORLAND, BALTIC, 70, "current", False)]),
    (f"{NORLAND}'s 60%-owned subsidiary {BALTIC} was named.", [(NORLAND, BALTIC, 60, "current", False)]),
    (f"{NORLAND} owns 51% of {BALTIC}", [(NORLAND, BALTIC, 51, "current", False)]),
    (f"{NORLAND} owns a 51% stake in {BALTIC}", [(NORLAND, BALTIC, 51, "current", False)]),
    ("Kestrel Shipping Pte. Ltd. holds a 51 percent stake in Harbour Line Ltd., filings show.",
     [("Kestrel Shipping Pte. Ltd.", "Harbour Line Ltd.", 51, "current", False)]),
    ("Sunvale Energy PLC holds a 49.9 per cent stake in Redmoor Gas Ltd.",
     [("Sunvale Energy PLC", "Redmoor Gas Ltd.", 49.9, "current", False)]),
    ("Tallin Grain AG has a 30% stake in Corvex Logistics GmbH.",
     [("Tallin Grain AG", "Corvex Logistics GmbH", 30, "current", False)]),
    ("Arkwright Capital Partners LLC controls a 30% interest in Meridian Drilling Inc.",
     [("Arkwright Capital Partners LLC", "Meridian Drilling Inc.", 30, "current", False)]),
    ("Last year Pelion Mining Corp. acquired a 30% share in Coldstream Metals Ltd.",
     [("Pelion Mining Corp.", "Coldstream Metals Ltd.", 30, "current", False)]),
    ("Brandt Industrie GmbH bought 25.5% of Ostrava Steel A.S. in 2019.",
     [("Brandt Industrie GmbH", "Ostrava Steel A.S.", 25.5, "current", False)]),
    (f"{NORLAND}'s 19.75% stake in {BALTIC} is worth $2 billion.",
     [(NORLAND, BALTIC, 19.75, "current", False)]),
    (f"{NORLAND} 100 percent owns {BALTIC}", [(NORLAND, BALTIC, 100, "current", False)]),
    (f"{BALTIC}, 51% owned by {NORLAND}, makes submarine cables.", [(NORLAND, BALTIC, 51, "current", False)]),
    (f"{BALTIC} is 51%-owned by {NORLAND}", [(NORLAND, BALTIC, 51, "current", False)]),
    (f"{BALTIC} is owned 60% by {NORLAND}", [(NORLAND, BALTIC, 60, "current", False)]),
    (f"{BALTIC}, in which {NORLAND} holds 40%, makes submarine cables.", [(NORLAND, BALTIC, 40, "current", False)]),
    (f"{BALTIC}, of which 49 percent belongs to {NORLAND}, makes submarine cables.",
     [(NORLAND, BALTIC, 49, "current", False)]),
    ("Kalmar Freight FZE, a Dubai company in which Sorensen Tankers LLC holds a 60% stake, was also named.",
     [("Sorensen Tankers LLC", "Kalmar Freight FZE", 60, "current", False)]),
    (f"{NORLAND}, which owns a 51% stake in {BALTIC}, was also listed.", [(NORLAND, BALTIC, 51, "current", False)]),
    (f"{NORLAND}'s 51%-owned subsidiary {BALTIC} makes submarine cables.", [(NORLAND, BALTIC, 51, "current", False)]),
    # "whose N% shareholder X": the name before "whose"
    ("Hakuba Precision Co., whose 33.4% shareholder, Dalian Ruifeng Machinery Co., Ltd., was sanctioned in 2019, "
     "said it expected no impact.", [("Dalian Ruifeng Machinery Co., Ltd.", "Hakuba Precision Co.", 33.4, "current", False)]),
    # "its N%-owned affiliate Y": the company named before "its"
    (f"The Treasury designated {NORLAND} and its 40%-owned affiliate {BALTIC} on Friday.",
     [(NORLAND, BALTIC, 40, "current", False)]),
    (f"The Treasury designated {NORLAND} and its 40% owned affiliate, {BALTIC}, on Friday.",
     [(NORLAND, BALTIC, 40, "current", False)]),
    (f"{NORLAND} holds a fifty-one percent stake in {BALTIC}", [(NORLAND, BALTIC, 51, "current", False)]),
    # "up from" / "down from" the level before: a former stake of the same holder (not another clause's)
    (f"{NORLAND} is 60% owned by {ORION}, according to company records, down from 85% before a share placement.",
     [(ORION, NORLAND, 60, "current", False), (ORION, NORLAND, 85, "former", False)]),
    (f"By the autumn, {ORION} owned 63% of {BALTIC}, up from 14%.",
     [(ORION, BALTIC, 63, "current", False), (ORION, BALTIC, 14, "former", False)]),
    (f"{ORION} owns 63% of {BALTIC}, whose revenue is up from 14% of the market.", [(ORION, BALTIC, 63, "current", False)]),
    # "with a N% stake" beside the holder noun or after the complement
    (f"{BALTIC} was listed. Its largest shareholder, with a 29.6% stake, is {NORLAND}.",
     [(NORLAND, BALTIC, 29.6, "current", False)]),
    ("Vesta Peak Systems, whose largest shareholder is Boston-based investment firm Orion Partners with a 14.2% "
     "stake, declined to comment.", [("Orion Partners", "Vesta Peak Systems", 14.2, "current", False)]),
    # "Y is a subsidiary of X, which owns a 90% stake": the stake is in Y
    (f"{NORLAND} is 74% owned by {KAPPA}. {KAPPA}, in turn, is a subsidiary of {ORION}, which owns a 90% stake.",
     [(KAPPA, NORLAND, 74, "current", False), (ORION, KAPPA, 90, "current", False)]),
    # "the processor" after "payment processor Y" (a description before the name)
    (f"OFAC designated Kyrgyz payment processor {BALTIC} on Friday. Also designated was its majority owner, {ORION}, "
     "which holds 67% of the processor's shares.", [(ORION, BALTIC, 67, "current", False)]),
    # "the airline's shareholders are ...": the company the text described as an airline
    (f"The Council added {BALTIC}, a Belarusian charter airline, to its list. According to the register, the "
     f"airline's shareholders are {ORION} (51%) and {VESTA} (34%).",
     [(ORION, BALTIC, 51, "current", False), (VESTA, BALTIC, 34, "current", False)]),
    # translated filings: "... is X, the shareholding ratio is 30.12%"
    (f"According to the announcement, largest shareholder of {BALTIC} is {ORION}, the shareholding ratio is 30.12%.",
     [(ORION, BALTIC, 30.12, "current", False)]),
    # "half-owned by X": a stake of 50 (gold decision 53)
    (f"{BALTIC} is half-owned by {NORLAND}.", [(NORLAND, BALTIC, 50, "current", False)]),
    # the seller is "Y's former parent, X"
    (f"Commerce removed {BALTIC} from the list after its former parent, {NORLAND}, sold its 67% stake to {VESTA}.",
     [(NORLAND, BALTIC, 67, "former", False)]),
    # "lifting X's holding to N%", with "holding" parsed as a verb: of the company sold into
    ("Tianjin Hexing Tools Co., Ltd. sold its 29.9% stake in Bayerische Feinwerk GmbH to the family holding "
     "company Krause Beteiligungs GmbH last year, lifting Krause's holding to 80.1%.",
     [("Tianjin Hexing Tools Co., Ltd.", "Bayerische Feinwerk GmbH", 29.9, "former", False),
      ("Krause Beteiligungs GmbH", "Bayerische Feinwerk GmbH", 80.1, "current", False)]),
    # "shares" taken for the agent: the name right after "by"
    ("Hangzhou Lanxin Vision Co., Ltd. makes cameras. The company is 42% owned by state-run China Electronics Group "
     "Holdings Co., Ltd., and its Shenzhen-listed shares fell 6.1% on the news.",
     [("China Electronics Group Holdings Co., Ltd.", "Hangzhou Lanxin Vision Co., Ltd.", 42, "current", False)]),
    # the level a stake moved from is a former stake
    (f"{NORLAND} raised its stake in {BALTIC} to 30% from 20%.",
     [(NORLAND, BALTIC, 30, "current", False), (NORLAND, BALTIC, 20, "former", False)]),
    (f"{NORLAND} owns 20% of the share capital of {BALTIC}", [(NORLAND, BALTIC, 20, "current", False)]),
    ("Halden Shipyard Ltd. is a joint venture in which Ostro Marine Ltd. holds 25%.",
     [("Ostro Marine Ltd.", "Halden Shipyard Ltd.", 25, "current", False)]),
    # a sale only agreed on leaves the stake where it is
    (f"{NORLAND} has agreed to sell its 30% stake in {BALTIC} to {VESTA}.",
     [(NORLAND, BALTIC, 30, "current", False)]),
    (f"{NORLAND} owns 51% of {BALTIC} and 30% of {VESTA}.",
     [(NORLAND, BALTIC, 51, "current", False), (NORLAND, VESTA, 30, "current", False)]),
    (f"{NORLAND}, holding 30% of {BALTIC}, said it would not sell.", [(NORLAND, BALTIC, 30, "current", False)]),
    (f"{NORLAND} acquired 100% of {BALTIC} for $40 million.", [(NORLAND, BALTIC, 100, "current", False)]),
]

# the holder named inside a description in apposition
APPOSED_DESCRIPTION = [
    (f"{BALTIC} was listed in 2022. Its largest shareholder, the state energy group {NORLAND}, holds 46% of the bank.",
     [(NORLAND, BALTIC, 46, "current", False)]),
]

FORMER: list[tuple[str, list[Row]]] = [
    # the active perfect: the subject held the stake
    (f"{ORION} owns 19.7% of {BALTIC} after a sale. {ORION} had owned 33% until March, when it sold part of its "
     f"stake to {KAPPA} for cash.",
     [(ORION, BALTIC, 19.7, "current", False), (ORION, BALTIC, 33, "former", False)]),
    # a stake held up to a share issue
    (f"{ORION} owns 45.2% of {BALTIC} after a sale of new shares. {ORION} owned 67.5% before the share issue.",
     [(ORION, BALTIC, 45.2, "current", False), (ORION, BALTIC, 67.5, "former", False)]),
    # held until an event told in the past (not the event's own stake)
    (f"{NORLAND} held 100% of {BALTIC} until {ORION} joined as a participant in 2022.",
     [(NORLAND, BALTIC, 100, "former", False)]),
    # "that holding": the stake in the company the sentence named before
    (f"{ORION}, which holds its stake in {BALTIC} through a Cypriot subsidiary, cut that holding from 100% to 49% in September "
     f"and sold the rest to {VESTA}, which now owns 51%.",
     [(ORION, BALTIC, 49, "current", True), (VESTA, BALTIC, 51, "current", False)]),
    # a later sentence moves the stake to a new level: the level told before is former (not a block bought on top)
    (f"In March 2020, {ORION} acquired 15% of {BALTIC}. It raised the holding to 27% last year.",
     [(ORION, BALTIC, 15, "former", False), (ORION, BALTIC, 27, "current", False)]),
    (f"{ORION} bought a further 10% of {BALTIC} on Wednesday. It raised its holding in the cable maker to 45% in May.",
     [(ORION, BALTIC, 10, "current", False), (ORION, BALTIC, 45, "current", False)]),
    # a later sentence gives the stake up, without its size
    (f"{NORLAND} acquired a 35 percent interest in {BALTIC} in 2019. {NORLAND} transferred that interest to {VESTA} "
     "in March 2022.", [(NORLAND, BALTIC, 35, "former", False)]),
    # a news agency that reviewed the records is no antecedent of "the company"
    (f"Reuters reviewed corporate records for {BALTIC}, which manages six tankers. Registered in 2021, the company is "
     f"owned 50-50 by {ORION} and {VESTA}.", [(ORION, BALTIC, 50, "current", False), (VESTA, BALTIC, 50, "current", False)]),
    # the holder exited; part of the stake sold later
    (f"Moscow-based {NORLAND}, which held 20% of {BALTIC}, exited last year.", [(NORLAND, BALTIC, 20, "former", False)]),
    (f"{BALTIC} is 62% owned by {ORION}, which held 80% before it sold part of its stake to {VESTA}.",
     [(ORION, BALTIC, 62, "current", False), (ORION, BALTIC, 80, "former", False)]),
    # a transfer with the split that results: the recipient holds the block (gold decision 53); a plain
    # sale's buyer gets no row (decision 31)
    (f"That April, {ORION} transferred 60% of {BALTIC} to {VESTA} and kept the remaining 40%. In 2022 {NORLAND} "
     f"sold its 25% stake in {KAPPA} to {LUMEN}.",
     [(ORION, BALTIC, 60, "former", False), (VESTA, BALTIC, 60, "current", False), (ORION, BALTIC, 40, "current", False),
      (NORLAND, KAPPA, 25, "former", False)]),
    # ... the unit named between commas; the split stated by a second share with the verb gapped
    ("Last month, Orion Group Co., Ltd. transferred 60% of its unit, Vesta Copper LLP, to Baltic Resources JSC "
     "and kept the remaining 40%.",
     [("Orion Group Co., Ltd.", "Vesta Copper LLP", 60, "former", False),
      ("Baltic Resources JSC", "Vesta Copper LLP", 60, "current", False),
      ("Orion Group Co., Ltd.", "Vesta Copper LLP", 40, "current", False)]),
    (f"{ORION} then transferred 51% of {BALTIC} to {VESTA} and the other 49% to {NORLAND}.",
     [(ORION, BALTIC, 51, "former", False), (VESTA, BALTIC, 51, "current", False), (ORION, BALTIC, 49, "former", False),
      (NORLAND, BALTIC, 49, "current", False)]),
    # held "before selling it": the stake sold is former
    (f"{ORION}, which held 51% of {BALTIC} before selling it to buyers it did not identify, was listed.",
     [(ORION, BALTIC, 51, "former", False)]),
    # held up to a reorganisation or a sale
    (f"Prior to the capital reorganisation completed in June 2021, {NORLAND} held 60% of {BALTIC}. Before the "
     f"restructuring, {ORION} owned 20% of {VESTA}.",
     [(NORLAND, BALTIC, 60, "former", False), (ORION, VESTA, 20, "former", False)]),
    # "its" after an opening phrase with no name: the subject of the sentence before
    (f"{ORION} raised its holding in {LUMEN} in March. Until January its stake stood at 44%.",
     [(ORION, LUMEN, 44, "former", False)]),
    # "the group" / "the company" as holder: the company the recent main clauses are about
    (f"{ORION} owns 80% of {BALTIC}, while the remaining 20% is held by {VESTA}. The group also held 35% of {KAPPA} "
     "until it sold that stake in 2021.",
     [(ORION, BALTIC, 80, "current", False), (VESTA, BALTIC, 20, "current", False),
      (ORION, KAPPA, 35, "former", False)]),
    # held "until" a date that a clause then describes: the level it was cut to is current
    (f"{KAPPA} held 80% of {BALTIC} until June, when it cut its holding to 40%.",
     [(KAPPA, BALTIC, 80, "former", False), (KAPPA, BALTIC, 40, "current", False)]),
    # a holder's country between its name and its share
    (f"{BALTIC}'s shareholders are {NORLAND} (51%) and {KAPPA} of Japan (20%), registry data show.",
     [(NORLAND, BALTIC, 51, "current", False), (KAPPA, BALTIC, 20, "current", False)]),
    # "the processor": the company the article described as one ("X, an Oslo-based payment processor")
    (f"OFAC settled with {BALTIC}, an Oslo-based payment processor. {BALTIC} processed card payments for an "
     f"Iranian merchant. Its parent company, {NORLAND}, holds 85% of the processor.",
     [(NORLAND, BALTIC, 85, "current", False)]),
    # a gapped passive's holder is the name after its own "by", also past a possessor
    (f"{BALTIC} is 30% owned by {KAPPA} and 11% by Kappa's parent, {ORION}.",
     [(KAPPA, BALTIC, 30, "current", False), (ORION, BALTIC, 11, "current", False)]),
    # "the Moscow-based unit": the subsidiary told before, however its apposition is attached
    (f"{NORLAND} said it would wind down most of the business of its Russian subsidiary, {BALTIC}, under pressure "
     f"from regulators. {NORLAND} owns 100% of the Moscow-based unit.", [(NORLAND, BALTIC, 100, "current", False)]),
    # a semicolon ends the clause of the name before it
    (f"The shipper {BALTIC} was sanctioned. The company's largest shareholder, with 48.5%, is {NORLAND}; {KAPPA} "
     "owns 15%.", [(NORLAND, BALTIC, 48.5, "current", False), (KAPPA, BALTIC, 15, "current", False)]),
    # a relative clause's "until", hung on the holder
    (f"The port depended on one customer: {NORLAND}, which owned 49% of the operator, {BALTIC}, until last year.",
     [(NORLAND, BALTIC, 49, "former", False)]),
    (f"The Russian company {NORLAND} reduced its share in {BALTIC} from 75% till 49%.",
     [(NORLAND, BALTIC, 75, "former", False), (NORLAND, BALTIC, 49, "current", False)]),
    (f"{NORLAND} held 25% of {BALTIC} in 2019 and has since reduced its holding to 3.1%.",
     [(NORLAND, BALTIC, 25, "former", False), (NORLAND, BALTIC, 3.1, "current", False)]),
    # the stake a relative clause tells, replaced by the main clause's present one
    (f"{NORLAND}, which already held 31%, now controls 80% of {BALTIC}, a cable maker.",
     [(NORLAND, BALTIC, 31, "former", False), (NORLAND, BALTIC, 80, "current", False)]),
    (f"{BALTIC} is owned by {NORLAND}, which cut its holding in the company from 100% to 51% in 2023.",
     [(NORLAND, BALTIC, 100, "former", False), (NORLAND, BALTIC, 51, "current", False)]),
    # the holder is "its owner": the company the sentence named before
    (f"The Treasury delisted {BALTIC} after its owner, {NORLAND}, cut its stake from 100% to 25%.",
     [(NORLAND, BALTIC, 100, "former", False), (NORLAND, BALTIC, 25, "current", False)]),
    (f"{NORLAND} previously held 40% of a Latvian leasing venture, {BALTIC}, before selling the stake.",
     [(NORLAND, BALTIC, 40, "former", False)]),
    (f"{NORLAND} sold its 30% stake in {BALTIC} last year.", [(NORLAND, BALTIC, 30, "former", False)]),
    (f"{NORLAND} used to own 20% of {BALTIC}", [(NORLAND, BALTIC, 20, "former", False)]),
    (f"{NORLAND} no longer owns 20% of {BALTIC}", [(NORLAND, BALTIC, 20, "former", False)]),
    (f"{NORLAND} formerly held 15% of {BALTIC}", [(NORLAND, BALTIC, 15, "former", False)]),
    (f"{NORLAND}, often called Norland, previously held 2.1% of {BALTIC} but sold out in 2021.",
     [(NORLAND, BALTIC, 2.1, "former", False)]),
    (f"{BALTIC} was previously 75% owned by {NORLAND}; the stake was sold in 2022.",
     [(NORLAND, BALTIC, 75, "former", False)]),
    (f"In March 2020, {NORLAND} sold its assets, including the 40% stake it held in {BALTIC}, to a state fund.",
     [(NORLAND, BALTIC, 40, "former", False)]),
    # the buyer's stake is not stated (gold/README.md section 6: one row per stated stake)
    (f"{NORLAND} divested its 45% interest in {BALTIC} to {VESTA} in 2021.",
     [(NORLAND, BALTIC, 45, "former", False)]),
    (f"{NORLAND} previously held 17.02% of {BALTIC} but has since sold out.",
     [(NORLAND, BALTIC, 17.02, "former", False)]),
    (f"{BALTIC}'s ownership has changed since 2014: {NORLAND} sold its 50% stake plus one share to the state in 2020.",
     [(NORLAND, BALTIC, 50, "former", False)]),
    (f"{NORLAND} sold its Peruvian assets, including the 40% stake it held in {BALTIC}, to a state-owned fund.",
     [(NORLAND, BALTIC, 40, "former", False)]),
    (f"{KAPPA} bought its holding in 2018 from {ORION}, a Cyprus company that had owned 45% of {BALTIC}.",
     [(ORION, BALTIC, 45, "former", False)]),
    (f"{NORLAND} cut its holding in {BALTIC} from 90% in early 2023.", [(NORLAND, BALTIC, 90, "former", False)]),
    (f"{NORLAND} before owned 35% of {BALTIC}, then passed it to a partner.", [(NORLAND, BALTIC, 35, "former", False)]),
    (f"{NORLAND} bought 6.6% of {BALTIC} in 2006 but sold the holding in 2009.",
     [(NORLAND, BALTIC, 6.6, "former", False)]),
    (f"{NORLAND} said on Wednesday it had completed the sale of its 25% stake in {BALTIC} to {ORION}.",
     [(NORLAND, BALTIC, 25, "former", False)]),
    (f"{ORION} held 45% of {BALTIC} until it sold the stake in 2023, the ministry said.",
     [(ORION, BALTIC, 45, "former", False)]),
    (f"{ORION} had held 15% of {BALTIC}, but exited in 2023.", [(ORION, BALTIC, 15, "former", False)]),
    (f"{ORION} owned 20% of {BALTIC} before it sold the stake in 2022.", [(ORION, BALTIC, 20, "former", False)]),
    (f"From 2016 until 2022, 45 percent of {BALTIC} was held by {ORION}.", [(ORION, BALTIC, 45, "former", False)]),
    (f"From 2016, 45 percent of {BALTIC} has been held by {ORION}.", [(ORION, BALTIC, 45, "current", False)]),
    # a later sentence of a field's line, with no subject: the entry's company
    ("Entities (extract)\n\n1. KESTREL MARINE SERVICES LLC\nAddress: Vladivostok, Russia\nOther Information: (UK "
     f"Sanctions List Ref): RUS2071. 51% owned by {ORION}.\nDate designated: 24/02/2025",
     [(ORION, "KESTREL MARINE SERVICES LLC", 51, "current", False)]),
    (f"(3) {BALTIC}\nAddress: Riga, Latvia\nOthers: 60% of the shares are held by {ORION}.",
     [(ORION, BALTIC, 60, "current", False)]),
    # a table's row: the holders in its cell hold shares of the row's company
    ("Annex 8\n\nNo. | Name | Identification information | Reasons\n1041 | KESTREL PARTS OOO | Shareholders: "
     f"{ORION} (25%) | Importer of parts.\n1042 | {BALTIC} | Shareholders: {NORLAND} (65%), {VESTA} (35%) | "
     "Supplier.", [(ORION, "KESTREL PARTS OOO", 25, "current", False), (NORLAND, BALTIC, 65, "current", False),
                   (VESTA, BALTIC, 35, "current", False)]),
    # an OFSI entry's "(Parent company)" and "(Shareholders)" fields: "its" is the entry's company
    ("1. Name 6: KESTREL DRILLING JSC\nAddress: Murmansk, Russia.\nOther Information: (UK Sanctions List Ref): "
     f"RUS1921. (Parent company): {ORION}, which holds 74% of its shares and held 80% until 2020.",
     [(ORION, "KESTREL DRILLING JSC", 74, "current", False), (ORION, "KESTREL DRILLING JSC", 80, "former", False)]),
    ("1. Name 6: KESTREL DRILLING JSC\nAddress: Murmansk, Russia.\nOther Information: (UK Sanctions List Ref): "
     f"RUS1921. (Shareholders): {ORION} 30%; {NORLAND} 70%. (Type of entity): Joint Stock Company.",
     [(ORION, "KESTREL DRILLING JSC", 30, "current", False), (NORLAND, "KESTREL DRILLING JSC", 70, "current", False)]),
    (f"The venture, {BALTIC}, is owned by {ORION} (50%) and {NORLAND} (50%).",
     [(ORION, BALTIC, 50, "current", False), (NORLAND, BALTIC, 50, "current", False)]),
    (f"{BALTIC} is a joint venture of {ORION} (60%) and {NORLAND} (40%).",
     [(ORION, BALTIC, 60, "current", False), (NORLAND, BALTIC, 40, "current", False)]),
    (f"1. {BALTIC}, registration number 1191690071234. Location: Riga, Latvia. Founders: {ORION} – 75 percent of "
     f"the authorized capital; {NORLAND} – 25 percent of the authorized capital.",
     [(ORION, BALTIC, 75, "current", False), (NORLAND, BALTIC, 25, "current", False)]),
    (f"{NORLAND} will pay $140 million for the stake in {BALTIC} held by a partner, which would give it control. "
     f"Under the current structure, {ORION} owns 45% of the venture.", [(ORION, BALTIC, 45, "current", False)]),
    (f"{BALTIC}'s own largest shareholders are state-owned {ORION}, with 15.1 per cent, and {NORLAND}, with 11.2 "
     f"per cent.", [(ORION, BALTIC, 15.1, "current", False), (NORLAND, BALTIC, 11.2, "current", False)]),
    (f"{BALTIC}, whose largest shareholder, with 31%, is Mumbai-based {ORION}, did not respond.",
     [(ORION, BALTIC, 31, "current", False)]),
    (f"{NORLAND} acquired a 30 percent stake in {BALTIC} in 2019. Merbok Agro Ventures Berhad retains 70 percent.",
     [(NORLAND, BALTIC, 30, "current", False), ("Merbok Agro Ventures Berhad", BALTIC, 70, "current", False)]),
    (f"{ORION} owns 30% of {BALTIC} and sold its bakery unit in 2021.", [(ORION, BALTIC, 30, "current", False)]),
    (f"Before the sale, {NORLAND} held 45% of {BALTIC}.", [(NORLAND, BALTIC, 45, "former", False)]),
    # any event before which a stake is told in the past: held up to it
    (f"Before the pandemic, {NORLAND} held 45% of {BALTIC}.", [(NORLAND, BALTIC, 45, "former", False)]),
    (f"Before the pandemic, {NORLAND} holds 45% of {BALTIC}.", [(NORLAND, BALTIC, 45, "current", False)]),
    # the level it moved from is a former stake (gold/README.md decision 14), also when parsed as one range
    (f"{NORLAND} raised its stake in {BALTIC} from 20% to 35% last year.",
     [(NORLAND, BALTIC, 35, "current", False), (NORLAND, BALTIC, 20, "former", False)]),
]

VIA_SUBSIDIARY: list[tuple[str, list[Row]]] = [
    (f"According to the register, 65% of {BALTIC} belongs through a subsidiary to {NORLAND}.",
     [(NORLAND, BALTIC, 65, "current", True)]),
    (f"{BALTIC} was formerly 51% owned by a subsidiary of {NORLAND}", [(NORLAND, BALTIC, 51, "former", True)]),
    (f"{BALTIC} is 51% owned by a subsidiary of {NORLAND}", [(NORLAND, BALTIC, 51, "current", True)]),
    (f"{NORLAND} also holds 35% in {BALTIC} through a subsidiary.", [(NORLAND, BALTIC, 35, "current", True)]),
    # a further stake of the same holder, through a subsidiary only if it says so; another holder's is its own
    (f"{NORLAND} holds 18% of {BALTIC} through a Luxembourg subsidiary and a further 12% directly.",
     [(NORLAND, BALTIC, 18, "current", True), (NORLAND, BALTIC, 12, "current", False)]),
    (f"{NORLAND} holds 41.2% of {BALTIC} directly and another 8% through two subsidiaries.",
     [(NORLAND, BALTIC, 41.2, "current", False), (NORLAND, BALTIC, 8, "current", True)]),
    (f"According to the registry, 34% of {BALTIC} belongs to {NORLAND}, another 15% the group owned until 2022 through "
     "a Cyprus subsidiary.", [(NORLAND, BALTIC, 34, "current", False), (NORLAND, BALTIC, 15, "former", True)]),
    (f"{NORLAND} owns 41.2% of {BALTIC}, and {KAPPA} another 8%.",
     [(NORLAND, BALTIC, 41.2, "current", False), (KAPPA, BALTIC, 8, "current", False)]),
    (f"{NORLAND} holds a 27.8% stake in {BALTIC} through a Cyprus-registered subsidiary.",
     [(NORLAND, BALTIC, 27.8, "current", True)]),
    (f"{BALTIC} was previously 49% held by {NORLAND} through a Cypriot subsidiary, the register shows.",
     [(NORLAND, BALTIC, 49, "former", True)]),
    (f"{BALTIC} is 49% held by {NORLAND} via a Maltese subsidiary.", [(NORLAND, BALTIC, 49, "current", True)]),
]

SEVERAL_HOLDERS: list[tuple[str, list[Row]]] = [
    # each holder with its own "with" share, also after the copula; one in apposition to its description
    (f"{BALTIC}'s largest shareholders are {NORLAND}, with 30%, and Shenzhen Qianhai Ruixin Equity Investment Fund "
     "Partnership (Limited Partnership), with 12%.",
     [(NORLAND, BALTIC, 30, "current", False),
      ("Shenzhen Qianhai Ruixin Equity Investment Fund Partnership (Limited Partnership)", BALTIC, 12, "current", False)]),
    (f"{ORION}, the largest shareholder in London-listed {BALTIC} with 29.9%, has been ordered to reduce its holding.",
     [(ORION, BALTIC, 29.9, "current", False)]),
    # the copula's name holds what its participle says (translated)
    (f"The controlling shareholder of {BALTIC} is {ORION}, holding 41.27% of the shares; the second largest "
     f"shareholder is {NORLAND}, holding 6.08%.",
     [(ORION, BALTIC, 41.27, "current", False), (NORLAND, BALTIC, 6.08, "current", False)]),
    # a unit named after the agent, however the parser hung it; a place describing the unit names no company
    (f"{ORION} holds 62% of {BALTIC} through a Cyprus-registered subsidiary, and a further 8% is held by its Moscow "
     f"trading arm, {VESTA}, according to the quarterly report. The remaining 30% trades on the Moscow Exchange.",
     [(ORION, BALTIC, 62, "current", True), (VESTA, BALTIC, 8, "current", False)]),
    # a sentence that announces the holders, without a colon, then a block bought from a seller
    (f"{BALTIC} is owned by {KAPPA}. {KAPPA} itself has two shareholders. {ORION} has 60% and {VESTA} the "
     f"remaining 40%. {VESTA} bought its 40% block from {NORLAND} in 2022.",
     [(ORION, KAPPA, 60, "current", False), (VESTA, KAPPA, 40, "current", False),
      (NORLAND, KAPPA, 40, "former", False)]),
    # "half" and "the other half" are stakes of 50 (gold decision 53)
    (f"{NORLAND} owns half of {BALTIC}, and {ORION} holds the other half.",
     [(NORLAND, BALTIC, 50, "current", False), (ORION, BALTIC, 50, "current", False)]),
    (f"{BALTIC} is 50% owned by {KAPPA}, with the other half held by {VESTA}.",
     [(KAPPA, BALTIC, 50, "current", False), (VESTA, BALTIC, 50, "current", False)]),
    (f"{NORLAND} said it had handed half of its Russian chain, {BALTIC}, to the chain's managers, {KAPPA}, and kept "
     "the other half.", [(NORLAND, BALTIC, 50, "former", False), (KAPPA, BALTIC, 50, "current", False),
                         (NORLAND, BALTIC, 50, "current", False)]),
    # a holder described, then named: "owned by Norwegian group X"
    (f"{BALTIC}, which BIS added to the Entity List on Monday, is 45% owned by Norwegian group {NORLAND}.",
     [(NORLAND, BALTIC, 45, "current", False)]),
    # "The company, which ..., is owned by": a relative set off by commas keeps the description anaphoric
    (f"OFAC on Tuesday designated {BALTIC}. The company, which makes 15% of the region's cable, is jointly owned by "
     f"{NORLAND} and {ORION}, which hold 45% and 55% respectively.",
     [(NORLAND, BALTIC, 45, "current", False), (ORION, BALTIC, 55, "current", False)]),
    # a block bought, and the holding it brings: the holding's company is the block's
    (f"{NORLAND} bought a further 10% of {BALTIC} on Wednesday, bringing its holding in the cable maker to 45%.",
     [(NORLAND, BALTIC, 10, "current", False), (NORLAND, BALTIC, 45, "current", False)]),
    # a holder noun with its share: "X and its 51% shareholder, Y"
    (f"OFAC on Friday designated {BALTIC} and its 51% shareholder, {NORLAND}.", [(NORLAND, BALTIC, 51, "current", False)]),
    (f"{BALTIC}'s 34% owner, {ORION}, was also designated.", [(ORION, BALTIC, 34, "current", False)]),
    # a joint venture's split, in the order the holders are named
    (f"OFAC designated {BALTIC}, a 60-40 joint venture between {NORLAND} and {ORION}, on Tuesday.",
     [(NORLAND, BALTIC, 60, "current", False), (ORION, BALTIC, 40, "current", False)]),
    (f"{BALTIC} is a 51/49 venture of {KAPPA} and {VESTA}.",
     [(KAPPA, BALTIC, 51, "current", False), (VESTA, BALTIC, 49, "current", False)]),
    # ... its founders, the subject of the verb that set it up
    (f"{ORION} and {VESTA} set up a 60-40 joint venture, {BALTIC}, in 2018.",
     [(ORION, BALTIC, 60, "current", False), (VESTA, BALTIC, 40, "current", False)]),
    (f"{ORION} and {VESTA} formed {BALTIC}, a 70-30 joint venture, in 2019.",
     [(ORION, BALTIC, 70, "current", False), (VESTA, BALTIC, 30, "current", False)]),
    # ... the second holder cut off by the sentence end's legal form
    (f"{KAPPA} was listed. {BALTIC} is a 50-50 joint venture between {ORION} and Arlington Aerostructures Inc. "
     "Arlington Aerostructures was not on the list.",
     [(ORION, BALTIC, 50, "current", False), ("Arlington Aerostructures Inc.", BALTIC, 50, "current", False)]),
    # holders after "Y has four shareholders:", one between dashes; an unnamed holder gets no row; a later
    # "It cut its holding" is in the company whose holders were listed
    (f"{BALTIC} has four shareholders: {NORLAND} (40%), {ORION} - 18% - and a Seychelles company that holds the "
     f"remaining 12%. {NORLAND} has not always been the dominant holder. It cut its holding from 70% to 40% in "
     f"early 2024.", [(NORLAND, BALTIC, 40, "current", False), (ORION, BALTIC, 18, "current", False),
                      (NORLAND, BALTIC, 70, "former", False)]),
    (f"{BALTIC} is jointly owned by {NORLAND} and {ORION}, holding 40% and 60% respectively, according to filings.",
     [(NORLAND, BALTIC, 40, "current", False), (ORION, BALTIC, 60, "current", False)]),
    # "it" after a colon refers to the subject before it; "in (the) hands of"; shares of no named company
    (f"{NORLAND} is the principal shareholder of {BALTIC}: it possesses 60% of the social capital, while the "
     f"remaining 40% is in hands of {ORION}, according to the registry.",
     [(NORLAND, BALTIC, 60, "current", False), (ORION, BALTIC, 40, "current", False)]),
    # "remaining" taken for a verb (translated, no article): the passive's holder read off the surface
    (f"{BALTIC} is 65% owned by {NORLAND}, and remaining 35% is held by {ORION}, according to the registry.",
     [(NORLAND, BALTIC, 65, "current", False), (ORION, BALTIC, 35, "current", False)]),
    (f"{BALTIC} is 60% owned by {NORLAND}, and remaining 40% had been held by {ORION} until 2022, according to "
     f"the registry.", [(NORLAND, BALTIC, 60, "current", False), (ORION, BALTIC, 40, "former", False)]),
    # the named parent of the subsidiary a share is held through
    (f"{BALTIC} is 49% owned by {NORLAND}, with the remaining 51% held through a Cyprus subsidiary of {ORION}, "
     f"records show.", [(NORLAND, BALTIC, 49, "current", False), (ORION, BALTIC, 51, "current", True)]),
    # holders with their shares in parentheses, after a passive or "belongs to"
    (f"{BALTIC} itself is owned by {NORLAND} (60%), registered in the Seychelles, and {ORION} (40%), the filings "
     f"show.", [(NORLAND, BALTIC, 60, "current", False), (ORION, BALTIC, 40, "current", False)]),
    (f"Shipping records show that {BALTIC} in turn belongs to {NORLAND} (65 per cent) and {ORION} (35 per cent).",
     [(NORLAND, BALTIC, 65, "current", False), (ORION, BALTIC, 35, "current", False)]),
    # a relative clause the parser hung on the holder's place; the name of "the second shareholder X"
    (f"Records show that the controlling shareholder of {BALTIC} is {NORLAND} registered in Hong Kong, which "
     f"holds 42.35% in the Shenzhen company; the second big shareholder {ORION} holds 11.2%.",
     [(NORLAND, BALTIC, 42.35, "current", False), (ORION, BALTIC, 11.2, "current", False)]),
    (f"{NORLAND} and {ORION} own 50% each of {BALTIC}, while {NORLAND} sold its 40% holding in {VESTA}.",
     [(NORLAND, BALTIC, 50, "current", False), (ORION, BALTIC, 50, "current", False),
      (NORLAND, VESTA, 40, "former", False)]),
    # a passive with a share per agent, the first held through a subsidiary; "show" misparsed as taking Y
    (f"Filings show {BALTIC} is owned 45% by {NORLAND} through a Labuan subsidiary, 30% by {ORION} and "
     f"25% by {VESTA}.", [(NORLAND, BALTIC, 45, "current", True), (ORION, BALTIC, 30, "current", False),
                          (VESTA, BALTIC, 25, "current", False)]),
    (f"{NORLAND}, {ORION} and {VESTA} own 40%, 35% and 25% of {BALTIC} respectively.",
     [(NORLAND, BALTIC, 40, "current", False), (ORION, BALTIC, 35, "current", False),
      (VESTA, BALTIC, 25, "current", False)]),
    (f"{BALTIC}'s shareholders include {NORLAND} with 40%, {ORION} with 35% and {VESTA}.",
     [(NORLAND, BALTIC, 40, "current", False), (ORION, BALTIC, 35, "current", False)]),
    (f"{NORLAND} holds 40%, {ORION} 35% and {VESTA} the remaining 25% of {BALTIC}",
     [(NORLAND, BALTIC, 40, "current", False), (ORION, BALTIC, 35, "current", False),
      (VESTA, BALTIC, 25, "current", False)]),
    (f"Shareholders of {BALTIC} include {NORLAND} (40%) and {ORION} (35%).",
     [(NORLAND, BALTIC, 40, "current", False), (ORION, BALTIC, 35, "current", False)]),
    (f"{NORLAND}, which owns 51% of {BALTIC} while {VESTA} holds the remaining 49%, said it would exit.",
     [(NORLAND, BALTIC, 51, "current", False), (VESTA, BALTIC, 49, "current", False)]),
    (f"{NORLAND} holds 70% of {BALTIC} and {ORION} the remaining 30%, while {ORION}'s stake in {VESTA} is 39.2%.",
     [(NORLAND, BALTIC, 70, "current", False), (ORION, BALTIC, 30, "current", False),
      (ORION, VESTA, 39.2, "current", False)]),
    (f"{NORLAND} and {ORION} own 60% and 40% of {BALTIC} respectively.",
     [(NORLAND, BALTIC, 60, "current", False), (ORION, BALTIC, 40, "current", False)]),
    # "each": one row per holder of the list
    (f"{NORLAND}, {ORION}, {VESTA} and {KAPPA} each own 10% of {BALTIC}.",
     [(h, BALTIC, 10, "current", False) for h in (NORLAND, ORION, VESTA, KAPPA)]),
    (f"{NORLAND} holds 60% of {BALTIC}, while {ORION}, {TESSARO}, which holds its stake through a unit, {VESTA} "
     f"and {KAPPA} each own 10%.",
     [(NORLAND, BALTIC, 60, "current", False), (ORION, BALTIC, 10, "current", False),
      (TESSARO, BALTIC, 10, "current", True), (VESTA, BALTIC, 10, "current", False),
      (KAPPA, BALTIC, 10, "current", False)]),
    (f"{NORLAND} holds 60% of {BALTIC}, with {ORION}, {VESTA} and {KAPPA} holding 10% each and the Dutch consortium "
     f"{LUMEN} the remaining 10%.",
     [(NORLAND, BALTIC, 60, "current", False), (ORION, BALTIC, 10, "current", False),
      (VESTA, BALTIC, 10, "current", False), (KAPPA, BALTIC, 10, "current", False),
      (LUMEN, BALTIC, 10, "current", False)]),
    (f"{ORION} and {VESTA} each hold a 25% stake in {BALTIC}.",
     [(ORION, BALTIC, 25, "current", False), (VESTA, BALTIC, 25, "current", False)]),
    # a relative clause right after a name belongs to that name
    (f"{NORLAND}, which holds 50% in {BALTIC} with {ORION} which holds the other 50 per cent, declined to comment.",
     [(NORLAND, BALTIC, 50, "current", False), (ORION, BALTIC, 50, "current", False)]),
    # joint ventures and even splits
    (f"{BALTIC}, a joint venture in which {NORLAND} holds 40%, makes submarine cables.",
     [(NORLAND, BALTIC, 40, "current", False)]),
    (f"{NORLAND} has a 50% share in {BALTIC}.", [(NORLAND, BALTIC, 50, "current", False)]),
    (f"{BALTIC} is 50-50 owned by {NORLAND} and {ORION}.",
     [(NORLAND, BALTIC, 50, "current", False), (ORION, BALTIC, 50, "current", False)]),
    # the owned company from the passive clause the holder is the agent of
    (f"{BALTIC} is controlled by {NORLAND}, which holds 70 percent of shares, and the rest is owned by a local fund.",
     [(NORLAND, BALTIC, 70, "current", False)]),
]

IN_CONTEXT: list[tuple[str, list[Row]]] = [
    # "the latter", and "its shares" are another company's (translated)
    (f"According to public information, {BALTIC} is a subsidiary of {NORLAND}, the latter holds 100% of its shares.",
     [(NORLAND, BALTIC, 100, "current", False)]),
    # "It" after "The company, Y, ...": Y; "Y is in turn 100% owned by X"
    (f"A little-known firm supplies the drone programme. The company, {BALTIC}, was set up in 2021. It is 60% owned "
     f"by {NORLAND}.", [(NORLAND, BALTIC, 60, "current", False)]),
    (f"{KAPPA} owns 49.9% of {VESTA}. Kappa is in turn 100% owned by {ORION}.",
     [(KAPPA, VESTA, 49.9, "current", False), (ORION, KAPPA, 100, "current", False)]),
    # a stake told in the passive after its holder's name; "holding ... respectively" however attached
    (f"Following the rights issue, {ORION}'s stake in {BALTIC} was diluted to 8.3% from 14.1%.",
     [(ORION, BALTIC, 8.3, "current", False), (ORION, BALTIC, 14.1, "former", False)]),
    (f"The terminal is run by {BALTIC}, which is jointly owned by {KAPPA} and {TESSARO}, holding 40% and 60% "
     "respectively.", [(KAPPA, BALTIC, 40, "current", False), (TESSARO, BALTIC, 60, "current", False)]),
    (f"{ORION} said it had completed the purchase of the stake in {BALTIC}. The seller, {VESTA}, cut its holding "
     "to 19%.", [(VESTA, BALTIC, 19, "current", False)]),
    (f"{BALTIC} operates 14 tankers. It is owned 60% by {NORLAND} and 25% by {ORION}.",
     [(NORLAND, BALTIC, 60, "current", False), (ORION, BALTIC, 25, "current", False)]),
    (f"{BALTIC} is selling its mine. {NORLAND} holds 66% of the company, {ORION} 20% and {VESTA} the remaining 14%.",
     [(NORLAND, BALTIC, 66, "current", False), (ORION, BALTIC, 20, "current", False),
      (VESTA, BALTIC, 14, "current", False)]),
    (f"{BALTIC} is majority-owned by {NORLAND}, which holds a 62% stake.", [(NORLAND, BALTIC, 62, "current", False)]),
    (f"{NORLAND} is the largest shareholder of {BALTIC}, with a 40% stake.", [(NORLAND, BALTIC, 40, "current", False)]),
    (f"{NORLAND} controls {BALTIC} through a 51% holding.", [(NORLAND, BALTIC, 51, "current", False)]),
    (f"{ORION}, a 45% shareholder in {BALTIC}, opposed the deal.", [(ORION, BALTIC, 45, "current", False)]),
    (f"{ORION} is a 45% shareholder of {BALTIC}.", [(ORION, BALTIC, 45, "current", False)]),
    (f"{ORION}, {BALTIC}'s 20% shareholder, backed the deal.", [(ORION, BALTIC, 20, "current", False)]),
    (f"{NORLAND} and {ORION} each hold 50% of {BALTIC}.",
     [(NORLAND, BALTIC, 50, "current", False), (ORION, BALTIC, 50, "current", False)]),
    (f"{BALTIC} is 80% owned by {NORLAND} through a holding company in the Seychelles.",
     [(NORLAND, BALTIC, 80, "current", True)]),
    (f"{NORLAND} will keep its 30% stake in {BALTIC}, held through a Moroccan subsidiary.",
     [(NORLAND, BALTIC, 30, "current", True)]),
    (f"{BALTIC} is 51% owned by {NORLAND}, with the remaining 49% held by {ORION} through a Barbados subsidiary.",
     [(NORLAND, BALTIC, 51, "current", False), (ORION, BALTIC, 49, "current", True)]),
    # a relative clause on the holder, the company or the share routes the stake through a subsidiary
    (f"{BALTIC} is 70 percent owned by {NORLAND}, which holds the shares through a Panama subsidiary.",
     [(NORLAND, BALTIC, 70, "current", True)]),
    (f"{NORLAND} will keep its 60% stake in {BALTIC}, a Greek affiliate that it holds through a Cyprus subsidiary.",
     [(NORLAND, BALTIC, 60, "current", True)]),
    (f"{NORLAND} holds 66% of {BALTIC}, {ORION} 20% and {VESTA} the remaining 14%, which it owns "
     f"through a Singapore unit.", [(NORLAND, BALTIC, 66, "current", False), (ORION, BALTIC, 20, "current", False),
                                    (VESTA, BALTIC, 14, "current", True)]),
    (f"{BALTIC} is 85 percent owned by {NORLAND}, which holds 30% of {VESTA} through a subsidiary.",
     [(NORLAND, BALTIC, 85, "current", False), (NORLAND, VESTA, 30, "current", True)]),
    (f"{NORLAND} holds over a subsidiary 20 % of {BALTIC}, filings show.", [(NORLAND, BALTIC, 20, "current", True)]),
    (f"{BALTIC} said on Monday it would buy a mine. Its largest shareholder, {ORION}, owns 29.9% and backs the deal.",
     [(ORION, BALTIC, 29.9, "current", False)]),
    # "the company" / "the cable maker": the company the previous sentence is about
    (f"{BALTIC} makes submarine cables. Its biggest shareholder, {NORLAND}, holds about 40% of the company "
     f"through two subsidiaries.", [(NORLAND, BALTIC, 40, "current", True)]),
    # ... and none when the previous sentence is about two companies
    (f"{ORION} holds 30% of {BALTIC} and 5% of {VESTA}. {NORLAND} previously held 17% of the cable maker but has "
     f"since sold out.", [(ORION, BALTIC, 30, "current", False), (ORION, VESTA, 5, "current", False)]),
    (f"{VESTA} holds 30% of {BALTIC} and sells cables in Asia. {NORLAND} previously held 17% of the cable maker but "
     f"has since sold out.",
     [(VESTA, BALTIC, 30, "current", False), (NORLAND, BALTIC, 17, "former", False)]),
    (f"{BALTIC} reported a loss. {NORLAND}, {ORION}'s largest shareholder, holds 18.5% of the company.",
     [(NORLAND, ORION, 18.5, "current", False)]),
    # a restructuring: new shareholders of the company restructured
    (f"Under the restructuring, {NORLAND}'s stake in {BALTIC} falls to 45% from 70%. {ORION} receives 21.7% in "
     f"settlement of debts, and {VESTA} becomes a direct shareholder with 10.55%.",
     [(NORLAND, BALTIC, 45, "current", False), (NORLAND, BALTIC, 70, "former", False),
      (ORION, BALTIC, 21.7, "current", False), (VESTA, BALTIC, 10.55, "current", False)]),
]

LUMEN_HOTEL, KESTREL_EXCHANGE = "Lumen Hotel Management Co.", "Kestrel Digital Exchange LLC"
FIRST = f"{BALTIC} is 51% owned by {NORLAND}."

CONTINUED: list[tuple[str, list[Row]]] = [
    # a stake with no "of Y": the company the previous sentence gives stakes in; "which it bought from Z"
    (f"{FIRST} {ORION} holds 26% through a Cyprus-registered subsidiary, while {VESTA} owns the remaining 23%, "
     f"which it bought from {KAPPA} in 2021.",
     [(NORLAND, BALTIC, 51, "current", False), (ORION, BALTIC, 26, "current", True),
      (VESTA, BALTIC, 23, "current", False), (KAPPA, BALTIC, 23, "former", False)]),
    (f"{BALTIC} is owned 49% by {ORION}. {NORLAND} previously held 51% but cut its holding in 2020.",
     [(ORION, BALTIC, 49, "current", False), (NORLAND, BALTIC, 51, "former", False)]),
    (f"{ORION} holds 14.8% of {BALTIC} through a fund. {NORLAND}, which had built a 6.2% stake last year, sold out in September.",
     [(ORION, BALTIC, 14.8, "current", False), (NORLAND, BALTIC, 6.2, "former", False)]),
    (f"{ORION} bought 20% of {BALTIC} from {NORLAND} in 2019.",
     [(ORION, BALTIC, 20, "current", False), (NORLAND, BALTIC, 20, "former", False)]),
    # "the venture", "the project": the company described with that noun
    (f"The venture, {BALTIC}, was listed on Monday. {ORION} said it would comply. {NORLAND} used to own 10% of "
     f"the venture before it exited in 2019.", [(NORLAND, BALTIC, 10, "former", False)]),
    (f"The Treasury sanctioned {BALTIC}, the Arctic gas project, on Monday. {ORION} said it would comply. "
     f"{NORLAND} used to own 100% of the project.", [(NORLAND, BALTIC, 100, "former", False)]),
    # "the hotel company", "the exchange": the one company named with that word
    (f"The Treasury designated {ORION}, {VESTA} and {LUMEN_HOTEL} on Monday. {NORLAND} owns 70% of the hotel "
     f"company, filings show.", [(NORLAND, LUMEN_HOTEL, 70, "current", False)]),
    (f"Regulators named {KESTREL_EXCHANGE} and {NORLAND}, an offshore company that holds 60% of the exchange.",
     [(NORLAND, KESTREL_EXCHANGE, 60, "current", False)]),
    # "the company" as the holder; a stranded "of"
    (f"{NORLAND} used {BALTIC}, which it owns 35% of, to place orders.", [(NORLAND, BALTIC, 35, "current", False)]),
    (f"{NORLAND} was designated in March 2022. The company then used {BALTIC}, which it owns 35% of, to place "
     f"orders.", [(NORLAND, BALTIC, 35, "current", False)]),
    # each share with its own agent
    (f"{BALTIC} is owned 35% by {NORLAND}, 45% by {ORION} and 20% by {VESTA}.",
     [(NORLAND, BALTIC, 35, "current", False), (ORION, BALTIC, 45, "current", False),
      (VESTA, BALTIC, 20, "current", False)]),
    # held until a date: former
    (f"{NORLAND} held a 25% stake in {BALTIC} until last year, the filings show.",
     [(NORLAND, BALTIC, 25, "former", False)]),
    (f"{BALTIC} was itself 45% owned by {NORLAND} until 2017, when it sold its stake to the founders.",
     [(NORLAND, BALTIC, 45, "former", False)]),
    (f"{NORLAND} holds 25% of {BALTIC} until the merger closes.", [(NORLAND, BALTIC, 25, "current", False)]),
    # keeping a stake states it; a buyer gets no row at the sold percentage
    (f"{NORLAND} will keep its 60% stake in {BALTIC}.", [(NORLAND, BALTIC, 60, "current", False)]),
    (f"{NORLAND} sold its 40% stake in {BALTIC} to {VESTA}, which now owns the plant outright.",
     [(NORLAND, BALTIC, 40, "former", False)]),
    # after a stake sentence, percentages that are no stakes
    (f"{FIRST} {ORION} shares fell 3.8% on Monday.", [(NORLAND, BALTIC, 51, "current", False)]),
    (f"{FIRST} Russian crude made up about 36% of India's oil imports in 2024.",
     [(NORLAND, BALTIC, 51, "current", False)]),
    (f"{FIRST} Under the 50 percent rule, any company 50% or more owned by {ORION} is blocked.",
     [(NORLAND, BALTIC, 51, "current", False)]),
    (f"{FIRST} {ORION} holds a 30% market share in Europe.", [(NORLAND, BALTIC, 51, "current", False)]),
    (f"{FIRST} {ORION} controls roughly 90% of the global photoresist market.",
     [(NORLAND, BALTIC, 51, "current", False)]),
    (f"{FIRST} {ORION} plans to buy 20%.", [(NORLAND, BALTIC, 51, "current", False)]),
    (f"{FIRST} {ORION} said revenue grew 15%.", [(NORLAND, BALTIC, 51, "current", False)]),
]

NOT_STAKES: list[str] = [
    # a stake only in talks, a block only agreed to be sold
    f"{ORION} is in talks to buy a 49% stake in {BALTIC} from {VESTA}, people familiar with the matter said.",
    f"Last year {ORION} agreed to sell 20% of {BALTIC} to {VESTA}, but the deal was abandoned in December.",
    # half of a period, of revenue, of a stake
    f"Sales of {BALTIC} rose in the first half of 2023, and half of its revenue came from China.",
    f"{NORLAND} sold half of its stake in {BALTIC} last year.",
    # the news agency of a dateline is no company of the story
    f"RIGA, Nov 19 (Reuters) - OFAC on Wednesday removed {BALTIC} from its list after the company's Russian "
    f"shareholder, {NORLAND}, sold its 51% stake.",
    # a share of the votes
    f"{NORLAND} controls 51% of the voting rights in {BALTIC} through a class of preferred shares.",
    f"{NORLAND} cast 51% of the votes at the meeting of {BALTIC}.",
    # a stake denied; shares to be sold; a revenue share
    f"{BALTIC} denied reports that {NORLAND} owns 49% of it.",
    f"{NORLAND} entered into an agreement to sell 4,900 shares in {BALTIC}, representing 49% of its issued share capital.",
    f"Exports to Russia accounted for 35% of {BALTIC}'s revenue.",
    # share prices, market share, growth
    f"Shares of {NORLAND} fell 12% after {BALTIC} cut its forecast.",
    f"{NORLAND} shares rose 2.3% in Hong Kong on Monday.",
    f"{NORLAND} holds a 30% market share in Europe, ahead of {BALTIC}",
    f"{NORLAND} holds roughly 5% of the global NAND flash market, {BALTIC} said.",
    f"{NORLAND} said revenue grew 15% last year while {BALTIC} lost 3%.",
    # tariffs, votes, thresholds, rates
    f"{NORLAND} and {BALTIC} face 25% tariffs on exports to the United States.",
    f"51% of lawmakers voted to sanction {NORLAND} and {BALTIC}",
    f"Under the 50 percent rule, entities 50% or more owned by {NORLAND} are blocked, {BALTIC} said.",
    f"{NORLAND} pays 5% interest on a loan from {BALTIC}",
    f"The central bank raised interest rates to 5%, hurting {NORLAND} and {BALTIC}",
    # stakes without a number
    f"{NORLAND} holds a controlling stake in {BALTIC}",
    f"{BALTIC} is a wholly owned subsidiary of {NORLAND}",
    f"{BALTIC} is majority-owned by {NORLAND}, which cut costs by 10%.",
    f"{BALTIC} is owned or controlled by {NORLAND}, whose profit rose 8%.",
    f"{NORLAND} cut its stake in {BALTIC} by 5%.",
    f"{BALTIC} said 40% of its output goes to {NORLAND}",
    f"{ORION}, which said its revenue rose 12%, holds no stake in {BALTIC}",
    # planned or denied stakes
    f"{NORLAND} plans to buy a 30% stake in {BALTIC}",
    f"{NORLAND} does not own 30% of {BALTIC}",
    # a percentage whose holder is no named entity
    f"{BALTIC}, in which the Russian government holds 33%, was listed.",
    # "each" with percentages that are not stakes
    f"{NORLAND} and {ORION} each pay 25% tariffs on cables sold to {BALTIC}.",
    f"{NORLAND} and {ORION} each own 10% of the European cable market, {BALTIC} said.",
    f"{NORLAND} and {ORION} each saw their shares fall 10% after {BALTIC} was listed.",
    f"The board of {BALTIC} split 50-50 between {NORLAND} and {ORION} on the vote.",
    # caps, receipts and shareholders without a stake
    f"{NORLAND}'s voting rights at {BALTIC} are capped at 35%.",
    f"{ORION} receives a 5% discount on cables bought from {BALTIC}.",
    f"{NORLAND} receives 15% of its revenue from {BALTIC}.",
    f"After the restructuring of {BALTIC}, {ORION}'s revenue rose 12% and {VESTA} received a 3% fee.",
    f"{NORLAND} became a shareholder of {BALTIC} in 2019, when its profit rose 10%.",
    # "it" is the nearest clause's subject, here no named company
    f"{NORLAND} gets new shares, and the fund swapped the 8.75% of {BALTIC} it formerly held.",
    # "the company" when the previous sentence names two candidates
    f"{BALTIC} and {ORION} were listed on Monday. {NORLAND} holds 40% of the company.",
    # a stake with no object and no stake sentence before it; a planned or conditional one
    f"{BALTIC} was listed on Monday. {NORLAND} holds 40% through a subsidiary.",
    f"The venture, {BALTIC}, was listed. {NORLAND} plans to buy 10% of the venture.",
    f"{NORLAND} would retain a 30% stake in {BALTIC} after the deal.",
    f"{NORLAND} bought 20% of its steel from {BALTIC} last year.",
    # bounds, not stated stakes (gold decision 37)
    f"{BALTIC} is not itself blocked, because {NORLAND} owns less than 50% of it.",
    f"{BALTIC} is considered blocked, because more than 50% of it belongs to {NORLAND}, filings show.",
    f"An entity 50 percent or more owned by {NORLAND} is blocked.",
]


def extract(nlp: Language, text: str, published: str | None = None) -> Doc:
    return nlp(make_doc(nlp, text, published))


def forms(doc: Doc, name: str) -> set[str]:
    """The normalized name and aliases of the entity called `name` (what the evaluator matches)."""
    for entity in doc._.entities:
        if entity["name"] == name:
            return {normalize(f) for f in [entity["name"], *entity["aliases"]]}
    return {normalize(name)}


def found(doc: Doc) -> list[tuple[set[str], set[str], float, str, bool]]:
    return [(forms(doc, r["owner"]), forms(doc, r["owned"]), r["percent"], r["status"], r["via_subsidiary"])
            for r in doc._.ownership]


def assert_rows(doc: Doc, expected: list[Row]) -> None:
    rows = found(doc)
    missing = [e for e in expected if not any(
        normalize(e[0]) in r[0] and normalize(e[1]) in r[1] and r[2:] == (float(e[2]), *e[3:]) for r in rows)]
    assert not missing and len(rows) == len(expected), f"missing {missing}; got {doc._.ownership}"


#: The rest of a stake stated in the same sentence is in the same company.
REMAINDER = [
    (f"{NORLAND} owns 60% of {BALTIC} through a Marshall Islands subsidiary; Athens shipbroker Kallisti Chartering "
     "holds the remaining 40%.",
     [(NORLAND, BALTIC, 60, "current", True), ("Kallisti Chartering", BALTIC, 40, "current", False)]),
    # ... or in the next, after a name ending in a legal form that the sentence before ends with
    (f"{BALTIC} is 49% owned by {NORLAND}. The other 51% is held by Indian firm Sagar Shipping Services Pvt. Ltd. "
     f"{KAPPA} said it was not involved.",
     [(NORLAND, BALTIC, 49, "current", False), ("Sagar Shipping Services Pvt. Ltd.", BALTIC, 51, "current", False)]),
]

#: Holders listed after a colon that names the company: "Y has three shareholders: ...".
HOLDERS_AFTER_A_COLON = [
    # the holders of the company a relative clause describes
    (f"Japan froze the assets of {BALTIC}, whose shareholders are: {NORLAND}, 50%; {KAPPA}, 30%; and {ORION}, a Tokyo "
     "trading house, 20%.", [(NORLAND, BALTIC, 50, "current", False), (ORION, BALTIC, 20, "current", False),
                             (KAPPA, BALTIC, 30, "current", False)]),
    # a bare holders heading under the record's company, the holders after its colon or on the next line
    (f"Extract from the 2022 annual report of {BALTIC}. Major shareholders as at 31 December 2022: {NORLAND} - "
     f"38.4%; {ORION} - 19.9%; free float - 41.7%.",
     [(NORLAND, BALTIC, 38.4, "current", False), (ORION, BALTIC, 19.9, "current", False)]),
    (f"{BALTIC} - Annual Securities Report for the fiscal year ended March 31, 2024. Major shareholders (as of March "
     f"31, 2024): 1. {NORLAND} 14.2%; 2. {KAPPA} 6.8%.",
     [(NORLAND, BALTIC, 14.2, "current", False), (KAPPA, BALTIC, 6.8, "current", False)]),
    (f"{BALTIC} has three shareholders: Cyprus-registered {NORLAND} holds 40 per cent, {ORION} 35 per cent and "
     f"{KAPPA} the remaining 25 per cent.",
     [(NORLAND, BALTIC, 40, "current", False), (ORION, BALTIC, 35, "current", False),
      (KAPPA, BALTIC, 25, "current", False)]),
    (f"{BALTIC} is owned by three shareholders: {NORLAND} holds 40%, {ORION} 35.1% and {KAPPA} a 24.9% interest.",
     [(NORLAND, BALTIC, 40, "current", False), (ORION, BALTIC, 35.1, "current", False),
      (KAPPA, BALTIC, 24.9, "current", False)]),
    # a record quoted after a colon: of the company the record is for, or its possessor's
    (f'The extract for {VESTA} reads: "Participants: {NORLAND} — share of 51% of the authorized capital; {KAPPA} — '
     'share of 49% of the authorized capital."',
     [(NORLAND, VESTA, 51, "current", False), (KAPPA, VESTA, 49, "current", False)]),
    (f'{BALTIC} is 65% owned by {LUMEN}. {LUMEN}\'s entry at the Companies Registry reads: "Shareholders: {NORLAND} '
     f'(51%); {ORION} (49%)."',
     [(LUMEN, BALTIC, 65, "current", False), (NORLAND, LUMEN, 51, "current", False), (ORION, LUMEN, 49, "current", False)]),
    # a numbered list of holders after a heading line that ends with a colon
    (f"{VESTA} listed its principal shareholders as of 31 December 2021 in its annual report:\n1. {NORLAND} — "
     f"48.5%\n2. {ORION} — 9.2%\n3. {KAPPA} — 6.1%\n4. Other shareholders — 36.2%\n",
     [(NORLAND, VESTA, 48.5, "current", False), (ORION, VESTA, 9.2, "current", False),
      (KAPPA, VESTA, 6.1, "current", False)]),
    # the holders a company was set up with
    (f"{VESTA} was incorporated in 2016 with two shareholders: {NORLAND} held 65% and {ORION} the other 35%.",
     [(NORLAND, VESTA, 65, "current", False), (ORION, VESTA, 35, "current", False)]),
    # the heading names the company with "of"; a registry's "share of N% of the authorized capital"
    (f"Shareholders of {VESTA}: {NORLAND} (51%), {ORION} (49%).",
     [(NORLAND, VESTA, 51, "current", False), (ORION, VESTA, 49, "current", False)]),
    (f"Participants of {VESTA}: {NORLAND} - share of 51% of the authorized capital; {KAPPA} - share of 49% of the "
     "authorized capital.",
     [(NORLAND, VESTA, 51, "current", False), (KAPPA, VESTA, 49, "current", False)]),
]

#: "the company", "the bank itself": a company named before in the same sentence.
SAME_SENTENCE_ANTECEDENT = [
    (f"In April, OFAC removed {BALTIC} from its SDN list after Moscow-based {NORLAND} sold its 49% stake in the "
     "company in March.", [(NORLAND, BALTIC, 49, "former", False)]),
    (f"The trader {VESTA} was removed last year after {NORLAND}, which had owned 80% of it, sold out to a local "
     "investor.", [(NORLAND, VESTA, 80, "former", False)]),
    (f"{ORION} holds a 24.9% interest in Tolubai Bank OJSC, while the bank itself owns 85% of {BALTIC} through its "
     "leasing subsidiary.",
     [(ORION, "Tolubai Bank OJSC", 24.9, "current", False), ("Tolubai Bank OJSC", BALTIC, 85, "current", True)]),
    # the clause before a semicolon names the company
    (f"Last year Ukraine imposed sanctions on {BALTIC}; the company is 51% owned by {NORLAND}.",
     [(NORLAND, BALTIC, 51, "current", False)]),
    # a bound gives no row, but names the company of the next clause's stake
    (f"{NORLAND} controls more than 50% of {VESTA}, and Cyprus-based {KAPPA} holds just under 20%.",
     [(KAPPA, VESTA, 20, "current", False)]),
    # the holder of a bound (no row) is not the company
    (f"{NORLAND} owns more than 50% of {VESTA}, while {KAPPA} holds 20% of the company.",
     [(KAPPA, VESTA, 20, "current", False)]),
]

#: Two shares by two agents; the agent before a sentence-opening "By records of ...".
OWNED_BY = [
    # "registered to": a stake in the passive
    (f"Thirty percent of {VESTA} is registered to {NORLAND}, a corporate services provider. The remaining 70% is held "
     f"by {KAPPA}.", [(NORLAND, VESTA, 30, "current", False), (KAPPA, VESTA, 70, "current", False)]),
    # "belongs to" gapped in the second clause
    (f"51% of {VESTA} belongs to {NORLAND}, and the remaining 49% to {KAPPA}.",
     [(NORLAND, VESTA, 51, "current", False), (KAPPA, VESTA, 49, "current", False)]),
    # a description after the last of a list is that name's, however the parser hung it
    ("Among the entities sanctioned are the defence electronics maker Kolpino Radio Plant JSC, the Minsk-based chassis "
     "producer Vitebsk Heavy Machinery OJSC and Argent Securities Ltd, a Moscow brokerage that is 40 per cent owned by "
     "Kolpino Radio Plant.", [("Kolpino Radio Plant JSC", "Argent Securities Ltd", 40, "current", False)]),
    # the second agent described, its name in apposition at the end of the sentence, then said again
    (f"OFAC is designating {VESTA}, which is owned 25% by {NORLAND} and 75% by a Cyprus company, Lorvena Holdings Ltd. "
     "Lorvena Holdings is not being designated today.",
     [(NORLAND, VESTA, 25, "current", False), ("Lorvena Holdings Ltd.", VESTA, 75, "current", False)]),
    # a record that lists the holders ("Y's entry in the register lists ..."), each "with N%", one past its
    # apposition; an unnamed holder in a gapped clause gets no row
    (f"{BALTIC} is a developer. Baltic's entry in the commercial register lists three shareholders: {NORLAND} "
     f"with 51%, {ORION}, the investment arm of a city council, with 25%, and {VESTA} with the remaining 24%.",
     [(NORLAND, BALTIC, 51, "current", False), (ORION, BALTIC, 25, "current", False),
      (VESTA, BALTIC, 24, "current", False)]),
    (f"{KAPPA} was not designated. Its entry in the register lists three participants: {NORLAND} with 49%, "
     f"{ORION} with 36% and {VESTA} with 15%.",
     [(NORLAND, KAPPA, 49, "current", False), (ORION, KAPPA, 36, "current", False), (VESTA, KAPPA, 15, "current", False)]),
    # a filing's shareholder table: of the company the lines above name, else of "the Company"; a person's row
    # gives none
    (f'{NORLAND} (the "Company") announces its results.\n\nAs at the date of this announcement, the shareholders of '
     f'the Company holding 5% or more are as follows:\n\nName of shareholder | Number of shares | Approximate % of '
     f'issued shares\n{KAPPA} (Note 1) | 612,000,000 | 51.00%\n{VESTA} | 144,000,000 | 12.00%\nMr. Leung Ka Wai | '
     f'60,000,000 | 5.00%\n\nNotes: none.',
     [(KAPPA, NORLAND, 51, "current", False), (VESTA, NORLAND, 12, "current", False)]),
    (f'"the Company" | {BALTIC}\n\nThe Company makes gyroscopes.\n\nTop shareholders at the end of the period\n\nName of shareholder | Shares held | '
     f'Percentage (%) | Nature\n{ORION} | 86,400,000 | 36.00 | State-owned\n{LUMEN} | 3,144,000 | 1.31 | Other\n',
     [(ORION, BALTIC, 36, "current", False), (LUMEN, BALTIC, 1.31, "current", False)]),
    # the lines above name the company by its shares; a short position is no stake
    ('INTERESTS OF SUBSTANTIAL SHAREHOLDERS\nThe following corporations had interests in the shares of '
     f'{NORLAND} (the "Company"):\nName of shareholder | Capacity | Number of Shares held | Approximate percentage of '
     f'shareholding\n{KAPPA} | Beneficial owner | 1,245,600,000 (L) | 29.87%\n{VESTA} | Interest of controlled '
     f'corporation | 50,000,000 (S) | 1.20%\n', [(KAPPA, NORLAND, 29.87, "current", False)]),
    # two columns, the share's named "Share of capital"; the title names the company by its structure
    (f"Shareholder structure of {BALTIC} as at 31 May 2021\nShareholder | Share of capital\n{NORLAND} | 74.9%\n"
     f"{KAPPA} | 25.1%\n", [(NORLAND, BALTIC, 74.9, "current", False), (KAPPA, BALTIC, 25.1, "current", False)]),
    # a table of subsidiaries: the company above holds each row's; the first column with a share
    (f"Details of subsidiaries of {NORLAND}:\nName of subsidiary | Place of incorporation | Equity interest held "
     f"directly | Equity interest held indirectly\n{BALTIC} | PRC | 100% | -\n{KAPPA} | Singapore | - | 75%\n",
     [(NORLAND, BALTIC, 100, "current", False), (NORLAND, KAPPA, 75, "current", False)]),
    # a record that names the holders: of the company it is the record of (its possessor, else the company
    # the sentence before is about); a closing "the filings show" names no holders
    (f"{BALTIC} runs a casino. The licence names two shareholders: {NORLAND}, with 80%, and {ORION}, a state-owned "
     f"company, with 20%.", [(NORLAND, BALTIC, 80, "current", False), (ORION, BALTIC, 20, "current", False)]),
    (f"{KAPPA} is a lessor. Its licence filing lists {VESTA}, a Dubai investment company, as the owner of 60%.",
     [(VESTA, KAPPA, 60, "current", False)]),
    (f"{KAPPA} flies jets. Kappa's latest accounts show {VESTA} with 74% and {NORLAND} with 26%.",
     [(VESTA, KAPPA, 74, "current", False), (NORLAND, KAPPA, 26, "current", False)]),
    (f"{BALTIC} was listed. {KAPPA} itself is owned by {VESTA} (60%), registered in the Seychelles, and {ORION} "
     f"(40%), the filings show.", [(VESTA, KAPPA, 60, "current", False), (ORION, KAPPA, 40, "current", False)]),
    (f"{NORLAND} now holds 65% of {BALTIC} and the company's founders the remaining 35%.",
     [(NORLAND, BALTIC, 65, "current", False)]),
    # "jointly owned 50-50 by A and B", the participle before the split (also tagged as a past tense)
    (f"{BALTIC}, a forwarder in Aktau, is jointly owned 50-50 by {NORLAND} and {ORION}.",
     [(NORLAND, BALTIC, 50, "current", False), (ORION, BALTIC, 50, "current", False)]),
    (f"{KAPPA} has a fillet factory, {BALTIC}, jointly owned 50-50 by {VESTA} and {ORION}.",
     [(VESTA, BALTIC, 50, "current", False), (ORION, BALTIC, 50, "current", False)]),
    # "..., the other 40% belong to X", the share hung on the name before it (translated)
    (f'{NORLAND} owns also 60% of the transport company {BALTIC}, the other 40% belong to the Kazakh forwarder '
     f'{VESTA}.', [(NORLAND, BALTIC, 60, "current", False), (VESTA, BALTIC, 40, "current", False)]),
    # "Y in its turn for 85% is owned by X" (translated)
    (f"{KAPPA} in its turn for 85% is owned by {NORLAND}.", [(NORLAND, KAPPA, 85, "current", False)]),
    # "whose N% is in the hands of X" (translated)
    (f"The plant sells to {BALTIC} (BFC), whose 49.29 percent is in the hands of {NORLAND}.",
     [(NORLAND, BALTIC, 49.29, "current", False)]),
    # an annual report's holdings, each item labelled with the company it is about ("its" = the label)
    (f'"the Company" | {NORLAND}\n\n2. {BALTIC}: the Company holds 100% of its equity.\n\n3. {KAPPA}: the '
     f'Company holds 25% of its equity. {ORION} holds 45%.',
     [(NORLAND, BALTIC, 100, "current", False), (NORLAND, KAPPA, 25, "current", False),
      (ORION, KAPPA, 45, "current", False)]),
    # a lower-case role defined for one company ("the company") names it
    (f'Securities Daily reported that {NORLAND} (hereinafter referred as "Norland" or "the company") was listed. '
     f'{VESTA} sold goods to {ORION}. The announcement shows, the company holds 70% of {BALTIC}.',
     [(NORLAND, BALTIC, 70, "current", False)]),
    # "owned as to N% by" (Hong Kong filings): each share is followed by its holder; a person gets no row
    (f"{BALTIC} is owned as to 49% by {NORLAND}, as to 35% by {ORION} and as to 16% by {VESTA}. {KAPPA} is owned "
     f"as to 70 per cent by {ORION} and as to 30% by an individual.",
     [(NORLAND, BALTIC, 49, "current", False), (ORION, BALTIC, 35, "current", False),
      (VESTA, BALTIC, 16, "current", False), (ORION, KAPPA, 70, "current", False)]),
    # roles a filing defines ("the Vendor", "the Target Company") name their companies
    (f'{NORLAND} (the "Company") announces that {ORION} ("OMC" or the "Vendor") agreed to sell shares in {BALTIC} '
     f'(the "Target Company") to {VESTA} (the "Purchaser"). The Target Company is owned as to 49% by the Vendor '
     f'and as to 51% by the Purchaser. OMC also holds 20% of the Company.',
     [(ORION, BALTIC, 49, "current", False), (VESTA, BALTIC, 51, "current", False),
      (ORION, NORLAND, 20, "current", False)]),
    (f"{BALTIC} is owned 70% by {NORLAND} and 30% by {ORION}, Hong Kong filings show.",
     [(NORLAND, BALTIC, 70, "current", False), (ORION, BALTIC, 30, "current", False)]),
    (f"By records of the company registry, {VESTA} is owned 55% by {NORLAND}, the filing shows.",
     [(NORLAND, VESTA, 55, "current", False)]),
]

#: Translated registry prose: "Y belongs for 45% to A, for 35% to B and for 20% to C".
BELONGS_FOR = [
    (f"{VESTA} is belonging 100% to {NORLAND} through the Cyprus subsidiary, according to the registry data.",
     [(NORLAND, VESTA, 100, "current", True)]),
    (f"By information of the register, {BALTIC} belongs for 45% to {NORLAND}, for 35% to {ORION} and for 20% to "
     f"{KAPPA}.", [(NORLAND, BALTIC, 45, "current", False), (ORION, BALTIC, 35, "current", False),
                   (KAPPA, BALTIC, 20, "current", False)]),
]

#: "the remaining 49% - to X": the holder after a dash (translated).
HOLDER_AFTER_A_DASH = [
    (f"The structure of owners of {BALTIC} is following: 51% belong to {NORLAND}, the remaining 49% - to the "
     f"{VESTA}.", [(NORLAND, BALTIC, 51, "current", False), (VESTA, BALTIC, 49, "current", False)]),
]

#: "the bank" is the bank named before in the same sentence, when the article names several.
THE_BANK_HERE = [
    ("Osh Trade Finance Bank fell 18%. Kestrel Capital JSC holds a 24.9% interest in Tolubai Bank OJSC, while the "
     f"bank itself owns 85% of {VESTA}.",
     [("Kestrel Capital JSC", "Tolubai Bank OJSC", 24.9, "current", False),
      ("Tolubai Bank OJSC", VESTA, 85, "current", False)]),
]

#: Stakes told in deals and records: a seller's block, a swap, "N% invested by X" (translated), an
#: apposition the parser made the subject, holders "respectively" after their relative clause, and
#: an SDN entry's "Formerly N percent owned by X".
DEALS_AND_RECORDS = [
    (f"{ORION} bought a 5.15% stake in {BALTIC} from {NORLAND} last year.",
     [(ORION, BALTIC, 5.15, "current", False), (NORLAND, BALTIC, 5.15, "former", False)]),
    (f"In 2023, {NORLAND} swapped its 49% stake in {BALTIC} for shares in a port operator.",
     [(NORLAND, BALTIC, 49, "former", False)]),
    (f"{BALTIC}, 34% invested by {KAPPA}, was listed.", [(KAPPA, BALTIC, 34, "current", False)]),
    (f"{BALTIC}, 34% owned by {KAPPA}, was listed.", [(KAPPA, BALTIC, 34, "current", False)]),
    (f"{BALTIC} is jointly owned by {NORLAND}, {ORION} and {KAPPA}, which hold 45%, 35% and 20% respectively.",
     [(NORLAND, BALTIC, 45, "current", False), (ORION, BALTIC, 35, "current", False),
      (KAPPA, BALTIC, 20, "current", False)]),
    (f"{VESTA.upper()}, 10 Anson Road, Singapore; Company Number 201908765K (Singapore); Other information: "
     f"Formerly 50 percent owned by {NORLAND.upper()}",
     [(NORLAND.upper(), VESTA.upper(), 50, "former", False)]),
]

#: Former stakes told by a date or an event before them, however the parser hung it; a holder after a
#: description the parser took for a verb; "40% of it" and "the firm" for the previous sentence's company.
TOLD_IN_CONTEXT = [
    # a sentence about a company's ownership names the company of the stakes that follow
    (f"{BALTIC} was sanctioned in 2021. The plant's ownership is a mix of state and private money. {KAPPA} holds 62.5 "
     f"per cent. {ORION} owns 8.3 per cent through a Cypriot subsidiary.",
     [(KAPPA, BALTIC, 62.5, "current", False), (ORION, BALTIC, 8.3, "current", True)]),
    (f"{BALTIC} was sanctioned in 2021. Its shareholder structure changed little. {KAPPA} holds 62.5 per cent.",
     [(KAPPA, BALTIC, 62.5, "current", False)]),
    (f"{BALTIC} was 49% owned by Uralmet Holding PJSC until 2022.",
     [("Uralmet Holding PJSC", BALTIC, 49, "former", False)]),
    (f"Before the full-scale invasion, {BALTIC} was 30% owned by {KAPPA}.", [(KAPPA, BALTIC, 30, "former", False)]),
    (f"{BALTIC} was 30% owned by {KAPPA} before 2020.", [(KAPPA, BALTIC, 30, "former", False)]),
    (f"{BALTIC} was initially owned 50-50 by {KAPPA} and {ORION}.",
     [(KAPPA, BALTIC, 50, "former", False), (ORION, BALTIC, 50, "former", False)]),
    (f"{BALTIC} is 74.99% owned by state holding {KAPPA}.", [(KAPPA, BALTIC, 74.99, "current", False)]),
    (f"{BALTIC} was founded in 1990. Forty percent of it is held by {KAPPA}.", [(KAPPA, BALTIC, 40, "current", False)]),
    (f"Earlier, {KAPPA} also owned 10% of {BALTIC}, but it left the capital in 2019.",
     [(KAPPA, BALTIC, 10, "former", False)]),
    # "it" is the company named before, not the body acting in the sentence
    (f"The Department of Homeland Security today added {NORLAND} and its subsidiary {BALTIC}, in which it holds a 65% "
     "stake, to the UFLPA Entity List.", [(NORLAND, BALTIC, 65, "current", False)]),
    # "disposed of" a stake; a named unit "through" which a stake is held holds it (decision 39)
    (f"In 2022, {NORLAND} disposed of its entire 24.9% interest in {BALTIC} to an undisclosed buyer.",
     [(NORLAND, BALTIC, 24.9, "former", False)]),
    (f"{NORLAND} holds its 40% stake in {BALTIC} through its wholly owned unit {KAPPA}.",
     [(KAPPA, BALTIC, 40, "current", False)]),
    (f"{NORLAND} holds its 25 percent stake in {BALTIC} through Gorizont Leasing Ireland DAC, a wholly owned Irish "
     "subsidiary.", [("Gorizont Leasing Ireland DAC", BALTIC, 25, "current", False)]),
    (f"Nordic Pulp Oyj completed its exit from Russia on Tuesday. The Finnish firm sold its 50% stake in {BALTIC}.",
     [("Nordic Pulp Oyj", BALTIC, 50, "former", False)]),
]

#: A number of shares and the part of the capital it is (exchange filings).
SHARE_COUNTS = [
    (f"As at the Latest Practicable Date, {NORLAND} was interested in 868,250,000 Shares, representing approximately "
     f"51.32% of the total issued share capital of {BALTIC}.", [(NORLAND, BALTIC, 51.32, "current", False)]),
    (f"As of the disclosure date, {NORLAND} holds 312,480,000 shares of {BALTIC}, accounting for 38.62% of its total "
     "share capital.", [(NORLAND, BALTIC, 38.62, "current", False)]),
    (f"{NORLAND} holds 420,000,000 Shares, representing 18.40% of the issued Shares of {BALTIC}.",
     [(NORLAND, BALTIC, 18.4, "current", False)]),
]

#: A notice entry's field states a stake in the entry's company.
ENTRY_FIELDS = [
    ("The following entries have been added to the Consolidated List:\n1. Name: VOLGOTANKER SHIPPING LLC. Address: "
     f"Samara, Russia. Other Information: 51% owned by {KAPPA} through its subsidiary. Date designated: 17/12/2024.",
     [(KAPPA, "VOLGOTANKER SHIPPING LLC", 51, "current", True)]),
    ("Name: NEVA TECHNO TRADE LLC. Other Information: Formerly 50% owned by Baltic Micro Devices JSC. Date "
     "designated: 13/06/2024.", [("Baltic Micro Devices JSC", "NEVA TECHNO TRADE LLC", 50, "former", False)]),
    # the entry's "Name:" field, not a company the release's heading names
    ("Security Council Sanctions Committee Adds One Entry\nOn 27 March 2024, the Committee approved the addition "
     "of the entry below.\nKPe.082 Name: KORYO SEABED MINING CORPORATION\nOther information: 60 per cent of its "
     f"shares are held by {KAPPA}.", [(KAPPA, "KORYO SEABED MINING CORPORATION", 60, "current", False)]),
    # numbered entries of several lines, no blank line between them: the entry the field's lines are under
    ("Entities\nADDITION\n1. TRANSVOLGA SECURITY SERVICES LLC\nAddress: Samara, Russia.\nOther Information: (UK "
     "Sanctions List Ref):GHR0131. Date designated: 12/03/2025.\nAMENDMENTS\n2. KRASNAYA ZVEZDA SERVICES JSC\n"
     f"Address: Vladimir, Russia.\nOther Information: (UK Sanctions List Ref):GHR0099. 74% owned by {KAPPA}.",
     [(KAPPA, "KRASNAYA ZVEZDA SERVICES JSC", 74, "current", False)]),
    # numbered entries on one line each, no blank line between them: the line's own entry
    ("ENTITIES\n1. Ural Aviation Components JSC. Address: Yekaterinburg, Russia. Type of entity: Joint Stock Company. "
     f"Date designated: 29/06/2022.\n2. {VESTA}. Address: Novosibirsk, Russia. Other Information: Others: 60% of the "
     f"shares are held by {KAPPA}. Date designated: 29/06/2022.", [(KAPPA, VESTA, 60, "current", False)]),
]

#: A sale only intended leaves the stake current.
INTENDED_SALE = [
    (f"{NORLAND} said that it holds 9.5 per cent of {BALTIC} and would sell the stake.",
     [(NORLAND, BALTIC, 9.5, "current", False)]),
    # the auxiliary of the first verb governs the second; "below 25%" is a bound
    (f"{NORLAND} said it would suspend its listing and cut its 51% stake in {BALTIC} to below 25%.",
     [(NORLAND, BALTIC, 51, "current", False)]),
    # an entry's field label is no company
    (f"ARKTIK BUNKER SERVICES JSC, Murmansk, Russia; Organization Type: Support activities for petroleum; Entity "
     f"Ownership: 51 percent owned by {KAPPA.upper()} [RUSSIA-EO14024].",
     [(KAPPA.upper(), "ARKTIK BUNKER SERVICES JSC", 51, "current", False)]),
]


@pytest.mark.parametrize("text,expected", APPOSED_DESCRIPTION + SHARE_COUNTS + ENTRY_FIELDS + TOLD_IN_CONTEXT + DEALS_AND_RECORDS + HOLDER_AFTER_A_DASH + THE_BANK_HERE + BELONGS_FOR + OWNED_BY + SAME_SENTENCE_ANTECEDENT + HOLDERS_AFTER_A_COLON + REMAINDER + INTENDED_SALE + CURRENT + FORMER + VIA_SUBSIDIARY + SEVERAL_HOLDERS + IN_CONTEXT + CONTINUED)
def test_stakes(nlp: Language, text: str, expected: list[Row]) -> None:
    assert_rows(extract(nlp, text), expected)


@pytest.mark.parametrize("text", NOT_STAKES)
def test_no_row_for_percentages_that_are_not_stakes(nlp: Language, text: str) -> None:
    assert extract(nlp, text)._.ownership == []


def test_rows_fit_the_schema_and_cite_their_sentence(nlp: Language) -> None:
    text = f"The deal closed on Monday. {NORLAND} owns a 51% stake in {BALTIC}. Shares rose 3%."
    doc = extract(nlp, text)
    (row,) = doc._.ownership
    Ownership.model_validate(row)
    evidence = row["evidence"]
    assert text[evidence["start"]:evidence["end"]] == evidence["text"]
    assert evidence["text"] == f"{NORLAND} owns a 51% stake in {BALTIC}."
    assert row["rule"] == "verb_stake"


def test_seed_article(nlp: Language) -> None:
    _title, text = SEED.read_text("utf-8").split("\n", 1)
    doc = extract(nlp, text, "2021-12-17")
    assert_rows(doc, [
        ("Jiangsu Hengtong Marine Cable Systems Co., Ltd.", "HMN International Co. Ltd", 51, "current", False),
        ("Huawei Technologies", "HMN International Co. Ltd", 51, "former", True),
    ])


@pytest.mark.parametrize("text,value", [
    ("owns 51% of", 51), ("a 51 percent stake", 51), ("a 51 per cent stake", 51), ("a 51.5% stake", 51.5),
    ("a fifty-one percent stake", 51), ("up 12 points", None), ("is 51%-owned by", 51), ("49 percents belong", 49),
    ("38,5% of its shares", 38.5),  # a decimal comma
])
def test_percent_values(nlp: Language, text: str, value: float | None) -> None:
    doc = nlp.make_doc(text)
    doc[0].is_sent_start = True
    for token in doc[1:]:
        token.is_sent_start = False
    values = [p.value for p in find_percents(doc[:], Lexicon.load("ownership.yaml"))]
    assert values == ([] if value is None else [value])


def test_lexicon_is_data_without_names() -> None:
    """Every YAML key is read by the code, and no entry is a name (lexicons hold trigger words only)."""
    data = load_yaml("ownership.yaml")
    Lexicon.load("ownership.yaml")
    assert set(data) - {"percent_units"} | {"units"} == set(Lexicon.__dataclass_fields__)
    words = [w for v in data.values() for w in (v if isinstance(v, list) else v.keys())]
    assert all(str(w) == str(w).lower() for w in words), "capitalized entry in ownership.yaml"
