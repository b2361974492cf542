#!/usr/bin/env python3
"""Generate gold.jsonl and manifest.jsonl for the dev20 development corpus.

Run:  python3 data/dev20/build_gold.py   then   python3 data/eval/validate.py data/dev20
Each article lists its true publication date, whether the manifest hides it, its gold
events, and (for documentation only) the traps it contains that must NOT be extracted.
dev20 is a readable development set: unlike the holdout sets, it may be read while developing.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

# canonical names
MUGABE, TSVANGIRAI, MUTAMBARA, MBEKI, MSWATI, KIKWETE, KHAMA, KABILA, GUEBUZA, POHAMBA = (
    "Robert Mugabe", "Morgan Tsvangirai", "Arthur Mutambara", "Thabo Mbeki", "Mswati III", "Jakaya Kikwete",
    "Ian Khama", "Joseph Kabila", "Armando Guebuza", "Hifikepunye Pohamba")
MBS, TAMIM, NAWAF, MBR, SALMAN_BH, FAHD, SHOUKRY, KUSHNER, KING_SALMAN, TRUMP = (
    "Mohammed bin Salman", "Tamim bin Hamad Al Thani", "Nawaf Al-Ahmad Al-Jaber Al-Sabah",
    "Mohammed bin Rashid Al Maktoum", "Salman bin Hamad Al Khalifa", "Fahd bin Mahmoud Al Said", "Sameh Shoukry",
    "Jared Kushner", "Salman bin Abdulaziz Al Saud", "Donald Trump")
ANNAN, BIYA, OBASANJO = "Kofi Annan", "Paul Biya", "Olusegun Obasanjo"
ARIAS, ZELAYA, MICHELETTI, H_CLINTON = "Oscar Arias", "Manuel Zelaya", "Roberto Micheletti", "Hillary Clinton"
ERDOGAN, LULA, AHMADINEJAD, DAVUTOGLU, AMORIM, MOTTAKI, KHAMENEI, MEDVEDEV, SOLTANIEH, AMANO = (
    "Recep Tayyip Erdogan", "Luiz Inacio Lula da Silva", "Mahmoud Ahmadinejad", "Ahmet Davutoglu", "Celso Amorim",
    "Manouchehr Mottaki", "Ali Khamenei", "Dmitry Medvedev", "Ali Asghar Soltanieh", "Yukiya Amano")
SARKOZY, KOUCHNER, SAAKASHVILI, RICE, MERKEL, BARROSO, SOLANA = (
    "Nicolas Sarkozy", "Bernard Kouchner", "Mikheil Saakashvili", "Condoleezza Rice", "Angela Merkel",
    "Jose Manuel Barroso", "Javier Solana")
SOCRATES, POTTERING, STEINMEIER, MILIBAND, GADDAFI, KUFUOR, AMOS, ZAPATERO = (
    "Jose Socrates", "Hans-Gert Pottering", "Frank-Walter Steinmeier", "David Miliband", "Muammar Gaddafi",
    "John Kufuor", "Valerie Amos", "Jose Luis Rodriguez Zapatero")
ASSAD, LAVROV, HAGUE, SUU_KYI = "Bashar al-Assad", "Sergey Lavrov", "William Hague", "Aung San Suu Kyi"
PUTIN, TUSK = "Vladimir Putin", "Donald Tusk"
OBAMA, BHUMIBOL, YINGLUCK, THEIN_SEIN, HUN_SEN = (
    "Barack Obama", "Bhumibol Adulyadej", "Yingluck Shinawatra", "Thein Sein", "Hun Sen")
ATTA_MILLS, GW_BUSH, B_CLINTON, RAWLINGS, BENEDICT, KIBAKI = (
    "John Atta Mills", "George W. Bush", "Bill Clinton", "Jerry Rawlings", "Pope Benedict XVI", "Mwai Kibaki")
TALABANI, ABDUL_MAHDI, HASHIMI, MALIKI, KARZAI, ZEBARI, CROCKER = (
    "Jalal Talabani", "Adel Abdul Mahdi", "Tariq al-Hashimi", "Nouri al-Maliki", "Hamid Karzai", "Hoshyar Zebari",
    "Ryan Crocker")
SANTOS, CHAVEZ, HOLGUIN, MADURO, URIBE = (
    "Juan Manuel Santos", "Hugo Chavez", "Maria Angela Holguin", "Nicolas Maduro", "Alvaro Uribe")
MUNOZ, BACHELET, MOTEGI, CHAMPAGNE, CIOBO, PARKER, TRAN_TUAN_ANH, FROMAN = (
    "Heraldo Munoz", "Michelle Bachelet", "Toshimitsu Motegi", "Francois-Philippe Champagne", "Steven Ciobo",
    "David Parker", "Tran Tuan Anh", "Michael Froman")
SALAME, SARRAJ, HAFTAR, MAAS, MACRON, JOHNSON, CONTE, POMPEO, GUTERRES, SHOIGU, CAVUSOGLU, AKAR, DENDIAS = (
    "Ghassan Salame", "Fayez al-Sarraj", "Khalifa Haftar", "Heiko Maas", "Emmanuel Macron", "Boris Johnson",
    "Giuseppe Conte", "Mike Pompeo", "Antonio Guterres", "Sergei Shoigu", "Mevlut Cavusoglu", "Hulusi Akar",
    "Nikos Dendias")


def ev(key, kind, status, date, location, participants, groups, evidence, date_end=None):
    e = {"key": key, "kind": kind, "status": status, "date": date}
    if date_end:
        e["date_end"] = date_end
    e.update({"location": location, "participants": participants, "groups": groups,
              "evidence": evidence})
    return e


M, C, OCC, PLN = "meeting", "call", "occurred", "planned"

ZW_PRINCIPALS = [MUGABE, TSVANGIRAI, MUTAMBARA]
HN_DELEGATIONS = ["Zelaya delegation", "Micheletti delegation"]
GEORGIA_TALKS = ["Russia", "Georgia", "European Union", "OSCE", "United Nations", "United States"]

ARTICLES = [
    # Monday wire (page "15 Sep 2008 - 16:05 GMT"; dateline "HARARE, Sept 15").
    # "signed a power-sharing agreement in Harare on Monday, watched by Thabo Mbeki and a row of southern African
    #   heads of state" -> 15 Sep 2008 (the publication day is a Monday); the people the text places in the hall:
    #   the three signatories (Mutambara "also signed"), Mbeki, Mswati III and Kikwete ("presided"), and Khama,
    #   Kabila, Guebuza, Pohamba ("were also in the hall"). Rainbow Towers is in Harare.
    # "had already met Mbeki on Thursday night, at the same hotel, to initial the text" -> 11 Sep 2008 (nearest past
    #   Thursday), Harare.
    # "first sat down together in a decade in Harare on July 21, when they signed a memorandum ... in Mbeki's
    #   presence" -> 21 Jul 2008 (year from the page). Mutambara is not named for that day, so not listed.
    # "Mugabe then sat on the stage at a SADC summit in Johannesburg in August" -> 2008-08 (key: the summit that
    #   opened on 16 Aug 2008 in Sandton, Johannesburg).
    # "A SADC troika ... is due to review the agreement in Mbabane next month" -> planned, 2008-10 (the author does
    #   not know the day: month key).
    # "Mugabe's last appearance at a summit in Europe was in Lisbon in December, when European and African leaders
    #   met for two days" -> most recent December before Sep 2008 = 2007-12 (the EU-Africa summit of 8-9 Dec 2007,
    #   the same key as in 006). A month-only mention carries no date_end.
    ("000_zw_gpa_harare_signing_wire", "2008-09-15", False, [
        ev("2008-09-15-harare-mbeki-mugabe-mutambara-tsvangirai", M, OCC, "2008-09-15", "Harare",
           ZW_PRINCIPALS + [MBEKI, MSWATI, KIKWETE, KHAMA, KABILA, GUEBUZA, POHAMBA],
           ["Southern African Development Community"],
           "Robert Mugabe and Morgan Tsvangirai signed a power-sharing agreement in Harare on Monday"),
        ev("2008-09-11-harare-mbeki-mugabe-mutambara-tsvangirai", M, OCC, "2008-09-11", "Harare",
           ZW_PRINCIPALS + [MBEKI], [],
           "The three Zimbabwean leaders had already met Mbeki on Thursday night"),
        ev("2008-07-21-harare-mbeki-mugabe-tsvangirai", M, OCC, "2008-07-21", "Harare", [MUGABE, TSVANGIRAI, MBEKI],
           [], "Mugabe and Tsvangirai first sat down together in a decade in Harare on July 21"),
        ev("2008-08-16-johannesburg-sadc-summit", M, OCC, "2008-08", "Johannesburg", [MUGABE],
           ["Southern African Development Community"],
           "Mugabe then sat on the stage at a SADC summit in Johannesburg in August"),
        ev("2008-10-mbabane-sadc-troika", M, PLN, "2008-10", "Mbabane", [],
           ["Southern African Development Community"],
           "is due to review the agreement in Mbabane next month"),
        ev("2007-12-08-lisbon-eu-africa-summit", M, OCC, "2007-12", "Lisbon", [MUGABE],
           ["European Union", "African Union"],
           "when European and African leaders met for two days"),
    ], ["'Mugabe stays on as president, Tsvangirai becomes prime minister' (outcome, no meeting)",
        "'ending a deadlock over who would control the executive' (no separate occasion)",
        "'Mugabe told the hall he had signed ...'; Tsvangirai 'calling Mugabe \"president\"' (statements)",
        "'no date has been set for the leaders to meet on that' (no concrete occasion)",
        "'Western ambassadors did not attend the ceremony' (negation)",
        "'the European Union said it would wait ...' (statement)",
        "'Britain's Gordon Brown stayed away in protest' (negation: Brown is not at the Lisbon summit)",
        "'the deal could unravel if Mugabe's allies kept control of the police' (hypothetical)",
        "Related stories / Most read: 'Mbeki to face ANC executive', 'Zimbabwe cricket board to meet ICC officials "
        "in Dubai' (furniture, domestic and sport)"]),

    # Tuesday live blog ("Tuesday 5 January 2021"; times AST).
    # 09:05 "Last night Kuwait's foreign minister announced ... It followed phone calls earlier on Monday in which
    #   Kuwait's emir ... spoke with Qatar's emir ... and then with Saudi Crown Prince Mohammed bin Salman" -> two
    #   calls, 4 Jan 2021 (Monday before the Tuesday page); one sentence, two pairs.
    # 10:30 "He met the crown prince in NEOM and the emir in Doha in early December" -> two meetings, 2020-12
    #   (month keys: the author does not know the days).
    # 12:20 "Mohammed bin Salman, who is greeting each delegation as host, was waiting at the foot of the steps" ->
    #   protocol welcome on arrival for the summit: the same occasion as the summit, not a separate event.
    # 13:30 "The summit has opened in the mirrored Maraya hall" -> 5 Jan 2021, AlUla; participants named around the
    #   table plus the chair (the crown prince), Shoukry ("attending as a guest") and Kushner ("was in the hall for
    #   the signing", 14:45).
    # 16:00 "Sheikh Tamim was last in the same hall as the Saudi leadership in Riyadh in May 2017, when King Salman hosted Donald Trump and dozens of Arab and Muslim leaders"
    #   -> 2017-05 (key: the Riyadh summit of 21 May 2017); Tamim, Salman and Trump are placed there.
    ("001_gcc_alula_summit_liveblog", "2021-01-05", False, [
        ev("2021-01-04-al-sabah-al-thani-call", C, OCC, "2021-01-04", None, [NAWAF, TAMIM], [],
           "spoke with Qatar's emir, Sheikh Tamim bin Hamad Al Thani"),
        ev("2021-01-04-al-sabah-bin-salman-call", C, OCC, "2021-01-04", None, [NAWAF, MBS], [],
           "and then with Saudi Crown Prince Mohammed bin Salman"),
        ev("2020-12-neom-bin-salman-kushner", M, OCC, "2020-12", "Neom", [KUSHNER, MBS], [],
           "He met the crown prince in NEOM and the emir in Doha in early December"),
        ev("2020-12-doha-al-thani-kushner", M, OCC, "2020-12", "Doha", [KUSHNER, TAMIM], [],
           "He met the crown prince in NEOM and the emir in Doha in early December"),
        ev("2021-01-05-alula-gcc-summit", M, OCC, "2021-01-05", "AlUla",
           [MBS, TAMIM, NAWAF, MBR, SALMAN_BH, FAHD, SHOUKRY, KUSHNER], ["Gulf Cooperation Council"],
           "The summit has opened in the mirrored Maraya hall"),
        ev("2017-05-21-riyadh-arab-islamic-american-summit", M, OCC, "2017-05", "Riyadh",
           [TAMIM, KING_SALMAN, TRUMP], [],
           "in Riyadh in May 2017, when King Salman hosted Donald Trump"),
    ], ["'Kuwait's foreign minister announced on state television' (statement)",
        "'The Saudi cabinet, meeting by video link this morning' (domestic meeting)",
        "'Jared Kushner ... is expected at the signing' (covered by the summit; not a separate event)",
        "'Mohammed bin Salman, who is greeting each delegation as host, was waiting at the foot of the steps' "
        "(protocol welcome for the summit, same occasion)",
        "'King Salman, who is not attending' (negation)",
        "'A reader asks whether Sheikh Tamim will meet ... Mohamed bin Zayed. He is not in AlUla, so no.' "
        "(hypothetical, negated)",
        "'Years of shuttle diplomacy by Kuwait's late emir' (vague, counted)",
        "'Faisal bin Farhan told a news conference' (press)",
        "'Qatar's talks with Egypt and with the UAE ... no dates have been given' (no concrete occasion)",
        "'Sheikh Nawaf has left for Kuwait' (travel, statement)",
        "Latest news: 'Al Sadd and Al Hilal to meet in pre-season friendly', 'OPEC+ talks drag into second day' "
        "(furniture)"]),

    # Press release reposted by a provincial portal; manifest null. The page prints "Posted: 12 June 2006" and
    # the release is datelined "Manhasset, New York, 12 June 2006" (a Monday), so "today" = 12 Jun 2006.
    # "signed an agreement at the Greentree Estate in Manhasset, New York, in the presence of Secretary-General Kofi
    #   Annan" -> 12 Jun 2006, Manhasset; the four witness States are groups (unnamed representatives).
    # "The Secretary-General met each President separately over the weekend" -> two events (one per pair), "over the
    #   weekend" before Monday 12 June = 10-11 June -> 2006-06; no place given -> null; month keys.
    # "first brought the two Presidents together in Paris on 5 September 2002", "He met them again in Geneva on
    #   15 November 2002", "and a third time in Geneva on 31 January 2004" -> explicit dates.
    # "The Mixed Commission is due to hold its next session in Abuja in July" -> planned, 2006-07 (invented
    #   detail, month key).
    ("002_cm_ng_greentree_bakassi_release", "2006-06-12", True, [
        ev("2006-06-12-manhasset-annan-biya-obasanjo", M, OCC, "2006-06-12", "Manhasset", [BIYA, OBASANJO, ANNAN],
           ["France", "Germany", "United Kingdom", "United States"],
           "signed an agreement at the Greentree Estate in Manhasset, New York, in the presence of"),
        ev("2006-06-annan-biya", M, OCC, "2006-06", None, [ANNAN, BIYA], [],
           "The Secretary-General met each President separately over the weekend"),
        ev("2006-06-annan-obasanjo", M, OCC, "2006-06", None, [ANNAN, OBASANJO], [],
           "The Secretary-General met each President separately over the weekend"),
        ev("2002-09-05-paris-annan-biya-obasanjo", M, OCC, "2002-09-05", "Paris", [ANNAN, BIYA, OBASANJO], [],
           "first brought the two Presidents together in Paris on 5 September 2002"),
        ev("2002-11-15-geneva-annan-biya-obasanjo", M, OCC, "2002-11-15", "Geneva", [ANNAN, BIYA, OBASANJO], [],
           "He met them again in Geneva on 15 November 2002"),
        ev("2004-01-31-geneva-annan-biya-obasanjo", M, OCC, "2004-01-31", "Geneva", [ANNAN, BIYA, OBASANJO], [],
           "and a third time in Geneva on 31 January 2004"),
        ev("2006-07-abuja-cameroon-nigeria-mixed-commission", M, PLN, "2006-07", "Abuja", [],
           ["Cameroon-Nigeria Mixed Commission"],
           "The Mixed Commission is due to hold its next session in Abuja in July"),
    ], ["'A follow-up committee ... will monitor implementation' (no occasion)",
        "'Since Friday, United Nations staff had also held a series of meetings with the two delegations' (counted)",
        "'before the International Court of Justice delivered its judgment of 10 October 2002' (court ruling)",
        "'The two Presidents and the Secretary-General lunched together after the ceremony' (same occasion)",
        "'They pledged to meet \"as often as necessary\"' (vague)",
        "Editor's note: 'the Bakassi fishermen's cooperative met in Idabato on Sunday and asked for a meeting with "
        "the governor' (non-diplomatic, domestic; the requested meeting did not happen)",
        "Comments and Related: 'Governor visits Mundemba health centre', 'Lions of Limbe to meet Kumba FC' "
        "(furniture, sport)"]),

    # Friday interview ("Friday 10 July 2009").
    # "Óscar Arias received Manuel Zelaya at his home in the morning and Roberto Micheletti in the afternoon,
    #   separately" -> two events, 9 Jul 2009 ("yesterday"), San José (the question's place; Arias's home).
    # "Those four and Zelaya's team sat down with Arias in the evening" -> 9 Jul 2009; the negotiators are unnamed:
    #   groups plus Arias.
    # "the delegations have agreed to come back to San José next week" -> planned 2009-07 (next week = 13-19 July;
    #   key: the second round of 18 Jul 2009).
    # "On Tuesday Hillary Clinton met Zelaya at the State Department in Washington" -> 7 Jul 2009.
    # "That same day Arias took phone calls from Micheletti, from Clinton and from Zelaya" -> three calls, 7 Jul 2009.
    # "Its foreign ministers met in Washington last Saturday and suspended Honduras" -> the Saturday of the previous
    #   week, 4 Jul 2009; groups only.
    ("003_hn_arias_mediation_interview", "2009-07-10", False, [
        ev("2009-07-09-san-jose-arias-zelaya", M, OCC, "2009-07-09", "San Jose", [ARIAS, ZELAYA], [],
           "Óscar Arias received Manuel Zelaya at his home in the morning"),
        ev("2009-07-09-san-jose-arias-micheletti", M, OCC, "2009-07-09", "San Jose", [ARIAS, MICHELETTI], [],
           "and Roberto Micheletti in the afternoon, separately"),
        ev("2009-07-09-san-jose-arias-honduras-delegations", M, OCC, "2009-07-09", "San Jose", [ARIAS],
           HN_DELEGATIONS, "Those four and Zelaya's team sat down with Arias in the evening"),
        ev("2009-07-18-san-jose-honduras-delegations", M, PLN, "2009-07", "San Jose", [], HN_DELEGATIONS,
           "the delegations have agreed to come back to San José next week"),
        ev("2009-07-07-washington-clinton-zelaya", M, OCC, "2009-07-07", "Washington", [H_CLINTON, ZELAYA], [],
           "On Tuesday Hillary Clinton met Zelaya at the State Department in Washington"),
        ev("2009-07-07-arias-micheletti-call", C, OCC, "2009-07-07", None, [ARIAS, MICHELETTI], [],
           "That same day Arias took phone calls from Micheletti, from Clinton and from Zelaya"),
        ev("2009-07-07-arias-clinton-call", C, OCC, "2009-07-07", None, [ARIAS, H_CLINTON], [],
           "That same day Arias took phone calls from Micheletti, from Clinton and from Zelaya"),
        ev("2009-07-07-arias-zelaya-call", C, OCC, "2009-07-07", None, [ARIAS, ZELAYA], [],
           "That same day Arias took phone calls from Micheletti, from Clinton and from Zelaya"),
        ev("2009-07-04-washington-oas", M, OCC, "2009-07-04", "Washington", [],
           ["Organization of American States"],
           "Its foreign ministers met in Washington last Saturday and suspended Honduras"),
    ], ["'The two Hondurans never saw each other' (negation)",
        "'Micheletti flew back to Tegucigalpa the same evening' (travel)",
        "'announced afterwards that Arias would mediate' (statement)",
        "'José Miguel Insulza had flown to Tegucigalpa and left without seeing Micheletti' (negation)",
        "'Barack Obama has spoken too ... From Moscow' (statement)",
        "'If they do, it will be in Arias's living room, and only if the army accepts' (hypothetical)",
        "'I had coffee with one of his advisers last week' (the invented interviewee and an unnamed adviser; "
        "not diplomatic)",
        "Related interviews / Most read: 'Saprissa to meet Alajuelense' (furniture, sport)"]),

    # Tuesday page translated from Turkish ("18 Mayıs 2010 Salı / Tuesday 18 May 2010").
    # "stood together in Tehran yesterday as their foreign ministers signed a declaration" -> 17 May 2010; the three
    #   leaders and the three signing ministers (named in the next sentence) are placed there.
    # "who had negotiated it face to face in Tehran through much of Sunday" -> 16 May 2010, Tehran; a separate day,
    #   so a separate event.
    # "On Sunday morning he held talks with Ahmadinejad, and he then had lunch with Supreme Leader Ali Khamenei" ->
    #   two events, 16 May 2010, Tehran.
    # "Medvedev received him on Friday" -> 14 May 2010, Moscow.
    # "is due to hand the letter to Director General Yukiya Amano in Vienna next week" -> planned 2010-05 (next week =
    #   24-30 May; key 24 May 2010).
    # "Lula flew on to Madrid, where European and Latin American leaders are meeting today" -> under way on the
    #   publication day, so occurred, 18 May 2010.
    ("004_ir_br_tr_tehran_declaration_translated", "2010-05-18", False, [
        ev("2010-05-17-tehran-ahmadinejad-erdogan-lula", M, OCC, "2010-05-17", "Tehran",
           [ERDOGAN, LULA, AHMADINEJAD, DAVUTOGLU, AMORIM, MOTTAKI], [],
           "stood together in Tehran yesterday as their foreign ministers signed a declaration"),
        ev("2010-05-16-tehran-amorim-davutoglu-mottaki", M, OCC, "2010-05-16", "Tehran", [DAVUTOGLU, AMORIM, MOTTAKI],
           [], "who had negotiated it face to face in Tehran through much of Sunday"),
        ev("2010-05-16-tehran-ahmadinejad-lula", M, OCC, "2010-05-16", "Tehran", [LULA, AHMADINEJAD], [],
           "On Sunday morning he held talks with Ahmadinejad"),
        ev("2010-05-16-tehran-khamenei-lula", M, OCC, "2010-05-16", "Tehran", [LULA, KHAMENEI], [],
           "he then had lunch with Supreme Leader Ali Khamenei"),
        ev("2010-05-14-moscow-lula-medvedev", M, OCC, "2010-05-14", "Moscow", [LULA, MEDVEDEV], [],
           "where President Dmitry Medvedev received him on Friday"),
        ev("2010-05-24-vienna-amano-soltanieh", M, PLN, "2010-05", "Vienna", [SOLTANIEH, AMANO], [],
           "is due to hand the letter to Director General Yukiya Amano in Vienna next week"),
        ev("2010-05-18-madrid-eu-lac-summit", M, OCC, "2010-05-18", "Madrid", [LULA],
           ["European Union", "Latin American and Caribbean states"],
           "Lula flew on to Madrid, where European and Latin American leaders are meeting today"),
    ], ["'The three leaders then raised their joined hands' (same occasion)",
        "'after Davutoğlu telephoned him from the Iranian capital' (call inside one government)",
        "'Erdoğan had said he would not travel unless ...' (condition; he then travelled, travel only)",
        "'Lula arrived on Saturday night' (travel)",
        "'Iran is to notify the International Atomic Energy Agency within a week' (no meeting; the hand-over is the "
        "event)",
        "'Hillary Clinton said the United States would press ahead' (statement)",
        "'Obama had set out his conditions in a letter to Erdoğan and Lula last month' (letter)",
        "'the so-called Vienna Group ... could meet to study the offer \"if the letter is serious\"' (hypothetical)",
        "'the cabinet will meet on Thursday' (domestic)",
        "'Davutoğlu told reporters'; 'could work together on other files' (press, vague)",
        "Read also: 'Davutoğlu to meet Gulf ministers in Istanbul next month', 'Galatasaray to meet Fenerbahçe' "
        "(furniture)"]),

    # Timeline explainer; manifest null. The page prints "Last updated: Tuesday 9 September 2008", and every entry
    # carries a day and month, so the year is 2008 throughout.
    # "12 August - Sarkozy, with Kouchner, holds talks with Medvedev in the Kremlin" -> 12 Aug 2008, Moscow.
    # "That night Sarkozy flies to Tbilisi and meets Mikheil Saakashvili" -> 12 Aug 2008, Tbilisi.
    # "15 August - ... Rice spends five hours with Saakashvili in Tbilisi" and "The same day Angela Merkel meets
    #   Medvedev in Sochi" -> two events, 15 Aug 2008.
    # "17 August - Merkel is received by Saakashvili in Tbilisi" -> 17 Aug 2008.
    # "27 August - Sarkozy speaks by phone with Medvedev and, straight afterwards, with Saakashvili" -> two calls.
    # "1 September - EU leaders hold an emergency summit in Brussels, chaired by Sarkozy" -> 1 Sep 2008.
    # "Monday 8 September (yesterday) - Sarkozy returns to Moscow with ... Barroso and ... Solana for talks with
    #   Medvedev" and "The three Europeans fly on to Tbilisi and meet Saakashvili late in the evening" -> two
    #   events, 8 Sep 2008.
    # "International talks on the conflict are due to open in Geneva on 15 October, with Russia, Georgia, the EU,
    #   the OSCE, the UN and the United States at the table" -> planned, 15 Oct 2008, groups only.
    ("005_ge_ru_ceasefire_mediation_timeline", "2008-09-09", True, [
        ev("2008-08-12-moscow-kouchner-medvedev-sarkozy", M, OCC, "2008-08-12", "Moscow", [SARKOZY, KOUCHNER, MEDVEDEV],
           [], "Sarkozy, with Kouchner, holds talks with Medvedev in the Kremlin"),
        ev("2008-08-12-tbilisi-saakashvili-sarkozy", M, OCC, "2008-08-12", "Tbilisi", [SARKOZY, SAAKASHVILI], [],
           "That night Sarkozy flies to Tbilisi and meets Mikheil Saakashvili"),
        ev("2008-08-15-tbilisi-rice-saakashvili", M, OCC, "2008-08-15", "Tbilisi", [RICE, SAAKASHVILI], [],
           "Condoleezza Rice spends five hours with Saakashvili in Tbilisi"),
        ev("2008-08-15-sochi-medvedev-merkel", M, OCC, "2008-08-15", "Sochi", [MERKEL, MEDVEDEV], [],
           "The same day Angela Merkel meets Medvedev in Sochi"),
        ev("2008-08-17-tbilisi-merkel-saakashvili", M, OCC, "2008-08-17", "Tbilisi", [MERKEL, SAAKASHVILI], [],
           "Merkel is received by Saakashvili in Tbilisi"),
        ev("2008-08-27-medvedev-sarkozy-call", C, OCC, "2008-08-27", None, [SARKOZY, MEDVEDEV], [],
           "Sarkozy speaks by phone with Medvedev and, straight afterwards, with Saakashvili"),
        ev("2008-08-27-saakashvili-sarkozy-call", C, OCC, "2008-08-27", None, [SARKOZY, SAAKASHVILI], [],
           "Sarkozy speaks by phone with Medvedev and, straight afterwards, with Saakashvili"),
        ev("2008-09-01-brussels-european-union", M, OCC, "2008-09-01", "Brussels", [SARKOZY], ["European Union"],
           "EU leaders hold an emergency summit in Brussels, chaired by Sarkozy"),
        ev("2008-09-08-moscow-barroso-medvedev-sarkozy-solana", M, OCC, "2008-09-08", "Moscow",
           [SARKOZY, BARROSO, SOLANA, MEDVEDEV], [],
           "Sarkozy returns to Moscow with José Manuel Barroso and Javier Solana for talks with Medvedev"),
        ev("2008-09-08-tbilisi-barroso-saakashvili-sarkozy-solana", M, OCC, "2008-09-08", "Tbilisi",
           [SARKOZY, BARROSO, SOLANA, SAAKASHVILI], [],
           "The three Europeans fly on to Tbilisi and meet Saakashvili late in the evening"),
        ev("2008-10-15-geneva-georgia-russia", M, PLN, "2008-10-15", "Geneva", [], GEORGIA_TALKS,
           "International talks on the conflict are due to open in Geneva on 15 October"),
    ], ["'7-8 August - Georgian forces move on Tskhinvali' (fighting)",
        "'hold three long telephone conversations in two days' (counted)",
        "'Foreign Minister Bernard Kouchner flies to Tbilisi' (travel, no encounter stated)",
        "'They agree a six-point plan'; 'who accepts the principles' (outcomes of the listed meetings)",
        "'16 August - Medvedev signs the plan in Moscow' (signature alone)",
        "'Saakashvili and Medvedev do not meet, then or since' (negation)",
        "'26 August - Russia recognises Abkhazia and South Ossetia' (no meeting)",
        "'They postpone talks on a new partnership agreement with Russia' (no occasion)",
        "'Medvedev has said he will not deal with Saakashvili personally' (refusal)",
        "Related explainers: 'Russia and NATO: what the suspended council meetings mean' (furniture)"]),

    # Friday newsletter ("Issue 48 | Friday 14 December 2007").
    # "Yesterday morning in the Jerónimos Monastery in Lisbon, the heads of state or government ... signed the Lisbon
    #   Treaty" -> 13 Dec 2007; named there: Sócrates (host), Barroso, Pöttering, Merkel, Steinmeier, Miliband.
    #   Brown signed alone later and is not placed with the others.
    # "European and African leaders met in Lisbon on Saturday and Sunday" ("last weekend") -> 8-9 Dec 2007;
    #   named there: Sócrates and Kufuor (co-chairs), Mugabe, Gaddafi, Amos ("in his place"), Merkel ("in her
    #   speech").
    # "On Monday Nicolas Sarkozy received Gaddafi at the Élysée" -> 10 Dec 2007, Paris.
    # "José Luis Rodríguez Zapatero is due to receive him in Madrid on Monday" -> planned, the coming Monday,
    #   17 Dec 2007.
    # "EU leaders gather in Brussels today for the December European Council" -> 14 Dec 2007, under way on the
    #   publication day: occurred.
    ("006_eu_lisbon_week_newsletter", "2007-12-14", False, [
        ev("2007-12-13-lisbon-treaty-signing", M, OCC, "2007-12-13", "Lisbon",
           [SOCRATES, BARROSO, POTTERING, MERKEL, STEINMEIER, MILIBAND], ["European Union"],
           "Yesterday morning in the Jerónimos Monastery in Lisbon, the heads of state or government"),
        ev("2007-12-08-lisbon-eu-africa-summit", M, OCC, "2007-12-08", "Lisbon",
           [SOCRATES, KUFUOR, MUGABE, GADDAFI, AMOS, MERKEL], ["European Union", "African Union"],
           "European and African leaders met in Lisbon on Saturday and Sunday", date_end="2007-12-09"),
        ev("2007-12-10-paris-gaddafi-sarkozy", M, OCC, "2007-12-10", "Paris", [SARKOZY, GADDAFI], [],
           "On Monday Nicolas Sarkozy received Gaddafi at the Élysée"),
        ev("2007-12-17-madrid-gaddafi-zapatero", M, PLN, "2007-12-17", "Madrid", [ZAPATERO, GADDAFI], [],
           "José Luis Rodríguez Zapatero is due to receive him in Madrid on Monday"),
        ev("2007-12-14-brussels-european-council", M, OCC, "2007-12-14", "Brussels", [], ["European Union"],
           "EU leaders gather in Brussels today for the December European Council"),
    ], ["'Gordon Brown, kept in London by a Commons committee, signed on his own in the afternoon' (no encounter)",
        "'Brown boycotted the summit' (negation)",
        "'Merkel criticised Zimbabwe in her speech, but she and Mugabe did not hold talks' (speech, negation)",
        "'a Bedouin tent in the garden of the Hôtel de Marigny'; 'Contracts ... were announced' (same visit)",
        "'Gaddafi leaves for Spain tomorrow' (travel)",
        "'The Commission's weekly college meeting on Wednesday' (internal to one body)",
        "'Ireland will hold a referendum on the treaty; no date yet' (no meeting)",
        "Read more: 'Sarkozy and Merkel to meet in Hanover? Not this month', 'Portugal to meet Spain in Euro 2008 "
        "warm-up' (furniture)"]),

    # Saturday obituary ("Published Saturday 18 August 2018").
    # "In June 2006 ... he brought Olusegun Obasanjo and Paul Biya together at Greentree, an estate in Manhasset" ->
    #   2006-06, Manhasset: the same key as in 002.
    # "His hardest assignment came in 2012 ... On 10 March he sat down with Bashar al-Assad in Damascus, and he
    #   returned for a second session the next day" -> 10 and 11 Mar 2012: two events.
    # "On 30 June he chaired a meeting of foreign ministers in Geneva, Hillary Clinton, Sergey Lavrov and William
    #   Hague among them" -> 30 Jun 2012.
    # "In September 2016 he sat down with Aung San Suu Kyi in Naypyidaw" -> 2016-09 (month key).
    ("007_kofi_annan_obituary", "2018-08-18", False, [
        ev("2006-06-12-manhasset-annan-biya-obasanjo", M, OCC, "2006-06", "Manhasset", [ANNAN, OBASANJO, BIYA], [],
           "he brought Olusegun Obasanjo and Paul Biya together at Greentree, an estate in Manhasset"),
        ev("2012-03-10-damascus-annan-assad", M, OCC, "2012-03-10", "Damascus", [ANNAN, ASSAD], [],
           "On 10 March he sat down with Bashar al-Assad in Damascus"),
        ev("2012-03-11-damascus-annan-assad", M, OCC, "2012-03-11", "Damascus", [ANNAN, ASSAD], [],
           "he returned for a second session the next day"),
        ev("2012-06-30-geneva-annan-clinton-hague-lavrov", M, OCC, "2012-06-30", "Geneva",
           [ANNAN, H_CLINTON, LAVROV, HAGUE], [],
           "On 30 June he chaired a meeting of foreign ministers in Geneva"),
        ev("2016-09-naypyidaw-annan-suu-kyi", M, OCC, "2016-09", "Naypyidaw", [ANNAN, SUU_KYI], [],
           "In September 2016 he sat down with Aung San Suu Kyi in Naypyidaw"),
    ], ["'He shared the Nobel Peace Prize with the organisation in 2001' (award)",
        "'In early 2008 he spent weeks in Nairobi coaxing Kenya's rival leaders into a coalition' (vague, "
        "multi-week, no single encounter)",
        "'he, Jimmy Carter and Graça Machel were refused visas for a humanitarian visit to Zimbabwe' (visit did not "
        "happen)",
        "'In August he resigned' (no meeting)",
        "'Its report, delivered a year later' (no encounter stated)",
        "'Leaders are expected in Accra for a state funeral, for which no date has been set' (funeral, no date)",
        "Related: 'Tributes pour in from Guterres, Obama and Mandela's family' (furniture)"]),

    # Thursday op-ed ("Thursday, 8 April 2010").
    # "Yesterday ... Vladimir Putin and Donald Tusk laid wreaths ..., listened to a requiem, and afterwards held talks
    #   in Smolensk" -> 7 Apr 2010; one occasion (ceremony and talks), place of the talks: Smolensk.
    # "Seven months ago, on 1 September, Tusk walked Putin along the pier in Sopot before their talks at a hotel in
    #   the town" -> most recent 1 September = 1 Sep 2009, Sopot.
    # "Tusk had gone to Moscow once before that, in February 2008, when Putin ... received him in the Kremlin" ->
    #   2008-02 (key 8 Feb 2008, from memory).
    # "the invitation to Katyn came in a phone call on 3 February this year, when Putin rang Tusk" -> call,
    #   3 Feb 2010.
    # "The intergovernmental commission on trade ... is due to meet in Kaliningrad later this month" -> planned
    #   2010-04 (month key).
    ("008_pl_ru_katyn_tusk_putin_oped", "2010-04-08", False, [
        ev("2010-04-07-smolensk-putin-tusk", M, OCC, "2010-04-07", "Smolensk", [PUTIN, TUSK], [],
           "listened to a requiem, and afterwards held talks in Smolensk"),
        ev("2009-09-01-sopot-putin-tusk", M, OCC, "2009-09-01", "Sopot", [TUSK, PUTIN], [],
           "Tusk walked Putin along the pier in Sopot before their talks at a hotel"),
        ev("2008-02-08-moscow-putin-tusk", M, OCC, "2008-02", "Moscow", [PUTIN, TUSK], [],
           "when Putin, then still president, received him in the Kremlin"),
        ev("2010-02-03-putin-tusk-call", C, OCC, "2010-02-03", None, [PUTIN, TUSK], [],
           "the invitation to Katyn came in a phone call on 3 February this year"),
        ev("2010-04-kaliningrad-poland-russia-commission", M, PLN, "2010-04", "Kaliningrad", [],
           ["Polish-Russian intergovernmental commission"],
           "is due to meet in Kaliningrad later this month"),
    ], ["'Putin did not apologise, but he spoke of ...' (statement)",
        "'Lech Kaczyński will go to Katyn on Saturday ... on a separate trip' (ceremony, no counterpart)",
        "'No Russian official of rank is due to meet him' (negation)",
        "'he and Dmitry Medvedev have no meeting planned' (negation)",
        "'Could Medvedev invite him to Moscow? Perhaps, if the archives are opened' (hypothetical)",
        "'The joint group of historians on \"difficult matters\" meets twice a year' (habitual)",
        "'Russian television showed Andrzej Wajda's film' (broadcast)",
        "Related opinion: 'Why Poland should meet Ukraine halfway on Euro 2012 stadiums' (furniture)"]),

    # Photo gallery; manifest null. The page prints "Posted 19.11.2012" and each caption carries its date
    # (dd/mm/yyyy), so "this evening" and "tomorrow" in caption 9 are 19 and 20 Nov 2012.
    # 2/12 "King Bhumibol Adulyadej receives Obama and Clinton at Siriraj Hospital in Bangkok" -> 18 Nov 2012.
    # 3/12 "Yingluck Shinawatra and Obama hold talks at Government House in Bangkok" -> 18 Nov 2012.
    # 5/12 "President Thein Sein ... meets Obama in Yangon" -> 19 Nov 2012.
    # 6/12 "Aung San Suu Kyi welcomes Obama to her lakeside house ... in Yangon, with Clinton at his side" ->
    #   19 Nov 2012; Clinton is placed there.
    # 9/12 "where Obama is scheduled to meet Prime Minister Hun Sen this evening" -> planned, 19 Nov 2012, Phnom
    #   Penh; "Leaders of the East Asia Summit, Obama among them, meet there tomorrow" -> planned, 20 Nov 2012.
    # 10/12 "ARCHIVE (19/09/2012) Obama receives Suu Kyi in the Oval Office in Washington" -> 19 Sep 2012.
    # 11/12 "ARCHIVE (01/12/2011) Clinton meets Thein Sein at the presidential palace in Naypyidaw" -> 1 Dec 2011.
    ("009_mm_us_obama_yangon_gallery", "2012-11-19", True, [
        ev("2012-11-18-bangkok-bhumibol-clinton-obama", M, OCC, "2012-11-18", "Bangkok", [BHUMIBOL, OBAMA, H_CLINTON],
           [], "King Bhumibol Adulyadej receives Obama and Clinton at Siriraj Hospital in Bangkok"),
        ev("2012-11-18-bangkok-obama-shinawatra", M, OCC, "2012-11-18", "Bangkok", [YINGLUCK, OBAMA], [],
           "Prime Minister Yingluck Shinawatra and Obama hold talks at Government House in Bangkok"),
        ev("2012-11-19-yangon-obama-thein-sein", M, OCC, "2012-11-19", "Yangon", [THEIN_SEIN, OBAMA], [],
           "President Thein Sein, who flew down from Naypyidaw for the visit, meets Obama in Yangon"),
        ev("2012-11-19-yangon-clinton-obama-suu-kyi", M, OCC, "2012-11-19", "Yangon", [SUU_KYI, OBAMA, H_CLINTON], [],
           "Aung San Suu Kyi welcomes Obama to her lakeside house on University Avenue in Yangon"),
        ev("2012-11-19-phnom-penh-hun-obama", M, PLN, "2012-11-19", "Phnom Penh", [OBAMA, HUN_SEN], [],
           "where Obama is scheduled to meet Prime Minister Hun Sen this evening"),
        ev("2012-11-20-phnom-penh-east-asia-summit", M, PLN, "2012-11-20", "Phnom Penh", [OBAMA],
           ["East Asia Summit"], "Leaders of the East Asia Summit, Obama among them, meet there tomorrow"),
        ev("2012-09-19-washington-obama-suu-kyi", M, OCC, "2012-09-19", "Washington", [OBAMA, SUU_KYI], [],
           "Obama receives Suu Kyi in the Oval Office in Washington, two months ago"),
        ev("2011-12-01-naypyidaw-clinton-thein-sein", M, OCC, "2011-12-01", "Naypyidaw", [H_CLINTON, THEIN_SEIN], [],
           "Clinton meets Thein Sein at the presidential palace in Naypyidaw"),
    ], ["1/12 'walk past the reclining Buddha at Wat Pho' (sightseeing, no counterpart)",
        "3/12 'before a joint press conference' (press)",
        "4/12 'Crowds line the road from Yangon airport' (no meeting)",
        "5/12 'Obama did not travel to the capital' (negation)",
        "7/12 'Obama speaks to students and activists at the University of Yangon' (speech)",
        "8/12 'A monk photographs the motorcade near Shwedagon Pagoda' (no meeting)",
        "12/12 'Thein Sein has been invited to the White House. No date has been set.' (invitation, no date)",
        "'Senior General Min Aung Hlaing was not on the president's schedule' (negation)",
        "Related galleries: 'Myanmar to meet Thailand in AFF Suzuki Cup opener' (furniture, sport)"]),

    # Saturday radio transcript ("The Evening Report, Saturday 11 July 2009").
    # "President Atta Mills welcomed Obama at Osu Castle at about nine, ... and the two presidents then held talks"
    #   -> 11 Jul 2009 ("this morning"), Accra (Osu Castle); the breakfast that followed is the same visit.
    # "He spent three days with G8 leaders in L'Aquila, ending yesterday" -> 8-10 Jul 2009 (three days ending on the
    #   10th); the gathering itself is reported, with Obama at it.
    # "he was received by Pope Benedict XVI at the Vatican yesterday afternoon" -> 10 Jul 2009, Vatican City.
    # "where he held talks with Dmitry Medvedev in the Kremlin on Monday" -> 6 Jul 2009, Moscow.
    # "Bill Clinton was the first, in March 1998, when Rawlings received him here in Accra" -> 1998-03 (key
    #   23 Mar 1998).
    # "George W. Bush came in February last year and held talks with Kufuor at the Castle" -> 2008-02, Accra (key
    #   20 Feb 2008).
    # "Hillary Clinton will follow next month with a seven-country tour of Africa starting in Nairobi, where she is
    #   due to meet President Mwai Kibaki" -> planned 2009-08, Nairobi (key 5 Aug 2009, from memory).
    ("010_gh_us_obama_accra_radio_transcript", "2009-07-11", False, [
        ev("2009-07-11-accra-atta-mills-obama", M, OCC, "2009-07-11", "Accra", [ATTA_MILLS, OBAMA], [],
           "the two presidents then held talks for about an hour on cocoa"),
        ev("2009-07-08-laquila-g8", M, OCC, "2009-07-08", "L'Aquila", [OBAMA], ["G8"],
           "He spent three days with G8 leaders in L'Aquila, ending yesterday", date_end="2009-07-10"),
        ev("2009-07-10-vatican-city-benedict-obama", M, OCC, "2009-07-10", "Vatican City", [OBAMA, BENEDICT], [],
           "he was received by Pope Benedict XVI at the Vatican yesterday afternoon"),
        ev("2009-07-06-moscow-medvedev-obama", M, OCC, "2009-07-06", "Moscow", [OBAMA, MEDVEDEV], [],
           "where he held talks with Dmitry Medvedev in the Kremlin on Monday"),
        ev("1998-03-23-accra-clinton-rawlings", M, OCC, "1998-03", "Accra", [B_CLINTON, RAWLINGS], [],
           "Bill Clinton was the first, in March 1998, when Rawlings received him here in Accra"),
        ev("2008-02-20-accra-bush-kufuor", M, OCC, "2008-02", "Accra", [GW_BUSH, KUFUOR], [],
           "George W. Bush came in February last year and held talks with Kufuor"),
        ev("2009-08-05-nairobi-clinton-kibaki", M, PLN, "2009-08", "Nairobi", [H_CLINTON, KIBAKI], [],
           "starting in Nairobi, where she is due to meet President Mwai Kibaki"),
    ], ["'with a twenty-one-gun salute' (ceremony, same visit)",
        "'there was a breakfast for some three hundred guests' (same visit)",
        "'Former presidents Jerry Rawlings and John Kufuor were both there, but at different tables. I did not see "
        "them speak to each other.' (no encounter between them)",
        "'Then Parliament. The big speech' (speech)",
        "'the First Family flew to Cape Coast to tour the castle' (tour)",
        "'Air Force One is due to leave Kotoka tonight' (travel)",
        "'why Obama skipped Nigeria' (negation)",
        "'After the break: the Black Stars squad for the September qualifiers' (sport)",
        "Related transcripts: 'Black Stars to meet Sudan in Omdurman?' (furniture)"]),

    # Wednesday fact-check ("Wednesday, 17 December 2008").
    # "Air Force One landed in Baghdad on Sunday afternoon. Bush first held talks with Talabani and his two
    #   vice-presidents, Adel Abdul Mahdi and Tariq al-Hashimi" -> 14 Dec 2008, Baghdad.
    # "He then went to see Maliki at the prime minister's residence, where the two men signed a ceremonial copy" ->
    #   14 Dec 2008, Baghdad; a different party, so a separate event.
    # "On Monday Bush flew on to Afghanistan and held talks with President Hamid Karzai in Kabul" -> 15 Dec 2008.
    # "The agreement itself had been signed in Baghdad on 17 November by ... Zebari and the US ambassador, Ryan
    #   Crocker" -> 17 Nov 2008 (a signing by both sides).
    # "On 13 June 2006 he flew into Baghdad unannounced and met Maliki" -> explicit.
    # "In September 2007 he stopped at Al Asad air base in Anbar province, where Maliki and Talabani flew in to meet
    #   him" -> 2007-09 (key 3 Sep 2007).
    # "they were due to sit down with King Abdullah II in Amman on the evening of 29 November; that three-way meeting
    #   was called off, and Bush and Maliki met over breakfast the next morning instead" -> 30 Nov 2006, Amman.
    ("011_iq_us_bush_baghdad_factcheck", "2008-12-17", False, [
        ev("2008-12-14-baghdad-abdul-mahdi-al-hashimi-bush-talabani", M, OCC, "2008-12-14", "Baghdad",
           [GW_BUSH, TALABANI, ABDUL_MAHDI, HASHIMI], [],
           "Bush first held talks with Talabani and his two vice-presidents"),
        ev("2008-12-14-baghdad-al-maliki-bush", M, OCC, "2008-12-14", "Baghdad", [GW_BUSH, MALIKI], [],
           "He then went to see Maliki at the prime minister's residence"),
        ev("2008-12-15-kabul-bush-karzai", M, OCC, "2008-12-15", "Kabul", [GW_BUSH, KARZAI], [],
           "held talks with President Hamid Karzai in Kabul"),
        ev("2008-11-17-baghdad-crocker-zebari", M, OCC, "2008-11-17", "Baghdad", [ZEBARI, CROCKER], [],
           "signed in Baghdad on 17 November by Foreign Minister Hoshyar Zebari and the US ambassador"),
        ev("2006-06-13-baghdad-al-maliki-bush", M, OCC, "2006-06-13", "Baghdad", [GW_BUSH, MALIKI], [],
           "On 13 June 2006 he flew into Baghdad unannounced and met Maliki"),
        ev("2007-09-03-al-asad-al-maliki-bush-talabani", M, OCC, "2007-09", "Al Asad", [GW_BUSH, MALIKI, TALABANI],
           [], "where Maliki and Talabani flew in to meet him"),
        ev("2006-11-30-amman-al-maliki-bush", M, OCC, "2006-11-30", "Amman", [GW_BUSH, MALIKI], [],
           "Bush and Maliki met over breakfast the next morning instead"),
    ], ["the viral claim itself ('at a press conference with President Jalal Talabani') (false claim; the news "
        "conference is press, not an event)",
        "'The shoes were thrown at the news conference that followed' (press)",
        "'Talabani was not in the room' (negation)",
        "'In November 2003 he spent two hours with troops at Baghdad airport' (no counterpart)",
        "'that three-way meeting was called off' (cancelled)",
        "'\"has met Grand Ayatollah Ali al-Sistani\". He has not.' (negation)",
        "'Bush and Maliki \"talk every week\" ... regular video conferences' (habitual, counted)",
        "Related fact checks: 'Did Obama ask Maliki to delay the agreement?' (furniture)"]),

    # Wednesday regional daily ("Wednesday, 11 August 2010").
    # "agreed yesterday to restore diplomatic relations, after ... Santos and ... Chávez met for nearly four hours at
    #   the Quinta de San Pedro Alejandrino in Santa Marta" -> 10 Aug 2010; the two foreign ministers "took part".
    # "the two foreign ministers, who met for more than three hours in Bogotá on Sunday" -> 8 Aug 2010.
    # "hours after the Organization of American States' Permanent Council met in Washington" -> 22 Jul 2010.
    # "UNASUR foreign ministers met in Quito on 29 July" -> 29 Jul 2010.
    # "Álvaro Uribe ... and Chávez last met in February, at a regional summit in Playa del Carmen, Mexico" -> most
    #   recent February = 2010-02 (key 22 Feb 2010); the summit is the backdrop.
    # "Holguín and Maduro are to meet again in Caracas later this month" -> planned 2010-08 (invented detail, month
    #   key).
    ("012_co_ve_santa_marta_regional", "2010-08-11", False, [
        ev("2010-08-10-santa-marta-chavez-santos", M, OCC, "2010-08-10", "Santa Marta",
           [SANTOS, CHAVEZ, HOLGUIN, MADURO], [],
           "President Juan Manuel Santos and President Hugo Chávez met for nearly four hours"),
        ev("2010-08-08-bogota-holguin-maduro", M, OCC, "2010-08-08", "Bogota", [HOLGUIN, MADURO], [],
           "who met for more than three hours in Bogotá on Sunday"),
        ev("2010-07-22-washington-oas", M, OCC, "2010-07-22", "Washington", [], ["Organization of American States"],
           "the Organization of American States' Permanent Council met in Washington"),
        ev("2010-07-29-quito-unasur", M, OCC, "2010-07-29", "Quito", [], ["UNASUR"],
           "UNASUR foreign ministers met in Quito on 29 July"),
        ev("2010-02-22-playa-del-carmen-chavez-uribe", M, OCC, "2010-02", "Playa del Carmen", [URIBE, CHAVEZ], [],
           "and Chávez last met in February, at a regional summit in Playa del Carmen"),
        ev("2010-08-caracas-holguin-maduro", M, PLN, "2010-08", "Caracas", [HOLGUIN, MADURO], [],
           "Holguín and Maduro are to meet again in Caracas later this month"),
    ], ["'The two governments will set up five joint commissions' (no occasion)",
        "'Chávez arrived at Simón Bolívar airport'; 'he laid flowers in the room where Bolívar died' (travel, "
        "ceremony)",
        "'At the joint news conference that followed the meeting' (press)",
        "'Maduro had flown in for Santos's inauguration on Saturday' (travel, ceremony)",
        "'Caracas broke off relations on 22 July' (statement)",
        "'Chávez invited Santos to visit Venezuela; no date was set' (invitation, no date)",
        "'\"I will come back whenever President Santos calls\"' (hypothetical)",
        "'Santa Marta's city council held an extraordinary session on Monday' (domestic)",
        "Read also: 'Unión Magdalena to meet Junior', 'Fishermen in Taganga demand meeting with port authority' "
        "(furniture)"]),

    # Friday trade newsletter ("Vol. 9, No. 10 | Friday 9 March 2018").
    # "Eleven trade ministers signed the ... in Santiago yesterday afternoon, at a ceremony chaired by ... Muñoz in
    #   the presence of ... Bachelet" -> 8 Mar 2018; the four ministers "among those who signed" are placed there.
    # "which twelve countries, the United States among them, signed in Auckland on 4 February 2016 with US Trade
    #   Representative Michael Froman at the table" -> explicit.
    # "Da Nang, November: TPP ministers, co-chaired by Motegi and Vietnam's Tran Tuan Anh, met on 9 November" ->
    #   most recent November before March 2018 = 9 Nov 2017.
    # "Tokyo, January: chief negotiators closed the last gaps at a meeting in Tokyo on 23 January" -> 23 Jan 2018;
    #   groups only.
    # "APEC trade ministers meet in Port Moresby in May" -> planned 2018-05 (key 25 May 2018, from memory).
    ("013_cptpp_santiago_trade_newsletter", "2018-03-09", False, [
        ev("2018-03-08-santiago-cptpp-signing", M, OCC, "2018-03-08", "Santiago",
           [MUNOZ, BACHELET, MOTEGI, CHAMPAGNE, CIOBO, PARKER], ["CPTPP"],
           "Eleven trade ministers signed the Comprehensive and Progressive Agreement for Trans-Pacific Partnership "
           "in Santiago yesterday"),
        ev("2016-02-04-auckland-tpp-signing", M, OCC, "2016-02-04", "Auckland", [FROMAN], ["TPP"],
           "signed in Auckland on 4 February 2016 with US Trade Representative Michael Froman"),
        ev("2017-11-09-da-nang-tpp-11-ministers", M, OCC, "2017-11-09", "Da Nang", [MOTEGI, TRAN_TUAN_ANH], ["TPP-11"],
           "TPP ministers, co-chaired by Motegi and Vietnam's Tran Tuan Anh, met on 9 November"),
        ev("2018-01-23-tokyo-tpp-11-negotiators", M, OCC, "2018-01-23", "Tokyo", [], ["TPP-11"],
           "chief negotiators closed the last gaps at a meeting in Tokyo on 23 January"),
        ev("2018-05-25-port-moresby-apec-trade-ministers", M, PLN, "2018-05", "Port Moresby", [], ["APEC"],
           "APEC trade ministers meet in Port Moresby in May"),
    ], ["'Donald Trump withdrew the US in January last year' (no meeting)",
        "'A leaders' meeting planned for the next day never took place after Justin Trudeau failed to turn up' "
        "(negation)",
        "'ministers announced agreement on \"core elements\" two days later' (announcement)",
        "'Trump signed proclamations putting tariffs ...' (no meeting)",
        "'The CPTPP Commission ... cannot meet until the agreement is in force' (negation)",
        "'Bachelet hands over to Sebastián Piñera on Sunday' (ceremony)",
        "'The Pacific Seafood Exporters' Association holds its annual general meeting' (non-diplomatic)",
        "Read more: 'NAFTA round eight: pencilled in for Washington, no date fixed', 'Will the UK meet the CPTPP entry "
        "rules' (furniture)"]),

    # Tuesday profile ("Tuesday 21 January 2020").
    # "sat next to António Guterres at the round table in Berlin on Sunday, when Angela Merkel hosted Vladimir Putin,
    #   ..." -> 19 Jan 2020, Berlin; Salamé, Guterres and the host and guests named are placed there.
    # "Merkel and her foreign minister, Heiko Maas, met Fayez al-Sarraj and Khalifa Haftar separately at the
    #   Chancellery" -> two events (one per Libyan), 19 Jan 2020, Berlin.
    # "On 13 January Sarraj and Haftar spent most of a day in Moscow while Sergey Lavrov and Sergei Shoigu and their
    #   Turkish counterparts ... carried drafts between them" -> 13 Jan 2020: proximity talks through mediators,
    #   one meeting of all the sides.
    # "Putin and Erdoğan made in Istanbul on 8 January, where they met to open the TurkStream pipeline" -> 8 Jan 2020.
    # "The same day, in Rome, Conte received Haftar" -> 8 Jan 2020.
    # "Merkel held talks with Putin in Moscow on 11 January" -> explicit.
    # "on Friday Haftar was in Athens, where Foreign Minister Nikos Dendias received him" -> 17 Jan 2020.
    # "He brought Sarraj and Haftar together in Abu Dhabi in February last year" -> 2019-02 (key 27 Feb 2019).
    # "Guterres was with Sarraj in Tripoli on 4 April ... and the next day Guterres saw Haftar in Benghazi" -> April
    #   of "last year" context, most recent April = 2019: 4 and 5 Apr 2019.
    # "Five officers from each side ... are due to sit down for the first session of a joint military commission in
    #   Geneva early next month, with Salamé in the chair" -> planned 2020-02 (key 3 Feb 2020).
    ("014_ly_salame_berlin_profile", "2020-01-21", False, [
        ev("2020-01-19-berlin-libya-conference", M, OCC, "2020-01-19", "Berlin",
           [SALAME, GUTERRES, MERKEL, PUTIN, ERDOGAN, MACRON, JOHNSON, CONTE, POMPEO], [],
           "when Angela Merkel hosted Vladimir Putin, Recep Tayyip Erdoğan, Emmanuel Macron, Boris Johnson"),
        ev("2020-01-19-berlin-al-sarraj-maas-merkel", M, OCC, "2020-01-19", "Berlin", [MERKEL, MAAS, SARRAJ], [],
           "met Fayez al-Sarraj and Khalifa Haftar separately at the Chancellery before the conference began"),
        ev("2020-01-19-berlin-haftar-maas-merkel", M, OCC, "2020-01-19", "Berlin", [MERKEL, MAAS, HAFTAR], [],
           "met Fayez al-Sarraj and Khalifa Haftar separately at the Chancellery before the conference began"),
        ev("2020-01-13-moscow-akar-al-sarraj-cavusoglu-haftar-lavrov-shoigu", M, OCC, "2020-01-13", "Moscow",
           [SARRAJ, HAFTAR, LAVROV, SHOIGU, CAVUSOGLU, AKAR], [],
           "On 13 January Sarraj and Haftar spent most of a day in Moscow"),
        ev("2020-01-08-istanbul-erdogan-putin", M, OCC, "2020-01-08", "Istanbul", [PUTIN, ERDOGAN], [],
           "Putin and Erdoğan made in Istanbul on 8 January, where they met"),
        ev("2020-01-08-rome-conte-haftar", M, OCC, "2020-01-08", "Rome", [CONTE, HAFTAR], [],
           "The same day, in Rome, Conte received Haftar"),
        ev("2020-01-11-moscow-merkel-putin", M, OCC, "2020-01-11", "Moscow", [MERKEL, PUTIN], [],
           "Merkel held talks with Putin in Moscow on 11 January"),
        ev("2020-01-17-athens-dendias-haftar", M, OCC, "2020-01-17", "Athens", [HAFTAR, DENDIAS], [],
           "on Friday Haftar was in Athens, where Foreign Minister Nikos Dendias received him"),
        ev("2019-02-27-abu-dhabi-haftar-al-sarraj-salame", M, OCC, "2019-02", "Abu Dhabi", [SALAME, SARRAJ, HAFTAR],
           [], "He brought Sarraj and Haftar together in Abu Dhabi in February last year"),
        ev("2019-04-04-tripoli-al-sarraj-guterres", M, OCC, "2019-04-04", "Tripoli", [GUTERRES, SARRAJ], [],
           "Guterres was with Sarraj in Tripoli on 4 April"),
        ev("2019-04-05-benghazi-guterres-haftar", M, OCC, "2019-04-05", "Benghazi", [GUTERRES, HAFTAR], [],
           "the next day Guterres saw Haftar in Benghazi"),
        ev("2020-02-03-geneva-libya-joint-military-commission", M, PLN, "2020-02", "Geneva", [SALAME],
           ["Government of National Accord", "Libyan National Army"],
           "due to sit down for the first session of a joint military commission in Geneva"),
    ], ["'the 55-point communique' (outcome of the conference)",
        "'The Libyans themselves were in Berlin but never in the same room' (negation)",
        "'Haftar left without signing the ceasefire' (part of the Moscow round)",
        "'Sarraj, who was due to see Conte afterwards, cancelled and flew home' (cancelled)",
        "'the national conference he had planned for April in Ghadames never took place' (cancelled)",
        "'has met every Libyan faction more times than he can count' (counted)",
        "'tells them he will meet anyone \"whenever it is useful\"' (hypothetical)",
        "'Asked on Monday ... he told reporters' (press)",
        "Related profiles / Most read (furniture)"]),
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
