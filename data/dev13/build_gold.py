#!/usr/bin/env python3
"""Generate gold.jsonl and manifest.jsonl for the dev13 development corpus.

Run:  python3 data/dev13/build_gold.py   then   python3 data/eval/validate.py data/dev13
Each article lists its true publication date, whether the manifest hides it, its gold
events, and (for documentation only) the traps it contains that must NOT be extracted.
dev13 is a readable development set: unlike the holdout sets, it may be read while developing.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

# canonical names
KURTI, VUCIC, BORRELL, LAJCAK = "Albin Kurti", "Aleksandar Vucic", "Josep Borrell", "Miroslav Lajcak"
ESCOBAR, KOVACHEVSKI, PETKOVIC, BISLIMI = ("Gabriel Escobar", "Dimitar Kovachevski", "Petar Petkovic",
                                           "Besnik Bislimi")
KHURELSUKH, NARUHITO, MASAKO = "Ukhnaagiin Khurelsukh", "Naruhito", "Masako"
ZANDANSHATAR, AMARBAYASGALAN, KISHIDA = "Gombojavyn Zandanshatar", "Dashzegviin Amarbayasgalan", "Fumio Kishida"
MOHAMMED_VI, MACRON, BOURITA, BARROT = "Mohammed VI", "Emmanuel Macron", "Nasser Bourita", "Jean-Noel Barrot"
SEJOURNE, AKHANNOUCH = "Stephane Sejourne", "Aziz Akhannouch"
LULA, REBELO, COSTA, SANCHEZ = ("Luiz Inacio Lula da Silva", "Marcelo Rebelo de Sousa", "Antonio Costa",
                                "Pedro Sanchez")
OLI, LI, ZHAO, XI, DEUBA, WANG, MODI = ("KP Sharma Oli", "Li Qiang", "Zhao Leji", "Xi Jinping", "Arzu Rana Deuba",
                                        "Wang Yi", "Narendra Modi")
MARCOS, VO, PHAM, NGUYEN, MANALO, BUI = ("Ferdinand Marcos Jr.", "Vo Van Thuong", "Pham Minh Chinh",
                                         "Nguyen Phu Trong", "Enrique Manalo", "Bui Thanh Son")
ALBANESE, PRABOWO, MARLES, SJAFRIE = "Anthony Albanese", "Prabowo Subianto", "Richard Marles", "Sjafrie Sjamsoeddin"
CARNEY, VDL, SEFCOVIC, SIDHU, DE_WEVER = ("Mark Carney", "Ursula von der Leyen", "Maros Sefcovic", "Maninder Sidhu",
                                          "Bart De Wever")
TOKAYEV, ALIYEV = "Kassym-Jomart Tokayev", "Ilham Aliyev"
YUNUS, DING, YAO, HOSSAIN, ISHIBA = "Muhammad Yunus", "Ding Xuexiang", "Yao Wen", "Touhid Hossain", "Shigeru Ishiba"
PERRIELLO, BLINKEN, BURHAN, DAGALO = ("Tom Perriello", "Antony Blinken", "Abdel Fattah al-Burhan",
                                      "Mohamed Hamdan Dagalo")
MUSEVENI, ABIY, RUTO = "Yoweri Museveni", "Abiy Ahmed", "William Ruto"
YOON, GHAZOUANI, SAMIA, AKUFO_ADDO, NYUSI = ("Yoon Suk Yeol", "Mohamed Ould Ghazouani", "Samia Suluhu Hassan",
                                             "Nana Akufo-Addo", "Filipe Nyusi")
FALL, FAYE, BARROW, GOITA, TRAORE, DIOP = ("Yassine Fall", "Bassirou Diomaye Faye", "Adama Barrow", "Assimi Goita",
                                           "Ibrahim Traore", "Abdoulaye Diop")


def ev(key, kind, status, date, location, participants, groups, evidence, date_end=None):
    e = {"key": key, "kind": kind, "status": status, "date": date}
    if date_end:
        e["date_end"] = date_end
    e.update({"location": location, "participants": participants, "groups": groups,
              "evidence": evidence})
    return e


M, C, OCC, PLN = "meeting", "call", "occurred", "planned"

# shared keys (same real-world event in several articles)
K_BRUSSELS = "2023-02-27-brussels-borrell-kurti-vucic"
K_OHRID = "2023-03-18-ohrid-borrell-kurti-vucic"
K_JAKARTA = "2025-05-15-jakarta-albanese-prabowo"
K_CANBERRA = "2024-08-20-canberra-albanese-prabowo"
K_YUNUS_XI = "2025-03-28-beijing-xi-yunus"

ARTICLES = [
    # Tuesday wire (Feb 28, 2023), dateline without year but the feed gives the date. "on Monday" -> 27 Feb
    # (shared with 001, month-only there); "first met each leader separately" -> one event per pair, same
    # day, before the three-way session; "next month" in Ohrid -> planned 2023-03 (held in 001);
    # "January 20" -> 2023-01-20 Belgrade, the French/German/Italian advisers are groups; "video call ...
    # on Friday" -> 24 Feb call. Diacritics: Vučić, Lajčák, Kovač.
    ("000_xk_rs_brussels_dialogue_wire", "2023-02-28", False, [
        ev(K_BRUSSELS, M, OCC, "2023-02-27", "Brussels", [KURTI, VUCIC, BORRELL], [],
           "after talks hosted by EU foreign policy chief Josep Borrell in Brussels on Monday"),
        ev("2023-02-27-brussels-borrell-kurti-lajcak", M, OCC, "2023-02-27", "Brussels", [BORRELL, LAJCAK, KURTI], [],
           "Miroslav Lajčák, first met each leader separately at the European External Action Service building"),
        ev("2023-02-27-brussels-borrell-lajcak-vucic", M, OCC, "2023-02-27", "Brussels", [BORRELL, LAJCAK, VUCIC], [],
           "Miroslav Lajčák, first met each leader separately at the European External Action Service building"),
        ev(K_OHRID, M, PLN, "2023-03", "Ohrid", [KURTI, VUCIC], [],
           "expected to meet again in the North Macedonian lakeside town of Ohrid next month"),
        ev("2023-01-20-belgrade-escobar-lajcak-vucic", M, OCC, "2023-01-20", "Belgrade", [LAJCAK, ESCOBAR, VUCIC],
           ["France", "Germany", "Italy"],
           "when Lajčák and US envoy Gabriel Escobar met Vučić together with diplomatic advisers"),
        ev("2023-02-24-escobar-kurti-call", C, OCC, "2023-02-24", None, [ESCOBAR, KURTI], [],
           "Escobar also held a video call with Kurti on Friday"),
    ], ["'Borrell told a news conference afterwards' (press)",
        "'Vucic told Serbian reporters', 'Kurti wrote on Facebook' (press, post)",
        "'EU spokesperson Peter Stano said on Tuesday' (statement; Stano is only quoted)",
        "'The envoys had stopped in Pristina earlier that day' (visit without a stated encounter)",
        "'have met about a dozen times under EU mediation since 2021' (counted)",
        "'Direct talks without the EU \"would only be possible once ...\"' (hypothetical)",
        "'Serbia's parliament will debate the plan at a special session' (domestic)",
        "Related coverage: 'Lajcak meets Kosovo Serb leaders', 'Vucic, Kurti to meet in Ohrid in March', "
        "'Serbia to meet Lithuania' (furniture, sport)"]),

    # Manifest null: only the "Updated: 19.03.2023, 08:41" line dates the page (Sunday). "late on Saturday" ->
    # 18 Mar (proximity format: mediators shuttled, then the same table -> one meeting); Kovachevski
    # "received ... before the talks and had lunch with them" -> same day, separate encounter (different
    # people); "last month's session in Brussels" -> 2023-02, shared with 000; "next week" (Sunday article)
    # -> 2023-03, planned.
    ("001_mk_ohrid_kurti_vucic_broadcaster", "2023-03-19", True, [
        ev(K_OHRID, M, OCC, "2023-03-18", "Ohrid", [KURTI, VUCIC, BORRELL, LAJCAK], [],
           "Aleksandar Vucic agreed late on Saturday on an annex for implementing the EU-backed normalisation plan"),
        ev("2023-03-18-ohrid-borrell-kovachevski-lajcak", M, OCC, "2023-03-18", "Ohrid",
           [KOVACHEVSKI, BORRELL, LAJCAK], [],
           "received Borrell and Lajcak at the hotel before the talks and had lunch with them"),
        ev(K_BRUSSELS, M, OCC, "2023-02", "Brussels", [KURTI, VUCIC], [],
           "followed last month's session in Brussels, where the two leaders first accepted the plan"),
        ev("2023-03-brussels-bislimi-lajcak-petkovic", M, PLN, "2023-03", "Brussels", [LAJCAK, PETKOVIC, BISLIMI], [],
           "Petar Petkovic and Besnik Bislimi, in Brussels next week"),
    ], ["'the mediators shuttled between them' (proximity phase of the same talks, not separate meetings)",
        "'Borrell wrote on Twitter' (post)",
        "'Vucic, speaking to journalists', 'Kurti told a press conference' (press)",
        "'a formal signature could follow at a later summit, but no date has been set' (hypothetical)",
        "'Vucic is due to address the nation on Sunday evening' (address)",
        "Related / Most read: 'Kovachevski holds talks with Greek PM Mitsotakis in Athens', "
        "'Borrell: Ohrid talks to start at 3 p.m.', 'Vardar to meet Pelister' (furniture, sport)"]),

    # Manifest null: dateline "Ulaanbaatar, July 8, 2025 /MNA/" (Tuesday). Translated agency copy with
    # honorifics; Mongolian names patronymic-second ("Khurelsukh Ukhnaa", "Zandanshatar Gombojav",
    # "Amarbayasgalan Dashzegve"), Japanese name family-first ("Kishida Fumio"). State Palace / State Guest
    # House -> Ulaanbaatar (dateline). "This morning" -> 8 Jul; "On July 9 ... scheduled to receive" ->
    # planned. 2022 Tokyo: Imperial Palace audience and, "On the same day, also in Tokyo", talks with Kishida.
    # September consultations: groups only, planned, month.
    ("002_mn_jp_emperor_state_visit_translated", "2025-07-08", True, [
        ev("2025-07-07-ulaanbaatar-khurelsukh-naruhito", M, OCC, "2025-07-07", "Ulaanbaatar", [KHURELSUKH, NARUHITO], [],
           "Khurelsukh Ukhnaa held an official meeting with His Majesty Emperor Naruhito of Japan"),
        ev("2025-07-08-ulaanbaatar-masako-naruhito-zandanshatar", M, OCC, "2025-07-08", "Ulaanbaatar",
           [ZANDANSHATAR, NARUHITO, MASAKO], [],
           "Mr. Zandanshatar Gombojav paid a courtesy call on Their Majesties at the State Guest House"),
        ev("2025-07-09-ulaanbaatar-amarbayasgalan-masako-naruhito", M, PLN, "2025-07-09", "Ulaanbaatar",
           [NARUHITO, MASAKO, AMARBAYASGALAN], [],
           "On July 9, Their Majesties are scheduled to receive the Chairman of the State"),
        ev("2022-11-29-tokyo-khurelsukh-naruhito", M, OCC, "2022-11-29", "Tokyo", [NARUHITO, KHURELSUKH], [],
           "received the Mongolian leader at the Imperial Palace in Tokyo on 29 November 2022"),
        ev("2022-11-29-tokyo-khurelsukh-kishida", M, OCC, "2022-11-29", "Tokyo", [KHURELSUKH, KISHIDA], [],
           "the President held official talks with then Prime Minister Kishida Fumio"),
        ev("2025-09-tokyo-japan-mongolia", M, PLN, "2025-09", "Tokyo", [], ["Japan", "Mongolia"],
           "will hold their next round of policy consultations in Tokyo in September"),
    ], ["'Their Majesties arrived in Ulaanbaatar on July 6', 'official welcome ceremony ... at Chinggis Square' (arrival, ceremony)",
        "'exchanged views in a warm and friendly atmosphere' (same 7 July meeting)",
        "'In the evening of the same day ... offered a state banquet' (same day, same occasion: not a separate event)",
        "'A visit to Mongolia by Prime Minister Kishida, which was planned for August last year, was cancelled' (cancelled)",
        "'His Majesty visited Mongolia once before, in 2007, when he was Crown Prince' (visit without a stated encounter)",
        "Read also: 'Speaker receives delegation of Japan-Mongolia Parliamentary League', 'President holds phone talks "
        "with President of Kazakhstan', 'Mongolia to meet Japan in Volleyball Nations League' (furniture, sport)"]),

    # Tuesday agency copy (29 October 2024), translated with honorifics ("the Sovereign", "HRH"). "held on
    # Monday at the Royal Palace in Rabat" -> 28 Oct; airport welcome, signing ceremony and State dinner are
    # the same occasion. "telephone conversation on September 27" -> 2024-09-27 call; "On Tuesday" ->
    # publication day (Bourita-Barrot); "February 26" -> 2024-02-26 (Barrot's predecessor Sejourne);
    # "On Wednesday morning ... due to meet ... Akhannouch, in Rabat" -> planned 30 Oct.
    ("003_ma_fr_macron_rabat_translated", "2024-10-29", False, [
        ev("2024-10-28-rabat-macron-mohammed-vi", M, OCC, "2024-10-28", "Rabat", [MOHAMMED_VI, MACRON], [],
           "held on Monday at the Royal Palace in Rabat tête-à-tête talks with the President"),
        ev("2024-09-27-macron-mohammed-vi-call", C, OCC, "2024-09-27", None, [MOHAMMED_VI, MACRON], [],
           "The two Heads of State had also held a telephone conversation on September 27"),
        ev("2024-10-29-rabat-barrot-bourita", M, OCC, "2024-10-29", "Rabat", [BOURITA, BARROT], [],
           "Mr. Nasser Bourita, held talks in Rabat with his French counterpart, Mr. Jean-Noël Barrot"),
        ev("2024-02-26-rabat-bourita-sejourne", M, OCC, "2024-02-26", "Rabat", [BOURITA, SEJOURNE], [],
           "Mr. Stéphane Séjourné, in Rabat on February 26"),
        ev("2024-10-30-rabat-akhannouch-macron", M, PLN, "2024-10-30", "Rabat", [MACRON, AKHANNOUCH], [],
           "he is due to meet the Head of Government, Mr. Aziz Akhannouch, in Rabat"),
    ], ["'HM the King had personally welcomed the French President ... upon their arrival at Rabat-Sale airport' (arrival)",
        "'chaired the signing ceremony ... of 22 agreements', 'offered a State dinner' (same 28 Oct occasion)",
        "'the letter addressed by President Macron to HM the King on July 30' (letter, not an encounter)",
        "'Mr. Macron will deliver a speech ... before the two Houses of Parliament' (speech)",
        "'before travelling to Marrakech' (travel)",
        "'The two countries have held numerous ministerial visits since the beginning of the year' (counted)",
        "Read also: credentials ceremony, 'Mr. Bourita holds phone talks with Spanish counterpart', "
        "'Wydad to meet Raja' (furniture, sport)"]),

    # Monday Portuguese English-language paper (24 April 2023). "received on Saturday ... at Belem Palace" ->
    # 22 Apr, Lisbon; "Later the same day ... co-chaired the 13th Portugal-Brazil summit" -> separate
    # encounter (different people), delegations -> groups; "inauguration on January 1 and met him there" ->
    # 2023-01-01 Brasilia; "phone call on November 1 last year" -> 2022-11-01; "travels on Wednesday to
    # Madrid, where he is due to hold talks with ... Sanchez" -> planned 26 Apr (Moncloa -> Madrid).
    ("004_pt_br_lula_lisbon_regional", "2023-04-24", False, [
        ev("2023-04-22-lisbon-lula-rebelo-de-sousa", M, OCC, "2023-04-22", "Lisbon", [LULA, REBELO], [],
           "was received on Saturday by President Marcelo Rebelo de Sousa at Belém Palace"),
        ev("2023-04-22-lisbon-costa-lula", M, OCC, "2023-04-22", "Lisbon", [LULA, COSTA], ["Portugal", "Brazil"],
           "Lula and Prime Minister António Costa co-chaired the 13th Portugal-Brazil summit"),
        ev("2023-01-01-brasilia-lula-rebelo-de-sousa", M, OCC, "2023-01-01", "Brasilia", [REBELO, LULA], [],
           "who had flown to Brasília for Lula's inauguration on January 1 and met him there"),
        ev("2022-11-01-costa-lula-call", C, OCC, "2022-11-01", None, [COSTA, LULA], [],
           "Costa first invited Lula during a phone call on November 1 last year"),
        ev("2023-04-26-madrid-lula-sanchez", M, PLN, "2023-04-26", "Madrid", [LULA, SANCHEZ], [],
           "where he is due to hold talks with Spanish Prime Minister Pedro Sánchez"),
    ], ["'At a joint press conference, Lula thanked Portugal' (press)",
        "'Lula will address a special session of parliament' (speech)",
        "'Chega leader Andre Ventura said his party would protest' (statement, domestic)",
        "'No meeting with opposition leader Luis Montenegro is on the programme' (negation)",
        "'Lula has visited Portugal more than a dozen times', 'Costa and Lula have met many times' (counted)",
        "'From Lisbon, Lula travels on Wednesday to Madrid' (travel; the talks there are the event)",
        "Most read: 'Benfica to meet Inter', 'Costa and Sanchez to hold Iberian summit in the autumn' (furniture, sport)"]),

    # Wednesday Kathmandu paper (December 4, 2024); dateline "Kathmandu, December 4" without year, feed date
    # given. "on Tuesday" -> 3 Dec (Great Hall -> Beijing, "the two delegations" -> groups); "Later on
    # Tuesday, Oli met Zhao Leji" -> 3 Dec; "scheduled to call on ... later on Wednesday" -> planned, same day
    # (call on = in person); "in August" -> 2024-08; UNGA sidelines "in September" -> 2024-09, New York.
    # "K.P. Sharma Oli" is KP Sharma Oli.
    ("005_np_cn_oli_beijing_regional", "2024-12-04", False, [
        ev("2024-12-03-beijing-li-oli", M, OCC, "2024-12-03", "Beijing", [OLI, LI], ["Nepal", "China"],
           "talks with Chinese Premier Li Qiang at the Great Hall of the People on Tuesday"),
        ev("2024-12-03-beijing-oli-zhao", M, OCC, "2024-12-03", "Beijing", [OLI, ZHAO], [],
           "Later on Tuesday, Oli met Zhao Leji"),
        ev("2024-12-04-beijing-oli-xi", M, PLN, "2024-12-04", "Beijing", [OLI, XI], [],
           "Oli is scheduled to call on President Xi Jinping in Beijing later on Wednesday"),
        ev("2024-08-beijing-deuba-wang", M, OCC, "2024-08", "Beijing", [DEUBA, WANG], [],
           "during her own visit in August, when she met Chinese Foreign Minister Wang Yi"),
        ev("2024-09-22-new-york-modi-oli", M, OCC, "2024-09", "New York", [OLI, MODI], [],
           "he met Indian Prime Minister Narendra Modi on the sidelines of the UN General Assembly"),
    ], ["'Foreign Minister Arzu Rana Deuba told reporters in Beijing' (press)",
        "'Oli travelled to Beijing before New Delhi' (travel)",
        "'He has not received an invitation from India' (negation)",
        "'Wang Yi has accepted an invitation to visit Kathmandu \"at a mutually convenient time\"' (vague)",
        "'A loan agreement ... was signed separately in the two capitals ... exchanged through diplomatic notes' (no encounter)",
        "'the Cabinet met on Tuesday in the Prime Minister's absence' (domestic)",
        "'Oli will deliver a lecture at Peking University on Thursday' (speech)",
        "Related: 'Deuba meets Chinese Ambassador Chen Song', 'Nepal to meet UAE', 'Dahal says BRI deal ...' (furniture, sport)"]),

    # Tuesday government readout (January 30, 2024). "PBBM" = Marcos. Vietnamese names family-first, later
    # "PM Chinh" (given name). "on Tuesday" -> publication day, Presidential Palace -> Hanoi (dateline),
    # delegations -> groups; witnessing the MoU exchange is the same meeting. "called on ... at the
    # Government Office" -> in person; "The day before" -> 29 Jan; APEC "in November" -> 2023-11,
    # San Francisco.
    ("006_ph_vn_marcos_hanoi_readout", "2024-01-30", False, [
        ev("2024-01-30-hanoi-marcos-vo", M, OCC, "2024-01-30", "Hanoi", [MARCOS, VO], ["Philippines", "Vietnam"],
           "held a tête-à-tête followed by an expanded bilateral meeting with their delegations"),
        ev("2024-01-30-hanoi-marcos-pham", M, OCC, "2024-01-30", "Hanoi", [MARCOS, PHAM], [],
           "The President later called on Prime Minister Pham Minh Chinh at the Government Office"),
        ev("2024-01-30-hanoi-marcos-nguyen", M, OCC, "2024-01-30", "Hanoi", [MARCOS, NGUYEN], [],
           "In the afternoon, PBBM met Communist Party General Secretary Nguyen Phu Trong"),
        ev("2024-01-29-hanoi-bui-manalo", M, OCC, "2024-01-29", "Hanoi", [MANALO, BUI], [],
           "Enrique Manalo and Vietnamese Foreign Minister Bui Thanh Son met in Hanoi"),
        ev("2023-11-san-francisco-marcos-vo", M, OCC, "2023-11", "San Francisco", [MARCOS, VO], [],
           "last met on the sidelines of the APEC leaders' meeting in San Francisco in November"),
    ], ["'The two leaders then witnessed the exchange of memoranda' (same meeting as the talks)",
        "'the President laid a wreath at the Ho Chi Minh Mausoleum' (ceremony)",
        "'he will address members of the Filipino community in Hanoi before flying back to Manila' (speech, travel)",
        "'There are no plans for a meeting with Chinese officials during this trip' (negation; Garafil only quoted)",
        "'have held several rounds of bilateral consultations on maritime issues since ...' (counted)",
        "'In a joint press statement' (statement)",
        "Related News: 'PBBM to attend ASEAN-Australia Special Summit', 'PBBM, Vo Van Thuong to hold talks on Tuesday', "
        "'Gilas Pilipinas to meet Vietnam' (furniture, sport)"]),

    # Thursday first-person media release (15 May 2025): "I" = Anthony Albanese. "Today I met" -> 15 May
    # (Merdeka Palace, Jakarta), shared with 014; "since I hosted President Prabowo in Canberra in August last
    # year" -> 2024-08, shared with 014; "election was held on 3 May. Two days later ... phoned me" -> 5 May
    # call; "will host ... in Canberra next month" -> planned 2025-06.
    ("007_au_id_albanese_jakarta_release", "2025-05-15", False, [
        ev(K_JAKARTA, M, OCC, "2025-05-15", "Jakarta", [ALBANESE, PRABOWO], [],
           "Today I met President Prabowo Subianto at Merdeka Palace in Jakarta"),
        ev(K_CANBERRA, M, OCC, "2024-08", "Canberra", [ALBANESE, PRABOWO], [],
           "since I hosted President Prabowo in Canberra in August last year"),
        ev("2025-05-05-albanese-prabowo-call", C, OCC, "2025-05-05", None, [PRABOWO, ALBANESE], [],
           "Two days later, President Prabowo phoned me to offer his congratulations"),
        ev("2025-06-canberra-marles-sjamsoeddin", M, PLN, "2025-06", "Canberra", [MARLES, SJAFRIE], [],
           "will host Indonesia's Minister of Defence, Sjafrie Sjamsoeddin, in Canberra next month"),
    ], ["'The election was held on 3 May' (not an encounter)",
        "'I laid a wreath at Kalibata Heroes Cemetery' (ceremony)",
        "'President Prabowo and I held a joint press conference' (press)",
        "'have now met in person five times, and we agreed to keep meeting regularly' (counted, vague)",
        "'I will chair a meeting of my new Cabinet next week' (domestic)",
        "'Tomorrow I return to Canberra' (travel)",
        "Read more: 'Transcript: Joint press conference with President Prabowo Subianto', swearing-in, doorstop (furniture)"]),

    # Monday live blog (Monday 23 June 2025, CEST time lines). Summit: "the three leaders sat down for talks
    # with their delegations" (Europa building -> Brussels; delegations -> groups); 13:15 Sefcovic-Sidhu on
    # the margins (same day, different people); "first met earlier this month in Paris" -> 2025-06; 10:20
    # breakfast with De Wever (particle name); "first spoke to Carney by phone on 15 March" -> 2025-03-15.
    # Antonio Costa is the same person as the Portuguese PM of 004.
    ("008_eu_ca_summit_brussels_liveblog", "2025-06-23", False, [
        ev("2025-06-23-brussels-carney-costa-von-der-leyen", M, OCC, "2025-06-23", "Brussels", [COSTA, VDL, CARNEY],
           ["European Union", "Canada"], "the three leaders sat down for talks with their delegations"),
        ev("2025-06-23-brussels-sefcovic-sidhu", M, OCC, "2025-06-23", "Brussels", [SEFCOVIC, SIDHU], [],
           "On the margins, EU trade chief Maroš Šefčovič met Canada's trade minister Maninder Sidhu"),
        ev("2025-06-03-paris-sefcovic-sidhu", M, OCC, "2025-06", "Paris", [SEFCOVIC, SIDHU], [],
           "The two first met earlier this month in Paris"),
        ev("2025-06-23-brussels-carney-de-wever", M, OCC, "2025-06-23", "Brussels", [CARNEY, DE_WEVER], [],
           "Carney had breakfast with Belgian Prime Minister Bart De Wever at his official residence"),
        ev("2025-03-15-carney-von-der-leyen-call", C, OCC, "2025-03-15", None, [VDL, CARNEY], [],
           "von der Leyen first spoke to Carney by phone on 15 March"),
    ], ["'Carney leaves Brussels this evening for The Hague' (travel)",
        "'The leaders' joint statement is out', 'agreed to hold summits more regularly' (statement, vague)",
        "'At the press conference' (press)",
        "'on the sidelines of the OECD ministerial meeting' (backdrop only; the Paris encounter is the event)",
        "'posted a photo of the call on X' (post)",
        "'agreed on Friday night after weeks of talks between officials' (counted / vague)",
        "Latest news: 'Costa and von der Leyen to meet Ishiba at EU-Japan summit', 'Red Lions to meet Canada' (furniture, sport)"]),

    # Wednesday wire (July 3, 2024), dateline without year. "on Tuesday" -> 2 Jul (Akorda -> Astana); airport
    # greeting and video-link launch are the same visit; "On Wednesday morning, Xi held separate talks with
    # ... Khurelsukh and ... Aliyev" -> two events; SCO "will gather in Astana on Thursday" -> planned 4 Jul,
    # body as group; "in May last year in ... Xi'an ... held bilateral talks" -> 2023-05. "Tokaev" (quote) =
    # Tokayev; the spokesman is only quoted.
    ("009_kz_cn_xi_astana_wire", "2024-07-03", False, [
        ev("2024-07-02-astana-tokayev-xi", M, OCC, "2024-07-02", "Astana", [XI, TOKAYEV], [],
           "held talks at the Akorda presidential palace on Tuesday"),
        ev("2024-07-03-astana-khurelsukh-xi", M, OCC, "2024-07-03", "Astana", [XI, KHURELSUKH], [],
           "Xi held separate talks with Mongolian President Ukhnaagiin Khurelsukh and Azerbaijani President Ilham Aliyev"),
        ev("2024-07-03-astana-aliyev-xi", M, OCC, "2024-07-03", "Astana", [XI, ALIYEV], [],
           "Xi held separate talks with Mongolian President Ukhnaagiin Khurelsukh and Azerbaijani President Ilham Aliyev"),
        ev("2024-07-04-astana-shanghai-cooperation-organisation", M, PLN, "2024-07-04", "Astana", [],
           ["Shanghai Cooperation Organisation"],
           "Leaders of the Shanghai Cooperation Organisation's member states will gather in Astana on Thursday"),
        ev("2023-05-17-xian-tokayev-xi", M, OCC, "2023-05", "Xi'an", [XI, TOKAYEV], [],
           "Xi and Tokayev last met in May last year in the Chinese city of Xi'an"),
    ], ["'greeted at the airport by Tokayev on arrival' (arrival; same visit)",
        "'watched by video link the launch of a new China-Europe freight train service' (ceremony, same talks)",
        "'spokesman Aibek Smadiyarov told reporters' (press; only quoted)",
        "'Turkey's Tayyip Erdogan and Pakistan's Shehbaz Sharif are also in the city' (presence, no stated meeting)",
        "'at the first China-Central Asia summit' (backdrop only)",
        "'Xi will travel to Tajikistan after the summit for a state visit' (travel, no encounter stated)",
        "'some 30 documents were signed during the visit' (same talks)",
        "'Xi also published an article in the Kazakhstanskaya Pravda' (article)",
        "'the government held an extraordinary meeting on Wednesday' (domestic)",
        "Related: 'Tokayev, Putin hold talks on SCO sidelines', 'Xi to pay state visit to Tajikistan', "
        "'FC Astana to meet Dinamo Tbilisi' (furniture, sport)"]),

    # Monday Q&A briefing transcript (Monday, 24 March 2025). "On Thursday ... on the sidelines he will meet
    # ... Ding Xuexiang" -> planned 27 Mar, Boao; "On Friday, March 28 ... bilateral meeting with ... Xi" ->
    # planned (held: month-only in 014); "called on ... at State Guest House Jamuna in Dhaka on Sunday" ->
    # 23 Mar, in person; "visited Beijing in January and met ... Wang Yi" -> 2025-01.
    ("010_bd_cn_yunus_briefing_transcript", "2025-03-24", False, [
        ev("2025-03-27-boao-ding-yunus", M, PLN, "2025-03-27", "Boao", [YUNUS, DING], [],
           "on the sidelines he will meet Executive Vice Premier Ding Xuexiang"),
        ev(K_YUNUS_XI, M, PLN, "2025-03-28", "Beijing", [YUNUS, XI], [],
           "the Chief Adviser will hold a bilateral meeting with President Xi Jinping"),
        ev("2025-03-23-dhaka-yao-yunus", M, OCC, "2025-03-23", "Dhaka", [YAO, YUNUS], [],
           "Ambassador Yao Wen called on the Chief Adviser at State Guest House Jamuna"),
        ev("2025-01-21-beijing-hossain-wang", M, OCC, "2025-01", "Beijing", [HOSSAIN, WANG], [],
           "Md Touhid Hossain visited Beijing in January and met Foreign Minister Wang Yi"),
    ], ["the briefing itself (press); 'will leave for China on Wednesday' (travel)",
        "'he will address the Boao Forum for Asia annual conference' (speech; the forum is a backdrop)",
        "'A meeting with Premier Li is not on the schedule at this moment' (negation)",
        "'If the Chinese side proposes dates, we would of course welcome him. Nothing is fixed.' (hypothetical)",
        "'Peking University will confer an honorary doctorate', 'visit a solar panel factory' (ceremony, visit)",
        "'a joint statement will be issued' (statement)",
        "'They have exchanged letters, but this will be their first meeting' (letters; same planned meeting)",
        "Related: 'Yunus to attend Boao Forum, meet Xi', 'Bangladesh to meet Nepal' (furniture, sport)"]),

    # Friday analysis (16 August 2024), mostly background. "opened talks in Switzerland on Wednesday" -> 14 Aug,
    # no city -> Switzerland, mediators and the RSF delegation as groups, chair Perriello named; "phoned Burhan
    # last week" -> 2024-08 call; "From May 6 to 11 last year" -> date_end, groups only; Hemedti (nickname
    # first) = Mohamed Hamdan Dagalo: December 27 (2023, Entebbe), "the next day" (28 Dec, Addis Ababa),
    # January 3 (2024, Nairobi); "on July 9 ... met Burhan" -> Port Sudan; "In 2019 ... Khartoum" -> year only.
    ("011_sd_mediation_geneva_analysis", "2024-08-16", False, [
        ev("2024-08-14-switzerland-perriello", M, OCC, "2024-08-14", "Switzerland", [PERRIELLO],
           ["United States", "Saudi Arabia", "Switzerland", "Rapid Support Forces"],
           "American, Saudi and Swiss mediators opened talks in Switzerland on Wednesday"),
        ev("2024-08-06-al-burhan-blinken-call", C, OCC, "2024-08", None, [BLINKEN, BURHAN], [],
           "Secretary of State Antony Blinken phoned Burhan last week to urge him to attend"),
        ev("2023-05-06-jeddah-rapid-support-forces-sudanese-armed-forces", M, OCC, "2023-05-06", "Jeddah", [],
           ["Sudanese Armed Forces", "Rapid Support Forces", "Saudi Arabia", "United States"],
           "From May 6 to 11 last year, army and RSF delegations met in Jeddah",
           date_end="2023-05-11"),
        ev("2023-12-27-entebbe-dagalo-museveni", M, OCC, "2023-12-27", "Entebbe", [DAGALO, MUSEVENI], [],
           "On December 27, Hemedti was received by Uganda's Yoweri Museveni in Entebbe"),
        ev("2023-12-28-addis-ababa-abiy-dagalo", M, OCC, "2023-12-28", "Addis Ababa", [ABIY, DAGALO], [],
           "the next day Ethiopia's Prime Minister Abiy Ahmed hosted him in Addis Ababa"),
        ev("2024-01-03-nairobi-dagalo-ruto", M, OCC, "2024-01-03", "Nairobi", [RUTO, DAGALO], [],
           "on January 3 Kenya's William Ruto met him in Nairobi"),
        ev("2024-07-09-port-sudan-abiy-al-burhan", M, OCC, "2024-07-09", "Port Sudan", [ABIY, BURHAN], [],
           "on July 9 he flew to Port Sudan, the army's wartime seat, and met Burhan"),
        ev("2019-06-07-khartoum-abiy", M, OCC, "2019", "Khartoum", [ABIY],
           ["Transitional Military Council", "Forces of Freedom and Change"],
           "In 2019 he went to Khartoum and met both the Transitional Military Council"),
    ], ["'the army of General Abdel Fattah al-Burhan declined the invitation' (refused invitation)",
        "'called the army's absence \"a missed opportunity\"' (statement)",
        "'Later rounds in Jeddah collapsed' (counted / vague)",
        "'A face-to-face meeting with Burhan, promised at an IGAD summit in Djibouti in December, never took place' "
        "(negation; the summit is only a backdrop)",
        "'He has mediated before' (vague)",
        "'said Kholood Khair, a Sudanese policy analyst' (quote; not a participant)",
        "'Burhan and Dagalo have not met since the war began in April 2023' (negation)",
        "'If the army joined the Geneva process, a ceasefire \"could be within reach\"' (hypothetical)",
        "Most read: 'Chad to meet Sudan in AFCON qualifier', 'Egypt hosts Sudanese civilian forces', "
        "'Ruto and Burhan hold phone talks' (furniture, sport)"]),

    # Wednesday broadcaster page ("Input 2024.06.05 17:20"). Summit "on June 4 and 5" at KINTEX in Goyang ->
    # date_end, body (African Union) as group, co-chairs named; "It began on Sunday ... Yongsan, Seoul" ->
    # 2 Jun; "The next day ... separate summits" -> two events on 3 Jun; "will receive ... on Thursday" ->
    # planned 6 Jun, "the same office" -> Seoul. "Akufo Addo" (no hyphen) = Nana Akufo-Addo; Korean name
    # family-first (Yoon Suk Yeol); "The Tanzanian leader" = Samia.
    ("012_kr_africa_summit_goyang_broadcaster", "2024-06-05", False, [
        ev("2024-06-04-goyang-ould-ghazouani-yoon", M, OCC, "2024-06-04", "Goyang", [YOON, GHAZOUANI], ["African Union"],
           "co-chaired the summit at KINTEX in Goyang, northwest of Seoul, on June 4 and 5",
           date_end="2024-06-05"),
        ev("2024-06-02-seoul-samia-yoon", M, OCC, "2024-06-02", "Seoul", [YOON, SAMIA], [],
           "It began on Sunday, when Yoon hosted Tanzanian President Samia Suluhu Hassan"),
        ev("2024-06-03-seoul-akufo-addo-yoon", M, OCC, "2024-06-03", "Seoul", [YOON, AKUFO_ADDO], [],
           "Yoon held separate summits with Ghana's Nana Akufo Addo and Kenya's William Ruto"),
        ev("2024-06-03-seoul-ruto-yoon", M, OCC, "2024-06-03", "Seoul", [YOON, RUTO], [],
           "Yoon held separate summits with Ghana's Nana Akufo Addo and Kenya's William Ruto"),
        ev("2024-06-06-seoul-nyusi-yoon", M, PLN, "2024-06-06", "Seoul", [YOON, NYUSI], [],
           "Yoon will receive Mozambican President Filipe Nyusi at the same office on Thursday"),
    ], ["'The first Korea-Africa Summit closed on Wednesday with a joint declaration' (same summit; declaration)",
        "'The Tanzanian leader was the first African head of state to arrive' (arrival)",
        "'On Tuesday evening, Yoon and First Lady Kim Keon Hee hosted an official dinner for the leaders at the "
        "summit venue' (inside the summit, not a separate event)",
        "'Ramaphosa ... did not attend, and no meeting with him took place' (negation)",
        "'busy with coalition talks at home after last week's election' (domestic)",
        "'Speaking to reporters on Wednesday' (press)",
        "'had held summit talks with African leaders more than 20 times this week' (counted)",
        "'Opposition lawmakers criticised the event ... in a statement' (statement)",
        "Related: 'Korea to meet China in World Cup qualifier', 'Yoon to host Kazakh president next week', "
        "'Foreign minister Cho meets AU Commission chairperson' (furniture, sport)"]),

    # Manifest null and no year anywhere on the page (interview, no dateline, undated footer): every date is
    # null, even "in April", "in May", "in June", "this morning", "next week". "the President" = Faye;
    # "President Ghazouani received him there" -> Nouakchott; "Two days later" (relative to an undated
    # meeting); Goita/Traore: one event per pair; Elysee -> Paris; the call is by the interviewee herself;
    # Barrow "will come to Dakar next week ... hold talks with President Faye" -> planned.
    ("013_sn_fall_interview", "2024-07-05", True, [
        ev("2024-04-18-nouakchott-faye-ould-ghazouani", M, OCC, None, "Nouakchott", [FAYE, GHAZOUANI], [],
           "President Ghazouani received him there in April"),
        ev("2024-04-20-banjul-barrow-faye", M, OCC, None, "Banjul", [FAYE, BARROW], [],
           "Two days later the President held talks with President Adama Barrow in Banjul"),
        ev("2024-05-30-bamako-faye-goita", M, OCC, None, "Bamako", [FAYE, GOITA], [],
           "In May he met Colonel Assimi Goïta in Bamako and Captain Ibrahim Traoré in Ouagadougou"),
        ev("2024-05-30-ouagadougou-faye-traore", M, OCC, None, "Ouagadougou", [FAYE, TRAORE], [],
           "In May he met Colonel Assimi Goïta in Bamako and Captain Ibrahim Traoré in Ouagadougou"),
        ev("2024-07-05-diop-fall-call", C, OCC, None, None, [FALL, DIOP], [],
           "this morning I spoke by phone with Abdoulaye Diop about the Dakar-Bamako corridor"),
        ev("2024-06-20-paris-faye-macron", M, OCC, None, "Paris", [FAYE, MACRON], [],
           "The President met President Macron at the Élysée in June"),
        ev("2024-07-dakar-barrow-faye", M, PLN, None, "Dakar", [BARROW, FAYE], [],
           "and he will hold talks with President Faye"),
    ], ["the interview itself (interview)",
        "'The President's first trip abroad was to Mauritania' (travel; the Nouakchott meeting is the event)",
        "'Then he went to Mali and Burkina Faso' (travel; the meetings are stated in the answer)",
        "'I speak with my Malian counterpart almost every week' (counted / habitual)",
        "'We have not met the Nigerien authorities yet. That will come.' (negation, vague)",
        "'If there is an invitation, we would study it' (hypothetical)",
        "'The two presidents will also inaugurate a new border post' (same planned visit)",
        "Read more: 'Faye meets Ghanaian president in Accra', 'Teranga Lions to meet Mauritania' (furniture, sport)"]),

    # Saturday newsletter (Saturday, 17 May 2025). "on Thursday" -> 15 May Jakarta (shared with 007); "last
    # August ... met at Parliament House" -> 2024-08 Canberra (shared with 007); "on Tuesday" -> 13 May
    # Beijing; "spoke by phone on the 14th" -> 14 May; "who met Xi in Beijing in March" -> 2025-03 (planned in
    # 010); "due in Tokyo at the end of the month for talks with Ishiba" -> planned 2025-05; "ASEAN leaders
    # gather in Kuala Lumpur on May 26" -> planned gathering, body as group.
    ("014_asia_pacific_week_roundup", "2025-05-17", False, [
        ev(K_JAKARTA, M, OCC, "2025-05-15", "Jakarta", [ALBANESE, PRABOWO], [],
           "holding talks with President Prabowo Subianto at the Merdeka Palace on Thursday"),
        ev(K_CANBERRA, M, OCC, "2024-08", "Canberra", [PRABOWO, ALBANESE], [],
           "Prabowo had been to Canberra as president-elect last August, when the two men met"),
        ev("2025-05-13-beijing-lula-xi", M, OCC, "2025-05-13", "Beijing", [XI, LULA], [],
           "Xi Jinping received Brazil's Luiz Inácio Lula da Silva at the Great Hall"),
        ev("2025-05-14-ishiba-khurelsukh-call", C, OCC, "2025-05-14", None, [KHURELSUKH, ISHIBA], [],
           "Shigeru Ishiba spoke by phone on the 14th"),
        ev(K_YUNUS_XI, M, OCC, "2025-03", "Beijing", [YUNUS, XI], [],
           "Muhammad Yunus, who met Xi in Beijing in March"),
        ev("2025-05-30-tokyo-ishiba-yunus", M, PLN, "2025-05", "Tokyo", [YUNUS, ISHIBA], [],
           "is due in Tokyo at the end of the month for talks with Ishiba"),
        ev("2025-05-26-kuala-lumpur-asean", M, PLN, "2025-05-26", "Kuala Lumpur", [], ["ASEAN"],
           "ASEAN leaders gather in Kuala Lumpur on May 26 for their 46th summit"),
    ], ["'though no new agreement was signed' (negation, same meeting)",
        "'the two sides signed some 20 agreements' (same Lula-Xi meeting)",
        "'Lula also gave a speech to Chinese and Brazilian business leaders' (speech)",
        "'to prepare Emperor Naruhito's state visit to Mongolia in July' (visit without a stated encounter)",
        "'Host Anwar Ibrahim has promised a short, focused agenda' (statement)",
        "In brief: 'Kazakhstan's government met on Tuesday' (domestic), 'said in a speech' (speech), "
        "'faces a confidence vote in parliament' (domestic)",
        "'said Penny Wong ... in an interview with ABC radio' (interview)",
        "Read more: 'Japan to meet Australia in World Cup qualifier', 'Albanese and Prabowo to hold talks in Jakarta', "
        "'Marcos and Anwar meet in Kuala Lumpur' (furniture, sport)"]),
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
