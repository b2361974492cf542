#!/usr/bin/env python3
"""Generate gold.jsonl and manifest.jsonl for the holdout22 BLIND held-out corpus.

BLIND SET: the engineer working on dossier must not read this file, the pages, or gold.jsonl.
Only run it, the scorer and the validator, and look at totals.

Run:  python3 data/holdout22/build_gold.py   then   python3 data/eval/validate.py data/holdout22
Each article lists its true publication date, whether the manifest hides it, its gold events,
and (for documentation only) the traps it contains that must NOT be extracted.
Occasions: real diplomacy from 1955 to 2024 in every region; a mix of held meetings, planned
meetings and gatherings, phone and video calls, and delegation-only talks, with relative dates,
coreference by title and pronoun, and non-event distractors (cancelled sessions, refused calls,
negations, invitations without dates, statements, briefings, domestic meetings, page furniture).
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

# canonical names
SUKARNO, ALI_S, NEHRU, ZHOU, NASSER, KOTELAWALA, U_NU, ROMULO, SUNARIO = (
    "Sukarno", "Ali Sastroamidjojo", "Jawaharlal Nehru", "Zhou Enlai", "Gamal Abdel Nasser",
    "John Kotelawala", "U Nu", "Carlos Romulo", "Sunario")
AZHARI, FAISAL, HUSSEIN, MAHGOUB, SHUKEIRI, TITO = (
    "Ismail al-Azhari", "Faisal bin Abdulaziz Al Saud", "Hussein bin Talal", "Mohamed Ahmed Mahgoub",
    "Ahmad Shukeiri", "Josip Broz Tito")  # Tito: trap only
KOSYGIN, MAO, KUZNETSOV, QIAO, NIXON, CEAUSESCU = (
    "Alexei Kosygin", "Mao Zedong", "Vasily Kuznetsov", "Qiao Guanhua", "Richard Nixon", "Nicolae Ceausescu")
ROGERS, LAM, TRINH, BINH, KISSINGER, THO, HAIG, THIEU, PHAM_VAN_DONG = (
    "William P. Rogers", "Tran Van Lam", "Nguyen Duy Trinh", "Nguyen Thi Binh", "Henry Kissinger",
    "Le Duc Tho", "Alexander Haig", "Nguyen Van Thieu", "Pham Van Dong")
BHUTTO, SADAT, MUJIB, GADDAFI, CHAUDHRY, SABAH = (
    "Zulfikar Ali Bhutto", "Anwar Sadat", "Sheikh Mujibur Rahman", "Muammar Gaddafi", "Fazal Elahi Chaudhry",
    "Sabah Al-Ahmad Al-Jaber Al-Sabah")
BUSH, GORBACHEV, ANDREOTTI, POPE_JP2, FENECH_ADAMI, KOHL = (
    "George H. W. Bush", "Mikhail Gorbachev", "Giulio Andreotti", "Pope John Paul II", "Eddie Fenech Adami",
    "Helmut Kohl")
NUJOMA, PEREZ_DE_CUELLAR, DE_KLERK, BAKER, SHEVARDNADZE, MANDELA, MUBARAK = (
    "Sam Nujoma", "Javier Perez de Cuellar", "F. W. de Klerk", "James Baker", "Eduard Shevardnadze",
    "Nelson Mandela", "Hosni Mubarak")
BEN_AHARON, ALLAF, GONZALEZ, SHAMIR, SHARAA, PANKIN = (
    "Yossi Ben-Aharon", "Muwaffaq al-Allaf", "Felipe Gonzalez", "Yitzhak Shamir", "Farouk al-Sharaa",
    "Boris Pankin")
MODI, XI, PUROHIT, PALANISWAMI, JAISHANKAR, WANG_YI, IMRAN, BHANDARI, OLI = (
    "Narendra Modi", "Xi Jinping", "Banwarilal Purohit", "Edappadi K. Palaniswami", "S. Jaishankar", "Wang Yi",
    "Imran Khan", "Bidya Devi Bhandari", "K. P. Sharma Oli")
TRUMP, ZELENSKYY, ABE, BUKELE, PENCE, GIULIANI, YERMAK, VOLKER = (
    "Donald Trump", "Volodymyr Zelenskyy", "Shinzo Abe", "Nayib Bukele", "Mike Pence", "Rudy Giuliani",
    "Andriy Yermak", "Kurt Volker")
BIDEN, BLINKEN, YELLEN, SULLIVAN, YANG, TAI, LIU_HE = (
    "Joe Biden", "Antony Blinken", "Janet Yellen", "Jake Sullivan", "Yang Jiechi", "Katherine Tai", "Liu He")
ALBANESE, SUNAK, RABUKA, KISHIDA = "Anthony Albanese", "Rishi Sunak", "Sitiveni Rabuka", "Fumio Kishida"
LULA, MACRON, RAONI, LIRA, PACHECO = (
    "Luiz Inacio Lula da Silva", "Emmanuel Macron", "Raoni Metuktire", "Arthur Lira", "Rodrigo Pacheco")
ORBAN, HUA, PUTIN, ALIYEV, ERDOGAN = (
    "Viktor Orban", "Hua Chunying", "Vladimir Putin", "Ilham Aliyev", "Recep Tayyip Erdogan")
TRUDEAU, LEBLANC, TELFORD, LUTNICK, BURGUM, WALTZ, SHEINBAUM = (
    "Justin Trudeau", "Dominic LeBlanc", "Katie Telford", "Howard Lutnick", "Doug Burgum", "Mike Waltz",
    "Claudia Sheinbaum")

OIC = "Organisation of the Islamic Conference"


def ev(key, kind, status, date, location, participants, groups, evidence, date_end=None):
    e = {"key": key, "kind": kind, "status": status, "date": date}
    if date_end:
        e["date_end"] = date_end
    e.update({"location": location, "participants": participants, "groups": groups,
              "evidence": evidence})
    return e


M, C, OCC, PLN = "meeting", "call", "occurred", "planned"

ARTICLES = [
    # Sunday wire, dateline "BANDUNG, Indonesia, April 24" without a year; the manifest gives 1955-04-24.
    # "ended their week-long conference here tonight" + "opened on Monday by President Sukarno" -> one gathering,
    #   18-24 Apr 1955, Bandung. Participants: the people the page names as present (opener, chairman and the
    #   six named heads of delegations); group "Asian-African Conference".
    # "yesterday" -> Sat 23 Apr: the luncheon for eight heads of delegations (host, Kotelawala, Zhou, Romulo).
    # "On Friday" -> 22 Apr: the dual-nationality treaty signed by Zhou and Sunario (Bandung, dispatch place).
    # "conferred in Rangoon last week" -> 1955-04 (week of 11-17 Apr); "the Burmese Premier" = U Nu.
    # "is expected to go on to Djakarta on Tuesday" -> planned, 26 Apr 1955, Jakarta (ASCII modern spelling).
    ("000_id_cn_bandung_conference_wire", "1955-04-24", False, [
        ev("1955-04-18-bandung-asian-african-conference", M, OCC, "1955-04-18", "Bandung",
           [SUKARNO, ALI_S, NEHRU, ZHOU, NASSER, KOTELAWALA, U_NU, ROMULO], ["Asian-African Conference"],
           "Delegates of twenty-nine Asian and African nations ended their week-long conference here tonight",
           date_end="1955-04-24"),
        ev("1955-04-23-bandung-kotelawala-romulo-sastroamidjojo-zhou", M, OCC, "1955-04-23", "Bandung",
           [ALI_S, KOTELAWALA, ZHOU, ROMULO], [],
           "At a luncheon given by Mr. Sastroamidjojo for the heads of eight delegations"),
        ev("1955-04-22-bandung-sunario-zhou", M, OCC, "1955-04-22", "Bandung", [ZHOU, SUNARIO], [],
           "On Friday Chou and the Indonesian Foreign Minister, Mr. Sunario, signed a treaty"),
        ev("1955-04-14-rangoon-nasser-nehru-u-nu-zhou", M, OCC, "1955-04", "Rangoon",
           [ZHOU, NEHRU, NASSER, U_NU], [],
           "Several of the leaders had conferred in Rangoon last week on their way here"),
        ev("1955-04-26-jakarta-sukarno-zhou", M, PLN, "1955-04-26", "Jakarta", [ZHOU, SUKARNO], [],
           "Chou is expected to go on to Djakarta on Tuesday for talks with President Sukarno"),
    ], ["Zhou's statement that Peking was ready to negotiate with Washington (statement/offer, no occasion)",
        "'The State Department replied coolly that any such talks would have to include the Nationalists' (statement)",
        "'Nehru and Chou dined together several times during the week' (counted, no single occasion)",
        "'a visit to Peking that Colonel Nasser was said to be considering' (vague)",
        "'might meet again in two years, but no host or date has been named' (hypothetical)",
        "RELATED / MOST READ items, incl. 'Chou meets Dulles envoy in Geneva?' (furniture)"]),

    # Saturday evening paper; manifest null. Header "SATURDAY, SEPTEMBER 2, 1967"; the dispatch is datelined
    #   "KHARTOUM, Friday." so "tonight" = Fri 1 Sep 1967 and weekdays resolve from that Friday.
    # Summit: "ended here tonight after four days", "opened on Tuesday" -> 29 Aug - 1 Sep 1967. Participants named
    #   as present: al-Azhari (chair), Nasser, Faisal, Hussein, Mahgoub (host PM), Shukeiri ("walked out of
    #   Thursday's session"). Group "Arab League".
    # "On Thursday evening the Egyptian President and the Saudi monarch signed an agreement on Yemen at the
    #   residence of the Prime Minister, Mohamed Ahmed Mahgoub" -> 31 Aug 1967; host included.
    # "since they met in Jidda in August 1965" -> 1965-08 (key 24 Aug 1965), Jeddah.
    # "a meeting of Arab foreign ministers here at the beginning of August" -> 1967-08, groups only.
    ("001_sd_eg_sa_khartoum_summit_evening_paper", "1967-09-02", True, [
        ev("1967-08-29-khartoum-arab-summit", M, OCC, "1967-08-29", "Khartoum",
           [AZHARI, NASSER, FAISAL, HUSSEIN, MAHGOUB, SHUKEIRI], ["Arab League"],
           "The fourth Arab summit conference ended here tonight after four days of closed sessions",
           date_end="1967-09-01"),
        ev("1967-08-31-khartoum-faisal-mahgoub-nasser", M, OCC, "1967-08-31", "Khartoum",
           [NASSER, FAISAL, MAHGOUB], [],
           "the Egyptian President and the Saudi monarch signed an agreement on Yemen at the residence"),
        ev("1965-08-24-jeddah-faisal-nasser", M, OCC, "1965-08", "Jeddah", [NASSER, FAISAL], [],
           "since they met in Jidda in August 1965, when an earlier Yemen accord was signed"),
        ev("1967-08-01-khartoum-arab-foreign-ministers", M, OCC, "1967-08", "Khartoum", [], ["Arab League"],
           "prepared by a meeting of Arab foreign ministers here at the beginning of August"),
    ], ["'with whom he has discussed a political settlement several times this summer' (Tito; counted)",
        "'Syria boycotted the meeting; its foreign minister ... was recalled before the leaders arrived' (negation)",
        "'Algeria sent its foreign minister in place of President Boumediene' (non-attendance)",
        "'no peace, no recognition and no negotiation with Israel' (resolution, not an event)",
        "'told reporters he would not be bound by its decisions' (statement)",
        "'the leaders might meet again next year in Rabat, but nothing was decided' (hypothetical)",
        "'will report to the Egyptian cabinet on Monday' (domestic meeting, planned)",
        "RELATED / MOST READ (furniture)"]),

    # Wednesday translated weekly (manifest 1969-10-08).
    # "announced yesterday that negotiations ... will open in Peking on October 20" -> planned, 20 Oct 1969;
    #   delegation heads Kuznetsov and "Chiao Kuan-hua" (Qiao Guanhua); groups Soviet Union, China.
    # "On September 11, ... spent three and a half hours with Premier Chou En-lai in a reception room at the
    #   capital's airport" -> Beijing.
    # "last in Peking in February 1965, when Chairman Mao Tse-tung received him" -> 1965-02 (key 11 Feb 1965).
    # "Nixon held talks with President Nicolae Ceausescu in Bucharest at the beginning of August" -> 1969-08.
    ("002_cn_su_kosygin_zhou_border_talks_translated", "1969-10-08", False, [
        ev("1969-10-20-beijing-kuznetsov-qiao", M, PLN, "1969-10-20", "Beijing", [KUZNETSOV, QIAO],
           ["Soviet Union", "China"],
           "negotiations on their disputed frontier will open in Peking on October 20"),
        ev("1969-09-11-beijing-kosygin-zhou", M, OCC, "1969-09-11", "Beijing", [KOSYGIN, ZHOU], [],
           "spent three and a half hours with Premier Chou En-lai in a reception room"),
        ev("1965-02-11-beijing-kosygin-mao", M, OCC, "1965-02", "Beijing", [MAO, KOSYGIN], [],
           "when Chairman Mao Tse-tung received him on his way back from Hanoi"),
        ev("1969-08-02-bucharest-ceausescu-nixon", M, OCC, "1969-08", "Bucharest", [NIXON, CEAUSESCU], [],
           "President Nixon held talks with President Nicolae Ceausescu in Bucharest at the beginning of August"),
    ], ["'Kosygin tried to telephone ... the operator in Peking refused to put the call through' (refused call)",
        "'In Hanoi itself there was no contact'; Li Hsien-nien 'kept his distance' (negation)",
        "'Chou had paid his respects on September 4 and flown home' (no encounter named)",
        "'he held several conversations with Chou on that trip as well' (counted)",
        "'offered to carry messages to Peking' (no occasion); no date for ambassadors (no event)",
        "RELATED ARTICLES / MOST POPULAR (furniture)"]),

    # Saturday wire "PARIS, Jan. 27" (manifest 1973-01-27).
    # Morning four-party signing and afternoon two-party signing are separate encounters with different sides.
    # "initialled on Tuesday" -> 23 Jan 1973, Paris (International Conference Center on the same avenue).
    # "Earlier this month Gen. Alexander M. Haig Jr. flew to Saigon to win the assent of President Nguyen Van
    #   Thieu, who gave it only after several days of argument" -> 1973-01 (key 16 Jan), Saigon.
    # "is to fly to Hanoi on Feb. 10 for talks with Premier Pham Van Dong" -> planned.
    # "An international conference ... is to open in Paris late next month" -> planned, 1973-02, groups only.
    ("003_vn_us_paris_accords_signing_wire", "1973-01-27", False, [
        ev("1973-01-27-paris-binh-lam-rogers-trinh", M, OCC, "1973-01-27", "Paris", [ROGERS, LAM, TRINH, BINH],
           [], "At the morning session Secretary of State William P. Rogers, Foreign Minister Tran Van Lam"),
        ev("1973-01-27-paris-rogers-trinh", M, OCC, "1973-01-27", "Paris", [ROGERS, TRINH], [],
           "In the afternoon Rogers and Trinh met again in the same room"),
        ev("1973-01-23-paris-kissinger-tho", M, OCC, "1973-01-23", "Paris", [KISSINGER, THO], [],
           "The texts were initialled on Tuesday by Henry A. Kissinger"),
        ev("1973-01-16-saigon-haig-thieu", M, OCC, "1973-01", "Saigon", [HAIG, THIEU], [],
           "Earlier this month Gen. Alexander M. Haig Jr. flew to Saigon to win the assent"),
        ev("1973-02-10-hanoi-kissinger-pham-van-dong", M, PLN, "1973-02-10", "Hanoi", [KISSINGER, PHAM_VAN_DONG],
           [], "is to fly to Hanoi on Feb. 10 for talks with Premier Pham Van Dong"),
        ev("1973-02-26-paris-international-conference-on-vietnam", M, PLN, "1973-02", "Paris", [],
           ["International Conference on Vietnam"],
           "An international conference to guarantee the settlement, bringing together the four parties"),
    ], ["'Rogers did not shake hands ... no handshake between the two Vietnamese delegations' (negation)",
        "'the Secretary of State telephoned Mr. Nixon at the White House' (internal to one government)",
        "'He leaves for Washington tomorrow. Tho is expected to fly home by way of Peking and Moscow' (travel)",
        "'President Thieu told the nation in a radio address' (address)",
        "'Kissinger, who was not present today' (negation)",
        "RELATED COVERAGE / TRENDING NOW (furniture)"]),

    # Monday daily (manifest 1974-02-25; the header also prints "Monday, February 25, 1974").
    # "closed ... last night" (Sun 24 Feb) + "from their opening on Friday" (22 Feb) -> summit 22-24 Feb 1974.
    #   Participants named as present: Bhutto (chair), Faisal, Sadat, Mujib ("took his seat in the conference
    #   hall"), Gaddafi ("the visiting leaders left ... Qadhafi was the last to go"). Group OIC.
    # "on Saturday morning ... stepped off an Algerian aircraft at Lahore airport and was embraced by Mr. Bhutto
    #   and President Fazal Elahi Chaudhry" -> 23 Feb 1974.
    # "flew to Dacca on Thursday and saw the Bengali leader" -> 21 Feb 1974, Dhaka; named member Sabah; group OIC.
    # "had last met in January 1972 near Rawalpindi" -> 1972-01 (key 7 Jan 1972).
    # "are to meet again in Kuala Lumpur in June" -> planned, 1974-06, groups only.
    ("004_pk_bd_lahore_islamic_summit_daily", "1974-02-25", False, [
        ev("1974-02-22-lahore-islamic-summit", M, OCC, "1974-02-22", "Lahore", [BHUTTO, FAISAL, SADAT, MUJIB, GADDAFI],
           [OIC], "The Second Islamic Summit Conference closed at the Punjab Assembly chamber last night",
           date_end="1974-02-24"),
        ev("1974-02-23-lahore-bhutto-chaudhry-mujib", M, OCC, "1974-02-23", "Lahore", [MUJIB, BHUTTO, CHAUDHRY], [],
           "stepped off an Algerian aircraft at Lahore airport and was embraced by Mr. Bhutto"),
        ev("1974-02-21-dhaka-al-sabah-mujib", M, OCC, "1974-02-21", "Dhaka", [SABAH, MUJIB], [OIC],
           "flew to Dacca on Thursday and saw the Bengali leader"),
        ev("1972-01-07-rawalpindi-bhutto-mujib", M, OCC, "1972-01", "Rawalpindi", [BHUTTO, MUJIB], [],
           "The two leaders had last met in January 1972 near Rawalpindi"),
        ev("1974-06-21-kuala-lumpur-oic-foreign-ministers", M, PLN, "1974-06", "Kuala Lumpur", [], [OIC],
           "The summit's foreign ministers are to meet again in Kuala Lumpur in June"),
    ], ["'Pakistan had recognised Bangladesh only on Friday afternoon, in an address by Mr. Bhutto' (address)",
        "'Dacca answered in kind the same evening' (statement)",
        "'would \"exchange visits in good time\"; no date has been fixed' (no concrete occasion)",
        "'Colonel Qadhafi was the last to go, after prayers at the Badshahi Mosque' (travel, no encounter)",
        "RELATED STORIES / MOST READ (furniture)"]),

    # Sunday radio transcript, 22:00 CET (manifest 1989-12-03).
    # "The talks began on Saturday morning aboard the Soviet liner Maxim Gorky, moored off Marsaxlokk ... and they
    #   finished there this afternoon" -> one summit 2-3 Dec 1989, Marsaxlokk.
    # "On Wednesday he held talks in Rome with ... Giulio Andreotti" -> 29 Nov 1989.
    # "on Friday he was received at the Vatican by Pope John Paul the Second" -> 1 Dec 1989, Vatican City.
    # "Mr Bush arrived on Friday too and was met by the Maltese Prime Minister" -> 1 Dec 1989; no city -> Malta.
    # "he had a phone call from Chancellor Kohl, on Wednesday" -> call, 29 Nov 1989.
    # Planned: Bush-Kohl dinner in Brussels "tonight" (3 Dec); NATO leaders' special meeting "tomorrow" (4 Dec,
    #   Brussels, "there"); Warsaw Pact meeting in Moscow "tomorrow" (4 Dec); "a full summit in the United States
    #   in June" -> 1990-06, location the country (key 1 Jun 1990).
    ("005_mt_us_su_malta_summit_radio_transcript", "1989-12-03", False, [
        ev("1989-12-02-marsaxlokk-bush-gorbachev", M, OCC, "1989-12-02", "Marsaxlokk", [BUSH, GORBACHEV], [],
           "The talks began on Saturday morning aboard the Soviet liner Maxim Gorky", date_end="1989-12-03"),
        ev("1989-11-29-rome-andreotti-gorbachev", M, OCC, "1989-11-29", "Rome", [GORBACHEV, ANDREOTTI], [],
           "On Wednesday he held talks in Rome with the Prime Minister, Giulio Andreotti"),
        ev("1989-12-01-vatican-city-gorbachev-john-paul-ii", M, OCC, "1989-12-01", "Vatican City",
           [GORBACHEV, POPE_JP2], [], "on Friday he was received at the Vatican by Pope John Paul the Second"),
        ev("1989-12-01-malta-bush-fenech-adami", M, OCC, "1989-12-01", "Malta", [BUSH, FENECH_ADAMI], [],
           "was met by the Maltese Prime Minister, Eddie Fenech Adami, before going aboard his ship"),
        ev("1989-11-29-bush-kohl-call", C, OCC, "1989-11-29", None, [KOHL, BUSH], [],
           "he had a phone call from Chancellor Kohl, on Wednesday"),
        ev("1989-12-03-brussels-bush-kohl", M, PLN, "1989-12-03", "Brussels", [BUSH, KOHL], [],
           "He is due to dine with Chancellor Kohl there tonight"),
        ev("1989-12-04-brussels-nato", M, PLN, "1989-12-04", "Brussels", [BUSH], ["NATO"],
           "tomorrow he attends a special meeting of NATO leaders there to report on Malta"),
        ev("1989-12-04-moscow-warsaw-pact", M, PLN, "1989-12-04", "Moscow", [GORBACHEV], ["Warsaw Pact"],
           "He hosts a meeting of Warsaw Pact leaders in Moscow tomorrow"),
        ev("1990-06-01-united-states-bush-gorbachev", M, PLN, "1990-06", "United States", [BUSH, GORBACHEV], [],
           "They agreed to hold a full summit in the United States in June"),
    ], ["'The dinner Mr Bush was to give aboard the cruiser Belknap on Saturday evening was cancelled' (cancelled)",
        "'the session planned on the Soviet cruiser Slava never took place' (cancelled)",
        "'the first joint news conference ever held by an American and a Soviet leader' (press conference)",
        "'Both men ... have met Chancellor Kohl more often this year than any other leader' (counted)",
        "RELATED PROGRAMMES / MOST POPULAR TRANSCRIPTS (furniture)"]),

    # Wednesday wire "WINDHOEK, Namibia, March 21" without a year (manifest 1990-03-21).
    # Independence ceremony "shortly after midnight" -> 21 Mar 1990: Nujoma sworn in by Perez de Cuellar with
    #   de Klerk on the podium; the headline places Baker, Shevardnadze and Mandela at the ceremony and Mubarak
    #   is "among the guests". One gathering.
    # "held about ten hours of talks here on Monday and Tuesday" -> 19-20 Mar 1990, Windhoek.
    # "met Baker on Tuesday afternoon and saw the Soviet minister later the same day" -> two meetings, 20 Mar.
    # "They are to meet again in Washington early next month" -> planned, 1990-04 (key 4 Apr 1990).
    # "President Bush telephoned Mandela on the day of his release" + "freed from prison last month" -> 1990-02.
    ("006_na_independence_windhoek_wire", "1990-03-21", False, [
        ev("1990-03-21-windhoek-namibia-independence", M, OCC, "1990-03-21", "Windhoek",
           [NUJOMA, PEREZ_DE_CUELLAR, DE_KLERK, BAKER, SHEVARDNADZE, MANDELA, MUBARAK], [],
           "The oath was administered by the United Nations Secretary-General, Javier Perez de Cuellar"),
        ev("1990-03-19-windhoek-baker-shevardnadze", M, OCC, "1990-03-19", "Windhoek", [BAKER, SHEVARDNADZE], [],
           "held about ten hours of talks here on Monday and Tuesday", date_end="1990-03-20"),
        ev("1990-03-20-windhoek-baker-mandela", M, OCC, "1990-03-20", "Windhoek", [MANDELA, BAKER], [],
           "Nelson Mandela, freed from prison last month, met Baker on Tuesday afternoon"),
        ev("1990-03-20-windhoek-mandela-shevardnadze", M, OCC, "1990-03-20", "Windhoek", [MANDELA, SHEVARDNADZE],
           [], "saw the Soviet minister later the same day"),
        ev("1990-04-04-washington-baker-shevardnadze", M, PLN, "1990-04", "Washington", [BAKER, SHEVARDNADZE], [],
           "They are to meet again in Washington early next month"),
        ev("1990-02-11-bush-mandela-call", C, OCC, "1990-02", None, [BUSH, MANDELA], [],
           "President Bush telephoned Mandela on the day of his release"),
    ], ["'invited him to the United States, but no date has been set for the visit' (invitation, no date)",
        "'Mandela and de Klerk, both in the stand, had no talks scheduled' (negation)",
        "'De Klerk flew home to Cape Town this morning' (travel)",
        "'The new government was sworn in later in the day' (domestic)",
        "'shook hands with the new president after the flags were changed' (inside the ceremony, listed once)",
        "RELATED / MOST READ (furniture)"]),

    # Monday analysis dated November 4, 1991 (manifest 1991-11-04).
    # "On Sunday, in the Spanish capital ... Israeli negotiators held separate direct talks with the Syrian,
    #   Lebanese and joint Jordanian-Palestinian delegations" -> three events, 3 Nov 1991, Madrid (shared
    #   evidence); the Syrian track names Ben-Aharon and al-Allaf.
    # "The conference was opened on Wednesday ... It closed on Friday" -> 30 Oct - 1 Nov 1991; named present:
    #   Bush, Gorbachev, Gonzalez (host), Shamir, al-Sharaa.
    # "The co-sponsors rehearsed on Tuesday, when Bush and Gorbachev met ... at the Soviet embassy" -> 29 Oct.
    # "went out from Jerusalem on Oct. 18, after James Baker met ... Boris Pankin, there" -> 18 Oct 1991.
    # "their Moscow summit at the end of July" -> 1991-07 (key 30 Jul 1991).
    # "their shipboard summit off Marsaxlokk in December 1989" -> 1989-12; the same event as in 005 (same key,
    #   month-only here, no date_end on this mention).
    ("007_es_il_madrid_conference_analysis", "1991-11-04", False, [
        ev("1991-11-03-madrid-al-allaf-ben-aharon", M, OCC, "1991-11-03", "Madrid", [BEN_AHARON, ALLAF],
           ["Israel", "Syria"],
           "Israeli negotiators held separate direct talks with the Syrian, Lebanese and joint Jordanian-Palestinian delegations"),
        ev("1991-11-03-madrid-israel-lebanon", M, OCC, "1991-11-03", "Madrid", [], ["Israel", "Lebanon"],
           "Israeli negotiators held separate direct talks with the Syrian, Lebanese and joint Jordanian-Palestinian delegations"),
        ev("1991-11-03-madrid-israel-jordan-palestinians", M, OCC, "1991-11-03", "Madrid", [],
           ["Israel", "Jordan", "Palestinians"],
           "Israeli negotiators held separate direct talks with the Syrian, Lebanese and joint Jordanian-Palestinian delegations"),
        ev("1991-10-30-madrid-peace-conference", M, OCC, "1991-10-30", "Madrid",
           [BUSH, GORBACHEV, GONZALEZ, SHAMIR, SHARAA], [],
           "The conference was opened on Wednesday at the Royal Palace by Presidents Bush and Gorbachev",
           date_end="1991-11-01"),
        ev("1991-10-29-madrid-bush-gorbachev", M, OCC, "1991-10-29", "Madrid", [BUSH, GORBACHEV], [],
           "Bush and Gorbachev met for an hour and a half at the Soviet embassy"),
        ev("1991-10-18-jerusalem-baker-pankin", M, OCC, "1991-10-18", "Jerusalem", [BAKER, PANKIN], [],
           "after James Baker met the new Soviet foreign minister, Boris Pankin, there"),
        ev("1991-07-30-moscow-bush-gorbachev", M, OCC, "1991-07", "Moscow", [BUSH, GORBACHEV], [],
           "unveiled by the two presidents at their Moscow summit at the end of July"),
        ev("1989-12-02-marsaxlokk-bush-gorbachev", M, OCC, "1989-12", "Marsaxlokk", [BUSH, GORBACHEV], [],
           "less than two years after their shipboard summit off Marsaxlokk in December 1989"),
    ], ["'For more than forty years Israel and its Arab neighbours refused to sit in the same room' (negation)",
        "'traded accusations without once addressing each other' (negation, inside the conference)",
        "'spent much of it arguing over whether to meet again the next day' (hypothetical next session)",
        "'There is no agreed date or venue' for resumed bilaterals (no occasion)",
        "'The multilateral phase ... is supposed to follow, but no host has come forward' (no occasion)",
        "'Baker has said he will not shuttle again. He may have to.' (hypothetical)",
        "RELATED / MOST VIEWED (furniture)"]),

    # National news site; manifest null. The page prints "Updated: Oct 12, 2019, 21:40 IST" (a Saturday).
    # "Xi landed in Chennai on Friday afternoon and was received at the airport by ... Purohit and ... Palaniswami"
    #   -> 11 Oct 2019, Chennai.
    # "Modi ... received him here in the evening at Arjuna's Penance" + dined together -> 11 Oct, Mamallapuram
    #   (dateline "MAMALLAPURAM:").
    # "On Saturday morning ... one-on-one talks at a seaside resort at Kovalam, followed by delegation-level talks
    #   in which ... Jaishankar and ... Wang Yi joined them" -> one event, 12 Oct, Kovalam.
    # "Xi had received ... Imran Khan in Beijing on Wednesday" -> 9 Oct 2019.
    # "had met twice in June, on the sidelines of other summits" is a counted reference (trap);
    #   "first informal summit was held in Wuhan last year" -> year only, 2018 (key 27 Apr 2018).
    # "In Kathmandu he was received at the airport by President Bidya Devi Bhandari" -> 12 Oct (occurred, the
    #   page is updated at 21:40); "is due to hold talks with ... Oli on Sunday" -> planned, 13 Oct 2019.
    ("008_in_cn_modi_xi_mamallapuram_national", "2019-10-12", True, [
        ev("2019-10-11-mamallapuram-modi-xi", M, OCC, "2019-10-11", "Mamallapuram", [MODI, XI], [],
           "received him here in the evening at Arjuna's Penance"),
        ev("2019-10-12-kovalam-jaishankar-modi-wang-xi", M, OCC, "2019-10-12", "Kovalam",
           [MODI, XI, JAISHANKAR, WANG_YI], [],
           "the leaders spent nearly an hour in one-on-one talks at a seaside resort at Kovalam"),
        ev("2019-10-11-chennai-palaniswami-purohit-xi", M, OCC, "2019-10-11", "Chennai", [XI, PUROHIT, PALANISWAMI],
           [], "was received at the airport by Tamil Nadu Governor Banwarilal Purohit"),
        ev("2019-10-12-kathmandu-bhandari-xi", M, OCC, "2019-10-12", "Kathmandu", [XI, BHANDARI], [],
           "In Kathmandu he was received at the airport by President Bidya Devi Bhandari"),
        ev("2019-10-13-kathmandu-oli-xi", M, PLN, "2019-10-13", "Kathmandu", [XI, OLI], [],
           "is due to hold talks with Prime Minister K.P. Sharma Oli on Sunday"),
        ev("2019-10-09-beijing-khan-xi", M, OCC, "2019-10-09", "Beijing", [XI, IMRAN], [],
           "Xi had received Pakistan's Prime Minister Imran Khan in Beijing on Wednesday"),
        ev("2018-04-27-wuhan-modi-xi", M, OCC, "2018", "Wuhan", [MODI, XI], [],
           "The first informal summit was held in Wuhan last year"),
    ], ["'The two leaders had met twice in June, on the sidelines of other summits' (counted)",
        "'Foreign Secretary Vijay Gokhale told reporters that Kashmir was neither raised nor discussed' (briefing)",
        "'Modi accepted an invitation to China for a third informal summit, but ... dates and venue would be "
        "worked out' (no concrete occasion)",
        "'watched a cultural performance at the Shore Temple' (inside the same evening, listed once)",
        "ALSO READ / TRENDING NOW incl. 'The Wuhan spirit, one year on' (furniture)"]),

    # Live blog, Wednesday 25 Sep 2019, Eastern Time (manifest 2019-09-25).
    # 3:10 p.m.: "Trump and ... Zelenskyy met for about 45 minutes at the InterContinental Barclay hotel in
    #   Midtown" -> New York (U.N. week, Midtown).
    # 6:42 p.m.: "last scheduled meeting of the day is with ... Nayib Bukele, set for 7 p.m." -> planned, 25 Sep.
    # 1:05 p.m.: Abe signing "this morning" -> 25 Sep. 9:30 a.m.: "a string of bilateral meetings since Monday" is a trap.
    # Calls: "memorandum of Trump's July 25 phone call", "first spoke on April 21, when Trump called".
    # "met Vice President Mike Pence in Warsaw on Sept. 1"; "met ... Yermak in Madrid in early August" -> 2019-08
    #   (key 2 Aug); "a phone call in late July on which Kurt Volker ... also joined them" -> call, 2019-07
    #   (key 22 Jul), participants Giuliani, Yermak, Volker.
    ("009_us_ua_trump_zelenskyy_un_liveblog", "2019-09-25", False, [
        ev("2019-09-25-new-york-trump-zelenskyy", M, OCC, "2019-09-25", "New York", [TRUMP, ZELENSKYY], [],
           "Trump and Ukrainian President Volodymyr Zelenskyy met for about 45 minutes at the InterContinental"),
        ev("2019-09-25-new-york-bukele-trump", M, PLN, "2019-09-25", "New York", [TRUMP, BUKELE], [],
           "Trump's last scheduled meeting of the day is with El Salvador's President Nayib Bukele"),
        ev("2019-09-25-new-york-abe-trump", M, OCC, "2019-09-25", "New York", [TRUMP, ABE], [],
           "Trump and Japanese Prime Minister Shinzo Abe signed a limited trade agreement"),
        ev("2019-07-25-trump-zelenskyy-call", C, OCC, "2019-07-25", None, [TRUMP, ZELENSKYY], [],
           "a five-page memorandum of Trump's July 25 phone call with Zelenskyy"),
        ev("2019-04-21-trump-zelenskyy-call", C, OCC, "2019-04-21", None, [TRUMP, ZELENSKYY], [],
           "The two men first spoke on April 21, when Trump called to congratulate Zelenskyy"),
        ev("2019-09-01-warsaw-pence-zelenskyy", M, OCC, "2019-09-01", "Warsaw", [ZELENSKYY, PENCE], [],
           "Zelenskyy met Vice President Mike Pence in Warsaw on Sept. 1"),
        ev("2019-08-02-madrid-giuliani-yermak", M, OCC, "2019-08", "Madrid", [GIULIANI, YERMAK], [],
           "Giuliani has said he met Zelenskyy's aide Andriy Yermak in Madrid in early August"),
        ev("2019-07-22-giuliani-volker-yermak-call", C, OCC, "2019-07", None, [GIULIANI, YERMAK, VOLKER], [],
           "that meeting followed a phone call in late July on which Kurt Volker"),
    ], ["'a string of bilateral meetings since Monday, several of them about trade' (counted, no single occasion)",
        "'Zelenskyy again invited Trump to visit Kyiv; Trump said he would like to but named no date' (invitation)",
        "'asks the new president to ... speak with Rudy Giuliani and Attorney General William Barr' (request)",
        "'No White House visit for Zelenskyy has been scheduled' (negation)",
        "'Pelosi announced a formal impeachment inquiry on Tuesday' (domestic announcement)",
        "RELATED / MOST READ incl. 'Read the memo' (furniture)"]),

    # Podcast transcript released Wednesday 17 Nov 2021 (manifest 2021-11-17).
    # "held their virtual summit, about three and a half hours on video, Monday evening Washington time" -> video
    #   call, 15 Nov 2021 (Washington date); named on the two sides: Blinken, Yellen, Sullivan / Yang, Wang.
    # "The first call was on February 10" / "The second, on September 9" -> calls.
    # "Anchorage in March, where Blinken and Sullivan sat down with Yang and Wang" -> 2021-03 (key 18 Mar).
    # "Zurich on October 6" -> 6 Oct; "saw Wang in Rome on Oct. 31" -> 31 Oct.
    # "Katherine Tai had her first virtual meeting with Vice Premier Liu He in May" -> an online meeting is a call,
    #   2021-05 (key 26 May); "held a second video call with him in early October" -> call, 2021-10 (key 8 Oct).
    # "Blinken and Wang spoke by phone on Friday" -> 12 Nov 2021.
    ("010_us_cn_biden_xi_virtual_summit_podcast_transcript", "2021-11-17", False, [
        ev("2021-11-15-biden-blinken-sullivan-wang-xi-yang-yellen-call", C, OCC, "2021-11-15", None,
           [BIDEN, XI, BLINKEN, YELLEN, SULLIVAN, YANG, WANG_YI], [],
           "President Biden and President Xi held their virtual summit, about three and a half hours"),
        ev("2021-02-10-biden-xi-call", C, OCC, "2021-02-10", None, [BIDEN, XI], [],
           "The first call was on February 10, the eve of the Lunar New Year"),
        ev("2021-09-09-biden-xi-call", C, OCC, "2021-09-09", None, [BIDEN, XI], [],
           "The second, on September 9, was the one where the idea of a meeting"),
        ev("2021-03-18-anchorage-blinken-sullivan-wang-yang", M, OCC, "2021-03", "Anchorage",
           [BLINKEN, SULLIVAN, YANG, WANG_YI], [],
           "Anchorage in March, where Blinken and Sullivan sat down with Yang and Wang"),
        ev("2021-10-06-zurich-sullivan-yang", M, OCC, "2021-10-06", "Zurich", [SULLIVAN, YANG], [],
           "Then Zurich on October 6, where Sullivan and Yang spent six hours together"),
        ev("2021-10-31-rome-blinken-wang", M, OCC, "2021-10-31", "Rome", [BLINKEN, WANG_YI], [],
           "Blinken also saw Wang in Rome on Oct. 31, on the sidelines of the G20"),
        ev("2021-05-26-liu-tai-call", C, OCC, "2021-05", None, [TAI, LIU_HE], [],
           "Katherine Tai had her first virtual meeting with Vice Premier Liu He in May"),
        ev("2021-10-08-liu-tai-call", C, OCC, "2021-10", None, [TAI, LIU_HE], [],
           "held a second video call with him in early October"),
        ev("2021-11-12-blinken-wang-call", C, OCC, "2021-11-12", None, [BLINKEN, WANG_YI], [],
           "Blinken and Wang spoke by phone on Friday, mostly about Taiwan and the agenda"),
    ], ["'They have spoken twice by phone this year' (count; the two dated calls are listed)",
        "'Xi didn't go to Rome or Glasgow' / 'He hasn't left China since January 2020' (negation)",
        "'the two men have spent more time together than any two leaders ... from their vice-presidential days' "
        "(counted, vague)",
        "'Both sides said they would like to. Nothing is scheduled.' (vague intention)",
        "RELATED EPISODES (furniture)"]),

    # Broadcaster, posted Tue 14 Mar 2023 AEDT (manifest 2023-03-14).
    # "The three leaders met at the base on Monday afternoon, local time" -> 13 Mar 2023 (San Diego date),
    #   San Diego (headline and byline). Bilateral Albanese-Biden "before the trilateral session" -> same day,
    #   separate event.
    # "will be in Sydney for the Quad leaders' summit on May 24" -> planned, 24 May 2023; group Quad.
    # "meet his Fijian counterpart, Sitiveni Rabuka, in Nadi on Wednesday" -> planned, 15 Mar 2023.
    # "spoke to Mr Rabuka ... by phone last week" -> call, 2023-03 (week of 6-12 Mar; key month only).
    # "held talks with Mr Modi in New Delhi last Friday" -> previous week's Friday, 10 Mar 2023.
    ("011_au_us_uk_aukus_san_diego_broadcaster", "2023-03-14", False, [
        ev("2023-03-13-san-diego-albanese-biden-sunak", M, OCC, "2023-03-13", "San Diego", [ALBANESE, BIDEN, SUNAK],
           [], "The three leaders met at the base on Monday afternoon, local time"),
        ev("2023-03-13-san-diego-albanese-biden", M, OCC, "2023-03-13", "San Diego", [ALBANESE, BIDEN], [],
           "Mr Albanese held a bilateral meeting with the President"),
        ev("2023-05-24-sydney-albanese-biden-kishida-modi", M, PLN, "2023-05-24", "Sydney",
           [BIDEN, ALBANESE, MODI, KISHIDA], ["Quad"],
           "The President will be in Sydney for the Quad leaders' summit on May 24"),
        ev("2023-03-15-nadi-albanese-rabuka", M, PLN, "2023-03-15", "Nadi", [ALBANESE, RABUKA], [],
           "meet his Fijian counterpart, Sitiveni Rabuka, in Nadi on Wednesday"),
        ev("2023-03-albanese-rabuka-call", C, OCC, "2023-03", None, [ALBANESE, RABUKA], [],
           "He spoke to Mr Rabuka about the submarine plan by phone last week"),
        ev("2023-03-10-new-delhi-albanese-modi", M, OCC, "2023-03-10", "New Delhi", [ALBANESE, MODI], [],
           "where he held talks with Mr Modi in New Delhi last Friday"),
    ], ["'one of dozens of calls he and his ministers made to regional leaders' (counted)",
        "'Opposition Leader Peter Dutton was briefed by phone on Sunday' (domestic)",
        "'Paul Keating is due to address the National Press Club' (speech)",
        "'open to it but nothing had been arranged' re Xi Jinping (no occasion)",
        "Beijing's foreign ministry statement (statement)",
        "RELATED STORIES / MOST READ (furniture)"]),

    # Repost of the Brazilian presidency's readout; manifest null. The page prints "28/03/2024 - 19:10"
    #   (a Thursday), so "this Thursday" = 28 Mar 2024.
    # Planalto bilateral -> 28 Mar, Brasilia. "began on Tuesday in Belem ... met the Kayapo leader Raoni
    #   Metuktire" -> 26 Mar, Belem (Combu Island is part of Belem). "On Wednesday ... launch of the submarine
    #   Tonelero at the Itaguai naval complex" -> 27 Mar, Itaguai.
    # Congress: "received by ... Arthur Lira, and ... Rodrigo Pacheco" -> separate encounter, 28 Mar, Brasilia.
    # "last met in Paris in June of last year" -> 2023-06 (key 23 Jun 2023).
    # "prepared the present visit in a telephone conversation in February" -> call, 2024-02 (key month only).
    # "will return to Brazil in November for the G20 leaders' summit in Rio de Janeiro" -> planned, 2024-11.
    ("012_br_fr_lula_macron_planalto_readout_repost", "2024-03-28", True, [
        ev("2024-03-28-brasilia-lula-macron", M, OCC, "2024-03-28", "Brasilia", [LULA, MACRON], [],
           "the President of the French Republic, Emmanuel Macron, at the Palácio do Planalto this Thursday"),
        ev("2024-03-26-belem-lula-macron-raoni", M, OCC, "2024-03-26", "Belem", [LULA, MACRON, RAONI], [],
           "The visit began on Tuesday in Belém, where President Lula welcomed his counterpart"),
        ev("2024-03-27-itaguai-lula-macron", M, OCC, "2024-03-27", "Itaguai", [LULA, MACRON], [],
           "On Wednesday the two presidents attended the launch of the submarine Tonelero"),
        ev("2024-03-28-brasilia-lira-macron-pacheco", M, OCC, "2024-03-28", "Brasilia", [MACRON, LIRA, PACHECO], [],
           "where he was received by the President of the Chamber of Deputies, Arthur Lira"),
        ev("2023-06-23-paris-lula-macron", M, OCC, "2023-06", "Paris", [LULA, MACRON], [],
           "The two leaders last met in Paris in June of last year"),
        ev("2024-02-lula-macron-call", C, OCC, "2024-02", None, [LULA, MACRON], [],
           "they prepared the present visit in a telephone conversation in February"),
        ev("2024-11-18-rio-de-janeiro-g20", M, PLN, "2024-11", "Rio de Janeiro", [MACRON], ["G20"],
           "President Macron confirmed that he will return to Brazil in November for the G20"),
    ], ["'Asked about a possible meeting with former president Jair Bolsonaro, the French delegation said none had "
        "been requested' (negation)",
        "'Macron then travelled to Sao Paulo for the Brazil-France Economic Forum' (no encounter named)",
        "'After a working lunch at the Itamaraty Palace' (inside the Brasilia talks, listed once)",
        "'both presidents acknowledged their differences' on Mercosur-EU (statement)",
        "Read also / Most read (furniture)"]),

    # Monday wire "BEIJING, July 8" without a year in the dateline; the manifest gives 2024-07-08.
    # Orban-Xi at Diaoyutai "on Monday" -> 8 Jul 2024; greeted on arrival by Hua Chunying -> separate encounter.
    # "talks with ... Putin in Moscow on Friday" -> 5 Jul; "visit to Kyiv on July 2, where he met ... Zelenskiy"
    #   (Zelenskiy -> Zelenskyy); "since October, when the two men met in Beijing on the sidelines of the Belt
    #   and Road Forum" -> 2023-10 (key 17 Oct 2023).
    # "On Saturday ... in Shusha for an informal summit of the Organization of Turkic States, hosted by ... Aliyev
    #   and attended by ... Erdogan" -> 6 Jul.
    # "Xi paid a state visit to Budapest in May, when he and Orban upgraded relations" -> 2024-05 (key 9 May).
    # "will fly on to Washington for the NATO summit, which runs from Tuesday to Thursday" -> planned, 9-11 Jul.
    ("013_hu_cn_orban_xi_beijing_wire", "2024-07-08", False, [
        ev("2024-07-08-beijing-orban-xi", M, OCC, "2024-07-08", "Beijing", [ORBAN, XI], [],
           "Viktor Orban held talks with Chinese President Xi Jinping at the Diaoyutai State Guesthouse"),
        ev("2024-07-08-beijing-hua-orban", M, OCC, "2024-07-08", "Beijing", [ORBAN, HUA], [],
           "was greeted on arrival by Vice Foreign Minister Hua Chunying"),
        ev("2024-07-05-moscow-orban-putin", M, OCC, "2024-07-05", "Moscow", [ORBAN, PUTIN], [],
           "Orban's talks with Russian President Vladimir Putin in Moscow on Friday"),
        ev("2024-07-02-kyiv-orban-zelenskyy", M, OCC, "2024-07-02", "Kyiv", [ORBAN, ZELENSKYY], [],
           "an unannounced visit to Kyiv on July 2, where he met Ukrainian President Volodymyr Zelenskiy"),
        ev("2023-10-17-beijing-orban-putin", M, OCC, "2023-10", "Beijing", [ORBAN, PUTIN], [],
           "the two men met in Beijing on the sidelines of the Belt and Road Forum"),
        ev("2024-07-06-shusha-aliyev-erdogan-orban", M, OCC, "2024-07-06", "Shusha", [ORBAN, ALIYEV, ERDOGAN],
           ["Organization of Turkic States"],
           "was in Shusha for an informal summit of the Organization of Turkic States"),
        ev("2024-05-09-budapest-orban-xi", M, OCC, "2024-05", "Budapest", [XI, ORBAN], [],
           "Xi paid a state visit to Budapest in May, when he and Orban upgraded relations"),
        ev("2024-07-09-washington-nato-summit", M, PLN, "2024-07-09", "Washington", [ORBAN], ["NATO"],
           "will fly on to Washington for the NATO summit, which runs from Tuesday to Thursday",
           date_end="2024-07-11"),
    ], ["'would not say whether the prime minister planned to see Donald Trump in the United States' (hedge)",
        "'Charles Michel said on social media that Orban had no mandate' (post)",
        "'Zelenskiy's office said the Kyiv visit had not been coordinated' / Kremlin statement (statements)",
        "'took over the bloc's rotating presidency on July 1' (no encounter)",
        "RELATED COVERAGE incl. 'EU envoys to discuss Orban's Moscow trip on Wednesday' / MOST READ (furniture)"]),

    # Broadcaster, posted Sat 30 Nov 2024 (manifest 2024-11-30).
    # "The dinner on Friday lasted about three hours" -> 29 Nov 2024, Mar-a-Lago -> Palm Beach; named on both
    #   sides: Trudeau, LeBlanc, Telford / Trump, Lutnick, Burgum, Waltz.
    # Caption "meet at Winfield House in London on Dec. 3, 2019" -> dated caption event.
    # "threat on Monday ... spoke by phone for about ten minutes that evening" -> call, 25 Nov.
    # "On Wednesday ... the same day Trump spoke by phone with ... Sheinbaum" -> call, 27 Nov.
    # "Sheinbaum first spoke to Trump by phone on Nov. 7, two days after the election" -> call, 7 Nov;
    #   "Trudeau had called him the day after the vote" -> election 5 Nov, so call 6 Nov 2024.
    # "he attended the G20 summit in Rio de Janeiro earlier this month" -> occurred gathering, 2024-11; the same
    #   event that 012 reports as planned (same key, different status per article).
    # "hosts the leaders' summit in Kananaskis, Alta., in June, which Trump is expected to attend" -> planned,
    #   2025-06 (key 15 Jun 2025); group G7.
    ("014_ca_us_trudeau_trump_mar_a_lago_broadcaster", "2024-11-30", False, [
        ev("2024-11-29-palm-beach-burgum-leblanc-lutnick-telford-trudeau-trump-waltz", M, OCC, "2024-11-29",
           "Palm Beach", [TRUDEAU, TRUMP, LEBLANC, TELFORD, LUTNICK, BURGUM, WALTZ], [],
           "The dinner on Friday lasted about three hours, according to a senior government source"),
        ev("2019-12-03-london-trudeau-trump", M, OCC, "2019-12-03", "London", [TRUMP, TRUDEAU], [],
           "Justin Trudeau meet at Winfield House in London on Dec. 3, 2019"),
        ev("2024-11-25-trudeau-trump-call", C, OCC, "2024-11-25", None, [TRUDEAU, TRUMP], [],
           "The two leaders spoke by phone for about ten minutes that evening"),
        ev("2024-11-27-sheinbaum-trump-call", C, OCC, "2024-11-27", None, [TRUMP, SHEINBAUM], [],
           "the same day Trump spoke by phone with Mexican President Claudia Sheinbaum"),
        ev("2024-11-07-sheinbaum-trump-call", C, OCC, "2024-11-07", None, [SHEINBAUM, TRUMP], [],
           "Sheinbaum first spoke to Trump by phone on Nov. 7, two days after the election"),
        ev("2024-11-06-trudeau-trump-call", C, OCC, "2024-11-06", None, [TRUDEAU, TRUMP], [],
           "Trudeau had called him the day after the vote to congratulate him"),
        ev("2024-11-18-rio-de-janeiro-g20", M, OCC, "2024-11", "Rio de Janeiro", [TRUDEAU], ["G20"],
           "he attended the G20 summit in Rio de Janeiro earlier this month"),
        ev("2025-06-15-kananaskis-g7-summit", M, PLN, "2025-06", "Kananaskis", [TRUMP], ["G7"],
           "hosts the leaders' summit in Kananaskis, Alta., in June, which Trump is expected to attend"),
    ], ["'On Wednesday Trudeau held a virtual meeting with the premiers' (domestic)",
        "'Trump wrote on social media' (post); Trudeau's 'an excellent conversation' remark (statement)",
        "'Doug Ford ... said he was \"glad the prime minister picked up the phone\"' (figure of speech, statement)",
        "'Asked whether he planned to go back to Florida ... there were no plans' (negation)",
        "'Trudeau is the first G7 leader to meet Trump since the election' (same dinner, listed once)",
        "RELATED / MOST POPULAR (furniture)"]),
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
