#!/usr/bin/env python3
"""Generate gold.jsonl and manifest.jsonl for the dev30 development corpus.

Run:  python3 data/dev30/build_gold.py   then   python3 data/eval/validate.py data/dev30
Each article lists its true publication date, whether the manifest hides it, its gold
events, and (for documentation only) the traps it contains that must NOT be extracted.
dev30 is a READABLE development set: unlike the holdout sets, it may be read while developing.
It covers real occasions from 1951 to 2023, eight of them from 2013-2023, in the regions the
brief named: West Africa (Accra 2003), Southern Africa (Windhoek 1990), the Horn (Jeddah 2018), South America (Brasilia 2023), Central America (Lima
1980), the Caribbean (Havana 2015), South Asia (Lahore 2015), Southeast Asia (Hanoi 2016), East
Asia (Beijing 2014), the Gulf (Beijing 2023), the Levant (Arava 1994), Central Asia and a
multilateral summit (Shanghai 1996), Western Europe (Paris 1971), the Balkans (Brussels 2013)
and Oceania (San Francisco 1951). Events MIX occurred in-person meetings (about three fifths),
planned meetings (about a quarter), phone calls, and gatherings or delegation-only talks with
groups. Layouts: a Ghanaian daily's web page, a wire-archive document, a translated
foreign-ministry news item, a live blog, a Q&A explainer from a print archive, a photo gallery,
a blog post with comments, a morning e-mail newsletter, a Chinese news portal, an Iranian
English-language site, a TV rush transcript, an archived embassy press bulletin, a 1971
regional paper in a newspaper archive viewer, an explainer, and a 1951 radio bulletin script
in a national-archives viewer.
Three pages have no date in the manifest: 004 (a Q&A explainer with no date and no year
anywhere, so every date on it is null), 008 (dated only by the Chinese timestamp
"发布时间：2014年11月11日 07:45") and 009 (dated only "Friday, Farvardin 18, 1402" in the Iranian
solar calendar, i.e. 7 April 2023; Farvardin 1, 1402 = 21 March 2023).
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

# canonical names
ABUBAKAR, CONNEH, KUFUOR, TAYLOR, BLAH, MBEKI, CHISSANO, OBASANJO = (
    "Abdulsalami Abubakar", "Sekou Conneh", "John Kufuor", "Charles Taylor", "Moses Blah",
    "Thabo Mbeki", "Joaquim Chissano", "Olusegun Obasanjo")
NUJOMA, PEREZ_DE_CUELLAR, DE_KLERK, MANDELA, BAKER, SHEVARDNADZE, GENSCHER, DOS_SANTOS = (
    "Sam Nujoma", "Javier Perez de Cuellar", "F. W. de Klerk", "Nelson Mandela", "James Baker",
    "Eduard Shevardnadze", "Hans-Dietrich Genscher", "Jose Eduardo dos Santos")
GUELLEH, ISAIAS, AL_JUBEIR, SALMAN, MBS, WORKNEH, OSMAN_SALEH, AWAD, ABIY, GUTERRES, YOUSSOUF = (
    "Ismail Omar Guelleh", "Isaias Afwerki", "Adel al-Jubeir", "Salman bin Abdulaziz",
    "Mohammed bin Salman", "Workneh Gebeyehu", "Osman Saleh", "Ahmed Isse Awad", "Abiy Ahmed",
    "Antonio Guterres", "Mahamoud Ali Youssouf")
LULA, FERNANDEZ, ARCE, BORIC, PETRO, LASSO, ALI, ABDO, SANTOKHI, LACALLE_POU, MADURO, OTAROLA, \
    BOLUARTE, MACRON = (
        "Luiz Inacio Lula da Silva", "Alberto Fernandez", "Luis Arce", "Gabriel Boric",
        "Gustavo Petro", "Guillermo Lasso", "Irfaan Ali", "Mario Abdo Benitez", "Chan Santokhi",
        "Luis Lacalle Pou", "Nicolas Maduro", "Alberto Otarola", "Dina Boluarte",
        "Emmanuel Macron")
CHAVEZ_MENA, ELVIR_SIERRA, BUSTAMANTE, BELAUNDE, ARIAS_STELLA = (
    "Fidel Chavez Mena", "Cesar Elvir Sierra", "Jose Luis Bustamante y Rivero",
    "Fernando Belaunde Terry", "Javier Arias Stella")
KERRY, RODRIGUEZ, RAUL_CASTRO, POPE_FRANCIS = (
    "John Kerry", "Bruno Rodriguez", "Raul Castro", "Pope Francis")
MODI, SHARIF, GHANI, PUTIN, DOVAL, JANJUA, JAISHANKAR, CHAUDHRY, SWARAJ = (
    "Narendra Modi", "Nawaz Sharif", "Ashraf Ghani", "Vladimir Putin", "Ajit Doval",
    "Nasser Khan Janjua", "S. Jaishankar", "Aizaz Ahmad Chaudhry", "Sushma Swaraj")
OBAMA, QUANG, PHUC, NGAN, TRONG, PHAM_BINH_MINH, ABE, ROUHANI = (
    "Barack Obama", "Tran Dai Quang", "Nguyen Xuan Phuc", "Nguyen Thi Kim Ngan",
    "Nguyen Phu Trong", "Pham Binh Minh", "Shinzo Abe", "Hassan Rouhani")
XI, YANG_JIECHI, YACHI, WANG_YI, KISHIDA, PARK, = (
    "Xi Jinping", "Yang Jiechi", "Shotaro Yachi", "Wang Yi", "Fumio Kishida", "Park Geun-hye")
AMIR_ABDOLLAHIAN, BIN_FARHAN, QIN_GANG, SHAMKHANI, AL_AIBAN = (
    "Hossein Amir-Abdollahian", "Faisal bin Farhan", "Qin Gang", "Ali Shamkhani",
    "Musaed al-Aiban")
RABIN, MAJALI, HUSSEIN, CLINTON, MUBARAK, ARAFAT, ASSAD, CHRISTOPHER, AL_SHARAA = (
    "Yitzhak Rabin", "Abdelsalam al-Majali", "Hussein bin Talal", "Bill Clinton", "Hosni Mubarak",
    "Yasser Arafat", "Hafez al-Assad", "Warren Christopher", "Farouk al-Sharaa")
NAZARBAYEV, JIANG, YELTSIN, AKAYEV, RAHMON, KARIMOV = (
    "Nursultan Nazarbayev", "Jiang Zemin", "Boris Yeltsin", "Askar Akayev", "Emomali Rahmon",
    "Islam Karimov")
HEATH, POMPIDOU, CHABAN_DELMAS, BRANDT, RIPPON, SOAMES, DE_GAULLE = (
    "Edward Heath", "Georges Pompidou", "Jacques Chaban-Delmas", "Willy Brandt",
    "Geoffrey Rippon", "Christopher Soames", "Charles de Gaulle")
DACIC, THACI, ASHTON, NIKOLIC, JAHJAGA = (
    "Ivica Dacic", "Hashim Thaci", "Catherine Ashton", "Tomislav Nikolic", "Atifete Jahjaga")
SPENDER, BERENDSEN, ACHESON, DULLES, DOIDGE, MENZIES, HOLLAND, TRUMAN = (
    "Percy Spender", "Carl Berendsen", "Dean Acheson", "John Foster Dulles", "Frederick Doidge",
    "Robert Menzies", "Sidney Holland", "Harry S. Truman")

LIB3 = ["Liberia", "LURD", "MODEL"]
ES_HN = ["El Salvador", "Honduras"]


def ev(key, kind, status, date, location, participants, groups, evidence, date_end=None):
    e = {"key": key, "kind": kind, "status": status, "date": date}
    if date_end:
        e["date_end"] = date_end
    e.update({"location": location, "participants": participants, "groups": groups,
              "evidence": evidence})
    return e


M, C, OCC, PLN = "meeting", "call", "occurred", "planned"

ARTICLES = [
    # 000. Ghanaian daily's web page, "Tuesday, 19 August 2003" (manifest 2003-08-19).
    # "yesterday" -> Mon 18 Aug; "on Thursday" (future) -> 21 Aug; "eight days ago" -> Mon 11
    # Aug; "on Sunday night" -> 17 Aug; "next week" -> 25-31 Aug -> 2003-08; "June 4", "June
    # 17" -> 2003. Places: "in Accra"; "at Akosombo"; "the Executive Mansion in Monrovia";
    # Abubakar's trip "in Monrovia". The signing names the mediator Abubakar (who "presided
    # over" it) and LURD's Conneh; the government delegation and MODEL are unnamed -> groups.
    # "The talks opened at Akosombo ... with Charles Taylor in the hall": Kufuor chairs, Taylor
    # present, the three delegations are the sides. Taylor's handover ceremony is attended "before
    # President Kufuor, ... Mbeki and ... Chissano, who had flown in for the ceremony".
    ("000", "2003-08-19", False, [
        ev("2003-08-18-accra-abubakar-conneh", M, OCC, "2003-08-18", "Accra", [ABUBAKAR, CONNEH],
           LIB3, "its two rebel movements signed a comprehensive peace agreement in Accra yesterday"),
        ev("2003-08-21-accra-liberia-lurd-model", M, PLN, "2003-08-21", "Accra", [], LIB3,
           "The delegates are due back at the table on Thursday to choose the chairman"),
        ev("2003-06-04-akosombo-kufuor-taylor", M, OCC, "2003-06-04", "Akosombo", [KUFUOR, TAYLOR],
           LIB3, "The talks opened at Akosombo on June 4 under the chairmanship of President John Kufuor"),
        ev("2003-06-17-accra-liberia-lurd-model", M, OCC, "2003-06-17", "Accra", [], LIB3,
           "The same three parties signed a ceasefire in Accra on June 17"),
        ev("2003-08-11-monrovia-blah-chissano-kufuor-mbeki-taylor", M, OCC, "2003-08-11", "Monrovia",
           [TAYLOR, BLAH, KUFUOR, MBEKI, CHISSANO], [],
           "Taylor finally stepped down eight days ago at the Executive Mansion in Monrovia"),
        ev("2003-08-17-kufuor-obasanjo-call", C, OCC, "2003-08-17", None, [KUFUOR, OBASANJO], [],
           "President Kufuor spoke by telephone with Nigeria's President Olusegun Obasanjo on Sunday night"),
        ev("2003-08-monrovia-abubakar-blah", M, PLN, "2003-08", "Monrovia", [ABUBAKAR, BLAH], [],
           "General Abubakar is expected in Monrovia next week to brief President Blah"),
    ], ["'Taylor flew home the same afternoon' (travel)",
        "'it was broken within days as fighting reached Monrovia' (not a meeting)",
        "'He left for exile in Nigeria that evening' (travel)",
        "'President Blah, who did not travel to Accra for the signing' (negation)",
        "'Mr Conneh told reporters that \"the war is over\"' (press remarks)",
        "'a foreign ministry official said it could do so if the United Nations asked' (hypothetical donors' conference)",
        "'the three armed groups give up any claim to the presidency' (terms of the accord)",
        "Related: 'Kufuor meets Blah in Monrovia to discuss aid corridor', 'ECOWAS chiefs of staff meet in Accra' (furniture)",
        "Most read: 'Black Stars squad named for Lome friendly' (furniture)"]),

    # 001. Wire-archive document "Wednesday, March 21, 1990", dateline "WINDHOEK, Namibia,
    # March 21" (manifest 1990-03-21). "in the early hours of today", "this afternoon", "Earlier
    # in the day", "today" -> 21 Mar; "on Thursday" (future) -> 22 Mar; "on Tuesday" (past) ->
    # 20 Mar; "in December 1988" -> 1988-12. Places: the stadium "on the edge of the capital"
    # and the rented villa under the WINDHOEK dateline -> Windhoek; "Cape Town"; "in New York".
    # The inauguration is a gathering: Nujoma sworn in by Perez de Cuellar "while ... de Klerk
    # looked on". "James A. Baker III" -> James Baker; "the American" = Baker, so Shevardnadze's
    # visit to Mandela is a separate encounter. The 1988 accords name no person -> groups.
    ("001", "1990-03-21", False, [
        ev("1990-03-21-windhoek-de-klerk-nujoma-perez-de-cuellar", M, OCC, "1990-03-21", "Windhoek",
           [NUJOMA, PEREZ_DE_CUELLAR, DE_KLERK], [],
           "Sam Nujoma took the oath as Namibia's first president in the early hours of today"),
        ev("1990-03-21-windhoek-baker-mandela", M, OCC, "1990-03-21", "Windhoek", [MANDELA, BAKER], [],
           "received Secretary of State James A. Baker III for about half an hour"),
        ev("1990-03-21-windhoek-mandela-shevardnadze", M, OCC, "1990-03-21", "Windhoek",
           [SHEVARDNADZE, MANDELA], [],
           "Soviet Foreign Minister Eduard Shevardnadze went in to see Mandela as soon as"),
        ev("1990-03-22-cape-town-baker-de-klerk", M, PLN, "1990-03-22", "Cape Town", [BAKER, DE_KLERK],
           [], "Baker flies to Cape Town on Thursday for talks with de Klerk"),
        ev("1990-03-21-windhoek-baker-genscher", M, OCC, "1990-03-21", "Windhoek", [BAKER, GENSCHER],
           [], "Earlier in the day Baker sat down with West German Foreign Minister Hans-Dietrich Genscher"),
        ev("1990-03-21-windhoek-genscher-nujoma", M, OCC, "1990-03-21", "Windhoek", [GENSCHER, NUJOMA],
           [], "Genscher, who also called on Nujoma today"),
        ev("1990-03-20-dos-santos-perez-de-cuellar-call", C, OCC, "1990-03-20", None,
           [PEREZ_DE_CUELLAR, DOS_SANTOS], [],
           "Perez de Cuellar spoke by telephone on Tuesday with Angolan President Jose Eduardo dos Santos"),
        ev("1988-12-22-new-york-angola-cuba-south-africa", M, OCC, "1988-12", "New York", [],
           ["Angola", "Cuba", "South Africa"],
           "Angola, Cuba and South Africa signed at the United Nations in New York"),
    ], ["'Baker's plan to call on de Klerk' (the same planned Cape Town talks, stated once more)",
        "'Mandela told reporters he had no plans to see the South African president' (negation)",
        "'Baker and Shevardnadze were expected to confer before leaving, but no time had been fixed' (no fixed occasion)",
        "'In his address de Klerk said' (speech)",
        "'announced 100 million marks in emergency aid' (announcement)",
        "'The South African flag came down at 12:18 a.m.' (ceremony detail, same gathering)",
        "Related documents: 'Baker meets de Klerk in Cape Town', 'Shevardnadze and Baker to use Namibia stop for talks' (furniture)"]),

    # 002. Djibouti foreign-ministry news item, unofficial English translation, "Published on
    # 18/09/2018" (manifest 2018-09-18, a Tuesday). "yesterday" -> Mon 17 Sep; "Following these
    # audiences" -> 17 Sep; "the day after the signing" -> the signing is 16 Sep; "On Monday
    # evening" -> 17 Sep; "Thursday 6 September" -> 2018-09-06; "next week" -> 24-30 Sep ->
    # 2018-09. "the Head of State", "the President of the Republic" = Ismail Omar Guelleh; "his
    # Eritrean counterpart" = Isaias Afwerki (key 'isaias', customary name, like 'abiy'); the
    # Saudi foreign minister "representing the Kingdom's mediation" is present. "his Eritrean
    # counterpart" of the foreign minister Youssouf = Osman Saleh (named earlier). Places: Al-Salam
    # Palace "in Jeddah"; "in the same palace"; "in the same city" -> Jeddah; "in Djibouti"
    # (the capital); "in New York".
    ("002", "2018-09-18", False, [
        ev("2018-09-17-jeddah-al-jubeir-guelleh-isaias", M, OCC, "2018-09-17", "Jeddah",
           [GUELLEH, ISAIAS, AL_JUBEIR], [],
           "the President of the Republic met his Eritrean counterpart, Mr Isaias Afwerki"),
        ev("2018-09-17-jeddah-guelleh-salman", M, OCC, "2018-09-17", "Jeddah", [GUELLEH, SALMAN], [],
           "the Head of State was received in audience yesterday by King Salman at Al-Salam Palace"),
        ev("2018-09-17-jeddah-bin-salman-guelleh", M, OCC, "2018-09-17", "Jeddah", [GUELLEH, MBS], [],
           "then held talks with His Royal Highness Crown Prince Mohammed bin Salman"),
        ev("2018-09-06-djibouti-awad-guelleh-saleh-workneh", M, OCC, "2018-09-06", "Djibouti",
           [GUELLEH, WORKNEH, OSMAN_SALEH, AWAD], [],
           "on Thursday 6 September the Head of State received in Djibouti the heads of diplomacy"),
        ev("2018-09-16-jeddah-abiy-guterres-isaias-salman", M, OCC, "2018-09-16", "Jeddah",
           [ABIY, ISAIAS, SALMAN, GUTERRES], [],
           "the signing, in the same city, of the peace agreement between Ethiopia and Eritrea"),
        ev("2018-09-17-abiy-guelleh-call", C, OCC, "2018-09-17", None, [GUELLEH, ABIY], [],
           "the Head of State spoke by telephone with Prime Minister Abiy Ahmed"),
        ev("2018-09-new-york-saleh-youssouf", M, PLN, "2018-09", "New York", [YOUSSOUF, OSMAN_SALEH],
           [], "will meet his Eritrean counterpart next week in New York"),
    ], ["'made a working visit to Saudi Arabia, returning to Djibouti this Tuesday' (travel)",
        "'the armed clashes of June 2008' (fighting, not a meeting)",
        "'A visit to Djibouti by President Isaias has been mentioned; no date has been set' (no fixed occasion)",
        "'No joint communique was issued' (negation)",
        "'This first meeting of the two Heads of State in ten years' (the same Jeddah meeting, not a counted reference)",
        "Photo caption 'Jeddah, 17/09/2018' (the same meeting)",
        "Read also: 'joint ministerial commission meets in Dire Dawa', 'The Minister receives the Special Envoy' (furniture)"]),

    # 003. Live blog, newest first, "Last updated: 18:52 BRT, Tuesday 30 May 2023" (manifest
    # 2023-05-30). The summit "has opened" at 11:05 and closed by 18:52 -> occurred 30 May;
    # "Monday", "Late on Monday" -> 29 May; "on Friday" (past) -> 26 May; "on July 4" -> 2023-07-04
    # (planned); "in late June" -> 2023-06 (planned). Places: Itamaraty Palace, Planalto Palace
    # and the Alvorada -> Brasilia (the blog is about Brasilia); "Puerto Iguazu"; "Paris". The
    # summit lists the twelve people "Around the table" (Otarola stands in for Boluarte, who is
    # absent). "her" (Lula spoke with her) = Dina Boluarte. "Mercosur leaders, Lula among them ...
    # where Fernandez hands Brazil the ... presidency" places Lula and Fernandez at Puerto Iguazu.
    # Macron hosts his own Paris summit. Key surnames: 'abdo-benitez', 'lacalle-pou', 'lula'.
    ("003", "2023-05-30", False, [
        ev("2023-05-30-brasilia-abdo-benitez-ali-arce-boric-fernandez-lacalle-pou-lasso-lula-maduro-otarola-petro-santokhi",
           M, OCC, "2023-05-30", "Brasilia",
           [LULA, FERNANDEZ, ARCE, BORIC, PETRO, LASSO, ALI, ABDO, SANTOKHI, LACALLE_POU, MADURO,
            OTAROLA], [],
           "The summit has opened at the Itamaraty Palace"),
        ev("2023-05-29-brasilia-lula-maduro", M, OCC, "2023-05-29", "Brasilia", [MADURO, LULA], [],
           "was received with full honours by Lula at the Planalto Palace"),
        ev("2023-05-29-brasilia-lula-petro", M, OCC, "2023-05-29", "Brasilia", [LULA, PETRO], [],
           "Late on Monday Lula also had Petro over to the Alvorada for a private dinner"),
        ev("2023-05-26-boluarte-lula-call", C, OCC, "2023-05-26", None, [LULA, BOLUARTE], [],
           "Lula spoke with her by phone on Friday"),
        ev("2023-07-04-puerto-iguazu-fernandez-lula", M, PLN, "2023-07-04", "Puerto Iguazu",
           [LULA, FERNANDEZ], ["Mercosur"],
           "Mercosur leaders, Lula among them, meet in Puerto Iguazú, Argentina, on July 4"),
        ev("2023-06-22-paris-lula-macron", M, PLN, "2023-06", "Paris", [LULA, MACRON], [],
           "in late June Lula flies to Paris for Emmanuel Macron's summit"),
    ], ["'A contact group of foreign ministers is to report within 120 days; no meeting date has been announced' (no fixed occasion)",
        "'Lula hosts the visiting delegations for dinner at the Alvorada Palace tonight' (same-day dinner of the same summit)",
        "'Lacalle Pou used his turn in the closed session to say' (remarks inside the summit)",
        "'Boric said much the same to reporters' (press remarks)",
        "'Boluarte is barred from leaving the country' (absence)",
        "'Maduro, back in Brazil for the first time since 2015' (negation of earlier visits)",
        "'It is the first time all twelve South American states have sat together since 2014' (no single earlier occasion)",
        "'Lula later described the accusations against Caracas as a \"constructed narrative\"' (statement)",
        "'a revived Unasur could follow today's meeting' (hypothetical)",
        "Related coverage: 'Lula and Fernandez discuss gas pipeline financing in Buenos Aires' (furniture)"]),

    # 004. Q&A explainer in a digitised print archive, NO date and NO year anywhere (manifest
    # null; true date Fri 31 Oct 1980, the day after the signing). "on Thursday", "Wednesday
    # evening", "four years ago", "on Monday", "next month" cannot be anchored, so every date is
    # null (eval rule 10). Keys use the real or the author's dates. Places: "in the Peruvian
    # capital", Torre Tagle Palace -> Lima; the Government Palace and Bustamante's home "in
    # Miraflores" (a district of Lima) -> Lima; "in Washington"; "in Tegucigalpa". Canonical
    # names without diacritics; keys 'chavez-mena', 'elvir-sierra', 'bustamante-y-rivero',
    # 'belaunde', 'arias-stella'. "the two delegations" at the dinner -> groups.
    ("004", "1980-10-31", True, [
        ev("1980-10-30-lima-bustamante-y-rivero-chavez-mena-elvir-sierra", M, OCC, None, "Lima",
           [CHAVEZ_MENA, ELVIR_SIERRA, BUSTAMANTE], [],
           "The two foreign ministers signed it at the Torre Tagle Palace"),
        ev("1980-10-30-lima-belaunde-chavez-mena-elvir-sierra", M, OCC, None, "Lima",
           [BELAUNDE, CHAVEZ_MENA, ELVIR_SIERRA], [],
           "President Fernando Belaúnde Terry received both ministers at the Government Palace"),
        ev("1980-10-29-lima-bustamante-y-rivero", M, OCC, None, "Lima", [BUSTAMANTE], ES_HN,
           "Bustamante y Rivero gave a private dinner for the two delegations at his home"),
        ev("1976-10-06-washington-el-salvador-honduras", M, OCC, None, "Washington", [], ES_HN,
           "at a meeting of their delegations in Washington four years ago"),
        ev("1980-10-27-arias-stella-chavez-mena-call", C, OCC, None, None, [ARIAS_STELLA, CHAVEZ_MENA],
           [], "Javier Arias Stella, telephoned Chávez Mena on Monday"),
        ev("1980-11-tegucigalpa-el-salvador-honduras", M, PLN, None, "Tegucigalpa", [], ES_HN,
           "which is due to hold its first session in Tegucigalpa next month"),
    ], ["'No head of state attended the ceremony' (negation)",
        "'Bustamante has shuttled between San Salvador and Tegucigalpa many times' (counted)",
        "'either government may take the matter to the International Court of Justice' (hypothetical)",
        "'Only after both congresses ratify the treaty' (internal)",
        "'A meeting between General Policarpo Paz Garcia and members of the Salvadoran junta has been mentioned, but no date or place' (no fixed occasion)",
        "'Chavez Mena is to report to the junta in San Salvador on Saturday' (internal)",
        "'since the so-called \"Football War\"' (war, not a meeting)",
        "Related: 'Honduran exporters welcome reopening of the Pan-American Highway' (furniture)"]),

    # 005. Photo gallery "Saturday 15 August 2015" (manifest 2015-08-15). Captions: "on Friday
    # afternoon", "Later on Friday" -> 14 Aug; "on July 20" -> 2015-07-20; "on Monday" in a
    # Saturday page -> 10 Aug; "on September 11", "on September 19" -> planned 2015. Places: the
    # foreign ministry "in Havana"; the ambassador's residence (Havana, the gallery's city); the
    # State Department "in Washington"; "in Havana". "The two ministers" = Kerry and Rodriguez.
    # Kerry's meeting with dissidents: Kerry plus the unnamed side (group). The commission:
    # "Officials from both countries" -> groups Cuba, United States.
    ("005", "2015-08-15", False, [
        ev("2015-08-14-havana-kerry-rodriguez", M, OCC, "2015-08-14", "Havana", [KERRY, RODRIGUEZ], [],
           "Bruno Rodríguez, shake hands before their talks at the foreign ministry in Havana"),
        ev("2015-08-14-havana-kerry", M, OCC, "2015-08-14", "Havana", [KERRY], ["Cuban dissidents"],
           "Later on Friday, Kerry met dissidents and civil society figures at the US ambassador's residence"),
        ev("2015-07-20-washington-kerry-rodriguez", M, OCC, "2015-07-20", "Washington",
           [RODRIGUEZ, KERRY], [],
           "Rodríguez and Kerry meet at the State Department in Washington on July 20"),
        ev("2015-08-10-kerry-rodriguez-call", C, OCC, "2015-08-10", None, [KERRY, RODRIGUEZ], [],
           "The two ministers had spoken by phone on Monday to settle the programme"),
        ev("2015-09-11-havana-cuba-united-states", M, PLN, "2015-09-11", "Havana", [],
           ["Cuba", "United States"],
           "Officials from both countries will meet in Havana on September 11"),
        ev("2015-09-19-havana-castro-francis", M, PLN, "2015-09-19", "Havana",
           [POPE_FRANCIS, RAUL_CASTRO], [],
           "will be welcomed at the airport by Raúl Castro"),
    ], ["'steps off his plane at Jose Marti airport' (travel)",
        "'Three retired Marines ... hand a new one to the honour guard' (ceremony, no diplomatic encounter)",
        "'Kerry speaks at the flag-raising' (speech)",
        "'take questions at a joint news conference' (press conference)",
        "'Kerry strolls through Old Havana with his delegation' (no encounter)",
        "'Kerry did not meet President Raul Castro or his brother Fidel' (negation)",
        "'No Cuban government official attended' (negation)",
        "Most read: 'Obama could visit Cuba before he leaves office', 'CARICOM ministers meet in Georgetown' (furniture)"]),

    # 006. WordPress-style blog post "December 26, 2015 at 9:12 am" (manifest 2015-12-26, a
    # Saturday). "Yesterday afternoon", "Christmas Day", "late in the morning" -> Fri 25 Dec;
    # "on Thursday" -> 24 Dec; "November 30", "December 6", "December 9" -> 2015; "in
    # mid-January" -> 2016-01 (planned). Places: "in Kabul"; "in Moscow"; the Jati Umra estate
    # "in Raiwind" (kept as named, like Barvikha in dev29; the airport welcome in Lahore is part
    # of the same encounter); "in Paris"; "in Bangkok"; "Islamabad". "the two foreign
    # secretaries in the room" at Bangkok = S. Jaishankar and Aizaz Chaudhry, named in the next
    # paragraph. "Lt Gen Nasser Janjua" -> Nasser Khan Janjua.
    ("006", "2015-12-26", False, [
        ev("2015-12-25-raiwind-modi-sharif", M, OCC, "2015-12-25", "Raiwind", [MODI, SHARIF], [],
           "The two men flew by helicopter to Sharif's family estate at Jati Umra in Raiwind"),
        ev("2015-12-25-modi-sharif-call", C, OCC, "2015-12-25", None, [MODI, SHARIF], [],
           "From Kabul, Modi phoned Nawaz Sharif late in the morning"),
        ev("2015-12-25-kabul-ghani-modi", M, OCC, "2015-12-25", "Kabul", [MODI, GHANI], [],
           "where he and President Ashraf Ghani opened the new Afghan parliament building"),
        ev("2015-12-24-moscow-modi-putin", M, OCC, "2015-12-24", "Moscow", [MODI, PUTIN], [],
           "where his annual summit with Vladimir Putin took place on Thursday"),
        ev("2015-11-30-paris-modi-sharif", M, OCC, "2015-11-30", "Paris", [MODI, SHARIF], [],
           "when Modi and Sharif had a brief, unscheduled chat on a sofa"),
        ev("2015-12-06-bangkok-chaudhry-doval-jaishankar-janjua", M, OCC, "2015-12-06", "Bangkok",
           [DOVAL, JANJUA, JAISHANKAR, CHAUDHRY], [],
           "Ajit Doval and Lt Gen Nasser Janjua - met quietly in Bangkok"),
        ev("2015-12-09-islamabad-sharif-swaraj", M, OCC, "2015-12-09", "Islamabad", [SWARAJ, SHARIF],
           [], "Sushma Swaraj went to Islamabad for the Heart of Asia conference and called on Sharif"),
        ev("2016-01-15-islamabad-chaudhry-jaishankar", M, PLN, "2016-01", "Islamabad",
           [JAISHANKAR, CHAUDHRY], [],
           "are to meet in Islamabad in mid-January to set up the resumed dialogue"),
    ], ["'no Indian prime minister had done in more than a decade' (negation/counted)",
        "'He had flown in from Moscow' (travel)",
        "'before Modi flew on to Delhi' (travel)",
        "'the national security advisers' talks planned for August were called off' (cancelled)",
        "'No joint statement was issued' (negation)",
        "'Modi and Sharif have met in several formats since May 2014' (counted)",
        "'Sharif may make a return visit at some point, but nothing has been proposed' (vague)",
        "'Modi's tweets are not policy' (social media)",
        "Related posts: 'Ufa, one year on' (furniture); reader comments (furniture)"]),

    # 007. Morning e-mail newsletter "Tuesday, May 24, 2016" (manifest 2016-05-24).
    # "yesterday" -> Mon 23 May; "This morning" -> 24 May (planned at newsletter time);
    # "Tomorrow night" -> 25 May; "on Thursday and Friday" -> 26-27 May; "last week" -> 16-22 May
    # -> 2016-05. Places: the Presidential Palace and the party headquarters in the Hanoi story
    # -> Hanoi; Obama's hotel (Hanoi); "in Shima"; "In Tehran". "the two" = Obama and Tran Dai
    # Quang; "He" = Obama; "with John Kerry at his side" makes Kerry a participant. Obama's
    # civil-society meeting: Obama plus unnamed activists (group). Vietnamese keys use the full
    # name ('tran-dai-quang', 'nguyen-xuan-phuc', 'nguyen-thi-kim-ngan', 'nguyen-phu-trong',
    # 'pham-binh-minh').
    ("007", "2016-05-24", False, [
        ev("2016-05-23-hanoi-obama-tran-dai-quang", M, OCC, "2016-05-23", "Hanoi", [OBAMA, QUANG], [],
           "after the two held talks at the Presidential Palace"),
        ev("2016-05-23-hanoi-nguyen-xuan-phuc-obama", M, OCC, "2016-05-23", "Hanoi", [OBAMA, PHUC], [],
           "He also called on Prime Minister Nguyen Xuan Phuc"),
        ev("2016-05-23-hanoi-nguyen-thi-kim-ngan-obama", M, OCC, "2016-05-23", "Hanoi", [OBAMA, NGAN],
           [], "met the National Assembly chairwoman, Nguyen Thi Kim Ngan"),
        ev("2016-05-23-hanoi-kerry-nguyen-phu-trong-obama", M, OCC, "2016-05-23", "Hanoi",
           [OBAMA, TRONG, KERRY], [],
           "Later he was received by Communist Party chief Nguyen Phu Trong at the party headquarters"),
        ev("2016-05-kerry-pham-binh-minh-call", C, OCC, "2016-05", None, [KERRY, PHAM_BINH_MINH], [],
           "Pham Binh Minh had worked out the embargo wording in a phone call last week"),
        ev("2016-05-24-hanoi-obama", M, PLN, "2016-05-24", "Hanoi", [OBAMA],
           ["Vietnamese civil society"], "This morning Obama meets civil society activists at his hotel"),
        ev("2016-05-25-shima-abe-obama", M, PLN, "2016-05-25", "Shima", [OBAMA, ABE], [],
           "Tomorrow night Obama sits down with Shinzo Abe in Shima"),
        ev("2016-05-26-shima-obama", M, PLN, "2016-05-26", "Shima", [OBAMA], ["G7"],
           "Obama then joins the other G7 leaders in Shima on Thursday and Friday",
           date_end="2016-05-27"),
        ev("2016-05-23-tehran-ghani-modi-rouhani", M, OCC, "2016-05-23", "Tehran",
           [MODI, ROUHANI, GHANI], [],
           "In Tehran yesterday, India's Narendra Modi, Iran's Hassan Rouhani and Afghanistan's Ashraf Ghani signed"),
    ], ["'announcing the step at a news conference' (press conference)",
        "'before a speech at the National Convention Center' (speech)",
        "'police had stopped them from leaving home' (negation: invited activists absent)",
        "'He then flies to Ho Chi Minh City' (travel)",
        "'the first sitting US president to visit Hiroshima' (travel, no stated encounter)",
        "'Najib Razak has invited ... Duterte to visit; no dates have been discussed' (invitation, no occasion)",
        "'Tsai Ing-wen's inaugural address drew a cool response' (speech, statement)",
        "'the bowl of bun cha that went viral' (no diplomatic encounter)",
        "Read more: 'Vietnam's arms embargo: what changes now' (furniture)"]),

    # 008. Chinese news portal, English page; manifest null; the only date is the timestamp
    # "发布时间：2014年11月11日 07:45" (Tuesday 11 Nov 2014, early morning). "on Monday" -> 10 Nov;
    # "on Friday" -> 7 Nov; "on Saturday" -> 8 Nov; "On Sunday" -> 9 Nov; "today" -> 11 Nov
    # (APEC leaders' session, planned at 07:45); "After the leaders' session" -> 11 Nov;
    # "on Wednesday" -> 12 Nov. Places: the Great Hall of the People -> Beijing; "in Beijing";
    # Yanqi Lake "in Beijing's Huairou district" -> Beijing; Zhongnanhai -> Beijing. Wang Yi's
    # "Japanese counterpart Fumio Kishida"; the APEC session names nobody -> group APEC.
    ("008", "2014-11-11", True, [
        ev("2014-11-10-beijing-abe-xi", M, OCC, "2014-11-10", "Beijing", [XI, ABE], [],
           "Xi Jinping met Japanese Prime Minister Shinzo Abe at the Great Hall of the People"),
        ev("2014-11-07-beijing-yachi-yang", M, OCC, "2014-11-07", "Beijing", [YANG_JIECHI, YACHI], [],
           "when State Councilor Yang Jiechi met Japan's national security adviser Shotaro Yachi"),
        ev("2014-11-08-beijing-kishida-wang", M, OCC, "2014-11-08", "Beijing", [WANG_YI, KISHIDA], [],
           "Foreign Minister Wang Yi then received his Japanese counterpart Fumio Kishida on Saturday"),
        ev("2014-11-10-beijing-park-xi", M, OCC, "2014-11-10", "Beijing", [XI, PARK], [],
           "Xi held talks at the Great Hall with South Korean President Park Geun-hye"),
        ev("2014-11-09-beijing-putin-xi", M, OCC, "2014-11-09", "Beijing", [XI, PUTIN], [],
           "On Sunday Xi had met Russian President Vladimir Putin"),
        ev("2014-11-11-beijing-apec", M, PLN, "2014-11-11", "Beijing", [], ["APEC"],
           "APEC leaders meet today at Yanqi Lake in Beijing's Huairou district"),
        ev("2014-11-11-beijing-obama-xi", M, PLN, "2014-11-11", "Beijing", [XI, OBAMA], [],
           "Xi will host US President Barack Obama for an informal evening at Zhongnanhai"),
        ev("2014-11-12-beijing-obama-xi", M, PLN, "2014-11-12", "Beijing", [XI, OBAMA], [],
           "ahead of formal talks at the Great Hall on Wednesday"),
    ], ["'The two leaders had not held formal talks since Abe returned to office in December 2012' (negation)",
        "'Abe told Japanese reporters afterwards' (press remarks)",
        "'Xi told Abe that Japan should \"face history squarely\"' (inside the same meeting)",
        "'the two announced the substantial conclusion of negotiations' (announcement, same meeting)",
        "'the two watched the signing of a framework deal' (inside the same Xi-Putin meeting)",
        "'the first formal talks between the two foreign ministers in more than two years' (negation of earlier talks)",
        "'A trilateral summit with Seoul and Tokyo ... could be revived' (hypothetical)",
        "相关新闻 Related: 'Li Keqiang meets Canadian Prime Minister Stephen Harper', 'Xi, Obama to plant trees at Yanqi Lake' (furniture)"]),

    # 009. Iranian English-language site; manifest null; the page is dated only "Friday,
    # Farvardin 18, 1402" (Farvardin 1, 1402 = 21 March 2023, so Farvardin 18 = Fri 7 Apr 2023).
    # "on Thursday" -> 6 Apr; "on Esfand 19" (the last month of 1401; Esfand 29, 1401 = 20 March
    # 2023) -> 10 Mar 2023; "last Sunday" -> 2 Apr; "on Saturday" (future) -> 8 Apr; "next
    # week" -> 10-16 Apr -> 2023-04. Places: "in Beijing", "in the Chinese capital", "in Tehran",
    # "to Riyadh". "Prince Faisal bin Farhan Al Saud" -> Faisal bin Farhan; the Beijing talks and
    # signing are "in the presence of" Qin Gang, whose welcome beforehand belongs to the same
    # encounter; Amir-Abdollahian's "separate meeting with Qin" is a second event. "The two
    # ministers" (call) = Amir-Abdollahian and Faisal bin Farhan. Delegations -> groups.
    ("009", "2023-04-07", True, [
        ev("2023-04-06-beijing-amir-abdollahian-bin-farhan-qin", M, OCC, "2023-04-06", "Beijing",
           [AMIR_ABDOLLAHIAN, BIN_FARHAN, QIN_GANG], [],
           "held talks in Beijing on Thursday and signed a joint statement ending a seven-year rupture"),
        ev("2023-04-06-beijing-amir-abdollahian-qin", M, OCC, "2023-04-06", "Beijing",
           [AMIR_ABDOLLAHIAN, QIN_GANG], [],
           "Amir-Abdollahian stayed on for a separate meeting with Qin"),
        ev("2023-03-10-beijing-al-aiban-shamkhani-wang", M, OCC, "2023-03-10", "Beijing",
           [SHAMKHANI, AL_AIBAN, WANG_YI], [],
           "signed in Beijing on Esfand 19, with Chinese top diplomat Wang Yi"),
        ev("2023-04-02-amir-abdollahian-bin-farhan-call", C, OCC, "2023-04-02", None,
           [AMIR_ABDOLLAHIAN, BIN_FARHAN], [],
           "when they spoke by telephone last Sunday"),
        ev("2023-04-08-tehran-iran-saudi-arabia", M, PLN, "2023-04-08", "Tehran", [],
           ["Saudi Arabia", "Iran"],
           "A Saudi technical delegation is due in Tehran on Saturday"),
        ev("2023-04-riyadh-iran-saudi-arabia", M, PLN, "2023-04", "Riyadh", [],
           ["Iran", "Saudi Arabia"],
           "An Iranian team will travel to Riyadh for similar talks next week"),
    ], ["'Qin welcomed the two ministers together before their session' (part of the same Beijing encounter)",
        "'the first formal encounter between the foreign ministers ... in more than seven years' (negation)",
        "'Nasser Kanaani told his weekly news conference' (press briefing)",
        "'President Raisi has welcomed an invitation from King Salman to visit Riyadh, but no date has been fixed' (invitation, no occasion)",
        "'five rounds of talks in Baghdad and several more in Muscat' (counted)",
        "'both embassies would reopen within the two-month period' (not a meeting)",
        "Related News: 'Raisi receives Omani foreign minister in Tehran', 'Amir-Abdollahian, Bahraini counterpart discuss ties on phone' (furniture)"]),

    # 010. TV rush transcript "Aired October 26, 1994 - 6:00 p.m. ET" (manifest 1994-10-26).
    # "today", "began the day" -> 26 Oct; "on July 25" -> 1994-07-25; "Nine days ago" -> 17 Oct;
    # "Tomorrow" -> 27 Oct (planned); "on Monday" -> 24 Oct. Places: "the Arava crossing" (on
    # the border north of Eilat and Aqaba, in no city; kept as named); the White House ->
    # Washington; the Hashimiya Palace "in Amman"; "in Cairo"; "to Damascus". "King Hussein",
    # "The King" -> Hussein bin Talal; "Abdul-Salam Majali" -> Abdelsalam al-Majali; "the
    # president" = Clinton; "them" (brought them together) = the King and Rabin.
    ("010", "1994-10-26", False, [
        ev("1994-10-26-arava-al-majali-clinton-hussein-rabin", M, OCC, "1994-10-26", "Arava",
           [RABIN, MAJALI, HUSSEIN, CLINTON], [],
           "Yitzhak Rabin and Jordan's Prime Minister Abdul-Salam Majali signed the treaty at the Arava crossing"),
        ev("1994-07-25-washington-clinton-hussein-rabin", M, OCC, "1994-07-25", "Washington",
           [HUSSEIN, RABIN, CLINTON], [],
           "when Clinton brought them together at the White House on July 25"),
        ev("1994-10-17-amman-al-majali-hussein-rabin", M, OCC, "1994-10-17", "Amman",
           [RABIN, MAJALI, HUSSEIN], [],
           "Nine days ago Rabin and Majali initialled the text in Amman"),
        ev("1994-10-26-cairo-arafat-clinton-mubarak", M, OCC, "1994-10-26", "Cairo",
           [CLINTON, MUBARAK, ARAFAT], [],
           "where he met President Hosni Mubarak and PLO chairman Yasser Arafat"),
        ev("1994-10-27-damascus-al-assad-clinton", M, PLN, "1994-10-27", "Damascus", [CLINTON, ASSAD],
           [], "Tomorrow the president goes to Damascus for talks with Syria's Hafez al-Assad"),
        ev("1994-10-24-al-sharaa-christopher-call", C, OCC, "1994-10-24", None,
           [CHRISTOPHER, AL_SHARAA], [],
           "Secretary of State Warren Christopher telephoned the Syrian foreign minister, Farouk al-Sharaa"),
    ], ["'Arafat was not at the ceremony' (negation)",
        "'addressed the Jordanian parliament' (speech)",
        "'From Damascus Clinton flies to Israel to address the Knesset' (travel and speech)",
        "'Assad has never met an Israeli leader' (negation)",
        "'Rabin said tonight he would meet him \"anywhere, any time\" if Damascus wanted it' (hypothetical)",
        "'the first visit by an American president to Syria in twenty years' (counted, no occasion)",
        "Related transcripts: 'Clinton and Assad meet in Damascus' (furniture)"]),

    # 011. Archived embassy press bulletin "PRESS BULLETIN No. 14/96 ... 29 April 1996" (manifest
    # 1996-04-29, a Monday). "On 26 April" -> 1996-04-26; "Before the ceremony" -> 26 Apr; "the
    # previous day" -> 25 Apr; "in September 1994" -> 1994-09; "next year" -> 1997 (year only);
    # "in May" (future) -> 1996-05; "On Saturday" -> 27 Apr. Places: "in Shanghai"; the Xijiao
    # State Guest House (Shanghai); "in Beijing"; "Moscow". "Emomali Rakhmonov" -> Emomali Rahmon
    # (key 'rahmon'); "The five heads of state" = the five signatories. Expert groups -> groups.
    ("011", "1996-04-29", False, [
        ev("1996-04-26-shanghai-akayev-jiang-nazarbayev-rahmon-yeltsin", M, OCC, "1996-04-26",
           "Shanghai", [NAZARBAYEV, JIANG, YELTSIN, AKAYEV, RAHMON], [],
           "signed the Agreement on Confidence Building in the Military Field in the Border Area"),
        ev("1996-04-26-shanghai-jiang-nazarbayev", M, OCC, "1996-04-26", "Shanghai",
           [NAZARBAYEV, JIANG], [],
           "President Nazarbayev and Chairman Jiang Zemin held a bilateral meeting"),
        ev("1996-04-25-beijing-jiang-yeltsin", M, OCC, "1996-04-25", "Beijing", [JIANG, YELTSIN], [],
           "the talks held in Beijing the previous day between Chairman Jiang and President Yeltsin"),
        ev("1994-09-moscow-jiang-yeltsin", M, OCC, "1994-09", "Moscow", [JIANG, YELTSIN], [],
           "when Chairman Jiang visited Moscow in September 1994"),
        ev("1997-04-24-moscow-akayev-jiang-nazarbayev-rahmon-yeltsin", M, PLN, "1997", "Moscow",
           [NAZARBAYEV, JIANG, YELTSIN, AKAYEV, RAHMON], [],
           "The five heads of state agreed to meet in Moscow next year"),
        ev("1996-05-beijing-china-kazakhstan", M, PLN, "1996-05", "Beijing", [],
           ["Kazakhstan", "China"],
           "Kazakh and Chinese expert groups will hold their next round of talks"),
        ev("1996-04-27-karimov-nazarbayev-call", C, OCC, "1996-04-27", None, [NAZARBAYEV, KARIMOV], [],
           "President Nazarbayev spoke by telephone with the President of the Republic of Uzbekistan"),
    ], ["'The Agreement builds on the border agreement concluded between Kazakhstan and China in 1994' (an agreement named, no encounter described)",
        "'It does not create a military alliance' (not a meeting)",
        "'The Republic of Uzbekistan is not a party to it' (negation)",
        "'President Nazarbayev also visited the Pudong New Area' (travel, no encounter)",
        "'The five presidents answered questions from journalists' (press conference)",
        "'who was on a state visit to China' (the same Beijing talks)",
        "'< Previous bulletin | Next bulletin >' (furniture)"]),

    # 012. 1971 regional paper in a newspaper-archive viewer, "SATURDAY, MAY 22, 1971"
    # (manifest 1971-05-22); dispatch "PARIS, Friday." (21 May), so "this evening", "Earlier
    # today", "tonight" -> 21 May; "yesterday morning", "Last night" -> 20 May; "two days of
    # private talks" -> 20-21 May (one event with date_end); "next month" -> 1971-06; "February
    # 1969", "December 1969". Places: the Elysee -> Paris; the Hotel Matignon -> Paris; "in
    # Luxembourg"; "at The Hague". "M. Chaban-Delmas" -> Jacques Chaban-Delmas; "Herr Brandt" ->
    # Willy Brandt; "General de Gaulle" -> Charles de Gaulle. "the Six" at Luxembourg and "their
    # leaders" at The Hague -> group European Communities.
    ("012", "1971-05-22", False, [
        ev("1971-05-20-paris-heath-pompidou", M, OCC, "1971-05-20", "Paris", [HEATH, POMPIDOU], [],
           "Edward Heath and President Pompidou ended two days of private talks at the Elysee Palace",
           date_end="1971-05-21"),
        ev("1971-05-21-paris-chaban-delmas-heath", M, OCC, "1971-05-21", "Paris",
           [HEATH, CHABAN_DELMAS], [],
           "Earlier today Mr Heath called on the French Prime Minister, M. Chaban-Delmas"),
        ev("1971-05-21-brandt-heath-call", C, OCC, "1971-05-21", None, [HEATH, BRANDT], [],
           "the Prime Minister telephoned Herr Brandt in Bonn from the British Embassy"),
        ev("1971-06-21-luxembourg-rippon", M, PLN, "1971-06", "Luxembourg", [RIPPON],
           ["European Communities"],
           "the ministerial conference in Luxembourg next month, where Mr Geoffrey Rippon will try"),
        ev("1969-02-04-paris-de-gaulle-soames", M, OCC, "1969-02", "Paris", [SOAMES, DE_GAULLE], [],
           "was invited to lunch by General de Gaulle at the Elysee"),
        ev("1969-12-01-the-hague-pompidou", M, OCC, "1969-12", "The Hague", [POMPIDOU],
           ["European Communities"],
           "when their leaders, M. Pompidou among them, met at The Hague in December 1969"),
    ], ["'Last night the President gave a dinner for the Prime Minister' (same occasion as the two-day talks)",
        "'who had never before met as heads of government' (negation)",
        "'M. Pompidou told a joint press conference in the Salle des Fetes' (press conference)",
        "'Before flying home tonight' (travel)",
        "'M. Pompidou has no plans to visit London this year' (negation)",
        "'In Huddersfield tonight Mr Wilson told a Labour rally' (speech)",
        "Latest news in brief: 'Dock strike talks resume on Monday' (furniture, domestic)"]),

    # 013. Explainer "Saturday, 20 April 2013" (manifest 2013-04-20). "Late on Friday", "on
    # Friday night" -> 19 Apr; "last October" -> 2012-10; "on April 2" -> 2013-04-02; "In
    # February" -> 2013-02; "on Monday" (future) -> 22 Apr; "later in May" -> 2013-05. Places:
    # Ashton's office (Brussels, as the headline says); "in Brussels"; "in Luxembourg". The
    # April 2 round ("One round") belongs to the same series of Dacic-Thaci-Ashton rounds in
    # Brussels ("Since then they have met ..."), so it has the same participants and place.
    # Diacritics dropped: Ivica Dacic, Hashim Thaci, Tomislav Nikolic. EU foreign ministers with
    # Ashton "in the chair" -> Ashton plus group European Union.
    ("013", "2013-04-20", False, [
        ev("2013-04-19-brussels-ashton-dacic-thaci", M, OCC, "2013-04-19", "Brussels",
           [DACIC, THACI, ASHTON], [],
           "Serbian Prime Minister Ivica Dačić and his Kosovo counterpart Hashim Thaçi initialled"),
        ev("2012-10-19-brussels-ashton-dacic-thaci", M, OCC, "2012-10", "Brussels",
           [DACIC, THACI, ASHTON], [],
           "The two prime ministers first sat down together, with Ashton, in Brussels last October"),
        ev("2013-04-02-brussels-ashton-dacic-thaci", M, OCC, "2013-04-02", "Brussels",
           [DACIC, THACI, ASHTON], [],
           "One round, on April 2, broke up after fourteen hours without agreement"),
        ev("2013-02-06-brussels-ashton-jahjaga-nikolic", M, OCC, "2013-02", "Brussels",
           [ASHTON, NIKOLIC, JAHJAGA], [],
           "In February Ashton also hosted, in Brussels, the first meeting between the two presidents"),
        ev("2013-04-19-kerry-thaci-call", C, OCC, "2013-04-19", None, [KERRY, THACI], [],
           "US Secretary of State John Kerry telephoned Thaçi on Friday night"),
        ev("2013-04-22-luxembourg-ashton", M, PLN, "2013-04-22", "Luxembourg", [ASHTON],
           ["European Union"],
           "EU foreign ministers meet in Luxembourg on Monday, with Ashton in the chair"),
        ev("2013-05-21-brussels-ashton-dacic-thaci", M, PLN, "2013-05", "Brussels",
           [DACIC, THACI, ASHTON], [],
           "Dačić and Thaçi are due back in Brussels later in May for another session"),
    ], ["'Serbia's government meets on Monday to decide whether to accept it' (internal)",
        "'Kosovo's assembly must also vote' (internal)",
        "'Since then they have met roughly once a month' (counted)",
        "'Belgrade then formally rejected the draft' (statement)",
        "'Washington had pressed both sides for weeks' (habitual)",
        "'An EU decision on opening accession talks with Serbia is expected in June' (decision, no meeting stated)",
        "'called a protest rally in Kosovska Mitrovica' (rally), 'the Serbian Orthodox Church said' (statement)",
        "'the whole process could stall' (hypothetical)",
        "Related stories: 'Timeline: the Brussels rounds' (furniture)"]),

    # 014. 1951 radio bulletin script in a national-archives viewer, "MONDAY, 3RD SEPTEMBER,
    # 1951" 7.45 a.m. in Australia (manifest 1951-09-03). "on Saturday afternoon, American time"
    # -> 1 Sep; "in February" -> 1951-02; "last night" -> Sun 2 Sep; "on Tuesday, American time"
    # -> 4 Sep (planned); "on Thursday" (Washington) -> 30 Aug. Places: the Presidio "in San
    # Francisco"; "to Canberra"; the War Memorial Opera House "in San Francisco"; "in
    # Washington". "Mr. P. C. Spender" -> Percy Spender; "Mr. F. W. Doidge" -> Frederick Doidge;
    # "Mr. Holland" -> Sidney Holland; "Mr. Menzies" -> Robert Menzies. The peace conference is a
    # gathering (group Japanese Peace Conference) with Truman (opening address) and Spender
    # (leads the delegation) placed there. The Philippine pact names nobody -> groups.
    ("014", "1951-09-03", False, [
        ev("1951-09-01-san-francisco-acheson-berendsen-dulles-spender", M, OCC, "1951-09-01",
           "San Francisco", [SPENDER, BERENDSEN, ACHESON, DULLES], [],
           "was signed in San Francisco on Saturday afternoon, American time"),
        ev("1951-02-15-canberra-doidge-dulles-spender", M, OCC, "1951-02", "Canberra",
           [DULLES, SPENDER, DOIDGE], [],
           "when Mr. Dulles came to Canberra in February and sat down with Mr. Spender"),
        ev("1951-09-02-holland-menzies-call", C, OCC, "1951-09-02", None, [HOLLAND, MENZIES], [],
           "The New Zealand Prime Minister, Mr. Holland, telephoned Mr. Menzies last night"),
        ev("1951-09-04-san-francisco-spender-truman", M, PLN, "1951-09-04", "San Francisco",
           [TRUMAN, SPENDER], ["Japanese Peace Conference"],
           "The conference on the peace treaty with Japan opens in the War Memorial Opera House"),
        ev("1951-08-30-washington-philippines-united-states", M, OCC, "1951-08-30", "Washington", [],
           ["United States", "Philippines"],
           "The United States and the Philippines signed their own mutual defence treaty in Washington"),
    ], ["'Mr. Spender said that the three peoples shared a common destiny' (speech)",
        "'Mr. Menzies, spoke to Mr. Spender by radio-telephone yesterday' (internal: the prime minister and his own ambassador)",
        "'Britain is not a party to the treaty' (negation)",
        "'The three foreign ministers will meet as a council from time to time' (vague, no occasion)",
        "'The Russian delegation, led by Mr. Gromyko, reached Oakland by train' (travel)",
        "'Cricket - Test selectors meet' (domestic, furniture)",
        "Related items: 'Press statement by the Prime Minister on the Pacific Pact' (furniture)"]),
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
