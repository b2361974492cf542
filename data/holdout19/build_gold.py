#!/usr/bin/env python3
"""Generate gold.jsonl and manifest.jsonl for the holdout19 blind held-out corpus.

Run:  python3 data/holdout19/build_gold.py   then   python3 data/eval/validate.py data/holdout19
Each article lists its true publication date, whether the manifest hides it, its gold
events, and (for documentation only) the traps it contains that must NOT be extracted.
holdout19 is a BLIND held-out set: developers must not read its pages or this gold.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

# canonical names
FUJIMORI, MAHUAD, CARDOSO, MENEM, FREI, MCLARTY, TRAZEGNIES, AYALA, B_CLINTON = (
    "Alberto Fujimori", "Jamil Mahuad", "Fernando Henrique Cardoso", "Carlos Menem", "Eduardo Frei Ruiz-Tagle",
    "Thomas McLarty", "Fernando de Trazegnies", "Jose Ayala Lasso", "Bill Clinton")
FRANCIS, KIRILL, KOCH, HILARION, RAUL, FIDEL, PENA_NIETO = (
    "Pope Francis", "Patriarch Kirill", "Kurt Koch", "Hilarion Alfeyev", "Raul Castro", "Fidel Castro",
    "Enrique Pena Nieto")
AKAYEV, JIANG, NAZARBAYEV, YELTSIN, RAHMON = (
    "Askar Akayev", "Jiang Zemin", "Nursultan Nazarbayev", "Boris Yeltsin", "Emomali Rahmon")
KOIRALA, DAHAL, SITAULA, MAHARA = (
    "Girija Prasad Koirala", "Pushpa Kamal Dahal", "Krishna Prasad Sitaula", "Krishna Bahadur Mahara")
NALBANDIAN, DAVUTOGLU, CALMY_REY, H_CLINTON, LAVROV, KOUCHNER, SOLANA, ZBOGAR, GUL, SARGSYAN, OBAMA = (
    "Edward Nalbandian", "Ahmet Davutoglu", "Micheline Calmy-Rey", "Hillary Clinton", "Sergey Lavrov",
    "Bernard Kouchner", "Javier Solana", "Samuel Zbogar", "Abdullah Gul", "Serzh Sargsyan", "Barack Obama")
KUFUOR, TAYLOR, ABUBAKAR, CHEA, OBASANJO, GW_BUSH, AKUFO_ADDO, BLAH, MBEKI, CHISSANO = (
    "John Kufuor", "Charles Taylor", "Abdulsalami Abubakar", "Daniel Chea", "Olusegun Obasanjo", "George W. Bush",
    "Nana Akufo-Addo", "Moses Blah", "Thabo Mbeki", "Joaquim Chissano")
MUSHARRAF, NARAYANAN, VAJPAYEE, PUTIN, KOIZUMI, POWELL = (
    "Pervez Musharraf", "K. R. Narayanan", "Atal Bihari Vajpayee", "Vladimir Putin", "Junichiro Koizumi",
    "Colin Powell")
ALBRIGHT, THACI, KIM_JONG_IL, KIM_DAE_JUNG, MELES, ISAIAS, BOUTEFLIKA, ANNAN = (
    "Madeleine Albright", "Hashim Thaci", "Kim Jong-il", "Kim Dae-jung", "Meles Zenawi", "Isaias Afwerki",
    "Abdelaziz Bouteflika", "Kofi Annan")
KISHIDA, YUN, PARK, ABE, LI_KEQIANG = (
    "Fumio Kishida", "Yun Byung-se", "Park Geun-hye", "Shinzo Abe", "Li Keqiang")
BOLKIAH, TRAN_DUC_LUONG, PHAN_VAN_KHAI, LE_KHA_PHIEU, BARSHEFSKY, VU_KHOAN = (
    "Hassanal Bolkiah", "Tran Duc Luong", "Phan Van Khai", "Le Kha Phieu", "Charlene Barshefsky", "Vu Khoan")
DHLAKAMA, MUGABE, BOTHA, RICCARDI, ZUPPI, GONCALVES, RAFFAELLI, GUEBUZA, DOMINGOS = (
    "Afonso Dhlakama", "Robert Mugabe", "Pik Botha", "Andrea Riccardi", "Matteo Zuppi", "Jaime Goncalves",
    "Mario Raffaelli", "Armando Guebuza", "Raul Domingos")
MODI, XI, SWARAJ, WANG_YI = "Narendra Modi", "Xi Jinping", "Sushma Swaraj", "Wang Yi"
DAGALO, IDRIS, MINNAWI, AGAR, IBRAHIM, BURHAN, HAMDOK, KIIR, DEBY, SAHLE_WORK, ABIY, HILU = (
    "Mohamed Hamdan Dagalo", "Al-Hadi Idris", "Minni Minnawi", "Malik Agar", "Gibril Ibrahim",
    "Abdel Fattah al-Burhan", "Abdalla Hamdok", "Salva Kiir", "Idriss Deby", "Sahle-Work Zewde", "Abiy Ahmed",
    "Abdelaziz al-Hilu")
KHATAMI, SCALFARO, DALEMA, JOHN_PAUL, ABDULLAH = (
    "Mohammad Khatami", "Oscar Luigi Scalfaro", "Massimo D'Alema", "Pope John Paul II", "Abdullah bin Abdulaziz")
CARTER, NUNN, C_POWELL, CEDRAS, BIAMBY, JONASSAINT, SHELTON, KIM_IL_SUNG, KIM_YOUNG_SAM = (
    "Jimmy Carter", "Sam Nunn", "Colin Powell", "Raoul Cedras", "Philippe Biamby", "Emile Jonassaint",
    "Hugh Shelton", "Kim Il-sung", "Kim Young-sam")


def ev(key, kind, status, date, location, participants, groups, evidence, date_end=None):
    e = {"key": key, "kind": kind, "status": status, "date": date}
    if date_end:
        e["date_end"] = date_end
    e.update({"location": location, "participants": participants, "groups": groups,
              "evidence": evidence})
    return e


M, C, OCC, PLN = "meeting", "call", "occurred", "planned"

SHANGHAI_FIVE = [AKAYEV, JIANG, NAZARBAYEV, YELTSIN, RAHMON]
NEPAL_SIDES = ["Government of Nepal", "Communist Party of Nepal (Maoist)"]
LIBERIA_SIDES = ["Government of Liberia", "LURD", "MODEL"]
HAITI_TEAM = [CARTER, NUNN, C_POWELL]

ARTICLES = [
    # Monday wire, dateline "BRASILIA, Oct 26", page "26 Oct 1998 - 19:05 GMT".
    # "signed a definitive peace agreement at the Itamaraty Palace on Monday" -> 26 Oct 1998 (publication day);
    #   present: the two presidents, host Cardoso, Menem, Frei, McLarty (standing in for Clinton), and the two
    #   foreign ministers who "signed next to them". The lunch Cardoso hosted afterwards is the same occasion.
    # "on Oct. 9, when Clinton received both presidents together at the White House" -> 9 Oct 1998, Washington.
    # "the Itamaraty Declaration, which envoys of the guarantors signed in the same building on Feb. 17, 1995,
    #   together with the deputy foreign ministers of the two countries" -> Brasilia (same building); nobody named:
    #   groups only.
    # "Ayala Lasso and de Trazegnies are due to meet in Lima next month" -> planned, 1998-11 (invented detail, month
    #   key).
    ("000_ec_pe_brasilia_peace_wire", "1998-10-26", False, [
        ev("1998-10-26-brasilia-ayala-lasso-cardoso-de-trazegnies-frei-fujimori-mahuad-mclarty-menem", M, OCC,
           "1998-10-26", "Brasilia",
           [FUJIMORI, MAHUAD, CARDOSO, MENEM, FREI, MCLARTY, TRAZEGNIES, AYALA], [],
           "presidents of Peru and Ecuador signed a definitive peace agreement at the Itamaraty Palace"),
        ev("1998-10-09-washington-clinton-fujimori-mahuad", M, OCC, "1998-10-09", "Washington",
           [B_CLINTON, FUJIMORI, MAHUAD], [],
           "when Clinton received both presidents together at the White House"),
        ev("1995-02-17-brasilia-ecuador-peru-guarantors", M, OCC, "1995-02-17", "Brasilia", [],
           ["Ecuador", "Peru", "Argentina", "Brazil", "Chile", "United States"],
           "envoys of the guarantors signed in the same building on Feb. 17, 1995"),
        ev("1998-11-lima-ayala-lasso-de-trazegnies", M, PLN, "1998-11", "Lima", [AYALA, TRAZEGNIES], [],
           "Ayala Lasso and de Trazegnies are due to meet in Lima next month"),
    ], ["'Cardoso then hosted the delegations for lunch in the palace' (same occasion as the signing)",
        "'The two leaders have met about ten times since Mahuad took office in August' (counted)",
        "'both congresses agreed to let the guarantors draw the last stretch' (domestic votes)",
        "'Mahuad told the hall ...'; 'Fujimori ... called the treaty a foundation' (statements)",
        "'Fujimori, who flew back to Lima straight after the ceremony' (travel)",
        "'Menem said Argentina would consider sending engineers' (hypothetical)",
        "'protesters burned tyres outside Congress' (not diplomacy)",
        "RELATED / MOST READ: 'Fujimori to meet Japanese creditors', 'Mahuad and IMF mission hold talks', 'Frei "
        "hosts Bolivian foreign minister', 'Andean Pact ministers to meet in Cartagena' (furniture)"]),

    # Friday live blog ("Friday 12 February 2016"; times Havana).
    # 17:45 "Francis is due to be received by President Enrique Peña Nieto at the National Palace tomorrow" -> planned,
    #   13 Feb 2016, Mexico City.
    # 17:10 "he will call on Fidel Castro at the former leader's home in Havana on Saturday" -> planned, 13 Feb 2016.
    # 14:35 "Francis and Kirill embraced in the presidential lounge of José Martí airport" -> 12 Feb 2016, Havana;
    #   Koch and Hilarion "are the only others at the table". The 16:40 signing of the declaration is the same
    #   occasion (same meeting, second room).
    # 14:20 "Raúl Castro greeted the Pope ... the two spoke alone for about ten minutes in a side room" -> separate
    #   encounter (different parties), 12 Feb 2016, Havana.
    # 12:05 "He was received by Kirill in Moscow on 8 May last year and by Francis at the Vatican two days later" ->
    #   8 May 2015 Moscow; 10 May 2015 Vatican City. "Francis was last in Havana in September, when Castro hosted him
    #   at the Palace of the Revolution" -> most recent September = 2015-09 (key: 20 Sep 2015).
    # 10:30 "Kirill ... spent the morning at the Palace of the Revolution, where Castro received him for talks" ->
    #   12 Feb 2016, Havana.
    ("001_va_ru_havana_airport_liveblog", "2016-02-12", False, [
        ev("2016-02-13-mexico-city-francis-pena-nieto", M, PLN, "2016-02-13", "Mexico City", [FRANCIS, PENA_NIETO],
           [], "due to be received by President Enrique Peña Nieto at the National Palace tomorrow"),
        ev("2016-02-13-havana-castro-kirill", M, PLN, "2016-02-13", "Havana", [KIRILL, FIDEL], [],
           "he will call on Fidel Castro at the former leader's home in Havana on Saturday"),
        ev("2016-02-12-havana-alfeyev-francis-kirill-koch", M, OCC, "2016-02-12", "Havana",
           [FRANCIS, KIRILL, KOCH, HILARION], [],
           "Francis and Kirill embraced in the presidential lounge of José Martí airport"),
        ev("2016-02-12-havana-castro-francis", M, OCC, "2016-02-12", "Havana", [RAUL, FRANCIS], [],
           "the two spoke alone for about ten minutes in a side room"),
        ev("2015-05-08-moscow-castro-kirill", M, OCC, "2015-05-08", "Moscow", [RAUL, KIRILL], [],
           "He was received by Kirill in Moscow on 8 May last year"),
        ev("2015-05-10-vatican-city-castro-francis", M, OCC, "2015-05-10", "Vatican City", [RAUL, FRANCIS], [],
           "and by Francis at the Vatican two days later"),
        ev("2015-09-20-havana-castro-francis", M, OCC, "2015-09", "Havana", [RAUL, FRANCIS], [],
           "when Castro hosted him at the Palace of the Revolution"),
        ev("2016-02-12-havana-castro-kirill", M, OCC, "2016-02-12", "Havana", [RAUL, KIRILL], [],
           "where Castro received him for talks on the Orthodox community in Cuba"),
    ], ["'before flying on to Paraguay, Chile and Brazil' (travel)",
        "16:40 the signing of the joint declaration (same occasion as the Francis-Kirill meeting)",
        "'Francis told reporters on the plane ... he would probably go to Colombia next year if its peace deal is "
        "signed' (press; hypothetical)",
        "'the first meeting between a pope and a Russian patriarch since the churches split in 1054' (no earlier "
        "occasion)",
        "'Metropolitan Hilarion told a briefing in Moscow' (press)",
        "'The Cuban bishops' conference meets next week' (internal to one body)",
        "'Kirill, who landed on Thursday' (arrival)",
        "MOST READ: 'Cuban and US officials meet in Washington on direct mail flights', 'Havana port authority meets "
        "Chinese shipping delegation' (furniture)"]),

    # Press release reposted by a portal; manifest null. Page "Posted: 26.04.1996" and release line "Shanghai,
    # 26 April 1996" -> "today" = 26 Apr 1996 (a Friday).
    # "signed in the afternoon at the Shanghai Exhibition Centre by President Askar Akayev, ..." -> the five
    #   presidents (the "restricted session" before is the same occasion).
    # "President Jiang Zemin and President Boris Yeltsin held talks in Beijing the previous day" -> 25 Apr 1996.
    # "The heads of state agreed to meet again in Moscow next year" -> planned, "1997" (key: 24 Apr 1997).
    # "President Jiang Zemin accepted President Akayev's invitation to hold talks in Bishkek in July" -> planned,
    #   1996-07 (month key; the author does not know the day).
    ("002_kg_cn_ru_shanghai_border_release", "1996-04-26", True, [
        ev("1996-04-26-shanghai-akayev-jiang-nazarbayev-rahmon-yeltsin", M, OCC, "1996-04-26", "Shanghai",
           SHANGHAI_FIVE, [],
           "signed in the afternoon at the Shanghai Exhibition Centre by President Askar Akayev"),
        ev("1996-04-25-beijing-jiang-yeltsin", M, OCC, "1996-04-25", "Beijing", [JIANG, YELTSIN], [],
           "President Jiang Zemin and President Boris Yeltsin held talks in Beijing the previous day"),
        ev("1997-04-24-moscow-akayev-jiang-nazarbayev-rahmon-yeltsin", M, PLN, "1997", "Moscow", SHANGHAI_FIVE, [],
           "The heads of state agreed to meet again in Moscow next year"),
        ev("1996-07-bishkek-akayev-jiang", M, PLN, "1996-07", "Bishkek", [JIANG, AKAYEV], [],
           "President Jiang Zemin accepted President Akayev's invitation to hold talks in Bishkek in July"),
    ], ["'who had earlier met in a restricted session' (same occasion as the signing)",
        "'Negotiations on the text were conducted over several years by a joint delegation' (counted, vague)",
        "'President Akayev described the Agreement as a model' (statement)",
        "'President Akayev will address representatives of Shanghai business circles tomorrow' (speech, business)",
        "'The Government of the Kyrgyz Republic will examine the ratification documents at its meeting on Tuesday' "
        "(domestic)",
        "Reader comments (not article text about meetings)",
        "Related: 'Akayev and Karimov to discuss water sharing at border post', 'Kazakh delegation in Bishkek for "
        "customs talks' (furniture)"]),

    # Thursday interview ("Thursday 23 November 2006").
    # "You were at the convention centre on Tuesday evening" + "sign the Comprehensive Peace Accord at the Birendra
    #   International Convention Centre" -> 21 Nov 2006, Kathmandu.
    # "on 8 November, at the summit at Baluwatar, when Koirala and Prachanda sat down with the other leaders of the
    #   seven-party alliance" -> 8 Nov 2006, Kathmandu (Baluwatar residence); the other leaders unnamed: group.
    # "Prachanda came out in public for the first time on 16 June, to meet Koirala at the same residence" ->
    #   16 Jun 2006, Kathmandu.
    # "the two negotiating teams, led by Krishna Prasad Sitaula ... and Krishna Bahadur Mahara ..., had their first
    #   formal round at the Gokarna resort on 26 May" -> 26 May 2006, Gokarna.
    # "The government, the Maoists and the United Nations are due to sign a separate agreement on monitoring arms
    #   and armies in Kathmandu early next month" -> planned, 2006-12 (key: 8 Dec 2006).
    ("003_np_peace_accord_interview", "2006-11-23", False, [
        ev("2006-11-21-kathmandu-dahal-koirala", M, OCC, "2006-11-21", "Kathmandu", [KOIRALA, DAHAL], [],
           "sign the Comprehensive Peace Accord at the Birendra International Convention Centre"),
        ev("2006-11-08-kathmandu-dahal-koirala", M, OCC, "2006-11-08", "Kathmandu", [KOIRALA, DAHAL],
           ["Seven Party Alliance"],
           "when Koirala and Prachanda sat down with the other leaders of the seven-party alliance"),
        ev("2006-06-16-kathmandu-dahal-koirala", M, OCC, "2006-06-16", "Kathmandu", [DAHAL, KOIRALA], [],
           "Prachanda came out in public for the first time on 16 June, to meet Koirala"),
        ev("2006-05-26-gokarna-mahara-sitaula", M, OCC, "2006-05-26", "Gokarna", [SITAULA, MAHARA], NEPAL_SIDES,
           "had their first formal round at the Gokarna resort on 26 May"),
        ev("2006-12-08-kathmandu-nepal-maoists-united-nations", M, PLN, "2006-12", "Kathmandu", [],
           NEPAL_SIDES + ["United Nations"],
           "are due to sign a separate agreement on monitoring arms and armies in Kathmandu"),
    ], ["'The signing itself was held up by a week' (postponement of the same occasion)",
        "'the two leaders have spoken by telephone more often than anybody can count' (counted)",
        "'Prachanda was in Delhi last weekend speaking to a business audience' (speech)",
        "'Whether he meets the king ... he would do so only if the monarchy accepts a ceremonial role' (hypothetical)",
        "Related interviews: 'Madhesi leaders to meet home minister on Monday' (furniture, domestic)"]),

    # Sunday translated article ("Sunday, 11 October 2009"; original web edition on Saturday night).
    # "yesterday evening signed in the hall of the University of Zurich the two protocols" -> 10 Oct 2009, Zurich;
    #   hosted by Calmy-Rey, "in presence of" Clinton, Lavrov, Kouchner, Solana and Zbogar.
    # "turned back to the Dolder hotel, where she spent more than an hour with Mr. Nalbandyan" -> a separate encounter
    #   the same day, Zurich.
    # "From there she also spoke by telephone with Mr. Davutoglu" -> call, 10 Oct 2009.
    # "On 6 September of last year President Abdullah Gul came to Yerevan and watched the qualifier ... beside
    #   President Serzh Sargsyan, after the two held talks" -> 6 Sep 2008, Yerevan.
    # "on Wednesday will be in Bursa, where he will watch the return match with Mr. Gul" -> planned, 14 Oct 2009.
    # "Earlier this month, while Mr. Sargsyan was in Los Angeles, US President Barack Obama telephoned him" -> call,
    #   2009-10 (key: 5 Oct 2009, the date the White House side gives).
    ("004_am_tr_zurich_protocols_translated", "2009-10-11", False, [
        ev("2009-10-10-zurich-calmy-rey-clinton-davutoglu-kouchner-lavrov-nalbandian-solana-zbogar", M, OCC,
           "2009-10-10", "Zurich",
           [NALBANDIAN, DAVUTOGLU, CALMY_REY, H_CLINTON, LAVROV, KOUCHNER, SOLANA, ZBOGAR], [],
           "yesterday evening signed in the hall of the University of Zurich the two protocols"),
        ev("2009-10-10-zurich-clinton-nalbandian", M, OCC, "2009-10-10", "Zurich", [H_CLINTON, NALBANDIAN], [],
           "where she spent more than an hour with Mr. Nalbandyan"),
        ev("2009-10-10-clinton-davutoglu-call", C, OCC, "2009-10-10", None, [H_CLINTON, DAVUTOGLU], [],
           "she also spoke by telephone with Mr. Davutoglu, who was waiting at the university"),
        ev("2008-09-06-yerevan-gul-sargsyan", M, OCC, "2008-09-06", "Yerevan", [GUL, SARGSYAN], [],
           "On 6 September of last year President Abdullah Gul came to Yerevan"),
        ev("2009-10-14-bursa-gul-sargsyan", M, PLN, "2009-10-14", "Bursa", [SARGSYAN, GUL], [],
           "will be in Bursa, where he will watch the return match with Mr. Gul"),
        ev("2009-10-05-obama-sargsyan-call", C, OCC, "2009-10", None, [OBAMA, SARGSYAN], [],
           "US President Barack Obama telephoned him to support the normalisation"),
    ], ["'Swiss mediators then conducted many rounds of quiet talks, whose number was never published' (counted)",
        "'In Ankara the cabinet will examine them on Monday' (domestic)",
        "'The protocols must still pass through both parliaments' (domestic)",
        "'Prime Minister Erdogan repeated last week that the border would open only ...' (statement)",
        "'demonstrators met him in Paris, Los Angeles and Beirut' (protests, not diplomacy)",
        "'both sides agreed that no statements would be read' (no occasion)",
        "Read also: 'Nalbandyan will meet OSCE co-chairs in Chisinau' (furniture)"]),

    # Timeline explainer; manifest null. Page "Updated: 19 August 2003" (a Tuesday) and "in 2003" give the year.
    # 4 June: "opens the conference with Taylor and the LURD rebels in the hall" -> Accra; Kufuor, Taylor, Abubakar.
    # 17 June: "In Accra, the government, LURD and MODEL sign a ceasefire"; Chea and Abubakar named.
    # 6 July: Obasanjo "spends ninety minutes with Taylor in a lounge at the airport" -> Monrovia.
    # 12 July: "George W. Bush holds talks with Obasanjo in Abuja".
    # 31 July: "West African leaders, meeting at an ECOWAS summit" -> no place given: location null, no location in
    #   the key.
    # 2 August: Akufo-Addo "leads a mediation team to Monrovia and sees Taylor".
    # 11 August: handover at the Executive Mansion, Monrovia, watched by Kufuor, Mbeki and Chissano.
    # 18 August: "In Accra, the government, the two rebel movements and the political parties sign a comprehensive
    #   peace agreement".
    # "Thursday - The signatories are due to choose the chairman of the transitional government in Accra" -> planned,
    #   21 Aug 2003 (the Thursday after Tuesday 19 August).
    ("005_lr_taylor_exit_timeline", "2003-08-19", True, [
        ev("2003-06-04-accra-abubakar-kufuor-taylor", M, OCC, "2003-06-04", "Accra", [KUFUOR, TAYLOR, ABUBAKAR],
           ["LURD"], "opens the conference with Taylor and the LURD rebels in the hall"),
        ev("2003-06-17-accra-abubakar-chea", M, OCC, "2003-06-17", "Accra", [CHEA, ABUBAKAR], LIBERIA_SIDES,
           "In Accra, the government, LURD and MODEL sign a ceasefire"),
        ev("2003-07-06-monrovia-obasanjo-taylor", M, OCC, "2003-07-06", "Monrovia", [OBASANJO, TAYLOR], [],
           "spends ninety minutes with Taylor in a lounge at the airport"),
        ev("2003-07-12-abuja-bush-obasanjo", M, OCC, "2003-07-12", "Abuja", [GW_BUSH, OBASANJO], [],
           "George W. Bush holds talks with Obasanjo in Abuja"),
        ev("2003-07-31-ecowas-summit", M, OCC, "2003-07-31", None, [], ["ECOWAS"],
           "West African leaders, meeting at an ECOWAS summit, decide that Taylor must leave"),
        ev("2003-08-02-monrovia-akufo-addo-taylor", M, OCC, "2003-08-02", "Monrovia", [AKUFO_ADDO, TAYLOR], [],
           "leads a mediation team to Monrovia and sees Taylor"),
        ev("2003-08-11-monrovia-blah-chissano-kufuor-mbeki-taylor", M, OCC, "2003-08-11", "Monrovia",
           [TAYLOR, BLAH, KUFUOR, MBEKI, CHISSANO], [],
           "Taylor hands power to his deputy, Moses Blah, at the Executive Mansion"),
        ev("2003-08-18-accra-liberia-lurd-model", M, OCC, "2003-08-18", "Accra", [],
           LIBERIA_SIDES + ["Liberian political parties"],
           "the government, the two rebel movements and the political parties sign a comprehensive peace agreement"),
        ev("2003-08-21-accra-liberia-lurd-model", M, PLN, "2003-08-21", "Accra", [],
           LIBERIA_SIDES + ["Liberian political parties"],
           "The signatories are due to choose the chairman of the transitional government in Accra"),
    ], ["'the Special Court for Sierra Leone has made public its indictment' (court act)",
        "'who flies home that evening'; 'He leaves for Nigeria the same evening' (travel)",
        "'Taylor accepts asylum in Nigeria but gives no date' (outcome, no occasion)",
        "'The first Nigerian troops land'; 'US Marines come ashore' (military deployment)",
        "'October - Blah is to hand over to the new administration' (domestic handover)",
        "'Taylor has said he would return \"if God wills\"' (statement, hypothetical)",
        "Related explainers (furniture)"]),

    # Friday newsletter (no date line; manifest 20 Jul 2001, a Friday).
    # "landed in New Delhi on Saturday and was welcomed at Rashtrapati Bhavan by President K. R. Narayanan, with
    #   Prime Minister Atal Bihari Vajpayee beside him" -> 14 Jul 2001, New Delhi.
    # "That evening the general received leaders of the All Parties Hurriyat Conference at a tea at Pakistan's High
    #   Commission" -> 14 Jul 2001, New Delhi; leaders unnamed: group.
    # "Musharraf and Vajpayee then talked in Agra on Sunday and Monday" -> one summit, 15-16 Jul 2001 (date_end).
    # "Jiang Zemin and Vladimir Putin signed a treaty ... in the Kremlin on Monday" -> 16 Jul 2001, Moscow.
    # "a month after the two men and four Central Asian presidents founded the Shanghai Cooperation Organisation in
    #   Shanghai on 15 June" -> 15 Jun 2001; only Jiang and Putin are named (the four others are unnamed).
    # "The G8 summit opens in Genoa today and runs until Sunday" -> under way on the publication day: occurred,
    #   20-22 Jul 2001; Koizumi is placed there.
    # "ASEAN foreign ministers meet in Hanoi on Monday" -> planned, 23 Jul 2001.
    # "The ASEAN Regional Forum follows on Wednesday, when Colin Powell will sit down with his Asian counterparts"
    #   -> planned, 25 Jul 2001.
    ("006_in_pk_agra_week_newsletter", "2001-07-20", False, [
        ev("2001-07-14-new-delhi-musharraf-narayanan-vajpayee", M, OCC, "2001-07-14", "New Delhi",
           [MUSHARRAF, NARAYANAN, VAJPAYEE], [],
           "was welcomed at Rashtrapati Bhavan by President K. R. Narayanan"),
        ev("2001-07-14-new-delhi-hurriyat-musharraf", M, OCC, "2001-07-14", "New Delhi", [MUSHARRAF],
           ["All Parties Hurriyat Conference"],
           "the general received leaders of the All Parties Hurriyat Conference at a tea"),
        ev("2001-07-15-agra-musharraf-vajpayee", M, OCC, "2001-07-15", "Agra", [MUSHARRAF, VAJPAYEE], [],
           "Musharraf and Vajpayee then talked in Agra on Sunday and Monday", date_end="2001-07-16"),
        ev("2001-07-16-moscow-jiang-putin", M, OCC, "2001-07-16", "Moscow", [JIANG, PUTIN], [],
           "signed a treaty of good-neighbourliness and friendly cooperation in the Kremlin on Monday"),
        ev("2001-06-15-shanghai-jiang-putin-sco", M, OCC, "2001-06-15", "Shanghai", [JIANG, PUTIN],
           ["Shanghai Cooperation Organisation"],
           "founded the Shanghai Cooperation Organisation in Shanghai on 15 June"),
        ev("2001-07-20-genoa-g8", M, OCC, "2001-07-20", "Genoa", [KOIZUMI], ["G8"],
           "The G8 summit opens in Genoa today and runs until Sunday", date_end="2001-07-22"),
        ev("2001-07-23-hanoi-asean-foreign-ministers", M, PLN, "2001-07-23", "Hanoi", [], ["ASEAN"],
           "ASEAN foreign ministers meet in Hanoi on Monday"),
        ev("2001-07-25-hanoi-asean-regional-forum", M, PLN, "2001-07-25", "Hanoi", [POWELL],
           ["ASEAN Regional Forum"],
           "The ASEAN Regional Forum follows on Wednesday, when Colin Powell will sit down"),
    ], ["'Drafts went back and forth until close to midnight on Monday' (same summit)",
        "'Musharraf's breakfast with Indian editors on Monday morning, broadcast live' (media)",
        "'A planned stop at the shrine in Ajmer was dropped' (cancelled, not an encounter)",
        "'Vajpayee has accepted an invitation to visit Pakistan. Nobody ... will put a date on it' (no occasion)",
        "'the first such document between Beijing and Moscow since 1950' (no single occasion described)",
        "'Police expect tens of thousands of protesters' (not diplomacy)",
        "Quote of the week / Numbers of the week (no occasion)",
        "Related reading: 'Bangladesh caretaker government meets election commission', 'Taiwan and Philippine trade "
        "officials to meet in Manila' (furniture)"]),

    # Thursday obituary ("Thursday 24 March 2022").
    # "In February 1999, at the chateau of Rambouillet outside Paris, she spent hours with the Kosovo Albanian
    #   delegation and its 30-year-old leader, Hashim Thaci" -> 1999-02, Rambouillet (key: 21 Feb 1999, from memory).
    # "In October 2000 she flew to Pyongyang and spent two days in talks with Kim Jong-il" -> one round of talks
    #   described as one: 2000-10 (key: 23 Oct 2000; a month-only mention carries no date_end).
    # "She then carried the results to Kim Dae-jung in Seoul" -> 2000-10 (key: 25 Oct 2000).
    # "On 12 December that year she was in Algiers as Meles Zenawi and Isaias Afwerki signed ..., with Abdelaziz
    #   Bouteflika as host and Kofi Annan at her side" -> 12 Dec 2000, Algiers.
    ("007_albright_obituary", "2022-03-24", False, [
        ev("1999-02-21-rambouillet-albright-thaci", M, OCC, "1999-02", "Rambouillet", [ALBRIGHT, THACI],
           ["Kosovo Albanian delegation"],
           "she spent hours with the Kosovo Albanian delegation and its 30-year-old leader, Hashim Thaci"),
        ev("2000-10-23-pyongyang-albright-kim", M, OCC, "2000-10", "Pyongyang", [ALBRIGHT, KIM_JONG_IL], [],
           "she flew to Pyongyang and spent two days in talks with Kim Jong-il"),
        ev("2000-10-25-seoul-albright-kim", M, OCC, "2000-10", "Seoul", [ALBRIGHT, KIM_DAE_JUNG], [],
           "She then carried the results to Kim Dae-jung in Seoul"),
        ev("2000-12-12-algiers-albright-annan-bouteflika-isaias-meles", M, OCC, "2000-12-12", "Algiers",
           [ALBRIGHT, MELES, ISAIAS, BOUTEFLIKA, ANNAN], [],
           "she was in Algiers as Meles Zenawi and Isaias Afwerki signed the agreement"),
    ], ["'died on Wednesday in Washington' (death)",
        "'he asked for her email address over dinner' (same occasion as the Pyongyang talks)",
        "'A Clinton visit to North Korea was discussed but never made' (did not happen)",
        "'where she saw Vaclav Havel on almost every European trip' (habitual, counted)",
        "'President Joe Biden praised her decency in a statement' (statement)",
        "'A memorial service will be held ... at a date to be announced' (not a diplomatic meeting)",
        "Related obituaries / Most read (furniture)"]),

    # Op-ed (no date line; manifest Tue 5 Jan 2016).
    # "On 28 December Fumio Kishida flew to Seoul and sat down with Yun Byung-se at the foreign ministry" -> most
    #   recent 28 December = 28 Dec 2015, Seoul.
    # "Later that afternoon Kishida called on President Park Geun-hye at the Blue House" -> 28 Dec 2015, Seoul.
    # "in the evening Shinzo Abe and Park spoke by telephone for about fifteen minutes" -> call, 28 Dec 2015.
    # "Their first summit came only on 2 November, in Seoul" -> 2 Nov 2015 (most recent 2 November).
    # "the day after a three-way meeting with China's Li Keqiang in the same city" -> 1 Nov 2015, Seoul; Abe and
    #   Park ("them") plus Li.
    ("008_jp_kr_comfort_women_oped", "2016-01-05", False, [
        ev("2015-12-28-seoul-kishida-yun", M, OCC, "2015-12-28", "Seoul", [KISHIDA, YUN], [],
           "Fumio Kishida flew to Seoul and sat down with Yun Byung-se at the foreign ministry"),
        ev("2015-12-28-seoul-kishida-park", M, OCC, "2015-12-28", "Seoul", [KISHIDA, PARK], [],
           "Kishida called on President Park Geun-hye at the Blue House"),
        ev("2015-12-28-abe-park-call", C, OCC, "2015-12-28", None, [ABE, PARK], [],
           "in the evening Shinzo Abe and Park spoke by telephone for about fifteen minutes"),
        ev("2015-11-02-seoul-abe-park", M, OCC, "2015-11-02", "Seoul", [ABE, PARK], [],
           "Their first summit came only on 2 November, in Seoul"),
        ev("2015-11-01-seoul-abe-li-park", M, OCC, "2015-11-01", "Seoul", [ABE, PARK, LI_KEQIANG], [],
           "a three-way meeting with China's Li Keqiang in the same city"),
    ], ["'did not hold a single bilateral meeting in nearly three years in office' (negation)",
        "'Officials at director-general level had by then met about a dozen times' (counted)",
        "'Of the 46 registered survivors, none was consulted' (negation)",
        "'Seoul's first vice foreign minister visited a shelter on 29 December' (domestic)",
        "'Park should meet the survivors herself'; 'Abe could also help by saying ...' (hypothetical)",
        "'Washington welcomed the agreement within hours' (statement)",
        "Related opinion (furniture)"]),

    # Photo gallery; manifest null. "Gallery posted 20/11/2000"; every caption carries its own date.
    # [1/9] "Bill Clinton joins Asia-Pacific leaders at the APEC summit hosted by Sultan Hassanal Bolkiah" ->
    #   16 Nov 2000, Bandar Seri Begawan.
    # [3/9] "President Tran Duc Luong welcomes Clinton at the Presidential Palace, and the two then hold talks" ->
    #   17 Nov 2000, Hanoi.
    # [4/9] "Prime Minister Phan Van Khai meets Clinton at the Government Office" -> 17 Nov 2000, Hanoi.
    # [6/9] "Le Kha Phieu receives Clinton at the party headquarters" -> 18 Nov 2000, Hanoi.
    # [9/9] archive "Washington, 13 Jul 2000 ... Barshefsky and Trade Minister Vu Khoan sign the bilateral trade
    #   agreement" -> 13 Jul 2000, Washington.
    # Gallery notes: "Madeleine Albright, who spent two days in talks with Kim Jong-il in Pyongyang last month" ->
    #   2000-10 (last month from 20 Nov 2000); the same key as in 007.
    ("009_vn_us_clinton_hanoi_gallery", "2000-11-20", True, [
        ev("2000-11-16-bandar-seri-begawan-apec", M, OCC, "2000-11-16", "Bandar Seri Begawan", [B_CLINTON, BOLKIAH],
           ["APEC"], "Bill Clinton joins Asia-Pacific leaders at the APEC summit hosted by Sultan Hassanal Bolkiah"),
        ev("2000-11-17-hanoi-clinton-tran-duc-luong", M, OCC, "2000-11-17", "Hanoi", [TRAN_DUC_LUONG, B_CLINTON], [],
           "President Tran Duc Luong welcomes Clinton at the Presidential Palace"),
        ev("2000-11-17-hanoi-clinton-phan-van-khai", M, OCC, "2000-11-17", "Hanoi", [PHAN_VAN_KHAI, B_CLINTON], [],
           "Prime Minister Phan Van Khai meets Clinton at the Government Office"),
        ev("2000-11-18-hanoi-clinton-le-kha-phieu", M, OCC, "2000-11-18", "Hanoi", [LE_KHA_PHIEU, B_CLINTON], [],
           "Communist Party General Secretary Le Kha Phieu receives Clinton at the party headquarters"),
        ev("2000-07-13-washington-barshefsky-vu-khoan", M, OCC, "2000-07-13", "Washington", [BARSHEFSKY, VU_KHOAN],
           [], "Charlene Barshefsky and Trade Minister Vu Khoan sign the bilateral trade agreement"),
        ev("2000-10-23-pyongyang-albright-kim", M, OCC, "2000-10", "Pyongyang", [ALBRIGHT, KIM_JONG_IL], [],
           "who spent two days in talks with Kim Jong-il in Pyongyang last month"),
    ], ["[2/9] 'Air Force One lands at Noi Bai airport' (arrival)",
        "[5/9] 'Clinton speaks to students at Vietnam National University' (speech)",
        "[7/9] 'Clinton watches American and Vietnamese teams excavate a paddy field' (not a meeting)",
        "[8/9] 'Clinton addresses American and Vietnamese business people' (speech)",
        "'the first US president to visit Hanoi' (no occasion)",
        "'Tran Duc Luong has been invited to Washington; no date has been set' (no concrete occasion)",
        "More galleries (furniture)"]),

    # Radio transcript (no date line; manifest Mon 5 Oct 1992).
    # "signed the General Peace Agreement in Rome yesterday" -> 4 Oct 1992 ("a long Sunday"); present: Chissano,
    #   Dhlakama, Mugabe ("sitting in the front row"), Pik Botha ("a few seats away") and the four mediators, who
    #   "signed as witnesses".
    # "They first met face to face only on 7 August, also here in Rome" -> 7 Aug 1992.
    # "The first direct round between the government and Renamo opened at Sant'Egidio's house in Trastevere in July
    #   1990, led by Armando Guebuza ... and Raul Domingos" -> 1990-07, Rome (key: 8 Jul 1990).
    # "donors are to meet here in Rome in December" -> planned, 1992-12 (month key; from memory).
    ("010_mz_rome_accord_radio_transcript", "1992-10-05", False, [
        ev("1992-10-04-rome-botha-chissano-dhlakama-goncalves-mugabe-raffaelli-riccardi-zuppi", M, OCC, "1992-10-04",
           "Rome", [CHISSANO, DHLAKAMA, MUGABE, BOTHA, RICCARDI, ZUPPI, GONCALVES, RAFFAELLI], [],
           "signed the General Peace Agreement in Rome yesterday"),
        ev("1992-08-07-rome-chissano-dhlakama", M, OCC, "1992-08-07", "Rome", [CHISSANO, DHLAKAMA], [],
           "They first met face to face only on 7 August, also here in Rome"),
        ev("1990-07-08-rome-domingos-guebuza", M, OCC, "1990-07", "Rome", [GUEBUZA, DOMINGOS],
           ["Government of Mozambique", "Renamo"],
           "The first direct round between the government and Renamo opened at Sant'Egidio's house in Trastevere"),
        ev("1992-12-rome-mozambique-donors", M, PLN, "1992-12", "Rome", [], ["Donors to Mozambique"],
           "donors are to meet here in Rome in December"),
    ], ["'The signing was meant to happen on Thursday' (postponement of the same occasion)",
        "'That question kept everyone waiting for three days' (no separate occasion)",
        "'Before that it was all done by their negotiators'; 'there have been eleven rounds since' (counted)",
        "'The United Nations is expected to send monitors' (no meeting)",
        "'Dhlakama told me he would go to Maputo only when he was sure of his safety' (interview; hypothetical)",
        "'Zimbabwe's cricketers are preparing for their first Test against India' (sport)",
        "Related programmes: 'Malawi: church leaders meet Banda's ministers' (furniture, domestic)"]),

    # Fact check (no date line; manifest Tue 1 May 2018).
    # "held their informal summit in Wuhan on Friday and Saturday" -> one summit, 27-28 Apr 2018 (date_end).
    # "Xi hosted Modi in his home city, Xi'an, on 14 May 2015"; "he received Xi on the Sabarmati riverfront in
    #   Ahmedabad on 17 September 2014" -> explicit dates.
    # "on 5 September, Modi and Xi met on the sidelines of the BRICS summit in Xiamen" -> 5 Sep 2017 (the summit is a
    #   backdrop).
    # "They had also met briefly in June 2017 in Astana" -> 2017-06 (key: 9 Jun 2017).
    # "Sushma Swaraj held talks with Wang Yi in Beijing on 22 April" -> 22 Apr 2018.
    # "Modi is expected to meet Xi again in Qingdao in June" -> planned, 2018-06 (key: 9 Jun 2018).
    ("011_in_cn_wuhan_factcheck", "2018-05-01", False, [
        ev("2018-04-27-wuhan-modi-xi", M, OCC, "2018-04-27", "Wuhan", [MODI, XI], [],
           "held their informal summit in Wuhan on Friday and Saturday", date_end="2018-04-28"),
        ev("2015-05-14-xian-modi-xi", M, OCC, "2015-05-14", "Xi'an", [XI, MODI], [],
           "Xi hosted Modi in his home city, Xi'an, on 14 May 2015"),
        ev("2014-09-17-ahmedabad-modi-xi", M, OCC, "2014-09-17", "Ahmedabad", [MODI, XI], [],
           "he received Xi on the Sabarmati riverfront in Ahmedabad on 17 September 2014"),
        ev("2017-09-05-xiamen-modi-xi", M, OCC, "2017-09-05", "Xiamen", [MODI, XI], [],
           "Modi and Xi met on the sidelines of the BRICS summit in Xiamen"),
        ev("2017-06-09-astana-modi-xi", M, OCC, "2017-06", "Astana", [MODI, XI], [],
           "They had also met briefly in June 2017 in Astana"),
        ev("2018-04-22-beijing-swaraj-wang", M, OCC, "2018-04-22", "Beijing", [SWARAJ, WANG_YI], [],
           "Sushma Swaraj held talks with Wang Yi in Beijing on 22 April"),
        ev("2018-06-09-qingdao-modi-xi", M, PLN, "2018-06", "Qingdao", [MODI, XI], [],
           "Modi is expected to meet Xi again in Qingdao in June"),
    ], ["Claim 1: 'Modi and Xi signed a border agreement in Wuhan' (false claim; no signing)",
        "'Neither side issued a joint statement' (negation)",
        "'The 73-day standoff ended on 28 August 2017' (military, not a meeting)",
        "'Modi has also invited Xi to hold a similar informal summit in India next year; Beijing has not said whether "
        "he will come' (invitation not accepted)",
        "'a spokesman told reporters the two sides would \"stay in touch\"' (press, vague)",
        "Related fact checks: 'Viral photo of Modi and Xi on a boat' (furniture)"]),

    # Sunday regional daily ("Sunday, 4 October 2020").
    # "signed a comprehensive peace agreement in Juba yesterday" -> 3 Oct 2020; signatories Dagalo, Idris, Minnawi,
    #   Agar, Ibrahim; Burhan, Hamdok, Kiir, Deby and Sahle-Work Zewde present.
    # "who held talks with Hamdok in Khartoum on 25 August" -> Abiy-Hamdok, 25 Aug 2020.
    # "It was initialled in the same city on 31 August, when Dagalo signed in the presence of Burhan, Hamdok and
    #   Kiir" -> 31 Aug 2020, Juba.
    # "Hamdok met al-Hilu in Addis Ababa early last month" -> 2020-09 (key: 3 Sep 2020).
    # "Hamdok had first gone to see him in January, in Kauda" -> 2020-01 (key: 9 Jan 2020).
    # "a declaration signed in Juba on 11 September last year by a government delegation and the armed movements" ->
    #   11 Sep 2019; groups only.
    ("012_sd_juba_agreement_regional", "2020-10-04", False, [
        ev("2020-10-03-juba-agar-al-burhan-dagalo-deby-hamdok-ibrahim-idris-kiir-minnawi-zewde", M, OCC, "2020-10-03",
           "Juba", [DAGALO, IDRIS, MINNAWI, AGAR, IBRAHIM, BURHAN, HAMDOK, KIIR, DEBY, SAHLE_WORK],
           ["Sudan", "Sudan Revolutionary Front"],
           "signed a comprehensive peace agreement in Juba yesterday"),
        ev("2020-08-25-khartoum-abiy-hamdok", M, OCC, "2020-08-25", "Khartoum", [ABIY, HAMDOK], [],
           "who held talks with Hamdok in Khartoum on 25 August"),
        ev("2020-08-31-juba-al-burhan-dagalo-hamdok-kiir", M, OCC, "2020-08-31", "Juba",
           [DAGALO, BURHAN, HAMDOK, KIIR], [],
           "when Dagalo signed in the presence of Burhan, Hamdok and Kiir"),
        ev("2020-09-03-addis-ababa-al-hilu-hamdok", M, OCC, "2020-09", "Addis Ababa", [HAMDOK, HILU], [],
           "Hamdok met al-Hilu in Addis Ababa early last month"),
        ev("2020-01-09-kauda-al-hilu-hamdok", M, OCC, "2020-01", "Kauda", [HAMDOK, HILU], [],
           "Hamdok had first gone to see him in January, in Kauda"),
        ev("2019-09-11-juba-sudan-sudan-revolutionary-front", M, OCC, "2019-09-11", "Juba", [],
           ["Sudan", "Sudan Revolutionary Front"],
           "a declaration signed in Juba on 11 September last year by a government delegation"),
    ], ["'Ethiopia's Prime Minister Abiy Ahmed ... did not travel' (negation; the Khartoum talks are the event)",
        "'UN Secretary-General Antonio Guterres addressed the crowd by video' (speech, not a call)",
        "'Abdel Wahid al-Nur's faction ... has rejected the Juba track altogether' (refusal)",
        "'In Khartoum, the cabinet will meet on Tuesday' (domestic)",
        "'Kiir told the crowd ...' (statement)",
        "Most popular: 'Kiir and Machar to meet on unification of forces' (furniture)"]),

    # Analysis (no date line; manifest Fri 12 Mar 1999).
    # "On Tuesday President Oscar Luigi Scalfaro received him with full honours at the Quirinal Palace" -> 9 Mar 1999,
    #   Rome.
    # "Later that day Khatami held talks with Prime Minister Massimo D'Alema at Palazzo Chigi" -> 9 Mar 1999, Rome.
    # "On Thursday, John Paul II received him in the Vatican for about half an hour" -> 11 Mar 1999, Vatican City.
    # "December 1997, when Tehran hosted the summit of the Organisation of the Islamic Conference and Crown Prince
    #   Abdullah of Saudi Arabia sat in the hall" -> 1997-12 (key: opening day 9 Dec 1997); Khatami (host) and
    #   Abdullah placed there.
    # "Khatami is expected in Saudi Arabia in May as the guest of Crown Prince Abdullah" -> planned, 1999-05; no city.
    ("013_ir_it_khatami_rome_analysis", "1999-03-12", False, [
        ev("1999-03-09-rome-khatami-scalfaro", M, OCC, "1999-03-09", "Rome", [SCALFARO, KHATAMI], [],
           "On Tuesday President Oscar Luigi Scalfaro received him with full honours at the Quirinal Palace"),
        ev("1999-03-09-rome-dalema-khatami", M, OCC, "1999-03-09", "Rome", [KHATAMI, DALEMA], [],
           "Later that day Khatami held talks with Prime Minister Massimo D'Alema at Palazzo Chigi"),
        ev("1999-03-11-vatican-city-john-paul-ii-khatami", M, OCC, "1999-03-11", "Vatican City", [JOHN_PAUL, KHATAMI],
           [], "On Thursday, John Paul II received him in the Vatican for about half an hour"),
        ev("1997-12-09-tehran-oic-summit", M, OCC, "1997-12", "Tehran", [KHATAMI, ABDULLAH],
           ["Organisation of the Islamic Conference"],
           "Tehran hosted the summit of the Organisation of the Islamic Conference"),
        ev("1999-05-saudi-arabia-abdullah-khatami", M, PLN, "1999-05", "Saudi Arabia", [KHATAMI, ABDULLAH], [],
           "Khatami is expected in Saudi Arabia in May as the guest of Crown Prince Abdullah"),
    ], ["'For twenty years no Iranian head of state had set foot in a Western capital' (negation)",
        "'Lamberto Dini, became the first EU foreign minister to travel to Tehran last year' (visit, no encounter)",
        "'No joint declaration was issued in Rome' (negation)",
        "'A visit to Paris, talked about for the spring, still has no date' (no concrete occasion)",
        "'Washington has said only that it wants Italy to convey its concerns' (statement)",
        "'last month's council elections' (domestic)",
        "Related analysis (furniture)"]),

    # Tuesday profile ("Tuesday, 20 September 1994").
    # "landed in Port-au-Prince on Saturday and within the hour were sitting with Cédras and Brig. Gen. Philippe
    #   Biamby at army headquarters" -> 17 Sep 1994; Carter, Nunn, Powell ("The three men").
    # "Talks with Cédras resumed on Sunday" -> 18 Sep 1994, a separate encounter on another day; Biamby "burst in".
    # "the three Americans went to the National Palace, where the de facto president, Émile Jonassaint, approved the
    #   text" -> 18 Sep 1994, Port-au-Prince, different party.
    # "On Monday morning Lt. Gen. Hugh Shelton ... met Cédras in Port-au-Prince" -> 19 Sep 1994.
    # "He sat with Kim Il-sung in Pyongyang on 16 June and again the next day on a yacht on the Taedong River" ->
    #   two encounters, 16 and 17 Jun 1994, Pyongyang (shared evidence).
    # "then crossed back to Seoul and carried Kim's offer of a summit to Kim Young-sam" -> 1994-06 (key: 18 Jun 1994).
    ("014_us_ht_carter_haiti_profile", "1994-09-20", False, [
        ev("1994-09-17-port-au-prince-biamby-carter-cedras-nunn-powell", M, OCC, "1994-09-17", "Port-au-Prince",
           HAITI_TEAM + [CEDRAS, BIAMBY], [],
           "were sitting with Cédras and Brig. Gen. Philippe Biamby at army headquarters"),
        ev("1994-09-18-port-au-prince-biamby-carter-cedras-nunn-powell", M, OCC, "1994-09-18", "Port-au-Prince",
           HAITI_TEAM + [CEDRAS, BIAMBY], [], "Talks with Cédras resumed on Sunday"),
        ev("1994-09-18-port-au-prince-carter-jonassaint-nunn-powell", M, OCC, "1994-09-18", "Port-au-Prince",
           HAITI_TEAM + [JONASSAINT], [],
           "where the de facto president, Émile Jonassaint, approved the text"),
        ev("1994-09-19-port-au-prince-cedras-shelton", M, OCC, "1994-09-19", "Port-au-Prince", [SHELTON, CEDRAS], [],
           "Lt. Gen. Hugh Shelton, the commander of the US force, met Cédras in Port-au-Prince"),
        ev("1994-06-16-pyongyang-carter-kim", M, OCC, "1994-06-16", "Pyongyang", [CARTER, KIM_IL_SUNG], [],
           "He sat with Kim Il-sung in Pyongyang on 16 June and again the next day"),
        ev("1994-06-17-pyongyang-carter-kim", M, OCC, "1994-06-17", "Pyongyang", [CARTER, KIM_IL_SUNG], [],
           "He sat with Kim Il-sung in Pyongyang on 16 June and again the next day"),
        ev("1994-06-18-seoul-carter-kim", M, OCC, "1994-06", "Seoul", [CARTER, KIM_YOUNG_SAM], [],
           "carried Kim's offer of a summit to Kim Young-sam"),
    ], ["'On Friday he let the White House know that Gen. Raoul Cédras would receive him' (no call or meeting "
        "stated)",
        "'He had been trading calls with Cédras for days by then' (counted)",
        "'briefing congressional leaders at the White House with the President at his side' (briefing, domestic)",
        "'That summit, set for Pyongyang on 25 July, never took place; Kim Il-sung died on 8 July' (cancelled)",
        "'He says he would go back to Haiti whenever he is needed' (hypothetical)",
        "'he still teaches Sunday school in Plains' (habitual, not diplomacy)",
        "Related profiles (furniture)"]),
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
