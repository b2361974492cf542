#!/usr/bin/env python3
"""Generate gold.jsonl and manifest.jsonl for the holdout5 corpus.

Run:  python3 data/holdout5/build_gold.py   then   python3 data/eval/validate.py data/holdout5
Each article lists its true publication date, whether the manifest hides it, its gold
events, and (for documentation only) the traps it contains that must NOT be extracted.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

# canonical names
TAKAICHI, XI, TRUMP, LEE, ISHIBA = "Sanae Takaichi", "Xi Jinping", "Donald Trump", "Lee Jae-myung", "Shigeru Ishiba"
KANAI, LIU = "Masaaki Kanai", "Liu Jinsong"
LAI, TEO, LIN, HEINE, JOHNSON, WHIPPS = ("Lai Ching-te", "Feleti Teo", "Lin Chia-lung", "Hilda Heine",
                                        "Mike Johnson", "Surangel Whipps Jr.")
KHURELSUKH, MACRON, PUTIN, NARUHITO = "Ukhnaagiin Khurelsukh", "Emmanuel Macron", "Vladimir Putin", "Naruhito"
ZANDANSHATAR, LI_QIANG = "Gombojavyn Zandanshatar", "Li Qiang"
YUNUS, MODI, HOSSAIN, JAISHANKAR = "Muhammad Yunus", "Narendra Modi", "Touhid Hossain", "Subrahmanyam Jaishankar"
OLI, PAETONGTARN, MAH, DISSANAYAKE = "KP Sharma Oli", "Paetongtarn Shinawatra", "Min Aung Hlaing", "Anura Kumara Dissanayake"
AMARASURIYA = "Harini Amarasuriya"
DEUBA, ZHENG, ZHAO = "Arzu Rana Deuba", "Zheng Shanjie", "Zhao Leji"
NARKPHANIT, TEA, WANG, SIHASAK, PRAK = ("Nattaphon Narkphanit", "Tea Seiha", "Wang Yi",
                                       "Sihasak Phuangketkeow", "Prak Sokhonn")
HUN_MANET, ANWAR, THAKSIN, DUWA = "Hun Manet", "Anwar Ibrahim", "Thaksin Shinawatra", "Duwa Lashi La"
BOURITA, RUBIO, RISCH = "Nasser Bourita", "Marco Rubio", "Jim Risch"
MELONI, SAIED, PIANTEDOSI, BERNINI = "Giorgia Meloni", "Kais Saied", "Matteo Piantedosi", "Anna Maria Bernini"
VDL, RUTTE, FEKI = "Ursula von der Leyen", "Mark Rutte", "Kamel Feki"
RUTO, CONILLE, LEBLANC_FILS, GUTERRES = "William Ruto", "Garry Conille", "Edgard Leblanc Fils", "Antonio Guterres"
RAMAPHOSA, LAMOLA, TAU, GREER, LULA = ("Cyril Ramaphosa", "Ronald Lamola", "Parks Tau", "Jamieson Greer",
                                       "Luiz Inacio Lula da Silva")
ORBAN, DAN, MUNTEANU, FROSTADOTTIR, NIELSEN = ("Viktor Orban", "Nicusor Dan", "Alexandru Munteanu",
                                               "Kristrun Frostadottir", "Jens-Frederik Nielsen")
LEO, ERDOGAN = "Leo XIV", "Recep Tayyip Erdogan"
SZIJJARTO, VANCE, WRIGHT, FICO = "Peter Szijjarto", "JD Vance", "Chris Wright", "Robert Fico"
RIBADU, ZEINE, TIANI = "Nuhu Ribadu", "Ali Lamine Zeine", "Abdourahamane Tiani"
BORIC, PAZ, MILEI, LANDAU = "Gabriel Boric", "Rodrigo Paz", "Javier Milei", "Christopher Landau"
VAN_KLAVEREN, ARAMAYO = "Alberto van Klaveren", "Fernando Aramayo"


def ev(key, kind, status, date, location, participants, groups, evidence, date_end=None):
    e = {"key": key, "kind": kind, "status": status, "date": date}
    if date_end:
        e["date_end"] = date_end
    e.update({"location": location, "participants": participants, "groups": groups,
              "evidence": evidence})
    return e


M, C, OCC, PLN = "meeting", "call", "occurred", "planned"

# shared keys (same real-world event in several articles)
K_GYEONGJU = "2025-10-31-gyeongju-takaichi-xi"
K_COLOMBO = "2025-04-05-colombo-dissanayake-modi"
K_MAH_MODI = "2025-04-04-bangkok-min-aung-hlaing-modi"
K_OVAL = "2025-05-21-washington-ramaphosa-trump"
K_ORBAN = "2025-11-07-washington-orban-trump"

ARTICLES = [
    ("001_jp_cn_takaichi_xi_gyeongju_wire", "2025-10-31", False, [
        ev(K_GYEONGJU, M, OCC, "2025-10-31", "Gyeongju", [TAKAICHI, XI], [],
           "Sanae Takaichi and Chinese President Xi Jinping held their first face-to-face talks on Friday"),
        ev("2025-10-28-tokyo-takaichi-trump", M, OCC, "2025-10-28", "Tokyo", [TAKAICHI, TRUMP], [],
           "Takaichi hosted US President Donald Trump in Tokyo on Tuesday"),
        ev("2025-10-30-gyeongju-lee-takaichi", M, OCC, "2025-10-30", "Gyeongju", [TAKAICHI, LEE], [],
           "a day before meeting Xi she sat down with South Korean President Lee Jae-myung"),
        ev("2024-11-15-lima-ishiba-xi", M, OCC, "2024-11", "Lima", [XI, ISHIBA], [],
           "when he met then prime minister Shigeru Ishiba in Lima"),
    ], ["APEC summit is only the backdrop ('on the sidelines of')", "Takaichi told reporters (press)",
        "Xi has not set foot in Japan since the G20 in Osaka in 2019 (negation; summit backdrop)",
        "Xi visit to Tokyo 'could be discussed if conditions are right' (hypothetical)",
        "agreed to keep communicating 'at all levels' (vague)", "due to address APEC business leaders (speech)",
        "Related stories: Trump-Xi at Gimhae, Lee hosts Trump, Motegi-Wang to talk 'soon'"]),

    ("002_jp_cn_kanai_beijing_broadcaster", "2025-11-19", False, [
        ev("2025-11-18-beijing-kanai-liu", M, OCC, "2025-11-18", "Beijing", [KANAI, LIU], [],
           "Kanai Masaaki, director-general of the ministry's Asian and Oceanian Affairs Bureau, met Liu Jinsong"),
        ev(K_GYEONGJU, M, OCC, "2025-10", "Gyeongju", [TAKAICHI, XI], [],
           "Takaichi and Chinese President Xi Jinping met in late October in Gyeongju"),
    ], ["Takaichi told a Lower House committee (parliament, statement)",
        "Li Qiang has no plans to meet Takaichi at the G20 (negation)",
        "timing not right for a trilateral summit Japan had hoped to host (declined)",
        "Motegi open to ministerial talks 'at any time' if Beijing agrees (hypothetical)",
        "photo caption repeats the Kanai-Liu meeting (same event)",
        "Most Viewed: Takaichi-Lee talks, Motegi-Wang phone call, seafood talks postponed"]),

    ("003_tw_lai_tuvalu_presidential_release", "2024-12-03", False, [
        ev("2024-12-03-funafuti-lai-teo", M, OCC, "2024-12-03", "Funafuti", [LAI, TEO, LIN], [],
           "President Lai Ching-te held bilateral talks with Prime Minister Feleti Teo of Tuvalu"),
        ev("2024-12-02-majuro-heine-lai", M, OCC, "2024-12-02", "Majuro", [LAI, HEINE], [],
           "the President was received in Majuro on December 2 by President Hilda Heine"),
        ev("2024-12-01-johnson-lai-call", C, OCC, "2024-12-01", None, [LAI, JOHNSON], [],
           "spoke by telephone with Speaker of the United States House of Representatives Mike Johnson"),
        ev("2024-12-05-palau-lai-whipps", M, PLN, "2024-12-05", "Palau", [LAI, WHIPPS], [],
           "where he is scheduled to hold talks with President Surangel Whipps Jr. on December 5"),
    ], ["transit in Honolulu and Guam, departure from Funafuti (travel, no encounter)",
        "Teo has visited Taiwan twice since taking office (counted)",
        "climate-finance consultations every year (habitual)", "remarks / statements"]),

    ("004_mn_third_neighbour_commentary", "2025-07-21", False, [
        ev("2023-05-21-ulaanbaatar-khurelsukh-macron", M, OCC, "2023-05", "Ulaanbaatar", [MACRON, KHURELSUKH], [],
           "stopping in Ulaanbaatar long enough to hold talks with President Ukhnaagiin Khurelsukh"),
        ev("2024-09-03-ulaanbaatar-khurelsukh-putin", M, OCC, "2024-09-03", "Ulaanbaatar", [KHURELSUKH, PUTIN], [],
           "Khurelsukh received him with full honours on Sükhbaatar Square"),
        ev("2025-07-07-ulaanbaatar-khurelsukh-naruhito", M, OCC, "2025-07", "Ulaanbaatar", [KHURELSUKH, NARUHITO], [],
           "during which Khurelsukh hosted him at the State Palace in Ulaanbaatar"),
        ev("2025-06-li-zandanshatar-call", C, OCC, None, None, [ZANDANSHATAR, LI_QIANG], [],
           "In his first call as prime minister, Zandanshatar spoke with Chinese Premier Li Qiang"),
    ], ["Khurelsukh and Xi have met five times since 2021 (counted)", "Chinese-hosted summits (habitual)",
        "Oyun-Erdene lost a confidence vote in parliament (domestic)",
        "Zandanshatar would meet Trump 'if invited' (hypothetical)",
        "presidential visit to Washington discussed without a date (vague)",
        "Related analysis: Xi receives Khurelsukh, Putin's Ulaanbaatar trip"]),

    ("005_bd_in_yunus_modi_bangkok_regional", "2025-04-05", False, [
        ev("2025-04-04-bangkok-modi-yunus", M, OCC, "2025-04-04", "Bangkok", [YUNUS, MODI], [],
           "Muhammad Yunus and Indian Prime Minister Narendra Modi held their first bilateral meeting on Friday"),
        ev("2025-02-16-muscat-hossain-jaishankar", M, OCC, "2025-02", "Muscat", [HOSSAIN, JAISHANKAR], [],
           "he met External Affairs Minister S Jaishankar in Muscat in February"),
        ev("2025-04-04-bangkok-oli-yunus", M, OCC, "2025-04-04", "Bangkok", [YUNUS, OLI], [],
           "Later on Friday, Yunus held separate talks with Nepal's Prime Minister KP Sharma Oli"),
        ev("2025-04-03-bangkok-shinawatra-yunus", M, OCC, "2025-04-03", "Bangkok", [YUNUS, PAETONGTARN], [],
           "he paid a courtesy call on Thai Prime Minister Paetongtarn Shinawatra at Government House"),
        ev(K_MAH_MODI, M, OCC, "2025-04-04", "Bangkok", [MODI, MAH], [],
           "Modi, for his part, met Myanmar's military leader Senior General Min Aung Hlaing"),
        ev(K_COLOMBO, M, PLN, "2025-04-05", "Colombo", [MODI, DISSANAYAKE], [],
           "where he is scheduled to hold talks with President Anura Kumara Dissanayaka on Saturday"),
    ], ["BIMSTEC summit and Indian Ocean Conference are backdrops", "press secretary told reporters",
        "Dhaka had sought the meeting for months (not an occasion)", "flying to Colombo (travel)",
        "Modi and Hasina met dozens of times (counted)",
        "Yunus would visit New Delhi 'if India invites me' (hypothetical)",
        "photo caption repeats the Yunus-Modi meeting (same event)",
        "Most read: Yunus meets Xi, Touhid to meet Jaishankar, BNP calls on US charge"]),

    ("006_lk_modi_state_visit_mfa_release", "2025-04-05", True, [
        ev(K_COLOMBO, M, OCC, "2025-04-05", "Colombo", [DISSANAYAKE, MODI], [],
           "President Dissanayake hosted the visiting leader for official talks at the Presidential Secretariat"),
        ev("2024-12-16-new-delhi-dissanayake-modi", M, OCC, "2024-12", "New Delhi", [DISSANAYAKE, MODI], [],
           "when talks were held in New Delhi between the two leaders"),
        ev("2025-04-05-colombo-amarasuriya-modi", M, OCC, "2025-04-05", "Colombo", [AMARASURIYA, MODI], [],
           "Harini Amarasuriya called on Prime Minister Modi at his hotel in Colombo"),
    ], ["arrived in Colombo on 4 April for a State Visit (arrival)",
        "ceremonial welcome and MoU exchange (part of the 5 April talks)",
        "will travel to Anuradhapura and visit the Jaya Sri Maha Bodhi (travel, no encounter)",
        "first foreign leader hosted by Dissanayake (statement)",
        "Joint Commission meetings regularly since 1991 (habitual)"]),

    ("007_np_oli_xi_beijing_translated", "2024-12-04", False, [
        ev("2024-12-04-beijing-oli-xi", M, OCC, "2024-12-04", "Beijing", [OLI, XI], [],
           "Prime Minister KP Sharma Oli and Chinese President Xi Jinping have held bilateral meeting"),
        ev("2024-12-03-beijing-li-oli", M, OCC, "2024-12-03", "Beijing", [LI_QIANG, OLI], [],
           "Premier Li Qiang had welcomed Prime Minister Oli with guard of honour"),
        ev("2024-12-04-beijing-deuba-zheng", M, OCC, "2024-12-04", "Beijing", [DEUBA, ZHENG], [],
           "Zheng Shanjie had signed the framework agreement on BRI cooperation in the morning"),
        ev("2024-12-05-beijing-oli-zhao", M, PLN, "2024-12-05", "Beijing", [OLI, ZHAO], [],
           "Tomorrow, the Prime Minister is scheduled to meet the Chairman of Standing Committee"),
    ], ["reached Beijing on Monday for a four-day visit (arrival)", "will go to Chengdu (travel)",
        "first foreign visit after assuming office (statement)",
        "has not visited India, no date fixed (negation)",
        "Nepali Congress reservation, Prachanda statement (domestic)"]),

    ("008_th_kh_ceasefire_live_blog", "2025-12-27", False, [
        ev("2025-12-27-pong-nam-ron-narkphanit-tea", M, OCC, "2025-12-27", "Pong Nam Ron", [NARKPHANIT, TEA], [],
           "The two men met for about 90 minutes before the signing"),
        ev("2025-12-24-pong-nam-ron-cambodia-thailand", M, OCC, "2025-12-24", "Pong Nam Ron", [],
           ["Thailand", "Cambodia", "ASEAN"],
           "Thai and Cambodian secretaries of the General Border Committee met from Wednesday to Friday",
           date_end="2025-12-26"),
        ev("2025-12-28-yuxi-phuangketkeow-prak-wang", M, PLN, "2025-12-28", "Yuxi", [WANG, SIHASAK, PRAK], [],
           "will host Thai Foreign Minister Sihasak Phuangketkeow and Cambodian Deputy Prime Minister Prak Sokhonn",
           date_end="2025-12-29"),
        ev("2025-12-26-anwar-hun-call", C, OCC, "2025-12-26", None, [HUN_MANET, ANWAR], [],
           "In a call overnight on Friday, Hun Manet briefed Malaysian Prime Minister Anwar Ibrahim"),
    ], ["ministers left without taking questions", "Anutin told reporters (press)",
        "Anutin would talk to Hun Manet only 'if Cambodia ...' (conditional)",
        "the two prime ministers have not spoken directly (negation)",
        "Anutin's visit to troops in Sa Kaeo postponed (also not a diplomatic encounter)",
        "Hun Sen Facebook post",
        "Related coverage: Kuala Lumpur peace declaration, Koh Kong army talks, ASEAN special meeting"]),

    ("009_mm_anwar_min_aung_hlaing_wire", "2025-04-18", False, [
        ev("2025-04-17-bangkok-anwar-min-aung-hlaing-shinawatra", M, OCC, "2025-04-17", "Bangkok",
           [ANWAR, MAH, THAKSIN], [],
           "met Myanmar's military leader Min Aung Hlaing in Bangkok on Thursday"),
        ev("2025-04-16-anwar-duwa-lashi-la-call", C, OCC, "2025-04-16", None, [ANWAR, DUWA], [],
           "A day earlier, Anwar held a video call with Duwa Lashi La"),
        ev(K_MAH_MODI, M, OCC, "2025-04", "Bangkok", [MAH, MODI], [],
           "Earlier this month he held talks with Indian Prime Minister Narendra Modi"),
    ], ["bloc barred junta leaders from its summits (habitual/negation)", "Anwar wrote on Facebook",
        "envoy has made two trips to Naypyitaw (counted)", "not allowed to see Aung San Suu Kyi (negation)",
        "Anwar would meet Suu Kyi 'if the generals allow it' (hypothetical)",
        "junta spokesman statement", "Thailand not involved in arranging (statement)"]),

    ("010_ma_us_bourita_rubio_mfa_readout", "2025-04-09", False, [
        ev("2025-04-08-washington-bourita-rubio", M, OCC, "2025-04-08", "Washington", [BOURITA, RUBIO], [],
           "Mr. Nasser Bourita, was received on Tuesday, April 8, 2025, at the State Department"),
        ev("2025-03-30-washington-morocco-united-states", M, OCC, "2025-03-30", "Washington", [],
           ["Morocco", "United States"],
           "a Moroccan interministerial delegation which held talks in Washington from 30 March to 2 April",
           date_end="2025-04-02"),
        ev("2025-04-10-washington-bourita-risch", M, PLN, "2025-04-10", "Washington", [BOURITA, RISCH],
           ["Senate Foreign Relations Committee"],
           "Mr. Bourita will also meet on Thursday with members of the Senate Foreign Relations Committee"),
    ], ["Rubio reaffirmed recognition (statement)",
        "meeting with Algerian counterpart possible 'if Algiers shows ...' (hypothetical)",
        "Algeria declined the round-table meetings (negation)",
        "de Mistura due to brief the Security Council (briefing)", "answered questions from the press"]),

    ("011_tn_it_meloni_saied_wire", "2024-04-17", False, [
        ev("2024-04-17-tunis-meloni-saied", M, OCC, "2024-04-17", "Tunis", [MELONI, SAIED, PIANTEDOSI, BERNINI], [],
           "Giorgia Meloni was received by Tunisian President Kais Saied at the presidential palace on Wednesday"),
        ev("2024-02-28-rome-italy-tunisia", M, OCC, "2024-02-28", "Rome", [], ["Italy", "Tunisia"],
           "Italian and Tunisian interior ministry officials in Rome between 28 February and 2 March",
           date_end="2024-03-02"),
        ev("2023-07-16-tunis-meloni-rutte-saied-von-der-leyen", M, OCC, "2023-07", "Tunis",
           [MELONI, SAIED, VDL, RUTTE], [],
           "signed a memorandum of understanding with European Commission President Ursula von der Leyen"),
        ev("2024-05-tunis-feki-piantedosi", M, PLN, "2024-05", "Tunis", [PIANTEDOSI, FEKI], [],
           "expected back in Tunis next month for talks with his Tunisian counterpart Kamel Feki"),
    ], ["fourth trip to Tunisia in less than a year (counted)", "signing of three agreements (part of the visit)",
        "'will not be a border guard' (statement)", "video released by the presidency",
        "Saied visit to Rome has not taken place (negation)"]),

    ("012_ke_ruto_haiti_state_house_release", "2024-09-21", True, [
        ev("2024-09-21-port-au-prince-conille-ruto", M, OCC, "2024-09-21", "Port-au-Prince", [RUTO, CONILLE], [],
           "President William Ruto today held talks with Haiti's Prime Minister Garry Conille in Port-au-Prince"),
        ev("2024-09-21-port-au-prince-leblanc-fils-ruto", M, OCC, "2024-09-21", "Port-au-Prince",
           [RUTO, LEBLANC_FILS], ["Transitional Presidential Council"],
           "The President later paid a courtesy call on the President of the Transitional Presidential Council"),
        ev("2024-09-23-new-york-guterres-ruto", M, PLN, "2024-09-23", "New York", [RUTO, GUTERRES], [],
           "On Monday, the President is expected to hold talks with United Nations Secretary-General António Guterres"),
    ], ["visited / addressed Kenyan police officers (own government, internal)",
        "will deploy 600 more officers (statement)",
        "discussed the mission with Biden on several occasions (counted)",
        "UN General Assembly is a backdrop", "Conille to visit Nairobi 'once conditions allow' (vague)"]),

    ("013_za_ramaphosa_washington_broadcaster", "2025-05-20", False, [
        ev(K_OVAL, M, PLN, "2025-05-21", "Washington", [RAMAPHOSA, TRUMP, LAMOLA, TAU], [],
           "he is expected to meet President Donald Trump at the White House on Wednesday"),
        ev("2025-05-ramaphosa-trump-call", C, OCC, "2025-05", None, [RAMAPHOSA, TRUMP], [],
           "the visit had been agreed when the two leaders spoke by phone earlier this month"),
        ev("2025-05-20-washington-greer-tau", M, OCC, "2025-05-20", "Washington", [TAU, GREER], [],
           "On Tuesday, Tau held talks with US Trade Representative Jamieson Greer in Washington"),
    ], ["arrived in the United States (arrival)", "expulsion of ambassador Rasool (not a meeting)",
        "no separate meeting with Elon Musk; might 'cross paths' (negation/hypothetical)",
        "brief the media at the embassy (press)", "G20 in Johannesburg Trump threatened to boycott",
        "caption: greeted by own embassy staff (internal)",
        "Most read: Ramaphosa meets Xi, Lamola-Rubio phone call, refugees"]),

    ("014_za_former_diplomat_interview", "2025-05-28", False, [
        ev(K_OVAL, M, OCC, "2025-05", "Washington", [RAMAPHOSA, TRUMP], [],
           "Last week President Ramaphosa sat down with Donald Trump in the Oval Office"),
        ev("2025-06-geneva-greer-tau", M, PLN, "2025-06", "Geneva", [TAU, GREER], [],
           "Parks Tau and Jamieson Greer are meeting again in Geneva next week"),
        ev("2025-05-22-lula-ramaphosa-call", C, OCC, "2025-05-22", None, [RAMAPHOSA, LULA], [],
           "He spoke by video with Brazil's President Lula last Thursday, I'm told"),
    ], ["Beijing 'kept informed' (vague)", "Trump might not come to the G20 (hypothetical)",
        "Ramaphosa 'would host him at the Union Buildings' if he comes (hypothetical)",
        "met 'only briefly, years ago' (vague)", "spoken on the phone a handful of times (counted)",
        "the interview itself"]),

    ("015_eu_east_weekly_newsletter", "2025-11-14", False, [
        ev(K_ORBAN, M, OCC, "2025-11-07", "Washington", [ORBAN, TRUMP], [],
           "granted after meeting Donald Trump at the White House last Friday"),
        ev("2025-11-10-bucharest-dan-munteanu", M, OCC, "2025-11-10", "Bucharest", [DAN, MUNTEANU], [],
           "President Nicușor Dan received him in the Romanian capital"),
        ev("2025-11-11-reykjavik-frostadottir-nielsen", M, OCC, "2025-11-11", "Reykjavik",
           [FROSTADOTTIR, NIELSEN], [],
           "Icelandic Prime Minister Kristrún Frostadóttir hosted him for talks on fisheries"),
        ev("2025-11-27-ankara-erdogan-leo-xiv", M, PLN, "2025-11-27", "Ankara", [LEO, ERDOGAN], [],
           "He is scheduled to meet President Recep Tayyip Erdoğan in Ankara on 27 November"),
    ], ["von der Leyen has no plans to meet Orban (negation)", "Commission spokesperson statement",
        "Dan has promised to visit Chisinau 'soon' (vague)",
        "Council of Nicaea anniversary in Iznik (backdrop, no encounter stated)",
        "Kobakhidze would meet Kallas 'when she stops lecturing' (conditional)",
        "EU ambassadors stayed away from a reception (negation)",
        "[Editor's picks]: Orban-Fico in Bratislava, Sandu-Macron, Store-Frederiksen"]),

    ("016_hu_orban_trump_translated", "2025-11-07", True, [
        ev(K_ORBAN, M, OCC, "2025-11-07", "Washington", [ORBAN, TRUMP, SZIJJARTO, RUBIO, VANCE], [],
           "Orbán Viktor prime minister today in Washington in the White House held negotiation"),
        ev("2025-11-06-washington-szijjarto-wright", M, OCC, "2025-11-06", "Washington", [SZIJJARTO, WRIGHT], [],
           "Yesterday evening Szijjártó Péter in Washington negotiated with Chris Wright energy secretary"),
        ev("2025-11-06-fico-orban-call", C, OCC, "2025-11-06", None, [ORBAN, FICO], [],
           "the prime minister had telephone conversation with Robert Fico, the prime minister of Slovakia"),
    ], ["working lunch and nuclear agreement signing (part of the same meeting)",
        "Budapest Trump-Putin summit postponed (did not happen)",
        "Hungary ready to host 'in any moment when the parties decide' (hypothetical)",
        "answered questions of journalists (press)"]),

    ("017_ng_ne_ribadu_niamey_regional", "2025-03-08", False, [
        ev("2025-03-03-niamey-ribadu-zeine", M, OCC, "2025-03-03", "Niamey", [RIBADU, ZEINE], [],
           "held two days of talks with Niger's Prime Minister Ali Lamine Zeine in Niamey",
           date_end="2025-03-04"),
        ev("2025-03-04-niamey-ribadu-tiani", M, OCC, "2025-03-04", "Niamey", [RIBADU, TIANI], [],
           "Ribadu was also received by Tiani at the presidential palace on Tuesday"),
        ev("2025-03-02-niamey-niger-nigeria", M, OCC, "2025-03-02", "Niamey", [], ["Nigeria", "Niger"],
           "Technical teams from the two countries' defence ministries had met in Niamey the day before"),
    ], ["statement from the NSA's office (statement)", "ECOWAS threatened intervention (not a meeting)",
        "Zeine accused Nigeria (statement)", "Tinubu invited Deby; N'Djamena has not responded (unaccepted invitation)",
        "Tinubu would meet Tiani 'when the conditions are right' (hypothetical)",
        "Tiani declined an invitation to an ECOWAS summit (negation)",
        "Most read: Tinubu receives Togolese president, AES leaders in Niamey"]),

    ("018_bo_cl_paz_boric_regional", "2025-11-10", False, [
        ev("2025-11-08-la-paz-boric-paz", M, OCC, "2025-11-08", "La Paz", [BORIC, PAZ], [],
           "after a meeting at the Casa Grande del Pueblo hours after Paz's inauguration"),
        ev("2025-11-08-la-paz-milei-paz", M, OCC, "2025-11-08", "La Paz", [PAZ, MILEI], [],
           "He met Argentina's President Javier Milei"),
        ev("2025-11-08-la-paz-landau-paz", M, OCC, "2025-11-08", "La Paz", [PAZ, LANDAU], [],
           "held talks with US Deputy Secretary of State Christopher Landau"),
        ev("2025-12-santiago-aramayo-van-klaveren", M, PLN, "2025-12", "Santiago", [VAN_KLAVEREN, ARAMAYO], [],
           "will meet in Santiago in December to draw up a road map"),
    ], ["inauguration ceremony is a backdrop", "exchange ambassadors again (statement)",
        "Boric would return 'if the road map is ready' (hypothetical)",
        "foreign ministry denied Boric had met Evo Morales (denied)",
        "Jeri skipped the inauguration (negation)", "2018 ICJ ruling (not a meeting)",
        "Mas leidas: Paz recibe a Milei, Boric y Paz se reunen, Landau anuncia"]),
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
