#!/usr/bin/env python3
"""Generate gold.jsonl and manifest.jsonl for the dev25 development corpus.

Run:  python3 data/dev25/build_gold.py   then   python3 data/eval/validate.py data/dev25
Each article lists its true publication date, whether the manifest hides it, its gold
events, and (for documentation only) the traps it contains that must NOT be extracted.
dev25 is a readable development set: unlike the holdout sets, it may be read while developing.
It covers real, mostly less-famous occasions from 1964 to 2023 in every region (Africa, Latin
America, the Caribbean, South and Southeast Asia, East Asia, the Middle East, Central Asia,
Europe and Oceania) with a MIX of event types: occurred in-person meetings (about three fifths),
planned meetings (about a fifth), phone calls (about a sixth), and gatherings or
delegation-only talks with groups. The pages lean on what makes real news hard: a place stated
once in a dateline and implied afterwards ("here", "the capital"), relative dates ("on Tuesday",
"last Friday", "last night" in a dispatch dated the day before publication, "that afternoon",
"on the Saturday evening", "the fourth day of the fighting"), titles and pronouns instead of
names, misspellings and alternative transliterations (Sitole, Meshal, Qabus, Hemeti,
Mirziyoev, Atambaev, Mahmud Ali, Bainimaram), delegation lists, recalled older meetings with
their own dates, several events per sentence, and many non-event distractors.
Four pages have no date in the manifest: 004 (Spanish date line), 008 (JST timestamp),
011 (dd.mm.yyyy timestamp) and 013 (a live blog with weekdays only, so every date is null).
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

# canonical names
SMITH, MUZOREWA, NKOMO, SITHOLE, CHIKEREMA, VORSTER, KAUNDA, CHONA, NYERERE, KHAMA = (
    "Ian Smith", "Abel Muzorewa", "Joshua Nkomo", "Ndabaningi Sithole", "James Chikerema",
    "John Vorster", "Kenneth Kaunda", "Mark Chona", "Julius Nyerere", "Seretse Khama")
ONEILL, LEMASS, LYNCH, AIKEN, WHITAKER, MALLEY, CRAIG, COSGRAVE, BALDWIN, FAULKNER = (
    "Terence O'Neill", "Sean Lemass", "Jack Lynch", "Frank Aiken", "T. K. Whitaker", "Jim Malley",
    "James Craig", "W. T. Cosgrave", "Stanley Baldwin", "Brian Faulkner")
MALIK, RAZAK, THANAT, GHAZALI, THANOM, SUBANDRIO, SUKARNO, TUNKU, MACAPAGAL, LEE_KY = (
    "Adam Malik", "Abdul Razak Hussein", "Thanat Khoman", "Ghazali Shafie", "Thanom Kittikachorn",
    "Subandrio", "Sukarno", "Tunku Abdul Rahman", "Diosdado Macapagal", "Lee Kuan Yew")
WILLIAMS, BARROW, BURNHAM, MANLEY, COMPTON, BIRD = (
    "Eric Williams", "Errol Barrow", "Forbes Burnham", "Michael Manley", "John Compton", "Vere Bird")
BANZER, PINOCHET, CARVAJAL, GEISEL, PERON = (
    "Hugo Banzer", "Augusto Pinochet", "Patricio Carvajal", "Ernesto Geisel", "Juan Peron")
AMADO, LLOREDA, SEPULVEDA, ZAMBRANO, ESPRIELLA, ILLUECA = (
    "Juan Jose Amado", "Rodrigo Lloreda", "Bernardo Sepulveda", "Jose Alberto Zambrano",
    "Ricardo de la Espriella", "Jorge Illueca")
REAGAN, BETANCUR, MONGE, RIOS_MONTT, SUAZO, HERRERA = (
    "Ronald Reagan", "Belisario Betancur", "Luis Alberto Monge", "Efrain Rios Montt",
    "Roberto Suazo Cordova", "Luis Herrera Campins")
SHASTRI, SIRIMAVO, RADHAKRISHNAN, NEHRU, KOTELAWALA, BHAKTAVATSALAM = (
    "Lal Bahadur Shastri", "Sirimavo Bandaranaike", "Sarvepalli Radhakrishnan", "Jawaharlal Nehru",
    "John Kotelawala", "M. Bhaktavatsalam")
MOBUTU, DOS_SANTOS, SAVIMBI, MUGABE, CHISSANO, BONGO = (
    "Mobutu Sese Seko", "Jose Eduardo dos Santos", "Jonas Savimbi", "Robert Mugabe",
    "Joaquim Chissano", "Omar Bongo")
VAN_DUNEM, MALMIERCA, BOTHA, SHULTZ, BUSH = (
    "Afonso Van-Dunem", "Isidoro Malmierca", "Pik Botha", "George Shultz", "George H. W. Bush")
OBUCHI, KIM_DJ, AKIHITO, MICHIKO, LEE_HH, HASHIMOTO, KIM_YS, SHIINA, LEE_TW, JIANG = (
    "Keizo Obuchi", "Kim Dae-jung", "Akihito", "Michiko", "Lee Hee-ho", "Ryutaro Hashimoto",
    "Kim Young-sam", "Etsusaburo Shiina", "Lee Tong-won", "Jiang Zemin")
MODI, BAINIMARAMA, ABBOTT, INDIRA, MARA, XI = (
    "Narendra Modi", "Frank Bainimarama", "Tony Abbott", "Indira Gandhi", "Kamisese Mara",
    "Xi Jinping")
ABBAS, MESHAAL, HANIYEH, DAHLAN, KING_ABDULLAH, RICE, OLMERT, BAN = (
    "Mahmoud Abbas", "Khaled Meshaal", "Ismail Haniyeh", "Mohammed Dahlan",
    "Abdullah bin Abdulaziz Al Saud", "Condoleezza Rice", "Ehud Olmert", "Ban Ki-moon")
MIRZIYOYEV, ATAMBAYEV, ISAKOV, TURSUNBEKOV, ARIPOV, KAMILOV, ABDYLDAEV = (
    "Shavkat Mirziyoyev", "Almazbek Atambayev", "Sapar Isakov", "Chynybai Tursunbekov",
    "Abdulla Aripov", "Abdulaziz Kamilov", "Erlan Abdyldaev")
NETANYAHU, SARA, QABOOS, COHEN, BEN_SHABBAT, PERES, RABIN, WANG_QS = (
    "Benjamin Netanyahu", "Sara Netanyahu", "Qaboos bin Said", "Yossi Cohen", "Meir Ben-Shabbat",
    "Shimon Peres", "Yitzhak Rabin", "Wang Qishan")
BORISOV, TSIPRAS, DANCILA = ("Boyko Borisov", "Alexis Tsipras", "Viorica Dancila")
BLINKEN, FAISAL, BURHAN, DAGALO, GRIFFITHS, MBS, SULLIVAN, TAHNOUN, DOVAL = (
    "Antony Blinken", "Faisal bin Farhan", "Abdel Fattah al-Burhan", "Mohamed Hamdan Dagalo",
    "Martin Griffiths", "Mohammed bin Salman", "Jake Sullivan", "Tahnoun bin Zayed Al Nahyan",
    "Ajit Doval")
MAHMOOD_ALI, KYAW_TINT_SWE, SUU_KYI, TILLERSON, MIN_AUNG_HLAING, WANG_YI, HASINA, MOGHERINI, \
    FRANCIS = (
        "Abul Hassan Mahmood Ali", "Kyaw Tint Swe", "Aung San Suu Kyi", "Rex Tillerson",
        "Min Aung Hlaing", "Wang Yi", "Sheikh Hasina", "Federica Mogherini", "Pope Francis")


def ev(key, kind, status, date, location, participants, groups, evidence, date_end=None):
    e = {"key": key, "kind": kind, "status": status, "date": date}
    if date_end:
        e["date_end"] = date_end
    e.update({"location": location, "participants": participants, "groups": groups,
              "evidence": evidence})
    return e


M, C, OCC, PLN = "meeting", "call", "occurred", "planned"

ARTICLES = [
    # Wednesday wire, header "Wednesday, August 27, 1975" (manifest 1975-08-27); the dispatch is
    # "LIVINGSTONE, Zambia, Aug. 26", so "this afternoon" and "this evening" are Tue 26 Aug and
    # "last night" is Mon 25 Aug.
    # "ended their conference ... on the Victoria Falls bridge this afternoon"; "The talks opened on
    #   Monday afternoon" -> one round 25-26 Aug (date_end); Vorster and Kaunda "opened the session"
    #   (chairs); "the two delegations" -> groups Rhodesia and African National Council. The bridge
    #   -> location "Victoria Falls". "Sitole" is a misspelling of Sithole.
    # "Mr. Vorster and Dr. Kaunda talked privately for about an hour in a dining car on Monday
    #   morning" -> separate encounter (fewer people, before the session), 25 Aug.
    # Pretoria "earlier this month" -> 1975-08 (month key: the day is not checked).
    # Lusaka unity accord "last December" -> 1974-12 (month key).
    # "telephoned President Nyerere ... last night" -> call 25 Aug.
    # "will fly to Dar es Salaam on Thursday to brief him in person" -> planned 28 Aug.
    ("000", "1975-08-27", False, [
        ev("1975-08-25-victoria-falls-chikerema-kaunda-muzorewa-nkomo-sithole-smith-vorster", M, OCC,
           "1975-08-25", "Victoria Falls",
           [SMITH, MUZOREWA, NKOMO, SITHOLE, CHIKEREMA, VORSTER, KAUNDA],
           ["Rhodesia", "African National Council"],
           "ended their conference in a South African railway carriage on the Victoria Falls bridge",
           date_end="1975-08-26"),
        ev("1975-08-25-victoria-falls-kaunda-vorster", M, OCC, "1975-08-25", "Victoria Falls",
           [VORSTER, KAUNDA], [],
           "Mr. Vorster and Dr. Kaunda talked privately for about an hour in a dining car"),
        ev("1975-08-pretoria-chona-smith-vorster", M, OCC, "1975-08", "Pretoria",
           [CHONA, VORSTER, SMITH], [],
           "when Mr. Mark Chona, Dr. Kaunda's special envoy, saw Mr. Vorster and Mr. Smith"),
        ev("1974-12-lusaka-kaunda-khama-muzorewa-nkomo-nyerere-sithole", M, OCC, "1974-12", "Lusaka",
           [MUZOREWA, NKOMO, SITHOLE, KAUNDA, NYERERE, KHAMA], [],
           "Bishop Muzorewa, Mr. Nkomo and Mr. Sitole signed in Lusaka last December"),
        ev("1975-08-25-kaunda-nyerere-call", C, OCC, "1975-08-25", None, [KAUNDA, NYERERE], [],
           "Dr. Kaunda, who telephoned President Nyerere from State House in Lusaka last night"),
        ev("1975-08-28-dar-es-salaam-kaunda-nyerere", M, PLN, "1975-08-28", "Dar es Salaam",
           [KAUNDA, NYERERE], [],
           "will fly to Dar es Salaam on Thursday to brief him in person"),
    ], ["'said as much to reporters before flying back to Salisbury' (remarks; travel)",
        "'Bishop Muzorewa issued a statement' (statement)",
        "'no date had been set for a further meeting' (negation)",
        "'denied reports that Mr. Nkomo would see Mr. Smith alone in Salisbury next week' (denied)",
        "'Mr. Vorster left for Pretoria by train this evening' (travel)",
        "'Mr. Robert Mugabe ... took no part' (negation)",
        "Caption 'saloon halfway across the Victoria Falls bridge on Monday' (no encounter stated)",
        "RELATED: 'Smith to meet farmers' union leaders on Friday' (furniture; domestic)"]),

    # Wednesday evening paper, header "Wednesday, 10 February 1965" (manifest 1965-02-10).
    # "lunched with the Taoiseach ... at Iveagh House yesterday" -> Tue 9 Feb, Dublin; Lynch and
    #   Aiken "joined the two men at table".
    # "returning the call Mr. Lemass paid on him at Stormont on January 14" -> 14 Jan, Belfast;
    #   "Dr. Whitaker accompanied the Taoiseach to Belfast ten days later" (after 4 Jan) -> participant.
    # "On January 4 ... Whitaker brought ... Malley, to see Mr. Lemass in Dublin" -> 4 Jan 1965.
    # "Sir James Craig sat down with Mr. W. T. Cosgrave and Mr. Stanley Baldwin in London in
    #   December 1925" -> 1925-12 (key 3 Dec 1925).
    # "had spoken by telephone on Monday evening" -> call, Mon 8 Feb.
    # "Mr. Lynch is to go to Belfast on February 18 for talks with ... Faulkner" -> planned.
    ("001", "1965-02-10", False, [
        ev("1965-02-09-dublin-aiken-lemass-lynch-oneill", M, OCC, "1965-02-09", "Dublin",
           [ONEILL, LEMASS, LYNCH, AIKEN], [],
           "lunched with the Taoiseach, Mr. Sean Lemass, at Iveagh House yesterday"),
        ev("1965-01-14-belfast-lemass-oneill-whitaker", M, OCC, "1965-01-14", "Belfast",
           [LEMASS, ONEILL, WHITAKER], [],
           "returning the call Mr. Lemass paid on him at Stormont on January 14"),
        ev("1965-01-04-dublin-lemass-malley-whitaker", M, OCC, "1965-01-04", "Dublin",
           [WHITAKER, MALLEY, LEMASS], [],
           "brought Captain O'Neill's private secretary, Mr. Jim Malley, to see Mr. Lemass in Dublin"),
        ev("1925-12-03-london-baldwin-cosgrave-craig", M, OCC, "1925-12", "London",
           [CRAIG, COSGRAVE, BALDWIN], [],
           "Sir James Craig sat down with Mr. W. T. Cosgrave and Mr. Stanley Baldwin"),
        ev("1965-02-08-lemass-oneill-call", C, OCC, "1965-02-08", None, [LEMASS, ONEILL], [],
           "the Taoiseach and Captain O'Neill had spoken by telephone on Monday evening"),
        ev("1965-02-18-belfast-faulkner-lynch", M, PLN, "1965-02-18", "Belfast", [LYNCH, FAULKNER], [],
           "Mr. Lynch is to go to Belfast on February 18 for talks"),
    ], ["'The Government Information Bureau did not announce the visit' (announcement)",
        "'Captain O'Neill and his wife had driven down from Belfast' (travel)",
        "'Paisley ... called the lunch \"a further betrayal\"' (statement); snowballs (protest)",
        "'Captain O'Neill's Cabinet colleagues were told of the visit only after his return' (internal)",
        "'Mr. Lemass will speak at a students' debate at Queen's University' (speech)",
        "'no further meeting of the two Prime Ministers has been fixed' (negation)",
        "Photo caption on the steps of Iveagh House (same lunch, listed once)",
        "MOST READ / RELATED: 'the handshake that thawed the border' (furniture)"]),

    # Thursday regional paper, "Thursday, June 2, 1966" (manifest 1966-06-02).
    # "ended their talks here yesterday" (Bangkok, from "From Our Correspondent, Bangkok") -> Wed
    #   1 Jun; "The talks began on Sunday evening" -> 29 May; one round (date_end). Thanat chaired;
    #   Ghazali Shafie "sat at Tun Razak's side throughout"; "a dinner for both delegations" ->
    #   groups Indonesia and Malaysia.
    # "On Monday the two ministers called together on ... Thanom Kittikachorn" -> 30 May, Bangkok.
    # "Mr. Malik rang Tun Razak last Friday" -> Friday of the previous week, 27 May (call).
    # "in February 1964, when Tun Razak and Dr. Subandrio ... met here under Mr. Thanat's auspices"
    #   -> 1964-02, Bangkok (month key).
    # "The summit in Tokyo that June, between Dr. Sukarno, the Tunku and President Macapagal" ->
    #   1964-06 (key 20 Jun 1964); "the Tunku" = Tunku Abdul Rahman.
    # "Mr. Malik will stop in Singapore on Saturday for talks with Mr. Lee Kuan Yew" -> planned 4 Jun.
    ("002", "1966-06-02", False, [
        ev("1966-05-29-bangkok-ghazali-malik-razak-thanat", M, OCC, "1966-05-29", "Bangkok",
           [MALIK, RAZAK, THANAT, GHAZALI], ["Indonesia", "Malaysia"],
           "ended their talks here yesterday with champagne, prayers and an exchange of sealed envelopes",
           date_end="1966-06-01"),
        ev("1966-05-30-bangkok-malik-razak-thanom", M, OCC, "1966-05-30", "Bangkok",
           [MALIK, RAZAK, THANOM], [],
           "the two ministers called together on the Prime Minister, Field Marshal Thanom Kittikachorn"),
        ev("1966-05-27-malik-razak-call", C, OCC, "1966-05-27", None, [MALIK, RAZAK], [],
           "Mr. Malik rang Tun Razak last Friday"),
        ev("1964-02-bangkok-razak-subandrio-thanat", M, OCC, "1964-02", "Bangkok",
           [RAZAK, SUBANDRIO, THANAT], [],
           "Tun Razak and Dr. Subandrio, then Indonesia's foreign minister, met here under Mr. Thanat's auspices"),
        ev("1964-06-20-tokyo-abdul-rahman-macapagal-sukarno", M, OCC, "1964-06", "Tokyo",
           [SUKARNO, TUNKU, MACAPAGAL], [],
           "The summit in Tokyo that June, between Dr. Sukarno, the Tunku and President Macapagal"),
        ev("1966-06-04-singapore-lee-malik", M, PLN, "1966-06-04", "Singapore", [MALIK, LEE_KY], [],
           "Mr. Malik will stop in Singapore on Saturday for talks with Mr. Lee Kuan Yew"),
    ], ["'On Tuesday evening Mr. Thanat gave a dinner for both delegations' (inside the same talks)",
        "'Tun Razak flies home ... to report to the Tunku and the Cabinet' (internal to one government)",
        "'Asked whether he would now visit Kuala Lumpur ... \"When the time is right.\"' (vague)",
        "'Dr. Sukarno ... made no comment' (no event)",
        "Caption 'embrace at the close of the talks yesterday' (same talks, listed once)",
        "Related: 'Thanat floats idea of a wider regional association' (furniture)"]),

    # Broadcaster transcript, "Wednesday 4 July 1973 | 7.00 p.m." (manifest 1973-07-04).
    # "Four Caribbean prime ministers this afternoon put their names to the treaty"; "at the
    #   Convention Centre here" (Chaguaramas); names in the next sentence -> 4 Jul 1973.
    # "Manley and Mr. Burnham met at the Trinidad Hilton in Port of Spain this morning" -> separate
    #   encounter (other place, two people), 4 Jul.
    # "Dr. Williams spoke by telephone with ... Mr. John Compton" -> call, 4 Jul ("before lunch").
    # "in Georgetown in April, when the heads of government of the Commonwealth Caribbean met as Mr.
    #   Burnham's guests" -> 1973-04, gathering with group (month key).
    # "December 1965, when Mr. Barrow, Mr. Burnham and Mr. Vere Bird ... signed ... at Dickenson
    #   Bay" -> 1965-12 (key 15 Dec 1965).
    # "Mr. Manley and Mr. Burnham will see each other again in Ottawa on August 2, when the
    #   Commonwealth heads of government conference opens there" -> planned gathering, 2 Aug 1973.
    ("003", "1973-07-04", False, [
        ev("1973-07-04-chaguaramas-barrow-burnham-manley-williams", M, OCC, "1973-07-04", "Chaguaramas",
           [WILLIAMS, BARROW, BURNHAM, MANLEY], [],
           "Four Caribbean prime ministers this afternoon put their names to the treaty"),
        ev("1973-07-04-port-of-spain-burnham-manley", M, OCC, "1973-07-04", "Port of Spain",
           [MANLEY, BURNHAM], [],
           "Manley and Mr. Burnham met at the Trinidad Hilton in Port of Spain this morning"),
        ev("1973-07-04-compton-williams-call", C, OCC, "1973-07-04", None, [WILLIAMS, COMPTON], [],
           "Dr. Williams spoke by telephone with the Premier of St. Lucia, Mr. John Compton"),
        ev("1973-04-georgetown-burnham-commonwealth-caribbean", M, OCC, "1973-04", "Georgetown",
           [BURNHAM], ["Commonwealth Caribbean heads of government"],
           "when the heads of government of the Commonwealth Caribbean met as Mr. Burnham's guests"),
        ev("1965-12-15-dickenson-bay-barrow-bird-burnham", M, OCC, "1965-12", "Dickenson Bay",
           [BARROW, BURNHAM, BIRD], [],
           "Mr. Barrow, Mr. Burnham and Mr. Vere Bird of Antigua signed the free trade agreement"),
        ev("1973-08-02-ottawa-burnham-commonwealth-manley", M, PLN, "1973-08-02", "Ottawa",
           [MANLEY, BURNHAM], ["Commonwealth"],
           "Mr. Manley and Mr. Burnham will see each other again in Ottawa on August 2"),
    ], ["'They are expected to accede by next May, but nobody has fixed a date' (no meeting; vague)",
        "'the four leaders may hold a Caribbean caucus ... but nothing is arranged' (hypothetical)",
        "'Dr. Williams told a press conference afterwards' (press conference)",
        "'The Opposition in Port of Spain stayed away from the ceremony' (negation)",
        "'Mr. Hugh Shearer's party called it \"a treaty of speeches\"' (statement)",
        "Related transcripts: 'Manley meets Cuban envoy in Kingston' (furniture)"]),

    # Translated Bolivian site; manifest null. The page prints "LA PAZ -- Lunes, 10 de febrero de
    # 1975" (Monday 10 Feb 1975).
    # "agreed on Saturday to restore the diplomatic relations" at Charana -> Sat 8 Feb; Carvajal
    #   "sat in"; the unnamed Bolivian minister is not listed.
    # "first met in Brasilia in March of last year" -> 1974-03 (key 15 Mar 1974, Geisel inauguration).
    # "Banzer himself received Geisel in Cochabamba in May" -> 1974-05 (month key).
    # "His last was also in May, when he met General Juan Peron at the Moron air base" -> 1974-05
    #   (key 16 May 1974).
    # "settled the final arrangements by telephone on Wednesday" -> call, 5 Feb.
    # "Delegations of the two foreign ministries will meet in Cochabamba in the second half of this
    #   month" -> planned, 1975-02, groups only.
    ("004", "1975-02-10", True, [
        ev("1975-02-08-charana-banzer-carvajal-pinochet", M, OCC, "1975-02-08", "Charana",
           [BANZER, PINOCHET, CARVAJAL], [],
           "General Hugo Banzer and General Augusto Pinochet agreed on Saturday to restore the diplomatic relations"),
        ev("1974-03-15-brasilia-banzer-pinochet", M, OCC, "1974-03", "Brasilia", [BANZER, PINOCHET], [],
           "Banzer and Pinochet first met in Brasilia in March of last year"),
        ev("1974-05-cochabamba-banzer-geisel", M, OCC, "1974-05", "Cochabamba", [BANZER, GEISEL], [],
           "Banzer himself received Geisel in Cochabamba in May"),
        ev("1974-05-16-moron-peron-pinochet", M, OCC, "1974-05", "Moron", [PINOCHET, PERON], [],
           "when he met General Juan Peron at the Moron air base outside Buenos Aires"),
        ev("1975-02-05-banzer-pinochet-call", C, OCC, "1975-02-05", None, [BANZER, PINOCHET], [],
           "The two presidents settled the final arrangements by telephone on Wednesday"),
        ev("1975-02-cochabamba-bolivia-chile", M, PLN, "1975-02", "Cochabamba", [], ["Bolivia", "Chile"],
           "Delegations of the two foreign ministries will meet in Cochabamba"),
    ], ["'Velasco had declined for reasons of health' (declined invitation)",
        "'Pinochet said in Iquique last week' (statement)",
        "'Ambassadors are to be exchanged in the coming weeks' (not a meeting)",
        "'exchanged invitations for state visits, but no dates were mentioned' (invitation, no date)",
        "'Pinochet was back in Santiago on Sunday' (travel)",
        "'In Lima, the government has made no comment' (no event)",
        "Photo caption 'embrace at Charana station' (same meeting, listed once)",
        "Más leídas / Related (furniture)"]),

    # Saturday weekly analysis, "Saturday, January 15, 1983" (manifest 1983-01-15).
    # "Last weekend, on Contadora, ... the foreign ministers ... sat down"; "flew in on Saturday
    #   morning, and by Sunday afternoon" -> 8-9 Jan 1983 (date_end).
    # "On the Saturday evening the ministers were received by President Ricardo de la Espriella and
    #   Vice-President Jorge Illueca" -> separate encounter, 8 Jan.
    # Reagan's tour "last month": Bogota "on December 3"; San Jose (no day) -> 1982-12; San Pedro
    #   Sula "on December 4".
    # "He telephoned ... Herrera Campins on the Sunday night" -> call, 9 Jan.
    # "Lloreda is due in Caracas on Wednesday for talks with Zambrano" -> planned, Wed 19 Jan.
    ("005", "1983-01-15", False, [
        ev("1983-01-08-contadora-amado-lloreda-sepulveda-zambrano", M, OCC, "1983-01-08", "Contadora",
           [AMADO, LLOREDA, SEPULVEDA, ZAMBRANO], [],
           "the foreign ministers of Colombia, Mexico, Panama and Venezuela sat down",
           date_end="1983-01-09"),
        ev("1983-01-08-contadora-amado-de-la-espriella-illueca-lloreda-sepulveda-zambrano", M, OCC,
           "1983-01-08", "Contadora", [ESPRIELLA, ILLUECA, AMADO, LLOREDA, SEPULVEDA, ZAMBRANO], [],
           "On the Saturday evening the ministers were received by President Ricardo de la Espriella"),
        ev("1982-12-03-bogota-betancur-reagan", M, OCC, "1982-12-03", "Bogota", [REAGAN, BETANCUR], [],
           "In Bogotá on December 3 President Belisario Betancur lectured his guest on non-intervention"),
        ev("1982-12-san-jose-monge-reagan", M, OCC, "1982-12", "San Jose", [REAGAN, MONGE], [],
           "In San José the American president met Costa Rica's Luis Alberto Monge"),
        ev("1982-12-04-san-pedro-sula-reagan-rios-montt-suazo-cordova", M, OCC, "1982-12-04",
           "San Pedro Sula", [REAGAN, RIOS_MONTT, SUAZO], [],
           "he met General Efraín Ríos Montt and President Roberto Suazo Córdova"),
        ev("1983-01-09-betancur-herrera-campins-call", C, OCC, "1983-01-09", None, [BETANCUR, HERRERA], [],
           "He telephoned Venezuela's Luis Herrera Campíns on the Sunday night"),
        ev("1983-01-19-caracas-lloreda-zambrano", M, PLN, "1983-01-19", "Caracas", [LLOREDA, ZAMBRANO], [],
           "Lloreda is due in Caracas on Wednesday for talks with Zambrano"),
    ], ["'neither Nicaragua nor Honduras was invited' (negation)",
        "'a meeting with the Central American foreign ministers \"perhaps in the spring\", though nobody "
        "has proposed a date' (vague)",
        "'Mexico has ruled out any role for the Organization of American States' (negation)",
        "'Thomas Enders said in a speech on Tuesday' (speech)",
        "'Sepulveda ... has declined an invitation to brief congressional staff' (declined)",
        "Read more: 'Managua and Tegucigalpa trade accusations' (furniture)"]),

    # Saturday broadsheet "Madras | Saturday, October 31, 1964" (manifest 1964-10-31); dispatch
    # "NEW DELHI, Oct. 30." (Friday).
    # "this afternoon signed an agreement ..., ending a week of talks"; "The talks opened on
    #   Saturday" -> 24-30 Oct 1964 (date_end); "officials of both delegations" -> groups.
    # "On Monday Mrs. Bandaranaike called on the President, Dr. S. Radhakrishnan" -> 26 Oct.
    # "first taken each other's measure in Cairo earlier this month, where they met on the margins
    #   of the conference of non-aligned nations" -> 1964-10, Cairo (month key; the conference is a
    #   backdrop).
    # "she had come here in January 1963 to explain the Colombo proposals ... to Mr. Jawaharlal
    #   Nehru" -> 1963-01, New Delhi (month key).
    # "the pact Mr. Nehru signed with Sir John Kotelawala in New Delhi in January 1954" -> 1954-01.
    # "Officials of the two governments will meet in Colombo in January" -> planned 1965-01.
    # "leaves for Colombo on Sunday by way of Madras, where she will call on the Chief Minister" ->
    #   planned Sun 1 Nov 1964, Madras -> Chennai.
    ("006", "1964-10-31", False, [
        ev("1964-10-24-new-delhi-bandaranaike-shastri", M, OCC, "1964-10-24", "New Delhi",
           [SHASTRI, SIRIMAVO], ["India", "Ceylon"],
           "Mr. Lal Bahadur Shastri and Mrs. Sirima Bandaranaike this afternoon signed an agreement",
           date_end="1964-10-30"),
        ev("1964-10-26-new-delhi-bandaranaike-radhakrishnan", M, OCC, "1964-10-26", "New Delhi",
           [SIRIMAVO, RADHAKRISHNAN], [],
           "Mrs. Bandaranaike called on the President, Dr. S. Radhakrishnan, at Rashtrapati Bhavan"),
        ev("1964-10-cairo-bandaranaike-shastri", M, OCC, "1964-10", "Cairo", [SHASTRI, SIRIMAVO], [],
           "where they met on the margins of the conference of non-aligned nations"),
        ev("1963-01-new-delhi-bandaranaike-nehru", M, OCC, "1963-01", "New Delhi", [SIRIMAVO, NEHRU], [],
           "to explain the Colombo proposals on the India-China border to Mr. Jawaharlal Nehru"),
        ev("1954-01-new-delhi-kotelawala-nehru", M, OCC, "1954-01", "New Delhi", [NEHRU, KOTELAWALA], [],
           "the pact Mr. Nehru signed with Sir John Kotelawala in New Delhi in January 1954"),
        ev("1965-01-colombo-ceylon-india", M, PLN, "1965-01", "Colombo", [], ["India", "Ceylon"],
           "Officials of the two governments will meet in Colombo in January"),
        ev("1964-11-01-chennai-bandaranaike-bhaktavatsalam", M, PLN, "1964-11-01", "Chennai",
           [SIRIMAVO, BHAKTAVATSALAM], [],
           "by way of Madras, where she will call on the Chief Minister, Mr. M. Bhaktavatsalam"),
    ], ["'broken ... over breakfast at Mr. Shastri's residence on Thursday morning' (inside the same talks)",
        "'She told a press conference' (press conference)",
        "'Mr. S. Thondaman ..., who was not consulted, said in Colombo' (negation; statement)",
        "'the D.M.K. called for a debate in the Legislative Assembly' (domestic)",
        "Photo caption 'after the signing in New Delhi this afternoon' (same talks, listed once)",
        "ALSO READ: 'Shastri to address the nation on food prices' (furniture)"]),

    # Friday wire "Friday, June 23, 1989" (manifest 1989-06-23); dispatch "GBADOLITE, Zaire, June 22"
    # (Thursday), so "today" and "tonight" are 22 Jun.
    # "shook hands today ... in front of eighteen African heads of state gathered by President Mobutu"
    #   -> summit 22 Jun; named people present are participants; the body is a group.
    # "withdrew with Marshal Mobutu for a private conversation of about forty minutes" -> separate
    #   encounter (three people), 22 Jun.
    # "Delegations ... are to begin negotiations under Marshal Mobutu's chairmanship on Wednesday" ->
    #   planned Wed 28 Jun; venue not given (null).
    # New York "last December" -> 1988-12 (key 22 Dec 1988); Luanda "in July 1986" -> 1986-07.
    # "due at the White House on June 29 for talks with President George Bush" -> planned.
    # "received a telephone call from Mr. Bush tonight" -> call, 22 Jun.
    ("007", "1989-06-23", False, [
        ev("1989-06-22-gbadolite-bongo-chissano-dos-santos-kaunda-mobutu-mugabe-savimbi", M, OCC,
           "1989-06-22", "Gbadolite", [MOBUTU, DOS_SANTOS, SAVIMBI, KAUNDA, MUGABE, CHISSANO, BONGO],
           ["African heads of state"],
           "shook hands today for the first time, in front of eighteen African heads of state"),
        ev("1989-06-22-gbadolite-dos-santos-mobutu-savimbi", M, OCC, "1989-06-22", "Gbadolite",
           [DOS_SANTOS, SAVIMBI, MOBUTU], [],
           "withdrew with Marshal Mobutu for a private conversation of about forty minutes"),
        ev("1989-06-28-angola-mobutu-unita", M, PLN, "1989-06-28", None, [MOBUTU], ["Angola", "UNITA"],
           "Delegations of the Luanda government and UNITA are to begin negotiations under Marshal Mobutu's chairmanship"),
        ev("1988-12-22-new-york-botha-malmierca-shultz-van-dunem", M, OCC, "1988-12", "New York",
           [VAN_DUNEM, MALMIERCA, BOTHA, SHULTZ], [],
           "Van-Dunem signed the accords on Namibia and the Cuban withdrawal with Cuba's Isidoro Malmierca"),
        ev("1986-07-luanda-dos-santos-mobutu", M, OCC, "1986-07", "Luanda", [MOBUTU, DOS_SANTOS], [],
           "Marshal Mobutu himself went to Luanda in July 1986 to see Mr. dos Santos"),
        ev("1989-06-29-washington-bush-mobutu", M, PLN, "1989-06-29", "Washington", [MOBUTU, BUSH], [],
           "is due at the White House on June 29 for talks with President George Bush"),
        ev("1989-06-22-bush-mobutu-call", C, OCC, "1989-06-22", None, [MOBUTU, BUSH], [],
           "received a telephone call from Mr. Bush tonight, his office said"),
    ], ["'The ceasefire is due to take effect at midnight on Friday' (not a meeting)",
        "'UNITA officials insisted tonight' (statement); 'Dr. Kaunda, who told reporters' (remarks)",
        "'South Africa was not represented' (negation); Pretoria 'noted' the outcome (statement)",
        "Photo caption 'shake hands as Marshal Mobutu looks on' (same summit, listed once)",
        "Related coverage / Latest news (furniture)"]),

    # Japanese English daily; manifest null. The page prints "1998/10/09 07:30 JST" (Friday).
    # "on Thursday signed a joint declaration ... after talks at the Prime Minister's Official
    #   Residence" -> 8 Oct, Tokyo.
    # "Kim arrived on Wednesday ... That afternoon he and his wife ... were welcomed by Emperor
    #   Akihito and Empress Michiko at the Imperial Palace, where the Emperor later hosted a state
    #   banquet" -> 7 Oct, one event (welcome and banquet the same day, same people).
    # "Obuchi telephoned Kim on July 31" -> call.
    # Hashimoto "in London in April" -> 1998-04; Beppu "in January last year" -> 1997-01.
    # Basic treaty "signed in Tokyo on June 22, 1965, by ... Shiina and Lee Tong Won" -> 1965-06-22.
    # Jiang "is to hold talks with him in Tokyo late next month" -> planned 1998-11 (key 26 Nov).
    ("008", "1998-10-09", True, [
        ev("1998-10-08-tokyo-kim-obuchi", M, OCC, "1998-10-08", "Tokyo", [OBUCHI, KIM_DJ], [],
           "after talks at the Prime Minister's Official Residence"),
        ev("1998-10-07-tokyo-akihito-kim-lee-michiko", M, OCC, "1998-10-07", "Tokyo",
           [KIM_DJ, LEE_HH, AKIHITO, MICHIKO], [],
           "were welcomed by Emperor Akihito and Empress Michiko at the Imperial Palace"),
        ev("1998-07-31-kim-obuchi-call", C, OCC, "1998-07-31", None, [OBUCHI, KIM_DJ], [],
           "Obuchi telephoned Kim on July 31, the day after he took office"),
        ev("1998-04-london-hashimoto-kim", M, OCC, "1998-04", "London", [KIM_DJ, HASHIMOTO], [],
           "with Ryutaro Hashimoto on the sidelines of the Asia-Europe Meeting in London in April"),
        ev("1997-01-beppu-hashimoto-kim", M, OCC, "1997-01", "Beppu", [KIM_YS, HASHIMOTO], [],
           "the meeting between Kim Young Sam and Hashimoto at the hot-spring resort of Beppu"),
        ev("1965-06-22-tokyo-lee-shiina", M, OCC, "1965-06-22", "Tokyo", [SHIINA, LEE_TW], [],
           "in Tokyo on June 22, 1965, by Foreign Ministers Etsusaburo Shiina and Lee Tong Won"),
        ev("1998-11-26-tokyo-jiang-obuchi", M, PLN, "1998-11", "Tokyo", [JIANG, OBUCHI], [],
           "who is to hold talks with him in Tokyo late next month"),
    ], ["'invite the Emperor to visit South Korea, but ... no date was discussed' (invitation)",
        "'The two leaders had not met in person before this week' (negation)",
        "'Kim addressed the Diet' (speech)",
        "'Kim is due in Osaka on Saturday before returning to Seoul' (travel)",
        "'That visit was postponed from September' (the Jiang visit is listed once, as planned)",
        "Related articles / Most viewed (furniture)"]),

    # Thursday regional paper "Suva | Thursday 20 November 2014" (manifest 2014-11-20).
    # "held talks with Prime Minister Voreqe Bainimarama in Suva yesterday" -> 19 Nov.
    # "Later in the day Mr Modi hosted leaders and senior ministers from 14 Pacific Island countries
    #   at a lunch"; "Mr Bainimarama co-chaired" -> gathering 19 Nov, group.
    # "in Canberra, where he held talks with Tony Abbott on Tuesday" -> 18 Nov.
    # "telephoned Mr Bainimarama in September" -> call 2014-09 (month key). "Bainimaram" is a typo.
    # "Indira Gandhi, held talks with Ratu Sir Kamisese Mara here in 1981" -> year only (key 1981-09).
    # Xi "arrives in Nadi tomorrow. He is scheduled to hold talks with Mr Bainimarama on Saturday and
    #   will meet leaders of Pacific Island countries ... the same day" -> two planned events, 22 Nov,
    #   Nadi.
    ("009", "2014-11-20", False, [
        ev("2014-11-19-suva-bainimarama-modi", M, OCC, "2014-11-19", "Suva", [MODI, BAINIMARAMA], [],
           "held talks with Prime Minister Voreqe Bainimarama in Suva yesterday"),
        ev("2014-11-19-suva-bainimarama-modi-pacific-islands", M, OCC, "2014-11-19", "Suva",
           [MODI, BAINIMARAMA], ["Pacific Island countries"],
           "Mr Modi hosted leaders and senior ministers from 14 Pacific Island countries at a lunch"),
        ev("2014-11-18-canberra-abbott-modi", M, OCC, "2014-11-18", "Canberra", [MODI, ABBOTT], [],
           "where he held talks with Tony Abbott on Tuesday"),
        ev("2014-09-bainimarama-modi-call", C, OCC, "2014-09", None, [MODI, BAINIMARAMA], [],
           "Mr Modi had telephoned Mr Bainimarama in September to congratulate him"),
        ev("1981-09-suva-gandhi-mara", M, OCC, "1981", "Suva", [INDIRA, MARA], [],
           "Indira Gandhi, held talks with Ratu Sir Kamisese Mara here in 1981"),
        ev("2014-11-22-nadi-bainimarama-xi", M, PLN, "2014-11-22", "Nadi", [XI, BAINIMARAMA], [],
           "He is scheduled to hold talks with Mr Bainimarama on Saturday"),
        ev("2014-11-22-nadi-pacific-islands-xi", M, PLN, "2014-11-22", "Nadi", [XI],
           ["Pacific Island countries"],
           "will meet leaders of Pacific Island countries that have diplomatic relations with Beijing"),
    ], ["'addressed a special sitting of Parliament' and 'spoke to a crowd ... at Albert Park' (speeches)",
        "'He had attended the G20 summit in Brisbane at the weekend' (backdrop; no encounter stated)",
        "'Mr Bainimaram told reporters' (remarks)",
        "'Chinese President Xi Jinping arrives in Nadi tomorrow' (travel; the talks are the events)",
        "'Ro Teimumu Kepa was not invited' (negation)",
        "'An invitation for Mr Bainimarama to visit New Delhi was extended, but no date has been set' (invitation)",
        "Photo caption 'inspect a guard of honour at Albert Park yesterday' (ceremony, same visit)",
        "RELATED / MOST READ (furniture)"]),

    # Live blog "Thursday 8 February 2007 | Updated 23:58 Mecca time" (manifest 2007-02-08).
    # 23:40 "signed the agreement at al-Safa palace tonight after two days of talks, with King
    #   Abdullah looking on"; 16:45 "The talks here opened on Wednesday" -> 7-8 Feb (date_end);
    #   Haniyeh "led Hamas's team alongside Meshal"; "The Fatah delegation included Mohammed Dahlan"
    #   -> participant; groups Fatah and Hamas. "Meshal" = Khaled Meshaal.
    # 20:30 "Condoleezza Rice telephoned Abbas on Wednesday night" -> call 7 Feb; "due to meet Abbas
    #   and ... Olmert in Jerusalem on February 19" -> planned.
    # 16:45 "Abbas and Meshal last met in Damascus on January 21" -> 21 Jan 2007.
    # 14:20 the Quartet "met in Washington on February 2, hosted by Rice, with ... Ban Ki-moon at the
    #   table" -> gathering with group.
    # 10:30 "Arab leaders gather in Riyadh at the end of March for the Arab League summit, which King
    #   Abdullah will host" -> planned 2007-03 (key 28 Mar).
    ("010", "2007-02-08", False, [
        ev("2007-02-07-mecca-abbas-bin-abdulaziz-dahlan-haniyeh-meshaal", M, OCC, "2007-02-07", "Mecca",
           [ABBAS, MESHAAL, HANIYEH, DAHLAN, KING_ABDULLAH], ["Fatah", "Hamas"],
           "signed the agreement at al-Safa palace tonight after two days of talks",
           date_end="2007-02-08"),
        ev("2007-02-07-abbas-rice-call", C, OCC, "2007-02-07", None, [RICE, ABBAS], [],
           "Condoleezza Rice telephoned Abbas on Wednesday night"),
        ev("2007-02-19-jerusalem-abbas-olmert-rice", M, PLN, "2007-02-19", "Jerusalem",
           [RICE, ABBAS, OLMERT], [],
           "due to meet Abbas and Israeli Prime Minister Ehud Olmert in Jerusalem on February 19"),
        ev("2007-01-21-damascus-abbas-meshaal", M, OCC, "2007-01-21", "Damascus", [ABBAS, MESHAAL], [],
           "Abbas and Meshal last met in Damascus on January 21"),
        ev("2007-02-02-washington-ban-quartet-rice", M, OCC, "2007-02-02", "Washington",
           [RICE, BAN], ["Quartet"],
           "met in Washington on February 2, hosted by Rice"),
        ev("2007-03-28-riyadh-arab-league-bin-abdulaziz", M, PLN, "2007-03", "Riyadh",
           [KING_ABDULLAH], ["Arab League"],
           "Arab leaders gather in Riyadh at the end of March for the Arab League summit"),
    ], ["'Meshal told a news conference' (press conference)",
        "'there would be no meeting with any Israeli official' (negation)",
        "'Haniyeh prayed at the Grand Mosque' (no encounter)",
        "'Olmert told his cabinet on Sunday' (internal to one government)",
        "'Haniyeh ... is to form a national unity government' (not a meeting)",
        "Related: 'who's who in the Hamas and Fatah delegations' (furniture)"]),

    # Regional site; manifest null. The page prints "06.09.2017 | 18:20" (Wednesday 6 Sep 2017).
    # "wrapped up ... on Wednesday, meeting Prime Minister Sapar Isakov in the morning and,
    #   separately, parliament speaker Chynybai Tursunbekov" -> two events, 6 Sep, Bishkek.
    # "on Tuesday, when he and President Almazbek Atambaev held talks first in a narrow format and
    #   then with full delegations" -> 5 Sep, Bishkek; groups. "Atambaev"/"Mirziyoev" are
    #   transliteration variants.
    # "Kamilov and ... Abdyldaev initialled the draft treaty on Monday" -> 4 Sep, place not stated.
    # "Aripov came to Bishkek on August 16 for talks with Isakov" -> 16 Aug.
    # "spoke by telephone in late August" -> call, 2017-08 (month key).
    # "They last met in June, on the sidelines of the Shanghai Cooperation Organisation summit in
    #   Astana" -> 2017-06 (month key; the summit is a backdrop).
    # "due to see each other again at the CIS summit in Sochi on October 11" -> planned.
    ("011", "2017-09-06", True, [
        ev("2017-09-06-bishkek-isakov-mirziyoyev", M, OCC, "2017-09-06", "Bishkek",
           [MIRZIYOYEV, ISAKOV], [],
           "meeting Prime Minister Sapar Isakov in the morning"),
        ev("2017-09-06-bishkek-mirziyoyev-tursunbekov", M, OCC, "2017-09-06", "Bishkek",
           [MIRZIYOYEV, TURSUNBEKOV], [],
           "separately, parliament speaker Chynybai Tursunbekov before flying home to Tashkent"),
        ev("2017-09-05-bishkek-atambayev-mirziyoyev", M, OCC, "2017-09-05", "Bishkek",
           [MIRZIYOYEV, ATAMBAYEV], ["Kyrgyzstan", "Uzbekistan"],
           "he and President Almazbek Atambaev held talks first in a narrow format"),
        ev("2017-09-04-abdyldaev-kamilov", M, OCC, "2017-09-04", None, [KAMILOV, ABDYLDAEV], [],
           "Foreign Ministers Abdulaziz Kamilov and Erlan Abdyldaev initialled the draft treaty on Monday"),
        ev("2017-08-16-bishkek-aripov-isakov", M, OCC, "2017-08-16", "Bishkek", [ARIPOV, ISAKOV], [],
           "Abdulla Aripov came to Bishkek on August 16 for talks with Isakov"),
        ev("2017-08-atambayev-mirziyoyev-call", C, OCC, "2017-08", None, [ATAMBAYEV, MIRZIYOYEV], [],
           "The two presidents spoke by telephone in late August to confirm the dates"),
        ev("2017-06-astana-atambayev-mirziyoyev", M, OCC, "2017-06", "Astana", [ATAMBAYEV, MIRZIYOYEV], [],
           "They last met in June, on the sidelines of the Shanghai Cooperation Organisation summit"),
        ev("2017-10-11-sochi-atambayev-mirziyoyev", M, PLN, "2017-10-11", "Sochi",
           [ATAMBAYEV, MIRZIYOYEV], [],
           "due to see each other again at the CIS summit in Sochi on October 11"),
    ], ["'\"Both our peoples have waited more than twenty years for this,\" Atambaev said' (remarks)",
        "'opening his remarks in Kyrgyz' (speech)",
        "'Kyrgyzstan elects Atambaev's successor' (election)",
        "'Jeenbekov, took no part in the official talks' (negation)",
        "'A trip by Mirziyoev to Osh ... did not take place' (negation); 'whether a visit to the south "
        "could follow later in the year' (hedge)",
        "Photo caption 'at the signing ceremony on Tuesday' (same talks, listed once)",
        "Read also / Most read (furniture)"]),

    # Saturday magazine analysis "Saturday 27 October 2018" (manifest 2018-10-27).
    # "Netanyahu spent Thursday and Friday in the sultanate, holding talks with Qabus" -> 25-26 Oct
    #   (date_end), Muscat; Sara Netanyahu received with him; Cohen and Ben-Shabbat "accompanied".
    #   "Qabus" = Qaboos bin Said.
    # "The Palestinian president was received by the sultan in Muscat on Monday" -> 22 Oct.
    # "On Friday ... Qabus telephoned Abbas" -> call, 26 Oct.
    # Peres "in April 1996" -> 1996-04 ("there" = Muscat); Rabin "in Muscat in December 1994" ->
    #   1994-12 (month keys).
    # "On Wednesday he co-chaired an innovation conference in Jerusalem with ... Wang Qishan" -> 24 Oct.
    # "due in ... Varna next Friday for a four-way summit with Boyko Borisov, Alexis Tsipras and
    #   Viorica Dancila" -> planned, Fri 2 Nov (Saturday article: the coming Friday).
    ("012", "2018-10-27", False, [
        ev("2018-10-25-muscat-ben-shabbat-cohen-netanyahu-qaboos", M, OCC, "2018-10-25", "Muscat",
           [NETANYAHU, SARA, QABOOS, COHEN, BEN_SHABBAT], [],
           "Netanyahu spent Thursday and Friday in the sultanate, holding talks with Qabus",
           date_end="2018-10-26"),
        ev("2018-10-22-muscat-abbas-qaboos", M, OCC, "2018-10-22", "Muscat", [ABBAS, QABOOS], [],
           "The Palestinian president was received by the sultan in Muscat on Monday"),
        ev("2018-10-26-abbas-qaboos-call", C, OCC, "2018-10-26", None, [QABOOS, ABBAS], [],
           "Qabus telephoned Abbas to brief him on the Israeli visit"),
        ev("1996-04-muscat-peres-qaboos", M, OCC, "1996-04", "Muscat", [PERES, QABOOS], [],
           "received by the sultan there was Shimon Peres, in April 1996"),
        ev("1994-12-muscat-qaboos-rabin", M, OCC, "1994-12", "Muscat", [RABIN, QABOOS], [],
           "Yitzhak Rabin had been received by Qabus in Muscat in December 1994"),
        ev("2018-10-24-jerusalem-netanyahu-wang", M, OCC, "2018-10-24", "Jerusalem",
           [NETANYAHU, WANG_QS], [],
           "On Wednesday he co-chaired an innovation conference in Jerusalem with China's Vice President Wang Qishan"),
        ev("2018-11-02-varna-borisov-dancila-netanyahu-tsipras", M, PLN, "2018-11-02", "Varna",
           [NETANYAHU, BORISOV, TSIPRAS, DANCILA], [],
           "He is due in the Bulgarian port of Varna next Friday for a four-way summit"),
    ], ["'The photographs were released only once Benjamin Netanyahu was safely home' (no new event)",
        "'Yusuf bin Alawi, told the Manama Dialogue in Bahrain this morning' (speech)",
        "'In February he made a rare visit to Jerusalem's al-Aqsa mosque' (visit, no encounter)",
        "'Katz is \"expected to meet Omani officials\", though no meeting has been announced' (vague)",
        "'Those offices' / trade offices (not meetings)",
        "Photo caption 'Netanyahu and Sultan Qabus in Muscat' (same visit, listed once)",
        "Related: 'Abbas in Muscat: what the Palestinians asked for' (furniture)"]),

    # Live blog with weekdays only; manifest null. The true date is Fri 12 May 2023, but the page
    # prints no year anywhere ("Live updates | Friday"; "April 15" has no year), so every date is
    # null (eval rule 10). Keys carry the real dates.
    # 13:20 "opened in Jeddah on Saturday between representatives of the Sudanese Armed Forces and
    #   the Rapid Support Forces, with Saudi and US facilitators in the room. Late on Thursday the
    #   two sides signed" -> one round, groups only (key 6 May 2023).
    # 11:55 Blinken-Faisal bin Farhan call "last Friday" (key 5 May); Blinken "called Burhan and
    #   Hemeti separately, on the fourth day of the fighting" -> two calls (key 18 Apr). "Hemeti" =
    #   Mohamed Hamdan Dagalo.
    # 11:10 "Griffiths, who met both delegations in Jeddah on Sunday" (key 7 May).
    # 10:30 "Mohammed bin Salman received ... Jake Sullivan, who was joined by ... Tahnoun bin Zayed
    #   and ... Ajit Doval" (key 7 May).
    # 09:00 "Arab leaders are due in Jeddah next Friday for the Arab League summit" -> planned.
    ("013", "2023-05-12", True, [
        ev("2023-05-06-jeddah-rapid-support-forces-sudanese-armed-forces", M, OCC, None, "Jeddah", [],
           ["Sudanese Armed Forces", "Rapid Support Forces", "Saudi Arabia", "United States"],
           "between representatives of the Sudanese Armed Forces and the Rapid Support Forces"),
        ev("2023-05-05-bin-farhan-blinken-call", C, OCC, None, None, [BLINKEN, FAISAL], [],
           "Antony Blinken spoke by phone with Saudi Foreign Minister Prince Faisal bin Farhan last Friday"),
        ev("2023-04-18-blinken-burhan-call", C, OCC, None, None, [BLINKEN, BURHAN], [],
           "Blinken had earlier called Burhan and Hemeti separately, on the fourth day of the fighting"),
        ev("2023-04-18-blinken-dagalo-call", C, OCC, None, None, [BLINKEN, DAGALO], [],
           "Blinken had earlier called Burhan and Hemeti separately, on the fourth day of the fighting"),
        ev("2023-05-07-jeddah-griffiths", M, OCC, None, "Jeddah", [GRIFFITHS],
           ["Sudanese Armed Forces", "Rapid Support Forces"],
           "Martin Griffiths, who met both delegations in Jeddah on Sunday"),
        ev("2023-05-07-jeddah-bin-salman-bin-zayed-doval-sullivan", M, OCC, None, "Jeddah",
           [MBS, SULLIVAN, TAHNOUN, DOVAL], [],
           "Crown Prince Mohammed bin Salman received US national security adviser Jake Sullivan"),
        ev("2023-05-19-jeddah-arab-league", M, PLN, None, "Jeddah", [], ["Arab League"],
           "Arab leaders are due in Jeddah next Friday for the Arab League summit"),
    ], ["14:05 'work on a ceasefire ... resumed this morning' (continuation of the same talks)",
        "Key point 'Army and RSF envoys sign a declaration' (same talks, listed once)",
        "12:40 'Neither ... al-Burhan nor ... Dagalo ... has come to Jeddah'; 'have not spoken directly' (negations)",
        "11:10 Griffiths 'says aid convoys still cannot move safely' (statement)",
        "09:45 IGAD's plan to send three presidents to Khartoum 'has not materialised' (did not happen)",
        "08:15 'Hemeti posted a voice message' (social media); 'Burhan's office has not commented'",
        "Related / Most read (furniture)"]),

    # Thursday wire "Thursday, November 23, 2017" (manifest 2017-11-23); dateline "NAYPYITAW, Nov 23".
    # Naypyitaw -> canonical "Naypyidaw"; "here" and "the capital" refer to it. "Mahmud Ali" =
    #   Abul Hassan Mahmood Ali.
    # "signed the document at the ministry this afternoon, a day after the two men co-chaired a
    #   ministerial meeting here" -> two events in one sentence: 23 Nov and 22 Nov.
    # "called on State Counsellor Aung San Suu Kyi on Thursday morning" -> 23 Nov.
    # "eight days after ... Tillerson flew to Naypyitaw and met Suu Kyi and, separately, the army
    #   chief" -> two events, 15 Nov. "He had telephoned Min Aung Hlaing last month" -> call 2017-10.
    # Wang Yi "saw ... Sheikh Hasina in Dhaka on Saturday" -> 18 Nov; "before meeting Suu Kyi here on
    #   Sunday" -> 19 Nov.
    # ASEM foreign ministers "that Suu Kyi hosted in the capital on Monday and Tuesday", Wang "stayed
    #   on", Mogherini "also attended" -> 20-21 Nov, gathering with group.
    # "will meet Suu Kyi in Naypyitaw on Tuesday" -> planned 28 Nov.
    ("014", "2017-11-23", False, [
        ev("2017-11-23-naypyidaw-kyaw-tint-swe-mahmood-ali", M, OCC, "2017-11-23", "Naypyidaw",
           [MAHMOOD_ALI, KYAW_TINT_SWE], [],
           "signed the document at the ministry this afternoon"),
        ev("2017-11-22-naypyidaw-kyaw-tint-swe-mahmood-ali", M, OCC, "2017-11-22", "Naypyidaw",
           [MAHMOOD_ALI, KYAW_TINT_SWE], [],
           "a day after the two men co-chaired a ministerial meeting here"),
        ev("2017-11-23-naypyidaw-mahmood-ali-suu-kyi", M, OCC, "2017-11-23", "Naypyidaw",
           [MAHMOOD_ALI, SUU_KYI], [],
           "Mahmud Ali also called on State Counsellor Aung San Suu Kyi on Thursday morning"),
        ev("2017-11-15-naypyidaw-suu-kyi-tillerson", M, OCC, "2017-11-15", "Naypyidaw",
           [TILLERSON, SUU_KYI], [],
           "Rex Tillerson flew to Naypyitaw and met Suu Kyi and, separately, the army chief"),
        ev("2017-11-15-naypyidaw-min-aung-hlaing-tillerson", M, OCC, "2017-11-15", "Naypyidaw",
           [TILLERSON, MIN_AUNG_HLAING], [],
           "Rex Tillerson flew to Naypyitaw and met Suu Kyi and, separately, the army chief"),
        ev("2017-10-min-aung-hlaing-tillerson-call", C, OCC, "2017-10", None,
           [TILLERSON, MIN_AUNG_HLAING], [],
           "He had telephoned Min Aung Hlaing last month to urge restraint"),
        ev("2017-11-18-dhaka-hasina-wang", M, OCC, "2017-11-18", "Dhaka", [WANG_YI, HASINA], [],
           "who saw Prime Minister Sheikh Hasina in Dhaka on Saturday"),
        ev("2017-11-19-naypyidaw-suu-kyi-wang", M, OCC, "2017-11-19", "Naypyidaw", [WANG_YI, SUU_KYI], [],
           "before meeting Suu Kyi here on Sunday"),
        ev("2017-11-20-naypyidaw-asia-europe-meeting-mogherini-suu-kyi-wang", M, OCC, "2017-11-20",
           "Naypyidaw", [SUU_KYI, WANG_YI, MOGHERINI], ["Asia-Europe Meeting"],
           "Meeting of foreign ministers that Suu Kyi hosted in the capital on Monday and Tuesday",
           date_end="2017-11-21"),
        ev("2017-11-28-naypyidaw-francis-suu-kyi", M, PLN, "2017-11-28", "Naypyidaw",
           [FRANCIS, SUU_KYI], [],
           "will meet Suu Kyi in Naypyitaw on Tuesday"),
    ], ["'\"This is the first step,\" he told reporters afterwards' (remarks)",
        "'a joint working group is to be set up within three weeks' (no concrete occasion)",
        "'On Wednesday in Washington, Tillerson described the military's campaign' (statement)",
        "'has proposed a three-phase plan' (proposal)",
        "'Pope Francis is due in Yangon on Monday' (travel); 'would not say when, or whether, he would "
        "also see the army chief' (unconfirmed)",
        "'Sheikh Hasina, asked in Dhaka on Wednesday' (remarks)",
        "Photo caption 'exchange documents after the signing' (same signing, listed once)",
        "Related stories: 'Pope's itinerary' (furniture)"]),
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
