#!/usr/bin/env python3
"""Generate gold.jsonl and manifest.jsonl for the dev11 development corpus.

Run:  python3 data/dev11/build_gold.py   then   python3 data/eval/validate.py data/dev11
Each article lists its true publication date, whether the manifest hides it, its gold
events, and (for documentation only) the traps it contains that must NOT be extracted.
dev11 is a readable development set: unlike the holdout sets, it may be read while developing.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

# canonical names
TO_LAM, PRABOWO, SUGIONO, BUI, PUAN, WONG = ("To Lam", "Prabowo Subianto", "Sugiono", "Bui Thanh Son",
                                            "Puan Maharani", "Lawrence Wong")
TRONG, SBY = "Nguyen Phu Trong", "Susilo Bambang Yudhoyono"
LACALLE, LULA, MILEI, PENA, VDL, ORSI = ("Luis Lacalle Pou", "Luiz Inacio Lula da Silva", "Javier Milei",
                                         "Santiago Pena", "Ursula von der Leyen", "Yamandu Orsi")
BIDEN, LOURENCO, TSHISEKEDI, HICHILEMA, MPANGO, BLINKEN, CORREIA = (
    "Joe Biden", "Joao Lourenco", "Felix Tshisekedi", "Hakainde Hichilema", "Philip Mpango",
    "Antony Blinken", "Ulisses Correia e Silva")
DISSANAYAKE, MODI, MURMU, JAISHANKAR, DOVAL = ("Anura Kumara Dissanayake", "Narendra Modi", "Droupadi Murmu",
                                               "Subrahmanyam Jaishankar", "Ajit Doval")
MBS, FAISAL, MESHAL = "Mohammed bin Salman", "Faisal bin Farhan", "Meshal Al-Ahmad Al-Jaber Al-Sabah"
SANDU, COSTA, RECEAN, KOS, GHERASIMOV = ("Maia Sandu", "Antonio Costa", "Dorin Recean", "Marta Kos",
                                         "Cristina Gherasimov")
NAUSEDA, KARIS, RINKEVICS, DUDA, STUBB = ("Gitanas Nauseda", "Alar Karis", "Edgars Rinkevics", "Andrzej Duda",
                                          "Alexander Stubb")
BRAZE, BUDRYS, PALUCKAS, MICHAL, SILINA = ("Baiba Braze", "Kestutis Budrys", "Gintautas Paluckas",
                                           "Kristen Michal", "Evika Silina")
TOKAYEV, SCHOLZ, MIRZIYOYEV, JAPAROV, RAHMON, SERDAR = (
    "Kassym-Jomart Tokayev", "Olaf Scholz", "Shavkat Mirziyoyev", "Sadyr Japarov", "Emomali Rahmon",
    "Serdar Berdimuhamedov")
GURBANGULY, YOON, MOON = "Gurbanguly Berdimuhamedov", "Yoon Suk Yeol", "Moon Jae-in"
ALIYEV, SHARIF, KOBAKHIDZE, ERDOGAN = ("Ilham Aliyev", "Shehbaz Sharif", "Irakli Kobakhidze",
                                       "Recep Tayyip Erdogan")
SOVALENI, GUTERRES, MATAAFA, ALBANESE, LUXON, MANELE = (
    "Siaosi Sovaleni", "Antonio Guterres", "Fiame Naomi Mata'afa", "Anthony Albanese", "Christopher Luxon",
    "Jeremiah Manele")
ISHIBA, RUTO, MAHAMA, TINUBU, IWAYA, YOUSSOUF = ("Shigeru Ishiba", "William Ruto", "John Dramani Mahama",
                                                 "Bola Tinubu", "Takeshi Iwaya", "Mahmoud Ali Youssouf")
AHMAD, SABAH, AL_YAHYA = ("Ahmad Al-Abdullah Al-Ahmad Al-Sabah", "Sabah Al-Khalid Al-Hamad Al-Sabah",
                          "Abdullah Ali Al-Yahya")
XI, STARMER, MACRON = "Xi Jinping", "Keir Starmer", "Emmanuel Macron"
ANWAR, TAMIM, LI = "Anwar Ibrahim", "Tamim bin Hamad Al Thani", "Li Qiang"

# groups
ASEAN, GCC, EU, PIF, MERCOSUR = "ASEAN", "Gulf Cooperation Council", "European Union", "Pacific Islands Forum", "Mercosur"


def ev(key, kind, status, date, location, participants, groups, evidence, date_end=None):
    e = {"key": key, "kind": kind, "status": status, "date": date}
    if date_end:
        e["date_end"] = date_end
    e.update({"location": location, "participants": participants, "groups": groups,
              "evidence": evidence})
    return e


M, C, OCC, PLN = "meeting", "call", "occurred", "planned"

# shared keys (same real-world event in several articles)
K_RIO_VDL = "2024-11-18-rio-de-janeiro-lula-von-der-leyen"
K_KUWAIT = "2024-12-22-kuwait-city-meshal-modi"
K_ASTANA_YOON = "2024-06-12-astana-tokayev-yoon"

ARTICLES = [
    # Monday wire. "on Saturday" -> 8 Mar (groups only); "the following day" -> 9 Mar; "Later on Monday"
    # (past tense) -> occurred; "on Wednesday" future -> 12 Mar (planned, Singapore).
    # "in June that year" after "in 2013" -> 2013-06. Customary key names: to-lam, prabowo.
    ("000_vn_id_to_lam_jakarta_wire", "2025-03-10", False, [
        ev("2025-03-10-jakarta-prabowo-to-lam", M, OCC, "2025-03-10", "Jakarta", [TO_LAM, PRABOWO], [],
           "held talks with Indonesian President Prabowo Subianto at the Merdeka Palace on Monday"),
        ev("2025-03-08-jakarta-indonesia-vietnam", M, OCC, "2025-03-08", "Jakarta", [], ["Vietnam", "Indonesia"],
           "Senior officials from both sides met in Jakarta on Saturday to finalise the text"),
        ev("2025-03-09-jakarta-bui-sugiono", M, OCC, "2025-03-09", "Jakarta", [BUI, SUGIONO], [],
           "his Indonesian counterpart Sugiono met in Jakarta the following day"),
        ev("2025-03-10-jakarta-maharani-to-lam", M, OCC, "2025-03-10", "Jakarta", [TO_LAM, PUAN], [],
           "the Vietnamese leader also met House of Representatives Speaker Puan Maharani"),
        ev("2013-06-27-jakarta-nguyen-yudhoyono", M, OCC, "2013-06", "Jakarta", [TRONG, SBY], [],
           "when then party chief Nguyen Phu Trong held talks with President Susilo Bambang Yudhoyono"),
        ev("2025-03-12-singapore-to-lam-wong", M, PLN, "2025-03-12", "Singapore", [TO_LAM, WONG], [],
           "is scheduled to hold talks with Prime Minister Lawrence Wong on Wednesday"),
    ], ["'Lam, who arrived on Sunday' (arrival)",
        "'was greeted with a 21-gun salute before the two leaders sat down' (same talks)",
        "'according to a joint statement' (statement)",
        "'Prabowo told reporters that he hoped to visit Hanoi \"soon\", but no date has been set' (vague)",
        "'A Vietnamese official ruled out a meeting with former president Joko Widodo' (negation)",
        "'set up their strategic partnership in 2013' (not an encounter by itself)",
        "'Lam leaves for Singapore on Tuesday' (travel)",
        "Photo caption: 'Prabowo (R) welcomes Vietnam's To Lam at the Merdeka Palace' (same talks)",
        "Related coverage / Most read: Prabowo meets Anwar, Wong to host party chief, 'Garuda to meet bondholders' (furniture)"]),

    # Saturday regional paper. Summit "on Friday" -> 6 Dec (gathering reported: Mercosur + named attendees);
    # "Thursday evening" -> 5 Dec at the Torre Ejecutiva (Montevideo). Lula-von der Leyen in Rio on
    # November 18 is shared with 012. Milei-Lula: only a greeting and a ruled-out bilateral.
    ("001_uy_mercosur_eu_montevideo_regional", "2024-12-07", False, [
        ev("2024-12-06-montevideo-lacalle-pou-lula-milei-pena-von-der-leyen", M, OCC, "2024-12-06", "Montevideo",
           [LACALLE, LULA, MILEI, PENA, VDL], [MERCOSUR],
           "Mercosur leaders gathered in Montevideo on Friday for the bloc's summit"),
        ev("2024-12-05-montevideo-lacalle-pou-von-der-leyen", M, OCC, "2024-12-05", "Montevideo", [VDL, LACALLE], [],
           "was received by Lacalle Pou at the Torre Ejecutiva on Thursday evening"),
        ev("2024-12-06-montevideo-orsi-von-der-leyen", M, OCC, "2024-12-06", "Montevideo", [VDL, ORSI], [],
           "she also met Uruguay's president-elect, Yamandú Orsi, at her hotel in Montevideo"),
        ev(K_RIO_VDL, M, OCC, "2024-11-18", "Rio de Janeiro", [VDL, LULA], [],
           "when they met in Rio de Janeiro on November 18"),
    ], ["'announced on Friday that negotiations ... had been concluded' (announcement; same summit)",
        "'Von der Leyen had landed at Carrasco airport on Thursday afternoon' (arrival)",
        "'Orsi told local radio' (interview)",
        "'Manuel Adorni, ruled out a one-on-one meeting between the two presidents' (negation)",
        "'they exchanged only a brief greeting for the official photograph' (not a separate meeting)",
        "'farmers staged fresh protests', 'Macron wrote on X' (not diplomacy; post)",
        "'the next summit is expected in Buenos Aires ... though no date has been set' (not fixed)",
        "PHOTO caption: 'family photo in Montevideo, December 6' (same summit)",
        "Related / Most read: Lula and Milei to skip talks, Orsi meets Sheinbaum, Pena hosts Lacalle Pou, 'Penarol will meet Nacional' (furniture, sport)"]),

    # Tuesday live blog. "this morning" -> 3 Dec; "on Wednesday" -> 4 Dec (planned summit in Lobito);
    # "in November last year" -> 2023-11; Blinken "in January" -> 2024-01; Monday stop in Cape Verde
    # (no city: country); officials' talks in Luanda on Monday (groups only).
    ("002_ao_us_biden_luanda_liveblog", "2024-12-03", False, [
        ev("2024-12-03-luanda-biden-lourenco", M, OCC, "2024-12-03", "Luanda", [BIDEN, LOURENCO], [],
           "Biden was received by President João Lourenço at the presidential palace in Luanda this morning"),
        ev("2024-12-04-lobito-biden-hichilema-lourenco-mpango-tshisekedi", M, PLN, "2024-12-04", "Lobito",
           [BIDEN, LOURENCO, TSHISEKEDI, HICHILEMA, MPANGO], [],
           "Biden is scheduled to hold a summit on Wednesday with Lourenço, DR Congo's Félix Tshisekedi"),
        ev("2023-11-30-washington-biden-lourenco", M, OCC, "2023-11", "Washington", [BIDEN, LOURENCO], [],
           "Biden first received Lourenço at the White House in November last year"),
        ev("2024-01-25-luanda-blinken-lourenco", M, OCC, "2024-01", "Luanda", [BLINKEN, LOURENCO], [],
           "when he met Lourenco in Luanda in January"),
        ev("2024-12-02-cape-verde-biden-correia-e-silva", M, OCC, "2024-12-02", "Cape Verde", [BIDEN, CORREIA], [],
           "where he met Prime Minister Ulisses Correia e Silva at the airport"),
        ev("2024-12-02-luanda-angola-united-states", M, OCC, "2024-12-02", "Luanda", [], ["United States", "Angola"],
           "US and Angolan officials held talks in Luanda on Monday evening"),
    ], ["'Biden's speech at the National Museum of Slavery' (speech)",
        "'The talks are over', 'a short appearance for the press' (same meeting; press)",
        "'The two men then moved to a closed-door meeting with their delegations' (same meeting)",
        "'the trip was originally scheduled for October but was postponed' (postponed)",
        "'Biden would not meet Angolan opposition leaders' (negation)",
        "'Biden landed in Luanda late on Monday' (arrival)",
        "'a State Department official told reporters' (briefing)",
        "Related / Trending now: Biden pardons Hunter, Biden and Xi hold final meeting in Lima, Tshisekedi and Kagame to meet, 'Angola to meet Ghana' (furniture, sport)"]),

    # Tuesday Sri Lankan paper. "yesterday" -> 16 Dec (Hyderabad House; Rashtrapati Bhavan -> New Delhi);
    # "Sunday evening" -> 15 Dec; Jaishankar and Doval "separately" -> two events.
    # "in February" (past) -> 2024-02; "October 4" -> 2024-10-04. Misspellings: Dissanayaka, Jaishanker.
    ("003_lk_in_dissanayake_delhi_regional", "2024-12-17", False, [
        ev("2024-12-16-new-delhi-dissanayake-modi", M, OCC, "2024-12-16", "New Delhi", [DISSANAYAKE, MODI], [],
           "held bilateral talks at Hyderabad House in New Delhi yesterday"),
        ev("2024-12-16-new-delhi-dissanayake-murmu", M, OCC, "2024-12-16", "New Delhi", [DISSANAYAKE, MURMU], [],
           "In the evening he called on President Droupadi Murmu at Rashtrapati Bhavan"),
        ev("2024-12-15-new-delhi-dissanayake-jaishankar", M, OCC, "2024-12-15", "New Delhi", [DISSANAYAKE, JAISHANKAR], [],
           "External Affairs Minister S. Jaishanker called on the President shortly after his arrival"),
        ev("2024-12-15-new-delhi-dissanayake-doval", M, OCC, "2024-12-15", "New Delhi", [DISSANAYAKE, DOVAL], [],
           "National Security Adviser Ajit Doval met him separately the same evening"),
        ev("2024-02-05-new-delhi-dissanayake-jaishankar", M, OCC, "2024-02", "New Delhi", [DISSANAYAKE, JAISHANKAR], [],
           "he met the Indian minister in New Delhi in February"),
        ev("2024-10-04-colombo-dissanayake-jaishankar", M, OCC, "2024-10-04", "Colombo", [JAISHANKAR, DISSANAYAKE], [],
           "calling on the new President in Colombo on October 4"),
    ], ["'told a joint media briefing after the talks' (press)",
        "'accorded a ceremonial welcome at the forecourt of Rashtrapati Bhavan' (ceremony, no named host)",
        "'who hosted a banquet in his honour' (same Murmu meeting)",
        "'It is not the first time Dissanayake has sat across from Jaishankar' (counted/vague)",
        "'Modi accepted an invitation to visit Sri Lanka, with dates to be worked out' (not fixed)",
        "'Sajith Premadasa said in a statement' (statement)",
        "'The President travels to Bodh Gaya today' (travel)",
        "'addressed a business forum organised by FICCI' (speech, companies)",
        "Pix caption (same Modi talks)",
        "RELATED NEWS / Most Viewed: Dissanayake to visit Beijing, Herath meets High Commissioner, 'India, Sri Lanka to meet in U-19 final', 'Govt to meet millers' (furniture, sport, idiom)"]),

    # Thursday analysis. "On Tuesday evening" -> 22 Apr (Al Salam Palace -> Jeddah); "in September 2023" ->
    # 2023-09; "On the same day" (Wednesday) -> 23 Apr call; "in December" (past) -> 2024-12, shared with 011.
    ("004_in_sa_modi_jeddah_analysis", "2025-04-24", False, [
        ev("2025-04-22-jeddah-bin-salman-modi", M, OCC, "2025-04-22", "Jeddah", [MODI, MBS], [],
           "Modi held talks with Crown Prince Mohammed bin Salman at Al Salam Palace in Jeddah"),
        ev("2023-09-11-new-delhi-bin-salman-modi", M, OCC, "2023-09", "New Delhi", [MBS, MODI], [],
           "when bin Salman and Modi met at Hyderabad House after the G20 summit"),
        ev("2025-04-23-bin-farhan-jaishankar-call", C, OCC, "2025-04-23", None, [JAISHANKAR, FAISAL], [],
           "Jaishankar spoke by phone with Saudi Foreign Minister Prince Faisal bin Farhan"),
        ev(K_KUWAIT, M, OCC, "2024-12", "Kuwait City", [MODI, MESHAL], [],
           "Modi held talks with the Emir of Kuwait, Sheikh Meshal, in Kuwait City in December"),
    ], ["'landed in Jeddah on Tuesday afternoon' (arrival)",
        "'By the next morning he was back in New Delhi' (travel)",
        "'Modi skipped the official dinner' (did not take place)",
        "'a visit on Wednesday to a factory ... was scrapped', 'a planned stop ... ' (cancelled)",
        "'the Cabinet Committee on Security met on Wednesday evening' (domestic)",
        "'the first visit by an Indian prime minister in 43 years' (counted background)",
        "'Modi and Shehbaz Sharif have not met since the latter took office' (negation)",
        "'No date or venue has been set for the next Strategic Partnership Council meeting' (not fixed)",
        "Related / Most popular: crown prince to meet Pakistan PM, India-UAE strategic dialogue (furniture)"]),

    # Friday presidency readout (04.07.2025). "On the eve of the summit" -> 3 Jul; the 2024 IGC is a
    # meeting of the EU and Moldova (groups) with the named head of delegation; "next year" with a
    # place -> planned, year-only date, groups only.
    ("005_md_eu_chisinau_summit_readout", "2025-07-04", False, [
        ev("2025-07-04-chisinau-costa-sandu-von-der-leyen", M, OCC, "2025-07-04", "Chisinau", [SANDU, COSTA, VDL], [],
           "for the first EU-Moldova Summit, held at the Presidential Palace in Chișinău"),
        ev("2025-06-30-costa-sandu-call", C, OCC, "2025-06-30", None, [SANDU, COSTA], [],
           "a telephone conversation between President Maia Sandu and President António Costa on Monday, 30 June"),
        ev("2025-07-03-chisinau-kos-recean", M, OCC, "2025-07-03", "Chisinau", [RECEAN, KOS], [],
           "On the eve of the summit, Prime Minister Dorin Recean had a meeting with"),
        ev("2024-06-25-luxembourg-gherasimov", M, OCC, "2024-06-25", "Luxembourg", [GHERASIMOV], [EU, "Moldova"],
           "the first intergovernmental conference, held in Luxembourg on 25 June 2024"),
        ev("2026-brussels-european-union-moldova", M, PLN, "2026", "Brussels", [], [EU, "Moldova"],
           "the second EU-Moldova Summit will be held in Brussels next year"),
    ], ["'The leaders discussed ...', 'The Head of State thanked ...' (same summit)",
        "'stated at the joint press conference' (press)",
        "'could take place as soon as the Council reaches unanimity' (hypothetical)",
        "'Sandu ruled out any meeting with ... Vadim Krasnoselsky' (negation)",
        "'the parliamentary elections of 28 September' (not diplomacy)",
        "'the three leaders are expected to visit a school' (same leaders, same day: not a separate encounter)",
        "Read also: telephone conversation with the President of Romania, Meeting with the Prime Minister of Ukraine, EPC summit in Tirana (furniture)"]),

    # Manifest null: "Updated: 2025.02.10 07:45" (Monday). "on Sunday" -> 9 Feb; "last week" -> 2025-02
    # (call, no location); "on the 6th" -> 2025-02-06; "next month" -> 2025-03 (planned).
    # Budrys is misspelt "Budris". Diacritics dropped in participants.
    ("006_lt_baltic_grid_vilnius_regional", "2025-02-10", True, [
        ev("2025-02-09-vilnius-duda-karis-nauseda-rinkevics-von-der-leyen", M, OCC, "2025-02-09", "Vilnius",
           [NAUSEDA, VDL, KARIS, RINKEVICS, DUDA], [],
           "for talks at the Presidential Palace in Vilnius on Sunday"),
        ev("2025-02-nauseda-stubb-call", C, OCC, "2025-02", None, [NAUSEDA, STUBB], [],
           "Nausėda spoke by phone last week with Finnish President Alexander Stubb"),
        ev("2025-02-06-riga-braze-budrys", M, OCC, "2025-02-06", "Riga", [BRAZE, BUDRYS], [],
           "met her Lithuanian counterpart Kęstutis Budris in Riga on the 6th"),
        ev("2025-03-vilnius-michal-paluckas-silina", M, PLN, "2025-03", "Vilnius", [PALUCKAS, MICHAL, SILINA], [],
           "host his Estonian and Latvian counterparts, Kristen Michal and Evika Siliņa, in Vilnius"),
    ], ["'The leaders then watched the synchronisation from a ceremony' (same occasion as the talks)",
        "'disconnected from the BRELL ring' (technical, not a meeting)",
        "'Nausėda ruled out any contact with Minsk' (negation)",
        "'The Kremlin said' (statement)",
        "Photo caption 'Leaders at the synchronisation ceremony in Vilnius, 9 February 2025' (same occasion)",
        "Related / Most read: Nauseda and Zelensky meet, Tusk-Paluckas talks, Michal to meet Frederiksen, 'Zalgiris to meet Real Madrid' (furniture, sport)"]),

    # Tuesday Kazakh wire. Summit "on Tuesday" (gathering, all named); "On Monday" -> 16 Sep (Akorda ->
    # Astana); "on Sunday" -> 15 Sep (Samarkand); "September last year" -> 2023-09;
    # "In June" -> 2024-06 (shared with 014, planned there). "Mirziyoev" is misspelt once.
    ("007_kz_de_scholz_astana_wire", "2024-09-17", False, [
        ev("2024-09-17-astana-berdimuhamedov-japarov-mirziyoyev-rahmon-scholz-tokayev", M, OCC, "2024-09-17", "Astana",
           [TOKAYEV, SCHOLZ, MIRZIYOYEV, JAPAROV, RAHMON, SERDAR], [],
           "The second Central Asia - Germany summit was held in Astana on Tuesday"),
        ev("2024-09-16-astana-scholz-tokayev", M, OCC, "2024-09-16", "Astana", [TOKAYEV, SCHOLZ], [],
           "On Monday, Tokayev and Scholz held talks in narrow and extended formats at the Akorda"),
        ev("2024-09-15-samarkand-mirziyoyev-scholz", M, OCC, "2024-09-15", "Samarkand", [SCHOLZ, MIRZIYOYEV], [],
           "where on Sunday he held talks with President Mirziyoyev in Samarkand"),
        ev("2023-09-28-berlin-scholz-tokayev", M, OCC, "2023-09", "Berlin", [TOKAYEV, SCHOLZ], [],
           "Tokayev's previous talks with Scholz took place in Berlin in September last year"),
        ev(K_ASTANA_YOON, M, OCC, "2024-06", "Astana", [TOKAYEV, YOON], [],
           "In June, Tokayev hosted South Korean President Yoon Suk Yeol at the Akorda"),
    ], ["'The leaders adopted a joint declaration' (same summit)",
        "'At a joint press conference, Tokayev said' (press)",
        "'Scholz arrived in Astana from Uzbekistan' (travel)",
        "'on the eve of the first Central Asia - Germany summit' (time anchor; the 2023 summit is backdrop only)",
        "'one of a string of visits by Asian leaders this year' (counted/vague)",
        "'he might return to the region next year, but no visit has been scheduled' (hypothetical)",
        "'A Kazakh-German business forum' (companies)",
        "'Scholz flew back to Berlin on Tuesday evening' (travel)",
        "Related news / Most read: Tokayev-Putin phone talks, Mirziyoyev receives EU representative, 'Kazakhstan, Germany to meet in Nations League' (furniture, sport)"]),

    # Manifest null: entries stamped "13 November 2024, 17:40" etc. (Wednesday). Baku Olympic Stadium /
    # COP29 Leaders' zone -> Baku. "in Islamabad in July" -> 2024-07. Border commission "in Tbilisi next
    # week" -> 2024-11, planned, groups only. Erdoğan/Erdogan spellings.
    ("008_az_cop29_aliyev_receptions_readout", "2024-11-13", True, [
        ev("2024-11-13-baku-aliyev-sharif", M, OCC, "2024-11-13", "Baku", [ALIYEV, SHARIF], [],
           "Ilham Aliyev met with Prime Minister of the Islamic Republic of Pakistan Shehbaz Sharif"),
        ev("2024-07-11-islamabad-aliyev-sharif", M, OCC, "2024-07", "Islamabad", [ALIYEV, SHARIF], [],
           "Recalling their meeting in Islamabad in July, during his state visit to Pakistan"),
        ev("2024-11-13-baku-aliyev-kobakhidze", M, OCC, "2024-11-13", "Baku", [ALIYEV, KOBAKHIDZE], [],
           "President Ilham Aliyev met with Prime Minister of Georgia Irakli Kobakhidze"),
        ev("2024-11-tbilisi-azerbaijan-georgia", M, PLN, "2024-11", "Tbilisi", [], ["Azerbaijan", "Georgia"],
           "meeting of the intergovernmental commission on the delimitation of the Azerbaijani-Georgian state border"),
        ev("2024-11-12-baku-aliyev-erdogan", M, OCC, "2024-11-12", "Baku", [ALIYEV, ERDOGAN], [],
           "Recep Tayyip Erdogan held a one-on-one meeting in Baku"),
    ], ["'The sides expressed confidence that they would meet again soon' (vague)",
        "'congratulated the Georgian Prime Minister on the results of the parliamentary elections' (same meeting)",
        "'followed by a dinner hosted by President Ilham Aliyev in honor of the Turkish President' (same meeting)",
        "'Ilham Aliyev addressed the opening ceremony of the World Leaders Climate Action Summit' (speech)",
        "Related news: met with President of Serbia, phone conversation with President of Kazakhstan, received UN Secretary-General (furniture)"]),

    # Wednesday Pacific radio. "on Monday" -> 26 Aug; "on Friday" (past, Samoa) -> 23 Aug; the Forum
    # Leaders Meeting is reported as a gathering ("opened ... on Monday ... runs until Friday": under way,
    # occurred, date_end 30 Aug) with the leaders the text places there; "on Tuesday" -> 27 Aug;
    # "Wednesday morning" -> publication day; "next year's ... in Honiara" -> planned, year only.
    ("009_to_pif_nukualofa_pacific_radio", "2024-08-28", False, [
        ev("2024-08-26-nukualofa-guterres-sovaleni", M, OCC, "2024-08-26", "Nuku'alofa", [SOVALENI, GUTERRES], [],
           "Hu'akavameiliku Siaosi Sovaleni received Guterres at his office in Nuku'alofa on Monday"),
        ev("2024-08-23-apia-guterres-mataafa", M, OCC, "2024-08-23", "Apia", [GUTERRES, MATAAFA], [],
           "where he met Prime Minister Fiamē Naomi Mata'afa on Friday"),
        ev("2024-08-26-nukualofa-albanese-guterres-luxon-manele-sovaleni", M, OCC, "2024-08-26", "Nuku'alofa",
           [SOVALENI, ALBANESE, LUXON, MANELE, GUTERRES], [PIF],
           "The 53rd Pacific Islands Forum Leaders Meeting opened in Nuku'alofa on Monday",
           date_end="2024-08-30"),
        ev("2024-08-27-nukualofa-albanese-luxon", M, OCC, "2024-08-27", "Nuku'alofa", [ALBANESE, LUXON], [],
           "On the sidelines, Albanese and Luxon held a bilateral meeting on Tuesday"),
        ev("2024-08-28-nukualofa-luxon-manele", M, OCC, "2024-08-28", "Nuku'alofa", [LUXON, MANELE], [],
           "Luxon also met his Solomon Islands counterpart, Jeremiah Manele, on Wednesday morning"),
        ev("2025-09-honiara-pacific-islands-forum", M, PLN, "2025", "Honiara", [], [PIF],
           "Solomon Islands will host next year's Forum leaders' meeting in Honiara"),
    ], ["'Guterres has told Pacific leaders' (speech)",
        "'shortly after the UN chief arrived from Samoa' (travel)",
        "'since Ban Ki-moon in 2011' (comparison, no occasion reported)",
        "'the Pacific Policing Initiative, which Albanese announced later in the day' (announcement)",
        "'A spokesperson for Mr Luxon said' (statement)",
        "'Albanese's office said he had \"no plans\" to meet Chinese special envoy Qian Bo' (negation)",
        "'Leaders have met every year since the Forum was founded in 1971' (habitual)",
        "Caption: 'Guterres arrives in Nuku'alofa' (arrival)",
        "Related stories / Most Viewed: Guterres to meet Rabuka, Brown hands over chair, 'Flying Fijians to meet Samoa' (furniture, sport)"]),

    # Thursday broadcaster, family-name-first (Ishiba Shigeru, Iwaya Takeshi). TICAD is only a backdrop
    # ("on the sidelines of ... TICAD"). "On Thursday morning" -> 21 Aug; "On Wednesday" -> 20 Aug; "on
    # Tuesday" -> 19 Aug (Prime Minister's Office -> Tokyo); "on Friday" -> 22 Aug (planned);
    # "August 24 and 25 last year" -> 2024 ministerial (date_end); "Earlier this month" -> 2025-08 call.
    ("010_jp_ticad9_yokohama_broadcaster", "2025-08-21", False, [
        ev("2025-08-21-yokohama-ishiba-ruto", M, OCC, "2025-08-21", "Yokohama", [ISHIBA, RUTO], [],
           "On Thursday morning Ishiba met Kenyan President William Ruto at the conference venue"),
        ev("2025-08-20-yokohama-ishiba-mahama", M, OCC, "2025-08-20", "Yokohama", [ISHIBA, MAHAMA], [],
           "Ishiba held talks in Yokohama with Ghana's President John Dramani Mahamah"),
        ev("2025-08-19-tokyo-ishiba-lourenco", M, OCC, "2025-08-19", "Tokyo", [ISHIBA, LOURENCO], [],
           "Ishiba had received Angolan President João Lourenço, the current chair of the African Union"),
        ev("2025-08-22-yokohama-ishiba-tinubu", M, PLN, "2025-08-22", "Yokohama", [ISHIBA, TINUBU], [],
           "Ishiba plans to meet Nigerian President Bola Tinubu in Yokohama on Friday"),
        ev("2024-08-24-tokyo-ticad", M, OCC, "2024-08-24", "Tokyo", [], ["TICAD"],
           "a TICAD ministerial meeting in Tokyo on August 24 and 25 last year",
           date_end="2024-08-25"),
        ev("2025-08-iwaya-youssouf-call", C, OCC, "2025-08", None, [IWAYA, YOUSSOUF], [],
           "Iwaya Takeshi held a video call with African Union Commission Chairperson Mahmoud Ali Youssouf"),
    ], ["'holding a marathon of one-on-one meetings' (vague/counted)",
        "'The two leaders agreed to cooperate on geothermal power' (same Ruto meeting)",
        "'Lourenco and Ishiba agreed to work together' (same Lourenco meeting)",
        "'expected to hold around 30 bilateral meetings in all' (counted)",
        "'denied media reports that Ishiba would meet Sudan's army chief' (denied)",
        "'Ishiba delivered a keynote speech on Wednesday' (speech)",
        "[Photo] caption 'Ishiba and Kenyan President Ruto shake hands in Yokohama on August 21' (same Ruto meeting)",
        "Related / Most read: Ishiba-Lee summit, 'Japan to host Indian PM Modi next week', 'Japan will meet Paraguay' (furniture, sport)"]),

    # Sunday wire "Kuwait City, Dec 22". Emir (text: "Meshaal"), PM and Crown Prince are three encounters;
    # Bayan Palace -> Kuwait City. "in New York in September" -> 2024-09; "in August" -> 2024-08.
    # Key names for Kuwaiti royals: meshal, ahmad-al-abdullah, sabah-al-khalid.
    ("011_in_kw_modi_bayan_palace_wire", "2024-12-22", False, [
        ev(K_KUWAIT, M, OCC, "2024-12-22", "Kuwait City", [MODI, MESHAL], [],
           "talks with the Emir of Kuwait, Sheikh Meshaal Al-Ahmad Al-Jaber Al-Sabah, at the Bayan Palace"),
        ev("2024-12-22-kuwait-city-ahmad-al-abdullah-modi", M, OCC, "2024-12-22", "Kuwait City", [MODI, AHMAD], [],
           "held talks with his Kuwaiti counterpart Sheikh Ahmad Al-Abdullah Al-Ahmad Al-Sabah at the Bayan Palace"),
        ev("2024-12-22-kuwait-city-modi-sabah-al-khalid", M, OCC, "2024-12-22", "Kuwait City", [SABAH, MODI], [],
           "Crown Prince Sheikh Sabah Al-Khalid Al-Hamad Al-Sabah hosted a lunch for Modi on Sunday"),
        ev("2024-09-22-new-york-modi-sabah-al-khalid", M, OCC, "2024-09", "New York", [MODI, SABAH], [],
           "The two leaders had first met in New York in September"),
        ev("2024-08-18-kuwait-city-al-yahya-jaishankar", M, OCC, "2024-08", "Kuwait City", [JAISHANKAR, AL_YAHYA], [],
           "held talks with Kuwaiti Foreign Minister Abdullah Ali Al-Yahya in Kuwait City in August"),
    ], ["'was accorded a ceremonial welcome at the palace before the talks' (same Emir talks)",
        "'The Emir later conferred on him the Order of Mubarak the Great' (same Emir talks)",
        "'An MoU on defence cooperation was signed' (same PM talks)",
        "'Modi addressed the Indian community', 'visited a labour camp' (diaspora)",
        "'attended the opening ceremony of the Arabian Gulf Cup football tournament' (sport, no encounter stated)",
        "'Indira Gandhi travelled to the country in 1981' (visit, no encounter stated)",
        "'Vikram Misri told reporters', 'joint commission ... \"at an early date\"' (briefing; not fixed)",
        "'Modi will leave for New Delhi tonight' (travel)",
        "ALSO READ / Trending now: Modi to visit Kuwait, Jaishankar meets Qatari PM, 'Kuwait to meet Oman' (furniture, sport)"]),

    # Tuesday translated page ("19/11/2024 - 09:55"). G20 summit is only a backdrop (stage/sidelines).
    # "On Monday (18)"; "Wednesday (20)" -> planned at the Alvorada (Brasilia); "The day before his
    # arrival" (Sunday) -> Saturday 16 Nov, Quinta de Olivos "in Buenos Aires". "Kier Starmer" misspelt.
    ("012_br_g20_rio_bilaterals_translated", "2024-11-19", False, [
        ev(K_RIO_VDL, M, OCC, "2024-11-18", "Rio de Janeiro", [LULA, VDL], [],
           "On Monday (18), Lula met the president of the European Commission, Ursula von der Leyen"),
        ev("2024-11-18-rio-de-janeiro-lula-modi", M, OCC, "2024-11-18", "Rio de Janeiro", [LULA, MODI], [],
           "Lula received the Prime Minister of India, Narendra Modi, in a bilateral meeting"),
        ev("2024-11-20-brasilia-lula-xi", M, PLN, "2024-11-20", "Brasilia", [XI, LULA], [],
           "Xi Jinping will be received by Lula on Wednesday (20) at the Palácio da Alvorada"),
        ev("2024-11-18-rio-de-janeiro-starmer-xi", M, OCC, "2024-11-18", "Rio de Janeiro", [STARMER, XI], [],
           "the British Prime Minister, Kier Starmer, met Xi on Monday"),
        ev("2024-11-16-buenos-aires-macron-milei", M, OCC, "2024-11-16", "Buenos Aires", [MILEI, MACRON], [],
           "Milei had received French President Emmanuel Macron for dinner at the Quinta de Olivos"),
    ], ["'According to the Planalto, the conversation dealt mainly with ...' (same meeting)",
        "'India handed over the G20 presidency to Brazil in December last year' (handover, no encounter)",
        "'expected to sign around 40 cooperation acts' (same planned visit)",
        "'the first meeting between a British leader and the Chinese president since 2018' (no single occasion reported)",
        "'Milei, who arrived in Rio on Sunday' (arrival)",
        "'greeted Lula coldly at the entrance of the MAM' (protocol greeting, not a meeting)",
        "'The Casa Rosada ruled out a bilateral meeting between the two' (negation)",
        "'South Africa takes over the G20 presidency on December 1' (not an encounter)",
        "Photo caption 'Lula and Ursula von der Leyen at the MAM, Rio de Janeiro, 18/11/2024' (same meeting)",
        "Related stories / Most read: Lula and Biden meet, Sheinbaum arrives, 'Botafogo will meet Atletico' (furniture, sport)"]),

    # Tuesday Malaysian page (1:45 PM). ASEAN-GCC summit "opened this morning" (gathering; co-chairs and
    # Tamim, who "is in Kuala Lumpur for the summit"); Riyadh "October 2023" (groups only); 46th ASEAN
    # summit "on Monday"; Anwar-Tamim "On Monday evening" at Seri Perdana -> Putrajaya;
    # "This afternoon ... set to join the same leaders" -> planned, same day; "on Wednesday" -> 28 May.
    ("013_my_asean_gcc_kl_regional", "2025-05-27", False, [
        ev("2025-05-27-kuala-lumpur-al-thani-anwar-sabah-al-khalid", M, OCC, "2025-05-27", "Kuala Lumpur",
           [ANWAR, SABAH, TAMIM], [ASEAN, GCC],
           "The 2nd Asean-GCC Summit opened this morning at the Kuala Lumpur Convention Centre"),
        ev("2023-10-20-riyadh-asean-gulf-cooperation-council", M, OCC, "2023-10", "Riyadh", [], [ASEAN, GCC],
           "The inaugural Asean-GCC summit was held in Riyadh in October 2023."),
        ev("2025-05-26-kuala-lumpur-anwar", M, OCC, "2025-05-26", "Kuala Lumpur", [ANWAR], [ASEAN],
           "The leaders of the 10 Asean member states gathered in Kuala Lumpur on Monday"),
        ev("2025-05-26-putrajaya-al-thani-anwar", M, OCC, "2025-05-26", "Putrajaya", [ANWAR, TAMIM], [],
           "Anwar held a bilateral meeting with the Emir of Qatar, Sheikh Tamim Hamad Al Thani"),
        ev("2025-05-27-kuala-lumpur-al-thani-anwar-li-sabah-al-khalid", M, PLN, "2025-05-27", "Kuala Lumpur",
           [LI, ANWAR, SABAH, TAMIM], [ASEAN, GCC],
           "Li Qiang is set to join the same leaders for the inaugural Asean-GCC-China Summit"),
        ev("2025-05-25-anwar-bin-salman-call", C, OCC, "2025-05-25", None, [ANWAR, MBS], [],
           "Anwar also spoke by telephone on Sunday with Saudi Crown Prince Mohammed bin Salman"),
        ev("2025-05-28-putrajaya-anwar-li", M, PLN, "2025-05-28", "Putrajaya", [LI, ANWAR], [],
           "Li will then call on Anwar at Seri Perdana on Wednesday for a bilateral meeting"),
    ], ["'says Prime Minister Datuk Seri Anwar Ibrahim' (statement)",
        "'which adopted the Kuala Lumpur Declaration on Asean 2045' (same ASEAN summit)",
        "'Anwar told reporters on Monday' (press)",
        "'no plans to invite Myanmar's junta chief Min Aung Hlaing to future summits' (negation)",
        "'more than 20 bilateral meetings with Gulf leaders since taking office' (counted)",
        "'Mohammed bin Salman, who is not attending the summit' (negation; the call is the event)",
        "Photo caption: 'Anwar Ibrahim (centre) with GCC leaders at the KLCC this morning' (same summit)",
        "Related / Most popular: Anwar receives Saudi FM, Prabowo-Anwar meet, 'Harimau Malaya to meet Vietnam', 'Cabinet to decide' (furniture, sport)"]),

    # Transcript posted "2024-06-11 21:30 (Ashgabat)" (Tuesday). "this morning" and "This afternoon" ->
    # publication day (both past); "on Wednesday afternoon" -> 12 Jun (planned, Akorda -> Astana, shared
    # with 007); "on the 14th" -> 14 Jun (planned, Tashkent); "April 2019", "August 2021" background.
    # Key names: berdimuhamedov (Serdar), gurbanguly (the father).
    ("014_kr_yoon_ashgabat_briefing_transcript", "2024-06-11", False, [
        ev("2024-06-11-ashgabat-berdimuhamedov-yoon", M, OCC, "2024-06-11", "Ashgabat", [YOON, SERDAR], [],
           "held a summit with President Serdar Berdimuhamedov at the Oguzhan Presidential Palace in Ashgabat"),
        ev("2024-06-11-ashgabat-gurbanguly-yoon", M, OCC, "2024-06-11", "Ashgabat", [YOON, GURBANGULY], [],
           "This afternoon, President Yoon also met Gurbanguly Berdimuhamedov, the Chairman of the Halk Maslahaty"),
        ev(K_ASTANA_YOON, M, PLN, "2024-06-12", "Astana", [YOON, TOKAYEV], [],
           "will hold a summit with President Tokayev at the Akorda Presidential Palace on Wednesday"),
        ev("2024-06-14-tashkent-mirziyoyev-yoon", M, PLN, "2024-06-14", "Tashkent", [YOON, MIRZIYOYEV], [],
           "the summit with President Mirziyoyev will take place in Tashkent on the 14th"),
        ev("2019-04-17-ashgabat-gurbanguly-moon", M, OCC, "2019-04", "Ashgabat", [MOON, GURBANGULY], [],
           "made a state visit to Ashgabat in April 2019, when he held a summit with"),
        ev("2021-08-17-seoul-moon-tokayev", M, OCC, "2021-08", "Seoul", [TOKAYEV, MOON], [],
           "President Tokayev held talks with President Moon in Seoul in August 2021"),
    ], ["'they witnessed the signing of six MOUs' (same summit)",
        "'Tomorrow the President departs for Astana' (travel)",
        "'followed by a state dinner' (same planned summit)",
        "'The President asked for the Turkmen side's support' (same summit)",
        "'Is there any plan ... to meet Russian officials?' 'No. There is no such plan.' (negation)",
        "'We are considering hosting one in Korea. Nothing has been decided.' (hypothetical)",
        "'a dinner with Korean residents', 'a business forum' (diaspora, companies)",
        "Related articles: Yoon arrives in Ashgabat, Yoon and Tokayev to sign deal, Yoon phone talks with Kishida (furniture)"]),
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
