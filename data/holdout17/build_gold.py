#!/usr/bin/env python3
"""Generate gold.jsonl and manifest.jsonl for the holdout17 held-out corpus.

Run:  python3 data/holdout17/build_gold.py   then   python3 data/eval/validate.py data/holdout17
Each article lists its true publication date, whether the manifest hides it, its gold
events, and (for documentation only) the traps it contains that must NOT be extracted.
holdout17 is a BLIND held-out set: developers of the extractor must not read this file,
the articles or the gold (only the first paragraph of README.md).
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

# canonical names
MILOSEVIC, TUDJMAN, IZETBEGOVIC = "Slobodan Milosevic", "Franjo Tudjman", "Alija Izetbegovic"
CHIRAC, CLINTON, MAJOR, KOHL, CHERNOMYRDIN = ("Jacques Chirac", "Bill Clinton", "John Major", "Helmut Kohl",
                                             "Viktor Chernomyrdin")
CHRISTOPHER, HOLBROOKE = "Warren Christopher", "Richard Holbrooke"
SACIRBEY, GRANIC, MILUTINOVIC = "Muhamed Sacirbey", "Mate Granic", "Milan Milutinovic"
FRANCIS, KADHIMI, SALIH, SISTANI = "Pope Francis", "Mustafa al-Kadhimi", "Barham Salih", "Ali al-Sistani"
N_BARZANI, M_BARZANI, TAYEB = "Nechirvan Barzani", "Masrour Barzani", "Ahmed al-Tayeb"
MODI, HASINA, JAISHANKAR, HAQUE, BANERJEE = ("Narendra Modi", "Sheikh Hasina", "Subrahmanyam Jaishankar",
                                             "Shahidul Haque", "Mamata Banerjee")
HAMID, ERSHAD, ZIA = "Abdul Hamid", "Raushan Ershad", "Khaleda Zia"
AWALUDDIN, MAHMUD, AHTISAARI = "Hamid Awaluddin", "Malik Mahmud", "Martti Ahtisaari"
GORBACHEV, GENSCHER, SHEVARDNADZE, WAIGEL = ("Mikhail Gorbachev", "Hans-Dietrich Genscher", "Eduard Shevardnadze",
                                             "Theo Waigel")
BAKER, HURD, DUMAS, MECKEL, SKUBISZEWSKI = ("James Baker", "Douglas Hurd", "Roland Dumas", "Markus Meckel",
                                            "Krzysztof Skubiszewski")
ZARIF, ASHTON, KERRY, OBAMA, ROUHANI = ("Mohammad Javad Zarif", "Catherine Ashton", "John Kerry", "Barack Obama",
                                        "Hassan Rouhani")
MOGHERINI, AMANO, SALEHI = "Federica Mogherini", "Yukiya Amano", "Ali Akbar Salehi"
JAMALI, VAJPAYEE, THINLEY, GAYOOM, THAPA, KUMARATUNGA = (
    "Zafarullah Khan Jamali", "Atal Bihari Vajpayee", "Jigme Thinley", "Maumoon Abdul Gayoom",
    "Surya Bahadur Thapa", "Chandrika Kumaratunga")
SINHA, KASURI, MUSHARRAF, SHASHANK, KHOKHAR = ("Yashwant Sinha", "Khurshid Mahmud Kasuri", "Pervez Musharraf",
                                               "Shashank", "Riaz Khokhar")
CASTRO, MANDELA, CHAVEZ, JP2, CARTER, BENEDICT = ("Fidel Castro", "Nelson Mandela", "Hugo Chavez",
                                                  "Pope John Paul II", "Jimmy Carter", "Pope Benedict XVI")
CHARLES, JIANG, BLAIR, LI_PENG, PATTEN, LU_PING, QIAN = ("Prince Charles", "Jiang Zemin", "Tony Blair", "Li Peng",
                                                         "Chris Patten", "Lu Ping", "Qian Qichen")
ELIZABETH, PHILIP, M_MCALEESE, MARTIN_MCALEESE = ("Queen Elizabeth II", "Prince Philip", "Mary McAleese",
                                                  "Martin McAleese")
KENNY, F_KENNY, ALBERT = "Enda Kenny", "Fionnuala Kenny", "King Albert II"
TRUMP, KIM_JU, LEE_HL, SUNG_KIM, CHOE, KIM_YC, POMPEO = (
    "Donald Trump", "Kim Jong Un", "Lee Hsien Loong", "Sung Kim", "Choe Son Hui", "Kim Yong Chol", "Mike Pompeo")
MOON, KANG, KONO = "Moon Jae-in", "Kang Kyung-wha", "Taro Kono"
PUTIN, KIM_JI, MEDVEDEV, TO_LAM = "Vladimir Putin", "Kim Jong Il", "Dmitry Medvedev", "To Lam"
URIBE, CORREA, FERNANDEZ, ORTEGA, SANTOS = ("Alvaro Uribe", "Rafael Correa", "Leonel Fernandez", "Daniel Ortega",
                                            "Juan Manuel Santos")
KIBAKI, ODINGA, KIKWETE, ANNAN, MKAPA, KUFUOR, RICE, BUSH = (
    "Mwai Kibaki", "Raila Odinga", "Jakaya Kikwete", "Kofi Annan", "Benjamin Mkapa", "John Kufuor",
    "Condoleezza Rice", "George W. Bush")
ABE, TUSK, JUNCKER, LI_KQ, MERKEL, BORISOV = ("Shinzo Abe", "Donald Tusk", "Jean-Claude Juncker", "Li Keqiang",
                                              "Angela Merkel", "Boyko Borisov")


def ev(key, kind, status, date, location, participants, groups, evidence, date_end=None):
    e = {"key": key, "kind": kind, "status": status, "date": date}
    if date_end:
        e["date_end"] = date_end
    e.update({"location": location, "participants": participants, "groups": groups,
              "evidence": evidence})
    return e


M, C, OCC, PLN = "meeting", "call", "occurred", "planned"

# shared keys (same real-world event in several articles)
K_SINGAPORE = "2018-06-12-singapore-kim-trump"

ARTICLES = [
    # Thursday wire (dateline "PARIS, Dec 14", 14 Dec 1995).
    # "put their names on Thursday ... at the Elysee Palace" / "Milosevic, Tudjman and Izetbegovic signed ..." with
    #   Chirac (host), Clinton, Major, Kohl, Chernomyrdin as witnesses -> 14 Dec, Paris (Elysee -> Paris).
    # "initialled on November 21 at Wright-Patterson Air Force Base outside Dayton, Ohio, in a ceremony chaired by
    #   ... Christopher, at the end of three weeks of closed-door talks steered by ... Holbrooke" -> 21 Nov, Dayton.
    # "opened in Geneva on September 8, when the foreign ministers ... Sacirbey, Granic and Milutinovic, agreed a set
    #   of basic principles under U.S. sponsorship" -> 8 Sep, Geneva; unnamed US sponsors -> group United States.
    # "last Friday and Saturday, when officials from more than 40 countries and organisations met at Lancaster House
    #   in London" -> Friday 8 Dec - Saturday 9 Dec (previous week); body named in the text.
    # "Donors will gather in Brussels next week" -> planned, 1995-12 (key: 20 Dec 1995).
    ("000_ba_dayton_elysee_signing_wire", "1995-12-14", False, [
        ev("1995-12-14-paris-chernomyrdin-chirac-clinton-izetbegovic-kohl-major-milosevic-tudjman", M, OCC,
           "1995-12-14", "Paris",
           [MILOSEVIC, TUDJMAN, IZETBEGOVIC, CHIRAC, CLINTON, MAJOR, KOHL, CHERNOMYRDIN], [],
           "Slobodan Milosevic, Franjo Tudjman and Alija Izetbegovic signed the General Framework Agreement for Peace"),
        ev("1995-11-21-dayton-christopher-holbrooke-izetbegovic-milosevic-tudjman", M, OCC, "1995-11-21", "Dayton",
           [MILOSEVIC, TUDJMAN, IZETBEGOVIC, CHRISTOPHER, HOLBROOKE], [],
           "the three Balkan leaders initialled on November 21 at Wright-Patterson Air Force Base outside Dayton"),
        ev("1995-09-08-geneva-granic-milutinovic-sacirbey", M, OCC, "1995-09-08", "Geneva",
           [SACIRBEY, GRANIC, MILUTINOVIC], ["United States"],
           "The road to Dayton opened in Geneva on September 8, when the foreign ministers"),
        ev("1995-12-08-london-peace-implementation-conference", M, OCC, "1995-12-08", "London", [],
           ["Peace Implementation Council"],
           "officials from more than 40 countries and organisations met at Lancaster House in London",
           date_end="1995-12-09"),
        ev("1995-12-20-brussels-bosnia-donors-conference", M, PLN, "1995-12", "Brussels", [],
           ["World Bank", "European Commission"],
           "Donors will gather in Brussels next week for a first pledging conference"),
    ], ["'Izetbegovic told the hall the settlement was not a just one' (statement)",
        "'Milosevic did not speak' (no event)",
        "'Radovan Karadzic ... was not invited and did not attend' (negation)",
        "'NATO takes over from U.N. peacekeepers on December 20' (handover of command, no meeting)",
        "'Clinton ... said he intended to visit the American contingent at some point but gave no date' (vague)",
        "Related coverage: 'Major and Bruton launch twin-track process for Northern Ireland talks' (furniture)"]),

    # Saturday live blog (Last updated: Saturday 6 March 2021, 18:25 Baghdad time).
    # 08:00 recap: "touched down at Baghdad International Airport on Friday afternoon, where al-Kadhimi welcomed the
    #   pope on the tarmac" -> 5 Mar, Baghdad. "Later, at the presidential palace, Francis held talks with President
    #   Barham Salih" -> 5 Mar, Baghdad (separate pair).
    # 11:05: "the meeting in the holy city is over. Francis spent about 50 minutes with Grand Ayatollah Ali
    #   al-Sistani" -> 6 Mar (today, over), Najaf (holy city; Najaf named at 08:40 and in the headline).
    # 18:25: "Tomorrow ... Erbil ... welcomed at the airport by ... Nechirvan Barzani ... and Masrour Barzani, and will
    #   hold a brief meeting with them in the VIP lounge" -> planned 7 Mar, Erbil.
    # Background: "the document on human fraternity that Francis signed in Abu Dhabi in February 2019 with the Grand
    #   Imam of al-Azhar, Ahmed al-Tayeb, during a joint ceremony" -> 2019-02 (key 4 Feb 2019).
    ("001_iq_va_pope_francis_najaf_liveblog", "2021-03-06", False, [
        ev("2021-03-05-baghdad-al-kadhimi-francis", M, OCC, "2021-03-05", "Baghdad", [FRANCIS, KADHIMI], [],
           "touched down at Baghdad International Airport on Friday afternoon, where al-Kadhimi welcomed the pope"),
        ev("2021-03-05-baghdad-francis-salih", M, OCC, "2021-03-05", "Baghdad", [FRANCIS, SALIH], [],
           "at the presidential palace, Francis held talks with President Barham Salih"),
        ev("2021-03-06-najaf-al-sistani-francis", M, OCC, "2021-03-06", "Najaf", [FRANCIS, SISTANI], [],
           "Francis spent about 50 minutes with Grand Ayatollah Ali al-Sistani"),
        ev("2021-03-07-erbil-barzani-barzani-francis", M, PLN, "2021-03-07", "Erbil",
           [FRANCIS, N_BARZANI, M_BARZANI], [],
           "will hold a brief meeting with them in the VIP lounge"),
        ev("2019-02-04-abu-dhabi-al-tayeb-francis", M, OCC, "2019-02", "Abu Dhabi", [FRANCIS, TAYEB], [],
           "Francis signed in Abu Dhabi in February 2019 with the Grand Imam of al-Azhar"),
    ], ["'is being driven to the plain of Ur ... for a prayer service' (prayer, no named counterpart)",
        "'No joint document was signed' (negation)",
        "'Sistani, who almost never receives foreign dignitaries' (habitual)",
        "'al-Kadhimi has declared 6 March a national day ..., in a post on Twitter' (social media)",
        "'he hoped one day to visit other countries in the region, but gave no details' (vague)",
        "Most read / Read more headlines (furniture)"]),

    # Saturday press release (Posted 06-Jun-2015; "Dhaka, 6 June 2015").
    # Para 3: "At the Prime Minister's Office in the afternoon, the two Prime Ministers held a one-on-one meeting and
    #   delegation-level talks, at the end of which they witnessed the exchange ... between Foreign Secretary ...
    #   Jaishankar and Foreign Secretary ... Shahidul Haque, in the presence of Ms. Banerjee" -> one occasion, 6 Jun,
    #   Dhaka; all five present. The airport reception (para 1) and Hasina's banquet (para 6) are the same day and
    #   pair, so not separate events.
    # Para 7: "Tomorrow, ... will call on President Md. Abdul Hamid at Bangabhaban" -> planned 7 Jun, Dhaka;
    #   "At his hotel, he will meet ... Raushan Ershad, and, separately, ... Khaleda Zia" -> two planned events.
    # Para 8: "met on the margins of the UN General Assembly in New York in September 2014, and again during the SAARC
    #   Summit in Kathmandu in November 2014" -> two month-only events (keys month-only: day not known).
    ("002_in_bd_modi_dhaka_boundary_release", "2015-06-06", False, [
        ev("2015-06-06-dhaka-banerjee-haque-hasina-jaishankar-modi", M, OCC, "2015-06-06", "Dhaka",
           [MODI, HASINA, JAISHANKAR, HAQUE, BANERJEE], [],
           "the two Prime Ministers held a one-on-one meeting and delegation-level talks"),
        ev("2015-06-07-dhaka-hamid-modi", M, PLN, "2015-06-07", "Dhaka", [MODI, HAMID], [],
           "Prime Minister Modi will call on President Md. Abdul Hamid at Bangabhaban"),
        ev("2015-06-07-dhaka-ershad-modi", M, PLN, "2015-06-07", "Dhaka", [MODI, ERSHAD], [],
           "he will meet the Leader of the Opposition in the Jatiya Sangsad, Begum Raushan Ershad"),
        ev("2015-06-07-dhaka-modi-zia", M, PLN, "2015-06-07", "Dhaka", [MODI, ZIA], [],
           "and, separately, the Chairperson of the Bangladesh Nationalist Party, Begum Khaleda Zia"),
        ev("2014-09-new-york-hasina-modi", M, OCC, "2014-09", "New York", [MODI, HASINA], [],
           "met on the margins of the UN General Assembly in New York in September 2014"),
        ev("2014-11-kathmandu-hasina-modi", M, OCC, "2014-11", "Kathmandu", [MODI, HASINA], [],
           "and again during the SAARC Summit in Kathmandu in November 2014"),
    ], ["'Prime Minister Modi received the Chief Minister of West Bengal, Ms. Mamata Banerjee, at his hotel' "
        "(domestic: both Indian)",
        "'Sheikh Hasina hosted a banquet in honour of Prime Minister Modi this evening' (same day and pair as the talks)",
        "'flagged off the ... bus services' (same occasion)",
        "'a fair solution could be found with the support of the State Governments' (hypothetical)",
        "'He will deliver a public address before departing for New Delhi' (speech)",
        "Related releases (furniture)"]),

    # Thursday interview (Thursday 11 August 2005).
    # "What exactly will happen on Monday? The memorandum of understanding will be signed at the Government Banquet
    #   Hall in Helsinki" with Awaluddin, Malik Mahmud and Ahtisaari -> planned 15 Aug, Helsinki.
    # "The first round was at the end of January, at Königstedt, a manor house in Vantaa" with Awaluddin leading the
    #   government team, Mahmud the GAM leaders, Ahtisaari chairing -> 2005-01 (key 28 Jan 2005), Vantaa; the teams
    #   -> groups.
    # "In the second round, from 21 to 23 February. The two delegations met again at the manor" -> 21-23 Feb, Vantaa,
    #   groups only.
    # "the fourth round, held at the manor between 26 and 31 May" -> 26-31 May, Vantaa, groups only.
    # "On 17 July, the last day of the fifth round, the two delegations initialled the agreed text at Königstedt"
    #   -> 17 Jul, Vantaa, groups only.
    ("003_id_aceh_helsinki_mou_interview", "2005-08-11", False, [
        ev("2005-08-15-helsinki-ahtisaari-awaluddin-mahmud", M, PLN, "2005-08-15", "Helsinki",
           [AWALUDDIN, MAHMUD, AHTISAARI], [],
           "The memorandum of understanding will be signed at the Government Banquet Hall in Helsinki"),
        ev("2005-01-28-vantaa-ahtisaari-awaluddin-mahmud", M, OCC, "2005-01", "Vantaa",
           [AWALUDDIN, MAHMUD, AHTISAARI], ["Indonesia", "Free Aceh Movement"],
           "first round was at the end of January, at Königstedt, a manor house in Vantaa"),
        ev("2005-02-21-vantaa-free-aceh-movement-indonesia", M, OCC, "2005-02-21", "Vantaa", [],
           ["Indonesia", "Free Aceh Movement"],
           "The two delegations met again at the manor and GAM agreed to discuss self-government",
           date_end="2005-02-23"),
        ev("2005-05-26-vantaa-free-aceh-movement-indonesia", M, OCC, "2005-05-26", "Vantaa", [],
           ["Indonesia", "Free Aceh Movement"],
           "the fourth round, held at the manor between 26 and 31 May",
           date_end="2005-05-31"),
        ev("2005-07-17-vantaa-free-aceh-movement-indonesia", M, OCC, "2005-07-17", "Vantaa", [],
           ["Indonesia", "Free Aceh Movement"],
           "the two delegations initialled the agreed text at Königstedt"),
    ], ["'The two sides had not sat at one table since 2003' (negation, no occasion)",
        "'He will follow the ceremony on a live television link from Jakarta' (watching a broadcast, not a call)",
        "'Hasan di Tiro, GAM's founder, is staying in Stockholm' (negation)",
        "'Kalla's people and the GAM leadership phoned each other many times' (counted, no single occasion)",
        "'Monitors ... should be in place by 15 September' (deployment, no meeting)",
        "Related interviews / Most read (furniture)"]),

    # Tuesday translated page ("Dienstag, 17. Juli 1990 / Tuesday, 17 July 1990").
    # "It began on Sunday in Moscow. In a Foreign Ministry guest house, Kohl and ... Gorbachev, talked first alone
    #   ... and then together with ... Genscher and Shevardnadze and ... Waigel" -> 15 Jul, Moscow.
    # "On Monday morning, at a government lodge in Arkhyz, the two leaders, joined again by Genscher and Shevardnadze,
    #   settled ..." -> 16 Jul, Arkhyz (a different day and place: separate event).
    # "In February, Gorbachev told Kohl in the Kremlin" -> 1990-02 (key 10 Feb 1990), Moscow (Kremlin).
    # "the NATO summit in London at the start of this month, where the allied leaders, Kohl among them" -> 1990-07
    #   (key 5 Jul 1990, 5-6 Jul), London.
    # "Later today Genscher and Shevardnadze sit down in Paris with James Baker, Douglas Hurd, Roland Dumas and ...
    #   Markus Meckel ... Skubiszewski, will take part" -> planned 17 Jul, Paris.
    ("004_de_su_kohl_gorbachev_caucasus_translated", "1990-07-17", False, [
        ev("1990-07-15-moscow-genscher-gorbachev-kohl-shevardnadze-waigel", M, OCC, "1990-07-15", "Moscow",
           [KOHL, GORBACHEV, GENSCHER, SHEVARDNADZE, WAIGEL], [],
           "Kohl and the Soviet President, Mikhail Gorbachev, talked first alone, with only their interpreters"),
        ev("1990-07-16-arkhyz-genscher-gorbachev-kohl-shevardnadze", M, OCC, "1990-07-16", "Arkhyz",
           [KOHL, GORBACHEV, GENSCHER, SHEVARDNADZE], [],
           "at a government lodge in Arkhyz, the two leaders, joined again by Genscher and Shevardnadze"),
        ev("1990-02-10-moscow-gorbachev-kohl", M, OCC, "1990-02", "Moscow", [GORBACHEV, KOHL], [],
           "In February, Gorbachev told Kohl in the Kremlin that it was for the Germans"),
        ev("1990-07-05-london-nato-summit", M, OCC, "1990-07", "London", [KOHL], ["NATO"],
           "the NATO summit in London at the start of this month"),
        ev("1990-07-17-paris-baker-dumas-genscher-hurd-meckel-shevardnadze-skubiszewski", M, PLN, "1990-07-17",
           "Paris", [GENSCHER, SHEVARDNADZE, BAKER, HURD, DUMAS, MECKEL, SKUBISZEWSKI], [],
           "Genscher and Shevardnadze sit down in Paris with James Baker, Douglas Hurd, Roland Dumas"),
    ], ["'Kohl flew back to Bonn last night' (travel)",
        "'the party flew south to Stavropol ... and drove up into the mountains' (travel)",
        "'announced at a joint press conference in the spa town of Zheleznovodsk' (press conference)",
        "'has accepted an invitation to visit the Federal Republic after unification. No date has been discussed' "
        "(vague)",
        "Lire aussi / Read also (furniture)"]),

    # Timeline, no feed date ("Updated 15/07/2015, 08:30 CET"); every entry carries an explicit date.
    # "26 September 2013 - New York ... Zarif, meets the foreign ministers of the P5+1 in a session chaired by the
    #   EU's Catherine Ashton. John Kerry is at the table" -> 26 Sep 2013, New York.
    # "27 September 2013 - By telephone. Obama and Rouhani speak by phone" -> call.
    # "24 November 2013 - Geneva. In the early hours of Sunday, Zarif and Ashton, with Kerry and the other five
    #   ministers at their side, agree the Joint Plan of Action" -> 24 Nov 2013, Geneva.
    # "26 March to 2 April 2015 - Lausanne. Eight days of ministerial talks ... with Kerry staying throughout ...
    #   Mogherini and Zarif" -> multi-day, Lausanne.
    # "27 June to 14 July 2015 - Vienna. The final round at the Palais Coburg brings Zarif, Mogherini and Kerry
    #   together" -> multi-day, Vienna.
    # "14 July 2015 - Vienna. ... Amano and ... Salehi, sign a roadmap" -> 14 Jul 2015, Vienna.
    ("005_ir_p5_nuclear_deal_timeline", "2015-07-15", True, [
        ev("2013-09-26-new-york-ashton-kerry-zarif", M, OCC, "2013-09-26", "New York", [ZARIF, ASHTON, KERRY],
           ["P5+1"], "Mohammad Javad Zarif, meets the foreign ministers of the P5+1 in a session chaired"),
        ev("2013-09-27-obama-rouhani-call", C, OCC, "2013-09-27", None, [OBAMA, ROUHANI], [],
           "Obama and Rouhani speak by phone for about 15 minutes"),
        ev("2013-11-24-geneva-ashton-kerry-zarif", M, OCC, "2013-11-24", "Geneva", [ZARIF, ASHTON, KERRY], ["P5+1"],
           "Zarif and Ashton, with Kerry and the other five ministers at their side, agree"),
        ev("2015-03-26-lausanne-kerry-mogherini-zarif", M, OCC, "2015-03-26", "Lausanne", [KERRY, MOGHERINI, ZARIF],
           ["P5+1"], "Eight days of ministerial talks at the Beau-Rivage Palace, with Kerry staying throughout",
           date_end="2015-04-02"),
        ev("2015-06-27-vienna-kerry-mogherini-zarif", M, OCC, "2015-06-27", "Vienna", [ZARIF, MOGHERINI, KERRY],
           ["P5+1"], "The final round at the Palais Coburg brings Zarif, Mogherini and Kerry together",
           date_end="2015-07-14"),
        ev("2015-07-14-vienna-amano-salehi", M, OCC, "2015-07-14", "Vienna", [AMANO, SALEHI], [],
           "Yukiya Amano and Iran's nuclear chief, Ali Akbar Salehi, sign a roadmap"),
    ], ["'Attempts to arrange an encounter between Barack Obama and Hassan Rouhani at the UN come to nothing' "
        "(negation)",
        "'November 2014 - Negotiators fail to close a final agreement and extend the talks' (no occasion stated)",
        "'Netanyahu, called the agreement a \"historic mistake\"' (statement)",
        "'Republicans in Congress have 60 days to review it' (domestic)",
        "'Kerry and Zarif have met dozens of times since September 2013' (counted)",
        "Related explainers / Latest news (furniture)"]),

    # Friday newsletter ("Issue 112 | Friday, 9 January 2004").
    # "The 12th SAARC summit opened ... in Islamabad on Sunday and closed on Tuesday. ... Jamali ... hosted Khaleda
    #   Zia ..., Jigme Thinley ..., Vajpayee ..., Gayoom ..., Thapa ... and Kumaratunga" -> 4-6 Jan, Islamabad.
    # "Sunday: ... Vajpayee and Jamali met privately" -> 4 Jan. "The same afternoon, the two foreign ministers,
    #   ... Sinha and ... Kasuri, held 45 minutes of talks" -> 4 Jan.
    # "Monday morning: Vajpayee drove to the Aiwan-e-Sadr, the presidential palace, for just over an hour with
    #   Pervez Musharraf" -> 5 Jan, Islamabad. "The two men last met at the failed Agra summit of July 2001"
    #   -> 2001-07 (key 14 Jul 2001), Agra.
    # "Also on Monday, foreign secretaries Shashank and Riaz Khokhar met in the Pakistani capital" -> 5 Jan.
    # "Tuesday: ... Vajpayee telephoned Musharraf" -> call, 6 Jan.
    # "the two sides agree to begin the \"composite dialogue\" ... in February" -> planned 2004-02, place not fixed
    #   (key: 16 Feb 2004, Islamabad), groups India and Pakistan.
    ("006_saarc_islamabad_summit_newsletter", "2004-01-09", False, [
        ev("2004-01-04-islamabad-gayoom-jamali-kumaratunga-thapa-thinley-vajpayee-zia", M, OCC, "2004-01-04",
           "Islamabad", [JAMALI, ZIA, THINLEY, VAJPAYEE, GAYOOM, THAPA, KUMARATUNGA], ["SAARC"],
           "The 12th SAARC summit opened at the Jinnah Convention Centre in Islamabad on Sunday",
           date_end="2004-01-06"),
        ev("2004-01-04-islamabad-jamali-vajpayee", M, OCC, "2004-01-04", "Islamabad", [VAJPAYEE, JAMALI], [],
           "Vajpayee and Jamali met privately for about a quarter of an hour, then with aides"),
        ev("2004-01-04-islamabad-kasuri-sinha", M, OCC, "2004-01-04", "Islamabad", [SINHA, KASURI], [],
           "the two foreign ministers, Yashwant Sinha and Khurshid Mahmud Kasuri, held 45 minutes of talks"),
        ev("2004-01-05-islamabad-musharraf-vajpayee", M, OCC, "2004-01-05", "Islamabad", [VAJPAYEE, MUSHARRAF], [],
           "drove to the Aiwan-e-Sadr, the presidential palace, for just over an hour with Pervez Musharraf"),
        ev("2001-07-14-agra-musharraf-vajpayee", M, OCC, "2001-07", "Agra", [VAJPAYEE, MUSHARRAF], [],
           "The two men last met at the failed Agra summit of July 2001"),
        ev("2004-01-05-islamabad-khokhar-shashank", M, OCC, "2004-01-05", "Islamabad", [SHASHANK, KHOKHAR], [],
           "foreign secretaries Shashank and Riaz Khokhar met in the Pakistani capital"),
        ev("2004-01-06-musharraf-vajpayee-call", C, OCC, "2004-01-06", None, [VAJPAYEE, MUSHARRAF], [],
           "Vajpayee telephoned Musharraf to thank him for the arrangements"),
        ev("2004-02-16-islamabad-india-pakistan", M, PLN, "2004-02", None, [], ["India", "Pakistan"],
           "the two sides agree to begin the \"composite dialogue\" on all outstanding issues"),
    ], ["'It was Vajpayee's first visit to Pakistan since 1999' (vague reference, no occasion)",
        "'New Delhi insisted on calling Monday's meeting a \"courtesy call\"' (same occasion)",
        "'Musharraf promised that no territory ... would be used to support terrorism' (statement)",
        "'India's cricket board confirmed the first full tour of Pakistan' (sport)",
        "'the standoff between President Kumaratunga and Prime Minister Ranil Wickremesinghe' (domestic, no meeting)",
        "'\"History has been made.\" - Musharraf, at his press conference' (press conference)",
        "Most read on our site (furniture)"]),

    # Saturday obituary ("Saturday, November 26, 2016"; "Published 26 November 2016").
    # "In July 1991, Nelson Mandela ... stood beside him in Matanzas for the anniversary of the Moncada attack, on
    #   26 July" -> 26 Jul 1991, Matanzas.
    # "Chávez flew to Havana in December 1994 ... Castro was waiting for him at the foot of the aircraft steps"
    #   -> 1994-12 (key 13 Dec 1994), Havana.
    # "In November 1996 he was received by Pope John Paul II at the Vatican" -> 1996-11 (key 19 Nov 1996).
    # "in January 1998, when the pope came to Cuba and the two men met at the Palace of the Revolution" -> 1998-01
    #   (key 22 Jan 1998), Havana.
    # "On 12 May 2002 he greeted Jimmy Carter at José Martí airport ... and hosted him for talks that evening"
    #   -> 12 May 2002, Havana (one event: same day and pair).
    # "Pope Benedict XVI received him ... at the apostolic nunciature in Havana on 28 March 2012" -> explicit.
    # "Pope Francis called on him at his Havana home on 20 September 2015" -> explicit.
    ("007_cu_fidel_castro_obituary", "2016-11-26", False, [
        ev("1991-07-26-matanzas-castro-mandela", M, OCC, "1991-07-26", "Matanzas", [CASTRO, MANDELA], [],
           "stood beside him in Matanzas for the anniversary of the Moncada attack, on 26 July"),
        ev("1994-12-13-havana-castro-chavez", M, OCC, "1994-12", "Havana", [CASTRO, CHAVEZ], [],
           "Castro was waiting for him at the foot of the aircraft steps"),
        ev("1996-11-19-vatican-city-castro-john-paul-ii", M, OCC, "1996-11", "Vatican City", [CASTRO, JP2], [],
           "In November 1996 he was received by Pope John Paul II at the Vatican"),
        ev("1998-01-22-havana-castro-john-paul-ii", M, OCC, "1998-01", "Havana", [CASTRO, JP2], [],
           "the two men met at the Palace of the Revolution"),
        ev("2002-05-12-havana-carter-castro", M, OCC, "2002-05-12", "Havana", [CASTRO, CARTER], [],
           "On 12 May 2002 he greeted Jimmy Carter at José Martí airport"),
        ev("2012-03-28-havana-benedict-xvi-castro", M, OCC, "2012-03-28", "Havana", [BENEDICT, CASTRO], [],
           "Pope Benedict XVI received him for half an hour at the apostolic nunciature in Havana"),
        ev("2015-09-20-havana-castro-francis", M, OCC, "2015-09-20", "Havana", [FRANCIS, CASTRO], [],
           "Pope Francis called on him at his Havana home on 20 September 2015"),
    ], ["'Raúl Castro, announced the death on state television' (statement)",
        "'the two men spoke by telephone almost every day' (habitual)",
        "'When Barack Obama visited Havana in March this year, he did not meet the elder Castro' (negation)",
        "'answered with a sour column in Granma' (publication)",
        "'His ashes will be carried across the island to Santiago de Cuba' (funeral, no meeting)",
        "Latest news / Most read (furniture)"]),

    # Thursday op-ed ("Thursday, 3 July 1997").
    # "On the night of 30 June, in the new wing of the Convention and Exhibition Centre in Wan Chai, the Prince of
    #   Wales and President Jiang Zemin stood on the same stage ..., with Tony Blair, Li Peng and ... Chris Patten,
    #   watching from their seats. Both delegations ..." -> 30 Jun, Hong Kong; groups UK and China.
    # "A few hours earlier, on Monday evening, Blair and Jiang had met for about forty minutes" -> Monday 30 Jun,
    #   Hong Kong (a separate, earlier encounter of a different set of people).
    # "In September 1991, John Major ... visit Beijing ... and signed the memorandum on the new airport with Li Peng"
    #   -> 1991-09 (key 3 Sep 1991), Beijing.
    # "On his first visit to Beijing as governor, in October 1992, Lu Ping ... lectured him for six hours" and "The
    #   next day the foreign minister, Qian Qichen, received him" -> two events, 1992-10 (keys month-only).
    ("008_hk_handover_ceremony_oped", "1997-07-03", False, [
        ev("1997-06-30-hong-kong-blair-charles-jiang-li-patten", M, OCC, "1997-06-30", "Hong Kong",
           [CHARLES, JIANG, BLAIR, LI_PENG, PATTEN], ["United Kingdom", "China"],
           "the Prince of Wales and President Jiang Zemin stood on the same stage"),
        ev("1997-06-30-hong-kong-blair-jiang", M, OCC, "1997-06-30", "Hong Kong", [BLAIR, JIANG], [],
           "on Monday evening, Blair and Jiang had met in the city for about forty minutes"),
        ev("1991-09-03-beijing-li-major", M, OCC, "1991-09", "Beijing", [MAJOR, LI_PENG], [],
           "signed the memorandum on the new airport with Li Peng"),
        ev("1992-10-beijing-lu-patten", M, OCC, "1992-10", "Beijing", [PATTEN, LU_PING], [],
           "Lu Ping, the director of the Hong Kong and Macao Affairs Office, lectured him"),
        ev("1992-10-beijing-patten-qian", M, OCC, "1992-10", "Beijing", [PATTEN, QIAN], [],
           "The next day the foreign minister, Qian Qichen, received him"),
    ], ["'invited him to China. Blair accepted, but no date was set' (no concrete occasion)",
        "'Jiang and Li Peng stayed away from Britain's farewell banquet' (negation)",
        "'Blair and ... Robin Cook, stayed away from the swearing-in of the provisional legislature' (negation)",
        "'while Li Peng declined to see him at all' (negation)",
        "'London and Beijing talked past each other' (vague)",
        "Most read / Related (furniture)"]),

    # Photo gallery, no feed date ("Gallery | Thursday 19/05/2011"); captions carry dates.
    # "(17/05/2011) President Mary McAleese and her husband, Dr Martin McAleese, welcome Queen Elizabeth II and Prince
    #   Philip at Áras an Uachtaráin" -> 17 May, Dublin (Phoenix Park).
    # "(18/05/2011) At Government Buildings ..., the Taoiseach, Enda Kenny, and his wife Fionnuala greet the royal
    #   couple before a short meeting" -> 18 May, Dublin.
    # "(18/05/2011) In the evening the royal visitors were guests of President McAleese at a state dinner in Dublin
    #   Castle" -> 18 May, Dublin (a different day from the Áras welcome: separate event).
    # "(File, 11/11/1998) the Queen, President McAleese and King Albert II ... at the opening of the Island of Ireland
    #   Peace Park in Messines" -> 11 Nov 1998, Messines.
    # "Obama is due in Dublin on Monday. He will be received by President McAleese at the Áras and will then hold
    #   talks with Mr Kenny" -> two planned events, Monday 23 May 2011.
    ("009_ie_uk_queen_dublin_gallery", "2011-05-19", True, [
        ev("2011-05-17-dublin-elizabeth-mcaleese-mcaleese-philip", M, OCC, "2011-05-17", "Dublin",
           [M_MCALEESE, MARTIN_MCALEESE, ELIZABETH, PHILIP], [],
           "Mary McAleese and her husband, Dr Martin McAleese, welcome Queen Elizabeth II and Prince Philip"),
        ev("2011-05-18-dublin-elizabeth-kenny-kenny-philip", M, OCC, "2011-05-18", "Dublin",
           [KENNY, F_KENNY, ELIZABETH, PHILIP], [],
           "Enda Kenny, and his wife Fionnuala greet the royal couple before a short meeting"),
        ev("2011-05-18-dublin-elizabeth-mcaleese-philip", M, OCC, "2011-05-18", "Dublin",
           [M_MCALEESE, ELIZABETH, PHILIP], [],
           "the royal visitors were guests of President McAleese at a state dinner in Dublin Castle"),
        ev("1998-11-11-messines-albert-ii-elizabeth-mcaleese", M, OCC, "1998-11-11", "Messines",
           [ELIZABETH, M_MCALEESE, ALBERT], [],
           "the Queen, President McAleese and King Albert II of the Belgians at the opening"),
        ev("2011-05-23-dublin-mcaleese-obama", M, PLN, "2011-05-23", "Dublin", [OBAMA, M_MCALEESE], [],
           "He will be received by President McAleese at the Áras"),
        ev("2011-05-23-dublin-kenny-obama", M, PLN, "2011-05-23", "Dublin", [OBAMA, KENNY], [],
           "and will then hold talks with Mr Kenny before addressing a crowd in College Green"),
    ], ["'The Queen lays a wreath ... at the Garden of Remembrance' (ceremony, no counterpart named)",
        "'Protesters held back by gardaí' (no meeting)",
        "'Martin McGuinness declined an invitation to the day's events' (negation)",
        "'The Queen and the Duke of Edinburgh tour the pitch at Croke Park' (no counterpart named)",
        "'addressing a crowd in College Green' (speech)",
        "'Tomorrow the Queen travels south for a walkabout at the English Market in Cork' (walkabout, no counterpart)",
        "Related galleries / Most read (furniture)"]),

    # TV transcript ("Broadcast Tuesday 12 June 2018, 21:00 SGT").
    # "today ... On Sentosa, at the Capella hotel, ... Trump and ... Kim Jong Un, shook hands, met alone ..., then with
    #   their delegations" -> 12 Jun, Singapore; groups from "their delegations".
    # "On Sunday evening ... Mr Kim was received by Prime Minister Lee Hsien Loong at the Istana" -> 10 Jun.
    # "Yesterday ... he and Mr Lee held talks and a working lunch at the Istana" -> 11 Jun.
    # "Also yesterday, at the Ritz-Carlton, ... Sung Kim, led his team through more than two hours of talks with ...
    #   Choe Son Hui" -> 11 Jun, Singapore; teams -> groups.
    # "Kim Yong Chol, carried a letter to Mr Trump in the Oval Office on 1 June, with ... Pompeo in the room"
    #   -> 1 Jun, Washington.
    # "Mr Trump is expected to phone President Moon Jae-in during the flight" -> planned call, 12 Jun.
    # "Mr Pompeo ... flies to Seoul to brief President Moon on Thursday" -> planned 14 Jun, Seoul; "the same day will
    #   hold three-way talks there with ... Kang Kyung-wha and Taro Kono" -> planned 14 Jun, Seoul.
    ("010_sg_us_kp_sentosa_summit_tv_transcript", "2018-06-12", False, [
        ev(K_SINGAPORE, M, OCC, "2018-06-12", "Singapore", [TRUMP, KIM_JU], ["United States", "North Korea"],
           "US President Donald Trump and North Korea's leader, Kim Jong Un, shook hands, met alone"),
        ev("2018-06-10-singapore-kim-lee", M, OCC, "2018-06-10", "Singapore", [KIM_JU, LEE_HL], [],
           "Mr Kim was received by Prime Minister Lee Hsien Loong at the Istana"),
        ev("2018-06-11-singapore-lee-trump", M, OCC, "2018-06-11", "Singapore", [TRUMP, LEE_HL], [],
           "he and Mr Lee held talks and a working lunch at the Istana"),
        ev("2018-06-11-singapore-choe-kim", M, OCC, "2018-06-11", "Singapore", [SUNG_KIM, CHOE],
           ["United States", "North Korea"],
           "Sung Kim, led his team through more than two hours of talks"),
        ev("2018-06-01-washington-kim-pompeo-trump", M, OCC, "2018-06-01", "Washington", [KIM_YC, TRUMP, POMPEO], [],
           "carried a letter to Mr Trump in the Oval Office on 1 June"),
        ev("2018-06-12-moon-trump-call", C, PLN, "2018-06-12", None, [TRUMP, MOON], [],
           "Mr Trump is expected to phone President Moon Jae-in during the flight"),
        ev("2018-06-14-seoul-moon-pompeo", M, PLN, "2018-06-14", "Seoul", [POMPEO, MOON], [],
           "Mr Pompeo, meanwhile, flies to Seoul to brief President Moon on Thursday"),
        ev("2018-06-14-seoul-kang-kono-pompeo", M, PLN, "2018-06-14", "Seoul", [POMPEO, KANG, KONO], [],
           "the same day will hold three-way talks there with his South Korean and Japanese counterparts"),
    ], ["'At his news conference afterwards' (press conference)",
        "'he would invite Mr Kim to the White House \"at the appropriate time\"' (hypothetical)",
        "'Less than three weeks ago, this summit was off' (cancellation, since reversed; no separate occasion)",
        "'Air Force One left Paya Lebar' (travel)",
        "Read more: 'Trump says he will visit Pyongyang \"at some point\"' (furniture, vague)"]),

    # Thursday fact-check ("Thursday, 20 June 2024").
    # "Putin landed in Pyongyang in the early hours of Wednesday and held talks with Kim Jong Un the same day"
    #   -> 19 Jun 2024, Pyongyang.
    # "He then flew on to Vietnam, where today he is holding talks in Hanoi with President To Lam" -> 20 Jun, under way
    #   on the publication day -> occurred.
    # "On 19 July 2000 ... he flew in from Beijing and held talks with Kim Jong Il" -> explicit, Pyongyang.
    # "Kim Jong Il returned the visit in August 2001, travelling to Moscow ... for talks with Putin in the Kremlin"
    #   -> 2001-08 (key 4 Aug 2001).
    # "His last trip to Russia was in August 2011, when he met Dmitry Medvedev ... near Ulan-Ude" -> 2011-08 (key
    #   24 Aug 2011).
    # "Kim Jong Un's first summit with Putin was held on Russky Island in Vladivostok on 25 April 2019" -> explicit.
    # "The second took place in September last year, at a space launch site in Russia's Far East" -> 2023-09 (key
    #   13 Sep 2023); no city named -> country.
    # "Kim's first summit with a sitting US president, Donald Trump, was in Singapore in June 2018" -> shared key.
    ("011_kp_ru_putin_pyongyang_factcheck", "2024-06-20", False, [
        ev("2024-06-19-pyongyang-kim-putin", M, OCC, "2024-06-19", "Pyongyang", [PUTIN, KIM_JU], [],
           "Putin landed in Pyongyang in the early hours of Wednesday and held talks"),
        ev("2024-06-20-hanoi-putin-to-lam", M, OCC, "2024-06-20", "Hanoi", [PUTIN, TO_LAM], [],
           "where today he is holding talks in Hanoi with President To Lam"),
        ev("2000-07-19-pyongyang-kim-putin", M, OCC, "2000-07-19", "Pyongyang", [PUTIN, KIM_JI], [],
           "he flew in from Beijing and held talks with Kim Jong Il"),
        ev("2001-08-04-moscow-kim-putin", M, OCC, "2001-08", "Moscow", [KIM_JI, PUTIN], [],
           "travelling to Moscow by armoured train for talks with Putin in the Kremlin"),
        ev("2011-08-24-ulan-ude-kim-medvedev", M, OCC, "2011-08", "Ulan-Ude", [KIM_JI, MEDVEDEV], [],
           "when he met Dmitry Medvedev, then president, at a military garrison near Ulan-Ude"),
        ev("2019-04-25-vladivostok-kim-putin", M, OCC, "2019-04-25", "Vladivostok", [KIM_JU, PUTIN], [],
           "Kim Jong Un's first summit with Putin was held on Russky Island in Vladivostok"),
        ev("2023-09-13-vostochny-kim-putin", M, OCC, "2023-09", "Russia", [KIM_JU, PUTIN], [],
           "The second took place in September last year, at a space launch site"),
        ev(K_SINGAPORE, M, OCC, "2018-06", "Singapore", [KIM_JU, TRUMP], [],
           "with a sitting US president, Donald Trump, was in Singapore in June 2018"),
    ], ["'the two signed a treaty on a \"comprehensive strategic partnership\"' (same occasion as the talks)",
        "'The two signed a joint declaration' (2000, same occasion)",
        "'The Kremlin says Kim has accepted an invitation to visit Moscow, but no date has been set' (vague)",
        "'Posts shared tens of thousands of times' (social media)",
        "Related fact-checks: 'this photo does not show Kim and Putin in 1990s Moscow' (furniture, negation)"]),

    # Podcast show notes, no feed date ("Published 01/03/2018"); all dates explicit with years.
    # "Álvaro Uribe phoned Rafael Correa on the morning of 1 March 2008" -> call.
    # "On Friday 7 March 2008, at the Rio Group summit in Santo Domingo, Fernández chaired a session in which Uribe,
    #   Correa, Chávez and ... Daniel Ortega traded accusations ..., then shook hands" -> 7 Mar 2008, Santo Domingo.
    # "OAS foreign ministers met in Washington on 17 March 2008" -> groups only.
    # "on 10 August 2010 ... Santos received Chávez at the Quinta de San Pedro Alejandrino in Santa Marta"
    #   -> explicit.
    ("012_co_ec_santo_domingo_crisis_podcast_notes", "2018-03-01", True, [
        ev("2008-03-01-correa-uribe-call", C, OCC, "2008-03-01", None, [URIBE, CORREA], [],
           "Álvaro Uribe phoned Rafael Correa on the morning of 1 March 2008"),
        ev("2008-03-07-santo-domingo-chavez-correa-fernandez-ortega-uribe", M, OCC, "2008-03-07", "Santo Domingo",
           [FERNANDEZ, URIBE, CORREA, CHAVEZ, ORTEGA], ["Rio Group"],
           "Fernández chaired a session in which Uribe, Correa, Chávez and Nicaragua's Daniel Ortega"),
        ev("2008-03-17-washington-oas-foreign-ministers", M, OCC, "2008-03-17", "Washington", [], ["OAS"],
           "OAS foreign ministers met in Washington on 17 March 2008"),
        ev("2010-08-10-santa-marta-chavez-santos", M, OCC, "2010-08-10", "Santa Marta", [SANTOS, CHAVEZ], [],
           "Juan Manuel Santos received Chávez at the Quinta de San Pedro Alejandrino in Santa Marta"),
    ], ["'Colombian aircraft bombed a FARC camp at Angostura' (military action)",
        "'Hugo Chávez orders Venezuela's embassy in Bogotá closed' (no meeting)",
        "'Leonel Fernández works the phones in the days before the Rio Group meets' (several calls, no single "
        "occasion)",
        "'Relations between Bogotá and Caracas collapsed again in 2009 and in July 2010' (no meeting)",
        "'the diplomat Ana Cristina Pazmiño' (podcast guest; interview)",
        "Related episodes: 'The Havana talks, explained' (furniture)"]),

    # Friday regional paper ("Friday, February 29, 2008").
    # "The two leaders signed the National Accord at Harambee House in Nairobi yesterday afternoon, after five hours of
    #   talks chaired by ... Kikwete ..., with ... Annan and ... Mkapa at the table" -> 28 Feb, Nairobi.
    # "Kufuor ... shuttled between the two camps on January 9, seeing Kibaki at State House and Raila at a city hotel"
    #   -> two separate meetings on 9 Jan, Nairobi.
    # "The two rivals first came face to face on January 24, also at Harambee House, when Annan brought them
    #   together" -> 24 Jan, Nairobi.
    # "George Bush spoke to Annan by telephone on February 17" -> call.
    # "the next day ... Rice flew in ... meeting Kibaki and Raila separately" -> two meetings on 18 Feb, Nairobi.
    ("013_ke_kibaki_odinga_accord_regional", "2008-02-29", False, [
        ev("2008-02-28-nairobi-annan-kibaki-kikwete-mkapa-odinga", M, OCC, "2008-02-28", "Nairobi",
           [KIBAKI, ODINGA, KIKWETE, ANNAN, MKAPA], [],
           "The two leaders signed the National Accord at Harambee House in Nairobi yesterday afternoon"),
        ev("2008-01-09-nairobi-kibaki-kufuor", M, OCC, "2008-01-09", "Nairobi", [KUFUOR, KIBAKI], [],
           "seeing Kibaki at State House in Nairobi and Raila at a city hotel"),
        ev("2008-01-09-nairobi-kufuor-odinga", M, OCC, "2008-01-09", "Nairobi", [KUFUOR, ODINGA], [],
           "seeing Kibaki at State House in Nairobi and Raila at a city hotel"),
        ev("2008-01-24-nairobi-annan-kibaki-odinga", M, OCC, "2008-01-24", "Nairobi", [KIBAKI, ODINGA, ANNAN], [],
           "The two rivals first came face to face on January 24, also at Harambee House"),
        ev("2008-02-17-annan-bush-call", C, OCC, "2008-02-17", None, [BUSH, ANNAN], [],
           "US President George Bush spoke to Annan by telephone on February 17"),
        ev("2008-02-18-nairobi-kibaki-rice", M, OCC, "2008-02-18", "Nairobi", [RICE, KIBAKI], [],
           "meeting Kibaki and Raila separately and telling both that a settlement was overdue"),
        ev("2008-02-18-nairobi-odinga-rice", M, OCC, "2008-02-18", "Nairobi", [RICE, ODINGA], [],
           "meeting Kibaki and Raila separately and telling both that a settlement was overdue"),
    ], ["'Crowds poured onto Oginga Odinga Street' (street name, crowds)",
        "'Annan and Kikwete then added their signatures as witnesses' (same occasion)",
        "'Kibaki will formally open the new Parliament on Thursday next week' (domestic)",
        "'Raila, who had refused any direct talks without a mediator in January' (negation)",
        "'told reporters he was satisfied' (press)",
        "Related stories / Most read (furniture, sport)"]),

    # Friday trade newsletter ("Friday 13 July 2018").
    # "The EU-Japan summit that was to have been held in Brussels on Wednesday ... was called off" -> cancelled, not gold.
    # "the summit will instead take place in Tokyo on Tuesday, when Abe, ... Tusk and ... Juncker will sign"
    #   -> planned 17 Jul, Tokyo.
    # "Last Saturday in Sofia, he [Li Keqiang] attended the seventh summit of China and sixteen Central and Eastern
    #   European countries, hosted by ... Boyko Borisov" -> Saturday 7 Jul (previous week), Sofia.
    # "On Monday he was in Berlin, where he and Angela Merkel co-chaired ... consultations" -> past Monday 9 Jul.
    # "Tusk and Juncker travel to Beijing for the EU-China summit with Li on Monday" -> planned Monday 16 Jul.
    # "Donald Trump spent Wednesday and Thursday at the NATO summit" in Brussels -> 11-12 Jul.
    # "Trump flies to Helsinki, where he is due to hold a summit with Vladimir Putin on Monday" -> planned 16 Jul.
    ("014_eu_jp_epa_tokyo_trade_newsletter", "2018-07-13", False, [
        ev("2018-07-17-tokyo-abe-juncker-tusk", M, PLN, "2018-07-17", "Tokyo", [ABE, TUSK, JUNCKER], [],
           "the summit will instead take place in Tokyo on Tuesday"),
        ev("2018-07-07-sofia-borisov-li", M, OCC, "2018-07-07", "Sofia", [LI_KQ, BORISOV],
           ["Central and Eastern European countries"],
           "he attended the seventh summit of China and sixteen Central and Eastern European countries"),
        ev("2018-07-09-berlin-li-merkel", M, OCC, "2018-07-09", "Berlin", [LI_KQ, MERKEL], [],
           "he and Angela Merkel co-chaired the fifth round of German-Chinese government consultations"),
        ev("2018-07-16-beijing-juncker-li-tusk", M, PLN, "2018-07-16", "Beijing", [TUSK, JUNCKER, LI_KQ], [],
           "Tusk and Juncker travel to Beijing for the EU-China summit with Li on Monday"),
        ev("2018-07-11-brussels-nato-summit", M, OCC, "2018-07-11", "Brussels", [TRUMP], ["NATO"],
           "Donald Trump spent Wednesday and Thursday at the NATO summit",
           date_end="2018-07-12"),
        ev("2018-07-16-helsinki-putin-trump", M, PLN, "2018-07-16", "Helsinki", [TRUMP, PUTIN], [],
           "he is due to hold a summit with Vladimir Putin on Monday"),
    ], ["'The EU-Japan summit that was to have been held in Brussels on Wednesday ... was called off' (cancelled)",
        "'Abe cancelled his European trip' (cancellation)",
        "'companies signed deals worth billions of euros on the margins' (business, no named parties)",
        "'After a weekend in Britain' (travel, no encounter stated)",
        "'19-20 July: (no events confirmed)' (negation)",
        "Latest news (furniture)"]),
]


def main():
    with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as g, \
         open(os.path.join(HERE, "manifest.jsonl"), "w", encoding="utf-8") as m:
        for aid, pub, hide, events, _traps in ARTICLES:
            g.write(json.dumps({"id": aid, "published": pub, "events": events}, ensure_ascii=False) + "\n")
            m.write(json.dumps({"id": aid, "published": None if hide else pub}) + "\n")
    print(f"traps (documented, not in gold): {sum(len(a[4]) for a in ARTICLES)}")


if __name__ == "__main__":
    main()
