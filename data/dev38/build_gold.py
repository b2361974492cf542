#!/usr/bin/env python3
"""Generate gold.jsonl and manifest.jsonl for the dev38 development corpus.

Run:  python3 data/dev38/build_gold.py   then   python3 data/eval/validate.py data/dev38
Each article lists its true publication date, whether the manifest hides it, its gold
events, and (for documentation only) the traps it contains that must NOT be extracted.
dev38 is a READABLE development set: unlike the holdout sets, it may be read while developing.

It covers 15 real occasions, all from 2013-2025 (one background event, the Lahore visit of
February 1999, is older): West Africa and Russia (Traore in the Kremlin, May 2025), South America
and Russia (Lula in the Kremlin, May 2025), North America (Rubio in Mexico City, September 2025),
North Africa and Turkey (el-Sisi in Ankara, September 2024), Southern Africa and the US (Lourenco at
the White House, November 2023), South-East Asia and China (Xi in Hanoi, April 2025), North-East
Asia (Trump and Kim at Panmunjom, June 2019), South Asia (Sharif and Modi in New Delhi, May 2014),
the Levant and the US (King Abdullah II at the White House, February 2025), Europe and the EU (the
UK-EU summit at Lancaster House, May 2025), Oceania and China (Luxon in Beijing, June 2025), the
Caucasus and Central Asia (Aliyev and Putin in Dushanbe, October 2025), Syria diplomacy in Europe
(Kerry and Lavrov in Geneva, September 2013), the Horn of Africa (the Asmara tripartite summit,
October 2024) and the Caribbean (Rubio in Kingston, March 2025).

Thirteen pages are ordinary modern online news (wire copy, newspapers' and broadcasters' sites,
agency items, a government press release); two are live blogs (006 and 009).

Three pages have no date in the manifest, and each prints one: 004 (agency header
"Luanda - 01/12/2023 08:35", day first), 011 (site header "09.10.2025 | 22:10", day first) and 013
(site header "Friday, 11 October 2024").

Three real events are reported by two pages under the same key:
  2025-05-08-moscow-putin-xi       000 (background) and 001 (background)
  2025-05-09-moscow-lula-putin     000 (background) and 001 (main occasion)
  2024-08-14-cairo-el-sisi-mohamud 003 (background) and 013 (background)
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

# canonical names
TRAORE, PUTIN, LAVROV, BELOUSOV, XI, LULA, FICO = (
    "Ibrahim Traore", "Vladimir Putin", "Sergey Lavrov", "Andrei Belousov", "Xi Jinping",
    "Luiz Inacio Lula da Silva", "Robert Fico")
SHEINBAUM, RUBIO, DE_LA_FUENTE, GARCIA_HARFUCH, HEGSETH, TRUMP, NOBOA = (
    "Claudia Sheinbaum", "Marco Rubio", "Juan Ramon de la Fuente", "Omar Garcia Harfuch",
    "Pete Hegseth", "Donald Trump", "Daniel Noboa")
SISI, ERDOGAN, ABDELATTY, FIDAN, TAMIM, HSM = (
    "Abdel Fattah el-Sisi", "Recep Tayyip Erdogan", "Badr Abdelatty", "Hakan Fidan",
    "Tamim bin Hamad Al Thani", "Hassan Sheikh Mohamud")
LOURENCO, BIDEN, AUSTIN, TETE_ANTONIO, BLINKEN = (
    "Joao Lourenco", "Joe Biden", "Lloyd Austin", "Tete Antonio", "Antony Blinken")
TO_LAM, PHAM_MINH_CHINH, LUONG_CUONG, NGUYEN_PHU_TRONG, ANWAR, HUN_MANET = (
    "To Lam", "Pham Minh Chinh", "Luong Cuong", "Nguyen Phu Trong", "Anwar Ibrahim", "Hun Manet")
KIM, MOON = ("Kim Jong Un", "Moon Jae-in")
SHARIF, MODI, SWARAJ, KARZAI, RAJAPAKSA, SINGH, VAJPAYEE = (
    "Nawaz Sharif", "Narendra Modi", "Sushma Swaraj", "Hamid Karzai", "Mahinda Rajapaksa",
    "Manmohan Singh", "Atal Bihari Vajpayee")
ABDULLAH, HUSSEIN, NETANYAHU, HEALEY, WALTZ, WITKOFF, VDL, COSTA = (
    "Abdullah II", "Hussein bin Abdullah", "Benjamin Netanyahu", "Maura Healey", "Mike Waltz",
    "Steve Witkoff", "Ursula von der Leyen", "Antonio Costa")
STARMER, KALLAS, SEFCOVIC, MELONI, VANCE = (
    "Keir Starmer", "Kaja Kallas", "Maros Sefcovic", "Giorgia Meloni", "JD Vance")
LUXON, LI_QIANG, ZHAO, CHEN_JINING = ("Christopher Luxon", "Li Qiang", "Zhao Leji", "Chen Jining")
ALIYEV, RAHMON = ("Ilham Aliyev", "Emomali Rahmon")
KERRY, BRAHIMI, OBAMA, FABIUS, HAGUE = (
    "John Kerry", "Lakhdar Brahimi", "Barack Obama", "Laurent Fabius", "William Hague")
ISAIAS, KAMEL = ("Isaias Afwerki", "Abbas Kamel")
HOLNESS, JOHNSON_SMITH, MOTTLEY, YOUNG, JEAN, ALI, SANTOKHI = (
    "Andrew Holness", "Kamina Johnson Smith", "Mia Mottley", "Stuart Young", "Fritz Alphonse Jean",
    "Irfaan Ali", "Chandrikapersad Santokhi")


def ev(key, kind, status, date, location, participants, groups, evidence, date_end=None):
    e = {"key": key, "kind": kind, "status": status, "date": date}
    if date_end:
        e["date_end"] = date_end
    e.update({"location": location, "participants": participants, "groups": groups,
              "evidence": evidence})
    return e


M, C, OCC, PLN = "meeting", "call", "occurred", "planned"

ARTICLES = [
    # 000. Wire copy, "May 10, 2025 6:48 PM GMT+3", dateline "MOSCOW, May 10 (NAW)" (manifest
    # 2025-05-10, a Saturday). "on Saturday" -> 10 May; "on Thursday" -> 8 May; "on Friday
    # afternoon" -> 9 May; "in July 2023" -> 2023-07; "in June last year" -> 2024-06; "later this
    # year" (planned) -> 2025. Lavrov ("Sergei" on the page) and Belousov "joined the meeting", so
    # they are participants. The Xi talks have no place in their sentence: the Moscow dispatch and
    # "receiving foreign guests" place them in Moscow. Lula is met "in the Kremlin". The
    # intergovernmental commission names nobody: groups Burkina Faso and Russia, planned, a place.
    ("000", "2025-05-10", False, [
        ev("2025-05-10-moscow-belousov-lavrov-putin-traore", M, OCC, "2025-05-10", "Moscow",
           [TRAORE, PUTIN, LAVROV, BELOUSOV], [],
           "Ibrahim Traore held talks with Russian President Vladimir Putin in the Kremlin on Saturday"),
        ev("2023-07-st-petersburg-putin-traore", M, OCC, "2023-07", "St Petersburg", [PUTIN, TRAORE], [],
           "The two men first met on the sidelines of the Russia-Africa summit in St Petersburg"),
        ev("2025-05-08-moscow-putin-xi", M, OCC, "2025-05-08", "Moscow", [PUTIN, XI], [],
           "he held talks with Chinese President Xi Jinping on Thursday"),
        ev("2025-05-09-moscow-lula-putin", M, OCC, "2025-05-09", "Moscow", [PUTIN, LULA], [],
           "met Brazil's Luiz Inacio Lula da Silva in the Kremlin on Friday afternoon"),
        ev("2024-06-ouagadougou-lavrov-traore", M, OCC, "2024-06", "Ouagadougou", [LAVROV, TRAORE], [],
           "Lavrov visited Ouagadougou in June last year, where he met Traore"),
        ev("2025-ouagadougou-burkina-faso-russia", M, PLN, "2025", "Ouagadougou", [],
           ["Burkina Faso", "Russia"],
           "due to hold the first session of a new intergovernmental commission in Ouagadougou"),
    ], ["'Traore ... said his government had \"many projects\" with the Russian defence ministry' (statement)",
        "'Putin told his guest that Russia would keep helping' (remark inside the main meeting)",
        "'Traore, 37, had watched Friday's parade on Red Square' (attendance at a ceremony)",
        "'The Russian leader has spent the week receiving foreign guests' (vague, counted)",
        "'Russia reopened its embassy there in December 2023' (no meeting)",
        "'Asked whether Putin would accept Traore's invitation ... such a trip \"could be considered\"' (invitation not accepted, hypothetical)",
        "'no joint meeting with the leaders of Mali and Niger ... was planned' (negation)",
        "Related coverage: 'Xi and Putin pledge deeper ...', 'Slovakia's Fico meets Putin ...', 'Mali's junta leader to visit Moscow in June' (furniture)"]),

    # 001. Brazilian English-language site, "Friday, May 9, 2025 | Updated 19:40 BRT" (manifest
    # 2025-05-09). "on Friday" -> 9 May; "in January" -> 2025-01 (call, key month-only because the
    # author does not know the day); "on Tuesday" (future) -> 13 May; "on Thursday" -> 8 May.
    # The photo caption describes the main meeting (one event). Fico: "Later on Friday he met".
    # Putin-Xi: "he and Putin held talks in the Kremlin on Thursday" (shared with 000).
    ("001", "2025-05-09", False, [
        ev("2025-05-09-moscow-lula-putin", M, OCC, "2025-05-09", "Moscow", [LULA, PUTIN], [],
           "Luiz Inácio Lula da Silva held talks with Vladimir Putin in the Kremlin on Friday"),
        ev("2025-01-lula-putin-call", C, OCC, "2025-01", None, [LULA, PUTIN], [],
           "Lula accepted Putin's invitation to the anniversary celebrations during a phone call in January"),
        ev("2025-05-09-moscow-fico-lula", M, OCC, "2025-05-09", "Moscow", [LULA, FICO], [],
           "Later on Friday he met Slovak Prime Minister Robert Fico"),
        ev("2025-05-13-beijing-lula-xi", M, PLN, "2025-05-13", "Beijing", [LULA, XI], [],
           "He is due to hold talks with Chinese President Xi Jinping at the Great Hall"),
        ev("2025-05-08-moscow-putin-xi", M, OCC, "2025-05-08", "Moscow", [XI, PUTIN], [],
           "he and Putin held talks in the Kremlin on Thursday"),
    ], ["'his first to Moscow in 15 years' (counted, no occasion)",
        "'He landed in Moscow on Wednesday night' (travel)",
        "'before hosting a dinner at the Brazilian embassy' (no named guest)",
        "'Lula did not meet Venezuela's Nicolás Maduro' (negation)",
        "'Opposition senators criticised the trip in a joint statement' (statement)",
        "'he would be willing to talk to Volodymyr Zelensky \"if it helps\"' (hypothetical)",
        "'Putin has been invited to the BRICS summit in Rio de Janeiro ... has not said whether he will travel' (unconfirmed)",
        "Read more: 'Haddad meets Bessent in Washington on tariffs', 'Petro arrives in Beijing ...' (furniture)"]),

    # 002. Mexican English-language daily, "September 3, 2025 · 20:15 CST" (manifest 2025-09-03, a
    # Wednesday). "on Wednesday morning" -> 3 Sep; "on Tuesday evening" -> 2 Sep; "on July 31" ->
    # 2025-07-31; "in February" -> 2025-02 (key 2025-02-27, from memory); "on Thursday" (future)
    # -> 4 Sep. The National Palace -> Mexico City. De la Fuente and Garcia Harfuch "sat in on the
    # meeting" (participants). The airport meeting: the Foreign Minister "had met Rubio at the
    # airport when he landed", on a Mexico City page -> Mexico City.
    ("002", "2025-09-03", False, [
        ev("2025-09-03-mexico-city-de-la-fuente-garcia-harfuch-rubio-sheinbaum", M, OCC, "2025-09-03",
           "Mexico City", [SHEINBAUM, RUBIO, DE_LA_FUENTE, GARCIA_HARFUCH], [],
           "Claudia Sheinbaum received U.S. Secretary of State Marco Rubio at the National Palace"),
        ev("2025-09-02-mexico-city-de-la-fuente-rubio", M, OCC, "2025-09-02", "Mexico City",
           [DE_LA_FUENTE, RUBIO], [],
           "De la Fuente had met Rubio at the airport when he landed on Tuesday evening"),
        ev("2025-07-31-sheinbaum-trump-call", C, OCC, "2025-07-31", None, [SHEINBAUM, TRUMP], [],
           "the two leaders spoke by phone on July 31"),
        ev("2025-02-27-washington-de-la-fuente-garcia-harfuch-hegseth-rubio", M, OCC, "2025-02",
           "Washington", [DE_LA_FUENTE, GARCIA_HARFUCH, RUBIO, HEGSETH], [],
           "De la Fuente and García Harfuch met Rubio and Defense Secretary Pete Hegseth"),
        ev("2025-09-04-quito-noboa-rubio", M, PLN, "2025-09-04", "Quito", [RUBIO, NOBOA], [],
           "Rubio flies to Quito on Thursday for talks with Ecuadorian President Daniel Noboa"),
    ], ["'a high-level implementation group that is to meet regularly' (habitual, no occasion)",
        "'Sheinbaum said the agreement respected \"the sovereignty of both countries\"' (statement)",
        "'a joint news conference at the Foreign Ministry' (press conference)",
        "'Sheinbaum has never met President Donald Trump in person' (negation)",
        "'It was Rubio's first trip to Mexico since he took office' (no encounter)",
        "Related stories: 'Ebrard meets Greer in Washington ...', 'Canada's Carney to visit Mexico City this month' (furniture)"]),

    # 003. Egyptian English-language daily, "Wednesday, 4 September 2024 - 22:15" (manifest
    # 2024-09-04). "on Wednesday" -> 4 Sep; "in November 2022" -> 2022-11 (key 20 Nov 2022);
    # "in May last year" -> 2023-05 (key 29 May 2023, from memory); "that September" -> 2023-09
    # (key 10 Sep 2023); "on August 14" -> 2024-08-14 (shared with 013). The one-on-one talks and
    # the council session are one occasion; the foreign ministers "taking part" are participants.
    # The Doha handshake was "arranged by" the emir, who was present: participant. Al-Ittihadiya
    # Palace -> Cairo.
    ("003", "2024-09-04", False, [
        ev("2024-09-04-ankara-abdelatty-el-sisi-erdogan-fidan", M, OCC, "2024-09-04", "Ankara",
           [SISI, ERDOGAN, ABDELATTY, FIDAN], [],
           "El-Sisi held talks with Turkish President Recep Tayyip Erdogan at the Presidential Complex in Ankara"),
        ev("2022-11-20-doha-al-thani-el-sisi-erdogan", M, OCC, "2022-11", "Doha", [SISI, ERDOGAN, TAMIM], [],
           "the two men shook hands in Doha in November 2022"),
        ev("2023-05-29-el-sisi-erdogan-call", C, OCC, "2023-05", None, [SISI, ERDOGAN], [],
           "El-Sisi telephoned Erdogan in May last year to congratulate him on his re-election"),
        ev("2023-09-10-new-delhi-el-sisi-erdogan", M, OCC, "2023-09", "New Delhi", [SISI, ERDOGAN], [],
           "held their first formal talks on the sidelines of the G20 summit in New Delhi"),
        ev("2024-08-14-cairo-el-sisi-mohamud", M, OCC, "2024-08-14", "Cairo", [SISI, HSM], [],
           "El-Sisi received Somali President Hassan Sheikh Mohamud at Al-Ittihadiya Palace on August 14"),
    ], ["'his visit, which followed Erdogan's trip to Cairo in February' (travel, no encounter stated)",
        "'In a post on X, El-Sisi said' (social-media post)",
        "'At a joint press conference, Erdogan said' (press conference)",
        "'Ministers then signed about 20 cooperation documents' (part of the main occasion)",
        "'Both leaders called for an immediate ceasefire in Gaza' (statement)",
        "'The strategic council is meant to meet every year' (habitual)",
        "Read also: 'Abdelatty receives Greek counterpart in Cairo', 'Madbouly meets EU ambassadors ...' (furniture)"]),

    # 004. Angolan agency item, header "Luanda - 01/12/2023 08:35" (day first; manifest null; true
    # date Friday 1 Dec 2023), dateline "Washington". "on Thursday" -> 30 Nov; "in October" ->
    # 2023-10 (invented call, key month-only); "in late September" -> 2023-09 (key 27 Sep 2023);
    # "later on Friday" (planned) -> 1 Dec. The Oval Office and the State Department -> Washington.
    ("004", "2023-12-01", True, [
        ev("2023-11-30-washington-biden-lourenco", M, OCC, "2023-11-30", "Washington", [LOURENCO, BIDEN], [],
           "João Lourenço, was received on Thursday at the White House by his American counterpart"),
        ev("2023-10-biden-lourenco-call", C, OCC, "2023-10", None, [BIDEN, LOURENCO], [],
           "Biden invited his Angolan counterpart during a telephone conversation in October"),
        ev("2023-09-27-luanda-austin-lourenco", M, OCC, "2023-09", "Luanda", [AUSTIN, LOURENCO], [],
           "was received by President João Lourenço in Luanda in late September"),
        ev("2023-12-01-washington-antonio-blinken", M, PLN, "2023-12-01", "Washington",
           [TETE_ANTONIO, BLINKEN], [],
           "Téte António, is due to meet Secretary of State Antony Blinken at the State Department"),
    ], ["'Speaking before the meeting, President Biden said' and 'told journalists afterwards' (statements)",
        "'President Biden has promised to travel to Africa, but the White House has not announced any dates' (no occasion)",
        "'travels to Dubai, where he will take part in the United Nations climate conference' (travel; conference as backdrop)",
        "Related news: 'Lobito: Zambia and DRC ministers meet in Luanda', 'Tshisekedi receives Angolan envoy in Kinshasa' (furniture)"]),

    # 005. Vietnamese English-language site, "15/04/2025 20:30 (GMT+7)" (manifest 2025-04-15, a
    # Tuesday). "On Monday afternoon" -> 14 Apr; "on Monday" -> 14 Apr; "On Tuesday morning" ->
    # 15 Apr; "In December 2023" -> 2023-12 (key 12 Dec 2023); "in August last year" -> 2024-08
    # (key 19 Aug 2024); "on Wednesday" (future) -> 16 Apr; "later in the week" -> 2025-04 (key
    # month-only). Diacritics on the page (Tô Lâm, Phạm Minh Chính, Lương Cường, Nguyễn Phú Trọng,
    # Hà Nội); canonical names are ASCII and Vietnamese names keep family-name-first order (key
    # tokens to, pham, luong, nguyen; hun for Hun Manet). The photo caption restates the Monday talks.
    ("005", "2025-04-15", False, [
        ev("2025-04-14-hanoi-to-xi", M, OCC, "2025-04-14", "Hanoi", [TO_LAM, XI], [],
           "On Monday afternoon, Party General Secretary Tô Lâm held talks with Xi"),
        ev("2025-04-14-hanoi-pham-xi", M, OCC, "2025-04-14", "Hanoi", [XI, PHAM_MINH_CHINH], [],
           "Xi also met Prime Minister Phạm Minh Chính on Monday"),
        ev("2025-04-15-hanoi-luong-xi", M, OCC, "2025-04-15", "Hanoi", [LUONG_CUONG, XI], [],
           "On Tuesday morning, State President Lương Cường received Xi at the Presidential Palace"),
        ev("2023-12-12-hanoi-nguyen-xi", M, OCC, "2023-12", "Hanoi", [XI, NGUYEN_PHU_TRONG], [],
           "he held talks in Hà Nội with the late General Secretary Nguyễn Phú Trọng"),
        ev("2024-08-19-beijing-to-xi", M, OCC, "2024-08", "Beijing", [TO_LAM, XI], [],
           "Tô Lâm, for his part, met Xi in Beijing in August last year"),
        ev("2025-04-16-putrajaya-anwar-xi", M, PLN, "2025-04-16", "Putrajaya", [XI, ANWAR], [],
           "he is due to hold talks with Prime Minister Anwar Ibrahim in Putrajaya on Wednesday"),
        ev("2025-04-phnom-penh-hun-xi", M, PLN, "2025-04", "Phnom Penh", [XI, HUN_MANET], [],
           "later in the week with a meeting with Prime Minister Hun Manet in Phnom Penh"),
    ], ["'the two countries signed 45 cooperation documents' (part of the visit)",
        "'It was Xi's fourth visit to Việt Nam as China's top leader' (counted)",
        "'Trump told reporters the talks in Hà Nội were aimed at hurting the United States' (statement)",
        "'Xi published a signed article in the Nhân Dân newspaper' (article)",
        "'Xi flew on to Malaysia' (travel; the planned talks are the event)",
        "Related news: 'PM Chính receives Australian foreign minister', 'Việt Nam, US open first round of reciprocal trade talks' (furniture)"]),

    # 006. Live blog, "Sunday 30 June 2019 · Last updated 20:05 KST" (manifest 2019-06-30).
    # "this morning" -> 30 Jun; "on Saturday morning ... Later that day" -> 29 Jun; "in February"
    # -> 2019-02 (key 27 Feb 2019); "earlier this month" -> 2019-06 (key 20 Jun 2019). The handshake
    # at the line (15:46) and the 50-minute talks (16:10) are one encounter; Moon "joined the two men
    # briefly outside the building", so he is a participant. Freedom House -> Panmunjom; the Blue
    # House -> Seoul; "there" -> Osaka.
    ("006", "2019-06-30", False, [
        ev("2019-06-30-panmunjom-kim-moon-trump", M, OCC, "2019-06-30", "Panmunjom", [TRUMP, KIM, MOON], [],
           "The two leaders held talks for about 50 minutes inside Freedom House"),
        ev("2019-06-30-seoul-moon-trump", M, OCC, "2019-06-30", "Seoul", [TRUMP, MOON], [],
           "Trump and Moon held talks at the Blue House in Seoul this morning"),
        ev("2019-06-29-osaka-trump-xi", M, OCC, "2019-06-29", "Osaka", [TRUMP, XI], [],
           "Later that day he met Chinese President Xi Jinping there"),
        ev("2019-02-27-hanoi-kim-trump", M, OCC, "2019-02", "Hanoi", [KIM, TRUMP], [],
           "Trump and Kim's last summit, in Hanoi in February, collapsed without an agreement"),
        ev("2019-06-20-pyongyang-kim-xi", M, OCC, "2019-06", "Pyongyang", [XI, KIM], [],
           "Xi visited Pyongyang earlier this month for talks with Kim"),
    ], ["'Trump addressed US troops at Osan Air Base' (speech)",
        "'each side would name a team to work out details \"over the next two or three weeks\" ... No date or venue' (no concrete occasion)",
        "'Trump said he had invited Kim to the White House \"at the right time\"; Pyongyang has not responded' (invitation not accepted)",
        "'At a joint news conference, Trump said' (press conference)",
        "'Trump floated the idea in a tweet on Saturday morning' (social-media post)",
        "'Choe Son Hui, called the offer \"very interesting\" in a statement' (statement)",
        "'where he was attending the G20 summit' (backdrop)",
        "Related: 'Pompeo meets Japan's Kono on North Korea' (furniture)"]),

    # 007. Pakistani daily's site, "Updated May 28, 2014 06:55am" (manifest 2014-05-28, a
    # Wednesday), dateline NEW DELHI. "on Tuesday" -> 27 May; "on Monday evening" -> 26 May;
    # "in September" -> 2013-09 (key 29 Sep 2013); "in February 1999" -> 1999-02 (key 21 Feb 1999).
    # Swaraj "was also present" (participant). "held separate talks ... with Karzai and ...
    # Rajapaksa" gives two events with one evidence. Vajpayee "came to Lahore ... and signed the
    # Lahore Declaration with him" states an encounter.
    ("007", "2014-05-28", False, [
        ev("2014-05-27-new-delhi-modi-sharif-swaraj", M, OCC, "2014-05-27", "New Delhi",
           [SHARIF, MODI, SWARAJ], [],
           "Nawaz Sharif and his Indian counterpart Narendra Modi held talks at Hyderabad House"),
        ev("2014-05-26-new-delhi-modi-sharif", M, OCC, "2014-05-26", "New Delhi", [MODI, SHARIF], [],
           "had met briefly on Monday evening in the forecourt of Rashtrapati Bhavan"),
        ev("2014-05-27-new-delhi-karzai-modi", M, OCC, "2014-05-27", "New Delhi", [MODI, KARZAI], [],
           "separate talks on Tuesday with Afghan President Hamid Karzai and Sri Lankan President Mahinda Rajapaksa"),
        ev("2014-05-27-new-delhi-modi-rajapaksa", M, OCC, "2014-05-27", "New Delhi", [MODI, RAJAPAKSA], [],
           "separate talks on Tuesday with Afghan President Hamid Karzai and Sri Lankan President Mahinda Rajapaksa"),
        ev("2013-09-29-new-york-sharif-singh", M, OCC, "2013-09", "New York", [SHARIF, SINGH], [],
           "held talks with Manmohan Singh in New York"),
        ev("1999-02-21-lahore-sharif-vajpayee", M, OCC, "1999-02", "Lahore", [VAJPAYEE, SHARIF], [],
           "Vajpayee, who came to Lahore in February 1999 and signed the Lahore Declaration with him"),
    ], ["'Reading a statement to reporters at his hotel' (statement)",
        "'Sujatha Singh told a briefing' (briefing)",
        "'the two foreign secretaries would \"remain in touch\", but no date was given' (vague, no occasion)",
        "'the swearing-in ceremony, which leaders of all SAARC countries attended' (ceremony)",
        "'among other visiting leaders' (unnamed, vague)",
        "'accompanied by ... Sartaj Aziz, visited the Jama Masjid before flying home' (travel)",
        "'he did not meet Kashmiri separatist leaders' (negation)",
        "'Sharif invited Modi to visit Pakistan ... no dates had been discussed' (invitation, no occasion)",
        "Related: 'Karzai raises Herat consulate attack with Modi', 'Zardari meets Chinese ambassador in Karachi' (furniture)"]),

    # 008. Jordanian English-language site, "12-02-2025 09:15 AM" (manifest 2025-02-12, a
    # Wednesday). "on Tuesday" -> 11 Feb; "on February 4" -> 2025-02-04; "on January 25 ... that
    # day" -> 2025-01-25; "on Sunday" -> 9 Feb; "on Monday" -> 10 Feb; "Late last month" ->
    # 2025-01 (key 29 Jan 2025). The Crown Prince "accompanied the King" and Rubio "attended"
    # (participants); the working lunch is part of the same occasion. The planned Waltz/Witkoff
    # meeting has a place ("in Washington") but no day: date null, key month-only; "members of key
    # congressional committees" is a group.
    ("008", "2025-02-12", False, [
        ev("2025-02-11-washington-abdullah-ii-bin-abdullah-rubio-trump", M, OCC, "2025-02-11", "Washington",
           [ABDULLAH, HUSSEIN, RUBIO, TRUMP], [],
           "King Abdullah II held talks with US President Donald Trump at the White House"),
        ev("2025-02-04-washington-netanyahu-trump", M, OCC, "2025-02-04", "Washington", [TRUMP, NETANYAHU], [],
           "on February 4, after hosting Israeli Prime Minister Benjamin Netanyahu at the White House"),
        ev("2025-01-25-abdullah-ii-trump-call", C, OCC, "2025-01-25", None, [TRUMP, ABDULLAH], [],
           "he had asked the King in a phone call that day"),
        ev("2025-02-09-washington-abdullah-ii-hegseth", M, OCC, "2025-02-09", "Washington", [ABDULLAH, HEGSETH], [],
           "when he met Defense Secretary Pete Hegseth in Washington"),
        ev("2025-02-10-boston-abdullah-ii-healey", M, OCC, "2025-02-10", "Boston", [ABDULLAH, HEALEY], [],
           "In Boston on Monday, he met Massachusetts Governor Maura Healey"),
        ev("2025-02-washington-abdullah-ii-waltz-witkoff", M, PLN, None, "Washington",
           [ABDULLAH, WALTZ, WITKOFF], ["United States Congress"],
           "is due to meet National Security Adviser Mike Waltz, Middle East envoy Steve Witkoff"),
        ev("2025-01-29-brussels-abdullah-ii-costa-von-der-leyen", M, OCC, "2025-01", "Brussels",
           [ABDULLAH, VDL, COSTA], [],
           "where he and EU leaders Ursula von der Leyen and António Costa signed"),
    ], ["'Speaking to reporters in the Oval Office' (remarks inside the main meeting)",
        "'He later wrote on X' (social-media post)",
        "'Trump has called for the US to take over Gaza' (statement)",
        "'el-Sisi would not travel to Washington for talks if the displacement plan was on the agenda' (conditional, negation)",
        "Related News: 'Prime Minister receives EU commissioner in Amman', 'Arab foreign ministers to meet in Riyadh ahead of summit' (furniture)"]),

    # 009. Live blog, "Monday 19 May 2025 · Last updated 14:50 BST" (manifest 2025-05-19). The
    # summit is "under way" (occurred, 19 May); Lancaster House -> London. "on 3 February" ->
    # 2025-02-03; "on 24 April" -> 2025-04-24 (Downing Street -> London); "on Friday" -> 16 May;
    # "on Sunday" -> 18 May. "Costa hosted him at a dinner with EU leaders": Starmer ("him") and
    # Costa, the EU leaders as a group. "The two met again" = von der Leyen and Starmer. The
    # Trump-Putin call is "due ... at 3pm UK time", after the last update: planned.
    ("009", "2025-05-19", False, [
        ev("2025-05-19-london-costa-kallas-sefcovic-starmer-von-der-leyen", M, OCC, "2025-05-19", "London",
           [STARMER, VDL, COSTA, KALLAS, SEFCOVIC], [],
           "Starmer welcomed Ursula von der Leyen and Costa to Lancaster House shortly before 10am"),
        ev("2025-05-19-putin-trump-call", C, PLN, "2025-05-19", None, [TRUMP, PUTIN], [],
           "Donald Trump is due to speak to Vladimir Putin by phone at 3pm UK time"),
        ev("2025-02-03-brussels-costa-starmer", M, OCC, "2025-02-03", "Brussels", [COSTA, STARMER],
           ["European Union"],
           "Costa hosted him at a dinner with EU leaders at an informal retreat in Brussels"),
        ev("2025-04-24-london-starmer-von-der-leyen", M, OCC, "2025-04-24", "London", [VDL, STARMER], [],
           "von der Leyen held talks with Starmer at Downing Street on 24 April"),
        ev("2025-05-16-tirana-starmer-von-der-leyen", M, OCC, "2025-05-16", "Tirana", [VDL, STARMER], [],
           "The two met again on Friday on the sidelines of the European Political Community summit"),
        ev("2025-05-18-rome-meloni-vance-von-der-leyen", M, OCC, "2025-05-18", "Rome", [VDL, MELONI, VANCE], [],
           "she and Italy's Giorgia Meloni met US Vice President JD Vance on Sunday"),
    ], ["'The two sides agreed to hold a summit every year' (habitual)",
        "'At a joint news conference, António Costa said' (press conference)",
        "'Kemi Badenoch said on X' and 'Nigel Farage said' (social-media post, statement)",
        "'The texts were finalised overnight after weeks of negotiations' (vague, counted)",
        "'after Pope Leo XIV's inauguration Mass' (ceremony)",
        "Most read: 'Trump-Putin call: what we know' (furniture)"]),

    # 010. New Zealand broadcaster's site, "7:55 pm on 20 June 2025" (manifest 2025-06-20, a
    # Friday), "in Beijing". "has met" (main, the publication day; the caption says "on Friday")
    # -> 20 Jun; "then" -> 20 Jun; "on Thursday" -> 19 Jun; "earlier in the week" -> 2025-06;
    # "in November" -> 2024-11 (key month-only). The Great Hall of the People -> Beijing.
    ("010", "2025-06-20", False, [
        ev("2025-06-20-beijing-luxon-xi", M, OCC, "2025-06-20", "Beijing", [LUXON, XI], [],
           "Christopher Luxon has met Chinese President Xi Jinping at the Great Hall of the People"),
        ev("2025-06-20-beijing-li-luxon", M, OCC, "2025-06-20", "Beijing", [LUXON, LI_QIANG], [],
           "Luxon then held talks with Premier Li Qiang"),
        ev("2025-06-19-beijing-luxon-zhao", M, OCC, "2025-06-19", "Beijing", [LUXON, ZHAO], [],
           "In Beijing on Thursday he met Zhao Leji"),
        ev("2025-06-shanghai-chen-luxon", M, OCC, "2025-06", "Shanghai", [LUXON, CHEN_JINING], [],
           "he called on the city's Communist Party secretary, Chen Jining"),
        ev("2024-11-lima-luxon-xi", M, OCC, "2024-11", "Lima", [XI, LUXON], [],
           "Xi and Luxon first met at the APEC summit in Lima in November"),
    ], ["'He told reporters afterwards that the talks had been frank' (press remarks)",
        "'the first developed country to sign a free trade agreement with China, in 2008' (no meeting)",
        "'Luxon flies back to Auckland on Saturday and is then due to travel to Europe' (travel)",
        "'a further meeting with Xi at the APEC summit ... had not been ruled out, but none had been requested' (hypothetical, negation)",
        "'Opposition leader Chris Hipkins said on Friday' (statement)",
        "Related Stories: 'Peters meets Wang Yi's deputy as officials prepare for visit' (furniture)"]),

    # 011. Caucasus news site, header "09.10.2025 | 22:10" (day first; manifest null; true date
    # Thursday 9 Oct 2025), dateline "Dushanbe, 9 October". "on Thursday" -> 9 Oct; "on December
    # 28" -> 2024-12-28; "on Tuesday" -> 7 Oct; "in August last year" -> 2024-08 (key 19 Aug 2024);
    # "on Wednesday" -> 8 Oct; "on Friday" (future) -> 10 Oct. The CIS meeting names Putin, Aliyev
    # and Rahmon; the CIS is the group.
    ("011", "2025-10-09", True, [
        ev("2025-10-09-dushanbe-aliyev-putin", M, OCC, "2025-10-09", "Dushanbe", [ALIYEV, PUTIN], [],
           "President Ilham Aliyev met Russian President Vladimir Putin in Dushanbe on Thursday"),
        ev("2024-12-28-aliyev-putin-call", C, OCC, "2024-12-28", None, [PUTIN, ALIYEV], [],
           "Putin apologised to Aliyev in a telephone call on December 28"),
        ev("2025-10-07-aliyev-putin-call", C, OCC, "2025-10-07", None, [ALIYEV, PUTIN], [],
           "when Aliyev telephoned Putin to wish him a happy birthday"),
        ev("2024-08-19-baku-aliyev-putin", M, OCC, "2024-08", "Baku", [ALIYEV, PUTIN], [],
           "Their last full talks were held in Baku in August last year"),
        ev("2025-10-08-dushanbe-putin-rahmon", M, OCC, "2025-10-08", "Dushanbe", [PUTIN, RAHMON], [],
           "and held talks with President Emomali Rahmon that day"),
        ev("2025-10-10-dushanbe-aliyev-putin-rahmon", M, PLN, "2025-10-10", "Dushanbe",
           [PUTIN, ALIYEV, RAHMON], ["Commonwealth of Independent States"],
           "including Putin, Aliyev and Rahmon, will meet in Dushanbe on Friday"),
    ], ["'the crash of an Azerbaijan Airlines Embraer near Aktau on December 25' (no meeting)",
        "'In July, Aliyev said Baku was preparing to take the case to an international court' (statement)",
        "'briefly crossed paths at the Shanghai Cooperation Organisation summit in Tianjin last month but held no talks' (negation)",
        "'Aliyev flew in on Thursday afternoon' (travel)",
        "'Nikol Pashinyan will not attend' (negation)",
        "Latest news: 'Bayramov receives OSCE chairman-in-office in Baku' (furniture)"]),

    # 012. Wire copy, "Sat Sep 14, 2013 1:42pm EDT", dateline "GENEVA, Sept 14 (GWS)" (manifest
    # 2013-09-14). The talks "began on Thursday" and the plan was agreed "on Saturday": one round,
    # 12-14 Sep, with the two expert teams as groups. "On Friday" -> 13 Sep; "later this month"
    # (planned) -> 2013-09 (key month-only); "last week" -> 2013-09 (key 6 Sep 2013); "on Sunday"
    # -> 15 Sep; "on Monday" -> 16 Sep.
    ("012", "2013-09-14", False, [
        ev("2013-09-12-geneva-kerry-lavrov", M, OCC, "2013-09-12", "Geneva", [KERRY, LAVROV],
           ["United States", "Russia"],
           "after three days of talks at a Geneva hotel that began on Thursday", date_end="2013-09-14"),
        ev("2013-09-13-geneva-brahimi-kerry-lavrov", M, OCC, "2013-09-13", "Geneva", [KERRY, LAVROV, BRAHIMI], [],
           "On Friday, Kerry and Lavrov also met U.N.-Arab League envoy Lakhdar Brahimi"),
        ev("2013-09-new-york-brahimi-kerry-lavrov", M, PLN, "2013-09", "New York", [KERRY, LAVROV, BRAHIMI], [],
           "They agreed to meet Brahimi again in New York later this month"),
        ev("2013-09-06-st-petersburg-obama-putin", M, OCC, "2013-09", "St Petersburg", [OBAMA, PUTIN], [],
           "when they met on the sidelines of the G20 summit in St Petersburg last week"),
        ev("2013-09-15-jerusalem-kerry-netanyahu", M, PLN, "2013-09-15", "Jerusalem", [KERRY, NETANYAHU], [],
           "Kerry flies to Jerusalem on Sunday to brief Israeli Prime Minister Benjamin Netanyahu"),
        ev("2013-09-16-paris-fabius-hague-kerry", M, PLN, "2013-09-16", "Paris", [KERRY, FABIUS, HAGUE], [],
           "then to Paris on Monday for talks with his French and British counterparts"),
    ], ["'Kerry and Lavrov announced the deal at a joint news conference' (press conference)",
        "'Kerry said Washington still kept the option of force' (statement)",
        "'Salim Idris ... rejected the agreement in a statement' (statement; rebel commander)",
        "'The U.N. Security Council could vote on a resolution' (hypothetical)",
        "RELATED: 'Assad tells Russian TV he will hand over weapons' (furniture; interview)"]),

    # 013. Somali English-language news site, header "Friday, 11 October 2024" (manifest null).
    # "yesterday" -> 10 Oct; "on Wednesday ... that evening" -> 9 Oct; "on Thursday morning" -> 10
    # Oct; "on August 14" -> 2024-08-14 (shared with 003); "Last month" -> 2024-09 (key month-only).
    # Separate bilateral talks before the summit are separate events. "President Isaias" and
    # "Hassan Sheikh" are short forms of Isaias Afwerki and Hassan Sheikh Mohamud.
    ("013", "2024-10-11", True, [
        ev("2024-10-10-asmara-el-sisi-isaias-mohamud", M, OCC, "2024-10-10", "Asmara", [HSM, SISI, ISAIAS], [],
           "Isaias Afwerki held a three-way summit in Asmara yesterday"),
        ev("2024-10-09-asmara-isaias-mohamud", M, OCC, "2024-10-09", "Asmara", [HSM, ISAIAS], [],
           "Hassan Sheikh arrived in Asmara on Wednesday and held talks with President Isaias that evening"),
        ev("2024-10-10-asmara-el-sisi-isaias", M, OCC, "2024-10-10", "Asmara", [SISI, ISAIAS], [],
           "El-Sisi flew in on Thursday morning and held a bilateral meeting with Isaias"),
        ev("2024-08-14-cairo-el-sisi-mohamud", M, OCC, "2024-08-14", "Cairo", [SISI, HSM], [],
           "El-Sisi hosted Hassan Sheikh in Cairo on August 14"),
        ev("2024-09-asmara-abdelatty-isaias-kamel", M, OCC, "2024-09", "Asmara", [ABDELATTY, KAMEL, ISAIAS], [],
           "visited Asmara, where they met Isaias to prepare the summit"),
    ], ["'agreed to set up a joint tripartite committee of their foreign ministers. No date was given' (no occasion)",
        "'Yemane Gebremeskel said on X' (social-media post)",
        "'It was the Egyptian leader's first visit to Eritrea' (counted)",
        "'agreed a memorandum of understanding with the breakaway region of Somaliland in January' (no encounter stated)",
        "'An Ethiopian official who asked not to be named said' (statement)",
        "'which could deploy early next year if funding is agreed' (hypothetical)",
        "Related: 'Turkey's foreign minister receives Somali counterpart in Ankara', 'Puntland leader meets Jubaland officials in Kismayo' (furniture)"]),

    # 014. Government press release, "Kingston, March 26, 2025" (manifest 2025-03-26, a
    # Wednesday). "today" -> 26 Mar; "tomorrow" -> 27 Mar ("the same day" for Paramaribo).
    # Jamaica House -> Kingston. Johnson Smith "also took part in the discussions" (participant).
    # "met separately in Kingston with" Mottley, Young and Jean: three events, one shared evidence.
    ("014", "2025-03-26", False, [
        ev("2025-03-26-kingston-holness-johnson-smith-rubio", M, OCC, "2025-03-26", "Kingston",
           [HOLNESS, RUBIO, JOHNSON_SMITH], [],
           "Andrew Holness today welcomed United States Secretary of State Marco Rubio to Jamaica House"),
        ev("2025-03-26-kingston-mottley-rubio", M, OCC, "2025-03-26", "Kingston", [RUBIO, MOTTLEY], [],
           "Secretary Rubio met separately in Kingston with the Prime Minister of Barbados"),
        ev("2025-03-26-kingston-rubio-young", M, OCC, "2025-03-26", "Kingston", [RUBIO, YOUNG], [],
           "Secretary Rubio met separately in Kingston with the Prime Minister of Barbados"),
        ev("2025-03-26-kingston-jean-rubio", M, OCC, "2025-03-26", "Kingston", [RUBIO, JEAN], [],
           "Secretary Rubio met separately in Kingston with the Prime Minister of Barbados"),
        ev("2025-03-27-georgetown-ali-rubio", M, PLN, "2025-03-27", "Georgetown", [RUBIO, ALI], [],
           "he will meet President Mohamed Irfaan Ali in Georgetown"),
        ev("2025-03-27-paramaribo-rubio-santokhi", M, PLN, "2025-03-27", "Paramaribo", [RUBIO, SANTOKHI], [],
           "will travel the same day to Paramaribo for talks with Suriname's President Chandrikapersad Santokhi"),
    ], ["'Prime Minister Holness and Secretary Rubio later addressed a joint press conference' (press conference)",
        "'The Prime Minister said Jamaica valued \"a partnership of long standing\"' (statement)",
        "'CARICOM Heads of Government have held several consultations on Haiti since January' (counted)",
        "'following his tour of Central America and the Dominican Republic in February' (travel, no encounter stated)",
        "Related Releases: 'PM Holness meets Canadian High Commissioner', 'PM welcomes Indian delegation ...' (furniture)"]),
]


def main():
    with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as g, \
            open(os.path.join(HERE, "manifest.jsonl"), "w", encoding="utf-8") as m:
        for aid, published, hidden, events, _traps in ARTICLES:
            g.write(json.dumps({"id": aid, "published": published, "events": events},
                               ensure_ascii=False) + "\n")
            m.write(json.dumps({"id": aid, "published": None if hidden else published}) + "\n")
    print(f"wrote {len(ARTICLES)} articles, {sum(len(a[3]) for a in ARTICLES)} events")


if __name__ == "__main__":
    main()
