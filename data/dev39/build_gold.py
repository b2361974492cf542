#!/usr/bin/env python3
"""Generate gold.jsonl and manifest.jsonl for the dev39 development corpus.

Run:  python3 data/dev39/build_gold.py   then   python3 data/eval/validate.py data/dev39
Each article lists its true publication date, whether the manifest hides it, its gold
events, and (for documentation only) the traps it contains that must NOT be extracted.
dev39 is a READABLE development set: unlike the holdout sets, it may be read while developing.

It covers 15 real occasions, all from 2022-2024: Central Africa (Macron in Yaounde 2022),
East Africa and Russia (Lavrov in Entebbe 2022), the Horn of Africa (Blinken in Addis Ababa
2023), Southeast Asia (Biden in Hanoi 2023), South Asia and China (Muizzu in Beijing 2024),
South America and India (Murmu in Paramaribo 2023), Central Asia
(Macron in Astana 2023), the Levant (Hochstein's ceasefire shuttle in Beirut 2024), Iraq and
Iran (Pezeshkian in Baghdad 2024), the UK and Ireland (Biden in Belfast 2023), Central Europe
and the US (Orban at Mar-a-Lago 2024), South America and Taiwan (Lai in Asuncion 2023), the Gulf
and the US (Mohamed bin Zayed at the White House 2024), Oceania (Widodo in Port Moresby 2023)
and South America, Ukraine and the US (Lula and Zelenskyy in New York 2023).

Thirteen pages are ordinary modern online news (wire copy, national newspapers' sites,
broadcasters' sites, an agency-style regional site, a government press release); two are
unusual layouts (a live blog, an e-mail newsletter).

Three pages have no date in the manifest, and each prints one: 004 (page header "Wednesday,
10 January 2024 | 22:15 MVT"), 005 (press release "Posted On: 05 JUN 2023", "Paramaribo, June 5,
2023") and 013 (masthead "THURSDAY, JULY 6, 2023").

Three real events are reported by two pages under the same key:
  2022-07-26-yaounde-biya-macron        000 (main occasion) and 001 (background)
  2022-07-26-entebbe-lavrov-museveni    001 (main occasion) and 000 (background)
  2022-07-27-addis-ababa-demeke-lavrov  001 (planned, "there today") and 002 (occurred, "last July")
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

# canonical names
MACRON, BIYA, DION_NGUTE, TALON, EMBALO = (
    "Emmanuel Macron", "Paul Biya", "Joseph Dion Ngute", "Patrice Talon", "Umaro Sissoco Embalo")
LAVROV, MUSEVENI, ODONGO, SISI, SASSOU, PUTIN, DEMEKE = (
    "Sergey Lavrov", "Yoweri Museveni", "Jeje Odongo", "Abdel Fattah el-Sisi",
    "Denis Sassou Nguesso", "Vladimir Putin", "Demeke Mekonnen")
BLINKEN, ABIY, GETACHEW, FAKI, BAZOUM = (
    "Antony Blinken", "Abiy Ahmed", "Getachew Reda", "Moussa Faki Mahamat", "Mohamed Bazoum")
BIDEN, TRONG, THUONG, CHINH, LE_HOAI_TRUNG, MODI, OBAMA = (
    "Joe Biden", "Nguyen Phu Trong", "Vo Van Thuong", "Pham Minh Chinh", "Le Hoai Trung",
    "Narendra Modi", "Barack Obama")
MUIZZU, XI, LI_QIANG, ERDOGAN, SHEN, YAMEEN = (
    "Mohamed Muizzu", "Xi Jinping", "Li Qiang", "Recep Tayyip Erdogan", "Shen Yiqin",
    "Abdulla Yameen")
KISHIDA = "Fumio Kishida"
TOKAYEV, MIRZIYOYEV, ORBAN = ("Kassym-Jomart Tokayev", "Shavkat Mirziyoyev", "Viktor Orban")
HOCHSTEIN, BERRI, MIKATI, NETANYAHU, DERMER, LARIJANI, MCGURK = (
    "Amos Hochstein", "Nabih Berri", "Najib Mikati", "Benjamin Netanyahu", "Ron Dermer",
    "Ali Larijani", "Brett McGurk")
PEZESHKIAN, SUDANI, RASHID, BARZANI, TALABANI, KHAMENEI = (
    "Masoud Pezeshkian", "Mohammed Shia al-Sudani", "Abdul Latif Rashid", "Nechirvan Barzani",
    "Bafel Talabani", "Ali Khamenei")
RAISI = "Ebrahim Raisi"
SUNAK, ONEILL, DONALDSON, HIGGINS, VARADKAR = (
    "Rishi Sunak", "Michelle O'Neill", "Jeffrey Donaldson", "Michael D. Higgins", "Leo Varadkar")
TRUMP, KRISTERSSON = ("Donald Trump", "Ulf Kristersson")
LAI, PENA, ABDO, LARSON, ROSENBERGER, TSAI = (
    "Lai Ching-te", "Santiago Pena", "Mario Abdo Benitez", "Ingrid Larson", "Laura Rosenberger",
    "Tsai Ing-wen")
MURMU, SANTOKHI, VUCIC = ("Droupadi Murmu", "Chandrikapersad Santokhi", "Aleksandar Vucic")
MBZ, HARRIS, ZELENSKYY = ("Mohamed bin Zayed Al Nahyan", "Kamala Harris", "Volodymyr Zelenskyy")
WIDODO, MARAPE, DADAE, ALBANESE = ("Joko Widodo", "James Marape", "Bob Dadae", "Anthony Albanese")
LULA, AMORIM = ("Luiz Inacio Lula da Silva", "Celso Amorim")

def ev(key, kind, status, date, location, participants, groups, evidence, date_end=None):
    e = {"key": key, "kind": kind, "status": status, "date": date}
    if date_end:
        e["date_end"] = date_end
    e.update({"location": location, "participants": participants, "groups": groups,
              "evidence": evidence})
    return e


M, C, OCC, PLN = "meeting", "call", "occurred", "planned"

ARTICLES = [
    # 000. Cameroonian English-language news site, "Tuesday, July 26, 2022 - 21:10 WAT", dateline
    # "YAOUNDE" (manifest 2022-07-26, a Tuesday). "on Tuesday" -> 26 Jul; "late on Monday" ->
    # 25 Jul; "in November 2019" -> 2019-11; "on Wednesday"/"on Thursday" (future) -> 27/28 Jul.
    # The Unity Palace talks, the lunch hosted by Biya and the photo caption are one occasion.
    # The airport welcome by Dion Ngute is a separate encounter on a different day. Nsimalen
    # airport is Yaounde's airport (the text says so). The Paris encounter of November 2019 is
    # keyed by month: the forum ran over several days and the page gives no day. The Lavrov-
    # Museveni sentence is a shared event (001 reports it as the main occasion).
    ("000", "2022-07-26", False, [
        ev("2022-07-26-yaounde-biya-macron", M, OCC, "2022-07-26", "Yaounde", [MACRON, BIYA], [],
           "French President Emmanuel Macron held talks with President Paul Biya at Unity Palace on Tuesday"),
        ev("2022-07-25-yaounde-dion-ngute-macron", M, OCC, "2022-07-25", "Yaounde", [MACRON, DION_NGUTE], [],
           "landed at Yaounde's Nsimalen airport late on Monday, where Prime Minister Joseph Dion Ngute"),
        ev("2019-11-paris-biya-macron", M, OCC, "2019-11", "Paris", [BIYA, MACRON], [],
           "Biya and Macron last met in Paris in November 2019"),
        ev("2022-07-27-cotonou-macron-talon", M, PLN, "2022-07-27", "Cotonou", [MACRON, TALON], [],
           "Macron flies to Cotonou on Wednesday for talks with President Patrice Talon"),
        ev("2022-07-28-bissau-embalo-macron", M, PLN, "2022-07-28", "Bissau", [MACRON, EMBALO], [],
           "in Bissau on Thursday, where he is due to meet President Umaro Sissoco Embalo"),
        ev("2022-07-26-entebbe-lavrov-museveni", M, OCC, "2022-07-26", "Entebbe", [LAVROV, MUSEVENI], [],
           "who was received by President Yoweri Museveni in Entebbe on Tuesday"),
    ], ["'At a joint news conference afterwards, Biya brushed aside a question' (press conference)",
        "'Macron told reporters France would help ... said Russia was using grain as a weapon' (statement)",
        "'Relations cooled in February 2020, after Macron was recorded saying he would put \"maximum pressure\"' (remark, no encounter)",
        "'when the Cameroonian leader attended the Paris Peace Forum' (backdrop of the 2019 encounter, not a second event)",
        "'after stops in Egypt and the Republic of Congo' (travel with no stated encounter on this page)",
        "Related: 'Lavrov in Oyo: Russia's top diplomat meets Sassou Nguesso', 'Dion Ngute receives EU ambassador ...', 'Cameroon, Nigeria border commission to meet in Abuja' (furniture)"]),

    # 001. Ugandan news site, "Wednesday, July 27, 2022 - 07:30 EAT" (manifest 2022-07-27, a
    # Wednesday). "yesterday" -> 26 Jul; "on Monday evening" -> 25 Jul; "on Sunday" -> 24 Jul;
    # "on Monday in Oyo" -> 25 Jul; "in October 2019" -> 2019-10; "there today" -> 27 Jul in Addis
    # Ababa (planned); "on Tuesday" -> 26 Jul. The Entebbe talks, the joint briefing on the lawn and
    # the caption are one meeting (the briefing itself is not an event). Handing over Putin's message
    # is an in-person encounter with Sassou Nguesso; Putin is not a participant. The Sochi bilateral
    # is keyed by month (the page gives no day). Demeke Mekonnen is keyed by his given name.
    ("001", "2022-07-27", False, [
        ev("2022-07-26-entebbe-lavrov-museveni", M, OCC, "2022-07-26", "Entebbe", [MUSEVENI, LAVROV], [],
           "President Yoweri Museveni hosted Russia's Foreign Minister Sergey Lavrov at State House Entebbe yesterday"),
        ev("2022-07-25-entebbe-lavrov-odongo", M, OCC, "2022-07-25", "Entebbe", [LAVROV, ODONGO], [],
           "held a brief meeting with Foreign Affairs Minister Gen Jeje Odongo on arrival at Entebbe"),
        ev("2022-07-24-cairo-el-sisi-lavrov", M, OCC, "2022-07-24", "Cairo", [LAVROV, SISI], [],
           "He began the tour in Cairo on Sunday, where he met President Abdel Fattah el-Sisi"),
        ev("2022-07-25-oyo-lavrov-sassou-nguesso", M, OCC, "2022-07-25", "Oyo", [LAVROV, SASSOU], [],
           "on Monday in Oyo he handed President Denis Sassou Nguesso a message from Vladimir Putin"),
        ev("2019-10-sochi-museveni-putin", M, OCC, "2019-10", "Sochi", [MUSEVENI, PUTIN], [],
           "Museveni and Putin last met on the sidelines of the Russia-Africa summit in Sochi"),
        ev("2022-07-27-addis-ababa-demeke-lavrov", M, PLN, "2022-07-27", "Addis Ababa", [LAVROV, DEMEKE], [],
           "hold talks with Ethiopia's Deputy Prime Minister and Foreign Minister Demeke Mekonnen there today"),
        ev("2022-07-26-yaounde-biya-macron", M, OCC, "2022-07-26", "Yaounde", [MACRON, BIYA], [],
           "French President Emmanuel Macron held talks with Cameroon's Paul Biya in Yaounde on Tuesday"),
    ], ["'before a joint press briefing on the State House lawn' (press conference)",
        "'Museveni recalled Moscow's support ... said Uganda saw no reason to become the enemy' (statement)",
        "'the Russia-Africa summit in Sochi' (backdrop; the Museveni-Putin encounter is the event)",
        "'Moscow says it wants to hold a second summit next year but has not fixed a date or a venue' (vague, no occasion)",
        "'before addressing African ambassadors at the Russian embassy' (speech)",
        "'Mike Hammer, is travelling to Egypt and Ethiopia' (travel with no stated encounter)",
        "'Maria Zakharova posted photographs of the Entebbe talks on Telegram' (social media)",
        "'Lavrov left for Addis Ababa last night' (travel)",
        "RELATED: 'Odongo meets Chinese envoy ...', 'EAC ministers meet in Arusha ...', 'Kagame, Museveni talk trade at Gatuna border post' (furniture)"]),

    # 002. Wire copy, "March 15, 2023 7:40 PM GMT+3", dateline "ADDIS ABABA, March 15 (EAW)"
    # (manifest 2023-03-15, a Wednesday). "on Wednesday" -> 15 Mar; "last July" -> 2022-07 (shared
    # key with 001, where it is planned); "on Thursday" (future) -> 16 Mar. "went to the prime
    # minister's office" is the same Abiy meeting. The Tigrayan side is a delegation led by a named
    # person: participant Getachew Reda and group TPLF. "whose commission oversees the truce in the
    # north" is not an encounter. "here" = Addis Ababa (dateline). Ethiopian names are keyed by given
    # name (abiy, demeke, getachew).
    ("002", "2023-03-15", False, [
        ev("2023-03-15-addis-ababa-abiy-blinken", M, OCC, "2023-03-15", "Addis Ababa", [BLINKEN, ABIY], [],
           "Blinken held two and a half hours of talks with Ethiopian Prime Minister Abiy Ahmed"),
        ev("2023-03-15-addis-ababa-blinken-demeke", M, OCC, "2023-03-15", "Addis Ababa", [BLINKEN, DEMEKE], [],
           "Blinken began the day with Deputy Prime Minister and Foreign Minister Demeke Mekonnen"),
        ev("2023-03-15-addis-ababa-blinken-getachew", M, OCC, "2023-03-15", "Addis Ababa", [BLINKEN, GETACHEW],
           ["Tigray People's Liberation Front"],
           "sat down with a delegation of the Tigray People's Liberation Front led by Getachew Reda"),
        ev("2023-03-15-addis-ababa-blinken-faki", M, OCC, "2023-03-15", "Addis Ababa", [BLINKEN, FAKI], [],
           "He also met African Union Commission Chairperson Moussa Faki Mahamat"),
        ev("2022-07-27-addis-ababa-demeke-lavrov", M, OCC, "2022-07", "Addis Ababa", [LAVROV, DEMEKE], [],
           "Russian Foreign Minister Sergei Lavrov held talks with Demeke here last July"),
        ev("2023-03-16-niamey-bazoum-blinken", M, PLN, "2023-03-16", "Niamey", [BLINKEN, BAZOUM], [],
           "flies to Niger on Thursday, where he is expected to meet President Mohamed Bazoum"),
    ], ["'Abiy wrote on Twitter that the two sides had agreed to strengthen their partnership' (social media)",
        "'Blinken told reporters that consolidating the peace in the north was the priority' (statement)",
        "'announced $331 million in humanitarian aid during a stop at a U.N. logistics warehouse' (visit, no encounter)",
        "'U.S. officials said Ethiopia would not regain trade benefits ...' (statement)",
        "'Blinken did not meet Eritrean officials' (negation)",
        "'He and Abiy have spoken by phone several times since the war began' (counted calls)",
        "Related Coverage: 'Ethiopia's Abiy meets Sudan's Burhan in Khartoum', 'Kenya's Ruto hosts Tigrayan and federal commanders in Nairobi', 'U.S. envoy Hammer to visit Mekelle' (furniture)"]),

    # 003. US broadcaster's site, "Updated on: September 10, 2023 / 11:52 AM EDT" (22:52 in Hanoi;
    # manifest 2023-09-10, a Sunday). "on Sunday" -> 10 Sep; "on Friday" -> 8 Sep; "on March 29" ->
    # 2023-03-29; "in April" -> 2023-04; "in July 2015" -> 2015-07; "On Monday" (future) -> 11 Sep.
    # The New Delhi talks: "flew in from New Delhi, where he had attended the G20 summit and, on
    # Friday, held talks with ... Modi at Modi's residence" (the summit is a backdrop). Noi Bai airport
    # -> Hanoi; the greeting is on the arrival day, 10 Sep. "called on Trong" is a meeting. Trong's
    # Oval Office visit is keyed 7 July 2015, month-only here. Vo Van Thuong and Pham Minh Chinh are
    # met "separately": two planned events sharing one sentence; Hanoi by dateline. Vietnamese names
    # keep their order and are keyed in full.
    ("003", "2023-09-10", False, [
        ev("2023-09-10-hanoi-biden-nguyen-phu-trong", M, OCC, "2023-09-10", "Hanoi", [BIDEN, TRONG], [],
           "President Biden held talks with Nguyen Phu Trong, the general secretary of Vietnam's Communist Party"),
        ev("2023-09-08-new-delhi-biden-modi", M, OCC, "2023-09-08", "New Delhi", [BIDEN, MODI], [],
           "on Friday, held talks with Prime Minister Narendra Modi at Modi's residence"),
        ev("2023-09-10-hanoi-biden-le-hoai-trung", M, OCC, "2023-09-10", "Hanoi", [BIDEN, LE_HOAI_TRUNG], [],
           "At Noi Bai airport he was greeted by Le Hoai Trung"),
        ev("2023-03-29-biden-nguyen-phu-trong-call", C, OCC, "2023-03-29", None, [BIDEN, TRONG], [],
           "Mr. Biden and Trong spoke by phone on March 29"),
        ev("2023-04-15-hanoi-blinken-nguyen-phu-trong", M, OCC, "2023-04", "Hanoi", [BLINKEN, TRONG], [],
           "Secretary of State Antony Blinken then called on Trong in Hanoi in April"),
        ev("2015-07-07-washington-nguyen-phu-trong-obama", M, OCC, "2015-07", "Washington", [TRONG, OBAMA], [],
           "when President Barack Obama received him in the Oval Office"),
        ev("2023-09-11-hanoi-biden-vo-van-thuong", M, PLN, "2023-09-11", "Hanoi", [BIDEN, THUONG], [],
           "scheduled to meet President Vo Van Thuong and, separately, Prime Minister Pham Minh Chinh"),
        ev("2023-09-11-hanoi-biden-pham-minh-chinh", M, PLN, "2023-09-11", "Hanoi", [BIDEN, CHINH], [],
           "scheduled to meet President Vo Van Thuong and, separately, Prime Minister Pham Minh Chinh"),
    ], ["'where he had attended the Group of 20 summit' (backdrop)",
        "'Trong told reporters after the talks that he still remembered ...' (statement; the 2015 meeting is the event)",
        "'At an evening news conference Mr. Biden said ...' (press conference)",
        "'he hoped to see Chinese President Xi Jinping before long, though no meeting has been scheduled' (vague, negated)",
        "'Xi skipped the New Delhi summit' (negation)",
        "'before attending an investment conference with Vietnamese and American business leaders' (not a diplomatic meeting)",
        "'He then flies to Alaska to mark the anniversary ... with troops' (travel, domestic)",
        "'Jake Sullivan told reporters aboard Air Force One' (briefing)",
        "More from NWN News: 'Harris meets Indonesia's Widodo ...', 'Blinken to meet Ukraine's Kuleba in Kyiv this week', 'Kim Jong Un expected to travel to Russia for talks with Putin' (furniture)"]),

    # 004. Maldivian news site, header "Wednesday, 10 January 2024 | 22:15 MVT" (manifest NULL; true
    # date 2024-01-10, a Wednesday). "on Wednesday" -> 10 Jan; "on Thursday" (future) -> 11 Jan;
    # "on November 27" -> 2023-11-27; "On December 1" -> 2023-12-01; "on November 18" -> 2023-11-18;
    # "in September 2014" -> 2014-09; "on Sunday" (future) -> 14 Jan, the core group's first meeting
    # (officials only: groups India and Maldives). The welcome ceremony, the state banquet and the signing of
    # twenty agreements belong to the Great Hall talks. COP28 is a backdrop; the Modi encounter is
    # the event. The Male talks of 2014 are keyed 15 September 2014.
    ("004", "2024-01-10", True, [
        ev("2024-01-10-beijing-muizzu-xi", M, OCC, "2024-01-10", "Beijing", [MUIZZU, XI], [],
           "Muizzu held talks with Chinese President Xi Jinping at the Great Hall of the People"),
        ev("2024-01-11-beijing-li-muizzu", M, PLN, "2024-01-11", "Beijing", [MUIZZU, LI_QIANG], [],
           "is scheduled to meet Premier Li Qiang at the Great Hall on Thursday"),
        ev("2023-11-27-ankara-erdogan-muizzu", M, OCC, "2023-11-27", "Ankara", [MUIZZU, ERDOGAN], [],
           "where he held talks with President Recep Tayyip Erdogan in Ankara on November 27"),
        ev("2023-12-01-dubai-modi-muizzu", M, OCC, "2023-12-01", "Dubai", [MUIZZU, MODI], [],
           "On December 1, in Dubai, he met Indian Prime Minister Narendra Modi"),
        ev("2023-11-18-male-muizzu-shen", M, OCC, "2023-11-18", "Male", [SHEN, MUIZZU], [],
           "State Councillor Shen Yiqin, called on Muizzu in Male on November 18"),
        ev("2014-09-15-male-xi-yameen", M, OCC, "2014-09", "Male", [XI, YAMEEN], [],
           "Xi himself visited Male in September 2014 and held talks with then President Abdulla Yameen"),
        ev("2024-01-14-male-india-maldives", M, PLN, "2024-01-14", "Male", [], ["India", "Maldives"],
           "Indian and Maldivian officials are to hold the group's first meeting in Male on Sunday"),
    ], ["'Twenty agreements ... were signed in the presence of the two presidents' (part of the main talks)",
        "'later hosted a state banquet in their honour' (same occasion as the talks)",
        "'reached Beijing on Tuesday after two days in Fujian province' (travel)",
        "'before flying home on Friday' (travel)",
        "'the two sides agreed to set up a core group' (agreement; the group's first meeting on Sunday is the planned event)",
        "'three deputy ministers posted derogatory comments about Modi on social media' (social media)",
        "'The government suspended the three on Sunday' (domestic action)",
        "'Muizzu has not visited India since taking office ... his office has not said when he will' (negation, vague)",
        "LATEST NEWS: 'Foreign Minister Zameer meets Sri Lankan counterpart in Colombo' (furniture)"]),

    # 005. Government press release (President's Secretariat), "Posted On: 05 JUN 2023 11:58PM",
    # "Paramaribo, June 5, 2023" (manifest NULL; true date 2023-06-05, a Monday). "today (June 5,
    # 2023)" -> 5 Jun; "yesterday" -> 4 Jun; "in January this year" -> 2023-01; "later this week"
    # (future) -> 2023-06. The one-on-one, the delegation-level talks, the exchange of MoUs and the
    # award ceremony after the talks are one occasion at the Presidential Palace. The airport
    # reception the day before is a separate encounter (Paramaribo, as the text gives it). "where he
    # held talks with Prime Minister Shri Narendra Modi and called on the President" gives two Indore
    # events in January 2023 (keyed 9 and 10 January); "the President" = Murmu. The Belgrade talks are
    # planned "later this week" and keyed by month.
    ("005", "2023-06-05", True, [
        ev("2023-06-05-paramaribo-murmu-santokhi", M, OCC, "2023-06-05", "Paramaribo", [MURMU, SANTOKHI], [],
           "Droupadi Murmu, held talks with the President of Suriname, Mr Chandrikapersad Santokhi"),
        ev("2023-06-04-paramaribo-murmu-santokhi", M, OCC, "2023-06-04", "Paramaribo", [SANTOKHI, MURMU], [],
           "On her arrival in Paramaribo yesterday, the President was received by President Santokhi"),
        ev("2023-01-09-indore-modi-santokhi", M, OCC, "2023-01", "Indore", [SANTOKHI, MODI], [],
           "where he held talks with Prime Minister Shri Narendra Modi and called on the President"),
        ev("2023-01-10-indore-murmu-santokhi", M, OCC, "2023-01", "Indore", [SANTOKHI, MURMU], [],
           "where he held talks with Prime Minister Shri Narendra Modi and called on the President"),
        ev("2023-06-belgrade-murmu-vucic", M, PLN, "2023-06", "Belgrade", [MURMU, VUCIC], [],
           "will hold talks with President Aleksandar Vucic in Belgrade later this week"),
    ], ["'At a ceremony after the talks, President Santokhi conferred on President Murmu the Grand Order' (same occasion as the talks)",
        "'Accepting the honour, the President dedicated it ...' (speech)",
        "'She also handed over a consignment of medicines' (part of the same occasion)",
        "'joined the celebrations marking 150 years ... and addressed the Indian community' (speech, not a diplomatic encounter)",
        "'Prime Minister Modi congratulated the President on the honour in a post on Twitter' (social media)",
        "'The President will leave for the Republic of Serbia on June 7' (travel; the talks are the event)",
        "Related releases: 'Vice President receives delegation of Guyana's National Assembly', 'External Affairs Minister meets Foreign Minister of Cyprus in New Delhi' (furniture)"]),

    # 006. Kazakh English-language news site, "ASTANA, 1 November 2023 | 18:45" (manifest
    # 2023-11-01, a Wednesday). "on Wednesday" -> 1 Nov; "in November 2022" -> 2022-11; "in September
    # 2022" -> 2022-09 (keyed 14 September 2022; the Akorda -> Astana); "in February 2022" -> 2022-02; "on Thursday" / "On Friday" (future) ->
    # 2 / 3 Nov. "narrow and expanded formats" and the signing are one meeting. "Macron has not met Vladimir Putin since their Kremlin
    # talks in February 2022" negates later meetings but states one past meeting (the Kremlin ->
    # Moscow; keyed 7 February 2022). The Turkic States summit is a planned gathering with the two
    # named leaders expected there; the text does not place Tokayev at it.
    ("006", "2023-11-01", False, [
        ev("2023-11-01-astana-macron-tokayev", M, OCC, "2023-11-01", "Astana", [TOKAYEV, MACRON], [],
           "President Kassym-Jomart Tokayev received French President Emmanuel Macron at the Akorda on Wednesday"),
        ev("2022-11-29-paris-macron-tokayev", M, OCC, "2022-11", "Paris", [TOKAYEV, MACRON], [],
           "Tokayev and Macron last held talks at the Elysee Palace in November 2022"),
        ev("2022-09-14-astana-tokayev-xi", M, OCC, "2022-09", "Astana", [TOKAYEV, XI], [],
           "Tokayev received Chinese President Xi Jinping at the Akorda in September 2022"),
        ev("2022-02-07-moscow-macron-putin", M, OCC, "2022-02", "Moscow", [MACRON, PUTIN], [],
           "Macron has not met Vladimir Putin since their Kremlin talks in February 2022"),
        ev("2023-11-02-samarkand-macron-mirziyoyev", M, PLN, "2023-11-02", "Samarkand", [MACRON, MIRZIYOYEV], [],
           "travels on to Samarkand on Thursday for talks with Uzbek President Shavkat Mirziyoyev"),
        ev("2023-11-03-astana-erdogan-orban", M, PLN, "2023-11-03", "Astana", [ERDOGAN, ORBAN],
           ["Organization of Turkic States"],
           "On Friday the capital hosts the summit of the Organization of Turkic States"),
    ], ["'Tokayev called the visit historic and described France as ...' (statement)",
        "'At a joint press conference Macron praised Kazakhstan ...' (press conference)",
        "'Last week Russian Foreign Minister Sergey Lavrov accused Western countries ...' (statement)",
        "'the Elysee said France would supply air-defence radars' (statement)",
        "'EDF is among the bidders ... a referendum whose date has not been set' (no meeting)",
        "Related stories: 'Tokayev receives Chinese foreign minister in Astana', 'Kazakh, Kyrgyz prime ministers meet on border trade', 'Foreign Minister Nurtleu holds talks with EU envoy' (furniture)"]),

    # 007. Live blog, "Wednesday 20 November 2024 · Last updated 19:45 (Beirut, GMT+2)" (manifest
    # 2024-11-20). The key point and the 13:05/15:30 entries describe one meeting: Hochstein-Berri on
    # Wednesday at Ain al-Tineh (-> Beirut). "yesterday" in the 11:20 recap -> 19 Nov (Berri, then
    # Mikati at the Grand Serail -> Beirut: two events). "last Friday" on a Wednesday -> 15 Nov (the
    # Friday of the previous week); "met Berri and, separately, Mikati" -> two events. "on October 31"
    # -> 2024-10-31, with McGurk. Planned relative to the last update: Dermer "this evening" (place
    # given only as Israel) and Netanyahu in Jerusalem "for Thursday" -> 21 Nov. "Mikati says he
    # last spoke to Hochstein by phone at the end of October" is one call (2024-10, keyed by month).
    ("007", "2024-11-20", False, [
        ev("2024-11-20-beirut-berri-hochstein", M, OCC, "2024-11-20", "Beirut", [HOCHSTEIN, BERRI], [],
           "US envoy Amos Hochstein met Parliament Speaker Nabih Berri again on Wednesday at Ain al-Tineh"),
        ev("2024-11-19-beirut-berri-hochstein", M, OCC, "2024-11-19", "Beirut", [HOCHSTEIN, BERRI], [],
           "Hochstein met Berri for nearly two hours yesterday"),
        ev("2024-11-19-beirut-hochstein-mikati", M, OCC, "2024-11-19", "Beirut", [HOCHSTEIN, MIKATI], [],
           "then crossed to the Grand Serail for talks with caretaker Prime Minister Najib Mikati"),
        ev("2024-11-20-israel-dermer-hochstein", M, PLN, "2024-11-20", "Israel", [HOCHSTEIN, DERMER], [],
           "is expected to see Strategic Affairs Minister Ron Dermer this evening"),
        ev("2024-11-21-jerusalem-hochstein-netanyahu", M, PLN, "2024-11-21", "Jerusalem", [HOCHSTEIN, NETANYAHU], [],
           "A meeting with Prime Minister Benjamin Netanyahu in Jerusalem is scheduled for Thursday"),
        ev("2024-11-15-beirut-berri-larijani", M, OCC, "2024-11-15", "Beirut", [LARIJANI, BERRI], [],
           "Larijani, a senior adviser to Iran's Supreme Leader, met Berri and, separately, Mikati in Beirut"),
        ev("2024-11-15-beirut-larijani-mikati", M, OCC, "2024-11-15", "Beirut", [LARIJANI, MIKATI], [],
           "Larijani, a senior adviser to Iran's Supreme Leader, met Berri and, separately, Mikati in Beirut"),
        ev("2024-10-31-jerusalem-hochstein-mcgurk-netanyahu", M, OCC, "2024-10-31", "Jerusalem",
           [HOCHSTEIN, NETANYAHU, MCGURK], [],
           "Hochstein last sat down with Netanyahu in Jerusalem on October 31"),
        ev("2024-10-hochstein-mikati-call", C, OCC, "2024-10", None, [MIKATI, HOCHSTEIN], [],
           "Mikati says he last spoke to Hochstein by phone at the end of October"),
    ], ["'Hezbollah chief Naim Qassem said in a speech ...' and the 09:15 entry (speeches)",
        "'Hochstein told reporters the two sessions had moved things forward' (statement)",
        "'He told reporters afterwards that an end to the war was within reach' (statement)",
        "'Hochstein will not meet the group's representatives' (negation)",
        "'Israel's security cabinet is expected to discuss the US draft' (meeting internal to one government)",
        "'Israeli strikes hit the southern suburbs of Beirut' (no meeting)",
        "Read more: 'Berri hosts French envoy Le Drian at Ain al-Tineh', 'Mikati meets UNIFIL commander in Naqoura' (furniture)"]),

    # 008. Gulf regional news site, "Published 11 September 2024, 20:55 GST" (manifest 2024-09-11, a
    # Wednesday). "on Wednesday" -> 11 Sep; "On Thursday" (future) -> 12 Sep for Erbil, and the
    # Sulaymaniyah leg of the same sentence ("and then to") -> 12 Sep; "on July 30" -> 2024-07-30;
    # "in November 2022" -> 2022-11 (keyed 29 November 2022; "His" = Sudani, in Tehran). The airport reception by Sudani, the MoU signing and the caption belong to
    # the main talks. The meeting with Rashid "later in the day" is separate. Sudani's congratulatory call "after his election victory in early July" ->
    # 2024-07 (keyed 6 July 2024). "He" = Sudani (subject of the previous sentence).
    ("008", "2024-09-11", False, [
        ev("2024-09-11-baghdad-pezeshkian-sudani", M, OCC, "2024-09-11", "Baghdad", [PEZESHKIAN, SUDANI], [],
           "Iranian President Masoud Pezeshkian held talks with Iraqi Prime Minister Mohammed Shia al-Sudani in Baghdad"),
        ev("2024-09-11-baghdad-pezeshkian-rashid", M, OCC, "2024-09-11", "Baghdad", [PEZESHKIAN, RASHID], [],
           "Pezeshkian also met President Abdul Latif Rashid later in the day"),
        ev("2024-09-12-erbil-barzani-pezeshkian", M, PLN, "2024-09-12", "Erbil", [PEZESHKIAN, BARZANI], [],
           "On Thursday he travels north to Erbil for talks with Kurdistan Region President Nechirvan Barzani"),
        ev("2024-09-12-sulaymaniyah-pezeshkian-talabani", M, PLN, "2024-09-12", "Sulaymaniyah",
           [PEZESHKIAN, TALABANI], [],
           "Sulaymaniyah, where he is expected to meet Patriotic Union of Kurdistan leader Bafel Talabani"),
        ev("2024-07-30-tehran-khamenei-sudani", M, OCC, "2024-07-30", "Tehran", [SUDANI, KHAMENEI], [],
           "met Supreme Leader Ali Khamenei there on July 30"),
        ev("2022-11-29-tehran-raisi-sudani", M, OCC, "2022-11", "Tehran", [SUDANI, RAISI], [],
           "in November 2022, included talks with then President Ebrahim Raisi"),
        ev("2024-07-06-pezeshkian-sudani-call", C, OCC, "2024-07", None, [SUDANI, PEZESHKIAN], [],
           "among the first leaders to telephone Pezeshkian after his election victory in early July"),
    ], ["'At a joint news conference, the Iranian leader called for ...' (press conference)",
        "'Pezeshkian laid a wreath near the airport at the spot where Qassem Soleimani was killed' (no encounter)",
        "'He is also due to visit Basra and the shrine cities of Najaf and Karbala' (travel)",
        "'Sudani flew to Tehran for Pezeshkian's swearing-in' (ceremony attended, no stated encounter with Pezeshkian)",
        "'The United States ... did not comment on the visit' (no meeting)",
        "Related stories: 'Iraqi foreign minister holds talks with Saudi counterpart in Riyadh', 'Araghchi meets Omani counterpart in Muscat' (furniture)"]),

    # 009. Irish broadcaster's site, "Updated / Wednesday, 12 Apr 2023 18:32" (manifest 2023-04-12,
    # a Wednesday). "this morning" -> 12 Apr; "last night" -> 11 Apr; "Tomorrow" -> 13 Apr; "on St
    # Patrick's Day last month" -> 2023-03-17. Biden and Sunak meet twice in Belfast on different days
    # (the tarmac greeting and the hotel meeting): two events. The university encounter with the
    # party leaders is a meeting between Biden and Northern Ireland's parties (two leaders named, the
    # rest as a group). Áras an Uachtaráin and Farmleigh -> Dublin; the White House -> Washington.
    ("009", "2023-04-12", False, [
        ev("2023-04-12-belfast-biden-sunak", M, OCC, "2023-04-12", "Belfast", [BIDEN, SUNAK], [],
           "a meeting with British Prime Minister Rishi Sunak at the Grand Central Hotel in Belfast"),
        ev("2023-04-11-belfast-biden-sunak", M, OCC, "2023-04-11", "Belfast", [SUNAK, BIDEN], [],
           "greeted the President on the tarmac when Air Force One landed in Belfast last night"),
        ev("2023-04-12-belfast-biden-donaldson-o-neill", M, OCC, "2023-04-12", "Belfast",
           [BIDEN, ONEILL, DONALDSON], ["Northern Ireland parties"],
           "where he briefly met the leaders of Northern Ireland's five largest parties"),
        ev("2023-04-13-dublin-biden-higgins", M, PLN, "2023-04-13", "Dublin", [BIDEN, HIGGINS], [],
           "Tomorrow he will meet President Michael D Higgins at Áras an Uachtaráin"),
        ev("2023-04-13-dublin-biden-varadkar", M, PLN, "2023-04-13", "Dublin", [BIDEN, VARADKAR], [],
           "hold talks with Taoiseach Leo Varadkar at Farmleigh"),
        ev("2023-03-17-washington-biden-varadkar", M, OCC, "2023-03-17", "Washington", [VARADKAR, BIDEN], [],
           "Mr Varadkar was at the White House on St Patrick's Day last month"),
    ], ["'before delivering his speech. In it he urged the restoration of the Stormont Assembly' (speech)",
        "'Mr Sunak did not attend the speech' (negation)",
        "'Sir Jeffrey said afterwards that his party would not be rushed back into power-sharing' (statement)",
        "'The President flew to Dublin this afternoon and travels on to Co Louth this evening' (travel)",
        "'before addressing a joint sitting of the Oireachtas' (speech)",
        "'Bill Clinton is due in Belfast next week for a conference at Queen's University' (conference, no stated encounter)",
        "Read more: 'Varadkar and Sunak to meet at Hillsborough, sources say', 'Heaton-Harris meets Stormont parties on budget crisis' (furniture)"]),

    # 010. E-mail newsletter, "Date: Sat, 9 Mar 2024 07:05:00 +0100" (manifest 2024-03-09, a
    # Saturday). "on Friday" -> 8 Mar; "in May 2019" -> 2019-05; "last October" -> 2023-10; "Last
    # month" -> 2024-02; "on 21-22 March" (future) -> date_end. Mar-a-Lago club in Palm Beach ->
    # Palm Beach; the dinner and concert are the same occasion. Trump is a candidate, not in office:
    # still a party to the encounter. The Beijing talks with Putin took place "on the margins of the
    # Belt and Road Forum" (backdrop). The EU summit is a planned gathering with Orban named.
    ("010", "2024-03-09", False, [
        ev("2024-03-08-palm-beach-orban-trump", M, OCC, "2024-03-08", "Palm Beach", [ORBAN, TRUMP], [],
           "prime minister met Trump at the former president's Mar-a-Lago club in Palm Beach on Friday"),
        ev("2019-05-13-washington-orban-trump", M, OCC, "2019-05", "Washington", [TRUMP, ORBAN], [],
           "last sat down together in May 2019, when Trump hosted Orbán in the Oval Office"),
        ev("2023-10-17-beijing-orban-putin", M, OCC, "2023-10", "Beijing", [ORBAN, PUTIN], [],
           "Orbán's talks with Vladimir Putin in Beijing last October"),
        ev("2024-02-23-budapest-kristersson-orban", M, OCC, "2024-02", "Budapest", [ORBAN, KRISTERSSON], [],
           "Last month Orbán hosted Swedish Prime Minister Ulf Kristersson in Budapest"),
        ev("2024-03-21-brussels-orban", M, PLN, "2024-03-21", "Brussels", [ORBAN], ["European Union"],
           "Orbán is due in Brussels on 21-22 March for the EU summit", date_end="2024-03-22"),
    ], ["'Orbán posted photos on Facebook and urged the Republican to return to the White House' (social media)",
        "'Orbán did not meet President Joe Biden during the trip and ... did not ask to' (negation)",
        "'Biden, at a campaign rally in Pennsylvania, said ...' (speech)",
        "'On Thursday Orbán spoke at the Heritage Foundation in Washington' (speech)",
        "'Hungary takes over the rotating presidency of the Council of the EU on 1 July' (no meeting)",
        "IN OTHER NEWS: 'Parliament's foreign affairs committee postponed its debate' (domestic); 'the opposition has still not agreed on a joint candidate' (domestic)",
        "SPONSORED: 'Central Europe Energy Forum 2024 - Budapest, 17-18 April' (advertisement)",
        "Read more: 'Szijjártó meets Chinese foreign minister in Beijing' (furniture)"]),

    # 011. Taiwanese English-language wire site, "08/15/2023 10:40 AM" (Taipei; manifest 2023-08-15,
    # a Tuesday), dateline "Asunción, Aug. 14". "on Monday (Aug. 14) local time" -> 14 Aug, not the
    # page date; "earlier in the day" -> 14 Aug; "last month" -> 2023-07; "on Saturday" -> 12 Aug;
    # "on Wednesday (Aug. 16)" (future) -> 16 Aug. "He visited Taiwan last month" -> He = Peña (subject
    # of the previous sentence). Larson "boarded the aircraft to welcome him" in New York is an
    # encounter. Rosenberger "has said she will meet him" -> planned. The swearing-in is attended, not
    # an encounter with a named party. The Peña-Tsai talks are keyed by month.
    ("011", "2023-08-15", False, [
        ev("2023-08-14-asuncion-lai-pena", M, OCC, "2023-08-14", "Asuncion", [LAI, PENA], [],
           "met Paraguayan President-elect Santiago Peña in Asunción on Monday (Aug. 14) local time"),
        ev("2023-08-14-asuncion-abdo-benitez-lai", M, OCC, "2023-08-14", "Asuncion", [LAI, ABDO], [],
           "also paid a courtesy call on outgoing President Mario Abdo Benítez at the presidential residence"),
        ev("2023-07-taipei-pena-tsai", M, OCC, "2023-07", "Taipei", [PENA, TSAI], [],
           "He visited Taiwan last month as president-elect and held talks with Tsai in Taipei"),
        ev("2023-08-12-new-york-lai-larson", M, OCC, "2023-08-12", "New York", [LARSON, LAI], [],
           "Ingrid Larson boarded the aircraft to welcome him"),
        ev("2023-08-16-san-francisco-lai-rosenberger", M, PLN, "2023-08-16", "San Francisco",
           [LAI, ROSENBERGER], [],
           "where AIT Chair Laura Rosenberger has said she will meet him"),
    ], ["'Peña told Lai that Paraguay's relationship with Taiwan remained solid, the Presidential Office said' (statement inside the main meeting)",
        "'China's Taiwan Affairs Office condemned the U.S. stopovers' (statement)",
        "'Lai did not travel to Washington, and no meetings with Biden administration officials in New York were announced' (negation)",
        "'will attend Peña's swearing-in on Tuesday before flying north' (ceremony, no stated encounter; travel)",
        "'is scheduled to return to Taipei on Friday' (travel)",
        "Related News: 'Foreign Minister Wu meets Guatemalan counterpart in Taipei', 'Eswatini king holds talks with Tsai ...' (furniture)"]),

    # 012. Gulf news site, "Monday, 23 September 2024 | 23:40 GST", dateline WASHINGTON (manifest
    # 2024-09-23, a Monday). "on Monday" -> 23 Sep; "later in the day" -> 23 Sep; "in December" ->
    # 2023-12 (the latest December; keyed 2 December 2023); "in May 2017" -> 2017-05 (keyed 15 May 2017); "two days after"
    # Monday -> Saturday 21 Sep; "On Thursday" (future) -> 26 Sep. The Oval Office talks and the
    # remarks at their start are one meeting; Harris's separate meeting is another. COP28 is a
    # backdrop; the Harris-Mohamed bin Zayed meeting on its sidelines is the event. The Quad summit
    # is reported as a gathering Biden hosted (group Quad, the three leaders named).
    ("012", "2024-09-23", False, [
        ev("2024-09-23-washington-bin-zayed-biden", M, OCC, "2024-09-23", "Washington", [MBZ, BIDEN], [],
           "President Sheikh Mohamed bin Zayed Al Nahyan held talks with US President Joe Biden"),
        ev("2024-09-23-washington-bin-zayed-harris", M, OCC, "2024-09-23", "Washington", [MBZ, HARRIS], [],
           "Sheikh Mohamed met Vice President Kamala Harris separately later in the day"),
        ev("2023-12-02-dubai-bin-zayed-harris", M, OCC, "2023-12", "Dubai", [HARRIS, MBZ], [],
           "Harris last met Sheikh Mohamed in Dubai in December"),
        ev("2017-05-15-washington-bin-zayed-trump", M, OCC, "2017-05", "Washington", [MBZ, TRUMP], [],
           "when, as Crown Prince of Abu Dhabi, he was received by President Donald Trump"),
        ev("2024-09-21-wilmington-albanese-biden-kishida-modi", M, OCC, "2024-09-21", "Wilmington",
           [BIDEN, MODI, ALBANESE, KISHIDA], ["Quad"],
           "Biden hosted Indian Prime Minister Narendra Modi, Australian Prime Minister Anthony Albanese"),
        ev("2024-09-26-washington-biden-zelenskyy", M, PLN, "2024-09-26", "Washington", [BIDEN, ZELENSKYY], [],
           "On Thursday Biden is due to receive Ukrainian President Volodymyr Zelenskyy at the White House"),
    ], ["'Biden designated the UAE a major defence partner' (announcement)",
        "'A joint statement called for urgent and unhindered aid deliveries to Gaza' (statement)",
        "'The White House said she raised her concern over the atrocities committed in Sudan' (statement about the Harris meeting)",
        "'Biden told reporters he had been briefed on Israeli strikes in Lebanon' (statement)",
        "'on the sidelines of the COP28 climate conference' (backdrop of the Dubai meeting)",
        "Related stories: 'Abdullah bin Zayed meets Blinken in New York', 'UAE, France discuss AI partnership in Paris talks', 'Tahnoun bin Zayed receives Indian minister in Abu Dhabi' (furniture)"]),

    # 013. PNG daily's site, masthead "THURSDAY, JULY 6, 2023" (manifest NULL; true date 2023-07-06).
    # "yesterday" -> 5 Jul; "on Tuesday" -> 4 Jul; "in May" -> 2023-05 (keyed 22 May 2023). The airport
    # welcome by Marape, the talks and the signing are one occasion. "He later called on Governor-
    # General Sir Bob Dadae at Government House" is a separate meeting (Port Moresby by context).
    # "Jokowi" = Joko Widodo. "here" = Port Moresby.
    ("013", "2023-07-06", True, [
        ev("2023-07-05-port-moresby-marape-widodo", M, OCC, "2023-07-05", "Port Moresby", [WIDODO, MARAPE], [],
           "President Joko Widodo held bilateral talks with Prime Minister James Marape in Port Moresby yesterday"),
        ev("2023-07-05-port-moresby-dadae-widodo", M, OCC, "2023-07-05", "Port Moresby", [WIDODO, DADAE], [],
           "He later called on Governor-General Sir Bob Dadae at Government House before the talks"),
        ev("2023-07-04-sydney-albanese-widodo", M, OCC, "2023-07-04", "Sydney", [WIDODO, ALBANESE], [],
           "where he held the annual leaders' meeting with Australian Prime Minister Anthony Albanese on Tuesday"),
        ev("2023-05-22-port-moresby-blinken-marape", M, OCC, "2023-05", "Port Moresby", [BLINKEN, MARAPE], [],
           "Antony Blinken signed a defence co-operation agreement with Mr Marape here in May"),
    ], ["'Mr Marape said he had accepted an invitation to visit Jakarta \"at a convenient time.\"' (vague invitation)",
        "'West Papuan independence activists said in a statement ...' (statement)",
        "'Jokowi addressed the first Indonesia-PNG business forum before flying home last night' (speech, travel)",
        "ADVERTISEMENT: 'Air Niugini - fly Port Moresby to Denpasar ...' (furniture)",
        "RELATED: 'Tkachenko meets Australian High Commissioner on APEC follow-up', 'Marape to lead delegation to Pacific Islands Forum' (furniture)"]),

    # 014. Brazilian English-language site, "Wednesday, September 20, 2023 | 22:10 BRT", byline "in
    # New York" (manifest 2023-09-20, a Wednesday). "on Wednesday" / "Earlier in the day" -> 20 Sep
    # (New York); "in May" -> 2023-05; "in March" -> 2023-03; "in February" -> 2023-02; "on Tuesday"
    # -> 19 Sep (a speech). The Hiroshima meeting "failed" (not an event). The video call of March
    # is a call, keyed by month. Amorim's Kyiv meeting is keyed 10 May 2023, the Moscow one 30 March
    # 2023, the White House talks 10 February 2023. The UN General Assembly is a backdrop.
    ("014", "2023-09-20", False, [
        ev("2023-09-20-new-york-lula-zelenskyy", M, OCC, "2023-09-20", "New York", [LULA, ZELENSKYY], [],
           "Lula da Silva met Ukrainian President Volodymyr Zelensky for the first time on Wednesday"),
        ev("2023-09-20-new-york-biden-lula", M, OCC, "2023-09-20", "New York", [LULA, BIDEN], [],
           "Earlier in the day Lula was received by US President Joe Biden"),
        ev("2023-03-lula-zelenskyy-call", C, OCC, "2023-03", None, [LULA, ZELENSKYY], [],
           "They had spoken by video call in March"),
        ev("2023-05-10-kyiv-amorim-zelenskyy", M, OCC, "2023-05", "Kyiv", [AMORIM, ZELENSKYY], [],
           "Celso Amorim, met Zelensky in Kyiv in May"),
        ev("2023-03-30-moscow-amorim-putin", M, OCC, "2023-03", "Moscow", [AMORIM, PUTIN], [],
           "after seeing Vladimir Putin in Moscow in March"),
        ev("2023-02-10-washington-biden-lula", M, OCC, "2023-02", "Washington", [LULA, BIDEN], [],
           "Lula, who held talks with Biden at the White House in February"),
    ], ["'Lula wrote on X afterwards ...' (social media)",
        "'Zelensky said the two had told their diplomats to work on the next steps' (statement, intention)",
        "'the two launched a partnership on workers' rights at an event attended by union leaders' (same occasion as the Biden meeting)",
        "'The two presidents had failed to meet in May at the G7 summit in Hiroshima' (meeting that did not happen)",
        "'Brazil has refused to send arms ... proposed a group of countries to mediate' (statement, proposal)",
        "'opened the General Assembly debate on Tuesday with a speech' (speech)",
        "'Mauro Vieira told reporters no date had been discussed for a Lula visit to Kyiv' (negation)",
        "'Lula returns to Brasília on Thursday' (travel)",
        "Read also: 'Vieira meets Lavrov on UN sidelines', 'Lula, Petro discuss Amazon summit follow-up' (furniture)"]),
]


def main():
    gold_lines, man_lines = [], []
    for aid, published, hidden, events, _traps in ARTICLES:
        gold_lines.append(json.dumps({"id": aid, "published": published, "events": events},
                                     ensure_ascii=False))
        man_lines.append(json.dumps({"id": aid, "published": None if hidden else published},
                                    ensure_ascii=False))
    with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(gold_lines) + "\n")
    with open(os.path.join(HERE, "manifest.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(man_lines) + "\n")
    n = sum(len(a[3]) for a in ARTICLES)
    print(f"wrote {len(ARTICLES)} articles, {n} event mentions")


if __name__ == "__main__":
    main()
