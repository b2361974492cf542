#!/usr/bin/env python3
"""Generate gold.jsonl and manifest.jsonl for the holdout24 BLIND held-out corpus.

BLIND: the engineer working on `dossier` must not read this file (see README.md, first paragraph).

Run:  python3 data/holdout24/build_gold.py   then   python3 data/eval/validate.py data/holdout24
Each article lists its true publication date, whether the manifest hides it, its gold events,
and (for documentation only) the traps it contains that must NOT be extracted.
The corpus covers real, mostly less-famous occasions from 1955 to 2024 in every region (Africa,
Latin America, the Caribbean, South Asia, Southeast Asia, East Asia, the Middle East, Central
Asia, Europe, Oceania and North America) with a mix of event types: occurred in-person
meetings, planned meetings, phone calls, and gatherings or delegation-only talks with groups.
Three pages have no date in the manifest: 003 (a "27/IV/1973" edition line), 008 (no date at
all, so every date is null) and 009 (an ISO-like "2002-06-05 09:40 (GMT+6)" post stamp).
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

# canonical names
KABILA, DOS_SANTOS, NUJOMA, MUGABE, MUSEVENI, BIZIMUNGU, CHILUBA, ANNAN, GADDAFI = (
    "Laurent-Desire Kabila", "Jose Eduardo dos Santos", "Sam Nujoma", "Robert Mugabe",
    "Yoweri Museveni", "Pasteur Bizimungu", "Frederick Chiluba", "Kofi Annan", "Muammar Gaddafi")
ALIER, MONDIRI, CARR, HAILE_SELASSIE, NIMEIRY = (
    "Abel Alier", "Ezboni Mondiri", "Burgess Carr", "Haile Selassie", "Gaafar Nimeiry")
LULA, MADURO, FLORES, FERNANDEZ, BORIC, PETRO, LACALLE_POU, OTAROLA = (
    "Luiz Inacio Lula da Silva", "Nicolas Maduro", "Cilia Flores", "Alberto Fernandez",
    "Gabriel Boric", "Gustavo Petro", "Luis Lacalle Pou", "Alberto Otarola")
STROESSNER, MEDICI, SAPENA, GIBSON, MAGALHAES, CASTELO_BRANCO = (
    "Alfredo Stroessner", "Emilio Garrastazu Medici", "Raul Sapena Pastor",
    "Mario Gibson Barboza", "Juracy Magalhaes", "Humberto Castelo Branco")
CHARLES, COMPTON, ADAMS, SEAGA, CHAMBERS, BURNHAM, REAGAN, BISHOP, CLARK = (
    "Eugenia Charles", "John Compton", "Tom Adams", "Edward Seaga", "George Chambers",
    "Forbes Burnham", "Ronald Reagan", "Maurice Bishop", "William Clark")
DEVE_GOWDA, HASINA, GUJRAL, SHARMA, HAIDER, SOBHAN, BASU = (
    "H. D. Deve Gowda", "Sheikh Hasina", "I. K. Gujral", "Shankar Dayal Sharma",
    "Salman Haider", "Farooq Sobhan", "Jyoti Basu")
SUHARTO, MARCOS, LEE_KY, HUSSEIN_ONN, KUKRIT, MALIK, ROMULO, RAJARATNAM, RITHAUDDEEN, \
    CHATICHAI, RAZAK = (
        "Suharto", "Ferdinand Marcos", "Lee Kuan Yew", "Hussein Onn", "Kukrit Pramoj",
        "Adam Malik", "Carlos P. Romulo", "S. Rajaratnam", "Tengku Ahmad Rithauddeen",
        "Chatichai Choonhavan", "Abdul Razak Hussein")
ROH, YANG, JIANG, LI_PENG, HUANG_JU, QIAN, LEE_SO = (
    "Roh Tae-woo", "Yang Shangkun", "Jiang Zemin", "Li Peng", "Huang Ju", "Qian Qichen",
    "Lee Sang-ock")
SALEH, AL_BEIDH, ISMAIL, JABER, FAHD = (
    "Ali Abdullah Saleh", "Ali Salem al-Beidh", "Abdul Fattah Ismail", "Jaber Al-Ahmad Al-Sabah",
    "Fahd bin Abdulaziz Al Saud")
NAZARBAYEV, PUTIN, VAJPAYEE, MUSHARRAF = (
    "Nursultan Nazarbayev", "Vladimir Putin", "Atal Bihari Vajpayee", "Pervez Musharraf")
MOLOTOV, DULLES, MACMILLAN, PINAY, FIGL, RAAB, SCHARF, KREISKY, BULGANIN, KHRUSHCHEV, TITO = (
    "Vyacheslav Molotov", "John Foster Dulles", "Harold Macmillan", "Antoine Pinay",
    "Leopold Figl", "Julius Raab", "Adolf Scharf", "Bruno Kreisky", "Nikolai Bulganin",
    "Nikita Khrushchev", "Josip Broz Tito")
HAVEL, WALESA, ANTALL, DIENSTBIER, SKUBISZEWSKI, JESZENSZKY = (
    "Vaclav Havel", "Lech Walesa", "Jozsef Antall", "Jiri Dienstbier", "Krzysztof Skubiszewski",
    "Geza Jeszenszky")
DAVIS, HAWKE, LANGE, MARA, SOMARE, LINI, PUAPUA, SHULTZ = (
    "Tom Davis", "Bob Hawke", "David Lange", "Kamisese Mara", "Michael Somare", "Walter Lini",
    "Tomasi Puapua", "George Shultz")
JOHNSON, PEARSON, MARTIN, RUSK, KENNEDY = (
    "Lyndon B. Johnson", "Lester B. Pearson", "Paul Martin Sr.", "Dean Rusk", "John F. Kennedy")
WANG_YI, AL_ALOUL, ABU_MARZOUK, ABBAS, XI, NETANYAHU, BIDEN, TRUMP = (
    "Wang Yi", "Mahmoud al-Aloul", "Mousa Abu Marzouk", "Mahmoud Abbas", "Xi Jinping",
    "Benjamin Netanyahu", "Joe Biden", "Donald Trump")


def ev(key, kind, status, date, location, participants, groups, evidence, date_end=None):
    e = {"key": key, "kind": kind, "status": status, "date": date}
    if date_end:
        e["date_end"] = date_end
    e.update({"location": location, "participants": participants, "groups": groups,
              "evidence": evidence})
    return e


M, C, OCC, PLN = "meeting", "call", "occurred", "planned"

ARTICLES = [
    # 000 - wire page, header "Sunday, July 11, 1999" (manifest 1999-07-11); the dispatch is
    # "LUSAKA, July 10", so "today" and "this evening" are Sat 10 July.
    # Signing "here today": six heads of state named (Kabila, "Dos Santos", Nujoma, Mugabe,
    #   Museveni, Bizimungu) with Chiluba "presiding as host and mediator"; "envoys of the
    #   Organisation of African Unity and the United Nations" -> groups.
    # Ministers' meeting "here opened on June 29 and did not break up until Wednesday night"
    #   -> 29 Jun - 7 Jul (date_end), groups = the six states (no one named).
    # Mugabe and Kabila "withdrew for about half an hour to a side room" before the ceremony
    #   -> separate encounter (two people, before the signing), 10 July.
    # Chiluba "would receive the rebel leaders in Lusaka next week" -> planned, 1999-07 (12-18 Jul).
    # Annan "telephoned Chiluba this evening" -> call, 10 July.
    # Sirte accord "in April" -> 1999-04 (month key day from real date).
    # "regional summit in Maputo next month" -> planned SADC summit, 1999-08.
    ("000", "1999-07-11", False, [
        ev("1999-07-10-lusaka-bizimungu-chiluba-dos-santos-kabila-mugabe-museveni-nujoma", M, OCC,
           "1999-07-10", "Lusaka",
           [KABILA, DOS_SANTOS, NUJOMA, MUGABE, MUSEVENI, BIZIMUNGU, CHILUBA],
           ["Organization of African Unity", "United Nations"],
           "whose armies are fighting in Congo signed a ceasefire agreement here today"),
        ev("1999-06-29-lusaka-angola-drc-namibia-rwanda-uganda-zimbabwe", M, OCC, "1999-06-29",
           "Lusaka", [],
           ["Angola", "Democratic Republic of the Congo", "Namibia", "Rwanda", "Uganda", "Zimbabwe"],
           "whose meeting here opened on June 29 and did not break up until Wednesday night",
           date_end="1999-07-07"),
        ev("1999-07-10-lusaka-kabila-mugabe", M, OCC, "1999-07-10", "Lusaka", [MUGABE, KABILA], [],
           "Mr Mugabe and Mr Kabila withdrew for about half an hour to a side room"),
        ev("1999-07-lusaka-chiluba-rebels", M, PLN, "1999-07", "Lusaka", [CHILUBA],
           ["Movement for the Liberation of Congo", "Congolese Rally for Democracy"],
           "he would receive the rebel leaders in Lusaka next week"),
        ev("1999-07-10-annan-chiluba-call", C, OCC, "1999-07-10", None, [ANNAN, CHILUBA], [],
           "UN Secretary-General Kofi Annan telephoned Chiluba this evening to congratulate him"),
        ev("1999-04-18-sirte-gaddafi-kabila-museveni", M, OCC, "1999-04", "Sirte",
           [GADDAFI, KABILA, MUSEVENI], [],
           "the accord Muammar Gaddafi brokered between Kabila and Museveni at Sirte in April"),
        ev("1999-08-17-maputo-sadc", M, PLN, "1999-08", "Maputo", [],
           ["Southern African Development Community"],
           "Southern African leaders will review progress at their regional summit in Maputo next month"),
    ], ["'Neither rebel movement signed'; Bemba 'sent nobody' (negation)",
        "'Chiluba told reporters' (remarks; the planned reception is the event)",
        "Kabila: a meeting with the rebels 'could come when the guns are silent' (hypothetical)",
        "'Diplomats were cautious' (no encounter)",
        "'Museveni flew home'; 'Nujoma left for Windhoek' (travel)",
        "Photo caption 'Chiluba raises the signed accord' (same signing)",
        "RELATED: 'Kabila meets Kagame envoy in Kinshasa' (furniture)",
        "MOST READ: 'Zambia Airways creditors meet in London' (furniture; not diplomatic)"]),

    # 001 - evening paper, header "Monday, February 28, 1972" (manifest 1972-02-28); the dispatch
    # is "ADDIS ABABA, Feb. 27.", so "tonight" and "this evening" are Sun 27 Feb.
    # Talks "that had gone on here since February 16", signed tonight -> 16-27 Feb (date_end);
    #   Alier and Mondiri led the delegations, Carr "chaired the sessions" -> participants;
    #   groups Sudan (government) and the SSLM.
    # "on Friday, when Emperor Haile Selassie received Mr. Alier and Mr. Mondiri together" ->
    #   25 Feb, Jubilee Palace -> Addis Ababa.
    # "first sat face to face in this city in November" -> 1971-11, groups only (the WCC only
    #   "arranged" it; nobody from it is placed there, so it is not listed as a group).
    # "President Nimeiry telephoned the Emperor from Khartoum this evening" -> call 27 Feb.
    # "Instruments of ratification are to be exchanged in Addis Ababa on March 27, with the
    #   Emperor presiding" -> planned 1972-03-27.
    ("001", "1972-02-28", False, [
        ev("1972-02-16-addis-ababa-alier-carr-mondiri", M, OCC, "1972-02-16", "Addis Ababa",
           [ALIER, MONDIRI, CARR], ["Sudan", "Southern Sudan Liberation Movement"],
           "The Sudan Government and the Southern Sudan Liberation Movement tonight signed an agreement",
           date_end="1972-02-27"),
        ev("1972-02-25-addis-ababa-alier-haile-selassie-mondiri", M, OCC, "1972-02-25", "Addis Ababa",
           [HAILE_SELASSIE, ALIER, MONDIRI], [],
           "when Emperor Haile Selassie received Mr. Alier and Mr. Mondiri together at the Jubilee Palace"),
        ev("1971-11-addis-ababa-sslm-sudan", M, OCC, "1971-11", "Addis Ababa", [],
           ["Sudan", "Southern Sudan Liberation Movement"],
           "The two sides had first sat face to face in this city in November"),
        ev("1972-02-27-haile-selassie-nimeiry-call", C, OCC, "1972-02-27", None,
           [NIMEIRY, HAILE_SELASSIE], [],
           "President Nimeiry telephoned the Emperor from Khartoum this evening to thank him"),
        ev("1972-03-27-addis-ababa-haile-selassie-sslm-sudan", M, PLN, "1972-03-27", "Addis Ababa",
           [HAILE_SELASSIE], ["Sudan", "Southern Sudan Liberation Movement"],
           "Instruments of ratification are to be exchanged in Addis Ababa on March 27"),
    ], ["'Lagu ... who did not come to Addis Ababa' (negation)",
        "'A meeting between him and President Nimeiry has been mentioned ... no date or place' (vague)",
        "'Mr. Alier leaves for Khartoum tomorrow to report to the President' (internal to one government)",
        "'In a broadcast on Omdurman radio tonight' (broadcast)",
        "'There was no celebration at the conference hall' (no event)",
        "Caption 'Mr. Alier (left) and Mr. Mondiri after the signing' (same signing)",
        "ALSO READ: 'Emperor to open new OAU conference wing' (furniture)"]),

    # 002 - regional news site, byline date "31 May 2023, 07:15" (manifest 2023-05-31, Wednesday).
    # "Lula received Maduro at the Planalto Palace on Monday" -> 29 May, Brasilia; Cilia Flores
    #   "at her husband's side" -> participant.
    # "On Tuesday the presidents of ... sat down with Lula at the Itamaraty" -> 30 May, Brasilia.
    #   Named in the room: Fernandez, Boric, Petro, Lacalle Pou, Otarola; "the president of
    #   Venezuela" = Maduro (named earlier). Boluarte did not attend (not a participant).
    # UNASUR summit "in Ecuador in December 2014" -> location country, 2014-12, groups only.
    # "Lacalle Pou, who had hosted Lula in Montevideo in January" -> 2023-01.
    # "Mercosur presidents meet in Puerto Iguazu, Argentina, on July 4" -> planned 2023-07-04,
    #   with Fernandez "due to hand Lula" the presidency -> participants.
    ("002", "2023-05-31", False, [
        ev("2023-05-29-brasilia-flores-lula-maduro", M, OCC, "2023-05-29", "Brasilia",
           [LULA, MADURO, FLORES], [], "Lula received Maduro at the Planalto Palace on Monday"),
        ev("2023-05-30-brasilia-boric-fernandez-lacalle-pou-lula-maduro-otarola-petro", M, OCC,
           "2023-05-30", "Brasilia",
           [LULA, FERNANDEZ, BORIC, PETRO, LACALLE_POU, OTAROLA, MADURO], ["South American countries"],
           "sat down with Lula at the Itamaraty for a closed-door retreat"),
        ev("2014-12-05-ecuador-unasur", M, OCC, "2014-12", "Ecuador", [], ["UNASUR"],
           "the region's presidents sat together was at a UNASUR summit in Ecuador in December 2014"),
        ev("2023-01-25-montevideo-lacalle-pou-lula", M, OCC, "2023-01", "Montevideo",
           [LACALLE_POU, LULA], [], "Lacalle Pou, who had hosted Lula in Montevideo in January"),
        ev("2023-07-04-puerto-iguazu-fernandez-lula-mercosur", M, PLN, "2023-07-04", "Puerto Iguazu",
           [FERNANDEZ, LULA], ["Mercosur"],
           "Mercosur presidents meet in Puerto Iguazu, Argentina, on July 4"),
    ], ["Cookie banner; key-point bullets (summary of the same events)",
        "'called the visit \"a historic moment\"' (remarks)",
        "'Dina Boluarte, barred from leaving her country' (absence)",
        "'did not survive the press conferences'; Boric and Lacalle Pou remarks (statements)",
        "'a dinner for his guests at the Alvorada Palace' (same day, same guests: folded into the retreat)",
        "'a post on social media' (post)",
        "'report within 120 days on a possible regional body' (no concrete occasion)",
        "'No date or venue has been set for a second presidential meeting' (negation)",
        "Read more: 'Petro and Maduro reopen border crossing at Cucuta' (furniture)"]),

    # 003 - translated Paraguayan archive page, manifest null; the page prints
    # "Edicion del viernes 27/IV/1973" (Friday 27 April 1973), so "yesterday" is Thu 26 April.
    # Signing "yesterday in the Planalto Palace" by the two foreign ministers "in the presence of"
    #   both presidents -> 26 Apr, Brasilia, four participants.
    # "The night before ... the two presidents talked alone for more than an hour" -> 25 Apr,
    #   Alvorada Palace -> Brasilia.
    # Act of Yguazu "at Foz do Iguacu on 22 June 1966" -> full date.
    # Friendship Bridge "in March 1965" -> 1965-03 (key day from the real date).
    # "technical delegations of the two countries will meet in Asuncion next month" -> planned 1973-05.
    ("003", "1973-04-27", True, [
        ev("1973-04-26-brasilia-gibson-barboza-medici-sapena-pastor-stroessner", M, OCC, "1973-04-26",
           "Brasilia", [SAPENA, GIBSON, STROESSNER, MEDICI], [],
           "was signed yesterday in the Planalto Palace by the foreign ministers"),
        ev("1973-04-25-brasilia-medici-stroessner", M, OCC, "1973-04-25", "Brasilia",
           [MEDICI, STROESSNER], [],
           "the two presidents talked alone for more than an hour before the official dinner"),
        ev("1966-06-22-foz-do-iguacu-magalhaes-sapena-pastor", M, OCC, "1966-06-22", "Foz do Iguacu",
           [SAPENA, MAGALHAES], [],
           "the Act of Yguazu, signed by Sapena Pastor and the then Brazilian chancellor Juracy Magalhaes"),
        ev("1965-03-27-foz-do-iguacu-castelo-branco-stroessner", M, OCC, "1965-03", "Foz do Iguacu",
           [STROESSNER, CASTELO_BRANCO], [],
           "when Stroessner and Marshal Humberto Castelo Branco opened the Friendship Bridge at Foz do Iguacu"),
        ev("1973-05-asuncion-brazil-paraguay", M, PLN, "1973-05", "Asuncion", [],
           ["Brazil", "Paraguay"],
           "technical delegations of the two countries will meet in Asuncion next month"),
    ], ["'The two chiefs of state embraced after the signatures' (same signing)",
        "'the President spoke by telephone with his Minister of the Interior in Asuncion' "
        "(internal to one government)",
        "Argentine 'note of protest to Itamaraty on Wednesday' (statement)",
        "'An invitation attributed to President Lanusse ... was not answered' (unaccepted proposal)",
        "'General Stroessner returns to Asuncion on Saturday'; airport reception by the public (travel)",
        "Photo caption (same signing)",
        "Related / Most viewed sidebars (furniture)"]),

    # 004 - Barbadian daily, header "Wednesday, October 26, 1983" (manifest 1983-10-26).
    # OECS leaders "met in Bridgetown on Friday" -> 21 Oct; chair Charles; Compton named among
    #   the voices -> participants; group OECS.
    # Adams "had telephoned Jamaica's Edward Seaga on Thursday night" -> call 20 Oct.
    # Caricom heads "meeting in Port of Spain on Saturday and Sunday under Trinidad's George
    #   Chambers" -> 22-23 Oct (date_end); Burnham, Chambers and Seaga placed there.
    # "Miss Charles met President Reagan at the White House yesterday morning" -> 25 Oct, Washington.
    # Bishop "was received at the White House in June by National Security Adviser William Clark"
    #   -> 1983-06 (key day from the real date).
    # "New Delhi, where Commonwealth heads of government gather next month" -> planned 1983-11.
    ("004", "1983-10-26", False, [
        ev("1983-10-21-bridgetown-charles-compton-oecs", M, OCC, "1983-10-21", "Bridgetown",
           [CHARLES, COMPTON], ["Organisation of Eastern Caribbean States"],
           "Leaders of the Organisation of Eastern Caribbean States met in Bridgetown on Friday"),
        ev("1983-10-20-adams-seaga-call", C, OCC, "1983-10-20", None, [ADAMS, SEAGA], [],
           "who had telephoned Jamaica's Edward Seaga on Thursday night to sound him out"),
        ev("1983-10-22-port-of-spain-burnham-caricom-chambers-seaga", M, OCC, "1983-10-22",
           "Port of Spain", [CHAMBERS, BURNHAM, SEAGA], ["Caribbean Community"],
           "Caricom heads of government, meeting in Port of Spain on Saturday and Sunday",
           date_end="1983-10-23"),
        ev("1983-10-25-washington-charles-reagan", M, OCC, "1983-10-25", "Washington",
           [CHARLES, REAGAN], [], "Miss Charles met President Reagan at the White House yesterday morning"),
        ev("1983-06-07-washington-bishop-clark", M, OCC, "1983-06", "Washington", [BISHOP, CLARK], [],
           "was received at the White House in June by National Security Adviser William Clark"),
        ev("1983-11-23-new-delhi-commonwealth", M, PLN, "1983-11", "New Delhi", [], ["Commonwealth"],
           "New Delhi, where Commonwealth heads of government gather next month"),
    ], ["'troops ashore in Grenada before dawn yesterday' (military action, not a meeting)",
        "'would neither confirm nor deny reports that an American diplomat had seen Mr Adams' (unconfirmed)",
        "'before the two appeared together before reporters' (press appearance; the meeting is the event)",
        "'a meeting his ministers later called \"a door left ajar\"' (same June meeting)",
        "'Mr Chambers, in a statement last night' (statement)",
        "'Mrs Thatcher told the Commons' (parliamentary statement)",
        "'Nothing has been heard from the Governor-General ... since Monday' (no event)",
        "Caption 'Miss Charles with Mr Reagan in Washington' (same meeting)",
        "'a series of meetings that began in this city five days ago' (summary of the OECS meeting)",
        "Related stories sidebar (furniture)"]),

    # 005 - Indian daily web edition, "Friday, December 13, 1996" (manifest 1996-12-13); the
    # dispatch is "NEW DELHI, Dec. 12.", so "today" and "this evening" are Thu 12 Dec.
    # Signing "at Hyderabad House" today -> New Delhi.
    # Hasina "arrived on Tuesday"; Gujral "called on her within hours of her arrival" -> 10 Dec.
    # "on Wednesday she called on the President ... at Rashtrapati Bhavan" -> 11 Dec, New Delhi.
    # Haider-Sobhan "talks ... in Dhaka last month" -> 1996-11.
    # 1977 accord "Indian and Bangladeshi ministers signed in Dhaka in November 1977" -> groups only.
    # "Sheikh Hasina telephoned him in Calcutta this evening" (him = Jyoti Basu) -> call 12 Dec.
    # "Mr. Gowda will travel to Dhaka in the first week of January ... expected to hold talks with
    #   Sheikh Hasina" -> planned 1997-01.
    ("005", "1996-12-13", False, [
        ev("1996-12-12-new-delhi-deve-gowda-hasina", M, OCC, "1996-12-12", "New Delhi",
           [DEVE_GOWDA, HASINA], [], "Sheikh Hasina Wajed, signed a 30-year treaty at Hyderabad House"),
        ev("1996-12-10-new-delhi-gujral-hasina", M, OCC, "1996-12-10", "New Delhi", [GUJRAL, HASINA], [],
           "Mr. I. K. Gujral, called on her within hours of her arrival"),
        ev("1996-12-11-new-delhi-hasina-sharma", M, OCC, "1996-12-11", "New Delhi", [HASINA, SHARMA], [],
           "on Wednesday she called on the President, Dr. Shankar Dayal Sharma, at Rashtrapati Bhavan"),
        ev("1996-11-dhaka-haider-sobhan", M, OCC, "1996-11", "Dhaka", [HAIDER, SOBHAN], [],
           "whose talks with his Bangladeshi counterpart, Mr. Farooq Sobhan, in Dhaka last month"),
        ev("1977-11-05-dhaka-bangladesh-india", M, OCC, "1977-11", "Dhaka", [], ["India", "Bangladesh"],
           "the five-year accord Indian and Bangladeshi ministers signed in Dhaka in November 1977"),
        ev("1996-12-12-basu-hasina-call", C, OCC, "1996-12-12", None, [HASINA, BASU], [],
           "Sheikh Hasina telephoned him in Calcutta this evening to thank him"),
        ev("1997-01-06-dhaka-deve-gowda-hasina", M, PLN, "1997-01", "Dhaka", [DEVE_GOWDA, HASINA], [],
           "Mr. Gowda will travel to Dhaka in the first week of January"),
    ], ["'Mr. Jyoti Basu ... did not come to Delhi for the ceremony' (negation)",
        "'At a joint press conference' (press conference)",
        "Khaleda Zia 'called it a \"sell-out\"' (statement)",
        "'a visit by Sheikh Hasina to Calcutta on her way home had been considered but dropped' (cancelled)",
        "'Sheikh Hasina leaves for Dhaka tomorrow morning' (travel)",
        "Photo caption 'Mr. Deve Gouda and Sheikh Hasina exchange the treaty documents' (same signing)",
        "Related: 'Teesta talks next, says Dhaka' (furniture)"]),

    # 006 - Singapore evening paper, "WEDNESDAY, FEBRUARY 25, 1976" (manifest 1976-02-25); the
    # dispatch is "DENPASAR (Bali), Feb. 24.", so "today" and "this afternoon" are Tue 24 Feb and
    # "yesterday morning" is Mon 23 Feb.
    # Summit "ended ... here today", talks "began ... yesterday morning" -> 23-24 Feb (date_end).
    # Foreign ministers "spent Saturday and Sunday here" -> 21-22 Feb (date_end).
    # "Mr. Lee called on President Soeharto at his villa on Sunday evening" -> 22 Feb.
    # Marcos "telephoned President Soeharto last week" -> 16-22 Feb -> 1976-02.
    # Kuala Lumpur declaration "in November 1971 under Tun Abdul Razak" -> 1971-11.
    # "ASEAN economic ministers are to meet in Kuala Lumpur early next month" -> planned 1976-03.
    ("006", "1976-02-25", False, [
        ev("1976-02-23-denpasar-asean-hussein-onn-kukrit-lee-marcos-suharto", M, OCC, "1976-02-23",
           "Denpasar", [SUHARTO, MARCOS, LEE_KY, HUSSEIN_ONN, KUKRIT], ["ASEAN"],
           "ended their first summit here today with a treaty of amity", date_end="1976-02-24"),
        ev("1976-02-21-denpasar-asean-chatichai-malik-rajaratnam-rithauddeen-romulo", M, OCC,
           "1976-02-21", "Denpasar", [MALIK, ROMULO, RAJARATNAM, RITHAUDDEEN, CHATICHAI], ["ASEAN"],
           "spent Saturday and Sunday here working through them line by line", date_end="1976-02-22"),
        ev("1976-02-22-denpasar-lee-suharto", M, OCC, "1976-02-22", "Denpasar", [LEE_KY, SUHARTO], [],
           "Mr. Lee called on President Soeharto at his villa on Sunday evening"),
        ev("1976-02-marcos-suharto-call", C, OCC, "1976-02", None, [MARCOS, SUHARTO], [],
           "He telephoned President Soeharto last week to urge that the treaty be ready"),
        ev("1971-11-27-kuala-lumpur-asean-razak", M, OCC, "1971-11", "Kuala Lumpur", [RAZAK], ["ASEAN"],
           "the neutrality declaration the foreign ministers adopted in Kuala Lumpur in November 1971"),
        ev("1976-03-08-kuala-lumpur-asean-economic-ministers", M, PLN, "1976-03", "Kuala Lumpur", [],
           ["ASEAN"], "ASEAN economic ministers are to meet in Kuala Lumpur early next month"),
    ], ["'signed the documents this afternoon' (part of the summit)",
        "'A meeting between Datuk Hussein and President Marcos on the Sabah claim ... did not take place' "
        "(negation)",
        "'a second summit might be held next year \"if there is something to sign\"' (hypothetical)",
        "'Radio Hanoi described the meeting' (statement)",
        "'Mr. Kukrit flies home tomorrow. Mr. Lee returns to Singapore tonight' (travel)",
        "Picture caption (same summit)",
        "Related: 'Hanoi sends trade team to Bangkok' (furniture)"]),

    # 007 - Korean daily English edition, "Tuesday, September 29, 1992" (manifest 1992-09-29);
    # the dispatch is "BEIJING, Sept. 28", so "today" is Mon 28 Sep and "tomorrow" is Tue 29 Sep.
    # Roh-Yang summit "in the Great Hall of the People today" -> 28 Sep, Beijing ("Yang Shang-kun").
    # "He will call on ... Jiang Zemin tomorrow morning and hold talks with Premier Li Peng in the
    #   afternoon" -> two planned events, 29 Sep (the morning paper appears before them).
    # "On Wednesday ... Mayor Huang Ju is to host him at lunch" in Shanghai -> planned 30 Sep.
    # Lee Sang-ock and Qian Qichen signed the communique "in Beijing on Aug. 24" -> 1992-08-24.
    # Qian "called on Roh at Chong Wa Dae" in "November last year" -> 1991-11, Seoul.
    ("007", "1992-09-29", False, [
        ev("1992-09-28-beijing-roh-yang", M, OCC, "1992-09-28", "Beijing", [ROH, YANG], [],
           "President Roh Tae Woo and Chinese President Yang Shang-kun held the first summit"),
        ev("1992-09-29-beijing-jiang-roh", M, PLN, "1992-09-29", "Beijing", [ROH, JIANG], [],
           "He will call on Communist Party General Secretary Jiang Zemin tomorrow morning"),
        ev("1992-09-29-beijing-li-roh", M, PLN, "1992-09-29", "Beijing", [ROH, LI_PENG], [],
           "hold talks with Premier Li Peng in the afternoon"),
        ev("1992-09-30-shanghai-huang-roh", M, PLN, "1992-09-30", "Shanghai", [ROH, HUANG_JU], [],
           "where Mayor Huang Ju is to host him at lunch before he returns"),
        ev("1992-08-24-beijing-lee-qian", M, OCC, "1992-08-24", "Beijing", [LEE_SO, QIAN], [],
           "Foreign Ministers Lee Sang Ock and Qian Qichen signed the communique on diplomatic relations"),
        ev("1991-11-seoul-qian-roh", M, OCC, "1991-11", "Seoul", [QIAN, ROH], [],
           "when he also called on Roh at Chong Wa Dae"),
    ], ["'Yang later gave a state banquet in his honour' (same day, same people: folded)",
        "'Roh arrived on Sunday afternoon' (travel)",
        "'No meeting with Deng Xiaoping has been scheduled' (negation)",
        "'Taipei ... issued a statement today' (statement)",
        "'In Pyongyang, state media made no mention of the visit' (no event)",
        "'for the APEC ministerial meeting in November last year' (backdrop to Qian's call on Roh)",
        "'speaking to Korean residents at a reception at his hotel' (speech to compatriots)",
        "Photo caption 'review an honour guard ... on Monday' (same summit)",
        "RELATED ARTICLES sidebar (furniture)"]),

    # 008 - wire archive page, manifest null and NO DATE anywhere on the page ("ADEN (APW)",
    # "today", "on Monday", "last November 30", "in March eleven years ago", "at the end of the
    # month"). True date Tue 22 May 1990. Eval rule 10: with no year on the page every date is null.
    # Flag ceremony "in Aden today" -> Saleh ("Ali Abdallah Saleh") and al-Beidh ("al-Baid").
    # Aden accord "last November 30" -> key 1989-11-30, date null.
    # Kuwait summit (March 1979) with Abdul Fattah Ismail "under the eye of the Emir" -> date null.
    # "King Fahd ... telephoned Saleh this morning" -> call, date null.
    # "the Arab summit in Baghdad at the end of the month" -> planned, Saleh expected, date null.
    ("008", "1990-05-22", True, [
        ev("1990-05-22-aden-al-beidh-saleh", M, OCC, None, "Aden", [SALEH, AL_BEIDH], [],
           "raised the flag of the new Republic of Yemen together at a ceremony in Aden"),
        ev("1989-11-30-aden-al-beidh-saleh", M, OCC, None, "Aden", [SALEH, AL_BEIDH], [],
           "when Saleh drove into Aden and signed the unity accord with al-Baid"),
        ev("1979-03-28-kuwait-al-sabah-ismail-saleh", M, OCC, None, "Kuwait", [SALEH, ISMAIL, JABER], [],
           "Abdul Fattah Ismail, met under the eye of the Emir, Sheikh Jaber al-Ahmad"),
        ev("1990-05-22-bin-abdulaziz-saleh-call", C, OCC, None, None, [FAHD, SALEH], [],
           "King Fahd of Saudi Arabia telephoned Saleh this morning to congratulate him"),
        ev("1990-05-28-baghdad-arab-league-saleh", M, PLN, None, "Baghdad", [SALEH], ["Arab League"],
           "take his seat as Yemen's president at the Arab summit in Baghdad"),
    ], ["'The parliaments of the two states met separately ... on Monday' (each internal)",
        "al-Attas 'is to head the government' (appointment)",
        "'Messages also arrived from most Arab capitals' (vague, counted)",
        "'a visit by the Iraqi president ... had not been confirmed' (unconfirmed)",
        "'In a speech after the ceremony' (speech)",
        "Related coverage / Latest news sidebars (furniture)"]),

    # 009 - Central Asian site, manifest null; the page prints "Posted: 2002-06-05 09:40 (GMT+6)"
    # (Wednesday 5 June 2002). "on Tuesday" = 4 Jun; "on Monday" = 3 Jun; "on Saturday" = 1 Jun;
    # "on Friday" (future) = 7 Jun.
    # CICA summit "in Almaty on Tuesday", chaired by Nazarbayev ("Nazarbaev"); Vajpayee ("Atal
    #   Behari Vajpayee"), Musharraf, Putin and Jiang "sat in the same hall" -> participants.
    # "Putin met Vajpayee and Musharraf separately on Tuesday" -> two events, same evidence.
    # Vajpayee "held talks with Nazarbaev on Monday and met Jiang the same evening" -> two events.
    # "Nazarbaev had telephoned Musharraf on Saturday" -> call 1 Jun.
    # "Putin and Jiang will see each other again on Friday in St Petersburg" with SCO leaders,
    #   "Nazarbaev among them" -> planned 7 Jun.
    ("009", "2002-06-05", True, [
        ev("2002-06-04-almaty-cica-jiang-musharraf-nazarbayev-putin-vajpayee", M, OCC, "2002-06-04",
           "Almaty", [NAZARBAYEV, VAJPAYEE, MUSHARRAF, PUTIN, JIANG],
           ["Conference on Interaction and Confidence-Building Measures in Asia"],
           "Leaders and envoys of sixteen states gathered in Almaty on Tuesday for the first summit"),
        ev("2002-06-04-almaty-putin-vajpayee", M, OCC, "2002-06-04", "Almaty", [PUTIN, VAJPAYEE], [],
           "Putin met Vajpayee and Musharraf separately on Tuesday"),
        ev("2002-06-04-almaty-musharraf-putin", M, OCC, "2002-06-04", "Almaty", [PUTIN, MUSHARRAF], [],
           "Putin met Vajpayee and Musharraf separately on Tuesday"),
        ev("2002-06-03-almaty-nazarbayev-vajpayee", M, OCC, "2002-06-03", "Almaty",
           [VAJPAYEE, NAZARBAYEV], [], "had already held talks with Nazarbaev on Monday"),
        ev("2002-06-03-almaty-jiang-vajpayee", M, OCC, "2002-06-03", "Almaty", [VAJPAYEE, JIANG], [],
           "met Jiang the same evening at his hotel"),
        ev("2002-06-01-musharraf-nazarbayev-call", C, OCC, "2002-06-01", None, [NAZARBAYEV, MUSHARRAF], [],
           "Nazarbaev had telephoned Musharraf on Saturday to make sure the general would come"),
        ev("2002-06-07-saint-petersburg-jiang-nazarbayev-putin-sco", M, PLN, "2002-06-07",
           "Saint Petersburg", [PUTIN, JIANG, NAZARBAYEV], ["Shanghai Cooperation Organisation"],
           "Putin and Jiang will see each other again on Friday in St Petersburg"),
    ], ["Vajpayee and Musharraf 'avoided each other when the leaders mingled' (negation)",
        "'Vajpayee refused'; Mishra: no \"unproductive meeting\" (refusal)",
        "'Vajpayee, who arrived on Sunday' (travel)",
        "'accepted an invitation from Putin to visit Moscow. No date was given.' (no concrete occasion)",
        "'at his closing press conference' (press conference)",
        "'The sixteen signed the Almaty Act' (part of the summit)",
        "'Vajpayee leaves Almaty this morning' (travel)",
        "Related: 'Almaty hotels full for summit week' (furniture)"]),

    # 010 - British broadsheet, "MONDAY MAY 16 1955" (manifest 1955-05-16); the dispatch is
    # "VIENNA, May 15.", so "this morning" is Sun 15 May, "yesterday" Sat 14 May, "until Friday"
    # Fri 13 May and "in Paris last Sunday" Sun 8 May (the Sunday of the previous week).
    # Signing "in the Marble Hall of the Belvedere Palace" -> Vienna; Raab "stood behind his
    #   Foreign Minister" -> participant.
    # Four ministers and Figl "sat down yesterday afternoon" -> 14 May.
    # Dulles and Molotov "then talked privately for more than an hour" -> separate encounter, 14 May.
    # Ambassadors' conference "from May 2 until Friday" -> 2-13 May (date_end), groups only.
    # Raab, Schaerf (Scharf), Figl and Kreisky with Molotov and Bulganin "in Moscow in April" ->
    #   1955-04.
    # Western ministers "in Paris last Sunday" -> 8 May.
    # Khrushchev and Bulganin "due in Belgrade on May 26 for talks with Marshal Tito" -> planned.
    ("010", "1955-05-16", False, [
        ev("1955-05-15-vienna-dulles-figl-macmillan-molotov-pinay-raab", M, OCC, "1955-05-15", "Vienna",
           [MACMILLAN, DULLES, PINAY, MOLOTOV, FIGL, RAAB], [],
           "signed the Austrian State Treaty in the Marble Hall of the Belvedere Palace"),
        ev("1955-05-14-vienna-dulles-figl-macmillan-molotov-pinay", M, OCC, "1955-05-14", "Vienna",
           [MACMILLAN, DULLES, PINAY, MOLOTOV, FIGL], [],
           "The four Foreign Ministers and Herr Figl sat down yesterday afternoon"),
        ev("1955-05-14-vienna-dulles-molotov", M, OCC, "1955-05-14", "Vienna", [DULLES, MOLOTOV], [],
           "Mr. Dulles and Mr. Molotov then talked privately for more than an hour"),
        ev("1955-05-02-vienna-ambassadors-austria-four-powers", M, OCC, "1955-05-02", "Vienna", [],
           ["United Kingdom", "United States", "France", "Soviet Union", "Austria"],
           "the ambassadors' conference, which sat here from May 2 until Friday", date_end="1955-05-13"),
        ev("1955-04-12-moscow-bulganin-figl-kreisky-molotov-raab-scharf", M, OCC, "1955-04", "Moscow",
           [RAAB, SCHARF, FIGL, KREISKY, MOLOTOV, BULGANIN], [],
           "Herr Raab, Dr. Schaerf, Herr Figl and Dr. Kreisky won from Mr. Molotov"),
        ev("1955-05-08-paris-dulles-macmillan-pinay", M, OCC, "1955-05-08", "Paris",
           [DULLES, MACMILLAN, PINAY], [],
           "The three Western Ministers had agreed their tactics in Paris last Sunday"),
        ev("1955-05-26-belgrade-bulganin-khrushchev-tito", M, PLN, "1955-05-26", "Belgrade",
           [KHRUSHCHEV, BULGANIN, TITO], [],
           "Mr. Khrushchev and Marshal Bulganin are due in Belgrade on May 26"),
    ], ["'I understand largely about a meeting of heads of Government' (topic of the Dulles-Molotov talk)",
        "'on the eve of the North Atlantic Council' (backdrop, no encounter stated)",
        "'A four-Power meeting \"at the highest level\" is now expected in the summer, though no place "
        "or date has been agreed' (vague)",
        "'the Soviet agency announced last night' (announcement)",
        "'Herr Figl showed the treaty to the crowd from the balcony' (no encounter)",
        "'Mr. Macmillan flies home to-morrow and will report to the Prime Minister' (travel; internal)",
        "Picture caption (same signing)",
        "Related: 'Soviet troops to leave \"within 90 days\"' (furniture)"]),

    # 011 - Central European weekly, "Saturday 16 February 1991" (manifest 1991-02-16).
    # "three elected leaders on Friday signed a declaration" -> 15 Feb, Visegrad; Havel, Walesa,
    #   Antall (diacritics dropped).
    # Foreign ministers "dined together" in Budapest "on Thursday evening" -> 14 Feb.
    # "Mr Havel and Mr Antall had also spoken by telephone on Wednesday" -> call 13 Feb.
    # "first gathered as a group in Bratislava last April, at Mr Havel's invitation" -> 1990-04,
    #   Havel as host, groups the three countries.
    # "The Warsaw Pact's foreign and defence ministers meet in Budapest on February 25" -> planned.
    ("011", "1991-02-16", False, [
        ev("1991-02-15-visegrad-antall-havel-walesa", M, OCC, "1991-02-15", "Visegrad",
           [HAVEL, WALESA, ANTALL], [], "three elected leaders on Friday signed a declaration"),
        ev("1991-02-14-budapest-dienstbier-jeszenszky-skubiszewski", M, OCC, "1991-02-14", "Budapest",
           [DIENSTBIER, SKUBISZEWSKI, JESZENSZKY], [],
           "where the three foreign ministers, Jiří Dienstbier, Krzysztof Skubiszewski and Géza Jeszenszky, dined together"),
        ev("1991-02-13-antall-havel-call", C, OCC, "1991-02-13", None, [HAVEL, ANTALL], [],
           "Mr Havel and Mr Antall had also spoken by telephone on Wednesday"),
        ev("1990-04-09-bratislava-czechoslovakia-havel-hungary-poland", M, OCC, "1990-04", "Bratislava",
           [HAVEL], ["Czechoslovakia", "Poland", "Hungary"],
           "The three countries' leaders first gathered as a group in Bratislava last April"),
        ev("1991-02-25-budapest-warsaw-pact", M, PLN, "1991-02-25", "Budapest", [], ["Warsaw Pact"],
           "The Warsaw Pact's foreign and defence ministers meet in Budapest on February 25"),
    ], ["'Mr Antall, as host, had met his guests at the castle gate' (same summit)",
        "'that meeting produced little more than goodwill' (same Bratislava meeting)",
        "'Mr Wałęsa told reporters' (remarks)",
        "Gorbachev meeting 'might be useful at some stage' (hypothetical)",
        "'There was no joint press conference' (negation)",
        "'Mr Wałęsa left by car ...; Mr Havel flew home by helicopter' (travel)",
        "Soviet foreign ministry spokesman (statement)",
        "Also on CEWR sidebar (furniture)"]),

    # 012 - Pacific broadcaster archive, "Wednesday 7 August 1985" (manifest 1985-08-07); the
    # dispatch is "RAROTONGA, Aug 6", so "today" is Tue 6 Aug, "on Monday" 5 Aug, "Sunday night"
    # 4 Aug, "tonight" 6 Aug.
    # Forum "opened on Monday", treaty signed "today" as the Forum "ended here" -> 5-6 Aug
    #   (date_end); chaired by Sir Tom Davis; Hawke, Lange, Mara, Somare and Lini named.
    # Hawke and Lange "met for forty minutes at the Rarotongan Hotel on Monday evening" -> 5 Aug.
    # Funafuti "last August" -> 1984-08, chaired by Puapua.
    # Hawke "telephoned ... George Shultz, on Sunday night" -> call 4 Aug.
    # "next year's Forum will be held in Suva, with Ratu Mara as host" -> planned, year 1986.
    ("012", "1985-08-07", False, [
        ev("1985-08-05-rarotonga-davis-hawke-lange-lini-mara-somare-south-pacific-forum", M, OCC,
           "1985-08-05", "Rarotonga", [DAVIS, HAWKE, LANGE, MARA, SOMARE, LINI], ["South Pacific Forum"],
           "Eight South Pacific governments signed a treaty declaring the region a nuclear-free zone today",
           date_end="1985-08-06"),
        ev("1985-08-05-rarotonga-hawke-lange", M, OCC, "1985-08-05", "Rarotonga", [HAWKE, LANGE], [],
           "met for forty minutes at the Rarotongan Hotel on Monday evening"),
        ev("1984-08-27-funafuti-puapua-south-pacific-forum", M, OCC, "1984-08", "Funafuti", [PUAPUA],
           ["South Pacific Forum"],
           "last August's meeting in Funafuti, Tuvalu, where leaders asked officials to draft a zone"),
        ev("1985-08-04-hawke-shultz-call", C, OCC, "1985-08-04", None, [HAWKE, SHULTZ], [],
           "Mr Hawke, who telephoned the United States Secretary of State, George Shultz, on Sunday night"),
        ev("1986-08-08-suva-mara-south-pacific-forum", M, PLN, "1986", "Suva", [MARA],
           ["South Pacific Forum"], "next year's Forum will be held in Suva, with Ratu Mara as host"),
    ], ["'Tonga sent its foreign minister and Solomon Islands its deputy prime minister' (unnamed, "
        "part of the Forum)",
        "'Both later described the talk as \"frank and friendly\"' (same meeting)",
        "'Father Lini said ...; his government declined to sign' (remarks; no encounter)",
        "'told reporters the United States had \"no reason for concern\"' (remarks)",
        "'France condemned the treaty in a statement' (statement)",
        "'talk of a meeting between Mr Lange and senior American officials in Honolulu, but ... nothing "
        "has been arranged' (unconfirmed)",
        "'Mr Hawke flies back to Canberra tonight' (travel)",
        "Audio link; Related stories sidebar (furniture)"]),

    # 013 - Ottawa daily, "MONDAY, JANUARY 18, 1965" (manifest 1965-01-18).
    # Pearson "flew in on Friday afternoon"; the two "talked on Friday evening and again on Saturday
    #   morning before signing" -> 15-16 Jan (date_end) at the LBJ Ranch, dateline JOHNSON CITY;
    #   Martin and Rusk "were with them throughout".
    # "Mr. Johnson who telephoned the Prime Minister at 24 Sussex Drive in December" -> call 1964-12.
    # Columbia River Treaty "In September ... at the Peace Arch on the border at Blaine, Wash." ->
    #   1964-09, Blaine.
    # Kennedy "at Hyannis Port in May, 1963" -> 1963-05.
    # "Mr. Martin will be back in Washington later this month for talks with Mr. Rusk" -> planned
    #   1965-01.
    ("013", "1965-01-18", False, [
        ev("1965-01-15-johnson-city-johnson-martin-pearson-rusk", M, OCC, "1965-01-15", "Johnson City",
           [JOHNSON, PEARSON, MARTIN, RUSK], [],
           "the two leaders talked on Friday evening and again on Saturday morning before signing",
           date_end="1965-01-16"),
        ev("1964-12-johnson-pearson-call", C, OCC, "1964-12", None, [JOHNSON, PEARSON], [],
           "It was Mr. Johnson who telephoned the Prime Minister at 24 Sussex Drive in December"),
        ev("1964-09-16-blaine-johnson-pearson", M, OCC, "1964-09", "Blaine", [JOHNSON, PEARSON], [],
           "In September they proclaimed the Columbia River Treaty together at the Peace Arch"),
        ev("1963-05-10-hyannis-port-kennedy-pearson", M, OCC, "1963-05", "Hyannis Port",
           [PEARSON, KENNEDY], [], "with the late President Kennedy at Hyannis Port in May, 1963"),
        ev("1965-01-washington-martin-rusk", M, PLN, "1965-01", "Washington", [MARTIN, RUSK], [],
           "Mr. Martin will be back in Washington later this month for talks with Mr. Rusk"),
    ], ["'The President met him at the ranch airstrip' (part of the same visit)",
        "'It was the third time the two men had done business face to face' (counted reference)",
        "'accepted in principle an invitation to visit Canada, but no date has been discussed' (vague)",
        "'Premier John Robarts issued a statement' (statement; domestic)",
        "'told reporters at the ranch' (remarks)",
        "'He returned to Ottawa on Sunday evening' (travel)",
        "Caption (same visit)",
        "Related sidebar (furniture)"]),

    # 014 - live blog, "Wednesday 24 July 2024" (manifest 2024-07-24).
    # Talks "in Beijing from Sunday to Tuesday" -> 21-23 Jul (date_end); closing ceremony attended
    #   by Wang Yi; al-Aloul ("al-Alloul") and Abu Marzouk ("Musa Abu Marzouq") led the two main
    #   delegations -> participants; groups Fatah, Hamas.
    # "Before the signing on Tuesday, Wang met al-Alloul separately" -> 23 Jul.
    # Fatah and Hamas officials "met in the Chinese capital in April" -> 2024-04.
    # Talks "in Moscow at the end of February" -> 2024-02.
    # "Xi Jinping hosted Abbas on a state visit in June last year" -> 2023-06.
    # Netanyahu "due to meet President Joe Biden at the White House on Thursday" -> planned 25 Jul.
    # "Donald Trump has said he will receive him at Mar-a-Lago on Friday" -> planned 26 Jul,
    #   Mar-a-Lago -> Palm Beach.
    ("014", "2024-07-24", False, [
        ev("2024-07-21-beijing-abu-marzouk-al-aloul-wang", M, OCC, "2024-07-21", "Beijing",
           [WANG_YI, AL_ALOUL, ABU_MARZOUK], ["Fatah", "Hamas"],
           "Senior figures from 14 Palestinian factions held reconciliation talks in Beijing from Sunday to Tuesday",
           date_end="2024-07-23"),
        ev("2024-07-23-beijing-al-aloul-wang", M, OCC, "2024-07-23", "Beijing", [WANG_YI, AL_ALOUL], [],
           "Before the signing on Tuesday, Wang met al-Alloul separately"),
        ev("2024-04-beijing-fatah-hamas", M, OCC, "2024-04", "Beijing", [], ["Fatah", "Hamas"],
           "Fatah and Hamas officials met in the Chinese capital in April"),
        ev("2024-02-29-moscow-fatah-hamas", M, OCC, "2024-02", "Moscow", [], ["Fatah", "Hamas"],
           "both took part in talks among the factions in Moscow at the end of February"),
        ev("2023-06-14-beijing-abbas-xi", M, OCC, "2023-06", "Beijing", [XI, ABBAS], [],
           "Xi Jinping hosted Abbas on a state visit in June last year"),
        ev("2024-07-25-washington-biden-netanyahu", M, PLN, "2024-07-25", "Washington",
           [NETANYAHU, BIDEN], [], "He is due to meet President Joe Biden at the White House on Thursday"),
        ev("2024-07-26-palm-beach-netanyahu-trump", M, PLN, "2024-07-26", "Palm Beach",
           [NETANYAHU, TRUMP], [], "Donald Trump has said he will receive him at Mar-a-Lago on Friday"),
    ], ["Israel Katz 'wrote on X' (post)",
        "'Netanyahu addresses both houses of Congress this afternoon' (speech)",
        "'passed on Xi Jinping's greetings to President Mahmoud Abbas' (no encounter with Abbas)",
        "Mao Ning 'told her regular briefing'; China 'stands ready to provide a platform' (briefing; vague)",
        "'a follow-up meeting will happen \"soon\" but gave no date or venue' (vague)",
        "'A national unity government \"could be formed within weeks if ...\"' (hypothetical)",
        "'Abu Marzouq told reporters in Beijing' (remarks); 'Abbas has not commented publicly'",
        "Cookie banner; Related: 'Gaza ceasefire talks: Doha round postponed' (furniture)"]),
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
