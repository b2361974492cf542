#!/usr/bin/env python3
"""Generate gold.jsonl and manifest.jsonl for the holdout32 BLIND held-out corpus.

Run:  python3 data/holdout32/build_gold.py   then   python3 data/eval/validate.py data/holdout32
Each article lists its true publication date, whether the manifest hides it, its gold
events, and (for documentation only) the traps it contains that must NOT be extracted.
holdout32 is a BLIND set: the developers of dossier must not read it.

15 real occasions, 14 of them in 2021-2025 and one in 2006: Mozambique (Chapo-Mondlane
2025), the Horn of Africa (Ethiopia-Somaliland memorandum 2024), the Caribbean and
Venezuela (Barbados Agreement 2023), Colombia and the ELN (Caracas 2022), the Levant
(Aqaba security meeting 2023), Yemen (Saudi-Omani envoys in Sanaa 2023), the EU and Russia
(Borrell in Moscow 2021), the Philippines and China (Marcos in Beijing 2023), Japan and
Ukraine (Kishida in Kyiv 2023), Pakistan and Iran (Raisi in Islamabad 2024), Australia and
China (Wong in Beijing 2022), Russia and North Korea (Kim at Vostochny 2023), Turkey and
Azerbaijan (Erdogan in Nakhchivan 2023), Darfur (Abuja 2006) and New Caledonia (Macron in
Noumea 2024).

Thirteen pages are ordinary modern online news; two are unusual layouts (011 live blog,
013 wire-archive item).

Three pages have no date in the manifest, and each prints one: 003 (header "Monday,
November 21, 2022 · 22:40 COT"), 009 (header "Monday, April 22, 2024 | Shawwal 13, 1445 AH")
and 013 ("Filed: 05 MAY 06 21:10 GMT", dateline "ABUJA, May 5").

Three real events are reported by two pages under the same key:
  2022-11-11-paris-blyde-fernandez-macron-petro-rodriguez   002 and 003 (background in both)
  2023-03-21-moscow-putin-xi                                008 (main-day background) and 011
  2023-01-04-beijing-marcos-xi                              007 (occurred) and 010 (planned)
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

M, C, OCC, PLN = "meeting", "call", "occurred", "planned"


def ev(key, kind, status, date, location, participants, groups, evidence, date_end=None):
    e = {"key": key, "kind": kind, "status": status, "date": date}
    if date_end:
        e["date_end"] = date_end
    e.update({"location": location, "participants": participants, "groups": groups,
              "evidence": evidence})
    return e


CHAPO, MONDLANE, FORQUILHA, RAMAPHOSA, MNANGAGWA = (
    "Daniel Chapo", "Venancio Mondlane", "Albino Forquilha", "Cyril Ramaphosa", "Emmerson Mnangagwa")
ABIY, BIHI, HSM, GUELLEH, FARMAJO, ISAIAS = (
    "Abiy Ahmed", "Muse Bihi Abdi", "Hassan Sheikh Mohamud", "Ismail Omar Guelleh",
    "Mohamed Abdullahi Farmajo", "Isaias Afwerki")
RODRIGUEZ, BLYDE, WALCOTT, EBRARD, MACRON, PETRO, FERNANDEZ, LULA, MADURO, MOTTLEY = (
    "Jorge Rodriguez", "Gerardo Blyde", "Jerome Walcott", "Marcelo Ebrard", "Emmanuel Macron",
    "Gustavo Petro", "Alberto Fernandez", "Luiz Inacio Lula da Silva", "Nicolas Maduro", "Mia Mottley")
PATINO, BELTRAN, RUEDA, CEPEDA, LAFAURIE, DIAZ_CANEL = (
    "Otty Patino", "Pablo Beltran", "Danilo Rueda", "Ivan Cepeda", "Jose Felix Lafaurie",
    "Miguel Diaz-Canel")
HANEGBI, BAR, AL_SHEIKH, FARAJ, MCGURK, NETANYAHU, ABDULLAH, BLINKEN, ABBAS, SISI = (
    "Tzachi Hanegbi", "Ronen Bar", "Hussein al-Sheikh", "Majed Faraj", "Brett McGurk",
    "Benjamin Netanyahu", "Abdullah II", "Antony Blinken", "Mahmoud Abbas", "Abdel Fattah el-Sisi")
AL_JABER, AL_MASHAT, GRUNDBERG, AL_AIBAN, SHAMKHANI, WANG_YI, FAISAL, AMIR_ABDOLLAHIAN, \
    ABDULSALAM, ALBUSAIDI, AL_ALIMI = (
        "Mohammed Al Jaber", "Mahdi al-Mashat", "Hans Grundberg", "Musaed al-Aiban", "Ali Shamkhani",
        "Wang Yi", "Faisal bin Farhan", "Hossein Amir-Abdollahian", "Mohammed Abdulsalam",
        "Badr Albusaidi", "Rashad al-Alimi")
BORRELL, LAVROV, MOGHERINI, MERKEL, PUTIN, BIDEN = (
    "Josep Borrell", "Sergey Lavrov", "Federica Mogherini", "Angela Merkel", "Vladimir Putin", "Joe Biden")
MARCOS, XI, LI_KEQIANG, LI_ZHANSHU, HARRIS, KISHIDA = (
    "Ferdinand Marcos Jr.", "Xi Jinping", "Li Keqiang", "Li Zhanshu", "Kamala Harris", "Fumio Kishida")
ZELENSKYY, MODI, MORAWIECKI = ("Volodymyr Zelenskyy", "Narendra Modi", "Mateusz Morawiecki")
RAISI, SHEHBAZ, ZARDARI, MARYAM, MURAD, JILANI = (
    "Ebrahim Raisi", "Shehbaz Sharif", "Asif Ali Zardari", "Maryam Nawaz", "Murad Ali Shah",
    "Jalil Abbas Jilani")
WONG, ALBANESE, MARLES, WEI = ("Penny Wong", "Anthony Albanese", "Richard Marles", "Wei Fenghe")
KIM, SHOIGU, CHOE, KOZHEMYAKO, KOZLOV = (
    "Kim Jong Un", "Sergei Shoigu", "Choe Son Hui", "Oleg Kozhemyako", "Alexander Kozlov")
ERDOGAN, ALIYEV, HAJIYEV, GRIGORYAN, PASHINYAN, MICHEL, SCHOLZ = (
    "Recep Tayyip Erdogan", "Ilham Aliyev", "Hikmet Hajiyev", "Armen Grigoryan", "Nikol Pashinyan",
    "Charles Michel", "Olaf Scholz")
AL_KHALIFA, MINNAWI, OBASANJO, SALIM, ZOELLICK, BENN, AL_NUR, ANNAN = (
    "Majzoub al-Khalifa", "Minni Minnawi", "Olusegun Obasanjo", "Salim Ahmed Salim", "Robert Zoellick",
    "Hilary Benn", "Abdel Wahid al-Nur", "Kofi Annan")
DARMANIN, MAPOU, BACKES, DUNOYER, TEIN, KALSAKAU, RABUKA = (
    "Gerald Darmanin", "Louis Mapou", "Sonia Backes", "Philippe Dunoyer", "Christian Tein",
    "Ishmael Kalsakau", "Sitiveni Rabuka")

PARIS_KEY = "2022-11-11-paris-blyde-fernandez-macron-petro-rodriguez"
PARIS_PEOPLE = [MACRON, PETRO, FERNANDEZ, RODRIGUEZ, BLYDE]
AQABA_FIVE = ["Jordan", "Egypt", "Israel", "Palestinian Authority", "United States"]

ARTICLES = [
    # 000. Mozambican English-language news site, "Monday, 24 March 2025 | 14:10 CAT" (manifest
    # 2025-03-24, a Monday). "on Sunday night" -> 23 Mar; "on March 5" -> 2025-03-05; "on March 4"
    # -> 2025-03-04 (the page also says "A day earlier", consistent); "on Thursday" (future) -> 27 Mar.
    # The dialogue commitment: Chapo and nine parties "in Maputo"; Forquilha "was among the
    # signatories" (participant); the other parties are a group.
    ("000", "2025-03-24", False, [
        ev("2025-03-23-maputo-chapo-mondlane", M, OCC, "2025-03-23", "Maputo", [CHAPO, MONDLANE], [],
           "President Daniel Chapo and opposition figure Venâncio Mondlane met on Sunday night in Maputo"),
        ev("2025-03-05-maputo-chapo-forquilha", M, OCC, "2025-03-05", "Maputo", [CHAPO, FORQUILHA],
           ["political parties"],
           "signed a commitment to an inclusive national dialogue with nine political parties in Maputo"),
        ev("2025-03-04-cape-town-chapo-ramaphosa", M, OCC, "2025-03-04", "Cape Town", [CHAPO, RAMAPHOSA], [],
           "Chapo had been received by South African President Cyril Ramaphosa at his Genadendal residence"),
        ev("2025-03-27-harare-chapo-mnangagwa", M, PLN, "2025-03-27", "Harare", [CHAPO, MNANGAGWA], [],
           "Chapo is due in Harare on Thursday for talks with Zimbabwe's President Emmerson Mnangagwa"),
    ], ["'A short statement from the Presidency' (statement)",
        "'wrote on Facebook' (social-media post); 'He promised to explain the next steps in a live broadcast' (broadcast)",
        "'police opened fire on a march Mondlane led' (no meeting)",
        "'Mondlane ... was left out of that process' (negation)",
        "'Neither side has said whether the two men will meet again' (negation, vague)",
        "'If they agree on a timetable, the protests could stop' (hypothetical; 'Eduardo Mondlane University' is a name trap)",
        "'Frelimo's parliamentary bench was meeting on Monday afternoon' (internal to one party)",
        "Related / Most read: 'Ramaphosa and Mnangagwa meet in Pretoria', 'Chakwera hosts Tanzania's Samia' (furniture)"]),

    # 001. Wire copy, "January 2, 2024 1:05 AM GMT+3", dateline "ADDIS ABABA, Jan 1" (manifest
    # 2024-01-02, a Tuesday). "on Monday" -> 1 Jan; "last Thursday" -> 28 Dec 2023; "in June 2020";
    # "in February that year" -> 2020-02; "late on Monday" -> 1 Jan; "later this month" -> 2024-01.
    # "the two men" (second Addis meeting) = Bihi and Farmajo; "He is expected" = Hassan Sheikh.
    ("001", "2024-01-02", False, [
        ev("2024-01-01-addis-ababa-abiy-bihi", M, OCC, "2024-01-01", "Addis Ababa", [ABIY, BIHI], [],
           "signed a memorandum of understanding in Addis Ababa on Monday"),
        ev("2023-12-28-djibouti-bihi-guelleh-mohamud", M, OCC, "2023-12-28", "Djibouti",
           [HSM, BIHI, GUELLEH], [],
           "Somali President Hassan Sheikh Mohamud and Bihi held talks in Djibouti last Thursday"),
        ev("2020-06-14-djibouti-abiy-bihi-farmajo-guelleh", M, OCC, "2020-06", "Djibouti",
           [GUELLEH, BIHI, FARMAJO, ABIY], [],
           "Guelleh had also brought Bihi together with Hassan Sheikh's predecessor, Mohamed Abdullahi Farmajo"),
        ev("2020-02-addis-ababa-abiy-bihi-farmajo", M, OCC, "2020-02", "Addis Ababa", [ABIY, BIHI, FARMAJO], [],
           "Abiy himself had first hosted the two men in Addis Ababa in February that year"),
        ev("2024-01-01-guelleh-mohamud-call", C, OCC, "2024-01-01", None, [HSM, GUELLEH], [],
           "Hassan Sheikh telephoned Guelleh late on Monday to discuss the Ethiopian deal"),
        ev("2024-01-08-asmara-isaias-mohamud", M, PLN, "2024-01", "Asmara", [HSM, ISAIAS], [],
           "expected to travel to Asmara later this month for talks with Eritrean President Isaias Afwerki"),
    ], ["'Bihi told reporters after the ceremony' (press remarks)",
        "'Somalia's cabinet held an emergency session' (internal to one government)",
        "'Mogadishu also recalled its ambassador' (no meeting)",
        "'Abiy told parliament in October' (speech)",
        "'Moussa Faki Mahamat urged calm in a statement' (statement)",
        "'Ethiopia could gain a foothold ... if the lease is finalised' (hypothetical)",
        "Related coverage: 'Ruto hosts Sudan's Burhan', 'Shoukry and Osman Saleh meet in Cairo' (furniture)"]),

    # 002. Caribbean broadcaster's site, "Published: Tuesday, October 17, 2023 | 9:42 PM AST"
    # (manifest 2023-10-17). "on Tuesday" -> 17 Oct; explicit dates for Mexico City and Paris;
    # "in May" -> 2023-05; "on Sunday" -> 15 Oct; "in November" (future) -> 2023-11. Walcott
    # "welcomed the delegations ... and addressed the ceremony" (participant); "Norwegian
    # facilitators" -> group Norway. The Paris meeting is shared with 003.
    ("002", "2023-10-17", False, [
        ev("2023-10-17-bridgetown-blyde-rodriguez-walcott", M, OCC, "2023-10-17", "Bridgetown",
           [RODRIGUEZ, BLYDE, WALCOTT], ["Venezuela", "Unitary Platform", "Norway"],
           "Venezuela's government and the opposition Unitary Platform signed two partial agreements in Bridgetown on Tuesday"),
        ev("2022-11-26-mexico-city-blyde-ebrard-rodriguez", M, OCC, "2022-11-26", "Mexico City",
           [RODRIGUEZ, BLYDE, EBRARD], [],
           "Rodríguez and Blyde last signed an accord in Mexico City on November 26, 2022"),
        ev(PARIS_KEY, M, OCC, "2022-11-11", "Paris", PARIS_PEOPLE, [],
           "Colombia's Gustavo Petro and Argentina's Alberto Fernández sat down with Rodríguez and Blyde"),
        ev("2023-05-29-brasilia-lula-maduro", M, OCC, "2023-05", "Brasilia", [LULA, MADURO], [],
           "Brazilian President Luiz Inácio Lula da Silva received him in Brasília in May"),
        ev("2023-10-15-maduro-mottley-call", C, OCC, "2023-10-15", None, [MOTTLEY, MADURO], [],
           "Prime Minister Mia Mottley spoke by phone with Maduro on Sunday"),
        ev("2023-11-barbados-unitary-platform-venezuela", M, PLN, "2023-11", "Barbados", [],
           ["Venezuela", "Unitary Platform"],
           "The two delegations are scheduled to meet again in Barbados in November"),
    ], ["'Talks in Barbados in 2019 ... ran over several rounds' (counted)",
        "'Maduro said on state television' (statement)",
        "'The United States is expected to ease some oil sanctions' (no meeting)",
        "'US officials declined to comment on reports that they had met Rodríguez in Qatar' (unconfirmed)",
        "'Blyde will brief the opposition's primary candidates' (internal to one side)",
        "MOST READ / Read more: 'Mottley hosts Kenya's Ruto', 'Ali and Lula discuss Essequibo', 'CARICOM heads to meet in Port of Spain' (furniture)"]),

    # 003. Colombian English-language site; manifest null; header "Monday, November 21, 2022 ·
    # 22:40 COT" (true date 2022-11-21, a Monday). "on Monday" -> 21 Nov; "on October 4";
    # "on November 1"; "Ten days later" -> 11 Nov (Paris, shared with 002); "on Sunday" -> 20 Nov;
    # "on Wednesday" (future) -> 23 Nov. Hotel Humboldt -> Caracas; Miraflores -> Caracas.
    # The guarantor countries' representatives are unnamed -> groups.
    ("003", "2022-11-21", True, [
        ev("2022-11-21-caracas-beltran-cepeda-lafaurie-patino-rueda", M, OCC, "2022-11-21", "Caracas",
           [PATINO, RUEDA, CEPEDA, LAFAURIE, BELTRAN], ["Colombia", "ELN", "Venezuela", "Cuba", "Norway"],
           "Colombia's government and the National Liberation Army (ELN) formally reopened peace talks on Monday"),
        ev("2022-10-04-caracas-colombia-eln", M, OCC, "2022-10-04", "Caracas", [], ["Colombia", "ELN"],
           "government envoys and ELN commanders met at La Casona, a former presidential residence in Caracas"),
        ev("2022-11-01-caracas-maduro-petro", M, OCC, "2022-11-01", "Caracas", [PETRO, MADURO], [],
           "discussed Venezuela's role as guarantor with Nicolás Maduro when they met at Miraflores Palace"),
        ev(PARIS_KEY, M, OCC, "2022-11-11", "Paris", PARIS_PEOPLE, [],
           "Petro joined French President Emmanuel Macron and Argentina's Alberto Fernández at a meeting"),
        ev("2022-11-20-diaz-canel-petro-call", C, OCC, "2022-11-20", None, [PETRO, DIAZ_CANEL], [],
           "Petro spoke by phone on Sunday with Cuban President Miguel Díaz-Canel"),
        ev("2022-11-23-caracas-rueda", M, PLN, "2022-11-23", "Caracas", [RUEDA], ["Venezuela", "Cuba", "Norway"],
           "Rueda is scheduled to meet the ambassadors of the guarantor countries in Caracas on Wednesday"),
    ], ["'the sixth attempt to negotiate with the ELN since 1991' (counted)",
        "'The last process, opened ... in Quito and later moved to Havana, collapsed' (vague, several rounds)",
        "'Leyva flew to Caracas on the same plane ... but did not take part' (travel, negation)",
        "'Antonio García, did not travel to Venezuela' (negation)",
        "'Lafaurie told reporters' (press remarks)",
        "'could consider a ceasefire if the government offers guarantees' (hypothetical)",
        "Related: 'Petro and Maduro agree to reopen Táchira border', 'Leyva meets Blinken in Washington' (furniture)"]),

    # 004. Jordanian daily's site, "Monday, 27 February 2023", updated 08:35 (manifest 2023-02-27).
    # "on Sunday" -> 26 Feb; "in March" (future) -> 2023-03; "on January 24"; "on January 30";
    # "the following day" -> 31 Jan; "on Saturday" -> 25 Feb. Jordan and Egypt "sent their
    # intelligence chiefs" (unnamed) -> groups; all five sides are listed as groups because the
    # sentence presents "officials" of each. "His Majesty" = King Abdullah II.
    ("004", "2023-02-27", False, [
        ev("2023-02-26-aqaba-al-sheikh-bar-faraj-hanegbi-mcgurk", M, OCC, "2023-02-26", "Aqaba",
           [HANEGBI, BAR, AL_SHEIKH, FARAJ, MCGURK], AQABA_FIVE,
           "Senior Jordanian, Egyptian, Israeli, Palestinian and US officials met in Aqaba on Sunday"),
        ev("2023-03-19-sharm-el-sheikh-egypt-israel-jordan-palestinian-authority-united-states", M, PLN,
           "2023-03", "Sharm el-Sheikh", [], AQABA_FIVE,
           "The five parties agreed to meet again in Sharm El-Sheikh in March"),
        ev("2023-01-24-amman-abdullah-ii-netanyahu", M, OCC, "2023-01-24", "Amman", [NETANYAHU, ABDULLAH], [],
           "visit to Amman on January 24 for talks with His Majesty King Abdullah II"),
        ev("2023-01-30-jerusalem-blinken-netanyahu", M, OCC, "2023-01-30", "Jerusalem", [BLINKEN, NETANYAHU], [],
           "when he met Netanyahu in Jerusalem on January 30"),
        ev("2023-01-31-ramallah-abbas-blinken", M, OCC, "2023-01-31", "Ramallah", [BLINKEN, ABBAS], [],
           "President Mahmoud Abbas in Ramallah the following day"),
        ev("2023-02-25-abdullah-ii-el-sisi-call", C, OCC, "2023-02-25", None, [ABDULLAH, SISI], [],
           "His Majesty reviewed the preparations with Egyptian President Abdel Fattah el-Sisi in a phone call"),
    ], ["'a joint communique issued by the Foreign Ministry' (statement)",
        "'Smotrich wrote on Twitter' (social-media post)",
        "'a Palestinian gunman killed two Israeli brothers near Huwara' (no meeting)",
        "'Jake Sullivan welcomed the communique in a statement' (statement)",
        "'Palestinian armed factions held a news conference in Jenin' (press conference)",
        "'a wider regional conference could follow if the understandings hold' (hypothetical)",
        "Related stories: 'King receives Iraqi PM al-Sudani', 'Safadi, Shoukry discuss ... in Cairo' (furniture)"]),

    # 005. Wire copy, "April 9, 2023 9:05 PM GMT+3", dateline "SANAA/RIYADH, April 9" (manifest
    # 2023-04-09, a Sunday). "on Sunday" -> 9 Apr; "from March 11 to 20" -> multi-day round in
    # Switzerland (country only); "on March 10"; "on Thursday" -> 6 Apr; "on Saturday" -> 8 Apr;
    # "after his return" (planned, place Riyadh, no date -> null; month-only key, invented).
    # "received the Saudi and Omani delegations" -> groups Saudi Arabia and Oman.
    ("005", "2023-04-09", False, [
        ev("2023-04-09-sanaa-al-jaber-al-mashat", M, OCC, "2023-04-09", "Sanaa", [AL_MASHAT, AL_JABER],
           ["Saudi Arabia", "Oman"],
           "received the Saudi and Omani delegations at the presidential palace in Sanaa on Sunday"),
        ev("2023-03-11-switzerland-grundberg", M, OCC, "2023-03-11", "Switzerland", [GRUNDBERG],
           ["Yemen", "Houthis"],
           "Hans Grundberg chaired talks between government and Houthi delegations from March 11 to 20",
           date_end="2023-03-20"),
        ev("2023-03-10-beijing-al-aiban-shamkhani-wang", M, OCC, "2023-03-10", "Beijing",
           [AL_AIBAN, SHAMKHANI, WANG_YI], [],
           "Musaed al-Aiban and Iran's Ali Shamkhani signed an agreement in Beijing on March 10"),
        ev("2023-04-06-beijing-amir-abdollahian-bin-farhan", M, OCC, "2023-04-06", "Beijing",
           [FAISAL, AMIR_ABDOLLAHIAN], [],
           "his Iranian counterpart Hossein Amir-Abdollahian followed up with talks in Beijing on Thursday"),
        ev("2023-04-08-abdulsalam-albusaidi-call", C, OCC, "2023-04-08", None, [ABDULSALAM, ALBUSAIDI], [],
           "discussed the visit by telephone with Omani Foreign Minister Badr Albusaidi on Saturday"),
        ev("2023-04-riyadh-al-alimi-al-jaber", M, PLN, None, "Riyadh", [AL_JABER, AL_ALIMI], [],
           "Al Jaber is expected to hold talks in Riyadh with Rashad al-Alimi"),
    ], ["'Al-Mashat said in a statement carried by the Saba news agency' (statement)",
        "'Saudi officials did not meet the movement's leader, Abdulmalik al-Houthi' (negation)",
        "'they could lead to a six-month truce' (hypothetical)",
        "'The Red Cross is due to carry out the exchange later this week' (no meeting)",
        "'Riyadh and the Houthis have held back-channel contacts for months' (vague)",
        "Read more: 'Oman's sultan receives Iranian foreign minister in Muscat' (furniture)"]),

    # 006. European policy site, "Published 05.02.2021 | 19:45 CET" (manifest 2021-02-05, a
    # Friday). "on Friday" -> 5 Feb; "in April 2017"; "during a video conference on Friday
    # afternoon" -> call; "on January 26" -> call; "on Saturday" (future) -> 6 Feb.
    ("006", "2021-02-05", False, [
        ev("2021-02-05-moscow-borrell-lavrov", M, OCC, "2021-02-05", "Moscow", [BORRELL, LAVROV], [],
           "Josep Borrell held talks with Russian Foreign Minister Sergei Lavrov in Moscow on Friday"),
        ev("2017-04-24-moscow-lavrov-mogherini", M, OCC, "2017-04", "Moscow", [MOGHERINI, LAVROV], [],
           "his predecessor, Federica Mogherini, who met Lavrov in Moscow in April 2017"),
        ev("2021-02-05-macron-merkel-call", C, OCC, "2021-02-05", None, [MERKEL, MACRON], [],
           "Angela Merkel and French President Emmanuel Macron discussed Russia during a video conference"),
        ev("2021-01-26-biden-putin-call", C, OCC, "2021-01-26", None, [PUTIN, BIDEN], [],
           "Vladimir Putin and Joe Biden spoke by phone on January 26"),
        ev("2021-02-06-moscow-borrell", M, PLN, "2021-02-06", "Moscow", [BORRELL], ["Russian civil society"],
           "Borrell is due to meet representatives of Russian civil society in Moscow on Saturday"),
    ], ["'Russia's foreign ministry said it was expelling diplomats' (statement)",
        "'asked Lavrov to reverse it' (inside the same talks)",
        "'At their joint news conference' (press conference)",
        "'Borrell had asked to visit Navalny in prison but was told to address the request to the courts' (refused)",
        "'members of the European Parliament called on Borrell to cut his trip short' (statements)",
        "'Borrell and Lavrov have spoken by phone several times since 2019' (counted)",
        "'EU ministers could discuss new sanctions ... if member states agree' (hypothetical)",
        "Related: 'Blinken and Lavrov discuss arms control in first call', 'Michel meets Zelenskyy in Brussels' (furniture)"]),

    # 007. Philippine broadsheet's site, "Wednesday, January 4, 2023 | 11:52 PM" (manifest
    # 2023-01-04). "on Wednesday" -> 4 Jan; "in November" (past) -> 2022-11; "in July" -> 2022-07;
    # "on Thursday" (future) -> 5 Jan; "next month" -> 2023-02. Great Hall of the People ->
    # Beijing; Malacanang -> Manila. "separate meetings ... with Premier Li Keqiang and with Li
    # Zhanshu" -> two events, one evidence; keys keep the full names (li-keqiang, li-zhanshu) to
    # stay distinct. The signing of 14 agreements is part of the Xi talks.
    ("007", "2023-01-04", False, [
        ev("2023-01-04-beijing-marcos-xi", M, OCC, "2023-01-04", "Beijing", [MARCOS, XI], [],
           "held talks with Chinese President Xi Jinping at the Great Hall of the People"),
        ev("2023-01-04-beijing-li-keqiang-marcos", M, OCC, "2023-01-04", "Beijing", [MARCOS, LI_KEQIANG], [],
           "Marcos also held separate meetings on Wednesday with Premier Li Keqiang and with Li Zhanshu"),
        ev("2023-01-04-beijing-li-zhanshu-marcos", M, OCC, "2023-01-04", "Beijing", [MARCOS, LI_ZHANSHU], [],
           "Marcos also held separate meetings on Wednesday with Premier Li Keqiang and with Li Zhanshu"),
        ev("2022-11-17-bangkok-marcos-xi", M, OCC, "2022-11", "Bangkok", [MARCOS, XI], [],
           "Marcos and Xi first met in November on the sidelines of the Asia-Pacific Economic Cooperation"),
        ev("2022-07-06-manila-marcos-wang", M, OCC, "2022-07", "Manila", [WANG_YI, MARCOS], [],
           "Chinese Foreign Minister Wang Yi met Marcos in Manila in July"),
        ev("2022-11-21-manila-harris-marcos", M, OCC, "2022-11", "Manila", [HARRIS, MARCOS], [],
           "US Vice President Kamala Harris called on Marcos at Malacañang in November"),
        ev("2023-01-05-beijing-marcos", M, PLN, "2023-01-05", "Beijing", [MARCOS], ["Chinese business leaders"],
           "Marcos is due to meet Chinese business leaders in Beijing on Thursday"),
        ev("2023-02-09-tokyo-kishida-marcos", M, PLN, "2023-02", "Tokyo", [MARCOS, KISHIDA], [],
           "He is also expected in Tokyo next month for talks with Prime Minister Fumio Kishida"),
    ], ["'Marcos told reporters at his hotel' (press remarks)",
        "'Rodrigo Duterte, visited China several times' (counted)",
        "'A return visit by Xi to Manila is possible ... no date has been discussed' (hypothetical)",
        "Photo caption 'review the honour guard in Beijing' (the same Xi meeting)",
        "Related: 'Manalo, Wang Yi meet in Phnom Penh', 'Marcos meets ... Widodo at Bogor Palace' (furniture)"]),

    # 008. Japanese broadcaster's English site, "2023/03/22 06:15 JST" (manifest 2023-03-22, a
    # Wednesday). "on Tuesday" -> 21 Mar; "on Monday" -> 20 Mar; "in January" -> 2023-01 (call,
    # month-only key); "later on Wednesday" -> planned 22 Mar; "last month" -> 2023-02; "from May
    # 19 to 21" -> planned multi-day G7 summit; "a day after dining together" -> 20 Mar.
    # "Kishida Fumio" (family name first) -> Fumio Kishida. The Kremlin talks of 21 March are
    # shared with 011; the dinner of 20 March is a separate encounter.
    ("008", "2023-03-22", False, [
        ev("2023-03-21-kyiv-kishida-zelenskyy", M, OCC, "2023-03-21", "Kyiv", [KISHIDA, ZELENSKYY], [],
           "Prime Minister Kishida Fumio held talks with President Volodymyr Zelenskyy in Kyiv on Tuesday"),
        ev("2023-03-20-new-delhi-kishida-modi", M, OCC, "2023-03-20", "New Delhi", [KISHIDA, MODI], [],
           "had been in New Delhi on Monday for talks with Indian Prime Minister Narendra Modi"),
        ev("2023-01-kishida-zelenskyy-call", C, OCC, "2023-01", None, [ZELENSKYY, KISHIDA], [],
           "Zelenskyy had invited Kishida to visit during a phone call in January"),
        ev("2023-03-22-warsaw-kishida-morawiecki", M, PLN, "2023-03-22", "Warsaw", [KISHIDA, MORAWIECKI], [],
           "Kishida is due to meet Polish Prime Minister Mateusz Morawiecki in Warsaw later on Wednesday"),
        ev("2023-02-20-kyiv-biden-zelenskyy", M, OCC, "2023-02", "Kyiv", [BIDEN, ZELENSKYY], [],
           "US President Joe Biden met Zelenskyy in Kyiv last month during an unannounced visit"),
        ev("2023-05-19-hiroshima-kishida", M, PLN, "2023-05-19", "Hiroshima", [KISHIDA], ["G7"],
           "Kishida will chair the Group of Seven summit in Hiroshima from May 19 to 21",
           date_end="2023-05-21"),
        ev("2023-03-21-moscow-putin-xi", M, OCC, "2023-03-21", "Moscow", [XI, PUTIN], [],
           "Xi and Vladimir Putin held formal talks at the Kremlin on Tuesday"),
        ev("2023-03-20-moscow-putin-xi", M, OCC, "2023-03-20", "Moscow", [XI, PUTIN], [],
           "a day after dining together for more than four hours"),
    ], ["'laid flowers at a church in Bucha' (visit without an encounter)",
        "'boarded an overnight train at Przemysl' (travel)",
        "'Zelenskyy could take part by video, but no decision has been made' (hypothetical)",
        "'Xi has not spoken with Zelenskyy since the invasion began' (negation)",
        "'Matsuno Hirokazu told a news conference' (press conference); 'informed opposition leaders' (domestic, vague)",
        "Related: 'Kishida and Yoon hold first summit in Tokyo', 'Hayashi meets Blinken' (furniture)"]),

    # 009. Pakistani daily's site; manifest null; header "Monday, April 22, 2024 | Shawwal 13, 1445
    # AH", "Updated 6:40 PM PKT" (true date 2024-04-22). "on Monday" -> 22 Apr; "tonight" (planned)
    # -> 22 Apr; "On Tuesday" -> 23 Apr for Lahore and Karachi; "on January 19" (call);
    # "on January 29". PM House -> Islamabad; Aiwan-e-Sadr -> Islamabad.
    ("009", "2024-04-22", True, [
        ev("2024-04-22-islamabad-raisi-sharif", M, OCC, "2024-04-22", "Islamabad", [RAISI, SHEHBAZ], [],
           "Iranian President Ebrahim Raisi held talks with Prime Minister Shehbaz Sharif at the PM House"),
        ev("2024-04-22-islamabad-raisi-zardari", M, PLN, "2024-04-22", "Islamabad", [ZARDARI, RAISI], [],
           "President Asif Ali Zardari is hosting a banquet for Raisi at Aiwan-e-Sadr tonight"),
        ev("2024-04-23-lahore-nawaz-raisi", M, PLN, "2024-04-23", "Lahore", [RAISI, MARYAM], [],
           "Raisi flies to Lahore, where Punjab Chief Minister Maryam Nawaz will receive him"),
        ev("2024-04-23-karachi-raisi-shah", M, PLN, "2024-04-23", "Karachi", [RAISI, MURAD], [],
           "and then to Karachi for talks with Sindh Chief Minister Murad Ali Shah"),
        ev("2024-01-19-amir-abdollahian-jilani-call", C, OCC, "2024-01-19", None, [AMIR_ABDOLLAHIAN, JILANI], [],
           "agreed in a telephone call on January 19 to de-escalate"),
        ev("2024-01-29-islamabad-amir-abdollahian-jilani", M, OCC, "2024-01-29", "Islamabad",
           [AMIR_ABDOLLAHIAN, JILANI], [],
           "Amir-Abdollahian then held talks with Jilani in Islamabad on January 29"),
    ], ["'Raisi landed at Nur Khan airbase' (travel)",
        "'renamed a road ... Iran Avenue' (part of the same visit day, no new encounter)",
        "'Addressing a joint press conference' (press conference)",
        "'looked forward to visiting Tehran at an early date' (vague intention)",
        "'The US State Department said' (statement)",
        "'could be completed if Washington granted a waiver' (hypothetical)",
        "Read more: 'Dar meets Chinese FM Wang Yi in Beijing' (furniture)"]),

    # 010. Australian broadcaster's site, "Posted Wed 21 Dec 2022 at 9:05pm" (manifest
    # 2022-12-21). "on Wednesday" -> 21 Dec; "last month" -> 2022-11; "in July" -> 2022-07;
    # "in June" -> 2022-06; "early next month" (planned) -> 2023-01, shared with 007 where the
    # Marcos-Xi talks are held.
    ("010", "2022-12-21", False, [
        ev("2022-12-21-beijing-wang-wong", M, OCC, "2022-12-21", "Beijing", [WONG, WANG_YI], [],
           "Foreign Minister Penny Wong has met her Chinese counterpart Wang Yi in Beijing on Wednesday"),
        ev("2022-11-15-bali-albanese-xi", M, OCC, "2022-11", "Bali", [ALBANESE, XI], [],
           "Anthony Albanese's meeting with Xi Jinping on the sidelines of the G20 summit in Bali"),
        ev("2022-07-08-bali-wang-wong", M, OCC, "2022-07", "Bali", [WONG, WANG_YI], [],
           "Senator Wong first sat down with Mr Wang in Bali in July"),
        ev("2022-06-12-singapore-marles-wei", M, OCC, "2022-06", "Singapore", [MARLES, WEI], [],
           "Defence Minister Richard Marles met his counterpart Wei Fenghe in Singapore in June"),
        ev("2023-01-04-beijing-marcos-xi", M, PLN, "2023-01", "Beijing", [XI, MARCOS], [],
           "Mr Xi is due to hold talks in Beijing with Philippine President Ferdinand Marcos Jr"),
    ], ["'Senator Wong told reporters afterwards' (press remarks)",
        "'China's foreign ministry said in a statement' (statement)",
        "'A call between Trade Minister Don Farrell and ... Wang Wentao could follow ... no date' (hypothetical)",
        "'There are no plans for Mr Albanese to visit China' (negation)",
        "Key points: 'first Australian foreign minister to visit China since 2018' (same meeting)",
        "Related stories: 'Albanese and Xi hold first leaders' meeting', 'Marles meets Japan's Hamada in Tokyo' (furniture)"]),

    # 011. Live blog, "Wednesday, 13 September 2023 · Last updated 21:40 KST" (manifest
    # 2023-09-13). "on Tuesday" -> 12 Sep; "next month" -> 2023-10; "on Saturday" -> 16 Sep;
    # "in April 2019"; "in July" -> 2023-07; "on March 21" (shared with 008). Vostochny
    # Cosmodrome -> Vostochny. Ministers placed at the talks: Shoigu, Lavrov, Choe.
    ("011", "2023-09-13", False, [
        ev("2023-09-13-vostochny-choe-kim-lavrov-putin-shoigu", M, OCC, "2023-09-13", "Vostochny",
           [PUTIN, KIM, SHOIGU, LAVROV, CHOE], [],
           "Putin and Kim sat down for talks at the Vostochny Cosmodrome after touring launch facilities"),
        ev("2023-09-12-khasan-kim-kozhemyako-kozlov", M, OCC, "2023-09-12", "Khasan", [KIM, KOZHEMYAKO, KOZLOV], [],
           "where Primorye governor Oleg Kozhemyako and Natural Resources Minister Alexander Kozlov welcomed him"),
        ev("2023-07-26-pyongyang-kim-shoigu", M, OCC, "2023-07", "Pyongyang", [SHOIGU, KIM], [],
           "Sergei Shoigu was Kim's guest in Pyongyang in July"),
        ev("2019-04-25-vladivostok-kim-putin", M, OCC, "2019-04", "Vladivostok", [PUTIN, KIM], [],
           "the two men first met in Vladivostok in April 2019"),
        ev("2023-03-21-moscow-putin-xi", M, OCC, "2023-03-21", "Moscow", [XI, PUTIN], [],
           "Xi Jinping, who held formal talks with him at the Kremlin on March 21"),
        ev("2023-09-16-vladivostok-kim-shoigu", M, PLN, "2023-09-16", "Vladivostok", [KIM, SHOIGU], [],
           "Defence Minister Sergei Shoigu is due to show him the Pacific Fleet on Saturday"),
        ev("2023-10-19-pyongyang-choe-lavrov", M, PLN, "2023-10", "Pyongyang", [LAVROV, CHOE], [],
           "Lavrov will travel to Pyongyang next month for talks with his counterpart Choe Son Hui"),
    ], ["'No agreements were signed, ... Peskov told reporters' (negation, press remarks)",
        "'Kim invited Putin to visit North Korea at a convenient time and Putin accepted. No date' (vague)",
        "'expected to go on to Komsomolsk-on-Amur to see aircraft plants' (travel)",
        "'The presidential office says' (statement)",
        "'before a dinner in Kim's honour' and 'Handshake' entry (the same summit)",
        "'North Korea fired two short-range ballistic missiles' (no meeting)",
        "'Putin spent Tuesday at the Eastern Economic Forum ..., where he gave a long speech' (speech)",
        "Related: 'Yoon meets Kishida and Biden at Camp David', 'Choe Son Hui travels to Moscow' (furniture)"]),

    # 012. Turkish English-language daily, "25.09.2023 - 18:30" (manifest 2023-09-25, a Monday).
    # "on Monday" -> 25 Sep; "On Thursday" -> 21 Sep; "on Sept. 19" (call); "on Tuesday" (planned)
    # -> 26 Sep; "on Oct. 5" (planned); "on Sept. 4". Yevlakh: Azerbaijani officials and Karabakh
    # Armenian representatives, Russian peacekeepers present -> groups only. Brussels: advisers
    # to the French and German leaders and EU officials unnamed -> groups.
    ("012", "2023-09-25", False, [
        ev("2023-09-25-nakhchivan-aliyev-erdogan", M, OCC, "2023-09-25", "Nakhchivan", [ERDOGAN, ALIYEV], [],
           "Erdoğan and his Azerbaijani counterpart Ilham Aliyev held one-on-one talks in Nakhchivan on Monday"),
        ev("2023-09-21-yevlakh-azerbaijan-karabakh-armenians", M, OCC, "2023-09-21", "Yevlakh", [],
           ["Azerbaijan", "Karabakh Armenians", "Russian peacekeepers"],
           "Azerbaijani officials and representatives of the region's Armenians met in the town of Yevlakh"),
        ev("2023-09-19-aliyev-blinken-call", C, OCC, "2023-09-19", None, [BLINKEN, ALIYEV], [],
           "US Secretary of State Antony Blinken telephoned Aliyev on Sept. 19"),
        ev("2023-09-26-brussels-grigoryan-hajiyev", M, PLN, "2023-09-26", "Brussels", [HAJIYEV, GRIGORYAN],
           ["France", "Germany", "European Union"],
           "are due to meet in Brussels on Tuesday, together with advisers to the French"),
        ev("2023-10-05-granada-aliyev-macron-michel-pashinyan-scholz", M, PLN, "2023-10-05", "Granada",
           [ALIYEV, PASHINYAN, MICHEL, MACRON, SCHOLZ], [],
           "Armenian Prime Minister Nikol Pashinyan are expected to meet on Oct. 5 in Granada"),
        ev("2023-09-04-sochi-erdogan-putin", M, OCC, "2023-09-04", "Sochi", [ERDOGAN, PUTIN], [],
           "Erdoğan, who met Russian President Vladimir Putin in Sochi on Sept. 4"),
    ], ["'Aliyev welcomed Erdoğan at Nakhchivan airport' and the pipeline ground-breaking 'by video link' (the same visit, not a call)",
        "'At a joint news conference' (press conference)",
        "'Thousands of Karabakh Armenians have since crossed into Armenia' (no meeting)",
        "'Pashinyan, who addressed the nation on Sunday' (address)",
        "'Aliyev and Pashinyan have met several times in Brussels' (counted)",
        "'Türkiye could normalise ties with Armenia if Yerevan honoured its commitments' (hypothetical)",
        "Related: 'Fidan receives ... Bayramov in Ankara', 'Erdoğan meets Netanyahu in New York' (furniture)"]),

    # 013. Wire-archive item; manifest null; "Filed: 05 MAY 06 21:10 GMT", dateline "ABUJA, May 5"
    # (true date 2006-05-05, a Friday). "on Friday" -> 5 May; "late on Thursday" -> 4 May; "in
    # April 2004"; "on Saturday" (planned) -> 6 May; "on Friday evening" (call) -> 5 May. The
    # all-night session chaired by Obasanjo ends in the signing: one event. The presidential villa
    # -> Abuja. "Minni Arcua Minnawi" -> Minni Minnawi.
    ("013", "2006-05-05", True, [
        ev("2006-05-05-abuja-al-khalifa-benn-minnawi-obasanjo-salim-zoellick", M, OCC, "2006-05-05", "Abuja",
           [AL_KHALIFA, MINNAWI, OBASANJO, SALIM, ZOELLICK, BENN], [],
           "Sudan's government and the largest faction of Darfur's main rebel group signed a peace agreement"),
        ev("2006-05-04-abuja-minnawi-zoellick", M, OCC, "2006-05-04", "Abuja", [MINNAWI, ZOELLICK], [],
           "Minnawi had told Zoellick at a private meeting late on Thursday that he would sign"),
        ev("2004-04-08-ndjamena-jem-slm-sudan", M, OCC, "2004-04", "N'Djamena", [],
           ["Sudan", "Sudan Liberation Movement", "Justice and Equality Movement", "Chad"],
           "The government and both rebel movements signed a humanitarian ceasefire in N'Djamena in April 2004"),
        ev("2006-05-06-abuja-al-nur-obasanjo", M, PLN, "2006-05-06", "Abuja", [OBASANJO, AL_NUR], [],
           "Obasanjo will meet Abdel Wahid again in Abuja on Saturday"),
        ev("2006-05-05-annan-obasanjo-call", C, OCC, "2006-05-05", None, [ANNAN, OBASANJO], [],
           "UN Secretary-General Kofi Annan telephoned Obasanjo on Friday evening to congratulate him"),
    ], ["'The Justice and Equality Movement ... and the SLM faction of Abdel Wahid ... rejected the deal' (negation)",
        "'reversed himself before the mediators, before giving way at dawn' (inside the same all-night session)",
        "'Bush sent Minnawi a letter' (letter)",
        "'The talks, which began in 2004, have gone through seven rounds' (counted)",
        "'Zoellick told reporters' (press remarks)",
        "'a UN force could take over ... if Khartoum agrees' (hypothetical)",
        "Related items: 'AU extends deadline', 'Deby and Bashir meet in Tripoli', 'Obasanjo receives Konare' (furniture)"]),

    # 014. Pacific broadcaster's site, "Published: 23 May 2024, 11:48 pm (Nouméa time)" (manifest
    # 2024-05-23, a Thursday). Three separate encounters on Thursday in Noumea (round table with
    # Mapou and Darmanin; loyalists; pro-independence delegation with Tein); "on Wednesday" (call)
    # -> 22 May; "in July 2023" -> 2023-07 (Port Vila); "in August" (planned) -> 2024-08.
    ("014", "2024-05-23", False, [
        ev("2024-05-23-noumea-darmanin-macron-mapou", M, OCC, "2024-05-23", "Noumea",
           [MACRON, MAPOU, DARMANIN], ["New Caledonian elected officials", "business leaders"],
           "Macron hosted a round table at the French High Commission in the morning"),
        ev("2024-05-23-noumea-backes-dunoyer-macron", M, OCC, "2024-05-23", "Noumea",
           [MACRON, BACKES, DUNOYER], ["loyalists"],
           "In the afternoon he received loyalist leaders, among them Sonia Backès and Philippe Dunoyer"),
        ev("2024-05-23-noumea-macron-tein", M, OCC, "2024-05-23", "Noumea", [MACRON, TEIN],
           ["pro-independence parties"],
           "At nightfall he sat down with the pro-independence parties, whose delegation included Christian Tein"),
        ev("2024-05-22-macron-rabuka-call", C, OCC, "2024-05-22", None, [MACRON, RABUKA], [],
           "Macron spoke by phone with Fiji's Prime Minister Sitiveni Rabuka on Wednesday"),
        ev("2023-07-27-port-vila-kalsakau-macron", M, OCC, "2023-07", "Port Vila", [MACRON, KALSAKAU], [],
           "Vanuatu, where he held talks with Prime Minister Ishmael Kalsakau in Port Vila"),
        ev("2024-08-26-nuku-alofa-pacific-islands-forum", M, PLN, "2024-08", "Nuku'alofa", [],
           ["Pacific Islands Forum"],
           "Pacific Islands Forum leaders, New Caledonia among them, are due to meet in Nuku'alofa"),
    ], ["'Macron said afterwards that the reform would not be forced through' (statement)",
        "'visited the central police station to thank officers' (internal to one government)",
        "'observed a minute of silence' (no meeting)",
        "'A referendum ... could be held if the two camps reach a deal' (hypothetical)",
        "'No date has been set for further talks in Paris' (negation)",
        "'Australia and New Zealand have flown out stranded tourists' (no meeting)",
        "Related: 'Rabuka meets Albanese in Canberra', 'Salwai hosts Melanesian Spearhead Group leaders' (furniture)"]),
]


def main():
    with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as g, \
            open(os.path.join(HERE, "manifest.jsonl"), "w", encoding="utf-8") as m:
        for aid, published, hidden, events, _traps in ARTICLES:
            g.write(json.dumps({"id": aid, "published": published, "events": events},
                               ensure_ascii=False) + "\n")
            m.write(json.dumps({"id": aid, "published": None if hidden else published},
                               ensure_ascii=False) + "\n")
    print(f"wrote {len(ARTICLES)} articles, {sum(len(a[3]) for a in ARTICLES)} events")


if __name__ == "__main__":
    main()
