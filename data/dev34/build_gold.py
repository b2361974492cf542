#!/usr/bin/env python3
"""Generate gold.jsonl and manifest.jsonl for the dev34 development corpus.

Run:  python3 data/dev34/build_gold.py   then   python3 data/eval/validate.py data/dev34
Each article lists its true publication date, whether the manifest hides it, its gold
events, and (for documentation only) the traps it contains that must NOT be extracted.
dev34 is a READABLE development set: unlike the holdout sets, it may be read while developing.

It covers 15 real occasions, all from 2022-2024: Chad's Doha peace agreement with rebel
groups (Aug 2022), Kamala Harris in Dar es Salaam (Mar 2023), Xi Jinping's state visit to
Peru at APEC (Nov 2024), Lula's visit to Santiago (Aug 2024), Antony Blinken in Beijing
(Jun 2023), the first Ramstein meeting on arms for Ukraine (Apr 2022), Isaac Herzog in
Ankara (Mar 2022), Sultan Haitham bin Tarik in Tehran (May 2023), Emmanuel Macron in Moscow
(Feb 2022, live blog), UN envoy Noeleen Heyzer in Naypyitaw (Aug 2022), Kurt Campbell's
delegation in Honiara (Apr 2022), the Jeddah meeting of national security advisers on
Ukraine (Aug 2023), Benny Gantz in Washington (Mar 2024), Sheikh Hasina's state visit to
New Delhi (Jun 2024, briefing transcript) and the EU-Egypt summit in Cairo (Mar 2024).

Thirteen pages are ordinary modern online news (wire copy, newspaper and broadcaster sites,
agency items, a government press release); two are unusual layouts (a live blog, 008, and a
press-briefing transcript, 013).

Three pages have no date in the manifest, and each prints one: 007 (agency line "Source: GINA
| 2023-05-29 14:20:05" and dateline "TEHRAN, May 29"), 010 (press release "Honiara, Friday
22 April 2022") and 013 (transcript title "(June 22, 2024)" and "Page last updated: 22/06/2024").

Three real events are reported by two pages under the same key:
  2022-02-07-moscow-macron-putin          008 (main occasion) and 006 (background, "on Feb. 7")
  2024-11-18-rio-de-janeiro-g20           003 (planned, "on Nov. 18-19") and 002 (planned,
                                          "on Monday and Tuesday" in a Friday page)
  2023-06-19-beijing-blinken-xi           004 (main occasion) and 011 (background, "in June")
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

# canonical names
DEBY, MBA_THANI, CHERIF, FAKI, TAMIM, TAHA = (
    "Mahamat Idriss Deby", "Mohammed bin Abdulrahman Al Thani", "Mahamat Zene Cherif",
    "Moussa Faki Mahamat", "Tamim bin Hamad Al Thani", "Hissein Brahim Taha")
HARRIS, SAMIA, MPANGO, AKUFO_ADDO, HICHILEMA = (
    "Kamala Harris", "Samia Suluhu Hassan", "Philip Mpango", "Nana Akufo-Addo", "Hakainde Hichilema")
XI, BOLUARTE, ADRIANZEN, BIDEN, LULA = (
    "Xi Jinping", "Dina Boluarte", "Gustavo Adrianzen", "Joe Biden", "Luiz Inacio Lula da Silva")
BORIC, AMORIM, MADURO, GONZALEZ, GARCIA_RUMINOT, CARIOLA, HASSLER, LAGOS = (
    "Gabriel Boric", "Celso Amorim", "Nicolas Maduro", "Edmundo Gonzalez Urrutia",
    "Jose Garcia Ruminot", "Karol Cariola", "Iraci Hassler", "Ricardo Lagos")
BLINKEN, WANG, QIN, SULLIVAN = "Antony Blinken", "Wang Yi", "Qin Gang", "Jake Sullivan"
AUSTIN, MILLEY, REZNIKOV, LAMBRECHT, ZELENSKYY = (
    "Lloyd Austin", "Mark Milley", "Oleksii Reznikov", "Christine Lambrecht", "Volodymyr Zelenskyy")
ERDOGAN, HERZOG, CAVUSOGLU, LAVROV, KULEBA, BENNETT, PUTIN, MACRON = (
    "Recep Tayyip Erdogan", "Isaac Herzog", "Mevlut Cavusoglu", "Sergey Lavrov", "Dmytro Kuleba",
    "Naftali Bennett", "Vladimir Putin", "Emmanuel Macron")
HAITHAM, KHAMENEI, RAISI, MOKHBER, SISI = (
    "Haitham bin Tarik", "Ali Khamenei", "Ebrahim Raisi", "Mohammad Mokhber", "Abdel Fattah el-Sisi")
SCHOLZ, DUDA, BONNE, PLOTNER, KOZAK, YERMAK = (
    "Olaf Scholz", "Andrzej Duda", "Emmanuel Bonne", "Jens Plotner", "Dmitry Kozak", "Andriy Yermak")
HEYZER, MAH, PRAK = "Noeleen Heyzer", "Min Aung Hlaing", "Prak Sokhonn"
SOGAVARE, CAMPBELL, KRITENBRINK, BAINIMARAMA, MARAPE, SHERMAN, MANELE, SESELJA, LI_MING = (
    "Manasseh Sogavare", "Kurt Campbell", "Daniel Kritenbrink", "Frank Bainimarama", "James Marape",
    "Wendy Sherman", "Jeremiah Manele", "Zed Seselja", "Li Ming")
AL_AIBAN, LI_HUI, DOVAL, MBS = "Musaed Al-Aiban", "Li Hui", "Ajit Doval", "Mohammed bin Salman"
GANTZ, MCGURK, MCCONNELL, LEAF, CHOLLET, CAMERON = (
    "Benny Gantz", "Brett McGurk", "Mitch McConnell", "Barbara Leaf", "Derek Chollet", "David Cameron")
HASINA, MODI, JAISHANKAR, MURMU, DHANKHAR = (
    "Sheikh Hasina", "Narendra Modi", "S. Jaishankar", "Droupadi Murmu", "Jagdeep Dhankhar")
VDL, MELONI, MITSOTAKIS, DE_CROO, NEHAMMER, CHRISTODOULIDES, SANCHEZ, GHAZOUANI = (
    "Ursula von der Leyen", "Giorgia Meloni", "Kyriakos Mitsotakis", "Alexander De Croo",
    "Karl Nehammer", "Nikos Christodoulides", "Pedro Sanchez", "Mohamed Ould Ghazouani")

CHAD_SIDES = ["Chad", "armed groups"]


def ev(key, kind, status, date, location, participants, groups, evidence, date_end=None):
    e = {"key": key, "kind": kind, "status": status, "date": date}
    if date_end:
        e["date_end"] = date_end
    e.update({"location": location, "participants": participants, "groups": groups,
              "evidence": evidence})
    return e


M, C, OCC, PLN = "meeting", "call", "occurred", "planned"

ARTICLES = [
    # 000. Wire copy, "August 8, 2022 / 7:42 PM GMT+3", dateline "DOHA, Aug 8 (GWS)" (manifest
    # 2022-08-08, a Monday). "on Monday" -> 8 Aug; "on Saturday" -> 6 Aug; "on Tuesday morning"
    # (future) -> 9 Aug; "on March 13" -> 2022-03-13; "on Aug. 20" (future) -> 2022-08-20.
    # The signing: Deby "attended", the Qatari foreign minister "chaired", Zene Cherif "represented
    # the government at the table", Faki "was also in the hall"; the two sides are groups.
    # Two Al Thanis: the foreign minister (signing) and the emir (Saturday and Tuesday).
    # The national dialogue is a planned gathering of the sides in N'Djamena.
    ("000", "2022-08-08", False, [
        ev("2022-08-08-doha-al-thani-cherif-deby-faki", M, OCC, "2022-08-08", "Doha",
           [DEBY, MBA_THANI, CHERIF, FAKI], CHAD_SIDES,
           "more than 40 opposition and rebel groups signed an agreement in Doha on Monday"),
        ev("2022-08-06-doha-al-thani-deby", M, OCC, "2022-08-06", "Doha", [TAMIM, DEBY], [],
           "Emir Sheikh Tamim bin Hamad Al Thani received Deby at Al Bahr Palace on Saturday"),
        ev("2022-08-09-doha-al-thani-deby", M, PLN, "2022-08-09", "Doha", [TAMIM, DEBY], ["armed groups"],
           "The emir is expected to host Deby and representatives of the signatory groups"),
        ev("2022-08-08-doha-deby-taha", M, OCC, "2022-08-08", "Doha", [DEBY, TAHA], [],
           "On the sidelines of Monday's ceremony, Deby also received Hissein Brahim Taha"),
        ev("2022-03-13-doha-armed-groups-chad", M, OCC, "2022-03-13", "Doha", [], CHAD_SIDES,
           "Government and rebel delegations opened the talks in Doha on March 13."),
        ev("2022-08-20-ndjamena-inclusive-national-dialogue", M, PLN, "2022-08-20", "N'Djamena", [],
           ["Chad", "political parties", "armed groups"],
           "The inclusive national dialogue is due to open in N'Djamena on Aug. 20"),
    ], ["'FACT ... refused to sign. In a statement issued on Sunday' (refusal; statement)",
        "'Its leader, Mahamat Mahdi Ali, did not travel to Doha' (negation)",
        "'About 20 groups walked out in July' (no single encounter)",
        "'Wakit Tama has said it will boycott it' (boycott of the planned dialogue; no new event)",
        "'Diplomats said talks with FACT could resume if the group drops its conditions' (hypothetical)",
        "'Faki welcomed the deal in a post on Twitter' (social media)",
        "Related coverage: 'Sudan's Burhan and Chad's Deby meet in N'Djamena', 'Qatar brings Afghan Taliban and U.S. envoys together' (furniture)",
        "Most read: 'Niger's Bazoum receives French armed forces minister in Niamey' (furniture)"]),

    # 001. Tanzanian daily's site, "Dar es Salaam | Friday, March 31, 2023" (manifest 2023-03-31).
    # "yesterday" -> 30 Mar; "on Wednesday night" -> 29 Mar; "on Monday" -> 27 Mar; "later on
    # Friday" (future, the publication day) -> planned 31 Mar; "in April last year" -> 2022-04.
    # The iftar dinner the same evening is part of the same occasion (same two people, same day).
    # State House -> Dar es Salaam; the airport welcome names Mpango. Samia's key uses `samia`.
    ("001", "2023-03-31", False, [
        ev("2023-03-30-dar-es-salaam-harris-samia", M, OCC, "2023-03-30", "Dar es Salaam", [HARRIS, SAMIA], [],
           "Kamala Harris held talks with President Samia Suluhu Hassan at State House"),
        ev("2023-03-29-dar-es-salaam-harris-mpango", M, OCC, "2023-03-29", "Dar es Salaam", [HARRIS, MPANGO], [],
           "was received at Julius Nyerere International Airport by Vice President Philip Mpango"),
        ev("2023-03-27-accra-akufo-addo-harris", M, OCC, "2023-03-27", "Accra", [HARRIS, AKUFO_ADDO], [],
           "In Accra on Monday she met President Nana Akufo-Addo"),
        ev("2023-03-31-lusaka-harris-hichilema", M, PLN, "2023-03-31", "Lusaka", [HARRIS, HICHILEMA], [],
           "she is due to hold talks with President Hakainde Hichilema later on Friday"),
        ev("2022-04-15-washington-harris-samia", M, OCC, "2022-04", "Washington", [HARRIS, SAMIA], [],
           "when Harris hosted her at the White House in April last year"),
    ], ["'the two leaders read statements to the press' (press statements)",
        "'Later in the evening President Samia hosted her guest at an iftar dinner' (same occasion as the talks)",
        "'on Tuesday she gave a speech to young people at Black Star Square' (speech)",
        "'The two have also spoken several times since then' (counted)",
        "'laid a wreath at the memorial ... toured a start-up hub' (no stated encounter)",
        "'President Joe Biden could travel to Africa later this year if his schedule allows' (hypothetical)",
        "'There are no plans for Ms Harris to stop in Kenya' (negation)",
        "'Chadema welcomed the visit in a statement' (statement)",
        "Related stories / Most read: 'Samia meets Kenya's Ruto in Nairobi', 'Qin Gang meets Tax in Beijing', 'Chinese envoy meets Zanzibar President Mwinyi' (furniture)"]),

    # 002. Peruvian English-language site, "Friday, November 15, 2024 · 08:10 PET" (manifest
    # 2024-11-15). "on Thursday" -> 14 Nov; "in June" -> 2024-06 (Boluarte's Beijing visit,
    # keyed 28 June); "later on Friday ... until Saturday" (still ahead at 08:10) -> planned
    # 15-16 Nov; "on Saturday" -> 16 Nov; "on Monday and Tuesday" -> 18-19 Nov; "on Nov. 20".
    # The Chancay inauguration by video from the palace is part of the Xi-Boluarte occasion.
    # The airport welcome by Adrianzen is a separate encounter (different people).
    # The G20 key is shared with 003.
    ("002", "2024-11-15", False, [
        ev("2024-11-14-lima-boluarte-xi", M, OCC, "2024-11-14", "Lima", [XI, BOLUARTE], [],
           "President Xi Jinping held talks with President Dina Boluarte at the Government Palace on Thursday"),
        ev("2024-11-14-lima-adrianzen-xi", M, OCC, "2024-11-14", "Lima", [XI, ADRIANZEN], [],
           "where he was received by Prime Minister Gustavo Adrianzen"),
        ev("2024-06-28-beijing-boluarte-xi", M, OCC, "2024-06", "Beijing", [BOLUARTE, XI], [],
           "Boluarte last met Xi in Beijing in June"),
        ev("2024-11-15-lima-apec", M, PLN, "2024-11-15", "Lima", [], ["APEC"],
           "The APEC leaders' meeting opens later on Friday and runs until Saturday.",
           date_end="2024-11-16"),
        ev("2024-11-16-lima-biden-xi", M, PLN, "2024-11-16", "Lima", [BIDEN, XI], [],
           "U.S. President Joe Biden is scheduled to meet Xi on Saturday"),
        ev("2024-11-18-rio-de-janeiro-g20", M, PLN, "2024-11-18", "Rio de Janeiro", [XI], ["G20"],
           "flies to Brazil for the G20 summit in Rio de Janeiro on Monday and Tuesday",
           date_end="2024-11-19"),
        ev("2024-11-20-brasilia-lula-xi", M, PLN, "2024-11-20", "Brasilia", [LULA, XI], [],
           "Lula da Silva will receive him for a state visit in Brasilia on Nov. 20"),
    ], ["'Xi did not travel to the port, for security reasons' (negation; the video inauguration belongs to the palace meeting)",
        "'The two leaders have spoken by phone several times this year' (counted)",
        "'Donald Trump's team has not said whether the president-elect intends to meet Xi' (no plan)",
        "'In a signed article published in El Peruano' (article)",
        "'Transport unions, which staged a strike in Lima on Wednesday' (domestic protest)",
        "Photo caption 'Presidents Xi Jinping and Dina Boluarte at the Government Palace' (same Thursday meeting)",
        "Related: 'Boluarte meets Japan's Ishiba', 'Trudeau and Sheinbaum to hold talks in Lima' (furniture)"]),

    # 003. Chilean English-language site, "Tuesday 6 August 2024 · 09:30 CLT" (manifest
    # 2024-08-06). "on Monday" -> 5 Aug; "On Monday afternoon" -> 5 Aug; "on Tuesday" (the
    # publication day, still ahead, "is due to") -> planned 6 Aug; "on July 30" -> 2024-07-30;
    # "after the vote" gives no day -> null for both Amorim meetings (keyed by month);
    # "on Nov. 18-19" -> planned G20 (key shared with 002). Amorim met Maduro "and, separately,"
    # Gonzalez: two events. Hassler "and, separately," Lagos: two events. The congressional
    # leaders were received together: one event. The G20 mention places only Lula (host);
    # Boric is invited but unconfirmed.
    ("003", "2024-08-06", False, [
        ev("2024-08-05-santiago-boric-lula", M, OCC, "2024-08-05", "Santiago", [BORIC, LULA], [],
           "President Gabriel Boric welcomed Brazil's Luiz Inacio Lula da Silva to La Moneda on Monday"),
        ev("2024-08-05-santiago-cariola-garcia-ruminot-lula", M, OCC, "2024-08-05", "Santiago",
           [LULA, GARCIA_RUMINOT, CARIOLA], [],
           "On Monday afternoon Lula met the heads of both chambers of Congress"),
        ev("2024-08-06-santiago-hassler-lula", M, PLN, "2024-08-06", "Santiago", [LULA, HASSLER], [],
           "he is due to meet Santiago Mayor Iraci Hassler and, separately, former president Ricardo Lagos"),
        ev("2024-08-06-santiago-lagos-lula", M, PLN, "2024-08-06", "Santiago", [LULA, LAGOS], [],
           "he is due to meet Santiago Mayor Iraci Hassler and, separately, former president Ricardo Lagos"),
        ev("2024-07-30-biden-lula-call", C, OCC, "2024-07-30", None, [LULA, BIDEN], [],
           "He also discussed Venezuela in a call with U.S. President Joe Biden on July 30."),
        ev("2024-07-caracas-amorim-maduro", M, OCC, None, "Caracas", [AMORIM, MADURO], [],
           "Celso Amorim, who met Maduro and, separately, opposition candidate Edmundo Gonzalez Urrutia"),
        ev("2024-07-caracas-amorim-gonzalez-urrutia", M, OCC, None, "Caracas", [AMORIM, GONZALEZ], [],
           "Celso Amorim, who met Maduro and, separately, opposition candidate Edmundo Gonzalez Urrutia"),
        ev("2024-11-18-rio-de-janeiro-g20", M, PLN, "2024-11-18", "Rio de Janeiro", [LULA], ["G20"],
           "the G20 summit he hosts in Rio de Janeiro on Nov. 18-19", date_end="2024-11-19"),
    ], ["'The visit had been planned for May but was postponed' (the postponed date is not an event; the visit itself is)",
        "'was booed by a small group of protesters as he laid a wreath' (no encounter)",
        "'In a joint appearance before the press' (press)",
        "'Boric has said Chile will not recognise Nicolas Maduro's claimed victory' (statement)",
        "'A joint statement by Brazil, Colombia and Mexico last week' (statement)",
        "'closed a business forum with Boric' (part of the Monday visit; not a separate bilateral)",
        "'Boric and Lula have met several times since 2023' (counted)",
        "'Chile has not confirmed his attendance' (Boric not placed at the G20)",
        "'A meeting between Lula and Argentina's Javier Milei is not on the horizon' (negation)",
        "Related: 'Petro and Lula speak by phone', 'Boric receives Uruguay's Lacalle Pou' (furniture)"]),

    # 004. Wire copy, "June 19, 2023 9:55 PM GMT+8", dateline "BEIJING, June 19" (manifest
    # 2023-06-19, a Monday). "on Monday" / "Earlier on Monday" -> 19 Jun; "On Sunday" -> 18 Jun;
    # "last November" -> 2022-11; "in May" -> 2023-05 (Vienna, keyed 10 May); "on Wednesday"
    # (future) -> 21 Jun. The Great Hall and the Diaoyutai -> Beijing. The London conference is a
    # planned gathering with Blinken placed there.
    ("004", "2023-06-19", False, [
        ev("2023-06-19-beijing-blinken-xi", M, OCC, "2023-06-19", "Beijing", [XI, BLINKEN], [],
           "Chinese President Xi Jinping met U.S. Secretary of State Antony Blinken at the Great Hall"),
        ev("2023-06-19-beijing-blinken-wang", M, OCC, "2023-06-19", "Beijing", [BLINKEN, WANG], [],
           "Earlier on Monday Blinken spent about three hours with Wang Yi"),
        ev("2023-06-18-beijing-blinken-qin", M, OCC, "2023-06-18", "Beijing", [BLINKEN, QIN], [],
           "On Sunday he held more than seven hours of talks and a working dinner"),
        ev("2022-11-14-bali-biden-xi", M, OCC, "2022-11", "Bali", [XI, BIDEN], [],
           "President Joe Biden when they met in Bali last November"),
        ev("2023-05-10-vienna-sullivan-wang", M, OCC, "2023-05", "Vienna", [SULLIVAN, WANG], [],
           "Jake Sullivan and Wang held two days of talks in Vienna in May"),
        ev("2023-06-21-london-ukraine-recovery-conference", M, PLN, "2023-06-21", "London", [BLINKEN],
           ["Ukraine Recovery Conference"],
           "he will attend the Ukraine Recovery Conference on Wednesday"),
    ], ["'Qin Gang, who accepted an invitation to visit Washington at a mutually convenient time' (no date; vague)",
        "'He had planned to come in February but called off the trip' (cancelled)",
        "'it turned down a U.S. request for ... Austin to meet ... Li Shangfu in Singapore' (declined)",
        "'Blinken told a news conference' (press conference)",
        "'Biden and Xi could meet at the APEC summit in San Francisco in November, but nothing has been scheduled' (hypothetical)",
        "'Beijing again refused to restore military-to-military communications' (no meeting)",
        "Read more: 'Qin Gang holds call with Russia's Lavrov', 'Yellen expected in Beijing next month' (furniture)"]),

    # 005. German broadcaster's English site, "Date 26.04.2022" (day-first; manifest 2022-04-26, a
    # Tuesday). "on Tuesday" -> 26 Apr; "on Sunday" -> 24 Apr; "earlier this month" -> 2022-04
    # (NATO foreign ministers, keyed 6 Apr); "in June" (future) -> 2022-06 (keyed 15 Jun).
    # Ramstein: Austin "hosted", Milley "at his side", Reznikov "briefed the participants",
    # Lambrecht "told the gathering"; the body is the consultative group.
    ("005", "2022-04-26", False, [
        ev("2022-04-26-ramstein-ukraine-security-consultative-group", M, OCC, "2022-04-26", "Ramstein",
           [AUSTIN, MILLEY, REZNIKOV, LAMBRECHT], ["Ukraine Security Consultative Group"],
           "military chiefs from around 40 countries gathered at the US air base in Ramstein"),
        ev("2022-04-24-kyiv-austin-blinken-zelenskyy", M, OCC, "2022-04-24", "Kyiv",
           [AUSTIN, BLINKEN, ZELENSKYY], [],
           "he and Secretary of State Antony Blinken met President Volodymyr Zelenskyy on Sunday"),
        ev("2022-04-06-brussels-nato", M, OCC, "2022-04", "Brussels", [], ["NATO"],
           "alliance foreign ministers discussed arms supplies when they met in Brussels earlier this month"),
        ev("2022-06-15-brussels-nato", M, PLN, "2022-06", "Brussels", [LAMBRECHT], ["NATO"],
           "when NATO defense ministers meet in Brussels in June"),
    ], ["'Stoltenberg had been expected at Ramstein but stayed away with a cold' (negation)",
        "'The meeting was not held under NATO auspices' (statement)",
        "'Austin said the group would meet monthly from now on' (habitual; no single occasion)",
        "'Andriy Melnyk, wrote on Twitter' (social media)",
        "'Friedrich Merz said Germany could do more if ...' (statement; hypothetical)",
        "'Austin flies back to Washington on Wednesday' (travel)",
        "'Lambrecht ... face questions from the Bundestag defense committee' (domestic)",
        "IMAGE caption 'Lloyd Austin (left) and Oleksii Reznikov at Ramstein Air Base on April 26, 2022' (same Ramstein meeting)",
        "Related content: 'Scholz meets Baltic leaders in Berlin' (furniture)"]),

    # 006. Turkish English-language daily, "Wednesday, March 9, 2022 | 21:15 TRT" (manifest
    # 2022-03-09). "on Wednesday" -> 9 Mar; "on Thursday" (future) -> 10 Mar; "last July" ->
    # 2021-07 (keyed by month); "on Saturday" -> 5 Mar; "on Feb. 7" -> 2022-02-07 (key shared
    # with 008). The Presidential Complex -> Ankara; the Kremlin -> Moscow.
    ("006", "2022-03-09", False, [
        ev("2022-03-09-ankara-erdogan-herzog", M, OCC, "2022-03-09", "Ankara", [ERDOGAN, HERZOG], [],
           "Erdogan received Israeli President Isaac Herzog at the Presidential Complex in Ankara on Wednesday"),
        ev("2022-03-10-antalya-cavusoglu-kuleba-lavrov", M, PLN, "2022-03-10", "Antalya",
           [CAVUSOGLU, LAVROV, KULEBA], [],
           "Cavusoglu will host Russia's Sergei Lavrov and Ukraine's Dmytro Kuleba in Antalya on Thursday"),
        ev("2021-07-erdogan-herzog-call", C, OCC, "2021-07", None, [ERDOGAN, HERZOG], [],
           "The rapprochement began with a phone call last July"),
        ev("2022-03-05-moscow-bennett-putin", M, OCC, "2022-03-05", "Moscow", [BENNETT, PUTIN], [],
           "Naftali Bennett held talks with Russian President Vladimir Putin at the Kremlin on Saturday"),
        ev("2022-02-07-moscow-macron-putin", M, OCC, "2022-02-07", "Moscow", [MACRON, PUTIN], [],
           "Emmanuel Macron spent more than five hours with Putin in Moscow on Feb. 7"),
    ], ["'Erdogan told a joint news conference' (press conference)",
        "'Herzog laid a wreath at Anitkabir' (no encounter)",
        "'He travels to Istanbul on Thursday before flying home' (travel)",
        "'The two men have spoken several times since then' (counted)",
        "'Erdogan said he was ready to visit Israel if the process continued' (hypothetical)",
        "'energy ministers of the two countries could meet soon' (hypothetical)",
        "'no date had been set for a visit by Israeli Foreign Minister Yair Lapid' (no plan)",
        "MOST READ: 'Cavusoglu meets Greek counterpart Dendias in Antalya', 'Erdogan and Mitsotakis to meet in Istanbul on Sunday' (furniture)",
        "RELATED: 'Erdogan holds phone call with Putin' (furniture)"]),

    # 007. Agency item, "Source: GINA | 2023-05-29 14:20:05", dateline "TEHRAN, May 29" (manifest
    # null; true date 2023-05-29, a Monday). "on Monday morning" -> 29 May (already past at
    # 14:20: occurred); "on Sunday" / "Later on Sunday" -> 28 May; "in May last year" -> 2022-05
    # (keyed 23 May); "Earlier this month" -> 2023-05 (keyed by month). Raisi "also attended" the
    # Khamenei meeting. Mehrabad airport and Saadabad -> Tehran. The MoU signing is part of the
    # Raisi talks. Haitham's key uses `bin-tarik`.
    ("007", "2023-05-29", True, [
        ev("2023-05-29-tehran-bin-tarik-khamenei-raisi", M, OCC, "2023-05-29", "Tehran",
           [KHAMENEI, HAITHAM, RAISI], [],
           "Khamenei received Oman's Sultan Haitham bin Tarik on Monday morning"),
        ev("2023-05-28-tehran-bin-tarik-mokhber", M, OCC, "2023-05-28", "Tehran", [HAITHAM, MOKHBER], [],
           "was welcomed at Mehrabad airport by First Vice-President Mohammad Mokhber"),
        ev("2023-05-28-tehran-bin-tarik-raisi", M, OCC, "2023-05-28", "Tehran", [RAISI, HAITHAM], [],
           "Later on Sunday, Raisi held an official welcoming ceremony for the sultan"),
        ev("2022-05-23-muscat-bin-tarik-raisi", M, OCC, "2022-05", "Muscat", [RAISI, HAITHAM], [],
           "The visit returns the trip Raisi made to Muscat in May last year"),
        ev("2023-05-cairo-bin-tarik-el-sisi", M, OCC, "2023-05", "Cairo", [HAITHAM, SISI], [],
           "held talks with President Abdel Fattah el-Sisi in Cairo"),
    ], ["'The sultan told the Leader that Egypt was willing to restore diplomatic relations' (statement; no Iran-Egypt meeting)",
        "'The last visit to Iran by an Omani ruler was in 2013, under the late Sultan Qaboos' (visit without stated encounter)",
        "'Oman brokered the exchange on Friday of a Belgian aid worker' (prisoner exchange, not a meeting)",
        "'reports of indirect contacts between Tehran and Washington through Muscat ... nothing to announce' (unconfirmed, no occasion)",
        "'The sultan left for Muscat later on Monday' (travel)",
        "Related news: 'Amir-Abdollahian meets Bahraini counterpart', 'Raisi holds phone call with Qatar's emir' (furniture)"]),

    # 008. Live blog, "Monday 7 February 2022 · Last updated 23:58 CET" (manifest 2022-02-07).
    # Entries: 22:40 the Kremlin talks are over (7 Feb); 20:15 Scholz "is meeting" Biden in the
    # Oval Office (under way -> occurred, Washington); 12:30 Macron-Biden call "on Sunday" ->
    # 6 Feb; 11:00 Kyiv "on Tuesday" and the Weimar Triangle in Berlin "On Tuesday evening" ->
    # planned 8 Feb; 10:15 the Normandy-format advisers at the Elysee (Paris) "on January 26" and
    # "The same four are due to meet again in Berlin on Thursday" -> planned 10 Feb.
    ("008", "2022-02-07", False, [
        ev("2022-02-07-moscow-macron-putin", M, OCC, "2022-02-07", "Moscow", [PUTIN, MACRON], [],
           "Putin and Macron spent more than five hours together in the Kremlin"),
        ev("2022-02-07-washington-biden-scholz", M, OCC, "2022-02-07", "Washington", [SCHOLZ, BIDEN], [],
           "German Chancellor Olaf Scholz is meeting Joe Biden in the Oval Office"),
        ev("2022-02-06-biden-macron-call", C, OCC, "2022-02-06", None, [MACRON, BIDEN], [],
           "in a 40-minute phone call with US President Joe Biden on Sunday"),
        ev("2022-02-08-kyiv-macron-zelenskyy", M, PLN, "2022-02-08", "Kyiv", [MACRON, ZELENSKYY], [],
           "he flies to Kyiv, where he meets Volodymyr Zelensky on Tuesday"),
        ev("2022-02-08-berlin-duda-macron-scholz", M, PLN, "2022-02-08", "Berlin", [MACRON, SCHOLZ, DUDA], [],
           "he joins Olaf Scholz and Poland's Andrzej Duda for a Weimar Triangle meeting in Berlin"),
        ev("2022-01-26-paris-bonne-kozak-plotner-yermak", M, OCC, "2022-01-26", "Paris",
           [BONNE, PLOTNER, KOZAK, YERMAK], ["France", "Germany", "Russia", "Ukraine"],
           "met for eight and a half hours at the Elysee on January 26"),
        ev("2022-02-10-berlin-bonne-kozak-plotner-yermak", M, PLN, "2022-02-10", "Berlin",
           [BONNE, PLOTNER, KOZAK, YERMAK], ["France", "Germany", "Russia", "Ukraine"],
           "The same four are due to meet again in Berlin on Thursday."),
    ], ["'giving a joint news conference in the Kremlin' (press conference)",
        "'Dmitry Peskov tells reporters' (statement)",
        "'Macron reportedly declined a Russian PCR test on arrival' (no encounter)",
        "'Macron's plane has landed at Vnukovo airport' (travel)",
        "'He and Putin have also spoken by phone several times in recent weeks' (counted)",
        "'Macron posted on Twitter this morning' (social media)",
        "'There is no plan for a Putin-Biden summit for now, though ... one could follow if Russia pulls back' (negation; hypothetical)",
        "Related: 'Scholz to visit Kyiv and Moscow next week', 'Le Drian and Lavrov hold phone call' (furniture)"]),

    # 009. Regional news site, "Thursday, August 18, 2022" (manifest 2022-08-18). "on Wednesday"
    # -> 17 Aug; "earlier this month" -> 2022-08 (Lavrov, keyed 3 Aug); "in early July" ->
    # 2022-07 (Wang Yi in Bagan, keyed 2 Jul); "in March" -> 2022-03 (Prak Sokhonn, keyed 22 Mar
    # as in dev16); "in November" (future) -> 2022-11 (ASEAN summit, keyed 11 Nov). "the general"
    # / "him" = Min Aung Hlaing.
    ("009", "2022-08-18", False, [
        ev("2022-08-17-naypyitaw-heyzer-min-aung-hlaing", M, OCC, "2022-08-17", "Naypyitaw", [HEYZER, MAH], [],
           "Noeleen Heyzer, met Senior General Min Aung Hlaing in Naypyitaw on Wednesday"),
        ev("2022-08-03-naypyitaw-lavrov-min-aung-hlaing", M, OCC, "2022-08", "Naypyitaw", [LAVROV, MAH], [],
           "Sergey Lavrov held talks with him in Naypyitaw earlier this month"),
        ev("2022-07-02-bagan-min-aung-hlaing-wang", M, OCC, "2022-07", "Bagan", [WANG, MAH], [],
           "Wang Yi met him in the ancient city of Bagan in early July"),
        ev("2022-03-22-naypyitaw-min-aung-hlaing-prak-sokhonn", M, OCC, "2022-03", "Naypyitaw", [PRAK, MAH], [],
           "was received by the general in Naypyitaw in March"),
        ev("2022-11-11-phnom-penh-asean", M, PLN, "2022-11", "Phnom Penh", [], ["ASEAN"],
           "ASEAN leaders meet in Phnom Penh in November"),
    ], ["'She also asked to meet detained former leader Aung San Suu Kyi ... The request was not granted' (denied meeting)",
        "'she landed in Yangon on Tuesday' (travel)",
        "'State-run MRTV said' / 'The envoy's office said' (statements)",
        "'civil society groups issued an open letter' (statement)",
        "'The junta's execution of four activists in late July' (no meeting)",
        "'Heyzer has held online consultations with the ... National Unity Government several times' (counted)",
        "'she would brief Secretary-General Antonio Guterres by phone' (internal to the UN)",
        "'the junta is again expected to be barred from sending its chief' (negation; the summit itself is the event)",
        "Related stories: 'Thai foreign minister Don meets Myanmar counterpart', 'Japan's envoy Sasakawa holds talks with Min Aung Hlaing' (furniture)"]),

    # 010. Government press release, "Honiara, Friday 22 April 2022" (manifest null; true date
    # 2022-04-22). "today" / "Earlier today" / "before departing" -> 22 Apr; "on Wednesday" ->
    # 20 Apr; "on Thursday" -> 21 Apr; "on 12 April" -> 2022-04-12; "last week" -> 11-17 Apr ->
    # 2022-04 (Seselja, keyed 13 Apr); "here" = Honiara. The delegation is led by Campbell and
    # Kritenbrink, so they are the participants of every delegation meeting. Unnamed Solomon
    # Islands cabinet ministers and the opposition members are groups. The handover with the
    # Chinese ambassador is a ceremony attended by both sides.
    ("010", "2022-04-22", True, [
        ev("2022-04-22-honiara-campbell-kritenbrink-sogavare", M, OCC, "2022-04-22", "Honiara",
           [SOGAVARE, CAMPBELL, KRITENBRINK], ["United States", "Solomon Islands"],
           "The Prime Minister and the delegation held a frank and productive meeting of ninety minutes"),
        ev("2022-04-20-suva-bainimarama-campbell-kritenbrink", M, OCC, "2022-04-20", "Suva",
           [CAMPBELL, KRITENBRINK, BAINIMARAMA], ["United States"],
           "meeting Fiji's Prime Minister Frank Bainimarama in Suva on Wednesday"),
        ev("2022-04-21-port-moresby-campbell-kritenbrink-marape", M, OCC, "2022-04-21", "Port Moresby",
           [CAMPBELL, KRITENBRINK, MARAPE], ["United States"],
           "Papua New Guinea's Prime Minister James Marape in Port Moresby on Thursday"),
        ev("2022-04-12-manele-sherman-call", C, OCC, "2022-04-12", None, [SHERMAN, MANELE], [],
           "a telephone call on 12 April between US Deputy Secretary of State Wendy Sherman"),
        ev("2022-04-13-honiara-seselja-sogavare", M, OCC, "2022-04", "Honiara", [SESELJA, SOGAVARE], [],
           "Senator Zed Seselja, who met the Prime Minister here"),
        ev("2022-04-22-honiara-li-sogavare", M, OCC, "2022-04-22", "Honiara", [SOGAVARE, LI_MING], [],
           "the Prime Minister joined the Ambassador of the People's Republic of China, H.E. Li Ming"),
        ev("2022-04-22-honiara-campbell-kritenbrink-solomon-islands-opposition", M, OCC, "2022-04-22", "Honiara",
           [CAMPBELL, KRITENBRINK], ["United States", "Solomon Islands opposition"],
           "the delegation also met members of the parliamentary opposition before departing"),
    ], ["'He told Parliament on Wednesday that the agreement had been signed' (statement; no encounter)",
        "'The US delegation stated that Washington respects the sovereign decisions' (statement)",
        "'the reopening of the United States Embassy in Honiara' (no meeting)",
        "'Solomon Islands is a friend to all and an enemy to none, the Prime Minister said' (statement)",
        "'said he would welcome more visits' (vague)",
        "Latest news: 'PM Sogavare receives credentials of new Japanese Ambassador', 'Minister Manele meets Australian High Commissioner' (furniture)"]),

    # 011. Saudi news site, "Sunday, 6 August 2023 · 22:40 AST" (manifest 2023-08-06). "on
    # Saturday and Sunday" -> 5-6 Aug (date_end); "in June" -> 2023-06 (Copenhagen, keyed 24
    # Jun; Blinken-Xi, key shared with 004); "on July 27" -> 2023-07-27. Jeddah participants:
    # Al-Aiban chaired, Yermak led Ukraine's delegation, Sullivan, Li Hui, Doval and Amorim
    # "among those at the table". "in the city" = Jeddah.
    ("011", "2023-08-06", False, [
        ev("2023-08-05-jeddah-ukraine-peace-talks", M, OCC, "2023-08-05", "Jeddah",
           [AL_AIBAN, YERMAK, SULLIVAN, LI_HUI, DOVAL, AMORIM], [],
           "Jeddah hosted national security advisers and senior officials from about 40 countries on Saturday",
           date_end="2023-08-06"),
        ev("2023-06-24-copenhagen-ukraine-peace-talks", M, OCC, "2023-06", "Copenhagen", [],
           ["Ukraine", "Western countries", "emerging economies"],
           "a smaller round of Ukrainian, Western and emerging-economy officials in Copenhagen in June"),
        ev("2023-06-19-beijing-blinken-xi", M, OCC, "2023-06", "Beijing", [BLINKEN, XI], [],
           "Secretary of State Antony Blinken met President Xi Jinping in Beijing in June"),
        ev("2023-07-27-jeddah-bin-salman-sullivan", M, OCC, "2023-07-27", "Jeddah", [SULLIVAN, MBS], [],
           "he held talks with Crown Prince Mohammed bin Salman in the city on July 27"),
    ], ["'with Russia not invited' (negation)",
        "'No final communique was issued' / 'Amorim told the session' (statements)",
        "'Yermak said his delegation held bilateral talks with representatives of more than 30 countries' (counted)",
        "'Kremlin spokesman Dmitry Peskov said Moscow would study the results' (statement)",
        "'Zelensky thanked the crown prince in a post on X' (social media)",
        "'a leaders' summit, possibly later this year, though no date or venue has been agreed' (hypothetical)",
        "Read also: 'Crown Prince receives Iraqi prime minister in Jeddah', 'Saudi and Iranian foreign ministers to meet in Tehran' (furniture)"]),

    # 012. Israeli news site, "Tuesday, March 5, 2024 | 07:30 IST" (manifest 2024-03-05).
    # "on Monday" / "then" / "In the afternoon" -> 4 Mar; "on Sunday" / "the same evening" ->
    # 3 Mar; "on Tuesday" (the publication day, morning in Washington still ahead, "is scheduled
    # to") -> planned 5 Mar; "on Wednesday" -> planned 6 Mar. The White House and Capitol Hill ->
    # Washington. The Cairo talks name nobody: Hamas and the two mediators are groups.
    ("012", "2024-03-05", False, [
        ev("2024-03-04-washington-gantz-harris", M, OCC, "2024-03-04", "Washington", [HARRIS, GANTZ], [],
           "Kamala Harris hosted war cabinet minister Benny Gantz at the White House on Monday"),
        ev("2024-03-04-washington-gantz-mcgurk-sullivan", M, OCC, "2024-03-04", "Washington",
           [GANTZ, SULLIVAN, MCGURK], [],
           "then sat down with National Security Adviser Jake Sullivan and Middle East coordinator Brett McGurk"),
        ev("2024-03-04-washington-gantz-mcconnell", M, OCC, "2024-03-04", "Washington", [GANTZ, MCCONNELL], [],
           "In the afternoon he met Senate Minority Leader Mitch McConnell on Capitol Hill"),
        ev("2024-03-03-washington-chollet-gantz-leaf", M, OCC, "2024-03-03", "Washington",
           [GANTZ, LEAF, CHOLLET], [],
           "Gantz arrived on Sunday and met Assistant Secretary of State Barbara Leaf"),
        ev("2024-03-05-washington-blinken-gantz", M, PLN, "2024-03-05", "Washington", [GANTZ, BLINKEN], [],
           "Gantz is scheduled to meet Secretary of State Antony Blinken on Tuesday"),
        ev("2024-03-06-london-cameron-gantz", M, PLN, "2024-03-06", "London", [GANTZ, CAMERON], [],
           "where he will hold talks with Foreign Secretary David Cameron on Wednesday"),
        ev("2024-03-03-cairo-egypt-hamas-qatar", M, OCC, "2024-03-03", "Cairo", [], ["Hamas", "Egypt", "Qatar"],
           "a Hamas delegation held talks with Egyptian and Qatari mediators on Sunday"),
    ], ["'according to a readout from her office' (statement)",
        "'told reporters afterwards that he had been \"received warmly\"' (press remarks)",
        "'Netanyahu did not approve the trip ... instructed Ambassador Michael Herzog ... not to take part' (internal; negation)",
        "'Gantz's office said he had informed Netanyahu by phone on Friday' (call internal to one government)",
        "'would not say whether President Joe Biden ... might drop in on one of the meetings' (hypothetical)",
        "'Israel did not send a delegation' (negation)",
        "'Harris used a speech in Selma, Alabama, on Sunday' (speech)",
        "Read more: 'Dermer meets Sullivan at White House', 'Netanyahu speaks with Biden by phone' (furniture)"]),

    # 013. MEA special-briefing transcript, "(June 22, 2024)" (manifest null; true date
    # 2024-06-22, a Saturday, evening). "yesterday evening" -> 21 Jun; "This morning ... then"
    # -> 22 Jun; "on 5th June" -> 2024-06-05; "Later this evening" / "before she departs" ->
    # planned 22 Jun. Hyderabad House -> New Delhi. The ceremonial welcome names no receiver and
    # belongs to the visit; the banquet lunch is part of the talks.
    ("013", "2024-06-22", True, [
        ev("2024-06-22-new-delhi-hasina-modi", M, OCC, "2024-06-22", "New Delhi", [MODI, HASINA], [],
           "Prime Minister Sheikh Hasina then held talks at Hyderabad House"),
        ev("2024-06-21-new-delhi-hasina-jaishankar", M, OCC, "2024-06-21", "New Delhi", [JAISHANKAR, HASINA], [],
           "External Affairs Minister Dr. S. Jaishankar called on her yesterday evening."),
        ev("2024-06-05-hasina-modi-call", C, OCC, "2024-06-05", None, [MODI, HASINA], [],
           "when the two leaders spoke on the telephone on 5th June"),
        ev("2024-06-22-new-delhi-hasina-murmu", M, PLN, "2024-06-22", "New Delhi", [HASINA, MURMU], [],
           "the Prime Minister of Bangladesh will call on Rashtrapati Smt. Droupadi Murmu"),
        ev("2024-06-22-new-delhi-dhankhar-hasina", M, PLN, "2024-06-22", "New Delhi", [HASINA, DHANKHAR], [],
           "She will also meet Vice President Shri Jagdeep Dhankhar before she departs."),
    ], ["'she received a ceremonial welcome at the forecourt of Rashtrapati Bhavan and paid homage at Rajghat' (part of the visit; no named counterpart)",
        "'Prime Minister hosted a banquet lunch in her honour afterwards' (same occasion as the talks)",
        "'India will also send a technical team to Bangladesh soon' (no date; vague)",
        "'this is her second visit to Delhi this month' (travel)",
        "'The two Prime Ministers have met ten times since 2019' (counted)",
        "Question: 'Prime Minister Hasina is reported to be travelling to Beijing in July' (travel without stated encounter)",
        "'an invitation ... has been accepted. Dates will be worked out' (no date)",
        "Related Links: 'External Affairs Minister's meeting with Foreign Minister of Maldives' (furniture)"]),

    # 014. EU news site, "Sunday 17 March 2024 · 20:05 CET" (manifest 2024-03-17). "on Sunday"
    # / "earlier on Sunday" / "before the summit" -> 17 Mar; "in November" -> 2023-11 (keyed
    # 18 Nov); "last month" -> 2024-02 (Nouakchott, keyed 8 Feb); "on Thursday and Friday"
    # (future) -> 21-22 Mar. The Cairo summit names all seven leaders "around the table".
    ("014", "2024-03-17", False, [
        ev("2024-03-17-cairo-eu-egypt-summit", M, OCC, "2024-03-17", "Cairo",
           [VDL, SISI, MELONI, MITSOTAKIS, DE_CROO, NEHAMMER, CHRISTODOULIDES], [],
           "von der Leyen and Egyptian President Abdel Fattah el-Sisi signed a strategic and comprehensive partnership"),
        ev("2024-03-17-cairo-el-sisi-meloni", M, OCC, "2024-03-17", "Cairo", [MELONI, SISI], [],
           "Meloni held a bilateral meeting with el-Sisi before the summit"),
        ev("2024-03-17-cairo-el-sisi-mitsotakis", M, OCC, "2024-03-17", "Cairo", [MITSOTAKIS, SISI], [],
           "Mitsotakis had separate talks with the Egyptian president earlier on Sunday"),
        ev("2023-11-18-cairo-el-sisi-von-der-leyen", M, OCC, "2023-11", "Cairo", [VDL, SISI], [],
           "when she met el-Sisi in Cairo to discuss the war in Gaza"),
        ev("2024-02-08-nouakchott-ghazouani-sanchez-von-der-leyen", M, OCC, "2024-02", "Nouakchott",
           [VDL, SANCHEZ, GHAZOUANI], [],
           "she and Spanish Prime Minister Pedro Sanchez signed with Mauritanian President Mohamed Ould Ghazouani"),
        ev("2024-03-21-brussels-european-council", M, PLN, "2024-03-21", "Brussels", [], ["European Council"],
           "when they meet in Brussels on Thursday and Friday",
           date_end="2024-03-22"),
    ], ["'At a press conference, el-Sisi urged the Europeans' (press conference)",
        "'Von der Leyen later wrote on X' (social media)",
        "'Several MEPs criticised the package' (statement)",
        "'El-Sisi announced an EU-Egypt investment conference for later in the year; no date was given' (vague plan)",
        "'Mitsotakis, who visited the Siwa Oasis on Saturday' (travel without encounter)",
        "Related: 'Von der Leyen and Christodoulides to visit Beirut', 'Meloni meets Tunisia's Saied for fourth time' (furniture)"]),
]


def main():
    with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as g, \
         open(os.path.join(HERE, "manifest.jsonl"), "w", encoding="utf-8") as m:
        for aid, pub, hide, events, _traps in ARTICLES:
            g.write(json.dumps({"id": aid, "published": pub, "events": events}, ensure_ascii=False) + "\n")
            m.write(json.dumps({"id": aid, "published": None if hide else pub}) + "\n")
    evs = [e for a in ARTICLES for e in a[3]]
    n_calls = sum(1 for e in evs if e["kind"] == C)
    n_planned = sum(1 for e in evs if e["status"] == PLN)
    n_occ_meet = sum(1 for e in evs if e["kind"] == M and e["status"] == OCC)
    n_groups = sum(1 for e in evs if e["groups"])
    print(f"events: {len(evs)}; occurred meetings: {n_occ_meet}; calls: {n_calls}; planned: {n_planned}; "
          f"with groups: {n_groups}")
    print(f"traps (documented, not in gold): {sum(len(a[4]) for a in ARTICLES)}")


if __name__ == "__main__":
    main()
