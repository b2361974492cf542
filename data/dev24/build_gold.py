#!/usr/bin/env python3
"""Generate gold.jsonl and manifest.jsonl for the dev24 development corpus.

Run:  python3 data/dev24/build_gold.py   then   python3 data/eval/validate.py data/dev24
Each article lists its true publication date, whether the manifest hides it, its gold
events, and (for documentation only) the traps it contains that must NOT be extracted.
dev24 is a readable development set: unlike the holdout sets, it may be read while developing.
It covers real occasions from 1957 to 2025 in every region with a MIX of event types:
occurred in-person meetings (about three fifths), planned meetings (about a fifth), phone and
video calls (about a sixth), and gatherings or delegation-only talks with groups. The pages
lean on what makes real news hard: a place stated once in a dateline and implied afterwards,
relative dates ("on Tuesday", "two days later", "last month", "that morning"), titles and
pronouns instead of names, surname-only second mentions, delegation lists, recalled older
meetings with their own dates, captions and headlines, and many non-event distractors.
One page (003) carries no date at all except relative words, so every date on it is null.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

# canonical names
NIXON, NKRUMAH, KING, MOHAMMED_V, TUBMAN = (
    "Richard Nixon", "Kwame Nkrumah", "Martin Luther King Jr.", "Mohammed V", "William Tubman")
KENNEDY, KHRUSHCHEV, RUSK, GROMYKO, SCHARF, GORBACH, DE_GAULLE, MACMILLAN, EISENHOWER = (
    "John F. Kennedy", "Nikita Khrushchev", "Dean Rusk", "Andrei Gromyko", "Adolf Scharf",
    "Alfons Gorbach", "Charles de Gaulle", "Harold Macmillan", "Dwight D. Eisenhower")
GUEVARA, GOODWIN, FRONDIZI, QUADROS, DILLON = (
    "Ernesto Guevara", "Richard Goodwin", "Arturo Frondizi", "Janio Quadros", "Douglas Dillon")
JOXE, BURON, DE_BROGLIE, KRIM, DAHLAB, BEN_TOBBAL, YAZID, BOUMENDJEL, BENYAHIA = (
    "Louis Joxe", "Robert Buron", "Jean de Broglie", "Krim Belkacem", "Saad Dahlab",
    "Lakhdar Ben Tobbal", "M'hamed Yazid", "Ahmed Boumendjel", "Mohamed Benyahia")
INDIRA, MUJIB, GIRI, HEATH, KOSYGIN, BREZHNEV = (
    "Indira Gandhi", "Sheikh Mujibur Rahman", "V. V. Giri", "Edward Heath", "Alexei Kosygin",
    "Leonid Brezhnev")
SHAH, SADDAM, BOUMEDIENE, KHALATBARI, HAMMADI, BOUTEFLIKA, KISSINGER = (
    "Mohammad Reza Pahlavi", "Saddam Hussein", "Houari Boumediene", "Abbas Ali Khalatbari",
    "Saadoun Hammadi", "Abdelaziz Bouteflika", "Henry Kissinger")
THATCHER, ZHAO, DENG, LI_XIANNIAN, EVANS_R, ZHOU_NAN, GORBACHEV, REAGAN = (
    "Margaret Thatcher", "Zhao Ziyang", "Deng Xiaoping", "Li Xiannian", "Richard Evans", "Zhou Nan",
    "Mikhail Gorbachev", "Ronald Reagan")
BUSH, KOHL, MITTERRAND, POPE, ANDREOTTI, FENECH_ADAMI = (
    "George H. W. Bush", "Helmut Kohl", "Francois Mitterrand", "John Paul II", "Giulio Andreotti",
    "Eddie Fenech Adami")
MENEM, COLLOR, RODRIGUEZ, LACALLE, ALFONSIN, SARNEY = (
    "Carlos Menem", "Fernando Collor", "Andres Rodriguez", "Luis Alberto Lacalle", "Raul Alfonsin",
    "Jose Sarney")
GONZALEZ, SHAMIR, F_SHARAA, MOUSSA, BOUEZ, ABU_JABER, ABDEL_SHAFI, BAKER, ASSAD = (
    "Felipe Gonzalez", "Yitzhak Shamir", "Farouk al-Sharaa", "Amr Moussa", "Fares Bouez",
    "Kamel Abu Jaber", "Haidar Abdel-Shafi", "James Baker", "Hafez al-Assad")
KEATING, SUHARTO, WHITLAM, G_EVANS, ALATAS, NAMALIU = (
    "Paul Keating", "Suharto", "Gough Whitlam", "Gareth Evans", "Ali Alatas", "Rabbie Namaliu")
BIDEN, MODI, SUGA, MORRISON, XI, BLINKEN, JAISHANKAR, PAYNE, MOTEGI, POMPEO = (
    "Joe Biden", "Narendra Modi", "Yoshihide Suga", "Scott Morrison", "Xi Jinping", "Antony Blinken",
    "Subrahmanyam Jaishankar", "Marise Payne", "Toshimitsu Motegi", "Mike Pompeo")
AUSTIN, KISHI, SINGH, SULLIVAN, YANG, WANG = (
    "Lloyd Austin", "Nobuo Kishi", "Rajnath Singh", "Jake Sullivan", "Yang Jiechi", "Wang Yi")
RAMAPHOSA, SALL, HICHILEMA, AZALI, MADBOULY, ZELENSKYY, PUTIN, FAKI, LAVROV, PANDOR = (
    "Cyril Ramaphosa", "Macky Sall", "Hakainde Hichilema", "Azali Assoumani", "Mostafa Madbouly",
    "Volodymyr Zelenskyy", "Vladimir Putin", "Moussa Faki Mahamat", "Sergey Lavrov", "Naledi Pandor")
TRUMP, A_SHARAA, MBS, ERDOGAN, TAMIM, MBZ, RUBIO, SHAIBANI, MACRON = (
    "Donald Trump", "Ahmed al-Sharaa", "Mohammed bin Salman", "Recep Tayyip Erdogan",
    "Tamim bin Hamad Al Thani", "Mohamed bin Zayed Al Nahyan", "Marco Rubio", "Asaad al-Shaibani",
    "Emmanuel Macron")
TAKAICHI, NARUHITO, HEGSETH, KOIZUMI, ISHIBA, LEE = (
    "Sanae Takaichi", "Naruhito", "Pete Hegseth", "Shinjiro Koizumi", "Shigeru Ishiba", "Lee Jae-myung")


def ev(key, kind, status, date, location, participants, groups, evidence, date_end=None):
    e = {"key": key, "kind": kind, "status": status, "date": date}
    if date_end:
        e["date_end"] = date_end
    e.update({"location": location, "participants": participants, "groups": groups,
              "evidence": evidence})
    return e


M, C, OCC, PLN = "meeting", "call", "occurred", "planned"

ARTICLES = [
    # Wednesday wire, header "Wednesday, March 6, 1957", dateline "ACCRA, March 6" (manifest 1957-03-06).
    # "Mr. Nixon called on Dr. Nkrumah at Christiansborg Castle on Monday" -> 4 Mar 1957; the castle and the
    #   dateline -> Accra.
    # "shook hands with the Vice-President at the State House reception last night" -> 5 Mar; the subject of
    #   the sentence is "the Rev. Martin Luther King Jr."; "the Vice-President" = Nixon.
    # "Mr. Nixon came here from Morocco ... where Sultan Mohammed V received him in Rabat" -> no date on the
    #   page (null); key 1 Mar 1957 from memory.
    # "He flies tomorrow to Monrovia, where President William V. S. Tubman is to receive him" -> planned, 7 Mar.
    ("000", "1957-03-06", False, [
        ev("1957-03-04-accra-nixon-nkrumah", M, OCC, "1957-03-04", "Accra", [NIXON, NKRUMAH], [],
           "Mr. Nixon called on Dr. Nkrumah at Christiansborg Castle on Monday"),
        ev("1957-03-05-accra-king-nixon", M, OCC, "1957-03-05", "Accra", [NIXON, KING], [],
           "shook hands with the Vice-President at the State House reception last night"),
        ev("1957-03-01-rabat-mohammed-v-nixon", M, OCC, None, "Rabat", [MOHAMMED_V, NIXON], [],
           "where Sultan Mohammed V received him in Rabat"),
        ev("1957-03-07-monrovia-nixon-tubman", M, PLN, "1957-03-07", "Monrovia", [NIXON, TUBMAN], [],
           "He flies tomorrow to Monrovia, where President William V. S. Tubman is to receive him"),
    ], ["'told the crowd at the Old Polo Ground' (speech)",
        "'Delegations from more than fifty countries watched the Union Jack come down' (ceremony, no encounter)",
        "'no such meeting had been arranged' with the Soviet delegation (negation)",
        "'he hoped one day to visit Washington ... no invitation had been discussed' (hypothetical)",
        "'Dr. Nkrumah's cabinet met this morning' (internal to one government)",
        "'The Duchess of Kent ... is to open the new National Assembly' (ceremony, not a meeting)",
        "RELATED: 'Nkrumah to meet Liberian leader at border' (furniture)"]),

    # Radio transcript, "Evening News, Sunday 4 June 1961" (manifest 1961-06-04).
    # "ended two days of talks in Vienna this afternoon"; "first sat down on Saturday" -> 3-4 Jun 1961, one
    #   round (date_end); "Rusk and ... Gromyko joined both sessions" -> participants.
    # "arrived at Schwechat airport on Saturday morning, where ... Schärf and ... Gorbach were waiting to greet
    #   him" -> welcome, 3 Jun; Schwechat airport -> Vienna.
    # "three days of talks with General de Gaulle in Paris that ended on Friday" -> 31 May - 2 Jun 1961.
    # "Tomorrow Mr. Kennedy flies to London for talks with ... Macmillan" -> planned, 5 Jun.
    # "That was at Camp David, with President Eisenhower, in September 1959" (answer to a question about
    #   Khrushchev) -> 1959-09, key 25 Sep 1959.
    ("001", "1961-06-04", False, [
        ev("1961-06-03-vienna-gromyko-kennedy-khrushchev-rusk", M, OCC, "1961-06-03", "Vienna",
           [KENNEDY, KHRUSHCHEV, RUSK, GROMYKO], [],
           "President Kennedy and Premier Khrushchev ended two days of talks in Vienna this afternoon",
           date_end="1961-06-04"),
        ev("1961-06-03-vienna-gorbach-kennedy-scharf", M, OCC, "1961-06-03", "Vienna",
           [KENNEDY, SCHARF, GORBACH], [],
           "Federal President Adolf Schärf and Chancellor Alfons Gorbach were waiting to greet him"),
        ev("1961-05-31-paris-de-gaulle-kennedy", M, OCC, "1961-05-31", "Paris", [KENNEDY, DE_GAULLE], [],
           "three days of talks with General de Gaulle in Paris that ended on Friday",
           date_end="1961-06-02"),
        ev("1961-06-05-london-kennedy-macmillan", M, PLN, "1961-06-05", "London", [KENNEDY, MACMILLAN], [],
           "Tomorrow Mr. Kennedy flies to London for talks with Prime Minister Harold Macmillan"),
        ev("1959-09-25-camp-david-eisenhower-khrushchev", M, OCC, "1959-09", "Camp David",
           [KHRUSHCHEV, EISENHOWER], [],
           "That was at Camp David, with President Eisenhower, in September 1959."),
    ], ["'A joint communiqué issued this evening' (statement)",
        "'On Laos the two sides did agree to support a neutral government' (same talks, not a new event)",
        "'The Paris summit of May 1960 collapsed ... before any real talks could begin' (failed meeting)",
        "'no date has been set for a further summit' (negation)",
        "'report to the American people in a broadcast on Tuesday' (address)",
        "RELATED: Khrushchev reception, Gromyko-Kreisky (furniture)"]),

    # Weekly magazine; manifest null. The page prints "Issue of Monday, August 21, 1961".
    # Conference "that opened at Punta del Este on August 5 ended on Thursday" -> 5-17 Aug 1961; Dillon and
    #   Guevara are placed there; the body is the group.
    # "In the small hours of Thursday he talked ... with Richard Goodwin ... in Montevideo" -> 17 Aug.
    # "On Friday ... Olivos, where President Arturo Frondizi received him" -> 18 Aug, Olivos kept as named.
    # "On Saturday Guevara was in Brasília, where ... Quadros decorated him ... before the two men talked
    #   privately" -> 19 Aug.
    # "on March 13, when President Kennedy unveiled it to Latin American ambassadors at a White House
    #   reception" -> 13 Mar 1961, Washington, group only besides Kennedy.
    ("002", "1961-08-21", True, [
        ev("1961-08-05-punta-del-este-dillon-guevara", M, OCC, "1961-08-05", "Punta del Este",
           [DILLON, GUEVARA], ["Inter-American Economic and Social Council"],
           "Inter-American Economic and Social Council that opened at Punta del Este on August 5",
           date_end="1961-08-17"),
        ev("1961-08-17-montevideo-goodwin-guevara", M, OCC, "1961-08-17", "Montevideo", [GUEVARA, GOODWIN], [],
           "In the small hours of Thursday he talked for some three hours with Richard Goodwin"),
        ev("1961-08-18-olivos-frondizi-guevara", M, OCC, "1961-08-18", "Olivos", [FRONDIZI, GUEVARA], [],
           "where President Arturo Frondizi received him for about an hour and a half"),
        ev("1961-08-19-brasilia-guevara-quadros", M, OCC, "1961-08-19", "Brasilia", [QUADROS, GUEVARA], [],
           "decorated him with the Order of the Southern Cross before the two men talked privately"),
        ev("1961-03-13-washington-kennedy", M, OCC, "1961-03-13", "Washington", [KENNEDY],
           ["Latin American ambassadors"],
           "President Kennedy unveiled it to Latin American ambassadors at a White House reception"),
    ], ["'Dillon ... avoided any contact with the Cubans' (negation)",
        "'\"no plans of any kind\" for talks between Washington and Havana' (negation)",
        "'Argentina's service chiefs met on Saturday' (internal to one state)",
        "'Mugica ... is reported to be considering his position' (no event)",
        "Caption 'at the closing session of the conference ... August 16' (part of the conference, listed once)",
        "RELATED: 'Dillon meets Frondizi at Olivos', 'Quadros and Frondizi to meet at Uruguaiana' (furniture)"]),

    # Wire with NO date anywhere: dateline "EVIAN-LES-BAINS, Sunday evening", only relative words ("this
    # evening", "last month", "last spring", "last summer", "Nearly two years ago"). Manifest null; the true
    # date is Sun 18 Mar 1962. With no year on the page every date is null (eval rule 10).
    # Signing "at the Hôtel du Parc this evening, bringing to an end nearly two weeks of negotiation" -> one
    #   round (key 7 Mar 1962, the opening); both named delegations; the two sides are also groups.
    # Les Rousses "last month" (key 11 Feb 1962); first Evian conference "last spring" (key 20 May 1961);
    #   Lugrin "last summer" (key 20 Jul 1961); Melun "Nearly two years ago" (key 25 Jun 1960).
    ("003", "1962-03-18", True, [
        ev("1962-03-07-evian-ben-tobbal-buron-dahlab-de-broglie-joxe-krim-yazid", M, OCC, None, "Evian",
           [JOXE, BURON, DE_BROGLIE, KRIM, DAHLAB, BEN_TOBBAL, YAZID],
           ["France", "Provisional Government of the Algerian Republic"],
           "signed a ceasefire agreement at the Hôtel du Parc this evening"),
        ev("1962-02-11-les-rousses-buron-dahlab-de-broglie-joxe-krim", M, OCC, None, "Les Rousses",
           [JOXE, BURON, DE_BROGLIE, KRIM, DAHLAB], [],
           "when Joxe, Buron and de Broglie met Krim and Dahlab in secret at a chalet"),
        ev("1961-05-20-evian-joxe-krim", M, OCC, None, "Evian", [JOXE, KRIM], [],
           "the first Evian conference, which Joxe and Krim opened here last spring"),
        ev("1961-07-20-lugrin-joxe-krim", M, OCC, None, "Lugrin", [JOXE, KRIM], [],
           "a second round between the same two men that broke down at Lugrin"),
        ev("1960-06-25-melun-benyahia-boumendjel", M, OCC, None, "Melun", [BOUMENDJEL, BENYAHIA], ["France"],
           "Ahmed Boumendjel and Mohamed Benyahia had gone to Melun for talks with French officials"),
    ], ["'Krim had also called at the Château d'Aulnoy to consult Ahmed Ben Bella' (internal to the Algerian side)",
        "'Joxe spoke to General de Gaulle by telephone twice' (internal to one government; counted)",
        "'The General will address the nation tomorrow' (address); 'a referendum is to follow' (no meeting)",
        "'Krim is to fly to Tunis to report to ... Ben Khedda' (internal to the Algerian side)",
        "'No date has been set for any further meeting' (negation)",
        "'The ceasefire takes effect at noon tomorrow' (not a meeting)",
        "RELATED (furniture)"]),

    # Monday daily (manifest 1972-03-20); dispatch "DACCA, March 19." (Sunday), so "this afternoon" = 19 Mar.
    # Signing at Bangabhaban -> 19 Mar, Dacca -> Dhaka. "at Tejgaon airport on Friday to receive her" -> 17 Mar;
    #   "spent most of Saturday in talks" -> 18 Mar (each day its own event).
    # "flew to Calcutta last month for talks with her at Raj Bhavan" -> 1972-02 (key 6 Feb), Kolkata.
    # "On January 10, Mrs. Gandhi and President V. V. Giri received him at Palam airport" -> New Delhi.
    # "Two days earlier ... he had telephoned Mrs. Gandhi" -> call, 8 Jan; "the same day he called on Mr. Edward
    #   Heath at 10 Downing Street" -> 8 Jan, London.
    # "Earlier this month ... in Moscow ... talks with Mr. Alexei Kosygin and Mr. Leonid Brezhnev" -> 1972-03
    #   (key 1 Mar). Joint Rivers Commission "first meeting in Dacca in June" -> planned 1972-06, groups only.
    ("004", "1972-03-20", False, [
        ev("1972-03-19-dhaka-gandhi-rahman", M, OCC, "1972-03-19", "Dhaka", [INDIRA, MUJIB], [],
           "signed a 25-year Treaty of Friendship, Co-operation and Peace at Bangabhaban here this afternoon"),
        ev("1972-03-17-dhaka-gandhi-rahman", M, OCC, "1972-03-17", "Dhaka", [MUJIB, INDIRA], [],
           "Sheikh Mujib was at Tejgaon airport on Friday to receive her"),
        ev("1972-03-18-dhaka-gandhi-rahman", M, OCC, "1972-03-18", "Dhaka", [INDIRA, MUJIB], [],
           "the two Prime Ministers spent most of Saturday in talks at Bangabhaban"),
        ev("1972-02-06-kolkata-gandhi-rahman", M, OCC, "1972-02", "Kolkata", [MUJIB, INDIRA], [],
           "He flew to Calcutta last month for talks with her at Raj Bhavan"),
        ev("1972-01-10-new-delhi-gandhi-giri-rahman", M, OCC, "1972-01-10", "New Delhi", [INDIRA, GIRI, MUJIB], [],
           "Mrs. Gandhi and President V. V. Giri received him at Palam airport"),
        ev("1972-01-08-gandhi-rahman-call", C, OCC, "1972-01-08", None, [MUJIB, INDIRA], [],
           "within hours of landing in London, he had telephoned Mrs. Gandhi"),
        ev("1972-01-08-london-heath-rahman", M, OCC, "1972-01-08", "London", [MUJIB, HEATH], [],
           "the same day he called on Mr. Edward Heath at 10 Downing Street"),
        ev("1972-03-01-moscow-brezhnev-kosygin-rahman", M, OCC, "1972-03", "Moscow", [MUJIB, KOSYGIN, BREZHNEV], [],
           "he held talks with Mr. Alexei Kosygin and Mr. Leonid Brezhnev"),
        ev("1972-06-dhaka-bangladesh-india", M, PLN, "1972-06", "Dhaka", [], ["India", "Bangladesh"],
           "would hold their first meeting in Dacca in June"),
    ], ["'she addressed a vast crowd at the Race Course' (speech)",
        "'has now met Mrs. Gandhi several times since his release' (counted)",
        "'Bhutto, has again proposed a meeting ...; Dacca has turned it down' (rejected proposal)",
        "'Mrs. Gandhi flies back to New Delhi this evening' (travel)",
        "Caption 'exchange copies of the treaty at Bangabhaban on Sunday' (same signing, listed once)",
        "RELATED: 'Bangladesh cabinet meets', 'Mujib to visit Delhi again' (furniture)"]),

    # Thursday wire "ALGIERS, March 6, 1975" (manifest 1975-03-06).
    # "first met late on Wednesday ... with Boumediene in the chair" -> 5 Mar; "They met again this morning"
    #   -> 6 Mar (two separate sessions, two events). "the Shah" = Mohammad Reza Pahlavi.
    # "Khalatbari ... and ... Hammadi ... will meet in Tehran on March 15, with ... Bouteflika present" -> planned.
    # "the first summit of OPEC heads of state, which opened here on Tuesday and closed this afternoon" ->
    #   4-6 Mar, gathering; the Shah, Saddam Hussein and the host are placed there.
    # "received Henry Kissinger here in December 1973" -> 1973-12 (key 13 Dec), Algiers.
    ("005", "1975-03-06", False, [
        ev("1975-03-05-algiers-boumediene-hussein-pahlavi", M, OCC, "1975-03-05", "Algiers",
           [SHAH, SADDAM, BOUMEDIENE], [],
           "The two men first met late on Wednesday in a villa set aside"),
        ev("1975-03-06-algiers-boumediene-hussein-pahlavi", M, OCC, "1975-03-06", "Algiers",
           [SHAH, SADDAM, BOUMEDIENE], [], "They met again this morning"),
        ev("1975-03-15-tehran-bouteflika-hammadi-khalatbari", M, PLN, "1975-03-15", "Tehran",
           [KHALATBARI, HAMMADI, BOUTEFLIKA], [],
           "Saadoun Hammadi of Iraq will meet in Tehran on March 15"),
        ev("1975-03-04-algiers-opec", M, OCC, "1975-03-04", "Algiers", [BOUMEDIENE, SHAH, SADDAM], ["OPEC"],
           "the first summit of OPEC heads of state, which opened here on Tuesday",
           date_end="1975-03-06"),
        ev("1973-12-13-algiers-boumediene-kissinger", M, OCC, "1973-12", "Algiers", [BOUMEDIENE, KISSINGER], [],
           "received Henry Kissinger here in December 1973"),
    ], ["'read out a joint communiqué to the summit's closing session' (statement, part of the summit)",
        "'Two rounds of talks ... in Istanbul last year produced nothing' (counted)",
        "'has offered his good offices in several disputes since' (vague)",
        "'he would go \"when the moment is right\"'; 'no invitation had been issued' (hypothetical, negation)",
        "Caption 'joins the hands of the Shah and Saddam Hussein' (same meeting, listed once)",
        "RELATED: 'Kurdish leaders meet in Teheran', 'Boumediene to visit Paris in April' (furniture)"]),

    # Thursday broadsheet archive page (manifest 1984-12-20); dispatch "Peking, Dec 19" (Wednesday).
    # Signing "this afternoon" with Deng and Li "stood behind them" -> 19 Dec, Beijing, four participants.
    # "Earlier in the day Mr Deng received Mrs Thatcher for an hour" -> separate encounter, 19 Dec.
    # "their last, in September 1982" -> 1982-09 (key 24 Sep); the page names no place -> null.
    # "landed on Tuesday and went straight into talks with Mr Zhao" -> 18 Dec.
    # "initialled in Peking in September by ... Sir Richard Evans, and ... Mr Zhou Nan" -> 1984-09 (key 26 Sep).
    # "Chequers, where on Sunday she spent five hours with Mr Mikhail Gorbachev" -> 16 Dec.
    # "talks with President Reagan at Camp David on Saturday" -> planned, 22 Dec.
    ("006", "1984-12-20", False, [
        ev("1984-12-19-beijing-deng-li-thatcher-zhao", M, OCC, "1984-12-19", "Beijing",
           [THATCHER, ZHAO, DENG, LI_XIANNIAN], [],
           "this afternoon signed the Joint Declaration that will return Hong Kong to China in 1997"),
        ev("1984-12-19-beijing-deng-thatcher", M, OCC, "1984-12-19", "Beijing", [DENG, THATCHER], [],
           "Earlier in the day Mr Deng received Mrs Thatcher for an hour of conversation"),
        ev("1982-09-24-beijing-deng-thatcher", M, OCC, "1982-09", None, [DENG, THATCHER], [],
           "It was a very different encounter from their last, in September 1982"),
        ev("1984-12-18-beijing-thatcher-zhao", M, OCC, "1984-12-18", "Beijing", [THATCHER, ZHAO], [],
           "The Prime Minister landed on Tuesday and went straight into talks with Mr Zhao"),
        ev("1984-09-26-beijing-evans-zhou", M, OCC, "1984-09", "Beijing", [EVANS_R, ZHOU_NAN], [],
           "initialled in Peking in September by the British ambassador, Sir Richard Evans"),
        ev("1984-12-16-chequers-gorbachev-thatcher", M, OCC, "1984-12-16", "Chequers", [THATCHER, GORBACHEV], [],
           "where on Sunday she spent five hours with Mr Mikhail Gorbachev"),
        ev("1984-12-22-camp-david-reagan-thatcher", M, PLN, "1984-12-22", "Camp David", [THATCHER, REAGAN], [],
           "talks with President Reagan at Camp David on Saturday"),
    ], ["'She flies to Hong Kong tomorrow to explain the agreement at a press conference' (travel, press "
        "conference)",
        "'\"We can do business together,\" she said' (statement)",
        "'Mr Zhao has accepted an invitation to visit Britain, but ... no date had been fixed' (no occasion)",
        "'A Joint Liaison Group ... is to start work next year' (no concrete meeting)",
        "Caption 'exchange pens after signing' (same signing, listed once)",
        "Related stories: 'Gorbachev tours Scotland' (furniture)"]),

    # Sunday archive live blog "Sunday 3 December 1989" (manifest 1989-12-03).
    # Summit: "first day's talks were held aboard the Maxim Gorky, which is moored in Marsaxlokk harbour"
    #   (yesterday) and "met for a final session ... this morning" -> 2-3 Dec, one summit, Marsaxlokk.
    # "where he dines tonight with Chancellor Helmut Kohl" -> planned, 3 Dec, Brussels.
    # "The two men last spoke by telephone on November 17" -> call, 17 Nov 1989.
    # "a full summit in the United States next summer" -> planned, year only (1990), country only; key =
    #   the Washington summit of 31 May 1990.
    # "he meets President François Mitterrand in Kiev on Wednesday" -> planned, 6 Dec (future Wednesday), Kyiv.
    # "That morning Pope John Paul II had received him at the Vatican" -> Friday morning, 1 Dec.
    # "He had been in Rome since Wednesday, when he held talks with ... Andreotti" -> past Wednesday, 29 Nov.
    # "landed on Friday morning and had a short meeting with ... Fenech Adami in Valletta" -> 1 Dec.
    ("007", "1989-12-03", False, [
        ev("1989-12-02-marsaxlokk-bush-gorbachev", M, OCC, "1989-12-02", "Marsaxlokk", [BUSH, GORBACHEV], [],
           "met for a final session aboard the Soviet liner Maxim Gorky this morning",
           date_end="1989-12-03"),
        ev("1989-12-03-brussels-bush-kohl", M, PLN, "1989-12-03", "Brussels", [BUSH, KOHL], [],
           "where he dines tonight with Chancellor Helmut Kohl of West Germany"),
        ev("1989-11-17-bush-kohl-call", C, OCC, "1989-11-17", None, [BUSH, KOHL], [],
           "The two men last spoke by telephone on November 17"),
        ev("1990-05-31-washington-bush-gorbachev", M, PLN, "1990", "United States", [BUSH, GORBACHEV], [],
           "agreed to hold a full summit in the United States next summer"),
        ev("1989-12-06-kyiv-gorbachev-mitterrand", M, PLN, "1989-12-06", "Kyiv", [GORBACHEV, MITTERRAND], [],
           "he meets President François Mitterrand in Kiev on Wednesday"),
        ev("1989-12-01-vatican-city-gorbachev-john-paul-ii", M, OCC, "1989-12-01", "Vatican City",
           [POPE, GORBACHEV], [],
           "That morning Pope John Paul II had received him at the Vatican"),
        ev("1989-11-29-rome-andreotti-gorbachev", M, OCC, "1989-11-29", "Rome", [GORBACHEV, ANDREOTTI], [],
           "since Wednesday, when he held talks with Prime Minister Giulio Andreotti"),
        ev("1989-12-01-valletta-bush-fenech-adami", M, OCC, "1989-12-01", "Valletta", [BUSH, FENECH_ADAMI], [],
           "had a short meeting with Prime Minister Eddie Fenech Adami in Valletta"),
    ], ["'He will brief the NATO allies there on Monday' (briefing)",
        "'Gorbachev will brief Warsaw Pact leaders in Moscow on Monday' (briefing)",
        "'the first joint news conference ever given' (press conference)",
        "'cancel the working dinner that Bush was to host aboard the cruiser USS Belknap' (cancelled)",
        "'the two delegations never sat down together on the American ship' (negation)",
        "Caption 'shake hands in the saloon of the Maxim Gorky on Sunday' (same summit, listed once)",
        "RELATED: 'Mitterrand and Kohl to meet in Strasbourg' (furniture)"]),

    # Translated site, "Asunción, miércoles 27 de marzo de 1991" (manifest 1991-03-27).
    # Signing "on Tuesday, in Asunción" -> 26 Mar 1991 (the caption repeats it with the date).
    # Foz do Iguaçu "in November 1985" (key 30 Nov); Act of Buenos Aires "in July last year" (key 6 Jul 1990).
    # "Collor and Menem spoke by telephone on Sunday evening" -> call, 24 Mar.
    # "he met Collor in Brasília on December 3 and Lacalle in Montevideo the next day" ("toured the region in
    #   December", before March 1991) -> 3 and 4 Dec 1990, two events sharing the evidence.
    ("008", "1991-03-27", False, [
        ev("1991-03-26-asuncion-collor-lacalle-menem-rodriguez", M, OCC, "1991-03-26", "Asuncion",
           [MENEM, COLLOR, RODRIGUEZ, LACALLE], [],
           "signed on Tuesday, in Asunción, the treaty that creates the Common Market of the South"),
        ev("1985-11-30-foz-do-iguacu-alfonsin-sarney", M, OCC, "1985-11", "Foz do Iguacu", [ALFONSIN, SARNEY], [],
           "sealed the reconciliation between the two old rivals at Foz do Iguaçu in November 1985"),
        ev("1990-07-06-buenos-aires-collor-menem", M, OCC, "1990-07", "Buenos Aires", [MENEM, COLLOR], [],
           "in July last year Menem and Collor signed the Act of Buenos Aires"),
        ev("1991-03-24-collor-menem-call", C, OCC, "1991-03-24", None, [COLLOR, MENEM], [],
           "Collor and Menem spoke by telephone on Sunday evening to settle the last dispute"),
        ev("1990-12-03-brasilia-bush-collor", M, OCC, "1990-12-03", "Brasilia", [BUSH, COLLOR], [],
           "he met Collor in Brasília on December 3 and Lacalle in Montevideo the next day"),
        ev("1990-12-04-montevideo-bush-lacalle", M, OCC, "1990-12-04", "Montevideo", [BUSH, LACALLE], [],
           "he met Collor in Brasília on December 3 and Lacalle in Montevideo the next day"),
    ], ["'Chile was invited to take part in the negotiations but declined' (declined invitation)",
        "'The foreign ministers hope to meet again before the end of the year ... no date or venue' (hedge)",
        "Caption 'raise their joined hands after the signing' (same signing, listed once)",
        "RELATED: 'Menem and Rodríguez inaugurate Yacyretá works', 'Lacalle meets Paraguayan business leaders' "
        "(furniture)"]),

    # Repost "31.10.1991 | 08:30" with the boilerplate "This article was prepared based on materials ..."
    # (manifest 1991-10-31, a Thursday).
    # Opening "on Wednesday" -> 30 Oct; gathering with the named heads of delegation, co-chairs and host;
    #   the six delegations are groups. "On Tuesday, Bush and Gorbachev held talks at the Soviet embassy" -> 29 Oct.
    # "in July, when Baker met President Hafez al-Assad in Damascus" -> 1991-07 (key 18 Jul).
    # "Baker also telephoned Assad on Monday" -> call, 28 Oct.
    # "Direct bilateral negotiations are to begin in Madrid on Sunday: Israel with Syria, Israel with Lebanon,
    #   and Israel with the joint Jordanian-Palestinian delegation" -> three planned group-only events, 3 Nov.
    ("009", "1991-10-31", False, [
        ev("1991-10-30-madrid-abdel-shafi-abu-jaber-al-sharaa-bouez-bush-gonzalez-gorbachev-moussa-shamir",
           M, OCC, "1991-10-30", "Madrid",
           [BUSH, GORBACHEV, GONZALEZ, SHAMIR, F_SHARAA, MOUSSA, BOUEZ, ABU_JABER, ABDEL_SHAFI],
           ["Israel", "Syria", "Egypt", "Lebanon", "Jordan", "Palestinians"],
           "Israeli and Arab delegations sat at the same table on Wednesday"),
        ev("1991-10-29-madrid-bush-gorbachev", M, OCC, "1991-10-29", "Madrid", [BUSH, GORBACHEV], [],
           "On Tuesday, Bush and Gorbachev held talks at the Soviet embassy in Madrid"),
        ev("1991-07-18-damascus-al-assad-baker", M, OCC, "1991-07", "Damascus", [BAKER, ASSAD], [],
           "when Baker met President Hafez al-Assad in Damascus and Syria agreed to attend"),
        ev("1991-10-28-al-assad-baker-call", C, OCC, "1991-10-28", None, [BAKER, ASSAD], [],
           "Baker also telephoned Assad on Monday to resolve a last-minute dispute"),
        ev("1991-11-03-madrid-israel-syria", M, PLN, "1991-11-03", "Madrid", [], ["Israel", "Syria"],
           "Direct bilateral negotiations are to begin in Madrid on Sunday: Israel with Syria"),
        ev("1991-11-03-madrid-israel-lebanon", M, PLN, "1991-11-03", "Madrid", [], ["Israel", "Lebanon"],
           "Israel with Syria, Israel with Lebanon, and Israel with the joint Jordanian-Palestinian delegation"),
        ev("1991-11-03-madrid-israel-jordan-palestinians", M, PLN, "1991-11-03", "Madrid", [],
           ["Israel", "Jordan", "Palestinians"],
           "Israel with Syria, Israel with Lebanon, and Israel with the joint Jordanian-Palestinian delegation"),
    ], ["'who both addressed the opening session' (speeches, part of the conference)",
        "'eight months of shuttle diplomacy' (vague)",
        "'Multilateral talks ... could follow in Moscow early next year ... but nothing has been fixed' (hedge)",
        "'Shamir, who will leave Madrid before the closing session' (travel)",
        "'has ruled out any meeting with PLO officials' (negation)",
        "'Baker has met Palestinian figures ... many times this year' (counted)",
        "Read also: 'Gonzalez hosts dinner for conference delegations' (furniture)"]),

    # Broadcaster page; manifest null. The page prints "Posted Wed 22 Apr 1992, 8:14pm AEST".
    # "held more than two hours of talks with President Suharto at the Merdeka Palace in Jakarta today" -> 22 Apr
    #   (the signing they watched afterwards is the same occasion).
    # "On Tuesday night, hours after Mr Keating arrived, Mr Suharto had hosted a state dinner for him" -> 21 Apr.
    # "he met Gough Whitlam in Townsville in April 1975" -> 1975-04 (month-only key).
    # Timor Gap treaty "signed in December 1989 by ... Gareth Evans and Ali Alatas aboard an aircraft flying
    #   over the Timor Sea" -> 1989-12 (key 11 Dec), no city -> null.
    # "on Friday travels to Port Moresby, where Prime Minister Rabbie Namaliu will host him" -> planned, 24 Apr.
    ("010", "1992-04-22", True, [
        ev("1992-04-22-jakarta-keating-suharto", M, OCC, "1992-04-22", "Jakarta", [KEATING, SUHARTO], [],
           "has held more than two hours of talks with President Suharto at the Merdeka Palace"),
        ev("1992-04-21-jakarta-keating-suharto", M, OCC, "1992-04-21", "Jakarta", [SUHARTO, KEATING], [],
           "Mr Suharto had hosted a state dinner for him at the Istana Negara"),
        ev("1975-04-townsville-suharto-whitlam", M, OCC, "1975-04", "Townsville", [SUHARTO, WHITLAM], [],
           "he met Gough Whitlam in Townsville in April 1975"),
        ev("1989-12-11-alatas-evans", M, OCC, "1989-12", None, [G_EVANS, ALATAS], [],
           "signed in December 1989 by Foreign Minister Gareth Evans and Ali Alatas"),
        ev("1992-04-24-port-moresby-keating-namaliu", M, PLN, "1992-04-24", "Port Moresby", [KEATING, NAMALIU], [],
           "on Friday travels to Port Moresby, where Prime Minister Rabbie Namaliu will host him"),
    ], ["'since Bob Hawke came here in 1983' (a visit; no encounter is stated)",
        "'Mr Keating told reporters' (press)",
        "'An aide said Mr Keating had no plans to visit East Timor' (negation)",
        "'Mr Suharto has not set foot in Australia since ...' (negation; the Townsville meeting it names is an "
        "event)",
        "'flies to Surabaya tomorrow to visit an Australian-backed project' (travel)",
        "'their foreign ministers should meet more often, though no new meeting has been scheduled' (vague)",
        "Key points bullets (same talks, listed once); Related stories: 'Hawke and Suharto: the 1983 visit' "
        "(furniture)"]),

    # Saturday analysis "13 March 2021" (manifest 2021-03-13).
    # Video summit "Friday" -> 12 Mar 2021, kind call. "Biden spoke to Suga by phone in late January, and to
    #   Morrison in early February" -> two calls, 2021-01 (key 28 Jan) and 2021-02 (key 4 Feb).
    # "He called Modi on February 8, and two days later spoke to Xi Jinping" -> 8 and 10 Feb.
    # "On February 18 the four foreign ministers ... held a video conference" -> call.
    # "last October, when Mike Pompeo flew to Tokyo to meet Jaishankar, Payne and Motegi" -> 2020-10 (key 6 Oct).
    # "In November Morrison was in Tokyo, where he and Suga agreed" -> 2020-11 (key 17 Nov).
    # Planned: 2+2 "on Tuesday" -> 16 Mar; "expected to meet Rajnath Singh next week" -> 2021-03, country only
    #   ("India"; key 20 Mar, New Delhi); Anchorage "On Thursday" -> 18 Mar; "Suga is due at the White House
    #   in April" -> 2021-04 (key 16 Apr).
    ("011", "2021-03-13", False, [
        ev("2021-03-12-biden-modi-morrison-suga-call", C, OCC, "2021-03-12", None, [BIDEN, MODI, SUGA, MORRISON], [],
           "held the first leaders' summit of the Quad by video link"),
        ev("2021-01-28-biden-suga-call", C, OCC, "2021-01", None, [BIDEN, SUGA], [],
           "Biden spoke to Suga by phone in late January, and to Morrison in early February"),
        ev("2021-02-04-biden-morrison-call", C, OCC, "2021-02", None, [BIDEN, MORRISON], [],
           "Biden spoke to Suga by phone in late January, and to Morrison in early February"),
        ev("2021-02-08-biden-modi-call", C, OCC, "2021-02-08", None, [BIDEN, MODI], [],
           "He called Modi on February 8"),
        ev("2021-02-10-biden-xi-call", C, OCC, "2021-02-10", None, [BIDEN, XI], [],
           "two days later spoke to Xi Jinping for two hours"),
        ev("2021-02-18-blinken-jaishankar-motegi-payne-call", C, OCC, "2021-02-18", None,
           [BLINKEN, JAISHANKAR, PAYNE, MOTEGI], [],
           "held a video conference that prepared the ground"),
        ev("2020-10-06-tokyo-jaishankar-motegi-payne-pompeo", M, OCC, "2020-10", "Tokyo",
           [POMPEO, JAISHANKAR, PAYNE, MOTEGI], [],
           "when Mike Pompeo flew to Tokyo to meet Jaishankar, Payne and Motegi"),
        ev("2020-11-17-tokyo-morrison-suga", M, OCC, "2020-11", "Tokyo", [MORRISON, SUGA], [],
           "In November Morrison was in Tokyo, where he and Suga agreed in principle"),
        ev("2021-03-16-tokyo-austin-blinken-kishi-motegi", M, PLN, "2021-03-16", "Tokyo",
           [BLINKEN, AUSTIN, MOTEGI, KISHI], [],
           "talks in Tokyo with Motegi and Defence Minister Nobuo Kishi on Tuesday"),
        ev("2021-03-20-new-delhi-austin-singh", M, PLN, "2021-03", "India", [AUSTIN, SINGH], [],
           "where he is expected to meet Rajnath Singh next week"),
        ev("2021-03-18-anchorage-blinken-sullivan-wang-yang", M, PLN, "2021-03-18", "Anchorage",
           [BLINKEN, SULLIVAN, YANG, WANG], [],
           "will meet China's Yang Jiechi and Wang Yi in Anchorage, Alaska"),
        ev("2021-04-16-washington-biden-suga", M, PLN, "2021-04", "Washington", [SUGA, BIDEN], [],
           "Suga is due at the White House in April"),
    ], ["'seven weeks of telephone diplomacy' (summary, no single occasion)",
        "'the four leaders hope to meet in person before the end of the year, but no venue or date' (hedge)",
        "'Beijing has dismissed the group as a \"clique\"' (statement)",
        "Caption 'during Friday's virtual summit' (same video summit, listed once)",
        "Related: 'Anchorage preview' (furniture)"]),

    # Saturday live blog "Saturday 17 June 2023 | Updated 11:52 SAST" (manifest 2023-06-17).
    # "Putin is due to receive him and the other leaders ... this afternoon" -> planned, 17 Jun; "him" =
    #   Ramaphosa; the other leaders are named in the next sentence; Konstantinovsky Palace -> St Petersburg.
    # "host the second Russia-Africa summit in St Petersburg on July 27-28" -> planned gathering (date_end).
    # "Recap of Friday in Kyiv. Zelenskyy met Ramaphosa, Sall, Hichilema, Azali and Madbouly ... together with
    #   envoys from Uganda and the Republic of the Congo" -> 16 Jun; envoys -> groups.
    # "speaking separately by phone to Putin and to Zelenskyy last month" -> two calls, 2023-05 (month keys).
    # "He briefed Chinese President Xi Jinping in a call on June 9" -> call.
    # "in June last year ... he flew to Sochi with ... Moussa Faki Mahamat to see Putin" -> 2022-06 (key 3 Jun).
    # "Lavrov held talks with Naledi Pandor in Pretoria in January" -> 2023-01 (key 23 Jan).
    ("012", "2023-06-17", False, [
        ev("2023-06-17-st-petersburg-azali-hichilema-madbouly-putin-ramaphosa-sall", M, PLN, "2023-06-17",
           "St Petersburg", [PUTIN, RAMAPHOSA, SALL, HICHILEMA, AZALI, MADBOULY], [],
           "is due to receive him and the other leaders at the Konstantinovsky Palace this afternoon"),
        ev("2023-07-27-st-petersburg-putin", M, PLN, "2023-07-27", "St Petersburg", [PUTIN], ["African leaders"],
           "Putin will also host the second Russia-Africa summit in St Petersburg on July 27-28",
           date_end="2023-07-28"),
        ev("2023-06-16-kyiv-azali-hichilema-madbouly-ramaphosa-sall-zelenskyy", M, OCC, "2023-06-16", "Kyiv",
           [ZELENSKYY, RAMAPHOSA, SALL, HICHILEMA, AZALI, MADBOULY], ["Uganda", "Republic of the Congo"],
           "Zelenskyy met Ramaphosa, Sall, Hichilema, Azali and Madbouly at the Mariinskyi Palace"),
        ev("2023-05-putin-ramaphosa-call", C, OCC, "2023-05", None, [RAMAPHOSA, PUTIN], [],
           "after speaking separately by phone to Putin and to Zelenskyy last month"),
        ev("2023-05-ramaphosa-zelenskyy-call", C, OCC, "2023-05", None, [RAMAPHOSA, ZELENSKYY], [],
           "after speaking separately by phone to Putin and to Zelenskyy last month"),
        ev("2023-06-09-ramaphosa-xi-call", C, OCC, "2023-06-09", None, [RAMAPHOSA, XI], [],
           "He briefed Chinese President Xi Jinping in a call on June 9"),
        ev("2022-06-03-sochi-faki-putin-sall", M, OCC, "2022-06", "Sochi", [SALL, FAKI, PUTIN], [],
           "he flew to Sochi with AU Commission chairperson Moussa Faki Mahamat to see Putin"),
        ev("2023-01-23-pretoria-lavrov-pandor", M, OCC, "2023-01", "Pretoria", [LAVROV, PANDOR], [],
           "held talks with Naledi Pandor in Pretoria in January"),
    ], ["'At a joint news conference afterwards' (press conference)",
        "'He invited the leaders to take part in a global peace summit' (invitation, no occasion)",
        "'the delegation visited Bucha' (visit without an encounter)",
        "'stuck on their plane at Warsaw airport' (no encounter)",
        "'dozens of African leaders are expected to attend' (part of the planned summit, listed once)",
        "RELATED: 'BRICS summit: will Putin come to Johannesburg?' (furniture)"]),

    # Thursday analysis "Thursday 15 May 2025 | 09:10 GST" (manifest 2025-05-15).
    # Handshake "in a Riyadh palace on Wednesday morning, with Crown Prince Mohammed bin Salman" -> 14 May.
    # "Turkish President Recep Tayyip Erdogan joined by phone" -> a call with all three, same day.
    # "held talks at Al Yamamah Palace on Tuesday" (the crown prince and Trump) -> 13 May, Riyadh.
    # "first pitched his investment pledge to Trump in a phone call in January" -> call, 2025-01 (key 22 Jan).
    # GCC summit "in Riyadh on Wednesday" -> gathering, Trump placed there; "Emir Tamim ... welcomed him that
    #   evening" -> 14 May, Doha. "due in Abu Dhabi later on Thursday for talks" -> planned, 15 May.
    # "Mohammed bin Salman received him in Riyadh in February. Two days later he was in Ankara with Erdogan."
    #   -> 2025-02 each (keys 2 and 4 Feb); "Last week Emmanuel Macron received him" -> 2025-05 (key 7 May).
    # "Rubio is to meet ... al-Shaibani in Antalya on Thursday" -> planned, 15 May.
    ("013", "2025-05-15", False, [
        ev("2025-05-14-riyadh-al-sharaa-bin-salman-trump", M, OCC, "2025-05-14", "Riyadh", [TRUMP, A_SHARAA, MBS], [],
           "shaking hands in a Riyadh palace on Wednesday morning"),
        ev("2025-05-14-al-sharaa-bin-salman-erdogan-trump-call", C, OCC, "2025-05-14", None,
           [ERDOGAN, TRUMP, A_SHARAA, MBS], [],
           "Turkish President Recep Tayyip Erdogan joined by phone"),
        ev("2025-05-13-riyadh-bin-salman-trump", M, OCC, "2025-05-13", "Riyadh", [MBS, TRUMP], [],
           "when the two men held talks at Al Yamamah Palace on Tuesday"),
        ev("2025-01-22-bin-salman-trump-call", C, OCC, "2025-01", None, [MBS, TRUMP], [],
           "first pitched his investment pledge to Trump in a phone call in January"),
        ev("2025-05-14-riyadh-gulf-cooperation-council-trump", M, OCC, "2025-05-14", "Riyadh", [TRUMP],
           ["Gulf Cooperation Council"],
           "Trump then sat with the leaders of the six Gulf Cooperation Council states"),
        ev("2025-05-14-doha-al-thani-trump", M, OCC, "2025-05-14", "Doha", [TRUMP, TAMIM], [],
           "where Emir Tamim bin Hamad Al Thani welcomed him that evening"),
        ev("2025-05-15-abu-dhabi-bin-zayed-trump", M, PLN, "2025-05-15", "Abu Dhabi", [TRUMP, MBZ], [],
           "in Abu Dhabi later on Thursday for talks with President Mohamed bin Zayed"),
        ev("2025-02-02-riyadh-al-sharaa-bin-salman", M, OCC, "2025-02", "Riyadh", [MBS, A_SHARAA], [],
           "Mohammed bin Salman received him in Riyadh in February"),
        ev("2025-02-04-ankara-al-sharaa-erdogan", M, OCC, "2025-02", "Ankara", [A_SHARAA, ERDOGAN], [],
           "Two days later he was in Ankara with Erdogan"),
        ev("2025-05-07-paris-al-sharaa-macron", M, OCC, "2025-05", "Paris", [MACRON, A_SHARAA], [],
           "Last week Emmanuel Macron received him at the Elysee"),
        ev("2025-05-15-antalya-al-shaibani-rubio", M, PLN, "2025-05-15", "Antalya", [RUBIO, SHAIBANI], [],
           "Marco Rubio is to meet Syrian Foreign Minister Asaad al-Shaibani in Antalya on Thursday"),
    ], ["'Trump had announced he would lift sanctions on Syria' (announcement)",
        "'on the margins of a NATO foreign ministers' gathering' (backdrop, not an event)",
        "'he did not see Benjamin Netanyahu on this trip' (negation)",
        "'floated the idea of flying to Istanbul on Friday if Vladimir Putin attended' (hypothetical)",
        "Caption 'shake hands in Riyadh on Wednesday' (same meeting, listed once)",
        "RELATED: 'Erdogan and Trump discuss F-35s, Ankara says' (furniture)"]),

    # Tuesday Japanese English daily "2025/10/28 21:30 JST" (manifest 2025-10-28).
    # "first face-to-face talks with ... Trump at the State Guest House in Tokyo on Tuesday" -> 28 Oct.
    # Yokosuka the same afternoon, "with Takaichi at his side", Koizumi and Hegseth "accompanied them" ->
    #   separate encounter (other place, more participants).
    # "the two ministers will hold formal talks at the Defense Ministry in Ichigaya on Wednesday" -> planned,
    #   29 Oct, Tokyo.
    # "arrived on Monday ... and was received by Emperor Naruhito at the Imperial Palace" -> 27 Oct.
    # "The emperor last hosted Trump in May 2019" -> 2019-05 (key 27 May); no place named -> null.
    # "spoken for about 10 minutes by phone on Saturday" -> call, 25 Oct.
    # Ishiba: "his first call with Trump, in November last year" -> 2024-11 (key 7 Nov); "did not meet until
    #   February, at the White House" -> 2025-02 (key 7 Feb), Washington.
    # Planned: Lee "in Gyeongju that day" (Wednesday) -> 29 Oct; Xi "in Busan on Thursday" -> 30 Oct.
    # "agreed on in a phone call on Sept. 19" -> call, 19 Sep 2025.
    ("014", "2025-10-28", False, [
        ev("2025-10-28-tokyo-takaichi-trump", M, OCC, "2025-10-28", "Tokyo", [TAKAICHI, TRUMP], [],
           "held her first face-to-face talks with U.S. President Donald Trump at the State Guest House"),
        ev("2025-10-28-yokosuka-hegseth-koizumi-takaichi-trump", M, OCC, "2025-10-28", "Yokosuka",
           [TRUMP, TAKAICHI, KOIZUMI, HEGSETH], [],
           "Trump addressed sailors aboard the aircraft carrier USS George Washington with Takaichi at his side"),
        ev("2025-10-29-tokyo-hegseth-koizumi", M, PLN, "2025-10-29", "Tokyo", [KOIZUMI, HEGSETH], [],
           "the two ministers will hold formal talks at the Defense Ministry in Ichigaya on Wednesday"),
        ev("2025-10-27-tokyo-naruhito-trump", M, OCC, "2025-10-27", "Tokyo", [NARUHITO, TRUMP], [],
           "was received by Emperor Naruhito at the Imperial Palace"),
        ev("2019-05-27-tokyo-naruhito-trump", M, OCC, "2019-05", None, [NARUHITO, TRUMP], [],
           "The emperor last hosted Trump in May 2019"),
        ev("2025-10-25-takaichi-trump-call", C, OCC, "2025-10-25", None, [TAKAICHI, TRUMP], [],
           "Takaichi and Trump had spoken for about 10 minutes by phone on Saturday"),
        ev("2024-11-07-ishiba-trump-call", C, OCC, "2024-11", None, [ISHIBA, TRUMP], [],
           "his first call with Trump, in November last year, lasted barely five minutes"),
        ev("2025-02-07-washington-ishiba-trump", M, OCC, "2025-02", "Washington", [ISHIBA, TRUMP], [],
           "the two men did not meet until February, at the White House"),
        ev("2025-10-29-gyeongju-lee-trump", M, PLN, "2025-10-29", "Gyeongju", [TRUMP, LEE], [],
           "He is scheduled to hold talks with President Lee Jae-myung in Gyeongju that day"),
        ev("2025-10-30-busan-trump-xi", M, PLN, "2025-10-30", "Busan", [TRUMP, XI], [],
           "to meet Chinese President Xi Jinping in Busan on Thursday"),
        ev("2025-09-19-trump-xi-call", C, OCC, "2025-09-19", None, [TRUMP, XI], [],
           "a meeting the two agreed on in a phone call on Sept. 19"),
    ], ["'the two leaders signed documents on critical minerals' (same summit, listed once)",
        "'Trump leaves for South Korea on Wednesday' (travel; the Gyeongju talks are the event)",
        "'in Kuala Lumpur for ASEAN-related meetings' (backdrop)",
        "'would not confirm whether Takaichi will meet Xi' (unconfirmed)",
        "'she would recommend him for the Nobel Peace Prize' (statement)",
        "Caption 'shake hands before their talks' (same summit, listed once)",
        "Related: 'Abduction victims' families meet Trump with Takaichi' (furniture)"]),
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
