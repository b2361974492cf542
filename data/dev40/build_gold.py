#!/usr/bin/env python3
"""Generate gold.jsonl and manifest.jsonl for the dev40 development corpus.

Run:  python3 data/dev40/build_gold.py   then   python3 data/eval/validate.py data/dev40
Each article lists its true publication date, whether the manifest hides it, its gold
events, and (for documentation only) the traps it contains that must NOT be extracted.
dev40 is a READABLE development set: unlike the holdout sets, it may be read while developing.

It covers 15 real occasions, all from 2015-2025: King Charles III's state visit to Kenya (2023),
Meloni in Tripoli (2023), Burhan in Juba (2023), Lula in Bogota (2024), Zelenskyy at Milei's
inauguration in Buenos Aires (2023), Shehbaz Sharif in Beijing (2024), Sheikh Hasina in Beijing
(2024), Albanese in Manila (2023), Myanmar's Nationwide Ceasefire Agreement (2015), the US-Ukraine
talks in Jeddah (2025), al-Sharaa at the Elysee (2025), Erdogan in Abu Dhabi (2022), Nehammer's
meeting with Putin (2022), the Quirinal Treaty (2021) and the Nauru-Australia Treaty (2024).

Twelve pages are ordinary modern online news (wire copy, national and regional news sites, a
broadcaster's site, a government media release); three are unusual layouts (an archived
mailing-list bulletin, 008; a live blog, 009; a radio transcript, 012).

Three pages have no date in the manifest, and each prints one: 006 (masthead "Dhaka, Wednesday,
July 10, 2024 | 11:50 PM"), 011 (masthead "Monday, 14 February 2022 | 22:40 GST") and 014
(release line "Canberra, 9 December 2024").

Three real events are reported by two pages under the same key:
  2025-02-02-riyadh-al-sharaa-bin-salman   009 (background, full date) and 010 (background, full date)
  2024-06-07-beijing-sharif-xi             005 (main occasion) and 006 (background, month only)
  2024-07-10-beijing-hasina-xi             005 (planned, month only) and 006 (main occasion, held)
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

# canonical names
CHARLES, CAMILLA, RUTO, RACHEL_RUTO, MUDAVADI, WIGAN, JOMO, UHURU, JOHNSON = (
    "Charles III", "Queen Camilla", "William Ruto", "Rachel Ruto", "Musalia Mudavadi", "Neil Wigan",
    "Jomo Kenyatta", "Uhuru Kenyatta", "Boris Johnson")
MELONI, DBEIBAH, TAJANI, PIANTEDOSI, DESCALZI, BENGDARA, MENFI, MANGOUSH, BUCCINO, TEBBOUNE = (
    "Giorgia Meloni", "Abdul Hamid Dbeibah", "Antonio Tajani", "Matteo Piantedosi", "Claudio Descalzi",
    "Farhat Bengdara", "Mohamed al-Menfi", "Najla Mangoush", "Giuseppe Buccino", "Abdelmadjid Tebboune")
BURHAN, KIIR, SADIQ, MUFADDAL, SISI = (
    "Abdel Fattah al-Burhan", "Salva Kiir", "Ali al-Sadiq", "Ahmed Ibrahim Mufaddal",
    "Abdel Fattah el-Sisi")
LULA, PETRO, VIEIRA, MADURO, XIOMARA = (
    "Luiz Inacio Lula da Silva", "Gustavo Petro", "Mauro Vieira", "Nicolas Maduro", "Xiomara Castro")
ZELENSKYY, MILEI, KHACHATURYAN, ORBAN, MACRON, CORREIA, BIDEN = (
    "Volodymyr Zelenskyy", "Javier Milei", "Vahagn Khachaturyan", "Viktor Orban", "Emmanuel Macron",
    "Ulisses Correia e Silva", "Joe Biden")
SHARIF, XI, LI_QIANG, DAR, MUNIR, WANG_YI, HASINA = (
    "Shehbaz Sharif", "Xi Jinping", "Li Qiang", "Ishaq Dar", "Asim Munir", "Wang Yi", "Sheikh Hasina")
WANG_HUNING, JIN_LIQUN, MODI, LIU_JIANCHAO = (
    "Wang Huning", "Jin Liqun", "Narendra Modi", "Liu Jianchao")
MARCOS, ALBANESE, PENNY_WONG, MANALO = (
    "Ferdinand Marcos Jr.", "Anthony Albanese", "Penny Wong", "Enrique Manalo")
THEIN_SEIN, MUTU, YAWD_SERK, MAH, DOVAL, SASAKAWA, AUNG_MIN = (
    "Thein Sein", "Mutu Say Poe", "Yawd Serk", "Min Aung Hlaing", "Ajit Doval", "Yohei Sasakawa",
    "Aung Min")
RUBIO, WALTZ, YERMAK, SYBIHA, UMEROV, FAISAL, AIBAN, MBS, TRUMP, LAVROV, USHAKOV, WITKOFF, PUTIN = (
    "Marco Rubio", "Mike Waltz", "Andriy Yermak", "Andrii Sybiha", "Rustem Umerov", "Faisal bin Farhan",
    "Musaed al-Aiban", "Mohammed bin Salman", "Donald Trump", "Sergey Lavrov", "Yuri Ushakov",
    "Steve Witkoff", "Vladimir Putin")
SHARAA, SHAIBANI, ERDOGAN, BARROT, BAERBOCK = (
    "Ahmed al-Sharaa", "Asaad al-Shaibani", "Recep Tayyip Erdogan", "Jean-Noel Barrot",
    "Annalena Baerbock")
MBZ, MANSOUR, MBR, TAHNOUN = (
    "Mohamed bin Zayed Al Nahyan", "Mansour bin Zayed Al Nahyan", "Mohammed bin Rashid Al Maktoum",
    "Tahnoun bin Zayed Al Nahyan")
NEHAMMER, SCHOLZ = ("Karl Nehammer", "Olaf Scholz")
DRAGHI, MATTARELLA, DI_MAIO, LE_DRIAN, FRANCIS, CONTE = (
    "Mario Draghi", "Sergio Mattarella", "Luigi Di Maio", "Jean-Yves Le Drian", "Pope Francis",
    "Giuseppe Conte")
ADEANG, CONROY, MOSTYN = ("David Adeang", "Pat Conroy", "Sam Mostyn")


def ev(key, kind, status, date, location, participants, groups, evidence, date_end=None):
    e = {"key": key, "kind": kind, "status": status, "date": date}
    if date_end:
        e["date_end"] = date_end
    e.update({"location": location, "participants": participants, "groups": groups,
              "evidence": evidence})
    return e


M, C, OCC, PLN = "meeting", "call", "occurred", "planned"

ARTICLES = [
    # 000. Kenyan daily's site, "Tuesday, October 31, 2023 | Updated 21:40 EAT", dateline NAIROBI
    # (manifest 2023-10-31, a Tuesday). "on Tuesday" -> 31 Oct; "late on Monday" -> 30 Oct; "in
    # 1971" -> 1971; "in January 2020" -> 2020-01; "on Thursday" (future) -> 2 Nov. The reception
    # (Queen Camilla, Rachel Ruto) and the private talks are one occasion; the state banquet the
    # same evening is not a separate event (rule 3). The airport arrival names Mudavadi and Wigan
    # as the people who met the royal couple: an encounter on a different day, so its own event.
    # "his first visit to Kenya in 1971" gives only the country. Downing Street -> London.
    ("000", "2023-10-31", False, [
        ev("2023-10-31-nairobi-charles-iii-ruto", M, OCC, "2023-10-31", "Nairobi",
           [CHARLES, RUTO, CAMILLA, RACHEL_RUTO], [],
           "King Charles III held private talks with President William Ruto at State House, Nairobi"),
        ev("2023-10-30-nairobi-charles-iii-mudavadi-wigan", M, OCC, "2023-10-30", "Nairobi",
           [CHARLES, CAMILLA, MUDAVADI, WIGAN], [],
           "they were met by Prime Cabinet Secretary Musalia Mudavadi and British High Commissioner Neil Wigan"),
        ev("1971-kenya-charles-iii-kenyatta", M, OCC, "1971", "Kenya", [CHARLES, JOMO], [],
           "recalled meeting founding President Jomo Kenyatta on his first visit to Kenya in 1971"),
        ev("2020-01-21-london-johnson-kenyatta", M, OCC, "2020-01", "London", [UHURU, JOHNSON], [],
           "when then President Uhuru Kenyatta held talks with Prime Minister Boris Johnson at Downing Street"),
        ev("2023-11-02-nairobi-kenya-united-kingdom", M, PLN, "2023-11-02", "Nairobi", [],
           ["Kenya", "United Kingdom"],
           "Officials from the two foreign ministries are scheduled to meet in Nairobi on Thursday"),
    ], ["'In the evening the President hosted the royal couple at a state banquet' (same day, part of the main occasion)",
        "'In his banquet speech the King acknowledged the violence ...' (speech)",
        "'Mau Mau veterans' groups said in a statement ...' (statement)",
        "'Raila Odinga was not among the guests at the banquet' (negation)",
        "'The visit is at Mr Ruto's invitation' (invitation, no separate occasion)",
        "'The royal couple are expected to fly to Mombasa on Thursday' (travel, no stated encounter)",
        "'Mr Ruto wrote on X ...' (social media)",
        "RELATED: 'Ruto and Sunak discuss trade pact at Downing Street talks', 'Mudavadi meets Cleverly in London ...' (furniture)",
        "MOST READ: 'Gachagua meets Mt Kenya MPs at Sagana lodge' (furniture, also internal)"]),

    # 001. Libyan English-language site, "Saturday 28 January 2023 - 19:05 (Tripoli)", dateline
    # TRIPOLI (manifest 2023-01-28, a Saturday). "on Saturday" -> 28 Jan; "on Tuesday" (past) ->
    # 24 Jan; "five days after" -> 23 Jan; "in November" (past) -> 2022-11; "next month" (future)
    # -> 2023-02. Tajani and Piantedosi "both joined the talks"; the Eni-NOC signing that the two
    # prime ministers "watched" afterwards is part of the same occasion, so Descalzi and Bengdara
    # are participants. Meloni's separate meeting with al-Menfi is its own event. "al-Mangoush" ->
    # canonical Najla Mangoush. "the rival eastern government ... rejected it in a statement" and
    # Aoun's remark are statements. "since Mario Draghi came in April that year" is a visit with no
    # stated encounter (rule 7).
    ("001", "2023-01-28", False, [
        ev("2023-01-28-tripoli-dbeibah-meloni", M, OCC, "2023-01-28", "Tripoli",
           [MELONI, DBEIBAH, TAJANI, PIANTEDOSI, DESCALZI, BENGDARA], [],
           "Italian Prime Minister Giorgia Meloni held talks with Prime Minister Abdul Hamid Dbeibah in Tripoli"),
        ev("2023-01-28-tripoli-al-menfi-meloni", M, OCC, "2023-01-28", "Tripoli", [MELONI, MENFI], [],
           "Meloni also met Mohamed al-Menfi, head of the Presidential Council, separately"),
        ev("2023-01-24-tripoli-buccino-mangoush", M, OCC, "2023-01-24", "Tripoli", [MANGOUSH, BUCCINO], [],
           "when Foreign Minister Najla al-Mangoush met Italy's ambassador Giuseppe Buccino in Tripoli"),
        ev("2023-01-23-algiers-meloni-tebboune", M, OCC, "2023-01-23", "Algiers", [MELONI, TEBBOUNE], [],
           "five days after Meloni held talks with President Abdelmadjid Tebboune in Algiers"),
        ev("2022-11-07-sharm-el-sheikh-meloni-tebboune", M, OCC, "2022-11", "Sharm el-Sheikh",
           [MELONI, TEBBOUNE], [],
           "first met Tebboune on the sidelines of the COP27 climate conference in Sharm el-Sheikh"),
        ev("2023-02-rome-italy-libya", M, PLN, "2023-02", "Rome", [], ["Italy", "Libya"],
           "Italian and Libyan coast guard officials are due to meet in Rome next month"),
    ], ["'Oil minister, Mohamed Aoun, said it was illegal' (statement)",
        "'the rival eastern government of Fathi Bashagha rejected it in a statement' (statement)",
        "'Meloni had no plans to travel to Benghazi to see Khalifa Haftar' (negation)",
        "'At a news conference, Meloni said ...' (press conference)",
        "'Dbeibah has met Italian ministers several times since 2021' (counted)",
        "'the first visit by an Italian head of government since Mario Draghi came in April that year' (visit, no stated encounter)",
        "'Eni signed two agreements with Algeria's Sonatrach' (company agreements inside the Algiers event's sentence, no separate encounter)",
        "Most read: 'Haftar receives Russian deputy defence minister in Benghazi', 'Bathily meets House and High Council leaders in Cairo' (furniture)",
        "Related stories: 'Tajani holds talks with Shoukry on Libya in Rome' (furniture)"]),

    # 002. Wire copy, "September 4, 2023 7:18 PM GMT+3", dateline "JUBA, Sept 4 (NRW)" (manifest
    # 2023-09-04, a Monday). "on Monday" -> 4 Sep; "Last week" -> 2023-08 (week span); "on July
    # 13" -> 2023-07-13; "on Tuesday" (future) -> 5 Sep. The reception with a guard of honour and
    # the two-hour talks are one occasion; al-Sadiq and Mufaddal "accompanied" Burhan. The Cairo
    # summit is reported as a gathering ("met in Cairo"): Kiir and the host el-Sisi are named, the
    # other neighbours are a group. al-Sadiq's planned talks name no South Sudanese official.
    ("002", "2023-09-04", False, [
        ev("2023-09-04-juba-al-burhan-kiir", M, OCC, "2023-09-04", "Juba", [BURHAN, KIIR, SADIQ, MUFADDAL], [],
           "Abdel Fattah al-Burhan held talks with South Sudan's President Salva Kiir in Juba on Monday"),
        ev("2023-08-29-el-alamein-al-burhan-el-sisi", M, OCC, "2023-08", "El Alamein", [BURHAN, SISI], [],
           "El Alamein, where he was received by President Abdel Fattah el-Sisi"),
        ev("2023-07-13-cairo-el-sisi-kiir", M, OCC, "2023-07-13", "Cairo", [KIIR, SISI],
           ["Sudan's neighbours"],
           "Kiir and the leaders of Sudan's other neighbours met in Cairo on July 13"),
        ev("2023-09-05-juba-al-sadiq-south-sudan", M, PLN, "2023-09-05", "Juba", [SADIQ], ["South Sudan"],
           "al-Sadiq would stay on in Juba for talks with South Sudanese officials on Tuesday"),
    ], ["'Lomuro told reporters before the talks ...' (press remarks)",
        "'Kiir would be ready to host direct talks between Burhan and ... Dagalo if both men agreed' (hypothetical)",
        "'Kiir has spoken by phone with Burhan and Dagalo several times since April' (counted)",
        "'talks between the two sides in Jeddah were suspended in June, and have not resumed' (a process of several rounds, no single occasion; negation)",
        "'Burhan ... left the army headquarters ... has since toured garrisons in the east' (travel)",
        "'The RSF did not respond to a request for comment' (no meeting)",
        "Read more: 'Egypt's Sisi hosts Chad's Deby for talks on Sudan refugees', 'Ethiopia's Abiy meets RSF envoy ...' (furniture)"]),

    # 003. Colombian English-language site, "Wednesday, April 17, 2024 · 20:30 COT" (manifest
    # 2024-04-17, a Wednesday). "on Wednesday" -> 17 Apr; "on Thursday" (future) -> 18 Apr; "last
    # week" -> 2024-04 (week span); "on Tuesday" (past) -> 16 Apr; "in August" -> 2023-08 ("the
    # two ... last met in August", an April 2024 article); "A month earlier" -> 2023-07. Vieira
    # "accompanied" Lula at the talks. The delegations' Thursday meeting has no stated venue (the
    # page has no dateline), so location null. The CELAC video summit is an online meeting -> call.
    # The main talks were joined by "their delegations" -> groups Brazil and Colombia.
    # Belem is a gathering ("the eight Amazon countries held their first summit"), reported with the
    # two presidents placed there.
    ("003", "2024-04-17", False, [
        ev("2024-04-17-bogota-lula-petro", M, OCC, "2024-04-17", "Bogota", [LULA, PETRO, VIEIRA], ["Brazil", "Colombia"],
           "Lula da Silva and Colombian President Gustavo Petro held talks at the Casa de Nariño"),
        ev("2024-04-18-brazil-colombia", M, PLN, "2024-04-18", None, [], ["Brazil", "Colombia"],
           "Delegations from both governments will meet on Thursday"),
        ev("2024-04-09-caracas-maduro-petro", M, OCC, "2024-04", "Caracas", [PETRO, MADURO], [],
           "Petro met Nicolás Maduro at the Miraflores palace in Caracas last week"),
        ev("2024-04-16-castro-lula-call", C, OCC, "2024-04-16", None, [LULA, XIOMARA], ["CELAC"],
           "Lula took part in an extraordinary video summit of CELAC leaders"),
        ev("2023-08-08-belem-lula-petro", M, OCC, "2023-08", "Belem", [LULA, PETRO], ["Amazon countries"],
           "The two leftist presidents last met in August in Belém"),
        ev("2023-07-08-leticia-lula-petro", M, OCC, "2023-07", "Leticia", [LULA, PETRO], [],
           "A month earlier they had met in the border town of Leticia"),
    ], ["'Both men told a joint press conference ...' (press conference)",
        "'A three-way meeting with Maduro, which Petro has floated in the past, is not on the agenda' (hypothetical, negation)",
        "'Lula later opened the Brazilian pavilion at the Bogotá International Book Fair' (no stated encounter)",
        "'Some 300 Brazilian and Colombian executives attended a business forum' (business gathering, no diplomatic parties)",
        "'Colombian opposition senators criticised the visit on social media' (social media)",
        "'lunch at the palace' (part of the main occasion)",
        "Read also: 'Murillo and Gil review border commission in Cúcuta', 'Petro to host Boric ...' (furniture)"]),

    # 004. Wire copy, "December 10, 2023 9:12 PM GMT-3", dateline "BUENOS AIRES, Dec 10 (SAW)"
    # (manifest 2023-12-10, a Sunday). "on Sunday" -> 10 Dec; "on Thursday" (past) -> 7 Dec; "on
    # Saturday" -> 9 Dec; "on Tuesday" (future) -> 12 Dec. "Zelenskiy" -> Volodymyr Zelenskyy.
    # The first call is "a phone call after his Nov. 19 runoff victory" -> 2023-11 (month key).
    # "was filmed speaking briefly with ... Orban" is a separate in-person exchange on the
    # sidelines -> its own meeting. The Macron call is "by phone" -> call. Cape Verde is named only
    # as a country. The summit idea was never agreed (proposal, not an event).
    ("004", "2023-12-10", False, [
        ev("2023-12-10-buenos-aires-milei-zelenskyy", M, OCC, "2023-12-10", "Buenos Aires",
           [ZELENSKYY, MILEI], [],
           "Ukrainian President Volodymyr Zelenskiy met Argentina's new president Javier Milei on Sunday"),
        ev("2023-11-milei-zelenskyy-call", C, OCC, "2023-11", None, [MILEI, ZELENSKYY], [],
           "Milei first raised the idea of such a summit in a phone call"),
        ev("2023-12-07-milei-zelenskyy-call", C, OCC, "2023-12-07", None, [MILEI, ZELENSKYY], [],
           "The two spoke by phone again on Thursday"),
        ev("2023-12-10-buenos-aires-khachaturyan-zelenskyy", M, OCC, "2023-12-10", "Buenos Aires",
           [ZELENSKYY, KHACHATURYAN], [],
           "Zelenskiy held talks with Armenian President Vahagn Khachaturyan"),
        ev("2023-12-10-buenos-aires-orban-zelenskyy", M, OCC, "2023-12-10", "Buenos Aires",
           [ZELENSKYY, ORBAN], [],
           "was filmed speaking briefly with Hungarian Prime Minister Viktor Orban"),
        ev("2023-12-10-macron-zelenskyy-call", C, OCC, "2023-12-10", None, [ZELENSKYY, MACRON], [],
           "Zelenskiy also spoke by phone with French President Emmanuel Macron"),
        ev("2023-12-09-cape-verde-correia-e-silva-zelenskyy", M, OCC, "2023-12-09", "Cape Verde",
           [ZELENSKYY, CORREIA], [],
           "Zelenskiy stopped over in Cape Verde, where he met Prime Minister Ulisses Correia e Silva"),
        ev("2023-12-12-washington-biden-zelenskyy", M, PLN, "2023-12-12", "Washington", [BIDEN, ZELENSKYY], [],
           "President Joe Biden would host Zelenskiy in Washington on Tuesday"),
    ], ["'after attending his inauguration' / 'sworn in before Congress' (ceremony, backdrop)",
        "'Zelenskiy said on X ...' (social media)",
        "'No date or venue for the summit has been agreed' (proposal not accepted)",
        "'Neither side gave details of that exchange' (no new event)",
        "'Lula da Silva did not attend the ceremony, sending his foreign minister instead' (negation)",
        "'Jair Bolsonaro was among the guests' (no stated encounter)",
        "'Russia was represented at the inauguration by its ambassador. The Kremlin said ...' (statement)",
        "Related coverage: 'Boric and Milei hold first meeting in Buenos Aires', 'Felipe VI meets Milei ...' (furniture)"]),

    # 005. Pakistani daily's site, "Friday, June 7, 2024 | Updated 11:45 PM PKT", dateline BEIJING
    # (manifest 2024-06-07, a Friday). "on Friday" / "Earlier in the day" -> 7 Jun; "November
    # 2022" -> 2022-11; "last month" -> 2024-05; "on July 3-4" -> 3-4 Jul (date_end); "next month"
    # (future) -> 2024-07. Dar and Munir "took part" in the Li Qiang talks only; those talks are
    # "delegation-level", so China and Pakistan are groups. The SCO summit is
    # a planned gathering with both leaders placed there. Hasina's planned talks with Xi share the
    # key of 006's main occasion.
    ("005", "2024-06-07", False, [
        ev("2024-06-07-beijing-sharif-xi", M, OCC, "2024-06-07", "Beijing", [SHARIF, XI], [],
           "Shehbaz Sharif met Chinese President Xi Jinping at the Great Hall of the People"),
        ev("2024-06-07-beijing-li-sharif", M, OCC, "2024-06-07", "Beijing", [LI_QIANG, SHARIF, DAR, MUNIR], ["China", "Pakistan"],
           "Premier Li Qiang welcomed Shehbaz at the Great Hall with a guard of honour"),
        ev("2022-11-02-beijing-sharif-xi", M, OCC, "2022-11", "Beijing", [SHARIF, XI], [],
           "first meeting with Xi since November 2022, when he visited Beijing"),
        ev("2024-05-15-beijing-dar-wang", M, OCC, "2024-05", "Beijing", [DAR, WANG_YI], [],
           "held the fifth round of the strategic dialogue with Foreign Minister Wang Yi in Beijing"),
        ev("2024-07-03-astana-shanghai-cooperation-organisation", M, PLN, "2024-07-03", "Astana",
           [SHARIF, XI], ["Shanghai Cooperation Organisation"],
           "Both leaders are due at the Shanghai Cooperation Organisation summit in Astana on July 3-4",
           date_end="2024-07-04"),
        ev("2024-07-10-beijing-hasina-xi", M, PLN, "2024-07", "Beijing", [HASINA, XI], [],
           "Sheikh Hasina is expected in Beijing next month for talks with Xi"),
    ], ["'Xi told Shehbaz that Pakistan must create a safe environment ...' (statement inside the main event)",
        "'The Prime Minister's Office said ...' (statement)",
        "'began the five-day trip in Shenzhen on Tuesday, where he addressed a business forum' (speech)",
        "'also visited Xi'an before arriving in the capital' (travel, no stated encounter)",
        "'no meeting between Shehbaz and Modi is planned' (negation)",
        "'Opposition PTI leaders said on X ...' (social media)",
        "'The CPEC Joint Cooperation Committee ... has met 12 times since 2013' (counted)",
        "Related: 'Dar, Wang Yi co-chair strategic dialogue in Beijing', 'Army chief calls on CMC vice chairman Zhang Youxia' (furniture)"]),

    # 006. Bangladeshi daily's site, masthead "Dhaka, Wednesday, July 10, 2024 | 11:50 PM"
    # (manifest null; true date 2024-07-10). "this afternoon" / "In the morning" -> 10 Jul; "On
    # Tuesday" -> 9 Jul; "in August last year" -> 2023-08; "on June 22" -> 2024-06-22; "a month
    # after Xi received ... Shehbaz Sharif" -> 2024-06 (the key of 005's main occasion); "on June
    # 24" -> 2024-06-24. Li's lunch belongs to the morning meeting, a "delegation-level meeting"
    # (groups Bangladesh and China). The Tuesday meetings are placed
    # in Beijing by "The Beijing visit". Ganabhaban -> Dhaka.
    ("006", "2024-07-10", True, [
        ev("2024-07-10-beijing-hasina-xi", M, OCC, "2024-07-10", "Beijing", [HASINA, XI], [],
           "Prime Minister Sheikh Hasina held talks with Chinese President Xi Jinping at the Great Hall"),
        ev("2024-07-10-beijing-hasina-li", M, OCC, "2024-07-10", "Beijing", [HASINA, LI_QIANG], ["Bangladesh", "China"],
           "she held a delegation-level meeting with her Chinese counterpart Li Qiang at the same venue"),
        ev("2024-07-09-beijing-hasina-wang", M, OCC, "2024-07-09", "Beijing", [HASINA, WANG_HUNING], [],
           "On Tuesday, Hasina met Wang Huning, chairman of the Chinese People's Political Consultative Conference"),
        ev("2024-07-09-beijing-hasina-jin", M, OCC, "2024-07-09", "Beijing", [HASINA, JIN_LIQUN], [],
           "received Jin Liqun, president of the Asian Infrastructure Investment Bank, who called on her"),
        ev("2023-08-24-johannesburg-hasina-xi", M, OCC, "2023-08", "Johannesburg", [HASINA, XI], [],
           "Hasina last met Xi on the sidelines of the BRICS summit in Johannesburg"),
        ev("2024-06-22-new-delhi-hasina-modi", M, OCC, "2024-06-22", "New Delhi", [HASINA, MODI], [],
           "she held talks with Indian Prime Minister Narendra Modi in New Delhi on June 22"),
        ev("2024-06-07-beijing-sharif-xi", M, OCC, "2024-06", "Beijing", [XI, SHARIF], [],
           "a month after Xi received Pakistan's Prime Minister Shehbaz Sharif in the same hall"),
        ev("2024-06-24-dhaka-hasina-liu", M, OCC, "2024-06-24", "Dhaka", [LIU_JIANCHAO, HASINA], [],
           "Liu Jianchao, head of the Communist Party's international department, called on Hasina"),
    ], ["'Breaking: PM leaves Beijing for Dhaka hours ahead of schedule' (travel)",
        "'Hasan Mahmud told reporters ...' (press remarks)",
        "'Ties were raised to a strategic partnership during Xi's state visit to Dhaka in 2016' (visit, no stated encounter)",
        "'Li accepted an invitation to visit Bangladesh at a convenient time' (vague, no occasion)",
        "'BNP leaders said in a statement ...' (statement)",
        "'The prime minister is due to brief journalists ... on Sunday' (press conference)",
        "'Li also hosted a lunch in her honour' (part of the morning meeting)",
        "Related News: 'Modi-Hasina talks: Teesta project ...', 'Chinese ambassador calls on foreign minister Hasan Mahmud in Dhaka' (furniture)"]),

    # 007. Philippine broadsheet's site, "Friday, September 8, 2023 | 9:40 PM" (manifest
    # 2023-09-08, a Friday). "on Friday" -> 8 Sep; "late Thursday ... on the same day" -> 7 Sep;
    # "last November" -> 2022-11; "in May" -> 2023-05; "on Saturday" (future) -> 9 Sep; "later
    # this year" -> 2023 (year only). Malacañang -> Manila. The leaders met "with their
    # delegations" -> groups Philippines and Australia. The luncheon is part of the main
    # occasion. The G20 trip is stated with its purpose (a planned gathering with Albanese placed
    # there). "agreed to hold annual meetings of defense ministers" names no occasion.
    ("007", "2023-09-08", False, [
        ev("2023-09-08-manila-albanese-marcos", M, OCC, "2023-09-08", "Manila", [MARCOS, ALBANESE], ["Philippines", "Australia"],
           "Anthony Albanese elevated relations to a strategic partnership on Friday after talks at Malacañang Palace"),
        ev("2023-09-07-jakarta-albanese-li", M, OCC, "2023-09-07", "Jakarta", [ALBANESE, LI_QIANG], [],
           "where on the same day he held talks with Chinese Premier Li Qiang"),
        ev("2022-11-bangkok-albanese-marcos", M, OCC, "2022-11", "Bangkok", [MARCOS, ALBANESE], [],
           "when they met on the sidelines of the APEC summit in Bangkok last November"),
        ev("2023-05-manila-manalo-wong", M, OCC, "2023-05", "Manila", [PENNY_WONG, MANALO], [],
           "Penny Wong held talks with Foreign Affairs Secretary Enrique Manalo in Manila in May"),
        ev("2023-09-09-new-delhi-g20", M, PLN, "2023-09-09", "New Delhi", [ALBANESE], ["G20"],
           "Albanese flies to New Delhi on Saturday for the G20 summit"),
        ev("2023-11-06-beijing-albanese-xi", M, PLN, "2023", "Beijing", [ALBANESE, XI], [],
           "he will travel to Beijing later this year for talks with President Xi Jinping"),
    ], ["'The two sides agreed to hold annual meetings of defense ministers' (vague future, no occasion)",
        "'At a joint press conference, Albanese said ...' (press conference)",
        "'China's use of a water cannon against a Philippine resupply mission' (incident, not a meeting)",
        "'The Chinese embassy in Manila did not comment' (no meeting)",
        "'the first such visit by an Australian prime minister since 2016' (counted, no occasion)",
        "'there were no plans for Marcos to visit Canberra this year' (negation)",
        "Related Stories: 'Marcos meets Kishida in Jakarta ...', 'Teodoro, Marles witness joint amphibious drills in Zambales' (furniture)"]),

    # 008. Archived mailing-list bulletin, "Date: Fri, 16 Oct 2015 08:20:11 +0630" (manifest
    # 2015-10-16). "yesterday morning" -> 15 Oct 2015; "on 31 March" -> 2015-03-31; "On 9
    # September" -> 2015-09-09; "in January" (future) -> 2016-01. Honorifics dropped: U Thein Sein
    # -> Thein Sein, Saw Mutu Say Poe -> Mutu Say Poe, Daw Aung San Suu Kyi. "Nay Pyi Taw" ->
    # Naypyitaw. The signing names both sides and the named witnesses; the unnamed witnesses are
    # groups (China, Thailand, UN, EU). The March text was agreed by two negotiating bodies, one led
    # by Aung Min.
    ("008", "2015-10-16", False, [
        ev("2015-10-15-naypyitaw-mutu-say-poe-thein-sein-yawd-serk", M, OCC, "2015-10-15", "Naypyitaw",
           [THEIN_SEIN, MUTU, YAWD_SERK, MAH, DOVAL, SASAKAWA],
           ["ethnic armed organisations", "China", "Thailand", "United Nations", "European Union"],
           "Thein Sein and leaders of eight ethnic armed organisations signed the Nationwide Ceasefire Agreement"),
        ev("2015-03-31-yangon-aung-min-nationwide-ceasefire-coordination-team", M, OCC, "2015-03-31", "Yangon",
           [AUNG_MIN], ["Union Peace-making Work Committee", "Nationwide Ceasefire Coordination Team"],
           "Nationwide Ceasefire Coordination Team agreed the draft text in Yangon on 31 March"),
        ev("2015-09-09-naypyitaw-thein-sein-ethnic-armed-organisations", M, OCC, "2015-09-09", "Naypyitaw",
           [THEIN_SEIN], ["ethnic armed organisations"],
           "On 9 September the President met leaders of the armed groups in Nay Pyi Taw"),
        ev("2016-01-12-naypyitaw-union-peace-conference", M, PLN, "2016-01", "Naypyitaw", [],
           ["Union Peace Conference"],
           "the first Union Peace Conference will convene in Nay Pyi Taw in January"),
    ], ["'Seven of the fifteen groups invited ... did not sign' (negation)",
        "'Daw Aung San Suu Kyi did not attend, and the party declined to sign as a witness' (negation)",
        "'Ban Ki-moon welcomed the signing in a statement' (statement)",
        "'The two sides have held some two dozen rounds of formal talks since late 2013' (counted)",
        "'a framework for political dialogue is to be drafted within 60 days' (drafting, not a meeting)",
        "'Whether the KIO would attend if invited remains unclear' (hypothetical)",
        "'Campaigning continues ahead of the 8 November general election' (not a meeting)",
        "archive navigation and list footer (furniture)"]),

    # 009. Live blog, "Tuesday 11 March 2025 · Last updated 23:10 AST" (manifest 2025-03-11, a
    # Tuesday). Entries from 09:00 to 23:05 describe one meeting (the talks). "on Monday evening"
    # -> 10 Mar; "later this week" -> 2025-03 (week span); "on Feb. 28", "on Feb. 18", "on Feb. 2"
    # -> full dates; "on Wednesday" (future) -> 12 Mar. The delegations are groups even though
    # their leaders are named; the two Saudi hosts "greeted both delegations at the start", so they
    # are participants. Al Salam Palace -> Jeddah (the blog is about Jeddah). Charlevoix, Quebec is
    # the place given for the G7 ministers.
    ("009", "2025-03-11", False, [
        ev("2025-03-11-jeddah-rubio-sybiha-umerov-waltz-yermak", M, OCC, "2025-03-11", "Jeddah",
           [RUBIO, WALTZ, YERMAK, SYBIHA, UMEROV, FAISAL, AIBAN], ["United States", "Ukraine"],
           "sat down with Andriy Yermak, Foreign Minister Andrii Sybiha and Defence Minister Rustem Umerov"),
        ev("2025-03-13-moscow-putin-witkoff", M, PLN, "2025-03", "Moscow", [WITKOFF, PUTIN], [],
           "Steve Witkoff is expected to travel to Moscow later this week to present the proposal"),
        ev("2025-03-10-jeddah-bin-salman-zelenskyy", M, OCC, "2025-03-10", "Jeddah", [ZELENSKYY, MBS], [],
           "received on Monday evening by Crown Prince Mohammed bin Salman at Al Salam Palace"),
        ev("2025-02-28-washington-trump-zelenskyy", M, OCC, "2025-02-28", "Washington", [TRUMP, ZELENSKYY], [],
           "since Trump and Zelenskiy clashed in the Oval Office on Feb. 28"),
        ev("2025-02-18-riyadh-lavrov-rubio-ushakov-waltz", M, OCC, "2025-02-18", "Riyadh",
           [RUBIO, WALTZ, LAVROV, USHAKOV], [],
           "Riyadh hosted Rubio and Waltz for talks with Russian Foreign Minister Sergei Lavrov"),
        ev("2025-02-02-riyadh-al-sharaa-bin-salman", M, OCC, "2025-02-02", "Riyadh", [SHARAA, MBS], [],
           "received Syria's interim president Ahmed al-Sharaa on his first trip abroad on Feb. 2"),
        ev("2025-03-12-charlevoix-g7", M, PLN, "2025-03-12", "Charlevoix", [RUBIO], ["G7"],
           "Rubio flies on to Canada on Wednesday for a meeting of G7 foreign ministers"),
    ], ["23:05 'In a joint statement, Ukraine says ...' (statement)",
        "22:40 'Rubio tells reporters ...' / 'the offer will be taken to Moscow \"today and tomorrow\"' (press remarks, vague)",
        "21:15 'Zelenskiy, who did not take part in the talks, says in his evening address ...' (negation, address)",
        "16:00 'Trump says he hopes to speak to Putin \"this week\"' (hope, no occasion)",
        "10:45 'He left the negotiating to his three aides' (no new event)",
        "Latest news: 'Saudi crown prince receives Pakistani army chief in Riyadh', 'Qatar, Egypt mediators meet Hamas delegation in Doha' (furniture)"]),

    # 010. French broadcaster's English site, "Published 07/05/2025 - 21:45" (manifest 2025-05-07,
    # a Wednesday; the date is day-first). "on Wednesday" -> 7 May; "on Feb. 5", "on Feb. 2",
    # "on Jan. 3" -> full dates; "two days later" (after 2 Feb) -> 4 Feb. al-Shaibani "accompanied"
    # al-Sharaa and the talks were with Macron. "Sharaa" -> Ahmed al-Sharaa; Barrot's diacritics
    # dropped. The Riyadh meeting shares its key with 009.
    ("010", "2025-05-07", False, [
        ev("2025-05-07-paris-al-sharaa-macron", M, OCC, "2025-05-07", "Paris", [MACRON, SHARAA, SHAIBANI], [],
           "Emmanuel Macron received Syria's interim President Ahmed al-Sharaa at the Élysée Palace on Wednesday"),
        ev("2025-02-05-al-sharaa-macron-call", C, OCC, "2025-02-05", None, [MACRON, SHARAA], [],
           "Macron first invited Sharaa during a phone call on Feb. 5"),
        ev("2025-02-02-riyadh-al-sharaa-bin-salman", M, OCC, "2025-02-02", "Riyadh", [SHARAA, MBS], [],
           "took him to Riyadh on Feb. 2, where he met Crown Prince Mohammed bin Salman"),
        ev("2025-02-04-ankara-al-sharaa-erdogan", M, OCC, "2025-02-04", "Ankara", [SHARAA, ERDOGAN], [],
           "to Ankara two days later for talks with President Recep Tayyip Erdogan"),
        ev("2025-01-03-damascus-al-sharaa-baerbock-barrot", M, OCC, "2025-01-03", "Damascus",
           [BARROT, BAERBOCK, SHARAA], [],
           "Jean-Noël Barrot and his German counterpart Annalena Baerbock met Sharaa in Damascus on Jan. 3"),
    ], ["'At a joint news conference afterwards, Macron said ...' (press conference)",
        "'members of Syria's religious minorities protested on the Place de la République' (no meeting)",
        "'Marine Le Pen called the invitation a provocation' (statement)",
        "'later made the visit conditional on an inclusive government' (condition, no occasion)",
        "'the first visit by EU ministers since Assad's fall' (no new event)",
        "'no meeting with US President Donald Trump is planned' (negation)",
        "'Israel ... has not commented on the visit' (no meeting)",
        "'Sharaa returns to Damascus on Thursday' (travel)",
        "Read more: 'Barrot meets Shaibani in Paris ahead of Syria donor conference', 'Erdogan and Sharaa discuss ... at Istanbul meeting' (furniture)"]),

    # 011. Gulf news site, masthead "Monday, 14 February 2022 | 22:40 GST" (manifest null; true
    # date 2022-02-14). "on Monday" -> 14 Feb; "on Tuesday" (future) -> 15 Feb; "in November" ->
    # 2021-11; "in August" -> 2021-08; "on February 3" -> 2022-02-03. Qasr Al Watan -> Abu Dhabi;
    # Expo 2020 Dubai -> Dubai. Sheikh Mansour joined the welcome and is a participant. The
    # offer to host Zelenskyy and Putin was not accepted.
    ("011", "2022-02-14", True, [
        ev("2022-02-14-abu-dhabi-bin-zayed-erdogan", M, OCC, "2022-02-14", "Abu Dhabi", [MBZ, ERDOGAN, MANSOUR], [],
           "Mohamed bin Zayed Al Nahyan received Turkish President Recep Tayyip Erdogan at Qasr Al Watan"),
        ev("2022-02-15-dubai-bin-rashid-erdogan", M, PLN, "2022-02-15", "Dubai", [ERDOGAN, MBR], [],
           "where he will be received by Sheikh Mohammed bin Rashid Al Maktoum"),
        ev("2021-11-24-ankara-bin-zayed-erdogan", M, OCC, "2021-11", "Ankara", [MBZ, ERDOGAN], [],
           "Sheikh Mohamed travelled to Ankara in November for talks with Erdogan"),
        ev("2021-08-18-ankara-erdogan-tahnoun", M, OCC, "2021-08", "Ankara", [ERDOGAN, TAHNOUN], [],
           "a meeting in Ankara in August between Erdogan and Sheikh Tahnoun bin Zayed Al Nahyan"),
        ev("2022-02-03-kyiv-erdogan-zelenskyy", M, OCC, "2022-02-03", "Kyiv", [ERDOGAN, ZELENSKYY], [],
           "who visited Kyiv on February 3 for talks with President Volodymyr Zelenskyy"),
    ], ["'Turkey condemned last month's Houthi drone and missile attacks' (statement)",
        "'which Sheikh Mohamed thanked Ankara for during Monday's talks' (inside the main event)",
        "'has offered to host a meeting between Zelenskyy and ... Putin if both agree. Neither ... has accepted' (hypothetical, not accepted)",
        "'announced a $10 billion fund' (announcement inside the November event)",
        "'Erdogan wrote on Twitter ...' (social media)",
        "'Burj Khalifa was lit in the colours of the Turkish flag' (no meeting)",
        "Related articles: 'Mohammed bin Rashid receives Israeli President Herzog at Expo 2020', 'UAE and Israel sign trade pact after Bennett visit' (furniture)"]),

    # 012. Radio transcript, "Broadcast: Monday 11 April 2022, 18:00-18:30 CET" (manifest
    # 2022-04-11, a Monday). "has met" (today) -> 11 Apr; "on Saturday" -> 9 Apr; "on February 7",
    # "on February 15", "on March 29" -> full dates. The Moscow meeting is placed "in Moscow" (at the
    # residence "outside the capital"). "The last Western leaders at the Kremlin were Emmanuel
    # Macron ... and Olaf Scholz" states two separate meetings with Putin. Istanbul: delegations
    # only.
    ("012", "2022-04-11", False, [
        ev("2022-04-11-moscow-nehammer-putin", M, OCC, "2022-04-11", "Moscow", [NEHAMMER, PUTIN], [],
           "Austria's Chancellor Karl Nehammer has met Vladimir Putin in Moscow"),
        ev("2022-04-09-kyiv-nehammer-zelenskyy", M, OCC, "2022-04-09", "Kyiv", [NEHAMMER, ZELENSKYY], [],
           "where on Saturday he met President Volodymyr Zelenskyy and visited Bucha"),
        ev("2022-02-07-moscow-macron-putin", M, OCC, "2022-02-07", "Moscow", [MACRON, PUTIN], [],
           "The last Western leaders at the Kremlin were Emmanuel Macron, on February 7"),
        ev("2022-02-15-moscow-putin-scholz", M, OCC, "2022-02-15", "Moscow", [SCHOLZ, PUTIN], [],
           "and Olaf Scholz, on February 15, before the invasion"),
        ev("2022-03-29-istanbul-russia-ukraine", M, OCC, "2022-03-29", "Istanbul", [], ["Russia", "Ukraine"],
           "Russian and Ukrainian delegations last met face to face in Istanbul on March 29"),
    ], ["'In a written statement afterwards, Nehammer said ...' (statement)",
        "'There were no pictures and no joint appearance' (negation, no new event)",
        "'Vienna says Zelenskyy, Berlin and the EU institutions were told in advance' (contacts, no single occasion)",
        "'Has anyone done this since the war started?' 'Not face to face.' (negation)",
        "'Nehammer says he intends to speak with Turkey's President Erdogan about the talks, but gave no date' (intention, no occasion)",
        "'Schallenberg told reporters in Luxembourg ...' (press remarks)",
        "'Dmitry Peskov, confirmed the meeting and said no statement would follow' (statement about the main event)",
        "Related transcripts: 'von der Leyen and Borrell meet Zelenskyy in Kyiv', 'Johnson hosts Scholz at Downing Street' (furniture)"]),

    # 013. Italian English-language site, "Friday 26 November 2021 · 19:20 CET" (manifest
    # 2021-11-26, a Friday). "on Friday morning" -> 26 Nov; "on Thursday" -> 25 Nov; "on Friday"
    # -> 26 Nov; "in February 2020" -> 2020-02; "two weeks ago ... on November 12" -> 2021-11-12;
    # "on December 16-17" (future) -> 16-17 Dec (date_end). The Thursday talks at Palazzo Chigi and
    # the Thursday dinner at the Quirinale are two encounters with different hosts. The signing
    # names the two foreign ministers as attending. The Vatican audience is placed in Vatican City.
    # The 2018 proposal is a proposal, not a meeting. The Paris conference and the European Council
    # are gatherings with Draghi and Macron placed there.
    ("013", "2021-11-26", False, [
        ev("2021-11-26-rome-draghi-macron", M, OCC, "2021-11-26", "Rome",
           [DRAGHI, MACRON, MATTARELLA, DI_MAIO, LE_DRIAN], [],
           "Mario Draghi and French President Emmanuel Macron signed the Quirinal Treaty at the Quirinale Palace"),
        ev("2021-11-25-rome-draghi-macron", M, OCC, "2021-11-25", "Rome", [MACRON, DRAGHI], [],
           "when he held talks with Draghi at Palazzo Chigi"),
        ev("2021-11-25-rome-macron-mattarella", M, OCC, "2021-11-25", "Rome", [MACRON, MATTARELLA], [],
           "was Mattarella's guest at a dinner at the Quirinale in the evening"),
        ev("2021-11-26-vatican-city-francis-macron", M, OCC, "2021-11-26", "Vatican City", [MACRON, FRANCIS], [],
           "he was received by Pope Francis in a private audience at the Vatican"),
        ev("2020-02-27-naples-conte-macron", M, OCC, "2020-02", "Naples", [MACRON, CONTE], [],
           "when Macron and Giuseppe Conte met at a bilateral summit in Naples in February 2020"),
        ev("2021-11-12-paris-draghi-macron", M, OCC, "2021-11-12", "Paris", [DRAGHI, MACRON],
           ["international conference on Libya"],
           "Draghi and Macron last met two weeks ago in Paris"),
        ev("2021-12-16-brussels-european-council", M, PLN, "2021-12-16", "Brussels", [DRAGHI, MACRON],
           ["European Council"],
           "They will see each other again at the European Council in Brussels on December 16-17",
           date_end="2021-12-17"),
    ], ["'The two leaders then made joint statements to the press at Villa Madama' (press statements)",
        "'followed by a flypast of the Frecce Tricolori' (no meeting)",
        "'first proposed by Macron and then Prime Minister Paolo Gentiloni in January 2018' (proposal, no stated encounter)",
        "'modelled on the 1963 Franco-German Élysée Treaty' (no meeting)",
        "'Matteo Salvini said in a radio interview ...' (interview)",
        "'Italy and France have held 35 bilateral summits since 1982' (counted)",
        "Related: 'Draghi hosts Spain's Sánchez at Palazzo Chigi ...', 'Mattarella receives Tunisian president at the Quirinale' (furniture)"]),

    # 014. Government media release, "Canberra, 9 December 2024" (manifest null; true date
    # 2024-12-09, a Monday). "today" -> 9 Dec; "in August" -> 2024-08; "in March" -> 2024-03 for
    # both Beijing meetings ("the following day" gives no day without the first one's date);
    # "Tomorrow" -> 10 Dec. The bilateral talks "before the signing" and the signing are one
    # occasion; Wong and Conroy "joined" it. Government House -> Canberra. "Nuku'alofa" ->
    # Nukualofa.
    ("014", "2024-12-09", True, [
        ev("2024-12-09-canberra-adeang-albanese", M, OCC, "2024-12-09", "Canberra",
           [ADEANG, ALBANESE, PENNY_WONG, CONROY], [],
           "today signed the Nauru-Australia Treaty at Parliament House in Canberra"),
        ev("2024-08-nukualofa-adeang-albanese", M, OCC, "2024-08", "Nukualofa", [ADEANG, ALBANESE], [],
           "they met on the margins of the Pacific Islands Forum Leaders Meeting in Nuku'alofa"),
        ev("2024-03-25-beijing-adeang-xi", M, OCC, "2024-03", "Beijing", [ADEANG, XI], [],
           "the President held talks with President Xi Jinping"),
        ev("2024-03-26-beijing-adeang-li", M, OCC, "2024-03", "Beijing", [ADEANG, LI_QIANG], [],
           "the following day, with Premier Li Qiang in Beijing"),
        ev("2024-12-10-canberra-adeang-mostyn", M, PLN, "2024-12-10", "Canberra", [ADEANG, MOSTYN], [],
           "Tomorrow the President will call on the Governor-General of Australia"),
    ], ["'Under the Treaty, Australia will provide AUD 100 million ...' (treaty terms)",
        "'the Treaty does not affect Nauru's diplomatic relations with the People's Republic of China, which Nauru resumed in January' (no meeting)",
        "'\"This Treaty respects our sovereignty ...\" President Adeang said' (statement)",
        "'before returning to Yaren' (travel)",
        "'Officials of both governments have held many rounds of consultations since 2022' (counted)",
        "'The Treaty concludes two years of negotiations' (process, no single occasion)",
        "Related releases: 'President Adeang meets New Zealand Foreign Minister Peters in Yaren' (furniture)"]),
]


def main():
    with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as g, \
            open(os.path.join(HERE, "manifest.jsonl"), "w", encoding="utf-8") as m:
        for aid, published, hidden, events, _traps in ARTICLES:
            g.write(json.dumps({"id": aid, "published": published, "events": events},
                               ensure_ascii=False) + "\n")
            m.write(json.dumps({"id": aid, "published": None if hidden else published},
                               ensure_ascii=False) + "\n")
    n = sum(len(a[3]) for a in ARTICLES)
    t = sum(len(a[4]) for a in ARTICLES)
    print(f"wrote {len(ARTICLES)} articles, {n} event mentions, {t} documented traps")


if __name__ == "__main__":
    main()
