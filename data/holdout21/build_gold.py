#!/usr/bin/env python3
"""Generate gold.jsonl and manifest.jsonl for the holdout21 BLIND held-out corpus.

Run:  python3 data/holdout21/build_gold.py   then   python3 data/eval/validate.py data/holdout21
Each article lists its true publication date, whether the manifest hides it, its gold
events, and (for documentation only) the traps it contains that must NOT be extracted.
holdout21 is a BLIND held-out set: the engineer working on the extractor must not read it.
It mixes occurred in-person meetings (most), planned meetings, phone and video calls,
multi-day talks, gatherings of bodies, groups-only events and many non-event distractors,
spread over real diplomatic occasions from 1966 to 2024.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

# canonical names
SHASTRI, AYUB, KOSYGIN, SWARAN, BHUTTO, GROMYKO, LBJ = (
    "Lal Bahadur Shastri", "Ayub Khan", "Alexei Kosygin", "Swaran Singh", "Zulfikar Ali Bhutto",
    "Andrei Gromyko", "Lyndon B. Johnson")
MALIK, RAZAK, RAMOS, RAJARATNAM, THANAT = (
    "Adam Malik", "Abdul Razak Hussein", "Narciso Ramos", "S. Rajaratnam", "Thanat Khoman")
TANAKA, ZHOU, OHIRA, JI, MAO, NIKAIDO, NIXON = (
    "Kakuei Tanaka", "Zhou Enlai", "Masayoshi Ohira", "Ji Pengfei", "Mao Zedong", "Susumu Nikaido",
    "Richard Nixon")
CARTER, TORRIJOS, ORFILA, PINOCHET, VIDELA = (
    "Jimmy Carter", "Omar Torrijos", "Alejandro Orfila", "Augusto Pinochet", "Jorge Rafael Videla")
REAGAN, GORBACHEV, SHULTZ, SHEVARDNADZE, VIGDIS, MATHIESEN = (
    "Ronald Reagan", "Mikhail Gorbachev", "George Shultz", "Eduard Shevardnadze", "Vigdis Finnbogadottir",
    "Matthias Mathiesen")
RAJIV, JAYEWARDENE, DIXIT, PRABHAKARAN, MGR = (
    "Rajiv Gandhi", "J. R. Jayewardene", "J. N. Dixit", "Velupillai Prabhakaran", "M. G. Ramachandran")
VAN_DUNEM, MALMIERCA, PIK_BOTHA, PEREZ_DE_CUELLAR, CROCKER, SASSOU = (
    "Afonso Van-Dunem", "Isidoro Malmierca", "Pik Botha", "Javier Perez de Cuellar", "Chester Crocker",
    "Denis Sassou Nguesso")
PERES, ABBAS, RABIN, ARAFAT, CLINTON, CHRISTOPHER, KOZYREV, SAVIR, QUREI, HOLST, HASSAN_II, RUBINSTEIN, \
    TARAWNEH = (
        "Shimon Peres", "Mahmoud Abbas", "Yitzhak Rabin", "Yasser Arafat", "Bill Clinton", "Warren Christopher",
        "Andrei Kozyrev", "Uri Savir", "Ahmed Qurei", "Johan Jorgen Holst", "Hassan II", "Elyakim Rubinstein",
        "Fayez Tarawneh")
KABBAH, SANKOH, EYADEMA, OBASANJO, COMPAORE, TAYLOR, OKELO, JACKSON, BEREWA = (
    "Ahmad Tejan Kabbah", "Foday Sankoh", "Gnassingbe Eyadema", "Olusegun Obasanjo", "Blaise Compaore",
    "Charles Taylor", "Francis Okelo", "Jesse Jackson", "Solomon Berewa")
ALIYEV, KOCHARYAN, CAVANAUGH, POWELL, GWBUSH, RICE, CHIRAC = (
    "Heydar Aliyev", "Robert Kocharyan", "Carey Cavanaugh", "Colin Powell", "George W. Bush",
    "Condoleezza Rice", "Jacques Chirac")
DOWNER, WIRAJUDA, HOWARD, SBY = (
    "Alexander Downer", "Hassan Wirajuda", "John Howard", "Susilo Bambang Yudhoyono")
PUTIN, POROSHENKO, MERKEL, HOLLANDE, LUKASHENKO, KUCHMA, ZURABOV, TAGLIAVINI, ZAKHARCHENKO, PLOTNITSKY, \
    OBAMA = (
        "Vladimir Putin", "Petro Poroshenko", "Angela Merkel", "Francois Hollande", "Alexander Lukashenko",
        "Leonid Kuchma", "Mikhail Zurabov", "Heidi Tagliavini", "Alexander Zakharchenko", "Igor Plotnitsky",
        "Barack Obama")
ABE, KISHIDA, MATSUI, YUZAKI, KENNEDY, TSUBOI, MORI, TRAN_DAI_QUANG = (
    "Shinzo Abe", "Fumio Kishida", "Kazumi Matsui", "Hidehiko Yuzaki", "Caroline Kennedy", "Sunao Tsuboi",
    "Shigeaki Mori", "Tran Dai Quang")
BIDEN, XI, BLINKEN, YELLEN, WANG_YI, NEWSOM, AMLO = (
    "Joe Biden", "Xi Jinping", "Antony Blinken", "Janet Yellen", "Wang Yi", "Gavin Newsom",
    "Andres Manuel Lopez Obrador")
MODI, GUTERRES, ZELENSKYY = "Narendra Modi", "Antonio Guterres", "Volodymyr Zelenskyy"


def ev(key, kind, status, date, location, participants, groups, evidence, date_end=None):
    e = {"key": key, "kind": kind, "status": status, "date": date}
    if date_end:
        e["date_end"] = date_end
    e.update({"location": location, "participants": participants, "groups": groups,
              "evidence": evidence})
    return e


M, C, OCC, PLN = "meeting", "call", "occurred", "planned"

ARTICLES = [
    # Monday wire, dateline "TASHKENT, U.S.S.R., Jan. 10" without year; the manifest gives 1966-01-10.
    # "signed a declaration here this afternoon, ending seven days of talks under the chairmanship of Soviet
    #   Premier Aleksei Kosygin that opened on Tuesday of last week" -> one conference, 4-10 Jan 1966 (Tuesday of
    #   the previous week = 4 Jan); Swaran Singh, Bhutto and Gromyko "stood behind their leaders at the ceremony".
    # "Mr. Kosygin called on Field Marshal Ayub at his villa on Sunday morning and went to see Mr. Shastri that
    #   evening" -> two separate encounters on 9 Jan 1966 (one sentence, two events).
    # "Last month Ayub Khan was in Washington for two days of talks with President Lyndon B. Johnson" ->
    #   1965-12 (key 14 Dec 1965; month only on the page, so no date_end).
    # "Mr. Kosygin is to see both leaders off at Tashkent airport on Tuesday morning" -> planned, 11 Jan 1966.
    ("000_uz_in_pk_tashkent_declaration_wire", "1966-01-10", False, [
        ev("1966-01-04-tashkent-ayub-kosygin-shastri", M, OCC, "1966-01-04", "Tashkent",
           [SHASTRI, AYUB, KOSYGIN, SWARAN, BHUTTO, GROMYKO], [],
           "signed a declaration here this afternoon, ending seven days of talks", date_end="1966-01-10"),
        ev("1966-01-09-tashkent-ayub-kosygin", M, OCC, "1966-01-09", "Tashkent", [KOSYGIN, AYUB], [],
           "Mr. Kosygin called on Field Marshal Ayub at his villa on Sunday morning"),
        ev("1966-01-09-tashkent-kosygin-shastri", M, OCC, "1966-01-09", "Tashkent", [KOSYGIN, SHASTRI], [],
           "went to see Mr. Shastri that evening, according to members of both delegations"),
        ev("1965-12-14-washington-ayub-johnson", M, OCC, "1965-12", "Washington", [AYUB, LBJ], [],
           "Last month Ayub Khan was in Washington for two days of talks"),
        ev("1966-01-11-tashkent-ayub-kosygin-shastri", M, PLN, "1966-01-11", "Tashkent", [KOSYGIN, SHASTRI, AYUB], [],
           "Mr. Kosygin is to see both leaders off at Tashkent airport on Tuesday morning"),
    ], ["'would continue to meet \"at the highest and other levels\", without naming a date' (vague intention)",
        "'The foreign ministers had sat down together several times during the week' (counted)",
        "'Washington, which has kept out of the mediation' (no encounter)",
        "'Mr. Shastri telephoned his office in New Delhi' (internal call)",
        "'The Indian Cabinet is expected to meet on Wednesday' (internal)",
        "'he would \"consider any invitation in a friendly spirit\"' (hypothetical)",
        "Related coverage: 'Gromyko to visit Tokyo \"in due course\"' (furniture)"]),

    # Wednesday evening paper; manifest null; header "Wednesday, August 9, 1967".
    # "put their names yesterday to a short declaration" -> 8 Aug 1967, Saranrom Palace -> Bangkok.
    # "The text was settled at the seaside resort of Bang Saen, where the five ministers stayed from Saturday until
    #   Monday morning" -> 5-7 Aug 1967 (a separate stay, presented apart from the signing).
    # "last year, when he brought Mr Malik and Tun Razak together in Bangkok at the end of May" -> 1966-05
    #   (key 29 May 1966, the opening of the Bangkok talks).
    # "Their second meeting will be held in Djakarta next year" -> planned, 1968, Jakarta, groups only.
    ("001_th_asean_bangkok_declaration_evening_paper", "1967-08-09", True, [
        ev("1967-08-08-bangkok-khoman-malik-rajaratnam-ramos-razak", M, OCC, "1967-08-08", "Bangkok",
           [MALIK, RAZAK, RAMOS, RAJARATNAM, THANAT], [],
           "put their names yesterday to a short declaration setting up an Association"),
        ev("1967-08-05-bang-saen-khoman-malik-rajaratnam-ramos-razak", M, OCC, "1967-08-05", "Bang Saen",
           [MALIK, RAZAK, RAMOS, RAJARATNAM, THANAT], [],
           "settled at the seaside resort of Bang Saen, where the five ministers stayed",
           date_end="1967-08-07"),
        ev("1966-05-29-bangkok-khoman-malik-razak", M, OCC, "1966-05", "Bangkok", [THANAT, MALIK, RAZAK], [],
           "brought Mr Malik and Tun Razak together in Bangkok at the end of May"),
        ev("1968-jakarta-asean-ministerial-meeting", M, PLN, "1968", "Jakarta", [], ["ASEAN"],
           "Their second meeting will be held in Djakarta next year"),
    ], ["'the foreign ministers will meet every year' (habitual)",
        "'Burma and Cambodia were sounded out earlier this year but declined to join' (declined)",
        "'Ceylon has shown interest ... but no approach has been made' (negation)",
        "'Dr Thanat later held a press conference' (press conference)",
        "'the Cabinet is to discuss the new body at its regular session on Tuesday' (internal)",
        "'A reception at the palace for the visiting delegations followed the signing' (same occasion)",
        "MOST READ: 'Prime Minister Thanom greets Laotian delegation at Don Muang' (furniture)"]),

    # Thursday translated broadcaster page (2022-09-29, manifest given).
    # "Half a century ago today ... Tanaka and Premier Zhou Enlai put their signatures to the joint communique";
    #   Ohira and "Chi Peng-fei" (Ji Pengfei) signed beside them -> 29 Sep 1972, Great Hall -> Beijing.
    # "Tanaka had landed ... on the morning of Sept. 25, 1972. On the afternoon of his arrival he sat down with Chou
    #   En-lai" -> 25 Sep 1972 (date from the previous sentence; transliteration variant).
    # "Late on the evening of Sept. 27, Chairman Mao Tse-tung received Tanaka, Ohira and ... Nikaido ... with Zhou
    #   in attendance" -> 27 Sep 1972, Zhongnanhai -> Beijing.
    # "At the end of August 1972, Tanaka flew to Honolulu, where he met President Richard Nixon" -> 1972-08 (key
    #   31 Aug 1972).
    # "whose own handshake with Mao in Peking earlier that year" -> 1972 (year only; key 21 Feb 1972).
    ("002_jp_cn_tanaka_zhou_normalisation_anniversary_translated", "2022-09-29", False, [
        ev("1972-09-29-beijing-ji-ohira-tanaka-zhou", M, OCC, "1972-09-29", "Beijing", [TANAKA, ZHOU, OHIRA, JI], [],
           "Prime Minister Kakuei Tanaka and Premier Zhou Enlai put their signatures to the joint communique"),
        ev("1972-09-25-beijing-tanaka-zhou", M, OCC, "1972-09-25", "Beijing", [TANAKA, ZHOU], [],
           "On the afternoon of his arrival he sat down with Chou En-lai"),
        ev("1972-09-27-beijing-mao-nikaido-ohira-tanaka-zhou", M, OCC, "1972-09-27", "Beijing",
           [MAO, TANAKA, OHIRA, NIKAIDO, ZHOU], [],
           "Chairman Mao Tse-tung received Tanaka, Ohira and Chief Cabinet Secretary Susumu Nikaido"),
        ev("1972-08-31-honolulu-nixon-tanaka", M, OCC, "1972-08", "Honolulu", [TANAKA, NIXON], [],
           "Tanaka flew to Honolulu, where he met President Richard Nixon"),
        ev("1972-02-21-beijing-mao-nixon", M, OCC, "1972", "Beijing", [NIXON, MAO], [],
           "whose own handshake with Mao in Peking earlier that year"),
    ], ["'that evening's banquet produced the famous row' (same occasion as the arrival-day talks)",
        "'Takeiri ... had three long sessions with Zhou in late July' (counted)",
        "'Kishida and President Xi Jinping exchanged congratulatory messages today' (messages, no encounter)",
        "'a commemorative concert will be held in Tokyo this evening' (no diplomatic encounter)",
        "'a meeting between the two leaders could be arranged if ... but nothing has been fixed' (hypothetical)",
        "Related: 'Kishida to attend state funeral events with foreign guests this week' (furniture)"]),

    # Thursday radio transcript; manifest null; header "Broadcast: Thursday 8 September 1977".
    # "Last night in Washington, General Omar Torrijos and President Jimmy Carter signed the two documents" ->
    #   7 Sep 1977; Orfila "opened the ceremony" at OAS headquarters.
    # "on Aug. 24, when Carter rang Torrijos from the Oval Office" -> call, 24 Aug 1977.
    # "This week he has received one visiting leader after another ..., eighteen in all" is counted, but "he sat
    #   down with Chile's General Augusto Pinochet and with Argentina's General Jorge Rafael Videla" names two
    #   encounters -> two meetings at the White House, "this week" -> 1977-09 (exact days not known to the
    #   author, so the keys are month-level too).
    ("003_pa_us_canal_treaties_radio_transcript", "1977-09-08", True, [
        ev("1977-09-07-washington-carter-torrijos", M, OCC, "1977-09-07", "Washington", [TORRIJOS, CARTER, ORFILA], [],
           "Last night in Washington, General Omar Torrijos and President Jimmy Carter signed the two documents"),
        ev("1977-08-24-carter-torrijos-call", C, OCC, "1977-08-24", None, [CARTER, TORRIJOS], [],
           "on Aug. 24, when Carter rang Torrijos from the Oval Office"),
        ev("1977-09-washington-carter-pinochet", M, OCC, "1977-09", "Washington", [CARTER, PINOCHET], [],
           "he sat down with Chile's General Augusto Pinochet"),
        ev("1977-09-washington-carter-videla", M, OCC, "1977-09", "Washington", [CARTER, VIDELA], [],
           "and with Argentina's General Jorge Rafael Videla, and human rights came up"),
    ], ["'a few hundred protesters chanted against the treaty' (no encounter)",
        "'eighteen in all' (counted)",
        "'The fight moves to the Senate' (domestic)",
        "'Ronald Reagan made another speech against the treaty yesterday' (speech)",
        "'the people will vote on the text in a plebiscite next month' (vote)",
        "'would welcome President Carter in Panama \"whenever he wishes to come\", though no visit is planned'"
        " (hypothetical, negation)",
        "Read more: 'Colon dockworkers mark treaty night with vigil' (furniture)"]),

    # Monday TV transcript (manifest 1986-10-13).
    # "Reagan and Mikhail Gorbachev met for two days at Höfði House, on Saturday and Sunday" -> 11-12 Oct
    #   1986 with Shultz and "Shevardnaze" (misspelt once).
    # "was at Keflavik on Thursday evening to welcome Mr Reagan" -> 9 Oct 1986 (a welcome counts).
    # "On Friday afternoon he called on her at Bessastadir, and Mr Gorbachev paid his own call there later the same
    #   day" -> two meetings, 10 Oct 1986.
    # "The Soviet leader had been met at the airport on Friday by Foreign Minister Matthías Á. Mathiesen" -> 10 Oct
    #   1986; "the airport" is Keflavik, named two sentences earlier.
    # "are expected to meet again in Vienna next month" -> planned, 1986-11 (key 5 Nov 1986).
    # "his second meeting with Mr Reagan, after Geneva last November" -> 1985-11 (key 19 Nov 1985).
    ("004_is_us_su_reykjavik_summit_tv_transcript", "1986-10-13", False, [
        ev("1986-10-11-reykjavik-gorbachev-reagan", M, OCC, "1986-10-11", "Reykjavik",
           [REAGAN, GORBACHEV, SHULTZ, SHEVARDNADZE], [],
           "Reagan and Mikhail Gorbachev met for two days at Höfði House, on Saturday and Sunday",
           date_end="1986-10-12"),
        ev("1986-10-09-keflavik-finnbogadottir-reagan", M, OCC, "1986-10-09", "Keflavik", [VIGDIS, REAGAN], [],
           "President Vigdís Finnbogadóttir was at Keflavik on Thursday evening to welcome Mr Reagan"),
        ev("1986-10-10-bessastadir-finnbogadottir-reagan", M, OCC, "1986-10-10", "Bessastadir", [REAGAN, VIGDIS], [],
           "On Friday afternoon he called on her at Bessastadir"),
        ev("1986-10-10-bessastadir-finnbogadottir-gorbachev", M, OCC, "1986-10-10", "Bessastadir",
           [GORBACHEV, VIGDIS], [],
           "Mr Gorbachev paid his own call there later the same day"),
        ev("1986-10-10-keflavik-gorbachev-mathiesen", M, OCC, "1986-10-10", "Keflavik", [GORBACHEV, MATHIESEN], [],
           "The Soviet leader had been met at the airport on Friday by Foreign Minister"),
        ev("1986-11-05-vienna-shevardnadze-shultz", M, PLN, "1986-11", "Vienna", [SHULTZ, SHEVARDNADZE], [],
           "Mr Shultz and Mr Shevardnadze, however, are expected to meet again in Vienna next month"),
        ev("1985-11-19-geneva-gorbachev-reagan", M, OCC, "1985-11", "Geneva", [GORBACHEV, REAGAN], [],
           "this was only his second meeting with Mr Reagan, after Geneva last November"),
    ], ["'the two men parted with a cold handshake' (end of the same summit)",
        "'were at the opening of the Althing' (domestic)",
        "'Neither side set a date for a summit in Washington' (negation)",
        "'Mr Gorbachev gave a long press conference' (press conference)",
        "'Mr Reagan spoke to American servicemen at Keflavik' (speech)",
        "'where he is to address the nation this evening' (address)",
        "RELATED: 'Fishing quotas: talks with the EEC resume' (furniture)"]),

    # Friday regional paper (manifest 1987-07-31).
    # "Rajiv Gandhi and President J.R. Jayawardene signed the Indo-Sri Lanka Agreement at President's House on
    #   Wednesday afternoon" -> 29 Jul 1987, Colombo; Dixit attended. The hour the two leaders "sat together ...
    #   before the ceremony" belongs to the same occasion.
    # "On Tuesday night in New Delhi, Mr Gandhi met Velupillai Prabakaran" -> 28 Jul 1987 (misspelling).
    # "On his way to Delhi last Friday he had called on the Tamil Nadu Chief Minister, M.G. Ramachandran, in
    #   Madras" -> 24 Jul 1987 (Friday of the previous week).
    ("005_lk_in_peace_accord_colombo_regional", "1987-07-31", False, [
        ev("1987-07-29-colombo-gandhi-jayewardene", M, OCC, "1987-07-29", "Colombo", [RAJIV, JAYEWARDENE, DIXIT], [],
           "Rajiv Gandhi and President J.R. Jayawardene signed the Indo-Sri Lanka Agreement at President's House"),
        ev("1987-07-28-new-delhi-gandhi-prabhakaran", M, OCC, "1987-07-28", "New Delhi", [RAJIV, PRABHAKARAN], [],
           "On Tuesday night in New Delhi, Mr Gandhi met Velupillai Prabakaran"),
        ev("1987-07-24-madras-prabhakaran-ramachandran", M, OCC, "1987-07-24", "Madras", [PRABHAKARAN, MGR], [],
           "On his way to Delhi last Friday he had called on the Tamil Nadu"),
    ], ["'Prime Minister R. Premadasa stayed away' (negation)",
        "'The first units of the Indian Peace Keeping Force landed' (troop movement)",
        "'a naval rating in the guard of honour swung his rifle at the visiting leader' (no meeting)",
        "'Opposition leader Anura Bandaranaike told a rally' (speech)",
        "'The Buddhist clergy of the Malwatte chapter met on Thursday' (internal)",
        "'no sign that he will meet the President' (negation)",
        "Most popular: 'Indian Foreign Secretary to visit Colombo \"soon\"' (furniture)"]),

    # Thursday wire, dateline "UNITED NATIONS, Dec. 22" (manifest 1988-12-22).
    # "Van-Dunem ..., Malmierca ... and Roelof \"Pik\" Botha ... signed the three-party accord at a ceremony
    #   presided over by Secretary-General Javier Pérez de Cuéllar" with Shultz and Crocker looking on -> today,
    #   UN headquarters -> New York. The Angola-Cuba agreement was covered by the same ceremony.
    # "The texts had been initialled by the three delegations in Brazzaville on Dec. 13, after a final round ...
    #   hosted by ... Sassou-Nguesso ... and chaired by Mr. Crocker" -> 13 Dec 1988.
    # "is to hold its first session in Luanda next month" -> planned, 1989-01, groups only (an invented detail).
    ("006_ao_cu_za_new_york_accords_wire", "1988-12-22", False, [
        ev("1988-12-22-new-york-botha-malmierca-van-dunem", M, OCC, "1988-12-22", "New York",
           [VAN_DUNEM, MALMIERCA, PIK_BOTHA, PEREZ_DE_CUELLAR, SHULTZ, CROCKER], [],
           "signed the three-party accord at a ceremony presided over by Secretary-General Javier Pérez de Cuéllar"),
        ev("1988-12-13-brazzaville-crocker-sassou-nguesso", M, OCC, "1988-12-13", "Brazzaville",
           [SASSOU, CROCKER], ["Angola", "Cuba", "South Africa"],
           "The texts had been initialled by the three delegations in Brazzaville on Dec. 13"),
        ev("1989-01-luanda-joint-commission", M, PLN, "1989-01", "Luanda", [],
           ["Angola", "Cuba", "South Africa", "United States", "Soviet Union"],
           "is to hold its first session in Luanda next month to oversee the withdrawal"),
    ], ["'who mediated eight years of on-and-off negotiations' (counted, vague)",
        "'SWAPO ... was not a party to today's agreement' (negation)",
        "'Sam Nujoma, welcomed the accord in a statement from Luanda' (statement)",
        "'The two men did not shake hands' (inside the same ceremony; negation)",
        "'Mr. Crocker said he had no plans to return to the region' (negation)",
        "Related stories: 'Shultz meets Arafat aides? State Department says no' (furniture)"]),

    # Archived live blog; manifest null; date line "Monday 13 September 1993".
    # 12:41 "have put their names to the Declaration of Principles at a table on the White House lawn" -> 13 Sep
    #   1993, Washington; the 12:44 handshake is the same event, told again.
    # 12:10 "The text was initialled in Oslo on Aug. 20 by Uri Savir ... and Ahmed Qurei ... with Peres and ...
    #   Holst looking on" -> 20 Aug 1993.
    # 11:52 "He was at Arafat's side in Tunis on Thursday" -> 9 Sep 1993; "Rabin signed Israel's letter ... in his
    #   presence on Friday" -> 10 Sep 1993, Jerusalem.
    # 11:30 "In mid-August Holst spent most of a night ... on the telephone to Arafat's team in Tunis, with Peres
    #   sitting beside him" -> call, 1993-08 (exact night not certain to the author, key month-level), group PLO.
    # 13:20 "scheduled to stop in Rabat on Tuesday for talks with King Hassan II" -> planned, 14 Sep 1993;
    #   "Israeli and Jordanian negotiators, Elyakim Rubinstein and Fayez Tarawneh, will sign an agenda ... at the
    #   State Department with Christopher" -> planned, 14 Sep 1993; "Talks on implementing the deal are due to
    #   open in Egypt next month" -> planned, 1993-10, country only (key: Taba, 13 Oct 1993).
    ("007_il_plo_oslo_signing_archive_liveblog", "1993-09-13", True, [
        ev("1993-09-13-washington-arafat-clinton-rabin", M, OCC, "1993-09-13", "Washington",
           [PERES, ABBAS, RABIN, ARAFAT, CLINTON, CHRISTOPHER, KOZYREV], [],
           "their names to the Declaration of Principles at a table on the White House lawn"),
        ev("1993-08-20-oslo-qurei-savir", M, OCC, "1993-08-20", "Oslo", [SAVIR, QUREI, PERES, HOLST], [],
           "The text was initialled in Oslo on Aug. 20 by Uri Savir for Israel"),
        ev("1993-09-09-tunis-arafat-holst", M, OCC, "1993-09-09", "Tunis", [HOLST, ARAFAT], [],
           "He was at Arafat's side in Tunis on Thursday"),
        ev("1993-09-10-jerusalem-holst-rabin", M, OCC, "1993-09-10", "Jerusalem", [RABIN, HOLST], [],
           "where Rabin signed Israel's letter recognising the PLO in his presence on Friday"),
        ev("1993-08-holst-peres-call", C, OCC, "1993-08", None, [HOLST, PERES], ["PLO"],
           "Holst spent most of a night in a guest house in Stockholm on the telephone"),
        ev("1993-09-14-rabat-hassan-ii-rabin", M, PLN, "1993-09-14", "Rabat", [RABIN, HASSAN_II], [],
           "is scheduled to stop in Rabat on Tuesday for talks with King Hassan II"),
        ev("1993-09-14-washington-christopher-rubinstein-tarawneh", M, PLN, "1993-09-14", "Washington",
           [RUBINSTEIN, TARAWNEH, CHRISTOPHER], ["Israel", "Jordan"],
           "will sign an agenda for peace talks at the State Department with Christopher"),
        ev("1993-10-13-taba-israel-plo", M, PLN, "1993-10", "Egypt", [], ["Israel", "PLO"],
           "Talks on implementing the deal are due to open in Egypt next month"),
    ], ["'Arafat's aides say he hopes to visit Gaza \"soon\"' (vague)",
        "'Netanyahu called the deal a \"disaster\" on CNN' (interview)",
        "'The two men had never met before today' (negation, past)",
        "'Jordan's King Hussein is not here' (negation)",
        "'Rabin flies home tonight' (travel)",
        "Related: 'Who is Abu Mazen? Profile' (furniture)"]),

    # Statement reposted by an archive; manifest null; dateline "LOME, 7 July" and no year anywhere on the page
    #   (true date of the repost 8 Jul 1999), so every date is null.
    # "the Government of Sierra Leone and the Revolutionary United Front signed a comprehensive peace agreement in
    #   Lome this afternoon" -> signed by Kabbah ("Kabba", typo kept) and Sankoh, witnessed by the host Eyadema and
    #   by Obasanjo, Compaore and Taylor; Okelo "also signed".
    # "when President Kabbah and Corporal Sankoh agreed to a ceasefire here in the presence of President Eyadéma
    #   and ... Jesse Jackson" -> 18 May (key 1999-05-18), Lome.
    # "Formal negotiations between the two delegations, the Government side led by ... Solomon Berewa, opened in
    #   Lome on 25 May" -> delegation talks (key 1999-05-25).
    ("008_tg_sl_lome_peace_agreement_statement_repost", "1999-07-08", True, [
        ev("1999-07-07-lome-kabbah-sankoh", M, OCC, None, "Lome",
           [KABBAH, SANKOH, EYADEMA, OBASANJO, COMPAORE, TAYLOR, OKELO], ["Sierra Leone", "Revolutionary United Front"],
           "the Revolutionary United Front signed a comprehensive peace agreement in Lome this afternoon"),
        ev("1999-05-18-lome-kabbah-sankoh", M, OCC, None, "Lome", [KABBAH, SANKOH, EYADEMA, JACKSON], [],
           "Kabbah and Corporal Sankoh agreed to a ceasefire here in the presence of President Eyadéma"),
        ev("1999-05-25-lome-berewa", M, OCC, None, "Lome", [BEREWA], ["Sierra Leone", "Revolutionary United Front"],
           "Formal negotiations between the two delegations, the Government side led by Attorney-General Solomon Berewa"),
    ], ["'whose aircraft landed late on the eve of the ceremony' (arrival)",
        "'had conferred with Corporal Sankoh on several occasions in recent months' (counted)",
        "'The Chairman thanks the Governments of Nigeria, Ghana, Guinea ...' (no encounter)",
        "'The field commanders of the RUF did not attend' (negation)",
        "Related documents: 'Communique of ECOWAS foreign ministers, Abuja' (furniture)"]),

    # Tuesday analysis (manifest 2001-04-10; the byline also prints the date).
    # "Robert Kocharian and Geydar Aliev talked from Tuesday to Friday" (last week) -> 3-6 Apr 2001, Key West, with
    #   the Minsk Group co-chairs (Cavanaugh named) and Powell, who launched the plenary.
    # "On the opening day the secretary of state met each president separately at the Little White House" -> two
    #   meetings, 3 Apr 2001.
    # "Yesterday both men were at the White House. President George W. Bush held separate meetings with Aliyev and
    #   Kocharyan, with Powell and Condoleezza Rice sitting in" -> two meetings, 9 Apr 2001.
    # "Jacques Chirac brought the two presidents together at the Elysee on Jan. 26 and again in early March" -> two
    #   meetings in Paris: 26 Jan 2001 and 2001-03 (key 4 Mar 2001).
    # "the presidents are due to meet again under their auspices in Geneva in June" -> planned, 2001-06.
    ("009_am_az_key_west_talks_analysis", "2001-04-10", False, [
        ev("2001-04-03-key-west-aliyev-kocharyan", M, OCC, "2001-04-03", "Key West",
           [KOCHARYAN, ALIYEV, CAVANAUGH, POWELL], ["OSCE Minsk Group"],
           "Robert Kocharian and Geydar Aliev talked from Tuesday to Friday, mostly through the mediators",
           date_end="2001-04-06"),
        ev("2001-04-03-key-west-aliyev-powell", M, OCC, "2001-04-03", "Key West", [POWELL, ALIYEV], [],
           "On the opening day the secretary of state met each president separately"),
        ev("2001-04-03-key-west-kocharyan-powell", M, OCC, "2001-04-03", "Key West", [POWELL, KOCHARYAN], [],
           "On the opening day the secretary of state met each president separately"),
        ev("2001-04-09-washington-aliyev-bush", M, OCC, "2001-04-09", "Washington", [GWBUSH, ALIYEV, POWELL, RICE], [],
           "President George W. Bush held separate meetings with Aliyev and Kocharyan"),
        ev("2001-04-09-washington-bush-kocharyan", M, OCC, "2001-04-09", "Washington",
           [GWBUSH, KOCHARYAN, POWELL, RICE], [],
           "President George W. Bush held separate meetings with Aliyev and Kocharyan"),
        ev("2001-01-26-paris-aliyev-chirac-kocharyan", M, OCC, "2001-01-26", "Paris", [CHIRAC, ALIYEV, KOCHARYAN], [],
           "Jacques Chirac brought the two presidents together at the Elysee on Jan. 26"),
        ev("2001-03-04-paris-aliyev-chirac-kocharyan", M, OCC, "2001-03", "Paris", [CHIRAC, ALIYEV, KOCHARYAN], [],
           "the two presidents together at the Elysee on Jan. 26 and again in early March"),
        ev("2001-06-geneva-aliyev-kocharyan", M, PLN, "2001-06", "Geneva", [ALIYEV, KOCHARYAN], ["OSCE Minsk Group"],
           "the presidents are due to meet again under their auspices in Geneva in June"),
    ], ["'called it \"a bold and significant step\"' (statement)",
        "'The two men have met more than a dozen times since 1999' (counted)",
        "'Kocharian has suggested a document could be signed there' (speculation about the planned round)",
        "'Aliev, back in Baku, said that was premature' (statement)",
        "'If Geneva fails, the next chance may not come for years' (hypothetical)",
        "Read more (furniture)"]),

    # Ministerial media release reposted by a library; manifest null; the release is dated "13 November 2006".
    # "Today in Mataram, on the island of Lombok, I signed with ... Dr Hassan Wirajuda" -> 13 Nov 2006; "I" is the
    #   author of the release, Alexander Downer (named in the letterhead).
    # "when Prime Minister John Howard and President Susilo Bambang Yudhoyono met on Batam in June" -> 2006-06
    #   (key 26 Jun 2006).
    ("010_au_id_lombok_treaty_media_release", "2006-11-13", True, [
        ev("2006-11-13-mataram-downer-wirajuda", M, OCC, "2006-11-13", "Mataram", [DOWNER, WIRAJUDA], [],
           "Today in Mataram, on the island of Lombok, I signed with my Indonesian counterpart"),
        ev("2006-06-26-batam-howard-yudhoyono", M, OCC, "2006-06", "Batam", [HOWARD, SBY], [],
           "Prime Minister John Howard and President Susilo Bambang Yudhoyono met on Batam in June"),
    ], ["'Officials from both sides negotiated the text over many rounds during the past two years' (counted)",
        "'recalled its ambassador from Canberra in March' (no encounter)",
        "'the ambassador returned only after the leaders' meeting' (refers back to Batam, no new event)",
        "'The Government will table the text in Parliament' (domestic)",
        "'I will brief the Prime Minister on my return to Canberra' (internal briefing)",
        "Related releases: 'Minister to visit Papua New Guinea (archived)' (furniture)"]),

    # Thursday live blog (manifest 2015-02-12); blog times only on the page.
    # 11:40 "Putin, Petr Poroshenko, Angela Merkel and François Hollande began talking at the Palace of Independence
    #   at about 8.15pm yesterday and went on through the night"; host "Alyaksandr Lukashenka" -> 11-12 Feb 2015.
    #   The 12:20 post tells the same summit again.
    # 14:05 "was put to paper this afternoon by the Trilateral Contact Group" with Kuchma, Zurabov, Tagliavini and
    #   the two rebel leaders -> 12 Feb 2015, Minsk.
    # 10:55 "flew to Kyiv last Thursday to see Poroshenko" -> 5 Feb 2015; "the next day they were in the Kremlin
    #   with Putin" -> 6 Feb 2015; "On Sunday the four leaders held a long phone call" -> call, 8 Feb 2015.
    # 10:30 "she sat down with Barack Obama at the White House on Monday" -> 9 Feb 2015; "On Tuesday Obama spoke to
    #   Putin by phone" -> call, 10 Feb 2015.
    ("011_by_ua_minsk_normandy_summit_liveblog", "2015-02-12", False, [
        ev("2015-02-11-minsk-hollande-merkel-poroshenko-putin", M, OCC, "2015-02-11", "Minsk",
           [PUTIN, POROSHENKO, MERKEL, HOLLANDE, LUKASHENKO], [],
           "began talking at the Palace of Independence at about 8.15pm yesterday", date_end="2015-02-12"),
        ev("2015-02-12-minsk-kuchma-plotnitsky-tagliavini-zakharchenko-zurabov", M, OCC, "2015-02-12", "Minsk",
           [KUCHMA, ZURABOV, TAGLIAVINI, ZAKHARCHENKO, PLOTNITSKY], ["Trilateral Contact Group"],
           "was put to paper this afternoon by the Trilateral Contact Group"),
        ev("2015-02-05-kyiv-hollande-merkel-poroshenko", M, OCC, "2015-02-05", "Kyiv", [MERKEL, HOLLANDE, POROSHENKO], [],
           "Merkel and Hollande flew to Kyiv last Thursday to see Poroshenko"),
        ev("2015-02-06-moscow-hollande-merkel-putin", M, OCC, "2015-02-06", "Moscow", [MERKEL, HOLLANDE, PUTIN], [],
           "the next day they were in the Kremlin with Putin, carrying a joint plan"),
        ev("2015-02-08-hollande-merkel-poroshenko-putin-call", C, OCC, "2015-02-08", None,
           [PUTIN, POROSHENKO, MERKEL, HOLLANDE], [],
           "On Sunday the four leaders held a long phone call"),
        ev("2015-02-09-washington-merkel-obama", M, OCC, "2015-02-09", "Washington", [MERKEL, OBAMA], [],
           "she sat down with Barack Obama at the White House on Monday"),
        ev("2015-02-10-obama-putin-call", C, OCC, "2015-02-10", None, [OBAMA, PUTIN], [],
           "On Tuesday Obama spoke to Putin by phone"),
    ], ["'telling reporters at his press conference' (press conference)",
        "'The leaders themselves did not sign anything' (negation)",
        "'The ceasefire is to take effect at midnight on Saturday night' (no encounter)",
        "'Poroshenko said earlier he would not accept a \"ceasefire at any price\"' (statement)",
        "'the leaders \"could meet again if necessary\". No date has been set.' (hypothetical)",
        "'Poroshenko is due to fly home this afternoon' (travel)",
        "Read more: 'Explainer: What was agreed at Minsk in September?' (furniture)"]),

    # Friday broadcaster page; manifest null; page timestamp "2016.05.27 20:15 JST".
    # "Abe welcomed the president when he arrived at the park" -> 27 May 2016, Hiroshima, with Kishida, Matsui,
    #   Yuzaki and Kennedy at the cenotaph; the exchanges with the survivors Tsuboi and Mori were part of the
    #   same visit (they are listed as participants, not as separate events).
    # "the Group of Seven summit, which closed at midday today in Shima ... after two days of talks chaired by Abe"
    #   -> 26-27 May 2016, group G7.
    # "a tense meeting between the two leaders on Wednesday night in Shima" -> 25 May 2016.
    # "held talks with President Tran Dai Quang in Hanoi on Monday" -> 23 May 2016.
    ("012_jp_us_obama_hiroshima_broadcaster", "2016-05-27", True, [
        ev("2016-05-27-hiroshima-abe-obama", M, OCC, "2016-05-27", "Hiroshima",
           [OBAMA, ABE, KISHIDA, MATSUI, YUZAKI, KENNEDY, TSUBOI, MORI], [],
           "Abe welcomed the president when he arrived at the park shortly after 5 p.m."),
        ev("2016-05-26-shima-g7-summit", M, OCC, "2016-05-26", "Shima", [ABE, OBAMA], ["G7"],
           "the Group of Seven summit, which closed at midday today in Shima, Mie Prefecture",
           date_end="2016-05-27"),
        ev("2016-05-25-shima-abe-obama", M, OCC, "2016-05-25", "Shima", [ABE, OBAMA], [],
           "a tense meeting between the two leaders on Wednesday night in Shima"),
        ev("2016-05-23-hanoi-obama-tran", M, OCC, "2016-05-23", "Hanoi", [OBAMA, TRAN_DAI_QUANG], [],
           "held talks with President Tran Dai Quang in Hanoi on Monday"),
    ], ["'where he addressed troops earlier in the afternoon' (speech)",
        "'The president did not apologise' (negation)",
        "'He wrote in the museum's guest book' (no encounter)",
        "'Abe has not said whether he would make a reciprocal visit to Pearl Harbor. \"There are no plans\"'"
        " (hypothetical, negation)",
        "'Mr Obama was due to leave for Washington tonight' (travel)",
        "Related news: 'G7 leaders' declaration: key points' (furniture)"]),

    # Thursday wire, dateline "SAN FRANCISCO, Nov. 16" (manifest 2023-11-16).
    # "during four hours of talks on Wednesday at the Filoli estate in Woodside" -> 15 Nov 2023, with Blinken,
    #   Yellen and Wang Yi.
    # "since they sat down in Bali last November" -> 2022-11 (key 14 Nov 2022).
    # "their last phone call was in July 2022" -> call, 2022-07 (key 28 Jul 2022); "their only long virtual summit
    #   took place by video link in November 2021" -> call, 2021-11 (key 15 Nov 2021).
    # "Blinken and Wang had met in Washington late last month" -> 2023-10 (key 26 Oct 2023).
    # "Xi landed ... on Tuesday afternoon, where he was greeted on the tarmac by Yellen and ... Gavin Newsom" ->
    #   14 Nov 2023, San Francisco.
    # "Newsom had travelled to Beijing last month and held talks with Xi there" -> 2023-10 (key 25 Oct 2023).
    # "Xi is due to meet Japanese Prime Minister Fumio Kishida on Thursday on the sidelines of the ... summit" ->
    #   planned, 16 Nov 2023 (the publication day), San Francisco from the dateline.
    # "Biden will hold talks with ... López Obrador in San Francisco on Friday" -> planned, 17 Nov 2023.
    ("013_us_cn_biden_xi_woodside_wire", "2023-11-16", False, [
        ev("2023-11-15-woodside-biden-xi", M, OCC, "2023-11-15", "Woodside", [BIDEN, XI, BLINKEN, YELLEN, WANG_YI], [],
           "during four hours of talks on Wednesday at the Filoli estate in Woodside"),
        ev("2022-11-14-bali-biden-xi", M, OCC, "2022-11", "Bali", [BIDEN, XI], [],
           "It was the pair's first face-to-face meeting since they sat down in Bali last November"),
        ev("2022-07-28-biden-xi-call", C, OCC, "2022-07", None, [BIDEN, XI], [],
           "their last phone call was in July 2022"),
        ev("2021-11-15-biden-xi-call", C, OCC, "2021-11", None, [BIDEN, XI], [],
           "their only long virtual summit took place by video link in November 2021"),
        ev("2023-10-26-washington-blinken-wang", M, OCC, "2023-10", "Washington", [BLINKEN, WANG_YI], [],
           "Blinken and Wang had met in Washington late last month to lay the groundwork"),
        ev("2023-11-14-san-francisco-newsom-xi-yellen", M, OCC, "2023-11-14", "San Francisco", [XI, YELLEN, NEWSOM], [],
           "where he was greeted on the tarmac by Yellen and California Governor Gavin Newsom"),
        ev("2023-10-25-beijing-newsom-xi", M, OCC, "2023-10", "Beijing", [NEWSOM, XI], [],
           "Newsom had travelled to Beijing last month and held talks with Xi there"),
        ev("2023-11-16-san-francisco-kishida-xi", M, PLN, "2023-11-16", "San Francisco", [XI, KISHIDA], [],
           "Xi is due to meet Japanese Prime Minister Fumio Kishida on Thursday"),
        ev("2023-11-17-san-francisco-biden-lopez-obrador", M, PLN, "2023-11-17", "San Francisco", [BIDEN, AMLO], [],
           "Biden will hold talks with Mexican President Andrés Manuel López Obrador in San Francisco"),
    ], ["'Biden told a news conference that he did' (press conference)",
        "'they could pick up the phone to each other at any time' (vague)",
        "'No meeting between Xi and Taiwan's APEC envoy was expected' (negation)",
        "'Protesters lined the motorcade route' (no encounter)",
        "'on the sidelines of the Asia-Pacific Economic Cooperation summit' (backdrop)",
        "Related: 'Explainer: What is APEC and why is it in San Francisco?' (furniture)"]),

    # Thursday regional paper; manifest null; page timestamp "24/10/2024 - 07:40 IST".
    # "met in Kazan yesterday evening" -> 23 Oct 2024; "since the informal summit at Mamallapuram in October 2019" ->
    #   2019-10 (key 11 Oct 2019).
    # "arrived ... on Tuesday and sat down with President Vladimir Putin the same afternoon" -> 22 Oct 2024;
    #   "Mr Putin also held talks with Mr Xi on Tuesday" -> 22 Oct 2024.
    # "The summit, which opened on Tuesday and ends today" -> 22-24 Oct 2024, under way on the publication day ->
    #   occurred; group BRICS; Modi, Xi and Putin are placed there.
    # "Antonio Guterres, who arrived in Kazan on Wednesday, is due to meet Mr Putin on Thursday" -> planned, 24 Oct
    #   2024 (the publication day; not yet held when the page was written).
    # "Mr Modi visited Kyiv in August, where he met President Volodymyr Zelensky" -> 2024-08 (key 23 Aug 2024);
    #   "four days later he spoke to Mr Putin by telephone" -> call; only the month follows from the page, 2024-08
    #   (key 27 Aug 2024).
    # "He had already held the annual summit with Mr Putin in Moscow in July" -> 2024-07 (key 9 Jul 2024).
    ("014_in_cn_ru_modi_xi_kazan_brics_regional", "2024-10-24", True, [
        ev("2024-10-23-kazan-modi-xi", M, OCC, "2024-10-23", "Kazan", [MODI, XI], [],
           "Prime Minister Narendra Modi and Chinese President Xi Jinping met in Kazan yesterday evening"),
        ev("2019-10-11-mamallapuram-modi-xi", M, OCC, "2019-10", "Mamallapuram", [MODI, XI], [],
           "since the informal summit at Mamallapuram in October 2019"),
        ev("2024-10-22-kazan-modi-putin", M, OCC, "2024-10-22", "Kazan", [MODI, PUTIN], [],
           "sat down with President Vladimir Putin the same afternoon"),
        ev("2024-10-22-kazan-putin-xi", M, OCC, "2024-10-22", "Kazan", [PUTIN, XI], [],
           "Mr Putin also held talks with Mr Xi on Tuesday"),
        ev("2024-10-22-kazan-brics-summit", M, OCC, "2024-10-22", "Kazan", [PUTIN, MODI, XI], ["BRICS"],
           "The summit, which opened on Tuesday and ends today, has drawn more than twenty heads",
           date_end="2024-10-24"),
        ev("2024-10-24-kazan-guterres-putin", M, PLN, "2024-10-24", "Kazan", [GUTERRES, PUTIN], [],
           "Antonio Guterres, who arrived in Kazan on Wednesday, is due to meet Mr Putin"),
        ev("2024-08-23-kyiv-modi-zelenskyy", M, OCC, "2024-08", "Kyiv", [MODI, ZELENSKYY], [],
           "Mr Modi visited Kyiv in August, where he met President Volodymyr Zelensky"),
        ev("2024-08-27-modi-putin-call", C, OCC, "2024-08", None, [MODI, PUTIN], [],
           "four days later he spoke to Mr Putin by telephone to share his impressions"),
        ev("2024-07-09-moscow-modi-putin", M, OCC, "2024-07", "Moscow", [MODI, PUTIN], [],
           "He had already held the annual summit with Mr Putin in Moscow in July"),
    ], ["'Foreign Secretary Vikram Misri told a briefing' (briefing)",
        "'asked the Special Representatives ... to meet \"at an early date\". No date has been fixed.' (vague)",
        "'The Prime Minister returned to New Delhi last night' (travel)",
        "'Opposition leaders said Parliament should be briefed' (domestic)",
        "ALSO READ: 'Jaishankar to attend SCO ministers' meet in Islamabad? MEA clarifies' (furniture)"]),
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
