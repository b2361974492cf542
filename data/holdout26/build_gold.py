#!/usr/bin/env python3
"""Generate gold.jsonl and manifest.jsonl for the holdout26 BLIND held-out corpus.

Run:  python3 data/holdout26/build_gold.py   then   python3 data/eval/validate.py data/holdout26

BLIND: people developing `dossier` must not read this file (it lists every event and every trap).
Each article lists its true publication date, whether the manifest hides it, its gold events,
and (for documentation only) the traps it contains that must NOT be extracted.

The corpus covers real, less-famous diplomatic occasions from 1963 to 2022 in every region
(Oceania, the Gulf, South Asia, the Eastern Mediterranean, the Caribbean, East Asia / Russia,
South America, East Africa, the Levant, North America, Southeast Asia, West Africa, Central
Asia, the Horn of Africa) with a MIX of event types: occurred in-person meetings (about two
thirds), planned meetings (about a fifth), phone calls, and gatherings or delegation-only talks
with groups. Two pages have no date in the manifest: 005 (Japanese era stamp "H9.11.03 (Mon)",
Heisei 9 = 1997) and 013 (compact ISO-8601 basic stamp "20200807T0915+0300").
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

# canonical names
FRASER, SOMARE, PEACOCK, OLEWALE, BJELKE, COWEN, MOCHTAR = (
    "Malcolm Fraser", "Michael Somare", "Andrew Peacock", "Ebia Olewale", "Joh Bjelke-Petersen",
    "Zelman Cowen", "Mochtar Kusumaatmadja")
ZAYED, KHALID, JABER, ISA, KHALIFA, QABOOS, KLIBI, CHATTI, SAUD, SABAH = (
    "Zayed bin Sultan Al Nahyan", "Khalid bin Abdulaziz", "Jaber Al-Ahmad Al-Sabah",
    "Isa bin Salman Al Khalifa", "Khalifa bin Hamad Al Thani", "Qaboos bin Said", "Chedli Klibi",
    "Habib Chatti", "Saud al-Faisal", "Sabah Al-Ahmad Al-Jaber Al-Sabah")
HWJ, AMIRTHALINGAM, BALASINGHAM, DAWA_TSERING, RAJIV, JRJ, BHANDARI, MGR = (
    "H. W. Jayewardene", "Appapillai Amirthalingam", "Anton Balasingham", "Dawa Tsering",
    "Rajiv Gandhi", "J. R. Jayewardene", "Romesh Bhandari", "M. G. Ramachandran")
MAKARIOS, DENKTASH, WALDHEIM, URQUHART, PAPADOPOULOS, ONAN, CLIFFORD, KARAMANLIS = (
    "Makarios III", "Rauf Denktash", "Kurt Waldheim", "Brian Urquhart", "Tassos Papadopoulos",
    "Umit Suleyman Onan", "Clark Clifford", "Konstantinos Karamanlis")
CAPUTO, PEZZULLO, CEDRAS, ARISTIDE, CLINTON, CHRISTOPHER = (
    "Dante Caputo", "Lawrence Pezzullo", "Raoul Cedras", "Jean-Bertrand Aristide", "Bill Clinton",
    "Warren Christopher")
HASHIMOTO, YELTSIN, NEMTSOV, JIANG = (
    "Ryutaro Hashimoto", "Boris Yeltsin", "Boris Nemtsov", "Jiang Zemin")
GEISEL, SILVEIRA, LIEVANO, DE_LA_PUENTE, CONSALVI, CAP = (
    "Ernesto Geisel", "Antonio Azeredo da Silveira", "Indalecio Lievano Aguirre",
    "Jose de la Puente Radbill", "Simon Alberto Consalvi", "Carlos Andres Perez")
KENYATTA_J, NYERERE, OBOTE, GICHURU, KALULE, JAMAL = (
    "Jomo Kenyatta", "Julius Nyerere", "Milton Obote", "James Gichuru", "Lawrence Kalule-Settala",
    "Amir Jamal")
ARAFAT, BUSTANI, RIAD, FAWZI, NASSER, HELOU = (
    "Yasser Arafat", "Emile Bustani", "Mahmoud Riad", "Mohamed Fawzi", "Gamal Abdel Nasser",
    "Charles Helou")
NIXON, TRUDEAU, ROGERS, SHARP, MICHENER, BREZHNEV = (
    "Richard Nixon", "Pierre Trudeau", "William P. Rogers", "Mitchell Sharp", "Roland Michener",
    "Leonid Brezhnev")
DO_MUOI, VO_VAN_KIET, LE_MAI, CAM, RANARIDDH, HUN_SEN, QIAN = (
    "Do Muoi", "Vo Van Kiet", "Le Mai", "Nguyen Manh Cam", "Norodom Ranariddh", "Hun Sen",
    "Qian Qichen")
DIOUF, JAWARA = ("Abdou Diouf", "Dawda Jawara")
TOKAYEV, LAVROV, ANNAN = ("Kassym-Jomart Tokayev", "Sergey Lavrov", "Kofi Annan")
DENDIAS, SHOUKRY, SISI, DI_MAIO, ERDOGAN, SARRAJ, MITSOTAKIS, MAAS = (
    "Nikos Dendias", "Sameh Shoukry", "Abdel Fattah el-Sisi", "Luigi Di Maio",
    "Recep Tayyip Erdogan", "Fayez al-Sarraj", "Kyriakos Mitsotakis", "Heiko Maas")
REDWAN, GETACHEW, OBASANJO, KENYATTA_U, MLAMBO, HAMMER, WEBER, DEBRETSION, BLINKEN, ABIY = (
    "Redwan Hussien", "Getachew Reda", "Olusegun Obasanjo", "Uhuru Kenyatta",
    "Phumzile Mlambo-Ngcuka", "Mike Hammer", "Annette Weber", "Debretsion Gebremichael",
    "Antony Blinken", "Abiy Ahmed")

GULF6 = ["Saudi Arabia", "Kuwait", "Bahrain", "Qatar", "United Arab Emirates", "Oman"]
CA5 = ["Kazakhstan", "Kyrgyzstan", "Tajikistan", "Turkmenistan", "Uzbekistan"]


def ev(key, kind, status, date, location, participants, groups, evidence, date_end=None):
    e = {"key": key, "kind": kind, "status": status, "date": date}
    if date_end:
        e["date_end"] = date_end
    e.update({"location": location, "participants": participants, "groups": groups,
              "evidence": evidence})
    return e


M, C, OCC, PLN = "meeting", "call", "occurred", "planned"

ARTICLES = [
    # 000. Cairns paper, header "TUESDAY, 19 DECEMBER 1978"; dispatch "SYDNEY, Monday." (18 Dec).
    # "this afternoon" / "here" -> 18 Dec, Sydney. "last night" (of the Monday dispatch) -> 17 Dec;
    # Kirribilli House -> Sydney. "in May" (past) -> 1978-05. "on Saturday" -> 16 Dec.
    # "on Wednesday morning" (future) -> 20 Dec; Admiralty House -> Sydney. "in February" (future)
    # -> 1979-02. Bjelke-Petersen is misspelt "Bjelke-Peterson"; he is placed at the signing
    # ("watched from the front row and shook Mr Somare's hand"), so he is a participant.
    ("000", "1978-12-19", False, [
        ev("1978-12-18-sydney-bjelke-petersen-fraser-olewale-peacock-somare", M, OCC, "1978-12-18",
           "Sydney", [FRASER, SOMARE, PEACOCK, OLEWALE, BJELKE], [],
           "The Prime Ministers of Australia and Papua New Guinea signed the Torres Strait Treaty here"),
        ev("1978-12-17-sydney-fraser-somare", M, OCC, "1978-12-17", "Sydney", [FRASER, SOMARE], [],
           "The two leaders had dined together at Kirribilli House last night"),
        ev("1978-05-thursday-island-olewale-peacock", M, OCC, "1978-05", "Thursday Island",
           [PEACOCK, OLEWALE], [], "when Mr Peacock met Mr Olewale on Thursday Island"),
        ev("1978-12-16-mochtar-olewale-call", C, OCC, "1978-12-16", None, [OLEWALE, MOCHTAR], [],
           "he had spoken by telephone on Saturday with Indonesia's Foreign Minister"),
        ev("1978-12-20-sydney-cowen-somare", M, PLN, "1978-12-20", "Sydney", [SOMARE, COWEN], [],
           "Mr Somare will call on the Governor-General, Sir Zelman Cowen, at Admiralty House"),
        ev("1979-02-port-moresby-australia-papua-new-guinea", M, PLN, "1979-02", "Port Moresby", [],
           ["Australia", "Papua New Guinea"],
           "Officials from both capitals will meet in Port Moresby in February"),
    ], ["'negotiators of the two governments have met more than a dozen times since 1973' (counted)",
        "'Leaders of the Border No Change movement were not at the ceremony' (negation); Mye 'said' (statement)",
        "'he had warned the Prime Minister on the telephone last week' (federal PM and state premier: internal "
        "to one country, and vague)",
        "'Mr Fraser himself flew to the Strait in November 1976' (travel without a stated encounter)",
        "'cannot take effect until both parliaments ratify it' (not a meeting)",
        "'before flying home' (travel); photo caption 'exchange pens after the signing' (same event)",
        "Related: 'Peacock flies to Jakarta for ASEAN talks', 'Saibai council to hear treaty briefing' (furniture)"]),

    # 001. Wire, header "Wednesday, May 27, 1981"; dateline "ABU DHABI, May 26". "ended their two-day
    # summit here this evening" -> 25-26 May (charter signed "on Monday night" = 25 May). The body is
    # the GCC; the six rulers plus the two invited secretaries-general are placed at the table.
    # "in Riyadh on February 4" -> 1981-02-04 (host Saud al-Faisal). "The same ministers ... in Muscat
    # in March" -> 1981-03; coreference puts Saud al-Faisal there too. "this morning" -> 26 May,
    # a sideline encounter (rule 4: the summit is an event AND the sideline talks are separate).
    # "next summit in Riyadh in November" -> planned 1981-11.
    ("001", "1981-05-27", False, [
        ev("1981-05-25-abu-dhabi-gulf-cooperation-council", M, OCC, "1981-05-25", "Abu Dhabi",
           [ZAYED, KHALID, JABER, ISA, KHALIFA, QABOOS, KLIBI, CHATTI], ["Gulf Cooperation Council"],
           "The rulers of six Arab Gulf states ended their two-day summit here this evening",
           date_end="1981-05-26"),
        ev("1981-02-04-riyadh-saud-al-faisal", M, OCC, "1981-02-04", "Riyadh", [SAUD], GULF6,
           "when the six foreign ministers met at the invitation of Prince Saud al-Faisal"),
        ev("1981-03-muscat-saud-al-faisal", M, OCC, "1981-03", "Muscat", [SAUD], GULF6,
           "The same ministers polished the charter in Muscat in March."),
        ev("1981-05-26-abu-dhabi-sabah-saud-al-faisal", M, OCC, "1981-05-26", "Abu Dhabi", [SABAH, SAUD], [],
           "Kuwait's Foreign Minister, Sheikh Sabah al-Ahmad, held talks with Prince Saud"),
        ev("1981-11-10-riyadh-gulf-cooperation-council", M, PLN, "1981-11", "Riyadh", [],
           ["Gulf Cooperation Council"],
           "The leaders agreed to hold their next summit in Riyadh in November."),
    ], ["'named a Kuwaiti diplomat, Abdullah Bishara, as the council's first secretary-general' (appointment)",
        "'a joint military command was not discussed' (negation); Omani paper 'set aside' (proposal not adopted)",
        "'Neither Iraq nor Iran was invited' (negation)",
        "Klibi 'speaking to reporters' and Zayed's 'opening address' (remarks, speech)",
        "Photo caption 'signing of the council's charter ... on Monday night' (same summit, listed once)",
        "Most read: 'OPEC ministers to meet in Geneva' (furniture)"]),

    # 002. Indian daily, header "SUNDAY, JULY 14, 1985" (with a Saka date); dispatch "THIMPHU, July 13."
    # "ended here today" -> 13 Jul; "have met since Monday" -> from 8 Jul (date_end 13 Jul). Dawa
    # Tsering "opened the session" -> participant. Delegation leaders H. W. Jayewardene and
    # Amirthalingam ("Amirthalingham" misspelt), Balasingham for the LTTE; groups are the sides
    # (Government, TULF, LTTE) and the Indian observers. "early last month" -> 1985-06.
    # "on Thursday night" -> 11 Jul. "will open here on August 12" -> planned, Thimphu.
    # "tomorrow" is the flight (travel); "is to call on ... on Tuesday" -> planned 16 Jul, Madras.
    ("002", "1985-07-14", False, [
        ev("1985-07-08-thimphu-amirthalingam-balasingham-dawa-tsering-jayewardene", M, OCC, "1985-07-08",
           "Thimphu", [HWJ, AMIRTHALINGAM, BALASINGHAM, DAWA_TSERING],
           ["Sri Lanka", "Tamil United Liberation Front", "Liberation Tigers of Tamil Eelam", "India"],
           "The first round of talks between the Sri Lanka Government and six Tamil groups ended",
           date_end="1985-07-13"),
        ev("1985-06-new-delhi-gandhi-jayewardene", M, OCC, "1985-06", "New Delhi", [RAJIV, JRJ], [],
           "the meeting between Prime Minister Rajiv Gandhi and President J. R. Jayewardene in New Delhi"),
        ev("1985-07-11-bhandari-jayewardene-call", C, OCC, "1985-07-11", None, [BHANDARI, HWJ], [],
           "Mr Romesh Bhandari, the Indian Foreign Secretary, spoke by telephone with Mr H. W. Jayewardene"),
        ev("1985-08-12-thimphu-liberation-tigers-of-tamil-eelam-sri-lanka-tamil-united-liberation-front",
           M, PLN, "1985-08-12", "Thimphu", [],
           ["Sri Lanka", "Tamil United Liberation Front", "Liberation Tigers of Tamil Eelam"],
           "The second round will open here on August 12."),
        ev("1985-07-16-madras-amirthalingam-ramachandran", M, PLN, "1985-07-16", "Madras",
           [AMIRTHALINGAM, MGR], [],
           "is to call on the Chief Minister, Mr M. G. Ramachandran, on Tuesday"),
    ], ["'The militant groups at first refused to come' (refusal)",
        "'after several days of persuasion by Indian officials in Delhi' (vague, several contacts)",
        "'issued a joint statement' (statement); 'The Government side called them unacceptable' (statement)",
        "'Mr V. Prabhakaran, did not come to Thimphu' (negation)",
        "'flies to Madras tomorrow' (travel); 'the June 18 ceasefire' (not a meeting)",
        "'Journalists were kept away' (no encounter); caption 'Delegates outside the Motithang Hotel' (same talks)",
        "Related: 'Colombo denies troop build-up' (furniture)"]),

    # 003. Athens evening paper, header "MONDAY, FEBRUARY 14, 1977"; correspondent in Nicosia ("here").
    # "on Saturday" -> 12 Feb; the working dinner is part of the same talks (rule 3). Urquhart "took the
    # notes" -> present. "on January 27, also in Nicosia" -> 1977-01-27. "on Friday ... that evening"
    # -> 11 Feb; "drove up to the capital" -> Nicosia; Waldheim saw each leader separately: two events.
    # "late on Saturday night" -> call 12 Feb. Vienna "on March 31" (future) -> planned with the two
    # negotiators and both teams under UN auspices. "there on Thursday" (future) -> 17 Feb, Vienna.
    # Denktash appears as "Denktas" (Turkish spelling); Karamanlis as "Constantine".
    ("003", "1977-02-14", False, [
        ev("1977-02-12-nicosia-denktash-makarios-urquhart-waldheim", M, OCC, "1977-02-12", "Nicosia",
           [MAKARIOS, DENKTASH, WALDHEIM, URQUHART], [],
           "agreed on Saturday on four guidelines for a settlement, after more than four hours"),
        ev("1977-01-27-nicosia-denktash-makarios", M, OCC, "1977-01-27", "Nicosia", [MAKARIOS, DENKTASH], [],
           "The first was on January 27, also in Nicosia."),
        ev("1977-02-11-nicosia-makarios-waldheim", M, OCC, "1977-02-11", "Nicosia", [WALDHEIM, MAKARIOS], [],
           "called on the Archbishop at the Presidential Palace that evening"),
        ev("1977-02-11-nicosia-denktash-waldheim", M, OCC, "1977-02-11", "Nicosia", [WALDHEIM, DENKTASH], [],
           "saw Mr Denktas separately at his office afterwards"),
        ev("1977-02-12-karamanlis-makarios-call", C, OCC, "1977-02-12", None, [MAKARIOS, KARAMANLIS], [],
           "The Archbishop telephoned the Greek Prime Minister, Mr Constantine Karamanlis, late on Saturday night"),
        ev("1977-03-31-vienna-onan-papadopoulos", M, PLN, "1977-03-31", "Vienna", [PAPADOPOULOS, ONAN],
           ["Greek Cypriots", "Turkish Cypriots", "United Nations"],
           "Intercommunal talks will resume in Vienna on March 31"),
        ev("1977-02-17-vienna-clifford-waldheim", M, PLN, "1977-02-17", "Vienna", [WALDHEIM, CLIFFORD], [],
           "will see President Carter's envoy, Mr Clark Clifford, there on Thursday"),
    ], ["'The talks ran on into a working dinner' (part of the same talks, not a separate event)",
        "'since the Turkish Cypriots left the Government in 1964' (not a meeting)",
        "'landed at Larnaca on Friday' and 'left for Vienna yesterday' (travel)",
        "'Mr Clifford is expected to tour Athens, Ankara and Nicosia' (travel without a stated encounter)",
        "'told a press conference yesterday' (press conference); Ankara Foreign Ministry 'welcomed' (statement)",
        "'said in a sermon' (speech); Varosha 'could come first, if there is goodwill' (hypothetical)",
        "Photo caption 'with Dr Waldheim on Saturday' (same event)",
        "Read more: 'Karamanlis sees opposition leaders on Cyprus' (furniture; also domestic)"]),

    # 004. Diaspora news site, "Monday, July 5, 1993"; dateline "NEW YORK". "on Saturday" -> 3 Jul.
    # "The negotiations opened on June 27" and ended with the signatures on 3 Jul -> one round of
    # indirect (proximity) talks through the mediator = one meeting of all sides (rule 5), Governors
    # Island -> New York. Aristide signed on the island in the mediator's presence -> participant.
    # "in March" (past) -> 1993-03, White House -> Washington. "on Saturday night" -> call 3 Jul.
    # "on Tuesday" (future) -> 6 Jul. "next week" (Monday page) -> 12-16 Jul -> 1993-07.
    ("004", "1993-07-05", False, [
        ev("1993-06-27-new-york-aristide-caputo-cedras-pezzullo", M, OCC, "1993-06-27", "New York",
           [CAPUTO, CEDRAS, ARISTIDE, PEZZULLO], [],
           "ending a week of indirect talks on Governors Island, the Coast Guard base",
           date_end="1993-07-03"),
        ev("1993-03-16-washington-aristide-clinton", M, OCC, "1993-03", "Washington", [CLINTON, ARISTIDE], [],
           "President Clinton received Father Aristide at the White House in March"),
        ev("1993-07-03-caputo-clinton-call", C, OCC, "1993-07-03", None, [CLINTON, CAPUTO], [],
           "Mr Clinton telephoned Mr Caputo on Saturday night to congratulate him"),
        ev("1993-07-06-washington-caputo-christopher", M, PLN, "1993-07-06", "Washington",
           [CAPUTO, CHRISTOPHER], [],
           "Mr Caputo is due in Washington on Tuesday to brief Secretary of State Warren Christopher"),
        ev("1993-07-14-new-york-haitian-parliament-united-nations", M, PLN, "1993-07", "New York", [],
           ["Haitian parliament", "United Nations"],
           "Haitian parliamentary leaders are to meet UN officials in New York next week"),
    ], ["'The two principals never sat in the same room' (negation)",
        "'flew straight back to Port-au-Prince without a word to reporters' (travel)",
        "'Vice-President Al Gore telephoned the priest twice during the day' (counted calls, no single occasion)",
        "Caputo 'had told Spanish-language reporters' (remarks); Casimir 'said' (statement)",
        "'return Father Aristide to power by October 30' (not a meeting)",
        "Photo caption 'Father Aristide signs the accord on Governors Island' (same talks)",
        "Related coverage: 'Refugee boats turned back' (furniture)"]),

    # 005. Japanese site, manifest null; page stamp "Updated: H9.11.03 (Mon) 08:10 JST" = Heisei 9
    # = 1997, 3 Nov 1997 (a Monday). "wound up two days ... on Sunday", "began on Saturday" ->
    # 1-2 Nov; Sosna dacha -> Krasnoyarsk. Nemtsov "joined the two leaders for Sunday's session".
    # "in Denver in June" -> 1997-06; "in Moscow last year" -> 1996 (year only). "late on Sunday"
    # -> call 2 Nov. "on Nov. 10" (future) -> 1997-11-10. "Hashimoto Ryutaro" is written surname first.
    ("005", "1997-11-03", True, [
        ev("1997-11-01-krasnoyarsk-hashimoto-nemtsov-yeltsin", M, OCC, "1997-11-01", "Krasnoyarsk",
           [HASHIMOTO, YELTSIN, NEMTSOV], [],
           "wound up two days of informal talks at a government retreat on the Yenisei River",
           date_end="1997-11-02"),
        ev("1997-06-denver-hashimoto-yeltsin", M, OCC, "1997-06", "Denver", [HASHIMOTO, YELTSIN], [],
           "They last met in Denver in June, on the sidelines of the Group of Eight"),
        ev("1996-04-moscow-hashimoto-yeltsin", M, OCC, "1996", "Moscow", [HASHIMOTO, YELTSIN], [],
           "and before that in Moscow last year"),
        ev("1997-11-02-clinton-hashimoto-call", C, OCC, "1997-11-02", None, [HASHIMOTO, CLINTON], [],
           "Hashimoto telephoned U.S. President Bill Clinton late on Sunday from Krasnoyarsk"),
        ev("1997-11-10-beijing-jiang-yeltsin", M, PLN, "1997-11-10", "Beijing", [YELTSIN, JIANG], [],
           "is due in Beijing on Nov. 10 for talks with President Jiang Zemin"),
    ], ["'agreed to set up a hotline' (no call); 'promised to finish an accord on fishing' (no occasion)",
        "'conclude a peace treaty by the year 2000' (no concrete occasion)",
        "'A boat trip ... was cut short', 'visit to the sauna was quietly dropped' (inside the same summit)",
        "'Nemtsov told reporters afterward' (remarks)",
        "'Yeltsin said he would visit Japan \"some time next year\"; no date has been set' (vague intention)",
        "'he had rung Foreign Minister Obuchi Keizo in Tokyo' (internal to one government)",
        "Photo caption 'at the Sosna retreat on Saturday' (same summit)",
        "Related articles: 'Kuril fishermen wary of new accord' (furniture)"]),

    # 006. Rio paper, header "Tuesday, July 4, 1978"; dateline "BRASILIA, July 3." "this afternoon"
    # -> 3 Jul, Itamaraty Palace -> Brasilia; Geisel "presiding" -> participant. The four ministers not
    # named (Bolivia, Ecuador, Guyana, Suriname) are the groups. "Before the ceremony ... at the
    # Planalto" -> separate encounter the same day. "late on Sunday" -> 2 Jul (Brasilia implied by
    # the dateline). "last November" -> 1977-11, Santa Elena de Uairen. "will visit Caracas in
    # September" -> planned 1978-09. Diacritics in the text: Lievano, Jose, Simon, Andres, Uairen.
    ("006", "1978-07-04", False, [
        ev("1978-07-03-brasilia-consalvi-de-la-puente-geisel-lievano-silveira", M, OCC, "1978-07-03",
           "Brasilia", [GEISEL, SILVEIRA, LIEVANO, DE_LA_PUENTE, CONSALVI],
           ["Bolivia", "Ecuador", "Guyana", "Suriname"],
           "Foreign ministers of the eight Amazon countries signed a Treaty for Amazonian Cooperation at Itamaraty"),
        ev("1978-07-03-brasilia-geisel-lievano", M, OCC, "1978-07-03", "Brasilia", [GEISEL, LIEVANO], [],
           "Gen. Geisel received Mr Liévano Aguirre alone for twenty minutes at the Planalto"),
        ev("1978-07-02-brasilia-consalvi-silveira", M, OCC, "1978-07-02", "Brasilia", [SILVEIRA, CONSALVI], [],
           "Mr Silveira and Mr Consalvi had talked late on Sunday about river navigation"),
        ev("1977-11-santa-elena-de-uairen-geisel-perez", M, OCC, "1977-11", "Santa Elena de Uairen",
           [GEISEL, CAP], [],
           "Gen. Geisel met President Carlos Andrés Pérez on the border at Santa Elena de Uairén"),
        ev("1978-09-caracas-consalvi-silveira", M, PLN, "1978-09", "Caracas", [SILVEIRA, CONSALVI], [],
           "Mr Silveira will visit Caracas in September for talks with Mr Consalvi"),
    ], ["'three preparatory meetings in Brasilia between November and May' (counted)",
        "'a supranational body, which Venezuela had proposed and Brazil turned down' (rejected proposal)",
        "'Gen. Geisel, in a short speech' (speech)",
        "'López Michelsen, who had been invited, did not attend' (negation)",
        "'the ministers might then meet once a year' (hypothetical, habitual)",
        "Photo caption 'after the signing at Itamaraty' (same event)",
        "Related stories: 'Figueiredo campaign opens in Minas' (furniture)"]),

    # 007. Kisumu paper, header "WEDNESDAY, JUNE 7, 1967"; dispatch "KAMPALA, Tuesday." (6 Jun).
    # "here today" -> 6 Jun, Kampala. "on Monday night" -> 5 Jun, State House Entebbe -> Entebbe.
    # "Earlier on Monday ... met in the Parliament building" -> 5 Jun, Kampala. "June 5, 1963 ...
    # meeting in Nairobi" -> 1963-06-05. "will meet again in Arusha on December 1" -> planned.
    ("007", "1967-06-07", False, [
        ev("1967-06-06-kampala-kenyatta-nyerere-obote", M, OCC, "1967-06-06", "Kampala",
           [KENYATTA_J, NYERERE, OBOTE], [],
           "signed the Treaty for East African Co-operation in the Parliament building here today"),
        ev("1967-06-05-entebbe-kenyatta-nyerere-obote", M, OCC, "1967-06-05", "Entebbe",
           [KENYATTA_J, NYERERE, OBOTE], [],
           "The three leaders held private talks at State House, Entebbe, on Monday night"),
        ev("1967-06-05-kampala-gichuru-jamal-kalule-settala", M, OCC, "1967-06-05", "Kampala",
           [GICHURU, KALULE, JAMAL], [],
           "met in the Parliament building to settle where the development bank will sit"),
        ev("1963-06-05-nairobi-kenyatta-nyerere-obote", M, OCC, "1963-06-05", "Nairobi",
           [KENYATTA_J, NYERERE, OBOTE], [],
           "when the same three leaders, meeting in Nairobi, pledged to federate"),
        ev("1967-12-01-arusha-kenyatta-nyerere-obote", M, PLN, "1967-12-01", "Arusha",
           [KENYATTA_J, NYERERE, OBOTE], [],
           "The three Presidents will meet again in Arusha on December 1 to inaugurate the Community"),
    ], ["'which heard ministers from all three countries many times' (counted, vague)",
        "'The treaty, which takes effect on December 1' (not a meeting)",
        "'Mzee Kenyatta said in a speech' (speech)",
        "'Zambia, Ethiopia and Somalia have asked about joining; no talks have been fixed' (negation)",
        "'flies home tomorrow morning' (travel); 'raised champagne glasses' (same event)",
        "Caption 'The Presidents toast \"unity\"' (same event); Related: 'Kenya bank to open Arusha branch' (furniture)"]),

    # 008. Beirut evening paper, "Wednesday 5 November 1969". "on Monday" -> 3 Nov; "on Sunday night"
    # -> 2 Nov; "on Monday night" -> call 3 Nov. Bustani is spelt "Bustany". Riad and Fawzi present
    # ("in the presence of"); "The two delegations" -> groups Lebanon and PLO. "next month" -> 1969-12,
    # Rabat, Arab League summit (planned gathering).
    ("008", "1969-11-05", False, [
        ev("1969-11-03-cairo-arafat-bustani-fawzi-riad", M, OCC, "1969-11-03", "Cairo",
           [BUSTANI, ARAFAT, RIAD, FAWZI], ["Lebanon", "Palestine Liberation Organization"],
           "signed an agreement in Cairo on Monday regulating the presence of Palestinian commandos in Lebanon"),
        ev("1969-11-02-cairo-arafat-bustani-nasser", M, OCC, "1969-11-02", "Cairo", [NASSER, BUSTANI, ARAFAT], [],
           "President Gamal Abdel Nasser received General Bustany and Mr Arafat together on Sunday night"),
        ev("1969-11-03-helou-nasser-call", C, OCC, "1969-11-03", None, [HELOU, NASSER], [],
           "President Charles Helou telephoned President Nasser on Monday night to thank him"),
        ev("1969-12-rabat-arab-league", M, PLN, "1969-12", "Rabat", [], ["Arab League"],
           "Arab kings and presidents are due to gather in Rabat next month"),
    ], ["'The Cabinet will meet on Thursday' (internal to one government)",
        "'The text will not be published' (not a meeting)",
        "Karami 'told reporters at his home' (remarks); Israeli spokesman 'said' (statement)",
        "'The Army command said in a statement' (statement)",
        "'Mr Arafat was not expected in Beirut this week' (negation)",
        "Caption 'in Cairo on Monday' (same event); Read also: 'Karami consultations drag on' (furniture)"]),

    # 009. Ottawa paper, "MONDAY, APRIL 17, 1972" (no dateline; local). "on Saturday" -> 15 Apr,
    # Parliament Hill -> Ottawa; Rogers and Sharp "stood beside the two leaders" -> participants.
    # "on Friday" -> 14 Apr: leaders' talks, and the ministers' separate talks (two events).
    # "On Thursday night" -> 13 Apr, Rideau Hall -> Ottawa. "in Washington in December" -> 1971-12.
    # "on May 22" (future) -> planned Moscow summit.
    ("009", "1972-04-17", False, [
        ev("1972-04-15-ottawa-nixon-rogers-sharp-trudeau", M, OCC, "1972-04-15", "Ottawa",
           [NIXON, TRUDEAU, ROGERS, SHARP], [],
           "signed the Great Lakes Water Quality Agreement on Saturday on Parliament Hill"),
        ev("1972-04-14-ottawa-nixon-trudeau", M, OCC, "1972-04-14", "Ottawa", [NIXON, TRUDEAU], [],
           "He and Mr Trudeau talked for almost two hours in the Prime Minister's office"),
        ev("1972-04-14-ottawa-rogers-sharp", M, OCC, "1972-04-14", "Ottawa", [ROGERS, SHARP], [],
           "while Mr Rogers and Mr Sharp held separate talks at the East Block"),
        ev("1972-04-13-ottawa-michener-nixon", M, OCC, "1972-04-13", "Ottawa", [MICHENER, NIXON], [],
           "gave a state dinner for Mr and Mrs Nixon at Rideau Hall"),
        ev("1971-12-06-washington-nixon-trudeau", M, OCC, "1971-12", "Washington", [NIXON, TRUDEAU], [],
           "The two leaders last met in Washington in December"),
        ev("1972-05-22-moscow-brezhnev-nixon", M, PLN, "1972-05-22", "Moscow", [NIXON, BREZHNEV], [],
           "flies to Moscow on May 22 for a summit with Soviet leader Leonid Brezhnev"),
    ], ["'Mr Nixon's address to both Houses of Parliament' (speech)",
        "'he hoped to, in one capacity or another' (vague intention)",
        "'Mr Trudeau telephoned Ontario Premier William Davis' (internal to one country)",
        "'About 300 demonstrators ... gathered' (not diplomatic)",
        "Photo caption 'shake hands after the signing' (same event)",
        "Related stories: 'Sharp to visit Tokyo in the fall' (furniture)"]),

    # 010. Bangkok paper, "Monday, August 7, 1995"; dateline "HANOI, Aug 6". "this morning" -> 6 Aug;
    # "later called on" -> 6 Aug (separate encounter). "on Saturday" -> 5 Aug (airport welcome;
    # afternoon talks: two encounters). "Nguyen Minh Cam" is a misspelling of Nguyen Manh Cam.
    # "on Friday" -> 4 Aug, Phnom Penh, both co-prime ministers. "on Tuesday met ... there" (Brunei,
    # no city named -> country) -> 1 Aug. "trade negotiations would begin in September" -> planned
    # 1995-09, venue unknown -> null, groups only.
    ("010", "1995-08-07", False, [
        ev("1995-08-06-hanoi-christopher-do-muoi", M, OCC, "1995-08-06", "Hanoi", [CHRISTOPHER, DO_MUOI], [],
           "was received this morning by Communist Party General Secretary Do Muoi"),
        ev("1995-08-06-hanoi-christopher-vo-van-kiet", M, OCC, "1995-08-06", "Hanoi",
           [CHRISTOPHER, VO_VAN_KIET], [],
           "later called on Prime Minister Vo Van Kiet at the government guest house"),
        ev("1995-08-05-hanoi-christopher-le-mai", M, OCC, "1995-08-05", "Hanoi", [CHRISTOPHER, LE_MAI], [],
           "he was met at Noi Bai airport by Deputy Foreign Minister Le Mai"),
        ev("1995-08-05-hanoi-christopher-nguyen-manh-cam", M, OCC, "1995-08-05", "Hanoi", [CHRISTOPHER, CAM], [],
           "he held three hours of talks with Foreign Minister Nguyen Minh Cam"),
        ev("1995-08-04-phnom-penh-christopher-hun-ranariddh", M, OCC, "1995-08-04", "Phnom Penh",
           [CHRISTOPHER, RANARIDDH, HUN_SEN], [],
           "where on Friday he saw the two Cambodian prime ministers"),
        ev("1995-08-01-brunei-christopher-qian", M, OCC, "1995-08-01", "Brunei", [CHRISTOPHER, QIAN], [],
           "on Tuesday met Chinese Foreign Minister Qian Qichen there"),
        ev("1995-09-united-states-vietnam", M, PLN, "1995-09", None, [], ["United States", "Vietnam"],
           "agreed that trade negotiations would begin in September"),
    ], ["'watched the Stars and Stripes raised over the new embassy' (ceremony, no encounter stated)",
        "'told his host that the pain of the war would not be forgotten' (remarks inside the same talks)",
        "'A courtesy call on President Le Duc Anh ... was not on the programme' (negation)",
        "'in Brunei for the ASEAN Regional Forum' (backdrop gathering, not reported as an event)",
        "'since Taiwan's president visited Cornell in June' (not a diplomatic encounter)",
        "'Senator Bob Dole repeated his criticism' (statement); MFN 'no prospect' (negation)",
        "Photo caption 'with Mr Do Muoi at party headquarters' (same event)",
        "Related: 'Cambodia's co-premiers at odds over budget' (furniture)"]),

    # 011. Banjul paper, "Monday 16th November 1981". "on Saturday" -> 14 Nov, Kaur. "arrived ... on
    # Thursday ... that afternoon" -> 12 Nov, State House -> Banjul. "On Friday a joint ministerial
    # commission of the two countries met" -> 13 Nov, groups only; the Atlantic Hotel is in Banjul
    # (the visit is placed in Banjul). "On the night of July 30" -> call 1981-07-30. "next month"
    # -> planned 1981-12, venue not given -> null.
    ("011", "1981-11-16", False, [
        ev("1981-11-14-kaur-diouf-jawara", M, OCC, "1981-11-14", "Kaur", [DIOUF, JAWARA], [],
           "The two Heads of State signed the Kaur Declaration"),
        ev("1981-11-12-banjul-diouf-jawara", M, OCC, "1981-11-12", "Banjul", [DIOUF, JAWARA], [],
           "went straight into talks with Sir Dawda at State House that afternoon"),
        ev("1981-11-13-banjul-gambia-senegal", M, OCC, "1981-11-13", "Banjul", [], ["Senegal", "Gambia"],
           "On Friday a joint ministerial commission of the two countries met at the Atlantic Hotel"),
        ev("1981-07-30-diouf-jawara-call", C, OCC, "1981-07-30", None, [JAWARA, DIOUF], [],
           "Sir Dawda telephoned Mr Diouf from London"),
        ev("1981-12-diouf-jawara", M, PLN, "1981-12", None, [DIOUF, JAWARA], [],
           "The two Presidents will sign the formal treaty of confederation next month"),
    ], ["'where he was attending the royal wedding' (backdrop, not reported as an encounter)",
        "'Sir Dawda told the crowd at Kaur' (speech)",
        "'A full merger of the two states was never on the table' (negation)",
        "'Mr Sherif Mustapha Dibba, remains in detention' (not a meeting)",
        "'was welcomed at Yoff airport by his Prime Minister' (internal to one government)",
        "Picture 'The two Presidents at Kaur on Saturday' (same event); Related (furniture)"]),

    # 012. Kazakh site, "Saturday, 9 September 2006 | 10:35 (Astana)"; dateline "SEMEY". "on Friday"
    # -> 8 Sep, "in this city" -> Semey. Tokayev ("Tokaev") is the only named minister; the other four
    # ministers and the unnamed UN official give the groups (rule 13: not inferred for Kazakhstan).
    # "in Tashkent in September 1997" -> 1997-09 (key 15 Sep 1997). "in Bishkek in July 1998" ->
    # 1998-07 (key 9 Jul 1998). "on Thursday" -> call 7 Sep ("Sergei" -> Sergey Lavrov).
    # "later this month" -> planned 2006-09, New York.
    ("012", "2006-09-09", False, [
        ev("2006-09-08-semey-tokayev", M, OCC, "2006-09-08", "Semey", [TOKAYEV],
           ["Kyrgyzstan", "Tajikistan", "Turkmenistan", "Uzbekistan", "United Nations"],
           "on Friday signed a treaty that makes their region a zone free of nuclear weapons"),
        ev("1997-09-15-tashkent-central-asian-foreign-ministers", M, OCC, "1997-09", "Tashkent", [], CA5,
           "first endorsed the idea at a meeting in Tashkent in September 1997"),
        ev("1998-07-09-bishkek-central-asia-nuclear-powers-united-nations", M, OCC, "1998-07", "Bishkek", [],
           CA5 + ["United Nations", "Nuclear-weapon states"],
           "sat down with the UN and the five nuclear powers in Bishkek in July 1998"),
        ev("2006-09-07-lavrov-tokayev-call", C, OCC, "2006-09-07", None, [TOKAYEV, LAVROV], [],
           "Mr Tokaev spoke by telephone on Thursday with Russian Foreign Minister Sergei Lavrov"),
        ev("2006-09-new-york-annan-tokayev", M, PLN, "2006-09", "New York", [TOKAYEV, ANNAN], [],
           "he will present the treaty to UN Secretary-General Kofi Annan"),
    ], ["'Mr Tokaev told reporters' (remarks)",
        "'More than a dozen drafting sessions followed' (counted)",
        "'The United States, Britain and France have objected'; 'Russia and China support the text' (statements)",
        "'No nuclear power sent a minister to the ceremony' (negation)",
        "'once all five parliaments have ratified it' (not a meeting); test-site closure anniversary (not a meeting)",
        "Photo 'The five ministers with the signed texts' (same event); Related (furniture)"]),

    # 013. Greek site, manifest null; page stamp "20200807T0915+0300" (ISO-8601 basic) = Fri 7 Aug 2020.
    # "on Thursday" -> 6 Aug (talks and signing in Cairo; "Shukri" = Sameh Shoukry). "in Cairo in June"
    # -> 2020-06 (groups only). "last month" -> 2020-07, Cairo. "in Athens in June" -> 2020-06
    # (key 9 Jun). "in Istanbul last November" -> 2019-11 (key 27 Nov). "on Thursday evening" ->
    # call 6 Aug. "later this month" -> planned 2020-08, Athens (key 25 Aug).
    ("013", "2020-08-07", True, [
        ev("2020-08-06-cairo-dendias-shoukry", M, OCC, "2020-08-06", "Cairo", [DENDIAS, SHOUKRY], [],
           "put their names to the text in Cairo after two hours of talks"),
        ev("2020-06-cairo-egypt-greece", M, OCC, "2020-06", "Cairo", [], ["Greece", "Egypt"],
           "the twelfth and last round of expert talks was held in Cairo in June"),
        ev("2020-07-cairo-dendias-el-sisi", M, OCC, "2020-07", "Cairo", [DENDIAS, SISI], [],
           "Mr Dendias had also been received in Cairo last month by President Abdel Fattah el-Sisi"),
        ev("2020-06-09-athens-dendias-di-maio", M, OCC, "2020-06", "Athens", [DENDIAS, DI_MAIO], [],
           "Mr Dendias and Luigi Di Maio signed in Athens in June"),
        ev("2019-11-27-istanbul-erdogan-sarraj", M, OCC, "2019-11", "Istanbul", [ERDOGAN, SARRAJ], [],
           "President Recep Tayyip Erdogan and Fayez al-Sarraj signed in Istanbul last November"),
        ev("2020-08-06-el-sisi-mitsotakis-call", C, OCC, "2020-08-06", None, [MITSOTAKIS, SISI], [],
           "Prime Minister Kyriakos Mitsotakis spoke by phone with President Sisi on Thursday evening"),
        ev("2020-08-25-athens-dendias-maas", M, PLN, "2020-08", "Athens", [MAAS, DENDIAS], [],
           "Heiko Maas is expected in Athens later this month for talks with Mr Dendias"),
    ], ["'then gave a joint news conference' (press conference)",
        "'Cavusoglu called the deal \"null and void\"' (statement); survey ship threat (not a meeting)",
        "'Mr Mitsotakis has no plans to meet Mr Erdogan' (negation)",
        "'Merkel has spoken with both leaders several times this summer' (counted calls)",
        "'Parliament is expected to ratify the agreement' (internal, not a meeting)",
        "Photo 'after the signing in Cairo on Thursday' (same event); Related (furniture)"]),

    # 014. Nairobi paper, "Thursday, November 3, 2022". "on Wednesday" -> 2 Nov; talks "that opened on
    # October 25" -> one round 25 Oct - 2 Nov in Pretoria with both delegations, the AU panel and the
    # US observer. "Redwan Hussein" -> Redwan Hussien. "in August" (past) -> 2022-08, Mekelle.
    # "next week" (Thursday page) -> 7-11 Nov -> 2022-11, Nairobi, groups only. "on Wednesday night"
    # -> call 2 Nov.
    ("014", "2022-11-03", False, [
        ev("2022-10-25-pretoria-getachew-hammer-kenyatta-mlambo-ngcuka-obasanjo-redwan", M, OCC, "2022-10-25",
           "Pretoria", [REDWAN, GETACHEW, OBASANJO, KENYATTA_U, MLAMBO, HAMMER],
           ["Ethiopia", "Tigray People's Liberation Front", "African Union"],
           "signed a deal in Pretoria on Wednesday to permanently stop the fighting",
           date_end="2022-11-02"),
        ev("2022-08-02-mekelle-debretsion-hammer-obasanjo-weber", M, OCC, "2022-08", "Mekelle",
           [HAMMER, OBASANJO, WEBER, DEBRETSION], [],
           "when he flew to Mekelle with Mr Obasanjo and the EU's Annette Weber"),
        ev("2022-11-07-nairobi-ethiopia-tigray-peoples-liberation-front", M, PLN, "2022-11", "Nairobi", [],
           ["Ethiopia", "Tigray People's Liberation Front"],
           "Senior commanders of the two sides are to meet in Nairobi next week"),
        ev("2022-11-02-abiy-blinken-call", C, OCC, "2022-11-02", None, [BLINKEN, ABIY], [],
           "Antony Blinken telephoned Prime Minister Abiy Ahmed on Wednesday night"),
    ], ["'had been due to open in South Africa in early October but were postponed' (cancelled)",
        "'Reports of secret contacts ... in the Seychelles ... never been confirmed' (unconfirmed, vague)",
        "'Mr Abiy told a rally in Arba Minch' (speech); 'Mr Obasanjo cautioned reporters' (remarks)",
        "'Mr Kenyatta had briefed him by phone' (internal to one country, and undated)",
        "'Eritrea ... was not represented in Pretoria' (negation)",
        "Photo 'exchange documents in Pretoria on Wednesday' (same talks)",
        "Related stories: 'Kenyatta: our region needed this peace' (furniture)"]),
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
