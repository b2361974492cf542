#!/usr/bin/env python3
"""Generate gold.jsonl and manifest.jsonl for the dev12 development corpus.

Run:  python3 data/dev12/build_gold.py   then   python3 data/eval/validate.py data/dev12
Each article lists its true publication date, whether the manifest hides it, its gold
events, and (for documentation only) the traps it contains that must NOT be extracted.
dev12 is a readable development set: unlike the holdout sets, it may be read while developing.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

# canonical names
JAPAROV, RAHMON, MIRZIYOYEV = "Sadyr Japarov", "Emomali Rahmon", "Shavkat Mirziyoyev"
TURGUNBEK, KASYMALIEV, TASHIEV, YATIMOV = ("Nurlanbek Turgunbek uulu", "Adylbek Kasymaliev",
                                           "Kamchybek Tashiev", "Saimumin Yatimov")
MUHRIDDIN, SAIDOV = "Sirojiddin Muhriddin", "Bakhtiyor Saidov"
FREDERIKSEN, NIELSEN, EGEDE, MACRON = "Mette Frederiksen", "Jens-Frederik Nielsen", "Mute Egede", "Emmanuel Macron"
YUNUS, MODI, OLI, PAETONGTARN = "Muhammad Yunus", "Narendra Modi", "KP Sharma Oli", "Paetongtarn Shinawatra"
XI, LI, SHARIF, HOSSAIN, JAISHANKAR, ISHIBA = ("Xi Jinping", "Li Qiang", "Shehbaz Sharif", "Touhid Hossain",
                                              "Subrahmanyam Jaishankar", "Shigeru Ishiba")
MARCOS, TEODORO, KAMIKAWA, KISHIDA, MANALO, IWAYA = ("Ferdinand Marcos Jr.", "Gilberto Teodoro", "Yoko Kamikawa",
                                                     "Fumio Kishida", "Enrique Manalo", "Takeshi Iwaya")
RUTO, LEBLANC, CONILLE, HENRY, BIDEN, BLINKEN = ("William Ruto", "Edgard Leblanc Fils", "Garry Conille",
                                                 "Ariel Henry", "Joe Biden", "Antony Blinken")
TINUBU, BARNIER, TUGGAR, BARROT, RAMAPHOSA = ("Bola Tinubu", "Michel Barnier", "Yusuf Tuggar", "Jean-Noel Barrot",
                                              "Cyril Ramaphosa")
TRUMP, TAU, GREER = "Donald Trump", "Parks Tau", "Jamieson Greer"
PETRO, MADURO, MURILLO, GIL = "Gustavo Petro", "Nicolas Maduro", "Luis Gilberto Murillo", "Yvan Gil"
SHEINBAUM, AREVALO, BRICENO, AMLO = ("Claudia Sheinbaum", "Bernardo Arevalo", "Johnny Briceno",
                                     "Andres Manuel Lopez Obrador")
DE_LA_FUENTE, MARTINEZ = "Juan Ramon de la Fuente", "Carlos Ramiro Martinez"
MELONI, RAMA, PIANTEDOSI, BALLA = "Giorgia Meloni", "Edi Rama", "Matteo Piantedosi", "Taulant Balla"
LAI, HEINE, TEO, WHIPPS, JOHNSON = "Lai Ching-te", "Hilda Heine", "Feleti Teo", "Surangel Whipps Jr.", "Mike Johnson"
ADEANG, ALBANESE, NATANO = "David Adeang", "Anthony Albanese", "Kausea Natano"
RODRIGUEZ, GONZALEZ, BLYDE, KHULAIFI = "Jorge Rodriguez", "Juan Gonzalez", "Gerardo Blyde", "Mohammed Al-Khulaifi"


def ev(key, kind, status, date, location, participants, groups, evidence, date_end=None):
    e = {"key": key, "kind": kind, "status": status, "date": date}
    if date_end:
        e["date_end"] = date_end
    e.update({"location": location, "participants": participants, "groups": groups,
              "evidence": evidence})
    return e


M, C, OCC, PLN = "meeting", "call", "occurred", "planned"

# shared keys (same real-world event in several articles)
K_KHUJAND = "2025-03-31-khujand-japarov-mirziyoyev-rahmon"
K_NUUK_APR = "2025-04-02-nuuk-frederiksen-nielsen"
K_MODI_OLI = "2025-04-04-bangkok-modi-oli"

ARTICLES = [
    # Thursday Kyrgyz wire (13.03.2025). "on Thursday" -> publication day (Yntymak Ordo -> Bishkek);
    # "On Wednesday evening ... separately" -> two events on 12 Mar; "February 21" -> 2025-02-21;
    # "scheduled to meet in Khujand on March 31" -> planned, shared with 001 (held there).
    # "Tashiyev" (evidence) and "Tashiev" are two spellings of Kamchybek Tashiev.
    ("000_kg_tj_rahmon_bishkek_border_wire", "2025-03-13", False, [
        ev("2025-03-13-bishkek-japarov-rahmon", M, OCC, "2025-03-13", "Bishkek", [JAPAROV, RAHMON], [],
           "held talks in narrow and extended formats at the Yntymak Ordo on Thursday"),
        ev("2025-03-12-bishkek-rahmon-turgunbek-uulu", M, OCC, "2025-03-12", "Bishkek", [RAHMON, TURGUNBEK], [],
           "the Tajik leader received Speaker Nurlanbek Turgunbek uulu and Cabinet Chairman Adylbek Kasymaliev separately"),
        ev("2025-03-12-bishkek-kasymaliev-rahmon", M, OCC, "2025-03-12", "Bishkek", [RAHMON, KASYMALIEV], [],
           "the Tajik leader received Speaker Nurlanbek Turgunbek uulu and Cabinet Chairman Adylbek Kasymaliev separately"),
        ev("2025-02-21-bishkek-tashiev-yatimov", M, OCC, "2025-02-21", "Bishkek", [TASHIEV, YATIMOV], [],
           "Kamchybek Tashiyev and Saimumin Yatimov, who signed the delimitation protocol in Bishkek on February 21"),
        ev(K_KHUJAND, M, PLN, "2025-03-31", "Khujand", [JAPAROV, RAHMON, MIRZIYOYEV], [],
           "are scheduled to meet in Khujand on March 31 to sign an agreement"),
    ], ["'Rahmon arrived on Wednesday ... welcomed at Manas airport by Japarov' (arrival ceremony; the talks are the event)",
        "'Tashiev told parliament last week' (statement)",
        "'Japarov said in a joint statement to the press' (press)",
        "'watched, by video link, the reopening of ... checkpoints' (ceremony, same talks)",
        "'Direct flights ... are due to resume on Friday' (not an encounter)",
        "'a return visit \"could take place later in the year\"' (hypothetical)",
        "'have met more than a dozen times since 2021' (counted)",
        "'Rahmon leaves for Dushanbe on Friday morning' (travel)",
        "RELATED / MOST READ: Japarov-Tokayev phone talks, Rahmon to meet Putin, 'Dordoi to meet Alga' (furniture, sport)"]),

    # Manifest null: dateline "Khujand, 31.03.2025 (SIA)" (Monday). Translated Tajik agency copy with
    # honorifics; "Sadyr Zhaparov" (transliteration) and "President Japarov" are the same person.
    # Rahmon-Mirziyoyev one-on-one is referred to by titles only ("the Leader of the Nation", "the
    # President of Uzbekistan"); location from the dateline. "signed by them in Dushanbe on 18 April 2023"
    # -> background meeting. "on 18 March ... in a telephone conversation" -> call.
    ("001_tj_khujand_trilateral_summit_translated", "2025-03-31", True, [
        ev(K_KHUJAND, M, OCC, "2025-03-31", "Khujand", [RAHMON, JAPAROV, MIRZIYOYEV], [],
           "the President of the Republic of Uzbekistan, Shavkat Mirziyoyev, held a trilateral summit."),
        ev("2025-03-31-khujand-mirziyoyev-rahmon", M, OCC, "2025-03-31", "Khujand", [RAHMON, MIRZIYOYEV], [],
           "held talks in a one-on-one format with the President of Uzbekistan"),
        ev("2025-03-31-khujand-muhriddin-saidov", M, OCC, "2025-03-31", "Khujand", [MUHRIDDIN, SAIDOV], [],
           "Sirojiddin Muhriddin and Bakhtiyor Saidov, exchanged the instruments of ratification of that treaty"),
        ev("2023-04-18-dushanbe-mirziyoyev-rahmon", M, OCC, "2023-04-18", "Dushanbe", [RAHMON, MIRZIYOYEV], [],
           "the Treaty on Allied Relations, signed by them in Dushanbe on 18 April 2023"),
        ev("2025-03-18-japarov-mirziyoyev-call", C, OCC, "2025-03-18", None, [MIRZIYOYEV, JAPAROV], [],
           "on 18 March the President of Uzbekistan, in a telephone conversation with President Japarov"),
    ], ["'The heads of state signed the Treaty ... and the Khujand Declaration' (same summit)",
        "'opened, by videoconference, a stele of friendship' (ceremony within the summit, not a call between parties)",
        "'attended a festive Navruz concert' (same occasion)",
        "'The parliaments ... ratified the border treaty ... last week' (no encounter)",
        "'expressed their readiness to hold such meetings on a regular basis' (vague)",
        "'a consultative meeting of the five Central Asian heads of state \"could be held\"' (hypothetical)",
        "'Speaking to journalists' (press)",
        "Read also: EU Special Representative received, telephone conversation with Kazakhstan, meeting with Kyrgyz PM (furniture)"]),

    # Thursday Greenlandic broadcaster (3 April 2025). "on Wednesday evening" -> 2 Apr (shared with 003);
    # "on March 31 and April 1" -> groups-only, date_end; "On Thursday" -> publication day (lunch);
    # "later this month" -> planned, 2025-04, Copenhagen. Diacritics: Múte, Løkke.
    ("002_gl_dk_frederiksen_nuuk_broadcaster", "2025-04-03", False, [
        ev(K_NUUK_APR, M, OCC, "2025-04-02", "Nuuk", [FREDERIKSEN, NIELSEN], [],
           "met Greenland's new premier, Jens-Frederik Nielsen, on Wednesday evening at the Self-Government's offices"),
        ev("2025-03-31-nuuk-denmark-greenland", M, OCC, "2025-03-31", "Nuuk", [], ["Denmark", "Greenland"],
           "foreign affairs department met in Nuuk on March 31 and April 1", date_end="2025-04-01"),
        ev("2025-04-03-nuuk-egede-frederiksen", M, OCC, "2025-04-03", "Nuuk", [FREDERIKSEN, EGEDE], [],
           "On Thursday, Frederiksen also had lunch with Múte Egede"),
        ev("2025-04-copenhagen-frederiksen-nielsen", M, PLN, "2025-04", "Copenhagen", [NIELSEN, FREDERIKSEN], [],
           "is expected to travel to Copenhagen later this month for talks with Frederiksen"),
    ], ["'Nielsen told reporters afterwards' (press)",
        "'Nielsen's cabinet held its first formal meeting on Monday' (domestic)",
        "'Vance, who flew to the Pituffik Space Base last Friday, did not meet any ... officials' (negation)",
        "'Trump repeated on his Truth Social platform' (post)",
        "'Speaking to this broadcaster in an interview' (interview)",
        "'would be ready to meet ... Rubio \"anywhere, any time\", but no meeting has been arranged' (hypothetical)",
        "'Frederiksen flies back to Copenhagen on Friday' (travel)",
        "Related / Most read: Vance at Pituffik, 'Nielsen and Egede meet party leaders', 'Frederiksen meets Nordic prime ministers', 'B-67 to meet NUK' (furniture, sport)"]),

    # Sunday live blog (15 June 2025, Nuuk time). 11:40 greeting and 14:05 talks are one encounter;
    # "in early April" -> 2025-04 (shared with 002); "video call with Macron on Friday" -> 13 Jun.
    # "Mette Fredriksen" is misspelt once. The G7 summit is only a destination.
    ("003_gl_fr_macron_nuuk_liveblog", "2025-06-15", False, [
        ev("2025-06-15-nuuk-frederiksen-macron-nielsen", M, OCC, "2025-06-15", "Nuuk", [MACRON, FREDERIKSEN, NIELSEN], [],
           "Macron sat down with Frederiksen and Nielsen for talks at the premier's office in Nuuk"),
        ev(K_NUUK_APR, M, OCC, "2025-04", "Nuuk", [FREDERIKSEN, NIELSEN], [],
           "Frederiksen last came to Nuuk in early April, when she met Nielsen"),
        ev("2025-06-13-frederiksen-macron-nielsen-call", C, OCC, "2025-06-13", None, [FREDERIKSEN, NIELSEN, MACRON], [],
           "she and Nielsen had held a video call with Macron on Friday"),
    ], ["'where the G7 summit opens in Kananaskis on Monday' (summit mentioned; travel)",
        "'At a joint press conference' (press)",
        "'could also visit the US base at Pituffik ... \"would be possible another time\"' (hypothetical)",
        "'greeted on the tarmac by ... Fredriksen and ... Nielsen' (same encounter as the talks)",
        "'Vance's visit to Pituffik in late March ...; he met no local officials' (negation)",
        "'The Élysée said on Friday' (statement)",
        "Read more: Trump on Greenland, 'Nielsen meets Frederiksen in Copenhagen', 'Macron to host Carney' (furniture)"]),

    # Saturday Dhaka paper (April 5, 2025). "on Friday" -> 4 Apr; "Earlier on Friday" -> Modi-Oli
    # (shared with 005, planned there); "On Thursday" -> 3 Apr ("Shinawatara" misspelt);
    # "last week" -> 2025-03; "In December" -> 2024-12; "in February" -> 2025-02;
    # "in late May" -> planned, 2025-05. The BIMSTEC summit is only a backdrop.
    ("004_bd_in_yunus_modi_bangkok_regional", "2025-04-05", False, [
        ev("2025-04-04-bangkok-modi-yunus", M, OCC, "2025-04-04", "Bangkok", [YUNUS, MODI], [],
           "Chief Adviser Muhammad Yunus met Indian Prime Minister Narendra Modi in Bangkok on Friday"),
        ev(K_MODI_OLI, M, OCC, "2025-04-04", "Bangkok", [MODI, OLI], [],
           "Earlier on Friday, Modi held separate talks with Nepal's Prime Minister KP Sharma Oli"),
        ev("2025-04-03-bangkok-shinawatra-yunus", M, OCC, "2025-04-03", "Bangkok", [YUNUS, PAETONGTARN], [],
           "Yunus held a bilateral meeting with Thai Prime Minister Paetongtarn Shinawatara at Government House"),
        ev("2025-03-28-beijing-xi-yunus", M, OCC, "2025-03", "Beijing", [YUNUS, XI], [],
           "Yunus was received by Chinese President Xi Jinping at the Great Hall of the People"),
        ev("2024-12-19-cairo-sharif-yunus", M, OCC, "2024-12", "Cairo", [YUNUS, SHARIF], [],
           "Yunus also met Pakistan's Prime Minister Shehbaz Sharif on the sidelines of the D-8 summit"),
        ev("2025-02-16-muscat-hossain-jaishankar", M, OCC, "2025-02", "Muscat", [HOSSAIN, JAISHANKAR], [],
           "Touhid Hossain and Indian External Affairs Minister S Jaishankar met in Muscat in February"),
        ev("2025-05-30-tokyo-ishiba-yunus", M, PLN, "2025-05", "Tokyo", [YUNUS, ISHIBA], [],
           "where he is expected to meet Prime Minister Shigeru Ishiba"),
    ], ["'press secretary Shafiqul Alam told reporters' (briefing)",
        "'Modi wrote on X' (post)",
        "'Yunus also raised Dhaka's request for Hasina's extradition' (same meeting)",
        "'the two countries have held no political-level talks ... since' (negation)",
        "'a visit by Yunus to New Delhi \"could be considered\"' (hypothetical)",
        "'Bangladesh took over the BIMSTEC chairmanship ... at the close of the summit' (summit backdrop, no encounter)",
        "'held foreign office consultations nine times since 2008' (counted)",
        "RELATED NEWS / MOST READ: 'Touhid to meet ... Misri', Yunus-Xi Teesta, 'BNP delegation meets US charge', 'Bangladesh to meet India in SAFF' (furniture, sport)"]),

    # Wednesday Nepali paper (April 2, 2025). "on Friday" (future) -> 4 Apr, planned (shared with 004);
    # "on Thursday afternoon" -> 3 Apr, planned ("call on" = in person); "in September" -> 2024-09;
    # "late last year" -> year only (2024) for both Beijing meetings.
    ("005_np_oli_bimstec_bangkok_preview", "2025-04-02", False, [
        ev(K_MODI_OLI, M, PLN, "2025-04-04", "Bangkok", [OLI, MODI], [],
           "is expected to hold talks with Indian Prime Minister Narendra Modi on Friday"),
        ev("2024-09-22-new-york-modi-oli", M, OCC, "2024-09", "New York", [OLI, MODI], [],
           "last met on the sidelines of the UN General Assembly in New York in September"),
        ev("2024-12-03-beijing-oli-xi", M, OCC, "2024", "Beijing", [OLI, XI], [],
           "he met Xi Jinping and held talks with Premier Li Qiang when he visited Beijing"),
        ev("2024-12-03-beijing-li-oli", M, OCC, "2024", "Beijing", [OLI, LI], [],
           "he met Xi Jinping and held talks with Premier Li Qiang when he visited Beijing"),
        ev("2025-04-03-bangkok-oli-shinawatra", M, PLN, "2025-04-03", "Bangkok", [OLI, PAETONGTARN], [],
           "will also call on Thai Prime Minister Paetongtarn Shinawatra at Government House on Thursday afternoon"),
    ], ["'leaves for Bangkok on Thursday morning to attend the sixth BIMSTEC summit' (travel; summit backdrop)",
        "'It will be their second meeting since Oli returned to office' (counted; same planned talks)",
        "'Oli has still not received an invitation to visit New Delhi' (negation)",
        "'Deuba told the House of Representatives on Tuesday' (statement, domestic)",
        "'The Cabinet meeting on Monday endorsed the ... delegation' (domestic)",
        "'Officials did not rule out a brief meeting with ... Yunus ... \"could meet other leaders\"' (hypothetical)",
        "'returns home on Saturday' (travel)",
        "'last Friday's pro-monarchy protest' (not diplomacy)",
        "Related / Most popular: 'Deuba meets Chinese ambassador', 'Modi, Oli to hold talks in Bangkok', 'Nepal to meet UAE' (furniture, sport)"]),

    # Tuesday PCO news release (April 29, 2025). Malacanang -> Manila. "PBBM", "the President", "the Chief
    # Executive" are Marcos. RAA signing on July 8, 2024 with Marcos present; Kishida "in November 2023";
    # Manalo's courtesy call "Earlier in the day"; "next month" -> planned, 2025-05, Tokyo.
    ("006_ph_jp_ishiba_malacanang_readout", "2025-04-29", False, [
        ev("2025-04-29-manila-ishiba-marcos", M, OCC, "2025-04-29", "Manila", [MARCOS, ISHIBA], [],
           "held a bilateral meeting with Japanese Prime Minister Shigeru Ishiba at Malacañang Palace on Tuesday"),
        ev("2025-04-29-manila-ishiba-manalo", M, OCC, "2025-04-29", "Manila", [MANALO, ISHIBA], [],
           "Foreign Affairs Secretary Enrique Manalo called on the Prime Minister at his hotel in Manila"),
        ev("2024-07-08-manila-kamikawa-marcos-teodoro", M, OCC, "2024-07-08", "Manila", [TEODORO, KAMIKAWA, MARCOS], [],
           "Reciprocal Access Agreement, signed in Manila on July 8, 2024 by Defense Secretary Gilberto Teodoro"),
        ev("2023-11-03-manila-kishida-marcos", M, OCC, "2023-11", "Manila", [KISHIDA, MARCOS], [],
           "former Prime Minister Fumio Kishida, who met the President at Malacañang in November 2023"),
        ev("2025-05-tokyo-iwaya-manalo", M, PLN, "2025-05", "Tokyo", [MANALO, IWAYA], [],
           "Secretary Manalo will travel to Tokyo next month for talks with Foreign Minister Takeshi Iwaya"),
    ], ["'arrived in Manila from Hanoi', 'accorded arrival honors' (arrival; same meeting)",
        "'The President later hosted a luncheon in honor of the Japanese leader' (same meeting)",
        "'said in a joint press statement' (press)",
        "'addressed a joint session of Congress' (speech)",
        "'have met several times on the sidelines of regional gatherings since October' (counted)",
        "'would visit the World Expo in Osaka ... \"if his schedule permits\"' (hypothetical)",
        "'will lay a wreath at the Rizal Monument and meet members of the Japanese community' (ceremony, diaspora)",
        "READ MORE / Most Read: PBBM meets Pham Minh Chinh, PBBM-Albanese phone call, DFA chief meets ambassador, 'Gilas to meet Japan' (furniture, sport)"]),

    # Saturday live blog (21 Sep 2024, EAT). Villa d'Accueil -> Port-au-Prince; "the Kenyan president" =
    # Ruto; "LeBlanc Fils" spelling in the sidebar only. "on March 1" -> 2024-03-01 (State House, Nairobi);
    # "in May" -> 2024-05 (White House); "on Monday" -> 23 Sep, planned, New York.
    ("007_ke_ht_ruto_port_au_prince_liveblog", "2024-09-21", False, [
        ev("2024-09-21-port-au-prince-conille-leblanc-fils-ruto", M, OCC, "2024-09-21", "Port-au-Prince",
           [RUTO, LEBLANC, CONILLE], [],
           "held talks with Transitional Presidential Council chairman Edgard Leblanc Fils and Prime Minister Garry Conille"),
        ev("2024-03-01-nairobi-henry-ruto", M, OCC, "2024-03-01", "Nairobi", [RUTO, HENRY], [],
           "State House, Nairobi, on March 1 by Ruto and then Haitian Prime Minister Ariel Henry"),
        ev("2024-05-23-washington-biden-ruto", M, OCC, "2024-05", "Washington", [BIDEN, RUTO], [],
           "Joe Biden, who hosted Ruto at the White House in May"),
        ev("2024-09-23-new-york-blinken-ruto", M, PLN, "2024-09-23", "New York", [RUTO, BLINKEN], [],
           "hold talks with US Secretary of State Antony Blinken in New York on Monday"),
    ], ["'Ruto has addressed the roughly 400 Kenyan officers ... alongside mission commander Godfrey Otunge' (own officers: domestic)",
        "'handed over boxes of Kenyan tea to the officers' (not diplomacy)",
        "'confirmed the visit in a post on X' (post)",
        "'The President's plane has landed in Port-au-Prince' (arrival)",
        "'left Nairobi on Friday night ..., flew on from New York to Miami' (travel)",
        "'He will address the General Assembly on Tuesday' (speech)",
        "'Conille \"could visit Nairobi before the end of the year\", but no date has been set' (hypothetical)",
        "'The Security Council is expected to renew the mission's mandate' (not an encounter)",
        "RELATED / TRENDING NOW: 'Conille meets Blinken in Port-au-Prince', Ruto flags off contingent, 'Harambee Stars to meet Zimbabwe' (furniture, sport)"]),

    # Friday translated agency copy (PARIS, 29 November 2024). "on Thursday" -> 28 Nov (Elysee);
    # "The day before" -> 27 Nov (Quai d'Orsay -> Paris); "On Friday morning" -> publication day (Matignon);
    # "in June 2023" -> 2023-06; "next Tuesday" (Friday article) -> 3 Dec, planned, Cape Town.
    ("008_ng_fr_tinubu_elysee_translated", "2024-11-29", False, [
        ev("2024-11-28-paris-macron-tinubu", M, OCC, "2024-11-28", "Paris", [MACRON, TINUBU], [],
           "received his Nigerian counterpart Bola Ahmed Tinubu at the Élysée Palace on Thursday"),
        ev("2024-11-27-paris-barrot-tuggar", M, OCC, "2024-11-27", "Paris", [TUGGAR, BARROT], [],
           "Yusuf Tuggar and Jean-Noël Barrot, held a working session at the Quai d'Orsay"),
        ev("2024-11-29-paris-barnier-tinubu", M, OCC, "2024-11-29", "Paris", [TINUBU, BARNIER], [],
           "the Nigerian president was received at the Hôtel de Matignon by Prime Minister Michel Barnier"),
        ev("2023-06-22-paris-macron-tinubu", M, OCC, "2023-06", "Paris", [MACRON, TINUBU], [],
           "The two presidents first met in Paris in June 2023"),
        ev("2024-12-03-cape-town-ramaphosa-tinubu", M, PLN, "2024-12-03", "Cape Town", [TINUBU, RAMAPHOSA], [],
           "he is due in Cape Town next Tuesday for the Nigeria-South Africa Bi-National Commission"),
    ], ["'signed a declaration', 'hosted a state dinner for his guest' (same meeting)",
        "'a forum with some sixty French business leaders' (companies)",
        "'landed at Orly on Wednesday' (arrival)",
        "'On Wednesday evening he met members of the Nigerian community' (diaspora)",
        "'the summit for a new global financing pact' (backdrop of the 2023 meeting)",
        "'Macron's last trip to Nigeria dates back to 2018, when he visited Lagos' (visit, no encounter stated)",
        "'No date has been set for a return visit' (not fixed)",
        "'Niamey ... rejected any French role in regional mediation' (statement)",
        "Lire aussi / Les plus lus: 'Macron recoit le president ghaneen', 'Tinubu and Ramaphosa to co-chair', 'Barrot meets Tuggar', 'PSG to meet Bayern' (furniture, sport)"]),

    # Thursday Q&A transcript (15 May 2025). "on Wednesday, 21 May" -> planned (White House -> Washington);
    # "last week" -> 2025-05 call; "in April" -> 2025-04; "on Monday" -> 12 May (groups only).
    ("009_za_us_ramaphosa_briefing_transcript", "2025-05-15", False, [
        ev("2025-05-21-washington-ramaphosa-trump", M, PLN, "2025-05-21", "Washington", [RAMAPHOSA, TRUMP], [],
           "he will meet President Donald Trump at the White House on Wednesday, 21 May"),
        ev("2025-05-ramaphosa-trump-call", C, OCC, "2025-05", None, [RAMAPHOSA, TRUMP], [],
           "The visit was agreed when the two presidents spoke by telephone last week"),
        ev("2025-04-washington-greer-tau", M, OCC, "2025-04", "Washington", [TAU, GREER], [],
           "Trade Minister Parks Tau met US Trade Representative Jamieson Greer in Washington in April"),
        ev("2025-05-12-washington-south-africa-united-states", M, OCC, "2025-05-12", "Washington", [],
           ["South Africa", "United States"],
           "a South African technical team held talks with officials of the US Department of Commerce"),
    ], ["'Media briefing by the Presidential Spokesperson' (briefing)",
        "'As announced earlier this week' (announcement)",
        "'Will the President meet Elon Musk?' 'There is no such meeting on the programme' (negation)",
        "'On Tuesday the President met the special envoy ... Mcebisi Jonas' (internal to one government)",
        "'who has held numerous meetings with American officials' (counted)",
        "'Cabinet also discussed the visit at its meeting yesterday' (domestic)",
        "'Secretary Rubio turned down an invitation to Johannesburg in February' (refused invitation)",
        "'The invitation to President Trump to attend the G20 Leaders' Summit in November stands' (not accepted)",
        "'Is a meeting with Vice President Vance planned?' 'Not at this stage.' (negation)",
        "Related: credentials ceremony, 'Ramaphosa and Trump hold telephone call', 'Mashatile meets US congressional delegation' (furniture)"]),

    # Wednesday Colombian border paper (April 10, 2024). Miraflores -> Caracas; "on Tuesday" -> 9 Apr;
    # "On Monday" -> 8 Apr in Cucuta (delegations: groups + named ministers; "Murrillo" misspelt once);
    # "later this month" -> planned, 2024-04, San Cristobal; "dialed ... on Sunday" -> 7 Apr call;
    # "on November 18" -> 2023-11-18.
    ("010_co_ve_petro_miraflores_regional", "2024-04-10", False, [
        ev("2024-04-09-caracas-maduro-petro", M, OCC, "2024-04-09", "Caracas", [PETRO, MADURO], [],
           "Petro was received by Nicolás Maduro at the Miraflores Palace in Caracas on Tuesday"),
        ev("2024-04-08-cucuta-gil-murillo", M, OCC, "2024-04-08", "Cucuta", [MURILLO, GIL], ["Colombia", "Venezuela"],
           "delegations led by foreign ministers Luis Gilberto Murrillo and Yván Gil met at the Chamber"),
        ev("2024-04-san-cristobal-gil-murillo", M, PLN, "2024-04", "San Cristobal", [MURILLO, GIL], [],
           "Murillo and Gil will meet again in San Cristóbal later this month"),
        ev("2024-04-07-maduro-petro-call", C, OCC, "2024-04-07", None, [PETRO, MADURO], [],
           "Petro dialed Maduro on Sunday to confirm the trip"),
        ev("2023-11-18-caracas-maduro-petro", M, OCC, "2023-11-18", "Caracas", [PETRO, MADURO], [],
           "His previous visit was on November 18, when the two presidents met at Miraflores"),
    ], ["'According to a joint declaration', 'At a joint press conference' (same meeting; press)",
        "'Maduro had announced the visit on his weekly television programme' (announcement)",
        "'The Caracas meeting was the fifth between the two presidents' (counted)",
        "'Petro did not meet Venezuelan opposition figures' (negation)",
        "'he proposed a \"democratic pact\" ..., a plan that Caracas has not taken up' (proposal not accepted)",
        "'The ... Chamber of Commerce welcomed the gas plan' (statement)",
        "Related / Most read: 'Villamizar meets ... Freddy Bernal', 'Petro to visit Caracas on Tuesday', 'Cucuta Deportivo to meet Millonarios' (furniture, sport)"]),

    # Monday Mexican wire (Aug 11, 2025). "Friday" both ways: "had spoken by phone ... on Friday" -> 8 Aug
    # (call); "will travel on Friday to Flores" -> 15 Aug (planned); Calakmul trilateral "After the talks
    # in Flores" -> same day, planned. "in May last year" -> 2024-05 (Tapachula); "in July" -> 2025-07.
    ("011_mx_gt_sheinbaum_arevalo_preview_wire", "2025-08-11", False, [
        ev("2025-08-08-arevalo-sheinbaum-call", C, OCC, "2025-08-08", None, [SHEINBAUM, AREVALO], [],
           "she had spoken by phone with Arévalo on Friday"),
        ev("2025-08-15-flores-arevalo-sheinbaum", M, PLN, "2025-08-15", "Flores", [SHEINBAUM, AREVALO], [],
           "travel on Friday to Flores, in Guatemala's northern Petén department, to meet President Bernardo Arévalo"),
        ev("2025-08-15-calakmul-arevalo-briceno-sheinbaum", M, PLN, "2025-08-15", "Calakmul",
           [SHEINBAUM, AREVALO, BRICENO], [],
           "will fly to Calakmul, in the state of Campeche, for a trilateral meeting"),
        ev("2024-05-17-tapachula-arevalo-lopez-obrador", M, OCC, "2024-05", "Tapachula", [AREVALO, AMLO], [],
           "when he met her predecessor, Andrés Manuel López Obrador, in Tapachula, Chiapas"),
        ev("2025-07-mexico-city-de-la-fuente-martinez", M, OCC, "2025-07", "Mexico City", [DE_LA_FUENTE, MARTINEZ], [],
           "his Guatemalan counterpart Carlos Ramiro Martínez met in Mexico City in July"),
    ], ["'Speaking at her morning press conference' (press)",
        "'has not met Arevalo in person so far; the two had only talked by telephone' (negation; vague)",
        "'will hold Friday's morning press conference in Chetumal' (press, planned)",
        "'Guatemala's government said on X' (post)",
        "'whether Arevalo might also visit the National Palace ... it \"could happen\"' (hypothetical)",
        "'she met her security cabinet, as she does every morning' (domestic, habitual)",
        "Related stories / Most read: 'Arevalo meets Rubio', 'Sheinbaum, Carney to hold talks', 'Pumas to meet America' (furniture, sport)"]),

    # Thursday Albanian paper (6 June 2024). Rama named by surname before full name. "on Wednesday" ->
    # 5 Jun at Shengjin (Gjader visit is the same occasion); "on 6 November last year" -> 2023-11-06,
    # Palazzo Chigi -> Rome; "last August" -> 2023-08 (Vlore); "earlier this month" -> 2024-06 (groups
    # only); "on Monday" -> 10 Jun, planned.
    ("012_al_it_meloni_rama_shengjin_regional", "2024-06-06", False, [
        ev("2024-06-05-shengjin-meloni-rama", M, OCC, "2024-06-05", "Shengjin", [MELONI, RAMA], [],
           "Giorgia Meloni was received by Rama at the port of Shëngjin on Wednesday"),
        ev("2023-11-06-rome-meloni-rama", M, OCC, "2023-11-06", "Rome", [MELONI, RAMA], [],
           "signed by the two leaders at Palazzo Chigi in Rome on 6 November last year"),
        ev("2023-08-vlore-meloni-rama", M, OCC, "2023-08", "Vlore", [RAMA, MELONI], [],
           "Rama hosted Meloni and her family in Vlorë during her holiday last August"),
        ev("2024-06-tirana-albania-italy", M, OCC, "2024-06", "Tirana", [], ["Italy", "Albania"],
           "Technical teams from the two interior ministries met in Tirana earlier this month"),
        ev("2024-06-10-tirana-balla-piantedosi", M, PLN, "2024-06-10", "Tirana", [PIANTEDOSI, BALLA], [],
           "Matteo Piantedosi is due in Tirana on Monday to meet his Albanian counterpart Taulant Balla"),
    ], ["'At a joint press conference on the quay' (press)",
        "'the centres would open on August 1' (not an encounter)",
        "'Berisha said in a statement', 'Schlein wrote on X' (statement, post)",
        "'Rama has met Meloni more than a dozen times since she took office' (counted)",
        "'four days before the European Parliament elections' (not diplomacy)",
        "Related / Most read: 'Rama meets Vucic and Kurti', 'Meloni to host G7 leaders in Puglia', 'Albania to meet Italy in Dortmund' (furniture, sport)"]),

    # Manifest null: Saturday round-up dated "7 December 2024". Weekdays of the past week: Tuesday -> 3 Dec
    # (Majuro), Wednesday -> 4 Dec (Funafuti), Thursday -> 5 Dec (Koror), "on Sunday" -> 1 Dec (call);
    # "next Monday" (Saturday article) -> 9 Dec, planned, Canberra; "in November last year" -> 2023-11,
    # no city -> Cook Islands (the Forum meeting is only the backdrop of the signing).
    ("013_pacific_week_in_review_roundup", "2024-12-07", True, [
        ev("2024-12-03-majuro-heine-lai", M, OCC, "2024-12-03", "Majuro", [LAI, HEINE], [],
           "On Tuesday, Lai held talks with President Hilda Heine in Majuro"),
        ev("2024-12-04-funafuti-lai-teo", M, OCC, "2024-12-04", "Funafuti", [TEO, LAI], [],
           "In Funafuti on Wednesday, Prime Minister Feleti Teo hosted Lai at a state banquet"),
        ev("2024-12-05-koror-lai-whipps", M, OCC, "2024-12-05", "Koror", [WHIPPS, LAI], [],
           "President Surangel Whipps Jr. received Lai in Koror on Thursday"),
        ev("2024-12-01-johnson-lai-call", C, OCC, "2024-12-01", None, [LAI, JOHNSON], [],
           "Lai held a phone call on Sunday with US House Speaker Mike Johnson"),
        ev("2024-12-09-canberra-adeang-albanese", M, PLN, "2024-12-09", "Canberra", [ADEANG, ALBANESE], [],
           "David Adeang is due in Canberra next Monday for talks with Prime Minister Anthony Albanese"),
        ev("2023-11-09-cook-islands-albanese-natano", M, OCC, "2023-11", "Cook Islands", [ALBANESE, NATANO], [],
           "signed by Albanese and Teo's predecessor Kausea Natano at the Forum leaders' meeting"),
    ], ["'wrapped up his first overseas trip on Friday' (travel)",
        "'opened an AI and telemedicine centre', 'signed a joint communique' (same meetings)",
        "'Lai also addressed the Nitijela' (speech)",
        "'Lai's two-night stopover in Hawaii drew protests from Beijing' (transit)",
        "'China's foreign ministry said it \"firmly opposes\"' (statement)",
        "'a treaty ... is ready for signature' (same planned talks)",
        "In brief: 'Palau \"could host\" a regional ocean conference' (hypothetical), 'Solomon Islands' cabinet met' (domestic)",
        "Most read / Related: 'Fiji to meet Samoa', 'Peters meets Rabuka in Suva', 'Lai to visit Pacific allies' (furniture, sport)"]),

    # Friday analysis (December 22, 2023), mostly background. "In September" -> 2023-09 (Qatari officials
    # as facilitators -> group); "on October 3 and 4" -> groups only, date_end; "on October 17" ->
    # Bridgetown (Norwegian facilitation -> group); "in November" -> 2023-11 (Miraflores -> Caracas).
    ("014_qa_ve_us_doha_backchannel_analysis", "2023-12-22", False, [
        ev("2023-09-doha-gonzalez-rodriguez", M, OCC, "2023-09", "Doha", [RODRIGUEZ, GONZALEZ], ["Qatar"],
           "met Juan González, the White House's senior director for the Western Hemisphere, in Doha"),
        ev("2023-10-03-doha-united-states-venezuela", M, OCC, "2023-10-03", "Doha", [], ["United States", "Venezuela"],
           "Negotiators from both sides returned to Doha on October 3 and 4", date_end="2023-10-04"),
        ev("2023-10-17-bridgetown-blyde-rodriguez", M, OCC, "2023-10-17", "Bridgetown", [RODRIGUEZ, BLYDE], ["Norway"],
           "Rodríguez and the opposition's chief negotiator, Gerardo Blyde, signed the Barbados agreement in Bridgetown"),
        ev("2023-11-caracas-al-khulaifi-maduro", M, OCC, "2023-11", "Caracas", [KHULAIFI, MADURO], [],
           "Mohammed Al-Khulaifi, was received by Maduro at Miraflores in November"),
    ], ["'Wednesday's exchange, in which Washington released Alex Saab' (prisoner swap, no encounter)",
        "'The next day, Washington eased sanctions' (not an encounter)",
        "'a visit that Venezuelan state media barely covered' (same Al-Khulaifi meeting)",
        "'US and Venezuelan officials have met at least five times this year' (counted)",
        "'The White House has ruled out any such encounter' (negation)",
        "'Maduro said on state television on Thursday' (statement)",
        "'A meeting \"could become possible\" only if' (hypothetical)",
        "Related / Most read: 'Maduro and Ali to meet in St Vincent', 'Blinken thanks Qatar', 'Guyana, Venezuela leaders meet in Argyle' (furniture)"]),
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
