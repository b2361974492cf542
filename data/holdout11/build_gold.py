#!/usr/bin/env python3
"""Generate gold.jsonl and manifest.jsonl for the holdout11 corpus.

Run:  python3 data/holdout11/build_gold.py   then   python3 data/eval/validate.py data/holdout11
Each article lists its true publication date, whether the manifest hides it, its gold
events, and (for documentation only) the traps it contains that must NOT be extracted.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

# canonical names
ARAGHCHI, TAKHT, GHARIB, BAGHAEI = ("Abbas Araghchi", "Majid Takht-Ravanchi", "Kazem Gharibabadi",
                                    "Esmaeil Baghaei")
BARROT, WADEPHUL, LAMMY, KALLAS = "Jean-Noel Barrot", "Johann Wadephul", "David Lammy", "Kaja Kallas"
WANG, RYABKOV, SKOOG, GROSSI, FIDAN = ("Wang Yi", "Sergei Ryabkov", "Olof Skoog", "Rafael Grossi",
                                       "Hakan Fidan")
WITKOFF, ALBUSAIDI, APARO = "Steve Witkoff", "Badr Albusaidi", "Massimo Aparo"
TODD, GIL, VIEIRA, ALI, MADURO = ("Hugh Todd", "Yvan Gil", "Mauro Vieira", "Irfaan Ali", "Nicolas Maduro")
GONSALVES, AMORIM, LULA, MITCHELL = ("Ralph Gonsalves", "Celso Amorim", "Luiz Inacio Lula da Silva",
                                     "Dickon Mitchell")
DAR, MUTTAQI, SADIQ, AKHUND, HAN = ("Ishaq Dar", "Amir Khan Muttaqi", "Mohammad Sadiq",
                                    "Mohammad Hassan Akhund", "Han Zheng")
ABIY, HSM, ERDOGAN, FIQI, GEDION = ("Abiy Ahmed", "Hassan Sheikh Mohamud", "Recep Tayyip Erdogan",
                                    "Ahmed Moalim Fiqi", "Gedion Timothewos")
ISAIAS, SISI = "Isaias Afwerki", "Abdel Fattah al-Sisi"
STARMER, RAMA, SPAJIC, MICKOSKI, KRISTO, MACUT = ("Keir Starmer", "Edi Rama", "Milojko Spajic",
                                                  "Hristijan Mickoski", "Borjana Kristo", "Djuro Macut")
KOS, SCHOLZ = "Marta Kos", "Olaf Scholz"
BARTH_EIDE, MOTZFELDT, VALTONEN, BLINKEN, LAVROV = ("Espen Barth Eide", "Vivian Motzfeldt", "Elina Valtonen",
                                                    "Antony Blinken", "Sergey Lavrov")
PENA, MILEI, ORSI, MELONI, VDL, COSTA = ("Santiago Pena", "Javier Milei", "Yamandu Orsi", "Giorgia Meloni",
                                         "Ursula von der Leyen", "Antonio Costa")
TO_LAM, PRABOWO, PUAN, WONG = "To Lam", "Prabowo Subianto", "Puan Maharani", "Lawrence Wong"
BOEHLER, KHALILZAD, KHULAIFI, MBAR, RUBIO = ("Adam Boehler", "Zalmay Khalilzad",
                                             "Mohammed bin Abdulaziz Al-Khulaifi",
                                             "Mohammed bin Abdulrahman Al Thani", "Marco Rubio")
LEE, TAKAICHI, ISHIBA, CHO, MOTEGI, LEE_HYUK = ("Lee Jae-myung", "Sanae Takaichi", "Shigeru Ishiba", "Cho Hyun",
                                                "Toshimitsu Motegi", "Lee Hyuk")
DODIK, PUTIN, NETANYAHU, KONAKOVIC, ORBAN = ("Milorad Dodik", "Vladimir Putin", "Benjamin Netanyahu",
                                             "Elmedin Konakovic", "Viktor Orban")
JUBEIR, JAISHANKAR, SHARIF = "Adel al-Jubeir", "Subrahmanyam Jaishankar", "Shehbaz Sharif"

# groups
IR, FR, DE, UK = "Iran", "France", "Germany", "United Kingdom"
CARICOM, CELAC = "CARICOM", "CELAC"
PK, AF, ET, SO, TR = "Pakistan", "Afghanistan", "Ethiopia", "Somalia", "Turkey"
BERLIN_PROCESS, EC, EU = "Berlin Process", "European Commission", "European Union"
ARCTIC, MERCOSUR, QA, IN = "Arctic Council", "Mercosur", "Qatar", "India"


def ev(key, kind, status, date, location, participants, groups, evidence, date_end=None):
    e = {"key": key, "kind": kind, "status": status, "date": date}
    if date_end:
        e["date_end"] = date_end
    e.update({"location": location, "participants": participants, "groups": groups,
              "evidence": evidence})
    return e


M, C, OCC, PLN = "meeting", "call", "occurred", "planned"

# shared keys (same real-world event in several articles)
K_ISTANBUL = "2025-07-25-istanbul-gharibabadi-takht-ravanchi"
K_GENEVA = "2025-06-20-geneva-araghchi-barrot-kallas-lammy-wadephul"
K_KABUL = "2025-04-19-kabul-dar-muttaqi"
K_MOGADISHU = "2025-02-27-mogadishu-abiy-mohamud"
K_ADDIS = "2025-01-11-addis-ababa-abiy-mohamud"
K_ANKARA = "2024-12-11-ankara-abiy-erdogan-mohamud"
K_FOZ = "2025-12-20-foz-do-iguacu-mercosur"
K_ASUNCION = "2026-01-17-asuncion-costa-pena-von-der-leyen"

ARTICLES = [
    # Wednesday wire. "on Friday" future -> 07-25; "on Tuesday" past -> 07-22; explicit July 17 / July 15.
    ("000_ir_e3_istanbul_preview_wire", "2025-07-23", False, [
        ev(K_ISTANBUL, M, PLN, "2025-07-25", "Istanbul", [TAKHT, GHARIB], [FR, DE, UK],
           "Majid Takht-Ravanchi and Kazem Gharibabadi will meet political directors from the three European countries"),
        ev("2025-07-17-araghchi-barrot-kallas-lammy-wadephul-call", C, OCC, "2025-07-17", None,
           [ARAGHCHI, BARROT, WADEPHUL, LAMMY, KALLAS], [],
           "The Istanbul meeting was agreed during a video call on Thursday, July 17"),
        ev("2025-07-15-tianjin-araghchi-wang", M, OCC, "2025-07-15", "Tianjin", [ARAGHCHI, WANG], [],
           "He held talks with Chinese Foreign Minister Wang Yi in Tianjin on July 15"),
        ev("2025-07-22-gharibabadi-ryabkov-call", C, OCC, "2025-07-22", None, [RYABKOV, GHARIB], [],
           "Sergei Ryabkov discussed the Istanbul talks with Gharibabadi in a telephone conversation"),
    ], ["photo caption 'attends a news conference in Tehran' (press)",
        "Baghaei 'told his weekly news conference on Monday' (press)",
        "'have warned that they will trigger the return of United Nations sanctions' (statement)",
        "'the first of its kind since the war' (same call)",
        "'on the sidelines of a meeting of Shanghai Cooperation Organisation foreign ministers' (backdrop only)",
        "'No meeting with U.S. officials is planned in Istanbul' (negation)",
        "'held five rounds of indirect talks ... between April and May' (counted)",
        "'A sixth round, set for June 15 in Muscat, was called off' (cancelled)",
        "'new talks with U.S. envoy Steve Witkoff could only be considered if' (hypothetical)",
        "'A senior E3 official, briefing reporters in Brussels' (briefing)",
        "Read more: 'Witkoff, Araqchi meet for third round in Muscat', 'Lavrov hosts Araqchi in Moscow' (furniture)"]),

    # Manifest null: "Published 26.07.2025 10:41" (Saturday). "on Friday" -> 07-25; "A day earlier" -> 07-24;
    # "on Tuesday" future -> 07-29. Misspelling "Gharibabdi"; "Takht Ravanchi" without hyphen.
    ("001_tr_ir_e3_istanbul_talks_regional", "2025-07-26", True, [
        ev(K_ISTANBUL, M, OCC, "2025-07-25", "Istanbul", [GHARIB, TAKHT, SKOOG], [IR, FR, DE, UK],
           "after nearly four hours of talks at Iran's consulate general in Istanbul on Friday"),
        ev("2025-07-24-araghchi-grossi-call", C, OCC, "2025-07-24", None, [ARAGHCHI, GROSSI], [],
           "Foreign Minister Abbas Araghchi spoke by telephone with IAEA Director General Rafael Grossi"),
        ev(K_GENEVA, M, OCC, "2025-06-20", "Geneva", [ARAGHCHI, BARROT, WADEPHUL, LAMMY, KALLAS], [],
           "The previous meeting between Iran and the E3 took place in Geneva on June 20"),
        ev("2025-07-29-ankara-araghchi-fidan", M, PLN, "2025-07-29", "Ankara", [FIDAN, ARAGHCHI], [],
           "Turkish Foreign Minister Hakan Fidan will host Araghchi in Ankara on Tuesday"),
    ], ["photo caption 'The Iranian delegation arrives at Iran's consulate general' (arrival; same event)",
        "Gharibabadi 'wrote on X' (post)",
        "'agreed to consult further' (vague)",
        "'a later round could be held at ministerial level if there was progress' (hypothetical)",
        "'a diplomat who attended the talks told the Bosphorus Post' (interview)",
        "'Turkish officials did not take part in the meeting' (negation)",
        "'two days before U.S. bombers struck the Fordow site' (no meeting)",
        "'Fidan has repeatedly offered to host further rounds' (offer, not accepted)",
        "'a proposal, floated by European diplomats' (proposal)",
        "MOST READ: 'Fidan meets Hamas political bureau delegation', 'Galatasaray meet Fenerbahce', "
        "'Erdogan, Aliyev hold phone call' (furniture; sport)"]),

    # Friday paper. "on Thursday" -> 01-25; "on Wednesday" -> 01-24; "on Monday" future -> 01-29;
    # "on December 14" -> 2023-12-14.
    ("002_gy_ve_brasilia_joint_commission_regional", "2024-01-26", False, [
        ev("2024-01-25-brasilia-gil-todd", M, OCC, "2024-01-25", "Brasilia", [TODD, GIL, VIEIRA], [CARICOM, CELAC],
           "Hugh Todd and Venezuela's Foreign Minister Yván Gil met in Brasília on Thursday"),
        ev("2023-12-14-kingstown-ali-maduro", M, OCC, "2023-12-14", "Kingstown", [ALI, MADURO, GONSALVES, AMORIM], [],
           "the meeting between President Irfaan Ali and Venezuelan leader Nicolás Maduro in Kingstown"),
        ev("2024-01-24-ali-lula-call", C, OCC, "2024-01-24", None, [ALI, LULA], [],
           "President Ali spoke by phone with Brazilian President Luiz Inácio Lula da Silva on Wednesday"),
        ev("2024-01-29-georgetown-ali-mitchell", M, PLN, "2024-01-29", "Georgetown", [MITCHELL, ALI], [],
           "will visit Georgetown on Monday for talks with Dr Ali on the controversy"),
    ], ["'the Ministry of Foreign Affairs said in a statement last night' (statement)",
        "'Speaking to the Ledger by telephone from Brasilia' (interview by phone, not a call between parties)",
        "'A second session ... \"in due course\", but no date or venue has been agreed' (not fixed)",
        "'Venezuela proposed holding it in Caracas; Georgetown has not accepted' (proposal)",
        "Gil 'told state broadcaster VTV' (interview)",
        "Maduro 'ready to meet Ali \"whenever and wherever\"' (hypothetical)",
        "'the Government had not briefed the National Assembly', 'called for a special sitting' (domestic; negation)",
        "RELATED: 'Ali, Maduro meet in St Vincent', 'US military delegation holds talks with GDF chief', "
        "'CARICOM heads to meet in Guyana in February' (furniture)"]),

    # Sunday paper. "on Saturday" -> 04-19; "later" same day; "last month" -> 2025-03; "next week" -> 2025-04
    # (21-27 April). Sadiq "accompanied" Dar: participant, not a key name.
    ("003_pk_af_dar_kabul_national", "2025-04-20", False, [
        ev(K_KABUL, M, OCC, "2025-04-19", "Kabul", [DAR, MUTTAQI, SADIQ], [],
           "Ishaq Dar held talks with the Afghan Taliban's acting foreign minister, Amir Khan Muttaqi"),
        ev("2025-04-19-kabul-akhund-dar", M, OCC, "2025-04-19", "Kabul", [DAR, AKHUND], [],
           "Mr Dar later called on the acting prime minister, Mullah Mohammad Hassan Akhund"),
        ev("2025-03-kabul-muttaqi-sadiq", M, OCC, "2025-03", "Kabul", [SADIQ, MUTTAQI], [],
           "The visit was prepared during talks between Mr Sadiq and Muttaqi in Kabul last month"),
        ev("2025-04-islamabad-afghanistan-pakistan", M, PLN, "2025-04", "Islamabad", [], [AF, PK],
           "Officials of the two countries will meet in Islamabad next week"),
    ], ["'According to the Foreign Office, the two sides agreed' (same event)",
        "'Mr Dar did not meet the Taliban's supreme leader' (negation)",
        "'Speaking to state television on his return' (interview)",
        "'hoped to welcome Muttaqi to Islamabad \"soon\"' (vague)",
        "'have held several rounds of talks since January' (counted)",
        "'the apex committee of the National Action Plan ... met on Friday' (internal)",
        "Most popular: 'Dar, Wang Yi to meet in Beijing next month', 'Families denied meeting ...', "
        "'Qalandars meet Zalmi' (furniture; sport)"]),

    # Wednesday wire. "on Wednesday" = publication day (occurred); "on Tuesday" -> 05-20;
    # "on Thursday" future -> 05-22; "on April 19" -> 2025-04-19.
    ("004_cn_pk_af_beijing_trilateral_wire", "2025-05-21", False, [
        ev("2025-05-21-beijing-dar-muttaqi-wang", M, OCC, "2025-05-21", "Beijing", [WANG, DAR, MUTTAQI], [],
           "Wang Yi hosted his Pakistani and Afghan counterparts in Beijing on Wednesday"),
        ev("2025-05-20-beijing-dar-wang", M, OCC, "2025-05-20", "Beijing", [DAR, WANG], [],
           "held separate talks with Wang on Tuesday at the Diaoyutai State Guesthouse"),
        ev(K_KABUL, M, OCC, "2025-04-19", "Kabul", [DAR, MUTTAQI], [],
           "The two ministers last met in Kabul on April 19"),
        ev("2025-05-22-beijing-han-muttaqi", M, PLN, "2025-05-22", "Beijing", [MUTTAQI, HAN], [],
           "Muttaqi is scheduled to meet Chinese Vice President Han Zheng in Beijing on Thursday"),
    ], ["'who arrived in Beijing on Monday' (arrival)",
        "'Dar wrote on X' (post)",
        "'agreed to hold their sixth formal trilateral ... \"at an early date\", without naming a venue' (not fixed)",
        "'would be willing to host talks between them if both sides wished' (hypothetical)",
        "'India has rejected any third-party mediation' (negation)",
        "Jaiswal 'told a weekly briefing' (briefing)",
        "'Dar told reporters at the airport' (press)",
        "Related coverage: 'Dar visits Kabul, meets Taliban prime minister', 'Wang Yi speaks with Doval by phone', "
        "'Sharif, Erdogan speak by phone' (furniture)"]),

    # Friday site. "on Thursday" -> 02-27; "on January 11"; "in December" -> 2024-12; "on March 3 and 4".
    # Misspelling "Mohamoud" in the evidence.
    ("005_so_et_abiy_mogadishu_regional", "2025-02-28", False, [
        ev(K_MOGADISHU, M, OCC, "2025-02-27", "Mogadishu", [ABIY, HSM], [],
           "Abiy Ahmed held talks with President Hassan Sheikh Mohamoud at Villa Somalia on Thursday"),
        ev(K_ADDIS, M, OCC, "2025-01-11", "Addis Ababa", [HSM, ABIY], [],
           "Hassan Sheikh travelled to Addis Ababa, where he and Abiy held talks on January 11"),
        ev(K_ANKARA, M, OCC, "2024-12", "Ankara", [ABIY, HSM, ERDOGAN], [],
           "until the two leaders met in Ankara in December at the invitation of Turkish President"),
        ev("2025-03-03-addis-ababa-fiqi-timothewos", M, PLN, "2025-03-03", "Addis Ababa", [FIQI, GEDION], [],
           "Ahmed Moalim Fiqi will travel to Addis Ababa for talks with his Ethiopian counterpart",
           date_end="2025-03-04"),
    ], ["photo caption 'President Hassan Sheikh Mohamud and Prime Minister Abiy Ahmed at Villa Somalia' (same event)",
        "'signed a memorandum of understanding with ... Somaliland in January last year' (no encounter stated)",
        "'a statement from the Somali presidency said' (statement)",
        "'Madobe ... was not invited to meet Abiy' (negation)",
        "'The federal cabinet held an extraordinary session on Wednesday' (internal)",
        "Abdishakur 'told the Tribune' (interview)",
        "'would be ready to return to Mogadishu ... if he were invited' (hypothetical)",
        "MOST READ: 'Hassan Sheikh meets Egypt's Sisi in Cairo', 'Ethiopia and Somaliland hold talks in Hargeisa' (furniture)"]),

    # Manifest null: "Published 3 March 2025" (Monday). "next month" -> 2025-04; "in January" -> 2025-01;
    # "on 11 December" -> 2024-12-11; "on 10 October last year" -> 2024-10-10.
    ("006_hoa_et_so_ankara_analysis", "2025-03-03", True, [
        ev(K_MOGADISHU, M, OCC, "2025-02-27", "Mogadishu", [ABIY, HSM], [],
           "He met President Hassan Sheikh Mohamud there for around three hours"),
        ev(K_ANKARA, M, OCC, "2024-12-11", "Ankara", [ERDOGAN, ABIY, HSM], [],
           "On 11 December, after talks hosted by President Recep Tayyip Erdoğan, Abiy and Hassan Sheikh"),
        ev(K_ADDIS, M, OCC, "2025-01", "Addis Ababa", [HSM, ABIY], [],
           "when Hassan Sheikh flew to Addis Ababa and was received by Abiy"),
        ev("2025-02-18-ankara-ethiopia-somalia", M, OCC, "2025-02-18", "Ankara", [], [ET, SO, TR],
           "Technical delegations from Ethiopia and Somalia then met in Ankara on 18 and 19 February",
           date_end="2025-02-19"),
        ev("2025-04-ankara-ethiopia-somalia", M, PLN, "2025-04", "Ankara", [], [ET, SO],
           "A second round is expected in Ankara next month"),
        ev("2024-10-10-asmara-afwerki-mohamud-sisi", M, OCC, "2024-10-10", "Asmara", [ISAIAS, SISI, HSM], [],
           "hosted Abdel Fattah al-Sisi and Hassan Sheikh in Asmara on 10 October last year"),
    ], ["'Abiy Ahmed's trip to Mogadishu on 27 February' (same event; the trip alone is not the encounter)",
        "'Abiy and Isaias have not met since 2023' (negation)",
        "'a meeting between them would be a far stronger signal' (hypothetical)",
        "'Abiy has not received its new president, Abdirahman Irro' (negation)",
        "'the January 2024 memorandum' (no encounter stated)",
        "'the African Union is expected to decide on troop contributions in the coming weeks' (internal to the AU; not fixed)",
        "Related analysis: 'Abiy meets Isaias? The rumour that would not die' (furniture)"]),

    # Thursday site. "on Wednesday" -> 10-22; "Before the plenary" same day; "on Tuesday" future -> 10-28;
    # "Last year's summit ... in October" -> 2024-10.
    ("007_ba_berlin_process_london_regional", "2025-10-23", False, [
        ev("2025-10-22-london-berlin-process", M, OCC, "2025-10-22", "London",
           [STARMER, RAMA, SPAJIC, MICKOSKI, KRISTO, MACUT], [BERLIN_PROCESS, EC],
           "Leaders from the six Western Balkan countries gathered at Lancaster House in London on Wednesday"),
        ev("2025-10-22-london-rama-starmer", M, OCC, "2025-10-22", "London", [STARMER, RAMA], [],
           "Before the plenary session, Starmer held a bilateral meeting with Rama"),
        ev("2025-10-28-sarajevo-kos-kristo", M, PLN, "2025-10-28", "Sarajevo", [KOS, KRISTO], [],
           "Marta Kos is due in Sarajevo on Tuesday for talks with Krišto"),
        ev("2024-10-14-berlin-berlin-process", M, OCC, "2024-10", "Berlin", [SCHOLZ], [BERLIN_PROCESS],
           "Last year's summit took place in Berlin in October, hosted by then Chancellor Olaf Scholz"),
    ], ["photo caption 'Keir Starmer welcomes Edi Rama to Lancaster House' (welcome; same event)",
        "'Vucic said he would stay in Belgrade' (did not attend)",
        "'Macut did not hold a separate bilateral meeting with Starmer' (negation)",
        "Kristo 'told reporters after the summit' (press)",
        "'launched by Angela Merkel in 2014' (no single encounter)",
        "'The leaders adopted a joint declaration' (same event; statement)",
        "'Next year's summit will be hosted by a country yet to be announced' (not fixed)",
        "MOST READ: 'Dodik meets Orban in Budapest again', 'Zeljeznicar meet Sarajevo' (furniture; sport)"]),

    # Tuesday site. "on Monday" -> 05-12; "on Friday" -> 05-09; "in November" future -> 2025-11;
    # "in May 2021" -> 2021-05.
    ("008_arctic_council_tromso_handover", "2025-05-13", False, [
        ev("2025-05-12-tromso-arctic-council", M, OCC, "2025-05-12", "Tromso", [BARTH_EIDE, MOTZFELDT], [ARCTIC],
           "Senior representatives of the eight Arctic states met in Tromsø on Monday"),
        ev("2025-05-09-barth-eide-valtonen-call", C, OCC, "2025-05-09", None, [BARTH_EIDE, VALTONEN], [],
           "Barth Eide also spoke by phone with Finnish Foreign Minister Elina Valtonen on Friday"),
        ev("2025-11-nuuk-arctic-council", M, PLN, "2025-11", "Nuuk", [], [ARCTIC],
           "Senior Arctic Officials from the eight states will meet in Nuuk in November"),
        ev("2021-05-19-reykjavik-blinken-lavrov", M, OCC, "2021-05", "Reykjavik", [BLINKEN, LAVROV], [],
           "Antony Blinken and Sergey Lavrov held their first face-to-face talks as foreign ministers"),
    ], ["'Russia did not send a minister, and no bilateral contacts with Russian officials took place' (negation)",
        "'sent a State Department official rather than ... Marco Rubio' (Rubio not present)",
        "Barth Eide 'told the Arctic Observer after the ceremony' (interview)",
        "'on the sidelines of the council's ministerial session in Reykjavik' (backdrop only)",
        "'\"Only if the war in Ukraine ends\"' (hypothetical)",
        "MOST READ: 'Greenland premier meets Frederiksen in Copenhagen', 'Tromso IL meet Bodo/Glimt' (furniture; sport)"]),

    # Saturday page. "on Saturday" = publication day; "On Thursday" -> 12-18; "in Asuncion in January" -> 2026-01;
    # "on December 6, 2024".
    ("009_br_mercosur_foz_summit", "2025-12-20", False, [
        ev(K_FOZ, M, OCC, "2025-12-20", "Foz do Iguacu", [LULA, PENA, MILEI, ORSI], [MERCOSUR],
           "Mercosur presidents met in Foz do Iguaçu on Saturday for the bloc's end-of-year summit"),
        ev("2025-12-18-lula-meloni-call", C, OCC, "2025-12-18", None, [LULA, MELONI], [],
           "Lula spoke by phone with Italian Prime Minister Giorgia Meloni"),
        ev(K_ASUNCION, M, PLN, "2026-01", "Asuncion", [VDL, COSTA], [MERCOSUR],
           "The agreement is now expected to be signed in Asunción in January"),
        ev("2024-12-06-montevideo-mercosur-von-der-leyen", M, OCC, "2024-12-06", "Montevideo", [VDL], [MERCOSUR],
           "von der Leyen met the Mercosur leaders at the bloc's summit on December 6, 2024"),
    ], ["photo caption 'Presidents pose for the family photo' (same event)",
        "'did not hold a bilateral meeting and exchanged only a brief handshake' (negation; same event)",
        "'had been pencilled in for Saturday, but was postponed' (cancelled)",
        "'Pena said in his closing speech' (speech)",
        "'he could travel to Brussels himself \"if that is what it takes\"' (hypothetical)",
        "'European farmers protested in Brussels on Thursday' (no meeting)",
        "'Pena told reporters' (press)",
        "RELATED: 'Lula and Trump meet in Kuala Lumpur', 'Von der Leyen and Lula discuss deal timing by phone', "
        "'Orsi visits Beijing, meets Xi' (furniture)"]),

    # Manifest null: live-blog date line "Saturday, 17 January 2026". "on Friday" / "yesterday" -> 01-16;
    # "on Monday" future -> 01-19; "on 20 December" -> 2025-12-20.
    ("010_py_eu_mercosur_signing_liveblog", "2026-01-17", True, [
        ev(K_ASUNCION, M, OCC, "2026-01-17", "Asuncion", [VDL, COSTA, PENA, MILEI, ORSI, VIEIRA], [],
           "Ursula von der Leyen, António Costa and Santiago Peña signed the agreement at the Gran"),
        ev("2026-01-19-montevideo-costa-orsi", M, PLN, "2026-01-19", "Montevideo", [COSTA, ORSI], [],
           "Costa is scheduled to meet Uruguay's President Yamandú Orsi in Montevideo on Monday"),
        ev("2026-01-16-costa-lula-call", C, OCC, "2026-01-16", None, [LULA, COSTA], [],
           "Lula had spoken by phone with Costa on Friday"),
        ev("2026-01-16-asuncion-pena-von-der-leyen", M, OCC, "2026-01-16", "Asuncion", [VDL, PENA], [],
           "held talks with Peña at the Palacio de López in the evening"),
        ev(K_FOZ, M, OCC, "2025-12-20", "Foz do Iguacu", [LULA, PENA], [MERCOSUR],
           "The bloc's summit in Foz do Iguaçu on 20 December, where Lula handed the presidency"),
    ], ["Key events bullets 'EU and Mercosur leaders sign', 'Costa heads to Montevideo on Monday' (same events)",
        "'Von der Leyen and Pena will hold a joint press conference shortly' (press)",
        "'Lula did not travel to Asuncion' (negation)",
        "'Protesters have gathered outside the theatre', 'farmers' groups have called for demonstrations' (no meeting)",
        "'von der Leyen arrived in Asuncion on Friday afternoon' (arrival)",
        "'Negotiations were wrapped up in December 2024' (no encounter stated)",
        "'Milei has posted on X' (post)",
        "'A vote on that request could come later this month' (vote; hypothetical)",
        "Related: 'EU-India summit: what to expect in New Delhi' (furniture)"]),

    # Tuesday readout stamped 17:20. "On the morning of March 11" occurred; "November 2024" -> 2024-11.
    ("011_vn_id_to_lam_jakarta_readout", "2025-03-11", False, [
        ev("2025-03-10-jakarta-prabowo-to-lam", M, OCC, "2025-03-10", "Jakarta", [TO_LAM, PRABOWO], [],
           "To Lam held talks with Indonesian President Prabowo Subianto at the Merdeka Palace in Jakarta"),
        ev("2025-03-11-jakarta-puan-to-lam", M, OCC, "2025-03-11", "Jakarta", [TO_LAM, PUAN], [],
           "General Secretary To Lam met Speaker of the House of Representatives Puan Maharani"),
        ev("2024-11-prabowo-to-lam-call", C, OCC, "2024-11", None, [TO_LAM, PRABOWO], [],
           "To Lam and Prabowo had a phone conversation in November 2024"),
        ev("2025-03-12-singapore-to-lam-wong", M, PLN, "2025-03-12", "Singapore", [TO_LAM, WONG], [],
           "where he is scheduled to hold talks with Prime Minister Lawrence Wong on March 12"),
    ], ["'Following an official welcome ceremony' (same event)",
        "'witnessed the exchange of cooperation documents and met the press' (same event; press)",
        "'delivered a policy speech' at the ASEAN Secretariat (speech)",
        "'laid a wreath at the Kalibata Heroes Cemetery' (ceremony)",
        "'met officials of the Vietnamese Embassy and representatives of the Vietnamese community' (own nationals)",
        "'left Jakarta on the afternoon of March 11 for Singapore' (travel)",
        "'established diplomatic relations in 1955' (no meeting)",
        "Related news: 'Vietnamese Prime Minister meets Singaporean counterpart at WEF', "
        "'To Lam receives outgoing Indonesian Ambassador' (furniture)"]),

    # Friday wire. "on Thursday" -> 03-20; "last week" -> 2025-03 (10-16 March); "on Wednesday" -> 03-19;
    # "on Saturday" future -> 03-22. Misspelling "Khalilzhad" in the evidence.
    ("012_af_us_qatar_kabul_release_wire", "2025-03-21", False, [
        ev("2025-03-20-kabul-boehler-khalilzad-muttaqi", M, OCC, "2025-03-20", "Kabul",
           [BOEHLER, KHALILZAD, MUTTAQI], [QA],
           "Boehler and former U.S. peace envoy Zalmay Khalilzhad met Taliban Foreign Minister Amir Khan Muttaqi"),
        ev("2025-03-kabul-al-khulaifi-muttaqi", M, OCC, "2025-03", "Kabul", [KHULAIFI, MUTTAQI], [],
           "Mohammed bin Abdulaziz Al-Khulaifi, who held talks with Muttaqi in Kabul last week"),
        ev("2025-03-19-al-thani-rubio-call", C, OCC, "2025-03-19", None, [MBAR, RUBIO], [],
           "Mohammed bin Abdulrahman Al Thani, also spoke by phone with Secretary of State Marco Rubio"),
        ev("2025-03-22-doha-boehler-qatar", M, PLN, "2025-03-22", "Doha", [BOEHLER], [QA],
           "Boehler is due to meet Qatari officials in Doha on Saturday"),
    ], ["'a rare visit to Kabul by U.S. hostage envoy Adam Boehler' (same event)",
        "'Glezmann was flown to Doha on a Qatari government plane' (travel)",
        "Mujahid 'wrote on X' (post)",
        "'Washington has not held direct talks with the Taliban about his case' (negation)",
        "'Khalilzad held many rounds of talks with the Taliban in Doha between 2018 and 2020' (counted)",
        "'further releases could follow \"if the goodwill continues\"' (hypothetical)",
        "'The State Department declined to comment'",
        "Related: 'Taliban release U.S. citizen Ryan Corbett', 'Qatar hosts Taliban, UN envoys for Doha talks' (furniture)"]),

    # Wednesday interview. "on October 30" -> 2025-10-30; "in August" -> 2025-08; "in January" future -> 2026-01;
    # "on December 19"; "last week" -> 2025-12 (1-7 December).
    ("013_kr_jp_ambassador_interview", "2025-12-10", False, [
        ev("2025-10-30-gyeongju-lee-takaichi", M, OCC, "2025-10-30", "Gyeongju", [LEE, TAKAICHI], [],
           "Lee Jae-myung and Prime Minister Sanae Takaichi held their first summit in Gyeongju"),
        ev("2025-08-23-tokyo-ishiba-lee", M, OCC, "2025-08", "Tokyo", [LEE, ISHIBA], [],
           "the summit in Tokyo in August, when President Lee met then Prime Minister Shigeru Ishiba"),
        ev("2026-01-13-nara-lee-takaichi", M, PLN, "2026-01", "Nara", [LEE, TAKAICHI], [],
           "President Lee is scheduled to visit Nara, the prime minister's hometown, in January"),
        ev("2025-12-19-tokyo-cho-motegi", M, PLN, "2025-12-19", "Tokyo", [CHO, MOTEGI], [],
           "Foreign Minister Cho Hyun will be in Tokyo on December 19 for talks with"),
        ev("2025-12-tokyo-lee-motegi", M, OCC, "2025-12", "Tokyo", [LEE_HYUK, MOTEGI], [],
           "I called on him at the Foreign Ministry last week"),
    ], ["'spoke with The Seoul Courier at the embassy in Tokyo on Monday' (interview)",
        "'on the sidelines of APEC' (backdrop only)",
        "'no date has been set' for the trilateral summit (not fixed)",
        "'the leaders could of course also meet bilaterally there' (hypothetical)",
        "'I meet Japanese lawmakers almost every week' (habitual)",
        "'They have spoken by phone a few times' (counted)",
        "MOST VIEWED: 'Takaichi meets Xi in Gyeongju' (furniture)"]),

    # Wednesday site. "on Tuesday" -> 04-01; "last week" -> 2025-03 (24-30 March); "on Monday" -> 03-31;
    # "on April 7 and 8"; Budapest reception announced without a date -> date null.
    ("014_ba_ru_dodik_kremlin_regional", "2025-04-02", False, [
        ev("2025-04-01-moscow-dodik-putin", M, OCC, "2025-04-01", "Moscow", [DODIK, PUTIN], [],
           "Milorad Dodik met Russian President Vladimir Putin in the Kremlin on Tuesday"),
        ev("2025-03-jerusalem-dodik-netanyahu", M, OCC, "2025-03", "Jerusalem", [DODIK, NETANYAHU], [],
           "where he met Prime Minister Benjamin Netanyahu in Jerusalem last week"),
        ev("2025-04-07-brussels-kallas-konakovic", M, PLN, "2025-04-07", "Brussels", [KONAKOVIC, KALLAS], [EU],
           "will hold two days of talks with EU officials, including foreign policy chief Kaja Kallas",
           date_end="2025-04-08"),
        ev("2025-03-31-kos-kristo-call", C, OCC, "2025-03-31", None, [KRISTO, KOS], [],
           "spoke by telephone with EU Enlargement Commissioner Marta Kos on Monday"),
        ev("2025-04-budapest-dodik-orban", M, PLN, None, "Budapest", [DODIK, ORBAN], [],
           "he was also due to be received by Hungarian Prime Minister Viktor Orbán in Budapest"),
    ], ["'told Russian state television after the meeting' (interview)",
        "'He has met Putin many times since 2014' (counted)",
        "'would attend the Victory Day parade in Moscow on May 9' (ceremony, not a meeting)",
        "Konakovic 'called the visit \"a provocation\"' (statement)",
        "'Schmidt, declined to comment'; 'the presidency had not authorised the trip' (negation)",
        "'rejected calls ... to meet state prosecutors' (rejected)",
        "Related: 'Dodik meets Orban in Budapest', 'Vucic and Dodik hold talks in Belgrade' (furniture)"]),

    # Monday column. "on 25 July", "on 12 April", "on 20 June"; "next week" -> 2025-08 (11-17 August).
    ("015_ir_snapback_opinion", "2025-08-04", False, [
        ev(K_ISTANBUL, M, OCC, "2025-07-25", "Istanbul", [GHARIB, TAKHT], [UK, FR, DE],
           "sat down with British, French and German diplomats at Iran's consulate in Istanbul"),
        ev("2025-04-12-muscat-araghchi-witkoff", M, OCC, "2025-04-12", "Muscat", [WITKOFF, ARAGHCHI, ALBUSAIDI], [],
           "In Muscat on 12 April, Steve Witkoff and Abbas Araghchi held the first round"),
        ev(K_GENEVA, M, OCC, "2025-06-20", "Geneva", [BARROT, WADEPHUL, LAMMY, ARAGHCHI, KALLAS], [],
           "when Jean-Noël Barrot, Johann Wadephul and David Lammy met Araghchi at the InterContinental hotel"),
        ev("2025-08-11-tehran-aparo-iran", M, PLN, "2025-08", "Tehran", [APARO], [IR],
           "team led by Deputy Director General Massimo Aparo is due in Tehran next week"),
    ], ["'bringing the two men together for a brief direct exchange' (same Muscat event)",
        "'Four more rounds followed' (counted)",
        "'A sixth, due in Muscat on 15 June, never happened' (cancelled)",
        "'American bombs fell on Fordow' (no meeting)",
        "'a ministerial meeting ... could follow in September' (hypothetical)",
        "'Witkoff would be ready to meet Araghchi \"anywhere, any time\"'; 'Tehran has so far refused' (hypothetical; rejected)",
        "Related: 'Araghchi and Witkoff meet in Rome for second round' (furniture)"]),

    # Saturday page. "on Saturday" = publication day; "on Thursday" -> 05-08; "on Friday" -> 05-09;
    # "on May 12" planned call.
    ("016_in_pk_ceasefire_envoys_national", "2025-05-10", False, [
        ev("2025-05-10-india-pakistan-call", C, OCC, "2025-05-10", None, [], [PK, IN],
           "Pakistan's Director General of Military Operations called his Indian counterpart at 15:35 hours on Saturday"),
        ev("2025-05-12-india-pakistan-call", C, PLN, "2025-05-12", None, [], [IN, PK],
           "The two DGMOs will speak again at 12:00 hours on May 12"),
        ev("2025-05-10-jaishankar-rubio-call", C, OCC, "2025-05-10", None, [RUBIO, JAISHANKAR], [],
           "US Secretary of State Marco Rubio spoke to External Affairs Minister S Jaishankar by phone"),
        ev("2025-05-08-new-delhi-al-jubeir-jaishankar", M, OCC, "2025-05-08", "New Delhi", [JUBEIR, JAISHANKAR], [],
           "Adel al-Jubeir met Jaishankar in New Delhi on Thursday"),
        ev("2025-05-09-islamabad-al-jubeir-sharif", M, OCC, "2025-05-09", "Islamabad", [JUBEIR, SHARIF, DAR], [],
           "He then flew to Islamabad, where he called on Prime Minister Shehbaz Sharif on Friday"),
        ev("2025-05-08-new-delhi-araghchi-jaishankar", M, OCC, "2025-05-08", "New Delhi", [ARAGHCHI, JAISHANKAR], [],
           "where he co-chaired the India–Iran Joint Commission meeting with Jaishankar"),
    ], ["Misri 'announced at a brief media appearance' (press)",
        "'the second such conversation this week' (counted; no date)",
        "'Araghchi had visited Islamabad earlier in the week' (visit without a stated encounter)",
        "'Saudi Arabia had offered to host direct talks ... did not take up the offer' (rejected proposal)",
        "'Modi chaired a meeting of the Cabinet Committee on Security' (internal)",
        "'Trump announced the ceasefire on Truth Social', '\"a long night of talks mediated by the United States\"' (post; vague)",
        "'Sharif addressed the nation' (address)",
        "'Opposition parties demanded a special session of Parliament' (domestic)",
        "Related: 'Jaishankar, Wang Yi speak by phone', 'Army chief briefs Modi' (furniture)"]),
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
