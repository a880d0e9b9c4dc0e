"""AGENCY layer (RECORDS.md sections 2 and 4): government bodies and their canonical names.

Sentences are written for these tests (news style). Each case names the surface form the
article uses and the entity `name` it must resolve to.
"""

from __future__ import annotations

import pytest

from helpers import model_labels, run

TREASURY = "U.S. Department of the Treasury"
COMMERCE = "U.S. Department of Commerce"
MOFCOM = "Ministry of Commerce of the People's Republic of China"


def entity_of(doc, form):
    """The entity one of whose mentions is exactly `form`."""
    hits = [e for e in doc._.entities if any(m["text"] == form for m in e["mentions"])]
    assert hits, f"no entity has a mention {form!r}: {[(e['label'], e['name']) for e in doc._.entities]}"
    return hits[0]


# -- gazetteer forms -> canonical names (section 4) -----------------------------------------
GAZETTEER = [
    ("The U.S. Treasury said on Friday it had frozen the assets of two Hong Kong trading firms.",
     "U.S. Treasury", TREASURY),
    ("The Treasury Department on Tuesday sanctioned three shipping firms accused of moving Iranian oil.",
     "Treasury Department", TREASURY),
    ("OFAC designated Qinghe Photonics Co., Ltd. for supplying drone parts to Iran.",
     "OFAC", "Office of Foreign Assets Control"),
    ("The Commerce Department added 14 Chinese entities to its trade blacklist on Thursday.",
     "Commerce Department", COMMERCE),
    ("BIS officials said the licence requirement would apply to all items subject to the EAR.",
     "BIS", "Bureau of Industry and Security"),
    ("The State Department announced visa restrictions on officials involved in the crackdown.",
     "State Department", "U.S. Department of State"),
    ("A federal grand jury in Brooklyn indicted the trader, the Justice Department said.",
     "Justice Department", "U.S. Department of Justice"),
    ("The End-User Review Committee (ERC) found that the firms had diverted U.S. parts.",
     "End-User Review Committee", "End-User Review Committee"),
    ("The Department of Homeland Security added four companies to the UFLPA Entity List.",
     "Department of Homeland Security", "U.S. Department of Homeland Security"),
    ("CBP said the shipments would be detained at the port of Los Angeles.",
     "CBP", "U.S. Customs and Border Protection"),
    ("The Pentagon listed the drone maker as a Chinese military company in January.",
     "Pentagon", "U.S. Department of Defense"),
    ("Congress passed the bill with broad bipartisan support in December.", "Congress", "U.S. Congress"),
    # translated forms
    ("US Department of Treasury on Thursday local time added 8 companies.", "US Department of Treasury",
     "U.S. Department of the Treasury"),
    ("The US Ministry Of Commerce on the 18th announced the list.", "US Ministry Of Commerce", "U.S. Department of Commerce"),
    ("The Council of the EU adopted a 12th package of sanctions against Russia on Monday.",
     "Council of the EU", "Council of the European Union"),
    ("THE COUNCIL OF THE EUROPEAN UNION,\n\nHaving regard to the Treaty,", "COUNCIL OF THE EUROPEAN UNION",
     "Council of the European Union"),
    ("The Office of Control of Foreign Assets (OFAC) sanctioned four companies.", "Office of Control of Foreign Assets",
     "Office of Foreign Assets Control"),
    ("The US Ministry of Treasury has put two Istanbul traders on the sanctions list.", "US Ministry of Treasury",
     "U.S. Department of the Treasury"),
    ("The US Treasury Department's Foreign Assets Control Office (OFAC) has included 3 companies in the sanctions "
     "list.", "Foreign Assets Control Office", "Office of Foreign Assets Control"),
    ("The Council of EU on Monday has approved the twelfth package of sanctions.", "Council of EU",
     "Council of the European Union"),
    ("The Council today decided to impose restrictive measures on six entities.", "Council",
     "Council of the European Union"),
    ("The Council today listed two arms makers. The sanctions freeze their assets.", "Council",
     "Council of the European Union"),
    ("On 23 February, the Council added 27 entities to Annex IV.", "Council", "Council of the European Union"),
    ("The European Commission proposed fresh restrictions on dual-use goods.",
     "European Commission", "European Commission"),
    ("HM Treasury published an updated consolidated list of asset freeze targets.", "HM Treasury", "HM Treasury"),
    ("OFSI said the penalty reflected the seriousness of the breaches.",
     "OFSI", "Office of Financial Sanctions Implementation"),
    ("MOFCOM said Beijing would take necessary measures to protect Chinese firms.", "MOFCOM", MOFCOM),
    ("China's Ministry of Commerce placed two U.S. defence contractors on its unreliable entity list.",
     "China's Ministry of Commerce", MOFCOM),
    # machine-translated Russian news
    ("On 18 February the Ministry of Finance of USA has included in sanction list the trader.",
     "Ministry of Finance of USA", "U.S. Department of the Treasury"),
    ("In March the Ministry of Commerce of USA included into the Entity List the chemical plant.",
     "Ministry of Commerce of USA", "U.S. Department of Commerce"),
    ("The International Trade Administration (ITA) of the Ministry of Economic Affairs (MOEA) announced today that "
     "it has added 601 entities.", "International Trade Administration", "International Trade Administration"),
    ("The International Trade Administration (ITA) of the Ministry of Economic Affairs (MOEA) announced today that "
     "it has added 601 entities.", "MOEA", "Ministry of Economic Affairs"),
    # a page's heading line: the line break the model's name takes in is no part of the body's name
    ("Ministry of Commerce of the People's Republic of China\nMOFCOM Announcement No. 32 of 2025",
     "Ministry of Commerce of the People's Republic of China", "Ministry of Commerce of the People's Republic of China"),
]


@pytest.mark.parametrize("text,form,name", GAZETTEER, ids=[c[1] for c in GAZETTEER])
def test_gazetteer_form_gets_canonical_name(nlp, text, form, name):
    entity = entity_of(run(nlp, text), form)
    assert (entity["label"], entity["name"]) == ("AGENCY", name)


# -- bare ambiguous forms resolve to the body of the article's country ---------------------
AMBIGUOUS = [
    # UK articles: "the Treasury" is HM Treasury
    ("LONDON - Britain froze the assets of six Russian businessmen on Monday. "
     "The Treasury said the measures were coordinated with OFSI.", "Treasury", "HM Treasury"),
    ("HM Treasury issued a general licence on Tuesday. The Treasury said the licence would expire in June.",
     "Treasury", "HM Treasury"),
    ("Britain announced sanctions on Tuesday. The Treasury in London said the asset freezes took effect "
     "immediately.", "Treasury", "HM Treasury"),
    # US article: the US Treasury
    ("WASHINGTON - The United States sanctioned four Iranian oil brokers. "
     "The Treasury said the firms had shipped crude to China.", "Treasury", TREASURY),
    # translated US articles: "Ministry of Commerce" is the US Department of Commerce
    ("The United States added Qinghe Photonics to its export blacklist on Friday. "
     "The Ministry of Commerce said the move protected American national security.",
     "Ministry of Commerce", COMMERCE),
    ("According to a translation of the notice, the U.S. Ministry of Commerce placed 12 entities on the list. "
     "The Ministry of Commerce said the entities had acted against U.S. interests.",
     "Ministry of Commerce", COMMERCE),
    # Chinese context: MOFCOM
    ("Beijing hit back on Friday. The Ministry of Commerce said China would add three American firms "
     "to its unreliable entity list.", "Ministry of Commerce", MOFCOM),
    ("China said on Tuesday it would put two defence contractors on its unreliable entity list. "
     "The Commerce Ministry said the decision followed arms sales to Taiwan.", "Commerce Ministry", MOFCOM),
    # newswire's lower-case form
    ("Beijing retaliated on Monday. The commerce ministry said the two firms had harmed national security.",
     "commerce ministry", MOFCOM),
    ("China's commerce ministry said it would restrict exports of gallium.", "China's commerce ministry", MOFCOM),
    # a list only one country keeps, in the same sentence, outweighs the article's country
    ("The U.S. Treasury and the Commerce Department acted on Friday. Beijing may retaliate through an unreliable "
     "entity list that the Ministry of Commerce announced last year.", "Ministry of Commerce", MOFCOM),
    # ... and, named in one sentence, for the article's bare form; a full name after it is another body
    ("The Ministry of Commerce on Thursday released Announcement No. 58. The Ministry of Commerce decided to add "
     "6 U.S. entities into the export control control list. On September 12 the U.S. Commerce Ministry added 23 "
     "Chinese entities into the Entity List.", "Ministry of Commerce", MOFCOM),
    ("In December 2022 the firm was added to the entity list by the US Commerce ministry.", "US Commerce ministry",
     "U.S. Department of Commerce"),
]


@pytest.mark.parametrize(
    "text,form,name", AMBIGUOUS,
    ids=["uk-london-ofsi", "uk-after-hm-treasury", "uk-treasury-in-london", "us-washington",
         "translated-us-american", "translated-us-ministry", "cn-beijing", "cn-commerce-ministry",
         "cn-lower-case-commerce-ministry", "cn-lower-case-with-country", "cn-own-list-in-the-sentence",
         "cn-own-list-in-the-article", "us-commerce-ministry"],
)
def test_ambiguous_form_follows_article_country(nlp, text, form, name):
    entity = entity_of(run(nlp, text), form)
    assert (entity["label"], entity["name"]) == ("AGENCY", name)


# -- generic government bodies: AGENCY, named by the article's fullest form -----------------
GENERIC = [
    ("The Security Council Committee established pursuant to resolution 2231 listed two firms.",
     "Security Council Committee established pursuant to resolution 2231"),
    ("The 1267 Committee added the group to its list on Monday.", "1267 Committee"),
    ("The U.N. Security Council's North Korea sanctions committee on Friday blacklisted 21 shipping firms.",
     "North Korea sanctions committee"),
    ("The State Property Committee of Belarus holds 62.5 per cent.", "State Property Committee of Belarus"),
    ("The case was filed in the U.S. District Court for the Southern District of Texas.",
     "U.S. District Court for the Southern District of Texas"),
    ("The U.S. Attorney's Office for the Northern District of Illinois announced the charges.",
     "U.S. Attorney's Office for the Northern District of Illinois"),
    ("Agents of the Federal Bureau of Investigation and Homeland Security Investigations made arrests.",
     "Federal Bureau of Investigation"),
    ("The Chinese Embassy in Ottawa rejected the accusations.", "Chinese Embassy in Ottawa"),
    ("The Ministry of Industry and Information Technology issued new guidance to chipmakers.",
     "Ministry of Industry and Information Technology"),
    ("Japan's Ministry of Economy, Trade and Industry added two firms to its end-user list.",
     "Ministry of Economy, Trade and Industry"),
    ("The Department of Foreign Affairs said it had summoned the ambassador.", "Department of Foreign Affairs"),
    ("The Ministry of Foreign Affairs spokesman Wang Wenbin said the sanctions were illegal.",
     "Ministry of Foreign Affairs"),
    ("Officers from the Aksu Prefecture Public Security Bureau questioned the men.",
     "Aksu Prefecture Public Security Bureau"),
    # a known body's own bureau, and a bureau named past "People's"
    ("The Treasury sanctioned the Xinjiang Production and Construction Corps Public Security Bureau on Monday.",
     "Xinjiang Production and Construction Corps Public Security Bureau"),
    ("Visas were restricted for officials of the Xinjiang Uyghur Autonomous Region People's Government Public Security "
     "Bureau.", "Xinjiang Uyghur Autonomous Region People's Government Public Security Bureau"),
    ("The drills were conducted by the People's Liberation Army near the island.", "People's Liberation Army"),
    ("The tanker was seized in the Gulf by the Islamic Revolutionary Guard Corps.",
     "Islamic Revolutionary Guard Corps"),
    ("A ruling by the Federal Court dismissed the company's appeal.", "Federal Court"),
    ("The conviction was upheld by the Supreme People's Court in Beijing.", "Supreme People's Court"),
    ("The German Parliament voted to tighten export rules.", "German Parliament"),
    ("The Russian Parliament approved the counter-sanctions bill.", "Russian Parliament"),
    ("Units of the People's Armed Police patrolled the streets of Urumqi.", "People's Armed Police"),
    ("The French Foreign Ministry summoned the Chinese ambassador on Monday.", "French Foreign Ministry"),
    ("The Ministry of Foreign Affairs of the People's Republic of China issued a statement. "
     "The Ministry of Foreign Affairs said the sanctions were illegal.",
     "Ministry of Foreign Affairs of the People's Republic of China"),
    ("The plant is 60% held by the State Authority for Military Industry.", "State Authority for Military Industry"),
    ("A third belongs to the Federal Agency for State Property Management (Rosimushchestvo).",
     "Federal Agency for State Property Management"),
    ("Washington slapped sanctions on the country's Presidency of Naval Industries (SNI) on Monday.",
     "Presidency of Naval Industries"),
    # the country after the body's name is part of its fullest form, a company after it is not
    ("Zelensky enacted the decision of National Security and Defense Council of Ukraine (NSDC) on Monday.",
     "National Security and Defense Council of Ukraine"),
    ("The Ministry of Defence of Velmora Trading LLC said nothing.", "Ministry of Defence"),
]


@pytest.mark.parametrize("text,name", GENERIC, ids=[c[1] for c in GENERIC])
def test_generic_body_is_agency_with_fullest_name(nlp, text, name):
    doc = run(nlp, text)
    found = [(e["label"], e["name"]) for e in doc._.entities]
    assert ("AGENCY", name) in found, found
    assert not any(label == "ORG" and name in n for label, n in found), found


# -- agencies override the model's ORG label -------------------------------------------------
OVERRIDE = [
    ("The Treasury Department sanctioned Norland Cable Holdings Ltd. on Monday.", "Treasury Department"),
    ("The Bureau of Industry and Security published the rule in the Federal Register.",
     "Bureau of Industry and Security"),
    ("The Pentagon listed the firm as a Chinese military company.", "Pentagon"),
    ("The Ministry of Public Security said the suspects had been detained.", "Ministry of Public Security"),
    ("The Council of the European Union adopted new sanctions against Belarus.", "Council of the European Union"),
    ("The Xinjiang Production and Construction Corps was sanctioned in July.",
     "Xinjiang Production and Construction Corps"),
]


@pytest.mark.parametrize("text,form", OVERRIDE, ids=[c[1] for c in OVERRIDE])
def test_agency_overrides_model_org(nlp, text, form):
    assert any(form in t and label == "ORG" for t, label in model_labels(nlp, text)), "precondition: model says ORG"
    doc = run(nlp, text)
    start = text.index(form)
    overlapping = [(e.text, e.label_) for e in doc.ents if e.start_char < start + len(form) and start < e.end_char]
    assert overlapping == [(form, "AGENCY")]


# -- no leading "the" in agency spans --------------------------------------------------------
LEADING_THE = [
    "The Urumqi Public Security Bureau detained hundreds of residents, the report said.",
    "The Xinjiang Public Security Bureau was added to the Entity List in 2019.",
    "The Indian Air Force ordered the jets in 2016.",
    "The Hong Kong Police arrested three activists on Saturday.",
    "The Royal Navy escorted the vessel through the strait.",
    "The Islamic Revolutionary Guard Corps seized the tanker in the Gulf.",
    "The Ministry of Public Security and the Department of State both commented on the case.",
]


@pytest.mark.parametrize("text", LEADING_THE, ids=[" ".join(t.split()[1:4]) for t in LEADING_THE])
def test_agency_span_has_no_leading_the(nlp, text):
    doc = run(nlp, text)
    spans = [e.text for e in doc.ents if e.label_ == "AGENCY"]
    assert spans, "no AGENCY found"
    assert not any(s.lower().startswith("the ") for s in spans), spans


@pytest.mark.parametrize("text,names", [
    ("The Council froze the assets of Kola Maritime Agency OOO and Tern Customs Authority LLC.",
     ["Kola Maritime Agency OOO", "Tern Customs Authority LLC"]),
    ("Velmora Ltd holds 51% and Qinling Tiansheng Commerce Co. the rest.", ["Qinling Tiansheng Commerce Co."]),
    ("Much of it runs through the Ardent Armed Forces Foundation, which controls 74.2% of the maker.",
     ["Ardent Armed Forces Foundation"]),
])
def test_agency_words_inside_a_company_name(nlp, text, names):
    labels = {e["name"]: e["label"] for e in run(nlp, text)._.entities}
    assert all(labels.get(n) == "ORG" for n in names), labels
