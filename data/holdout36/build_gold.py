#!/usr/bin/env python3
"""Generate gold.jsonl and manifest.jsonl for the holdout36 BLIND held-out corpus.

Run:  python3 data/holdout36/build_gold.py   then   python3 data/eval/validate.py data/holdout36
Each article lists its true publication date, whether the manifest hides it, its gold
events, and (for documentation only) the traps it contains that must NOT be extracted.
holdout36 is a BLIND held-out set: the developers of dossier must not read this file.

15 pages, each built around a real occasion of 2015-2025: Belarus and the US envoy (Minsk
2025), Lebanon and Saudi Arabia (Riyadh 2025), Japan and the US (Washington 2025), US-China
security advisers' channel (Bangkok 2024), the US defence secretary in Manila (2025), the
Ukraine peace summit at Burgenstock (2024), the Houthis in Riyadh (2023), the Chinese premier
in Australia (2024), Senegal's president in Paris (2024), Colombia and Venezuela in Quito
(2015), the Cairo Summit for Peace (2023), Bolsonaro at the White House (2019), Iran's foreign
minister in Pakistan (2024), Starmer at the White House (2025) and five West African presidents
at the White House (2025).

Thirteen pages are ordinary modern online news (wire copy, newspaper and broadcaster sites, a
government press release); two are unusual layouts (a live blog, an e-mail newsletter).

Three pages have no date in the manifest and print one: 002 (page stamp "2025/02/08 11:20
JST"), 009 (dateline "QUITO, Sept 21, 2015"), 012 (press release "Islamabad, 29 January 2024").

Three real events are reported by two pages under the same key:
  2025-02-07-washington-ishiba-trump        002 (main occasion) and 004 (background)
  2025-02-28-washington-trump-zelenskyy     013 (planned) and 000 (occurred)
  2024-04-18-nouakchott-faye-ghazouani      008 (full date) and 014 (month only)
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

# canonical names
KELLOGG, LUKASHENKO, COALE, SMITH, ZELENSKYY, TRUMP, PUTIN = (
    "Keith Kellogg", "Alexander Lukashenko", "John Coale", "Christopher Smith",
    "Volodymyr Zelenskyy", "Donald Trump", "Vladimir Putin")
AOUN, MBS, RAJJI, MBA, FAISAL = (
    "Joseph Aoun", "Mohammed bin Salman", "Youssef Rajji", "Mohammed bin Abdulrahman bin Abdulaziz",
    "Faisal bin Farhan")
ISHIBA, IWAYA, RUBIO, XI, AKIE_ABE, MELANIA, SHINZO_ABE, MODI = (
    "Shigeru Ishiba", "Takeshi Iwaya", "Marco Rubio", "Xi Jinping", "Akie Abe", "Melania Trump",
    "Shinzo Abe", "Narendra Modi")
SULLIVAN, WANG_YI, SRETTHA, PARNPREE, BIDEN = (
    "Jake Sullivan", "Wang Yi", "Srettha Thavisin", "Parnpree Bahiddha-nukara", "Joe Biden")
HEGSETH, MARCOS, TEODORO, NAKATANI, HEALEY = (
    "Pete Hegseth", "Ferdinand Marcos Jr.", "Gilberto Teodoro", "Gen Nakatani", "John Healey")
AMHERD, HARRIS, VDL, MILEI, CASSIS = (
    "Viola Amherd", "Kamala Harris", "Ursula von der Leyen", "Javier Milei", "Ignazio Cassis")
ABDULSALAM, AL_JABER, KBS, AL_MASHAT, BLINKEN, ABZ, AL_AIBAN, SHAMKHANI = (
    "Mohammed Abdulsalam", "Mohammed Al Jaber", "Khalid bin Salman", "Mahdi al-Mashat",
    "Antony Blinken", "Abdullah bin Zayed Al Nahyan", "Musaed Al-Aiban", "Ali Shamkhani")
LI_QIANG, ALBANESE, MALINAUSKAS, COOK, ANWAR, WONG, LUXON = (
    "Li Qiang", "Anthony Albanese", "Peter Malinauskas", "Roger Cook", "Anwar Ibrahim",
    "Penny Wong", "Christopher Luxon")
FAYE, MACRON, KAGAME, DIOUF, MUSHIKIWABO, GHAZOUANI, BARROW = (
    "Bassirou Diomaye Faye", "Emmanuel Macron", "Paul Kagame", "Abdou Diouf",
    "Louise Mushikiwabo", "Mohamed Ould Ghazouani", "Adama Barrow")
SANTOS, MADURO, CORREA, VAZQUEZ, HOLGUIN, DELCY, PATINO, NIN_NOVOA = (
    "Juan Manuel Santos", "Nicolas Maduro", "Rafael Correa", "Tabare Vazquez",
    "Maria Angela Holguin", "Delcy Rodriguez", "Ricardo Patino", "Rodolfo Nin Novoa")
SISI, ABBAS, ABDULLAH_II, HAMAD, MELONI, MICHEL, GUTERRES, BOGDANOV, ZHAI, NETANYAHU, SUNAK, SCHOLZ = (
    "Abdel Fattah el-Sisi", "Mahmoud Abbas", "Abdullah II", "Hamad bin Isa Al Khalifa",
    "Giorgia Meloni", "Charles Michel", "Antonio Guterres", "Mikhail Bogdanov", "Zhai Jun",
    "Benjamin Netanyahu", "Rishi Sunak", "Olaf Scholz")
BOLSONARO, EDUARDO, BANNON, OLAVO, AMARAL, PAULSON, BOLTON, POMPEO, PINERA = (
    "Jair Bolsonaro", "Eduardo Bolsonaro", "Steve Bannon", "Olavo de Carvalho", "Sergio Amaral",
    "Henry Paulson", "John Bolton", "Mike Pompeo", "Sebastian Pinera")
AMIR_ABDOLLAHIAN, JILANI, KAKAR, MUNIR, HAYAT, QOMI = (
    "Hossein Amir-Abdollahian", "Jalil Abbas Jilani", "Anwaar-ul-Haq Kakar", "Asim Munir",
    "Rahim Hayat", "Hassan Kazemi Qomi")
STARMER, VANCE, LAMMY, MANDELSON = (
    "Keir Starmer", "JD Vance", "David Lammy", "Peter Mandelson")
BOAKAI, EMBALO, OLIGUI, KAYIKWAMBA, NDUHUNGIREHE, TINUBU, BIO = (
    "Joseph Boakai", "Umaro Sissoco Embalo", "Brice Clotaire Oligui Nguema",
    "Therese Kayikwamba Wagner", "Olivier Nduhungirehe", "Bola Tinubu", "Julius Maada Bio")


def ev(key, kind, status, date, location, participants, groups, evidence, date_end=None):
    e = {"key": key, "kind": kind, "status": status, "date": date}
    if date_end:
        e["date_end"] = date_end
    e.update({"location": location, "participants": participants, "groups": groups,
              "evidence": evidence})
    return e


M, C, OCC, PLN = "meeting", "call", "occurred", "planned"

ARTICLES = [
    # 000. Wire copy, "June 21, 2025 8:47 PM GMT+3", dateline "MINSK, June 21 (EEW)" (manifest
    # 2025-06-21, a Saturday). "on Saturday" -> 21 Jun; "in February" -> 2025-02; "on Feb. 28"
    # explicit; "next week" -> 2025-06 (23-29 June). "The two delegations met" gives the groups;
    # Coale "accompanied" Kellogg (participant). Zelenskyy is spelt "Zelenskiy". The Oval Office
    # meeting of 28 Feb is shared with 013 (planned there). The EAEU summit: Lukashenko hosts and
    # Putin "is expected to attend" (planned, key keeps the real council day, 27 June).
    ("000", "2025-06-21", False, [
        ev("2025-06-21-minsk-coale-kellogg-lukashenko", M, OCC, "2025-06-21", "Minsk",
           [KELLOGG, LUKASHENKO, COALE], ["Belarus", "United States"],
           "Keith Kellogg held talks with Belarusian President Alexander Lukashenko in Minsk on Saturday"),
        ev("2025-02-12-minsk-lukashenko-smith", M, OCC, "2025-02", "Minsk", [SMITH, LUKASHENKO], [],
           "Christopher Smith, quietly met Lukashenko in Minsk and left with three freed prisoners"),
        ev("2025-02-20-kyiv-kellogg-zelenskyy", M, OCC, "2025-02", "Kyiv", [KELLOGG, ZELENSKYY], [],
           "He visited Kyiv in February and met Ukrainian President Volodymyr Zelenskiy"),
        ev("2025-02-28-washington-trump-zelenskyy", M, OCC, "2025-02-28", "Washington",
           [ZELENSKYY, TRUMP], [],
           "Zelenskiy's meeting with Trump in the Oval Office on Feb. 28 collapsed"),
        ev("2025-06-27-minsk-eurasian-economic-union", M, PLN, "2025-06", "Minsk",
           [LUKASHENKO, PUTIN], ["Eurasian Economic Union"],
           "host a summit of the Russian-led Eurasian Economic Union in Minsk next week"),
    ], ["Belta footage of Lukashenko embracing Kellogg (same occasion)",
        "Lukashenko's televised remarks (statement)",
        "Tsikhanouski 'driven across the border into Lithuania' (travel, no encounter)",
        "Tsikhanouskaya 'wrote on X' (social-media post)",
        "'a joint news conference planned ... was cancelled' (cancelled press event)",
        "'Kellogg did not meet any opposition figures' (negation)",
        "'no plans for Lukashenko to travel to Washington' (negation)",
        "'has met ... Putin more than a dozen times since the 2022 invasion' (counted)",
        "'U.S. contacts with Moscow have since moved ahead' (vague)",
        "Related coverage: Putin-Witkoff, Nauseda-Tsikhanouskaya, Rubio-Lavrov (furniture)"]),

    # 001. Lebanese news site, "Monday, March 3, 2025 | 23:10 Beirut" (manifest 2025-03-03).
    # "on Monday evening" -> 3 Mar; "Earlier in the afternoon" -> 3 Mar; "on January 11",
    # "on January 23" explicit; "Tuesday's ... summit" -> 4 Mar (planned). Al-Yamama Palace and the
    # airport -> Riyadh. Rajji "accompanied" Aoun in the talks (participant). The airport reception
    # by the deputy governor is its own encounter. The Arab League summit is planned with Aoun only.
    ("001", "2025-03-03", False, [
        ev("2025-03-03-riyadh-aoun-bin-salman-rajji", M, OCC, "2025-03-03", "Riyadh",
           [AOUN, MBS, RAJJI], [],
           "held talks with Saudi Crown Prince Mohammed bin Salman at Al-Yamama Palace in Riyadh"),
        ev("2025-03-03-riyadh-aoun-bin-abdulrahman", M, OCC, "2025-03-03", "Riyadh", [AOUN, MBA], [],
           "landed at King Khalid International Airport, where he was received by the deputy governor"),
        ev("2025-01-11-aoun-bin-salman-call", C, OCC, "2025-01-11", None, [MBS, AOUN], [],
           "the crown prince telephoned Aoun to congratulate him on his election two days earlier"),
        ev("2025-01-23-beirut-aoun-bin-farhan", M, OCC, "2025-01-23", "Beirut", [FAISAL, AOUN], [],
           "a visit to Beirut on January 23, meeting Aoun at the presidential palace"),
        ev("2025-03-04-cairo-arab-league", M, PLN, "2025-03-04", "Cairo", [AOUN], ["Arab League"],
           "will fly to Cairo for Tuesday's emergency Arab League summit on the future of Gaza"),
    ], ["'a future visit in which agreements will be signed' (vague future visit)",
        "'No agreements were signed' and 'not scheduled to see King Salman' (negations)",
        "'Saudi envoys met Lebanese politicians \"many times\"' (counted)",
        "Aoun's interview with Asharq Al-Awsat (interview)",
        "Salam's government 'won a vote of confidence' (domestic) and 'stayed in Beirut'",
        "Read more: Salam-Macron, Berri-Ortagus (furniture)"]),

    # 002. Japanese English daily, page stamp "2025/02/08 11:20 JST", dateline WASHINGTON
    # (manifest null; true date 2025-02-08). "on Friday" -> 7 Feb (Washington); "in November" ->
    # 2024-11 for the call and for Lima; "on Jan. 21" explicit; "In December" -> 2024-12;
    # "in November that year" (2016) -> 2016-11; "next week" -> 2025-02. Mar-a-Lago -> Palm Beach
    # (stated); Trump Tower -> New York (stated). The working lunch and the East Room news
    # conference belong to / are not the summit. The photo caption repeats the summit.
    ("002", "2025-02-08", True, [
        ev("2025-02-07-washington-ishiba-trump", M, OCC, "2025-02-07", "Washington", [ISHIBA, TRUMP], [],
           "Prime Minister Shigeru Ishiba met U.S. President Donald Trump at the White House on Friday"),
        ev("2024-11-07-ishiba-trump-call", C, OCC, "2024-11", None, [ISHIBA, TRUMP], [],
           "a telephone call in November shortly after the U.S. election, lasted about five minutes"),
        ev("2024-11-15-lima-ishiba-xi", M, OCC, "2024-11", "Lima", [ISHIBA, XI], [],
           "Ishiba held his first talks with Chinese President Xi Jinping on the sidelines"),
        ev("2025-01-21-washington-iwaya-rubio", M, OCC, "2025-01-21", "Washington", [IWAYA, RUBIO], [],
           "Foreign Minister Takeshi Iwaya met Secretary of State Marco Rubio in Washington on Jan. 21"),
        ev("2024-12-15-palm-beach-abe-trump", M, OCC, "2024-12", "Palm Beach",
           [AKIE_ABE, TRUMP, MELANIA], [],
           "Akie Abe, widow of former Prime Minister Shinzo Abe, dined with Trump"),
        ev("2016-11-17-new-york-abe-trump", M, OCC, "2016-11", "New York", [SHINZO_ABE, TRUMP], [],
           "calling on him at Trump Tower in New York in November that year"),
        ev("2025-02-13-washington-modi-trump", M, PLN, "2025-02", "Washington", [MODI, TRUMP], [],
           "Narendra Modi is expected to be Trump's next guest at the White House, next week"),
    ], ["'joint news conference in the East Room' (press conference)",
        "Trump 'would visit Japan \"at some point\"' (vague)",
        "'attempt to arrange a meeting at Trump's Florida resort ... was turned down' (rejected)",
        "'He and Trump went on to play golf many times' (counted)",
        "'Ishiba was due to leave Washington on Saturday' (travel)",
        "Photo caption of the Oval Office handshake (same occasion as the summit)",
        "Related articles: 'Iwaya to hold talks with Wang Yi in Tokyo this spring' (furniture)"]),

    # 003. Thai English daily, "Saturday, January 27, 2024 | 21:30" (manifest 2024-01-27).
    # "on Friday and Saturday" -> 26-27 Jan (one round, date_end); "in California in November"
    # and "at Woodside, California, on Nov. 15" are the same summit; "in Malta in September" ->
    # 2023-09 (country only); "in Vienna in May" -> 2023-05; "on Friday" -> 26 Jan (Government
    # House -> Bangkok); "on Sunday" (future) -> 28 Jan, in Thailand (no city in that sentence).
    ("003", "2024-01-27", False, [
        ev("2024-01-26-bangkok-sullivan-wang", M, OCC, "2024-01-26", "Bangkok", [SULLIVAN, WANG_YI], [],
           "Jake Sullivan and Chinese Foreign Minister Wang Yi met on Friday and Saturday",
           date_end="2024-01-27"),
        ev("2023-11-15-woodside-biden-xi", M, OCC, "2023-11-15", "Woodside", [BIDEN, XI], [],
           "the summit between Joe Biden and Xi Jinping at Woodside, California, on Nov. 15"),
        ev("2023-09-16-malta-sullivan-wang", M, OCC, "2023-09", "Malta", [SULLIVAN, WANG_YI], [],
           "Sullivan and Wang last met in Malta in September"),
        ev("2023-05-10-vienna-sullivan-wang", M, OCC, "2023-05", "Vienna", [SULLIVAN, WANG_YI], [],
           "and before that in Vienna in May"),
        ev("2024-01-26-bangkok-bahiddha-nukara-sullivan-thavisin", M, OCC, "2024-01-26", "Bangkok",
           [SULLIVAN, SRETTHA, PARNPREE], [],
           "Sullivan called on Prime Minister Srettha Thavisin and Foreign Minister Parnpree Bahiddha-nukara at Government House"),
        ev("2024-01-28-bangkok-bahiddha-nukara-wang", M, PLN, "2024-01-28", "Thailand",
           [WANG_YI, PARNPREE], [],
           "He is due to sign a mutual visa exemption agreement with Parnpree on Sunday"),
    ], ["'Biden and Xi were expected to speak by phone \"in the coming months\"' (vague, no date)",
        "'have not ruled out a further Sullivan trip to Beijing' (hypothetical)",
        "Kirby 'told reporters on Friday' (briefing)",
        "Thai spokeswoman: Bangkok 'took no part in the talks' (statement)",
        "RELATED: 'Wang Yi holds talks with Egyptian counterpart in Cairo' (furniture)"]),

    # 004. Philippine broadsheet's site, "Friday, March 28, 2025 | 8:15 PM" (manifest 2025-03-28).
    # "on Friday" / "Earlier in the day" -> 28 Mar; Malacanang -> Manila; Camp Aguinaldo is placed
    # in Quezon City by the text; "on Sunday" (future) -> 30 Mar in Tokyo; "on Feb. 7" explicit
    # (shared with 002); the caption dates the Healey meeting (Pentagon -> Washington).
    ("004", "2025-03-28", False, [
        ev("2025-03-28-manila-hegseth-marcos", M, OCC, "2025-03-28", "Manila", [HEGSETH, MARCOS], [],
           "Pete Hegseth met President Ferdinand Marcos Jr. at Malacañang on Friday"),
        ev("2025-03-28-quezon-city-hegseth-teodoro", M, OCC, "2025-03-28", "Quezon City",
           [TEODORO, HEGSETH], [],
           "Gilberto Teodoro Jr. hosted Hegseth for talks at the defense department headquarters"),
        ev("2025-03-30-tokyo-hegseth-nakatani", M, PLN, "2025-03-30", "Tokyo", [HEGSETH, NAKATANI], [],
           "scheduled to hold talks with Defense Minister Gen Nakatani in Tokyo on Sunday"),
        ev("2025-02-07-washington-ishiba-trump", M, OCC, "2025-02-07", "Washington", [ISHIBA, TRUMP], [],
           "Shigeru Ishiba, who met Trump at the White House on Feb. 7"),
        ev("2025-03-06-washington-healey-hegseth", M, OCC, "2025-03-06", "Washington", [HEGSETH, HEALEY], [],
           "a meeting with Britain's Defence Secretary John Healey at the Pentagon on March 6"),
    ], ["Hegseth 'had spoken with President Donald Trump by phone' (internal to one government)",
        "'welcomed at the airport by US Ambassador MaryKay Carlson' (internal to one government)",
        "Romualdez 'said in a radio interview' (interview); Beijing's statement",
        "'did not visit the Kalayaan island group' (negation)",
        "'fly to Japan on Saturday to attend a ceremony on Iwo Jima' (travel, no stated encounter)",
        "'toured US military facilities' in Guam after Hawaii (no encounter)",
        "Read more: 'Teodoro meets Japanese counterpart Nakatani in Manila', Marcos-Albanese (furniture)"]),

    # 005. Live blog, "Sunday 16 June 2024 · Last updated 17:45 CEST" (manifest 2024-06-16), entries
    # newest first with a "Saturday 15 June" divider. The conference is one two-day event at the
    # Burgenstock resort (15-16 June); participants are the people the blog places there (Amherd,
    # Zelenskyy, von der Leyen, Sullivan, Cassis "at the resort", Harris and Milei "on the
    # sidelines"). "this evening" in the Saturday entry -> 15 Jun; "in May" -> 2024-05 (video call);
    # "on Thursday" -> 13 Jun, "in Italy" (country); "in Bern in January" -> 2024-01.
    ("005", "2024-06-16", False, [
        ev("2024-06-15-burgenstock-summit-on-peace-in-ukraine", M, OCC, "2024-06-15", "Burgenstock",
           [AMHERD, ZELENSKYY, VDL, SULLIVAN, CASSIS, HARRIS, MILEI], [],
           "closed the two-day conference at the Bürgenstock resort above Lake Lucerne",
           date_end="2024-06-16"),
        ev("2024-06-15-burgenstock-milei-zelenskyy", M, OCC, "2024-06-15", "Burgenstock",
           [ZELENSKYY, MILEI], [],
           "Zelenskyy held a bilateral meeting with Argentine President Javier Milei on the sidelines this evening"),
        ev("2024-05-10-milei-zelenskyy-call", C, OCC, "2024-05", None, [ZELENSKYY, MILEI], [],
           "The two last spoke by video call in May"),
        ev("2024-06-15-burgenstock-harris-zelenskyy", M, OCC, "2024-06-15", "Burgenstock",
           [HARRIS, ZELENSKYY], [],
           "US Vice President Kamala Harris met Zelenskyy on the sidelines"),
        ev("2024-06-13-italy-biden-zelenskyy", M, OCC, "2024-06-13", "Italy", [BIDEN, ZELENSKYY], [],
           "signed a ten-year security agreement with Zelenskyy at the G7 summit in Italy on Thursday"),
        ev("2024-01-15-bern-amherd-zelenskyy", M, OCC, "2024-01", "Bern", [AMHERD, ZELENSKYY], [],
           "a meeting between Amherd and Zelenskyy in Bern in January"),
    ], ["Putin's 'speech in Moscow on Friday' (speech) and Sullivan's remarks to reporters",
        "'a follow-up conference could be held ... no host or date has been agreed' (hypothetical)",
        "'Guterres is not attending' (negation); 'Biden did not travel to Switzerland' (negation)",
        "'Amherd and Zelenskyy have spoken regularly by phone since' (habitual)",
        "'Leaders are arriving by helicopter' (travel)",
        "Key points: 'Russia was not invited; China stayed away' (negation)",
        "Read more: 'Scholz and Macron hold talks at G7 in Apulia', 'Amherd receives Chinese Premier Li Qiang in Bern' (furniture)"]),

    # 006. Wire copy, "September 20, 2023 6:40 PM GMT+3", dateline "RIYADH/DUBAI, Sept 20 (GNW)"
    # (manifest 2023-09-20, a Wednesday). "arrived ... last Thursday" -> 14 Sep (Thursday of the
    # previous week); "flew back ... on Tuesday" -> 19 Sep: one round, date_end. Khalid bin
    # Salman "received Abdulsalam and his delegation on Tuesday" -> 19 Sep. "in April" -> 2023-04;
    # "in March" -> 2023-03; "this week" -> 2023-09 (New York; key day 19 Sep from memory).
    ("006", "2023-09-20", False, [
        ev("2023-09-14-riyadh-abdulsalam-al-jaber", M, OCC, "2023-09-14", "Riyadh",
           [ABDULSALAM, AL_JABER], ["Houthis", "Saudi Arabia", "Oman"],
           "arrived in Riyadh last Thursday with Omani mediators and held talks with a Saudi team",
           date_end="2023-09-19"),
        ev("2023-09-19-riyadh-abdulsalam-bin-salman", M, OCC, "2023-09-19", "Riyadh",
           [KBS, ABDULSALAM], ["Houthis"],
           "Prince Khalid bin Salman received Abdulsalam and his delegation on Tuesday"),
        ev("2023-04-09-sanaa-al-jaber-al-mashat", M, OCC, "2023-04", "Sanaa", [AL_JABER, AL_MASHAT], ["Oman"],
           "when Al Jaber and an Omani delegation met Mahdi al-Mashat"),
        ev("2023-03-10-beijing-al-aiban-shamkhani-wang", M, OCC, "2023-03", "Beijing",
           [AL_AIBAN, SHAMKHANI, WANG_YI], [],
           "reached in Beijing by Saudi national security adviser Musaed Al-Aiban and Iran's Ali Shamkhani"),
        ev("2023-09-19-new-york-bin-farhan-bin-zayed-blinken", M, OCC, "2023-09", "New York",
           [FAISAL, BLINKEN, ABZ], [],
           "Faisal bin Farhan met US Secretary of State Antony Blinken and the UAE's Sheikh Abdullah"),
    ], ["Prince Khalid's 'post on X' (social-media post)",
        "'A further round is expected after consultations ... without giving a date' (vague)",
        "'made a private visit to Oman last week' (travel, no stated encounter)",
        "Grundberg 'said in a statement' and Abdulsalam 'wrote on X' (statement, post)",
        "'several rounds of back-channel contacts in Muscat this past year' (counted)",
        "RELATED: PLC chief-Saudi defence minister, Oman's sultan-Iranian FM (furniture)"]),

    # 007. Australian broadcaster's site, "Posted Mon 17 Jun 2024 at 7:52pm" (manifest 2024-06-17).
    # "on Monday" -> 17 Jun (Parliament House -> Canberra); "on Sunday" -> 16 Jun (Adelaide);
    # "on Thursday" -> 13 Jun (Wellington); "in November" -> 2023-11; "in March" -> 2024-03;
    # "on Tuesday" (future) -> 18 Jun in Perth; "on Wednesday" (future) -> 19 Jun, "to Malaysia"
    # (country; key uses the real venue). The lunch and the signing ceremony belong to the
    # leaders' meeting.
    ("007", "2024-06-17", False, [
        ev("2024-06-17-canberra-albanese-li", M, OCC, "2024-06-17", "Canberra", [ALBANESE, LI_QIANG], [],
           "Anthony Albanese has held talks with Chinese Premier Li Qiang at Parliament House in Canberra"),
        ev("2024-06-16-adelaide-li-malinauskas", M, OCC, "2024-06-16", "Adelaide",
           [MALINAUSKAS, LI_QIANG], [],
           "South Australian Premier Peter Malinauskas showed Mr Li around the city's zoo on Sunday"),
        ev("2024-06-13-wellington-li-luxon", M, OCC, "2024-06-13", "Wellington", [LI_QIANG, LUXON], [],
           "where he met Prime Minister Christopher Luxon in Wellington on Thursday"),
        ev("2023-11-06-beijing-albanese-xi", M, OCC, "2023-11", "Beijing", [ALBANESE, XI], [],
           "Mr Albanese met President Xi Jinping in Beijing in November"),
        ev("2024-03-20-canberra-wang-wong", M, OCC, "2024-03", "Canberra", [WONG, WANG_YI], [],
           "Penny Wong hosted Chinese Foreign Minister Wang Yi in Canberra in March"),
        ev("2024-06-18-perth-cook-li", M, PLN, "2024-06-18", "Perth", [LI_QIANG, COOK], [],
           "flies to Perth tonight and will meet West Australian Premier Roger Cook on Tuesday"),
        ev("2024-06-19-putrajaya-anwar-li", M, PLN, "2024-06-19", "Malaysia", [LI_QIANG, ANWAR], [],
           "travels on to Malaysia for talks with Prime Minister Anwar Ibrahim on Wednesday"),
    ], ["Chinese officials blocking Cheng Lei 'at a signing ceremony after the talks' (incident, same occasion)",
        "'cooperate where we can, disagree where we must' (statement)",
        "Dutton 'said the Coalition supported a stable relationship' (statement)",
        "'no plans at this stage' for an Albanese visit to China (negation)",
        "'touring a lithium refinery' (part of the planned Perth day, not a separate encounter)",
        "Related stories: 'Marles meets Chinese counterpart Dong Jun in Singapore' (furniture)"]),

    # 008. Senegalese news site, "Friday, 21 June 2024 | 10:05 GMT" (manifest 2024-06-21).
    # "on Thursday" / "Later on Thursday" / "In the evening" -> 20 Jun, all in Paris (four separate
    # encounters); "on April 18" explicit (shared with 014); "Two days later" -> 20 Apr; "next
    # month" -> 2024-07 (planned ECOWAS summit). The vaccine forum is only the backdrop of the
    # trip (a speech), not reported as a gathering.
    ("008", "2024-06-21", False, [
        ev("2024-06-20-paris-faye-macron", M, OCC, "2024-06-20", "Paris", [FAYE, MACRON], [],
           "was received by French President Emmanuel Macron at the Élysée Palace on Thursday"),
        ev("2024-06-20-paris-faye-kagame", M, OCC, "2024-06-20", "Paris", [FAYE, KAGAME], [],
           "Faye held a working session with Rwandan President Paul Kagame"),
        ev("2024-06-20-paris-diouf-faye", M, OCC, "2024-06-20", "Paris", [FAYE, DIOUF], [],
           "paid a courtesy call on former Senegalese president Abdou Diouf at his Paris home"),
        ev("2024-06-20-paris-faye-mushikiwabo", M, OCC, "2024-06-20", "Paris", [FAYE, MUSHIKIWABO], [],
           "In the evening he received Louise Mushikiwabo"),
        ev("2024-04-18-nouakchott-faye-ghazouani", M, OCC, "2024-04-18", "Nouakchott", [FAYE, GHAZOUANI], [],
           "His first trip abroad was to Nouakchott on April 18, where he met Mauritanian President"),
        ev("2024-04-20-banjul-barrow-faye", M, OCC, "2024-04-20", "Banjul", [FAYE, BARROW], [],
           "Two days later he was in Banjul for talks with Gambian President Adama Barrow"),
        ev("2024-07-07-abuja-ecowas", M, PLN, "2024-07", "Abuja", [FAYE], ["ECOWAS"],
           "Faye is also expected to attend the ECOWAS summit in Abuja next month"),
    ], ["Faye's 'speech at the forum' (speech; the forum is a backdrop)",
        "Sonko 'questioned in a speech last month' (speech)",
        "'There was no joint news conference' (negation)",
        "Macron 'congratulated Faye in a post on X' (social-media post)",
        "'a presidential trip to Dakar was \"not on the agenda for now\"' (negation)",
        "'He arrived on Wednesday and returns to Dakar on Friday' (travel)",
        "Read also: Sonko-Socialist delegation, Faye-Goita, Akufo-Addo (furniture)"]),

    # 009. Wire copy, dateline "QUITO, Sept 21, 2015 (LAN)" (manifest null; true date 2015-09-21,
    # a Monday). "on Monday" -> 21 Sep (Carondelet -> Quito); Correa and Vazquez "sat in on the
    # talks" (participants); "on Wednesday" (future) -> 23 Sep, no venue, groups only; "on
    # Sept. 12" and "on Aug. 26" explicit.
    ("009", "2015-09-21", True, [
        ev("2015-09-21-quito-correa-maduro-santos-vazquez", M, OCC, "2015-09-21", "Quito",
           [SANTOS, MADURO, CORREA, VAZQUEZ], [],
           "after more than five hours of talks at the Carondelet presidential palace"),
        ev("2015-09-23-colombia-venezuela", M, PLN, "2015-09-23", None, [], ["Colombia", "Venezuela"],
           "ministers from both governments will meet on Wednesday"),
        ev("2015-09-12-quito-holguin-nin-novoa-patino-rodriguez", M, OCC, "2015-09-12", "Quito",
           [HOLGUIN, DELCY, PATINO, NIN_NOVOA], [],
           "Delcy Rodriguez met in Quito on Sept. 12 with their Ecuadorean and Uruguayan counterparts"),
        ev("2015-08-26-cartagena-holguin-rodriguez", M, OCC, "2015-08-26", "Cartagena", [HOLGUIN, DELCY], [],
           "Holguin and Rodriguez had first sat down in Cartagena on Aug. 26"),
    ], ["'Correa read out a seven-point joint declaration' (statement)",
        "Maduro 'told reporters'; Santos 'arrived at the airport without speaking' (statement, travel)",
        "'sought a meeting of foreign ministers at the Organization of American States, but the request fell one vote short' (rejected proposal)",
        "'have spoken by phone several times since the crisis began' (counted)",
        "'did not say whether the two would meet again' (hypothetical)",
        "Related news: Maduro-Raul Castro, FARC talks, UNASUR ministers (furniture)"]),

    # 010. Egyptian daily's site, "Saturday, 21 October 2023 - 22:40" (manifest 2023-10-21).
    # "on Saturday" -> 21 Oct; "on Wednesday" -> 18 Oct (call, Tel Aviv, Scholz); "on Friday" ->
    # 20 Oct (Sunak); "last Sunday" -> 15 Oct (Sunday of the previous week); "in the afternoon"
    # after the summit -> 21 Oct. The summit keeps the named people the text places there,
    # including Bogdanov and Zhai (Russia and China are not added as groups).
    ("010", "2023-10-21", False, [
        ev("2023-10-21-cairo-summit-for-peace", M, OCC, "2023-10-21", "Cairo",
           [SISI, ABBAS, ABDULLAH_II, HAMAD, MELONI, MICHEL, GUTERRES, BOGDANOV, ZHAI], [],
           "senior officials from some 30 countries met in Cairo on Saturday at a summit"),
        ev("2023-10-18-biden-el-sisi-call", C, OCC, "2023-10-18", None, [BIDEN, SISI], [],
           "Joe Biden and El-Sisi discussed the crossing in a phone call"),
        ev("2023-10-18-tel-aviv-biden-netanyahu", M, OCC, "2023-10-18", "Tel Aviv", [BIDEN, NETANYAHU], [],
           "Biden had met Israeli Prime Minister Benjamin Netanyahu in Tel Aviv"),
        ev("2023-10-20-cairo-el-sisi-sunak", M, OCC, "2023-10-20", "Cairo", [SUNAK, SISI], [],
           "Rishi Sunak held talks with him in Cairo on Friday"),
        ev("2023-10-18-cairo-el-sisi-scholz", M, OCC, "2023-10-18", "Cairo", [SCHOLZ, SISI], [],
           "Olaf Scholz was received by El-Sisi in Cairo on Wednesday"),
        ev("2023-10-15-cairo-blinken-el-sisi", M, OCC, "2023-10-15", "Cairo", [BLINKEN, SISI], [],
           "Antony Blinken met El-Sisi in Cairo last Sunday"),
        ev("2023-10-21-tel-aviv-meloni-netanyahu", M, OCC, "2023-10-21", "Tel Aviv", [MELONI, NETANYAHU], [],
           "Meloni flew to Tel Aviv, where she met Netanyahu in the afternoon"),
    ], ["'A four-way summit in Amman ... was called off' (cancelled)",
        "Guterres 'had visited the Rafah crossing, where he inspected trucks' (visit, no encounter)",
        "El-Sisi's opening speech and Abbas's words (speeches)",
        "'Israel was not represented and no senior US official attended' (negation)",
        "'El-Sisi has received a stream of visitors this week' (vague summary)",
        "The presidency's own statement (statement)",
        "Related: Sisi-Qatari emir, Shoukry-Cleverly call, Erdogan-Sisi call (furniture)"]),

    # 011. Brazilian English-language site, "Tuesday, March 19, 2019 | 21:15 BRT" (manifest
    # 2019-03-19). "on Tuesday" -> 19 Mar; "on Sunday" -> 17 Mar; "On Monday" / "In the afternoon"
    # -> 18 Mar; "in October" -> 2018-10 (call); "on Nov. 29" and "on Jan. 2" explicit; "On Friday"
    # (future) -> 22 Mar; "At the end of the month" -> 2019-03, "to Israel" (country). Eduardo
    # "sat in" (participant); Araujo "was left waiting outside" (not a participant). The Sunday
    # dinner names the host and two guests.
    ("011", "2019-03-19", False, [
        ev("2019-03-19-washington-bolsonaro-trump", M, OCC, "2019-03-19", "Washington",
           [BOLSONARO, TRUMP, EDUARDO], [],
           "President Jair Bolsonaro met U.S. President Donald Trump in the Oval Office on Tuesday"),
        ev("2018-10-28-bolsonaro-trump-call", C, OCC, "2018-10", None, [TRUMP, BOLSONARO], [],
           "Trump telephoned Bolsonaro on election night in October to congratulate him"),
        ev("2018-11-29-rio-de-janeiro-bolsonaro-bolton", M, OCC, "2018-11-29", "Rio de Janeiro",
           [BOLTON, BOLSONARO], [],
           "to meet the president-elect at his home in Rio de Janeiro on Nov. 29"),
        ev("2019-01-02-brasilia-bolsonaro-pompeo", M, OCC, "2019-01-02", "Brasilia", [POMPEO, BOLSONARO], [],
           "Mike Pompeo held talks with Bolsonaro in Brasília on Jan. 2"),
        ev("2019-03-17-washington-bannon-bolsonaro-de-carvalho", M, OCC, "2019-03-17", "Washington",
           [BOLSONARO, AMARAL, BANNON, OLAVO], [],
           "began on Sunday with a dinner at the residence of Ambassador Sérgio Amaral"),
        ev("2019-03-18-washington-bolsonaro-paulson", M, OCC, "2019-03-18", "Washington",
           [BOLSONARO, PAULSON], [],
           "In the afternoon he met former U.S. Treasury Secretary Henry Paulson"),
        ev("2019-03-22-santiago-prosur", M, PLN, "2019-03-22", "Santiago", [BOLSONARO, PINERA], ["Prosur"],
           "On Friday he is due in Santiago, where Chilean President Sebastián Piñera will host"),
        ev("2019-03-31-jerusalem-bolsonaro-netanyahu", M, PLN, "2019-03", "Israel",
           [BOLSONARO, NETANYAHU], [],
           "he travels to Israel for talks with Prime Minister Benjamin Netanyahu"),
    ], ["'news conference in the Rose Garden' (press conference)",
        "Araujo 'was left waiting outside' (not present)",
        "'the first time the two presidents had met in person' (negation of earlier meetings)",
        "'unannounced stop at CIA headquarters in Langley' (visit, no stated encounter)",
        "'addressing business leaders at the U.S. Chamber of Commerce' and 'an interview to Fox News'",
        "'No trade agreement was signed' (negation); 'flies home on Wednesday' (travel)",
        "Related: 'Araujo meets Pompeo at State Department', 'Guedes meets IMF's Lagarde' (furniture)"]),

    # 012. Government press release, "Press Release No. 41/2024, Islamabad, 29 January 2024"
    # (manifest null; true date 2024-01-29, a Monday). "late last night" -> 28 Jan (Nur Khan
    # Airbase, Rawalpindi); "Today" / "Earlier in the day" -> 29 Jan; "of 19 January", "on 17
    # January", "on 15 January" explicit. "delegation-level talks" gives the groups. "The Foreign
    # Minister had earlier received" = Jilani; "at the Ministry" -> Islamabad.
    ("012", "2024-01-29", True, [
        ev("2024-01-29-islamabad-amir-abdollahian-jilani", M, OCC, "2024-01-29", "Islamabad",
           [JILANI, AMIR_ABDOLLAHIAN], ["Pakistan", "Iran"],
           "Foreign Minister Jilani and Foreign Minister Amir-Abdollahian held delegation-level talks at the Ministry"),
        ev("2024-01-28-rawalpindi-amir-abdollahian-hayat", M, OCC, "2024-01-28", "Rawalpindi",
           [AMIR_ABDOLLAHIAN, HAYAT], [],
           "arrived late last night at Nur Khan Airbase, Rawalpindi, where he was received"),
        ev("2024-01-19-amir-abdollahian-jilani-call", C, OCC, "2024-01-19", None,
           [JILANI, AMIR_ABDOLLAHIAN], [],
           "The Foreign Ministers recalled their telephone conversation of 19 January"),
        ev("2024-01-17-amir-abdollahian-jilani-call", C, OCC, "2024-01-17", None,
           [AMIR_ABDOLLAHIAN, JILANI], [],
           "the earlier call placed by Foreign Minister Amir-Abdollahian on 17 January"),
        ev("2024-01-29-islamabad-amir-abdollahian-kakar", M, OCC, "2024-01-29", "Islamabad",
           [AMIR_ABDOLLAHIAN, KAKAR], [],
           "Amir-Abdollahian also called on Caretaker Prime Minister Anwaar-ul-Haq Kakar at the Prime Minister's Office"),
        ev("2024-01-29-rawalpindi-amir-abdollahian-munir", M, OCC, "2024-01-29", "Rawalpindi",
           [AMIR_ABDOLLAHIAN, MUNIR], [],
           "called on Chief of Army Staff General Syed Asim Munir at GHQ, Rawalpindi"),
        ev("2024-01-15-islamabad-jilani-qomi", M, OCC, "2024-01-15", "Islamabad", [JILANI, QOMI], [],
           "received Iran's Special Representative for Afghanistan, Ambassador Hassan Kazemi Qomi, at the Ministry"),
    ], ["'to hold the next round of bilateral political consultations in Tehran' (no date, vague)",
        "'their Foreign Secretaries would remain in close contact' (habitual)",
        "'extended an invitation to him [Raisi] to visit Pakistan' (invitation, not accepted)",
        "'addressed a joint press stakeout' (press conference)",
        "'deployment of liaison officers in Turbat and Zahedan' (arrangement, not a meeting)",
        "Related press releases: Jilani-Turkish counterpart, Foreign Secretary-Chinese ambassador (furniture)"]),

    # 013. UK broadcaster's site, "27 February 2025, 22:48 GMT" (manifest 2025-02-27, a Thursday).
    # "on Thursday" -> 27 Feb (Lammy, Mandelson and Vance present); "on Monday" -> 24 Feb; "on
    # Friday" (future) -> 28 Feb (planned; shared with 000 where it occurred); "in January" ->
    # 2025-01; "last September" -> 2024-09 (Trump Tower -> New York). Zelenskyy is spelt
    # "Zelensky".
    ("013", "2025-02-27", False, [
        ev("2025-02-27-washington-starmer-trump", M, OCC, "2025-02-27", "Washington",
           [STARMER, TRUMP, LAMMY, MANDELSON, VANCE], [],
           "Sir Keir Starmer met President Donald Trump at the White House on Thursday"),
        ev("2025-02-24-washington-macron-trump", M, OCC, "2025-02-24", "Washington", [MACRON, TRUMP], [],
           "French President Emmanuel Macron held talks with Mr Trump at the White House on Monday"),
        ev("2025-02-28-washington-trump-zelenskyy", M, PLN, "2025-02-28", "Washington", [ZELENSKYY, TRUMP], [],
           "Volodymyr Zelensky is due to meet Mr Trump at the White House on Friday"),
        ev("2025-01-16-kyiv-starmer-zelenskyy", M, OCC, "2025-01", "Kyiv", [STARMER, ZELENSKYY], [],
           "Sir Keir visited Kyiv in January and met Mr Zelensky"),
        ev("2024-09-26-new-york-starmer-trump", M, OCC, "2024-09", "New York", [STARMER, TRUMP], [],
           "over dinner at Trump Tower in New York last September"),
    ], ["'The prime minister and I have met twice before' (counted)",
        "'told a cabinet meeting on Wednesday' (internal to one government)",
        "'the King suggested the two could meet beforehand in Scotland' (hypothetical)",
        "'No date has been set for the state visit' (vague)",
        "'a press conference in the East Room' (press conference)",
        "'flies back to London overnight' (travel)",
        "More on this story: 'Lammy meets Rubio ahead of Starmer visit' (furniture)"]),

    # 014. E-mail newsletter, "Date: Thu, 10 Jul 2025 07:00:00 +0000" / "Thursday 10 July 2025"
    # (manifest 2025-07-10). "on Wednesday" -> 9 Jul (State Dining Room -> Washington); "on June 27"
    # and "on June 22" explicit; "in April last year" -> 2024-04 (shared with 008, full date
    # there). The DRC-Rwanda signing "in the presence of" Rubio is one meeting.
    ("014", "2025-07-10", False, [
        ev("2025-07-09-washington-boakai-embalo-faye-ghazouani-oligui-nguema-trump", M, OCC, "2025-07-09",
           "Washington", [TRUMP, BOAKAI, FAYE, GHAZOUANI, EMBALO, OLIGUI], [],
           "hosted five West African heads of state for lunch in the State Dining Room"),
        ev("2025-06-27-washington-kayikwamba-wagner-nduhungirehe-rubio", M, OCC, "2025-06-27", "Washington",
           [KAYIKWAMBA, NDUHUNGIREHE, RUBIO], [],
           "signed in Washington on June 27 in the presence of Secretary of State Marco Rubio"),
        ev("2024-04-18-nouakchott-faye-ghazouani", M, OCC, "2024-04", "Nouakchott", [FAYE, GHAZOUANI], [],
           "in April last year, was to Nouakchott to see Ghazouani"),
        ev("2025-06-22-abuja-ecowas", M, OCC, "2025-06-22", "Abuja",
           [BOAKAI, FAYE, EMBALO, TINUBU, BIO], ["ECOWAS"],
           "were also together in Abuja on June 22 for the ECOWAS summit"),
    ], ["'Each leader spoke in turn in front of the cameras' (remarks inside the lunch)",
        "'would stay on for meetings with administration officials until Friday' (vague, unnamed)",
        "Trump 'would like to visit Africa \"at some point\"' (hypothetical)",
        "Mahama 'was not among the guests, and no meeting with him is planned' (negation)",
        "'a wider US-Africa leaders' summit could be held later this year' (hypothetical)",
        "Sponsored line and subscription footer (furniture)"]),
]


def main():
    with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as g, \
         open(os.path.join(HERE, "manifest.jsonl"), "w", encoding="utf-8") as m:
        for aid, pub, hide, events, _traps in ARTICLES:
            g.write(json.dumps({"id": aid, "published": pub, "events": events}, ensure_ascii=False) + "\n")
            m.write(json.dumps({"id": aid, "published": None if hide else pub}, ensure_ascii=False) + "\n")
    n = sum(len(a[3]) for a in ARTICLES)
    print(f"wrote {len(ARTICLES)} articles, {n} gold events")


if __name__ == "__main__":
    main()
