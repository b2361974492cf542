#!/usr/bin/env python3
"""Generate gold.jsonl and manifest.jsonl for the holdout29 BLIND held-out corpus.

Run:  python3 data/holdout29/build_gold.py   then   python3 data/eval/validate.py data/holdout29

THIS IS A BLIND HELD-OUT SET. The engineer working on dossier must not read this file, the
pages in articles/, gold.jsonl, or the README beyond its first paragraph. Only run the scorer
and the validator on it and look at the totals they print.

Each article lists its true publication date, whether the manifest hides it, its gold events,
and (for documentation only) the traps it contains that must NOT be extracted.
The corpus covers 15 real occasions from 1945 to 2023 (seven of them from 2015-2025) in every
region the brief named: Africa (twice), Latin America, the Caribbean, South Asia (twice),
Southeast Asia, East Asia, the Middle East (twice), Central Asia, Europe, Oceania, North America
and multilateral gatherings. Event mix: occurred in-person meetings (about three fifths),
planned meetings and calls (about a quarter), phone calls (about an eighth), and gatherings or
delegation talks with groups.
Layouts: a digitised Zambian daily with a London dispatch, an NGO press release, a
machine-translated Peruvian page, a Caribbean regional daily with a Nassau dispatch, a Q&A
explainer, a live blog (latest first), a digitised wire item, an uncorrected-OCR 1945 newspaper
page, an AMP page, a machine-translated German regional page, an NGO e-mail bulletin, a Mexico
City English-language daily, a newsletter/blog post, an Indian daily with a dispatch, and a
background-briefing transcript.
Three pages have no date in the manifest: 002 ("Actualizado el 09/08/2017 a las 11:42"),
007 (masthead "WEDNESDAY, FEBRUARY 21, 1945") and 010 (an e-mail bulletin with no date and no
year anywhere, so every date on it is null).
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

# canonical names
NKOMO, MUGABE, MUZOREWA, CARRINGTON, GILMOUR, MUNDAWARARA, KAUNDA, THATCHER, RICHARD, SMITH = (
    "Joshua Nkomo", "Robert Mugabe", "Abel Muzorewa", "Lord Carrington", "Ian Gilmour",
    "Silas Mundawarara", "Kenneth Kaunda", "Margaret Thatcher", "Ivor Richard", "Ian Smith")
KAGAME, FAKI, ISSOUFOU, RAMAPHOSA, MUSHIKIWABO, BUHARI = (
    "Paul Kagame", "Moussa Faki Mahamat", "Mahamadou Issoufou", "Cyril Ramaphosa",
    "Louise Mushikiwabo", "Muhammadu Buhari")
LUNA, VIDEGARAY, FAURIE, NUNES, MUNOZ, HOLGUIN, D_MORRISON, LOIZAGA, NIN_NOVOA, KUCZYNSKI, \
    MACRI, PENCE, SANTOS = (
        "Ricardo Luna", "Luis Videgaray", "Jorge Faurie", "Aloysio Nunes", "Heraldo Munoz",
        "Maria Angela Holguin", "David Morrison", "Eladio Loizaga", "Rodolfo Nin Novoa",
        "Pedro Pablo Kuczynski", "Mauricio Macri", "Mike Pence", "Juan Manuel Santos")
PINDLING, R_GANDHI, MULRONEY, HAWKE, RAMPHAL, TUTU, I_GANDHI = (
    "Lynden Pindling", "Rajiv Gandhi", "Brian Mulroney", "Bob Hawke", "Shridath Ramphal",
    "Desmond Tutu", "Indira Gandhi")
KHALILZAD, BARADAR, POMPEO, MBAR_AL_THANI, QURESHI, ESPER, STOLTENBERG, GHANI, TRUMP = (
    "Zalmay Khalilzad", "Abdul Ghani Baradar", "Mike Pompeo", "Mohammed bin Abdulrahman Al Thani",
    "Shah Mahmood Qureshi", "Mark Esper", "Jens Stoltenberg", "Ashraf Ghani", "Donald Trump")
KIM_JU, TRONG, PHUC, ABE, MOON, BOLTON, KIM_YC, RI, MULVANEY = (
    "Kim Jong Un", "Nguyen Phu Trong", "Nguyen Xuan Phuc", "Shinzo Abe", "Moon Jae-in",
    "John Bolton", "Kim Yong Chol", "Ri Yong Ho", "Mick Mulvaney")
YOSHIDA, ACHESON, DULLES, WILEY, BRIDGES, SPENDER, BERENDSEN, ROMULO = (
    "Shigeru Yoshida", "Dean Acheson", "John Foster Dulles", "Alexander Wiley", "Styles Bridges",
    "Percy Spender", "Carl Berendsen", "Carlos P. Romulo")
ROOSEVELT, CHURCHILL, STALIN, FAROUK, HAILE_SELASSIE, IBN_SAUD = (
    "Franklin D. Roosevelt", "Winston Churchill", "Joseph Stalin", "King Farouk", "Haile Selassie",
    "Ibn Saud")
NAZARBAYEV, MEDVEDEV, MERKEL, BERLUSCONI, H_CLINTON, FILLON, ALIYEV, SARGSYAN, OBAMA, \
    OTUNBAYEVA, KARIMOV = (
        "Nursultan Nazarbayev", "Dmitry Medvedev", "Angela Merkel", "Silvio Berlusconi",
        "Hillary Clinton", "Francois Fillon", "Ilham Aliyev", "Serzh Sargsyan", "Barack Obama",
        "Roza Otunbayeva", "Islam Karimov")
KOHL, MITTERRAND, ADENAUER, DE_GAULLE, GENSCHER, CHEYSSON = (
    "Helmut Kohl", "Francois Mitterrand", "Konrad Adenauer", "Charles de Gaulle",
    "Hans-Dietrich Genscher", "Claude Cheysson")
WAQA, SOPOAGA, PAYNE, DU, S_MORRISON = (
    "Baron Waqa", "Enele Sopoaga", "Marise Payne", "Du Qiwen", "Scott Morrison")
BIDEN, TRUDEAU, AMLO, LULA = (
    "Joe Biden", "Justin Trudeau", "Andres Manuel Lopez Obrador", "Luiz Inacio Lula da Silva")
LAPID, BLINKEN, SHOUKRY, ABZ, ZAYANI, BOURITA, ABDULLAH_II, ABBAS, BENNETT, SAFADI, SISI, MBZ, \
    TEBBOUNE = (
        "Yair Lapid", "Antony Blinken", "Sameh Shoukry", "Abdullah bin Zayed Al Nahyan",
        "Abdullatif Al Zayani", "Nasser Bourita", "Abdullah II", "Mahmoud Abbas", "Naftali Bennett",
        "Ayman Safadi", "Abdel Fattah el-Sisi", "Mohamed bin Zayed Al Nahyan", "Abdelmadjid Tebboune")
NEHRU, ZHOU, CHEN_YI, RADHAKRISHNAN, U_NU, BP_KOIRALA = (
    "Jawaharlal Nehru", "Zhou Enlai", "Chen Yi", "Sarvepalli Radhakrishnan", "U Nu",
    "Bishweshwar Prasad Koirala")
B_CLINTON, JIANG, HOSOKAWA, KEATING, SUHARTO, CHRETIEN, KIM_YS, CHRISTOPHER, SALINAS = (
    "Bill Clinton", "Jiang Zemin", "Morihiro Hosokawa", "Paul Keating", "Suharto", "Jean Chretien",
    "Kim Young-sam", "Warren Christopher", "Carlos Salinas de Gortari")

AU = "African Union"
OAU = "Organisation of African Unity"
PIF = "Pacific Islands Forum"
EC = "European Community"


def ev(key, kind, status, date, location, participants, groups, evidence, date_end=None):
    e = {"key": key, "kind": kind, "status": status, "date": date}
    if date_end:
        e["date_end"] = date_end
    e.update({"location": location, "participants": participants, "groups": groups,
              "evidence": evidence})
    return e


M, C, OCC, PLN = "meeting", "call", "occurred", "planned"

ARTICLES = [
    # 000. Digitised Zambian daily, masthead "SATURDAY, DECEMBER 22, 1979" (manifest 1979-12-22),
    # dispatch "LONDON, Friday." The dispatch day is Friday 21 Dec: "today" -> 21 Dec; "on
    # Thursday night" -> 20 Dec; "early next week" (from Friday 21 Dec) -> 1979-12 (week of 24
    # Dec); "on September 10" -> 1979-09-10; "in August" -> 1979-08 (Lusaka CHOGM keyed on its
    # opening, 1 Aug 1979); "in 1976" -> year only (Geneva keyed 28 Oct 1976). Place: "the same
    # building" = Lancaster House -> London; the Lancaster House signing -> London. "Lord
    # Carrington" is kept as the customary name (key "carrington"). "Dr Kaunda", "President
    # Kaunda" = Kenneth Kaunda; "the Bishop" = Abel Muzorewa.
    ("000", "1979-12-22", False, [
        ev("1979-12-21-london-carrington-gilmour-mugabe-mundawarara-muzorewa-nkomo", M, OCC,
           "1979-12-21", "London", [NKOMO, MUGABE, MUZOREWA, CARRINGTON, GILMOUR, MUNDAWARARA], [],
           "today signed the Lancaster House agreement with Bishop Abel Muzorewa and the British Foreign Secretary"),
        ev("1979-09-10-london-carrington-mugabe-muzorewa-nkomo", M, OCC, "1979-09-10", "London",
           [CARRINGTON, MUZOREWA, NKOMO, MUGABE], [],
           "The conference opened in the same building on September 10, when Lord Carrington welcomed"),
        ev("1979-08-01-lusaka-kaunda-thatcher", M, OCC, "1979-08", "Lusaka", [KAUNDA, THATCHER],
           ["Commonwealth"],
           "the Commonwealth heads of government meeting in Lusaka in August, where President Kaunda"),
        ev("1976-10-28-geneva-mugabe-muzorewa-nkomo-richard-smith", M, OCC, "1976", "Geneva",
           [RICHARD, SMITH, MUZOREWA, NKOMO, MUGABE], [],
           "the Geneva conference chaired by Mr Ivor Richard in 1976, broke up without agreement"),
        ev("1979-12-20-kaunda-nkomo-call", C, OCC, "1979-12-20", None, [KAUNDA, NKOMO], [],
           "President Kaunda had telephoned Mr Nkomo at his London hotel on Thursday night"),
        ev("1979-12-lusaka-kaunda-nkomo", M, PLN, "1979-12", "Lusaka", [NKOMO, KAUNDA], [],
           "Mr Nkomo is expected in Lusaka early next week for talks with Dr Kaunda"),
    ], ["'It then sat through dozens of plenary sessions' (counted)",
        "'Asked at a press conference ... whether he would now sit down with the Bishop in Salisbury, Mr Mugabe said there was nothing left to discuss' (press conference; refused)",
        "'He flies to Dar es Salaam tomorrow' (travel without a stated encounter)",
        "'The Front's central committee will meet in Maputo after Christmas' (internal to one side)",
        "'the president of the Security Council issued a statement' (statement)",
        "'Lord Soames ... who arrived in Salisbury last week, will speak to the country on the radio' (travel; broadcast)",
        "'State House in Lusaka said last night' (statement, not the call itself)",
        "Caption 'Lord Carrington (centre) between Bishop Muzorewa and Mr Nkomo at the signing' (same event)",
        "'Continued on Page 3, Col. 4' (page jump)",
        "Related clippings: 'Kaunda receives Front leaders at State House (Aug 9, 1979)' (furniture)"]),

    # 001. NGO press release "Kigali, 21 March 2018" (a Wednesday; manifest 2018-03-21). "today"
    # -> 21 Mar; "On Monday" -> 19 Mar; "on Tuesday" -> 20 Mar; "in June 1991" -> 1991-06 (keyed 3
    # Jun 1991); "in July" (future) -> 2018-07 (Nouakchott keyed 1 Jul 2018). Ramaphosa is placed at
    # the summit ("signed the Kigali Declaration at the same ceremony"). "the Nigerian capital" =
    # Abuja. Faki is keyed by the customary name "faki".
    ("001", "2018-03-21", False, [
        ev("2018-03-21-kigali-faki-issoufou-kagame-ramaphosa", M, OCC, "2018-03-21", "Kigali",
           [KAGAME, FAKI, ISSOUFOU, RAMAPHOSA], [AU],
           "signed the agreement establishing the African Continental Free Trade Area (AfCFTA) at an extraordinary summit"),
        ev("2018-03-19-kigali-mushikiwabo", M, OCC, "2018-03-19", "Kigali", [MUSHIKIWABO], [AU],
           "foreign ministers meeting in Kigali as the AU Executive Council under the chairmanship of"),
        ev("2018-03-20-buhari-kagame-call", C, OCC, "2018-03-20", None, [BUHARI, KAGAME], [],
           "Buhari had spoken by telephone with Kagame on Tuesday to explain the decision"),
        ev("1991-06-03-abuja-organisation-of-african-unity", M, OCC, "1991-06", "Abuja", [], [OAU],
           "the Abuja Treaty, which African leaders signed at the OAU summit in the Nigerian capital"),
        ev("2018-07-01-nouakchott-african-union", M, PLN, "2018-07", "Nouakchott", [], [AU],
           "when heads of state meet again at the AU's ordinary summit in Nouakchott"),
    ], ["'Buhari cancelled his trip to Kigali at the weekend' (cancelled)",
        "'Museveni also stayed away and sent his foreign minister' (negation)",
        "'the Network's executive director said in a statement' (statement)",
        "'Negotiating rounds on the AfCFTA have been held ten times since 2016' (counted)",
        "'a Kagame-Buhari meeting could be arranged if the consultations in Nigeria go well' (hypothetical)",
        "'At Tuesday's AfCFTA Business Summit, Kagame told investors' (speech)",
        "'which Pretoria says must first go through consultations at home' (internal, no occasion)",
        "Related: 'AU chair Kagame meets Buhari in Abuja to discuss reforms' (furniture)"]),

    # 002. Machine-translated Peruvian page; manifest null. Page stamp "Actualizado el 09/08/2017 a
    # las 11:42" (day first; Wednesday 9 Aug 2017). "yesterday" -> 8 Aug; "on Saturday" -> 5 Aug
    # (also "three days after"); "on Monday night" -> 7 Aug; "in June" -> 2017-06 (Cancun OAS
    # General Assembly keyed 19 Jun 2017); "in September" -> 2017-09 (keyed 20 Sep 2017); "on
    # Sunday" (future) -> 13 Aug. "the Palace of Torre Tagle", "the seat of the Chancellery" ->
    # Lima. "chancellors" = foreign ministers; "vice-chancellor" David Morrison (Canada's deputy
    # minister) is a named participant. "Aloysio Nunes Ferreira" -> Aloysio Nunes; "Heraldo Muñoz",
    # "María Ángela Holguín" lose their diacritics. "OEA" = Organization of American States. The
    # group calls itself the "Group of Lima" in the headline -> group "Lima Group".
    ("002", "2017-08-09", True, [
        ev("2017-08-08-lima-faurie-holguin-luna-morrison-munoz-nunes-videgaray", M, OCC, "2017-08-08",
           "Lima", [LUNA, VIDEGARAY, FAURIE, NUNES, MUNOZ, HOLGUIN, D_MORRISON], ["Lima Group"],
           "representatives of seventeen countries of America met yesterday in the Palace of Torre Tagle"),
        ev("2017-08-05-sao-paulo-faurie-loizaga-nin-novoa-nunes", M, OCC, "2017-08-05", "Sao Paulo",
           [NUNES, FAURIE, LOIZAGA, NIN_NOVOA], ["Mercosur"],
           "gathered on Saturday in the City Hall of São Paulo with Nunes Ferreira as host"),
        ev("2017-08-07-kuczynski-macri-call", C, OCC, "2017-08-07", None, [KUCZYNSKI, MACRI], [],
           "conversed by telephone on Monday night with his Argentine colleague Mauricio Macri"),
        ev("2017-06-19-cancun-organization-of-american-states", M, OCC, "2017-06", "Cancun", [],
           ["Organization of American States"],
           "the General Assembly of the OEA in Cancún failed to approve a resolution on Venezuela"),
        ev("2017-09-20-new-york-lima-group", M, PLN, "2017-09", "New York", [], ["Lima Group"],
           "The group agreed to meet again in September in New York"),
        ev("2017-08-13-cartagena-pence-santos", M, PLN, "2017-08-13", "Cartagena", [PENCE, SANTOS], [],
           "Mike Pence, is expected on Sunday in Cartagena, where he will meet the president"),
    ], ["'Luna discarded the meeting of presidents that proposed Nicolás Maduro' (rejected proposal)",
        "'In a conference of press in the cultural centre Inca Garcilaso' (press conference)",
        "'said in a message on Twitter that Peru \"will not be silent\"' (post)",
        "'Jorge Arreaza, rejected the declaration in a communiqué' (statement)",
        "'The chancellors have spoken by telephone several times in the last weeks' (counted)",
        "'a tour that continues to Argentina, Chile and Panama' (travel without a stated encounter)",
        "'National Constituent Assembly installed last Friday in Caracas' (internal, not a meeting)",
        "Más leídas: 'Kuczynski receives the chancellors in the Palace of Government' (furniture)"]),

    # 003. Caribbean regional daily "Monday, October 21, 1985" (manifest 1985-10-21), dispatch
    # "NASSAU, Sunday." The dispatch day is Sunday 20 Oct: "tonight" -> 20 Oct; "two days of
    # private talks" ending tonight -> 19-20 Oct (date_end); "on Wednesday" -> 16 Oct; "on
    # Friday" -> 18 Oct; "next year" -> 1986 (year only; keyed 3 Aug 1986); "two years since the
    # last such gathering" -> 1983 (year only; keyed 23 Nov 1983). Places: "the Lyford Cay
    # retreat" -> Lyford Cay; "the Cable Beach hotel in Nassau" -> Nassau; the Friday breakfast
    # is placed in Nassau by the dispatch and the conference. "Sir Lynden" = Lynden Pindling.
    # Rajiv Gandhi (retreat) and the late Indira Gandhi (New Delhi 1983) are different people.
    ("003", "1985-10-21", False, [
        ev("1985-10-19-lyford-cay-gandhi-hawke-kaunda-mulroney-pindling-ramphal-thatcher", M, OCC,
           "1985-10-19", "Lyford Cay",
           [PINDLING, THATCHER, R_GANDHI, KAUNDA, MULRONEY, HAWKE, RAMPHAL], ["Commonwealth"],
           "Commonwealth leaders came out of two days of private talks at the Lyford Cay retreat",
           date_end="1985-10-20"),
        ev("1985-10-16-nassau-pindling", M, OCC, "1985-10-16", "Nassau", [PINDLING], ["Commonwealth"],
           "The conference opened at the Cable Beach hotel in Nassau on Wednesday"),
        ev("1985-10-18-nassau-mulroney-thatcher", M, OCC, "1985-10-18", "Nassau", [MULRONEY, THATCHER],
           [], "had breakfast with Mrs Thatcher on Friday to look for common ground"),
        ev("1985-10-20-ramphal-tutu-call", C, OCC, "1985-10-20", None, [RAMPHAL, TUTU], [],
           "Mr Ramphal telephoned Bishop Desmond Tutu in Johannesburg tonight to tell him of the accord"),
        ev("1986-08-03-london-commonwealth", M, PLN, "1986", "London", [], ["Commonwealth"],
           "Seven of the leaders will meet in London next year to judge whether Pretoria"),
        ev("1983-11-23-new-delhi-gandhi", M, OCC, "1983", "New Delhi", [I_GANDHI], ["Commonwealth"],
           "the last such gathering, in New Delhi, where the late Mrs Indira Gandhi"),
    ], ["'At a press conference afterwards Mrs Thatcher described the concessions' (press conference)",
        "'Mr Hawke has crossed swords with her on sanctions at every Commonwealth meeting since 1983' (counted)",
        "'the government of Mr P. W. Botha rejected the accord in a statement' (statement)",
        "'they could travel to South Africa themselves if President Botha released Nelson Mandela, but no such visit is planned' (hypothetical; negation)",
        "'are expected to report to their cabinets this week' (internal)",
        "'a Secretariat spokesman said' (statement, not the call itself)",
        "Photo: 'Leaders pose on the lawn at Lyford Cay' (same event)",
        "Related stories: 'Bird and Compton meet in Castries on OECS fisheries' (furniture)"]),

    # 004. Q&A explainer "Wednesday, 4 March 2020" (manifest 2020-03-04). "On Saturday" -> 29 Feb;
    # "on the same day" -> 29 Feb; "in February last year" -> 2019-02 (keyed 25 Feb 2019); "on
    # Tuesday" -> 3 Mar; "on March 10" (future) -> 2020-03-10; "On Sunday" -> 1 Mar (a statement,
    # a trap). "the Qatari capital" = Doha. "Mullah Abdul Ghani Baradar" -> Abdul Ghani Baradar;
    # "Sheikh Mohammed bin Abdulrahman Al Thani" hosted; "Shah Mehmood Qureshi attended the Doha
    # ceremony" -> Shah Mahmood Qureshi is a participant of the signing. The planned intra-Afghan
    # talks have no venue ("No venue has been agreed"): location null, groups only.
    ("004", "2020-03-04", False, [
        ev("2020-02-29-doha-al-thani-baradar-khalilzad-pompeo-qureshi", M, OCC, "2020-02-29", "Doha",
           [KHALILZAD, BARADAR, POMPEO, MBAR_AL_THANI, QURESHI], [],
           "US special envoy Zalmay Khalilzad and the Taliban's political chief, Mullah Abdul Ghani Baradar, signed"),
        ev("2020-02-29-kabul-esper-ghani-stoltenberg", M, OCC, "2020-02-29", "Kabul",
           [ESPER, STOLTENBERG, GHANI], [],
           "Mark Esper and Nato Secretary General Jens Stoltenberg stood beside President Ashraf Ghani"),
        ev("2019-02-25-doha-baradar-khalilzad", M, OCC, "2019-02", "Doha", [BARADAR, KHALILZAD], [],
           "first sat across the table from Khalilzad in Doha"),
        ev("2020-03-03-baradar-trump-call", C, OCC, "2020-03-03", None, [TRUMP, BARADAR], [],
           "by phone with Baradar on Tuesday, the first known conversation between a US president"),
        ev("2020-03-10-afghanistan-taliban", M, PLN, "2020-03-10", None, [], ["Taliban", "Afghanistan"],
           "negotiations between the Taliban and a team representing the Afghan government"),
    ], ["'Nine more rounds followed' (counted)",
        "'Trump called off a secret meeting with Taliban leaders at Camp David' (cancelled)",
        "'he would meet Taliban leaders \"in the not too distant future\", but no date or place has been mentioned' (vague)",
        "'Norway has offered to host them' (offer, no agreed venue)",
        "'On Sunday Ghani told reporters in Kabul' (press remarks)",
        "'Prime Minister Imran Khan said in a tweet' (post)",
        "'US troops are to leave within 14 months' (not a meeting)",
        "Read more: 'Qureshi meets Khalilzad in Islamabad ahead of signing' (furniture)"]),

    # 005. Live blog "Thursday 28 February 2019", Hanoi time, latest first (manifest 2019-02-28).
    # Last entry 18:55. "on Friday" -> 1 Mar (planned); "later tonight" -> 28 Feb (planned call:
    # still in the future at 18:20 and 18:55); the Moon call at 17:40 -> 28 Feb (occurred); "this
    # morning" -> 28 Feb; "yesterday", "In the evening" -> 27 Feb; "last June" -> 2018-06 (keyed 12
    # Jun 2018). The 09:05 one-on-one and the 11:15 expanded session are one event (same day, same
    # venue). Places: the Metropole, the Presidential Palace, the Government Office -> Hanoi.
    # "Kim Jong-un", "Kim" = Kim Jong Un; "Trong" = Nguyen Phu Trong; "he" in the recap = Trump;
    # diacritics dropped (Nguyễn Phú Trọng, Nguyễn Xuân Phúc). Korean and Vietnamese names are
    # keyed by the whole name.
    ("005", "2019-02-28", False, [
        ev("2019-03-01-hanoi-kim-jong-un-nguyen-phu-trong", M, PLN, "2019-03-01", "Hanoi", [KIM_JU, TRONG],
           [], "is due to hold talks with General Secretary and President Nguyễn Phú Trọng"),
        ev("2019-02-28-abe-trump-call", C, PLN, "2019-02-28", None, [ABE, TRUMP], [],
           "Prime Minister Shinzo Abe expects to speak with Trump by phone later tonight"),
        ev("2019-02-28-moon-jae-in-trump-call", C, OCC, "2019-02-28", None, [TRUMP, MOON], [],
           "Trump spoke by phone with President Moon Jae-in from Air Force One"),
        ev("2019-02-28-hanoi-bolton-kim-jong-un-kim-yong-chol-pompeo-ri-yong-ho-trump", M, OCC,
           "2019-02-28", "Hanoi", [TRUMP, KIM_JU, POMPEO, BOLTON, KIM_YC, RI], [],
           "Trump and Kim shook hands at the Metropole this morning to start the second day"),
        ev("2019-02-27-hanoi-kim-jong-un-kim-yong-chol-mulvaney-pompeo-ri-yong-ho-trump", M, OCC,
           "2019-02-27", "Hanoi", [TRUMP, KIM_JU, POMPEO, MULVANEY, KIM_YC, RI], [],
           "In the evening he had dinner with Kim at the Metropole"),
        ev("2019-02-27-hanoi-nguyen-phu-trong-trump", M, OCC, "2019-02-27", "Hanoi", [TRUMP, TRONG], [],
           "Trump called on Trong at the Presidential Palace in the morning"),
        ev("2019-02-27-hanoi-nguyen-xuan-phuc-trump", M, OCC, "2019-02-27", "Hanoi", [TRUMP, PHUC], [],
           "then met Prime Minister Nguyễn Xuân Phúc at the Government Office"),
        ev("2018-06-12-singapore-kim-jong-un-trump", M, OCC, "2018-06", "Singapore", [TRUMP, KIM_JU], [],
           "This is the pair's second summit after their first, in Singapore last June"),
    ], ["'Ri Yong Ho, will hold his own news conference after midnight' (press conference)",
        "'At his news conference at the JW Marriott' (press conference)",
        "'there are no plans for one yet, though he and Kim \"could\" meet again' (negation; hypothetical)",
        "'the working lunch has been cancelled and the signing ceremony will not take place' (cancelled)",
        "'Air Force One has left Noi Bai airport. Kim's motorcade returned to the Melia hotel' (travel)",
        "'Kim had arrived on Tuesday at the border station of Dong Dang' (travel)",
        "'Vietnamese airlines signed orders for Boeing jets' (commercial signing inside the Phuc meeting)",
        "Photo: 'Trump and Kim at the start of the second day's talks' (same event)",
        "Related: 'Moon to meet Trump in Washington next month, Blue House says' (furniture)"]),

    # 006. Digitised wire item "SAN FRANCISCO, Sept. 8 (PNS)", carried in the Sunday editions of 9
    # Sep 1951 (manifest 1951-09-09). The dispatch day is Saturday 8 Sep: "today", "this
    # afternoon" -> 8 Sep; "a week ago today" -> 1 Sep; "on Aug. 30" -> 1951-08-30; "to January"
    # -> 1951-01 (keyed 29 Jan 1951); "on Monday" (future) -> 10 Sep. Places: the War Memorial
    # Opera House, the Presidio, "here" -> San Francisco. The peace-treaty signing (Opera House,
    # morning) and the security treaty (Presidio, afternoon) are separate events.
    ("006", "1951-09-09", False, [
        ev("1951-09-08-san-francisco-acheson-dulles-yoshida", M, OCC, "1951-09-08", "San Francisco",
           [YOSHIDA, ACHESON, DULLES], [],
           "Prime Minister Shigeru Yoshida put his name to the peace treaty shortly before noon"),
        ev("1951-09-08-san-francisco-acheson-bridges-dulles-wiley-yoshida", M, OCC, "1951-09-08",
           "San Francisco", [YOSHIDA, ACHESON, DULLES, WILEY, BRIDGES], [],
           "Mr. Yoshida alone signed the security treaty for Japan, facing Mr. Acheson, Mr. Dulles"),
        ev("1951-09-01-san-francisco-acheson-berendsen-dulles-spender", M, OCC, "1951-09-01",
           "San Francisco", [SPENDER, BERENDSEN, ACHESON, DULLES], [],
           "a week ago today, that Australia's Percy Spender and New Zealand's Carl Berendsen signed"),
        ev("1951-08-30-washington-acheson-romulo", M, OCC, "1951-08-30", "Washington", [ACHESON, ROMULO],
           [], "The Philippine mutual defense treaty was signed in Washington on Aug. 30"),
        ev("1951-01-29-tokyo-dulles-yoshida", M, OCC, "1951-01", "Tokyo", [DULLES, YOSHIDA], [],
           "when Mr. Dulles first sat down with Mr. Yoshida in Tokyo"),
        ev("1951-09-10-san-francisco-dulles-yoshida", M, PLN, "1951-09-10", "San Francisco",
           [YOSHIDA, DULLES], [], "Mr. Yoshida will lunch with Mr. Dulles here on Monday"),
    ], ["'Andrei Gromyko, refused to sign' (refused)",
        "'the Polish and Czechoslovak delegations stayed in their hotels' (negation)",
        "'India and Burma had declined their invitations to the conference' (declined)",
        "'Mr. Dulles has crossed the Pacific four times on the treaty since then' (counted travel)",
        "'President Truman, who opened the conference with an address on Tuesday evening' (speech)",
        "'Mr. Acheson talked by telephone with the President tonight' (internal to one government)",
        "'before he flies home by way of Honolulu' (travel)",
        "'his cabinet is to meet on Wednesday' (internal)",
        "'TAKE 2 FOLLOWS: reaction in Tokyo, Manila, Canberra' (wire furniture)",
        "Related items: 'Spender, Berendsen sign with U.S. (Sept. 1)' (furniture; same ANZUS event)"]),

    # 007. Uncorrected-OCR newspaper page; manifest null. Masthead "WEDNESDAY, FEBRUARY 21, 1945";
    # dispatch "WASHINGTON, Feb. 20". Explicit "Tuesday, Feb. 13", "On the following day" -> 14
    # Feb; "on Feb. 15"; "on Saturday" (from the Tuesday 20 Feb dispatch) -> 17 Feb; "from Feb. 4
    # to Feb. 11" -> date_end; "on April 25" (future) -> 1945-04-25. Places: "aboard a United
    # States cruiser anchored in the Great Bitter Lake" -> Great Bitter Lake (all three audiences);
    # "came aboard at Alexandria" -> Alexandria; "the Faiyum oasis" -> Faiyum. OCR errors:
    # "Roosevclt", "Haile Selassic". "The Chief Executive", "the President", "he" = Franklin D.
    # Roosevelt. King Farouk, Haile Selassie and Ibn Saud are kept in their customary forms.
    ("007", "1945-02-21", True, [
        ev("1945-02-04-yalta-churchill-roosevelt-stalin", M, OCC, "1945-02-04", "Yalta",
           [ROOSEVELT, CHURCHILL, STALIN], [],
           "Mr. Churchill and Marshal Stalin met at Yalta from Feb. 4 to Feb. 11",
           date_end="1945-02-11"),
        ev("1945-02-13-great-bitter-lake-farouk-roosevelt", M, OCC, "1945-02-13", "Great Bitter Lake",
           [ROOSEVELT, FAROUK], [],
           "The Chief Executive received King Farouk of Egypt on the morning of Tuesday, Feb. 13"),
        ev("1945-02-13-great-bitter-lake-haile-selassie-roosevelt", M, OCC, "1945-02-13",
           "Great Bitter Lake", [ROOSEVELT, HAILE_SELASSIE], [],
           "and Emperor Haile Selassic of Ethiopia that afternoon"),
        ev("1945-02-14-great-bitter-lake-ibn-saud-roosevelt", M, OCC, "1945-02-14", "Great Bitter Lake",
           [ROOSEVELT, IBN_SAUD], [],
           "On the following day he spent five hours with King Ibn Saud of Saudi Arabia"),
        ev("1945-02-15-alexandria-churchill-roosevelt", M, OCC, "1945-02-15", "Alexandria",
           [CHURCHILL, ROOSEVELT], [],
           "Prime Minister Churchill came aboard at Alexandria on Feb. 15 for a farewell luncheon"),
        ev("1945-02-17-faiyum-churchill-ibn-saud", M, OCC, "1945-02-17", "Faiyum", [CHURCHILL, IBN_SAUD],
           [], "Mr. Churchill himself saw Ibn Saud on Saturday at a hotel in the Faiyum oasis"),
        ev("1945-04-25-san-francisco-united-nations", M, PLN, "1945-04-25", "San Francisco", [],
           ["United Nations"],
           "The United Nations conference called at Yalta will open in San Francisco on April 25"),
    ], ["'the White House disclosed tonight' (announcement)",
        "'the latest of many talks between the two men in the war years' (counted, next to the single luncheon)",
        "'General de Gaulle declined an invitation to meet the President at Algiers' (declined)",
        "'The President is expected to report to Congress' (speech; internal)",
        "'Mr. Churchill will make a statement to the House of Commons next week' (statement; internal)",
        "'Harry Hopkins ... left the cruiser at Algiers because of illness and is flying home' (travel)",
        "'(Continued on Page 6, Column 3)' (page jump)",
        "Related pages: 'Feb. 16, 1945: Churchill and Roosevelt meet again, reports say' (furniture)"]),

    # 008. AMP page "Updated 1 Dec 2010, 22:15 (Astana)" (a Wednesday; manifest 2010-12-01). "on
    # Wednesday" -> 1 Dec; the two-day summit opened today and is under way -> occurred, 1-2 Dec
    # (date_end); "in 1999" -> year only (Istanbul keyed 18 Nov 1999); "on October 27"; "on
    # Monday" -> 29 Nov; "on Thursday" -> 2 Dec (planned; Tashkent follows Bishkek the same day).
    # "Nazarbaev" -> Nursultan Nazarbayev; "Serzh Sarkisian" -> Serzh Sargsyan. The sidelines talks
    # and the evening Karabakh meeting are placed in Astana by the summit.
    ("008", "2010-12-01", False, [
        ev("2010-12-01-astana-berlusconi-clinton-medvedev-merkel-nazarbayev", M, OCC, "2010-12-01",
           "Astana", [NAZARBAYEV, MEDVEDEV, MERKEL, BERLUSCONI, H_CLINTON], ["OSCE"],
           "opened a two-day summit in Astana on Wednesday", date_end="2010-12-02"),
        ev("1999-11-18-istanbul-osce", M, OCC, "1999", "Istanbul", [], ["OSCE"],
           "the last one, held in Istanbul in 1999"),
        ev("2010-12-01-astana-clinton-nazarbayev", M, OCC, "2010-12-01", "Astana",
           [H_CLINTON, NAZARBAYEV], [],
           "Clinton held talks with Nazarbaev on the sidelines on Wednesday morning"),
        ev("2010-12-01-astana-aliyev-clinton-fillon-medvedev-sargsyan", M, OCC, "2010-12-01", "Astana",
           [MEDVEDEV, FILLON, H_CLINTON, ALIYEV, SARGSYAN], [],
           "met the presidents of Azerbaijan and Armenia, Ilham Aliyev and Serzh Sarkisian"),
        ev("2010-10-27-astrakhan-aliyev-medvedev-sargsyan", M, OCC, "2010-10-27", "Astrakhan",
           [MEDVEDEV, ALIYEV, SARGSYAN], [],
           "Medvedev had hosted Aliyev and Sarkisian in Astrakhan on October 27"),
        ev("2010-11-29-nazarbayev-obama-call", C, OCC, "2010-11-29", None, [NAZARBAYEV, OBAMA], [],
           "had spoken by telephone with Barack Obama on Monday about the summit's agenda"),
        ev("2010-12-02-bishkek-clinton-otunbayeva", M, PLN, "2010-12-02", "Bishkek",
           [H_CLINTON, OTUNBAYEVA], [],
           "for Bishkek, where she is due to meet President Roza Otunbayeva"),
        ev("2010-12-02-tashkent-clinton-karimov", M, PLN, "2010-12-02", "Tashkent", [H_CLINTON, KARIMOV],
           [], "then flies on to Tashkent for talks with President Islam Karimov"),
    ], ["'Georgia's Mikheil Saakashvili and Medvedev did not meet' (negation)",
        "'In his speech to the plenary, Medvedev said' (speech)",
        "'The five put out a joint statement' (statement inside the meeting)",
        "'leaked US diplomatic cables' (not a meeting)",
        "'Diplomats were still haggling late on Wednesday over an action plan' (negotiation inside the summit, no new encounter)",
        "'Advertisement' / 'Continue reading below' (AMP breaks)",
        "Latest news: 'Otunbayeva names coalition talks deadline' (furniture)",
        "Related: 'Clinton meets Karzai on the sidelines, aides say' (furniture)"]),

    # 009. Machine-translated German regional page "Montag, 24. September 1984" (manifest
    # 1984-09-24). "on Saturday" -> 22 Sep; "On Sunday evening" -> 23 Sep; "in July 1962" ->
    # 1962-07 (keyed 8 Jul 1962); "at the end of June" -> 1984-06 (Fontainebleau keyed 25 Jun
    # 1984); "in December" (future) -> 1984-12 (Dublin keyed 3 Dec 1984); "on Thursday" (future)
    # -> 27 Sep. Place: "the battlefield of Verdun", "the ossuary on the hills above the town" ->
    # Verdun. "the Chancellor" = Helmut Kohl; "the State President" = Francois Mitterrand.
    ("009", "1984-09-24", False, [
        ev("1984-09-22-verdun-kohl-mitterrand", M, OCC, "1984-09-22", "Verdun", [KOHL, MITTERRAND], [],
           "met on Saturday on the battlefield of Verdun"),
        ev("1984-09-23-kohl-mitterrand-call", C, OCC, "1984-09-23", None, [MITTERRAND, KOHL], [],
           "On Sunday evening Mitterrand telephoned the Chancellor at his home in Ludwigshafen-Oggersheim"),
        ev("1962-07-08-reims-adenauer-de-gaulle", M, OCC, "1962-07", "Reims", [ADENAUER, DE_GAULLE], [],
           "Konrad Adenauer and Charles de Gaulle attended together in the cathedral of Reims"),
        ev("1984-06-25-fontainebleau-kohl-mitterrand-thatcher", M, OCC, "1984-06", "Fontainebleau",
           [KOHL, MITTERRAND, THATCHER], [EC],
           "last sat together at the European Council in Fontainebleau at the end of June"),
        ev("1984-12-03-dublin-kohl-mitterrand", M, PLN, "1984-12", "Dublin", [KOHL, MITTERRAND], [EC],
           "The next meeting of the two is foreseen at the European Council in Dublin"),
        ev("1984-09-27-bonn-cheysson-genscher", M, PLN, "1984-09-27", "Bonn", [GENSCHER, CHEYSSON], [],
           "Foreign Minister Hans-Dietrich Genscher will receive his French colleague Claude Cheysson in Bonn"),
    ], ["'he had not been invited to the commemorations of the Allied landing in Normandy on 6 June' (negation)",
        "'said a government spokesman in Bonn' (statement)",
        "'as the Elysee Palace made known' (statement about the call)",
        "'Kohl himself recalled in his short address' (speech inside the Verdun event)",
        "'Since October 1982 the two have met more than a dozen times' (counted)",
        "'Mitterrand's speech before the Bundestag in January 1983' (speech)",
        "'The SPD opposition welcomed the gesture' (domestic reaction)",
        "Photo: 'Kohl and Mitterrand before the ossuary' (same event)",
        "Also on this topic: 'Commentary: A picture for the history books' (furniture)"]),

    # 010. NGO e-mail bulletin with NO DATE and NO YEAR anywhere (manifest null; true date Friday 7
    # Sep 2018). Every date is null (eval rule 10), so the retreat carries no date_end. Weekdays:
    # "Late on Wednesday" (5 Sep), "On Tuesday" (4 Sep), "on Monday" (3 Sep), "in December"
    # (Katowice, keyed 2 Dec 2018). The Biketawa Declaration is keyed on its adoption at the
    # Kiribati Forum (28 Oct 2000). Places: "greetings from Nauru", "on the island" -> Nauru (the
    # declaration is only "named after" the Boe district; no place inside Nauru is given for the
    # ceremony). "Prime Minister Sopoaga" = Enele Sopoaga; Du Qiwen keyed "du".
    ("010", "2018-09-07", True, [
        ev("2018-09-05-nauru-payne-sopoaga-waqa", M, OCC, None, "Nauru", [WAQA, SOPOAGA, PAYNE], [PIF],
           "after a leaders' retreat that ran hours over time, Forum leaders signed"),
        ev("2000-10-28-kiribati-pacific-islands-forum", M, OCC, None, "Kiribati", [], [PIF],
           "the Biketawa Declaration adopted by leaders meeting in Kiribati"),
        ev("2018-09-04-nauru-du-sopoaga-waqa", M, OCC, None, "Nauru", [WAQA, DU, SOPOAGA], [PIF],
           "during the Forum's session with its dialogue partners, China's special envoy Du Qiwen walked out"),
        ev("2018-09-03-morrison-waqa-call", C, OCC, None, None, [S_MORRISON, WAQA], [],
           "Morrison rang Waqa on Monday to explain his absence"),
        ev("2018-12-02-katowice-pacific-islands-forum", M, PLN, None, "Katowice", [], [PIF],
           "Forum leaders will take the Boe message to the UN climate conference in Katowice"),
    ], ["'Prime Minister Scott Morrison did not come' (negation)",
        "'Waqa later told a press conference' (press conference)",
        "'Samoa's delegation has lodged a formal letter of complaint' (statement)",
        "'promised to visit Nauru \"soon\". No date has been given' (vague)",
        "'Forum ministers could meet again before the end of the year if the row ... is not settled' (hypothetical)",
        "'Our youth delegates will be there too' (NGO travel, no diplomatic encounter)",
        "'pressed their hands into wet concrete' (ceremony detail inside the retreat event)",
        "Read more: 'Opinion: Why Payne should have brought Morrison with her' (furniture)"]),

    # 011. Mexico City English-language daily "Wednesday, January 11, 2023 | 07:15 CST" (manifest
    # 2023-01-11). "on Tuesday" -> 10 Jan; "in November 2021" -> 2021-11 (keyed 18 Nov 2021); "On
    # Monday" -> 9 Jan; "on Tuesday morning" -> 10 Jan; "in early February" -> 2023-02 (keyed 10 Feb
    # 2023); "this morning" (page time 07:15) -> planned, 11 Jan. Places: the National Palace, "the
    # palace" -> Mexico City; the Biden-Trudeau hour "before the summit began" -> Mexico City; "the
    # White House" -> Washington. "their first meeting together since the last summit" places the
    # three leaders at the 2021 summit. Accents dropped: Andres Manuel Lopez Obrador, Luiz Inacio
    # Lula da Silva.
    ("011", "2023-01-11", False, [
        ev("2023-01-10-mexico-city-biden-lopez-obrador-trudeau", M, OCC, "2023-01-10", "Mexico City",
           [BIDEN, TRUDEAU, AMLO], [],
           "held the tenth North American Leaders' Summit at the National Palace on Tuesday"),
        ev("2021-11-18-washington-biden-lopez-obrador-trudeau", M, OCC, "2021-11", "Washington",
           [BIDEN, TRUDEAU, AMLO], [], "since the last summit, at the White House in November 2021"),
        ev("2023-01-09-mexico-city-biden-lopez-obrador", M, OCC, "2023-01-09", "Mexico City",
           [BIDEN, AMLO], [], "On Monday he and López Obrador held their bilateral meeting at the palace"),
        ev("2023-01-10-mexico-city-biden-trudeau", M, OCC, "2023-01-10", "Mexico City", [BIDEN, TRUDEAU],
           [], "Biden and Trudeau met alone for about an hour on Tuesday morning"),
        ev("2023-01-09-biden-lula-call", C, OCC, "2023-01-09", None, [BIDEN, LULA], [],
           "On Monday afternoon Biden also spoke by telephone with Brazil's Luiz Inácio Lula da Silva"),
        ev("2023-02-10-washington-biden-lula", M, PLN, "2023-02", "Washington", [LULA, BIDEN], [],
           "He invited Lula to Washington for talks in early February, and the Brazilian accepted"),
        ev("2023-01-11-mexico-city-lopez-obrador-trudeau", M, PLN, "2023-01-11", "Mexico City",
           [TRUDEAU, AMLO], [], "He is due to meet López Obrador at the National Palace this morning"),
    ], ["'At the closing news conference, López Obrador spent nearly half an hour' (press conference)",
        "'Texas Governor Greg Abbott handed him a letter on the tarmac' (internal to one country)",
        "'The three North American leaders had earlier condemned the riots in a joint statement' (statement)",
        "'supporters of Jair Bolsonaro stormed government buildings' (not a meeting)",
        "'before he flies home to Ottawa' (travel)",
        "'who boycotted the Summit of the Americas in Los Angeles last June' (negation)",
        "'has spoken with Biden by phone several times since' (counted)",
        "RELATED: 'Trudeau, López Obrador to meet on energy investment' (furniture)"]),

    # 012. Newsletter/blog post "Mar 28, 2022" (a Monday; manifest 2022-03-28). "on Sunday
    # evening" ... "this morning" -> 27-28 Mar (date_end); "today" -> 28 Mar; "on Sunday morning",
    # "Blinken's Sunday" -> 27 Mar; "on Saturday" -> 26 Mar; "six days after" -> 22 Mar;
    # "tomorrow" -> 29 Mar; "on Wednesday" (future) -> 30 Mar. Places: "a hotel in Kibbutz Sde
    # Boker" -> Sde Boker. "Abdullah bin Zayed" -> Abdullah bin Zayed Al Nahyan; "Abdullatif Al
    # Zayani"; "King Abdullah II" -> Abdullah II; "Abu Dhabi's Crown Prince Mohamed bin Zayed" ->
    # Mohamed bin Zayed Al Nahyan.
    ("012", "2022-03-28", False, [
        ev("2022-03-27-sde-boker-al-zayani-bin-zayed-blinken-bourita-lapid-shoukry", M, OCC, "2022-03-27",
           "Sde Boker", [LAPID, BLINKEN, SHOUKRY, ABZ, ZAYANI, BOURITA], [],
           "Israeli Foreign Minister Yair Lapid hosted Antony Blinken and the foreign ministers of Egypt",
           date_end="2022-03-28"),
        ev("2022-03-28-ramallah-abbas-abdullah-ii", M, OCC, "2022-03-28", "Ramallah", [ABDULLAH_II, ABBAS],
           [], "King Abdullah II flew to Ramallah today and met President Mahmoud Abbas"),
        ev("2022-03-27-jerusalem-bennett-blinken", M, OCC, "2022-03-27", "Jerusalem", [BLINKEN, BENNETT],
           [], "Blinken met Prime Minister Naftali Bennett in Jerusalem on Sunday morning"),
        ev("2022-03-27-ramallah-abbas-blinken", M, OCC, "2022-03-27", "Ramallah", [BLINKEN, ABBAS], [],
           "then crossed to Ramallah for talks with Abbas"),
        ev("2022-03-26-blinken-safadi-call", C, OCC, "2022-03-26", None, [BLINKEN, SAFADI], [],
           "he had spoken by phone with Jordan's foreign minister, Ayman Safadi, on Saturday"),
        ev("2022-03-22-sharm-el-sheikh-bennett-bin-zayed-el-sisi", M, OCC, "2022-03-22", "Sharm el-Sheikh",
           [SISI, BENNETT, MBZ], [],
           "Egypt's Abdel Fattah el-Sisi hosted Bennett and Abu Dhabi's Crown Prince Mohamed bin Zayed"),
        ev("2022-03-29-rabat-blinken-bourita", M, PLN, "2022-03-29", "Rabat", [BLINKEN, BOURITA], [],
           "Blinken flies to Rabat tomorrow for talks with Bourita"),
        ev("2022-03-30-algiers-blinken-tebboune", M, PLN, "2022-03-30", "Algiers", [BLINKEN, TEBBOUNE], [],
           "where he is due to see President Abdelmadjid Tebboune"),
    ], ["'each of them read a statement to the press. No joint communique was issued' (statements; negation)",
        "'the \"Negev Forum\" will become a permanent, rotating event, but no date or host for a second round was named' (vague)",
        "'Jordan turned down Lapid's invitation' (declined)",
        "'A State Department readout also mentions' (readout, not a meeting)",
        "'A shooting in Hadera on Sunday night killed two police officers' (not a meeting)",
        "'every minister condemned it in their statements this morning' (statements)",
        "'Bennett has also spoken with Vladimir Putin several times this month' (counted)",
        "Related posts: 'Bennett in Sharm: the photo Cairo wanted' (furniture; same Sharm event)"]),

    # 013. Indian daily "NEW DELHI, TUESDAY, APRIL 26, 1960" (manifest 1960-04-26), dispatch "NEW
    # DELHI, April 25." The dispatch day is Monday 25 Apr: "tonight" -> 25 Apr; "after six days"
    # -> 20-25 Apr (date_end); "on Thursday" (past) -> 21 Apr; "four days" in Rangoon -> 1960-04
    # (month key); "in June" (future) -> 1960-06; "on Thursday" (future, Kathmandu) -> 28 Apr; "in
    # June 1954" -> 1954-06 (keyed 25 Jun 1954). Places: Teen Murti House -> New Delhi; "During his
    # stay" -> New Delhi; "Peking" -> Beijing; "Rangoon" -> Yangon. "Mr. Chou En-lai", "Mr. Chou" ->
    # Zhou Enlai; "Marshal Chen Yi"; "Dr. S. Radhakrishnan"; "Mr. B. P. Koirala" -> Bishweshwar
    # Prasad Koirala. "officials of the two Governments" -> groups India and China.
    ("013", "1960-04-26", False, [
        ev("1960-04-20-new-delhi-chen-nehru-zhou", M, OCC, "1960-04-20", "New Delhi",
           [NEHRU, ZHOU, CHEN_YI], [],
           "The talks between Mr. Nehru and the Chinese Prime Minister, Mr. Chou En-lai",
           date_end="1960-04-25"),
        ev("1960-04-21-new-delhi-radhakrishnan-zhou", M, OCC, "1960-04-21", "New Delhi",
           [ZHOU, RADHAKRISHNAN], [],
           "Mr. Chou also called on the Vice-President, Dr. S. Radhakrishnan, on Thursday"),
        ev("1960-04-yangon-u-nu-zhou", M, OCC, "1960-04", "Yangon", [ZHOU, U_NU], [],
           "from Rangoon, where he had spent four days with the Burmese Prime Minister, U Nu"),
        ev("1960-06-beijing-china-india", M, PLN, "1960-06", "Beijing", [], ["India", "China"],
           "Their first meeting will be held in Peking in June"),
        ev("1960-04-28-kathmandu-koirala-zhou", M, PLN, "1960-04-28", "Kathmandu", [ZHOU, BP_KOIRALA], [],
           "with the Nepalese Prime Minister, Mr. B. P. Koirala, on Thursday"),
        ev("1954-06-25-new-delhi-nehru-zhou", M, OCC, "1954-06", "New Delhi", [ZHOU, NEHRU], [],
           "Mr. Chou's first visit, in June 1954, when crowds lined the roads"),
    ], ["'and saw several Union Ministers' (vague, unnamed, counted)",
        "'At a press conference which began at 10.30 p.m.' (press conference)",
        "'No further meeting between the two Prime Ministers has been fixed' (negation)",
        "'Mr. Chou leaves for Kathmandu this morning' (travel; the Thursday signing is the event)",
        "'He has been to Delhi three times since' (counted)",
        "'Mr. Nehru will make a statement on the talks in the Lok Sabha tomorrow' (statement; internal)",
        "'Mr. Nehru might go to Peking later in the year if the officials make progress ... no invitation has been discussed' (hypothetical)",
        "'Jana Sangh volunteers demonstrated near the Chinese party's residence' (not a meeting)",
        "'A joint communique issued after the last session' (document of the same talks)"]),

    # 014. Background-briefing transcript "November 20, 1993", "6:40 P.M. PST", Seattle (manifest
    # 1993-11-20, a Saturday). "today" -> 20 Nov; "next year" -> 1994 (year only; keyed 15 Nov
    # 1994, Bogor); "from Wednesday through Friday" -> 17-19 Nov (date_end); "yesterday afternoon",
    # "yesterday morning" -> 19 Nov; "Wednesday night" -> 17 Nov; "on Tuesday" (future) -> 23 Nov.
    # Places: "on Blake Island" -> Blake Island; "here in Seattle", "met here" -> Seattle; "the White
    # House" -> Washington; "in Indonesia" (no city) -> Indonesia. "The President", "He" = Bill
    # Clinton (named once as "President Clinton"); "President Jiang" = Jiang Zemin; "Prime Minister
    # Hosokawa" = Morihiro Hosokawa; "Prime Minister Keating" = Paul Keating; "Prime Minister
    # Chretien" = Jean Chretien; "President Kim Young-sam", later "President Kim"; "Secretary
    # Christopher" = Warren Christopher; "President Salinas" = Carlos Salinas de Gortari.
    ("014", "1993-11-20", False, [
        ev("1993-11-20-blake-island-chretien-clinton-hosokawa-jiang-keating-kim-young-sam-suharto", M, OCC,
           "1993-11-20", "Blake Island",
           [B_CLINTON, JIANG, HOSOKAWA, KEATING, SUHARTO, CHRETIEN, KIM_YS], ["APEC"],
           "President Clinton hosted the APEC leaders on Blake Island today"),
        ev("1994-11-15-indonesia-apec", M, PLN, "1994", "Indonesia", [], ["APEC"],
           "The leaders agreed to meet again next year in Indonesia"),
        ev("1993-11-17-seattle-christopher", M, OCC, "1993-11-17", "Seattle", [CHRISTOPHER], ["APEC"],
           "The ministers, who met here from Wednesday through Friday under Secretary Christopher's chairmanship",
           date_end="1993-11-19"),
        ev("1993-11-19-seattle-clinton-jiang", M, OCC, "1993-11-19", "Seattle", [B_CLINTON, JIANG], [],
           "when they met yesterday afternoon here in Seattle"),
        ev("1993-11-19-seattle-clinton-hosokawa", M, OCC, "1993-11-19", "Seattle", [B_CLINTON, HOSOKAWA],
           [], "The President also saw Prime Minister Hosokawa yesterday morning, for about an hour"),
        ev("1993-11-17-clinton-salinas-call", C, OCC, "1993-11-17", None, [B_CLINTON, SALINAS], [],
           "He called President Salinas Wednesday night, right after the House vote"),
        ev("1993-11-23-washington-clinton-kim-young-sam", M, PLN, "1993-11-23", "Washington",
           [KIM_YS, B_CLINTON], [],
           "President Kim comes to the White House on Tuesday for a working visit"),
    ], ["'President Jiang renewed an invitation for the President to visit China at some point; no dates were discussed' (vague)",
        "'They've corresponded several times since he took office in August' (counted; letters)",
        "'Prime Minister Mahathir chose not to come' (negation)",
        "'the President would have met him if he had come' (hypothetical)",
        "'The President will also do a radio address tomorrow morning' (broadcast)",
        "'Not here.' (no further meetings)",
        "Related transcripts: 'Remarks by the President at the APEC leaders meeting, Blake Island' (furniture)"]),
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
