#!/usr/bin/env python3
"""Generate gold.jsonl and manifest.jsonl for the holdout25 BLIND held-out corpus.

BLIND SET: the engineer working on `dossier` must not read this file. Only run it, the scorer
and `python3 data/eval/validate.py data/holdout25`.

Run:  python3 data/holdout25/build_gold.py   then   python3 data/eval/validate.py data/holdout25
Each article lists its true publication date, whether the manifest hides it, its gold events,
and (for documentation only) the traps it contains that must NOT be extracted.
The 15 pages are built around real, mostly less-famous occasions from 1976 to 2024 in every
region (Africa, Latin America, the Caribbean, South Asia, Southeast Asia, East Asia, the Middle
East, Central Asia, Europe, Oceania, North America), with a mix of occurred in-person meetings,
planned meetings, phone calls, and gatherings or delegation-only talks with groups.
Three pages have no date in the manifest: 006 (Vietnamese weekday + dd/mm/yyyy line),
009 ("March 15th, 2018, 7:40 PM" timestamp) and 014 (an obituary with no date anywhere on the
page, so its one relative date is null; the other dates are absolute).
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

# canonical names
HABYARIMANA, KANYARENGWE, MWINYI, MUSEVENI, NDADAYE, SALIM, BIRINDWA, UWILINGIYIMANA = (
    "Juvenal Habyarimana", "Alexis Kanyarengwe", "Ali Hassan Mwinyi", "Yoweri Museveni",
    "Melchior Ndadaye", "Salim Ahmed Salim", "Faustin Birindwa", "Agathe Uwilingiyimana")
BOUTROS_GHALI, DALLAIRE = ("Boutros Boutros-Ghali", "Romeo Dallaire")
HASSAN, BENDJEDID, BEN_ALI, TAYA, GADDAFI, FAHD = (
    "Hassan II", "Chadli Bendjedid", "Zine El Abidine Ben Ali", "Maaouya Ould Sid'Ahmed Taya",
    "Muammar Gaddafi", "Fahd bin Abdulaziz Al Saud")
LULA, BACHELET, MORALES, CHAVEZ, URIBE, CORREA, CFK, NIN_NOVOA, TOLEDO = (
    "Luiz Inacio Lula da Silva", "Michelle Bachelet", "Evo Morales", "Hugo Chavez", "Alvaro Uribe",
    "Rafael Correa", "Cristina Fernandez de Kirchner", "Rodolfo Nin Novoa", "Alejandro Toledo")
REAGAN, ADAMS, CHARLES, BIRD, CATO, SIMMONDS, SEAGA, CHAMBERS = (
    "Ronald Reagan", "Tom Adams", "Eugenia Charles", "Vere Bird", "Milton Cato",
    "Kennedy Simmonds", "Edward Seaga", "George Chambers")
ERSHAD, RAJIV, ZIA, JAYEWARDENE, BIRENDRA, JIGME, GAYOOM, BHAGAT, YAQUB = (
    "Hussain Muhammad Ershad", "Rajiv Gandhi", "Muhammad Zia-ul-Haq", "J. R. Jayewardene",
    "Birendra Bir Bikram Shah", "Jigme Singye Wangchuck", "Maumoon Abdul Gayoom", "B. R. Bhagat",
    "Sahabzada Yaqub Khan")
MODI, BOLKIAH, MUHTADEE, WONG, THARMAN, LEE_HL, GOH = (
    "Narendra Modi", "Hassanal Bolkiah", "Al-Muhtadee Billah", "Lawrence Wong",
    "Tharman Shanmugaratnam", "Lee Hsien Loong", "Goh Chok Tong")
DO_MUOI, VO_VAN_KIET, JIANG, LI_PENG, CAM, QIAN, LINH, DONG = (
    "Do Muoi", "Vo Van Kiet", "Jiang Zemin", "Li Peng", "Nguyen Manh Cam", "Qian Qichen",
    "Nguyen Van Linh", "Pham Van Dong")
DENG, FUKUDA, SONODA, HUANG_HUA, HIROHITO = (
    "Deng Xiaoping", "Takeo Fukuda", "Sunao Sonoda", "Huang Hua", "Hirohito")
BARAK, ARAFAT, MUBARAK, ABDULLAH_II, ALBRIGHT, CLINTON, NETANYAHU, HUSSEIN = (
    "Ehud Barak", "Yasser Arafat", "Hosni Mubarak", "Abdullah II", "Madeleine Albright",
    "Bill Clinton", "Benjamin Netanyahu", "Hussein bin Talal")
NAZARBAYEV, MIRZIYOYEV, JEENBEKOV, RAHMON, NURBERDIYEVA, BERDIMUHAMEDOV = (
    "Nursultan Nazarbayev", "Shavkat Mirziyoyev", "Sooronbay Jeenbekov", "Emomali Rahmon",
    "Akja Nurberdiyeva", "Gurbanguly Berdimuhamedov")
OZAL, PAPANDREOU, PAPOULIAS, YILMAZ, SARTZETAKIS = (
    "Turgut Ozal", "Andreas Papandreou", "Karolos Papoulias", "Mesut Yilmaz",
    "Christos Sartzetakis")
NORI, RUA, TEE, KABUTAULAKA, DOWNER, SOGAVARE, HOWARD = (
    "Andrew Nori", "Jeremy Rua", "Andrew Te'e", "Tarcisius Tara Kabutaulaka", "Alexander Downer",
    "Manasseh Sogavare", "John Howard")
MULRONEY, MILA, NANCY, TRUDEAU = ("Brian Mulroney", "Mila Mulroney", "Nancy Reagan", "Pierre Trudeau")
MISUARI, DUTERTE, DUREZA, IMELDA, BARBERO, TREKI, GAYE = (
    "Nur Misuari", "Rodrigo Duterte", "Jesus Dureza", "Imelda Marcos", "Carmelo Barbero",
    "Ali Abdussalam Treki", "Amadou Karim Gaye")
PEREZ_DE_CUELLAR, VELAYATI, AZIZ, KYPRIANOU, DENKTAS, SADDAM, SIHANOUK, GUTERRES, VIZCARRA = (
    "Javier Perez de Cuellar", "Ali Akbar Velayati", "Tariq Aziz", "Spyros Kyprianou",
    "Rauf Denktas", "Saddam Hussein", "Norodom Sihanouk", "Antonio Guterres", "Martin Vizcarra")

RW, RPF = "Rwanda", "Rwandese Patriotic Front"
MEF, IFM, SI = "Malaita Eagle Force", "Isatabu Freedom Movement", "Solomon Islands"
SAARC = "South Asian Association for Regional Cooperation"
UNASUR = "Union of South American Nations"


def ev(key, kind, status, date, location, participants, groups, evidence, date_end=None):
    e = {"key": key, "kind": kind, "status": status, "date": date}
    if date_end:
        e["date_end"] = date_end
    e.update({"location": location, "participants": participants, "groups": groups,
              "evidence": evidence})
    return e


M, C, OCC, PLN = "meeting", "call", "occurred", "planned"

ARTICLES = [
    # 000 Wire, header "Thursday, August 5, 1993"; dispatch "ARUSHA, Tanzania, Aug. 4", so
    # "this afternoon" is Wed 4 Aug and "on Tuesday" is 3 Aug; "later this month" -> 1993-08.
    # Signing: signatories, witness-mediator and everyone who "looked on" are participants;
    #   "Rwanda's government and the rebel Rwandese Patriotic Front" -> groups.
    # "Habiyarimana" is a misspelling of Habyarimana; dinner on Tuesday = separate day.
    # "since July 12, 1992, when government and RPF delegations first sat down" here -> Arusha.
    # N'Sele "in March 1991" -> month only (key 1991-03-29).
    # Dallaire team "expected in Kigali later this month to meet government and RPF officials".
    ("000", "1993-08-05", False, [
        ev("1993-08-04-arusha-birindwa-habyarimana-kanyarengwe-museveni-mwinyi-ndadaye-salim-uwilingiyimana",
           M, OCC, "1993-08-04", "Arusha",
           [HABYARIMANA, KANYARENGWE, MWINYI, MUSEVENI, NDADAYE, SALIM, BIRINDWA, UWILINGIYIMANA],
           [RW, RPF],
           "Habyarimana and the RPF chairman, Col. Alexis Kanyarengwe, put their names to the accord"),
        ev("1993-08-03-arusha-habyarimana-mwinyi", M, OCC, "1993-08-03", "Arusha",
           [HABYARIMANA, MWINYI], [],
           "Habiyarimana had flown in on Tuesday evening and dined privately with Mr. Mwinyi"),
        ev("1992-07-12-arusha-rwanda-rwandese-patriotic-front", M, OCC, "1992-07-12", "Arusha",
           [], [RW, RPF],
           "when government and RPF delegations first sat down across the table under Tanzanian chairmanship"),
        ev("1991-03-29-nsele-rwanda-rwandese-patriotic-front", M, OCC, "1991-03", "N'Sele",
           [], [RW, RPF],
           "the ceasefire the two sides signed at N'Sele, near Kinshasa, in March 1991"),
        ev("1993-08-03-boutros-ghali-mwinyi-call", C, OCC, "1993-08-03", None,
           [BOUTROS_GHALI, MWINYI], [],
           "Boutros Boutros-Ghali telephoned Mr. Mwinyi on Tuesday to commend the mediation"),
        ev("1993-08-19-kigali-dallaire", M, PLN, "1993-08", "Kigali",
           [DALLAIRE], ["United Nations", RW, RPF],
           "is expected in Kigali later this month to meet government and RPF officials"),
    ], ["'Mobutu Sese Seko ..., who was on the invitation list, stayed away' (negation)",
        "'Daniel arap Moi sent a junior minister in his place' (absent)",
        "'Several later truces broke down within weeks' (vague, counted)",
        "'Twagiramungu is to head a broad-based transitional government ... within 37 days' (not a meeting)",
        "'Kanyarengwe told reporters after the ceremony' (remarks); Habyarimana's short speech",
        "'a joint session of the two armies' commanders could follow if the ceasefire holds' (hypothetical)",
        "RELATED: 'Burundi's Ndadaye and Museveni discuss border trade' (furniture)"]),

    # 001 Page machine-translated from French, "Samedi 18 fevrier 1989" (manifest 1989-02-18).
    # "signed on Friday" -> 17 Feb; "on Wednesday" -> 15 Feb; "On Thursday evening" -> 16 Feb.
    # Marrakech (French spelling) -> Marrakesh. "the sovereign" = Hassan II; "Kadhafi" = Gaddafi.
    # The signing is the gathering of the body -> groups Arab Maghreb Union.
    # Foreign ministers "met late into the night at the Mamounia hotel" -> delegation-only meeting.
    # Akid Lotfi "in May 1987" (with King Fahd as go-between) -> month only.
    # Zeralda "on 10 June 1988" -> full date. Tunis "in January" (future) -> 1990-01.
    ("001", "1989-02-18", False, [
        ev("1989-02-17-marrakesh-ben-ali-bendjedid-gaddafi-hassan-taya", M, OCC, "1989-02-17",
           "Marrakesh", [HASSAN, BENDJEDID, BEN_ALI, TAYA, GADDAFI], ["Arab Maghreb Union"],
           "heads of state of North Africa signed on Friday, in the royal palace of Marrakech"),
        ev("1989-02-15-marrakesh-algeria-libya-mauritania-morocco-tunisia", M, OCC, "1989-02-15",
           "Marrakesh", [], ["Algeria", "Libya", "Mauritania", "Morocco", "Tunisia"],
           "The text had been finalised on Wednesday by the foreign ministers of the five countries"),
        ev("1989-02-16-marrakesh-bendjedid-hassan", M, OCC, "1989-02-16", "Marrakesh",
           [HASSAN, BENDJEDID], [],
           "the sovereign and President Chadli had a long tete-a-tete in the palace gardens"),
        ev("1987-05-04-akid-lotfi-bendjedid-bin-abdulaziz-hassan", M, OCC, "1987-05", "Akid Lotfi",
           [HASSAN, BENDJEDID, FAHD], [],
           "The two men had first spoken face to face in May 1987, in a tent"),
        ev("1988-06-10-zeralda-ben-ali-bendjedid-gaddafi-hassan-taya", M, OCC, "1988-06-10", "Zeralda",
           [HASSAN, BENDJEDID, BEN_ALI, TAYA, GADDAFI], [],
           "on 10 June 1988, the five leaders met for the first time together at Zeralda"),
        ev("1990-01-21-tunis-arab-maghreb-union", M, PLN, "1990-01", "Tunis", [],
           ["Arab Maghreb Union"],
           "The next summit of the Union will take place in Tunis in January"),
    ], ["'The Polisario Front was not invited to Marrakech' (negation)",
        "'a presidential council will meet every six months' (habitual)",
        "Kadhafi's idea of a union 'from the Atlantic to the Nile' that 'none of his partners took up' (rejected proposal, remarks)",
        "'In his closing speech, the King ...' (speech)",
        "'The Moroccan government council is to examine the texts on Monday' (internal)",
        "'Lire aussi: Kadhafi receives Mubarak's envoy in Tripoli' (furniture)"]),

    # 002 Regional site, "Saturday, 24 May 2008" -> "on Friday" = 23 May, "on Thursday" = 22 May.
    # Summit participants: everyone the text places at it (host, Morales handing over, Bachelet,
    #   Chavez and Uribe shaking hands, Correa, Fernandez de Kirchner "sat between them", Nin Novoa);
    #   group Union of South American Nations. The breakfast is a separate, smaller encounter.
    # Cusco "on December 8, 2004" hosted by Toledo -> group South American Community of Nations.
    # Cartagena "in late January" -> 2008-01, foreign ministers only (group).
    # Tucuman "at the start of July" -> planned 2008-07, host Fernandez de Kirchner, group Mercosur.
    ("002", "2008-05-24", False, [
        ev("2008-05-23-brasilia-bachelet-chavez-correa-kirchner-lula-morales-nin-novoa-uribe", M, OCC,
           "2008-05-23", "Brasilia",
           [LULA, BACHELET, MORALES, CHAVEZ, URIBE, CORREA, CFK, NIN_NOVOA], [UNASUR],
           "founding treaty of the Union of South American Nations (Unasur) in Brasilia on Friday"),
        ev("2008-05-23-brasilia-chavez-correa-lula-morales", M, OCC, "2008-05-23", "Brasilia",
           [LULA, MORALES, CORREA, CHAVEZ], [],
           "Earlier on Friday, Lula hosted Morales, Ecuador's Rafael Correa and Venezuela's Hugo Chavez for breakfast"),
        ev("2008-05-22-bachelet-uribe-call", C, OCC, "2008-05-22", None, [BACHELET, URIBE], [],
           "Bachelet said she had spoken to Colombian President Alvaro Uribe by telephone on Thursday"),
        ev("2004-12-08-cusco-toledo", M, OCC, "2004-12-08", "Cusco", [TOLEDO],
           ["South American Community of Nations"],
           "launched at a summit that Peru's Alejandro Toledo hosted in Cusco on December 8, 2004"),
        ev("2008-01-26-cartagena-union-of-south-american-nations", M, OCC, "2008-01", "Cartagena",
           [], [UNASUR],
           "Foreign ministers settled most of the present text at a meeting in Cartagena, Colombia"),
        ev("2008-07-01-san-miguel-de-tucuman-kirchner", M, PLN, "2008-07", "San Miguel de Tucuman",
           [CFK], ["Mercosur"],
           "Mercosur presidents are due in San Miguel de Tucuman at the start of July"),
    ], ["'Colombia, next in line, had declined the post' (not a meeting)",
        "'Chavez and Uribe shook hands for the cameras' (inside the summit, not separate)",
        "'Correa and Uribe did not exchange a word' (negation)",
        "'Brazil's proposal for a South American Defence Council did not win Colombian backing' (rejected proposal)",
        "'Defence ministers could meet within 90 days if a consensus emerges' (hypothetical)",
        "'At a closing news conference, Lula said' (press conference)",
        "'The presidents agreed to meet once a year' (habitual); 'Several of them will see each other again soon' (vague)",
        "Mas leidas: 'Chavez and Uribe: a handshake, and nothing more' (furniture)"]),

    # 003 Government release reposted by a portal, "Friday, April 9, 1982" -> "yesterday" = Thu 8 Apr;
    # "on Wednesday" = 7 Apr; "last night" = 8 Apr; "in November" (future) -> 1982-11.
    # The Bridgetown meeting: Reagan, Adams and the four named heads of government.
    # Seaga talks: "in Jamaica" only -> location Jamaica. "in January 1981" White House -> 1981-01.
    ("003", "1982-04-09", False, [
        ev("1982-04-08-bridgetown-adams-bird-cato-charles-reagan-simmonds", M, OCC, "1982-04-08",
           "Bridgetown", [REAGAN, ADAMS, CHARLES, BIRD, CATO, SIMMONDS], [],
           "President Ronald Reagan of the United States held discussions yesterday with the Prime Minister"),
        ev("1982-04-07-jamaica-reagan-seaga", M, OCC, "1982-04-07", "Jamaica", [REAGAN, SEAGA], [],
           "where he had talks with Prime Minister Edward Seaga on Wednesday"),
        ev("1981-01-28-washington-reagan-seaga", M, OCC, "1981-01", "Washington", [REAGAN, SEAGA], [],
           "Mr. Seaga was the first head of government Mr. Reagan received at the White House"),
        ev("1982-04-08-adams-chambers-call", C, OCC, "1982-04-08", None, [ADAMS, CHAMBERS], [],
           "Mr. Adams telephoned the Prime Minister of Trinidad and Tobago, Mr. George Chambers, last night"),
        ev("1982-11-16-ocho-rios-caricom", M, PLN, "1982-11", "Ocho Rios", [], ["Caricom"],
           "Caricom heads of government are due to meet at Ocho Rios, Jamaica, in November"),
    ], ["'his address to the Organisation of American States in February' (speech)",
        "'Miss Charles, speaking to the press afterwards' (remarks)",
        "'Grenada was not invited to the talks' (negation)",
        "'will spend the Easter weekend privately on the west coast' (no encounter)",
        "'regular Saturday radio broadcast' (broadcast); 'will attend Easter morning service' (no encounter)",
        "'Cabinet will be briefed on Monday' (internal)",
        "Latest news sidebar (furniture)"]),

    # 004 Daily, "Monday, December 9, 1985"; dispatch "DHAKA, Dec. 8." -> "this afternoon" and
    # "This morning" = 8 Dec, "on Saturday" = 7 Dec, "on Friday" = 6 Dec, "last month" = 1985-11,
    # "in October" = 1985-10, "next year" (future) = 1986.
    # Summit 7-8 Dec (date_end), seven leaders, group SAARC. "Jayawardene" is a variant spelling.
    # Council of Ministers on Friday: named ministers + group SAARC.
    # Rajiv-Zia Saturday evening and Rajiv-Jayewardene this morning are separate encounters;
    # the summit banquet is explicitly part of the summit programme.
    ("004", "1985-12-09", False, [
        ev("1985-12-07-dhaka-birendra-ershad-gandhi-gayoom-jayewardene-wangchuck-zia-ul-haq", M, OCC,
           "1985-12-07", "Dhaka", [ERSHAD, RAJIV, ZIA, JAYEWARDENE, BIRENDRA, JIGME, GAYOOM], [SAARC],
           "a two-day summit that President H. M. Ershad opened on Saturday morning",
           date_end="1985-12-08"),
        ev("1985-12-06-dhaka-bhagat-yaqub-khan", M, OCC, "1985-12-06", "Dhaka", [BHAGAT, YAQUB],
           [SAARC], "The way had been cleared on Friday, when the Council of Ministers"),
        ev("1985-12-07-dhaka-gandhi-zia-ul-haq", M, OCC, "1985-12-07", "Dhaka", [RAJIV, ZIA], [],
           "Mr. Gandhi and General Zia met privately on Saturday evening"),
        ev("1985-10-new-york-gandhi-zia-ul-haq", M, OCC, "1985-10", "New York", [RAJIV, ZIA], [],
           "They had talked at length in New York in October"),
        ev("1985-11-18-muscat-gandhi-zia-ul-haq", M, OCC, "1985-11", "Muscat", [RAJIV, ZIA], [],
           "again at the Al Bustan palace in Muscat last month"),
        ev("1985-12-17-new-delhi-gandhi-zia-ul-haq", M, PLN, "1985-12-17", "New Delhi", [RAJIV, ZIA], [],
           "General Zia will stop in New Delhi on December 17 for talks with Mr. Gandhi"),
        ev("1985-12-08-dhaka-gandhi-jayewardene", M, OCC, "1985-12-08", "Dhaka", [RAJIV, JAYEWARDENE], [],
           "This morning Mr. Gandhi also had a meeting with Mr. Jayawardene"),
        ev("1986-11-16-bangalore-south-asian-association-for-regional-cooperation", M, PLN, "1986",
           "Bangalore", [], [SAARC],
           "India will host the second summit, at Bangalore, next year"),
    ], ["'for the third time in as many months' (count; the three occasions are listed individually)",
        "'Contentious bilateral questions are barred' (charter rule)",
        "'King Birendra's proposal ... was not taken up' (proposal not accepted)",
        "'At a press conference, General Zia said' (press conference)",
        "'Mr. Jayawardene, in his address' (speech)",
        "'The banquet Mr. Ershad gave ... was part of the summit programme' (inside the summit)",
        "Related coverage (furniture)"]),

    # 005 Live blog, "Wednesday 4 September 2024" (IST) -> "this morning", "this evening" = 4 Sep,
    # "Tuesday" = 3 Sep, "on Thursday" = 5 Sep. Airport welcome on Tuesday (Bandar Seri Begawan, the
    # city the aircraft left). Nay Pyi Taw "in November 2014" -> month; Manila "in 2017" -> year.
    # Singapore programme: dinner tonight, and four separate encounters on Thursday ("and, separately").
    ("005", "2024-09-04", False, [
        ev("2024-09-04-bandar-seri-begawan-bolkiah-modi", M, OCC, "2024-09-04", "Bandar Seri Begawan",
           [MODI, BOLKIAH], [],
           "Prime Minister Narendra Modi held talks with Sultan Haji Hassanal Bolkiah this morning"),
        ev("2024-09-03-bandar-seri-begawan-al-muhtadee-billah-modi", M, OCC, "2024-09-03",
           "Bandar Seri Begawan", [MUHTADEE, MODI], [],
           "Crown Prince Al-Muhtadee Billah received Mr Modi at the airport on arrival"),
        ev("2014-11-12-naypyidaw-bolkiah-modi", M, OCC, "2014-11", "Naypyidaw", [MODI, BOLKIAH], [],
           "met on the sidelines of the ASEAN summit in Nay Pyi Taw in November 2014"),
        ev("2017-11-14-manila-bolkiah-modi", M, OCC, "2017", "Manila", [MODI, BOLKIAH], [],
           "and again at the East Asia Summit in Manila in 2017"),
        ev("2024-09-04-singapore-modi-wong", M, PLN, "2024-09-04", "Singapore", [MODI, WONG], [],
           "Mr Modi will be hosted for dinner by Prime Minister Lawrence Wong this evening"),
        ev("2024-09-05-singapore-modi-wong", M, PLN, "2024-09-05", "Singapore", [MODI, WONG], [],
           "On Thursday he will hold formal talks with Wong"),
        ev("2024-09-05-singapore-modi-tharman", M, PLN, "2024-09-05", "Singapore", [MODI, THARMAN], [],
           "and call on President Tharman Shanmugaratnam"),
        ev("2024-09-05-singapore-lee-modi", M, PLN, "2024-09-05", "Singapore", [MODI, LEE_HL], [],
           "He is also due to meet Senior Minister Lee Hsien Loong and, separately"),
        ev("2024-09-05-singapore-goh-modi", M, PLN, "2024-09-05", "Singapore", [MODI, GOH], [],
           "separately, Emeritus Senior Minister Goh Chok Tong on Thursday"),
    ], ["'after the Sultan's banquet lunch at the palace' (inside the same day's talks)",
        "'Delegation-level talks have followed the one-on-one' (same event)",
        "'MEA Secretary (East) Jaideep Mazumdar, at a briefing' (briefing)",
        "'inaugurated the new chancery', 'visited the Omar Ali Saifuddien Mosque', 'addressed members of the Indian community' (no diplomatic encounter)",
        "'In a post on X he said' (social media)",
        "Trending now / Latest news (furniture)"]),

    # 006 Translated Vietnamese page, manifest null; date line "Thu Hai, 11/11/1991 | Monday,
    # 11/11/1991" -> published Mon 11 Nov 1991. "Last Tuesday" = 5 Nov (also "ran from 5 to 10
    # November"); Cam-Qian signing "During the visit" -> 1991-11; Chengdu "in September of last year"
    # -> 1990-09; Cam in Beijing "In September of this year" -> 1991-09, two separate talks.
    # Diacritics in the first mention (Do Muoi, Vo Van Kiet); "Giang Trach Dan" = Jiang Zemin.
    ("006", "1991-11-11", True, [
        ev("1991-11-05-beijing-do-muoi-jiang-li-vo-van-kiet", M, OCC, "1991-11-05", "Beijing",
           [JIANG, LI_PENG, DO_MUOI, VO_VAN_KIET], [],
           "Jiang Zemin and Premier Li Peng received comrade Do Muoi and comrade Vo Van Kiet"),
        ev("1991-11-beijing-cam-qian", M, OCC, "1991-11", "Beijing", [CAM, QIAN], [],
           "Nguyen Manh Cam and his Chinese counterpart Qian Qichen signed an agreement on trade"),
        ev("1990-09-03-chengdu-do-muoi-jiang-li-nguyen-van-linh-pham-van-dong", M, OCC, "1990-09",
           "Chengdu", [LINH, DO_MUOI, DONG, JIANG, LI_PENG], [],
           "the secret meeting in Chengdu in September of last year"),
        ev("1991-09-beijing-cam-li", M, OCC, "1991-09", "Beijing", [CAM, LI_PENG], [],
           "held separate talks with Premier Li Peng and Foreign Minister Qian Qichen"),
        ev("1991-09-beijing-cam-qian", M, OCC, "1991-09", "Beijing", [CAM, QIAN], [],
           "held separate talks with Premier Li Peng and Foreign Minister Qian Qichen"),
    ], ["'returned to Ha Noi yesterday evening' (travel)",
        "'The joint communique published in Beijing on Sunday' (statement)",
        "'The two sides agreed to keep up regular high-level contacts' (vague)",
        "'Whether the delegation was received by comrade Deng Xiaoping has not been made public' (unconfirmed)",
        "'an interview given to the Xinhua agency' (interview)",
        "'The Politburo will hear the delegation's report later this week' (internal)",
        "Related stories (furniture)"]),

    # 007 Japanese English daily, "1978/10/24 (Tue)" -> "yesterday" = 23 Oct, "on Sunday" = 22 Oct
    # (arrival only), "on Wednesday" = 25 Oct (future). "Teng Hsiao-ping" = Deng Xiaoping (Wade-Giles),
    # "Peking" = Beijing. The ratification exchange and the afternoon talks at the residence are one
    # occasion stated in one sentence; the imperial lunch is a separate encounter. The residence and
    # palace are in Tokyo (Tokyo's Haneda Airport; Akasaka).
    ("007", "1978-10-24", False, [
        ev("1978-10-23-tokyo-deng-fukuda-huang-sonoda", M, OCC, "1978-10-23", "Tokyo",
           [DENG, FUKUDA, SONODA, HUANG_HUA], [],
           "watched their foreign ministers, Sunao Sonoda and Huang Hua, exchange the instruments of ratification"),
        ev("1978-10-23-tokyo-deng-hirohito", M, OCC, "1978-10-23", "Tokyo", [HIROHITO, DENG], [],
           "Emperor Hirohito received the vice premier for lunch at the Imperial Palace"),
        ev("1978-10-25-tokyo-deng-fukuda", M, PLN, "1978-10-25", "Tokyo", [DENG, FUKUDA], [],
           "Teng and Fukuda will hold a second round of talks on Wednesday"),
        ev("1978-08-12-beijing-huang-sonoda", M, OCC, "1978-08-12", "Beijing", [SONODA, HUANG_HUA], [],
           "The treaty itself was signed in Peking on Aug. 12 by Sonoda and Huang"),
    ], ["'arrived at Tokyo's Haneda Airport on Sunday afternoon' (travel, no encounter stated)",
        "'At the dinner given in his honor by the prime minister last night' (same day and occasion; speech)",
        "'Tass yesterday repeated Moscow's objection' (statement)",
        "'Right-wing sound trucks circled the Akasaka area' (protest)",
        "'a press conference at the Japan National Press Club on Wednesday' (press conference)",
        "'will tour a car plant ... before traveling to Kyoto and Nara' (travel)",
        "Most read (furniture)"]),

    # 008 Wire, "Sunday, September 5, 1999"; dispatch "SHARM EL-SHEIKH, Egypt, Sept. 4" ->
    # "tonight" and "on Saturday afternoon" = 4 Sep; "last October" = 1998-10; "on July 11" and
    # "in July" = 1999; "on September 13" planned. Witnesses placed at the ceremony -> participants.
    # Clinton "telephoned Barak and Arafat separately" -> two calls. Erez launch: "the two sides" ->
    # groups Israel and Palestinians.
    ("008", "1999-09-05", False, [
        ev("1999-09-04-sharm-el-sheikh-abdullah-albright-arafat-barak-mubarak", M, OCC, "1999-09-04",
           "Sharm el-Sheikh", [BARAK, ARAFAT, MUBARAK, ABDULLAH_II, ALBRIGHT], [],
           "Ehud Barak and Palestinian leader Yasser Arafat signed an agreement here tonight"),
        ev("1999-09-04-barak-clinton-call", C, OCC, "1999-09-04", None, [CLINTON, BARAK], [],
           "President Bill Clinton telephoned Barak and Arafat separately on Saturday afternoon"),
        ev("1999-09-04-arafat-clinton-call", C, OCC, "1999-09-04", None, [CLINTON, ARAFAT], [],
           "President Bill Clinton telephoned Barak and Arafat separately on Saturday afternoon"),
        ev("1998-10-23-washington-arafat-clinton-hussein-netanyahu", M, OCC, "1998-10", "Washington",
           [ARAFAT, NETANYAHU, CLINTON, HUSSEIN], [],
           "the accord signed at the White House last October by Arafat and Benjamin Netanyahu"),
        ev("1999-07-11-erez-arafat-barak", M, OCC, "1999-07-11", "Erez", [BARAK, ARAFAT], [],
           "Barak and Arafat first met as negotiating partners at the Erez crossing on July 11"),
        ev("1999-07-09-alexandria-barak-mubarak", M, OCC, "1999-07", "Alexandria", [BARAK, MUBARAK], [],
           "His first trip abroad as prime minister was to see Mubarak in Alexandria in July"),
        ev("1999-09-13-erez-israel-palestinians", M, PLN, "1999-09-13", "Erez", [],
           ["Israel", "Palestinians"],
           "Final-status negotiations are to be formally opened by the two sides at the Erez crossing"),
    ], ["'Albright had shuttled between Alexandria, Jerusalem and Ramallah since Thursday' (no encounter stated)",
        "'Arafat, in a speech after the signing' (speech)",
        "'Barak's cabinet is to vote on the memorandum on Sunday' (internal); 'the Knesset will debate it' (internal)",
        "'talks with Syria could resume \"if Damascus is ready\", but no contacts have been scheduled' (hypothetical, negation)",
        "Related stories: 'Albright heads home via Rabat' (furniture)"]),

    # 009 Central Asian site, manifest null; timestamp "March 15th, 2018, 7:40 PM" -> "today" =
    # Thu 15 Mar, "yesterday" = 14 Mar, "on Tuesday" = 13 Mar, "Last Friday" = 9 Mar (previous
    # week), "next year" (planned) = 2019. Variants: Mirziyoev, Zheenbekov, Rakhmon.
    # Nazarbayev-Rahmon "with full delegations" -> groups Kazakhstan, Tajikistan.
    ("009", "2018-03-15", True, [
        ev("2018-03-15-astana-jeenbekov-mirziyoyev-nazarbayev-nurberdiyeva-rahmon", M, OCC, "2018-03-15",
           "Astana", [NAZARBAYEV, MIRZIYOYEV, JEENBEKOV, RAHMON, NURBERDIYEVA], [],
           "held a consultative meeting at the Akorda presidential palace today"),
        ev("2018-03-15-astana-jeenbekov-nazarbayev", M, OCC, "2018-03-15", "Astana",
           [NAZARBAYEV, JEENBEKOV], [],
           "Before the session, Nazarbayev received Jeenbekov for a one-on-one conversation"),
        ev("2018-03-14-astana-nazarbayev-rahmon", M, OCC, "2018-03-14", "Astana", [RAHMON, NAZARBAYEV],
           ["Kazakhstan", "Tajikistan"],
           "yesterday he and Nazarbayev held talks in narrow and then expanded format, with full delegations"),
        ev("2018-03-09-dushanbe-mirziyoyev-rahmon", M, OCC, "2018-03-09", "Dushanbe",
           [RAHMON, MIRZIYOYEV], [],
           "Last Friday the Tajik leader had hosted Mirziyoyev in Dushanbe"),
        ev("2018-03-13-berdimuhamedov-nazarbayev-call", C, OCC, "2018-03-13", None,
           [BERDIMUHAMEDOV, NAZARBAYEV], [],
           "he telephoned Nazarbayev on Tuesday to explain his absence"),
        ev("2019-11-29-tashkent-mirziyoyev", M, PLN, "2019", "Tashkent", [MIRZIYOYEV], [],
           "The next consultative meeting will be held in Tashkent next year, with Mirziyoyev as host"),
    ], ["'Berdimuhamedov was on a long-planned trip to the Gulf' (travel, no encounter)",
        "'We kept in contact all these years, but we did not sit together' (vague, negation)",
        "'who floated it at the UN General Assembly last September' (speech)",
        "'agreed to gather every year on the eve of Nowruz', 'regular five-way meetings of their security council secretaries' (habitual)",
        "'A proposal to set up a permanent secretariat was left for later' (proposal)",
        "Read more (furniture)"]),

    # 010 Radio transcript, "Tuesday 14 June 1988" -> talks "opened on Monday" (13 Jun) and "are due
    # to end on Wednesday" (15 Jun): one round under way -> occurred with date_end; "tomorrow
    # morning" = 15 Jun (planned). Davos "at the end of January" -> 1988-01; Brussels "in March" ->
    # 1988-03; "on May 27" -> 1988-05-27 "here in Athens". Ozal / Özal spellings.
    ("010", "1988-06-14", False, [
        ev("1988-06-13-athens-ozal-papandreou", M, OCC, "1988-06-13", "Athens", [OZAL, PAPANDREOU], [],
           "are in the middle of three days of talks which opened on Monday",
           date_end="1988-06-15"),
        ev("1988-01-30-davos-ozal-papandreou", M, OCC, "1988-01", "Davos", [OZAL, PAPANDREOU], [],
           "It began in the Swiss resort of Davos at the end of January"),
        ev("1988-03-04-brussels-ozal-papandreou", M, OCC, "1988-03", "Brussels", [OZAL, PAPANDREOU], [],
           "They met again in Brussels in March, on the sidelines of the NATO summit"),
        ev("1988-05-27-athens-papoulias-yilmaz", M, OCC, "1988-05-27", "Athens", [PAPOULIAS, YILMAZ], [],
           "on May 27, the foreign ministers, Karolos Papoulias and Mesut Yilmaz, signed a memorandum"),
        ev("1988-06-15-athens-ozal-sartzetakis", M, PLN, "1988-06-15", "Athens", [OZAL, SARTZETAKIS], [],
           "Mr Ozal is to call on the President of the Republic, Christos Sartzetakis, tomorrow morning"),
    ], ["'the first visit to Greece by a Turkish head of government in thirty-six years' (count)",
        "'The two men conferred again for most of today' (inside the three-day round)",
        "'A return visit by Mr Papandreou to Ankara has been mentioned, but no date has been set' (vague)",
        "'Several thousand marched towards the Turkish embassy' (protest)",
        "'Cypriot President George Vassiliou is not part of these talks' (negation)",
        "'Mr Ozal addressed Greek businessmen' (speech); 'the Greek cabinet met this morning' (internal)",
        "Most popular (furniture)"]),

    # 011 Pacific broadcaster, "Monday 16 October 2000" -> "yesterday" and "last night" = Sun 15 Oct,
    # "last Monday" = 9 Oct, "in late August" = 2000-08, "on 28 June 1999", "at the end of the month"
    # (future) = 2000-10. Signing: named MEF and IFM leaders + the governments -> groups.
    # Downer "met the delegations at the venue" (Townsville). Te Kaha "anchored off Honiara".
    ("011", "2000-10-16", False, [
        ev("2000-10-15-townsville-kabutaulaka-nori-rua-tee", M, OCC, "2000-10-15", "Townsville",
           [NORI, RUA, TEE, KABUTAULAKA],
           [MEF, IFM, SI, "Malaita Province", "Guadalcanal Province"],
           "The agreement was signed yesterday by leaders of the Malaita Eagle Force"),
        ev("2000-10-09-townsville-downer", M, OCC, "2000-10-09", "Townsville", [DOWNER], [MEF, IFM, SI],
           "Alexander Downer met the delegations at the venue"),
        ev("2000-10-15-howard-sogavare-call", C, OCC, "2000-10-15", None, [HOWARD, SOGAVARE], [],
           "John Howard telephoned Mr Sogavare last night to congratulate him"),
        ev("2000-08-25-honiara-isatabu-freedom-movement-malaita-eagle-force", M, OCC, "2000-08", "Honiara",
           [], [MEF, IFM],
           "A peace conference aboard the New Zealand frigate Te Kaha, anchored off Honiara"),
        ev("1999-06-28-honiara-guadalcanal-province-solomon-islands", M, OCC, "1999-06-28", "Honiara",
           [], [SI, "Guadalcanal Province"],
           "signed between the national government and Guadalcanal province on 28 June 1999"),
        ev("2000-10-27-tarawa-pacific-islands-forum", M, PLN, "2000-10", "Tarawa", [],
           ["Pacific Islands Forum"],
           "Pacific Islands Forum leaders meet in Tarawa at the end of the month"),
    ], ["'In a radio interview, he later said' (interview)",
        "'Prime Minister Manasseh Sogavare, who stayed in Honiara, welcomed the deal in a statement' (statement, not present)",
        "'Harold Keke did not take part in the talks and has not signed' (negation)",
        "'A peace monitoring council is to be set up at a date still to be fixed' (vague)",
        "'The delegations fly home today' (travel)",
        "Related stories (furniture)"]),

    # 012 Photo gallery, "Monday, March 18, 1985"; caption 1 dates the arrival "Sunday, March 17,
    # 1985, at the start of a two-day summit that ends today" -> one summit 17-18 Mar (date_end);
    # the working session, envoys' announcement, gala and joint appearance are all inside it.
    # "last September" = 1984-09; "in March 1981"; "next year" (planned) = 1986.
    ("012", "1985-03-18", False, [
        ev("1985-03-17-quebec-city-mulroney-reagan", M, OCC, "1985-03-17", "Quebec City",
           [MULRONEY, MILA, REAGAN, NANCY], [],
           "Quebec City airport on Sunday, March 17, 1985, at the start of a two-day summit",
           date_end="1985-03-18"),
        ev("1984-09-25-washington-mulroney-reagan", M, OCC, "1984-09", "Washington", [MULRONEY, REAGAN], [],
           "was received by Reagan at the White House last September"),
        ev("1981-03-10-ottawa-reagan-trudeau", M, OCC, "1981-03", "Ottawa", [REAGAN, TRUDEAU], [],
           "was to Ottawa in March 1981, when Pierre Trudeau was his host"),
        ev("1986-03-18-washington-mulroney-reagan", M, PLN, "1986", "Washington", [REAGAN, MULRONEY], [],
           "They agreed to meet again in Washington next year"),
    ], ["'The envoys are to report within a year' (no meeting)",
        "'join the cast on stage at the Grand Theatre on Sunday night' (inside the summit)",
        "'Demonstrators opposed to cruise missile testing' (protest); 'marked by protests on Parliament Hill' (protest)",
        "'the two agreed then to hold annual meetings' (habitual)",
        "'Ed Broadbent speaks to reporters ... said he had not been asked to meet the president' (remarks, negation)",
        "'at a joint appearance before reporters this morning' (press appearance, inside the summit)",
        "More galleries (furniture)"]),

    # 013 Q&A explainer, "Friday, November 4, 2016" -> "yesterday" = Thu 3 Nov; "on the night of
    # August 30" = 2016-08-30; "next week" (planned) = 2016-11. Malacanang Palace -> Manila.
    # 1976: Imelda Marcos met "Qaddafi" (= Gaddafi) in Tripoli "In November 1976"; signing "on
    # December 23, 1976 ... in the Libyan capital" with facilitators; her call "the day before the
    # signing" = 22 Dec 1976. Davao City talks: "the government would sit down with MNLF
    # representatives" -> groups only.
    ("013", "2016-11-04", False, [
        ev("2016-11-03-manila-duterte-misuari", M, OCC, "2016-11-03", "Manila", [MISUARI, DUTERTE], [],
           "met President Rodrigo Duterte behind closed doors at Malacanang Palace in Manila"),
        ev("2016-11-03-jolo-dureza-misuari", M, OCC, "2016-11-03", "Jolo", [DUREZA, MISUARI], [],
           "Presidential peace adviser Jesus Dureza met Misuari in Jolo yesterday morning"),
        ev("2016-08-30-duterte-misuari-call", C, OCC, "2016-08-30", None, [DUTERTE, MISUARI], [],
           "They spoke by telephone on the night of August 30"),
        ev("1976-11-tripoli-gaddafi-marcos", M, OCC, "1976-11", "Tripoli", [IMELDA, GADDAFI], [],
           "flew to Tripoli and met Colonel Muammar Qaddafi"),
        ev("1976-12-23-tripoli-barbero-gaye-misuari-treki", M, OCC, "1976-12-23", "Tripoli",
           [BARBERO, MISUARI, TREKI, GAYE], [],
           "Undersecretary Carmelo Barbero and Misuari signed the agreement in the Libyan capital"),
        ev("1976-12-22-gaddafi-marcos-call", C, OCC, "1976-12-22", None, [IMELDA, GADDAFI], [],
           "Mrs Marcos telephoned Qaddafi the day before the signing"),
        ev("2016-11-davao-city-moro-national-liberation-front-philippines", M, PLN, "2016-11", "Davao City",
           [], ["Philippines", "Moro National Liberation Front"],
           "the government would sit down with MNLF representatives in Davao City next week"),
    ], ["'Duterte then invited him to speak from the presidential podium' (speech, inside the meeting day)",
        "'A Pasig court had suspended the arrest warrants' (court)",
        "'Duterte said he was ready to fly to Jolo himself, while Misuari insisted on talks in Kuala Lumpur ... Neither happened' (hypothetical, rejected proposal)",
        "'Duterte told reporters the next day' (remarks)",
        "'he wants a federal system \"in two or three years\"' (statement)",
        "'Families of victims ... said they were not consulted' (negation)",
        "RELATED (furniture)"]),

    # 014 Obituary with NO date anywhere on the page (manifest null; true date Thu 5 Mar 2020).
    # Absolute dates stand: "On August 25 that year" (1988), "In January 1985", "On January 13,
    # 1991", "In October that year" (1991). The condolence call "on Thursday" cannot be anchored to
    # a year on the page -> date null. UN headquarters -> New York.
    ("014", "2020-03-05", True, [
        ev("1988-08-25-geneva-aziz-perez-de-cuellar-velayati", M, OCC, "1988-08-25", "Geneva",
           [PEREZ_DE_CUELLAR, VELAYATI, AZIZ], [],
           "he brought the foreign ministers of Iran and Iraq, Ali Akbar Velayati and Tariq Aziz"),
        ev("1985-01-17-new-york-denktas-kyprianou-perez-de-cuellar", M, OCC, "1985-01", "New York",
           [PEREZ_DE_CUELLAR, KYPRIANOU, DENKTAS], [],
           "In January 1985 he hosted the Greek Cypriot and Turkish Cypriot leaders"),
        ev("1991-01-13-baghdad-perez-de-cuellar-saddam", M, OCC, "1991-01-13", "Baghdad",
           [PEREZ_DE_CUELLAR, SADDAM], [],
           "he flew to Baghdad and spent more than two hours with Saddam Hussein"),
        ev("1991-10-23-paris-perez-de-cuellar-sihanouk", M, OCC, "1991-10", "Paris",
           [PEREZ_DE_CUELLAR, SIHANOUK], ["Cambodian parties"],
           "In October that year he was in Paris to watch Prince Norodom Sihanouk"),
        ev("2020-03-05-guterres-vizcarra-call", C, OCC, None, None, [GUTERRES, VIZCARRA], [],
           "Antonio Guterres spoke by telephone with Vizcarra on Thursday to offer his condolences"),
    ], ["'has died at his home in Lima ..., his son said on Wednesday' (death, statement)",
        "'During the Falklands crisis of 1982 he held dozens of sessions' (counted, vague)",
        "'he lost the 1995 presidential election' and 'served as prime minister in the transition' (not meetings)",
        "'Vizcarra called him \"an outstanding Peruvian\" in a post on Twitter' (social media)",
        "'A funeral mass will be held in the cathedral on Friday' (no diplomatic encounter)",
        "Read more (furniture)"]),
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
