#!/usr/bin/env python3
"""Generate gold.jsonl and manifest.jsonl for the dev16 development corpus.

Run:  python3 data/dev16/build_gold.py   then   python3 data/eval/validate.py data/dev16
Each article lists its true publication date, whether the manifest hides it, its gold
events, and (for documentation only) the traps it contains that must NOT be extracted.
dev16 is a readable development set: unlike the holdout sets, it may be read while developing.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

# canonical names
KAGAME, NYUSI, CHAKWERA, KAZURA, MANGRASSE = ("Paul Kagame", "Filipe Nyusi", "Lazarus Chakwera",
                                              "Jean Bosco Kazura", "Joaquim Mangrasse")
KITTIKHOUN, MAH, THAN_SWE, HUN_SEN, PRAK, KOMMASITH = ("Alounkeo Kittikhoun", "Min Aung Hlaing", "Than Swe",
                                                       "Hun Sen", "Prak Sokhonn", "Saleumxay Kommasith")
MICHEL, GARIBASHVILI, ZOURABICHVILI, DANIELSSON, KOBAKHIDZE, HARTZELL = (
    "Charles Michel", "Irakli Garibashvili", "Salome Zourabichvili", "Christian Danielsson", "Irakli Kobakhidze",
    "Carl Hartzell")
MODI, TOKAYEV, MIRZIYOYEV, RAHMON, G_BERDIMUHAMEDOV, JAPAROV, JAISHANKAR = (
    "Narendra Modi", "Kassym-Jomart Tokayev", "Shavkat Mirziyoyev", "Emomali Rahmon", "Gurbanguly Berdimuhamedov",
    "Sadyr Japarov", "Subrahmanyam Jaishankar")
S_BERDIMUHAMEDOV, SCHOLZ = "Serdar Berdimuhamedov", "Olaf Scholz"
YOON, BROWN, TEO, RABUKA, WHIPPS, HEINE = ("Yoon Suk Yeol", "Mark Brown", "Feleti Teo", "Sitiveni Rabuka",
                                           "Surangel Whipps Jr.", "Hilda Heine")
CHAVES, CORTIZO, ANDRE, TEWANEY, LEYVA = ("Rodrigo Chaves", "Laurentino Cortizo", "Arnoldo Andre Tinoco",
                                          "Janaina Tewaney Mencomo", "Alvaro Leyva")
DORJI, WANG_YI, HAN_ZHENG, WU, WANGCHUCK = ("Tandi Dorji", "Wang Yi", "Han Zheng", "Wu Jianghao",
                                            "Jigme Khesar Namgyel Wangchuck")
RAMA, VON_DER_LEYEN, VUCIC = "Edi Rama", "Ursula von der Leyen", "Aleksandar Vucic"
BLINKEN, RAIMONDO, TAI, VESTAGER, DOMBROVSKIS, BIDEN = ("Antony Blinken", "Gina Raimondo", "Katherine Tai",
                                                       "Margrethe Vestager", "Valdis Dombrovskis", "Joe Biden")
FIALA, VARHELYI, KOVACHEVSKI, PETKOV = "Petr Fiala", "Oliver Varhelyi", "Dimitar Kovachevski", "Kiril Petkov"
MARCOS, WIDODO, MANALO, MARSUDI, HALIMAH, LEE = ("Ferdinand Marcos Jr.", "Joko Widodo", "Enrique Manalo",
                                                "Retno Marsudi", "Halimah Yacob", "Lee Hsien Loong")
TRUDEAU, JOLY, PARK_JIN, KISHIDA = "Justin Trudeau", "Melanie Joly", "Park Jin", "Fumio Kishida"
MBS, FAKI, TINUBU, FAISAL, SALL, ABIY = ("Mohammed bin Salman", "Moussa Faki Mahamat", "Bola Tinubu",
                                         "Faisal bin Farhan", "Macky Sall", "Abiy Ahmed")
SAMIA, KENYATTA, MAGUFULI, ODINGA = ("Samia Suluhu Hassan", "Uhuru Kenyatta", "John Magufuli", "Raila Odinga")
THUONG, NARUHITO, MASAKO, PHAN, CHINH, SUGA = ("Vo Van Thuong", "Emperor Naruhito", "Empress Masako",
                                               "Phan Thi Thanh Tam", "Pham Minh Chinh", "Yoshihide Suga")

C5 = ["Kazakhstan", "Kyrgyzstan", "Tajikistan", "Turkmenistan", "Uzbekistan"]


def ev(key, kind, status, date, location, participants, groups, evidence, date_end=None):
    e = {"key": key, "kind": kind, "status": status, "date": date}
    if date_end:
        e["date_end"] = date_end
    e.update({"location": location, "participants": participants, "groups": groups,
              "evidence": evidence})
    return e


M, C, OCC, PLN = "meeting", "call", "occurred", "planned"

# shared keys (same real-world event in several articles)
K_IGC_AL = "2022-07-19-brussels-fiala-rama-varhelyi"
K_IGC_MK = "2022-07-19-brussels-fiala-kovachevski-varhelyi"
K_ASEAN_EU = "2022-12-14-brussels-asean-european-union"

ARTICLES = [
    # Saturday wire (25 September 2021, "PEMBA, Mozambique, Sept 25"). "held talks in Pemba on Friday" -> 24 Sep.
    # "in late April, when Kagame received him in Kigali" -> 2021-04 (real day not known to the author: month key).
    # "an extraordinary SADC summit in Maputo on June 23, hosted by Nyusi" -> gathering, body SADC, host Nyusi.
    # "On Thursday, on the eve of the trip, Kagame spoke by phone with ... Chakwera" -> call 23 Sep.
    # "Kazura and ... Mangrasse, are due to meet in Maputo on Monday" -> planned 27 Sep (the coming Monday).
    # Name variant: the caption misspells "Filipe Nyussi" (canonical Filipe Nyusi).
    ("000_rw_mz_kagame_pemba_wire", "2021-09-25", False, [
        ev("2021-09-24-pemba-kagame-nyusi", M, OCC, "2021-09-24", "Pemba", [KAGAME, NYUSI], [],
           "Paul Kagame and Mozambican President Filipe Nyusi held talks in Pemba on Friday"),
        ev("2021-04-kigali-kagame-nyusi", M, OCC, "2021-04", "Kigali", [KAGAME, NYUSI], [],
           "when Kagame received him in Kigali for a working visit"),
        ev("2021-06-23-maputo-sadc", M, OCC, "2021-06-23", "Maputo", [NYUSI], ["SADC"],
           "at an extraordinary SADC summit in Maputo on June 23, hosted by Nyusi"),
        ev("2021-09-23-chakwera-kagame-call", C, OCC, "2021-09-23", None, [KAGAME, CHAKWERA], [],
           "Kagame spoke by phone with Malawian President Lazarus Chakwera"),
        ev("2021-09-27-maputo-kazura-mangrasse", M, PLN, "2021-09-27", "Maputo", [KAZURA, MANGRASSE], [],
           "are due to meet in Maputo on Monday to discuss the next phase of operations"),
    ], ["'On Saturday he addressed Rwandan troops at their base in Mocimboa da Praia' (speech to own troops)",
        "caption 'Kagame (left) is greeted by President Filipe Nyussi at Pemba airport' (airport welcome, same visit "
        "as the Pemba talks)",
        "'Rwandan and Mozambican commanders have met SADC officers several times since August' (counted)",
        "'Nyusi told a news conference' (press)",
        "'a wider meeting with ... Samia Suluhu Hassan \"could be useful\" ..., but no date or venue has been "
        "proposed' (hypothetical, negation)",
        "'A trip by Kagame to Maputo had been discussed ... but was dropped from the programme' (cancelled)",
        "Related: 'Nyusi meets Ramaphosa in Pretoria on insurgency', 'SADC leaders to meet in Lilongwe next month', "
        "'Rwanda to meet Mozambique in World Cup qualifier' (furniture, sport)"]),

    # Friday analysis (Jan. 12, 2024). "met Senior General Min Aung Hlaing in Naypyitaw on Wednesday" -> 10 Jan;
    # "The following day, before leaving the capital, he held talks with Than Swe" -> 11 Jan, "he" = Alounkeo,
    # "the capital" = Naypyitaw. "held talks with Min Aung Hlaing on 7 January 2022" -> explicit. "was received by
    # the senior general in Naypyitaw in March 2022" -> 2022-03 ("the senior general" = Min Aung Hlaing).
    # "Later that year Hun Sen co-chaired the ASEAN-EU commemorative summit in Brussels in December" -> 2022-12
    # (shared with 007, where it is planned for 14 Dec). "ASEAN foreign ministers will gather in Luang Prabang on
    # 29 January ..., chaired by ... Saleumxay Kommasith" -> planned 29 Jan 2024.
    ("001_asean_mm_chair_envoys_analysis", "2024-01-12", False, [
        ev("2024-01-10-naypyitaw-kittikhoun-min-aung-hlaing", M, OCC, "2024-01-10", "Naypyitaw",
           [KITTIKHOUN, MAH], [], "met Senior General Min Aung Hlaing in Naypyitaw on Wednesday"),
        ev("2024-01-11-naypyitaw-kittikhoun-than-swe", M, OCC, "2024-01-11", "Naypyitaw", [KITTIKHOUN, THAN_SWE], [],
           "The following day, before leaving the capital, he held talks with Than Swe"),
        ev("2022-01-07-naypyitaw-hun-min-aung-hlaing", M, OCC, "2022-01-07", "Naypyitaw", [HUN_SEN, MAH], [],
           "flew to Naypyitaw and held talks with Min Aung Hlaing on 7 January 2022"),
        ev("2022-03-22-naypyitaw-min-aung-hlaing-prak", M, OCC, "2022-03", "Naypyitaw", [PRAK, MAH], [],
           "was received by the senior general in Naypyitaw in March 2022"),
        ev(K_ASEAN_EU, M, OCC, "2022-12", "Brussels", [HUN_SEN], ["ASEAN", "European Union"],
           "Hun Sen co-chaired the ASEAN-EU commemorative summit in Brussels in December"),
        ev("2024-01-29-luang-prabang-asean", M, PLN, "2024-01-29", "Luang Prabang", [KOMMASITH], ["ASEAN"],
           "ASEAN foreign ministers will gather in Luang Prabang on 29 January for their annual retreat"),
    ], ["'The envoy did not meet Aung San Suu Kyi ... Nor did any of his predecessors' (negation)",
        "'Jakarta says it held more than 100 engagements with Myanmar stakeholders' (counted)",
        "'Retno Marsudi never met the senior general in person' (negation)",
        "'Diplomats expect Myanmar to send a senior civil servant' (part of the planned retreat, not a separate event)",
        "'A meeting between the junta and the armed resistance ... would be possible if ...; No one has proposed a "
        "date' (hypothetical)",
        "caption 'Min Aung Hlaing (right) receives the Lao envoy in Naypyitaw' (same event as the body)",
        "Most read: 'Thai PM meets Lao counterpart at the Friendship Bridge', 'Min Aung Hlaing hosts Russian "
        "delegation', 'Hun Manet to visit Tokyo', 'Myanmar to meet Laos in Mekong Cup' (furniture, sport)"]),

    # Wednesday op-ed (21 April 2021). "flew to Tbilisi on 1 March and met ... Garibashvili" -> 1 Mar; "That evening
    # Michel also met President Salome Zourabichvili" -> 1 Mar, separate pair; "Danielsson, chaired talks between
    # the ruling Georgian Dream party and the opposition in Tbilisi on March 12 and 13" -> date_end, mediated talks
    # are one meeting of all sides (parties as groups); "Michel phoned Garibashvili on Sunday night" -> call 18 Apr;
    # "On Monday, Irakli Kobakhidze ... and the leaders of most opposition parties signed ... at a ceremony in
    # Tbilisi attended by the EU ambassador" -> 19 Apr, opposition unnamed -> group; "Michel will host Garibashvili
    # in Brussels next month" -> planned 2021-05.
    ("002_ge_eu_michel_mediation_oped", "2021-04-21", False, [
        ev("2021-03-01-tbilisi-garibashvili-michel", M, OCC, "2021-03-01", "Tbilisi", [MICHEL, GARIBASHVILI], [],
           "Charles Michel flew to Tbilisi on 1 March and met Prime Minister Irakli Garibashvili"),
        ev("2021-03-01-tbilisi-michel-zourabichvili", M, OCC, "2021-03-01", "Tbilisi", [MICHEL, ZOURABICHVILI], [],
           "That evening Michel also met President Salome Zourabichvili"),
        ev("2021-03-12-tbilisi-danielsson", M, OCC, "2021-03-12", "Tbilisi", [DANIELSSON],
           ["Georgian Dream", "Georgian opposition"],
           "chaired talks between the ruling Georgian Dream party and the opposition in Tbilisi",
           date_end="2021-03-13"),
        ev("2021-04-18-garibashvili-michel-call", C, OCC, "2021-04-18", None, [MICHEL, GARIBASHVILI], [],
           "Michel phoned Garibashvili on Sunday night to press for a final push"),
        ev("2021-04-19-tbilisi-hartzell-kobakhidze", M, OCC, "2021-04-19", "Tbilisi", [KOBAKHIDZE, HARTZELL],
           ["Georgian opposition"],
           "signed Michel's document at a ceremony in Tbilisi attended by the EU ambassador"),
        ev("2021-05-brussels-garibashvili-michel", M, PLN, "2021-05", "Brussels", [MICHEL, GARIBASHVILI], [],
           "Michel will host Garibashvili in Brussels next month"),
    ], ["'the arrest of an opposition leader, Nika Melia' (domestic, no meeting)",
        "'he left behind an envoy rather than a communique' (no event)",
        "'They broke up without a deal' (same occasion as the March 12-13 talks)",
        "'The largest opposition force, the United National Movement, did not sign' (negation)",
        "'A trip to Tbilisi by three members of the European Parliament, planned for February, was called off' "
        "(cancelled)",
        "'I have met Georgian politicians of every stripe many times over the years' (author, counted)",
        "'Had Brussels not been in the room, there would be no deal at all' (hypothetical)",
        "'A meeting between Garibashvili and the United National Movement's leadership would be possible ... only if "
        "the party signs first' (hypothetical)",
        "Related stories: 'Garibashvili meets Aliyev in Baku on first foreign trip', 'EU envoy Danielsson returns to "
        "Tbilisi for a new round', 'Georgia to meet Armenia in Euro 2024 qualifier' (furniture, sport)"]),

    # Press release, manifest null; "January 27, 2022" printed twice on the page. "hosted the first India-Central
    # Asia Summit today in virtual format" -> call (video summit), 27 Jan, the six leaders named;
    # "Sadyr Zhaparov" is the Russian-style transliteration of Sadyr Japarov. "3rd meeting of the India-Central
    # Asia Dialogue, chaired by ... Jaishankar in New Delhi on 19 December 2021 and attended by the Foreign
    # Ministers of [the five]" -> ministers unnamed -> five country groups. "The following day, the visiting
    # Ministers jointly called on Prime Minister Modi" -> 20 Dec 2021, New Delhi from the same paragraph.
    # "A meeting of the Secretaries of the Security Councils ... will be held in New Delhi later this year" ->
    # planned, year only (2022); key keeps the real date (6 Dec 2022).
    ("003_in_central_asia_virtual_summit_release", "2022-01-27", True, [
        ev("2022-01-27-berdimuhamedov-japarov-mirziyoyev-modi-rahmon-tokayev-call", C, OCC, "2022-01-27", None,
           [MODI, TOKAYEV, MIRZIYOYEV, RAHMON, G_BERDIMUHAMEDOV, JAPAROV], [],
           "hosted the first India-Central Asia Summit today in virtual format"),
        ev("2021-12-19-new-delhi-jaishankar-india-central-asia-dialogue", M, OCC, "2021-12-19", "New Delhi",
           [JAISHANKAR], C5,
           "chaired by External Affairs Minister Dr. S. Jaishankar in New Delhi on 19 December 2021"),
        ev("2021-12-20-new-delhi-modi-central-asia-ministers", M, OCC, "2021-12-20", "New Delhi", [MODI], C5,
           "The following day, the visiting Ministers jointly called on Prime Minister Modi."),
        ev("2022-12-06-new-delhi-india-central-asia-security-councils", M, PLN, "2022", "New Delhi", [],
           ["India"] + C5,
           "A meeting of the Secretaries of the Security Councils of India and the Central Asian"),
    ], ["'They agreed to hold the Summit every two years' (habitual, no concrete occasion)",
        "'The Leaders had been invited to be the Chief Guests at the Republic Day celebrations ... could not take "
        "place' (invitation, did not happen)",
        "'welcomed the proposal to establish an India-Central Asia Centre' (proposal, not a meeting)",
        "'A Joint Declaration was adopted' (same occasion as the summit)",
        "Related: 'Prime Minister's opening remarks ...', 'EAM's meeting with the Foreign Minister of Kazakhstan', "
        "'Joint Declaration ...' (furniture)"]),

    # Wednesday live blog (29 May 2024, KST). 08:20: "Yesterday ... held back-to-back bilateral meetings at the
    # presidential office with ... Mark Brown ... and with ... Feleti Teo" -> two events, 28 May, Seoul (presidential
    # office). 09:45: "The first Korea-Pacific Islands Summit has opened ... in central Seoul, co-chaired by Yoon and
    # Brown. ... Rabuka and ... Whipps Jr. are among the leaders in the room" -> gathering, 29 May. 12:10: "Yoon and
    # Rabuka have just finished a working lunch at which they held a bilateral meeting" -> 29 May, separate pair.
    # 15:20: "Yoon will meet Whipps tomorrow at the presidential office" -> planned 30 May, Seoul; "Hilda Heine is
    # due to hold talks with Yoon on Friday" -> planned 31 May, no venue -> null.
    ("004_kr_pacific_islands_summit_seoul_liveblog", "2024-05-29", False, [
        ev("2024-05-28-seoul-brown-yoon", M, OCC, "2024-05-28", "Seoul", [YOON, BROWN], [],
           "held back-to-back bilateral meetings at the presidential office with Cook Islands Prime Minister Mark Brown"),
        ev("2024-05-28-seoul-teo-yoon", M, OCC, "2024-05-28", "Seoul", [YOON, TEO], [],
           "and with Tuvalu's Prime Minister Feleti Teo"),
        ev("2024-05-29-seoul-korea-pacific-islands-summit", M, OCC, "2024-05-29", "Seoul",
           [YOON, BROWN, RABUKA, WHIPPS], ["Pacific Islands Forum"],
           "The first Korea-Pacific Islands Summit has opened at a hotel in central Seoul"),
        ev("2024-05-29-seoul-rabuka-yoon", M, OCC, "2024-05-29", "Seoul", [YOON, RABUKA], [],
           "Yoon and Rabuka have just finished a working lunch at which they held a bilateral"),
        ev("2024-05-30-seoul-whipps-yoon", M, PLN, "2024-05-30", "Seoul", [YOON, WHIPPS], [],
           "Yoon will meet Whipps tomorrow at the presidential office"),
        ev("2024-05-31-heine-yoon", M, PLN, "2024-05-31", None, [YOON, HEINE], [],
           "Marshall Islands President Hilda Heine is due to hold talks with Yoon on Friday"),
    ], ["'Jeremiah Manele did not travel to Seoul; his country is represented by a minister' (negation)",
        "'Yoon reads the joint declaration to reporters' (press)",
        "'a visit by Yoon to the Pacific \"could be considered\" ... Nothing has been scheduled' (hypothetical)",
        "'Pacific leaders have met Japanese, Chinese and Indian leaders at similar summits many times' (counted)",
        "Related stories: 'Japan's Kishida hosts Pacific leaders at PALM in Tokyo', 'Yoon to meet Kishida and Li "
        "Qiang for trilateral summit', 'Korea to meet Fiji in rugby sevens final' (furniture, sport)"]),

    # Translated article, manifest null; "Publicado: 07/10/2023" is day-first (confirmed by "This Friday (6)",
    # a Friday in October 2023). "This Friday (6), presidents ... met in Paso Canoas" -> 6 Oct. "arranged in a
    # telephone call between the two presidents last Sunday" -> call 1 Oct. "who met in San Jose on Tuesday (3)" ->
    # 3 Oct. "The foreign ministers of the two countries will meet again in Panama City on the 19th, this time with
    # the Colombian foreign minister, Alvaro Leyva" -> planned 19 Oct, the two ministers resolved from the previous
    # paragraph (3 participants). "In April, delegations from Panama, Colombia and the United States met in Panama
    # City" -> 2023-04, groups only.
    ("005_cr_pa_chaves_cortizo_paso_canoas_translated", "2023-10-07", True, [
        ev("2023-10-06-paso-canoas-chaves-cortizo", M, OCC, "2023-10-06", "Paso Canoas", [CHAVES, CORTIZO], [],
           "presidents Rodrigo Chaves of Costa Rica and Laurentino Cortizo of Panama met in Paso Canoas"),
        ev("2023-10-01-chaves-cortizo-call", C, OCC, "2023-10-01", None, [CHAVES, CORTIZO], [],
           "The meeting was arranged in a telephone call between the two presidents last Sunday"),
        ev("2023-10-03-san-jose-andre-tewaney", M, OCC, "2023-10-03", "San Jose", [ANDRE, TEWANEY], [],
           "Arnoldo André Tinoco and Janaina Tewaney Mencomo, who met in San José on Tuesday (3)"),
        ev("2023-10-19-panama-city-andre-leyva-tewaney", M, PLN, "2023-10-19", "Panama City", [ANDRE, TEWANEY, LEYVA],
           [], "will meet again in Panama City on the 19th, this time with the Colombian"),
        ev("2023-04-11-panama-city-colombia-panama-united-states", M, OCC, "2023-04", "Panama City", [],
           ["Panama", "Colombia", "United States"],
           "In April, delegations from Panama, Colombia and the United States met in Panama City"),
    ], ["'The two heads of state toured a reception centre and then held a private meeting' (same occasion)",
        "'Chaves proposed holding a summit of all the Central American presidents ... Cortizo did not commit ... no "
        "date was put forward' (proposal not accepted)",
        "'The presidents of the region have met repeatedly on migration since then' (counted)",
        "'a meeting with Daniel Ortega would be possible only if Managua accepted ...' (hypothetical)",
        "'Both presidents later spoke to the press' (press)",
        "Mas leidas: 'Bukele receives Chaves in San Salvador', 'Cortizo to meet Petro in Bogota', 'Costa Rica to meet "
        "Panama in the Gold Cup qualifier' (furniture, sport)"]),

    # Friday interview (27 October 2023). "Tandi Dorji held the 25th round of boundary talks with Wang Yi in Beijing
    # on Monday" -> 23 Oct. "The following day he called on Vice President Han Zheng" -> 24 Oct, "he" = Dorji,
    # Beijing from the same answer. "signed by video conference on 14 October 2021 by Lyonpo Tandi Dorji and ...
    # Wu Jianghao" -> call. "in August the Expert Group Meeting held its 13th session in Beijing. The delegations
    # ..." -> 2023-08, groups only. "King Jigme Khesar Namgyel Wangchuck begins a visit to India on 3 November and is
    # expected to meet ... Modi in New Delhi during the visit" -> planned, day not given -> 2023-11.
    ("006_bt_cn_boundary_talks_interview", "2023-10-27", False, [
        ev("2023-10-23-beijing-dorji-wang", M, OCC, "2023-10-23", "Beijing", [DORJI, WANG_YI], [],
           "Tandi Dorji held the 25th round of boundary talks with Wang Yi in Beijing"),
        ev("2023-10-24-beijing-dorji-han", M, OCC, "2023-10-24", "Beijing", [DORJI, HAN_ZHENG], [],
           "The following day he called on Vice President Han Zheng"),
        ev("2021-10-14-dorji-wu-call", C, OCC, "2021-10-14", None, [DORJI, WU], [],
           "signed by video conference on 14 October 2021 by Lyonpo Tandi Dorji"),
        ev("2023-08-beijing-bhutan-china", M, OCC, "2023-08", "Beijing", [], ["Bhutan", "China"],
           "in August the Expert Group Meeting held its 13th session in Beijing"),
        ev("2023-11-new-delhi-modi-wangchuck", M, PLN, "2023-11", "New Delhi", [WANGCHUCK, MODI], [],
           "is expected to meet Prime Minister Narendra Modi in New Delhi during the visit"),
    ], ["'Bhutan and China have no formal diplomatic relations' (no event)",
        "'The two sides signed a cooperation agreement' (same occasion as the 25th round)",
        "'That team has met many times already' (counted)",
        "'A visit by a Chinese foreign minister would be historic, and it could happen if ... nobody has proposed a "
        "date' (hypothetical)",
        "'I have met Chinese scholars at conferences several times' (interviewee, counted)",
        "the interview itself (interview)",
        "Related interviews: 'Lotay Tshering: \"Bhutan will not be a buffer\"', 'Former envoy recalls Doklam standoff "
        "talks', 'Druk Stars to meet Paro FC in league decider' (furniture, sport)"]),

    # Saturday newsletter (10 December 2022). "EU and Western Balkan leaders met in Tirana on Tuesday" -> 6 Dec,
    # Rama hosted Michel and von der Leyen, Vucic attended. "Albania and North Macedonia held their first
    # intergovernmental conferences with the EU in July" -> two events (one per country), month-only, no city
    # (shared with 008). "In College Park, Maryland, on Monday, Blinken, Raimondo and Tai met ... Vestager and
    # Dombrovskis" -> 5 Dec. "ASEAN and EU leaders will meet in Brussels on Wednesday" -> planned 14 Dec (shared with
    # 001, occurred there). "Biden will host ... at the US-Africa Leaders Summit in Washington from Tuesday to
    # Thursday" -> planned 13-15 Dec, date_end.
    ("007_world_week_in_review_roundup", "2022-12-10", False, [
        ev("2022-12-06-tirana-eu-western-balkans", M, OCC, "2022-12-06", "Tirana",
           [RAMA, MICHEL, VON_DER_LEYEN, VUCIC], ["European Union", "Western Balkans"],
           "EU and Western Balkan leaders met in Tirana on Tuesday"),
        ev(K_IGC_AL, M, OCC, "2022-07", None, [], ["Albania", "European Union"],
           "Albania and North Macedonia held their first intergovernmental conferences with the EU in July"),
        ev(K_IGC_MK, M, OCC, "2022-07", None, [], ["North Macedonia", "European Union"],
           "Albania and North Macedonia held their first intergovernmental conferences with the EU in July"),
        ev("2022-12-05-college-park-blinken-dombrovskis-raimondo-tai-vestager", M, OCC, "2022-12-05",
           "College Park", [BLINKEN, RAIMONDO, TAI, VESTAGER, DOMBROVSKIS], ["Trade and Technology Council"],
           "Antony Blinken, Gina Raimondo and Katherine Tai met EU commissioners Margrethe Vestager and Valdis Dombrovskis"),
        ev(K_ASEAN_EU, M, PLN, "2022-12-14", "Brussels", [MICHEL, HUN_SEN], ["ASEAN", "European Union"],
           "ASEAN and EU leaders will meet in Brussels on Wednesday for a commemorative summit"),
        ev("2022-12-13-washington-us-africa-leaders-summit", M, PLN, "2022-12-13", "Washington", [BIDEN],
           ["African Union"],
           "Biden will host 49 African leaders and the African Union at the US-Africa Leaders Summit",
           date_end="2022-12-15"),
    ], ["'Vucic attended after days of threatening to stay away' (part of the Tirana summit)",
        "'The two sides have met in this format several times since 2021' (counted)",
        "'a fourth meeting could be held in Sweden next year, if the subsidy dispute is settled' (hypothetical)",
        "'Kishida and Albanese have spoken repeatedly ..., but no leaders' meeting has been fixed' (counted, negation)",
        "'A Biden visit to the continent next year is \"under discussion\"' (vague)",
        "'the first since 2014' (reference to an earlier summit, no occasion reported)",
        "Read more: 'Sunak and Macron to meet at the Elysee', 'Xi meets Gulf leaders in Riyadh', 'Morocco to meet "
        "France in World Cup semi-final', 'Von der Leyen hosts Balkan ministers in Brussels' (furniture, sport)"]),

    # Tuesday wire (2022-07-19 21:10 CET, "BRUSSELS, July 19"). "The first intergovernmental conference with Albania
    # began in the late afternoon, chaired by ... Fiala ..., with ... Rama and ... Varhelyi at the table" -> 19 Jul,
    # Brussels. "An hour later Fiala and Varhelyi opened the conference with North Macedonia, whose delegation was
    # led by ... Kovachevski" -> separate event, group North Macedonia (delegation). "North Macedonia's parliament on
    # Saturday accepted ... Rama spoke by phone with Kovachevski the same evening" -> call 16 Jul. "in January, when
    # Kovachevski and Bulgarian Prime Minister Kiril Petkov held talks in Skopje" -> 2022-01. "Commission officials
    # will begin screening meetings with both countries in Brussels in September" -> planned 2022-09, groups.
    ("008_eu_al_mk_accession_talks_wire", "2022-07-19", False, [
        ev(K_IGC_AL, M, OCC, "2022-07-19", "Brussels", [FIALA, RAMA, VARHELYI], [],
           "The first intergovernmental conference with Albania began in the late afternoon"),
        ev(K_IGC_MK, M, OCC, "2022-07-19", "Brussels", [FIALA, VARHELYI, KOVACHEVSKI], ["North Macedonia"],
           "An hour later Fiala and Várhelyi opened the conference with North Macedonia"),
        ev("2022-07-16-kovachevski-rama-call", C, OCC, "2022-07-16", None, [RAMA, KOVACHEVSKI], [],
           "Rama spoke by phone with Kovachevski the same evening to congratulate him"),
        ev("2022-01-18-skopje-kovachevski-petkov", M, OCC, "2022-01", "Skopje", [KOVACHEVSKI, PETKOV], [],
           "when Kovachevski and Bulgarian Prime Minister Kiril Petkov held talks in Skopje"),
        ev("2022-09-brussels-albania-european-commission-north-macedonia", M, PLN, "2022-09", "Brussels", [],
           ["European Commission", "Albania", "North Macedonia"],
           "Commission officials will begin screening meetings with both countries in Brussels in September"),
    ], ["'North Macedonia's parliament on Saturday accepted a French-brokered compromise' (domestic vote)",
        "'von der Leyen and Charles Michel later joined Fiala, Rama and Kovachevski at a news conference' (press)",
        "'Bulgaria could still block ... a new veto was possible if ...' (hypothetical)",
        "'EU and Balkan leaders have met many times over the past two decades' (counted)",
        "Related coverage: 'Kurti and Vucic to meet in Brussels in August', 'Rama meets Mitsotakis in Athens', "
        "'Albania to meet Moldova in Nations League' (furniture, sport)"]),

    # Monday readout (05 September 2022, day-first; "BOGOR, Indonesia"). "held a bilateral meeting with President
    # Joko Widodo at the Bogor Palace on Monday" -> 5 Sep, Bogor. "In a separate meeting at the palace, ... Manalo
    # held talks with ... Retno Marsudi" -> separate pair, 5 Sep, Bogor. "The two Presidents first spoke by
    # telephone in May" -> call 2022-05. "President Halimah Yacob will host a state banquet in his honor at the
    # Istana on Tuesday evening" -> planned 6 Sep, Singapore. "On Wednesday, PBBM is scheduled to hold a bilateral
    # meeting with Prime Minister Lee Hsien Loong" -> planned 7 Sep, Singapore. "PBBM" = Marcos.
    ("009_ph_id_marcos_bogor_readout", "2022-09-05", False, [
        ev("2022-09-05-bogor-marcos-widodo", M, OCC, "2022-09-05", "Bogor", [MARCOS, WIDODO], [],
           "held a bilateral meeting with President Joko Widodo at the Bogor Palace on Monday"),
        ev("2022-09-05-bogor-manalo-marsudi", M, OCC, "2022-09-05", "Bogor", [MANALO, MARSUDI], [],
           "Foreign Affairs Secretary Enrique Manalo held talks with Indonesian Foreign Minister Retno Marsudi"),
        ev("2022-05-marcos-widodo-call", C, OCC, "2022-05", None, [MARCOS, WIDODO], [],
           "The two Presidents first spoke by telephone in May"),
        ev("2022-09-06-singapore-halimah-marcos", M, PLN, "2022-09-06", "Singapore", [HALIMAH, MARCOS], [],
           "President Halimah Yacob will host a state banquet in his honor at the Istana"),
        ev("2022-09-07-singapore-lee-marcos", M, PLN, "2022-09-07", "Singapore", [MARCOS, LEE], [],
           "PBBM is scheduled to hold a bilateral meeting with Prime Minister Lee Hsien Loong"),
    ], ["'They witnessed the exchange of four agreements' (same occasion)",
        "'President Widodo, who has met three previous Philippine presidents' (counted)",
        "'The two leaders later delivered a joint press statement' (press)",
        "'the President met members of the Filipino community in Jakarta' (own nationals, not diplomatic)",
        "'A trilateral meeting with Malaysia ... was raised ..., but no date was discussed' (vague)",
        "'The President will proceed to Singapore on Tuesday for a state visit' (travel; the banquet is the event)",
        "caption 'Marcos Jr. and President Joko Widodo at the Bogor Palace, 5 September 2022' (same event)",
        "Related News: 'PBBM meets Filipino community in Jakarta', 'PBBM to attend ASEAN summit in Phnom Penh', "
        "'Gilas Pilipinas to meet Indonesia in FIBA qualifiers' (furniture, sport)"]),

    # Wednesday regional site (Updated May 17, 2023). "held a summit at the presidential office in Seoul's Yongsan
    # district on Wednesday" -> 17 May. "Joly and her South Korean counterpart, Park Jin, held a separate meeting on
    # Wednesday morning" -> 17 May, Seoul. "a visit that Yoon made to Ottawa last September, when the two leaders
    # met on Parliament Hill" -> 2022-09. "Trudeau flies to Hiroshima on Thursday ..., where he is scheduled to meet
    # ... Kishida on Friday" -> planned 19 May, Hiroshima.
    ("010_ca_kr_trudeau_seoul_regional", "2023-05-17", False, [
        ev("2023-05-17-seoul-trudeau-yoon", M, OCC, "2023-05-17", "Seoul", [TRUDEAU, YOON], [],
           "Justin Trudeau and South Korean President Yoon Suk Yeol held a summit at the"),
        ev("2023-05-17-seoul-joly-park", M, OCC, "2023-05-17", "Seoul", [JOLY, PARK_JIN], [],
           "Joly and her South Korean counterpart, Park Jin, held a separate meeting on Wednesday morning"),
        ev("2022-09-23-ottawa-trudeau-yoon", M, OCC, "2022-09", "Ottawa", [TRUDEAU, YOON], [],
           "Yoon made to Ottawa last September, when the two leaders met on Parliament Hill"),
        ev("2023-05-19-hiroshima-kishida-trudeau", M, PLN, "2023-05-19", "Hiroshima", [TRUDEAU, KISHIDA], [],
           "he is scheduled to meet Japanese Prime Minister Fumio Kishida on Friday"),
    ], ["'The Korean leader later hosted him for a dinner' (same occasion as the summit)",
        "'The two have also spoken by phone twice since Yoon took office' (counted)",
        "'Trudeau had planned to visit Seoul in 2020, but that trip was cancelled' (cancelled)",
        "'Trudeau addressed the National Assembly ... and laid a wreath' (speech, ceremony)",
        "'negotiations could start if both cabinets agreed, but no talks have been scheduled' (hypothetical)",
        "caption 'Trudeau and ... Yoon review an honour guard in Seoul' (ceremony, same occasion)",
        "Most popular: 'Trudeau to meet Kishida in Hiroshima' (same as the body's planned event, furniture), "
        "'Canada to meet Korea in women's volleyball', 'B.C. premier meets Korean battery makers' (sport, business)"]),

    # Saturday regional site (11 Nov 2023 | 08:15 GMT). "The first Saudi-African summit was held in Riyadh on
    # Friday, chaired by ... bin Salman and attended by ... the African Union, including ... Faki" -> 10 Nov. "On the
    # eve of the summit, the crown prince received ... Tinubu on Thursday evening" -> 9 Nov, Riyadh. "On the
    # sidelines on Friday, Faki held talks with ... Faisal bin Farhan" -> 10 Nov, Riyadh, separate pair. "Bin Salman
    # also spoke by phone on Wednesday with ... Macky Sall" -> call 8 Nov. "Abiy Ahmed ... is due to hold talks with
    # the crown prince in Riyadh on Sunday" -> planned 12 Nov.
    ("011_sa_africa_riyadh_summit_regional", "2023-11-11", False, [
        ev("2023-11-10-riyadh-saudi-african-summit", M, OCC, "2023-11-10", "Riyadh", [MBS, FAKI], ["African Union"],
           "The first Saudi-African summit was held in Riyadh on Friday"),
        ev("2023-11-09-riyadh-bin-salman-tinubu", M, OCC, "2023-11-09", "Riyadh", [MBS, TINUBU], [],
           "the crown prince received Nigerian President Bola Tinubu on Thursday evening"),
        ev("2023-11-10-riyadh-bin-farhan-faki", M, OCC, "2023-11-10", "Riyadh", [FAKI, FAISAL], [],
           "Faki held talks with the Saudi foreign minister, Prince Faisal bin Farhan"),
        ev("2023-11-08-bin-salman-sall-call", C, OCC, "2023-11-08", None, [MBS, SALL], [],
           "Bin Salman also spoke by phone on Wednesday with Senegalese President Macky Sall"),
        ev("2023-11-12-riyadh-abiy-bin-salman", M, PLN, "2023-11-12", "Riyadh", [ABIY, MBS], [],
           "is due to hold talks with the crown prince in Riyadh on Sunday"),
    ], ["'The kingdom promised more than $25 billion' (statement)",
        "'The summit was first announced for 2020 but was postponed' (past postponement, no occasion)",
        "'Ruto, whose government says he has met the crown prince several times since 2022' (counted)",
        "'said in a statement issued in Nairobi' (statement; Ruto is not placed at the summit)",
        "'a second summit could be held in Africa in three years if ..., but no host has been named' (hypothetical)",
        "caption 'bin Salman and African leaders pose for a family photo in Riyadh' (same occasion as the summit)",
        "Related: 'Tinubu to meet Ruto in Nairobi', 'Super Eagles to meet Lesotho in World Cup qualifier' "
        "(furniture, sport)"]),

    # Saturday broadcaster (03.06.2023, day-first). "Michel met the presidents of Kazakhstan, Kyrgyzstan, Tajikistan
    # and Uzbekistan in Cholpon-Ata on Friday ... Japarov hosted ... Tokayev, Emomali Rahmon and Shavkat Mirziyoev
    # attended, while Turkmenistan was represented by a government delegation" -> 2 Jun, group Turkmenistan;
    # "Mirziyoev" is the alternative spelling of Mirziyoyev. "On Thursday evening, Japarov hosted Michel for a
    # bilateral dinner" -> 1 Jun, separate day. "Michel first met Tokayev, Japarov, Rahmon and Mirziyoev together in
    # Astana last October" -> 2022-10. "he spoke with President Serdar Berdimuhamedov by phone after the meeting
    # ended on Friday" -> call 2 Jun. "The region's leaders are due in Berlin in September for a first summit with
    # ... Olaf Scholz" -> planned 2023-09, leaders unnamed -> group Central Asia.
    ("012_eu_central_asia_cholpon_ata_broadcaster", "2023-06-03", False, [
        ev("2023-06-02-cholpon-ata-japarov-michel-mirziyoyev-rahmon-tokayev", M, OCC, "2023-06-02", "Cholpon-Ata",
           [MICHEL, JAPAROV, TOKAYEV, RAHMON, MIRZIYOYEV], ["Turkmenistan"],
           "Charles Michel met the presidents of Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan in Cholpon-Ata on Friday"),
        ev("2023-06-01-cholpon-ata-japarov-michel", M, OCC, "2023-06-01", "Cholpon-Ata", [JAPAROV, MICHEL], [],
           "On Thursday evening, Japarov hosted Michel for a bilateral dinner"),
        ev("2022-10-27-astana-japarov-michel-mirziyoyev-rahmon-tokayev", M, OCC, "2022-10", "Astana",
           [MICHEL, TOKAYEV, JAPAROV, RAHMON, MIRZIYOYEV], [],
           "Michel first met Tokayev, Japarov, Rahmon and Mirziyoev together in Astana last October"),
        ev("2023-06-02-berdimuhamedov-michel-call", C, OCC, "2023-06-02", None, [MICHEL, S_BERDIMUHAMEDOV], [],
           "he spoke with President Serdar Berdimuhamedov by phone after the meeting ended on Friday"),
        ev("2023-09-29-berlin-central-asia-scholz", M, PLN, "2023-09", "Berlin", [SCHOLZ], ["Central Asia"],
           "The region's leaders are due in Berlin in September for a first summit"),
    ], ["'The five Central Asian leaders have also met in their own format many times since 2018' (counted)",
        "'Michel did not see the Turkmen president in Cholpon-Ata' (negation)",
        "'A summit between the EU's 27 leaders and the region would be possible in the future, ... no date' "
        "(hypothetical)",
        "'Michel told reporters', 'issued a joint press communique', 'posed for a photo' (press, same occasion)",
        "Related news: 'Japarov receives Chinese foreign minister in Bishkek', 'Putin to host Central Asian leaders in "
        "Moscow', 'Kyrgyzstan to meet Tajikistan in CAFA Nations Cup' (furniture, sport)"]),

    # Tuesday broadcaster (Updated 2021-05-04 19:30 EAT). "Samia Suluhu Hassan held talks with President Uhuru
    # Kenyatta at State House, Nairobi on Tuesday" -> 4 May. "In July 2019 Kenyatta visited the late John Magufuli
    # at his home in Chato, where the two leaders held talks" -> 2019-07. "Kenyatta and Samia spoke by phone last
    # month" -> call 2021-04. "Trade officials from both countries will meet in Namanga later this month" -> planned
    # 2021-05, groups. "On Wednesday, she will hold talks with opposition leader Raila Odinga at State House" ->
    # planned 5 May, Nairobi, "she" = Samia.
    ("013_ke_tz_samia_state_house_broadcaster", "2021-05-04", False, [
        ev("2021-05-04-nairobi-kenyatta-samia", M, OCC, "2021-05-04", "Nairobi", [SAMIA, KENYATTA], [],
           "Samia Suluhu Hassan held talks with President Uhuru Kenyatta at State House, Nairobi on Tuesday"),
        ev("2019-07-chato-kenyatta-magufuli", M, OCC, "2019-07", "Chato", [KENYATTA, MAGUFULI], [],
           "In July 2019 Kenyatta visited the late John Magufuli at his home in Chato"),
        ev("2021-04-kenyatta-samia-call", C, OCC, "2021-04", None, [KENYATTA, SAMIA], [],
           "Kenyatta and Samia spoke by phone last month to prepare the visit"),
        ev("2021-05-namanga-kenya-tanzania", M, PLN, "2021-05", "Namanga", [], ["Kenya", "Tanzania"],
           "Trade officials from both countries will meet in Namanga later this month"),
        ev("2021-05-05-nairobi-odinga-samia", M, PLN, "2021-05-05", "Nairobi", [SAMIA, ODINGA], [],
           "she will hold talks with opposition leader Raila Odinga at State House"),
    ], ["'The Tanzanian leader inspected a guard of honour before the talks' (ceremony)",
        "'directed their ministers to remove non-tariff barriers' (instruction, no occasion)",
        "'although Kenyatta and Magufuli had met several times before' (counted)",
        "'before addressing a joint sitting of Parliament' (speech)",
        "'A deal on the pipeline could be signed within months if financing is agreed' (hypothetical)",
        "'The two leaders later addressed a joint press conference' (press)",
        "caption 'Kenyatta welcomes ... Samia Suluhu Hassan at State House, Nairobi' (same occasion)",
        "Trending now: 'Ruto meets Mudavadi in Karen', 'Kenya to meet Tanzania in CECAFA final' (furniture, sport)"]),

    # Photo gallery, manifest null; "Updated 2023-11-28 09:15 GMT" (Tuesday). Captions are day-first
    # ("27/11/2023"). Photo 1: "talks at the Prime Minister's Office in Tokyo on Monday" -> 27 Nov. Photo 3: "Emperor
    # Naruhito and Empress Masako receive ... Thuong and his wife, Phan Thi Thanh Tam, for an audience at the
    # Imperial Palace on Tuesday" -> 28 Nov, Tokyo. Photo 5: "Kishida last visited Hanoi in May 2022, when he held
    # talks with ... Pham Minh Chinh" with "(File photo, 01/05/2022)" -> the caption dates the event: 1 May 2022.
    # Photo 6: "On Wednesday, Thuong will meet former prime minister Suga Yoshihide ... in Tokyo" -> planned 29 Nov;
    # family-name-first order, canonical Yoshihide Suga.
    ("014_vn_jp_thuong_tokyo_gallery", "2023-11-28", True, [
        ev("2023-11-27-tokyo-kishida-thuong", M, OCC, "2023-11-27", "Tokyo", [KISHIDA, THUONG], [],
           "shake hands before their talks at the Prime Minister's Office in Tokyo on Monday"),
        ev("2023-11-28-tokyo-masako-naruhito-phan-thuong", M, OCC, "2023-11-28", "Tokyo",
           [NARUHITO, MASAKO, THUONG, PHAN], [],
           "Emperor Naruhito and Empress Masako receive President Vo Van Thuong and his wife"),
        ev("2022-05-01-hanoi-chinh-kishida", M, OCC, "2022-05-01", "Hanoi", [KISHIDA, CHINH], [],
           "visited Hanoi in May 2022, when he held talks with Prime Minister Pham Minh Chinh"),
        ev("2023-11-29-tokyo-suga-thuong", M, PLN, "2023-11-29", "Tokyo", [THUONG, SUGA], [],
           "Thuong will meet former prime minister Suga Yoshihide"),
    ], ["'raised their relationship to a comprehensive strategic partnership on Monday' (same occasion as the talks)",
        "Photo 2 'watch the exchange of cooperation documents' (same occasion)",
        "Photo 4 'Thuong speaks at a Japan-Vietnam business forum' (speech)",
        "'The two countries' leaders have also met many times at ASEAN summits' (counted)",
        "'before flying to Fukuoka' (travel, no encounter)",
        "'A visit by Kishida to Vietnam next year is possible, ... but none has been announced' (vague)",
        "Related galleries: 'Kishida meets Marcos in Manila', 'Vietnam's Chinh meets Lula in Brasilia', 'Japan to "
        "meet Vietnam in Asian Cup opener' (furniture, sport)"]),
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
