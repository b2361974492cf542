#!/usr/bin/env python3
"""Generate gold.jsonl and manifest.jsonl for the holdout15 corpus.

Run:  python3 data/holdout15/build_gold.py   then   python3 data/eval/validate.py data/holdout15
Each article lists its true publication date, whether the manifest hides it, its gold
events, and (for documentation only) the non-events it contains that must NOT be extracted.
BLIND: developers of the extractor must not read this file.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

# canonical names
BIDEN, LULA, SANDERS, SULLIVAN, OBAMA = ("Joe Biden", "Luiz Inacio Lula da Silva", "Bernie Sanders",
                                         "Jake Sullivan", "Barack Obama")
FERNANDEZ, LACALLE = "Alberto Fernandez", "Luis Lacalle Pou"
TRUMP, KIM, MOON = "Donald Trump", "Kim Jong Un", "Moon Jae-in"
VARADKAR, JOHNSON, BARCLAY, BARNIER = "Leo Varadkar", "Boris Johnson", "Stephen Barclay", "Michel Barnier"
MERKEL, MACRON, TUSK, JUNCKER, IOHANNIS = ("Angela Merkel", "Emmanuel Macron", "Donald Tusk",
                                           "Jean-Claude Juncker", "Klaus Iohannis")
DE_GAULLE, ADENAUER = "Charles de Gaulle", "Konrad Adenauer"
ALBANESE, MORRISON = "Anthony Albanese", "Scott Morrison"
ABE, PUTIN, KONO, LAVROV = "Shinzo Abe", "Vladimir Putin", "Taro Kono", "Sergey Lavrov"
STOLTENBERG, MAY, ABIY, ISAIAS = "Jens Stoltenberg", "Theresa May", "Abiy Ahmed", "Isaias Afwerki"
KOTZIAS, DIMITROV, TSIPRAS, ZAEV = "Nikos Kotzias", "Nikola Dimitrov", "Alexis Tsipras", "Zoran Zaev"
NIMETZ, MOGHERINI, HAHN = "Matthew Nimetz", "Federica Mogherini", "Johannes Hahn"
KIIR, MACHAR, FRANCIS, WELBY, BASHIR = ("Salva Kiir", "Riek Machar", "Pope Francis", "Justin Welby",
                                        "Omar al-Bashir")
TRUDEAU, PENA_NIETO, MACRI, MODI = "Justin Trudeau", "Enrique Pena Nieto", "Mauricio Macri", "Narendra Modi"
IMRAN, MANMOHAN, AMARINDER, SIDHU = "Imran Khan", "Manmohan Singh", "Amarinder Singh", "Navjot Singh Sidhu"
DAS, FAISAL = "SCL Das", "Mohammad Faisal"
MUHOOZI, KAGAME, MUSEVENI = "Muhoozi Kainerugaba", "Paul Kagame", "Yoweri Museveni"
LOURENCO, TSHISEKEDI = "Joao Lourenco", "Felix Tshisekedi"
XI, LI = "Xi Jinping", "Li Keqiang"
GUAIDO, BOLSONARO, ABDO, PENCE = "Juan Guaido", "Jair Bolsonaro", "Mario Abdo Benitez", "Mike Pence"
DUQUE, PINERA, MORENO = "Ivan Duque", "Sebastian Pinera", "Lenin Moreno"
FRANCA, ORBAN = "Carlos Franca", "Viktor Orban"

# groups
EUCO, NATO, G7, IGAD = "European Council", "NATO", "G7", "IGAD"
BUNDESTAG, ASSEMBLEE = "Bundestag", "French National Assembly"
IN, PK = "India", "Pakistan"


def ev(key, kind, status, date, location, participants, groups, evidence, date_end=None):
    e = {"key": key, "kind": kind, "status": status, "date": date}
    if date_end:
        e["date_end"] = date_end
    e.update({"location": location, "participants": participants, "groups": groups,
              "evidence": evidence})
    return e


M, C, OCC, PLN = "meeting", "call", "occurred", "planned"

# shared keys (same real-world event in several articles)
K_HANOI = "2019-02-27-hanoi-kim-trump"

ARTICLES = [
    # Friday wire, dateline "WASHINGTON, Feb 10". "on Friday" = publication day (Oval Office -> Washington);
    # "Earlier in the day" = same day (Blair House -> Washington); "Oct. 31, the day after the runoff": the
    # most recent Oct. 31 before Feb 2023 -> 2022-10-31 (trap: no year given); "in early December" -> 2022-12
    # (most recent December); "both last month" -> 2023-01 for BOTH meetings of one sentence (Buenos Aires,
    # Montevideo); "in March 2009" -> 2009-03 (background from an earlier presidency).
    ("000_br_us_lula_biden_white_house_wire", "2023-02-10", False, [
        ev("2023-02-10-washington-biden-lula", M, OCC, "2023-02-10", "Washington", [BIDEN, LULA], [],
           "welcomed Brazilian President Luiz Inácio Lula da Silva to the Oval Office on Friday"),
        ev("2023-02-10-washington-lula-sanders", M, OCC, "2023-02-10", "Washington", [LULA, SANDERS], [],
           "Earlier in the day Lula received Senator Bernie Sanders at Blair House"),
        ev("2022-10-31-biden-lula-call", C, OCC, "2022-10-31", None, [BIDEN, LULA], [],
           "He telephoned him on Oct. 31, the day after the runoff"),
        ev("2022-12-05-brasilia-lula-sullivan", M, OCC, "2022-12", "Brasilia", [SULLIVAN, LULA], [],
           "flying to Brasilia in early December, where he met Lula"),
        ev("2023-01-23-buenos-aires-fernandez-lula", M, OCC, "2023-01", "Buenos Aires", [LULA, FERNANDEZ], [],
           "He has already met Argentina's Alberto Fernández in Buenos Aires"),
        ev("2023-01-25-montevideo-lacalle-pou-lula", M, OCC, "2023-01", "Montevideo", [LULA, LACALLE], [],
           "Uruguay's Luis Lacalle Pou in Montevideo, both last month"),
        ev("2009-03-14-washington-lula-obama", M, OCC, "2009-03", "Washington", [LULA, OBAMA], [],
           "was in March 2009, when he met Barack Obama"),
    ], ["'In a joint statement issued afterwards' (statement)",
        "'Deb Haaland attended Lula's inauguration on Jan. 1 as head of the U.S. delegation' (ceremony, no encounter stated)",
        "'The two presidents took no questions together' (press; negation)",
        "'In an interview with CNN recorded on Thursday' (interview)",
        "'He invited Biden to visit Brazil, but ... no date had been discussed' (invitation, not fixed)",
        "'Lula has also said he hopes to travel to China later this year' (vague intention)",
        "'no member of the administration had met him [Bolsonaro]' (negation)",
        "'where the two leaders have not taken the same position' (not an encounter)",
        "Related coverage: 'Lula and Fernandez revive talk...', 'Sullivan holds talks in Brasilia...' (furniture)"]),

    # Sunday live blog, "Last updated Sunday, 30 June 2019, 19:05 KST". The 12:50 summit "is under way" on the
    # publication day -> occurred 2019-06-30 (Cheong Wa Dae -> Seoul). "on Saturday evening" -> 2019-06-29, a
    # separate encounter on a different day. Panmunjom talks (15:46 handshake, 16:41 "talks that lasted 53
    # minutes") are ONE event on 06-30. "the Hanoi summit broke down in February" -> 2019-02 (month only; key
    # shared with 013). "in Singapore on June 12 last year" -> 2018-06-12. Key-points bullets repeat the same
    # events. Variants: "Kim Jong-un", "Moon Jae In" (sidebar).
    ("001_kr_kp_trump_kim_panmunjom_liveblog", "2019-06-30", False, [
        ev("2019-06-30-seoul-moon-trump", M, OCC, "2019-06-30", "Seoul", [MOON, TRUMP], [],
           "The Moon-Trump summit is under way at Cheong Wa Dae, the presidential office in Seoul"),
        ev("2019-06-29-seoul-moon-trump", M, OCC, "2019-06-29", "Seoul", [MOON, TRUMP], [],
           "Moon hosted Trump for dinner at Cheong Wa Dae on Saturday evening"),
        ev("2019-06-30-panmunjom-kim-trump", M, OCC, "2019-06-30", "Panmunjom", [TRUMP, KIM], [],
           "The two leaders came out of Freedom House after talks that lasted 53 minutes"),
        ev(K_HANOI, M, OCC, "2019-02", "Hanoi", [TRUMP, KIM], [],
           "their first encounter since the Hanoi summit broke down in February without a deal"),
        ev("2018-06-12-singapore-kim-trump", M, OCC, "2018-06-12", "Singapore", [TRUMP, KIM], [],
           "Their first summit was in Singapore on June 12 last year"),
    ], ["'Trump ... addressed American troops' at Osan (speech); 'flying back to Washington' (travel)",
        "'each name a team to restart working-level negotiations \"over the next two or three weeks\". He gave "
        "no date or venue' (not fixed)",
        "'Kim could visit the White House \"at the right time\"' (hypothetical)",
        "'Moon did not take part in the talks. He waited in a separate room' (negation)",
        "'At a joint press conference' (press)",
        "'The presidents have left Seoul for the DMZ by helicopter' (travel)",
        "Trump's tweet on Saturday morning (post); Choe Son Hui 'said in a statement' (statement)",
        "'the G20 summit in Osaka' (backdrop, no encounter)",
        "Most read: 'Kim and Trump to meet in Vietnam...', 'Pompeo and Kim Yong Chol hold talks in New York' (furniture)"]),

    # Thursday government release, "Published on: 10 October 2019". "met today" -> 2019-10-10; Thornton Manor
    # "in the Wirral" -> location "Wirral". "on Tuesday" (past) -> 2019-10-08 call. "tomorrow morning" ->
    # 2019-10-11 (planned, Brussels). Notes: "on 9 September" -> 2019-09-09 (Government Buildings -> Dublin);
    # "on 17 and 18 October" -> planned European Council 2019-10-17..18. Title-only references ("the Taoiseach",
    # "the Prime Minister") resolve to Varadkar and Johnson.
    ("002_ie_uk_varadkar_johnson_wirral_release", "2019-10-10", False, [
        ev("2019-10-10-wirral-johnson-varadkar", M, OCC, "2019-10-10", "Wirral", [VARADKAR, JOHNSON], [],
           "met today at Thornton Manor in the Wirral"),
        ev("2019-10-08-johnson-varadkar-call", C, OCC, "2019-10-08", None, [VARADKAR, JOHNSON], [],
           "a telephone conversation between the Taoiseach and the Prime Minister on Tuesday"),
        ev("2019-10-11-brussels-barclay-barnier", M, PLN, "2019-10-11", "Brussels", [BARCLAY, BARNIER], [],
           "will meet the EU Chief Negotiator, Michel Barnier, in Brussels tomorrow morning"),
        ev("2019-09-09-dublin-johnson-varadkar", M, OCC, "2019-09-09", "Dublin", [VARADKAR, JOHNSON], [],
           "first met formally at Government Buildings, Dublin, on 9 September"),
        ev("2019-10-17-brussels-european-council", M, PLN, "2019-10-17", "Brussels", [VARADKAR], [EUCO],
           "will travel to Brussels for the meeting of the European Council on 17 and 18",
           date_end="2019-10-18"),
    ], ["'They agreed that they could see a pathway to a possible deal' (statement)",
        "'agreed to reflect further on their discussion' (vague)",
        "'The Taoiseach will brief Government colleagues on his return' (internal)",
        "Coveney 'remains in regular contact with the EU task force' (habitual)",
        "'any agreement would need the support of all twenty-seven Member States' (hypothetical)",
        "'The Taoiseach spoke to the media after the meeting' (press)",
        "Related links (furniture)"]),

    # Wednesday translated page, "Aachen, 23.01.2019". "on Tuesday" -> 2019-01-22 (Coronation Hall -> Aachen;
    # Tusk, Juncker and Iohannis "Present"). "in Paris on 22 January 1963" (background). "in June last year at
    # Schloss Meseberg" -> 2018-06 (location Meseberg, not Berlin: "north of Berlin" is a description).
    # "in Berlin in November" -> 2018-11. "in Paris on 25 March" (future) -> planned 2019-03-25, groups only.
    ("003_de_fr_aachen_treaty_translated", "2019-01-23", False, [
        ev("2019-01-22-aachen-macron-merkel", M, OCC, "2019-01-22", "Aachen",
           [MERKEL, MACRON, TUSK, JUNCKER, IOHANNIS], [],
           "Chancellor Angela Merkel and President Emmanuel Macron on Tuesday signed a new German-French treaty"),
        ev("1963-01-22-paris-adenauer-de-gaulle", M, OCC, "1963-01-22", "Paris", [DE_GAULLE, ADENAUER], [],
           "which Charles de Gaulle and Konrad Adenauer signed in Paris on 22 January 1963"),
        ev("2018-06-19-meseberg-macron-merkel", M, OCC, "2018-06", "Meseberg", [MERKEL, MACRON], [],
           "which Merkel and Macron agreed in June last year at Schloss Meseberg"),
        ev("2018-11-18-berlin-macron-merkel", M, OCC, "2018-11", "Berlin", [MERKEL, MACRON], [],
           "The two last met in Berlin in November, when Macron spoke to the Bundestag"),
        ev("2019-03-25-paris-franco-german-parliamentary-assembly", M, PLN, "2019-03-25", "Paris", [],
           [BUNDESTAG, ASSEMBLEE], "is to meet for the first time in Paris on 25 March"),
    ], ["'said the Chancellor in her speech'; Macron 'warned'; Tusk 'in his own speech' (speeches)",
        "'Merkel and Macron answered questions from students in the Aachen theatre' (same day, same visit; "
        "not a meeting between different parties)",
        "Rassemblement National / Le Pen claim; French government 'called this \"fake news\"'; AfD (statements)",
        "'around a hundred demonstrators ... protested' (not diplomatic)",
        "'Mehr zum Thema' headlines (furniture)"]),

    # Monday op-ed, "Monday 4 July 2022". "on Friday" -> 2022-07-01 (Elysee -> Paris). "in June last year"
    # -> 2021-06 (Paris, "the same palace"). "on 22 September" has no year: Sept 2022 is in the future, so
    # the most recent one -> 2021-09-22 (call). "at the end of October" -> 2021-10 (narrative follows the
    # September call, so 2021), Rome. "in the days after the May election" -> 2022-05 (call).
    ("004_au_fr_albanese_paris_oped", "2022-07-04", False, [
        ev("2022-07-01-paris-albanese-macron", M, OCC, "2022-07-01", "Paris", [ALBANESE, MACRON], [],
           "He and Emmanuel Macron then spent almost two hours in talks"),
        ev("2021-06-15-paris-macron-morrison", M, OCC, "2021-06", "Paris", [MORRISON, MACRON], [],
           "Scott Morrison dined with Macron at the same palace in June last year"),
        ev("2021-09-22-biden-macron-call", C, OCC, "2021-09-22", None, [BIDEN, MACRON], [],
           "Joe Biden phoned Macron on 22 September to smooth things over"),
        ev("2021-10-29-rome-biden-macron", M, OCC, "2021-10", "Rome", [BIDEN, MACRON], [],
           "He then met him at the French embassy to the Holy See in Rome"),
        ev("2022-05-27-albanese-macron-call", C, OCC, "2022-05", None, [ALBANESE, MACRON], [],
           "He and Macron spoke by phone in the days after the May election"),
    ], ["'Macron later told Australian journalists at the G20 in Rome' (press remark)",
        "'Paris recalled its ambassador' (not an encounter)",
        "'Canberra agreed to pay Naval Group 555 million euros' (settlement, not a meeting)",
        "'He came to Paris from the NATO summit in Madrid' (backdrop/travel)",
        "'France has not asked Australia to reverse it' (negation)",
        "'Macron has accepted an invitation to visit Australia at a time to be agreed' (not fixed)",
        "'If it does, it will matter more in Noumea and Papeete' (hypothetical)",
        "Most popular: 'Marles to visit Japan...', 'Wong meets Pacific ministers in Suva' (furniture)"]),

    # Wednesday interview, "January 23, 2019". "yesterday" -> 2019-01-22 (Kremlin -> Moscow). "last week"
    # -> week of 14-20 Jan -> 2019-01 (month only). "in Singapore in November" -> 2018-11. "on December 1"
    # -> 2018-12-01 (Buenos Aires). "December 2016" -> 2016-12 (Nagato). "next month" -> 2019-02 (planned,
    # Munich). "Sergei Lavrov" -> canonical Sergey Lavrov.
    ("005_jp_ru_abe_putin_moscow_interview", "2019-01-23", False, [
        ev("2019-01-22-moscow-abe-putin", M, OCC, "2019-01-22", "Moscow", [ABE, PUTIN], [],
           "Shinzo Abe and Vladimir Putin talked for about three hours in the Kremlin yesterday"),
        ev("2019-01-14-moscow-kono-lavrov", M, OCC, "2019-01", "Moscow", [KONO, LAVROV], [],
           "Taro Kono and Sergei Lavrov, met in Moscow last week"),
        ev("2018-11-14-singapore-abe-putin", M, OCC, "2018-11", "Singapore", [ABE, PUTIN], [],
           "The current push started in Singapore in November, when the leaders met and agreed"),
        ev("2018-12-01-buenos-aires-abe-putin", M, OCC, "2018-12-01", "Buenos Aires", [ABE, PUTIN], [],
           "met again on the sidelines of the G20 summit in Buenos Aires on December 1"),
        ev("2016-12-15-nagato-abe-putin", M, OCC, "2016-12", "Nagato", [ABE, PUTIN], [],
           "when Abe hosted Putin at a hot-spring inn in his home town of Nagato"),
        ev("2019-02-16-munich-kono-lavrov", M, PLN, "2019-02", "Munich", [KONO, LAVROV], [],
           "Kono and Lavrov are due to meet again next month"),
    ], ["the interview itself (interview)",
        "'Lavrov told a press conference afterwards' (press)",
        "'the two men have met 25 times' (counted)",
        "'put Kono and Lavrov in charge' (no encounter)",
        "'the 1956 joint declaration' (document, no encounter stated)",
        "'If Putin comes to Osaka for the G20 in June, Abe would love to announce something' (hypothetical)",
        "Read more: 'Putin's Vladivostok offer...', 'Kono visits Moscow for talks on islands dispute' (furniture)"]),

    # Saturday roundup, "Saturday 14 July 2018". "on Wednesday and Thursday" -> 2018-07-11..12 (NATO summit,
    # Brussels; Merkel placed there by the sidelines meeting). "on Wednesday" -> 07-11 (Trump-Merkel). "On
    # Friday" -> 07-13 (Chequers). "two-day visit ... ended on Monday" (past tense) -> 07-08..09 (Asmara).
    # "later today ... for a three-day visit" -> planned 07-14..16 (Addis Ababa). "on Monday" (future tense,
    # "Coming up") -> 07-16 (Helsinki): the same weekday word resolves backwards and forwards in one page.
    ("006_world_week_nato_asmara_roundup", "2018-07-14", False, [
        ev("2018-07-11-brussels-nato", M, OCC, "2018-07-11", "Brussels", [STOLTENBERG, TRUMP, MERKEL], [NATO],
           "NATO leaders met in Brussels on Wednesday and Thursday for a summit", date_end="2018-07-12"),
        ev("2018-07-11-brussels-merkel-trump", M, OCC, "2018-07-11", "Brussels", [TRUMP, MERKEL], [],
           "On the sidelines, Trump held talks with Angela Merkel on Wednesday"),
        ev("2018-07-13-chequers-may-trump", M, OCC, "2018-07-13", "Chequers", [TRUMP, MAY], [],
           "On Friday he and Theresa May held talks at Chequers, her country residence"),
        ev("2018-07-08-asmara-abiy-isaias", M, OCC, "2018-07-08", "Asmara", [ABIY, ISAIAS], [],
           "Abiy Ahmed's two-day visit, in which he and Isaias Afwerki met for the first time",
           date_end="2018-07-09"),
        ev("2018-07-14-addis-ababa-abiy-isaias", M, PLN, "2018-07-14", "Addis Ababa", [ISAIAS, ABIY], [],
           "Isaias is expected to arrive in Addis Ababa later today, and Abiy will host him",
           date_end="2018-07-16"),
        ev("2018-07-16-helsinki-putin-trump", M, PLN, "2018-07-16", "Helsinki", [TRUMP, PUTIN], [],
           "Trump meets Vladimir Putin in Helsinki on Monday"),
    ], ["'forced an unscheduled closed session on defence spending' (part of the summit, not separate)",
        "'told reporters'; 'Their press conference' (press)",
        "'his interview with The Sun' (interview)",
        "'May's cabinet had agreed that plan at Chequers a week earlier' (internal)",
        "Johnson and Davis 'resigned on Sunday and Monday' (domestic)",
        "'spending the weekend at his golf resort in Turnberry ... with no official meetings planned' (travel; negation)",
        "'Telephone lines ... were restored ... families ... called each other' (not a call between parties)",
        "'flights to Asmara will resume on Wednesday' (not a meeting)",
        "'Democrats ... want the meeting called off' (statement; the summit itself is still planned)",
        "Most read: 'Pompeo leaves Pyongyang...', 'Merkel and Trump meet in Brussels...' (furniture)"]),

    # Manifest null. No page date; captions read "Psarades, Greece, 17 June 2018" (a Sunday), which anchors the
    # page. Signing on 06-17 at Psarades (Nimetz, Mogherini, Hahn placed there by caption 2). "on 12 June ...
    # in a telephone call that morning" -> 2018-06-12 call. "in Davos in January" -> 2018-01 (year from the
    # captions); "in Sofia on 17 May" -> 2018-05-17: two meetings in one caption.
    ("007_gr_mk_prespa_signing_gallery", "2018-06-17", True, [
        ev("2018-06-17-psarades-dimitrov-kotzias-tsipras-zaev", M, OCC, "2018-06-17", "Psarades",
           [KOTZIAS, DIMITROV, TSIPRAS, ZAEV, NIMETZ, MOGHERINI, HAHN], [],
           "Nikos Kotzias (right) and Nikola Dimitrov sign the agreement on the shore of Lake Prespa"),
        ev("2018-06-12-tsipras-zaev-call", C, OCC, "2018-06-12", None, [TSIPRAS, ZAEV], [],
           "after sealing it in a telephone call that morning"),
        ev("2018-01-24-davos-tsipras-zaev", M, OCC, "2018-01", "Davos", [TSIPRAS, ZAEV], [],
           "Tsipras and Zaev first met in Davos in January"),
        ev("2018-05-17-sofia-tsipras-zaev", M, OCC, "2018-05-17", "Sofia", [TSIPRAS, ZAEV], [],
           "and held talks again in Sofia on 17 May"),
    ], ["'Tsipras and Zaev embrace on the wooden jetty' (same event as the signing)",
        "'A boat carries the delegations across the lake' (travel, no stated encounter)",
        "'Nimetz has mediated the dispute on and off since 1994' (habitual)",
        "Pisoderi protest and tear gas (not diplomatic)",
        "'Tsipras survived a no-confidence vote in parliament late on Saturday' (domestic)",
        "'Ivanov has said he will not sign the law' (statement; negation)",
        "'Zaev invites Tsipras to visit Skopje. No date has been set' (invitation, not fixed)",
        "Related galleries: 'Zaev and Tsipras meet in Davos...', 'Nimetz in Athens for talks...' (furniture)"]),

    # Saturday analysis, "13 April 2019". Retreat "spent two days ... ended on Thursday" -> 2019-04-10..11,
    # location Vatican City (hosts Francis and Welby present; the kneeling is part of the same event).
    # "on 20 June last year" -> 2018-06-20 (Addis Ababa, Abiy host). "A week later in Khartoum" -> 2018-06-27
    # (date derived from the previous event). "In Addis Ababa on 12 September" -> 2018-09-12 (IGAD summit).
    ("008_ss_vatican_retreat_analysis", "2019-04-13", False, [
        ev("2019-04-10-vatican-city-francis-kiir-machar", M, OCC, "2019-04-10", "Vatican City",
           [KIIR, MACHAR, FRANCIS, WELBY], [],
           "spent two days at the Casa Santa Marta in the Vatican on a spiritual retreat",
           date_end="2019-04-11"),
        ev("2018-06-20-addis-ababa-abiy-kiir-machar", M, OCC, "2018-06-20", "Addis Ababa", [ABIY, KIIR, MACHAR], [],
           "Abiy Ahmed brought the two men face to face in Addis Ababa on 20 June"),
        ev("2018-06-27-khartoum-al-bashir-kiir-machar", M, OCC, "2018-06-27", "Khartoum", [BASHIR, KIIR, MACHAR], [],
           "A week later in Khartoum, with Omar al-Bashir as host, they signed a declaration"),
        ev("2018-09-12-addis-ababa-kiir-machar", M, OCC, "2018-09-12", "Addis Ababa", [KIIR, MACHAR], [IGAD],
           "at a summit of the regional bloc IGAD, Kiir and Machar signed the revitalised peace"),
    ], ["'kissed the shoes' at the close (same event as the retreat)",
        "'supposed to form a unity government by 12 May' (deadline, not a meeting)",
        "'the Sudanese army removed al-Bashir' on Thursday (not diplomatic)",
        "'Khartoum hosted Machar for most of the past two years' (habitual)",
        "'Machar flew into Juba in October for a peace celebration ... He left the same evening' (visit, no stated encounter)",
        "'the two men's contacts have mostly gone through mediators' (habitual)",
        "'Francis has said he would like to visit South Sudan if the leaders form their government' (hypothetical)",
        "Related analysis (furniture)"]),

    # Friday broadcaster transcript, "Friday, November 30, 2018". Signing "this morning in Buenos Aires" ->
    # 2018-11-30. Casa Rosada and the trilateral "Later on Friday" -> 2018-11-30 (Buenos Aires, reporter's
    # location). "In June" -> 2018-06 (G7, La Malbaie). "In late August" -> 2018-08 (speakerphone = call).
    ("009_ca_usmca_buenos_aires_broadcaster", "2018-11-30", False, [
        ev("2018-11-30-buenos-aires-pena-nieto-trudeau-trump", M, OCC, "2018-11-30", "Buenos Aires",
           [TRUDEAU, TRUMP, PENA_NIETO], [],
           "the three leaders signed the text at a hotel a few hours before the G20"),
        ev("2018-11-30-buenos-aires-macri-trump", M, OCC, "2018-11-30", "Buenos Aires", [TRUMP, MACRI], [],
           "Trump went from the signing to the Casa Rosada for talks with Argentina's president"),
        ev("2018-11-30-buenos-aires-abe-modi-trump", M, OCC, "2018-11-30", "Buenos Aires", [TRUMP, ABE, MODI], [],
           "Later on Friday he sat down with Japan's Shinzo Abe and India's Narendra Modi"),
        ev("2018-06-08-la-malbaie-g7", M, OCC, "2018-06", "La Malbaie", [TRUDEAU, TRUMP], [G7],
           "In June, Trudeau hosted Trump at the G7 summit in La Malbaie"),
        ev("2018-08-27-pena-nieto-trump-call", C, OCC, "2018-08", None, [TRUMP, PENA_NIETO], [],
           "In late August Trump, with Peña Nieto on a speakerphone in the Oval Office"),
    ], ["'Trudeau used his remarks to press Trump' (speech)",
        "'There was no separate bilateral meeting between the two men' (negation)",
        "'He had been due to meet Vladimir Putin on Saturday, but he cancelled it on Thursday' (cancelled)",
        "'in a tweet from Air Force One'; 'attacked Trudeau on Twitter' (posts)",
        "'Trump left early' (no encounter)",
        "'Lopez Obrador is sworn in tomorrow in Mexico City' (ceremony)",
        "'Freeland told reporters' (press)",
        "'if Congress balks, he will pull the U.S. out of NAFTA' (hypothetical)",
        "Related stories: 'Trump cancels Putin meeting at G20' (furniture)"]),

    # Sunday regional paper, "Sunday, November 10, 2019". "on Saturday" -> 2019-11-09; Khan receives the
    # pilgrims (Manmohan Singh, Amarinder Singh, Sidhu) at Kartarpur that day. "on March 14" / "on July 14":
    # past months of 2019, two group-only meetings in one sentence (Attari, Wagah). "on October 24" ->
    # 2019-10-24, "at the Zero Point on the border at Dera Baba Nanak".
    ("010_in_pk_kartarpur_corridor_regional", "2019-11-10", False, [
        ev("2019-11-09-kartarpur-khan-sidhu-singh-singh", M, OCC, "2019-11-09", "Kartarpur",
           [IMRAN, MANMOHAN, AMARINDER, SIDHU], [],
           "Imran Khan received the Indian pilgrims at Gurdwara Darbar Sahib in Kartarpur"),
        ev("2019-10-24-dera-baba-nanak-das-faisal", M, OCC, "2019-10-24", "Dera Baba Nanak", [DAS, FAISAL], [],
           "The final agreement was signed on October 24 at the Zero Point on the border"),
        ev("2019-03-14-attari-india-pakistan", M, OCC, "2019-03-14", "Attari", [], [IN, PK],
           "Officials of the two countries first met at Attari on March 14"),
        ev("2019-07-14-wagah-india-pakistan", M, OCC, "2019-07-14", "Wagah", [], [IN, PK],
           "and again at Wagah on July 14 to settle the technical details"),
    ], ["Modi 'inaugurated the integrated check post ... and flagged off the jatha' (ceremony); 'He did not cross' (negation)",
        "'Amarinder Singh joined Modi at the check post' (domestic)",
        "'In his speech, the Prime Minister thanked Imran Khan' (speech)",
        "'Sidhu, in a trademark speech' (speech)",
        "'The ground-breaking ceremonies were held separately on each side of the border' (ceremonies, no encounter)",
        "'Khan announced that it would be waived' (statement)",
        "'still hold no formal dialogue'; 'the corridor could be shut if tensions rise' (negation; hypothetical)",
        "'Sidhu has travelled to Pakistan three times since August last year' (counted)",
        "ALSO READ headlines (furniture)"]),

    # Manifest null: byline line "26.04.2022" (a Tuesday). "on Sunday" -> 2022-04-24 (Entebbe: airport greeting
    # by Muhoozi and State House with Museveni = one event). "in Luanda in August 2019" and "at the Gatuna
    # border post in February 2020" (background, one sentence, four presidents). "On 22 January" -> 2022-01-22
    # (Urugwiro Village -> Kigali). "in March" -> 2022-03 (Kigali).
    ("011_ug_rw_muhoozi_kagame_profile", "2022-04-26", True, [
        ev("2022-04-24-entebbe-kagame-kainerugaba-museveni", M, OCC, "2022-04-24", "Entebbe",
           [KAGAME, MUHOOZI, MUSEVENI], [],
           "Kagame went on to State House, where Museveni welcomed him, and stayed for the celebration"),
        ev("2019-08-21-luanda-kagame-lourenco-museveni-tshisekedi", M, OCC, "2019-08", "Luanda",
           [MUSEVENI, KAGAME, LOURENCO, TSHISEKEDI], [],
           "Museveni and Kagame signed a memorandum in Luanda in August 2019"),
        ev("2020-02-21-gatuna-kagame-lourenco-museveni-tshisekedi", M, OCC, "2020-02", "Gatuna",
           [MUSEVENI, KAGAME, LOURENCO, TSHISEKEDI], [],
           "the four presidents met again at the Gatuna border post in February 2020"),
        ev("2022-01-22-kigali-kagame-kainerugaba", M, OCC, "2022-01-22", "Kigali", [MUHOOZI, KAGAME], [],
           "On 22 January he flew to Kigali, and Kagame received him at Urugwiro Village"),
        ev("2022-03-14-kigali-kagame-kainerugaba", M, OCC, "2022-03", "Kigali", [MUHOOZI, KAGAME], [],
           "He was back in Kigali in March, this time for a private dinner with Kagame"),
    ], ["'Rwanda closed its main border crossing' / 'the Gatuna crossing reopened' (no encounter)",
        "'Museveni and Kagame did not see each other again for more than two years' (negation)",
        "'praising Kagame on Twitter'; 'Last month he posted' (posts)",
        "'Ayebare ... had made several trips to Kigali before January' (counted)",
        "'if he does, Kigali would clearly be a friend' (hypothetical)",
        "'Uganda's foreign ministry said it had not been consulted' (statement; negation)",
        "MOST READ headlines (furniture)"]),

    # Monday explainer, "Posted : 2019-12-23 15:20 | Updated : 17:05". "on Monday" = publication day, past tense
    # -> occurred (Beijing). "later on Monday" -> planned same day (Beijing). "On Tuesday" -> 2019-12-24
    # (planned trilateral and bilateral, Chengdu). "in September last year" -> 2018-09 (New York). "On 4
    # November in Bangkok" -> 2019-11-04 (a sit-down conversation between the two leaders = meeting).
    ("012_kr_jp_cn_chengdu_trilateral_explainer", "2019-12-23", False, [
        ev("2019-12-23-beijing-moon-xi", M, OCC, "2019-12-23", "Beijing", [MOON, XI], [],
           "President Moon Jae-in held talks with Chinese President Xi Jinping at the Great Hall"),
        ev("2019-12-23-beijing-abe-xi", M, PLN, "2019-12-23", "Beijing", [ABE, XI], [],
           "Prime Minister Shinzo Abe is due to see Xi in Beijing later on Monday"),
        ev("2019-12-24-chengdu-abe-li-moon", M, PLN, "2019-12-24", "Chengdu", [LI, MOON, ABE], [],
           "Chinese Premier Li Keqiang will host Moon and Abe in Chengdu for the eighth trilateral"),
        ev("2019-12-24-chengdu-abe-moon", M, PLN, "2019-12-24", "Chengdu", [MOON, ABE], [],
           "Moon and Abe are scheduled to hold a bilateral meeting in Chengdu on Tuesday afternoon"),
        ev("2018-09-25-new-york-abe-moon", M, OCC, "2018-09", "New York", [MOON, ABE], [],
           "Their last formal summit was in New York in September last year"),
        ev("2019-11-04-bangkok-abe-moon", M, OCC, "2019-11-04", "Bangkok", [MOON, ABE], [],
           "On 4 November in Bangkok, the two sat down for an 11-minute conversation"),
    ], ["'Xi called the two countries \"natural partners\"' (statement)",
        "'Moon flies to Chengdu this evening' (travel)",
        "'It was skipped in 2016 and 2017 ... it has met only twice since 2015' (negation; counted)",
        "'Cheong Wa Dae called it \"friendly and sincere\"' (statement)",
        "court ruling, export controls, intelligence-sharing pact decision (no encounter)",
        "'a Moon visit to Tokyo could follow if ... For now, no such trip is planned' (hypothetical; negation)",
        "Related stories: 'Korea, Japan trade officials hold first export talks...' (furniture)"]),

    # Manifest null: email header "Friday, March 1, 2019". "yesterday" -> 2019-02-28 (Planalto -> Brasilia).
    # "Today ... to meet" and "in the evening" -> planned 2019-03-01 (Asuncion; Buenos Aires). "on Saturday"
    # -> planned 2019-03-02 (Salinas). "on Monday" -> 2019-02-25 (Bogota). "Three days earlier" (than that
    # Monday) -> 2019-02-22 (Cucuta). Hanoi "two-day summit ... ended on Thursday" -> 2019-02-27..28 (key
    # shared with 001). Variant "Guaido" without accent.
    ("013_ve_guaido_south_america_tour_newsletter", "2019-03-01", True, [
        ev("2019-02-28-brasilia-bolsonaro-guaido", M, OCC, "2019-02-28", "Brasilia", [BOLSONARO, GUAIDO], [],
           "Brazil's Jair Bolsonaro received Juan Guaidó at the Planalto palace yesterday"),
        ev("2019-03-01-asuncion-abdo-benitez-guaido", M, PLN, "2019-03-01", "Asuncion", [GUAIDO, ABDO], [],
           "Today he is in Asunción to meet Paraguay's Mario Abdo Benítez"),
        ev("2019-03-01-buenos-aires-guaido-macri", M, PLN, "2019-03-01", "Buenos Aires", [GUAIDO, MACRI], [],
           "before flying on to Buenos Aires for talks with Mauricio Macri in the evening"),
        ev("2019-03-02-salinas-guaido-moreno", M, PLN, "2019-03-02", "Salinas", [MORENO, GUAIDO], [],
           "Ecuador's Lenín Moreno is expected to receive him in Salinas on Saturday"),
        ev("2019-02-25-bogota-guaido-pence", M, OCC, "2019-02-25", "Bogota", [GUAIDO, PENCE], [],
           "The tour began in Bogotá on Monday, when Guaidó met U.S. Vice President Mike Pence"),
        ev("2019-02-22-cucuta-abdo-benitez-duque-guaido-pinera", M, OCC, "2019-02-22", "Cucuta",
           [GUAIDO, DUQUE, PINERA, ABDO], [],
           "in Cúcuta, Guaidó had met Colombia's Iván Duque, Chile's Sebastián Piñera and Abdo Benítez"),
        ev(K_HANOI, M, OCC, "2019-02-27", "Hanoi", [TRUMP, KIM], [],
           "Donald Trump and Kim Jong-un's two-day summit in Hanoi ended on Thursday without an agreement",
           date_end="2019-02-28"),
    ], ["'Guaido then told reporters'; 'would go back to Caracas \"no later than Monday\"' (press; travel plan)",
        "Maduro's government 'said he would face justice if he returns' (statement; hypothetical)",
        "'the sidelines of a Lima Group meeting' (backdrop)",
        "'Pence announced new sanctions' (statement)",
        "'A planned working lunch and a signing ceremony were cancelled' (cancelled; same summit)",
        "'Vizcarra held an emergency cabinet meeting' (internal)",
        "Sponsored line (furniture)"]),

    # Tuesday fact check, "February 22, 2022". "last Wednesday" -> 2022-02-16 (Kremlin -> Moscow). "The same
    # day" -> 2022-02-16 (Moscow). "The following day" -> 2022-02-17 (Budapest). "in November 2019" ->
    # 2019-11 (Brasilia). "Sergei Lavrov" -> canonical Sergey Lavrov.
    ("014_br_ru_bolsonaro_moscow_factcheck", "2022-02-22", False, [
        ev("2022-02-16-moscow-bolsonaro-putin", M, OCC, "2022-02-16", "Moscow", [BOLSONARO, PUTIN], [],
           "Bolsonaro did meet Putin at the Kremlin last Wednesday"),
        ev("2022-02-16-moscow-franca-lavrov", M, OCC, "2022-02-16", "Moscow", [FRANCA, LAVROV], [],
           "Carlos França held talks with Sergei Lavrov at the Russian foreign ministry in Moscow"),
        ev("2022-02-17-budapest-bolsonaro-orban", M, OCC, "2022-02-17", "Budapest", [BOLSONARO, ORBAN], [],
           "The following day Bolsonaro was in Budapest, where Prime Minister Viktor Orbán received him"),
        ev("2019-11-13-brasilia-bolsonaro-putin", M, OCC, "2019-11", "Brasilia", [BOLSONARO, PUTIN], [],
           "The two presidents last met in person in Brasília in November 2019"),
    ], ["the viral post and its 'military alliance' claim (false claim; post)",
        "'They then issued a joint statement' (statement)",
        "'Washington had asked Brasilia to postpone it' (not an encounter)",
        "'Putin has accepted an invitation to visit Brazil, but no date has been set' (not fixed)",
        "'We found no record of any call between the two presidents' (negation)",
        "'Bolsonaro has never met Volodymyr Zelensky' (negation)",
        "'laid a wreath'; 'met Brazilian businesspeople in Moscow' (ceremony; own nationals)",
        "Read more headlines (furniture)"]),
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
