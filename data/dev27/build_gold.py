#!/usr/bin/env python3
"""Generate gold.jsonl and manifest.jsonl for the dev27 development corpus.

Run:  python3 data/dev27/build_gold.py   then   python3 data/eval/validate.py data/dev27
Each article lists its true publication date, whether the manifest hides it, its gold
events, and (for documentation only) the traps it contains that must NOT be extracted.
dev27 is a READABLE development set: unlike the holdout sets, it may be read while developing.
It covers real, mostly less-famous occasions from 1963 to 2018 (recalled meetings reach back to
1963 and 1977) in every region (Africa, Latin America, the Caribbean, South Asia, Southeast Asia,
East Asia, the Middle East, Central Asia, Europe, Oceania and North America) with a MIX of event
types: occurred in-person meetings (about two thirds), planned meetings (about a fifth), phone
calls, and gatherings or delegation-only talks with groups. The layouts differ from dev26: an
obituary, a machine-translated Spanish page, a TV rush transcript, a photo gallery, a Q&A
explainer, a digitised wire archive, a ministry press release repost, a Gulf news site, a
machine-translated Turkish page, a Central Asian site, a live blog in reverse order, a magazine
profile, an NGO email newsletter with no date at all, and a Sunday paper archive page. The pages
lean on: a dispatch day different from the page day ("KAMPALA, July 27" on a July 28 page),
"last weekend", "the previous evening", "two days later", "five days earlier", "the following
May", "over the weekend", "late last month", "next Thursday" (Saturday page), "at the end of the
month", "earlier ... that day", "last Wednesday"; titles, first names and nicknames ("Dr John",
"el Chino", "Bung Karno", "the Tunku"); transliterations and misspellings (Beshir, Soekarno,
Chien Chi-chen, Lee Sang-ock, Salih, Ba Jammal, Mubarek, Esad, Mirziyoev, Rakhmon, Nurberdieva,
Behari); passive voice ("was received by"); delegation lists; recalled older meetings; several
events in one sentence; and many non-event distractors.
Three pages have no date in the manifest: 002 (Spanish date line "Sábado, 25 de enero de 1992"),
010 (Roman-numeral month "15.III.2018 | 21:07") and 013 (an email newsletter with no date at all,
so every date on it is null).
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

# canonical names
BASHIR, GARANG, MUSEVENI, ATABANI, KIIR, SUMBEIYWO, CARTER, MOI = (
    "Omar al-Bashir", "John Garang", "Yoweri Museveni", "Ghazi Salahuddin Atabani", "Salva Kiir",
    "Lazaro Sumbeiywo", "Jimmy Carter", "Daniel arap Moi")
BEYE, EYADEMA, DE_MOURA, MANUVAKOLA, DOS_SANTOS, CHILUBA, SAVIMBI, MANDELA, MUGABE, ANNAN, \
    KONARE, OBENG = (
        "Alioune Blondin Beye", "Gnassingbe Eyadema", "Venancio de Moura", "Eugenio Manuvakola",
        "Jose Eduardo dos Santos", "Frederick Chiluba", "Jonas Savimbi", "Nelson Mandela",
        "Robert Mugabe", "Kofi Annan", "Alpha Oumar Konare", "Seth Kofi Obeng")
FUJIMORI, PAZ_ZAMORA, BLACKER, ITURRALDE, SILVA_CIMMA = (
    "Alberto Fujimori", "Jaime Paz Zamora", "Augusto Blacker Miller", "Carlos Iturralde Ballivian",
    "Enrique Silva Cimma")
H_ORTEGA, CALERO, CESAR, OBANDO, BAENA, ARIAS, D_ORTEGA = (
    "Humberto Ortega", "Adolfo Calero", "Alfredo Cesar", "Miguel Obando y Bravo",
    "Joao Clemente Baena Soares", "Oscar Arias", "Daniel Ortega")
CASTRO, JAGDEO, GONSALVES, MANLEY, CHAVEZ = (
    "Fidel Castro", "Bharrat Jagdeo", "Ralph Gonsalves", "Michael Manley", "Hugo Chavez")
DEUBA, RAO, SHARMA, VAJPAYEE, LOHANI, MUKHERJEE, KOIRALA = (
    "Sher Bahadur Deuba", "P. V. Narasimha Rao", "Shankar Dayal Sharma", "Atal Bihari Vajpayee",
    "Prakash Chandra Lohani", "Pranab Mukherjee", "Girija Prasad Koirala")
SUKARNO, TUNKU, MACAPAGAL, SUBANDRIO, RAZAK, PELAEZ, SANDYS = (
    "Sukarno", "Tunku Abdul Rahman", "Diosdado Macapagal", "Subandrio", "Abdul Razak Hussein",
    "Emmanuel Pelaez", "Duncan Sandys")
LEE_SO, QIAN, LI_PENG, ROH, YANG = (
    "Lee Sang-ok", "Qian Qichen", "Li Peng", "Roh Tae-woo", "Yang Shangkun")
SAUD, BAJAMMAL, ABDULLAH, SALEH, NAYEF, ARAB, BASHAR = (
    "Saud al-Faisal", "Abdul Qadir Bajammal", "Abdullah bin Abdulaziz", "Ali Abdullah Saleh",
    "Nayef bin Abdulaziz", "Hussein Mohammed Arab", "Bashar al-Assad")
ZIYAL, AL_HASSAN, MUBARAK, ASSAD, DEMIREL = (
    "Ugur Ziyal", "Adnan Badr al-Hassan", "Hosni Mubarak", "Hafez al-Assad", "Suleyman Demirel")
NAZARBAYEV, MIRZIYOYEV, JEENBEKOV, RAHMON, NURBERDIYEVA, BERDI = (
    "Nursultan Nazarbayev", "Shavkat Mirziyoyev", "Sooronbay Jeenbekov", "Emomali Rahmon",
    "Akja Nurberdiyeva", "Gurbanguly Berdimuhamedow")
TRAJKOVSKI, GEORGIEVSKI, CRVENKOVSKI, XHAFERI, IMERI, LEOTARD, PARDEW, ROBERTSON, SOLANA = (
    "Boris Trajkovski", "Ljubco Georgievski", "Branko Crvenkovski", "Arben Xhaferi", "Imer Imeri",
    "Francois Leotard", "James Pardew", "George Robertson", "Javier Solana")
ZIELENIEC, KLAUS, KOHL, KINKEL, HAVEL, ROSATI = (
    "Josef Zieleniec", "Vaclav Klaus", "Helmut Kohl", "Klaus Kinkel", "Vaclav Havel",
    "Dariusz Rosati")
SOGAVARE, NORI, RUA, TE_E, HOWARD = (
    "Manasseh Sogavare", "Andrew Nori", "Jeremy Rua", "Andrew Te'e", "John Howard")
JOHNSON, PEARSON, RUSK, MARTIN, REISMAN = (
    "Lyndon B. Johnson", "Lester B. Pearson", "Dean Rusk", "Paul Martin Sr.", "Simon Reisman")

SPLM = "Sudan People's Liberation Movement"
RESISTANCE = "Nicaraguan Resistance"


def ev(key, kind, status, date, location, participants, groups, evidence, date_end=None):
    e = {"key": key, "kind": kind, "status": status, "date": date}
    if date_end:
        e["date_end"] = date_end
    e.update({"location": location, "participants": participants, "groups": groups,
              "evidence": evidence})
    return e


M, C, OCC, PLN = "meeting", "call", "occurred", "planned"

ARTICLES = [
    # 000. Wire page "Sunday, July 28, 2002" (manifest 2002-07-28); the dispatch is "KAMPALA, July 27"
    # (a Saturday), so "this afternoon" and "the same evening" are 27 Jul, and "tonight" too.
    # "last weekend" (seen from the 27th/28th) is 20-21 Jul -> month only, 2002-07; the Machakos
    # signing is tied to it by "That framework ... was signed" (coreference). "In December 1999"
    # -> 1999-12. "on August 12" (future) -> 2002-08-12.
    # "Beshir" = Omar al-Bashir; "the general" = Bashir; "Dr John", "the SPLM chairman" = Garang;
    # "the two presidents" in the Nairobi sentence = Museveni and the general.
    # Machakos: "five weeks of talks between the two delegations" -> groups Sudan and SPLM.
    ("000", "2002-07-28", False, [
        ev("2002-07-27-kampala-bashir-garang-museveni", M, OCC, "2002-07-27", "Kampala",
           [BASHIR, GARANG, MUSEVENI], [],
           "John Garang sat down together for the first time this afternoon, spending two hours"),
        ev("2002-07-20-machakos-atabani-kiir-sumbeiywo", M, OCC, "2002-07", "Machakos",
           [ATABANI, KIIR, SUMBEIYWO], ["Sudan", SPLM],
           "was signed in the Kenyan town of that name by Ghazi Salahuddin Atabani for Khartoum"),
        ev("1999-12-08-nairobi-bashir-carter-moi-museveni", M, OCC, "1999-12", "Nairobi",
           [CARTER, MOI, MUSEVENI, BASHIR], [],
           "brought the two presidents together in Nairobi, where they signed a pact"),
        ev("2002-07-27-moi-museveni-call", C, OCC, "2002-07-27", None, [MUSEVENI, MOI], [],
           "Museveni telephoned Moi the same evening to brief him on the meeting"),
        ev("2002-08-12-machakos-splm-sudan", M, PLN, "2002-08-12", "Machakos", [], ["Sudan", SPLM],
           "Negotiators are due back in Machakos on August 12 to open a second phase"),
    ], ["'A communique read out by a Ugandan minister said ...' (statement)",
        "'Dr John did not accept an invitation to visit Khartoum' (invitation not accepted)",
        "'could meet again \"whenever the process needs it\"' (vague intention)",
        "'Garang was expected to fly back to Nairobi tonight' (travel without an encounter)",
        "'In Cairo, the foreign ministry issued a statement' (statement)",
        "'Beshir told state television' (interview)",
        "'the SPLM's leadership council is to gather in Rumbek next week' (internal to one side)",
        "Photo caption 'Museveni (centre) with his two guests in Kampala on Saturday' (same event)",
        "RELATED: 'Moi receives IGAD envoys', 'Kiir meets Egyptian delegation' (furniture)"]),

    # 001. Obituary "Monday 29 June 1998" (manifest 1998-06-29). "on Friday night" 26 Jun; "his last
    # day" = the day of the crash, 26 Jun; "on 20 November 1994"; "Five days earlier" -> 15 Nov 1994;
    # "the following May" -> 1995-05 (keyed 6 May 1995); "over the weekend" (27-28 Jun) -> 1998-06
    # (keyed 28 Jun); "on Wednesday" (future) -> 1 Jul 1998.
    # "the envoy" = Beye; "the host" = Chiluba; "in the city" = Lusaka.
    # Joint Commission: "the government, UNITA and observers from Portugal, Russia and the United
    # States" -> groups.
    ("001", "1998-06-29", False, [
        ev("1998-06-26-lome-beye-eyadema", M, OCC, "1998-06-26", "Lome", [BEYE, EYADEMA], [],
           "where he was received by President Gnassingbe Eyadema"),
        ev("1994-11-20-lusaka-beye-chiluba-de-moura-dos-santos-manuvakola", M, OCC, "1994-11-20",
           "Lusaka", [DE_MOURA, MANUVAKOLA, DOS_SANTOS, CHILUBA, BEYE], [],
           "signed it there on 20 November 1994, with President Jose Eduardo dos Santos"),
        ev("1994-11-15-lusaka-mandela-mugabe", M, OCC, "1994-11-15", "Lusaka", [MANDELA, MUGABE], [],
           "Five days earlier Nelson Mandela and Robert Mugabe had met in the city"),
        ev("1995-05-06-lusaka-beye-dos-santos-savimbi", M, OCC, "1995-05", "Lusaka",
           [SAVIMBI, DOS_SANTOS, BEYE], [],
           "he coaxed Savimbi to Lusaka for his first face-to-face meeting with dos Santos"),
        ev("1998-06-28-annan-konare-call", C, OCC, "1998-06", None, [ANNAN, KONARE], [],
           "telephoned Mali's President Alpha Oumar Konare over the weekend to offer condolences"),
        ev("1998-07-01-luanda-obeng", M, PLN, "1998-07-01", "Luanda", [OBENG],
           ["Angola", "UNITA", "Portugal", "Russia", "United States"],
           "when it meets in Luanda on Wednesday"),
    ], ["'to seek Henri Konan Bedie's support' (intended, never happened: he died on the way)",
        "'Boutros Boutros-Ghali sent him to Luanda in 1993' (appointment, no encounter)",
        "'Jonas Savimbi stayed away' (negation)",
        "'They met twice more in Gabon' (counted, no single occasion)",
        "'Beye shuttled endlessly to ... Bailundo, sometimes every week' (habitual)",
        "'Kofi Annan ... told reporters there' (press remarks)",
        "'Fernando Franca Van-Dunem, said the circumstances ... were unusual' (statement)",
        "Related: 'UNITA misses another deadline' (furniture)"]),

    # 002. Machine-translated Peruvian page; manifest null; the page date line is Spanish,
    # "Sábado, 25 de enero de 1992" (true date 1992-01-25). "yesterday" -> 24 Jan; "on Thursday at
    # night" 23 Jan (travel only); "at the end of August" (past) -> 1991-08 (keyed 29 Aug 1991);
    # "in March" (future) -> 1992-03; "on Wednesday" -> 22 Jan.
    # "el Chino" = Fujimori, "Jaime" = Paz Zamora. "in the Bolivian Amazon" names no city ->
    # location "Bolivia". "The chancellors" = the foreign ministers, present at the same signing.
    ("002", "1992-01-25", True, [
        ev("1992-01-24-ilo-blacker-miller-fujimori-iturralde-paz-zamora", M, OCC, "1992-01-24", "Ilo",
           [FUJIMORI, PAZ_ZAMORA, BLACKER, ITURRALDE], [],
           "Presidents Alberto Fujimori of Peru and Jaime Paz Zamora of Bolivia signed yesterday"),
        ev("1991-08-29-bolivia-fujimori-paz-zamora", M, OCC, "1991-08", "Bolivia",
           [FUJIMORI, PAZ_ZAMORA], [],
           "The project was born when \"el Chino\" and Jaime met in the Bolivian Amazon"),
        ev("1992-03-la-paz-bolivia-peru", M, PLN, "1992-03", "La Paz", [], ["Peru", "Bolivia"],
           "A binational commission will meet in La Paz in March"),
        ev("1992-01-22-blacker-miller-silva-cimma-call", C, OCC, "1992-01-22", None,
           [BLACKER, SILVA_CIMMA], [],
           "informed his Chilean colleague, Enrique Silva Cimma, by telephone on Wednesday"),
    ], ["'had arrived on Thursday at night after crossing the altiplano' (travel without an encounter)",
        "'In his speech, Paz Zamora said' (speech)",
        "'Fujimori, in press conference' (press conference)",
        "'accepted an invitation to visit La Paz \"at the opportune moment\"' (no concrete occasion)",
        "'the Chilean chancellery did not make comments' (statement)",
        "'Paz Zamora spoke by telephone with his vice-president' (internal to one government)",
        "'the Council of Ministers had met on Thursday' (cabinet meeting)",
        "Photo caption 'with the water to the knees, in Boliviamar' (same event)",
        "Más leídas: 'Fujimori and Paz Zamora: the photo of the year' (furniture)"]),

    # 003. TV rush transcript "broadcast Thursday, March 24, 1988" (manifest 1988-03-24). "late last
    # night" -> 23 Mar; talks "that opened on Monday" -> 21 Mar, one round 21-23 Mar (date_end);
    # "in Managua on April 6"; "on Monday, March 28"; "In December" (past) -> 1987-12 (keyed 3 Dec
    # 1987); "last night" (the calls) -> 23 Mar. "our northern border", "our own president" place the
    # channel in Costa Rica; "here" (the commissions) = Sapoa.
    # Santo Domingo: indirect talks through the cardinal = one meeting of all sides (eval rule 5).
    # Arias "telephoned Daniel Ortega and Adolfo Calero separately" -> two calls.
    ("003", "1988-03-24", False, [
        ev("1988-03-21-sapoa-baena-soares-calero-cesar-obando-y-bravo-ortega", M, OCC, "1988-03-21",
           "Sapoa", [H_ORTEGA, CALERO, CESAR, OBANDO, BAENA], ["Nicaragua", RESISTANCE],
           "closing three days of face-to-face talks between the two delegations that opened on Monday",
           date_end="1988-03-23"),
        ev("1988-04-06-managua-nicaragua-nicaraguan-resistance", M, PLN, "1988-04-06", "Managua", [],
           ["Nicaragua", RESISTANCE],
           "The two sides will meet again at the highest level in Managua on April 6"),
        ev("1988-03-28-sapoa-nicaragua-nicaraguan-resistance", M, PLN, "1988-03-28", "Sapoa", [],
           ["Nicaragua", RESISTANCE], "military commissions will sit down here on Monday, March 28"),
        ev("1987-12-03-santo-domingo-obando-y-bravo", M, OCC, "1987-12", "Santo Domingo", [OBANDO],
           ["Nicaragua", RESISTANCE],
           "the cardinal carried proposals between the two delegations in separate rooms in Santo Domingo"),
        ev("1988-03-23-arias-ortega-call", C, OCC, "1988-03-23", None, [ARIAS, D_ORTEGA], [],
           "he had telephoned Daniel Ortega and Adolfo Calero separately last night"),
        ev("1988-03-23-arias-calero-call", C, OCC, "1988-03-23", None, [ARIAS, CALERO], [],
           "he had telephoned Daniel Ortega and Adolfo Calero separately last night"),
    ], ["'Until now they had never sat face to face' (negation)",
        "'No American official attended here' (negation)",
        "'the contra directorate says it will meet in Miami' (internal to one side)",
        "'President Arias told reporters this morning' (press remarks; his calls are the events)",
        "'General Ortega ... gave a long news conference in Managua today' (press conference)",
        "'A White House spokesman said only ...' (statement)",
        "'Offensive operations stop on April first' (not a meeting)",
        "Related transcripts: 'Contras and Sandinistas arrive at the border' (furniture)"]),

    # 004. Photo gallery "Monday 9 December 2002" (manifest 2002-12-09). "on Sunday" 8 Dec;
    # "on Saturday evening" and "on Saturday" 7 Dec; "FILE, October 1977" -> 1977-10 (keyed 16 Oct
    # 1977); "in Barbados in 2005" (future) -> year only, 2005 (keyed 8 Dec 2005, Bridgetown; the
    # page names no city, so the location is the country).
    # The summit is reported as a gathering ("gathered in the Cuban capital", "as the summit
    # opens") -> group CARICOM; participants only those the captions place there (Castro, Jagdeo).
    # "Guyana's president" = Jagdeo; "the Cuban leader" = Castro.
    ("004", "2002-12-09", False, [
        ev("2002-12-08-havana-castro-jagdeo", M, OCC, "2002-12-08", "Havana", [CASTRO, JAGDEO],
           ["CARICOM"],
           "current chairman of the Caribbean Community, as the summit opens in Havana on Sunday"),
        ev("2002-12-07-havana-castro-gonsalves", M, OCC, "2002-12-07", "Havana", [CASTRO, GONSALVES],
           [], "was received by Castro at the Palace of the Revolution on Saturday evening"),
        ev("1977-10-16-kingston-castro-manley", M, OCC, "1977-10", "Kingston", [CASTRO, MANLEY], [],
           "FILE, October 1977: Castro with Jamaica's Prime Minister Michael Manley in Kingston"),
        ev("2002-12-07-chavez-jagdeo-call", C, OCC, "2002-12-07", None, [JAGDEO, CHAVEZ], [],
           "he had also spoken by telephone on Saturday with Hugo Chavez"),
        ev("2005-12-08-barbados-caricom-cuba", M, PLN, "2005", "Barbados", [], ["CARICOM", "Cuba"],
           "the leaders will meet every three years, the next time in Barbados in 2005"),
    ], ["'opened relations with Havana' thirty years ago (diplomatic act, no encounter stated)",
        "2/12 family photograph (same summit)",
        "4/12 'addresses the closing session' (speech)",
        "6/12 'some heads of government will tour on Monday morning' (a visit, not an encounter)",
        "7/12 'Carrington talks to journalists' (press remarks)",
        "9/12 'The US Interests Section ... declined to comment' (statement)",
        "10/12 'Gonsalves (left) and Jagdeo share a joke during a break' (inside the same summit)",
        "Most Viewed: 'Patterson meets Manning in Port of Spain' (furniture)"]),

    # 005. Kathmandu Q&A "Tuesday, February 13, 1996" (manifest 1996-02-13). "yesterday" 12 Feb;
    # "On Sunday evening" 11 Feb; "Yesterday afternoon" 12 Feb; "late last month" -> 1996-01 (keyed
    # 29 Jan 1996); "In December 1991"; "in October 1992" (keyed 20 Oct 1992); "next month" (future)
    # -> 1996-03.
    # Hyderabad House, Rashtrapati Bhavan, "the Indian capital" -> New Delhi. "Atal Behari" is a
    # misspelling of Atal Bihari Vajpayee. Treaty talks "between the two delegations" -> groups.
    ("005", "1996-02-13", False, [
        ev("1996-02-12-new-delhi-deuba-rao", M, OCC, "1996-02-12", "New Delhi", [DEUBA, RAO],
           ["Nepal", "India"],
           "in New Delhi yesterday, after an hour of talks between the two delegations"),
        ev("1996-02-11-new-delhi-deuba-sharma", M, OCC, "1996-02-11", "New Delhi", [DEUBA, SHARMA], [],
           "On Sunday evening Mr Deuba called on President Shankar Dayal Sharma at Rashtrapati Bhavan"),
        ev("1996-02-12-new-delhi-deuba-vajpayee", M, OCC, "1996-02-12", "New Delhi",
           [DEUBA, VAJPAYEE], [],
           "Yesterday afternoon he was received by the leader of the opposition, Atal Behari Vajpayee"),
        ev("1996-01-29-kathmandu-lohani-mukherjee", M, OCC, "1996-01", "Kathmandu",
           [LOHANI, MUKHERJEE], [], "Pranab Mukherjee, initialled it in Kathmandu late last month"),
        ev("1991-12-06-new-delhi-koirala-rao", M, OCC, "1991-12", "New Delhi", [KOIRALA, RAO], [],
           "Girija Prasad Koirala, agreed during talks with Mr Rao in New Delhi"),
        ev("1992-10-20-kathmandu-koirala-rao", M, OCC, "1992-10", "Kathmandu", [RAO, KOIRALA], [],
           "Mr Rao came to Kathmandu in October 1992 and held talks with Koirala"),
        ev("1996-03-kathmandu-india-nepal", M, PLN, "1996-03", "Kathmandu", [], ["Nepal", "India"],
           "the water resources secretaries of the two countries will meet in Kathmandu next month"),
    ], ["'needs a two-thirds majority in a joint sitting of parliament' (internal)",
        "'they did not attend the briefing Mr Deuba gave party chiefs' (internal; negation)",
        "'Speaking to reporters at Palam airport' (press remarks)",
        "'he had telephoned King Birendra from Delhi last night' (internal to one state)",
        "'He will address the House when it reconvenes' (speech)",
        "'on the Kosi in 1954 and the Gandak in 1959' (treaties, no encounter stated)",
        "Read more: 'UML split over Mahakali?' (furniture)"]),

    # 006. Digitised wire archive "Tuesday, August 6, 1963" (manifest 1963-08-06); the dispatch is
    # "MANILA, Aug. 5", so "today" is 5 Aug; the summit "began ... on July 30" -> one round,
    # 30 Jul - 5 Aug (date_end). The Saturday signing of the declaration is part of the same summit.
    # "from June 7 to 11" (past) -> 1963 (date_end); "at the end of May" -> 1963-05 (keyed 31 May);
    # "later this month" (future) -> 1963-08.
    # "Soekarno", "Bung Karno", "the Indonesian President" = Sukarno; "the Tunku", "the Malayan
    # leader" = Tunku Abdul Rahman; "here", "this city" = Manila; Malacanang -> Manila.
    ("006", "1963-08-06", False, [
        ev("1963-07-30-manila-abdul-rahman-macapagal-sukarno", M, OCC, "1963-07-30", "Manila",
           [SUKARNO, TUNKU, MACAPAGAL], [],
           "ended a week-long summit conference here today with a joint statement",
           date_end="1963-08-05"),
        ev("1963-06-07-manila-pelaez-razak-subandrio", M, OCC, "1963-06-07", "Manila",
           [SUBANDRIO, RAZAK, PELAEZ], [], "who met in this city from June 7 to 11",
           date_end="1963-06-11"),
        ev("1963-05-31-tokyo-abdul-rahman-sukarno", M, OCC, "1963-05", "Tokyo", [SUKARNO, TUNKU], [],
           "encounter between Bung Karno and the Tunku in Tokyo at the end of May"),
        ev("1963-08-kuala-lumpur-abdul-rahman-sandys", M, PLN, "1963-08", "Kuala Lumpur",
           [SANDYS, TUNKU], [],
           "Duncan Sandys, is expected in Kuala Lumpur later this month for talks with the Tunku"),
    ], ["'also signed on Saturday a declaration of principles' (inside the same summit)",
        "'The Malayan leader, who flies home tomorrow' (travel)",
        "'refused to postpone the birth of Malaysia' (not a meeting)",
        "'Dr. Subandrio told a news conference' (press conference)",
        "'addressed a rally of Filipino students on Sunday' (speech)",
        "'promised to meet again \"as often as the situation requires\"' (vague)",
        "'asking the United Nations to find out ...' (request, no encounter)",
        "Caption 'links hands with his two guests' (same summit)",
        "Related stories: 'Sukarno and Tunku embrace in Tokyo' (furniture; the body mention counts)"]),

    # 007. Ministry press release reposted by a portal; the release is dated "Seoul, 25 August 1992"
    # (manifest 1992-08-25). "yesterday" 24 Aug; "In the afternoon" 24 Aug; "in November last year"
    # -> 1991-11 (keyed 12 and 13 Nov 1991); "next month" (future) -> 1992-09 (keyed 28 Sep 1992).
    # "Chien Chi-chen" = Qian Qichen (Wade-Giles, explained in the editor's note); "Lee Sang-ock" =
    # Lee Sang-ok; "on that occasion he also called on President Roh at Chong Wa Dae" -> a second
    # 1991 event (Chong Wa Dae -> Seoul). The Korean delegation is listed without names -> group.
    # The state visit names the country only -> location "China".
    ("007", "1992-08-25", False, [
        ev("1992-08-24-beijing-lee-qian", M, OCC, "1992-08-24", "Beijing", [LEE_SO, QIAN],
           ["South Korea"],
           "signed the Joint Communique on the Establishment of Diplomatic Relations at 9 a.m. yesterday"),
        ev("1992-08-24-beijing-lee-li", M, OCC, "1992-08-24", "Beijing", [LEE_SO, LI_PENG], [],
           "Minister Lee called on Premier Li Peng at the Great Hall of the People"),
        ev("1991-11-12-seoul-lee-qian", M, OCC, "1991-11", "Seoul", [LEE_SO, QIAN], [],
           "The two Ministers first met in Seoul in November last year"),
        ev("1991-11-13-seoul-qian-roh", M, OCC, "1991-11", "Seoul", [QIAN, ROH], [],
           "on that occasion he also called on President Roh at Chong Wa Dae"),
        ev("1992-09-28-china-roh-yang", M, PLN, "1992-09", "China", [ROH, YANG], [],
           "will pay a state visit to the People's Republic of China next month"),
    ], ["'when Minister Chien attended the Third APEC Ministerial Meeting' (backdrop of the 1991 meeting)",
        "'held several rounds of preliminary talks ... since May' (counted, no single occasion)",
        "'notified the Republic of China of its decision by diplomatic note' (note, no encounter)",
        "'the Foreign Minister in Taipei has issued a statement of protest' (statement)",
        "'will brief the National Assembly Foreign Affairs and Unification Committee' (internal)",
        "Related releases: 'President Roh's address to the nation' (furniture)"]),

    # 008. Gulf site "Tuesday, 13 June 2000 | 04:15 GMT" (manifest 2000-06-13). "yesterday" 12 Jun;
    # "the previous evening" / "on Sunday evening" 11 Jun; "last month" -> 2000-05 (keyed 22 May);
    # "in February 1995" (keyed 26 Feb 1995); "in August" (future) -> 2000-08 (keyed 14 Aug);
    # "on Sunday" (the call) 11 Jun.
    # Al-Salam Palace -> Jeddah; the airport welcome on Sunday is a separate encounter (another day).
    # "Salih" = Ali Abdullah Saleh; "Ba Jammal" = Abdul Qadir Bajammal; "the Yemeni leader" = Saleh;
    # "the late president's son, Bashar" = Bashar al-Assad. Key names: the Crown Prince and Prince
    # Nayef are keyed by their customary names (abdullah, nayef), Saud al-Faisal as al-faisal.
    ("008", "2000-06-13", False, [
        ev("2000-06-12-jeddah-abdullah-al-faisal-bajammal-saleh", M, OCC, "2000-06-12", "Jeddah",
           [SAUD, BAJAMMAL, ABDULLAH, SALEH], [],
           "The document was signed at Al-Salam Palace by Foreign Minister Prince Saud al-Faisal"),
        ev("2000-06-11-jeddah-abdullah-saleh", M, OCC, "2000-06-11", "Jeddah", [SALEH, ABDULLAH], [],
           "Salih was met at King Abdulaziz International Airport on Sunday evening by the Crown Prince"),
        ev("2000-05-22-sanaa-abdullah-saleh", M, OCC, "2000-05", "Sanaa", [ABDULLAH, SALEH], [],
           "Prince Abdullah went to Sanaa for the tenth anniversary of Yemeni unity and held talks"),
        ev("1995-02-26-mecca-saudi-arabia-yemen", M, OCC, "1995-02", "Mecca", [],
           ["Saudi Arabia", "Yemen"],
           "the memorandum of understanding the two governments signed in Mecca in February 1995"),
        ev("2000-08-14-sanaa-arab-nayef", M, PLN, "2000-08", "Sanaa", [NAYEF, ARAB], [],
           "are expected to meet in Sanaa in August to launch the demarcation work"),
        ev("2000-06-11-bashar-al-assad-saleh-call", C, OCC, "2000-06-11", None, [SALEH, BASHAR], [],
           "Salih telephoned the late president's son, Bashar, on Sunday to offer his condolences"),
    ], ["'Details ... will be given at a press conference in Jeddah on Wednesday' (press conference)",
        "'were due to fly separately to Damascus today for the funeral' (travel, no encounter stated)",
        "'King Fahd did not appear at any of the ceremonies' (negation)",
        "'the boundary drawn by the 1934 Taif treaty' (treaty, no encounter stated)",
        "'The Yemeni parliament must ratify it' (internal)",
        "MOST READ: 'Kuwait cabinet reshuffle expected' (furniture)"]),

    # 009. Machine-translated Turkish page "21.10.1998 Çarşamba / Wednesday" (manifest 1998-10-21).
    # "last night" 20 Oct, "began on Monday morning" 19 Oct -> one round 19-20 Oct (date_end);
    # "on 4 October"; "two days later" -> 6 Oct; "yesterday evening" 20 Oct; "next month" (future) ->
    # 1998-11.
    # Turkish spellings: "Hüsnü Mübarek" = Hosni Mubarak, "Hafız Esad" = Hafez al-Assad, "Kemal
    # Harrazi" = Kamal Kharrazi, "Abdülhalim Haddam" = Abdul Halim Khaddam, "Sayın Demirel" =
    # Suleyman Demirel, "Adnan Badr al-Hasan" = Adnan Badr al-Hassan. "our city" = Adana.
    # Mubarak's two meetings are in one sentence; the governor's residence -> Adana.
    ("009", "1998-10-21", False, [
        ev("1998-10-19-adana-al-hassan-ziyal", M, OCC, "1998-10-19", "Adana", [ZIYAL, AL_HASSAN],
           ["Turkey", "Syria"], "finished their meeting last night with the signing of a protocol",
           date_end="1998-10-20"),
        ev("1998-10-04-damascus-al-assad-mubarak", M, OCC, "1998-10-04", "Damascus",
           [MUBARAK, ASSAD], [],
           "Egyptian President Hüsnü Mübarek met Hafız Esad in Damascus on 4 October"),
        ev("1998-10-06-ankara-demirel-mubarak", M, OCC, "1998-10-06", "Ankara", [MUBARAK, DEMIREL], [],
           "and President Süleyman Demirel in Ankara two days later"),
        ev("1998-10-20-demirel-mubarak-call", C, OCC, "1998-10-20", None, [DEMIREL, MUBARAK], [],
           "telephoned Mübarek yesterday evening after the protocol and thanked him for the efforts"),
        ev("1998-11-damascus-syria-turkey", M, PLN, "1998-11", "Damascus", [], ["Turkey", "Syria"],
           "The delegations will meet again in Damascus next month to review the implementation"),
    ], ["'Harrazi also carried messages between the two capitals many times' (habitual)",
        "'Mesut Yılmaz said in his statement in parliament' (speech)",
        "'A meeting of the two foreign ministers could come on the agenda' (hypothetical)",
        "'The National Security Council will evaluate the results' (internal)",
        "'Officials denied the claims that ... Ziyal had met ... Haddam' (denied)",
        "'Öcalan left Syria on 9 October' (travel)",
        "Read also: 'Cem receives Iranian ambassador' (furniture)"]),

    # 010. Central Asian site; manifest null; page date "Published: 15.III.2018 | 21:07" (Roman
    # numeral month; true date 2018-03-15, a Thursday). "today" 15 Mar; "Before the session" 15 Mar;
    # "since Wednesday ... that day" 14 Mar; "last week" -> 2018-03 (keyed 9 Mar); "on Tuesday" 13 Mar;
    # "next year" (future) -> 2019 (keyed 29 Nov 2019, Tashkent).
    # Spellings: "Mirziyoev" = Shavkat Mirziyoyev, "Sooronbai" = Sooronbay Jeenbekov, "Rakhmon" =
    # Emomali Rahmon, "Nurberdieva" = Akja Nurberdiyeva, "Berdimuhamedov" = Gurbanguly
    # Berdimuhamedow. The Akorda, "the Kazakh capital" -> Astana.
    # Nurberdiyeva represents Turkmenistan in person, so she is a participant.
    ("010", "2018-03-15", True, [
        ev("2018-03-15-astana-jeenbekov-mirziyoyev-nazarbayev-nurberdiyeva-rahmon", M, OCC,
           "2018-03-15", "Astana", [NAZARBAYEV, MIRZIYOYEV, JEENBEKOV, RAHMON, NURBERDIYEVA], [],
           "The heads of state of Central Asia held a consultative meeting at the Akorda today"),
        ev("2018-03-15-astana-jeenbekov-nazarbayev", M, OCC, "2018-03-15", "Astana",
           [NAZARBAYEV, JEENBEKOV], [],
           "Before the session Jeenbekov was received by Nazarbayev for a separate conversation"),
        ev("2018-03-14-astana-nazarbayev-rahmon", M, OCC, "2018-03-14", "Astana",
           [RAHMON, NAZARBAYEV], [], "held talks with Nazarbayev that day, inviting him to Dushanbe"),
        ev("2018-03-09-dushanbe-mirziyoyev-rahmon", M, OCC, "2018-03", "Dushanbe",
           [RAHMON, MIRZIYOYEV], [],
           "The Tajik leader had himself welcomed Mirziyoev to Dushanbe last week"),
        ev("2018-03-13-berdimuhamedow-mirziyoyev-call", C, OCC, "2018-03-13", None,
           [MIRZIYOYEV, BERDI], [],
           "he also spoke by phone with Berdimuhamedov on Tuesday about the format"),
        ev("2019-11-29-tashkent-central-asia", M, PLN, "2019", "Tashkent", [],
           ["Kazakhstan", "Kyrgyzstan", "Tajikistan", "Turkmenistan", "Uzbekistan"],
           "the heads of the five states will gather again next year in Tashkent"),
    ], ["'President Gurbanguly Berdimuhamedov did not travel' (negation)",
        "'inviting him to Dushanbe' (invitation with no date; the Wednesday talks are the event)",
        "'who proposed it at the UN General Assembly in September' (speech)",
        "'\"maintained contacts but not met together\" for nine years' (vague/negation)",
        "'the secretaries of their security councils should consult regularly' (habitual)",
        "'The presidents then attended a Nauryz concert' (same gathering, not a new encounter)",
        "Most read: 'Tenge strengthens ahead of Nauryz' (furniture)"]),

    # 011. Live blog in reverse order, "Monday 13 August 2001" (manifest 2001-08-13). The 12:52 entry
    # reports the signing (occurred; the 09:05 preview is the same event, listed once); "last
    # Wednesday" -> 8 Aug; "tomorrow" -> 14 Aug; "last night" -> 12 Aug.
    # Vodno hill above Skopje -> Skopje; "the capital" -> Skopje; "the lakeside town of Ohrid".
    # "the four party leaders" = Georgievski (VMRO-DPMNE), Crvenkovski, Xhaferi, Imeri; "the two
    # envoys" = Leotard and Pardew.
    ("011", "2001-08-13", False, [
        ev("2001-08-13-skopje-crvenkovski-georgievski-imeri-leotard-pardew-trajkovski-xhaferi", M, OCC,
           "2001-08-13", "Skopje",
           [TRAJKOVSKI, GEORGIEVSKI, CRVENKOVSKI, XHAFERI, IMERI, LEOTARD, PARDEW], [],
           "put their names to the document at the presidential residence on Vodno hill"),
        ev("2001-08-08-ohrid-crvenkovski-georgievski-imeri-leotard-pardew-xhaferi", M, OCC,
           "2001-08-08", "Ohrid", [GEORGIEVSKI, CRVENKOVSKI, XHAFERI, IMERI, LEOTARD, PARDEW], [],
           "the four party leaders initialled it last Wednesday in the presence of the two envoys"),
        ev("2001-08-14-skopje-robertson-trajkovski", M, PLN, "2001-08-14", "Skopje",
           [ROBERTSON, TRAJKOVSKI], [],
           "is due in the capital tomorrow for talks with President Trajkovski"),
        ev("2001-08-12-solana-trajkovski-call", C, OCC, "2001-08-12", None, [SOLANA, TRAJKOVSKI], [],
           "who spoke by phone with Trajkovski last night"),
    ], ["'Georgievski, speaking after the ceremony' (speech)",
        "'the government held an emergency session' (internal)",
        "'Ali Ahmeti ... was not at Vodno and has not signed' (negation)",
        "'welcomed the signature in a statement from Brussels' (statement)",
        "10:15 'Cars carrying Xhaferi and Imeri have arrived' (arrival for the same event)",
        "'Parliament must still pass ...; a session is expected at the end of the month' (internal)",
        "'The ceremony here was delayed by weekend fighting' (not a meeting)",
        "Related coverage: 'Who is Ali Ahmeti?' (furniture)"]),

    # 012. Magazine profile "Saturday, 25 January 1997" (manifest 1997-01-25). "on Tuesday" 21 Jan;
    # "on 20 December" (past, no year) -> 1996-12-20; "next Thursday" on a Saturday page -> 30 Jan.
    # The Liechtenstein Palace -> Prague. "the Chancellor" = Kohl; "his Czech colleague" =
    # Zieleniec; "the German minister" = Kinkel. The initialling and Havel's bedside reception are
    # two events in one sentence (same day, different encounters).
    ("012", "1997-01-25", False, [
        ev("1997-01-21-prague-kinkel-klaus-kohl-zieleniec", M, OCC, "1997-01-21", "Prague",
           [ZIELENIEC, KLAUS, KINKEL, KOHL], [],
           "stood a little behind the two heads of government as they signed the Czech-German Declaration"),
        ev("1996-12-20-prague-kinkel-zieleniec", M, OCC, "1996-12-20", "Prague", [KINKEL, ZIELENIEC], [],
           "when Kinkel flew to Prague for a short ceremony with his Czech colleague"),
        ev("1996-12-20-prague-havel-kinkel", M, OCC, "1996-12-20", "Prague", [KINKEL, HAVEL], [],
           "the German minister was received by Havel at his hospital bedside"),
        ev("1997-01-30-warsaw-rosati-zieleniec", M, PLN, "1997-01-30", "Warsaw", [ZIELENIEC, ROSATI], [],
           "next Thursday he is due in Warsaw for talks with his Polish counterpart, Dariusz Rosati"),
    ], ["'he telephoned the Bavarian premier, Edmund Stoiber' (internal to one state)",
        "'had met more than a dozen times over the drafting' (counted)",
        "'Opposition leaders stayed away from Tuesday's ceremony' (negation)",
        "'Sudeten German associations ... issued a furious statement' (statement)",
        "'The Bundestag votes on the text next week; the Chamber of Deputies ... will follow' (internal)",
        "'A joint visit ... to Washington \"could be arranged in the spring\"' (hypothetical)",
        "Read more: 'Kohl in Prague: six hours, one signature' (furniture)"]),

    # 013. NGO email newsletter with NO date anywhere (manifest null; true date 2000-10-19). Every
    # date is null (eval rule 10): "on Sunday", "on Monday", "next month".
    # Townsville: "six days of talks between delegations of the government and the two militias,
    # hosted by Australian officials" -> groups; named signatories are participants. Keyed on the
    # signing, 15 Oct 2000 ("at an army base in the north Queensland city" = Townsville).
    # The frigate talks "hosted by New Zealand officials ... anchored off Honiara" -> Honiara, groups
    # the two militias and New Zealand (the hosts); keyed year only (2000), from memory.
    # The Peace Monitoring Council is a body of unnamed members -> group.
    ("013", "2000-10-19", True, [
        ev("2000-10-15-townsville-nori-rua-sogavare-te-e", M, OCC, None, "Townsville",
           [SOGAVARE, NORI, RUA, TE_E],
           ["Solomon Islands", "Malaita Eagle Force", "Isatabu Freedom Movement", "Australia"],
           "The agreement was signed on Sunday at an army base in the north Queensland city"),
        ev("2000-honiara-isatabu-freedom-movement-malaita-eagle-force", M, OCC, None, "Honiara", [],
           ["Malaita Eagle Force", "Isatabu Freedom Movement", "New Zealand"],
           "direct talks between the two militias was hosted by New Zealand officials on board"),
        ev("2000-11-honiara-peace-monitoring-council", M, PLN, None, "Honiara", [],
           ["Peace Monitoring Council"],
           "is due to hold its first meeting in Honiara next month"),
        ev("2000-10-16-howard-sogavare-call", C, OCC, None, None, [SOGAVARE, HOWARD], [],
           "he telephoned John Howard on Monday to thank Australia for hosting the talks"),
    ], ["'the two militia leaders have spoken several times by phone' (counted)",
        "'Harold Keke ... refused to come to Townsville' (negation)",
        "'Weapons must be handed in within 30 days' (not a meeting)",
        "'Alexander Downer said in a statement' (statement)",
        "'The National Parliament will be asked to pass an amnesty law' (internal)",
        "'A thanksgiving service is planned' (not a meeting between parties)",
        "Related stories: 'Bougainville: talks on autonomy resume' (furniture)"]),

    # 014. Sunday paper archive "Sunday, January 17, 1965" (manifest 1965-01-17); the dispatch is
    # "JOHNSON CITY, Tex., Jan. 16", so "today" is 16 Jan, "on Friday afternoon" and "the previous
    # evening" 15 Jan (a separate encounter on another day), "on Tuesday" 12 Jan; "in January last
    # year" -> 1964-01 (keyed 21 Jan 1964); "in September" (past) -> 1964-09 (keyed 16 Sep 1964);
    # "at the end of the month" (future) -> 1965-01.
    # The L.B.J. Ranch "here" -> Johnson City (dateline city); the White House -> Washington; the Peace
    # Arch "at Blaine, Washington" -> Blaine. Paul Martin (External Affairs) = Paul Martin Sr.
    ("014", "1965-01-17", False, [
        ev("1965-01-16-johnson-city-johnson-martin-pearson-rusk", M, OCC, "1965-01-16", "Johnson City",
           [JOHNSON, PEARSON, RUSK, MARTIN], [],
           "today signed an agreement to remove tariffs on new cars and original auto parts"),
        ev("1965-01-15-johnson-city-johnson-pearson", M, OCC, "1965-01-15", "Johnson City",
           [PEARSON, JOHNSON], [],
           "he and the President talked for nearly two hours beside the fire the previous evening"),
        ev("1964-01-21-washington-johnson-pearson", M, OCC, "1964-01", "Washington", [PEARSON, JOHNSON],
           [], "Mr. Pearson was received at the White House in January last year"),
        ev("1964-09-16-blaine-johnson-pearson", M, OCC, "1964-09", "Blaine", [JOHNSON, PEARSON], [],
           "met again at the Peace Arch on the border at Blaine, Washington, in September"),
        ev("1965-01-12-johnson-pearson-call", C, OCC, "1965-01-12", None, [JOHNSON, PEARSON], [],
           "Mr. Johnson had telephoned Mr. Pearson in Ottawa on Tuesday to settle the last points"),
        ev("1965-01-washington-reisman", M, PLN, "1965-01", "Washington", [REISMAN], ["United States"],
           "will meet Commerce Department officials in Washington at the end of the month"),
    ], ["'It was their third meeting in a year' (counted)",
        "'The President will seek the approval of Congress' (internal)",
        "'Walter Reuther ... said in a statement' (statement)",
        "'Mr. Pearson left for Ottawa ... and will not return for Wednesday's inauguration' (travel; negation)",
        "'\"may well meet again at Campobello in the summer\"' (hypothetical)",
        "Photo caption 'shake hands after the signing' (same event)",
        "Also on this page / Related stories: 'Johnson, Pearson open Peace Arch ceremony' (furniture)"]),
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
