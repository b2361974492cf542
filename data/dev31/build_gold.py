#!/usr/bin/env python3
"""Generate gold.jsonl and manifest.jsonl for the dev31 development corpus.

Run:  python3 data/dev31/build_gold.py   then   python3 data/eval/validate.py data/dev31
Each article lists its true publication date, whether the manifest hides it, its gold
events, and (for documentation only) the traps it contains that must NOT be extracted.
dev31 is a READABLE development set: unlike the holdout sets, it may be read while developing.
It covers real occasions from 1979 to 2022, thirteen of them from 2018-2022, in these regions:
the Great Lakes (Luanda 2022), South Sudan / the Horn (Khartoum 2018), Southern Africa seen
from London (Lancaster House 1979), Venezuela / Mexico (Mexico City 2021), the Amazon
(Leticia 2019), South Asia / China (Moscow 2020), Afghanistan / the Gulf (Doha 2020),
Southeast Asia (Jakarta 2021 and Paris 1991 on Cambodia), East Asia (Hanoi 2019), Yemen
(Rimbo 2018), the Levant and North Africa (Sde Boker 2022), Belarus and the Baltic states
(Vilnius 2020), the South Caucasus (Prague 2022) and Oceania (Port Moresby 2018).
Events MIX occurred in-person meetings (about three fifths), planned meetings (about a
quarter) and phone or video calls (about a sixth), including gatherings and delegation-only
talks with groups. Twelve pages are ordinary modern online articles (wire copy, national
newspapers, broadcasters' sites, a foreign-ministry press release); three have unusual
layouts (a digitised 1979 newspaper page, a 1991 wire-archive item and a live blog).
Three pages have no date in the manifest but print one: 002 (archive header "SATURDAY,
DECEMBER 22, 1979", dispatch "LONDON, Friday."), 007 (press release "Jakarta, 24 April 2021")
and 013 ("Published 06.10.2022 | 23:40"). No page is without a date.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

# canonical names
LOURENCO, TSHISEKEDI, KAGAME, KENYATTA, SALL, LUTUNDULA, BIRUTA = (
    "Joao Lourenco", "Felix Tshisekedi", "Paul Kagame", "Uhuru Kenyatta", "Macky Sall",
    "Christophe Lutundula", "Vincent Biruta")
KIIR, MACHAR, BASHIR, MUSEVENI, ABIY = (
    "Salva Kiir", "Riek Machar", "Omar al-Bashir", "Yoweri Museveni", "Abiy Ahmed")
CARRINGTON, GILMOUR, MUZOREWA, MUNDAWARARA, MUGABE, NKOMO, THATCHER, KAUNDA, CARTER, SOAMES, \
    WALLS, MACHEL = (
        "Peter Carrington", "Ian Gilmour", "Abel Muzorewa", "Silas Mundawarara", "Robert Mugabe",
        "Joshua Nkomo", "Margaret Thatcher", "Kenneth Kaunda", "Jimmy Carter", "Christopher Soames",
        "Peter Walls", "Samora Machel")
RODRIGUEZ, BLYDE, NYLANDER, EBRARD, SOREIDE = (
    "Jorge Rodriguez", "Gerardo Blyde", "Dag Nylander", "Marcelo Ebrard", "Ine Eriksen Soreide")
DUQUE, VIZCARRA, MORENO, MORALES, ADHIN, ARAUJO, TROTMAN, BOLSONARO, MACRON, PINERA, LULA, \
    JAGDEO, SARKOZY = (
        "Ivan Duque", "Martin Vizcarra", "Lenin Moreno", "Evo Morales", "Ashwin Adhin",
        "Ernesto Araujo", "Raphael Trotman", "Jair Bolsonaro", "Emmanuel Macron", "Sebastian Pinera",
        "Luiz Inacio Lula da Silva", "Bharrat Jagdeo", "Nicolas Sarkozy")
RAJNATH, WEI, SHOIGU, JAISHANKAR, WANG_YI, DOVAL, YERMEKBAYEV, KURBANOV, MIRZO = (
    "Rajnath Singh", "Wei Fenghe", "Sergei Shoigu", "S. Jaishankar", "Wang Yi", "Ajit Doval",
    "Nurlan Yermekbayev", "Bakhodir Kurbanov", "Sherali Mirzo")
KHALILZAD, BARADAR, POMPEO, AL_THANI, QURESHI, ESPER, STOLTENBERG, GHANI = (
    "Zalmay Khalilzad", "Abdul Ghani Baradar", "Mike Pompeo", "Mohammed bin Abdulrahman Al Thani",
    "Shah Mahmood Qureshi", "Mark Esper", "Jens Stoltenberg", "Ashraf Ghani")
BOLKIAH, WIDODO, MUHYIDDIN, LEE_HL, HUN_SEN, PHAM_MINH_CHINH, MIN_AUNG_HLAING, MARSUDI, \
    WUNNA_MAUNG_LWIN, DON = (
        "Hassanal Bolkiah", "Joko Widodo", "Muhyiddin Yassin", "Lee Hsien Loong", "Hun Sen",
        "Pham Minh Chinh", "Min Aung Hlaing", "Retno Marsudi", "Wunna Maung Lwin", "Don Pramudwinai")
SIHANOUK, KHIEU, BAKER, DUMAS, ALATAS, PEREZ_DE_CUELLAR, MITTERRAND, NGUYEN_CO_THACH, SOLOMON, \
    LE_MAI, LI_PENG = (
        "Norodom Sihanouk", "Khieu Samphan", "James Baker", "Roland Dumas", "Ali Alatas",
        "Javier Perez de Cuellar", "Francois Mitterrand", "Nguyen Co Thach", "Richard Solomon",
        "Le Mai", "Li Peng")
TRUMP, KIM, BOLTON, KIM_YONG_CHOL, RI_YONG_HO, MULVANEY, TRONG, PHUC, MOON = (
    "Donald Trump", "Kim Jong Un", "John Bolton", "Kim Yong Chol", "Ri Yong Ho", "Mick Mulvaney",
    "Nguyen Phu Trong", "Nguyen Xuan Phuc", "Moon Jae-in")
GUTERRES, GRIFFITHS, AL_YAMANI, ABDULSALAM, WALLSTROM, HADI = (
    "Antonio Guterres", "Martin Griffiths", "Khaled al-Yamani", "Mohammed Abdulsalam",
    "Margot Wallstrom", "Abd-Rabbu Mansour Hadi")
LAPID, BLINKEN, ABZ, AL_ZAYANI, BOURITA, SHOUKRY, BENNETT, ABBAS, ABDULLAH_II, SISI, MBZ, \
    TEBBOUNE, SAFADI = (
        "Yair Lapid", "Antony Blinken", "Abdullah bin Zayed Al Nahyan", "Abdullatif Al Zayani",
        "Nasser Bourita", "Sameh Shoukry", "Naftali Bennett", "Mahmoud Abbas", "Abdullah II",
        "Abdel Fattah el-Sisi", "Mohamed bin Zayed Al Nahyan", "Abdelmadjid Tebboune",
        "Ayman Safadi")
TSIKHANOUSKAYA, NAUSEDA, PUTIN, LUKASHENKO, BORRELL, LEVITS = (
    "Sviatlana Tsikhanouskaya", "Gitanas Nauseda", "Vladimir Putin", "Alexander Lukashenko",
    "Josep Borrell", "Egils Levits")
ALIYEV, PASHINYAN, MICHEL, ERDOGAN, MIRZOYAN, BAYRAMOV = (
    "Ilham Aliyev", "Nikol Pashinyan", "Charles Michel", "Recep Tayyip Erdogan", "Ararat Mirzoyan",
    "Jeyhun Bayramov")
XI, ONEILL, BAINIMARAMA, POHIVA, PENCE, MORRISON = (
    "Xi Jinping", "Peter O'Neill", "Frank Bainimarama", "Akilisi Pohiva", "Mike Pence",
    "Scott Morrison")

YEMEN2 = ["Yemen", "Houthis"]
VEN2 = ["Venezuela", "Unitary Platform"]


def ev(key, kind, status, date, location, participants, groups, evidence, date_end=None):
    e = {"key": key, "kind": kind, "status": status, "date": date}
    if date_end:
        e["date_end"] = date_end
    e.update({"location": location, "participants": participants, "groups": groups,
              "evidence": evidence})
    return e


M, C, OCC, PLN = "meeting", "call", "occurred", "planned"

ARTICLES = [
    # 000. Wire copy, "July 6, 2022 7:48 PM GMT+1", dateline "LUANDA, July 6 (Meridian)"
    # (manifest 2022-07-06, a Wednesday). "on Wednesday" -> 6 Jul; "on July 12" (future) ->
    # 2022-07-12; "in June last year" -> 2021-06; "on June 20" -> 2022-06-20; "on Monday"
    # (past) -> 4 Jul; "on July 17" -> 2022-07-17. Places: "in Luanda" (the presidential palace
    # in the Cidade Alta district); "set for Luanda"; "the Rwandan border town of Rubavu";
    # "State House in Nairobi"; "in Lusaka". "his Rwandan counterpart" = Kagame, "the two
    # presidents" = Tshisekedi and Kagame, "Both" = the same two at the Nairobi conclave
    # (gathering of the East African Community hosted by Kenyatta). The joint commission is
    # led by the two named foreign ministers and has the two countries as sides. The AU
    # mid-year meeting names nobody -> group only.
    ("000", "2022-07-06", False, [
        ev("2022-07-06-luanda-kagame-lourenco-tshisekedi", M, OCC, "2022-07-06", "Luanda",
           [LOURENCO, TSHISEKEDI, KAGAME], [],
           "after Angolan President João Lourenço hosted them for three-way talks in Luanda"),
        ev("2022-07-12-luanda-biruta-lutundula", M, PLN, "2022-07-12", "Luanda",
           [LUTUNDULA, BIRUTA], ["Democratic Republic of the Congo", "Rwanda"],
           "Its first session is set for Luanda on July 12"),
        ev("2021-06-25-rubavu-kagame-tshisekedi", M, OCC, "2021-06", "Rubavu",
           [TSHISEKEDI, KAGAME], [],
           "The last time the two presidents held talks was in June last year"),
        ev("2022-06-20-nairobi-kagame-kenyatta-tshisekedi", M, OCC, "2022-06-20", "Nairobi",
           [KENYATTA, TSHISEKEDI, KAGAME], ["East African Community"],
           "the conclave of East African leaders that Kenyan President Uhuru Kenyatta hosted at State House"),
        ev("2022-07-04-lourenco-sall-call", C, OCC, "2022-07-04", None, [SALL, LOURENCO], [],
           "Macky Sall, the current African Union chairman, spoke by phone with Lourenço on Monday"),
        ev("2022-07-17-lusaka-african-union", M, PLN, "2022-07-17", "Lusaka", [], ["African Union"],
           "African Union leaders will review the roadmap at their mid-year coordination meeting in Lusaka"),
    ], ["'No joint communique was signed' (negation of a document, the meeting itself is gold)",
        "'a charge Rwanda denies', 'Kagame's office had not issued its own statement' (statements)",
        "'A further summit of the three could follow \"if the commission makes progress\"' (hypothetical)",
        "'The three presidents made brief statements to reporters but took no questions' (press appearance)",
        "'Kenyatta ... did not travel to Luanda' (negation)",
        "Related coverage: 'Kenyatta hosts Congolese armed groups for Nairobi talks', "
        "'Rwanda summons Congo envoy over shelling near border' (furniture)"]),

    # 001. South Sudanese daily, "Thursday, June 28, 2018" (manifest 2018-06-28). "on
    # Wednesday" -> 27 Jun; "on Monday and Tuesday" -> 25-26 Jun (one round of direct talks,
    # date_end), Museveni "sat in on the first session"; "on June 20" -> 2018-06-20; "the
    # following day" -> 21 Jun; "early next month" -> 2018-07; "on Wednesday evening" -> 27
    # Jun. Places: "in Khartoum" (the Sudanese presidency); "The Khartoum round"; "in Addis
    # Ababa"; "the Ethiopian capital" -> Addis Ababa; "in Entebbe". The IGAD summit names no
    # participant -> group only. The Entebbe round is keyed 7 July 2018 (when it took place).
    ("001", "2018-06-28", False, [
        ev("2018-06-27-khartoum-al-bashir-kiir-machar", M, OCC, "2018-06-27", "Khartoum",
           [KIIR, MACHAR, BASHIR], [],
           "on Wednesday signed a declaration in Khartoum committing them to a permanent ceasefire"),
        ev("2018-06-25-khartoum-al-bashir-kiir-machar-museveni", M, OCC, "2018-06-25", "Khartoum",
           [BASHIR, KIIR, MACHAR, MUSEVENI], [],
           "Bashir hosted the two men for two days of direct talks on Monday and Tuesday",
           date_end="2018-06-26"),
        ev("2018-06-20-addis-ababa-abiy-kiir-machar", M, OCC, "2018-06-20", "Addis Ababa",
           [ABIY, KIIR, MACHAR], [],
           "where Ethiopia's Prime Minister Abiy Ahmed brought Kiir and Machar together"),
        ev("2018-06-21-addis-ababa-igad", M, OCC, "2018-06-21", "Addis Ababa", [], ["IGAD"],
           "IGAD heads of state, meeting in an extraordinary session in the Ethiopian capital"),
        ev("2018-07-07-entebbe-al-bashir-kiir-machar-museveni", M, PLN, "2018-07", "Entebbe",
           [MUSEVENI, KIIR, MACHAR, BASHIR], [],
           "Museveni is expected to host Kiir, Machar and Bashir in Entebbe early next month"),
        ev("2018-06-27-kenyatta-kiir-call", C, OCC, "2018-06-27", None, [KIIR, KENYATTA], [],
           "Kiir also spoke by phone with Kenya's President Uhuru Kenyatta on Wednesday evening"),
    ], ["'\"We offer this agreement as a gift ...\" Bashir told guests' (remarks)",
        "'Ateny Wek Ateny ... denied reports that Machar would return to Juba' (denial)",
        "'An earlier proposal for Sudanese troops to guard the oilfields was rejected' (rejected proposal)",
        "'has not said when he will return home' (vague)",
        "'Several previous ceasefires collapsed within days' (counted)",
        "'Kiir is due back in Juba on Thursday' (travel)",
        "Related: 'Juba traders welcome ceasefire news' (furniture)"]),

    # 002. Digitised newspaper page, header "SATURDAY, DECEMBER 22, 1979", dispatch "LONDON,
    # Friday." (manifest null; true date 1979-12-22). Dates are resolved against the dispatch
    # day, Friday 21 Dec: "this afternoon" -> 21 Dec; "opened on September 10 ... last
    # Saturday" -> 10 Sep to 15 Dec (one conference, date_end); "in August" -> 1979-08; "on
    # Monday" (past) -> 17 Dec; "yesterday morning", "last night" -> 20 Dec; "on Monday"
    # (future, after "tomorrow") -> 24 Dec. Places: "at Lancaster House" -> London (the
    # conference "Lancaster House" in the same story); "in Lusaka"; "the White House" ->
    # Washington; "In Salisbury" (the 1979 name is kept); "to Maputo". "the President" in the
    # last plan = Machel. "Lord Carrington" -> Peter Carrington. The Commonwealth conference is a
    # gathering (group Commonwealth) at which Thatcher and Kaunda are placed.
    ("002", "1979-12-22", True, [
        ev("1979-12-21-london-carrington-gilmour-mugabe-mundawarara-muzorewa-nkomo", M, OCC,
           "1979-12-21", "London", [CARRINGTON, GILMOUR, MUZOREWA, MUNDAWARARA, MUGABE, NKOMO], [],
           "war in Rhodesia was signed at Lancaster House this afternoon"),
        ev("1979-09-10-london-carrington-mugabe-muzorewa-nkomo", M, OCC, "1979-09-10", "London",
           [CARRINGTON, MUZOREWA, MUGABE, NKOMO], [],
           "opened on September 10 and held its 47th and last plenary session last Saturday",
           date_end="1979-12-15"),
        ev("1979-08-01-lusaka-kaunda-thatcher", M, OCC, "1979-08", "Lusaka", [THATCHER, KAUNDA],
           ["Commonwealth"], "began at the Commonwealth conference in Lusaka in August"),
        ev("1979-12-17-washington-carter-thatcher", M, OCC, "1979-12-17", "Washington",
           [THATCHER, CARTER], [], "who held talks with President Carter at the White House on Monday"),
        ev("1979-12-20-salisbury-soames-walls", M, OCC, "1979-12-20", "Salisbury", [SOAMES, WALLS], [],
           "conferred with Lieut.-General Peter Walls, the commander of the Rhodesian forces, yesterday morning"),
        ev("1979-12-20-machel-mugabe-call", C, OCC, "1979-12-20", None, [MUGABE, MACHEL], [],
           "Mr. Mugabe telephoned President Machel of Mozambique last night"),
        ev("1979-12-24-maputo-machel-mugabe", M, PLN, "1979-12-24", "Maputo", [MUGABE, MACHEL], [],
           "He flies to Maputo tomorrow and will see the President on Monday"),
    ], ["'was not at today's ceremony' (negation: Thatcher is not a participant of the signing)",
        "'A Cabinet meeting at Downing Street this morning approved the final texts' (internal)",
        "'Lord Soames, the new Governor, who arrived on December 12' (travel)",
        "'Mr. Nkomo said he hoped to be home \"before the rains end\" but would give no date' (vague)",
        "'A monitoring force ... is already arriving', 'elections are to be held in February' (not meetings)",
        "Related titles: 'Lusaka conference ends with Rhodesia formula (Aug. 1979)' (furniture)"]),

    # 003. Mexican English-language daily, "Published Saturday, August 14, 2021 • 08:05"
    # (manifest 2021-08-14). "on Friday evening" -> 13 Aug; "on September 3" -> 2021-09-03;
    # "On Thursday evening", "on Thursday" -> 12 Aug. Places: "in Mexico City" (the National
    # Museum of Anthropology); "return to Mexico City"; "the foreign ministry" -> Mexico City
    # (Ebrard's ministry, in the host city of the story). "received Rodríguez and Blyde
    # separately" -> two events with one evidence. The delegations ("Representatives of ...
    # Maduro and the opposition Unitary Platform") are groups; Nylander and Ebrard, "flanked",
    # are participants. The September round names nobody -> groups only.
    ("003", "2021-08-14", False, [
        ev("2021-08-13-mexico-city-blyde-ebrard-nylander-rodriguez", M, OCC, "2021-08-13",
           "Mexico City", [RODRIGUEZ, BLYDE, NYLANDER, EBRARD], VEN2,
           "signed a memorandum of understanding in Mexico City on Friday evening"),
        ev("2021-09-03-mexico-city-unitary-platform-venezuela", M, PLN, "2021-09-03", "Mexico City",
           [], VEN2, "The two delegations will return to Mexico City on September 3"),
        ev("2021-08-12-mexico-city-ebrard-rodriguez", M, OCC, "2021-08-12", "Mexico City",
           [EBRARD, RODRIGUEZ], [],
           "Ebrard received Rodríguez and Blyde separately at the foreign ministry"),
        ev("2021-08-12-mexico-city-blyde-ebrard", M, OCC, "2021-08-12", "Mexico City",
           [EBRARD, BLYDE], [],
           "Ebrard received Rodríguez and Blyde separately at the foreign ministry"),
        ev("2021-08-12-ebrard-eriksen-soreide-call", C, OCC, "2021-08-12", None, [SOREIDE, EBRARD], [],
           "discussed the arrangements with Ebrard in a phone call on Thursday"),
    ], ["'\"We already know what we disagree on,\" Rodríguez said' (remarks)",
        "'a joint statement read by Nylander' (statement)",
        "'Russia and the Netherlands will act as accompanying countries' (role, no meeting)",
        "'has said it could review them if the talks make \"meaningful progress\"' (hypothetical)",
        "'several rounds in Oslo and Barbados in 2019' (counted)",
        "'Juan Guaidó ... is expected to be briefed by Blyde in Caracas on Monday' (internal to the opposition)",
        "'Maduro, speaking on state television' (broadcast), 'his son ... would join the government team' (no encounter)",
        "'López Obrador is not expected to meet the delegations' (negation)",
        "Read more: 'Ebrard hosts Central American ministers on migration' (furniture)"]),

    # 004. Colombian English-language daily, "Saturday, September 7, 2019" (manifest
    # 2019-09-07). "on Friday" -> 6 Sep; "on Thursday" -> 5 Sep; "on August 27" -> 2019-08-27;
    # "in November 2009" -> 2009-11; "on September 23" -> 2019-09-23. Places: "in this river
    # port" under "By Observer Staff in Leticia" and the caption "in Leticia" -> Leticia; "the
    # Peruvian city of Pucallpa"; "in Manaus"; "New York". "him" = Bolsonaro (call). The
    # binational cabinet session has the two governments as sides (groups). Bolsonaro's
    # recorded video message is not a call and does not make him a participant.
    ("004", "2019-09-07", False, [
        ev("2019-09-06-leticia-adhin-araujo-duque-morales-moreno-trotman-vizcarra", M, OCC,
           "2019-09-06", "Leticia", [DUQUE, VIZCARRA, MORENO, MORALES, ADHIN, ARAUJO, TROTMAN], [],
           "on Friday at a summit hosted by President Iván Duque in this river port"),
        ev("2019-09-05-bolsonaro-duque-call", C, OCC, "2019-09-05", None, [DUQUE, BOLSONARO], [],
           "Duque had spoken with him by telephone on Thursday to confirm Brazil's signature"),
        ev("2019-08-27-pucallpa-duque-vizcarra", M, OCC, "2019-08-27", "Pucallpa", [DUQUE, VIZCARRA],
           ["Colombia", "Peru"],
           "where Duque and Vizcarra held talks during a session of the two countries' binational cabinet"),
        ev("2009-11-26-manaus-jagdeo-lula-sarkozy", M, OCC, "2009-11", "Manaus", [LULA, JAGDEO, SARKOZY],
           [], "Amazon presidents last attempted a joint summit in Manaus in November 2009"),
        ev("2019-09-23-new-york-duque-macron-pinera", M, PLN, "2019-09-23", "New York",
           [DUQUE, MACRON, PINERA], [],
           "scheduled to co-host a meeting on the Amazon with French President Emmanuel Macron"),
    ], ["'addressed the gathering in a recorded video message' (message, not a call)",
        "'who faces surgery on Sunday' (not a meeting)",
        "'Morales said Venezuela's Nicolás Maduro should have been invited', 'was not asked to attend' (remark, negation)",
        "'The pact foresees follow-up meetings of foreign ministers but sets no dates' (vague)",
        "'Duque will take the pact to New York' (travel; the planned co-hosted meeting is gold)",
        "'announced G7 money for the fires at the Biarritz summit' (summit as backdrop, announcement)",
        "'has clashed publicly with Bolsonaro, who rejected the aid' (statements)",
        "Photo caption repeating the Leticia signing (same event, not a second one)",
        "Most read / Related (furniture)"]),

    # 005. Indian national daily, "Updated: Sep 05, 2020, 09:10 IST" (manifest 2020-09-05, a
    # Saturday; 09:10 IST is early morning in Moscow). "on Friday night" -> 4 Sep; "on
    # Thursday" (past) -> 3 Sep; "on September 10" -> 2020-09-10; "on July 5" -> 2020-07-05;
    # "on August 2" -> 2020-08-02; "on Saturday" (future at publication) -> 5 Sep. Places: "in
    # Moscow" (a hotel in central Moscow); the Shoigu talks and the Saturday meetings happen
    # during Singh's stay in Moscow ("Singh stays in Moscow on Saturday"); "at Moldo". The
    # corps commanders' round names nobody -> groups. "delegation-level talks" -> groups India
    # and Russia alongside the two ministers. "separate meetings with the defence ministers of
    # Kazakhstan, Uzbekistan and Tajikistan - ..." -> three planned events, one evidence.
    ("005", "2020-09-05", False, [
        ev("2020-09-04-moscow-singh-wei", M, OCC, "2020-09-04", "Moscow", [RAJNATH, WEI], [],
           "Rajnath Singh met his Chinese counterpart, General Wei Fenghe, in Moscow on Friday night"),
        ev("2020-09-03-moscow-shoigu-singh", M, OCC, "2020-09-03", "Moscow", [RAJNATH, SHOIGU],
           ["India", "Russia"],
           "Singh had held delegation-level talks with Russian Defence Minister General Sergei Shoygu on Thursday"),
        ev("2020-09-10-moscow-jaishankar-wang", M, PLN, "2020-09-10", "Moscow", [JAISHANKAR, WANG_YI], [],
           "is scheduled to meet Chinese Foreign Minister Wang Yi on the sidelines"),
        ev("2020-07-05-doval-wang-call", C, OCC, "2020-07-05", None, [DOVAL, WANG_YI], [],
           "the two special representatives on the boundary question, spoke by phone on July 5"),
        ev("2020-08-02-moldo-china-india", M, OCC, "2020-08-02", "Moldo", [], ["India", "China"],
           "The last round, at Moldo on the Chinese side of the Line of Actual Control"),
        ev("2020-09-05-moscow-singh-yermekbayev", M, PLN, "2020-09-05", "Moscow",
           [RAJNATH, YERMEKBAYEV], [],
           "set to hold separate meetings with the defence ministers of Kazakhstan, Uzbekistan and Tajikistan"),
        ev("2020-09-05-moscow-kurbanov-singh", M, PLN, "2020-09-05", "Moscow", [RAJNATH, KURBANOV], [],
           "set to hold separate meetings with the defence ministers of Kazakhstan, Uzbekistan and Tajikistan"),
        ev("2020-09-05-moscow-mirzo-singh", M, PLN, "2020-09-05", "Moscow", [RAJNATH, MIRZO], [],
           "set to hold separate meetings with the defence ministers of Kazakhstan, Uzbekistan and Tajikistan"),
    ], ["'on the sidelines of a joint gathering of SCO, CSTO and CIS defence ministers' (gathering as backdrop)",
        "'The Chinese side had requested it on Thursday' (request, not a meeting)",
        "'both in Moscow for the Victory Day parade on June 24, but there was no bilateral meeting then' (negation)",
        "'Corps commanders have met five times since June 6' (counted; only the last round is gold)",
        "'before flying home' (travel)",
        "'Asked whether Singh would also meet Pakistan's Pervez Khattak ... \"no such meeting is planned\"' (negation)",
        "'In his address to the ministers' (speech)",
        "ALSO READ / MOST READ (furniture)"]),

    # 006. Wire copy, dateline "DOHA, Qatar, Feb 29 (GAW)" (manifest 2020-02-29, a Saturday).
    # "on Saturday", "After the ceremony", "At the same hour" -> 29 Feb; "on March 10" ->
    # 2020-03-10; "on Friday night" -> 28 Feb. Places: "in Doha" ("a Doha hotel"); "in Kabul"
    # (the presidential palace); the intra-Afghan talks have no venue ("No venue has been
    # announced") -> null. The signing: Khalilzad and Baradar sign, Pompeo and Al Thani
    # "watched", Qureshi is "among the guests in the hall"; the two sides (United States,
    # Taliban) are groups. Pompeo's separate sit-down with "Baradar and other members of the
    # Taliban negotiating team" after the ceremony is a second event (group Taliban). The
    # March 10 talks: groups Taliban and Afghanistan (the government-led delegation).
    ("006", "2020-02-29", False, [
        ev("2020-02-29-doha-al-thani-baradar-khalilzad-pompeo-qureshi", M, OCC, "2020-02-29", "Doha",
           [KHALILZAD, BARADAR, POMPEO, AL_THANI, QURESHI], ["United States", "Taliban"],
           "The United States and the Taliban signed an agreement in Doha on Saturday"),
        ev("2020-02-29-doha-baradar-pompeo", M, OCC, "2020-02-29", "Doha", [POMPEO, BARADAR],
           ["Taliban"], "Pompeo sat down with Baradar and other members of the Taliban negotiating team"),
        ev("2020-02-29-kabul-esper-ghani-stoltenberg", M, OCC, "2020-02-29", "Kabul",
           [ESPER, STOLTENBERG, GHANI], [],
           "Jens Stoltenberg stood with President Ashraf Ghani at the presidential palace"),
        ev("2020-03-10-afghanistan-taliban", M, PLN, "2020-03-10", None, [], ["Taliban", "Afghanistan"],
           "calls for negotiations between the Taliban and a delegation representing the Afghan government"),
        ev("2020-02-28-ghani-pompeo-call", C, OCC, "2020-02-28", None, [GHANI, POMPEO], [],
           "Ghani had spoken to Pompeo by phone on Friday night"),
    ], ["'although Norway has offered to host them' (offer not accepted; venue stays null)",
        "'capped more than a year of talks between Khalilzad and Baradar's team' (habitual)",
        "'Trump called off a secret meeting with Taliban leaders at Camp David' (cancelled)",
        "'\"meeting personally with Taliban leaders in the not too distant future\". He gave no date' (vague)",
        "'Trump told reporters at the White House on Friday' (remarks)",
        "'The Taliban said it would halt attacks' (statement)",
        "RELATED: 'Khalilzad meets Pakistani army chief in Rawalpindi' (furniture)"]),

    # 007. Indonesian foreign-ministry press release, "Jakarta, 24 April 2021" (manifest null;
    # true date 2021-04-24, a Saturday). "today" -> 24 Apr; "on 5 February" -> 2021-02-05;
    # "earlier this month" -> 2021-04; "on 24 February" -> 2021-02-24; "on 2 March" ->
    # 2021-03-02. Places: "the ASEAN Secretariat in Jakarta"; "the Merdeka Palace" -> Jakarta;
    # "in Bandar Seri Begawan"; "in Bangkok"; the video conference -> call, null. "His Majesty
    # the Sultan" = Hassanal Bolkiah. The unnamed foreign ministers of Lao PDR, the Philippines
    # and Thailand are covered by group ASEAN. The ministers' video conference names nobody ->
    # group only. The Bandar Seri Begawan consultations are keyed month-only (day not known).
    ("007", "2021-04-24", True, [
        ev("2021-04-24-jakarta-bolkiah-hun-lee-min-aung-hlaing-muhyiddin-pham-minh-chinh-widodo", M,
           OCC, "2021-04-24", "Jakarta",
           [BOLKIAH, WIDODO, MUHYIDDIN, LEE_HL, HUN_SEN, PHAM_MINH_CHINH, MIN_AUNG_HLAING], ["ASEAN"],
           "at the ASEAN Leaders' Meeting held at the ASEAN Secretariat in Jakarta"),
        ev("2021-02-05-jakarta-muhyiddin-widodo", M, OCC, "2021-02-05", "Jakarta", [WIDODO, MUHYIDDIN],
           [], "talks between President Widodo and Prime Minister Muhyiddin at the Merdeka Palace on 5 February"),
        ev("2021-04-bandar-seri-begawan-bolkiah-muhyiddin", M, OCC, "2021-04", "Bandar Seri Begawan",
           [MUHYIDDIN, BOLKIAH], [],
           "Prime Minister Muhyiddin also held consultations with His Majesty the Sultan in Bandar Seri Begawan"),
        ev("2021-02-24-bangkok-marsudi-pramudwinai-wunna-maung-lwin", M, OCC, "2021-02-24", "Bangkok",
           [MARSUDI, WUNNA_MAUNG_LWIN, DON], [],
           "a meeting in Bangkok on 24 February with Myanmar's Wunna Maung Lwin"),
        ev("2021-03-02-asean-call", C, OCC, "2021-03-02", None, [], ["ASEAN"],
           "discussed Myanmar at an informal meeting held by video conference on 2 March"),
    ], ["'a visit to Myanmar by the special envoy ... No date has yet been set for that visit' (no date: vague plan)",
        "'asked their Foreign Ministers to explore a special ASEAN meeting' (proposal)",
        "'intensive shuttle diplomacy' (habitual; only the Bangkok meeting is gold)",
        "'President Widodo said in his remarks to the meeting' (speech)",
        "'Indonesia stands ready to assist the special envoy' (statement)",
        "Related Press Releases: 'Foreign Minister Receives ASEAN Secretary-General' (furniture)"]),

    # 008. Wire-archive item "Filed: 23 OCT 91 21:40 GMT", dateline "PARIS, Oct. 23" (manifest
    # 1991-10-23). "here tonight" -> 23 Oct; "from July 30, 1989 ... suspended a month later" ->
    # 1989-07-30 to 1989-08-30 (date_end derived); "in late August" -> 1991-08; "13 months
    # after" -> 1990-09; "next month" -> 1991-11; "on Nov. 14" -> 1991-11-14; "on Tuesday" ->
    # 22 Oct. Places: "here" under the PARIS dateline (the Kleber centre); "at the same centre"
    # -> Paris; "the Thai resort of Pattaya"; "in New York"; "to Phnom Penh" (the airport). The
    # signing lists the named signatories (Sihanouk, Hun Sen, Khieu Samphan, Baker "among
    # them"), the co-chairmen who "presided" and Perez de Cuellar and Mitterrand who "looked
    # on"; the other council members and ministers are groups. "He" (telephoned) = Sihanouk.
    # Solomon-Le Mai is keyed 21 Nov 1991 (the day it took place); Pattaya on its opening, 26
    # Aug 1991; Baker-Thach on 29 Sep 1990.
    ("008", "1991-10-23", False, [
        ev("1991-10-23-paris-alatas-baker-dumas-hun-khieu-mitterrand-perez-de-cuellar-sihanouk", M, OCC,
           "1991-10-23", "Paris",
           [SIHANOUK, HUN_SEN, KHIEU, BAKER, DUMAS, ALATAS, PEREZ_DE_CUELLAR, MITTERRAND],
           ["Supreme National Council", "Paris Conference on Cambodia"],
           "signed a peace settlement here tonight intended to end more than 20 years of war"),
        ev("1989-07-30-paris-paris-conference-on-cambodia", M, OCC, "1989-07-30", "Paris", [],
           ["Paris Conference on Cambodia"],
           "The conference first sat at the same centre from July 30, 1989", date_end="1989-08-30"),
        ev("1991-08-26-pattaya-hun-sihanouk", M, OCC, "1991-08", "Pattaya", [SIHANOUK, HUN_SEN],
           ["Supreme National Council"],
           "at a council meeting in the Thai resort of Pattaya in late August"),
        ev("1990-09-29-new-york-baker-nguyen-co-thach", M, OCC, "1990-09", "New York",
           [BAKER, NGUYEN_CO_THACH], [],
           "13 months after he met Vietnamese Foreign Minister Nguyen Co Thach in New York"),
        ev("1991-11-21-new-york-le-mai-solomon", M, PLN, "1991-11", "New York", [SOLOMON, LE_MAI], [],
           "was expected to meet Vietnamese Deputy Foreign Minister Le Mai in New York next month"),
        ev("1991-11-14-phnom-penh-hun-sihanouk", M, PLN, "1991-11-14", "Phnom Penh", [SIHANOUK, HUN_SEN],
           [], "Phnom Penh on Nov. 14 and that Hun Sen had promised to meet him"),
        ev("1991-10-22-li-sihanouk-call", C, OCC, "1991-10-22", None, [SIHANOUK, LI_PENG], [],
           "He said he had telephoned Chinese Premier Li Peng on Tuesday"),
    ], ["'In his speech, Baker invited Vietnam to open talks' (speech; the planned New York talks are gold)",
        "'He declined to say whether he would visit Beijing before going home' (vague)",
        "'Mitterrand was to give a dinner for the delegations at the Palace of Versailles later tonight' "
        "(dinner inside the same occasion, not a separate event)",
        "'The Khmer Rouge said in a statement' (statement)",
        "'placing the country under a United Nations transitional authority' (not a meeting)",
        "Related items: 'CAMBODIA-UN (Sidebar) | VIETNAM-US (Background)' (furniture)"]),

    # 009. Live blog, "Thursday 28 February 2019 · Last updated 17:52 ICT (Hanoi)" (manifest
    # 2019-02-28). Entries carry clock times; the "Recap of Wednesday" entries say "Last night"
    # and "Earlier on Wednesday" -> 27 Feb. "on Friday" (future) -> 1 Mar; "during the flight
    # home" -> 28 Feb (planned call); "on January 18" -> 2019-01-18; "in June last year" ->
    # 2018-06. Places: the Sofitel Legend Metropole, the Presidential Palace, the Government
    # Office -> Hanoi; "State media in Hanoi say he will hold talks" during "an official visit"
    # to Vietnam -> Hanoi; the Oval Office -> Washington; "in Singapore". The one-on-one (09:00)
    # and the expanded bilateral (11:05) are one occasion on 28 Feb; the handshake, private talk
    # and dinner are one occasion on 27 Feb. "Kim Jong-un" -> Kim Jong Un (key `kim`, and
    # `kim-yong-chol` for Kim Yong Chol). "President Trong" = Nguyen Phu Trong.
    ("009", "2019-02-28", False, [
        ev("2019-02-28-hanoi-bolton-kim-kim-yong-chol-pompeo-ri-trump", M, OCC, "2019-02-28", "Hanoi",
           [TRUMP, KIM, POMPEO, BOLTON, KIM_YONG_CHOL, RI_YONG_HO], [],
           "a one-on-one between the two leaders at the Sofitel Legend Metropole, without aides"),
        ev("2019-02-27-hanoi-kim-kim-yong-chol-mulvaney-pompeo-ri-trump", M, OCC, "2019-02-27", "Hanoi",
           [TRUMP, KIM, POMPEO, MULVANEY, KIM_YONG_CHOL, RI_YONG_HO], [],
           "the two men shook hands at the Metropole, talked privately for about 20 minutes"),
        ev("2019-02-27-hanoi-nguyen-phu-trong-trump", M, OCC, "2019-02-27", "Hanoi", [TRUMP, TRONG], [],
           "Trump paid a call on President Trong at the Presidential Palace"),
        ev("2019-02-27-hanoi-nguyen-xuan-phuc-trump", M, OCC, "2019-02-27", "Hanoi", [TRUMP, PHUC], [],
           "had lunch with Prime Minister Nguyen Xuan Phuc at the Government Office"),
        ev("2019-02-28-moon-trump-call", C, PLN, "2019-02-28", None, [TRUMP, MOON], [],
           "Trump will speak by phone with South Korean President Moon Jae-in during the flight home"),
        ev("2019-03-01-hanoi-kim-nguyen-phu-trong", M, PLN, "2019-03-01", "Hanoi", [KIM, TRONG], [],
           "he will hold talks with Nguyen Phu Trong, the party chief and state president"),
        ev("2019-01-18-washington-kim-yong-chol-trump", M, OCC, "2019-01-18", "Washington",
           [KIM_YONG_CHOL, TRUMP], [],
           "spent 90 minutes with Trump in the Oval Office on January 18"),
        ev("2018-06-12-singapore-kim-trump", M, OCC, "2018-06", "Singapore", [TRUMP, KIM], [],
           "The leaders' first meeting was in Singapore in June last year"),
    ], ["'The working lunch at the Metropole has been cancelled, as has the signing ceremony' (cancelled)",
        "'Trump at his news conference' (press conference)",
        "'He said he and Kim \"could meet again\" but named no date' (hypothetical)",
        "'Air Force One has left Noi Bai airport' (travel)",
        "'Seoul had asked for the call before his departure' (request; the call itself is gold)",
        "'Kim Jong-un is staying on in Vietnam' (no encounter)",
        "Key points bullets restating the same events (not new events)",
        "MOST READ: 'Cohen testimony: five key moments' (furniture)"]),

    # 010. Gulf regional site, "Thursday 13 December 2018 | 22:15 GST" (manifest 2018-12-13).
    # "on Thursday" -> 13 Dec; "since December 6" -> the consultations ran 6-13 Dec (one round,
    # date_end; Guterres "flew in for the final day"); "in January" (future) -> 2019-01; "On
    # Wednesday" -> 12 Dec; "on Thursday morning" -> 13 Dec; "of 2016" -> 2016 (year only).
    # Places: "Johannesberg Castle in Rimbo" -> Rimbo; "at the castle" -> Rimbo; the January
    # round has no venue -> null; "the Kuwait talks" -> Kuwait. "the Houthis" is the group for
    # the Houthi side (Ansar Allah). The ambassadors' meeting names nobody -> groups only.
    # Kuwait key uses the opening of those talks, 21 April 2016.
    ("010", "2018-12-13", False, [
        ev("2018-12-06-rimbo-abdulsalam-al-yamani-griffiths-guterres-wallstrom", M, OCC, "2018-12-06",
           "Rimbo", [GUTERRES, GRIFFITHS, AL_YAMANI, ABDULSALAM, WALLSTROM], YEMEN2,
           "at the end of a week of UN-led consultations at Johannesberg Castle in Rimbo",
           date_end="2018-12-13"),
        ev("2019-01-houthis-yemen", M, PLN, "2019-01", None, [], YEMEN2,
           "the two sides would meet again in January for a further round of consultations"),
        ev("2018-12-12-rimbo-united-kingdom-united-states-yemen", M, OCC, "2018-12-12", "Rimbo", [],
           ["Yemen", "United States", "United Kingdom"],
           "the government delegation met the US and British ambassadors to Yemen at the castle"),
        ev("2018-12-13-guterres-hadi-call", C, OCC, "2018-12-13", None, [GUTERRES, HADI], [],
           "he had spoken by phone with President Abd-Rabbu Mansour Hadi on Thursday morning"),
        ev("2016-04-21-kuwait-houthis-yemen", M, OCC, "2016", "Kuwait", [], YEMEN2,
           "since the Kuwait talks of 2016, which ran for more than three months"),
    ], ["'A round planned for Geneva in September never took place' (did not happen)",
        "'Griffiths will brief the UN Security Council on Friday' (briefing)",
        "'Saudi Arabia and the United Arab Emirates welcomed the agreement in statements' (statements)",
        "'No venue has been announced' (the January round stays location null)",
        "'an exchange of some 15,000 prisoners' (terms, not a meeting)",
        "Related: 'Houthi delegation lands in Sweden on UN-chartered plane' (furniture)"]),

    # 011. Israeli broadcaster, "Published: 28.03.22, 17:05" (manifest 2022-03-28, a Monday).
    # "opened Sunday evening ... on Monday morning" -> 27-28 Mar (one summit, date_end); "on
    # Sunday morning" -> 27 Mar; "on Monday" -> 28 Mar (occurred: the page is from 17:05);
    # "last Tuesday" -> 22 Mar (Tuesday of the previous week); "on Tuesday", "on Wednesday"
    # (future) -> 29 and 30 Mar; "late on Sunday" -> 27 Mar. Places: "the Kedma hotel in Sde
    # Boker"; "in Jerusalem"; "to Ramallah"; "in Ramallah"; "in Sharm el-Sheikh"; "Rabat"
    # ("there"); "Algiers". "Sheikh Abdullah bin Zayed" -> Abdullah bin Zayed Al Nahyan and
    # "Sheikh Mohamed bin Zayed" -> Mohamed bin Zayed Al Nahyan (both `bin-zayed`, never in the
    # same key).
    ("011", "2022-03-28", False, [
        ev("2022-03-27-sde-boker-al-zayani-bin-zayed-blinken-bourita-lapid-shoukry", M, OCC,
           "2022-03-27", "Sde Boker", [LAPID, BLINKEN, ABZ, AL_ZAYANI, BOURITA, SHOUKRY], [],
           "six ministers spent a night and a morning at the Kedma hotel in Sde Boker",
           date_end="2022-03-28"),
        ev("2022-03-27-jerusalem-bennett-blinken", M, OCC, "2022-03-27", "Jerusalem", [BLINKEN, BENNETT], [],
           "Blinken sat down with Prime Minister Naftali Bennett in Jerusalem on Sunday morning"),
        ev("2022-03-27-ramallah-abbas-blinken", M, OCC, "2022-03-27", "Ramallah", [BLINKEN, ABBAS], [],
           "then drove to Ramallah for talks with Palestinian President Mahmoud Abbas"),
        ev("2022-03-28-ramallah-abbas-abdullah-ii", M, OCC, "2022-03-28", "Ramallah", [ABDULLAH_II, ABBAS],
           [], "King Abdullah II visited Abbas in Ramallah on Monday"),
        ev("2022-03-22-sharm-el-sheikh-bennett-bin-zayed-el-sisi", M, OCC, "2022-03-22", "Sharm el-Sheikh",
           [BENNETT, SISI, MBZ], [], "held a three-way meeting in Sharm el-Sheikh last Tuesday"),
        ev("2022-03-29-rabat-blinken-bourita", M, PLN, "2022-03-29", "Rabat", [BLINKEN, BOURITA], [],
           "He is scheduled to hold talks with Bourita there on Tuesday"),
        ev("2022-03-30-algiers-blinken-tebboune", M, PLN, "2022-03-30", "Algiers", [BLINKEN, TEBBOUNE], [],
           "where he is expected to meet President Abdelmadjid Tebboune on Wednesday"),
        ev("2022-03-27-lapid-safadi-call", C, OCC, "2022-03-27", None, [LAPID, SAFADI], [],
           "Lapid spoke by phone with Jordanian Foreign Minister Ayman Safadi late on Sunday"),
    ], ["'the forum would become a permanent one. No date was given for a second meeting' (vague)",
        "'Lapid said at the closing press statements' (press statements)",
        "'Jordan ... was not represented at Sde Boker' (negation)",
        "'Blinken leaves for Rabat this evening' (travel; the Rabat talks are gold)",
        "'the shooting attack in Hadera', 'condemned by all the visiting ministers' (not meetings)",
        "Read more / Most popular (furniture)"]),

    # 012. Baltic broadcaster, "2020-09-29 14:32 · Updated 16:10" (manifest 2020-09-29, a
    # Tuesday). "on Tuesday morning" -> 29 Sep; "On Monday evening" -> 28 Sep; "on Thursday"
    # (future) -> 1 Oct; "on September 14", "The same day" -> 2020-09-14; "on September 21" ->
    # 2020-09-21; "On Wednesday" (future) -> 30 Sep. Places: "at his hotel in the Lithuanian
    # capital" -> Vilnius; "the Presidential Palace" during the Vilnius visit -> Vilnius; "in
    # Brussels"; "in Sochi"; "to Riga". "Svetlana Tikhanovskaya" is a variant of Sviatlana
    # Tsikhanouskaya. The EU summit places Macron and Nauseda ("they and the other EU leaders")
    # with group European Union; the ministers' breakfast is chaired by Borrell (group EU).
    ("012", "2020-09-29", False, [
        ev("2020-09-29-vilnius-macron-tsikhanouskaya", M, OCC, "2020-09-29", "Vilnius",
           [MACRON, TSIKHANOUSKAYA], [],
           "met exiled Belarusian opposition leader Sviatlana Tsikhanouskaya on Tuesday morning at his hotel"),
        ev("2020-09-28-vilnius-macron-nauseda", M, OCC, "2020-09-28", "Vilnius", [MACRON, NAUSEDA], [],
           "On Monday evening he held talks with President Gitanas Nausėda at the Presidential Palace"),
        ev("2020-10-01-brussels-macron-nauseda", M, PLN, "2020-10-01", "Brussels", [MACRON, NAUSEDA],
           ["European Union"], "when they and the other EU leaders meet in Brussels on Thursday"),
        ev("2020-09-14-macron-putin-call", C, OCC, "2020-09-14", None, [MACRON, PUTIN], [],
           "Macron spoke with Russian President Vladimir Putin by phone on September 14"),
        ev("2020-09-14-sochi-lukashenko-putin", M, OCC, "2020-09-14", "Sochi", [PUTIN, LUKASHENKO], [],
           "Putin received Belarus's Alexander Lukashenko in Sochi and promised a $1.5 billion loan"),
        ev("2020-09-21-brussels-borrell-tsikhanouskaya", M, OCC, "2020-09-21", "Brussels",
           [TSIKHANOUSKAYA, BORRELL], ["European Union"],
           "briefed EU foreign ministers over breakfast in Brussels on September 21"),
        ev("2020-09-30-riga-levits-macron", M, PLN, "2020-09-30", "Riga", [MACRON, LEVITS], [],
           "On Wednesday he travels to Riga for talks with Latvian President Egils Levits"),
    ], ["'Tsikhanouskaya told reporters after the ... meeting', 'Macron said Europe should offer to mediate' (remarks)",
        "'Macron was due to visit French troops serving with NATO's battlegroup at Rukla' (own troops, internal)",
        "'Lukashenko's government, which refuses to recognise her opposition Coordination Council' (negation)",
        "'The Kremlin has not responded to her request for a meeting with Putin' (unanswered request)",
        "'the Elysee said' (statement)",
        "Photo caption repeating the Vilnius meeting (same event)",
        "RELATED: 'Nausėda: Belarus sanctions cannot wait', 'Macron in weekend interview' (furniture)"]),

    # 013. Caucasus news site, "Published 06.10.2022 | 23:40" (manifest null; true date
    # 2022-10-06, a Thursday). "late on Thursday", "Earlier in the day" -> 6 Oct; "On September
    # 13" -> 2022-09-13; "on August 31" -> 2022-08-31; "on Sunday" (past) -> 2 Oct; "on
    # September 19" -> 2022-09-19; "on Friday" (future) -> 7 Oct. Places: "in Prague"; "at
    # Prague Castle" -> Prague; "in Brussels"; "in Geneva"; "in New York"; "St Petersburg".
    # "Their foreign ministers" = Armenia's and Azerbaijan's; "them" = the two ministers. The
    # CIS summit places Pashinyan and the host Putin (group CIS).
    ("013", "2022-10-06", True, [
        ev("2022-10-06-prague-aliyev-macron-michel-pashinyan", M, OCC, "2022-10-06", "Prague",
           [PASHINYAN, ALIYEV, MACRON, MICHEL], [],
           "met late on Thursday in Prague with French President Emmanuel Macron"),
        ev("2022-10-06-prague-erdogan-pashinyan", M, OCC, "2022-10-06", "Prague", [PASHINYAN, ERDOGAN], [],
           "Pashinyan held his first meeting with Turkish President Recep Tayyip Erdoğan, at Prague Castle"),
        ev("2022-09-13-pashinyan-putin-call", C, OCC, "2022-09-13", None, [PASHINYAN, PUTIN], [],
           "Pashinyan telephoned Russian President Vladimir Putin to ask for help under the CSTO treaty"),
        ev("2022-08-31-brussels-aliyev-michel-pashinyan", M, OCC, "2022-08-31", "Brussels",
           [MICHEL, ALIYEV, PASHINYAN], [], "Michel last hosted Aliyev and Pashinyan in Brussels on August 31"),
        ev("2022-10-02-geneva-bayramov-mirzoyan", M, OCC, "2022-10-02", "Geneva", [MIRZOYAN, BAYRAMOV], [],
           "met in Geneva on Sunday to start work on a peace treaty"),
        ev("2022-09-19-new-york-bayramov-blinken-mirzoyan", M, OCC, "2022-09-19", "New York",
           [BLINKEN, MIRZOYAN, BAYRAMOV], [],
           "Antony Blinken brought them together in New York on September 19"),
        ev("2022-10-07-st-petersburg-pashinyan-putin", M, PLN, "2022-10-07", "St Petersburg",
           [PASHINYAN, PUTIN], ["CIS"],
           "Pashinyan flies on to St Petersburg, where Putin hosts an informal CIS summit on Friday"),
    ], ["'on the sidelines of the first summit of the European Political Community' (summit as backdrop)",
        "'According to a statement issued after the talks' (statement)",
        "'the 1991 Alma-Ata Declaration' (a document, not a meeting)",
        "'their special envoys have met four times since January' (counted)",
        "'it would be possible if Moscow proposes dates' (hypothetical)",
        "'Erdoğan told reporters' (remarks)",
        "Read also: 'Baku hosts Turkic states' foreign ministers' (furniture)"]),

    # 014. Pacific broadcaster, "Saturday 17 November 2018 · 6:45 pm" (manifest 2018-11-17).
    # "on Friday" -> 16 Nov; "in June" (past) -> 2018-06; "on November 1" -> 2018-11-01; "on
    # December 1" -> 2018-12-01; "on Sunday" (future) -> 18 Nov. Places: "in Port Moresby";
    # "talks on Friday with O'Neill" during the state visit, in the capital -> Port Moresby;
    # "in Beijing"; "in Buenos Aires"; "APEC Haus" -> Port Moresby; "the Australian High
    # Commission" (in Port Moresby, "after the retreat"). "'Akilisi Pohiva" -> Akilisi Pohiva.
    # The leaders' meeting with the eight island countries lists the three named leaders and
    # group "Pacific island countries"; Xi's state-visit talks with O'Neill the same day are a
    # separate encounter. The APEC retreat places only the chair, O'Neill (group APEC); the
    # barbecue places only the host, Morrison. The Beijing meeting is keyed month-only.
    ("014", "2018-11-17", False, [
        ev("2018-11-16-port-moresby-bainimarama-o-neill-pohiva-xi", M, OCC, "2018-11-16", "Port Moresby",
           [XI, ONEILL, BAINIMARAMA, POHIVA], ["Pacific island countries"],
           "Xi Jinping met leaders of the eight Pacific island countries that recognise Beijing"),
        ev("2018-11-16-port-moresby-o-neill-xi", M, OCC, "2018-11-16", "Port Moresby", [XI, ONEILL], [],
           "also held talks on Friday with O'Neill"),
        ev("2018-06-beijing-o-neill-xi", M, OCC, "2018-06", "Beijing", [XI, ONEILL], [],
           "Their previous meeting was in Beijing in June"),
        ev("2018-11-01-trump-xi-call", C, OCC, "2018-11-01", None, [TRUMP, XI], [],
           "Trump and Xi, who spoke by phone on November 1"),
        ev("2018-12-01-buenos-aires-trump-xi", M, PLN, "2018-12-01", "Buenos Aires", [TRUMP, XI], [],
           "are expected to meet over dinner in Buenos Aires on December 1"),
        ev("2018-11-18-port-moresby-o-neill", M, PLN, "2018-11-18", "Port Moresby", [ONEILL], ["APEC"],
           "Leaders of the 21 APEC economies meet on Sunday for their annual retreat"),
        ev("2018-11-18-port-moresby-morrison", M, PLN, "2018-11-18", "Port Moresby", [MORRISON],
           ["Pacific island countries"],
           "Scott Morrison will host Pacific island leaders at a barbecue at the Australian High Commission"),
    ], ["'who arrived on Thursday for a state visit' (travel)",
        "'opened a Chinese-funded road in the capital' (ceremony, no counterpart)",
        "'used his speech to the APEC CEO summit' (speech)",
        "'Pence and Xi are not expected to hold a formal meeting' (negation)",
        "'after the G20 summit' (summit as backdrop)",
        "'Officials were still arguing ... over trade language' (unnamed, no occasion stated)",
        "'Pence announced on Saturday that the United States would join Australia ...' (announcement)",
        "'Xi leaves on Sunday evening for a state visit to Brunei' (travel, no encounter stated)",
        "Caption repeating the Friday meeting (same event)",
        "Latest news: 'Tonga prepares for cyclone season' (furniture)"]),
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
