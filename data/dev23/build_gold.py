#!/usr/bin/env python3
"""Generate gold.jsonl and manifest.jsonl for the dev23 development corpus.

Run:  python3 data/dev23/build_gold.py   then   python3 data/eval/validate.py data/dev23
Each article lists its true publication date, whether the manifest hides it, its gold
events, and (for documentation only) the traps it contains that must NOT be extracted.
dev23 is a readable development set: unlike the holdout sets, it may be read while developing.
Its emphasis is a MIX of event types on real occasions from 1960 to 2025 across regions:
occurred in-person meetings (about half), planned meetings and calls (about a fifth, some of
them postponed to a new date), phone and video calls (about a fifth), and gatherings or
delegation-only talks with groups, with many relative date expressions and non-event
distractors (cancelled meetings, declined invitations, hedges, counted references, briefings,
press conferences, page furniture).
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

# canonical names
NEHRU, AYUB, ILIFF = "Jawaharlal Nehru", "Ayub Khan", "W. A. B. Iliff"
DE_GAULLE, ADENAUER, POMPIDOU, COUVE, SCHROEDER, MACMILLAN, KENNEDY, HEATH = (
    "Charles de Gaulle", "Konrad Adenauer", "Georges Pompidou", "Maurice Couve de Murville",
    "Gerhard Schroeder", "Harold Macmillan", "John F. Kennedy", "Edward Heath")
HASSAN, BEN_BELLA, HAILE_SELASSIE, KEITA = "Hassan II", "Ahmed Ben Bella", "Haile Selassie", "Modibo Keita"
TANAKA, ZHOU, OHIRA, JI, MAO, NIKAIDO, NIXON = (
    "Kakuei Tanaka", "Zhou Enlai", "Masayoshi Ohira", "Ji Pengfei", "Mao Zedong", "Susumu Nikaido",
    "Richard Nixon")
WHITLAM, KISSINGER = "Gough Whitlam", "Henry Kissinger"
CARTER, TORRIJOS, PINOCHET, VIDELA, PEREZ, LOPEZ_MICHELSEN, ODUBER, MANLEY = (
    "Jimmy Carter", "Omar Torrijos", "Augusto Pinochet", "Jorge Videla", "Carlos Andres Perez",
    "Alfonso Lopez Michelsen", "Daniel Oduber", "Michael Manley")
REAGAN, GORBACHEV, VIGDIS, STEINGRIMUR, MATHIESEN, SHULTZ, SHEVARDNADZE = (
    "Ronald Reagan", "Mikhail Gorbachev", "Vigdis Finnbogadottir", "Steingrimur Hermannsson",
    "Matthias Mathiesen", "George Shultz", "Eduard Shevardnadze")
RAJIV, JRJ, PRABHAKARAN = "Rajiv Gandhi", "J. R. Jayewardene", "Velupillai Prabhakaran"
DOS_SANTOS, SAVIMBI, CAVACO, BAKER, BESSMERTNYKH, MUSEVENI, MOBUTU, NASCIMENTO, CHITUNDA, BARROSO = (
    "Jose Eduardo dos Santos", "Jonas Savimbi", "Anibal Cavaco Silva", "James Baker",
    "Alexander Bessmertnykh", "Yoweri Museveni", "Mobutu Sese Seko", "Lopo do Nascimento",
    "Jeremias Chitunda", "Jose Manuel Durao Barroso")
RABIN, ARAFAT, PERES, ABBAS, CLINTON, CHRISTOPHER, KOZYREV, RUBINSTEIN, TARAWNEH, HOLST, SAVIR, QUREI = (
    "Yitzhak Rabin", "Yasser Arafat", "Shimon Peres", "Mahmoud Abbas", "Bill Clinton", "Warren Christopher",
    "Andrei Kozyrev", "Elyakim Rubinstein", "Fayez Tarawneh", "Johan Jorgen Holst", "Uri Savir",
    "Ahmed Qurei")
MODI, TRUMP, CARNEY, MERZ, SHEINBAUM, LEE, CHRISTODOULIDES, PLENKOVIC, MILANOVIC, MUNIR = (
    "Narendra Modi", "Donald Trump", "Mark Carney", "Friedrich Merz", "Claudia Sheinbaum", "Lee Jae-myung",
    "Nikos Christodoulides", "Andrej Plenkovic", "Zoran Milanovic", "Asim Munir")
NETANYAHU, TAMIM, VANCE, MBA, PEZESHKIAN, MBZ, SALAM, ZELENSKYY = (
    "Benjamin Netanyahu", "Tamim bin Hamad Al Thani", "JD Vance", "Mohammed bin Abdulrahman Al Thani",
    "Masoud Pezeshkian", "Mohamed bin Zayed Al Nahyan", "Nawaf Salam", "Volodymyr Zelenskyy")
PUTIN, LAVROV, RUBIO, RUTTE, VDL, LAMMY, YERMAK, UMEROV, STARMER, XI, WITKOFF = (
    "Vladimir Putin", "Sergey Lavrov", "Marco Rubio", "Mark Rutte", "Ursula von der Leyen", "David Lammy",
    "Andriy Yermak", "Rustem Umerov", "Keir Starmer", "Xi Jinping", "Steve Witkoff")
KIM, WOO = "Kim Jong Un", "Woo Won-shik"
LULA, PRABOWO, KAO = "Luiz Inacio Lula da Silva", "Prabowo Subianto", "Kao Kim Hourn"


def ev(key, kind, status, date, location, participants, groups, evidence, date_end=None):
    e = {"key": key, "kind": kind, "status": status, "date": date}
    if date_end:
        e["date_end"] = date_end
    e.update({"location": location, "participants": participants, "groups": groups,
              "evidence": evidence})
    return e


M, C, OCC, PLN = "meeting", "call", "occurred", "planned"

ARTICLES = [
    # Monday wire, dateline "KARACHI, Sept. 19" without a year; the manifest gives 1960-09-19.
    # "Nehru and President Mohammad Ayub Khan put their signatures to the Indus Waters Treaty here today"
    #   -> 19 Sep 1960, Karachi ("here" + dateline); Iliff "signed for the Bank" -> participant.
    # "The two men will continue their conversations at Murree on Wednesday" -> planned, 21 Sep 1960.
    # "In September of last year Ayub Khan broke a journey at Palam airport outside New Delhi, where he and
    #   Mr. Nehru talked for about two hours" -> 1959-09 (key 1 Sep 1959); Palam -> New Delhi.
    # "The water negotiations themselves opened in Washington in 1952, when Indian and Pakistani engineers first
    #   sat down with the Bank's staff" -> year-only, groups only.
    ("000_in_pk_indus_treaty_karachi_wire", "1960-09-19", False, [
        ev("1960-09-19-karachi-ayub-iliff-nehru", M, OCC, "1960-09-19", "Karachi", [NEHRU, AYUB, ILIFF], [],
           "Jawaharlal Nehru and President Mohammad Ayub Khan put their signatures to the Indus Waters Treaty"),
        ev("1960-09-21-murree-ayub-nehru", M, PLN, "1960-09-21", "Murree", [NEHRU, AYUB], [],
           "The two men will continue their conversations at Murree on Wednesday"),
        ev("1959-09-01-new-delhi-ayub-nehru", M, OCC, "1959-09", "New Delhi", [AYUB, NEHRU], [],
           "broke a journey at Palam airport outside New Delhi, where he and Mr. Nehru talked"),
        ev("1952-washington-india-pakistan-world-bank", M, OCC, "1952", "Washington", [],
           ["India", "Pakistan", "World Bank"],
           "The water negotiations themselves opened in Washington in 1952"),
    ], ["'Mr. Nehru flew in from New Delhi this morning' (arrival, no encounter named)",
        "'They would not say whether Kashmir is to come up' (topic, not an event)",
        "'the fund agreement ... was signed at the same time' (same occasion, listed once)",
        "'such things \"can be considered in good time\"' (hypothetical return invitation)",
        "'no plans to receive leaders of Kashmiri groups' (negation)",
        "'The President's cabinet met early this morning' (internal to one government)",
        "RELATED: 'Engineers of both countries to meet in Lahore' (furniture)"]),

    # Tuesday evening paper; manifest null. The page header prints "Tuesday 22 January 1963".
    # "signed a treaty ... in the Salon Murat of the Elysee Palace, bringing to an end two days of talks that
    #   began yesterday" -> one conference, 21-22 Jan 1963 (signing on the second day), Paris.
    # "The first of these regular consultations between the General and the Chancellor is expected to be held in
    #   Bonn in the summer" -> planned, year only (1963; it took place on 4-5 Jul 1963).
    # "September 1958, when de Gaulle received Adenauer at his country house at Colombey-les-Deux-Eglises"
    #   -> 1958-09 (key 14 Sep). "Last July the General welcomed the Chancellor in Paris" -> 1962-07 (key 2 Jul).
    #   "in September Adenauer was the General's host in Bonn" -> 1962-09 (key 4 Sep).
    # "Macmillan spent a weekend with de Gaulle at Rambouillet in mid-December" -> 1962-12 (key 15 Dec).
    # "From there the Prime Minister went on to Nassau, where he and President Kennedy held talks a few days
    #   later" -> 1962-12 (key 18 Dec); "he" = Macmillan.
    # "The Six and Britain are due to resume the membership negotiations in Brussels on January 28, with
    #   Mr. Edward Heath leading the British side" -> planned, 28 Jan 1963.
    ("001_fr_de_elysee_treaty_evening_paper", "1963-01-22", True, [
        ev("1963-01-21-paris-adenauer-de-gaulle", M, OCC, "1963-01-21", "Paris",
           [DE_GAULLE, ADENAUER, POMPIDOU, COUVE, SCHROEDER], [],
           "General de Gaulle and Dr. Konrad Adenauer this evening signed a treaty of co-operation",
           date_end="1963-01-22"),
        ev("1963-07-04-bonn-adenauer-de-gaulle", M, PLN, "1963", "Bonn", [DE_GAULLE, ADENAUER], [],
           "The first of these regular consultations between the General and the Chancellor is expected"),
        ev("1958-09-14-colombey-les-deux-eglises-adenauer-de-gaulle", M, OCC, "1958-09",
           "Colombey-les-Deux-Eglises", [DE_GAULLE, ADENAUER], [],
           "de Gaulle received Adenauer at his country house at Colombey-les-Deux-Eglises"),
        ev("1962-07-02-paris-adenauer-de-gaulle", M, OCC, "1962-07", "Paris", [DE_GAULLE, ADENAUER], [],
           "Last July the General welcomed the Chancellor in Paris for a state visit"),
        ev("1962-09-04-bonn-adenauer-de-gaulle", M, OCC, "1962-09", "Bonn", [ADENAUER, DE_GAULLE], [],
           "in September Adenauer was the General's host in Bonn"),
        ev("1962-12-15-rambouillet-de-gaulle-macmillan", M, OCC, "1962-12", "Rambouillet",
           [MACMILLAN, DE_GAULLE], [],
           "Mr. Harold Macmillan spent a weekend with de Gaulle at Rambouillet in mid-December"),
        ev("1962-12-18-nassau-kennedy-macmillan", M, OCC, "1962-12", "Nassau", [MACMILLAN, KENNEDY], [],
           "where he and President Kennedy held talks a few days later"),
        ev("1963-01-28-brussels-heath", M, PLN, "1963-01-28", "Brussels", [HEATH],
           ["European Economic Community", "United Kingdom"],
           "due to resume the membership negotiations in Brussels on January 28"),
    ], ["'obliges the heads of state and government to meet at least twice a year' (habitual rule)",
        "'the General told a press conference, on the 14th' (press conference)",
        "'the talks \"could be suspended\"' (hedge about the planned Brussels round, not a second event)",
        "'holds a press conference at the German embassy tomorrow before flying home' (press conference, travel)",
        "'\"Washington is always informed\"' (statement)",
        "Related / Most read (furniture)"]),

    # Wednesday wire "BAMAKO, Mali, Oct. 30" (manifest 1963-10-30).
    # "agreed today to halt the fighting ..., at the end of two days of talks at the presidential palace here
    #   with Emperor Haile Selassie ... and President Modibo Keita ... as mediators" -> 29-30 Oct 1963, Bamako;
    #   mediators are participants.
    # "Foreign ministers of the Organisation of African Unity are to meet in Addis Ababa in mid-November"
    #   -> planned, 1963-11, groups only (key 15 Nov).
    ("002_ma_dz_bamako_ceasefire_wire", "1963-10-30", False, [
        ev("1963-10-29-bamako-ben-bella-haile-selassie-hassan-ii-keita", M, OCC, "1963-10-29", "Bamako",
           [HASSAN, BEN_BELLA, HAILE_SELASSIE, KEITA], [],
           "at the end of two days of talks at the presidential palace here",
           date_end="1963-10-30"),
        ev("1963-11-15-addis-ababa-organisation-of-african-unity", M, PLN, "1963-11", "Addis Ababa", [],
           ["Organisation of African Unity"],
           "Foreign ministers of the Organisation of African Unity are to meet in Addis Ababa"),
    ], ["'The king and Ben Bella came face to face only once, late on Tuesday night' (direct exchange inside the "
        "same talks, not a separate event)",
        "'the guns are to fall silent at midnight on Friday' (ceasefire, no encounter)",
        "'The two leaders have met before' (vague, no single occasion)",
        "'An Arab League attempt at mediation earlier this month got nowhere' (vague)",
        "'an offer by President Nasser to bring the two men together in Cairo was turned down' (rejected proposal)",
        "'ready to meet the king again \"anywhere in Africa, at any time\" if the truce broke down' (hypothetical)",
        "'The emperor is expected to fly home tomorrow' (travel)",
        "Read more / Trending now (furniture)"]),

    # Friday regional paper "Friday, September 29, 1972" (manifest 1972-09-29).
    # "Kakuei Tanaka and Premier Chou En-lai signed a joint statement at the Great Hall of the People today" +
    #   "The two foreign ministers, Masayoshi Ohira and Chi Peng-fei, also signed" -> 29 Sep 1972, Beijing.
    #   Chou En-lai -> Zhou Enlai; Chi Peng-fei -> Ji Pengfei; Mao Tse-tung -> Mao Zedong; Peking -> Beijing.
    # "The two prime ministers held talks on four successive days, from Monday to Thursday" -> one round of
    #   talks, 25-28 Sep 1972.
    # "On Tuesday Ohira sat down separately with Chi for the first of several sessions" -> 26 Sep 1972 (only the
    #   first, dated session is an event; "several sessions" is counted).
    # "Late on Wednesday evening Chairman Mao Tse-tung received Tanaka, Ohira and ... Susumu Nikaido ..., with
    #   Chou present" -> 27 Sep 1972.
    # "at the end of August in Honolulu, where he held talks with President Nixon" -> 1972-08 (key 31 Aug).
    # "Nixon had himself been received by Mao in Peking in February" -> 1972-02 (key 21 Feb).
    ("003_jp_cn_tanaka_beijing_regional", "1972-09-29", False, [
        ev("1972-09-29-beijing-ji-ohira-tanaka-zhou", M, OCC, "1972-09-29", "Beijing", [TANAKA, ZHOU, OHIRA, JI],
           [], "Kakuei Tanaka and Premier Chou En-lai signed a joint statement at the Great Hall"),
        ev("1972-09-25-beijing-tanaka-zhou", M, OCC, "1972-09-25", "Beijing", [TANAKA, ZHOU], [],
           "The two prime ministers held talks on four successive days, from Monday to Thursday",
           date_end="1972-09-28"),
        ev("1972-09-26-beijing-ji-ohira", M, OCC, "1972-09-26", "Beijing", [OHIRA, JI], [],
           "On Tuesday Ohira sat down separately with Chi for the first of several sessions"),
        ev("1972-09-27-beijing-mao-nikaido-ohira-tanaka-zhou", M, OCC, "1972-09-27", "Beijing",
           [MAO, TANAKA, OHIRA, NIKAIDO, ZHOU], [],
           "Late on Wednesday evening Chairman Mao Tse-tung received Tanaka, Ohira and the chief cabinet secretary"),
        ev("1972-08-31-honolulu-nixon-tanaka", M, OCC, "1972-08", "Honolulu", [TANAKA, NIXON], [],
           "at the end of August in Honolulu, where he held talks with President Nixon"),
        ev("1972-02-21-beijing-mao-nixon", M, OCC, "1972-02", "Beijing", [MAO, NIXON], [],
           "Nixon had himself been received by Mao in Peking in February"),
    ], ["'Takeiri ... held three rounds of talks with Chou' (counted)",
        "'the Nationalist government announced that it was breaking off relations with Tokyo' (statement)",
        "'Tanaka flies to Shanghai this afternoon and returns to Tokyo on Saturday' (travel)",
        "'there were no plans for contacts with Nationalist envoys' (negation)",
        "'an exchange of ambassadors could follow \"within months\"' (hypothetical)",
        "Related stories / Latest news (furniture)"]),

    # Thursday broadsheet archive; manifest null. The page prints "THURSDAY, NOVEMBER 1, 1973"; the dispatch is
    #   datelined "PEKING, Wednesday." so "today" in it is Wednesday 31 Oct 1973.
    # "Premier Chou En-lai was at the foot of the aircraft steps to greet him" -> 31 Oct 1973 (a welcome).
    # "Formal talks between the two prime ministers will be held at the Great Hall of the People over the next
    #   three days" -> planned; the next three days after 31 Oct are 1-3 Nov, so 1973-11 (key 1 Nov).
    # "received by Chou in the Great Hall late at night on July 5, 1971" -> 5 Jul 1971.
    # "Days after he left, Henry Kissinger slipped into Peking for secret talks with Chou" -> 1971-07 (key 9 Jul).
    # "a joint communique signed by the two countries' ambassadors in Paris" ("last December") -> 1972-12,
    #   groups only (key 21 Dec).
    ("004_au_cn_whitlam_beijing_broadsheet", "1973-11-01", True, [
        ev("1973-10-31-beijing-whitlam-zhou", M, OCC, "1973-10-31", "Beijing", [ZHOU, WHITLAM], [],
           "Premier Chou En-lai was at the foot of the aircraft steps to greet him"),
        ev("1973-11-01-beijing-whitlam-zhou", M, PLN, "1973-11", "Beijing", [WHITLAM, ZHOU], [],
           "Formal talks between the two prime ministers will be held at the Great Hall"),
        ev("1971-07-05-beijing-whitlam-zhou", M, OCC, "1971-07-05", "Beijing", [WHITLAM, ZHOU], [],
           "was received by Chou in the Great Hall late at night on July 5, 1971"),
        ev("1971-07-09-beijing-kissinger-zhou", M, OCC, "1971-07", "Beijing", [KISSINGER, ZHOU], [],
           "Henry Kissinger slipped into Peking for secret talks with Chou"),
        ev("1972-12-21-paris-australia-china", M, OCC, "1972-12", "Paris", [], ["Australia", "China"],
           "a joint communique signed by the two countries' ambassadors in Paris"),
    ], ["'Whether Mr Whitlam will be received by Chairman Mao has not been confirmed' (unconfirmed)",
        "'the Nixon visit' (a visit mentioned without an encounter)",
        "'the Country Party leader, Mr Doug Anthony, criticised the Prime Minister's choice of anthem' (statement)",
        "Related / Most popular (furniture)"]),

    # Broadcaster page; manifest null. The page prints "Posted Sept. 8, 1977" (a Thursday).
    # "As leaders and envoys of 26 other member states of the Organization of American States looked on,
    #   President Jimmy Carter and General Omar Torrijos signed the Panama Canal treaties in the Hall of the
    #   Americas on Wednesday. Among the guests were ... Pinochet and ... Videla" -> 7 Sep 1977, Washington.
    # "Carter is due to receive Videla at the White House on Friday morning" -> planned, 9 Sep 1977.
    # "On Aug. 24 Carter called Torrijos from the Oval Office" -> call, 24 Aug 1977.
    # "on Aug. 5, Torrijos flew to Bogota to explain the draft to Presidents Carlos Andres Perez ..., Alfonso Lopez
    #   Michelsen ... and Daniel Oduber ... and Prime Minister Michael Manley" -> 5 Aug 1977, Bogota.
    ("005_pa_us_canal_treaties_oas_broadcaster", "1977-09-08", True, [
        ev("1977-09-07-washington-carter-torrijos", M, OCC, "1977-09-07", "Washington",
           [CARTER, TORRIJOS, PINOCHET, VIDELA], ["Organization of American States"],
           "President Jimmy Carter and General Omar Torrijos signed the Panama Canal treaties"),
        ev("1977-09-09-washington-carter-videla", M, PLN, "1977-09-09", "Washington", [CARTER, VIDELA], [],
           "Carter is due to receive Videla at the White House on Friday morning"),
        ev("1977-08-24-carter-torrijos-call", C, OCC, "1977-08-24", None, [CARTER, TORRIJOS], [],
           "On Aug. 24 Carter called Torrijos from the Oval Office"),
        ev("1977-08-05-bogota-lopez-michelsen-manley-oduber-perez-torrijos", M, OCC, "1977-08-05", "Bogota",
           [TORRIJOS, PEREZ, LOPEZ_MICHELSEN, ODUBER, MANLEY], [],
           "Torrijos flew to Bogota to explain the draft to Presidents Carlos Andres Perez"),
    ], ["'the visiting leaders were the Carters' guests at a state dinner' (dinner inside the same occasion)",
        "'The White House would not say whether Carter would also see Pinochet privately' (unconfirmed)",
        "'the treaties would be put to a plebiscite in Panama next month' (vote, no encounter)",
        "'no date has been set for hearings' (no event)",
        "Related coverage (furniture)"]),

    # Radio page; manifest null. The page prints "10.10.1986 21:40" (Friday 10 Oct 1986).
    # "spent part of Friday afternoon at Bessastadir ..., where he called on President Vigdis Finnbogadottir"
    #   -> 10 Oct 1986, Bessastadir (kept as named).
    # "Reagan landed at Keflavik ... on Thursday evening, and the president and Prime Minister Steingrimur
    #   Hermannsson were waiting at the foot of the steps to welcome him" -> 9 Oct 1986, Keflavik; "the
    #   president" here is Iceland's president, not Reagan.
    # "Foreign Minister Matthias Mathiesen greeted the Soviet leader at Keflavik instead" -> 10 Oct 1986.
    # "Later in the afternoon Gorbachev paid a short call on the president at Bessastadir" -> 10 Oct 1986.
    # "The two leaders are to meet at Hofdi House, the city's white reception house ..., on Saturday and Sunday"
    #   + Shultz and Shevardnadze "expected to join them" -> planned, 11-12 Oct 1986, Reykjavik.
    # "after Geneva last November" -> 1985-11 (key 19 Nov). "a letter from Gorbachev that Shevardnadze handed to
    #   Reagan at the White House last month" -> 1986-09 (key 19 Sep).
    ("006_is_us_su_reykjavik_preview_radio", "1986-10-10", True, [
        ev("1986-10-10-bessastadir-finnbogadottir-reagan", M, OCC, "1986-10-10", "Bessastadir", [REAGAN, VIGDIS],
           [], "he called on President Vigdis Finnbogadottir for about forty minutes"),
        ev("1986-10-09-keflavik-finnbogadottir-hermannsson-reagan", M, OCC, "1986-10-09", "Keflavik",
           [VIGDIS, STEINGRIMUR, REAGAN], [],
           "the president and Prime Minister Steingrimur Hermannsson were waiting at the foot of the steps"),
        ev("1986-10-10-keflavik-gorbachev-mathiesen", M, OCC, "1986-10-10", "Keflavik", [MATHIESEN, GORBACHEV], [],
           "Foreign Minister Matthias Mathiesen greeted the Soviet leader at Keflavik instead"),
        ev("1986-10-10-bessastadir-finnbogadottir-gorbachev", M, OCC, "1986-10-10", "Bessastadir",
           [GORBACHEV, VIGDIS], [], "Gorbachev paid a short call on the president at Bessastadir"),
        ev("1986-10-11-reykjavik-gorbachev-reagan", M, PLN, "1986-10-11", "Reykjavik",
           [REAGAN, GORBACHEV, SHULTZ, SHEVARDNADZE], [],
           "The two leaders are to meet at Hofdi House, the city's white reception house",
           date_end="1986-10-12"),
        ev("1985-11-19-geneva-gorbachev-reagan", M, OCC, "1985-11", "Geneva", [REAGAN, GORBACHEV], [],
           "It will be their second encounter, after Geneva last November"),
        ev("1986-09-19-washington-reagan-shevardnadze", M, OCC, "1986-09", "Washington", [SHEVARDNADZE, REAGAN], [],
           "a letter from Gorbachev that Shevardnadze handed to Reagan at the White House last month"),
    ], ["'neither the president nor the prime minister could go to the airport' (negation)",
        "'the new session of the Althing was being opened' (domestic)",
        "'a summit in Washington could follow if the weekend goes well' (hypothetical)",
        "'Shultz is due to brief NATO foreign ministers in Brussels on Monday' (briefing)",
        "'Reagan dined ... with his own advisers' (internal to one government)",
        "'Mrs Gorbacheva spent the afternoon touring the city' (no encounter)",
        "Related (furniture)"]),

    # Thursday daily "Thursday 30 July 1987" (manifest 1987-07-30).
    # "Rajiv Gandhi and President J. R. Jayewardene signed the Indo-Sri Lanka Agreement at President's House in
    #   Colombo yesterday" -> 29 Jul 1987.
    # "Velupillai Prabhakaran, was flown to New Delhi last week and was received by Mr Gandhi on Tuesday"
    #   -> 28 Jul 1987, New Delhi.
    # "The two signatories last met in November, at the SAARC summit in Bangalore" -> 1986-11 (key 16 Nov).
    ("007_lk_in_colombo_accord_daily", "1987-07-30", False, [
        ev("1987-07-29-colombo-gandhi-jayewardene", M, OCC, "1987-07-29", "Colombo", [RAJIV, JRJ], [],
           "Prime Minister Rajiv Gandhi and President J. R. Jayewardene signed the Indo-Sri Lanka Agreement"),
        ev("1987-07-28-new-delhi-gandhi-prabhakaran", M, OCC, "1987-07-28", "New Delhi", [PRABHAKARAN, RAJIV], [],
           "was flown to New Delhi last week and was received by Mr Gandhi on Tuesday"),
        ev("1986-11-16-bangalore-gandhi-jayewardene", M, OCC, "1986-11", "Bangalore", [RAJIV, JRJ], [],
           "The two signatories last met in November, at the SAARC summit in Bangalore"),
    ], ["'Prime Minister R. Premadasa stayed away from the ceremony' (negation)",
        "'The Liberation Tigers were not party to the agreement' (negation)",
        "'as Mr Gandhi inspected a naval guard of honour ... a rating swung his rifle' (incident, no diplomatic "
        "encounter)",
        "'Mr Gandhi might visit Jaffna once the ceasefire held, but nothing had been planned' (hypothetical)",
        "'Mr Jayewardene has met Tamil party leaders many times since 1983' (counted)",
        "Most read / Related (furniture)"]),

    # Friday wire "LISBON, May 31" (manifest 1991-05-31).
    # "dos Santos and UNITA leader Jonas Savimbi signed a peace agreement here today" with Cavaco Silva presiding,
    #   Baker and Bessmertnykh as witnesses and Museveni attending -> 31 May 1991, Lisbon.
    # "They last came face to face at Gbadolite in Zaire in June 1989, where President Mobutu Sese Seko coaxed the
    #   same handshake out of them" -> 1989-06 (key 22 Jun).
    # "The text was initialled on May 1 at the hotel school at Bicesse, outside Estoril, by ... Lopo do Nascimento
    #   ... and Jeremias Chitunda ..., with ... Durao Barroso in the chair" -> 1 May 1991, Bicesse.
    # "The talks had begun in secret in Evora in April 1990, when delegations of the two sides met under
    #   Portuguese chairmanship" -> 1990-04, groups only.
    # POSTPONED: "had been due to hold its first session in Luanda on Monday. ... the session had been put back to
    #   June 10, with delegations of both sides and observers from Portugal, the United States and the Soviet
    #   Union" -> planned with the NEW date, 10 Jun 1991; the superseded Monday date is not an event.
    # "Baker and Bessmertnykh stay on in Lisbon for talks on Saturday" -> planned, 1 Jun 1991.
    ("008_ao_pt_bicesse_lisbon_wire", "1991-05-31", False, [
        ev("1991-05-31-lisbon-dos-santos-savimbi", M, OCC, "1991-05-31", "Lisbon",
           [DOS_SANTOS, SAVIMBI, CAVACO, BAKER, BESSMERTNYKH, MUSEVENI], [],
           "Jose Eduardo dos Santos and UNITA leader Jonas Savimbi signed a peace agreement here today"),
        ev("1989-06-22-gbadolite-dos-santos-mobutu-savimbi", M, OCC, "1989-06", "Gbadolite",
           [DOS_SANTOS, SAVIMBI, MOBUTU], [],
           "They last came face to face at Gbadolite in Zaire in June 1989"),
        ev("1991-05-01-bicesse-chitunda-do-nascimento-durao-barroso", M, OCC, "1991-05-01", "Bicesse",
           [NASCIMENTO, CHITUNDA, BARROSO], [],
           "The text was initialled on May 1 at the hotel school at Bicesse, outside Estoril"),
        ev("1990-04-evora-angolan-government-unita", M, OCC, "1990-04", "Evora", [],
           ["Angolan government", "UNITA", "Portugal"],
           "The talks had begun in secret in Evora in April 1990"),
        ev("1991-06-10-luanda-angolan-government-unita", M, PLN, "1991-06-10", "Luanda", [],
           ["Angolan government", "UNITA", "Portugal", "United States", "Soviet Union"],
           "the session had been put back to June 10"),
        ev("1991-06-01-lisbon-baker-bessmertnykh", M, PLN, "1991-06-01", "Lisbon", [BAKER, BESSMERTNYKH], [],
           "Baker and Bessmertnykh stay on in Lisbon for talks on Saturday"),
    ], ["'the two men shook hands across the table' (part of the signing, listed once)",
        "'the truce agreed there collapsed within weeks' (no encounter)",
        "'had been due to hold its first session in Luanda on Monday' (superseded date; the event is listed once, "
        "with the new date)",
        "'Elections are to be held next year' (no encounter)",
        "'Savimbi said only \"when the conditions are right\"' (vague)",
        "'ready to receive his rival in the capital \"if he wishes\"' (hypothetical)",
        "Related stories (furniture)"]),

    # Wednesday wire "JERUSALEM, Sept. 15" (manifest 1993-09-15).
    # "On Monday, on the South Lawn, ... Peres and Mahmoud Abbas ... signed the Declaration of Principles ... as
    #   Rabin, Arafat and President Bill Clinton looked on. ... Christopher and ... Kozyrev signed as witnesses"
    #   -> 13 Sep 1993, Washington (South Lawn = White House).
    # "Rabin and Peres landed in Rabat on Tuesday and spent the afternoon with the king" -> 14 Sep 1993.
    # "Back in Washington the same day, ... Rubinstein and ... Tarawneh, initialled an agenda ... at the State
    #   Department, with Christopher presiding" -> 14 Sep 1993.
    # "Holst watched Arafat sign the PLO's letter in Tunis last Thursday" -> 9 Sep 1993 (previous week).
    # "then carried it to Jerusalem, where Rabin signed Israel's reply on Friday morning in his presence, with
    #   Peres beside them" -> 10 Sep 1993.
    # "initialled in secret at a government guest house in Oslo in the early hours of August 20 by Uri Savir and
    #   Ahmed Qurei ..., with Peres and Holst looking on" -> 20 Aug 1993.
    # "Israeli and PLO negotiators are due to open talks in Egypt next month" -> planned, 1993-10, groups only;
    #   no city named, so the country (key 13 Oct, Taba).
    ("009_il_ps_oslo_white_house_wire", "1993-09-15", False, [
        ev("1993-09-13-washington-abbas-arafat-clinton-peres-rabin", M, OCC, "1993-09-13", "Washington",
           [PERES, ABBAS, RABIN, ARAFAT, CLINTON, CHRISTOPHER, KOZYREV], [],
           "Foreign Minister Shimon Peres and Mahmoud Abbas of the PLO signed the Declaration of Principles"),
        ev("1993-09-14-rabat-hassan-ii-peres-rabin", M, OCC, "1993-09-14", "Rabat", [RABIN, PERES, HASSAN], [],
           "Rabin and Peres landed in Rabat on Tuesday and spent the afternoon with the king"),
        ev("1993-09-14-washington-christopher-rubinstein-tarawneh", M, OCC, "1993-09-14", "Washington",
           [RUBINSTEIN, TARAWNEH, CHRISTOPHER], [],
           "initialled an agenda for peace talks at the State Department, with Christopher presiding"),
        ev("1993-09-09-tunis-arafat-holst", M, OCC, "1993-09-09", "Tunis", [HOLST, ARAFAT], [],
           "Johan Jorgen Holst watched Arafat sign the PLO's letter in Tunis last Thursday"),
        ev("1993-09-10-jerusalem-holst-peres-rabin", M, OCC, "1993-09-10", "Jerusalem", [RABIN, HOLST, PERES], [],
           "where Rabin signed Israel's reply on Friday morning in his presence, with Peres beside them"),
        ev("1993-08-20-oslo-qurei-savir", M, OCC, "1993-08-20", "Oslo", [SAVIR, QUREI, PERES, HOLST], [],
           "at a government guest house in Oslo in the early hours of August 20"),
        ev("1993-10-13-taba-israel-plo", M, PLN, "1993-10", "Egypt", [], ["Israel", "PLO"],
           "Israeli and PLO negotiators are due to open talks in Egypt next month"),
    ], ["'a handshake with Yasser Arafat on the White House lawn' (part of the signing, listed once)",
        "'Rabin had never met Arafat before Monday' (negation)",
        "'aides said no further meeting between the two was planned' (negation)",
        "'Hassan has received Israeli envoys in secret several times over the years' (counted)",
        "'Arafat ... flew to New York for his first visit to the United Nations since 1974' (travel)",
        "Related (furniture)"]),

    # National news site; manifest null. The page prints "Updated: 18 Jun 2025, 07:45 IST" (a Wednesday).
    # "Modi and US President Donald Trump spoke by phone for about 35 minutes on Tuesday, Canadian time" -> call,
    #   17 Jun 2025. CANCELLED: "a meeting planned for the sidelines of the G7 summit was called off" -> no event.
    # "since Trump telephoned Modi after the Pahalgam terror attack in April" -> call, 2025-04 (key 22 Apr).
    # "Last Friday, hours after Israel's first strikes on Iran, ... Netanyahu telephoned Modi" -> call, 13 Jun 2025
    #   (Friday of the previous week, seen from a Wednesday).
    # "At Kananaskis on Tuesday, Modi held his first meeting with ... Mark Carney" -> 17 Jun 2025.
    # "his first talks with German Chancellor Friedrich Merz and Mexican President Claudia Sheinbaum" -> two
    #   events with the same evidence; "a pull-aside with South Korea's Lee Jae-myung" -> a third.
    # "Christodoulides broke protocol to receive him at Larnaca airport on Sunday evening" -> 15 Jun 2025;
    #   "the two held talks at the Presidential Palace in Nicosia on Monday" -> 16 Jun 2025.
    # "Modi is due in Zagreb later on Wednesday for talks with ... Andrej Plenkovic" and "He is also expected to
    #   call on President Zoran Milanovic" -> two planned meetings, 18 Jun 2025.
    # "Trump is to host ... Asim Munir, for lunch at the White House on Wednesday" -> planned, 18 Jun 2025.
    ("010_in_modi_g7_kananaskis_trump_call_national", "2025-06-18", True, [
        ev("2025-06-17-modi-trump-call", C, OCC, "2025-06-17", None, [MODI, TRUMP], [],
           "Narendra Modi and US President Donald Trump spoke by phone for about 35 minutes"),
        ev("2025-04-22-modi-trump-call", C, OCC, "2025-04", None, [TRUMP, MODI], [],
           "since Trump telephoned Modi after the Pahalgam terror attack in April"),
        ev("2025-06-13-modi-netanyahu-call", C, OCC, "2025-06-13", None, [NETANYAHU, MODI], [],
           "Israeli Prime Minister Benjamin Netanyahu telephoned Modi to brief him"),
        ev("2025-06-17-kananaskis-carney-modi", M, OCC, "2025-06-17", "Kananaskis", [MODI, CARNEY], [],
           "Modi held his first meeting with Prime Minister Mark Carney"),
        ev("2025-06-17-kananaskis-merz-modi", M, OCC, "2025-06-17", "Kananaskis", [MODI, MERZ], [],
           "his first talks with German Chancellor Friedrich Merz and Mexican President Claudia Sheinbaum"),
        ev("2025-06-17-kananaskis-modi-sheinbaum", M, OCC, "2025-06-17", "Kananaskis", [MODI, SHEINBAUM], [],
           "his first talks with German Chancellor Friedrich Merz and Mexican President Claudia Sheinbaum"),
        ev("2025-06-17-kananaskis-lee-modi", M, OCC, "2025-06-17", "Kananaskis", [MODI, LEE], [],
           "a pull-aside with South Korea's Lee Jae-myung"),
        ev("2025-06-15-larnaca-christodoulides-modi", M, OCC, "2025-06-15", "Larnaca", [CHRISTODOULIDES, MODI], [],
           "Nikos Christodoulides broke protocol to receive him at Larnaca airport on Sunday evening"),
        ev("2025-06-16-nicosia-christodoulides-modi", M, OCC, "2025-06-16", "Nicosia", [MODI, CHRISTODOULIDES], [],
           "the two held talks at the Presidential Palace in Nicosia on Monday"),
        ev("2025-06-18-zagreb-modi-plenkovic", M, PLN, "2025-06-18", "Zagreb", [MODI, PLENKOVIC], [],
           "is due in Zagreb later on Wednesday for talks with Croatian Prime Minister Andrej Plenkovic"),
        ev("2025-06-18-zagreb-milanovic-modi", M, PLN, "2025-06-18", "Zagreb", [MODI, MILANOVIC], [],
           "He is also expected to call on President Zoran Milanovic"),
        ev("2025-06-18-washington-munir-trump", M, PLN, "2025-06-18", "Washington", [TRUMP, MUNIR], [],
           "host Pakistan's army chief, Field Marshal Asim Munir, for lunch at the White House"),
    ], ["'a meeting planned for the sidelines of the G7 summit was called off' (cancelled: neither occurred nor "
        "still planned)",
        "'asked whether Modi could stop in Washington ... Modi said he could not' (declined invitation)",
        "'He invited Trump to India for the next Quad summit, for which no date has been set' (invitation, no "
        "occasion)",
        "'\"India has never accepted mediation and never will\"' (quote)",
        "'He addressed the outreach session ... and exchanged greetings with several other leaders' (address; "
        "vague)",
        "ALSO READ / Trending now (furniture)"]),

    # Regional site "Wednesday, 25 June 2025" (manifest 2025-06-25).
    # Monday = 23 Jun 2025: "Trump first spoke to ... Netanyahu on Monday afternoon, Washington time" (call);
    #   "Trump then called the emir of Qatar, Sheikh Tamim bin Hamad Al Thani" (call); "Vance spoke to Qatar's
    #   prime minister, Sheikh Mohammed bin Abdulrahman Al Thani" (call), "who then won Iran's assent in a call
    #   with Iranian officials" (call, groups Iran) -- all in the hours after Monday's strike.
    # Tuesday = 24 Jun 2025: "Pezeshkian telephoned the emir to express regret" (call); "Sheikh Mohamed bin Zayed
    #   Al Nahyan, called the emir the same day" (call); "Sheikh Mohammed spoke to reporters in Doha on Tuesday
    #   after talks with Lebanese Prime Minister Nawaf Salam" (meeting, Doha; the remarks are not an event).
    # "is expected to meet ... Zelenskyy there later on Wednesday, before joining the other NATO leaders for the
    #   summit's only working session" -> two planned events, 25 Jun 2025, The Hague (the second a gathering with
    #   NATO as group; Trump is the only person the text places there).
    # "A day after the war began, on June 14, ... Putin had telephoned Trump" -> call, 14 Jun 2025.
    ("011_ir_il_qa_ceasefire_calls_regional", "2025-06-25", False, [
        ev("2025-06-23-netanyahu-trump-call", C, OCC, "2025-06-23", None, [TRUMP, NETANYAHU], [],
           "Trump first spoke to Israeli Prime Minister Benjamin Netanyahu on Monday afternoon, Washington time"),
        ev("2025-06-23-al-thani-trump-call", C, OCC, "2025-06-23", None, [TRUMP, TAMIM], [],
           "Trump then called the emir of Qatar, Sheikh Tamim bin Hamad Al Thani"),
        ev("2025-06-23-al-thani-vance-call", C, OCC, "2025-06-23", None, [VANCE, MBA], [],
           "Vice President JD Vance spoke to Qatar's prime minister, Sheikh Mohammed bin Abdulrahman Al Thani"),
        ev("2025-06-23-al-thani-iran-call", C, OCC, "2025-06-23", None, [MBA], ["Iran"],
           "who then won Iran's assent in a call with Iranian officials"),
        ev("2025-06-24-al-thani-pezeshkian-call", C, OCC, "2025-06-24", None, [PEZESHKIAN, TAMIM], [],
           "Iranian President Masoud Pezeshkian telephoned the emir to express regret"),
        ev("2025-06-24-al-thani-bin-zayed-call", C, OCC, "2025-06-24", None, [MBZ, TAMIM], [],
           "Sheikh Mohamed bin Zayed Al Nahyan, called the emir the same day"),
        ev("2025-06-24-doha-al-thani-salam", M, OCC, "2025-06-24", "Doha", [MBA, SALAM], [],
           "spoke to reporters in Doha on Tuesday after talks with Lebanese Prime Minister Nawaf Salam"),
        ev("2025-06-25-the-hague-trump-zelenskyy", M, PLN, "2025-06-25", "The Hague", [TRUMP, ZELENSKYY], [],
           "is expected to meet Ukrainian President Volodymyr Zelenskyy there later on Wednesday"),
        ev("2025-06-25-the-hague-nato", M, PLN, "2025-06-25", "The Hague", [TRUMP], ["NATO"],
           "before joining the other NATO leaders for the summit's only working session"),
        ev("2025-06-14-putin-trump-call", C, OCC, "2025-06-14", None, [PUTIN, TRUMP], [],
           "on June 14, Russian President Vladimir Putin had telephoned Trump to discuss the fighting"),
    ], ["'Witkoff and ... Rubio had been in touch with the Iranians \"directly and indirectly\" since the weekend' "
        "(vague, counted)",
        "'The sixth round ..., which had been set for Muscat on the 15th, was called off' (cancelled)",
        "'talks with Iran \"could\" happen soon, but ... no meeting had been arranged' (hypothetical, negation)",
        "'Araghchi said on Tuesday there had been \"no agreement\"' (statement)",
        "'Trump, who flew to the NATO summit in The Hague on Tuesday' (summit as backdrop, travel)",
        "Most read / Related (furniture)"]),

    # Live blog "Tue 12 Aug 2025" (manifest 2025-08-12).
    # 19:55 "Trump will meet ... Putin in Anchorage on Friday" -> planned, 15 Aug 2025.
    # 19:40 "Lavrov and Marco Rubio spoke by phone earlier today" -> call, 12 Aug 2025.
    # 16:30 "Trump will join Wednesday's video conference called by ... Merz" with Vance, Zelenskyy, Rutte and von
    #   der Leyen -> planned call (video), 13 Aug 2025; "Zelenskyy is expected to fly to Berlin to join the call
    #   from the chancellery alongside Merz" -> planned meeting, 13 Aug 2025, Berlin.
    # 13:05 "on Saturday, Vance and ... Lammy hosted Andriy Yermak, Rustem Umerov and security advisers from
    #   France, Germany, Italy, Finland and Poland at Chevening" -> 9 Aug 2025; "Earlier that morning Keir Starmer
    #   and Zelenskyy had spoken by phone" -> call, 9 Aug 2025.
    # 11:20 "by phone with Indian Prime Minister Narendra Modi on Monday" -> call, 11 Aug 2025.
    # 10:45 "Putin phoned Xi Jinping and Narendra Modi on Friday" -> two calls, 8 Aug 2025; "and Brazil's Luiz
    #   Inacio Lula da Silva on Saturday" -> a third call, 9 Aug 2025 (also reported by 014, month only); "Witkoff spent about
    #   three hours with Putin in the Kremlin last Wednesday" -> 6 Aug 2025 (Wednesday of the previous week);
    #   "Trump briefed Zelenskyy and several European leaders by phone that evening" -> call, 6 Aug 2025, with the
    #   unnamed leaders as a group.
    # 16:30 "A separate call of the so-called coalition of the willing, chaired by Britain, France and Germany,
    #   follows later on Wednesday" -> planned call, 13 Aug 2025, groups only.
    ("012_us_ru_anchorage_preview_liveblog", "2025-08-12", False, [
        ev("2025-08-15-anchorage-putin-trump", M, PLN, "2025-08-15", "Anchorage", [TRUMP, PUTIN], [],
           "Trump will meet Russian President Vladimir Putin in Anchorage on Friday"),
        ev("2025-08-12-lavrov-rubio-call", C, OCC, "2025-08-12", None, [LAVROV, RUBIO], [],
           "Sergey Lavrov and Marco Rubio spoke by phone earlier today"),
        ev("2025-08-13-merz-rutte-trump-vance-von-der-leyen-zelenskyy-call", C, PLN, "2025-08-13", None,
           [MERZ, TRUMP, VANCE, ZELENSKYY, RUTTE, VDL], [],
           "Trump will join Wednesday's video conference called by German Chancellor Friedrich Merz"),
        ev("2025-08-13-berlin-merz-zelenskyy", M, PLN, "2025-08-13", "Berlin", [ZELENSKYY, MERZ], [],
           "expected to fly to Berlin to join the call from the chancellery alongside Merz"),
        ev("2025-08-09-chevening-lammy-umerov-vance-yermak", M, OCC, "2025-08-09", "Chevening",
           [VANCE, LAMMY, YERMAK, UMEROV], ["France", "Germany", "Italy", "Finland", "Poland"],
           "Vance and Foreign Secretary David Lammy hosted Andriy Yermak, Rustem Umerov and security advisers"),
        ev("2025-08-09-starmer-zelenskyy-call", C, OCC, "2025-08-09", None, [STARMER, ZELENSKYY], [],
           "Earlier that morning Keir Starmer and Zelenskyy had spoken by phone"),
        ev("2025-08-11-modi-zelenskyy-call", C, OCC, "2025-08-11", None, [ZELENSKYY, MODI], [],
           "by phone with Indian Prime Minister Narendra Modi on Monday"),
        ev("2025-08-08-putin-xi-call", C, OCC, "2025-08-08", None, [PUTIN, XI], [],
           "Putin phoned Xi Jinping and Narendra Modi on Friday"),
        ev("2025-08-08-modi-putin-call", C, OCC, "2025-08-08", None, [PUTIN, MODI], [],
           "Putin phoned Xi Jinping and Narendra Modi on Friday"),
        ev("2025-08-09-lula-putin-call", C, OCC, "2025-08-09", None, [PUTIN, LULA], [],
           "and Brazil's Luiz Inacio Lula da Silva on Saturday"),
        ev("2025-08-06-trump-zelenskyy-call", C, OCC, "2025-08-06", None, [TRUMP, ZELENSKYY], ["European leaders"],
           "Trump briefed Zelenskyy and several European leaders by phone that evening"),
        ev("2025-08-13-coalition-of-the-willing-call", C, PLN, "2025-08-13", None, [],
           ["Coalition of the willing", "United Kingdom", "France", "Germany"],
           "A separate call of the so-called coalition of the willing"),
        ev("2025-08-06-moscow-putin-witkoff", M, OCC, "2025-08-06", "Moscow", [WITKOFF, PUTIN], [],
           "Witkoff spent about three hours with Putin in the Kremlin last Wednesday"),
    ], ["'Zelenskyy will not be in Anchorage' (negation)",
        "'Asked whether a three-way meeting could follow' (hypothetical)",
        "'Trump and Putin have not met in person since 2019' (negation)",
        "'Trump says he \"may\" call Zelenskyy and European leaders after Friday's meeting' (hedge)",
        "'She described the meeting as \"a listening exercise\"' (statement about the planned meeting, listed once)",
        "Latest news (furniture)"]),

    # Seoul daily; manifest null. The page prints "Published 2025.09.05 09:30 KST" (a Friday).
    # "Kim Jong Un held talks with Chinese President Xi Jinping at the Great Hall of the People on Thursday
    #   afternoon" -> 4 Sep 2025, Beijing.
    # "the first since they met in Pyongyang during Xi's state visit on the 20th and 21st of June 2019" ->
    #   20-21 Jun 2019 ("sixth summit" is counted).
    # "After the parade Kim and Russian President Vladimir Putin held talks" -> Wednesday, 3 Sep 2025.
    # "Putin himself had held talks with Xi on Tuesday" -> 2 Sep 2025.
    # "Woo Won-shik ... shook hands with Kim and exchanged a few words with him before it began" -> 3 Sep 2025.
    # "Woo also met Putin that day" -> 3 Sep 2025.
    # "Seoul officials expect Xi and President Lee Jae-myung to hold their first summit on the sidelines of the
    #   APEC meeting in Gyeongju" -> planned, no date on the page (key 1 Nov 2025).
    ("013_kp_cn_kim_beijing_seoul_daily", "2025-09-05", True, [
        ev("2025-09-04-beijing-kim-xi", M, OCC, "2025-09-04", "Beijing", [KIM, XI], [],
           "held talks with Chinese President Xi Jinping at the Great Hall of the People"),
        ev("2019-06-20-pyongyang-kim-xi", M, OCC, "2019-06-20", "Pyongyang", [KIM, XI], [],
           "they met in Pyongyang during Xi's state visit on the 20th and 21st",
           date_end="2019-06-21"),
        ev("2025-09-03-beijing-kim-putin", M, OCC, "2025-09-03", "Beijing", [KIM, PUTIN], [],
           "Kim and Russian President Vladimir Putin held talks lasting about two and a half hours"),
        ev("2025-09-02-beijing-putin-xi", M, OCC, "2025-09-02", "Beijing", [PUTIN, XI], [],
           "Putin himself had held talks with Xi on Tuesday"),
        ev("2025-09-03-beijing-kim-woo", M, OCC, "2025-09-03", "Beijing", [WOO, KIM], [],
           "shook hands with Kim and exchanged a few words with him before it began"),
        ev("2025-09-03-beijing-putin-woo", M, OCC, "2025-09-03", "Beijing", [WOO, PUTIN], [],
           "Woo also met Putin that day"),
        ev("2025-11-01-gyeongju-lee-xi", M, PLN, None, "Gyeongju", [XI, LEE], [],
           "Seoul officials expect Xi and President Lee Jae-myung to hold their first summit"),
    ], ["'It was their sixth summit' (counted)",
        "'Kim, who reached Beijing by armoured train on Tuesday, watched Wednesday's military parade' (travel; "
        "watching a parade is not an encounter)",
        "'Putin invited Kim to visit Russia again; no date was given' (invitation)",
        "'Trump has said he would like to meet Kim \"this year\"' (hypothetical)",
        "'Seoul remained \"open to dialogue at any time\"' (statement)",
        "Most Viewed / Related (furniture)"]),

    # Translated site "07/10/2025 08:15" (manifest 2025-10-07, a Tuesday).
    # "Lula da Silva and US President Donald Trump spoke for about 30 minutes by video on Monday" -> video call,
    #   6 Oct 2025.
    # "a brief encounter backstage at the UN General Assembly in New York on Sept. 23" -> 23 Sep 2025.
    # "talks with President Prabowo Subianto in Jakarta scheduled for October 23" -> planned, 23 Oct 2025.
    # "The following day he is due to meet ASEAN Secretary-General Kao Kim Hourn at the bloc's secretariat in
    #   Jakarta" -> planned, 24 Oct 2025.
    # "In August, ... Lula held an hour-long phone call with ... Narendra Modi" -> call, 2025-08 (key 7 Aug);
    #   "a month after receiving Modi for a state visit in Brasilia on July 8" -> 8 Jul 2025.
    # "Two days later Vladimir Putin rang Lula" -> call; the Modi call has no day on the page, so 2025-08 (the
    #   same call as in 012, key 9 Aug).
    ("014_br_us_lula_trump_video_call_translated", "2025-10-07", False, [
        ev("2025-10-06-lula-trump-call", C, OCC, "2025-10-06", None, [LULA, TRUMP], [],
           "Lula da Silva and US President Donald Trump spoke for about 30 minutes by video"),
        ev("2025-09-23-new-york-lula-trump", M, OCC, "2025-09-23", "New York", [LULA, TRUMP], [],
           "a brief encounter backstage at the UN General Assembly in New York on Sept. 23"),
        ev("2025-10-23-jakarta-lula-prabowo", M, PLN, "2025-10-23", "Jakarta", [LULA, PRABOWO], [],
           "talks with President Prabowo Subianto in Jakarta scheduled for October 23"),
        ev("2025-10-24-jakarta-kao-lula", M, PLN, "2025-10-24", "Jakarta", [LULA, KAO], [],
           "The following day he is due to meet ASEAN Secretary-General Kao Kim Hourn"),
        ev("2025-08-07-lula-modi-call", C, OCC, "2025-08", None, [LULA, MODI], [],
           "Lula held an hour-long phone call with Indian Prime Minister Narendra Modi"),
        ev("2025-08-09-lula-putin-call", C, OCC, "2025-08", None, [PUTIN, LULA], [],
           "Two days later Vladimir Putin rang Lula to brief him"),
        ev("2025-07-08-brasilia-lula-modi", M, OCC, "2025-07-08", "Brasilia", [LULA, MODI], [],
           "a month after receiving Modi for a state visit in Brasilia on July 8"),
    ], ["'Trump named ... Rubio to carry the negotiations forward with ... Alckmin ... Vieira and ... Haddad' (no "
        "occasion)",
        "'The two presidents exchanged personal phone numbers' (no event)",
        "'They agreed to meet in person' (vague intention)",
        "'the ASEAN summit in Kuala Lumpur ... could offer an opportunity, but the White House did not confirm' "
        "(hedge)",
        "'renewed his invitation for Trump to attend the COP30 climate conference' (invitation)",
        "Mais lidas / Read also (furniture)"]),
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
