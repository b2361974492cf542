#!/usr/bin/env python3
"""Generate gold.jsonl and manifest.jsonl for the holdout4 corpus.

Run:  python3 data/holdout4/build_gold.py   then   python3 data/eval/validate.py data/holdout4
Each article lists its true publication date, whether the manifest hides it, its gold
events, and (for documentation only) the traps it contains that must NOT be extracted.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

# canonical names (ASCII, "First Last"; see the README for the customary-name keys)
ERDOGAN, MITSOTAKIS = "Recep Tayyip Erdogan", "Kyriakos Mitsotakis"
GERAPETRITIS, FIDAN, CHRISTODOULIDES = "Giorgos Gerapetritis", "Hakan Fidan", "Nikos Christodoulides"
SISI, ISAIAS, HSM = "Abdel Fattah al-Sisi", "Isaias Afwerki", "Hassan Sheikh Mohamud"
ABDELATTY, SALEH, FIQI = "Badr Abdelatty", "Osman Saleh", "Ahmed Moalim Fiqi"
XI, VUCIC, VUCEVIC, ORBAN = "Xi Jinping", "Aleksandar Vucic", "Milos Vucevic", "Viktor Orban"
MACRON, VDL = "Emmanuel Macron", "Ursula von der Leyen"
BILLSTROM, SIKORSKI, BAERBOCK = "Tobias Billstrom", "Radoslaw Sikorski", "Annalena Baerbock"
ALBANESE, PRABOWO, WONG, SUGIONO = "Anthony Albanese", "Prabowo Subianto", "Penny Wong", "Sugiono"
SJAFRIE, MARLES, LUXON = "Sjafrie Sjamsoeddin", "Richard Marles", "Christopher Luxon"
LAZARO, CHEN, MANALO, MARCOS = "Theresa Lazaro", "Chen Xiaodong", "Enrique Manalo", "Ferdinand Marcos Jr."
DUTERTE = "Rodrigo Duterte"
ANAND, JAISHANKAR, MODI, CARNEY = "Anita Anand", "Subrahmanyam Jaishankar", "Narendra Modi", "Mark Carney"
DROUIN, DOVAL, SIDHU, GOYAL = "Nathalie Drouin", "Ajit Doval", "Maninder Sidhu", "Piyush Goyal"
COOTER, MISRI = "Christopher Cooter", "Vikram Misri"
ARAGHCHI, MBS, FAISAL, MBAR = "Abbas Araghchi", "Mohammed bin Salman", "Faisal bin Farhan", "Mohammed bin Abdulrahman Al Thani"
MIRZIYOYEV, COSTA, TOKAYEV, BERDI = "Shavkat Mirziyoyev", "Antonio Costa", "Kassym-Jomart Tokayev", "Serdar Berdimuhamedov"
GRABE, BELTRAN, PETRO, DIAZ_CANEL = "Vera Grabe", "Pablo Beltran", "Gustavo Petro", "Miguel Diaz-Canel"
ALI, MOTTLEY, ROWLEY, MADURO = "Irfaan Ali", "Mia Mottley", "Keith Rowley", "Nicolas Maduro"
GONSALVES, RUBIO = "Ralph Gonsalves", "Marco Rubio"
BARROT, TEBBOUNE, ATTAF = "Jean-Noel Barrot", "Abdelmadjid Tebboune", "Ahmed Attaf"
PETERS, BROWN, MANELE = "Winston Peters", "Mark Brown", "Jeremiah Manele"
TUSK, SCHOLZ, MORAWIECKI, MERKEL, NAUSEDA = "Donald Tusk", "Olaf Scholz", "Mateusz Morawiecki", "Angela Merkel", "Gitanas Nauseda"


def ev(key, kind, status, date, location, participants, groups, evidence, date_end=None):
    e = {"key": key, "kind": kind, "status": status, "date": date}
    if date_end:
        e["date_end"] = date_end
    e.update({"location": location, "participants": participants, "groups": groups,
              "evidence": evidence})
    return e


M, C, OCC, PLN = "meeting", "call", "occurred", "planned"

# shared keys (same real-world event in several articles)
K_ANKARA = "2024-05-13-ankara-erdogan-mitsotakis"
K_BELGRADE = "2024-05-08-belgrade-vucic-xi"
K_BUDAPEST = "2024-05-09-budapest-orban-xi"
K_SYDNEY = "2025-11-12-sydney-albanese-prabowo"
K_MANILA_BCM = "2024-07-02-manila-chen-lazaro"
K_DELHI = "2025-10-13-new-delhi-anand-jaishankar"
K_SIDHU = "2025-11-new-delhi-goyal-sidhu"

ARTICLES = [
    ("001_tr_gr_mitsotakis_ankara_wire", "2024-05-13", False, [
        ev(K_ANKARA, M, OCC, "2024-05-13", "Ankara", [ERDOGAN, MITSOTAKIS], [],
           "Recep Tayyip Erdogan hosted Greek Prime Minister Kyriakos Mitsotakis at the presidential complex in Ankara"),
        ev("2024-05-13-ankara-fidan-gerapetritis", M, OCC, "2024-05-13", "Ankara", [GERAPETRITIS, FIDAN], [],
           "Giorgos Gerapetritis and Hakan Fidan held their own meeting at the Turkish foreign ministry"),
        ev("2023-12-07-athens-erdogan-mitsotakis", M, OCC, "2023-12", "Athens", [ERDOGAN, MITSOTAKIS], [],
           "the two leaders met at the Maximos Mansion and signed a declaration"),
        ev("2024-05-athens-greece-turkey", M, PLN, "2024-05", "Athens", [], ["Greece", "Turkey"],
           "Deputy foreign ministers from the two countries are scheduled to hold the next round"),
    ], ["joint news conference", "'ready to see Erdogan again at the NATO summit ... if our schedules allow' (hypothetical, none arranged)",
        "'have met many times at various levels since the earthquakes' (counted)",
        "military confidence-building talks 'could resume if' (hypothetical)",
        "2020 naval standoff (not a meeting)", "Athens protest over the Chora church (statement)"]),

    ("002_gr_courier_opposition_marine_parks", "2024-05-20", False, [
        ev(K_ANKARA, M, OCC, "2024-05", "Ankara", [MITSOTAKIS, GERAPETRITIS, ERDOGAN], [],
           "held talks with President Recep Tayyip Erdoğan in Ankara last week"),
        ev("2024-05-16-fidan-gerapetritis-call", C, OCC, "2024-05-16", None, [GERAPETRITIS, FIDAN], [],
           "On Thursday Gerapetritis spoke by phone with his Turkish counterpart Hakan Fidan"),
        ev("2024-05-24-nicosia-christodoulides-mitsotakis", M, PLN, "2024-05-24", "Nicosia",
           [MITSOTAKIS, CHRISTODOULIDES], [],
           "Mitsotakis is due to travel to Nicosia on Friday for talks with Cypriot President"),
    ], ["Androulakis television interview", "Tuesday's cabinet meeting (internal)",
        "photo caption of the Ankara handshake (same event, listed once)",
        "Most read: 'Dendias meets Israeli counterpart in Tel Aviv'",
        "Most read: 'Gerapetritis and Fidan to meet again before the summer'",
        "Most read: 'Tsipras and Kasselakis hold talks'"]),

    ("003_hoa_asmara_tripartite_wire", "2024-10-11", False, [
        ev("2024-10-10-asmara-hassan-sheikh-isaias-sisi", M, OCC, "2024-10-10", "Asmara", [SISI, ISAIAS, HSM], [],
           "The presidents of Egypt, Eritrea and Somalia held a tripartite summit in the Eritrean capital"),
        ev("2024-10-10-asmara-isaias-sisi", M, OCC, "2024-10-10", "Asmara", [SISI, ISAIAS], [],
           "Sisi also had a one-on-one meeting with Isaias before the three-way session"),
        ev("2024-10-09-asmara-abdelatty-fiqi-saleh", M, OCC, "2024-10-09", "Asmara", [ABDELATTY, SALEH, FIQI], [],
           "Somalia's Ahmed Moalim Fiqi, had met in Asmara the day before"),
        ev("2023-12-17-addis-ababa-egypt-ethiopia-sudan", M, OCC, "2023-12", "Addis Ababa", [],
           ["Egypt", "Ethiopia", "Sudan"],
           "The last round of negotiations among Egypt, Ethiopia and Sudan on the dam"),
    ], ["airport welcome (part of the summit)", "joint committee of foreign ministers to be set up (no occasion)",
        "Turkey 'has hosted rounds of indirect talks ... since July' (counted)",
        "Ethiopia 'ready to sit with Egypt at any time ... if' (hypothetical)",
        "'Sisi and Hassan Sheikh have met three times this year' (counted)",
        "Abiy told parliament (domestic)", "Somaliland memorandum (no meeting)"]),

    ("004_rs_xi_belgrade_liveblog", "2024-05-08", False, [
        ev(K_BELGRADE, M, OCC, "2024-05-08", "Belgrade", [XI, VUCIC], ["China", "Serbia"],
           "Talks were held between the Chinese and Serbian delegations in an expanded format"),
        ev("2024-05-08-belgrade-vucevic-xi", M, OCC, "2024-05-08", "Belgrade", [XI, VUCEVIC], [],
           "Xi also received Serbian Prime Minister Miloš Vučević at his hotel"),
        ev("2024-05-06-paris-macron-von-der-leyen-xi", M, OCC, "2024-05-06", "Paris", [XI, MACRON, VDL], [],
           "where on Monday he held talks in Paris with French President Emmanuel Macron"),
        ev(K_BUDAPEST, M, PLN, "2024-05-09", "Budapest", [XI, ORBAN], [],
           "where he is due to hold talks with Hungarian Prime Minister Viktor Orbán on Thursday"),
    ], ["balcony appearance before a crowd (public address)", "welcome ceremony and signing of agreements (same event)",
        "Xi arrived in Belgrade late on Tuesday (visit, no encounter)",
        "Kurti 'no plans' to meet any Chinese official (negation)",
        "Related: 'Orbán hosts Chinese foreign minister ahead of Xi trip'",
        "Related: 'Vučić and Scholz discuss lithium deal in Berlin'"]),

    ("005_eu_continental_briefing_digest", "2024-05-09", False, [
        ev(K_BUDAPEST, M, OCC, "2024-05-09", "Budapest", [XI, ORBAN], [],
           "Xi Jinping and Viktor Orbán held talks in Budapest this morning"),
        ev(K_BELGRADE, M, OCC, "2024-05-08", "Belgrade", [XI, VUCIC], [],
           "Xi and Aleksandar Vučić held talks in Belgrade on Wednesday"),
        ev("2024-05-06-visby-billstrom", M, OCC, "2024-05-06", "Visby", [BILLSTROM], ["Nordic-Baltic Eight"],
           "Foreign ministers of the Nordic-Baltic Eight met in Visby, on the Swedish island",
           date_end="2024-05-07"),
        ev("2024-05-08-baerbock-sikorski-call", C, OCC, "2024-05-08", None, [SIKORSKI, BAERBOCK], [],
           "Radosław Sikorski and his German counterpart Annalena Baerbock spoke by phone on Wednesday"),
    ], ["Nausėda's visit to Riga called off (cancelled)", "Polish-German consultations 'in the summer', no date (vague)",
        "Macron would welcome Xi back 'whenever he wishes' (vague)", "European elections (not a meeting)",
        "Editor's picks: 'Macron and Xi meet in the Pyrenees'",
        "Editor's picks: 'Von der Leyen to meet Chinese premier in Brussels'"]),

    ("006_au_pm_release_prabowo_sydney", "2025-11-12", False, [
        ev(K_SYDNEY, M, OCC, "2025-11-12", "Sydney", [ALBANESE, PRABOWO], [],
           "Today I welcomed the President of the Republic of Indonesia, His Excellency Prabowo Subianto"),
        ev("2025-11-12-sydney-sugiono-wong", M, OCC, "2025-11-12", "Sydney", [WONG, SUGIONO], [],
           "also met Indonesia's Foreign Minister Sugiono in Sydney today"),
        ev("2025-05-15-jakarta-albanese-prabowo", M, OCC, "2025-05", "Jakarta", [PRABOWO, ALBANESE], [],
           "when President Prabowo hosted me at the Merdeka Palace"),
        ev("2026-01-jakarta-albanese-prabowo", M, PLN, "2026-01", "Jakarta", [ALBANESE, PRABOWO], [],
           "I will travel to Jakarta in January to sign the Treaty with President Prabowo"),
    ], ["'will consult at leader and ministerial level on a regular basis' (habitual)",
        "'President Prabowo and I speak regularly' (counted)", "'welcoming him back to Australia' (vague)",
        "annual leaders' meeting 'with dates to be agreed' (vague)", "1995 Agreement on Maintaining Security (no meeting)"]),

    ("007_id_jakarta_ledger_treaty_reaction", "2025-11-14", False, [
        ev(K_SYDNEY, M, OCC, "2025-11-12", "Sydney", [PRABOWO, ALBANESE, SUGIONO, SJAFRIE], [],
           "after his talks with Australian Prime Minister Anthony Albanese aboard the warship HMAS Canberra"),
        ev("2025-11-17-jakarta-marles-sjamsoeddin", M, PLN, "2025-11-17", "Jakarta", [SJAFRIE, MARLES], [],
           "Sjafrie is due to host Australian Defence Minister Richard Marles in Jakarta on Monday"),
        ev("2025-11-13-luxon-prabowo-call", C, OCC, "2025-11-13", None, [PRABOWO, LUXON], [],
           "Prabowo spoke by phone with New Zealand Prime Minister Christopher Luxon"),
    ], ["Commission I hearing of Sugiono (domestic)", "treaty 'expected to be signed early next year' (no concrete occasion)",
        "arrival in Sydney for a two-day visit (visit, not the encounter)",
        "'willing to sign comparable arrangements ... if they ask', no talks planned (hypothetical)",
        "Luxon 'proposed a similar dialogue' (proposal)", "photo caption (same Sydney event, listed once)",
        "Related: 'Sugiono meets Wong', 'Prabowo to host Malaysian king'"]),

    ("008_ph_cn_bcm_manila_wire", "2024-07-02", False, [
        ev(K_MANILA_BCM, M, OCC, "2024-07-02", "Manila", [LAZARO, CHEN], ["Philippines", "China"],
           "Philippine and Chinese diplomats held talks in Manila on Tuesday"),
        ev("2024-01-17-shanghai-china-philippines", M, OCC, "2024-01", "Shanghai", [], ["Philippines", "China"],
           "The previous round of the mechanism was held in Shanghai in January"),
        ev("2024-07-03-manila-chen-manalo", M, PLN, "2024-07-03", "Manila", [CHEN, MANALO], [],
           "Vice Foreign Minister Chen is scheduled to call on Foreign Secretary Enrique Manalo on Wednesday"),
        ev("2023-11-17-san-francisco-marcos-xi", M, OCC, "2023-11", "San Francisco", [MARCOS, XI], [],
           "last met Chinese President Xi Jinping on the sidelines of the APEC summit"),
    ], ["Second Thomas Shoal confrontation (no meeting)", "Chinese foreign ministry statement",
        "Marcos 'open to talking with Xi again if the conditions are right', no contact planned (hypothetical)",
        "Manalo and Wang Yi 'have spoken several times by phone' (counted)",
        "'agreed to improve their maritime communication mechanisms' (vague)", "APEC summit (backdrop only)"]),

    ("009_ph_cn_xiamen_analysis", "2025-01-20", False, [
        ev("2025-01-16-xiamen-chen-lazaro", M, OCC, "2025-01-16", "Xiamen", [LAZARO, CHEN], ["Philippines", "China"],
           "On Thursday, Philippine Undersecretary Theresa Lazaro and Chinese Vice Foreign Minister Chen Xiadong co-chaired"),
        ev(K_MANILA_BCM, M, OCC, "2024-07", "Manila", [LAZARO, CHEN], [],
           "Lazaro and Chen's previous encounter, in Manila in July, came two weeks after"),
        ev("2016-10-20-beijing-duterte-xi", M, OCC, "2016-10", "Beijing", [DUTERTE, XI], [],
           "When Rodrigo Duterte met Xi Jinping in Beijing in October 2016"),
    ], ["'would meet again in the second half of the year, without a date or a venue' (vague)",
        "Marcos 'would only go to Beijing for a summit if there is something to sign' (hypothetical)",
        "'The mechanism has now met ten times since 2017' (counted)",
        "Read more: 'Philippines, Japan to hold talks in Tokyo', 'Lazaro meets Vietnamese counterpart'"]),

    ("010_ca_in_reset_analysis", "2025-10-14", False, [
        ev(K_DELHI, M, OCC, "2025-10-13", "New Delhi", [ANAND, JAISHANKAR], [],
           "Anita Anand held talks with External Affairs Minister S. Jaishankar at Hyderabad House on Monday"),
        ev("2025-10-13-new-delhi-anand-modi", M, OCC, "2025-10-13", "New Delhi", [ANAND, MODI], [],
           "She also called on Prime Minister Narendra Modi later the same day"),
        ev("2025-06-17-kananaskis-carney-modi", M, OCC, "2025-06", "Kananaskis", [CARNEY, MODI], [],
           "when Prime Minister Mark Carney and Modi met on the sidelines of the G7 summit"),
        ev("2025-09-18-new-delhi-doval-drouin", M, OCC, "2025-09", "New Delhi", [DROUIN, DOVAL], [],
           "Nathalie Drouin and Ajit Doval, met in New Delhi in September"),
        ev(K_SIDHU, M, PLN, "2025-11", "New Delhi", [SIDHU, GOYAL], [],
           "Sidhu is expected in New Delhi next month for talks with Commerce Minister Piyush Goyal"),
    ], ["Trudeau's 2023 statement in the House of Commons", "October 2024 expulsions ('barely on speaking terms')",
        "Carney would visit India 'when the time is right', no visit on the calendar (vague)",
        "'Modi has spoken with him by phone twice since the spring' (counted)", "G7 summit (backdrop only)",
        "Related coverage: 'Anand meets Jaishankar', 'Poilievre and Sikh leaders meet in Brampton'"]),

    ("011_ca_in_high_commissioner_interview", "2025-10-20", False, [
        ev(K_DELHI, M, OCC, "2025-10", "New Delhi", [ANAND, JAISHANKAR], [],
           "Minister Anand was in Delhi earlier this month and met Dr Jaishankar"),
        ev("2025-10-17-new-delhi-cooter-misri", M, OCC, "2025-10", "New Delhi", [COOTER, MISRI], [],
           "Last week I sat down with Foreign Secretary Vikram Misri at South Block"),
        ev(K_SIDHU, M, PLN, "2025-11", "New Delhi", [SIDHU, GOYAL], [],
           "Minister Sidhu will be here in November to meet Minister Goyal"),
    ], ["the interview itself", "Cooter arrived in New Delhi in August (no encounter)",
        "'Two years ago the two ministers could not be in the same room' (negation)",
        "'dozens of meetings since August' (counted)",
        "has not met Modi; hopes to call on him 'in due course', nothing fixed (negation / vague)",
        "would consider meeting Sikh leaders 'if I were invited' (hypothetical)",
        "Most read: 'Jaishankar meets Canadian trade delegation in Mumbai', 'Modi to host Australian PM'"]),

    ("012_ir_mfa_release_araghchi_riyadh", "2024-10-10", True, [
        ev("2024-10-09-riyadh-araghchi-bin-salman", M, OCC, "2024-10-09", "Riyadh", [ARAGHCHI, MBS], [],
           "was received on Wednesday evening by His Royal Highness Prince Mohammed bin Salman"),
        ev("2024-10-09-riyadh-araghchi-bin-farhan", M, OCC, "2024-10-09", "Riyadh", [ARAGHCHI, FAISAL], [],
           "Prior to it, the Foreign Minister held talks with his Saudi counterpart"),
        ev("2024-10-10-doha-al-thani-araghchi", M, PLN, "2024-10-10", "Doha", [ARAGHCHI, MBAR], [],
           "where he is scheduled to hold consultations with Sheikh Mohammed bin Abdulrahman Al Thani"),
    ], ["Pezeshkian's greetings conveyed (not present)", "joint committee meeting 'date ... set later' (vague)",
        "'telephone conversations with several foreign ministers ... in the recent weeks' (counted)",
        "tour continues to 'other capitals ... which will be announced' (vague)"]),

    ("013_uz_presidency_samarkand_summit", "2025-04-04", False, [
        ev("2025-04-03-samarkand-costa-mirziyoyev-von-der-leyen", M, OCC, "2025-04-03", "Samarkand",
           [MIRZIYOYEV, COSTA, VDL], [],
           "Shavkat Mirziyoyev received in Samarkand President of the European Council António Costa"),
        ev("2025-04-03-samarkand-central-asia-eu-summit", M, OCC, "2025-04-03", "Samarkand",
           [MIRZIYOYEV, COSTA, VDL],
           ["Central Asia-European Union", "Kazakhstan", "Kyrgyzstan", "Tajikistan", "Turkmenistan"],
           "The summit, which is held in Samarkand on April 3-4 under the chairmanship",
           date_end="2025-04-04"),
        ev("2025-04-02-mirziyoyev-tokayev-call", C, OCC, "2025-04-02", None, [MIRZIYOYEV, TOKAYEV], [],
           "Shavkat Mirziyoyev had a telephone conversation with President of the Republic of Kazakhstan"),
        ev("2025-04-04-samarkand-berdimuhamedov-mirziyoyev", M, PLN, "2025-04-04", "Samarkand",
           [MIRZIYOYEV, BERDI], [],
           "will also hold a bilateral meeting with President of Turkmenistan Serdar Berdimuhamedov"),
    ], ["regular consultations at the highest level 'will be continued' (habitual)",
        "next summit 'proposed to be held in 2027' (proposal, no venue)", "statements for the press",
        "'has repeatedly held talks with the European leadership' (counted)"]),

    ("014_co_eln_havana_round_wire", "2024-02-07", True, [
        ev("2024-01-22-havana-beltran-grabe", M, OCC, None, "Havana", [GRABE, BELTRAN],
           ["Colombia", "ELN", "Cuba", "Norway", "Venezuela", "Mexico", "Brazil", "Chile"],
           "Colombian government and ELN rebel negotiators ended their sixth round of peace talks in Havana"),
        ev("2024-02-05-diaz-canel-petro-call", C, OCC, None, None, [PETRO, DIAZ_CANEL], [],
           "President Gustavo Petro spoke by phone with Cuban President Miguel Díaz-Canel on Monday"),
        ev("2024-04-caracas-colombia-eln", M, PLN, None, "Caracas", [], ["Colombia", "ELN"],
           "The seventh round is scheduled to open in Caracas in April"),
    ], ["dateline 'BOGOTA, Feb 7' and no year anywhere: every date is null, no date_end",
        "Petro met his own negotiating team (internal)", "joint statement read by the Norwegian envoy",
        "'several rounds with the Petro government' (counted)",
        "ELN command 'would meet Petro in person if' (hypothetical)", "Petro post on X",
        "talks with a FARC dissident faction postponed (did not happen)"]),

    ("015_gy_chronicle_caricom_essequibo", "2025-02-24", False, [
        ev("2025-02-19-bridgetown-ali-mottley", M, OCC, "2025-02-19", "Bridgetown", [MOTTLEY, ALI], ["CARICOM"],
           "Caricom Conference of Heads of Government, held in Bridgetown between 19 and 21 February",
           date_end="2025-02-21"),
        ev("2025-02-20-bridgetown-ali-rowley", M, OCC, "2025-02-20", "Bridgetown", [ALI, ROWLEY], [],
           "Ali held talks with Trinidad and Tobago Prime Minister Keith Rowley on Thursday"),
        ev("2023-12-14-argyle-ali-gonsalves-maduro", M, OCC, "2023-12", "Argyle", [ALI, MADURO, GONSALVES], [],
           "when Ali and Venezuelan President Nicolás Maduro met face to face in Argyle"),
        ev("2025-03-27-georgetown-ali-rubio", M, PLN, "2025-03", "Georgetown", [RUBIO, ALI], [],
           "Marco Rubio is expected in Georgetown next month for talks with President Ali"),
    ], ["'Ali and Maduro have not met since' (negation)", "would 'not sit across the table again' until (negation)",
        "Todd on the ICJ case (statement)", "Venezuelan foreign ministry statement",
        "photo caption (same Caricom meeting)",
        "Most read: 'Todd meets Indian counterpart', 'Opposition leader meets GECOM chair', 'Ali receives Brazilian envoy'"]),

    ("016_fr_dz_barrot_algiers_wire", "2025-04-07", False, [
        ev("2025-04-06-algiers-barrot-tebboune", M, OCC, "2025-04-06", "Algiers", [BARROT, TEBBOUNE], [],
           "was received by President Abdelmadjid Tebboune at El Mouradia palace for more than two hours"),
        ev("2025-04-06-algiers-attaf-barrot", M, OCC, "2025-04-06", "Algiers", [BARROT, ATTAF], [],
           "He had earlier held talks with his counterpart Ahmed Attaf at the foreign ministry"),
        ev("2025-03-31-macron-tebboune-call", C, OCC, "2025-03-31", None, [MACRON, TEBBOUNE], [],
           "a telephone call between French President Emmanuel Macron and Tebboune on 31 March"),
    ], ["arrival for a one-day visit (visit itself)", "Tebboune would meet Macron 'when the time comes', no date (vague)",
        "Darmanin 'could travel to Algiers at some point' (hypothetical)",
        "Retailleau 'has no plans to meet his Algerian counterpart' (negation)",
        "Lire aussi: 'Macron reçoit le président sénégalais à l'Élysée'"]),

    ("017_nz_pacific_forum_honiara", "2025-09-10", True, [
        ev("2025-09-09-honiara-brown-peters", M, OCC, "2025-09-09", "Honiara", [PETERS, BROWN], [],
           "Foreign Minister Winston Peters and Cook Islands Prime Minister Mark Brown met in Honiara"),
        ev("2025-09-08-albanese-luxon-call", C, OCC, "2025-09-08", None, [LUXON, ALBANESE], [],
           "who spoke by phone with Australian Prime Minister Anthony Albanese on Monday"),
        ev("2025-09-10-honiara-luxon-manele", M, OCC, "2025-09-10", "Honiara", [LUXON, MANELE], [],
           "held talks with Solomon Islands Prime Minister Jeremiah Manele in Honiara on Wednesday"),
        ev("2025-09-12-honiara-pacific-islands-forum", M, PLN, "2025-09-12", "Honiara", [],
           ["Pacific Islands Forum"],
           "Forum leaders will gather in Honiara for their traditional closed-door retreat on Friday"),
    ], ["forum leaders' meeting as a backdrop ('on the sidelines of')",
        "Luxon 'will not hold a formal bilateral meeting with Brown' (negation)",
        "Brown 'happy to meet Luxon any time New Zealand wants' (hypothetical)",
        "dialogue partners barred (no meeting)", "Hipkins statement",
        "Related: 'Brown and Peters to meet in Auckland next month', 'Pacific ministers meet in Suva'"]),

    ("018_pl_de_consultations_warsaw", "2024-07-03", False, [
        ev("2024-07-02-warsaw-scholz-tusk", M, OCC, "2024-07-02", "Warsaw", [TUSK, SCHOLZ], ["Poland", "Germany"],
           "Consultations were held in Warsaw on Tuesday between the Polish and German governments"),
        ev("2018-11-02-warsaw-merkel-morawiecki", M, OCC, "2018", "Warsaw", [MORAWIECKI, MERKEL], ["Poland", "Germany"],
           "The previous consultations took place in Warsaw in 2018, under Mateusz Morawiecki"),
        ev("2024-07-01-nauseda-tusk-call", C, OCC, "2024-07-01", None, [TUSK, NAUSEDA], [],
           "Tusk held a video call with Lithuanian President Gitanas Nausėda about the German army brigade"),
    ], ["'Scholz did not meet President Andrzej Duda' (negation)",
        "both 'will attend the NATO summit in Washington next week' (attendance, not a meeting)",
        "Mularczyk post on X", "reparations offer (statement)",
        "Most read: 'Sikorski and Baerbock meet in Weimar', 'Duda receives Lithuanian president at Belweder'"]),
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
