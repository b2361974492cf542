#!/usr/bin/env python3
"""Generate gold.jsonl and manifest.jsonl for the holdout6 corpus.

Run:  python3 data/holdout6/build_gold.py   then   python3 data/eval/validate.py data/holdout6
Each article lists its true publication date, whether the manifest hides it, its gold
events, and (for documentation only) the traps it contains that must NOT be extracted.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

# canonical names
JAPAROV, RAHMON, MIRZIYOYEV, TOKAYEV = ("Sadyr Japarov", "Emomali Rahmon", "Shavkat Mirziyoyev",
                                        "Kassym-Jomart Tokayev")
TASHIEV, YATIMOV, KASYMALIEV = "Kamchybek Tashiev", "Saimumin Yatimov", "Adylbek Kasymaliev"
RAMA, MELONI, BALLA, PIANTEDOSI, HASANI, TAJANI = ("Edi Rama", "Giorgia Meloni", "Taulant Balla",
                                                    "Matteo Piantedosi", "Igli Hasani", "Antonio Tajani")
ERDOGAN, SISI, FIDAN, SHOUKRY = ("Recep Tayyip Erdogan", "Abdel Fattah el-Sisi", "Hakan Fidan",
                                 "Sameh Shoukry")
ABDELATTY, BOLAT, EL_KHATIB = "Badr Abdelatty", "Omer Bolat", "Hassan El-Khatib"
GUTERRES, CHRISTODOULIDES, TATAR, STEWART = ("Antonio Guterres", "Nikos Christodoulides", "Ersin Tatar",
                                             "Colin Stewart")
RAMGOOLAM, STARMER, POWELL, RAMFUL, LAMMY = ("Navin Ramgoolam", "Keir Starmer", "Jonathan Powell",
                                             "Dhananjay Ramful", "David Lammy")
SANCHEZ, AKHANNOUCH, MOHAMMED_VI = "Pedro Sanchez", "Aziz Akhannouch", "Mohammed VI"
MACRON, BARROT, DRAGHI = "Emmanuel Macron", "Jean-Noel Barrot", "Mario Draghi"
KAMIKAWA, KIHARA, MANALO, TEODORO = "Yoko Kamikawa", "Minoru Kihara", "Enrique Manalo", "Gilberto Teodoro"
MARCOS, KISHIDA, BIDEN = "Ferdinand Marcos Jr.", "Fumio Kishida", "Joe Biden"
SUDANI, RASHID = "Mohammed Shia al-Sudani", "Abdul Latif Rashid"
NECHIRVAN, MASROUR = "Nechirvan Barzani", "Masrour Barzani"
TRUMP, MILEI, BESSENT, CAPUTO, BAUSILI, GEORGIEVA = ("Donald Trump", "Javier Milei", "Scott Bessent",
                                                     "Luis Caputo", "Santiago Bausili", "Kristalina Georgieva")
ANWAR, WONG, RAFIZI, GAN, ONN_HAFIZ = ("Anwar Ibrahim", "Lawrence Wong", "Rafizi Ramli", "Gan Kim Yong",
                                       "Onn Hafiz Ghazi")
MODI, MUIZZU = "Narendra Modi", "Mohamed Muizzu"
FAYE, FALL, GHAZOUANI, TANGARA, MERZOUG = ("Bassirou Diomaye Faye", "Yassine Fall", "Mohamed Ould Ghazouani",
                                           "Mamadou Tangara", "Mohamed Salem Ould Merzoug")
CARNEY, CHARLES = "Mark Carney", "Charles III"

GUARANTORS = ["Greece", "Turkey", "United Kingdom"]


def ev(key, kind, status, date, location, participants, groups, evidence, date_end=None):
    e = {"key": key, "kind": kind, "status": status, "date": date}
    if date_end:
        e["date_end"] = date_end
    e.update({"location": location, "participants": participants, "groups": groups,
              "evidence": evidence})
    return e


M, C, OCC, PLN = "meeting", "call", "occurred", "planned"

# shared keys (same real-world event in several articles)
K_BISHKEK = "2025-03-13-bishkek-japarov-rahmon"
K_KHUJAND = "2025-03-31-khujand-japarov-mirziyoyev-rahmon"
K_ROME_PROTOCOL = "2023-11-06-rome-meloni-rama"
K_CAIRO = "2024-02-14-cairo-erdogan-sisi"
K_CYPRUS_NY = "2025-07-16-new-york-christodoulides-guterres-tatar"
K_MALE = "2025-07-25-male-modi-muizzu"

ARTICLES = [
    ("001_kg_tj_border_treaty_wire", "2025-03-13", False, [
        ev(K_BISHKEK, M, OCC, "2025-03-13", "Bishkek", [JAPAROV, RAHMON], [],
           "Japarov hosted Tajik President Emomali Rahmon for talks at the Ala-Archa state residence in Bishkek"),
        ev("2025-03-03-batken-tashiev-yatimov", M, OCC, "2025-03-03", "Batken", [TASHIEV, YATIMOV],
           ["Kyrgyzstan", "Tajikistan"],
           "final round of talks in the Kyrgyz town of Batken from 3 to 5 March", date_end="2025-03-05"),
        ev("2025-03-11-japarov-mirziyoyev-call", C, OCC, "2025-03-11", None, [JAPAROV, MIRZIYOYEV], [],
           "briefed Uzbek President Shavkat Mirziyoyev on the treaty in a telephone call on Tuesday"),
        ev(K_KHUJAND, M, PLN, "2025-03-31", "Khujand", [JAPAROV, RAHMON, MIRZIYOYEV], [],
           "three leaders are scheduled to meet in the Tajik city of Khujand on March 31"),
        ev("2025-03-14-bishkek-kasymaliev-rahmon", M, PLN, "2025-03-14", "Bishkek", [RAHMON, KASYMALIEV], [],
           "Rahmon will hold talks with Kyrgyz Prime Minister Adylbek Kasymaliev tomorrow"),
    ], ["Rahmon arrived in Bishkek on Wednesday evening (arrival)",
        "2021 and 2022 clashes (not meetings)",
        "Tashiev speaking to reporters; teams met 'more than a hundred times' (press; counted)",
        "Kyrgyz cabinet approved the draft at a session on Monday (internal)",
        "parliaments still have to ratify (domestic)",
        "Rahmon invited Japarov to Dushanbe, no date given (unconfirmed invitation)",
        "whether they would meet again 'would depend' on parliaments (hypothetical)",
        "Japarov and Rahmon have met many times on the sidelines of regional summits (counted)",
        "'Before flying home' (travel)"]),

    ("002_tj_kg_uz_khujand_summit_broadcaster", "2025-04-01", True, [
        ev(K_KHUJAND, M, OCC, "2025-03-31", "Khujand", [RAHMON, JAPAROV, MIRZIYOYEV], [],
           "Emomali Rahmon hosted Sadyr Japparov and Shavkat Mirziyoyev at the Arbob palace"),
        ev("2025-03-30-khujand-mirziyoyev-rahmon", M, OCC, "2025-03-30", "Khujand", [RAHMON, MIRZIYOYEV], [],
           "The previous evening, Rahmon and Mirziyoyev held a one-on-one meeting over dinner in Khujand"),
        ev("2025-03-29-khujand-kyrgyzstan-tajikistan-uzbekistan", M, OCC, "2025-03-29", "Khujand", [],
           ["Tajikistan", "Kyrgyzstan", "Uzbekistan"],
           "Expert groups from the three countries met in Khujand on Saturday"),
        ev(K_BISHKEK, M, OCC, "2025-03", "Bishkek", [RAHMON, JAPAROV], [],
           "Rahmon and Japarov signed a bilateral border treaty in Bishkek in mid-March"),
        ev("2025-04-01-rahmon-tokayev-call", C, OCC, "2025-04-01", None, [RAHMON, TOKAYEV], [],
           "On Tuesday morning Rahmon spoke by phone with Kazakh President Kassym-Jomart Tokayev"),
    ], ["Berdimuhamedov did not take part (negation)",
        "joint press appearance; Mirziyoyev's post on his official channel (press; social)",
        "next Central Asian consultative meeting 'at a date still to be agreed' (no occasion)",
        "Japarov flew back to Bishkek; Mirziyoyev left for Tashkent (travel)",
        "Rahmon and Mirziyoyev 'visited each other's capitals several times since 2018' (counted)",
        "photo caption repeats the summit (same event)",
        "Related / Most watched: Tokayev receives Rahmon, Japarov-Mirziyoyev in Tashkent, "
        "border commission in Isfara, Bishkek treaty video (furniture)"]),

    ("003_al_it_rama_meloni_protocol_regional", "2023-11-07", False, [
        ev(K_ROME_PROTOCOL, M, OCC, "2023-11-06", "Rome", [RAMA, MELONI], [],
           "Edi Rama and his Italian counterpart Giorgia Meloni signed a protocol in Rome on Monday"),
        ev("2023-08-14-vlore-meloni-rama", M, OCC, "2023-08", "Vlore", [MELONI, RAMA], [],
           "a few days of holiday in Albania and Rama hosted her for dinner in Vlorë"),
        ev("2023-12-rome-balla-piantedosi", M, PLN, "2023-12", "Rome", [BALLA, PIANTEDOSI], [],
           "due to travel to Rome next month to meet his Italian counterpart Matteo Piantedosi"),
    ], ["Meloni said Albania behaves like an EU member (statement)",
        "Rama told Italian television on Monday evening (interview)",
        "'have met at least six times since Meloni took office' (counted)",
        "Albanian opposition, Schlein and Commission spokesperson (statements)",
        "similar deals 'only if they asked' (hypothetical)",
        "parliaments must approve (domestic)", "caption repeats the Rome meeting (same event)",
        "Related / Most read: Rama-Scholz, Meloni-Sunak, Hasani-Tajani, Rama-Vucic (furniture)"]),

    ("004_it_al_meloni_shengjin_wire", "2024-06-05", False, [
        ev("2024-06-05-shengjin-meloni-rama", M, OCC, "2024-06-05", "Shengjin", [MELONI, RAMA], [],
           "Edi Rama welcomed her at the quayside, and the two leaders toured the site together"),
        ev(K_ROME_PROTOCOL, M, OCC, "2023-11", "Rome", [MELONI, RAMA], [],
           "The protocol was signed by the two leaders in Rome in November last year"),
        ev("2024-06-rome-hasani-tajani", M, PLN, "2024-06", "Rome", [HASANI, TAJANI], [],
           "is expected in Rome in late June for talks with his Italian counterpart Antonio Tajani"),
    ], ["Gjader visit the same day (part of the Shengjin event)",
        "opening postponed from 20 May to 1 August (postponed)",
        "leaders 'could come back together for the opening if' (hypothetical; nothing scheduled)",
        "joint press conference (press)", "Meloni did not meet the mayor of Lezhe (negation)",
        "flew back to Rome (travel)", "Schlein statement; European Parliament vote (not meetings)",
        "'have met more than a dozen times' (counted)",
        "Read also: Piantedosi-Balla at Gjader, Rama receives von der Leyen (furniture)"]),

    ("005_eg_tr_erdogan_cairo_wire", "2024-02-14", False, [
        ev(K_CAIRO, M, OCC, "2024-02-14", "Cairo", [ERDOGAN, SISI, FIDAN, SHOUKRY], [],
           "Tayyip Erdoğan held talks with Egyptian President Abdel Fattah al-Sisi in Cairo on Wednesday"),
        ev("2022-11-20-doha-erdogan-sisi", M, OCC, "2022-11", "Doha", [ERDOGAN, SISI], [],
           "The two leaders first met in person in Doha in November 2022"),
        ev("2024-04-ankara-erdogan-sisi", M, PLN, "2024-04", "Ankara", [ERDOGAN, SISI], [],
           "he expects to host Sisi in Ankara in April"),
    ], ["airport welcome (part of the Cairo meeting)",
        "addressed the World Government Summit in Dubai (speech)",
        "last set foot in Egypt in 2012 (visit without an encounter)",
        "Mursi removed in 2013; ties restored last year (not meetings)",
        "joint news conference; Fidan television interview (press)",
        "Shoukry and Cavusoglu 'exchanged several visits in 2023' (counted)",
        "foreign ministers 'have spoken regularly by phone' (counted)",
        "council meeting 'could take place later this year if' (hypothetical)",
        "Erdogan flew back to Ankara (travel)"]),

    ("006_tr_eg_sisi_ankara_translated", "2024-09-05", False, [
        ev("2024-09-04-ankara-erdogan-sisi", M, OCC, "2024-09-04", "Ankara", [SISI, ERDOGAN], ["Egypt", "Turkey"],
           "After the tête-à-tête meeting, the two leaders chaired together the first meeting"),
        ev(K_CAIRO, M, OCC, "2024-02", "Cairo", [ERDOGAN, SISI], [],
           "President Erdoğan had visited Cairo in February and held talks with es-Sisi there"),
        ev("2024-09-03-ankara-abdelatty-fidan", M, OCC, "2024-09-03", "Ankara", [FIDAN, ABDELATTY], [],
           "Hakan Fidan received his Egyptian counterpart Badr Abdelatty at the ministry in Ankara"),
        ev("2024-09-cairo-bolat-el-khatib", M, PLN, "2024-09", "Cairo", [BOLAT, EL_KHATIB], [],
           "Ömer Bolat will go to Cairo next week to meet Egypt's Minister of Investment"),
    ], ["official welcome ceremony and 17 agreements signed (part of the 4 September meeting)",
        "visit 'first expected in April', realised only in September (the April plan did not happen)",
        "joint press conference (press)", "wreath at Anitkabir (not a meeting)",
        "second Council meeting in Egypt, 'date will be determined later' (no occasion)",
        "es-Sisi returning to Cairo today (travel)",
        "'had met many times before on the sidelines of the international summits' (counted)",
        "Related news: Erdogan receives Egyptian FM in Bestepe, Fidan-Abdelatty in Cairo (furniture)"]),

    ("007_cy_un_geneva_informal_broadcaster", "2025-03-19", False, [
        ev("2025-03-17-geneva-christodoulides-guterres-tatar", M, OCC, "2025-03-17", "Geneva",
           [GUTERRES, CHRISTODOULIDES, TATAR], GUARANTORS,
           "António Guterres hosted an informal meeting on Cyprus in Geneva on Monday and Tuesday",
           date_end="2025-03-18"),
        ev("2025-03-17-geneva-christodoulides-guterres", M, OCC, "2025-03-17", "Geneva",
           [GUTERRES, CHRISTODOULIDES], [],
           "Guterres met Christodoulides and Tatar separately at the Palais des Nations"),
        ev("2025-03-17-geneva-guterres-tatar", M, OCC, "2025-03-17", "Geneva", [GUTERRES, TATAR], [],
           "Guterres met Christodoulides and Tatar separately at the Palais des Nations"),
        ev(K_CYPRUS_NY, M, PLN, "2025-07", None, [GUTERRES, CHRISTODOULIDES, TATAR], GUARANTORS,
           "the participants had agreed to meet again in the same enlarged format in July"),
        ev("2025-04-02-nicosia-christodoulides-stewart-tatar", M, PLN, "2025-04-02", "Nicosia",
           [CHRISTODOULIDES, TATAR, STEWART], [],
           "Christodoulides and Tatar will meet in Nicosia on 2 April in talks hosted by"),
    ], ["formal negotiations 'have not resumed since they broke down in 2017' (negation)",
        "Guterres to appoint a new personal envoy (not a meeting)",
        "formal conference 'could be convened if the conditions were right' (hypothetical)",
        "Tatar's press conference; Christodoulides told reporters (press)",
        "short joint appearance and Monday working dinner (part of the Geneva meeting)",
        "'have met several times over the past year' (counted)",
        "Tatar returned; Christodoulides flew to Brussels for the European Council (travel; backdrop)",
        "Most read: Christodoulides-Mitsotakis, Tatar-Erdogan (furniture)"]),

    ("008_mu_uk_chagos_pmo_communique", "2025-05-22", True, [
        ev("2025-05-22-ramgoolam-starmer-call", C, OCC, "2025-05-22", None, [RAMGOOLAM, STARMER], [],
           "today held a video conference with the Prime Minister of the United Kingdom"),
        ev("2025-05-14-port-louis-powell-ramgoolam", M, OCC, "2025-05-14", "Port Louis", [RAMGOOLAM, POWELL], [],
           "received the special envoy of the United Kingdom, Mr Jonathan Powell, at the New Treasury"),
        ev("2025-05-london-mauritius-united-kingdom", M, OCC, "2025-05", "London", [],
           ["Mauritius", "United Kingdom"],
           "Technical teams of the two Governments had also met in London earlier this month"),
        ev("2025-02-28-ramgoolam-starmer-call", C, OCC, "2025-02-28", None, [RAMGOOLAM, STARMER], [],
           "the telephone conversation of 28 February 2025 between the two Prime Ministers"),
        ev("2025-05-london-lammy-ramful", M, PLN, "2025-05", "London", [RAMFUL, LAMMY], [],
           "will meet the Foreign Secretary, the Rt. Hon. David Lammy, in London later this month"),
    ], ["High Court injunction delaying the signature (court, not a meeting)",
        "Cabinet meeting of Friday 16 May (internal)",
        "statement in the National Assembly on Tuesday next (statement)",
        "'conducted over thirteen rounds since 2022' (counted)",
        "resettlement 'if funding allows' (hypothetical)",
        "gratitude to India and the United States (statement)",
        "date appears only in the footer 'Port Louis / 22 May 2025'"]),

    ("009_es_ma_ran_rabat_translated", "2023-02-02", False, [
        ev("2023-02-02-rabat-akhannouch-sanchez", M, OCC, "2023-02-02", "Rabat", [SANCHEZ, AKHANNOUCH], [],
           "Pedro Sánchez, has held this Thursday in Rabat the XII High Level Meeting (RAN)"),
        ev("2023-02-01-rabat-akhannouch-sanchez", M, OCC, "2023-02-01", "Rabat", [AKHANNOUCH, SANCHEZ], [],
           "On Wednesday night, Akhannouch offered a dinner to Sánchez in the Moroccan capital"),
        ev("2023-02-01-mohammed-vi-sanchez-call", C, OCC, "2023-02-01", None, [MOHAMMED_VI, SANCHEZ], [],
           "King Mohammed VI, who is travelling in Gabon, telephoned Sánchez on Wednesday"),
        ev("2022-04-07-rabat-mohammed-vi-sanchez", M, OCC, "2022-04-07", "Rabat", [SANCHEZ, MOHAMMED_VI], [],
           "Sánchez met the sovereign for the last time on 7 April 2022"),
    ], ["20 agreements signed (part of the RAN)",
        "invitation to an official visit 'soon'; date 'has not been fixed' (unconfirmed, vague)",
        "the monarch is not in Rabat and will not receive the delegation (negation)",
        "press conference after the plenary (press)",
        "Albares 'has spoken with his counterpart Nasser Bourita many times' (counted)",
        "Feijoo criticism (statement)", "Sanchez returns to Madrid; Albares stays for a business forum (travel)",
        "RELATED / LO MAS LEIDO: Albares-Bourita in Madrid, Sanchez receives delegation (furniture)"]),

    ("010_it_fr_macron_meloni_rome_regional", "2025-06-04", False, [
        ev("2025-06-03-rome-macron-meloni", M, OCC, "2025-06-03", "Rome", [MACRON, MELONI], [],
           "Giorgia Meloni met for more than four hours at Palazzo Chigi on Tuesday evening"),
        ev("2025-05-30-barrot-tajani-call", C, OCC, "2025-05-30", None, [TAJANI, BARROT], [],
           "prepared by Foreign Ministers Antonio Tajani and Jean-Noël Barrot in a phone call on Friday"),
        ev("2021-11-26-rome-draghi-macron", M, OCC, "2021-11", "Rome", [MACRON, DRAGHI], [],
           "signed in Rome in November 2021 by Macron and then prime minister Mario Draghi"),
        ev("2025-06-12-paris-barrot-tajani", M, PLN, "2025-06-12", "Paris", [TAJANI, BARROT], [],
           "Tajani will travel to Paris on June 12 to meet Barrot"),
    ], ["joint statement; 'Neither leader held a press conference' (statement; negation)",
        "next intergovernmental summit 'at a date yet to be set' (no occasion)",
        "'have met many times since 2022' (counted)",
        "Meloni 'had not been invited to several meetings organised by Paris' (negation)",
        "G7 summit in Kananaskis is a backdrop; 'no separate bilateral meeting was planned' (negation)",
        "Macron arrived in Rome / left after midnight (travel)", "caption repeats the Rome meeting (same event)",
        "Most read: Meloni-Mattarella, Tajani-Rubio (furniture)"]),

    ("011_jp_ph_raa_manila_broadcaster", "2024-07-08", False, [
        ev("2024-07-08-manila-kamikawa-kihara-marcos", M, OCC, "2024-07-08", "Manila",
           [KAMIKAWA, KIHARA, MARCOS, TEODORO], [],
           "they paid a courtesy call on President Ferdinand Marcos Jr. at Malacañang Palace"),
        ev("2024-07-08-manila-kamikawa-kihara-manalo-teodoro", M, OCC, "2024-07-08", "Manila",
           [KAMIKAWA, KIHARA, TEODORO, MANALO], [],
           "held a \"two-plus-two\" security meeting in Manila with Teodoro and Foreign Secretary Enrique Manalo"),
        ev("2023-11-03-manila-kishida-marcos", M, OCC, "2023-11", "Manila", [KISHIDA, MARCOS], [],
           "Prime Minister Kishida Fumio held talks with Marcos in Manila in November"),
        ev("2024-04-11-washington-biden-kishida-marcos", M, OCC, "2024-04", "Washington",
           [KISHIDA, MARCOS, BIDEN], [],
           "Marcos and US President Joe Biden held their first three-way summit at the White House"),
    ], ["ministers arrived in Manila on Sunday (arrival)",
        "RAA signing in Marcos's presence (part of the courtesy call)",
        "'the second such meeting' (earlier 2+2 not an occasion here)",
        "Kamikawa told reporters; Chinese foreign ministry spokesperson (press; statement)",
        "ratification by the Diet and the Senate (domestic)",
        "Marcos 'could visit Japan again later this year if schedules allow' (hypothetical)",
        "'many rounds of working-level consultations since 2011' (counted)",
        "Kihara flies on to Australia; Kamikawa returns to Tokyo (travel)",
        "Most viewed: Kamikawa-Wang Yi, Kishida-Biden, Philippines-China talks (furniture)"]),

    ("012_iq_tr_erdogan_baghdad_erbil_liveblog", "2024-04-22", False, [
        ev("2024-04-22-baghdad-erdogan-rashid", M, OCC, "2024-04-22", "Baghdad", [ERDOGAN, RASHID], [],
           "Erdoğan was received by Iraqi President Abdul Latif Rashid at Baghdad Palace"),
        ev("2024-04-22-baghdad-al-sudani-erdogan", M, OCC, "2024-04-22", "Baghdad", [ERDOGAN, SUDANI], [],
           "Erdoğan and Prime Minister Mohammed Shia al-Sudani are holding talks at the government palace"),
        ev("2024-04-22-erbil-barzani-erdogan", M, OCC, "2024-04-22", "Erbil", [ERDOGAN, NECHIRVAN, MASROUR], [],
           "Erdoğan was received by Kurdistan Region President Nechirvan Barzani and Prime Minister Masrour Barzani"),
        ev("2024-04-21-baghdad-iraq-turkey", M, OCC, "2024-04-21", "Baghdad", [], ["Iraq", "Turkey"],
           "Iraqi and Turkish security officials held talks in Baghdad on Sunday"),
    ], ["plane took off from Erbil / landed in Erbil / landed in Baghdad (travel)",
        "Fidan and Kalin 'travelled on the same plane' (travel; not placed at any talks)",
        "joint press conference on the PKK (press)", "Masrour Barzani told reporters (press)",
        "26 memorandums signed in the presence of the two leaders (part of the Sudani talks)",
        "last travelled to Iraq in 2011 (visit without an encounter)",
        "Sudani 'has been to Ankara twice'; leaders 'speak regularly by phone' (counted)",
        "'expected to meet Kurdish leaders in Erbil' at 08:30 is the 16:50 meeting (one mention, occurred)",
        "Latest news: Sudani receives Qatari envoy, Fidan-Fuad Hussein in Ankara (furniture)"]),

    ("013_us_ar_trump_milei_ap", "2025-10-14", False, [
        ev("2025-10-14-washington-milei-trump", M, OCC, "2025-10-14", "Washington",
           [TRUMP, MILEI, BESSENT, CAPUTO], [],
           "President Donald Trump welcomed Argentine President Javier Milei to the White House on Tuesday"),
        ev("2025-09-23-new-york-milei-trump", M, OCC, "2025-09-23", "New York", [TRUMP, MILEI], [],
           "The two leaders last met Sept. 23 on the sidelines of the U.N. General Assembly"),
        ev("2025-09-25-new-york-bessent-caputo", M, OCC, "2025-09-25", "New York",
           [BESSENT, CAPUTO, BAUSILI], [],
           "Two days later, Bessant met Caputo and central bank President Santiago Bausili in New York"),
        ev("2025-10-15-washington-caputo-georgieva", M, PLN, "2025-10-15", "Washington", [CAPUTO, GEORGIEVA], [],
           "Caputo is scheduled to meet International Monetary Fund Managing Director Kristalina Georgieva"),
    ], ["Trump told reporters: 'If he loses, we are not going to be generous' (press; conditional)",
        "Sen. Warren and Sen. Grassley statements (statements)",
        "Gov. Axel Kicillof called the visit 'humiliating' (statement)",
        "Trump has never visited Argentina as president (negation)",
        "he might go 'if Javier wins big' (hypothetical)",
        "'have met several times since the Republican returned to office' (counted)",
        "Truth Social post (social media)",
        "Milei heads to Santiago, Chile, to speak at a conference (travel; speech; "
        "city name equals Santiago Bausili's given name)",
        "Oct. 26 midterm elections (not a meeting)"]),

    ("014_my_sg_leaders_retreat_regional", "2025-01-08", False, [
        ev("2025-01-07-putrajaya-anwar-wong", M, OCC, "2025-01-07", "Putrajaya", [ANWAR, WONG], [],
           "hosted his Singapore counterpart Lawrence Wong for the 11th Malaysia-Singapore Leaders' Retreat in Putrajaya yesterday"),
        ev("2025-01-06-putrajaya-gan-rafizi", M, OCC, "2025-01-06", "Putrajaya", [RAFIZI, GAN], [],
           "Gan Kim Yong had met in Putrajaya on Monday to settle the last details"),
        ev("2024-06-12-putrajaya-anwar-wong", M, OCC, "2024-06", "Putrajaya", [ANWAR, WONG], [],
           "Anwar had received him at Seri Perdana in June last year"),
        ev("2025-01-10-johor-bahru-gan-onn-hafiz", M, PLN, "2025-01-10", "Johor Bahru", [ONN_HAFIZ, GAN], [],
           "Onn Hafiz Ghazi will host Gan in Johor Bahru on Friday"),
    ], ["four-eyes meeting, exchange of documents (part of the retreat)",
        "joint press conference (press)",
        "water and airspace talks, 'no agreement was expected soon' (vague)",
        "Wong did not call on the Agong, Sultan Ibrahim (negation; 'Ibrahim' also in Anwar Ibrahim)",
        "Wong returned to Singapore (travel)",
        "next retreat in Singapore 'on a date yet to be fixed' (no occasion)",
        "'held every year since 2007' (habitual)", "caption repeats the retreat (same event)",
        "Most read: Anwar meets Prabowo in Jakarta (furniture)"]),

    ("015_newsletter_friday_brief", "2025-07-25", False, [
        ev(K_MALE, M, PLN, "2025-07-25", "Male", [MODI, MUIZZU], [],
           "is due to hold talks with President Mohamed Muizzu at the President's Office later today"),
        ev("2024-10-07-new-delhi-modi-muizzu", M, OCC, "2024-10", "New Delhi", [MUIZZU, MODI], [],
           "New Delhi last October, when he held talks with Modi at Hyderabad House"),
        ev(K_CYPRUS_NY, M, OCC, "2025-07", "New York", [GUTERRES, CHRISTODOULIDES, TATAR], GUARANTORS,
           "Guterres hosted Nikos Christodoulides and Ersin Tatar, along with the foreign ministers of Greece"),
    ], ["Modi lands in Male this morning (travel)",
        "guest of honour at Saturday's Independence Day celebrations (ceremony)",
        "Muizzu won on an 'India Out' platform (not a meeting)",
        "another Cyprus meeting 'once the Turkish Cypriot leadership election in October is over' (vague)",
        "ECB left rates unchanged (not a meeting)",
        "Ishiba denied reports he would resign; 'no plans to step down' (statement)",
        "[Editor's picks]: Albanese-Luxon, Rubio-Wang Yi call, Erdogan-Mitsotakis (furniture)"]),

    ("016_mv_modi_muizzu_male_timestamp", "2025-07-26", True, [
        ev(K_MALE, M, OCC, "2025-07-25", "Male", [MUIZZU, MODI], [],
           "President Dr Mohamed Muizzu and Indian Prime Minister Narendra Modi held official talks"),
        ev("2025-07-24-chequers-modi-starmer", M, OCC, "2025-07-24", "Chequers", [MODI, STARMER], [],
           "he and Prime Minister Keir Starmer had signed a free trade agreement at Chequers"),
        ev("2025-07-26-male-modi-muizzu", M, PLN, "2025-07-26", "Male", [MUIZZU, MODI], [],
           "President Muizu will host a state banquet for the visiting prime minister this evening"),
    ], ["Modi arrived in Male on Friday morning (arrival)",
        "inauguration of the Ministry of Defence building and MoU exchange (part of Friday's talks)",
        "joint statement (statement)",
        "Independence Day celebrations at Republic Square as guest of honour (ceremony)",
        "departs for Tamil Nadu (travel)",
        "'Modi's third to the Maldives'; Muizzu 'has since visited India twice' (counted)",
        "opposition 'had not been invited to meet the Indian prime minister' (negation)",
        "MDP statement; Khaleel told reporters (statement; press)",
        "joint commission 'when dates are convenient for both sides' (no occasion)",
        "post on X (social media)", "Related: Muizzu-Jaishankar, currency swap (furniture)"]),

    ("017_sn_fall_interview_qa", "2024-06-24", False, [
        ev("2024-06-20-paris-faye-macron", M, OCC, "2024-06-20", "Paris", [FAYE, MACRON, FALL], [],
           "to the Élysée last Thursday for his first meeting with President Emmanuel Macron"),
        ev("2024-04-18-nouakchott-faye-ghazouani", M, OCC, "2024-04", "Nouakchott", [FAYE, GHAZOUANI], [],
           "was to Nouakchott, where he held talks with President Mohamed Ould Ghazouani"),
        ev("2024-06-10-banjul-fall-tangara", M, OCC, "2024-06-10", "Banjul", [FALL, TANGARA], [],
           "in Banjul on June 10-11 for two days of talks with my Gambian counterpart",
           date_end="2024-06-11"),
        ev("2024-06-27-dakar-fall-ould-merzoug", M, PLN, "2024-06-27", "Dakar", [FALL, MERZOUG], [],
           "On Thursday I will receive the Mauritanian foreign minister, Mohamed Salem Ould Merzoug, in Dakar"),
    ], ["joint commission on French bases (no occasion)",
        "'If France wants to stay' (conditional)",
        "'I have not met him since taking office' (negation)",
        "'spoken several times with ... Stéphane Séjourné' (counted)",
        "'happy to receive him in Dakar if he comes' (hypothetical)",
        "'go back to the Sahel capitals when the time is right' (hypothetical)",
        "'met ECOWAS colleagues many times' (counted)", "Sonko criticism (statement)",
        "Council of Ministers every Wednesday (internal, habitual)",
        "Related interviews: Sonko, 'Ghazouani receives Faye in Nouakchott' (furniture)"]),

    ("018_ca_carney_paris_london_broadcaster", "2025-03-17", False, [
        ev("2025-03-17-paris-carney-macron", M, OCC, "2025-03-17", "Paris", [CARNEY, MACRON], [],
           "Mark Carney met French President Emmanuel Macron at the Élysée Palace on Monday morning"),
        ev("2025-03-17-london-carney-starmer", M, PLN, "2025-03-17", "London", [CARNEY, STARMER], [],
           "is scheduled to meet British Prime Minister Keir Starmer at 10 Downing Street later Monday"),
        ev("2025-03-17-london-carney-charles-iii", M, PLN, "2025-03-17", "London", [CARNEY, CHARLES], [],
           "to have an audience with King Charles at Buckingham Palace"),
    ], ["sworn in on Friday (domestic ceremony)", "joint media availability (press)",
        "Carney has not spoken to Trump since taking office (negation)",
        "take the call 'when the time is right'; meeting 'could happen if' (hypothetical)",
        "Macron last visited Canada in September (visit without an encounter)",
        "Macron and Trudeau 'have spoken regularly' (counted)",
        "flies to Iqaluit tomorrow (travel)", "will not travel to Washington this week (negation)",
        "Poilievre on X (social media)",
        "RELATED: Carney sworn in, Trudeau-Macron in Ottawa, Joly hosts G7 ministers (furniture)"]),
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
