#!/usr/bin/env python3
"""Generate gold.jsonl and manifest.jsonl for the holdout18 held-out corpus.

Run:  python3 data/holdout18/build_gold.py   then   python3 data/eval/validate.py data/holdout18
Each article lists its true publication date, whether the manifest hides it, its gold
events, and (for documentation only) the traps it contains that must NOT be extracted.
holdout18 is a BLIND held-out set: developers of `dossier` must not read this file, the
pages or the gold.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

# canonical names
ABDRAKHMANOV, JAAFARI, ALLOUSH, LAVRENTIEV, JABERI, ONAL, DE_MISTURA, KROL = (
    "Kairat Abdrakhmanov", "Bashar al-Jaafari", "Mohammed Alloush", "Alexander Lavrentiev",
    "Hossein Jaberi Ansari", "Sedat Onal", "Staffan de Mistura", "George Krol")
LAVROV, CAVUSOGLU, ZARIF = "Sergey Lavrov", "Mevlut Cavusoglu", "Mohammad Javad Zarif"
EMIR_HAMAD, HBJ, MOUSSA, SINIORA, HARIRI, JUMBLATT, GEAGEA, GEMAYEL, BERRI, AOUN, RAAD, ASSAD = (
    "Hamad bin Khalifa Al Thani", "Hamad bin Jassim bin Jaber Al Thani", "Amr Moussa", "Fouad Siniora",
    "Saad Hariri", "Walid Jumblatt", "Samir Geagea", "Amin Gemayel", "Nabih Berri", "Michel Aoun",
    "Mohammad Raad", "Bashar al-Assad")
CORONEL_FERRER, IQBAL, GHAFAR, AQUINO, MURAD, NAJIB, DELES, OBAMA = (
    "Miriam Coronel-Ferrer", "Mohagher Iqbal", "Tengku Abdul Ghafar Tengku Mohamed", "Benigno Aquino III",
    "Murad Ebrahim", "Najib Razak", "Teresita Quintos-Deles", "Barack Obama")
KOHLER, BOURITA, MESSAHEL, OULD_CHEIKH, ADDOUH, VAN_WALSUM = (
    "Horst Kohler", "Nasser Bourita", "Abdelkader Messahel", "Ismail Ould Cheikh Ahmed", "Khatri Addouh",
    "Peter van Walsum")
BERLUSCONI, GADDAFI, RICE = "Silvio Berlusconi", "Muammar Gaddafi", "Condoleezza Rice"
KADHIMI, HUMAIDAN, XI, MBS, RAISI, SHAMKHANI, AIBAN, WANG_YI, FAISAL, AMIR_ABDOLLAHIAN, QIN_GANG = (
    "Mustafa al-Kadhimi", "Khalid bin Ali Al Humaidan", "Xi Jinping", "Mohammed bin Salman", "Ebrahim Raisi",
    "Ali Shamkhani", "Musaed bin Mohammed Al-Aiban", "Wang Yi", "Faisal bin Farhan", "Hossein Amir-Abdollahian",
    "Qin Gang")
CAMERON, SARKOZY, HU, MERKEL, MEDVEDEV, SINGH_M = (
    "David Cameron", "Nicolas Sarkozy", "Hu Jintao", "Angela Merkel", "Dmitry Medvedev", "Manmohan Singh")
BENEDICT, ERDOGAN, PUTIN, ABDULLAH, BUSH, ELIZABETH, RAUL, FIDEL = (
    "Pope Benedict XVI", "Recep Tayyip Erdogan", "Vladimir Putin", "Abdullah bin Abdulaziz Al Saud",
    "George W. Bush", "Queen Elizabeth II", "Raul Castro", "Fidel Castro")
STOLTENBERG, STORE = "Jens Stoltenberg", "Jonas Gahr Store"
KENYATTA, HAILEMARIAM, DLAMINI_ZUMA = "Uhuru Kenyatta", "Hailemariam Desalegn", "Nkosazana Dlamini-Zuma"
MORALES, FISCHER, CFK, CORREA, MADURO, MUJICA, BOUTERSE = (
    "Evo Morales", "Heinz Fischer", "Cristina Fernandez de Kirchner", "Rafael Correa", "Nicolas Maduro",
    "Jose Mujica", "Desi Bouterse")
MODI, TRUDEAU, SWARAJ, AMARINDER, HARPER = (
    "Narendra Modi", "Justin Trudeau", "Sushma Swaraj", "Amarinder Singh", "Stephen Harper")
KIKWETE, MUSEVENI, KAGAME, RAMAPHOSA, NKURUNZIZA, KERRY = (
    "Jakaya Kikwete", "Yoweri Museveni", "Paul Kagame", "Cyril Ramaphosa", "Pierre Nkurunziza", "John Kerry")
PHUC, LI_KEQIANG, SUGA, MOON, MORRISON, ARDERN, TRAN_TUAN_ANH, MUHYIDDIN = (
    "Nguyen Xuan Phuc", "Li Keqiang", "Yoshihide Suga", "Moon Jae-in", "Scott Morrison", "Jacinda Ardern",
    "Tran Tuan Anh", "Muhyiddin Yassin")
SOLHEIM, DE_SILVA, BALASINGHAM, THAMILSELVAN, RAJAPAKSA, PRABHAKARAN = (
    "Erik Solheim", "Nimal Siripala de Silva", "Anton Balasingham", "S. P. Thamilselvan", "Mahinda Rajapaksa",
    "Velupillai Prabhakaran")


def ev(key, kind, status, date, location, participants, groups, evidence, date_end=None):
    e = {"key": key, "kind": kind, "status": status, "date": date}
    if date_end:
        e["date_end"] = date_end
    e.update({"location": location, "participants": participants, "groups": groups,
              "evidence": evidence})
    return e


M, C, OCC, PLN = "meeting", "call", "occurred", "planned"

SYRIA_SIDES = ["Russia", "Turkey", "Iran", "Syrian government", "Syrian opposition"]
LEBANON_DOHA = [EMIR_HAMAD, HBJ, MOUSSA, SINIORA, HARIRI, JUMBLATT, GEAGEA, GEMAYEL, BERRI, AOUN, RAAD]
PH_SIDES = ["Philippine government", "Moro Islamic Liberation Front"]
SAHARA_SIDES = ["Morocco", "Algeria", "Mauritania", "Polisario Front"]
SA_IR = ["Saudi Arabia", "Iran"]
UNASUR_LEADERS = [MORALES, CORREA, MADURO, MUJICA, CFK, BOUTERSE]
EAC_DAR = [KIKWETE, KENYATTA, MUSEVENI, KAGAME, RAMAPHOSA, DLAMINI_ZUMA]
RCEP_LEADERS = [PHUC, LI_KEQIANG, SUGA, MOON, MORRISON, ARDERN]
LK_SIDES = ["Sri Lankan government", "LTTE"]

ARTICLES = [
    # Tuesday wire (page "24 Jan 2017 - 15:52 ALMT"; dateline "ASTANA, Jan 24").
    # "Two days of Syria talks in the Kazakh capital ended on Tuesday" + "opened on Monday afternoon" -> one round,
    #   23-24 Jan 2017, Astana (dateline; the Rixos President Hotel). Participants: everyone the second paragraph
    #   places in the hall (Abdrakhmanov welcomed them; Krol "attended as an observer"). Groups: the five sides
    #   presented as delegations. Tuesday's proximity format is part of the same round (rule 5).
    # "a meeting in Moscow on Dec. 20, when Sergei Lavrov, ..." -> 20 Dec 2016 (year from the January 2017 page);
    #   "Sergei" -> canonical Sergey Lavrov.
    # "experts from the three guarantor states would meet again in Astana early next month" -> planned, 2017-02
    #   (key: the real expert meeting of 6 Feb 2017); groups only.
    # "the U.N. intends to convene the government and opposition in Geneva next month" -> planned, 2017-02 (key:
    #   the Geneva round that actually opened on 23 Feb 2017). De Mistura is the convener.
    ("000_kz_sy_astana_talks_wire", "2017-01-24", False, [
        ev("2017-01-23-astana-abdrakhmanov-al-jaafari-alloush-de-mistura-jaberi-ansari-krol-lavrentiev-onal",
           M, OCC, "2017-01-23", "Astana",
           [ABDRAKHMANOV, JAAFARI, ALLOUSH, LAVRENTIEV, JABERI, ONAL, DE_MISTURA, KROL], SYRIA_SIDES,
           "Two days of Syria talks in the Kazakh capital ended on Tuesday", date_end="2017-01-24"),
        ev("2016-12-20-moscow-cavusoglu-lavrov-zarif", M, OCC, "2016-12-20", "Moscow", [LAVROV, CAVUSOGLU, ZARIF],
           [], "a meeting in Moscow on Dec. 20, when Sergei Lavrov, Mevlut Cavusoglu and"),
        ev("2017-02-06-astana-iran-russia-turkey", M, PLN, "2017-02", "Astana", [], ["Russia", "Turkey", "Iran"],
           "experts from the three guarantor states would meet again in Astana early next month"),
        ev("2017-02-23-geneva-de-mistura", M, PLN, "2017-02", "Geneva", [DE_MISTURA],
           ["United Nations", "Syrian government", "Syrian opposition"],
           "the U.N. intends to convene the government and opposition in Geneva next month"),
    ], ["'the government and rebel delegations never negotiated directly with each other' (negation of a "
        "direct format; the round itself happened)",
        "'On Tuesday the rebels declined to sit in the same room ... officials carried texts between them' "
        "(proximity format inside the same round, not a separate event)",
        "'Krol had held no separate talks with any delegation' (negation)",
        "'Abdrakhmanov read out the final statement' and 'Jaafari later told a news conference' (statement, press)",
        "'Alloush said the opposition would not discuss politics until the truce held' (statement, conditional)",
        "'Russia's ambassador to Turkey was shot dead in Ankara' (no meeting)",
        "'The nationwide ceasefire ... was announced by Russia and Turkey' (announcement)",
        "'Nazarbayev, who did not attend any session, has offered to host further rounds' (negation + open offer)",
        "'Kazakhstan hosted Syrian opposition figures twice in 2015' (counted, no single occasion)",
        "Related stories: 'Zarif meets Assad in Damascus ahead of Astana round' (furniture), ice hockey (sport)"]),

    # Wednesday live blog ("Wednesday 21 May 2008", Doha time).
    # 09:05 "The national dialogue conference that opened here on Friday evening ends today with a signing
    #   ceremony" -> one conference 16-21 May 2008 (nearest past Friday = 16 May), Doha; the 10:50 signing is its
    #   last act. Participants: the hosts, Moussa and the eight Lebanese signatories named at 10:50; the unnamed
    #   committee foreign ministers -> group "Arab League".
    # 09:40 "last Thursday reached a deal with the Lebanese leaders there" -> Thursday of the previous week =
    #   15 May 2008, Beirut; the committee is "led by Sheikh Hamad bin Jassim and Moussa"; the Lebanese leaders are
    #   unnamed -> group "Lebanon".
    # 09:05 "the Arab summit that Bashar al-Assad hosted in Damascus in March" -> 2008-03 (key 29 Mar 2008).
    # 12:40 "Bashar al-Assad telephoned the emir shortly after the ceremony" -> call, 21 May 2008.
    # 12:05 "Sheikh Hamad bin Jassim is expected in Damascus tomorrow to brief Assad" -> planned, 22 May 2008.
    ("001_lb_qa_doha_dialogue_liveblog", "2008-05-21", False, [
        ev("2008-05-16-doha-al-thani-aoun-berri-geagea-gemayel-hariri-jumblatt-moussa-raad-siniora", M, OCC,
           "2008-05-16", "Doha", LEBANON_DOHA, ["Arab League"],
           "The national dialogue conference that opened here on Friday evening ends today with a signing",
           date_end="2008-05-21"),
        ev("2008-05-15-beirut-al-thani-moussa", M, OCC, "2008-05-15", "Beirut", [HBJ, MOUSSA],
           ["Arab League", "Lebanon"],
           "last Thursday reached a deal with the Lebanese leaders there to end the clashes"),
        ev("2008-03-29-damascus-arab-league-summit", M, OCC, "2008-03", "Damascus", [ASSAD], ["Arab League"],
           "the Arab summit that Bashar al-Assad hosted in Damascus in March"),
        ev("2008-05-21-al-assad-al-thani-call", C, OCC, "2008-05-21", None, [ASSAD, EMIR_HAMAD], [],
           "Syrian President Bashar al-Assad telephoned the emir shortly after the ceremony to congratulate him"),
        ev("2008-05-22-damascus-al-assad-al-thani", M, PLN, "2008-05-22", "Damascus", [HBJ, ASSAD], [],
           "Sheikh Hamad bin Jassim is expected in Damascus tomorrow to brief Assad on the accord"),
    ], ["13:25 reader question: will Suleiman go to Damascus -> 'Nothing has been announced' (no occasion)",
        "11:30 'Berri will call parliament to elect ... Suleiman' and the Sunday session (domestic; Arab guests "
        "'watch the vote' = ceremony)",
        "11:30 'Nasrallah, who did not come to Doha, welcomed the deal in a televised statement' (absence, statement)",
        "10:50 'the prime minister ... read out the text' (part of the conference, not separate)",
        "09:40 'The Lebanese delegations flew to Doha together on one plane the next day' (travel)",
        "09:05 'Lebanon stayed away from the Arab summit' (absence; the summit itself is gold)",
        "'Arab capitals from Riyadh to Damascus are expected to welcome the deal' (statements)",
        "Related coverage: 'Siniora meets Saudi king in Jeddah' (furniture), football (sport)"]),

    # Joint release reposted by a regional portal; manifest null; page says "Posted: 27 March 2014" (Thursday).
    # "today signed the Comprehensive Agreement on the Bangsamoro" -> 27 Mar 2014; Malacanan Palace -> Manila.
    #   Participants: the two signatories, the facilitator-witness, and the four people placed with them.
    #   Canonical: Tengku Dato' Ab Ghafar Tengku Mohamed -> Tengku Abdul Ghafar Tengku Mohamed (honorific dropped).
    # "which the two panels signed in the same palace on 15 October 2012 in the presence of President Aquino,
    #   Chairman Murad and Prime Minister Najib" -> 15 Oct 2012, Manila; panel members unnamed -> groups.
    # "was signed by the two panels in Kuala Lumpur in January" -> 2014-01 (most recent January); groups only;
    #   the author does not know the exact day, so the key is month-only.
    # "held their first face-to-face meeting in Tokyo on 4 August 2011" -> explicit.
    # "President Aquino is scheduled to host US President Barack Obama in Manila next month" -> planned 2014-04
    #   (key: the real visit, 28 Apr 2014).
    ("002_ph_my_bangsamoro_signing_release", "2014-03-27", True, [
        ev("2014-03-27-manila-aquino-coronel-ferrer-iqbal-murad-najib", M, OCC, "2014-03-27", "Manila",
           [CORONEL_FERRER, IQBAL, GHAFAR, AQUINO, MURAD, NAJIB, DELES], PH_SIDES,
           "The Government of the Philippines (GPH) and the Moro Islamic Liberation Front (MILF) today signed"),
        ev("2012-10-15-manila-aquino-murad-najib", M, OCC, "2012-10-15", "Manila", [AQUINO, MURAD, NAJIB],
           PH_SIDES, "which the two panels signed in the same palace on 15 October 2012"),
        ev("2014-01-kuala-lumpur-milf-philippine-government", M, OCC, "2014-01", "Kuala Lumpur", [], PH_SIDES,
           "was signed by the two panels in Kuala Lumpur in January"),
        ev("2011-08-04-tokyo-aquino-murad", M, OCC, "2011-08-04", "Tokyo", [AQUINO, MURAD], [],
           "Chairman Murad held their first face-to-face meeting in Tokyo on 4 August 2011"),
        ev("2014-04-28-manila-aquino-obama", M, PLN, "2014-04", "Manila", [AQUINO, OBAMA], [],
           "President Aquino is scheduled to host US President Barack Obama in Manila next month"),
    ], ["'\"Today we lay down the burden of war,\" the President said in his speech' (speech)",
        "'The Bangsamoro Transition Commission will finish the draft ... for submission to Congress' (domestic)",
        "'Since 1997 the parties have held more than forty rounds of exploratory talks' (counted)",
        "'The US Embassy in Manila welcomed the signing' (statement)",
        "'Nur Misuari ..., who rejected the talks, was not at the ceremony' (absence)",
        "Related stories: 'Najib, Aquino to meet again at ASEAN summit - commentary' (furniture)"]),

    # Saturday interview ("Saturday 8 December 2018").
    # "On Wednesday and Thursday, at the Palais des Nations, Horst Köhler hosted four delegations" -> one round
    #   table 5-6 Dec 2018 (nearest past Wednesday/Thursday), Geneva (Palais des Nations; "What actually happened in
    #   Geneva?"). Köhler -> Horst Kohler (diacritic dropped).
    # "The first of those, in June 2007, put Moroccan and Polisario negotiators in the same room" -> 2007-06,
    #   Manhasset; "those" = the rounds under Peter van Walsum (key 18 Jun 2007); groups Morocco, Polisario Front.
    # "All four delegations agreed to return for a second round table in the first quarter of 2019" -> planned,
    #   date 2019 (only the year is certain), location null ("He did not say where"); key: the real second round
    #   table of 21 Mar 2019.
    ("003_eh_geneva_roundtable_interview", "2018-12-08", False, [
        ev("2018-12-05-geneva-addouh-bourita-kohler-messahel-ould-cheikh-ahmed", M, OCC, "2018-12-05", "Geneva",
           [KOHLER, BOURITA, MESSAHEL, OULD_CHEIKH, ADDOUH], SAHARA_SIDES,
           "On Wednesday and Thursday, at the Palais des Nations, Horst Köhler hosted four delegations",
           date_end="2018-12-06"),
        ev("2007-06-18-manhasset-van-walsum", M, OCC, "2007-06", "Manhasset", [VAN_WALSUM],
           ["Morocco", "Polisario Front"],
           "in June 2007, put Moroccan and Polisario negotiators in the same room"),
        ev("2019-03-21-kohler", M, PLN, "2019", None, [KOHLER], SAHARA_SIDES,
           "All four delegations agreed to return for a second round table in the first quarter"),
    ], ["'For the first time in six years ... answered a UN invitation' (summary of the main event, not another)",
        "'Bourita and Messahel did not hold a separate bilateral meeting' (negation)",
        "'the border ... has been closed since 1994' (no meeting)",
        "'The last formal rounds were held at Manhasset' (counted; only the first round is gold)",
        "'Christopher Ross later ran several informal rounds, until 2012' (counted)",
        "'I saw none of the delegations. I have never met Köhler.' (negations; interviewee invented)",
        "'King Mohammed VI proposed a joint mechanism for dialogue with Algeria. Algiers has not answered.' "
        "(unanswered proposal)",
        "'I would not expect a Moroccan-Algerian summit any time soon' (hypothetical)",
        "Related interviews: 'Köhler meets Bourita in Rabat' (furniture), football (sport)"]),

    # Sunday page translated from Italian ("Domenica 31 agosto 2008").
    # "Silvio Berlusconi and Muammar Gaddafi yesterday signed the Treaty" -> 30 Aug 2008, Benghazi (dateline).
    # "In August 2004 Berlusconi had already been received by Gaddafi in Sirte" -> 2004-08 (key 25 Aug 2004).
    # "in October of that year the two opened the Greenstream gas pipeline together at Mellitah" -> 2004-10
    #   (year from "that year" = 2004; key 7 Oct 2004).
    # "On Friday Gaddafi is due to receive US Secretary of State Condoleezza Rice in Tripoli" -> planned; the next
    #   Friday after Sunday 31 Aug = 5 Sep 2008.
    ("004_it_ly_benghazi_treaty_translated", "2008-08-31", False, [
        ev("2008-08-30-benghazi-berlusconi-gaddafi", M, OCC, "2008-08-30", "Benghazi", [BERLUSCONI, GADDAFI], [],
           "Silvio Berlusconi and Muammar Gaddafi yesterday signed the Treaty of Friendship"),
        ev("2004-08-25-sirte-berlusconi-gaddafi", M, OCC, "2004-08", "Sirte", [BERLUSCONI, GADDAFI], [],
           "In August 2004 Berlusconi had already been received by Gaddafi in Sirte"),
        ev("2004-10-07-mellitah-berlusconi-gaddafi", M, OCC, "2004-10", "Mellitah", [BERLUSCONI, GADDAFI], [],
           "in October of that year the two opened the Greenstream gas pipeline together at Mellitah"),
        ev("2008-09-05-tripoli-gaddafi-rice", M, PLN, "2008-09-05", "Tripoli", [GADDAFI, RICE], [],
           "On Friday Gaddafi is due to receive US Secretary of State Condoleezza Rice in Tripoli"),
    ], ["'Before the ceremony the two leaders spoke for more than an hour under the tent' (same occasion)",
        "'the premier gave back the Venus of Cyrene' (same occasion, ceremony)",
        "'\"... I feel the duty to apologise,\" said Berlusconi' (statement)",
        "'Gaddafi ... has never come to Italy as leader of Libya' (negation)",
        "'he will make the journey \"when both parliaments have ratified the treaty\"' (conditional, no date)",
        "'the first holder of that office to visit Libya since 1953' (historical, no single occasion given)",
        "'The Council of Ministers will examine it on Thursday' (domestic cabinet meeting)",
        "Read also: 'Frattini meets Shalgam: \"a new page\"' (furniture), football (sport)"]),

    # Timeline explainer; manifest null; page says "Last updated: Friday 7 April 2023".
    # Dated entries are explicit: 9 Apr 2021 and 21 Apr 2022 in Baghdad (al-Kadhimi hosts; the Saudi and Iranian
    #   delegations -> groups); 8 Dec 2022 Xi-MBS in Riyadh and "The next day" -> 9 Dec 2022 China-GCC summit in
    #   "the Saudi capital" = Riyadh; 14 Feb 2023 Xi receives Raisi in Beijing; "6-10 March 2023" one round in
    #   Beijing (the 10 March closing session is part of it); calls on 23 Mar and 2 Apr 2023 ("the ministers" =
    #   Faisal bin Farhan and Amir-Abdollahian); 6 Apr 2023 meeting in Beijing with Qin Gang as host.
    # "A Saudi technical delegation is due in Tehran on Saturday for talks with Iranian foreign ministry officials"
    #   -> planned, 8 Apr 2023 (the next Saturday after Friday 7 Apr); groups only.
    ("005_sa_ir_beijing_deal_timeline", "2023-04-07", True, [
        ev("2021-04-09-baghdad-al-humaidan-al-kadhimi", M, OCC, "2021-04-09", "Baghdad", [KADHIMI, HUMAIDAN], SA_IR,
           "Iraqi Prime Minister Mustafa al-Kadhimi hosts the first round of secret Saudi-Iranian talks in Baghdad"),
        ev("2022-04-21-baghdad-al-kadhimi", M, OCC, "2022-04-21", "Baghdad", [KADHIMI], SA_IR,
           "In the fifth Baghdad round, again hosted by al-Kadhimi"),
        ev("2022-12-08-riyadh-bin-salman-xi", M, OCC, "2022-12-08", "Riyadh", [XI, MBS], [],
           "Xi Jinping holds talks with Crown Prince Mohammed bin Salman in Riyadh"),
        ev("2022-12-09-riyadh-china-gcc-summit", M, OCC, "2022-12-09", "Riyadh", [XI],
           ["Gulf Cooperation Council", "China"],
           "The next day he attends the first China-GCC summit in the Saudi capital"),
        ev("2023-02-14-beijing-raisi-xi", M, OCC, "2023-02-14", "Beijing", [XI, RAISI], [],
           "Xi receives Iranian President Ebrahim Raisi in Beijing and offers to host talks"),
        ev("2023-03-06-beijing-al-aiban-shamkhani-wang", M, OCC, "2023-03-06", "Beijing",
           [AIBAN, SHAMKHANI, WANG_YI], SA_IR,
           "In Beijing, the Saudi and Iranian delegations, led by Musaed bin Mohammed Al-Aiban", date_end="2023-03-10"),
        ev("2023-03-23-amir-abdollahian-bin-farhan-call", C, OCC, "2023-03-23", None, [FAISAL, AMIR_ABDOLLAHIAN], [],
           "Foreign ministers Prince Faisal bin Farhan and Hossein Amir-Abdollahian speak by phone and agree"),
        ev("2023-04-02-amir-abdollahian-bin-farhan-call", C, OCC, "2023-04-02", None, [FAISAL, AMIR_ABDOLLAHIAN], [],
           "In another call, the ministers fix the time and place of their meeting"),
        ev("2023-04-06-beijing-amir-abdollahian-bin-farhan-qin", M, OCC, "2023-04-06", "Beijing",
           [FAISAL, AMIR_ABDOLLAHIAN, QIN_GANG], [],
           "Faisal bin Farhan and Amir-Abdollahian meet in Beijing, hosted by Chinese Foreign Minister Qin Gang"),
        ev("2023-04-08-tehran-iran-saudi-arabia", M, PLN, "2023-04-08", "Tehran", [], SA_IR,
           "A Saudi technical delegation is due in Tehran on Saturday for talks with Iranian"),
    ], ["'January 2016 Saudi Arabia breaks off relations after protesters storm its embassy' (no meeting)",
        "'Four further rounds follow in Baghdad, with lower-level contacts in Muscat' (counted)",
        "'Wang Yi chairs the closing session on 10 March' (inside the 6-10 March round)",
        "'Tehran says King Salman has invited Raisi to Riyadh. No date has been set.' (invitation, no date)",
        "'agree to meet' (23 Mar) and 'fix the time and place of their meeting' (the 6 Apr meeting is the event)",
        "'the first formal meeting of the two countries' foreign ministers since 2016' (historical comparison)",
        "'An Iranian team is expected to travel to Riyadh next week' (travel, no encounter stated)",
        "Related explainers (furniture)"]),

    # Friday newsletter ("Issue 87 | Friday 5 November 2010").
    # "On Tuesday David Cameron and Nicolas Sarkozy signed two defence treaties at a summit in London" -> 2 Nov 2010.
    # "dined with Sarkozy at the Élysée on 20 May" -> 20 May 2010, Paris; "Sarkozy came to London on 18 June ...
    #   when the two met at Downing Street" -> 18 Jun 2010, London.
    # "Hu Jintao landed at Orly yesterday ... Sarkozy then hosted him for talks at the Élysée" -> 4 Nov 2010, Paris.
    # "This afternoon Sarkozy takes his guest to Nice for a second round of talks" -> planned, 5 Nov 2010, Nice.
    # "struck by Angela Merkel and Sarkozy on the Deauville seafront on 18 October" -> 18 Oct 2010; "a day before
    #   Dmitry Medvedev joined them for a three-way summit" -> 19 Oct 2010, Deauville.
    # "EU leaders endorsed a version of it at last week's summit in Brussels" -> 2010-10 (week of 25-31 Oct; key
    #   28 Oct 2010); nobody named there.
    # COMING UP (year 2010 from the issue date): "Mon 8 Nov" Obama-Singh in New Delhi; "Thu 11 - Fri 12 Nov" G20 in
    #   Seoul (Sarkozy placed there); "Fri 19 - Sat 20 Nov" NATO summit in Lisbon; "On the Saturday" -> 20 Nov
    #   NATO-Russia Council with Medvedev (a separate gathering on a separate day).
    ("006_europe_week_lancaster_house_newsletter", "2010-11-05", False, [
        ev("2010-11-02-london-cameron-sarkozy", M, OCC, "2010-11-02", "London", [CAMERON, SARKOZY], [],
           "On Tuesday David Cameron and Nicolas Sarkozy signed two defence treaties at a summit"),
        ev("2010-05-20-paris-cameron-sarkozy", M, OCC, "2010-05-20", "Paris", [CAMERON, SARKOZY], [],
           "Cameron, in office since May, dined with Sarkozy at the Élysée on 20 May"),
        ev("2010-06-18-london-cameron-sarkozy", M, OCC, "2010-06-18", "London", [SARKOZY, CAMERON], [],
           "on 18 June for the anniversary of de Gaulle's wartime appeal, when the two met"),
        ev("2010-11-04-paris-hu-sarkozy", M, OCC, "2010-11-04", "Paris", [HU, SARKOZY], [],
           "Sarkozy then hosted him for talks at the Élysée"),
        ev("2010-11-05-nice-hu-sarkozy", M, PLN, "2010-11-05", "Nice", [SARKOZY, HU], [],
           "This afternoon Sarkozy takes his guest to Nice for a second round of talks"),
        ev("2010-10-18-deauville-merkel-sarkozy", M, OCC, "2010-10-18", "Deauville", [MERKEL, SARKOZY], [],
           "struck by Angela Merkel and Sarkozy on the Deauville seafront on 18 October"),
        ev("2010-10-19-deauville-medvedev-merkel-sarkozy", M, OCC, "2010-10-19", "Deauville",
           [MEDVEDEV, MERKEL, SARKOZY], [], "a day before Dmitry Medvedev joined them for a three-way summit"),
        ev("2010-10-28-brussels-european-council", M, OCC, "2010-10", "Brussels", [], ["European Union"],
           "EU leaders endorsed a version of it at last week's summit in Brussels"),
        ev("2010-11-08-new-delhi-obama-singh", M, PLN, "2010-11-08", "New Delhi", [OBAMA, SINGH_M], [],
           "Barack Obama holds talks with Manmohan Singh in New Delhi"),
        ev("2010-11-11-seoul-g20", M, PLN, "2010-11-11", "Seoul", [SARKOZY], ["G20"],
           "G20 leaders meet in Seoul; Sarkozy takes over the group's presidency there", date_end="2010-11-12"),
        ev("2010-11-19-lisbon-nato", M, PLN, "2010-11-19", "Lisbon", [], ["NATO"], "NATO summit in Lisbon",
           date_end="2010-11-20"),
        ev("2010-11-20-lisbon-nato-russia-council", M, PLN, "2010-11-20", "Lisbon", [MEDVEDEV],
           ["NATO-Russia Council"], "Medvedev joins allied leaders for a NATO-Russia Council meeting"),
    ], ["'The leaders took questions at a joint press conference afterwards' (press)",
        "'Both now promise to hold summits \"regularly\"' (vague intention)",
        "'Hu Jintao landed at Orly yesterday to a red carpet' (arrival; the Élysée talks the same day are the event)",
        "'No joint press conference was held' (negation, press)",
        "'Hu flies on to Portugal on Saturday' (travel)",
        "'MPs will debate the defence treaties before ratification' (domestic)",
        "Most read this week: 'Merkel and Sarkozy to meet again over breakfast? Not this time' (furniture)"]),

    # Saturday obituary ("Published 31 December 2022, 16:05").
    # "In November 2006 ... was met at the airport by Prime Minister Recep Tayyip Erdogan" -> 2006-11, Ankara (key
    #   28 Nov 2006).
    # "He received Vladimir Putin at the Vatican in March 2007" -> 2007-03 (key 13 Mar 2007); "and, that November,
    #   King Abdullah" -> 2007-11, Vatican City (key 6 Nov 2007).
    # "On his 81st birthday, 16 April 2008, George W. Bush welcomed him to the White House" -> Washington.
    # "Barack Obama called on him in the papal library at the Vatican on 10 July 2009" -> explicit.
    # "In September 2010 Queen Elizabeth II received him at the Palace of Holyroodhouse in Edinburgh" -> 2010-09
    #   (key 16 Sep 2010).
    # "held talks with Raúl Castro at the Palace of the Revolution on 27 March 2012" -> Havana; "the next day Fidel
    #   Castro came to see him at the nunciature" -> 28 Mar 2012, Havana.
    ("007_va_benedict_xvi_obituary", "2022-12-31", False, [
        ev("2006-11-28-ankara-benedict-erdogan", M, OCC, "2006-11", "Ankara", [BENEDICT, ERDOGAN], [],
           "was met at the airport by Prime Minister Recep Tayyip Erdogan"),
        ev("2007-03-13-vatican-city-benedict-putin", M, OCC, "2007-03", "Vatican City", [BENEDICT, PUTIN], [],
           "He received Vladimir Putin at the Vatican in March 2007"),
        ev("2007-11-06-vatican-city-abdullah-benedict", M, OCC, "2007-11", "Vatican City", [BENEDICT, ABDULLAH], [],
           "that November, King Abdullah of Saudi Arabia, the first Saudi monarch ever granted"),
        ev("2008-04-16-washington-benedict-bush", M, OCC, "2008-04-16", "Washington", [BUSH, BENEDICT], [],
           "George W. Bush welcomed him to the White House before a crowd of thousands"),
        ev("2009-07-10-vatican-city-benedict-obama", M, OCC, "2009-07-10", "Vatican City", [OBAMA, BENEDICT], [],
           "Barack Obama called on him in the papal library at the Vatican on 10 July"),
        ev("2010-09-16-edinburgh-benedict-elizabeth-ii", M, OCC, "2010-09", "Edinburgh", [ELIZABETH, BENEDICT], [],
           "In September 2010 Queen Elizabeth II received him at the Palace of Holyroodhouse in Edinburgh"),
        ev("2012-03-27-havana-benedict-raul-castro", M, OCC, "2012-03-27", "Havana", [BENEDICT, RAUL], [],
           "In Havana he held talks with Raúl Castro at the Palace of the Revolution"),
        ev("2012-03-28-havana-benedict-fidel-castro", M, OCC, "2012-03-28", "Havana", [FIDEL, BENEDICT], [],
           "the next day Fidel Castro came to see him at the nunciature"),
    ], ["'Pope Francis, who had prayed at his bedside on Wednesday' (internal to the Holy See)",
        "'Elected in April 2005' (conclave, internal)",
        "'weeks after a lecture in Regensburg had angered Muslims' (speech)",
        "'who was leaving for a NATO summit' (travel; the summit is not reported)",
        "'the first state visit by a pope to Britain' (same occasion as the Holyroodhouse reception)",
        "'coming straight from the G8 summit in L'Aquila' (backdrop, not reported as a gathering)",
        "'he told a gathering of cardinals, in Latin, that he would renounce the papacy' (internal)",
        "'He spent his last decade in that monastery' (no meeting); 'to see his dying brother Georg in Regensburg' "
        "(family)",
        "'Francis will preside at the funeral ...; Mattarella and Steinmeier are expected' (funeral)",
        "Related: 'Francis visits ailing predecessor' (furniture)"]),

    # Friday op-ed ("Friday 17 September 2010").
    # "On Wednesday in Murmansk, Jens Stoltenberg and Dmitry Medvedev watched their foreign ministers, Jonas Gahr
    #   Støre and Sergei Lavrov, sign the treaty" -> 15 Sep 2010, Murmansk; the leaders' talks that followed are
    #   the same occasion. Støre -> Jonas Gahr Store; Sergei -> Sergey.
    # "he and Stoltenberg announced, after talks on 27 April" -> 27 Apr 2010, Oslo ("Medvedev was in Oslo on a
    #   state visit").
    # "Lavrov and Støre are due to see each other again in Oslo on 1 November, on the margins of a Northern
    #   Dimension ministerial meeting" -> planned 1 Nov 2010; the ministerial is only the backdrop.
    ("008_no_ru_barents_treaty_oped", "2010-09-17", False, [
        ev("2010-09-15-murmansk-lavrov-medvedev-stoltenberg-store", M, OCC, "2010-09-15", "Murmansk",
           [STOLTENBERG, MEDVEDEV, STORE, LAVROV], [],
           "On Wednesday in Murmansk, Jens Stoltenberg and Dmitry Medvedev watched their foreign ministers"),
        ev("2010-04-27-oslo-medvedev-stoltenberg", M, OCC, "2010-04-27", "Oslo", [MEDVEDEV, STOLTENBERG], [],
           "he and Stoltenberg announced, after talks on 27 April,"),
        ev("2010-11-01-oslo-lavrov-store", M, PLN, "2010-11-01", "Oslo", [LAVROV, STORE], [],
           "Lavrov and Støre are due to see each other again in Oslo on 1 November"),
    ], ["'The two leaders then sat down to talk about oil and gas' (same occasion as the signing)",
        "'Forty years of negotiation' (counted)",
        "'the Grey Zone, the arrangement of 1978' (arrangement, no encounter)",
        "'the two governments would have to agree on how to share it' (hypothetical)",
        "'Stoltenberg flew on to Kirkenes ... to meet local business people and mayors' (domestic)",
        "'on the margins of a Northern Dimension ministerial meeting' (backdrop)",
        "'The Storting and the Duma must both ratify the text' (domestic)",
        "Related opinion: 'Medvedev and Stoltenberg meet in Oslo' (furniture, repeats the April talks)"]),

    # Photo gallery; manifest null; page says "Last updated: Sunday 26 July 2015"; captions carry dates.
    # (25/07/2015) "Kenyatta welcomes Obama to State House, Nairobi, for talks" -> 25 Jul 2015; the news conference
    #   and the state dinner that evening are the same occasion.
    # (26/07/2015) "Hailemariam Desalegn receives Obama at Bole International Airport, Addis Ababa, on Sunday
    #   evening" -> 26 Jul 2015 (a reception by the host: meeting verb "receives").
    # FILE (05/08/2014) "Kenyatta and Obama at the US-Africa Leaders Summit in Washington, where some fifty African
    #   heads of state gathered" -> the caption describes the gathering -> 5 Aug 2014.
    # FILE "September 2013. Obama telephoned Kenyatta during the siege" -> call, 2013-09 (the caption has no day).
    # WHAT'S NEXT: "On Monday" -> 27 Jul 2015: talks with Hailemariam, then the South Sudan meeting with "East
    #   African leaders" (unnamed -> group); "On Tuesday" -> 28 Jul 2015: Dlamini-Zuma.
    ("009_ke_us_obama_nairobi_gallery", "2015-07-26", True, [
        ev("2015-07-25-nairobi-kenyatta-obama", M, OCC, "2015-07-25", "Nairobi", [KENYATTA, OBAMA], [],
           "President Uhuru Kenyatta welcomes Obama to State House, Nairobi, for talks on security"),
        ev("2015-07-26-addis-ababa-hailemariam-obama", M, OCC, "2015-07-26", "Addis Ababa", [HAILEMARIAM, OBAMA], [],
           "Ethiopian Prime Minister Hailemariam Desalegn receives Obama at Bole International Airport, Addis Ababa"),
        ev("2014-08-05-washington-us-africa-leaders-summit", M, OCC, "2014-08-05", "Washington", [KENYATTA, OBAMA],
           ["African countries"], "Kenyatta and Obama at the US-Africa Leaders Summit in Washington"),
        ev("2013-09-kenyatta-obama-call", C, OCC, "2013-09", None, [OBAMA, KENYATTA], [],
           "Obama telephoned Kenyatta during the siege to offer US help"),
        ev("2015-07-27-addis-ababa-hailemariam-obama", M, PLN, "2015-07-27", "Addis Ababa", [OBAMA, HAILEMARIAM], [],
           "On Monday Obama holds talks with Hailemariam at the National Palace"),
        ev("2015-07-27-addis-ababa-south-sudan-obama", M, PLN, "2015-07-27", "Addis Ababa", [OBAMA],
           ["East African countries"], "then sits down with East African leaders on the war in South Sudan"),
        ev("2015-07-28-addis-ababa-dlamini-zuma-obama", M, PLN, "2015-07-28", "Addis Ababa", [OBAMA, DLAMINI_ZUMA], [],
           "On Tuesday he meets African Union Commission chair Nkosazana Dlamini-Zuma"),
    ], ["1/11 'Obama's half-sister Auma was the first to hug him' (family)",
        "2/11 'Obama dined privately at his hotel with some three dozen relatives' (family, not diplomatic)",
        "3/11 'Obama opens the Global Entrepreneurship Summit' (speech at a business event)",
        "5/11 'joint news conference after their talks' (press)",
        "6/11 'At the state dinner that evening, Obama and Kenyatta join the band' (same occasion as the talks)",
        "7/11 'Obama addresses about 4,500 people' (speech); 'He did not travel to ... Kogelo' (negation)",
        "8/11 'the first visit to Ethiopia by a sitting US president' (context)",
        "11/11 'before becoming the first US president to address the AU' (speech)",
        "Related galleries: 'Kenyatta receives Museveni at State House' (furniture), football (sport)"]),

    # Thursday radio transcript ("Broadcast: Thursday 4 July 2013").
    # "In Moscow, on Tuesday ... he held talks at the Kremlin with Vladimir Putin" -> 2 Jul 2013, Moscow; the gas
    #   exporters' forum is only the backdrop.
    # "Yesterday morning Austria's president, Heinz Fischer, drove out to the airport and had breakfast with him"
    #   -> 3 Jul 2013, Vienna (the airport where the plane landed "in Vienna").
    # "Cristina Fernández de Kirchner says she spoke to him by phone on Tuesday night" -> call, 2 Jul 2013;
    #   "Rafael Correa called him the same night" -> call, 2 Jul 2013.
    # "Leaders of the UNASUR bloc are due in Cochabamba this evening for an emergency meeting that Morales will
    #   host" -> planned, 4 Jul 2013; participants: Morales (host) and the five who "have confirmed".
    ("010_bo_at_morales_vienna_radio_transcript", "2013-07-04", False, [
        ev("2013-07-02-moscow-morales-putin", M, OCC, "2013-07-02", "Moscow", [MORALES, PUTIN], [],
           "before leaving for home that afternoon he held talks at the Kremlin with Vladimir Putin"),
        ev("2013-07-03-vienna-fischer-morales", M, OCC, "2013-07-03", "Vienna", [FISCHER, MORALES], [],
           "Austria's president, Heinz Fischer, drove out to the airport and had breakfast with him"),
        ev("2013-07-02-fernandez-de-kirchner-morales-call", C, OCC, "2013-07-02", None, [CFK, MORALES], [],
           "Argentina's Cristina Fernández de Kirchner says she spoke to him by phone on Tuesday night"),
        ev("2013-07-02-correa-morales-call", C, OCC, "2013-07-02", None, [CORREA, MORALES], [],
           "Ecuador's Rafael Correa called him the same night"),
        ev("2013-07-04-cochabamba-unasur", M, PLN, "2013-07-04", "Cochabamba", UNASUR_LEADERS, ["UNASUR"],
           "Leaders of the UNASUR bloc are due in Cochabamba this evening for an emergency meeting"),
    ], ["'Morales had been at the gas exporters' forum' (backdrop)",
        "'France and Portugal refused to let his plane cross their airspace' (no meeting)",
        "'Spain's ambassador asked to come aboard the aircraft \"for a coffee\"; Morales said no' (refused proposal)",
        "'refuelled in Las Palmas' (travel); 'Garcia Linera and several thousand supporters were waiting' (domestic)",
        "'Was he in touch with other leaders during the night? Constantly.' (vague; only the two calls are gold)",
        "'Brazil's Dilma Rousseff will not attend' (negation)",
        "'Morales says he has never met him' (negation); 'would consider an asylum request \"if he asked\"' "
        "(hypothetical); 'the foreign minister told reporters' (statement)",
        "'coca growers meet the agriculture ministry over prices' (domestic)",
        "Related transcripts: 'Correa and Morales meet in Guayaquil (2012)' (furniture)"]),

    # Saturday fact-check ("FACT CHECK | Saturday 24 February 2018").
    # "On Friday, Modi received Trudeau in the forecourt of Rashtrapati Bhavan ... then held delegation-level talks
    #   at Hyderabad House" -> 23 Feb 2018, New Delhi (one occasion).
    # "Earlier that morning, External Affairs Minister Sushma Swaraj called on Trudeau in New Delhi" -> 23 Feb 2018
    #   (different party, so its own event).
    # "Trudeau also met Punjab Chief Minister Amarinder Singh in Amritsar on Wednesday" -> 21 Feb 2018.
    # "They held a bilateral meeting at the Nuclear Security Summit in Washington in 2016" -> year only; the author
    #   does not know the day, so the key is year-only. The summit is a backdrop.
    # "When Modi visited Canada in April 2015 ... Modi held talks with Harper in Ottawa" -> 2015-04 (key 15 Apr).
    # "Both leaders are due in London in April for the Commonwealth Heads of Government Meeting" -> planned 2018-04
    #   (key 19 Apr 2018); both leaders are placed there.
    ("011_in_ca_trudeau_delhi_factcheck", "2018-02-24", False, [
        ev("2018-02-23-new-delhi-modi-trudeau", M, OCC, "2018-02-23", "New Delhi", [MODI, TRUDEAU], [],
           "Modi received Trudeau in the forecourt of Rashtrapati Bhavan with a hug"),
        ev("2018-02-23-new-delhi-swaraj-trudeau", M, OCC, "2018-02-23", "New Delhi", [SWARAJ, TRUDEAU], [],
           "Earlier that morning, External Affairs Minister Sushma Swaraj called on Trudeau in New Delhi"),
        ev("2018-02-21-amritsar-singh-trudeau", M, OCC, "2018-02-21", "Amritsar", [TRUDEAU, AMARINDER], [],
           "Trudeau also met Punjab Chief Minister Amarinder Singh in Amritsar on Wednesday"),
        ev("2016-washington-modi-trudeau", M, OCC, "2016", "Washington", [MODI, TRUDEAU], [],
           "They held a bilateral meeting at the Nuclear Security Summit in Washington in 2016"),
        ev("2015-04-15-ottawa-harper-modi", M, OCC, "2015-04", "Ottawa", [MODI, HARPER], [],
           "Modi held talks with Harper in Ottawa"),
        ev("2018-04-19-london-chogm", M, PLN, "2018-04", "London", [MODI, TRUDEAU], ["Commonwealth"],
           "Both leaders are due in London in April for the Commonwealth Heads of Government Meeting"),
    ], ["CLAIM: Modi \"refused to meet\" Trudeau (false claim; negation)",
        "'Modi did not go to the airport' and 'did not accompany Trudeau to Gujarat' (negations)",
        "'Trudeau arrived in New Delhi with his family on Saturday 17 February' (arrival)",
        "'Six agreements were signed' (same occasion as the talks)",
        "'Singh had accused Canadian ministers of sympathy for Khalistani separatists' (statement)",
        "'In Mumbai on Tuesday Trudeau met business leaders and film stars' (not diplomatic)",
        "'the Canadian High Commission withdrew the invitation it had sent to Jaspal Atwal' (withdrawn invitation)",
        "'Photographs of Atwal with Trudeau's wife at an earlier event in Mumbai' (not diplomatic)",
        "Related fact checks: 'Was Trudeau \"received by a junior minister\"?' (furniture)"]),

    # Thursday regional daily ("Dar es Salaam | Thursday, 14 May 2015").
    # "East African heads of state meeting at State House yesterday condemned an attempted coup" -> 13 May 2015,
    #   Dar es Salaam (dateline, State House). Participants: Kikwete (host), the three presidents, Ramaphosa and
    #   Dlamini-Zuma ("also took part"); Zuma is only represented; Nkurunziza "never joined the meeting".
    # "EAC heads of state would reconvene in Dar es Salaam in about two weeks" -> planned, 2015-05 (about 28 May;
    #   key: the real summit of 31 May 2015); groups only.
    # "Kikwete had spoken to Nkurunziza by telephone on Sunday" -> call, 10 May 2015 (nearest past Sunday).
    # "when US Secretary of State John Kerry met Kenyatta in Nairobi last week" -> 2015-05 (week of 4-10 May; key
    #   4 May 2015).
    ("012_tz_bi_eac_dar_summit_regional", "2015-05-14", False, [
        ev("2015-05-13-dar-es-salaam-dlamini-zuma-kagame-kenyatta-kikwete-museveni-ramaphosa", M, OCC, "2015-05-13",
           "Dar es Salaam", EAC_DAR, ["East African Community"],
           "East African heads of state meeting at State House yesterday condemned an attempted coup"),
        ev("2015-05-31-dar-es-salaam-eac", M, PLN, "2015-05", "Dar es Salaam", [], ["East African Community"],
           "EAC heads of state would reconvene in Dar es Salaam in about two weeks"),
        ev("2015-05-10-kikwete-nkurunziza-call", C, OCC, "2015-05-10", None, [KIKWETE, NKURUNZIZA], [],
           "Kikwete had spoken to Nkurunziza by telephone on Sunday"),
        ev("2015-05-04-nairobi-kenyatta-kerry", M, OCC, "2015-05", "Nairobi", [KERRY, KENYATTA], [],
           "when US Secretary of State John Kerry met Kenyatta in Nairobi last week"),
    ], ["'Nkurunziza ... never joined the meeting. He stayed at his hotel' (negation; in the city but absent)",
        "'standing in for President Jacob Zuma' (Zuma not present)",
        "'Niyombare ... told a Bujumbura radio station that the president had been deposed' (statement)",
        "'Nkurunziza later left for the airport' (travel)",
        "'Speaking for the summit, Kikwete said ...' (statement, same occasion)",
        "IN BRIEF: 'The Dar es Salaam Regional Commissioner met daladala operators' (domestic); 'Parliament in "
        "Dodoma resumes the budget debate on Monday' (domestic)",
        "Most read: 'Kikwete to Nkurunziza: \"Respect Arusha\"' (furniture); 'Simba and Yanga prepare for "
        "Saturday's derby' (sport)"]),

    # Monday trade newsletter ("Issue 214 | Monday 16 November 2020").
    # "signed the Regional Comprehensive Economic Partnership yesterday at a virtual summit chaired from Hanoi" ->
    #   15 Nov 2020; a video summit is kind call, location null. The five leaders "joined from their capitals".
    #   "on the sidelines of ASEAN's online summit week" is the backdrop.
    # "leaders of the sixteen negotiating countries met in Phnom Penh in November 2012" -> 2012-11 (key 20 Nov
    #   2012); nobody is named there, so groups only.
    # "Narendra Modi told the third RCEP summit in Bangkok on 4 November 2019" -> explicit.
    # "Economic ministers, chaired by Vietnam's Tran Tuan Anh, met by video on 27 August" -> call, 27 Aug 2020.
    # "APEC leaders meet by video on Friday, hosted by ... Muhyiddin Yassin" -> planned call, 20 Nov 2020.
    # "G20 leaders hold a virtual summit ... on Saturday and Sunday" -> planned call, 21-22 Nov 2020.
    ("013_rcep_signing_trade_newsletter", "2020-11-16", False, [
        ev("2020-11-15-rcep-summit-call", C, OCC, "2020-11-15", None, RCEP_LEADERS, ["RCEP"],
           "signed the Regional Comprehensive Economic Partnership yesterday at a virtual summit chaired from Hanoi"),
        ev("2012-11-20-phnom-penh-rcep", M, OCC, "2012-11", "Phnom Penh", [], ["RCEP"],
           "leaders of the sixteen negotiating countries met in Phnom Penh in November 2012"),
        ev("2019-11-04-bangkok-rcep", M, OCC, "2019-11-04", "Bangkok", [MODI], ["RCEP"],
           "Narendra Modi told the third RCEP summit in Bangkok on 4 November 2019"),
        ev("2020-08-27-tran-call", C, OCC, "2020-08-27", None, [TRAN_TUAN_ANH], ["RCEP"],
           "Economic ministers, chaired by Vietnam's Tran Tuan Anh, met by video on 27 August"),
        ev("2020-11-20-apec-call", C, PLN, "2020-11-20", None, [MUHYIDDIN], ["APEC"],
           "APEC leaders meet by video on Friday, hosted by Malaysia's Prime Minister Muhyiddin Yassin"),
        ev("2020-11-21-g20-call", C, PLN, "2020-11-21", None, [], ["G20"],
           "G20 leaders hold a virtual summit under Saudi Arabia's chairmanship on Saturday and Sunday",
           date_end="2020-11-22"),
    ], ["'on the sidelines of ASEAN's online summit week' (backdrop)",
        "'trade ministers held up signed copies for the cameras' (same occasion)",
        "'India walked away a year ago' (decision; the Bangkok summit is the event)",
        "'The remaining members say the door is open for India to return' (open invitation)",
        "'ratification by at least six ASEAN and three non-ASEAN signatories' (domestic procedures)",
        "'Birmingham says his requests for a call with his Chinese counterpart have gone unanswered' (negation)",
        "'Fonterra's board met on Thursday' (corporate, not diplomatic)",
        "'Biden could seek to rejoin the Pacific trade pact' (hypothetical)",
        "Most read (furniture)"]),

    # Sunday profile ("Sunday 26 February 2006").
    # "shook hands at the Château de Bossey in Céligny ... on Wednesday" + "two days of talks ... that ended on
    #   Thursday" -> one round 22-23 Feb 2006, Celigny. Participants: Solheim (chair), de Silva, Balasingham and
    #   Thamilselvan ("The LTTE team also included"); groups: the government and the LTTE.
    # "On 24 January Solheim saw President Mahinda Rajapaksa in Colombo" -> 24 Jan 2006; "the next day he met the
    #   Tiger leader, Velupillai Prabhakaran, in Kilinochchi" -> 25 Jan 2006.
    # "The two delegations agreed to return to Geneva in April, with Solheim again in the chair" -> planned 2006-04
    #   (key: the dates then announced, 19-21 Apr 2006; that round did not take place as planned).
    ("014_lk_no_solheim_geneva_profile", "2006-02-26", False, [
        ev("2006-02-22-celigny-balasingham-de-silva-solheim-thamilselvan", M, OCC, "2006-02-22", "Celigny",
           [SOLHEIM, DE_SILVA, BALASINGHAM, THAMILSELVAN], LK_SIDES,
           "Erik Solheim chaired two days of talks between the government and the Liberation Tigers",
           date_end="2006-02-23"),
        ev("2006-01-24-colombo-rajapaksa-solheim", M, OCC, "2006-01-24", "Colombo", [SOLHEIM, RAJAPAKSA], [],
           "On 24 January Solheim saw President Mahinda Rajapaksa in Colombo"),
        ev("2006-01-25-kilinochchi-prabhakaran-solheim", M, OCC, "2006-01-25", "Kilinochchi",
           [SOLHEIM, PRABHAKARAN], [], "the next day he met the Tiger leader, Velupillai Prabhakaran, in Kilinochchi"),
        ev("2006-04-19-geneva-solheim", M, PLN, "2006-04", "Geneva", [SOLHEIM], LK_SIDES,
           "The two delegations agreed to return to Geneva in April"),
    ], ["'shook hands ... on Wednesday' (first day of the same round)",
        "'ended on Thursday with a joint statement' (same occasion)",
        "'the first time the two sides had faced each other since April 2003' (historical negation)",
        "'Getting them there took a month of shuttling' (vague)",
        "'has sat through six rounds of talks' (counted)",
        "'Wickremesinghe and Prabhakaran signed separate copies in different towns and never met' (negation)",
        "'On Friday he was back in Oslo to brief Prime Minister Jens Stoltenberg' (internal to one government)",
        "'Rajapaksa has said he would meet Prabhakaran \"if it brings peace\"' (hypothetical)",
        "Related: 'Co-chairs welcome Geneva outcome' (furniture), cricket (sport)"]),
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
