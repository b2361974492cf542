#!/usr/bin/env python3
"""Generate gold.jsonl and manifest.jsonl for the holdout14 corpus.

Run:  python3 data/holdout14/build_gold.py   then   python3 data/eval/validate.py data/holdout14
Each article lists its true publication date, whether the manifest hides it, its gold
events, and (for documentation only) the non-events it contains that must NOT be extracted.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

# canonical names
PUTIN, ALIYEV, LAVROV, BAYRAMOV, RAHMON = ("Vladimir Putin", "Ilham Aliyev", "Sergey Lavrov", "Jeyhun Bayramov",
                                           "Emomali Rahmon")
STARMER, MODI, KYLE, GOYAL = "Keir Starmer", "Narendra Modi", "Peter Kyle", "Piyush Goyal"
BIDEN, BOLSONARO, TRUDEAU, HARRIS, GIAMMATTEI = ("Joe Biden", "Jair Bolsonaro", "Justin Trudeau", "Kamala Harris",
                                                 "Alejandro Giammattei")
AMLO, DIAZ_CANEL, BRICENO, PORTAL, ALCOCER = ("Andres Manuel Lopez Obrador", "Miguel Diaz-Canel", "John Briceno",
                                              "Jose Angel Portal Miranda", "Jorge Alcocer")
MELONI, SUNAK, RAMA, COOPER, PIANTEDOSI, ORBAN = ("Giorgia Meloni", "Rishi Sunak", "Edi Rama", "Yvette Cooper",
                                                  "Matteo Piantedosi", "Viktor Orban")
WANG_YI, BAINIMARAMA, SOGAVARE, WONG, FIAME = ("Wang Yi", "Frank Bainimarama", "Manasseh Sogavare", "Penny Wong",
                                               "Fiame Naomi Mata'afa")
LULA, LI_QIANG, NANDI = "Luiz Inacio Lula da Silva", "Li Qiang", "Netumbo Nandi-Ndaitwah"
TRUMP, OLIGUI, EMBALO, BOAKAI, GHAZOUANI, FAYE = ("Donald Trump", "Brice Oligui Nguema", "Umaro Sissoco Embalo",
                                                  "Joseph Boakai", "Mohamed Ould Ghazouani", "Bassirou Diomaye Faye")
COSTA, VDL, ISHIBA = "Antonio Costa", "Ursula von der Leyen", "Shigeru Ishiba"
MICHEL, METSOLA, AZALI, FAKI, MATTARELLA = ("Charles Michel", "Roberta Metsola", "Azali Assoumani",
                                            "Moussa Faki Mahamat", "Sergio Mattarella")
TEBBOUNE, SAIED, RUTTE = "Abdelmadjid Tebboune", "Kais Saied", "Mark Rutte"
MARCOS, KISHIDA, TEODORO, AUSTIN, KIHARA, MARLES = ("Ferdinand Marcos Jr.", "Fumio Kishida", "Gilberto Teodoro",
                                                    "Lloyd Austin", "Minoru Kihara", "Richard Marles")
TOKAYEV, MIRZIYOYEV, JAPAROV, BERDIMUHAMEDOV, LUTNICK = ("Kassym-Jomart Tokayev", "Shavkat Mirziyoyev",
                                                         "Sadyr Japarov", "Serdar Berdimuhamedov", "Howard Lutnick")
TINUBU, ALI = "Bola Tinubu", "Irfaan Ali"
HUN_MANET, XI, SIHAMONI, HUN_SEN = "Hun Manet", "Xi Jinping", "Norodom Sihamoni", "Hun Sen"
RUBIO, NOBOA, SOMMERFELD, SHEINBAUM = "Marco Rubio", "Daniel Noboa", "Gabriela Sommerfeld", "Claudia Sheinbaum"
SHARIF, MUNIR, DAR, AURANGZEB, GEORGIEVA = ("Shehbaz Sharif", "Asim Munir", "Ishaq Dar", "Muhammad Aurangzeb",
                                            "Kristalina Georgieva")
KOBAKHIDZE, IVANISHVILI = "Irakli Kobakhidze", "Bidzina Ivanishvili"

# groups
CIS, SOA, CARICOM, EPC, BRICS, C5 = ("Commonwealth of Independent States", "Summit of the Americas", "CARICOM",
                                     "European Political Community", "BRICS", "C5+1")
CHINA, PIC = "China", "Pacific Island Countries"
ITALY_AFRICA = "Italy-Africa Summit"
EC, US, IN = "Ecuador", "United States", "India"


def ev(key, kind, status, date, location, participants, groups, evidence, date_end=None):
    e = {"key": key, "kind": kind, "status": status, "date": date}
    if date_end:
        e["date_end"] = date_end
    e.update({"location": location, "participants": participants, "groups": groups,
              "evidence": evidence})
    return e


M, C, OCC, PLN = "meeting", "call", "occurred", "planned"

# shared keys (same real-world event in several articles)
K_RIO_MODI_STARMER = "2024-11-18-rio-de-janeiro-modi-starmer"      # 001 (occurred, month), 010 (planned)
K_SOA = "2022-06-09-los-angeles-summit-of-the-americas"             # 002 (occurred, multi-day), 003 (planned, month)
K_EPC_BUDAPEST = "2024-11-07-budapest-european-political-community"  # 004 and 014 (both planned)

ARTICLES = [
    # Thursday wire, dateline "DUSHANBE, Oct 9". "on Thursday" = publication day; "last December" -> 2024;
    # "a telephone call on Dec. 28" -> 2024-12-28; "on Wednesday" -> 10-08; "in August 2024" -> 2024-08
    # (real talks 19 Aug); "Friday's summit" -> 10-10 (planned, Rahmon hosts, both leaders expected).
    # Name variant: "Sergei Lavrov" -> Sergey Lavrov. Aliyev's December trip to St Petersburg was aborted (travel).
    ("000_az_ru_putin_aliyev_dushanbe_wire", "2025-10-09", False, [
        ev("2025-10-09-dushanbe-aliyev-putin", M, OCC, "2025-10-09", "Dushanbe", [PUTIN, ALIYEV], [],
           "The two presidents held talks at a state residence in the Tajik capital"),
        ev("2024-12-28-aliyev-putin-call", C, OCC, "2024-12-28", None, [PUTIN, ALIYEV], [],
           "Putin had already apologised to Aliyev in a telephone call on Dec. 28"),
        ev("2025-10-08-dushanbe-bayramov-lavrov", M, OCC, "2025-10-08", "Dushanbe", [LAVROV, BAYRAMOV], [],
           "Sergei Lavrov and Jeyhun Bayramov, met in Dushanbe on Wednesday to prepare the talks"),
        ev("2024-08-19-baku-aliyev-putin", M, OCC, "2024-08", "Baku", [ALIYEV, PUTIN], [],
           "when Aliyev received him in Baku for a two-day state visit"),
        ev("2025-10-10-dushanbe-commonwealth-of-independent-states", M, PLN, "2025-10-10", "Dushanbe",
           [PUTIN, ALIYEV, RAHMON], [CIS],
           "Both leaders are expected at Friday's summit of the Commonwealth of Independent States"),
    ], ["'on his way to St Petersburg when the news broke, turned his plane around and flew home' (travel)",
        "'Aliyev stayed away from the Victory Day parade in Moscow in May' (negation)",
        "'police raids in Yekaterinburg' (not diplomatic)",
        "'The two men have met dozens of times over the past two decades' (counted)",
        "Ushakov 'told reporters'; a visit to Moscow 'could be discussed' (press; hypothetical)",
        "Related news: 'Aliyev, Pashinyan meet ... in Copenhagen', 'Lavrov holds talks with Turkish counterpart', "
        "'Russia and Azerbaijan to convene intergovernmental commission', 'Tokayev receives Azerbaijani foreign "
        "minister' (furniture)"]),

    # Thursday readout, "Published 9 October 2025". "today" = publication day (Raj Bhavan -> Mumbai);
    # "24 July" -> 2025-07-24, location only "the United Kingdom" (real venue Chequers, kept in the key);
    # "phone call of 6 May" -> 2025-05-06; "in November last year" -> 2024-11 (Rio, shared with 010);
    # "next month" -> 2025-11 (planned, London).
    ("001_uk_in_starmer_modi_mumbai_readout", "2025-10-09", False, [
        ev("2025-10-09-mumbai-modi-starmer", M, OCC, "2025-10-09", "Mumbai", [STARMER, MODI], [],
           "Prime Minister Keir Starmer met Prime Minister Narendra Modi at Raj Bhavan in Mumbai today"),
        ev("2025-07-24-chequers-modi-starmer", M, OCC, "2025-07-24", "United Kingdom", [STARMER, MODI], [],
           "since they met in the United Kingdom on 24 July and signed"),
        ev("2025-05-06-modi-starmer-call", C, OCC, "2025-05-06", None, [STARMER, MODI], [],
           "The Prime Minister recalled their phone call of 6 May"),
        ev(K_RIO_MODI_STARMER, M, OCC, "2024-11", "Rio de Janeiro", [STARMER, MODI], [],
           "in Rio de Janeiro in November last year that the two leaders had first met"),
        ev("2025-11-london-goyal-kyle", M, PLN, "2025-11", "London", [KYLE, GOYAL], [],
           "Peter Kyle, would host India's Commerce and Industry Minister, Piyush Goyal, in London next month"),
    ], ["'both leaders addressed the Global Fintech Fest' (speeches)",
        "'the leaders agreed to stay in close contact' (vague)",
        "'nine UK universities will open campuses in India' (announcement)",
        "Related content: 'PM call with Prime Minister Modi of India: 6 May 2025', 'PM meeting with Prime Minister "
        "Modi at Chequers: 24 July 2025', 'PM arrives in Mumbai', 'Foreign Secretary meets Indian External Affairs "
        "Minister in London' (furniture)"]),

    # Manifest null: live blog header "Thursday 9 June 2022" (entries timestamped PT).
    # Leaders' segment "opened" on Thursday, "runs until Friday" -> 06-09..06-10 (under way: occurred).
    # Biden-Bolsonaro and Biden-Trudeau on the same day; Harris-CARICOM "later today" -> planned 06-09
    # ("here in Los Angeles"). "a year ago this week" -> 2021-06 (Harris in Guatemala City, real date 7 June).
    ("002_americas_summit_los_angeles_liveblog", "2022-06-09", True, [
        ev(K_SOA, M, OCC, "2022-06-09", "Los Angeles", [BIDEN], [SOA],
           "opened the leaders' segment of the Ninth Summit of the Americas, which runs until Friday",
           date_end="2022-06-10"),
        ev("2022-06-09-los-angeles-biden-bolsonaro", M, OCC, "2022-06-09", "Los Angeles", [BIDEN, BOLSONARO], [],
           "Biden and Brazil's Jair Bolsonaro have sat down for their first bilateral meeting"),
        ev("2022-06-09-los-angeles-biden-trudeau", M, OCC, "2022-06-09", "Los Angeles", [BIDEN, TRUDEAU], [],
           "Biden has also met Canadian Prime Minister Justin Trudeau, the White House says"),
        ev("2022-06-09-los-angeles-caricom-harris", M, PLN, "2022-06-09", "Los Angeles", [HARRIS], [CARICOM],
           "Kamala Harris is due to meet heads of government of the Caribbean Community"),
        ev("2021-06-07-guatemala-city-giammattei-harris", M, OCC, "2021-06", "Guatemala City",
           [HARRIS, GIAMMATTEI], [],
           "met President Alejandro Giammattei in Guatemala City"),
    ], ["Key points bullets 'Leaders open two-day summit', 'Biden and Bolsonaro hold first meeting' (same events)",
        "'Bolsonaro told reporters after his meeting' (press)",
        "'The two presidents had never met before today'; Bolsonaro 'had threatened to skip the summit' (negation)",
        "Fernandez 'used his speech'; White House invitation 'soon - no date has been set' (speech; not fixed)",
        "Lopez Obrador 'skipped the summit ... sent Foreign Minister Marcelo Ebrard'; presidents of Guatemala, "
        "Honduras and El Salvador absent; 'Giammattei is not here this week' (negations)",
        "Related stories: 'Trudeau and Biden to meet again in Ottawa', 'Lopez Obrador and Biden hold talks by "
        "video' (furniture)"]),

    # Monday translated article, "09/05/2022 07:30 h". "on Sunday" -> 05-08 (Havana); "on Saturday" -> 05-07
    # (Belmopan); "the next day" confirms 05-08; "on the 23rd" -> 2022-05-23 (planned, Mexico City);
    # "phone call on April 29" -> 2022-04-29; "next month" -> 2022-06 (Summit of the Americas in Los Angeles,
    # planned; shared key with 002); "in September last year" -> 2021-09 (real date 16 Sept).
    # Name variant: "Diaz Canel" (no hyphen) -> Miguel Diaz-Canel.
    ("003_mx_cu_lopez_obrador_havana_translated", "2022-05-09", False, [
        ev("2022-05-08-havana-diaz-canel-lopez-obrador", M, OCC, "2022-05-08", "Havana", [AMLO, DIAZ_CANEL], [],
           "where on Sunday he held talks with Cuban President Miguel Díaz-Canel"),
        ev("2022-05-07-belmopan-briceno-lopez-obrador", M, OCC, "2022-05-07", "Belmopan", [AMLO, BRICENO], [],
           "He reached Belize on Saturday, held talks with Prime Minister John Briceño in Belmopan"),
        ev("2022-05-23-mexico-city-alcocer-portal-miranda", M, PLN, "2022-05-23", "Mexico City", [PORTAL, ALCOCER], [],
           "is due in Mexico City on the 23rd to sign the contracts"),
        ev("2022-04-29-biden-lopez-obrador-call", C, OCC, "2022-04-29", None, [AMLO, BIDEN], [],
           "with Joe Biden in a phone call on April 29"),
        ev(K_SOA, M, PLN, "2022-06", "Los Angeles", [], [SOA],
           "The United States will host the summit in Los Angeles next month"),
        ev("2021-09-16-mexico-city-diaz-canel-lopez-obrador", M, OCC, "2021-09", "Mexico City",
           [AMLO, DIAZ_CANEL], [],
           "when López Obrador received him in Mexico City as guest of honour"),
    ], ["'travelled on Thursday and Friday through Guatemala, El Salvador and Honduras' (visits, no encounter stated)",
        "'decorated his guest with the Order of José Martí'; 'signed agreements' (same event)",
        "'would not attend if any country of the continent was left out' (conditional; the summit itself is planned)",
        "'Diaz Canel thanked him on Sunday' (same event)",
        "'The two presidents have spoken many times since 2018' (counted)",
        "'López Obrador returns to Mexico on Monday' (travel)",
        "Más leídas: 'Ebrard to meet Blinken in Washington', 'Xiomara Castro receives López Obrador in "
        "Tegucigalpa' (furniture)"]),

    # Wednesday interview transcript. "on Monday" -> 09-16; "last week" -> 2024-09 (9-15 Sept);
    # "in April last year" -> 2023-04; "in November last year" -> 2023-11; "on 6 July" -> 2024-07-06 (call);
    # "on 7 November" -> 2024-11-07 (planned EPC summit in Budapest; shared with 014).
    # Misspelling: "Georgia Meloni" -> Giorgia Meloni.
    ("004_uk_it_starmer_meloni_rome_interview", "2024-09-18", False, [
        ev("2024-09-16-rome-meloni-starmer", M, OCC, "2024-09-16", "Rome", [STARMER, MELONI], [],
           "He met Meloni at Villa Doria Pamphilj on Monday"),
        ev("2024-09-12-rome-cooper-piantedosi", M, OCC, "2024-09", "Rome", [COOPER, PIANTEDOSI], [],
           "Yvette Cooper met the Italian interior minister, Matteo Piantedosi, in Rome last week"),
        ev("2023-04-27-london-meloni-sunak", M, OCC, "2023-04", "London", [MELONI, SUNAK], [],
           "she came to Downing Street in April last year, she and Sunak signed a memorandum"),
        ev("2023-11-06-rome-meloni-rama", M, OCC, "2023-11", "Rome", [MELONI, RAMA], [],
           "Meloni signed the protocol with Albania's prime minister, Edi Rama, in Rome"),
        ev("2024-07-06-meloni-starmer-call", C, OCC, "2024-07-06", None, [MELONI, STARMER], [],
           "Meloni was among the first leaders to phone him, on 6 July"),
        ev(K_EPC_BUDAPEST, M, PLN, "2024-11-07", "Budapest", [STARMER, MELONI, ORBAN], [EPC],
           "when European leaders gather in Budapest for the European Political Community summit"),
    ], ["the interview itself (interview)",
        "'He also toured the national migration coordination centre' (visit, no encounter stated)",
        "'After that they seemed to meet at every summit going' (counted)",
        "'It could, if the courts allowed it and if a third country agreed' (hypothetical)",
        "'Starmer said he was \"interested\"' (statement)",
        "Related episodes: 'Starmer hosts European leaders at Blenheim Palace', 'Piantedosi meets Cooper in "
        "London' (furniture)"]),

    # Wednesday analysis, "1 June 2022". "on Monday" -> 05-30 (Suva ministers' meeting, co-chaired);
    # "in October last year" -> 2021-10 (video link = call; real date 21 Oct); "last Thursday" -> 05-26;
    # "on Friday" -> 05-27; "on Saturday" -> 05-28; "on Thursday" future -> 06-02 (planned, Apia).
    # Misspelling in the photo caption: "Sogovare" -> Manasseh Sogavare.
    ("005_pacific_wang_yi_suva_analysis", "2022-06-01", False, [
        ev("2022-05-30-suva-china-pacific-island-countries", M, OCC, "2022-05-30", "Suva", [WANG_YI, BAINIMARAMA],
           [CHINA, PIC],
           "the second China-Pacific Island Countries Foreign Ministers' Meeting, co-chaired by Wang Yi"),
        ev("2021-10-21-china-pacific-island-countries-wang-call", C, OCC, "2021-10", None, [WANG_YI], [CHINA, PIC],
           "The first such meeting, held by video link in October last year"),
        ev("2022-05-26-honiara-sogavare-wang", M, OCC, "2022-05-26", "Honiara", [WANG_YI, SOGAVARE], [],
           "Wang began his ten-day tour in Honiara last Thursday, where he held talks"),
        ev("2022-05-27-suva-bainimarama-wong", M, OCC, "2022-05-27", "Suva", [WONG, BAINIMARAMA], [],
           "met Bainimarama in Suva on Friday"),
        ev("2022-05-28-apia-mataafa-wang", M, OCC, "2022-05-28", "Apia", [WANG_YI, FIAME], [],
           "Wang was in Apia on Saturday, where he held talks with Samoan Prime Minister"),
        ev("2022-06-02-apia-mataafa-wong", M, PLN, "2022-06-02", "Apia", [WONG, FIAME], [],
           "Wong returns to the region on Thursday, when she will hold talks with Fiame"),
    ], ["'Solomon Islands signed a security agreement with China in April' (no encounter stated)",
        "'Wang's own stop in Kiribati that day was closed to the press' (visit, no encounter stated)",
        "'sworn in as Australia's foreign minister only on Monday of last week' (domestic)",
        "'Fiame has since said'; Panuelo's 'letter'; 'The text was shelved' (statements; rejected proposal)",
        "'Wang told a press conference'; 'It could come back at a later ministerial meeting' (press; hypothetical)",
        "'before going on to Tonga' (travel, no encounter stated)",
        "'Australian ministers have met their Pacific counterparts many times' (counted)",
        "Related analysis: 'Wang Yi to visit Tonga and Vanuatu', 'Pacific Islands Forum leaders to meet in Suva in "
        "July' (furniture)"]),

    # Saturday newsletter, "Saturday 12 July 2025". "on Sunday and Monday" -> 07-06..07-07 (BRICS, Rio);
    # "on Tuesday" -> 07-08 (Brasilia); "On Wednesday" -> 07-09 (Windhoek; White House lunch);
    # "on 23 July" -> 2025-07-23 (planned, Tokyo).
    ("006_diplomatic_week_roundup_newsletter", "2025-07-12", False, [
        ev("2025-07-06-rio-de-janeiro-brics", M, OCC, "2025-07-06", "Rio de Janeiro", [LULA, MODI, LI_QIANG], [BRICS],
           "BRICS leaders met in Rio de Janeiro on Sunday and Monday", date_end="2025-07-07"),
        ev("2025-07-08-brasilia-lula-modi", M, OCC, "2025-07-08", "Brasilia", [MODI, LULA], [],
           "He and Lula held talks at the Alvorada Palace in Brasília on Tuesday"),
        ev("2025-07-09-windhoek-modi-nandi-ndaitwah", M, OCC, "2025-07-09", "Windhoek", [MODI, NANDI], [],
           "On Wednesday Modi was in Windhoek, where President Netumbo Nandi-Ndaitwah received him"),
        ev("2025-07-09-washington-boakai-embalo-faye-ghazouani-oligui-nguema-trump", M, OCC, "2025-07-09",
           "Washington", [TRUMP, OLIGUI, EMBALO, BOAKAI, GHAZOUANI, FAYE], [],
           "for a working lunch at the White House on Wednesday"),
        ev("2025-07-23-tokyo-costa-ishiba-von-der-leyen", M, PLN, "2025-07-23", "Tokyo", [COSTA, VDL, ISHIBA], [],
           "are due in Tokyo on 23 July for an EU-Japan summit"),
    ], ["'Xi Jinping sent Li in his place' (negation)",
        "'Vladimir Putin ... addressed the summit by video link' (address)",
        "'Donald Trump responded in a Truth Social post' (post)",
        "'he also addressed Namibia's parliament' (speech)",
        "'an eight-day tour that had earlier taken him to Ghana, Trinidad and Tobago and Argentina' (travel)",
        "'Trump complimented the Liberian president on his \"beautiful English\"' (statement)",
        "'more meetings with African leaders could follow later in the year' (vague)",
        "Most read this week: 'Lula and Modi to meet again at G20 in Johannesburg', 'Trump and Ramaphosa hold "
        "tense Oval Office meeting', 'ASEAN foreign ministers gather in Kuala Lumpur' (furniture)"]),

    # Wednesday op-ed, "31 January 2024". "On Monday" -> 01-29 (Italian Senate; headline gives Rome);
    # "The day before" -> 01-28 (dinner at the Quirinale -> Rome); "in January last year" -> 2023-01
    # (real date 23 Jan); "In June" -> 2023-06 (most recent June; real date 11 June).
    # Diacritics: "Kaïs Saïed" -> Kais Saied.
    ("007_it_africa_summit_rome_oped", "2024-01-31", False, [
        ev("2024-01-29-rome-italy-africa-summit", M, OCC, "2024-01-29", "Rome",
           [MELONI, VDL, MICHEL, METSOLA, AZALI, FAKI], [ITALY_AFRICA],
           "Giorgia Meloni gathered leaders and ministers from more than 45 African countries"),
        ev("2024-01-28-rome-italy-africa-summit-dinner-mattarella", M, OCC, "2024-01-28", "Rome", [MATTARELLA],
           [ITALY_AFRICA],
           "President Sergio Mattarella had hosted the visiting leaders for dinner at the Quirinale"),
        ev("2023-01-23-algiers-meloni-tebboune", M, OCC, "2023-01", "Algiers", [MELONI, TEBBOUNE], [],
           "where she held talks with Abdelmadjid Tebboune in January last year"),
        ev("2023-06-11-tunis-meloni-rutte-saied-von-der-leyen", M, OCC, "2023-06", "Tunis",
           [MELONI, VDL, RUTTE, SAIED], [],
           "In June she flew to Tunis with von der Leyen"),
    ], ["the op-ed itself (opinion)",
        "'Faki used his speech'; 'Africa would have liked to be consulted' (speech; negation)",
        "'came home with a memorandum on migration' (same event)",
        "'Meloni has met African leaders so often over the past year that her office no longer counts' (counted)",
        "'The Mattei Plan could still work, if ...' (hypothetical)",
        "'the summit will become a regular fixture, but no date has been set' (not fixed)",
        "Related opinion headlines (furniture)"]),

    # Friday regional site, "Posted Apr 12, 2024". Dateline WASHINGTON. "on Thursday" -> 04-11 (trilateral and
    # the separate Oval Office meeting before it); "on Wednesday" -> 04-10 (Kishida state visit);
    # "in May last year" -> 2023-05 (real date 1 May); "next month" -> 2024-05 (planned, Honolulu; real 2 May).
    ("008_ph_us_jp_trilateral_white_house_regional", "2024-04-12", False, [
        ev("2024-04-11-washington-biden-kishida-marcos", M, OCC, "2024-04-11", "Washington", [MARCOS, BIDEN, KISHIDA],
           [], "held their first trilateral summit at the White House on Thursday"),
        ev("2024-04-11-washington-biden-marcos", M, OCC, "2024-04-11", "Washington", [BIDEN, MARCOS], [],
           "Before the summit, Biden received Marcos for a separate meeting in the Oval Office"),
        ev("2024-04-10-washington-biden-kishida", M, OCC, "2024-04-10", "Washington", [BIDEN, KISHIDA], [],
           "Biden hosted him for talks and a state dinner on Wednesday"),
        ev("2023-05-01-washington-biden-marcos", M, OCC, "2023-05", "Washington", [MARCOS, BIDEN], [],
           "when Biden received him in the Oval Office and the two agreed new defense guidelines"),
        ev("2024-05-02-honolulu-austin-kihara-marles-teodoro", M, PLN, "2024-05", "Honolulu",
           [TEODORO, AUSTIN, KIHARA, MARLES], [],
           "Defense Secretary Gilberto Teodoro will meet his counterparts from the United States, Japan and Australia"),
    ], ["photo caption 'before the trilateral meeting at the White House' (same event)",
        "'Kishida had arrived in Washington earlier in the week'; 'the first Japanese state visit since 2015' "
        "(arrival; earlier visit without a stated encounter)",
        "'Marcos and Kishida did not hold a separate bilateral meeting'; 'have met several times since 2022' "
        "(negation; counted)",
        "'The three leaders issued a joint vision statement' (statement)",
        "'A Chinese foreign ministry spokesperson told a regular briefing' (briefing)",
        "'Marcos told reporters'; 'He flies home on Saturday' (press; travel)",
        "Related news: 'Teodoro, Austin hold phone talks on Ayungin Shoal', 'Marcos meets Kishida in Tokyo' "
        "(furniture)"]),

    # Manifest null: "Published 07.11.2025 06:15" (Friday). "on Thursday" -> 11-06 (C5+1 dinner and the
    # separate Oval Office talks); "in September 2023" -> 2023-09 (real date 19 Sept);
    # "later on Friday" -> 11-07 (planned, stays in Washington).
    # Transliteration: "Berdymukhamedov" -> Serdar Berdimuhamedov.
    ("009_c5_white_house_trump_broadcaster", "2025-11-07", True, [
        ev("2025-11-06-washington-c5-plus-1", M, OCC, "2025-11-06", "Washington",
           [TRUMP, TOKAYEV, MIRZIYOYEV, JAPAROV, RAHMON, BERDIMUHAMEDOV], [C5],
           "hosted the leaders of all five Central Asian countries at the White House on Thursday"),
        ev("2025-11-06-washington-tokayev-trump", M, OCC, "2025-11-06", "Washington", [TRUMP, TOKAYEV], [],
           "Trump received the Kazakh president for separate talks in the Oval Office"),
        ev("2023-09-19-new-york-c5-plus-1", M, OCC, "2023-09", "New York", [BIDEN], [C5],
           "The previous C5+1 summit was held on the margins of the UN General Assembly"),
        ev("2025-11-07-washington-lutnick-mirziyoyev", M, PLN, "2025-11-07", "Washington", [MIRZIYOYEV, LUTNICK], [],
           "will stay in Washington to meet Commerce Secretary Howard Lutnick later on Friday"),
    ], ["'Trump told reporters' (press)",
        "'Trump never attended a C5+1 summit during his first term' (negation)",
        "'Tokayev said he had invited Trump to visit Kazakhstan next year. The White House gave no date' (not fixed)",
        "human rights groups 'criticised' (statement)",
        "'Russia and China ... have held summits with the five countries for years' (counted)",
        "Most Viewed: 'Rahmon and Japarov open new border crossing', 'Uzbek president receives Chinese foreign "
        "minister in Tashkent' (furniture)"]),

    # Sunday wire, "ABUJA, Nov 17". "on Sunday" -> 11-17; "in September last year" -> 2023-09 (real 5 Sept);
    # "on Monday" -> 11-18 (planned, Rio; shared with 001); "on Wednesday" -> 11-20 (planned, Georgetown)
    # and "the same day" -> 11-20 (India-CARICOM summit, planned).
    # Misspelling in the caption: "Bola Tinibu" -> Bola Tinubu (caption repeats the Abuja event).
    ("010_ng_in_modi_tinubu_abuja_wire", "2024-11-17", False, [
        ev("2024-11-17-abuja-modi-tinubu", M, OCC, "2024-11-17", "Abuja", [MODI, TINUBU], [],
           "Bola Tinubu held talks at the State House in Abuja on Sunday"),
        ev("2023-09-05-new-delhi-modi-tinubu", M, OCC, "2023-09", "New Delhi", [TINUBU, MODI], [],
           "The two leaders last met in New Delhi in September last year"),
        ev(K_RIO_MODI_STARMER, M, PLN, "2024-11-18", "Rio de Janeiro", [MODI, STARMER], [],
           "he is scheduled to hold talks with British Prime Minister Keir Starmer on Monday"),
        ev("2024-11-20-georgetown-ali-modi", M, PLN, "2024-11-20", "Georgetown", [MODI, ALI], [],
           "he is due to hold talks with Guyanese President Irfaan Ali on Wednesday"),
        ev("2024-11-20-georgetown-india-caricom", M, PLN, "2024-11-20", "Georgetown", [MODI], [IN, CARICOM],
           "attend the second India-CARICOM summit the same day"),
    ], ["'Modi arrived late on Saturday' (arrival)",
        "'Manmohan Singh was the last Indian premier to visit Nigeria, in 2007' (no encounter stated)",
        "'Tinubu conferred on his guest the Grand Commander of the Order of the Niger' (same event)",
        "'Modi later addressed members of the Indian community' (own nationals)",
        "'leaves for Rio de Janeiro later on Sunday to attend the G20 summit' (travel; summit is backdrop)",
        "'Tinubu could visit India next year if a date can be agreed' (hypothetical)",
        "RELATED: 'Tinubu receives Chinese foreign minister in Abuja', 'India, Nigeria hold joint commission in "
        "New Delhi', 'Modi to meet Lula in Rio' (furniture)"]),

    # Friday press release, "Phnom Penh, 18 April 2025". "Yesterday evening" -> 04-17 (Royal Palace -> Phnom Penh);
    # "This morning" -> 04-18; "in September 2023" -> 2023-09 (real 15 Sept);
    # "This afternoon" -> 04-18 (planned).
    ("011_kh_cn_xi_phnom_penh_press_release", "2025-04-18", False, [
        ev("2025-04-18-phnom-penh-hun-manet-xi", M, OCC, "2025-04-18", "Phnom Penh", [HUN_MANET, XI], [],
           "Prime Minister HUN MANET held official talks with President XI Jinping at the Peace Palace"),
        ev("2025-04-17-phnom-penh-norodom-sihamoni-xi", M, OCC, "2025-04-17", "Phnom Penh", [SIHAMONI, XI], [],
           "Yesterday evening, His Majesty the King received President XI Jinping at the Royal Palace"),
        ev("2023-09-15-beijing-hun-manet-xi", M, OCC, "2023-09", "Beijing", [HUN_MANET, XI], [],
           "when he held talks with President XI in Beijing"),
        ev("2025-04-18-phnom-penh-hun-sen-xi", M, PLN, "2025-04-18", "Phnom Penh", [HUN_SEN, XI], [],
           "Samdech Techo HUN SEN, President of the Senate, will hold talks with President XI Jinping"),
    ], ["'is paying a State Visit ... from 17 to 18 April 2025' (visit; the encounters are listed separately)",
        "'the two leaders witnessed the exchange of 37 cooperation documents' (same event)",
        "'have met on many occasions'; 'agreed to maintain frequent high-level exchanges' (counted; vague)",
        "'reaffirmed its firm adherence to the one-China policy' (statement)",
        "'will depart Phnom Penh this evening ... also took him to Viet Nam and Malaysia' (travel)",
        "Related news: 'Prime Minister HUN MANET receives delegation of Chinese enterprises', 'PRAK SOKHONN holds "
        "talks with Chinese counterpart in Beijing', 'HUN SEN receives Lao delegation' (furniture)"]),

    # Friday wire, "QUITO, Sept 5". "on Thursday" -> 09-04 (Sommerfeld present); "on Wednesday" -> 09-03;
    # "in March" -> 2025-03 (real 29 March); "on the 22nd and 23rd" -> 09-22..09-23 (planned, groups only).
    # Misspelling: "Sommerfield" -> Gabriela Sommerfeld.
    ("012_ec_us_rubio_noboa_quito_wire", "2025-09-05", False, [
        ev("2025-09-04-quito-noboa-rubio", M, OCC, "2025-09-04", "Quito", [RUBIO, NOBOA, SOMMERFELD], [],
           "Marco Rubio met Ecuadorian President Daniel Noboa in Quito on Thursday"),
        ev("2025-09-03-mexico-city-rubio-sheinbaum", M, OCC, "2025-09-03", "Mexico City", [RUBIO, SHEINBAUM], [],
           "where he had held talks with President Claudia Sheinbaum on Wednesday"),
        ev("2025-03-29-palm-beach-noboa-trump", M, OCC, "2025-03", "Palm Beach", [NOBOA, TRUMP], [],
           "was received by Trump at his Mar-a-Lago resort in Palm Beach, Florida, in March"),
        ev("2025-09-22-washington-ecuador-united-states", M, PLN, "2025-09-22", "Washington", [], [EC, US],
           "security officials of the two governments would meet in Washington on the 22nd and 23rd",
           date_end="2025-09-23"),
    ], ["'Rubio announced that Washington had designated ... foreign terrorist organisations' (statement)",
        "'a change voters will decide in a referendum in November' (not diplomatic)",
        "'U.S. forces could return ... if Ecuadorians approved it and if Quito asked' (hypothetical)",
        "'Rubio did not meet opposition leader Luisa Gonzalez' (negation)",
        "'The two sides held a joint news conference'; 'Sommerfield told reporters' (press)",
        "Related coverage: 'Noboa meets Trump at Mar-a-Lago ahead of runoff', 'Rubio, Sheinbaum agree security "
        "cooperation group', 'Ecuador and Peru presidents hold border cabinet meeting in Tumbes' (furniture)"]),

    # Friday news site, "September 26, 2025". "on Thursday" -> 09-25; "In June" -> 2025-06 (real 18 June;
    # Cabinet Room -> Washington); "on May 10" -> 2025-05-10 (call); "in July" -> 2025-07 (real 25 July);
    # "next month" -> 2025-10 (planned, Washington).
    # Alternative spelling: "Shahbaz Sharif" -> Shehbaz Sharif.
    ("013_pk_us_sharif_munir_oval_office_news", "2025-09-26", False, [
        ev("2025-09-25-washington-munir-sharif-trump", M, OCC, "2025-09-25", "Washington", [TRUMP, SHARIF, MUNIR], [],
           "Prime Minister Shahbaz Sharif and Field Marshal Asim Munir in the Oval Office on Thursday"),
        ev("2025-06-18-washington-munir-trump", M, OCC, "2025-06", "Washington", [TRUMP, MUNIR], [],
           "In June, Trump hosted Munir for lunch in the Cabinet Room"),
        ev("2025-05-10-rubio-sharif-call", C, OCC, "2025-05-10", None, [RUBIO, SHARIF], [],
           "Secretary of State Marco Rubio spoke by phone with Sharif on May 10"),
        ev("2025-07-25-washington-dar-rubio", M, OCC, "2025-07", "Washington", [DAR, RUBIO], [],
           "Ishaq Dar held talks with Rubio at the State Department in July"),
        ev("2025-10-washington-aurangzeb-georgieva", M, PLN, "2025-10", "Washington", [AURANGZEB, GEORGIEVA], [],
           "will meet IMF Managing Director Kristalina Georgieva in Washington next month"),
    ], ["'closed to the media; reporters waited outside' (press)",
        "'Trump told reporters that \"a great leader\" was coming' (press)",
        "'the two sides later agreed a trade deal' (no single encounter stated)",
        "'Trump has repeatedly claimed credit'; 'India and Pakistan have not held formal talks since' "
        "(statements; negation)",
        "'Shehbaz will address the UN General Assembly' (speech)",
        "'A visit by Trump to Islamabad would be welcome \"at an appropriate time\"' (vague)",
        "Read more: 'Dar meets Rubio in Washington', 'Munir calls on CENTCOM commander in Tampa', 'PM Shehbaz meets "
        "Malaysian counterpart in Kuala Lumpur' (furniture)"]),

    # Manifest null: "29/10/2024 - 11:20" (Tuesday). "on Monday" -> 10-28 (Kobakhidze talks; "Later on Monday"
    # Ivanishvili, residence overlooking the capital -> Tbilisi); "earlier this month" -> 2024-10 (call);
    # "on Nov. 7" -> 2024-11-07 (planned EPC summit in Budapest; shared with 004).
    # Misspelling: "Kobakhize" -> Irakli Kobakhidze.
    ("014_ge_hu_orban_tbilisi_regional", "2024-10-29", True, [
        ev("2024-10-28-tbilisi-kobakhidze-orban", M, OCC, "2024-10-28", "Tbilisi", [ORBAN, KOBAKHIDZE], [],
           "Viktor Orbán held talks with Georgian Prime Minister Irakli Kobakhidze in Tbilisi on Monday"),
        ev("2024-10-28-tbilisi-ivanishvili-orban", M, OCC, "2024-10-28", "Tbilisi", [ORBAN, IVANISHVILI], [],
           "Later on Monday the Hungarian leader was received by Bidzina Ivanishvili"),
        ev("2024-10-kobakhidze-orban-call", C, OCC, "2024-10", None, [ORBAN, KOBAKHIDZE], [],
           "The two prime ministers last spoke by phone earlier this month"),
        ev(K_EPC_BUDAPEST, M, PLN, "2024-11-07", "Budapest", [KOBAKHIDZE, ORBAN], [EPC],
           "Kobakhidze is expected in Budapest on Nov. 7 for the European Political Community summit"),
    ], ["Orbán 'said after the talks'; Borrell 'said' (statements)",
        "'President Salome Zourabichvili ... did not meet Orbán' (negation)",
        "'Several EU ambassadors declined invitations to a reception' (negation)",
        "'congratulated Georgian Dream in a post on X on Saturday night' (post)",
        "'A few hundred protesters gathered'; 'a larger rally for Monday evening next week' (not diplomatic)",
        "'Budapest could block any EU measures ... if' (hypothetical)",
        "Related news: 'Kobakhidze receives Azerbaijani prime minister in Tbilisi', 'Zourabichvili calls for "
        "international investigation' (furniture)"]),
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
