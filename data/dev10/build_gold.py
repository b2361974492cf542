#!/usr/bin/env python3
"""Generate gold.jsonl and manifest.jsonl for the dev10 development corpus.

Run:  python3 data/dev10/build_gold.py   then   python3 data/eval/validate.py data/dev10
Each article lists its true publication date, whether the manifest hides it, its gold
events, and (for documentation only) the traps it contains that must NOT be extracted.
dev10 is a readable development set: unlike the holdout sets, it may be read while developing.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

# canonical names
MACRON, XI, VDL = "Emmanuel Macron", "Xi Jinping", "Ursula von der Leyen"
STARMER, ZELENSKYY, CHARLES, HEALEY, LECORNU = ("Keir Starmer", "Volodymyr Zelenskyy", "Charles III",
                                                "John Healey", "Sebastien Lecornu")
SHARAA, PUTIN, SHAIBANI, ABU_QASRA, LAVROV, NOVAK = ("Ahmed al-Sharaa", "Vladimir Putin", "Asaad al-Shaibani",
                                                     "Murhaf Abu Qasra", "Sergey Lavrov", "Alexander Novak")
JAISHANKAR, MUTTAQI, DOVAL = "Subrahmanyam Jaishankar", "Amir Khan Muttaqi", "Ajit Doval"
WANG, DAR, SHARIF = "Wang Yi", "Ishaq Dar", "Shehbaz Sharif"
MODI, ISHIBA, KISHIDA = "Narendra Modi", "Shigeru Ishiba", "Fumio Kishida"
SISI, COSTA, DE_WEVER, KALLAS, ABDELATTY = ("Abdel Fattah al-Sisi", "Antonio Costa", "Bart De Wever",
                                            "Kaja Kallas", "Badr Abdelatty")
TAKAICHI, TRUMP, NARUHITO, MOTEGI, RUBIO = ("Sanae Takaichi", "Donald Trump", "Naruhito",
                                            "Toshimitsu Motegi", "Marco Rubio")
ALBANESE, RUDD, KING, BURGUM, ANWAR = ("Anthony Albanese", "Kevin Rudd", "Madeleine King", "Doug Burgum",
                                       "Anwar Ibrahim")
KIM, CHOE = "Kim Jong Un", "Choe Son Hui"
LUKASHENKO, COALE, KELLOGG = "Alexander Lukashenko", "John Coale", "Keith Kellogg"
MELONI, TEBBOUNE, TAJANI, ATTAF, MATTARELLA = ("Giorgia Meloni", "Abdelmadjid Tebboune", "Antonio Tajani",
                                               "Ahmed Attaf", "Sergio Mattarella")
RUTO, ZHAO, LI, MUDAVADI = "William Ruto", "Zhao Leji", "Li Qiang", "Musalia Mudavadi"
PETRO, LULA, BORIC, SARABIA, ROUSSEFF = ("Gustavo Petro", "Luiz Inacio Lula da Silva", "Gabriel Boric",
                                         "Laura Sarabia", "Dilma Rousseff")

# groups
COW, RU, SY, CELAC = "Coalition of the willing", "Russia", "Syria", "CELAC"


def ev(key, kind, status, date, location, participants, groups, evidence, date_end=None):
    e = {"key": key, "kind": kind, "status": status, "date": date}
    if date_end:
        e["date_end"] = date_end
    e.update({"location": location, "participants": participants, "groups": groups,
              "evidence": evidence})
    return e


M, C, OCC, PLN = "meeting", "call", "occurred", "planned"

# shared keys (same real-world event in several articles)
K_KABUL = "2025-08-20-kabul-dar-muttaqi-wang"
K_TOKYO = "2025-08-29-tokyo-ishiba-modi"
K_SENDAI = "2025-08-30-sendai-ishiba-modi"

ARTICLES = [
    # Monday wire. Trilateral (with von der Leyen) and the bilateral that followed are two encounters
    # with different participant sets. "On Tuesday" is future (planned). "in April last year" -> 2023-04.
    ("000_fr_cn_xi_elysee_trilateral_wire", "2024-05-06", False, [
        ev("2024-05-06-paris-macron-von-der-leyen-xi", M, OCC, "2024-05-06", "Paris", [MACRON, VDL, XI], [],
           "during a trilateral meeting at the Elysee Palace that opened Xi's first trip to Europe"),
        ev("2024-05-06-paris-macron-xi", M, OCC, "2024-05-06", "Paris", [MACRON, XI], [],
           "the two presidents continued in a bilateral format over lunch"),
        ev("2024-05-07-col-du-tourmalet-macron-xi", M, PLN, "2024-05-07", "Col du Tourmalet", [MACRON, XI], [],
           "Macron will take his guest to the Col du Tourmalet in the Hautes-Pyrenees"),
        ev("2023-04-06-beijing-macron-von-der-leyen-xi", M, OCC, "2023-04", "Beijing", [MACRON, VDL, XI], [],
           "when he and von der Leyen held a joint meeting with Xi in Beijing"),
    ], ["'landed at Orly airport on Sunday afternoon' (arrival)",
        "'was greeted in the palace courtyard by Macron' (same trilateral occasion, welcome)",
        "'at a joint press appearance after the talks', 'Xi told reporters' (press)",
        "'before Macron went on alone to Guangzhou' (travel, no encounter stated)",
        "'A state banquet at the Elysee was to close the day' (dinner inside the same visit day)",
        "'meet the demand for new paperwork' (idiom)",
        "'A meeting of the Franco-Chinese business council' (companies)",
        "'Xi will travel on Tuesday night to Serbia and then to Hungary' (travel)",
        "'no plans to stop in Germany', 'Scholz ... will not see him' (negation)",
        "'Scholz, who travelled to China in April' (travel, no encounter stated)",
        "'demonstrators gathered' (not diplomacy)",
        "Related coverage / Most read: Orban to host Xi, Scholz meets Li Qiang, Blinken holds talks with Wang Yi (furniture)"]),

    # Manifest null: "Published 10 July 2025" (twice). Gov.uk release; "The Prime Minister" before the name.
    # "this morning" = publication day; "on Tuesday" -> 8 July; "on Wednesday" -> 9 July.
    # The Northwood video conference is a call (location null) with the coalition as a group.
    ("001_uk_fr_macron_downing_street_release", "2025-07-10", True, [
        ev("2025-07-10-london-macron-starmer", M, OCC, "2025-07-10", "London", [STARMER, MACRON], [],
           "The Prime Minister welcomed President Macron to Downing Street this morning for the first UK-France"),
        ev("2025-07-10-macron-starmer-zelenskyy-call", C, OCC, "2025-07-10", None, [STARMER, MACRON, ZELENSKYY], [COW],
           "they co-chaired a video conference of the Coalition of the Willing"),
        ev("2025-07-08-windsor-charles-iii-macron", M, OCC, "2025-07-08", "Windsor", [CHARLES, MACRON], [],
           "when he was received by His Majesty King Charles III at Windsor Castle"),
        ev("2025-07-09-london-healey-lecornu", M, OCC, "2025-07-09", "London", [HEALEY, LECORNU], [],
           "John Healey held a bilateral meeting with his French counterpart, Sébastien Lecornu"),
    ], ["'The President also addressed both Houses of Parliament' (speech)",
        "'The two leaders agreed a new pilot' (same summit)",
        "'The Prime Minister said: ...' (statement)",
        "'the next Summit would take place in France, with a date to be confirmed' (not fixed)",
        "'on track to meet the target of spending 3.5 percent' (idiom)",
        "'have met more than a dozen times since July last year' (counted)",
        "'Cabinet will be updated on the outcome of the Summit next week' (internal)",
        "Related content: PM call with President Trump, PM meeting with President Zelenskyy (furniture)"]),

    # Thursday page, translated phrasing. "yesterday, Wednesday" -> 15 Oct. Al-Shaibani and Abu Qasra
    # "attended" the Kremlin talks: participants. Lavrov is misspelt "Lavrof" in the evidence.
    # "last week" -> 2025-10 (groups only); "next month" -> 2025-11 (planned, groups only).
    ("002_sy_ru_sharaa_kremlin_translated", "2025-10-16", False, [
        ev("2025-10-15-moscow-al-sharaa-putin", M, OCC, "2025-10-15", "Moscow", [SHARAA, PUTIN, SHAIBANI, ABU_QASRA], [],
           "was received yesterday, Wednesday, by the Russian President Vladimir Putin at the Kremlin"),
        ev("2025-10-15-moscow-al-shaibani-lavrov", M, OCC, "2025-10-15", "Moscow", [SHAIBANI, LAVROV], [],
           "Minister al-Shaibani held a separate session with his Russian counterpart Sergey Lavrof"),
        ev("2025-10-damascus-russia-syria", M, OCC, "2025-10", "Damascus", [], [SY, RU],
           "Syrian and Russian technical teams had met in Damascus last week"),
        ev("2025-09-09-damascus-al-sharaa-novak", M, OCC, "2025-09-09", "Damascus", [NOVAK, SHARAA], [RU],
           "headed by Deputy Prime Minister Alexander Novak was received by President al-Sharaa"),
        ev("2025-11-damascus-russia-syria", M, PLN, "2025-11", "Damascus", [], [SY, RU],
           "the Syrian-Russian joint committee is expected to hold its meeting in Damascus next month"),
    ], ["'according to a statement of the Presidency' (statement)",
        "'President Putin affirmed, at the opening of the meeting' (same Kremlin talks)",
        "'the first Russian-Arab summit ... was postponed' (postponed)",
        "'Peskov told journalists' (press)",
        "'The Syrian side denied any meeting between the delegation and figures of the former regime' (denied)",
        "'al-Shaibani had also visited Moscow at the end of July' (travel, no encounter stated)",
        "'met members of the Syrian community and students' (own nationals)",
        "Most read: Al-Shaibani meets Fidan, Saudi delegation received, 'The national team meets Malaysia' (furniture, sport)"]),

    # Friday wire. Talks at Hyderabad House "that morning" = Friday. "in May" -> 2025-05.
    # "call on ... Doval" is an in-person courtesy call (meeting, planned), not a phone call.
    # Kabul trilateral re-reported from 004 (exact date here).
    ("003_in_af_muttaqi_hyderabad_house_wire", "2025-10-10", False, [
        ev("2025-10-10-new-delhi-jaishankar-muttaqi", M, OCC, "2025-10-10", "New Delhi", [JAISHANKAR, MUTTAQI], [],
           "Jaishankar held talks with Afghanistan's Taliban-appointed foreign minister, Amir Khan Muttaqi, at Hyderabad House"),
        ev("2025-05-15-jaishankar-muttaqi-call", C, OCC, "2025-05", None, [JAISHANKAR, MUTTAQI], [],
           "The two ministers had spoken by telephone in May"),
        ev("2025-10-11-new-delhi-doval-muttaqi", M, PLN, "2025-10-11", "New Delhi", [MUTTAQI, DOVAL], [],
           "expected to call on National Security Adviser Ajit Doval in New Delhi on Saturday"),
        ev(K_KABUL, M, OCC, "2025-08-20", "Kabul", [MUTTAQI, WANG, DAR], [],
           "hosted Chinese Foreign Minister Wang Yi and Pakistan's Ishaq Dar in Kabul"),
    ], ["'arrived in the Indian capital on Thursday' (arrival)",
        "'Muttaqui said Afghanistan would not allow...' (statement; misspelling)",
        "'There was no meeting between Muttaqi and Prime Minister Narendra Modi ... none is scheduled' (negation)",
        "'before travelling to the Darul Uloom seminary in Deoband' (visit, no encounter)",
        "'Pakistan's foreign office said in a statement' (statement)",
        "'a news conference Muttaqi gave at the Afghan embassy' (press)",
        "'help meet the demand for medical visas' (idiom)",
        "'Afghanistan's cricket team is due to meet India in a one-day series' (sport)",
        "Related: Jaishankar, Wang Yi hold talks; Modi, Starmer hold talks in Mumbai (furniture)"]),

    # Monday analysis. "Last Wednesday" -> 20 Aug; "on Thursday" / "the next day" -> 21 Aug.
    # "Before the plenary" dates the bilateral; the Sharif courtesy call is "the same day".
    ("004_af_cn_pk_kabul_trilateral_analysis", "2025-08-25", False, [
        ev("2025-05-21-beijing-dar-muttaqi-wang", M, OCC, "2025-05-21", "Beijing", [WANG, DAR, MUTTAQI], [],
           "revived the format at an informal trilateral meeting in Beijing on 21 May"),
        ev(K_KABUL, M, OCC, "2025-08-20", "Kabul", [MUTTAQI, WANG, DAR], [],
           "Last Wednesday, Muttaqi hosted the sixth round of the dialogue in Kabul"),
        ev("2025-08-20-kabul-muttaqi-wang", M, OCC, "2025-08-20", "Kabul", [WANG, MUTTAQI], [],
           "Wang held bilateral talks with his Afghan counterpart at the foreign ministry"),
        ev("2025-08-21-islamabad-dar-wang", M, OCC, "2025-08-21", "Islamabad", [WANG, DAR], [],
           "on Thursday he co-chaired the sixth round of the China-Pakistan strategic dialogue with Dar"),
        ev("2025-08-21-islamabad-sharif-wang", M, OCC, "2025-08-21", "Islamabad", [WANG, SHARIF], [],
           "He also paid a courtesy call on Prime Minister Shehbaz Sharif the same day"),
    ], ["'it had met five times before the Taliban takeover froze it' (counted)",
        "'The three ministers agreed to extend CPEC' (same Kabul round)",
        "'The joint statement did not name the Pakistani Taliban' (statement)",
        "'Wang flew on to Islamabad' (travel)",
        "'Wang did not meet the movement's supreme leader' (negation)",
        "'goes far toward meeting Afghanistan's electricity demand' (idiom)",
        "'have held several rounds of talks on border security since January' (counted)",
        "'a seventh round could take place next year if the security situation allows' (hypothetical)",
        "'India's foreign ministry said in a statement' (statement)",
        "Related analysis / Upcoming events: Dar in Dhaka, webinar (furniture)"]),

    # Thursday preview wire. "on Friday" / "On Saturday" are future: planned.
    # "in October last year" -> 2024-10.
    ("005_in_jp_modi_tokyo_preview_wire", "2025-08-28", False, [
        ev(K_TOKYO, M, PLN, "2025-08-29", "Tokyo", [MODI, ISHIBA], [],
           "he will hold the 15th annual India-Japan summit with Prime Minister Shigeru Ishiba in Tokyo"),
        ev(K_SENDAI, M, PLN, "2025-08-30", "Sendai", [ISHIBA, MODI], [],
           "On Saturday, Ishiba will host Modi in Sendai, in the north-east of the country"),
        ev("2024-10-10-vientiane-ishiba-modi", M, OCC, "2024-10", "Vientiane", [MODI, ISHIBA], [],
           "Modi and Ishiba met briefly on the sidelines of the East Asia Summit in Vientiane"),
    ], ["'Modi leaves for Japan on Thursday evening' (travel)",
        "'Misri told a media briefing in New Delhi on Wednesday' (briefing)",
        "'Japan's previous goal of 5 trillion yen ... has already been met' (idiom)",
        "'A planned meeting at the G7 summit in Canada in June did not take place' (negation)",
        "'pressing for a vote on bringing forward the party leadership election' (vote, internal)",
        "'Executives from the Keidanren business lobby will meet Modi at a breakfast' (companies)",
        "'Modi will travel to Tianjin for the summit of the Shanghai Cooperation Organisation' (travel; backdrop)",
        "'New Delhi has not confirmed any bilateral meetings there' (unconfirmed)",
        "Related: Ishiba, Lee agree to deepen ties; Wang Yi in New Delhi (furniture)"]),

    # Saturday live blog (IST stamps). "Yesterday recap ... on Friday" -> 29 Aug; the Ishiba dinner is
    # part of the summit day. "Ishbia" is a misspelling inside the Sendai evidence.
    ("006_jp_in_modi_sendai_liveblog", "2025-08-30", False, [
        ev(K_TOKYO, M, OCC, "2025-08-29", "Tokyo", [ISHIBA, MODI], [],
           "Ishiba and Modi held talks at the Kantei for nearly three hours on Friday"),
        ev(K_SENDAI, M, OCC, "2025-08-30", "Sendai", [MODI, ISHIBA], [],
           "In Sendai, PM Modi and PM Ishbia toured the Tokyo Electron Miyagi plant together"),
        ev("2025-08-30-tokyo-kishida-modi", M, OCC, "2025-08-30", "Tokyo", [MODI, KISHIDA], [],
           "sat down with former Japanese prime minister Fumio Kishida at his hotel in Tokyo"),
        ev("2025-08-30-modi-zelenskyy-call", C, OCC, "2025-08-30", None, [MODI, ZELENSKYY], [],
           "he had a phone conversation with Ukrainian President Volodymyr Zelenskyy"),
    ], ["'Ishiba told Japanese reporters on the train' (press)",
        "'he hoped to visit India \"when circumstances allow\"' (vague/hypothetical)",
        "'Modi posted on X' (post)",
        "'The two prime ministers board the E5 shinkansen' (same Sendai encounter)",
        "'MEA spokesperson Randhir Jaiswal said' (statement)",
        "'Modi addressed a gathering of the Indian community in Tokyo' (speech, own nationals)",
        "'Ishiba hosted a dinner for Modi afterwards' (inside the summit day, not separate)",
        "'The PM is due to fly to Tianjin this evening for the SCO summit' (travel)",
        "Related news: 'Modi to meet Xi in Tianjin on Sunday', 'Putin arrives in China ... to hold talks with Xi' (furniture)"]),

    # Wednesday brief. "on Wednesday" = publication day (occurred). "arrived on Tuesday ... the same evening"
    # -> 21 Oct. "in December" -> 2025-12 (planned).
    ("007_eg_eu_sisi_brussels_brief", "2025-10-22", False, [
        ev("2025-10-22-brussels-al-sisi-costa-von-der-leyen", M, OCC, "2025-10-22", "Brussels", [SISI, COSTA, VDL], [],
           "Abdel Fattah al-Sisi met European Council President António Costa and Commission President Ursula von"),
        ev("2025-10-21-brussels-al-sisi-de-wever", M, OCC, "2025-10-21", "Brussels", [SISI, DE_WEVER], [],
           "held talks with Belgian Prime Minister Bart De Wever the same evening"),
        ev("2025-12-cairo-abdelatty-kallas", M, PLN, "2025-12", "Cairo", [KALLAS, ABDELATTY], [],
           "Kaja Kallas is set to visit Cairo in December for talks with Egyptian Foreign Minister"),
    ], ["'The leaders signed a memorandum' (same summit)",
        "'a €7.4 billion package announced last year' (no encounter)",
        "'Human rights groups protested outside the Council building' (not diplomacy)",
        "'A meeting between Sisi and ... Roberta Metsola ... was cancelled at short notice' (cancelled)",
        "'Costa told a press conference' (press)",
        "'help Egypt meet the target of 42 percent renewable power' (idiom)",
        "Related: Von der Leyen and Sisi sign partnership; Kallas meets Abdelatty; EU leaders gather (furniture)"]),

    # MOFA readout, Tuesday. Family names in capitals ("TAKAICHI Sanae", "MOTEGI Toshimitsu").
    # Akasaka Palace and the Imperial Palace -> Tokyo. "telephone talk of October 25" is a call.
    ("008_jp_us_summit_mofa_readout", "2025-10-28", False, [
        ev("2025-10-28-tokyo-takaichi-trump", M, OCC, "2025-10-28", "Tokyo", [TAKAICHI, TRUMP], [],
           "Summit Meeting, followed by a working lunch, with the Honorable Donald J. Trump"),
        ev("2025-10-25-takaichi-trump-call", C, OCC, "2025-10-25", None, [TAKAICHI, TRUMP], [],
           "building on their telephone talk of October 25"),
        ev("2025-10-27-tokyo-naruhito-trump", M, OCC, "2025-10-27", "Tokyo", [TRUMP, NARUHITO], [],
           "President Trump paid a courtesy call on His Majesty Emperor Naruhito at the Imperial Palace"),
        ev("2025-10-27-tokyo-motegi-rubio", M, OCC, "2025-10-27", "Tokyo", [MOTEGI, RUBIO], [],
           "held a Japan-U.S. Foreign Ministers' Meeting with the Honorable Marco Rubio, Secretary of State"),
    ], ["numbered points 1-4 'The two leaders discussed / exchanged views / signed a document' (same summit)",
        "'The two leaders concurred to continue close communication' (vague)",
        "'is scheduled to travel to Gyeongju ... to attend the APEC Economic Leaders' Meeting' (travel; backdrop)",
        "'expressed her wish to visit the United States at an early date' (vague)",
        "Related Links: Japan-U.S. Summit Telephone Talk (October 25, 2025), Japan-Malaysia Summit Meeting (furniture)"]),

    # Tuesday page in Australia (AEDT); "on Monday, local time" -> 20 Oct in Washington.
    # Rudd, "seated across the table", is present: participant. "on Sunday" is past for King-Burgum
    # (19 Oct) and future for Anwar ("later this week ... on Sunday", 26 Oct). "last month" -> 2025-09.
    # The call "most recently earlier this month" is one occasion (2025-10); "four times" is counted.
    ("009_au_us_albanese_trump_broadcaster", "2025-10-21", False, [
        ev("2025-10-20-washington-albanese-trump", M, OCC, "2025-10-20", "Washington", [ALBANESE, TRUMP, RUDD], [],
           "holding talks in the Cabinet Room of the White House on Monday, local time"),
        ev("2025-09-23-new-york-albanese-trump", M, OCC, "2025-09", "New York", [ALBANESE, TRUMP], [],
           "a reception Mr Trump hosted in New York during the UN General Assembly last month"),
        ev("2025-10-albanese-trump-call", C, OCC, "2025-10", None, [ALBANESE, TRUMP], [],
           "The pair had spoken by phone four times since January, most recently earlier this month"),
        ev("2025-10-19-washington-burgum-king", M, OCC, "2025-10-19", "Washington", [KING, BURGUM], [],
           "Resources Minister Madeleine King met US Interior Secretary Doug Burgum in Washington on Sunday"),
        ev("2025-10-26-kuala-lumpur-albanese-anwar", M, PLN, "2025-10-26", "Kuala Lumpur", [ALBANESE, ANWAR], [],
           "where he is expected to meet Malaysian Prime Minister Anwar Ibrahim on Sunday"),
    ], ["'Asked by a reporter about AUKUS, Mr Trump said' (press)",
        "'the President turned to ... Kevin Rudd ... and said' (exchange inside the same meeting)",
        "'A planned encounter on the sidelines of the G7 summit in Kananaskis in June was cancelled' (cancelled)",
        "'had spoken by phone four times since January' (counted part of the sentence)",
        "'Sussan Ley said in a statement' (statement)",
        "'set to fly to Kuala Lumpur later this week for the East Asia Summit' (travel; backdrop)",
        "'Mr Trump said he \"would love to\" visit Australia, but no trip has been scheduled' (hypothetical)",
        "Photo caption: 'at the signing in the Cabinet Room' (same event)",
        "Related stories: Albanese and Xi meet, Wong and Rubio meet, 'Matildas to meet Wales' (furniture, sport)"]),

    # Sunday page (Korean outlet). Kim Jong-un / Sergei Lavrov / Choe Son-hui spellings.
    # "July 11-12" is one two-day round (date_end). "in June last year" -> 2024-06.
    # "later in the day" on a Sunday page -> planned 13 July.
    ("010_kp_ru_lavrov_wonsan_regional", "2025-07-13", False, [
        ev("2025-07-12-wonsan-kim-lavrov", M, OCC, "2025-07-12", "Wonsan", [KIM, LAVROV], [],
           "North Korean leader Kim Jong-un received Russian Foreign Minister Sergei Lavrov on Saturday"),
        ev("2025-07-11-wonsan-choe-lavrov", M, OCC, "2025-07-11", "Wonsan", [LAVROV, CHOE], [],
           "talks on July 11-12 with North Korean Foreign Minister Choe Son-hui", date_end="2025-07-12"),
        ev("2024-06-19-pyongyang-kim-putin", M, OCC, "2024-06", "Pyongyang", [KIM, PUTIN], [],
           "the comprehensive strategic partnership treaty that Kim signed with Russian President Vladimir Putin in Pyongyang"),
        ev("2025-07-13-beijing-lavrov-wang", M, PLN, "2025-07-13", "Beijing", [LAVROV, WANG], [],
           "expected to hold talks with Chinese Foreign Minister Wang Yi later in the day"),
    ], ["'the North's state media reported Sunday' (report)",
        "'Kim and Lavrov had a \"warm and comradely\" conversation' (same Kim-Lavrov meeting)",
        "'Lavrov arrived in Wonsan on Friday' (arrival)",
        "'agreed to \"maintain regular strategic dialogue\"' (vague)",
        "'Lavrov told reporters that Kim could visit Russia \"at any time\"' (press; hypothetical)",
        "'Shoigu travelled to Pyongyang twice last month and was received by Kim each time' (counted)",
        "'Unification Ministry said in a statement' (statement)",
        "'has proposed resuming military talks ... Pyongyang has not responded' (proposal not accepted)",
        "'Russian tourists is to arrive in Wonsan next week' (not diplomacy)",
        "Photo caption 'shakes hands ... in Wonsan, July 12' (same Kim-Lavrov meeting)",
        "Most read / Related: Lee, Ishiba agree by phone; 'Korea to meet Japan in East Asian Cup final'; Putin, Kim sign pact (furniture, sport)"]),

    # Thursday brief. "in June" -> 2025-06; "in mid-August" -> 2025-08.
    ("011_by_us_coale_minsk_brief", "2025-09-11", False, [
        ev("2025-09-11-minsk-coale-lukashenko", M, OCC, "2025-09-11", "Minsk", [LUKASHENKO, COALE], [],
           "Alexander Lukashenko received US envoy John Coale in Minsk on Thursday"),
        ev("2025-06-21-minsk-kellogg-lukashenko", M, OCC, "2025-06", "Minsk", [KELLOGG, LUKASHENKO], [],
           "Keith Kellogg was received by Lukashenko in Minsk in June"),
        ev("2025-08-15-lukashenko-trump-call", C, OCC, "2025-08", None, [TRUMP, LUKASHENKO], [],
           "Trump and Lukashenko spoke by telephone in mid-August"),
    ], ["'Coale told reporters afterwards' (press)",
        "'he had handed over a letter from Trump' (same meeting)",
        "'called the talks \"a big deal\"' (same meeting; footage)",
        "'Trump later described the Belarusian leader as \"highly respected\"' (statement)",
        "'Trump has said he would like to meet Lukashenko, but no meeting has been planned' (hypothetical/negation)",
        "'Lithuania's foreign ministry said in a statement' (statement)",
        "'Tsikhanouskaya thanked Washington' (statement)",
        "'Warsaw shut them during the ... Zapad military exercises' (not diplomacy)",
        "Related / Read more: Kellogg meets Lukashenko, Tsikhanouskaya meets Rubio, Lukashenko hosts Putin (furniture)"]),

    # Wednesday Palazzo Chigi release: "The President of the Council of Ministers" before the name.
    # Restricted meeting + plenary = one summit. "yesterday" -> 22 July (Quirinale, Rome).
    # "in October" future -> 2025-10 (planned); "in January 2023" -> 2023-01.
    ("012_it_dz_intergovernmental_summit_release", "2025-07-23", False, [
        ev("2025-07-23-rome-meloni-tebboune", M, OCC, "2025-07-23", "Rome", [MELONI, TEBBOUNE], [],
           "received today at Villa Doria Pamphilj the President of the People's Democratic Republic of Algeria"),
        ev("2025-07-23-rome-attaf-tajani", M, OCC, "2025-07-23", "Rome", [TAJANI, ATTAF], [],
           "Antonio Tajani, held a bilateral meeting with his counterpart Ahmed Attaf"),
        ev("2025-10-algiers-attaf-tajani", M, PLN, "2025-10", "Algiers", [TAJANI, ATTAF], [],
           "the next session of the Strategic Dialogue, which they co-chair, will be held in Algiers"),
        ev("2025-07-22-rome-mattarella-tebboune", M, OCC, "2025-07-22", "Rome", [TEBBOUNE, MATTARELLA], [],
           "President Tebboune was received yesterday at the Quirinale Palace by the President of the Republic"),
        ev("2023-01-23-algiers-meloni-tebboune", M, OCC, "2023-01", "Algiers", [MELONI, TEBBOUNE], [],
           "she had met President Tebboune in Algiers in January 2023"),
    ], ["'first held a restricted-format meeting, followed by the plenary session' (same summit)",
        "'meeting Italy's demand for natural gas' (idiom)",
        "'about forty agreements ... were signed' (same summit)",
        "'who offered a lunch in his honour' (same Quirinale meeting)",
        "'The two Presidents then delivered joint press statements' (press)",
        "'an Italy-Algeria Business Forum brought together more than 400 companies' (companies)",
        "'The Council of Ministers will meet tomorrow' (internal)",
        "Related news: Meloni meets Erdogan, telephone conversation with Trump, receives Dbeibah (furniture)"]),

    # Manifest null: dateline "BEIJING, April 24, 2025" (Thursday). "on Wednesday" past -> 23 April;
    # "on Friday" future -> 25 April (planned); "from April 22-26" is the visit, not an event.
    # Fronted clause "During his visit to Beijing, Ruto also met ...". "in September last year" -> 2024-09.
    ("013_ke_cn_ruto_beijing_wire", "2025-04-24", True, [
        ev("2025-04-24-beijing-ruto-xi", M, OCC, "2025-04-24", "Beijing", [RUTO, XI], [],
           "President William Ruto held talks with Chinese President Xi Jinping at the Great Hall"),
        ev("2025-04-23-beijing-ruto-zhao", M, OCC, "2025-04-23", "Beijing", [RUTO, ZHAO], [],
           "Ruto also met Chairman of the Standing Committee of the National People's Congress Zhao Leji"),
        ev("2025-04-25-beijing-li-ruto", M, PLN, "2025-04-25", "Beijing", [RUTO, LI], [],
           "is scheduled to meet Premier Li Qiang on Friday"),
        ev("2024-09-beijing-ruto-xi", M, OCC, "2024-09", "Beijing", [RUTO, XI], [],
           "Ruto and Xi last met on the margins of the Forum on China-Africa Cooperation summit"),
        ev("2025-07-nairobi-mudavadi-wang", M, PLN, "2025-07", "Nairobi", [MUDAVADI, WANG], [],
           "the Kenya-China joint commission is due to meet in Nairobi in July"),
    ], ["'was welcomed by Xi at a ceremony ... before the talks' (same event)",
        "'witnessed the signing of agreements' (same event)",
        "'before travelling to Fujian province' (travel)",
        "'Mudavadi said' (statement)",
        "'Ruto addressed the Kenya-China Business Forum' (speech, companies)",
        "'He will deliver a lecture at Peking University on Friday' (speech)",
        "'Kenya has not met the target of doubling exports' (idiom)",
        "'Kalonzo Musyoka said in a statement' (statement)",
        "'Harambee Stars will meet Gabon in a World Cup qualifier in June' (sport)",
        "Related: Ruto meets US envoy, Mudavadi holds phone talks with Lammy (furniture)"]),

    # Thursday page translated from Spanish. "Wednesday the 14th"; "The day before" -> 13 May;
    # "on Monday" -> 12 May; "on Sunday" -> 11 May. "Xi Jingping" is misspelt in the evidence.
    # The forum opening is reported as a gathering: named attendees are participants, CELAC the group.
    ("014_co_cn_petro_xi_beijing_translated", "2025-05-15", False, [
        ev("2025-05-14-beijing-petro-xi", M, OCC, "2025-05-14", "Beijing", [PETRO, XI], [],
           "a bilateral meeting with his counterpart of the People's Republic of China, Xi Jingping"),
        ev("2025-05-13-beijing-boric-lula-petro-xi", M, OCC, "2025-05-13", "Beijing", [XI, PETRO, LULA, BORIC], [CELAC],
           "the inauguration of the IV Ministerial Meeting of the China-CELAC Forum, which Xi opened"),
        ev("2025-05-12-beijing-sarabia-wang", M, OCC, "2025-05-12", "Beijing", [SARABIA, WANG], [],
           "Laura Sarabia had held talks on Monday in Beijing with the Chinese foreign minister"),
        ev("2025-05-11-shanghai-petro-rousseff", M, OCC, "2025-05-11", "Shanghai", [PETRO, ROUSSEFF], [],
           "in Shanghai, the president was received by the president of the New Development Bank"),
    ], ["'the two heads of State reviewed the agenda' (same bilateral)",
        "'An encounter with the Premier Li Qiang, initially foreseen in the agenda, did not take place' (cancelled)",
        "'the Department of State said in a statement' (statement)",
        "'Petro gave an interview to ... CGTN' (interview)",
        "'help them meet the demand of the Asian market' (idiom)",
        "'The women's national team will meet China in a friendly match' (sport)",
        "Más leídas / Le puede interesar: 'Petro meets Lula in Beijing', 'Senate votes', 'Millonarios will meet Nacional' (furniture)"]),
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
