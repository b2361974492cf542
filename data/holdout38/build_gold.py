#!/usr/bin/env python3
"""Generate gold.jsonl and manifest.jsonl for the holdout38 corpus (BLIND held-out set).

Run:  python3 data/holdout38/build_gold.py   then   python3 data/eval/validate.py data/holdout38

The developers of dossier must not read this file, the pages or the gold: holdout38 is scored
only in aggregate, to measure how the extractor generalises.

Each entry below gives a page's true publication date, whether the manifest hides it, its gold
events, and (for documentation only) the traps it contains that must NOT be extracted.

Fifteen pages, each built around a real diplomatic occasion of 2010-2025 with real named
participants: Rwanda-France (Kigali 2021), Libya (La Celle-Saint-Cloud 2017), Mexico-US
(Washington 2022), Argentina-US (Buenos Aires 2016), India-US (New Delhi 2020), the two Koreas
(Panmunjom 2018), the Philippine government and the NDFP (Oslo 2016), the Gaza war (Amman 2023),
China-Gulf (Riyadh 2022), Ukraine-US (Washington 2022), Poland-US (Warsaw 2023), Australia-Japan
(Perth 2022), the EU and Egypt (Cairo 2013), China-Tanzania (Dar es Salaam 2013) and
Turkey-Russia (Sochi 2018).

Fourteen pages are ordinary modern online news (wire copy, newspaper sites, broadcasters' sites,
an agency item, a government press release); one is a live blog (005).

Three pages have no date in the manifest, and each prints one: 006 (press release "Oslo, Norway,
26 August 2016"), 008 (agency source line "2022-12-09 22:47:31") and 012 (dateline
"CAIRO, July 30, 2013").

Three real events are reported by two pages under the same key:
  2022-07-15-jeddah-biden-bin-salman         002 (planned) and 008 (occurred, month only)
  2022-12-21-washington-biden-zelenskyy      009 (main occasion) and 010 (background, month only)
  2021-09-01-washington-biden-zelenskyy      009 and 010 (background, month only in both)
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

# canonical names
MACRON, KAGAME, BIRUTA, SARKOZY, RAMAPHOSA = (
    "Emmanuel Macron", "Paul Kagame", "Vincent Biruta", "Nicolas Sarkozy", "Cyril Ramaphosa")
SARRAJ, HAFTAR, LE_DRIAN, SALAME, SHOIGU, GENTILONI = (
    "Fayez al-Sarraj", "Khalifa Haftar", "Jean-Yves Le Drian", "Ghassan Salame", "Sergei Shoigu",
    "Paolo Gentiloni")
AMLO, BIDEN, HARRIS, MBS = (
    "Andres Manuel Lopez Obrador", "Joe Biden", "Kamala Harris", "Mohammed bin Salman")
OBAMA, MACRI, MALCORRA, RAUL_CASTRO, MASSA = (
    "Barack Obama", "Mauricio Macri", "Susana Malcorra", "Raul Castro", "Sergio Massa")
MODI, TRUMP, KOVIND, MELANIA = (
    "Narendra Modi", "Donald Trump", "Ram Nath Kovind", "Melania Trump")
MOON, KIM, IM, SUH, KIM_YO_JONG, KIM_YONG_CHOL, RI_SOL_JU, KIM_JUNG_SOOK = (
    "Moon Jae-in", "Kim Jong Un", "Im Jong-seok", "Suh Hoon", "Kim Yo Jong", "Kim Yong Chol",
    "Ri Sol Ju", "Kim Jung-sook")
CHO, RI_SON_GWON, CHUNG, XI, POMPEO = (
    "Cho Myoung-gyon", "Ri Son Gwon", "Chung Eui-yong", "Xi Jinping", "Mike Pompeo")
BELLO, DUREZA, JALANDONI, SISON, SLATTUM, BRENDE, PADILLA = (
    "Silvestre Bello III", "Jesus Dureza", "Luis Jalandoni", "Jose Maria Sison",
    "Elisabeth Slattum", "Borge Brende", "Alexander Padilla")
BLINKEN, SAFADI, SHOUKRY, FAISAL, ABZ, MBA_THANI, AL_SHEIKH, ABDULLAH_II, MIKATI = (
    "Antony Blinken", "Ayman Safadi", "Sameh Shoukry", "Faisal bin Farhan",
    "Abdullah bin Zayed Al Nahyan", "Mohammed bin Abdulrahman Al Thani", "Hussein al-Sheikh",
    "Abdullah II", "Najib Mikati")
NETANYAHU, FIDAN = ("Benjamin Netanyahu", "Hakan Fidan")
SALMAN, TAMIM, SISI, ABOUL_GHEIT = (
    "Salman bin Abdulaziz", "Tamim bin Hamad Al Thani", "Abdel Fattah el-Sisi", "Ahmed Aboul Gheit")
ZELENSKYY, JILL_BIDEN, PELOSI, PUTIN, LUKASHENKO = (
    "Volodymyr Zelenskyy", "Jill Biden", "Nancy Pelosi", "Vladimir Putin", "Alexander Lukashenko")
DUDA, MELONI, IOHANNIS, STOLTENBERG, KULEBA, REZNIKOV, AUSTIN = (
    "Andrzej Duda", "Giorgia Meloni", "Klaus Iohannis", "Jens Stoltenberg", "Dmytro Kuleba",
    "Oleksii Reznikov", "Lloyd Austin")
ALBANESE, KISHIDA, HOWARD, ABE, ABBOTT, TURNBULL = (
    "Anthony Albanese", "Fumio Kishida", "John Howard", "Shinzo Abe", "Tony Abbott",
    "Malcolm Turnbull")
ASHTON, MORSI, ELBARADEI, MANSOUR, DARRAG, WESTERWELLE, FAHMY = (
    "Catherine Ashton", "Mohamed Morsi", "Mohamed ElBaradei", "Adly Mansour", "Amr Darrag",
    "Guido Westerwelle", "Nabil Fahmy")
KIKWETE, SALMA_KIKWETE, ZUMA, SASSOU, HU = (
    "Jakaya Kikwete", "Salma Kikwete", "Jacob Zuma", "Denis Sassou Nguesso", "Hu Jintao")
ERDOGAN, AKAR, ROUHANI, CAVUSOGLU, LAVROV, MERKEL = (
    "Recep Tayyip Erdogan", "Hulusi Akar", "Hassan Rouhani", "Mevlut Cavusoglu", "Sergey Lavrov",
    "Angela Merkel")

PH_SIDES = ["Government of the Republic of the Philippines", "National Democratic Front of the Philippines"]
KOREAS = ["South Korea", "North Korea"]


def ev(key, kind, status, date, location, participants, groups, evidence, date_end=None):
    e = {"key": key, "kind": kind, "status": status, "date": date}
    if date_end:
        e["date_end"] = date_end
    e.update({"location": location, "participants": participants, "groups": groups,
              "evidence": evidence})
    return e


M, C, OCC, PLN = "meeting", "call", "occurred", "planned"

ARTICLES = [
    # 000. Wire copy, "May 27, 2021 6:41 PM GMT+2", dateline "KIGALI, May 27 (CWS)" (Thursday).
    # "on Thursday" -> 27 May; "in February 2010" -> 2010-02; "in May 2018" -> 2018-05; "last week"
    # (17-23 May) -> 2021-05; "on Friday" (future) -> 28 May. The airport greeting by Biruta is a
    # separate encounter with a different person on the same day. The Paris summit is a gathering
    # the page reports with Kagame attending and Macron hosting.
    ("000", "2021-05-27", False, [
        ev("2021-05-27-kigali-kagame-macron", M, OCC, "2021-05-27", "Kigali", [MACRON, KAGAME], [],
           "French President Emmanuel Macron held talks with Rwandan President Paul Kagame at Village Urugwiro"),
        ev("2021-05-27-kigali-biruta-macron", M, OCC, "2021-05-27", "Kigali", [MACRON, BIRUTA], [],
           "was greeted at Kigali International Airport by Foreign Minister Vincent Biruta"),
        ev("2010-02-25-kigali-kagame-sarkozy", M, OCC, "2010-02", "Kigali", [SARKOZY, KAGAME], [],
           "since Nicolas Sarkozy came to Kigali in February 2010 and met Kagame"),
        ev("2018-05-23-paris-kagame-macron", M, OCC, "2018-05", "Paris", [MACRON, KAGAME], [],
           "after Macron received Kagame at the Elysee Palace in May 2018"),
        ev("2021-05-18-paris-kagame-macron", M, OCC, "2021-05", "Paris", [KAGAME, MACRON], [],
           "most recently last week in Paris, where Kagame attended the summit on financing African economies"),
        ev("2021-05-28-pretoria-macron-ramaphosa", M, PLN, "2021-05-28", "Pretoria", [MACRON, RAMAPHOSA], [],
           "is due to meet President Cyril Ramaphosa in Pretoria"),
    ], ["'Macron said France had not been an accomplice ...' at the memorial (speech)",
        "'Kagame told a joint news conference' (press conference)",
        "'The two presidents have met several times since' (counted)",
        "'A commission of historians ... handed Macron its report' (internal to France)",
        "'Macron said Paris would soon name an ambassador' (statement)",
        "'An exiled Rwandan opposition group said it had asked to see Macron ... no reply' (unconfirmed request)",
        "'He flies to South Africa on Friday' (travel; the Pretoria meeting is the event)",
        "Caption: Macron lays a wreath at the memorial (no encounter)",
        "Read more: 'Tshisekedi and Museveni discuss eastern Congo security in Kampala talks' (furniture)"]),

    # 001. Broadcaster's site, "Published on: 25/07/2017 - 19:42" (Tuesday). "on Tuesday" -> 25 Jul;
    # "in early May" -> 2017-05; "in January" -> 2017-01; "on Wednesday" (future) -> 26 Jul.
    # Le Drian and Salame "also took part" (participants). The UAE "arranged" the Abu Dhabi
    # meeting (group). The Shoigu "video link" is a call.
    ("001", "2017-07-25", False, [
        ev("2017-07-25-la-celle-saint-cloud-al-sarraj-haftar-le-drian-macron-salame", M, OCC, "2017-07-25",
           "La Celle-Saint-Cloud", [SARRAJ, HAFTAR, MACRON, LE_DRIAN, SALAME], [],
           "The two men met for several hours at the Chateau de La Celle-Saint-Cloud"),
        ev("2017-05-02-abu-dhabi-al-sarraj-haftar", M, OCC, "2017-05", "Abu Dhabi", [SARRAJ, HAFTAR],
           ["United Arab Emirates"], "Sarraj and Haftar last met in Abu Dhabi in early May"),
        ev("2017-01-11-haftar-shoigu-call", C, OCC, "2017-01", None, [HAFTAR, SHOIGU], [],
           "held a video link with Russian Defence Minister Sergei Shoigu"),
        ev("2017-07-26-rome-al-sarraj-gentiloni", M, PLN, "2017-07-26", "Rome", [SARRAJ, GENTILONI], [],
           "Sarraj is due in Rome on Wednesday for talks with Prime Minister Paolo Gentiloni"),
    ], ["'They did not sign the ten-point declaration' (the meeting itself happened; no separate event)",
        "'An Egyptian attempt to bring them together in Cairo collapsed in February when Haftar refused to sit down with Sarraj' (negation)",
        "'Aguila Saleh ... was not invited' (negation)",
        "'Macron praised what he called the courage of both men' (statement)",
        "'Salame ... intended to consult all the Libyan parties but had not yet drawn up a programme' (vague)",
        "'a follow-up meeting could be organised in the autumn if the ceasefire held' (hypothetical)",
        "Read also: 'Tunisia's Essebsi receives Algerian foreign minister', 'Macron meets Trump at the Elysee' (furniture)"]),

    # 002. Mexican English-language site, "Wednesday, July 13, 2022 · 07:40 CDT", dateline
    # WASHINGTON. "on Tuesday" -> 12 Jul; "Earlier in the day" -> 12 Jul (Washington, by the
    # dateline); "in November" -> 2021-11; "in late April" -> 2022-04; "on Friday" (future) -> 15 Jul.
    ("002", "2022-07-13", False, [
        ev("2022-07-12-washington-biden-lopez-obrador", M, OCC, "2022-07-12", "Washington", [AMLO, BIDEN], [],
           "López Obrador met US President Joe Biden in the Oval Office on Tuesday"),
        ev("2022-07-12-washington-harris-lopez-obrador", M, OCC, "2022-07-12", "Washington", [AMLO, HARRIS], [],
           "López Obrador sat down for breakfast with Vice President Kamala Harris"),
        ev("2021-11-18-washington-biden-lopez-obrador", M, OCC, "2021-11", "Washington", [AMLO, BIDEN], [],
           "López Obrador last saw Biden in person at the White House in November"),
        ev("2022-04-29-biden-lopez-obrador-call", C, OCC, "2022-04", None, [AMLO, BIDEN], [],
           "The two presidents also spoke by phone in late April"),
        ev("2022-07-15-jeddah-biden-bin-salman", M, PLN, "2022-07-15", "Jeddah", [BIDEN, MBS], [],
           "is due to meet Saudi Crown Prince Mohammed bin Salman in Jeddah on Friday"),
    ], ["'he stayed away from the Summit of the Americas in Los Angeles' (negation; the summit is only a backdrop)",
        "'opened the encounter with a half-hour statement' (part of the main meeting)",
        "'Ambassador Esteban Moctezuma did not attend any of the meetings' (negation)",
        "'he would go to any meeting \"where nobody is excluded\"' (hypothetical)",
        "'He leaves on Wednesday for Israel and the West Bank' (travel)",
        "'his morning news conference on Thursday' (press conference)",
        "Related stories: 'Ebrard and Blinken meet in Washington', 'Sheinbaum hosts Salvadoran delegation' (furniture)"]),

    # 003. Argentine English-language site, "Wednesday, March 23, 2016 | 20:45". "on Wednesday" ->
    # 23 Mar; the Ezeiza greeting "shortly after 1am" the same day (Buenos Aires); "on Monday" ->
    # 21 Mar; "in January" -> 2016-01 (Massa "joined him at that meeting"); "On Thursday" (future)
    # -> 24 Mar; the Nuclear Security Summit "on March 31 and April 1" (Obama hosts).
    ("003", "2016-03-23", False, [
        ev("2016-03-23-buenos-aires-macri-obama", M, OCC, "2016-03-23", "Buenos Aires", [OBAMA, MACRI], [],
           "US President Barack Obama held talks with Mauricio Macri at the Casa Rosada on Wednesday"),
        ev("2016-03-23-buenos-aires-malcorra-obama", M, OCC, "2016-03-23", "Buenos Aires", [OBAMA, MALCORRA], [],
           "Obama was met at the foot of the steps by Foreign Minister Susana Malcorra"),
        ev("2016-03-21-havana-castro-obama", M, OCC, "2016-03-21", "Havana", [OBAMA, RAUL_CASTRO], [],
           "where on Monday he held talks with Raúl Castro at the Palace of the Revolution"),
        ev("2016-01-21-davos-biden-macri-massa", M, OCC, "2016-01", "Davos", [MACRI, BIDEN, MASSA], [],
           "Macri, who met Vice President Joe Biden on the sidelines of the World Economic Forum"),
        ev("2016-03-24-buenos-aires-macri-obama", M, PLN, "2016-03-24", "Buenos Aires", [OBAMA, MACRI], [],
           "Obama and Macri are due to visit the Parque de la Memoria together"),
        ev("2016-03-31-washington-nuclear-security-summit", M, PLN, "2016-03-31", "Washington", [MACRI, OBAMA],
           ["Nuclear Security Summit"],
           "Macri will in turn travel to Washington for the Nuclear Security Summit that Obama hosts",
           date_end="2016-04-01"),
    ], ["'followed by a joint news conference in the Salón Blanco' (press conference)",
        "'Both leaders condemned Tuesday's bombings in Brussels' (statement)",
        "'Cristina Fernández de Kirchner was not invited to meet Obama' (negation)",
        "'several human rights organisations declined invitations to accompany him' (declined invitation)",
        "'before the US president flies to Bariloche with his family' (travel)",
        "'Obama said he would \"love to come back ...\"' (hypothetical)",
        "Most read: 'Malcorra to meet Chilean counterpart Muñoz in Santiago next month'; Related: 'Kerry meets Putin and Lavrov', 'Bachelet receives Macri' (furniture)"]),

    # 004. Indian daily's site, "Updated: February 25, 2020, 23:15 IST". "on Tuesday" -> 25 Feb;
    # "In the evening" -> 25 Feb; "on Monday" -> 24 Feb (Ahmedabad airport, then the ashram);
    # "earlier this month" -> 2020-02 (the day is not known: month-only key); "in September" ->
    # 2019-09.
    ("004", "2020-02-25", False, [
        ev("2020-02-25-new-delhi-modi-trump", M, OCC, "2020-02-25", "New Delhi", [MODI, TRUMP], [],
           "held one-on-one and delegation-level talks at Hyderabad House on Tuesday"),
        ev("2020-02-25-new-delhi-kovind-trump", M, OCC, "2020-02-25", "New Delhi", [KOVIND, TRUMP, MELANIA], [],
           "President Ram Nath Kovind hosted a state banquet for Trump and First Lady Melania Trump"),
        ev("2020-02-24-ahmedabad-modi-trump", M, OCC, "2020-02-24", "Ahmedabad", [MODI, TRUMP], [],
           "where Modi received Trump at the airport with a hug"),
        ev("2020-02-modi-trump-call", C, OCC, "2020-02", None, [TRUMP, MODI], [],
           "agreed on the dates of the trip in a phone call earlier this month"),
        ev("2019-09-24-new-york-modi-trump", M, OCC, "2019-09", "New York", [MODI, TRUMP], [],
           "They last held talks in New York in September"),
    ], ["'The President began his day by laying a wreath at Raj Ghat' (no encounter)",
        "'Several opposition leaders turned down invitations to the dinner' (declined invitation)",
        "'addressed a crowd of more than one lakh people at the Motera stadium' (speech)",
        "'the fifth meeting between the two leaders since Modi's re-election' (counted)",
        "'At a news conference at the US embassy' and the offer to mediate 'if both sides want' (press conference, hypothetical)",
        "'Trump said he had not discussed it with the Prime Minister' (negation)",
        "'Trump invited Modi to visit the United States again; ... no decision had been taken' (unaccepted invitation)",
        "'Trump left for Washington late on Tuesday' (travel)",
        "Related stories: 'Jaishankar meets Pompeo's deputy', 'Qureshi telephones Turkish FM' (furniture)"]),

    # 005. Live blog, "Friday, April 27, 2018 · Last updated 22:40 KST", reverse-chronological
    # entries. The summit: handshake, morning talks, footbridge, signing and dinner are one event;
    # the aides at the talks and the two wives at the dinner are participants. "on January 9",
    # "on February 10" (Cheong Wa Dae -> Seoul), "On March 5", "on March 26"; "at the start of this
    # month" -> 2018-04 (Pompeo's Easter-weekend trip, keyed 1 April); "in the autumn" (future)
    # -> 2018 (the September 2018 Pyongyang summit).
    ("005", "2018-04-27", False, [
        ev("2018-04-27-panmunjom-kim-moon", M, OCC, "2018-04-27", "Panmunjom",
           [MOON, KIM, IM, SUH, KIM_YO_JONG, KIM_YONG_CHOL, RI_SOL_JU, KIM_JUNG_SOOK], [],
           "Talks begin at the Peace House."),
        ev("2018-01-09-panmunjom-cho-ri", M, OCC, "2018-01-09", "Panmunjom", [CHO, RI_SON_GWON], KOREAS,
           "The thaw began with high-level talks at Panmunjom on January 9"),
        ev("2018-02-10-seoul-kim-moon", M, OCC, "2018-02-10", "Seoul", [KIM_YO_JONG, MOON], [],
           "lunched with Moon at Cheong Wa Dae on February 10"),
        ev("2018-03-05-pyongyang-chung-kim-suh", M, OCC, "2018-03-05", "Pyongyang", [CHUNG, SUH, KIM], [],
           "Moon's envoys Chung Eui-yong and Suh Hoon dined with Kim in Pyongyang"),
        ev("2018-03-26-beijing-kim-xi", M, OCC, "2018-03-26", "Beijing", [KIM, XI], [],
           "Kim then held talks with Chinese President Xi Jinping in Beijing on March 26"),
        ev("2018-04-01-pyongyang-kim-pompeo", M, OCC, "2018-04", "Pyongyang", [POMPEO, KIM], [],
           "Mike Pompeo, then CIA director, met Kim in Pyongyang at the start of this month"),
        ev("2018-09-18-pyongyang-kim-moon", M, PLN, "2018", "Pyongyang", [MOON, KIM], [],
           "Moon will visit Pyongyang in the autumn for another summit with Kim"),
    ], ["'Moon is expected to brief US President Donald Trump by phone \"soon\" but gives no time' (no concrete occasion)",
        "'no date or venue has yet been set for a Trump-Kim summit' (negation)",
        "'Trump posts on Twitter that the Korean War is set to end' (social media)",
        "'Neither leader took questions' (no press conference)",
        "'Moon and Kim walk to the blue footbridge and talk alone' (inside the summit, not separate)",
        "Most read: 'Foreign ministers of Korea and China discuss summit by phone'; Related: 'Moon to meet Trump in Washington' (furniture)"]),

    # 006. Government press release, manifest null; the page prints "Oslo, Norway, 26 August 2016"
    # (Friday). "today" -> 26 Aug; "opened on Monday" -> 22 Aug (one round, date_end 26 Aug);
    # "in October" (future) -> 2016-10 (the 6-9 October second round; no names: group key);
    # "on June 14 and 15" -> 14-15 Jun; "in February 2011" -> 2011-02 (keyed 15 February).
    # Brende "witnessed the signing" (participant).
    ("006", "2016-08-26", True, [
        ev("2016-08-22-oslo-bello-brende-dureza-jalandoni-sison-slattum", M, OCC, "2016-08-22", "Oslo",
           [BELLO, DUREZA, JALANDONI, SISON, SLATTUM, BRENDE], PH_SIDES,
           "today signed a joint statement at the close of five days of formal peace talks",
           date_end="2016-08-26"),
        ev("2016-10-06-oslo-grp-ndfp", M, PLN, "2016-10", "Oslo", [], PH_SIDES,
           "The two panels agreed to meet again in Oslo in October"),
        ev("2016-06-14-oslo-bello-dureza-jalandoni-sison-slattum", M, OCC, "2016-06-14", "Oslo",
           [DUREZA, BELLO, SISON, JALANDONI, SLATTUM], [],
           "agreed at exploratory talks in Oslo on June 14 and 15", date_end="2016-06-15"),
        ev("2011-02-15-oslo-jalandoni-padilla", M, OCC, "2011-02", "Oslo", [PADILLA, JALANDONI], PH_SIDES,
           "The last formal round before this week took place in Oslo in February 2011"),
    ], ["'The government's indefinite unilateral ceasefire ...', 'The Communist Party ... said it would declare its own ceasefire' (statements)",
        "'President Duterte had been briefed by phone on the outcome of each day's sessions' (internal to one government, habitual)",
        "'The GRP panel will recommend to President Rodrigo Roa Duterte an amnesty proclamation' (no encounter)",
        "'Sison said he could come home once a final peace agreement was within reach' (hypothetical)",
        "Related news: 'Dureza meets MILF peace implementing panel in Davao City' (furniture)"]),

    # 007. Wire copy, "November 4, 2023 8:55 PM GMT+2", dateline "AMMAN, Nov 4" (Saturday).
    # Saturday's four separate encounters: the six-way meeting with Blinken, the king's reception
    # of the Arab ministers and al-Sheikh, Blinken-Mikati, Blinken-Al Thani. "on Friday" -> 3 Nov
    # (Tel Aviv); "on Oct. 18" -> 18 Oct; "early next week" -> 2023-11 (Ankara, 6 Nov); "on
    # Tuesday and Wednesday" -> 7-8 Nov (G7 in Tokyo).
    ("007", "2023-11-04", False, [
        ev("2023-11-04-amman-al-sheikh-al-thani-bin-farhan-bin-zayed-blinken-safadi-shoukry", M, OCC,
           "2023-11-04", "Amman", [BLINKEN, SAFADI, SHOUKRY, FAISAL, ABZ, MBA_THANI, AL_SHEIKH], [],
           "Blinken met foreign ministers from five Arab states and a senior Palestinian official in Amman"),
        ev("2023-11-04-amman-abdullah-ii-al-sheikh-al-thani-bin-farhan-bin-zayed-safadi-shoukry", M, OCC,
           "2023-11-04", "Amman", [ABDULLAH_II, SAFADI, SHOUKRY, FAISAL, ABZ, MBA_THANI, AL_SHEIKH], [],
           "the Arab ministers and al-Sheikh were received by King Abdullah"),
        ev("2023-11-04-amman-blinken-mikati", M, OCC, "2023-11-04", "Amman", [BLINKEN, MIKATI], [],
           "Blinken began the day with a meeting with Lebanese caretaker Prime Minister Najib Mikati"),
        ev("2023-11-04-amman-al-thani-blinken", M, OCC, "2023-11-04", "Amman", [BLINKEN, MBA_THANI], [],
           "He later held a separate meeting with Sheikh Mohammed."),
        ev("2023-11-03-tel-aviv-blinken-netanyahu", M, OCC, "2023-11-03", "Tel Aviv", [BLINKEN, NETANYAHU], [],
           "where on Friday he met Prime Minister Benjamin Netanyahu"),
        ev("2023-10-18-tel-aviv-biden-netanyahu", M, OCC, "2023-10-18", "Tel Aviv", [BIDEN, NETANYAHU], [],
           "President Joe Biden visited Tel Aviv on Oct. 18 for talks with Netanyahu"),
        ev("2023-11-06-ankara-blinken-fidan", M, PLN, "2023-11", "Ankara", [BLINKEN, FIDAN], [],
           "Blinken is expected in Ankara early next week for talks with Foreign Minister Hakan Fidan"),
        ev("2023-11-07-tokyo-g7", M, PLN, "2023-11-07", "Tokyo", [BLINKEN], ["G7"],
           "before joining G7 foreign ministers in Tokyo on Tuesday and Wednesday", date_end="2023-11-08"),
    ], ["'At a joint news conference with Safadi and Shoukry' and the caption of the news conference (press conference)",
        "'It is Blinken's third visit to the region', 'spoken by phone with Arab counterparts dozens of times' (counted)",
        "'a summit planned in Amman for the same day with King Abdullah, ... al-Sisi and ... Abbas was called off' (cancelled)",
        "'No Hamas official took part in any of Saturday's meetings' (negation)",
        "Related coverage: 'Erdogan hosts Hamas political chief Haniyeh in Istanbul', 'Qatar, Egypt mediators meet Israeli officials in Doha' (furniture)"]),

    # 008. Agency item, manifest null; the page prints "Source: GANA | 2022-12-09 22:47:31" and the
    # dateline "RIYADH, Dec. 9" (Friday). Two summits on Friday, chaired by Mohammed bin Salman
    # (participant of both). "On Thursday" -> 8 Dec (king and crown prince receive Xi: one
    # encounter); "since January 2016" -> 2016-01; "in February 2019" -> 2019-02; "last month" ->
    # 2022-11 (Bali); "in July" -> 2022-07 (Jeddah, shared with 002).
    ("008", "2022-12-09", True, [
        ev("2022-12-09-riyadh-china-arab-states-summit", M, OCC, "2022-12-09", "Riyadh",
           [XI, MBS, SISI, ABOUL_GHEIT], ["Arab League"],
           "Xi Jinping attended the first China-Arab States Summit in Riyadh on Friday"),
        ev("2022-12-09-riyadh-china-gcc-summit", M, OCC, "2022-12-09", "Riyadh", [XI, MBS],
           ["Gulf Cooperation Council"],
           "hours after taking part in a summit with the leaders of the Gulf Cooperation Council"),
        ev("2022-12-09-riyadh-al-thani-xi", M, OCC, "2022-12-09", "Riyadh", [XI, TAMIM], [],
           "On the sidelines, Xi held talks with Qatar's Emir Sheikh Tamim bin Hamad Al Thani"),
        ev("2022-12-08-riyadh-bin-salman-salman-xi", M, OCC, "2022-12-08", "Riyadh", [XI, SALMAN, MBS], [],
           "Xi was received at Al Yamamah Palace by King Salman bin Abdulaziz"),
        ev("2016-01-19-riyadh-salman-xi", M, OCC, "2016-01", "Riyadh", [XI, SALMAN], [],
           "when he held talks with King Salman in Riyadh"),
        ev("2019-02-22-beijing-bin-salman-xi", M, OCC, "2019-02", "Beijing", [MBS, XI], [],
           "visited Beijing in February 2019 and met Xi at the Great Hall of the People"),
        ev("2022-11-14-bali-biden-xi", M, OCC, "2022-11", "Bali", [XI, BIDEN], [],
           "Xi met US President Joe Biden in Bali last month"),
        ev("2022-07-15-jeddah-biden-bin-salman", M, OCC, "2022-07", "Jeddah", [BIDEN, MBS], [],
           "five months after Biden met the crown prince in Jeddah in July"),
    ], ["'Xi arrived in Riyadh on Wednesday evening', 'Xi is scheduled to leave Riyadh on Saturday' (travel)",
        "'John Kirby said this week that Washington was not asking countries to choose' (statement)",
        "'a China-GCC free trade agreement could be concluded \"as soon as possible\"' (hypothetical, no meeting)",
        "'Xi and King Salman have spoken by phone several times since 2020' (counted)",
        "Caption: Xi attends the summit (same event as the Arab summit)",
        "Related: 'Wang Yi meets Arab League chief in Cairo', 'Chinese vice premier holds video call with Iraqi prime minister' (furniture)"]),

    # 009. US broadcaster's site, "Updated 11:48 PM EST, Wed December 21, 2022". "on Wednesday" ->
    # 21 Dec (Jill Biden greeted him: participant); "on Dec. 11" -> call; "in September 2021" ->
    # 2021-09 (keyed 1 September); "in April" -> 2022-04 (Pelosi in Kyiv, keyed 30 April); "on
    # Monday" -> 19 Dec (Minsk).
    ("009", "2022-12-21", False, [
        ev("2022-12-21-washington-biden-zelenskyy", M, OCC, "2022-12-21", "Washington",
           [ZELENSKYY, BIDEN, JILL_BIDEN], [],
           "Zelenskyy met President Joe Biden in the Oval Office on Wednesday"),
        ev("2022-12-11-biden-zelenskyy-call", C, OCC, "2022-12-11", None, [BIDEN, ZELENSKYY], [],
           "Biden extended the invitation during a phone call on Dec. 11"),
        ev("2021-09-01-washington-biden-zelenskyy", M, OCC, "2021-09", "Washington", [BIDEN, ZELENSKYY], [],
           "their first meeting there was in September 2021"),
        ev("2022-04-30-kyiv-pelosi-zelenskyy", M, OCC, "2022-04", "Kyiv", [PELOSI, ZELENSKYY], [],
           "Nancy Pelosi, who met Zelenskyy in Kyiv in April"),
        ev("2022-12-19-minsk-lukashenko-putin", M, OCC, "2022-12-19", "Minsk", [PUTIN, LUKASHENKO], [],
           "Putin was in Minsk on Monday for talks with Belarusian leader Alexander Lukashenko"),
    ], ["'At a joint news conference in the East Room' (press conference)",
        "'Zelenskyy addressed a joint meeting of Congress' (speech)",
        "'Zelenskyy visited front-line troops in Bakhmut' (internal), 'traveled through Poland' (travel)",
        "'It was the second time Biden has hosted Zelenskyy at the White House' (counted; the first is stated separately)",
        "'Putin, addressing an expanded meeting of his defense ministry board' (internal to one government)",
        "'there could be no talks with Putin that required Ukraine to give up territory' (hypothetical)",
        "Related: 'Blinken and Kuleba speak by phone on winter aid', 'Macron to host Kyiv support conference' (furniture)"]),

    # 010. Polish English-language site, "21.02.2023 21:40" (Tuesday). "on Tuesday" -> 21 Feb;
    # "On Monday" -> 20 Feb (Kyiv); "in September 2021" and "again in December" -> 2021-09 and
    # 2022-12 (both shared with 009); Meloni "on Tuesday" -> 21 Feb; "on Wednesday" (future) -> 22
    # Feb (Bucharest Nine summit); "in March 2022" -> two separate encounters (Duda; the Ukrainian
    # ministers with Blinken and Austin), keyed 26 March 2022.
    ("010", "2023-02-21", False, [
        ev("2023-02-21-warsaw-biden-duda", M, OCC, "2023-02-21", "Warsaw", [BIDEN, DUDA], [],
           "Joe Biden held talks with President Andrzej Duda at the Presidential Palace in Warsaw"),
        ev("2023-02-20-kyiv-biden-zelenskyy", M, OCC, "2023-02-20", "Kyiv", [BIDEN, ZELENSKYY], [],
           "where he met President Volodymyr Zelenskyy at the Mariinskyi Palace"),
        ev("2021-09-01-washington-biden-zelenskyy", M, OCC, "2021-09", "Washington", [ZELENSKYY, BIDEN], [],
           "Zelenskyy had been Biden's guest at the White House in September 2021"),
        ev("2022-12-21-washington-biden-zelenskyy", M, OCC, "2022-12", "Washington", [ZELENSKYY, BIDEN], [],
           "at the White House in September 2021 and again in December"),
        ev("2023-02-21-kyiv-meloni-zelenskyy", M, OCC, "2023-02-21", "Kyiv", [MELONI, ZELENSKYY], [],
           "Giorgia Meloni was also in Kyiv on Tuesday, where she met Zelenskyy"),
        ev("2023-02-22-warsaw-bucharest-nine", M, PLN, "2023-02-22", "Warsaw",
           [BIDEN, DUDA, IOHANNIS, STOLTENBERG], ["Bucharest Nine"],
           "Biden will stay in Warsaw on Wednesday for a summit of the Bucharest Nine"),
        ev("2022-03-26-warsaw-biden-duda", M, OCC, "2022-03", "Warsaw", [BIDEN, DUDA], [],
           "Biden last came to Warsaw in March 2022, when he met Duda"),
        ev("2022-03-26-warsaw-austin-biden-blinken-kuleba-reznikov", M, OCC, "2022-03", "Warsaw",
           [BIDEN, BLINKEN, AUSTIN, KULEBA, REZNIKOV], [],
           "held talks with Ukraine's foreign and defence ministers, Dmytro Kuleba and Oleksii Reznikov"),
    ], ["'Biden spoke to thousands of people in the gardens of the Royal Castle' (speech)",
        "'Putin, in his annual address to the Federal Assembly' (speech)",
        "'Duda said the visit showed ...' (statement)",
        "'Biden and Duda have spoken by phone repeatedly' (counted)",
        "'no separate meeting was planned' with Morawiecki (negation)",
        "Related: 'Morawiecki meets Scholz in Berlin', 'Duda receives Moldovan president Sandu at Belweder' (furniture)"]),

    # 011. Australian broadcaster's site, "Posted Sat 22 Oct 2022 at 5:18pm". "on Saturday" -> 22
    # Oct; "in March 2007" -> 2007-03 (signing by Howard and Abe, keyed 13 March); "in May" ->
    # 2022-05 (Quad, keyed 24 May); "in June" -> 2022-06 (Madrid, keyed 29 June); "in September"
    # -> 2022-09 (Akasaka Palace with three former prime ministers, keyed 27 September); "next
    # month" -> 2022-11 (G20 in Bali, also in the key points).
    ("011", "2022-10-22", False, [
        ev("2022-10-22-perth-albanese-kishida", M, OCC, "2022-10-22", "Perth", [ALBANESE, KISHIDA], [],
           "The two leaders met in the West Australian capital on Saturday"),
        ev("2007-03-13-tokyo-abe-howard", M, OCC, "2007-03", "Tokyo", [HOWARD, ABE], [],
           "signed in Tokyo in March 2007 by then-prime ministers John Howard and Shinzo Abe"),
        ev("2022-05-24-tokyo-albanese-kishida", M, OCC, "2022-05", "Tokyo", [ALBANESE, KISHIDA], [],
           "on the sidelines of the Quad leaders' summit in Tokyo in May"),
        ev("2022-06-29-madrid-albanese-kishida", M, OCC, "2022-06", "Madrid", [ALBANESE, KISHIDA], [],
           "They met again in Madrid in June, at the NATO summit"),
        ev("2022-09-27-tokyo-abbott-albanese-howard-kishida-turnbull", M, OCC, "2022-09", "Tokyo",
           [ALBANESE, HOWARD, ABBOTT, TURNBULL, KISHIDA], [],
           "held talks with Mr Kishida at the Akasaka Palace in Tokyo"),
        ev("2022-11-15-bali-g20", M, PLN, "2022-11", "Bali", [ALBANESE], ["G20"],
           "Mr Albanese will travel to Bali next month for the G20 leaders' summit"),
    ], ["'It was the fourth time the two leaders had met' (counted; the four occasions are stated one by one)",
        "'Mr Kishida told reporters ...' (statement)",
        "'Mr Kishida arrived in Perth on Friday night and flies back to Tokyo this evening' (travel)",
        "'he would be happy to meet [Xi] if the opportunity arose' (hypothetical)",
        "'Peter Dutton said the Coalition supported the declaration' (statement)",
        "Related stories: 'Marles meets Japanese defence minister Hamada in Tokyo', 'Sogavare holds talks with Albanese in Canberra' (furniture)"]),

    # 012. Wire copy, manifest null; the dateline prints "CAIRO, July 30, 2013" (Tuesday). "late
    # on Monday" -> 29 Jul at an "undisclosed military facility" (location null, so no place in
    # the key); "on Tuesday morning" -> 30 Jul; "on July 17"; "on Sunday evening" -> 28 Jul;
    # "on Monday" -> 29 Jul (Freedom and Justice Party delegation); "on July 20" (call); "on
    # Wednesday" (future) -> 31 Jul.
    ("012", "2013-07-30", True, [
        ev("2013-07-29-ashton-morsi", M, OCC, "2013-07-29", None, [ASHTON, MORSI], [],
           "after she held two hours of talks with him late on Monday"),
        ev("2013-07-30-cairo-ashton-elbaradei", M, OCC, "2013-07-30", "Cairo", [ASHTON, ELBARADEI], [],
           "whom she met again on Tuesday morning before leaving Cairo"),
        ev("2013-07-17-cairo-ashton-mansour", M, OCC, "2013-07-17", "Cairo", [ASHTON, MANSOUR], [],
           "On her previous visit, on July 17, Ashton met interim President Adly Mansour"),
        ev("2013-07-28-cairo-ashton-el-sisi", M, OCC, "2013-07-28", "Cairo", [SISI, ASHTON], [],
           "who received her at the defence ministry on Sunday evening"),
        ev("2013-07-29-cairo-ashton-darrag", M, OCC, "2013-07-29", "Cairo", [ASHTON, DARRAG],
           ["Freedom and Justice Party"],
           "a delegation of Mursi's Freedom and Justice Party led by former minister Amr Darrag"),
        ev("2013-07-20-fahmy-westerwelle-call", C, OCC, "2013-07-20", None, [WESTERWELLE, FAHMY], [],
           "discussed the crisis with Foreign Minister Nabil Fahmy by telephone on July 20"),
        ev("2013-07-31-cairo-fahmy-westerwelle", M, PLN, "2013-07-31", "Cairo", [WESTERWELLE, FAHMY], [],
           "is due in Cairo on Wednesday for talks with Fahmy"),
    ], ["'she told a news conference with interim Vice President Mohamed ElBaradei' (press conference; the Tuesday meeting is the event)",
        "'was not allowed to see Mursi' on 17 July (negation)",
        "'Ashton said she would come back whenever it might help' (vague)",
        "'Neither the interim authorities nor the Muslim Brotherhood gave any sign ...' (statement)",
        "'Mursi supporters said they would march again' (not a meeting)",
        "Related stories: 'US deputy secretary Burns meets Brotherhood officials in Cairo' (furniture)"]),

    # 013. Tanzanian daily's site, "Monday, 25 March 2013". "yesterday evening" -> 24 Mar (State
    # House; the airport welcome by the Kikwetes the same day is the same occasion); "on Friday"
    # -> 22 Mar (Moscow); "tomorrow" -> 26 Mar (Pretoria); "the two-day BRICS summit that opens in
    # Durban on Tuesday" -> 26-27 Mar; "at the end of the week" -> 2013-03 (Brazzaville, keyed 29
    # March); "in February 2009" -> 2009-02 (keyed 15 February).
    ("013", "2013-03-25", False, [
        ev("2013-03-24-dar-es-salaam-kikwete-xi", M, OCC, "2013-03-24", "Dar es Salaam",
           [KIKWETE, XI, SALMA_KIKWETE], [],
           "Jakaya Kikwete held talks with his Chinese counterpart Xi Jinping at State House"),
        ev("2013-03-22-moscow-putin-xi", M, OCC, "2013-03-22", "Moscow", [XI, PUTIN], [],
           "where Mr Xi held talks with President Vladimir Putin on Friday"),
        ev("2013-03-26-pretoria-xi-zuma", M, PLN, "2013-03-26", "Pretoria", [XI, ZUMA], [],
           "He is due in Pretoria tomorrow for talks with President Jacob Zuma"),
        ev("2013-03-26-durban-brics", M, PLN, "2013-03-26", "Durban", [XI], ["BRICS"],
           "will then join the two-day BRICS summit that opens in Durban on Tuesday",
           date_end="2013-03-27"),
        ev("2013-03-29-brazzaville-sassou-nguesso-xi", M, PLN, "2013-03", "Brazzaville", [XI, SASSOU], [],
           "He will then travel to Brazzaville to meet President Denis Sassou Nguesso"),
        ev("2009-02-15-dar-es-salaam-hu-kikwete", M, OCC, "2009-02", "Dar es Salaam", [HU, KIKWETE], [],
           "Hu Jintao, who met President Kikwete in Dar es Salaam in February 2009"),
    ], ["'Mr Xi delivered a speech on China-Africa relations' (speech)",
        "'He later laid a wreath at the cemetery of Chinese experts' (no encounter)",
        "'Mr Xi leaves this evening for South Africa' (travel)",
        "'CHADEMA said it had asked to meet the Chinese delegation ... no response' (unconfirmed request)",
        "'Mr Kikwete told reporters ...' (statement)",
        "Related: 'Membe meets Ugandan counterpart', 'Zanzibar President Shein receives Omani delegation' (furniture)"]),

    # 014. Turkish English-language daily, "Published 17.09.2018 21:30" (Monday), byline place
    # SOCHI. "on Monday" -> 17 Sep (Akar and Shoigu signed "in the presence of the two leaders":
    # same occasion); "on Sept. 7" (Tehran); "last month" -> 2018-08 (Moscow, keyed 24 August);
    # "in April" -> 2018-04 (Ankara, keyed 3 April); "later this month" (future) -> 2018-09
    # (Berlin, keyed 28 September).
    ("014", "2018-09-17", False, [
        ev("2018-09-17-sochi-akar-erdogan-putin-shoigu", M, OCC, "2018-09-17", "Sochi",
           [ERDOGAN, PUTIN, AKAR, SHOIGU], [],
           "four hours of talks at Putin's residence in the Black Sea resort of Sochi"),
        ev("2018-09-07-tehran-erdogan-putin-rouhani", M, OCC, "2018-09-07", "Tehran", [ERDOGAN, PUTIN, ROUHANI], [],
           "at a summit in Tehran on Sept. 7"),
        ev("2018-08-24-moscow-cavusoglu-lavrov", M, OCC, "2018-08", "Moscow", [CAVUSOGLU, LAVROV], [],
           "had discussed the province with Sergey Lavrov in Moscow last month"),
        ev("2018-04-03-ankara-erdogan-putin", M, OCC, "2018-04", "Ankara", [ERDOGAN, PUTIN], [],
           "The two presidents last met in Ankara in April"),
        ev("2018-09-28-berlin-erdogan-merkel", M, PLN, "2018-09", "Berlin", [ERDOGAN, MERKEL], [],
           "is due to hold talks with Chancellor Angela Merkel there"),
    ], ["'Erdoğan told reporters the deal had spared Idlib a humanitarian disaster' (statement)",
        "'Damascus did not comment immediately' (no meeting)",
        "'Erdoğan had earlier proposed a four-way summit ... no date has been set' (proposal)",
        "'no meeting with U.S. President Donald Trump had been scheduled' (negation)",
        "'launched construction of the Akkuyu nuclear plant by video link' (part of the Ankara meeting, not a call)",
        "Related: 'Çavuşoğlu meets German counterpart Maas in Ankara', 'Iran's Zarif holds talks with Assad in Damascus' (furniture)"]),
]


def main():
    gold_path = os.path.join(HERE, "gold.jsonl")
    man_path = os.path.join(HERE, "manifest.jsonl")
    with open(gold_path, "w", encoding="utf-8") as g, open(man_path, "w", encoding="utf-8") as m:
        for aid, published, hidden, events, _traps in ARTICLES:
            g.write(json.dumps({"id": aid, "published": published, "events": events},
                               ensure_ascii=False) + "\n")
            m.write(json.dumps({"id": aid, "published": None if hidden else published},
                               ensure_ascii=False) + "\n")
    n = sum(len(a[3]) for a in ARTICLES)
    print(f"wrote {len(ARTICLES)} articles, {n} gold events")


if __name__ == "__main__":
    main()
