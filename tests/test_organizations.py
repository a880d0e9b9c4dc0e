"""ORG layer (RECORDS.md section 2): company names as whole spans, and what is not an ORG.

Sentences are written for these tests (news style); most companies are invented.
"""

from __future__ import annotations

import re

import pytest

from helpers import model_labels, run


def orgs(doc):
    """Texts of the ORG spans, in order."""
    return [e.text for e in doc.ents if e.label_ == "ORG"]


# -- full legal names, suffix included, as one ORG span ---------------------------------------
LEGAL_NAMES = [
    ("They are Vetka Build LLC, a builder; the 558 Aircraft Works in Baranovichi; and others.", "558 Aircraft Works"),
    ("BIS added Anka Havacilik Lojistik Ltd. Şti. to the Entity List.", "Anka Havacilik Lojistik Ltd. Şti."),
    ("BIS added Bukhara Tech Import MChJ to the Entity List.", "Bukhara Tech Import MChJ"),
    ("It is an affiliate of state corporation Vektor State Industrial Holding.", "Vektor State Industrial Holding"),
    ("Nordic Pulp Oyj completed its exit from Russia.", "Nordic Pulp Oyj"),
    # a legal form of several words after a comma (Mexico)
    ("The sanctioned companies are Comercializadora Agroexport Tepic, S. de R.L. de C.V. and Loma Alta, S.A. de "
     "C.V., OFAC said.", "Comercializadora Agroexport Tepic, S. de R.L. de C.V."),
    # no space after the comma (translated Chinese names)
    ("BIS added Hefei Liangxin Quantum Technology Co.,Ltd. to the list.", "Hefei Liangxin Quantum Technology Co.,Ltd."),
    ("Britain sanctioned Nordhavn Freight AS on Tuesday.", "Nordhavn Freight AS"),
    ("Russia included Wisła Logistics Sp. z o.o. in its list.", "Wisła Logistics Sp. z o.o."),
    # (also mid-sentence, where the model reads the name as a person's)
    ("OFAC designated Baltic Gaz Sp. z o.o. and Orlen Transit Sp. z o.o. on Monday.", "Baltic Gaz Sp. z o.o."),
    ("OFAC designated Baltic Gaz Sp. z o.o. and Orlen Transit Sp. z o.o. on Monday.", "Orlen Transit Sp. z o.o."),
    ("The stake is owned by the Russian-origin Volgatrans Shipping LLC.", "Volgatrans Shipping LLC"),
    ('The Treasury imposed sanctions on the company "Sahil al-Bahr Shipping" in Hong Kong.', "Sahil al-Bahr Shipping"),
    ("Falcon Aero Spares FZC, a Sharjah-based broker, was listed.", "Falcon Aero Spares FZC"),
    ("OFAC designated Baltvik Custody OU on Friday.", "Baltvik Custody OU"),
    ("Under the restrictions got the company \"Pasit\" and others.", "Pasit"),
    ("Also listed was the Sevastopol shipbuilding enterprise \"Yugmorstroy\".", "Yugmorstroy"),
    ("OFAC designated Qinghe Photonics Co., Ltd. for supplying drone parts to Iran.",
     "Qinghe Photonics Co., Ltd."),
    ("Investigators said Norland Cable Holdings Ltd. had shipped fibre to the peninsula.",
     "Norland Cable Holdings Ltd."),
    ("The bank said it had cut ties with Harbin Aurora Sensors Limited last year.", "Harbin Aurora Sensors Limited"),
    ("Prosecutors charged Bluewater Marine Supply Inc. with exporting navigation gear to Iran.",
     "Bluewater Marine Supply Inc."),
    ("Treasury sanctioned Silverpine Trading LLC, a Dubai-based broker, on Thursday.", "Silverpine Trading LLC"),
    ("The ministry said Volga Kompozit JSC had supplied carbon fibre to the military.", "Volga Kompozit JSC"),
    ("Regulators in Berlin fined Kessler Präzisionstechnik GmbH for unlicensed exports.",
     "Kessler Präzisionstechnik GmbH"),
    ("The Singapore firm Meridian Straits Shipping Pte. Ltd. denied the allegations.",
     "Meridian Straits Shipping Pte. Ltd."),
    ("The listing covers SZ DJI Technology Co., Ltd. and several of its suppliers.", "SZ DJI Technology Co., Ltd."),
    ("Investors dumped shares of BGI Group after the announcement.", "BGI Group"),
    ("Washington blacklisted Tianmu Holdings for its role in the scheme.", "Tianmu Holdings"),
    ("The agency also named Yangtze Memory Technologies as a target.", "Yangtze Memory Technologies"),
    ("The court heard that Karachi Steel Pvt. Ltd. resold the lathes.", "Karachi Steel Pvt. Ltd."),
    ("The investigation focused on Istanbul Marine LLC and its owner.", "Istanbul Marine LLC"),
    ("The annex names KOWLOON TRI-STAR SUPPLY LIMITED, a trading house.", "KOWLOON TRI-STAR SUPPLY LIMITED"),
    ("Rival Dongfang Solar Energy Group Co., Ltd. said its plants were unaffected.",
     "Dongfang Solar Energy Group Co., Ltd."),
    ("The State Department sanctioned LLC Kama Trucks 2 on Friday.", "LLC Kama Trucks 2"),
    # one-word names built on a company morpheme ("bank", "neft", "flot", ...)
    ("The remaining 10% is held by Vostokbank, itself under sanctions since 2022.", "Vostokbank"),
    ("Payments were routed through Kamaneft and two traders in Dubai.", "Kamaneft"),
    ("Tankers chartered from Baltsovflot carried the cargo.", "Baltsovflot"),
    ("The city utility JKP Vodovod Kraljevo holds the rest.", "JKP Vodovod Kraljevo"),
    ("OFAC removed NAVIERA DEL SUR, C.A. from the SDN List.", "NAVIERA DEL SUR, C.A."),
    # a name the model takes for a person, with its legal form after a comma
    ("The holders are Haiwei Group Co., Ltd. (51%) and Toyo Kisen Kaisha, Ltd. of Japan (20%).",
     "Toyo Kisen Kaisha, Ltd."),
]


@pytest.mark.parametrize("text,name", LEGAL_NAMES, ids=[c[1] for c in LEGAL_NAMES])
def test_legal_name_is_one_org_span(nlp, text, name):
    assert name in orgs(run(nlp, text))


# -- names the model labels PERSON/GPE (or cuts) before a legal suffix --------------------------
MISLABELLED = [
    ("Among the firms was Wang Tai Trading Co., Ltd., based in Guangzhou.", "Wang Tai Trading Co., Ltd.", "PERSON"),
    ("Prosecutors said Zhang Wei Import & Export Co., Ltd. wired the money.",
     "Zhang Wei Import & Export Co., Ltd.", "PERSON"),
    ("The agency sanctioned Ali Reza Trading LLC on Monday.", "Ali Reza Trading LLC", "PERSON"),
    ("The agency sanctioned Vladivostok Limited on Monday.", "Vladivostok Limited", "PERSON"),
    ("The indictment names Dmitri Volkov Trading LLC as a front.", "Dmitri Volkov Trading LLC", "PERSON"),
    ("The shipments were handled by Hong Kong Sino Freight Limited.", "Hong Kong Sino Freight Limited", "GPE"),
]


@pytest.mark.parametrize("text,name,model_label", MISLABELLED, ids=[c[1] for c in MISLABELLED])
def test_mislabelled_name_before_suffix_becomes_org(nlp, text, name, model_label):
    assert any(label == model_label and t in name for t, label in model_labels(nlp, text)), "precondition"
    doc = run(nlp, text)
    assert name in orgs(doc)
    assert not any(e.label_ in {"PERSON", "GPE"} and e.text in name for e in doc.ents)


# -- long coordinated lists: every member is its own ORG span ------------------------------------
LISTS = [
    ("The Commerce Department added Qinghe Photonics, Norland Cable, Harbin Aurora Sensors and Bluewater "
     "Marine Supply to the Entity List.",
     ["Qinghe Photonics", "Norland Cable", "Harbin Aurora Sensors", "Bluewater Marine Supply"]),
    ("Treasury sanctioned Silverpine Trading LLC, Meridian Straits Shipping Pte. Ltd., Volga Kompozit JSC, "
     "Kessler Präzisionstechnik GmbH and Tianmu Holdings.",
     ["Silverpine Trading LLC", "Meridian Straits Shipping Pte. Ltd.", "Volga Kompozit JSC",
      "Kessler Präzisionstechnik GmbH", "Tianmu Holdings"]),
    ("The list includes Arkon Dynamics, Belmont Microwave, Corvel Systems, Danube Avionics, Estra Photonics "
     "and Fjord Robotics.",
     ["Arkon Dynamics", "Belmont Microwave", "Corvel Systems", "Danube Avionics", "Estra Photonics",
      "Fjord Robotics"]),
    ("On Tuesday the agency designated Kazan Avionics JSC, Ural Rotor LLC, Baltic Gear Trading Ltd. and "
     "Omsk Radio Plant.",
     ["Kazan Avionics JSC", "Ural Rotor LLC", "Baltic Gear Trading Ltd.", "Omsk Radio Plant"]),
    ("The eight firms are DJI, Dawning Information Industry, Megvii, SenseTime, CloudWalk, Xiamen Meiya Pico, "
     "Yitu and Leon Technology.",
     ["DJI", "Dawning Information Industry", "Megvii", "SenseTime", "CloudWalk", "Xiamen Meiya Pico", "Yitu",
      "Leon Technology"]),
    # "and" inside running prose joins two names (only a whole list item is one name)
    ("OFAC named Huawei and Vesta Radar Corp. on Monday.", ["Huawei", "Vesta Radar Corp."]),
    ("The banks affected were Sberbank, VTB, Gazprombank, Alfa-Bank, Otkritie, Sovcombank and Novikombank.",
     ["Sberbank", "VTB", "Gazprombank", "Alfa-Bank", "Otkritie", "Sovcombank", "Novikombank"]),
    ("The list includes Lakeside Institute of Technology and Harbin Marine University, added in May.",
     ["Lakeside Institute of Technology", "Harbin Marine University"]),
    ("BIS is listing Kaluga Avionika LLC, OOO Severnaya Optics and Tomsk Radio Components JSC.",
     ["Kaluga Avionika LLC", "OOO Severnaya Optics", "Tomsk Radio Components JSC"]),
    ("The new entries are Talgar Devices Co. Ltd., Aragats Chip Systems Co. and Vanadzor Laser Institute, a "
     "research unit.", ["Talgar Devices Co. Ltd.", "Aragats Chip Systems Co.", "Vanadzor Laser Institute"]),
    # items with addresses: only the first name of each item
    ("The entries are Halvard Precision Works Ltd., Plot 14, Sundar Industrial Estate, Lahore; Qadir Vacuum "
     "Systems Limited, Blue Area, Islamabad; and Chenab Composite Works Ltd, Multan Road, Lahore.",
     ["Halvard Precision Works Ltd.", "Qadir Vacuum Systems Limited", "Chenab Composite Works Ltd"]),
    # bulleted lines: the place after the name is its address, an "also known as" name is a name
    ("Entities designated today\n\n• Halvard Precision Works Ltd, Gweru\n• Qadir Vacuum Systems Limited, also known "
     "as QVS Zimbabwe, Mutare\n• Chenab Composite Works Ltd, Kwekwe and Chegutu\n",
     ["Halvard Precision Works Ltd", "Qadir Vacuum Systems Limited", "QVS Zimbabwe", "Chenab Composite Works Ltd"]),
]


def test_short_form_in_parentheses_inside_a_name(nlp):
    doc = run(nlp, "Its sales arm Jinlong (HK) International Trading Co., Limited shipped the goods.")
    assert orgs(doc) == ["Jinlong (HK) International Trading Co., Limited"]


def test_two_short_forms_joined_by_and_are_two_names(nlp):
    doc = run(nlp, "Halvard Swift Logistics Limited and Qadir Volga LLC were charged. BIS then issued orders "
                   "against Halvard Swift and Qadir Volga.")
    names = {e["name"]: e["aliases"] for e in doc._.entities if e["label"] == "ORG"}
    assert set(names) == {"Halvard Swift Logistics Limited", "Qadir Volga LLC"}, names


def test_an_entry_field_after_a_slash_is_no_part_of_the_name(nlp):
    doc = run(nlp, "No.2 Name: Halvard Trading Corporation / Location: Pyongyang, North Korea\n")
    assert orgs(doc) == ["Halvard Trading Corporation"]


def test_a_notice_items_period_is_no_part_of_the_name(nlp):
    doc = run(nlp, "On March 18, 2024, OFAC determined that the property of the following persons is blocked under "
                   "the relevant sanctions authority listed below.\nEntities\n1. NORTHERN CREST MARITIME INC., Trust "
                   "Company Complex, Ajeltake Road, Majuro, Marshall Islands; Identification Number IMO 6321457 "
                   "[IRAN-EO13846]. Designated pursuant to section 3(a)(i) of Executive Order 13846.\n2. AMBER REEF "
                   "PETROLEUM TRADING L.L.C., Office 1404, Dubai, United Arab Emirates (Linked To: NORTHERN CREST "
                   "MARITIME INC.). Designated for being owned or controlled by NORTHERN CREST MARITIME INC.\n")
    names = {e["name"] for e in doc._.entities if e["label"] == "ORG"}
    assert {"NORTHERN CREST MARITIME INC.", "AMBER REEF PETROLEUM TRADING L.L.C."} <= names, names
    assert not any(n[0] in ".,;:" for n in names), names


def test_a_short_form_and_a_name_used_apart_are_not_one_institute(nlp):
    doc = run(nlp, "Lantian Qiyuan Microelectronics Co., Ltd. and Binhai Advanced Computing Institute were listed. "
                   "The Treasury later barred investment in Lantian Qiyuan and Binhai Advanced Computing Institute.")
    names = {e["name"] for e in doc._.entities if e["label"] == "ORG"}
    assert names == {"Lantian Qiyuan Microelectronics Co., Ltd.", "Binhai Advanced Computing Institute"}, names


QUOTED = [
    ('The annex lists Joint Stock Company "Tver Rotor Components" (also known as TRC).',
     'Joint Stock Company "Tver Rotor Components"'),
    ('Also listed is JSC "Kursk Engine Design Bureau" of Kursk.', 'JSC "Kursk Engine Design Bureau"'),
    ('The trading house "Borovichi Tech Trade" OOO supplied parts.', '"Borovichi Tech Trade" OOO'),
    ('2. Joint-Stock Company "Kama Rotor Optics" (JSC "KRO"). Location: Kazan.',
     'Joint-Stock Company "Kama Rotor Optics"'),
    # single quotes, as the EU's annexes write them, only after a legal form
    ("| 9. | Joint Stock Company 'Tula Special Chemistry Plant' (AO 'Tulskiy Zavod') | Address: Tula |",
     "Joint Stock Company 'Tula Special Chemistry Plant'"),
    ("Also listed is Federal State Unitary Enterprise ‘Kambarka Munitions Works’ of Udmurtia.",
     "Federal State Unitary Enterprise ‘Kambarka Munitions Works’"),
]


@pytest.mark.parametrize("text,name", QUOTED, ids=[c[1] for c in QUOTED])
def test_quoted_name_with_its_legal_form(nlp, text, name):
    doc = run(nlp, text)
    entity = next(e for e in doc._.entities if e["label"] == "ORG")
    assert entity["name"] == name
    assert re.split("[\"'‘’]", name)[1] in entity["aliases"]  # also known by the quoted name alone


def test_sanctions_list_entries_in_capitals_are_names_but_individuals_are_not(nlp):
    doc = run(nlp, "The following persons have been added:\n\nAL-BARAKA WELFARE TRUST (a.k.a. ABWT), Peshawar, "
                   "Pakistan [SDGT].\n\nRAHMANI, Farid, Dubai; DOB 03 Mar 1976; nationality Iran [IRAN-EO13846].")
    names = [e["name"] for e in doc._.entities if e["label"] == "ORG"]
    assert "AL-BARAKA WELFARE TRUST" in names and not any("RAHMANI" in n for n in names), names


def test_an_individuals_entry_names_only_what_it_is_linked_to(nlp):
    doc = run(nlp, "The following individual has been added:\n\nOSTROV, Ivan Petrovich (Cyrillic: ОСТРОВ, Иван "
                   "Петрович), Dushanbe, Tajikistan; DOB 09 Jun 1987; POB Kulob, Tajikistan; Gender Male "
                   "(individual) [SDGT] (Linked To: VELMORA PAY LLC).")
    assert [e["name"] for e in doc._.entities if e["label"] == "ORG"] == ["VELMORA PAY LLC"]


#: Where a name starts and ends: foreign connectors, parentheses, "for" names, a share or a place
#: after it, a description, a demonym or a legal form before it.
NAME_BOUNDARIES = [
    # an item number after a legal form starts the next name
    ("Japan froze the assets of the following entities: (1) Kirovsk Optics LLC (2) Vostok Polymer JSC",
     "Vostok Polymer JSC"),
    ("The foundation controls 74.2% of Kartel Elektronik Sanayi ve Ticaret A.S., the maker.",
     "Kartel Elektronik Sanayi ve Ticaret A.S."),
    ("Washington sanctioned Petroleos de Caribe S.A. in 2019.", "Petroleos de Caribe S.A."),
    # a hyphenated word and an apostrophe inside the name (not "Dubai-based")
    ("The second largest shareholder is Xi'an Hi-tech Zone Venture Capital Co., Ltd., which holds 9%.",
     "Xi'an Hi-tech Zone Venture Capital Co., Ltd."),
    ("OFAC designated Dubai-based Sea Lantern Shipping FZE.", "Sea Lantern Shipping FZE"),
    # names in apposition to a plural role noun
    ("The State Department designated Ecuador's two largest gangs, Los Lobos and Los Choneros, on Thursday.",
     "Los Choneros"),
    # an opening date with no comma after it is no part of the name (but "Under Armour Inc." is a name)
    ("In 2022 Norland Cable Holdings Ltd. sold its stake.", "Norland Cable Holdings Ltd."),
    ("On Monday Vesta Trading LLC was listed.", "Vesta Trading LLC"),
    ("In March Orion Metals Corp was listed.", "Orion Metals Corp"),
    ("In late May 2021 Lumen Gas Ltd. was listed.", "Lumen Gas Ltd."),
    ("Under Armour Inc. denied it.", "Under Armour Inc."),
    # a place owning a one-word name is no part of it
    ("The Treasury sanctioned Russia's Lukoil PJSC on Monday.", "Lukoil PJSC"),
    ("Abu Dhabi's Falcon Crest Capital PJSC held 9.9% of the refiner.", "Falcon Crest Capital PJSC"),
    ("Vesta Trading LLC was listed in May, and in 2023 Lockmoor Missile Systems Corp. was also included.",
     "Lockmoor Missile Systems Corp."),  # ... or its clause
    ("The plant sells to Karadeniz Demir ve Çelik Fabrikaları T.A.Ş. in Zonguldak.",
     "Karadeniz Demir ve Çelik Fabrikaları T.A.Ş."),
    ("Velmora Mining Ltd holds 66%, the state fund Kestrel-Kazyna JSC 20% and Dunmore Corp. the rest.",
     "Kestrel-Kazyna JSC"),
    ("Velmora Industries SA will keep its 30% stake in Atlas Cables SARL of Tangier.", "Atlas Cables SARL"),
    ("The Treasury also listed Rail Equipment Corporation of China.", "Rail Equipment Corporation of China"),
    ("Velmora Mining has 41% in the Angolan company Catumbela.", "Catumbela"),
    ("The shares of the Danish Nordhavn Brewing A/S were transferred.", "Nordhavn Brewing A/S"),
    ("Among them is the Chinese Hengtong Microwave Trading Co., Limited.", "Hengtong Microwave Trading Co., Limited"),
    ("It designated also the Emirati Heron Wings Air Services FZE, which flew the cargo.",
     "Heron Wings Air Services FZE"),
    # (also when the model's name stops before its legal form)
    ("The share was belonging to the Russian Azov Sea Shipping Company PJSC.", "Azov Sea Shipping Company PJSC"),
    ("The Council also listed the Belarusian Salt Company and Turkish Airlines staff.", "Belarusian Salt Company"),
    ('The sanctions on the legal entity "Daugava Avia Service" SIA were lifted.', '"Daugava Avia Service" SIA'),
    ("SIA Rigas Kugu Serviss and UAB Vilnius Trade were listed.", "UAB Vilnius Trade"),
    ("OFAC designated Vega (Pearls and Silver) Co., Ltd. on Tuesday.", "Vega (Pearls and Silver) Co., Ltd."),
    ("Nour Establishment for Trading and Contracting was listed on Monday.",
     "Nour Establishment for Trading and Contracting"),
    ("Also listed was the Velmora Foundation for Families of the Special Military Operation, a charity.",
     "Velmora Foundation for Families of the Special Military Operation"),
    ("The Treasury also designated Hikma Tech for Imports, a Sanaa trader.", "Hikma Tech for Imports"),
    ("Two Sanaa-based firms, Al-Barq Tech for Imports and Red Sea Navigation Co., were designated.",
     "Al-Barq Tech for Imports"),
    ("• Ostrava Children's Recreation Camp LLC, a camp that held children", "Ostrava Children's Recreation Camp LLC"),
    ("Russia's Ostrava Oil Company PJSC was named.", "Ostrava Oil Company PJSC"),
    # a demonym before a name the article also gives without it
    ("Zeya Machine Tools Trading FZE belongs 100% to Russian Zeya Machine Tools JSC.", "Zeya Machine Tools JSC"),
    ("OFAC designated Syrian Arab Airlines in 2013; Syrian Arab Airlines denied it.", "Syrian Arab Airlines"),
    ('The remaining 49% belongs to the Cyprus "Velmora Holdings" Ltd, a holding.', '"Velmora Holdings" Ltd'),
    ("Today, OFAC is also removing Laboratorios Velmora del Norte, S.A. de C.V. (Velmora) from the SDN List.",
     "Laboratorios Velmora del Norte, S.A. de C.V."),
    ("Norland sold its 30% stake in Karoo Optronics to Stellenbosch-based Ridgeback Holdings last year.",
     "Karoo Optronics"),
    ("Schedule 1 is amended by adding the following:\n\n14 Ostrava Lens Works LLC\n15 Dunmore Rail Co.",
     "Ostrava Lens Works LLC"),
    # a demonym without an article before it is part of the name
    ("OFAC designated Ruritanian Helicopters JSC and Iranian Offshore Engineering Co. on Monday.",
     "Iranian Offshore Engineering Co."),
    ("Also listed were the car dealer Comercio de Veiculos Zona Leste Eireli and Novi Sad Mikro DOO.",
     "Comercio de Veiculos Zona Leste Eireli"),
    ("Also listed were the car dealer Comercio de Veiculos Zona Leste Eireli and Novi Sad Mikro DOO.",
     "Novi Sad Mikro DOO"),
    # a name with "and" that is a whole list item: after ";", an item number, or a list's last "Ltd. and"
    ("BIS is adding Kowloon Bay Parts Limited; Sun and Moon Trading Co., Limited; and Harbour Chips Limited.",
     "Sun and Moon Trading Co., Limited"),
    ("Australia listed:\n\n8. Murman and Kola Shipping Agency LLC (Russia)\n9. Kara Sea Logistics OOO (Russia)",
     "Murman and Kola Shipping Agency LLC"),
    ("Segovia Gold Trading Corp. and Rosario Bullion and Assay Limited were designated.",
     "Rosario Bullion and Assay Limited"),
    ("Among those removed were the Centre for Advanced Materials at the University of Lahore and Orion Ltd.",
     "Centre for Advanced Materials at the University of Lahore"),
    # two business words joined inside one name (but "Huawei and Vesta Radar Corp." are two: see LISTS)
    ("Kordofan Logistics and Transport Company is held 50% by a holding.", "Kordofan Logistics and Transport Company"),
    ("It is owned by Omdurman Engineering and Security Solutions Co. and a fund.",
     "Omdurman Engineering and Security Solutions Co."),
    ("Japan banned exports to the Perm Optical and Mechanical Plant JSC on Friday.",
     "Perm Optical and Mechanical Plant JSC"),
    ("BIS added Wuxi Electrical and Mechanical Co. to the Entity List.", "Wuxi Electrical and Mechanical Co."),
    # a name with a country's formal name in it, tagged as a place by the model
    ("The entities are: Iran Air; the Islamic Republic of Iran Shipping Lines (IRISL); and Mahan Air.",
     "Islamic Republic of Iran Shipping Lines"),
    # a sentence adverb the model takes into the name
    ("Today Orion Resources Ltd. holds 66% of Vesta Grain Co.", "Orion Resources Ltd."),
    ("The Treasury sanctioned its parent Ex+ Group plc on Friday.", "Ex+ Group plc"),
    ("OFAC designated Permskaya Stal Holding JSC, a leading Russian steel producer, along with its trading arm Perm "
     "Steel Trading AG of Zug, Switzerland, which is 51 percent owned by Permskaya Stal Holding JSC.",
     "Perm Steel Trading AG"),
    # a capitalized preposition or a list's name before the name is no part of it (but "X FOR MONEY EXCHANGE" is)
    ("ISTANBUL - For Kestrel Elektronik Ticaret A.S., the trouble began in 2022.", "Kestrel Elektronik Ticaret A.S."),
    ("OFAC is also removing from the SDN List Harbor Tern Shipping Co., which was sold.", "Harbor Tern Shipping Co."),
    ("The Treasury designated AL-WAFA FOR MONEY EXCHANGE COMPANY LLC in Idlib.", "AL-WAFA FOR MONEY EXCHANGE COMPANY LLC"),
    ("Investor Vesta Capital Ltd holds 12% of the bank.", "Vesta Capital Ltd"),
    ("Also Orion Feiyue Technology Co. was listed on Monday.", "Orion Feiyue Technology Co."),
    ("Also on the list are Samarkand Kabel Invest, a wire supplier, and two traders.", "Samarkand Kabel Invest"),
    ("The founder controls it through Changsha Orion Management Partnership (Limited Partnership), which owns 18%.",
     "Changsha Orion Management Partnership (Limited Partnership)"),
    # capitals beyond ASCII, hyphened words
    ("Anadolu Elektronik Ödeme Hizmetleri A.Ş. is 65% owned by a holding.", "Anadolu Elektronik Ödeme Hizmetleri A.Ş."),
    ("OFAC sanctioned Istanbul-based Marmara Elektronik Sanayi ve Ticaret Limited Şirketi on Thursday.",
     "Marmara Elektronik Sanayi ve Ticaret Limited Şirketi"),
    ("Tsing Yi Hi-Tech Co., Limited denied the accusation.", "Tsing Yi Hi-Tech Co., Limited"),
    ("BIS listed Shenzhen Hi-tech Trading Ltd. on Monday.", "Shenzhen Hi-tech Trading Ltd."),
    ("HONG KONG - Tsing Yi Pay Technology Limited was designated on Tuesday.", "Tsing Yi Pay Technology Limited"),
    ("Ural Alloys reduced its share in the Armenian Vesta Ferroalloy Plant CJSC.", "Vesta Ferroalloy Plant CJSC"),
    # a copula between two names the model tagged as one
    ("The controlling shareholder of Vesta Grain Ltd is Orion Holdings Limited.", "Vesta Grain Ltd"),
    ("The controlling shareholder of Vesta Grain Ltd is Orion Holdings Limited.", "Orion Holdings Limited"),
]


@pytest.mark.parametrize("text,name", NAME_BOUNDARIES, ids=[c[1] for c in NAME_BOUNDARIES])
def test_name_boundaries(nlp, text, name):
    assert name in [e["name"] for e in run(nlp, text)._.entities if e["label"] == "ORG"]


def test_a_list_is_no_organization_and_a_name_ends_before_the_line_break(nlp):
    doc = run(nlp, "The following entries have been added to the Consolidated List:\n\nEntities\nVelmora Trading LLC\n")
    names = [e["name"] for e in doc._.entities if e["label"] == "ORG"]
    assert names == ["Velmora Trading LLC"], names


def test_prose_between_two_quoted_names_is_no_name(nlp):
    doc = run(nlp, 'The order also names the company "Velmora Parts Trading LLC" in Ajman and its affiliate in '
                   'Moscow "Ostrakon Zapchast" OOO.')
    names = [e["name"] for e in doc._.entities if e["label"] == "ORG"]
    assert "Velmora Parts Trading LLC" in names and not any("affiliate" in n for n in names), names


@pytest.mark.parametrize("text,names", LISTS, ids=[f"{len(c[1])}-{c[1][0]}" for c in LISTS])
def test_list_members_are_separate_orgs(nlp, text, names):
    assert orgs(run(nlp, text)) == names


# -- not organizations: job titles, peoples, systems, lists, laws, "IPO", places ----------------
NOT_ORG = [
    ("The release follows.\n\nINDIA-BASED CHEMICAL SUPPLIERS\n\nVelmora Fine Organics LLP is a Mumbai trader.",
     "INDIA-BASED CHEMICAL"),
    ("BIS renewed the order against Baltic Forensic Systems OU, a Tallinn company that resold hardware.", "Tallinn"),
    ("FOR IMMEDIATE RELEASE\nThursday, March 21, 2024\n\nMIAMI – A Doral parts supplier pleaded guilty today.", "MIAMI"),
    ("KUALA LUMPUR: Shares of Seri Mutiara Shipholding Ltd fell 4% on Monday.", "KUALA"),
    # a dateline's places, also the one a company is named after
    ("ALMATY/AKTAU - Mangystau Drilling Services LLP is weighing its ties. Aktau Oilfield Holding JSC holds 36%.",
     "ALMATY/AKTAU"),
    ("Recent Actions\n\nCounter Terrorism Designations; Russia-related Designation Removal\n\nThe following entity "
     "has been added: ACME TRADING LLC.", "Counter Terrorism"),
    ("Recent Actions\n\nCounter Terrorism Designation Update\n\nThe following entity has been updated: ACME LLC.",
     "Counter Terrorism Designation Update"),
    ("Recent Actions\n\nVenezuela-related Designation Removal\n\nThe following entity has been removed: ACME LLC.",
     "Designation Removal"),
    ("OFAC sanctioned five entities located in the Democratic People's Republic of Korea (DPRK) that earn revenue.",
     "Democratic People's Republic of Korea"),
    ("Brian Nelson, Under Secretary for Terrorism and Financial Intelligence, said the network had moved millions.",
     "Terrorism and Financial Intelligence"),
    ("\"We will act,\" said the Under Secretary of the Treasury for Terrorism and Financial Intelligence.",
     "Terrorism and Financial Intelligence"),
    ("The Assistant Secretary for Export Enforcement said the company had ignored repeated warnings.",
     "Export Enforcement"),
    ("Tom Reed, the Director of Investigations and Enforcement, declined to comment.",
     "Investigations and Enforcement"),
    ("The Uyghurs have been subjected to mass detention, the report said.", "Uyghurs"),
    ("Other Information: (UK Sanctions List Ref):GHR0131. Date designated: 12/03/2025.", "Ref):GHR0131"),
    ("OFAC can designate and add persons to the Specially Designated Nationals and Blocked Persons (SDN) List.",
     "Specially Designated Nationals and Blocked Persons"),
    ("The Government of Zimbabwe rejected the sanctions as illegal.", "Government of Zimbabwe"),
    ("Date designated: 09/08/2021 Group ID: 14127. Last updated: 20/05/2021 Group ID: 14002.", "09/08/2021 Group"),
    ("Other information: UK Sanctions List Ref: BEL0073. Entity type: company.", "BEL0073"),
    ("The firm, a Limited Liability Company registered in Kazan, makes thermal sights.", "Limited Liability Company"),
    ("The Australian Government has imposed financial sanctions on two arms makers.", "Australian Government"),
    ("Tibetans and Uighurs were among those tracked by the cameras.", "Uighurs"),
    ("Police used the Integrated Joint Operations Platform to flag residents for detention.",
     "Integrated Joint Operations Platform"),
    ("Data from the Integrated Joint Operations Platform (IJOP) was shared with local police.", "IJOP"),
    ("The company was moved from the Unverified List to the Entity List in October.", "Unverified List"),
    ("The firm was placed on the SDN list last year.", "SDN"),
    ("The Treasury added the broker to the Specially Designated Nationals List on Monday.",
     "Specially Designated Nationals List"),
    ("The Uyghur Forced Labor Prevention Act took effect in June 2022.", "Uyghur Forced Labor Prevention Act"),
    ("The firm postponed its IPO after the sanctions were announced.", "IPO"),
    ("Investigators said Norland Cable Holdings Ltd. had shipped fibre to Crimea.", "Crimea"),
    ("BACKGROUND\nThe measures follow earlier listings.", "BACKGROUND"),
    ("The decision was published in the Official Journal on Friday.", "Official Journal"),
    ("KAZAKHSTAN. (4) Talgar Devices LLP, Almaty.", "KAZAKHSTAN"),
    ("The government sanctioned Chulym Hosting OOO, a smaller Barnaul-based provider.", "Barnaul"),
    ("The rest is owned by the Samsun based Yesilirmak Lojistik Ltd.", "Samsun"),
    ("Visa restrictions were imposed on three executives.", "Visa"),
    ("Zelvia Alloys Co. is 74% owned by Hartmoor Ltd. through a Cyprus subsidiary.", "Cyprus"),
    ("Subscribe\nGet the latest sanctions news in your inbox.", "Subscribe"),
    ("The Treasury sanctioned Acme Ltd.\n\nReporting by Jana Petrova; Editing by Tom Hale", "Jana Petrova"),
    ('"We had no way to keep serving the market," chief executive Louis Marchand said.', "Louis Marchand"),
    ("OFAC also issued Temporary General License 13 for the wind-down.", "Temporary General License"),
    ("OFAC added the firms to its list of Specially Designated Global Terrorists on Wednesday.",
     "Specially Designated Global Terrorists"),
    ("The measures rest on the Foreign Exchange and Foreign Trade Act.", "Foreign Exchange"),
    ("The entries were added to the Consolidated List of Financial Sanctions Targets on Monday.",
     "Consolidated List of Financial Sanctions Targets"),
    # a place in parentheses after a name is where it is registered, not a short form
    ("Kara Sea Logistics OOO (Russia) was listed on Thursday.", "Russia"),
    ("OFAC listed the firm; Organization Established Date 14 Mar 2012; Folio Mercantil No. 45211 (Mexico).",
     "Folio Mercantil No. 45211"),
    ("The State Department imposed measures under INKSNA on four entities.", "INKSNA"),
    ("The Treasury added the firm to its Non-SDN Chinese Military-Industrial Complex Companies List.", "Non-SDN"),
    # the holder of a title named after it
    ("The sanctions were announced by the Minister of Foreign Affairs, Melanie Joly.", "Melanie Joly"),
    # a leader's administration or regime is no organization
    ("The Trump administration blacklisted Corvel Trading Ltd. last year.", "Trump"),
    ("Exports to firms tied to the Maduro regime were banned.", "Maduro"),
    # a name followed by a person's role, or after a person's calling
    ("Canada sanctioned Arkady Belov, chief executive of Sakha Trading LLC, and his deputy.", "Arkady Belov"),
    ("Businessman Arkady Volkov owns 70% of Tulskiy Zavod LLC.", "Arkady Volkov"),
    ("Prosecutors charged Sakha Trading LLC and its director, Arkady Belov, with smuggling.", "Arkady Belov"),
    # a word of the sentence the model tagged into a name
    ("Bayview Maritime Holdings Inc is a Greek owner. Documents seen by Lloyd's List show Bayview holds 75% of a "
     "manager.", "Lloyd's List show"),
    # a vessel's name after its kind
    ("Registry data show the tanker Nordic Star is owned 100% by Lark Shipping Inc.", "Nordic Star"),
]


@pytest.mark.parametrize("text,phrase", NOT_ORG, ids=[c[1] for c in NOT_ORG])
def test_not_an_organization(nlp, text, phrase):
    doc = run(nlp, text)
    start = text.index(phrase)
    end = start + len(phrase)
    hits = [e.text for e in doc.ents if e.label_ in {"ORG", "AGENCY"} and e.start_char < end and start < e.end_char]
    assert hits == [], hits


def test_ipo_sentence_keeps_the_company(nlp):
    """Rejecting "IPO" must not cost the company next to it."""
    doc = run(nlp, "The Shanghai IPO of Qinghe Photonics Co., Ltd. was put on hold.")
    assert orgs(doc) == ["Qinghe Photonics Co., Ltd."]
