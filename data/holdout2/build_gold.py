#!/usr/bin/env python3
"""Generate gold.jsonl and manifest.jsonl for the holdout2 corpus.

Run:  python3 data/holdout2/build_gold.py   then   python3 data/holdout2/validate.py
Each article lists its true publication date, whether the manifest hides it, its gold
events, and (for documentation only) the traps it contains that must NOT be extracted.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

# canonical names
ARAGHCHI, GROSSI, ABDELATTY, SISI = "Abbas Araghchi", "Rafael Grossi", "Badr Abdelatty", "Abdel Fattah al-Sisi"
SHAIBANI, DERMER, BARRACK, AOUN = "Asaad al-Shaibani", "Ron Dermer", "Tom Barrack", "Joseph Aoun"
ORTAGUS, JOHNSON, BERRI, MACRON = "Morgan Ortagus", "Lisa Johnson", "Nabih Berri", "Emmanuel Macron"
MBAR, WITKOFF, KUSHNER, KALIN = "Mohammed bin Abdulrahman Al Thani", "Steve Witkoff", "Jared Kushner", "Ibrahim Kalin"
HAYYA, TRUMP, FIDAN, TAMIM = "Khalil al-Hayya", "Donald Trump", "Hakan Fidan", "Tamim bin Hamad Al Thani"
ZEL, FREDERIKSEN, STUBB, MODI, PUTIN = "Volodymyr Zelenskyy", "Mette Frederiksen", "Alexander Stubb", "Narendra Modi", "Vladimir Putin"
MERZ, VANCE, STARMER, MELONI, TUSK = "Friedrich Merz", "JD Vance", "Keir Starmer", "Giorgia Meloni", "Donald Tusk"
VDL, RUTTE, XI, KHURELSUKH, KIM = "Ursula von der Leyen", "Mark Rutte", "Xi Jinping", "Ukhnaagiin Khurelsukh", "Kim Jong Un"
CARNEY, LEBLANC, ANAND, LUTNICK = "Mark Carney", "Dominic LeBlanc", "Anita Anand", "Howard Lutnick"
GREER, SHEINBAUM = "Jamieson Greer", "Claudia Sheinbaum"
COSTA, THOMAS_SYMONDS, SEFCOVIC, MARTIN = "Antonio Costa", "Nick Thomas-Symonds", "Maros Sefcovic", "Micheal Martin"
NAWROCKI, STEINMEIER, SIKORSKI, WADEPHUL = "Karol Nawrocki", "Frank-Walter Steinmeier", "Radoslaw Sikorski", "Johann Wadephul"
BOULOS, KHULAIFI, TSHISEKEDI, KAGAME = "Massad Boulos", "Mohammed bin Abdulaziz Al-Khulaifi", "Felix Tshisekedi", "Paul Kagame"
NATTAPHON, TEA, ANWAR, HUN_MANET, PHUMTHAM = "Nattaphon Narkphanit", "Tea Seiha", "Anwar Ibrahim", "Hun Manet", "Phumtham Wechayachai"
RUBINYAN, KILIC, PASHINYAN, ERDOGAN = "Ruben Rubinyan", "Serdar Kilic", "Nikol Pashinyan", "Recep Tayyip Erdogan"
DRC = "Democratic Republic of the Congo"


def ev(key, kind, status, date, location, participants, groups, evidence, date_end=None):
    e = {"key": key, "kind": kind, "status": status, "date": date}
    if date_end:
        e["date_end"] = date_end
    e.update({"location": location, "participants": participants, "groups": groups,
              "evidence": evidence})
    return e


M, C, OCC, PLN = "meeting", "call", "occurred", "planned"

# shared keys (same real-world event in several articles)
K_CAIRO = "2025-09-09-cairo-abdelatty-araghchi-grossi"
K_BAABDA = "2025-08-25-baabda-aoun-barrack"
K_SHARM = "2025-10-06-sharm-el-sheikh-hamas-israel"
K_ANCHORAGE = "2025-08-15-anchorage-putin-trump"
K_OVAL = "2025-10-07-washington-carney-trump"

ARTICLES = [
    ("001_ir_cairo_grossi_araghchi", "2025-09-09", False, [
        ev(K_CAIRO, M, OCC, "2025-09-09", "Cairo", [ARAGHCHI, GROSSI, ABDELATTY], [],
           "Abbas Araghchi and IAEA Director General Rafael Grossi met in Cairo for talks"),
        ev("2025-09-09-cairo-araghchi-grossi-sisi", M, OCC, "2025-09-09", "Cairo", [SISI, ARAGHCHI, GROSSI], [],
           "President Abdel Fattah al-Sisi received Araghchi and Grossi together at the Ittihadiya palace"),
        ev("2025-09-vienna-iaea-iran", M, PLN, "2025-09", "Vienna", [], ["Iran", "IAEA"],
           "Technical teams from Iran and the agency are scheduled to meet in Vienna next week"),
    ], ["joint news conference", "no plans / would not meet Witkoff", "has met Araghchi several times",
        "could travel to Tehran", "Supreme National Security Council session (internal)", "criticised on social media"]),

    ("002_ir_iaea_analysis", "2025-09-14", True, [
        ev(K_CAIRO, M, OCC, "2025-09-09", "Cairo", [GROSSI, ARAGHCHI], [],
           "Rafael Grossy and Abbas Araghchi put their names to a two-page text in Cairo"),
        ev("2025-09-araghchi-grossi-call", C, OCC, "2025-09", None, [ARAGHCHI, GROSSI], [],
           "Araghchi and Grossi had spoken by phone earlier this month"),
        ev("2025-04-16-tehran-araghchi-grossi", M, OCC, "2025-04-16", "Tehran", [GROSSI, ARAGHCHI], [],
           "Grossi set foot in Tehran was on 16 April, when he held talks with Araghchi"),
        ev("2025-09-new-york-araghchi-grossi", M, PLN, "2025-09", "New York", [GROSSI, ARAGHCHI], [],
           "Grossi and Araghchi are due to meet again on the sidelines"),
    ], ["Pezeshkian declined to receive him", "spoke by phone at least four times (counted)",
        "TV interview: ready to fly 'tomorrow' if invited", "E3 meeting could take place, nothing scheduled"]),

    ("003_me_syria_israel_paris_talks", "2025-08-20", False, [
        ev("2025-08-19-paris-barrack-dermer-shaibani", M, OCC, "2025-08-19", "Paris", [SHAIBANI, DERMER, BARRACK], [],
           "Asaad al-Shaibani met Israeli Strategic Affairs Minister Ron Dermer in Paris on Tuesday"),
        ev("2025-07-24-paris-barrack-dermer-shaibani", M, OCC, "2025-07-24", "Paris", [SHAIBANI, DERMER, BARRACK], [],
           "Shaibani and Dermer first met there on July 24, also with Barrack in the room"),
        ev(K_BAABDA, M, PLN, "2025-08-25", None, [BARRACK, AOUN], [],
           "Barrack is also expected to hold talks with Lebanese President Joseph Aoun on Monday"),
    ], ["Sharaa interview: meeting with Netanyahu 'not on the table'",
        "declined to say whether Netanyahu could meet Sharaa", "Qassem televised speech",
        "RELATED sidebar naming meetings"]),

    ("004_lb_presidency_barrack_readout", "2025-08-25", False, [
        ev(K_BAABDA, M, OCC, "2025-08-25", "Baabda", [AOUN, BARRACK, ORTAGUS, JOHNSON], [],
           "received today at Baabda Palace the US President's Special Envoy Ambassador Tom Barack"),
        ev("2025-08-25-beirut-barrack-berri", M, OCC, "2025-08-25", "Beirut", [BARRACK, ORTAGUS, BERRI], [],
           "Ambassador Barrack and Ms. Ortagus later held talks with Parliament Speaker Nabih Berri"),
        ev("2025-08-24-aoun-macron-call", C, OCC, "2025-08-24", None, [AOUN, MACRON], [],
           "President Aoun held a telephone conversation with President of the French Republic Emmanuel Macron"),
    ], ["no plans for direct negotiations with Israel", "Higher Defence Council (internal)",
        "Cabinet session on Tuesday (internal, planned)"]),

    ("005_me_gaza_talks_live", "2025-10-08", False, [
        ev("2025-10-08-sisi-trump-call", C, OCC, "2025-10-08", None, [SISI, TRUMP], [],
           "Abdel Fattah al-Sisi spoke by phone with US President Donald Trump this afternoon"),
        ev("2025-10-08-sharm-el-sheikh-al-thani-kalin-kushner-witkoff", M, OCC, "2025-10-08", "Sharm el-Sheikh",
           [MBAR, WITKOFF, KUSHNER, KALIN], [],
           "met US envoy Steve Witkoff and Jared Kushner shortly after they landed in Sharm el-Sheikh"),
        ev(K_SHARM, M, OCC, "2025-10-06", "Sharm el-Sheikh", [DERMER, HAYYA],
           ["Israel", "Hamas", "Egypt", "Qatar", "Turkey"],
           "Indirect negotiations between Israel and Hamas in the Red Sea resort of Sharm el-Sheikh"),
    ], ["invitation to a signing ceremony if an agreement is reached", "Truth Social post; 'may' travel",
        "security cabinet will convene (internal)", "no plans for face-to-face meeting",
        "Hamas would not discuss disarmament"]),

    ("006_me_doha_sharm_deal_wire", "2025-10-10", True, [
        ev(K_SHARM, M, OCC, "2025-10-06", "Sharm el-Sheikh", [], ["Israel", "Hamas", "Qatar", "Egypt", "Turkey"],
           "Israeli and Hamas negotiators were held in Sharm el-Sheikh from Oct. 6 to Oct. 9",
           date_end="2025-10-09"),
        ev("2025-10-09-al-thani-fidan-call", C, OCC, "2025-10-09", None, [MBAR, FIDAN], [],
           "spoke by phone with Turkish Foreign Minister Hakan Fidan on Thursday"),
        ev("2025-10-13-sharm-el-sheikh-al-thani-sisi-trump", M, PLN, "2025-10-13", "Sharm el-Sheikh",
           [TRUMP, SISI, TAMIM], [],
           "expected to co-chair a summit on Gaza with Egyptian President Abdel Fattah al-Sisi"),
    ], ["Netanyahu's office declined to say whether he would travel", "Hamas no plans to send a delegation",
        "news conference in Doha", "did not rule out hosting future rounds 'if both parties ask'"]),

    ("007_ua_presidency_calls", "2025-08-12", False, [
        ev("2025-08-12-frederiksen-zelenskyy-call", C, OCC, "2025-08-12", None, [ZEL, FREDERIKSEN], [],
           "Volodymyr Zelenskyy held a telephone conversation with Prime Minister of Denmark Mette Frederiksen"),
        ev("2025-08-12-stubb-zelenskyy-call", C, OCC, "2025-08-12", None, [ZEL, STUBB], [],
           "Volodymyr Zelenskyy spoke by phone with Alexander Stubb this morning"),
        ev("2025-08-11-modi-zelenskyy-call", C, OCC, "2025-08-11", None, [ZEL, MODI], [],
           "Volodymyr Zelenskyy held a phone call with Prime Minister of India Narendra Modi"),
        ev(K_ANCHORAGE, M, PLN, "2025-08-15", None, [TRUMP, PUTIN], [],
           "the meeting between Donald Trump and Vladimir Putin scheduled for Friday"),
    ], ["agreed to stay in close contact", "meeting with Commander-in-Chief Syrskyi (internal)",
        "address to the nation", "possibility of a personal meeting in September (vague)",
        "invited Modi to visit Ukraine (invitation)"]),

    ("008_ua_berlin_merz_zelenskyy_wire", "2025-08-13", False, [
        ev("2025-08-13-berlin-merz-zelenskyy", M, OCC, "2025-08-13", "Berlin", [ZEL, MERZ], [],
           "Volodymyr Zelenskyy met German Chancellor Friedrich Merz at the chancellery in Berlin on Wednesday"),
        ev(K_ANCHORAGE, M, PLN, "2025-08-15", "Anchorage", [TRUMP, PUTIN], [],
           "Trump is due to sit down with Russian President Vladimir Putin in Anchorage, Alaska"),
        ev("2025-08-13-merz-trump-zelenskyy-call", C, OCC, "2025-08-13", None,
           [ZEL, MERZ, TRUMP, VANCE, MACRON, STARMER, MELONI, STUBB, TUSK, VDL, RUTTE], [],
           "The two then joined a video conference with Trump, Vice President JD Vance"),
        ev("2025-08-13-macron-merz-starmer-zelenskyy-call", C, OCC, "2025-08-13", None,
           [MACRON, STARMER, ZEL, MERZ], ["Coalition of the willing"],
           "Macron and Starmer co-chaired a separate call of the so-called coalition of the willing"),
    ], ["joint news conference", "had not been invited to Alaska (negation)",
        "'very good chance' of a second meeting (hypothetical)", "Lavrov: no plans for three-way summit",
        "would report to European partners after Friday (vague)"]),

    ("009_ru_kremlin_beijing_readout", "2025-09-02", True, [
        ev("2025-09-02-beijing-putin-xi", M, OCC, "2025-09-02", "Beijing", [PUTIN, XI], ["Russia", "China"],
           "Vladimir Putin held talks in Beijing with President of the People's Republic of China"),
        ev(K_ANCHORAGE, M, OCC, "2025-08-15", "Anchorage", [PUTIN, TRUMP], [],
           "his meeting with US President Donald Trump in Anchorage on August 15"),
        ev("2025-09-02-beijing-khurelsukh-putin-xi", M, OCC, "2025-09-02", "Beijing", [PUTIN, XI, KHURELSUKH], [],
           "a trilateral meeting of the heads of state of Russia, China and Mongolia took place"),
        ev("2025-09-01-tianjin-modi-putin", M, OCC, "2025-09-01", "Tianjin", [PUTIN, MODI], [],
           "On September 1, in Tianjin, the President held talks with Prime Minister of India"),
        ev("2025-09-03-beijing-kim-putin", M, PLN, "2025-09-03", "Beijing", [PUTIN, KIM], [],
           "Vladimir Putin is scheduled to hold talks in Beijing with Chairman of State Affairs"),
    ], ["will answer questions from journalists (press)", "no meeting with Zelensky being prepared",
        "such a meeting could take place in Moscow (hypothetical)", "SCO summit only as backdrop"]),

    ("010_na_carney_white_house", "2025-10-08", False, [
        ev(K_OVAL, M, OCC, "2025-10-07", "Washington", [CARNEY, TRUMP, LEBLANC, ANAND], [],
           "Prime Minister Mark Carney met U.S. President Donald Trump in the Oval Office on Tuesday"),
        ev("2025-05-06-washington-carney-trump", M, OCC, "2025-05-06", "Washington", [CARNEY, TRUMP], [],
           "The first, on May 6, produced a cordial exchange in which Trump said"),
        ev("2025-06-16-kananaskis-carney-trump", M, OCC, "2025-06", "Kananaskis", [CARNEY, TRUMP], [],
           "The two leaders also held a brief bilateral meeting in June on the sidelines"),
        ev("2025-10-09-washington-leblanc-lutnick", M, PLN, "2025-10-09", "Washington", [LEBLANC, LUTNICK], [],
           "LeBlanc is scheduled to stay in Washington for talks with Commerce Secretary Howard Lutnick"),
    ], ["deal 'could' be done (hypothetical)", "Carney spoke to reporters at the embassy",
        "Ford declined to say whether he would speak with Trump", "cabinet meeting later this week (internal)",
        "RELATED sidebar naming meetings"]),

    ("011_na_carney_repost", "2025-10-10", True, [
        ev(K_OVAL, M, OCC, None, "Washington", [CARNEY, TRUMP], [],
           "Mark Carny's meeting with U.S. President Donald Trump at the White House on Tuesday"),
        ev("2025-10-09-greer-leblanc-call", C, OCC, None, None, [LEBLANC, GREER], [],
           "spoke by phone on Thursday with U.S. Trade Representative Jamieson Greer"),
        ev("2025-09-18-mexico-city-carney-sheinbaum", M, OCC, None, "Mexico City", [CARNEY, SHEINBAUM], [],
           "Carney met Mexican President Claudia Sheinbaum in Mexico City last month"),
    ], ["Truth Social post", "no plans to return to Washington", "Poilievre news conference"]),

    ("012_eu_uk_summit_gallery", "2025-05-20", False, [
        ev("2025-05-19-london-costa-starmer-von-der-leyen", M, OCC, "2025-05-19", "London", [STARMER, VDL, COSTA],
           ["United Kingdom", "European Union"],
           "Britain and the European Union held their first formal summit since Brexit on Monday"),
        ev("2025-05-18-london-sefcovic-thomas-symonds", M, OCC, "2025-05-18", "London", [THOMAS_SYMONDS, SEFCOVIC], [],
           "Nick Thomas-Symonds, the minister for EU relations, meets European Commissioner Maroš Šefčovič in London"),
        ev("2025-05-20-martin-starmer-call", C, OCC, "2025-05-20", None, [STARMER, MARTIN], [],
           "Starmer speaks by phone with Taoiseach Mícheál Martin in Downing Street, 20 May 2025"),
    ], ["closing news conference", "summits every year, no date set (vague)", "Badenoch video on X",
        "ruled out freedom of movement", "cabinet meeting (internal)"]),

    ("013_eu_nawrocki_berlin", "2025-09-17", False, [
        ev("2025-09-16-berlin-merz-nawrocki", M, OCC, "2025-09-16", "Berlin", [NAWROCKI, MERZ], [],
           "Polish President Karol Nawrocki met German Chancellor Friedrich Merz in Berlin on Tuesday"),
        ev("2025-09-16-berlin-nawrocki-steinmeier", M, OCC, "2025-09-16", "Berlin", [NAWROCKI, STEINMEIER], [],
           "Nawrocki was received with military honours by Federal President Frank-Walter Steinmeier at Bellevue Palace"),
        ev("2025-09-15-merz-tusk-call", C, OCC, "2025-09-15", None, [MERZ, TUSK], [],
           "a day after Merz and Prime Minister Donald Tusk spoke by phone"),
        ev("2025-09-11-slubice-sikorski-wadephul", M, OCC, "2025-09", "Slubice", [SIKORSKI, WADEPHUL], [],
           "Radosław Sikorski and Johann Wadephul met last week in the border town of Słubice"),
    ], ["Bild interview", "Merz ruled out reopening reparations", "declined an invitation to meet Tusk",
        "RELATED sidebar naming meetings"]),

    ("014_af_drc_m23_doha", "2025-11-15", False, [
        ev("2025-11-15-doha-drc-m23", M, OCC, "2025-11-15", "Doha", [MBAR, BOULOS], [DRC, "M23"],
           "signed a framework agreement for peace in Doha on Saturday, at a ceremony hosted by"),
        ev("2025-11-10-doha-drc-m23", M, OCC, "2025-11-10", "Doha", [KHULAIFI], [DRC, "M23"],
           "a round of talks in the Qatari capital from Nov. 10 to Nov. 14", date_end="2025-11-14"),
        ev("2025-07-19-doha-drc-m23", M, OCC, "2025-07-19", "Doha", [], [DRC, "M23"],
           "The two sides had signed a declaration of principles in Doha on July 19"),
        ev("2025-12-04-washington-kagame-trump-tshisekedi", M, PLN, "2025-12", "Washington",
           [TSHISEKEDI, KAGAME, TRUMP], [],
           "Tshisekedi and Rwandan President Paul Kagame are expected to meet in Washington in early December"),
    ], ["Kanyuka post on X", "Tshisekedi refused to meet M23 leaders", "ruled out power-sharing",
        "negotiators could return to Doha if (hypothetical)"]),

    ("015_as_thailand_cambodia_gbc", "2025-08-07", False, [
        ev("2025-08-04-kuala-lumpur-narkphanit-tea", M, OCC, "2025-08-04", "Kuala Lumpur", [NATTAPHON, TEA],
           ["Thailand", "Cambodia"],
           "an extraordinary General Border Committee meeting in Kuala Lumpur held from Monday to Thursday",
           date_end="2025-08-07"),
        ev("2025-07-28-putrajaya-anwar-hun-wechayachai", M, OCC, "2025-07-28", "Putrajaya",
           [ANWAR, HUN_MANET, PHUMTHAM], [],
           "Anwar Ibrahim hosted Cambodian Prime Minister Hun Manet and Thailand's acting prime minister Phumtham Wechayachai"),
        ev("2025-08-05-chong-chom-cambodia-thailand", M, OCC, "2025-08-05", "Chong Chom", [],
           ["Thailand", "Cambodia"],
           "regional army commanders from both sides held talks at the Chong Chom border checkpoint"),
    ], ["Phumtham declined to say whether he would meet Hun Manet", "ruled out third-party mediation",
        "Hun Sen Facebook post"]),

    ("016_cau_armenia_turkey_envoys", "2025-09-13", False, [
        ev("2025-09-12-margara-kilic-rubinyan", M, OCC, "2025-09-12", "Margara", [RUBINYAN, KILIC], [],
           "Ruben Rubinyan of Armenia and Serdar Kilic of Turkey, met on Friday at the Margara"),
        ev("2025-06-20-istanbul-erdogan-pashinyan", M, OCC, "2025-06-20", "Istanbul", [PASHINYAN, ERDOGAN], [],
           "trip to Istanbul on June 20, when President Recep Tayyip Erdogan received him"),
        ev("2025-05-16-tirana-erdogan-pashinyan", M, OCC, "2025-05", "Tirana", [PASHINYAN, ERDOGAN], [],
           "The two leaders had also met briefly in May on the sidelines"),
        ev("2025-10-kars-kilic-rubinyan", M, PLN, "2025-10", "Kars", [RUBINYAN, KILIC], [],
           "The envoys agreed to meet again in the Turkish city of Kars in October"),
    ], ["Erdogan could visit Yerevan once (hypothetical)", "no plans to open the land border",
        "Pashinyan told parliament", "Aliyev and Pashinyan met several times (counted)"]),
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
