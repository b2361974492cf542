#!/usr/bin/env python3
"""Generate gold.jsonl and manifest.jsonl for the holdout23 BLIND held-out corpus.

Run:  python3 data/holdout23/build_gold.py   then   python3 data/eval/validate.py data/holdout23
Each article lists its true publication date, whether the manifest hides it, its gold
events, and (for documentation only) the traps it contains that must NOT be extracted.
holdout23 is a BLIND held-out set: the engineer working on dossier must not read this file,
the pages or the gold; only run the scorer and the validator and look at the totals.
It covers real occasions from 1950 to 2023 in every region with a MIX of event types:
occurred in-person meetings (about three fifths), planned meetings (about a fifth), phone
calls (about a sixth), and gatherings or delegation-only talks with groups. The pages lean on
what makes real news hard: a place stated once in a dateline and implied afterwards, relative
dates, titles and pronouns instead of names, surname-only second mentions, misspellings and
transliterations, delegation lists, recalled older meetings with their own dates, captions,
and many non-event distractors (cancelled, denied, hypothetical, internal, travel, speeches).
One page (007) carries no year at all, so every date on it is null.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

# canonical names
SMITH, VORSTER, KAUNDA, MUZOREWA, SITHOLE, NKOMO, CHIKEREMA, CHONA, HOUPHOUET, TOLBERT, NYERERE = (
    "Ian Smith", "John Vorster", "Kenneth Kaunda", "Abel Muzorewa", "Ndabaningi Sithole",
    "Joshua Nkomo", "James Chikerema", "Mark Chona", "Felix Houphouet-Boigny", "William Tolbert",
    "Julius Nyerere")
KENYATTA, EGAL, OBOTE = "Jomo Kenyatta", "Muhammad Haji Ibrahim Egal", "Milton Obote"
MBEKI, GBAGBO, DIARRA, BEDIE, OUATTARA, SORO, MANGOU, BAKAYOKO, OBASANJO, ANNAN, KUFUOR = (
    "Thabo Mbeki", "Laurent Gbagbo", "Seydou Diarra", "Henri Konan Bedie", "Alassane Ouattara",
    "Guillaume Soro", "Philippe Mangou", "Soumaila Bakayoko", "Olusegun Obasanjo", "Kofi Annan",
    "John Kufuor")
KIRCHNER, LULA, CHAVEZ, MORALES, TAIANA, AMORIM, RODRIGUEZ_ARAQUE, CHOQUEHUANCA, GABRIELLI, SOLIZ, CASTRO = (
    "Nestor Kirchner", "Luiz Inacio Lula da Silva", "Hugo Chavez", "Evo Morales", "Jorge Taiana",
    "Celso Amorim", "Ali Rodriguez Araque", "David Choquehuanca", "Jose Sergio Gabrielli",
    "Andres Soliz Rada", "Fidel Castro")
NEHRU, LIAQUAT, PRASAD, PATEL, BISWAS, MALIK = (
    "Jawaharlal Nehru", "Liaquat Ali Khan", "Rajendra Prasad", "Vallabhbhai Patel", "C. C. Biswas",
    "A. M. Malik")
MACAPAGAL, SUKARNO, TUNKU, PELAEZ, SUBANDRIO, RAZAK, LEE_KY, SANDYS, U_THANT = (
    "Diosdado Macapagal", "Sukarno", "Tunku Abdul Rahman", "Emmanuel Pelaez", "Subandrio",
    "Abdul Razak Hussein", "Lee Kuan Yew", "Duncan Sandys", "U Thant")
SHIINA, LEE_TW, SATO, TAKASUGI, KIM_DJ, PARK, KIM_JP, OHIRA = (
    "Etsusaburo Shiina", "Lee Tong-won", "Eisaku Sato", "Shinichi Takasugi", "Kim Dong-jo",
    "Park Chung-hee", "Kim Jong-pil", "Masayoshi Ohira")
KEKKONEN, KHRUSHCHEV, KENNEDY, KARJALAINEN, GROMYKO, UNDEN = (
    "Urho Kekkonen", "Nikita Khrushchev", "John F. Kennedy", "Ahti Karjalainen", "Andrei Gromyko",
    "Osten Unden")
SAAD, IZZAT, ABDULLAH, MUBARAK, SADDAM, JABER, GLASPIE, FAHD = (
    "Saad Al-Abdullah Al-Salim Al-Sabah", "Izzat Ibrahim al-Douri", "Abdullah bin Abdulaziz",
    "Hosni Mubarak", "Saddam Hussein", "Jaber Al-Ahmad Al-Sabah", "April Glaspie", "Fahd bin Abdulaziz")
DAVIS, HAWKE, LANGE, SOMARE, PUAPUA, MARA, HAYDEN = (
    "Tom Davis", "Bob Hawke", "David Lange", "Michael Somare", "Tomasi Puapua", "Kamisese Mara",
    "Bill Hayden")
MIRZIYOYEV, ATAMBAYEV, KAMILOV, ABDYLDAEV, ARIPOV, JEENBEKOV, ISAKOV, TURSUNBEKOV = (
    "Shavkat Mirziyoyev", "Almazbek Atambayev", "Abdulaziz Kamilov", "Erlan Abdyldaev",
    "Abdulla Aripov", "Sooronbay Jeenbekov", "Sapar Isakov", "Chynybai Tursunbekov")
PAHOR, KOSOR, REINFELDT, BARROSO = "Borut Pahor", "Jadranka Kosor", "Fredrik Reinfeldt", "Jose Manuel Barroso"
ABDULLA_BH, HAMMADI, HAMAD, TAMIM, MBZ, SALMAN_BH, MBS, FAISAL, ZAYANI, MBAR = (
    "Abdulla bin Ahmed Al Khalifa", "Ahmed bin Hassan Al Hammadi", "Hamad bin Isa Al Khalifa",
    "Tamim bin Hamad Al Thani", "Mohamed bin Zayed Al Nahyan", "Salman bin Hamad Al Khalifa",
    "Mohammed bin Salman", "Faisal bin Farhan", "Abdullatif Al Zayani",
    "Mohammed bin Abdulrahman Al Thani")
WILLIAMS, BARROW, BURNHAM, MANLEY, BIRD = (
    "Eric Williams", "Errol Barrow", "Forbes Burnham", "Michael Manley", "V. C. Bird")
YELTSIN, SHEVARDNADZE, KULUMBEGOV, GALAZOV, KOZYREV, CHIKVAIDZE, OZAL = (
    "Boris Yeltsin", "Eduard Shevardnadze", "Torez Kulumbegov", "Akhsarbek Galazov", "Andrei Kozyrev",
    "Alexander Chikvaidze", "Turgut Ozal")


def ev(key, kind, status, date, location, participants, groups, evidence, date_end=None):
    e = {"key": key, "kind": kind, "status": status, "date": date}
    if date_end:
        e["date_end"] = date_end
    e.update({"location": location, "participants": participants, "groups": groups,
              "evidence": evidence})
    return e


M, C, OCC, PLN = "meeting", "call", "occurred", "planned"

ARTICLES = [
    # Wire, header "Wednesday, August 27, 1975", dateline "VICTORIA FALLS, Rhodesia, Aug. 26" (manifest 1975-08-27).
    # Relative words are read from the dispatch day (26 Aug): "this morning" = 26 Aug; "on Monday afternoon" = 25 Aug
    #   (same answer from the page date); "on Sunday" = 24 Aug; "on Saturday" (future) = 30 Aug.
    # Conference: opened Monday afternoon, broke up in the small hours of Tuesday -> 25-26 Aug, one round (date_end).
    #   Vorster and Kaunda opened it and shook hands there (part of the same conference, not a separate event).
    #   Groups: the two sides ("Ian Smith's government", "the African National Council").
    # "The Prime Minister had flown up from Salisbury on Sunday and dined that evening with members of the South African
    #   delegation" -> Smith (flown up from Salisbury), 24 Aug, Victoria Falls Hotel -> Victoria Falls.
    # "understanding reached in Pretoria earlier this month" -> 1975-08 (key 9 Aug 1975).
    # "last September" -> 1974-09; no city, so the country: Ivory Coast. "in February" -> 1975-02, Monrovia.
    # "telephoned ... once the session ended" -> the session ended in the small hours of 26 Aug.
    # "He is expected in Dar es Salaam on Saturday" -> He = Kaunda; planned, 30 Aug.
    ("000", "1975-08-27", False, [
        ev("1975-08-25-victoria-falls-chikerema-kaunda-muzorewa-nkomo-sithole-smith-vorster", M, OCC,
           "1975-08-25", "Victoria Falls",
           [SMITH, VORSTER, KAUNDA, MUZOREWA, SITHOLE, NKOMO, CHIKEREMA], ["Rhodesia", "African National Council"],
           "The first face-to-face conference between Prime Minister Ian Smith's government and the African National Council",
           date_end="1975-08-26"),
        ev("1975-08-24-victoria-falls-smith-south-africa", M, OCC, "1975-08-24", "Victoria Falls", [SMITH],
           ["South Africa"],
           "dined that evening with members of the South African delegation at the Victoria Falls Hotel"),
        ev("1975-08-09-pretoria-chona-smith-vorster", M, OCC, "1975-08", "Pretoria", [VORSTER, SMITH, CHONA], [],
           "when Mr. Vorster settled its terms with Mr. Smith and Mr. Mark Chona"),
        ev("1974-09-ivory-coast-houphouet-boigny-vorster", M, OCC, "1974-09", "Ivory Coast", [VORSTER, HOUPHOUET], [],
           "he flew secretly to the Ivory Coast last September to see President Felix Houphouet-Boigny"),
        ev("1975-02-monrovia-tolbert-vorster", M, OCC, "1975-02", "Monrovia", [TOLBERT, VORSTER], [],
           "President William Tolbert received him in Monrovia in February"),
        ev("1975-08-26-kaunda-nyerere-call", C, OCC, "1975-08-26", None, [KAUNDA, NYERERE], [],
           "Dr. Kaunda telephoned President Julius Nyerere of Tanzania once the session ended"),
        ev("1975-08-30-dar-es-salaam-kaunda-nyerere", M, PLN, "1975-08-30", "Dar es Salaam", [KAUNDA, NYERERE], [],
           "He is expected in Dar es Salaam on Saturday for talks with Mr. Nyerere"),
    ], ["'walked to the white border line ... and shook hands' (opening of the same conference, listed once)",
        "'At a press conference at his hotel, Mr. Smith said' (press conference)",
        "'Mr. Nkomo did not meet Mr. Smith privately' (negation)",
        "'Nationalist leaders will meet among themselves in Lusaka' (internal to one side)",
        "'he would sit down with Mr. Nkomo \"any time he likes\", but no such meeting has been arranged' (hypothetical)",
        "'had flown up from Salisbury on Sunday' (travel; the dinner is the event)",
        "Caption 'Mr. Vorster and Dr. Kaunda at the border line' (same conference)",
        "RELATED: 'Vorster and Kaunda to meet again in Lusaka, sources say' (furniture)"]),

    # East African weekly, masthead "Monday, 30th October, 1967" (manifest null; date printed in the masthead).
    # "signed a memorandum of understanding in the Town Hall here on Saturday" -> 28 Oct 1967; "here" = Arusha
    #   (the paper is The Arusha Observer); chaired by Kaunda.
    # "Dr. Kaunda had seen each leader separately at the New Arusha Hotel on Friday night" -> two events, 27 Oct.
    # "the committee is to hold its first sitting in Nairobi next month" -> planned, 1967-11, groups only.
    # "The foreign ministers of Kenya and Somalia are to meet in Mogadishu in December" -> planned, 1967-12, groups.
    # "at the O.A.U. summit in Kinshasa last month, where Mr. Egal held talks with a Kenyan delegation" -> 1967-09
    #   (the summit is a backdrop; the Egal-Kenya talks are the event).
    # "Before leaving for Nairobi yesterday, the Mzee telephoned President Milton Obote" -> 29 Oct; the Mzee = Kenyatta.
    # Name variant: "Mohamed Ibrahim Egal" -> Muhammad Haji Ibrahim Egal.
    ("001", "1967-10-30", True, [
        ev("1967-10-28-arusha-egal-kaunda-kenyatta", M, OCC, "1967-10-28", "Arusha", [KENYATTA, EGAL, KAUNDA], [],
           "signed a memorandum of understanding in the Town Hall here on Saturday"),
        ev("1967-10-27-arusha-kaunda-kenyatta", M, OCC, "1967-10-27", "Arusha", [KAUNDA, KENYATTA], [],
           "Dr. Kaunda had seen each leader separately at the New Arusha Hotel on Friday night"),
        ev("1967-10-27-arusha-egal-kaunda", M, OCC, "1967-10-27", "Arusha", [KAUNDA, EGAL], [],
           "Dr. Kaunda had seen each leader separately at the New Arusha Hotel on Friday night"),
        ev("1967-11-nairobi-kenya-somalia-zambia", M, PLN, "1967-11", "Nairobi", [], ["Kenya", "Somalia", "Zambia"],
           "the committee is to hold its first sitting in Nairobi next month"),
        ev("1967-12-mogadishu-kenya-somalia", M, PLN, "1967-12", "Mogadishu", [], ["Kenya", "Somalia"],
           "The foreign ministers of Kenya and Somalia are to meet in Mogadishu in December"),
        ev("1967-09-kinshasa-egal-kenya", M, OCC, "1967-09", "Kinshasa", [EGAL], ["Kenya"],
           "where Mr. Egal held talks with a Kenyan delegation"),
        ev("1967-10-29-kenyatta-obote-call", C, OCC, "1967-10-29", None, [KENYATTA, OBOTE], [],
           "the Mzee telephoned President Milton Obote in Kampala to tell him of the accord"),
    ], ["'Mr. Egal telephoned President Abdirashid Ali Shermarke in Mogadishu' (internal to one government)",
        "'Dr. Kaunda told reporters after the signing' (press remarks)",
        "'No meeting with representatives of the shifta was held' (negation)",
        "'he would be glad to visit Nairobi \"when the atmosphere is right\"' (vague)",
        "'He flew home on Sunday afternoon' (travel)",
        "'lined the road ... to watch the motorcades pass' (not a meeting)",
        "Picture 'The three leaders leave the Town Hall after the signing' (same event)",
        "Related: 'Egal to visit Addis Ababa for talks with Emperor' (furniture)"]),

    # Broadcaster page, "Thursday 07 April 2005" (manifest 2005-04-07).
    # "chaired from Sunday until the signing late on Wednesday" -> 3-6 Apr 2005, one round (date_end), Pretoria.
    # "will meet in the rebel stronghold of Bouake on 14 April, with Diarra in the chair" -> planned, 14 Apr.
    # "agreed to meet Mbeki again in Pretoria in June" -> planned, 2005-06 (key 28 Jun 2005).
    # "flew to Abidjan on November 9" -> the most recent November 9, 2004.
    # "hosted the Ivorian parties and Annan in Accra on July 30 last year" -> 30 Jul 2004; group: the Ivorian parties.
    # "briefed Obasanjo by telephone on Wednesday night" -> 6 Apr; "Annan called him this morning" -> 7 Apr (him = Mbeki).
    ("002", "2005-04-07", False, [
        ev("2005-04-03-pretoria-bedie-diarra-gbagbo-mbeki-ouattara-soro", M, OCC, "2005-04-03", "Pretoria",
           [MBEKI, GBAGBO, DIARRA, BEDIE, OUATTARA, SORO], [],
           "The talks, which President Thabo Mbeki chaired from Sunday until the signing late on Wednesday",
           date_end="2005-04-06"),
        ev("2005-04-14-bouake-bakayoko-diarra-mangou", M, PLN, "2005-04-14", "Bouake", [MANGOU, BAKAYOKO, DIARRA], [],
           "meet in the rebel stronghold of Bouake on 14 April, with Diarra in the chair"),
        ev("2005-06-28-pretoria-bedie-diarra-gbagbo-mbeki-ouattara-soro", M, PLN, "2005-06", "Pretoria",
           [MBEKI, GBAGBO, DIARRA, BEDIE, OUATTARA, SORO], [],
           "The five Ivorians also agreed to meet Mbeki again in Pretoria in June"),
        ev("2004-11-09-abidjan-gbagbo-mbeki", M, OCC, "2004-11-09", "Abidjan", [MBEKI, GBAGBO], [],
           "he flew to Abidjan on November 9 for talks with Gbagbo"),
        ev("2004-07-30-accra-annan-kufuor", M, OCC, "2004-07-30", "Accra", [KUFUOR, ANNAN], ["Ivorian parties"],
           "John Kufuor hosted the Ivorian parties and Annan in Accra on July 30 last year"),
        ev("2005-04-06-mbeki-obasanjo-call", C, OCC, "2005-04-06", None, [MBEKI, OBASANJO], [],
           "Mbeki briefed Obasanjo by telephone on Wednesday night"),
        ev("2005-04-07-annan-mbeki-call", C, OCC, "2005-04-07", None, [ANNAN, MBEKI], [],
           "Annan called him this morning to offer UN help with the elections"),
    ], ["'Mbeki will rule on it after consulting ... Obasanjo, and ... Annan' (no occasion; the two calls are separate)",
        "'the Linas-Marcoussis agreement of January 2003' (agreement, no encounter stated)",
        "'Gbagbo flew back to Abidjan ... and told reporters at the airport' (travel, press remarks)",
        "'Ouattara did not hold a separate meeting with the president' (negation)",
        "'Soro is expected to take up his seat in the unity cabinet again' (internal)",
        "Photo 'Mbeki and Gbagbo after the signing at the Union Buildings' (same talks)",
        "RELATED: 'Mbeki and Gbagbo meet again in Yamoussoukro' (furniture)"]),

    # Translated regional site, "Friday, May 5, 2006" (manifest 2006-05-05).
    # Summit "on Thursday" -> 4 May 2006, Iguazu Grand Hotel -> Puerto Iguazu; four presidents plus the four foreign
    #   ministers who were called in for the last quarter of an hour.
    # "He and Luiz Inacio Lula da Silva held a private meeting in a hotel suite before Hugo Chavez and Morales arrived"
    #   -> He = Kirchner; a separate encounter before the summit (same day).
    # "met his energy team in Brasilia on Tuesday" is internal; "spoke by telephone to Morales and then to Kirchner that
    #   night" -> two calls, 2 May.
    # "is due in La Paz next week" -> planned, 2006-05.
    # "in Havana last Saturday" -> Saturday of the previous week, 29 Apr 2006.
    # "expected at the summit ... in Vienna next week" -> planned, 2006-05 (key 12 May 2006).
    ("003", "2006-05-05", False, [
        ev("2006-05-04-puerto-iguazu-chavez-kirchner-lula-morales", M, OCC, "2006-05-04", "Puerto Iguazu",
           [KIRCHNER, LULA, CHAVEZ, MORALES, TAIANA, AMORIM, RODRIGUEZ_ARAQUE, CHOQUEHUANCA], [],
           "spent more than three hours behind closed doors at the Iguazú Grand Hotel on Thursday"),
        ev("2006-05-04-puerto-iguazu-kirchner-lula", M, OCC, "2006-05-04", "Puerto Iguazu", [KIRCHNER, LULA], [],
           "He and Luiz Inácio Lula da Silva held a private meeting in a hotel suite"),
        ev("2006-05-02-lula-morales-call", C, OCC, "2006-05-02", None, [LULA, MORALES], [],
           "spoke by telephone to Morales and then to Kirchner that night"),
        ev("2006-05-02-kirchner-lula-call", C, OCC, "2006-05-02", None, [LULA, KIRCHNER], [],
           "spoke by telephone to Morales and then to Kirchner that night"),
        ev("2006-05-la-paz-gabrielli-soliz-rada", M, PLN, "2006-05", "La Paz", [GABRIELLI, SOLIZ], [],
           "Petrobras president José Sergio Gabrielli is due in La Paz next week for talks"),
        ev("2006-04-29-havana-castro-chavez-morales", M, OCC, "2006-04-29", "Havana", [CHAVEZ, MORALES, CASTRO], [],
           "had stood beside Morales and Fidel Castro in Havana last Saturday"),
        ev("2006-05-12-vienna-chavez-kirchner-lula-morales", M, PLN, "2006-05", "Vienna",
           [KIRCHNER, LULA, CHAVEZ, MORALES], ["European Union", "Latin America"],
           "All four presidents are expected at the summit of European Union and Latin American leaders"),
    ], ["'Lula, who met his energy team in Brasilia on Tuesday' (internal)",
        "'Morales's nationalisation decree of May 1' (decree, not a meeting)",
        "'At the press conference afterwards Kirchner said' (press conference)",
        "'Lula and Morales did not hold a separate bilateral' (negation)",
        "'he could go \"whenever Evo calls me\"' to La Paz (hypothetical)",
        "'queues of Brazilian cars ... at the town's petrol stations' (colour)",
        "Mas leidas / Related: 'Lula meets Morales at the border to ease gas dispute' (furniture)"]),

    # Indian daily, "Sunday, April 9, 1950", dispatch "NEW DELHI, April 8." (manifest 1950-04-09).
    # Relative words from the dispatch day (Saturday 8 Apr): "this evening" = 8 Apr; "began on Monday" = 3 Apr;
    #   "on Sunday last" = 2 Apr; "on Wednesday" = 5 Apr; "on Thursday" = 6 Apr; "next week" = 1950-04.
    # Airport welcome at Palam (New Delhi) on 2 Apr is a separate encounter from the talks of 3-8 Apr (date_end).
    # "Pandit Nehru has accepted an invitation to visit Karachi before the end of the month, when the two Prime
    #   Ministers will review ..." -> planned, 1950-04 (key 26 Apr 1950).
    # "They last sat down together in London in April last year" -> 1949-04.
    ("004", "1950-04-09", False, [
        ev("1950-04-02-new-delhi-liaquat-nehru", M, OCC, "1950-04-02", "New Delhi", [NEHRU, LIAQUAT], [],
           "when Pandit Nehru received him on the tarmac at Palam"),
        ev("1950-04-03-new-delhi-liaquat-nehru", M, OCC, "1950-04-03", "New Delhi", [NEHRU, LIAQUAT], [],
           "ending six days of talks which began on Monday", date_end="1950-04-08"),
        ev("1950-04-05-new-delhi-liaquat-prasad", M, OCC, "1950-04-05", "New Delhi", [PRASAD, LIAQUAT], [],
           "Rajendra Prasad gave a banquet for the visiting Prime Minister at Government House on Wednesday"),
        ev("1950-04-06-new-delhi-liaquat-patel", M, OCC, "1950-04-06", "New Delhi", [LIAQUAT, PATEL], [],
           "on Thursday Mr. Liaquat Ali Khan called on Sardar Vallabhbhai Patel at his residence"),
        ev("1950-04-calcutta-biswas-malik", M, PLN, "1950-04", "Calcutta", [BISWAS, MALIK], [],
           "Biswas for India and Dr. A. M. Malik for Pakistan are to meet in Calcutta"),
        ev("1950-04-26-karachi-liaquat-nehru", M, PLN, "1950-04", "Karachi", [NEHRU, LIAQUAT], [],
           "Pandit Nehru has accepted an invitation to visit Karachi before the end of the month"),
        ev("1949-04-london-liaquat-nehru", M, OCC, "1949-04", "London", [NEHRU, LIAQUAT], [],
           "They last sat down together in London in April last year, during the Commonwealth conference"),
    ], ["'The Cabinet met on Friday to approve the final draft' (internal to one government)",
        "'there is speculation ... that he will resign' (not a meeting)",
        "'Pandit Nehru ... spoke on the telephone to Dr. B. C. Roy, Chief Minister of West Bengal' (internal)",
        "'leaves for Karachi tomorrow morning' (travel)",
        "'expected to broadcast to the people of Pakistan on Monday night' (broadcast)",
        "'with the two Prime Ministers sitting alone for long stretches each morning' (inside the same talks)",
        "Read also: 'Refugee trains run to time on Sealdah line' (furniture)"]),

    # Archive live blog, "Monday, August 5, 1963" (manifest 1963-08-05).
    # "closing the summit that opened on Tuesday of last week" -> 30 Jul - 5 Aug 1963, Malacanang -> Manila.
    # "he will brief British High Commission officials there on Wednesday" -> he = the Tunku, there = Kuala Lumpur;
    #   planned 7 Aug; group United Kingdom.
    # Foreign ministers "who met here from June 7 to 11" -> 7-11 Jun 1963, here = Manila.
    # "When they met in Tokyo at the end of May" -> they = Sukarno (Bung Karno) and the Tunku; 1963-05 (key 31 May).
    # "the Tunku's signature on the Malaysia Agreement in London on July 9, alongside ... Lee Kuan Yew and ... Sandys"
    #   -> signing ceremony, 9 Jul 1963.
    # "Pelaez flies to New York next week to hand the leaders' request personally to ... U Thant" -> planned, 1963-08.
    # "telephoned U Thant in New York on Sunday night" -> 4 Aug.
    ("005", "1963-08-05", False, [
        ev("1963-07-30-manila-abdul-rahman-macapagal-sukarno", M, OCC, "1963-07-30", "Manila",
           [MACAPAGAL, SUKARNO, TUNKU], [],
           "the Joint Statement at Malacañang, closing the summit that opened on Tuesday of last week",
           date_end="1963-08-05"),
        ev("1963-08-07-kuala-lumpur-abdul-rahman-united-kingdom", M, PLN, "1963-08-07", "Kuala Lumpur", [TUNKU],
           ["United Kingdom"], "he will brief British High Commission officials there on Wednesday"),
        ev("1963-06-07-manila-pelaez-razak-subandrio", M, OCC, "1963-06-07", "Manila", [PELAEZ, SUBANDRIO, RAZAK], [],
           "Dr. Subandrio and Tun Abdul Razak, who met here from June 7 to 11", date_end="1963-06-11"),
        ev("1963-05-31-tokyo-abdul-rahman-sukarno", M, OCC, "1963-05", "Tokyo", [SUKARNO, TUNKU], [],
           "When they met in Tokyo at the end of May"),
        ev("1963-07-09-london-abdul-rahman-lee-sandys", M, OCC, "1963-07-09", "London", [TUNKU, LEE_KY, SANDYS], [],
           "the Tunku's signature on the Malaysia Agreement in London on July 9"),
        ev("1963-08-new-york-pelaez-u-thant", M, PLN, "1963-08", "New York", [PELAEZ, U_THANT], [],
           "Pelaez flies to New York next week to hand the leaders' request personally"),
        ev("1963-08-04-macapagal-u-thant-call", C, OCC, "1963-08-04", None, [MACAPAGAL, U_THANT], [],
           "President Macapagal telephoned U Thant in New York on Sunday night"),
    ], ["'The three posed together on the palace steps for photographers' (same summit)",
        "'Bung Karno is now addressing a crowd at the Luneta' (speech)",
        "'The Tunku leaves for Kuala Lumpur tomorrow morning' (travel; the briefing is the event)",
        "'No meeting between the Tunku and the heirs of the Sultan of Sulu took place' (negation)",
        "'Macapagal's Cabinet met at eight this morning' (internal)",
        "'he hoped to receive Macapagal in Jakarta \"when the time is ripe\"' (vague)",
        "'the United Nations survey in Sarawak and North Borneo' (not a meeting)",
        "Related stories / Most Viewed (furniture)"]),

    # Japanese English daily, "Wed., June 23, 1965" (manifest null; date printed in the header).
    # "signed ... at the Prime Minister's official residence yesterday afternoon" -> 22 Jun 1965, Tokyo; Sato "stood
    #   behind the table" as Takasugi and Kim Dong-jo signed -> all five present.
    # "had called on Sato at the residence on Monday" -> 21 Jun.
    # "initialed by Shiina and Lee in Seoul on February 20" -> 20 Feb 1965; "During that visit he was also received by
    #   President Park Chung-hee" -> he = Shiina, 1965-02 (key month only).
    # "when they met in Tokyo in November 1962" -> 1962-11 (key 12 Nov 1962).
    # "will hold a working lunch at the Foreign Ministry on Thursday" -> planned, 24 Jun.
    ("006", "1965-06-23", True, [
        ev("1965-06-22-tokyo-kim-lee-sato-shiina-takasugi", M, OCC, "1965-06-22", "Tokyo",
           [SHIINA, LEE_TW, SATO, TAKASUGI, KIM_DJ], [],
           "the Treaty on Basic Relations and four accompanying agreements at the Prime Minister's official residence"),
        ev("1965-06-21-tokyo-lee-sato", M, OCC, "1965-06-21", "Tokyo", [LEE_TW, SATO], [],
           "had called on Sato at the residence on Monday"),
        ev("1965-02-20-seoul-lee-shiina", M, OCC, "1965-02-20", "Seoul", [SHIINA, LEE_TW], [],
           "The treaty text was initialed by Shiina and Lee in Seoul on February 20"),
        ev("1965-02-seoul-park-shiina", M, OCC, "1965-02", "Seoul", [PARK, SHIINA], [],
           "During that visit he was also received by President Park Chung-hee"),
        ev("1962-11-12-tokyo-kim-ohira", M, OCC, "1962-11", "Tokyo", [KIM_JP, OHIRA], [],
           "Kim Jong-pil and Masayoshi Ohira worked out when they met in Tokyo in November 1962"),
        ev("1965-06-24-tokyo-lee-shiina", M, PLN, "1965-06-24", "Tokyo", [LEE_TW, SHIINA], [],
           "Lee and Shiina will hold a working lunch at the Foreign Ministry on Thursday"),
    ], ["'ending negotiations that began in October 1951' (counted/vague history)",
        "'Champagne was served in the adjoining hall' (same ceremony)",
        "'Instruments of ratification are to be exchanged in Seoul once both legislatures approve' (conditional, no date)",
        "'the Socialists walked out of a committee session' (internal)",
        "'he would visit Seoul \"at an appropriate time\"' (vague)",
        "'Lee telephoned President Park from the Korean mission' (internal to one government)",
        "'the Korean delegation flies home on Friday' (travel)",
        "Related: 'Rusk welcomes Tokyo-Seoul accord' (furniture)"]),

    # Radio transcript, "Evening News, Saturday, 19.00" with NO year anywhere on the page (manifest null).
    # True date Saturday 25 Nov 1961, but rule 10 applies: with no year on the page every date is null.
    # "his talks yesterday in the Siberian city with the Soviet Premier, Nikita Khrushchev" -> Novosibirsk (key 24 Nov).
    #   The dinner after the talks is part of the same encounter. "Mr Khruschev" is a variant spelling.
    # "since the Soviet leader came to Helsinki for the President's sixtieth birthday" -> key 3 Sep 1960.
    # "where President Kennedy had received him at the White House last month" -> Washington (key 16 Oct 1961).
    # "A fortnight ago ... Karjalainen flew to Moscow for talks with Mr Gromyko" -> key 11 Nov 1961.
    # "received the Soviet ambassador at Tamminiemi, his residence in Helsinki, on Tuesday" -> group Soviet Union.
    # Karjalainen "spoke by telephone on Thursday with ... Osten Unden, and is to brief the ambassadors of the Nordic
    #   countries at the Foreign Ministry on Monday" -> one call and one planned meeting (Helsinki).
    ("007", "1961-11-25", True, [
        ev("1961-11-24-novosibirsk-kekkonen-khrushchev", M, OCC, None, "Novosibirsk", [KEKKONEN, KHRUSHCHEV], [],
           "his talks yesterday in the Siberian city with the Soviet Premier, Nikita Khrushchev"),
        ev("1960-09-03-helsinki-kekkonen-khrushchev", M, OCC, None, "Helsinki", [KHRUSHCHEV, KEKKONEN], [],
           "since the Soviet leader came to Helsinki for the President's sixtieth birthday"),
        ev("1961-10-16-washington-kekkonen-kennedy", M, OCC, None, "Washington", [KENNEDY, KEKKONEN], [],
           "where President Kennedy had received him at the White House last month"),
        ev("1961-11-11-moscow-gromyko-karjalainen", M, OCC, None, "Moscow", [KARJALAINEN, GROMYKO], [],
           "Foreign Minister Ahti Karjalainen flew to Moscow for talks with Mr Gromyko"),
        ev("1961-11-21-helsinki-kekkonen-soviet-union", M, OCC, None, "Helsinki", [KEKKONEN], ["Soviet Union"],
           "the President received the Soviet ambassador at Tamminiemi, his residence in Helsinki, on Tuesday"),
        ev("1961-11-23-karjalainen-unden-call", C, OCC, None, None, [KARJALAINEN, UNDEN], [],
           "spoke by telephone on Thursday with the Swedish Foreign Minister, Osten Unden"),
        ev("1961-11-27-helsinki-karjalainen-nordic-countries", M, PLN, None, "Helsinki", [KARJALAINEN],
           ["Nordic countries"],
           "is to brief the ambassadors of the Nordic countries at the Foreign Ministry on Monday"),
    ], ["'Speaking at Novosibirsk airport this morning' (statement)",
        "'and then dined together' (same encounter, listed once)",
        "'The note reached the President while he was on holiday in Hawaii' (no encounter)",
        "'The President telephoned the Prime Minister, Martti Miettunen' (internal to one government)",
        "'On Monday he will see the leaders of the parliamentary groups' (domestic)",
        "'officials said no invitation had been discussed' (negation)",
        "'The President's aircraft is due in Helsinki at about ten tonight' (travel)",
        "RELATED: 'Karjalainen: \"No cause for panic\" (Thursday)' (furniture)"]),

    # Wire, "Wednesday, August 1, 1990", dateline "JEDDAH, Saudi Arabia, Aug 1" (manifest 1990-08-01).
    # "met on Tuesday evening at a government palace by the sea" -> 31 Jul 1990, Jeddah; Crown Prince Abdullah
    #   "welcomed both delegations and opened the session" -> participant; groups Kuwait, Iraq.
    # "a second round would be held in Baghdad, though no date has been set" -> planned, date null (key 1990-08).
    # "flew to Baghdad last Tuesday" -> Tuesday of the previous week, 24 Jul; "then on to Kuwait the same day" -> 24 Jul.
    # "King Fahd telephoned Saddam and Sheikh Jaber on Sunday" -> two calls, 29 Jul.
    # "The day after Mubarak's visit, Saddam summoned the U.S. ambassador, April Glaspie, for a meeting" -> 25 Jul,
    #   Baghdad.
    # "OPEC oil ministers meeting in Geneva last week agreed" -> gathering, 1990-07 (key 26 Jul 1990).
    ("008", "1990-08-01", False, [
        ev("1990-07-31-jeddah-abdullah-al-douri-al-sabah", M, OCC, "1990-07-31", "Jeddah", [SAAD, IZZAT, ABDULLAH],
           ["Kuwait", "Iraq"], "met on Tuesday evening at a government palace by the sea"),
        ev("1990-08-baghdad-iraq-kuwait", M, PLN, None, "Baghdad", [], ["Kuwait", "Iraq"],
           "Both sides said a second round would be held in Baghdad"),
        ev("1990-07-24-baghdad-mubarak-saddam", M, OCC, "1990-07-24", "Baghdad", [MUBARAK, SADDAM], [],
           "Hosni Mubarak flew to Baghdad last Tuesday to see President Saddam Hussein"),
        ev("1990-07-24-kuwait-jaber-mubarak", M, OCC, "1990-07-24", "Kuwait", [MUBARAK, JABER], [],
           "then on to Kuwait the same day to see the emir, Sheikh Jaber al-Ahmad al-Sabah"),
        ev("1990-07-29-fahd-saddam-call", C, OCC, "1990-07-29", None, [FAHD, SADDAM], [],
           "King Fahd telephoned Saddam and Sheikh Jaber on Sunday to secure the Jeddah meeting"),
        ev("1990-07-29-fahd-jaber-call", C, OCC, "1990-07-29", None, [FAHD, JABER], [],
           "King Fahd telephoned Saddam and Sheikh Jaber on Sunday to secure the Jeddah meeting"),
        ev("1990-07-25-baghdad-glaspie-saddam", M, OCC, "1990-07-25", "Baghdad", [SADDAM, GLASPIE], [],
           "Saddam summoned the U.S. ambassador, April Glaspie, for a meeting"),
        ev("1990-07-26-geneva-opec", M, OCC, "1990-07", "Geneva", [], ["OPEC"],
           "OPEC oil ministers meeting in Geneva last week agreed to raise the group's reference price"),
    ], ["'both delegations left the Saudi port city this morning' (travel)",
        "'A dinner planned for both delegations after evening prayers was cancelled' (cancelled)",
        "'Kuwaiti officials denied reports that Sheikh Saad had offered to write off' (denial)",
        "'Tariq Aziz, set out Baghdad's grievances last month in a letter to the Arab League' (letter)",
        "'President Bush had no plans to telephone Saddam' (negation)",
        "'U.S. officials told reporters' (briefing)",
        "Caption 'Sheikh Saad arrives at Jeddah airport on Monday' (arrival, no encounter)",
        "Related coverage / Most read (furniture)"]),

    # Broadcaster page, "Wednesday 7 August 1985, 5:30pm" (manifest 1985-08-07).
    # Forum: "The two-day meeting ... ended yesterday" -> 5-6 Aug 1985, Rarotonga, chaired by Sir Tom Davis; Hawke,
    #   Lange and Somare ("who attended throughout") are placed there; group South Pacific Forum.
    # Hawke and Lange "held a separate meeting on Monday evening at the Rarotongan Resort Hotel" -> 5 Aug (sideline
    #   encounter, its own event). "The two had spoken by phone on Saturday" -> 3 Aug.
    # "When leaders met in Funafuti last August under Tuvalu's Tomasi Puapua" -> 1984-08 (key 27 Aug 1984).
    # "will host next year's Forum in Suva" -> planned, year only 1986.
    # "Ratu Mara is also to receive ... Bill Hayden, in Suva on Friday" -> planned, 9 Aug 1985.
    ("009", "1985-08-07", False, [
        ev("1985-08-05-rarotonga-davis-hawke-lange-somare", M, OCC, "1985-08-05", "Rarotonga",
           [DAVIS, HAWKE, LANGE, SOMARE], ["South Pacific Forum"],
           "The two-day meeting, chaired by the Cook Islands Prime Minister, Sir Tom Davis, ended yesterday",
           date_end="1985-08-06"),
        ev("1985-08-05-rarotonga-hawke-lange", M, OCC, "1985-08-05", "Rarotonga", [HAWKE, LANGE], [],
           "held a separate meeting on Monday evening at the Rarotongan Resort Hotel"),
        ev("1985-08-03-hawke-lange-call", C, OCC, "1985-08-03", None, [HAWKE, LANGE], [],
           "The two had spoken by phone on Saturday"),
        ev("1984-08-27-funafuti-puapua", M, OCC, "1984-08", "Funafuti", [PUAPUA], ["South Pacific Forum"],
           "When leaders met in Funafuti last August under Tuvalu's Tomasi Puapua"),
        ev("1986-08-08-suva-mara", M, PLN, "1986", "Suva", [MARA], ["South Pacific Forum"],
           "Fiji's Ratu Sir Kamisese Mara will host next year's Forum in Suva"),
        ev("1985-08-09-suva-hayden-mara", M, PLN, "1985-08-09", "Suva", [MARA, HAYDEN], [],
           "Ratu Mara is also to receive Australia's Foreign Minister, Bill Hayden, in Suva on Friday"),
    ], ["'Eight governments signed on the final day' (signing inside the same Forum, listed once)",
        "'his government would sign once cabinet had studied the text' (conditional)",
        "'Vanuatu has refused to sign' (negation)",
        "'Mr Lange told a press conference' (press conference)",
        "'France ... is not expected to sign any protocol' (not a meeting)",
        "'last month's sinking of the Greenpeace ship Rainbow Warrior' (not a meeting)",
        "'The ANZUS Council meeting that was to have been held in Canberra in July was called off' (cancelled)",
        "'he would meet ... George Shultz, \"whenever Washington is ready\"' (hypothetical)",
        "'Mr Lange flew to Aitutaki for a day's rest' (travel)",
        "RELATED: 'Tonga's Crown Prince in Wellington for trade talks' (furniture)"]),

    # Regional news site, stamp "06.09.2017 | 09:14" (manifest null; date printed as the page stamp).
    # "on Tuesday signed" / "talked one-on-one at the Ala-Archa state residence and were then joined by their
    #   delegations, among them foreign ministers ..." -> 5 Sep 2017, Bishkek (dateline); groups: the two delegations.
    # "The ministers had initialled the text of the treaty on Monday" -> Kamilov and Abdyldaev, 4 Sep; no place given.
    # "met in Bishkek on August 16" -> 16 Aug 2017. "last spoke by telephone on August 31" -> 31 Aug 2017.
    # "Today Mirziyoyev is scheduled to hold separate meetings with ... Isakov and ... Tursunbekov" -> two planned
    #   meetings, 6 Sep, Bishkek.
    ("010", "2017-09-06", True, [
        ev("2017-09-05-bishkek-atambayev-mirziyoyev", M, OCC, "2017-09-05", "Bishkek",
           [MIRZIYOYEV, ATAMBAYEV, KAMILOV, ABDYLDAEV], ["Uzbekistan", "Kyrgyzstan"],
           "The two presidents first talked one-on-one at the Ala-Archa state residence"),
        ev("2017-09-04-abdyldaev-kamilov", M, OCC, "2017-09-04", None, [KAMILOV, ABDYLDAEV], [],
           "The ministers had initialled the text of the treaty on Monday"),
        ev("2017-08-16-bishkek-aripov-jeenbekov", M, OCC, "2017-08-16", "Bishkek", [ARIPOV, JEENBEKOV], [],
           "Prime Ministers Abdulla Aripov and Sooronbay Jeenbekov met in Bishkek on August 16"),
        ev("2017-08-31-atambayev-mirziyoyev-call", C, OCC, "2017-08-31", None, [MIRZIYOYEV, ATAMBAYEV], [],
           "The presidents last spoke by telephone on August 31"),
        ev("2017-09-06-bishkek-isakov-mirziyoyev", M, PLN, "2017-09-06", "Bishkek", [MIRZIYOYEV, ISAKOV], [],
           "scheduled to hold separate meetings with Prime Minister Sapar Isakov and parliament speaker Chynybai Tursunbekov"),
        ev("2017-09-06-bishkek-mirziyoyev-tursunbekov", M, PLN, "2017-09-06", "Bishkek", [MIRZIYOYEV, TURSUNBEKOV], [],
           "scheduled to hold separate meetings with Prime Minister Sapar Isakov and parliament speaker Chynybai Tursunbekov"),
    ], ["'Mirziyoyev landed at Manas airport on Tuesday morning' (travel)",
        "'Atambayev called the visit \"a historic event\"' (statement)",
        "'the October 15 presidential election' (not a meeting)",
        "'He invited Atambayev to visit Uzbekistan \"at any convenient time\"' (vague invitation)",
        "'The last official visit by an Uzbek president, Islam Karimov's, was in 2000' (visit, no encounter stated)",
        "'before flying home' (travel)",
        "Latest news sidebar (furniture)"]),

    # Magazine analysis, "5 November 2009" (manifest 2009-11-05, a Thursday).
    # "put their names to the border arbitration agreement at Rosenbad ... on Wednesday, Fredrik Reinfeldt stood between
    #   them" -> 4 Nov 2009, Stockholm (Rosenbad = the Swedish government offices).
    # "The first, at Trakoscan castle ... at the end of July" -> 2009-07 (key 31 Jul 2009).
    # "a late-night session in Ljubljana on September 11" -> 11 Sep 2009.
    # "They spoke by phone on Friday" -> the two prime ministers, 30 Oct; "Reinfeldt telephoned Kosor on Monday evening"
    #   -> 2 Nov.
    # "Kosor is due in Brussels on Monday for talks with ... Barroso" -> planned, 9 Nov.
    # "agreed to meet again in December at Mokrice castle" -> planned, 2009-12.
    ("011", "2009-11-05", False, [
        ev("2009-11-04-stockholm-kosor-pahor-reinfeldt", M, OCC, "2009-11-04", "Stockholm", [PAHOR, KOSOR, REINFELDT], [],
           "Borut Pahor and Jadranka Kosor put their names to the border arbitration agreement at Rosenbad"),
        ev("2009-07-31-trakoscan-kosor-pahor", M, OCC, "2009-07", "Trakoscan", [PAHOR, KOSOR], [],
           "The first, at Trakošćan castle in northern Croatia at the end of July"),
        ev("2009-09-11-ljubljana-kosor-pahor", M, OCC, "2009-09-11", "Ljubljana", [PAHOR, KOSOR], [],
           "a late-night session in Ljubljana on September 11, produced the bargain"),
        ev("2009-10-30-kosor-pahor-call", C, OCC, "2009-10-30", None, [PAHOR, KOSOR], [],
           "They spoke by phone on Friday to settle the wording of the joint statement"),
        ev("2009-11-02-kosor-reinfeldt-call", C, OCC, "2009-11-02", None, [REINFELDT, KOSOR], [],
           "Reinfeldt telephoned Kosor on Monday evening"),
        ev("2009-11-09-brussels-barroso-kosor", M, PLN, "2009-11-09", "Brussels", [KOSOR, BARROSO], [],
           "Kosor is due in Brussels on Monday for talks with Commission President José Manuel Barroso"),
        ev("2009-12-mokrice-kosor-pahor", M, PLN, "2009-12", "Mokrice", [PAHOR, KOSOR], [],
           "the two prime ministers have agreed to meet again in December at Mokrice castle"),
    ], ["'Slovenia has already lifted the veto ... that it imposed last December' (not a meeting)",
        "'hours after the Sabor approved the text' (internal vote)",
        "'Slovenia's opposition wants a referendum' (not a meeting)",
        "'Croatian President Stjepan Mesic, who did not attend' (negation)",
        "'The 2001 border treaty drafted by Janez Drnovsek and Ivica Racan' (no encounter stated)",
        "'Olli Rehn welcomed the signing in a statement' (statement)",
        "'At the press conference after the signing' (press conference)",
        "Related stories / Most read (furniture)"]),

    # Gulf regional site, "Thursday, April 13, 2023" (manifest 2023-04-13).
    # "their delegations met at the headquarters of the Gulf Cooperation Council secretariat in Riyadh on Wednesday"
    #   -> 12 Apr 2023; co-chairs named; groups Bahrain, Qatar.
    # "The committee's first meeting, held in the same building in February" -> 2023-02, Riyadh, groups only.
    # Abu Dhabi: body "in January" + caption "January 18, 2023" -> 18 Jan 2023; host Mohamed bin Zayed.
    # "A week later Bahrain's Crown Prince ... telephoned the emir" -> a week after 18 Jan = 25 Jan 2023.
    # "the Al-Ula summit of January 2021, where ... Mohammed bin Salman embraced Sheikh Tamim on the tarmac" -> 2021-01.
    # Faisal bin Farhan "telephoned his Bahraini counterpart ... and Qatar's Prime Minister and Foreign Minister ...
    #   on Wednesday evening" -> two calls, 12 Apr.
    # "Shaikh Abdulla and Dr Al Hammadi will meet again in Manama next month" -> planned, 2023-05.
    ("012", "2023-04-13", False, [
        ev("2023-04-12-riyadh-abdulla-bin-ahmed-al-hammadi", M, OCC, "2023-04-12", "Riyadh", [ABDULLA_BH, HAMMADI],
           ["Bahrain", "Qatar"],
           "their delegations met at the headquarters of the Gulf Cooperation Council secretariat in Riyadh"),
        ev("2023-02-riyadh-bahrain-qatar", M, OCC, "2023-02", "Riyadh", [], ["Bahrain", "Qatar"],
           "The committee's first meeting, held in the same building in February"),
        ev("2023-01-18-abu-dhabi-al-thani-bin-isa-bin-zayed", M, OCC, "2023-01-18", "Abu Dhabi", [HAMAD, TAMIM, MBZ], [],
           "King Hamad greets Emir Tamim at a meeting in Abu Dhabi, January 18, 2023"),
        ev("2023-01-25-al-thani-bin-hamad-call", C, OCC, "2023-01-25", None, [SALMAN_BH, TAMIM], [],
           "A week later Bahrain's Crown Prince, Salman bin Hamad Al Khalifa, telephoned the emir"),
        ev("2021-01-05-al-ula-al-thani-bin-salman", M, OCC, "2021-01", "Al-Ula", [MBS, TAMIM], [],
           "where Saudi Crown Prince Mohammed bin Salman embraced Sheikh Tamim on the tarmac"),
        ev("2023-04-12-al-zayani-bin-farhan-call", C, OCC, "2023-04-12", None, [FAISAL, ZAYANI], [],
           "Saudi Foreign Minister Prince Faisal bin Farhan telephoned his Bahraini counterpart, Abdullatif Al Zayani"),
        ev("2023-04-12-bin-abdulrahman-bin-farhan-call", C, OCC, "2023-04-12", None, [FAISAL, MBAR], [],
           "Qatar's Prime Minister and Foreign Minister, Sheikh Mohammed bin Abdulrahman Al Thani, on Wednesday evening"),
        ev("2023-05-manama-abdulla-bin-ahmed-al-hammadi", M, PLN, "2023-05", "Manama", [ABDULLA_BH, HAMMADI], [],
           "Shaikh Abdulla and Dr Al Hammadi will meet again in Manama next month"),
    ], ["'GCC Secretary-General Jasem Albudaiwi welcomed the decision in a statement' (statement)",
        "'as did the UAE's foreign minister, Sheikh Abdullah bin Zayed' (statement)",
        "'Bahrain was the only one of the four boycotting states that did not restore links' (negation)",
        "'No date has been set for reopening embassies or for resuming direct flights' (negation)",
        "'King Hamad has not visited Doha since 2017' (negation)",
        "'the emir \"would be happy to receive\" him' (hypothetical)",
        "Related / Most Read (furniture)"]),

    # Caribbean paper with NO date in the header (manifest null); the only date is the caption "Wednesday, July 4,
    #   1973", which describes the signing; the body says the signing was "yesterday", so the page is of 5 Jul 1973.
    # "signed the Treaty of Chaguaramas at the Convention Centre" -> 4 Jul 1973, Chaguaramas.
    # "the Heads of Government conference in Georgetown in April, where, with Mr. Burnham in the chair" -> 1973-04
    #   (key 9 Apr 1973); group Commonwealth Caribbean.
    # "On Tuesday night Dr. Williams entertained the three visiting Prime Ministers at dinner at his official residence
    #   in St. Ann's" -> 3 Jul, Port of Spain (St. Ann's is a district of Port of Spain).
    # "they and Antigua's V. C. Bird signed the Dickenson Bay agreement ... in December 1965" -> they = Barrow and Burnham.
    # "Their leaders will meet in Castries later this month" -> planned, 1973-07, group: the smaller territories.
    # "will hold its first meeting in Georgetown in August" -> planned, 1973-08.
    ("013", "1973-07-05", True, [
        ev("1973-07-04-chaguaramas-barrow-burnham-manley-williams", M, OCC, "1973-07-04", "Chaguaramas",
           [WILLIAMS, BARROW, BURNHAM, MANLEY], [],
           "Prime Ministers of Trinidad and Tobago, Barbados, Guyana and Jamaica signed the Treaty of Chaguaramas"),
        ev("1973-04-09-georgetown-burnham", M, OCC, "1973-04", "Georgetown", [BURNHAM], ["Commonwealth Caribbean"],
           "Heads of Government conference in Georgetown in April, where, with Mr. Burnham in the chair"),
        ev("1973-07-03-port-of-spain-barrow-burnham-manley-williams", M, OCC, "1973-07-03", "Port of Spain",
           [WILLIAMS, BARROW, BURNHAM, MANLEY], [],
           "On Tuesday night Dr. Williams entertained the three visiting Prime Ministers at dinner"),
        ev("1965-12-15-dickenson-bay-barrow-bird-burnham", M, OCC, "1965-12", "Dickenson Bay", [BARROW, BURNHAM, BIRD], [],
           "they and Antigua's V. C. Bird signed the Dickenson Bay agreement setting up CARIFTA"),
        ev("1973-07-castries-smaller-caribbean-territories", M, PLN, "1973-07", "Castries", [],
           ["smaller Caribbean territories"], "Their leaders will meet in Castries later this month"),
        ev("1973-08-georgetown-caribbean-common-market-council", M, PLN, "1973-08", "Georgetown", [],
           ["Caribbean Common Market Council"],
           "The Common Market Council of Ministers will hold its first meeting in Georgetown in August"),
    ], ["'Mr. Burnham proposed that the document carry the name of the place' (inside the same ceremony)",
        "'In his address Dr. Williams warned' / 'Mr. Manley spoke of' (speeches)",
        "'The Bahamas has said it will not join' (negation)",
        "'declined to say whether he would attend the Commonwealth conference in Ottawa' (unconfirmed)",
        "'Mr. Manley flies home to Kingston this morning' (travel)",
        "'Crowds gathered along the Western Main Road' (not a meeting)",
        "Caption 'The signing at the Convention Centre' (same event, supplies the date)",
        "Related / Most read (furniture)"]),

    # Agency wire, "Thursday, June 25, 1992", dateline "DAGOMYS, Krasnodar Territory, June 24" (manifest 1992-06-25).
    # Relative words from the dispatch day (Wednesday 24 Jun): "today" = 24 Jun; "on Tuesday evening" = 23 Jun;
    #   "on Sunday" = 21 Jun; "last week" = 1992-06; "on Monday" (future) = 29 Jun; "tomorrow" = 25 Jun.
    # The dinner of 23 Jun is a separate encounter on a different day from the talks and signing of 24 Jun.
    # "a mixed control commission of Russian, Georgian, North Ossetian and South Ossetian representatives will hold its
    #   first session in Tskhinvali on Monday" -> planned, groups only.
    # "Shevardnadze flies to Istanbul tomorrow for the founding summit of Black Sea states hosted by ... Ozal" ->
    #   planned (future relative to the dispatch), 25 Jun.
    ("014", "1992-06-25", False, [
        ev("1992-06-24-dagomys-galazov-kulumbegov-shevardnadze-yeltsin", M, OCC, "1992-06-24", "Dagomys",
           [YELTSIN, SHEVARDNADZE, KULUMBEGOV, GALAZOV], [],
           "signed an agreement here today on the principles of settling the Georgian-Ossetian conflict"),
        ev("1992-06-23-dagomys-shevardnadze-yeltsin", M, OCC, "1992-06-23", "Dagomys", [SHEVARDNADZE, YELTSIN], [],
           "had a first, two-hour conversation with Yeltsin over dinner"),
        ev("1992-06-21-shevardnadze-yeltsin-call", C, OCC, "1992-06-21", None, [YELTSIN, SHEVARDNADZE], [],
           "The two men had spoken by telephone on Sunday"),
        ev("1992-06-moscow-chikvaidze-kozyrev", M, OCC, "1992-06", "Moscow", [KOZYREV, CHIKVAIDZE], [],
           "Andrei Kozyrev and Alexander Chikvaidze, who met in Moscow last week"),
        ev("1992-06-29-tskhinvali-georgia-north-ossetia-russia-south-ossetia", M, PLN, "1992-06-29", "Tskhinvali", [],
           ["Russia", "Georgia", "North Ossetia", "South Ossetia"],
           "will hold its first session in Tskhinvali on Monday"),
        ev("1992-06-25-istanbul-ozal-shevardnadze", M, PLN, "1992-06-25", "Istanbul", [SHEVARDNADZE, OZAL],
           ["Black Sea states"],
           "Shevardnadze flies to Istanbul tomorrow for the founding summit of Black Sea states"),
    ], ["'A ceasefire is to take effect on June 28' (not a meeting)",
        "'Yeltsin's aides said the conversation in the enlarged format lasted more than five hours' (same talks)",
        "'At a joint news conference' (press conference)",
        "'he had no plans to visit Tbilisi for the time being' (negation)",
        "'Ruslan Khasbulatov, repeated warnings' (statement)",
        "'Georgia's State Council will meet in Tbilisi on his return' (internal)",
        "'Talks on Abkhazia were not on the agenda' (negation)",
        "Photo 'Yeltsin and Shevardnadze shake hands after the signing' (same event)",
        "Related / Latest news: 'Kozyrev to visit Chisinau' (furniture)"]),
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
