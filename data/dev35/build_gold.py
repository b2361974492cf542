#!/usr/bin/env python3
"""Generate gold.jsonl and manifest.jsonl for the dev35 development corpus.

Run:  python3 data/dev35/build_gold.py   then   python3 data/eval/validate.py data/dev35
Each article lists its true publication date, whether the manifest hides it, its gold
events, and (for documentation only) the traps it contains that must NOT be extracted.
dev35 is a READABLE development set: unlike the holdout sets, it may be read while developing.

It covers 15 real occasions, all from 2019-2025: Central Africa and France (Macron with
Tshisekedi in Kinshasa 2023), North Africa and the EU (the EU-Tunisia memorandum at Carthage
2023), South America and China (Lula in Beijing 2023), South America and Russia (Lavrov in
Brasilia 2023), the Gulf and Japan (Abe in Tehran 2019), Southeast Asia (the Thai-Cambodian
ceasefire talks in Putrajaya 2025), the Gulf and the US (Biden in Jeddah 2022), the Levant
(the al-Sharaa-Abdi agreement in Damascus 2025, a rebel commander), South-East Europe
(Erdogan in Athens 2023), Western Europe and the EU (the Windsor Framework 2023), Central
Asia and China (the Xi'an summit 2023), Oceania and India (FIPIC in Port Moresby 2023),
Oceania (Modi in Sydney 2023), South Asia (the Pakistan-Afghanistan ceasefire talks in Doha
2025, defence ministers) and the Great Lakes (Tshisekedi and Kagame in Doha 2025).

Fourteen pages are ordinary modern online news (wire copy, agency items, national newspapers'
sites, broadcasters' sites); one is an unusual layout (009, a live blog with clock times).

Three pages have no date in the manifest, and each prints one: 003 (dateline "BRASILIA,
April 17, 2023 (SAN)"; the header says only "Updated an hour ago"), 010 (agency header
"19.05.2023 | 22:10 (Astana time)", day first) and 013 ("Last updated: Oct 19, 2025 11:42pm").

Three real events are reported by two pages under the same key:
  2023-04-14-beijing-lula-xi          002 (main occasion) and 003 (background, "on Friday")
  2023-04-17-brasilia-lavrov-vieira   002 (planned, "on Monday") and 003 (main occasion)
  2023-05-24-sydney-albanese-modi     011 (planned, "on Wednesday") and 012 (main occasion)
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

# canonical names
MACRON, TSHISEKEDI, SAMA_LUKONDE, LUTUNDULA, LOURENCO, SASSOU, BONGO = (
    "Emmanuel Macron", "Felix Tshisekedi", "Jean-Michel Sama Lukonde", "Christophe Lutundula",
    "Joao Lourenco", "Denis Sassou Nguesso", "Ali Bongo Ondimba")
VDL, MELONI, RUTTE, SAIED = ("Ursula von der Leyen", "Giorgia Meloni", "Mark Rutte", "Kais Saied")
LULA, XI, LI_QIANG, ZHAO, BIDEN, MBZ, LAVROV, VIEIRA = (
    "Luiz Inacio Lula da Silva", "Xi Jinping", "Li Qiang", "Zhao Leji", "Joe Biden",
    "Mohamed bin Zayed Al Nahyan", "Sergey Lavrov", "Mauro Vieira")
AMORIM, PUTIN, MADURO = ("Celso Amorim", "Vladimir Putin", "Nicolas Maduro")
ABE, KHAMENEI, ROUHANI, KONO, ZARIF, TRUMP = (
    "Shinzo Abe", "Ali Khamenei", "Hassan Rouhani", "Taro Kono", "Mohammad Javad Zarif",
    "Donald Trump")
ANWAR, HUN_MANET, PHUMTHAM, KAGAN, OUYANG, PAETONGTARN, HUN_SEN = (
    "Anwar Ibrahim", "Hun Manet", "Phumtham Wechayachai", "Edgard Kagan", "Ouyang Yujing",
    "Paetongtarn Shinawatra", "Hun Sen")
KING_SALMAN, MBS, BLINKEN, SULLIVAN, ABBAS, LAPID, SISI = (
    "Salman bin Abdulaziz Al Saud", "Mohammed bin Salman", "Antony Blinken", "Jake Sullivan",
    "Mahmoud Abbas", "Yair Lapid", "Abdel Fattah el-Sisi")
SHARAA, ABDI, BARZANI, TAMIM, ERDOGAN = (
    "Ahmed al-Sharaa", "Mazloum Abdi", "Masoud Barzani", "Tamim bin Hamad Al Thani",
    "Recep Tayyip Erdogan")
MITSOTAKIS, GERAPETRITIS, FIDAN, SAKELLAROPOULOU, DENDIAS, GULER, PAVLOPOULOS = (
    "Kyriakos Mitsotakis", "George Gerapetritis", "Hakan Fidan", "Katerina Sakellaropoulou",
    "Nikos Dendias", "Yasar Guler", "Prokopis Pavlopoulos")
SUNAK, CHARLES, ZELENSKYY, CLEVERLY, SEFCOVIC = (
    "Rishi Sunak", "Charles III", "Volodymyr Zelenskyy", "James Cleverly", "Maros Sefcovic")
TOKAYEV, JAPAROV, RAHMON, BERDIMUHAMEDOV, MIRZIYOYEV = (
    "Kassym-Jomart Tokayev", "Sadyr Japarov", "Emomali Rahmon", "Serdar Berdimuhamedov",
    "Shavkat Mirziyoyev")
MODI, MARAPE, DADAE, DAKI, ALBANESE, HURLEY, DUTTON, KISHIDA = (
    "Narendra Modi", "James Marape", "Bob Dadae", "Win Bakri Daki", "Anthony Albanese",
    "David Hurley", "Peter Dutton", "Fumio Kishida")
ASIF, YAQOOB, DAR, AKHUND, MUTTAQI = (
    "Khawaja Asif", "Mohammad Yaqoob", "Ishaq Dar", "Mohammad Hassan Akhund", "Amir Khan Muttaqi")
KAGAME, KAYIKWAMBA, NDUHUNGIREHE = (
    "Paul Kagame", "Therese Kayikwamba Wagner", "Olivier Nduhungirehe")

SIX = ["China", "Kazakhstan", "Kyrgyzstan", "Tajikistan", "Turkmenistan", "Uzbekistan"]
TH_KH = ["Cambodia", "Thailand"]


def ev(key, kind, status, date, location, participants, groups, evidence, date_end=None):
    e = {"key": key, "kind": kind, "status": status, "date": date}
    if date_end:
        e["date_end"] = date_end
    e.update({"location": location, "participants": participants, "groups": groups,
              "evidence": evidence})
    return e


M, C, OCC, PLN = "meeting", "call", "occurred", "planned"

ARTICLES = [
    # 000. Wire copy, "March 4, 2023 · 7:55 PM GMT+1", dateline "KINSHASA, March 4 (EPS)"
    # (manifest 2023-03-04, a Saturday). "on Saturday" -> 4 Mar; "late on Friday" and "on Friday
    # morning" and "Hours later" -> 3 Mar; "on Wednesday evening" -> 1 Mar. The airport welcome
    # (PM and FM "met him at Ndjili airport") is an encounter of its own, on another day. The
    # working lunch belongs to the Palais de la Nation talks; the photo caption repeats them.
    ("000", "2023-03-04", False, [
        ev("2023-03-04-kinshasa-macron-tshisekedi", M, OCC, "2023-03-04", "Kinshasa",
           [TSHISEKEDI, MACRON], [],
           "Felix Tshisekedi received French President Emmanuel Macron at the Palais de la Nation on Saturday"),
        ev("2023-03-03-kinshasa-lutundula-macron-sama-lukonde", M, OCC, "2023-03-03", "Kinshasa",
           [MACRON, SAMA_LUKONDE, LUTUNDULA], [],
           "Prime Minister Jean-Michel Sama Lukonde and Foreign Minister Christophe Lutundula met him at Ndjili airport"),
        ev("2023-03-03-luanda-lourenco-macron", M, OCC, "2023-03-03", "Luanda", [MACRON, LOURENCO], [],
           "on Friday morning in Luanda, where he met Angolan President Joao Lourenco"),
        ev("2023-03-03-brazzaville-macron-sassou-nguesso", M, OCC, "2023-03-03", "Brazzaville",
           [MACRON, SASSOU], [],
           "Hours later he was in Brazzaville for talks with Denis Sassou Nguesso"),
        ev("2023-03-01-libreville-bongo-ondimba-macron", M, OCC, "2023-03-01", "Libreville",
           [BONGO, MACRON], [],
           "in Libreville, where Gabon's President Ali Bongo Ondimba hosted Macron for dinner"),
    ], ["'At a joint news conference after the talks, the two men traded sharp words' (press conference)",
        "'Macron told Congolese reporters ... \"since 1994\"' and Tshisekedi's call for sanctions (statements)",
        "'a ceasefire due to take effect on Tuesday under the Luanda process' (no meeting)",
        "'Macron would come back to Brazzaville in June' (travel, no stated encounter)",
        "'on the eve of the One Forest Summit' (backdrop only)",
        "'Macron did not travel to Kigali and did not meet Rwandan President Paul Kagame on this trip' (negation)",
        "'visit the national biomedical research institute ... flying back to Paris' (travel)",
        "Related coverage: 'Blinken meets Tshisekedi in Kinshasa ...', 'Lourenco hosts mini-summit ...' (furniture)",
        "Most read: 'Kenya's Ruto receives Ethiopian PM Abiy at State House' (furniture)"]),

    # 001. European broadcaster's site, "Published 16/07/2023 - 21:14 CEST" (manifest 2023-07-16,
    # a Sunday). "on Sunday" -> 16 Jul; "on June 11" and "on June 6" explicit; "next Sunday,
    # July 23" explicit (planned). The Carthage Palace is outside Tunis (dateline-free page; the
    # text says "outside Tunis") -> Tunis. The signing and the talks "after the ceremony" are one
    # occasion. The June 11 visit: "received by Saied in Tunis". Rome: Saied "is expected in
    # Rome ... for an international conference ... that Meloni is hosting" -> Meloni and Saied.
    ("001", "2023-07-16", False, [
        ev("2023-07-16-tunis-meloni-rutte-saied-von-der-leyen", M, OCC, "2023-07-16", "Tunis",
           [SAIED, VDL, MELONI, RUTTE], [],
           "Kais Saïed and three European leaders met at the Carthage Palace outside Tunis on Sunday"),
        ev("2023-06-11-tunis-meloni-rutte-saied-von-der-leyen", M, OCC, "2023-06-11", "Tunis",
           [SAIED, VDL, MELONI, RUTTE], [],
           "The same trio had been received by Saïed in Tunis on June 11"),
        ev("2023-06-06-tunis-meloni-saied", M, OCC, "2023-06-06", "Tunis", [MELONI, SAIED], [],
           "travelled to Tunis alone five days earlier, on June 6, to meet the president"),
        ev("2023-07-23-rome-meloni-saied", M, PLN, "2023-07-23", "Rome", [SAIED, MELONI], [],
           "Saïed is expected in Rome next Sunday, July 23, for an international conference"),
    ], ["'\"Team Europe is back in Tunis,\" von der Leyen told reporters' (statement)",
        "'The text missed an end-of-June deadline set in Brussels' (no gathering reported)",
        "'the final wording on returns was agreed only on Friday' (no parties, no encounter)",
        "'She has spoken with Saied by phone several times since the spring' (counted)",
        "'Saied dismissed the reports as \"fake news\" in comments broadcast by state television' (statement)",
        "'Rutte ... since his coalition collapsed on July 7' (domestic, no meeting)",
        "Related stories: 'Darmanin and Faeser hold talks in Tunis ...', 'Meloni meets Libya's Dbeibah in Rome ...' (furniture)"]),

    # 002. Brazilian English-language site, "Friday, April 14, 2023 | Updated 11:20 BRT" (manifest
    # 2023-04-14). "on Friday" -> 14 Apr; "in February" -> 2023-02 (White House -> Washington);
    # "on Saturday" (future) -> 15 Apr; "on Monday" (future) -> 17 Apr. "Lula met Premier Li Qiang
    # and, separately, Zhao Leji" -> two events with one evidence sentence. Lavrov-Vieira is
    # planned here and held in 003 (same key); "In Brasilia" gives the place.
    ("002", "2023-04-14", False, [
        ev("2023-04-14-beijing-lula-xi", M, OCC, "2023-04-14", "Beijing", [LULA, XI], [],
           "held talks with Chinese President Xi Jinping at the Great Hall of the People"),
        ev("2023-04-14-beijing-li-lula", M, OCC, "2023-04-14", "Beijing", [LULA, LI_QIANG], [],
           "Before sitting down with Xi, Lula met Premier Li Qiang and, separately, Zhao Leji"),
        ev("2023-04-14-beijing-lula-zhao", M, OCC, "2023-04-14", "Beijing", [LULA, ZHAO], [],
           "Before sitting down with Xi, Lula met Premier Li Qiang and, separately, Zhao Leji"),
        ev("2023-02-10-washington-biden-lula", M, OCC, "2023-02", "Washington", [LULA, BIDEN], [],
           "when he met Joe Biden at the White House in February"),
        ev("2023-04-15-abu-dhabi-bin-zayed-lula", M, PLN, "2023-04-15", "Abu Dhabi", [LULA, MBZ], [],
           "Abu Dhabi, where he is due to meet President Mohamed bin Zayed Al Nahyan"),
        ev("2023-04-17-brasilia-lavrov-vieira", M, PLN, "2023-04-17", "Brasilia", [LAVROV, VIEIRA], [],
           "Sergei Lavrov is due on Monday for talks with Foreign Minister Mauro Vieira"),
    ], ["'witnessed the signing of 15 agreements' and the joint statement (part of the Xi talks)",
        "'toured a Huawei research centre and gave a speech at the headquarters of the New Development Bank' (no encounter, speech)",
        "'The trip had been postponed from late March' (postponed)",
        "'pressing for a \"peace club\"' (proposal)",
        "'He has yet to meet ... Volodymyr Zelenskyy in person' (negation)",
        "'Lula invited Xi to visit Brazil; Chinese officials did not say whether he would accept' (unconfirmed invitation)",
        "'before flying home' (travel)",
        "Read more: 'Macron and Xi hold informal talks in Guangzhou', 'Haddad meets Chinese finance minister ...' (furniture)"]),

    # 003. Wire copy, manifest null; the date comes from the dateline "BRASILIA, April 17, 2023
    # (SAN)" (a Monday); the header says only "Updated an hour ago". "on Monday" -> 17 Apr; "on
    # Friday" -> 14 Apr (shared with 002); "in early March" -> 2023-03; "late last month" ->
    # 2023-03 (Kremlin -> Moscow); "on Tuesday" (future) -> 18 Apr. Lula's reception at the
    # Planalto is a second encounter the same day (Vieira "accompanied Lavrov" there).
    ("003", "2023-04-17", True, [
        ev("2023-04-17-brasilia-lavrov-vieira", M, OCC, "2023-04-17", "Brasilia", [LAVROV, VIEIRA], [],
           "Sergei Lavrov held more than two hours of talks with his Brazilian counterpart Mauro Vieira"),
        ev("2023-04-17-brasilia-lavrov-lula-vieira", M, OCC, "2023-04-17", "Brasilia",
           [LULA, LAVROV, VIEIRA], [],
           "where President Luiz Inacio Lula da Silva received the Russian minister in the afternoon"),
        ev("2023-04-14-beijing-lula-xi", M, OCC, "2023-04-14", "Beijing", [LULA, XI], [],
           "Lula held talks with Xi Jinping in Beijing on Friday"),
        ev("2023-03-02-new-delhi-lavrov-vieira", M, OCC, "2023-03", "New Delhi", [LAVROV, VIEIRA], [],
           "when they met on the sidelines of a G20 foreign ministers' gathering in New Delhi"),
        ev("2023-03-30-moscow-amorim-putin", M, OCC, "2023-03", "Moscow", [AMORIM, PUTIN], [],
           "Celso Amorim, was received by President Vladimir Putin at the Kremlin late last month"),
        ev("2023-04-18-caracas-lavrov-maduro", M, PLN, "2023-04-18", "Caracas", [LAVROV, MADURO], [],
           "Lavrov flies to Caracas on Tuesday, where he is expected to meet President Nicolas Maduro"),
    ], ["'a Latin American tour that will also take him to Venezuela, Nicaragua and Cuba' (travel; only Caracas has a stated encounter)",
        "'Neither side issued a statement after that meeting' (no new event)",
        "'At a joint news conference, Lavrov thanked Brazil ...' (press conference)",
        "'during a stop in the United Arab Emirates at the weekend, said ...' (travel, statement)",
        "'White House spokesman John Kirby said on Monday ...' (statement)",
        "'a G20 foreign ministers' gathering in New Delhi' (backdrop of the Lavrov-Vieira meeting)",
        "'Ukraine has invited Lula to visit Kyiv. The Brazilian leader has not accepted' (unaccepted invitation)",
        "'Ukraine's foreign ministry said in a statement ...' (statement)",
        "RELATED: 'Lula receives Argentina's Fernandez ...', 'Lavrov meets Maduro in Caracas on previous tour ...' (furniture)"]),

    # 004. Broadcaster's English site, "Posted June 13, 2019 22:40 JST" (manifest 2019-06-13, a
    # Thursday). Names are family-name first ("Abe Shinzo", "Kono Taro"). "on Thursday" -> 13 Jun;
    # "on Wednesday ... the same evening" -> 12 Jun; "Before Wednesday's talks" -> 12 Jun (place:
    # the Iranian capital); "last month" -> 2019-05; "on May 27" explicit; "at the end of this
    # month" (future) -> 2019-06, Osaka. Rouhani's dinner is part of the same talks.
    ("004", "2019-06-13", False, [
        ev("2019-06-13-tehran-abe-khamenei", M, OCC, "2019-06-13", "Tehran", [ABE, KHAMENEI], [],
           "Abe Shinzo met Iran's Supreme Leader Ayatollah Ali Khamenei in Tehran on Thursday"),
        ev("2019-06-12-tehran-abe-rouhani", M, OCC, "2019-06-12", "Tehran", [ABE, ROUHANI], [],
           "held talks the same evening with President Hassan Rouhani at the Saadabad Palace"),
        ev("2019-06-12-tehran-kono-zarif", M, OCC, "2019-06-12", "Tehran", [KONO, ZARIF], [],
           "Foreign Minister Kono Taro sat down with his Iranian counterpart Mohammad Javad Zarif"),
        ev("2019-05-16-tokyo-abe-zarif", M, OCC, "2019-05", "Tokyo", [ZARIF, ABE], [],
           "Mohammad Javad Zarif, who had called on Abe in Tokyo last month"),
        ev("2019-05-27-tokyo-abe-trump", M, OCC, "2019-05-27", "Tokyo", [TRUMP, ABE], [],
           "the two leaders held talks in Tokyo on May 27"),
        ev("2019-06-28-osaka-abe-trump", M, PLN, "2019-06", "Osaka", [TRUMP, ABE], [],
           "They are scheduled to meet again in Osaka at the end of this month"),
    ], ["'\"I do not consider Trump a person worth exchanging messages with,\" Khamenei was quoted as saying on his official website' (statement)",
        "'At a joint news conference, Rouhani said ...' (press conference)",
        "'since Fukuda Takeo travelled there in 1978' (travel, no stated encounter)",
        "'two tankers carrying Japan-related cargo were attacked' (no meeting)",
        "'Zarif wrote on Twitter that the timing was \"suspicious\"' (social media)",
        "'Suga Yoshihide told reporters' (briefing)",
        "'Trump said on Twitter late on Thursday ...' (social media)",
        "'when Japan hosts the Group of 20 summit' (backdrop of the planned Abe-Trump meeting)",
        "Related stories: 'Abe and Trump play golf, watch sumo in Tokyo' (furniture; same trip as the May 27 talks, not counted)"]),

    # 005. Malaysian daily's site, "Monday, 28 July 2025 | 10:48 PM MYT" (manifest 2025-07-28).
    # "this afternoon" -> 28 Jul (Seri Perdana is the prime minister's residence in Putrajaya);
    # "tomorrow" -> 29 Jul; "on Aug 4" explicit; "on Saturday" -> 26 Jul; "June 15" explicit.
    # "Trump telephoned Hun Manet and Phumtham separately" -> two calls, one evidence sentence.
    # The two ambassadors "also attended the meeting" -> participants. The commanders' meeting and
    # the General Border Committee have no venue -> location null, groups only.
    ("005", "2025-07-28", False, [
        ev("2025-07-28-putrajaya-anwar-hun-manet-kagan-ouyang-wechayachai", M, OCC, "2025-07-28",
           "Putrajaya", [ANWAR, HUN_MANET, PHUMTHAM, KAGAN, OUYANG], [],
           "their leaders held talks hosted by Prime Minister Datuk Seri Anwar Ibrahim at Seri Perdana"),
        ev("2025-07-26-hun-manet-trump-call", C, OCC, "2025-07-26", None, [TRUMP, HUN_MANET], [],
           "Donald Trump telephoned Hun Manet and Phumtham separately on Saturday"),
        ev("2025-07-26-trump-wechayachai-call", C, OCC, "2025-07-26", None, [TRUMP, PHUMTHAM], [],
           "Donald Trump telephoned Hun Manet and Phumtham separately on Saturday"),
        ev("2025-06-15-hun-sen-shinawatra-call", C, OCC, "2025-06-15", None, [PAETONGTARN, HUN_SEN], [],
           "her June 15 phone call with Cambodia's Senate president Hun Sen"),
        ev("2025-07-29-cambodia-thailand", M, PLN, "2025-07-29", None, [], TH_KH,
           "regional army commanders from both sides will meet face to face at 7am tomorrow"),
        ev("2025-08-04-cambodia-thailand", M, PLN, "2025-08-04", None, [], TH_KH,
           "followed by a meeting of the General Border Committee on Aug 4"),
    ], ["'Anwar told a joint press conference with the two leaders' (press conference)",
        "'Malaysia ... has offered to coordinate an observer team' (no meeting)",
        "'Anwar said he had spoken with both leaders several times since the fighting broke out on Thursday' (counted)",
        "'told reporters in Bangkok before departing that Cambodia had to prove its \"sincerity\"' (statement)",
        "'the Constitutional Court suspended Prime Minister Paetongtarn Shinawatra' (domestic, no meeting)",
        "'Hun Manet wrote on Facebook before the meeting' (social media)",
        "'China ... had offered to host further talks, an offer neither side has taken up' (unaccepted proposal)",
        "Related: 'Anwar calls Bangkok and Phnom Penh, urges restraint', 'Rubio speaks to Thai, Cambodian foreign ministers' (furniture)"]),

    # 006. Gulf news site, "Friday, July 15, 2022 | 23:05 GST" (manifest 2022-07-15). "on Friday
    # evening" -> 15 Jul; "Earlier on Friday" -> 15 Jul; "a day after" -> 14 Jul; "in February last
    # year" -> 2021-02; "On Saturday" (future) -> 16 Jul; "there" -> Jeddah. The king's reception
    # and the working session with the crown prince are two encounters; the session names Blinken
    # and Sullivan and presents the Saudi side through "his ministers" (group). The signing of the
    # security declaration by both leaders is a meeting. The summit: body GCC plus three states.
    ("006", "2022-07-15", False, [
        ev("2022-07-15-jeddah-bin-abdulaziz-biden", M, OCC, "2022-07-15", "Jeddah", [BIDEN, KING_SALMAN], [],
           "Joe Biden was received by King Salman bin Abdulaziz at Al Salam Palace in Jeddah"),
        ev("2022-07-15-jeddah-bin-salman-biden-blinken-sullivan", M, OCC, "2022-07-15", "Jeddah",
           [BIDEN, MBS, BLINKEN, SULLIVAN], ["Saudi Arabia"],
           "before sitting down for a working session with Crown Prince Mohammed bin Salman"),
        ev("2022-07-15-bethlehem-abbas-biden", M, OCC, "2022-07-15", "Bethlehem", [BIDEN, ABBAS], [],
           "Earlier on Friday he met Palestinian President Mahmoud Abbas in Bethlehem"),
        ev("2022-07-14-jerusalem-biden-lapid", M, OCC, "2022-07-14", "Jerusalem", [BIDEN, LAPID], [],
           "he and Israeli Prime Minister Yair Lapid signed a security declaration in Jerusalem"),
        ev("2021-02-25-bin-abdulaziz-biden-call", C, OCC, "2021-02", None, [BIDEN, KING_SALMAN], [],
           "a phone call with King Salman in February last year"),
        ev("2022-07-16-jeddah-biden-gulf-cooperation-council", M, PLN, "2022-07-16", "Jeddah", [BIDEN],
           ["Gulf Cooperation Council", "Egypt", "Jordan", "Iraq"],
           "due to attend a summit in Jeddah of the six Gulf Cooperation Council states"),
        ev("2022-07-16-jeddah-biden-el-sisi", M, PLN, "2022-07-16", "Jeddah", [BIDEN, SISI], [],
           "hold separate meetings there with Egyptian President Abdel Fattah el-Sisi"),
        ev("2022-07-16-jeddah-bin-zayed-biden", M, PLN, "2022-07-16", "Jeddah", [BIDEN, MBZ], [],
           "el-Sisi and the UAE's President Sheikh Mohamed bin Zayed Al Nahyan"),
    ], ["'The crown prince greeted Biden with a fist bump' and the photo caption (part of the working-session encounter)",
        "'Speaking to reporters afterwards, Biden said ...' (press remarks)",
        "'Biden flew to Jeddah directly from Israel' (travel)",
        "'Until Friday Biden had avoided dealing directly with the crown prince' (negation)",
        "'Biden promised to make Saudi Arabia a \"pariah\"' (campaign statement)",
        "'Hatice Cengiz, posted on Twitter ...' (social media)",
        "'no announcement on output was expected for several weeks' (no meeting)",
        "Read also: 'Lapid and Biden sign \"Jerusalem Declaration\" on Iran' (furniture; the body's sentence is the mention)"]),

    # 007. Regional English-language site, "10-03-2025 | 22:15 (Damascus)" (day first; manifest
    # 2025-03-10, a Monday). "on Monday" -> 10 Mar; "in January" -> 2025-01; "on January 30"
    # explicit; "on February 2" explicit; "two days later" -> 4 Feb. The text spells "Mazlum
    # Abdi" (canonical Mazloum Abdi). Tamim's visit counts because "he held talks with Sharaa".
    ("007", "2025-03-10", False, [
        ev("2025-03-10-damascus-abdi-al-sharaa", M, OCC, "2025-03-10", "Damascus", [SHARAA, ABDI], [],
           "signed an agreement in Damascus on Monday to integrate the civilian and military institutions"),
        ev("2025-01-16-erbil-abdi-barzani", M, OCC, "2025-01", "Erbil", [ABDI, BARZANI], [],
           "had travelled to Erbil in January, where he met Kurdish leader Masoud Barzani"),
        ev("2025-01-30-damascus-al-sharaa-al-thani", M, OCC, "2025-01-30", "Damascus", [TAMIM, SHARAA], [],
           "visit Damascus on January 30, when he held talks with Sharaa"),
        ev("2025-02-02-riyadh-al-sharaa-bin-salman", M, OCC, "2025-02-02", "Riyadh", [SHARAA, MBS], [],
           "meeting Saudi Crown Prince Mohammed bin Salman in Riyadh"),
        ev("2025-02-04-ankara-al-sharaa-erdogan", M, OCC, "2025-02-04", "Ankara", [SHARAA, ERDOGAN], [],
           "two days later held talks with Turkish President Recep Tayyip Erdogan in Ankara"),
    ], ["'Photographs ... showed the two men shaking hands' and the caption (same occasion)",
        "'Executive committees are to complete the integration ... without setting a date for their first sessions' (no concrete occasion)",
        "'Abdi wrote on X ...' (social media)",
        "'In a televised address on Sunday he promised ...' (speech)",
        "'The SDF was not invited to the National Dialogue Conference that Damascus convened last month' (domestic gathering, negation)",
        "'Turkey ... has repeatedly demanded that the group disarm. Ankara did not immediately comment' (statement, no meeting)",
        "Related: 'Barzani receives French foreign minister in Erbil' (furniture)"]),

    # 008. Greek English-language site, "Thursday, December 7, 2023 - 20:10" (manifest 2023-12-07).
    # "on Thursday" -> 7 Dec; "began the day with a call on" is an in-person visit (meeting, not a
    # phone call); "At the same time" -> 7 Dec; "in July" -> 2023-07; "in September" -> 2023-09;
    # "on September 5" explicit; "February's earthquakes" -> 2023-02 (call, no location);
    # "in December 2017" -> 2017-12 (previous visit to Athens). The foreign ministers "joined the
    # talks"; the council's working lunch and the declaration belong to the same occasion.
    ("008", "2023-12-07", False, [
        ev("2023-12-07-athens-erdogan-fidan-gerapetritis-mitsotakis", M, OCC, "2023-12-07", "Athens",
           [MITSOTAKIS, ERDOGAN, GERAPETRITIS, FIDAN], [],
           "Kyriakos Mitsotakis and Turkish President Recep Tayyip Erdoğan held talks at Maximos Mansion on Thursday"),
        ev("2023-12-07-athens-erdogan-sakellaropoulou", M, OCC, "2023-12-07", "Athens",
           [ERDOGAN, SAKELLAROPOULOU], [],
           "Erdoğan began the day with a call on President Katerina Sakellaropoulou at the Presidential Mansion"),
        ev("2023-12-07-athens-dendias-guler", M, OCC, "2023-12-07", "Athens", [DENDIAS, GULER], [],
           "Nikos Dendias received his Turkish counterpart Yaşar Güler at the Armed Forces Officers' Club"),
        ev("2023-07-12-vilnius-erdogan-mitsotakis", M, OCC, "2023-07", "Vilnius", [MITSOTAKIS, ERDOGAN], [],
           "when they met on the sidelines of the NATO summit in Vilnius in July"),
        ev("2023-09-20-new-york-erdogan-mitsotakis", M, OCC, "2023-09", "New York", [MITSOTAKIS, ERDOGAN], [],
           "and met again in New York in September"),
        ev("2023-09-05-ankara-fidan-gerapetritis", M, OCC, "2023-09-05", "Ankara", [GERAPETRITIS, FIDAN], [],
           "a visit to Ankara on September 5, where he held talks with Fidan"),
        ev("2023-02-06-erdogan-mitsotakis-call", C, OCC, "2023-02", None, [MITSOTAKIS, ERDOGAN], [],
           "when Mitsotakis phoned Erdoğan to offer help"),
        ev("2017-12-07-athens-erdogan-pavlopoulos", M, OCC, "2017-12", "Athens", [ERDOGAN, PAVLOPOULOS], [],
           "he met then-President Prokopis Pavlopoulos and the two men clashed in front of the cameras"),
    ], ["'signed a non-binding declaration' and 'a working lunch of the fifth High-Level Cooperation Council' (same occasion as the talks)",
        "'The council had not met for seven years' (negation)",
        "'\"There is no problem between us that cannot be solved,\" Erdogan told a joint news conference' (press conference)",
        "'the NATO summit in Vilnius' (backdrop of the Vilnius meeting)",
        "'Greek rescue teams were among the first to arrive' (no encounter)",
        "'Erdogan said Mitsotakis \"no longer exists\" for him and froze high-level contacts' (statement, negation)",
        "'In an interview with Kathimerini published on Wednesday' (interview)",
        "'Erdogan invited Mitsotakis to hold the next session of the council in Turkey. No date has been set.' (invitation without date)",
        "Related: 'Fidan and Gerapetritis launch \"positive agenda\" talks in Ankara' (furniture)"]),

    # 009. Live blog, "Monday 27 February 2023 · Last updated 19:52 GMT" (manifest 2023-02-27).
    # Clock-time entries, newest first. The lunch at the Fairmont hotel "on the edge of Windsor
    # Great Park" -> Windsor; tea with the King at Windsor Castle -> Windsor; "earlier this month"
    # -> 2023-02 (Buckingham Palace -> London); "on 18 February" explicit. The Joint Committee is
    # planned with a place but "Officials have not given a date" -> date null. The 09:45 entry
    # ("will meet ... today") and the key points repeat the lunch talks and the tea.
    ("009", "2023-02-27", False, [
        ev("2023-02-27-windsor-sunak-von-der-leyen", M, OCC, "2023-02-27", "Windsor", [SUNAK, VDL], [],
           "Sunak and von der Leyen have sat down for lunch at the Fairmont hotel"),
        ev("2023-02-27-windsor-charles-iii-von-der-leyen", M, OCC, "2023-02-27", "Windsor", [CHARLES, VDL], [],
           "Ursula von der Leyen has left Windsor Castle after taking tea with King Charles"),
        ev("2023-02-08-london-charles-iii-zelenskyy", M, OCC, "2023-02", "London", [CHARLES, ZELENSKYY], [],
           "he had received President Zelensky at Buckingham Palace earlier this month"),
        ev("2023-02-18-munich-sunak-von-der-leyen", M, OCC, "2023-02-18", "Munich", [SUNAK, VDL], [],
           "The pair last met on 18 February at the Munich Security Conference"),
        ev("2023-03-24-london-cleverly-sefcovic", M, PLN, None, "London", [CLEVERLY, SEFCOVIC], [],
           "are expected to co-chair a meeting of the UK-EU Joint Committee in London"),
    ], ["19:52 'The prime minister has finished his statement to MPs' (statement)",
        "19:10 'Donaldson says ... he told reporters in Belfast' (statement)",
        "17:05 'Sunak is briefing his cabinet by video link' (internal to one government)",
        "16:30 'At the joint press conference at Windsor Guildhall' (press conference)",
        "11:50 'Sunak had met Northern Ireland's party leaders in Belfast' (domestic meeting inside one state)",
        "10:20 'The two men have spoken almost daily in recent weeks' (counted)",
        "'the Munich Security Conference' (backdrop of the 18 February meeting)",
        "Related stories: 'Irish premier Varadkar welcomes \"landmark\" deal' (furniture)"]),

    # 010. Agency item, manifest null; the header "19.05.2023 | 22:10 (Astana time)" is day first
    # (a Friday). "on Friday" -> 19 May (Xi'an); "on Wednesday afternoon" -> 17 May; "On Thursday"
    # -> 18 May ("Xi received Zhaparov ... and Mirziyoyev" -> two events, one evidence sentence);
    # "in January 2022" -> 2022-01 (video link -> call); "in Kazakhstan in 2025" -> planned, year
    # only. Spellings "Tokaev" and "Zhaparov" (canonical Tokayev, Japarov). The 2022 video summit
    # and the 2025 summit name nobody -> groups (the six states).
    ("010", "2023-05-19", True, [
        ev("2023-05-19-xian-berdimuhamedov-japarov-mirziyoyev-rahmon-tokayev-xi", M, OCC, "2023-05-19",
           "Xi'an", [XI, TOKAYEV, JAPAROV, RAHMON, BERDIMUHAMEDOV, MIRZIYOYEV], [],
           "Central Asian states met in the ancient Silk Road city of Xi'an on Friday"),
        ev("2023-05-17-xian-tokayev-xi", M, OCC, "2023-05-17", "Xi'an", [TOKAYEV, XI], [],
           "He held talks with Xi on Wednesday afternoon, at the start of a state visit"),
        ev("2023-05-18-xian-japarov-xi", M, OCC, "2023-05-18", "Xi'an", [XI, JAPAROV], [],
           "On Thursday Xi received Zhaparov for talks in the morning and Mirziyoyev in the afternoon"),
        ev("2023-05-18-xian-mirziyoyev-xi", M, OCC, "2023-05-18", "Xi'an", [XI, MIRZIYOYEV], [],
           "On Thursday Xi received Zhaparov for talks in the morning and Mirziyoyev in the afternoon"),
        ev("2022-01-25-china-central-asia-call", C, OCC, "2022-01", None, [], SIX,
           "first met as a group by video link in January 2022"),
        ev("2025-06-17-kazakhstan-china-central-asia", M, PLN, "2025", "Kazakhstan", [], SIX,
           "with the next one to be held in Kazakhstan in 2025"),
    ], ["'In his speech, Xi offered 26 billion yuan' and the Central Asian leaders' speeches (speeches)",
        "'working groups on trade, energy and customs would report to the leaders before the next summit' (no concrete occasion; the next summit itself is the planned event)",
        "'The six signed the Xi'an Declaration' (part of the summit)",
        "'Russia, the region's traditional partner, was not represented' (negation)",
        "Related: 'Tokaev and Mirziyoyev discuss water sharing by phone' (furniture)"]),

    # 011. Indian daily's site, "Port Moresby | Updated: May 22, 2023 21:35 IST" (manifest
    # 2023-05-22, a Monday). "on Monday" -> 22 May; "Before the summit" -> 22 May; "began the day"
    # -> 22 May; "on Sunday evening" -> 21 May (airport welcome); "on Thursday" -> 18 May (call,
    # from Air Force One); "on Wednesday" (future) -> 24 May, Sydney (shared with 012). The
    # FIPIC summit: body in groups. Blinken "met Marape and Defence Minister Win Bakri Daki, with
    # whom he signed" -> one occasion, three participants.
    ("011", "2023-05-22", False, [
        ev("2023-05-22-port-moresby-fipic-marape-modi", M, OCC, "2023-05-22", "Port Moresby",
           [MODI, MARAPE], ["Forum for India-Pacific Islands Cooperation"],
           "co-chaired the third summit of the Forum for India-Pacific Islands Cooperation (FIPIC) at APEC Haus"),
        ev("2023-05-22-port-moresby-marape-modi", M, OCC, "2023-05-22", "Port Moresby", [MODI, MARAPE], [],
           "the two prime ministers held bilateral talks on trade, health and climate finance"),
        ev("2023-05-22-port-moresby-dadae-modi", M, OCC, "2023-05-22", "Port Moresby", [MODI, DADAE], [],
           "Modi began the day at Government House, where he met Governor-General Sir Bob Dadae"),
        ev("2023-05-21-port-moresby-marape-modi", M, OCC, "2023-05-21", "Port Moresby", [MARAPE, MODI], [],
           "Marape received him at the airport and, in a rare gesture, touched his feet"),
        ev("2023-05-22-port-moresby-blinken-daki-marape", M, OCC, "2023-05-22", "Port Moresby",
           [BLINKEN, MARAPE, DAKI], [],
           "Blinken met Marape and Defence Minister Win Bakri Daki"),
        ev("2023-05-18-biden-marape-call", C, OCC, "2023-05-18", None, [BIDEN, MARAPE], [],
           "He telephoned Marape from Air Force One on Thursday to apologise"),
        ev("2023-05-24-sydney-albanese-modi", M, PLN, "2023-05-24", "Sydney", [MODI, ALBANESE], [],
           "hold talks with Australian Prime Minister Anthony Albanese on Wednesday"),
    ], ["'Modi arrived on Sunday evening from Hiroshima in Japan' (travel)",
        "'In his address to the summit, Modi announced a 12-step development plan' (speech)",
        "'standing in for President Joe Biden' / 'Biden cancelled his stop in PNG' (cancelled)",
        "'The cancellation also sank the Quad leaders' meeting that had been planned for Sydney on Wednesday' (cancelled meeting)",
        "'Modi flies to Sydney tonight. He will address the Indian community there on Tuesday' (travel, speech)",
        "'Opposition lawmakers in Port Moresby criticised the US agreement' (statement)",
        "ALSO READ: 'PM Modi holds talks with Japan's Kishida, meets Zelensky in Hiroshima' (furniture)"]),

    # 012. Australian broadcaster's site, "Posted Wed 24 May 2023 at 6:15pm" (manifest 2023-05-24).
    # "this morning" -> 24 May (Admiralty House, Sydney); "met Governor-General David Hurley and,
    # separately, Opposition Leader Peter Dutton before flying home ... this afternoon" -> two
    # events on 24 May; "on Saturday" -> 20 May (Hiroshima); "in March" -> 2023-03 (New Delhi);
    # "in September" (future) -> 2023-09 (G20 in New Delhi, planned).
    ("012", "2023-05-24", False, [
        ev("2023-05-24-sydney-albanese-modi", M, OCC, "2023-05-24", "Sydney", [ALBANESE, MODI], [],
           "Anthony Albanese welcomed Narendra Modi to Admiralty House in Sydney this morning"),
        ev("2023-05-24-sydney-hurley-modi", M, OCC, "2023-05-24", "Sydney", [MODI, HURLEY], [],
           "Mr Modi also met Governor-General David Hurley and, separately, Opposition Leader Peter Dutton"),
        ev("2023-05-24-sydney-dutton-modi", M, OCC, "2023-05-24", "Sydney", [MODI, DUTTON], [],
           "Mr Modi also met Governor-General David Hurley and, separately, Opposition Leader Peter Dutton"),
        ev("2023-05-20-hiroshima-albanese-biden-kishida-modi", M, OCC, "2023-05-20", "Hiroshima",
           [ALBANESE, MODI, BIDEN, KISHIDA], [],
           "Fumio Kishida met on the sidelines of the G7 in Hiroshima on Saturday"),
        ev("2023-03-10-new-delhi-albanese-modi", M, OCC, "2023-03", "New Delhi", [ALBANESE, MODI], [],
           "The two leaders last held formal talks in New Delhi in March"),
        ev("2023-09-09-new-delhi-albanese-g20", M, PLN, "2023-09", "New Delhi", [ALBANESE], ["G20"],
           "Mr Albanese is expected back in New Delhi in September for the G20 leaders' summit"),
    ], ["'They signed a migration and mobility agreement' (part of the Admiralty House talks)",
        "'Mr Modi later posted on Twitter that the relationship was now in \"T20 mode\"' (social media)",
        "'Asked at a joint media conference ...' (press conference)",
        "'a Quad leaders' summit in Sydney, which was called off' (cancelled)",
        "'Mr Modi flew in late on Monday from Papua New Guinea' (travel; the PNG encounters are not stated here)",
        "'he addressed about 20,000 members of the Indian diaspora at Qudos Bank Arena' (speech)",
        "'Mr Modi invited him to watch the Cricket World Cup in India later in the year' (invitation, not accepted)",
        "'Don Farrell said he hoped to conclude a comprehensive economic cooperation agreement by the end of the year' (statement)",
        "Related stories: 'Marape touches Modi's feet in Port Moresby welcome', 'Quad leaders meet in Hiroshima ...' (furniture)"]),

    # 013. Pakistani daily's site, manifest null; the page prints "Last updated: Oct 19, 2025
    # 11:42pm" (a Sunday). "began on Saturday and ended in the early hours of today" -> 18-19 Oct
    # (date_end). "Mullah Muhammad Yaqub Mujahid" -> canonical Mohammad Yaqoob; "Khawaja
    # Muhammad Asif" -> Khawaja Asif. Qatar hosted and Turkiye mediated -> groups (Turkey).
    # "on October 25" explicit (planned, Istanbul, delegations only). "in April" -> 2025-04, two
    # encounters in Kabul ("called on" the interim PM, "held delegation-level talks" with Muttaqi).
    ("013", "2025-10-19", True, [
        ev("2025-10-18-doha-asif-yaqoob", M, OCC, "2025-10-18", "Doha", [ASIF, YAQOOB],
           ["Pakistan", "Afghanistan", "Qatar", "Turkey"],
           "talks in Doha that began on Saturday and ended in the early hours of today",
           date_end="2025-10-19"),
        ev("2025-10-25-istanbul-afghanistan-pakistan", M, PLN, "2025-10-25", "Istanbul", [],
           ["Pakistan", "Afghanistan"],
           "the delegations would meet again in Istanbul on October 25"),
        ev("2025-04-19-kabul-akhund-dar", M, OCC, "2025-04", "Kabul", [DAR, AKHUND], [],
           "called on the interim prime minister, Mullah Mohammad Hassan Akhund"),
        ev("2025-04-19-kabul-dar-muttaqi", M, OCC, "2025-04", "Kabul", [DAR, MUTTAQI], [],
           "held delegation-level talks with Acting Foreign Minister Amir Khan Muttaqi"),
    ], ["'Writing on X, Asif said ...' (social media; the Istanbul plan in the same sentence is an event)",
        "'Zabihullah Mujahid said both sides had committed ...' (statement)",
        "'Pakistani airstrikes inside Afghanistan on October 9' (no meeting)",
        "'A 48-hour truce announced on Wednesday was extended' (no encounter stated)",
        "'Ishaq Dar called the agreement \"the first step in the right direction\"' (statement)",
        "'Shehbaz Sharif told a meeting of the federal cabinet' (internal to one government)",
        "'Pakistan would not hold talks with the banned TTP' (negation)",
        "RELATED: 'Dar, Wang Yi discuss Afghan situation in telephone call' (furniture)"]),

    # 014. Regional news site, "Wednesday, March 19, 2025" (manifest 2025-03-19). "on Tuesday" ->
    # 18 Mar; the Dar es Salaam joint summit "on February 8" explicit (EAC and SADC in groups,
    # nobody named); "In September 2022" -> 2022-09 (New York); "at the end of July last year" ->
    # 2024-07 (Luanda; "under Angolan mediation" -> group Angola).
    ("014", "2025-03-19", False, [
        ev("2025-03-18-doha-al-thani-kagame-tshisekedi", M, OCC, "2025-03-18", "Doha",
           [TSHISEKEDI, KAGAME, TAMIM], [],
           "Félix Tshisekedi and Rwanda's Paul Kagame met in Doha on Tuesday"),
        ev("2025-02-08-dar-es-salaam-eac-sadc", M, OCC, "2025-02-08", "Dar es Salaam", [],
           ["East African Community", "Southern African Development Community"],
           "Southern African Development Community in Dar es Salaam on February 8"),
        ev("2022-09-21-new-york-kagame-macron-tshisekedi", M, OCC, "2022-09", "New York",
           [MACRON, TSHISEKEDI, KAGAME], [],
           "Emmanuel Macron brought the two leaders together on the sidelines of the UN General Assembly"),
        ev("2024-07-30-luanda-kayikwamba-wagner-nduhungirehe", M, OCC, "2024-07", "Luanda",
           [KAYIKWAMBA, NDUHUNGIREHE], ["Angola"],
           "a ceasefire at a meeting in Luanda under Angolan mediation at the end of July"),
    ], ["'their first direct encounter since the M23 rebels seized Goma in January' (negation)",
        "'In a joint statement issued late on Tuesday' (statement)",
        "'kept secret until Tshisekedi's plane had left for Kinshasa' (travel)",
        "'Tina Salama later wrote on X' (social media)",
        "'direct talks between Kinshasa and the M23, due to open in Luanda on Tuesday, were called off' (cancelled)",
        "'The Rwandan presidency said ...' (statement)",
        "'A summit with Angolan President Joao Lourenco planned for Luanda in December was cancelled' (cancelled)",
        "'the UN General Assembly' (backdrop of the New York meeting)",
        "'to be worked out \"in the coming days\"' (vague)",
        "Related: 'Kagame cuts ties with Belgium ...', 'EU sanctions M23 leaders ...' (furniture)"]),
]


def main():
    gold_lines, manifest_lines = [], []
    for aid, published, hidden, events, _traps in ARTICLES:
        gold_lines.append(json.dumps({"id": aid, "published": published, "events": events},
                                     ensure_ascii=False))
        manifest_lines.append(json.dumps({"id": aid, "published": None if hidden else published}))
    with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(gold_lines) + "\n")
    with open(os.path.join(HERE, "manifest.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(manifest_lines) + "\n")
    n = sum(len(a[3]) for a in ARTICLES)
    print(f"wrote {len(ARTICLES)} articles, {n} event mentions")


if __name__ == "__main__":
    main()
