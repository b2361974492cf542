#!/usr/bin/env python3
"""Generate gold.jsonl and manifest.jsonl for the dev28 development corpus.

Run:  python3 data/dev28/build_gold.py   then   python3 data/eval/validate.py data/dev28
Each article lists its true publication date, whether the manifest hides it, its gold
events, and (for documentation only) the traps it contains that must NOT be extracted.
dev28 is a READABLE development set: unlike the holdout sets, it may be read while developing.
It covers real, mostly less-famous occasions from 1964 to 2024 in every region (West and
Central Africa, Latin America, the Caribbean, Southeast Asia, East Asia, Central Asia, South
Asia, the Middle East, Europe, Oceania and North America) with a MIX of event types: occurred
in-person meetings (about three fifths), planned meetings and calls (about a quarter), phone
calls, and gatherings or delegation-only talks with groups. The layouts differ from dev25-dev27:
a text-only "lite" mobile page, a wire story with its update history, a reporter's notebook
column, an NGO field update with no date at all, a regional daily with a "Who was there" box, a
declassified telegram in capitals on an archive reader, a wire daybook (planning guide), a
front page with an "Inside" index and forex box, a radio bulletin with a date spelled out in
words, an OCR'd 1967 newspaper page with a page jump and OCR errors, a press review of other
papers, a Turkish English-language daily, an AMP mobile page with advertisement breaks, a
presidential-library pool report with abbreviations (RR, BM), and an anniversary feature that
mixes 1979-1985 and 2024.
Four pages have no date in the manifest: 000 ("8-Jul-99 06:10"), 003 (an NGO field update with
no date anywhere, so every date on it is null), 005 (a telegram date-time group "041105Z JUL
72") and 008 ("Thursday, the twenty-second of May, two thousand and eight").
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

# canonical names
KABBAH, SANKOH, EYADEMA, OBASANJO, COMPAORE, TAYLOR, OKELO, JACKSON, ANNAN = (
    "Ahmad Tejan Kabbah", "Foday Sankoh", "Gnassingbe Eyadema", "Olusegun Obasanjo",
    "Blaise Compaore", "Charles Taylor", "Francis Okelo", "Jesse Jackson", "Kofi Annan")
J_KABILA, KAGAME, MBEKI, MULUZI, ZUMA, DLAMINI_ZUMA, SUNDH, MUSEVENI, L_KABILA, CHILUBA, \
    MASIRE = (
        "Joseph Kabila", "Paul Kagame", "Thabo Mbeki", "Bakili Muluzi", "Jacob Zuma",
        "Nkosazana Dlamini-Zuma", "Lena Sundh", "Yoweri Museveni", "Laurent-Desire Kabila",
        "Frederick Chiluba", "Ketumile Masire")
ARZU, BOUTROS_GHALI, MORAN, MONSANTO, PORRAS, ARNAULT, CLINTON = (
    "Alvaro Arzu", "Boutros Boutros-Ghali", "Rolando Moran", "Pablo Monsanto", "Gustavo Porras",
    "Jean Arnault", "Bill Clinton")
CARTER, NUNN, POWELL, CEDRAS, BIAMBY, JONASSAINT, SHELTON, ARISTIDE, CAPUTO = (
    "Jimmy Carter", "Sam Nunn", "Colin Powell", "Raoul Cedras", "Philippe Biamby",
    "Emile Jonassaint", "Hugh Shelton", "Jean-Bertrand Aristide", "Dante Caputo")
AQUINO, NAJIB, MURAD, LEONEN, IQBAL, AB_GHAFAR, IHSANOGLU = (
    "Benigno Aquino III", "Najib Razak", "Al Haj Murad Ebrahim", "Marvic Leonen", "Mohagher Iqbal",
    "Tengku Ab Ghafar Tengku Mohamed", "Ekmeleddin Ihsanoglu")
LEE_HR, KIM_YJ, PAK, KIM_IS, PARK, HABIB = (
    "Lee Hu-rak", "Kim Yong-ju", "Pak Song-chol", "Kim Il-sung", "Park Chung-hee", "Philip Habib")
NAZARBAYEV, PUTIN, JIANG, VAJPAYEE, MUSHARRAF, ARMITAGE = (
    "Nursultan Nazarbayev", "Vladimir Putin", "Jiang Zemin", "Atal Bihari Vajpayee",
    "Pervez Musharraf", "Richard Armitage")
KOIRALA, DAHAL, M_SINGH = ("Girija Prasad Koirala", "Pushpa Kamal Dahal", "Manmohan Singh")
HAMAD_KHALIFA, HAMAD_JASSIM, SINIORA, BERRI, HARIRI, AOUN, JUMBLATT, RAAD, MOUSSA, SARKOZY, \
    GW_BUSH, ABBAS, B_ASSAD = (
        "Hamad bin Khalifa Al Thani", "Hamad bin Jassim Al Thani", "Fouad Siniora", "Nabih Berri",
        "Saad Hariri", "Michel Aoun", "Walid Jumblatt", "Mohammad Raad", "Amr Moussa",
        "Nicolas Sarkozy", "George W. Bush", "Mahmoud Abbas", "Bashar al-Assad")
NASSER, FAISAL, HUSSEIN, MAHGOUB, RIAD, TITO = (
    "Gamal Abdel Nasser", "Faisal bin Abdulaziz", "Hussein bin Talal", "Mohamed Ahmed Mahgoub",
    "Mahmoud Riad", "Josip Broz Tito")
MAKARIOS, DENKTASH, WALDHEIM, KARAMANLIS, PAPADOPOULOS, ONAN, DEMIREL = (
    "Makarios III", "Rauf Denktash", "Kurt Waldheim", "Konstantinos Karamanlis",
    "Tassos Papadopoulos", "Umit Suleyman Onan", "Suleyman Demirel")
OZAL, PAPANDREOU, SCHWAB = ("Turgut Ozal", "Andreas Papandreou", "Klaus Schwab")
ALBANESE, NATANO, BROWN, ADEANG, XI, MAAMAU, LUXON = (
    "Anthony Albanese", "Kausea Natano", "Mark Brown", "David Adeang", "Xi Jinping",
    "Taneti Maamau", "Christopher Luxon")
REAGAN, MULRONEY, SHULTZ, CLARK, FITZGERALD, LEWIS, DAVIS, GHW_BUSH, GORBACHEV, THATCHER = (
    "Ronald Reagan", "Brian Mulroney", "George Shultz", "Joe Clark", "Garret FitzGerald",
    "Drew Lewis", "William Davis", "George H. W. Bush", "Mikhail Gorbachev", "Margaret Thatcher")
DEL_VALLE, CASAROLI, CUBILLOS, PASTOR, SAMORE, JOHN_PAUL_II, FRANCIS, VAN_KLAVEREN, WERTHEIN = (
    "Jaime del Valle", "Agostino Casaroli", "Hernan Cubillos", "Carlos Washington Pastor",
    "Antonio Samore", "Pope John Paul II", "Pope Francis", "Alberto van Klaveren",
    "Gerardo Werthein")

RUF = "Revolutionary United Front"
DRC = "Democratic Republic of the Congo"
URNG = "Guatemalan National Revolutionary Unity"
MILF = "Moro Islamic Liberation Front"
CICA = "Conference on Interaction and Confidence-Building Measures in Asia"
SCO = "Shanghai Cooperation Organisation"
PIF = "Pacific Islands Forum"


def ev(key, kind, status, date, location, participants, groups, evidence, date_end=None):
    e = {"key": key, "kind": kind, "status": status, "date": date}
    if date_end:
        e["date_end"] = date_end
    e.update({"location": location, "participants": participants, "groups": groups,
              "evidence": evidence})
    return e


M, C, OCC, PLN = "meeting", "call", "occurred", "planned"

ARTICLES = [
    # 000. Text-only radio page; manifest null. The page date is "8-Jul-99 06:10" (a Thursday;
    # true date 1999-07-08). "yesterday evening" -> 7 Jul; "Late last night" (page time 06:10)
    # -> 7 Jul; "in mid-May" -> 1999-05 (keyed 18 May 1999, the Lome ceasefire); "on May 24";
    # "November 1996" (keyed 30 Nov 1996); "on Saturday" (future, Thursday page) -> 10 Jul.
    # Place: "the Togolese capital" = Lome (named in the headline); "the same palace" = Eyadema's
    # palace in Lome; "the Ivorian city" = Abidjan. "Kabba", "Pa Kabba" = Ahmad Tejan Kabbah;
    # "Corporal Sankoh" = Foday Sankoh. Groups on the signing: "between the government delegation
    # and the Revolutionary United Front".
    ("000", "1999-07-08", True, [
        ev("1999-07-07-lome-compaore-eyadema-kabbah-obasanjo-okelo-sankoh-taylor", M, OCC,
           "1999-07-07", "Lome", [KABBAH, SANKOH, EYADEMA, OBASANJO, COMPAORE, TAYLOR, OKELO],
           ["Sierra Leone", RUF],
           "put their signatures to a peace agreement in the Togolese capital yesterday evening"),
        ev("1999-05-18-lome-eyadema-jackson-kabbah-sankoh", M, OCC, "1999-05", "Lome",
           [KABBAH, SANKOH, JACKSON, EYADEMA], [],
           "The two men had already sat at one table in the same palace in mid-May"),
        ev("1999-05-24-lome-ecowas", M, OCC, "1999-05-24", "Lome", [], ["ECOWAS"],
           "ECOWAS foreign ministers then met in Lome on May 24"),
        ev("1996-11-30-abidjan-kabbah-sankoh", M, OCC, "1996-11", "Abidjan", [KABBAH, SANKOH], [],
           "the Abidjan accord of November 1996, which they put their names to"),
        ev("1999-07-07-annan-kabbah-call", C, OCC, "1999-07-07", None, [KABBAH, ANNAN], [],
           "Late last night Kabba took a telephone call from UN Secretary-General Kofi Annan"),
        ev("1999-07-10-abuja-kabbah-obasanjo", M, PLN, "1999-07-10", "Abuja", [KABBAH, OBASANJO], [],
           "Kabba is due in Abuja on Saturday for talks with Obasanjo"),
    ], ["'Between January and March the president saw Sankoh several times' (counted)",
        "'Johnny Paul Koroma, was not in Lome' (negation)",
        "'Sankoh told reporters he would come home to Freetown \"when the time is right\"' (press remarks; vague)",
        "'The RUF's People's War Council, meeting in the bush' (internal to one side)",
        "'Mary Robinson issued a sharply worded statement' (statement)",
        "'He will address the nation on this station tonight' (speech)",
        "Caption 'Eyadema (centre) joins the hands of Kabba and Sankoh' (same event)",
        "Read also: 'Taylor receives Kabba envoy in Monrovia' (furniture)"]),

    # 001. Wire page "Wed Jul 31, 2002 05:45 AM GMT" (manifest 2002-07-31), no dateline.
    # "on Tuesday" -> 30 Jul; "eight days earlier" -> 22 Jul; "in July 1999" (keyed 10 Jul 1999);
    # "earlier this year" -> year only, 2002 (Sun City keyed on its opening, 25 Feb 2002);
    # "next month" -> 2002-08. Place: "the government guesthouse of the administrative capital" =
    # Pretoria (named in the headline); "the same building" -> Pretoria; "the Zambian capital" =
    # Lusaka. "Nkosazana Dlamini" = Nkosazana Dlamini-Zuma; "Laurent Kabila" = Laurent-Desire
    # Kabila. Sun City: "Kinshasa, the MLC and RCD rebels and unarmed opposition parties" -> groups.
    ("001", "2002-07-31", False, [
        ev("2002-07-30-pretoria-dlamini-zuma-kabila-kagame-mbeki-muluzi-sundh-zuma", M, OCC,
           "2002-07-30", "Pretoria", [J_KABILA, KAGAME, MBEKI, MULUZI, ZUMA, DLAMINI_ZUMA, SUNDH], [],
           "signed a pact on Tuesday to end their countries' four-year war"),
        ev("2002-07-22-pretoria-democratic-republic-of-the-congo-rwanda", M, OCC, "2002-07-22",
           "Pretoria", [], [DRC, "Rwanda"],
           "Congolese and Rwandan officials, who initialled a memorandum in the same building eight days earlier"),
        ev("2002-07-30-mbeki-museveni-call", C, OCC, "2002-07-30", None, [MBEKI, MUSEVENI], [],
           "telephoned Uganda's Yoweri Museveni after the ceremony to brief him"),
        ev("1999-07-10-lusaka-chiluba-kabila", M, OCC, "1999-07", "Lusaka", [L_KABILA, CHILUBA], [],
           "the late Laurent Kabila signed with five other heads of state in the Zambian capital"),
        ev("2002-02-25-sun-city-masire", M, OCC, "2002", "Sun City", [MASIRE],
           [DRC, "Movement for the Liberation of Congo", "Congolese Rally for Democracy"],
           "where Kinshasa, the MLC and RCD rebels and unarmed opposition parties negotiated earlier this year"),
        ev("2002-08-luanda-angola-democratic-republic-of-the-congo-uganda", M, PLN, "2002-08",
           "Luanda", [], [DRC, "Uganda", "Angola"],
           "Congolese and Ugandan officials are due to meet in Luanda next month"),
    ], ["'Both sides agreed to review progress with Mbeki within three months' (no concrete occasion)",
        "'Kabila told SABC television' (interview)",
        "'Museveni ... had been invited to Pretoria but stayed away' (declined; negation)",
        "'the movement's leaders would meet in Goma on Friday' (internal to the RCD-Goma)",
        "'The UN Security Council welcomed the Pretoria accord in a statement' (statement)",
        "Update history: '1st version ... UPDATE 1 ...' (earlier versions of the same story)",
        "Most read: 'Kabila and Kagame meet Mbeki - FACTBOX' (furniture)"]),

    # 002. Notebook column "Monday, December 30, 1996" (manifest 1996-12-30). "yesterday
    # afternoon" -> 29 Dec; "on December 4"; "three days later" -> 7 Dec; "on the 12th" -> 12 Dec
    # (day of month only, December from context); "on Saturday evening" -> 28 Dec; "on Sunday
    # morning" -> 29 Dec; "on New Year's Day" (future) -> 1997-01-01; "in the third week of
    # January" -> 1997-01. Places: the National Palace "in Guatemala City"; "the Swedish capital"
    # = Stockholm; "the Spanish capital" = Madrid; "the presidential house" -> Guatemala City.
    # "Comandante Rolando Moran" = Rolando Moran. "the four commanders" includes Moran and
    # Monsanto; the other two are unnamed -> group URNG.
    ("002", "1996-12-30", False, [
        ev("1996-12-29-guatemala-city-arzu-boutros-ghali-monsanto-moran-porras", M, OCC,
           "1996-12-29", "Guatemala City", [MORAN, MONSANTO, PORRAS, ARZU, BOUTROS_GHALI],
           ["Guatemala", URNG],
           "signed the Agreement on a Firm and Lasting Peace, with President Alvaro Arzu standing behind"),
        ev("1996-12-04-oslo-arnault", M, OCC, "1996-12-04", "Oslo", [ARNAULT], ["Guatemala", URNG],
           "The definitive ceasefire was signed in Oslo on December 4"),
        ev("1996-12-07-stockholm-arnault", M, OCC, "1996-12-07", "Stockholm", [ARNAULT],
           ["Guatemala", URNG], "the constitutional reforms in the Swedish capital three days later"),
        ev("1996-12-12-madrid-arnault", M, OCC, "1996-12-12", "Madrid", [ARNAULT], ["Guatemala", URNG],
           "the URNG's return to legal political life in the Spanish capital on the 12th"),
        ev("1996-12-28-guatemala-city-arzu-boutros-ghali", M, OCC, "1996-12-28", "Guatemala City",
           [BOUTROS_GHALI, ARZU], [],
           "had called on Arzu at the presidential house on Saturday evening"),
        ev("1996-12-29-arzu-clinton-call", C, OCC, "1996-12-29", None, [CLINTON, ARZU], [],
           "Bill Clinton telephoned Arzu on Sunday morning to offer congratulations"),
        ev("1997-01-01-guatemala-city-arzu-monsanto-moran", M, PLN, "1997-01-01", "Guatemala City",
           [ARZU, MORAN, MONSANTO], [URNG],
           "invited the four commanders to lunch at the presidential house on New Year's Day"),
        ev("1997-01-brussels-consultative-group-guatemala", M, PLN, "1997-01", "Brussels", [],
           ["Consultative Group", "Guatemala"],
           "donors' Consultative Group will meet Guatemalan ministers in Brussels in the third week of January"),
    ], ["'how many rounds of talks, most of them hosted by Mexico' (counted)",
        "'The commanders had flown in from Mexico City on Saturday' (travel without an encounter)",
        "'would meet Arzu again \"whenever the peace requires it\"' (vague)",
        "'Congress will sit in special session later this week' (internal)",
        "'Boutros-Ghali's speech drew the longest applause' (speech)",
        "'Arzu spoke afterwards from the palace balcony' (speech)",
        "Caption 'URNG commanders and government negotiators at the signing table' (same event)",
        "Related stories: 'Oslo: ceasefire text signed' (furniture)"]),

    # 003. NGO field update, NO DATE anywhere on the page (manifest null; true date 1994-09-20, a
    # Tuesday). "on Saturday", "on Sunday", "Yesterday", "this afternoon", "in July last year" have
    # no year to resolve against, so every date is null (eval rule 10); the Saturday-Sunday talks
    # therefore carry no date_end. Keys use the real dates. Place: army headquarters "on the Champ
    # de Mars" and the National Palace, Port-au-Prince (the team's city); Governors Island "in
    # New York harbour" -> New York. "Jonnasaint" = Emile Jonassaint. Governors Island: Cedras and
    # Aristide signed separately while Caputo "carried the drafts between their rooms" ->
    # proximity talks, one meeting of all sides (eval rule 5).
    ("003", "1994-09-20", True, [
        ev("1994-09-17-port-au-prince-biamby-carter-cedras-nunn-powell", M, OCC, None,
           "Port-au-Prince", [CARTER, NUNN, POWELL, CEDRAS, BIAMBY], [],
           "They sat there with General Raoul Cedras and his chief of staff, General Philippe Biamby"),
        ev("1994-09-18-port-au-prince-carter-jonassaint-nunn-powell", M, OCC, None, "Port-au-Prince",
           [CARTER, JONASSAINT, NUNN, POWELL], [],
           "Carter and the army's figurehead president, Emile Jonnasaint, signed a seven-point agreement"),
        ev("1994-09-18-carter-clinton-call", C, OCC, None, None, [CLINTON, CARTER], [],
           "his last call, at about six, told Carter the paratroopers were already airborne"),
        ev("1994-09-20-port-au-prince-cedras-shelton", M, PLN, None, "Port-au-Prince", [SHELTON, CEDRAS],
           [], "is due to sit down with Cedras at headquarters this afternoon"),
        ev("1993-07-03-new-york-aristide-caputo-cedras", M, OCC, None, "New York",
           [CEDRAS, ARISTIDE, CAPUTO], [],
           "Cedras and Aristide each signed a UN accord drawn up by the mediator Dante Caputo"),
    ], ["'President Clinton reached Carter by telephone at the palace more than once' (counted; the 'last call' is the event)",
        "'Jonnasaint spoke on national radio on Sunday night' (speech)",
        "'Aristide said in a statement' (statement)",
        "'Carter's team flew home the same morning' (travel)",
        "'None of our staff met the delegation, and we do not expect to' (negation)",
        "'Aristide may return \"within weeks\"' (vague)",
        "'parliament is supposed to pass an amnesty first' (internal)",
        "Previous field update: 'Fuel shortages reach Gonaives' (furniture)"]),

    # 004. Regional daily "Tuesday, October 16, 2012" (manifest 2012-10-16). "yesterday afternoon"
    # -> 15 Oct; "Before the ceremony" -> 15 Oct; "on Sunday night" -> 14 Oct; "in August last
    # year" -> 2011-08 (keyed 4 Aug 2011); "opened on the 2nd and closed on the 6th" -> 2-6 Oct
    # (this month); "next month" -> 2012-11. Place: the Rizal Ceremonial Hall of Malacanang and
    # the palace's Music Room -> Manila. "PNoy", "Noynoy", "the President" = Benigno Aquino III;
    # "Murad" = Al Haj Murad Ebrahim. The "WHO WAS THERE" box repeats the signing.
    # Groups: "the two peace panels" -> Philippines, MILF.
    ("004", "2012-10-16", False, [
        ev("2012-10-15-manila-ab-ghafar-aquino-ihsanoglu-iqbal-leonen-murad-najib", M, OCC,
           "2012-10-15", "Manila", [LEONEN, IQBAL, AB_GHAFAR, AQUINO, NAJIB, MURAD, IHSANOGLU],
           ["Philippines", MILF],
           "put their names to the framework agreement on the Bangsamoro at about three o'clock yesterday"),
        ev("2012-10-15-manila-aquino-najib", M, OCC, "2012-10-15", "Manila", [AQUINO, NAJIB], [],
           "PNoy received Najib for a half-hour bilateral meeting in the palace's Music Room"),
        ev("2012-10-14-aquino-najib-call", C, OCC, "2012-10-14", None, [NAJIB, AQUINO], [],
           "Najib had telephoned the President on Sunday night to confirm that he would fly in"),
        ev("2011-08-04-tokyo-aquino-murad", M, OCC, "2011-08", "Tokyo", [AQUINO, MURAD], [],
           "The first was the secret meeting in a Tokyo hotel in August last year"),
        ev("2012-10-02-kuala-lumpur-ab-ghafar-iqbal-leonen", M, OCC, "2012-10-02", "Kuala Lumpur",
           [LEONEN, IQBAL, AB_GHAFAR], ["Philippines", MILF],
           "32nd round of formal talks, which opened on the 2nd and closed on the 6th",
           date_end="2012-10-06"),
        ev("2012-11-kuala-lumpur-moro-islamic-liberation-front-philippines", M, PLN, "2012-11",
           "Kuala Lumpur", [], ["Philippines", MILF],
           "The two panels return to Kuala Lumpur next month to start on the annexes"),
    ], ["'The 31 rounds before it produced little' (counted)",
        "'Leonen's panel called on the President on the 8th' (internal to one government)",
        "'In his televised address the day before' (address)",
        "'Murad and the MILF central committee meet at Camp Darapanan on Saturday' (internal to one side)",
        "'Nur Misuari of the MNLF stayed away' (negation)",
        "'Ihsanoglu, in his speech' (speech)",
        "'\"Whenever it is needed.\"' (vague)",
        "Caption 'Leonen and Iqbal exchange copies as Aquino, Najib and Murad applaud' (same event)",
        "Read more from Peace Process: 'ARMM governor Hataman welcomes framework' (furniture)"]),

    # 005. Declassified telegram on an archive reader; manifest null. The page date is the
    # date-time group "041105Z JUL 72" = 4 Jul 1972, 11:05 UTC (evening in Seoul), so "THIS
    # MORNING" and "TODAY" are 4 Jul and "TOMORROW" 5 Jul. "MAY 2-5" and "MAY 29-JUNE 1" are
    # spans (date_end); "MAY 4", "MAY 31", "JUNE 13", "JULY 10" are explicit. Place: the telegram
    # is from Embassy Seoul, so "CAME HERE" = Seoul; "CHONG WA DAE" -> Seoul; the ambassador's
    # own talks with Yi (past and planned) are placed in Seoul by the dispatch (eval rule 11).
    # "YI HU-RAK" = Lee Hu-rak; "KIM YONG-CHU" = Kim Yong-ju; "ME"/"I" = the signer HABIB =
    # Ambassador Philip C. Habib (named in the document details). Korean names are keyed by the
    # whole name. The audience with Kim Il-sung is a separate encounter inside the May visit.
    ("005", "1972-07-04", True, [
        ev("1972-05-02-pyongyang-kim-yong-ju-lee-hu-rak", M, OCC, "1972-05-02", "Pyongyang",
           [LEE_HR, KIM_YJ], [],
           "YI HU-RAK VISITED PYONGYANG MAY 2-5 AND HELD TALKS THERE WITH KIM YONG-CHU",
           date_end="1972-05-05"),
        ev("1972-05-29-seoul-lee-hu-rak-pak-song-chol", M, OCC, "1972-05-29", "Seoul", [PAK, LEE_HR], [],
           "SECOND VICE PREMIER PAK SONG-CHOL CAME HERE MAY 29-JUNE 1 FOR TALKS WITH YI",
           date_end="1972-06-01"),
        ev("1972-05-04-pyongyang-kim-il-sung-kim-yong-ju-lee-hu-rak-pak-song-chol", M, OCC,
           "1972-05-04", "Pyongyang", [LEE_HR, KIM_IS, PAK, KIM_YJ], [],
           "HE WAS RECEIVED BY KIM IL-SUNG IN THE EARLY HOURS OF MAY 4"),
        ev("1972-05-31-seoul-pak-song-chol-park-chung-hee", M, OCC, "1972-05-31", "Seoul", [PARK, PAK],
           [], "PRESIDENT PARK CHUNG HEE RECEIVED PAK AT CHONG WA DAE ON MAY 31"),
        ev("1972-06-13-seoul-habib-lee-hu-rak", M, OCC, "1972-06-13", "Seoul", [HABIB, LEE_HR], [],
           "I DISCUSSED THESE CONTACTS WITH YI FOR NEARLY TWO HOURS ON JUNE 13"),
        ev("1972-07-04-habib-lee-hu-rak-call", C, OCC, "1972-07-04", None, [LEE_HR, HABIB], [],
           "YI TELEPHONED ME AT 0730 THIS MORNING TO GIVE ADVANCE WORD OF THE RELEASE"),
        ev("1972-07-10-panmunjom-north-korean-red-cross-south-korean-red-cross", M, PLN, "1972-07-10",
           "Panmunjom", [], ["South Korean Red Cross", "North Korean Red Cross"],
           "THEIR NEXT PRELIMINARY SESSION IS SET FOR JULY 10 AT PANMUNJOM"),
        ev("1972-07-05-seoul-habib-lee-hu-rak", M, PLN, "1972-07-05", "Seoul", [HABIB, LEE_HR], [],
           "YI HAS ASKED ME TO CALL ON HIM AT 1000 TOMORROW FOR A FULLER BRIEFING"),
    ], ["'SEOUL AND PYONGYANG SIMULTANEOUSLY RELEASED A SEVEN-POINT JOINT STATEMENT' (statement)",
        "'COORDINATING COMMITTEE ... NO DATE HAS BEEN SET FOR ITS FIRST MEETING' (no occasion)",
        "'A DIRECT TELEPHONE LINE BETWEEN SEOUL AND PYONGYANG' (a hotline, not a call)",
        "'THE TWO RED CROSS DELEGATIONS HAVE MET REPEATEDLY AT PANMUNJOM SINCE LAST SEPTEMBER' (counted)",
        "'PRIMIN KIM CHONG-PIL WILL BRIEF THE NATIONAL ASSEMBLY TOMORROW' (internal)",
        "'KIM IL-SUNG'S MAY REMARKS TO NEW YORK TIMES CORRESPONDENTS' (interview)",
        "'TOKYO WAS INFORMED THROUGH DIPLOMATIC CHANNELS' (no encounter stated)",
        "Related documents: 'Telegram, Seoul 3426: conversation with ROK CIA director' (furniture)"]),

    # 006. Wire daybook "Wednesday 5 June 2002, 07:40" (manifest 2002-06-05). "YESTERDAY" -> 4 Jun;
    # "Mon 3 Jun" and "on the eve of the summit" -> 3 Jun; "in March" -> 2002-03 (keyed 20 Mar
    # 2002); "TODAY - WED 5 JUN 08:30" is after the page time -> planned; "Thu 6 Jun", "Fri 7
    # Jun" explicit. Place: "ALMATY DESK", the Palace of the Republic, "the presidential
    # residence" -> Almaty; "the southern capital" = Almaty; "St Petersburg" -> Saint Petersburg.
    # "Nazarbaev" = Nursultan Nazarbayev; "Vajpeyi" = Atal Bihari Vajpayee; "Gen. Musharaf" =
    # Pervez Musharraf. "saw Vajpeyi and Musharaf separately" -> two events, one shared evidence.
    ("006", "2002-06-05", False, [
        ev("2002-06-04-almaty-jiang-musharraf-nazarbayev-putin-vajpayee", M, OCC, "2002-06-04",
           "Almaty", [NAZARBAYEV, PUTIN, JIANG, VAJPAYEE, MUSHARRAF], [CICA],
           "(CICA) met at the Palace of the Republic, chaired by President Nursultan Nazarbaev"),
        ev("2002-06-04-almaty-putin-vajpayee", M, OCC, "2002-06-04", "Almaty", [PUTIN, VAJPAYEE], [],
           "Putin saw Vajpeyi and Musharaf separately in the afternoon"),
        ev("2002-06-04-almaty-musharraf-putin", M, OCC, "2002-06-04", "Almaty", [PUTIN, MUSHARRAF], [],
           "Putin saw Vajpeyi and Musharaf separately in the afternoon"),
        ev("2002-06-03-almaty-nazarbayev-vajpayee", M, OCC, "2002-06-03", "Almaty",
           [VAJPAYEE, NAZARBAYEV], [],
           "Vajpeyi held bilateral talks with Nazarbaev on the eve of the summit"),
        ev("2002-06-03-almaty-shanghai-cooperation-organisation", M, OCC, "2002-06-03", "Almaty", [],
           [SCO], "national coordinators of the Shanghai Cooperation Organisation met in the southern capital"),
        ev("2002-03-20-jiang-putin-call", C, OCC, "2002-03", None, [JIANG, PUTIN], [],
           "Jiang and Putin settled the St Petersburg date when they spoke by telephone in March"),
        ev("2002-06-05-almaty-jiang-nazarbayev", M, PLN, "2002-06-05", "Almaty", [JIANG, NAZARBAYEV], [],
           "Jiang calls on Nazarbaev at the presidential residence before flying on to St Petersburg"),
        ev("2002-06-06-islamabad-armitage-musharraf", M, PLN, "2002-06-06", "Islamabad",
           [ARMITAGE, MUSHARRAF], [],
           "US Deputy Secretary of State Richard Armitage in Islamabad to see Musharaf"),
        ev("2002-06-07-new-delhi-armitage", M, PLN, "2002-06-07", "New Delhi", [ARMITAGE], ["India"],
           "Armitage in New Delhi for talks with Indian officials"),
        ev("2002-06-07-saint-petersburg-jiang-putin", M, PLN, "2002-06-07", "Saint Petersburg",
           [PUTIN, JIANG], [SCO],
           "Shanghai Cooperation Organisation summit in St Petersburg, hosted by Putin; Jiang attending"),
    ], ["'The Indian and Pakistani leaders did not meet, privately or otherwise' (negation)",
        "'tried, without success, to bring them together' (failed attempt)",
        "'Musharaf accepted an invitation to Moscow. No date was given.' (no concrete occasion)",
        "'Brajesh Mishra ... told reporters' (press remarks)",
        "'10:00 Vajpeyi leaves for New Delhi' (travel)",
        "'11:00 Musharaf news conference ... Foreign Ministry briefing at 12:00' (press events)",
        "'Putin is expected to visit India later in the year. Dates not announced.' (vague)",
        "'Photo opportunity at the door only' (part of the planned call)",
        "Latest news: 'Kyrgyz border post reopens at Korday' (furniture)"]),

    # 007. Front page "Wednesday, November 22, 2006" (manifest 2006-11-22). "on Tuesday evening"
    # and "late on Tuesday" -> 21 Nov; "at dawn on November 8"; "in June" -> 2006-06 (keyed 16 Jun
    # 2006); "on Sunday" (future) -> 26 Nov; "before the month is out" -> 2006-11. Place: the
    # Birendra International Convention Centre and Baluwatar ("the prime minister's residence")
    # -> Kathmandu; "the capital" = Kathmandu. "Prachanda (Pushpa Kamal Dahal)", "Maoist
    # chairman" = Pushpa Kamal Dahal; "Girija Babu" = Girija Prasad Koirala. "the leaders of the
    # seven parties" -> group Seven Party Alliance.
    ("007", "2006-11-22", False, [
        ev("2006-11-21-kathmandu-dahal-koirala", M, OCC, "2006-11-21", "Kathmandu", [KOIRALA, DAHAL], [],
           "signed the Comprehensive Peace Accord at the Birendra International Convention Centre on Tuesday evening"),
        ev("2006-11-08-kathmandu-dahal-koirala", M, OCC, "2006-11-08", "Kathmandu", [KOIRALA, DAHAL],
           ["Seven Party Alliance"],
           "the deal struck at Baluwatar at dawn on November 8, after an all-night session"),
        ev("2006-06-16-kathmandu-dahal-koirala", M, OCC, "2006-06", "Kathmandu", [KOIRALA, DAHAL], [],
           "The two men first met face to face in June"),
        ev("2006-11-21-koirala-singh-call", C, OCC, "2006-11-21", None, [M_SINGH, KOIRALA], [],
           "Indian Prime Minister Manmohan Singh telephoned Koirala late on Tuesday to congratulate him"),
        ev("2006-11-26-kathmandu-dahal-koirala", M, PLN, "2006-11-26", "Kathmandu", [KOIRALA, DAHAL], [],
           "Koirala and Prachanda will meet again at Baluwatar on Sunday"),
        ev("2006-11-kathmandu-communist-party-of-nepal-maoist-united-nations", M, PLN, "2006-11",
           "Kathmandu", [], ["United Nations", "Communist Party of Nepal (Maoist)"],
           "UN arms monitors and Maoist commanders are to hold their first joint session"),
    ], ["'The ceremony had been set for last Thursday but was put off twice' (postponed occasion)",
        "'They have met dozens of times since' (counted)",
        "'The royal palace made no comment' (statement)",
        "'The Maoist standing committee met in Kirtipur on Monday' (internal to one side)",
        "'the cabinet meets today to endorse it' (cabinet meeting)",
        "'Ian Martin ... will brief the Security Council in New York next week' (briefing)",
        "INSIDE index: 'p3 Cantonment sites named in seven districts' (furniture)"]),

    # 008. Radio bulletin; manifest null. The page date is written out: "Thursday, the
    # twenty-second of May, two thousand and eight" (true date 2008-05-22). "yesterday" -> 21 May;
    # "on Friday" -> 16 May; "for six days" -> 16-21 May (one conference, date_end); "the previous
    # Thursday" -> 15 May; "on Saturday" (past, Bush) -> 17 May; "on Wednesday afternoon" -> 21
    # May; "on Saturday" (future, Moussa) -> 24 May. Place: "a hotel in the Qatari capital" = Doha.
    # "Saniora" = Fouad Siniora; "Sheikh Hamad bin Jassem" = Hamad bin Jassim Al Thani; "the emir"
    # = Hamad bin Khalifa Al Thani. "the foreign ministers of the League's Lebanon committee" ->
    # group Arab League. Beirut: "between the March 14 majority and the March 8 opposition".
    ("008", "2008-05-22", True, [
        ev("2008-05-16-doha-aoun-berri-bin-jassim-bin-khalifa-hariri-jumblatt-moussa-raad-siniora", M,
           OCC, "2008-05-16", "Doha",
           [HAMAD_KHALIFA, SINIORA, BERRI, HARIRI, AOUN, JUMBLATT, RAAD, HAMAD_JASSIM, MOUSSA],
           ["Arab League"],
           "Around the table for six days sat Prime Minister Fouad Saniora, Speaker Nabih Berri",
           date_end="2008-05-21"),
        ev("2008-05-15-beirut-bin-jassim-moussa", M, OCC, "2008-05-15", "Beirut", [HAMAD_JASSIM, MOUSSA],
           ["March 14 Alliance", "March 8 Alliance"],
           "when Sheikh Hamad bin Jassem and Moussa brokered a six-point deal"),
        ev("2008-05-17-sharm-el-sheikh-abbas-bush", M, OCC, "2008-05-17", "Sharm el-Sheikh",
           [GW_BUSH, ABBAS], [], "where he had held talks with Mahmoud Abbas on Saturday"),
        ev("2008-05-21-bin-khalifa-sarkozy-call", C, OCC, "2008-05-21", None, [SARKOZY, HAMAD_KHALIFA], [],
           "French President Nicolas Sarkozy telephoned the emir on Wednesday afternoon to congratulate him"),
        ev("2008-05-24-damascus-al-assad-moussa", M, PLN, "2008-05-24", "Damascus", [MOUSSA, B_ASSAD], [],
           "Moussa will travel to Damascus on Saturday to brief President Bashar al-Assad"),
    ], ["'Hassan Nasrallah, did not go to Doha' (negation)",
        "'Hariri and Berri talked alone for an hour in the speaker's suite' (a direct exchange inside the same talks)",
        "'Parliament, which has failed nineteen times ... convenes on Sunday' (internal; counted)",
        "'The emir is expected to fly to Beirut for the vote' (travel without a stated encounter)",
        "'Bush had called the Doha talks a \"defining moment\"' (statement; his Abbas talks are the event)",
        "'Samir Geagea told Al Jazeera' (interview)",
        "'the parties could return to Doha \"if the need arises\"' (hypothetical)",
        "Related: 'Suleiman: profile of a consensus candidate' (furniture)"]),

    # 009. OCR'd archive page "SATURDAY, SEPTEMBER 2, 1967" (manifest 1967-09-02); the dispatch is
    # "KHARTOUM, Sept. 1.", so "tonight" is 1 Sep, "on Tuesday" 29 Aug (summit 29 Aug-1 Sep, one
    # conference, date_end), "on Thursday" 31 Aug, "on Wednesday night" 30 Aug, "last weekend"
    # 26-27 Aug -> 1967-08 (keyed 26 Aug), "next week" -> 1967-09. "the Jedda accord of two years
    # ago" -> year only, 1965 (keyed 24 Aug 1965); "September 1964" (keyed month only). Place:
    # "here" = Khartoum; "the Prime Minister's residence" -> Khartoum; "the Saudi port" = Jedda ->
    # Jeddah. OCR/variant names: "Nasscr" = Gamal Abdel Nasser, "Feisal" = Faisal bin Abdulaziz,
    # "Mahjoub" = Mohamed Ahmed Mahgoub, "Kmg Hussein" = Hussein bin Talal. "Arab kings and
    # presidents" -> group Arab League; "Arab foreign ministers" -> group Arab League.
    ("009", "1967-09-02", False, [
        ev("1967-08-29-khartoum-faisal-hussein-mahgoub-nasser", M, OCC, "1967-08-29", "Khartoum",
           [MAHGOUB, NASSER, FAISAL, HUSSEIN], ["Arab League"],
           "Arab kings and presidents ended their summit conference here tonight",
           date_end="1967-09-01"),
        ev("1967-08-31-khartoum-faisal-mahgoub-nasser", M, OCC, "1967-08-31", "Khartoum",
           [NASSER, FAISAL, MAHGOUB], [],
           "President Nasscr and King Feisal met at the Prime Minister's residence on Thursday"),
        ev("1967-09-khartoum-iraq-morocco-sudan", M, PLN, "1967-09", "Khartoum", [],
           ["Sudan", "Iraq", "Morocco"],
           "A committee of Sudan, Iraq and Morocco is to meet here next week"),
        ev("1965-08-24-jeddah-faisal-nasser", M, OCC, "1965", "Jeddah", [NASSER, FAISAL], [],
           "signed when Nasser flew to the Saudi port to see the King"),
        ev("1964-09-alexandria-faisal-nasser", M, OCC, "1964-09", "Alexandria", [NASSER, FAISAL], [],
           "They had also met privately at the Alexandria summit of September 1964"),
        ev("1967-08-26-khartoum-riad", M, OCC, "1967-08", "Khartoum", [RIAD], ["Arab League"],
           "Arab foreign ministers, including Egypt's Mr. Mahmoud Riad, who met here last weekend"),
        ev("1967-08-30-nasser-tito-call", C, OCC, "1967-08-30", None, [NASSER, TITO], [],
           "President Nasser telephoned President Tito in Belgrade on Wednesday night"),
    ], ["'Syria stayed away. Its Foreign Minister ... went home before the opening' (negation)",
        "'President Boumediene of Algeria sent his Foreign Minister instead of coming himself' (negation)",
        "'a pledge that there would be no peace ... no negotiation' (resolution, not a meeting)",
        "'Mr. Ahmed Shukairy of the PLO walked out of one session' (inside the same summit)",
        "'King Hussein may go to Washington in the autumn' (hypothetical)",
        "'President Nasser addressed cheering crowds' (speech); 'before leaving for Cairo tonight' (travel)",
        "Caption 'Kmg Hussein arriving at Khartoum airport on Tuesday' (travel)",
        "Also on this page: 'Aden: curfew lifted in Crater district' (furniture)"]),

    # 010. Press review "Monday, 14 February 1977" (manifest 1977-02-14): summaries of that
    # morning's papers, so the papers' "yesterday" is Sunday 13 Feb. "on Saturday" -> 12 Feb;
    # "on 27 January"; "on Friday evening" -> 11 Feb; "at the end of March" -> 1977-03 (keyed 31
    # Mar 1977); "on Tuesday" (future) -> 15 Feb. Place: the review is of the Nicosia papers;
    # "in Nicosia"; "in the capital" and "the Turkish Cypriot sector of the capital" -> Nicosia.
    # "the Archbishop", "His Beatitude" = Makarios III; "Denktas" = Rauf Denktash; "the
    # Secretary-General" = Kurt Waldheim; "Caramanlis" = Konstantinos Karamanlis; "Prime Minister
    # Demirel" = Suleyman Demirel. Each paper's item mentions events once; no event is repeated.
    ("010", "1977-02-14", False, [
        ev("1977-02-12-nicosia-denktash-makarios-waldheim", M, OCC, "1977-02-12", "Nicosia",
           [MAKARIOS, DENKTASH, WALDHEIM], [],
           "agreed on four guidelines for a federal settlement during two and a half hours"),
        ev("1977-01-27-nicosia-denktash-makarios", M, OCC, "1977-01-27", "Nicosia", [MAKARIOS, DENKTASH],
           [], "the two leaders' first meeting in the capital, on 27 January"),
        ev("1977-02-11-nicosia-denktash-waldheim", M, OCC, "1977-02-11", "Nicosia", [WALDHEIM, DENKTASH],
           [], "Dr Waldheim saw Mr Denktas separately in the Turkish Cypriot sector of the capital"),
        ev("1977-02-13-karamanlis-makarios-call", C, OCC, "1977-02-13", None, [KARAMANLIS, MAKARIOS], [],
           "Mr Caramanlis, telephoned His Beatitude yesterday to express Athens' support"),
        ev("1977-03-31-vienna-onan-papadopoulos-waldheim", M, PLN, "1977-03", "Vienna",
           [PAPADOPOULOS, ONAN, WALDHEIM], [],
           "will resume in Vienna at the end of March under Dr Waldheim's chairmanship"),
        ev("1977-02-15-ankara-demirel-waldheim", M, PLN, "1977-02-15", "Ankara", [WALDHEIM, DEMIREL], [],
           "the Secretary-General is due in Ankara on Tuesday to see Prime Minister Demirel"),
    ], ["'\"had not sat at the same table for thirteen years\"' (negation)",
        "'the Archbishop did not consult the National Council, which meets on Wednesday' (internal)",
        "'Mr Denktas, interviewed on Bayrak radio' (interview)",
        "'The two leaders may meet again \"in due course\"' (vague)",
        "'a bi-communal federation is now accepted \"in principle\"' (statement)",
        "Read more press reviews: 'Greek press review, 14 February 1977' (furniture)"]),

    # 011. Turkish English-language daily "Monday, 1 February 1988" (manifest 1988-02-01).
    # "yesterday" -> 31 Jan; "on Saturday" -> 30 Jan (talks 30-31 Jan, one round, date_end); "two
    # years ago" -> year only, 1986 (keyed by year); "on Thursday" -> 28 Jan; "early next month"
    # -> 1988-03 (keyed month only). Place: "the Swiss ski resort of Davos", "the Hotel
    # Belvedere"; "the same forum" -> Davos. "Papandreu" = Andreas Papandreou. Klaus Schwab "sat
    # in on the opening session" -> participant. The NATO summit is a backdrop.
    ("011", "1988-02-01", False, [
        ev("1988-01-30-davos-ozal-papandreou-schwab", M, OCC, "1988-01-30", "Davos",
           [OZAL, PAPANDREOU, SCHWAB], [],
           "ended two days of talks in the Swiss ski resort of Davos yesterday",
           date_end="1988-01-31"),
        ev("1986-davos-ozal-papandreou", M, OCC, "1986", "Davos", [OZAL, PAPANDREOU], [],
           "since they met at the same forum two years ago"),
        ev("1988-01-28-ozal-papandreou-call", C, OCC, "1988-01-28", None, [PAPANDREOU, OZAL], [],
           "who had telephoned Mr Ozal from Athens on Thursday to confirm that he would come"),
        ev("1988-03-brussels-ozal-papandreou", M, PLN, "1988-03", "Brussels", [OZAL, PAPANDREOU], [],
           "The two leaders are to see each other again in Brussels early next month"),
    ], ["'to visit each other's capitals. No dates were fixed' (no concrete occasion)",
        "'a telephone hot line between Ankara and Athens' (a hotline, not a call)",
        "'both navies came close to blows last March' (no meeting)",
        "'told reporters'; 'appeared together before the press at the town hall' (press appearances)",
        "'Foreign Ministers Mesut Yilmaz and Karolos Papoulias are to meet \"within weeks\"' (vague)",
        "'Mr Ozal telephoned President Kenan Evren' (internal to one government)",
        "'will brief the cabinet on Wednesday' (internal)",
        "'Schwab, who had shuttled between Ankara and Athens throughout the autumn' (habitual)",
        "Related stories: 'Evren receives Bulgarian foreign minister' (furniture)"]),

    # 012. AMP page "Updated 11 Nov 2023, 9:02am" (a Saturday; manifest 2023-11-11). "on Friday"
    # -> 10 Nov; "on Wednesday" -> 8 Nov; "on Thursday" -> 9 Nov; "on Monday" -> 6 Nov; "during
    # the week" -> 2023-11; "on Thursday night" -> 9 Nov; "next week" (13-19 Nov) -> 2023-11;
    # "next year" -> year only, 2024 (keyed 26 Aug 2024). Place: "in Rarotonga"; "the island's
    # national auditorium" -> Rarotonga; "the outer island of Aitutaki". "Albo" = Anthony
    # Albanese. Adeang "walked out of the plenary", so he is placed at it. The plenary and the
    # Aitutaki retreat are separate gatherings (different day and island).
    ("012", "2023-11-11", False, [
        ev("2023-11-10-rarotonga-albanese-natano", M, OCC, "2023-11-10", "Rarotonga", [ALBANESE, NATANO],
           [], "Anthony Albanese and Tuvalu's Prime Minister Kausea Natano signed in Rarotonga on Friday"),
        ev("2023-11-08-rarotonga-adeang-brown", M, OCC, "2023-11-08", "Rarotonga", [BROWN, ADEANG], [PIF],
           "the Pacific Islands Forum leaders' meeting, which opened in the island's national auditorium"),
        ev("2023-11-09-aitutaki-albanese-natano", M, OCC, "2023-11-09", "Aitutaki", [ALBANESE, NATANO],
           [PIF], "sailed to the outer island of Aitutaki on Thursday for the traditional leaders' retreat"),
        ev("2023-11-06-beijing-albanese-xi", M, OCC, "2023-11-06", "Beijing", [ALBANESE, XI], [],
           "where he held talks with Xi Jinping on Monday"),
        ev("2023-11-rarotonga-albanese-brown", M, OCC, "2023-11", "Rarotonga", [ALBANESE, BROWN], [],
           "he also held separate talks with Mr Brown and with Kiribati's President Taneti Maamau"),
        ev("2023-11-rarotonga-albanese-maamau", M, OCC, "2023-11", "Rarotonga", [ALBANESE, MAAMAU], [],
           "he also held separate talks with Mr Brown and with Kiribati's President Taneti Maamau"),
        ev("2023-11-09-albanese-luxon-call", C, OCC, "2023-11-09", None, [ALBANESE, LUXON], [],
           "He said he had spoken by phone on Thursday night with New Zealand's prime minister-elect"),
        ev("2023-11-16-san-francisco-albanese", M, PLN, "2023-11", "San Francisco", [ALBANESE], ["APEC"],
           "Albanese flies on to San Francisco next week for the APEC leaders' meeting"),
        ev("2024-08-26-nukualofa-pacific-islands-forum", M, PLN, "2024", "Nuku'alofa", [], [PIF],
           "Forum leaders will gather next year in Nuku'alofa, Tonga"),
    ], ["'David Adeang ... did not make the trip' (negation, for the retreat)",
        "'Christopher Luxon, who stayed in Wellington' (negation)",
        "'Albanese told a press conference, standing beside Natano' (press conference)",
        "'Natano invited him to Funafuti \"soon\"; no date has been set' (no concrete occasion)",
        "'China's foreign ministry said' (statement)",
        "'Advertisement' and 'Continue reading below' breaks (furniture)",
        "Related: 'What is the Falepili Union?' (furniture)"]),

    # 013. Pool report "MONDAY, MARCH 18, 1985 - 1:15 P.M." (manifest 1985-03-18). "yesterday's
    # first session" -> 17 Mar (summit 17-18 Mar, one round, date_end); "last September" ->
    # 1984-09 (keyed 25 Sep 1984); "on St. Patrick's Day morning" -> 17 Mar; "next month" ->
    # 1985-04; "next year" -> year only, 1986 (keyed 18 Mar 1986); "last week" (11-17 Mar) ->
    # 1985-03 (keyed 13 Mar 1985); "this afternoon" -> 18 Mar (a planned call). Place: "QUEBEC
    # CITY", "the old walled city"; "the White House" -> Washington. "RR" = Ronald Reagan and "BM"
    # = Brian Mulroney (the item notes say so); "SecState Shultz" = George Shultz; "Vice President
    # Bush" = George H. W. Bush; "PM Thatcher" = Margaret Thatcher. The signings inside the
    # summit are part of it.
    ("013", "1985-03-18", False, [
        ev("1985-03-17-quebec-city-clark-mulroney-reagan-shultz", M, OCC, "1985-03-17", "Quebec City",
           [REAGAN, MULRONEY, SHULTZ, CLARK], [],
           "RR and BM came out of their second round of talks at 10:55",
           date_end="1985-03-18"),
        ev("1984-09-25-washington-mulroney-reagan", M, OCC, "1984-09", "Washington", [MULRONEY, REAGAN],
           [], "recalled that BM had called on him at the White House last September"),
        ev("1985-03-17-fitzgerald-mulroney-call", C, OCC, "1985-03-17", None, [MULRONEY, FITZGERALD], [],
           "spoken by phone with the Irish Taoiseach, Garret FitzGerald, on St. Patrick's Day morning"),
        ev("1985-04-washington-davis-lewis", M, PLN, "1985-04", "Washington", [LEWIS, DAVIS], [],
           "Drew Lewis and William Davis, will hold their first meeting in Washington next month"),
        ev("1986-03-18-washington-mulroney-reagan", M, PLN, "1986", "Washington", [REAGAN, MULRONEY], [],
           "next year's summit will be in Washington, date TBD"),
        ev("1985-03-13-moscow-bush-gorbachev-shultz", M, OCC, "1985-03", "Moscow",
           [SHULTZ, GHW_BUSH, GORBACHEV], [],
           "after he and Vice President Bush met Mikhail Gorbachev"),
        ev("1985-03-18-reagan-thatcher-call", C, PLN, "1985-03-18", None, [REAGAN, THATCHER], [],
           "RR will telephone PM Thatcher from Air Force One this afternoon to brief her"),
    ], ["'Shultz and Clark signed the Pacific Salmon Treaty' (inside the same summit)",
        "'whether this was his best meeting yet with BM' (counted)",
        "'Leaders have agreed to meet every year' (habitual; next year's summit is the event)",
        "'Speakes will brief the traveling press aboard' (briefing)",
        "'Joint press availability scrubbed for time' (cancelled press event)",
        "'BM will report to the Commons tomorrow' (internal)",
        "'Mrs. Reagan and Mrs. Mulroney waved from the top of the stairs' (no diplomatic encounter)",
        "'Previous item: Pool report #4 (Sunday gala, Grand Theatre)' (furniture; the gala is part of the summit)",
        "Related items: 'Schedule of the President, March 17-18, 1985' (furniture)"]),

    # 014. Anniversary feature "Friday, 29 November 2024" (manifest 2024-11-29). "Forty years ago
    # today" -> 29 Nov 1984; "in January 1979" (keyed 8 Jan 1979); "In January 1984" (keyed 23 Jan
    # 1984); "the following May" (after November 1984) -> 1985-05 (keyed 2 May 1985); "On Monday"
    # -> 25 Nov 2024; "a week earlier" (than Monday 25 Nov) -> 18 Nov; "on Tuesday" -> 26 Nov; "in
    # December" (future) -> 2024-12. Place: "a hall of the Apostolic Palace", "the Vatican", "the
    # same palace", "they returned" -> Vatican City. Dante Caputo is the same person as the UN
    # mediator in 003 (different events).
    ("014", "2024-11-29", False, [
        ev("1984-11-29-vatican-city-casaroli-caputo-del-valle", M, OCC, "1984-11-29", "Vatican City",
           [CAPUTO, DEL_VALLE, CASAROLI], [],
           "Forty years ago today, in a hall of the Apostolic Palace, the foreign ministers"),
        ev("1979-01-08-montevideo-cubillos-pastor-samore", M, OCC, "1979-01", "Montevideo",
           [CUBILLOS, PASTOR, SAMORE], [],
           "signed in January 1979 by foreign ministers Hernan Cubillos and Carlos Washington Pastor"),
        ev("1984-01-23-vatican-city-caputo-del-valle", M, OCC, "1984-01", "Vatican City",
           [CAPUTO, DEL_VALLE], [],
           "In January 1984 Caputo and del Valle met at the Vatican to sign"),
        ev("1985-05-02-vatican-city-caputo-del-valle-john-paul-ii", M, OCC, "1985-05", "Vatican City",
           [CAPUTO, DEL_VALLE, JOHN_PAUL_II], [],
           "the following May, after the treaty, they returned to exchange ratifications before John Paul II"),
        ev("2024-11-25-vatican-city-francis-van-klaveren-werthein", M, OCC, "2024-11-25", "Vatican City",
           [FRANCIS, VAN_KLAVEREN, WERTHEIN], [],
           "Pope Francis received Chile's Alberto van Klaveren and Argentina's Gerardo Werthein in the Clementine Hall"),
        ev("2024-11-18-rio-de-janeiro-van-klaveren-werthein", M, OCC, "2024-11-18", "Rio de Janeiro",
           [VAN_KLAVEREN, WERTHEIN], [],
           "when they met on the margins of the G20 summit in Rio de Janeiro"),
        ev("2024-11-26-van-klaveren-werthein-call", C, OCC, "2024-11-26", None, [WERTHEIN, VAN_KLAVEREN],
           [], "he had telephoned van Klaveren on Tuesday to thank him"),
        ev("2024-12-santiago-argentina-chile", M, PLN, "2024-12", "Santiago", [], ["Chile", "Argentina"],
           "Chilean and Argentine officials will meet in Santiago in December"),
    ], ["'Samore then shuttled between Buenos Aires, Santiago and Rome for years' (habitual)",
        "'Argentines approved the text in a non-binding referendum' (not a meeting)",
        "'Werthein told reporters' (press remarks; the call is the event)",
        "'No meeting between Presidents Javier Milei and Gabriel Boric has been scheduled' (negation)",
        "'In his address, Francis called the treaty' (speech)",
        "TIMELINE box: '1984: Treaty signed at the Vatican' (same events, no new encounter)",
        "Related: 'Milei and Boric: a relationship on hold' (furniture)"]),
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
