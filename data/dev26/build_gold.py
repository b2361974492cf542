#!/usr/bin/env python3
"""Generate gold.jsonl and manifest.jsonl for the dev26 development corpus.

Run:  python3 data/dev26/build_gold.py   then   python3 data/eval/validate.py data/dev26
Each article lists its true publication date, whether the manifest hides it, its gold
events, and (for documentation only) the traps it contains that must NOT be extracted.
dev26 is a READABLE development set: unlike the holdout sets, it may be read while developing.
It covers real, mostly less-famous occasions from 1967 to 2024 in every region (Africa, Latin
America, the Caribbean, South Asia, Southeast Asia, East Asia, the Middle East, Central Asia,
Europe, Oceania and North America) with a MIX of event types: occurred in-person meetings
(about two thirds), planned meetings (about a fifth), phone calls, and gatherings or
delegation-only talks with groups. The pages lean on what makes real news hard: a place stated
once in a dateline and implied afterwards ("here", "this city", "the Turkmen capital"),
relative dates ("on Friday night", "last Friday" on a Friday page, "that evening", "the same
afternoon", "earlier this month", "next month", "a fortnight ago"), titles and pronouns instead
of names, misspellings and alternative transliterations (Numeiri, Soeharto, Wang Tao-han,
Berdymukhamedov, Nazarbaev, Hafez Assad, Hussein al-Husseini), delegation lists, recalled older
meetings with their own dates, several events per sentence, and many non-event distractors.
Three pages have no date in the manifest: 002 (ISO timestamp "2004-12-15T08:40:00-05:00"),
005 (RFC-2822-style timestamp "Fri, 30 Apr 1993 07:20:00 +0800") and 010 (a radio transcript
with weekdays only, so every date on it is null).
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

# canonical names
ALIER, MONDIRI, CARR, HAILE_SELASSIE, NIMEIRY, AMIN, DE_GARANG, WOL_WOL = (
    "Abel Alier", "Ezboni Mondiri", "Burgess Carr", "Haile Selassie", "Gaafar Nimeiry",
    "Idi Amin", "Mading de Garang", "Lawrence Wol Wol")
MEDICI, STROESSNER, GIBSON, SAPENA, MAGALHAES, MCLOUGHLIN = (
    "Emilio Garrastazu Medici", "Alfredo Stroessner", "Mario Gibson Barboza", "Raul Sapena Pastor",
    "Juracy Magalhaes", "Eduardo McLoughlin")
CHAVEZ, CASTRO, PEREZ_ROQUE, ARNALDO_PEREZ, KIRCHNER = (
    "Hugo Chavez", "Fidel Castro", "Felipe Perez Roque", "Jesus Arnaldo Perez", "Nestor Kirchner")
DEVE_GOWDA, HASINA, SHARMA, GUJRAL, BASU = (
    "H. D. Deve Gowda", "Sheikh Hasina", "Shankar Dayal Sharma", "I. K. Gujral", "Jyoti Basu")
SUHARTO, HUSSEIN_ONN, MARCOS, LEE_KY, KUKRIT, FRASER = (
    "Suharto", "Hussein Onn", "Ferdinand Marcos", "Lee Kuan Yew", "Kukrit Pramoj", "Malcolm Fraser")
MALIK, RITHAUDDEEN, ROMULO, RAJARATNAM, CHATICHAI = (
    "Adam Malik", "Tengku Ahmad Rithauddeen", "Carlos P. Romulo", "S. Rajaratnam",
    "Chatichai Choonhavan")
KOO, WANG_DH, TANG, CHIU, LEE_CP, QIAO, SEE = (
    "Koo Chen-fu", "Wang Daohan", "Tang Shubei", "Cheyne Chiu", "Lee Ching-ping", "Qiao Feng",
    "See Chak Mun")
HUSSEINI, SAUD, BRAHIMI, ASSAD, AOUN, HOSS, GEMAYEL = (
    "Hussein el-Husseini", "Saud al-Faisal", "Lakhdar Brahimi", "Hafez al-Assad", "Michel Aoun",
    "Selim al-Hoss", "Amin Gemayel")
HU, BERDI, KARIMOV, NAZARBAYEV, NIYAZOV, MEDVEDEV, AHMADINEJAD = (
    "Hu Jintao", "Gurbanguly Berdimuhamedow", "Islam Karimov", "Nursultan Nazarbayev",
    "Saparmurat Niyazov", "Dmitry Medvedev", "Mahmoud Ahmadinejad")
RUMOR, MINIC, MORO, TITO, BROSIO, VELEBIT, PAUL_VI = (
    "Mariano Rumor", "Milos Minic", "Aldo Moro", "Josip Broz Tito", "Manlio Brosio",
    "Vladimir Velebit", "Pope Paul VI")
CROSLAND, AGUSTSSON, FRYDENLUND, HALLGRIMSSON, WILSON, HATTERSLEY = (
    "Anthony Crosland", "Einar Agustsson", "Knut Frydenlund", "Geir Hallgrimsson", "Harold Wilson",
    "Roy Hattersley")
DAVIS, HAWKE, LANGE, PUAPUA, SOMARE = (
    "Tom Davis", "Bob Hawke", "David Lange", "Tomasi Puapua", "Michael Somare")
JOHNSON, KOSYGIN, RUSK, MCNAMARA, GROMYKO, DOBRYNIN, DE_GAULLE = (
    "Lyndon B. Johnson", "Alexei Kosygin", "Dean Rusk", "Robert McNamara", "Andrei Gromyko",
    "Anatoly Dobrynin", "Charles de Gaulle")
GBAGBO, SORO, COMPAORE, TAGRO, DACOURY, CHIRAC, KONARE, MBEKI, OUATTARA, BEDIE, DIARRA = (
    "Laurent Gbagbo", "Guillaume Soro", "Blaise Compaore", "Desire Tagro",
    "Louis-Andre Dacoury-Tabley", "Jacques Chirac", "Alpha Oumar Konare", "Thabo Mbeki",
    "Alassane Ouattara", "Henri Konan Bedie", "Seydou Diarra")
YOON, LI_QIANG, KISHIDA, LI_KEQIANG, MOON, ABE, CHO, WANG_YI = (
    "Yoon Suk Yeol", "Li Qiang", "Fumio Kishida", "Li Keqiang", "Moon Jae-in", "Shinzo Abe",
    "Cho Tae-yul", "Wang Yi")
HOCHSTEIN, WRONECKA, CHOUCAIR, SCHILLAT, BOU_SAAB, BOU_HABIB, MIKATI, BERRI, BIDEN, LAPID, \
    SCHENKER = (
        "Amos Hochstein", "Joanna Wronecka", "Antoine Choucair", "Lior Schillat", "Elias Bou Saab",
        "Abdallah Bou Habib", "Najib Mikati", "Nabih Berri", "Joe Biden", "Yair Lapid",
        "David Schenker")


def ev(key, kind, status, date, location, participants, groups, evidence, date_end=None):
    e = {"key": key, "kind": kind, "status": status, "date": date}
    if date_end:
        e["date_end"] = date_end
    e.update({"location": location, "participants": participants, "groups": groups,
              "evidence": evidence})
    return e


M, C, OCC, PLN = "meeting", "call", "occurred", "planned"

ARTICLES = [
    # 000. Monday broadsheet, header "Monday, February 28, 1972" (manifest 1972-02-28); the dispatch is
    # "ADDIS ABABA, Feb. 27" (a Sunday), so "tonight" is 27 Feb, "on Friday night" 25 Feb, "on
    # Saturday" 26 Feb, "next month" March 1972, "on Wednesday" (future) 1 Mar, "in November" (past)
    # November 1971.
    # Talks "opened on February 16" and ended with the initialling "here tonight" -> one round,
    #   16-27 Feb (date_end). Carr chaired ("under the chairmanship of"); Alier and Mondiri led the
    #   delegations -> groups Sudan and SSLM.
    # The Emperor's audience for both delegation leaders on Friday night is a separate encounter.
    # "Jaafar Numeiri" = Gaafar Nimeiry (alternative transliteration).
    # Ratification exchange "here next month in the presence of the Emperor" -> planned, 1972-03.
    ("000", "1972-02-28", False, [
        ev("1972-02-16-addis-ababa-alier-carr-mondiri", M, OCC, "1972-02-16", "Addis Ababa",
           [ALIER, MONDIRI, CARR], ["Sudan", "Southern Sudan Liberation Movement"],
           "initialled an agreement on regional self-government for the South here tonight",
           date_end="1972-02-27"),
        ev("1972-02-25-addis-ababa-alier-haile-selassie-mondiri", M, OCC, "1972-02-25", "Addis Ababa",
           [HAILE_SELASSIE, ALIER, MONDIRI], [],
           "Emperor Haile Selassie received Mr. Alier and Mr. Mondiri together at the Jubilee Palace"),
        ev("1972-02-26-haile-selassie-nimeiry-call", C, OCC, "1972-02-26", None,
           [HAILE_SELASSIE, NIMEIRY], [],
           "The Emperor also telephoned President Jaafar Numeiri in Khartoum on Saturday"),
        ev("1972-03-27-addis-ababa-haile-selassie", M, PLN, "1972-03", "Addis Ababa",
           [HAILE_SELASSIE], ["Sudan", "Southern Sudan Liberation Movement"],
           "The two sides are to exchange instruments of ratification here next month"),
        ev("1972-03-01-kampala-alier-amin", M, PLN, "1972-03-01", "Kampala", [ALIER, AMIN], [],
           "is due in Kampala on Wednesday for talks with President Idi Amin"),
        ev("1971-11-addis-ababa-alier-de-garang-wol-wol", M, OCC, "1971-11", "Addis Ababa",
           [ALIER, DE_GARANG, WOL_WOL], [],
           "Mr. Alier met General Lagu's emissaries, Mr. Mading de Garang and Dr. Lawrence Wol Wol"),
    ], ["'Mr. Alier himself reported to the President by radio-telephone' (internal to one government)",
        "'Mr. Mondiri's delegation flies to Kampala on Tuesday to brief him' (internal to the SSLM)",
        "'General Joseph Lagu ... did not come to Addis Ababa' (negation)",
        "'he hoped to do so \"in due course\"' (vague intention); 'news conference' (press event)",
        "'expected to address the nation over Radio Omdurman on Friday' (speech)",
        "'which both sides accepted the next day' (acceptance, no new encounter)",
        "Photo caption 'shake hands after tonight's initialling' (same event, listed once)",
        "Related: 'Khartoum and Cairo leaders confer on Nile waters' (furniture)"]),

    # 001. Friday paper "Friday, April 27, 1973" (manifest 1973-04-27), "From our correspondent in
    # Brasilia": "yesterday" 26 Apr, "on Wednesday afternoon ... that night" 25 Apr, "on Tuesday" and
    # "on Tuesday night" 24 Apr, "on May 14" future 1973-05-14.
    # Signing: the foreign ministers signed "here" with the presidents standing behind them -> one
    #   event with all four. The embrace is part of it.
    # Eletrobras and ANDE engineers "sat down together ... in the capital" -> delegation-only meeting.
    ("001", "1973-04-27", False, [
        ev("1973-04-26-brasilia-gibson-barboza-medici-sapena-pastor-stroessner", M, OCC, "1973-04-26",
           "Brasilia", [GIBSON, SAPENA, MEDICI, STROESSNER], [],
           "Mr Mario Gibson Barboza and Dr Raúl Sapena Pastor signed the document here"),
        ev("1973-04-25-brasilia-medici-stroessner", M, OCC, "1973-04-25", "Brasilia",
           [MEDICI, STROESSNER], [],
           "the two presidents talked alone for about an hour at the Alvorada Palace that night"),
        ev("1973-04-24-brasilia-ande-eletrobras", M, OCC, "1973-04-24", "Brasilia", [],
           ["Eletrobras", "ANDE"], "Engineers from Eletrobrás and ANDE sat down together on Tuesday"),
        ev("1966-06-22-foz-do-iguacu-magalhaes-sapena-pastor", M, OCC, "1966-06-22", "Foz do Iguacu",
           [SAPENA, MAGALHAES], [], "signed at Foz do Iguaçu on June 22, 1966, by Dr Sapena Pastor"),
        ev("1973-04-24-gibson-barboza-mcloughlin-call", C, OCC, "1973-04-24", None,
           [GIBSON, MCLOUGHLIN], [],
           "Mr Gibson Barboza telephoned his Argentine counterpart, Eduardo McLoughlin, on Tuesday night"),
        ev("1973-05-14-asuncion-gibson-barboza-sapena-pastor", M, PLN, "1973-05-14", "Asuncion",
           [GIBSON, SAPENA], [], "The two foreign ministers will meet again in Asunción on May 14"),
    ], ["'The Argentine foreign ministry said on Wednesday' (statement)",
        "'Argentina's request for a three-country meeting before any signing was turned down' (rejected proposal)",
        "'he had invited President Médici to visit Paraguay, though no date was mentioned' (invitation)",
        "'He flies home this morning by way of Foz do Iguaçu ... from the air' (travel)",
        "'The Paraguayan leader had arrived on Wednesday afternoon' (arrival; the talks that night are the event)",
        "'General Stroessner told reporters' (remarks)",
        "RELATED: 'Lanusse and Allende confer in Salta', 'Bordaberry receives Brazilian trade mission' (furniture)"]),

    # 002. Translated Cuban site, manifest null; the page prints "Fecha: 2004-12-15T08:40:00-05:00"
    # (a Wednesday). "last night" 14 Dec, "on Monday" 13 Dec, "on Sunday" 12 Dec, "on Tuesday" 14 Dec,
    # "in April" (future) 2005-04, "In December 1994" and "in October 2000" month keys.
    # The decoration with the Cespedes Order and Fidel's speech are part of the signing evening.
    # Foreign ministers "with planning officials of both governments" -> groups Cuba and Venezuela;
    #   place implied by the Havana bureau page (everything else that week is in Havana).
    ("002", "2004-12-15", True, [
        ev("2004-12-14-havana-castro-chavez", M, OCC, "2004-12-14", "Havana", [CHAVEZ, CASTRO], [],
           "signed a joint declaration and an agreement to apply the Bolivarian Alternative"),
        ev("1994-12-14-havana-castro-chavez", M, OCC, "1994-12", "Havana", [CHAVEZ, CASTRO], [],
           "the former paratroop officer was received at José Martí airport by Fidel himself"),
        ev("2004-12-13-havana-perez-perez-roque", M, OCC, "2004-12-13", "Havana",
           [PEREZ_ROQUE, ARNALDO_PEREZ], ["Cuba", "Venezuela"],
           "Felipe Pérez Roque and Jesús Arnaldo Pérez, went over the final text on Monday"),
        ev("2000-10-30-caracas-castro-chavez", M, OCC, "2000-10", "Caracas", [CHAVEZ, CASTRO], [],
           "the cooperation agreement the two leaders signed in Caracas in October 2000"),
        ev("2004-12-12-chavez-kirchner-call", C, OCC, "2004-12-12", None, [CHAVEZ, KIRCHNER], [],
           "he had telephoned Argentine President Néstor Kirchner on Sunday"),
        ev("2005-04-27-havana-cuba-venezuela", M, PLN, "2005-04", "Havana", [], ["Cuba", "Venezuela"],
           "A joint commission of the two governments will meet in Havana in April"),
    ], ["'Fidel spoke for almost two hours' (speech); the decoration (same evening, same event)",
        "'he would also invite President Lula ... but no meeting ... has been arranged' (unconfirmed)",
        "'a State Department spokesman said on Tuesday' (statement)",
        "'Chávez was due to fly back to Caracas this morning' (travel)",
        "Photo caption 'Chávez and Fidel at the Karl Marx Theatre on Tuesday night' (same event)",
        "Más leídas: 'Chávez meets Uribe on the border bridge' (furniture)"]),

    # 003. Calcutta daily "Friday, December 13, 1996" (manifest 1996-12-13); the dispatch is
    # "NEW DELHI, Dec. 12.", so "today" 12 Dec, "yesterday" 11 Dec, "on Tuesday" 10 Dec ("within
    # hours of her arrival"), "on Wednesday night" 11 Dec, "last month" 1996-11, "tomorrow" 13 Dec,
    # "in January" (future) 1997-01. Calcutta -> Kolkata (modern name, as dev25 did for Madras).
    # Hyderabad House and Rashtrapati Bhavan -> New Delhi. "their delegations" -> groups.
    ("003", "1996-12-13", False, [
        ev("1996-12-12-new-delhi-deve-gowda-hasina", M, OCC, "1996-12-12", "New Delhi",
           [DEVE_GOWDA, HASINA], ["India", "Bangladesh"],
           "The treaty was signed at Hyderabad House after a final round of talks"),
        ev("1996-12-11-new-delhi-hasina-sharma", M, OCC, "1996-12-11", "New Delhi", [HASINA, SHARMA], [],
           "called on the President, Dr. Shankar Dayal Sharma, at Rashtrapati Bhavan yesterday"),
        ev("1996-12-10-new-delhi-gujral-hasina", M, OCC, "1996-12-10", "New Delhi", [GUJRAL, HASINA], [],
           "Mr. I.K. Gujral, had called on her within hours of her arrival"),
        ev("1996-11-dhaka-basu-hasina", M, OCC, "1996-11", "Dhaka", [BASU, HASINA], [],
           "who held talks with Sheikh Hasina in Dhaka last month"),
        ev("1997-01-dhaka-bangladesh-india", M, PLN, "1997-01", "Dhaka", [], ["India", "Bangladesh"],
           "which will hold its first meeting in Dhaka in January"),
        ev("1996-12-13-kolkata-basu-hasina", M, PLN, "1996-12-13", "Kolkata", [BASU, HASINA], [],
           "Mr. Basu will host a lunch for her at Writers' Buildings"),
    ], ["'Mr. Deve Gowda telephoned Mr. Basu on Wednesday night' (domestic: Prime Minister and a state Chief Minister)",
        "'has stayed in close touch with the Centre since' (vague, domestic)",
        "'At a joint news conference' (press event)",
        "'there was no plan for either Prime Minister to visit the barrage' (negation)",
        "'Begum Khaleda Zia, denounced the treaty' (statement)",
        "'She had turned down Sheikh Hasina's invitation to discuss the draft' (declined invitation; domestic)",
        "'Sheikh Hasina, who arrived on Tuesday' (arrival only)",
        "Related stories: 'Gujral to visit Male next month' (furniture)"]),

    # 004. Regional paper "Wednesday, 25 February 1976" (manifest 1976-02-25); dispatch "DENPASAR
    # (Bali), Feb. 24": "this evening" 24 Feb, "yesterday morning" 23 Feb (summit 23-24 Feb,
    # date_end), "Before the opening session" 23 Feb, "on Sunday ... that evening" 22 Feb, "on
    # Monday evening" 23 Feb, "earlier this month" 1976-02, "in June" (future) 1976-06.
    # Soeharto = Suharto. The seaside villa is placed by the Bali dateline -> Denpasar.
    ("004", "1976-02-25", False, [
        ev("1976-02-23-denpasar-hussein-onn-kukrit-lee-marcos-suharto", M, OCC, "1976-02-23", "Denpasar",
           [SUHARTO, HUSSEIN_ONN, MARCOS, LEE_KY, KUKRIT], ["ASEAN"],
           "ended their first summit here this evening by signing a Treaty of Amity and Co-operation",
           date_end="1976-02-24"),
        ev("1976-02-23-denpasar-hussein-onn-marcos", M, OCC, "1976-02-23", "Denpasar",
           [MARCOS, HUSSEIN_ONN], [],
           "Mr Marcos and Datuk Hussein withdrew for forty minutes of private talks"),
        ev("1976-02-22-denpasar-lee-suharto", M, OCC, "1976-02-22", "Denpasar", [LEE_KY, SUHARTO], [],
           "called on President Soeharto at his seaside villa that evening"),
        ev("1976-02-09-pattaya-chatichai-malik-rajaratnam-rithauddeen-romulo", M, OCC, "1976-02",
           "Pattaya", [MALIK, RITHAUDDEEN, ROMULO, RAJARATNAM, CHATICHAI], [],
           "Chatichai Choonhavan, who met in Pattaya earlier this month"),
        ev("1976-02-23-fraser-suharto-call", C, OCC, "1976-02-23", None, [FRASER, SUHARTO], [],
           "Mr Malcolm Fraser, telephoned Mr Soeharto on Monday evening"),
        ev("1976-06-24-manila-asean", M, PLN, "1976-06", "Manila", [], ["ASEAN"],
           "ASEAN foreign ministers will hold their annual meeting in Manila in June"),
    ], ["'was in touch with Bangkok by telephone several times a day' (internal; habitual)",
        "'No date was fixed for a second summit' (no concrete occasion)",
        "'accepted an invitation to visit Jakarta ... \"later in the year\"' (no concrete occasion)",
        "'Radio Hanoi described the meeting' (statement); 'at a crowded news conference' (press event)",
        "'Mr Lee, who flew in from Singapore on Sunday' and 'Mr Lee flies home tomorrow morning' (travel)",
        "'their first meeting since the Malaysian leader succeeded ... Razak' (no earlier meeting asserted)",
        "Picture caption 'link hands after the signing' (same event)",
        "Read more: 'Pattaya talks: what the ministers agreed' (furniture)"]),

    # 005. Singapore archive page, manifest null; it prints "Fri, 30 Apr 1993 07:20:00 +0800".
    # "on Thursday" 29 Apr, "on Tuesday morning" 27 Apr (talks 27-29 Apr, date_end), "On Wednesday
    # night" 28 Apr (Koo's dinner, inside the same talks), "last Friday" = the Friday of the previous
    # week, 23 Apr, "on April 21", "on Sunday" 25 Apr, "Last October" 1992-10, "this morning" 30 Apr.
    # "Wang Tao-han" is the Wade-Giles form of Wang Daohan. Changi -> Singapore.
    ("005", "1993-04-30", True, [
        ev("1993-04-27-singapore-koo-wang", M, OCC, "1993-04-27", "Singapore", [KOO, WANG_DH], [],
           "put their names to four agreements on Thursday at the NOL Building in Alexandra Road",
           date_end="1993-04-29"),
        ev("1993-04-23-singapore-chiu-tang", M, OCC, "1993-04-23", "Singapore", [TANG, CHIU], [],
           "Arats vice-chairman Tang Shubei and SEF secretary-general Cheyne Chiu settled the agenda"),
        ev("1993-04-21-singapore-lee-qiao", M, OCC, "1993-04-21", "Singapore", [LEE_CP, QIAO], [],
           "had opened the preparations at a meeting here on April 21"),
        ev("1993-04-25-singapore-see-wang", M, OCC, "1993-04-25", "Singapore", [WANG_DH, SEE], [],
           "was met at Changi by Mr See Chak Mun, a deputy secretary"),
        ev("1992-10-28-hong-kong-arats-sef", M, OCC, "1992-10", "Hong Kong", [],
           ["Straits Exchange Foundation", "Association for Relations Across the Taiwan Straits"],
           "Last October the two bodies held their first working-level talks in Hong Kong"),
        ev("1993-04-30-singapore-lee-wang", M, PLN, "1993-04-30", "Singapore", [WANG_DH, LEE_KY], [],
           "Mr Wang is due to call on Senior Minister Lee Kuan Yew at the Istana"),
    ], ["'On Wednesday night Mr Koo gave a dinner for Mr Wang' (inside the same talks, not a separate event)",
        "'he had telephoned President Lee Teng-hui to report the outcome' (internal to one side)",
        "'he hoped to welcome Mr Koo in Beijing \"at a suitable time\"' (vague)",
        "'officials are to take up fishing disputes ... \"within three months\"' (no concrete occasion)",
        "'Before leaving for Shanghai this afternoon' (travel)",
        "'Singapore has insisted that its role was only that of host' (statement)",
        "Photo caption 'Mr Koo (left) and Mr Wang at the signing on Thursday' (same event)",
        "Related coverage: 'Beijing welcomes \"positive step\"' (furniture)"]),

    # 006. Wire "Monday, October 23, 1989" (manifest 1989-10-23); dispatch "TAIF, Saudi Arabia, Oct 22":
    # "tonight" 22 Oct (talks since 30 Sep, date_end 22 Oct), "on Wednesday" 18 Oct, "late on
    # Saturday" 21 Oct, "in May" 1989-05, "on Tuesday" (future) 24 Oct, "in March 1984".
    # The Taif conference is counted: deputies of rival camps met under the Saudi foreign minister and
    # the Arab League envoy (not a meeting internal to one government). Hussein al-Husseini = Hussein
    # el-Husseini; "Hafez Assad" = Hafez al-Assad.
    ("006", "1989-10-23", False, [
        ev("1989-09-30-taif-al-faisal-brahimi-el-husseini", M, OCC, "1989-09-30", "Taif",
           [HUSSEINI, SAUD, BRAHIMI], ["Lebanese Parliament", "Arab League"],
           "Lebanese members of parliament tonight approved a national reconciliation charter",
           date_end="1989-10-22"),
        ev("1989-10-18-damascus-al-assad-al-faisal", M, OCC, "1989-10-18", "Damascus", [SAUD, ASSAD], [],
           "Prince Saud flew to Damascus on Wednesday for talks with President Hafez Assad"),
        ev("1989-10-21-aoun-brahimi-call", C, OCC, "1989-10-21", None, [BRAHIMI, AOUN], [],
           "Brahimi spoke by telephone late on Saturday with General Michel Aoun"),
        ev("1989-05-23-casablanca-arab-league", M, OCC, "1989-05", "Casablanca", [], ["Arab League"],
           "was set up by Arab leaders meeting in Casablanca in May"),
        ev("1984-03-12-lausanne-gemayel", M, OCC, "1984-03", "Lausanne", [GEMAYEL], ["Lebanese factions"],
           "the conference at Lausanne in March 1984 chaired by President Amin Gemayel"),
        ev("1989-10-24-beirut-al-hoss-brahimi", M, PLN, "1989-10-24", "Beirut", [BRAHIMI, HOSS], [],
           "Brahimi is due in Beirut on Tuesday to brief Prime Minister Selim al-Hoss"),
    ], ["'In a statement read on Beirut radio tonight, Aoun rejected the charter' (statement)",
        "'he would not receive any deputy who had signed it' (negation)",
        "'The deputies are expected to meet inside Lebanon ... to elect a president, but no venue' (internal; no venue)",
        "'flew in from Paris, Geneva and both halves of Beirut' (travel)",
        "'Husseini told a news conference' (press event)",
        "King Fahd, King Hassan and Chadli named as committee members, not placed at any encounter",
        "Related stories: 'Syrian envoy meets Arab League chief in Tunis' (furniture)"]),

    # 007. Regional site "Updated 14:05 GMT, Monday 14 December 2009" (manifest 2009-12-14); dateline
    # "SAMAN-DEPE, Turkmenistan": "today" 14 Dec, "on Sunday ... the same afternoon ... that evening"
    # 13 Dec, "On Saturday in Astana" 12 Dec, "in April 2006", "later this month" 2009-12, "early next
    # month" 2010-01. Berdymukhamedov = Berdimuhamedow; Nazarbaev = Nazarbayev.
    # "the Turkmen capital" -> Ashgabat.
    ("007", "2009-12-14", False, [
        ev("2009-12-14-saman-depe-berdimuhamedow-hu-karimov-nazarbayev", M, OCC, "2009-12-14", "Saman-Depe",
           [HU, BERDI, KARIMOV, NAZARBAYEV], [],
           "turned a ceremonial valve at the Saman-Depe gas field on the Amu Darya today"),
        ev("2009-12-13-ashgabat-berdimuhamedow-hu", M, OCC, "2009-12-13", "Ashgabat", [HU, BERDI], [],
           "held talks with Berdymukhamedov the same afternoon"),
        ev("2009-12-13-ashgabat-hu-karimov", M, OCC, "2009-12-13", "Ashgabat", [HU, KARIMOV], [],
           "He also met Karimov, who had flown into the Turkmen capital for the ceremony"),
        ev("2009-12-12-astana-hu-nazarbayev", M, OCC, "2009-12-12", "Astana", [HU, NAZARBAYEV], [],
           "On Saturday in Astana, Hu and Nazarbaev pressed a button together"),
        ev("2006-04-03-beijing-hu-niyazov", M, OCC, "2006-04", "Beijing", [HU, NIYAZOV], [],
           "a general agreement that Hu signed with the late Turkmen leader Saparmurat Niyazov in Beijing"),
        ev("2009-12-22-ashgabat-berdimuhamedow-medvedev", M, PLN, "2009-12", "Ashgabat",
           [MEDVEDEV, BERDI], [],
           "Dmitry Medvedev is expected in Ashgabat later this month for talks with Berdymukhamedov"),
        ev("2010-01-06-turkmenistan-ahmadinejad-berdimuhamedow", M, PLN, "2010-01", "Turkmenistan",
           [AHMADINEJAD, BERDI], [],
           "Mahmoud Ahmadinejad is due in Turkmenistan early next month"),
    ], ["'In a speech at the site, Karimov called the pipeline' (speech)",
        "'Nazarbaev told reporters in Astana' (remarks)",
        "'hoped to see Berdymukhamedov \"in the new year\", but no meeting has been arranged' (unconfirmed)",
        "'Hu arrived in Ashgabat on Sunday from Kazakhstan' (arrival; the talks are the event)",
        "'Hu was due to fly home tonight' (travel)",
        "'Russian purchases of Turkmen gas collapsed after a blast' (background)",
        "Latest news: 'Tajik president meets Afghan delegation in Dushanbe' (furniture)"]),

    # 008. Weekly "Tuesday, 11 November 1975" (manifest 1975-11-11), "By our correspondent in Ancona":
    # "yesterday" 10 Nov, "at the end of July" 1975-07, "on Saturday" 8 Nov, "this afternoon" (future)
    # 11 Nov, "of October 1954", "in March 1971". Palazzo Chigi -> Rome; the Vatican -> Vatican City.
    # London memorandum: two named ambassadors "together with British and American diplomats" ->
    #   groups United Kingdom, United States.
    ("008", "1975-11-11", False, [
        ev("1975-11-10-osimo-minic-rumor", M, OCC, "1975-11-10", "Osimo", [RUMOR, MINIC], [],
           "yesterday signed the treaty that fixes their frontier north and south of Trieste"),
        ev("1954-10-05-london-brosio-velebit", M, OCC, "1954-10", "London", [BROSIO, VELEBIT],
           ["United Kingdom", "United States"],
           "initialled in London by the Italian and Yugoslav ambassadors, Manlio Brosio and Vladimir Velebit"),
        ev("1975-07-31-helsinki-minic-rumor", M, OCC, "1975-07", "Helsinki", [RUMOR, MINIC], [],
           "Signor Rumor and Mr Minić met at the European security conference in Helsinki"),
        ev("1975-11-08-moro-tito-call", C, OCC, "1975-11-08", None, [MORO, TITO], [],
           "telephoned President Tito on Saturday to confirm that the ceremony would go ahead"),
        ev("1975-11-11-rome-minic-moro", M, PLN, "1975-11-11", "Rome", [MINIC, MORO], [],
           "where he will be received by Signor Moro at Palazzo Chigi"),
        ev("1971-03-29-vatican-city-paul-vi-tito", M, OCC, "1971-03", "Vatican City", [TITO, PAUL_VI], [],
           "was remembered for his audience with Pope Paul VI at the Vatican"),
    ], ["'Carbone and ... Šnuderl, who met dozens of times in Rome, Belgrade and Ljubljana' (counted)",
        "'Several thousand people marched through the city on Sunday' (protest)",
        "'the neo-fascist MSI has demanded the foreign minister's resignation' (statement)",
        "'The two governments have spoken of a visit by Tito ... \"when the moment is right\"' (vague)",
        "'Signor Rumor told reporters'; 'Mr Minić, in a statement' (remarks, statement)",
        "Photo caption 'exchange pens after yesterday's signing' (same event)",
        "Related: 'Friuli council to debate treaty on Thursday' (furniture; domestic)"]),

    # 009. Hull evening paper "Wednesday, 2 June 1976" (manifest 1976-06-02), "From ... in Oslo":
    # "yesterday" 1 Jun, "last month ... on the first evening" 1976-05 (month only in the text; keyed
    # 19 May), "in January" 1976-01, "in February" 1976-02, "in April" 1976-04, "next month" 1976-07.
    # The dinner with Frydenlund and the late-night meeting with Agustsson are different encounters
    # (different people and places); the call from the dinner table is a third event.
    ("009", "1976-06-02", False, [
        ev("1976-06-01-oslo-agustsson-crosland-frydenlund", M, OCC, "1976-06-01", "Oslo",
           [CROSLAND, AGUSTSSON, FRYDENLUND], [],
           "signed an agreement at the Norwegian foreign ministry here yesterday"),
        ev("1976-05-19-oslo-crosland-frydenlund", M, OCC, "1976-05", "Oslo", [CROSLAND, FRYDENLUND], [],
           "After dining with Mr Frydenlund on the first evening"),
        ev("1976-05-19-oslo-agustsson-crosland", M, OCC, "1976-05", "Oslo", [CROSLAND, AGUSTSSON], [],
           "Mr Crosland went round to Mr Ágústsson's hotel for a late-night meeting"),
        ev("1976-05-19-agustsson-frydenlund-call", C, OCC, "1976-05", None, [FRYDENLUND, AGUSTSSON], [],
           "Mr Frydenlund had rung Mr Ágústsson from the dinner table"),
        ev("1976-01-24-london-hallgrimsson-wilson", M, OCC, "1976-01", "London", [WILSON, HALLGRIMSSON], [],
           "Talks between Mr Harold Wilson and the Icelandic Prime Minister, Mr Geir Hallgrímsson, in London"),
        ev("1976-02-29-copenhagen-frydenlund-hallgrimsson", M, OCC, "1976-02", "Copenhagen",
           [FRYDENLUND, HALLGRIMSSON], [],
           "when he saw Mr Hallgrímsson in Copenhagen during the Nordic Council session"),
        ev("1976-04-23-oslo-hattersley", M, OCC, "1976-04", "Oslo", [HATTERSLEY], ["Norway"],
           "Mr Roy Hattersley held talks with Norwegian officials in Oslo in April"),
        ev("1976-07-london-iceland-united-kingdom", M, PLN, "1976-07", "London", [],
           ["United Kingdom", "Iceland"], "Officials of the two countries will meet in London next month"),
    ], ["'Mr Crosland telephoned the Prime Minister, Mr Callaghan' (internal to one government)",
        "'will report to the Commons this afternoon'; 'the Althing is to debate the deal' (domestic)",
        "'on the eve of the Nato ministerial meeting' (backdrop, not reported as a gathering)",
        "'The Royal Navy frigates left the disputed waters on Monday night' (no encounter)",
        "'Hull trawler owners called the terms \"a sell-out\"'; union official (statements)",
        "'Norway would be ready to host further talks \"should they ever be needed\"' (hypothetical)",
        "Picture caption 'after the signing in Oslo yesterday' (same event)",
        "MOST READ / Related stories (furniture)"]),

    # 010. Radio transcript, manifest null, WEEKDAYS ONLY ("Wednesday edition", "on Monday and
    # Tuesday", "Monday night", "a fortnight ago", "last year", "in November", "on Thursday"): no
    # year anywhere, so every date is null (eval rule 10). True date Wednesday 7 August 1985.
    # Without a date, date_end cannot be given for the two-day Forum meeting.
    ("010", "1985-08-07", True, [
        ev("1985-08-05-rarotonga-davis-hawke-lange", M, OCC, None, "Rarotonga", [DAVIS, HAWKE, LANGE],
           ["South Pacific Forum"],
           "The South Pacific Forum met here on Monday and Tuesday under the chairmanship"),
        ev("1985-08-05-rarotonga-hawke-lange", M, OCC, None, "Rarotonga", [HAWKE, LANGE], [],
           "Mr Hawke and Mr Lange met privately at Mr Hawke's hotel on Monday night"),
        ev("1985-07-24-hawke-lange-call", C, OCC, None, None, [HAWKE, LANGE], [],
           "they had also spoken by phone a fortnight ago about the bombing"),
        ev("1984-08-27-funafuti-puapua", M, OCC, None, "Funafuti", [PUAPUA], ["South Pacific Forum"],
           "at last year's meeting in Funafuti, chaired by Tuvalu's Prime Minister, Dr Tomasi Puapua"),
        ev("1985-11-suva-south-pacific-forum", M, PLN, None, "Suva", [], ["South Pacific Forum"],
           "Forum officials will meet in Suva in November to draft protocols"),
        ev("1985-08-08-port-moresby-hawke-somare", M, PLN, None, "Port Moresby", [HAWKE, SOMARE], [],
           "Port Moresby on Thursday for talks with the Papua New Guinea Prime Minister, Michael Somare"),
    ], ["'Father Walter Lini, declined' to sign (refusal; he is not placed at a separate encounter)",
        "'Tonga and the Solomons sent ministers and are still considering it' (no separate event)",
        "'he would meet President Mitterrand \"any time, anywhere\" if France would explain' (hypothetical)",
        "'Sir Tom Davis gave a closing news conference last night' (press event)",
        "'Forum leaders are heading home' (travel)",
        "'Mr Hawke has pushed it since 1983' (habitual)",
        "Also on Pacific Daybreak (furniture)"]),

    # 011. Monday paper "June 26, 1967" (manifest 1967-06-26); dispatch "GLASSBORO, N.J., June 25":
    # "this afternoon"/"Today's session" 25 Jun, "on Friday" 23 Jun, "tomorrow" 26 Jun, "on June 16",
    # "at the start of the month" 1967-06 (keyed 2 Jun). Friday and Sunday at Hollybush are two
    # events (different days). Rusk, McNamara, Gromyko and Dobrynin joined the Friday lunch.
    # Sunday's "luncheon for both delegations" -> groups.
    ("011", "1967-06-26", False, [
        ev("1967-06-23-glassboro-dobrynin-gromyko-johnson-kosygin-mcnamara-rusk", M, OCC, "1967-06-23",
           "Glassboro", [JOHNSON, KOSYGIN, RUSK, MCNAMARA, GROMYKO, DOBRYNIN], [],
           "At their first meeting, on Friday, the two men talked in the college president's study"),
        ev("1967-06-25-glassboro-johnson-kosygin", M, OCC, "1967-06-25", "Glassboro", [JOHNSON, KOSYGIN],
           ["United States", "Soviet Union"], "ended their second day of talks at Hollybush"),
        ev("1967-06-26-havana-castro-kosygin", M, PLN, "1967-06-26", "Havana", [KOSYGIN, CASTRO], [],
           "where he is expected to hold talks with Premier Fidel Castro"),
        ev("1967-06-16-paris-de-gaulle-kosygin", M, OCC, "1967-06-16", "Paris", [KOSYGIN, DE_GAULLE], [],
           "conferring with President de Gaulle at the Elysee on June 16"),
        ev("1967-06-02-washington-johnson-wilson", M, OCC, "1967-06", "Washington", [JOHNSON, WILSON], [],
           "Mr. Johnson received British Prime Minister Harold Wilson at the White House"),
    ], ["'agreeing on little beyond a promise to keep in touch' (vague)",
        "'flew to Los Angeles for a Democratic fund-raising dinner ... his ranch in Texas' (travel, domestic)",
        "'exchanged some twenty messages over the hot line' (counted)",
        "'Speaking briefly on the lawn' (remarks); 'held a news conference at the United Nations' (press event)",
        "'No date was set for another meeting'; invitation 'had been \"noted\"' (no occasion)",
        "'The President telephoned former President Eisenhower' (domestic)",
        "Related stories: 'Hughes: \"We found the halfway house\"' (furniture)"]),

    # 012. Wire "Mon 5 Mar 2007" (manifest 2007-03-05); dispatch "OUAGADOUGOU, March 4": "on Sunday"
    # 4 Mar, "on Saturday" 3 Mar (talks 5 Feb - 3 Mar, date_end), "late on Saturday" 3 Mar, "on
    # Sunday evening" 4 Mar, "in April 2005", "on Thursday" (future) 8 Mar.
    # "The two men" = Gbagbo and Soro; Compaore present as facilitator.
    ("012", "2007-03-05", False, [
        ev("2007-03-04-ouagadougou-compaore-gbagbo-soro", M, OCC, "2007-03-04", "Ouagadougou",
           [GBAGBO, SORO, COMPAORE], [],
           "The two men signed the accord at the presidential palace in the presence of"),
        ev("2007-02-05-ouagadougou-dacoury-tabley-tagro", M, OCC, "2007-02-05", "Ouagadougou",
           [TAGRO, DACOURY], ["Ivory Coast", "Forces Nouvelles"],
           "The text was hammered out by delegations led by Désiré Tagro, a Gbagbo adviser",
           date_end="2007-03-03"),
        ev("2007-03-03-ouagadougou-compaore-soro", M, OCC, "2007-03-03", "Ouagadougou", [COMPAORE, SORO], [],
           "Compaoré received Soro at his residence late on Saturday"),
        ev("2007-03-04-chirac-compaore-call", C, OCC, "2007-03-04", None, [CHIRAC, COMPAORE], [],
           "French President Jacques Chirac telephoned Compaoré on Sunday evening"),
        ev("2005-04-06-pretoria-bedie-diarra-gbagbo-mbeki-ouattara-soro", M, OCC, "2005-04", "Pretoria",
           [GBAGBO, SORO, MBEKI, OUATTARA, BEDIE, DIARRA], [],
           "He and Soro had last sat at the same table in Pretoria in April 2005"),
        ev("2007-03-08-addis-ababa-compaore-konare", M, PLN, "2007-03-08", "Addis Ababa", [COMPAORE, KONARE], [],
           "Compaoré will travel to Addis Ababa on Thursday to brief African Union Commission chairman"),
    ], ["'Gbagbo flew in from Abidjan on Sunday morning' (travel)",
        "'Gbagbo first proposed direct talks ... in a televised speech in December' (speech, proposal)",
        "'Charles Konan Banny ... said in Abidjan that he \"took note\"' (statement)",
        "'a new prime minister is to be named \"within five weeks\"' (no encounter)",
        "'Soro told a news conference' (press event)",
        "'Forces Nouvelles commanders are to meet in Bouaké on Tuesday' (internal to one side)",
        "Latest news sidebar (furniture)"]),

    # 013. Seoul daily "Posted : 2024-05-27 18:40 KST" (manifest 2024-05-27, a Monday): "on Monday"
    # 27 May, "On Sunday ... the same evening" 26 May, "in December 2019", "earlier this month"
    # 2024-05, "in July" (future) 2024-07. "each leader met the other two separately" -> three
    # bilateral events; the Yoon sentence is the evidence for two of them.
    ("013", "2024-05-27", False, [
        ev("2024-05-27-seoul-kishida-li-yoon", M, OCC, "2024-05-27", "Seoul", [YOON, LI_QIANG, KISHIDA], [],
           "met in Seoul on Monday for their countries' first trilateral summit"),
        ev("2024-05-26-seoul-li-yoon", M, OCC, "2024-05-26", "Seoul", [YOON, LI_QIANG], [],
           "Yoon received Li and, later, Kishida at the presidential office in Yongsan"),
        ev("2024-05-26-seoul-kishida-yoon", M, OCC, "2024-05-26", "Seoul", [YOON, KISHIDA], [],
           "Yoon received Li and, later, Kishida at the presidential office in Yongsan"),
        ev("2024-05-26-seoul-kishida-li", M, OCC, "2024-05-26", "Seoul", [LI_QIANG, KISHIDA], [],
           "while Li and Kishida held their own talks the same evening"),
        ev("2019-12-24-chengdu-abe-li-moon", M, OCC, "2019-12", "Chengdu", [LI_KEQIANG, MOON, ABE], [],
           "hosted by Li's predecessor Li Keqiang in Chengdu in December 2019"),
        ev("2024-05-13-beijing-cho-wang", M, OCC, "2024-05", "Beijing", [CHO, WANG_YI], [],
           "held talks with his Chinese counterpart Wang Yi in Beijing earlier this month"),
        ev("2024-05-27-japan-south-korea-united-states-call", C, OCC, "2024-05-27", None, [],
           ["South Korea", "United States", "Japan"],
           "Senior officials of South Korea, the United States and Japan held phone talks"),
        ev("2024-07-11-washington-kishida-yoon", M, PLN, "2024-07", "Washington", [YOON, KISHIDA], [],
           "Yoon and Kishida are expected to meet again on the sidelines of the NATO summit"),
    ], ["'North Korea notified Japan's coast guard' (notification, not an encounter)",
        "'Kishida said Japan would host the next summit, but no date was given' (no occasion)",
        "'Li, addressing a business forum' (speech)",
        "'The three leaders did not take questions at their joint press appearance' (press event)",
        "'a foreign ministry spokesperson said' (statement)",
        "Most Viewed: 'Kishida meets Lee Jae-myung? Opposition says no request received' (furniture)"]),

    # 014. Lebanese site "Last updated 28 October 2022, 09:14 GMT" (manifest 2022-10-28, a Friday):
    # "on Thursday"/"Earlier in the day" 27 Oct, "earlier this month" 2022-10 (keyed 11 Oct), "in
    # October 2020", "on Tuesday" (future) 1 Nov. The Naqoura hand-over through the mediator, with
    # the delegations in separate rooms, is one (indirect) meeting of all sides (eval rule 5).
    # Grand Serail and Ain el-Tineh -> Beirut. Biden's calls "separately" -> two call events.
    ("014", "2022-10-28", False, [
        ev("2022-10-27-naqoura-choucair-hochstein-schillat-wronecka", M, OCC, "2022-10-27", "Naqoura",
           [HOCHSTEIN, WRONECKA, CHOUCAIR, SCHILLAT], ["Lebanon", "Israel"],
           "handed signed letters to the American mediator Amos Hochstein at the UN peacekeepers' headquarters"),
        ev("2022-10-27-baabda-aoun-bou-habib-bou-saab-hochstein", M, OCC, "2022-10-27", "Baabda",
           [HOCHSTEIN, AOUN, BOU_SAAB, BOU_HABIB], [],
           "Hochstein was received by President Michel Aoun at Baabda palace"),
        ev("2022-10-27-beirut-hochstein-mikati", M, OCC, "2022-10-27", "Beirut", [HOCHSTEIN, MIKATI], [],
           "The envoy then called on caretaker Prime Minister Najib Mikati at the Grand Serail"),
        ev("2022-10-27-beirut-berri-hochstein", M, OCC, "2022-10-27", "Beirut", [HOCHSTEIN, BERRI], [],
           "and on Speaker Nabih Berri in Ain el-Tineh before driving south"),
        ev("2022-10-11-aoun-biden-call", C, OCC, "2022-10", None, [BIDEN, AOUN], [],
           "who spoke separately by phone with Aoun and Lapid earlier this month"),
        ev("2022-10-11-biden-lapid-call", C, OCC, "2022-10", None, [BIDEN, LAPID], [],
           "who spoke separately by phone with Aoun and Lapid earlier this month"),
        ev("2020-10-14-naqoura-schenker", M, OCC, "2020-10", "Naqoura", [SCHENKER], ["Lebanon", "Israel"],
           "The indirect talks began in the same UN compound in October 2020"),
        ev("2022-11-01-algiers-arab-league-mikati", M, PLN, "2022-11-01", "Algiers", [MIKATI], ["Arab League"],
           "when Arab leaders gather in Algiers on Tuesday for the Arab League summit"),
    ], ["'Yair Lapid signed the Israeli letter at a special cabinet session' (internal to one government)",
        "'Biden ... said the agreement would bring' (statement)",
        "'Hassan Nasrallah said in a televised speech on Thursday evening' (speech)",
        "'Aoun ... has no plans to meet Israeli officials' (negation)",
        "'The two delegations never sat together' (they still took part in one indirect meeting)",
        "Read more: 'Berri receives French ambassador', 'Mikati meets IMF team' (furniture)"]),
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
