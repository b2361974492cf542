#!/usr/bin/env python3
"""Generate gold.jsonl and manifest.jsonl for the holdout34 BLIND held-out corpus.

Run:  python3 data/holdout34/build_gold.py   then   python3 data/eval/validate.py data/holdout34
Each article lists its true publication date, whether the manifest hides it, its gold
events, and (for documentation only) the traps it contains that must NOT be extracted.

holdout34 is a BLIND held-out set: the developers of dossier must not read its pages, its gold,
this file or its README (beyond the README's first paragraph). It is scored only in aggregate.

It covers 15 real occasions, all from 2013-2022: Sudan's political agreement (Khartoum 2019),
the Algiers peace accord for Mali signed in Bamako (2015), the Palermo conference on Libya
(2018), Ebrard's tariff talks at the White House (2019), the EU-Cuba agreement (Brussels 2016),
the opening of intra-Afghan talks (Doha 2020), Imran Khan at the White House (2019), Duterte in
Beijing (2016), Netanyahu and Burhan in Entebbe (2020), Bennett and el-Sisi in Sharm el-Sheikh
(2021), Biden in Jeddah (2022), Vucic and Hoti in the Oval Office (2020), Scholz in Beijing
(2022), Ardern and Morrison in Queenstown (2021) and Xi in Astana (2013).

Fourteen pages are ordinary modern online news (wire copy, newspapers' and broadcasters' sites,
an agency item, an EU-affairs site); one is a live blog (010).

Three pages have no date in the manifest, and each prints one: 004 ("Published 12.12.2016"),
008 (page header "Tuesday, February 4, 2020") and 014 ("2013-09-07 21:36:10" source line).

Three real events are reported by two pages under the same key:
  2019-07-17-khartoum-al-rabie-dagalo-dirir-lebatt   000 (main occasion) and 008 (background)
  2019-07-22-washington-bajwa-khan-qureshi-trump      006 (main occasion) and 005 (background, month)
  2021-09-13-sharm-el-sheikh-bennett-el-sisi          009 (main occasion) and 010 (background, month)
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

# canonical names
DAGALO, RABIE, LEBATT, DIRIR, BURHAN, ABIY, SISI, NAGY = (
    "Mohamed Hamdan Dagalo", "Ahmed al-Rabie", "Mohamed El Hacen Lebatt", "Mahmoud Dirir",
    "Abdel Fattah al-Burhan", "Abiy Ahmed", "Abdel Fattah el-Sisi", "Tibor Nagy")
DIOP, TOURE, LAMAMRA, KEITA, MUGABE, LADSOUS, AG_ACHERIF, HOLLANDE = (
    "Abdoulaye Diop", "Harouna Toure", "Ramtane Lamamra", "Ibrahim Boubacar Keita",
    "Robert Mugabe", "Herve Ladsous", "Bilal Ag Acherif", "Francois Hollande")
CONTE, SARRAJ, HAFTAR, MEDVEDEV, SALAME, OKTAY, LE_DRIAN, ESSEBSI = (
    "Giuseppe Conte", "Fayez al-Sarraj", "Khalifa Haftar", "Dmitry Medvedev", "Ghassan Salame",
    "Fuat Oktay", "Jean-Yves Le Drian", "Beji Caid Essebsi")
MACRON, AGUILA_SALEH, MISHRI, TRUMP, PUTIN, SHOIGU = (
    "Emmanuel Macron", "Aguila Saleh", "Khalid al-Mishri", "Donald Trump", "Vladimir Putin",
    "Sergei Shoigu")
EBRARD, PENCE, POMPEO, BARCENA, VARADKAR, MARQUEZ, ROSS, FREELAND = (
    "Marcelo Ebrard", "Mike Pence", "Mike Pompeo", "Martha Barcena", "Leo Varadkar",
    "Graciela Marquez", "Wilbur Ross", "Chrystia Freeland")
MOGHERINI, RODRIGUEZ, MIMICA, OBAMA, RAUL_CASTRO, DASTIS, AYRAULT = (
    "Federica Mogherini", "Bruno Rodriguez", "Neven Mimica", "Barack Obama", "Raul Castro",
    "Alfonso Dastis", "Jean-Marc Ayrault")
AL_THANI, KHALILZAD, ABDULLAH, BARADAR, ATMAR, GHANI, ANASTASIADES = (
    "Mohammed bin Abdulrahman Al Thani", "Zalmay Khalilzad", "Abdullah Abdullah",
    "Abdul Ghani Baradar", "Mohammad Hanif Atmar", "Ashraf Ghani", "Nicos Anastasiades")
KHAN, QURESHI, BAJWA, MODI, SHARIF, MALPASS, DUNFORD = (
    "Imran Khan", "Shah Mahmood Qureshi", "Qamar Javed Bajwa", "Narendra Modi", "Nawaz Sharif",
    "David Malpass", "Joseph Dunford")
DUTERTE, XI, LI_KEQIANG, ZHANG_DEJIANG, RAMOS, FU_YING, ABE = (
    "Rodrigo Duterte", "Xi Jinping", "Li Keqiang", "Zhang Dejiang", "Fidel Ramos", "Fu Ying",
    "Shinzo Abe")
NETANYAHU, MUSEVENI, KENYATTA, KAGAME, HAILEMARIAM = (
    "Benjamin Netanyahu", "Yoweri Museveni", "Uhuru Kenyatta", "Paul Kagame", "Hailemariam Desalegn")
BENNETT, KAMEL, MUBARAK, ABDULLAH_II, ABBAS, BIDEN = (
    "Naftali Bennett", "Abbas Kamel", "Hosni Mubarak", "Abdullah II", "Mahmoud Abbas", "Joe Biden")
MBS, KING_SALMAN, FAISAL_BIN_FARHAN, SULLIVAN, KHALID_AL_FAISAL, MBZ, LAPID = (
    "Mohammed bin Salman", "Salman bin Abdulaziz", "Faisal bin Farhan", "Jake Sullivan",
    "Khalid al-Faisal", "Mohamed bin Zayed Al Nahyan", "Yair Lapid")
VUCIC, HOTI, GRENELL, OBRIEN, BORRELL, LAJCAK, MERKEL, THACI = (
    "Aleksandar Vucic", "Avdullah Hoti", "Richard Grenell", "Robert O'Brien", "Josep Borrell",
    "Miroslav Lajcak", "Angela Merkel", "Hashim Thaci")
SCHOLZ = "Olaf Scholz"
ARDERN, MORRISON, TURNBULL, JOHNSON = (
    "Jacinda Ardern", "Scott Morrison", "Malcolm Turnbull", "Boris Johnson")
NAZARBAYEV, BERDIMUHAMEDOW, KARIMOV = (
    "Nursultan Nazarbayev", "Gurbanguly Berdimuhamedow", "Islam Karimov")

TMC, FFC = "Transitional Military Council", "Forces of Freedom and Change"
SUDAN_SIDES = [TMC, FFC]
CMA = "Coordination of Azawad Movements"

KEY_KHARTOUM = "2019-07-17-khartoum-al-rabie-dagalo-dirir-lebatt"
KEY_KHAN_TRUMP = "2019-07-22-washington-bajwa-khan-qureshi-trump"
KEY_SHARM = "2021-09-13-sharm-el-sheikh-bennett-el-sisi"


def ev(key, kind, status, date, location, participants, groups, evidence, date_end=None):
    e = {"key": key, "kind": kind, "status": status, "date": date}
    if date_end:
        e["date_end"] = date_end
    e.update({"location": location, "participants": participants, "groups": groups,
              "evidence": evidence})
    return e


M, C, OCC, PLN = "meeting", "call", "occurred", "planned"

ARTICLES = [
    # 000. Wire copy, "July 17, 2019 / 9:41 AM", dateline "KHARTOUM, July 17 (NAW)" (manifest
    # 2019-07-17, a Wednesday). "early on Wednesday" -> 17 Jul; "on Friday" (future) -> 19 Jul;
    # "in the early hours of July 5" -> 5 Jul; "on June 7" -> 7 Jun; "In April" (past) -> 2019-04;
    # "on Tuesday" (past) -> 16 Jul. The signing: Dagalo and al-Rabie signed, the two envoys "sat
    # beside them at the table" (participants); the two bodies are the groups. The July 5 outline was
    # "agreed ... at talks in the capital brokered by Lebatt and Dirir" (Khartoum; the two sides are
    # groups). Abiy on June 7: two encounters in one sentence (Burhan; then opposition leaders at the
    # Ethiopian embassy, group FFC). The Cairo summit: "hosted a summit of African leaders" (group
    # African Union). Nagy-Dagalo: "spoke by phone".
    ("000", "2019-07-17", False, [
        ev(KEY_KHARTOUM, M, OCC, "2019-07-17", "Khartoum", [DAGALO, RABIE, LEBATT, DIRIR], SUDAN_SIDES,
           "Sudan's ruling generals and the main protest alliance signed a political agreement in Khartoum"),
        ev("2019-07-19-khartoum-forces-of-freedom-and-change-transitional-military-council", M, PLN,
           "2019-07-19", "Khartoum", [], SUDAN_SIDES,
           "The two delegations are due to meet again at the Corinthia on Friday"),
        ev("2019-07-05-khartoum-dirir-lebatt", M, OCC, "2019-07-05", "Khartoum", [LEBATT, DIRIR], SUDAN_SIDES,
           "agreed in the early hours of July 5, at talks in the capital"),
        ev("2019-06-07-khartoum-abiy-al-burhan", M, OCC, "2019-06-07", "Khartoum", [ABIY, BURHAN], [],
           "He held talks with Burhan and then met opposition leaders at the Ethiopian embassy"),
        ev("2019-06-07-khartoum-abiy", M, OCC, "2019-06-07", "Khartoum", [ABIY], [FFC],
           "He held talks with Burhan and then met opposition leaders at the Ethiopian embassy"),
        ev("2019-04-23-cairo-el-sisi", M, OCC, "2019-04", "Cairo", [SISI], ["African Union"],
           "hosted a summit of African leaders on Sudan in Cairo"),
        ev("2019-07-16-dagalo-nagy-call", C, OCC, "2019-07-16", None, [NAGY, DAGALO], [],
           "Tibor Nagy spoke by phone with Dagalo on Tuesday to urge him to sign"),
    ], ["'He called the signing \"a historic moment\" in a short speech' (speech)",
        "'General Abdel Fattah al-Burhan, did not attend' (negation)",
        "'Lebatt told reporters' (press remarks)",
        "'security forces cleared the protest camp ... on June 3' (no meeting)",
        "'later named Dirir as his envoy' (appointment, no meeting)",
        "'Protest leaders and the generals have met many times since April' (counted)",
        "'The Sudan Revolutionary Front ... said in a statement it rejected the document' (statement)",
        "'a ceremony with foreign leaders could follow if the constitutional text is agreed' (hypothetical)",
        "Related Coverage: 'Kiir receives Sudanese rebel delegation in Juba', 'Egypt's Sisi hosts Libya's Haftar in Cairo for talks' (furniture)",
        "MOST READ: 'Ethiopia's Abiy meets Eritrea's Isaias at border crossing' (furniture)"]),

    # 001. West African news site, "Friday, 15 May 2015 - 19:32 GMT" (manifest 2015-05-15, a
    # Friday). "on Friday" -> 15 May; "on Thursday" -> 14 May; "on March 1" -> 1 Mar; "early next
    # month" -> 2015-06. The signing: Diop and Toure signed, Lamamra signed as witness, Keita
    # hosted, Mugabe and Ladsous attended (all participants); groups are the government and the
    # Platform. The presidents of Niger, Ghana and Cote d'Ivoire are unnamed and add nothing.
    # Ag Acherif initialled in Algiers "in the presence of the mediators" (groups CMA and the
    # mediation). The March 1 initialling is a signing by both sides (government and Platform).
    # The airport greeting Keita-Mugabe is an in-person encounter. Hollande "telephoned" Keita.
    # The planned Algiers round: "plans to receive a CMA delegation in Algiers early next month".
    ("001", "2015-05-15", False, [
        ev("2015-05-15-bamako-diop-keita-ladsous-lamamra-mugabe-toure", M, OCC, "2015-05-15", "Bamako",
           [DIOP, TOURE, LAMAMRA, KEITA, MUGABE, LADSOUS], ["Mali", "Platform"],
           "Mali's government and pro-government armed groups signed a peace and reconciliation agreement in Bamako"),
        ev("2015-05-14-algiers-ag-acherif", M, OCC, "2015-05-14", "Algiers", [AG_ACHERIF],
           [CMA, "International mediation"],
           "initialled the text in Algiers on Thursday in the presence of the mediators"),
        ev("2015-03-01-algiers-mali-platform", M, OCC, "2015-03-01", "Algiers", [], ["Mali", "Platform"],
           "The government and the Platform had initialled the same document in Algiers on March 1"),
        ev("2015-05-14-bamako-keita-mugabe", M, OCC, "2015-05-14", "Bamako", [KEITA, MUGABE], [],
           "Keïta greeted Mugabe at Bamako-Sénou airport on Thursday evening"),
        ev("2015-05-14-hollande-keita-call", C, OCC, "2015-05-14", None, [HOLLANDE, KEITA], [],
           "French President François Hollande telephoned Keïta on Thursday to welcome the initialling"),
        ev("2015-06-05-algiers-coordination-of-azawad-movements-international-mediation", M, PLN, "2015-06",
           "Algiers", [], ["International mediation", CMA],
           "The mediation plans to receive a CMA delegation in Algiers early next month"),
    ], ["'The seats reserved for the Coordination of Azawad Movements (CMA) stayed empty' (negation)",
        "'He said initialling and signing were \"two legally separate acts\"' (statement)",
        "'The presidents of Niger, Ghana and Cote d'Ivoire flew in on Friday morning' (travel, unnamed)",
        "'In his speech, Ladsous urged ... Keita replied from the podium' (speeches)",
        "'Mali has signed several peace deals with northern rebels since the 1990s' (counted)",
        "'Fighting near Menaka continued this week' (no meeting)",
        "'the CMA could still sign later if its demands are met' (hypothetical)",
        "Read also: 'Mauritania's Abdel Aziz meets Keita in Nouakchott', 'ECOWAS ministers meet in Accra', 'Niger's Issoufou receives French defence minister' (furniture)"]),

    # 002. Broadcaster's site, "Published: 13/11/2018 - 20:05 CET" (manifest 2018-11-13, a
    # Tuesday). "on Tuesday" -> 13 Nov; "on Monday evening" -> 12 Nov; "on Monday and Tuesday" ->
    # 12-13 Nov (one gathering with date_end); "on May 29" -> 2018-05-29; "in July" -> 2018-07;
    # "last month" -> 2018-10; "earlier this month" -> 2018-11. The morning session: Conte hosted
    # Sarraj and Haftar; el-Sisi, Medvedev and Salame "also took part". The conference: Conte
    # (presided), Le Drian and Essebsi ("at the plenary"), Oktay (whose country "left early") and
    # Salame (joint press conference at the end) are placed there; "Delegations from 38 countries
    # gathered". Haftar "did not join the conference itself", so he is not a participant of it.
    # Trump "received him at the White House" -> Washington. Conte "discussed it with ... Putin in
    # Moscow". Haftar "was received by Defence Minister Sergei Shoigu" in Moscow.
    ("002", "2018-11-13", False, [
        ev("2018-11-13-palermo-al-sarraj-conte-el-sisi-haftar-medvedev-salame", M, OCC, "2018-11-13",
           "Palermo", [CONTE, SARRAJ, HAFTAR, SISI, MEDVEDEV, SALAME], [],
           "Conte hosted Fayez al-Sarraj, head of the UN-backed government in Tripoli, and Khalifa Haftar"),
        ev("2018-11-12-palermo-conte-essebsi-le-drian-oktay-salame", M, OCC, "2018-11-12", "Palermo",
           [CONTE, LE_DRIAN, ESSEBSI, OKTAY, SALAME], [],
           "Delegations from 38 countries gathered in the Sicilian capital on Monday and Tuesday",
           date_end="2018-11-13"),
        ev("2018-11-12-palermo-conte-haftar", M, OCC, "2018-11-12", "Palermo", [HAFTAR, CONTE], [],
           "Haftar had arrived on Monday evening and held talks with Conte at the villa"),
        ev("2018-05-29-paris-al-mishri-al-sarraj-haftar-macron-saleh", M, OCC, "2018-05-29", "Paris",
           [MACRON, SARRAJ, HAFTAR, AGUILA_SALEH, MISHRI], [],
           "French President Emmanuel Macron hosted Sarraj, Haftar and the heads of Libya's two rival assemblies"),
        ev("2018-07-30-washington-conte-trump", M, OCC, "2018-07", "Washington", [TRUMP, CONTE], [],
           "President Donald Trump received him at the White House in July"),
        ev("2018-10-24-moscow-conte-putin", M, OCC, "2018-10", "Moscow", [CONTE, PUTIN], [],
           "He discussed it with Russian President Vladimir Putin in Moscow last month"),
        ev("2018-11-07-moscow-haftar-shoigu", M, OCC, "2018-11", "Moscow", [HAFTAR, SHOIGU], [],
           "flew to Moscow earlier this month and was received by Defence Minister Sergei Shoigu"),
    ], ["'Turkey left early in protest and the meeting ended without a signed text' (no separate event)",
        "'he did not join the conference itself' (negation)",
        "'His spokesman said the field marshal came only to meet the leaders of neighbouring countries' (statement, vague)",
        "'Oktay, who was not invited to the morning session, told reporters' (negation, press remarks)",
        "'That meeting set a December election date that has since been dropped' (no meeting)",
        "'At a joint press conference with Salame, Conte called the meeting \"a success\"' (press conference)",
        "'He said he would like to visit Libya before the end of the year, but gave no date' (vague intention)",
        "'Sarraj and Haftar have met several times since 2017' (counted)",
        "Related: 'Salame meets Libyan tribal leaders in Tunis', 'Algeria's Ouyahia meets Tunisian premier' (furniture)"]),

    # 003. Mexican English-language daily, "Thursday, June 6, 2019 · 07:15 CDT" (manifest
    # 2019-06-06, a Thursday morning). "on Wednesday" -> 5 Jun; "on Thursday" (scheduled, future
    # that same day) -> 6 Jun; "On Monday" -> 3 Jun; "on Tuesday" -> 4 Jun. The White House talks:
    # Ebrard "accompanied by Ambassador Martha Barcena", with Pence and Pompeo. The Thursday round:
    # "officials from both governments are scheduled to sit down again" (groups). Trump met
    # Varadkar at Shannon airport (Shannon). Ebrard and Marquez met Ross at the Commerce Department
    # (Washington). Freeland "called Ebrard" (call).
    ("003", "2019-06-06", False, [
        ev("2019-06-05-washington-barcena-ebrard-pence-pompeo", M, OCC, "2019-06-05", "Washington",
           [EBRARD, PENCE, POMPEO, BARCENA], [],
           "Marcelo Ebrard held more than an hour of talks with U.S. Vice President Mike Pence"),
        ev("2019-06-06-washington-mexico-united-states", M, PLN, "2019-06-06", "Washington", [],
           ["Mexico", "United States"], "The talks will continue on Thursday at the State Department"),
        ev("2019-06-05-shannon-trump-varadkar", M, OCC, "2019-06-05", "Shannon", [TRUMP, VARADKAR], [],
           "at Shannon airport, where he met Irish Prime Minister Leo Varadkar on Wednesday"),
        ev("2019-06-03-washington-ebrard-marquez-ross", M, OCC, "2019-06-03", "Washington",
           [EBRARD, MARQUEZ, ROSS], [],
           "Ebrard and Economy Minister Graciela Márquez met U.S. Commerce Secretary Wilbur Ross"),
        ev("2019-06-04-ebrard-freeland-call", C, OCC, "2019-06-04", None, [FREELAND, EBRARD], [],
           "Chrystia Freeland, called Ebrard on Tuesday to offer support"),
    ], ["'\"We are optimistic,\" he told a news conference at the Mexican embassy' (press conference)",
        "'Trump ... wrote on Twitter' (social media); 'He spoke to reporters at Shannon airport' (press remarks)",
        "'the 5% tariff that President Donald Trump has threatened to impose ... from Monday' (no meeting)",
        "'Lopez Obrador, who has never met Trump in person' (negation)",
        "'said at his morning press conference' (press conference)",
        "'He plans a rally in Tijuana on Saturday' (rally, no encounter)",
        "'Mexican and U.S. officials have spoken almost daily since the threat was announced' (counted)",
        "'If no deal is reached, the tariff could rise to 25% by October' (hypothetical)",
        "Read more: 'Ebrard to meet Guatemalan counterpart in Tapachula, sources say' (furniture)"]),

    # 004. EU-affairs news site, "Published 12.12.2016 | 13:45 CET" (manifest null; true date
    # 2016-12-12, a Monday). "on Monday" -> 12 Dec; "in April 2014" -> 2014-04; "on 11 March this
    # year" -> 2016-03-11; "Ten days later" -> 2016-03-21; "on Tuesday" (future) -> 13 Dec. The
    # signing: Mogherini and Rodriguez, with "the ministers of the 28 member states" (group EU).
    # "Negotiators first sat down in Havana in April 2014" (groups). The Havana talks and the
    # initialling with Mimica are one occasion (same day, same place). Obama-Raul Castro at the
    # Palace of the Revolution (Havana). Rodriguez-Dastis "bilateral meeting" on the sidelines.
    # Rodriguez "is due in Paris on Tuesday for talks with ... Ayrault" (planned).
    ("004", "2016-12-12", True, [
        ev("2016-12-12-brussels-mogherini-rodriguez", M, OCC, "2016-12-12", "Brussels",
           [MOGHERINI, RODRIGUEZ], ["European Union"],
           "Mogherini and Cuban Foreign Minister Bruno Rodríguez Parrilla signed the Political Dialogue and Cooperation Agreement"),
        ev("2014-04-29-havana-cuba-european-union", M, OCC, "2014-04", "Havana", [],
           ["European Union", "Cuba"], "Negotiators first sat down in Havana in April 2014"),
        ev("2016-03-11-havana-mimica-mogherini-rodriguez", M, OCC, "2016-03-11", "Havana",
           [MOGHERINI, RODRIGUEZ, MIMICA], [],
           "she held talks with Rodríguez in Havana on 11 March this year"),
        ev("2016-03-21-havana-castro-obama", M, OCC, "2016-03-21", "Havana", [OBAMA, RAUL_CASTRO], [],
           "held talks with Raúl Castro at the Palace of the Revolution"),
        ev("2016-12-12-brussels-dastis-rodriguez", M, OCC, "2016-12-12", "Brussels", [RODRIGUEZ, DASTIS], [],
           "Rodríguez also met Spanish Foreign Minister Alfonso Dastis for a bilateral meeting"),
        ev("2016-12-13-paris-ayrault-rodriguez", M, PLN, "2016-12-13", "Paris", [RODRIGUEZ, AYRAULT], [],
           "Rodríguez is due in Paris on Tuesday for talks with his French counterpart Jean-Marc Ayrault"),
    ], ["'Mogherini told journalists'; 'Rodriguez told reporters' (press remarks)",
        "'on the sidelines of the monthly meeting of EU foreign ministers' (backdrop; also internal to the EU)",
        "'Mogherini did not travel to the funeral in Santiago de Cuba' (negation)",
        "'EU member states dropped the 1996 common position last Tuesday' (decision, no stated meeting)",
        "'declined to say whether President Raul Castro would accept an invitation to Brussels' (unconfirmed invitation)",
        "'An EU-Cuba joint council could meet once the agreement is ratified' (hypothetical)",
        "Related stories: 'Mogherini meets Colombia's Santos on peace accord funding', 'EU and Mercosur negotiators meet in Brussels' (furniture)"]),

    # 005. Wire copy, "September 12, 2020 4:58 PM GMT+3", dateline "DOHA, Sept 12 (GNA)" (manifest
    # 2020-09-12, a Saturday). "on Saturday" -> 12 Sep; "on Feb. 29" -> 2020-02-29; "in July 2019"
    # -> 2019-07 (shared key with 006); "on Friday" -> 11 Sep; "later on Saturday" -> 12 Sep. The
    # ceremony: Al Thani opened it "flanked by" Pompeo and Khalilzad; Abdullah and Baradar
    # "addressed the hall"; the two negotiating sides are groups. Three separate sideline
    # encounters: Pompeo-Baradar, Pompeo-Abdullah-Atmar ("He later sat down with"), Al Thani-Baradar.
    # The Feb. 29 deal "that Khalilzad and Baradar signed in Doha ... in Pompeo's presence".
    # Pompeo-Ghani: "telephoned". Cyprus: "is due to meet President Nicos Anastasiades" (country only).
    ("005", "2020-09-12", False, [
        ev("2020-09-12-doha-abdullah-al-thani-baradar-khalilzad-pompeo", M, OCC, "2020-09-12", "Doha",
           [AL_THANI, POMPEO, KHALILZAD, ABDULLAH, BARADAR], ["Afghanistan", "Taliban"],
           "the Afghan government and the Taliban came face to face in Qatar on Saturday"),
        ev("2020-09-12-doha-baradar-pompeo", M, OCC, "2020-09-12", "Doha", [POMPEO, BARADAR], ["Taliban"],
           "On the sidelines, Pompeo met Baradar and other members of the Taliban team"),
        ev("2020-09-12-doha-abdullah-atmar-pompeo", M, OCC, "2020-09-12", "Doha", [POMPEO, ABDULLAH, ATMAR], [],
           "He later sat down with Abdullah and acting Foreign Minister Mohammad Hanif Atmar"),
        ev("2020-09-12-doha-al-thani-baradar", M, OCC, "2020-09-12", "Doha", [AL_THANI, BARADAR], [],
           "Sheikh Mohammed also held a separate meeting with Baradar"),
        ev("2020-02-29-doha-baradar-khalilzad-pompeo", M, OCC, "2020-02-29", "Doha",
           [KHALILZAD, BARADAR, POMPEO], [],
           "the deal that Khalilzad and Baradar signed in Doha on Feb. 29 in Pompeo's presence"),
        ev(KEY_KHAN_TRUMP, M, OCC, "2019-07", "Washington", [KHAN, TRUMP], [],
           "Prime Minister Imran Khan met President Donald Trump at the White House in July 2019"),
        ev("2020-09-11-ghani-pompeo-call", C, OCC, "2020-09-11", None, [POMPEO, GHANI], [],
           "Pompeo telephoned President Ashraf Ghani on Friday to discuss the opening"),
        ev("2020-09-12-cyprus-anastasiades-pompeo", M, PLN, "2020-09-12", "Cyprus", [POMPEO, ANASTASIADES], [],
           "where he is due to meet President Nicos Anastasiades"),
    ], ["'\"Our country will remember this day as the end of war,\" Abdullah said in his speech' (speech)",
        "'They had been expected to start in March but were held up' (postponed, no occasion)",
        "'Ghani did not travel to Doha' (negation)",
        "'Esper said in a statement' (statement)",
        "'The two sides have exchanged lists of prisoners many times this year' (counted)",
        "'a ceasefire could be agreed only after weeks of bargaining' (hypothetical)",
        "Related coverage: 'Taliban delegation meets Pakistan's Qureshi in Islamabad', 'Khalilzad holds talks with Uzbek leaders in Tashkent' (furniture)"]),

    # 006. Pakistani daily's site, "Tuesday, July 23, 2019", "Updated 08:20 AM PKT" (manifest
    # 2019-07-23, a Tuesday). "on Monday" -> 22 Jul; "last month" -> 2019-06; "in October 2015"
    # -> 2015-10; "on Sunday" -> 21 Jul; "on Tuesday" (future, the publication day) -> 23 Jul. The
    # Oval Office talks: Trump and Khan, with Qureshi and Bajwa who "joined the prime minister for
    # the talks"; the working lunch is part of the same occasion. Modi-Trump "met at the G20 summit
    # in Osaka". Sharif "met President Barack Obama there" (the White House -> Washington). Malpass at
    # Pakistan House (Washington, the dateline city). Bajwa-Dunford "in Washington on Tuesday" and
    # Pompeo's call on Khan at Pakistan House on Tuesday are planned.
    ("006", "2019-07-23", False, [
        ev(KEY_KHAN_TRUMP, M, OCC, "2019-07-22", "Washington", [TRUMP, KHAN, QURESHI, BAJWA], [],
           "President Donald Trump welcomed Prime Minister Imran Khan to the White House on Monday"),
        ev("2019-06-28-osaka-modi-trump", M, OCC, "2019-06", "Osaka", [MODI, TRUMP], [],
           "when they met at the G20 summit in Osaka last month"),
        ev("2015-10-22-washington-obama-sharif", M, OCC, "2015-10", "Washington", [SHARIF, OBAMA], [],
           "Nawaz Sharif, met President Barack Obama there in October 2015"),
        ev("2019-07-21-washington-khan-malpass", M, OCC, "2019-07-21", "Washington", [KHAN, MALPASS], [],
           "the prime minister had met World Bank President David Malpass at Pakistan House on Sunday"),
        ev("2019-07-23-washington-bajwa-dunford", M, PLN, "2019-07-23", "Washington", [BAJWA, DUNFORD], [],
           "Bajwa is due to hold talks with U.S. Chairman of the Joint Chiefs"),
        ev("2019-07-23-washington-khan-pompeo", M, PLN, "2019-07-23", "Washington", [POMPEO, KHAN], [],
           "Mike Pompeo is scheduled to call on the prime minister at Pakistan House on Tuesday"),
    ], ["'Speaking to reporters before the meeting' (press remarks)",
        "'\"If I can help, I would love to be a mediator,\" Trump said' (hypothetical offer)",
        "'New Delhi denied within hours that any such request was made' (denial of a request, not of the meeting)",
        "'On Sunday evening he addressed thousands of Pakistani-Americans at the Capital One Arena' (speech)",
        "'before Khan speaks at the U.S. Institute of Peace' (speech)",
        "'Trump accepted an invitation to visit Pakistan, though no date was discussed' (no occasion)",
        "ALSO IN THIS STORY links; Related: 'Qureshi meets Chinese counterpart in Beijing on CPEC', 'Khalilzad to visit Islamabad next week' (furniture)"]),

    # 007. Philippine broadsheet's site, "Friday, October 21, 2016", "Posted at 05:48 AM" (manifest
    # 2016-10-21, a Friday). "on Thursday" -> 20 Oct; "In the afternoon" -> the same Thursday;
    # "on Friday morning" (future, publication day) -> 21 Oct; "in August" -> 2016-08; "next week"
    # -> 2016-10 (the week of 24 Oct). Xi-Duterte at the Great Hall: the welcome ceremony and the
    # signing of 13 agreements are part of the same occasion. Li-Duterte is a separate encounter.
    # Zhang Dejiang: planned, in Beijing (dateline). Ramos-Fu Ying in Hong Kong. Abe: "will be in
    # Tokyo next week for talks with" (planned).
    ("007", "2016-10-21", False, [
        ev("2016-10-20-beijing-duterte-xi", M, OCC, "2016-10-20", "Beijing", [DUTERTE, XI], [],
           "Duterte and Chinese President Xi Jinping held talks at the Great Hall"),
        ev("2016-10-20-beijing-duterte-li", M, OCC, "2016-10-20", "Beijing", [DUTERTE, LI_KEQIANG], [],
           "In the afternoon, Duterte met Premier Li Keqiang, also at the Great Hall"),
        ev("2016-10-21-beijing-duterte-zhang", M, PLN, "2016-10-21", "Beijing", [DUTERTE, ZHANG_DEJIANG], [],
           "The Philippine leader is also scheduled to meet Zhang Dejiang"),
        ev("2016-08-10-hong-kong-fu-ramos", M, OCC, "2016-08", "Hong Kong", [RAMOS, FU_YING], [],
           "Fidel Ramos, who met Fu Ying, the head of the foreign affairs committee"),
        ev("2016-10-26-tokyo-abe-duterte", M, PLN, "2016-10", "Tokyo", [DUTERTE, ABE], [],
           "will be in Tokyo next week for talks with Japanese Prime Minister Shinzo Abe"),
    ], ["'Li told him the sea dispute \"is not the sum total\" of relations' (remark within the occasion)",
        "'At a business forum on Thursday, Duterte announced his \"separation\"' (speech)",
        "'Washington said it had received no request' (statement)",
        "'Duterte's planned meeting with US President Barack Obama in Vientiane last month was called off' (cancelled)",
        "'Yasay said the Philippines would not give up the July arbitral ruling' (statement)",
        "'Duterte has spoken with Chinese officials many times since taking office' (counted)",
        "Read more: 'Lorenzana, Chinese envoy meet at Camp Aguinaldo' (furniture)"]),

    # 008. Ugandan news site, header "Tuesday, February 4, 2020", "Posted 07:10 EAT" (manifest null;
    # true date 2020-02-04, a Tuesday). "on Monday" -> 3 Feb; "on July 17 last year" ->
    # 2019-07-17 (shared key with 000; here only groups); "on Sunday" -> 2 Feb; "In July 2016" ->
    # 2016-07. Museveni "arranged the meeting but did not sit in on it", so he is not a participant
    # of the Netanyahu-Burhan meeting; Netanyahu-Museveni talks are a separate event. The 2016
    # regional summit: Museveni "hosted him ... with" Kenyatta, Kagame and Hailemariam.
    ("008", "2020-02-04", True, [
        ev("2020-02-03-entebbe-al-burhan-netanyahu", M, OCC, "2020-02-03", "Entebbe", [NETANYAHU, BURHAN], [],
           "Benjamin Netanyahu held talks with the head of Sudan's Sovereign Council"),
        ev("2020-02-03-entebbe-museveni-netanyahu", M, OCC, "2020-02-03", "Entebbe", [NETANYAHU, MUSEVENI], [],
           "Netanyahu had earlier held talks with Museveni on security and trade"),
        ev(KEY_KHARTOUM, M, OCC, "2019-07-17", "Khartoum", [],
           [TMC, FFC, "African Union", "Ethiopia"],
           "military and protest leaders signed in Khartoum on July 17 last year"),
        ev("2020-02-02-al-burhan-pompeo-call", C, OCC, "2020-02-02", None, [POMPEO, BURHAN], [],
           "Mike Pompeo spoke with Burhan by phone on Sunday"),
        ev("2016-07-04-entebbe-hailemariam-kagame-kenyatta-museveni-netanyahu", M, OCC, "2016-07", "Entebbe",
           [MUSEVENI, NETANYAHU, KENYATTA, KAGAME, HAILEMARIAM], [],
           "In July 2016 Museveni hosted him at a regional summit there with Kenya's Uhuru Kenyatta"),
    ], ["'Museveni arranged the meeting but did not sit in on it' (negation for that meeting)",
        "'Uganda would consider opening an embassy in Jerusalem' (hypothetical)",
        "'Hamdok's government had not been told of the trip in advance' (statement)",
        "'invited him to visit Washington later this year ... No date has been set' (unconfirmed invitation)",
        "'Netanyahu flew home on Monday night. He wrote on Twitter' (travel, social media)",
        "'Sudan's army spokesman said' (statement)",
        "'Israeli officials have held secret contacts with African governments for years' (vague)",
        "'a visit by Burhan to Israel was \"not on the agenda\"' (denied)",
        "RELATED: 'Museveni meets Kagame at Katuna border post', 'Kenyatta, Tshisekedi hold talks in Nairobi' (furniture)"]),

    # 009. Israeli news site, "Monday, September 13, 2021 | 21:25 IST" (manifest 2021-09-13, a
    # Monday). "on Monday" -> 13 Sep; "on August 18" -> 2021-08-18; "in January 2011" -> 2011-01;
    # "Earlier this month, on September 2" -> 2021-09-02; "last month" -> 2021-08. The one-on-one
    # part is the same meeting. Kamel "met Bennett in Jerusalem". Netanyahu-Mubarak in Sharm
    # el-Sheikh. Sisi "hosted" Abdullah II and Abbas in Cairo (one trilateral meeting). Bennett-Biden
    # "at the White House" (Washington).
    ("009", "2021-09-13", False, [
        ev(KEY_SHARM, M, OCC, "2021-09-13", "Sharm el-Sheikh", [BENNETT, SISI], [],
           "Prime Minister Naftali Bennett met Egyptian President Abdel Fattah el-Sisi in the Red Sea resort"),
        ev("2021-08-18-jerusalem-bennett-kamel", M, OCC, "2021-08-18", "Jerusalem", [KAMEL, BENNETT], [],
           "Abbas Kamel, who met Bennett in Jerusalem on August 18"),
        ev("2011-01-06-sharm-el-sheikh-mubarak-netanyahu", M, OCC, "2011-01", "Sharm el-Sheikh",
           [NETANYAHU, MUBARAK], [],
           "Benjamin Netanyahu, who met Hosni Mubarak in Sharm el-Sheikh in January 2011"),
        ev("2021-09-02-cairo-abbas-abdullah-ii-el-sisi", M, OCC, "2021-09-02", "Cairo",
           [SISI, ABDULLAH_II, ABBAS], [],
           "Sisi hosted Jordan's King Abdullah II and Palestinian President Mahmoud Abbas in Cairo"),
        ev("2021-08-27-washington-bennett-biden", M, OCC, "2021-08", "Washington", [BENNETT, BIDEN], [],
           "where he met President Joe Biden at the White House"),
    ], ["'\"We created a basis for a deep connection going forward,\" Bennett said on the flight home' (statement)",
        "'The invitation was delivered last month' (the delivering meeting is the Kamel event; no other)",
        "'Kamel is the main Egyptian mediator between Israel and Hamas since the May fighting' (habitual)",
        "'Israeli and Egyptian officials have met repeatedly since May' (counted)",
        "'Sisi was invited to visit Israel, but Cairo has not responded' (unaccepted invitation)",
        "'Bennett flies to New York later this month for the UN General Assembly' (travel, no encounter)",
        "MOST READ: 'Lapid meets UAE's Abdullah bin Zayed in Abu Dhabi (June)', 'Gantz hosts Jordanian minister at Kirya'; Related: 'Blinken, Lapid speak by phone on Iran' (furniture)"]),

    # 010. Live blog, "Friday 15 July 2022 · Last updated 23:10 AST" (manifest 2022-07-15, a
    # Friday). Entries on the publication day -> 15 Jul; "on Saturday" / "tomorrow" -> 16 Jul;
    # "on Thursday" -> 14 Jul; "in February 2021" -> 2021-02; "last September" -> 2021-09 (shared
    # key with 009). The working session: Biden and Mohammed bin Salman "with their delegations,
    # including" Faisal bin Farhan and Sullivan; the fist bump at the palace door belongs to it. The
    # king's reception is a separate, earlier encounter. Khalid al-Faisal "met the president on the
    # tarmac". Saturday: the summit (GCC plus Egypt, Jordan, Iraq; Biden) and two separate planned
    # bilaterals before it (el-Sisi; Mohamed bin Zayed), in Jeddah. Bethlehem: Biden-Abbas. Jerusalem:
    # Biden-Lapid. The Biden-King Salman "phone call" of February 2021.
    ("010", "2022-07-15", False, [
        ev("2022-07-15-jeddah-biden-bin-farhan-bin-salman-sullivan", M, OCC, "2022-07-15", "Jeddah",
           [BIDEN, MBS, FAISAL_BIN_FARHAN, SULLIVAN], [],
           "Biden and Crown Prince Mohammed bin Salman sat across from each other with their delegations"),
        ev("2022-07-15-jeddah-biden-salman", M, OCC, "2022-07-15", "Jeddah", [BIDEN, KING_SALMAN], [],
           "Biden was received by King Salman bin Abdulaziz at Al Salam Palace"),
        ev("2022-07-15-jeddah-al-faisal-biden", M, OCC, "2022-07-15", "Jeddah", [KHALID_AL_FAISAL, BIDEN], [],
           "Mecca governor Prince Khalid al-Faisal met the president on the tarmac"),
        ev("2022-07-16-jeddah-biden", M, PLN, "2022-07-16", "Jeddah", [BIDEN],
           ["Gulf Cooperation Council", "Egypt", "Jordan", "Iraq"],
           "Biden will attend the summit of the six Gulf Cooperation Council states plus Egypt"),
        ev("2022-07-16-jeddah-biden-el-sisi", M, PLN, "2022-07-16", "Jeddah", [BIDEN, SISI], [],
           "separate talks with Egyptian President Abdel Fattah el-Sisi and UAE President Mohamed bin Zayed"),
        ev("2022-07-16-jeddah-biden-bin-zayed", M, PLN, "2022-07-16", "Jeddah", [BIDEN, MBZ], [],
           "separate talks with Egyptian President Abdel Fattah el-Sisi and UAE President Mohamed bin Zayed"),
        ev(KEY_SHARM, M, OCC, "2021-09", "Sharm el-Sheikh", [SISI, BENNETT], [],
           "hosted then Israeli Prime Minister Naftali Bennett at Sharm el-Sheikh last September"),
        ev("2022-07-15-bethlehem-abbas-biden", M, OCC, "2022-07-15", "Bethlehem", [BIDEN, ABBAS], [],
           "Earlier today in Bethlehem, Biden met Palestinian President Mahmoud Abbas"),
        ev("2022-07-14-jerusalem-biden-lapid", M, OCC, "2022-07-14", "Jerusalem", [BIDEN, LAPID], [],
           "on Thursday in Jerusalem, Biden held talks with Israeli Prime Minister Yair Lapid"),
        ev("2021-02-25-biden-salman-call", C, OCC, "2021-02", None, [BIDEN, KING_SALMAN], [],
           "Biden last spoke with King Salman in a phone call in February 2021"),
    ], ["'Biden told reporters at his hotel' (press remarks)",
        "'There was no handshake' (negation, no separate event)",
        "'Biden lands in Jeddah on first direct flight from Israel' (travel)",
        "'He said a two-state solution \"may seem so far away\"' (statement)",
        "'He had said as a candidate he would make the kingdom a \"pariah\"' (statement)",
        "'there are no plans for Biden to meet Saudi human rights activists' (negation)",
        "Related: 'Kadhimi meets Jordan's King Abdullah in Amman' (furniture)"]),

    # 011. Balkan news site, "05 September 2020 - 10:12" (manifest 2020-09-05, a Saturday). "on
    # Friday" -> 4 Sep; "On Thursday" -> 3 Sep; "on Monday" (future) -> 7 Sep; "on July 16" ->
    # 2020-07-16; "Six days earlier" -> 2020-07-10; "in March" -> 2020-03. The Oval Office signing:
    # Vucic, Hoti, Trump "sitting between them", Grenell and O'Brien "stood behind the leaders".
    # Thursday: Grenell and O'Brien "hosted Vucic, Hoti and their delegations for a first day of
    # talks" (a separate day, EEOB -> Washington). The July 10 video conference is a call. Thaci and
    # Vucic "had last met at the White House in March, at the invitation of" Grenell and O'Brien (the
    # inviters are not placed there).
    ("011", "2020-09-05", False, [
        ev("2020-09-04-washington-grenell-hoti-obrien-trump-vucic", M, OCC, "2020-09-04", "Washington",
           [VUCIC, HOTI, TRUMP, GRENELL, OBRIEN], [],
           "Hoti signed separate commitments on economic normalisation at the White House on Friday"),
        ev("2020-09-03-washington-grenell-hoti-obrien-vucic", M, OCC, "2020-09-03", "Washington",
           [GRENELL, OBRIEN, VUCIC, HOTI], ["Serbia", "Kosovo"],
           "Grenell and O'Brien hosted Vucic, Hoti and their delegations for a first day of talks"),
        ev("2020-09-07-brussels-borrell-hoti-lajcak-vucic", M, PLN, "2020-09-07", "Brussels",
           [VUCIC, HOTI, BORRELL, LAJCAK], [],
           "Vucic and Hoti are due to meet EU foreign policy chief Josep Borrell"),
        ev("2020-07-16-brussels-borrell-hoti-lajcak-vucic", M, OCC, "2020-07-16", "Brussels",
           [VUCIC, HOTI, BORRELL, LAJCAK], [],
           "Vucic and Hoti held their first face-to-face talks in Brussels on July 16"),
        ev("2020-07-10-hoti-macron-merkel-vucic-call", C, OCC, "2020-07-10", None,
           [VUCIC, HOTI, MACRON, MERKEL], [],
           "the two men had joined a video conference hosted by French President Emmanuel Macron"),
        ev("2020-03-02-washington-thaci-vucic", M, OCC, "2020-03", "Washington", [THACI, VUCIC], [],
           "Thaci and Vucic had last met at the White House in March"),
    ], ["'neither side signed the other's text' (negation within the occasion)",
        "'Officials said the talks nearly collapsed that evening' (same occasion)",
        "'Netanyahu thanked Trump on Twitter' (social media)",
        "'A White House meeting planned for June 27 was cancelled' (cancelled)",
        "'Vucic told Serbian television' (interview); 'Hoti said the deal \"opens a new chapter\"' (statement)",
        "'Trump said more countries could follow if the region stays calm' (hypothetical)",
        "Read also: 'Djukanovic meets opposition leaders', 'Rama receives Greek counterpart in Tirana', 'Vucic hosts Hungarian foreign minister Szijjarto in Belgrade' (furniture)"]),

    # 012. German broadcaster's English site, "Date 04.11.2022" (manifest 2022-11-04, a Friday).
    # "on Friday" -> 4 Nov; "on October 26" -> 2022-10-26; "in September 2019" -> 2019-09; "In
    # March" -> 2022-03; "later this month" -> 2022-11 (planned). Scholz-Xi at the Great Hall; the
    # separate talks with Li Keqiang. Macron-Scholz "over lunch at the Elysee Palace in Paris". Merkel
    # "met Xi there" (Beijing). "held a video call with Xi" -> call. Biden-Xi "at the G20 summit in
    # Bali" (planned, Bali).
    ("012", "2022-11-04", False, [
        ev("2022-11-04-beijing-scholz-xi", M, OCC, "2022-11-04", "Beijing", [SCHOLZ, XI], [],
           "Olaf Scholz held talks with Chinese President Xi Jinping in the Great Hall"),
        ev("2022-11-04-beijing-li-scholz", M, OCC, "2022-11-04", "Beijing", [SCHOLZ, LI_KEQIANG], [],
           "Scholz held separate talks with outgoing Premier Li Keqiang"),
        ev("2022-10-26-paris-macron-scholz", M, OCC, "2022-10-26", "Paris", [MACRON, SCHOLZ], [],
           "discussed the trip over lunch at the Elysee Palace in Paris on October 26"),
        ev("2019-09-06-beijing-merkel-xi", M, OCC, "2019-09", "Beijing", [MERKEL, XI], [],
           "Angela Merkel, who met Xi there in September 2019"),
        ev("2022-03-08-macron-scholz-xi-call", C, OCC, "2022-03", None, [SCHOLZ, MACRON, XI], [],
           "Scholz and Macron held a video call with Xi on the war in Ukraine"),
        ev("2022-11-14-bali-biden-xi", M, PLN, "2022-11", "Bali", [XI, BIDEN], [],
           "Xi is expected to meet US President Joe Biden in person for the first time"),
    ], ["'At a joint news conference, Li said' (press conference)",
        "'Scholz flew in from Berlin on Friday morning ... left the same evening' (travel)",
        "'Macron had suggested that he and Scholz travel to China together ... Scholz chose to go alone' (rejected proposal)",
        "'Baerbock said in an interview' (interview)",
        "'Chinese state media gave the trip wide coverage' (no meeting)",
        "Related content: 'Scholz and Macron meet for dinner at Chancellery', 'Steinmeier receives Kazakh president in Berlin' (furniture)"]),

    # 013. New Zealand broadcaster's site, "5:42 pm on 31 May 2021" (manifest 2021-05-31, a
    # Monday). "today" -> 31 May; "on Sunday afternoon" -> 30 May; "on 28 February 2020" ->
    # 2020-02-28; "in March 2018" -> 2018-03; "next month" -> 2021-06. The powhiri welcome on
    # Sunday is a separate encounter (different day). The Admiralty House meeting -> Sydney.
    # Turnbull "there" -> Queenstown. Morrison travels to Cornwall "to attend the G7 summit as a
    # guest of ... Boris Johnson" (planned gathering; Johnson as host).
    ("013", "2021-05-31", False, [
        ev("2021-05-31-queenstown-ardern-morrison", M, OCC, "2021-05-31", "Queenstown", [ARDERN, MORRISON], [],
           "Jacinda Ardern and her Australian counterpart Scott Morrison held their annual leaders' meeting in Queenstown"),
        ev("2021-05-30-queenstown-ardern-morrison", M, OCC, "2021-05-30", "Queenstown", [ARDERN, MORRISON], [],
           "Ardern welcomed Morrison with a pōwhiri on his arrival in Queenstown on Sunday afternoon"),
        ev("2020-02-28-sydney-ardern-morrison", M, OCC, "2020-02-28", "Sydney", [ARDERN, MORRISON], [],
           "The leaders last met in person at Admiralty House in Sydney on 28 February 2020"),
        ev("2018-03-02-queenstown-ardern-turnbull", M, OCC, "2018-03", "Queenstown", [ARDERN, TURNBULL], [],
           "Ardern received Morrison's predecessor Malcolm Turnbull there in March 2018"),
        ev("2021-06-11-cornwall-johnson-morrison", M, PLN, "2021-06", "Cornwall", [MORRISON, JOHNSON], ["G7"],
           "He travels to Cornwall next month to attend the G7 summit as a guest"),
    ], ["'In a joint statement after the talks' (statement)",
        "'The pair had been due to watch the Highlanders ... but the match was moved to Sydney' (cancelled)",
        "'she had spoken to Morrison by phone \"more than my mother\" during the pandemic' (counted)",
        "'At a joint press conference this afternoon' (press conference)",
        "'Mahuta, who said in an interview last week ... did not take part in the talks' (interview, negation)",
        "'A date for the next leaders' meeting in Australia has not been set' (no occasion)",
        "Related stories: 'Mahuta meets Wang Yi by video link', 'Pacific leaders meet virtually on Forum chair' (furniture)"]),

    # 014. Agency item, "Source: Steppe News Agency | 2013-09-07 21:36:10", dateline "ASTANA, Sept.
    # 7 (SNA)" (manifest null; true date 2013-09-07, a Saturday). "on Saturday" -> 7 Sep; "on
    # Thursday" -> 5 Sep; "on Tuesday" -> 3 Sep; "on Monday" (future) -> 9 Sep; "on Friday"
    # (future, after Monday) -> 13 Sep. Xi-Nazarbayev: the talks at the Akorda, the university visit
    # together and the signing in their presence are one occasion. Putin: "on the sidelines of the
    # G20 summit" (the summit is a backdrop). Berdimuhamedow "in Ashgabat on Tuesday". Karimov
    # "there on Monday" -> Tashkent. The SCO summit in Bishkek (planned gathering).
    ("014", "2013-09-07", True, [
        ev("2013-09-07-astana-nazarbayev-xi", M, OCC, "2013-09-07", "Astana", [XI, NAZARBAYEV], [],
           "Xi Jinping held talks with Kazakh President Nursultan Nazarbayev in Astana on Saturday"),
        ev("2013-09-05-st-petersburg-putin-xi", M, OCC, "2013-09-05", "St Petersburg", [XI, PUTIN], [],
           "he held a meeting with Russian President Vladimir Putin on the sidelines"),
        ev("2013-09-03-ashgabat-berdimuhamedow-xi", M, OCC, "2013-09-03", "Ashgabat", [XI, BERDIMUHAMEDOW], [],
           "held talks with President Gurbanguly Berdimuhamedow in Ashgabat on Tuesday"),
        ev("2013-09-09-tashkent-karimov-xi", M, PLN, "2013-09-09", "Tashkent", [XI, KARIMOV], [],
           "is scheduled to hold talks with Uzbek President Islam Karimov there on Monday"),
        ev("2013-09-13-bishkek-xi", M, PLN, "2013-09-13", "Bishkek", [XI], ["Shanghai Cooperation Organization"],
           "He will then attend the summit of the Shanghai Cooperation Organization in Bishkek on Friday"),
    ], ["'after Xi gave a speech at Nazarbayev University' (speech)",
        "'Xi arrived in Astana on Friday evening from St. Petersburg' (travel)",
        "'visited the Galkynysh gas field the next day' (site visit, no stated encounter)",
        "'Xi will fly to Tashkent on Sunday' (travel; the Monday talks are the event)",
        "'Nazarbayev told reporters' (press remarks)",
        "'Xi and Nazarbayev have met many times since Xi became president in March' (counted)",
        "'Nazarbayev has accepted an invitation to visit China next year, but no date has been fixed' (no occasion)",
        "Related news: 'Kazakh PM receives Chinese delegation', 'Tajik president meets SCO secretary general in Dushanbe', 'Uzbek, Kyrgyz foreign ministers hold talks on border' (furniture)"]),
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
