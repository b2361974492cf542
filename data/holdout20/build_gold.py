#!/usr/bin/env python3
"""Generate gold.jsonl and manifest.jsonl for the holdout20 corpus.

holdout20 is a BLIND held-out set: developers of `dossier` must not read its pages, this script or its gold.

Run:  python3 data/holdout20/build_gold.py   then   python3 data/eval/validate.py data/holdout20
Each article lists its true publication date, whether the manifest hides it, its gold
events, and (for documentation only) the traps it contains that must NOT be extracted.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

# canonical names
BRANDT, STOPH, NIXON = "Willy Brandt", "Willi Stoph", "Richard Nixon"
SADAT, BEGIN, CARTER, DAYAN, KAMEL, VANCE, HUSSEIN, KHALID, FAHD, ASSAD = (
    "Anwar Sadat", "Menachem Begin", "Jimmy Carter", "Moshe Dayan", "Mohamed Ibrahim Kamel", "Cyrus Vance",
    "Hussein bin Talal", "Khalid bin Abdulaziz", "Fahd bin Abdulaziz", "Hafez al-Assad")
BIDEN, PUTIN, PARMELIN, BLINKEN, LAVROV, SULLIVAN, PATRUSHEV, CASSIS, ERDOGAN, ZELENSKYY, MERKEL = (
    "Joe Biden", "Vladimir Putin", "Guy Parmelin", "Antony Blinken", "Sergey Lavrov", "Jake Sullivan",
    "Nikolai Patrushev", "Ignazio Cassis", "Recep Tayyip Erdogan", "Volodymyr Zelenskyy", "Angela Merkel")
I_GANDHI, BHUTTO, DHAR, AZIZ_AHMED, SHASTRI, AYUB, ZHOU = (
    "Indira Gandhi", "Zulfikar Ali Bhutto", "D. P. Dhar", "Aziz Ahmed", "Lal Bahadur Shastri", "Ayub Khan",
    "Zhou Enlai")
PW_BOTHA, MACHEL, PIK_BOTHA, VELOSO = "P. W. Botha", "Samora Machel", "Pik Botha", "Jacinto Veloso"
TILLERSON, TAMIM, MBA_THANI, SABAH_EMIR, SABAH_FM, SEDWILL, JUBEIR, SALMAN, TRUMP = (
    "Rex Tillerson", "Tamim bin Hamad Al Thani", "Mohammed bin Abdulrahman Al Thani",
    "Sabah Al-Ahmad Al-Jaber Al-Sabah", "Sabah Al-Khalid Al-Sabah", "Mark Sedwill", "Adel al-Jubeir",
    "Salman bin Abdulaziz Al Saud", "Donald Trump")
HAIG, THATCHER, PYM, GALTIERI, COSTA_MENDEZ, REAGAN = (
    "Alexander Haig", "Margaret Thatcher", "Francis Pym", "Leopoldo Galtieri", "Nicanor Costa Mendez",
    "Ronald Reagan")
SAMORE, PASTOR, CUBILLOS, VIDELA, PINOCHET, JP2 = (
    "Antonio Samore", "Carlos Washington Pastor", "Hernan Cubillos", "Jorge Rafael Videla", "Augusto Pinochet",
    "John Paul II")
LAFLEUR, TJIBAOU, ROCARD, BLANC, LE_PENSEC = (
    "Jacques Lafleur", "Jean-Marie Tjibaou", "Michel Rocard", "Christian Blanc", "Louis Le Pensec")
DENG, BRZEZINSKI, OHIRA, FUKUDA_T = "Deng Xiaoping", "Zbigniew Brzezinski", "Masayoshi Ohira", "Takeo Fukuda"
GORBACHEV, YANG_SK, ZHAO, QIAN, SHEVARDNADZE, JIANG = (
    "Mikhail Gorbachev", "Yang Shangkun", "Zhao Ziyang", "Qian Qichen", "Eduard Shevardnadze", "Jiang Zemin")
RABIN, MAJALI, B_CLINTON, WEIZMAN, MUBARAK, ARAFAT = (
    "Yitzhak Rabin", "Abdelsalam al-Majali", "Bill Clinton", "Ezer Weizman", "Hosni Mubarak", "Yasser Arafat")
ABE, XI, NODA, HU, YACHI, YANG_JC, KISHIDA, WANG_YI, FUKUDA_Y, OBAMA, ABBOTT = (
    "Shinzo Abe", "Xi Jinping", "Yoshihiko Noda", "Hu Jintao", "Shotaro Yachi", "Yang Jiechi", "Fumio Kishida",
    "Wang Yi", "Yasuo Fukuda", "Barack Obama", "Tony Abbott")
JOKOWI, RETNO, MBZ = "Joko Widodo", "Retno Marsudi", "Mohamed bin Zayed Al Nahyan"
MELES, ISAIAS, BOUTEFLIKA, ANNAN, ALBRIGHT, SALIM, SEYOUM, HAILE, LEGWAILA = (
    "Meles Zenawi", "Isaias Afwerki", "Abdelaziz Bouteflika", "Kofi Annan", "Madeleine Albright",
    "Salim Ahmed Salim", "Seyoum Mesfin", "Haile Woldensae", "Legwaila Joseph Legwaila")


def ev(key, kind, status, date, location, participants, groups, evidence, date_end=None):
    e = {"key": key, "kind": kind, "status": status, "date": date}
    if date_end:
        e["date_end"] = date_end
    e.update({"location": location, "participants": participants, "groups": groups,
              "evidence": evidence})
    return e


M, C, OCC, PLN = "meeting", "call", "occurred", "planned"

ARTICLES = [
    # Thursday wire, dateline "ERFURT, East Germany, March 19" (no year on the dateline; the archive path and the
    #   slug line give 1970; the manifest gives 1970-03-19).
    # "held talks here today" -> 19 Mar 1970, Erfurt. Stoph meeting the train is part of the same encounter.
    # "agreed to meet again in May, this time in ... Kassel" -> planned, 1970-05 (key: 21 May 1970).
    # "are to open four-power talks on Berlin on March 26" -> planned, 26 Mar 1970, Berlin; the ambassadors are
    #   unnamed: groups only.
    # "Brandt is due in Washington next month for talks with President Richard Nixon" -> planned, 1970-04
    #   (key: 10 Apr 1970).
    ("000_dd_de_brandt_stoph_erfurt_wire", "1970-03-19", False, [
        ev("1970-03-19-erfurt-brandt-stoph", M, OCC, "1970-03-19", "Erfurt", [BRANDT, STOPH], [],
           "Chancellor Willy Brandt of West Germany and Premier Willi Stoph of East Germany held talks"),
        ev("1970-05-21-kassel-brandt-stoph", M, PLN, "1970-05", "Kassel", [BRANDT, STOPH], [],
           "agreed to meet again in May, this time in the West German city of Kassel"),
        ev("1970-03-26-berlin-france-soviet-union-united-kingdom-united-states", M, PLN, "1970-03-26", "Berlin", [],
           ["United States", "United Kingdom", "France", "Soviet Union"],
           "are to open four-power talks on Berlin on March 26"),
        ev("1970-04-10-washington-brandt-nixon", M, PLN, "1970-04", "Washington", [BRANDT, NIXON], [],
           "Brandt is due in Washington next month for talks with President Richard Nixon"),
    ], ["'Stoph was waiting on the platform' (same encounter, not a second event)",
        "'laid a wreath at the memorial on the site of the Buchenwald concentration camp' (no encounter)",
        "'an exchange of letters ... in January and February' (letters)",
        "'four preparatory sessions between officials in East Berlin this month' (counted)",
        "'Egon Bahr ... has held several rounds of talks in Moscow with ... Gromyko since January' (counted)",
        "'pushed past police lines ... chanted his name' (crowd, no encounter)",
        "RELATED FROM THE ARCHIVE: Warsaw talks, Stoph letter, Nixon to receive Italian prime minister (furniture)"]),

    # Timeline; manifest null; "Last updated: Tuesday, September 19, 1978". Year headers 1977 / 1978.
    # "Nov. 20 - ... holds talks with Prime Minister Menachem Begin" -> 20 Nov 1977, Jerusalem.
    # "Dec. 25 - Begin flies to Ismailia ... for a Christmas Day summit with Sadat" -> 25 Dec 1977.
    # "Jan. 4 - ... Aswan airport, where Sadat meets him" -> 4 Jan 1978.
    # "Early February - Sadat spends a weekend with Carter at Camp David" -> 1978-02 (key: 4 Feb 1978).
    # "March - Begin's talks with Carter at the White House go badly" -> 1978-03 (key: 21 Mar 1978).
    # "July 18-19 - ... Dayan and ... Kamel meet at Leeds Castle ... Vance in the chair" -> 18-19 Jul 1978.
    # "Sept. 5-17 - The three leaders meet in seclusion at Camp David" -> 5-17 Sep 1978.
    # "Sept. 17 - ... in the East Room of the White House, Sadat and Begin sign" -> 17 Sep 1978, Washington; a
    #   separate encounter (different place) from the retreat.
    # WHAT COMES NEXT: Amman on Wednesday (20 Sep), Riyadh Thursday and Friday (21-22 Sep), Damascus on Saturday
    #   (23 Sep) -> three planned meetings; "he" = Vance.
    ("001_eg_il_camp_david_timeline", "1978-09-19", True, [
        ev("1977-11-20-jerusalem-begin-sadat", M, OCC, "1977-11-20", "Jerusalem", [SADAT, BEGIN], [],
           "holds talks with Prime Minister Menachem Begin"),
        ev("1977-12-25-ismailia-begin-sadat", M, OCC, "1977-12-25", "Ismailia", [BEGIN, SADAT], [],
           "Begin flies to Ismailia on the Suez Canal for a Christmas Day summit with Sadat"),
        ev("1978-01-04-aswan-carter-sadat", M, OCC, "1978-01-04", "Aswan", [CARTER, SADAT], [],
           "stops for an hour and a half at the Aswan airport, where Sadat meets him"),
        ev("1978-02-04-camp-david-carter-sadat", M, OCC, "1978-02", "Camp David", [SADAT, CARTER], [],
           "Sadat spends a weekend with Carter at Camp David"),
        ev("1978-03-21-washington-begin-carter", M, OCC, "1978-03", "Washington", [BEGIN, CARTER], [],
           "Begin's talks with Carter at the White House go badly"),
        ev("1978-07-18-leeds-castle-dayan-kamel-vance", M, OCC, "1978-07-18", "Leeds Castle", [DAYAN, KAMEL, VANCE],
           [], "Foreign ministers Moshe Dayan and Mohamed Ibrahim Kamel meet at Leeds Castle in England",
           date_end="1978-07-19"),
        ev("1978-09-05-camp-david-begin-carter-sadat", M, OCC, "1978-09-05", "Camp David", [CARTER, SADAT, BEGIN],
           [], "The three leaders meet in seclusion at Camp David, the presidential retreat in Maryland",
           date_end="1978-09-17"),
        ev("1978-09-17-washington-begin-carter-sadat", M, OCC, "1978-09-17", "Washington", [SADAT, BEGIN, CARTER],
           [], "in the East Room of the White House, Sadat and Begin sign two frameworks"),
        ev("1978-09-20-amman-hussein-vance", M, PLN, "1978-09-20", "Amman", [VANCE, HUSSEIN], [],
           "where he is expected to see King Hussein on Wednesday"),
        ev("1978-09-21-riyadh-fahd-khalid-vance", M, PLN, "1978-09-21", "Riyadh", [VANCE, KHALID, FAHD], [],
           "scheduled to spend Thursday and Friday in Riyadh with King Khalid and Crown Prince Fahd",
           date_end="1978-09-22"),
        ev("1978-09-23-damascus-al-assad-vance", M, PLN, "1978-09-23", "Damascus", [VANCE, ASSAD], [],
           "finish in Damascus on Saturday, where President Hafez al-Assad has agreed to receive him"),
    ], ["'addresses the Knesset' (speech; the talks are the event)",
        "'Aug. 8 - The White House announces that Begin and Sadat have accepted' (announcement of the summit)",
        "'for the last ten days Sadat and Begin do not negotiate face to face' (negation inside the summit)",
        "'Carter presents the accords to a joint session of Congress' (speech)",
        "'Egypt and Israel are to begin negotiating the treaty itself within three months. No venue' (no occasion)",
        "'he could travel to Washington later in the autumn' (hedge)",
        "RELATED: Sadat sees King Hassan in Rabat; Assad to host hardliners (furniture)"]),

    # Live blog; manifest null; "Wednesday 16 June 2021" anchors everything.
    # 13:45 / 16:55 -> the summit, 16 Jun 2021, Villa La Grange (Geneva); Parmelin is the host who welcomed both;
    #   the restricted session names Blinken and Lavrov. One event (restricted + expanded sessions).
    # 10:30 "phoned Putin on April 13" -> call; "first call ... on January 26" -> call; "Blinken and Lavrov, who met
    #   in Reykjavik on May 19"; "Sullivan, who sat down with Nikolai Patrushev here in Geneva on May 24".
    # 09:15 "Yesterday evening Biden met Parmelin and Foreign Minister Ignazio Cassis" -> 15 Jun 2021.
    # 08:40 "On Monday he held his first meeting ... with ... Erdogan there" -> 14 Jun 2021, Brussels ("there").
    #   "spoke by phone with ... Zelenskyy on June 7" -> call.
    # 08:00 "Angela Merkel is due at the White House on July 15" -> planned (Biden's diary).
    ("002_ch_us_ru_biden_putin_geneva_liveblog", "2021-06-16", True, [
        ev("2021-06-16-geneva-biden-putin", M, OCC, "2021-06-16", "Geneva", [BIDEN, PUTIN, PARMELIN, BLINKEN, LAVROV],
           [], "Swiss President Guy Parmelin, the host, welcomed both men on the steps"),
        ev("2021-04-13-biden-putin-call", C, OCC, "2021-04-13", None, [BIDEN, PUTIN], [],
           "Biden proposed today's meeting when he phoned Putin on April 13"),
        ev("2021-01-26-biden-putin-call", C, OCC, "2021-01-26", None, [BIDEN, PUTIN], [],
           "Their first call as presidents had been on January 26"),
        ev("2021-05-19-reykjavik-blinken-lavrov", M, OCC, "2021-05-19", "Reykjavik", [BLINKEN, LAVROV], [],
           "Blinken and Lavrov, who met in Reykjavik on May 19"),
        ev("2021-05-24-geneva-patrushev-sullivan", M, OCC, "2021-05-24", "Geneva", [SULLIVAN, PATRUSHEV], [],
           "Jake Sullivan, who sat down with Nikolai Patrushev here in Geneva on May 24"),
        ev("2021-06-15-geneva-biden-cassis-parmelin", M, OCC, "2021-06-15", "Geneva", [BIDEN, PARMELIN, CASSIS], [],
           "Yesterday evening Biden met Parmelin and Foreign Minister Ignazio Cassis at the InterContinental hotel"),
        ev("2021-06-14-brussels-biden-erdogan", M, OCC, "2021-06-14", "Brussels", [BIDEN, ERDOGAN], [],
           "On Monday he held his first meeting as president with Turkey's Recep Tayyip Erdogan"),
        ev("2021-06-07-biden-zelenskyy-call", C, OCC, "2021-06-07", None, [BIDEN, ZELENSKYY], [],
           "he also spoke by phone with Ukraine's Volodymyr Zelenskyy on June 7"),
        ev("2021-07-15-washington-biden-merkel", M, PLN, "2021-07-15", "Washington", [MERKEL, BIDEN], [],
           "Angela Merkel is due at the White House on July 15"),
    ], ["separate news conferences of Putin and Biden (press conferences)",
        "'whether Vladimir Putin would be welcome in Washington ... the conditions have to be right' (hypothetical)",
        "'will start consultations on strategic stability. No date has been given' (no occasion)",
        "'Ambassadors will return to their posts' (not an encounter)",
        "'with no shared meal' (negation)",
        "'Bern also asked the Kremlin for a bilateral meeting with Putin today ... no answer' (unconfirmed request)",
        "'on the sidelines of the NATO summit' (backdrop)",
        "Related: Erdogan and Biden 'turn a page'; Parmelin to host Indonesian foreign minister (furniture)"]),

    # Monday wire, dateline "SIMLA, July 3" without year; manifest 1972-07-03.
    # "The five-day summit ... ended early today" + "The talks, which opened on Wednesday" -> 28 Jun - 3 Jul 1972
    #   (the signing at 12.40 a.m. and the one-to-one after the dinner are part of the same summit).
    # "held four days of talks in the hill resort of Murree at the end of April" -> 1972-04 (key: 26 Apr 1972).
    # "since Lal Bahadur Shastri and Ayub Khan met at Tashkent in January 1966" -> 1966-01 (key: 10 Jan 1966).
    # "Mr Bhutto went to Peking at the beginning of February for talks with Premier Chou En-lai" -> 1972-02
    #   (key: 1 Feb 1972); Chou En-lai = Zhou Enlai, Peking = Beijing.
    # "Mrs Gandhi's talks with President Nixon in Washington last November" -> 1971-11 (key: 4 Nov 1971).
    ("003_in_pk_simla_summit_wire", "1972-07-03", False, [
        ev("1972-06-28-simla-bhutto-gandhi", M, OCC, "1972-06-28", "Simla", [I_GANDHI, BHUTTO], [],
           "The five-day summit between Prime Minister Indira Gandhi and President Zulfikar Ali Bhutto",
           date_end="1972-07-03"),
        ev("1972-04-26-murree-ahmed-dhar", M, OCC, "1972-04", "Murree", [DHAR, AZIZ_AHMED], [],
           "held four days of talks in the hill resort of Murree"),
        ev("1966-01-10-tashkent-ayub-khan-shastri", M, OCC, "1966-01", "Tashkent", [SHASTRI, AYUB], [],
           "since Lal Bahadur Shastri and Ayub Khan met at Tashkent in January 1966"),
        ev("1972-02-01-beijing-bhutto-zhou", M, OCC, "1972-02", "Beijing", [BHUTTO, ZHOU], [],
           "went to Peking at the beginning of February for talks with Premier Chou En-lai"),
        ev("1971-11-04-washington-gandhi-nixon", M, OCC, "1971-11", "Washington", [I_GANDHI, NIXON], [],
           "Mrs Gandhi's talks with President Nixon in Washington last November were notably cool"),
    ], ["'he would be ready to meet Sheikh Mujibur Rahman \"when the time is right\". No contact is planned' "
        "(hypothetical)",
        "'the leaders would meet again \"at a mutually convenient time\" ... No dates were set' (vague)",
        "'expected to put the agreement before the National Assembly' (domestic)",
        "'the two leaders talked alone following a farewell dinner' (inside the same summit)",
        "Related: Indian cabinet meets; PPP convention in Lahore (furniture, domestic)"]),

    # Press release reposted by an archive portal; manifest null; "16 March 1984" printed under the heading.
    # "today signed ... at Komatipoort" / "The two leaders met in a pavilion erected on the border, in the presence
    #   of both delegations" -> 16 Mar 1984; groups for the delegations.
    # "The Commission is due to hold its first meeting in Pretoria later this month" -> planned, 1984-03.
    # "ministerial delegations led by ... R.F. (Pik) Botha, and ... Jacinto Veloso, at talks in Cape Town earlier
    #   this month" -> 1984-03 (invented detail; month key).
    # "at Lusaka on 16 February, when South African and Angolan delegations, meeting in the presence of United
    #   States officials" -> 16 Feb 1984, groups only.
    ("004_za_mz_nkomati_press_release", "1984-03-16", True, [
        ev("1984-03-16-komatipoort-botha-machel", M, OCC, "1984-03-16", "Komatipoort", [PW_BOTHA, MACHEL],
           ["South Africa", "Mozambique"], "The two leaders met in a pavilion erected on the border"),
        ev("1984-03-pretoria-joint-security-commission", M, PLN, "1984-03", "Pretoria", [],
           ["Joint Security Commission"],
           "The Commission is due to hold its first meeting in Pretoria later this month."),
        ev("1984-03-cape-town-botha-veloso", M, OCC, "1984-03", "Cape Town", [PIK_BOTHA, VELOSO],
           ["South Africa", "Mozambique"], "at talks in Cape Town earlier this month"),
        ev("1984-02-16-lusaka-angola-south-africa-united-states", M, OCC, "1984-02-16", "Lusaka", [],
           ["South Africa", "Angola", "United States"],
           "when South African and Angolan delegations, meeting in the presence of United States officials"),
    ], ["'would meet any of their leaders \"at any time and at any place\"' (hypothetical)",
        "'Heads of State of neighbouring countries who had been invited ... did not attend' (negation)",
        "'In his address the Prime Minister recalled' (speech)",
        "Related documents: Joint Monitoring Commission at Ruacana; Machel's speech (furniture)"]),

    # Wednesday wire, "JEDDAH, Saudi Arabia, July 12"; manifest 2017-07-12.
    # Jeddah on Wednesday -> 12 Jul 2017, ministers unnamed: groups.
    # "on Tuesday he held talks with the emir, Sheikh Tamim" -> 11 Jul; "Later that day he and ... Sheikh Mohammed
    #   bin Abdulrahman al-Thani signed a memorandum" -> a separate encounter the same day.
    # "began on Monday in Kuwait City ... received by the emir and also held three-way talks with Kuwait's foreign
    #   minister ... and ... Mark Sedwill" -> two encounters, 10 Jul 2017.
    # "would fly back to Doha on Thursday to meet senior Qatari officials" -> planned, 13 Jul, group Qatar.
    # "prepared the trip with ... Adel al-Jubeir on the sidelines of the G20 summit in Hamburg last week" -> 2017-07
    #   (last week = 3-9 Jul; month key).
    # "Kuwait's emir flew to Jeddah on June 6 to see King Salman" -> 6 Jun 2017.
    # "spoke by phone with King Salman on June 6. He called Sheikh Tamim the next day" -> calls 6 and 7 Jun.
    # "Trump last met the emir in Riyadh on May 21" -> 21 May 2017 ("the emir" = Tamim).
    ("005_qa_gulf_tillerson_shuttle_wire", "2017-07-12", False, [
        ev("2017-07-12-jeddah-tillerson", M, OCC, "2017-07-12", "Jeddah", [TILLERSON],
           ["Saudi Arabia", "United Arab Emirates", "Bahrain", "Egypt"],
           "met the foreign ministers of Saudi Arabia, the United Arab Emirates, Bahrain and Egypt"),
        ev("2017-07-11-doha-al-thani-tillerson", M, OCC, "2017-07-11", "Doha", [TILLERSON, TAMIM], [],
           "where on Tuesday he held talks with the emir, Sheikh Tamim bin Hamad al-Thani"),
        ev("2017-07-11-doha-al-thani-tillerson-mou", M, OCC, "2017-07-11", "Doha", [TILLERSON, MBA_THANI], [],
           "he and Qatari Foreign Minister Sheikh Mohammed bin Abdulrahman al-Thani signed a memorandum of "
           "understanding"),
        ev("2017-07-10-kuwait-city-al-sabah-tillerson", M, OCC, "2017-07-10", "Kuwait City", [TILLERSON, SABAH_EMIR],
           [], "Tillerson was received by the emir"),
        ev("2017-07-10-kuwait-city-al-sabah-sedwill-tillerson", M, OCC, "2017-07-10", "Kuwait City",
           [TILLERSON, SABAH_FM, SEDWILL], [],
           "held three-way talks with Kuwait's foreign minister, Sheikh Sabah al-Khalid al-Sabah"),
        ev("2017-07-13-doha-tillerson", M, PLN, "2017-07-13", "Doha", [TILLERSON], ["Qatar"],
           "Tillerson would fly back to Doha on Thursday to meet senior Qatari officials"),
        ev("2017-07-hamburg-al-jubeir-tillerson", M, OCC, "2017-07", "Hamburg", [TILLERSON, JUBEIR], [],
           "Tillerson prepared the trip with Saudi Foreign Minister Adel al-Jubeir on the sidelines"),
        ev("2017-06-06-jeddah-al-sabah-salman", M, OCC, "2017-06-06", "Jeddah", [SABAH_EMIR, SALMAN], [],
           "Kuwait's emir flew to Jeddah on June 6 to see King Salman"),
        ev("2017-06-06-salman-trump-call", C, OCC, "2017-06-06", None, [TRUMP, SALMAN], [],
           "spoke by phone with King Salman on June 6"),
        ev("2017-06-07-al-thani-trump-call", C, OCC, "2017-06-07", None, [TRUMP, TAMIM], [],
           "He called Sheikh Tamim the next day"),
        ev("2017-05-21-riyadh-al-thani-trump", M, OCC, "2017-05-21", "Riyadh", [TRUMP, TAMIM], [],
           "Trump last met the emir in Riyadh on May 21"),
    ], ["'went on to Dubai and Doha' (visits with no encounter stated)",
        "'Kuwaiti envoys have since carried messages between the capitals several times' (counted)",
        "'offered to host the parties at the White House \"if necessary\"' (hypothetical)",
        "'at first appeared on Twitter to side with Riyadh' (social media)",
        "'The boycotting states called it \"insufficient\"' (statement)",
        "'on the sidelines of the G20 summit in Hamburg' (backdrop; the Jubeir meeting is the event)",
        "RELATED COVERAGE: Gabriel to tour Gulf capitals (furniture)"]),

    # Monday radio transcript; no date on the page; manifest 1982-04-12.
    # "He is due at Downing Street this afternoon to see the Prime Minister and the Foreign Secretary, Francis Pym,
    #   again" -> planned, 12 Apr 1982, London.
    # "He spent most of Saturday closeted at the Casa Rosada with General Leopoldo Galtieri and ... Nicanor Costa
    #   Mendez" -> 10 Apr 1982, Buenos Aires.
    # "That was Thursday. He spent about five hours at Number Ten with Mrs Thatcher and Mr Pym" -> 8 Apr 1982.
    # "He had also seen Mr Costa Mendez in Washington last week" -> 1982-04 (last week = 5-11 Apr; month key).
    # "spent the best part of an hour on the telephone with General Galtieri on the evening of April 1" -> call.
    ("006_ar_gb_haig_falklands_radio_transcript", "1982-04-12", False, [
        ev("1982-04-12-london-haig-pym-thatcher", M, PLN, "1982-04-12", "London", [HAIG, THATCHER, PYM], [],
           "He is due at Downing Street this afternoon to see the Prime Minister"),
        ev("1982-04-10-buenos-aires-costa-mendez-galtieri-haig", M, OCC, "1982-04-10", "Buenos Aires",
           [HAIG, GALTIERI, COSTA_MENDEZ], [],
           "He spent most of Saturday closeted at the Casa Rosada with General Leopoldo Galtieri"),
        ev("1982-04-08-london-haig-pym-thatcher", M, OCC, "1982-04-08", "London", [HAIG, THATCHER, PYM], [],
           "He spent about five hours at Number Ten with Mrs Thatcher and Mr Pym"),
        ev("1982-04-washington-costa-mendez-haig", M, OCC, "1982-04", "Washington", [HAIG, COSTA_MENDEZ], [],
           "He had also seen Mr Costa Méndez in Washington last week"),
        ev("1982-04-01-galtieri-reagan-call", C, OCC, "1982-04-01", None, [REAGAN, GALTIERI], [],
           "spent the best part of an hour on the telephone with General Galtieri"),
    ], ["'Mr Haig may go back to Buenos Aires, perhaps by midweek, but nothing is fixed' (hedge)",
        "'the Foreign Secretary makes a statement to the Commons this afternoon' (statement)",
        "interviewee Margaret Fenwick-Ross: opinions only, no event",
        "Read more: council to meet traders over Chatham dockyard (furniture, domestic)"]),

    # Profile; manifest null; "Published 09.01.1979 | 14:20" (Tuesday 9 Jan 1979).
    # "Last night, in ... the Palacio Taranco in Montevideo ... Pastor and Hernan Cubillos, signed two documents in
    #   the presence of the Pope's envoy" -> 8 Jan 1979.
    # "He landed in Buenos Aires on December 26, and President Jorge Rafael Videla received him at the Casa Rosada
    #   that same evening" -> 26 Dec 1978.
    # "Before the year was out he was in Santiago, where General Augusto Pinochet received him" -> 1978-12
    #   (month key).
    # "when they met in Buenos Aires on December 12" -> 12 Dec 1978 ("they" = the two foreign ministers).
    # "which Videla and Pinochet set in motion when they met at Puerto Montt in February last year" -> 1978-02
    #   (key: 20 Feb 1978).
    # "Samore is expected to be received by John Paul II at the Vatican at the end of the week" -> planned,
    #   1979-01 (month key).
    ("007_va_ar_cl_samore_beagle_profile", "1979-01-09", True, [
        ev("1979-01-08-montevideo-cubillos-pastor-samore", M, OCC, "1979-01-08", "Montevideo",
           [PASTOR, CUBILLOS, SAMORE], [],
           "Pastor and Hernán Cubillos, signed two documents in the presence of the Pope's envoy"),
        ev("1978-12-26-buenos-aires-samore-videla", M, OCC, "1978-12-26", "Buenos Aires", [SAMORE, VIDELA], [],
           "President Jorge Rafael Videla received him at the Casa Rosada that same evening"),
        ev("1978-12-santiago-pinochet-samore", M, OCC, "1978-12", "Santiago", [SAMORE, PINOCHET], [],
           "where General Augusto Pinochet received him at the Diego Portales building"),
        ev("1978-12-12-buenos-aires-cubillos-pastor", M, OCC, "1978-12-12", "Buenos Aires", [PASTOR, CUBILLOS], [],
           "when they met in Buenos Aires on December 12"),
        ev("1978-02-20-puerto-montt-pinochet-videla", M, OCC, "1978-02", "Puerto Montt", [VIDELA, PINOCHET], [],
           "which Videla and Pinochet set in motion when they met at Puerto Montt"),
        ev("1979-01-vatican-city-john-paul-ii-samore", M, PLN, "1979-01", "Vatican City", [SAMORE, JP2], [],
           "Samorè is expected to be received by John Paul II at the Vatican"),
    ], ["'John Paul II chose him two days before Christmas' (appointment, no encounter)",
        "'he crossed the Andes again and again' (counted)",
        "'willing to return to the region \"whenever the Holy Father needs me\"' (hypothetical)",
        "'Neither general has said whether he would meet the other' (hypothetical)",
        "Mas leidas: 'Samore to meet Chilean bishops in Santiago next month' (furniture)"]),

    # Local weekly; manifest 1988-06-27 (Monday).
    # "shook hands before dawn on Sunday at the Hotel Matignon" + "were with Mr Rocard ... from Saturday afternoon
    #   until early Sunday" -> 25-26 Jun 1988, Paris; delegations as groups.
    # "On 15 June they met alone at Matignon, without the prime minister in the room" -> 15 Jun 1988, Paris.
    # "In late May Mr Blanc and his colleagues were received by Mr Tjibaou at Hienghene" -> 1988-05.
    # "The two delegations are to return to Paris in August, when ... Louis Le Pensec, will host them" -> planned,
    #   1988-08 (key: 20 Aug 1988).
    ("008_nc_fr_matignon_accord_local", "1988-06-27", False, [
        ev("1988-06-25-paris-lafleur-rocard-tjibaou", M, OCC, "1988-06-25", "Paris", [LAFLEUR, TJIBAOU, ROCARD],
           ["RPCR", "FLNKS"], "The RPCR and FLNKS delegations, led by the two men, were with Mr Rocard",
           date_end="1988-06-26"),
        ev("1988-06-15-paris-lafleur-tjibaou", M, OCC, "1988-06-15", "Paris", [LAFLEUR, TJIBAOU], [],
           "On 15 June they met alone at Matignon"),
        ev("1988-05-hienghene-blanc-tjibaou", M, OCC, "1988-05", "Hienghene", [BLANC, TJIBAOU],
           ["Mission of dialogue"],
           "In late May Mr Blanc and his colleagues were received by Mr Tjibaou at Hienghène"),
        ev("1988-08-20-paris-flnks-le-pensec-rpcr", M, PLN, "1988-08", "Paris", [LE_PENSEC], ["RPCR", "FLNKS"],
           "The two delegations are to return to Paris in August"),
    ], ["'telephoned the FLNKS political bureau in Noumea' (internal to one movement)",
        "'listened to hundreds of people' (vague, counted)",
        "'A national referendum on the package is planned for the autumn' (vote, not an encounter)",
        "'Mr Rocard has said he would like to visit the territory ... no date has been set' (hedge)",
        "'Mr Lafleur is due back in Noumea on Tuesday' (travel)",
        "interviewee Odile Warimavu: opinion only",
        "Most read: chiefs to meet High Commissioner (furniture)"]),

    # Photo gallery; manifest null; "Posted 5 February 1979". Captions carry dates.
    # Caption 2 "That evening Deng dined privately at the McLean, Virginia, home of ... Brzezinski. ... Vance was
    #   among the guests" -> 28 Jan 1979, McLean.
    # Captions 3-4: welcome on Jan. 29; "talked for hours on Jan. 29 and again on Jan. 30" -> 29-30 Jan, Washington.
    # Caption 5 "lunches with members of the Senate at the Capitol, Jan. 30" -> group United States Senate.
    # Caption 6 "sign agreements ... in the East Room, Jan. 31" -> a separate day, separate event.
    # Caption 11 "Deng flies on to Tokyo, where ... Ohira is expected to receive him this week" -> planned,
    #   1979-02 (key: 7 Feb 1979).
    # About: "Brzezinski's trip to Peking last May, when he was received by Deng" -> 1978-05 (key: 21 May 1978);
    #   "Deng was in Tokyo in October to hold talks with ... Takeo Fukuda" -> 1978-10 (key: 23 Oct 1978).
    ("009_cn_us_deng_america_gallery", "1979-02-05", True, [
        ev("1979-01-28-mclean-brzezinski-deng", M, OCC, "1979-01-28", "McLean", [DENG, BRZEZINSKI, VANCE], [],
           "Deng dined privately at the McLean, Virginia, home of national security adviser Zbigniew Brzezinski"),
        ev("1979-01-29-washington-carter-deng", M, OCC, "1979-01-29", "Washington", [CARTER, DENG], [],
           "The two leaders talked for hours on Jan. 29 and again on Jan. 30",
           date_end="1979-01-30"),
        ev("1979-01-30-washington-deng-senate", M, OCC, "1979-01-30", "Washington", [DENG],
           ["United States Senate"], "Deng lunches with members of the Senate at the Capitol, Jan. 30"),
        ev("1979-01-31-washington-carter-deng", M, OCC, "1979-01-31", "Washington", [CARTER, DENG], [],
           "Carter and Deng sign agreements on science and technology and on cultural exchange"),
        ev("1979-02-07-tokyo-deng-ohira", M, PLN, "1979-02", "Tokyo", [DENG, OHIRA], [],
           "Deng flies on to Tokyo, where Prime Minister Masayoshi Ohira is expected to receive him"),
        ev("1978-05-21-beijing-brzezinski-deng", M, OCC, "1978-05", "Beijing", [BRZEZINSKI, DENG], [],
           "Brzezinski's trip to Peking last May, when he was received by Deng"),
        ev("1978-10-23-tokyo-deng-fukuda", M, OCC, "1978-10", "Tokyo", [DENG, FUKUDA_T], [],
           "Deng was in Tokyo in October to hold talks with Prime Minister Takeo Fukuda"),
    ], ["caption 1: stepping off the plane at Andrews (arrival, no encounter)",
        "captions 7-10: Ford plant, rodeo, space centre, Boeing (visits with no encounter)",
        "'Carter has accepted an invitation to visit China. No date has been fixed' (no occasion)",
        "'Woodcock, who met Deng repeatedly in December' (counted)",
        "Related galleries: 'Ohira and Deng: the Tokyo stopover' (furniture)"]),

    # Analysis with no date on the page; manifest 1989-05-17 (Wednesday).
    # "shook hands yesterday morning in the Great Hall" -> 16 May 1989.
    # "The welcome ceremony on Monday ... President Yang Shangkun greeted the Soviet leader; the two men held formal
    #   talks that afternoon at the state guest house" -> 15 May 1989, Beijing.
    # "in the evening, when Gorbachev met Zhao Ziyang" -> 16 May 1989, a separate encounter.
    # "In December ... Qian Qichen held talks with Eduard Shevardnadze in Moscow" -> 1988-12 (key: 1 Dec 1988).
    # "Shevardnadze returned it in February, meeting Qian in Beijing" -> 1989-02 (key: 2 Feb 1989).
    # "Gorbachev flies to Shanghai tomorrow, where ... Jiang Zemin, will host him" -> planned, 18 May 1989.
    ("010_cn_su_gorbachev_beijing_analysis", "1989-05-17", False, [
        ev("1989-05-16-beijing-deng-gorbachev", M, OCC, "1989-05-16", "Beijing", [GORBACHEV, DENG], [],
           "Gorbachev and Deng Xiaoping shook hands yesterday morning in the Great Hall of the People"),
        ev("1989-05-15-beijing-gorbachev-yang", M, OCC, "1989-05-15", "Beijing", [GORBACHEV, YANG_SK], [],
           "the two men held formal talks that afternoon at the state guest house"),
        ev("1989-05-16-beijing-gorbachev-zhao", M, OCC, "1989-05-16", "Beijing", [GORBACHEV, ZHAO], [],
           "The more revealing conversation came in the evening, when Gorbachev met Zhao Ziyang"),
        ev("1988-12-01-moscow-qian-shevardnadze", M, OCC, "1988-12", "Moscow", [QIAN, SHEVARDNADZE], [],
           "In December Foreign Minister Qian Qichen held talks with Eduard Shevardnadze in Moscow"),
        ev("1989-02-02-beijing-qian-shevardnadze", M, OCC, "1989-02", "Beijing", [SHEVARDNADZE, QIAN], [],
           "Shevardnadze returned it in February, meeting Qian in Beijing"),
        ev("1989-05-18-shanghai-gorbachev-jiang", M, PLN, "1989-05-18", "Shanghai", [GORBACHEV, JIANG], [],
           "Gorbachev flies to Shanghai tomorrow, where the city's party chief, Jiang Zemin, will host him"),
    ], ["'The wreath-laying at the Monument to the People's Heroes was cancelled' (cancelled)",
        "'Student leaders asked to meet Gorbachev. Their request went unanswered' (unanswered request)",
        "'Border negotiators have met in several rounds since 1987' (counted)",
        "'A return visit by Deng is not on the cards' (negation)",
        "Further reading: border talks briefing (furniture)"]),

    # Broadcaster page, "Wednesday, 26 October 1994"; manifest 1994-10-26.
    # "signed the treaty at the Wadi Araba crossing ... as King Hussein and Mr Clinton looked on. Israel's President
    #   Ezer Weizman ... attended" -> 26 Oct 1994; location "Wadi Araba" (the crossing, no city).
    # "initialled by Mr Rabin and King Hussein at the royal palace in Amman on 17 October" -> 17 Oct 1994.
    # "the two men met publicly for the first time at the White House on 25 July" -> 25 Jul 1994; Clinton is not
    #   named in that sentence, so only the two men.
    # "in Cairo, where he and President Hosni Mubarak held talks with ... Yasser Arafat" -> 26 Oct 1994.
    # "Tomorrow he travels to Damascus for talks with President Hafez al-Assad" -> planned, 27 Oct.
    # "he will see Mr Rabin in Jerusalem on Thursday evening" -> planned, 27 Oct.
    # "Mr Clinton last met Mr Assad in Geneva in January" -> 1994-01 (key: 16 Jan 1994).
    ("011_jo_il_wadi_araba_broadcaster", "1994-10-26", False, [
        ev("1994-10-26-wadi-araba-clinton-hussein-majali-rabin", M, OCC, "1994-10-26", "Wadi Araba",
           [RABIN, MAJALI, HUSSEIN, B_CLINTON, WEIZMAN], [],
           "signed the treaty at the Wadi Araba crossing on the border"),
        ev("1994-10-17-amman-hussein-rabin", M, OCC, "1994-10-17", "Amman", [RABIN, HUSSEIN], [],
           "initialled by Mr Rabin and King Hussein at the royal palace in Amman"),
        ev("1994-07-25-washington-hussein-rabin", M, OCC, "1994-07-25", "Washington", [RABIN, HUSSEIN], [],
           "met publicly for the first time at the White House on 25 July"),
        ev("1994-10-26-cairo-arafat-clinton-mubarak", M, OCC, "1994-10-26", "Cairo", [B_CLINTON, MUBARAK, ARAFAT], [],
           "where he and President Hosni Mubarak held talks with the Palestinian leader, Yasser Arafat"),
        ev("1994-10-27-damascus-al-assad-clinton", M, PLN, "1994-10-27", "Damascus", [B_CLINTON, ASSAD], [],
           "Tomorrow he travels to Damascus for talks with President Hafez al-Assad"),
        ev("1994-10-27-jerusalem-clinton-rabin", M, PLN, "1994-10-27", "Jerusalem", [B_CLINTON, RABIN], [],
           "where he will see Mr Rabin in Jerusalem on Thursday evening"),
        ev("1994-01-16-geneva-al-assad-clinton", M, OCC, "1994-01", "Geneva", [B_CLINTON, ASSAD], [],
           "Mr Clinton last met Mr Assad in Geneva in January"),
    ], ["'Mr Arafat was not invited to the ceremony' (negation)",
        "'flew to Amman to address the Jordanian parliament' and 'speak to the Knesset' (speeches)",
        "'Warren Christopher has made several trips to Damascus since then' (counted)",
        "'whether Mr Assad might one day sit down with Mr Rabin' (hypothetical)",
        "Most popular: Crown Prince Hassan to visit Israel next month (furniture)"]),

    # Translated page; manifest null; "2014/11/10 21:05 JST" (Monday).
    # "held their first formal talks on Monday afternoon at the Great Hall of the People" -> 10 Nov 2014, Beijing.
    # "since December 2011, when then prime minister Yoshihiko Noda met Hu Jintao in Beijing" -> 2011-12
    #   (key: 26 Dec 2011).
    # "agreed on Friday, when Shotaro Yachi ... held talks in Beijing with State Councilor Yang Jiechi" -> 7 Nov.
    # "On Saturday, Foreign Minister Fumio Kishida held talks with ... Wang Yi, at the APEC ministerial venue" ->
    #   8 Nov, Beijing (dateline).
    # "had met Xi privately in Beijing in late July" -> 2014-07 (key: 28 Jul 2014).
    # "Abe also met Russian President Vladimir Putin in Beijing on Sunday" -> 9 Nov 2014.
    # "In Brisbane on Sunday he is scheduled to hold a three-way meeting with ... Obama and ... Abbott" -> planned,
    #   16 Nov 2014.
    ("012_jp_cn_abe_xi_apec_translated", "2014-11-10", True, [
        ev("2014-11-10-beijing-abe-xi", M, OCC, "2014-11-10", "Beijing", [ABE, XI], [],
           "held their first formal talks on Monday afternoon at the Great Hall of the People"),
        ev("2011-12-26-beijing-hu-noda", M, OCC, "2011-12", "Beijing", [NODA, HU], [],
           "when then prime minister Yoshihiko Noda met Hu Jintao in Beijing"),
        ev("2014-11-07-beijing-yachi-yang", M, OCC, "2014-11-07", "Beijing", [YACHI, YANG_JC], [],
           "held talks in Beijing with State Councilor Yang Jiechi"),
        ev("2014-11-08-beijing-kishida-wang", M, OCC, "2014-11-08", "Beijing", [KISHIDA, WANG_YI], [],
           "On Saturday, Foreign Minister Fumio Kishida held talks with his Chinese counterpart, Wang Yi"),
        ev("2014-07-28-beijing-fukuda-xi", M, OCC, "2014-07", "Beijing", [FUKUDA_Y, XI], [],
           "had met Xi privately in Beijing in late July"),
        ev("2014-11-09-beijing-abe-putin", M, OCC, "2014-11-09", "Beijing", [ABE, PUTIN], [],
           "Abe also met Russian President Vladimir Putin in Beijing on Sunday"),
        ev("2014-11-16-brisbane-abbott-abe-obama", M, PLN, "2014-11-16", "Brisbane", [ABE, OBAMA, ABBOTT], [],
           "he is scheduled to hold a three-way meeting with US President Barack Obama"),
    ], ["'agreed to keep preparing for a Putin visit to Japan, but did not fix a date' (no occasion)",
        "'Abe hopes to meet Premier Li Keqiang ... no meeting had been arranged' (hope, negation)",
        "'a Japanese government official who briefed reporters' (briefing)",
        "'Abe travels to Myanmar and Australia' (travel; the Brisbane meeting is the event)",
        "'on the margins of the G20 summit' (backdrop)",
        "Related articles: Obama arrives in Beijing (furniture)"]),

    # Regional daily, "Friday, 1 July 2022"; manifest 2022-07-01.
    # "held talks with ... Putin at the Kremlin on Thursday" -> 30 Jun 2022, Moscow; Retno "accompanied in Moscow".
    # "On Wednesday afternoon Zelenskyy received the Indonesian president at the Mariinsky Palace" -> 29 Jun, Kyiv.
    # "spoke to Zelenskyy by telephone on April 27 and to Putin the following day" -> two calls, 27 and 28 Apr.
    # "The Bali summit is scheduled for November 15 and 16" -> planned G20 gathering; nobody is placed there by name.
    # "Today the president stops in Abu Dhabi, where he is due to meet ... Mohamed bin Zayed" -> planned, 1 Jul.
    ("013_id_ua_ru_jokowi_peace_trip_regional", "2022-07-01", False, [
        ev("2022-06-30-moscow-putin-widodo", M, OCC, "2022-06-30", "Moscow", [JOKOWI, PUTIN, RETNO], [],
           "President Joko Widodo held talks with Russian President Vladimir Putin at the Kremlin on Thursday"),
        ev("2022-06-29-kyiv-widodo-zelenskyy", M, OCC, "2022-06-29", "Kyiv", [ZELENSKYY, JOKOWI], [],
           "On Wednesday afternoon Zelenskyy received the Indonesian president at the Mariinsky Palace"),
        ev("2022-04-27-widodo-zelenskyy-call", C, OCC, "2022-04-27", None, [JOKOWI, ZELENSKYY], [],
           "Jokowi spoke to Zelenskyy by telephone on April 27"),
        ev("2022-04-28-putin-widodo-call", C, OCC, "2022-04-28", None, [JOKOWI, PUTIN], [],
           "Jokowi spoke to Zelenskyy by telephone on April 27 and to Putin the following day"),
        ev("2022-11-15-bali-g20-summit", M, PLN, "2022-11-15", "Bali", [], ["G20"],
           "The Bali summit is scheduled for November 15 and 16", date_end="2022-11-16"),
        ev("2022-07-01-abu-dhabi-bin-zayed-widodo", M, PLN, "2022-07-01", "Abu Dhabi", [JOKOWI, MBZ], [],
           "where he is due to meet the UAE's President Sheikh Mohamed bin Zayed Al Nahyan"),
    ], ["'Putin has accepted the invitation but the format ... is \"still being discussed\"' (hedge)",
        "'Zelenskyy told Jokowi he would attend if the security situation allowed' (conditional)",
        "'First Lady Iriana Joko Widodo visited a hospital in Irpin' (visit, no encounter)",
        "'had travelled overnight by train from Poland' (travel)",
        "'whether Jokowi plans a second trip to either capital' (hypothetical)",
        "interviewee Hendra Wicaksono-Putri: opinion only",
        "Related: Retno to attend G20 foreign ministers' meeting next week (furniture)"]),

    # Podcast show notes; manifest null; the page says only "Wednesday" - no year anywhere, so every date is null
    #   (true publication date 2000-12-13).
    # "Yesterday in Algiers, ... Meles Zenawi and ... Isaias Afewerki signed ... hosted by ... Bouteflika and
    #   witnessed by ... Annan, ... Albright and ... Salim Ahmed Salim" -> 12 Dec 2000 (date null).
    # "signed in Algiers on June 18 by the two foreign ministers" -> 18 Jun 2000 (date null).
    # "Its Military Coordination Commission brought Ethiopian and Eritrean officers together for the first time ten
    #   days before the signing, under the chairmanship of ... Legwaila" -> 2 Dec 2000 (date null, no place).
    ("014_er_et_algiers_accord_podcast_notes", "2000-12-13", True, [
        ev("2000-12-12-algiers-albright-annan-bouteflika-isaias-meles-salim", M, OCC, None, "Algiers",
           [MELES, ISAIAS, BOUTEFLIKA, ANNAN, ALBRIGHT, SALIM], [],
           "Meles Zenawi and Eritrean President Isaias Afewerki signed a comprehensive peace agreement"),
        ev("2000-06-18-algiers-haile-seyoum", M, OCC, None, "Algiers", [SEYOUM, HAILE], [],
           "on June 18 by the two foreign ministers, Seyoum Mesfin and Haile Woldensae"),
        ev("2000-12-02-eritrea-ethiopia-legwaila", M, OCC, None, None, [LEGWAILA], ["Ethiopia", "Eritrea"],
           "Its Military Coordination Commission brought Ethiopian and Eritrean officers together for the first time"),
    ], ["'The two leaders shook hands but did not hold a separate meeting' (negation)",
        "'Months of proximity talks hosted by the OAU' and Lake's shuttles (counted)",
        "'whether Meles and Isaias could ever meet again as friends' (hypothetical)",
        "'Prisoner exchanges - the first is supposed to happen within weeks' (not an encounter)",
        "'the OAU summit in Lome ... was in July' (correction; backdrop)",
        "More episodes (furniture); hosts and guest: no event"]),
]


def main():
    with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as g, \
         open(os.path.join(HERE, "manifest.jsonl"), "w", encoding="utf-8") as m:
        for aid, pub, hide, events, _traps in ARTICLES:
            g.write(json.dumps({"id": aid, "published": pub, "events": events}, ensure_ascii=False) + "\n")
            m.write(json.dumps({"id": aid, "published": None if hide else pub}) + "\n")
    n = sum(len(a[3]) for a in ARTICLES)
    n_calls = sum(1 for a in ARTICLES for e in a[3] if e["kind"] == C)
    n_planned = sum(1 for a in ARTICLES for e in a[3] if e["status"] == PLN)
    people = {p for a in ARTICLES for e in a[3] for p in e["participants"]}
    print(f"events: {n}; calls: {n_calls}; planned: {n_planned}; distinct people: {len(people)}")
    print(f"traps (documented, not in gold): {sum(len(a[4]) for a in ARTICLES)}")


if __name__ == "__main__":
    main()
