#!/usr/bin/env python3
"""Generate gold.jsonl and manifest.jsonl for the holdout39 BLIND held-out corpus.

Run:  python3 data/holdout39/build_gold.py   then   python3 data/eval/validate.py data/holdout39

BLIND: the developers of dossier must not read this file, the pages or the gold. The corpus is
scored only in aggregate, to measure how the extractor generalises.

Each entry lists a page's true publication date, whether the manifest hides it, its gold
events, and (for documentation only) the traps it contains that must NOT be extracted.

Fifteen real occasions, all from 2016-2025: the Horn of Africa (Abiy in Asmara 2018),
southern Africa and the US (Ramaphosa in the Oval Office 2025), the Great Lakes (the
Congo-M23 declaration in Doha 2025), South America (the Havana ceasefire with the FARC 2016;
the EU-Mercosur conclusion in Montevideo 2024), the Gulf and Europe (the US-Ukraine talks in
Jeddah 2025), the Middle East and the UN system (Araghchi and Grossi in Cairo 2025), the Balkans
(the Prespa agreement 2018), northern Europe and NATO (Erdogan, Kristersson and Stoltenberg in
Vilnius 2023), Southeast Asia (the Japan-Philippines Reciprocal Access Agreement 2024), South
Asia (Yunus and Modi in Bangkok 2025), Central Asia (the Kyrgyz-Tajik border treaty in Bishkek
and the Khujand trilateral summit 2025), Oceania (the Pukpuk Treaty 2025) and East Asia (the
Japan-China-South Korea foreign ministers in Tokyo 2025).

Thirteen pages are ordinary modern online news (wire copy, newspaper and broadcaster sites, an
agency item, a government press release); two are unusual layouts (an e-mail newsletter, 004,
and a live blog, 008).

Three pages have no date in the manifest and each prints one: 003 (dateline "HAVANA, June 23,
2016"; the page stamp has no year), 009 (press release "Manila, 8 July 2024"), 011 (agency
stamp "13.03.2025 | 19:40").

Two real events are reported by two pages under the same key:
  2025-03-13-bishkek-japarov-rahmon              011 (main occasion) and 012 (background)
  2025-03-31-khujand-japarov-mirziyoyev-rahmon   011 (planned) and 012 (main occasion, held)
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

# canonical names
ABIY, ISAIAS, WORKNEH, OSMAN, YEMANE, MELES, SISI = (
    "Abiy Ahmed", "Isaias Afwerki", "Workneh Gebeyehu", "Osman Saleh", "Yemane Gebreab",
    "Meles Zenawi", "Abdel Fattah el-Sisi")
RAMAPHOSA, TRUMP, LAMOLA, STEENHUISEN, ELS, GOOSEN, VANCE, ZELENSKYY, BIDEN = (
    "Cyril Ramaphosa", "Donald Trump", "Ronald Lamola", "John Steenhuisen", "Ernie Els",
    "Retief Goosen", "JD Vance", "Volodymyr Zelenskyy", "Joe Biden")
MAMBU, MBONIMPA, KHULAIFI, BOULOS, KW, NDUH, RUBIO, TAMIM, TSHISEKEDI, KAGAME = (
    "Sumbu Sita Mambu", "Benjamin Mbonimpa", "Mohammed Al-Khulaifi", "Massad Boulos",
    "Therese Kayikwamba Wagner", "Olivier Nduhungirehe", "Marco Rubio", "Tamim bin Hamad Al Thani",
    "Felix Tshisekedi", "Paul Kagame")
SANTOS, LONDONO, CASTRO, BRENDE, BAN, BACHELET, MADURO, KERRY = (
    "Juan Manuel Santos", "Rodrigo Londono", "Raul Castro", "Borge Brende", "Ban Ki-moon",
    "Michelle Bachelet", "Nicolas Maduro", "John Kerry")
VDL, LACALLE, LULA, MILEI, PENA, ARCE, ORSI, MUJICA = (
    "Ursula von der Leyen", "Luis Lacalle Pou", "Luiz Inacio Lula da Silva", "Javier Milei",
    "Santiago Pena", "Luis Arce", "Yamandu Orsi", "Jose Mujica")
WALTZ, YERMAK, SYBIHA, UMEROV, FAISAL, MBS, LAVROV, USHAKOV, WITKOFF, PUTIN = (
    "Mike Waltz", "Andriy Yermak", "Andrii Sybiha", "Rustem Umerov", "Faisal bin Farhan",
    "Mohammed bin Salman", "Sergey Lavrov", "Yuri Ushakov", "Steve Witkoff", "Vladimir Putin")
ARAGHCHI, GROSSI, ABDELATTY, KALLAS = (
    "Abbas Araghchi", "Rafael Grossi", "Badr Abdelatty", "Kaja Kallas")
KOTZIAS, DIMITROV, TSIPRAS, ZAEV, NIMETZ, MOGHERINI, HAHN, DICARLO = (
    "Nikos Kotzias", "Nikola Dimitrov", "Alexis Tsipras", "Zoran Zaev", "Matthew Nimetz",
    "Federica Mogherini", "Johannes Hahn", "Rosemary DiCarlo")
ERDOGAN, KRISTERSSON, STOLTENBERG, SUNAK, CHARLES, MICHEL, FIDAN, BILLSTROM = (
    "Recep Tayyip Erdogan", "Ulf Kristersson", "Jens Stoltenberg", "Rishi Sunak", "Charles III",
    "Charles Michel", "Hakan Fidan", "Tobias Billstrom")
MARCOS, KAMIKAWA, KIHARA, TEODORO, MANALO, KISHIDA = (
    "Ferdinand Marcos Jr.", "Yoko Kamikawa", "Minoru Kihara", "Gilberto Teodoro", "Enrique Manalo",
    "Fumio Kishida")
YUNUS, MODI, HOSSAIN, XI, JAISHANKAR, MISRI, UDDIN, PAETONGTARN, DISSANAYAKE = (
    "Muhammad Yunus", "Narendra Modi", "Touhid Hossain", "Xi Jinping", "S. Jaishankar",
    "Vikram Misri", "Jashim Uddin", "Paetongtarn Shinawatra", "Anura Kumara Dissanayake")
JAPAROV, RAHMON, TASHIEV, YATIMOV, MIRZIYOYEV, SAIDOV, MUHRIDDIN = (
    "Sadyr Japarov", "Emomali Rahmon", "Kamchybek Tashiev", "Saimumin Yatimov",
    "Shavkat Mirziyoyev", "Bakhtiyor Saidov", "Sirojiddin Muhriddin")
MARAPE, ALBANESE = ("James Marape", "Anthony Albanese")
IWAYA, WANG, CHO, ISHIBA, YOON, LI_QIANG = (
    "Takeshi Iwaya", "Wang Yi", "Cho Tae-yul", "Shigeru Ishiba", "Yoon Suk Yeol", "Li Qiang")

JP_PH = ["Japan", "Philippines"]

# shared keys
BISHKEK = "2025-03-13-bishkek-japarov-rahmon"
KHUJAND = "2025-03-31-khujand-japarov-mirziyoyev-rahmon"


def ev(key, kind, status, date, location, participants, groups, evidence, date_end=None):
    e = {"key": key, "kind": kind, "status": status, "date": date}
    if date_end:
        e["date_end"] = date_end
    e.update({"location": location, "participants": participants, "groups": groups,
              "evidence": evidence})
    return e


M, C, OCC, PLN = "meeting", "call", "occurred", "planned"

ARTICLES = [
    # 000. Ethiopian newspaper site, "Monday, 9 July 2018 | 21:10 EAT" (manifest 2018-07-09, a
    # Monday). "on Monday" -> 9 Jul (signing, State House, Asmara); "on Sunday" -> 8 Jul: the
    # tarmac greeting, the afternoon talks at State House and the dinner are one occasion, and
    # Workneh "sat in on Sunday's session" (participant of that day only). "On June 26" -> the
    # Eritrean delegation in Addis Ababa (group Eritrea, two named members). "in December 2000"
    # -> the Algiers signing by Isaias and Meles ("the Algerian capital" = Algiers). "last month"
    # -> 2018-06 (Abiy-el-Sisi in Cairo). The caption (airport embrace on Sunday) is the same
    # event as the Sunday talks.
    ("000", "2018-07-09", False, [
        ev("2018-07-09-asmara-abiy-isaias", M, OCC, "2018-07-09", "Asmara", [ABIY, ISAIAS], [],
           "Isaias Afwerki on Monday signed a joint declaration in Asmara"),
        ev("2018-07-08-asmara-abiy-isaias-workneh", M, OCC, "2018-07-08", "Asmara",
           [ABIY, ISAIAS, WORKNEH], [],
           "the two leaders held talks at State House that afternoon"),
        ev("2018-06-26-addis-ababa-abiy-gebreab-saleh", M, OCC, "2018-06-26", "Addis Ababa",
           [ABIY, OSMAN, YEMANE], ["Eritrea"],
           "On June 26, Abiy received an Eritrean delegation led by Foreign Minister Osman Saleh"),
        ev("2000-12-12-algiers-isaias-meles", M, OCC, "2000-12", "Algiers", [ISAIAS, MELES], [],
           "the Algiers agreement that Isaias and the late Meles Zenawi signed"),
        ev("2018-06-10-cairo-abiy-el-sisi", M, OCC, "2018-06", "Cairo", [ABIY, SISI], [],
           "also held talks with Egypt's President Abdel Fattah el-Sisi in Cairo last month"),
    ], ["'At a dinner that evening Abiy said in a speech ...' (speech; the dinner belongs to Sunday's visit)",
        "'Isaias has accepted an invitation to visit Ethiopia, but officials ... did not say when' (no concrete occasion)",
        "'Eritrea's information minister posted photographs ... on Twitter' (social media)",
        "'Before Sunday the two men had never met' (negation)",
        "'Ethiopian Airlines said it hoped to resume flights' (no meeting)",
        "Related: 'Kiir and Machar hold talks in Khartoum', 'Guelleh receives Ethiopian delegation' (furniture)",
        "Most read: 'Abiy meets diaspora leaders in Washington, says office' (furniture)"]),

    # 001. South African broadcaster's site, "Wednesday, 21 May 2025 | 22:40 SAST" (manifest
    # 2025-05-21). "on Wednesday" -> 21 May, White House (Washington); the Oval Office session and
    # the working lunch are one occasion; Lamola, Steenhuisen, Els and Goosen "accompanied" him
    # and Vance "sat beside Trump" (participants). "on April 24" -> the call and, "on the same
    # day", Zelenskyy in Pretoria. "in November" -> 2024-11 (first call, no day known: month key).
    # "in September 2022" -> Biden receives Ramaphosa. "in November" (future) -> the G20 summit in
    # Johannesburg, 2025-11 (planned, group G20).
    ("001", "2025-05-21", False, [
        ev("2025-05-21-washington-els-goosen-lamola-ramaphosa-steenhuisen-trump-vance", M, OCC,
           "2025-05-21", "Washington",
           [RAMAPHOSA, TRUMP, LAMOLA, STEENHUISEN, ELS, GOOSEN, VANCE], [],
           "Cyril Ramaphosa held talks with US President Donald Trump at the White House on Wednesday"),
        ev("2025-04-24-ramaphosa-trump-call", C, OCC, "2025-04-24", None, [RAMAPHOSA, TRUMP], [],
           "They spoke by phone on April 24"),
        ev("2025-04-24-pretoria-ramaphosa-zelenskyy", M, OCC, "2025-04-24", "Pretoria",
           [RAMAPHOSA, ZELENSKYY], [],
           "on the same day Ramaphosa hosted Ukraine's President Volodymyr Zelenskyy in Pretoria"),
        ev("2024-11-ramaphosa-trump-call", C, OCC, "2024-11", None, [RAMAPHOSA, TRUMP], [],
           "They had first spoken in November, days after Trump's election win."),
        ev("2022-09-16-washington-biden-ramaphosa", M, OCC, "2022-09", "Washington",
           [RAMAPHOSA, BIDEN], [],
           "in September 2022, when he was received by Joe Biden"),
        ev("2025-11-22-johannesburg-g20", M, PLN, "2025-11", "Johannesburg", [], ["G20"],
           "South Africa hosts the G20 leaders' summit in Johannesburg in November"),
    ], ["'Ramaphosa later told reporters at the South African embassy ...' (press remarks)",
        "'Ramaphosa, who arrived in Washington on Monday' (travel)",
        "'Ramaphosa invited Trump to attend, but the White House gave no answer' (unanswered invitation)",
        "'Rubio has refused to attend G20 events hosted by South Africa this year' (negation, no occasion)",
        "'Mcebisi Jonas, has yet to be received at the State Department' (negation)",
        "Related stories: 'Lesotho's Matekane hosts US trade team', 'Zelenskyy cuts short Pretoria visit' (furniture)"]),

    # 002. Wire copy, "July 19, 2025 5:42 PM GMT+3", dateline "DOHA, July 19" (manifest
    # 2025-07-19, a Saturday). "on Saturday" -> 19 Jul; signatories Sumbu Sita Mambu and
    # Mbonimpa, "attended by" Al-Khulaifi and Boulos; sides DRC government and M23 (groups).
    # "on June 27" -> the Washington signing (Rubio present) and, "later that day", Trump receives
    # both ministers in the Oval Office: two events. "in March" -> 2025-03 (Tamim hosts
    # Tshisekedi and Kagame in Doha). "in April" -> 2025-04 (Boulos-Tshisekedi, Kinshasa).
    ("002", "2025-07-19", False, [
        ev("2025-07-19-doha-al-khulaifi-boulos-mambu-mbonimpa", M, OCC, "2025-07-19", "Doha",
           [MAMBU, MBONIMPA, KHULAIFI, BOULOS], ["Democratic Republic of the Congo", "M23"],
           "Congo's government and the M23 rebel group signed a declaration of principles in Doha"),
        ev("2025-06-27-washington-kayikwamba-wagner-nduhungirehe-rubio", M, OCC, "2025-06-27",
           "Washington", [KW, NDUH, RUBIO], [],
           "signed that agreement in Washington on June 27 in the presence of Secretary of State"),
        ev("2025-06-27-washington-kayikwamba-wagner-nduhungirehe-trump", M, OCC, "2025-06-27",
           "Washington", [TRUMP, KW, NDUH], [],
           "President Donald Trump received both ministers in the Oval Office later that day"),
        ev("2025-03-18-doha-al-thani-kagame-tshisekedi", M, OCC, "2025-03", "Doha",
           [TAMIM, TSHISEKEDI, KAGAME], [],
           "Emir Sheikh Tamim bin Hamad Al Thani hosted Congo's Felix Tshisekedi and Rwanda's Paul Kagame"),
        ev("2025-04-03-kinshasa-boulos-tshisekedi", M, OCC, "2025-04", "Kinshasa",
           [BOULOS, TSHISEKEDI], [],
           "Boulos, who met Tshisekedi in Kinshasa in April"),
    ], ["'The text sets August 18 as the target for a comprehensive agreement' (target, no meeting)",
        "'Patrick Muyaya told reporters' (press remarks); 'Mbonimpa wrote on X' (social media)",
        "'has shuttled between the capitals since' (vague)",
        "'Direct contacts ... have taken place in Doha on and off since April' (counted/vague)",
        "'earlier truce pledges did not hold' (vague)",
        "'Corneille Nangaa did not attend Saturday's ceremony' (negation)",
        "'a final deal could be signed within weeks if ...' (hypothetical)",
        "Read more: 'Kagame hosts Burundi's Ndayishimiye', 'UN envoy Keita meets M23 leaders in Goma' (furniture)"]),

    # 003. Wire copy, page stamp "Thu Jun 23 | 4:48pm EDT" (no year), dateline "HAVANA, June 23,
    # 2016" (manifest NULL; the dateline gives the date). "on Thursday" -> 23 Jun. Signatories
    # Santos and Londono; Castro and Brende "alongside" as guarantors; Ban, Bachelet and Maduro
    # "witnessed the ceremony" (participants); sides Colombia and FARC (headline). "Maduro met Ban
    # before the signing" -> separate event the same day. "in September" -> 2015-09 (handshake
    # "here" = Havana, with Castro). "in March" -> 2016-03 (Kerry meets FARC negotiators in Havana;
    # the FARC is a group).
    ("003", "2016-06-23", True, [
        ev("2016-06-23-havana-bachelet-ban-brende-castro-londono-maduro-santos", M, OCC,
           "2016-06-23", "Havana", [SANTOS, LONDONO, CASTRO, BRENDE, BAN, BACHELET, MADURO],
           ["Colombia", "FARC"],
           "Juan Manuel Santos and the top commander of the FARC guerrillas, Rodrigo Londono, signed"),
        ev("2016-06-23-havana-ban-maduro", M, OCC, "2016-06-23", "Havana", [MADURO, BAN], [],
           "Venezuelan state media said Maduro met Ban before the signing."),
        ev("2015-09-23-havana-castro-londono-santos", M, OCC, "2015-09", "Havana",
           [SANTOS, LONDONO, CASTRO], [],
           "first met in public in September, when they shook hands here in front of Castro"),
        ev("2016-03-21-havana-farc-kerry", M, OCC, "2016-03", "Havana", [KERRY], ["FARC"],
           "Secretary of State John Kerry met FARC negotiators in Havana"),
    ], ["'Londono ... said in a speech' (speech)",
        "'Santos told the ceremony he would put the final accord to a plebiscite' (statement)",
        "'No date has been set for the final signing' (no occasion)",
        "'During President Barack Obama's visit to Cuba in March' (visit, no stated encounter)",
        "'Alvaro Uribe ... said in a statement' (statement)",
        "'have held dozens of negotiating rounds since November 2012' (counted)",
        "Related coverage: 'Ban Ki-moon holds talks with Castro on Haiti, climate' (furniture)",
        "MOST READ: 'Peru's Kuczynski meets Humala', 'Temer hosts Macri in Brasilia' (furniture)"]),

    # 004. E-mail newsletter, "Date: Friday, 6 December 2024 · 19:30 CET" (manifest 2024-12-06).
    # "today" -> 6 Dec, Montevideo: the 65th Mercosur summit at which von der Leyen and the
    # leaders announced the deal (Lacalle Pou hosted Lula, Milei, Pena; Arce "took part"; Orsi
    # "sat in as a guest"; group Mercosur). "on Thursday" -> 5 Dec: von der Leyen-Lacalle Pou at the
    # Torre Ejecutiva; "The same day" the Mercosur foreign ministers met (group only); Lula with
    # Mujica at his farm "on the outskirts of the capital" (Montevideo).
    ("004", "2024-12-06", False, [
        ev("2024-12-06-montevideo-arce-lacalle-pou-lula-milei-orsi-pena-von-der-leyen", M, OCC,
           "2024-12-06", "Montevideo", [VDL, LACALLE, LULA, MILEI, PENA, ARCE, ORSI], ["Mercosur"],
           "Ursula von der Leyen and the leaders of Mercosur announced in Montevideo today"),
        ev("2024-12-05-montevideo-lacalle-pou-von-der-leyen", M, OCC, "2024-12-05", "Montevideo",
           [VDL, LACALLE], [],
           "went straight into talks with Lacalle Pou at the Torre Ejecutiva"),
        ev("2024-12-05-montevideo-mercosur", M, OCC, "2024-12-05", "Montevideo", [], ["Mercosur"],
           "Mercosur foreign ministers met at the bloc's headquarters to clear the final text"),
        ev("2024-12-05-montevideo-lula-mujica", M, OCC, "2024-12-05", "Montevideo", [LULA, MUJICA], [],
           "Lula, for his part, spent Thursday afternoon with former president José Mujica at his farm"),
    ], ["'Lula and Milei, who have never held formal bilateral talks, did not meet separately' (negation)",
        "'The French government ... said the text remained unacceptable' (statement)",
        "'after Wednesday's no-confidence vote' (domestic)",
        "'A signing could come in 2025 if capitals agree' (hypothetical)",
        "'Argentina takes over Mercosur's rotating presidency' (no meeting)",
        "Read more: 'Milei hosts Meloni in Buenos Aires' (furniture)"]),

    # 005. Gulf broadcaster's site, "Tuesday, 11 March 2025 | 23:10 AST" (manifest 2025-03-11).
    # "on Tuesday" -> 11 Mar, Jeddah: Rubio and Waltz with Yermak, Sybiha and Umerov, Faisal bin
    # Farhan "attended the session as host"; groups United States and Ukraine. "on Monday" -> 10 Mar,
    # Zelenskyy-MBS at Al Salam Palace (Jeddah). "on February 28" -> Oval Office clash (Trump, Vance).
    # "last month" -> 2025-02 (Riyadh). "later this week" -> 2025-03 (Witkoff to meet Russian
    # officials in Moscow: planned, group Russia). "on February 12" -> Trump-Putin call. "opens in
    # La Malbaie ... the same day" (Wednesday) -> 12 Mar, G7 foreign ministers (planned, Rubio).
    ("005", "2025-03-11", False, [
        ev("2025-03-11-jeddah-bin-farhan-rubio-sybiha-umerov-waltz-yermak", M, OCC, "2025-03-11",
           "Jeddah", [RUBIO, WALTZ, YERMAK, SYBIHA, UMEROV, FAISAL], ["United States", "Ukraine"],
           "after more than eight hours of talks in Jeddah between senior American and Ukrainian officials"),
        ev("2025-03-10-jeddah-bin-salman-zelenskyy", M, OCC, "2025-03-10", "Jeddah", [ZELENSKYY, MBS], [],
           "held talks with Crown Prince Mohammed bin Salman at Al Salam Palace in Jeddah"),
        ev("2025-02-28-washington-trump-vance-zelenskyy", M, OCC, "2025-02-28", "Washington",
           [ZELENSKYY, TRUMP, VANCE], [],
           "Zelenskyy's clash with President Donald Trump and Vice President JD Vance in the Oval Office"),
        ev("2025-02-18-riyadh-lavrov-rubio-ushakov-waltz", M, OCC, "2025-02", "Riyadh",
           [RUBIO, WALTZ, LAVROV, USHAKOV], [],
           "Waltz sat down with Russia's Sergey Lavrov and Kremlin aide Yuri Ushakov in Riyadh"),
        ev("2025-03-13-moscow-putin-witkoff", M, PLN, "2025-03", "Moscow", [WITKOFF], ["Russia"],
           "Special envoy Steve Witkoff is expected to meet Russian officials in Moscow later this week"),
        ev("2025-02-12-putin-trump-call", C, OCC, "2025-02-12", None, [TRUMP, PUTIN], [],
           "Trump, who spoke to President Vladimir Putin by phone on February 12"),
        ev("2025-03-12-la-malbaie-g7", M, PLN, "2025-03-12", "La Malbaie", [RUBIO], ["G7"],
           "a G7 foreign ministers' meeting that opens in La Malbaie, Quebec, the same day"),
    ], ["'In a joint statement, Washington said ...' (statement); Rubio 'told reporters' (press remarks)",
        "'left the kingdom before the negotiations and took no part in them' (negation)",
        "'said he hoped to talk to him again soon' (vague intention)",
        "'The Kremlin declined to comment' (statement)",
        "Related: 'al-Sharaa signs integration deal with SDF commander', 'Saudi crown prince receives Lebanese President Aoun' (furniture)"]),

    # 006. Egyptian newspaper site, "Tuesday, 9 September 2025 - 22:30", dateline CAIRO (manifest
    # 2025-09-09). "on Tuesday" -> 9 Sep, three encounters in Cairo: the Araghchi-Grossi talks and
    # signing hosted by Abdelatty; Araghchi's "separate talks with Abdelatty"; el-Sisi receiving
    # Araghchi and Grossi "in the capital". "on Monday" -> 8 Sep, Grossi opened the IAEA Board of
    # Governors in Vienna (group). "on June 20" -> Geneva: Araghchi with Kallas and his British,
    # French and German counterparts (unnamed -> groups).
    ("006", "2025-09-09", False, [
        ev("2025-09-09-cairo-abdelatty-araghchi-grossi", M, OCC, "2025-09-09", "Cairo",
           [ARAGHCHI, GROSSI, ABDELATTY], [],
           "Rafael Grossi signed an agreement in Cairo on Tuesday"),
        ev("2025-09-09-cairo-araghchi-el-sisi-grossi", M, OCC, "2025-09-09", "Cairo",
           [SISI, ARAGHCHI, GROSSI], [],
           "President Abdel Fattah El-Sisi later received Araghchi and Grossi in the capital"),
        ev("2025-09-09-cairo-abdelatty-araghchi", M, OCC, "2025-09-09", "Cairo", [ARAGHCHI, ABDELATTY], [],
           "Araghchi had arrived early in the day and held separate talks with Abdelatty"),
        ev("2025-09-08-vienna-grossi-iaea", M, OCC, "2025-09-08", "Vienna", [GROSSI],
           ["IAEA Board of Governors"],
           "where he opened a quarterly meeting of the agency's Board of Governors on Monday"),
        ev("2025-06-20-geneva-araghchi-kallas", M, OCC, "2025-06-20", "Geneva", [ARAGHCHI, KALLAS],
           ["United Kingdom", "France", "Germany"],
           "Araghchi last met European ministers in Geneva on June 20"),
    ], ["'At a joint news conference, Grossi called the text ...' (press conference)",
        "'Tehran would consider it void if Iran came under attack again' (hypothetical)",
        "'Britain, France and Germany triggered the snapback ... on August 28' (no meeting)",
        "'Abdelatty and Araghchi have spoken by phone several times since' (counted)",
        "'renewed talks between Iran and the United States would be possible only if ...' (hypothetical)",
        "Read also: 'Abdelatty receives Hamas delegation', 'Sisi, Erdogan discuss Gaza in phone call' (furniture)"]),

    # 007. Greek English-language site, "Sunday, June 17, 2018 - 21:40", dateline PSARADES
    # (manifest 2018-06-17). "on Sunday" -> 17 Jun: Kotzias and Dimitrov sign, Tsipras and Zaev
    # "watched", Nimetz, Mogherini, Hahn and DiCarlo "attended". "on Tuesday" -> 12 Jun, the
    # Tsipras-Zaev call. "on May 17" -> Sofia. "in January" -> 2018-01, Davos. "in mid-May" ->
    # 2018-05, Nimetz hosts both ministers at Sounio. "on June 28-29" -> EU summit in Brussels
    # (planned, multi-day, group European Union).
    ("007", "2018-06-17", False, [
        ev("2018-06-17-psarades-dicarlo-dimitrov-hahn-kotzias-mogherini-nimetz-tsipras-zaev", M, OCC,
           "2018-06-17", "Psarades",
           [KOTZIAS, DIMITROV, TSIPRAS, ZAEV, NIMETZ, MOGHERINI, HAHN, DICARLO], [],
           "signed the agreement that renames the former Yugoslav republic as North Macedonia on Sunday"),
        ev("2018-06-12-tsipras-zaev-call", C, OCC, "2018-06-12", None, [TSIPRAS, ZAEV], [],
           "The deal was sealed in a telephone call between the two prime ministers on Tuesday"),
        ev("2018-05-17-sofia-tsipras-zaev", M, OCC, "2018-05-17", "Sofia", [TSIPRAS, ZAEV], [],
           "met on the sidelines of the EU-Western Balkans summit in Sofia on May 17"),
        ev("2018-01-24-davos-tsipras-zaev", M, OCC, "2018-01", "Davos", [TSIPRAS, ZAEV], [],
           "their first meeting, in Davos in January, had restarted contacts"),
        ev("2018-05-12-sounio-dimitrov-kotzias-nimetz", M, OCC, "2018-05", "Sounio",
           [NIMETZ, KOTZIAS, DIMITROV], [],
           "Nimetz hosted Kotzias and Dimitrov at Sounio, south of Athens, in mid-May"),
        ev("2018-06-28-brussels-european-union", M, PLN, "2018-06-28", "Brussels", [],
           ["European Union"],
           "EU leaders are due to decide at their summit in Brussels on June 28-29",
           date_end="2018-06-29"),
    ], ["'In his speech at the ceremony Tsipras said ...' (speech)",
        "'the government survived a no-confidence motion tabled by ... Mitsotakis' (domestic parliament)",
        "'President Gjorge Ivanov has said he will not sign' (statement)",
        "'Police used tear gas against protesters' (no meeting)",
        "'A NATO invitation could follow in July if ...' (hypothetical)",
        "Related stories: 'Zaev and Rama meet in Tirana on border crossings' (furniture)"]),

    # 008. Live blog, "Monday 10 July 2023 · Last updated 23:05 EEST", from Vilnius (manifest
    # 2023-07-10). Entries of Monday: Stoltenberg hosted Erdogan and Kristersson (Vilnius);
    # Biden met Sunak "at Downing Street this morning" (London) and "then King Charles at Windsor
    # Castle" (Windsor); Erdogan-Michel "Before the three-way meeting". "on Sunday" -> 9 Jul,
    # Biden-Erdogan call; "due to meet here on Tuesday" -> 11 Jul (planned, Vilnius). "on
    # Thursday" -> 6 Jul, Fidan and Billstrom with Stoltenberg in Brussels; "on Saturday" -> 8 Jul,
    # Erdogan hosts Zelenskyy in Istanbul. "The two-day summit opens tomorrow" -> 11-12 Jul
    # (planned, group NATO).
    ("008", "2023-07-10", False, [
        ev("2023-07-10-vilnius-erdogan-kristersson-stoltenberg", M, OCC, "2023-07-10", "Vilnius",
           [ERDOGAN, KRISTERSSON, STOLTENBERG], [],
           "after hosting President Recep Tayyip Erdogan and Swedish Prime Minister Ulf Kristersson at a hotel"),
        ev("2023-07-10-london-biden-sunak", M, OCC, "2023-07-10", "London", [BIDEN, SUNAK], [],
           "who met Prime Minister Rishi Sunak at Downing Street this morning"),
        ev("2023-07-10-windsor-biden-charles-iii", M, OCC, "2023-07-10", "Windsor", [BIDEN, CHARLES], [],
           "and then King Charles at Windsor Castle"),
        ev("2023-07-09-biden-erdogan-call", C, OCC, "2023-07-09", None, [BIDEN, ERDOGAN], [],
           "He spoke to Erdogan by phone on Sunday"),
        ev("2023-07-11-vilnius-biden-erdogan", M, PLN, "2023-07-11", "Vilnius", [BIDEN, ERDOGAN], [],
           "the two are due to meet here on Tuesday on the summit sidelines"),
        ev("2023-07-10-vilnius-erdogan-michel", M, OCC, "2023-07-10", "Vilnius", [ERDOGAN, MICHEL], [],
           "Erdogan sat down with European Council President Charles Michel, his office said"),
        ev("2023-07-06-brussels-billstrom-fidan-stoltenberg", M, OCC, "2023-07-06", "Brussels",
           [FIDAN, BILLSTROM, STOLTENBERG], [],
           "Tobias Billstrom met with Stoltenberg in Brussels on Thursday, without a breakthrough"),
        ev("2023-07-08-istanbul-erdogan-zelenskyy", M, OCC, "2023-07-08", "Istanbul",
           [ERDOGAN, ZELENSKYY], [],
           "Erdogan then hosted Ukraine's Volodymyr Zelenskyy in Istanbul on Saturday"),
        ev("2023-07-11-vilnius-nato", M, PLN, "2023-07-11", "Vilnius", [], ["NATO"],
           "The two-day summit opens tomorrow.", date_end="2023-07-12"),
    ], ["'Stoltenberg tells reporters ...' (press remarks); Kristersson's quote (statement)",
        "'at Istanbul airport, he had said ...' (statement)",
        "'Hungary says it will not be the last country to ratify' (statement)",
        "'Zelenskyy could attend in person if invited' (hypothetical)",
        "Related: 'Erdogan and Biden agree to meet in Vilnius', 'Scholz hosts Stoltenberg in Berlin' (furniture)"]),

    # 009. Government press release, "Manila, 8 July 2024" (manifest NULL). "this morning" -> 8 Jul:
    # Marcos receives Kamikawa and Kihara at Malacanan and witnesses the signing by Kamikawa and
    # Teodoro, Manalo present (one occasion). "Later in the day" -> the second 2+2 (Manalo,
    # Teodoro, "their Japanese counterparts" = Kamikawa, Kihara) in Manila; "Ahead of the 2+2" ->
    # the Teodoro-Kihara defense meeting. "in April 2022" -> first 2+2 in Tokyo (groups). "in
    # November 2023" -> Marcos-Kishida in Manila; "on 29-30 November 2023" -> first round in Tokyo
    # (groups, multi-day). "by video conference on 11 June 2024" -> call (groups). "in April" ->
    # 2024-04, the White House trilateral.
    ("009", "2024-07-08", True, [
        ev("2024-07-08-manila-kamikawa-kihara-manalo-marcos-teodoro", M, OCC, "2024-07-08", "Manila",
           [MARCOS, KAMIKAWA, KIHARA, TEODORO, MANALO], [],
           "received Japanese Foreign Minister Kamikawa Yoko and Defense Minister Kihara Minoru in Malacañan Palace"),
        ev("2024-07-08-manila-kamikawa-kihara-manalo-teodoro", M, OCC, "2024-07-08", "Manila",
           [MANALO, TEODORO, KAMIKAWA, KIHARA], [],
           "Secretary Manalo and Secretary Teodoro hosted their Japanese counterparts in Manila"),
        ev("2024-07-08-manila-kihara-teodoro", M, OCC, "2024-07-08", "Manila", [TEODORO, KIHARA], [],
           "Secretary Teodoro and Minister Kihara held a bilateral defense meeting"),
        ev("2022-04-09-tokyo-japan-philippines", M, OCC, "2022-04", "Tokyo", [], JP_PH,
           'The RAA took shape at the first "2+2", held in Tokyo in April 2022.'),
        ev("2023-11-03-manila-kishida-marcos", M, OCC, "2023-11", "Manila", [MARCOS, KISHIDA], [],
           "agreed to open formal negotiations when they met in Manila in November 2023"),
        ev("2023-11-29-tokyo-japan-philippines", M, OCC, "2023-11-29", "Tokyo", [], JP_PH,
           "the first round was held in Tokyo on 29-30 November 2023", date_end="2023-11-30"),
        ev("2024-06-11-japan-philippines-call", C, OCC, "2024-06-11", None, [], JP_PH,
           "Negotiators concluded a line-by-line reading of the text by video conference on 11 June 2024."),
        ev("2024-04-11-washington-biden-kishida-marcos", M, OCC, "2024-04", "Washington",
           [MARCOS, KISHIDA, BIDEN], [],
           "Kishida and President Joseph R. Biden Jr. at the White House in April"),
    ], ["'It enters into force after ratification by the Philippine Senate and the National Diet' (no meeting)",
        "'Both sides will continue close communication through diplomatic channels' (vague)",
        "Related press releases: 'Secretary Manalo meets Australian Foreign Minister Wong in Canberra' (furniture)"]),

    # 010. Bangladeshi newspaper site, "Friday, April 4, 2025 | 09:45 PM" (manifest 2025-04-04).
    # "today" -> 4 Apr, Bangkok (Yunus, Modi; Touhid Hossain "was present"). "on March 28" ->
    # Yunus-Xi at the Great Hall (Beijing). "in February" -> 2025-02, Touhid-Jaishankar in Muscat.
    # "In December" -> 2024-12: Misri-Jashim Uddin in Dhaka and, "the same day", Misri calls on
    # Yunus (two events). "on Thursday" -> 3 Apr, Modi-Paetongtarn at Government House (Bangkok).
    # "there on Saturday" -> 5 Apr, planned Modi-Dissanayake in Colombo.
    ("010", "2025-04-04", False, [
        ev("2025-04-04-bangkok-hossain-modi-yunus", M, OCC, "2025-04-04", "Bangkok",
           [YUNUS, MODI, HOSSAIN], [],
           "Yunus and Indian Prime Minister Narendra Modi met on the sidelines of the BIMSTEC summit"),
        ev("2025-03-28-beijing-xi-yunus", M, OCC, "2025-03-28", "Beijing", [YUNUS, XI], [],
           "Yunus held talks with Chinese President Xi Jinping at the Great Hall of the People"),
        ev("2025-02-16-muscat-hossain-jaishankar", M, OCC, "2025-02", "Muscat", [HOSSAIN, JAISHANKAR], [],
           "Touhid Hossain and Indian External Affairs Minister S Jaishankar met on the sidelines"),
        ev("2024-12-09-dhaka-misri-uddin", M, OCC, "2024-12", "Dhaka", [MISRI, UDDIN], [],
           "Vikram Misri held foreign office consultations in Dhaka with his counterpart Md Jashim Uddin"),
        ev("2024-12-09-dhaka-misri-yunus", M, OCC, "2024-12", "Dhaka", [MISRI, YUNUS], [],
           "called on the Chief Adviser the same day"),
        ev("2025-04-03-bangkok-modi-shinawatra", M, OCC, "2025-04-03", "Bangkok", [MODI, PAETONGTARN], [],
           "held talks with Thai Prime Minister Paetongtarn Shinawatra at Government House on Thursday"),
        ev("2025-04-05-colombo-dissanayake-modi", M, PLN, "2025-04-05", "Colombo", [MODI, DISSANAYAKE], [],
           "due to hold talks with Sri Lankan President Anura Kumara Dissanayake there on Saturday"),
    ], ["'Touhid Hossain ... told reporters' (press remarks); 'Modi wrote on X' (social media)",
        "'remarks he made there ... drew a sharp response' (statement)",
        "'leaves for Colombo tonight' (travel; the Saturday talks are the event)",
        "'Dhaka hopes Modi could visit Bangladesh later ... no invitation has been confirmed' (hypothetical)",
        "Read more: 'Yunus meets Nepal's Oli, discusses power trade' (furniture)"]),

    # 011. Agency item, stamp "13.03.2025 | 19:40" (manifest NULL), dateline BISHKEK. "today" ->
    # 13 Mar: Japarov-Rahmon talks and signing at Yntymak Ordo (SHARED with 012). "on February 21"
    # -> initialling by Tashiev and Yatimov at Ala-Archa, Bishkek. "in early December" -> 2024-12,
    # the two security chiefs in Batken. "on March 31" -> planned trilateral in Khujand ("the
    # three presidents"; the Uzbek president is unnamed here -> group Uzbekistan) (SHARED with 012).
    # "in October 2022" -> Putin brings Japarov and Rahmon together in Astana.
    ("011", "2025-03-13", True, [
        ev(BISHKEK, M, OCC, "2025-03-13", "Bishkek", [JAPAROV, RAHMON], [],
           "The signing followed talks between the two leaders in narrow and expanded formats"),
        ev("2025-02-21-bishkek-tashiev-yatimov", M, OCC, "2025-02-21", "Bishkek", [TASHIEV, YATIMOV], [],
           "The final documents were initialled on February 21 at the Ala-Archa residence in Bishkek"),
        ev("2024-12-04-batken-tashiev-yatimov", M, OCC, "2024-12", "Batken", [TASHIEV, YATIMOV], [],
           "The two security chiefs met in Batken in early December"),
        ev(KHUJAND, M, PLN, "2025-03-31", "Khujand", [JAPAROV, RAHMON], ["Uzbekistan"],
           "when the three presidents are due to meet there for Nooruz celebrations"),
        ev("2022-10-14-astana-japarov-putin-rahmon", M, OCC, "2022-10", "Astana",
           [PUTIN, JAPAROV, RAHMON], [],
           "Putin brought Japarov and Rahmon together in Astana in October 2022"),
    ], ["'the presidents opened the Kyzyl-Bel and Kairagach road checkpoints ... by video link' (ceremony of the same leaders, not a call)",
        "'Air links ... are to resume on Friday' (no meeting)",
        "'Japarov called the treaty a historic milestone' (statement)",
        "'The delimitation commissions have held dozens of rounds since 2002' (counted)",
        "Related news: 'Japarov receives Chinese Vice Premier', 'Tokayev and Japarov discuss water releases by phone' (furniture)"]),

    # 012. Wire copy, "March 31, 2025 6:20 PM GMT+5", dateline "KHUJAND, Tajikistan, March 31"
    # (manifest 2025-03-31, a Monday). "on Monday" -> 31 Mar: Rahmon hosts Japarov and Mirziyoyev
    # (SHARED with 011); Saidov-Muhriddin exchange instruments "On the margins" (separate event).
    # "in April 2023" -> Mirziyoyev-Rahmon signing in Dushanbe. "in Bishkek on March 13" -> SHARED
    # with 011. "in June" -> 2025-06, planned China-Central Asia summit in Astana (the three).
    ("012", "2025-03-31", False, [
        ev(KHUJAND, M, OCC, "2025-03-31", "Khujand", [RAHMON, JAPAROV, MIRZIYOYEV], [],
           "Emomali Rahmon hosted Sadyr Japarov and Shavkat Mirziyoyev for talks before the signing"),
        ev("2025-03-31-khujand-muhriddin-saidov", M, OCC, "2025-03-31", "Khujand", [SAIDOV, MUHRIDDIN], [],
           "Bakhtiyor Saidov and his Tajik counterpart Sirojiddin Muhriddin exchanged instruments of ratification"),
        ev("2023-04-18-dushanbe-mirziyoyev-rahmon", M, OCC, "2023-04", "Dushanbe", [MIRZIYOYEV, RAHMON], [],
           "which Mirziyoyev and Rahmon signed in Dushanbe in April 2023"),
        ev(BISHKEK, M, OCC, "2025-03-13", "Bishkek", [JAPAROV, RAHMON], [],
           "Japarov and Rahmon signed their bilateral border treaty in Bishkek on March 13"),
        ev("2025-06-17-astana-china-central-asia-summit", M, PLN, "2025-06", "Astana",
           [JAPAROV, MIRZIYOYEV, RAHMON], ["China-Central Asia Summit"],
           "The three leaders are expected in Astana in June for the second China-Central Asia summit."),
    ], ["'They then unveiled, by video link, a stele' (ceremony, not a call)",
        "'Mirziyoyev congratulated both neighbours ..., his office said' (statement)",
        "'Japarov proposed that a joint celebration of Navruz become an annual tradition' (proposal)",
        "'the deal could open the way for new rail and road links' (hypothetical)",
        "Related coverage: 'Tokayev hosts Mirziyoyev in Astana', 'Rahmon and Putin discuss migrant workers by phone' (furniture)"]),

    # 013. PNG news site, "Monday, October 6, 2025 | 6:45 PM" (manifest 2025-10-06). "this
    # morning" -> 6 Oct, Parliament House, Canberra (the courtyard greeting is the same occasion).
    # "on September 17" -> Port Moresby meeting and communique. "in December 2023" -> Canberra
    # security agreement. "in January 2023" -> Port Moresby talks. "on October 20" -> planned
    # Albanese-Trump at the White House.
    ("013", "2025-10-06", False, [
        ev("2025-10-06-canberra-albanese-marape", M, OCC, "2025-10-06", "Canberra", [MARAPE, ALBANESE], [],
           "signed the Pukpuk Treaty at Parliament House in Canberra this morning"),
        ev("2025-09-17-port-moresby-albanese-marape", M, OCC, "2025-09-17", "Port Moresby",
           [MARAPE, ALBANESE], [],
           "At their meeting in Port Moresby on September 17 the two leaders instead signed"),
        ev("2023-12-07-canberra-albanese-marape", M, OCC, "2023-12", "Canberra", [MARAPE, ALBANESE], [],
           "the bilateral security agreement the two leaders signed in Canberra in December 2023"),
        ev("2023-01-12-port-moresby-albanese-marape", M, OCC, "2023-01", "Port Moresby",
           [ALBANESE, MARAPE], [],
           "Albanese held talks with Marape in Port Moresby in January 2023"),
        ev("2025-10-20-washington-albanese-trump", M, PLN, "2025-10-20", "Washington", [ALBANESE, TRUMP], [],
           "due to meet US President Donald Trump at the White House on October 20"),
    ], ["'The signing had been planned for Port Moresby ... but could not go ahead' (cancelled)",
        "'Cabinet approved the treaty last Wednesday' (internal to one government)",
        "'At a joint press conference Marape rejected suggestions ...' (press conference)",
        "'Opposition MPs ... said' (statement); 'must now go through parliamentary processes' (no meeting)",
        "Related stories: 'Bougainville talks: Toroama meets Marape in Port Moresby' (furniture)"]),

    # 014. Japanese newspaper site, "2025/03/22 21:05 JST" (manifest 2025-03-22, a Saturday).
    # "on Saturday" -> 22 Mar, trilateral in Tokyo; Iwaya's "separate talks with each of his
    # counterparts": Iwaya-Cho (over lunch) and Iwaya-Wang (the afternoon economic dialogue, same
    # pair and day: one event). "On Friday" -> 21 Mar, Ishiba receives Wang and Cho, Iwaya
    # present. "in November 2023" -> Busan trilateral (no one named -> groups). "in May last
    # year" -> 2024-05, Seoul summit (Kishida, Yoon, Li Qiang).
    ("014", "2025-03-22", False, [
        ev("2025-03-22-tokyo-cho-iwaya-wang", M, OCC, "2025-03-22", "Tokyo", [IWAYA, WANG, CHO], [],
           "Takeshi Iwaya hosted Chinese Foreign Minister Wang Yi and South Korean Foreign Minister Cho Tae-yul"),
        ev("2025-03-22-tokyo-cho-iwaya", M, OCC, "2025-03-22", "Tokyo", [IWAYA, CHO], [],
           "He and Cho met over lunch and confirmed close cooperation with the United States"),
        ev("2025-03-22-tokyo-iwaya-wang", M, OCC, "2025-03-22", "Tokyo", [IWAYA, WANG], [],
           "Iwaya and Wang co-chaired the first Japan-China High-Level Economic Dialogue in six years"),
        ev("2025-03-21-tokyo-cho-ishiba-iwaya-wang", M, OCC, "2025-03-21", "Tokyo",
           [ISHIBA, WANG, CHO, IWAYA], [],
           "Prime Minister Shigeru Ishiba received Wang and Cho at the prime minister's official residence"),
        ev("2023-11-26-busan-china-japan-south-korea", M, OCC, "2023-11", "Busan", [],
           ["Japan", "China", "South Korea"],
           "The previous trilateral foreign ministers' meeting was held in Busan in November 2023."),
        ev("2024-05-27-seoul-kishida-li-yoon", M, OCC, "2024-05", "Seoul", [KISHIDA, YOON, LI_QIANG], [],
           "Leaders of the three countries last met in Seoul in May last year"),
    ], ["'Iwaya told the opening session ...' (remarks inside the main meeting)",
        "'a leaders' summit in Japan could follow if relations keep improving, but no date was discussed' (hypothetical)",
        "'Yoon's impeachment trial' (domestic)",
        "'At a news conference in the evening, Iwaya said ...' (press conference)",
        "Related: 'Iwaya, Rubio confirm alliance in Munich', 'Li Qiang receives Japanese business leaders' (furniture)"]),
]


def main():
    with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as g, \
            open(os.path.join(HERE, "manifest.jsonl"), "w", encoding="utf-8") as m:
        for aid, pub, hidden, events, _traps in ARTICLES:
            g.write(json.dumps({"id": aid, "published": pub, "events": events}, ensure_ascii=False) + "\n")
            m.write(json.dumps({"id": aid, "published": None if hidden else pub}) + "\n")
    print(f"wrote {len(ARTICLES)} articles, {sum(len(a[3]) for a in ARTICLES)} events")


if __name__ == "__main__":
    main()
