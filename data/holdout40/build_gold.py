#!/usr/bin/env python3
"""Generate gold.jsonl and manifest.jsonl for the holdout40 BLIND held-out corpus.

Run:  python3 data/holdout40/build_gold.py   then   python3 data/eval/validate.py data/holdout40

holdout40 is a BLIND held-out set: the developers of dossier must not read its pages, this
file, its gold or its README (beyond the README's first paragraph). It is scored only in
aggregate.

Each entry below gives: the page id, its true publication date, whether the manifest hides
that date (True -> "published": null in manifest.jsonl), the gold events, and (for
documentation only) the traps the page contains that must NOT be extracted.

Fifteen real occasions, all from 2017-2025: the Gulf (Bennett in Manama 2022;
Erdogan in Jeddah 2022), South America and China (Lacalle Pou in Beijing 2023), the Andes
(Petro and Maduro in Caracas 2022), the Caribbean (Blinken in Port-au-Prince 2024), East Asia
(Yoon and Xi in Lima 2024), Southeast Asia (Kishida in Manila 2023), South Asia and China (the
Doval-Wang Special Representatives talks 2024), Oceania (Albanese and Xi in Bali 2022; Luxon
in New Delhi 2025), Europe (Niinisto in Ankara 2023; King Charles III in Berlin 2023) and
Africa (el-Sisi in Khartoum 2021; Buhari at the White House 2018; Macron in Accra 2017).

Fourteen pages are ordinary modern online news; one is a live blog (011).

Three pages hide their date in the manifest and print it on the page:
  003 ("Published 01/11/2022 - 21:30 COT"), 007 ("Updated: December 18, 2024 22:45 IST"),
  012 (masthead "Saturday, 6 March 2021").

Three real events are reported by two pages under the same key:
  2022-03-09-ankara-erdogan-herzog        000 (planned, "in mid-March") and 001 (held, "In March")
  2022-02-14-abu-dhabi-bin-zayed-erdogan  000 ("On Monday") and 001 ("in February")
  2022-11-15-bali-xi-yoon                 008 ("on Tuesday") and 005 ("in November 2022")
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

# canonical names
BENNETT, SALMAN_BH, HAMAD, GANTZ, MBZ, ERDOGAN, HERZOG = (
    "Naftali Bennett", "Salman bin Hamad Al Khalifa", "Hamad bin Isa Al Khalifa", "Benny Gantz",
    "Mohamed bin Zayed Al Nahyan", "Recep Tayyip Erdogan", "Isaac Herzog")
KING_SALMAN, MBS, KHALID_FAISAL, CAVUSOGLU, FAISAL_BF = (
    "Salman bin Abdulaziz Al Saud", "Mohammed bin Salman", "Khalid al-Faisal", "Mevlut Cavusoglu",
    "Faisal bin Farhan")
LACALLE, XI, LI_QIANG, ZHAO, BORIC, LULA = (
    "Luis Lacalle Pou", "Xi Jinping", "Li Qiang", "Zhao Leji", "Gabriel Boric",
    "Luiz Inacio Lula da Silva")
PETRO, MADURO, SANTOS, LEYVA, FARIA = (
    "Gustavo Petro", "Nicolas Maduro", "Juan Manuel Santos", "Alvaro Leyva", "Carlos Faria")
BLINKEN, DUPUY, LEBLANC, CONILLE, OTUNGE, RAMEAU, ABINADER, RUTO, BIDEN = (
    "Antony Blinken", "Dominique Dupuy", "Edgard Leblanc Fils", "Garry Conille", "Godfrey Otunge",
    "Normil Rameau", "Luis Abinader", "William Ruto", "Joe Biden")
YOON, ISHIBA, TRUMP, KISHIDA = ("Yoon Suk Yeol", "Shigeru Ishiba", "Donald Trump", "Fumio Kishida")
MARCOS, MANALO, KOSHIKAWA, HARRIS, ANWAR = (
    "Ferdinand Marcos Jr.", "Enrique Manalo", "Kazuhiko Koshikawa", "Kamala Harris", "Anwar Ibrahim")
DOVAL, WANG_YI, HAN_ZHENG, MODI, JAISHANKAR, RAJNATH, DONG_JUN = (
    "Ajit Doval", "Wang Yi", "Han Zheng", "Narendra Modi", "S. Jaishankar", "Rajnath Singh", "Dong Jun")
ALBANESE, WONG, MARLES, WEI = ("Anthony Albanese", "Penny Wong", "Richard Marles", "Wei Fenghe")
LUXON, MCCLAY, GOYAL, MURMU, KEY = (
    "Christopher Luxon", "Todd McClay", "Piyush Goyal", "Droupadi Murmu", "John Key")
NIINISTO, HAAVISTO, COSKUN, KRISTERSSON, ANDERSSON, STOLTENBERG = (
    "Sauli Niinisto", "Pekka Haavisto", "Omer Faruk Coskun", "Ulf Kristersson", "Magdalena Andersson",
    "Jens Stoltenberg")
CHARLES, CAMILLA, STEINMEIER, BUDENBENDER, SCHOLZ, TSCHENTSCHER = (
    "King Charles III", "Queen Camilla", "Frank-Walter Steinmeier", "Elke Budenbender", "Olaf Scholz",
    "Peter Tschentscher")
SISI, BURHAN, HAMDOK, AL_MAHDI, SHOUKRY, FARID, AL_HUSSEIN, GUTERRES, AL_HILU = (
    "Abdel Fattah el-Sisi", "Abdel Fattah al-Burhan", "Abdalla Hamdok", "Mariam al-Sadiq al-Mahdi",
    "Sameh Shoukry", "Mohamed Farid", "Mohamed Othman al-Hussein", "Antonio Guterres",
    "Abdelaziz al-Hilu")
BUHARI, ONYEAMA, OLONISAKIN, TILLERSON, OBAMA = (
    "Muhammadu Buhari", "Geoffrey Onyeama", "Gabriel Olonisakin", "Rex Tillerson", "Barack Obama")
MACRON, AKUFO_ADDO, KABORE, BOUTEFLIKA = (
    "Emmanuel Macron", "Nana Akufo-Addo", "Roch Marc Christian Kabore", "Abdelaziz Bouteflika")


def ev(key, kind, status, date, location, participants, groups, evidence, date_end=None):
    e = {"key": key, "kind": kind, "status": status, "date": date}
    if date_end:
        e["date_end"] = date_end
    e.update({"location": location, "participants": participants, "groups": groups,
              "evidence": evidence})
    return e


M, C, OCC, PLN = "meeting", "call", "occurred", "planned"

ARTICLES = [
    # 000. Israeli news site, "Published: Tuesday, February 15, 2022 | 20:12 IST" (manifest
    # 2022-02-15, a Tuesday). "on Tuesday" -> 15 Feb; "In the afternoon" -> same day; "On
    # Monday" -> 14 Feb; "earlier this month" -> 2022-02; "in December" -> 2021-12; "in
    # mid-March" (planned) -> 2022-03. Two separate encounters on Tuesday: the crown prince at his
    # palace in Manama, then the king at Sakhir Palace ("south of the capital" -> Sakhir).
    # Gantz signed with "his Bahraini counterpart" (unnamed -> group Bahrain). "hosted him" =
    # Erdogan. Herzog's trip names Ankara and a month, so it is a concrete planned meeting.
    ("000", "2022-02-15", False, [
        ev("2022-02-15-manama-bennett-bin-hamad", M, OCC, "2022-02-15", "Manama",
           [BENNETT, SALMAN_BH], [],
           "Prime Minister Naftali Bennett held talks on Tuesday with Bahrain's Crown Prince and Prime Minister"),
        ev("2022-02-15-sakhir-bennett-bin-isa", M, OCC, "2022-02-15", "Sakhir", [BENNETT, HAMAD], [],
           "In the afternoon King Hamad bin Isa Al Khalifa received Bennett at Sakhir Palace"),
        ev("2022-02-03-manama-gantz", M, OCC, "2022-02", "Manama", [GANTZ], ["Bahrain"],
           "Benny Gantz was in Manama earlier this month, where he signed a security memorandum"),
        ev("2021-12-13-abu-dhabi-bennett-bin-zayed", M, OCC, "2021-12", "Abu Dhabi", [BENNETT, MBZ], [],
           "Bennett himself held talks in Abu Dhabi in December with Mohamed bin Zayed"),
        ev("2022-02-14-abu-dhabi-bin-zayed-erdogan", M, OCC, "2022-02-14", "Abu Dhabi", [MBZ, ERDOGAN], [],
           "Mohamed bin Zayed hosted him in Abu Dhabi, their second meeting in three months"),
        ev("2022-03-09-ankara-erdogan-herzog", M, PLN, "2022-03", "Ankara", [HERZOG, ERDOGAN], [],
           "Isaac Herzog is due to travel to Ankara in mid-March for talks with Erdogan"),
    ], ["'Al Zayani told reporters that the crown prince had accepted an invitation to visit Israel \"in the near future\"' (vague, no date)",
        "'Bennett landed in Manama on Monday night' (travel)",
        "'In an interview published by the Al Ayam daily' (interview)",
        "'\"We talked about many ways ...\" Bennett told the king' (quote inside the royal audience, not a new event)",
        "'their second meeting in three months' (counted; the November meeting is not stated as an occasion here)",
        "'have spoken by phone several times since the Abraham Accords' (counted)",
        "'Two trips to Bahrain planned by Bennett's predecessor were called off' (cancelled)",
        "small protests in Shiite villages (no meeting)",
        "RELATED: 'Herzog ends UAE trip after talks with bin Zayed', 'Lapid and Bourita inaugurate Israeli mission', 'Shoukry and Lapid discuss Gaza truce' (furniture)"]),

    # 001. Turkish English-language daily, "29.04.2022 - 21:35 TSI" (manifest 2022-04-29, a
    # Friday). "on Thursday evening" -> 28 Apr; the airport welcome "on arrival on Thursday"; the
    # crown prince's "separate meeting" after the Thursday dinner -> 28 Apr, a separate event.
    # "in November" -> 2021-11; "in February" -> 2022-02 (shared with 000); "In March" -> 2022-03
    # (shared with 000); "last May" -> 2021-05. The caption repeats the king's audience.
    ("001", "2022-04-29", False, [
        ev("2022-04-28-jeddah-bin-abdulaziz-erdogan", M, OCC, "2022-04-28", "Jeddah",
           [ERDOGAN, KING_SALMAN], [],
           "President Recep Tayyip Erdoğan met Saudi Arabia's King Salman bin Abdulaziz on Thursday evening"),
        ev("2022-04-28-jeddah-al-faisal-erdogan", M, OCC, "2022-04-28", "Jeddah", [ERDOGAN, KHALID_FAISAL], [],
           "was met on arrival on Thursday by Makkah Governor Prince Khalid al-Faisal"),
        ev("2022-04-28-jeddah-bin-salman-erdogan", M, OCC, "2022-04-28", "Jeddah", [MBS, ERDOGAN], [],
           "Crown Prince Mohammed bin Salman held a separate meeting with Erdoğan"),
        ev("2021-11-24-ankara-bin-zayed-erdogan", M, OCC, "2021-11", "Ankara", [ERDOGAN, MBZ], [],
           "Erdoğan received Abu Dhabi Crown Prince Mohamed bin Zayed Al Nahyan in Ankara in November"),
        ev("2022-02-14-abu-dhabi-bin-zayed-erdogan", M, OCC, "2022-02", "Abu Dhabi", [ERDOGAN, MBZ], [],
           "returned the visit in February, when he held talks in Abu Dhabi"),
        ev("2022-03-09-ankara-erdogan-herzog", M, OCC, "2022-03", "Ankara", [ERDOGAN, HERZOG], [],
           "In March he hosted Israeli President Isaac Herzog in Ankara"),
        ev("2021-05-riyadh-bin-farhan-cavusoglu", M, OCC, "2021-05", "Riyadh", [CAVUSOGLU, FAISAL_BF], [],
           "when he travelled to Riyadh for talks with his counterpart Prince Faisal bin Farhan"),
    ], ["'On Friday the president travelled to Mecca to perform the umrah' (travel, no encounter)",
        "'Speaking to reporters at Istanbul's Atatürk Airport' (press remarks)",
        "the Khashoggi trial transferred to Saudi Arabia (court decision, no meeting)",
        "'Erdoğan and King Salman have spoken by phone several times' (counted)",
        "'said in January that he would visit in February, but that trip did not happen' (cancelled)",
        "'no date had been set for a return visit by the crown prince' (vague)",
        "the official welcome ceremony and banquet are part of the king's audience (not a separate event)",
        "RELATED: 'Erdoğan hosts Greek PM Mitsotakis', 'Çavuşoğlu hosts Lavrov and Kuleba in Antalya', 'Akar receives Azerbaijani defence minister' (furniture)"]),

    # 002. Uruguayan English-language site, "Wednesday, November 22nd 2023 - 09:40 UTC" (manifest
    # 2023-11-22). "on Wednesday" -> 22 Nov; "On Tuesday" -> 21 Nov; "Earlier in the week" ->
    # 2023-11 (key month-only: the day of the Zhao Leji audience is not known to the author);
    # "last month" -> 2023-10; "in April" -> 2023-04 ("there" = Beijing); "on December 7"
    # (planned) -> 2023-12-07, with Lula as host and Mercosur as the body.
    ("002", "2023-11-22", False, [
        ev("2023-11-22-beijing-lacalle-pou-xi", M, OCC, "2023-11-22", "Beijing", [LACALLE, XI], [],
           "Luis Lacalle Pou held talks with Chinese President Xi Jinping at the Great Hall"),
        ev("2023-11-21-beijing-lacalle-pou-li", M, OCC, "2023-11-21", "Beijing", [LACALLE, LI_QIANG], [],
           "On Tuesday he sat down with Premier Li Qiang"),
        ev("2023-11-beijing-lacalle-pou-zhao", M, OCC, "2023-11", "Beijing", [LACALLE, ZHAO], [],
           "Earlier in the week he was also received by Zhao Leji"),
        ev("2023-10-17-beijing-boric-xi", M, OCC, "2023-10", "Beijing", [BORIC, XI], [],
           "Chile's Gabriel Boric held talks with Xi in Beijing last month"),
        ev("2023-04-14-beijing-lula-xi", M, OCC, "2023-04", "Beijing", [LULA, XI], [],
           "Luiz Inácio Lula da Silva was received there by the Chinese leader in April"),
        ev("2023-12-07-rio-de-janeiro-lacalle-pou-lula", M, PLN, "2023-12-07", "Rio de Janeiro",
           [LACALLE, LULA], ["Mercosur"],
           "due in Rio de Janeiro on December 7 for the Mercosur summit hosted by Lula"),
    ], ["the signing of around two dozen agreements is part of the Xi talks",
        "'He did not say whether formal negotiations would start' (no meeting)",
        "Milei 'has not said whether he will attend' (not a participant)",
        "'Lacalle Pou congratulated him on social media and said he hoped to see him \"soon\"' (post, vague)",
        "'Foreign Minister Omar Paganini and Agriculture Minister Fernando Mattos are travelling with the president' (no stated encounter)",
        "Related stories: 'Peña meets Tsai in Taipei', 'Lula and Fernández discuss common currency', 'Mercosur and EU negotiators meet again' (furniture)"]),

    # 003. Colombian English-language site, manifest null; printed "Published 01/11/2022 - 21:30
    # COT" (Tuesday 1 Nov 2022), dateline "CARACAS" without year. "on Tuesday" -> 1 Nov; "in August
    # 2016" -> 2016-08; "in late July" -> 2022-07; "in early October" -> 2022-10; "later this
    # month" (planned) -> 2022-11. The ELN contacts name nobody: groups Colombia and ELN.
    ("003", "2022-11-01", True, [
        ev("2022-11-01-caracas-maduro-petro", M, OCC, "2022-11-01", "Caracas", [PETRO, MADURO], [],
           "Gustavo Petro and Venezuela's Nicolás Maduro met at the Miraflores Palace on Tuesday"),
        ev("2016-08-11-puerto-ordaz-maduro-santos", M, OCC, "2016-08", "Puerto Ordaz", [MADURO, SANTOS], [],
           "when Maduro met Juan Manuel Santos in Puerto Ordaz to discuss reopening the frontier"),
        ev("2022-07-28-san-cristobal-faria-leyva", M, OCC, "2022-07", "San Cristobal", [LEYVA, FARIA], [],
           "in late July to meet Carlos Faría, his Venezuelan counterpart, in San Cristóbal"),
        ev("2022-10-04-caracas-colombia-eln", M, OCC, "2022-10", "Caracas", [], ["Colombia", "ELN"],
           "Government envoys and ELN commanders met in the Venezuelan capital in early October"),
        ev("2022-11-21-caracas-colombia-eln", M, PLN, "2022-11", "Caracas", [], ["Colombia", "ELN"],
           "The first round of those talks is due to open in Caracas later this month"),
    ], ["the joint statement read in the evening (statement, part of the summit)",
        "'Relations broke down completely in 2019, after ... recognised opposition leader Juan Guaidó' (no meeting)",
        "'Petro moved quickly after taking office on August 7' (inauguration, no stated encounter)",
        "'Cargo traffic over the border bridges resumed on September 26, although Maduro did not travel to the frontier' (negation)",
        "Cabello: a Petro-Maduro-Lula summit 'would be something to see'; 'Neither government has proposed such a meeting' (hypothetical)",
        "'Petro posted photographs of the talks on Twitter and flew back to Bogotá' (post, travel)",
        "Read more: 'Blinken meets Petro and Leyva in Bogotá', 'Petro and Macron to discuss Amazon at Paris forum', 'Leyva receives Venezuelan ambassador Plasencia' (furniture)"]),

    # 004. Caribbean broadcaster's site, "Posted: Sep 05, 2024 07:52 PM AST" (manifest
    # 2024-09-05, a Thursday), dateline PORT-AU-PRINCE. All Haiti encounters are "on Thursday"
    # (the airport welcome, Leblanc Fils and, "separately", Conille, and the closed-door meeting
    # with Otunge and Rameau at the mission's base). "on Friday" (planned) -> 6 Sep in Santo
    # Domingo; "in May" -> 2024-05 (White House -> Washington); "In March" -> 2024-03 (Kingston,
    # group CARICOM).
    ("004", "2024-09-05", False, [
        ev("2024-09-05-port-au-prince-blinken-dupuy", M, OCC, "2024-09-05", "Port-au-Prince",
           [BLINKEN, DUPUY], [],
           "Blinken was greeted at the airport by Foreign Minister Dominique Dupuy"),
        ev("2024-09-05-port-au-prince-blinken-leblanc-fils", M, OCC, "2024-09-05", "Port-au-Prince",
           [BLINKEN, LEBLANC], [],
           "He then held talks with Edgard Leblanc Fils, who coordinates the Transitional Presidential Council"),
        ev("2024-09-05-port-au-prince-blinken-conille", M, OCC, "2024-09-05", "Port-au-Prince",
           [BLINKEN, CONILLE], [], "and separately with Prime Minister Garry Conille"),
        ev("2024-09-05-port-au-prince-blinken-otunge-rameau", M, OCC, "2024-09-05", "Port-au-Prince",
           [BLINKEN, OTUNGE, RAMEAU], [],
           "Blinken met Kenyan commander Godfrey Otunge and Haitian National Police director-general Normil Rameau"),
        ev("2024-09-06-santo-domingo-abinader-blinken", M, PLN, "2024-09-06", "Santo Domingo",
           [BLINKEN, ABINADER], [],
           "he is due to meet President Luis Abinader in Santo Domingo on Friday"),
        ev("2024-05-23-washington-biden-ruto", M, OCC, "2024-05", "Washington", [RUTO, BIDEN], [],
           "William Ruto discussed the deployment with President Joe Biden at the White House in May"),
        ev("2024-03-11-kingston-blinken-caricom", M, OCC, "2024-03", "Kingston", [BLINKEN], ["CARICOM"],
           "In March Blinken joined CARICOM leaders in Kingston, Jamaica, for the emergency meeting"),
    ], ["'At a news conference before leaving' (press conference)",
        "UN peacekeeping idea 'the Security Council has not taken up' (hypothetical)",
        "'No representative of Haiti's armed forces took part' (negation)",
        "'whose first Kenyan officers arrived in June' (deployment, no meeting)",
        "Cherizier's video (social media)",
        "'would only talk to gang representatives if they lay down their weapons' (hypothetical)",
        "caption repeats the Conille meeting",
        "Related: 'Ruto to visit Haitian capital, meet Kenyan officers', 'CARICOM heads meet in Grenada' (furniture)"]),

    # 005. Seoul English-language daily, "Posted : 2024-11-16 10:05" (manifest 2024-11-16),
    # dateline LIMA. "on Friday (local time)" -> 15 Nov; "Later on Friday" -> 15 Nov (Lima);
    # "on Saturday" (planned) -> 16 Nov; "in November 2022" -> 2022-11 (Bali, shared with 008);
    # "on Nov. 7" -> 2024-11-07 (call); "since May" -> 2024-05 (Seoul trilateral).
    ("005", "2024-11-16", False, [
        ev("2024-11-15-lima-xi-yoon", M, OCC, "2024-11-15", "Lima", [YOON, XI], [],
           "President Yoon Suk Yeol and Chinese President Xi Jinping held talks on the sidelines"),
        ev("2022-11-15-bali-xi-yoon", M, OCC, "2022-11", "Bali", [YOON, XI], [],
           "their first summit since they met in Bali, Indonesia, in November 2022"),
        ev("2024-11-15-lima-biden-ishiba-yoon", M, OCC, "2024-11-15", "Lima", [YOON, BIDEN, ISHIBA], [],
           "joined U.S. President Joe Biden and Japanese Prime Minister Shigeru Ishiba for a trilateral summit"),
        ev("2024-11-16-lima-ishiba-yoon", M, PLN, "2024-11-16", "Lima", [YOON, ISHIBA], [],
           "Yoon and Ishiba are scheduled to hold a separate bilateral summit on Saturday"),
        ev("2024-11-07-trump-yoon-call", C, OCC, "2024-11-07", None, [YOON, TRUMP], [],
           "Yoon and Trump spoke by phone on Nov. 7, two days after the U.S. election"),
        ev("2024-05-27-seoul-kishida-li-yoon", M, OCC, "2024-05", "Seoul", [YOON, LI_QIANG, KISHIDA], [],
           "when Yoon hosted Premier Li Qiang and Japan's Fumio Kishida in Seoul"),
    ], ["Kim Tae-hyo 'briefed reporters afterward' (briefing)",
        "Xi invited to the APEC summit in Gyeongju; 'did not commit to the trip' (invitation not accepted)",
        "'sought a meeting with U.S. President-elect Donald Trump, but officials said it was unlikely' (hypothetical)",
        "'agreed to meet \"at an early date\"' (vague)",
        "Related stories: 'Choe Son-hui meets Lavrov in Moscow', 'Japan's Ishiba meets Xi for the first time in Lima' (furniture)"]),

    # 006. Philippine broadsheet's site, "Friday, November 3, 2023 | 10:48 PM" (manifest
    # 2023-11-03). "on Friday" -> 3 Nov; Malacañang -> Manila. Manalo and Koshikawa exchanged notes
    # "In the leaders' presence" during the visit, so they are participants of the main event; the
    # state banquet belongs to it. "in February" -> 2023-02 (Tokyo); "in September" -> 2023-09
    # (Jakarta, "The two leaders also met ... Harris"); "in January" -> 2023-01 (Beijing); "on
    # Sunday" (planned) -> 5 Nov, Kuala Lumpur.
    ("006", "2023-11-03", False, [
        ev("2023-11-03-manila-kishida-koshikawa-manalo-marcos", M, OCC, "2023-11-03", "Manila",
           [KISHIDA, MARCOS, MANALO, KOSHIKAWA], [],
           "was welcomed by Marcos with military honors before their bilateral meeting"),
        ev("2023-02-09-tokyo-kishida-marcos", M, OCC, "2023-02", "Tokyo", [MARCOS, KISHIDA], [],
           "Marcos flew to Tokyo in February, where he and Kishida agreed to expand defense ties"),
        ev("2023-09-06-jakarta-harris-kishida-marcos", M, OCC, "2023-09", "Jakarta",
           [MARCOS, KISHIDA, HARRIS], [],
           "The two leaders also met US Vice President Kamala Harris in Jakarta in September"),
        ev("2023-01-04-beijing-marcos-xi", M, OCC, "2023-01", "Beijing", [MARCOS, XI], [],
           "Marcos, who held talks with Chinese President Xi Jinping in Beijing in January"),
        ev("2023-11-05-kuala-lumpur-anwar-kishida", M, PLN, "2023-11-05", "Kuala Lumpur", [KISHIDA, ANWAR], [],
           "he is expected to hold talks with Malaysian Prime Minister Anwar Ibrahim on Sunday"),
    ], ["'laid a wreath at the Rizal Monument' (no encounter)",
        "'said at a joint press conference' (press conference)",
        "'agreed ... to open negotiations on a reciprocal access agreement' (future negotiations, no concrete occasion)",
        "'scheduled to address a joint session of Congress on Saturday' (speech)",
        "China's foreign ministry statement; the collision near Ayungin Shoal (no meeting)",
        "'has since faced a string of confrontations at sea' (no meeting)",
        "Related: 'Marcos, Albanese sign strategic partnership', 'Teodoro receives Australian defense chief', 'PH, Vietnam coast guards hold first dialogue' (furniture)"]),

    # 007. Indian broadcaster's site, manifest null; printed "Updated: December 18, 2024 22:45
    # IST" (a Wednesday), dateline "Beijing:". "on Wednesday" -> 18 Dec; "Later on Wednesday" ->
    # 18 Dec (Great Hall -> Beijing); "in October" -> 2024-10 (Kazan); "last month" -> 2024-11
    # (Rio); "a few days later" -> 2024-11 (Vientiane); "in December 2019" -> 2019-12; "next year"
    # (planned) -> 2025, "in India" (no city) -> India.
    ("007", "2024-12-18", True, [
        ev("2024-12-18-beijing-doval-wang", M, OCC, "2024-12-18", "Beijing", [DOVAL, WANG_YI], [],
           "Ajit Doval and Chinese Foreign Minister Wang Yi held the 23rd meeting"),
        ev("2024-12-18-beijing-doval-han", M, OCC, "2024-12-18", "Beijing", [DOVAL, HAN_ZHENG], [],
           "Later on Wednesday Mr Doval called on Chinese Vice-President Han Zheng"),
        ev("2024-10-23-kazan-modi-xi", M, OCC, "2024-10", "Kazan", [MODI, XI], [],
           "the meeting between Prime Minister Narendra Modi and President Xi Jinping in Kazan in October"),
        ev("2024-11-18-rio-de-janeiro-jaishankar-wang", M, OCC, "2024-11", "Rio de Janeiro",
           [JAISHANKAR, WANG_YI], [],
           "External Affairs Minister S Jaishankar met Mr Wang in Rio de Janeiro last month"),
        ev("2024-11-20-vientiane-dong-singh", M, OCC, "2024-11", "Vientiane", [RAJNATH, DONG_JUN], [],
           "Defence Minister Rajnath Singh held talks with his Chinese counterpart Dong Jun in Vientiane"),
        ev("2019-12-21-new-delhi-doval-wang", M, OCC, "2019-12", "New Delhi", [DOVAL, WANG_YI], [],
           "Doval and Mr Wang last met in this format in New Delhi in December 2019"),
        ev("2025-08-19-new-delhi-doval-wang", M, PLN, "2025", "India", [DOVAL, WANG_YI], [],
           "They agreed on Wednesday to hold the next round in India next year"),
    ], ["China's foreign ministry and the External Affairs Ministry statements",
        "'the resumption of the Kailash Mansarovar Yatra' (no meeting)",
        "'on the sidelines of the BRICS summit' (backdrop, not an event)",
        "'during the G20 summit' (backdrop)",
        "'The Working Mechanism ... has met more than 30 times since ... 2012' (counted)",
        "'Opposition leaders asked the government to brief Parliament' (domestic demand)",
        "the first paragraph's 'since December 2019' is the same 2019 round, listed once",
        "ALSO READ: 'Jaishankar, Wang Yi meet in Astana', 'Rajnath Singh meets Shoigu in Moscow', 'Dissanayake meets Modi in Delhi' (furniture)"]),

    # 008. Australian broadcaster's site, "Posted Tue 15 Nov 2022 at 9:52pm" (manifest
    # 2022-11-15). "on Tuesday afternoon" -> 15 Nov, at a resort in Nusa Dua on Bali -> Bali (the
    # same location string as 005 uses for the shared Xi-Yoon key); Xi's meetings "on Tuesday" ->
    # 15 Nov (Xi-Yoon, Bali); "on Monday" -> 14 Nov (Biden-Xi, Bali); "on Sunday" -> 13 Nov (Phnom
    # Penh); "in July" -> 2022-07 ("on the island" = Bali); "in June" -> 2022-06 (Singapore).
    ("008", "2022-11-15", False, [
        ev("2022-11-15-bali-albanese-xi", M, OCC, "2022-11-15", "Bali", [ALBANESE, XI], [],
           "Anthony Albanese has met Chinese President Xi Jinping on the sidelines of the G20 summit"),
        ev("2022-11-15-bali-xi-yoon", M, OCC, "2022-11-15", "Bali", [XI, YOON], [],
           "held a string of bilateral meetings on Tuesday, including with South Korea's Yoon Suk Yeol"),
        ev("2022-11-14-bali-biden-xi", M, OCC, "2022-11-14", "Bali", [XI, BIDEN], [],
           "a day after his three-hour talks with US President Joe Biden on Monday"),
        ev("2022-11-13-phnom-penh-albanese-biden", M, OCC, "2022-11-13", "Phnom Penh", [ALBANESE, BIDEN], [],
           "Mr Albanese himself met Mr Biden in Phnom Penh on Sunday"),
        ev("2022-07-08-bali-wang-wong", M, OCC, "2022-07", "Bali", [WONG, WANG_YI], [],
           "Foreign Minister Penny Wong met her counterpart Wang Yi on the island in July"),
        ev("2022-06-12-singapore-marles-wei", M, OCC, "2022-06", "Singapore", [MARLES, WEI], [],
           "Defence Minister Richard Marles sat down with General Wei Fenghe in Singapore in June"),
    ], ["'the first formal meeting ... since 2016' (no named earlier occasion)",
        "'Mr Albanese told reporters afterwards' (press remarks)",
        "'on the margins of the East Asia Summit' (backdrop)",
        "'Australian ministers could not get their calls returned' (negation, vague)",
        "Dutton's statement (statement)",
        "'Scott Morrison never secured a formal meeting with Mr Xi' (negation)",
        "'has not ruled out a trip to Beijing, but said none was planned' (hypothetical)",
        "'He leaves Bali for Thailand on Thursday' (travel)",
        "Related stories: 'Biden and Xi agree to resume climate cooperation' etc. (furniture)"]),

    # 009. New Zealand broadcaster's site, "10:05 pm on 17 March 2025" (manifest 2025-03-17, a
    # Monday). "on Monday" -> 17 Mar (Hyderabad House -> New Delhi); "on Sunday" -> 16 Mar ("in the
    # capital" -> New Delhi); "on Sunday evening" -> 16 Mar; "on Tuesday" (planned) -> 18 Mar;
    # "last August" -> 2024-08 (Wellington); "in October 2016" -> 2016-10.
    ("009", "2025-03-17", False, [
        ev("2025-03-17-new-delhi-luxon-modi", M, OCC, "2025-03-17", "New Delhi", [LUXON, MODI], [],
           "after talks at Hyderabad House in New Delhi on Monday"),
        ev("2025-03-16-new-delhi-goyal-mcclay", M, OCC, "2025-03-16", "New Delhi", [MCCLAY, GOYAL], [],
           "Piyush Goyal launched the talks after meeting in the capital on Sunday"),
        ev("2025-03-16-new-delhi-jaishankar-luxon", M, OCC, "2025-03-16", "New Delhi", [LUXON, JAISHANKAR], [],
           "Luxon also met External Affairs Minister S Jaishankar on Sunday evening"),
        ev("2025-03-18-new-delhi-luxon-murmu", M, PLN, "2025-03-18", "New Delhi", [LUXON, MURMU], [],
           "He is due to call on President Droupadi Murmu at Rashtrapati Bhavan on Tuesday"),
        ev("2024-08-08-wellington-luxon-murmu", M, OCC, "2024-08", "Wellington", [LUXON, MURMU], [],
           "The two first met in Wellington last August"),
        ev("2016-10-26-new-delhi-key-modi", M, OCC, "2016-10", "New Delhi", [KEY, MODI], [],
           "John Key, held talks with Modi in New Delhi in October 2016"),
    ], ["'At a joint press conference, Modi raised concerns' (press conference, statement)",
        "'Luxon gave the opening keynote at the Raisina Dialogue' (speech)",
        "'Luxon travels to Mumbai on Wednesday for business engagements' (travel, no stated encounter)",
        "'negotiations ... stalled for about a decade' (vague)",
        "the exchange of the defence arrangement is part of the Monday talks",
        "Related Stories: 'Peters meets Wang Yi in Beijing', 'Luxon and Albanese hold annual leaders' talks in Auckland' (furniture)"]),

    # 010. Wire copy, "March 17, 2023 6:40 PM GMT+3", dateline "ANKARA, March 17 (NWS)" (manifest
    # 2023-03-17, a Friday). "on Friday" -> 17 Mar, Haavisto "also attended"; "On Thursday" -> 16
    # Mar (Kahramanmaras); "in November" -> 2022-11; "last week" -> 2023-03 (groups only); "last
    # June" -> 2022-06, signatories named in the next sentence; "in July" (planned) -> 2023-07
    # (NATO leaders in Vilnius, a concrete gathering with place and month).
    ("010", "2023-03-17", False, [
        ev("2023-03-17-ankara-erdogan-haavisto-niinisto", M, OCC, "2023-03-17", "Ankara",
           [ERDOGAN, NIINISTO, HAAVISTO], [],
           "after talks in Ankara with Finnish President Sauli Niinisto"),
        ev("2023-03-16-kahramanmaras-coskun-niinisto", M, OCC, "2023-03-16", "Kahramanmaras",
           [NIINISTO, COSKUN], [],
           "where he met provincial governor Omer Faruk Coskun at a container city for survivors"),
        ev("2022-11-08-ankara-erdogan-kristersson", M, OCC, "2022-11", "Ankara", [KRISTERSSON, ERDOGAN], [],
           "Ulf Kristersson met Erdogan in Ankara in November to press Sweden's case"),
        ev("2023-03-09-brussels-finland-sweden-turkey", M, OCC, "2023-03", "Brussels", [],
           ["Turkey", "Finland", "Sweden"],
           "Officials from Turkey, Finland and Sweden met at NATO headquarters in Brussels last week"),
        ev("2022-06-28-madrid-andersson-erdogan-niinisto-stoltenberg", M, OCC, "2022-06", "Madrid",
           [STOLTENBERG, ERDOGAN, NIINISTO, ANDERSSON], [],
           "a memorandum with NATO Secretary-General Jens Stoltenberg at the alliance's summit in Madrid last June"),
        ev("2023-07-11-vilnius-nato", M, PLN, "2023-07", "Vilnius", [], ["NATO"],
           "NATO leaders are expected to meet in Vilnius in July"),
    ], ["'He told a joint news conference' (press conference)",
        "'Niinisto thanked Erdogan but said ...' (statement inside the main meeting)",
        "'discussions with Stockholm would continue' (vague)",
        "'since January, when Ankara suspended it' (suspended meeting)",
        "'Hungary's parliament will vote on Finland's bid on March 27' (domestic vote)",
        "Related Coverage: 'Stoltenberg visits quake zone, meets Cavusoglu in Ankara', 'Orban tells Niinisto Hungary will ratify' (furniture)"]),

    # 011. Live blog, "Wednesday 29 March 2023 · Last updated 22:10 CEST" (manifest 2023-03-29).
    # The Brandenburg Gate welcome "this afternoon" (15:20 entry) -> 29 Mar, Berlin, with both
    # spouses; the state banquet the same evening is the same occasion. "On Thursday" (planned) ->
    # 30 Mar, Scholz at the Chancellery; "On Friday" (planned) -> 31 Mar, Tschentscher in Hamburg
    # ("them" = the couple); "in September" -> 2022-09, London (the funeral).
    ("011", "2023-03-29", False, [
        ev("2023-03-29-berlin-budenbender-camilla-charles-steinmeier", M, OCC, "2023-03-29", "Berlin",
           [STEINMEIER, BUDENBENDER, CHARLES, CAMILLA], [],
           "Frank-Walter Steinmeier and his wife Elke Büdenbender welcomed King Charles III and Queen Camilla"),
        ev("2023-03-30-berlin-charles-scholz", M, PLN, "2023-03-30", "Berlin", [CHARLES, SCHOLZ], [],
           "On Thursday Charles will be received by Chancellor Olaf Scholz at the Chancellery"),
        ev("2023-03-31-hamburg-camilla-charles-tschentscher", M, PLN, "2023-03-31", "Hamburg",
           [TSCHENTSCHER, CHARLES, CAMILLA], [],
           "First Mayor Peter Tschentscher will welcome them at City Hall"),
        ev("2022-09-19-london-charles-steinmeier", M, OCC, "2022-09", "London", [STEINMEIER, CHARLES], [],
           "he last met Charles in London in September, at the funeral of Queen Elizabeth II"),
    ], ["'Tomorrow the King addresses the Bundestag' (speech)",
        "banquet speech (speech); the banquet itself is part of the day's welcome",
        "'The royal plane has landed at BER airport. A 21-gun salute was fired.' (arrival, no named encounter)",
        "France leg with Macron 'postponed' (cancelled meeting)",
        "Steinmeier's video message (statement)",
        "Most read: 'Scholz and Sunak hold talks on Ukraine aid' (furniture)"]),

    # 012. Egyptian English-language daily, manifest null; masthead "Saturday, 6 March 2021".
    # "on Saturday" -> 6 Mar (Republican Palace -> Khartoum); Hamdok talks the same day;
    # "earlier this week" -> 2021-03 (twice); "On Friday" -> 5 Mar (call); "in December" -> 2020-12
    # (key month-only: the exact day is not known to the author); "last September" -> 2020-09.
    ("012", "2021-03-06", True, [
        ev("2021-03-06-khartoum-al-burhan-el-sisi", M, OCC, "2021-03-06", "Khartoum", [SISI, BURHAN], [],
           "El-Sisi held talks with the head of Sudan's Sovereign Council, General Abdel Fattah Al-Burhan"),
        ev("2021-03-06-khartoum-el-sisi-hamdok", M, OCC, "2021-03-06", "Khartoum", [SISI, HAMDOK], [],
           "El-Sisi also held talks with Prime Minister Abdalla Hamdok"),
        ev("2021-03-02-cairo-al-mahdi-shoukry", M, OCC, "2021-03", "Cairo", [AL_MAHDI, SHOUKRY], [],
           "Mariam Al-Sadiq Al-Mahdi held talks in Cairo earlier this week with Foreign Minister Sameh Shoukry"),
        ev("2021-03-02-khartoum-al-hussein-farid", M, OCC, "2021-03", "Khartoum", [FARID, AL_HUSSEIN], [],
           "signed a military cooperation agreement with his Sudanese counterpart, General Mohamed Othman Al-Hussein, in Khartoum"),
        ev("2021-03-05-guterres-shoukry-call", C, OCC, "2021-03-05", None, [SHOUKRY, GUTERRES], [],
           "On Friday Shoukry spoke by phone with UN Secretary-General Antonio Guterres"),
        ev("2020-12-cairo-al-burhan-el-sisi", M, OCC, "2020-12", "Cairo", [SISI, BURHAN], [],
           "El-Sisi and Al-Burhan last met in Cairo in December."),
        ev("2020-09-03-addis-ababa-al-hilu-hamdok", M, OCC, "2020-09", "Addis Ababa", [HAMDOK, AL_HILU], [],
           "signed a declaration of principles with rebel leader Abdelaziz Al-Hilu in Addis Ababa last September"),
    ], ["'El-Sisi landed at Khartoum airport in the morning' (arrival; the guard of honour belongs to the main talks)",
        "'El-Sisi flew back to Cairo the same evening' (travel)",
        "'Al-Burhan told a joint news conference' (press conference)",
        "'the two called for international mediation' (statement inside the Cairo talks)",
        "'formal negotiations with his SPLM-North faction have yet to resume' (negation)",
        "Ethiopia's rejection of added mediators (statement)",
        "Related: 'Shoukry receives Algerian counterpart Boukadoum', 'Madbouly, Hamdok discuss railway link' (furniture)"]),

    # 013. Nigerian daily's site, masthead "Tuesday, May 1, 2018" (manifest 2018-05-01). "on
    # Monday" -> 30 Apr (Oval Office -> Washington); Onyeama and Olonisakin were in the working
    # lunch "with their delegations" (groups Nigeria and United States). "in March" -> 2018-03
    # (Abuja); "in February last year" -> 2017-02 (call); "in September" -> 2017-09 (New York
    # lunch); "in July 2015" -> 2015-07 (White House -> Washington).
    ("013", "2018-05-01", False, [
        ev("2018-04-30-washington-buhari-olonisakin-onyeama-trump", M, OCC, "2018-04-30", "Washington",
           [BUHARI, TRUMP, ONYEAMA, OLONISAKIN], ["Nigeria", "United States"],
           "Buhari on Monday held talks with United States President Donald Trump in the Oval Office"),
        ev("2018-03-12-abuja-buhari-tillerson", M, OCC, "2018-03", "Abuja", [TILLERSON, BUHARI], [],
           "Rex Tillerson, who met Mr Buhari at the Presidential Villa in Abuja in March"),
        ev("2017-02-13-buhari-trump-call", C, OCC, "2017-02", None, [TRUMP, BUHARI], [],
           "Mr Trump and Mr Buhari first spoke by telephone in February last year"),
        ev("2017-09-20-new-york-buhari-trump", M, OCC, "2017-09", "New York", [TRUMP, BUHARI], [],
           "both attended a lunch Mr Trump hosted for African leaders in New York in September"),
        ev("2015-07-20-washington-buhari-obama", M, OCC, "2015-07", "Washington", [BUHARI, OBAMA], [],
           "last visited the White House in July 2015, when he held talks with Barack Obama"),
    ], ["'At a joint press conference in the Rose Garden' (press conference)",
        "'announced last month that he would seek a second term' (announcement)",
        "'is expected back in Abuja later this week' (travel)",
        "'had no plans to meet American business groups' (negation)",
        "Trump visit to Nigeria: 'nothing to announce' (hypothetical)",
        "RELATED NEWS: 'Osinbajo receives Chinese envoy', 'Onyeama, Lavrov discuss arms deal in Moscow', 'Tillerson in Abuja' (furniture)"]),

    # 014. Ghanaian daily's site, masthead "Friday, December 1, 2017" (manifest 2017-12-01). "on
    # Thursday" -> 30 Nov (Jubilee House -> Accra); "on Tuesday" -> 28 Nov (Ouagadougou); the
    # AU-EU summit "on Wednesday and Thursday" -> 29-30 Nov (multi-day, Macron "joined" it);
    # "next Wednesday" (Friday article) -> 6 Dec; "on December 13" -> 13 Dec (group G5 Sahel).
    ("014", "2017-12-01", False, [
        ev("2017-11-30-accra-akufo-addo-macron", M, OCC, "2017-11-30", "Accra", [AKUFO_ADDO, MACRON], [],
           "Akufo-Addo on Thursday held talks with visiting French President Emmanuel Macron at the Jubilee House"),
        ev("2017-11-28-ouagadougou-kabore-macron", M, OCC, "2017-11-28", "Ouagadougou", [MACRON, KABORE], [],
           "where he held talks with President Roch Marc Christian Kaboré on Tuesday"),
        ev("2017-11-29-abidjan-macron", M, OCC, "2017-11-29", "Abidjan", [MACRON],
           ["African Union", "European Union"],
           "He then joined African and European leaders at the African Union-European Union summit in Abidjan",
           date_end="2017-11-30"),
        ev("2017-12-06-algiers-bouteflika-macron", M, PLN, "2017-12-06", "Algiers", [MACRON, BOUTEFLIKA], [],
           "The French president is due in Algiers next Wednesday for talks with President Abdelaziz Bouteflika"),
        ev("2017-12-13-la-celle-saint-cloud-macron", M, PLN, "2017-12-13", "La Celle-Saint-Cloud", [MACRON],
           ["G5 Sahel"],
           "host leaders of the G5 Sahel countries at La Celle-Saint-Cloud, outside Paris, on December 13"),
    ], ["'At a joint news conference after the talks' (press conference)",
        "'filmed and widely shared on social media' (social media)",
        "'addressed students at the city's university' (speech)",
        "'arrived from Abidjan in the afternoon' (travel)",
        "'Mr Macron invited President Akufo-Addo to visit France, but no date has been fixed' (invitation, vague)",
        "opposition NDC statement (statement)",
        "RELATED STORIES: 'Akufo-Addo receives Ivorian PM', 'Bawumia meets Chinese investors', 'Ghana, Côte d'Ivoire leaders discuss maritime ruling' (furniture)"]),
]


def main():
    ids = [a[0] for a in ARTICLES]
    assert ids == sorted(ids) and len(set(ids)) == len(ids)
    with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as g, \
            open(os.path.join(HERE, "manifest.jsonl"), "w", encoding="utf-8") as m:
        for aid, published, hidden, events, _traps in ARTICLES:
            g.write(json.dumps({"id": aid, "published": published, "events": events},
                               ensure_ascii=False) + "\n")
            m.write(json.dumps({"id": aid, "published": None if hidden else published}) + "\n")
    n = sum(len(a[3]) for a in ARTICLES)
    print(f"wrote {len(ARTICLES)} articles, {n} gold events")


if __name__ == "__main__":
    main()
