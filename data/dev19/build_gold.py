#!/usr/bin/env python3
"""Generate gold.jsonl and manifest.jsonl for the dev19 development corpus.

Run:  python3 data/dev19/build_gold.py   then   python3 data/eval/validate.py data/dev19
Each article lists its true publication date, whether the manifest hides it, its gold
events, and (for documentation only) the traps it contains that must NOT be extracted.
dev19 is a readable development set: unlike the holdout sets, it may be read while developing.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

# canonical names
GBAGBO, OUATTARA, YAYI, KOROMA, PIRES, ODINGA, JONATHAN = (
    "Laurent Gbagbo", "Alassane Ouattara", "Boni Yayi", "Ernest Koroma", "Pedro Pires", "Raila Odinga",
    "Goodluck Jonathan")
NAZARBAYEV, PUTIN, ROUHANI, ALIYEV, BERDIMUHAMEDOV = (
    "Nursultan Nazarbayev", "Vladimir Putin", "Hassan Rouhani", "Ilham Aliyev", "Gurbanguly Berdimuhamedov")
LAVROV, ZARIF, MAMMADYAROV, ABDRAKHMANOV, MEREDOV = (
    "Sergey Lavrov", "Mohammad Javad Zarif", "Elmar Mammadyarov", "Kairat Abdrakhmanov", "Rashid Meredov")
WIDODO, LEE, MARSUDI, BALAKRISHNAN = "Joko Widodo", "Lee Hsien Loong", "Retno Marsudi", "Vivian Balakrishnan"
SOGAVARE, XI, LI_QIANG, VEKE, WANG_XIAOHONG, WANG_YI = (
    "Manasseh Sogavare", "Xi Jinping", "Li Qiang", "Anthony Veke", "Wang Xiaohong", "Wang Yi")
NYUSI, MOMADE, RAMAPHOSA, MOGHERINI, MANZONI, DHLAKAMA, FRANCIS = (
    "Filipe Nyusi", "Ossufo Momade", "Cyril Ramaphosa", "Federica Mogherini", "Mirko Manzoni", "Afonso Dhlakama",
    "Pope Francis")
BASHIR, KIIR, MBEKI, HAILEMARIAM, ZUMA = (
    "Omar al-Bashir", "Salva Kiir", "Thabo Mbeki", "Hailemariam Desalegn", "Jacob Zuma")
SALMAN, ABE, AKIHITO, NAJIB = "Salman bin Abdulaziz Al Saud", "Shinzo Abe", "Akihito", "Najib Razak"
KARIMOV, CLINTON, KERRY = "Islam Karimov", "Hillary Clinton", "John Kerry"
PINERA, CALDERON, SANTOS, HUMALA, GARCIA, JUAN_CARLOS = (
    "Sebastian Pinera", "Felipe Calderon", "Juan Manuel Santos", "Ollanta Humala", "Alan Garcia", "Juan Carlos I")
CARMONA, PERSAD, SPENCER, SIMPSON_MILLER, CHRISTIE, BOUTERSE, STUART, BIDEN, MARTELLY = (
    "Anthony Carmona", "Kamla Persad-Bissessar", "Baldwin Spencer", "Portia Simpson-Miller", "Perry Christie",
    "Desi Bouterse", "Freundel Stuart", "Joe Biden", "Michel Martelly")
OBAMA, ILVES, BERZINS, GRYBAUSKAITE, ROIVAS = (
    "Barack Obama", "Toomas Hendrik Ilves", "Andris Berzins", "Dalia Grybauskaite", "Taavi Roivas")
ARDERN, HARRIS, TRUMP, KEY = "Jacinda Ardern", "Kamala Harris", "Donald Trump", "John Key"
BLINKEN, JAKOBSDOTTIR, THORDARSON, EGEDE = (
    "Antony Blinken", "Katrin Jakobsdottir", "Gudlaugur Thor Thordarson", "Mute Egede")
MUSCAT, TUSK, JUNCKER, MAHAMA, CAMERON, MODI = (
    "Joseph Muscat", "Donald Tusk", "Jean-Claude Juncker", "John Dramani Mahama", "David Cameron", "Narendra Modi")
GHANI, SHARIF, ANSARI, KARZAI, ZARDARI, DEORA = (
    "Ashraf Ghani", "Nawaz Sharif", "Hamid Ansari", "Hamid Karzai", "Asif Ali Zardari", "Murli Deora")


def ev(key, kind, status, date, location, participants, groups, evidence, date_end=None):
    e = {"key": key, "kind": kind, "status": status, "date": date}
    if date_end:
        e["date_end"] = date_end
    e.update({"location": location, "participants": participants, "groups": groups,
              "evidence": evidence})
    return e


M, C, OCC, PLN = "meeting", "call", "occurred", "planned"

CASPIAN = ["Caspian littoral states"]
FIVE_FMS = [LAVROV, ZARIF, MAMMADYAROV, ABDRAKHMANOV, MEREDOV]
ECOWAS_MEDIATORS = [YAYI, KOROMA, PIRES]

ARTICLES = [
    # Tuesday wire (page "04 Jan 2011 - 17:48 GMT"; dateline "ABIDJAN, Jan 4").
    # "were received by Gbagbo at the presidential palace in Plateau on Monday" -> 3 Jan 2011 (nearest past
    #   Monday); Plateau is the Abidjan district of the palace; the four mediators are Boni Yayi, Koroma, Pires and
    #   Odinga ("joined this time by").
    # "The four mediators then crossed the lagoon to the Golf Hotel, where they sat down with Alassane Ouattara"
    #   -> same day, a different party, so a separate event; the Golf Hotel is in Abidjan.
    # "On Sunday night he dined with President Goodluck Jonathan ... at the presidential villa in Abuja" -> 2 Jan
    #   2011 ("he" = Odinga, from "Odinga had stopped in Nigeria on his way").
    # "On their first trip to Abidjan, on Dec. 28, they held talks with Gbagbo and, separately, with Ouattara"
    #   -> two events on 28 Dec 2010 ("they" = the three presidents; year from the January 2011 page).
    # "ECOWAS heads of state, gathered in Abuja on Christmas Eve" -> 24 Dec 2010; no one named there.
    # "Defence chiefs from the bloc are due to meet in Bamako later this month" -> planned, 2011-01 (key: the
    #   real meeting of 17 Jan 2011).
    ("000_ci_ecowas_abidjan_mediation_wire", "2011-01-04", False, [
        ev("2011-01-03-abidjan-gbagbo-koroma-odinga-pires-yayi", M, OCC, "2011-01-03", "Abidjan",
           [GBAGBO] + ECOWAS_MEDIATORS + [ODINGA], [],
           "were received by Gbagbo at the presidential palace in Plateau on Monday"),
        ev("2011-01-03-abidjan-koroma-odinga-ouattara-pires-yayi", M, OCC, "2011-01-03", "Abidjan",
           [OUATTARA] + ECOWAS_MEDIATORS + [ODINGA], [],
           "The four mediators then crossed the lagoon to the Golf Hotel, where they sat down"),
        ev("2011-01-02-abuja-jonathan-odinga", M, OCC, "2011-01-02", "Abuja", [ODINGA, JONATHAN], [],
           "On Sunday night he dined with President Goodluck Jonathan"),
        ev("2010-12-28-abidjan-gbagbo-koroma-pires-yayi", M, OCC, "2010-12-28", "Abidjan",
           [GBAGBO] + ECOWAS_MEDIATORS, [],
           "On their first trip to Abidjan, on Dec. 28, they held talks with Gbagbo"),
        ev("2010-12-28-abidjan-koroma-ouattara-pires-yayi", M, OCC, "2010-12-28", "Abidjan",
           [OUATTARA] + ECOWAS_MEDIATORS, [],
           "they held talks with Gbagbo and, separately, with Ouattara"),
        ev("2010-12-24-abuja-ecowas", M, OCC, "2010-12-24", "Abuja", [], ["ECOWAS"],
           "ECOWAS heads of state, gathered in Abuja on Christmas Eve"),
        ev("2011-01-17-bamako-ecowas", M, PLN, "2011-01", "Bamako", [], ["ECOWAS"],
           "Defence chiefs from the bloc are due to meet in Bamako later this month"),
    ], ["'left Abidjan on Tuesday without persuading Laurent Gbagbo' (departure, no new encounter)",
        "'told reporters afterwards that the time for discussion was over' (statement)",
        "'Ouattara would not sit down with Gbagbo while the incumbent refused to step aside' (refusal)",
        "'Odinga had stopped in Nigeria on his way' (travel; the dinner is the event)",
        "'then flew on to Abuja' (travel, no encounter stated)",
        "'warned that the bloc would use \"legitimate force\"' (statement, same occasion as the Abuja summit)",
        "'the president would meet his rival \"anywhere\" if sanctions ... were lifted' (hypothetical, dismissed)",
        "Related stories: 'Odinga meets Jonathan ahead of Ivory Coast mission' (furniture, repeats the dinner), "
        "'Ivory Coast to meet Ghana in friendly' (furniture, sport)"]),

    # Sunday live blog ("Sunday 12 August 2018"; times in Aktau time).
    # 12:30 "Nursultan Nazarbayev welcomed Putin, Rouhani, Ilham Aliyev and Gurbanguly Berdimuhamedov to the
    #   conference hall" -> the summit, 12 Aug 2018, Aktau (the blog's place); the 16:35 signing is the same
    #   occasion.
    # 11:15 "Yesterday they gathered again: Sergey Lavrov, ... met in Aktau" -> 11 Aug 2018.
    # 11:15 "The text was settled by the five foreign ministers in Moscow in December" -> most recent December
    #   before Aug 2018 = 2017-12 (key: 4 Dec 2017); "they gathered again" names the same five.
    # 10:05 "The leaders of the five Caspian states last gathered in Astrakhan in September 2014" -> 2014-09
    #   (key 29 Sep 2014); nobody is named there, so groups only.
    # 15:10 "Turkmenistan will host the next summit. No date yet." -> planned, date null, location the country
    #   (key: the real Ashgabat summit of 29 Jun 2022).
    # 18:20 "Putin and Hassan Rouhani are expected to hold a separate meeting before the Russian leader flies
    #   home this evening" -> planned, 12 Aug 2018, Aktau.
    ("001_kz_caspian_summit_aktau_liveblog", "2018-08-12", False, [
        ev("2018-08-12-aktau-caspian-summit", M, OCC, "2018-08-12", "Aktau",
           [NAZARBAYEV, PUTIN, ROUHANI, ALIYEV, BERDIMUHAMEDOV], CASPIAN,
           "Nursultan Nazarbayev welcomed Putin, Rouhani, Ilham Aliyev and Gurbanguly Berdimuhamedov"),
        ev("2018-08-11-aktau-abdrakhmanov-lavrov-mammadyarov-meredov-zarif", M, OCC, "2018-08-11", "Aktau",
           FIVE_FMS, [],
           "Sergey Lavrov, Mohammad Javad Zarif, Elmar Mammadyarov, Kairat Abdrakhmanov and Rashid Meredov met in Aktau"),
        ev("2017-12-04-moscow-abdrakhmanov-lavrov-mammadyarov-meredov-zarif", M, OCC, "2017-12", "Moscow",
           FIVE_FMS, [], "The text was settled by the five foreign ministers in Moscow in December"),
        ev("2014-09-29-astrakhan-caspian-summit", M, OCC, "2014-09", "Astrakhan", [], CASPIAN,
           "The leaders of the five Caspian states last gathered in Astrakhan in September 2014"),
        ev("2022-06-29-ashgabat-caspian-summit", M, PLN, None, "Turkmenistan", [], CASPIAN,
           "Berdimuhamedov tells the plenary that Turkmenistan will host the next summit"),
        ev("2018-08-12-aktau-putin-rouhani", M, PLN, "2018-08-12", "Aktau", [PUTIN, ROUHANI], [],
           "Putin and Hassan Rouhani are expected to hold a separate meeting"),
    ], ["'the leaders are not going to meet the press together' (press, negated)",
        "'The five presidents have put their names to the Convention' (same occasion as the summit)",
        "'Iran's parliament still has to ratify it' (no meeting)",
        "'Rouhani, speaking in the plenary, says ...' (statement)",
        "'Nazarbayev opened the new ferry terminal at Kuryk. None of the visiting presidents had arrived' "
        "(ceremony, no counterpart)",
        "'no such meeting is on the schedule' for Aliyev and Rouhani (negation)",
        "'the two presidents have spoken by phone several times this year' (counted)",
        "Trending now / Read more: 'Kazakhstan to meet Russia in Davis Cup tie', 'Nazarbayev receives Chinese "
        "delegation in Astana' (furniture, sport)"]),

    # Press release reposted by a provincial portal; manifest null. The page prints "Posted: 25 January 2022" and
    # "Bintan, 25 January 2022" (a Tuesday).
    # "hosted Prime Minister Lee Hsien Loong ... at the Leaders' Retreat in Bintan ... today" -> 25 Jan 2022; Bintan
    #   is an island with no city named, used as the place. The four-eyes meeting, the delegation meeting and the
    #   signing are one occasion.
    # "at their previous Retreat, held in Singapore in October 2019" -> 2019-10 (key 8 Oct 2019).
    # "They met in Jakarta in April 2021, when Prime Minister Lee attended the ASEAN Leaders' Meeting" -> 2021-04
    #   (key 24 Apr 2021); the ASEAN meeting is the backdrop, not the event.
    # "and again in Rome in October 2021, on the sidelines of the G20 Summit" -> 2021-10 (the author does not know
    #   the day: month key).
    # "On the eve of the Retreat, ... Marsudi and ... Balakrishnan spoke by telephone" -> call, 24 Jan 2022.
    # "the next Leaders' Retreat will be held in Singapore next year" -> planned, year only, 2023 (key: the real
    #   retreat of 16 Mar 2023).
    ("002_id_sg_bintan_retreat_release", "2022-01-25", True, [
        ev("2022-01-25-bintan-lee-widodo", M, OCC, "2022-01-25", "Bintan", [WIDODO, LEE], [],
           "hosted Prime Minister Lee Hsien Loong of the Republic of Singapore at the Leaders' Retreat"),
        ev("2019-10-08-singapore-lee-widodo", M, OCC, "2019-10", "Singapore", [WIDODO, LEE], [],
           "at their previous Retreat, held in Singapore in October 2019"),
        ev("2021-04-24-jakarta-lee-widodo", M, OCC, "2021-04", "Jakarta", [WIDODO, LEE], [],
           "They met in Jakarta in April 2021, when Prime Minister Lee attended"),
        ev("2021-10-rome-lee-widodo", M, OCC, "2021-10", "Rome", [WIDODO, LEE], [],
           "and again in Rome in October 2021, on the sidelines of the G20 Summit"),
        ev("2022-01-24-balakrishnan-marsudi-call", C, OCC, "2022-01-24", None, [MARSUDI, BALAKRISHNAN], [],
           "Marsudi and Minister for Foreign Affairs Dr Vivian Balakrishnan spoke by telephone"),
        ev("2023-03-16-singapore-lee-widodo", M, PLN, "2023", "Singapore", [WIDODO, LEE], [],
           "the next Leaders' Retreat will be held in Singapore next year"),
    ], ["'began with a four-eyes meeting, which was followed by a meeting of the two delegations' (same occasion)",
        "'witnessed the signing and exchange of an Agreement ...' (same occasion)",
        "'negotiated over many rounds of talks led by ... Luhut Binsar Pandjaitan and ... Teo Chee Hean' (counted)",
        "'they had maintained close contact throughout the pandemic' (vague)",
        "'The two Leaders met the press after the signing ceremony' (press)",
        "Related news: 'Governor receives Singapore business delegation in Tanjungpinang', 'Batam to meet Bintan in "
        "provincial football final' (furniture, sport)"]),

    # Saturday interview (Saturday 15 July 2023).
    # "sat down with President Xi Jinping at the Great Hall of the People on Monday" -> 10 Jul 2023, Beijing.
    # "Earlier the same day Premier Li Qiang held talks with him" -> 10 Jul 2023, Beijing; a separate encounter.
    # "Anthony Veke, stayed on in Beijing and was received by ... Wang Xiaohong, on Wednesday" -> 12 Jul 2023.
    # "Sogavare went to Beijing in October that year, and Xi received him then too" -> "that year" = 2019
    #   (diplomatic ties began in September 2019) -> 2019-10 (key 9 Oct 2019).
    # "The security pact was signed in April last year, and a month later Foreign Minister Wang Yi spent a day in
    #   Honiara, where he called on the prime minister" -> April 2022 + one month = 2022-05 (key 26 May 2022).
    # "Pacific Islands Forum leaders will gather in Rarotonga in November" -> planned 2023-11 (key: the leaders'
    #   meeting that opened on 6 Nov 2023); nobody named as attending.
    ("003_sb_cn_sogavare_beijing_interview", "2023-07-15", False, [
        ev("2023-07-10-beijing-sogavare-xi", M, OCC, "2023-07-10", "Beijing", [SOGAVARE, XI], [],
           "sat down with President Xi Jinping at the Great Hall of the People on Monday"),
        ev("2023-07-10-beijing-li-sogavare", M, OCC, "2023-07-10", "Beijing", [LI_QIANG, SOGAVARE], [],
           "Earlier the same day Premier Li Qiang held talks with him"),
        ev("2023-07-12-beijing-veke-wang", M, OCC, "2023-07-12", "Beijing", [VEKE, WANG_XIAOHONG], [],
           "was received by China's public security minister, Wang Xiaohong, on Wednesday"),
        ev("2019-10-09-beijing-sogavare-xi", M, OCC, "2019-10", "Beijing", [SOGAVARE, XI], [],
           "Sogavare went to Beijing in October that year, and Xi received him then too"),
        ev("2022-05-26-honiara-sogavare-wang", M, OCC, "2022-05", "Honiara", [WANG_YI, SOGAVARE], [],
           "a month later Foreign Minister Wang Yi spent a day in Honiara"),
        ev("2023-11-06-rarotonga-pacific-islands-forum", M, PLN, "2023-11", "Rarotonga", [],
           ["Pacific Islands Forum"], "Pacific Islands Forum leaders will gather in Rarotonga in November"),
    ], ["'flies home from China today after a six-day visit' (travel)",
        "'ministers then signed nine agreements' (same occasion as the Li Qiang talks)",
        "'diplomatic ties with Beijing only began in September 2019' (no meeting)",
        "'It sent envoys and made promises' (vague, no single occasion)",
        "'He has been invited, but he has not said whether he will attend' (invitation, not accepted)",
        "'The Pacific Games open in Honiara in November' (sport, ceremony)",
        "Related interviews: 'Solomon Islands to meet Fiji in Pacific Games football opener' (furniture, sport)"]),

    # Wednesday page translated from Portuguese ("Quarta-feira, 7 de Agosto de 2019").
    # "this Tuesday (6) signed the Maputo Accord ... at the Peace Square" -> 6 Aug 2019, Maputo ("in the capital");
    #   the named guests who watched the signing (Ramaphosa, Mogherini, Manzoni) are placed at it.
    # "Last Thursday (1), in the Serra da Gorongosa, ... Nyusi and Momade signed" -> 1 Aug 2019, Gorongosa.
    # "At their meeting in Chimoio ... on Sunday, 2 June" -> 2 Jun 2019.
    # "after a telephone conversation with Nyusi at the end of December 2016" -> call, 2016-12 (month key).
    # "In August 2017 Nyusi flew by helicopter into the Gorongosa bush and met him at his base" -> 2017-08 (the
    #   author is unsure whether it was 5 or 6 August: month key).
    # "the pontiff will be received by Nyusi at the Ponta Vermelha Palace in Maputo on 5 September" -> planned
    #   5 Sep 2019.
    ("004_mz_maputo_peace_accord_translated", "2019-08-07", False, [
        ev("2019-08-06-maputo-manzoni-momade-mogherini-nyusi-ramaphosa", M, OCC, "2019-08-06", "Maputo",
           [NYUSI, MOMADE, RAMAPHOSA, MOGHERINI, MANZONI], [],
           "this Tuesday (6) signed the Maputo Accord for Peace and National Reconciliation"),
        ev("2019-08-01-gorongosa-momade-nyusi", M, OCC, "2019-08-01", "Gorongosa", [NYUSI, MOMADE], [],
           "Last Thursday (1), in the Serra da Gorongosa, Renamo's historic stronghold, Nyusi and Momade signed"),
        ev("2019-06-02-chimoio-momade-nyusi", M, OCC, "2019-06-02", "Chimoio", [NYUSI, MOMADE], [],
           "At their meeting in Chimoio, capital of Manica province, on Sunday, 2 June"),
        ev("2016-12-dhlakama-nyusi-call", C, OCC, "2016-12", None, [DHLAKAMA, NYUSI], [],
           "after a telephone conversation with Nyusi at the end of December 2016"),
        ev("2017-08-gorongosa-dhlakama-nyusi", M, OCC, "2017-08", "Gorongosa", [NYUSI, DHLAKAMA], [],
           "In August 2017 Nyusi flew by helicopter into the Gorongosa bush and met him"),
        ev("2019-09-05-maputo-francis-nyusi", M, PLN, "2019-09-05", "Maputo", [FRANCIS, NYUSI], [],
           "the pontiff will be received by Nyusi at the Ponta Vermelha Palace in Maputo"),
    ], ["'in front of thousands of people' (crowd, same occasion)",
        "'the death of Renamo's historic leader, Afonso Dhlakama, in May 2018' (no meeting)",
        "'announced the truce' (statement; the call is the event)",
        "'Mariano Nhongo ... refused to attend either ceremony' (refusal)",
        "'Nyusi said he was willing to talk to the dissidents \"if they put down their weapons\"' (hypothetical)",
        "'The agreement must now go to the Assembly of the Republic' and 'General elections are scheduled for "
        "15 October' (no meeting)",
        "'who will be in Mozambique from 4 to 6 September' (visit; only the reception by Nyusi is an encounter)",
        "Read also: 'Nyusi recebe embaixadores da UE em Maputo', 'Mambas to meet Bafana Bafana in COSAFA "
        "semi-final' (furniture, sport)"]),

    # Timeline, manifest null; the page prints "Last updated: Saturday 13 April 2013".
    # "23-27 September 2012 / Bashir and Kiir hold four days of summit talks at a hotel in Addis Ababa, mediated by
    #   ... Thabo Mbeki" -> one round, date 2012-09-23 with date_end 2012-09-27; the signing on the final day is
    #   part of it.
    # "4-5 January 2013 / The two presidents meet again in the Ethiopian capital, hosted by ... Hailemariam
    #   Desalegn, with Mbeki at the table" -> 2013-01-04 to 2013-01-05, Addis Ababa.
    # "27 January 2013 / On the sidelines of the African Union summit in Addis Ababa, Hailemariam brings the two
    #   together once more, this time with Jacob Zuma, Goodluck Jonathan and Alassane Ouattara" -> 27 Jan 2013.
    # "12 March 2013 / Negotiating teams from both countries sign an implementation matrix in Addis Ababa" ->
    #   groups only.
    # "12 April 2013 / ... He and Kiir hold talks behind closed doors at the presidential palace" -> 12 Apr 2013,
    #   Juba (the same entry: "Bashir arrives in Juba"); the intro's "on Friday" agrees.
    ("005_sd_ss_two_sudans_timeline", "2013-04-13", True, [
        ev("2012-09-23-addis-ababa-al-bashir-kiir-mbeki", M, OCC, "2012-09-23", "Addis Ababa", [BASHIR, KIIR, MBEKI],
           [], "Bashir and Kiir hold four days of summit talks at a hotel in Addis Ababa",
           date_end="2012-09-27"),
        ev("2013-01-04-addis-ababa-al-bashir-hailemariam-kiir-mbeki", M, OCC, "2013-01-04", "Addis Ababa",
           [BASHIR, KIIR, HAILEMARIAM, MBEKI], [],
           "The two presidents meet again in the Ethiopian capital, hosted by Prime Minister Hailemariam Desalegn",
           date_end="2013-01-05"),
        ev("2013-01-27-addis-ababa-al-bashir-hailemariam-jonathan-kiir-ouattara-zuma", M, OCC, "2013-01-27",
           "Addis Ababa", [HAILEMARIAM, BASHIR, KIIR, ZUMA, JONATHAN, OUATTARA], [],
           "Hailemariam brings the two together once more, this time with Jacob Zuma"),
        ev("2013-03-12-addis-ababa-south-sudan-sudan", M, OCC, "2013-03-12", "Addis Ababa", [],
           ["Sudan", "South Sudan"],
           "Negotiating teams from both countries sign an implementation matrix in Addis Ababa"),
        ev("2013-04-12-juba-al-bashir-kiir", M, OCC, "2013-04-12", "Juba", [BASHIR, KIIR], [],
           "He and Kiir hold talks behind closed doors at the presidential palace"),
    ], ["'South Sudan becomes independent. Khartoum is the first government to recognise the new state' "
        "(no meeting)",
        "'A summit that Bashir and Salva Kiir were due to hold in Juba that month is called off' (cancelled)",
        "'Oil begins to flow again' (no meeting)",
        "'Kiir has accepted an invitation to visit Khartoum, but no date has been fixed' (no concrete occasion)",
        "'The two presidents have now met more than half a dozen times since independence' (counted)",
        "Related coverage: 'South Sudan to meet Sudan in CECAFA Cup group stage' (furniture, sport)"]),

    # Friday newsletter (Issue 112, Friday 17 March 2017).
    # "was received by President Xi Jinping at the Great Hall of the People on Thursday" -> 16 Mar 2017, Beijing.
    # "On Monday the King held a summit with Shinzo Abe at the prime minister's office" -> 13 Mar 2017, Tokyo; the
    #   banquet is the same occasion.
    # "The next day Emperor Akihito hosted him for lunch at the Imperial Palace" -> 14 Mar 2017; a different host,
    #   so a separate event.
    # "on 26 February, Prime Minister Najib Razak received the King at the airport" -> 26 Feb 2017.
    # "Earlier this month, in Indonesia, President Joko Widodo welcomed him for talks at the Bogor palace" -> 2017-03 (key
    #   1 Mar 2017).
    # "The King travels on to Jordan, where Arab League leaders meet on 29 March" -> planned 29 Mar 2017; no city
    #   is given, so the country.
    ("006_sa_asia_tour_gulf_asia_newsletter", "2017-03-17", False, [
        ev("2017-03-16-beijing-salman-xi", M, OCC, "2017-03-16", "Beijing", [SALMAN, XI], [],
           "was received by President Xi Jinping at the Great Hall of the People on Thursday"),
        ev("2017-03-13-tokyo-abe-salman", M, OCC, "2017-03-13", "Tokyo", [SALMAN, ABE], [],
           "On Monday the King held a summit with Shinzo Abe at the prime minister's office"),
        ev("2017-03-14-tokyo-akihito-salman", M, OCC, "2017-03-14", "Tokyo", [AKIHITO, SALMAN], [],
           "The next day Emperor Akihito hosted him for lunch at the Imperial Palace"),
        ev("2017-02-26-kuala-lumpur-najib-salman", M, OCC, "2017-02-26", "Kuala Lumpur", [NAJIB, SALMAN], [],
           "on 26 February, Prime Minister Najib Razak received the King at the airport"),
        ev("2017-03-01-bogor-salman-widodo", M, OCC, "2017-03", "Bogor", [WIDODO, SALMAN], [],
           "President Joko Widodo welcomed him for talks at the Bogor palace"),
        ev("2017-03-29-jordan-arab-league", M, PLN, "2017-03-29", "Jordan", [SALMAN], ["Arab League"],
           "The King travels on to Jordan, where Arab League leaders meet on 29 March"),
    ], ["'the two watched ministers and company chiefs sign memorandums' (same occasion as the Xi meeting)",
        "'followed by a banquet at Abe's official residence' (same occasion as the Abe summit)",
        "'a state welcome at Parliament House' (ceremony, same occasion)",
        "'spent a week on holiday in Bali, with no official engagements' (no meeting)",
        "'also made a short stop in Brunei' (travel, no encounter stated)",
        "'the King's state visit has been put off because of a flu outbreak. No new date' (postponed)",
        "Read more: 'Japan to meet Saudi Arabia in World Cup qualifier in September' (furniture, sport)"]),

    # Friday obituary ("Published 2 September 2016, 22:40").
    # "Karimov received Hillary Clinton in Tashkent in December 2010, ..., and again in October 2011" -> two
    #   events: 2010-12 (key 2 Dec 2010) and 2011-10 (key 22 Oct 2011), both in Tashkent.
    # "In November last year he hosted John Kerry at his residence in Samarkand" -> 2015-11 (key 1 Nov 2015).
    # "In December 2014 Vladimir Putin flew to Tashkent and, after talks with Karimov, ..." -> 2014-12 (key
    #   10 Dec 2014).
    # "Karimov returned the visit in April, when Putin received him in the Kremlin" -> most recent April = 2016-04
    #   (key 26 Apr 2016); the Kremlin -> Moscow.
    # "In June Karimov hosted the summit of the Shanghai Cooperation Organisation in Tashkent" -> 2016-06 (key
    #   23 Jun 2016); Xi is placed there by "arrived a day early".
    # "Xi Jinping arrived a day early for a state visit and talks with him" -> 2016-06 (key 22 Jun 2016).
    ("007_uz_karimov_obituary", "2016-09-02", False, [
        ev("2010-12-02-tashkent-clinton-karimov", M, OCC, "2010-12", "Tashkent", [KARIMOV, CLINTON], [],
           "Karimov received Hillary Clinton in Tashkent in December 2010"),
        ev("2011-10-22-tashkent-clinton-karimov", M, OCC, "2011-10", "Tashkent", [KARIMOV, CLINTON], [],
           "when she was secretary of state, and again in October 2011"),
        ev("2015-11-01-samarkand-karimov-kerry", M, OCC, "2015-11", "Samarkand", [KARIMOV, KERRY], [],
           "In November last year he hosted John Kerry at his residence in Samarkand"),
        ev("2014-12-10-tashkent-karimov-putin", M, OCC, "2014-12", "Tashkent", [PUTIN, KARIMOV], [],
           "In December 2014 Vladimir Putin flew to Tashkent and, after talks with Karimov"),
        ev("2016-04-26-moscow-karimov-putin", M, OCC, "2016-04", "Moscow", [PUTIN, KARIMOV], [],
           "Karimov returned the visit in April, when Putin received him in the Kremlin"),
        ev("2016-06-23-tashkent-sco", M, OCC, "2016-06", "Tashkent", [KARIMOV, XI],
           ["Shanghai Cooperation Organisation"],
           "In June Karimov hosted the summit of the Shanghai Cooperation Organisation in Tashkent"),
        ev("2016-06-22-tashkent-karimov-xi", M, OCC, "2016-06", "Tashkent", [XI, KARIMOV], [],
           "Xi Jinping arrived a day early for a state visit and talks with him"),
    ], ["'has died at 78, the government in Tashkent announced on Friday' (death, statement)",
        "'He will be buried in ... Samarkand on Saturday; ... Medvedev is among the foreign guests expected at the "
        "funeral' (funeral, a ceremony)",
        "'became Communist Party chief of the Uzbek republic in 1989' (domestic)",
        "'Dissent was crushed, most bloodily in Andijan in 2005' (no meeting)",
        "'Washington cultivated him as a route into Afghanistan' (vague)",
        "'He never made peace with ... Emomali Rahmon ..., and the two rarely met in the last decade' (habitual)",
        "'Putin sent his condolences ... in a telegram' (message, not a call)",
        "'Nigmatilla Yuldashev, is expected to serve as interim president' (domestic)",
        "Related: 'Uzbekistan to meet Iran in World Cup qualifier in Tashkent' (furniture, sport)"]),

    # Friday op-ed (June 8, 2012).
    # "On Wednesday, at ... Cerro Paranal, Chile's Sebastián Piñera hosted Felipe Calderón ..., Juan Manuel Santos
    #   ... and Ollanta Humala" -> 6 Jun 2012, Paranal.
    # "It was launched in Lima in April 2011, when Alan García ... brought together Piñera, Santos and Calderón" ->
    #   2011-04 (key 28 Apr 2011).
    # "the day before the summit he had lunch in Santiago with Spain's King Juan Carlos" -> 5 Jun 2012.
    # "The four presidents will meet again in November in Cádiz" -> planned 2012-11 (key 17 Nov 2012); "the four"
    #   = Piñera, Calderón, Santos, Humala.
    # "the Mercosur presidents gather in Mendoza at the end of this month" -> planned 2012-06 (key 28 Jun 2012).
    ("008_pacific_alliance_paranal_oped", "2012-06-08", False, [
        ev("2012-06-06-paranal-calderon-humala-pinera-santos", M, OCC, "2012-06-06", "Paranal",
           [PINERA, CALDERON, SANTOS, HUMALA], ["Pacific Alliance"],
           "Piñera hosted Felipe Calderón of Mexico, Juan Manuel Santos of Colombia and Ollanta Humala"),
        ev("2011-04-28-lima-calderon-garcia-pinera-santos", M, OCC, "2011-04", "Lima",
           [GARCIA, PINERA, SANTOS, CALDERON], [],
           "brought together Piñera, Santos and Calderón and they issued a declaration"),
        ev("2012-06-05-santiago-juan-carlos-pinera", M, OCC, "2012-06-05", "Santiago", [PINERA, JUAN_CARLOS], [],
           "the day before the summit he had lunch in Santiago with Spain's King Juan Carlos"),
        ev("2012-11-17-cadiz-calderon-humala-pinera-santos", M, PLN, "2012-11", "Cadiz",
           [PINERA, CALDERON, SANTOS, HUMALA], ["Pacific Alliance"],
           "The four presidents will meet again in November in Cádiz"),
        ev("2012-06-28-mendoza-mercosur", M, PLN, "2012-06", "Mendoza", [], ["Mercosur"],
           "the Mercosur presidents gather in Mendoza at the end of this month"),
    ], ["'Humala, who succeeded García in July' (no meeting)",
        "'None of that was in Wednesday's text' (no meeting)",
        "'Laura Chinchilla had been expected as an observer but did not make it to Paranal' (negation)",
        "'If Costa Rica or Panama joined as a full member ... Nobody has set a timetable' (hypothetical)",
        "'will inevitably be compared with Paranal' (no meeting)",
        "Related: 'Chile to meet Peru in World Cup qualifier in Lima' (furniture, sport)"]),

    # Photo gallery, manifest null; the page prints "GALLERY | Sunday 2 June 2013, 14:20" and each caption carries a
    # day-first date.
    # 2/9 "President Anthony Carmona receives Xi at President's House in St Ann's, Port of Spain, on Saturday
    #   morning. (01/06/2013)" -> 1 Jun 2013.
    # 3/9 "Prime Minister Kamla Persad-Bissessar and Xi hold talks at the Diplomatic Centre later on Saturday" ->
    #   1 Jun 2013, Port of Spain.
    # 4/9 "Baldwin Spencer, the first of the visiting Caribbean leaders to have a bilateral with Xi, ... on Saturday
    #   evening" -> 1 Jun 2013.
    # 5/9 "Portia Simpson-Miller during her one-on-one meeting with Xi this morning. (02/06/2013)" -> 2 Jun 2013.
    # 6/9 "Perry Christie greets Xi at the start of their meeting. (02/06/2013)" -> 2 Jun 2013.
    # 7/9 "Desi Bouterse and ... Freundel Stuart are scheduled to see Xi separately this afternoon" -> two planned
    #   events, 2 Jun 2013.
    # 8/9 "File photo: ... Joe Biden with Prime Minister Persad-Bissessar and Haiti's President Michel Martelly,
    #   the CARICOM chairman, after Tuesday's talks with Caribbean leaders" -> 28 May 2013 (caption date and the
    #   Tuesday before a Sunday agree); the other Caribbean leaders -> group CARICOM.
    ("009_tt_cn_xi_port_of_spain_gallery", "2013-06-02", True, [
        ev("2013-06-01-port-of-spain-carmona-xi", M, OCC, "2013-06-01", "Port of Spain", [CARMONA, XI], [],
           "President Anthony Carmona receives Xi at President's House in St Ann's, Port of Spain"),
        ev("2013-06-01-port-of-spain-persad-bissessar-xi", M, OCC, "2013-06-01", "Port of Spain", [PERSAD, XI], [],
           "Prime Minister Kamla Persad-Bissessar and Xi hold talks at the Diplomatic Centre later on Saturday"),
        ev("2013-06-01-port-of-spain-spencer-xi", M, OCC, "2013-06-01", "Port of Spain", [SPENCER, XI], [],
           "Baldwin Spencer, the first of the visiting Caribbean leaders to have a bilateral with Xi"),
        ev("2013-06-02-port-of-spain-simpson-miller-xi", M, OCC, "2013-06-02", "Port of Spain",
           [SIMPSON_MILLER, XI], [], "Jamaica's Portia Simpson-Miller during her one-on-one meeting with Xi this morning"),
        ev("2013-06-02-port-of-spain-christie-xi", M, OCC, "2013-06-02", "Port of Spain", [CHRISTIE, XI], [],
           "Bahamas Prime Minister Perry Christie greets Xi at the start of their meeting"),
        ev("2013-06-02-port-of-spain-bouterse-xi", M, PLN, "2013-06-02", "Port of Spain", [BOUTERSE, XI], [],
           "Suriname's Desi Bouterse and Barbados' Freundel Stuart are scheduled to see Xi separately"),
        ev("2013-06-02-port-of-spain-stuart-xi", M, PLN, "2013-06-02", "Port of Spain", [STUART, XI], [],
           "Suriname's Desi Bouterse and Barbados' Freundel Stuart are scheduled to see Xi separately"),
        ev("2013-05-28-port-of-spain-biden-martelly-persad-bissessar", M, OCC, "2013-05-28", "Port of Spain",
           [BIDEN, PERSAD, MARTELLY], ["CARICOM"],
           "after Tuesday's talks with Caribbean leaders at the same Diplomatic Centre"),
    ], ["1/9 'step off their aircraft at Piarco International Airport on Friday evening' (arrival, no host named)",
        "3/9 'before ministers sign agreements' (same occasion as the talks)",
        "6/9 'Xi's weekend schedule included bilaterals with eight Caribbean leaders in all' (counted)",
        "7/9 'before he leaves for Costa Rica' (travel)",
        "9/9 'The leaders of Belize, St Kitts and Nevis, St Lucia and St Vincent ... have no meeting with Xi' "
        "(negation)",
        "Related galleries: 'Soca Warriors to meet Haiti in Gold Cup warm-up', 'Biden in Port of Spain: a 21-hour "
        "visit' (furniture, sport)"]),

    # TV transcript (broadcast Wednesday 3 September 2014, 21:00 EEST).
    # "President Toomas Hendrik Ilves welcomed him, and the two presidents held talks this morning" -> 3 Sep 2014,
    #   Tallinn (Kadriorg).
    # "Then Obama sat down at the same table with Ilves, Latvia's Andris Bērziņš and Lithuania's Dalia
    #   Grybauskaitė" -> 3 Sep 2014; a different set of parties, so its own event.
    # "since the White House meeting of August last year" -> 2013-08 (key 30 Aug 2013), Washington; "the four".
    # "Prime Minister Taavi Rõivas had a short meeting with him in the early afternoon" -> 3 Sep 2014.
    # "in Newport, where NATO leaders hold their summit tomorrow and Friday" -> planned 4-5 Sep 2014; Obama is
    #   placed there ("left for the NATO summit in Wales").
    # "Joe Biden was in Vilnius in March, where he held talks with Grybauskaitė and Bērziņš" -> 2014-03 (key
    #   19 Mar 2014).
    ("010_ee_us_obama_tallinn_tv_transcript", "2014-09-03", False, [
        ev("2014-09-03-tallinn-ilves-obama", M, OCC, "2014-09-03", "Tallinn", [OBAMA, ILVES], [],
           "President Toomas Hendrik Ilves welcomed him, and the two presidents held talks this morning"),
        ev("2014-09-03-tallinn-berzins-grybauskaite-ilves-obama", M, OCC, "2014-09-03", "Tallinn",
           [OBAMA, ILVES, BERZINS, GRYBAUSKAITE], [],
           "Then Obama sat down at the same table with Ilves, Latvia's Andris Bērziņš"),
        ev("2013-08-30-washington-berzins-grybauskaite-ilves-obama", M, OCC, "2013-08", "Washington",
           [OBAMA, ILVES, BERZINS, GRYBAUSKAITE], [], "since the White House meeting of August last year"),
        ev("2014-09-03-tallinn-obama-roivas", M, OCC, "2014-09-03", "Tallinn", [ROIVAS, OBAMA], [],
           "Prime Minister Taavi Rõivas had a short meeting with him in the early afternoon"),
        ev("2014-09-04-newport-nato", M, PLN, "2014-09-04", "Newport", [OBAMA], ["NATO"],
           "in Newport, where NATO leaders hold their summit tomorrow and Friday", date_end="2014-09-05"),
        ev("2014-03-19-vilnius-berzins-biden-grybauskaite", M, OCC, "2014-03", "Vilnius",
           [BIDEN, GRYBAUSKAITE, BERZINS], [],
           "Joe Biden was in Vilnius in March, where he held talks with Grybauskaitė and Bērziņš"),
    ], ["'For the first time since 2006, a sitting American president has spent a day in Estonia' (visit count, "
        "no encounter)",
        "'left for the NATO summit in Wales' (travel; the summit itself is the planned event)",
        "'gave him a photograph' (same occasion as the Rõivas meeting)",
        "'the speech at the Nordea Concert Hall' (speech)",
        "'he greeted American and Estonian troops at the airport' (troops, not a diplomatic party)",
        "'Ilves and Obama met the press just before noon' (press)",
        "'Permanent bases could come later if the allies agree, but nobody is promising that' (hypothetical)",
        "'Washington has been careful to show up' (vague)",
        "Related transcripts: 'Sports Hour: Estonia to meet Slovenia in EuroBasket qualifier' (furniture, sport)"]),

    # Thursday fact-check (Thursday 2 June 2022; sources line "White House schedule, 31 May 2022").
    # "Ardern was hosted by President Joe Biden in the Oval Office on Tuesday, Washington time" -> 31 May 2022.
    # "Shortly before that, Vice-President Kamala Harris received her for a separate conversation" -> 31 May 2022,
    #   Washington; a separate encounter.
    # "On 23 September 2019, on the sidelines of the UN General Assembly in New York, Ardern and Trump held a
    #   25-minute meeting" -> explicit (the US "pull-aside" label does not change that they sat down together).
    # "Trump called Ardern on 16 March 2019" -> call.
    # "Barack Obama, by then out of office, sat down with Ardern ... at Government House in Auckland on 22 March
    #   2018" -> explicit.
    # "since John Key was Barack Obama's guest there in 2014" -> year only, Washington (the Oval Office) (key
    #   20 Jun 2014).
    ("011_nz_us_ardern_white_house_factcheck", "2022-06-02", False, [
        ev("2022-05-31-washington-ardern-biden", M, OCC, "2022-05-31", "Washington", [ARDERN, BIDEN], [],
           "Ardern was hosted by President Joe Biden in the Oval Office on Tuesday"),
        ev("2022-05-31-washington-ardern-harris", M, OCC, "2022-05-31", "Washington", [HARRIS, ARDERN], [],
           "Vice-President Kamala Harris received her for a separate conversation"),
        ev("2019-09-23-new-york-ardern-trump", M, OCC, "2019-09-23", "New York", [ARDERN, TRUMP], [],
           "in New York, Ardern and Trump held a 25-minute meeting"),
        ev("2019-03-16-ardern-trump-call", C, OCC, "2019-03-16", None, [TRUMP, ARDERN], [],
           "Trump called Ardern on 16 March 2019, the day after the Christchurch mosque attacks"),
        ev("2018-03-22-auckland-ardern-obama", M, OCC, "2018-03-22", "Auckland", [OBAMA, ARDERN], [],
           "sat down with Ardern for about an hour at Government House in Auckland"),
        ev("2014-06-20-washington-key-obama", M, OCC, "2014", "Washington", [KEY, OBAMA], [],
           "since John Key was Barack Obama's guest there in 2014"),
    ], ["'the first time she has ever met an American president' (the false claim, not an event)",
        "'Donald Trump \"refused to meet her\"' (claimed refusal; no record)",
        "'The two were both at the APEC summit in Da Nang in November 2017, but they did not hold a bilateral "
        "meeting there' (negation)",
        "'After her talks Ardern met the press outside the West Wing' (press)",
        "'She said she had invited Biden and Harris to visit New Zealand; no such visit has been scheduled' "
        "(invitation, no occasion)",
        "Related fact checks: 'All Blacks to meet Ireland in July' (furniture, sport)"]),

    # Friday podcast notes ("Published Friday 21 May 2021").
    # 07:40 "Tuesday in Reykjavik. Blinken called on Prime Minister Katrín Jakobsdóttir and held separate talks with
    #   Foreign Minister Guðlaugur Þór Þórðarson at Harpa" -> two events, 18 May 2021.
    # 13:05 "On Wednesday evening Blinken and Sergey Lavrov sat down at the Harpa concert hall" -> 19 May 2021.
    # 13:05 "Until then the two had only spoken by phone, once, on 4 February" -> call, 4 Feb 2021 (the most
    #   recent 4 February before the May 2021 page).
    # 21:30 "On Thursday morning Þórðarson chaired the meeting of the eight Arctic states" -> 20 May 2021; Lavrov
    #   ("took over the gavel") and Blinken ("After the ministerial Blinken flew") are placed there.
    # 29:10 "After the ministerial Blinken flew to Kangerlussuaq, where Premier Múte B. Egede received him" ->
    #   20 May 2021.
    # 35:45 "The presidents last spoke by phone on 13 April" -> call, 13 Apr 2021 (Biden, Putin).
    ("012_arctic_council_reykjavik_podcast_notes", "2021-05-21", False, [
        ev("2021-05-18-reykjavik-blinken-jakobsdottir", M, OCC, "2021-05-18", "Reykjavik", [BLINKEN, JAKOBSDOTTIR],
           [], "Blinken called on Prime Minister Katrín Jakobsdóttir"),
        ev("2021-05-18-reykjavik-blinken-thordarson", M, OCC, "2021-05-18", "Reykjavik", [BLINKEN, THORDARSON], [],
           "held separate talks with Foreign Minister Guðlaugur Þór Þórðarson at Harpa"),
        ev("2021-05-19-reykjavik-blinken-lavrov", M, OCC, "2021-05-19", "Reykjavik", [BLINKEN, LAVROV], [],
           "On Wednesday evening Blinken and Sergey Lavrov sat down at the Harpa concert hall"),
        ev("2021-02-04-blinken-lavrov-call", C, OCC, "2021-02-04", None, [BLINKEN, LAVROV], [],
           "Until then the two had only spoken by phone, once, on 4 February"),
        ev("2021-05-20-reykjavik-arctic-council", M, OCC, "2021-05-20", "Reykjavik",
           [THORDARSON, LAVROV, BLINKEN], ["Arctic Council"],
           "On Thursday morning Þórðarson chaired the meeting of the eight Arctic states"),
        ev("2021-05-20-kangerlussuaq-blinken-egede", M, OCC, "2021-05-20", "Kangerlussuaq", [BLINKEN, EGEDE], [],
           "After the ministerial Blinken flew to Kangerlussuaq, where Premier Múte B. Egede received him"),
        ev("2021-04-13-biden-putin-call", C, OCC, "2021-04-13", None, [BIDEN, PUTIN], [],
           "The presidents last spoke by phone on 13 April, when Biden proposed a summit"),
    ], ["'Blinken's trip started in Copenhagen on Monday' (travel, no encounter stated)",
        "'Plus a geothermal plant tour' (visit, no counterpart)",
        "'we read the two readouts side by side' (statements)",
        "'Lavrov took over the gavel' (same occasion as the ministerial)",
        "'he said once more that the US is not trying to buy the island' (statement)",
        "'Biden proposed a summit in a third country ... neither side has announced a date or a venue' (proposal, "
        "no occasion)",
        "Related episodes: 'Iceland to meet Russia? Football, fish and the chairmanship handover' (furniture)"]),

    # Friday regional paper ("Friday, 13 November 2015").
    # "European and African leaders wrapped up two days of talks on migration ... yesterday" with "opened on
    #   Wednesday" -> 11-12 Nov 2015, Valletta; Muscat (host), Tusk, Juncker (signed on the closing day), Mahama
    #   ("one of the signatories") and Cameron ("attended the opening session") are placed there.
    # "the EU heads of state and government stayed on yesterday afternoon for an informal meeting chaired by
    #   Tusk" -> 12 Nov 2015; a different gathering from the summit.
    # "flew back to London yesterday morning, where he welcomed India's Prime Minister Narendra Modi to Downing
    #   Street" -> 12 Nov 2015, London.
    # "an emergency meeting of EU leaders in Brussels on 23 April" -> 2015-04-23; Muscat "pressed at that meeting".
    # "CHOGM, which runs from 27 to 29 November, and Muscat will chair it" -> planned 27-29 Nov 2015; "The
    #   capital" -> Valletta.
    ("013_mt_valletta_migration_summit_regional", "2015-11-13", False, [
        ev("2015-11-11-valletta-migration-summit", M, OCC, "2015-11-11", "Valletta",
           [MUSCAT, TUSK, JUNCKER, MAHAMA, CAMERON], ["European Union", "African countries"],
           "European and African leaders wrapped up two days of talks on migration",
           date_end="2015-11-12"),
        ev("2015-11-12-valletta-european-union", M, OCC, "2015-11-12", "Valletta", [TUSK], ["European Union"],
           "stayed on yesterday afternoon for an informal meeting chaired by Tusk"),
        ev("2015-11-12-london-cameron-modi", M, OCC, "2015-11-12", "London", [CAMERON, MODI], [],
           "where he welcomed India's Prime Minister Narendra Modi to Downing Street"),
        ev("2015-04-23-brussels-european-union", M, OCC, "2015-04-23", "Brussels", [MUSCAT], ["European Union"],
           "an emergency meeting of EU leaders in Brussels on 23 April"),
        ev("2015-11-27-valletta-chogm", M, PLN, "2015-11-27", "Valletta", [MUSCAT], ["Commonwealth"],
           "Commonwealth leaders arrive for CHOGM, which runs from 27 to 29 November", date_end="2015-11-29"),
    ], ["'Juncker signed the trust fund with a group of African and European leaders on the closing day' (same "
        "occasion as the summit)",
        "'Mahama ... called the fund \"a tool, not a solution\"' (statement)",
        "'Muscat pressed at that meeting for talks with African governments' (proposal; it led to the summit)",
        "'Several African countries sent ministers rather than heads of state' (vague)",
        "'Roads around Castille and Floriana reopen to traffic this morning' (no meeting)",
        "Related: 'Malta to meet Italy in a Euro qualifier rematch? Not this time' (furniture, sport)"]),

    # Monday energy newsletter ("Monday 14 December 2015").
    # "Four leaders stood ... outside Mary on Sunday ... Berdimuhamedov hosted Afghan President Ashraf Ghani,
    #   Pakistani Prime Minister Nawaz Sharif and Indian Vice-President Hamid Ansari" -> 13 Dec 2015, Mary.
    # "They met on the margins of the climate conference in Paris on 30 November" -> 30 Nov 2015, Paris.
    # "on Wednesday Sharif received Ghani in Islamabad, on the opening day of the Heart of Asia conference" ->
    #   9 Dec 2015, Islamabad; the conference is only the backdrop.
    # "On 11 December 2010 Berdimuhamedov, Hamid Karzai and Asif Ali Zardari, with ... Murli Deora, signed the
    #   intergovernmental agreement at a summit in Ashgabat" -> explicit.
    # "Narendra Modi is expected in Kabul later this month ... and is due to hold talks with Ghani" -> planned
    #   2015-12 (key 25 Dec 2015).
    ("014_tm_tapi_groundbreaking_energy_newsletter", "2015-12-14", False, [
        ev("2015-12-13-mary-ansari-berdimuhamedov-ghani-sharif", M, OCC, "2015-12-13", "Mary",
           [BERDIMUHAMEDOV, GHANI, SHARIF, ANSARI], [],
           "Berdimuhamedov hosted Afghan President Ashraf Ghani, Pakistani Prime Minister Nawaz Sharif"),
        ev("2015-11-30-paris-ghani-sharif", M, OCC, "2015-11-30", "Paris", [GHANI, SHARIF], [],
           "They met on the margins of the climate conference in Paris on 30 November"),
        ev("2015-12-09-islamabad-ghani-sharif", M, OCC, "2015-12-09", "Islamabad", [SHARIF, GHANI], [],
           "on Wednesday Sharif received Ghani in Islamabad"),
        ev("2010-12-11-ashgabat-berdimuhamedov-deora-karzai-zardari", M, OCC, "2010-12-11", "Ashgabat",
           [BERDIMUHAMEDOV, KARZAI, ZARDARI, DEORA], [],
           "On 11 December 2010 Berdimuhamedov, Hamid Karzai and Asif Ali Zardari"),
        ev("2015-12-25-kabul-ghani-modi", M, PLN, "2015-12", "Kabul", [MODI, GHANI], [],
           "is due to hold talks with Ghani while he is there"),
    ], ["'the four signed the first section of pipe before pressing the button' (same occasion)",
        "'Ashgabat says first gas will flow by the end of 2019' (statement)",
        "'The ceremony capped a busy fortnight for Ghani and Sharif' (vague)",
        "'on the opening day of the Heart of Asia conference on Afghanistan' and 'on the margins of the climate "
        "conference in Paris' (backdrops, not reported as gatherings)",
        "'Ansari and Sharif shook hands in Mary but held no bilateral meeting' (negation)",
        "'to open the new parliament building that India paid for' (ceremony; the talks with Ghani are the event)",
        "'Transit fees through Afghanistan are likely to come up' (no meeting)",
        "ALSO THIS WEEK / Latest news items (no meetings)"]),
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
