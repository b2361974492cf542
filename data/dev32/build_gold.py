#!/usr/bin/env python3
"""Generate gold.jsonl and manifest.jsonl for the dev32 development corpus.

Run:  python3 data/dev32/build_gold.py   then   python3 data/eval/validate.py data/dev32
Each article lists its true publication date, whether the manifest hides it, its gold
events, and (for documentation only) the traps it contains that must NOT be extracted.
dev32 is a READABLE development set: unlike the holdout sets, it may be read while developing.

It covers 15 real occasions, 13 of them from 2017-2025 and two older ones (Arusha 1993, Wye
River 1998): Central Africa (Bangui/Khartoum 2019), North Africa and the UN (Libya's Geneva
ceasefire 2020), Central America (Hegseth in Panama 2025), South America (Petro's Bogota
conference on Venezuela 2023), Afghanistan and Russia (the Moscow format 2021), Southeast Asia
(Prabowo in Beijing 2024), East Asia (Tsai and McCarthy 2023), the Gulf (Bennett in Abu Dhabi
2021), Europe and the UN (Crans-Montana 2017), the former Soviet states and Turkey (the Black
Sea grain deal 2022, Lavrov-Kuleba in Antalya 2022), Oceania (Blinken in Fiji 2022), the Great
Lakes (the Arusha Accords 1993), the Levant (the Wye River Memorandum 1998) and South Asia
(Imran Khan in Moscow 2022).

Twelve pages are ordinary modern online news (wire copy, national newspapers' sites,
broadcasters' sites, a government press release); three are unusual layouts (a live blog, a
digitised 1993 newspaper page in an archive viewer, a 1998 mailing-list digest).

Three pages have no date in the manifest, and each prints one: 003 (page header "Tue Apr 25,
2023"; the dateline has no year), 011 (press release "Nadi, 12 February 2022") and 012 (archive
header "THURSDAY, AUGUST 5, 1993", dispatch "ARUSHA, Wednesday.").

Three real events are reported by two pages under the same key:
  2021-10-20-moscow-hanafi-lavrov-muttaqi   004 (main occasion) and 014 (background)
  2021-10-22-sochi-bennett-putin            004 (planned) and 007 (occurred)
  2022-03-10-antalya-cavusoglu-kuleba-lavrov 010 (main occasion) and 009 (background, month only)
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

# canonical names
TOUADERA, ONANGA, BASHIR, FAKI, CHERGUI, LACROIX, PUTIN = (
    "Faustin-Archange Touadera", "Parfait Onanga-Anyanga", "Omar al-Bashir", "Moussa Faki Mahamat",
    "Smail Chergui", "Jean-Pierre Lacroix", "Vladimir Putin")
WILLIAMS, ABU_SHAHMA, SISI, HAFTAR, AGUILA_SALEH, SARRAJ, CONTE = (
    "Stephanie Williams", "Ahmed Abu Shahma", "Abdel Fattah el-Sisi", "Khalifa Haftar",
    "Aguila Saleh", "Fayez al-Sarraj", "Giuseppe Conte")
HEGSETH, MULINO, ABREGO, MARTINEZ_ACHA, RUBIO = (
    "Pete Hegseth", "Jose Raul Mulino", "Frank Abrego", "Javier Martinez-Acha", "Marco Rubio")
PETRO, LEYVA, BIDEN, MADURO, HUITFELDT, FELIPE = (
    "Gustavo Petro", "Alvaro Leyva", "Joe Biden", "Nicolas Maduro", "Anniken Huitfeldt", "Felipe VI")
LAVROV, HANAFI, MUTTAQI, KABULOV, DRAGHI, KHAN, BENNETT = (
    "Sergey Lavrov", "Abdul Salam Hanafi", "Amir Khan Muttaqi", "Zamir Kabulov", "Mario Draghi",
    "Imran Khan", "Naftali Bennett")
PRABOWO, XI, LI_QIANG, ZHAO, TRUMP = (
    "Prabowo Subianto", "Xi Jinping", "Li Qiang", "Zhao Leji", "Donald Trump")
TSAI, MCCARTHY, GIAMMATTEI, BRICENO, REINA, QIN, MCCAUL, MACRON, VDL = (
    "Tsai Ing-wen", "Kevin McCarthy", "Alejandro Giammattei", "John Briceno", "Eduardo Enrique Reina",
    "Qin Gang", "Michael McCaul", "Emmanuel Macron", "Ursula von der Leyen")
ABZ, MBZ, TAHNOUN, SHAMKHANI, RAISI, BAGHERI, GARGASH = (
    "Abdullah bin Zayed Al Nahyan", "Mohamed bin Zayed Al Nahyan", "Tahnoun bin Zayed Al Nahyan",
    "Ali Shamkhani", "Ebrahim Raisi", "Ali Bagheri Kani", "Anwar Gargash")
GUTERRES, ANASTASIADES, AKINCI, KOTZIAS, CAVUSOGLU, PENCE, JOHNSON = (
    "Antonio Guterres", "Nicos Anastasiades", "Mustafa Akinci", "Nikos Kotzias", "Mevlut Cavusoglu",
    "Mike Pence", "Boris Johnson")
ERDOGAN, SHOIGU, AKAR, KUBRAKOV, ZELENSKYY, KULEBA, SHOUKRY = (
    "Recep Tayyip Erdogan", "Sergei Shoigu", "Hulusi Akar", "Oleksandr Kubrakov",
    "Volodymyr Zelenskyy", "Dmytro Kuleba", "Sameh Shoukry")
MEDINSKY, HARRIS, DUDA, MITSOTAKIS = (
    "Vladimir Medinsky", "Kamala Harris", "Andrzej Duda", "Kyriakos Mitsotakis")
BLINKEN, SAYED_KHAIYUM, PAYNE, JAISHANKAR, HAYASHI, CHUNG = (
    "Antony Blinken", "Aiyaz Sayed-Khaiyum", "Marise Payne", "S. Jaishankar", "Yoshimasa Hayashi",
    "Chung Eui-yong")
HABYARIMANA, KANYARENGWE, MWINYI, MUSEVENI, NDADAYE, SALIM, UWILINGIYIMANA, BOUTROS_GHALI = (
    "Juvenal Habyarimana", "Alexis Kanyarengwe", "Ali Hassan Mwinyi", "Yoweri Museveni",
    "Melchior Ndadaye", "Salim Ahmed Salim", "Agathe Uwilingiyimana", "Boutros Boutros-Ghali")
NETANYAHU, ARAFAT, CLINTON, HUSSEIN, ALBRIGHT, SHARON, MUBARAK = (
    "Benjamin Netanyahu", "Yasser Arafat", "Bill Clinton", "Hussein bin Talal",
    "Madeleine Albright", "Ariel Sharon", "Hosni Mubarak")
NOVAK, MORGULOV, SADIQ, QURESHI = (
    "Alexander Novak", "Igor Morgulov", "Mohammad Sadiq", "Shah Mahmood Qureshi")

CAR_SIDES = ["Central African Republic", "armed groups"]
LIBYA_SIDES = ["Government of National Accord", "Libyan National Army"]
RWANDA_SIDES = ["Rwanda", "Rwandese Patriotic Front"]


def ev(key, kind, status, date, location, participants, groups, evidence, date_end=None):
    e = {"key": key, "kind": kind, "status": status, "date": date}
    if date_end:
        e["date_end"] = date_end
    e.update({"location": location, "participants": participants, "groups": groups,
              "evidence": evidence})
    return e


M, C, OCC, PLN = "meeting", "call", "occurred", "planned"

ARTICLES = [
    # 000. Wire copy, "February 6, 2019 / 5:48 PM", dateline "BANGUI, Feb 6 (CWS)" (manifest
    # 2019-02-06, a Wednesday). "on Wednesday" -> 6 Feb; "on Tuesday" -> 5 Feb; "last August" ->
    # 2018-08; "last May" -> 2018-05; "in July 2017" -> 2017-07; "on Sunday" (future) -> 10 Feb.
    # The Bangui signing: the government (Touadera) and the 14 groups are the sides, Onanga-Anyanga
    # "looked on" (participant). The Khartoum initialling: Touadera and the groups "in the presence
    # of" al-Bashir, Faki, Chergui and Lacroix; "at the end of 10 days of talks" is the same occasion.
    # The August 2018 Khartoum talks name nobody: Sudan hosted, "several of the same groups met".
    # The Libreville roadmap was "adopted at an AU ministerial meeting" (group African Union).
    ("000", "2019-02-06", False, [
        ev("2019-02-06-bangui-onanga-anyanga-touadera", M, OCC, "2019-02-06", "Bangui",
           [TOUADERA, ONANGA], CAR_SIDES,
           "The Central African Republic's government and 14 armed groups signed a peace agreement in Bangui"),
        ev("2019-02-05-khartoum-al-bashir-chergui-faki-lacroix-touadera", M, OCC, "2019-02-05", "Khartoum",
           [TOUADERA, BASHIR, FAKI, CHERGUI, LACROIX], ["armed groups"],
           "Touadéra and the armed groups initialled the text in Khartoum on Tuesday"),
        ev("2018-08-28-khartoum-armed-groups-sudan", M, OCC, "2018-08", "Khartoum", [],
           ["Sudan", "armed groups"],
           "several of the same groups met in Khartoum and signed a declaration pledging to negotiate"),
        ev("2017-07-17-libreville-african-union", M, OCC, "2017-07", "Libreville", [], ["African Union"],
           "a roadmap adopted at an AU ministerial meeting in Libreville in July 2017"),
        ev("2018-05-23-st-petersburg-putin-touadera", M, OCC, "2018-05", "St Petersburg",
           [TOUADERA, PUTIN], [],
           "Touadéra held talks with President Vladimir Putin in St Petersburg last May"),
        ev("2019-02-10-addis-ababa-touadera", M, PLN, "2019-02-10", "Addis Ababa", [TOUADERA],
           ["African Union"], "Touadéra is expected in Addis Ababa on Sunday for the African Union summit"),
    ], ["'Noureddine Adam and Ali Darassa ... stayed away from the ceremony' (negation)",
        "'Touadéra flew home overnight' (travel)",
        "'\"We are not enemies ...\" he said in a speech' (speech)",
        "'The agreement ... has not been published' (statement)",
        "'Russian instructors now train the army' (no meeting)",
        "'Chergui ... had kept Faki informed by telephone throughout the Khartoum talks' (internal to the AU Commission, habitual)",
        "'fighters would respect the deal \"if the government keeps its word\"' (hypothetical)",
        "'Seven earlier agreements since 2013 collapsed' (counted)",
        "Related Coverage: 'Le Drian meets Touadéra in Bangui', 'Russia and Sudan bring CAR rebel leaders together' (furniture)",
        "MOST READ: 'Zimbabwe opposition leader meets Ramaphosa in Pretoria' (furniture)"]),

    # 001. Broadcaster's site, "Published Friday 23 October 2020 - 16:20 CEST" (manifest
    # 2020-10-23). "on Friday" -> 23 Oct; "in early November" -> 2020-11; "on November 9" ->
    # 2020-11-09; "on Monday" (future) -> 26 Oct; "In June" -> 2020-06; "In September" -> 2020-09;
    # "on Thursday" (past) -> 22 Oct. The signing names Williams ("sat between the two ... teams")
    # and Abu Shahma ("The GNA team was led by"); the two camps are groups. "after a week of talks"
    # is part of the same sentence and occasion. Ghadames: "the commission" = the JMC, so the two
    # camps. The forum's "first online session" is an online meeting -> call, planned, no location.
    # "the eastern parliament" -> House of Representatives. Sarraj-Conte: "a phone call".
    ("001", "2020-10-23", False, [
        ev("2020-10-23-geneva-abu-shahma-williams", M, OCC, "2020-10-23", "Geneva",
           [WILLIAMS, ABU_SHAHMA], LIBYA_SIDES,
           "Military delegations from Libya's two rival camps signed a nationwide and permanent ceasefire in Geneva"),
        ev("2020-11-02-ghadames-government-of-national-accord-libyan-national-army", M, PLN, "2020-11",
           "Ghadames", [], LIBYA_SIDES,
           "the commission would next meet inside Libya, in the desert town of Ghadames"),
        ev("2020-11-09-tunis-libyan-political-dialogue-forum", M, PLN, "2020-11-09", "Tunis", [],
           ["Libyan Political Dialogue Forum"],
           "A 75-member Libyan Political Dialogue Forum is due to open in Tunis on November 9"),
        ev("2020-10-26-libyan-political-dialogue-forum-call", C, PLN, "2020-10-26", None, [],
           ["Libyan Political Dialogue Forum"], "preceded by a first online session on Monday"),
        ev("2020-06-06-cairo-el-sisi-haftar-saleh", M, OCC, "2020-06", "Cairo",
           [SISI, HAFTAR, AGUILA_SALEH], [],
           "Egyptian President Abdel Fattah el-Sisi hosted Haftar and Aguila Saleh"),
        ev("2020-09-06-bouznika-high-council-of-state-house-of-representatives", M, OCC, "2020-09",
           "Bouznika", [], ["House of Representatives", "High Council of State"],
           "delegations of the eastern parliament and the Tripoli-based High Council of State met"),
        ev("2020-10-22-al-sarraj-conte-call", C, OCC, "2020-10-22", None, [SARRAJ, CONTE], [],
           "discussed the talks in a phone call with Italian Prime Minister Giuseppe Conte on Thursday"),
    ], ["'\"The road to a permanent ceasefire ...\" Williams told reporters' (press remarks)",
        "'Haftar, who did not travel to Geneva, made no immediate comment' (negation)",
        "'Erdogan ... said the deal \"does not look very credible to me\"' (statement)",
        "'they proposed a ceasefire initiative that Tripoli rejected' (rejected proposal; the Cairo meeting itself is an event)",
        "'who has said he intends to step down by the end of the month' (statement)",
        "'The European Union and Germany welcomed the agreement' (statements)",
        "'If the ceasefire holds, UN officials hope national elections can follow' (hypothetical)",
        "Read more: 'Haftar's envoy meets Russian officials in Moscow' (furniture)"]),

    # 002. Panamanian English-language site, "Updated: April 9, 2025 · 07:40 EST" (manifest
    # 2025-04-09, a Wednesday, early morning). "on Tuesday" -> 8 Apr; "On Wednesday" (the
    # publication day, still ahead at 07:40 and stated as "is due to") -> planned 9 Apr; "on Feb.
    # 2" -> 2025-02-02; "Two days later" -> 4 Feb. Places: the Palacio de las Garzas -> Panama
    # City; "the capital" -> Panama City. Abrego "joined the talks along with" Martinez-Acha.
    # The conference is a gathering (group) with Hegseth placed there; the memorandum signing is
    # a separate planned encounter with Abrego (one sentence, two events).
    ("002", "2025-04-09", False, [
        ev("2025-04-08-panama-city-abrego-hegseth-martinez-acha-mulino", M, OCC, "2025-04-08",
           "Panama City", [HEGSETH, MULINO, ABREGO, MARTINEZ_ACHA], [],
           "Hegseth held talks with President José Raúl Mulino at the Palacio de las Garzas"),
        ev("2025-04-09-panama-city-abrego-hegseth", M, PLN, "2025-04-09", "Panama City",
           [HEGSETH, ABREGO], [],
           "Hegseth is due to sign a memorandum on security cooperation with Ábrego"),
        ev("2025-04-09-panama-city-hegseth", M, PLN, "2025-04-09", "Panama City", [HEGSETH],
           ["Central American Security Conference"],
           "to address the Central American Security Conference, which brings defense and security chiefs"),
        ev("2025-02-02-panama-city-mulino-rubio", M, OCC, "2025-02-02", "Panama City", [RUBIO, MULINO], [],
           "Secretary of State Marco Rubio met Mulino in the capital on Feb. 2"),
        ev("2025-02-04-abrego-hegseth-call", C, OCC, "2025-02-04", None, [HEGSETH, ABREGO], [],
           "Hegseth and Ábrego held what the Pentagon called an introductory phone call"),
    ], ["'Hegseth, who landed on Monday evening' (travel)",
        "'he toured the Miraflores Locks, telling reporters there ...' (visit without a stated encounter; press remarks)",
        "'Mulino ... has said Panama will not accept permanent U.S. bases' (statement)",
        "'No meeting between Mulino and Trump has been scheduled' (negation)",
        "'The Chinese embassy said in a statement' (statement)",
        "'Opposition lawmakers demanded that the text ... be sent to the National Assembly' (domestic demand)",
        "Photo caption 'Rubio and ... Mulino before their talks, Feb. 2, 2025' (the same Feb. 2 meeting)",
        "Related: 'Mulino and Petro meet at Darien border to discuss migration' (furniture)"]),

    # 003. Wire copy, header "Tue Apr 25, 2023 | 9:52pm EDT", dateline "BOGOTA, April 25 (Andes
    # Wire)" without a year (manifest null; true date 2023-04-25, a Tuesday). "on Tuesday" -> 25
    # Apr; "last Thursday" -> 20 Apr; "On Saturday" -> 22 Apr; "on Monday" -> 24 Apr; "on Nov. 1"
    # -> 2022-11-01 (past, restored relations "last August"); "next week" -> 1-7 May -> 2023-05.
    # The conference: Petro "opened" it, Leyva "chaired"; the countries "among the countries
    # represented" and the EU are groups. The Unitary Platform delegation was received "at the
    # Casa de Narino" -> Bogota. The White House -> Washington.
    ("003", "2023-04-25", True, [
        ev("2023-04-25-bogota-leyva-petro", M, OCC, "2023-04-25", "Bogota", [PETRO, LEYVA],
           ["European Union", "United States", "Brazil", "Mexico", "Spain", "United Kingdom"],
           "Gustavo Petro opened an international conference on Venezuela's political crisis in Bogota on Tuesday"),
        ev("2023-04-20-washington-biden-petro", M, OCC, "2023-04-20", "Washington", [PETRO, BIDEN], [],
           "Petro discussed the initiative with U.S. President Joe Biden at the White House last Thursday"),
        ev("2023-04-22-bogota-petro", M, OCC, "2023-04-22", "Bogota", [PETRO], ["Unitary Platform"],
           "On Saturday he received a delegation from the Unitary Platform"),
        ev("2023-04-24-huitfeldt-leyva-call", C, OCC, "2023-04-24", None, [LEYVA, HUITFELDT], [],
           "Leyva spoke by phone on Monday with Norwegian Foreign Minister Anniken Huitfeldt"),
        ev("2022-11-01-caracas-maduro-petro", M, OCC, "2022-11-01", "Caracas", [PETRO, MADURO], [],
           "he and Maduro met at Miraflores Palace in Caracas on Nov. 1"),
        ev("2023-05-03-madrid-felipe-vi-petro", M, PLN, "2023-05", "Madrid", [PETRO, FELIPE], [],
           "King Felipe VI is due to receive him in Madrid"),
    ], ["'Neither President Nicolas Maduro's government nor the opposition was invited' (negation)",
        "'Leyva told reporters afterwards ... that the same delegations would be convened again soon' (press remarks; vague plan)",
        "'Guaido, who crossed into Colombia on foot on Monday hoping to meet the delegations, left for Miami' (no meeting; travel)",
        "'Those negotiations, held in Mexico City ..., have been frozen since November' (no single occasion)",
        "'Relations ... were restored after Petro took office last August' (no meeting)",
        "'Maduro said on his weekly television show' (statement)",
        "Related Coverage: 'Maduro receives Lula's envoy Amorim in Caracas', 'Colombia, ELN to resume talks in Havana' (furniture)"]),

    # 004. Agency copy, "Source: EurAsia Wire | 2021-10-20 22:41:07", dateline "MOSCOW, Oct. 20"
    # (manifest 2021-10-20, a Wednesday). "on Wednesday" -> 20 Oct; "in July" -> 2021-07; "eight
    # days after" -> 12 Oct; "on Oct. 9 and 10" -> multi-day; "on Aug. 25" -> 2021-08-25; "on
    # Friday" (future) -> 22 Oct. The Moscow format: Lavrov "opened the meeting"; the Taliban
    # delegation (Hanafi, Muttaqi) and the named countries are groups. The G20 "video summit" is a
    # call (Draghi chaired). Bennett's Sochi visit is planned here and occurred in 007.
    ("004", "2021-10-20", False, [
        ev("2021-10-20-moscow-hanafi-lavrov-muttaqi", M, OCC, "2021-10-20", "Moscow",
           [LAVROV, HANAFI, MUTTAQI], ["Taliban", "China", "Pakistan", "Iran", "India"],
           "Russia on Wednesday hosted the third meeting of the \"Moscow format\" consultations on Afghanistan"),
        ev("2021-07-08-moscow-kabulov", M, OCC, "2021-07", "Moscow", [KABULOV], ["Taliban"],
           "who received a Taliban delegation in Moscow in July"),
        ev("2021-10-12-draghi-call", C, OCC, "2021-10-12", None, [DRAGHI], ["G20"],
           "leaders held an extraordinary video summit on Afghanistan chaired by Italian Prime Minister Mario Draghi"),
        ev("2021-10-09-doha-taliban-united-states", M, OCC, "2021-10-09", "Doha", [],
           ["United States", "Taliban"], "U.S. and Taliban officials met in Doha on Oct. 9 and 10",
           date_end="2021-10-10"),
        ev("2021-08-25-khan-putin-call", C, OCC, "2021-08-25", None, [PUTIN, KHAN], [],
           "discussed Afghanistan with Pakistani Prime Minister Imran Khan in a telephone conversation on Aug. 25"),
        ev("2021-10-22-sochi-bennett-putin", M, PLN, "2021-10-22", "Sochi", [PUTIN, BENNETT], [],
           "receive Israeli Prime Minister Naftali Bennett in the Black Sea resort of Sochi on Friday"),
    ], ["'In a joint statement issued after the talks, the participants called for' (statement)",
        "'The United States, which had attended earlier rounds, did not send a representative this time' (negation; counted)",
        "'Lavrov said he regretted the absence' (statement)",
        "'the visitors might also hold bilateral contacts with several participants on the sidelines' (hypothetical)",
        "'Russia has kept its embassy in Kabul open ... but has not formally recognized' (no meeting)",
        "'Syria and Iran are expected to top that agenda' (agenda of the same planned Sochi meeting)",
        "Related stories: 'Chinese FM meets Taliban delegation in Doha' (furniture)"]),

    # 005. Indonesian daily's site, "Tuesday, November 12, 2024 | Last updated 08:15 WIB"
    # (manifest 2024-11-12). "on Tuesday" (Washington, still ahead) -> planned 12 Nov; "On
    # Monday" -> 11 Nov; "on Saturday" -> 9 Nov; "on April 1" -> 2024-04-01 ("second encounter in
    # seven months"); "the same day" -> 9 Nov; "Nov. 15-16", "Nov. 18-19" -> multi-day planned
    # gatherings (groups APEC, G20) with Prabowo placed there. "In separate meetings ... called on
    # Premier Li Qiang and on Zhao Leji" -> two events, one evidence. Places: the White House ->
    # Washington; the Great Hall of the People -> Beijing.
    ("005", "2024-11-12", False, [
        ev("2024-11-12-washington-biden-prabowo", M, PLN, "2024-11-12", "Washington", [PRABOWO, BIDEN], [],
           "is scheduled to meet US President Joe Biden at the White House on Tuesday"),
        ev("2024-11-11-prabowo-trump-call", C, OCC, "2024-11-11", None, [PRABOWO, TRUMP], [],
           "Prabowo telephoned President-elect Donald Trump to congratulate him on his election victory"),
        ev("2024-11-09-beijing-prabowo-xi", M, OCC, "2024-11-09", "Beijing", [XI, PRABOWO], [],
           "Xi Jinping welcomed Prabowo with a state ceremony at the Great Hall of the People"),
        ev("2024-04-01-beijing-prabowo-xi", M, OCC, "2024-04-01", "Beijing", [XI, PRABOWO], [],
           "Xi had also received Prabowo, then defence minister and president-elect, in Beijing on April 1"),
        ev("2024-11-09-beijing-li-prabowo", M, OCC, "2024-11-09", "Beijing", [PRABOWO, LI_QIANG], [],
           "Prabowo called on Premier Li Qiang and on Zhao Leji"),
        ev("2024-11-09-beijing-prabowo-zhao", M, OCC, "2024-11-09", "Beijing", [PRABOWO, ZHAO], [],
           "Prabowo called on Premier Li Qiang and on Zhao Leji"),
        ev("2024-11-15-lima-prabowo", M, PLN, "2024-11-15", "Lima", [PRABOWO], ["APEC"],
           "Prabowo flies to Lima for the Asia-Pacific Economic Cooperation leaders' meeting on Nov. 15-16",
           date_end="2024-11-16"),
        ev("2024-11-18-rio-de-janeiro-prabowo", M, PLN, "2024-11-18", "Rio de Janeiro", [PRABOWO], ["G20"],
           "then to Rio de Janeiro for the G20 summit on Nov. 18-19", date_end="2024-11-19"),
    ], ["'posted a video of the call' (social media post about the same call)",
        "'who replied that they could do so \"anytime you want\". No date has been set' (vague; no fixed occasion)",
        "'The joint statement issued after the Xi talks referred to' (statement)",
        "'The foreign ministry said on Monday that Indonesia's position \"has not changed\"' (statement)",
        "'a senior palace official told The Nusantara Herald' (interview)",
        "'Officials have not ruled out further encounters with Xi and Biden on the sidelines' (hypothetical)",
        "Read also: 'Anwar, Prabowo to meet in Kuala Lumpur next month' (furniture)"]),

    # 006. Broadcaster's site, "Published April 5, 2023 at 8:47 PM PDT" (manifest 2023-04-05,
    # a Wednesday). "on Wednesday" -> 5 Apr; "on Saturday" (past) -> 1 Apr; "on Monday" (past)
    # -> 3 Apr; "on March 26" -> 2023-03-26; McCaul "on Saturday" (future) -> 8 Apr; Macron "on
    # Thursday" -> 6 Apr, and the three-way meeting "later that day" -> 6 Apr. Places: the
    # Reagan Library -> Simi Valley (dateline); "in Belize" -> Belize (country, no city named);
    # "there" -> Taipei. The bilateral and the three-way meeting in Beijing are two events.
    ("006", "2023-04-05", False, [
        ev("2023-04-05-simi-valley-mccarthy-tsai", M, OCC, "2023-04-05", "Simi Valley", [MCCARTHY, TSAI], [],
           "House Speaker Kevin McCarthy met Taiwanese President Tsai Ing-wen at the Ronald Reagan Presidential Library"),
        ev("2023-04-01-guatemala-city-giammattei-tsai", M, OCC, "2023-04-01", "Guatemala City",
           [TSAI, GIAMMATTEI], [],
           "She held talks with Guatemalan President Alejandro Giammattei in Guatemala City on Saturday"),
        ev("2023-04-03-belize-briceno-tsai", M, OCC, "2023-04-03", "Belize", [TSAI, BRICENO], [],
           "with Prime Minister John Briceño in Belize on Monday"),
        ev("2023-03-26-beijing-qin-reina", M, OCC, "2023-03-26", "Beijing", [REINA, QIN], [],
           "Reina and his Chinese counterpart Qin Gang signed the communique establishing ties in Beijing"),
        ev("2023-04-08-taipei-mccaul-tsai", M, PLN, "2023-04-08", "Taipei", [MCCAUL, TSAI], [],
           "is expected to meet Tsai there on Saturday, after she returns home"),
        ev("2023-04-06-beijing-macron-xi", M, PLN, "2023-04-06", "Beijing", [MACRON, XI], [],
           "Macron is scheduled to hold talks with President Xi Jinping in Beijing on Thursday"),
        ev("2023-04-06-beijing-macron-von-der-leyen-xi", M, PLN, "2023-04-06", "Beijing", [MACRON, VDL, XI],
           [], "sit down with Xi later that day for a three-way meeting"),
    ], ["'McCarthy told a news conference' (press conference)",
        "'Tsai thanked Congress for its \"unwavering support\"' (statement)",
        "'Honduras switched recognition to Beijing last month' (no meeting beyond the 26 March signing)",
        "'China's consulate ... called the meeting a \"provocation\"' (statement)",
        "'McCarthy, who said earlier this year he hoped to visit Taiwan himself' (hypothetical; no fixed occasion)",
        "'arrives in Taipei on Thursday' (travel; the planned meeting is on Saturday)",
        "'Ma Ying-jeou ... is also touring China, but no meeting with Xi has been announced' (negation)",
        "RELATED: 'Biden, Xi spoke by phone in July, White House says' (furniture)"]),

    # 007. Israeli news site, "Sunday, December 12, 2021 | 21:05 IST" (manifest 2021-12-12).
    # "on Sunday afternoon" -> 12 Dec; "on Monday" (future) -> planned 13 Dec; "On December 6"
    # -> 2021-12-06; "In late November" -> 2021-11; "on October 22" -> 2021-10-22 (shared with 004,
    # where it is planned); "in August" -> 2021-08. Places: the tarmac in Abu Dhabi; "his private
    # palace" -> Abu Dhabi; the White House -> Washington. Tahnoun "met Ali Shamkhani ... and was
    # then received by President Ebrahim Raisi" -> two events. Three bin Zayed brothers appear;
    # their keys use 'bin-zayed' and never share a key.
    ("007", "2021-12-12", False, [
        ev("2021-12-12-abu-dhabi-bennett-bin-zayed", M, OCC, "2021-12-12", "Abu Dhabi", [BENNETT, ABZ], [],
           "was greeted on the tarmac by Foreign Minister Sheikh Abdullah bin Zayed"),
        ev("2021-12-13-abu-dhabi-bennett-bin-zayed", M, PLN, "2021-12-13", "Abu Dhabi", [BENNETT, MBZ], [],
           "scheduled to hold talks on Monday with Abu Dhabi Crown Prince Sheikh Mohammed bin Zayed"),
        ev("2021-12-06-tehran-bin-zayed-shamkhani", M, OCC, "2021-12-06", "Tehran", [TAHNOUN, SHAMKHANI], [],
           "flew to Tehran, where he met Ali Shamkhani, secretary of Iran's Supreme National Security Council"),
        ev("2021-12-06-tehran-bin-zayed-raisi", M, OCC, "2021-12-06", "Tehran", [TAHNOUN, RAISI], [],
           "and was then received by President Ebrahim Raisi"),
        ev("2021-11-24-abu-dhabi-bagheri-kani-gargash", M, OCC, "2021-11", "Abu Dhabi", [BAGHERI, GARGASH], [],
           "Ali Bagheri Kani, held talks in Abu Dhabi with Anwar Gargash"),
        ev("2021-10-22-sochi-bennett-putin", M, OCC, "2021-10-22", "Sochi", [BENNETT, PUTIN], [],
           "who met Russian President Vladimir Putin in Sochi on October 22"),
        ev("2021-08-27-washington-bennett-biden", M, OCC, "2021-08", "Washington", [BENNETT, BIDEN], [],
           "was received by US President Joe Biden at the White House in August"),
    ], ["'The visit was announced only hours before he took off' (statement; travel)",
        "'Bennett told the Emirati news agency WAM in an interview' (interview)",
        "'An Israeli official ... said the prime minister would \"not lecture\" his hosts' (statement)",
        "'Lapid inaugurated Israel's embassy in Abu Dhabi in June' (visit without a stated encounter)",
        "'a trip planned by Benjamin Netanyahu was called off several times' (cancelled)",
        "'Iran's foreign ministry did not immediately comment' (negation)",
        "Related stories: 'Gantz, Austin discuss Iran at Pentagon' (furniture)"]),

    # 008. Live blog, "Live coverage, 6-7 July 2017 · Last updated Friday 7 July 2017, 04:05"
    # (manifest 2017-07-07). Entries are grouped under "FRIDAY 7 JULY" and "THURSDAY 6 JULY";
    # "Thursday evening" -> 6 Jul, the session "broke up at around 2 a.m." -> 7 Jul, so one event
    # 6-7 Jul; "this afternoon" in a Thursday entry -> 6 Jul (travel); "on June 30" and "on June
    # 28" -> 2017; "this week" in a Thursday entry -> 3-7 Jul -> 2017-07; "in January" ->
    # 2017-01. Places: Crans-Montana (the conference); Geneva. "Pence telephoned Anastasiades and,
    # separately, Akinci" -> two calls (day unknown, month keys). "the same leaders and
    # ministers" at Geneva = Anastasiades, Akinci, Kotzias, Cavusoglu, plus Johnson. Britain's
    # unnamed special envoy at the opening -> group.
    ("008", "2017-07-07", False, [
        ev("2017-07-06-crans-montana-akinci-anastasiades-cavusoglu-guterres-kotzias", M, OCC, "2017-07-06",
           "Crans-Montana", [GUTERRES, ANASTASIADES, AKINCI, KOTZIAS, CAVUSOGLU], [],
           "It had begun over dinner on Thursday evening, with UN Secretary-General Antonio Guterres",
           date_end="2017-07-07"),
        ev("2017-06-30-crans-montana-akinci-anastasiades-guterres", M, OCC, "2017-06-30", "Crans-Montana",
           [GUTERRES, ANASTASIADES, AKINCI], [], "on June 30, he hosted a lunch for the two leaders"),
        ev("2017-07-anastasiades-pence-call", C, OCC, "2017-07", None, [PENCE, ANASTASIADES], [],
           "US Vice President Mike Pence telephoned Anastasiades and, separately, Akinci this week"),
        ev("2017-07-akinci-pence-call", C, OCC, "2017-07", None, [PENCE, AKINCI], [],
           "US Vice President Mike Pence telephoned Anastasiades and, separately, Akinci this week"),
        ev("2017-06-28-crans-montana-akinci-anastasiades-cavusoglu-kotzias", M, OCC, "2017-06-28",
           "Crans-Montana", [ANASTASIADES, AKINCI, KOTZIAS, CAVUSOGLU], ["United Kingdom"],
           "The conference opened on June 28 with the two leaders, Kotzias and Cavusoglu"),
        ev("2017-01-12-geneva-akinci-anastasiades-cavusoglu-guterres-johnson-kotzias", M, OCC, "2017-01",
           "Geneva", [GUTERRES, ANASTASIADES, AKINCI, KOTZIAS, CAVUSOGLU, JOHNSON], [],
           "where Guterres sat down with the same leaders and ministers, joined by Britain's Boris Johnson"),
    ], ["04:05 'Guterres to reporters: ...' (press remarks); 'would remain \"at the disposal of the parties\" if they wished to try again' (hypothetical)",
        "'Sources describe shouting and \"a lot of drama\"' (detail of the same session)",
        "22:15 'Anastasiades and Akinci have not held a one-on-one meeting today' (negation)",
        "'All contacts have gone through the UN team' (vague)",
        "20:40 'Guterres flew back to Crans-Montana from Geneva this afternoon' (travel)",
        "17:20 'Cavusoglu, speaking to Turkish journalists' (press remarks)",
        "16:45 'the President will brief the National Council in Nicosia as soon as he returns' (internal)",
        "Latest news: 'Football: APOEL draw Vardar' (furniture)"]),

    # 009. Wire copy, "July 22, 2022 6:12 PM GMT+3", dateline "ISTANBUL, July 22 (GWS)" (manifest
    # 2022-07-22, a Friday). "on Friday" -> 22 Jul; "on July 13"; "on Tuesday" -> 19 Jul; "on July
    # 11"; "on April 26"; "in March" -> 2022-03 (the Antalya meeting, keyed on its true date 10
    # March, shared with 010); "on Sunday" (future) -> 24 Jul. The two sides "refused to put their
    # names to a joint document": Shoigu signed with Akar and Guterres, then, "after he left the
    # table", Kubrakov signed "with the same two men" -> two separate encounters, both at the
    # ceremony "hosted by" Erdogan. "had spoken by phone with both Putin and ... Zelenskiy" -> two
    # calls, one evidence. The Tehran summit with Raisi is only the backdrop of Erdogan-Putin.
    ("009", "2022-07-22", False, [
        ev("2022-07-22-istanbul-akar-erdogan-guterres-shoigu", M, OCC, "2022-07-22", "Istanbul",
           [ERDOGAN, GUTERRES, SHOIGU, AKAR], [],
           "Russian Defence Minister Sergei Shoigu first signed with Turkish Defence Minister Hulusi Akar and Guterres"),
        ev("2022-07-22-istanbul-akar-erdogan-guterres-kubrakov", M, OCC, "2022-07-22", "Istanbul",
           [ERDOGAN, GUTERRES, KUBRAKOV, AKAR], [],
           "Ukrainian Infrastructure Minister Oleksandr Kubrakov signed an identical text with the same two men"),
        ev("2022-07-13-istanbul-russia-turkey-ukraine-united-nations", M, OCC, "2022-07-13", "Istanbul", [],
           ["Russia", "Ukraine", "Turkey", "United Nations"],
           "talks in Istanbul on July 13 between military delegations of Russia, Ukraine and Turkey"),
        ev("2022-07-19-tehran-erdogan-putin", M, OCC, "2022-07-19", "Tehran", [ERDOGAN, PUTIN], [],
           "Erdogan discussed the corridor with Russian President Vladimir Putin in Tehran on Tuesday"),
        ev("2022-07-11-erdogan-putin-call", C, OCC, "2022-07-11", None, [ERDOGAN, PUTIN], [],
           "had spoken by phone with both Putin and Ukrainian President Volodymyr Zelenskiy on July 11"),
        ev("2022-07-11-erdogan-zelenskyy-call", C, OCC, "2022-07-11", None, [ERDOGAN, ZELENSKYY], [],
           "had spoken by phone with both Putin and Ukrainian President Volodymyr Zelenskiy on July 11"),
        ev("2022-04-26-moscow-guterres-putin", M, OCC, "2022-04-26", "Moscow", [GUTERRES, PUTIN], [],
           "when he met Putin in Moscow on April 26"),
        ev("2022-03-10-antalya-cavusoglu-kuleba-lavrov", M, OCC, "2022-03", "Antalya",
           [LAVROV, KULEBA, CAVUSOGLU], [],
           "have met only once, in the Turkish resort of Antalya in March"),
        ev("2022-07-24-cairo-lavrov-shoukry", M, PLN, "2022-07-24", "Cairo", [LAVROV, SHOUKRY], [],
           "Lavrov, meanwhile, flies to Cairo on Sunday for talks with Egyptian Foreign Minister Sameh Shoukry"),
    ], ["'The two sides refused to put their names to a joint document' (negation: no Russia-Ukraine signing)",
        "'\"Today, there is a beacon on the Black Sea,\" Guterres said' (speech)",
        "'Kyiv warned that any Russian provocation ... would meet an immediate military response' (statement)",
        "'which agreed to set up a joint coordination centre in the city' (institution, no meeting)",
        "'on the sidelines of a summit with Iranian President Ebrahim Raisi' (backdrop)",
        "'the first stop on an African tour' (travel, no stated encounter)",
        "Read more: 'Putin, Erdogan and Raisi meet in Tehran on Syria' (furniture)"]),

    # 010. Broadcaster's site, "10/03/2022 - 16:05 CET" (day-first; manifest 2022-03-10, a
    # Thursday). "on Thursday" -> 10 Mar; "earlier in the morning" -> 10 Mar; "on Monday" -> 7
    # Mar; "on Sunday" (past, urged) -> 6 Mar; "On Saturday" -> 5 Mar; Harris "on Thursday" -> 10
    # Mar (occurred, reported in the past tense); "this evening for a two-day summit" -> planned
    # 10-11 Mar; Mitsotakis "on Sunday" (future, "is due to") -> 13 Mar. Places: "a hotel near
    # Antalya" -> Antalya; "the Belovezhskaya Pushcha forest" in Belarus -> Belarus (no city);
    # the Kremlin -> Moscow; the Palace of Versailles -> Versailles. "separate meetings with each
    # of his counterparts" -> two events, one evidence.
    ("010", "2022-03-10", False, [
        ev("2022-03-10-antalya-cavusoglu-kuleba-lavrov", M, OCC, "2022-03-10", "Antalya",
           [KULEBA, LAVROV, CAVUSOGLU], [],
           "Kuleba and Russia's Sergei Lavrov talked for about 90 minutes at a hotel near Antalya"),
        ev("2022-03-10-antalya-cavusoglu-lavrov", M, OCC, "2022-03-10", "Antalya", [CAVUSOGLU, LAVROV], [],
           "Çavuşoğlu had held separate meetings with each of his counterparts earlier in the morning"),
        ev("2022-03-10-antalya-cavusoglu-kuleba", M, OCC, "2022-03-10", "Antalya", [CAVUSOGLU, KULEBA], [],
           "Çavuşoğlu had held separate meetings with each of his counterparts earlier in the morning"),
        ev("2022-03-07-belarus-medinsky", M, OCC, "2022-03-07", "Belarus", [MEDINSKY], ["Russia", "Ukraine"],
           "the latest on Monday in the Belovezhskaya Pushcha forest"),
        ev("2022-03-06-erdogan-putin-call", C, OCC, "2022-03-06", None, [ERDOGAN, PUTIN], [],
           "had urged Putin to agree a ceasefire in a phone call on Sunday"),
        ev("2022-03-05-moscow-bennett-putin", M, OCC, "2022-03-05", "Moscow", [BENNETT, PUTIN], [],
           "Bennett flew to Moscow for three hours of talks with Putin at the Kremlin"),
        ev("2022-03-10-warsaw-duda-harris", M, OCC, "2022-03-10", "Warsaw", [HARRIS, DUDA], [],
           "US Vice President Kamala Harris met Polish President Andrzej Duda on Thursday"),
        ev("2022-03-10-versailles-macron", M, PLN, "2022-03-10", "Versailles", [MACRON], ["European Union"],
           "EU leaders gather at the Palace of Versailles this evening for a two-day summit",
           date_end="2022-03-11"),
        ev("2022-03-13-istanbul-erdogan-mitsotakis", M, PLN, "2022-03-13", "Istanbul", [ERDOGAN, MITSOTAKIS],
           [], "Erdoğan is due to host Greek Prime Minister Kyriakos Mitsotakis in Istanbul on Sunday"),
    ], ["'Kuleba said he had asked for a humanitarian corridor' (press remarks about the same talks)",
        "'At his own news conference, Lavrov said Putin would not refuse a meeting with Volodymyr Zelenskyy ... but gave no timing' (press conference; hypothetical)",
        "'three rounds of negotiations ... in Belarus' (counted; only 'the latest on Monday' is an event)",
        "'then travelled on to Berlin' (travel, no stated encounter)",
        "'after a row over a Polish offer of fighter jets' (no meeting)",
        "'Kuleba said he was ready to meet Lavrov again \"if there are prospects\"' (hypothetical)",
        "Latest news: 'Scholz and Macron call Putin, urge ceasefire' (furniture)"]),

    # 011. Government press release, "Nadi, 12 February 2022" (manifest null; true date
    # 2022-02-12, a Saturday). "this afternoon", "today's programme", "then" -> 12 Feb; "on Friday"
    # -> 11 Feb; "this evening" -> departure; the Honolulu meeting "on Saturday, Hawaii time" ->
    # 12 Feb (Hawaii is a day behind Fiji). The welcome ceremony and the bilateral are one
    # occasion. The "virtual meeting" co-hosted by Blinken and the Acting Prime Minister is a call
    # with the unnamed Pacific leaders as a group. "Mr Hayashi Yoshimasa" -> Yoshimasa Hayashi.
    # Places: Denarau, Nadi -> Nadi; the civil-society meeting "before his departure" -> Nadi.
    ("011", "2022-02-12", True, [
        ev("2022-02-12-nadi-blinken-sayed-khaiyum", M, OCC, "2022-02-12", "Nadi", [SAYED_KHAIYUM, BLINKEN], [],
           "the Acting Prime Minister and Secretary Blinken held a bilateral meeting at Denarau, Nadi"),
        ev("2022-02-12-blinken-sayed-khaiyum-call", C, OCC, "2022-02-12", None, [BLINKEN, SAYED_KHAIYUM],
           ["Pacific Island countries"], "co-hosted a virtual meeting with Leaders of Pacific Island Countries"),
        ev("2022-02-12-nadi-blinken", M, OCC, "2022-02-12", "Nadi", [BLINKEN], ["Pacific civil society"],
           "Secretary Blinken also met representatives of Pacific civil society organisations before his departure"),
        ev("2022-02-11-melbourne-blinken-hayashi-jaishankar-payne", M, OCC, "2022-02-11", "Melbourne",
           [BLINKEN, PAYNE, JAISHANKAR, HAYASHI], [],
           "he attended the Quad Foreign Ministers' Meeting with his Australian, Indian and Japanese counterparts"),
        ev("2022-02-12-honolulu-blinken-chung-hayashi", M, PLN, "2022-02-12", "Honolulu",
           [BLINKEN, HAYASHI, CHUNG], [],
           "he will host the Foreign Ministers of Japan and the Republic of Korea"),
    ], ["'on the first visit by a US Secretary of State to our shores since 1985' (counted)",
        "'Bainimarama ... did not take part in today's programme but conveyed his warm greetings' (negation)",
        "'\"For too long our region ...\" the Acting Prime Minister said' (statement)",
        "'He departs this evening for Honolulu' (travel; the planned meeting is the event)",
        "'The last visit by a US Secretary of State, Mr George Shultz, took place in 1985' (visit without a stated encounter)",
        "Latest news: 'Minister opens new Nausori market' (furniture)"]),

    # 012. Digitised newspaper page in an archive viewer, issue "THURSDAY, AUGUST 5, 1993",
    # dispatch "ARUSHA, Wednesday." (manifest null; true date 1993-08-05). "today" in the
    # Wednesday dispatch -> 4 Aug; "Last night" -> 3 Aug; "in July last year" -> 1992-07; "in
    # March, 1991" -> 1991-03; "In March this year" -> 1993-03; "on August 16" (future) ->
    # 1993-08-16. "here" -> Arusha. The guests "among the guests at the Arusha International
    # Conference Centre" are participants. The earlier ceasefires and the Dar es Salaam meeting
    # name nobody -> groups (the government and the RPF).
    ("012", "1993-08-05", True, [
        ev("1993-08-04-arusha-habyarimana-kanyarengwe-museveni-mwinyi-ndadaye-salim-uwilingiyimana", M, OCC,
           "1993-08-04", "Arusha",
           [HABYARIMANA, KANYARENGWE, MWINYI, MUSEVENI, NDADAYE, SALIM, UWILINGIYIMANA], [],
           "Colonel Alexis Kanyarengwe, today signed a peace agreement here to end nearly three years"),
        ev("1992-07-12-arusha-rwanda-rwandese-patriotic-front", M, OCC, "1992-07", "Arusha", [], RWANDA_SIDES,
           "the two sides signed a ceasefire at Arusha in July last year"),
        ev("1991-03-29-nsele-rwanda-rwandese-patriotic-front", M, OCC, "1991-03", "N'Sele", [], RWANDA_SIDES,
           "the ceasefire first agreed at N'Sele, Zaire, in March, 1991"),
        ev("1993-03-05-dar-es-salaam-rwanda-rwandese-patriotic-front", M, OCC, "1993-03", "Dar es Salaam", [],
           RWANDA_SIDES, "In March this year the two delegations met in Dar es Salaam"),
        ev("1993-08-03-boutros-ghali-mwinyi-call", C, OCC, "1993-08-03", None, [MWINYI, BOUTROS_GHALI], [],
           "Last night President Mwinyi telephoned the U.N. Secretary-General, Dr Boutros Boutros-Ghali"),
        ev("1993-08-16-arusha-rwanda-rwandese-patriotic-front", M, PLN, "1993-08-16", "Arusha", [], RWANDA_SIDES,
           "The two delegations are to meet here again on August 16"),
    ], ["'The accord provides for a broad-based transitional government under Mr Faustin Twagiramungu' (terms)",
        "'the protocols negotiated here since' (no single occasion beyond the July 1992 ceasefire)",
        "'A signing set for June 24 was called off at the last minute' (cancelled)",
        "'after the R.P.F. offensive of February' (fighting)",
        "'\"The war is behind us,\" President Habyarimana told the gathering' (speech at the same ceremony)",
        "Also on this page: 'Kenya, Uganda ministers meet on lake transport', 'Moi to open Mombasa show on Saturday' (furniture)"]),

    # 013. Mailing-list digest in a web archive, "Date: Sat, 24 Oct 1998 07:12:40 -0400" and
    # "Saturday, October 24, 1998" (manifest 1998-10-24). "yesterday afternoon", "yesterday
    # morning", "last night" -> 23 Oct; "on October 15" -> talks 15-23 Oct (one round, date_end);
    # "on September 28" -> 1998-09-28; "in mid-December" -> 1998-12. Places: the East Room of the
    # White House -> Washington; the Wye River Conference Center "near Queenstown, Maryland" ->
    # Queenstown. Albright "ran the talks", King Hussein came "to join them", Sharon "sat on the
    # Israeli team" -> participants of the Wye talks. The PNC session is a gathering (group).
    ("013", "1998-10-24", False, [
        ev("1998-10-23-washington-arafat-clinton-hussein-netanyahu", M, OCC, "1998-10-23", "Washington",
           [NETANYAHU, ARAFAT, CLINTON, HUSSEIN], [],
           "signed the Wye River Memorandum in the East Room of the White House yesterday afternoon"),
        ev("1998-10-15-queenstown-albright-arafat-clinton-hussein-netanyahu-sharon", M, OCC, "1998-10-15",
           "Queenstown", [CLINTON, NETANYAHU, ARAFAT, ALBRIGHT, HUSSEIN, SHARON], [],
           "capped talks at the Wye River Conference Center near Queenstown, Maryland, that Clinton opened",
           date_end="1998-10-23"),
        ev("1998-09-28-washington-arafat-clinton-netanyahu", M, OCC, "1998-09-28", "Washington",
           [NETANYAHU, ARAFAT, CLINTON], [],
           "Netanyahu and Arafat had last met face to face on September 28"),
        ev("1998-10-23-arafat-mubarak-call", C, OCC, "1998-10-23", None, [ARAFAT, MUBARAK], [],
           "Arafat telephoned Egyptian President Hosni Mubarak from Washington last night"),
        ev("1998-12-14-gaza-arafat-clinton", M, PLN, "1998-12", "Gaza", [CLINTON, ARAFAT],
           ["Palestine National Council"],
           "Clinton has agreed to travel to Gaza in mid-December to attend a session"),
    ], ["'The deal nearly collapsed ... over Netanyahu's demand that the US free Jonathan Pollard' (no meeting)",
        "'Clinton agreed only to \"review\" the case' (statement)",
        "'King Hussein interrupted his cancer treatment at the Mayo Clinic' (travel; he is a participant of the talks)",
        "'a US-Palestinian security committee meeting every two weeks' (habitual)",
        "'Permanent-status negotiations to resume immediately' (vague, no occasion)",
        "'Netanyahu's cabinet is expected to vote on the memorandum' (internal)",
        "IN THIS ISSUE list (headlines of the same items)"]),

    # 014. Pakistani daily's site, "Thursday, February 24, 2022 · Updated 11:52 PM PKT"
    # (manifest 2022-02-24). "on Thursday" -> 24 Feb; Novak "was due to call on the prime
    # minister at his hotel later in the evening" -> planned 24 Feb (the page does not say it
    # happened); "on Wednesday night" -> 23 Feb; "on October 20" -> 2021-10-20 (the Moscow
    # format, shared with 004; Pakistan's envoy Sadiq is the named participant here); "on
    # February 6" -> 2022-02-06; "on March 22-23" -> planned multi-day gathering (group OIC) that
    # Qureshi hosts. Places: the Kremlin, the hotel and Vnukovo airport -> Moscow.
    ("014", "2022-02-24", False, [
        ev("2022-02-24-moscow-khan-putin", M, OCC, "2022-02-24", "Moscow", [KHAN, PUTIN], [],
           "Imran Khan held talks with Russian President Vladimir Putin at the Kremlin on Thursday"),
        ev("2022-02-24-moscow-khan-novak", M, PLN, "2022-02-24", "Moscow", [NOVAK, KHAN], [],
           "Alexander Novak was due to call on the prime minister at his hotel"),
        ev("2022-02-23-moscow-khan-morgulov", M, OCC, "2022-02-23", "Moscow", [KHAN, MORGULOV], [],
           "The premier had been received at Vnukovo airport on Wednesday night by Deputy Foreign Minister"),
        ev("2021-10-20-moscow-hanafi-lavrov-muttaqi", M, OCC, "2021-10-20", "Moscow", [SADIQ], ["Taliban"],
           "Mohammad Sadiq, represented the country at the Moscow-format talks on October 20"),
        ev("2022-02-06-beijing-khan-xi", M, OCC, "2022-02-06", "Beijing", [KHAN, XI], [],
           "PM Imran met Chinese President Xi Jinping in Beijing on February 6"),
        ev("2022-03-22-islamabad-qureshi", M, PLN, "2022-03-22", "Islamabad", [QURESHI],
           ["Organisation of Islamic Cooperation"],
           "preparing to host the Council of Foreign Ministers of the Organisation of Islamic Cooperation",
           date_end="2022-03-23"),
    ], ["'in the first visit to Russia by a Pakistani premier in 23 years' (counted)",
        "'the prime minister \"regretted the latest situation\"' (PMO statement)",
        "'before the delegation's departure for Islamabad' (travel)",
        "'he laid a wreath at the Tomb of the Unknown Soldier' (ceremony, no encounter)",
        "'Putin and the prime minister have spoken by telephone several times since August' (counted)",
        "'US President Joe Biden has not spoken to him since taking office' (negation)",
        "Read more: 'Qureshi, Lavrov discuss regional situation' (furniture)"]),
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


if __name__ == "__main__":
    main()
