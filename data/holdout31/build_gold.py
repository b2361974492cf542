#!/usr/bin/env python3
"""Generate gold.jsonl and manifest.jsonl for the holdout31 BLIND held-out corpus.

Run:  python3 data/holdout31/build_gold.py   then   python3 data/eval/validate.py data/holdout31
Each article lists its true publication date, whether the manifest hides it, its gold
events, and (for documentation only) the traps it contains that must NOT be extracted.
holdout31 is a BLIND held-out set: the engineer working on dossier must not read this file.
It covers real occasions from 1988 to 2025 (fourteen of the fifteen in 2019-2025): the Black
Sea grain deal (Istanbul 2022), Imran Khan in Moscow (2022), the US-Israeli delegation in Rabat
(2020), the Central African Republic peace agreement (Bangui 2019), Tsai Ing-wen and Kevin
McCarthy (Simi Valley 2023), Lopez Obrador at the White House (2020), Edmundo Gonzalez Urrutia
at the White House (2025), Austin and Dong Jun at the Shangri-La Dialogue (2024), Putin in Hanoi
(2024), Putin and Pezeshkian in Ashgabat (2024), Li Qiang in Wellington (2024), King Abdullah II
at the White House (2025), the Nile dam talks in Washington (2019), Pope Francis in Budapest
(2023) and Rajiv Gandhi in Beijing (1988).
Eleven pages are ordinary modern online articles (wire copy, national newspapers, broadcasters'
sites, a news agency release); the others are a regional news site, a live blog, a Catholic news
site and a wire-archive item. Three pages have no date in the manifest: 004 (page stamp
"2023/04/06 10:15", Taipei time), 009 ("Friday, 11 October 2024 | 21:40 Tehran") and 011 (page
stamp "11/02/2025 22:48", day first, and the dateline "Washington, Feb. 11").
Three real events are reported by two pages with the same key: the Tehran three-way summit of
19 July 2022 (000, 009), Putin-Kim in Pyongyang on 19 June 2024 (008, 009) and Pelosi-Tsai in
Taipei in August 2022 (004, 007).
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

# canonical names
ERDOGAN, SHOIGU, KUBRAKOV, AKAR, GUTERRES, PUTIN, ZELENSKYY, RAISI = (
    "Recep Tayyip Erdogan", "Sergei Shoigu", "Oleksandr Kubrakov", "Hulusi Akar",
    "Antonio Guterres", "Vladimir Putin", "Volodymyr Zelenskyy", "Ebrahim Raisi")
KHAN, MORGULOV, NOVAK_A, XI, LAVROV = (
    "Imran Khan", "Igor Morgulov", "Alexander Novak", "Xi Jinping", "Sergey Lavrov")
MOHAMMED_VI, MOULAY, KUSHNER, BEN_SHABBAT, BERKOWITZ, EL_OTHMANI, NETANYAHU, TRUMP, MBS, TAMIM = (
    "Mohammed VI", "Moulay El Hassan", "Jared Kushner", "Meir Ben-Shabbat", "Avi Berkowitz",
    "Saad Eddine El Othmani", "Benjamin Netanyahu", "Donald Trump", "Mohammed bin Salman",
    "Tamim bin Hamad Al Thani")
TOUADERA, FAKI, ONANGA, BASHIR, CHERGUI, LACROIX, DARASSA, ADAM, NGREBADA = (
    "Faustin-Archange Touadera", "Moussa Faki Mahamat", "Parfait Onanga-Anyanga",
    "Omar al-Bashir", "Smail Chergui", "Jean-Pierre Lacroix", "Ali Darassa", "Noureddine Adam",
    "Firmin Ngrebada")
TSAI, MCCARTHY, AGUILAR, GALLAGHER, JEFFRIES, SULLIVAN, ERNST, KELLY, GIAMMATTEI, BRICENO, \
    PELOSI, MACRON, MCCAUL = (
        "Tsai Ing-wen", "Kevin McCarthy", "Pete Aguilar", "Mike Gallagher", "Hakeem Jeffries",
        "Dan Sullivan", "Joni Ernst", "Mark Kelly", "Alejandro Giammattei", "John Briceno",
        "Nancy Pelosi", "Emmanuel Macron", "Michael McCaul")
AMLO, TRUDEAU, POMPEO, MNUCHIN, NIELSEN, EBRARD, PENCE = (
    "Andres Manuel Lopez Obrador", "Justin Trudeau", "Mike Pompeo", "Steven Mnuchin",
    "Kirstjen Nielsen", "Marcelo Ebrard", "Mike Pence")
BIDEN, GONZALEZ, WALTZ, SALAZAR, GIMENEZ, SANCHEZ, MILEI, LACALLE_POU, PAGANINI, MULINO, ABINADER = (
    "Joe Biden", "Edmundo Gonzalez Urrutia", "Mike Waltz", "Maria Elvira Salazar",
    "Carlos Gimenez", "Pedro Sanchez", "Javier Milei", "Luis Lacalle Pou", "Omar Paganini",
    "Jose Raul Mulino", "Luis Abinader")
AUSTIN, DONG, RATNER, LI_BIN, WEI, HUN_MANET = (
    "Lloyd Austin", "Dong Jun", "Ely Ratner", "Li Bin", "Wei Fenghe", "Hun Manet")
TO_LAM, CHINH, TRONG, MAN, KIM, USHAKOV = (
    "To Lam", "Pham Minh Chinh", "Nguyen Phu Trong", "Tran Thanh Man", "Kim Jong Un",
    "Yuri Ushakov")
PEZESHKIAN, SERDAR, MISHUSTIN, AREF = (
    "Masoud Pezeshkian", "Serdar Berdimuhamedov", "Mikhail Mishustin", "Mohammad Reza Aref")
LI_QIANG, LUXON, WANG_YI, PETERS, HIPKINS, LI_KEQIANG, ENGLISH, ALBANESE, ANWAR = (
    "Li Qiang", "Christopher Luxon", "Wang Yi", "Winston Peters", "Chris Hipkins", "Li Keqiang",
    "Bill English", "Anthony Albanese", "Anwar Ibrahim")
ABDULLAH, HUSSEIN, SAFADI, HEGSETH, HEALEY, RUBIO = (
    "Abdullah II", "Hussein bin Abdullah", "Ayman Safadi", "Pete Hegseth", "Maura Healey",
    "Marco Rubio")
SHOUKRY, GEDU, ABDALLA, MALPASS, SISI, ABIY = (
    "Sameh Shoukry", "Gedu Andargachew", "Asma Mohamed Abdalla", "David Malpass",
    "Abdel Fattah el-Sisi", "Abiy Ahmed")
FRANCIS, HILARION, BANACH, NOVAK_K, ORBAN, SHMYHAL = (
    "Pope Francis", "Metropolitan Hilarion", "Michael Banach", "Katalin Novak", "Viktor Orban",
    "Denys Shmyhal")
DENG, GANDHI, NEHRU, ZHOU, LI_PENG, YANG, BHUTTO = (
    "Deng Xiaoping", "Rajiv Gandhi", "Jawaharlal Nehru", "Zhou Enlai", "Li Peng",
    "Yang Shangkun", "Benazir Bhutto")

GRAIN4 = ["Russia", "Ukraine", "Turkey", "United Nations"]
NILE3 = ["Egypt", "Ethiopia", "Sudan"]


def ev(key, kind, status, date, location, participants, groups, evidence, date_end=None):
    e = {"key": key, "kind": kind, "status": status, "date": date}
    if date_end:
        e["date_end"] = date_end
    e.update({"location": location, "participants": participants, "groups": groups,
              "evidence": evidence})
    return e


M, C, OCC, PLN = "meeting", "call", "occurred", "planned"

ARTICLES = [
    # 000. Wire copy, "ISTANBUL, July 22 (TGW)", "July 22, 2022 6:47 PM GMT+3" (Friday).
    # "on Friday" -> 22 Jul; "April 26", "two days later" -> 28 Apr; "July 13", "July 11";
    # "on Tuesday" (past) -> 19 Jul; "next week" -> 25-31 Jul -> 2022-07. Places: the Dolmabahce
    # Palace -> Istanbul; Moscow; Kyiv; Istanbul; Tehran. The ceremony is ONE event: the two
    # delegations signed mirror documents at the same ceremony (they did not shake hands, which
    # is not a negation of the event). "Tayyip Erdogan" -> Recep Tayyip Erdogan; "Zelenskiy" ->
    # Volodymyr Zelenskyy; "he" = Guterres; "He saw Putin" = Erdogan. The two July 11 calls are
    # separate calls ("in one call ... in another"). The Tehran three-way summit and the
    # Erdogan-Putin one-on-one are two events (the summit is reported itself, not as backdrop);
    # the summit key is shared with 009. The July 13 session and the planned coordination-centre
    # meeting have unnamed sides only (groups).
    ("000", "2022-07-22", False, [
        ev("2022-07-22-istanbul-akar-erdogan-guterres-kubrakov-shoigu", M, OCC, "2022-07-22",
           "Istanbul", [ERDOGAN, SHOIGU, KUBRAKOV, AKAR, GUTERRES], [],
           "At a ceremony in the Dolmabahce Palace on the Bosphorus, hosted by President Tayyip Erdogan"),
        ev("2022-04-26-moscow-guterres-putin", M, OCC, "2022-04-26", "Moscow", [GUTERRES, PUTIN], [],
           "Guterres travelled to Moscow to see President Vladimir Putin on April 26"),
        ev("2022-04-28-kyiv-guterres-zelenskyy", M, OCC, "2022-04-28", "Kyiv", [GUTERRES, ZELENSKYY], [],
           "then to Kyiv, where he met President Volodymyr Zelenskiy two days later"),
        ev("2022-07-13-istanbul-russia-turkey-ukraine-united-nations", M, OCC, "2022-07-13", "Istanbul",
           [], GRAIN4,
           "Military delegations from Russia and Ukraine then sat down with Turkish and U.N. officials"),
        ev("2022-07-11-erdogan-putin-call", C, OCC, "2022-07-11", None, [ERDOGAN, PUTIN], [],
           "telling Putin in one call that it was time to open a grain corridor"),
        ev("2022-07-11-erdogan-zelenskyy-call", C, OCC, "2022-07-11", None, [ERDOGAN, ZELENSKYY], [],
           "discussing the blockade with Zelenskiy in another"),
        ev("2022-07-19-tehran-erdogan-putin-raisi", M, OCC, "2022-07-19", "Tehran",
           [ERDOGAN, PUTIN, RAISI], [],
           "the two leaders and Iranian President Ebrahim Raisi held a three-way summit on Syria"),
        ev("2022-07-19-tehran-erdogan-putin", M, OCC, "2022-07-19", "Tehran", [ERDOGAN, PUTIN], [],
           "before Erdogan and Putin talked one-on-one"),
        ev("2022-07-27-istanbul-russia-turkey-ukraine-united-nations", M, PLN, "2022-07", "Istanbul",
           [], GRAIN4, "Officials from the four parties are due to meet in Istanbul next week"),
    ], ["'Shoigu and Kubrakov sat at opposite ends of the table and did not shake hands' (detail of the one ceremony, not a separate or negated event)",
        "'Kyiv had refused to put its signature on any page bearing a Russian one' (refusal, no event)",
        "'Guterres, speaking in the palace's gilded hall, called the deal a beacon of hope' (speech)",
        "'Akar said produced agreement on joint inspections' (statement)",
        "'Akar told reporters the sides could convene again in Istanbul if any party raised objections' (hypothetical)",
        "'In his nightly video address, Zelenskiy said ...' (address)",
        "'Lavrov leaves on Sunday for Egypt, Congo, Uganda and Ethiopia' (travel, no encounter)",
        "Related coverage: 'Turkey says Putin, Erdogan to meet again within weeks', 'EU ministers meet in Brussels on food security fund' (furniture)"]),

    # 001. Pakistani national daily, "Published February 25, 2022 | Updated 09:40am" (Friday).
    # "on Thursday" -> 24 Feb; "late on Wednesday" -> 23 Feb; "After the Kremlin meeting" -> 24
    # Feb; "February 6"; "in January" (past) -> 2022-01; "in April last year" -> 2021-04; "March
    # 22 and 23" (future) -> 2022. Places: the Kremlin -> Moscow; Vnukovo airport -> Moscow; "at
    # his hotel" during the Moscow visit -> Moscow; Beijing; Islamabad. The airport reception
    # by Morgulov is an encounter. The January call is one call with a single occasion; "three
    # times since August" is a counted reference (trap). The OIC session is a planned gathering
    # Khan hosts.
    ("001", "2022-02-25", False, [
        ev("2022-02-24-moscow-khan-putin", M, OCC, "2022-02-24", "Moscow", [KHAN, PUTIN], [],
           "he held talks with President Vladimir Putin at the Kremlin on Thursday"),
        ev("2022-02-23-moscow-khan-morgulov", M, OCC, "2022-02-23", "Moscow", [KHAN, MORGULOV], [],
           "was received at Vnukovo airport late on Wednesday by Deputy Foreign Minister Igor Morgulov"),
        ev("2022-02-24-moscow-khan-novak", M, OCC, "2022-02-24", "Moscow", [KHAN, NOVAK_A], [],
           "Deputy Prime Minister Alexander Novak called on the prime minister at his hotel"),
        ev("2022-02-06-beijing-khan-xi", M, OCC, "2022-02-06", "Beijing", [KHAN, XI], [],
           "Khan held talks with Chinese President Xi Jinping in Beijing on February 6"),
        ev("2022-01-khan-putin-call", C, OCC, "2022-01", None, [KHAN, PUTIN], [],
           "the prime minister, in a telephone conversation, renewed his invitation to the Russian leader"),
        ev("2021-04-07-islamabad-khan-lavrov", M, OCC, "2021-04", "Islamabad", [KHAN, LAVROV], [],
           "Foreign Minister Sergei Lavrov, called on Khan in Islamabad in April last year"),
        ev("2022-03-22-islamabad-khan", M, PLN, "2022-03-22", "Islamabad", [KHAN],
           ["Organisation of Islamic Cooperation"],
           "the prime minister is set to host foreign ministers of the Organisation of Islamic Cooperation",
           date_end="2022-03-23"),
    ], ["'A statement from the PM Office said the prime minister regretted ...' (statement)",
        "'he laid a wreath at the Tomb of the Unknown Soldier' (no encounter)",
        "'renewed his invitation to the Russian leader to visit Pakistan' (invitation without a date; the call itself is gold)",
        "'the two have spoken by phone three times since August' (counted)",
        "'President Joe Biden has not telephoned Khan since taking office' (negation)",
        "'He will also chair a meeting of the National Security Committee on Saturday' (internal)",
        "'Khan ... returned home early on Friday' (travel)",
        "Caption 'PM Imran Khan and President Vladimir Putin at the Kremlin' (same event as the talks)",
        "Read more: 'Qureshi, Wang Yi discuss Afghan aid on phone', 'Opposition to meet in Lahore over no-trust move' (furniture)"]),

    # 002. Moroccan regional news site, "Saturday 26 December 2020, 11:02", dateline RABAT.
    # "on Friday" -> 25 Dec; "three days after" / "On Tuesday" -> 22 Dec; "December 10"; "in May
    # 2019"; "earlier this month" -> 2020-12. Places: the Royal Palace in Rabat -> Rabat; Neom;
    # Doha. The audience and the signing "during" it are ONE event: King, Crown Prince, Kushner,
    # Ben-Shabbat, Berkowitz and El Othmani ("In his presence" = the King). "the King's phone
    # call with President Donald Trump on December 10" is a call. Kushner's Gulf talks are two
    # separate encounters (Neom; Doha).
    ("002", "2020-12-26", False, [
        ev("2020-12-25-mohammed-vi-netanyahu-call", C, OCC, "2020-12-25", None,
           [NETANYAHU, MOHAMMED_VI], [],
           "Benjamin Netanyahu and King Mohammed VI held their first telephone conversation on Friday"),
        ev("2020-12-22-rabat-ben-shabbat-berkowitz-el-othmani-kushner-mohammed-vi-moulay-el-hassan",
           M, OCC, "2020-12-22", "Rabat",
           [MOHAMMED_VI, MOULAY, KUSHNER, BEN_SHABBAT, BERKOWITZ, EL_OTHMANI], [],
           "received White House senior adviser Jared Kushner, Israeli National Security Adviser Meir Ben-Shabbat"),
        ev("2020-12-10-mohammed-vi-trump-call", C, OCC, "2020-12-10", None, [MOHAMMED_VI, TRUMP], [],
           "the King's phone call with President Donald Trump on December 10"),
        ev("2019-05-28-rabat-kushner-mohammed-vi", M, OCC, "2019-05", "Rabat", [KUSHNER, MOHAMMED_VI], [],
           "hosted by the King for an iftar dinner in Rabat in May 2019"),
        ev("2020-12-neom-bin-salman-kushner", M, OCC, "2020-12", "Neom", [KUSHNER, MBS], [],
           "flew to the Gulf for talks with Saudi Crown Prince Mohammed bin Salman in Neom"),
        ev("2020-12-doha-al-thani-kushner", M, OCC, "2020-12", "Doha", [KUSHNER, TAMIM], [],
           "with Qatar's Emir Sheikh Tamim bin Hamad Al Thani in Doha"),
    ], ["'a joint US-Israeli delegation flew from Tel Aviv to Rabat' (travel; the audience is the event)",
        "'Netanyahu's office said he invited the monarch to visit Israel' (invitation, not accepted)",
        "'the King recalled the bonds ...' (content of the call, statement)",
        "'Bourita told parliament on Thursday that the declaration \"is now the road map\"' (statement)",
        "'He did not rule out a visit by Netanyahu but said no date was under discussion' (vague)",
        "'The Polisario Front condemned the agreement in a statement from Algiers' (statement)",
        "'For Kushner, the trip capped a year of shuttle diplomacy' (vague)",
        "Read also: 'Kushner meets Bahraini king in Manama to discuss flights', 'Algeria recalls ambassador' (furniture)"]),

    # 003. Agency wire, "BANGUI, Feb. 6 (AFN)", "Source: AFN | 2019-02-06 19:42:10" (Wednesday).
    # "on Wednesday" -> 6 Feb; "on Tuesday" -> 5 Feb; "Jan. 24"; "Aug. 28 last year" -> 2018-08-28;
    # "on Sunday" (future) -> 10 Feb. Places: Bangui; Khartoum; "the Sudanese capital" ->
    # Khartoum; Addis Ababa. The armed groups' representatives are unnamed at the Bangui signing
    # (groups). Darassa and Adam "initialled the deal in Khartoum", so they are participants of the
    # Khartoum initialling (and absent in Bangui: trap). The talks of 24 January name the
    # government delegation's head Ngrebada; both sides are groups. The August 2018 declaration
    # has only groups. The AU summit is a planned gathering Touadera attends.
    ("003", "2019-02-06", False, [
        ev("2019-02-06-bangui-faki-onanga-anyanga-touadera", M, OCC, "2019-02-06", "Bangui",
           [TOUADERA, FAKI, ONANGA], ["CAR armed groups"],
           "President Faustin-Archange Touadera signed the accord with representatives of the armed groups"),
        ev("2019-02-05-khartoum-adam-al-bashir-chergui-darassa-faki-lacroix-touadera", M, OCC,
           "2019-02-05", "Khartoum", [TOUADERA, BASHIR, FAKI, CHERGUI, LACROIX, DARASSA, ADAM],
           ["CAR armed groups"], "The text was initialled on Tuesday in Khartoum"),
        ev("2019-01-24-khartoum-ngrebada", M, OCC, "2019-01-24", "Khartoum", [NGREBADA],
           ["Central African Republic", "CAR armed groups"],
           "negotiations that opened in Khartoum on Jan. 24 between a government delegation"),
        ev("2018-08-28-khartoum-car-armed-groups", M, OCC, "2018-08-28", "Khartoum", [],
           ["CAR armed groups"],
           "Several of the same groups had signed a declaration of understanding in the Sudanese capital"),
        ev("2019-02-10-addis-ababa-touadera", M, PLN, "2019-02-10", "Addis Ababa", [TOUADERA],
           ["African Union"],
           "Touadera is due in Addis Ababa for the African Union summit that opens on Sunday"),
    ], ["'Touadera said in a speech to the gathering' (speech)",
        "'Ali Darassa ... and Noureddine Adam ... did not attend Wednesday's ceremony' (negation)",
        "'he is expected to brief fellow heads of state on the deal' (part of the planned summit, not a separate occasion)",
        "'a follow-up committee would be set up but gave no date for its first session' (vague)",
        "Photo caption 'Delegates applaud after the signing in Bangui' (same event)",
        "Related: 'Chad, CAR foreign ministers meet on border security', 'Sudan's Bashir receives South Sudan's Kiir in Khartoum' (furniture)"]),

    # 004. Taiwanese broadcaster's English site, page stamp "2023/04/06 10:15" (Taipei, Thursday);
    # manifest null. "on Wednesday (April 5, US time)"; "March 30"; "the next morning" -> 31 Mar;
    # "on Saturday" (past) -> 1 Apr; "on Monday" (past) -> 3 Apr; "last August" -> 2022-08; "later
    # on Thursday" -> 6 Apr (planned); "on Saturday" (future) -> 8 Apr (planned). Places: the
    # Reagan Library in Simi Valley -> Simi Valley; New York; Guatemala City; "Belize" (no city)
    # -> Belize; Taipei (Pelosi's "visit to Taipei ... at the Presidential Office"); Beijing;
    # Taipei. McCarthy "hosted the president with a bipartisan group ... that included" Aguilar
    # and Gallagher: they are participants. "Briceño" -> John Briceno. The Pelosi key is shared
    # with 007. McCaul's congressional delegation is a group.
    ("004", "2023-04-06", True, [
        ev("2023-04-05-simi-valley-aguilar-gallagher-mccarthy-tsai", M, OCC, "2023-04-05",
           "Simi Valley", [TSAI, MCCARTHY, AGUILAR, GALLAGHER], [],
           "met US House Speaker Kevin McCarthy at the Ronald Reagan Presidential Library in Simi Valley"),
        ev("2023-03-30-new-york-jeffries-tsai", M, OCC, "2023-03-30", "New York", [TSAI, JEFFRIES], [],
           "where Tsai met House Democratic leader Hakeem Jeffries on March 30"),
        ev("2023-03-31-new-york-ernst-kelly-sullivan-tsai", M, OCC, "2023-03-31", "New York",
           [TSAI, SULLIVAN, ERNST, KELLY], [],
           "had breakfast with Senators Dan Sullivan, Joni Ernst and Mark Kelly the next morning"),
        ev("2023-04-01-guatemala-city-giammattei-tsai", M, OCC, "2023-04-01", "Guatemala City",
           [TSAI, GIAMMATTEI], [],
           "holding talks with President Alejandro Giammattei in Guatemala City on Saturday"),
        ev("2023-04-03-belize-briceno-tsai", M, OCC, "2023-04-03", "Belize", [TSAI, BRICENO], [],
           "where Prime Minister John Briceño received her on Monday"),
        ev("2022-08-03-taipei-pelosi-tsai", M, OCC, "2022-08", "Taipei", [PELOSI, TSAI], [],
           "when she met Tsai at the Presidential Office"),
        ev("2023-04-06-beijing-macron-xi", M, PLN, "2023-04-06", "Beijing", [MACRON, XI], [],
           "Macron is due to hold talks with President Xi Jinping in Beijing later on Thursday"),
        ev("2023-04-08-taipei-mccaul-tsai", M, PLN, "2023-04-08", "Taipei", [TSAI, MCCAUL],
           ["United States Congress"],
           "is expected to be received by Tsai on Saturday, after her return"),
    ], ["'the speaker told reporters the friendship ... was \"a matter of profound importance\"' (press remarks)",
        "'Tsai said in brief remarks that Taiwan would not be isolated' (remarks)",
        "'responded with a statement vowing \"resolute and forceful measures\"' (statement)",
        "'China's Taiwan Affairs Office announced sanctions on the Reagan Library and the Hudson Institute' (not a meeting)",
        "'a congressional delegation ... arrived in Taipei on Thursday morning' (travel; the reception on Saturday is the planned event)",
        "'McCarthy said last month he still hoped to visit Taiwan himself one day' (vague intention)",
        "'Tsai is scheduled to leave Los Angeles later on Thursday and land at Taoyuan airport on Friday' (travel)",
        "'Watch: Tsai's speech at the Reagan Library' (speech, furniture)",
        "Related stories: 'Ma Ying-jeou visits Hunan, meets students' (furniture)"]),

    # 005. Mexican English-language daily, "Thursday, July 9, 2020", "Published 7:05 am CDT".
    # "on Wednesday" -> 8 Jul; "on Monday" -> 6 Jul; "July 2018" -> 2018-07; "June last year" ->
    # 2019-06; "in April" (past) -> 2020-04. Places: the Oval Office and Rose Garden -> Washington;
    # "his campaign offices in Mexico City"; Washington. The Oval Office talks, the Rose Garden
    # signing and the working dinner are ONE event (same pair, same day). Trudeau "declined the
    # invitation" (negation), but his phone call to Lopez Obrador on Monday is a call. "the two
    # presidents settled a dispute ... in a telephone call" in April -> a call.
    ("005", "2020-07-09", False, [
        ev("2020-07-08-washington-lopez-obrador-trump", M, OCC, "2020-07-08", "Washington",
           [AMLO, TRUMP], [],
           "sat down with U.S. President Donald Trump in the Oval Office on Wednesday"),
        ev("2020-07-06-lopez-obrador-trudeau-call", C, OCC, "2020-07-06", None, [TRUDEAU, AMLO], [],
           "He explained his decision to López Obrador in a phone call on Monday"),
        ev("2018-07-13-mexico-city-kushner-lopez-obrador-mnuchin-nielsen-pompeo", M, OCC, "2018-07",
           "Mexico City", [POMPEO, MNUCHIN, NIELSEN, KUSHNER, AMLO], [],
           "called on López Obrador, then president-elect, at his campaign offices in Mexico City"),
        ev("2019-06-05-washington-ebrard-pence-pompeo", M, OCC, "2019-06", "Washington",
           [EBRARD, PENCE, POMPEO], [],
           "Ebrard negotiated with Vice President Mike Pence and Pompeo in Washington in June last year"),
        ev("2020-04-10-lopez-obrador-trump-call", C, OCC, "2020-04", None, [AMLO, TRUMP], [],
           "the two presidents settled a dispute over OPEC oil cuts in a telephone call"),
    ], ["'The day ended with a working dinner for the two presidents at the White House' (part of the same occasion)",
        "'Canadian Prime Minister Justin Trudeau declined the invitation to join them' (negation)",
        "'both men said they would meet in person when conditions allow' (vague)",
        "'The president, who flew to Washington on a commercial flight on Tuesday' (travel)",
        "'laid wreaths at the Lincoln Memorial and the statue of Benito Juárez' (no encounter)",
        "'López Obrador told his morning press conference before leaving' (press conference)",
        "'He is due back in Mexico City on Thursday afternoon' (travel)",
        "Photo caption 'Presidents López Obrador and Trump in the Rose Garden on Wednesday' (same event)",
        "Related: 'Governors meet in San Luis Potosí on reopening plan' (domestic, furniture)"]),

    # 006. Wire copy, "WASHINGTON, Jan 6 (HPS)", "January 6, 2025 - 8:12 PM EST" (Monday).
    # "on Monday" -> 6 Jan; "A few hours later" -> 6 Jan; "in September" (past) -> 2024-09; "On
    # Saturday" / "hours later" -> 4 Jan; "on Wednesday morning" (future) -> 8 Jan; "later in the
    # week" -> 2025-01. Places: the Oval Office -> Washington; Waltz meeting implied by the
    # dateline -> Washington; the Moncloa palace -> Madrid; the Casa Rosada in Buenos Aires;
    # Montevideo; Panama City; Santo Domingo. "he sat down with Mike Waltz, ... who was joined by"
    # Salazar and Gimenez: all participants. "González" -> Edmundo Gonzalez Urrutia.
    ("006", "2025-01-06", False, [
        ev("2025-01-06-washington-biden-gonzalez-urrutia", M, OCC, "2025-01-06", "Washington",
           [BIDEN, GONZALEZ], [],
           "President Joe Biden met Venezuelan opposition leader Edmundo González Urrutia in the Oval Office"),
        ev("2025-01-06-washington-gimenez-gonzalez-urrutia-salazar-waltz", M, OCC, "2025-01-06",
           "Washington", [GONZALEZ, WALTZ, SALAZAR, GIMENEZ], [],
           "A few hours later he sat down with Mike Waltz"),
        ev("2024-09-12-madrid-gonzalez-urrutia-sanchez", M, OCC, "2024-09", "Madrid", [SANCHEZ, GONZALEZ], [],
           "Prime Minister Pedro Sánchez had received him at the Moncloa palace in September"),
        ev("2025-01-04-buenos-aires-gonzalez-urrutia-milei", M, OCC, "2025-01-04", "Buenos Aires",
           [GONZALEZ, MILEI], [],
           "On Saturday he was welcomed by Argentine President Javier Milei at the Casa Rosada"),
        ev("2025-01-04-montevideo-gonzalez-urrutia-lacalle-pou-paganini", M, OCC, "2025-01-04",
           "Montevideo", [GONZALEZ, LACALLE_POU, PAGANINI], [],
           "hours later by Uruguay's President Luis Lacalle Pou and Foreign Minister Omar Paganini in Montevideo"),
        ev("2025-01-08-panama-city-gonzalez-urrutia-mulino", M, PLN, "2025-01-08", "Panama City",
           [MULINO, GONZALEZ], [],
           "President José Raúl Mulino is scheduled to meet him on Wednesday morning"),
        ev("2025-01-santo-domingo-abinader-gonzalez-urrutia", M, PLN, "2025-01", "Santo Domingo",
           [GONZALEZ, ABINADER], [],
           "expected in Santo Domingo later in the week for talks with President Luis Abinader"),
    ], ["'In a statement afterwards, the White House said ...' (statement)",
        "'Speaking to reporters in the snow outside the West Wing' (press remarks)",
        "'He has not been able to arrange a meeting with Trump himself' (negation)",
        "'González said they discussed opposition protests planned for Thursday' (protests, not a meeting)",
        "'his plan to return to Caracas and take office on Friday' / 'Maduro is due to be sworn in' (domestic ceremonies)",
        "'González, 75, left Madrid last week' (travel)",
        "'Machado ... said on X she would join Thursday's protests' (post)",
        "Related coverage: 'Brazil, Colombia to send envoys to Caracas ceremony', 'Blinken speaks with Panama's foreign minister on migration' (furniture)"]),

    # 007. Singapore broadcaster's site, "31 May 2024 08:55PM (Updated: 31 May 2024 10:20PM)".
    # "on Friday (May 31)"; "Apr 16"; "May 16"; "August 2022"; "that November" -> 2022-11; "last
    # November" -> 2023-11; "Apr 2"; "on Tuesday" (future) -> 4 Jun. Places: the Shangri-La Hotel
    # under SINGAPORE -> Singapore; Taipei; Siem Reap; Woodside; Phnom Penh. The Ratner-Li Bin
    # "video conference" and the Austin-Dong "video call" are calls. The Pelosi key is shared
    # with 004. The 2023 dinner handshake with Li Shangfu is a trap.
    ("007", "2024-05-31", False, [
        ev("2024-05-31-singapore-austin-dong", M, OCC, "2024-05-31", "Singapore", [AUSTIN, DONG], [],
           "Lloyd Austin and Chinese Defence Minister Admiral Dong Jun held talks on the sidelines"),
        ev("2024-04-16-austin-dong-call", C, OCC, "2024-04-16", None, [AUSTIN, DONG], [],
           "The two men first spoke in a video call on Apr 16"),
        ev("2024-05-16-li-ratner-call", C, OCC, "2024-05-16", None, [RATNER, LI_BIN], [],
           "Ely Ratner held a video conference with Major General Li Bin"),
        ev("2022-08-03-taipei-pelosi-tsai", M, OCC, "2022-08", "Taipei", [PELOSI, TSAI], [],
           "Nancy Pelosi met Taiwan's President Tsai Ing-wen in Taipei in August 2022"),
        ev("2022-11-22-siem-reap-austin-wei", M, OCC, "2022-11", "Siem Reap", [AUSTIN, WEI], [],
           "Wei Fenghe, in the Cambodian city of Siem Reap that November"),
        ev("2023-11-15-woodside-biden-xi", M, OCC, "2023-11", "Woodside", [BIDEN, XI], [],
           "the summit between President Joe Biden and President Xi Jinping at Woodside, California, last November"),
        ev("2024-04-02-biden-xi-call", C, OCC, "2024-04-02", None, [BIDEN, XI], [],
           "a phone call between them on Apr 2"),
        ev("2024-06-04-phnom-penh-austin-hun", M, PLN, "2024-06-04", "Phnom Penh", [AUSTIN, HUN_MANET], [],
           "travel to Phnom Penh on Tuesday for talks with Cambodian Prime Minister Hun Manet"),
    ], ["'A Chinese defence ministry spokesman described it as \"positive, practical and constructive\"' (statement)",
        "'Beijing turned down a US request for a meeting' (refused proposal)",
        "'Austin and then-minister Li Shangfu only shook hands at the opening dinner' (explicitly not a meeting)",
        "'Military channels were largely frozen' (no event)",
        "'Austin will address the forum on Saturday morning and Dong on Sunday' (speeches)",
        "'Mr Austin also held a series of bilateral meetings with regional counterparts on Friday, officials said, without giving details' (vague, no named counterpart)",
        "'Some 600 delegates ... are attending the three-day dialogue' (the forum as backdrop)",
        "Read more: 'Singapore, Australia defence ministers meet ahead of forum', 'Marcos to deliver keynote' (furniture)"]),

    # 008. Live blog, "Thursday, 20 June 2024 · Last updated 14:50 ICT". Entries carry clock
    # times; status is judged at 14:50. 10:05 talks with To Lam at the Presidential Palace, with
    # Lavrov and Ushakov "in the Russian delegation" (participants) -> occurred; 13:35 Chinh ->
    # occurred; 14:50 "this afternoon" Trong and Man, and "In the evening" the graduates at the
    # Opera House -> planned, 20 Jun, Hanoi. The state banquet hosted by To Lam is the same pair on
    # the same day (trap). 02:15 "on Wednesday ... in Pyongyang" -> 19 Jun (key shared with 009);
    # "Kim saw him off at the airport" is part of the same visit. 08:20 "here in September" ->
    # 2023-09 Hanoi; "in December" -> 2023-12 Hanoi ("Trong" = Nguyen Phu Trong). The graduates
    # are an unnamed group met by Putin and To Lam.
    ("008", "2024-06-20", False, [
        ev("2024-06-20-hanoi-lavrov-putin-to-lam-ushakov", M, OCC, "2024-06-20", "Hanoi",
           [PUTIN, TO_LAM, LAVROV, USHAKOV], [],
           "Putin and President To Lam are holding talks at the Presidential Palace"),
        ev("2024-06-20-hanoi-pham-minh-chinh-putin", M, OCC, "2024-06-20", "Hanoi", [PUTIN, CHINH], [],
           "Putin has just finished talks with Prime Minister Pham Minh Chinh"),
        ev("2024-06-20-hanoi-nguyen-phu-trong-putin", M, PLN, "2024-06-20", "Hanoi", [PUTIN, TRONG], [],
           "Putin is scheduled to meet Communist Party General Secretary Nguyen Phu Trong"),
        ev("2024-06-20-hanoi-putin-tran-thanh-man", M, PLN, "2024-06-20", "Hanoi", [PUTIN, MAN], [],
           "followed by a meeting with National Assembly Chairman Tran Thanh Man"),
        ev("2024-06-20-hanoi-putin-to-lam", M, PLN, "2024-06-20", "Hanoi", [PUTIN, TO_LAM],
           ["Vietnamese graduates of Soviet and Russian universities"],
           "he and To Lam will meet Vietnamese graduates of Soviet and Russian universities"),
        ev("2024-06-19-pyongyang-kim-putin", M, OCC, "2024-06-19", "Pyongyang", [PUTIN, KIM], [],
           "on Wednesday he and Kim Jong Un signed a comprehensive strategic partnership treaty"),
        ev("2023-09-10-hanoi-biden-nguyen-phu-trong", M, OCC, "2023-09", "Hanoi", [BIDEN, TRONG], [],
           "Joe Biden held talks with Nguyen Phu Trong here in September"),
        ev("2023-12-12-hanoi-nguyen-phu-trong-xi", M, OCC, "2023-12", "Hanoi", [XI, TRONG], [],
           "Xi Jinping met Trong in December"),
    ], ["'before a state banquet hosted by the president' (same pair and day as the talks)",
        "12:10 'The two presidents read statements to the press but took no questions' (press statements)",
        "11:40 'Eleven documents have been exchanged in the presence of both presidents' (part of the talks)",
        "'this is Putin's fifth visit to Vietnam as head of state' (counted)",
        "'Putin's Il-96 touched down at Noi Bai airport' (arrival, no stated encounter)",
        "'Kim saw him off at the airport' (part of the Pyongyang visit)",
        "'The US embassy said on Wednesday that no country should give Putin a platform' (statement)",
        "Related: 'Japan's foreign minister visits Hanoi for talks with Bui Thanh Son' (furniture)"]),

    # 009. Iranian English-language site, "Friday, 11 October 2024 | 21:40 Tehran"; manifest null.
    # "on Friday" -> 11 Oct; "in the afternoon" -> 11 Oct; "September 30"; "in August" (past) ->
    # 2024-08; "in July 2022"; "in June" (past) -> 2024-06; "later this month" -> 2024-10; "July 8"
    # (past) -> 2024-07-08 (a call: "Putin called to congratulate Pezeshkian"). Places:
    # Ashgabat ("the Turkmen capital"); Tehran (Mishustin; Shoigu "received by the president"
    # among "Russian visits to Tehran"); Tehran (2022 summit; key shared with 000); Pyongyang (key
    # shared with 008); Kazan. "his host, President Serdar Berdimuhamedov" met Putin (event).
    # Mishustin's talks include Aref.
    ("009", "2024-10-11", True, [
        ev("2024-10-11-ashgabat-pezeshkian-putin", M, OCC, "2024-10-11", "Ashgabat", [PEZESHKIAN, PUTIN], [],
           "Masoud Pezeshkian held his first face-to-face meeting with Russian President Vladimir Putin on Friday"),
        ev("2024-10-11-ashgabat-berdimuhamedov-putin", M, OCC, "2024-10-11", "Ashgabat", [PUTIN, SERDAR], [],
           "also held talks with his host, President Serdar Berdimuhamedov"),
        ev("2024-07-08-pezeshkian-putin-call", C, OCC, "2024-07-08", None, [PUTIN, PEZESHKIAN], [],
           "when Putin called to congratulate Pezeshkian on his election victory"),
        ev("2024-09-30-tehran-aref-mishustin-pezeshkian", M, OCC, "2024-09-30", "Tehran",
           [MISHUSTIN, PEZESHKIAN, AREF], [],
           "Prime Minister Mikhail Mishustin held talks with Pezeshkian and First Vice President Mohammad Reza Aref"),
        ev("2024-08-05-tehran-pezeshkian-shoigu", M, OCC, "2024-08", "Tehran", [SHOIGU, PEZESHKIAN], [],
           "secretary of Russia's Security Council, was received by the president in August"),
        ev("2022-07-19-tehran-erdogan-putin-raisi", M, OCC, "2022-07", "Tehran", [PUTIN, RAISI, ERDOGAN], [],
           "for a three-way summit with late President Ebrahim Raisi and Turkish President Recep Tayyip Erdogan"),
        ev("2024-06-19-pyongyang-kim-putin", M, OCC, "2024-06", "Pyongyang", [PUTIN, KIM], [],
           "when Putin met Kim Jong Un in Pyongyang in June"),
        ev("2024-10-23-kazan-pezeshkian-putin", M, PLN, "2024-10", "Kazan", [PEZESHKIAN, PUTIN], [],
           "due to meet again on the sidelines of the BRICS summit in Kazan"),
    ], ["'Until now their contacts had been limited to telephone conversations' (vague; only the dated July 8 call in the same sentence is gold)",
        "'\"Our positions on international events are often very close,\" Putin told his guest' (remarks within the meeting)",
        "'Putin, who had not been expected in the Turkmen capital until the Kremlin announced the trip' (travel)",
        "'Officials gave no date for its signing' (vague)",
        "'Putin invited Pezeshkian to pay an official visit to Russia' (invitation without a date)",
        "'a flurry of Russian visits to Tehran' (vague)",
        "Related news: 'Araghchi to visit Riyadh, Doha in regional tour', 'Caspian states' foreign ministers meet in Moscow' (furniture)"]),

    # 010. New Zealand broadcaster's site, "7:48 pm on 13 June 2024" (Thursday). "this afternoon"
    # -> 13 Jun; "in March" (past) -> 2024-03; "last June" -> 2023-06; "in March 2017"; "on
    # Monday" (future) -> 17 Jun; "on June 19". Places: Government House under the Wellington
    # story -> Wellington; Wellington; Beijing; Wellington; Canberra; Putrajaya. The dinner at
    # Premier House "tonight" is the same pair on the same day (trap). Li Qiang and Li Keqiang are
    # different people.
    ("010", "2024-06-13", False, [
        ev("2024-06-13-wellington-li-luxon", M, OCC, "2024-06-13", "Wellington", [LI_QIANG, LUXON], [],
           "Chinese Premier Li Qiang has held talks with Prime Minister Christopher Luxon in Wellington"),
        ev("2024-03-18-wellington-peters-wang", M, OCC, "2024-03", "Wellington", [WANG_YI, PETERS], [],
           "he held talks with Foreign Minister Winston Peters in Wellington"),
        ev("2023-06-27-beijing-hipkins-xi", M, OCC, "2023-06", "Beijing", [HIPKINS, XI], [],
           "Labour leader Chris Hipkins met President Xi Jinping in Beijing last June"),
        ev("2017-03-27-wellington-english-li", M, OCC, "2017-03", "Wellington", [LI_KEQIANG, ENGLISH], [],
           "Li Keqiang, held talks with then-prime minister Bill English in Wellington in March 2017"),
        ev("2024-06-17-canberra-albanese-li", M, PLN, "2024-06-17", "Canberra", [LI_QIANG, ALBANESE], [],
           "He is due to hold talks with Prime Minister Anthony Albanese in Canberra on Monday"),
        ev("2024-06-19-putrajaya-anwar-li", M, PLN, "2024-06-19", "Putrajaya", [LI_QIANG, ANWAR], [],
           "he is scheduled to meet Prime Minister Anwar Ibrahim in Putrajaya on June 19"),
    ], ["'Luxon is hosting the premier at a dinner at Premier House tonight' (same pair and day as the talks)",
        "'Li was welcomed with a pōwhiri on the lawn of Government House' (part of the same occasion)",
        "'\"We don't always see eye to eye,\" Li said afterwards' (remarks)",
        "'Protesters and supporters gathered outside the premier's hotel' (no meeting)",
        "'Li travels to Auckland tomorrow to visit a food company and a film studio before flying to Adelaide on Saturday' (travel and visits, no stated encounter)",
        "'Luxon said he expected to travel to China himself \"at some point\", but no dates had been discussed' (vague)",
        "'The Greens said they had not been offered a meeting with the premier' (negation)",
        "Related stories: 'Peters and Wong meet in Adelaide ahead of Li's Australian stop' (furniture)"]),

    # 011. Jordanian news agency release, page stamp "11/02/2025 22:48" (day first), dateline
    # "Washington, Feb. 11 (HNA)"; manifest null. "on Tuesday" -> 11 Feb; "February 27"; "on
    # Sunday" (past) -> 9 Feb; "on Monday" -> 10 Feb; "During his stay in Washington" (no day) ->
    # null; "January 25"; "February 1". Places: the White House -> Washington; Cairo; Washington;
    # Boston; Washington. "attended by His Royal Highness Crown Prince Al Hussein" and "Safadi
    # attended the talks" -> participants. "separate meetings with ... Rubio and ... Waltz, as well
    # as with members of key Senate and House committees" -> three planned events with null dates
    # (the committee members are an unnamed group). The Cairo summit is a planned gathering (group only).
    ("011", "2025-02-11", True, [
        ev("2025-02-11-washington-abdullah-ii-hussein-safadi-trump", M, OCC, "2025-02-11", "Washington",
           [ABDULLAH, TRUMP, HUSSEIN, SAFADI], [],
           "King Abdullah II and US President Donald Trump held talks at the White House"),
        ev("2025-02-27-cairo-arab-league", M, PLN, "2025-02-27", "Cairo", [], ["Arab League"],
           "The emergency Arab summit, called by Egypt, is scheduled to convene in Cairo"),
        ev("2025-02-09-washington-abdullah-ii-hegseth", M, OCC, "2025-02-09", "Washington",
           [ABDULLAH, HEGSETH], [], "meeting US Defence Secretary Pete Hegseth in Washington"),
        ev("2025-02-10-boston-abdullah-ii-healey", M, OCC, "2025-02-10", "Boston", [ABDULLAH, HEALEY], [],
           "on Monday met Massachusetts Governor Maura Healey in Boston"),
        ev("2025-02-washington-abdullah-ii-rubio", M, PLN, None, "Washington", [ABDULLAH, RUBIO], [],
           "scheduled to hold separate meetings with US Secretary of State Marco Rubio"),
        ev("2025-02-washington-abdullah-ii-waltz", M, PLN, None, "Washington", [ABDULLAH, WALTZ], [],
           "and National Security Adviser Mike Waltz"),
        ev("2025-02-washington-abdullah-ii", M, PLN, None, "Washington", [ABDULLAH],
           ["United States Congress"], "as well as with members of key Senate and House committees"),
        ev("2025-02-01-el-sisi-trump-call", C, OCC, "2025-02-01", None, [TRUMP, SISI], [],
           "President Trump also spoke by phone with Egyptian President Abdel Fattah El-Sisi on February 1"),
        ev("2025-01-25-abdullah-ii-trump-call", C, OCC, "2025-01-25", None, [ABDULLAH, TRUMP], [],
           "a phone call between His Majesty and President Trump on January 25"),
    ], ["'The meeting was followed by a luncheon' (part of the same occasion)",
        "'Speaking to reporters before the talks, His Majesty said ...' (press remarks)",
        "'Egypt would present a plan for the Strip, to be discussed by Arab states at a summit in Cairo' (the Cairo summit is one event, dated in the next sentence)",
        "'His Majesty began his working visit to the United States on Sunday' (travel; the Hegseth meeting is the event)",
        "'reaffirmed Jordan's steadfast position against the displacement of Palestinians' (content)",
        "'when the two exchanged invitations for state visits' (invitations without dates)",
        "[Photo] 'King Abdullah II and President Donald Trump in the Oval Office' (same event)",
        "Related News: 'Safadi holds phone call with Egyptian counterpart', 'PM receives EU ambassador' (furniture)"]),

    # 012. Egyptian English-language daily, "Thursday, 07 November 2019 - 10:31 Cairo time".
    # "on Wednesday" -> 6 Nov; "Before the session" -> 6 Nov; "15 and 16 November" (future);
    # "9 December" (future); "again on 13 January" (future) -> 2020-01-13; "in September" (past) -> 2019-09; "on Monday" -> 4 Nov; "4 and 5
    # October"; "24 October". Places: the US Treasury -> Washington; the White House ->
    # Washington; Addis Ababa; Washington; New York; Khartoum; Sochi. Trump's reception of the
    # three ministers before the session is a separate encounter. The water ministers are
    # unnamed (groups). "The foreign ministers are due back" = Shoukry, Gedu and Abdalla.
    ("012", "2019-11-07", False, [
        ev("2019-11-06-washington-abdalla-gedu-malpass-mnuchin-shoukry", M, OCC, "2019-11-06",
           "Washington", [SHOUKRY, GEDU, ABDALLA, MNUCHIN, MALPASS], [],
           "met at the US Treasury under the chairmanship of Treasury Secretary Steven Mnuchin"),
        ev("2019-11-06-washington-abdalla-gedu-shoukry-trump", M, OCC, "2019-11-06", "Washington",
           [TRUMP, SHOUKRY, GEDU, ABDALLA], [],
           "Before the session, President Donald Trump received the three ministers at the White House"),
        ev("2019-11-15-addis-ababa-egypt-ethiopia-sudan", M, PLN, "2019-11-15", "Addis Ababa", [], NILE3,
           "will hold their first technical meeting in Addis Ababa on 15 and 16 November",
           date_end="2019-11-16"),
        ev("2019-12-09-washington-abdalla-gedu-shoukry", M, PLN, "2019-12-09", "Washington",
           [SHOUKRY, GEDU, ABDALLA], [],
           "The foreign ministers are due back in Washington on 9 December to review progress"),
        ev("2020-01-13-washington-abdalla-gedu-shoukry", M, PLN, "2020-01-13", "Washington",
           [SHOUKRY, GEDU, ABDALLA], [], "and again on 13 January"),
        ev("2019-09-23-new-york-el-sisi-trump", M, OCC, "2019-09", "New York", [SISI, TRUMP], [],
           "when the two met in New York on the sidelines of the UN General Assembly"),
        ev("2019-11-04-el-sisi-trump-call", C, OCC, "2019-11-04", None, [TRUMP, SISI], [],
           "Trump also spoke to El-Sisi by phone on Monday"),
        ev("2019-10-04-khartoum-egypt-ethiopia-sudan", M, OCC, "2019-10-04", "Khartoum", [], NILE3,
           "between the three water ministers in Khartoum on 4 and 5 October", date_end="2019-10-05"),
        ev("2019-10-24-sochi-abiy-el-sisi", M, OCC, "2019-10-24", "Sochi", [SISI, ABIY], [],
           "El-Sisi and Ethiopian Prime Minister Abiy Ahmed then met in Sochi on 24 October"),
    ], ["'\"The meeting went well ...,\" Trump wrote on Twitter afterwards' (post)",
        "'aim for a deal ... by 15 January 2020' (deadline, not a meeting)",
        "'If no agreement is reached by the deadline, ... Article 10 ... could be invoked' (hypothetical)",
        "'since Egypt called for an international mediator last month' (proposal, no meeting)",
        "'the first Russia-Africa summit' (backdrop of the Sochi encounter)",
        "'\"This is not a negotiation,\" he told reporters in Addis Ababa' (press remarks)",
        "Related: 'Shoukry, Lavrov discuss Libya in phone call', 'Parliament committee reviews Nile water budget' (furniture)"]),

    # 013. Catholic news site, "Budapest, Apr 29, 2023 / 19:05 pm" (Saturday). "on Saturday
    # morning" -> 29 Apr; "22 December 2021"; "On Friday" -> 28 Apr; "21 April last year" ->
    # 2022-04-21; "On the eve of his departure" -> 27 Apr; "on Sunday ... in the afternoon"
    # (future) -> 30 Apr (planned meeting with an unnamed group). Places:
    # the apostolic nunciature in Budapest -> Budapest; the Vatican -> Vatican City; the Sandor
    # Palace -> Budapest. Francis met Novak privately and then Orban in "a separate meeting": two
    # events. The nuncio Banach was present ("in the presence of") -> participant. "He and
    # Francis last met at the Vatican on 22 December 2021" is a single dated occasion.
    ("013", "2023-04-29", False, [
        ev("2023-04-29-budapest-banach-francis-hilarion", M, OCC, "2023-04-29", "Budapest",
           [FRANCIS, HILARION, BANACH], [],
           "Pope Francis held a private meeting with Metropolitan Hilarion"),
        ev("2021-12-22-vatican-city-francis-hilarion", M, OCC, "2021-12-22", "Vatican City",
           [HILARION, FRANCIS], [], "He and Francis last met at the Vatican on 22 December 2021"),
        ev("2023-04-28-budapest-francis-novak", M, OCC, "2023-04-28", "Budapest", [FRANCIS, NOVAK_K], [],
           "Francis was welcomed at the Sándor Palace by President Katalin Novák"),
        ev("2023-04-28-budapest-francis-orban", M, OCC, "2023-04-28", "Budapest", [FRANCIS, ORBAN], [],
           "a separate meeting with Prime Minister Viktor Orbán"),
        ev("2022-04-21-vatican-city-francis-orban", M, OCC, "2022-04-21", "Vatican City", [ORBAN, FRANCIS], [],
           "during an audience at the Vatican on 21 April last year"),
        ev("2023-04-27-vatican-city-francis-shmyhal", M, OCC, "2023-04-27", "Vatican City",
           [FRANCIS, SHMYHAL], [],
           "the Pope received Ukrainian Prime Minister Denys Shmyhal at the Vatican"),
        ev("2023-04-30-budapest-francis", M, PLN, "2023-04-30", "Budapest", [FRANCIS],
           ["Hungarian academics and cultural figures"],
           "meet academics and cultural figures at the Péter Pázmány Catholic University in the afternoon"),
    ], ["'President Novák renewed the invitation in a letter later that year' (letter, no meeting)",
        "'the Vatican gave no details of what was discussed' (no event)",
        "'there were \"no plans\" for such a meeting' with Patriarch Kirill (negation)",
        "'In his address to authorities at the former Carmelite monastery' (speech)",
        "'Francis addressed young people at the Papp László Sports Arena' (speech)",
        "'He will celebrate Mass in Kossuth Lajos Square on Sunday morning' (liturgy, not a meeting)",
        "'holding the customary press conference aboard the papal plane' (press conference)",
        "'Orbán had invited the Pope to Hungary' (invitation; the audience is the event)",
        "Related articles: 'Vatican's Gallagher and Lavrov speak by phone on Ukraine', 'Pope Francis to receive Italian president next week' (furniture)"]),

    # 014. Wire-archive item, "Filed: 21 DEC 88 14:32 GMT", dateline "BEIJING, Dec 21"
    # (Wednesday). "on Wednesday" -> 21 Dec; "October 1954"; "on Monday, the day he arrived" -> 19
    # Dec; "on Tuesday" -> 20 Dec; "from Dec 29 to 31" (future) -> 1988; Gandhi-Bhutto "expected"
    # during that summit -> 1988-12 (no day given). Places: the Great Hall of the People ->
    # Beijing; "here" under the BEIJING dateline -> Beijing; Islamabad. The SAARC summit is a
    # planned gathering Gandhi attends. "he had met his grandfather ... and his mother" is vague.
    ("014", "1988-12-21", False, [
        ev("1988-12-21-beijing-deng-gandhi", M, OCC, "1988-12-21", "Beijing", [DENG, GANDHI], [],
           "Deng Xiaoping received Indian Prime Minister Rajiv Gandhi in the Great Hall of the People"),
        ev("1954-10-beijing-nehru-zhou", M, OCC, "1954-10", "Beijing", [NEHRU, ZHOU], [],
           "Nehru held talks here with Premier Zhou Enlai in October 1954"),
        ev("1988-12-19-beijing-gandhi-li", M, OCC, "1988-12-19", "Beijing", [GANDHI, LI_PENG], [],
           "Gandhi opened formal talks with Premier Li Peng on Monday, the day he arrived"),
        ev("1988-12-20-beijing-gandhi-yang", M, OCC, "1988-12-20", "Beijing", [GANDHI, YANG], [],
           "called on President Yang Shangkun on Tuesday"),
        ev("1988-12-29-islamabad-gandhi", M, PLN, "1988-12-29", "Islamabad", [GANDHI],
           ["South Asian Association for Regional Cooperation"],
           "travels to Islamabad for the summit of the South Asian Association for Regional Cooperation",
           date_end="1988-12-31"),
        ev("1988-12-islamabad-bhutto-gandhi", M, PLN, "1988-12", "Islamabad", [GANDHI, BHUTTO], [],
           "he is expected to hold his first talks with Pakistan's new Prime Minister, Benazir Bhutto"),
    ], ["'Deng ... told Gandhi he had met his grandfather Jawaharlal Nehru and his mother Indira Gandhi' (vague, no single occasion)",
        "'agreed to set up a joint working group on the boundary question, but had not fixed when it would first meet' (vague)",
        "'Narasimha Rao, who is accompanying Gandhi, told reporters' (press remarks)",
        "'Gandhi ... is due to fly to Shanghai on Thursday before returning to New Delhi on Friday' (travel)",
        "'The Dalai Lama ... had offered to meet Chinese officials in Geneva in January; Beijing has rejected the venue' (rejected proposal)",
        "'Relations collapsed in the 1962 border war' (no meeting)",
        "Related items: 'LI PENG HOSTS BANQUET FOR INDIAN LEADER', 'GANDHI TOURS SHANGHAI' (furniture)"]),
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
