#!/usr/bin/env python3
"""Generate gold.jsonl and manifest.jsonl for the dev41 development corpus.

Run:  python3 data/dev41/build_gold.py   then   python3 data/eval/validate.py data/dev41
Each article lists its true publication date, whether the manifest hides it, its gold
events, and (for documentation only) the traps it contains that must NOT be extracted.
dev41 is a READABLE development set: unlike the holdout sets, it may be read while developing.

It covers 15 real occasions, all from 2018-2025: the Sahel and France (the Pau summit 2020),
East Africa and the EU (Samia Suluhu Hassan and Tundu Lissu in Brussels 2022), West Africa and
the US (Buhari at the White House 2018), the Americas and China (Biden-Xi in Lima 2024; Xi's
state visit to Brasilia 2024), Colombia (Petro and Uribe 2022), South Asia and the US (Modi's
state visit 2023), Egypt and India (Modi in Cairo 2023), South-East Asia (Hun Sen in
Naypyitaw 2022), Turkey and Hamas (Erdogan and Haniyeh 2024), Europe (the Weimar Triangle in
Berlin 2024; the Treaty of Barcelona 2023), the Caribbean and the UN (Guterres in Haiti 2023),
Oceania (Morrison in Honiara 2019) and the Caucasus (Pashinyan in Istanbul 2025).

Thirteen pages are ordinary modern online news (wire copy, newspapers' and broadcasters' sites);
two are unusual layouts (010 live blog, 012 e-mail newsletter).

Three pages have no date in the manifest, and each prints one: 002 (masthead "Tuesday, May 1,
2018"), 008 (dateline "NAYPYITAW, Jan 7, 2022 (SEAW)") and 013 ("Posted 3 Jun 2019, 6:40pm").

Three real events are reported by two pages under the same key:
  2024-11-16-lima-biden-xi        003 (main occasion) and 004 (background, "on Saturday")
  2024-11-20-brasilia-lula-xi     003 (planned, "scheduled for Wednesday") and 004 (main, held)
  2023-06-25-cairo-el-sisi-modi   006 (planned, "on Sunday") and 007 (main, held)
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

# canonical names
MACRON, KABORE, KEITA, ISSOUFOU, DEBY, GHAZOUANI = (
    "Emmanuel Macron", "Roch Marc Christian Kabore", "Ibrahim Boubacar Keita", "Mahamadou Issoufou",
    "Idriss Deby", "Mohamed Ould Ghazouani")
GUTERRES, FAKI, MICHEL, BORRELL, OUATTARA = (
    "Antonio Guterres", "Moussa Faki Mahamat", "Charles Michel", "Josep Borrell", "Alassane Ouattara")
SAMIA, LISSU, SALL, KENYATTA = (
    "Samia Suluhu Hassan", "Tundu Lissu", "Macky Sall", "Uhuru Kenyatta")
BUHARI, TRUMP, ONYEAMA, TILLERSON, MAY, OBAMA = (
    "Muhammadu Buhari", "Donald Trump", "Geoffrey Onyeama", "Rex Tillerson", "Theresa May",
    "Barack Obama")
BIDEN, XI, ISHIBA, YOON, LULA, MILEI = (
    "Joe Biden", "Xi Jinping", "Shigeru Ishiba", "Yoon Suk Yeol", "Luiz Inacio Lula da Silva",
    "Javier Milei")
COSTA_RUI, PADILHA, LEWANDOWSKI = ("Rui Costa", "Alexandre Padilha", "Ricardo Lewandowski")
PETRO, URIBE, PRADA, MARTINEZ, RAMIREZ, HERNANDEZ, VARGAS_LLERAS, BLINKEN = (
    "Gustavo Petro", "Alvaro Uribe", "Alfonso Prada", "Nubia Stella Martinez", "Ciro Ramirez",
    "Rodolfo Hernandez", "German Vargas Lleras", "Antony Blinken")
MODI, JILL, SULLIVAN, DOVAL, AUSTIN, RAJNATH, HARRIS, SISI, MADBOULY, ALLAM = (
    "Narendra Modi", "Jill Biden", "Jake Sullivan", "Ajit Doval", "Lloyd Austin", "Rajnath Singh",
    "Kamala Harris", "Abdel Fattah el-Sisi", "Mostafa Madbouly", "Shawki Allam")
HUN_SEN, MAH, PRAK, WUNNA = (
    "Hun Sen", "Min Aung Hlaing", "Prak Sokhonn", "Wunna Maung Lwin")
ERDOGAN, HANIYEH, FIDAN, KALIN, AL_THANI, ABBAS, KURTULMUS = (
    "Recep Tayyip Erdogan", "Ismail Haniyeh", "Hakan Fidan", "Ibrahim Kalin",
    "Mohammed bin Abdulrahman Al Thani", "Mahmoud Abbas", "Numan Kurtulmus")
SCHOLZ, TUSK, ZELENSKYY, DUDA, SEJOURNE, BAERBOCK, SIKORSKI = (
    "Olaf Scholz", "Donald Tusk", "Volodymyr Zelenskyy", "Andrzej Duda", "Stephane Sejourne",
    "Annalena Baerbock", "Radoslaw Sikorski")
SANCHEZ, COSTA, VDL = ("Pedro Sanchez", "Antonio Costa", "Ursula von der Leyen")
HENRY, GOLDING, CHRISTIE, ANTHONY, ROWLEY = (
    "Ariel Henry", "Bruce Golding", "Perry Christie", "Kenny Anthony", "Keith Rowley")
MORRISON, SOGAVARE, MANELE, BAINIMARAMA, HOUENIPWELA = (
    "Scott Morrison", "Manasseh Sogavare", "Jeremiah Manele", "Frank Bainimarama", "Rick Houenipwela")
PASHINYAN, EKINCI, ALIYEV = ("Nikol Pashinyan", "Berris Ekinci", "Ilham Aliyev")

SAHEL5 = [KABORE, KEITA, ISSOUFOU, DEBY, GHAZOUANI]


def ev(key, kind, status, date, location, participants, groups, evidence, date_end=None):
    e = {"key": key, "kind": kind, "status": status, "date": date}
    if date_end:
        e["date_end"] = date_end
    e.update({"location": location, "participants": participants, "groups": groups,
              "evidence": evidence})
    return e


M, C, OCC, PLN = "meeting", "call", "occurred", "planned"

ARTICLES = [
    # 000. Wire copy, "JANUARY 13, 2020 / 9:47 PM", dateline "PAU, France, Jan 13 (ANA)" (manifest
    # 2020-01-13, a Monday). "on Monday" -> 13 Jan; "in mid-December" -> 2019-12; "visited Niamey on
    # Dec. 22, where he held talks" -> 2019-12-22; "from Abidjan ... the day before" -> 2019-12-21; "next month" (future) -> 2020-02.
    # The Pau summit: Macron "hosted" the five Sahel presidents; Guterres, Faki, Michel and Borrell
    # "also took part"; G5 Sahel is the body. The Niamey emergency summit: "The five Sahel leaders"
    # corefers to the five named presidents. Nouakchott: "The Sahel presidents are expected to meet
    # again next month" (the G5 summit of 25 February 2020; the page gives only the month).
    ("000", "2020-01-13", False, [
        ev("2020-01-13-pau-borrell-deby-faki-guterres-issoufou-kabore-keita-macron-michel-ould-ghazouani",
           M, OCC, "2020-01-13", "Pau",
           [MACRON] + SAHEL5 + [GUTERRES, FAKI, MICHEL, BORRELL], ["G5 Sahel"],
           "Macron hosted Burkina Faso's Roch Marc Christian Kabore, Mali's Ibrahim Boubacar Keita"),
        ev("2019-12-15-niamey-deby-issoufou-kabore-keita-ould-ghazouani", M, OCC, "2019-12", "Niamey",
           SAHEL5, ["G5 Sahel"],
           "The five Sahel leaders held an emergency summit of their own in Niamey"),
        ev("2019-12-22-niamey-issoufou-macron", M, OCC, "2019-12-22", "Niamey", [MACRON, ISSOUFOU], [],
           "Macron himself visited Niamey on Dec. 22, where he held talks with Issoufou"),
        ev("2019-12-21-abidjan-macron-ouattara", M, OCC, "2019-12-21", "Abidjan", [MACRON, OUATTARA], [],
           "where he held talks with Ivorian President Alassane Ouattara the day before"),
        ev("2020-02-25-nouakchott-deby-issoufou-kabore-keita-ould-ghazouani", M, PLN, "2020-02",
           "Nouakchott", SAHEL5, ["G5 Sahel"],
           "The Sahel presidents are expected to meet again next month in Nouakchott"),
    ], ["'Macron told a news conference that France would send another 220 soldiers' (press conference)",
        "'In a joint declaration the six presidents said' (statement)",
        "'The meeting was originally set for Dec. 16 but was put off' (postponed occasion, not a separate event)",
        "'Kabore ... had complained that Macron's invitation read like a summons' (statement)",
        "'Macron laid a wreath at the base of the 5th Combat Helicopter Regiment' (no encounter between parties)",
        "'Guterres, who flew in from Portugal, was due back in New York on Tuesday' (travel)",
        "RELATED COVERAGE: 'Erdogan and Putin open TurkStream...', 'Merkel meets Putin in Moscow...' (furniture)"]),

    # 001. Tanzanian daily's site, "Thursday, February 17, 2022 | 07:40 EAT" (manifest 2022-02-17).
    # "yesterday" -> 16 Feb (the caption says "on Wednesday"); "last Friday" -> 11 Feb (Friday of
    # the previous week); "opens in Brussels today and ends tomorrow" -> planned 17-18 Feb (it has
    # not opened at 07:40); "last May" -> 2021-05. The One Ocean Summit in Brest is a gathering the
    # page reports Samia joining, hosted by Macron. The EU-AU summit is co-chaired by Michel and Sall.
    ("001", "2022-02-17", False, [
        ev("2022-02-16-brussels-lissu-samia", M, OCC, "2022-02-16", "Brussels", [SAMIA, LISSU], [],
           "Tundu Lissu held face-to-face talks in Brussels yesterday"),
        ev("2022-02-11-brest-macron-samia", M, OCC, "2022-02-11", "Brest", [SAMIA, MACRON], [],
           "the One Ocean Summit hosted by President Emmanuel Macron in Brest last Friday"),
        ev("2022-02-17-brussels-michel-sall-samia", M, PLN, "2022-02-17", "Brussels",
           [SAMIA, MICHEL, SALL], ["European Union", "African Union"],
           "She is due to attend the sixth European Union-African Union summit",
           date_end="2022-02-18"),
        ev("2021-05-04-nairobi-kenyatta-samia", M, OCC, "2021-05", "Nairobi", [SAMIA, KENYATTA], [],
           "she held talks with President Uhuru Kenyatta"),
    ], ["'He said he had tried to reach her by telephone last year without success' (failed call, negation)",
        "'wrote on Twitter afterwards' (social media)",
        "'The High Court is due to rule on Friday' (court hearing, not a meeting)",
        "'Chadema's secretary general said' (statement)",
        "'Mr Lissu has said he will return home once his safety is guaranteed' (hypothetical travel)",
        "'arrived in Brussels on Tuesday from France' (travel)",
        "RELATED: 'Ruto meets Raila allies in Mombasa', 'Museveni hosts Tshisekedi aides in Entebbe' (furniture)"]),

    # 002. Nigerian daily's site, masthead "Tuesday, May 1, 2018" (manifest null). "yesterday" and
    # the caption's "on Monday" -> 30 Apr; "in September" -> 2017-09 (most recent past September);
    # "in February last year" -> 2017-02 (Trump "telephoned"); "on March 12" -> 2018-03-12;
    # "on April 16" -> 2018-04-16; "in July 2015" -> 2015-07. Onyeama "accompanied" Buhari ->
    # participant. The Oval Office -> Washington; Downing Street -> London; Obama's talks at the
    # White House -> Washington ("White House visit").
    ("002", "2018-05-01", True, [
        ev("2018-04-30-washington-buhari-onyeama-trump", M, OCC, "2018-04-30", "Washington",
           [BUHARI, TRUMP, ONYEAMA], [],
           "the two men holding talks in the Oval Office before a working lunch"),
        ev("2017-09-20-new-york-buhari-trump", M, OCC, "2017-09", "New York", [BUHARI, TRUMP], [],
           "The two leaders first met in September, when Trump hosted a lunch"),
        ev("2017-02-13-buhari-trump-call", C, OCC, "2017-02", None, [BUHARI, TRUMP], [],
           "Their first contact came in February last year, when Trump telephoned Buhari"),
        ev("2018-03-12-abuja-buhari-tillerson", M, OCC, "2018-03-12", "Abuja", [BUHARI, TILLERSON], [],
           "Rex Tillerson met the President at the Presidential Villa in Abuja on March 12"),
        ev("2018-04-16-london-buhari-may", M, OCC, "2018-04-16", "London", [BUHARI, MAY], [],
           "he met Prime Minister Theresa May at Downing Street on April 16"),
        ev("2015-07-20-washington-buhari-obama", M, OCC, "2015-07", "Washington", [BUHARI, OBAMA], [],
           "in July 2015, when he held talks with Barack Obama weeks after his inauguration"),
    ], ["'At a joint news conference in the Rose Garden' (press conference)",
        "'Asked whether he would visit Nigeria, the US president did not give an answer' (no plan)",
        "'Buhari travelled to Washington from Abuja' and 'expected back in Abuja on Thursday' (travel)",
        "'spent more than a week in the United Kingdom' (travel; the May meeting is the event)",
        "'Garba Shehu, said the visit had met its goals' (statement)",
        "MOST READ / RELATED: 'Buhari hosts Liberia's Weah at Aso Villa', 'Osinbajo receives US congressional delegation' (furniture)"]),

    # 003. US broadcaster's site, "Updated 9:05 PM EST, Sat November 16, 2024", dateline LIMA
    # (manifest 2024-11-16). "on Saturday" -> 16 Nov; "in April" (past) -> 2024-04 (the call of
    # 2 April 2024); "On Friday" -> 15 Nov; "on Monday and Tuesday" (future) -> 18-19 Nov;
    # "scheduled for Wednesday" -> 20 Nov. The G20 mention names Biden and Xi as attending
    # (planned gathering, body G20). Brasilia is a planned event shared with 004.
    ("003", "2024-11-16", False, [
        ev("2024-11-16-lima-biden-xi", M, OCC, "2024-11-16", "Lima", [BIDEN, XI], [],
           "President Joe Biden and Chinese President Xi Jinping sat down on Saturday"),
        ev("2024-04-02-biden-xi-call", C, OCC, "2024-04", None, [BIDEN, XI], [],
           "They last spoke by phone in April"),
        ev("2024-11-15-lima-biden-ishiba-yoon", M, OCC, "2024-11-15", "Lima", [BIDEN, ISHIBA, YOON], [],
           "On Friday he discussed the same issue in Lima with Japanese Prime Minister Shigeru Ishiba"),
        ev("2024-11-18-rio-de-janeiro-biden-xi", M, PLN, "2024-11-18", "Rio de Janeiro", [BIDEN, XI],
           ["G20"], "He and Xi will both attend the Group of 20 summit in Rio de Janeiro",
           date_end="2024-11-19"),
        ev("2024-11-20-brasilia-lula-xi", M, PLN, "2024-11-20", "Brasilia", [XI, LULA], [],
           "talks with President Luiz Inacio Lula da Silva scheduled for Wednesday"),
    ], ["'It was the third in-person meeting between the two men since Biden took office' (counted)",
        "'Xi said China was ready to work with the incoming administration' (statement)",
        "'has not said whether he plans to meet Xi' (no plan)",
        "'Xi sent Trump a congratulatory message' (message, not a call)",
        "'Biden flies on Sunday to Manaus' (travel)",
        "Related stories: 'Xi opens ... megaport at Chancay with Peru's Boluarte', 'Ishiba and Xi hold first summit' (furniture)"]),

    # 004. Brazilian English-language site, "Wednesday, November 20, 2024 | Updated 21:10 BRT"
    # (manifest 2024-11-20). "on Wednesday morning" -> 20 Nov; "on Tuesday afternoon" -> 19 Nov;
    # "Earlier that day" -> 19 Nov; "on Saturday" -> 16 Nov (shared with 003); "in April last
    # year" -> 2023-04. The Alvorada Palace -> Brasilia; "an expanded meeting of their ministers"
    # -> groups Brazil, China. The lunch and the Itamaraty dinner belong to the same state visit.
    ("004", "2024-11-20", False, [
        ev("2024-11-20-brasilia-lula-xi", M, OCC, "2024-11-20", "Brasilia", [LULA, XI], ["Brazil", "China"],
           "President Luiz Inacio Lula da Silva received Chinese President Xi Jinping at the Alvorada Palace"),
        ev("2024-11-19-brasilia-costa-lewandowski-padilha-xi", M, OCC, "2024-11-19", "Brasilia",
           [XI, COSTA_RUI, PADILHA, LEWANDOWSKI], [],
           "was greeted at the air base by Chief of Staff Rui Costa"),
        ev("2024-11-19-rio-de-janeiro-milei-xi", M, OCC, "2024-11-19", "Rio de Janeiro", [XI, MILEI], [],
           "Xi held his first meeting with Argentina's President Javier Milei"),
        ev("2024-11-16-lima-biden-xi", M, OCC, "2024-11-16", "Lima", [XI, BIDEN], [],
           "Xi met U.S. President Joe Biden in Lima on Saturday"),
        ev("2023-04-14-beijing-lula-xi", M, OCC, "2023-04", "Beijing", [LULA, XI], [],
           "when he held talks with Xi at the Great Hall of the People"),
    ], ["'Lula hosted his guest for lunch' and 'A dinner in Xi's honour was due to be held at the Itamaraty' (same state visit, not separate events)",
        "'After a joint statement to the press' (statement)",
        "'Brazil did not sign up to China's Belt and Road Initiative' (no meeting)",
        "'on the last day of the G20 summit in Rio' (backdrop for the Milei meeting)",
        "'Biden stopped in Manaus on Sunday ... but did not meet Lula there' (negation)",
        "'Lula had accepted an invitation to visit China again, without giving a date' (no concrete occasion)",
        "'Xi leaves Brasilia on Thursday morning' (travel)",
        "Read more: 'Macron dines with Milei in Buenos Aires', 'Meloni lands in Buenos Aires for talks' (furniture)"]),

    # 005. Colombian English-language site, "Wednesday, June 29, 2022 · 21:15 COT" (manifest
    # 2022-06-29). "on Wednesday" -> 29 Jun; "On Tuesday" -> 28 Jun; "On June 21" -> call;
    # "a day after" -> 20 Jun. Prada, Martinez and Ramirez joined the talks -> participants.
    # Hernandez and Vargas Lleras were met "separately": two events. The page names the place only
    # for Hernandez ("in the north of the capital"), so the Vargas Lleras mention has location null.
    ("005", "2022-06-29", False, [
        ev("2022-06-29-bogota-martinez-petro-prada-ramirez-uribe", M, OCC, "2022-06-29", "Bogota",
           [PETRO, URIBE, PRADA, MARTINEZ, RAMIREZ], [],
           "Gustavo Petro and former president Alvaro Uribe, bitter rivals for two decades, met in Bogota"),
        ev("2022-06-28-bogota-hernandez-petro", M, OCC, "2022-06-28", "Bogota", [PETRO, HERNANDEZ], [],
           "he met, separately, his runoff rival Rodolfo Hernandez at an apartment hotel"),
        ev("2022-06-28-bogota-petro-vargas-lleras", M, OCC, "2022-06-28", None, [PETRO, VARGAS_LLERAS], [],
           "and former vice-president German Vargas Lleras, the leader of Radical Change"),
        ev("2022-06-21-biden-petro-call", C, OCC, "2022-06-21", None, [PETRO, BIDEN], [],
           "phone call with U.S. President Joe Biden"),
        ev("2022-06-20-blinken-petro-call", C, OCC, "2022-06-20", None, [PETRO, BLINKEN], [],
           "a day after he spoke for 20 minutes with Secretary of State Antony Blinken"),
    ], ["'Petro wrote on Twitter afterwards' (social media)",
        "'Uribe told reporters' (press remarks)",
        "'If he stays away, he said, he will telephone the new president' (hypothetical call)",
        "'Uribe did not say whether he would attend the inauguration' (no plan)",
        "'a round of meetings Petro has held' (counted)",
        "'Petro's transition team has been meeting ministers ... for more than a week' (habitual)",
        "'due to leave on Thursday for a holiday in Europe' (travel)",
        "Related: 'Maduro and Petro aides meet on reopening the border' (furniture)"]),

    # 006. Indian daily's site, "Updated: June 23, 2023, 07:45 IST", byline Washington (manifest
    # 2023-06-23, a Friday). "on Thursday" -> 22 Jun; "on Wednesday" -> 21 Jun (a separate
    # evening, with Jill Biden, Sullivan and Doval); "last week" -> 2023-06; "On June 5";
    # "in May" -> 2023-05; "later on Friday" -> 23 Jun (planned); "On Saturday he flies to Cairo ...
    # talks ... on Sunday" -> 25 Jun (planned, shared with 007). "delegation-level talks" -> groups.
    # The state dinner on Thursday night is part of the main occasion.
    ("006", "2023-06-23", False, [
        ev("2023-06-22-washington-biden-modi", M, OCC, "2023-06-22", "Washington", [BIDEN, MODI],
           ["India", "United States"], "the two leaders then held talks in the Oval Office"),
        ev("2023-06-21-washington-biden-doval-modi-sullivan", M, OCC, "2023-06-21", "Washington",
           [BIDEN, JILL, MODI, SULLIVAN, DOVAL], [],
           "Biden and his wife, Jill, hosted Modi at the White House"),
        ev("2023-06-13-new-delhi-doval-sullivan", M, OCC, "2023-06", "New Delhi", [SULLIVAN, DOVAL], [],
           "Sullivan had been in New Delhi last week for talks with Doval"),
        ev("2023-06-05-new-delhi-austin-singh", M, OCC, "2023-06-05", "New Delhi", [AUSTIN, RAJNATH], [],
           "On June 5, US Defence Secretary Lloyd Austin held talks in New Delhi"),
        ev("2023-05-20-hiroshima-biden-modi", M, OCC, "2023-05", "Hiroshima", [BIDEN, MODI], [],
           "Biden and Modi last met in Hiroshima in May"),
        ev("2023-06-23-washington-blinken-harris-modi", M, PLN, "2023-06-23", "Washington",
           [MODI, HARRIS, BLINKEN], [],
           "Modi is due to attend a luncheon hosted by Vice-President Kamala Harris"),
        ev("2023-06-25-cairo-el-sisi-modi", M, PLN, "2023-06-25", "Cairo", [MODI, SISI], [],
           "he is due to hold talks with President Abdel Fattah el-Sisi on Sunday"),
    ], ["'At a joint news conference, Modi took two questions' (press conference)",
        "'Modi later addressed a joint meeting of Congress' (speech)",
        "'the Bidens hosted a state dinner' (same day as the talks, folded into the main occasion)",
        "'He will also address the Indian community' (speech)",
        "'On Saturday he flies to Cairo' (travel; the Sunday talks are the event)",
        "'Barack Obama said in a television interview' (interview)",
        "ALSO READ: 'Jaishankar meets Wong in Singapore', 'Rajnath, Austin review defence roadmap' (furniture)"]),

    # 007. Egyptian daily's site, "Sunday, 25 June 2023 - 21:30", dateline CAIRO (manifest
    # 2023-06-25). "on Sunday" -> 25 Jun; "on Saturday" / "That afternoon" / "Later on Saturday"
    # -> 24 Jun; "in January" -> 2023-01 (Republic Day talks of 25 January). The presidential
    # palace in Heliopolis -> Cairo. "called on" = meeting (the Grand Mufti).
    ("007", "2023-06-25", False, [
        ev("2023-06-25-cairo-el-sisi-modi", M, OCC, "2023-06-25", "Cairo", [SISI, MODI], [],
           "President Abdel Fattah El-Sisi received Indian Prime Minister Narendra Modi at the presidential palace"),
        ev("2023-06-24-cairo-madbouly-modi", M, OCC, "2023-06-24", "Cairo", [MADBOULY, MODI], [],
           "Prime Minister Mostafa Madbouly chaired a round-table with the Indian leader"),
        ev("2023-06-24-cairo-allam-modi", M, OCC, "2023-06-24", "Cairo", [ALLAM, MODI], [],
           "the Grand Mufti of Egypt, Shawki Allam, called on Modi at his hotel"),
        ev("2023-01-25-new-delhi-el-sisi-modi", M, OCC, "2023-01", "New Delhi", [SISI, MODI], [],
           "when he also held talks with Modi in New Delhi"),
    ], ["'Modi had invited El-Sisi to the G20 summit ... Cairo has not yet said' (unconfirmed invitation)",
        "'Vinay Kwatra told reporters' (briefing)",
        "'Modi arrived on Saturday from Washington, where he had been on a state visit' (visit without a stated encounter)",
        "'toured the 11th-century Al-Hakim Mosque ... laid a wreath' (no encounter)",
        "'the first bilateral visit ... since 1997' (no encounter)",
        "'He had earlier paid a state visit to India in September 2016' (visit without a stated encounter)",
        "'the two leaders have met several times and speak regularly' (counted, habitual)",
        "'Modi left for New Delhi on Sunday evening' (travel)",
        "Read also: 'Shoukry receives Sudanese envoy on Jeddah talks' (furniture)"]),

    # 008. Wire copy, dateline "NAYPYITAW, Jan 7, 2022 (SEAW)" (manifest null; the dateline gives
    # the year). "on Friday" -> 7 Jan; "on Dec. 7" -> 2021-12-07; "that day" -> same; "in October"
    # (past) -> 2021-10, a summit "held by video link" -> call, body ASEAN; "in April 2021" ->
    # 2021-04 (the Jakarta leaders' meeting of 24 April 2021, Min Aung Hlaing named).
    # Prak Sokhonn "accompanied" Hun Sen -> participant.
    ("008", "2022-01-07", True, [
        ev("2022-01-07-naypyitaw-hun-min-aung-hlaing-prak-sokhonn", M, OCC, "2022-01-07", "Naypyitaw",
           [HUN_SEN, MAH, PRAK], [],
           "Hun Sen held talks with Myanmar's military ruler Min Aung Hlaing in Naypyitaw on Friday"),
        ev("2021-12-07-phnom-penh-hun-wunna-maung-lwin", M, OCC, "2021-12-07", "Phnom Penh",
           [WUNNA, HUN_SEN], [], "Wunna Maung Lwin, called on Hun Sen in Phnom Penh on Dec. 7"),
        ev("2021-12-07-phnom-penh-prak-sokhonn-wunna-maung-lwin", M, OCC, "2021-12-07", "Phnom Penh",
           [WUNNA, PRAK], [], "Wunna Maung Lwin held separate talks that day with Prak Sokhonn"),
        ev("2021-10-26-asean-call", C, OCC, "2021-10", None, [], ["ASEAN"],
           "the bloc's summit in October, which was held by video link"),
        ev("2021-04-24-jakarta-min-aung-hlaing", M, OCC, "2021-04", "Jakarta", [MAH], ["ASEAN"],
           "last met his ASEAN counterparts in person at an emergency meeting in Jakarta"),
    ], ["'whom Hun Sen said before the trip he had not asked to see' (negation: no Suu Kyi meeting)",
        "'Hun Sen presided over the handover of medical equipment' (no encounter)",
        "'He is due to fly home on Saturday' (travel)",
        "'ASEAN leaders excluded Min Aung Hlaing' (exclusion; the video summit itself is the event)",
        "'Erywan Yusof, called off a planned trip to Myanmar' (cancelled)",
        "'Protesters burned pictures of Hun Sen' (no meeting)",
        "'Prak Sokhonn is expected to return to Myanmar ... no date has been set' (no concrete occasion)",
        "RELATED: 'Retno Marsudi meets Prak Sokhonn in Jakarta', 'Thai PM Prayut hosts Hun Sen' (furniture)"]),

    # 009. Turkish English-language daily, "20.04.2024 - 21:10" (manifest 2024-04-20, a Saturday).
    # "on Saturday" -> 20 Apr; "on Wednesday" (Fidan in Doha) -> 17 Apr; "in July 2023" -> 2023-07;
    # "On April 10" (two calls: Erdogan "telephoned", Kurtulmus "called ... the same day").
    # Fidan and Kalin "attended"; Haniyeh's "Hamas delegation" -> group. The Dolmabahce Office ->
    # Istanbul. Fidan's talks with Haniyeh and with the Qatari PM are separate encounters.
    ("009", "2024-04-20", False, [
        ev("2024-04-20-istanbul-erdogan-fidan-haniyeh-kalin", M, OCC, "2024-04-20", "Istanbul",
           [ERDOGAN, HANIYEH, FIDAN, KALIN], ["Hamas"],
           "received Hamas political bureau chief Ismail Haniyeh at the Dolmabahce Office in Istanbul on Saturday"),
        ev("2024-04-17-doha-fidan-haniyeh", M, OCC, "2024-04-17", "Doha", [FIDAN, HANIYEH], ["Hamas"],
           "he spent about three hours with Haniyeh and his aides in Doha"),
        ev("2024-04-17-doha-al-thani-fidan", M, OCC, "2024-04-17", "Doha", [FIDAN, AL_THANI], [],
           "In Doha Fidan also held talks with Qatari Prime Minister and Foreign Minister"),
        ev("2023-07-26-ankara-abbas-erdogan-haniyeh", M, OCC, "2023-07", "Ankara",
           [ERDOGAN, HANIYEH, ABBAS], [],
           "Erdogan last hosted Haniyeh in July 2023 in Ankara, together with Palestinian President Mahmoud Abbas"),
        ev("2024-04-10-erdogan-haniyeh-call", C, OCC, "2024-04-10", None, [ERDOGAN, HANIYEH], [],
           "Erdogan telephoned him to offer his condolences"),
        ev("2024-04-10-haniyeh-kurtulmus-call", C, OCC, "2024-04-10", None, [KURTULMUS, HANIYEH], [],
           "Parliament Speaker Numan Kurtulmus called the Hamas leader the same day"),
    ], ["'Erdogan had announced the visit to lawmakers of his party on Wednesday' (statement)",
        "'On Friday he declined to give reporters details' (press remarks)",
        "'Israel's foreign minister criticised the meeting in a post on X' (social media)",
        "'A visit by Erdogan to the White House ... for May 9 has been postponed ... no new date' (postponed, not planned)",
        "Related stories: 'Fidan meets Blinken in Washington...', 'Erdogan, Mitsotakis to meet in Ankara next month' (furniture)"]),

    # 010. Live blog, "Friday 15 March 2024 · Last updated 19:50 CET" (manifest 2024-03-15).
    # Entries are newest first. "today"/the 16:40 entry -> 15 Mar (trilateral); the 15:20 entry
    # -> a separate Macron-Scholz bilateral before Tusk joined; "on Thursday" -> 14 Mar (call);
    # "on Tuesday" -> 12 Mar (Tusk and Duda with Biden at the White House); "On February 12" ->
    # three encounters that day (Tusk-Macron at the Elysee, Tusk-Scholz in Berlin, the three
    # foreign ministers at La Celle-Saint-Cloud); "on March 21-22" -> planned EU summit.
    ("010", "2024-03-15", False, [
        ev("2024-03-15-berlin-macron-scholz-tusk", M, OCC, "2024-03-15", "Berlin", [SCHOLZ, MACRON, TUSK], [],
           "Olaf Scholz, Emmanuel Macron and Donald Tusk met at the Chancellery"),
        ev("2024-03-15-berlin-macron-scholz", M, OCC, "2024-03-15", "Berlin", [MACRON, SCHOLZ], [],
           "Macron and Scholz are holding a bilateral meeting at the Chancellery before Tusk joins them"),
        ev("2024-03-14-scholz-zelenskyy-call", C, OCC, "2024-03-14", None, [SCHOLZ, ZELENSKYY], [],
           "Scholz spoke by phone with Volodymyr Zelenskyy on Thursday"),
        ev("2024-03-12-washington-biden-duda-tusk", M, OCC, "2024-03-12", "Washington", [TUSK, DUDA, BIDEN], [],
           "he and President Andrzej Duda met Joe Biden at the White House on Tuesday"),
        ev("2024-02-12-paris-macron-tusk", M, OCC, "2024-02-12", "Paris", [TUSK, MACRON], [],
           "On February 12 Tusk held talks with Macron at the Elysee in the morning"),
        ev("2024-02-12-berlin-scholz-tusk", M, OCC, "2024-02-12", "Berlin", [TUSK, SCHOLZ], [],
           "and with Scholz in Berlin in the afternoon"),
        ev("2024-02-12-la-celle-saint-cloud-baerbock-sejourne-sikorski", M, OCC, "2024-02-12",
           "La Celle-Saint-Cloud", [SEJOURNE, BAERBOCK, SIKORSKI], [],
           "met at La Celle-Saint-Cloud outside Paris to revive the Weimar format"),
        ev("2024-03-21-brussels-macron-scholz-tusk", M, PLN, "2024-03-21", "Brussels",
           [SCHOLZ, MACRON, TUSK], ["European Union"],
           "All three leaders will meet again at the EU summit in Brussels on March 21-22",
           date_end="2024-03-22"),
    ], ["'They took no questions' / 'have finished their short press statements' (press statements)",
        "'Tusk, who called for \"less words, more ammunition\"' (statement)",
        "'since Macron said last month that sending Western troops ... could not be ruled out' (statement, hypothetical)",
        "'Scholz has also refused to send Taurus' (no meeting)",
        "'Macron has landed in Berlin' (travel; the meetings are the events)",
        "'In a TV interview on Thursday night' (interview)",
        "'the first of the format since Tusk returned' (no earlier occasion stated)",
        "Related: 'Kallas and Sikorski meet in Warsaw on ammunition' (furniture)"]),

    # 011. Spanish English-language site, "19/01/2023 · 20:05 CET" (manifest 2023-01-19).
    # "on Thursday" -> 19 Jan; "in March 2021" -> 2021-03 (Montauban, "Macron hosted Sanchez");
    # "In October" -> 2022-10 (Brussels, with Costa); "in December" -> 2022-12 (Alicante, with von
    # der Leyen); "on February 9 and 10" (future) -> planned special European Council. The National
    # Art Museum of Catalonia -> Barcelona; "about a dozen ministers from each government" ->
    # groups Spain, France. The Picasso Museum walk is part of the same summit day.
    ("011", "2023-01-19", False, [
        ev("2023-01-19-barcelona-macron-sanchez", M, OCC, "2023-01-19", "Barcelona", [SANCHEZ, MACRON],
           ["Spain", "France"], "signed a treaty of friendship and cooperation in Barcelona on Thursday"),
        ev("2021-03-15-montauban-macron-sanchez", M, OCC, "2021-03", "Montauban", [MACRON, SANCHEZ], [],
           "The previous Spanish-French summit was held in Montauban, in south-western France, in March 2021"),
        ev("2022-10-20-brussels-costa-macron-sanchez", M, OCC, "2022-10", "Brussels", [MACRON, SANCHEZ, COSTA], [],
           "Portugal's Prime Minister António Costa agreed in Brussels to replace the MidCat gas project"),
        ev("2022-12-09-alicante-costa-macron-sanchez-von-der-leyen", M, OCC, "2022-12", "Alicante",
           [MACRON, SANCHEZ, COSTA, VDL], [],
           "The three leaders presented the pipeline, now called H2Med, in Alicante in December"),
        ev("2023-02-09-brussels-macron-sanchez", M, PLN, "2023-02-09", "Brussels", [SANCHEZ, MACRON],
           ["European Union"],
           "Sánchez and Macron will meet again at the special European Council in Brussels",
           date_end="2023-02-10"),
    ], ["'At a joint news conference Macron called the treaty...' (press conference)",
        "'Afterwards the two men walked through an exhibition at the Picasso Museum' (same summit day, folded)",
        "'Several thousand supporters of Catalan independence protested' / 'more than a million people marched' (no meeting)",
        "'allows a French minister to attend a Spanish cabinet meeting once a quarter' (treaty clause, hypothetical)",
        "'Spain takes over the rotating presidency of the EU Council on July 1' (no meeting)",
        "'where Ukrainian President Volodymyr Zelensky may be invited' (hypothetical participant)",
        "Read more: 'Albares and Colonna meet in Paris ahead of summit' (furniture)"]),

    # 012. E-mail newsletter, "Date: Sun, 2 Jul 2023 08:30:00 -0400" / "Sunday 2 July 2023"
    # (manifest 2023-07-02). "Saturday" -> 1 Jul; three encounters that day: Henry at his
    # residence, the High Transitional Council and, "separately", party leaders (group-only sides,
    # keys extended with the group so they stay distinct); "Last month ... for three days ...
    # ended on June 13" -> 11-13 Jun in Kingston (EPG members and Henry named; Haitian figures as a
    # group); "from Monday to Wednesday" -> planned CARICOM meeting 3-5 Jul (Guterres due to address
    # it, Henry expected); "the same day" -> planned Guterres-Rowley talks on 3 Jul.
    ("012", "2023-07-02", False, [
        ev("2023-07-01-port-au-prince-guterres-henry", M, OCC, "2023-07-01", "Port-au-Prince",
           [GUTERRES, HENRY], [], "he went to the residence of Prime Minister Ariel Henry for talks"),
        ev("2023-07-01-port-au-prince-guterres-high-transitional-council", M, OCC, "2023-07-01",
           "Port-au-Prince", [GUTERRES], ["High Transitional Council"],
           "he then met members of the High Transitional Council"),
        ev("2023-07-01-port-au-prince-guterres-political-parties", M, OCC, "2023-07-01", "Port-au-Prince",
           [GUTERRES], ["Haitian political parties"], "separately, leaders of several political parties"),
        ev("2023-06-11-kingston-anthony-christie-golding-henry", M, OCC, "2023-06-11", "Kingston",
           [GOLDING, CHRISTIE, ANTHONY, HENRY], ["CARICOM", "Haitian stakeholders"],
           "Henry took part in the Kingston talks, which ended on June 13", date_end="2023-06-13"),
        ev("2023-07-03-port-of-spain-guterres-henry", M, PLN, "2023-07-03", "Port of Spain",
           [GUTERRES, HENRY], ["CARICOM"],
           "Regional leaders gather in Port of Spain from Monday to Wednesday", date_end="2023-07-05"),
        ev("2023-07-03-port-of-spain-guterres-rowley", M, PLN, "2023-07-03", "Port of Spain",
           [GUTERRES, ROWLEY], [],
           "to hold talks with Trinidad and Tobago's Prime Minister Keith Rowley the same day"),
    ], ["'He also spoke to UN staff' (internal to the UN)",
        "'At the airport Guterres told reporters that Haitians were caught in a vicious circle' (press remarks)",
        "'repeated his call for a robust international force' (statement)",
        "'The Security Council has yet to authorise one' (no meeting)",
        "'Guterres, who flew to Miami overnight' (travel)",
        "'Forecasters are tracking a tropical wave' (no meeting)",
        "Read more: 'Holness meets Haitian opposition leaders in Kingston', 'Blinken to travel to Trinidad' (furniture)"]),

    # 013. Pacific broadcaster's site, "Posted 3 Jun 2019, 6:40pm" (manifest null). "today" ->
    # 3 Jun; "on Sunday afternoon" -> 2 Jun (airport welcome by Sogavare and Manele, a separate
    # day); "in January" -> 2019-01 (Suva); Houenipwela "was the first foreign leader he received
    # in Canberra after taking office last August" -> date null (the page does not date the
    # reception; keyed 2018-09); "in Tuvalu in August" -> planned 2019-08, location Tuvalu
    # (country only; the forum met in Funafuti), body Pacific Islands Forum.
    ("013", "2019-06-03", True, [
        ev("2019-06-03-honiara-morrison-sogavare", M, OCC, "2019-06-03", "Honiara", [MORRISON, SOGAVARE], [],
           "after talks with his counterpart Manasseh Sogavare in Honiara today"),
        ev("2019-06-02-honiara-manele-morrison-sogavare", M, OCC, "2019-06-02", "Honiara",
           [MORRISON, SOGAVARE, MANELE], [],
           "He was welcomed at Honiara International Airport on Sunday afternoon by Mr Sogavare"),
        ev("2019-01-17-suva-bainimarama-morrison", M, OCC, "2019-01", "Suva", [MORRISON, BAINIMARAMA], [],
           "Mr Morrison held talks with Fiji's Frank Bainimarama in Suva in January"),
        ev("2018-09-canberra-houenipwela-morrison", M, OCC, None, "Canberra", [HOUENIPWELA, MORRISON], [],
           "was the first foreign leader he received in Canberra after taking office last August"),
        ev("2019-08-13-funafuti-morrison-sogavare", M, PLN, "2019-08", "Tuvalu", [MORRISON, SOGAVARE],
           ["Pacific Islands Forum"],
           "are expected to meet again at the Pacific Islands Forum leaders' meeting in Tuvalu"),
    ], ["'He is the first Australian prime minister to visit since Kevin Rudd in 2008' (visit, no encounter)",
        "'In a joint statement after the talks' (statement)",
        "'has set up a task force to review the country's diplomatic ties with Taiwan' (no meeting)",
        "'Asked about China, Mr Morrison told reporters' (press remarks)",
        "'visited a school and the headquarters of the national football federation' (no encounter)",
        "'Listen: Pacific Mornings, interview with...' (interview)",
        "Latest news: 'Marape sworn in as PNG's eighth prime minister' (furniture)"]),

    # 014. Armenian English-language site, "20.06.2025 | 23:15" (manifest 2025-06-20, a Friday).
    # "on Friday evening" -> 20 Jun; "in the morning" -> 20 Jun, a separate encounter at the
    # airport (Ekinci); "a day after" / "On Thursday" -> 19 Jun (Erdogan-Aliyev, Kahramanmaras);
    # "on May 16 in Tirana ... a brief conversation on the sidelines" -> in-person meeting (not a
    # call: "last met ... a brief conversation"); "also sat down with Aliyev over coffee" -> separate meeting.
    ("014", "2025-06-20", False, [
        ev("2025-06-20-istanbul-erdogan-pashinyan", M, OCC, "2025-06-20", "Istanbul", [PASHINYAN, ERDOGAN], [],
           "Nikol Pashinyan was received by Turkish President Recep Tayyip Erdogan at the Dolmabahce Palace"),
        ev("2025-06-20-istanbul-ekinci-pashinyan", M, OCC, "2025-06-20", "Istanbul", [PASHINYAN, EKINCI], [],
           "was met there by Deputy Foreign Minister Berris Ekinci"),
        ev("2025-06-19-kahramanmaras-aliyev-erdogan", M, OCC, "2025-06-19", "Kahramanmaras", [ERDOGAN, ALIYEV], [],
           "a day after Erdogan hosted Azerbaijani President Ilham Aliyev"),
        ev("2025-05-16-tirana-erdogan-pashinyan", M, OCC, "2025-05-16", "Tirana", [PASHINYAN, ERDOGAN], [],
           "they had a brief conversation on the sidelines of the European Political Community summit"),
        ev("2025-05-16-tirana-aliyev-pashinyan", M, OCC, "2025-05-16", "Tirana", [PASHINYAN, ALIYEV], [],
           "In Tirana Pashinyan also sat down with Aliyev over coffee"),
    ], ["'Pashinyan wrote on X' (social media)",
        "'addressed members of the Armenian community of Istanbul' (speech)",
        "'visited the Armenian Patriarchal Church ... and the Blue Mosque' (no encounter)",
        "'Foreign Minister Ararat Mirzoyan was among the dozen officials who travelled with him' (not placed at the talks)",
        "'last travelled to Turkey for Erdogan's inauguration ceremony in June 2023' (trip, no stated encounter)",
        "'he intended to invite Erdogan to the European Political Community summit ... next spring' (invitation, not accepted)",
        "'police detained dozens of opposition supporters' (no meeting)",
        "Related: 'Aliyev receives EU envoy Klaar in Baku' (furniture)"]),
]


def main():
    with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as g, \
            open(os.path.join(HERE, "manifest.jsonl"), "w", encoding="utf-8") as m:
        for aid, pub, hidden, events, _traps in ARTICLES:
            g.write(json.dumps({"id": aid, "published": pub, "events": events}, ensure_ascii=False) + "\n")
            m.write(json.dumps({"id": aid, "published": None if hidden else pub}) + "\n")
    print(f"wrote {len(ARTICLES)} articles, {sum(len(a[3]) for a in ARTICLES)} event mentions")


if __name__ == "__main__":
    main()
