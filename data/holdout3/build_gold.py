#!/usr/bin/env python3
"""Generate gold.jsonl and manifest.jsonl for the holdout3 corpus.

Run:  python3 data/holdout3/build_gold.py   then   python3 data/eval/validate.py data/holdout3
Each article lists its true publication date, whether the manifest hides it, its gold
events, and (for documentation only) the traps it contains that must NOT be extracted.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

# canonical names
WANG, JAISHANKAR, DOVAL, MODI, XI = "Wang Yi", "Subrahmanyam Jaishankar", "Ajit Doval", "Narendra Modi", "Xi Jinping"
ISHIBA, RUBIO, ANWAR, HASAN = "Shigeru Ishiba", "Marco Rubio", "Anwar Ibrahim", "Mohamad Hasan"
TO_LAM, LUONG_CUONG, PHAM_MINH_CHINH = "To Lam", "Luong Cuong", "Pham Minh Chinh"
ALBANESE, MARAPE, MARLES, JOSEPH = "Anthony Albanese", "James Marape", "Richard Marles", "Billy Joseph"
SHEINBAUM, JOHNSON, DE_LA_FUENTE, HARFUCH = "Claudia Sheinbaum", "Ronald Johnson", "Juan Ramon de la Fuente", "Omar Garcia Harfuch"
TRUMP, NOBOA, TRUDEAU = "Donald Trump", "Daniel Noboa", "Justin Trudeau"
LULA, PETRO, VIEIRA, MURILLO = "Luiz Inacio Lula da Silva", "Gustavo Petro", "Mauro Vieira", "Luis Gilberto Murillo"
AMORIM, MADURO, GONZALEZ, BORIC = "Celso Amorim", "Nicolas Maduro", "Edmundo Gonzalez", "Gabriel Boric"
YOON, KISHIDA, CHO_TY, KAMIKAWA = "Yoon Suk Yeol", "Fumio Kishida", "Cho Tae-yul", "Yoko Kamikawa"
TAKAICHI, LEE, MOTEGI, CHO_HYUN = "Sanae Takaichi", "Lee Jae-myung", "Toshimitsu Motegi", "Cho Hyun"
STARMER, MERZ, MACRON, HEALEY, PISTORIUS = "Keir Starmer", "Friedrich Merz", "Emmanuel Macron", "John Healey", "Boris Pistorius"
TSHISEKEDI, KAGAME, LOURENCO = "Felix Tshisekedi", "Paul Kagame", "Joao Lourenco"
KAYIKWAMBA, NDUHUNGIREHE, ANTONIO = "Therese Kayikwamba Wagner", "Olivier Nduhungirehe", "Tete Antonio"
TAMIM, ASIF, YAQOOB, SHARIF = "Tamim bin Hamad Al Thani", "Khawaja Asif", "Mohammad Yaqoob", "Shehbaz Sharif"
MIRZOYAN, BAYRAMOV, NURTLEU, TOKAYEV, BAERBOCK = "Ararat Mirzoyan", "Jeyhun Bayramov", "Murat Nurtleu", "Kassym-Jomart Tokayev", "Annalena Baerbock"
PERRIELLO, IBN_CHAMBAS = "Tom Perriello", "Mohamed Ibn Chambas"


def ev(key, kind, status, date, location, participants, groups, evidence, date_end=None):
    e = {"key": key, "kind": kind, "status": status, "date": date}
    if date_end:
        e["date_end"] = date_end
    e.update({"location": location, "participants": participants, "groups": groups,
              "evidence": evidence})
    return e


M, C, OCC, PLN = "meeting", "call", "occurred", "planned"

# shared keys (same real-world event in several articles)
K_JAISHANKAR_WANG = "2025-08-18-new-delhi-jaishankar-wang"
K_SR_TALKS = "2025-08-19-new-delhi-doval-wang"
K_MODI_WANG = "2025-08-19-new-delhi-modi-wang"
K_TIANJIN = "2025-08-31-tianjin-modi-xi"
K_PORT_MORESBY = "2025-09-16-port-moresby-albanese-marape"
K_LUANDA_MINISTERS = "2024-12-14-luanda-antonio-kayikwamba-wagner-nduhungirehe"

ARTICLES = [
    ("001_in_cn_wang_yi_delhi_wire", "2025-08-18", False, [
        ev(K_JAISHANKAR_WANG, M, OCC, "2025-08-18", "New Delhi", [WANG, JAISHANKAR], [],
           "Wang held talks with External Affairs Minister S. Jaishankar at Hyderabad House on Monday afternoon"),
        ev(K_SR_TALKS, M, PLN, "2025-08-19", "New Delhi", [WANG, DOVAL], [],
           "Wang will hold the 24th round of Special Representatives talks on the boundary question"),
        ev(K_MODI_WANG, M, PLN, "2025-08-19", "New Delhi", [WANG, MODI], [],
           "He is also scheduled to call on Prime Minister Narendra Modi at his residence"),
        ev("2024-12-18-beijing-doval-wang", M, OCC, "2024-12", "Beijing", [DOVAL, WANG], [],
           "Doval and Wang last held the talks in Beijing in December"),
        ev("2024-10-23-kazan-modi-xi", M, OCC, "2024-10", "Kazan", [MODI, XI], [],
           "Modi and Chinese President Xi Jinping met in the Russian city of Kazan in October"),
    ], ["Jaishankar's televised opening remarks", "SR mechanism 'has met 23 times since 2003' (counted)",
        "Modi expected to travel to Tianjin (visit, no encounter stated)",
        "officials declined to say whether Modi would meet Xi in Tianjin",
        "military commanders 'more than 20 rounds of talks' (counted)",
        "Jaishankar travelled to Beijing for an SCO gathering (visit / backdrop, no encounter stated)",
        "'Related coverage' sidebar naming meetings (India-US negotiators, Wang-Dar in Kabul)"]),

    ("002_in_cn_boundary_regional", "2025-08-20", False, [
        ev(K_SR_TALKS, M, OCC, "2025-08-19", "New Delhi", [DOVAL, WANG], [],
           "National Security Adviser Ajit Dovel and Chinese Foreign Minister Wang Yi held the 24th round"),
        ev(K_MODI_WANG, M, OCC, "2025-08-19", "New Delhi", [MODI, WANG], [],
           "Later on Tuesday, Prime Minister Narendra Modi received Wang at his official residence"),
        ev(K_JAISHANKAR_WANG, M, OCC, "2025-08-18", "New Delhi", [WANG, JAISHANKAR], [],
           "opened his visit on Monday with a meeting with External Affairs Minister S. Jaishankar"),
        ev("2025-07-14-beijing-jaishankar-wang", M, OCC, "2025-07-14", "Beijing", [JAISHANKAR, WANG], [],
           "Jaishankar met Wang in Beijing on July 14"),
        ev("2025-07-23-new-delhi-china-india", M, OCC, "2025-07-23", "New Delhi", [], ["India", "China"],
           "diplomats of the two countries, who met in New Delhi on July 23"),
        ev(K_TIANJIN, M, PLN, "2025-08-31", "Tianjin", [MODI, XI], [],
           "Modi will hold talks with President Xi Jinping on August 31 on the sidelines"),
    ], ["'second meeting of the two ministers in just over a month' (counted, not a new event)",
        "Misri told reporters (briefing)", "'Modi's first visit to China since 2018' (no occasion)",
        "agreed to meet again, without fixing a date (vague)", "Congress spokesperson's press conference",
        "'Related' sidebar (Jaishankar-Lavrov, Goyal to meet trade envoys)", "'Most read' sidebar"]),

    ("003_cn_in_tianjin_brief", "2025-08-31", True, [
        ev(K_TIANJIN, M, OCC, "2025-08-31", "Tianjin", [MODI, XI], [],
           "Prime Minister Narendra Modi held talks with Chinese President Xi Jinping on Sunday"),
        ev("2025-08-29-tokyo-ishiba-modi", M, OCC, "2025-08-29", "Tokyo", [MODI, ISHIBA], [],
           "he had held the annual India-Japan summit with Prime Minister Shigeru Ishiba on Friday"),
        ev("2018-04-27-wuhan-modi-xi", M, OCC, "2018-04", "Wuhan", [MODI, XI], [],
           "an informal summit with Xi in Wuhan in April 2018"),
    ], ["SCO summit only a backdrop ('on the sidelines of')", "no joint statement, neither leader took questions",
        "weighing a visit by Xi to India for BRICS next year, nothing decided (vague)",
        "'Latest news' sidebar (Putin-Modi car ride, Erdogan meets Aliyev)"]),

    ("004_asean_amm_rubio_wang", "2025-07-11", False, [
        ev("2025-07-11-kuala-lumpur-rubio-wang", M, OCC, "2025-07-11", "Kuala Lumpur", [RUBIO, WANG], [],
           "Marco Rubio and Chinese Foreign Minister Wang Yi met on Friday on the sidelines"),
        ev("2025-01-24-rubio-wang-call", C, OCC, "2025-01", None, [RUBIO, WANG], [],
           "The two had spoken by phone in January, days after Rubio was sworn in"),
        ev("2025-07-10-putrajaya-anwar-rubio", M, OCC, "2025-07-10", "Putrajaya", [RUBIO, ANWAR], [],
           "met Prime Minister Datuk Seri Anwar Ibrahim in Putrajaya the same evening"),
        ev("2025-07-08-kuala-lumpur-hasan", M, OCC, "2025-07-08", "Kuala Lumpur", [HASAN], ["ASEAN"],
           "The bloc's foreign ministers met at the Kuala Lumpur Convention Centre from Tuesday to Friday",
           date_end="2025-07-11"),
    ], ["Rubio told reporters", "'strong likelihood' Trump and Xi meet 'at some point' (hypothetical)",
        "Rubio-Maris meeting postponed (did not happen)", "ASEAN-China 'several rounds' since 2002 (counted)",
        "joint communique", "'Read more' sidebar (Wang-Sugiono, Lavrov-Rubio)"]),

    ("005_vn_cn_xi_hanoi_vna", "2025-04-14", False, [
        ev("2025-04-14-hanoi-lam-xi", M, OCC, "2025-04-14", "Hanoi", [TO_LAM, XI], [],
           "Xi Jinping in Ha Noi on the afternoon of April 14"),
        ev("2024-08-19-beijing-lam-xi", M, OCC, "2024-08", "Beijing", [TO_LAM, XI], [],
           "the talks between the two General Secretaries held in Beijing in August 2024"),
        ev("2025-04-15-hanoi-cuong-xi", M, PLN, "2025-04-15", "Hanoi", [XI, LUONG_CUONG], [],
           "hold separate meetings with State President Luong Cuong and Prime Minister Pham Minh Chinh"),
        ev("2025-04-15-hanoi-chinh-xi", M, PLN, "2025-04-15", "Hanoi", [XI, PHAM_MINH_CHINH], [],
           "hold separate meetings with State President Luong Cuong and Prime Minister Pham Minh Chinh"),
    ], ["'fourth visit to Viet Nam by Xi' (counted)", "witnessed the exchange of documents (part of the talks)",
        "leaving Ha Noi for Malaysia and Cambodia (visits, no encounter)",
        "agreed to maintain regular exchanges (vague)", "article in Nhan Dan newspaper",
        "'Related news' sidebar (Chinh receives ambassador, Man meets Lao counterpart)"]),

    ("006_pg_au_treaty_postponed_wire", "2025-09-17", False, [
        ev(K_PORT_MORESBY, M, OCC, "2025-09-16", "Port Moresby", [ALBANESE, MARAPE], [],
           "met his counterpart James Marape at Parliament House on Tuesday"),
        ev("2025-09-14-albanese-marape-call", C, OCC, "2025-09-14", None, [ALBANESE, MARAPE], [],
           "He had spoken by phone with Marape on Sunday, before flying north"),
    ], ["treaty signing postponed / ceremony called off (did not happen)", "PNG cabinet meeting (internal)",
        "Marape told reporters", "China 'several rounds of talks' with PNG (counted)",
        "Marles expected to travel to Port Moresby next month (visit, no encounter stated)",
        "Pacific leaders attended the jubilee parade (ceremony, not a meeting)",
        "'RELATED' sidebar (Marape meets Albanese ...)"]),

    ("007_pg_au_pukpuk_canberra", "2025-10-07", False, [
        ev("2025-10-06-canberra-albanese-marape", M, OCC, "2025-10-06", "Canberra", [MARAPE, ALBANESE], [],
           "signed the Pukpuk Mutual Defence Treaty at Parliament House in Canberra on Monday"),
        ev(K_PORT_MORESBY, M, OCC, "2025-09", "Port Moresby", [MARAPE, ALBANESE], [],
           "The two leaders had met in Port Moresby last month"),
        ev("2025-10-05-canberra-joseph-marles", M, OCC, "2025-10-05", "Canberra", [MARLES, JOSEPH], [],
           "Defence Minister Richard Marles hosted his PNG counterpart, Billy Joseph, for dinner in Canberra"),
    ], ["the signing planned in Port Moresby was postponed (did not happen)", "news conference after the ceremony",
        "ratification by PNG's parliament (internal)", "similar agreements with Tuvalu and Nauru (no occasion)",
        "'would be open to talks' with other Pacific states (hypothetical)", "'Most read' sidebar (Rabuka meets Luxon)"]),

    ("008_mx_us_rubio_sre_release", "2025-09-03", True, [
        ev("2025-09-03-mexico-city-johnson-rubio-sheinbaum", M, OCC, "2025-09-03", "Mexico City",
           [SHEINBAUM, RUBIO, JOHNSON], [],
           "received this day at the National Palace the Secretary of State of the United States"),
        ev("2025-09-03-mexico-city-de-la-fuente-garcia-harfuch-rubio", M, OCC, "2025-09-03", "Mexico City",
           [DE_LA_FUENTE, RUBIO, HARFUCH], ["Mexico", "United States"],
           "held a working meeting with Secretary Rubio at the headquarters of the Secretariat"),
        ev("2025-07-31-sheinbaum-trump-call", C, OCC, "2025-07-31", None, [SHEINBAUM, TRUMP], [],
           "the telephone conversation sustained on 31 July by President Sheinbaum and President Donald Trump"),
        ev("2025-09-04-quito-noboa-rubio", M, PLN, "2025-09-04", "Quito", [RUBIO, NOBOA], [],
           "he will be received tomorrow by President Daniel Noboa in Quito"),
    ], ["Implementation Group 'will meet periodically' (vague)",
        "meeting between the two Presidents 'was not discussed' (negation)",
        "de la Fuente reiterated / underlined (statements)"]),

    ("009_mx_us_tariff_live", "2025-02-03", False, [
        ev("2025-02-03-sheinbaum-trump-call", C, OCC, "2025-02-03", None, [SHEINBAUM, TRUMP], [],
           "Claudia Sheinbaum says she spoke by phone with Trump this morning"),
        ev("2025-02-03-trudeau-trump-call", C, OCC, "2025-02-03", None, [TRUDEAU, TRUMP], [],
           "Justin Trudeau says he had \"a good call\" with President Trump this afternoon"),
        ev("2025-02-01-sheinbaum-trudeau-call", C, OCC, "2025-02-01", None, [TRUDEAU, SHEINBAUM], [],
           "Trudeau and Sheinbaum spoke by phone on Saturday"),
        ev("2025-02-washington-mexico-united-states", M, PLN, "2025-02", "Washington", [],
           ["Mexico", "United States"],
           "security teams from both countries will meet in Washington later this week"),
    ], ["posts on X (Trudeau, Sheinbaum)", "Trump 'probably' to speak with Xi, no call scheduled (hypothetical)",
        "Trump tells reporters in the Oval Office", "Sheinbaum's morning news conference",
        "might meet Trump in person 'at some point' (vague)", "Ebrard will handle the trade file (no occasion)",
        "'Related stories' sidebar (Sheinbaum to meet Trump at White House)"]),

    ("010_br_ve_lula_gamble_analysis", "2024-08-16", False, [
        ev("2024-08-15-lula-petro-call", C, OCC, "2024-08-15", None, [LULA, PETRO], [],
           "On Thursday, Lula spoke by phone with Colombian President Gustavo Petro"),
        ev("2024-08-12-murillo-vieira-call", C, OCC, "2024-08-12", None, [VIEIRA, MURILLO], [],
           "Mauro Vieira and Luis Gilberto Murillo, had compared notes in a video call"),
        ev("2024-07-29-caracas-amorim-maduro", M, OCC, "2024-07-29", "Caracas", [AMORIM, MADURO], [],
           "on 29 July, held a meeting with Maduro at the Miraflores palace"),
        ev("2024-07-29-caracas-amorim-gonzalez", M, OCC, "2024-07-29", "Caracas", [AMORIM, GONZALEZ], [],
           "The same day he met separately with the opposition candidate, Edmundo González"),
    ], ["Lula radio interview", "Lula's proposal of new elections dismissed by Maduro (rejected proposal)",
        "Lula 'would be willing to speak with Maduro' if (hypothetical)",
        "Lula and Maduro 'have not spoken since the election' (negation)",
        "joint call of the three leaders 'never took place'", "Amorim to brief the Senate committee (domestic)",
        "'Read also' sidebar (Petro-Maduro border meeting)"]),

    ("011_br_cn_lula_beijing_planalto", "2025-05-13", False, [
        ev("2025-05-13-beijing-lula-xi", M, OCC, "2025-05-13", "Beijing", [LULA, XI], [],
           "Xi Jinping, at the Great Hall of the People, in Beijing, this Tuesday, 13th"),
        ev("2025-05-13-beijing-boric-lula-petro-xi", M, OCC, "2025-05-13", "Beijing", [LULA, XI, PETRO, BORIC],
           ["China-CELAC Forum"],
           "took part in the opening session of the Fourth Ministerial Meeting of the China-CELAC Forum"),
        ev("2024-11-20-brasilia-lula-xi", M, OCC, "2024-11", "Brasilia", [LULA, XI], [],
           "Lula hosted the Chinese leader at the Alvorada Palace, in Brasília, in November 2024"),
    ], ["'third encounter ... in less than a year' (counted)", "signing of 20 instruments (part of the meeting)",
        "invitation to COP30 not confirmed", "intends to speak by telephone with Putin (vague intention)",
        "delegation returns to Brasilia (travel)", "'Related news' sidebar (Lula meets business leaders)"]),

    ("012_kr_jp_yoon_kishida_seoul", "2024-09-07", False, [
        ev("2024-09-06-seoul-kishida-yoon", M, OCC, "2024-09-06", "Seoul", [YOON, KISHIDA], [],
           "Fumio Kishida held a summit at the presidential office in Seoul on Friday"),
        ev("2023-03-16-tokyo-kishida-yoon", M, OCC, "2023-03", "Tokyo", [YOON, KISHIDA], [],
           "March last year, when Yoon traveled to Tokyo for talks with Kishida"),
        ev("2024-09-04-cho-kamikawa-call", C, OCC, "2024-09-04", None, [CHO_TY, KAMIKAWA], [],
           "Foreign Minister Cho Tae-yul and his Japanese counterpart Yoko Kamikawa spoke by phone"),
    ], ["dinner with their wives after the talks (same event)", "'12th summit' (counted)",
        "joint press conference", "remark made last year (statement)",
        "hoped to continue shuttle diplomacy with the successor (vague)", "LDP leadership race (domestic)",
        "'Related articles' / 'Most Viewed' sidebars (Cho meets Blinken)"]),

    ("013_jp_kr_nara_summit", "2026-01-14", True, [
        ev("2026-01-13-nara-lee-takaichi", M, OCC, "2026-01-13", "Nara", [TAKAICHI, LEE], [],
           "Takaichi hosted South Korean President Lee Jae-myung in her home prefecture of Nara on Tuesday"),
        ev("2026-01-13-nara-cho-motegi", M, OCC, "2026-01-13", "Nara", [MOTEGI, CHO_HYUN], [],
           "Foreign Minister Toshimitsu Motegy met his South Korean counterpart, Cho Hyun, at the same hotel"),
        ev("2026-01-05-beijing-lee-xi", M, OCC, "2026-01", "Beijing", [LEE, XI], [],
           "Lee traveled to Beijing earlier this month for a summit with Chinese President Xi Jinping"),
    ], ["temple tour and dinner after the talks (same event)", "reciprocal visits, no date set (vague)",
        "Beijing 'has refused to hold a leaders' meeting with Tokyo' (negation)", "Lee told reporters",
        "Lee to visit Horyuji temple on Wednesday (visit, no encounter)",
        "'RELATED' sidebar (Takaichi-Trump phone talks)"]),

    ("014_uk_de_kensington_treaty", "2025-07-18", False, [
        ev("2025-07-17-london-merz-starmer", M, OCC, "2025-07-17", "London", [STARMER, MERZ], [],
           "Keir Starmer and the German chancellor, Friedrich Merz, signed a friendship and bilateral co-operation treaty"),
        ev("2025-07-10-northwood-macron-starmer", M, OCC, "2025-07-10", "Northwood", [MACRON, STARMER], [],
           "Starmer held a UK-France summit at the Northwood military headquarters on July 10"),
        ev("2024-10-23-london-healey-pistorius", M, OCC, "2024-10", "London", [HEALEY, PISTORIUS], [],
           "a defence agreement signed in London last October by the two defence ministers"),
    ], ["joint press conference", "Badenoch criticism (statement)",
        "second EU-UK summit next year, no date or venue (vague)", "cabinet discussion on Tuesday (internal)",
        "Macron's state visit as such (the summit is the event)",
        "'Related stories' sidebar (Merz meets King Charles)", "'Most popular' sidebar"]),

    ("015_af_luanda_summit_preview", "2024-12-12", False, [
        ev("2024-12-15-luanda-kagame-lourenco-tshisekedi", M, PLN, "2024-12-15", "Luanda",
           [TSHISEKEDI, KAGAME, LOURENCO], [],
           "Paul Kagame are scheduled to meet in Luanda on Sunday at a summit hosted by"),
        ev(K_LUANDA_MINISTERS, M, PLN, "2024-12-14", "Luanda", [KAYIKWAMBA, NDUHUNGIREHE, ANTONIO], [],
           "Olivier Nduhungirahe of Rwanda will meet in the Angolan capital on Saturday"),
        ev("2024-11-25-luanda-kayikwamba-wagner-nduhungirehe", M, OCC, "2024-11-25", "Luanda",
           [KAYIKWAMBA, NDUHUNGIREHE], [],
           "The ministers last met in Luanda on November 25"),
    ], ["'first between the two leaders in almost a year' (no occasion)",
        "Tshisekedi refused to negotiate directly with M23 (negation)", "Rwandan government statement",
        "'Both presidents have gone to Luanda before' (habitual)",
        "EAC and SADC 'could try a joint initiative' (hypothetical)", "'Related' sidebar (Nduhungirehe meets adviser)"]),

    ("016_af_luanda_cancelled_wire", "2024-12-15", False, [
        ev("2024-12-15-luanda-lourenco-tshisekedi", M, OCC, "2024-12-15", "Luanda", [LOURENCO, TSHISEKEDI], [],
           "Joao Lourenco met Congolese President Felix Tshisekedi, who had arrived in Luanda on Saturday night"),
        ev(K_LUANDA_MINISTERS, M, OCC, "2024-12-14", "Luanda", [KAYIKWAMBA, NDUHUNGIREHE, ANTONIO], [],
           "Therese Kayikwamba Wagner and Olivier Nduhungirehe, held talks in Luanda on Saturday"),
        ev("2024-12-14-kagame-lourenco-call", C, OCC, "2024-12-14", None, [KAGAME, LOURENCO], [],
           "Kagame spoke by phone with Lourenco on Saturday evening to say he would not attend"),
        ev("2022-07-06-luanda-kagame-lourenco-tshisekedi", M, OCC, "2022-07", "Luanda",
           [LOURENCO, TSHISEKEDI, KAGAME], [],
           "brought them together in Luanda in July 2022"),
    ], ["the Tshisekedi-Kagame summit was cancelled (did not happen)", "Kagame did not travel (negation)",
        "Congo's presidency statement", "'hosted the two leaders separately several times' (counted)",
        "no new date was set", "'Related coverage' sidebar (set to meet in Luanda)"]),

    ("017_qa_doha_kagame_tshisekedi", "2025-03-19", False, [
        ev("2025-03-18-doha-al-thani-kagame-tshisekedi", M, OCC, "2025-03-18", "Doha", [TAMIM, TSHISEKEDI, KAGAME], [],
           "hosted a tripartite meeting in Doha on Tuesday with President Felix Tshisekedi"),
        ev("2025-03-al-thani-kagame-call", C, OCC, "2025-03", None, [TAMIM, KAGAME], [],
           "the Amir separately spoke by phone with President Kagame and President Tshisekedi"),
        ev("2025-03-al-thani-tshisekedi-call", C, OCC, "2025-03", None, [TAMIM, TSHISEKEDI], [],
           "the Amir separately spoke by phone with President Kagame and President Tshisekedi"),
    ], ["joint statement", "'first time ... met in person since' January (no occasion)",
        "Luanda summit in December collapsed (did not happen)",
        "Kinshasa-M23 talks in Luanda called off (did not happen)",
        "Al-Khulaifi 'has maintained contacts' (vague)", "minerals talks not announced (negation)",
        "'MOST READ' sidebar (Amir receives phone call)"]),

    ("018_pk_af_doha_ceasefire_wire", "2025-10-19", True, [
        ev("2025-10-18-doha-asif-yaqoob", M, OCC, None, "Doha", [ASIF, YAQOOB],
           ["Pakistan", "Afghanistan", "Qatar", "Turkey"],
           "ceasefire early on Sunday after talks in Doha mediated by Qatar and Turkey"),
        ev("2025-10-25-istanbul-afghanistan-pakistan", M, PLN, None, "Istanbul", [], ["Pakistan", "Afghanistan"],
           "The two sides will meet again in Istanbul on Oct. 25"),
        ev("2025-10-19-al-thani-sharif-call", C, OCC, None, None, [SHARIF, TAMIM], [],
           "Sheikh Tamim bin Hamad Al Thani, in a phone call on Sunday"),
    ], ["dateline without a year and null manifest: every date is null",
        "48-hour truce agreed on Wednesday (not a meeting)", "Asif wrote on X",
        "Pakistan has ruled out talks with the TTP (negation)",
        "Muttaqi's week-long visit to India (visit, no encounter stated)",
        "'Related coverage' sidebar (Muttaqi meets Jaishankar)"]),

    ("019_am_az_almaty_talks", "2024-05-11", False, [
        ev("2024-05-10-almaty-bayramov-mirzoyan-nurtleu", M, OCC, "2024-05-10", "Almaty",
           [MIRZOYAN, BAYRAMOV, NURTLEU], ["Armenia", "Azerbaijan"],
           "The talks, held on May 10-11 at a government residence in the city",
           date_end="2024-05-11"),
        ev("2024-05-10-almaty-bayramov-mirzoyan-tokayev", M, OCC, "2024-05-10", "Almaty",
           [TOKAYEV, MIRZOYAN, BAYRAMOV], [],
           "President Kassym-Jomart Tokayev received both ministers at the Akorda's Almaty residence"),
        ev("2024-02-28-berlin-baerbock-bayramov-mirzoyan", M, OCC, "2024-02", "Berlin",
           [MIRZOYAN, BAYRAMOV, BAERBOCK], [],
           "The previous round between Mirzoyan and Bayramov took place in Berlin in late February"),
    ], ["joint statement; agreed to continue negotiations, no date (vague)",
        "border commissions 'have met several times this year' (counted)",
        "Pashinyan and Aliyev 'have met several times' (counted)",
        "Pashinyan ready to meet Aliyev 'anywhere' (hypothetical)",
        "Kazakhstan 'would be ready to host' a summit (hypothetical)", "'Related news' sidebar"]),

    ("020_sd_geneva_talks_analysis", "2024-08-23", False, [
        ev("2024-08-14-geneva-perriello", M, OCC, "2024-08-14", "Geneva", [PERRIELLO],
           ["Rapid Support Forces", "United States", "Saudi Arabia", "Switzerland", "African Union",
            "United Nations", "Egypt", "United Arab Emirates"],
           "The talks, which opened in Geneva on August 14, brought together an RSF delegation",
           date_end="2024-08-23"),
        ev("2024-08-10-jeddah-sudan-united-states", M, OCC, "2024-08-10", "Jeddah", [], ["Sudan", "United States"],
           "consultations with US officials in Jeddah on August 10 and 11", date_end="2024-08-11"),
        ev("2024-07-10-addis-ababa-ibn-chambas", M, OCC, "2024-07-10", "Addis Ababa", [IBN_CHAMBAS],
           ["African Union", "Taqaddum"],
           "representatives of the civilian Taqaddum coalition in Addis Ababa from July 10 to 15",
           date_end="2024-07-15"),
    ], ["the army did not send a delegation (negation)", "Perriello press conference",
        "willing to meet Burhan in Port Sudan 'if' (hypothetical); no trip planned",
        "'several rounds of talks in Jeddah and Manama' (counted)",
        "mediators to meet again, no date or place (vague)",
        "'Related stories' sidebar (Egypt hosts Sudanese civilians)"]),
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
