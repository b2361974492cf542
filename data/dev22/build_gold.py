#!/usr/bin/env python3
"""Generate gold.jsonl and manifest.jsonl for the dev22 development corpus.

Run:  python3 data/dev22/build_gold.py   then   python3 data/eval/validate.py data/dev22
Each article lists its true publication date, whether the manifest hides it, its gold
events, and (for documentation only) the traps it contains that must NOT be extracted.
dev22 is a readable development set: unlike the holdout sets, it may be read while developing.
Its emphasis is on OCCURRED in-person meetings written in many different phrasings
(received, hosted for dinner, was X's guest, sat down with, called on, lunched with, conferred,
"a meeting between X and Y took place", passive voice, "the pair", anaphora across sentences),
with some calls and planned events, and many non-event distractors.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

# canonical names
BRANDT, CYRANKIEWICZ, GOMULKA, SCHEEL, JEDRYCHOWSKI, KOSYGIN, STOPH = (
    "Willy Brandt", "Jozef Cyrankiewicz", "Wladyslaw Gomulka", "Walter Scheel", "Stefan Jedrychowski",
    "Alexei Kosygin", "Willi Stoph")
FORD, BREZHNEV, KEKKONEN, DEMIREL, SCHMIDT, WILSON, GISCARD, GIEREK, CEAUSESCU, TITO = (
    "Gerald Ford", "Leonid Brezhnev", "Urho Kekkonen", "Suleyman Demirel", "Helmut Schmidt", "Harold Wilson",
    "Valery Giscard d'Estaing", "Edward Gierek", "Nicolae Ceausescu", "Josip Broz Tito")
SIHANOUK, HUN_SEN, RANARIDDH, MOCHTAR, THACH = (
    "Norodom Sihanouk", "Hun Sen", "Norodom Ranariddh", "Mochtar Kusumaatmadja", "Nguyen Co Thach")
PW_BOTHA, MACHEL, PIK_BOTHA, GRACA_MACHEL = "P. W. Botha", "Samora Machel", "Pik Botha", "Graca Machel"
TJIBAOU, LAFLEUR, ROCARD, LE_PENSEC, JOSPIN, WAMYTAN = (
    "Jean-Marie Tjibaou", "Jacques Lafleur", "Michel Rocard", "Louis Le Pensec", "Lionel Jospin", "Roch Wamytan")
ARIAS, CEREZO, DUARTE, AZCONA, ORTEGA, REAGAN, DE_SOTO = (
    "Oscar Arias", "Vinicio Cerezo", "Jose Napoleon Duarte", "Jose Azcona del Hoyo", "Daniel Ortega",
    "Ronald Reagan", "Alvaro de Soto")
GEREMEK, WALESA, KISZCZAK, GHW_BUSH, JARUZELSKI, ALBRIGHT, KAVAN, MARTONYI = (
    "Bronislaw Geremek", "Lech Walesa", "Czeslaw Kiszczak", "George H. W. Bush", "Wojciech Jaruzelski",
    "Madeleine Albright", "Jan Kavan", "Janos Martonyi")
DE_KLERK, MANDELA, VILJOEN, SLOVO, MBEKI, MITTERRAND, THATCHER = (
    "F. W. de Klerk", "Nelson Mandela", "Gerrit Viljoen", "Joe Slovo", "Thabo Mbeki", "Francois Mitterrand",
    "Margaret Thatcher")
YELTSIN, KRAVCHUK, SHUSHKEVICH, BURBULIS, GORBACHEV, NAZARBAYEV = (
    "Boris Yeltsin", "Leonid Kravchuk", "Stanislav Shushkevich", "Gennady Burbulis", "Mikhail Gorbachev",
    "Nursultan Nazarbayev")
CRISTIANI, HANDAL, VILLALOBOS, BOUTROS_GHALI, SALINAS, GONZALEZ, BAKER, PEREZ_DE_CUELLAR, CHAMORRO = (
    "Alfredo Cristiani", "Schafik Handal", "Joaquin Villalobos", "Boutros Boutros-Ghali",
    "Carlos Salinas de Gortari", "Felipe Gonzalez", "James Baker", "Javier Perez de Cuellar", "Violeta Chamorro")
RAMOS, MISUARI, YAN, ALATAS, ALGABID = "Fidel Ramos", "Nur Misuari", "Manuel Yan", "Ali Alatas", "Hamid Algabid"
RAHMON, NURI, MERREM, PRIMAKOV, VELAYATI, NAZAROV, TURAJONZODA = (
    "Emomali Rahmon", "Said Abdullo Nuri", "Gerd Merrem", "Yevgeny Primakov", "Ali Akbar Velayati",
    "Talbak Nazarov", "Akbar Turajonzoda")
MELES, ISAIAS, ANNAN, SALIM, BOUTEFLIKA, SERRI, OBASANJO, EYADEMA, SEYOUM, HAILE = (
    "Meles Zenawi", "Isaias Afwerki", "Kofi Annan", "Salim Ahmed Salim", "Abdelaziz Bouteflika", "Rino Serri",
    "Olusegun Obasanjo", "Gnassingbe Eyadema", "Seyoum Mesfin", "Haile Woldensae")
ERDOGAN, NIINISTO, ANDERSSON, STOLTENBERG, BIDEN, SANCHEZ, FELIPE, JOHNSON, MACRON, KISHIDA, YOON = (
    "Recep Tayyip Erdogan", "Sauli Niinisto", "Magdalena Andersson", "Jens Stoltenberg", "Joe Biden",
    "Pedro Sanchez", "Felipe VI", "Boris Johnson", "Emmanuel Macron", "Fumio Kishida", "Yoon Suk Yeol")
KRISTERSSON, STORE, FREDERIKSEN, JAKOBSDOTTIR, ZELENSKYY, OBAMA = (
    "Ulf Kristersson", "Jonas Gahr Store", "Mette Frederiksen", "Katrin Jakobsdottir", "Volodymyr Zelenskyy",
    "Barack Obama")


def ev(key, kind, status, date, location, participants, groups, evidence, date_end=None):
    e = {"key": key, "kind": kind, "status": status, "date": date}
    if date_end:
        e["date_end"] = date_end
    e.update({"location": location, "participants": participants, "groups": groups,
              "evidence": evidence})
    return e


M, C, OCC, PLN = "meeting", "call", "occurred", "planned"

ARTICLES = [
    # Monday wire, dateline "WARSAW, Dec. 7" without year; the manifest gives 1970-12-07.
    # "The treaty was signed shortly after noon in the Radziwill Palace by the two heads of government and by
    #   their foreign ministers ..., while ... Gomulka watched from the front row" -> today, 7 Dec 1970 (passive).
    # "Brandt landed on Sunday afternoon. Gomulka had him to dinner that same evening" -> 6 Dec 1970; "him" is
    #   Brandt from the previous sentence.
    # "The two men are due to resume their talks on Tuesday morning" -> planned, 8 Dec 1970 (not checked).
    # "A meeting between Scheel and Jedrychowski took place here on Nov. 18" -> 18 Nov 1970, Warsaw ("here").
    # "In August the chancellor was Alexei Kosygin's guest in Moscow, where the two signed ... on Aug. 12" ->
    #   12 Aug 1970 (the same sentence gives the day).
    # "In March he sat down with ... Willi Stoph in Erfurt, and the pair met again in Kassel in May" -> two
    #   meetings, 1970-03 (key 19 Mar) and 1970-05 (key 21 May).
    ("000_pl_de_brandt_warsaw_treaty_wire", "1970-12-07", False, [
        ev("1970-12-07-warsaw-brandt-cyrankiewicz-gomulka-jedrychowski-scheel", M, OCC, "1970-12-07", "Warsaw",
           [BRANDT, CYRANKIEWICZ, SCHEEL, JEDRYCHOWSKI, GOMULKA], [],
           "The treaty was signed shortly after noon in the Radziwill Palace by the two heads"),
        ev("1970-12-06-warsaw-brandt-gomulka", M, OCC, "1970-12-06", "Warsaw", [GOMULKA, BRANDT], [],
           "Gomulka had him to dinner that same evening at a government guest house"),
        ev("1970-12-08-warsaw-brandt-gomulka", M, PLN, "1970-12-08", "Warsaw", [BRANDT, GOMULKA], [],
           "The two men are due to resume their talks on Tuesday morning"),
        ev("1970-11-18-warsaw-jedrychowski-scheel", M, OCC, "1970-11-18", "Warsaw", [SCHEEL, JEDRYCHOWSKI], [],
           "A meeting between Scheel and Jedrychowski took place here on Nov. 18"),
        ev("1970-08-12-moscow-brandt-kosygin", M, OCC, "1970-08-12", "Moscow", [BRANDT, KOSYGIN], [],
           "In August the chancellor was Alexei Kosygin's guest in Moscow"),
        ev("1970-03-19-erfurt-brandt-stoph", M, OCC, "1970-03", "Erfurt", [BRANDT, STOPH], [],
           "In March he sat down with East German Prime Minister Willi Stoph in Erfurt"),
        ev("1970-05-21-kassel-brandt-stoph", M, OCC, "1970-05", "Kassel", [BRANDT, STOPH], [],
           "the pair met again in Kassel in May without result"),
    ], ["'laid a wreath ... went down on his knees' (a gesture, no encounter)",
        "'No meeting with the Roman Catholic primate ... was on the chancellor's programme' (negation)",
        "'reports that Gomulka might pay a return visit to Bonn next year as \"pure speculation\"' (rumour)",
        "'The Polish Politburo met on Saturday' (internal to one government)",
        "'has to be ratified by the Bundestag' (no encounter)",
        "RELATED: 'Polish Catholic bishops meet in Czestochowa' (furniture)"]),

    # Friday evening paper; manifest null. The page header prints "Friday 1 August 1975".
    # "35 heads of delegation, Gerald Ford and Leonid Brezhnev among them, signed the Final Act ... this afternoon,
    #   with President Urho Kekkonen in the chair. The summit opened on Wednesday" -> gathering 30 Jul - 1 Aug 1975,
    #   ending on the publication day -> occurred.
    # "On Wednesday morning the American president received Leonid Brezhnev at the residence of the United States
    #   ambassador, and the two leaders conferred" -> 30 Jul 1975.
    # "They will see each other again on Saturday morning, this time at the Soviet embassy" -> planned, 2 Aug 1975.
    # "Thursday started early for the president. Turkish Prime Minister Suleyman Demirel was his guest at
    #   breakfast" -> 31 Jul 1975 (the day in one sentence, the encounter in the next; "his" = Ford).
    # "At midday Ford lunched with Helmut Schmidt, Harold Wilson and Valery Giscard d'Estaing" -> 31 Jul 1975.
    # "Kekkonen himself spent Tuesday ... In the afternoon he was at the railway station to welcome Brezhnev"
    #   -> 29 Jul 1975.
    # "he had been the guest of party leader Edward Gierek in Warsaw on Monday" -> 28 Jul 1975.
    # "he flies on Saturday afternoon to Bucharest, where Nicolae Ceausescu will receive him" -> planned, 2 Aug;
    #   "on Sunday he goes on to Belgrade for talks with Josip Broz Tito" -> planned, 3 Aug 1975.
    ("001_fi_us_su_csce_helsinki_evening_paper", "1975-08-01", True, [
        ev("1975-07-30-helsinki-csce-summit", M, OCC, "1975-07-30", "Helsinki", [FORD, BREZHNEV, KEKKONEN],
           ["Conference on Security and Co-operation in Europe"],
           "35 heads of delegation, Gerald Ford and Leonid Brezhnev among them, signed the Final Act",
           date_end="1975-08-01"),
        ev("1975-07-30-helsinki-brezhnev-ford", M, OCC, "1975-07-30", "Helsinki", [FORD, BREZHNEV], [],
           "On Wednesday morning the American president received Leonid Brezhnev at the residence"),
        ev("1975-08-02-helsinki-brezhnev-ford", M, PLN, "1975-08-02", "Helsinki", [FORD, BREZHNEV], [],
           "They will see each other again on Saturday morning, this time at the Soviet embassy"),
        ev("1975-07-31-helsinki-demirel-ford", M, OCC, "1975-07-31", "Helsinki", [DEMIREL, FORD], [],
           "Turkish Prime Minister Suleyman Demirel was his guest at breakfast"),
        ev("1975-07-31-helsinki-ford-giscard-d-estaing-schmidt-wilson", M, OCC, "1975-07-31", "Helsinki",
           [FORD, SCHMIDT, WILSON, GISCARD], [],
           "At midday Ford lunched with Helmut Schmidt, Harold Wilson and Valery Giscard d'Estaing"),
        ev("1975-07-29-helsinki-brezhnev-kekkonen", M, OCC, "1975-07-29", "Helsinki", [KEKKONEN, BREZHNEV], [],
           "he was at the railway station to welcome Brezhnev"),
        ev("1975-07-28-warsaw-ford-gierek", M, OCC, "1975-07-28", "Warsaw", [FORD, GIEREK], [],
           "he had been the guest of party leader Edward Gierek in Warsaw on Monday"),
        ev("1975-08-02-bucharest-ceausescu-ford", M, PLN, "1975-08-02", "Bucharest", [CEAUSESCU, FORD], [],
           "where Nicolae Ceausescu will receive him"),
        ev("1975-08-03-belgrade-ford-tito", M, PLN, "1975-08-03", "Belgrade", [FORD, TITO], [],
           "on Sunday he goes on to Belgrade for talks with Josip Broz Tito"),
    ], ["'there would be no meeting between the president and Archbishop Makarios' (negation)",
        "'Kekkonen's dinner for all the delegations on Wednesday evening' (part of the summit, same occasion)",
        "'spent Tuesday shuttling between the airport and the city' (no single encounter stated)",
        "'The Finnish cabinet met on Thursday' (internal)",
        "'a conference that Kekkonen had championed since the late 1960s' (background)",
        "Most read: tram strike, football (furniture)"]),

    # Thursday wire "SAINT-GERMAIN-EN-LAYE, France, Jan. 21" (manifest 1988-01-21).
    # "The prince ... and the leader of the Vietnamese-backed government ... spent Wednesday and Thursday closeted
    #   at the Pavillon Henri IV" -> 20-21 Jan 1988 (titles as anaphora); Ranariddh "sat in on both days".
    # "The pair first came face to face in early December at a chateau hotel in Fere-en-Tardenois" -> 1987-12
    #   (key: 2 Dec 1987; the page gives only the month, so no date_end).
    # "meet for a third round in April, at a venue still to be fixed" -> planned, 1988-04,
    #   location null.
    # "and his Vietnamese counterpart, Nguyen Co Thach, met in Ho Chi Minh City in July" -> 1987-07 (the most
    #   recent July; key 29 Jul 1987, from memory).
    ("002_kh_sihanouk_hun_sen_saint_germain_wire", "1988-01-21", False, [
        ev("1988-01-20-saint-germain-en-laye-hun-sihanouk", M, OCC, "1988-01-20", "Saint-Germain-en-Laye",
           [SIHANOUK, HUN_SEN, RANARIDDH], [],
           "spent Wednesday and Thursday closeted at the Pavillon Henri IV", date_end="1988-01-21"),
        ev("1987-12-02-fere-en-tardenois-hun-sihanouk", M, OCC, "1987-12", "Fere-en-Tardenois",
           [SIHANOUK, HUN_SEN], [],
           "The pair first came face to face in early December at a chateau hotel"),
        ev("1988-04-hun-sihanouk", M, PLN, "1988-04", None, [SIHANOUK, HUN_SEN], [],
           "meet for a third round in April, at a venue still to be fixed"),
        ev("1987-07-29-ho-chi-minh-city-kusumaatmadja-nguyen", M, OCC, "1987-07", "Ho Chi Minh City",
           [MOCHTAR, THACH], [],
           "and his Vietnamese counterpart, Nguyen Co Thach, met in Ho Chi Minh City in July"),
    ], ["'At a joint appearance before reporters' (press appearance)",
        "'its leader Khieu Samphan did not meet either man in France' (negation)",
        "'the prince might yet draw the guerrilla leaders into a wider conference, but none would guess when' "
        "(hypothetical)",
        "'has tried since last summer to bring all the Cambodian parties to one table' (vague effort)",
        "'Hun Sen is due to fly to Hanoi at the weekend to brief Vietnamese leaders' (a briefing, listed as a "
        "non-event as in dev21)",
        "'Sihanouk returns to his residence in Beijing' (travel, no encounter)",
        "Related: 'ASEAN foreign ministers to review Cambodia stance' (furniture)"]),

    # Saturday local weekly (manifest 1984-03-17).
    # "signed a non-aggression pact on the banks of the Nkomati River yesterday. The two men met at the border
    #   shortly after ten" -> 16 Mar 1984, Komatipoort (dateline); Pik Botha "stood behind his leader", Graca Machel
    #   "was among the Mozambican party".
    # "the commission's first session is due in Maputo within the next fortnight" -> planned, 1984-03 (17-31 Mar
    #   stays within March); invented detail, groups only.
    # "The first official talks in years between the two governments were held right here in Komatipoort in
    #   December 1982, with Pik Botha leading the South African side" -> 1982-12.
    # "Lusaka on 16 February, South African and Angolan delegations, with American officials at the table" ->
    #   16 Feb 1984, groups only.
    ("003_mz_za_nkomati_lowveld_weekend", "1984-03-17", False, [
        ev("1984-03-16-komatipoort-botha-machel", M, OCC, "1984-03-16", "Komatipoort",
           [PW_BOTHA, MACHEL, PIK_BOTHA, GRACA_MACHEL], [],
           "The two men met at the border shortly after ten in the morning"),
        ev("1984-03-maputo-joint-security-commission", M, PLN, "1984-03", "Maputo", [],
           ["South Africa", "Mozambique"],
           "the commission's first session is due in Maputo within the next fortnight"),
        ev("1982-12-komatipoort-botha-mozambique-south-africa", M, OCC, "1982-12", "Komatipoort", [PIK_BOTHA],
           ["South Africa", "Mozambique"],
           "first official talks in years between the two governments were held right here in Komatipoort"),
        ev("1984-02-16-lusaka-angola-south-africa-united-states", M, OCC, "1984-02-16", "Lusaka", [],
           ["South Africa", "Angola", "United States"],
           "Lusaka on 16 February, South African and Angolan delegations, with American officials at the table"),
    ], ["'they drifted into marquees for refreshments' (same occasion)",
        "'none of the region's heads of state took up the invitation' (declined invitation)",
        "'Mr Botha is said to be weighing a tour of European capitals ... would not confirm any dates' (hedge)",
        "'soldiers of the two countries swapped cigarettes' (no named parties)",
        "RELATED: rugby club elects chairman (furniture, internal)"]),

    # Explainer timeline; manifest null; "Published 26/06/2018". All event dates are explicit with a year.
    # "15 June 1988 - Jacques Lafleur ... and Jean-Marie Tjibaou ... sit down face to face at the Hotel Matignon
    #   in Paris, in private" -> 15 Jun 1988.
    # "16 June 1988 - The following day they are back at Matignon, this time with their delegations from the RPCR
    #   and the FLNKS" -> 16 Jun 1988, with groups.
    # "25-26 June 1988 - Negotiations between the two delegations run through the night under Rocard's
    #   chairmanship. ... Tjibaou and Lafleur shake hands" -> 25-26 Jun 1988.
    # "20 August 1988 - The delegations gather again at the overseas ministry in the rue Oudinot, where minister
    #   Louis Le Pensec hosts the final session" -> 20 Aug 1988, Paris (Le Pensec's role not checked).
    # "5 May 1998 - In Noumea, ... Jospin, Lafleur and ... Roch Wamytan sign a new text" -> 5 May 1998.
    ("004_nc_matignon_accords_timeline", "2018-06-26", True, [
        ev("1988-06-15-paris-lafleur-tjibaou", M, OCC, "1988-06-15", "Paris", [LAFLEUR, TJIBAOU], [],
           "sit down face to face at the Hotel Matignon in Paris, in private"),
        ev("1988-06-16-paris-lafleur-tjibaou", M, OCC, "1988-06-16", "Paris", [LAFLEUR, TJIBAOU],
           ["RPCR", "FLNKS"],
           "The following day they are back at Matignon, this time with their delegations"),
        ev("1988-06-25-paris-lafleur-rocard-tjibaou", M, OCC, "1988-06-25", "Paris", [ROCARD, TJIBAOU, LAFLEUR],
           ["RPCR", "FLNKS"],
           "Negotiations between the two delegations run through the night under Rocard's chairmanship",
           date_end="1988-06-26"),
        ev("1988-08-20-paris-le-pensec", M, OCC, "1988-08-20", "Paris", [LE_PENSEC], ["RPCR", "FLNKS"],
           "The delegations gather again at the overseas ministry in the rue Oudinot"),
        ev("1998-05-05-noumea-jospin-lafleur-wamytan", M, OCC, "1998-05-05", "Noumea", [JOSPIN, LAFLEUR, WAMYTAN],
           [], "Prime Minister Lionel Jospin, Lafleur and the independence leader Roch Wamytan sign a new text"),
    ], ["'Independence activists attack the gendarmerie' and 'Troops storm the cave' (violence, not meetings)",
        "'its members speak with hundreds of people across the territory' (counted, no single occasion)",
        "'A national referendum approves the accords' (vote)",
        "'Tjibaou and his deputy ... are shot dead' (not an encounter)",
        "'a meeting of the accords' signatories could be called if the result is disputed' (hypothetical)",
        "'A referendum on independence is set for 4 November' (vote, not a meeting)",
        "Read more: anniversary events (furniture)"]),

    # Saturday radio transcript; no date on the page, the manifest gives 1987-08-08.
    # "the five presidents of the isthmus signed it on Friday afternoon" + "The presidents had gathered here on
    #   Thursday morning" -> 6-7 Aug 1987, Guatemala City; Cerezo "the host"; de Soto "sat in on the sessions".
    # "first put his plan to Duarte, Azcona and Cerezo at a meeting in San Jose in February, without Ortega" ->
    #   1987-02 (key 15 Feb 1987, from memory); "He" = Arias.
    # "In June he went to Washington and spent an hour with Ronald Reagan at the White House" -> 1987-06 (key
    #   17 Jun 1987).
    # "The same five men first met in Esquipulas itself ... in May of last year" -> 1986-05 (key 25 May 1986).
    ("005_cr_esquipulas_radio_transcript", "1987-08-08", False, [
        ev("1987-08-06-guatemala-city-arias-azcona-cerezo-duarte-ortega", M, OCC, "1987-08-06", "Guatemala City",
           [CEREZO, ARIAS, DUARTE, AZCONA, ORTEGA, DE_SOTO], [],
           "the five presidents of the isthmus signed it on Friday afternoon", date_end="1987-08-07"),
        ev("1987-02-15-san-jose-arias-azcona-cerezo-duarte", M, OCC, "1987-02", "San Jose",
           [ARIAS, DUARTE, AZCONA, CEREZO], [],
           "first put his plan to Duarte, Azcona and Cerezo at a meeting in San Jose"),
        ev("1987-06-17-washington-arias-reagan", M, OCC, "1987-06", "Washington", [ARIAS, REAGAN], [],
           "In June he went to Washington and spent an hour with Ronald Reagan"),
        ev("1986-05-25-esquipulas-arias-azcona-cerezo-duarte-ortega", M, OCC, "1986-05", "Esquipulas",
           [ARIAS, CEREZO, DUARTE, AZCONA, ORTEGA], [],
           "The same five men first met in Esquipulas itself"),
    ], ["'The summit was supposed to happen in June. ... It was put off in June' (postponed plan)",
        "'without Ortega, who was not invited' (negation)",
        "'Reagan and the Speaker ... announced theirs on Wednesday' (announcement)",
        "'none had a meeting with any of the presidents on the official programme' (negation)",
        "'Cerezo hosted the four visitors for dinner on Thursday night' (dinner inside the same summit)",
        "'Duarte says he will invite the guerrillas to talks. Whether they accept ...' (intention)",
        "Related transcripts (furniture)"]),

    # Profile, "5 April 2019" (manifest 2019-04-05); dates explicit.
    # "General Czeslaw Kiszczak, the interior minister, received Walesa at a ministry villa in Warsaw" -> 31 Aug 1988.
    # "A meeting between the two sides followed on 16 September at a government retreat in Magdalenka ... this
    #   time Geremek sat at Walesa's elbow across the table from Kiszczak" -> 16 Sep 1988.
    # "The Round Table between the government and Solidarity opened on 6 February 1989 ... and closed on 5 April"
    #   -> one round, 6 Feb - 5 Apr 1989; Geremek "co-chaired its political working group".
    # "In September 1987 the American vice-president, George Bush, called on him" -> 1987-09 (key 27 Sep 1987).
    # "he held talks with General Wojciech Jaruzelski on the morning of 10 July 1989" -> 10 Jul 1989.
    # "Geremek was among the guests at the lunch he gave at the United States ambassador's residence that day"
    #   -> a separate encounter on 10 Jul 1989 (the page does not place Jaruzelski at the lunch).
    # "The next day the Bushes lunched with Walesa at his home in Gdansk" -> 11 Jul 1989.
    # "on 12 March 1999 he handed Poland's NATO accession documents to Madeleine Albright, together with ... Jan
    #   Kavan and Janos Martonyi" -> Independence (Missouri).
    ("006_pl_geremek_round_table_profile", "2019-04-05", False, [
        ev("1988-08-31-warsaw-kiszczak-walesa", M, OCC, "1988-08-31", "Warsaw", [KISZCZAK, WALESA], [],
           "General Czeslaw Kiszczak, the interior minister, received Walesa at a ministry villa in Warsaw"),
        ev("1988-09-16-magdalenka-geremek-kiszczak-walesa", M, OCC, "1988-09-16", "Magdalenka",
           [GEREMEK, WALESA, KISZCZAK], ["Polish government", "Solidarity"],
           "meeting between the two sides followed on 16 September at a government retreat in Magdalenka"),
        ev("1989-02-06-warsaw-round-table", M, OCC, "1989-02-06", "Warsaw", [GEREMEK],
           ["Polish government", "Solidarity"],
           "The Round Table between the government and Solidarity opened on 6 February 1989",
           date_end="1989-04-05"),
        ev("1987-09-27-warsaw-bush-geremek", M, OCC, "1987-09", "Warsaw", [GHW_BUSH, GEREMEK], [],
           "the American vice-president, George Bush, called on him and other opposition figures in Warsaw"),
        ev("1989-07-10-warsaw-bush-jaruzelski", M, OCC, "1989-07-10", "Warsaw", [GHW_BUSH, JARUZELSKI], [],
           "he held talks with General Wojciech Jaruzelski on the morning of 10 July 1989"),
        ev("1989-07-10-warsaw-bush-geremek", M, OCC, "1989-07-10", "Warsaw", [GHW_BUSH, GEREMEK], [],
           "Geremek was among the guests at the lunch he gave at the United States ambassador's"),
        ev("1989-07-11-gdansk-bush-walesa", M, OCC, "1989-07-11", "Gdansk", [GHW_BUSH, WALESA], [],
           "The next day the Bushes lunched with Walesa at his home in Gdansk"),
        ev("1999-03-12-independence-albright-geremek-kavan-martonyi", M, OCC, "1999-03-12", "Independence",
           [GEREMEK, ALBRIGHT, KAVAN, MARTONYI], [],
           "on 12 March 1999 he handed Poland's NATO accession documents to Madeleine Albright"),
    ], ["'he spent many evenings with the government's negotiators back in Magdalenka' (habitual, counted)",
        "'Foreign visitors sought him out' (vague)",
        "'the Round Table might collapse if the party's Central Committee turned against it' (hypothetical)",
        "'in January 1989 the committee met for two days' (internal party body)",
        "Most read (furniture)"]),

    # Government statement reposted; manifest null; "CAPE TOWN, 4 May 1990" (Friday).
    # "Talks between a Government delegation led by the State President, Mr F.W. de Klerk, and a delegation of the
    #   African National Congress led by ... Mr Nelson Mandela, were held at Groote Schuur from Wednesday 2 May to
    #   Friday 4 May 1990" -> passive; members of both delegations named in item 2 ("Mr R.F. Botha" = Pik Botha).
    # "he first received Mr Mandela at Tuynhuys on 13 December 1989 and again on 9 February this year" -> two
    #   meetings (13 Dec 1989, 9 Feb 1990), Cape Town.
    # "The two leaders spent some three hours together in Cape Town on 5 April" -> 5 Apr 1990.
    # "He will be received by President Francois Mitterrand in Paris on Thursday 10 May" -> planned.
    # "will hold talks with ... Mrs Margaret Thatcher, at Chequers on Saturday 19 May" -> planned (announced here
    #   ahead of time; the real meeting took place that day).
    ("007_za_groote_schuur_statement_repost", "1990-05-04", True, [
        ev("1990-05-02-cape-town-de-klerk-mandela", M, OCC, "1990-05-02", "Cape Town",
           [DE_KLERK, MANDELA, PIK_BOTHA, VILJOEN, SLOVO, MBEKI],
           ["South African government", "African National Congress"],
           "Talks between a Government delegation led by the State President, Mr F.W. de Klerk",
           date_end="1990-05-04"),
        ev("1989-12-13-cape-town-de-klerk-mandela", M, OCC, "1989-12-13", "Cape Town", [DE_KLERK, MANDELA], [],
           "he first received Mr Mandela at Tuynhuys on 13 December 1989"),
        ev("1990-02-09-cape-town-de-klerk-mandela", M, OCC, "1990-02-09", "Cape Town", [DE_KLERK, MANDELA], [],
           "and again on 9 February this year, two days before Mr Mandela's release"),
        ev("1990-04-05-cape-town-de-klerk-mandela", M, OCC, "1990-04-05", "Cape Town", [DE_KLERK, MANDELA], [],
           "The two leaders spent some three hours together in Cape Town on 5 April"),
        ev("1990-05-10-paris-de-klerk-mitterrand", M, PLN, "1990-05-10", "Paris", [DE_KLERK, MITTERRAND], [],
           "He will be received by President Francois Mitterrand in Paris on Thursday 10 May"),
        ev("1990-05-19-chequers-de-klerk-thatcher", M, PLN, "1990-05-19", "Chequers", [DE_KLERK, THATCHER], [],
           "hold talks with the British Prime Minister, Mrs Margaret Thatcher, at Chequers"),
    ], ["'A working group will make recommendations ... aims to complete its work before 21 May' (no occasion)",
        "'The talks had originally been set for 11 April. They were postponed' (cancelled plan)",
        "'Further stops will be announced in due course' (vague)",
        "'Mr Mandela's own travels take him to Luanda next week' (travel, no encounter stated)",
        "Related documents: 'Pretoria Minute, 6 August 1990' (furniture)"]),

    # Explainer, "8 December 2021" (manifest 2021-12-08); all dates explicit.
    # "gathered at the state hunting lodge at Viskuli ... on 7 December 1991 ... signed the agreement on the
    #   afternoon of 8 December" -> 7-8 Dec 1991; Burbulis named as present.
    # "Straight after the signing, Yeltsin spoke by telephone with US President George Bush" -> call, 8 Dec.
    # "Shushkevich was the one who rang Gorbachev" -> call, 8 Dec.
    # "On Monday 9 December Gorbachev received Yeltsin and Nazarbayev in his Kremlin office" -> Moscow.
    # "The five Central Asian leaders conferred in Ashgabat on 13 December" -> groups only.
    # "On 21 December eleven republic leaders met in Alma-Ata" -> groups only, location Almaty.
    # "Gorbachev and Yeltsin spent some six hours together in the Kremlin on 23 December" -> Moscow.
    # "On 25 December Gorbachev called Bush to say goodbye" -> call.
    ("008_by_ru_ua_belovezha_explainer", "2021-12-08", False, [
        ev("1991-12-07-viskuli-kravchuk-shushkevich-yeltsin", M, OCC, "1991-12-07", "Viskuli",
           [YELTSIN, KRAVCHUK, SHUSHKEVICH, BURBULIS], [],
           "gathered at the state hunting lodge at Viskuli", date_end="1991-12-08"),
        ev("1991-12-08-bush-yeltsin-call", C, OCC, "1991-12-08", None, [YELTSIN, GHW_BUSH], [],
           "Yeltsin spoke by telephone with US President George Bush"),
        ev("1991-12-08-gorbachev-shushkevich-call", C, OCC, "1991-12-08", None, [SHUSHKEVICH, GORBACHEV], [],
           "Shushkevich was the one who rang Gorbachev"),
        ev("1991-12-09-moscow-gorbachev-nazarbayev-yeltsin", M, OCC, "1991-12-09", "Moscow",
           [GORBACHEV, YELTSIN, NAZARBAYEV], [],
           "Gorbachev received Yeltsin and Nazarbayev in his Kremlin office"),
        ev("1991-12-13-ashgabat-central-asian-republics", M, OCC, "1991-12-13", "Ashgabat", [],
           ["Central Asian republics"], "The five Central Asian leaders conferred in Ashgabat on 13 December"),
        ev("1991-12-21-almaty-soviet-republics", M, OCC, "1991-12-21", "Almaty", [], ["Soviet republics"],
           "On 21 December eleven republic leaders met in Alma-Ata"),
        ev("1991-12-23-moscow-gorbachev-yeltsin", M, OCC, "1991-12-23", "Moscow", [GORBACHEV, YELTSIN], [],
           "Gorbachev and Yeltsin spent some six hours together in the Kremlin on 23 December"),
        ev("1991-12-25-bush-gorbachev-call", C, OCC, "1991-12-25", None, [GORBACHEV, GHW_BUSH], [],
           "On 25 December Gorbachev called Bush to say goodbye"),
    ], ["'Nazarbayev ... was asked to join them and declined' (declined invitation)",
        "'He flew to Moscow instead' (travel)",
        "'He summoned them' (summons; the meeting is the next sentence, listed once)",
        "'resigned on television that evening' (address)",
        "'a looser union could have survived if Ukraine had voted differently' (hypothetical)",
        "Related explainers (furniture)"]),

    # Archived live blog; manifest null; "Original coverage from Thursday 16 January 1992".
    # 14:10 "President Alfredo Cristiani and the FMLN commanders Schafik Handal and Joaquin Villalobos have signed
    #   the peace accords, with ... Boutros-Ghali and the host, Carlos Salinas de Gortari" -> 16 Jan 1992; 13:45
    #   places Felipe Gonzalez and James Baker "in the front row".
    # 11:05 "President Cristiani, who had flown to New York ..., sat with Perez de Cuellar and his envoy Alvaro de
    #   Soto through the final night" -> 31 Dec 1991, New York.
    # 10:20 "In September the president and the five FMLN commanders spent ten days at UN headquarters with Perez
    #   de Cuellar" -> 1991-09 (key 16 Sep 1991), one round; the commanders are unnamed -> group FMLN.
    # 09:40 "Baker had breakfast with Cristiani at the Salvadoran ambassador's residence this morning" -> a separate
    #   encounter before the ceremony, 16 Jan 1992 (invented detail).
    # 09:15 "the isthmus's presidents gathered in Tegucigalpa on 13 December, Cristiani and ... Chamorro among
    #   them" -> 13 Dec 1991.
    ("009_sv_chapultepec_archive_liveblog", "1992-01-16", True, [
        ev("1992-01-16-mexico-city-cristiani-handal-villalobos", M, OCC, "1992-01-16", "Mexico City",
           [CRISTIANI, HANDAL, VILLALOBOS, BOUTROS_GHALI, SALINAS, GONZALEZ, BAKER], [],
           "President Alfredo Cristiani and the FMLN commanders Schafik Handal and Joaquin Villalobos have signed"),
        ev("1991-12-31-new-york-cristiani-de-soto-perez-de-cuellar", M, OCC, "1991-12-31", "New York",
           [CRISTIANI, PEREZ_DE_CUELLAR, DE_SOTO], [],
           "sat with Perez de Cuellar and his envoy Alvaro de Soto through the final night"),
        ev("1991-09-16-new-york-cristiani-perez-de-cuellar", M, OCC, "1991-09", "New York",
           [CRISTIANI, PEREZ_DE_CUELLAR], ["FMLN"],
           "the five FMLN commanders spent ten days at UN headquarters with Perez de Cuellar"),
        ev("1992-01-16-mexico-city-baker-cristiani", M, OCC, "1992-01-16", "Mexico City", [BAKER, CRISTIANI], [],
           "Baker had breakfast with Cristiani at the Salvadoran ambassador's residence this morning"),
        ev("1991-12-13-tegucigalpa-central-american-presidents", M, OCC, "1991-12-13", "Tegucigalpa",
           [CRISTIANI, CHAMORRO], ["Central American presidents"],
           "the isthmus's presidents gathered in Tegucigalpa on 13 December"),
    ], ["'Salinas greeted each visiting leader personally at the castle gate' (same occasion as the signing)",
        "'Will Javier Perez de Cuellar come? ... said on Tuesday he would stay away' (uncertain, negation)",
        "'Earlier rounds in Mexico and Caracas had failed' (counted, no single occasion)",
        "'Both sides say they will hold rallies in the capital on Saturday' (separate rallies, no encounter)",
        "'The ceasefire begins on 1 February' (not a meeting)",
        "Latest news (furniture)"]),

    # Tuesday local daily (manifest 1996-09-03).
    # "Manuel Yan ... and MNLF chairman Nur Misuari put their names to the document at 9:22 a.m. ..., with
    #   President Fidel Ramos looking on. ... Alatas and ... Algabid signed as witnesses" -> 2 Sep 1996
    #   ("yesterday morning"), Manila.
    # "The evening before, Ramos had entertained Alatas and Algabid at a private dinner in Malacanang" -> 1 Sep
    #   1996 (invented detail).
    # "The final text was initialled in Jakarta at the end of August by Yan and Misuari, with Alatas presiding"
    #   -> 1996-08 (key 30 Aug 1996, from memory), passive.
    # "the two panels first met for exploratory talks at Cipanas in West Java in April of that year" (1993) ->
    #   1993-04, groups only.
    # "scheduled to fly to Cotabato City on Friday to meet MNLF field commanders" -> planned,
    #   6 Sep 1996 (invented detail).
    ("010_ph_mnlf_peace_pact_davao_daily", "1996-09-03", False, [
        ev("1996-09-02-manila-misuari-ramos-yan", M, OCC, "1996-09-02", "Manila",
           [YAN, MISUARI, RAMOS, ALATAS, ALGABID], [],
           "MNLF chairman Nur Misuari put their names to the document at 9:22 a.m."),
        ev("1996-09-01-manila-alatas-algabid-ramos", M, OCC, "1996-09-01", "Manila", [RAMOS, ALATAS, ALGABID], [],
           "Ramos had entertained Alatas and Algabid at a private dinner in Malacanang"),
        ev("1996-08-30-jakarta-misuari-yan", M, OCC, "1996-08", "Jakarta", [YAN, MISUARI, ALATAS], [],
           "The final text was initialled in Jakarta at the end of August by Yan"),
        ev("1993-04-cipanas-mnlf-philippine-government", M, OCC, "1993-04", "Cipanas", [],
           ["Philippine government", "MNLF"],
           "the two panels first met for exploratory talks at Cipanas in West Java"),
        ev("1996-09-06-cotabato-city-ramos-mnlf", M, PLN, "1996-09-06", "Cotabato City", [RAMOS], ["MNLF"],
           "scheduled to fly to Cotabato City on Friday to meet MNLF field commanders"),
    ], ["'Ramos and Misuari embraced' and 'hosted the signatories ... at a lunch in the palace' (same occasion)",
        "'Both Ramos and Misuari thanked President Suharto ... in their speeches' (speeches)",
        "'Misuari is running for governor ... in next Monday's election' (vote)",
        "'Leaders of the Moro Islamic Liberation Front ... stayed away' (negation)",
        "'City councillors met in special session on Monday' (internal, domestic)",
        "RELATED (furniture)"]),

    # Friday wire "MOSCOW, June 27" (manifest 1997-06-27). "Imomali Rakhmonov" is Emomali Rahmon.
    # "President Boris Yeltsin hosted the ceremony and looked on as the two men signed" -> 27 Jun 1997, Kremlin;
    #   Merrem, Primakov and Velayati signed too.
    # "The last of those sessions, on Friday morning, brought together senior figures of both camps with UN,
    #   Russian and Iranian diplomats" -> a separate negotiating session the same morning, groups only.
    # "On Thursday evening Primakov held talks with Velayati and with his counterparts from Kazakhstan and
    #   Turkmenistan" -> 26 Jun 1997, Moscow (dateline).
    # "Rakhmonov and Nuri last sat together in Moscow on Dec. 23" -> 23 Dec 1996 (most recent December).
    # "In January the two delegations, led by Foreign Minister Talbak Nazarov and by Turajonzoda, spent two weeks
    #   negotiating in Tehran" -> 1997-01 (key 6 Jan 1997).
    ("011_tj_general_agreement_moscow_wire", "1997-06-27", False, [
        ev("1997-06-27-moscow-nuri-rahmon-yeltsin", M, OCC, "1997-06-27", "Moscow",
           [RAHMON, NURI, YELTSIN, MERREM, PRIMAKOV, VELAYATI], [],
           "President Boris Yeltsin hosted the ceremony and looked on as the two men signed"),
        ev("1997-06-27-moscow-tajik-government-united-tajik-opposition", M, OCC, "1997-06-27", "Moscow", [],
           ["Tajik government", "United Tajik Opposition", "United Nations", "Russia", "Iran"],
           "The last of those sessions, on Friday morning, brought together senior figures of both camps"),
        ev("1997-06-26-moscow-primakov-velayati", M, OCC, "1997-06-26", "Moscow", [PRIMAKOV, VELAYATI],
           ["Kazakhstan", "Turkmenistan"],
           "On Thursday evening Primakov held talks with Velayati and with his counterparts from Kazakhstan"),
        ev("1996-12-23-moscow-nuri-rahmon", M, OCC, "1996-12-23", "Moscow", [RAHMON, NURI], [],
           "Rakhmonov and Nuri last sat together in Moscow on Dec. 23"),
        ev("1997-01-06-tehran-nazarov-turajonzoda", M, OCC, "1997-01", "Tehran", [NAZAROV, TURAJONZODA],
           ["Tajik government", "United Tajik Opposition"],
           "In January the two delegations, led by Foreign Minister Talbak Nazarov and by Turajonzoda"),
    ], ["'his first public appearance since the Group of Seven summit in Denver last weekend' (backdrop)",
        "'opposition leaders had met the mediators three times in the previous 24 hours' (counted; only the last "
        "session is an event)",
        "'did not say when he would return to Dushanbe' (travel, vague)",
        "'a visit by Rakhmonov to Tehran could follow if the accord holds, but no date has been discussed' "
        "(hypothetical)",
        "Related (furniture)"]),

    # Tuesday wire "ALGIERS, Dec 12" with no year anywhere; manifest null (true date 2000-12-12), so every date
    # is null even where day and month are known.
    # "Meles Zenawi and ... Isaias Afewerki signed a comprehensive peace agreement here on Tuesday" + witnesses
    #   -> Algiers; "Afewerki" is Isaias Afwerki.
    # "Albright, who flew in on Monday night, held separate meetings with each leader before the ceremony" -> two
    #   events, one per pair, same evidence (not checked).
    # "the cessation of hostilities signed in Algiers on June 18 by the two foreign ministers, Seyoum Mesfin and
    #   Haile Woldensae, at the People's Palace with Bouteflika in the room" -> passive; date null.
    ("012_er_et_algiers_peace_wire", "2000-12-12", True, [
        ev("2000-12-12-algiers-isaias-meles", M, OCC, None, "Algiers",
           [MELES, ISAIAS, ANNAN, ALBRIGHT, SALIM, BOUTEFLIKA, SERRI, OBASANJO, EYADEMA], [],
           "Ethiopian Prime Minister Meles Zenawi and Eritrean President Isaias Afewerki signed a comprehensive"),
        ev("2000-12-12-algiers-albright-meles", M, OCC, None, "Algiers", [ALBRIGHT, MELES], [],
           "held separate meetings with each leader before the ceremony"),
        ev("2000-12-12-algiers-albright-isaias", M, OCC, None, "Algiers", [ALBRIGHT, ISAIAS], [],
           "held separate meetings with each leader before the ceremony"),
        ev("2000-06-18-algiers-bouteflika-haile-seyoum", M, OCC, None, "Algiers", [SEYOUM, HAILE, BOUTEFLIKA], [],
           "the two foreign ministers, Seyoum Mesfin and Haile Woldensae, at the People's Palace"),
    ], ["'The two leaders shook hands for the cameras but did not hold a separate meeting' (negation)",
        "'Bouteflika shuttled between Asmara and Addis Ababa several times in May' (counted)",
        "'Anthony Lake made repeated trips to both capitals' (counted)",
        "'Annan said in a speech' (speech)",
        "'he hoped Meles and Isaias would one day meet in their own capitals' (hope)",
        "Most Viewed (furniture)"]),

    # Tuesday live blog "Tue 28 Jun 2022" (manifest 2022-06-28).
    # 22:05 "After roughly four hours of talks at the summit venue, Recep Tayyip Erdogan, Sauli Niinisto and
    #   Magdalena Andersson signed a joint memorandum, with ... Jens Stoltenberg alongside them" -> 28 Jun 2022.
    # 19:15 "King Felipe VI welcomed the president there at about six" -> 28 Jun, Royal Palace, Madrid.
    # 17:10 "Pedro Sanchez received him there this afternoon; the two leaders sat down" ->
    #   28 Jun, the Moncloa, Madrid. "The pair last spoke by phone last Wednesday" -> call, 22 Jun 2022.
    # 12:20 "Erdogan told reporters he had spoken to Biden by phone this morning" -> call, 28 Jun 2022.
    # 12:25 "Biden and Erdogan will meet on the sidelines of the summit on Wednesday" -> planned, 29 Jun.
    # 11:50 "expected to see Boris Johnson and Emmanuel Macron separately on Wednesday" -> two planned meetings.
    # 11:30 "a three-way meeting with ... Kishida and ... Yoon Suk Yeol in Madrid on Wednesday" -> planned.
    # 23:40 "Leaders meet in formal session at the IFEMA fairgrounds on Wednesday and Thursday" -> planned
    #   gathering, 29-30 Jun 2022.
    ("013_es_nato_madrid_turkey_nordics_liveblog", "2022-06-28", False, [
        ev("2022-06-28-madrid-andersson-erdogan-niinisto-stoltenberg", M, OCC, "2022-06-28", "Madrid",
           [ERDOGAN, NIINISTO, ANDERSSON, STOLTENBERG], [],
           "After roughly four hours of talks at the summit venue, Recep Tayyip Erdogan, Sauli Niinisto"),
        ev("2022-06-28-madrid-biden-felipe-vi", M, OCC, "2022-06-28", "Madrid", [FELIPE, BIDEN], [],
           "King Felipe VI welcomed the president there at about six"),
        ev("2022-06-28-madrid-biden-sanchez", M, OCC, "2022-06-28", "Madrid", [SANCHEZ, BIDEN], [],
           "Pedro Sanchez received him there this afternoon; the two leaders sat down"),
        ev("2022-06-22-biden-sanchez-call", C, OCC, "2022-06-22", None, [SANCHEZ, BIDEN], [],
           "The pair last spoke by phone last Wednesday"),
        ev("2022-06-28-biden-erdogan-call", C, OCC, "2022-06-28", None, [ERDOGAN, BIDEN], [],
           "Erdogan told reporters he had spoken to Biden by phone this morning"),
        ev("2022-06-29-madrid-biden-erdogan", M, PLN, "2022-06-29", "Madrid", [BIDEN, ERDOGAN], [],
           "Biden and Erdogan will meet on the sidelines of the summit on Wednesday"),
        ev("2022-06-29-madrid-erdogan-johnson", M, PLN, "2022-06-29", "Madrid", [ERDOGAN, JOHNSON], [],
           "expected to see Boris Johnson and Emmanuel Macron separately on Wednesday"),
        ev("2022-06-29-madrid-erdogan-macron", M, PLN, "2022-06-29", "Madrid", [ERDOGAN, MACRON], [],
           "expected to see Boris Johnson and Emmanuel Macron separately on Wednesday"),
        ev("2022-06-29-madrid-biden-kishida-yoon", M, PLN, "2022-06-29", "Madrid", [BIDEN, KISHIDA, YOON], [],
           "a three-way meeting with Japan's Fumio Kishida and South Korea's Yoon Suk Yeol"),
        ev("2022-06-29-madrid-nato-summit", M, PLN, "2022-06-29", "Madrid", [], ["NATO"],
           "Leaders meet in formal session at the IFEMA fairgrounds on Wednesday and Thursday",
           date_end="2022-06-30"),
    ], ["'Stoltenberg told reporters Finland and Sweden would be formally invited on Wednesday' (invitation to "
        "join, press remark)",
        "'Zelenskyy will address the summit by video link on Wednesday' (address)",
        "'\"We may meet this evening or tomorrow,\" he said' (hedge; the planned meeting is listed once)",
        "'Swedish officials have held several rounds of talks with Turkish counterparts since then' (counted)",
        "'Biden's first stop after landing from the G7 in Germany' (backdrop, travel)",
        "Read more (furniture)"]),

    # Thursday broadcaster page; manifest null; the page prints "13.7.2023 16:45".
    # "President Sauli Niinisto received Joe Biden at the Presidential Palace on Thursday morning" -> 13 Jul 2023.
    # "Afterwards they were joined by ... Kristersson, ... Gahr Store, ... Frederiksen and ... Jakobsdottir for the
    #   U.S.-Nordic Leaders' Summit" -> 13 Jul 2023, Helsinki.
    # "In Vilnius on Wednesday, Biden sat down with Volodymyr Zelenskyy" -> 12 Jul; "on Tuesday he had talks with
    #   Recep Tayyip Erdogan" -> 11 Jul; "Erdogan, Kristersson and Jens Stoltenberg met in Vilnius on Monday
    #   evening" -> 10 Jul; "Biden had called Erdogan on Sunday" -> call, 9 Jul 2023.
    # "he was the president's guest in the Oval Office last Wednesday" -> 5 Jul 2023 (Wednesday of the previous
    #   week; "second meeting with Biden in eight days" confirms it).
    # "The first was held in Stockholm in 2013, the second in Washington in 2016, both with Barack Obama" -> two
    #   gatherings with year-only dates (keys 4 Sep 2013 and 13 May 2016).
    ("014_fi_us_nordic_summit_helsinki_broadcaster", "2023-07-13", True, [
        ev("2023-07-13-helsinki-biden-niinisto", M, OCC, "2023-07-13", "Helsinki", [NIINISTO, BIDEN], [],
           "President Sauli Niinisto received Joe Biden at the Presidential Palace on Thursday morning"),
        ev("2023-07-13-helsinki-us-nordic-leaders-summit", M, OCC, "2023-07-13", "Helsinki",
           [BIDEN, NIINISTO, KRISTERSSON, STORE, FREDERIKSEN, JAKOBSDOTTIR], [],
           "they were joined by Sweden's Ulf Kristersson, Norway's Jonas Gahr Store, Denmark's Mette Frederiksen"),
        ev("2023-07-12-vilnius-biden-zelenskyy", M, OCC, "2023-07-12", "Vilnius", [BIDEN, ZELENSKYY], [],
           "In Vilnius on Wednesday, Biden sat down with Volodymyr Zelenskyy"),
        ev("2023-07-11-vilnius-biden-erdogan", M, OCC, "2023-07-11", "Vilnius", [BIDEN, ERDOGAN], [],
           "on Tuesday he had talks with Recep Tayyip Erdogan"),
        ev("2023-07-10-vilnius-erdogan-kristersson-stoltenberg", M, OCC, "2023-07-10", "Vilnius",
           [ERDOGAN, KRISTERSSON, STOLTENBERG], [],
           "Erdogan, Kristersson and Jens Stoltenberg met in Vilnius on Monday evening"),
        ev("2023-07-09-biden-erdogan-call", C, OCC, "2023-07-09", None, [BIDEN, ERDOGAN], [],
           "Biden had called Erdogan on Sunday to prepare the ground"),
        ev("2023-07-05-washington-biden-kristersson", M, OCC, "2023-07-05", "Washington", [KRISTERSSON, BIDEN], [],
           "he was the president's guest in the Oval Office last Wednesday"),
        ev("2013-09-04-stockholm-us-nordic-leaders-summit", M, OCC, "2013", "Stockholm", [OBAMA], [],
           "The first was held in Stockholm in 2013"),
        ev("2016-05-13-washington-us-nordic-leaders-summit", M, OCC, "2016", "Washington", [OBAMA], [],
           "the second in Washington in 2016, both with Barack Obama"),
    ], ["'Prime Minister Petteri Orpo did not take part' (negation)",
        "'landed at Helsinki-Vantaa shortly after ten on Wednesday night' (arrival, no encounter)",
        "'Asked whether he would invite Biden back, Niinisto ... said the door was always open' (hypothetical)",
        "'Biden was expected to leave Helsinki for Washington in the evening' (travel)",
        "Related (furniture)"]),
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
    print(f"events: {len(evs)}; occurred meetings: {n_occ_meet}; calls: {n_calls}; planned: {n_planned}")
    print(f"traps (documented, not in gold): {sum(len(a[4]) for a in ARTICLES)}")


if __name__ == "__main__":
    main()
