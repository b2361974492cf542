#!/usr/bin/env python3
"""Generate gold.jsonl and manifest.jsonl for the dev14 development corpus.

Run:  python3 data/dev14/build_gold.py   then   python3 data/eval/validate.py data/dev14
Each article lists its true publication date, whether the manifest hides it, its gold
events, and (for documentation only) the traps it contains that must NOT be extracted.
dev14 is a readable development set: unlike the holdout sets, it may be read while developing.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

# canonical names
ERDOGAN, KRISTERSSON, STOLTENBERG, MICHEL = ("Recep Tayyip Erdogan", "Ulf Kristersson", "Jens Stoltenberg",
                                             "Charles Michel")
BIDEN, ANDERSSON, NIINISTO, ORBAN = "Joe Biden", "Magdalena Andersson", "Sauli Niinisto", "Viktor Orban"
LULA, FERNANDEZ, DIAZ_CANEL, LACALLE_POU = ("Luiz Inacio Lula da Silva", "Alberto Fernandez", "Miguel Diaz-Canel",
                                            "Luis Lacalle Pou")
BORIC, PETRO, SCHOLZ = "Gabriel Boric", "Gustavo Petro", "Olaf Scholz"
TOKAYEV, MIRZIYOYEV, SMAILOV, ARIPOV = ("Kassym-Jomart Tokayev", "Shavkat Mirziyoyev", "Alikhan Smailov",
                                        "Abdulla Aripov")
TILEUBERDI, NOROV = "Mukhtar Tileuberdi", "Vladimir Norov"
MBS, JAPAROV, RAHMON, BERDIMUHAMEDOV = ("Mohammed bin Salman", "Sadyr Japarov", "Emomali Rahmon",
                                        "Serdar Berdimuhamedov")
ANWAR, WIDODO, ZAMBRY, RETNO = "Anwar Ibrahim", "Joko Widodo", "Zambry Abdul Kadir", "Retno Marsudi"
RUTO, ABIY, MUDAVADI, TAYE, GACHAGUA = ("William Ruto", "Abiy Ahmed", "Musalia Mudavadi", "Taye Atske Selassie",
                                        "Rigathi Gachagua")
KISHIDA, BROWN, RABUKA, MARAPE = "Fumio Kishida", "Mark Brown", "Sitiveni Rabuka", "James Marape"
KAMIKAWA, TEO, ADEANG = "Yoko Kamikawa", "Feleti Teo", "David Adeang"
PAETONGTARN, SONEXAY, SRETTHA = "Paetongtarn Shinawatra", "Sonexay Siphandone", "Srettha Thavisin"
MARIS, SALEUMXAY = "Maris Sangiampongsa", "Saleumxay Kommasith"
KHADKA, MANOHAR_LAL, FOUZUL = "Deepak Khadka", "Manohar Lal", "Muhammad Fouzul Kabir Khan"
OLI, YUNUS = "KP Sharma Oli", "Muhammad Yunus"
TRUDEAU, DAVIS, HENRY, MOTTLEY = "Justin Trudeau", "Philip Davis", "Ariel Henry", "Mia Mottley"
BUDRYS, SIKORSKI, NAUSEDA, NAWROCKI = "Kestutis Budrys", "Radoslaw Sikorski", "Gitanas Nauseda", "Karol Nawrocki"
TUSK, PALUCKAS = "Donald Tusk", "Gintautas Paluckas"
ORPO, KALLAS, SUNAK = "Petteri Orpo", "Kaja Kallas", "Rishi Sunak"


def ev(key, kind, status, date, location, participants, groups, evidence, date_end=None):
    e = {"key": key, "kind": kind, "status": status, "date": date}
    if date_end:
        e["date_end"] = date_end
    e.update({"location": location, "participants": participants, "groups": groups,
              "evidence": evidence})
    return e


M, C, OCC, PLN = "meeting", "call", "occurred", "planned"

# shared keys (same real-world event in several articles)
K_VILNIUS = "2023-07-10-vilnius-erdogan-kristersson-stoltenberg"
K_MADRID = "2022-06-28-madrid-andersson-erdogan-niinisto-stoltenberg"
K_CELAC = "2023-01-24-buenos-aires-celac"
K_DIAZ_CANEL = "2023-01-24-buenos-aires-diaz-canel-lula"
K_MONTEVIDEO = "2023-01-25-montevideo-lacalle-pou-lula"

CA_GCC = ["Gulf Cooperation Council", "Central Asia"]

ARTICLES = [
    # Tuesday wire (July 11, 2023), dateline without year; the feed gives the date. "late on Monday" -> 10 Jul
    # (shared with 001, month-only there); "Before the three-way session, Erdogan met ... Michel on Monday
    # afternoon" -> separate encounter, same day; "On Sunday ... spoke to Erdogan by telephone" -> 9 Jul call;
    # "scheduled to meet on the sidelines of the summit on Tuesday" -> same-day, still planned, Vilnius
    # (dateline + summit venue); "in June last year" -> 2022-06 Madrid (shared with 001, full date there).
    # "Tayyip Erdogan" -> canonical Recep Tayyip Erdogan; "then Swedish Prime Minister" (former role).
    ("000_tr_se_erdogan_kristersson_vilnius_wire", "2023-07-11", False, [
        ev(K_VILNIUS, M, OCC, "2023-07-10", "Vilnius", [ERDOGAN, KRISTERSSON, STOLTENBERG], [],
           "talks with Swedish Prime Minister Ulf Kristersson and NATO Secretary-General Jens Stoltenberg late on Monday"),
        ev("2023-07-10-vilnius-erdogan-michel", M, OCC, "2023-07-10", "Vilnius", [ERDOGAN, MICHEL], [],
           "Erdogan met European Council President Charles Michel on Monday afternoon"),
        ev("2023-07-09-biden-erdogan-call", C, OCC, "2023-07-09", None, [BIDEN, ERDOGAN], [],
           "On Sunday, U.S. President Joe Biden spoke to Erdogan by telephone"),
        ev("2023-07-11-vilnius-biden-erdogan", M, PLN, "2023-07-11", "Vilnius", [BIDEN, ERDOGAN], [],
           "Biden and Erdogan are scheduled to meet on the sidelines of the summit on Tuesday"),
        ev(K_MADRID, M, OCC, "2022-06", "Madrid", [ERDOGAN, STOLTENBERG, ANDERSSON, NIINISTO], [],
           "when Erdogan, Stoltenberg, then Swedish Prime Minister Magdalena Andersson and Finnish President Sauli Niinisto met"),
    ], ["'Stoltenberg read out a joint statement', 'Kristersson told reporters' (statement, press)",
        "'Earlier on Monday Erdogan had linked the Swedish file to Turkey's own stalled bid' (statement)",
        "'a bilateral security compact that is to meet every year at ministerial level' (habitual, no occasion)",
        "'Erdogan and Kristersson have met several times since October' (counted)",
        "'Erdogan did not say when a vote could take place' (domestic, hypothetical)",
        "'Finland became the 31st member in April' (not a meeting)",
        "Related coverage: 'Biden, Erdogan meet in Vilnius as NATO summit opens', 'Kristersson to meet Erdogan "
        "again in Ankara - sources', 'Sweden to meet Lithuania in EuroBasket qualifier' (furniture, sport)"]),

    # Wednesday analysis (21 February 2024). "Kristersson is due in Budapest on Friday" -> planned 23 Feb;
    # "On 28 June 2022 in Madrid ... signed a trilateral memorandum ... in the presence of" -> signing ceremony
    # attended by all sides (shared with 000); "flew to Ankara in November 2022 ... was received by Erdogan" ->
    # month-only; "Niinisto met Erdogan in Ankara on 17 March 2023"; "in a Vilnius hotel last July" -> 2023-07
    # (shared with 000); "spoke by phone on January 24" -> call. Diacritics: Erdoğan, Niinistö, Orbán,
    # Billström, Szijjártó.
    ("001_se_hu_accession_endgame_analysis", "2024-02-21", False, [
        ev("2024-02-23-budapest-kristersson-orban", M, PLN, "2024-02-23", "Budapest", [KRISTERSSON, ORBAN], [],
           "Kristersson is due in Budapest on Friday for talks with Prime Minister Viktor Orbán"),
        ev(K_MADRID, M, OCC, "2022-06-28", "Madrid", [ERDOGAN, ANDERSSON, NIINISTO, STOLTENBERG], [],
           "Recep Tayyip Erdoğan signed a trilateral memorandum with Magdalena Andersson and Finland's Sauli Niinistö"),
        ev("2022-11-08-ankara-erdogan-kristersson", M, OCC, "2022-11", "Ankara", [KRISTERSSON, ERDOGAN], [],
           "Ankara in November 2022, six weeks after taking office, and was received by Erdoğan"),
        ev("2023-03-17-ankara-erdogan-niinisto", M, OCC, "2023-03-17", "Ankara", [NIINISTO, ERDOGAN], [],
           "Niinistö met Erdoğan in Ankara on 17 March 2023"),
        ev(K_VILNIUS, M, OCC, "2023-07", "Vilnius", [ERDOGAN, KRISTERSSON, STOLTENBERG], [],
           "when Erdoğan, Kristersson and Stoltenberg sat down together"),
        ev("2024-01-24-orban-stoltenberg-call", C, OCC, "2024-01-24", None, [ORBAN, STOLTENBERG], [],
           "Orbán and Stoltenberg spoke by phone on January 24, the day after the Turkish vote"),
    ], ["'The Turkish parliament finally approved the protocol on 23 January' (domestic vote)",
        "'Orbán said he had invited Kristersson \"to negotiate\"' / 'declined that invitation in January' "
        "(declined invitation)",
        "'floated sending a parliamentary delegation to Stockholm, an idea the Swedish parties rejected' (rejected proposal)",
        "'Billström has not met his Hungarian counterpart Péter Szijjártó since the autumn' (negation)",
        "'If the Budapest meeting goes well, the Hungarian parliament could vote as early as Monday' "
        "(hypothetical; domestic)",
        "'Erdoğan and Biden ... have spoken several times about F-16 deliveries' (counted)",
        "Read more: 'Orbán invites Kristersson to Budapest', 'Stoltenberg meets Erdoğan in Istanbul to discuss "
        "Sweden', 'Finland and Sweden hold joint defence talks in Helsinki' (furniture)"]),

    # Monday translated agency copy (23/01/2023), Portuguese-style English. Misspelling "Alberto Fernandes" in the
    # lead (canonical Alberto Fernandez); "this Monday (23)" -> 23 Jan, Casa Rosada -> Buenos Aires, "ministers
    # of both delegations" -> groups; "since 31 October, when Fernández travelled to São Paulo to meet the then
    # president-elect" -> 2022-10-31; CELAC "On Tuesday (24)" -> planned gathering (held in 003 and 014);
    # Díaz-Canel "on Tuesday morning" -> planned (held in 003); "On Wednesday (25) ... Montevideo" -> planned
    # (held in 014).
    ("002_br_ar_lula_casa_rosada_translated", "2023-01-23", False, [
        ev("2023-01-23-buenos-aires-fernandez-lula", M, OCC, "2023-01-23", "Buenos Aires", [LULA, FERNANDEZ],
           ["Argentina", "Brazil"],
           "received this Monday (23) by the President of Argentina, Alberto Fernandes, in the Casa Rosada"),
        ev("2022-10-31-sao-paulo-fernandez-lula", M, OCC, "2022-10-31", "Sao Paulo", [FERNANDEZ, LULA], [],
           "when Fernández travelled to São Paulo to meet the then president-elect"),
        ev(K_CELAC, M, PLN, "2023-01-24", "Buenos Aires", [LULA], ["CELAC"],
           "On Tuesday (24), Lula participates in the 7th Summit of CELAC"),
        ev(K_DIAZ_CANEL, M, PLN, "2023-01-24", "Buenos Aires", [LULA, DIAZ_CANEL], [],
           "confirmed only the meeting with the Cuban president, Miguel Díaz-Canel, on Tuesday morning"),
        ev(K_MONTEVIDEO, M, PLN, "2023-01-25", "Montevideo", [LULA, LACALLE_POU], [],
           "Lula goes to Montevideo, where he will be received by President Luis Lacalle Pou"),
    ], ["'Lula was welcomed at the airport of Aeroparque by the chancellor Santiago Cafiero' (airport welcome)",
        "'In an article published on Sunday in the newspaper Perfil' (op-ed)",
        "'Lula and Fernández signed a joint declaration' (same meeting)",
        "'a common currency \"could be adopted in the future\"' (hypothetical; Haddad only quoted)",
        "'Nicolás Maduro, with whom Lula was supposed to meet in Buenos Aires, cancelled his trip' (cancelled)",
        "'There is no meeting foreseen with the former president Mauricio Macri' (negation)",
        "'Then he returns to Brasília' (travel)",
        "Read also / Most read: 'Lula receives Argentine ambassador in Brasília', 'Lula and Lacalle Pou to discuss "
        "Mercosur in Montevideo', 'Ministers of Mercosur meet in Puerto Iguazú' (furniture)"]),

    # Manifest null: the live-blog date line "Tuesday 24 January 2023" dates every entry. Fernández "opened the
    # summit" (chair) and Lula "took the floor" -> participants of the gathering, body as group (shared with 002
    # planned and 014); Boric "this afternoon", Díaz-Canel (shared with 002), Lacalle Pou "before lunch", Petro
    # breakfast "this morning" -> four sideline encounters, all 24 Jan, Buenos Aires; "will host the next summit
    # in Kingstown in 2024" -> planned, year only (place makes it concrete).
    ("003_celac_buenos_aires_summit_liveblog", "2023-01-24", True, [
        ev(K_CELAC, M, OCC, "2023-01-24", "Buenos Aires", [FERNANDEZ, LULA], ["CELAC"],
           "Alberto Fernández opened the summit of the Community of Latin American and Caribbean States"),
        ev("2023-01-24-buenos-aires-boric-lula", M, OCC, "2023-01-24", "Buenos Aires", [LULA, BORIC], [],
           "Lula and Chile's Gabriel Boric held a bilateral meeting in a side room this afternoon"),
        ev(K_DIAZ_CANEL, M, OCC, "2023-01-24", "Buenos Aires", [LULA, DIAZ_CANEL], [],
           "Lula met Cuba's Miguel Díaz-Canel for about 40 minutes at the hotel"),
        ev("2023-01-24-buenos-aires-fernandez-lacalle-pou", M, OCC, "2023-01-24", "Buenos Aires",
           [FERNANDEZ, LACALLE_POU], [],
           "Fernández met Uruguay's Luis Lacalle Pou on the sidelines before lunch"),
        ev("2023-01-24-buenos-aires-lula-petro", M, OCC, "2023-01-24", "Buenos Aires", [LULA, PETRO], [],
           "Lula had breakfast with Colombia's Gustavo Petro at the hotel this morning"),
        ev("2024-03-01-kingstown-celac", M, PLN, "2024", "Kingstown", [], ["CELAC"],
           "which will host the next summit in Kingstown in 2024"),
    ], ["'Argentina handed the rotating presidency of the bloc to St Vincent and the Grenadines' (inside the summit)",
        "'Lula tells reporters outside the Sheraton' (press)",
        "'Asked whether he will see Peru's Dina Boluarte: she never came' (question, negation)",
        "'Boric's office posted a photo' (post)",
        "'his speech was played to the hall as a recorded video message' (Maduro; speech, not a call; cancelled trip)",
        "'Could Lula and Maduro still meet somewhere in Buenos Aires? Not any more' (question, negation)",
        "'Lula flies to Montevideo tomorrow' (travel without a stated encounter)",
        "Related stories / Most read: 'Lula and Fernández sign energy agreements at Casa Rosada', 'Maduro cancels "
        "Buenos Aires trip', 'Lacalle Pou meets Xi Jinping in Beijing', 'River to meet Boca' (furniture, sport)"]),

    # Thursday wire (Dec 22, 2022), dateline without year; feed date. "on Thursday after talks in Tashkent" ->
    # same day, occurred; narrow format + Supreme Interstate Council "attended by ministers from both sides" -> one
    # event with groups; "Delegations of the Kazakh and Uzbek foreign ministries met in Tashkent on Tuesday" ->
    # groups only, 20 Dec; PMs "on Wednesday" -> 21 Dec (Tashkent from the same sentence and dateline); "They
    # last met in July ... Cholpon-Ata" -> 2022-07; FMs "will meet in Astana in February" -> planned 2023-02.
    ("004_kz_uz_allied_treaty_tashkent_wire", "2022-12-22", False, [
        ev("2022-12-22-tashkent-mirziyoyev-tokayev", M, OCC, "2022-12-22", "Tashkent", [TOKAYEV, MIRZIYOYEV],
           ["Kazakhstan", "Uzbekistan"],
           "signed a treaty on allied relations on Thursday after talks in Tashkent"),
        ev("2022-12-20-tashkent-kazakhstan-uzbekistan", M, OCC, "2022-12-20", "Tashkent", [],
           ["Kazakhstan", "Uzbekistan"],
           "Delegations of the Kazakh and Uzbek foreign ministries met in Tashkent on Tuesday"),
        ev("2022-12-21-tashkent-aripov-smailov", M, OCC, "2022-12-21", "Tashkent", [SMAILOV, ARIPOV], [],
           "Prime Ministers Alikhan Smailov and Abdulla Aripov held talks on Wednesday"),
        ev("2022-07-21-cholpon-ata-mirziyoyev-tokayev", M, OCC, "2022-07", "Cholpon-Ata", [TOKAYEV, MIRZIYOYEV], [],
           "They last met in July, when the two leaders held a separate meeting in Cholpon-Ata"),
        ev("2023-02-astana-norov-tileuberdi", M, PLN, "2023-02", "Astana", [TILEUBERDI, NOROV], [],
           "Mukhtar Tileuberdi and Vladimir Norov, will meet in Astana in February"),
    ], ["'Tokayev said in a joint press statement' (press)",
        "'bilateral trade could reach $10 billion ... if the new logistics hubs work as planned' (hypothetical)",
        "'Tokayev and Mirziyoyev speak by phone regularly' (habitual)",
        "'a consultative gathering of Central Asian heads of state' (backdrop of the Cholpon-Ata meeting)",
        "'Tokayev laid a wreath at the Independence Monument' (ceremony)",
        "'a return visit by Mirziyoyev to Kazakhstan could take place next year, but no dates were discussed' "
        "(hypothetical)",
        "'more than 20 rounds of border talks since the 1990s' (counted)",
        "Related: 'Mirziyoyev receives Turkmen leader in Tashkent', 'Tokayev, Japarov hold phone talks on water "
        "sharing', 'Kairat to meet Pakhtakor' (furniture, sport)"]),

    # Thursday regional site (Thursday, July 20, 2023). Summit "in Jeddah on Wednesday" -> 19 Jul; chair and five
    # named presidents are participants, the unnamed "Gulf leaders" give the GCC group; "Mirziyoev" is a
    # transliteration variant (canonical Mirziyoyev). "held separate talks with Tokayev and with Mirziyoev at
    # Al-Salam Palace" -> two events, Jeddah; "in August last year" -> 2022-08; ministers "in Riyadh in September
    # last year" -> groups only, 2022-09; "second summit in Samarkand in 2025" -> planned, year only.
    # "His Royal Highness the Crown Prince" = Mohammed bin Salman.
    ("005_gcc_central_asia_jeddah_regional", "2023-07-20", False, [
        ev("2023-07-19-jeddah-gcc-central-asia", M, OCC, "2023-07-19", "Jeddah",
           [MBS, TOKAYEV, JAPAROV, RAHMON, BERDIMUHAMEDOV, MIRZIYOYEV], ["Gulf Cooperation Council"],
           "the first summit of the Gulf Cooperation Council and Central Asia in Jeddah on Wednesday"),
        ev("2023-07-19-jeddah-bin-salman-tokayev", M, OCC, "2023-07-19", "Jeddah", [MBS, TOKAYEV], [],
           "held separate talks with Tokayev and with Mirziyoev at Al-Salam Palace"),
        ev("2023-07-19-jeddah-bin-salman-mirziyoyev", M, OCC, "2023-07-19", "Jeddah", [MBS, MIRZIYOYEV], [],
           "held separate talks with Tokayev and with Mirziyoev at Al-Salam Palace"),
        ev("2022-08-18-jeddah-bin-salman-mirziyoyev", M, OCC, "2022-08", "Jeddah", [MIRZIYOYEV, MBS], [],
           "Mirziyoev was received by the Crown Prince in Jeddah in August last year"),
        ev("2022-09-07-riyadh-gcc-central-asia", M, OCC, "2022-09", "Riyadh", [], CA_GCC,
           "GCC and Central Asian foreign ministers met in Riyadh in September last year"),
        ev("2025-samarkand-gcc-central-asia", M, PLN, "2025", "Samarkand", [], CA_GCC,
           "the leaders agreed to hold the second summit in Samarkand in 2025"),
    ], ["'adopted a joint statement and a five-year action plan' (same summit)",
        "'Gulf investors could finance new power and water projects' (hypothetical)",
        "'Tajikistan's Rahmon did not hold a separate meeting with the Crown Prince' (negation)",
        "'The Turkmen president left Jeddah immediately after the session' (travel)",
        "'GCC Secretary-General Jasem Albudaiwi said' (statement; only quoted)",
        "'posed for a family photo and attended a dinner hosted by the Crown Prince' (same day, same occasion)",
        "Related / Most read: 'Crown Prince receives Turkish President in Jeddah', 'Kazakh President meets Emir of "
        "Qatar in Astana', 'Al-Ittihad to meet Al-Hilal' (furniture, sport)"]),

    # Friday Malaysian daily (Friday, 9 June 2023). "held their annual consultation in Putrajaya yesterday" -> 8 Jun;
    # the foreign ministers signed the treaties there (same event, named participants); "had met on Wednesday
    # evening in Putrajaya" -> 7 Jun, separate; "In January ... received by Jokowi at the Bogor Palace" -> 2023-01
    # Bogor; "spoken by phone on April 20" -> call; "Indonesian and Malaysian officials ... will meet in Kota
    # Kinabalu next month" -> planned 2023-07, groups only. Honorific "Datuk Seri"; nickname "Jokowi" = Joko
    # Widodo; "Zambry Abd Kadir" -> Zambry Abdul Kadir.
    ("006_my_id_border_treaties_putrajaya_regional", "2023-06-09", False, [
        ev("2023-06-08-putrajaya-anwar-widodo", M, OCC, "2023-06-08", "Putrajaya", [ANWAR, WIDODO, ZAMBRY, RETNO], [],
           "held their annual consultation in Putrajaya yesterday"),
        ev("2023-06-07-putrajaya-marsudi-zambry", M, OCC, "2023-06-07", "Putrajaya", [ZAMBRY, RETNO], [],
           "The two ministers had met on Wednesday evening in Putrajaya"),
        ev("2023-01-09-bogor-anwar-widodo", M, OCC, "2023-01", "Bogor", [ANWAR, WIDODO], [],
           "Anwar made his first official visit abroad as prime minister and was received by Jokowi"),
        ev("2023-04-20-anwar-widodo-call", C, OCC, "2023-04-20", None, [ANWAR, WIDODO], [],
           "The two leaders had also spoken by phone on April 20"),
        ev("2023-07-kota-kinabalu-indonesia-malaysia", M, PLN, "2023-07", "Kota Kinabalu", [],
           ["Indonesia", "Malaysia"],
           "officials of the joint boundary committee will meet in Kota Kinabalu next month"),
    ], ["'witnessed the exchange of two treaties' / 'signed by the foreign ministers ... after the leaders' "
        "tête-à-tête' (same consultation)",
        "'Anwar told a joint press conference' (press)",
        "'The consultation was the second encounter between the two leaders this year' (counted summary)",
        "'Officials from both sides have not met on Ambalat at technical level since before the pandemic' (negation)",
        "'a settlement could take \"a few more years\"' (hypothetical)",
        "'Anwar also said he would \"consider favourably\" an invitation to visit Nusantara' (unaccepted invitation)",
        "Related stories: 'Anwar to meet Jokowi in Bogor on first official visit', 'Zambry meets Singapore "
        "counterpart in Kuala Lumpur', 'Harimau Malaya to meet Indonesia in friendly' (furniture, sport)"]),

    # Wednesday government readout (Wednesday, 28th February 2024). "today hosted" -> 28 Feb, State House ->
    # Nairobi, "leading their delegations" -> groups; JMC "co-chaired on Tuesday in Nairobi" -> 27 Feb; "last met
    # earlier this month on the margins of the 37th ... African Union Assembly in Addis Ababa" -> 2024-02 (summit
    # as backdrop); "On 9th January ... telephone conversation" -> call; "Tomorrow ... hold talks with Deputy
    # President Rigathi Gachagua at his official residence in Karen, Nairobi" -> planned 29 Feb. Titles: "the
    # President", "the Prime Minister", "H.E. Dr. Abiy Ahmed Ali".
    ("007_ke_et_abiy_state_house_readout", "2024-02-28", False, [
        ev("2024-02-28-nairobi-abiy-ruto", M, OCC, "2024-02-28", "Nairobi", [RUTO, ABIY], ["Ethiopia", "Kenya"],
           "President William Ruto today hosted the Prime Minister of the Federal Democratic Republic of Ethiopia"),
        ev("2024-02-27-nairobi-mudavadi-taye", M, OCC, "2024-02-27", "Nairobi", [MUDAVADI, TAYE], [],
           "Kenya-Ethiopia Joint Ministerial Commission, co-chaired on Tuesday in Nairobi by Prime Cabinet Secretary"),
        ev("2024-02-17-addis-ababa-abiy-ruto", M, OCC, "2024-02", "Addis Ababa", [RUTO, ABIY], [],
           "President Ruto and Prime Minister Abiy last met earlier this month on the margins"),
        ev("2024-01-09-abiy-ruto-call", C, OCC, "2024-01-09", None, [RUTO, ABIY], [],
           "the President also held a telephone conversation with the Prime Minister"),
        ev("2024-02-29-nairobi-abiy-gachagua", M, PLN, "2024-02-29", "Nairobi", [ABIY, GACHAGUA], [],
           "hold talks with Deputy President Rigathi Gachagua at his official residence in Karen, Nairobi"),
    ], ["'witnessed the signing of agreements' (same meeting)",
        "'The President said ...', 'The Prime Minister thanked Kenya' (statements)",
        "'agreed to jointly commission the Moyale One-Stop Border Post at a date to be agreed' (no concrete occasion)",
        "'Kenya has no plans to mediate between Addis Ababa and Mogadishu' (negation)",
        "'In the evening, President Ruto will host a State Banquet' (same day, same occasion)",
        "'arrived at Jomo Kenyatta International Airport yesterday evening, where he was received by ... Mudavadi' "
        "(airport welcome)",
        "'Prime Minister Abiy will visit the Konza Technopolis' (visit without an encounter)",
        "Latest news: 'President Ruto receives credentials of seven ambassadors', 'President Ruto holds talks with "
        "Somalia's Hassan Sheikh Mohamud', 'Deputy President meets Kenyan diaspora in Dubai' (furniture)"]),

    # Wednesday live blog (Wednesday, July 17, 2024), JST entries. Plenary "Tomorrow ... co-chaired by ... Kishida
    # Fumio and ... Mark Brown" -> planned 18 Jul, PIF as group; bilaterals all 17 Jul in Tokyo (Prime Minister's
    # Office, Iikura House); "met Fiji's ... Rabuka and then ... Marape" -> two events; "spoke by video link with
    # Nauru's President David Adeang" -> call. Japanese names family-first ("Kishida Fumio", "Kamikawa Yoko").
    ("008_jp_palm10_tokyo_bilaterals_liveblog", "2024-07-17", False, [
        ev("2024-07-18-tokyo-palm10", M, PLN, "2024-07-18", "Tokyo", [KISHIDA, BROWN], ["Pacific Islands Forum"],
           "Tomorrow's plenary of the 10th Pacific Islands Leaders Meeting will be co-chaired"),
        ev("2024-07-17-tokyo-brown-kishida", M, OCC, "2024-07-17", "Tokyo", [KISHIDA, BROWN], [],
           "Kishida held talks with Mark Brown, who chairs the Pacific Islands Forum this year"),
        ev("2024-07-17-tokyo-kishida-rabuka", M, OCC, "2024-07-17", "Tokyo", [KISHIDA, RABUKA], [],
           "Kishida met Fiji's Prime Minister Sitiveni Rabuka and then Papua New Guinea's James Marape"),
        ev("2024-07-17-tokyo-kishida-marape", M, OCC, "2024-07-17", "Tokyo", [KISHIDA, MARAPE], [],
           "Kishida met Fiji's Prime Minister Sitiveni Rabuka and then Papua New Guinea's James Marape"),
        ev("2024-07-17-tokyo-kamikawa-teo", M, OCC, "2024-07-17", "Tokyo", [KAMIKAWA, TEO], [],
           "Foreign Minister Kamikawa Yoko met Tuvalu's Prime Minister Feleti Teo at Iikura House"),
        ev("2024-07-17-adeang-kishida-call", C, OCC, "2024-07-17", None, [KISHIDA, ADEANG], [],
           "Kishida spoke by video link with Nauru's President David Adeang"),
    ], ["'A reader asks whether the Emperor will receive the leaders ... none is on the official programme' "
        "(question, negation)",
        "'Manele ... is not expected to hold a bilateral with Kishida this week' (negation)",
        "'Japan has hosted the leaders' meeting every three years since 1997' (habitual)",
        "'China's foreign ministry said on Tuesday' (statement)",
        "'It was Teo's first visit to Japan since he took office' (same meeting)",
        "Related / Most viewed: 'Kishida to host Pacific leaders for PALM10', 'Kamikawa meets Samoa's prime minister "
        "in Apia', 'Japan to meet Fiji in rugby test' (furniture, sport)"]),

    # Monday preview (Monday, October 7, 2024). Summits "open in Vientiane on Wednesday and run until Friday" ->
    # planned 9-11 Oct (date_end), chair and the travelling Thai PM are participants, ASEAN as group;
    # Sonexay "on Tuesday evening" -> planned 8 Oct, Vientiane; Anwar "on Thursday on the sidelines" -> planned
    # 10 Oct; Srettha-Sonexay "in Luang Prabang in April" -> 2024-04; Joint Commission "postponed from September
    # and will now meet in Bangkok on November 21" -> planned with the new date.
    ("009_th_la_paetongtarn_vientiane_preview", "2024-10-07", False, [
        ev("2024-10-09-vientiane-asean", M, PLN, "2024-10-09", "Vientiane", [SONEXAY, PAETONGTARN], ["ASEAN"],
           "44th and 45th Asean Summits, which open in Vientiane on Wednesday and run until Friday",
           date_end="2024-10-11"),
        ev("2024-10-08-vientiane-shinawatra-siphandone", M, PLN, "2024-10-08", "Vientiane", [PAETONGTARN, SONEXAY], [],
           "Paetongtarn will hold a bilateral meeting with her host Sonexay on Tuesday evening"),
        ev("2024-10-10-vientiane-anwar-shinawatra", M, PLN, "2024-10-10", "Vientiane", [PAETONGTARN, ANWAR], [],
           "scheduled to meet Malaysian Prime Minister Anwar Ibrahim on Thursday on the sidelines"),
        ev("2024-04-luang-prabang-siphandone-thavisin", M, OCC, "2024-04", "Luang Prabang", [SRETTHA, SONEXAY], [],
           "Srettha Thavisin held talks with Sonexay in Luang Prabang in April"),
        ev("2024-11-21-bangkok-kommasith-sangiampongsa", M, PLN, "2024-11-21", "Bangkok", [MARIS, SALEUMXAY], [],
           "was postponed from September and will now meet in Bangkok on November 21"),
    ], ["'The Prime Minister has not met Sonexay in person before' (negation)",
        "'the two sides set up a hotline between their environment ministries' (not an encounter)",
        "'Srettha had been due to make an official visit to Vientiane in late August, but the trip was cancelled' "
        "(cancelled)",
        "'A planned visit to Bangkok by Lao President Thongloun Sisoulith ... has been postponed indefinitely' "
        "(postponed without a new date)",
        "'No meeting with Cambodian Prime Minister Hun Manet is on the schedule ... could \"exchange views "
        "informally\"' (negation, hypothetical)",
        "'Asked whether Paetongtarn might meet Myanmar's junta representative ... \"talk to all sides\" if asked' "
        "(question, hypothetical)",
        "'Thai prime ministers traditionally visit Asean neighbours' (habitual)",
        "Read more: 'Paetongtarn meets Lao envoy at Government House', 'Anwar and Paetongtarn to discuss border "
        "security in Vientiane', 'Thailand to meet Laos in Asean Championship' (furniture, sport)"]),

    # Saturday Kathmandu paper (Saturday, November 16, 2024). "jointly inaugurated the supply through a video
    # conference on Friday" -> 15 Nov call of three ministers; the power sales agreement "signed in Kathmandu last
    # month by officials of" three utilities -> groups-only signing, 2024-10 (bodies, no named people); Oli-Yunus
    # "met on September 24 in New York on the sidelines of the UN General Assembly"; Joint Steering Committee "in
    # Dhaka next month" -> planned 2024-12, groups; Fouzul Kabir Khan "expected in Kathmandu in January for talks
    # with Khadka" -> planned 2025-01.
    ("010_np_bd_power_export_kathmandu_regional", "2024-11-16", False, [
        ev("2024-11-15-khadka-khan-manohar-lal-call", C, OCC, "2024-11-15", None, [KHADKA, MANOHAR_LAL, FOUZUL], [],
           "jointly inaugurated the supply through a video conference on Friday"),
        ev("2024-10-03-kathmandu-bpdb-nea-nvvn", M, OCC, "2024-10", "Kathmandu", [],
           ["Nepal Electricity Authority", "NTPC Vidyut Vyapar Nigam", "Bangladesh Power Development Board"],
           "The tripartite power sales agreement was signed in Kathmandu last month by officials"),
        ev("2024-09-24-new-york-oli-yunus", M, OCC, "2024-09-24", "New York", [OLI, YUNUS], [],
           "Prime Minister KP Sharma Oli and Bangladesh's Chief Adviser Muhammad Yunus met on September 24"),
        ev("2024-12-dhaka-bangladesh-nepal", M, PLN, "2024-12", "Dhaka", [], ["Bangladesh", "Nepal"],
           "Joint Steering Committee on energy will take place in Dhaka next month"),
        ev("2025-01-kathmandu-khadka-khan", M, PLN, "2025-01", "Kathmandu", [FOUZUL, KHADKA], [],
           "Fouzul Kabir Khan is also expected in Kathmandu in January for talks with Khadka"),
    ], ["'have held eight rounds of energy secretary-level talks since 2018' (counted)",
        "'exports could rise to 500 MW if such a line is built, but India has not yet agreed' (hypothetical)",
        "'The Cabinet on Thursday approved the extension of the export licence' (domestic)",
        "'Kulman Ghising said', 'India's Ministry of External Affairs said in a statement' (statements)",
        "'according to a statement from the Prime Minister's Secretariat' (statement about the New York meeting)",
        "Related News: 'Oli, Yunus meet in New York, agree to boost energy trade', 'Bangladesh team arrives in "
        "Kathmandu for hydropower talks', 'Nepal to meet Bangladesh in SAFF Women's Championship final' "
        "(furniture, sport)"]),

    # Manifest null: "Posted: February 17, 2023 6:12 AM AST" (Friday) anchors "on Thursday" -> 16 Feb. Trudeau
    # "met Caribbean Community leaders in a special session ... chaired by ... Philip Davis" -> meeting with the
    # body as group; the CARICOM gathering itself appears only as backdrop; Henry "on Thursday morning" and Mottley
    # "after the special session" -> two bilaterals, Nassau; "will meet again in Port of Spain in July" -> planned
    # 2023-07, groups only.
    ("011_caricom_trudeau_nassau_broadcaster", "2023-02-17", True, [
        ev("2023-02-16-nassau-davis-trudeau", M, OCC, "2023-02-16", "Nassau", [TRUDEAU, DAVIS], ["CARICOM"],
           "Justin Trudeau met Caribbean Community leaders in a special session in Nassau on Thursday"),
        ev("2023-02-16-nassau-henry-trudeau", M, OCC, "2023-02-16", "Nassau", [TRUDEAU, HENRY], [],
           "Trudeau held bilateral talks with Haiti's acting Prime Minister Ariel Henry on Thursday morning"),
        ev("2023-02-16-nassau-mottley-trudeau", M, OCC, "2023-02-16", "Nassau", [TRUDEAU, MOTTLEY], [],
           "Trudeau also sat down with Barbados Prime Minister Mia Mottley"),
        ev("2023-07-03-port-of-spain-caricom", M, PLN, "2023-07", "Port of Spain", [], ["CARICOM"],
           "The heads of government will meet again in Port of Spain in July"),
    ], ["'to attend a CARICOM heads of government meeting in person' / 'closing news conference of the regional "
        "gathering ... is set for this afternoon' (backdrop; press)",
        "'Henry has repeatedly asked for an international armed force' (counted statements)",
        "'Trudeau did not commit to leading such a force', 'he told reporters' (negation, press)",
        "'agreed to send a group of eminent persons to Port-au-Prince ... at a date still to be fixed' "
        "(no concrete occasion)",
        "'Davis said' (statement)",
        "'What happens next for Haiti? Canada could host a donors' conference if the political talks advance' "
        "(question, hypothetical)",
        "'Trudeau flew back to Ottawa on Thursday night' (travel)",
        "Most Viewed: 'Davis meets Cuban ambassador at Cecil Wallace-Whitfield Centre', 'Bahamas to meet Jamaica in "
        "CONCACAF qualifier' (furniture, sport)"]),

    # Wednesday interview (10 September 2025), first person "I" = Budrys. "Last week I met Radosław Sikorski in
    # Warsaw" -> 2025-09 (week span); "spoke by phone the day after Mr Nawrocki was sworn in on 6 August" ->
    # 7 Aug call; "will receive President Nawrocki in Vilnius at the end of the month" -> planned 2025-09; "In
    # May, Prime Minister Tusk and our then prime minister Gintautas Paluckas held intergovernmental
    # consultations in Vilnius, with nine ministers on each side" -> 2025-05 with groups. Diacritics: Kęstutis,
    # Radosław, Nausėda, Ruginienė.
    ("012_lt_pl_budrys_interview_transcript", "2025-09-10", False, [
        ev("2025-09-04-warsaw-budrys-sikorski", M, OCC, "2025-09", "Warsaw", [BUDRYS, SIKORSKI], [],
           "Last week I met Radosław Sikorski in Warsaw"),
        ev("2025-08-07-nauseda-nawrocki-call", C, OCC, "2025-08-07", None, [NAUSEDA, NAWROCKI], [],
           "Nausėda and President Nawrocki spoke by phone the day after Mr Nawrocki was sworn in"),
        ev("2025-09-vilnius-nauseda-nawrocki", M, PLN, "2025-09", "Vilnius", [NAUSEDA, NAWROCKI], [],
           "President Nausėda will receive President Nawrocki in Vilnius at the end of the month"),
        ev("2025-05-vilnius-paluckas-tusk", M, OCC, "2025-05", "Vilnius", [TUSK, PALUCKAS], ["Lithuania", "Poland"],
           "Prime Minister Tusk and our then prime minister Gintautas Paluckas held intergovernmental consultations"),
    ], ["the interview itself (interview)",
        "'Radek and I speak almost every day anyway' (habitual)",
        "'Will the two presidents also meet in New York ...? It is possible, but nothing has been arranged' "
        "(question, hypothetical)",
        "'The new government of Prime Minister Inga Ruginienė will continue that format' (vague)",
        "'I have not met any Belarusian officials, and I will not' (negation)",
        "'Our border guards talk to their counterparts when there is a practical problem' (habitual)",
        "'Would you invite Viktor Orbán to Vilnius? ... we could talk' (question, hypothetical)",
        "Related interviews: 'Nausėda meets Polish president-elect in Warsaw', 'Lithuania to meet Poland in "
        "EuroBasket round of 16' (furniture, sport)"]),

    # Manifest null: "Press release 13.10.2023 15.40" (Friday). First person "I" = Orpo. Summit "met in Visby on
    # 12 and 13 October, hosted by ... Kristersson", Kallas and Sunak named as present -> date_end, JEF as group;
    # "On Tuesday I spoke by phone with Prime Minister Kallas" -> 10 Oct call; "On the same day ... Niinistö
    # discussed the matter with ... Stoltenberg by telephone" -> 10 Oct call; "On Thursday evening I met Prime
    # Minister Kallas again, here in Visby" -> separate sideline meeting 12 Oct; "This morning ... bilateral
    # meeting with Prime Minister Sunak" -> 13 Oct; "agreed to meet again in Tallinn on 3 November together with
    # our ministers" -> planned, groups.
    ("013_fi_ee_orpo_visby_jef_release", "2023-10-13", True, [
        ev("2023-10-12-visby-jef", M, OCC, "2023-10-12", "Visby", [ORPO, KRISTERSSON, KALLAS, SUNAK],
           ["Joint Expeditionary Force"],
           "ten Joint Expeditionary Force countries met in Visby on 12 and 13 October",
           date_end="2023-10-13"),
        ev("2023-10-10-kallas-orpo-call", C, OCC, "2023-10-10", None, [ORPO, KALLAS], [],
           "On Tuesday I spoke by phone with Prime Minister Kallas about the incident"),
        ev("2023-10-10-niinisto-stoltenberg-call", C, OCC, "2023-10-10", None, [NIINISTO, STOLTENBERG], [],
           "Sauli Niinistö discussed the matter with NATO Secretary General Jens Stoltenberg by telephone"),
        ev("2023-10-12-visby-kallas-orpo", M, OCC, "2023-10-12", "Visby", [ORPO, KALLAS], [],
           "On Thursday evening I met Prime Minister Kallas again, here in Visby"),
        ev("2023-10-13-visby-orpo-sunak", M, OCC, "2023-10-13", "Visby", [ORPO, SUNAK], [],
           "This morning I had a bilateral meeting with Prime Minister Sunak"),
        ev("2023-11-03-tallinn-kallas-orpo", M, PLN, "2023-11-03", "Tallinn", [KALLAS, ORPO], ["Estonia", "Finland"],
           "Prime Minister Kallas and I agreed to meet again in Tallinn on 3 November"),
    ], ["the statement itself (statement)",
        "'If it is proven that the damage was caused deliberately, it will be met with a determined response' "
        "(hypothetical)",
        "'the Government's Ministerial Committee on Foreign and Security Policy met together with the President' "
        "(domestic)",
        "'The JEF leaders meet yearly' (habitual)",
        "Related / Latest news: 'Prime Minister Orpo to attend JEF Leaders' Summit in Visby', 'Prime Minister Orpo "
        "meets Prime Minister Kristersson in Stockholm', 'Government session 12.10.2023' (furniture)"]),

    # Saturday newsletter (Saturday, January 28, 2023). CELAC "met in Buenos Aires on Tuesday" -> 24 Jan, groups only
    # (shared with 002, 003); Lacalle Pou "On Wednesday" -> 25 Jan, occurred (planned in 002); Scholz "lands in
    # Buenos Aires today for talks with Alberto Fernández" -> planned same day; "the following day to meet Gabriel
    # Boric" -> planned 29 Jan Santiago; "on Monday he will be received by Lula in Brasília" -> planned 30 Jan;
    # "will meet President Joe Biden at the White House on February 10" -> planned, Washington; "last spoke by
    # phone in October, after the Brazilian election" -> 2022-10 call (one occasion).
    ("014_latam_week_in_review_newsletter", "2023-01-28", False, [
        ev(K_CELAC, M, OCC, "2023-01-24", "Buenos Aires", [], ["CELAC"],
           "Caribbean States met in Buenos Aires on Tuesday for the bloc's seventh summit"),
        ev(K_MONTEVIDEO, M, OCC, "2023-01-25", "Montevideo", [LULA, LACALLE_POU], [],
           "crossed the River Plate for talks with Uruguayan President Luis Lacalle Pou in Montevideo"),
        ev("2023-01-28-buenos-aires-fernandez-scholz", M, PLN, "2023-01-28", "Buenos Aires", [SCHOLZ, FERNANDEZ], [],
           "Olaf Scholz lands in Buenos Aires today for talks with Alberto Fernández"),
        ev("2023-01-29-santiago-boric-scholz", M, PLN, "2023-01-29", "Santiago", [SCHOLZ, BORIC], [],
           "He flies to Santiago the following day to meet Gabriel Boric"),
        ev("2023-01-30-brasilia-lula-scholz", M, PLN, "2023-01-30", "Brasilia", [SCHOLZ, LULA], [],
           "on Monday he will be received by Lula in Brasília"),
        ev("2023-02-10-washington-biden-lula", M, PLN, "2023-02-10", "Washington", [LULA, BIDEN], [],
           "Lula will meet President Joe Biden at the White House on February 10"),
        ev("2022-10-31-biden-lula-call", C, OCC, "2022-10", None, [BIDEN, LULA], [],
           "The two presidents last spoke by phone in October, after the Brazilian election"),
    ], ["'Nicolás Maduro cancelled at the last minute' (cancelled)",
        "'Lacalle Pou pressed his case', 'Lula said' (statements, same meeting)",
        "'The two did not resolve the dispute but agreed to keep talking' (vague)",
        "'A Scholz visit to Mexico has been discussed in Berlin but is not on this trip' (vague, negation)",
        "In brief: 'Congress again rejected bringing general elections forward' (domestic), 'Boric's cabinet met on "
        "Monday' (domestic), 'Lula told Página/12 in an interview' (interview), 'no new round of talks ... has been "
        "scheduled' (negation)",
        "Read more: 'Lula and Fernández bet on a common unit of account', 'Scholz to meet Boric in Santiago', "
        "'Petro and Lula discuss Amazon summit at CELAC' (furniture)"]),
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
