#!/usr/bin/env python3
"""Generate gold.jsonl and manifest.jsonl for the holdout37 BLIND held-out corpus.

Run:  python3 data/holdout37/build_gold.py   then   python3 data/eval/validate.py data/holdout37
Each article lists its true publication date, whether the manifest hides it, its gold
events, and (for documentation only) the traps it contains that must NOT be extracted.
holdout37 is a BLIND held-out set: the developers of dossier must not read it.

It covers 15 real occasions, 14 of them from 2023-2025 and one from 2005: North Africa (the
Carthage tripartite, April 2024), the Horn of Africa (Abiy in Mogadishu, February 2025), the
Amazon (the Belem summit, August 2023), Latin America and Spain ("Democracy Always" in
Santiago, July 2025), the Gulf and Iran (Khalid bin Salman in Tehran, April 2025), the Levant
(Larijani in Beirut, August 2025), the Caucasus and Central Asia (Aliyev and Putin in Dushanbe,
October 2025), Europe and China (the EU-China summit, July 2025), Europe (the Treaty of Nancy,
May 2025), Australia and the UK (AUKMIN and the Geelong Treaty, July 2025), Sri Lanka and China
(Dissanayake in Beijing, January 2025), the Philippines and India (Marcos in New Delhi, August
2025), Sudan (the Comprehensive Peace Agreement, Nairobi, January 2005), India and the EU (the
College of Commissioners in New Delhi, February 2025) and New Caledonia (Valls and the FLNKS,
August 2025).

Thirteen pages are ordinary modern online news (wire copy, agency item, newspaper and
broadcaster sites, a government media release); two are unusual layouts (a live blog, 003; a
digitised 2005 newspaper page in an archive viewer, 012).

Three pages have no date in the manifest, and each prints one: 005 (site header "Wednesday,
13 August 2025 | 21:50 Beirut"), 006 (agency stamp "Source: Caspian Wire | 2025-10-09
20:41:17" and dateline "DUSHANBE, Oct 9") and 009 ("Posted Sat 26 Jul 2025 at 5:40pm").

Three real events are reported by two pages under the same key:
  2025-04-17-tehran-bin-salman-khamenei             004 (main occasion) and 005 (background, month only)
  2025-08-08-washington-aliyev-pashinyan-trump      005 ("On Friday", full date) and 006 ("In August")
  2025-02-28-new-delhi-modi-von-der-leyen           013 (main occasion) and 007 (background, month only)
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

# canonical names
SAIED, TEBBOUNE, MENFI, ATTAF = "Kais Saied", "Abdelmadjid Tebboune", "Mohamed al-Menfi", "Ahmed Attaf"
ABIY, HSM, ERDOGAN, SISI, ISAIAS = (
    "Abiy Ahmed", "Hassan Sheikh Mohamud", "Recep Tayyip Erdogan", "Abdel Fattah el-Sisi", "Isaias Afwerki")
LULA, PETRO, BOLUARTE, ARCE, IRFAAN_ALI, DELCY, VIEIRA = (
    "Luiz Inacio Lula da Silva", "Gustavo Petro", "Dina Boluarte", "Luis Arce", "Irfaan Ali",
    "Delcy Rodriguez", "Mauro Vieira")
BORIC, SANCHEZ, ORSI = "Gabriel Boric", "Pedro Sanchez", "Yamandu Orsi"
KBS, KHAMENEI, BAGHERI, PEZESHKIAN, ARAGHCHI, WITKOFF, ALBUSAIDI, MBS, RUWAILI = (
    "Khalid bin Salman", "Ali Khamenei", "Mohammad Bagheri", "Masoud Pezeshkian", "Abbas Araghchi",
    "Steve Witkoff", "Badr Albusaidi", "Mohammed bin Salman", "Fayyadh al-Ruwaili")
LARIJANI, AOUN, BERRI, SALAM, ARAJI, SUDANI = (
    "Ali Larijani", "Joseph Aoun", "Nabih Berri", "Nawaf Salam", "Qasim al-Araji", "Mohammed Shia al-Sudani")
ALIYEV, PASHINYAN, TRUMP, PUTIN, RAHMON = (
    "Ilham Aliyev", "Nikol Pashinyan", "Donald Trump", "Vladimir Putin", "Emomali Rahmon")
COSTA, VDL, XI, LI_QIANG, KALLAS, ISHIBA, WANG_YI, MODI = (
    "Antonio Costa", "Ursula von der Leyen", "Xi Jinping", "Li Qiang", "Kaja Kallas", "Shigeru Ishiba",
    "Wang Yi", "Narendra Modi")
MACRON, TUSK, MERZ, STARMER, ZELENSKYY, SCHOLZ = (
    "Emmanuel Macron", "Donald Tusk", "Friedrich Merz", "Keir Starmer", "Volodymyr Zelenskyy", "Olaf Scholz")
MARLES, HEALEY, WONG, LAMMY, ALBANESE, BIDEN, SUNAK, RUBIO = (
    "Richard Marles", "John Healey", "Penny Wong", "David Lammy", "Anthony Albanese", "Joe Biden",
    "Rishi Sunak", "Marco Rubio")
DISSANAYAKE, HERATH, RATHNAYAKE, CHEN, ZHAO = (
    "Anura Kumara Dissanayake", "Vijitha Herath", "Bimal Rathnayake", "Chen Xiaodong", "Zhao Leji")
MARCOS, MURMU, JAISHANKAR, MARGHERITA, GEHLOT = (
    "Ferdinand Marcos Jr.", "Droupadi Murmu", "S. Jaishankar", "Pabitra Margherita", "Thawar Chand Gehlot")
TAHA, GARANG, KIBAKI, MUSEVENI, POWELL, BASHIR, SUMBEIYWO = (
    "Ali Osman Taha", "John Garang", "Mwai Kibaki", "Yoweri Museveni", "Colin Powell", "Omar al-Bashir",
    "Lazaro Sumbeiywo")
GOYAL, SEFCOVIC = "Piyush Goyal", "Maros Sefcovic"
VALLS, TJIBAOU = "Manuel Valls", "Emmanuel Tjibaou"


def ev(key, kind, status, date, location, participants, groups, evidence, date_end=None):
    e = {"key": key, "kind": kind, "status": status, "date": date}
    if date_end:
        e["date_end"] = date_end
    e.update({"location": location, "participants": participants, "groups": groups,
              "evidence": evidence})
    return e


M, C, OCC, PLN = "meeting", "call", "occurred", "planned"

ARTICLES = [
    # 000. Wire copy, "April 22, 2024 9:14 PM GMT+1", dateline "TUNIS, April 22 (MNA)" (manifest
    # 2024-04-22, a Monday). The three-way meeting at the Carthage Palace, and two separate
    # airport-lounge encounters the same day: Saied-Tebboune ("held talks with Tebboune in the
    # airport's VIP lounge before the summit") and Saied-Menfi ("later received Menfi there in the
    # presence of both delegations"; "there" = the airport lounge, Tunis; both delegations are
    # groups). "in early March" -> 2024-03 (the Algiers gas summit of 2 March 2024). "in February"
    # -> 2024-02 (Attaf delivered letters to Saied in person; day unknown, so the key is month
    # only). The Manama Arab League summit is planned, with the three leaders "expected".
    ("000", "2024-04-22", False, [
        ev("2024-04-22-tunis-al-menfi-saied-tebboune", M, OCC, "2024-04-22", "Tunis",
           [SAIED, TEBBOUNE, MENFI], [],
           "The leaders of Tunisia, Algeria and Libya met at the Carthage Palace on Monday"),
        ev("2024-04-22-tunis-saied-tebboune", M, OCC, "2024-04-22", "Tunis", [SAIED, TEBBOUNE], [],
           "He held talks with Tebboune in the airport's VIP lounge before the summit"),
        ev("2024-04-22-tunis-al-menfi-saied", M, OCC, "2024-04-22", "Tunis", [SAIED, MENFI],
           ["Tunisia", "Libya"],
           "later received Menfi there in the presence of both delegations"),
        ev("2024-03-02-algiers-al-menfi-saied-tebboune", M, OCC, "2024-03", "Algiers",
           [SAIED, TEBBOUNE, MENFI], [],
           "the three men met on the sidelines of a gas exporters' summit in Algiers"),
        ev("2024-02-tunis-attaf-saied", M, OCC, "2024-02", "Tunis", [ATTAF, SAIED], [],
           "when he delivered letters from Tebboune to Saied in person in Tunis"),
        ev("2024-05-16-manama-arab-league", M, PLN, "2024-05-16", "Manama", [SAIED, TEBBOUNE, MENFI],
           ["Arab League"],
           "All three leaders are expected at the Arab League summit in Manama on May 16"),
    ], ["'a final statement read out by the Tunisian presidency' (statement)",
        "'Saied greeted each guest on the tarmac' (part of the two airport encounters, not a third event)",
        "'the meeting would be held regularly ... but gave no date for the next one' (vague, no occasion)",
        "'joint working teams would be set up \"in the coming weeks\"' (vague, no parties named)",
        "'Morocco, which was not invited, made no official comment' (negation, statement)",
        "'A Moroccan diplomat ... said Rabat would \"not be lectured\"' (statement)",
        "'Tebboune flew back to Algiers on Monday evening' (travel)",
        "'Menfi ... did not take questions from reporters' (negation, press)",
        "Read more: 'Libyan rivals end Cairo talks', 'Tebboune receives Mauritanian president', 'Meloni meets Saied in Tunis' (furniture)"]),

    # 001. Somali news site, "Thursday, 27 February 2025 | 21:40 EAT" (manifest 2025-02-27). The
    # airport welcome and the Villa Somalia talks are one encounter of the same two men on the
    # same day ("before the two leaders drove together to the presidential palace"). "in
    # December" -> 2024-12 (Ankara, with Erdogan as host); "in January" -> 2025-01 (Addis Ababa,
    # "where Abiy received him"); "earlier this month" -> 2025-02 (the AU summit, a gathering the
    # page reports with both men placed at it); "In October" -> 2024-10 (Asmara tripartite).
    ("001", "2025-02-27", False, [
        ev("2025-02-27-mogadishu-abiy-hassan-sheikh", M, OCC, "2025-02-27", "Mogadishu", [ABIY, HSM], [],
           "held talks with President Hassan Sheikh Mohamud at Villa Somalia"),
        ev("2024-12-11-ankara-abiy-erdogan-hassan-sheikh", M, OCC, "2024-12", "Ankara",
           [ERDOGAN, ABIY, HSM], [], "hosting Abiy and Hassan Sheikh in Ankara in December"),
        ev("2025-01-11-addis-ababa-abiy-hassan-sheikh", M, OCC, "2025-01", "Addis Ababa", [HSM, ABIY], [],
           "Hassan Sheikh then travelled to Addis Ababa, where Abiy received him in January"),
        ev("2025-02-15-addis-ababa-african-union", M, OCC, "2025-02", "Addis Ababa", [ABIY, HSM],
           ["African Union"],
           "Both men were also at the African Union summit in Addis Ababa earlier this month"),
        ev("2024-10-10-asmara-el-sisi-hassan-sheikh-isaias", M, OCC, "2024-10", "Asmara",
           [HSM, SISI, ISAIAS], [],
           "joined Egypt's Abdel Fattah el-Sisi and Eritrea's Isaias Afwerki for a summit in Asmara"),
    ], ["'Residents reported mortar rounds landing ... No group claimed the attack' (no meeting)",
        "'In a joint statement issued in the evening' (statement)",
        "'Relations collapsed in January 2024 when Addis Ababa announced plans to lease' (announcement, no encounter)",
        "'There was no word on when the technical negotiations promised in Ankara would begin' (no occasion)",
        "'Abiy, writing on X after the meeting' (social media)",
        "'a return visit by Hassan Sheikh to Ethiopia could take place \"at the right time\"' (hypothetical)",
        "'Abiy left Mogadishu on Thursday evening' (travel)",
        "Related: 'Jubaland leader holds talks with Kenyan officials', 'Egypt's foreign minister meets Somali counterpart', 'AUSSOM troop contributors meet in Kampala' (furniture)"]),

    # 002. Brazilian English-language site, "Tuesday, August 8, 2023 · 22:10 BRT" (manifest
    # 2023-08-08). The summit day under way on the publication day is occurred; Ecuador and
    # Suriname, "represented by ministers", are groups, as is the organisation. "on Monday" ->
    # 7 Aug (ministers led by Vieira, in Belem by the dateline). "last month" -> 2023-07 (Leticia,
    # 8 July 2023). "On Wednesday" (future) -> 9 Aug, a planned session with the invited forest
    # countries and donors, nobody named. "later this month" -> 2023-08 (BRICS, Johannesburg).
    ("002", "2023-08-08", False, [
        ev("2023-08-08-belem-ali-arce-boluarte-lula-petro-rodriguez", M, OCC, "2023-08-08", "Belem",
           [LULA, PETRO, BOLUARTE, ARCE, IRFAAN_ALI, DELCY],
           ["Amazon Cooperation Treaty Organization", "Ecuador", "Suriname"],
           "hosted the talks at the Hangar convention centre with Colombia's Gustavo Petro"),
        ev("2023-08-07-belem-vieira", M, OCC, "2023-08-07", "Belem", [VIEIRA],
           ["Amazon Cooperation Treaty Organization"],
           "Foreign and environment ministers, led by Brazil's Mauro Vieira, met on Monday"),
        ev("2023-07-08-leticia-lula-petro", M, OCC, "2023-07", "Leticia", [LULA, PETRO], [],
           "when they met in the Colombian border town of Leticia"),
        ev("2023-08-09-belem-amazon-cooperation-treaty-organization", M, PLN, "2023-08-09", "Belem", [],
           ["Amazon Cooperation Treaty Organization", "Republic of the Congo",
            "Democratic Republic of the Congo", "Indonesia", "Norway", "Germany"],
           "On Wednesday the eight countries will be joined in Belém by leaders and envoys"),
        ev("2023-08-22-johannesburg-brics", M, PLN, "2023-08", "Johannesburg", [LULA], ["BRICS"],
           "will travel to Johannesburg later this month for the BRICS summit"),
    ], ["'The treaty's heads of state had met only three times since ... 1978, each time in Manaus' (counted)",
        "'Venezuela sent Vice-President Delcy Rodriguez in place of Nicolas Maduro' (Maduro absent: negation)",
        "'Petro used his speech to call for an end to new oil exploration' (speech)",
        "'Emmanuel Macron is not attending despite repeated invitations' (negation)",
        "'when Belem hosts the COP30 conference in 2025' (hypothetical framing, no encounter stated)",
        "Photo caption 'Presidents pose for the family photo' (same occasion as the main event, not a second one)",
        "Read more: 'Lula and Biden to launch labour rights initiative', 'Petro hosts Maduro for border talks' (furniture)"]),

    # 003. Live blog, "Monday 21 July 2025 · Last updated 19:30 CLT" (manifest 2025-07-21). The
    # La Moneda meeting of the five leaders. "on Tuesday" (future) -> 22 July, Sanchez-Orsi in
    # Montevideo. "last September" -> 2024-09 (the New York meeting co-hosted by Lula and
    # Sanchez on 24 September 2024). "In February" -> a video meeting of the five = call, month
    # only (day unknown, so the key is month only).
    ("003", "2025-07-21", False, [
        ev("2025-07-21-santiago-boric-lula-orsi-petro-sanchez", M, OCC, "2025-07-21", "Santiago",
           [BORIC, LULA, SANCHEZ, PETRO, ORSI], [],
           "Five leaders meet at La Moneda for four hours of talks on democracy"),
        ev("2025-07-22-montevideo-orsi-sanchez", M, PLN, "2025-07-22", "Montevideo", [SANCHEZ, ORSI], [],
           "He is due to hold talks with Orsi in Montevideo on Tuesday"),
        ev("2024-09-24-new-york-lula-sanchez", M, OCC, "2024-09", "New York", [LULA, SANCHEZ], [],
           "Lula and Sánchez launched the initiative at a meeting they co-hosted in New York"),
        ev("2025-02-boric-lula-orsi-petro-sanchez-call", C, OCC, "2025-02", None,
           [BORIC, LULA, SANCHEZ, PETRO, ORSI], [],
           "In February the five leaders held a video meeting"),
    ], ["'before travelling on to Paraguay' (travel, no encounter)",
        "'Petro ... said the region \"will not be blackmailed\"' (statement)",
        "'The joint declaration has been read out ... No questions were taken' (statement, press)",
        "'commit to take their proposals ... to the UN General Assembly in New York in September' (vague plan, no encounter among them)",
        "'Boric opened the session' quote (part of the main meeting)",
        "'Bachelet is among the guests invited to an afternoon panel' (panel, no diplomatic encounter)",
        "'the five published a joint column in El Mercurio' (statement)",
        "'Senator Ivan Moreira ... dismissed the summit' (statement)",
        "'Sanchez landed in Santiago on Sunday night; Lula, Petro and Orsi arrived this morning' (travel)",
        "Latest news: 'Boric to meet Kast? Government denies talks' (furniture, also denied)"]),

    # 004. Gulf news site, "Thursday, April 17, 2025 | 22:05 GST" (manifest 2025-04-17). Three
    # separate encounters in Tehran on Thursday: Khamenei, Bagheri (greeted on arrival and later
    # talks: one encounter), Pezeshkian ("He also met"). "last Saturday" -> 12 April (Muscat,
    # Albusaidi carrying messages: one meeting of all sides). "on Saturday" (future) -> 19 April
    # (Rome; "The two delegations" = groups; Oman mediating). "in October" -> 2024-10 (Araghchi
    # received by Mohammed bin Salman in Riyadh); "in November" -> 2024-11 (al-Ruwaili-Bagheri).
    ("004", "2025-04-17", False, [
        ev("2025-04-17-tehran-bin-salman-khamenei", M, OCC, "2025-04-17", "Tehran", [KBS, KHAMENEI], [],
           "Prince Khalid bin Salman met Iran's Supreme Leader Ayatollah Ali Khamenei in Tehran on Thursday"),
        ev("2025-04-17-tehran-bagheri-bin-salman", M, OCC, "2025-04-17", "Tehran", [KBS, BAGHERI], [],
           "The prince was greeted on arrival by Major General Mohammad Bagheri"),
        ev("2025-04-17-tehran-bin-salman-pezeshkian", M, OCC, "2025-04-17", "Tehran", [KBS, PEZESHKIAN], [],
           "He also met President Masoud Pezeshkian."),
        ev("2025-04-12-muscat-albusaidi-araghchi-witkoff", M, OCC, "2025-04-12", "Muscat",
           [ARAGHCHI, WITKOFF, ALBUSAIDI], [],
           "Abbas Araghchi and US envoy Steve Witkoff held their first round of talks in Muscat"),
        ev("2025-04-19-rome-iran-united-states", M, PLN, "2025-04-19", "Rome", [],
           ["Iran", "United States", "Oman"],
           "The two delegations are due to meet again in Rome on Saturday"),
        ev("2024-10-09-riyadh-araghchi-bin-salman", M, OCC, "2024-10", "Riyadh", [ARAGHCHI, MBS], [],
           "Araghchi was received by Crown Prince Mohammed bin Salman in Riyadh in October"),
        ev("2024-11-10-tehran-al-ruwaili-bagheri", M, OCC, "2024-11", "Tehran", [RUWAILI, BAGHERI], [],
           "held talks with Bagheri in Tehran in November"),
    ], ["'Khamenei said in remarks published on his website' (statement)",
        "'The Saudi Press Agency said the visit was made on the instructions' (statement)",
        "'Riyadh and Tehran restored diplomatic relations in March 2023' (no encounter stated)",
        "'Since then contacts have multiplied' (vague, counted)",
        "'No Saudi defence minister had set foot in Iran since the 1979 revolution' (negation)",
        "'A Gulf diplomat said ... would not say whether Riyadh had been briefed' (statement, negation)",
        "Related: 'Qatar's emir holds phone call with Iranian president', 'Oman's sultan receives Witkoff in Muscat' (furniture)"]),

    # 005. Lebanese news site; MANIFEST NULL; header "Wednesday, 13 August 2025 | 21:50 Beirut".
    # Four separate encounters on Wednesday: airport greeting by Hezbollah and Amal lawmakers
    # (groups only besides Larijani), Aoun at Baabda Palace (location Baabda), Berri at
    # Ain el-Tineh and Salam at the Grand Serail (both Beirut). "on Monday" -> 11 Aug (Baghdad
    # memorandum with al-Araji, al-Sudani present). "On Friday" (past) -> 8 Aug, the White House
    # meeting (shared with 006). "on Friday" (future) -> 15 Aug, Anchorage. "in April" -> 2025-04,
    # Khalid bin Salman and Khamenei (shared with 004).
    ("005", "2025-08-13", True, [
        ev("2025-08-13-baabda-aoun-larijani", M, OCC, "2025-08-13", "Baabda", [LARIJANI, AOUN], [],
           "held talks with President Joseph Aoun at Baabda Palace on Wednesday"),
        ev("2025-08-13-beirut-amal-movement-hezbollah-larijani", M, OCC, "2025-08-13", "Beirut", [LARIJANI],
           ["Hezbollah", "Amal Movement"],
           "was greeted at the airport by lawmakers from Hezbollah and the Amal Movement"),
        ev("2025-08-13-beirut-berri-larijani", M, OCC, "2025-08-13", "Beirut", [LARIJANI, BERRI], [],
           "then met Speaker Nabih Berri at Ain el-Tineh"),
        ev("2025-08-13-beirut-larijani-salam", M, OCC, "2025-08-13", "Beirut", [LARIJANI, SALAM], [],
           "Prime Minister Nawaf Salam received him at the Grand Serail in the afternoon"),
        ev("2025-08-11-baghdad-al-araji-al-sudani-larijani", M, OCC, "2025-08-11", "Baghdad",
           [LARIJANI, ARAJI, SUDANI], [],
           "on Monday he signed a border security memorandum with Iraq's national security adviser"),
        ev("2025-08-08-washington-aliyev-pashinyan-trump", M, OCC, "2025-08-08", "Washington",
           [PASHINYAN, ALIYEV, TRUMP], [],
           "Nikol Pashinyan and Azerbaijan's Ilham Aliyev met Donald Trump at the White House"),
        ev("2025-08-15-anchorage-putin-trump", M, PLN, "2025-08-15", "Anchorage", [TRUMP, PUTIN], [],
           "Trump is due to meet Vladimir Putin in Anchorage, Alaska, on Friday"),
        ev("2025-04-17-tehran-bin-salman-khamenei", M, OCC, "2025-04", "Tehran", [KBS, KHAMENEI], [],
           "Khalid bin Salman met Supreme Leader Ali Khamenei in Tehran in April"),
    ], ["'Aoun told his guest that Lebanon rejected interference' (statement inside the main meeting)",
        "'Speaking to reporters afterwards, he said Iran respected Lebanese decisions' (press remarks)",
        "'The cabinet instructed the army last week to draw up a plan' (meeting internal to one government)",
        "'a decision Hezbollah has said it will ignore' (statement)",
        "'a declaration that Iranian officials have criticised' (statement)",
        "'It was not clear whether Larijani would see Hezbollah leader Naim Qassem' (hypothetical)",
        "'US envoy Tom Barrack has not said when he will return to Beirut' (negation, no occasion)",
        "MOST READ: 'Barrack and Ortagus expected in Beirut next week', 'Army chief briefs Aoun' (furniture)"]),

    # 006. Agency item; MANIFEST NULL; stamp "Source: Caspian Wire | 2025-10-09 20:41:17",
    # dateline "DUSHANBE, Oct 9". The Aliyev-Putin talks; the Russia-Central Asia summit hosted by
    # Rahmon "earlier on Thursday" (a gathering: Rahmon and Putin named, the five states as a
    # group). "in late December" -> 2024-12 (the apology call, keyed 28 Dec 2024). "On Tuesday"
    # -> 7 Oct (birthday call). "In August" -> 2025-08 (White House, shared with 005). "on
    # Friday" -> 10 Oct (CIS summit, planned, both men expected).
    ("006", "2025-10-09", True, [
        ev("2025-10-09-dushanbe-aliyev-putin", M, OCC, "2025-10-09", "Dushanbe", [ALIYEV, PUTIN], [],
           "Ilham Aliyev and Russian President Vladimir Putin held talks in Dushanbe on Thursday"),
        ev("2025-10-09-dushanbe-putin-rahmon", M, OCC, "2025-10-09", "Dushanbe", [RAHMON, PUTIN],
           ["Central Asian states"],
           "the Russia-Central Asia summit, which Tajik President Emomali Rahmon hosted earlier on Thursday"),
        ev("2024-12-28-aliyev-putin-call", C, OCC, "2024-12", None, [PUTIN, ALIYEV], [],
           "Putin apologised to Aliyev in a telephone call in late December"),
        ev("2025-10-07-aliyev-putin-call", C, OCC, "2025-10-07", None, [ALIYEV, PUTIN], [],
           "On Tuesday, Aliyev telephoned Putin to wish him a happy birthday"),
        ev("2025-08-08-washington-aliyev-pashinyan-trump", M, OCC, "2025-08", "Washington",
           [ALIYEV, PASHINYAN, TRUMP], [],
           "Nikol Pashinyan signed a joint declaration with US President Donald Trump at the White House"),
        ev("2025-10-10-dushanbe-commonwealth-of-independent-states", M, PLN, "2025-10-10", "Dushanbe",
           [ALIYEV, PUTIN], ["Commonwealth of Independent States"],
           "expected to attend the summit of the Commonwealth of Independent States in Dushanbe on Friday"),
    ], ["'their first full-format meeting in a year' (counted / vague reference to the previous one)",
        "'an Azerbaijan Airlines jet last December ... crashed near Aktau' (no meeting)",
        "'He promised compensation and a legal assessment' (statement inside the main talks)",
        "'according to the Kremlin transcript' (statement)",
        "'raids on Azerbaijani businesses ... arrests of Russian journalists' (no meeting)",
        "'Peskov said there had been no substantive conversation between the two presidents for many months' (negation)",
        "Related news: 'Pashinyan holds talks with Rahmon in Dushanbe', 'Bayramov, Lavrov discuss transit routes by phone' (furniture)"]),

    # 007. EU-affairs news site, "Published 24.07.2025 | 18:20 CEST" (manifest 2025-07-24). Two
    # separate encounters in Beijing: Xi with Costa and von der Leyen; then the summit proper with
    # Li Qiang, joined by Kallas. "on Wednesday" -> 23 July (EU-Japan summit in Tokyo). "earlier
    # this month" -> 2025-07 (Kallas-Wang Yi strategic dialogue in Brussels, 2 July). "in
    # February" -> 2025-02 (von der Leyen-Modi in New Delhi, shared with 013; the whole college
    # is a group).
    ("007", "2025-07-24", False, [
        ev("2025-07-24-beijing-costa-von-der-leyen-xi", M, OCC, "2025-07-24", "Beijing", [COSTA, VDL, XI], [],
           "von der Leyen met Chinese President Xi Jinping at the Great Hall of the People"),
        ev("2025-07-24-beijing-costa-kallas-li-von-der-leyen", M, OCC, "2025-07-24", "Beijing",
           [COSTA, VDL, KALLAS, LI_QIANG], [],
           "then held the summit proper with Premier Li Qiang"),
        ev("2025-07-23-tokyo-costa-ishiba-von-der-leyen", M, OCC, "2025-07-23", "Tokyo", [COSTA, VDL, ISHIBA], [],
           "where they held a summit with Japanese Prime Minister Shigeru Ishiba on Wednesday"),
        ev("2025-07-02-brussels-kallas-wang", M, OCC, "2025-07", "Brussels", [KALLAS, WANG_YI], [],
           "Wang Yi held a strategic dialogue in Brussels earlier this month"),
        ev("2025-02-28-new-delhi-modi-von-der-leyen", M, OCC, "2025-02", "New Delhi", [VDL, MODI],
           ["European Commission"],
           "to New Delhi in February for talks with Prime Minister Narendra Modi"),
    ], ["'Xi told his guests ... Chinese state television reported' (statement inside the main meeting)",
        "'Von der Leyen said relations had reached \"an inflection point\"' (statement)",
        "'The sides issued a joint statement on climate only; there was no joint communique' (statement, negation)",
        "'Costa and von der Leyen arrived from Tokyo' (travel; the Tokyo summit is a separate gold event)",
        "'Xi turned down an invitation to come to Brussels for the summit' (rejected invitation)",
        "'the EU wants to wrap up a free trade agreement with India' (no occasion)",
        "'no date had been set for the next summit' (negation)",
        "Related: 'Sefcovic and Wang Wentao hold video call on export controls' (furniture)"]),

    # 008. Polish English-language site, "09.05.2025 21:05" (manifest 2025-05-09). The Nancy
    # signing; the welcome on Place Stanislas and the town-hall talks are the same occasion.
    # "in December" -> 2024-12 (Macron in Warsaw with Tusk, 12 Dec 2024). "On Wednesday" -> 7 May:
    # two encounters (Macron receives Merz at the Elysee; Merz's talks with Tusk in Warsaw).
    # "on Saturday" (future) -> 10 May, planned Kyiv trip "to meet Volodymyr Zelensky" (canonical
    # Zelenskyy). "In March last year" -> 2024-03 (Weimar Triangle in Berlin, 15 March 2024).
    ("008", "2025-05-09", False, [
        ev("2025-05-09-nancy-macron-tusk", M, OCC, "2025-05-09", "Nancy", [TUSK, MACRON], [],
           "signed a treaty of friendship and enhanced cooperation in Nancy on Friday"),
        ev("2024-12-12-warsaw-macron-tusk", M, OCC, "2024-12", "Warsaw", [MACRON, TUSK], [],
           "Macron visited Warsaw in December, when he and Tusk agreed to speed up the negotiations"),
        ev("2025-05-07-paris-macron-merz", M, OCC, "2025-05-07", "Paris", [MERZ, MACRON], [],
           "visited Paris, where Macron received him at the Élysée"),
        ev("2025-05-07-warsaw-merz-tusk", M, OCC, "2025-05-07", "Warsaw", [MERZ, TUSK], [],
           "then flew to Warsaw for talks with Tusk on his first day of foreign travel"),
        ev("2025-05-10-kyiv-macron-merz-starmer-tusk-zelenskyy", M, PLN, "2025-05-10", "Kyiv",
           [TUSK, MACRON, MERZ, STARMER, ZELENSKYY], [],
           "are due to travel to Kyiv on Saturday to meet Volodymyr Zelensky"),
        ev("2024-03-15-berlin-macron-scholz-tusk", M, OCC, "2024-03", "Berlin", [MACRON, TUSK, SCHOLZ], [],
           "the two joined Olaf Scholz for a Weimar Triangle meeting in Berlin"),
    ], ["'\"From today, Poland and France are stronger,\" Tusk wrote on X' (social media)",
        "'At a joint news conference' (press conference)",
        "'France would extend its nuclear umbrella to Poland ... \"a matter for another day\"' (hypothetical)",
        "'The treaty replaces a 1991 agreement' (no encounter stated)",
        "'Polish opposition leaders ... would demand a debate in the Sejm' (domestic, planned debate, not a diplomatic encounter)",
        "Related: 'Putin hosts Xi at Victory Day parade in Moscow', 'Sikorski meets Barrot in Paris' (furniture)"]),

    # 009. Australian broadcaster's site; MANIFEST NULL; "Posted Sat 26 Jul 2025 at 5:40pm". The
    # Geelong signing (Marles and Healey). "on Friday" -> 25 July (AUKMIN at Admiralty House,
    # Sydney: the four ministers). "in March 2023" -> 2023-03 (San Diego, 13 March 2023). "on July
    # 1" -> 1 July 2025 (Wong and Rubio at the Quad foreign ministers' meeting in Washington).
    # "on Monday" (future) -> 28 July (Starmer-Trump "in Scotland": no city, so the country).
    ("009", "2025-07-26", True, [
        ev("2025-07-26-geelong-healey-marles", M, OCC, "2025-07-26", "Geelong", [MARLES, HEALEY], [],
           "signed what will be known as the Geelong Treaty at the Geelong Art Gallery"),
        ev("2025-07-25-sydney-healey-lammy-marles-wong", M, OCC, "2025-07-25", "Sydney",
           [MARLES, WONG, HEALEY, LAMMY], [],
           "Mr Marles and Foreign Minister Penny Wong hosted Mr Healey and Foreign Secretary David Lammy"),
        ev("2023-03-13-san-diego-albanese-biden-sunak", M, OCC, "2023-03", "San Diego",
           [ALBANESE, BIDEN, SUNAK], [],
           "unveiled by Anthony Albanese, Joe Biden and Rishi Sunak in San Diego in March 2023"),
        ev("2025-07-01-washington-rubio-wong", M, OCC, "2025-07-01", "Washington", [WONG, RUBIO], ["Quad"],
           "Marco Rubio at the Quad foreign ministers' meeting in Washington on July 1"),
        ev("2025-07-28-scotland-starmer-trump", M, PLN, "2025-07-28", "Scotland", [STARMER, TRUMP], [],
           "Keir Starmer is expected to meet Donald Trump in Scotland on Monday"),
    ], ["'Mr Marles said it was \"as significant a treaty\"' (statement)",
        "'The Trump administration is still reviewing AUKUS' (key point, no encounter)",
        "'US officials were not present at either meeting this week' (negation)",
        "'there were no plans for a trilateral ministerial meeting before the review ends' (negation)",
        "'had spoken to him about it several times since January' (counted calls)",
        "'Mr Lammy left Sydney on Saturday morning' (travel)",
        "'Asked whether China had been consulted' (press remarks)",
        "Photo caption 'Richard Marles and John Healey at the Geelong Art Gallery on Saturday' (same occasion as the main event)",
        "Related stories: 'Tuvalu PM to open High Commission in Canberra on Monday' (furniture)"]),

    # 010. Government media release, "Beijing, 15 January 2025" (manifest 2025-01-15). The Xi
    # talks (Herath and Rathnayake "took part"). "yesterday (14)" -> airport reception by Chen
    # Xiaodong. "tomorrow (16)": two separate planned meetings, Li Qiang and Zhao Leji, from one
    # sentence (location Beijing by the dateline). "in December 2024" -> Modi in New Delhi
    # (16 Dec 2024). The state banquet "this evening" belongs to the same Xi occasion.
    ("010", "2025-01-15", False, [
        ev("2025-01-15-beijing-dissanayake-xi", M, OCC, "2025-01-15", "Beijing",
           [DISSANAYAKE, XI, HERATH, RATHNAYAKE], [],
           "held official talks with Chinese President Xi Jinping this afternoon (15) at the Great Hall"),
        ev("2025-01-14-beijing-chen-dissanayake", M, OCC, "2025-01-14", "Beijing", [DISSANAYAKE, CHEN], [],
           "where he was received by Chinese Vice Foreign Minister Chen Xiaodong"),
        ev("2025-01-16-beijing-dissanayake-li", M, PLN, "2025-01-16", "Beijing", [DISSANAYAKE, LI_QIANG], [],
           "President Dissanayake is scheduled to meet Premier Li Qiang"),
        ev("2025-01-16-beijing-dissanayake-zhao", M, PLN, "2025-01-16", "Beijing", [DISSANAYAKE, ZHAO], [],
           "the Chairman of the Standing Committee of the National People's Congress, Zhao Leji, tomorrow (16)"),
        ev("2024-12-16-new-delhi-dissanayake-modi", M, OCC, "2024-12", "New Delhi", [DISSANAYAKE, MODI], [],
           "when he held talks with Prime Minister Narendra Modi in New Delhi"),
    ], ["'President Xi will host a State Banquet in honour of the President this evening' (same occasion as the talks)",
        "'the two sides exchanged a number of Memoranda of Understanding' (part of the talks)",
        "'He will travel to Sichuan Province on Friday (17)' (travel, no encounter)",
        "'invited President Xi to undertake a State Visit to Sri Lanka at a mutually convenient time' (vague invitation)",
        "Latest news: 'President addresses Sri Lankan community in Beijing' (furniture, speech)"]),

    # 011. Philippine broadsheet's site, "Tuesday, August 5, 2025 | 10:40 PM" (manifest
    # 2025-08-05). The Hyderabad House talks (Jaishankar "sat in"). The Rashtrapati Bhavan welcome
    # by Murmu (her banquet "tonight" is the same day, same pair). "on Monday" -> 4 Aug: two
    # separate encounters (Jaishankar's call; Margherita at the airport). "two weeks after" ->
    # 2025-07 (Marcos-Trump, 22 July 2025). "in March last year" -> 2024-03 (Jaishankar at
    # Malacanang). "later this week" -> 2025-08 (planned Gehlot meeting in Bengaluru; the key
    # day, 7 Aug, is the author's estimate).
    ("011", "2025-08-05", False, [
        ev("2025-08-05-new-delhi-marcos-modi", M, OCC, "2025-08-05", "New Delhi", [MARCOS, MODI, JAISHANKAR], [],
           "agreed on Tuesday to elevate relations to a strategic partnership after talks at Hyderabad House"),
        ev("2025-08-04-new-delhi-jaishankar-marcos", M, OCC, "2025-08-04", "New Delhi", [JAISHANKAR, MARCOS], [],
           "who had called on Marcos on Monday"),
        ev("2025-08-05-new-delhi-marcos-murmu", M, OCC, "2025-08-05", "New Delhi", [MARCOS, MURMU], [],
           "where President Droupadi Murmu received him"),
        ev("2025-08-04-new-delhi-margherita-marcos", M, OCC, "2025-08-04", "New Delhi", [MARCOS, MARGHERITA], [],
           "was met at the airport by Minister of State for External Affairs Pabitra Margherita"),
        ev("2025-07-22-washington-marcos-trump", M, OCC, "2025-07", "Washington", [MARCOS, TRUMP], [],
           "Marcos held talks with US President Donald Trump at the White House"),
        ev("2024-03-26-manila-jaishankar-marcos", M, OCC, "2024-03", "Manila", [JAISHANKAR, MARCOS], [],
           "when he called on Marcos at Malacañang"),
        ev("2025-08-07-bengaluru-gehlot-marcos", M, PLN, "2025-08", "Bengaluru", [MARCOS, GEHLOT], [],
           "where he is scheduled to meet Karnataka Governor Thawar Chand Gehlot"),
    ], ["'Murmu is hosting a state banquet in his honour tonight' (same occasion as the Murmu welcome)",
        "'Modi announced free e-visas for Filipino tourists' (statement)",
        "'Indian and Philippine navies held their first joint sail' (military exercise, no leaders' encounter)",
        "'before returning to Manila on Friday' (travel)",
        "'the first Philippine president to visit India since Gloria Macapagal Arroyo in 2007' (counted, no encounter)",
        "Related: 'Teodoro, Indian defence secretary discuss BrahMos follow-on order', 'DFA chief Lazaro receives Japanese ambassador' (furniture)"]),

    # 012. Digitised newspaper page in an archive viewer, "MONDAY, JANUARY 10, 2005", dispatch
    # "NAIROBI, Sunday." (manifest 2005-01-10). "today" in the dispatch = Sunday 9 Jan 2005.
    # Signatories Taha and Garang; witnesses Kibaki, Museveni, Powell; al-Bashir "watched from
    # the podium"; Sumbeiywo received an ovation at the ceremony (present). "on New Year's Eve"
    # -> 31 Dec 2004 (Naivasha). "in September 2003" -> 2003-09 (first Taha-Garang talks at
    # Naivasha). "In November" -> 2004-11 (the Security Council session "here" = Nairobi).
    # "in April" (future) -> 2005-04 (Oslo donors, planned, groups only).
    ("012", "2005-01-10", False, [
        ev("2005-01-09-nairobi-garang-taha", M, OCC, "2005-01-09", "Nairobi",
           [TAHA, GARANG, KIBAKI, MUSEVENI, POWELL, BASHIR, SUMBEIYWO], [],
           "Ali Osman Taha and rebel leader Dr John Garang today signed the Comprehensive Peace Agreement"),
        ev("2004-12-31-naivasha-garang-taha", M, OCC, "2004-12-31", "Naivasha", [TAHA, GARANG], [],
           "were signed by the same two men at Naivasha on New Year's Eve"),
        ev("2003-09-04-naivasha-garang-taha", M, OCC, "2003-09", "Naivasha", [TAHA, GARANG], [],
           "The two had first sat down together at Naivasha in September 2003"),
        ev("2004-11-19-nairobi-garang-taha", M, OCC, "2004-11", "Nairobi", [TAHA, GARANG],
           ["United Nations Security Council"],
           "Mr Taha and Dr Garang appeared together before the United Nations Security Council"),
        ev("2005-04-11-oslo-international-donors", M, PLN, "2005-04", "Oslo", [], ["International donors"],
           "Donors are due to meet in Oslo in April"),
    ], ["'the protocols negotiated at Machakos and Naivasha since 2002' (counted / vague)",
        "'the Kenyan mediator who chaired the talks for more than two years' (habitual)",
        "'Dr Garang told the crowd' (speech)",
        "'Mr Powell warned that Washington expected rapid progress on Darfur' (statement)",
        "'Dr Garang is to be sworn in as First Vice-President within six months' (domestic, no encounter)",
        "Related items: 'Garang, Taha shake hands at Naivasha', 'Security Council meets in Nairobi', 'Kibaki to host Sudan leaders at State House' (furniture)"]),

    # 013. Indian broadcaster's site, "Updated: February 28, 2025 21:10 IST" (manifest
    # 2025-02-28). The Friday talks (main, shared with 007) and the separate first round on
    # "Thursday evening" (27 Feb). "On Friday" -> Goyal and Sefcovic at the Trade and Technology
    # Council. "on March 10" -> planned negotiating round in Brussels (groups only). "on Monday"
    # -> 24 Feb (von der Leyen and Zelenskyy in Kyiv).
    ("013", "2025-02-28", False, [
        ev("2025-02-28-new-delhi-modi-von-der-leyen", M, OCC, "2025-02-28", "New Delhi", [MODI, VDL],
           ["European Commission"],
           "after talks at Hyderabad House that both sides described as a new chapter in ties"),
        ev("2025-02-27-new-delhi-modi-von-der-leyen", M, OCC, "2025-02-27", "New Delhi", [MODI, VDL], [],
           "The two leaders had held a first round of discussions on Thursday evening"),
        ev("2025-02-28-new-delhi-goyal-sefcovic", M, OCC, "2025-02-28", "New Delhi", [GOYAL, SEFCOVIC], [],
           "Piyush Goyal and EU trade chief Maros Sefcovic met at the second ministerial session"),
        ev("2025-03-10-brussels-european-union-india", M, PLN, "2025-03-10", "Brussels", [],
           ["India", "European Union"],
           "The next round of negotiations opens in Brussels on March 10."),
        ev("2025-02-24-kyiv-von-der-leyen-zelenskyy", M, OCC, "2025-02-24", "Kyiv", [VDL, ZELENSKYY], [],
           "where she met President Volodymyr Zelenskyy on Monday"),
    ], ["'Modi said at a joint press appearance' (press)",
        "'\"We have asked our teams to work on ...\" Modi said' (statement)",
        "'the EU was ready to explore a security and defence partnership' (hypothetical)",
        "'Several commissioners held parallel meetings with Indian ministers' (vague, counted)",
        "'von der Leyen said the EU would \"respond firmly\" if it was targeted' (hypothetical, statement)",
        "Read more: 'Jaishankar meets Kallas, discusses Indo-Pacific', 'EU-India summit likely later this year' (furniture)"]),

    # 014. Pacific broadcaster's site, "Published: 20 August 2025, 9:45 pm (Noumea time)"
    # (manifest 2025-08-20). Valls and the FLNKS delegation (unnamed: a group) in Noumea. "on
    # July 12" -> the Bougival signing by Valls and the parties' delegations (Tjibaou led the
    # FLNKS delegation "there"). "in May" -> 2025-05 (the Deva conclave in Bourail; keyed 5 May).
    # "before he leaves on Saturday" -> planned meeting with the provincial presidents and mayors,
    # month only, venue not fixed.
    ("014", "2025-08-20", False, [
        ev("2025-08-20-noumea-flnks-valls", M, OCC, "2025-08-20", "Noumea", [VALLS], ["FLNKS"],
           "met a delegation from the pro-independence FLNKS behind closed doors in Noumea on Wednesday"),
        ev("2025-07-12-bougival-tjibaou-valls", M, OCC, "2025-07-12", "Bougival", [VALLS, TJIBAOU],
           ["FLNKS", "New Caledonian parties"],
           "The agreement was signed on July 12 at a hotel in Bougival, west of Paris"),
        ev("2025-05-05-bourail-valls", M, OCC, "2025-05", "Bourail", [VALLS], ["New Caledonian parties"],
           "at a conclave Valls chaired at the Deva estate in Bourail"),
        ev("2025-08-new-caledonia-provinces-valls", M, PLN, "2025-08", None, [VALLS],
           ["New Caledonia provinces", "mayors"],
           "scheduled to meet the presidents of the three provinces and a group of mayors"),
    ], ["'a week after the movement formally rejected the Bougival agreement' (statement)",
        "'it had to report first to FLNKS president Christian Tein, who is ... barred from the territory' (internal, negation)",
        "'Earlier in the day Valls addressed the Customary Senate' (speech)",
        "'the movement disowned the deal at an extraordinary congress on August 9' (meeting internal to one movement)",
        "'issued a joint statement urging the FLNKS to \"come back to the table\"' (statement)",
        "'Emmanuel Macron said in a post on X' (social media)",
        "'provincial elections would be postponed to mid-2026' (no encounter)",
        "Most read: 'Tonga's king opens new parliament session' (furniture)"]),
]


def main():
    gold_path = os.path.join(HERE, "gold.jsonl")
    man_path = os.path.join(HERE, "manifest.jsonl")
    with open(gold_path, "w", encoding="utf-8") as g, open(man_path, "w", encoding="utf-8") as m:
        for aid, pub, hide, events, _traps in ARTICLES:
            g.write(json.dumps({"id": aid, "published": pub, "events": events}, ensure_ascii=False) + "\n")
            m.write(json.dumps({"id": aid, "published": None if hide else pub}, ensure_ascii=False) + "\n")
    n = sum(len(a[3]) for a in ARTICLES)
    print(f"wrote {len(ARTICLES)} articles, {n} event mentions")


if __name__ == "__main__":
    main()
