#!/usr/bin/env python3
"""Generate gold.jsonl and manifest.jsonl for the holdout13 corpus.

Run:  python3 data/holdout13/build_gold.py   then   python3 data/eval/validate.py data/holdout13
Each article lists its true publication date, whether the manifest hides it, its gold
events, and (for documentation only) the non-events it contains that must NOT be extracted.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

# canonical names
SUNAK, VDL, CLEVERLY, SEFCOVIC, MACRON, BIDEN = ("Rishi Sunak", "Ursula von der Leyen", "James Cleverly",
                                                 "Maros Sefcovic", "Emmanuel Macron", "Joe Biden")
TRONG, THUONG, CHINH, HUE = "Nguyen Phu Trong", "Vo Van Thuong", "Pham Minh Chinh", "Vuong Dinh Hue"
BLINKEN, SULLIVAN, MAI, SON, OBAMA = ("Antony Blinken", "Jake Sullivan", "Truong Thi Mai", "Bui Thanh Son",
                                      "Barack Obama")
MODI, MUHTADEE, BOLKIAH, WONG, THARMAN = ("Narendra Modi", "Al-Muhtadee Billah", "Hassanal Bolkiah",
                                          "Lawrence Wong", "Tharman Shanmugaratnam")
PUTIN, KHURELSUKH, XI, RAMAPHOSA, KISHIDA, YOON = ("Vladimir Putin", "Ukhnaagiin Khurelsukh", "Xi Jinping",
                                                   "Cyril Ramaphosa", "Fumio Kishida", "Yoon Suk Yeol")
DON, ASSK, MAH, THAN_SWE, RETNO = ("Don Pramudwinai", "Aung San Suu Kyi", "Min Aung Hlaing", "Than Swe",
                                   "Retno Marsudi")
LULA, PETRO, ARCE, BOLUARTE, SANTOKHI = ("Luiz Inacio Lula da Silva", "Gustavo Petro", "Luis Arce",
                                         "Dina Boluarte", "Chan Santokhi")
PHILLIPS, DELCY, SILVA = "Mark Phillips", "Delcy Rodriguez", "Marina Silva"
REDWAN, GETACHEW, OBASANJO, KENYATTA, MLAMBO = ("Redwan Hussien", "Getachew Reda", "Olusegun Obasanjo",
                                                "Uhuru Kenyatta", "Phumzile Mlambo-Ngcuka")
HAMMER, WEBER, DEBRETSION, ABIY = "Mike Hammer", "Annette Weber", "Debretsion Gebremichael", "Abiy Ahmed"
BIRUTA, KAGAME, BRAVERMAN, PATEL = "Vincent Biruta", "Paul Kagame", "Suella Braverman", "Priti Patel"
RAJOELINA, RAMKALAWAN, AZALI, RAMGOOLAM = ("Andry Rajoelina", "Wavel Ramkalawan", "Azali Assoumani",
                                           "Navin Ramgoolam")
TOKAYEV, MIRZIYOYEV = "Kassym-Jomart Tokayev", "Shavkat Mirziyoyev"
MARAPE, DADAE, DAKI, HIPKINS, RABUKA = ("James Marape", "Bob Dadae", "Win Bakri Daki", "Chris Hipkins",
                                        "Sitiveni Rabuka")
NATANO, ALBANESE, BROWN, SOGAVARE = "Kausea Natano", "Anthony Albanese", "Mark Brown", "Manasseh Sogavare"
MUIZZU, MAHAWAR, ERDOGAN = "Mohamed Muizzu", "Munu Mahawar", "Recep Tayyip Erdogan"
HOLNESS, ALI, MOTTLEY, HENRY = "Andrew Holness", "Irfaan Ali", "Mia Mottley", "Ariel Henry"

# groups
ASEAN, ACTO, FOCAC, PIF, FIPIC, IOC = ("ASEAN", "Amazon Cooperation Treaty Organization",
                                       "Forum on China-Africa Cooperation", "Pacific Islands Forum",
                                       "Forum for India-Pacific Islands Cooperation", "Indian Ocean Commission")
ET, TPLF, AU, CARICOM, C5 = ("Ethiopia", "Tigray People's Liberation Front", "African Union", "CARICOM", "C5+1")
IN, MV = "India", "Maldives"


def ev(key, kind, status, date, location, participants, groups, evidence, date_end=None):
    e = {"key": key, "kind": kind, "status": status, "date": date}
    if date_end:
        e["date_end"] = date_end
    e.update({"location": location, "participants": participants, "groups": groups,
              "evidence": evidence})
    return e


M, C, OCC, PLN = "meeting", "call", "occurred", "planned"

# shared keys (same real-world event in several articles)
K_WINDSOR = "2023-02-27-windsor-sunak-von-der-leyen"
K_JC = "2023-03-24-london-cleverly-sefcovic"

ARTICLES = [
    # Monday wire. "on Monday" = publication day; "on Saturday" -> 02-25; "on Thursday" -> 02-23;
    # "Feb. 18"; "next month" -> 2023-03 (planned, London).
    ("000_uk_eu_windsor_framework_wire", "2023-02-27", False, [
        ev(K_WINDSOR, M, OCC, "2023-02-27", "Windsor", [SUNAK, VDL], [],
           "Sunak and von der Leyen held talks over lunch at a hotel in Windsor"),
        ev("2023-02-25-sunak-von-der-leyen-call", C, OCC, "2023-02-25", None, [SUNAK, VDL], [],
           "after the two leaders spoke by telephone on Saturday"),
        ev("2023-02-23-cleverly-sefcovic-call", C, OCC, "2023-02-23", None, [CLEVERLY, SEFCOVIC], [],
           "had cleared the last technical points in a video call on Thursday"),
        ev("2023-02-18-munich-sunak-von-der-leyen", M, OCC, "2023-02-18", "Munich", [SUNAK, VDL], [],
           "Sunak and von der Leyen last met on the sidelines of the Munich Security Conference"),
        ev(K_JC, M, PLN, "2023-03", "London", [CLEVERLY, SEFCOVIC], [],
           "Cleverly and Šefčovič are expected to convene the committee in London next month"),
    ], ["'told a joint news conference at the town's Guildhall' (press)",
        "'Sunak briefed his cabinet by phone' (internal; not a call between parties)",
        "'was due to make a statement to the House of Commons' (statement)",
        "Donaldson 'said the party would \"study the detail\"'; 'had not been shown the legal text' (statement; negation)",
        "'The DUP could return to the power-sharing executive ... if' (hypothetical)",
        "Related coverage: 'Sunak meets Northern Ireland party leaders in Belfast', "
        "'Sefcovic, Cleverly to meet in Brussels next week', 'Macron to host Sunak' (furniture)"]),

    # Manifest null: "Published 25 March 2023" (Saturday). "On Friday" -> 03-24; "27 February"; "10 March";
    # "next month" -> 2023-04 (planned, Belfast).
    ("001_uk_eu_joint_committee_analysis", "2023-03-25", True, [
        ev(K_JC, M, OCC, "2023-03-24", "London", [CLEVERLY, SEFCOVIC], [],
           "Maroš Šefčovič co-chaired a meeting of the Withdrawal Agreement Joint Committee in London"),
        ev(K_WINDSOR, M, OCC, "2023-02-27", "Windsor", [SUNAK, VDL], [],
           "Rishi Sunak and Ursula von der Leyen met in Windsor on 27 February"),
        ev("2023-03-10-paris-macron-sunak", M, OCC, "2023-03-10", "Paris", [SUNAK, MACRON], [],
           "he and Emmanuel Macron held the first UK-France summit in five years on 10 March"),
        ev("2023-04-12-belfast-biden-sunak", M, PLN, "2023-04", "Belfast", [BIDEN, SUNAK], [],
           "Good Friday Agreement and is due to meet Sunak there"),
    ], ["'On Wednesday the Commons approved the so-called Stormont brake' (vote)",
        "'The Northern Ireland Protocol, agreed in October 2019' (no encounter stated)",
        "'Lord Frost held round after round of talks with Sefcovic' through 2021 (counted)",
        "'Stormont has not sat since February 2022' (negation; domestic)",
        "Donaldson 'ready to meet the prime minister again \"at any time\"' (vague)",
        "'A restored executive could make the brake meaningful' (hypothetical)",
        "Related analysis: 'Macron and Sunak: is the entente back?' (furniture)"]),

    # Sunday readout. "On the afternoon of September 10" = publication day; "March 29" -> 2023-03-29;
    # "July 2015" -> 2015-07; "in April" -> 2023-04; "On September 11" planned, one event per pair.
    ("002_vn_us_biden_hanoi_readout", "2023-09-10", False, [
        ev("2023-09-10-hanoi-biden-nguyen-phu-trong", M, OCC, "2023-09-10", "Hanoi",
           [TRONG, BIDEN, BLINKEN, SULLIVAN, MAI, SON], [],
           "Nguyen Phu Trong held talks with President of the United States Joe Biden"),
        ev("2023-03-29-biden-nguyen-phu-trong-call", C, OCC, "2023-03-29", None, [TRONG, BIDEN], [],
           "He recalled his phone call with President Biden on March 29"),
        ev("2015-07-07-washington-nguyen-phu-trong-obama", M, OCC, "2015-07", "Washington", [TRONG, OBAMA], [],
           "when he held talks with President Barack Obama at the White House"),
        ev("2023-04-15-hanoi-blinken-nguyen-phu-trong", M, OCC, "2023-04", "Hanoi", [TRONG, BLINKEN], [],
           "thanked Secretary Blinken, whom he had received in Ha Noi in April"),
        ev("2023-09-11-hanoi-biden-vo-van-thuong", M, PLN, "2023-09-11", "Hanoi", [BIDEN, THUONG], [],
           "President Biden will have separate meetings in Ha Noi with State President Vo Van Thuong"),
        ev("2023-09-11-hanoi-biden-pham-minh-chinh", M, PLN, "2023-09-11", "Hanoi", [BIDEN, CHINH], [],
           "meetings in Ha Noi with State President Vo Van Thuong, Prime Minister Pham Minh Chinh"),
        ev("2023-09-11-hanoi-biden-vuong-dinh-hue", M, PLN, "2023-09-11", "Hanoi", [BIDEN, HUE], [],
           "Prime Minister Pham Minh Chinh and National Assembly Chairman Vuong Dinh Hue"),
    ], ["'following an official welcome ceremony' (same event)",
        "'agreed to maintain regular high-level exchanges' (vague)",
        "Biden's invitation 'accepted ... at a time to be arranged through diplomatic channels' (not fixed)",
        "'the two leaders met the press' (press)",
        "'normalised relations in 1995 and established a Comprehensive Partnership in 2013' (no encounter)",
        "Related news: 'Prime Minister Pham Minh Chinh receives US business delegation', "
        "'NA Chairman Vuong Dinh Hue receives US senators' (furniture)"]),

    # Saturday newsletter. "on Tuesday" -> 09-03; "on Wednesday" -> 09-04; "on Thursday" -> 09-05;
    # "The same day" -> 09-05; "on Monday" -> 09-02; "opened ... on Thursday and closed on Friday" -> 09-05..06;
    # "on Friday" -> 09-06.
    ("003_asia_week_in_review_newsletter", "2024-09-07", False, [
        ev("2024-09-03-bandar-seri-begawan-al-muhtadee-billah-modi", M, OCC, "2024-09-03", "Bandar Seri Begawan",
           [MUHTADEE, MODI], [],
           "Al-Muhtadee Billah called on him at his hotel in Bandar Seri Begawan on Tuesday"),
        ev("2024-09-04-bandar-seri-begawan-bolkiah-modi", M, OCC, "2024-09-04", "Bandar Seri Begawan",
           [MODI, BOLKIAH], [],
           "on Wednesday Modi held talks with Sultan Hassanal Bolkiah at the Istana Nurul Iman"),
        ev("2024-09-05-singapore-modi-wong", M, OCC, "2024-09-05", "Singapore", [MODI, WONG], [],
           "he held talks with Prime Minister Lawrence Wong at Parliament House on Thursday"),
        ev("2024-09-05-singapore-modi-tharman", M, OCC, "2024-09-05", "Singapore", [MODI, THARMAN], [],
           "The same day Modi called on President Tharman Shanmugaratnam at the Istana"),
        ev("2024-09-03-ulaanbaatar-khurelsukh-putin", M, OCC, "2024-09-03", "Ulaanbaatar", [PUTIN, KHURELSUKH], [],
           "on Tuesday and held talks with President Ukhnaagiin Khürelsükh in Ulaanbaatar"),
        ev("2024-09-05-beijing-focac", M, OCC, "2024-09-05", "Beijing", [XI], [FOCAC],
           "The Forum on China-Africa Cooperation summit opened in Beijing on Thursday and closed on Friday",
           date_end="2024-09-06"),
        ev("2024-09-02-beijing-ramaphosa-xi", M, OCC, "2024-09-02", "Beijing", [XI, RAMAPHOSA], [],
           "starting with South Africa's Cyril Ramaphosa on Monday at the Great Hall of the People"),
        ev("2024-09-06-seoul-kishida-yoon", M, OCC, "2024-09-06", "Seoul", [KISHIDA, YOON], [],
           "made a final visit to Seoul on Friday for a summit with Yoon Suk Yeol"),
    ], ["'Modi also opened India's new chancery and addressed members of the Indian community' (own nationals)",
        "'the pair later toured a semiconductor plant together' (same event)",
        "'Mongolia did not detain him'; 'The European Commission said it \"regretted\"' (negation; statement)",
        "'Xi pledged 360 billion yuan' (statement)",
        "'a long series of bilateral meetings' (counted; only the named one counts)",
        "'described it as their twelfth meeting' (counted)",
        "'Pope Francis, who landed in Port Moresby ... moves on to Dili on Monday' (travel)",
        "Most read this week: 'Wong and Anwar hold leaders' retreat', 'Xi meets Tinubu' (furniture)"]),

    # Wednesday site, Jakarta dateline. "on Sunday" -> 07-09; "the same day" -> 07-09 (Naypyitaw context);
    # "on Tuesday" -> 07-11; "June 18 and 19"; "on Friday" future -> 07-14.
    ("004_mm_th_don_suu_kyi_regional", "2023-07-12", False, [
        ev("2023-07-09-naypyidaw-aung-san-suu-kyi-pramudwinai", M, OCC, "2023-07-09", "Naypyidaw", [DON, ASSK], [],
           "Don Pramudwinai met detained former leader Aung San Suu Kyi in Naypyitaw on Sunday"),
        ev("2023-07-11-jakarta-asean", M, OCC, "2023-07-11", "Jakarta", [RETNO, DON], [ASEAN],
           "when ASEAN foreign ministers opened their annual meeting in Jakarta on Tuesday"),
        ev("2023-07-09-naypyidaw-min-aung-hlaing-pramudwinai", M, OCC, "2023-07-09", "Naypyidaw", [DON, MAH], [],
           "Earlier the same day he held talks with junta leader Senior General Min Aung Hlaing"),
        ev("2023-06-18-pattaya-pramudwinai-than-swe", M, OCC, "2023-06-18", "Pattaya", [DON, THAN_SWE],
           ["Cambodia", "Laos", "Vietnam", "India", "China"],
           "Don hosted junta Foreign Minister Than Swe at an informal meeting in Pattaya",
           date_end="2023-06-19"),
        ev("2023-07-14-jakarta-asean-blinken", M, PLN, "2023-07-14", "Jakarta", [BLINKEN], [ASEAN],
           "Antony Blinken is due to meet ASEAN foreign ministers in Jakarta on Friday"),
    ], ["'Several ASEAN members stayed away' (negation)",
        "'Retno told reporters that her office had held more than 110 engagements' (press; counted)",
        "'ASEAN's special envoy has not been allowed to see Suu Kyi' (negation)",
        "'The opposition National Unity Government said it had not been consulted' (negation)",
        "Kim Aris 'said in a statement' (statement)",
        "'did not say whether he had carried a message'; Malaysian minister 'said' (negation; statement)",
        "Related: 'ASEAN envoy meets ethnic armed groups in Bangkok', "
        "'Thai and Myanmar generals hold border committee talks in Tachileik' (furniture)"]),

    # Manifest null: "LIVE | Tuesday 8 August 2023". Summit and Lula-Petro on the publication day;
    # "on Monday" -> 08-07; "on July 8"; "On Wednesday" future -> 08-09 (expanded session of the Belem summit).
    ("005_amazon_summit_belem_liveblog", "2023-08-08", True, [
        ev("2023-08-08-belem-acto", M, OCC, "2023-08-08", "Belem",
           [LULA, PETRO, ARCE, BOLUARTE, SANTOKHI, PHILLIPS, DELCY], [ACTO, "Ecuador"],
           "Leaders of the eight countries of the Amazon Cooperation Treaty Organization opened their meeting"),
        ev("2023-08-08-belem-lula-petro", M, OCC, "2023-08-08", "Belem", [LULA, PETRO], [],
           "Lula and Petro met privately for about half an hour before the opening session"),
        ev("2023-07-08-leticia-lula-petro", M, OCC, "2023-07-08", "Leticia", [LULA, PETRO], [],
           "the summit was prepared at a meeting between Lula and Petro in Leticia"),
        ev("2023-08-07-belem-acto-ministers", M, OCC, "2023-08-07", "Belem", [SILVA], [ACTO],
           "met in Belém on Monday evening, chaired by Brazil's Marina Silva"),
        ev("2023-08-09-belem-acto-expanded", M, PLN, "2023-08-09", "Belem", [LULA],
           ["Democratic Republic of the Congo", "Republic of the Congo", "Indonesia",
            "Saint Vincent and the Grenadines", "France", "Germany", "Norway"],
           "On Wednesday, Lula will host an expanded session with the Democratic Republic of the Congo"),
    ], ["Key events bullets 'Leaders of eight Amazon nations open summit', 'Lula and Petro meet' (same events)",
        "'Lula is due to give a press conference shortly' (press)",
        "'Petro used his speech' (speech)",
        "'Nicolas Maduro pulled out on Monday'; 'Guillermo Lasso did not travel either' (negation)",
        "'the \"Amazon Dialogues\", a civil-society forum' (not diplomatic)",
        "Read more: 'Lula meets Petro in Leticia ahead of summit', 'Colombia, Brazil to hold joint border patrols' (furniture)"]),

    # Wednesday wire. Talks "began on Oct. 25" and ended with the signing "on Wednesday" -> 10-25..11-02;
    # "next week" -> 2022-11 (7-13 Nov); "last week" -> 2022-10 (24-30 Oct); "In August" -> 2022-08.
    ("006_et_tplf_pretoria_truce_wire", "2022-11-02", False, [
        ev("2022-10-25-pretoria-ethiopia-tplf", M, OCC, "2022-10-25", "Pretoria",
           [REDWAN, GETACHEW, OBASANJO, KENYATTA, MLAMBO, HAMMER], [ET, TPLF, AU],
           "Getachew Reda at the end of talks that began on Oct. 25", date_end="2022-11-02"),
        ev("2022-11-07-nairobi-ethiopia-tplf", M, PLN, "2022-11", "Nairobi", [], [ET, TPLF],
           "Senior commanders of the two sides will meet in Nairobi next week"),
        ev("2022-10-27-abiy-blinken-call", C, OCC, "2022-10", None, [BLINKEN, ABIY], [],
           "Antony Blinken spoke by phone with Abiy last week"),
        ev("2022-08-02-mekelle-debretsion-hammer-weber", M, OCC, "2022-08", "Mekelle", [HAMMER, WEBER, DEBRETSION], [],
           "Annette Weber flew to Mekelle and met Tigray leader Debretsion Gebremichael"),
    ], ["'Obasanjo told a news conference after the signing' (press)",
        "'had originally been due to open in South Africa on Oct. 8 but were postponed' (postponed)",
        "'Reports of secret contacts ... in the Seychelles and Djibouti ... were never confirmed' (vague; unconfirmed)",
        "'Eritrea ... was not party to the talks' (negation)",
        "'Abiy, addressing a rally in ... Arba Minch' (speech)",
        "Faki 'welcomed the agreement in a statement' (statement)",
        "RELATED: 'Abiy receives AU envoy Obasanjo in Addis Ababa' (furniture)"]),

    # Tuesday broadcaster. "on Tuesday morning" = publication day; "later on Tuesday" planned;
    # "in March" -> 2023-03; "in April 2022".
    ("007_uk_rw_cleverly_kigali_broadcaster", "2023-12-05", False, [
        ev("2023-12-05-kigali-biruta-cleverly", M, OCC, "2023-12-05", "Kigali", [CLEVERLY, BIRUTA], [],
           "Cleverly and Rwanda's Foreign Minister Vincent Biruta signed the treaty in Kigali on Tuesday morning"),
        ev("2023-12-05-kigali-cleverly-kagame", M, PLN, "2023-12-05", "Kigali", [CLEVERLY, KAGAME], [],
           "The Home Secretary is expected to meet President Paul Kagame later on Tuesday"),
        ev("2023-03-18-kigali-braverman-kagame", M, OCC, "2023-03", "Kigali", [BRAVERMAN, KAGAME], [],
           "His predecessor Suella Braverman met Kagame in Kigali in March"),
        ev("2022-04-14-kigali-biruta-patel", M, OCC, "2022-04", "Kigali", [PATEL, BIRUTA], [],
           "signed in Kigali in April 2022 by then Home Secretary Priti Patel and Biruta"),
    ], ["'the Supreme Court, which ruled unanimously on 15 November' (ruling)",
        "'Speaking to broadcasters in Kigali' (interview)",
        "'the third visit by a home secretary in less than two years' (counted)",
        "'No asylum seeker has yet been flown'; the June 2022 flight 'was grounded' (negation)",
        "'Rishi Sunak told MPs last month' (statement)",
        "'Labour said it would scrap the scheme if it wins' (hypothetical)",
        "Makolo 'said' (statement)",
        "More on this story: 'Kagame: \"We are not a dumping ground\"' (furniture)"]),

    # Thursday site. "on Wednesday" -> 04-23; "May 2019"; "On Thursday" = publication day (summit under way);
    # "on Friday" future -> 04-25. Iavoloha Palace -> Antananarivo.
    ("008_mg_fr_macron_antananarivo_regional", "2025-04-24", False, [
        ev("2025-04-23-antananarivo-macron-rajoelina", M, OCC, "2025-04-23", "Antananarivo", [MACRON, RAJOELINA], [],
           "Emmanuel Macron and Malagasy President Andry Rajoelina held talks at Iavoloha Palace on Wednesday"),
        ev("2019-05-29-paris-macron-rajoelina", M, OCC, "2019-05", "Paris", [MACRON, RAJOELINA], [],
           "set up when Macron received Rajoelina at the Élysée in May 2019"),
        ev("2025-04-24-antananarivo-indian-ocean-commission", M, OCC, "2025-04-24", "Antananarivo",
           [RAJOELINA, RAMKALAWAN, AZALI, RAMGOOLAM, MACRON], [IOC],
           "leaders of the Indian Ocean Commission opened the organisation's fifth summit in Antananarivo"),
        ev("2025-04-25-port-louis-macron-ramgoolam", M, PLN, "2025-04-25", "Port Louis", [MACRON, RAMGOOLAM], [],
           "to hold talks with Ramgoolam in Port Louis on Friday"),
    ], ["'The commission has met only twice since then' (counted)",
        "Macron 'in a speech at the palace' (speech)",
        "'the commission's first leaders' summit since 2014' (no single occasion)",
        "'Azali used his speech to repeat his country's claim' (speech)",
        "'Opposition groups ... staged a small protest'; spokesperson 'said' (not diplomatic; statement)",
        "'a presidential visit to Mayotte ... could follow' (hypothetical; domestic)",
        "Read also: 'Ramkalawan receives Indian navy chief', 'Rajoelina meets Chinese ambassador' (furniture)"]),

    # Manifest null: "02.11.2023, 19:10" (Thursday). "on Wednesday" -> 11-01; "November last year" -> 2022-11;
    # "On Thursday" = publication day.
    ("009_kz_uz_macron_central_asia_translated", "2023-11-02", True, [
        ev("2023-11-01-astana-macron-tokayev", M, OCC, "2023-11-01", "Astana", [MACRON, TOKAYEV], [],
           "Emmanuel Macron held negotiations with President of Kazakhstan Kassym-Jomart Tokayev at the Akorda residence"),
        ev("2022-11-29-paris-macron-tokayev", M, OCC, "2022-11", "Paris", [TOKAYEV, MACRON], [],
           "his visit to Paris in November last year, when he was received by Macron"),
        ev("2023-11-02-samarkand-macron-mirziyoyev", M, OCC, "2023-11-02", "Samarkand", [MACRON, MIRZIYOYEV], [],
           "Macron arrived in Samarkand, where he was received by President of Uzbekistan Shavkat Mirziyoyev"),
    ], ["'Talks were held first in a narrow format and then with ... delegations' (same event)",
        "'Macron then spoke at a Kazakh-French business forum' (speech)",
        "'the first visit of a French head of state ... since Francois Hollande in 2014' (no encounter stated)",
        "Peskov 'told journalists' (press)",
        "'will return to Paris after the Uzbek leg' (travel)",
        "Read also: 'Tokayev receives Chinese Foreign Minister Wang Yi', 'Mirziyoyev, Tokayev hold phone talks' (furniture)"]),

    # Thursday broadcaster. All trip meetings cancelled (not events). "on Thursday evening" = publication day;
    # "last September" -> 2023-09; "November 2022".
    ("010_jp_central_asia_kishida_trip_cancelled_broadcaster", "2024-08-08", False, [
        ev("2024-08-08-kishida-tokayev-call", C, OCC, "2024-08-08", None, [KISHIDA, TOKAYEV], [],
           "Kishida spoke by phone with Tokayev on Thursday evening to explain the decision"),
        ev("2023-09-19-new-york-c5-plus-1", M, OCC, "2023-09", "New York", [BIDEN], [C5],
           "Joe Biden met the five Central Asian presidents in New York last September"),
        ev("2022-11-29-tokyo-khurelsukh-kishida", M, OCC, "2022-11", "Tokyo", [KISHIDA, KHURELSUKH], [],
           "Kishida last met Khurelsukh when the Mongolian leader visited Tokyo in November 2022"),
    ], ["'had been due to attend the first summit ... in Astana on Friday and to hold talks with ... Tokayev' (cancelled)",
        "'scheduled to meet ... Mirziyoyev in Tashkent and ... Khurelsukh in Ulaanbaatar' (cancelled)",
        "'Kishida told reporters at his official residence' (press)",
        "Hayashi 'told a news conference'; 'reschedule the summit \"at an early date\". No new dates' (press; not fixed)",
        "'Kishida chaired a meeting of relevant ministers' (internal)",
        "'has mostly been run at foreign minister level' (habitual)",
        "Related stories: 'Kamikawa to visit Mongolia and Central Asia in autumn', "
        "'Uzbek president hosts Chinese premier in Tashkent' (furniture)"]),

    # Monday site. All on the publication day except the planned evening meeting ("later on Monday").
    # The DCA signing and FIPIC summit are at APEC Haus, Port Moresby.
    ("011_pg_fipic_port_moresby_pacific", "2023-05-22", False, [
        ev("2023-05-22-port-moresby-fipic", M, OCC, "2023-05-22", "Port Moresby", [MODI, MARAPE, RABUKA], [FIPIC],
           "Narendra Modi and Papua New Guinea's James Marape co-hosted the third summit of the Forum"),
        ev("2023-05-22-port-moresby-marape-modi", M, OCC, "2023-05-22", "Port Moresby", [MODI, MARAPE], [],
           "Earlier on Monday the two prime ministers held bilateral talks at APEC Haus"),
        ev("2023-05-22-port-moresby-dadae-modi", M, OCC, "2023-05-22", "Port Moresby", [MODI, DADAE], [],
           "Modi also called on Governor-General Sir Bob Dadae at Government House on Monday morning"),
        ev("2023-05-22-port-moresby-blinken-daki-marape", M, OCC, "2023-05-22", "Port Moresby",
           [BLINKEN, DAKI, MARAPE], [],
           "Antony Blinken and PNG Defence Minister Win Bakri Daki signed a Defence Cooperation Agreement"),
        ev("2023-05-22-port-moresby-blinken-pacific-islands-forum", M, PLN, "2023-05-22", "Port Moresby",
           [BLINKEN, HIPKINS], [PIF],
           "due to meet Pacific Islands Forum leaders, among them New Zealand Prime Minister Chris Hipkins"),
    ], ["'Modi arrived on Sunday evening to a full ceremonial welcome' (arrival)",
        "'Modi announced a 12-step development plan' (statement)",
        "'Biden had been due to make the first visit ... but cancelled last week' (cancelled)",
        "'Students ... gathered near the campus to protest' (not diplomatic)",
        "'Marape said PNG remained \"friends to all\"' (statement)",
        "'Modi leaves for Sydney on Tuesday' (travel)",
        "Read more: 'Marape meets Chinese ambassador on fisheries' (furniture)"]),

    # Tuesday interview. "on 10 November"; "the day before" -> 11-09; "in July" -> 2023-07;
    # "next year's leaders' meeting in Nuku'alofa in August" -> 2024-08 (planned).
    ("012_tv_au_falepili_interview", "2023-11-14", False, [
        ev("2023-11-10-rarotonga-albanese-natano", M, OCC, "2023-11-10", "Rarotonga", [NATANO, ALBANESE], [],
           "Prime Minister Anthony Albanese signed the treaty in Rarotonga on 10 November"),
        ev("2023-11-09-aitutaki-pacific-islands-forum", M, OCC, "2023-11-09", "Aitutaki", [BROWN], [PIF],
           "Forum leaders met in retreat on Aitutaki the day before"),
        ev("2023-07-10-beijing-sogavare-xi", M, OCC, "2023-07", "Beijing", [SOGAVARE, XI], [],
           "in July he met Xi Jinping in Beijing and signed a policing cooperation plan"),
        ev("2024-08-26-nukualofa-pacific-islands-forum", M, PLN, "2024-08", "Nuku'alofa", [], [PIF],
           "Tonga hosts next year's leaders' meeting in Nuku'alofa in August"),
    ], ["the interview itself (interview)",
        "'The treaty was negotiated quietly over several months' (no single occasion)",
        "'There was no public consultation in Funafuti' (negation)",
        "'Sogavare skipped the Forum' (negation)",
        "'Tuvalu votes in January, and a new government could ask to revisit the text' (election; hypothetical)",
        "'I talk to officials in Funafuti almost every week' (habitual)",
        "More from Pacific Conversations headlines (furniture)"]),

    # Monday op-ed. "on Wednesday" -> 01-10; "that month" (November) -> 2023-11; "1 December";
    # "on Sunday" -> 01-14; "early next month" -> 2024-02 (planned).
    ("013_mv_in_cn_muizzu_oped", "2024-01-15", False, [
        ev("2024-01-10-beijing-muizzu-xi", M, OCC, "2024-01-10", "Beijing", [MUIZZU, XI], [],
           "two presidents held talks in the Great Hall of the People in Beijing on Wednesday"),
        ev("2023-11-27-ankara-erdogan-muizzu", M, OCC, "2023-11", "Ankara", [MUIZZU, ERDOGAN], [],
           "where he met President Recep Tayyip Erdoğan in Ankara"),
        ev("2023-12-01-dubai-modi-muizzu", M, OCC, "2023-12-01", "Dubai", [MUIZZU, MODI], [],
           "He did meet Narendra Modi on the sidelines of COP28 in Dubai on 1 December"),
        ev("2024-01-14-male-india-maldives", M, OCC, "2024-01-14", "Male", [MAHAWAR], [IN, MV],
           "That group met for the first time in Malé on Sunday"),
        ev("2024-02-02-new-delhi-india-maldives", M, PLN, "2024-02", "New Delhi", [], [IN, MV],
           "the next meeting will be held in New Delhi early next month"),
    ], ["'came home from China on Saturday'; 'Xi Jinping received him with full honours' (travel; same event)",
        "'Muizzu has not visited India since taking office' (negation)",
        "deputy ministers 'mocked Modi on social media'; Modi's 'visit to Lakshadweep' (posts; domestic visit)",
        "'Muizzu told reporters at Velana airport' (press)",
        "'Previous governments held several rounds of talks with New Delhi' (counted)",
        "'Muizzu could visit India if the troop question is resolved' (hypothetical)",
        "Most popular: 'India, Maldives hold first core group meeting in Male' (furniture)"]),

    # Tuesday wire. "on Monday" -> 03-11; "Before the session" same day; "late on Monday" -> 03-11;
    # "on Wednesday" future -> 03-13 (video conference = call); "late February" -> 2024-02.
    ("014_ht_caricom_kingston_wire", "2024-03-12", False, [
        ev("2024-03-11-kingston-caricom", M, OCC, "2024-03-11", "Kingston", [HOLNESS, ALI, MOTTLEY, BLINKEN],
           [CARICOM, "Canada", "France", "Brazil", "Mexico", "United Nations"],
           "Caribbean Community met in Kingston on Monday with U.S. Secretary of State Antony Blinken"),
        ev("2024-03-11-kingston-blinken-holness", M, OCC, "2024-03-11", "Kingston", [BLINKEN, HOLNESS], [],
           "Before the session, Blinken held a separate meeting with Holness at Jamaica House"),
        ev("2024-03-11-ali-henry-call", C, OCC, "2024-03-11", None, [ALI, HENRY], [],
           "Ali said Henry informed him in a phone call late on Monday"),
        ev("2024-03-13-caricom-call", C, PLN, "2024-03-13", None, [], [CARICOM],
           "CARICOM leaders will convene again by video conference on Wednesday to review nominations"),
        ev("2024-02-25-georgetown-caricom", M, OCC, "2024-02", "Georgetown", [], [CARICOM],
           "discussed Haiti's political transition at their regular meeting in Georgetown in late February"),
    ], ["'later confirmed the decision in a video address' (address)",
        "'stranded in Puerto Rico since last week' (no meeting)",
        "'the United States would not send troops' (negation)",
        "'Henry had travelled to Kenya earlier this month' (visit without a stated encounter)",
        "Cherizier 'told reporters' (press)",
        "'A new government could be installed within weeks if' (hypothetical)",
        "RELATED: 'Blinken meets Dominican President Abinader', 'CARICOM heads gather in Georgetown' (furniture)"]),
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
