#!/usr/bin/env python3
"""Generate gold.jsonl and manifest.jsonl for the holdout10 corpus.

Run:  python3 data/holdout10/build_gold.py   then   python3 data/eval/validate.py data/holdout10
Each article lists its true publication date, whether the manifest hides it, its gold
events, and (for documentation only) the traps it contains that must NOT be extracted.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

# canonical names
CARNEY, SHEINBAUM, ANAND, LEBLANC = "Mark Carney", "Claudia Sheinbaum", "Anita Anand", "Dominic LeBlanc"
DE_LA_FUENTE, EBRARD = "Juan Ramon de la Fuente", "Marcelo Ebrard"
SEFCOVIC, ALBARES, LAMMY, PICARDO, CAMERON = ("Maros Sefcovic", "Jose Manuel Albares", "David Lammy",
                                              "Fabian Picardo", "David Cameron")
VDL, FROSTADOTTIR, GUNNARSDOTTIR, KADIS = ("Ursula von der Leyen", "Kristrun Frostadottir",
                                           "Thorgerdur Katrin Gunnarsdottir", "Costas Kadis")
STORE, FREDERIKSEN = "Jonas Gahr Store", "Mette Frederiksen"
XANANA, PRABOWO, FREITAS, SUGIONO, RAMOS_HORTA = ("Xanana Gusmao", "Prabowo Subianto",
                                                  "Bendito dos Santos Freitas", "Sugiono", "Jose Ramos-Horta")
PENA, LAI, RAMIREZ, LIN, HAN, HSIAO = ("Santiago Pena", "Lai Ching-te", "Ruben Ramirez Lezcano",
                                       "Lin Chia-lung", "Han Kuo-yu", "Hsiao Bi-khim")
BROWN, LI, PETERS = "Mark Brown", "Li Qiang", "Winston Peters"
MAHAMA, GOITA, TIANI, TRAORE, GBEVLO = ("John Dramani Mahama", "Assimi Goita", "Abdourahamane Tiani",
                                        "Ibrahim Traore", "Larry Gbevlo-Lartey")
HICHILEMA, NCHEMBA, SAMIA, XI = ("Hakainde Hichilema", "Mwigulu Nchemba", "Samia Suluhu Hassan", "Xi Jinping")
TAYALI, MBARAWA = "Frank Tayali", "Makame Mbarawa"
MODI, KAMLA, KANGALOO, MILEI = ("Narendra Modi", "Kamla Persad-Bissessar", "Christine Kangaloo", "Javier Milei")
BAKKE_JENSEN, SHESTAKOV, NAESS, HOLM = ("Frank Bakke-Jensen", "Ilya Shestakov", "Marianne Sivertsen Naess",
                                        "Dennis Holm")
M6, GHAZOUANI, HASSAN_CP, RACHID = ("Mohammed VI", "Mohamed Ould Ghazouani", "Moulay El Hassan", "Moulay Rachid")
BOURITA, MERZOUG = "Nasser Bourita", "Mohamed Salem Ould Merzoug"
CASTRO, ROUSSEFF, REINA, QIN = "Xiomara Castro", "Dilma Rousseff", "Eduardo Enrique Reina", "Qin Gang"
OLIGUI, OBIANG, TEODORIN = ("Brice Clotaire Oligui Nguema", "Teodoro Obiang Nguema Mbasogo",
                            "Teodoro Nguema Obiang Mangue")
BORIC, MURMU, VAN_KLAVEREN, JAISHANKAR = ("Gabriel Boric", "Droupadi Murmu", "Alberto van Klaveren",
                                          "Subrahmanyam Jaishankar")
SHAIBANI, SAFADI, ABU_QASRA, KHATTAB = "Asaad al-Shaibani", "Ayman Safadi", "Murhaf Abu Qasra", "Anas Khattab"
ABDULLAH, SHARAA, FAISAL = "Abdullah II", "Ahmed al-Sharaa", "Faisal bin Farhan"

# groups
EC, UK, ID, TL, NZ, AES = ("European Commission", "United Kingdom", "Indonesia", "Timor-Leste", "New Zealand",
                           "Alliance of Sahel States")
NO, RU, EU, IS, FO = "Norway", "Russia", "European Union", "Iceland", "Faroe Islands"
MA, MR, GA, GQ = "Morocco", "Mauritania", "Gabon", "Equatorial Guinea"


def ev(key, kind, status, date, location, participants, groups, evidence, date_end=None):
    e = {"key": key, "kind": kind, "status": status, "date": date}
    if date_end:
        e["date_end"] = date_end
    e.update({"location": location, "participants": participants, "groups": groups,
              "evidence": evidence})
    return e


M, C, OCC, PLN = "meeting", "call", "occurred", "planned"

# shared keys (same real-world event in several articles)
K_MEXICO = "2025-09-18-mexico-city-carney-sheinbaum"
K_KANANASKIS = "2025-06-17-kananaskis-carney-sheinbaum"
K_TAIPEI = "2026-03-10-taipei-lai-pena"
K_TAIPEI_FM = "2026-03-10-taipei-lin-ramirez-lezcano"
K_LUSAKA = "2025-11-20-lusaka-hichilema-li"
K_KAPIRI = "2025-11-21-kapiri-mposhi-hichilema-li-nchemba"
K_FOCAC = "2024-09-04-beijing-hassan-hichilema-xi"

ARTICLES = [
    # Monday wire. "on Thursday" future; "on Friday" past; "last month" -> 2025-08; "in June" -> 2025-06.
    ("000_ca_mx_carney_mexico_preview_wire", "2025-09-15", False, [
        ev(K_MEXICO, M, PLN, "2025-09-18", "Mexico City", [CARNEY, SHEINBAUM], [],
           "Mark Carney will hold talks with Mexican President Claudia Sheinbaum at the National Palace"),
        ev(K_KANANASKIS, M, OCC, "2025-06", "Kananaskis", [CARNEY, SHEINBAUM], [],
           "The two leaders first met in person on the sidelines of the G7 summit"),
        ev("2025-09-12-carney-sheinbaum-call", C, OCC, "2025-09-12", None, [SHEINBAUM, CARNEY], [],
           "she and Carney had spoken by telephone on Friday to settle the agenda"),
        ev("2025-08-mexico-city-anand-de-la-fuente-ebrard-leblanc", M, OCC, "2025-08", "Mexico City",
           [ANAND, LEBLANC, DE_LA_FUENTE, EBRARD], [],
           "when they travelled to Mexico City and met Foreign Secretary Juan Ramon de la Fuente"),
    ], ["'told her morning news conference on Monday' (press)",
        "'a senior Canadian official told reporters on a background briefing call' (briefing, not a call between parties)",
        "'address a forum of Canadian and Mexican chief executives' (speech; companies)",
        "'no meeting with U.S. officials was planned during the trip' (negation)",
        "'Anand will also make this week's trip' (not stated as present at the talks: not a participant in 000; she is in 001)",
        "'Canada's cabinet met in Ottawa on Monday' (internal)",
        "'could be possible if the U.S. side shows its hand first' (hypothetical)",
        "'invited Carney to return for a full state visit, but no date has been set' (not fixed)",
        "'no plans to travel to Ottawa this year' (negation)",
        "'Carney will fly to Mexico City on Wednesday evening' (travel)",
        "'would more than meet expectations' (idiom)",
        "Related coverage: Sheinbaum meets Rubio, Carney and Trump meet at White House (furniture)"]),

    # Manifest null: "Posted: Sep 18, 2025 7:52 PM EDT". "on Thursday" = publication day, occurred.
    ("001_mx_ca_national_palace_broadcaster", "2025-09-18", True, [
        ev(K_MEXICO, M, OCC, "2025-09-18", "Mexico City", [CARNEY, SHEINBAUM, ANAND], [],
           "after more than two hours of talks at the National Palace in Mexico City"),
        ev("2025-09-18-mexico-city-ebrard-leblanc", M, OCC, "2025-09-18", "Mexico City", [LEBLANC, EBRARD], [],
           "Dominic LeBlanc had a working breakfast with Mexico's economy secretary, Marcelo Ebrad"),
        ev(K_KANANASKIS, M, OCC, "2025-06-17", "Kananaskis", [CARNEY, SHEINBAUM], [],
           "The leaders first sat down together at the G7 summit in Kananaskis on June 17"),
        ev("2025-11-ottawa-anand-de-la-fuente", M, PLN, "2025-11", "Ottawa", [ANAND, DE_LA_FUENTE], [],
           "agreed to hold the next round of their strategic dialogue in Ottawa in November"),
    ], ["photo caption 'is welcomed by ... at the National Palace' (same event as the talks)",
        "'at a joint news conference in the palace courtyard' (press)",
        "'agreed to set up a \"hotline\" for trade irritants' (a channel, not a call)",
        "'a meeting Sheinbaum later described as \"short but useful\"' (same Kananaskis event)",
        "'according to a joint statement' (statement)",
        "'dined with a group of Mexican business leaders at the Canadian ambassador's residence' (companies)",
        "'landed on Wednesday evening', 'returns to Ottawa on Friday' (travel)",
        "Conservative critic 'said in a statement'; Bloc Quebecois 'called for talks with Quebec's aluminum producers' (statement; called for)",
        "'no such meeting was on her agenda' (negation: Sheinbaum-Trump)",
        "'The U.S. embassy in Mexico City declined to comment'",
        "Related Stories: Sheinbaum and Trump speak by phone (furniture)"]),

    ("002_gi_gibraltar_deal_brussels_regional", "2025-06-12", False, [
        ev("2025-06-11-brussels-albares-lammy-picardo-sefcovic", M, OCC, "2025-06-11", "Brussels",
           [SEFCOVIC, ALBARES, LAMMY, PICARDO], [],
           "The deal was struck at a meeting in Brussels between European Trade Commissioner Maroš Šefčovič"),
        ev("2025-06-09-lammy-picardo-call", C, OCC, "2025-06-09", None, [PICARDO, LAMMY], [],
           "He had discussed the final position with Mr Lammy by telephone on Monday night"),
        ev("2024-05-16-brussels-albares-cameron-picardo-sefcovic", M, OCC, "2024-05", "Brussels",
           [CAMERON, SEFCOVIC, ALBARES, PICARDO], [],
           "when David Cameron, then foreign secretary, sat down with Šefčovič, Albares and Picardo"),
        ev("2025-06-brussels-european-commission-united-kingdom", M, PLN, "2025-06", "Brussels", [], [EC, UK],
           "Negotiators from the Commission and the UK will meet in Brussels next week"),
    ], ["'reached a political agreement ... on Wednesday' (same event as the Brussels meeting)",
        "'The talks at the Berlaymont lasted a little over three hours' (same event)",
        "photo caption 'after Wednesday's meeting in Brussels' (same event)",
        "'the text \"meets every one of our red lines\"' (idiom)",
        "'the two agreed to travel to Brussels together' (travel)",
        "'That round ended without agreement', talks 'frozen by the UK general election' (same 2024 event / no meeting)",
        "'approved by the European Parliament and by Parliament at Westminster' (votes, future, no date)",
        "PP 'demanded a debate in the Cortes', Vox 'called for talks' (called for)",
        "'Albares denied that Spain had held secret contacts with London' (denied)",
        "'The Chief Minister will brief Parliament on Friday' (internal)",
        "Azopardi 'had not been invited to any briefing' (negation, domestic)",
        "MOST READ: 'Lincoln Red Imps meet Vikingur' (sport), 'Albares meets Picardo at La Linea border', 'Minister meets MoD' (furniture)"]),

    ("003_is_eu_von_der_leyen_reykjavik_broadcaster", "2025-07-18", False, [
        ev("2025-07-17-reykjavik-frostadottir-von-der-leyen", M, OCC, "2025-07-17", "Reykjavik", [VDL, FROSTADOTTIR], [],
           "Ursula von der Leyen and Prime Minister Kristrún Frostadóttir held talks in Reykjavík on Thursday"),
        ev("2025-06-brussels-gunnarsdottir-kadis", M, OCC, "2025-06", "Brussels", [GUNNARSDOTTIR, KADIS], [],
           "Þorgerður Katrín Gunnarsdóttir met Fisheries Commissioner Costas Kadis in Brussels last month"),
        ev("2025-07-21-oslo-frostadottir-store", M, PLN, "2025-07-21", "Oslo", [FROSTADOTTIR, STORE], [],
           "Frostadóttir travels to Oslo on Monday for talks with Norwegian Prime Minister Jonas Gahr Støre"),
        ev("2025-07-15-frederiksen-frostadottir-call", C, OCC, "2025-07-15", None, [FROSTADOTTIR, FREDERIKSEN], [],
           "She also held a video call with Danish Prime Minister Mette Frederiksen on Tuesday"),
    ], ["'The two met at the Government Offices on Laekjargata' (same event)",
        "referendum 'by 2027' on resuming accession talks (vote, no meeting)",
        "'previous accession talks ran from 2010 to 2013', 'no negotiating session has been held since' (period; negation)",
        "'toured the Hellisheidi geothermal plant', 'visited the NATO facilities at the air base' (visits, no stated encounter)",
        "'The two leaders spoke to reporters at Harpa' (press)",
        "Hafsteinsdottir 'was not invited to meet von der Leyen' (negation)",
        "'The Althingi voted in June on a motion' (vote)",
        "'would only happen \"if the nation says yes\"' (hypothetical)",
        "MOST READ: 'Iceland meet Norway in Thun' (sport), 'Von der Leyen and Frederiksen meet in Copenhagen' (furniture)"]),

    # Friday page, JAKARTA dateline: Merdeka Palace and the Pancasila Building -> Jakarta.
    ("004_tl_id_xanana_jakarta_national", "2025-05-23", False, [
        ev("2025-05-21-jakarta-gusmao-prabowo", M, OCC, "2025-05-21", "Jakarta", [XANANA, PRABOWO], [],
           "Prime Minister Xanana Gusmão was received by President Prabowo Subianto at Merdeka Palace on Wednesday"),
        ev("2025-05-20-jakarta-freitas-sugiono", M, OCC, "2025-05-20", "Jakarta", [FREITAS, SUGIONO], [],
           "Bendito dos Santos Freitas and his Indonesian counterpart Sugiono held talks at the Pancasila Building"),
        ev("2025-05-12-kupang-indonesia-timor-leste", M, OCC, "2025-05-12", "Kupang", [], [ID, TL],
           "who met in Kupang, East Nusa Tenggara, from 12 to 14 May", date_end="2025-05-14"),
        ev("2025-08-dili-prabowo-ramos-horta", M, PLN, "2025-08", "Dili", [PRABOWO, RAMOS_HORTA], [],
           "in August, when he will be received by President José Ramos-Horta"),
    ], ["'Prabowo told Xanana that Indonesia \"will stand behind\"' (same event)",
        "ASEAN decision 'expected at the regional summit in Kuala Lumpur in October' (backdrop, no encounter stated)",
        "'laid a wreath at the Kalibata Heroes Cemetery' (ceremony)",
        "'met members of the Timorese community living in Jakarta' (own nationals, not a diplomatic encounter)",
        "'He did not meet former president Joko Widodo' (negation)",
        "'the Council of Ministers met on Thursday' (internal)",
        "Fretilin 'called for talks with the government' (called for, domestic)",
        "'has travelled to Jakarta many times since independence' (counted)",
        "'\"It meets the needs of families\"', 'Sugiono told reporters' (idiom; press)",
        "'returns to Dili on Saturday' (travel)",
        "Related: 'Ramos-Horta meets Anwar in Kuala Lumpur', 'Timor-Leste meet Indonesia in AFF Cup qualifier' (furniture; sport)"]),

    # Saturday wire: "next Tuesday" = 10 March.
    ("005_py_tw_pena_taipei_preview_wire", "2026-03-07", False, [
        ev(K_TAIPEI, M, PLN, "2026-03-10", "Taipei", [PENA, LAI], [],
           "Santiago Peña will be received by President Lai Ching-te at the Presidential Office in Taipei"),
        ev(K_TAIPEI_FM, M, PLN, "2026-03-10", "Taipei", [RAMIREZ, LIN], [],
           "is due to hold talks in Taipei with his Taiwanese counterpart Lin Chia-lung"),
        ev("2026-01-asuncion-lin-pena", M, OCC, "2026-01", "Asuncion", [LIN, PENA], [],
           "Lin was received by Peña at Mburuvicha Róga, the presidential residence in Asunción, in January"),
    ], ["'scheduled to address Taiwan's legislature' (speech)",
        "'visit a semiconductor plant in Hsinchu' (companies)",
        "'a meeting with Japanese officials could be arranged if schedules allow' (hypothetical)",
        "'There will be no stop in the United States' (negation)",
        "'Peña's third visit to Taiwan since he took office' (counted)",
        "'has repeatedly rejected calls from ... exporters' (no meeting)",
        "China's foreign ministry 'said on Friday' (statement)",
        "'Peña met his cabinet on Friday at the Palacio de los López' (internal)",
        "'\"meets no urgent national need\"' (idiom)",
        "Related: 'Lai meets Guatemala's Arevalo in Taipei' (furniture)"]),

    # Manifest null: "2026/03/11 18:20". "yesterday" = 10 March; "this morning" on an 18:20 page is occurred.
    ("006_tw_py_lai_pena_presidential_office", "2026-03-11", True, [
        ev(K_TAIPEI, M, OCC, "2026-03-10", "Taipei", [LAI, PENA], [],
           "President Lai Ching-te received Paraguayan President Santiago Peña at the Presidential Office yesterday"),
        ev(K_TAIPEI_FM, M, OCC, "2026-03-10", "Taipei", [LIN, RAMIREZ], [],
           "Foreign Minister Lin Chia-lung held talks with his Paraguayan counterpart Rubén Ramírez Lescano"),
        ev("2026-03-11-taipei-han-pena", M, OCC, "2026-03-11", "Taipei", [PENA, HAN], [],
           "Peña called on Legislative Speaker Han Kuo-yu this morning before addressing lawmakers"),
        ev("2026-03-12-taipei-hsiao-pena", M, PLN, "2026-03-12", "Taipei", [HSIAO, PENA], [],
           "Hsiao Bi-khim will host Peña for lunch at the Taipei Guest House on Thursday"),
        ev("2025-12-lai-pena-call", C, OCC, "2025-12", None, [LAI, PENA], [],
           "Lai and Peña last spoke in a video call in December"),
    ], ["'with full military honours on Ketagalan Boulevard' (same event)",
        "'The two presidents witnessed the signing of six agreements' (same event)",
        "'agreed to set up a joint committee on trade' (no date)",
        "'before addressing lawmakers in the chamber' (speech)",
        "Cheng Li-wun 'did not meet the Paraguayan leader' (negation)",
        "'before he travels to Kaohsiung to visit the port and a meat-processing plant' (travel; companies)",
        "Taiwan Affairs Office 'said yesterday' (statement)",
        "'business leaders, who met Taiwanese companies at a trade fair' (companies)",
        "Related News: own preview headline, 'Lai meets Palau's Whipps', 'Lin Chia-lung meets Guatemalan foreign minister' (furniture)"]),

    # Monday page. Avarua officials' visit "earlier this month" -> 2025-02.
    ("007_ck_nz_brown_beijing_pacific_radio", "2025-02-17", False, [
        ev("2025-02-14-beijing-brown-li", M, OCC, "2025-02-14", "Beijing", [BROWN, LI], [],
           "Mark Brown held talks with Chinese Premier Li Qiang in Beijing on Friday"),
        ev("2025-02-avarua-brown", M, OCC, "2025-02", "Avarua", [BROWN], [NZ],
           "senior New Zealand foreign ministry officials met Brown in Avarua earlier this month"),
        ev("2025-02-16-brown-peters-call", C, OCC, "2025-02-16", None, [PETERS, BROWN], [],
           "he had spoken to Brown by phone on Sunday"),
        ev("2025-02-20-auckland-brown-peters", M, PLN, "2025-02-20", "Auckland", [PETERS, BROWN], [],
           "The two are expected to meet in Auckland on Thursday"),
    ], ["'the two governments signed a \"comprehensive strategic partnership\"' (same event as the Li talks)",
        "'says it was not shown the text before it was signed' (no meeting)",
        "'on his way to a Pacific Islands meeting' (backdrop, no encounter stated)",
        "'Peters told reporters at Parliament' (press)",
        "Luxon: 'doesn't meet the standard we expect' (idiom; statement)",
        "'Brown did not meet President Xi Jinping' (negation)",
        "'In a Facebook post on Sunday' (post)",
        "'marched to Parliament on Tuesday last week' (protest)",
        "Tina Browne 'called for talks between the two governments' (called for)",
        "'A no-confidence motion ... due to be debated' (vote, internal)",
        "'could review its development funding ... if' (hypothetical)",
        "Related Stories: 'Peters meets Samoa's foreign minister', 'Luxon and Albanese discuss Pacific at Queenstown meeting' (furniture)"]),

    # Tuesday page. Saturday/Sunday/Monday = 8/9/10 March. "Tchiani" is a variant of the canonical Tiani.
    ("008_gh_sahel_mahama_tour_regional", "2025-03-11", False, [
        ev("2025-03-08-bamako-goita-mahama", M, OCC, "2025-03-08", "Bamako", [MAHAMA, GOITA], [],
           "Mahama was received by General Assimi Goïta at Koulouba Palace in Bamako on Saturday"),
        ev("2025-03-09-niamey-mahama-tiani", M, OCC, "2025-03-09", "Niamey", [MAHAMA, TIANI], [],
           "On Sunday he held talks in Niamey with General Abdourahamane Tchiani"),
        ev("2025-03-10-ouagadougou-mahama-traore", M, OCC, "2025-03-10", "Ouagadougou", [MAHAMA, TRAORE], [],
           "Captain Ibrahim Traoré hosted him for talks at the Kosyam presidential palace"),
        ev("2025-03-bamako-gbevlo-lartey", M, PLN, "2025-03", "Bamako", [GBEVLO], [AES],
           "Gbevlo-Lartey will return to Bamako next week to meet AES foreign ministers"),
    ], ["'returned to Accra on Monday night after a three-day tour' (travel)",
        "'left ECOWAS in January to form the Alliance' (no meeting)",
        "'In each capital, Mahama pressed the case' (same three events)",
        "'He also used the trip to name Larry Gbevlo-Lartey' (appointment)",
        "'Omar Touray has not met any of the three military leaders' (negation)",
        "'a summit ... \"could be considered if the technical talks go well\"' (hypothetical)",
        "'Mahama also met Ghanaian traders' (own nationals, not diplomatic)",
        "'Traoré later addressed supporters on national television'; '\"meets the wish of our peoples\"' (speech; idiom)",
        "'visited the Sahel several times as vice-president' (counted)",
        "MOST READ: 'Black Stars meet Chad' (sport), 'Tinubu receives AES envoys', 'Goita meets Russian deputy defence minister' (furniture)"]),

    # Thursday wire: "on Thursday" = publication day, occurred; "On Friday ... will meet" planned.
    ("009_zm_cn_li_qiang_lusaka_wire", "2025-11-20", False, [
        ev(K_LUSAKA, M, OCC, "2025-11-20", "Lusaka", [LI, HICHILEMA], [],
           "Li Qiang held talks with President Hakainde Hichilema at State House in Lusaka on Thursday"),
        ev(K_KAPIRI, M, PLN, "2025-11-21", "Kapiri Mposhi", [LI, HICHILEMA, NCHEMBA], [],
           "Li, Hichilema and Tanzanian Prime Minister Mwigulu Nchemba will meet at New Kapiri Mposhi station"),
        ev("2025-11-18-hassan-hichilema-call", C, OCC, "2025-11-18", None, [HICHILEMA, SAMIA], [],
           "Hichelema spoke by telephone on Tuesday with Tanzanian President Samia Suluhu Hassan"),
        ev(K_FOCAC, M, OCC, "2024-09", "Beijing", [XI, HICHILEMA, SAMIA], [],
           "The three-way concession agreement was signed in Beijing in September last year"),
    ], ["'arrived at Kenneth Kaunda International Airport ... welcomed by Vice-President Mutale Nalumango' (arrival ceremony)",
        "'Thursday's talks covered debt' (same event)",
        "'Tanzania's president is not expected to attend' (negation)",
        "'his spokesperson said' (statement)",
        "Forum on China-Africa Cooperation summit (backdrop of the 2024 signing)",
        "'Li also addressed a Zambia-China business forum' (speech)",
        "'He will travel on to Johannesburg after the launch for the G20 summit' (travel; backdrop)",
        "'TAZARA's board of directors met on Wednesday' (internal)",
        "'has not sent any official to Zambia for the launch' (negation)",
        "'Washington could still offer to co-finance the line if' (hypothetical)",
        "Related coverage: 'Hichilema meets U.S. envoy', 'Samia hosts Chinese foreign minister' (furniture)"]),

    ("010_tazara_analysis_think_tank", "2025-12-08", False, [
        ev(K_KAPIRI, M, OCC, "2025-11-21", "Kapiri Mposhi", [LI, HICHILEMA, NCHEMBA], [],
           "Mwigulu Nchemba, met at New Kapiri Mposhi on 21 November to launch the works"),
        ev(K_LUSAKA, M, OCC, "2025-11-20", "Lusaka", [LI, HICHILEMA], [],
           "The launch came a day after Li held talks with Hichilema at State House"),
        ev(K_FOCAC, M, OCC, "2024-09-04", "Beijing", [XI, HICHILEMA, SAMIA], [],
           "when Xi Jinping hosted Hichilema and Samia Suluhu Hassan during the China-Africa summit"),
        ev("2026-01-dar-es-salaam-mbarawa-tayali", M, PLN, "2026-01", "Dar es Salaam", [TAYALI, MBARAWA], [],
           "Frank Tayali and Makame Mbarawa are due to meet in Dar es Salaam in January"),
    ], ["'a Chinese leader stood on the platform' (same Kapiri Mposhi event)",
        "'agreed to restructure part of Zambia's debt' (same Lusaka event)",
        "'Officials of the two countries have met dozens of times over the decades' (counted)",
        "'Joe Biden travelled to Angola in December 2024' (visit, no stated encounter)",
        "'could be built if both sides agreed', 'no talks on that have been held' (hypothetical; negation)",
        "'The unions have called for talks with the concessionaire' (called for; company)",
        "China-Africa summit (backdrop of the 2024 signing)",
        "Related analysis headlines (furniture)"]),

    # Saturday page stamped 08:15. "today" (Modi-Milei) is planned; Thursday/Friday past.
    ("011_tt_in_modi_port_of_spain_national", "2025-07-05", False, [
        ev("2025-07-04-port-of-spain-modi-persad-bissessar", M, OCC, "2025-07-04", "Port of Spain", [KAMLA, MODI], [],
           "Kamla Persad-Bissessar and Modi held bilateral talks at the Red House on Friday morning"),
        ev("2025-07-03-port-of-spain-kangaloo-modi", M, OCC, "2025-07-03", "Port of Spain", [MODI, KANGALOO], [],
           "Modi had called on President Christine Kangaloo at President's House on Thursday evening"),
        ev("2026-01-new-delhi-modi-persad-bissessar", M, PLN, "2026-01", "New Delhi", [KAMLA, MODI], [],
           "will travel to New Delhi in January for a return round of talks with Modi"),
        ev("2025-07-05-buenos-aires-milei-modi", M, PLN, "2025-07-05", "Buenos Aires", [MODI, MILEI], [],
           "due to hold talks with President Javier Milei at the Casa Rosada in Buenos Aires"),
    ], ["'left Port of Spain last night after a two-day visit' (travel)",
        "'followed by a working lunch with ministers of both governments' (same event as the Red House talks)",
        "'landed at Piarco International Airport, where he was welcomed by Persad-Bissessar and 38 members of her Cabinet' (airport welcome)",
        "'addressed a joint sitting of the Parliament', 'spoke to a crowd ... in Couva' (speeches)",
        "'\"The visit more than met our expectations\"' (idiom)",
        "'five-nation tour that began in Ghana and ends in Namibia', 'before flying to Brazil for the BRICS summit' (travel; backdrop)",
        "Beckles 'had not been invited to any of the meetings'; 'PNM MPs did not attend' (negation)",
        "Related: 'PHOTOS: Modi's arrival at Piarco', 'Kamla meets Guyana's Ali in Georgetown' (furniture)"]),

    # Tuesday page. Video conference over five days = one multi-day call; "next week" -> 2025-12.
    ("012_no_ru_fisheries_commission_arctic", "2025-12-09", False, [
        ev("2025-12-01-bakke-jensen-shestakov-call", C, OCC, "2025-12-01", None, [BAKKE_JENSEN, SHESTAKOV], [NO, RU],
           "The talks were held by video conference from 1 to 5 December", date_end="2025-12-05"),
        ev("2025-11-torshavn-holm-sivertsen-naess", M, OCC, "2025-11", "Torshavn", [NAESS, HOLM], [],
           "Sivertsen Næss held talks with Faroese fisheries minister Dennis Holm in Tórshavn last month"),
        ev("2025-12-london-european-union-faroe-islands-iceland-norway-united-kingdom", M, PLN, "2025-12", "London",
           [], [NO, EU, UK, IS, FO],
           "the UK, Iceland and the Faroe Islands will meet in London next week"),
    ], ["'a session ... that ended on Friday' (same event as the video talks)",
        "'the delegations did not meet in person' (negation: the session is a call, not a meeting)",
        "'The commission has met every year since 1976' (counted)",
        "'has held no ministerial meetings with Russia since then' (negation)",
        "'the quota \"meets the scientific advice\"' (idiom)",
        "'Shestakov said in a statement' (statement)",
        "'The Storting's business committee will debate the cod quota on Thursday' (internal)",
        "'the coast guard inspected two Russian trawlers off Svalbard' (no meeting)",
        "'Moscow has threatened to restrict Norwegian vessels' (statement)",
        "Most read: 'Boe brothers meet again in Hochfilzen' (sport), trawler headlines (furniture)"]),

    # Manifest null and NO date anywhere on the page (true date 2024-12-21, a Saturday): every
    # weekday/relative date is null. Only "in March 2024" can be resolved.
    ("013_ma_mr_ghazouani_casablanca_repost", "2024-12-21", True, [
        ev("2024-12-20-casablanca-ghazouani-mohammed-vi", M, OCC, None, "Casablanca",
           [M6, GHAZOUANI, HASSAN_CP, RACHID], [],
           "His Majesty King Mohammed VI received on Friday, at his residence in Casablanca"),
        ev("2024-12-17-ghazouani-mohammed-vi-call", C, OCC, None, None, [M6, GHAZOUANI], [],
           "The two heads of state had spoken by telephone on Tuesday"),
        ev("2024-03-rabat-bourita-merzoug", M, OCC, "2024-03", "Rabat", [BOURITA, MERZOUG], [],
           "Mohamed Salem Ould Merzoug, met in Rabat in March 2024"),
        ev("2025-01-nouakchott-mauritania-morocco", M, PLN, None, "Nouakchott", [], [MA, MR],
           "The commission is to meet in Nouakchott next month at the level of experts"),
    ], ["'who is on a private visit to the Kingdom' (same event)",
        "'according to a statement from the Royal Office' (statement)",
        "'The audience was followed by a lunch offered by the Sovereign' (same event)",
        "'agreed to revive the joint commission' (same 2024 event)",
        "'The Mauritanian president left Casablanca on Saturday' (travel)",
        "Algerian press agency 'criticised the visit in a commentary' (statement)",
        "Polisario 'was not consulted', 'called for talks under the auspices of the United Nations' (negation; called for)",
        "'the Casablanca meeting \"meets Mauritania's interest\"' (same event; idiom)",
        "'signed dozens of agreements since 1986' (counted)",
        "repost boilerplate 'This article was prepared on the basis of materials'",
        "Read also: 'Bourita receives his Mauritanian counterpart Merzoug in Rabat', 'Raja meet Wydad' (furniture; sport)",
        "reader comments"]),

    ("014_hn_cn_castro_beijing_2023", "2023-06-13", False, [
        ev("2023-06-12-beijing-castro-xi", M, OCC, "2023-06-12", "Beijing", [XI, CASTRO], [],
           "received Honduran President Xiomara Castro at the Great Hall of the People on Monday"),
        ev("2023-06-10-shanghai-castro-rousseff", M, OCC, "2023-06-10", "Shanghai", [CASTRO, ROUSSEFF], [],
           "In Shanghai on Saturday, Castro met Dilma Rousseff, the former Brazilian president"),
        ev("2023-06-14-beijing-castro-li", M, PLN, "2023-06-14", "Beijing", [CASTRO, LI], [],
           "Castro is scheduled to hold talks with Premier Li Qiang in Beijing on Wednesday"),
        ev("2023-03-26-beijing-qin-reina", M, OCC, "2023-03-26", "Beijing", [REINA, QIN], [],
           "Eduardo Enrique Reina and Chinese Foreign Minister Qin Gang signed the joint communique in Beijing"),
    ], ["'arrived in China on Friday for a six-day state visit' (travel)",
        "'The two presidents oversaw the signing of 17 agreements' (same event as the Xi talks)",
        "'agreed to start talks on a free-trade agreement' (no date)",
        "'toured the headquarters of electric-vehicle maker BYD' (company)",
        "'A meeting with Vice-President Han Zheng ... has not been confirmed' (unconfirmed)",
        "Joseph Wu 'told a news conference' (press)",
        "'Castro had never met Xi before this week' (negation)",
        "'Juan Orlando Hernandez, visited Taiwan several times' (counted)",
        "National Party 'said in Congress on Tuesday' (statement, internal)",
        "'could be signed by the end of the year if', 'Reina told reporters' (hypothetical; press)",
        "MOST READ: 'Tsai meets Guatemala's Giammattei', 'Honduras meet Mexico in Gold Cup opener' (furniture; sport)"]),

    ("015_ga_gq_oligui_malabo_regional", "2025-06-05", False, [
        ev("2025-06-03-malabo-obiang-oligui-nguema", M, OCC, "2025-06-03", "Malabo", [OLIGUI, OBIANG, TEODORIN], [],
           "Brice Clotaire Oligui Nguema was received on Tuesday by President Teodoro Obiang Nguema Mbasogo"),
        ev("2025-05-20-obiang-oligui-nguema-call", C, OCC, "2025-05-20", None, [OBIANG, OLIGUI], [],
           "Obiang had telephoned Oligui Nguema on 20 May, the day after the ruling"),
        ev("2025-06-23-libreville-equatorial-guinea-gabon", M, PLN, "2025-06-23", "Libreville", [], [GA, GQ],
           "experts from both countries will meet in Libreville from 23 to 25 June", date_end="2025-06-25"),
    ], ["'The talks took place in the presence of ... Teodoro Nguema Obiang Mangue' (same event; he is a participant)",
        "'sworn in as elected president on 3 May' (ceremony)",
        "'On 19 May the court found' (court ruling, no meeting)",
        "Rossatanga-Rignault 'told reporters'; '\"does not meet all of Gabon's expectations\"' (press; idiom)",
        "'Until Tuesday, the two heads of state had not met in person since the ruling' (negation)",
        "opposition 'had called for talks' (called for)",
        "'the Council of Ministers met on Monday' (internal)",
        "'flew back to Libreville on Tuesday evening' (travel)",
        "'could be discussed if both governments asked for it' (hypothetical)",
        "MOST READ: 'Panthers meet Gambia' (sport), 'Oligui Nguema receives Cameroonian envoy' (furniture)"]),

    # Live blog dated "Tuesday, 1 April 2025". "this evening" in the 19:05 entry is planned.
    ("016_cl_in_boric_new_delhi_liveblog", "2025-04-01", False, [
        ev("2025-04-01-new-delhi-boric-modi", M, OCC, "2025-04-01", "New Delhi", [BORIC, MODI], [],
           "Boric and Modi have wrapped up their talks at Hyderabad House"),
        ev("2025-04-01-new-delhi-boric-murmu", M, PLN, "2025-04-01", "New Delhi", [MURMU, BORIC], [],
           "President Droupadi Murmu will receive Boric at Rashtrapati Bhavan this evening"),
        ev("2025-03-31-new-delhi-jaishankar-van-klaveren", M, OCC, "2025-03-31", "New Delhi",
           [VAN_KLAVEREN, JAISHANKAR], [],
           "Alberto van Klaveren met External Affairs Minister S. Jaishankar on Monday afternoon"),
    ], ["11:15 entry 'The talks ... are under way at Hyderabad House' (same event as the 13:10 entry)",
        "'In a joint press statement' (statement)",
        "'followed by a state banquet in his honour' (same event as the Murmu reception)",
        "'Boric addressed the India-Chile Business Forum' (speech; companies)",
        "'first round of negotiations ... \"in the coming months.\" No date has been announced' (not fixed)",
        "'Boric laid a wreath at Raj Ghat' (ceremony)",
        "'the president heads to Agra', 'travels to Mumbai and then ends the visit in Bengaluru' (travel)",
        "'landed in New Delhi on Monday morning' (arrival)",
        "'Boric met Chilean students living in India' (own nationals)",
        "'He may also meet ... Devendra Fadnavis in Mumbai, but the meeting has not been confirmed' (unconfirmed)",
        "'will not meet opposition leader Rahul Gandhi' (negation)",
        "Related coverage: 'Van Klaveren meets Jaishankar at UN General Assembly' (furniture)"]),

    # Thursday wire. Abu Qasra and Khattab 'accompanied' al-Shaibani: participants, not key names.
    ("017_jo_sy_shaibani_amman_wire", "2025-01-09", False, [
        ev("2025-01-07-amman-al-shaibani-safadi", M, OCC, "2025-01-07", "Amman", [SHAIBANI, SAFADI, ABU_QASRA, KHATTAB], [],
           "Asaad al-Shaibani, held talks with his Jordanian counterpart Ayman Safadi in Amman on Tuesday"),
        ev("2025-01-07-amman-abdullah-ii-al-shaibani", M, OCC, "2025-01-07", "Amman", [ABDULLAH, SHAIBANI], [],
           "Later on Tuesday, al-Shaibani was received by King Abdullah II at Al Husseiniya Palace"),
        ev("2024-12-23-damascus-al-sharaa-safadi", M, OCC, "2024-12", "Damascus", [SAFADI, SHARAA], [],
           "first Arab foreign minister to meet Syria's de facto leader Ahmed al-Sharaa in Damascus"),
        ev("2025-01-12-riyadh-al-shaibani-bin-farhan-safadi", M, PLN, "2025-01-12", "Riyadh", [FAISAL, SAFADI, SHAIBANI], [],
           "hosted by Saudi Foreign Minister Prince Faisal bin Farhan in Riyadh on Sunday"),
    ], ["'the fall of Bashar al-Assad last month' (no meeting)",
        "'agreed to form a joint security committee' (no date)",
        "'the Royal Hashemite Court said' (statement)",
        "'Jordan's embassy in Damascus ... will be given more staff' (no meeting)",
        "'At a joint news conference' (press)",
        "'had met officials of the Assad government several times over the past two years' (counted)",
        "'Al-Sharaa has not yet visited Jordan' (negation)",
        "'Al-Shaibani wrote on X' (post)",
        "'A direct flight ... could resume next month if the airport is ready' (hypothetical)",
        "Related: 'Al-Sharaa receives Qatari foreign minister', 'Saudi Arabia to host Syria meeting on Sunday' (furniture)"]),
]


def main():
    with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as g, \
         open(os.path.join(HERE, "manifest.jsonl"), "w", encoding="utf-8") as m:
        for aid, pub, hide, events, _traps in ARTICLES:
            g.write(json.dumps({"id": aid, "published": pub, "events": events}, ensure_ascii=False) + "\n")
            m.write(json.dumps({"id": aid, "published": None if hide else pub}) + "\n")
    print(f"traps (documented, not in gold): {sum(len(a[4]) for a in ARTICLES)}")


if __name__ == "__main__":
    main()
