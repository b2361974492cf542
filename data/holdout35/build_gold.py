#!/usr/bin/env python3
"""Generate gold.jsonl and manifest.jsonl for the holdout35 BLIND held-out corpus.

Run:  python3 data/holdout35/build_gold.py   then   python3 data/eval/validate.py data/holdout35
Each entry gives a page's true publication date, whether the manifest hides it, its gold
events, and (for documentation only) the traps it contains that must NOT be extracted.

holdout35 is a BLIND held-out set: the developers of dossier must not read its pages, its
gold or this file. It is scored only in aggregate.

Fifteen real main occasions, all from 2022-2025 (background events go back to 2004):
Africa (Dagalo's regional tour, Ruto's state visit to Washington), Europe (Orban in Moscow,
Fico in Moscow, the Lviv trilateral), the Middle East and China (Xi-Assad in Hangzhou, the
Paris hostage talks), South and East Asia (Rajnath Singh in Qingdao, Jaishankar in Beijing,
Marcos at the White House), Latin America (Arevalo at the White House, Blinken in Buenos
Aires), Oceania (CHOGM in Apia, Manele in Beijing) and Turkey-Israel (Erdogan-Netanyahu in
New York).

Thirteen pages are ordinary modern online news; two are unusual layouts (a live blog, 004;
an e-mail newsletter, 010).

Three pages have no date in the manifest, and each prints one: 003 (site header "Monday,
23 December 2024 | 09:10 CET"), 008 ("Updated: July 14, 2025 22:40 IST") and 011 (masthead
"Monday, July 15, 2024").

Three real events are reported by two pages under the same key:
  2024-01-03-nairobi-dagalo-ruto     000 (main occasion) and 001 (background, month only)
  2024-07-05-moscow-orban-putin      002 (main occasion) and 003 (background, month only)
  2025-06-26-qingdao-dong-singh      007 (main occasion) and 008 (background, month only)
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

# canonical names
RUTO, DAGALO, MUSEVENI, ABIY, GUELLEH, HAMDOK, RAMAPHOSA = (
    "William Ruto", "Mohamed Hamdan Dagalo", "Yoweri Museveni", "Abiy Ahmed",
    "Ismail Omar Guelleh", "Abdalla Hamdok", "Cyril Ramaphosa")
BIDEN, JILL_BIDEN, BLINKEN = "Joe Biden", "Jill Biden", "Antony Blinken"
ORBAN, PUTIN, SZIJJARTO, ZELENSKYY = (
    "Viktor Orban", "Vladimir Putin", "Peter Szijjarto", "Volodymyr Zelenskyy")
FICO, USHAKOV, SHMYHAL = "Robert Fico", "Yuri Ushakov", "Denys Shmyhal"
ERDOGAN, GUTERRES = "Recep Tayyip Erdogan", "Antonio Guterres"
XI, PENG, ASSAD, MEKDAD, HU, WANG = (
    "Xi Jinping", "Peng Liyuan", "Bashar al-Assad", "Faisal Mekdad", "Hu Jintao", "Wang Yi")
BURNS, BARNEA, MBAR, KAMEL, BAR, TAMIM, SISI = (
    "William Burns", "David Barnea", "Mohammed bin Abdulrahman Al Thani", "Abbas Kamel",
    "Ronen Bar", "Tamim bin Hamad Al Thani", "Abdel Fattah el-Sisi")
SINGH, DONG, BELOUSOV, KHRENIN, ASIF = (
    "Rajnath Singh", "Dong Jun", "Andrey Belousov", "Viktor Khrenin", "Khawaja Asif")
JAISHANKAR, HAN, MODI, DOVAL, DAR = (
    "S. Jaishankar", "Han Zheng", "Narendra Modi", "Ajit Doval", "Ishaq Dar")
HARRIS, AREVALO, MAYORKAS, GIAMMATTEI = (
    "Kamala Harris", "Bernardo Arevalo", "Alejandro Mayorkas", "Alejandro Giammattei")
CHARLES, FIAME, STARMER, ALBANESE, LUXON = (
    "Charles III", "Fiame Naomi Mata'afa", "Keir Starmer", "Anthony Albanese", "Christopher Luxon")
MANELE, LI_QIANG, SOGAVARE = "Jeremiah Manele", "Li Qiang", "Manasseh Sogavare"
MARCOS, AUSTIN = "Ferdinand Marcos Jr.", "Lloyd Austin"
MILEI, MONDINO, POSSE, CAPUTO, LULA, GOPINATH = (
    "Javier Milei", "Diana Mondino", "Nicolas Posse", "Luis Caputo",
    "Luiz Inacio Lula da Silva", "Gita Gopinath")
NETANYAHU, FIDAN, BAYRAKTAR, KALIN, HERZOG, LAPID, SCHOLZ, MUSK = (
    "Benjamin Netanyahu", "Hakan Fidan", "Alparslan Bayraktar", "Ibrahim Kalin", "Isaac Herzog",
    "Yair Lapid", "Olaf Scholz", "Elon Musk")

SCO = ["Shanghai Cooperation Organisation"]
COMMONWEALTH = ["Commonwealth"]


def ev(key, kind, status, date, location, participants, groups, evidence, date_end=None):
    e = {"key": key, "kind": kind, "status": status, "date": date}
    if date_end:
        e["date_end"] = date_end
    e.update({"location": location, "participants": participants, "groups": groups,
              "evidence": evidence})
    return e


M, C, OCC, PLN = "meeting", "call", "occurred", "planned"

ARTICLES = [
    # 000. Wire copy, "January 3, 2024 7:42 PM GMT+3", dateline "NAIROBI, Jan 3 (EAW)" (a
    # Wednesday). "on Wednesday" -> 3 Jan; "on Dec. 27" -> 2023-12-27; "the following day" ->
    # 28 Dec; "on Sunday" (past) -> 31 Dec; "On Tuesday" -> 2 Jan (Addis Ababa, "the Ethiopian
    # capital"); "on Thursday" (future) -> 4 Jan. The Hamdok signing: the two leaders sign for
    # the RSF and Taqaddum themselves, so no groups.
    ("000", "2024-01-03", False, [
        ev("2024-01-03-nairobi-dagalo-ruto", M, OCC, "2024-01-03", "Nairobi", [RUTO, DAGALO], [],
           "Kenyan President William Ruto received Sudan's paramilitary commander Mohamed Hamdan Dagalo at State House"),
        ev("2023-12-27-kampala-dagalo-museveni", M, OCC, "2023-12-27", "Kampala", [MUSEVENI, DAGALO], [],
           "The tour began on Dec. 27 in Kampala, where Ugandan President Yoweri Museveni hosted him"),
        ev("2023-12-28-addis-ababa-abiy-dagalo", M, OCC, "2023-12-28", "Addis Ababa", [DAGALO, ABIY], [],
           "Dagalo flew to Addis Ababa the following day for talks with Ethiopian Prime Minister Abiy"),
        ev("2023-12-31-djibouti-dagalo-guelleh", M, OCC, "2023-12-31", "Djibouti", [DAGALO, GUELLEH], [],
           "was received in Djibouti on Sunday by President Ismail Omar Guelleh, who currently chairs IGAD"),
        ev("2024-01-02-addis-ababa-dagalo-hamdok", M, OCC, "2024-01-02", "Addis Ababa", [DAGALO, HAMDOK], [],
           "Abdalla Hamdok, who leads the civilian coalition Taqaddum, signed a declaration committing the RSF"),
        ev("2024-01-04-pretoria-dagalo-ramaphosa", M, PLN, "2024-01-04", "Pretoria", [DAGALO, RAMAPHOSA], [],
           "Dagalo is expected in Pretoria on Thursday for talks with President Cyril Ramaphosa"),
    ], ["'Ruto said in a post on X' / 'Dagalo said he had briefed' (social media, statement)",
        "'A news conference he was due to give in Nairobi afterwards was called off' (press conference, cancelled)",
        "'IGAD had planned to bring Dagalo and ... al-Burhan together in Djibouti on Dec. 28, but that meeting was pushed back' (postponed)",
        "'The two generals have not met since the fighting began' (negation)",
        "'Sudan's foreign ministry said in a statement' / 'In a speech to troops on Tuesday, Burhan said' (statement, speech)",
        "'Kenya has hosted several rounds of consultations' (counted)",
        "Related coverage: 'IGAD leaders meet in Djibouti', 'Burhan visits Asmara for talks with Isaias'; Most read: 'Museveni receives DRC's Tshisekedi' (furniture)"]),

    # 001. Kenyan broadcaster's site, "Published Friday, May 24, 2024 · 06:35 EAT". "on Thursday"
    # -> 23 May (Oval Office talks; the state dinner the same evening is the same occasion, not a
    # second event). "in January" -> 2024-01 (shared with 000). "last September" -> 2023-09 (New
    # York); "in March" -> 2024-03 (call); "in February last year" -> 2023-02 (Jill Biden seen
    # off at the Nairobi airport).
    ("001", "2024-05-24", False, [
        ev("2024-05-23-washington-biden-ruto", M, OCC, "2024-05-23", "Washington", [RUTO, BIDEN], [],
           "William Ruto and US President Joe Biden held talks at the White House on Thursday"),
        ev("2024-01-03-nairobi-dagalo-ruto", M, OCC, "2024-01", "Nairobi", [RUTO, DAGALO], [],
           "when he hosted Sudanese paramilitary leader Mohamed Hamdan Dagalo in Nairobi"),
        ev("2023-09-21-new-york-blinken-ruto", M, OCC, "2023-09", "New York", [BLINKEN, RUTO], [],
           "Secretary of State Antony Blinken held talks with him in New York last September"),
        ev("2024-03-blinken-ruto-call", C, OCC, "2024-03", None, [BLINKEN, RUTO], [],
           "the two spoke by phone in March as the Haiti deployment stalled"),
        ev("2023-02-26-nairobi-biden-ruto", M, OCC, "2023-02", "Nairobi", [JILL_BIDEN, RUTO], [],
           "Ruto saw her off at the airport in Nairobi at the end of her trip"),
    ], ["'a joint news conference in the East Room' (press conference)",
        "'Biden said he planned to travel to the continent in February \"after I'm re-elected\"' (conditional)",
        "'toured the Carter Center and Emory University' (travel, no encounter)",
        "'Cabinet met on Tuesday under Deputy President Rigathi Gachagua' (internal)",
        "Read more: 'Ruto meets Kenyan diaspora in Atlanta', 'Mudavadi holds talks with Blinken'; Trending now: 'Tanzania's Samia hosts Ruto' (furniture)"]),

    # 002. Wire copy, "July 5, 2024 6:58 PM GMT+2", dateline "MOSCOW, July 5 (ENW)" (a Friday).
    # "on Friday" -> 5 Jul; "on Tuesday" (Kyiv, "there") -> 2 Jul; "in October" -> 2023-10
    # (Beijing); "on Saturday" -> 6 Jul (Shusha); "next week" -> 2024-07 (Washington, NATO).
    # Szijjarto "accompanied" Orban: participant.
    ("002", "2024-07-05", False, [
        ev("2024-07-05-moscow-orban-putin", M, OCC, "2024-07-05", "Moscow", [ORBAN, PUTIN, SZIJJARTO], [],
           "Viktor Orban held talks with Russian President Vladimir Putin in the Kremlin on Friday"),
        ev("2024-07-02-kyiv-orban-zelenskyy", M, OCC, "2024-07-02", "Kyiv", [ORBAN, ZELENSKYY], [],
           "meeting President Volodymyr Zelenskiy there on Tuesday and urging him to consider a quick ceasefire"),
        ev("2023-10-17-beijing-orban-putin", M, OCC, "2023-10", "Beijing", [ORBAN, PUTIN], [],
           "Orban and Putin last met in Beijing in October, on the sidelines of China's Belt"),
        ev("2024-07-06-shusha-orban", M, PLN, "2024-07-06", "Shusha", [ORBAN], ["Organisation of Turkic States"],
           "flies to Azerbaijan on Saturday for an informal summit of the Organisation of Turkic States"),
        ev("2024-07-09-washington-orban", M, PLN, "2024-07", "Washington", [ORBAN], ["NATO"],
           "is due in Washington next week for the NATO summit"),
    ], ["'called the visit a step in a \"peace mission\" in a post on X' (social media)",
        "'Speaking to reporters alongside his guest after the talks, Putin said' (press appearance)",
        "'Zelenskiy's office said the Ukrainian leader had rejected the idea' (statement)",
        "'Charles Michel wrote on X' / 'von der Leyen called the trip appeasement' / 'Peskov said' (statements)",
        "'Orban has met Putin more than a dozen times since returning to power in 2010' (counted)",
        "'no plans for EU ambassadors to discuss the trip before Monday' (negation, internal to the EU)",
        "Read also: 'Erdogan hosts Aliyev ahead of Turkic summit'; Most read: 'Scholz and Tusk hold talks on border controls' (furniture)"]),

    # 003. Slovak English-language site, header "Monday, 23 December 2024 | 09:10 CET"
    # (manifest null). "on Sunday" -> 22 Dec; "on Thursday" -> 19 Dec (EU summit in Brussels,
    # Zelensky "joined them"); "in July" -> 2024-07 (shared with 002); "earlier this month" ->
    # 2024-12 (Orban-Putin call, 11 Dec); "in October" -> 2024-10 ("outside Uzhhorod").
    ("003", "2024-12-23", True, [
        ev("2024-12-22-moscow-fico-putin", M, OCC, "2024-12-22", "Moscow", [FICO, PUTIN, USHAKOV], [],
           "Prime Minister Robert Fico met Russian President Vladimir Putin in the Kremlin on Sunday"),
        ev("2024-12-19-brussels-european-council", M, OCC, "2024-12-19", "Brussels", [ZELENSKYY],
           ["European Union"], "EU leaders met in Brussels on Thursday for their last summit of the year"),
        ev("2024-07-05-moscow-orban-putin", M, OCC, "2024-07", "Moscow", [ORBAN, PUTIN], [],
           "Hungary's Viktor Orbán held talks with Putin in Moscow in July"),
        ev("2024-12-11-orban-putin-call", C, OCC, "2024-12", None, [ORBAN, PUTIN], [],
           "the two spoke by phone earlier this month"),
        ev("2024-10-07-uzhhorod-fico-shmyhal", M, OCC, "2024-10", "Uzhhorod", [FICO, SHMYHAL], [],
           "Fico and Ukrainian Prime Minister Denys Shmyhal last met in October"),
    ], ["'In a video posted on Facebook after the meeting, Fico said' (social media)",
        "'no joint statement would be issued' (statement)",
        "'Fico has met Putin several times during his earlier terms in office' (counted)",
        "'Michal Simecka said' / 'Zelensky wrote on X' (statement, social media)",
        "'informed EU partners through diplomatic channels' (no encounter)",
        "Most read: 'Slovak and Hungarian foreign ministers meet in Komarno'; Related articles: 'Fico and Shmyhal agree on joint projects at Uzhhorod session' (furniture)"]),

    # 004. Live blog, "Thursday 18 August 2022 · Last updated 20:47 EEST" (Lviv). Three
    # encounters the same day in Lviv: the trilateral (16:40), Erdogan-Zelenskyy one-on-one and
    # Guterres-Zelenskyy separately (15:10). "on 5 August" -> 2022-08-05 (Sochi); "on 26 April"
    # -> 2022-04-26 (Moscow); "two days later" -> 2022-04-28 (Kyiv).
    ("004", "2022-08-18", False, [
        ev("2022-08-18-lviv-erdogan-guterres-zelenskyy", M, OCC, "2022-08-18", "Lviv",
           [ZELENSKYY, ERDOGAN, GUTERRES], [],
           "Zelenskyy, Erdogan and Guterres have sat down together for their trilateral meeting"),
        ev("2022-08-18-lviv-erdogan-zelenskyy", M, OCC, "2022-08-18", "Lviv", [ERDOGAN, ZELENSKYY], [],
           "Erdogan and Zelenskyy have finished their one-on-one talks"),
        ev("2022-08-18-lviv-guterres-zelenskyy", M, OCC, "2022-08-18", "Lviv", [GUTERRES, ZELENSKYY], [],
           "Guterres had seen Zelenskyy separately in the early afternoon, a UN spokesperson said"),
        ev("2022-08-05-sochi-erdogan-putin", M, OCC, "2022-08-05", "Sochi", [ERDOGAN, PUTIN], [],
           "on 5 August, he held four hours of talks with Vladimir Putin in Sochi"),
        ev("2022-04-26-moscow-guterres-putin", M, OCC, "2022-04-26", "Moscow", [GUTERRES, PUTIN], [],
           "when he met Putin in Moscow on 26 April"),
        ev("2022-04-28-kyiv-guterres-zelenskyy", M, OCC, "2022-04-28", "Kyiv", [GUTERRES, ZELENSKYY], [],
           "and Zelenskyy in Kyiv two days later"),
    ], ["'Guterres will travel to Odesa on Friday ... and on Saturday to Istanbul, where he will visit the Joint Coordination Centre' (travel, no encounter)",
        "'At a joint press conference' (press conference)",
        "'rejected a UN proposal to demilitarise the area' (rejected proposal)",
        "'Erdogan has arrived in Lviv by road after flying into Rzeszow' (travel)",
        "'a meeting between Putin and Zelenskyy would only be possible once negotiators had prepared an agreement' (hypothetical)",
        "'regional governor Oleh Syniehubov said on Telegram' (social media)",
        "Related stories: 'Shoigu and Akar discuss grain corridor in phone call', 'Macron to raise nuclear plant with Putin' (furniture)"]),

    # 005. Agency item, "Source: Levant Press Agency | 2023-09-22 19:48:10", dateline "HANGZHOU,
    # China, Sept. 22". "on Friday" -> 22 Sep (Mekdad "attended the talks"); "on Saturday"
    # (future) -> 23 Sep, the welcome banquet in Hangzhou (planned); "in June 2004" -> 2004-06;
    # "in July 2021" -> 2021-07; "in March" -> 2023-03.
    ("005", "2023-09-22", False, [
        ev("2023-09-22-hangzhou-al-assad-xi", M, OCC, "2023-09-22", "Hangzhou", [XI, ASSAD, MEKDAD], [],
           "Chinese President Xi Jinping held talks with Syrian President Bashar al-Assad in the eastern city"),
        ev("2023-09-23-hangzhou-al-assad-xi", M, PLN, "2023-09-23", "Hangzhou", [XI, PENG, ASSAD], [],
           "will host a welcome banquet on Saturday for foreign leaders attending the opening"),
        ev("2004-06-22-beijing-al-assad-hu", M, OCC, "2004-06", "Beijing", [ASSAD, HU], [],
           "On his first, in June 2004, he held talks with then-President Hu Jintao in Beijing"),
        ev("2021-07-17-damascus-al-assad-wang", M, OCC, "2021-07", "Damascus", [WANG, ASSAD], [],
           "meeting Assad in Damascus in July 2021"),
        ev("2023-03-15-moscow-al-assad-putin", M, OCC, "2023-03", "Moscow", [ASSAD, PUTIN], [],
           "in March he held talks with Russian President Vladimir Putin in Moscow"),
    ], ["'Assad landed in Hangzhou on Thursday aboard an Air China flight' (travel)",
        "'according to Chinese state media' / 'remarks carried by Syrian television' (statements)",
        "'Syria was readmitted to the Arab League in May' (no encounter)",
        "'a US State Department spokesperson said' (statement)",
        "'China has vetoed Security Council resolutions on Syria several times since 2011' (counted)",
        "'Assad has not visited a Western capital since the war began' (negation)",
        "Related: 'Xi meets Cambodian King Norodom Sihamoni', 'Mekdad holds talks with Wang Yi in New York'; Most Viewed: 'Mikati meets Hochstein' (furniture)"]),

    # 006. Gulf news site, "Monday, January 29, 2024 | 13:05 GST". "on Sunday" -> 28 Jan
    # (Paris; the four countries' "officials" are groups, Ronen Bar "also attended"); "on Dec.
    # 18" -> 2023-12-18 (Warsaw); "three days after" -> 15 Dec, "in a European capital" (no
    # city: location null); "on Nov. 28" -> 2023-11-28 (Doha, "attended by Egyptian officials");
    # "on Friday" -> 26 Jan, two separate calls.
    ("006", "2024-01-29", False, [
        ev("2024-01-28-paris-al-thani-bar-barnea-burns-kamel", M, OCC, "2024-01-28", "Paris",
           [BURNS, BARNEA, MBAR, KAMEL, BAR], ["United States", "Israel", "Qatar", "Egypt"],
           "Senior US, Israeli, Qatari and Egyptian officials met in Paris on Sunday"),
        ev("2023-12-18-warsaw-al-thani-barnea-burns", M, OCC, "2023-12-18", "Warsaw", [BURNS, BARNEA, MBAR], [],
           "Burns, Barnea and Sheikh Mohammed had last met in Warsaw on Dec. 18"),
        ev("2023-12-15-al-thani-barnea", M, OCC, "2023-12-15", None, [BARNEA, MBAR], [],
           "three days after Barnea had seen the Qatari premier separately in a European capital"),
        ev("2023-11-28-doha-al-thani-barnea-burns", M, OCC, "2023-11-28", "Doha", [BURNS, BARNEA, MBAR],
           ["Egypt"], "An earlier meeting in Doha on Nov. 28, attended by Egyptian officials"),
        ev("2024-01-26-al-thani-biden-call", C, OCC, "2024-01-26", None, [BIDEN, TAMIM], [],
           "US President Joe Biden spoke by phone on Friday separately with Qatar's Emir"),
        ev("2024-01-26-biden-el-sisi-call", C, OCC, "2024-01-26", None, [BIDEN, SISI], [],
           "and with Egyptian President Abdel Fattah al-Sisi about the hostage effort"),
    ], ["'Netanyahu described the talks as constructive' / 'Hamas said it had not yet received any offer' (statements)",
        "'Israel's war cabinet was due to discuss the proposal on Monday evening' (internal)",
        "'The same group has met in various combinations since the war began' (counted)",
        "'Brett McGurk travelled to Cairo and Doha last week' (travel, no encounter)",
        "'Blinken is expected to return to the region soon' (travel, vague)",
        "Related stories: 'Qatar's Sheikh Mohammed meets Sullivan at the White House', 'Egypt's Sisi receives Hamas delegation chief' (furniture)"]),

    # 007. Indian daily's site, "Updated: June 27, 2025, 08:15 IST", dateline "QINGDAO" (page
    # date a Friday). "on Thursday evening" -> 26 Jun; the two-day SCO defence ministers'
    # meeting "which ended on Thursday" -> 25-26 Jun (Dong hosted, Khawaja Asif "also attended");
    # "separate meetings on Thursday" -> two events (Qingdao by the dateline); "in November" ->
    # 2024-11 (Vientiane).
    ("007", "2025-06-27", False, [
        ev("2025-06-26-qingdao-dong-singh", M, OCC, "2025-06-26", "Qingdao", [SINGH, DONG], [],
           "Defence Minister Rajnath Singh held talks with Chinese Defence Minister Admiral Dong Jun"),
        ev("2025-06-25-qingdao-sco-defence-ministers", M, OCC, "2025-06-25", "Qingdao", [DONG, SINGH, ASIF], SCO,
           "the two-day meeting of Shanghai Cooperation Organisation (SCO) defence ministers, which Dong hosted",
           date_end="2025-06-26"),
        ev("2025-06-26-qingdao-belousov-singh", M, OCC, "2025-06-26", "Qingdao", [SINGH, BELOUSOV], [],
           "Singh also held separate meetings on Thursday with Russia's Andrei Belousov and Belarus's Viktor Khrenin"),
        ev("2025-06-26-qingdao-khrenin-singh", M, OCC, "2025-06-26", "Qingdao", [SINGH, KHRENIN], [],
           "Singh also held separate meetings on Thursday with Russia's Andrei Belousov and Belarus's Viktor Khrenin"),
        ev("2024-11-20-vientiane-dong-singh", M, OCC, "2024-11", "Vientiane", [SINGH, DONG], [],
           "The two ministers last met in November in Vientiane"),
    ], ["'there was no meeting between him and Singh' (negation)",
        "'Singh refused to endorse the SCO joint statement' / 'In his address to the conclave' (statement, speech)",
        "'Singh wrote on X after the talks' (social media)",
        "'Singh and his Chinese counterparts have met several times since the 2020 standoff' (counted)",
        "'the two ministers agreed to continue consultations at various levels' (vague intention)",
        "ALSO READ: 'Doval meets Wang Yi in Beijing', 'Jaishankar to attend Quad foreign ministers' meeting' (furniture)"]),

    # 008. Indian broadcaster's site, "Updated: July 14, 2025 22:40 IST" (manifest null; a
    # Monday). "on Monday morning" -> 14 Jul (Han Zheng), "later" the same day (Wang Yi);
    # "last October" -> 2024-10 (Kazan); "in February" -> 2025-02 (Johannesburg); "on June 23" ->
    # 2025-06-23; "last month" -> 2025-06 (Qingdao, shared with 007); "On Tuesday morning" ->
    # 15 Jul, call on Xi in Beijing (planned) and the SCO foreign ministers in Tianjin (planned;
    # Ishaq Dar "will also attend").
    ("008", "2025-07-14", True, [
        ev("2025-07-14-beijing-han-jaishankar", M, OCC, "2025-07-14", "Beijing", [JAISHANKAR, HAN], [],
           "S Jaishankar met Chinese Vice President Han Zheng in Beijing on Monday morning"),
        ev("2025-07-14-beijing-jaishankar-wang", M, OCC, "2025-07-14", "Beijing", [JAISHANKAR, WANG], [],
           "and later held talks with Foreign Minister Wang Yi"),
        ev("2024-10-23-kazan-modi-xi", M, OCC, "2024-10", "Kazan", [MODI, XI], [],
           "since Prime Minister Narendra Modi and President Xi Jinping met in Kazan last October"),
        ev("2025-02-21-johannesburg-jaishankar-wang", M, OCC, "2025-02", "Johannesburg", [WANG, JAISHANKAR], [],
           "The two ministers last met in February in Johannesburg"),
        ev("2025-06-23-beijing-doval-wang", M, OCC, "2025-06-23", "Beijing", [DOVAL, WANG], [],
           "National Security Adviser Ajit Doval, who met Wang in Beijing on June 23"),
        ev("2025-06-26-qingdao-dong-singh", M, OCC, "2025-06", "Qingdao", [SINGH, DONG], [],
           "Rajnath Singh, who held talks with Admiral Dong Jun in Qingdao"),
        ev("2025-07-15-beijing-xi-sco-foreign-ministers", M, PLN, "2025-07-15", "Beijing", [JAISHANKAR, XI], SCO,
           "Jaishankar and the other SCO foreign ministers are expected to call on President Xi"),
        ev("2025-07-15-tianjin-sco-foreign-ministers", M, PLN, "2025-07-15", "Tianjin", [WANG, JAISHANKAR, DAR], SCO,
           "where Wang will chair the SCO Council of Foreign Ministers in the afternoon"),
    ], ["'He flew in from Singapore' (travel)",
        "'No bilateral meeting between Dar and Jaishankar is planned' (negation)",
        "'Wang is expected to visit India at some point ... but no dates have been discussed' (vague)",
        "'Jaishankar posted on X' (social media)",
        "'The two countries have held 23 rounds of Special Representatives talks' (counted)",
        "ALSO READ: 'Kim Jong Un receives Lavrov in Wonsan', 'Rubio and Wang Yi meet in Kuala Lumpur' (furniture)"]),

    # 009. US wire copy, "Published 8:12 PM EDT, March 25, 2024" (a Monday), dateline
    # "WASHINGTON". "on Monday" -> 25 Mar (Harris; then Biden "separately" in the Oval Office);
    # "on Thursday" -> 21 Mar (Guatemala City); "in June 2021" -> 2021-06.
    ("009", "2024-03-25", False, [
        ev("2024-03-25-washington-arevalo-harris", M, OCC, "2024-03-25", "Washington", [HARRIS, AREVALO], [],
           "Vice President Kamala Harris hosted Guatemalan President Bernardo Arévalo at the White House on Monday"),
        ev("2024-03-25-washington-arevalo-biden", M, OCC, "2024-03-25", "Washington", [BIDEN, AREVALO], [],
           "President Joe Biden received Arévalo separately in the Oval Office"),
        ev("2024-03-21-guatemala-city-arevalo-mayorkas", M, OCC, "2024-03-21", "Guatemala City",
           [MAYORKAS, AREVALO], [],
           "Alejandro Mayorkas met Arévalo at the National Palace in Guatemala City on Thursday"),
        ev("2021-06-07-guatemala-city-giammattei-harris", M, OCC, "2021-06", "Guatemala City",
           [HARRIS, GIAMMATTEI], [],
           "when she held talks with then-President Alejandro Giammattei in Guatemala City"),
    ], ["'She announced $1 billion in new commitments' (statement)",
        "'The ceremony on Jan. 14 ... Samantha Power led the U.S. delegation' (no stated encounter)",
        "'Trump's campaign said in a statement' (statement)",
        "'Arévalo is due to address the Permanent Council of the Organization of American States' (speech)",
        "'Harris has made several trips to Central America' (counted)",
        "RELATED: 'Blinken meets Honduran foreign minister', 'Mexico's Lopez Obrador hosts Biden envoy' (furniture)"]),

    # 010. E-mail newsletter, "Friday 25 October 2024, 9:30 pm (Samoa time)", from Apia. "this
    # morning" -> 25 Oct (CHOGM opening: the King and the chair-in-office named); "this
    # afternoon" -> 25 Oct (Starmer-Albanese); "On Thursday" -> 24 Oct (Taumeasina Island resort,
    # Apia); "on Saturday" -> 26 Oct, Mulifanua retreat (planned, a separate day and place);
    # "in Kigali in June 2022" -> 2022-06 (Charles "stood in"); "in 2026" -> planned, 2026.
    ("010", "2024-10-25", False, [
        ev("2024-10-25-apia-chogm", M, OCC, "2024-10-25", "Apia", [CHARLES, FIAME], COMMONWEALTH,
           "King Charles III formally opened the Commonwealth Heads of Government Meeting this morning"),
        ev("2024-10-25-apia-albanese-starmer", M, OCC, "2024-10-25", "Apia", [STARMER, ALBANESE], [],
           "Keir Starmer and Anthony Albanese held their first face-to-face talks"),
        ev("2024-10-24-apia-luxon-starmer", M, OCC, "2024-10-24", "Apia", [LUXON, STARMER], [],
           "New Zealand's Christopher Luxon had a one-on-one with Starmer at the Taumeasina Island resort"),
        ev("2024-10-26-mulifanua-chogm-retreat", M, PLN, "2024-10-26", "Mulifanua", [], COMMONWEALTH,
           "Leaders move to Mulifanua on Saturday for their closed-door retreat"),
        ev("2022-06-24-kigali-chogm", M, OCC, "2022-06", "Kigali", [CHARLES], COMMONWEALTH,
           "The last summit, in Kigali in June 2022, was the first since the pandemic"),
        ev("2026-antigua-and-barbuda-chogm", M, PLN, "2026", "Antigua and Barbuda", [], COMMONWEALTH,
           "Antigua and Barbuda will host the next meeting in 2026"),
    ], ["'In his address the King said' (speech)",
        "'according to Downing Street' / 'Starmer told reporters on his flight' (statements)",
        "'Luxon then went to the headquarters of the team dealing with the wreck' (internal, no other party)",
        "'The King and Queen Camilla arrived on Wednesday and leave on Saturday' (travel)",
        "'Commonwealth leaders have discussed slavery reparations at previous summits' (counted)",
        "Read more: 'Fiji's Rabuka meets Chinese ambassador', 'Tuvalu's Teo hosts Australian officials' (furniture)"]),

    # 011. Solomon Islands daily, masthead "Monday, July 15, 2024" (manifest null). "on Friday"
    # -> 12 Jul (Great Hall, Beijing); "A day earlier" -> 11 Jul, "at the same venue"; "In May
    # 2022" -> 2022-05 (Honiara); "in July last year" -> 2023-07 (Beijing); "next month" ->
    # 2024-08 (Nuku'alofa, planned).
    ("011", "2024-07-15", True, [
        ev("2024-07-12-beijing-manele-xi", M, OCC, "2024-07-12", "Beijing", [MANELE, XI], [],
           "Manele met Chinese President Xi Jinping at the Great Hall of the People in Beijing"),
        ev("2024-07-11-beijing-li-manele", M, OCC, "2024-07-11", "Beijing", [LI_QIANG, MANELE], [],
           "A day earlier Premier Li Qiang held talks with Manele at the same venue"),
        ev("2022-05-26-honiara-manele-wang", M, OCC, "2022-05", "Honiara", [MANELE, WANG], [],
           "In May 2022 he hosted China's Foreign Minister Wang Yi in Honiara"),
        ev("2023-07-10-beijing-sogavare-xi", M, OCC, "2023-07", "Beijing", [SOGAVARE, XI], [],
           "Manasseh Sogavare met President Xi in Beijing in July last year"),
        ev("2024-08-26-nukualofa-pacific-islands-forum", M, PLN, "2024-08", "Nuku'alofa", [MANELE],
           ["Pacific Islands Forum"],
           "The Prime Minister is due to attend the Pacific Islands Forum leaders' meeting in Nuku'alofa"),
    ], ["'President Xi told Manele' via 'a statement from the Prime Minister's Press Secretariat' (statement)",
        "'began the trip in Fujian province and moved on to Qingdao' / 'They return to Honiara on Wednesday' (travel)",
        "'switched recognition from Taiwan to Beijing in 2019' / 'signed a security agreement' (no encounter stated)",
        "'Matthew Wale said in a statement' (statement)",
        "'has ruled out allowing a Chinese military base' (negation)",
        "'have signed dozens of agreements since 2019' (counted)",
        "Latest news: 'Marape meets Albanese in Port Moresby on police funding' (furniture)"]),

    # 012. Philippine broadsheet's site, "Tuesday, May 2, 2023 | 7:30 AM" (Manila), dateline
    # WASHINGTON. "on Monday afternoon (Washington time)" -> 1 May; "last September" -> 2022-09
    # (New York); "on Tuesday morning, Washington time" -> 2 May (planned, her residence in
    # Washington); "On Wednesday" -> 3 May (planned, the Pentagon in Arlington); "in November" ->
    # 2022-11 (Malacanang, Manila); "in February" -> 2023-02 ("the Palace", Manila).
    ("012", "2023-05-02", False, [
        ev("2023-05-01-washington-biden-marcos", M, OCC, "2023-05-01", "Washington", [MARCOS, BIDEN], [],
           "Ferdinand Marcos Jr. and US President Joe Biden held talks in the Oval Office"),
        ev("2022-09-22-new-york-biden-marcos", M, OCC, "2022-09", "New York", [MARCOS, BIDEN], [],
           "first met on the sidelines of the UN General Assembly in New York last September"),
        ev("2023-05-02-washington-harris-marcos", M, PLN, "2023-05-02", "Washington", [MARCOS, HARRIS], [],
           "Marcos is scheduled to meet Vice President Kamala Harris at her residence on Tuesday morning"),
        ev("2023-05-03-arlington-austin-marcos", M, PLN, "2023-05-03", "Arlington", [MARCOS, AUSTIN], [],
           "On Wednesday he will be received by Defense Secretary Lloyd Austin at the Pentagon"),
        ev("2022-11-21-manila-harris-marcos", M, OCC, "2022-11", "Manila", [HARRIS, MARCOS], [],
           "Harris visited the Philippines in November, meeting the President at Malacañang Palace"),
        ev("2023-02-02-manila-austin-marcos", M, OCC, "2023-02", "Manila", [AUSTIN, MARCOS], [],
           "Austin called on Marcos at the Palace in February"),
    ], ["'Biden also announced that he would send a presidential trade and investment mission' (statement)",
        "'The Chinese Embassy in Manila said in a statement' (statement)",
        "'In a departure statement in Manila on Sunday' (statement)",
        "'The two leaders have spoken by phone more than once' (counted)",
        "'no trilateral meeting with Japan was planned' (negation)",
        "Related stories: 'Manalo holds talks with Blinken at State Department' (furniture)"]),

    # 013. Argentine English-language site, "Friday, February 23, 2024 | 19:20 ART". "on Friday"
    # -> 23 Feb (Casa Rosada; Mondino, Posse and Caputo "joined the meeting"); "on Wednesday" ->
    # 21 Feb (Brasilia); "on Wednesday and Thursday" -> 21-22 Feb (G20 foreign ministers, Rio de
    # Janeiro); "a day after" -> 22 Feb (Gopinath-Milei "in the same building", Buenos Aires);
    # "on Wednesday" -> 21 Feb (Gopinath-Caputo, Buenos Aires).
    ("013", "2024-02-23", False, [
        ev("2024-02-23-buenos-aires-blinken-milei", M, OCC, "2024-02-23", "Buenos Aires",
           [BLINKEN, MILEI, MONDINO, POSSE, CAPUTO], [],
           "Antony Blinken held talks with President Javier Milei at the Casa Rosada on Friday"),
        ev("2024-02-21-brasilia-blinken-lula", M, OCC, "2024-02-21", "Brasilia", [BLINKEN, LULA], [],
           "where he met President Luiz Inácio Lula da Silva in Brasília on Wednesday"),
        ev("2024-02-21-rio-de-janeiro-g20", M, OCC, "2024-02-21", "Rio de Janeiro", [BLINKEN], ["G20"],
           "attending the G20 foreign ministers' meeting in Rio de Janeiro on Wednesday and Thursday",
           date_end="2024-02-22"),
        ev("2024-02-22-buenos-aires-gopinath-milei", M, OCC, "2024-02-22", "Buenos Aires", [GOPINATH, MILEI], [],
           "Gita Gopinath, met Milei in the same building"),
        ev("2024-02-21-buenos-aires-caputo-gopinath", M, OCC, "2024-02-21", "Buenos Aires", [GOPINATH, CAPUTO], [],
           "had seen Caputo at the Economy Ministry in Buenos Aires on Wednesday"),
    ], ["'At a joint news conference with Mondino' (press conference)",
        "'Milei took his guest out onto the balcony' (same occasion, not a second event)",
        "'Milei flies to Washington tonight to speak at the Conservative Political Action Conference' (travel, speech)",
        "'whether the president would meet Donald Trump there, Mondino said she could not confirm it' (unconfirmed)",
        "'The opposition Union por la Patria bloc said in a statement' (statement)",
        "Related: 'Lula receives Blinken at the Planalto amid Israel row', 'Mondino meets Chinese ambassador' (furniture)"]),

    # 014. Turkish English-language daily, "20.09.2023 - 11:40 TSI" (a Wednesday), dateline
    # "NEW YORK". "on Tuesday" -> 19 Sep (Turkish House; Fidan, Bayraktar and Kalin "also
    # attended"); "in March 2022" -> 2022-03 (Ankara); "in September last year" -> 2022-09 (New
    # York); "On Tuesday ... and, separately" -> two events, New York by the dateline; "on
    # Wednesday" -> 20 Sep (planned, New York); "on Monday" -> 18 Sep (Fremont).
    ("014", "2023-09-20", False, [
        ev("2023-09-19-new-york-erdogan-netanyahu", M, OCC, "2023-09-19", "New York",
           [ERDOGAN, NETANYAHU, FIDAN, BAYRAKTAR, KALIN], [],
           "Erdoğan received Israeli Prime Minister Benjamin Netanyahu at the Turkish House in New York"),
        ev("2022-03-09-ankara-erdogan-herzog", M, OCC, "2022-03", "Ankara", [HERZOG, ERDOGAN], [],
           "President Isaac Herzog was received by Erdoğan in Ankara in March 2022"),
        ev("2022-09-20-new-york-erdogan-lapid", M, OCC, "2022-09", "New York", [LAPID, ERDOGAN], [],
           "Yair Lapid met Erdoğan in New York in September last year"),
        ev("2023-09-19-new-york-netanyahu-scholz", M, OCC, "2023-09-19", "New York", [NETANYAHU, SCHOLZ], [],
           "On Tuesday Netanyahu also met German Chancellor Olaf Scholz and, separately, Ukrainian President Volodymyr Zelenskyy"),
        ev("2023-09-19-new-york-netanyahu-zelenskyy", M, OCC, "2023-09-19", "New York", [NETANYAHU, ZELENSKYY], [],
           "On Tuesday Netanyahu also met German Chancellor Olaf Scholz and, separately, Ukrainian President Volodymyr Zelenskyy"),
        ev("2023-09-20-new-york-biden-netanyahu", M, PLN, "2023-09-20", "New York", [NETANYAHU, BIDEN], [],
           "He is due to meet US President Joe Biden on Wednesday"),
        ev("2023-09-18-fremont-musk-netanyahu", M, OCC, "2023-09-18", "Fremont", [NETANYAHU, MUSK], [],
           "touring Tesla's factory in Fremont with Elon Musk"),
    ], ["'According to the Directorate's post on X' (social media)",
        "'the two men agreed to exchange visits \"soon\"' (vague intention)",
        "'Netanyahu had been due to visit Turkiye in July but postponed the trip' (postponed)",
        "'Erdogan hopes to pray at Al-Aqsa Mosque ... no official confirmation' (hypothetical)",
        "'Erdogan addressed the General Assembly on Tuesday' (speech)",
        "Related News: 'Fidan holds talks with Blinken in New York', 'Turkish House hosts Jewish community leaders' (furniture)"]),
]


def main():
    ids = [a[0] for a in ARTICLES]
    assert ids == [f"{i:03d}" for i in range(15)], ids
    with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as g, \
            open(os.path.join(HERE, "manifest.jsonl"), "w", encoding="utf-8") as m:
        for aid, pub, hide, events, _traps in ARTICLES:
            g.write(json.dumps({"id": aid, "published": pub, "events": events}, ensure_ascii=False) + "\n")
            m.write(json.dumps({"id": aid, "published": None if hide else pub}) + "\n")
    n = sum(len(a[3]) for a in ARTICLES)
    print(f"wrote {len(ARTICLES)} articles, {n} gold events")


if __name__ == "__main__":
    main()
