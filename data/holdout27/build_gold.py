#!/usr/bin/env python3
"""Generate gold.jsonl and manifest.jsonl for the holdout27 BLIND held-out corpus.

Run:  python3 data/holdout27/build_gold.py   then   python3 data/eval/validate.py data/holdout27

BLIND: the engineer working on `dossier` must not read this file, the pages or the gold. Only run the
validator and the scorer on the folder and look at the totals they print.

Each article lists its true publication date, whether the manifest hides it, its gold events, and
(for documentation only) the traps it contains that must NOT be extracted. The pages cover real,
mostly less-famous occasions from 1965 to 2019 in every region (Latin America, Oceania, the
Caribbean, East Asia, North Africa, the Middle East, East and West Africa, South Asia, North
America, Central Asia, Europe, Southeast Asia) with a mix of event types: occurred in-person
meetings, planned meetings, phone calls (one of them planned), and gatherings or delegation-only
talks with groups. Three pages have no date in the manifest: 001 (a terse stamp "Sat. 7.8.71"),
007 ("23 . II . 1987", Roman-numeral month) and 010 (Kazakh-language date line "27 сәуір 1994",
with the document date "26 April 1994" in the body).

Date resolution is explained in a comment above each article.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

M, C = "meeting", "call"
OCC, PLN = "occurred", "planned"

# canonical names
GARCIA_ROBLES, CARRILLO, THANT, DIAZ_ORDAZ = (
    "Alfonso Garcia Robles", "Antonio Carrillo Flores", "U Thant", "Gustavo Diaz Ordaz")
HOLYOAKE, MARA, DEROBURT, HENRY, TAMASESE, TUIPELEHAKE, MCMAHON, TUPOU_IV = (
    "Keith Holyoake", "Kamisese Mara", "Hammer DeRoburt", "Albert Henry", "Tupua Tamasese Lealofi IV",
    "Fatafehi Tu'ipelehake", "William McMahon", "Taufa'ahau Tupou IV")
SIMMONDS, CHARLES, BISHOP, CENAC, L_BIRD, TANNIS, ADAMS, CHAMBERS = (
    "Kennedy Simmonds", "Eugenia Charles", "Maurice Bishop", "Winston Cenac", "Lester Bird",
    "Hudson Tannis", "Tom Adams", "George Chambers")
NAKASONE, CHUN, KIM_SH, ABE_S, LEE_BS, SHULTZ, REAGAN = (
    "Yasuhiro Nakasone", "Chun Doo-hwan", "Kim Sang-hyup", "Shintaro Abe", "Lee Bum-suk",
    "George Shultz", "Ronald Reagan")
HASSAN_II, GADDAFI, MITTERRAND = ("Hassan II", "Muammar Gaddafi", "Francois Mitterrand")
HUSSEIN, ARAFAT, OBEIDAT, MUBARAK, SADDAM = (
    "Hussein bin Talal", "Yasser Arafat", "Ahmad Obeidat", "Hosni Mubarak", "Saddam Hussein")
OKELLO, MUSEVENI, MOI, SSEMOGERERE, KATEGAYA, KIPLAGAT, MWINYI = (
    "Tito Okello", "Yoweri Museveni", "Daniel arap Moi", "Paul Ssemogerere", "Eriya Kategaya",
    "Bethuel Kiplagat", "Ali Hassan Mwinyi")
ZIA, RAJIV, ZAIL, JOSHI = ("Muhammad Zia-ul-Haq", "Rajiv Gandhi", "Zail Singh", "Harideo Joshi")
SALINAS, JUAN_CARLOS, CASTRO, GONZALEZ, SOARES, COLLOR, MENEM, BUSH41, CAP, GAVIRIA = (
    "Carlos Salinas de Gortari", "Juan Carlos I", "Fidel Castro", "Felipe Gonzalez", "Mario Soares",
    "Fernando Collor de Mello", "Carlos Menem", "George H. W. Bush", "Carlos Andres Perez",
    "Cesar Gaviria")
MULRONEY, HILLS, SERRA, WILSON_M = ("Brian Mulroney", "Carla Hills", "Jaime Serra Puche", "Michael Wilson")
LI_PENG, NAZARBAYEV, TERESHCHENKO, AKAYEV, JIANG, OCHIRBAT = (
    "Li Peng", "Nursultan Nazarbayev", "Sergey Tereshchenko", "Askar Akayev", "Jiang Zemin",
    "Punsalmaagiin Ochirbat")
HORN, VACAROIU, KOVACS, MELESCANU, ILIESCU, MECIAR = (
    "Gyula Horn", "Nicolae Vacaroiu", "Laszlo Kovacs", "Teodor Melescanu", "Ion Iliescu", "Vladimir Meciar")
GUTERRES, GRIFFITHS, AL_YAMANI, ABDULSALAM, LOFVEN, WALLSTROM, HADI, AL_JUBEIR, AL_HOUTHI = (
    "Antonio Guterres", "Martin Griffiths", "Khaled al-Yamani", "Mohammed Abdulsalam", "Stefan Lofven",
    "Margot Wallstrom", "Abdrabbuh Mansur Hadi", "Adel al-Jubeir", "Abdul-Malik al-Houthi")
BARROW, SALL, TANGARA, KABA = ("Adama Barrow", "Macky Sall", "Mamadou Tangara", "Sidiki Kaba")
DEL_ROSARIO, NATALEGAWA, AQUINO, SBY, DUNG, NAJIB = (
    "Albert del Rosario", "Marty Natalegawa", "Benigno Aquino III", "Susilo Bambang Yudhoyono",
    "Nguyen Tan Dung", "Najib Razak")


def ev(key, kind, status, date, location, participants, groups, evidence, date_end=None):
    e = {"key": key, "kind": kind, "status": status, "date": date}
    if date_end:
        e["date_end"] = date_end
    e.update({"location": location, "participants": participants, "groups": groups, "evidence": evidence})
    return e


# (id, true publication date, hide date in manifest?, events, traps)
ARTICLES = [
    # 000: wire, page "Wednesday, February 15, 1967", dispatch "MEXICO CITY, Feb. 14". "tonight" is the
    # dispatch day, Tuesday 14 Feb; "on Sunday" 12 Feb; "on Thursday" 16 Feb (still ahead). The
    # commission's first session "in March 1965" is month-only.
    ("000", "1967-02-15", False, [
        ev("1967-02-14-mexico-city-carrillo-flores-garcia-robles", M, OCC, "1967-02-14", "Mexico City",
           [GARCIA_ROBLES, CARRILLO], ["COPREDAL"],
           "Delegates of fourteen Latin American republics put their signatures tonight to a treaty"),
        ev("1967-02-12-garcia-robles-thant-call", C, OCC, "1967-02-12", None, [GARCIA_ROBLES, THANT], [],
           "he had spoken by telephone on Sunday with U Thant"),
        ev("1967-02-16-mexico-city-diaz-ordaz", M, PLN, "1967-02-16", "Mexico City", [DIAZ_ORDAZ], ["COPREDAL"],
           "will receive the heads of delegation at Los Pinos on Thursday"),
        ev("1965-03-mexico-city-copredal", M, OCC, "1965-03", "Mexico City", [], ["COPREDAL"],
           "The commission first met here in March 1965, with nineteen delegations at the table."),
    ], ["'Brazil and Argentina did not sign tonight ... would sign \"when the moment is right\"' (no occasion)",
        "'The envoy hopes to hand the treaty to Mr. Thant in person at some point, but no trip has been arranged' (vague)",
        "'President Gustavo Diaz Ordaz, who telephoned the envoy after the ceremony' (internal to one government)",
        "'It has met in three further sessions since then' (counted)",
        "'how often the drafting group gathered in private' (vague)",
        "'five presidents ... issued a joint declaration ... by an exchange of letters and never met' (negation)",
        "'A conference with the nuclear powers could follow if ...' (hypothetical); 'no invitation has been sent'",
        "'told reporters' (press remarks)",
        "RELATED / Most read: 'OAS ministers meet in Buenos Aires', 'Venezuelan president meets oil workers' (furniture)"]),

    # 001: newsletter, manifest null; page stamp "issued Wgtn, Sat. 7.8.71" (day first, two-digit year:
    # Saturday 7 August 1971). "ended three days ... this afternoon" and "opened on Thursday": 5-7 Aug.
    # "On Friday morning" / "on Friday evening" 6 Aug; "on Tuesday" (ahead) 10 Aug; "early next year"
    # gives the year only. Lae 1965: year only. Australia's minister is unnamed, so Australia is a group.
    ("001", "1971-08-07", True, [
        ev("1971-08-05-wellington-south-pacific-forum", M, OCC, "1971-08-05", "Wellington",
           [HOLYOAKE, MARA, DEROBURT, HENRY, TAMASESE, TUIPELEHAKE], ["South Pacific Forum", "Australia"],
           "Leaders of five island states ended three days of private talks in Parliament Buildings",
           date_end="1971-08-07"),
        ev("1965-lae-south-pacific-conference", M, OCC, "1965", "Lae", [MARA], ["South Pacific Conference"],
           "the South Pacific Conference at Lae in 1965, when Ratu Mara led the island delegates"),
        ev("1971-08-06-wellington-deroburt-mara", M, OCC, "1971-08-06", "Wellington", [MARA, DEROBURT], [],
           "On Friday morning Ratu Mara and Mr DeRoburt breakfasted together at the Fiji leader's hotel"),
        ev("1971-08-06-holyoake-mcmahon-call", C, OCC, "1971-08-06", None, [HOLYOAKE, MCMAHON], [],
           "Sir Keith telephoned the Australian Prime Minister, Mr McMahon, on Friday evening"),
        ev("1972-02-23-canberra-south-pacific-forum", M, PLN, "1972", "Canberra", [], ["South Pacific Forum"],
           "The Forum will meet again in Canberra early next year."),
        ev("1971-08-10-nukualofa-mara-tupou-iv", M, PLN, "1971-08-10", "Nuku'alofa", [MARA, TUPOU_IV], [],
           "Ratu Mara stops in Nuku'alofa on Tuesday for talks with King Taufa'ahau Tupou IV"),
    ], ["'A statement issued at the close \"deeply regretted\" the tests' (statement)",
        "'France was not asked to attend' (negation)",
        "'Papua New Guinea could be invited once it has its own government' (hypothetical)",
        "'Nor was there agreement on a permanent secretariat' (no meeting)",
        "'The New Zealand Cabinet will consider the Forum's statement on Monday' (internal to one government)",
        "'Mr Henry leaves for Rarotonga tomorrow by way of Auckland' (travel without an encounter)",
        "'They have argued for one since ...' (habitual)",
        "Read more: 'Tonga's King meets shipping owners in Suva' (furniture)"]),

    # 002: weekly, "Saturday 20th June, 1981". "on Thursday afternoon" 18 Jun; "on Wednesday morning" and
    # "on Wednesday evening" 17 Jun; "yesterday" 19 Jun; "on Monday" (ahead) 22 Jun.
    ("002", "1981-06-20", False, [
        ev("1981-06-18-basseterre-oecs", M, OCC, "1981-06-18", "Basseterre",
           [SIMMONDS, CHARLES, BISHOP, CENAC, L_BIRD, TANNIS], ["Organisation of Eastern Caribbean States", "Montserrat"],
           "watch the heads of seven Eastern Caribbean governments sign the Treaty of Basseterre"),
        ev("1981-06-17-basseterre-wisa-council", M, OCC, "1981-06-17", "Basseterre", [],
           ["West Indies Associated States Council of Ministers"],
           "West Indies Associated States Council of Ministers held its final session here on Wednesday morning"),
        ev("1981-06-17-basseterre-bishop-charles", M, OCC, "1981-06-17", "Basseterre", [CHARLES, BISHOP], [],
           "on Wednesday evening the two sat down together for half an hour"),
        ev("1981-06-19-adams-cenac-call", C, OCC, "1981-06-19", None, [CENAC, ADAMS], [],
           "Mr Cenac telephoned Barbados Prime Minister Tom Adams yesterday to brief him"),
        ev("1981-06-22-port-of-spain-bishop-chambers", M, PLN, "1981-06-22", "Port of Spain", [BISHOP, CHAMBERS], [],
           "expected in Port of Spain on Monday for talks with Trinidad's Prime Minister George Chambers"),
    ], ["'Prime Minister Milton Cato, who did not travel' and Vere Bird (unnamed, unwell) (absent)",
        "'Miss Charles said in March that she would \"not sit down with\" Mr Bishop' (refusal)",
        "'The OECS Authority ... will hold its first meeting \"as soon as the ratifications are in\"' (no concrete occasion)",
        "'In his speech Dr Simmonds said the islands might one day share a single parliament' (speech, hypothetical)",
        "'Mr Bishop told a press conference' (press conference)",
        "'The leaders have met many times in the WISA years' (counted)",
        "'Belize was invited to send an observer, but none came' (negation)",
        "Most popular / Related stories: 'Nevis council meets over ferry schedule', 'Adams and Bishop clash at Caricom meeting' (furniture)"]),

    # 003: Seoul daily, "Thursday, January 13, 1983". "on Tuesday" 11 Jan; "yesterday morning" 12 Jan, so
    # the two rounds span 11-12 Jan; "on Tuesday night" 11 Jan; "next week" (17-23 Jan) gives 1983-01.
    ("003", "1983-01-13", False, [
        ev("1983-01-11-seoul-chun-nakasone", M, OCC, "1983-01-11", "Seoul", [NAKASONE, CHUN], [],
           "closing two rounds of talks with President Chun Doo-hwan at Chong Wa Dae", date_end="1983-01-12"),
        ev("1983-01-11-seoul-kim-nakasone", M, OCC, "1983-01-11", "Seoul", [NAKASONE, KIM_SH], [],
           "was met at Kimpo airport on Tuesday by Prime Minister Kim Sang-hyup"),
        ev("1983-01-11-seoul-abe-lee", M, OCC, "1983-01-11", "Seoul", [ABE_S, LEE_BS], [],
           "The foreign ministers, Shintaro Abe and Lee Bum-suk, held separate talks on Tuesday afternoon"),
        ev("1983-01-11-abe-shultz-call", C, OCC, "1983-01-11", None, [ABE_S, SHULTZ], [],
           "Mr. Abe spoke by telephone on Tuesday night with U.S. Secretary of State George Shultz"),
        ev("1983-01-18-washington-nakasone-reagan", M, PLN, "1983-01", "Washington", [NAKASONE, REAGAN], [],
           "leaves for Washington next week, where he is to meet President Reagan"),
    ], ["'At the state dinner that night he surprised guests by giving part of his toast in Korean' (speech; dinner inside the visit)",
        "'Zenko Suzuki, had planned to come last year, but the trip was shelved ... he never met President Chun' (cancelled, negation)",
        "'No meeting with opposition politicians was on the programme' (negation)",
        "'ministers ... could hold a joint conference later in the year, but no date or venue' (hypothetical)",
        "'Chun accepted an invitation to visit Japan \"at a mutually convenient time\"' (vague)",
        "'\"It would be possible if preparations go well\"' (hypothetical)",
        "'spoke to the Japanese community at a hotel reception and gave a short press conference' (speech, press)",
        "'A joint statement spoke of \"a new chapter\"' (statement)",
        "MOST READ: 'Chun meets ruling party leaders over spring budget' (furniture, internal)"]),

    # 004: machine-translated Moroccan page "Mardi 14 août 1984". "yesterday" 13 Aug; "on Sunday night"
    # 12 Aug; "In the evening" of the signing day, 13 Aug; "at the end of June of last year" 1983-06;
    # "in September" (ahead) 1984-09.
    ("004", "1984-08-14", False, [
        ev("1984-08-13-oujda-gaddafi-hassan-ii", M, OCC, "1984-08-13", "Oujda", [HASSAN_II, GADDAFI], [],
           "after a tête-à-tête of more than two hours at the royal residence"),
        ev("1984-08-12-oujda-libya-morocco", M, OCC, "1984-08-12", "Oujda", [], ["Morocco", "Libya"],
           "The texts were finalised here on Sunday night by the two delegations"),
        ev("1983-06-30-oujda-gaddafi-hassan-ii", M, OCC, "1983-06", "Oujda", [HASSAN_II, GADDAFI], [],
           "they had already met there at the end of June of last year"),
        ev("1984-08-13-hassan-ii-mitterrand-call", C, OCC, "1984-08-13", None, [HASSAN_II, MITTERRAND], [],
           "the Sovereign had a telephone conversation with President François Mitterrand"),
        ev("1984-09-tripoli-libya-morocco", M, PLN, "1984-09", "Tripoli", [], ["Morocco", "Libya"],
           "A mixed commission must hold its first session in Tripoli in September."),
    ], ["'Colonel Kadhafi invited the King ... \"at the opportune moment\"' (vague)",
        "'In Algiers, officials refused all comment' (no meeting)",
        "'the State Department expressed its \"concern\" in a communiqué' (statement)",
        "'The government council will meet on Thursday in Rabat' (internal to one government)",
        "'the two leaders could meet again in Tripoli if the referendum is favourable' (hypothetical)",
        "'The King did not hold a press conference' (negation, press)",
        "'Colonel Kadhafi left Oujda at the end of the afternoon for Tripoli' (travel)",
        "'referendum on 31 August' (not a meeting)",
        "Read also: 'Algeria: Chadli receives the Tunisian Prime Minister' (furniture)"]),

    # 005: wire, page "Tuesday, February 12, 1985", dateline "AMMAN, Feb 11". "tonight" and "late tonight"
    # 11 Feb; "through Sunday" 10 Feb; "in November" 1984-11; "on Thursday" (ahead) 14 Feb; "in May" 1985-05.
    ("005", "1985-02-12", False, [
        ev("1985-02-11-amman-arafat-hussein", M, OCC, "1985-02-11", "Amman", [HUSSEIN, ARAFAT], [],
           "after talks at the Hashemiya Palace that went on for most of the day"),
        ev("1985-02-11-amman-arafat-obeidat", M, OCC, "1985-02-11", "Amman", [OBEIDAT, ARAFAT], [],
           "Prime Minister Ahmad Obeidat called on Mr Arafat at his guest residence in the morning"),
        ev("1985-02-10-amman-jordan-plo", M, OCC, "1985-02-10", "Amman", [],
           ["Jordan", "Palestine Liberation Organization"],
           "A Jordanian committee and a PLO team had worked on the wording here through Sunday"),
        ev("1984-11-22-amman-palestine-national-council", M, OCC, "1984-11", "Amman", [HUSSEIN, ARAFAT],
           ["Palestine National Council"],
           "since Arafat addressed the Palestine National Council, which the King opened here in November"),
        ev("1985-02-11-hussein-mubarak-call", C, OCC, "1985-02-11", None, [HUSSEIN, MUBARAK], [],
           "The King telephoned Egyptian President Hosni Mubarak late tonight"),
        ev("1985-02-14-baghdad-arafat-saddam-hussein", M, PLN, "1985-02-14", "Baghdad", [ARAFAT, SADDAM], [],
           "Mr Arafat is expected in Baghdad on Thursday to brief President Saddam Hussein"),
        ev("1985-05-29-washington-hussein-reagan", M, PLN, "1985-05", "Washington", [HUSSEIN, REAGAN], [],
           "the King will see President Reagan in Washington in May"),
    ], ["'Abu Ammar ... arrived on Saturday from Tunis' (travel)",
        "'They have met more than a dozen times since the 1982 evacuation of Beirut' (counted)",
        "'The PLO Executive Committee still has to approve the text when it meets in Tunis' (internal, no date)",
        "'Syria's state radio called the accord \"a surrender\"' (statement)",
        "'The two leaders could travel together to a peace conference if ...' (hypothetical)",
        "'There was no joint news conference' (negation, press)",
        "'The text was not published' (no event)",
        "Related coverage / Most popular: 'Assad receives Soviet envoy in Damascus' (furniture)"]),

    # 006: Nairobi paper, "Wednesday, December 18, 1985". "yesterday" / "Last night" 17 Dec; "on Sunday
    # night" 15 Dec; "on Monday" (past) 16 Dec; "on Monday" (ahead) 23 Dec.
    ("006", "1985-12-18", False, [
        ev("1985-12-17-nairobi-moi-museveni-okello", M, OCC, "1985-12-17", "Nairobi", [OKELLO, MUSEVENI, MOI], [],
           "signed a peace agreement at State House, Nairobi, yesterday in the presence of President Moi"),
        ev("1985-12-15-nairobi-kategaya-kiplagat-ssemogerere", M, OCC, "1985-12-15", "Nairobi",
           [SSEMOGERERE, KATEGAYA, KIPLAGAT], [],
           "Paul Ssemogerere for the Council and Mr Eriya Kategaya for the NRM initialled the text"),
        ev("1985-12-16-nairobi-moi-museveni", M, OCC, "1985-12-16", "Nairobi", [MOI, MUSEVENI], [],
           "President Moi received Mr Museveni privately at State House on Monday"),
        ev("1985-12-17-moi-mwinyi-call", C, OCC, "1985-12-17", None, [MOI, MWINYI], [],
           "Last night the President telephoned Tanzania's new President, Mr Ali Hassan Mwinyi"),
        ev("1985-12-23-kampala-national-resistance-movement-uganda-military-council", M, PLN, "1985-12-23",
           "Kampala", [], ["Uganda Military Council", "National Resistance Movement"],
           "will hold its first meeting in Kampala on Monday to draw up ceasefire lines"),
    ], ["'who has presided over four months of talks' (counted, no single occasion)",
        "'Mr Museveni stayed away from talks offered in Dar es Salaam by Mwalimu Julius Nyerere' (refused)",
        "'had not shaken hands at any point in the negotiations' (negation)",
        "'told a press conference at the Hilton' (press conference)",
        "'Gen Okello flew back to Entebbe ... is to address the nation on Radio Uganda today' (travel, address)",
        "'the two forces could be merged by March' (hypothetical)",
        "'The NRA high command is to meet at its headquarters ... this week' (internal to one side)",
        "RELATED: 'Nyerere and Kaunda meet in Arusha' (furniture)"]),

    # 007: Jaipur paper, manifest null; date line "MONDAY | 23 . II . 1987". "on Saturday afternoon" and the
    # dinner "later" 21 Feb; "Before the dinner" 21 Feb; "Yesterday" 22 Feb; "on Friday" 20 Feb;
    # "on February 4"; "next month" (ahead) 1987-03. Palam and Hyderabad House are in New Delhi. The
    # tarmac welcome and the dinner are one encounter of the same pair on the same day.
    ("007", "1987-02-23", True, [
        ev("1987-02-21-new-delhi-gandhi-zia-ul-haq", M, OCC, "1987-02-21", "New Delhi", [ZIA, RAJIV], [],
           "Mr Gandhi later gave a dinner for him at Hyderabad House, where the two talked"),
        ev("1987-02-21-new-delhi-singh-zia-ul-haq", M, OCC, "1987-02-21", "New Delhi", [ZIA, ZAIL], [],
           "Before the dinner the General called on President Zail Singh at Rashtrapati Bhavan."),
        ev("1987-02-22-jaipur-joshi-zia-ul-haq", M, OCC, "1987-02-22", "Jaipur", [ZIA, JOSHI], [],
           "was received at Sanganer airport by Chief Minister Harideo Joshi"),
        ev("1987-02-04-new-delhi-india-pakistan", M, OCC, "1987-02-04", "New Delhi", [], ["India", "Pakistan"],
           "Indian and Pakistani officials signed an agreement in New Delhi on February 4"),
        ev("1987-03-islamabad-india-pakistan", M, PLN, "1987-03", "Islamabad", [], ["India", "Pakistan"],
           "A second round of those talks is due in Islamabad next month."),
        ev("1987-02-20-gandhi-zia-ul-haq-call", C, OCC, "1987-02-20", None, [ZIA, RAJIV], [],
           "he had telephoned Mr Gandhi from Rawalpindi on Friday"),
    ], ["'a reception officials had at first said would be left to a minister' (did not happen)",
        "'went by helicopter to the dargah at Ajmer and then flew home' (travel without an encounter)",
        "'He repeated his invitation ... Mr Gandhi said he would go \"when the time is right\"' (vague)",
        "'Officials stressed that the trip was private and that there was no agenda' (no extra event)",
        "'The Cabinet Committee on Political Affairs met on Friday evening' (internal to one government)",
        "'Imran Khan said ...' (remark)",
        "'Asked whether a summit could follow, he said one \"might be possible ...\"' (hypothetical)",
        "'told reporters' (press remarks)",
        "ALSO READ: 'Joshi meets traders on octroi' (furniture, internal)"]),

    # 008: translated Mexican page "Sábado 20 de julio de 1991". Summit opened "on Thursday" 18 Jul,
    # closed "yesterday" 19 Jul; "on Wednesday night" 17 Jul; "On Friday morning" 19 Jul (a sideline
    # encounter, separate from the summit); Bush's call "on Thursday" 18 Jul; "next year" 1992;
    # "On Sunday" (ahead) 21 Jul.
    ("008", "1991-07-20", False, [
        ev("1991-07-18-guadalajara-ibero-american-summit", M, OCC, "1991-07-18", "Guadalajara",
           [SALINAS, JUAN_CARLOS, CASTRO, GONZALEZ, SOARES, COLLOR, MENEM], ["Ibero-American Summit"],
           "The first Ibero-American Summit, which President Carlos Salinas de Gortari opened on Thursday, closed",
           date_end="1991-07-19"),
        ev("1991-07-17-guadalajara-castro-salinas", M, OCC, "1991-07-17", "Guadalajara", [CASTRO, SALINAS], [],
           "went straight to a dinner with Salinas at the governor's residence"),
        ev("1991-07-19-guadalajara-castro-gonzalez", M, OCC, "1991-07-19", "Guadalajara", [CASTRO, GONZALEZ], [],
           "On Friday morning Castro breakfasted with González at the hotel of the Spanish delegation"),
        ev("1991-07-18-bush-salinas-call", C, OCC, "1991-07-18", None, [BUSH41, SALINAS], [],
           "United States President George Bush telephoned Salinas on Thursday to wish the meeting well"),
        ev("1992-07-23-madrid-ibero-american-summit", M, PLN, "1992", "Madrid", [], ["Ibero-American Summit"],
           "Leaders agreed to meet again in Madrid next year."),
        ev("1991-07-21-cozumel-castro-gaviria-perez-salinas", M, PLN, "1991-07-21", "Cozumel",
           [CASTRO, SALINAS, CAP, GAVIRIA], [],
           "On Sunday Castro is due on the island of Cozumel for a meeting with Salinas"),
    ], ["'Castro and Menem ... did not hold a separate meeting, though they shook hands for the group photograph' (negation)",
        "'The King gave the closing address' (speech)",
        "'Castro held a two-hour press conference' (press conference)",
        "'their first conversation in years' (vague earlier contact)",
        "'Whether the United States could one day attend as an observer \"would depend on the members\"' (hypothetical)",
        "'The federal cabinet meets on Monday' (internal to one government)",
        "'Collor flew home last night' (travel)",
        "Más leídas: 'Salinas receives Jalisco governors' (furniture, internal)"]),

    # 009: TV transcript "broadcast Wednesday, October 7, 1992". "this afternoon" 7 Oct; "on August 12";
    # "in November 1990" and "in March 1990" month-only; "next week" (12-18 Oct) gives 1992-10.
    ("009", "1992-10-07", False, [
        ev("1992-10-07-san-antonio-bush-hills-mulroney-salinas-serra-puche-wilson", M, OCC, "1992-10-07",
           "San Antonio", [BUSH41, SALINAS, MULRONEY, HILLS, SERRA, WILSON_M], [],
           "Three North American leaders stood side by side in San Antonio this afternoon"),
        ev("1992-08-12-washington-hills-serra-puche-wilson", M, OCC, "1992-08-12", "Washington",
           [HILLS, SERRA, WILSON_M], [],
           "Hills, Serra Puche and Wilson finished the deal at the Watergate Hotel in Washington"),
        ev("1990-11-26-monterrey-bush-salinas", M, OCC, "1990-11", "Monterrey", [BUSH41, SALINAS], [],
           "when the two presidents met in Monterrey in November 1990"),
        ev("1990-03-mexico-city-mulroney-salinas", M, OCC, "1990-03", "Mexico City", [MULRONEY, SALINAS], [],
           "a visit to Mexico City in March 1990, where he and Mr. Salinas first talked"),
        ev("1992-10-washington-hills-serra-puche", M, PLN, "1992-10", "Washington", [SERRA, HILLS], [],
           "Serra Puche will be back in Washington next week to see Hills"),
    ], ["'Governor Ann Richards greeted the President at Kelly Air Force Base' (internal to one country)",
        "'No one took questions at the ceremony' (press)",
        "'The formal signing will come in December, with each leader signing in his own capital' (no encounter)",
        "'Governor Clinton said he would not take a position' (statement)",
        "'Ross Perot repeated his warning' (campaign speech)",
        "'he and the President could meet again before the election \"if there's a need\"' (hypothetical)",
        "'About two hundred protesters gathered outside' (not diplomatic)",
        "Related coverage: 'Mulroney meets Texas oilmen in Houston' (furniture)"]),

    # 010: Kazakh site, manifest null; date line "27 сәуір 1994, сәрсенбі" (Wednesday 27 April 1994),
    # body "dated 26 April 1994". "on Tuesday" 26 Apr; "Monday night" 25 Apr; "on Sunday" 24 Apr;
    # "last October" 1993-10; "on Thursday" (ahead) 28 Apr. Alma-Ata is Almaty, Ulan Bator is
    # Ulaanbaatar; "Tereshenko" is Sergey Tereshchenko.
    ("010", "1994-04-27", True, [
        ev("1994-04-26-almaty-li-nazarbayev", M, OCC, "1994-04-26", "Almaty", [LI_PENG, NAZARBAYEV], [],
           "signed an agreement on Tuesday fixing most of the 1,700-kilometre frontier"),
        ev("1994-04-25-almaty-china-kazakhstan", M, OCC, "1994-04-25", "Almaty", [], ["China", "Kazakhstan"],
           "Experts from both foreign ministries had worked through Monday night on the maps."),
        ev("1994-04-26-almaty-li-tereshchenko", M, OCC, "1994-04-26", "Almaty", [LI_PENG, TERESHCHENKO], [],
           "Mr Li also met Prime Minister Sergei Tereshenko on Tuesday afternoon"),
        ev("1994-04-24-bishkek-akayev-li", M, OCC, "1994-04-24", "Bishkek", [LI_PENG, AKAYEV], [],
           "where he had held talks with President Askar Akayev on Sunday"),
        ev("1993-10-18-beijing-jiang-nazarbayev", M, OCC, "1993-10", "Beijing", [NAZARBAYEV, JIANG], [],
           "state visit to Beijing last October, when he was received by President Jiang Zemin"),
        ev("1994-04-28-ulaanbaatar-li-ochirbat", M, PLN, "1994-04-28", "Ulaanbaatar", [LI_PENG, OCHIRBAT], [],
           "Mr Li flies on to Ulan Bator on Thursday, where he is to hold talks"),
    ], ["'Moscow had been \"informed and is content\"' (no stated contact)",
        "'He said he hoped to see Russian President Boris Yeltsin \"soon\" but gave no date' (vague)",
        "'told journalists' (press remarks)",
        "'activists gathered ... Mr Li did not meet them' (negation)",
        "'where Mr Li gave a lecture' (speech)",
        "'A planned press conference was cancelled' (cancelled press event)",
        "'\"could sign a full treaty of friendship once conditions are ripe\"' (hypothetical)",
        "'The Kazakh cabinet will meet on Friday' (internal to one government)",
        "Related stories: 'Akayev: \"China is a neighbour, not a threat\"' (furniture)"]),

    # 011: weekly, "Tuesday, 17 September 1996". "on Monday" 16 Sep; "in the evening" of that Monday;
    # "in August" 1996-08 (no city given, so location null); "in March last year" 1995-03;
    # "next week" (23-29 Sep) gives 1996-09.
    ("011", "1996-09-17", False, [
        ev("1996-09-16-timisoara-horn-kovacs-melescanu-vacaroiu", M, OCC, "1996-09-16", "Timisoara",
           [HORN, VACAROIU, KOVACS, MELESCANU], [],
           "signed the long-delayed basic treaty on Monday in Timişoara"),
        ev("1996-08-kovacs-melescanu", M, OCC, "1996-08", None, [KOVACS, MELESCANU], [],
           "Its text was initialled by Mr Kovács and Mr Meleşcanu at a meeting in August"),
        ev("1996-09-16-horn-iliescu-call", C, OCC, "1996-09-16", None, [ILIESCU, HORN], [],
           "President Ion Iliescu, who did not attend, telephoned Mr Horn in the evening"),
        ev("1995-03-19-paris-horn-meciar", M, OCC, "1995-03", "Paris", [HORN, MECIAR], [],
           "signed a similar treaty with Slovakia's Vladimír Mečiar in Paris in March last year"),
        ev("1996-09-new-york-kovacs-melescanu", M, PLN, "1996-09", "New York", [KOVACS, MELESCANU], [],
           "Mr Kovács and Mr Meleşcanu will meet again in New York next week"),
    ], ["'Béla Markó ... declined an invitation to the ceremony' (refused)",
        "'The mayor of Cluj called the day \"a betrayal\"' (statement)",
        "'have met several times since 1994 without a result' (counted)",
        "'A joint intergovernmental commission is to be set up, though no date for its first session' (no occasion)",
        "'At a joint press appearance' (press)",
        "'Hungary could back Romania's NATO bid if ...' (hypothetical)",
        "'Mr Horn laid a wreath before driving back to Budapest' (no encounter, travel)",
        "'The Romanian cabinet meets on Thursday' (internal to one government)",
        "Related: 'Mečiar and Horn trade barbs over language law' (furniture)"]),

    # 012: live blog, "Thursday 13 December 2018". "last Thursday" on a Thursday page is 6 Dec; the
    # round ended "this afternoon", 13 Dec (one round with date_end; Guterres, Löfven and Wallström at
    # its closing session). Guterres' separate sessions with each delegation (14:20) are two events.
    # "by the end of January" 2019-01; "on Sunday" (ahead) 16 Dec; "on Wednesday evening" 12 Dec;
    # Kuwait "in 2016" year only; "in November" 2018-11.
    ("012", "2018-12-13", False, [
        ev("2018-12-06-rimbo-houthis-yemeni-government", M, OCC, "2018-12-06", "Rimbo",
           [GUTERRES, GRIFFITHS, AL_YAMANI, ABDULSALAM, LOFVEN, WALLSTROM], ["Yemeni government", "Houthis"],
           "the UN-led consultations, which opened at Johannesberg Castle in Rimbo last Thursday, ended this afternoon",
           date_end="2018-12-13"),
        ev("2018-12-13-rimbo-al-yamani-guterres", M, OCC, "2018-12-13", "Rimbo", [GUTERRES, AL_YAMANI],
           ["Yemeni government"], "Guterres met each delegation separately in the castle library"),
        ev("2018-12-13-rimbo-abdulsalam-guterres", M, OCC, "2018-12-13", "Rimbo", [GUTERRES, ABDULSALAM],
           ["Houthis"], "Guterres met each delegation separately in the castle library"),
        ev("2019-01-houthis-yemeni-government", M, PLN, "2019-01", None, [], ["Yemeni government", "Houthis"],
           "The parties have agreed to meet again by the end of January"),
        ev("2018-12-16-riyadh-griffiths-hadi", M, PLN, "2018-12-16", "Riyadh", [GRIFFITHS, HADI], [],
           "Griffiths will go to Riyadh on Sunday to see President Abd-Rabbu Mansour Hadi"),
        ev("2018-12-12-al-jubeir-guterres-call", C, OCC, "2018-12-12", None, [GUTERRES, AL_JUBEIR], [],
           "Guterres spoke by phone on Wednesday evening with Saudi Foreign Minister Adel al-Jubeir"),
        ev("2016-04-21-kuwait-houthis-yemeni-government", M, OCC, "2016", "Kuwait", [],
           ["Yemeni government", "Houthis"],
           "The last face-to-face talks, in Kuwait in 2016, ran for more than three months."),
        ev("2018-11-sanaa-al-houthi-griffiths", M, OCC, "2018-11", "Sanaa", [GRIFFITHS, AL_HOUTHI], [],
           "Griffiths last saw the Houthi leader, Abdul-Malik al-Houthi, in Sanaa in November."),
    ], ["'Guterres at the press conference' (press conference)",
        "'A Security Council briefing is set for Friday' (briefing)",
        "'talks planned for Geneva in September collapsed when the Houthi delegation never left Sanaa' (did not happen)",
        "'Wallström says Sweden \"would be happy to host again if asked\"' (hypothetical)",
        "'Guterres landed at Arlanda late last night and drove straight to Rimbo' (travel)",
        "15:58 handshake (inside the closing session, not a separate event)",
        "Related: 'Sweden's Social Democrats meet on budget deadlock' (furniture, internal)"]),

    # 013: Gambian site, "Tuesday, 22 January 2019". "on Monday" 21 Jan; "on Sunday" 20 Jan; "in February
    # 2017" month-only; "on Thursday" (past) 17 Jan; "on Friday" (ahead) 25 Jan.
    ("013", "2019-01-22", False, [
        ev("2019-01-21-farafenni-barrow-sall", M, OCC, "2019-01-21", "Farafenni", [BARROW, SALL], [],
           "Presidents Adama Barrow and Macky Sall cut the ribbon together on Monday"),
        ev("2019-01-20-banjul-kaba-tangara", M, OCC, "2019-01-20", "Banjul", [TANGARA, KABA], [],
           "The foreign ministers, Mamadou Tangara and Sidiki Kaba, met in Banjul on Sunday"),
        ev("2017-02-18-bakau-barrow-sall", M, OCC, "2017-02", "Bakau", [SALL, BARROW], [],
           "Mr Sall attended Mr Barrow's inauguration at Independence Stadium in Bakau in February 2017"),
        ev("2019-01-17-barrow-sall-call", C, OCC, "2019-01-17", None, [BARROW, SALL], [],
           "Mr Barrow had telephoned Mr Sall on Thursday to confirm the date"),
        ev("2019-01-25-soma-gambia-senegal", M, PLN, "2019-01-25", "Soma", [], ["Gambia", "Senegal"],
           "Transport officials of the two countries meet in Soma on Friday to agree toll rates."),
    ], ["'A Senegalo-Gambian presidential council is expected to follow \"at a date still to be fixed\"' (no occasion)",
        "'Yahya Jammeh, who closed the border in 2016, never visited the construction site' (negation)",
        "'Mauritania's President ... was invited but sent his regrets' (declined)",
        "'Lorries could cross free of charge ... if the two treasuries agree' (hypothetical)",
        "'In their speeches both presidents thanked ...' (speeches); 'They did not take questions' (press)",
        "'The Cabinet meets on Wednesday' (internal to one government)",
        "Related stories: 'ECOWAS ministers meet in Abuja on free movement' (furniture)"]),

    # 014: newsletter, "Saturday 24 May 2014". "on Friday" 23 May (the bilateral before the signing is the
    # same encounter); "in June 1994"; "in February" (past) 2014-02; "On Wednesday" 21 May ("the palace" is
    # Malacañang, Manila); "on Monday" (ahead) 26 May; "in August" (ahead) 2014-08.
    ("014", "2014-05-24", False, [
        ev("2014-05-23-manila-aquino-del-rosario-natalegawa-yudhoyono", M, OCC, "2014-05-23", "Manila",
           [DEL_ROSARIO, NATALEGAWA, AQUINO, SBY], [],
           "Marty Natalegawa signed the agreement at Malacañang on Friday, with President Benigno Aquino III"),
        ev("1994-06-manila-indonesia-philippines", M, OCC, "1994-06", "Manila", [], ["Philippines", "Indonesia"],
           "Philippine and Indonesian experts held exploratory talks in Manila in June 1994."),
        ev("2014-02-bali-indonesia-philippines", M, OCC, "2014-02", "Bali", [], ["Philippines", "Indonesia"],
           "Their last technical round was in Bali in February."),
        ev("2014-05-21-manila-aquino-nguyen-tan-dung", M, OCC, "2014-05-21", "Manila", [AQUINO, DUNG], [],
           "On Wednesday Aquino received Vietnam's Prime Minister Nguyen Tan Dung at the palace"),
        ev("2014-05-26-aquino-najib-call", C, PLN, "2014-05-26", None, [AQUINO, NAJIB], [],
           "Aquino will telephone Malaysian Prime Minister Najib Razak on Monday to brief him"),
        ev("2014-08-08-naypyitaw-asean", M, PLN, "2014-08", "Naypyitaw", [], ["ASEAN"],
           "ASEAN foreign ministers gather in Naypyitaw in August."),
    ], ["'Beijing's foreign ministry said it had \"noted\" the agreement' (statement)",
        "'A similar line with Malaysia could follow ... but nothing is scheduled' (hypothetical)",
        "'Del Rosario and Natalegawa have met regularly at ASEAN gatherings' (habitual)",
        "'Dung did not meet Yudhoyono' (negation)",
        "'Aquino's speech to the forum' (speech); World Economic Forum on East Asia (backdrop)",
        "'The Indonesian cabinet reviews the agreement' (internal to one government)",
        "'The Joint Commission ... could meet in Jakarta later this year, though no date has been proposed' (hypothetical)",
        "'Yudhoyono flew home on Friday night' (travel)",
        "Latest news: 'Japan, Philippines coast guards meet in Tokyo' (furniture)"]),
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
