#!/usr/bin/env python3
"""Generate gold.jsonl and manifest.jsonl for the dev29 development corpus.

Run:  python3 data/dev29/build_gold.py   then   python3 data/eval/validate.py data/dev29
Each article lists its true publication date, whether the manifest hides it, its gold
events, and (for documentation only) the traps it contains that must NOT be extracted.
dev29 is a READABLE development set: unlike the holdout sets, it may be read while developing.
It covers real, less-famous occasions from 1950 to 2025 (recalled meetings reach back to 1948)
in every region the brief named: East Africa (twice), North Africa, the Andes, Mexico, the
Caribbean, South Asia, Southeast Asia, East Asia, the Middle East, the Caucasus, the Nordic
countries, Eastern Europe, Oceania and a multilateral conference. Events MIX occurred in-person
meetings (about three fifths), planned meetings and calls (about a quarter), phone calls, and
gatherings or delegation-only talks with groups. The layouts differ from dev25-dev28: an
OCR'd clipping in a university digital collection, a translated foreign-ministry readout, a
chronology page, a newsreel commentary sheet, a WordPress blog, a digitised 1950 government
press release, a live blog, a teleprinter archive with FLASH/BULLETIN takes, a radio monitoring
digest, an AMP page, an evening paper with a stop-press column, a 1997 web page, a ministerial
doorstop transcript, an Ethiopian news site dated in the Ethiopian calendar, and an e-mail
newsletter.
Three pages have no date in the manifest: 003 (a newsreel commentary sheet with no date or year
anywhere, so every date on it is null), 004 (the date appears only in the blog's permalink URL,
".../2023/12/16/...") and 013 (dated only "Tuesday, Megabit 15, 2007 E.C.", i.e. 24 March 2015
in the Ethiopian calendar).
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

# canonical names
KENYATTA, EGAL, KAUNDA, AKLILU, HAILE_SELASSIE = (
    "Jomo Kenyatta", "Mohamed Ibrahim Egal", "Kenneth Kaunda", "Aklilu Habte-Wold",
    "Haile Selassie")
HASSAN_II, GADDAFI, FAHD, BENDJEDID = (
    "Hassan II", "Muammar Gaddafi", "Fahd bin Abdulaziz", "Chadli Bendjedid")
CARDOSO, FUJIMORI, MAHUAD, CLINTON, MENEM, FREI, MCLARTY, JUAN_CARLOS, TRAZEGNIES, AYALA_LASSO = (
    "Fernando Henrique Cardoso", "Alberto Fujimori", "Jamil Mahuad", "Bill Clinton", "Carlos Menem",
    "Eduardo Frei Ruiz-Tagle", "Thomas McLarty", "Juan Carlos I", "Fernando de Trazegnies",
    "Jose Ayala Lasso")
EISENHOWER, LOPEZ_MATEOS, M_EISENHOWER, TELLO, HILL, WALTERS, RUIZ_CORTINES, ST_LAURENT, DULLES = (
    "Dwight D. Eisenhower", "Adolfo Lopez Mateos", "Milton Eisenhower", "Manuel Tello",
    "Robert C. Hill", "Vernon Walters", "Adolfo Ruiz Cortines", "Louis St. Laurent",
    "John Foster Dulles")
ALI, MADURO, GONSALVES, SKERRIT, AMORIM, MOTTLEY, ROWLEY, BURNHAM, IRIBARREN, STEWART, LULA, \
    TODD, GIL = (
        "Irfaan Ali", "Nicolas Maduro", "Ralph Gonsalves", "Roosevelt Skerrit", "Celso Amorim",
        "Mia Mottley", "Keith Rowley", "Forbes Burnham", "Ignacio Iribarren Borges",
        "Michael Stewart", "Luiz Inacio Lula da Silva", "Hugh Todd", "Yvan Gil")
NEHRU, LIAQUAT, PRASAD = ("Jawaharlal Nehru", "Liaquat Ali Khan", "Rajendra Prasad")
AWALUDDIN, MAHMUD, AHTISAARI, DJALIL, Z_ABDULLAH, KALLA, FEITH = (
    "Hamid Awaluddin", "Malik Mahmud", "Martti Ahtisaari", "Sofyan Djalil", "Zaini Abdullah",
    "Jusuf Kalla", "Pieter Feith")
KOSYGIN, ZHOU, MAO, MAURER = ("Alexei Kosygin", "Zhou Enlai", "Mao Zedong", "Ion Gheorghe Maurer")
GAMASY, YARIV, SIILASVUO, FAISAL, KISSINGER, SADAT = (
    "Mohamed Abdel Ghani el-Gamasy", "Aharon Yariv", "Ensio Siilasvuo", "Faisal bin Abdulaziz",
    "Henry Kissinger", "Anwar Sadat")
ALIYEV, SARGSYAN, MEDVEDEV, MAMMADYAROV, OSKANIAN, NALBANDYAN, SARKOZY = (
    "Ilham Aliyev", "Serzh Sargsyan", "Dmitry Medvedev", "Elmar Mammadyarov", "Vartan Oskanian",
    "Eduard Nalbandyan", "Nicolas Sarkozy")
KEKKONEN, KHRUSHCHEV, KARJALAINEN, KENNEDY, RUSK, GROMYKO, UNDEN = (
    "Urho Kekkonen", "Nikita Khrushchev", "Ahti Karjalainen", "John F. Kennedy", "Dean Rusk",
    "Andrei Gromyko", "Osten Unden")
YELTSIN, KUCHMA, CHERNOMYRDIN, LAZARENKO, KWASNIEWSKI, GORE, KRAVCHUK = (
    "Boris Yeltsin", "Leonid Kuchma", "Viktor Chernomyrdin", "Pavlo Lazarenko",
    "Aleksander Kwasniewski", "Al Gore", "Leonid Kravchuk")
DOWNER, WIRAJUDA, HOWARD, YUDHOYONO, L_ESTRANGE, SERINATA, RICE = (
    "Alexander Downer", "Hassan Wirajuda", "John Howard", "Susilo Bambang Yudhoyono",
    "Michael L'Estrange", "Lalu Serinata", "Condoleezza Rice")
HAILEMARIAM, SISI, BASHIR, WANI_IGGA, MULATU = (
    "Hailemariam Desalegn", "Abdel Fattah el-Sisi", "Omar al-Bashir", "James Wani Igga",
    "Mulatu Teshome")
GUTERRES, MACRON, CHAVES, VON_DER_LEYEN, HAN_ZHENG, MILEI, ALBERT_II = (
    "Antonio Guterres", "Emmanuel Macron", "Rodrigo Chaves", "Ursula von der Leyen", "Han Zheng",
    "Javier Milei", "Albert II")

GAM = "Free Aceh Movement"
MINSK = "OSCE Minsk Group"
SOVIET = "Soviet Union"


def ev(key, kind, status, date, location, participants, groups, evidence, date_end=None):
    e = {"key": key, "kind": kind, "status": status, "date": date}
    if date_end:
        e["date_end"] = date_end
    e.update({"location": location, "participants": participants, "groups": groups,
              "evidence": evidence})
    return e


M, C, OCC, PLN = "meeting", "call", "occurred", "planned"

ARTICLES = [
    # 000. OCR'd clipping in a university digital collection. Metadata: "Monday, 30 October
    # 1967" (manifest 1967-10-30). The dispatch is "ARUSHA, Sunday." (29 Oct), so its relative
    # words are resolved from Sunday: "on Saturday" and "the 28th inst." (inst. = this month)
    # -> 28 Oct; "Last night" -> Saturday 28 Oct (NOT Sunday, the page's previous day); "last
    # month" -> 1967-09; "from the 1st to the 4th ult." (ult. = last month) -> 1-4 Sep 1967;
    # "in the second half of November" -> 1967-11; "early in the new year" -> year only, 1968.
    # Place: "this northern Tanganyika town" and "here" under the ARUSHA dateline -> Arusha.
    # OCR spellings: "Kenyatia", "Egall", "lbrahim", "Kaun da"; "Mzee" = Jomo Kenyatta.
    # "Ato Aklilu Habte Wold" = Aklilu Habte-Wold. Kinshasa: only unnamed delegates -> groups.
    ("000", "1967-10-30", False, [
        ev("1967-10-28-arusha-egal-kaunda-kenyatta", M, OCC, "1967-10-28", "Arusha",
           [KENYATTA, EGAL, KAUNDA], [],
           "Mr. Mohamed lbrahim Egall, put their names to a memorandum of under- standing"),
        ev("1967-09-kinshasa-kenya-somalia", M, OCC, "1967-09", "Kinshasa", [], ["Kenya", "Somalia"],
           "Kenyan and Somali delegates when they met at the O.A.U. summit in Kinshasa last month"),
        ev("1967-09-01-addis-ababa-aklilu-egal", M, OCC, "1967-09-01", "Addis Ababa", [EGAL, AKLILU],
           [], "who was in Addis Ababa from the 1st to the 4th ult. for talks",
           date_end="1967-09-04"),
        ev("1967-10-28-haile-selassie-kaunda-call", C, OCC, "1967-10-28", None,
           [KAUNDA, HAILE_SELASSIE], [],
           "Last night President Kaunda telephoned the Emperor Haile Selassie from the State Lodge"),
        ev("1967-11-arusha-kenya-somalia-zambia", M, PLN, "1967-11", "Arusha", [],
           ["Kenya", "Somalia", "Zambia"],
           "is to hold its first meeting here in the second half of November"),
        ev("1968-nairobi-egal-kenyatta", M, PLN, "1968", "Nairobi", [EGAL, KENYATTA], [],
           "Mr. Egal is expected in Nairobi early in the new year for talks with Mzee"),
    ], ["'President Kaun da ... who had carried messages between the two sides for weeks' (habitual shuttle, no single occasion)",
        "'The shifta bands themselves were not represented' (negation)",
        "'Notes had passed between Nairobi and Mogadishu through third parties many times this year' (counted; notes, not meetings)",
        "'Emergency regulations ... are to be relaxed by stages' (not a meeting)",
        "'Mzee drove back to Nairobi this morning' (travel)",
        "'Mr. Egal told a press conference before leaving' (press conference)",
        "'President Nyerere sent a message of congratulation' (message)",
        "Related items: 'Kenyatta receives Somali envoys at Gatundu', 'Emperor and Egal agree on Ogaden flights' (furniture)"]),

    # 001. Translated Libyan foreign-liaison readout, "Tuesday, 14 August 1984" (manifest
    # 1984-08-14). "yesterday" -> Mon 13 Aug; "On the eve of the signing" -> 12 Aug; "on
    # Sunday" -> 12 Aug; "last summer" -> year only, 1983; "next month" -> 1984-09. Place: "the
    # city which gives the treaty its name" + "to be known as the Oujda Treaty" -> Oujda; "in the
    # Kingdom" -> Morocco. "Brother Colonel Mu'ammar al-Qadhdhafi", "the Brother Leader" =
    # Muammar Gaddafi; "King al-Hasan al-Thani", "His Majesty" = Hassan II. The planned call
    # ("on his return") has no date.
    ("001", "1984-08-14", False, [
        ev("1984-08-13-oujda-gaddafi-hassan-ii", M, OCC, "1984-08-13", "Oujda", [GADDAFI, HASSAN_II],
           ["Libya", "Morocco"],
           "and His Majesty King al-Hasan al-Thani of the sister Kingdom of Morocco signed yesterday"),
        ev("1984-08-12-oujda-libya-morocco", M, OCC, "1984-08-12", "Oujda", [], ["Libya", "Morocco"],
           "the two delegations met at ministerial level in the same city"),
        ev("1983-morocco-gaddafi-hassan-ii", M, OCC, "1983", "Morocco", [GADDAFI, HASSAN_II], [],
           "when the two leaders held talks in the Kingdom last summer"),
        ev("1984-08-12-fahd-hassan-ii-call", C, OCC, "1984-08-12", None, [HASSAN_II, FAHD], [],
           "had telephoned King Fahd of Saudi Arabia on Sunday"),
        ev("1984-08-bendjedid-gaddafi-call", C, PLN, None, None, [GADDAFI, BENDJEDID], [],
           "The Brother Leader will telephone President Chadli Bendjedid on his return to the Jamahiriya"),
        ev("1984-09-tripoli-libya-morocco", M, PLN, "1984-09", "Tripoli", [], ["Libya", "Morocco"],
           "The foreign secretaries of the two states will meet in Tripoli next month"),
    ], ["'His Majesty has accepted an invitation to visit the Jamahiriya at a time to be fixed later' (no fixed occasion)",
        "'a popular referendum in the Kingdom on 31 August' (not a meeting)",
        "'the Brother Leader addressed the crowds gathered in the city's main square' (speech)",
        "'No representative of any third state attended the ceremony' (negation)",
        "'the Revolution had made seven attempts at Arab unity' (counted)",
        "'The statement issued yesterday by the American State Department' (statement)",
        "'submitted to the Basic People's Congresses' (internal)",
        "Related documents: 'Communique: visit of the Leader of the Revolution to the Kingdom, 1983' (furniture)"]),

    # 002. Chronology page "Last revised: Tuesday 27 October 1998" (manifest 1998-10-27).
    # Entries carry their own dates; "Two days later" -> 15 Aug (after 13 Aug); "That evening"
    # -> 23 Oct; "Mid-November" (future) -> 1998-11. Places: "the Brazilian capital", Itamaraty
    # Palace -> Brasilia; "the Paraguayan capital" -> Asuncion; the Oval Office -> Washington.
    # Menem "leaves them alone" in his suite, so he is not a participant in the Asuncion meeting.
    ("002", "1998-10-27", False, [
        ev("1998-08-13-brasilia-cardoso-fujimori", M, OCC, "1998-08-13", "Brasilia",
           [CARDOSO, FUJIMORI], [],
           "Fernando Henrique Cardoso receives Alberto Fujimori in the Brazilian capital for an afternoon"),
        ev("1998-08-15-asuncion-fujimori-mahuad", M, OCC, "1998-08-15", "Asuncion", [FUJIMORI, MAHUAD],
           [], "Fujimori and Ecuador's new president, Jamil Mahuad, meet for the first time"),
        ev("1998-10-07-brasilia-cardoso-fujimori-mahuad", M, OCC, "1998-10-07", "Brasilia",
           [CARDOSO, FUJIMORI, MAHUAD], [],
           "Cardoso hosts both presidents in Brasilia; the talks end without agreement"),
        ev("1998-10-09-washington-clinton-fujimori-mahuad", M, OCC, "1998-10-09", "Washington",
           [CLINTON, FUJIMORI, MAHUAD], [],
           "The two presidents ask Clinton in the Oval Office for a guarantors' proposal"),
        ev("1998-10-23-fujimori-mahuad-call", C, OCC, "1998-10-23", None, [MAHUAD, FUJIMORI], [],
           "That evening Mahuad telephones Fujimori, and the two agree to sign"),
        ev("1998-10-26-brasilia-ayala-lasso-cardoso-de-trazegnies-frei-fujimori-juan-carlos-mahuad-mclarty-menem",
           M, OCC, "1998-10-26", "Brasilia",
           [FUJIMORI, MAHUAD, TRAZEGNIES, AYALA_LASSO, CARDOSO, MENEM, FREI, MCLARTY, JUAN_CARLOS], [],
           "At Itamaraty Palace Fujimori and Mahuad sign the Presidential Act"),
        ev("1998-11-quito-ayala-lasso-de-trazegnies", M, PLN, "1998-11", "Quito",
           [TRAZEGNIES, AYALA_LASSO], [],
           "Trazegnies and Ayala Lasso are to meet in Quito to set up the binational commission"),
    ], ["'Bill Clinton telephones Cardoso twice during the day' (counted: two calls, no single occasion)",
        "'Talks between the two foreign ministries continue in several guarantor capitals, round after round' (habitual)",
        "'in the hotel suite of Argentina's Carlos Menem, who leaves them alone' (Menem not present)",
        "'The congresses of both countries agree that the guarantors' opinion will be binding' (internal)",
        "'The four guarantor presidents deliver their opinion by letter' (letter)",
        "'Both presidents fly home. Fujimori tells reporters at Lima airport' (travel; press remarks)",
        "'Not scheduled - A Fujimori visit to Quito' (no occasion)",
        "'A ceasefire holds from March, watched by military observers' (not a meeting)",
        "'By May 1999 - Placing of the remaining boundary markers' (not a meeting)",
        "Most read: 'Who gets Tiwinza? A square kilometre explained' (furniture)"]),

    # 003. Newsreel commentary sheet with NO date and NO year anywhere (manifest null; true
    # release date Mon 23 Feb 1959). "On the first afternoon", "Next morning", "Six years ago",
    # "Three springs ago", "in December", "in October" cannot be anchored, so every date is null
    # (eval rule 10). Keys use the real dates. Places: the item title "AT ACAPULCO" places the
    # yacht and the hotel suite; "in the capital" (shot: Mexico City) -> Mexico City; Falcon Dam
    # and White Sulphur Springs are named. "Ike" = Dwight D. Eisenhower; "Don Adolfo" = Adolfo
    # Lopez Mateos, but "another Adolfo, Don Adolfo Ruiz Cortines" is his predecessor; "those
    # two" = Eisenhower and Ruiz Cortines; "him" (called on him) = Lopez Mateos.
    ("003", "1959-02-23", True, [
        ev("1959-02-19-acapulco-eisenhower-hill-lopez-mateos-milton-eisenhower-tello", M, OCC, None,
           "Acapulco", [EISENHOWER, LOPEZ_MATEOS, M_EISENHOWER, TELLO, HILL], [],
           "Aboard the Mexican president's yacht the two leaders talk cotton, lead and zinc"),
        ev("1959-02-20-acapulco-eisenhower-lopez-mateos-walters", M, OCC, None, "Acapulco",
           [EISENHOWER, LOPEZ_MATEOS, WALTERS], [],
           "Next morning it's down to business in Ike's suite at the Pierre Marques"),
        ev("1953-10-19-falcon-dam-eisenhower-ruiz-cortines", M, OCC, None, "Falcon Dam",
           [EISENHOWER, RUIZ_CORTINES], [],
           "Ike and another Adolfo, Don Adolfo Ruiz Cortines, shook hands on Falcon Dam"),
        ev("1956-03-26-white-sulphur-springs-eisenhower-ruiz-cortines-st-laurent", M, OCC, None,
           "White Sulphur Springs", [EISENHOWER, RUIZ_CORTINES, ST_LAURENT], [],
           "those two sat down with Canada's Louis St. Laurent at White Sulphur Springs"),
        ev("1958-12-01-mexico-city-dulles-lopez-mateos-milton-eisenhower", M, OCC, None, "Mexico City",
           [LOPEZ_MATEOS, DULLES, M_EISENHOWER], [],
           "Secretary Dulles and Dr. Milton Eisenhower called on him"),
        ev("1959-10-washington-eisenhower-lopez-mateos", M, PLN, None, "Washington",
           [LOPEZ_MATEOS, EISENHOWER], [], "he is to be Ike's guest in Washington in October"),
    ], ["'kept in touch by radio-telephone with Secretary Dulles, who is still under treatment at Walter Reed' (internal to one government)",
        "'Ike found time for a group of American businessmen' (internal; not a diplomatic encounter)",
        "'No treaty, no agenda, no signatures - just a joint statement about friendship' (negation; statement)",
        "'President Eisenhower flies in' (travel)",
        "'Farewell at the airport' (shot description; same visit)",
        "'NEXT: ITEM 4, SKI-JUMP' (furniture)"]),

    # 004. WordPress blog; manifest null. The only date is in the permalink URL
    # ".../2023/12/16/..." (Sat 16 Dec 2023). "since Thursday night", "most of Thursday
    # afternoon" -> 14 Dec; "last Saturday" on a Saturday page -> 9 Dec; "next month" ->
    # 2024-01; "in late February" -> 2024-02. Place: "the terminal at Argyle, on our windward
    # coast" (the blog is "written from Kingstown") -> Argyle; "in Brazil" -> Brazil. "Lula's man
    # Celso Amorim"; "several other Caricom heads of government" -> group CARICOM. The Geneva
    # Agreement is dated in the quoted text (17 February 1966).
    ("004", "2023-12-16", True, [
        ev("2023-12-14-argyle-ali-amorim-gonsalves-maduro-mottley-rowley-skerrit", M, OCC,
           "2023-12-14", "Argyle", [ALI, MADURO, GONSALVES, SKERRIT, AMORIM, MOTTLEY, ROWLEY],
           ["CARICOM"], "Irfaan Ali and Nicolas Maduro sat across a table in the VIP lounge"),
        ev("1966-02-17-geneva-burnham-iribarren-borges-stewart", M, OCC, "1966-02-17", "Geneva",
           [BURNHAM, IRIBARREN, STEWART], [],
           "the agreement Forbes Burnham, Venezuela's Ignacio Iribarren Borges and Britain's Michael Stewart signed in Geneva"),
        ev("2023-12-09-lula-maduro-call", C, OCC, "2023-12-09", None, [LULA, MADURO], [],
           "Lula had phoned Maduro last Saturday"),
        ev("2024-01-25-brazil-gil-todd", M, PLN, "2024-01", "Brazil", [TODD, GIL], [],
           "is to hold its first session in Brazil next month"),
        ev("2024-02-25-georgetown-caricom", M, PLN, "2024-02", "Georgetown", [], ["CARICOM"],
           "Caricom leaders meet in Georgetown for their intersessional in late February"),
    ], ["'The two presidents also had a short one-on-one in the afternoon' (inside the same meeting, eval rule 3)",
        "'agreed to meet again within three months, in Brazil or wherever else is convenient' (no fixed occasion)",
        "'Gonsalves did not see Maduro privately beforehand' (denied)",
        "'Ali did not discuss the border line itself' (negation)",
        "'The PM told the radio on Friday' (interview)",
        "'Maduro ... was on television calling it a victory'; 'Ali gave a press conference in Georgetown on Friday' (broadcast; press conference)",
        "'Maduro did not take back the December 3 referendum' (not a meeting)",
        "Comment: 'Amorim flew in from Caracas, I heard' (furniture; travel)"]),

    # 005. Digitised press release "NEW DELHI, April 9, 1950" (a Sunday; manifest 1950-04-09).
    # Old-style dates: "Sunday last" on a Sunday -> the previous Sunday, 2 Apr; "the 8th
    # instant" -> 8 Apr; "towards the end of the month" -> 1950-04; "Wednesday next" -> 12 Apr;
    # "this morning" -> 9 Apr (still planned at release time); "two years ago this month" ->
    # 1948-04; "last April" -> 1949-04. The talks of 2-8 April, ending in the signing, are one
    # event with date_end (eval rule 3). Places: "here" (NEW DELHI dateline); Rashtrapati Bhavan
    # -> New Delhi. Calcutta keeps the English name the text uses.
    ("005", "1950-04-09", False, [
        ev("1950-04-02-new-delhi-liaquat-nehru", M, OCC, "1950-04-02", "New Delhi", [NEHRU, LIAQUAT],
           [], "was signed by the two Prime Ministers at 7 p.m. on the 8th instant",
           date_end="1950-04-08"),
        ev("1950-04-26-karachi-liaquat-nehru", M, PLN, "1950-04", "Karachi", [NEHRU, LIAQUAT], [],
           "has accepted an invitation to visit Karachi and will go there towards the end"),
        ev("1950-04-12-calcutta-india-pakistan", M, PLN, "1950-04-12", "Calcutta", [],
           ["India", "Pakistan"],
           "Senior officials of the two Governments will meet in Calcutta on Wednesday next"),
        ev("1950-04-09-new-delhi-liaquat-prasad", M, PLN, "1950-04-09", "New Delhi", [LIAQUAT, PRASAD],
           [], "Mr. Liaquat Ali Khan will call on the President, Dr. Rajendra Prasad"),
        ev("1948-04-calcutta-india-pakistan", M, OCC, "1948-04", "Calcutta", [], ["India", "Pakistan"],
           "at the Inter-Dominion Conference held in Calcutta two years ago this month"),
        ev("1949-04-22-london-liaquat-nehru", M, OCC, "1949-04", "London", [NEHRU, LIAQUAT],
           ["Commonwealth"],
           "the two Prime Ministers sat together at the Commonwealth Prime Ministers' meeting in London"),
    ], ["'The proposal made by the Prime Minister of India in December last for a joint declaration renouncing war has not been accepted' (proposal not accepted)",
        "'The Prime Ministers exchanged telegrams on many occasions during February and March' (counted; telegrams are not calls)",
        "'The Cabinet met on Friday evening to approve the final draft' (internal)",
        "'The Prime Minister will broadcast to the nation ... tonight' (broadcast)",
        "'Mr. Liaquat Ali Khan paid a warm tribute ... in a statement' (statement)",
        "'Before he leaves for Karachi' (travel)",
        "Related releases: 'Prime Minister's broadcast on the Agreement' (furniture)"]),

    # 006. Live blog "Monday 15 August 2005" (manifest 2005-08-15), newest entry first. "late on
    # Sunday" -> 14 Aug; "on Wednesday" -> 17 Aug; "in late January" -> 2005-01; "on 17 July".
    # Place: the Government Banquet Hall on Etelaesplanadi in a Helsinki live blog -> Helsinki;
    # Koenigstedt manor "in Vantaa"; "the same manor" -> Vantaa. "the former president" (11:40)
    # = Martti Ahtisaari, named at 13:45. The initialling by "the chief negotiators" names nobody
    # -> groups only.
    ("006", "2005-08-15", False, [
        ev("2005-08-15-helsinki-abdullah-ahtisaari-awaluddin-djalil-mahmud", M, OCC, "2005-08-15",
           "Helsinki", [AWALUDDIN, MAHMUD, AHTISAARI, DJALIL, Z_ABDULLAH], ["Indonesia", GAM],
           "have signed the memorandum of understanding in the Government Banquet Hall on Etelaesplanadi"),
        ev("2005-01-27-vantaa-ahtisaari", M, OCC, "2005-01", "Vantaa", [AHTISAARI], ["Indonesia", GAM],
           "The first began in late January at Koenigstedt manor in Vantaa"),
        ev("2005-07-17-vantaa-free-aceh-movement-indonesia", M, OCC, "2005-07-17", "Vantaa", [],
           ["Indonesia", GAM], "The chief negotiators initialled the final text at the same manor on 17 July"),
        ev("2005-08-14-ahtisaari-kalla-call", C, OCC, "2005-08-14", None, [AHTISAARI, KALLA], [],
           "he had spoken by telephone late on Sunday with Indonesia's vice-president, Jusuf Kalla"),
        ev("2005-08-17-banda-aceh-feith", M, PLN, "2005-08-17", "Banda Aceh", [FEITH], ["Indonesia"],
           "sits down with Indonesian army commanders in Banda Aceh on Wednesday"),
    ], ["'President Susilo Bambang Yudhoyono watched the ceremony on a live television feed ... and then spoke to the nation' (no conversation; address)",
        "'At his press conference Martti Ahtisaari said' (press conference)",
        "'Decommissioning of rebel weapons is due to start on 15 September' (not a meeting)",
        "'Five rounds of talks led here' (counted; only the first round is described as an occasion)",
        "'Hasan di Tiro, is not here; we are told he stayed at home in Stockholm' (negation)",
        "'the GAM delegation flew in from Stockholm yesterday, and the Indonesian team arrived on Saturday evening' (travel)",
        "'Neither side has given interviews this morning' (negation; interviews)",
        "'Pieter Feith ... flies out tonight' (travel; the Banda Aceh meeting is the event)",
        "Most read: 'Helsinki festival opens on Friday' (furniture)"]),

    # 007. Teleprinter archive, takes time-stamped "7 OCT 69" (Tue 7 Oct 1969; manifest
    # 1969-10-07). "LATER THIS MONTH" -> 1969-10; "ON SEPT. 11"; "THE SAME AFTERNOON" -> 11 Sep;
    # "FEBRUARY 1965" (keyed 11 Feb 1965); "THIS SUMMER" -> year only, 1969 (keyed 18 Jun 1969,
    # the opening of the navigation commission's session). Places: "PEKING AIRPORT", "IN PEKING"
    # -> Beijing; the car from the airport to the guest house -> Beijing. "CHOU EN-LAI" = Zhou
    # Enlai; "ALEKSEI N. KOSYGIN" = Alexei Kosygin; "MAO TSE-TUNG" = Mao Zedong.
    ("007", "1969-10-07", False, [
        ev("1969-09-11-beijing-kosygin-zhou", M, OCC, "1969-09-11", "Beijing", [ZHOU, KOSYGIN], [],
           "CHOU EN-LAI AND SOVIET PREMIER ALEKSEI N. KOSYGIN MET AT PEKING AIRPORT ON SEPT. 11"),
        ev("1965-02-11-beijing-kosygin-mao", M, OCC, "1965-02", "Beijing", [KOSYGIN, MAO], [],
           "KOSYGIN, PASSING THROUGH PEKING FROM HANOI, WAS RECEIVED BY CHAIRMAN MAO TSE-TUNG"),
        ev("1969-09-11-beijing-maurer-zhou", M, OCC, "1969-09-11", "Beijing", [ZHOU, MAURER], [],
           "THE SAME AFTERNOON, CHOU RECEIVED THE RUMANIAN PREMIER, ION GHEORGHE MAURER"),
        ev("1969-06-18-khabarovsk-china-soviet-union", M, OCC, "1969", "Khabarovsk", [],
           ["China", SOVIET],
           "THE BORDER RIVERS NAVIGATION COMMISSION OF THE TWO COUNTRIES MET IN KHABAROVSK THIS SUMMER"),
        ev("1969-10-20-beijing-china-soviet-union", M, PLN, "1969-10", "Beijing", [], ["China", SOVIET],
           "IT WOULD OPEN NEGOTIATIONS ON ITS DISPUTED FRONTIER WITH THE SOVIET UNION IN PEKING"),
    ], ["'KOSYGIN TRIED TO TELEPHONE THE CHINESE LEADERS; THE PEKING OPERATOR REFUSED TO PUT HIM THROUGH' (refused call)",
        "'CHOU HAD PAID HIS RESPECTS IN HANOI AND LEFT BEFORE THE SOVIET PREMIER ARRIVED' (no encounter)",
        "'A DETOUR THROUGH CALCUTTA, DUSHANBE AND IRKUTSK' (travel)",
        "'ON HIS WAY HOME FROM PRESIDENT HO CHI MINH'S FUNERAL' (a funeral, no encounter stated)",
        "'HE DID NOT EXPECT MAO AND KOSYGIN TO MEET \"FOR A LONG TIME\"' (hypothetical; negation)",
        "'THE NCNA STATEMENT DID NOT NAME THE HEADS OF THE TWO DELEGATIONS. MOSCOW HAD NO IMMEDIATE COMMENT' (statement)",
        "'TPPS0431 ADVISORY ... A WRITETHRU ... WILL MOVE' (wire furniture)",
        "Related items: 'MOSCOW -- PRAVDA SILENT ON PEKING STOPOVER', 'HANOI -- LEADERS BURY HO CHI MINH' (furniture)"]),

    # 008. Radio monitoring digest "Tuesday 13 November 1973" (manifest 1973-11-13). Each
    # broadcast's relative words are resolved from ITS OWN date line, not from the digest's
    # date: "this afternoon" (Cairo, 11 Nov) -> 11 Nov; "today" (Israel radio, 12 Nov) -> 12
    # Nov; "on Thursday" -> 15 Nov; "today" (Riyadh, 8 Nov) -> 8 Nov; "yesterday" (Riyadh, 10
    # Nov) -> 9 Nov; "this morning" (Cairo, 7 Nov) -> 7 Nov; "this evening" (NCNA, 12 Nov) -> 12
    # Nov. Places: kilometre 101 on the Cairo-Suez road is in no named city -> Egypt;
    # al-Riyasah Palace in a Riyadh broadcast -> Riyadh; al-Tahirah Palace in a Cairo broadcast
    # -> Cairo; "in Peking" -> Beijing. "al-Jamasi" = Mohamed Abdel Ghani el-Gamasy; "King
    # Faysal", "The King" = Faisal bin Abdulaziz; "the US Secretary of State" = Henry Kissinger.
    ("008", "1973-11-13", False, [
        ev("1973-11-11-egypt-el-gamasy-siilasvuo-yariv", M, OCC, "1973-11-11", "Egypt",
           [GAMASY, YARIV, SIILASVUO], [],
           "The Egyptian and Israeli military representatives this afternoon signed, at kilometre 101"),
        ev("1973-11-12-egypt-el-gamasy-yariv", M, OCC, "1973-11-12", "Egypt", [YARIV, GAMASY], [],
           "Aluf Aharon Yariv met General al-Jamasi again today in the same tent"),
        ev("1973-11-15-egypt-el-gamasy-siilasvuo-yariv", M, PLN, "1973-11-15", "Egypt",
           [YARIV, GAMASY, SIILASVUO], [], "The two generals are to meet there again on Thursday"),
        ev("1973-11-08-riyadh-faisal-kissinger", M, OCC, "1973-11-08", "Riyadh", [FAISAL, KISSINGER], [],
           "His Majesty King Faysal today received at al-Riyasah Palace the US Secretary of State"),
        ev("1973-11-09-faisal-sadat-call", C, OCC, "1973-11-09", None, [FAISAL, SADAT], [],
           "The King received a telephone call yesterday from President Anwar al-Sadat"),
        ev("1973-11-07-cairo-kissinger-sadat", M, OCC, "1973-11-07", "Cairo", [SADAT, KISSINGER], [],
           "President al-Sadat this morning received at al-Tahirah Palace the US Secretary of State"),
        ev("1973-11-12-beijing-kissinger-mao-zhou", M, OCC, "1973-11-12", "Beijing",
           [MAO, KISSINGER, ZHOU], [], "Chairman Mao Tsetung met Dr Henry A. Kissinger in Peking this evening"),
    ], ["'Mrs Golda Meir told the Knesset this afternoon' (speech; internal)",
        "'Syria will not sit down with the enemy at any kilometre, on any road, under any tent' (refusal)",
        "'the agreement on consolidating the ceasefire which was proposed by the US Secretary of State' (proposal, not an encounter)",
        "'when the first wounded prisoners are due to cross' (prisoner exchange, not a meeting)",
        "'FAR EAST: see Part 3, FE/4452/A2/1' (cross-reference; the NCNA quote itself is an event)",
        "Related monitoring: 'Kuwait radio on the oil ministers' decisions' (furniture)"]),

    # 009. AMP page "03.11.2008, 09:40 (GMT+4)" (Mon 3 Nov 2008; manifest 2008-11-03). "on
    # Sunday", "on Sunday evening" -> 2 Nov; "in June" -> 2008-06; "last month" -> 2008-10; "in
    # November last year" -> 2007-11; "next month" -> 2008-12. Places: "the Meiendorf castle in
    # Barvikha, outside Moscow" -> Barvikha; "St Petersburg" -> Saint Petersburg. "Serzh
    # Sarkisian" = Serzh Sargsyan; "Edward Nalbandian" = Eduard Nalbandyan. The one-to-one
    # before Medvedev joined is inside the same meeting (eval rule 3).
    ("009", "2008-11-03", False, [
        ev("2008-11-02-barvikha-aliyev-medvedev-sargsyan", M, OCC, "2008-11-02", "Barvikha",
           [ALIYEV, SARGSYAN, MEDVEDEV], [],
           "Ilham Aliyev and Serzh Sarkisian signed a joint declaration on Nagorno-Karabakh on Sunday"),
        ev("2008-06-06-saint-petersburg-aliyev-sargsyan", M, OCC, "2008-06", "Saint Petersburg",
           [ALIYEV, SARGSYAN], [],
           "when they met on the sidelines of the informal CIS summit in St Petersburg"),
        ev("2008-10-yerevan-medvedev-sargsyan", M, OCC, "2008-10", "Yerevan", [MEDVEDEV, SARGSYAN], [],
           "when he was in Yerevan last month for talks with Sarkisian"),
        ev("2007-11-29-madrid-mammadyarov-oskanian", M, OCC, "2007-11", "Madrid",
           [MAMMADYAROV, OSKANIAN], [MINSK],
           "co-chairs handed to the foreign ministers, Elmar Mammadyarov and Vartan Oskanian, in Madrid"),
        ev("2008-12-04-helsinki-mammadyarov-nalbandyan", M, PLN, "2008-12", "Helsinki",
           [MAMMADYAROV, NALBANDYAN], [MINSK],
           "to see the co-chairs again on the sidelines of the OSCE ministerial meeting in Helsinki"),
        ev("2008-11-02-medvedev-sarkozy-call", C, OCC, "2008-11-02", None, [MEDVEDEV, SARKOZY], [],
           "Medvedev briefed the French president, Nicolas Sarkozy, by telephone on Sunday evening"),
    ], ["'The Azerbaijani and Armenian leaders first talked one to one ... before the Russian president joined them' (inside the same meeting)",
        "'Medvedev then read the text to journalists; no questions were taken' (press statement)",
        "'agreed to continue contacts at the highest level ... but no date or venue was named' (vague)",
        "'The leaders of the Karabakh Armenians were not invited' (negation)",
        "'Aliyev flew back to Baku on Sunday night' (travel)",
        "'Sarkisian is to address parliament in Yerevan on Wednesday' (speech; internal)",
        "'It was only the second time that the two men have discussed the conflict face to face' (counted; the two occasions are listed separately)",
        "Related: 'Analysis: what Moscow wants from the Karabakh process' (furniture)"]),

    # 010. Evening paper "LATE FINAL, Saturday, November 25, 1961" (manifest 1961-11-25).
    # "yesterday" -> Fri 24 Nov; "In the middle of last month" -> 1961-10; "a fortnight ago
    # today" -> Sat 11 Nov; "on Monday week" (British: a week after the coming Monday) -> Mon 4
    # Dec; "in the first week of December" -> 1961-12. Place: "the Siberian city" = Novosibirsk
    # (named only in the STOP PRESS heading "NOVOSIBIRSK TALKS"); the White House -> Washington.
    # "the Finnish President", "he" = Urho Kekkonen.
    ("010", "1961-11-25", False, [
        ev("1961-11-24-novosibirsk-kekkonen-khrushchev", M, OCC, "1961-11-24", "Novosibirsk",
           [KEKKONEN, KHRUSHCHEV], [], "The two men talked for several hours yesterday in the Siberian city"),
        ev("1961-10-washington-karjalainen-kekkonen-kennedy-rusk", M, OCC, "1961-10", "Washington",
           [KEKKONEN, KARJALAINEN, KENNEDY, RUSK], [],
           "were received by President Kennedy and Mr. Dean Rusk at the White House"),
        ev("1961-11-11-moscow-gromyko-karjalainen", M, OCC, "1961-11-11", "Moscow",
           [KARJALAINEN, GROMYKO], [],
           "Mr. Karjalainen who first went to Moscow, a fortnight ago today, to hear Mr. Gromyko"),
        ev("1961-12-04-stockholm-karjalainen-unden", M, PLN, "1961-12-04", "Stockholm",
           [KARJALAINEN, UNDEN], [],
           "Mr. Karjalainen goes to Stockholm on Monday week to report to the Swedish Foreign Minister"),
        ev("1961-12-moscow-finland-soviet-union", M, PLN, "1961-12", "Moscow", [], ["Finland", SOVIET],
           "Finnish and Soviet trade delegations will meet in Moscow in the first week of December"),
    ], ["'who spoke by telephone last night with his Prime Minister, Mr. Martti Miettunen' (internal to one government)",
        "'is to fly home by way of Moscow' (travel, no stated encounter)",
        "'He will broadcast to the nation on his return' (broadcast)",
        "'A communique issued in Moscow this morning' (statement)",
        "'The Note reached him while he was on holiday in Hawaii' (no encounter)",
        "'Mr. Olavi Honka ... withdrew from the presidential race yesterday' (internal; not a meeting)",
        "'The North Atlantic Council has not yet fixed a day to discuss it' (no occasion)",
        "'Western diplomats in Helsinki said tonight' (remarks)",
        "Also on this page: 'Tory rebels and the Common Market' (furniture)"]),

    # 011. 1997 web page "updated Monday, June 2, 1997" (manifest 1997-06-02). "On Saturday" ->
    # 31 May; "last Wednesday" -> 28 May; "Ten days before the treaty was signed" -> 21 May;
    # "five days before that" -> 16 May; "on Thursday" -> 29 May; "in September 1993" (keyed 3
    # Sep 1993); "in July" (future) -> 1997-07. Places: the Mariinsky Palace and "the same
    # palace" in Kiev -> Kyiv; "in Kiev" -> Kyiv; the White House -> Washington. "he" (he and
    # Leonid Kuchma signed) = Boris Yeltsin.
    ("011", "1997-06-02", False, [
        ev("1997-05-31-kyiv-kuchma-yeltsin", M, OCC, "1997-05-31", "Kyiv", [YELTSIN, KUCHMA], [],
           "he and Leonid Kuchma signed the Treaty on Friendship, Cooperation and Partnership"),
        ev("1997-05-28-kyiv-chernomyrdin-kuchma-lazarenko", M, OCC, "1997-05-28", "Kyiv",
           [CHERNOMYRDIN, LAZARENKO, KUCHMA], [],
           "prime ministers Viktor Chernomyrdin and Pavlo Lazarenko signed three agreements dividing the Black Sea Fleet"),
        ev("1997-05-21-kyiv-kuchma-kwasniewski", M, OCC, "1997-05-21", "Kyiv", [KWASNIEWSKI, KUCHMA], [],
           "Polish President Aleksander Kwasniewski was in Kiev to sign a declaration of reconciliation with Kuchma"),
        ev("1997-05-16-washington-gore-kuchma", M, OCC, "1997-05-16", "Washington", [KUCHMA, GORE], [],
           "Kuchma had been at the White House for the first session of the binational commission"),
        ev("1997-05-29-kuchma-yeltsin-call", C, OCC, "1997-05-29", None, [YELTSIN, KUCHMA], [],
           "Yeltsin, for his part, telephoned Kuchma on Thursday to confirm"),
        ev("1993-09-03-massandra-kravchuk-yeltsin", M, OCC, "1993-09", "Massandra", [YELTSIN, KRAVCHUK],
           [], "at Massandra in September 1993, when Yeltsin and Leonid Kravchuk struck a deal"),
        ev("1997-07-09-madrid-kuchma", M, PLN, "1997-07", "Madrid", [KUCHMA], ["NATO"],
           "Kuchma goes to Madrid in July to sign a charter with NATO"),
    ], ["'After postponing the trip six times in five years' (counted; postponed)",
        "'Moscow's mayor, Yuri Luzhkov, said' (statement)",
        "'Duma deputies promised to fight ratification' (internal)",
        "'Yeltsin laid a wreath at the Tomb of the Unknown Soldier before flying home on Sunday' (ceremony; travel)",
        "'The two presidents took questions at a joint press conference' (press conference)",
        "'Article 2 commits each side' (treaty text)",
        "Related stories: 'Interview: the Crimean speaker on the treaty' (furniture)"]),

    # 012. Ministerial transcript "Doorstop interview, ... Mataram, Lombok, 13 November 2006"
    # (Mon; manifest 2006-11-13). "This morning", "This afternoon", "tonight" -> 13 Nov; "in
    # June" -> 2006-06; "in April" -> 2006-04; "last Tuesday" on a Monday -> 7 Nov; "at the end of
    # the week" -> 2006-11. Places: "here in Mataram"; "on Batam"; "went up to Jakarta"; "in
    # Hanoi"; the Governor's call "here in West Nusa Tenggara" on a Mataram doorstop -> Mataram.
    # "I" = Alexander Downer (the speaker); "Hassan", "Dr Wirajuda" = Hassan Wirajuda; "the Prime
    # Minister" = John Howard (never named); "the President" = Susilo Bambang Yudhoyono.
    ("012", "2006-11-13", False, [
        ev("2006-11-13-mataram-downer-wirajuda", M, OCC, "2006-11-13", "Mataram", [DOWNER, WIRAJUDA], [],
           "This morning Hassan Wirajuda and I signed the Agreement on the Framework for Security Cooperation"),
        ev("2006-06-26-batam-howard-yudhoyono", M, OCC, "2006-06", "Batam", [HOWARD, YUDHOYONO], [],
           "the Prime Minister and the President met on Batam in June"),
        ev("2006-04-jakarta-l-estrange-wirajuda", M, OCC, "2006-04", "Jakarta", [L_ESTRANGE, WIRAJUDA], [],
           "in April, Michael L'Estrange went up to Jakarta and sat down with Hassan"),
        ev("2006-11-07-downer-wirajuda-call", C, OCC, "2006-11-07", None, [DOWNER, WIRAJUDA], [],
           "Hassan and I had a long phone call last Tuesday"),
        ev("2006-11-hanoi-howard-yudhoyono", M, PLN, "2006-11", "Hanoi", [HOWARD, YUDHOYONO], [],
           "The Prime Minister will see the President in Hanoi at the APEC leaders' meeting"),
        ev("2006-11-13-mataram-downer-serinata", M, PLN, "2006-11-13", "Mataram", [DOWNER, SERINATA], [],
           "This afternoon I'll call on the Governor, Lalu Serinata"),
        ev("2006-11-13-downer-rice-call", C, PLN, "2006-11-13", None, [DOWNER, RICE], [],
           "tonight I'll be on the phone to Condoleezza Rice about North Korea"),
    ], ["'I've lost count of how many times we've met over the years' (counted)",
        "'there are no plans ... for him to go to Jakarta before Christmas' (negation)",
        "'Will you meet any Papuan groups ...? DOWNER: No.' (refusal)",
        "'The parliaments of both countries will look at it' (internal)",
        "'Was it the Papuan visas that got it moving?' (not a meeting)",
        "Related transcripts: 'Joint press conference with Dr Hassan Wirajuda, Mataram' (furniture; press conference)"]),

    # 013. Ethiopian news site; manifest null. The only date is "Tuesday, Megabit 15, 2007 E.C."
    # (Ethiopian calendar; Megabit 1, 2007 = 10 March 2015, so the page is Tue 24 Mar 2015; even
    # the copyright line is "(c) 2007 E.C."). "yesterday" -> 23 Mar; "earlier this month" ->
    # 2015-03; "last night" -> 23 Mar; "this morning" -> 24 Mar (planned); "tomorrow" -> 25 Mar;
    # "last June" -> 2014-06; "on Friday" -> 20 Mar; "next month" -> 2015-04. Places: "the
    # Sudanese capital" -> Khartoum; the National Palace and the Addis Ababa dateline -> Addis
    # Ababa. "the Premier", "the Prime Minister" = Hailemariam Desalegn; "The Premier and his guest" (Malabo)
    # = Hailemariam and el-Sisi. Customary key names: hailemariam, mulatu.
    ("013", "2015-03-24", True, [
        ev("2015-03-23-khartoum-al-bashir-el-sisi-hailemariam-wani-igga", M, OCC, "2015-03-23", "Khartoum",
           [HAILEMARIAM, SISI, BASHIR, WANI_IGGA], [],
           "signed a Declaration of Principles on the Grand Ethiopian Renaissance Dam yesterday"),
        ev("2015-03-khartoum-egypt-ethiopia-sudan", M, OCC, "2015-03", "Khartoum", [],
           ["Egypt", "Ethiopia", "Sudan"],
           "foreign and water ministers of the three countries, who met in Khartoum earlier this month"),
        ev("2015-03-24-addis-ababa-el-sisi-mulatu", M, PLN, "2015-03-24", "Addis Ababa", [SISI, MULATU], [],
           "He is scheduled to be received by President Mulatu Teshome at the National Palace"),
        ev("2015-03-25-addis-ababa-el-sisi-hailemariam", M, PLN, "2015-03-25", "Addis Ababa",
           [SISI, HAILEMARIAM], [], "will hold talks with the Premier tomorrow"),
        ev("2014-06-26-malabo-el-sisi-hailemariam", M, OCC, "2014-06", "Malabo", [SISI, HAILEMARIAM], [],
           "when they met on the sidelines of the African Union summit in Malabo last June"),
        ev("2015-03-20-al-bashir-hailemariam-call", C, OCC, "2015-03-20", None, [BASHIR, HAILEMARIAM], [],
           "President al-Bashir telephoned Hailemariam on Friday"),
        ev("2015-04-addis-ababa-egypt-ethiopia-sudan", M, PLN, "2015-04", "Addis Ababa", [],
           ["Egypt", "Ethiopia", "Sudan"],
           "The tripartite national committee of experts will meet in Addis Ababa next month"),
    ], ["'President el-Sisi flew on to Addis Ababa last night' (travel)",
        "'before addressing the House of Peoples' Representatives' (speech)",
        "'In his speech, the Prime Minister said' (speech)",
        "'No date has been set for a three-way summit in Cairo' (negation)",
        "'Egypt's foreign ministry said in a statement' (statement)",
        "'the 1959 accord between Egypt and Sudan' (an agreement named, no encounter described)",
        "Most read: 'Walias draw in Brazzaville' (furniture)"]),

    # 014. E-mail newsletter "Date: Tue, 10 Jun 2025 06:30:00 +0200" (manifest 2025-06-10).
    # "yesterday" -> 9 Jun; "until Friday" -> 13 Jun (the conference is under way, so occurred,
    # with date_end); "on Sunday evening" -> 8 Jun; "on Saturday" -> 7 Jun; "last Thursday" -> 5
    # Jun; "Next week" -> 2025-06. Places: the side rooms of the Nice conference -> Nice; "from
    # Monaco, where" -> Monaco; "from Paris, where ... at the Elysee" -> Paris. "The
    # Secretary-General", "he" = Antonio Guterres; "him" (hosted him) = Lula = Luiz Inacio Lula
    # da Silva. The conference is a gathering (group "United Nations") with the named
    # leaders placed in the hall.
    ("014", "2025-06-10", False, [
        ev("2025-06-09-nice-chaves-guterres-lula-macron-von-der-leyen", M, OCC, "2025-06-09", "Nice",
           [GUTERRES, MACRON, CHAVES, LULA, VON_DER_LEYEN], ["United Nations"],
           "The third UN Ocean Conference opened yesterday in Nice and runs until Friday",
           date_end="2025-06-13"),
        ev("2025-06-08-nice-guterres-han", M, OCC, "2025-06-08", "Nice", [GUTERRES, HAN_ZHENG], [],
           "on Sunday evening he received China's vice-president, Han Zheng"),
        ev("2025-06-09-nice-chaves-guterres", M, OCC, "2025-06-09", "Nice", [GUTERRES, CHAVES], [],
           "Yesterday he saw Chaves"),
        ev("2025-06-09-nice-macron-milei", M, OCC, "2025-06-09", "Nice", [MACRON, MILEI], [],
           "Macron found half an hour for Argentina's Javier Milei between two speeches"),
        ev("2025-06-07-monaco-albert-ii-macron", M, OCC, "2025-06-07", "Monaco", [ALBERT_II, MACRON], [],
           "where Prince Albert II had welcomed him for a state visit on Saturday"),
        ev("2025-06-05-paris-lula-macron", M, OCC, "2025-06-05", "Paris", [MACRON, LULA], [],
           "where Macron had hosted him at the Elysee last Thursday"),
        ev("2025-06-07-guterres-macron-call", C, OCC, "2025-06-07", None, [MACRON, GUTERRES], [],
           "Macron and Guterres spoke by phone on Saturday to settle the opening programme"),
        ev("2025-06-15-kananaskis-macron", M, PLN, "2025-06", "Kananaskis", [MACRON], ["G7"],
           "Macron heads to Kananaskis for the G7 summit"),
    ], ["'The United States sent no delegation' (negation)",
        "'Macron told the plenary that some fifty ratifications ... had arrived' (speech)",
        "'Today: Guterres holds a press event at 11:00' (press event)",
        "'Friday: closing plenary' (inside the same conference)",
        "'QUOTE OF THE DAY: \"The abyss is not for sale.\"' (quote)",
        "'Blue bonds explained: a 20-minute webinar on Thursday' (sponsored furniture)",
        "Read more: 'Deep-sea mining: where the moratorium camp stands' (furniture)"]),
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
