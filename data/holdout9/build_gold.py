#!/usr/bin/env python3
"""Generate gold.jsonl and manifest.jsonl for the holdout9 corpus.

Run:  python3 data/holdout9/build_gold.py   then   python3 data/eval/validate.py data/holdout9
Each article lists its true publication date, whether the manifest hides it, its gold
events, and (for documentation only) the traps it contains that must NOT be extracted.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

# canonical names
MENASSA, ABU_QASRA, KHALID_BS, SALAM, SHARAA = ("Michel Menassa", "Murhaf Abu Qasra", "Khalid bin Salman",
                                                "Nawaf Salam", "Ahmed al-Sharaa")
RAJJI, SHAIBANI, FAISAL = "Youssef Rajji", "Asaad al-Shaibani", "Faisal bin Farhan"
BRUNNER, PIANTEDOSI, PLEVRIS, CAMILLERI = ("Magnus Brunner", "Matteo Piantedosi", "Thanos Plevris",
                                           "Byron Camilleri")
DBEIBAH, HAFTAR, TRABELSI, MELONI = "Abdul Hamid Dbeibah", "Khalifa Haftar", "Emad Trabelsi", "Giorgia Meloni"
GERAPETRITIS, BAOUR, MITSOTAKIS = "George Gerapetritis", "Taher al-Baour", "Kyriakos Mitsotakis"
ZULKIFLI, CHATCHAI, ANAS, WANLOP = ("Zulkifli Zainal Abidin", "Chatchai Bangchuad", "Anas Abdulrahman",
                                    "Wanlop Rugsanaoh")
SRETTHA, ANWAR = "Srettha Thavisin", "Anwar Ibrahim"
MODI, KING, FOURTH_KING, TOBGAY = ("Narendra Modi", "Jigme Khesar Namgyel Wangchuck", "Jigme Singye Wangchuck",
                                   "Tshering Tobgay")
MISRI, CHODEN, DHUNGYEL = "Vikram Misri", "Pema Choden", "Dina Nath Dhungyel"
KAST, MILEI, KARINA, QUIRNO, ADORNI = ("Jose Antonio Kast", "Javier Milei", "Karina Milei", "Pablo Quirno",
                                       "Manuel Adorni")
NOBOA, JERI = "Daniel Noboa", "Jose Jeri"
GRUNDBERG, HAIG, MURTADA, ALBUSAIDI = ("Hans Grundberg", "Hadi Haig", "Abdulqader al-Murtada",
                                       "Badr Albusaidi")
AL_JABER, MASHAT = "Mohammed Al Jaber", "Mahdi al-Mashat"
BIO, DOUMBOUYA, KABBA, KOUYATE, ALGHALI = ("Julius Maada Bio", "Mamadi Doumbouya", "Timothy Musa Kabba",
                                           "Morissanda Kouyate", "Francess Piagie Alghali")
PETERS, LAAULI, SIMI, LUXON, FAKAFANUA = ("Winston Peters", "La'auli Leuatea Schmidt", "Peseta Noumea Simi",
                                          "Christopher Luxon", "Lord Fakafanua")
IBRAHIMOVIC, GRLIC_RADMAN, SPAJIC, PLENKOVIC = ("Ervin Ibrahimovic", "Gordan Grlic Radman", "Milojko Spajic",
                                                "Andrej Plenkovic")
ZENOVIC, KOS = "Predrag Zenovic", "Marta Kos"
AL_YAHYA, HUSSEIN, SUDANI, MISHAL = ("Abdullah Al-Yahya", "Fuad Hussein", "Mohammed Shia al-Sudani",
                                     "Mishal Al-Ahmad Al-Jaber Al-Sabah")
ORSI, XI, LI, LUBETKIN, HUANG = "Yamandu Orsi", "Xi Jinping", "Li Qiang", "Mario Lubetkin", "Huang Yazhong"
TOLOSA, PAN, LACALLE = "Guillermo Tolosa", "Pan Gongsheng", "Luis Lacalle Pou"

# groups
LB, SY, IT, MT, TH, BRN = "Lebanon", "Syria", "Italy", "Malta", "Thailand", "Barisan Revolusi Nasional"
YG, HOUTHIS, ICRC = "Yemeni government", "Houthis", "International Committee of the Red Cross"
SL, GN, NZ, KW, IQ = "Sierra Leone", "Guinea", "New Zealand", "Kuwait", "Iraq"


def ev(key, kind, status, date, location, participants, groups, evidence, date_end=None):
    e = {"key": key, "kind": kind, "status": status, "date": date}
    if date_end:
        e["date_end"] = date_end
    e.update({"location": location, "participants": participants, "groups": groups,
              "evidence": evidence})
    return e


M, C, OCC, PLN = "meeting", "call", "occurred", "planned"

# shared keys (same real-world event in several articles)
K_JEDDAH = "2025-03-27-jeddah-abu-qasra-bin-salman-menassa"
K_BRUSSELS = "2025-03-17-brussels-al-shaibani-rajji"
K_TRIPOLI = "2025-07-08-tripoli-brunner-camilleri-dbeibah-piantedosi-plevris"
K_KING = "2025-11-11-thimphu-modi-wangchuck"
K_FOURTH_KING = "2025-11-12-thimphu-modi-wangchuck"
K_TOBGAY = "2025-11-12-thimphu-modi-tobgay"
K_BA = "2025-12-16-buenos-aires-kast-milei"
K_KAST_CALL = "2025-12-14-kast-milei-call"
K_MADRID = "2024-05-19-madrid-kast-milei"
K_MUSCAT = "2025-12-09-muscat-al-murtada-grundberg-haig"
K_AMMAN = "2026-01-amman-houthis-yemeni-government"
K_CONAKRY = "2025-06-17-conakry-bio-doumbouya"
K_BORDER = "2025-06-03-conakry-alghali"

ARTICLES = [
    ("000_lb_sy_jeddah_preview_wire", "2025-03-26", False, [
        ev(K_JEDDAH, M, PLN, "2025-03-27", "Jeddah", [MENASSA, ABU_QASRA, KHALID_BS], [LB, SY],
           "Michel Menassa will meet his Syrian counterpart Murhaf Abu Qasra in Jeddah on Thursday"),
        ev("2025-03-25-al-sharaa-salam-call", C, OCC, "2025-03-25", None, [SALAM, SHARAA], [],
           "Nawaf Salam discussed the border with Syria's interim President Ahmed al-Sharaa by telephone on Tuesday"),
        ev(K_BRUSSELS, M, OCC, "2025-03", "Brussels", [RAJJI, SHAIBANI], [],
           "Youssef Rajji met his Syrian counterpart Asaad al-Shaibani last week in Brussels"),
    ], ["'two days of fighting along the northeastern border earlier this month' (no meeting)",
        "'Salam is expected to visit Damascus, but no date has been set' (not fixed)",
        "unnamed Saudi official: 'we are the hosts' (quote; Saudi Arabia is not a group, its host is named)",
        "'Higher Defence Council met on Monday at the presidential palace in Baabda' (internal)",
        "'Aoun did not say whether he would call al-Sharaa' (unconfirmed)",
        "Syrian defence ministry spokesman 'told the state news agency SANA' (statement)",
        "'Aoun chose the kingdom for his first trip abroad in early March' (visit, no stated encounter)",
        "Related coverage: Aoun meets Saudi crown prince, al-Sharaa receives Qatari emir (furniture)"]),

    ("001_sy_lb_jeddah_agreement_regional", "2025-03-28", True, [
        ev(K_JEDDAH, M, OCC, "2025-03-27", "Jeddah", [MENASSA, ABU_QASRA, KHALID_BS], [LB, SY],
           "Michel Menassa and his Syrian counterpart Murhaf Abu Qasrah signed the text after several hours"),
        ev("2025-03-27-jeddah-bin-salman-menassa", M, OCC, "2025-03-27", "Jeddah", [KHALID_BS, MENASSA], [],
           "Prince Khalid received Menassa alone for a short meeting"),
        ev("2025-04-riyadh-lebanon-syria", M, PLN, "2025-04", "Riyadh", [], [LB, SY],
           "legal and technical committees, which will meet in Riyadh next month"),
        ev(K_BRUSSELS, M, OCC, "2025-03-17", "Brussels", [RAJJI, SHAIBANI], [],
           "Youssef Rajji and Asaad al-Shaibani took up the border file when they met in Brussels"),
        ev("2025-03-26-bin-farhan-rajji-call", C, OCC, "2025-03-26", None, [FAISAL, RAJJI], [],
           "Prince Faisal bin Farhan called Rajji on Wednesday to go over the final arrangements"),
    ], ["'signed an agreement in Jeddah yesterday' (same event as the trilateral talks)",
        "photo caption 'with their Saudi host in Jeddah' (same event)",
        "SPA statement 'late on Thursday' (statement)",
        "'Abu Qasrah had been due to visit Beirut earlier this month, but the trip was called off' (cancelled)",
        "'briefed President Joseph Aoun and Prime Minister Nawaf Salam at Baabda Palace' (internal)",
        "Salam 'wrote on X' (post); Hezbollah 'has not commented'",
        "'signed dozens of agreements since 1991' (counted)",
        "MOST READ: Salam receives US envoy, Aoun and Macron phone call, Rajji meets Qatari counterpart (furniture)"]),

    ("002_eu_ly_brunner_benghazi_liveblog", "2025-07-08", False, [
        ev(K_TRIPOLI, M, OCC, "2025-07-08", "Tripoli", [DBEIBAH, BRUNNER, PIANTEDOSI, PLEVRIS, CAMILLERI], [],
           "Dbeibah received Brunner, Matteo Piantedosi of Italy, Plevris and Malta's Byron Camilleri"),
        ev("2025-07-10-athens-plevris-trabelsi", M, PLN, "2025-07-10", "Athens", [PLEVRIS, TRABELSI], [],
           "he would host Libya's interior minister Emad Trabelsi in Athens on Thursday"),
        ev("2025-05-benghazi-haftar-piantedosi", M, OCC, "2025-05", "Benghazi", [PIANTEDOSI, HAFTAR], [],
           "he was received by Haftar in Benghazi in May"),
        ev("2025-07-07-dbeibah-meloni-call", C, OCC, "2025-07-07", None, [MELONI, DBEIBAH], [],
           "Italian Prime Minister Giorgia Meloni spoke with Dbeibah by phone"),
    ], ["key point and 09:30 programme 'talks with Dbeibah this morning' (same event as the 12:15 entry)",
        "meeting with Haftar in Benghazi: announced at 09:30, 'in serious doubt' at 16:10, 'called off before it started' at 17:42 (cancelled)",
        "'declared the delegation persona non grata', 'asked to leave Libyan territory' (expulsion, no meeting)",
        "'whether Brunner would try again to see Haftar ... no plans at this stage' (negation)",
        "Commission spokesperson at the evening briefing (press)",
        "'landed at Mitiga airport', 'kept on the apron' at Benina (arrival)",
        "'Athens has sent navy ships to patrol south of the island' (no meeting)",
        "Related: Brunner meets Tunisian interior minister, Abela hosts Libyan prime minister (furniture)"]),

    ("003_gr_ly_gerapetritis_regional", "2025-07-11", False, [
        ev("2025-07-15-tripoli-al-baour-gerapetritis", M, PLN, "2025-07-15", "Tripoli", [GERAPETRITIS, BAOUR], [],
           "George Gerapetritis will travel to Tripoli next Tuesday for talks with his Libyan counterpart"),
        ev("2025-07-06-benghazi-gerapetritis-haftar", M, OCC, "2025-07-06", "Benghazi", [GERAPETRITIS, HAFTAR], [],
           "He met Field Marshal Khalifa Hafter in Benghazi on Sunday"),
        ev(K_TRIPOLI, M, OCC, "2025-07-08", "Tripoli", [PLEVRIS, BRUNNER, DBEIBAH], [IT, MT],
           "had been received by Prime Minister Abdul Hamid Dbeiba in Tripoli earlier on Tuesday"),
        ev("2025-07-09-meloni-mitsotakis-call", C, OCC, "2025-07-09", None, [MITSOTAKIS, MELONI], [],
           "Mitsotakis discussed Libya with Italian Prime Minister Giorgia Meloni in a phone call on Wednesday"),
    ], ["'Tuesday's expulsion of a European delegation from Benghazi', 'ordered to leave Benina airport' (no meeting)",
        "'the afternoon meeting in Benghazi never began' (cancelled)",
        "Plevris 'told Skai television on Wednesday' (interview)",
        "meeting with Trabelsi 'in Athens on Thursday was postponed at the last minute, with no new date' (cancelled)",
        "'KYSEA, also met on Wednesday' (internal)",
        "Androulakis 'called for talks with all Libyan parties' (called for)",
        "'travelled to Libya three times since the start of the year' (counted)",
        "2019 Libya-Turkey maritime memorandum (background, no meeting)",
        "regional governor 'met coast guard commanders' (domestic)",
        "MOST READ: Gerapetritis meets Turkish counterpart in Athens (furniture)"]),

    ("004_th_my_deep_south_dialogue_brief", "2024-03-04", True, [
        ev("2024-02-06-kuala-lumpur-abdulrahman-bangchuad-zulkifli", M, OCC, "2024-02-06", "Kuala Lumpur",
           [ZULKIFLI, CHATCHAI, ANAS], [TH, BRN],
           "Barisan Revolusi Nasional (BRN) met in Kuala Lumpur on 6-7 February", date_end="2024-02-07"),
        ev("2023-02-kuala-lumpur-rugsanaoh", M, OCC, "2023-02", "Kuala Lumpur", [WANLOP], [TH, BRN],
           "General Wanlop Rugsanaoh, last met BRN negotiators in Kuala Lumpur in February 2023"),
        ev("2023-10-putrajaya-anwar-thavisin", M, OCC, "2023-10", "Putrajaya", [SRETTHA, ANWAR], [],
           "Srettha Thavisin raised the dialogue with Anwar Ibrahim when the two leaders met in Putrajaya"),
        ev("2024-02-20-anwar-thavisin-call", C, OCC, "2024-02-20", None, [ANWAR, SRETTHA], [],
           "Anwar and Srettha spoke by phone on 20 February"),
        ev("2024-03-kuala-lumpur-barisan-revolusi-nasional-thailand", M, PLN, "2024-03", "Kuala Lumpur", [],
           [TH, BRN], "a joint technical working group is due to convene in Kuala Lumpur in late March"),
    ], ["summary bullets (same events as the body: the February round and the late-March working group)",
        "'The two-day round in February' (same event as the 6-7 February round)",
        "Thai general election 'in May of that year' (no meeting)",
        "'have met more than a dozen times since ... 2013' (counted)",
        "'A Ramadan ceasefire could be agreed if violence declines', 'a Thai official told local media' (hypothetical, press)",
        "BRN 'published a statement on YouTube' (post)",
        "'National Security Council reviewed the JCPP at a meeting on 27 February' (internal)",
        "recommendations ('should invite civil society observers') (hypothetical)",
        "Related briefs (furniture)"]),

    ("005_in_bt_modi_thimphu_preview", "2025-11-09", False, [
        ev(K_KING, M, PLN, "2025-11-11", "Thimphu", [MODI, KING], [],
           "will call on King Jigme Khesar Namgyel Wangchuck at the Tashichhodzong in Thimphu on Tuesday"),
        ev(K_TOBGAY, M, PLN, "2025-11-12", "Thimphu", [MODI, TOBGAY], [],
           "Modi will hold delegation-level talks with Prime Minister Tshering Tobgay in Thimphu on Wednesday"),
        ev("2025-11-thimphu-choden-misri", M, OCC, "2025-11", "Thimphu", [MISRI, CHODEN], [],
           "Misri was himself in Thimphu earlier this month, when he met his Bhutanese counterpart"),
        ev("2024-03-22-thimphu-modi-tobgay", M, OCC, "2024-03", "Thimphu", [MODI, TOBGAY], [],
           "He last held talks with Tobgay in Thimphu in March 2024"),
    ], ["'will leave for Bhutan on Tuesday' (travel)",
        "'scheduled to attend the Global Peace Prayer Festival'; 70th birthday celebrations of the Fourth King (ceremony, no stated meeting)",
        "Misri 'told a special briefing' (press)",
        "Punatsangchhu-II 'would be inaugurated during the visit' (no participants stated)",
        "'This will be Modi's fourth visit to Bhutan as prime minister' (counted)",
        "'There is no plan for Modi to travel to Gelephu', 'remains on the table for the future' (negation; vague)",
        "'The Cabinet Committee on Economic Affairs on Wednesday cleared' (internal)",
        "Jairam Ramesh 'said on X' (post)",
        "'more than two dozen rounds of boundary talks since 1984' (counted)",
        "RELATED NEWS: Bhutan's King meets President Murmu, Jaishankar and Bhutan FM hold talks (furniture)"]),

    ("006_bt_modi_king_audience_national", "2025-11-12", True, [
        ev(K_KING, M, OCC, "2025-11-11", "Thimphu", [KING, MODI], [],
           "His Majesty The King granted an audience to the Prime Minister of India, Narendra Modi"),
        ev("2025-11-11-thimphu-dhungyel-modi", M, OCC, "2025-11-11", "Thimphu", [DHUNGYEL, MODI], [],
           "Lyonpo Dina Nath Dhungyel called on Prime Minister Modi at Hotel Taj Tashi yesterday evening"),
        ev(K_TOBGAY, M, PLN, "2025-11-12", "Thimphu", [TOBGAY, MODI], [],
           "Tshering Tobgye will hold delegation-level talks with Prime Minister Modi at 10 am today"),
        ev(K_FOURTH_KING, M, PLN, "2025-11-12", "Thimphu", [MODI, FOURTH_KING], [],
           "will call on His Majesty The Fourth Druk Gyalpo, Jigme Singye Wangchuck, at Dechencholing Palace"),
    ], ["lunch at Lingkana Palace and the joint inauguration of Punatsangchhu-II (same event as the audience)",
        "the King 'said, according to a statement from the Royal Office for Media' (statement)",
        "'offered prayers at the Kalachakra empowerment at Changlimithang' (ceremony, no encounter)",
        "'arrived at Paro International Airport at 11:15 am', crowds and students (arrival)",
        "'Prime Minister Modi's last visit to Bhutan was in March 2024' (visit, no stated encounter)",
        "reader comments (furniture)"]),

    ("007_in_bt_modi_tobgay_wire", "2025-11-12", False, [
        ev(K_TOBGAY, M, OCC, "2025-11-12", "Thimphu", [MODI, TOBGAY], [],
           "Narendra Modi held wide-ranging talks with his Bhutanese counterpart Tshering Tobgay in Thimphu on Wednesday"),
        ev(K_KING, M, OCC, "2025-11-11", "Thimphu", [MODI, KING], [],
           "a day after his audience with King Jigme Khesar Namgyel Wangchuk"),
        ev(K_FOURTH_KING, M, OCC, "2025-11-12", "Thimphu", [MODI, FOURTH_KING], [],
           "Later on Wednesday, Modi called on the Fourth King, Jigme Singye Wangchuck, at Dechencholing Palace"),
        ev("2026-01-new-delhi-modi-tobgay", M, PLN, "2026-01", "New Delhi", [TOBGAY, MODI], [],
           "Tobgay will travel to New Delhi in January for talks with Modi"),
    ], ["signing of agreements (same event as the talks)",
        "'On Tuesday, the King and Modi jointly inaugurated' (same event as the audience)",
        "Misri 'told reporters after the meeting' (press)",
        "'Modi emplaned for New Delhi on Wednesday evening' (travel)",
        "Tobgay 'in a post on X' (post)",
        "'Modi and Tobgay have met several times since Tobgay took office' (counted)",
        "'Bhutan's King has also visited India frequently, most recently during the Maha Kumbh' (counted; visit)"]),

    ("008_cl_kast_buenos_aires_preview_broadcaster", "2025-12-15", False, [
        ev(K_BA, M, PLN, "2025-12-16", "Buenos Aires", [KAST, MILEI], [],
           "Kast will travel to Buenos Aires on Tuesday to meet Argentine President Javier Milei"),
        ev(K_KAST_CALL, C, OCC, "2025-12-14", None, [MILEI, KAST], [],
           "Milei called Kast on Sunday night to congratulate him"),
        ev("2025-12-15-kast-noboa-call", C, OCC, "2025-12-15", None, [KAST, NOBOA], [],
           "On Monday morning Kast spoke separately by phone with Ecuador's President Daniel Noboa"),
        ev("2025-12-15-jeri-kast-call", C, OCC, "2025-12-15", None, [KAST, JERI], [],
           "spoke separately by phone with Ecuador's President Daniel Noboa and with Peru's President José Jerí"),
        ev(K_MADRID, M, OCC, "2024-05", "Madrid", [KAST, MILEI], [],
           "Kast and Milei last met in person in Madrid in May 2024"),
    ], ["Milei 'wrote afterwards on social media' (post)",
        "'Both invited him to visit. A trip to Quito will be arranged at a date to be agreed' (not fixed)",
        "'The two men have met several times since 2022' (counted)",
        "'Kast told reporters outside his campaign headquarters', 'speech on Sunday night' (press, speech)",
        "'Boric congratulated Kast in a televised address' (statement); transition teams (domestic)",
        "'Kast takes office on March 11'; 'expected back in Santiago on Tuesday night' (no meeting; travel)",
        "video clip and MAS VISTOS: Milei receives Peña, Boric meets Kast at La Moneda (furniture)"]),

    ("009_ar_milei_kast_casa_rosada_wire", "2025-12-16", False, [
        ev(K_BA, M, OCC, "2025-12-16", "Buenos Aires", [MILEI, KAST, QUIRNO, ADORNI, KARINA], [],
           "Javier Milei received Chile's president-elect José Antonio Kast at the Casa Rosada on Tuesday"),
        ev(K_KAST_CALL, C, OCC, "2025-12-14", None, [MILEI, KAST], [],
           "The two leaders, who had already spoken by phone on Sunday night"),
        ev(K_MADRID, M, OCC, "2024-05", "Madrid", [KAST, MILEI], [],
           "Kast and Milei met in Madrid in May 2024 at a rally"),
    ], ["exchange of gifts (same event)",
        "'Kast told reporters in the Plaza de Mayo'; 'Milei did not speak to the press' (press)",
        "'have kept in close contact since' (vague)",
        "Quirno (spelt 'Quirino'): working group 'as soon as Kast takes office' (not a meeting, not fixed)",
        "'Milei confirmed he would attend the inauguration ceremony in Valparaíso' (ceremony)",
        "'Adorni denied reports that Kast had also planned to meet former president Mauricio Macri' (denied)",
        "Boric and Milei 'never held a formal bilateral meeting' (negation)",
        "'Kast flew back to Santiago on Tuesday evening' (travel)"]),

    ("010_ye_muscat_prisoner_deal_wire", "2025-12-23", False, [
        ev(K_MUSCAT, M, OCC, "2025-12-09", "Muscat", [GRUNDBERG, HAIG, MURTADA], [YG, HOUTHIS, ICRC],
           "The talks, which began on December 9, were chaired by UN Special Envoy Hans Grundberg",
           date_end="2025-12-23"),
        ev("2025-12-22-muscat-albusaidi-grundberg", M, OCC, "2025-12-22", "Muscat", [GRUNDBERG, ALBUSAIDI], [],
           "The envoy had met Omani Foreign Minister Badr Albusaidi on Monday"),
        ev(K_AMMAN, M, PLN, "2026-01", "Amman", [], [YG, HOUTHIS],
           "The sides agreed to meet again in Amman in January"),
    ], ["'agreed on Tuesday to release around 2,900 detainees' (end of the same talks)",
        "Grundberg 'said in a statement' (statement)",
        "'expected to return to Muscat only if problems remain' (conditional)",
        "Al-Murtada 'wrote on X'; Haig 'told Yemeni television' (post, interview)",
        "'April 2023, when nearly 900 prisoners were freed in a three-day airlift' (exchange, no meeting)",
        "'Grundberg is scheduled to brief the UN Security Council' (briefing)",
        "Saudi Arabia and the UAE 'welcomed the deal'; Red Cross statement (statements)"]),

    ("011_ye_prisoner_deal_analysis", "2025-12-29", True, [
        ev(K_MUSCAT, M, OCC, "2025-12", "Muscat", [GRUNDBERG], [YG, HOUTHIS],
           "government and Houthi negotiators reached in Muscat last week under UN envoy Hans Grundberg"),
        ev("2023-04-09-sanaa-al-jaber-al-mashat", M, OCC, "2023-04", "Sanaa", [AL_JABER, MASHAT], [],
           "travelled to Sanaa in April 2023 and met Mahdi al-Mashat"),
        ev("2023-03-geneva-houthis-yemeni-government", M, OCC, "2023-03", "Geneva", [], [YG, HOUTHIS],
           "agreed at talks in Geneva in March 2023 between the two Yemeni parties"),
        ev("2025-12-24-bin-salman-grundberg-call", C, OCC, "2025-12-24", None, [GRUNDBERG, KHALID_BS], [],
           "Grundberg spoke by phone with Saudi Defence Minister Prince Khalid bin Salman on Wednesday"),
        ev(K_AMMAN, M, PLN, "2026-01", "Amman", [], [YG, HOUTHIS],
           "a follow-up round in Amman in January is supposed to settle them"),
    ], ["'Saudi and Houthi officials have held several rounds of quiet talks since 2022' (counted)",
        "'The roadmap was never signed' (negation)",
        "the 2023 exchange 'carried out a month later' (exchange, no meeting)",
        "'Saudi media presented as an endorsement' (statement)",
        "'The Presidential Leadership Council met in Riyadh on Saturday' (internal)",
        "al-Houthi 'praised the agreement in a televised speech' (speech)",
        "'A broader settlement could follow if the Red Sea attacks stop' (hypothetical)",
        "Related analysis (furniture)"]),

    ("012_sl_gn_yenga_freetown_regional", "2025-06-13", False, [
        ev(K_CONAKRY, M, PLN, "2025-06-17", "Conakry", [BIO, DOUMBOUYA], [],
           "Bio will travel to Conakry next Tuesday for talks with Guinea's President Mamadi Doumbouya"),
        ev("2025-06-09-bio-doumbouya-call", C, OCC, "2025-06-09", None, [BIO, DOUMBOUYA], [],
           "a phone call between the two leaders on Monday"),
        ev(K_BORDER, M, OCC, "2025-06-03", "Conakry", [ALGHALI], [SL, GN],
           "held a joint technical border committee meeting in Conakry on June 3-4", date_end="2025-06-04"),
        ev("2025-06-11-freetown-kabba", M, OCC, "2025-06-11", "Freetown", [KABBA], [GN],
           "Timothy Musa Kabba summoned Guinea's ambassador to the ministry in Freetown on Wednesday"),
    ], ["State House 'announced on Thursday', press release (statements)",
        "joint survey: Guinean side 'had not yet given a date' (not fixed)",
        "'discussed at Mano River Union summits and in countless bilateral meetings since then' (counted)",
        "Chernor Bah 'told a press conference on Thursday' (press)",
        "MPs 'visited Yenga on Tuesday and met traditional leaders and residents' (domestic)",
        "APC spokesman 'called for talks with the opposition' (called for)",
        "'A Mano River Union summit could be convened if the bilateral talks fail' (hypothetical)",
        "'Bio last travelled to Conakry in 2023 for an economic forum' (visit, no stated encounter)",
        "Related News: Kabba meets ECOWAS Commission president, Bio receives Boakai (furniture)"]),

    ("013_gn_sl_conakry_talks_translated", "2025-06-18", True, [
        ev(K_CONAKRY, M, OCC, "2025-06-17", "Conakry", [DOUMBOUYA, BIO, KOUYATE, KABBA], [GN, SL],
           "General Mamadi Doumbuya, received yesterday, Tuesday 17 June 2025, at the Mohammed V Palace"),
        ev("2025-07-freetown-guinea-sierra-leone", M, PLN, "2025-07", "Freetown", [], [GN, SL],
           "the joint commission will meet in Freetown in July"),
        ev(K_BORDER, M, OCC, "2025-06-03", "Conakry", [], [GN, SL],
           "technical meeting of experts from both countries held in Conakry on 3 and 4 June",
           date_end="2025-06-04"),
        ev("2025-06-17-conakry-kabba-kouyate", M, OCC, "2025-06-17", "Conakry", [KOUYATE, KABBA], [],
           "Minister Kouyaté held a working session with his counterpart Kabba"),
    ], ["'At the end of a tête-à-tête' (same event as the talks)",
        "'final communiqué read on national television' (statement)",
        "'President Bio left Conakry in the late afternoon' (travel)",
        "'Amadou Oury Bah ... did not take part in the talks' (negation)",
        "'Several agreements signed since 2002 have never been fully applied' (counted)",
        "the head of state's entourage 'recalled' (statement)",
        "COMMENTS and SEE ALSO: Doumbouya receives the ECOWAS mediator (furniture)"]),

    ("014_ws_nz_peters_apia_broadcaster", "2026-02-19", False, [
        ev("2026-02-18-apia-peters-schmidt", M, OCC, "2026-02-18", "Apia", [PETERS, LAAULI, SIMI], [],
           "The two met on Wednesday at the Government Building in Apia"),
        ev("2026-01-luxon-schmidt-call", C, OCC, "2026-01", None, [LAAULI, LUXON], [],
           "Christopher Luxon discussed the same issues in a video call in late January"),
        ev("2026-02-wellington-simi", M, OCC, "2026-02", "Wellington", [SIMI], [NZ],
           "Peseta herself was in Wellington earlier this month for talks"),
        ev("2026-02-20-nukualofa-fakafanua-peters", M, PLN, "2026-02-20", "Nuku'alofa", [PETERS, FAKAFANUA], [],
           "is due to meet Tonga's Prime Minister, Lord Fakafanua, there on Friday"),
    ], ["'welcomed with an 'ava ceremony by village matai on his arrival at Faleolo on Tuesday evening' (arrival)",
        "'Luxon hopes to visit Samoa later this year but no trip has been scheduled' (not fixed)",
        "'Peters told reporters after the meeting' (press)",
        "'He will fly to Nuku'alofa on Thursday', 'returning to Wellington at the weekend' (travel)",
        "'visited Samoa more than ten times as a minister' (counted)",
        "Fiamē 'was not invited to the talks', 'asked for a meeting ... received no reply' (negation)",
        "Related Stories: Luxon meets Fiji's Rabuka in Suva (furniture)"]),

    ("015_me_hr_foreign_ministers_regional", "2025-06-25", False, [
        ev("2025-06-23-zagreb-grlic-radman-ibrahimovic", M, OCC, "2025-06-23", "Zagreb", [IBRAHIMOVIC, GRLIC_RADMAN], [],
           "Ervin Ibrahimović and his Croatian counterpart Gordan Grlić Radman met in Zagreb on Monday"),
        ev("2025-05-16-tirana-plenkovic-spajic", M, OCC, "2025-05-16", "Tirana", [SPAJIC, PLENKOVIC], [],
           "met on the sidelines of the European Political Community summit in Tirana on 16 May"),
        ev("2025-07-dubrovnik-plenkovic-spajic", M, PLN, "2025-07", "Dubrovnik", [SPAJIC, PLENKOVIC], [],
           "Spajić is expected to meet Plenković at the Dubrovnik Forum in mid-July"),
        ev("2025-06-20-kos-zenovic-call", C, OCC, "2025-06-20", None, [ZENOVIC, KOS], [],
           "Predrag Zenović, held a video call with Enlargement Commissioner Marta Kos on Friday"),
    ], ["'Ibrahimović told reporters in Zagreb after the meeting' (press)",
        "'their brief exchange in Albania' (same event as the Tirana meeting)",
        "European Political Community summit itself (backdrop)",
        "'denied a report ... that the two prime ministers had met secretly in Brussels last week' (denied)",
        "'will discuss the results ... at its regular session on Thursday' (internal)",
        "'have met several times at multilateral gatherings since 2023' (counted)",
        "'had not held formal bilateral talks since last summer' (negation)",
        "MOST READ: Spajić meets von der Leyen, Mandić hosts Serbian parliament speaker (furniture)"]),

    ("016_kw_iq_khor_abdullah_wire", "2025-10-13", False, [
        ev("2025-10-12-baghdad-al-yahya-hussein", M, OCC, "2025-10-12", "Baghdad", [AL_YAHYA, HUSSEIN], [],
           "Abdullah Al-Yahya held talks in Baghdad on Sunday with his Iraqi counterpart Fuad Hussein"),
        ev("2025-10-12-baghdad-al-sudani-al-yahya", M, OCC, "2025-10-12", "Baghdad", [AL_YAHYA, SUDANI], [],
           "Later on Sunday, Al-Yahya was received by Iraqi Prime Minister Mohammed Shia Al-Sudani"),
        ev("2025-10-al-sabah-al-sudani-call", C, OCC, "2025-10", None, [MISHAL, SUDANI], [],
           "a telephone call earlier this month between His Highness the Amir and Al-Sudani"),
        ev("2025-10-26-kuwait-city-iraq-kuwait", M, PLN, "2025-10-26", "Kuwait City", [], [KW, IQ],
           "technical teams from both countries would meet in Kuwait City on October 26 and 27",
           date_end="2025-10-27"),
        ev("2025-09-new-york-al-yahya-hussein", M, OCC, "2025-09", "New York", [AL_YAHYA, HUSSEIN], [],
           "Al-Yahya and Hussein last met in New York in September"),
    ], ["message conveyed from the Amir (part of the al-Sudani meeting; the Amir is not present)",
        "joint ministerial committee 'set for Thursday in Kuwait City, has been postponed' (cancelled)",
        "UN General Assembly (backdrop)",
        "2012 agreement, 2023 court ruling (background, no meeting)",
        "'Iraqi lawmakers ... have called for talks to renegotiate' (called for)",
        "'Hussein told a joint press conference' (press)",
        "'The Kuwaiti Cabinet, at its weekly meeting on Monday' (internal)",
        "'raised at several GCC ministerial meetings since 2023' (counted)",
        "'Al-Yahya returned to Kuwait on Sunday night' (travel)"]),

    ("017_uy_cn_orsi_beijing_preview", "2026-01-28", False, [
        ev("2026-02-03-beijing-orsi-xi", M, PLN, "2026-02-03", "Beijing", [ORSI, XI], [],
           "Orsi will hold talks with Chinese President Xi Jinping in Beijing on Tuesday, February 3"),
        ev("2026-02-04-beijing-li-orsi", M, PLN, "2026-02-04", "Beijing", [ORSI, LI], [],
           "Orsi will then meet Premier Li Qiang the following day at the Great Hall"),
        ev("2026-01-montevideo-huang-lubetkin", M, OCC, "2026-01", "Montevideo", [LUBETKIN, HUANG], [],
           "met China's ambassador in Montevideo, Huang Yazhong, last week to finalise the agreements"),
        ev("2026-02-04-beijing-pan-tolosa", M, PLN, "2026-02-04", "Beijing", [TOLOSA, PAN], [],
           "Guillermo Tolosa will hold talks with People's Bank of China governor Pan Gongsheng in Beijing",
           date_end="2026-02-05"),
        ev("2023-11-22-beijing-lacalle-pou-xi", M, OCC, "2023-11", "Beijing", [LACALLE, XI], [],
           "Luis Lacalle Pou, met Xi in Beijing in November 2023"),
    ], ["'state visit to China that starts on Sunday' (travel)",
        "'travelling to Shanghai to visit port and technology companies' (travel; companies)",
        "business delegation; Lubetkin 'will also make the trip' (companies; not a stated participant)",
        "'A free trade agreement ... could be revived if Uruguay's Mercosur partners agree' (hypothetical)",
        "'Orsi will not stop in Japan or South Korea' (negation)",
        "'The Council of Ministers met on Monday at the Torre Ejecutiva' (internal)",
        "Bordaberry 'should also call for talks with the United States' (called for)",
        "'travelled to China once before, as a mayor, in 2019' (visit, no stated encounter)",
        "MOST READ: Orsi meets Lula in Brasília (furniture)"]),
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
