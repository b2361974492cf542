#!/usr/bin/env python3
"""Generate gold.jsonl and manifest.jsonl for the dev36 development corpus.

Run:  python3 data/dev36/build_gold.py   then   python3 data/eval/validate.py data/dev36
Each article lists its true publication date, whether the manifest hides it, its gold
events, and (for documentation only) the traps it contains that must NOT be extracted.
dev36 is a READABLE development set: unlike the holdout sets, it may be read while developing.

It covers 15 real occasions, all from 2016-2025: Tillerson at the African Union in Addis Ababa
(2018), the Kenyatta-Odinga "handshake" in Nairobi (2018), Chung Eui-yong and Suh Hoon at the
White House (2018), Kim Jong Un's first visit to Beijing (2018), Ardern's one-day visit to
Beijing (2019), the Riyadh Agreement on southern Yemen (2019), the Volker-Surkov round in Dubai
(2018), Bolsonaro's dinner with Trump at Mar-a-Lago (2020), the Santos-Uribe meeting after the
Colombian plebiscite (2016), Bachelet's video call with Xi during her China visit (2022), the
Hegseth-Dong Jun meeting in Kuala Lumpur (2025), Assad's visit to the UAE (2022), Abiy Ahmed's
first visit to Cairo (2018), Zelenskyy in Rome and at the Vatican (2023) and Alberto Fernandez's
talks with Putin in Moscow (2022).

Thirteen pages are ordinary modern online news (wire copy, national newspapers' and
broadcasters' sites, an agency item); two are unusual layouts (an e-mail newsletter, 009, and a
live blog, 013).

Three pages have no date in the manifest, and each prints one: 003 ("Posted : 2018-03-28
20:55"), 005 (header "Tuesday, 5 November 2019 | 21:52 GST") and 010 (header "Friday, 31 Oct
2025 | 9:46 PM MYT").

Three real events are reported by two pages under the same key:
  2018-03-09-nairobi-kenyatta-tillerson   000 (planned) and 001 (occurred)
  2018-03-05-pyongyang-chung-kim-suh      002 and 003 (background, both occurred)
  2018-04-27-panmunjom-kim-moon           002 and 003 (both planned, month only)

Keys: date-location-sorted surnames of the named participants. For the two dinners and
meetings with long guest lists (007 Mar-a-Lago, 008 Casa de Narino) the key carries only the
two principals; keys are identifiers and are never parsed. Calls and planned events whose venue
is unknown have no location in the key. Keys use the real date where the author knows it, and
only the month where it does not (2018-03-kenyatta-odinga, 2019-12-bolsonaro-trump-call, ...).
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

# canonical names
TILLERSON, FAKI, WORKNEH, HAILEMARIAM, LAVROV, KENYATTA, DEBY, BUHARI = (
    "Rex Tillerson", "Moussa Faki Mahamat", "Workneh Gebeyehu", "Hailemariam Desalegn",
    "Sergey Lavrov", "Uhuru Kenyatta", "Idriss Deby", "Muhammadu Buhari")
ODINGA, GUELLEH, JUMA = "Raila Odinga", "Ismail Omar Guelleh", "Monica Juma"
CHUNG, SUH, TRUMP, KIM, MOON, MCMASTER, MATTIS, COATS, ABE, XI, KIM_YO_JONG = (
    "Chung Eui-yong", "Suh Hoon", "Donald Trump", "Kim Jong Un", "Moon Jae-in", "H.R. McMaster",
    "Jim Mattis", "Dan Coats", "Shinzo Abe", "Xi Jinping", "Kim Yo Jong")
CHO, RI_SON_GWON, YANG, KIM_JONG_IL, HU = (
    "Cho Myoung-gyon", "Ri Son Gwon", "Yang Jiechi", "Kim Jong Il", "Hu Jintao")
ARDERN, LI_KEQIANG, PARKER, PETERS, WANG_YI, ENGLISH = (
    "Jacinda Ardern", "Li Keqiang", "David Parker", "Winston Peters", "Wang Yi", "Bill English")
MBS, MBZ, HADI, ZUBAIDI, KHANBASHI, KHUBAJI, AHMAR, SALMAN = (
    "Mohammed bin Salman", "Mohamed bin Zayed Al Nahyan", "Abdrabbuh Mansur Hadi",
    "Aidarous al-Zubaidi", "Salem al-Khanbashi", "Nasser al-Khubaji", "Ali Mohsen al-Ahmar",
    "Salman bin Abdulaziz")
VOLKER, SURKOV, POROSHENKO = "Kurt Volker", "Vladislav Surkov", "Petro Poroshenko"
BOLSONARO, EDUARDO, ARAUJO, AZEVEDO, HELENO, OBRIEN, KUSHNER, FALLER = (
    "Jair Bolsonaro", "Eduardo Bolsonaro", "Ernesto Araujo", "Fernando Azevedo e Silva",
    "Augusto Heleno", "Robert O'Brien", "Jared Kushner", "Craig Faller")
SANTOS, URIBE, DUQUE, ZULUAGA, ORDONEZ, PASTRANA, F_SANTOS, DE_LA_CALLE, LONDONO = (
    "Juan Manuel Santos", "Alvaro Uribe", "Ivan Duque", "Oscar Ivan Zuluaga", "Alejandro Ordonez",
    "Andres Pastrana", "Francisco Santos", "Humberto de la Calle", "Rodrigo Londono")
BACHELET, GUTERRES, BIDEN, KISHIDA, MODI, ALBANESE = (
    "Michelle Bachelet", "Antonio Guterres", "Joe Biden", "Fumio Kishida", "Narendra Modi",
    "Anthony Albanese")
HEGSETH, DONG, TEODORO, SINGH, KHALED, PHAN, AHN = (
    "Pete Hegseth", "Dong Jun", "Gilberto Teodoro", "Rajnath Singh", "Mohamed Khaled Nordin",
    "Phan Van Giang", "Ahn Gyu-back")
ASSAD, MBR, MANSOUR, ABZ, PUTIN = (
    "Bashar al-Assad", "Mohammed bin Rashid Al Maktoum", "Mansour bin Zayed Al Nahyan",
    "Abdullah bin Zayed Al Nahyan", "Vladimir Putin")
ABIY, SISI, BASHIR, FARMAJO = (
    "Abiy Ahmed", "Abdel Fattah el-Sisi", "Omar al-Bashir", "Mohamed Abdullahi Mohamed")
ZELENSKYY, FRANCIS, MELONI, MATTARELLA, TAJANI, SCHOLZ = (
    "Volodymyr Zelenskyy", "Pope Francis", "Giorgia Meloni", "Sergio Mattarella", "Antonio Tajani",
    "Olaf Scholz")
FERNANDEZ, MACRI, MOTTLEY = "Alberto Fernandez", "Mauricio Macri", "Mia Mottley"


def ev(key, kind, status, date, location, participants, groups, evidence, date_end=None):
    e = {"key": key, "kind": kind, "status": status, "date": date}
    if date_end:
        e["date_end"] = date_end
    e.update({"location": location, "participants": participants, "groups": groups,
              "evidence": evidence})
    return e


M, C, OCC, PLN = "meeting", "call", "occurred", "planned"

ARTICLES = [
    # 000. Wire copy, "March 8, 2018 / 6:42 PM", dateline "ADDIS ABABA, March 8 (AWN)" (manifest
    # 2018-03-08, a Thursday). "on Thursday" -> 8 Mar; "on Wednesday evening" -> 7 Mar; "on
    # Friday" -> 9 Mar; "the same evening" (of Friday) -> 9 Mar; "On Monday" -> 12 Mar; "the same
    # day" -> 12 Mar. The airport greeting by Workneh (Wednesday) and the talks with him
    # (Thursday) are two encounters on different days. Lavrov-Workneh is placed in Addis Ababa by
    # the preceding sentence ("arrived in the Ethiopian capital"). Djibouti is travel only here
    # (the meeting with Guelleh is reported only in 001).
    ("000", "2018-03-08", False, [
        ev("2018-03-08-addis-ababa-faki-tillerson", M, OCC, "2018-03-08", "Addis Ababa",
           [TILLERSON, FAKI], [],
           "Rex Tillerson held talks with African Union Commission chairman Moussa Faki Mahamat"),
        ev("2018-03-08-addis-ababa-tillerson-workneh", M, OCC, "2018-03-08", "Addis Ababa",
           [TILLERSON, WORKNEH], [],
           "Earlier on Thursday Tillerson sat down with Foreign Minister Workneh Gebeyehu"),
        ev("2018-03-07-addis-ababa-tillerson-workneh", M, OCC, "2018-03-07", "Addis Ababa",
           [TILLERSON, WORKNEH], [],
           "who had greeted him at Bole International Airport on Wednesday evening"),
        ev("2018-03-08-addis-ababa-hailemariam-tillerson", M, OCC, "2018-03-08", "Addis Ababa",
           [TILLERSON, HAILEMARIAM], [],
           "He then called on Prime Minister Hailemariam Desalegn at his office"),
        ev("2018-03-09-addis-ababa-lavrov-workneh", M, PLN, "2018-03-09", "Addis Ababa",
           [LAVROV, WORKNEH], [], "Lavrov is due to hold talks with Workneh on Friday"),
        ev("2018-03-09-nairobi-kenyatta-tillerson", M, PLN, "2018-03-09", "Nairobi",
           [TILLERSON, KENYATTA], [],
           "Nairobi, where he is scheduled to meet President Uhuru Kenyatta the same evening"),
        ev("2018-03-12-ndjamena-deby-tillerson", M, PLN, "2018-03-12", "N'Djamena",
           [TILLERSON, DEBY], [],
           "On Monday he will hold talks with Chadian President Idriss Deby in N'Djamena"),
        ev("2018-03-12-abuja-buhari-tillerson", M, PLN, "2018-03-12", "Abuja",
           [TILLERSON, BUHARI], [],
           "fly the same day to Abuja, where he is expected to meet President Muhammadu Buhari"),
    ], ["'At a joint news conference afterwards, Faki said ...' (press conference)",
        "'remarks attributed to President Donald Trump in January' (statement)",
        "'Hailemariam announced his resignation last month' (statement)",
        "'Tillerson told reporters that more openness ... was the way' (press remarks)",
        "'Lavrov also arrived ... staying at the same hotel, but no meeting between the two has been arranged' (negation)",
        "'Moscow says it proposed talks; the State Department says it never received a formal request' (unconfirmed proposal)",
        "'Tillerson flies to Djibouti on Friday' (travel, no encounter stated on this page)",
        "'In a speech in Virginia on Tuesday' (speech)",
        "Related Coverage: 'Kenya opposition leader to meet Kenyatta? Aides deny report' (furniture)",
        "Most read: 'Nigeria's Buhari hosts Chad's Deby for Lake Chad security talks' (furniture)"]),

    # 001. Kenyan daily's site, "Saturday, March 10, 2018" (manifest 2018-03-10). "yesterday" ->
    # 9 Mar; "on Wednesday night" -> 7 Mar; "in the evening" and "Earlier in the day" hang on the
    # handshake day -> 9 Mar; "next week" -> 12-16 Mar -> 2018-03. Harambee House and State House
    # -> Nairobi. Tillerson-Kenyatta is the event that 000 reports as planned (same key). The
    # Tillerson-Juma talks are a separate encounter ("before going to State House"); the news
    # conference with Juma is not an event in itself.
    ("001", "2018-03-10", False, [
        ev("2018-03-09-nairobi-kenyatta-odinga", M, OCC, "2018-03-09", "Nairobi", [KENYATTA, ODINGA],
           [], "President Uhuru Kenyatta and opposition leader Raila Odinga yesterday met at Harambee House"),
        ev("2018-03-07-kenyatta-odinga-call", C, OCC, "2018-03-07", None, [KENYATTA, ODINGA], [],
           "the two first spoke by telephone on Wednesday night"),
        ev("2018-03-09-nairobi-kenyatta-tillerson", M, OCC, "2018-03-09", "Nairobi",
           [TILLERSON, KENYATTA], [], "was received by the President at State House in the evening"),
        ev("2018-03-09-djibouti-guelleh-tillerson", M, OCC, "2018-03-09", "Djibouti",
           [TILLERSON, GUELLEH], [],
           "Earlier in the day Mr Tillerson met President Ismail Omar Guelleh in Djibouti"),
        ev("2018-03-09-nairobi-juma-tillerson", M, OCC, "2018-03-09", "Nairobi", [TILLERSON, JUMA], [],
           "In Nairobi he held talks with Foreign Affairs Cabinet Secretary Monica Juma at her ministry"),
        ev("2018-03-kenyatta-odinga", M, PLN, "2018-03", None, [KENYATTA, ODINGA], [],
           "The two leaders will meet again next week to name advisers"),
    ], ["'In a joint statement they promised to \"build bridges\"' (statement)",
        "'Kalonzo Musyoka, Musalia Mudavadi and Moses Wetang'ula, were not told in advance' (internal, negation)",
        "'Mr Musyoka said in a statement' (statement)",
        "'Speaking at a news conference with Ms Juma' (press conference; the Juma talks are the event)",
        "'He has cancelled all his engagements for today' (cancelled)",
        "'took a mock oath as \"the people's president\" in January' (no encounter)",
        "'the first time the two had sat down together since before the August 8 vote' (vague earlier meetings)",
        "'An earlier attempt by church leaders to bring them to the same table in November collapsed' (failed meeting)",
        "Related stories: 'Magufuli hosts Museveni at Chato, discuss oil pipeline' (furniture)"]),

    # 002. Korean broadcaster's English site, "Write: 2018-03-09 10:12:05" (manifest 2018-03-09, a
    # Friday, KST). "on Thursday (local time)" -> 8 Mar in Washington; "Before seeing the
    # president" -> same day; "on Monday" -> 5 Mar; "in late April" -> 2018-04; "on Friday morning"
    # -> 9 Mar (the publication day); "next week" / "early next week" -> 12-16 Mar -> 2018-03;
    # "on Feb. 10" -> 2018-02-10. Oval Office, West Wing, White House -> Washington; Cheong Wa Dae
    # -> Seoul. The briefing of McMaster, Mattis and Coats is a separate encounter before the Oval
    # Office meeting. The Pyongyang dinner and the planned Panmunjom summit are shared with 003.
    ("002", "2018-03-09", False, [
        ev("2018-03-08-washington-chung-suh-trump", M, OCC, "2018-03-08", "Washington",
           [CHUNG, SUH, TRUMP], [],
           "Chung Eui-yong and National Intelligence Service director Suh Hoon met Trump in the Oval Office"),
        ev("2018-03-08-washington-chung-coats-mattis-mcmaster-suh", M, OCC, "2018-03-08", "Washington",
           [CHUNG, SUH, MCMASTER, MATTIS, COATS], [],
           "the two envoys briefed national security adviser H.R. McMaster, Defense Secretary Jim Mattis"),
        ev("2018-03-05-pyongyang-chung-kim-suh", M, OCC, "2018-03-05", "Pyongyang", [CHUNG, SUH, KIM], [],
           "they had a four-hour dinner with Kim on Monday"),
        ev("2018-04-27-panmunjom-kim-moon", M, PLN, "2018-04", "Panmunjom", [KIM, MOON], [],
           "bring Kim and President Moon Jae-in together at the truce village of Panmunjom"),
        ev("2018-03-09-abe-trump-call", C, OCC, "2018-03-09", None, [ABE, TRUMP], [],
           "he had spoken with Trump by phone on Friday morning"),
        ev("2018-03-12-beijing-chung-xi", M, PLN, "2018-03", "Beijing", [CHUNG, XI], [],
           "Chung will travel to Beijing next week to brief Chinese President Xi Jinping"),
        ev("2018-03-13-tokyo-abe-suh", M, PLN, "2018-03", "Tokyo", [SUH, ABE], [],
           "Suh will meet Abe in Tokyo early next week"),
        ev("2018-02-10-seoul-kim-moon", M, OCC, "2018-02-10", "Seoul", [KIM_YO_JONG, MOON], [],
           "Kim Yo-jong had lunch with Moon at Cheong Wa Dae on Feb. 10"),
    ], ["'Trump has agreed to meet North Korean leader Kim Jong-un' (no time or place: not a concrete occasion)",
        "'Chung told reporters outside the West Wing' (press remarks)",
        "'Trump would meet Kim at a place and time yet to be determined' (no concrete occasion)",
        "'Moon called the agreement a milestone' (statement)",
        "'and would visit the United States in April' (Abe: travel, no encounter stated)",
        "'and will also visit Moscow' (travel, no encounter stated)",
        "'Pence ... did not meet the North Koreans; a meeting planned for the same day was called off' (negation, cancelled)",
        "'No sitting U.S. president has ever met a North Korean leader' (negation)",
        "Photo caption: Chung speaks to reporters 'accompanied by Suh Hoon' (press appearance)",
        "Related News: 'Xi holds talks with Putin by phone, discusses peninsula' (furniture)"]),

    # 003. Seoul English-language daily, "Posted : 2018-03-28 20:55" (manifest null; true date
    # 2018-03-28, a Wednesday). "on Monday" -> 26 Mar; "Tuesday" -> 27 Mar; "on March 5" ->
    # 2018-03-05; "in late April" -> 2018-04; "on Thursday" -> 29 Mar; "in May 2011" -> 2011-05.
    # Great Hall of the People and Diaoyutai -> Beijing. The banquet after the talks is part of
    # the Monday occasion; the Tuesday luncheon is a separate encounter on another day. The
    # Panmunjom officials' meeting names both delegation heads and the two sides as groups.
    ("003", "2018-03-28", True, [
        ev("2018-03-26-beijing-kim-xi", M, OCC, "2018-03-26", "Beijing", [KIM, XI], [],
           "Kim Jong-un held talks with Chinese President Xi Jinping at the Great Hall"),
        ev("2018-03-27-beijing-kim-xi", M, OCC, "2018-03-27", "Beijing", [KIM, XI], [],
           "the two leaders met again Tuesday for a luncheon at the Diaoyutai State Guesthouse"),
        ev("2018-04-27-panmunjom-kim-moon", M, PLN, "2018-04", "Panmunjom", [KIM, MOON], [],
           "Kim agreed to meet President Moon Jae-in at Panmunjom in late April"),
        ev("2018-03-05-pyongyang-chung-kim-suh", M, OCC, "2018-03-05", "Pyongyang", [CHUNG, SUH, KIM], [],
           "Chung Eui-yong and spy chief Suh Hoon, dined with him in Pyongyang on March 5"),
        ev("2018-03-29-panmunjom-cho-ri", M, PLN, "2018-03-29", "Panmunjom", [CHO, RI_SON_GWON],
           ["North Korea", "South Korea"],
           "Officials of the two Koreas will meet at Panmunjom on Thursday"),
        ev("2018-03-29-seoul-chung-yang", M, PLN, "2018-03-29", "Seoul", [YANG, CHUNG], [],
           "Yang Jiechi will arrive in Seoul on Thursday for talks with Chung"),
        ev("2011-05-25-beijing-hu-kim", M, OCC, "2011-05", "Beijing", [KIM_JONG_IL, HU], [],
           "when he met then President Hu Jintao"),
    ], ["'According to Xinhua, Kim told Xi ...' (statement)",
        "'spokesman Lu Kang said Beijing had informed the United States' (statement)",
        "'A separate summit with ... Trump is in the works, although no date or venue has been set' (no concrete occasion)",
        "'Cheong Wa Dae said Beijing had briefed it' (unspecified contact)",
        "'Trump wrote on Twitter' (social media)",
        "'the younger Kim had never met a foreign head of state' (negation)",
        "Related Articles: 'Seoul, Pyongyang to hold high-level talks at truce village' (furniture; the body sentence is the event)"]),

    # 004. New Zealand broadcaster's site, "Posted 1 April 2019, 11:38pm" (NZDT; manifest
    # 2019-04-01, a Monday). "late this afternoon, Beijing time" -> 1 Apr; "later this month" ->
    # 2019-04; "last May" -> 2018-05; "in March 2017" -> 2017-03. Great Hall of the People ->
    # Beijing. Parker's attendance at the Belt and Road Forum is a planned gathering with a named
    # participant (the forum opened on 25 April 2019). The Peters-Wang talks are keyed by month.
    ("004", "2019-04-01", False, [
        ev("2019-04-01-beijing-ardern-xi", M, OCC, "2019-04-01", "Beijing", [ARDERN, XI], [],
           "Prime Minister Jacinda Ardern has met Chinese President Xi Jinping"),
        ev("2019-04-01-beijing-ardern-li", M, OCC, "2019-04-01", "Beijing", [ARDERN, LI_KEQIANG], [],
           "shortly after Ms Ardern's meeting there with Premier Li Keqiang"),
        ev("2019-04-25-beijing-parker", M, PLN, "2019-04", "Beijing", [PARKER], ["Belt and Road Forum"],
           "will return to Beijing later this month to attend the second Belt and Road Forum"),
        ev("2018-05-beijing-peters-wang", M, OCC, "2018-05", "Beijing", [PETERS, WANG_YI], [],
           "who held talks with his counterpart Wang Yi in Beijing last May"),
        ev("2017-03-27-wellington-english-li", M, OCC, "2017-03", "Wellington", [LI_KEQIANG, ENGLISH], [],
           "when he held talks with then Prime Minister Bill English in Wellington"),
    ], ["'according to Chinese state media' (statement)",
        "'Ms Ardern told reporters afterwards' (press remarks)",
        "'planned as a week-long tour of three Chinese cities ... cut back' (cancelled programme)",
        "'Ms Ardern opened New Zealand's new embassy' (no encounter)",
        "'an earlier postponement of the visit' (postponed)",
        "'Ms Ardern flies back to Auckland overnight' (travel)",
        "Related: 'Peters to host Australian counterpart in Queenstown' (furniture)"]),

    # 005. Gulf news site, header "Tuesday, 5 November 2019 | 21:52 GST" (manifest null; true
    # date 2019-11-05, a Tuesday). "on Tuesday" -> 5 Nov; "After the signing" -> 5 Nov; "On
    # August 12" -> 2019-08-12; "next week" -> 11-15 Nov -> 2019-11. The signing ceremony names
    # the presiding crown prince, the guests and the two signatories; the two sides are groups.
    # The side meetings (crown princes with Hadi and al-Ahmar; Mohamed bin Zayed with the STC
    # delegation) are separate encounters. "the Saudi capital", Al Yamamah Palace -> Riyadh.
    ("005", "2019-11-05", True, [
        ev("2019-11-05-riyadh-al-khanbashi-al-khubaji-al-zubaidi-bin-salman-bin-zayed-hadi", M, OCC,
           "2019-11-05", "Riyadh", [MBS, HADI, ZUBAIDI, MBZ, KHANBASHI, KHUBAJI],
           ["Yemen", "Southern Transitional Council"],
           "signed a power-sharing agreement in the Saudi capital on Tuesday"),
        ev("2019-11-05-riyadh-al-ahmar-bin-salman-bin-zayed-hadi", M, OCC, "2019-11-05", "Riyadh",
           [MBS, MBZ, HADI, AHMAR], [],
           "the two crown princes held a separate meeting with Hadi and Vice President"),
        ev("2019-11-05-riyadh-bin-zayed-southern-transitional-council", M, OCC, "2019-11-05", "Riyadh",
           [MBZ], ["Southern Transitional Council"],
           "while Sheikh Mohamed also received the STC delegation"),
        ev("2019-08-12-mecca-bin-salman-bin-zayed-salman", M, OCC, "2019-08-12", "Mecca",
           [SALMAN, MBZ, MBS], [],
           "King Salman received Sheikh Mohamed in Mecca, in the presence of Prince Mohammed"),
        ev("2019-11-aden-saudi-led-coalition-southern-transitional-council-yemen", M, PLN, "2019-11",
           "Aden", [], ["Saudi-led coalition", "Yemen", "Southern Transitional Council"],
           "A joint committee of the coalition, the government and the STC will meet in Aden"),
    ], ["'Prime Minister Maeen Abdulmalik is to return to Aden within seven days' (travel)",
        "'Hadi ... held no talks of his own with al-Zubaidi' (negation)",
        "'worked out in weeks of indirect talks in Jeddah ... from early September' (no single occasion)",
        "'STC forces seized Aden' (no encounter)",
        "'the Saudi foreign ministry said in a statement' (statement)",
        "'Martin Griffiths welcomed the agreement' (statement)",
        "'dismissed it on Twitter' (social media)",
        "'Saudi officials have also held back-channel contacts with the Houthis in recent weeks' (vague)",
        "Photo caption: the signing itself (same event as the body)",
        "Related: 'Griffiths holds talks with Houthi leaders in Sanaa' (furniture)"]),

    # 006. Ukrainian English-language site, "27 January 2018, 13:05" (manifest 2018-01-27, a
    # Saturday). "on Friday" -> 26 Jan; "in August" -> 2017-08; "on Oct. 7 and Nov. 13" ->
    # 2017-10-07, 2017-11-13 (one sentence, two events, shared evidence); "on Tuesday evening" ->
    # 23 Jan; "on Wednesday" (future) -> 31 Jan. The contact group is a standing body (group).
    ("006", "2018-01-27", False, [
        ev("2018-01-26-dubai-surkov-volker", M, OCC, "2018-01-26", "Dubai", [VOLKER, SURKOV], [],
           "Kurt Volker and Kremlin aide Vladislav Surkov met in Dubai on Friday"),
        ev("2017-08-21-minsk-surkov-volker", M, OCC, "2017-08", "Minsk", [VOLKER, SURKOV], [],
           "The two envoys first met in Minsk in August"),
        ev("2017-10-07-belgrade-surkov-volker", M, OCC, "2017-10-07", "Belgrade", [VOLKER, SURKOV], [],
           "have since held two rounds in Belgrade, on Oct. 7 and Nov. 13"),
        ev("2017-11-13-belgrade-surkov-volker", M, OCC, "2017-11-13", "Belgrade", [VOLKER, SURKOV], [],
           "have since held two rounds in Belgrade, on Oct. 7 and Nov. 13"),
        ev("2018-01-23-kyiv-poroshenko-volker", M, OCC, "2018-01-23", "Kyiv", [VOLKER, POROSHENKO], [],
           "He held talks with President Petro Poroshenko in Kyiv on Tuesday evening"),
        ev("2018-01-31-minsk-trilateral-contact-group", M, PLN, "2018-01-31", "Minsk", [],
           ["Trilateral Contact Group"], "is due to meet again in Minsk on Wednesday"),
    ], ["'Surkov told Russian agencies afterwards' (statement)",
        "'Volker has argued that any mission must ...' (statement)",
        "'Volker said this month that the November round had been a setback' (statement)",
        "'on Wednesday visited front-line towns in Donetsk region' (visit, no encounter)",
        "'Klimkin said on Monday' (statement)",
        "'Russia would invite Volker to another meeting ... No date has been set' (no concrete occasion)",
        "Read also: 'Poroshenko, Merkel discuss UN mission in phone call' (furniture)"]),

    # 007. Brazilian English-language site, "Published 08 Mar 2020, 10:24 BRT" (manifest
    # 2020-03-08, a Sunday). "on Saturday night" -> 7 Mar; "in December" -> 2019-12; "in March
    # last year" -> 2019-03; "in June" -> 2019-06 (last year's G20 in Osaka); "Later today" ->
    # 8 Mar. Mar-a-Lago -> Palm Beach (dateline). Everyone the text seats at the dinner is a
    # participant; the key names the two presidents only. The Doral signing is a planned
    # encounter between the two sides (Azevedo e Silva and Faller sign, Bolsonaro attends).
    ("007", "2020-03-08", False, [
        ev("2020-03-07-palm-beach-bolsonaro-trump", M, OCC, "2020-03-07", "Palm Beach",
           [TRUMP, BOLSONARO, EDUARDO, ARAUJO, AZEVEDO, HELENO, OBRIEN, KUSHNER], [],
           "Donald Trump hosted President Jair Bolsonaro for dinner at his Mar-a-Lago resort on Saturday night"),
        ev("2019-12-bolsonaro-trump-call", C, OCC, "2019-12", None, [BOLSONARO, TRUMP], [],
           "The two presidents spoke by phone in December after the tariff announcement"),
        ev("2019-03-19-washington-bolsonaro-trump", M, OCC, "2019-03", "Washington", [BOLSONARO, TRUMP], [],
           "They first met at the White House in March last year"),
        ev("2019-06-28-osaka-bolsonaro-trump", M, OCC, "2019-06", "Osaka", [BOLSONARO, TRUMP], [],
           "held a bilateral meeting at the G20 summit in Osaka in June"),
        ev("2020-03-08-doral-azevedo-e-silva-bolsonaro-faller", M, PLN, "2020-03-08", "Doral",
           [BOLSONARO, AZEVEDO, FALLER], [],
           "where Azevedo e Silva and Admiral Craig Faller will sign an agreement"),
    ], ["'Trump praised his Brazilian counterpart in brief remarks to reporters' (press remarks)",
        "'Bolsonaro ... stood by and did not comment' (no encounter)",
        "'On Monday the president will speak at a business seminar in Miami' (speech)",
        "'He has no plans to travel to Washington on this trip' (negation)",
        "'both countries recognise opposition leader Juan Guaido' (no encounter)",
        "Photo caption: the Mar-a-Lago greeting (same event as the body)",
        "Related: 'Fernandez and Lacalle Pou meet in Montevideo' (furniture)"]),

    # 008. Colombian English-language daily, "Thursday, October 6, 2016" (manifest 2016-10-06).
    # "on Wednesday" -> 5 Oct; "Earlier in the day" -> 5 Oct; "next week" -> 10-14 Oct -> 2016-10;
    # "on Tuesday" -> 4 Oct; "on Sept. 26" -> 2016-09-26. Casa de Narino, "the palace" -> Bogota.
    # Uribe's three companions are named and present; the key carries Santos and Uribe only.
    ("008", "2016-10-06", False, [
        ev("2016-10-05-bogota-santos-uribe", M, OCC, "2016-10-05", "Bogota",
           [SANTOS, URIBE, DUQUE, ZULUAGA, ORDONEZ], [],
           "Juan Manuel Santos sat down with his predecessor and fiercest critic, former president Álvaro Uribe"),
        ev("2016-10-05-bogota-pastrana-santos", M, OCC, "2016-10-05", "Bogota", [SANTOS, PASTRANA], [],
           "Earlier in the day Santos received former president Andrés Pastrana, another opponent of the accord"),
        ev("2016-10-santos-santos", M, PLN, "2016-10", None, [SANTOS, F_SANTOS], [],
           "he would meet his cousin Francisco Santos, a former vice president"),
        ev("2016-10-04-havana-de-la-calle", M, OCC, "2016-10-04", "Havana", [DE_LA_CALLE], ["FARC"],
           "flew back to Havana and met FARC negotiators there on Tuesday"),
        ev("2016-09-26-cartagena-londono-santos", M, OCC, "2016-09-26", "Cartagena", [SANTOS, LONDONO], [],
           "Santos and FARC leader Rodrigo Londoño, known as Timochenko, signed the original accord in Cartagena"),
    ], ["'the first between the two men since Uribe handed over power in 2010' (vague earlier encounter)",
        "'Uribe read a statement to reporters' (statement)",
        "'Uribe has said he will not sit down with the FARC himself' (negation)",
        "'In a televised address, Santos said' (address)",
        "'who had offered to resign after Sunday's vote' (statement)",
        "'Londono said on Twitter' (social media)",
        "Related coverage: 'FARC commanders meet in Havana to weigh next steps' (furniture, internal)"]),

    # 009. E-mail newsletter, "Date: Thu, 26 May 2022 06:30:00 +0200" (manifest 2022-05-26).
    # "on Wednesday" -> 25 May; "On Monday" -> 23 May; "during the Winter Olympics in February"
    # -> 2022-02; "on Tuesday" -> 24 May; "on Monday" -> 23 May. The video call is a call without
    # location. Akasaka Palace -> Tokyo. The Quad summit names the four leaders and the body.
    ("009", "2022-05-26", False, [
        ev("2022-05-25-bachelet-xi-call", C, OCC, "2022-05-25", None, [BACHELET, XI], [],
           "Michelle Bachelet held a video call with Chinese President Xi Jinping on Wednesday"),
        ev("2022-05-23-guangzhou-bachelet-wang", M, OCC, "2022-05-23", "Guangzhou", [BACHELET, WANG_YI], [],
           "On Monday Bachelet met Foreign Minister Wang Yi in Guangzhou"),
        ev("2022-02-05-beijing-guterres-xi", M, OCC, "2022-02", "Beijing", [GUTERRES, XI], [],
           "when he met Xi in Beijing during the Winter Olympics in February"),
        ev("2022-05-24-tokyo-albanese-biden-kishida-modi", M, OCC, "2022-05-24", "Tokyo",
           [BIDEN, KISHIDA, MODI, ALBANESE], ["Quad"], "held a Quad summit in Tokyo on Tuesday"),
        ev("2022-05-23-tokyo-biden-kishida", M, OCC, "2022-05-23", "Tokyo", [BIDEN, KISHIDA], [],
           "Biden and Kishida held bilateral talks at the Akasaka Palace on Monday"),
    ], ["'Chinese state media quoted Xi as saying' (statement)",
        "'Her office has not issued its own account' (no event)",
        "'She travelled on to Kashgar and Urumqi ...; the UN has not said whom she is seeing there' (travel, no encounter)",
        "'she will hold a press conference on Saturday' (press conference)",
        "'The trip was agreed after years of talks' (vague)",
        "'Antony Blinken gives a speech on China policy' (speech)",
        "Read more: 'Pacific islands wary of China security pitch as Wang Yi arrives in Honiara' (furniture)"]),

    # 010. Malaysian news site, header "Friday, 31 Oct 2025 | 9:46 PM MYT" (manifest null; true
    # date 2025-10-31). "today" -> 31 Oct; "a day after" -> 30 Oct; "on Sept 9" -> 2025-09-09;
    # "tomorrow" -> 1 Nov. "here" -> Kuala Lumpur (dateline). Hanoi and Seoul come "then", with no
    # day: planned, date null (real dates 2 and 4 November). Teodoro and Singh: "and, separately",
    # two events. The ADMM-Plus is a planned gathering; the host and the two ministers are named.
    ("010", "2025-10-31", True, [
        ev("2025-10-31-kuala-lumpur-dong-hegseth", M, OCC, "2025-10-31", "Kuala Lumpur", [HEGSETH, DONG], [],
           "Pete Hegseth and China's Defence Minister Admiral Dong Jun held talks"),
        ev("2025-10-30-busan-trump-xi", M, OCC, "2025-10-30", "Busan", [TRUMP, XI], [],
           "Donald Trump and Chinese President Xi Jinping met in Busan, South Korea"),
        ev("2025-09-09-dong-hegseth-call", C, OCC, "2025-09-09", None, [HEGSETH, DONG], [],
           "The two ministers had spoken by video link on Sept 9"),
        ev("2025-10-31-kuala-lumpur-hegseth-teodoro", M, OCC, "2025-10-31", "Kuala Lumpur",
           [HEGSETH, TEODORO], [],
           "Hegseth also held talks today with Philippine Defence Secretary Gilberto Teodoro"),
        ev("2025-10-31-kuala-lumpur-hegseth-singh", M, OCC, "2025-10-31", "Kuala Lumpur",
           [HEGSETH, SINGH], [], "separately, with India's Defence Minister Rajnath Singh"),
        ev("2025-11-01-kuala-lumpur-admm-plus", M, PLN, "2025-11-01", "Kuala Lumpur",
           [KHALED, HEGSETH, DONG], ["ADMM-Plus"],
           "will host ministers from the 11 ASEAN members and eight partner countries"),
        ev("2025-11-02-hanoi-hegseth-phan", M, PLN, None, "Hanoi", [HEGSETH, PHAN], [],
           "travel to Hanoi for talks with Vietnamese Defence Minister General Phan Van Giang"),
        ev("2025-11-04-seoul-ahn-hegseth", M, PLN, None, "Seoul", [HEGSETH, AHN], [],
           "Seoul for the annual Security Consultative Meeting with his South Korean counterpart Ahn Gyu-back"),
    ], ["'Hegseth said in a post on X' (social media)",
        "'China's defence ministry said' (statement)",
        "'There are no plans for Hegseth to meet Russia's delegation' (negation)",
        "'Analysts said the Hegseth-Dong meeting could lead to more regular military talks' (hypothetical)",
        "Photo caption: the handshake before the meeting (same event)",
        "Related stories: 'Marles, Koizumi hold talks on submarine cooperation' (furniture)"]),

    # 011. Wire copy, "March 18, 2022 / 9:31 PM GMT+4", dateline "DUBAI, March 18 (GWA)" (manifest
    # 2022-03-18, a Friday). "on Friday" -> 18 Mar; "in November" -> 2021-11; "in October" ->
    # 2021-10; "On Thursday" -> 17 Mar; "in September" -> 2021-09. Qasr Al Shati palace -> Abu
    # Dhabi; "the Syrian capital" -> Damascus. Three encounters on the visit day: the airport
    # reception by Mansour bin Zayed, the talks with Mohamed bin Zayed, the talks in Dubai.
    ("011", "2022-03-18", False, [
        ev("2022-03-18-abu-dhabi-al-assad-bin-zayed", M, OCC, "2022-03-18", "Abu Dhabi", [ASSAD, MBZ], [],
           "Bashar al-Assad met Abu Dhabi Crown Prince Sheikh Mohammed bin Zayed Al Nahyan on Friday"),
        ev("2022-03-18-abu-dhabi-al-assad-mansour-bin-zayed", M, OCC, "2022-03-18", "Abu Dhabi",
           [ASSAD, MANSOUR], [], "Assad was received on arrival in Abu Dhabi by Sheikh Mansour bin Zayed"),
        ev("2022-03-18-dubai-al-assad-bin-rashid", M, OCC, "2022-03-18", "Dubai", [ASSAD, MBR], [],
           "he also held talks with the emirate's ruler, Sheikh Mohammed bin Rashid Al Maktoum"),
        ev("2021-11-09-damascus-abdullah-bin-zayed-al-assad", M, OCC, "2021-11", "Damascus", [ABZ, ASSAD], [],
           "Sheikh Abdullah bin Zayed, held talks with Assad in the Syrian capital in November"),
        ev("2021-10-20-al-assad-bin-zayed-call", C, OCC, "2021-10", None, [MBZ, ASSAD], [],
           "Sheikh Mohammed and Assad had also spoken by phone in October"),
        ev("2022-03-17-moscow-abdullah-bin-zayed-lavrov", M, OCC, "2022-03-17", "Moscow", [ABZ, LAVROV], [],
           "Sheikh Abdullah was in Moscow, where he met Russian Foreign Minister Sergei Lavrov"),
        ev("2021-09-13-moscow-al-assad-putin", M, OCC, "2021-09", "Moscow", [ASSAD, PUTIN], [],
           "He last held talks with President Vladimir Putin in Moscow in September"),
    ], ["'the WAM news agency reported. Sheikh Mohammed said he hoped ...' (statement)",
        "'Assad flew back to Damascus the same evening' (travel)",
        "'The United States said it was deeply disappointed' (statement)",
        "'The UAE reopened its embassy in Damascus in 2018' (no encounter)",
        "'Since 2011 Assad has travelled abroad only to Russia and Iran' (vague)",
        "'No meetings with other Gulf leaders were planned' (negation)",
        "Related Coverage: 'Jordan's king, Syrian president speak by phone' and 'Russia's Lavrov hosts Emirati counterpart' (furniture)"]),

    # 012. Egyptian English-language daily, "Sunday, 10 June 2018 - 22:15" (manifest 2018-06-10).
    # "on Sunday" -> 10 Jun; "In May" -> 2018-05; "in January" -> 2018-01; "in early May" ->
    # 2018-05; "in April" -> 2018-04; "next weekend" -> 16-17 Jun -> 2018-06. Al-Ittihadiya
    # Palace -> Cairo. The May meeting of three countries' ministers and intelligence chiefs names
    # nobody (groups only). The call "in April" is the event; the invitation it carried is not.
    ("012", "2018-06-10", False, [
        ev("2018-06-10-cairo-abiy-el-sisi", M, OCC, "2018-06-10", "Cairo", [SISI, ABIY], [],
           "Abdel Fattah al-Sisi and Ethiopian Prime Minister Abiy Ahmed held talks at Al-Ittihadiya Palace"),
        ev("2018-05-15-addis-ababa-egypt-ethiopia-sudan", M, OCC, "2018-05", "Addis Ababa", [],
           ["Egypt", "Ethiopia", "Sudan"],
           "ministers and intelligence chiefs of the three countries met in Addis Ababa"),
        ev("2018-01-29-addis-ababa-al-bashir-el-sisi-hailemariam", M, OCC, "2018-01", "Addis Ababa",
           [SISI, BASHIR, HAILEMARIAM], [],
           "held a tripartite meeting with Abiy's predecessor Hailemariam Desalegn"),
        ev("2018-05-02-khartoum-abiy-al-bashir", M, OCC, "2018-05", "Khartoum", [ABIY, BASHIR], [],
           "Abiy went to Khartoum in early May for talks with al-Bashir"),
        ev("2018-04-abiy-el-sisi-call", C, OCC, "2018-04", None, [SISI, ABIY], [],
           "Sisi had invited him to Cairo in a phone call in April"),
        ev("2018-06-16-mogadishu-abiy-farmajo", M, PLN, "2018-06", "Mogadishu", [ABIY, FARMAJO], [],
           "Abiy is expected in Mogadishu next weekend for talks with Somali President Mohamed Abdullahi Mohamed"),
    ], ["'At a joint press conference after the talks, Sisi asked his guest to swear' (press conference)",
        "'Abiy, who arrived in Cairo on Saturday evening' (travel, no encounter stated)",
        "'32 Ethiopian prisoners, who will fly home with him on Monday' (no encounter)",
        "'have held repeated rounds of talks ... over the past three years' (counted)",
        "'on the sidelines of the African Union summit' (backdrop; the tripartite meeting is the event)",
        "'one of his first trips abroad' (vague)",
        "Read more: 'Sisi receives Sudan's Bashir in Cairo for talks on water, trade' (furniture)"]),

    # 013. Live blog, "Saturday 13 May 2023 · Last updated 23:04 CEST" (manifest 2023-05-13).
    # Entries newest first. "on Sunday" -> 14 May; "since February 2020" -> 2020-02; "in
    # February" -> 2023-02; "this evening", the 11:02-19:42 entries -> 13 May; "three-day meeting
    # ... on Saturday" -> 11-13 May. The Vatican -> Vatican City; Palazzo Chigi, Quirinale Palace,
    # Ciampino -> Rome. The Mattarella evidence is the sentence about their talks.
    ("013", "2023-05-13", False, [
        ev("2023-05-13-vatican-city-francis-zelenskyy", M, OCC, "2023-05-13", "Vatican City",
           [FRANCIS, ZELENSKYY], [],
           "Pope Francis received Zelensky in a study next to the Paul VI Audience Hall"),
        ev("2023-05-14-berlin-scholz-zelenskyy", M, PLN, "2023-05-14", "Berlin", [SCHOLZ, ZELENSKYY], [],
           "Chancellor Olaf Scholz will receive him with military honours in Berlin on Sunday"),
        ev("2020-02-08-vatican-city-francis-zelenskyy", M, OCC, "2020-02", "Vatican City",
           [FRANCIS, ZELENSKYY], [],
           "It was their first meeting since February 2020, when Zelensky was received at the Vatican"),
        ev("2023-05-13-rome-meloni-zelenskyy", M, OCC, "2023-05-13", "Rome", [MELONI, ZELENSKYY], [],
           "After more than an hour of talks with Zelensky at Palazzo Chigi"),
        ev("2023-02-21-kyiv-meloni-zelenskyy", M, OCC, "2023-02", "Kyiv", [MELONI, ZELENSKYY], [],
           "Meloni visited Kyiv in February, when she also met Zelensky"),
        ev("2023-05-13-rome-mattarella-zelenskyy", M, OCC, "2023-05-13", "Rome", [MATTARELLA, ZELENSKYY],
           [], "The two reviewed a guard of honour in the rain before their talks"),
        ev("2023-05-13-rome-tajani-zelenskyy", M, OCC, "2023-05-13", "Rome", [TAJANI, ZELENSKYY], [],
           "where he was welcomed on the tarmac by Foreign Minister Antonio Tajani"),
        ev("2023-05-11-niigata-g7", M, OCC, "2023-05-11", "Niigata", [], ["G7"],
           "G7 finance ministers ended their three-day meeting in Niigata, Japan, on Saturday",
           date_end="2023-05-13"),
    ], ["'before he travels to Aachen for the Charlemagne Prize ceremony' (ceremony, no encounter stated)",
        "'In a television interview on Porta a Porta' (interview)",
        "'the peace effort Francis mentioned last month' (vague)",
        "'Meloni told reporters Italy would keep sending weapons' (press remarks)",
        "'Zelensky posts on Twitter' (social media)",
        "Read more: 'Scholz and Macron hold call on Ukraine aid' (furniture)"]),

    # 014. Argentine English-language site, "Thursday, February 3, 2022 | 19:48 ART" (manifest
    # 2022-02-03). "on Thursday" -> 3 Feb; "in November" -> 2021-11; "in January 2018" ->
    # 2018-01; "on Sunday" -> 6 Feb; "later this month" -> 2022-02. The Barbados stop has no date
    # ("On the way home"): planned, date null, location the country. The Kremlin -> Moscow.
    ("014", "2022-02-03", False, [
        ev("2022-02-03-moscow-fernandez-putin", M, OCC, "2022-02-03", "Moscow", [FERNANDEZ, PUTIN], [],
           "Alberto Fernández held talks with Vladimir Putin at the Kremlin on Thursday"),
        ev("2021-11-fernandez-putin-call", C, OCC, "2021-11", None, [FERNANDEZ, PUTIN], [],
           "The two presidents agreed to meet in person during a phone call in November"),
        ev("2018-01-23-moscow-macri-putin", M, OCC, "2018-01", "Moscow", [MACRI, PUTIN], [],
           "Mauricio Macri, held talks with Putin at the Kremlin in January 2018"),
        ev("2022-02-06-beijing-fernandez-xi", M, PLN, "2022-02-06", "Beijing", [FERNANDEZ, XI], [],
           "is due to meet Chinese President Xi Jinping on Sunday"),
        ev("2022-02-08-bridgetown-fernandez-mottley", M, PLN, None, "Barbados", [FERNANDEZ, MOTTLEY], [],
           "he will stop in Barbados for talks with Prime Minister Mia Mottley"),
        ev("2022-02-16-moscow-bolsonaro-putin", M, PLN, "2022-02", "Moscow", [BOLSONARO, PUTIN], [],
           "Jair Bolsonaro is also due in Moscow later this month for talks with Putin"),
    ], ["'In remarks to the press after the talks' (press remarks)",
        "'The comment drew swift criticism from opposition leaders' (statement)",
        "'They have spoken by video link several times since 2020' (counted)",
        "'Cafiero and spokeswoman Gabriela Cerruti are travelling with the president' (travel, no encounter stated)",
        "'Fernandez flies to Beijing on Friday for the opening of the Winter Olympics' (travel; the Sunday meeting is the event)",
        "'Guzman reached an understanding with IMF staff' (no single occasion)",
        "Related: 'Lula, Fernandez talk by phone about regional agenda' (furniture)"]),
]


def main():
    with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as g, \
         open(os.path.join(HERE, "manifest.jsonl"), "w", encoding="utf-8") as m:
        for aid, pub, hide, events, _traps in ARTICLES:
            g.write(json.dumps({"id": aid, "published": pub, "events": events}, ensure_ascii=False) + "\n")
            m.write(json.dumps({"id": aid, "published": None if hide else pub}) + "\n")
    evs = [e for a in ARTICLES for e in a[3]]
    n_calls = sum(1 for e in evs if e["kind"] == C)
    n_planned = sum(1 for e in evs if e["status"] == PLN)
    n_occ_meet = sum(1 for e in evs if e["kind"] == M and e["status"] == OCC)
    n_groups = sum(1 for e in evs if e["groups"])
    print(f"events: {len(evs)}; occurred meetings: {n_occ_meet}; calls: {n_calls}; planned: {n_planned}; "
          f"with groups: {n_groups}")
    print(f"traps (documented, not in gold): {sum(len(a[4]) for a in ARTICLES)}")
    for aid, _pub, _hide, events, _traps in ARTICLES:
        print(f"  {aid}: {len(events)} events")


if __name__ == "__main__":
    main()
