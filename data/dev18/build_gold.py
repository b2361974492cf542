#!/usr/bin/env python3
"""Generate gold.jsonl and manifest.jsonl for the dev18 development corpus.

Run:  python3 data/dev18/build_gold.py   then   python3 data/eval/validate.py data/dev18
Each article lists its true publication date, whether the manifest hides it, its gold
events, and (for documentation only) the traps it contains that must NOT be extracted.
dev18 is a readable development set: unlike the holdout sets, it may be read while developing.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

# canonical names
SANTOS, LONDONO, BAN, CASTRO, KERRY = ("Juan Manuel Santos", "Rodrigo Londono", "Ban Ki-moon", "Raul Castro",
                                       "John Kerry")
OBAMA, M_OBAMA, DE_LA_CALLE, MARQUEZ, FRANCIS, KIRILL, SOLER, MACRI = (
    "Barack Obama", "Michelle Obama", "Humberto de la Calle", "Ivan Marquez", "Pope Francis", "Patriarch Kirill",
    "Berta Soler", "Mauricio Macri")
MA, XI, HSIA, ZHANG, WANG_YUCHI, KOO, WANG_DAOHAN, LEE = (
    "Ma Ying-jeou", "Xi Jinping", "Andrew Hsia", "Zhang Zhijun", "Wang Yu-chi", "Koo Chen-fu", "Wang Daohan",
    "Lee Hsien Loong")
JAMMEH, BARROW, SIRLEAF, BUHARI, KOROMA, MAHAMA, KEITA, HOLLANDE, SALL, AZIZ, CONDE = (
    "Yahya Jammeh", "Adama Barrow", "Ellen Johnson Sirleaf", "Muhammadu Buhari", "Ernest Bai Koroma",
    "John Mahama", "Ibrahim Boubacar Keita", "Francois Hollande", "Macky Sall", "Mohamed Ould Abdel Aziz",
    "Alpha Conde")
TSIPRAS, MERKEL, TUSK, DIJSSELBLOEM, TSAKALOTOS, SCHAUBLE, PUTIN = (
    "Alexis Tsipras", "Angela Merkel", "Donald Tusk", "Jeroen Dijsselbloem", "Euclid Tsakalotos",
    "Wolfgang Schauble", "Vladimir Putin")
MACRON, TRUMP = "Emmanuel Macron", "Donald Trump"
MIN_AUNG_HLAING, HTIN_KYAW, SUU_KYI, MAHMOOD_ALI, HAMID = (
    "Min Aung Hlaing", "Htin Kyaw", "Aung San Suu Kyi", "Abul Hassan Mahmood Ali", "Abdul Hamid")
PENA_NIETO, VIDEGARAY, GUAJARDO, TRUDEAU = ("Enrique Pena Nieto", "Luis Videgaray", "Ildefonso Guajardo",
                                            "Justin Trudeau")
MOON, KIM, CHO, RI = "Moon Jae-in", "Kim Jong Un", "Cho Myoung-gyon", "Ri Son Gwon"
ELIZABETH, PHILIP, BIDEN, CHARLES, SCOTLAND = ("Queen Elizabeth II", "Prince Philip", "Joe Biden",
                                               "King Charles III", "Patricia Scotland")
MOHAMMED_VI, FAKI, DEBY, GUTERRES, KIIR = ("Mohammed VI", "Moussa Faki Mahamat", "Idriss Deby",
                                           "Antonio Guterres", "Salva Kiir")
DAVUTOGLU, JUNCKER, RUTTE = "Ahmet Davutoglu", "Jean-Claude Juncker", "Mark Rutte"
ARNAULT = "Jean Arnault"
MAHATHIR, LI_KEQIANG, WANG_YI, ABE = "Mahathir Mohamad", "Li Keqiang", "Wang Yi", "Shinzo Abe"
SOLBERG, BRENDE, MAELAND, NIINISTO = "Erna Solberg", "Borge Brende", "Monica Maeland", "Sauli Niinisto"


def ev(key, kind, status, date, location, participants, groups, evidence, date_end=None):
    e = {"key": key, "kind": kind, "status": status, "date": date}
    if date_end:
        e["date_end"] = date_end
    e.update({"location": location, "participants": participants, "groups": groups,
              "evidence": evidence})
    return e


M, C, OCC, PLN = "meeting", "call", "occurred", "planned"

# shared keys (same real-world event in several articles)
K_CARTAGENA = "2016-09-26-cartagena-ban-castro-kerry-londono-santos"   # 000 (full), 012 (Santos, Londono)
K_KERRY_FARC = "2016-03-21-havana-kerry-marquez"                       # 000 (month, occurred), 001 (planned)
K_BANJUL = "2017-01-20-banjul-abdel-aziz-conde-jammeh"                 # 003, 010
K_SANTOS_QUEEN = "2016-11-01-london-elizabeth-ii-santos"               # 009, 012 (both month-only)

ARTICLES = [
    # Tuesday wire (27/09/2016 06:14 COT; dateline "CARTAGENA, Colombia, Sept 27").
    # "signed a peace agreement alongside the commander of the FARC guerrillas, Rodrigo Londono, on Monday evening
    #   in Cartagena" -> 26 Sep (nearest past Monday). "Among the guests who watched the two men sign were ... Ban
    #   Ki-moon, ... Raul Castro and ... John Kerry" -> all five present. "Timochenko" = Rodrigo Londono.
    # "two earlier encounters there" (there = Havana): "On 23 September 2015 Santos and Timochenko met for the first
    #   time, shaking hands with Castro standing between them" -> explicit, Havana.
    # "In June of this year Santos and Londono signed a bilateral ceasefire in Havana, with Castro again at the table,
    #   this time alongside Ban" -> 2016-06 (key 23 Jun 2016).
    # "Kerry, who in March became the first US secretary of state to sit down with FARC negotiators, when he saw
    #   them in Havana" -> 2016-03, unnamed negotiators -> group FARC (shared key with 001, where it is planned).
    ("000_co_farc_cartagena_signing_wire", "2016-09-27", False, [
        ev(K_CARTAGENA, M, OCC, "2016-09-26", "Cartagena", [SANTOS, LONDONO, BAN, CASTRO, KERRY], [],
           "President Juan Manuel Santos signed a peace agreement alongside the commander of the FARC guerrillas"),
        ev("2015-09-23-havana-castro-londono-santos", M, OCC, "2015-09-23", "Havana", [SANTOS, LONDONO, CASTRO], [],
           "On 23 September 2015 Santos and Timochenko met for the first time"),
        ev("2016-06-23-havana-ban-castro-londono-santos", M, OCC, "2016-06", "Havana", [SANTOS, LONDONO, BAN, CASTRO],
           [], "In June of this year Santos and Londoño signed a bilateral ceasefire in Havana"),
        ev(K_KERRY_FARC, M, OCC, "2016-03", "Havana", [KERRY], ["FARC"],
           "in March became the first US secretary of state to sit down with FARC negotiators"),
    ], ["'That deadline slipped' (no event)",
        "'He was due to fly back to Washington on Tuesday' (travel)",
        "'The accord still needs the approval of voters in a plebiscite on Sunday' (vote)",
        "'Alvaro Uribe ... addressed a rally in the old city while the ceremony was under way' (rally, no encounter)",
        "'The Catholic Church has offered to host a meeting between Santos and Uribe, but Uribe has not accepted the "
        "offer' (proposal not accepted)",
        "'FARC commanders will meet the press in Havana on Wednesday' (press conference)",
        "'the guerrillas are to move into 27 transition zones and hand their weapons to UN monitors' (no meeting)",
        "RELATED COVERAGE / Most read: 'Uribe and Pastrana to meet Santos? Aides deny any talks are planned', "
        "'Colombia to meet Paraguay in Barranquilla World Cup qualifier' (furniture, denial, sport)"]),

    # Monday live blog ("Last updated Monday 21 March 2016, 14:25 (Havana time)").
    # 11:15: "Raul Castro received Obama at the Palace of the Revolution, and the two leaders are now holding talks"
    #   -> 21 Mar, Havana.
    # 14:25 "Still to come today": Kerry "will see Colombia's government negotiators, led by Humberto de la Calle, at
    #   3 p.m., and the FARC delegation, headed by Ivan Marquez, an hour later ... held separately" -> two planned
    #   meetings on 21 Mar in Havana (the blog's last update is 14:25, before either). Unnamed team members -> groups
    #   Colombia / FARC. The FARC one shares its key with 000.
    # 10:30: "45-minute phone call on 16 December 2014" -> call. "Their first formal sit-down came in April last year,
    #   in Panama City" -> 2015-04 (key 11 Apr 2015).
    # 10:05: "Last month Castro welcomed Pope Francis and Patriarch Kirill of Moscow at Jose Marti airport" ->
    #   2016-02 (key 12 Feb 2016), Havana; Castro is the host.
    # PINNED "Tomorrow's plan": "sits down with a group of dissidents, among them Berta Soler ... at the US embassy"
    #   -> planned 22 Mar, Havana; the other dissidents -> group. "flies to Buenos Aires, where he will hold talks with
    #   President Mauricio Macri at the Casa Rosada on Wednesday" -> planned 23 Mar.
    ("001_cu_us_obama_havana_liveblog", "2016-03-21", False, [
        ev("2016-03-21-havana-castro-obama", M, OCC, "2016-03-21", "Havana", [OBAMA, CASTRO], [],
           "Raúl Castro received Obama at the Palace of the Revolution, and the two leaders"),
        ev("2016-03-21-havana-de-la-calle-kerry", M, PLN, "2016-03-21", "Havana", [KERRY, DE_LA_CALLE], ["Colombia"],
           "John Kerry will see Colombia's government negotiators, led by Humberto de la Calle"),
        ev(K_KERRY_FARC, M, PLN, "2016-03-21", "Havana", [KERRY, MARQUEZ], ["FARC"],
           "and the FARC delegation, headed by Iván Márquez, an hour later"),
        ev("2014-12-16-castro-obama-call", C, OCC, "2014-12-16", None, [OBAMA, CASTRO], [],
           "settled the deal to restore relations in a 45-minute phone call on 16 December 2014"),
        ev("2015-04-11-panama-city-castro-obama", M, OCC, "2015-04", "Panama City", [OBAMA, CASTRO], [],
           "Their first formal sit-down came in April last year, in Panama City"),
        ev("2016-02-12-havana-castro-francis-kirill", M, OCC, "2016-02", "Havana", [CASTRO, FRANCIS, KIRILL], [],
           "Last month Castro welcomed Pope Francis and Patriarch Kirill of Moscow at José Martí airport"),
        ev("2016-03-22-havana-obama-soler", M, PLN, "2016-03-22", "Havana", [OBAMA, SOLER], ["Cuban dissidents"],
           "sits down with a group of dissidents, among them Berta Soler"),
        ev("2016-03-23-buenos-aires-macri-obama", M, PLN, "2016-03-23", "Buenos Aires", [OBAMA, MACRI], [],
           "where he will hold talks with President Mauricio Macri at the Casa Rosada on Wednesday"),
    ], ["'Obama gives a speech to the Cuban people at the Gran Teatro' (speech)",
        "'he is due at the Estadio Latinoamericano for the exhibition game between the Tampa Bay Rays and Cuba's "
        "national team' (sports fixture)",
        "'Tonight Castro hosts a state dinner for the Obamas' (same day and occasion as the talks)",
        "'The joint news conference is over ... he lifted Obama's arm in the air' (press conference)",
        "'no meeting with Fidel Castro is planned on this trip' (negation)",
        "'Obama laid a wreath at the Jose Marti memorial' (ceremony)",
        "'the day before they announced it' (announcement, not an event)",
        "Read more / Most popular: 'Kerry and Rodriguez sign aviation deal in Havana', 'Cuba to meet Rays in first "
        "MLB game on island since 1999' (furniture, sport)"]),

    # Sunday translated page ("2015/11/08 (Sun.) 07:30", also ROC date 104/11/08).
    # "shook hands ... yesterday afternoon at the Shangri-La Hotel in Singapore, then sat down for the first meeting"
    #   -> 7 Nov 2015, Singapore.
    # "Andrew Hsia and Zhang held talks in Guangzhou in mid-October" -> 2015-10 (key 14 Oct 2015).
    # "Wang Yu-chi, travelled to Nanjing in February 2014 for talks with Zhang" -> 2014-02 (key 11 Feb 2014).
    # "The city hosted the 1993 talks between Koo Chen-fu and Wang Daohan, held from 27 to 29 April that year" ->
    #   27-29 Apr 1993, Singapore (date_end).
    # "he arrived on Friday for a two-day state visit and held talks with Prime Minister Lee Hsien Loong at the
    #   Istana that day" -> Friday before Sun 8 Nov = 6 Nov; Singapore.
    ("002_tw_cn_ma_xi_singapore_translated", "2015-11-08", False, [
        ev("2015-11-07-singapore-ma-xi", M, OCC, "2015-11-07", "Singapore", [MA, XI], [],
           "then sat down for the first meeting between the leaders of the two sides"),
        ev("2015-10-14-guangzhou-hsia-zhang", M, OCC, "2015-10", "Guangzhou", [HSIA, ZHANG], [],
           "Andrew Hsia (夏立言) and Zhang held talks in Guangzhou in mid-October"),
        ev("2014-02-11-nanjing-wang-zhang", M, OCC, "2014-02", "Nanjing", [WANG_YUCHI, ZHANG], [],
           "Wang Yu-chi, travelled to Nanjing in February 2014 for talks with Zhang"),
        ev("1993-04-27-singapore-koo-wang", M, OCC, "1993-04-27", "Singapore", [KOO, WANG_DAOHAN], [],
           "The city hosted the 1993 talks between Koo Chen-fu and Wang Daohan", date_end="1993-04-29"),
        ev("2015-11-06-singapore-lee-xi", M, OCC, "2015-11-06", "Singapore", [XI, LEE], [],
           "held talks with Prime Minister Lee Hsien Loong at the Istana that day"),
    ], ["'the two delegations had dinner together at the hotel. Each side paid for half' (same occasion)",
        "'Ma then held a press conference, while Zhang Zhijun ... briefed mainland reporters' (press)",
        "'No agreement was signed and no joint statement was issued' (negation)",
        "'a hotline would be set up ... but no date has been given for its first use' (vague future call)",
        "'the summit was announced only on Tuesday night' (announcement)",
        "'a Ma-Xi meeting at the APEC summit in Beijing last year had been explored, but it did not take place' "
        "(did not happen)",
        "'Tsai Ing-wen said the president had \"damaged Taiwan's democracy\"' (statement)",
        "'Ma said a second meeting could happen \"if conditions allow\", but none has been scheduled' (hypothetical)",
        "'He flew back to Taipei last night' (travel)",
        "Related stories: 'Hsia to brief legislators on Singapore meeting' (domestic), 'Chinese Taipei to meet China "
        "in Asian Baseball Championship opener' (furniture, sport)"]),

    # Timeline explainer, manifest null; the page prints "Last updated: 22.01.2017 09:15 GMT" (day-first; a Sunday).
    # Entries are dated explicitly; the year comes from the headings "1 December 2016" and "13 January 2017".
    # "2 December - ... Jammeh telephones Barrow to congratulate him" -> call 2 Dec 2016.
    # "13 December - ... Johnson Sirleaf ... Buhari ... Koroma ... Mahama. The four first sit down with Jammeh at
    #   State House, then with Barrow at a hotel in the city" -> two separate meetings in Banjul, same evidence.
    # "17 December - West African heads of state gather in Abuja for an ECOWAS summit hosted by Buhari, which names him
    #   chief mediator" -> gathering; body ECOWAS; Buhari (the host) is placed there.
    # "13 January 2017 - Buhari and Johnson Sirleaf return to Banjul with Mahama, who left office on 7 January. Their
    #   talks with Jammeh at State House end without a deal" -> 13 Jan, Banjul. ("Barrow flies to Mali that evening" is
    #   travel; "left office on 7 January" is not an event.)
    # "13 and 14 January - Barrow attends the Africa-France summit in Bamako, hosted by ... Keita and ... Hollande"
    #   -> gathering 13-14 Jan (date_end).
    # "18 January - ... Abdel Aziz flies to Banjul for last-minute talks with Jammeh, then on to Dakar, where he meets
    #   Sall and Barrow shortly before midnight" -> two events, both 18 Jan.
    # "20 January - Guinea's Alpha Conde and Abdel Aziz fly to Banjul and hold talks with Jammeh" -> 20 Jan (shared
    #   key with 010).
    ("003_gm_jammeh_crisis_timeline", "2017-01-22", True, [
        ev("2016-12-02-barrow-jammeh-call", C, OCC, "2016-12-02", None, [JAMMEH, BARROW], [],
           "Jammeh telephones Barrow to congratulate him and promises to help with the handover"),
        ev("2016-12-13-banjul-buhari-jammeh-johnson-sirleaf-koroma-mahama", M, OCC, "2016-12-13", "Banjul",
           [SIRLEAF, BUHARI, KOROMA, MAHAMA, JAMMEH], [],
           "first sit down with Jammeh at State House, then with Barrow at a hotel"),
        ev("2016-12-13-banjul-barrow-buhari-johnson-sirleaf-koroma-mahama", M, OCC, "2016-12-13", "Banjul",
           [SIRLEAF, BUHARI, KOROMA, MAHAMA, BARROW], [],
           "first sit down with Jammeh at State House, then with Barrow at a hotel"),
        ev("2016-12-17-abuja-ecowas-summit", M, OCC, "2016-12-17", "Abuja", [BUHARI], ["ECOWAS"],
           "West African heads of state gather in Abuja for an ECOWAS summit"),
        ev("2017-01-13-banjul-buhari-jammeh-johnson-sirleaf-mahama", M, OCC, "2017-01-13", "Banjul",
           [BUHARI, SIRLEAF, MAHAMA, JAMMEH], [], "Their talks with Jammeh at State House end without a deal"),
        ev("2017-01-13-bamako-africa-france-summit", M, OCC, "2017-01-13", "Bamako", [BARROW, KEITA, HOLLANDE], [],
           "Barrow attends the Africa-France summit in Bamako, hosted by Mali's Ibrahim Boubacar Keïta",
           date_end="2017-01-14"),
        ev("2017-01-18-banjul-abdel-aziz-jammeh", M, OCC, "2017-01-18", "Banjul", [AZIZ, JAMMEH], [],
           "Mohamed Ould Abdel Aziz flies to Banjul for last-minute talks with Jammeh"),
        ev("2017-01-18-dakar-abdel-aziz-barrow-sall", M, OCC, "2017-01-18", "Dakar", [AZIZ, SALL, BARROW], [],
           "then on to Dakar, where he meets Sall and Barrow shortly before midnight"),
        ev(K_BANJUL, M, OCC, "2017-01-20", "Banjul", [CONDE, AZIZ, JAMMEH], [],
           "Guinea's Alpha Condé and Abdel Aziz fly to Banjul and hold talks with Jammeh"),
    ], ["'1 December 2016 - Gambians vote' (election)",
        "'9 December - Jammeh goes back on TV to reject the results' (statement)",
        "'Barrow flies to Mali that evening' (travel)",
        "'At the invitation of Senegal's Macky Sall, Barrow travels to Dakar, where he is to stay' (travel, no "
        "encounter stated)",
        "'Barrow is sworn in at the Gambian embassy in Dakar' (ceremony)",
        "'The UN Security Council backs ECOWAS, and Senegalese troops cross the border' (no meeting)",
        "'Jammeh announces on television that he will step down ... boards a plane ... and leaves the country' "
        "(statement, travel)",
        "'Barrow says he will return to Banjul \"as soon as possible\" but has given no date' (vague)",
        "'An ECOWAS summit on the mission could be called if the security situation worsens' (hypothetical)",
        "Related / Latest news: 'Gambia to meet Senegal? Why the neighbours' football derby is off' (furniture, sport)"]),

    # Monday newsletter ("Monday 13 July 2015 · 12:30 CET").
    # "The 19 eurozone leaders began their summit in Brussels at 4 p.m. on Sunday and did not leave the building until
    #   shortly before 9 a.m. today" -> 12-13 Jul (date_end); Tsipras, Merkel, Hollande and chair Tusk named there.
    # "a Brussels Eurogroup meeting chaired by Jeroen Dijsselbloem that ran from Saturday afternoon into Sunday, with
    #   ... Tsakalotos facing a sceptical Wolfgang Schauble" -> 11-12 Jul (date_end).
    # "At last Tuesday's emergency summit, also in Brussels, the leaders gave Tsipras until Thursday" -> Tuesday of the
    #   previous week = 7 Jul.
    # "the referendum of 5 July ... On the night of the vote Hollande and Tsipras spoke by telephone" -> call 5 Jul.
    #   "The following evening Merkel flew to Paris to dine with Hollande at the Elysee" -> 6 Jul, Paris.
    # "Tsipras's talks with Vladimir Putin in Moscow in April" -> 2015-04 (key 8 Apr 2015).
    # "Eurozone finance ministers meet again in Brussels this afternoon" -> planned 13 Jul, body Eurogroup.
    ("004_gr_euro_summit_newsletter", "2015-07-13", False, [
        ev("2015-07-12-brussels-euro-summit", M, OCC, "2015-07-12", "Brussels", [TSIPRAS, MERKEL, HOLLANDE, TUSK],
           ["Eurozone"], "The 19 eurozone leaders began their summit in Brussels at 4 p.m. on Sunday",
           date_end="2015-07-13"),
        ev("2015-07-11-brussels-eurogroup", M, OCC, "2015-07-11", "Brussels", [DIJSSELBLOEM, TSAKALOTOS, SCHAUBLE],
           ["Eurogroup"],
           "a Brussels Eurogroup meeting chaired by Jeroen Dijsselbloem that ran from Saturday afternoon into Sunday",
           date_end="2015-07-12"),
        ev("2015-07-07-brussels-euro-summit", M, OCC, "2015-07-07", "Brussels", [TSIPRAS], ["Eurozone"],
           "At last Tuesday's emergency summit, also in Brussels, the leaders gave Tsipras until Thursday"),
        ev("2015-07-05-hollande-tsipras-call", C, OCC, "2015-07-05", None, [HOLLANDE, TSIPRAS], [],
           "On the night of the vote Hollande and Tsipras spoke by telephone"),
        ev("2015-07-06-paris-hollande-merkel", M, OCC, "2015-07-06", "Paris", [MERKEL, HOLLANDE], [],
           "The following evening Merkel flew to Paris to dine with Hollande at the Élysée"),
        ev("2015-04-08-moscow-putin-tsipras", M, OCC, "2015-04", "Moscow", [TSIPRAS, PUTIN], [],
           "Tsipras's talks with Vladimir Putin in Moscow in April"),
        ev("2015-07-13-brussels-eurogroup", M, PLN, "2015-07-13", "Brussels", [], ["Eurogroup"],
           "Eurozone finance ministers meet again in Brussels this afternoon to discuss a bridging loan"),
    ], ["'Tsipras, Merkel and Hollande sat in a side room with summit chair Donald Tusk' (inside the same summit)",
        "'Schauble's paper floating a \"temporary\" Greek exit ... would have been unthinkable' (hypothetical)",
        "'the referendum of 5 July, in which 61 per cent of Greeks rejected the creditors' terms' (vote)",
        "'Yanis Varoufakis resigned as finance minister the morning after the vote' (domestic)",
        "'his refusal to rule out Russian help' (no meeting)",
        "'so Athens can repay the European Central Bank on 20 July' (payment)",
        "'The Greek parliament must pass the first laws by Wednesday; Tsipras faces a revolt inside Syriza' (domestic)",
        "Read more: 'Olympiacos to meet Partizan in Champions League qualifier' (furniture, sport)"]),

    # Photo gallery, manifest null; page prints "Gallery · 14/07/2017 · 19:05 CEST" (day-first; a Friday), captions
    # dated "(13/07/2017)".
    # 3/9 "Macron and Trump then held talks at the Elysee Palace on Thursday afternoon" -> 13 Jul, Paris.
    # 6/9 "Earlier on Thursday, Macron received Angela Merkel for the Franco-German council of ministers, which brought
    #   together about twenty ministers from both governments" -> 13 Jul, Paris; unnamed ministers -> France, Germany.
    # 7/9 "the two presidents' first encounter, the knuckle-whitening handshake before a working lunch at the US
    #   ambassador's residence in Brussels, 25 May" -> 2017-05-25 (the two presidents = Macron and Trump).
    # 8/9 "Macron and Trump at the G7 summit in Taormina, Sicily, held on 26-27 May" -> date_end; body G7.
    # 9/9 "Macron received Vladimir Putin at the Palace of Versailles on 29 May" -> Versailles.
    # Text: "The most pointed call came on 1 June, when Trump rang Macron" -> call 1 Jun 2017.
    ("005_fr_us_trump_bastille_gallery", "2017-07-14", True, [
        ev("2017-07-13-paris-macron-trump", M, OCC, "2017-07-13", "Paris", [MACRON, TRUMP], [],
           "Macron and Trump then held talks at the Élysée Palace on Thursday afternoon"),
        ev("2017-07-13-paris-macron-merkel", M, OCC, "2017-07-13", "Paris", [MACRON, MERKEL], ["France", "Germany"],
           "Macron received Angela Merkel for the Franco-German council of ministers"),
        ev("2017-05-25-brussels-macron-trump", M, OCC, "2017-05-25", "Brussels", [MACRON, TRUMP], [],
           "the knuckle-whitening handshake before a working lunch at the US ambassador's residence in Brussels"),
        ev("2017-05-26-taormina-g7-summit", M, OCC, "2017-05-26", "Taormina", [MACRON, TRUMP], ["G7"],
           "Macron and Trump at the G7 summit in Taormina, Sicily, held on 26-27 May",
           date_end="2017-05-27"),
        ev("2017-05-29-versailles-macron-putin", M, OCC, "2017-05-29", "Versailles", [MACRON, PUTIN], [],
           "Macron received Vladimir Putin at the Palace of Versailles on 29 May"),
        ev("2017-06-01-macron-trump-call", C, OCC, "2017-06-01", None, [TRUMP, MACRON], [],
           "The most pointed call came on 1 June, when Trump rang Macron"),
    ], ["1/9 'Air Force One touches down at Orly airport' (arrival)",
        "2/9 'Macron welcomes the American president and his wife ... at the Hotel des Invalides' (ceremony; same "
        "visit and day as the talks)",
        "4/9 'At their joint press conference in the Elysee garden' (press conference)",
        "5/9 'The two couples dine at Le Jules Verne ... on Thursday evening' (dinner on the day of the talks, same "
        "occasion)",
        "'The two presidents have spoken by phone several times since May' (counted)",
        "'Macron has accepted an invitation to visit Washington, but no date has been set' (no concrete occasion)",
        "'Trump watched the military parade ... from the official stand' (ceremony)",
        "'He left for New Jersey in the afternoon' (travel)",
        "Read also: 'Merkel and Macron meet again in Paris: what the council agreed', 'France to meet Netherlands in "
        "World Cup qualifier' (furniture, sport)"]),

    # Wednesday interview (Wednesday, 29 November 2017).
    # "Min Aung Hlaing called on the pope on Monday evening at the archbishop's residence in Yangon" -> 27 Nov.
    # "yesterday in Naypyidaw? - Two separate meetings. First he paid a courtesy visit to President Htin Kyaw ...
    #   Then he had a private conversation with Aung San Suu Kyi" -> two events, 28 Nov, Naypyidaw.
    # "She had an audience with him at the Vatican in May" -> 2017-05 (key 4 May 2017), Vatican City.
    # "signed an arrangement ... last Thursday in Naypyidaw, the same day Suu Kyi held talks there with ... Abul
    #   Hassan Mahmood Ali" -> Thursday of the previous week = 23 Nov.
    # "Tomorrow he flies to Dhaka, where President Abdul Hamid will receive him at Bangabhaban" -> planned 30 Nov.
    # "On Friday, at an interreligious meeting in the capital, he is due to meet a small group of Rohingya refugees"
    #   -> planned 1 Dec, Dhaka; group.
    ("006_va_mm_pope_myanmar_interview", "2017-11-29", False, [
        ev("2017-11-27-yangon-francis-min-aung-hlaing", M, OCC, "2017-11-27", "Yangon", [MIN_AUNG_HLAING, FRANCIS],
           [], "Senior General Min Aung Hlaing called on the pope on Monday evening"),
        ev("2017-11-28-naypyidaw-francis-htin-kyaw", M, OCC, "2017-11-28", "Naypyidaw", [FRANCIS, HTIN_KYAW], [],
           "First he paid a courtesy visit to President Htin Kyaw at the presidential palace"),
        ev("2017-11-28-naypyidaw-francis-suu-kyi", M, OCC, "2017-11-28", "Naypyidaw", [FRANCIS, SUU_KYI], [],
           "Then he had a private conversation with Aung San Suu Kyi"),
        ev("2017-05-04-vatican-city-francis-suu-kyi", M, OCC, "2017-05", "Vatican City", [SUU_KYI, FRANCIS], [],
           "She had an audience with him at the Vatican in May"),
        ev("2017-11-23-naypyidaw-mahmood-ali-suu-kyi", M, OCC, "2017-11-23", "Naypyidaw", [SUU_KYI, MAHMOOD_ALI], [],
           "Suu Kyi held talks there with Bangladesh's foreign minister, Abul Hassan Mahmood Ali"),
        ev("2017-11-30-dhaka-francis-hamid", M, PLN, "2017-11-30", "Dhaka", [FRANCIS, HAMID], [],
           "Tomorrow he flies to Dhaka, where President Abdul Hamid will receive him at Bangabhaban"),
        ev("2017-12-01-dhaka-francis-rohingya-refugees", M, PLN, "2017-12-01", "Dhaka", [FRANCIS],
           ["Rohingya refugees"], "he is due to meet a small group of Rohingya refugees"),
    ], ["'That courtesy visit had been pencilled in for later in the programme and was brought forward' (rescheduled, "
        "same event)",
        "'they exchanged gifts' (same occasion)",
        "'before both of them gave speeches to officials and diplomats' (speeches)",
        "'the Holy See and Myanmar agreed to establish diplomatic relations' (agreement, same occasion as the audience)",
        "'He has not said \"Rohingya\"' (statement)",
        "'Today there is a public Mass in Yangon' (ceremony)",
        "'He will not visit the camps themselves' (negation)",
        "'Could he see Min Aung Hlaing again ... It is not in the programme. It could only happen if the general asked' "
        "(hypothetical)",
        "Most read: 'Myanmar to meet Laos in Yangon football friendly' (furniture, sport)"]),

    # Saturday op-ed (Saturday, January 28, 2017).
    # "When Enrique Pena Nieto received Donald Trump at Los Pinos on August 31" -> most recent 31 Aug = 2016;
    #   Los Pinos -> Mexico City.
    # "Barack Obama had welcomed Pena Nieto to the Oval Office in July" -> 2016-07 (key 22 Jul 2016), Washington.
    # "in June the two men had stood with Justin Trudeau at the North American Leaders' Summit in Ottawa" -> the two
    #   men = Obama and Pena Nieto; 2016-06 (key 29 Jun 2016).
    # "On Wednesday, while ... Luis Videgaray and ... Ildefonso Guajardo were sitting down with White House officials in
    #   Washington" -> 25 Jan 2017; unnamed officials -> group United States.
    # "On Friday the two presidents spoke by telephone for an hour" -> call 27 Jan.
    ("007_mx_us_pena_nieto_trump_oped", "2017-01-28", False, [
        ev("2016-08-31-mexico-city-pena-nieto-trump", M, OCC, "2016-08-31", "Mexico City", [PENA_NIETO, TRUMP], [],
           "When Enrique Peña Nieto received Donald Trump at Los Pinos on August 31"),
        ev("2016-07-22-washington-obama-pena-nieto", M, OCC, "2016-07", "Washington", [OBAMA, PENA_NIETO], [],
           "Barack Obama had welcomed Peña Nieto to the Oval Office in July"),
        ev("2016-06-29-ottawa-obama-pena-nieto-trudeau", M, OCC, "2016-06", "Ottawa", [OBAMA, PENA_NIETO, TRUDEAU], [],
           "stood with Justin Trudeau at the North American Leaders' Summit in Ottawa"),
        ev("2017-01-25-washington-guajardo-videgaray", M, OCC, "2017-01-25", "Washington", [VIDEGARAY, GUAJARDO],
           ["United States"],
           "Luis Videgaray and Economy Minister Ildefonso Guajardo were sitting down with White House officials"),
        ev("2017-01-27-pena-nieto-trump-call", C, OCC, "2017-01-27", None, [PENA_NIETO, TRUMP], [],
           "On Friday the two presidents spoke by telephone for an hour"),
    ], ["'Hillary Clinton was invited as well; she never came' (invitation not accepted)",
        "'Trump stood beside his host and said they had not discussed who would pay' (statement, same occasion)",
        "'By evening he was in Phoenix' (travel, rally)",
        "'Trump signed an order to start building the wall' (executive act)",
        "'On Thursday Pena Nieto called off the visit he was to make to Washington on Tuesday' (cancelled)",
        "'a meeting held under those conditions would have humiliated him' (hypothetical)",
        "'the meeting could be rescheduled once \"conditions allow\"' (hypothetical)",
        "Most read: 'Mexico to meet the US in Hexagonal qualifier at Estadio Azteca' (furniture, sport)"]),

    # Transcript of a briefing (Wednesday, 19 September 2018, 14:30 KST).
    # "held their second round of talks this morning at the Paekhwawon State Guesthouse in Pyongyang" -> 19 Sep.
    # "Yesterday's first round, at the headquarters of the Central Committee of the Workers' Party" -> 18 Sep,
    #   Pyongyang; a separate encounter on a different day.
    # "Tomorrow the two leaders will travel together to Mount Paektu" -> planned 20 Sep.
    # "travel to New York next week ... expected to hold a summit with President Trump there on Monday, the 24th" ->
    #   planned 24 Sep.
    # "The two leaders held their first at the Peace House, on our side of Panmunjom, on 27 April" and "The second, at
    #   Tongilgak on the northern side on 26 May" -> two events at Panmunjom.
    # "At high-level talks at Panmunjom on 13 August, Unification Minister Cho Myoung-gyon and his counterpart Ri Son
    #   Gwon agreed" -> 13 Aug 2018.
    ("008_kr_kp_pyongyang_summit_transcript", "2018-09-19", False, [
        ev("2018-09-19-pyongyang-kim-moon", M, OCC, "2018-09-19", "Pyongyang", [MOON, KIM], [],
           "held their second round of talks this morning at the Paekhwawon State Guesthouse in Pyongyang"),
        ev("2018-09-18-pyongyang-kim-moon", M, OCC, "2018-09-18", "Pyongyang", [MOON, KIM], [],
           "Yesterday's first round, at the headquarters of the Central Committee of the Workers' Party"),
        ev("2018-09-20-mount-paektu-kim-moon", M, PLN, "2018-09-20", "Mount Paektu", [MOON, KIM], [],
           "Tomorrow the two leaders will travel together to Mount Paektu"),
        ev("2018-09-24-new-york-moon-trump", M, PLN, "2018-09-24", "New York", [MOON, TRUMP], [],
           "expected to hold a summit with President Trump there on Monday, the 24th"),
        ev("2018-04-27-panmunjom-kim-moon", M, OCC, "2018-04-27", "Panmunjom", [MOON, KIM], [],
           "The two leaders held their first at the Peace House, on our side of Panmunjom"),
        ev("2018-05-26-panmunjom-kim-moon", M, OCC, "2018-05-26", "Panmunjom", [MOON, KIM], [],
           "The second, at Tongilgak on the northern side on 26 May"),
        ev("2018-08-13-panmunjom-cho-ri", M, OCC, "2018-08-13", "Panmunjom", [CHO, RI], [],
           "At high-level talks at Panmunjom on 13 August, Unification Minister Cho Myoung-gyon and his counterpart"),
    ], ["'then signed the Pyongyang Joint Declaration' (same occasion as the second round)",
        "'The defence ministers, Song Young-moo and No Kwang Chol, signed a separate military agreement in the presence "
        "of the two leaders' (inside the same session)",
        "'Chairman Kim has agreed to visit Seoul at an early date' (vague)",
        "'before the President returns to Seoul' (travel)",
        "'This is the third summit this year' (counted)",
        "'The exact dates were settled later' (no event)",
        "'Secretary Pompeo's trip to Pyongyang was called off last month ... We hope it can be rearranged soon' "
        "(cancelled, vague)",
        "'They made a joint announcement to the press at the guesthouse' (press)",
        "Latest news: 'South Korea to meet North Korea? Unified team mooted for 2020 Olympics' (furniture, sport)"]),

    # Friday obituary (Published Friday 9 September 2022).
    # "In October 2015 she received Xi Jinping on a state visit" -> 2015-10 (key 20 Oct 2015); the carriage to
    #   Buckingham Palace -> London.
    # "In November 2016 she welcomed Juan Manuel Santos of Colombia to Buckingham Palace" -> 2016-11 (shared with 012).
    # "born in London on 21 April 1926" + "A day after her 90th birthday, she gave Barack and Michelle Obama lunch at
    #   Windsor Castle" -> 21 Apr 2016 + 1 day = 22 Apr 2016; "the couple" = the Obamas; Prince Philip drove them.
    # "She took tea with Donald Trump at Windsor in July 2018" -> 2018-07 (key 13 Jul 2018); "and eleven months later
    #   hosted him for a full state visit, with a banquet at Buckingham Palace" -> July 2018 + 11 months = 2019-06
    #   (key 3 Jun 2019), London.
    # "On 13 June 2021 ... Joe Biden had a tete-a-tete with her over tea at Windsor Castle" -> explicit.
    # "On Sunday the King is expected to receive the Commonwealth Secretary-General, Patricia Scotland, at Buckingham
    #   Palace" -> planned 11 Sep 2022.
    ("009_uk_queen_elizabeth_obituary", "2022-09-09", False, [
        ev("2015-10-20-london-elizabeth-ii-xi", M, OCC, "2015-10", "London", [ELIZABETH, XI], [],
           "In October 2015 she received Xi Jinping on a state visit"),
        ev(K_SANTOS_QUEEN, M, OCC, "2016-11", "London", [ELIZABETH, SANTOS], [],
           "In November 2016 she welcomed Juan Manuel Santos of Colombia to Buckingham Palace"),
        ev("2016-04-22-windsor-elizabeth-ii-obama", M, OCC, "2016-04-22", "Windsor", [ELIZABETH, OBAMA, M_OBAMA, PHILIP],
           [], "she gave Barack and Michelle Obama lunch at Windsor Castle"),
        ev("2018-07-13-windsor-elizabeth-ii-trump", M, OCC, "2018-07", "Windsor", [ELIZABETH, TRUMP], [],
           "She took tea with Donald Trump at Windsor in July 2018"),
        ev("2019-06-03-london-elizabeth-ii-trump", M, OCC, "2019-06", "London", [ELIZABETH, TRUMP], [],
           "hosted him for a full state visit, with a banquet at Buckingham Palace"),
        ev("2021-06-13-windsor-biden-elizabeth-ii", M, OCC, "2021-06-13", "Windsor", [BIDEN, ELIZABETH], [],
           "Joe Biden had a tête-à-tête with her over tea at Windsor Castle"),
        ev("2022-09-11-london-charles-iii-scotland", M, PLN, "2022-09-11", "London", [CHARLES, SCOTLAND], [],
           "On Sunday the King is expected to receive the Commonwealth Secretary-General, Patricia Scotland"),
    ], ["'she accepted Boris Johnson's resignation and asked Liz Truss to form a government' (domestic, inside one "
        "state)",
        "'She met thirteen of the fourteen American presidents ... missing only Lyndon Johnson' (counted, negation)",
        "'weeks after he had won the Nobel Peace Prize' (award)",
        "'after the G7 summit in Cornwall' (backdrop only)",
        "'He said afterwards that she reminded him of his mother' (statement)",
        "'she held dozens of audiences by video link with newly arrived ambassadors' (counted)",
        "'is due to return to London from Balmoral today' (travel)",
        "'World leaders are expected at the state funeral, for which no date had been announced' (ceremony, no date)",
        "Most read: 'England to meet South Africa at the Oval as Test resumes' (furniture, sport)"]),

    # Friday newsletter (Friday 3 February 2017).
    # "African leaders gathered in Addis Ababa on Monday and Tuesday for the 28th AU summit" -> 30-31 Jan (date_end);
    #   Mohammed VI "attended in person", Conde and Deby "In the same hall", Faki elected there, Guterres "spoke at the
    #   opening session"; body African Union.
    # "Foreign ministers had prepared the decisions at their own meeting in the same building last week" -> last week
    #   = 23-29 Jan -> 2017-01 (key 25 Jan 2017), Addis Ababa; group only.
    # "President Salva Kiir welcomed him to Juba for talks on Wednesday" -> 1 Feb; him = Mohammed VI.
    # "Yahya Jammeh agreed to go during talks in Banjul on 20 January with Guinea's Conde and Mauritania's Mohamed Ould
    #   Abdel Aziz" -> shared key with 003.
    ("010_africa_week_roundup_newsletter", "2017-02-03", False, [
        ev("2017-01-30-addis-ababa-au-summit", M, OCC, "2017-01-30", "Addis Ababa",
           [MOHAMMED_VI, CONDE, DEBY, FAKI, GUTERRES], ["African Union"],
           "African leaders gathered in Addis Ababa on Monday and Tuesday for the 28th AU summit",
           date_end="2017-01-31"),
        ev("2017-01-25-addis-ababa-au-executive-council", M, OCC, "2017-01", "Addis Ababa", [], ["African Union"],
           "Foreign ministers had prepared the decisions at their own meeting in the same building"),
        ev("2017-02-01-juba-kiir-mohammed-vi", M, OCC, "2017-02-01", "Juba", [KIIR, MOHAMMED_VI], [],
           "President Salva Kiir welcomed him to Juba for talks on Wednesday"),
        ev(K_BANJUL, M, OCC, "2017-01-20", "Banjul", [JAMMEH, CONDE, AZIZ], [],
           "Yahya Jammeh agreed to go during talks in Banjul on 20 January with Guinea's Condé"),
    ], ["'King Mohammed VI ... addressed the assembly on Tuesday' (speech, same gathering)",
        "'the two men presided over the signing of nine agreements' (same occasion as the Juba talks)",
        "'The king also visited the Moroccan field hospital' (visit, no encounter)",
        "'Adama Barrow flew home to Banjul last Thursday, a week after he was sworn in' (travel, ceremony)",
        "'Barrow has not yet named a full cabinet' (domestic)",
        "'A public inauguration ceremony is planned for 18 February' (ceremony)",
        "'Somalia's members of parliament will elect a president on Wednesday' (vote, domestic)",
        "'Egypt will meet Cameroon in the Africa Cup of Nations final in Libreville on Sunday' (sports fixture, in the "
        "body)",
        "Latest news / Most read: 'Tshisekedi, veteran Congolese opposition leader, dies in Brussels' (furniture)"]),

    # Friday wire (BRUSSELS, March 18; "Updated 18.03.2016, 19:42 CET").
    # "European Union leaders and Turkish Prime Minister Ahmet Davutoglu agreed on Friday on a plan ... after a day of
    #   talks in Brussels chaired by ... Donald Tusk" -> 18 Mar; Juncker (joint news conference) and Merkel ("leaving
    #   the summit") are placed there; unnamed EU leaders -> group.
    # "The 28 EU leaders had met on their own in Brussels on Thursday evening to agree the position they would put to
    #   Turkey" -> 17 Mar (the Thursday before the Friday page); an EU-only gathering, distinct from Friday's talks.
    # "Tusk travelled to Ankara on Tuesday for talks with Davutoglu" -> 15 Mar.
    # "the previous EU-Turkey summit in Brussels, on 7 March" -> 7 Mar; Davutoglu there ("surprised most leaders
    #   there").
    # "which he had worked out the night before over dinner in the Belgian capital with Merkel and ... Mark Rutte" ->
    #   the night before 7 Mar = 6 Mar, Brussels.
    # "The two sides first agreed to cooperate on migration at a summit in Brussels in November" -> 2015-11 (key
    #   29 Nov 2015); groups European Union, Turkey.
    ("011_eu_tr_migration_deal_wire", "2016-03-18", False, [
        ev("2016-03-18-brussels-eu-turkey-summit", M, OCC, "2016-03-18", "Brussels",
           [DAVUTOGLU, TUSK, JUNCKER, MERKEL], ["European Union"],
           "European Union leaders and Turkish Prime Minister Ahmet Davutoğlu agreed on Friday on a plan"),
        ev("2016-03-17-brussels-european-council", M, OCC, "2016-03-17", "Brussels", [], ["European Union"],
           "The 28 EU leaders had met on their own in Brussels on Thursday evening"),
        ev("2016-03-15-ankara-davutoglu-tusk", M, OCC, "2016-03-15", "Ankara", [TUSK, DAVUTOGLU], [],
           "Tusk travelled to Ankara on Tuesday for talks with Davutoğlu on the draft"),
        ev("2016-03-07-brussels-eu-turkey-summit", M, OCC, "2016-03-07", "Brussels", [DAVUTOGLU], ["European Union"],
           "emerged at the previous EU-Turkey summit in Brussels, on 7 March"),
        ev("2016-03-06-brussels-davutoglu-merkel-rutte", M, OCC, "2016-03-06", "Brussels", [DAVUTOGLU, MERKEL, RUTTE],
           [], "he had worked out the night before over dinner in the Belgian capital with Merkel"),
        ev("2015-11-29-brussels-eu-turkey-summit", M, OCC, "2015-11", "Brussels", [], ["European Union", "Turkey"],
           "first agreed to cooperate on migration at a summit in Brussels in November"),
    ], ["'Returns are due to start with arrivals from Sunday' (implementation, no meeting)",
        "'Davutoglu told a joint news conference with Tusk and ... Juncker' (press conference, same occasion)",
        "'Merkel ... said the hardest part, implementation, was still ahead' (statement)",
        "'Cyprus had threatened to block any promise to open new chapters' (threat, no meeting)",
        "'Amnesty International said Turkey could not be considered a safe country' (statement)",
        "'UN refugee agency officials said they would not take part in detaining migrants' (negation, no meeting)",
        "'\"we will be back here in a month\"' (hypothetical)",
        "'Greek officials said they would need thousands of extra staff' (statement)",
        "Related stories / Also on CPA: 'Turkey to meet Sweden in Euro 2016 warm-up in Antalya' (furniture, sport)"]),

    # Presidency press release, manifest null; the page prints "Bogota, 24 November 2016 (SIG)" (a Thursday).
    # "President Juan Manuel Santos and the commander of the FARC-EP, Rodrigo Londono Echeverri, today signed ... at
    #   the Teatro Colon in Bogota" -> 24 Nov.
    # "The new text was concluded in Havana on 12 November by the negotiating teams of the Government and the FARC-EP,
    #   led by Humberto de la Calle and Ivan Marquez" -> 12 Nov; groups Colombia, FARC.
    # "the agreement that the Head of State and Londono signed in Cartagena on 26 September" -> shared key with 000.
    # "Earlier this month, during the first state visit to the United Kingdom ... Santos was received by Her Majesty
    #   Queen Elizabeth II at Buckingham Palace" -> 2016-11 (shared with 009).
    # "Tomorrow, Friday, the President will receive the head of the United Nations Mission in Colombia, Jean Arnault,
    #   at the Casa de Narino" -> planned 25 Nov, Bogota.
    ("012_co_teatro_colon_presidency_release", "2016-11-24", True, [
        ev("2016-11-24-bogota-londono-santos", M, OCC, "2016-11-24", "Bogota", [SANTOS, LONDONO], [],
           "President Juan Manuel Santos and the commander of the FARC-EP, Rodrigo Londoño Echeverri, today signed"),
        ev("2016-11-12-havana-de-la-calle-marquez", M, OCC, "2016-11-12", "Havana", [DE_LA_CALLE, MARQUEZ],
           ["Colombia", "FARC"], "The new text was concluded in Havana on 12 November by the negotiating teams"),
        ev(K_CARTAGENA, M, OCC, "2016-09-26", "Cartagena", [SANTOS, LONDONO], [],
           "the agreement that the Head of State and Londoño signed in Cartagena on 26 September"),
        ev(K_SANTOS_QUEEN, M, OCC, "2016-11", "London", [SANTOS, ELIZABETH], [],
           "President Santos was received by Her Majesty Queen Elizabeth II at Buckingham Palace"),
        ev("2016-11-25-bogota-arnault-santos", M, PLN, "2016-11-25", "Bogota", [SANTOS, ARNAULT], [],
           "the President will receive the head of the United Nations Mission in Colombia, Jean Arnault"),
    ], ["'the plebiscite of 2 October, which narrowly rejected the agreement' (vote)",
        "'\"This is the definitive agreement,\" the President said in his speech' (speech)",
        "'the Government has received more than 500 proposals from the promoters of the \"No\"' (counted, no meeting)",
        "'The Democratic Centre party declined the invitation to attend today's ceremony' (declined invitation)",
        "'The agreement will be submitted to the Congress of the Republic for endorsement next week' (domestic)",
        "'On 10 December the President will receive the Nobel Peace Prize in Oslo' (award ceremony)",
        "Latest news: 'The President chairs the Council of Ministers' (domestic), 'The President receives credentials of "
        "the new Ambassador of Japan', 'Colombia's U-20 team to meet Venezuela in South American qualifier' "
        "(furniture, sport)"]),

    # Tuesday regional news site (Tuesday, 21 Aug 2018 | 4:12 PM MYT).
    # "held talks with Premier Li Keqiang at the Great Hall of the People yesterday" -> 20 Aug, Beijing.
    # "Later the same day, President Xi Jinping welcomed Dr Mahathir at the Diaoyutai State Guesthouse" -> 20 Aug,
    #   Beijing; a separate encounter.
    # "Wang Yi called on Dr Mahathir in Putrajaya earlier this month" -> 2018-08 (key 1 Aug 2018).
    # "His first was to Tokyo, where he held talks with Shinzo Abe in June" -> 2018-06 (key 12 Jun 2018).
    # "Lee Hsien Loong paid him a courtesy call in Putrajaya on 19 May" -> in-person (a courtesy call, not a phone
    #   call).
    # "Dr Mahathir is expected back on the regional circuit in November, when Asean leaders meet in Singapore for their
    #   annual summit" -> planned 2018-11 (key 13 Nov 2018); body ASEAN.
    ("013_my_cn_mahathir_beijing_regional", "2018-08-21", False, [
        ev("2018-08-20-beijing-li-mahathir", M, OCC, "2018-08-20", "Beijing", [MAHATHIR, LI_KEQIANG], [],
           "Mahathir Mohamad held talks with Premier Li Keqiang at the Great Hall of the People"),
        ev("2018-08-20-beijing-mahathir-xi", M, OCC, "2018-08-20", "Beijing", [XI, MAHATHIR], [],
           "President Xi Jinping welcomed Dr Mahathir at the Diaoyutai State Guesthouse"),
        ev("2018-08-01-putrajaya-mahathir-wang", M, OCC, "2018-08", "Putrajaya", [WANG_YI, MAHATHIR], [],
           "Chinese Foreign Minister Wang Yi called on Dr Mahathir in Putrajaya earlier this month"),
        ev("2018-06-12-tokyo-abe-mahathir", M, OCC, "2018-06", "Tokyo", [MAHATHIR, ABE], [],
           "His first was to Tokyo, where he held talks with Shinzo Abe in June"),
        ev("2018-05-19-putrajaya-lee-mahathir", M, OCC, "2018-05-19", "Putrajaya", [LEE, MAHATHIR], [],
           "Lee Hsien Loong paid him a courtesy call in Putrajaya on 19 May"),
        ev("2018-11-13-singapore-asean-summit", M, PLN, "2018-11", "Singapore", [MAHATHIR], ["ASEAN"],
           "when Asean leaders meet in Singapore for their annual summit"),
    ], ["'At a press conference in Beijing this morning' (press conference)",
        "'At their joint appearance on Monday he had warned Li' (same occasion as the Li talks)",
        "'the East Coast Rail Link and two gas pipeline projects would be deferred' (projects, not meetings)",
        "'he toured the headquarters of Alibaba and the carmaker Geely' (site visits)",
        "'carrying a letter from Li' (letter)",
        "'Xi ... \"would be welcome at any time\", but no visit is planned' (hypothetical, negation)",
        "'He flies home tonight' (travel)",
        "Trending now: 'Harimau Malaya to meet China in friendly next month' (furniture, sport)"]),

    # Monday broadcaster page ("Published 10.04.2017 16:48", day-first).
    # "Erna Solberg met Chinese President Xi Jinping at the Great Hall of the People in Beijing on Monday" -> 10 Apr;
    #   "Foreign Minister Borge Brende and Trade Minister Monica Maeland joined her at the meeting".
    # "as they had on Friday, when Premier Li Keqiang welcomed the delegation with a ceremony outside the Great Hall
    #   before sitting down with Solberg for talks" -> 7 Apr; Brende and Maeland present.
    # "The thaw was sealed in December, when Brende flew to Beijing and signed a joint statement with his counterpart,
    #   Wang Yi" -> 2016-12 (key 19 Dec 2016). "Li received him at Zhongnanhai later the same day" -> separate
    #   encounter, same month.
    # "Last week he made a state visit to Finland, where he held talks with President Sauli Niinisto in Helsinki" ->
    #   last week = 3-9 Apr -> 2017-04 (key 5 Apr 2017).
    ("014_no_cn_solberg_beijing_broadcaster", "2017-04-10", False, [
        ev("2017-04-10-beijing-solberg-xi", M, OCC, "2017-04-10", "Beijing", [SOLBERG, XI, BRENDE, MAELAND], [],
           "Erna Solberg met Chinese President Xi Jinping at the Great Hall of the People"),
        ev("2017-04-07-beijing-li-solberg", M, OCC, "2017-04-07", "Beijing", [LI_KEQIANG, SOLBERG, BRENDE, MAELAND],
           [], "Premier Li Keqiang welcomed the delegation with a ceremony outside the Great Hall"),
        ev("2016-12-19-beijing-brende-wang", M, OCC, "2016-12", "Beijing", [BRENDE, WANG_YI], [],
           "Brende flew to Beijing and signed a joint statement with his counterpart, Wang Yi"),
        ev("2016-12-19-beijing-brende-li", M, OCC, "2016-12", "Beijing", [LI_KEQIANG, BRENDE], [],
           "Li received him at Zhongnanhai later the same day"),
        ev("2017-04-05-helsinki-niinisto-xi", M, OCC, "2017-04", "Helsinki", [XI, NIINISTO], [],
           "he made a state visit to Finland, where he held talks with President Sauli Niinistö"),
    ], ["'Xi ... invited King Harald to make a state visit. The palace has indicated that the autumn of next year could "
        "suit, but no date has been set' (invitation, no concrete occasion)",
        "'Relations froze after the Norwegian Nobel Committee gave the 2010 peace prize to ... Liu Xiaobo' (award)",
        "'declining to meet the Dalai Lama when he visited Oslo in 2014' (negation)",
        "'she visited the Jack Ma Foundation and a Norwegian research centre' (site visits)",
        "'Free trade negotiations ... will resume, the two governments said, without giving a date' (vague)",
        "'The delegation flies back to Oslo on Tuesday' (travel)",
        "Most read: 'Norway to meet Czech Republic in World Cup qualifier' (furniture, sport)"]),
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
