#!/usr/bin/env python3
"""Generate gold.jsonl and manifest.jsonl for the holdout12 corpus (BLIND held-out set).

Run:  python3 data/holdout12/build_gold.py   then   python3 data/eval/validate.py data/holdout12
Each article lists its true publication date, whether the manifest hides it, its gold
events, and (for documentation only) the traps it contains that must NOT be extracted.
holdout12 is BLIND: developers of the extractor must not read this file (see README.md).
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

# canonical names
SISI, ABIY, SEWILAM, ITEFA = "Abdel Fattah al-Sisi", "Abiy Ahmed", "Hani Sewilam", "Habtamu Itefa"
SHOUKRY, AL_SADIQ, PANDOR = "Sameh Shoukry", "Ali al-Sadiq", "Naledi Pandor"
ERDOGAN, KRISTERSSON, STOLTENBERG = "Recep Tayyip Erdogan", "Ulf Kristersson", "Jens Stoltenberg"
ANDERSSON, NIINISTO, BIDEN, FIDAN, BILLSTROM = ("Magdalena Andersson", "Sauli Niinisto", "Joe Biden",
                                                "Hakan Fidan", "Tobias Billstrom")
FREDERIKSEN, STORE, JAKOBSDOTTIR, VALTONEN, MARIN = ("Mette Frederiksen", "Jonas Gahr Store",
                                                     "Katrin Jakobsdottir", "Elina Valtonen", "Sanna Marin")
MODI, MARGRETHE, MACRON, SCHOLZ = "Narendra Modi", "Margrethe II", "Emmanuel Macron", "Olaf Scholz"
JAISHANKAR, RASMUSSEN, WADEPHUL, GOYAL = ("Subrahmanyam Jaishankar", "Lars Lokke Rasmussen", "Johann Wadephul",
                                          "Piyush Goyal")
ALBANESE, KISHIDA, MARAPE, DUTTON, MINNS = ("Anthony Albanese", "Fumio Kishida", "James Marape", "Peter Dutton",
                                            "Chris Minns")
MARLES, RAJNATH = "Richard Marles", "Rajnath Singh"
DAR, HOSSAIN, JAM_KAMAL, BASHIR = "Ishaq Dar", "Touhid Hossain", "Jam Kamal Khan", "Sheikh Bashir Uddin"
BALOCH, JASHIM, SHARIF, YUNUS = "Amna Baloch", "Jashim Uddin", "Shehbaz Sharif", "Muhammad Yunus"
ZIA, SHAFIQUR, NAHID = "Khaleda Zia", "Shafiqur Rahman", "Nahid Islam"
PASHINYAN, VDL, BLINKEN, BORRELL = "Nikol Pashinyan", "Ursula von der Leyen", "Antony Blinken", "Josep Borrell"
MICHEL, DE_CROO = "Charles Michel", "Alexander De Croo"
XI, DISSANAYAKE, LI, ZHAO, HERATH, WANG = ("Xi Jinping", "Anura Kumara Dissanayake", "Li Qiang", "Zhao Leji",
                                           "Vijitha Herath", "Wang Yi")
RUTO, FAESER, MUDAVADI, STEINMEIER, BAERBOCK = ("William Ruto", "Nancy Faeser", "Musalia Mudavadi",
                                                "Frank-Walter Steinmeier", "Annalena Baerbock")
MNANGAGWA, LOURENCO, RAMAPHOSA, SHAVA = ("Emmerson Mnangagwa", "Joao Lourenco", "Cyril Ramaphosa",
                                         "Frederick Shava")
MBUMBA, MASISI = "Nangolo Mbumba", "Mokgweetsi Masisi"
CHINH, HURLEY, WONG, BUI, LUXON = ("Pham Minh Chinh", "David Hurley", "Penny Wong", "Bui Thanh Son",
                                   "Christopher Luxon")
LINES, DICK = "Sue Lines", "Milton Dick"

SADC = "Southern African Development Community"


def ev(key, kind, status, date, location, participants, groups, evidence, date_end=None):
    e = {"key": key, "kind": kind, "status": status, "date": date}
    if date_end:
        e["date_end"] = date_end
    e.update({"location": location, "participants": participants, "groups": groups,
              "evidence": evidence})
    return e


M, C, OCC, PLN = "meeting", "call", "occurred", "planned"

# shared keys (same real-world event in several articles)
K_GERD_ADDIS_SEPT = "2023-09-23-addis-ababa-itefa-sewilam"
K_VILNIUS = "2023-07-10-vilnius-erdogan-kristersson-stoltenberg"
K_SYDNEY = "2023-05-24-sydney-albanese-modi"
K_DHAKA_DAR_HOSSAIN = "2025-08-24-dhaka-dar-hossain"
K_CANBERRA = "2024-03-07-canberra-albanese-pham"

ARTICLES = [
    # Sunday wire (24 Sep 2023). "ended two days of talks ... on Sunday" -> 23-24 Sep, multi-day, delegations
    # led by named ministers (groups Egypt, Ethiopia; Sudan explicitly did NOT attend). Sisi-Abiy "met in Cairo
    # on July 13" -> occurred, the summit of Sudan's neighbours is only a backdrop. "The first round, held in
    # Cairo late last month" -> 2023-08, groups only. Shoukry-al-Sadiq "phone call on Saturday" -> 23 Sep call.
    ("001_et_eg_gerd_addis_round_wire", "2023-09-24", False, [
        ev(K_GERD_ADDIS_SEPT, M, OCC, "2023-09-23", "Addis Ababa", [SEWILAM, ITEFA], ["Egypt", "Ethiopia"],
           "Egyptian and Ethiopian negotiators ended two days of talks in Addis Ababa on Sunday",
           date_end="2023-09-24"),
        ev("2023-07-13-cairo-abiy-al-sisi", M, OCC, "2023-07-13", "Cairo", [SISI, ABIY], [],
           "Abdel Fattah al-Sisi and Ethiopian Prime Minister Abiy Ahmed met in Cairo on July 13"),
        ev("2023-08-27-cairo-egypt-ethiopia", M, OCC, "2023-08", "Cairo", [], ["Egypt", "Ethiopia"],
           "The first round, held in Cairo late last month, also ended without agreement."),
        ev("2023-09-23-al-sadiq-shoukry-call", C, OCC, "2023-09-23", None, [SHOUKRY, AL_SADIQ], [],
           "discussed the dam file in a phone call on Saturday with Sudan's acting foreign minister"),
    ], ["'on the sidelines of a summit of Sudan's neighbours' (backdrop summit)",
        "irrigation ministry 'said in a statement'; Ethiopian foreign ministry 'replied' (statements)",
        "'Addis Ababa has not accepted the legally binding accord' (negation)",
        "'a further round would follow but gave no date or venue' (no concrete occasion)",
        "'Sudan ... did not send a team to Addis Ababa' (negation)",
        "'Egypt could ask the UN Security Council ... if' (hypothetical)",
        "Related: 'Sisi, Abiy agree four-month deadline at Cairo meeting', 'Sudan's neighbours gather in Cairo'",
        "Most read: 'Abiy meets Eritrean envoy', 'Egypt's Shoukry to hold talks with Sudan's Burhan' (furniture)"]),

    # Thursday analysis (21 Dec 2023). Final round "held in Addis Ababa from Sunday to Tuesday" -> 17-19 Dec,
    # groups only. "In September the two delegations, led by Egypt's Hany Swelam [transliteration of Hani
    # Sewilam] ... met in Addis Ababa" -> shared key, month-only, no date_end. Cairo "on October 23 and 24"
    # -> multi-day, groups only. Shoukry briefed Pandor "by telephone" "On Wednesday" -> 20 Dec call.
    ("002_eg_et_gerd_collapse_analysis", "2023-12-21", False, [
        ev("2023-12-17-addis-ababa-egypt-ethiopia", M, OCC, "2023-12-17", "Addis Ababa", [], ["Egypt", "Ethiopia"],
           "The fourth and final round, held in Addis Ababa from Sunday to Tuesday",
           date_end="2023-12-19"),
        ev(K_GERD_ADDIS_SEPT, M, OCC, "2023-09", "Addis Ababa", [SEWILAM, ITEFA], ["Egypt", "Ethiopia"],
           "In September the two delegations, led by Egypt's Hany Swelam and Ethiopia's Habtamu Itefa, met"),
        ev("2023-10-23-cairo-egypt-ethiopia", M, OCC, "2023-10-23", "Cairo", [], ["Egypt", "Ethiopia"],
           "Egyptian and Ethiopian negotiators then met in Cairo on October 23 and 24",
           date_end="2023-10-24"),
        ev("2023-12-20-pandor-shoukry-call", C, OCC, "2023-12-20", None, [SHOUKRY, PANDOR], [],
           "On Wednesday Foreign Minister Sameh Shoukry briefed his South African counterpart Naledi Pandor by telephone"),
    ], ["'announced on Tuesday evening that the negotiations ... were over' (statement)",
        "'the three riparian states have sat down for dozens of rounds' (counted)",
        "'an earlier American mediation effort collapsed' (vague, no occasion)",
        "'Pretoria has not offered to mediate' (negation)",
        "'A new round could be convened by the AU if both capitals asked' (hypothetical)",
        "'Abiy Ahmed and ... al-Sisi have not spoken in public about the collapse' (negation)",
        "'one participant described to me' (interview)",
        "Read more: 'GERD talks: Cairo hosts third round', 'Abiy and Sisi agree...', 'Sudan's Burhan meets Abiy' "
        "(furniture)"]),

    # Tuesday wire (11 Jul 2023). Vilnius trilateral "on Monday evening" -> 10 Jul. Madrid memorandum "signed
    # at the alliance's summit in Madrid in June last year" -> signing by both sides, 2022-06. "Last Thursday,
    # Stoltenberg hosted ... Fidan and ... Billstrom in Brussels" -> 6 Jul. Biden-Erdogan "spoke by telephone on
    # Sunday" -> 9 Jul call; "is due to meet Biden on the sidelines of the summit on Tuesday" -> planned, same
    # day as publication, Vilnius. Diacritics: Erdoğan.
    ("003_tr_se_vilnius_trilateral_wire", "2023-07-11", False, [
        ev(K_VILNIUS, M, OCC, "2023-07-10", "Vilnius", [ERDOGAN, KRISTERSSON, STOLTENBERG], [],
           "talks with Swedish Prime Minister Ulf Kristersson and NATO Secretary General Jens Stoltenberg in Vilnius"),
        ev("2022-06-28-madrid-andersson-erdogan-niinisto-stoltenberg", M, OCC, "2022-06", "Madrid",
           [ERDOGAN, STOLTENBERG, ANDERSSON, NIINISTO], [],
           "Magdalena Andersson and Finnish President Sauli Niinisto signed at the alliance's summit in Madrid"),
        ev("2023-07-06-brussels-billstrom-fidan-stoltenberg", M, OCC, "2023-07-06", "Brussels",
           [STOLTENBERG, FIDAN, BILLSTROM], [],
           "Last Thursday, Stoltenberg hosted Turkish Foreign Minister Hakan Fidan and his Swedish counterpart Tobias Billstrom"),
        ev("2023-07-09-biden-erdogan-call", C, OCC, "2023-07-09", None, [BIDEN, ERDOGAN], [],
           "US President Joe Biden and Erdoğan spoke by telephone on Sunday"),
        ev("2023-07-11-vilnius-biden-erdogan", M, PLN, "2023-07-11", "Vilnius", [ERDOGAN, BIDEN], [],
           "Erdoğan is due to meet Biden on the sidelines of the summit on Tuesday"),
    ], ["'on the eve of the alliance's summit' (backdrop summit, not reported as a gathering)",
        "'Stoltenberg then announced the outcome to reporters'; 'Kristersson told Swedish television' (press)",
        "'Erdoğan had said that the European Union should open the way' (statement)",
        "'Hungary ... has not set a date for its own vote' (negation, not a meeting)",
        "'Kristersson said he had met Erdoğan several times over the past year' (counted)",
        "'Finland joined NATO in April' (not a meeting)",
        "RELATED COVERAGE: 'Erdogan and Biden meet in Vilnius', 'Swedish PM Kristersson meets Orban in Budapest' "
        "(furniture)"]),

    # Saturday roundup (15 Jul 2023). Vilnius "on Monday evening" -> shared key; "Kristerson" misspelled.
    # Helsinki "on Thursday ... held a summit with the five Nordic leaders" -> 13 Jul, all six named; "Before
    # the group session Biden and Niinisto met one-on-one" -> separate encounter, same day, Helsinki.
    # Valtonen "makes her first official trip to Stockholm on Monday for talks with Tobias Billstrom" -> planned
    # 17 Jul.
    ("004_nordic_week_in_review_roundup", "2023-07-15", False, [
        ev(K_VILNIUS, M, OCC, "2023-07-10", "Vilnius", [ERDOGAN, KRISTERSSON, STOLTENBERG], [],
           "after meeting Ulf Kristerson and NATO chief Jens Stoltenberg"),
        ev("2023-07-13-helsinki-biden-frederiksen-jakobsdottir-kristersson-niinisto-store", M, OCC, "2023-07-13",
           "Helsinki", [BIDEN, NIINISTO, KRISTERSSON, FREDERIKSEN, STORE, JAKOBSDOTTIR], [],
           "where he held a summit with the five Nordic leaders: host President Sauli Niinisto"),
        ev("2023-07-13-helsinki-biden-niinisto", M, OCC, "2023-07-13", "Helsinki", [BIDEN, NIINISTO], [],
           "Before the group session Biden and Niinisto met one-on-one"),
        ev("2023-07-17-stockholm-billstrom-valtonen", M, PLN, "2023-07-17", "Stockholm", [VALTONEN, BILLSTROM], [],
           "makes her first official trip to Stockholm on Monday for talks with Tobias Billstrom"),
    ], ["'Erdogan himself later suggested parliament might not act before October' (statement, hypothetical)",
        "'Orban ... has no plans to meet Kristersson' (negation)",
        "'reports that Frederiksen could be a candidate for NATO secretary general' (not a meeting)",
        "'Stoltenberg's term was extended earlier this month' (not a meeting)",
        "'Kristersson told Swedish Radio' (interview)",
        "'their first bilateral since Finland became the alliance's 31st member' (negation clause, same meeting)",
        "MOST READ: 'Erdogan and Biden meet in Vilnius...', 'Store hosts Zelensky in Oslo? Not this summer' "
        "(furniture)"]),

    # Live blog, manifest null: date line "Wednesday 4 May 2022". "will meet ... Macron this evening" ->
    # planned, Paris, 4 May. Four separate bilaterals on 4 May (Andersson over lunch, Jakobsdottir "Minutes
    # later", Store and Marin "Before the plenary"), the summit itself "is under way in Copenhagen" with the
    # six named leaders. Catch-up: Frederiksen talks and the audience with Queen Margrethe II "on Tuesday" ->
    # 3 May, Copenhagen (Amalienborg Palace); Scholz "on Monday" in Berlin -> 2 May.
    ("005_in_nordic_copenhagen_liveblog", "2022-05-04", True, [
        ev("2022-05-04-paris-macron-modi", M, PLN, "2022-05-04", "Paris", [MODI, MACRON], [],
           "has left for Paris, where he will meet President Emmanuel Macron this evening"),
        ev("2022-05-04-copenhagen-andersson-modi", M, OCC, "2022-05-04", "Copenhagen", [MODI, ANDERSSON], [],
           "Modi and Sweden's Magdalena Andersson held talks over lunch"),
        ev("2022-05-04-copenhagen-jakobsdottir-modi", M, OCC, "2022-05-04", "Copenhagen", [MODI, JAKOBSDOTTIR], [],
           "Minutes later he met Iceland's Katrin Jakobsdottir, the last of his four bilaterals today"),
        ev("2022-05-04-copenhagen-andersson-frederiksen-jakobsdottir-marin-modi-store", M, OCC, "2022-05-04",
           "Copenhagen", [FREDERIKSEN, MODI, STORE, ANDERSSON, MARIN, JAKOBSDOTTIR], [],
           "The second India-Nordic summit is under way in Copenhagen"),
        ev("2022-05-04-copenhagen-modi-store", M, OCC, "2022-05-04", "Copenhagen", [MODI, STORE], [],
           "Before the plenary, Modi met Store for 30 minutes"),
        ev("2022-05-04-copenhagen-marin-modi", M, OCC, "2022-05-04", "Copenhagen", [MODI, MARIN], [],
           "then sat down with Finland's Sanna Marin"),
        ev("2022-05-03-copenhagen-frederiksen-modi", M, OCC, "2022-05-03", "Copenhagen", [MODI, FREDERIKSEN], [],
           "On Tuesday Modi held talks with Frederiksen in Copenhagen"),
        ev("2022-05-03-copenhagen-margrethe-modi", M, OCC, "2022-05-03", "Copenhagen", [MODI, MARGRETHE], [],
           "He was received by Queen Margrethe II at Amalienborg Palace on Tuesday evening"),
        ev("2022-05-02-berlin-modi-scholz", M, OCC, "2022-05-02", "Berlin", [MODI, SCHOLZ], [],
           "co-chaired intergovernmental consultations with Chancellor Olaf Scholz on Monday"),
    ], ["'There will be no joint press conference; a joint statement is expected' (press, statement)",
        "Reader question 'will Modi meet Finland's President Niinisto? Not on this trip' (question, negation)",
        "'Marin was asked by reporters ... declined to give a date' (press)",
        "'later addressed the Indian community at the Bella Center' (speech)",
        "'Modi tweeted a photograph' (post)",
        "'His schedule in Europe has been fixed since April' (no occasion)",
        "Most Viewed: 'Modi, Frederiksen open India-Denmark business forum', 'Scholz hosts Modi at Chancellery', "
        "'Jaishankar to meet Blinken in Washington' (furniture)"]),

    # Friday radio Q&A transcript (16 May 2025). Oslo summit "postponed. No new date has been set" and Modi
    # "called off his trip" -> not events. "Modi and Jonas Gahr Store spoke by phone on Monday" -> 12 May call
    # (invented). Jaishankar "next week": Copenhagen/Rasmussen and Berlin/Wadephul -> planned, 2025-05 (two
    # events, both expected). EFTA TEPA signing "in New Delhi in March last year" -> 2024-03, Goyal + EFTA.
    ("006_no_in_summit_postponed_interview", "2025-05-16", False, [
        ev("2025-05-12-modi-store-call", C, OCC, "2025-05-12", None, [MODI, STORE], [],
           "Modi and Jonas Gahr Store spoke by phone on Monday"),
        ev("2025-05-21-copenhagen-jaishankar-rasmussen", M, PLN, "2025-05", "Copenhagen", [JAISHANKAR, RASMUSSEN], [],
           "In Copenhagen he is expected to meet Danish Foreign Minister Lars Lokke Rasmussen"),
        ev("2025-05-23-berlin-jaishankar-wadephul", M, PLN, "2025-05", "Berlin", [JAISHANKAR, WADEPHUL], [],
           "and in Berlin the new German foreign minister, Johann Wadephul"),
        ev("2024-03-10-new-delhi-goyal", M, OCC, "2024-03", "New Delhi", [GOYAL], ["EFTA"],
           "Piyush Goyal signed it with ministers from the four EFTA countries in New Delhi"),
    ], ["the interview itself, 'recorded by telephone' (interview, not a call between parties)",
        "'the summit was postponed. No new date has been set' (postponed, no occasion)",
        "'Modi called off his trip to Croatia, the Netherlands and Norway' (cancelled)",
        "'agreed in principle that the summit should happen as soon as practical' (vague intention)",
        "'Could it still happen before the summer? It could, if the ceasefire holds' (question, hypothetical)",
        "'Jaishanker is not coming to Oslo on this trip' (negation; misspelling)",
        "'Has Store ever met Modi one-to-one? Several times' (question, counted)",
        "Related episodes: 'Store meets Modi in Copenhagen, 2022: what came of it?' (furniture)"]),

    # Monday broadcaster preview (22 May 2023). "The Sydney Quad meeting was cancelled" -> not an event;
    # the four leaders "instead met on Saturday in Hiroshima" -> 20 May, group Quad. "scheduled to hold formal
    # talks at Admiralty House on Wednesday" -> planned 24 May Sydney (held in 008). Port Moresby "on Monday":
    # Modi-Marape talks, then the FIPIC summit they co-chaired -> two events. "in New Delhi in March for the
    # first annual leaders' summit with Mr Modi" -> 2023-03.
    ("007_au_in_modi_sydney_preview", "2023-05-22", False, [
        ev("2023-05-20-hiroshima-albanese-biden-kishida-modi", M, OCC, "2023-05-20", "Hiroshima",
           [ALBANESE, MODI, BIDEN, KISHIDA], ["Quad"],
           "instead met on Saturday in Hiroshima on the sidelines of the G7 summit"),
        ev(K_SYDNEY, M, PLN, "2023-05-24", "Sydney", [MODI, ALBANESE], [],
           "are scheduled to hold formal talks at Admiralty House on Wednesday"),
        ev("2023-05-22-port-moresby-marape-modi", M, OCC, "2023-05-22", "Port Moresby", [MODI, MARAPE], [],
           "In Port Moresby on Monday, Modi held talks with Prime Minister James Marape"),
        ev("2023-05-22-port-moresby-fipic", M, OCC, "2023-05-22", "Port Moresby", [MODI, MARAPE],
           ["Forum for India-Pacific Islands Cooperation"],
           "the two men co-chaired a summit of the Forum for India-Pacific Islands Cooperation"),
        ev("2023-03-10-new-delhi-albanese-modi", M, OCC, "2023-03", "New Delhi", [ALBANESE, MODI], [],
           "was in New Delhi in March for the first annual leaders' summit with Mr Modi"),
    ], ["'The Sydney Quad meeting was cancelled'; 'before ... Biden pulled out last week' (cancelled)",
        "'Mr Modi had landed in Port Moresby late on Sunday' (travel, no encounter)",
        "'a visit that also took in the cricket Test in Ahmedabad' (no encounter stated)",
        "'the second time this year that the two prime ministers have seen each other' (counted)",
        "'Mr Modi will address a crowd ... at Qudos Bank Arena' (speech)",
        "'would not say whether he would do so this week' (not a meeting)",
        "'it would be wonderful if it did but ... nothing had been scheduled' (hypothetical, negation)",
        "RELATED: 'Kishida and Albanese meet in Hiroshima...', 'Marape and Modi: PNG welcome goes viral' "
        "(furniture); 'Watch:' video link"]),

    # Wednesday live blog (24 May 2023). Talks "have begun ... at Admiralty House" -> shared key, occurred
    # (the 12.20pm signing is the same event). Dutton "at his hotel in the city this afternoon" -> 24 May
    # Sydney (invented). Marles-Rajnath Singh "in New Delhi in June last year" -> 2022-06. Albanese "had
    # spoken to Joe Biden by phone last week" -> 2023-05 call. Minns "on Tuesday afternoon" -> 23 May Sydney.
    ("008_au_in_admiralty_house_liveblog", "2023-05-24", False, [
        ev(K_SYDNEY, M, OCC, "2023-05-24", "Sydney", [MODI, ALBANESE], [],
           "Mr Modi and Mr Albanese have begun their talks at Admiralty House"),
        ev("2023-05-24-sydney-dutton-modi", M, OCC, "2023-05-24", "Sydney", [MODI, DUTTON], [],
           "Mr Modi met Opposition Leader Peter Dutton at his hotel in the city this afternoon"),
        ev("2022-06-22-new-delhi-marles-singh", M, OCC, "2022-06", "New Delhi", [MARLES, RAJNATH], [],
           "who met Indian Defence Minister Rajnath Singh in New Delhi in June last year"),
        ev("2023-05-17-albanese-biden-call", C, OCC, "2023-05", None, [ALBANESE, BIDEN], [],
           "he had spoken to Joe Biden by phone last week"),
        ev("2023-05-23-sydney-minns-modi", M, OCC, "2023-05-23", "Sydney", [MODI, MINNS], [],
           "Mr Modi held talks with New South Wales Premier Chris Minns on Tuesday afternoon"),
    ], ["'is due back in New Delhi on Thursday morning' (travel)",
        "'Mr Dutton later posted a photo of the pair on social media' (post, same meeting)",
        "reader question; 'their third meeting in 2023, and they have spoken by phone a number of times' (counted)",
        "'The joint statement is out'; 'no joint press conference'; 'short statements to cameras' (statements)",
        "'witnessed the signing ... before lunch' (same Admiralty House event, not separate)",
        "'Mr Albanese told Sky News this morning' (interview); 'the Quad remained alive and well' (statement)",
        "'appearing at the diaspora event at Qudos Bank Arena'; 'spoke at a round table of chief executives' (speech)",
        "Most popular: 'Modi and Albanese to meet on Wednesday', 'Kishida to host Albanese in Tokyo next month' "
        "(furniture)"]),

    # Thursday preview (21 Aug 2025). "Touhid Hossain are scheduled to hold talks in Dhaka on Sunday" ->
    # planned 24 Aug (held in 010). "held a video call on Tuesday" -> 19 Aug call (invented). Jam Kamal Khan met
    # Sheikh Bashir Uddin "in Dhaka on Wednesday" -> 20 Aug. Baloch-Jashim Uddin "In April ... in Dhaka" ->
    # 2025-04. Sharif-Yunus "have met twice, most recently in Cairo in December" -> the Cairo meeting
    # (2024-12) is an event, "twice" is counted.
    ("009_pk_bd_dar_dhaka_preview", "2025-08-21", False, [
        ev(K_DHAKA_DAR_HOSSAIN, M, PLN, "2025-08-24", "Dhaka", [DAR, HOSSAIN], [],
           "Touhid Hossain are scheduled to hold talks in Dhaka on Sunday"),
        ev("2025-08-19-dar-hossain-call", C, OCC, "2025-08-19", None, [DAR, HOSSAIN], [],
           "The two men held a video call on Tuesday to finalise the agenda"),
        ev("2025-08-20-dhaka-khan-uddin", M, OCC, "2025-08-20", "Dhaka", [JAM_KAMAL, BASHIR], [],
           "He met Bangladesh's commerce adviser Sheikh Bashir Uddin in Dhaka on Wednesday"),
        ev("2025-04-17-dhaka-baloch-uddin", M, OCC, "2025-04", "Dhaka", [BALOCH, JASHIM], [],
           "Amna Baloch held foreign office consultations with Bangladesh's Foreign Secretary Jashim Uddin in Dhaka"),
        ev("2024-12-19-cairo-sharif-yunus", M, OCC, "2024-12", "Cairo", [SHARIF, YUNUS], [],
           "most recently in Cairo in December on the margins of the D-8 summit"),
    ], ["'Dar will arrive in Dhaka on Saturday' (travel; the meeting is the Sunday talks)",
        "'told the weekly briefing' (briefing)",
        "'A courtesy call on ... Yunus has been requested ... but has not yet been confirmed' (unconfirmed)",
        "'The visit was first planned for late April but was postponed' (postponed)",
        "'the joint economic commission, which has not met for nearly two decades' (negation); 'agreed to revive' "
        "(vague)",
        "'Sharif and Yunus have met twice' (counted); 'D-8 summit' (backdrop)",
        "'a visit to the Bangladeshi parliament is not on the programme' (negation)",
        "ALSO READ: 'Dar, Rubio hold talks in Washington', 'Yunus meets Sharif in Cairo...' (furniture)"]),

    # Translated Bangladeshi page, manifest null: "Update: 25-08-2025 10:14" (DD-MM-YYYY). "yesterday
    # (Sunday)" -> 24 Aug, shared key. Yunus "Later in the afternoon" -> 24 Aug. Khaleda Zia "On Saturday
    # night" -> 23 Aug. "Separately on Sunday" Jamaat delegation (group) and, "in another meeting", NCP leaders
    # (group) -> two events. Misspelling: "Daar".
    ("010_bd_pk_dar_padma_translated", "2025-08-25", True, [
        ev(K_DHAKA_DAR_HOSSAIN, M, OCC, "2025-08-24", "Dhaka", [HOSSAIN, DAR], [],
           "held bilateral meeting at state guest house Padma in the capital yesterday (Sunday)"),
        ev("2025-08-24-dhaka-dar-yunus", M, OCC, "2025-08-24", "Dhaka", [DAR, YUNUS], [],
           "Dar called on Chief Adviser Professor Muhammad Yunus at state guest house Jamuna"),
        ev("2025-08-23-dhaka-dar-zia", M, OCC, "2025-08-23", "Dhaka", [DAR, ZIA], [],
           "On Saturday night he met BNP chairperson Khaleda Zia at her Gulshan residence"),
        ev("2025-08-24-dhaka-dar-rahman", M, OCC, "2025-08-24", "Dhaka", [DAR, SHAFIQUR], ["Jamaat-e-Islami"],
           "Dar met a Jamaat-e-Islami delegation led by its ameer Shafiqur Rahman"),
        ev("2025-08-24-dhaka-dar-islam", M, OCC, "2025-08-24", "Dhaka", [DAR, NAHID], ["National Citizen Party"],
           "in another meeting, leaders of the National Citizen Party including convener Nahid Islam"),
    ], ["'one agreement and five memorandum of understanding were signed' (same Padma meeting)",
        "'according to the press wing of Chief Adviser' (statement)",
        "'reached in Dhaka on Saturday noon'; 'left Dhaka for Islamabad on Sunday night' (travel)",
        "'He did not meet with any leader of Awami League' (negation)",
        "'Touhid Hossain told journalists after meeting'; 'Dar told that the 1971 matter was settled' (press, "
        "statement)",
        "'the foreign adviser shall make a return visit ... at the mutually convenient time. No date has been "
        "fixed' (vague, no occasion)",
        "'Hina Rabbani Khar came in Dhaka in November 2012' (visit without a stated encounter)",
        "Read also: 'Foreign secretary level consultation held after 15 years', 'Commerce adviser meets "
        "Pakistani minister' (furniture)"]),

    # Government readout (5 Apr 2024). "today participated in a high-level meeting in Brussels" with von der
    # Leyen, Blinken, Borrell -> one event, four named. "separate meeting with ... Charles Michel" "On the same
    # day" (invented). "on April 4 ... telephone conversation with ... Macron" -> call (invented). "will meet
    # ... De Croo in Brussels on April 6" -> planned (invented).
    ("011_am_eu_us_brussels_readout", "2024-04-05", False, [
        ev("2024-04-05-brussels-blinken-borrell-pashinyan-von-der-leyen", M, OCC, "2024-04-05", "Brussels",
           [PASHINYAN, VDL, BLINKEN, BORRELL], [],
           "today participated in a high-level meeting in Brussels with President of the European Commission"),
        ev("2024-04-05-brussels-michel-pashinyan", M, OCC, "2024-04-05", "Brussels", [PASHINYAN, MICHEL], [],
           "the Prime Minister had a separate meeting with President of the European Council Charles Michel"),
        ev("2024-04-04-macron-pashinyan-call", C, OCC, "2024-04-04", None, [PASHINYAN, MACRON], [],
           "Nikol Pashinyan held a telephone conversation with President of France Emmanuel Macron"),
        ev("2024-04-06-brussels-de-croo-pashinyan", M, PLN, "2024-04-06", "Brussels", [PASHINYAN, DE_CROO], [],
           "will meet Prime Minister of Belgium Alexander De Croo in Brussels on April 6"),
    ], ["'A joint statement was adopted following the meeting' (statement)",
        "'after which he will return to Yerevan' (travel)",
        "'The Ministry of Foreign Affairs of Azerbaijan issued a statement' (statement)",
        "'Official Baku was not invited to the meeting' (negation)",
        "'In response to a question from journalists' (press)",
        "'the sides have held numerous meetings at various levels in the past year' (counted)",
        "Related news: 'Pashinyan and Aliyev meet in Munich with Chancellor Scholz', 'Mirzoyan receives EU "
        "Special Representative' (furniture)"]),

    # State-media page (15 Jan 2025, "2025-01-15 21:06:33"). Xi-Dissanayake talks "on Wednesday" -> 15 Jan
    # (welcome ceremony and witnessed signing are the same event). Herath-Wang "On Tuesday afternoon" ->
    # 14 Jan (invented). "will hold separate meetings with Premier Li Qiang and with Zhao Leji ... in Beijing
    # on Thursday" -> two planned events, 16 Jan. Modi "in New Delhi last month" -> 2024-12.
    ("012_cn_lk_xi_dissanayake_state_media", "2025-01-15", False, [
        ev("2025-01-15-beijing-dissanayake-xi", M, OCC, "2025-01-15", "Beijing", [XI, DISSANAYAKE], [],
           "Chinese President Xi Jinping held talks with Sri Lankan President Anura Kumara Dissanayake"),
        ev("2025-01-14-beijing-herath-wang", M, OCC, "2025-01-14", "Beijing", [HERATH, WANG], [],
           "Vijitha Herath held talks with Chinese Foreign Minister Wang Yi in Beijing"),
        ev("2025-01-16-beijing-dissanayake-li", M, PLN, "2025-01-16", "Beijing", [DISSANAYAKE, LI], [],
           "Dissanayake will hold separate meetings with Premier Li Qiang and with Zhao Leji"),
        ev("2025-01-16-beijing-dissanayake-zhao", M, PLN, "2025-01-16", "Beijing", [DISSANAYAKE, ZHAO], [],
           "Dissanayake will hold separate meetings with Premier Li Qiang and with Zhao Leji"),
        ev("2024-12-16-new-delhi-dissanayake-modi", M, OCC, "2024-12", "New Delhi", [DISSANAYAKE, MODI], [],
           "holding talks with Prime Minister Narendra Modi in New Delhi last month"),
    ], ["'Xi held a welcome ceremony'; 'witnessed the signing of 15 cooperation documents' (same talks)",
        "'Dissanayake arrived in Beijing on Tuesday' (travel)",
        "'travelling to Sichuan Province on Friday to visit an agricultural technology park' (visit, no encounter)",
        "'Asked whether the visit would include discussions on debt restructuring' (question)",
        "'maintained frequent high-level exchanges in recent years' (vague, counted)",
        "[Editor's picks]: 'Li Qiang meets Sri Lankan president', 'Wang Yi holds talks with Maldivian foreign "
        "minister' (furniture); Related: 'Photos: Welcome ceremony...'"]),

    # Wire (14 Sep 2024, dateline Sept 13). Scholz "hosted President William Ruto at the Chancellery" on
    # Friday -> 13 Sep; Faeser and Mudavadi signed "with Scholz and Ruto looking on" -> all four present, one
    # event. Scholz "visited Nairobi in May 2023 and held talks with Ruto" -> 2023-05. Steinmeier "received by
    # Ruto in Nairobi in late October last year" -> 2023-10. "Scholz and Ruto last spoke by phone in July" ->
    # 2024-07 call (invented). Mudavadi-Baerbock "in Berlin on Monday" -> planned 16 Sep (invented).
    ("013_ke_de_ruto_scholz_migration_wire", "2024-09-14", False, [
        ev("2024-09-13-berlin-faeser-mudavadi-ruto-scholz", M, OCC, "2024-09-13", "Berlin",
           [SCHOLZ, RUTO, FAESER, MUDAVADI], [],
           "as Chancellor Olaf Scholz hosted President William Ruto at the Chancellery"),
        ev("2023-05-05-nairobi-ruto-scholz", M, OCC, "2023-05", "Nairobi", [SCHOLZ, RUTO], [],
           "Scholz visited Nairobi in May 2023 and held talks with Ruto at State House"),
        ev("2023-10-31-nairobi-ruto-steinmeier", M, OCC, "2023-10", "Nairobi", [STEINMEIER, RUTO], [],
           "Frank-Walter Steinmeier was received by Ruto in Nairobi in late October last year"),
        ev("2024-07-ruto-scholz-call", C, OCC, "2024-07", None, [SCHOLZ, RUTO], [],
           "Scholz and Ruto last spoke by phone in July"),
        ev("2024-09-16-berlin-baerbock-mudavadi", M, PLN, "2024-09-16", "Berlin", [MUDAVADI, BAERBOCK], [],
           "is scheduled to hold talks with Foreign Minister Annalena Baerbock in Berlin on Monday"),
    ], ["'Scholz told a joint news conference after the talks' (press)",
        "'deals under negotiation with several other countries, including Uzbekistan and Kyrgyzstan' (no occasion)",
        "'the deal could open the way for up to 250,000 Kenyans' (hypothetical, rejected)",
        "'Ruto is also due to address a German-African business forum' (speech)",
        "'Asked whether Kenya would accept deportees ... no such plans' (question, negation)",
        "'Opposition lawmakers ... had not seen the text' (negation)",
        "Latest news: 'Ruto hosts Steinmeier: Kenya, Germany vow closer ties' (furniture)"]),

    # Regional site (Sunday 18 Aug 2024). SADC "gathered in Harare on Saturday" -> 17 Aug, Mnangagwa (misspelled
    # "Mnangangwa" once), Lourenco ("handed over in person"; diacritics Joao Lourenço) and Ramaphosa ("sat beside
    # the new chair in the plenary"). Mbumba-Masisi "On the sidelines on Saturday" (invented). Ramaphosa-Mnangagwa
    # "on Friday ... at State House that evening" -> 16 Aug (invented). Council of Ministers "met in Harare on
    # Wednesday and again the following day" -> 14-15 Aug, chaired by Shava. "Madagascar will host next year's
    # summit in Antananarivo in August" -> planned 2025-08.
    ("014_zw_sadc_harare_summit_regional", "2024-08-18", False, [
        ev("2024-08-17-harare-sadc", M, OCC, "2024-08-17", "Harare", [MNANGAGWA, LOURENCO, RAMAPHOSA], [SADC],
           "of the Southern African Development Community gathered in Harare on Saturday"),
        ev("2024-08-17-harare-masisi-mbumba", M, OCC, "2024-08-17", "Harare", [MBUMBA, MASISI], [],
           "Namibia's President Nangolo Mbumba and Botswana's President Mokgweetsi Masisi held talks"),
        ev("2024-08-16-harare-mnangagwa-ramaphosa", M, OCC, "2024-08-16", "Harare", [RAMAPHOSA, MNANGAGWA], [],
           "held a bilateral meeting with Mnangagwa at State House that evening"),
        ev("2024-08-14-harare-sadc-council-of-ministers", M, OCC, "2024-08-14", "Harare", [SHAVA], [SADC],
           "SADC Council of Ministers, which met in Harare on Wednesday and again the following day",
           date_end="2024-08-15"),
        ev("2025-08-17-antananarivo-sadc", M, PLN, "2025-08", "Antananarivo", [], [SADC],
           "Madagascar will host next year's summit in Antananarivo in August"),
    ], ["'Mnangangwa said the region must industrialise or perish' (speech)",
        "'Aides say the two leaders speak on the phone often' (habitual)",
        "'An extraordinary summit on the DRC could be called if ...' (hypothetical)",
        "'Magosi told a news conference' (press)",
        "'The communique did not say when the mandate ... would be reviewed' (negation, not a meeting)",
        "'Opposition groups had called for protests' (not a meeting)",
        "RELATED STORIES: 'Lourenco hands over SADC chair...', 'Ramaphosa and Mnangagwa to meet on migrant "
        "permits', 'Chamisa: SADC leaders meeting...' (furniture)"]),

    # First-person PM media release (7 Mar 2024). "Prime Minister Chinh and I held talks in Canberra this
    # morning" -> "I" = Albanese (byline), shared key. Special Summit "I hosted Prime Minister Chinh and the
    # other ASEAN leaders in Melbourne from Monday to Wednesday" -> 4-6 Mar, group ASEAN. "When I visited Hanoi
    # last June for talks with Prime Minister Chinh" -> 2023-06. Governor-General "Earlier today" at
    # Government House -> Canberra (invented). Wong-Bui "first meeting in Hanoi later this year" -> planned,
    # year-only date 2024 (invented).
    ("015_au_vn_pm_media_release_canberra", "2024-03-07", False, [
        ev(K_CANBERRA, M, OCC, "2024-03-07", "Canberra", [ALBANESE, CHINH], [],
           "Prime Minister Chinh and I held talks in Canberra this morning"),
        ev("2024-03-04-melbourne-asean", M, OCC, "2024-03-04", "Melbourne", [ALBANESE, CHINH], ["ASEAN"],
           "hosted Prime Minister Chinh and the other ASEAN leaders in Melbourne from Monday to Wednesday",
           date_end="2024-03-06"),
        ev("2023-06-04-hanoi-albanese-pham", M, OCC, "2023-06", "Hanoi", [ALBANESE, CHINH], [],
           "When I visited Hanoi last June for talks with Prime Minister Chinh"),
        ev("2024-03-07-canberra-hurley-pham", M, OCC, "2024-03-07", "Canberra", [CHINH, HURLEY], [],
           "Earlier today Prime Minister Chinh also called on the Governor-General"),
        ev("2024-hanoi-bui-wong", M, PLN, "2024", "Hanoi", [WONG, BUI], [],
           "Foreign Minister Bui Thanh Son to co-chair the first meeting in Hanoi later this year"),
    ], ["'the first bilateral visit to Canberra by a Vietnamese prime minister since 2018' (counted/negation)",
        "'agreed to elevate the relationship' (agreement, same talks)",
        "'I look forward to returning to Vietnam, and to welcoming Prime Minister Chinh back' (vague)",
        "Related media releases: 'Joint Statement: Australia - New Zealand Leaders' Meeting', 'Prime Minister to "
        "visit Papua New Guinea' (furniture); Transcripts: 'Press conference - Parliament House' (furniture)"]),

    # Translated state-media page, manifest null: "Thursday, 07/03/2024 - 20:15" (DD/MM/YYYY). Talks "on
    # March 7 ... at the Parliament House in Canberra" -> shared key. Lines and Dick "jointly received the
    # Vietnamese delegation" -> one event, group Vietnam (invented). Dutton "Also on March 7 in Canberra"
    # (invented). Luxon "scheduled to hold talks ... in Auckland on March 11" -> planned.
    ("016_vn_au_chinh_canberra_translated", "2024-03-07", True, [
        ev(K_CANBERRA, M, OCC, "2024-03-07", "Canberra", [CHINH, ALBANESE], [],
           "held talks with Prime Minister Anthony Albanese at the Parliament House in Canberra"),
        ev("2024-03-07-canberra-dick-lines-pham", M, OCC, "2024-03-07", "Canberra", [CHINH, LINES, DICK], ["Vietnam"],
           "Sue Lines and Speaker of the House of Representatives Milton Dick, who jointly received"),
        ev("2024-03-07-canberra-dutton-pham", M, OCC, "2024-03-07", "Canberra", [CHINH, DUTTON], [],
           "PM Chinh had a meeting with the Leader of the Opposition Peter Dutton"),
        ev("2024-03-11-auckland-luxon-pham", M, PLN, "2024-03-11", "Auckland", [CHINH, LUXON], [],
           "scheduled to hold talks with Prime Minister Christopher Luxon in Auckland on March 11"),
    ], ["'right after the welcoming ceremony with 19-gun salute' (same talks)",
        "'agreed to increase the exchange of delegations ... and to early organise the first Foreign Ministers' "
        "Meeting' (vague, no occasion)",
        "'had been in the city of Melbourne from March 4, where they carried out many activities' (vague, no "
        "encounter stated)",
        "'will pay an official visit to New Zealand from March 10 to 12' (visit; the talks are the event)",
        "Related news: 'Vietnamese, Laotian Prime Ministers hold talks in Vientiane', 'PM meets Vietnamese "
        "community in Australia'; Most read: 'Deputy PM receives Japanese Ambassador' (furniture)"]),
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
