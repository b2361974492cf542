#!/usr/bin/env python3
"""Generate gold.jsonl and manifest.jsonl for the holdout8 corpus.

Run:  python3 data/holdout8/build_gold.py   then   python3 data/eval/validate.py data/holdout8
Each article lists its true publication date, whether the manifest hides it, its gold
events, and (for documentation only) the traps it contains that must NOT be extracted.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

# canonical names
SHARIF, MBS, KHALID_BS, MUNIR, DAR = ("Shehbaz Sharif", "Mohammed bin Salman", "Khalid bin Salman",
                                      "Asim Munir", "Ishaq Dar")
TAMIM, FAISAL, IMRAN, GUTERRES = ("Tamim bin Hamad Al Thani", "Faisal bin Farhan", "Imran Khan",
                                  "Antonio Guterres")
KHALED, MBZ = "Khaled bin Mohamed bin Zayed Al Nahyan", "Mohamed bin Zayed Al Nahyan"
MODI, JAISHANKAR, MURMU, SHINDE = ("Narendra Modi", "Subrahmanyam Jaishankar", "Droupadi Murmu",
                                   "Eknath Shinde")
WONG, MARLES, IWAYA, NAKATANI = "Penny Wong", "Richard Marles", "Takeshi Iwaya", "Gen Nakatani"
ISHIBA, ALBANESE = "Shigeru Ishiba", "Anthony Albanese"
WILLEM_ALEXANDER, MAXIMA, GEERLINGS = "Willem-Alexander", "Maxima", "Jennifer Geerlings-Simons"
VAN_WEEL, BOUVA, RUSLAND, ALI = "David van Weel", "Melvin Bouva", "Gregory Rusland", "Irfaan Ali"
LOKKE, MOTZFELDT, VANCE, RUBIO = "Lars Lokke Rasmussen", "Vivian Motzfeldt", "JD Vance", "Marco Rubio"
FREDERIKSEN, MACRON, RUTTE = "Mette Frederiksen", "Emmanuel Macron", "Mark Rutte"
SHAHEEN, ANAND = "Jeanne Shaheen", "Anita Anand"
LEO, AOUN, SALAM, BERRI = "Leo XIV", "Joseph Aoun", "Nawaf Salam", "Nabih Berri"
PAROLIN, RAJJI = "Pietro Parolin", "Youssef Rajji"
KANG, KOSINIAK, NAWROCKI, LEE, TUSK = ("Kang Hoon-sik", "Wladyslaw Kosiniak-Kamysz", "Karol Nawrocki",
                                       "Lee Jae-myung", "Donald Tusk")
SANCHEZ, XI, ZHAO, CUERPO, WANG_WT = ("Pedro Sanchez", "Xi Jinping", "Zhao Leji", "Carlos Cuerpo",
                                      "Wang Wentao")
BOLUARTE, NOBOA, SCHIALER, SOMMERFELD = ("Dina Boluarte", "Daniel Noboa", "Elmer Schialer",
                                         "Gabriela Sommerfeld")
ASTUDILLO, LOFFREDO, GOLDFAJN = "Walter Astudillo", "Gian Carlo Loffredo", "Ilan Goldfajn"
LUXON, LI, MCCLAY = "Christopher Luxon", "Li Qiang", "Todd McClay"


def ev(key, kind, status, date, location, participants, groups, evidence, date_end=None):
    e = {"key": key, "kind": kind, "status": status, "date": date}
    if date_end:
        e["date_end"] = date_end
    e.update({"location": location, "participants": participants, "groups": groups,
              "evidence": evidence})
    return e


M, C, OCC, PLN = "meeting", "call", "occurred", "planned"

# shared keys (same real-world event in several articles)
K_RIYADH = "2025-09-17-riyadh-bin-salman-sharif"
K_DOHA = "2025-09-15-doha-al-thani-sharif"
K_DELHI_MODI = "2024-09-09-new-delhi-bin-mohamed-modi"
K_DELHI_JAISHANKAR = "2024-09-08-new-delhi-bin-mohamed-jaishankar"
K_TOKYO_2P2 = "2025-09-05-tokyo-iwaya-marles-nakatani-wong"
K_PARAMARIBO = "2025-12-01-paramaribo-geerlings-simons-willem-alexander"
K_WASHINGTON = "2026-01-14-washington-lokke-rasmussen-motzfeldt-rubio-vance"
K_BAABDA_AOUN = "2025-11-30-baabda-aoun-leo-xiv"
K_BAABDA_SALAM = "2025-11-30-baabda-leo-xiv-salam"
K_TUMBES = "2025-06-27-tumbes-boluarte-noboa"

ARTICLES = [
    ("000_pk_sharif_riyadh_preview_wire", "2025-09-16", False, [
        ev(K_RIYADH, M, PLN, "2025-09-17", "Riyadh", [SHARIF, MBS], [],
           "Shehbaz Sharif will hold talks with Crown Prince Mohammed bin Salman in Riyadh on Wednesday"),
        ev(K_DOHA, M, OCC, "2025-09-15", "Doha", [SHARIF, TAMIM], [],
           "Sharif met Qatar's emir, Sheikh Tamim bin Hamad Al Thani, on Monday"),
        ev("2025-09-14-bin-farhan-dar-call", C, OCC, "2025-09-14", None, [DAR, FAISAL], [],
           "spoke by phone with his Saudi counterpart, Prince Faisal bin Farhan, on Sunday"),
    ], ["emergency Arab-Islamic summit in Doha (backdrop of the Sharif-Tamim meeting)",
        "last week's Israeli strike on Doha (no meeting)",
        "'Nothing is final until the leaders sit down' (quote, no new event)",
        "'would not say whether ... Asim Munir would travel with the prime minister' (unconfirmed; not a participant)",
        "'has travelled to the kingdom several times since ... March 2024' (counted)",
        "'the federal cabinet is due to meet on Friday' (internal)",
        "opposition lawmakers 'told reporters in Islamabad' (press)",
        "Sharif-Trump meeting 'could be arranged if schedules allow', nothing requested (hypothetical)",
        "foreign office 'denied a media report that Dar had met Iranian officials in Tehran' (denied)",
        "Related coverage: Dar meets Wang Yi, Qatar's emir receives Erdogan, Munir lunches with Trump (furniture)"]),

    ("001_pk_saudi_pact_regional", "2025-09-18", False, [
        ev(K_RIYADH, M, OCC, "2025-09-17", "Riyadh", [MBS, SHARIF, MUNIR, DAR], [],
           "Crown Prince Mohammed bin Salman received Prime Minister Shahbaz Sharif at Al-Yamamah Palace on Wednesday"),
        ev("2025-09-17-riyadh-bin-salman-munir", M, OCC, "2025-09-17", "Riyadh", [MUNIR, KHALID_BS], [],
           "Munir held a separate meeting with Saudi Defence Minister Prince Khalid bin Salman"),
        ev("2025-09-new-york-guterres-sharif", M, PLN, "2025-09", "New York", [SHARIF, GUTERRES], [],
           "he is scheduled to meet UN Secretary-General António Guterres next week"),
    ], ["signing of the agreement after the talks (part of the Riyadh meeting)",
        "photo caption 'embrace after signing the pact' (same event, no date)",
        "'have met more than a dozen times since 2022' (counted)",
        "Sharif 'addressed Pakistani businessmen at a reception hosted by the embassy' (speech, own nationals)",
        "Indian foreign ministry spokesperson 'told a weekly briefing' (press)",
        "crown prince's visit to Islamabad 'would be welcome at any time' (vague)",
        "joint committee to be formed 'in due course' (not fixed)",
        "'travels to London on Friday for a private visit' (travel)",
        "Most read: Saudi FM meets Dar in Jeddah, PM chairs cabinet meeting, Munir meets Turkish army chief (furniture)"]),

    ("002_pk_sa_pact_analysis", "2025-09-22", True, [
        ev(K_RIYADH, M, OCC, "2025-09", "Riyadh", [SHARIF, MBS], [],
           "Shehbaz Sharif and Crown Prince Mohammed bin Salman signed the pact in Riyadh last week"),
        ev("2019-02-17-islamabad-bin-salman-khan", M, OCC, "2019-02", "Islamabad", [MBS, IMRAN], [],
           "Mohammed bin Salman was received by then prime minister Imran Khan in Islamabad"),
        ev(K_DOHA, M, OCC, "2025-09-15", "Doha", [SHARIF, TAMIM], [],
           "meeting with Qatar's emir, Sheikh Tamim bin Hamad Al Thani, in Doha on 15 September"),
        ev("2025-10-rawalpindi-pakistan-saudi-arabia", M, PLN, "2025-10", "Rawalpindi", [],
           ["Saudi Arabia", "Pakistan"],
           "Saudi and Pakistani defence officials are due to meet in Rawalpindi next month"),
    ], ["troops 'stationed in the kingdom ... since the late 1960s' (no meeting)",
        "'the two militaries have held dozens of joint exercises' (counted)",
        "Israeli strike on the Qatari capital (no meeting)",
        "Khawaja Asif 'suggested in a television interview' (interview)",
        "'Other Gulf states could join the arrangement if they wished, ... Dar told reporters' (hypothetical, press)",
        "'normalisation talks with Israel ... have not resumed' (negation)",
        "'Some commentators in the Gulf have called for talks with Ankara' (called for)",
        "a trilateral summit 'could happen one day' (hypothetical)",
        "New Delhi 'said it would study the implications' (statement)",
        "Related analysis: Why Qatar's emir hosted the summit, Dar and Fidan meet in Istanbul (furniture)"]),

    ("003_in_uae_crown_prince_arrives", "2024-09-08", False, [
        ev(K_DELHI_JAISHANKAR, M, OCC, "2024-09-08", "New Delhi", [JAISHANKAR, KHALED], [],
           "S Jaishankar called on the crown prince at his hotel on Sunday evening"),
        ev(K_DELHI_MODI, M, PLN, "2024-09-09", "New Delhi", [KHALED, MODI], [],
           "Sheikh Khaled will hold talks with Prime Minister Narendra Modi at Hyderabad House"),
        ev("2024-02-13-abu-dhabi-bin-zayed-modi", M, OCC, "2024-02", "Abu Dhabi", [MODI, MBZ], [],
           "Modi met the UAE President in Abu Dhabi in February"),
    ], ["'arrived in the capital on Sunday afternoon' (arrival)",
        "'A group of Emirati business leaders is travelling with him' (companies, not groups)",
        "'He is also likely to call on President Droupadi Murmu, though the ministry has not released his full programme' (not confirmed)",
        "homage to Mahatma Gandhi at Rajghat (no encounter)",
        "Mohamed bin Zayed 'has visited India several times' (counted)",
        "Randhir Jaiswal 'told a briefing on Friday' (press)",
        "'Modi has travelled to the UAE seven times since 2015' (counted)",
        "'will fly to Mumbai, where he is expected to tour the stock exchange' (travel, no encounter)",
        "Related News: Jaishankar meets Saudi FM, Modi to visit Brunei, UAE President receives Goyal (furniture)"]),

    ("004_in_uae_modi_talks_wire", "2024-09-09", False, [
        ev(K_DELHI_MODI, M, OCC, "2024-09-09", "New Delhi", [MODI, KHALED], [],
           "Modi held talks with Abu Dhabi's Crown Prince Sheikh Khalid bin Mohamed bin Zayed"),
        ev("2024-09-09-new-delhi-bin-mohamed-murmu", M, OCC, "2024-09-09", "New Delhi", [KHALED, MURMU], [],
           "the crown prince called on President Droupadi Murmu at Rashtrapati Bhavan"),
        ev(K_DELHI_JAISHANKAR, M, OCC, "2024-09-08", "New Delhi", [JAISHANKAR, KHALED], [],
           "who called on the crown prince a day earlier at his hotel in the capital"),
        ev("2024-09-10-mumbai-bin-mohamed-shinde", M, PLN, "2024-09-10", "Mumbai", [KHALED, SHINDE], [],
           "Sheikh Khalid is scheduled to meet Maharashtra Chief Minister Eknath Shinde in Mumbai on Tuesday"),
    ], ["lunch hosted by Modi after the talks (part of the same event)",
        "LNG contract 'exchanged in the presence of the two leaders' (part of the same event; companies)",
        "Jaishankar 'wrote on X' (post)",
        "'Negotiators have held several rounds of talks since 2022' (counted)",
        "state visit by Mohamed bin Zayed 'could take place next year', 'no dates have been discussed' (hypothetical)",
        "'No meeting with opposition leader Rahul Gandhi was on the crown prince's programme' (negation)",
        "'Modi posted photographs of the talks on X' (post)",
        "'The two men had not met before' (negation)",
        "'returning to Abu Dhabi' (travel)"]),

    ("005_au_jp_2plus2_preview_broadcaster", "2025-09-04", False, [
        ev(K_TOKYO_2P2, M, PLN, "2025-09-05", "Tokyo", [WONG, MARLES, IWAYA, NAKATANI], [],
           "will meet their Japanese counterparts, Takeshi Iwaya and Gen Nakatani, in Tokyo on Friday"),
        ev("2025-08-05-albanese-ishiba-call", C, OCC, "2025-08-05", None, [ALBANESE, ISHIBA], [],
           "Anthony Albanese spoke with Japanese Prime Minister Shigeru Ishiba by phone the same evening"),
        ev("2025-07-kuala-lumpur-iwaya-wong", M, OCC, "2025-07", "Kuala Lumpur", [WONG, IWAYA], [],
           "last met Mr Iwaya in July, on the sidelines of regional meetings in Kuala Lumpur"),
    ], ["frigate decision 'announced on August 5' (announcement)",
        "Marles 'told a press conference in Geelong on Wednesday' (press) and his quote",
        "'The ministerial dialogue has been held eleven times since it began in 2007' (counted)",
        "'national security committee signed off ... on Tuesday' (internal)",
        "'Mr Albanese is not travelling with the ministers' (negation)",
        "Ishiba 'could visit Australia later this year only if he survives a leadership challenge' (hypothetical)",
        "Angus Taylor 'called for talks with industry' (called for; domestic)",
        "Related stories: Albanese welcomes frigate decision, Marles hosts Nakatani in Darwin, Ishiba under pressure (furniture)"]),

    ("006_jp_au_2plus2_broadcaster", "2025-09-06", False, [
        ev(K_TOKYO_2P2, M, OCC, "2025-09-05", "Tokyo", [IWAYA, NAKATANI, WONG, MARLES], [],
           "Iwaya Takeshi and Defense Minister Nakatani Gen held talks with Australian Foreign Minister Penny Wong"),
        ev("2025-09-05-tokyo-ishiba-marles-wong", M, OCC, "2025-09-05", "Tokyo", [WONG, MARLES, ISHIBA], [],
           "Wong and Marles paid a courtesy call on Prime Minister Ishiba Shigeru"),
        ev("2025-09-06-yokosuka-marles-nakatani", M, OCC, "2025-09-06", "Yokosuka", [NAKATANI, MARLES], [],
           "On Saturday, Nakatani and Marles held a further meeting at the Maritime Self-Defense Force base"),
        ev("2025-10-canberra-australia-japan", M, PLN, "2025-10", "Canberra", [], ["Japan", "Australia"],
           "Working-level talks between officials of the two governments will be held in Canberra next month"),
    ], ["'the twelfth in the so-called \"2+2\" format' (ordinal, no other occasion)",
        "'toured a Mogami-class frigate' (part of the Yokosuka meeting)",
        "'The four ministers held a joint news conference' (press)",
        "Iwaya 'would visit Australia \"at an appropriate time\", but no date was given' (not fixed)",
        "'did not discuss a date for the next meeting of the two countries' leaders' (not fixed)",
        "Ishiba 'told reporters on Saturday morning' (press)",
        "Australia 'selected the ... design in August' (decision, no meeting)",
        "Most viewed: Iwaya speaks with Wang Yi, Nakatani meets US Defense Secretary (furniture)"]),

    ("007_nl_king_suriname_preview", "2025-11-28", False, [
        ev(K_PARAMARIBO, M, PLN, "2025-12-01", "Paramaribo", [WILLEM_ALEXANDER, MAXIMA, GEERLINGS], [],
           "The royal couple will be received by President Jennifer Geerlings-Simons at the Presidential Palace"),
        ev("2025-12-02-paramaribo-bouva-van-weel", M, PLN, "2025-12-02", "Paramaribo", [VAN_WEEL, BOUVA], [],
           "hold talks with his Surinamese counterpart Melvin Bouva in Paramaribo on Tuesday"),
        ev("2025-10-the-hague-bouva-van-weel", M, OCC, "2025-10", "The Hague", [VAN_WEEL, BOUVA], [],
           "Van Weel received Bouva in The Hague in October"),
    ], ["'will travel to Suriname on Monday' (travel; the palace reception is the event)",
        "'will fly in separately': van Weel is not at Monday's reception",
        "relations frozen under Bouterse, the 1982 December murders (background)",
        "the King's apology 'in a speech in Amsterdam on 1 July 2023' (speech)",
        "'Surinamese organisations have since called for talks on reparations' (called for)",
        "'The cabinet approved the programme at its weekly meeting' (internal)",
        "'Dick Schoof ... will not travel to Suriname' (negation)",
        "'will travel to the western district of Nickerie' (travel)",
        "'No meeting with former president Chan Santokhi ... is on the programme' (negation)",
        "Geerlings-Simons 'would be willing to visit the Netherlands \"when the time is right\"' (vague)",
        "Read also: foreign minister meets counterpart in The Hague, independence parade, King receives Caribbean PMs (furniture)"]),

    ("008_sr_state_visit_paramaribo", "2025-12-02", True, [
        ev(K_PARAMARIBO, M, OCC, "2025-12-01", "Paramaribo", [GEERLINGS, WILLEM_ALEXANDER, MAXIMA], [],
           "President Jennifer Geerlings-Simmons yesterday received King Willem-Alexander and Queen Máxima at the Presidential Palace"),
        ev("2025-12-02-paramaribo-rusland-willem-alexander", M, PLN, "2025-12-02", "Paramaribo",
           [RUSLAND, WILLEM_ALEXANDER], [],
           "Vice President Gregory Rusland will receive the King at the Cabinet of the Vice President"),
        ev("2025-11-29-ali-geerlings-simons-call", C, OCC, "2025-11-29", None, [GEERLINGS, ALI], [],
           "On Saturday she held a video call with Guyanese President Irfaan Ali"),
    ], ["state banquet 'In the evening' of the same day (part of the same event)",
        "photo caption 'The King and the President on the steps' (same event, no date)",
        "wreath at the Monument of the Abolition of Slavery (no encounter)",
        "King 'addressed a special session of the National Assembly' (speech)",
        "'Former president Chan Santokhi was not invited to the state banquet' (negation)",
        "VHP spokesperson's remark (statement)",
        "'The President had prepared the visit in recent weeks' (vague)",
        "'will travel to Nickerie on Wednesday' (travel)",
        "'David van Weel arrived in Paramaribo on Monday evening' (arrival)",
        "crowds on the Waterkant (no encounter); reader comments"]),

    ("009_dk_greenland_washington_preview_wire", "2026-01-12", False, [
        ev(K_WASHINGTON, M, PLN, "2026-01-14", "Washington", [LOKKE, MOTZFELDT, VANCE, RUBIO], [],
           "will meet U.S. Vice President JD Vance and Secretary of State Marco Rubio in Washington"),
        ev("2026-01-11-frederiksen-macron-call", C, OCC, "2026-01-11", None, [FREDERIKSEN, MACRON], [],
           "Mette Frederiksen spoke by phone with French President Emmanuel Macron on Sunday"),
        ev("2026-01-brussels-lokke-rasmussen-rutte", M, OCC, None, "Brussels", [LOKKE, RUTTE], [],
           "discussed Arctic security with NATO Secretary General Mark Rutte in Brussels ahead of the trip"),
    ], ["'European leaders have issued a joint statement' (statement)",
        "Løkke Rasmussen 'told reporters in Copenhagen' (press)",
        "'Frederiksen has not asked for a meeting with Trump' (negation)",
        "Trump 'would be happy to meet her \"if she wants to talk\"' (hypothetical)",
        "Nielsen 'wrote on Facebook' and 'called for direct talks between Nuuk and Washington' (post; called for)",
        "parliament's foreign policy committee 'met behind closed doors on Monday morning' (internal)",
        "Vance 'visited the U.S. Pituffik Space Base ... without meeting any Greenlandic or Danish officials' (visit; negation)",
        "Most read: Trump says US will get Greenland, Frederiksen meets Nielsen in Nuuk, Rubio speaks with Danish counterpart (furniture)"]),

    ("010_us_greenland_talks_ap", "2026-01-15", False, [
        ev(K_WASHINGTON, M, OCC, "2026-01-14", "Washington", [LOKKE, MOTZFELDT, VANCE, RUBIO], [],
           "met Vice President JD Vance and Secretary of State Marco Rubio at the White House"),
        ev("2026-01-13-washington-lokke-rasmussen-motzfeldt-shaheen", M, OCC, "2026-01-13", "Washington",
           [LOKKE, MOTZFELDT, SHAHEEN], ["Senate Foreign Relations Committee"],
           "the two ministers met members of the Senate Foreign Relations Committee on Capitol Hill"),
        ev("2026-01-16-ottawa-anand-motzfeldt", M, PLN, "2026-01-16", "Ottawa", [MOTZFELDT, ANAND], [],
           "Motzfeldt will meet Canadian Foreign Minister Anita Anand in Ottawa on Friday"),
    ], ["agreement to set up a high-level working group (outcome of the same meeting)",
        "Løkke Rasmussen 'met reporters at the Danish Embassy afterward' (press)",
        "Motzfeld's and Shaheen's quotes (statements)",
        "'President Donald Trump did not join the meeting' (negation); 'a dinner with Rubio planned for Tuesday evening was canceled' (cancelled)",
        "Trump 'could meet Danish leaders \"if they want to make a deal\"' (hypothetical), said in the Oval Office",
        "working group to meet '\"within weeks,\" at a date yet to be set' (not fixed)",
        "'Rubio and Løkke Rasmussen have spoken several times by phone' (counted)",
        "'Vance traveled to the U.S. Pituffik Space Base in March 2025' (visit, no encounter)",
        "RELATED: Vance and Rubio host Danish delegation, Trump says deal will happen (furniture)"]),

    ("011_lb_pope_visit_preview_wire", "2025-11-29", False, [
        ev(K_BAABDA_AOUN, M, PLN, "2025-11-30", "Baabda", [LEO, AOUN], [],
           "The pontiff will be received by President Joseph Aoun at the Baabda presidential palace"),
        ev(K_BAABDA_SALAM, M, PLN, "2025-11-30", "Baabda", [LEO, SALAM], [],
           "He will then meet Prime Minister Nawaf Salam at the palace"),
        ev("2025-10-vatican-city-parolin-rajji", M, OCC, "2025-10", "Vatican City", [RAJJI, PAROLIN], [],
           "Foreign Minister Youssef Rajji was received by Cardinal Pietro Parolin"),
    ], ["'arrives in Lebanon on Sunday' (arrival)",
        "mass on the Beirut waterfront and silent prayer at the port (no encounter)",
        "'Benedict XVI visited Lebanon in September 2012' (visit, no encounter)",
        "Francis 'hoped to make the trip but never did' (negation)",
        "'Hezbollah issued a statement' (statement)",
        "'No meeting with the group's leadership is planned' (negation)",
        "'The Lebanese cabinet met on Friday' (internal)",
        "visit to the south 'would be possible \"only if security conditions allow\"', not on the programme (hypothetical)",
        "John Paul II's 'a message' (quote)",
        "Related coverage: Aoun meets Pope Leo at the Vatican, Salam receives Vatican envoy (furniture)"]),

    ("012_lb_pope_baabda_regional", "2025-12-01", True, [
        ev(K_BAABDA_AOUN, M, OCC, "2025-11-30", "Baabda", [AOUN, LEO], [],
           "President Joseph Aoun welcomed Pope Leo XIV with full military honours"),
        ev(K_BAABDA_SALAM, M, OCC, "2025-11-30", "Baabda", [LEO, SALAM], [],
           "the pontiff held separate talks with Speaker Nabih Berri and Prime Minister Nawaf Salaam"),
        ev("2025-11-30-baabda-berri-leo-xiv", M, OCC, "2025-11-30", "Baabda", [LEO, BERRI], [],
           "the pontiff held separate talks with Speaker Nabih Berri and Prime Minister Nawaf Salaam"),
        ev("2025-06-vatican-city-aoun-leo-xiv", M, OCC, "2025-06", "Vatican City", [AOUN, LEO], [],
           "Aoun, who had been received by Leo XIV at the Vatican in June"),
        ev("2025-12-01-harissa-parolin-rajji", M, PLN, "2025-12-01", "Harissa", [PAROLIN, RAJJI], [],
           "due to hold talks with Foreign Minister Youssef Rajji at the apostolic nunciature in Harissa"),
    ], ["'landed at Beirut airport' (arrival)",
        "photo caption 'Aoun and Pope Leo XIV in the palace gardens' (same event, no date)",
        "'After a private meeting with Aoun' (part of the Baabda welcome)",
        "'addressing officials, diplomats and civil society representatives' (speech) and the quote",
        "gift of a cedar sculpture (part of the same event)",
        "crowds on the airport road (no encounter)",
        "'Today, the pontiff visits the tomb of Saint Charbel in Annaya' (no encounter)",
        "'No meeting with Hezbollah officials was on the agenda'; MPs attended the speech (negation; speech)",
        "Israeli strikes (no meeting)",
        "'no call with Israeli officials was planned' (negation)",
        "Read also: papal plane lands in Beirut, Berri meets US envoy, Salam meets Qatari emir (furniture)"]),

    ("013_kr_pl_defence_envoy_wire", "2025-08-02", False, [
        ev("2025-08-01-warsaw-kang-kosiniak-kamysz", M, OCC, "2025-08-01", "Warsaw", [KANG, KOSINIAK], [],
           "talks with Polish Deputy Prime Minister and Defense Minister Władysław Kosiniak-Kamysz in Warsaw on Friday"),
        ev("2025-08-04-warsaw-kang-nawrocki", M, PLN, "2025-08-04", "Warsaw", [KANG, NAWROCKI], [],
           "Kang is scheduled to meet President-elect Karol Nawrocki in Warsaw on Monday"),
        ev("2025-07-29-seoul-poland-south-korea", M, OCC, "2025-07-29", "Seoul", [], ["South Korea", "Poland"],
           "procurement officials from the two countries held talks in Seoul on July 29 and 30",
           date_end="2025-07-30"),
        ev("2025-06-lee-tusk-call", C, OCC, "2025-06", None, [LEE, TUSK], [],
           "Lee spoke by phone with Polish Prime Minister Donald Tusk in June"),
    ], ["contract signed by Hyundai Rotem and the Armament Agency; 'Kosiniak-Kamysz attended the signing ceremony together with Kang' (part of the same event; companies)",
        "'two days before Nawrocki is sworn in' (inauguration, no encounter)",
        "'Kang did not meet Tusk during the trip' (negation)",
        "first executive contract 'in 2022' (no meeting)",
        "'Warsaw has since placed several further orders' (counted)",
        "Lee 'could visit Poland next year \"if schedules permit\"' (hypothetical), told reporters",
        "spokesperson Kang Yu-jung 'said in a briefing' (press; a different Kang)",
        "'The Cabinet on Tuesday approved a plan' (internal)"]),

    ("014_es_cn_sanchez_beijing", "2025-04-12", False, [
        ev("2025-04-11-beijing-sanchez-xi", M, OCC, "2025-04-11", "Beijing", [SANCHEZ, XI], [],
           "Sánchez met Chinese President Xi Jinping at the Diaoyutai State Guesthouse in Beijing on Friday"),
        ev("2025-04-10-beijing-sanchez-zhao", M, OCC, "2025-04-10", "Beijing", [SANCHEZ, ZHAO], [],
           "On Thursday, Sánchez met Zhao Leji, chairman of the Standing Committee"),
        ev("2024-09-09-beijing-sanchez-xi", M, OCC, "2024-09", "Beijing", [XI, SANCHEZ], [],
           "Xi last received him in Beijing in September"),
        ev("2025-05-12-madrid-cuerpo-wang", M, PLN, "2025-05-12", "Madrid", [CUERPO, WANG_WT], [],
           "Cuerpo will hold talks with Chinese Commerce Minister Wang Wentao in Madrid on May 12",
           date_end="2025-05-13"),
    ], ["subheadline and photo caption (same event as the Xi meeting)",
        "Xi's remarks 'according to Chinese state media' (statement)",
        "'addressed Spanish and Chinese business leaders at a forum' (speech)",
        "'Sánchez's third trip to China in three years' (counted)",
        "Bessent 'warned in a television interview' (interview)",
        "EU-China summit 'at a date still to be agreed' (not fixed)",
        "meeting with Li Qiang 'pencilled in for Friday morning, was dropped from the programme' (cancelled)",
        "'King Felipe VI has no plans to visit China this year' (negation)",
        "'Sánchez left Beijing on Friday evening' (travel)",
        "Feijóo's accusation (statement)",
        "Más leídas: Sánchez meets Xi for third time, Albares speaks with Wang Yi, Feijóo meets Meloni (furniture)"]),

    ("015_pe_ec_binational_preview", "2025-06-25", False, [
        ev(K_TUMBES, M, PLN, "2025-06-27", "Tumbes", [BOLUARTE, NOBOA], ["Peru", "Ecuador"],
           "Dina Boluarte and Ecuadorian President Daniel Noboa will lead a binational cabinet meeting"),
        ev("2025-06-12-boluarte-noboa-call", C, OCC, "2025-06-12", None, [BOLUARTE, NOBOA], [],
           "a phone call between the two presidents on June 12"),
        ev("2025-06-23-lima-schialer-sommerfeld", M, OCC, "2025-06-23", "Lima", [SCHIALER, SOMMERFELD], [],
           "Elmer Schialer met his Ecuadorian counterpart Gabriela Sommerfeld in Lima on Monday"),
    ], ["'held more than a dozen binational cabinets since ... 2007' (counted)",
        "format also used 'with Colombia, Bolivia and Chile' (habitual)",
        "'The Council of Ministers met on Tuesday at the Government Palace' (internal)",
        "Arana 'said at a press conference' (press)",
        "'Tumbes business associations have called for talks' (called for; domestic)",
        "'No trilateral meeting with Colombia is planned' (negation)",
        "Andean summit 'could be considered ... if the security situation ... improves' (hypothetical), told reporters",
        "1995 border war and 1998 peace accord (background, no meeting)",
        "Related News: Boluarte meets Boric, Schialer and Sommerfeld sign demining deal (furniture)"]),

    ("016_ec_pe_tumbes_wire", "2025-06-27", False, [
        ev(K_TUMBES, M, OCC, "2025-06-27", "Tumbes", [NOBOA, BOLUARTE, SOMMERFELD, SCHIALER],
           ["Ecuador", "Peru"],
           "Noboa and Peruvian President Dina Boularte held a binational cabinet meeting in Tumbes"),
        ev("2025-09-quito-astudillo-loffredo", M, PLN, "2025-09", "Quito", [LOFFREDO, ASTUDILLO], [],
           "Walter Astudillo of Peru will meet in Quito in September"),
        ev("2025-06-26-goldfajn-noboa-call", C, OCC, "2025-06-26", None, [NOBOA, GOLDFAJN], [],
           "Noboa held a video call with Inter-American Development Bank president Ilan Goldfajn"),
    ], ["'brief one-on-one conversation before the plenary session' (part of the same event)",
        "foreign ministers 'signed a memorandum' at the meeting (part of the same event; they are participants)",
        "'The foreign ministers had prepared the meeting over several weeks' (vague)",
        "'who have met several times since Noboa took office in November 2023' (counted)",
        "'joint press conference at the end of the day' (press)",
        "Boluarte 'would be willing to visit Quito \"when the time is right\", but gave no date' (vague)",
        "'Noboa flew back to Guayaquil in the evening' (travel)",
        "'held almost every year since 2007' (habitual); 1998 peace agreement (background)"]),

    ("017_nz_cn_luxon_beijing_broadcaster", "2025-06-20", False, [
        ev("2025-06-20-beijing-luxon-xi", M, OCC, "2025-06-20", "Beijing", [LUXON, XI], [],
           "Christopher Luxon has met Chinese President Xi Jinping at the Great Hall of the People"),
        ev("2025-06-18-beijing-li-luxon", M, OCC, "2025-06-18", "Beijing", [LUXON, LI], [],
           "On Wednesday Luxon held talks with Premier Li Qiang in Beijing"),
        ev("2024-06-13-wellington-li-luxon", M, OCC, "2024-06", "Wellington", [LI, LUXON], [],
           "Li visited New Zealand in June last year, when Luxon hosted him in Wellington"),
        ev("2025-06-21-shanghai-mcclay-wang", M, PLN, "2025-06-21", "Shanghai", [MCCLAY, WANG_WT], [],
           "Todd McClay will stay on and meet Commerce Minister Wang Wentao in Shanghai on Saturday"),
    ], ["Li 'hosted him for lunch after the formal session' (part of the same event)",
        "China's agreements with the Cook Islands, 'not consulted on' (no meeting)",
        "'Luxon met the press at the ambassador's residence' (press)",
        "could return 'if the invitations keep coming', 'no further visit had been arranged' (hypothetical; not fixed)",
        "'Winston Peters did not travel with the prime minister' (negation)",
        "business delegation with Fonterra and Zespri (companies, not groups)",
        "Hipkins 'called for talks with Beijing on the Cook Islands' (called for)",
        "'Luxon flies home via Shanghai on Saturday morning' (travel)",
        "Related Stories: Peters meets Wang Yi, Cook Islands PM signs deals, Luxon arrives in Shanghai (furniture)"]),
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
