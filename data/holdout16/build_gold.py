#!/usr/bin/env python3
"""Generate gold.jsonl and manifest.jsonl for the holdout16 held-out corpus.

Run:  python3 data/holdout16/build_gold.py   then   python3 data/eval/validate.py data/holdout16
Each article lists its true publication date, whether the manifest hides it, its gold
events, and (for documentation only) the traps it contains that must NOT be extracted.

BLIND: people who develop dossier must not read this file. It lists every event and trap.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

# canonical names
SANTOS, LONDONO, RAUL, FIDEL, DE_LA_CALLE, MARQUEZ, FRANCIS, OBAMA = (
    "Juan Manuel Santos", "Rodrigo Londono", "Raul Castro", "Fidel Castro", "Humberto de la Calle",
    "Ivan Marquez", "Pope Francis", "Barack Obama")
KERRY, ORTEGA, MACRI = "John Kerry", "Jaime Ortega", "Mauricio Macri"
MIN_AUNG_HLAING, HTIN_KYAW, SUU_KYI, HAMID, HASINA, REHANA, MAHMOOD_ALI, KYAW_TINT_SWE = (
    "Min Aung Hlaing", "Htin Kyaw", "Aung San Suu Kyi", "Abdul Hamid", "Sheikh Hasina", "Sheikh Rehana",
    "Abul Hassan Mahmood Ali", "Kyaw Tint Swe")
MA, XI, LEE_HL, ZHANG, WANG_YC, HSIA, SIEW = (
    "Ma Ying-jeou", "Xi Jinping", "Lee Hsien Loong", "Zhang Zhijun", "Wang Yu-chi", "Andrew Hsia",
    "Vincent Siew")
MCGUINNESS, ADAMS, BLAIR, QUEEN, HIGGINS, ROBINSON = (
    "Martin McGuinness", "Gerry Adams", "Tony Blair", "Queen Elizabeth II", "Michael D. Higgins",
    "Peter Robinson")
TSIPRAS, MERKEL, HOLLANDE, TUSK, VAROUFAKIS, SCHAUBLE, PUTIN, TSAKALOTOS, DIJSSELBLOEM = (
    "Alexis Tsipras", "Angela Merkel", "Francois Hollande", "Donald Tusk", "Yanis Varoufakis",
    "Wolfgang Schauble", "Vladimir Putin", "Euclid Tsakalotos", "Jeroen Dijsselbloem")
ERDOGAN, LAVROV, CAVUSOGLU = "Recep Tayyip Erdogan", "Sergey Lavrov", "Mevlut Cavusoglu"
JAMMEH, BARROW, SIRLEAF, BUHARI, MAHAMA, KOROMA, SALL, CONDE, AZIZ = (
    "Yahya Jammeh", "Adama Barrow", "Ellen Johnson Sirleaf", "Muhammadu Buhari", "John Mahama",
    "Ernest Bai Koroma", "Macky Sall", "Alpha Conde", "Mohamed Ould Abdel Aziz")
TRUMP, PENCE, MAY, RENZI, RAJOY = "Donald Trump", "Mike Pence", "Theresa May", "Matteo Renzi", "Mariano Rajoy"
ABE, DUTERTE = "Shinzo Abe", "Rodrigo Duterte"
PENA_NIETO, TRUDEAU = "Enrique Pena Nieto", "Justin Trudeau"
MODI, SHARIF, GHANI, DOVAL, JANJUA, SWARAJ, S_AZIZ, JAISHANKAR, CHAUDHRY = (
    "Narendra Modi", "Nawaz Sharif", "Ashraf Ghani", "Ajit Doval", "Nasser Khan Janjua", "Sushma Swaraj",
    "Sartaj Aziz", "Subrahmanyam Jaishankar", "Aizaz Ahmad Chaudhry")
PARK, BOUNNHANG, AQUINO = "Park Geun-hye", "Bounnhang Vorachith", "Benigno Aquino III"
BISHOP, PEREIRA, GUTERRES, TAKSOE, DOWNER, RAMOS_HORTA = (
    "Julie Bishop", "Agio Pereira", "Antonio Guterres", "Peter Taksoe-Jensen", "Alexander Downer",
    "Jose Ramos-Horta")
JUNCKER, FICO, FREELAND, MAGNETTE, SCHULZ = (
    "Jean-Claude Juncker", "Robert Fico", "Chrystia Freeland", "Paul Magnette", "Martin Schulz")


def ev(key, kind, status, date, location, participants, groups, evidence, date_end=None):
    e = {"key": key, "kind": kind, "status": status, "date": date}
    if date_end:
        e["date_end"] = date_end
    e.update({"location": location, "participants": participants, "groups": groups,
              "evidence": evidence})
    return e


M, C, OCC, PLN = "meeting", "call", "occurred", "planned"

ARTICLES = [
    # 000 Wire, Thursday 24 Sep 2015 (dateline "HAVANA, Sept 24", "Published Thu 24 Sep 2015").
    # "shook hands in Havana on Wednesday" -> 23 Sep (nearest past Wednesday); Raul Castro stood between them
    #   and joined their hands, so he is a participant (host). The delegations are not listed as groups: the
    #   sentence names the three men; "the delegations announced a deal" is a separate act.
    # "due back at the table in Havana on Monday" -> planned 28 Sep (next Monday after a Thursday); negotiators
    #   unnamed -> groups Colombia (the government) and FARC.
    # "launched in Oslo on Oct. 18, 2012 ... de la Calle and ... Marquez opened the talks" -> explicit date.
    # "On Sunday, after celebrating mass in Havana's Revolution Square, the pontiff visited Fidel Castro at his
    #   home and later held talks with Raul Castro at the Palace of the Revolution" -> two separate encounters on
    #   20 Sep (nearest past Sunday). Both men are surnamed Castro, so the keys carry the given name.
    # "Francis had already been welcomed by President Barack Obama at the White House on Wednesday morning"
    #   -> 23 Sep, Washington (White House -> Washington).
    # Traps: the deadline of six months (no meeting); "Santos said he could sit down with Londono again once the
    #   final text was ready ... no such meeting has been arranged" (hypothetical); Uribe "had no intention of
    #   meeting Santos" (negation, social media); "scheduled to address the UN General Assembly" (speech);
    #   RELATED "Maduro and Santos meet in Quito", "Colombia to meet Peru in World Cup qualifier" (furniture,
    #   sport); MOST READ headlines (furniture).
    ("000_co_farc_havana_handshake_wire", "2015-09-24", False, [
        ev("2015-09-23-havana-castro-londono-santos", M, OCC, "2015-09-23", "Havana", [SANTOS, LONDONO, RAUL], [],
           "Rodrigo Londoño, shook hands in Havana on Wednesday"),
        ev("2015-09-28-havana-colombia-farc", M, PLN, "2015-09-28", "Havana", [], ["Colombia", "FARC"],
           "Negotiators from the government and the guerrilla are due back at the table in Havana"),
        ev("2012-10-18-oslo-de-la-calle-marquez", M, OCC, "2012-10-18", "Oslo", [DE_LA_CALLE, MARQUEZ], [],
           "The process was formally launched in Oslo on Oct. 18, 2012"),
        ev("2015-09-20-havana-fidel-castro-francis", M, OCC, "2015-09-20", "Havana", [FRANCIS, FIDEL], [],
           "the pontiff visited Fidel Castro at his home"),
        ev("2015-09-20-havana-francis-raul-castro", M, OCC, "2015-09-20", "Havana", [FRANCIS, RAUL], [],
           "later held talks with Raúl Castro at the Palace of the Revolution"),
        ev("2015-09-23-washington-francis-obama", M, OCC, "2015-09-23", "Washington", [FRANCIS, OBAMA], [],
           "welcomed by President Barack Obama at the White House on Wednesday morning"),
    ], ["'gave themselves six months to complete a final accord' (deadline, no meeting)",
        "'Santos said he could sit down with Londono again once the final text was ready ... no such meeting has "
        "been arranged' (hypothetical, negation)",
        "'the delegations announced a deal on a special court' (announcement, same occasion)",
        "'Uribe ... said on Twitter ... he had no intention of meeting Santos' (social media, negation)",
        "'Santos is scheduled to address the UN General Assembly in New York next week' (speech)",
        "RELATED: 'Maduro and Santos meet in Quito, agree to return ambassadors', 'Colombia to meet Peru in World "
        "Cup qualifier in Barranquilla'; MOST READ: 'Pope lands in Washington to cheering crowds' (furniture, "
        "sport)"]),

    # 001 Live blog, Monday 21 Mar 2016 ("Last updated Monday, March 21, 2016").
    # 2:10 p.m. "Obama and Raul Castro began their formal talks at the Palace of the Revolution" -> today 21 Mar.
    # 4:55 p.m. Kerry "first met the government negotiating team led by Humberto de la Calle, then held a separate
    #   session with the FARC delegation headed by Ivan Marquez" -> two events, 21 Mar, Havana (El Laguito district
    #   of Havana). Unnamed team members -> groups Colombia / FARC.
    # 11:15 a.m. recap: "spoke by phone ... on Dec. 16, 2014" -> call; "first formal meeting at the Summit of the
    #   Americas in Panama City on April 11, 2015" -> explicit; "met again at the United Nations in New York last
    #   September" -> 2015-09 (key 29 Sep 2015). "Pope Francis ... had himself held talks with Raul Castro in Havana
    #   in September, days before that UN encounter" -> 2015-09 (the most recent September; same key as 000, where
    #   the day is given).
    # 9:05 a.m. "Air Force One touched down in Havana yesterday afternoon. In the evening the first family ...
    #   stopped at the cathedral, where Cardinal Jaime Ortega received them" -> 20 Mar ("yesterday"), Havana.
    # 8:00 a.m. schedule: "Wednesday: Obama flies to Buenos Aires, where he is to hold talks with President
    #   Mauricio Macri at the Casa Rosada" -> planned 23 Mar, Buenos Aires.
    # Traps: joint news conference; the state dinner tonight (same day and occasion as the talks); wreath-laying;
    #   "no plans for Obama to meet Fidel Castro" (negation); Tuesday speech at the Gran Teatro; "the Tampa Bay Rays
    #   meet Cuba's national team" (sports fixture); MOST READ incl. "Kerry to meet Lavrov in Moscow later this
    #   week", "Cuba to meet Venezuela in Caribbean baseball showdown" (furniture).
    ("001_cu_us_obama_havana_liveblog", "2016-03-21", False, [
        ev("2016-03-21-havana-castro-obama", M, OCC, "2016-03-21", "Havana", [OBAMA, RAUL], [],
           "Obama and Raúl Castro began their formal talks at the Palace of the Revolution"),
        ev("2016-03-21-havana-de-la-calle-kerry", M, OCC, "2016-03-21", "Havana", [KERRY, DE_LA_CALLE],
           ["Colombia"], "He first met the government negotiating team led by Humberto de la Calle"),
        ev("2016-03-21-havana-kerry-marquez", M, OCC, "2016-03-21", "Havana", [KERRY, MARQUEZ], ["FARC"],
           "then held a separate session with the FARC delegation headed by Iván Márquez"),
        ev("2014-12-16-castro-obama-call", C, OCC, "2014-12-16", None, [OBAMA, RAUL], [],
           "Obama and Raúl Castro spoke by phone for about 45 minutes on Dec. 16, 2014"),
        ev("2015-04-11-panama-city-castro-obama", M, OCC, "2015-04-11", "Panama City", [OBAMA, RAUL], [],
           "meeting at the Summit of the Americas in Panama City on April 11, 2015"),
        ev("2015-09-29-new-york-castro-obama", M, OCC, "2015-09", "New York", [OBAMA, RAUL], [],
           "and met again at the United Nations in New York last September"),
        ev("2015-09-20-havana-francis-raul-castro", M, OCC, "2015-09", "Havana", [FRANCIS, RAUL], [],
           "had himself held talks with Raúl Castro in Havana in September"),
        ev("2016-03-20-havana-obama-ortega", M, OCC, "2016-03-20", "Havana", [OBAMA, ORTEGA], [],
           "stopped at the cathedral, where Cardinal Jaime Ortega received them"),
        ev("2016-03-23-buenos-aires-macri-obama", M, PLN, "2016-03-23", "Buenos Aires", [OBAMA, MACRI], [],
           "he is to hold talks with President Mauricio Macri at the Casa Rosada"),
    ], ["'wrapped up a joint news conference' (press conference)",
        "'A state dinner at the palace follows tonight' (same day and occasion as the talks)",
        "'following a wreath-laying at the Jose Marti memorial' (ceremony)",
        "'there are no plans for Obama to meet Fidel Castro on this trip' (negation)",
        "'Obama speaks to the Cuban people from the Gran Teatro' (speech)",
        "'the Tampa Bay Rays meet Cuba's national team in an exhibition game' (sports fixture)",
        "'their joint announcement that the two countries would restore relations' (announcement)",
        "MOST READ: 'Kerry to meet Lavrov in Moscow later this week', 'Cuba to meet Venezuela in Caribbean baseball "
        "showdown' (furniture, sport)"]),

    # 002 Photo gallery, manifest null; the page prints "Gallery | Updated 2 December 2017, 18:10 (Dhaka)"
    # (a Saturday). Every caption carries a day-first date "(dd/mm/yyyy)".
    # (27/11/2017) Francis "received Senior General Min Aung Hlaing ... at the archbishop's residence" in Yangon.
    #   "on the programme for later in the week but was brought forward" -> the original slot is not an event.
    # (28/11/2017) "President Htin Kyaw welcomes the pontiff at the Presidential Palace for a courtesy call",
    #   Naypyitaw. (28/11/2017) "Later the same afternoon Francis and ... Suu Kyi held private talks" -> a separate
    #   encounter with a different person; the joint addresses are speeches.
    # (File, 04/05/2017) "Suu Kyi was received by Francis at the Apostolic Palace in May" -> the caption date gives
    #   the day (4 May 2017); Apostolic Palace -> Vatican City.
    # (30/11/2017) "private conversation with President Abdul Hamid at Bangabhaban" -> Dhaka.
    # (01/12/2017) "Sheikh Hasina called on Francis at the Apostolic Nunciature in Baridhara, accompanied by her
    #   sister Sheikh Rehana" -> Dhaka; Rehana is named as accompanying, so she is a participant.
    # "On 23 November in Naypyitaw, ... Mahmood Ali and ... Kyaw Tint Swe ... signed an arrangement" -> a signing
    #   attended by both sides, 23 Nov 2017 (the page year).
    # Traps: the mass at Kyaikkasan Ground, the wreath at Savar, the Bangabhaban address, the youth event at
    #   Notre Dame College, "He flies back to Rome this evening" (travel), "Suu Kyi is not expected to visit Dhaka,
    #   and no date has been set" (negation); Related galleries incl. "Bangladesh to meet Myanmar in SAFF women's
    #   football semi-final" (furniture, sport).
    ("002_mm_bd_pope_francis_visit_gallery", "2017-12-02", True, [
        ev("2017-11-27-yangon-francis-min-aung-hlaing", M, OCC, "2017-11-27", "Yangon", [FRANCIS, MIN_AUNG_HLAING],
           [], "Pope Francis received Senior General Min Aung Hlaing"),
        ev("2017-11-28-naypyitaw-francis-htin-kyaw", M, OCC, "2017-11-28", "Naypyitaw", [HTIN_KYAW, FRANCIS], [],
           "President Htin Kyaw welcomes the pontiff at the Presidential Palace for a courtesy call"),
        ev("2017-11-28-naypyitaw-francis-suu-kyi", M, OCC, "2017-11-28", "Naypyitaw", [FRANCIS, SUU_KYI], [],
           "Francis and State Counsellor Aung San Suu Kyi held private talks"),
        ev("2017-05-04-vatican-city-francis-suu-kyi", M, OCC, "2017-05-04", "Vatican City", [SUU_KYI, FRANCIS], [],
           "Suu Kyi was received by Francis at the Apostolic Palace in May"),
        ev("2017-11-30-dhaka-francis-hamid", M, OCC, "2017-11-30", "Dhaka", [FRANCIS, HAMID], [],
           "Francis had a private conversation with President Abdul Hamid at Bangabhaban"),
        ev("2017-12-01-dhaka-francis-hasina", M, OCC, "2017-12-01", "Dhaka", [HASINA, FRANCIS, REHANA], [],
           "Prime Minister Sheikh Hasina called on Francis at the Apostolic Nunciature in Baridhara"),
        ev("2017-11-23-naypyitaw-kyaw-tint-swe-mahmood-ali", M, OCC, "2017-11-23", "Naypyitaw",
           [MAHMOOD_ALI, KYAW_TINT_SWE], [],
           "On 23 November in Naypyitaw, Bangladesh's foreign minister AH Mahmood Ali and Myanmar's"),
    ], ["'The meeting had been on the programme for later in the week but was brought forward' (original slot)",
        "'both addressed officials and diplomats at the International Convention Centre' (speeches)",
        "'Crowds at the open-air mass at Kyaikkasan Ground' (ceremony)",
        "'After a wreath-laying at the National Martyrs' Memorial in Savar' (ceremony)",
        "'The pope's address at Bangabhaban called for \"decisive measures\"' (speech)",
        "'the pope's car arrives at Notre Dame College this afternoon. He flies back to Rome this evening' "
        "(event with young people, travel)",
        "'Suu Kyi is not expected to visit Dhaka, and no date has been set for the first returns' (negation)",
        "Related galleries: 'Bangladesh to meet Myanmar in SAFF women's football semi-final'; Most viewed "
        "(furniture, sport)"]),

    # 003 Translated page, Sunday 8 Nov 2015 ("2015-11-08 (Sunday)").
    # "Ma Ying-jeou and Chinese leader Xi Jinping met yesterday afternoon at the Shangri-La Hotel in Singapore"
    #   -> 7 Nov. The shared dinner is part of the same occasion.
    # "Xi had begun his day at the Istana, where he held talks with ... Lee Hsien Loong" -> "his day" is the day of
    #   the Ma meeting, 7 Nov; Istana is in Singapore.
    # "Wang Yu-chi ... and Zhang held the first formal talks ... in Nanjing on 11 February 2014" -> explicit.
    # "Andrew Hsia, met Zhang on Kinmen in May and again in Guangzhou last month" -> two events: Kinmen 2015-05
    #   (key 23 May 2015) and Guangzhou 2015-10 (key 14 Oct 2015).
    # "when he received Vincent Siew ... on the sidelines of the APEC summit in Bali in October 2013" -> 2013-10
    #   (key 6 Oct 2013); the APEC summit is only a backdrop.
    # Traps: "according to a briefing given afterwards by ... Zhang Zhijun" (briefing); "He had arrived on Friday
    #   from Hanoi" (travel); "Tsai Ing-wen ... declined Ma's invitation to talk" (declined invitation); "Ma held a
    #   press conference" (press); "it could happen 'if conditions allow'" (hypothetical); "no further leaders'
    #   meeting has been scheduled" (negation); the hotline (no meeting); Related stories incl. "Premier12: Chinese
    #   Taipei to meet group rivals in Taichung" and "KMT candidate Chu backs Singapore meeting" (furniture).
    ("003_tw_cn_ma_xi_singapore_translated", "2015-11-08", False, [
        ev("2015-11-07-singapore-ma-xi", M, OCC, "2015-11-07", "Singapore", [MA, XI], [],
           "Ma Ying-jeou and Chinese leader Xi Jinping met yesterday afternoon at the Shangri-La Hotel"),
        ev("2015-11-07-singapore-lee-xi", M, OCC, "2015-11-07", "Singapore", [XI, LEE_HL], [],
           "where he held talks with Singapore's Prime Minister Lee Hsien Loong"),
        ev("2014-02-11-nanjing-wang-zhang", M, OCC, "2014-02-11", "Nanjing", [WANG_YC, ZHANG], [],
           "agencies in Nanjing on 11 February 2014"),
        ev("2015-05-23-kinmen-hsia-zhang", M, OCC, "2015-05", "Kinmen", [HSIA, ZHANG], [],
           "Wang's successor, Andrew Hsia, met Zhang on Kinmen in May"),
        ev("2015-10-14-guangzhou-hsia-zhang", M, OCC, "2015-10", "Guangzhou", [HSIA, ZHANG], [],
           "and again in Guangzhou last month"),
        ev("2013-10-06-bali-siew-xi", M, OCC, "2013-10", "Bali", [XI, SIEW], [],
           "when he received Vincent Siew, Taiwan's former vice-president"),
    ], ["'they went on to share a dinner' (same occasion as the meeting)",
        "'according to a briefing given afterwards by Taiwan Affairs Office director Zhang Zhijun' (briefing)",
        "'witnessed the signing of eight agreements' (same occasion as the Lee talks)",
        "'He had arrived on Friday from Hanoi' (travel)",
        "'Tsai Ing-wen ... declined Ma's invitation to talk before his departure' (declined invitation)",
        "'Ma held a press conference at the hotel' (press conference); 'flew back to Taipei overnight' (travel)",
        "'it could happen \"if conditions allow\"' (hypothetical); 'no further leaders' meeting has been scheduled' "
        "(negation); 'A proposed hotline' (no meeting)",
        "Related stories: 'Premier12: Chinese Taipei to meet group rivals in Taichung', 'KMT candidate Chu backs "
        "Singapore meeting' (furniture, sport)"]),

    # 004 Obituary, Tuesday 21 Mar 2017 ("Published 21 March 2017").
    # "On 11 December 1997 he and Gerry Adams walked into Downing Street for talks with Tony Blair" -> London.
    # "came on 27 June 2012, when he shook hands with Queen Elizabeth II at the Lyric Theatre in Belfast, in a
    #   private room where ... Higgins and ... Robinson were also present" -> explicit; all four are present.
    # "he was in white tie at Windsor Castle when the Queen hosted a state banquet for Higgins in April 2014"
    #   -> 2014-04 (key 8 Apr 2014), Windsor; McGuinness is placed there.
    # Traps: "took office as deputy first minister alongside Ian Paisley" (internal to one government); "travelled
    #   to Washington almost every St Patrick's Day and ... met several American presidents there" (habitual,
    #   counted); resignation; Foster's statement and Kenny's remark (statements); the funeral on Thursday and
    #   Clinton's expected attendance (ceremony); "Talks on restoring the executive at Stormont have been paused"
    #   (domestic, paused); Read more: "Queen meets Higgins at Windsor: the night in pictures", "Derry to meet Tyrone
    #   in Ulster championship opener" (furniture, sport).
    ("004_ie_uk_mcguinness_obituary_profile", "2017-03-21", False, [
        ev("1997-12-11-london-adams-blair-mcguinness", M, OCC, "1997-12-11", "London", [MCGUINNESS, ADAMS, BLAIR],
           [], "On 11 December 1997 he and Gerry Adams walked into Downing Street for talks"),
        ev("2012-06-27-belfast-elizabeth-ii-higgins-mcguinness-robinson", M, OCC, "2012-06-27", "Belfast",
           [MCGUINNESS, QUEEN, HIGGINS, ROBINSON], [],
           "he shook hands with Queen Elizabeth II at the Lyric Theatre in Belfast"),
        ev("2014-04-08-windsor-elizabeth-ii-higgins-mcguinness", M, OCC, "2014-04", "Windsor",
           [QUEEN, HIGGINS, MCGUINNESS], [],
           "when the Queen hosted a state banquet for Higgins in April 2014"),
    ], ["'took office as deputy first minister alongside Ian Paisley' (internal to one government)",
        "'met several American presidents there' (habitual, counted)",
        "'He resigned in January in protest' (no meeting)",
        "'Foster said in a statement'; 'Enda Kenny called him \"a peacemaker\"' (statements)",
        "'His funeral will take place in Derry on Thursday. ... Bill Clinton is expected to attend' (ceremony)",
        "'Talks on restoring the executive at Stormont have been paused' (domestic, paused)",
        "Read more: 'Queen meets Higgins at Windsor: the night in pictures', 'Derry to meet Tyrone in Ulster "
        "championship opener' (furniture, sport)"]),

    # 005 Timeline, manifest null; the page prints "Last updated 14.07.2015 | 10:32 EEST" (day-first), so the
    # entries (day and month only) are in 2015.
    # "5 February - Berlin: Varoufakis calls on Wolfgang Schauble at the German finance ministry" -> explicit.
    # "23 March - Berlin: Tsipras is received by Chancellor Angela Merkel" -> explicit.
    # "8 April - Moscow: Tsipras holds talks with Vladimir Putin in the Kremlin" -> explicit.
    # "19 June - St Petersburg: Tsipras and Putin meet again, ... on the margins of the ... Forum" -> explicit;
    #   the forum is a backdrop.
    # "6 July - Paris: ... That evening Merkel flies to Paris to confer with President Francois Hollande at the
    #   Elysee" -> 6 Jul, Paris.
    # "7 July - Brussels: Eurozone leaders gather for an emergency summit. Tsipras arrives ..." -> gathering;
    #   only Tsipras named; group Eurozone.
    # "11-12 July - Brussels: Eurogroup finance ministers, chaired by Jeroen Dijsselbloem, spend Saturday and most
    #   of Sunday ..." -> 11-12 Jul; Tsakalotos "faces Schauble across the table" -> both present; group Eurogroup.
    # "12-13 July - Brussels: The euro summit opens on Sunday afternoon and runs through the night" -> 12-13 Jul;
    #   Tsipras, Merkel, Hollande and Tusk placed there; the side-room huddle is part of the summit (not separate).
    # Traps: the election; "At their joint appearance afterwards" (press); the televised address and the
    #   referendum; Varoufakis's resignation; "Tusk announces agreement" (announcement); "Parliament in Athens must
    #   pass the first laws" (domestic); "Ministers are divided over whether early elections will follow"
    #   (domestic); "Negotiations on the loan itself have yet to begin, and no date has been set" (negation);
    #   MOST READ incl. "Greece to meet Spain in EuroBasket warm-up in Athens" (furniture, sport).
    ("005_gr_eu_bailout_brinkmanship_timeline", "2015-07-14", True, [
        ev("2015-02-05-berlin-schauble-varoufakis", M, OCC, "2015-02-05", "Berlin", [VAROUFAKIS, SCHAUBLE], [],
           "Finance minister Yanis Varoufakis calls on Wolfgang Schäuble at the German finance ministry"),
        ev("2015-03-23-berlin-merkel-tsipras", M, OCC, "2015-03-23", "Berlin", [TSIPRAS, MERKEL], [],
           "Tsipras is received by Chancellor Angela Merkel at the Chancellery"),
        ev("2015-04-08-moscow-putin-tsipras", M, OCC, "2015-04-08", "Moscow", [TSIPRAS, PUTIN], [],
           "Tsipras holds talks with Vladimir Putin in the Kremlin."),
        ev("2015-06-19-st-petersburg-putin-tsipras", M, OCC, "2015-06-19", "St Petersburg", [TSIPRAS, PUTIN], [],
           "Tsipras and Putin meet again"),
        ev("2015-07-06-paris-hollande-merkel", M, OCC, "2015-07-06", "Paris", [MERKEL, HOLLANDE], [],
           "That evening Merkel flies to Paris to confer with President François Hollande at the Élysée"),
        ev("2015-07-07-brussels-euro-summit", M, OCC, "2015-07-07", "Brussels", [TSIPRAS], ["Eurozone"],
           "Eurozone leaders gather for an emergency summit."),
        ev("2015-07-11-brussels-eurogroup", M, OCC, "2015-07-11", "Brussels",
           [DIJSSELBLOEM, TSAKALOTOS, SCHAUBLE], ["Eurogroup"],
           "Eurogroup finance ministers, chaired by Jeroen Dijsselbloem, spend Saturday and most of Sunday",
           date_end="2015-07-12"),
        ev("2015-07-12-brussels-euro-summit", M, OCC, "2015-07-12", "Brussels", [TSIPRAS, MERKEL, HOLLANDE, TUSK],
           ["Eurozone"], "The euro summit opens on Sunday afternoon and runs through the night.",
           date_end="2015-07-13"),
    ], ["'Syriza wins the general election' (domestic)",
        "'At their joint appearance afterwards the two men \"agree to disagree\"' (press appearance, same occasion)",
        "'In a late-night televised address Tsipras calls a referendum' (address)",
        "'Varoufakis resigns in the morning' (no meeting)",
        "'still huddled in a side room' (inside the same summit, not a separate event)",
        "'Tusk announces agreement' (announcement)",
        "'Parliament in Athens must pass the first laws'; 'Ministers are divided over whether early elections will "
        "follow' (domestic)",
        "'Negotiations on the loan itself have yet to begin, and no date has been set' (negation)",
        "MOST READ: 'Greece to meet Spain in EuroBasket warm-up in Athens' (furniture, sport)"]),

    # 006 TV transcript, Tuesday 9 Aug 2016 ("Evening Bulletin - Tuesday 9 August 2016, 20:00").
    # "In St Petersburg this afternoon, Vladimir Putin received Recep Tayyip Erdogan at the Konstantinovsky Palace"
    #   -> 9 Aug. The later session with ministers is the same occasion.
    # "On 29 June the two presidents spoke by telephone" -> call 29 Jun 2016.
    # "Two days later, foreign ministers Sergey Lavrov and Mevlut Cavusoglu sat down together in Sochi" -> 1 Jul;
    #   the Black Sea ministerial is a backdrop.
    # "after the attempted coup in Turkey on 15 July, Putin phoned Erdogan two days later" -> call 17 Jul.
    # "On 1 December 2014. He held talks with Erdogan in Ankara" -> explicit (the date is the answer to "When was
    #   Putin last in Turkey?").
    # "Erdogan said he would host Putin in Istanbul in October" -> planned 2016-10 (key 10 Oct 2016).
    # Traps: the bomber shot down "last November" and "The freeze began on 24 November" (no meeting); "they met the
    #   press in the palace's main hall" (meet the press); Erdogan's letter (not a call or meeting); "is due for the
    #   World Energy Congress" (congress attendance; the meeting is the hosting); "A three-way format with Iran ...
    #   'could be considered' ... nothing concrete was proposed" (hypothetical); "there were no such plans"
    #   (negation); "Zenit will meet Galatasaray in a pre-season friendly" (sport); Related / More transcripts
    #   (furniture).
    ("006_ru_tr_putin_erdogan_st_petersburg_tv_transcript", "2016-08-09", False, [
        ev("2016-08-09-st-petersburg-erdogan-putin", M, OCC, "2016-08-09", "St Petersburg", [PUTIN, ERDOGAN], [],
           "Vladimir Putin received Recep Tayyip Erdoğan at the Konstantinovsky Palace"),
        ev("2016-06-29-erdogan-putin-call", C, OCC, "2016-06-29", None, [PUTIN, ERDOGAN], [],
           "On 29 June the two presidents spoke by telephone for the first time"),
        ev("2016-07-01-sochi-cavusoglu-lavrov", M, OCC, "2016-07-01", "Sochi", [LAVROV, CAVUSOGLU], [],
           "Two days later, foreign ministers Sergey Lavrov and Mevlüt Çavuşoğlu sat down together in Sochi"),
        ev("2016-07-17-erdogan-putin-call", C, OCC, "2016-07-17", None, [PUTIN, ERDOGAN], [],
           "Putin phoned Erdoğan two days later to offer his support"),
        ev("2014-12-01-ankara-erdogan-putin", M, OCC, "2014-12-01", "Ankara", [PUTIN, ERDOGAN], [],
           "He held talks with Erdoğan in Ankara"),
        ev("2016-10-10-istanbul-erdogan-putin", M, PLN, "2016-10", "Istanbul", [ERDOGAN, PUTIN], [],
           "Erdoğan said he would host Putin in Istanbul in October"),
    ], ["'Turkish fighters shot down a Russian bomber over the Syrian border last November' (no meeting)",
        "'before their ministers joined them' (same occasion)",
        "'then they met the press in the palace's main hall' (meet the press)",
        "'a letter from Erdogan in late June' (letter)",
        "'A three-way format with Iran on Syria \"could be considered\" ... nothing concrete was proposed' "
        "(hypothetical)",
        "'asked whether Moscow would now talk to Syrian opposition groups ... said there were no such plans' "
        "(negation)",
        "'Zenit will meet Galatasaray in a pre-season friendly in St Petersburg on Saturday' (sport)",
        "Related: 'Erdogan arrives in St Petersburg for first trip abroad since coup attempt' (furniture)"]),

    # 007 Newsletter, Saturday 21 Jan 2017 ("Saturday, 21 January 2017").
    # "Conde and ... Aziz spent most of yesterday in Banjul closeted with Yahya Jammeh" -> 20 Jan.
    # "On 2 December, with cameras rolling, Jammeh telephoned Barrow to concede" -> call; December in a January page
    #   is the previous year: 2016-12-02.
    # "On 13 December four heads of state - ... - flew to Banjul and held talks with Jammeh" -> 2016-12-13.
    # "Four days later ECOWAS leaders met in Abuja" -> 17 Dec 2016; nobody named as present -> group ECOWAS
    #   (Buhari is only the object of "named").
    # "On Monday 9 January Buhari, Johnson Sirleaf, ... Sall and Mahama ... met behind closed doors in Abuja"
    #   -> explicit.
    # "The following Friday Buhari, Johnson Sirleaf, Mahama and Koroma were back in Banjul for a second session
    #   with Jammeh" -> the Friday after Monday 9 January = 13 Jan.
    # Traps: "Jammeh went on state television" (address); "Conde is expected to fly him out later today" (travel);
    #   Barrow "sworn in on Thursday at the Gambian embassy in Dakar" (ceremony); "He says he will return home
    #   'soon'" (vague); "A week later he rejected the result" (no meeting); "vowed to attend Barrow's inauguration"
    #   (ceremony); Akufo-Addo's swearing-in; the mutiny bonuses; "Senegal ... meet Algeria in Franceville on
    #   Monday" (sport); Read more (furniture).
    ("007_gm_ecowas_jammeh_standoff_newsletter", "2017-01-21", False, [
        ev("2017-01-20-banjul-aziz-conde-jammeh", M, OCC, "2017-01-20", "Banjul", [CONDE, AZIZ, JAMMEH], [],
           "spent most of yesterday in Banjul closeted with Yahya Jammeh"),
        ev("2016-12-02-barrow-jammeh-call", C, OCC, "2016-12-02", None, [JAMMEH, BARROW], [],
           "On 2 December, with cameras rolling, Jammeh telephoned Barrow to concede"),
        ev("2016-12-13-banjul-buhari-jammeh-johnson-sirleaf-koroma-mahama", M, OCC, "2016-12-13", "Banjul",
           [SIRLEAF, BUHARI, MAHAMA, KOROMA, JAMMEH], [], "flew to Banjul and held talks with Jammeh"),
        ev("2016-12-17-abuja-ecowas", M, OCC, "2016-12-17", "Abuja", [], ["ECOWAS"],
           "Four days later ECOWAS leaders met in Abuja"),
        ev("2017-01-09-abuja-buhari-johnson-sirleaf-mahama-sall", M, OCC, "2017-01-09", "Abuja",
           [BUHARI, SIRLEAF, SALL, MAHAMA], [], "met behind closed doors in Abuja"),
        ev("2017-01-13-banjul-buhari-jammeh-johnson-sirleaf-koroma-mahama", M, OCC, "2017-01-13", "Banjul",
           [BUHARI, SIRLEAF, MAHAMA, KOROMA, JAMMEH], [],
           "were back in Banjul for a second session with Jammeh"),
    ], ["'Jammeh went on state television to say he would hand over power' (address)",
        "'Conde is expected to fly him out later today' (travel)",
        "'was sworn in on Thursday at the Gambian embassy in Dakar' (ceremony)",
        "'He says he will return home \"soon\"' (vague)",
        "'A week later he rejected the result' (no meeting)",
        "'named Buhari chief mediator and vowed to attend Barrow's inauguration' (same occasion; ceremony)",
        "'Nana Akufo-Addo, sworn in on 7 January' (ceremony); the mutiny bonuses (no meeting)",
        "'Senegal, already through to the quarter-finals, meet Algeria in Franceville on Monday' (sport)",
        "Read more on our site (furniture)"]),

    # 008 Op-ed, Monday 20 Mar 2017 ("Monday, 20 March 2017").
    # "When she asked in the Oval Office on Friday whether he wanted a handshake" -> the meeting, 17 Mar,
    #   Washington (Oval Office); the evidence is the sentence that places them in the room on Friday.
    # "On 13 March, the eve of the original date, Trump phoned her" -> call 13 Mar.
    # "Their very first conversation, on 28 January, had also been by phone" -> call 28 Jan 2017.
    # "When Vice-President Mike Pence met her in Munich on 18 February" -> explicit.
    # "Contrast all this with November, when Barack Obama made his farewell visit to Berlin. He and Merkel held
    #   talks at the Chancellery" -> 2016-11 (key 17 Nov 2016); "the following day they were joined by Hollande,
    #   May, Renzi and Rajoy for a final six-way meeting" -> the day is not known without the first date: 2016-11
    #   (key 18 Nov 2016).
    # "Merkel will host the G20 there in July, and Trump will be at the table" -> planned 2017-07, Hamburg; group G20.
    # Traps: the handshake photograph (not a negation of the meeting); "sat down with ... business chiefs and
    #   apprentices" (same occasion); "At the joint press conference" (press); "It had been set for Tuesday 14 March"
    #   (postponed slot, not an event); "the president wrote on Twitter" (social media); "Merkel may need another
    #   trip to Washington before long; nothing of the sort is planned" (hypothetical, negation); RELATED incl.
    #   "Germany to meet England in Dortmund friendly on Wednesday" (furniture, sport).
    ("008_de_us_merkel_trump_oval_office_oped", "2017-03-20", False, [
        ev("2017-03-17-washington-merkel-trump", M, OCC, "2017-03-17", "Washington", [MERKEL, TRUMP], [],
           "When she asked in the Oval Office on Friday whether he wanted a handshake"),
        ev("2017-03-13-merkel-trump-call", C, OCC, "2017-03-13", None, [TRUMP, MERKEL], [],
           "On 13 March, the eve of the original date, Trump phoned her"),
        ev("2017-01-28-merkel-trump-call", C, OCC, "2017-01-28", None, [MERKEL, TRUMP], [],
           "Their very first conversation, on 28 January, had also been by phone"),
        ev("2017-02-18-munich-merkel-pence", M, OCC, "2017-02-18", "Munich", [PENCE, MERKEL], [],
           "When Vice-President Mike Pence met her in Munich on 18 February"),
        ev("2016-11-17-berlin-merkel-obama", M, OCC, "2016-11", "Berlin", [OBAMA, MERKEL], [],
           "He and Merkel held talks at the Chancellery"),
        ev("2016-11-18-berlin-hollande-may-merkel-obama-rajoy-renzi", M, OCC, "2016-11", "Berlin",
           [OBAMA, MERKEL, HOLLANDE, MAY, RENZI, RAJOY], [],
           "the following day they were joined by François Hollande, Theresa May, Matteo Renzi"),
        ev("2017-07-07-hamburg-g20", M, PLN, "2017-07", "Hamburg", [MERKEL, TRUMP], ["G20"],
           "Merkel will host the G20 there in July, and Trump will be at the table"),
    ], ["'he appeared not to hear' (handshake photo; the meeting itself took place)",
        "'They sat down with German and American business chiefs and apprentices' (same occasion)",
        "'At the joint press conference' (press conference)",
        "'It had been set for Tuesday 14 March' (postponed slot, not an event)",
        "'the president wrote on Twitter that Germany owes \"vast sums\"' (social media)",
        "'Merkel may need another trip to Washington before long; nothing of the sort is planned' (hypothetical, "
        "negation)",
        "RELATED: 'Schulz's surge: can the SPD beat Merkel in September?', 'Germany to meet England in Dortmund "
        "friendly on Wednesday' (furniture, sport)"]),

    # 009 Interview Q&A, Thursday 29 Dec 2016 ("Thursday, December 29, 2016").
    # Intro: "On Tuesday, Shinzo Abe became the first Japanese prime minister to visit the USS Arizona Memorial" ->
    #   27 Dec. A: "Before the memorial, there were talks" / "Abe and Barack Obama held their last meeting as
    #   counterparts at Camp H.M. Smith, ... above Honolulu" -> 27 Dec, Honolulu. The memorial visit is the same
    #   occasion.
    # "When Obama came to Hiroshima on 27 May, he and Abe laid wreaths together" -> 27 May 2016, Hiroshima (both
    #   present).
    # "Two days before that they had held a bilateral meeting in Shima" -> 25 May 2016; G7 is a backdrop.
    # "the state visit of 2014, when Abe took Obama to a famous sushi counter" -> year-only 2014
    #   (key 23 Apr 2014), Tokyo (Ginza is a district of Tokyo).
    # "the first foreign leader to see the president-elect, at Trump Tower in New York on 17 November" -> 2016-11-17.
    # "Earlier this month Abe hosted Vladimir Putin at a hot-spring inn in his home town of Nagato" -> 2016-12
    #   (key 15 Dec 2016).
    # "He is due in Manila next month for talks with Rodrigo Duterte" -> planned 2017-01 (key 12 Jan 2017).
    # Traps: "Whether he will be invited to Washington soon after the inauguration is not settled, and nobody ...
    #   will give a date" (no date, hypothetical); "then goes on to Sydney, Jakarta and Hanoi" (travel without a
    #   named encounter); "Inada visited Yasukuni Shrine" (no meeting); the Q&A itself (interview); Related
    #   interviews incl. "Japan to meet UAE in World Cup qualifier in March" (furniture, sport).
    ("009_jp_us_abe_pearl_harbor_interview", "2016-12-29", False, [
        ev("2016-12-27-honolulu-abe-obama", M, OCC, "2016-12-27", "Honolulu", [ABE, OBAMA], [],
           "Abe and Barack Obama held their last meeting as counterparts at Camp H.M. Smith"),
        ev("2016-05-27-hiroshima-abe-obama", M, OCC, "2016-05-27", "Hiroshima", [OBAMA, ABE], [],
           "When Obama came to Hiroshima on 27 May, he and Abe laid wreaths together"),
        ev("2016-05-25-shima-abe-obama", M, OCC, "2016-05-25", "Shima", [ABE, OBAMA], [],
           "Two days before that they had held a bilateral meeting in Shima"),
        ev("2014-04-23-tokyo-abe-obama", M, OCC, "2014", "Tokyo", [ABE, OBAMA], [],
           "the state visit of 2014, when Abe took Obama to a famous sushi counter"),
        ev("2016-11-17-new-york-abe-trump", M, OCC, "2016-11-17", "New York", [ABE, TRUMP], [],
           "the first foreign leader to see the president-elect, at Trump Tower in New York"),
        ev("2016-12-15-nagato-abe-putin", M, OCC, "2016-12", "Nagato", [ABE, PUTIN], [],
           "Earlier this month Abe hosted Vladimir Putin at a hot-spring inn"),
        ev("2017-01-12-manila-abe-duterte", M, PLN, "2017-01", "Manila", [ABE, DUTERTE], [],
           "He is due in Manila next month for talks with Rodrigo Duterte"),
    ], ["'to visit the USS Arizona Memorial together with an American president' (same occasion as the talks)",
        "'Tokyo denies that, but of course it was' (no meeting)",
        "'Whether he will be invited to Washington soon after the inauguration is not settled' (no date, "
        "hypothetical)",
        "'then goes on to Sydney, Jakarta and Hanoi' (travel, no named encounter)",
        "'Defence Minister Tomomi Inada visited Yasukuni Shrine' (no meeting)",
        "Related interviews: 'Japan to meet UAE in World Cup qualifier in March' (furniture, sport)"]),

    # 010 Fact check, Friday 2 Sep 2016 ("Friday, September 2, 2016").
    # "Trump flew to Mexico City on Wednesday for a meeting of a little over an hour with President Enrique Pena
    #   Nieto at Los Pinos" -> 31 Aug (also "Mexico City, Aug. 31" in the claim line).
    # "Pena Nieto was last in Washington on July 22, when Barack Obama received him in the Oval Office" -> explicit.
    # "on June 29, he was in Ottawa with Obama and ... Justin Trudeau for the North American Leaders' Summit"
    #   -> explicit; three named leaders.
    # Traps: "Speaking alongside Pena Nieto to reporters" (press); "Pena Nieto posted on Twitter" (social media);
    #   "Trump then flew to Phoenix, where he gave a speech" (travel, speech); "The Mexican presidency had invited
    #   both major candidates" (invitation); "Trump and Pena Nieto had never spoken before the invitation"
    #   (negation); "Hillary Clinton has not taken up her invitation, and no date for a visit has been set"
    #   (invitation not accepted); "the two men 'would talk again soon'; no call or meeting has been announced"
    #   (vague, negation); Related fact checks incl. "Mexico to meet Honduras in World Cup qualifier" (furniture).
    ("010_mx_us_trump_pena_nieto_los_pinos_factcheck", "2016-09-02", False, [
        ev("2016-08-31-mexico-city-pena-nieto-trump", M, OCC, "2016-08-31", "Mexico City", [TRUMP, PENA_NIETO], [],
           "Trump flew to Mexico City on Wednesday for a meeting of a little over"),
        ev("2016-07-22-washington-obama-pena-nieto", M, OCC, "2016-07-22", "Washington", [PENA_NIETO, OBAMA], [],
           "Peña Nieto was last in Washington on July 22, when Barack Obama received him"),
        ev("2016-06-29-ottawa-obama-pena-nieto-trudeau", M, OCC, "2016-06-29", "Ottawa",
           [PENA_NIETO, OBAMA, TRUDEAU], [],
           "on June 29, he was in Ottawa with Obama and Canadian Prime Minister Justin Trudeau"),
    ], ["'Speaking alongside Pena Nieto to reporters afterwards' (press appearance)",
        "'Pena Nieto posted on Twitter' (social media)",
        "'Trump then flew to Phoenix, where he gave a speech on immigration' (travel, speech)",
        "'The Mexican presidency had invited both major candidates the previous week' (invitation)",
        "'Trump and Pena Nieto had never spoken before the invitation' (negation)",
        "'Hillary Clinton has not taken up her invitation, and no date for a visit has been set' (invitation not "
        "accepted)",
        "'the two men \"would talk again soon\"; no call or meeting has been announced' (vague, negation)",
        "Related fact checks: 'Mexico to meet Honduras in World Cup qualifier' (furniture, sport)"]),

    # 011 Regional paper, Saturday 26 Dec 2015 ("Saturday, December 26, 2015").
    # "Nawaz Sharif received ... Modi at Allama Iqbal International Airport yesterday and flew with him ... to the
    #   Sharif family's Jati Umra residence in Lahore, where the two leaders talked" -> 25 Dec, Lahore.
    # "The plan took shape that morning, when Modi telephoned Sharif from Kabul to wish him a happy birthday" ->
    #   call, "that morning" = the morning of "yesterday", 25 Dec.
    # "He had spent the morning in Kabul, where he held talks with President Ashraf Ghani" -> the same day, 25 Dec.
    # "The thaw began on November 30 in Paris, where the two prime ministers chatted briefly on a sofa" -> 2015-11-30.
    # "national security advisers Ajit Doval and Nasser Khan Janjua met secretly in Bangkok on December 6" -> explicit.
    # "Three days after that, ... Sushma Swaraj came to Islamabad ... and called on Sharif, with ... Sartaj Aziz at
    #   his side" -> 9 Dec; one encounter with three named people.
    # "the last formal meeting between Modi and Sharif was in Ufa, Russia, in July" -> 2015-07 (key 10 Jul 2015).
    # "Foreign secretaries S. Jaishankar and Aizaz Ahmad Chaudhry are now due to meet in Islamabad in mid-January"
    #   -> planned 2016-01 (the talks were later postponed; key uses the intended month 2016-01-15).
    # Traps: Modi's announcement on Twitter (social media); "was invited to stop over" (invitation, accepted; the
    #   visit itself is the event); the wedding celebrations (same occasion);
    #   "flying back to New Delhi in the evening" (travel); "opened the new Afghan parliament building" (same
    #   occasion as the Ghani talks); the Heart of Asia conference (backdrop); "the statement they issued there"
    #   (statement); Imran Khan's statement; "Asked whether Sharif would visit India next year ... 'could be
    #   considered'" (hypothetical); "have spoken by phone several times since the summer" (counted); "no bilateral
    #   cricket series ... will take place this winter" (sport, negation); RELATED incl. "Pakistan to meet India in
    #   Asia Cup T20 in Dhaka next year" (furniture).
    ("011_pk_in_modi_lahore_stopover_regional", "2015-12-26", False, [
        ev("2015-12-25-lahore-modi-sharif", M, OCC, "2015-12-25", "Lahore", [SHARIF, MODI], [],
           "Prime Minister Nawaz Sharif received his Indian counterpart Narendra Modi at Allama Iqbal International"),
        ev("2015-12-25-modi-sharif-call", C, OCC, "2015-12-25", None, [MODI, SHARIF], [],
           "when Modi telephoned Sharif from Kabul to wish him a happy birthday"),
        ev("2015-12-25-kabul-ghani-modi", M, OCC, "2015-12-25", "Kabul", [MODI, GHANI], [],
           "He had spent the morning in Kabul, where he held talks with President Ashraf Ghani"),
        ev("2015-11-30-paris-modi-sharif", M, OCC, "2015-11-30", "Paris", [MODI, SHARIF], [],
           "where the two prime ministers chatted briefly on a sofa"),
        ev("2015-12-06-bangkok-doval-janjua", M, OCC, "2015-12-06", "Bangkok", [DOVAL, JANJUA], [],
           "Ajit Doval and Nasser Khan Janjua met secretly in Bangkok on December 6"),
        ev("2015-12-09-islamabad-aziz-sharif-swaraj", M, OCC, "2015-12-09", "Islamabad", [SWARAJ, SHARIF, S_AZIZ],
           [], "Sushma Swaraj came to Islamabad for the Heart of Asia conference and called on Sharif"),
        ev("2015-07-10-ufa-modi-sharif", M, OCC, "2015-07", "Ufa", [MODI, SHARIF], [],
           "the last formal meeting between Modi and Sharif was in Ufa, Russia, in July"),
        ev("2016-01-15-islamabad-chaudhry-jaishankar", M, PLN, "2016-01", "Islamabad", [JAISHANKAR, CHAUDHRY], [],
           "are now due to meet in Islamabad in mid-January"),
    ], ["'Modi announced it on Twitter' (social media)",
        "'was invited to stop over' (invitation; the Lahore talks are the event)",
        "'attended part of the family's wedding celebrations' (same occasion)",
        "'flew back to New Delhi in the evening' (travel)",
        "'opened the new Afghan parliament building' (same occasion as the Ghani talks)",
        "'the statement they issued there soon became a dead letter' (statement)",
        "'Imran Khan welcomed the visit in a statement' (statement)",
        "'Asked whether Sharif would visit India next year ... \"could be considered at the appropriate time\"' "
        "(hypothetical)",
        "'the two leaders have spoken by phone several times since the summer' (counted)",
        "'no bilateral cricket series between India and Pakistan will take place this winter' (sport, negation)",
        "RELATED: 'Pakistan to meet India in Asia Cup T20 in Dhaka next year' (furniture, sport)"]),

    # 012 Analysis, Thursday 8 Sep 2016 ("Thursday, 8 September 2016").
    # "Obama and Rodrigo Duterte did meet in Vientiane in the end, for a few minutes in a holding room before
    #   Wednesday night's gala dinner" -> 7 Sep (nearest past Wednesday).
    # "Obama used the freed slot on Tuesday to hold talks with South Korean President" -> 6 Sep;
    #   Vientiane (the summit city of the first sentence; the slot is the Vientiane one).
    # "The same day he became the first sitting US president to visit Laos, holding talks with President Bounnhang
    #   Vorachith at the Presidential Palace" -> 6 Sep, Vientiane.
    # "Days earlier in Hangzhou, on the sidelines of the G20, he held a long session with Xi Jinping on Saturday"
    #   -> 3 Sep (nearest past Saturday); G20 is a backdrop.
    # "Benigno Aquino III last hosted Obama in Manila in November last year, during the APEC summit" -> 2015-11
    #   (key 18 Nov 2015).
    # "He has said he will travel to Beijing in October for talks with Xi" -> planned 2016-10 (key 20 Oct 2016).
    # "Obama will receive Myanmar's Aung San Suu Kyi at the White House next week" -> planned; next week (12-18 Sep)
    #   -> 2016-09 (key 14 Sep 2016), Washington.
    # Traps: "A formal bilateral, scheduled for Tuesday, was called off" (cancelled); "Duterte told reporters in
    #   Davao" (press); "Duterte later said he regretted the remark" (statement); the ASEAN gala dinner (backdrop);
    #   "officials in Manila are preparing a large business delegation" (no meeting); "Could Obama and Duterte still
    #   hold a proper meeting before January? Only if a suitable occasion arises, and none is on the calendar"
    #   (hypothetical, negation); Related analysis incl. "Philippines to meet Singapore in Suzuki Cup opener in
    #   Bocaue" (furniture, sport).
    ("012_ph_us_obama_duterte_vientiane_analysis", "2016-09-08", False, [
        ev("2016-09-07-vientiane-duterte-obama", M, OCC, "2016-09-07", "Vientiane", [OBAMA, DUTERTE], [],
           "Barack Obama and Rodrigo Duterte did meet in Vientiane in the end"),
        ev("2016-09-06-vientiane-obama-park", M, OCC, "2016-09-06", "Vientiane", [OBAMA, PARK], [],
           "Obama used the freed slot on Tuesday to hold talks with South Korean President"),
        ev("2016-09-06-vientiane-bounnhang-obama", M, OCC, "2016-09-06", "Vientiane", [OBAMA, BOUNNHANG], [],
           "holding talks with President Bounnhang Vorachith at the Presidential Palace"),
        ev("2016-09-03-hangzhou-obama-xi", M, OCC, "2016-09-03", "Hangzhou", [OBAMA, XI], [],
           "he held a long session with Xi Jinping on Saturday"),
        ev("2015-11-18-manila-aquino-obama", M, OCC, "2015-11", "Manila", [AQUINO, OBAMA], [],
           "Benigno Aquino III last hosted Obama in Manila in November last year"),
        ev("2016-10-20-beijing-duterte-xi", M, PLN, "2016-10", "Beijing", [DUTERTE, XI], [],
           "He has said he will travel to Beijing in October for talks with Xi"),
        ev("2016-09-14-washington-obama-suu-kyi", M, PLN, "2016-09", "Washington", [OBAMA, SUU_KYI], [],
           "Obama will receive Myanmar's Aung San Suu Kyi at the White House next week"),
    ], ["'A formal bilateral, scheduled for Tuesday, was called off by the White House on Monday evening' "
        "(cancelled)",
        "'Duterte told reporters in Davao that he would curse Obama' (press); 'Duterte later said he regretted the "
        "remark' (statement)",
        "'Wednesday night's gala dinner of the ASEAN summit' (backdrop, not reported as a gathering)",
        "'officials in Manila are preparing a large business delegation' (no meeting)",
        "'Could Obama and Duterte still hold a proper meeting before January? Only if a suitable occasion arises, "
        "and none is on the calendar' (hypothetical, negation)",
        "Related analysis: 'Philippines to meet Singapore in Suzuki Cup opener in Bocaue' (furniture, sport)"]),

    # 013 Joint media release, manifest null; the page prints "New York, 6 March 2018" (a Tuesday).
    # "Today at United Nations Headquarters in New York, ... Julie Bishop ... and ... Agio Pereira, signed the Treaty
    #   ... in the presence of ... Antonio Guterres" -> 6 Mar 2018; the witness Taksoe-Jensen is placed there too.
    # "the comprehensive package agreed by the two delegations at a session of the Commission in Copenhagen on
    #   30 August 2017" -> explicit; unnamed delegations and the Commission -> groups.
    # "CMATS, which was signed in Sydney on 12 January 2006 by then foreign ministers Alexander Downer and Jose
    #   Ramos-Horta" -> a signing attended by both sides, explicit.
    # "Officials of the two governments will meet in Dili next month" -> planned 2018-04, groups only (key month).
    # Traps: ministers' remarks (statements); entry into force and ratification (no meeting); "Whether the gas is
    #   piped ... could be settled only with the joint venture partners" (hypothetical); "Neither prime minister
    #   attended today's ceremony" (negation); Media contacts; Related releases incl. "Chief negotiator to meet the
    #   press in Dili on his return" (furniture, meet the press).
    ("013_au_tl_maritime_boundary_treaty_release", "2018-03-06", True, [
        ev("2018-03-06-new-york-bishop-guterres-pereira-taksoe-jensen", M, OCC, "2018-03-06", "New York",
           [BISHOP, PEREIRA, GUTERRES, TAKSOE], [],
           "Today at United Nations Headquarters in New York, Australia's Minister for Foreign Affairs"),
        ev("2017-08-30-copenhagen-australia-timor-leste", M, OCC, "2017-08-30", "Copenhagen", [],
           ["Australia", "Timor-Leste", "Conciliation Commission"],
           "the two delegations at a session of the Commission in Copenhagen on 30 August 2017"),
        ev("2006-01-12-sydney-downer-ramos-horta", M, OCC, "2006-01-12", "Sydney", [DOWNER, RAMOS_HORTA], [],
           "which was signed in Sydney on 12 January 2006 by then foreign ministers"),
        ev("2018-04-dili-australia-timor-leste", M, PLN, "2018-04", "Dili", [], ["Australia", "Timor-Leste"],
           "Officials of the two governments will meet in Dili next month"),
    ], ["'Minister Bishop said ...'; 'Minister Pereira said ...' (statements)",
        "'The Treaty will enter into force once both countries have completed their domestic ratification "
        "procedures' (no meeting)",
        "'could be settled only with the joint venture partners' (hypothetical)",
        "'Neither prime minister attended today's ceremony' (negation)",
        "'terminated in 2017' (no meeting)",
        "Related releases: 'Conciliation Commission concludes its work (September 2017)', 'Chief negotiator to meet "
        "the press in Dili on his return' (furniture, meet the press)"]),

    # 014 Podcast transcript, Monday 31 Oct 2016 ("Published Monday, October 31, 2016").
    # "Yesterday in Brussels, Justin Trudeau put his name to CETA alongside Donald Tusk, Jean-Claude Juncker and ...
    #   Robert Fico" -> 30 Oct, Brussels.
    # "Friday the 21st. ... Chrystia Freeland spent the day in Namur negotiating with Paul Magnette" -> 21 Oct
    #   (the most recent Friday the 21st: October 2016).
    # "The next morning Martin Schulz ... met her at the Parliament in Brussels and then, separately, met Magnette"
    #   -> 22 Oct, two separate encounters.
    # Traps: "His plane turned back to Ottawa" (travel); "she walked out and told reporters" (press); "Schulz told
    #   everyone that none of the obstacles was insurmountable" (statement); "the summit planned for Thursday the
    #   27th was called off that very day" (cancelled); "Charles Michel was still locked in talks with the regional
    #   and community governments" (domestic, one state); "the regional parliaments voted it through" (domestic);
    #   "Will Trudeau and Magnette ever sit down together? Maybe one day ... but nobody is planning it"
    #   (hypothetical, negation); "The European Parliament votes early next year" (institutional vote); RELATED
    #   EPISODES incl. "Toronto to meet Montreal in MLS Eastern final" (furniture, sport).
    ("014_ca_eu_ceta_signing_podcast_transcript", "2016-10-31", False, [
        ev("2016-10-30-brussels-fico-juncker-trudeau-tusk", M, OCC, "2016-10-30", "Brussels",
           [TRUDEAU, TUSK, JUNCKER, FICO], [],
           "Yesterday in Brussels, Justin Trudeau put his name to CETA alongside Donald Tusk"),
        ev("2016-10-21-namur-freeland-magnette", M, OCC, "2016-10-21", "Namur", [FREELAND, MAGNETTE], [],
           "Chrystia Freeland spent the day in Namur negotiating with Paul Magnette"),
        ev("2016-10-22-brussels-freeland-schulz", M, OCC, "2016-10-22", "Brussels", [SCHULZ, FREELAND], [],
           "The next morning Martin Schulz, the European Parliament president, met her at the Parliament"),
        ev("2016-10-22-brussels-magnette-schulz", M, OCC, "2016-10-22", "Brussels", [SCHULZ, MAGNETTE], [],
           "and then, separately, met Magnette"),
    ], ["'His plane turned back to Ottawa with a mechanical problem' (travel)",
        "'she walked out and told reporters' (press)",
        "'Schulz told everyone that none of the obstacles was insurmountable' (statement)",
        "'the summit planned for Thursday the 27th was called off that very day' (cancelled)",
        "'Charles Michel was still locked in talks with the regional and community governments' (internal to one "
        "state)",
        "'the regional parliaments voted it through on Friday' (domestic vote)",
        "'Will Trudeau and Magnette ever sit down together? ... Maybe one day ... but nobody is planning it' "
        "(hypothetical, negation)",
        "'The European Parliament votes early next year' (institutional vote)",
        "RELATED EPISODES: 'Toronto to meet Montreal in MLS Eastern final' (furniture, sport)"]),
]


def main():
    with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as g, \
            open(os.path.join(HERE, "manifest.jsonl"), "w", encoding="utf-8") as m:
        for aid, pub, hide, events, _traps in ARTICLES:
            g.write(json.dumps({"id": aid, "published": pub, "events": events}, ensure_ascii=False) + "\n")
            m.write(json.dumps({"id": aid, "published": None if hide else pub}, ensure_ascii=False) + "\n")
    n = sum(len(a[3]) for a in ARTICLES)
    t = sum(len(a[4]) for a in ARTICLES)
    print(f"wrote {len(ARTICLES)} articles, {n} event mentions, {t} documented traps")


if __name__ == "__main__":
    main()
