#!/usr/bin/env python3
"""Generate gold.jsonl and manifest.jsonl for the dev17 development corpus.

Run:  python3 data/dev17/build_gold.py   then   python3 data/eval/validate.py data/dev17
Each article lists its true publication date, whether the manifest hides it, its gold
events, and (for documentation only) the traps it contains that must NOT be extracted.
dev17 is a readable development set: unlike the holdout sets, it may be read while developing.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

# canonical names
ABIY, ISAIAS, MELES, OSMAN_SALEH, YEMANE_GEBREAB = ("Abiy Ahmed", "Isaias Afwerki", "Meles Zenawi", "Osman Saleh",
                                                    "Yemane Gebreab")
HARRIS, GIAMMATTEI, AMLO, BIDEN = ("Kamala Harris", "Alejandro Giammattei", "Andres Manuel Lopez Obrador",
                                   "Joe Biden")
PINERA, OBAMA, TRUMP, BORIC = "Sebastian Pinera", "Barack Obama", "Donald Trump", "Gabriel Boric"
MACRI, BOLSONARO, DUQUE, MORENO, ABDO, VIZCARRA = ("Mauricio Macri", "Jair Bolsonaro", "Ivan Duque", "Lenin Moreno",
                                                   "Mario Abdo Benitez", "Martin Vizcarra")
GUELLEH, FARMAAJO, BIHI = "Ismail Omar Guelleh", "Mohamed Abdullahi Mohamed", "Muse Bihi Abdi"
DAHAL, MODI, JAISHANKAR, MURMU, DEUBA, CHOUHAN = ("Pushpa Kamal Dahal", "Narendra Modi", "Subrahmanyam Jaishankar",
                                                  "Droupadi Murmu", "Sher Bahadur Deuba", "Shivraj Singh Chouhan")
LULA, ARCE, PENA, LACALLE_POU, MONDINO, MILEI = ("Luiz Inacio Lula da Silva", "Luis Arce", "Santiago Pena",
                                                 "Luis Lacalle Pou", "Diana Mondino", "Javier Milei")
PUTIN, KHURELSUKH, OYUN_ERDENE, AMARBAYASGALAN, BATTULGA, XI = (
    "Vladimir Putin", "Ukhnaagiin Khurelsukh", "Luvsannamsrain Oyun-Erdene", "Dashzegviin Amarbayasgalan",
    "Khaltmaagiin Battulga", "Xi Jinping")
WILLIAM, CATHERINE, HOLNESS, J_HOLNESS, ALLEN, BRICENO, DAVIS = (
    "Prince William", "Catherine, Duchess of Cambridge", "Andrew Holness", "Juliet Holness", "Patrick Allen",
    "Johnny Briceno", "Philip Davis")
MUHOOZI, KAGAME, MUSEVENI, LOURENCO, TSHISEKEDI, SEZIBERA, KUTESA = (
    "Muhoozi Kainerugaba", "Paul Kagame", "Yoweri Museveni", "Joao Lourenco", "Felix Tshisekedi",
    "Richard Sezibera", "Sam Kutesa")
STUBB, NIINISTO = "Alexander Stubb", "Sauli Niinisto"
TSIPRAS, ZAEV, KOTZIAS, DIMITROV, NIMETZ, MOGHERINI, HAHN = (
    "Alexis Tsipras", "Zoran Zaev", "Nikos Kotzias", "Nikola Dimitrov", "Matthew Nimetz", "Federica Mogherini",
    "Johannes Hahn")
MAGUFULI, GEINGOB, DAGALO, RABIE, KIIR = ("John Magufuli", "Hage Geingob", "Mohamed Hamdan Dagalo",
                                          "Ahmed al-Rabie", "Salva Kiir")
MACRON, SALL, RAMAPHOSA, KABORE, ABE = ("Emmanuel Macron", "Macky Sall", "Cyril Ramaphosa",
                                        "Roch Marc Christian Kabore", "Shinzo Abe")
OUATTARA, ISSOUFOU = "Alassane Ouattara", "Mahamadou Issoufou"
LAVROV, BAYRAMOV, MNATSAKANYAN, POMPEO, ALIYEV, PASHINYAN = (
    "Sergey Lavrov", "Jeyhun Bayramov", "Zohrab Mnatsakanyan", "Mike Pompeo", "Ilham Aliyev", "Nikol Pashinyan")
SOPOAGA, MORRISON, ARDERN, BAINIMARAMA, GUTERRES = ("Enele Sopoaga", "Scott Morrison", "Jacinda Ardern",
                                                    "Frank Bainimarama", "Antonio Guterres")


def ev(key, kind, status, date, location, participants, groups, evidence, date_end=None):
    e = {"key": key, "kind": kind, "status": status, "date": date}
    if date_end:
        e["date_end"] = date_end
    e.update({"location": location, "participants": participants, "groups": groups,
              "evidence": evidence})
    return e


M, C, OCC, PLN = "meeting", "call", "occurred", "planned"

# shared keys (same real-world event in several articles)
K_LUANDA = "2019-08-21-luanda-kagame-lourenco-museveni-tshisekedi"
K_PIF = "2019-08-15-funafuti-pacific-islands-forum"

ARTICLES = [
    # Tuesday wire (Tue 10 Jul 2018; dateline "ADDIS ABABA, July 10").
    # "held talks at the presidential palace in Asmara on Sunday" -> 8 Jul (nearest past Sunday).
    # "The following day the two leaders signed a ... joint declaration ... in Asmara" -> 9 Jul; a signing
    #   attended by both sides on a different day from the talks, so its own event.
    # "signed in Algiers in December 2000 by Isaias and the late ... Meles Zenawi" -> 2000-12 (key: 12 Dec 2000).
    # "On June 26, Abiy received an Eritrean delegation led by ... Osman Saleh and ... Yemane Gebreab" -> explicit;
    #   the unnamed rest of the delegation -> group Eritrea.
    # "Isaias would travel to Ethiopia and hold talks with Abiy in Addis Ababa on Saturday" -> planned 14 Jul
    #   (next Saturday after a Tuesday).
    # Name trap: Yemane Gebreab (presidential adviser, present) vs Yemane Gebremeskel (minister, only speaks).
    ("000_er_et_abiy_asmara_wire", "2018-07-10", False, [
        ev("2018-07-08-asmara-abiy-isaias", M, OCC, "2018-07-08", "Asmara", [ABIY, ISAIAS], [],
           "Isaias Afwerki held talks at the presidential palace in Asmara on Sunday"),
        ev("2018-07-09-asmara-abiy-isaias", M, OCC, "2018-07-09", "Asmara", [ABIY, ISAIAS], [],
           "The following day the two leaders signed a five-point joint declaration of peace and friendship"),
        ev("2000-12-12-algiers-isaias-meles", M, OCC, "2000-12", "Algiers", [ISAIAS, MELES], [],
           "in December 2000 by Isaias and the late Ethiopian Prime Minister Meles Zenawi"),
        ev("2018-06-26-addis-ababa-abiy-gebreab-saleh", M, OCC, "2018-06-26", "Addis Ababa",
           [ABIY, OSMAN_SALEH, YEMANE_GEBREAB], ["Eritrea"],
           "On June 26, Abiy received an Eritrean delegation led by Foreign Minister Osman Saleh"),
        ev("2018-07-14-addis-ababa-abiy-isaias", M, PLN, "2018-07-14", "Addis Ababa", [ISAIAS, ABIY], [],
           "Isaias would travel to Ethiopia and hold talks with Abiy in Addis Ababa on Saturday"),
    ], ["'Abiy ... was back in Addis Ababa on Tuesday' (travel)",
        "'tens of thousands of people lined the airport road' (crowd, no talks)",
        "'Isaias hosted a state dinner for his guest that night' (same day and occasion as the Sunday talks)",
        "'the two men had never met before the visit' (negation)",
        "'Abiy said Ethiopia would fully implement the Algiers peace agreement' (statement)",
        "'Yemane Gebremeskel, said on Tuesday' (statement; a different Yemane from the delegate Yemane Gebreab)",
        "'Guterres welcomed the declaration in a statement' (statement)",
        "'Ethiopian Airlines said it hoped to resume flights' (no meeting)",
        "'a wider regional summit \"could be useful at some point\", but no such meeting has been proposed' "
        "(hypothetical)",
        "Related: 'Abiy to visit Mogadishu for talks with Farmaajo', 'Isaias receives Sudanese envoy in Asmara', "
        "'Ethiopia to meet Kenya in CECAFA semi-final' (furniture, sport)"]),

    # Monday live blog (last updated June 7, 2021, 6:55 p.m. CST). 4:10 p.m.: "Harris and President Alejandro
    # Giammattei have finished their bilateral meeting at the National Palace of Culture" -> 7 Jun, Guatemala City
    # (the blog places her there; the palace is in the capital).
    # 12:15 p.m. recap: "The two leaders held a video call on April 26" -> call; "Harris held a similar virtual
    # meeting with ... López Obrador on May 7" -> call (virtual meeting = call); "President Joe Biden and López
    # Obrador had spoken in a virtual meeting on March 1" -> call. The recap misspells "Giamattei".
    # 10:05 a.m.: "On Tuesday, Harris will hold talks with López Obrador at the National Palace in Mexico City"
    # -> planned 8 Jun.
    ("001_gt_us_harris_guatemala_liveblog", "2021-06-07", False, [
        ev("2021-06-07-guatemala-city-giammattei-harris", M, OCC, "2021-06-07", "Guatemala City",
           [HARRIS, GIAMMATTEI], [],
           "President Alejandro Giammattei have finished their bilateral meeting at the National Palace of Culture"),
        ev("2021-04-26-giammattei-harris-call", C, OCC, "2021-04-26", None, [HARRIS, GIAMMATTEI], [],
           "The two leaders held a video call on April 26"),
        ev("2021-05-07-harris-lopez-obrador-call", C, OCC, "2021-05-07", None, [HARRIS, AMLO], [],
           "held a similar virtual meeting with Mexican President Andrés Manuel López Obrador on May 7"),
        ev("2021-03-01-biden-lopez-obrador-call", C, OCC, "2021-03-01", None, [BIDEN, AMLO], [],
           "President Joe Biden and López Obrador had spoken in a virtual meeting on March 1"),
        ev("2021-06-08-mexico-city-harris-lopez-obrador", M, PLN, "2021-06-08", "Mexico City", [HARRIS, AMLO], [],
           "Harris will hold talks with López Obrador at the National Palace in Mexico City"),
    ], ["'Air Force Two turned back to Joint Base Andrews on Sunday' (travel mishap)",
        "'Harris was welcomed at the palace with an honour guard' (ceremony, same occasion as the talks)",
        "'At a joint news conference after the talks ... \"Do not come.\"' (press conference)",
        "'Harris ... flies to Mexico on Tuesday morning' (travel; the Tuesday talks are the event)",
        "'There is no meeting with the leaders of Honduras or El Salvador on this trip' (negation)",
        "'Harris has no plans to visit the US-Mexico border' (negation, no meeting anyway)",
        "Most read: 'Biden to meet Putin in Geneva on June 16', 'Blinken meets Central American foreign ministers in "
        "San Jose', 'Guatemala to meet Mexico in Gold Cup warm-up' (furniture, sport)"]),

    # Wednesday obituary (Published 7 February 2024). "on 21 March 2011, he welcomed Barack Obama to La Moneda" ->
    # explicit, Santiago. "In September 2018 Donald Trump received him in the Oval Office" -> 2018-09, Washington
    # (key: 28 Sep 2018). "On 22 March 2019 he brought the presidents of Argentina, Brazil, ... to Santiago to found
    # ... PROSUR", the six named in the next clause -> explicit; body PROSUR. "On the night of the runoff,
    # 19 December 2021, Piñera congratulated Gabriel Boric in a video call" -> call. "The following day Boric came to
    # La Moneda, where Piñera received him" -> 20 Dec 2021, Santiago.
    ("002_cl_pinera_obituary_profile", "2024-02-07", False, [
        ev("2011-03-21-santiago-obama-pinera", M, OCC, "2011-03-21", "Santiago", [PINERA, OBAMA], [],
           "on 21 March 2011, he welcomed Barack Obama to La Moneda"),
        ev("2018-09-28-washington-pinera-trump", M, OCC, "2018-09", "Washington", [PINERA, TRUMP], [],
           "In September 2018 Donald Trump received him in the Oval Office for talks"),
        ev("2019-03-22-santiago-abdo-benitez-bolsonaro-duque-macri-moreno-pinera-vizcarra", M, OCC, "2019-03-22",
           "Santiago", [PINERA, MACRI, BOLSONARO, DUQUE, MORENO, ABDO, VIZCARRA], ["PROSUR"],
           "he brought the presidents of Argentina, Brazil, Colombia, Ecuador, Paraguay and Peru to Santiago"),
        ev("2021-12-19-boric-pinera-call", C, OCC, "2021-12-19", None, [PINERA, BORIC], [],
           "Piñera congratulated Gabriel Boric in a video call broadcast live on television"),
        ev("2021-12-20-santiago-boric-pinera", M, OCC, "2021-12-20", "Santiago", [BORIC, PINERA], [],
           "The following day Boric came to La Moneda, where Piñera received him"),
    ], ["'killed on Tuesday when the helicopter he was piloting crashed' (death, no meeting)",
        "'the rescue of 33 trapped miners in 2010' (no meeting)",
        "'He called off the APEC leaders' summit that Santiago was to host that November' (cancelled)",
        "'gave up the COP25 climate conference, which moved to Madrid' (cancelled)",
        "'Boric declared three days of national mourning and said ...' (statement)",
        "'Argentina's Javier Milei posted his condolences on X' (social media)",
        "'A state funeral will be held in Santiago on Friday' (ceremony, not talks)",
        "Related: 'Boric meets Lula in Brasilia ahead of Mercosur talks', 'Chile to meet Peru in Copa America "
        "qualifier' (furniture, sport)"]),

    # Presidency press release, manifest null; the page prints "Djibouti, 15 June 2020" (a Monday).
    # "Under the chairmanship of ... Guelleh, ... Farmaajo ... and ... Muse Bihi Abdi ... met yesterday, Sunday
    # 14 June, at the People's Palace in Djibouti" -> 14 Jun, chaired by Guelleh; Abiy "took part in the
    # discussions". "the meeting that Prime Minister Abiy hosted for President Farmajo and President Bihi in Addis
    # Ababa on 11 February 2020" -> explicit. "On Saturday evening, on the eve of the summit, President Guelleh
    # received President Moussa Bihi Abdi and his delegation at the Palace" -> 13 Jun, Djibouti; unnamed delegation
    # -> group Somaliland. "Last week, President Guelleh and Prime Minister Abiy discussed the arrangements ... by
    # telephone" -> call; last week = 8-14 June -> 2020-06 (key 11 Jun). "technical committees ... will resume talks
    # in Djibouti within 45 days" -> planned; 45 days from 14 June can fall in June or July, so date null (key
    # month 2020-07).
    # Name variants: "Farmaajo"/"Farmajo" (Mohamed Abdullahi Mohamed), "Muse"/"Moussa Bihi Abdi", "Ismaïl".
    ("003_dj_somalia_somaliland_presidency_release", "2020-06-15", True, [
        ev("2020-06-14-djibouti-abiy-bihi-farmaajo-guelleh", M, OCC, "2020-06-14", "Djibouti",
           [GUELLEH, FARMAAJO, BIHI, ABIY], [],
           "met yesterday, Sunday 14 June, at the People's Palace in Djibouti"),
        ev("2020-02-11-addis-ababa-abiy-bihi-farmaajo", M, OCC, "2020-02-11", "Addis Ababa", [ABIY, FARMAAJO, BIHI], [],
           "Abiy hosted for President Farmajo and President Bihi in Addis Ababa on 11 February 2020"),
        ev("2020-06-13-djibouti-bihi-guelleh", M, OCC, "2020-06-13", "Djibouti", [GUELLEH, BIHI], ["Somaliland"],
           "received President Moussa Bihi Abdi and his delegation at the Palace for a working dinner"),
        ev("2020-06-11-abiy-guelleh-call", C, OCC, "2020-06", None, [GUELLEH, ABIY], [],
           "President Guelleh and Prime Minister Abiy discussed the arrangements for the summit by telephone"),
        ev("2020-07-djibouti-somalia-somaliland", M, PLN, None, "Djibouti", [], ["Somalia", "Somaliland"],
           "committees composed of members of both delegations will resume talks in Djibouti within 45 days"),
    ], ["'agreed not to politicise development assistance and investment' (agreement, same occasion)",
        "'Several rounds of talks held between 2012 and 2015, most of them hosted by Türkiye' (counted)",
        "'A tripartite summit of Djibouti, Ethiopia and Somalia ... could be convened at a later date; no date has "
        "been set' (hypothetical)",
        "'The summit concluded with the adoption of a joint communiqué' (same occasion)",
        "'thanks the African Union, the European Union and the United States for their support' (no meeting)",
        "Latest news: 'The Head of State receives the credentials of the new Ambassador of Japan', 'The President "
        "chairs the Council of Ministers', 'Djibouti and Ethiopia to meet on the railway corridor' (furniture)"]),

    # Friday translated page (Friday, June 2, 2023; also the Nepali date Jestha 19, 2080).
    # "held delegation-level talks with ... Narendra Modi at Hyderabad House on Thursday" -> 1 Jun, New Delhi.
    # "On Wednesday evening ... S. Jaishankar called on him at his hotel in New Delhi" -> 31 May.
    # "On Thursday evening, Dahal called on President Droupadi Murmu at Rashtrapati Bhavan" -> 1 Jun, New Delhi;
    #   a separate encounter from the Modi talks.
    # "Dahal's last official visit to India as prime minister was in September 2016, during his previous term,
    #   when he held talks with Modi in New Delhi" -> 2016-09 (key 16 Sep 2016).
    # "Modi last visited Nepal in May last year, when he and then prime minister Sher Bahadur Deuba held talks in
    #   Lumbini" -> 2022-05 (key 16 May 2022).
    # "On Saturday he travels to Indore, where ... Shivraj Singh Chouhan is scheduled to host him for lunch" ->
    #   planned 3 Jun.
    ("004_np_in_prachanda_delhi_translated", "2023-06-02", False, [
        ev("2023-06-01-new-delhi-dahal-modi", M, OCC, "2023-06-01", "New Delhi", [DAHAL, MODI], [],
           "held delegation-level talks with his Indian counterpart Narendra Modi at Hyderabad House on Thursday"),
        ev("2023-05-31-new-delhi-dahal-jaishankar", M, OCC, "2023-05-31", "New Delhi", [JAISHANKAR, DAHAL], [],
           "External Affairs Minister S. Jaishankar called on him at his hotel in New Delhi"),
        ev("2023-06-01-new-delhi-dahal-murmu", M, OCC, "2023-06-01", "New Delhi", [DAHAL, MURMU], [],
           "On Thursday evening, Dahal called on President Droupadi Murmu at Rashtrapati Bhavan"),
        ev("2016-09-16-new-delhi-dahal-modi", M, OCC, "2016-09", "New Delhi", [DAHAL, MODI], [],
           "when he held talks with Modi in New Delhi"),
        ev("2022-05-16-lumbini-deuba-modi", M, OCC, "2022-05", "Lumbini", [MODI, DEUBA], [],
           "he and then prime minister Sher Bahadur Deuba held talks in Lumbini on Buddha Jayanti"),
        ev("2023-06-03-indore-chouhan-dahal", M, PLN, "2023-06-03", "Indore", [CHOUHAN, DAHAL], [],
           "Chief Minister Shivraj Singh Chouhan is scheduled to host him for lunch"),
    ], ["'Dahal was given a ceremonial welcome in the forecourt of Rashtrapati Bhavan' (ceremony)",
        "'laid a wreath at Rajghat' (ceremony)",
        "'the two prime ministers inaugurated several cross-border projects by remote link' (same occasion, not a call)",
        "'Modi hosted a lunch for the Nepali delegation' (same occasion as the talks)",
        "'Vinay Kwatra told reporters that the two sides had agreed to settle the matter through dialogue' "
        "(press, vague)",
        "'No date has been set for a new visit by Modi to Nepal' (negation)",
        "'Today Dahal is in Ujjain, where he is visiting the Mahakaleshwar temple' (visit, no encounter)",
        "'KP Sharma Oli criticised the visit in a statement issued in Kathmandu' (statement)",
        "Related news: 'Dahal meets Indian business leaders in Mumbai', 'Oli calls on Chinese ambassador in "
        "Kathmandu', 'Nepal to meet India in SAFF Championship opener' (furniture, sport)"]),

    # Wednesday translated page ("10 Jul. 2024 | 08:05 BOT"). "held talks this Tuesday (9) in Santa Cruz de la
    # Sierra" -> 9 Jul (Spanish "this Tuesday (9)" convention). "Lula arrived on Monday night from Asunción, where
    # earlier that day both presidents had attended the Mercosur summit hosted by ... Santiago Peña" -> 8 Jul;
    # Lacalle Pou and Mondino are placed there in the next sentence; body Mercosur. "Milei spent Sunday (7) ... in
    # Balneário Camboriú ..., where he met former Brazilian president Jair Bolsonaro" -> 7 Jul. "the failed uprising
    # of Wednesday, June 26 ... Lula telephoned Arce that night" -> call 26 Jun. "Uruguay will host the next Mercosur
    # summit in Montevideo in December" -> planned 2024-12 (key 6 Dec 2024), no leader named.
    ("005_bo_br_lula_santa_cruz_translated", "2024-07-10", False, [
        ev("2024-07-09-santa-cruz-de-la-sierra-arce-lula", M, OCC, "2024-07-09", "Santa Cruz de la Sierra",
           [LULA, ARCE], [], "Luis Arce held talks this Tuesday (9) in Santa Cruz de la Sierra"),
        ev("2024-07-08-asuncion-mercosur", M, OCC, "2024-07-08", "Asuncion",
           [PENA, LULA, ARCE, LACALLE_POU, MONDINO], ["Mercosur"],
           "both presidents had attended the Mercosur summit hosted by Paraguayan President Santiago Peña"),
        ev("2024-07-07-balneario-camboriu-bolsonaro-milei", M, OCC, "2024-07-07", "Balneario Camboriu",
           [MILEI, BOLSONARO], [], "where he met former Brazilian president Jair Bolsonaro"),
        ev("2024-06-26-arce-lula-call", C, OCC, "2024-06-26", None, [LULA, ARCE], [],
           "Lula telephoned Arce that night to offer his support"),
        ev("2024-12-06-montevideo-mercosur", M, PLN, "2024-12", "Montevideo", [], ["Mercosur"],
           "Uruguay will host the next Mercosur summit in Montevideo in December"),
    ], ["'The two governments signed agreements ... and the presidents then addressed a business forum' "
        "(same occasion)",
        "'President Javier Milei chose not to travel' (negation)",
        "'Lula and Milei have not met since the Argentine took office in December' (negation)",
        "'troops under General Juan José Zúñiga forced their way into the old government palace' (domestic, no "
        "meeting)",
        "'confirmed the trip the next day' (statement)",
        "'Arce told the business forum he would \"soon\" make a visit to Brasília' (vague)",
        "'A meeting between Lula and former president Evo Morales was discussed by aides but did not take place' "
        "(did not happen)",
        "Más leídas: 'Arce meets Peña in Asunción to discuss waterway', 'Lula and Petro meet in Bogotá', 'Bolívar to "
        "meet The Strongest in Sunday derby' (furniture, sport)"]),

    # Radio transcript, broadcast Tuesday 3 September 2024, 13:00 ULAT. "held talks with President Ukhnaagiin
    # Khurelsukh in Ulaanbaatar this morning" -> 3 Sep. "This afternoon, before he leaves Ulaanbaatar, Mr Putin is
    # scheduled to meet separately with Prime Minister ... Oyun-Erdene and with the Speaker ..., Dashzegviin
    # Amarbayasgalan" -> two planned events (separately), 3 Sep, Ulaanbaatar. "He was last here ... on
    # 3 September 2019, when he held talks with the then president, Khaltmaagiin Battulga" -> explicit;
    # "here" = Ulaanbaatar. "Khurelsukh and Putin last met in Beijing last October" -> 2023-10 (day not known to the
    # author: month key). "sat down with Xi Jinping for a trilateral summit in Samarkand in September 2022" ->
    # 2022-09 (key 15 Sep 2022).
    ("006_mn_ru_putin_ulaanbaatar_radio_transcript", "2024-09-03", False, [
        ev("2024-09-03-ulaanbaatar-khurelsukh-putin", M, OCC, "2024-09-03", "Ulaanbaatar", [PUTIN, KHURELSUKH], [],
           "Vladimir Putin held talks with President Ukhnaagiin Khurelsukh in Ulaanbaatar this morning"),
        ev("2024-09-03-ulaanbaatar-oyun-erdene-putin", M, PLN, "2024-09-03", "Ulaanbaatar", [PUTIN, OYUN_ERDENE], [],
           "Mr Putin is scheduled to meet separately with Prime Minister Luvsannamsrain Oyun-Erdene"),
        ev("2024-09-03-ulaanbaatar-amarbayasgalan-putin", M, PLN, "2024-09-03", "Ulaanbaatar",
           [PUTIN, AMARBAYASGALAN], [],
           "with the Speaker of the State Great Khural, Dashzegviin Amarbayasgalan"),
        ev("2019-09-03-ulaanbaatar-battulga-putin", M, OCC, "2019-09-03", "Ulaanbaatar", [PUTIN, BATTULGA], [],
           "on 3 September 2019, when he held talks with the then president, Khaltmaagiin Battulga"),
        ev("2023-10-beijing-khurelsukh-putin", M, OCC, "2023-10", "Beijing", [KHURELSUKH, PUTIN], [],
           "Khurelsukh and Putin last met in Beijing last October"),
        ev("2022-09-15-samarkand-khurelsukh-putin-xi", M, OCC, "2022-09", "Samarkand", [KHURELSUKH, PUTIN, XI], [],
           "The two men also sat down with Xi Jinping for a trilateral summit in Samarkand"),
    ], ["'the official welcome took place here on the square ... with an honour guard' (ceremony, same occasion)",
        "'they watched ministers sign agreements on fuel supplies' (same occasion)",
        "'he lays a wreath at the monument to Marshal Zhukov' (ceremony)",
        "'attends a reception for the eighty-fifth anniversary of the battle of Khalkhin Gol' (ceremony)",
        "'The court said on Friday that member states have an obligation to arrest' (statement)",
        "'Kyiv's foreign ministry said Mongolia had let the suspect escape justice' (statement)",
        "'Mongolian officials have said nothing in public' (no event)",
        "'Mr Putin also invited Khurelsukh to the BRICS gathering in Kazan in October. The Mongolian side has not "
        "said whether he will go' (invitation, not accepted)",
        "Related: 'Khurelsukh to meet Xi on the sidelines of the SCO summit', 'Mongolia to meet Russia in Asian "
        "wrestling final' (furniture, sport)"]),

    # Photo gallery, manifest null; the page prints "Gallery | 24 March 2022, 11:05 a.m." (a Thursday), and the
    # captions carry day-first dates such as "(23/03/2022)". Photo 3: "Prince William and Catherine meet Prime
    # Minister Andrew Holness and his wife, Juliet, at Vale Royal ... on Wednesday. (23/03/2022)" -> 23 Mar,
    # Kingston. Photo 5: "Governor-General Sir Patrick Allen hosts the couple for a dinner at King's House, Kingston,
    # on Wednesday evening" -> 23 Mar; a different host and venue, so a separate event. Photo 7 (file photo):
    # "Johnny Briceño received the couple in Belize on Saturday, March 19" -> no city, so the country, Belize.
    # Photo 8: "Philip Davis is scheduled to hold talks with them in Nassau on Friday" -> planned 25 Mar.
    # "the couple" = Prince William and Catherine, Duchess of Cambridge (keys use "william" and "catherine").
    ("007_jm_uk_cambridges_kingston_gallery", "2022-03-24", True, [
        ev("2022-03-23-kingston-catherine-holness-william", M, OCC, "2022-03-23", "Kingston",
           [WILLIAM, CATHERINE, HOLNESS, J_HOLNESS], [],
           "William and Catherine meet Prime Minister Andrew Holness and his wife, Juliet, at Vale Royal"),
        ev("2022-03-23-kingston-allen-catherine-william", M, OCC, "2022-03-23", "Kingston",
           [ALLEN, WILLIAM, CATHERINE], [],
           "Governor-General Sir Patrick Allen hosts the couple for a dinner at King's House, Kingston"),
        ev("2022-03-19-belize-briceno-catherine-william", M, OCC, "2022-03-19", "Belize",
           [BRICENO, WILLIAM, CATHERINE], [],
           "Belize Prime Minister Johnny Briceño received the couple in Belize on Saturday, March 19"),
        ev("2022-03-25-nassau-catherine-davis-william", M, PLN, "2022-03-25", "Nassau", [DAVIS, WILLIAM, CATHERINE], [],
           "Prime Minister Philip Davis is scheduled to hold talks with them in Nassau on Friday"),
    ], ["Photo 1 'Schoolchildren wave flags as the Duke and Duchess of Cambridge arrive' (arrival, no talks)",
        "Photo 2 'Protesters outside the British High Commission in Kingston' (protest)",
        "Photo 4 'Holness tells reporters during the courtesy call that Jamaica intends to \"move on\"' (statement; "
        "same occasion as photo 3)",
        "Photo 5 'where the Duke spoke of his \"profound sorrow\"' (speech at the dinner, same occasion)",
        "Photo 6 'The couple watch the Jamaica Defence Force commissioning parade' (ceremony)",
        "Photo 7 'A planned visit to a cocoa farm in the village of Indian Creek had been cancelled' (cancelled)",
        "Photo 8 'The couple fly to the Bahamas this afternoon' (travel)",
        "Related galleries: 'Prince Charles meets Mia Mottley in Bridgetown', 'Holness meets Trudeau in Ottawa', "
        "'Reggae Boyz to meet Mexico in World Cup qualifier' (furniture, sport)"]),

    # Tuesday analysis (Tuesday 1 February 2022). "Lt Gen Muhoozi Kainerugaba ... held talks with President Paul
    # Kagame there on 22 January" -> explicit; "there" = Kigali. "Kagame and Museveni signed a memorandum of
    # understanding in Luanda in August 2019, with Lourenço and Tshisekedi at their side" -> 2019-08 (shared key,
    # full date in 011). "An ad hoc commission led by the two foreign ministers, Richard Sezibera and Sam Kutesa,
    # held its first meeting in Kigali in September 2019" -> 2019-09 (key 16 Sep 2019); the commission's unnamed
    # members -> groups Rwanda, Uganda. "last met face to face at the border itself, at a quadripartite summit with
    # Lourenço and Tshisekedi at Gatuna in February 2020" -> 2020-02 (key 21 Feb 2020). "Muhoozi is due back in
    # Kigali in March for a second round of talks with Kagame" -> planned 2022-03 (key 14 Mar 2022).
    ("008_ug_rw_gatuna_border_analysis", "2022-02-01", False, [
        ev("2022-01-22-kigali-kagame-kainerugaba", M, OCC, "2022-01-22", "Kigali", [MUHOOZI, KAGAME], [],
           "held talks with President Paul Kagame there on 22 January"),
        ev(K_LUANDA, M, OCC, "2019-08", "Luanda", [KAGAME, MUSEVENI, LOURENCO, TSHISEKEDI], [],
           "Kagame and Museveni signed a memorandum of understanding in Luanda in August 2019"),
        ev("2019-09-16-kigali-kutesa-sezibera", M, OCC, "2019-09", "Kigali", [SEZIBERA, KUTESA], ["Rwanda", "Uganda"],
           "Richard Sezibera and Sam Kutesa, held its first meeting in Kigali in September 2019"),
        ev("2020-02-21-gatuna-kagame-lourenco-museveni-tshisekedi", M, OCC, "2020-02", "Gatuna",
           [MUSEVENI, KAGAME, LOURENCO, TSHISEKEDI], [],
           "at a quadripartite summit with Lourenço and Tshisekedi at Gatuna in February 2020"),
        ev("2022-03-14-kigali-kagame-kainerugaba", M, PLN, "2022-03", "Kigali", [MUHOOZI, KAGAME], [],
           "is due back in Kigali in March for a second round of talks with Kagame"),
    ], ["'Rwanda reopened the Gatuna/Katuna crossing with Uganda on Monday' (no meeting)",
        "'Kigali announced the reopening six days later' (statement)",
        "'met several more times after that without visible result' (counted)",
        "'The Covid-19 pandemic then froze contacts' (no event)",
        "'He calls Kagame \"my uncle\" on Twitter, where he also announced the trip' (social media)",
        "'Museveni replaced the head of military intelligence' (domestic)",
        "'A summit between Kagame and Museveni could follow if ... but neither capital has proposed one' "
        "(hypothetical)",
        "Related analysis: 'Tshisekedi and Kagame: the limits of summitry', 'Uganda to meet Rwanda in CECAFA women's "
        "final' (furniture, sport)"]),

    # Saturday interview (Saturday 11 October 2025). "What came out of Thursday's meeting? ... Stubb and Donald Trump
    # met in the Oval Office" -> 9 Oct, Washington. "Stubb phoned Trump on 11 November last year" -> call 2024-11-11.
    # "on the last Saturday of March, he spent a day with Trump in Palm Beach: breakfast at Mar-a-Lago, a round of
    # golf and lunch" -> 29 Mar 2025 (last Saturday of March 2025), one event. "Joe Biden came to Helsinki in July
    # 2023 for a summit with the Nordic leaders, hosted by Sauli Niinistö" -> 2023-07 (key 13 Jul 2023); the other
    # Nordic leaders are unnamed -> group. "his only earlier visit was for his summit with Vladimir Putin in July
    # 2018" -> 2018-07, Helsinki (key 16 Jul 2018). "Finnish and American officials will meet in Helsinki next month"
    # -> planned 2025-11.
    ("009_fi_us_icebreakers_interview", "2025-10-11", False, [
        ev("2025-10-09-washington-stubb-trump", M, OCC, "2025-10-09", "Washington", [STUBB, TRUMP], [],
           "Stubb and Donald Trump met in the Oval Office"),
        ev("2024-11-11-stubb-trump-call", C, OCC, "2024-11-11", None, [STUBB, TRUMP], [],
           "Stubb phoned Trump on 11 November last year to congratulate him on the election"),
        ev("2025-03-29-palm-beach-stubb-trump", M, OCC, "2025-03-29", "Palm Beach", [STUBB, TRUMP], [],
           "on the last Saturday of March, he spent a day with Trump in Palm Beach"),
        ev("2023-07-13-helsinki-us-nordic-summit", M, OCC, "2023-07", "Helsinki", [BIDEN, NIINISTO],
           ["Nordic countries"], "Joe Biden came to Helsinki in July 2023 for a summit with the Nordic leaders"),
        ev("2018-07-16-helsinki-putin-trump", M, OCC, "2018-07", "Helsinki", [TRUMP, PUTIN], [],
           "his only earlier visit was for his summit with Vladimir Putin in July 2018"),
        ev("2025-11-helsinki-finland-united-states", M, PLN, "2025-11", "Helsinki", [], ["Finland", "United States"],
           "Finnish and American officials will meet in Helsinki next month"),
    ], ["'Trump posted about it the same evening' (social media)",
        "'The Canadians ... were not part of Thursday's talks' (negation)",
        "'If he did, it would be quite a spectacle. Nobody has suggested it seriously' (hypothetical)",
        "'They seem to speak by phone whenever there is news' (habitual)",
        "Related interviews: 'Estonia's foreign minister on Baltic Sea cables', 'Finland to meet Canada in ice "
        "hockey Euro Tour opener' (furniture, sport)"]),

    # Tuesday op-ed (19 June 2018). "On Sunday, on the Greek shore of Lake Prespa at the village of Psarades, foreign
    # ministers Nikos Kotzias and Nikola Dimitrov signed the agreement", with Tsipras, Zaev, Nimetz, Mogherini and
    # Hahn present -> 17 Jun. "The deal was sealed in a telephone call between Tsipras and Zaev five days before the
    # ceremony" -> 17 Jun minus 5 = 12 Jun. "The two prime ministers first sat down together in Davos in January" ->
    # 2018-01 (key 24 Jan 2018). "EU leaders meet in Brussels on June 28 and 29" -> planned gathering with date_end.
    # "NATO leaders, gathering in Brussels next month" -> planned 2018-07 (key 11 Jul 2018; month-only mention,
    # so no date_end).
    ("010_gr_mk_prespa_oped", "2018-06-19", False, [
        ev("2018-06-17-psarades-dimitrov-hahn-kotzias-mogherini-nimetz-tsipras-zaev", M, OCC, "2018-06-17",
           "Psarades", [KOTZIAS, DIMITROV, TSIPRAS, ZAEV, NIMETZ, MOGHERINI, HAHN], [],
           "foreign ministers Nikos Kotzias and Nikola Dimitrov signed the agreement"),
        ev("2018-06-12-tsipras-zaev-call", C, OCC, "2018-06-12", None, [TSIPRAS, ZAEV], [],
           "sealed in a telephone call between Tsipras and Zaev five days before the ceremony"),
        ev("2018-01-24-davos-tsipras-zaev", M, OCC, "2018-01", "Davos", [TSIPRAS, ZAEV], [],
           "The two prime ministers first sat down together in Davos in January"),
        ev("2018-06-28-brussels-european-council", M, PLN, "2018-06-28", "Brussels", [], ["European Union"],
           "EU leaders meet in Brussels on June 28 and 29", date_end="2018-06-29"),
        ev("2018-07-11-brussels-nato-summit", M, PLN, "2018-07", "Brussels", [], ["NATO"],
           "NATO leaders, gathering in Brussels next month, are expected to invite the country"),
    ], ["'their foreign ministers met more than a dozen times over the winter' (counted)",
        "'President Gjorge Ivanov says he will not sign' (statement)",
        "'Tsipras survived a no-confidence motion on Saturday' (domestic)",
        "'a referendum is planned in Skopje for the autumn' (no meeting)",
        "'Had Nimetz not kept the process alive ..., there would be nothing to ratify' (hypothetical)",
        "'There is talk of a visit by Tsipras to Skopje ... no date has been proposed' (vague)",
        "Read more: 'Zaev meets Bulgarian PM Borissov in Sofia', 'North Macedonia to meet Greece in basketball "
        "qualifier' (furniture, sport)"]),

    # Saturday newsletter (Saturday, 24 August 2019). Item 1: "signed a memorandum of understanding in Luanda on
    # Wednesday", hosted by Lourenço with Tshisekedi "at the table" -> 21 Aug (shared key with 008). Item 2:
    # "held their 39th summit in Dar es Salaam on 17-18 August" -> date_end; Magufuli and Geingob; body SADC (from the
    # item heading). Item 3: "Also last Saturday, in Khartoum, ... Dagalo ... and Ahmed al-Rabie ... signed the
    # constitutional declaration", with Abiy and Kiir "among the witnesses" -> 17 Aug (Saturday of the previous week).
    # Item 4: "Macron will receive ... Sall, ... Kagame, ... Ramaphosa and ... Kaboré at the G7 summit in Biarritz on
    # Sunday" -> planned 25 Aug. Item 5: "Next week, from Wednesday to Friday, ... Shinzo Abe hosts ... TICAD7 in
    # Yokohama" -> planned 28-30 Aug. ELSEWHERE: "Pacific Islands Forum leaders, meeting in Funafuti last week" ->
    # last week = 12-18 Aug -> 2019-08 (shared key with 014).
    ("011_africa_week_roundup_newsletter", "2019-08-24", False, [
        ev(K_LUANDA, M, OCC, "2019-08-21", "Luanda", [KAGAME, MUSEVENI, LOURENCO, TSHISEKEDI], [],
           "signed a memorandum of understanding in Luanda on Wednesday"),
        ev("2019-08-17-dar-es-salaam-sadc-summit", M, OCC, "2019-08-17", "Dar es Salaam", [MAGUFULI, GEINGOB], ["SADC"],
           "Southern African leaders held their 39th summit in Dar es Salaam on 17-18 August",
           date_end="2019-08-18"),
        ev("2019-08-17-khartoum-abiy-al-rabie-dagalo-kiir", M, OCC, "2019-08-17", "Khartoum",
           [DAGALO, RABIE, ABIY, KIIR], [],
           "signed the constitutional declaration that sets up a three-year transition"),
        ev("2019-08-25-biarritz-kabore-kagame-macron-ramaphosa-sall", M, PLN, "2019-08-25", "Biarritz",
           [MACRON, SALL, KAGAME, RAMAPHOSA, KABORE], ["G7"],
           "at the G7 summit in Biarritz on Sunday, for a session on partnership with Africa"),
        ev("2019-08-28-yokohama-ticad7", M, PLN, "2019-08-28", "Yokohama", [ABE], ["African Union"],
           "Shinzo Abe hosts the seventh Tokyo International Conference on African Development (TICAD7) in Yokohama",
           date_end="2019-08-30"),
        ev(K_PIF, M, OCC, "2019-08", "Funafuti", [], ["Pacific Islands Forum"],
           "Pacific Islands Forum leaders, meeting in Funafuti last week, agreed a declaration on climate change"),
    ], ["'A follow-up summit at the Gatuna border could happen \"if the commitments are kept\" ...; nobody has "
        "proposed a date' (hypothetical)",
        "'used his first speech to call for the lifting of sanctions on Zimbabwe' (speech)",
        "'the number of Kenyan cabinet meetings this month' (domestic, counted)",
        "Most read this week: 'Kagame and Museveni: a timeline of the border row', 'Abiy hosts Sudanese negotiators "
        "in Addis Ababa', 'Nigeria to meet South Africa in AFCON qualifier' (furniture, sport)"]),

    # Saturday translated page ("Publié le 21/12/2019 à 19h40", day-first). "held talks this Saturday, 21 December,
    # at the presidential palace in Plateau" -> 21 Dec; Plateau is a district of Abidjan (dateline). "This Sunday he
    # is expected in Niamey, where he will ... hold talks with President Mahamadou Issoufou" -> planned 22 Dec.
    # "the summit with the five G5 Sahel heads of state that Macron is hosting in Pau on 13 January" -> planned
    # 13 Jan 2020 (next January). "The five Sahel leaders met in Niamey earlier this month ... without France" ->
    # 2019-12 (key 15 Dec 2019). "In November 2017 he attended the African Union-European Union summit in Abidjan,
    # hosted by Ouattara" -> 2017-11 (key 29 Nov 2017). "ADO" and "Alassane Dramane Ouattara" = Alassane Ouattara.
    ("012_ci_fr_macron_abidjan_translated", "2019-12-21", False, [
        ev("2019-12-21-abidjan-macron-ouattara", M, OCC, "2019-12-21", "Abidjan", [MACRON, OUATTARA], [],
           "Alassane Dramane Ouattara held talks this Saturday, 21 December, at the presidential palace in Plateau"),
        ev("2019-12-22-niamey-issoufou-macron", M, PLN, "2019-12-22", "Niamey", [MACRON, ISSOUFOU], [],
           "and hold talks with President Mahamadou Issoufou"),
        ev("2020-01-13-pau-g5-sahel-summit", M, PLN, "2020-01-13", "Pau", [MACRON], ["G5 Sahel"],
           "G5 Sahel heads of state that Macron is hosting in Pau on 13 January"),
        ev("2019-12-15-niamey-g5-sahel", M, OCC, "2019-12", "Niamey", [], ["G5 Sahel"],
           "The five Sahel leaders met in Niamey earlier this month to prepare their position"),
        ev("2017-11-29-abidjan-au-eu-summit", M, OCC, "2017-11", "Abidjan", [MACRON, OUATTARA],
           ["African Union", "European Union"],
           "In November 2017 he attended the African Union-European Union summit in Abidjan, hosted by Ouattara"),
    ], ["'At a joint press conference afterwards, the two heads of state announced ...' (press conference)",
        "'he shared an early Christmas dinner with French troops' (own troops)",
        "'he will pay tribute to the 71 Nigerien soldiers' (ceremony within the planned Niamey visit)",
        "'That summit was first set for 16 December and was postponed' (postponed date, not an event)",
        "'Ouattara declined to say whether he would seek a third term' (statement)",
        "'the Élysée said Macron had no plans to meet him' (Gbagbo, negation)",
        "Lire aussi: 'Ouattara reçoit le président ghanéen à Abidjan', 'Les Éléphants affronteront le Ghana en "
        "amical' (furniture, sport)"]),

    # Explainer with no date anywhere on the page; manifest null. The true date (10 Jan 2021) is the author's
    # choice: after the last timeline entry (16 Nov 2020) and before the planned meeting of 11 Jan 2021. All dates
    # come from the explicit timeline headings, whose year is given in the first entry ("27 September 2020").
    # "9-10 October: ... Lavrov hosts ... Bayramov and ... Mnatsakanian in Moscow for talks that last more than
    # ten hours" -> 9 Oct with date_end 10 Oct ("Sergei" and "Mnatsakanian" are spelling variants).
    # "23 October: ... Pompeo receives Bayramov and Mnatsakanyan ..., meeting each of them separately" -> two
    # events, Washington (State Department). "30 October: In Geneva, the co-chairs of the OSCE Minsk Group ... hold
    # talks with Bayramov and Mnatsakanyan" -> one meeting; the co-chairs are unnamed -> group.
    # "9 November: ... Putin and Aliyev sign during a video call" -> call; Pashinyan "does not join the call".
    # "Putin, Aliyev and Pashinyan are due to meet in Moscow on 11 January 2021" -> planned.
    ("013_am_az_karabakh_ceasefire_explainer", "2021-01-10", True, [
        ev("2020-10-09-moscow-bayramov-lavrov-mnatsakanyan", M, OCC, "2020-10-09", "Moscow",
           [LAVROV, BAYRAMOV, MNATSAKANYAN], [],
           "Sergei Lavrov hosts Azerbaijan's Jeyhun Bayramov and Armenia's Zohrab Mnatsakanian in Moscow",
           date_end="2020-10-10"),
        ev("2020-10-23-washington-bayramov-pompeo", M, OCC, "2020-10-23", "Washington", [POMPEO, BAYRAMOV], [],
           "Mike Pompeo receives Bayramov and Mnatsakanyan at the State Department, meeting each of them separately"),
        ev("2020-10-23-washington-mnatsakanyan-pompeo", M, OCC, "2020-10-23", "Washington", [POMPEO, MNATSAKANYAN], [],
           "Mike Pompeo receives Bayramov and Mnatsakanyan at the State Department, meeting each of them separately"),
        ev("2020-10-30-geneva-bayramov-minsk-group-mnatsakanyan", M, OCC, "2020-10-30", "Geneva",
           [BAYRAMOV, MNATSAKANYAN], ["OSCE Minsk Group"],
           "co-chairs of the OSCE Minsk Group, from France, Russia and the United States, hold talks"),
        ev("2020-11-09-aliyev-putin-call", C, OCC, "2020-11-09", None, [PUTIN, ALIYEV], [],
           "Putin and Aliyev sign during a video call"),
        ev("2021-01-11-moscow-aliyev-pashinyan-putin", M, PLN, "2021-01-11", "Moscow", [PUTIN, ALIYEV, PASHINYAN], [],
           "Putin, Aliyev and Pashinyan are due to meet in Moscow on 11 January 2021"),
    ], ["'Heavy fighting breaks out ... Both sides declare martial law' (no meeting)",
        "'Lavrov announces a humanitarian ceasefire' (statement, same occasion as the Moscow talks)",
        "'The two foreign ministries announce a second humanitarian truce' (statement)",
        "'There is no joint session' (negation)",
        "'A US-brokered ceasefire is announced' (statement)",
        "'Azerbaijani forces take the town of Shusha' (no meeting)",
        "'Vladimir Putin, Ilham Aliyev and Nikol Pashinyan sign a trilateral statement' (not an encounter of the three: see the call; "
        "'Pashinyan signs separately in Yerevan and does not join the call')",
        "'Mnatsakanyan resigns. Ara Aivazian replaces him' (domestic)",
        "'Macron has spoken to both leaders by phone several times' (counted)",
        "'France is ready to host talks if both sides ask' (hypothetical)",
        "Related explainers: 'What is the OSCE Minsk Group?', 'Armenia to meet Azerbaijan? Why the football draw keeps "
        "them apart' (furniture, sport)"]),

    # Saturday regional paper (Saturday, August 17, 2019). "Morrison arrived on Tuesday and held a bilateral meeting
    # with ... Enele Sopoaga that evening" -> 13 Aug, Funafuti (dateline). "Two days later, Sopoaga chaired the
    # leaders' retreat at the government building, with Morrison, ... Ardern and ... Bainimarama among the leaders"
    # -> 13 + 2 = 15 Aug; body Pacific Islands Forum (shared key with 011). "Guterres visited Funafuti in May and
    # held talks with Sopoaga" -> 2019-05 (key 17 May 2019). "on a visit to Suva in January, when he and Bainimarama
    # held talks" -> 2019-01 (key 17 Jan 2019). "Next year's leaders' meeting will be held in Port Vila, Vanuatu" ->
    # planned, year only (2020).
    ("014_tv_pif_funafuti_regional", "2019-08-17", False, [
        ev(K_PIF, M, OCC, "2019-08-15", "Funafuti", [SOPOAGA, MORRISON, ARDERN, BAINIMARAMA], ["Pacific Islands Forum"],
           "Two days later, Sopoaga chaired the leaders' retreat at the government building"),
        ev("2019-08-13-funafuti-morrison-sopoaga", M, OCC, "2019-08-13", "Funafuti", [MORRISON, SOPOAGA], [],
           "held a bilateral meeting with Tuvalu's Prime Minister Enele Sopoaga that evening"),
        ev("2019-05-17-funafuti-guterres-sopoaga", M, OCC, "2019-05", "Funafuti", [GUTERRES, SOPOAGA], [],
           "Antonio Guterres visited Funafuti in May and held talks with Sopoaga"),
        ev("2019-01-17-suva-bainimarama-morrison", M, OCC, "2019-01", "Suva", [MORRISON, BAINIMARAMA], [],
           "on a visit to Suva in January, when he and Bainimarama held talks"),
        ev("2020-port-vila-pacific-islands-forum", M, PLN, "2020", "Port Vila", [], ["Pacific Islands Forum"],
           "Next year's leaders' meeting will be held in Port Vila, Vanuatu"),
    ], ["'Morrison announced A$500 million for climate and oceans programmes' (statement)",
        "'Bainimarama told reporters afterwards that some of Australia's positions had been \"insulting\"' (press)",
        "'watched a rugby match together' (same occasion as the Suva talks)",
        "'The forum has met every year since 1971' (counted)",
        "'Sopoaga said he hoped Pacific leaders could one day hold a climate summit with the world's largest emitters, "
        "but no such meeting has been proposed' (hypothetical)",
        "'Morrison did not hold a separate meeting with Bainimarama in Funafuti' (negation)",
        "Latest news: 'Sopoaga meets Taiwanese delegation in Funafuti', 'Ardern meets Samoan PM in Apia', 'Fiji to meet "
        "Tonga in Pacific Nations Cup' (furniture, sport)"]),
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
