#!/usr/bin/env python3
"""Generate gold.jsonl and manifest.jsonl for the holdout33 BLIND held-out corpus.

Run:  python3 data/holdout33/build_gold.py   then   python3 data/eval/validate.py data/holdout33
Each article lists its true publication date, whether the manifest hides it, its gold
events, and (for documentation only) the traps it contains that must NOT be extracted.
holdout33 is a BLIND held-out set: the developers of dossier must not read its pages, its
gold or this file. It is scored only in aggregate.

15 real occasions, all from 2021-2024 (background events back to 2015 and 2017-2019):
Chad-Russia (Deby in the Kremlin 2024), France-Algeria (Macron in Algiers 2022), Argentina-Holy
See-Italy (Milei at the Vatican 2024), US-Venezuela (the Gonzalez delegation in Caracas 2022),
Japan-China (Kishida-Xi in Bangkok 2022), India-Pakistan/SCO (Jaishankar in Islamabad 2024),
Israel-Turkey (Herzog in Ankara 2022), US-Syria (Leaf and al-Sharaa in Damascus 2024), Europe-
Ukraine (Macron, Scholz, Draghi and Iohannis in Kyiv 2022), UK-France (the Paris summit 2023),
Australia-Fiji and China in the Pacific (Wong in Suva 2022), US-Solomon Islands (Campbell in
Honiara 2022), US-Russia intelligence chiefs (Burns-Naryshkin in Ankara 2022), US-Zambia (Harris
in Lusaka 2023) and Cuba-Russia (Diaz-Canel in the Kremlin 2022).

Twelve pages are ordinary online news (wire copy, newspaper and broadcaster sites, an agency
item, a government press release); 008 is a live blog (the only unusual layout).

Three pages have no date in the manifest and print one: 003 (wire byline date "March 8, 2022"),
007 (agency header "21.12.2024") and 011 (site header "Saturday, April 23, 2022").

Three real events are reported by two pages under the same key:
  2022-06-16-kyiv-draghi-iohannis-macron-scholz-zelenskyy   008 (main, full date), 001 (month)
  2022-11-14-bali-biden-xi                                   012 (full date), 004 (full date)
  2022-04-22-honiara-campbell-kritenbrink-sogavare           011 (main, full date), 010 (month)
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

# canonical names
PUTIN, DEBY, TINUBU, TIANI, BAZOUM, ZEINE = (
    "Vladimir Putin", "Mahamat Idriss Deby", "Bola Tinubu", "Abdourahamane Tiani",
    "Mohamed Bazoum", "Ali Mahamane Lamine Zeine")
MACRON, TEBBOUNE, CHENGRIHA, BURKHARD, BOUTEFLIKA, BORNE, SCHOLZ, DRAGHI, ZELENSKYY = (
    "Emmanuel Macron", "Abdelmadjid Tebboune", "Said Chengriha", "Thierry Burkhard",
    "Abdelaziz Bouteflika", "Elisabeth Borne", "Olaf Scholz", "Mario Draghi", "Volodymyr Zelenskyy")
MILEI, FRANCIS, PAROLIN, GALLAGHER, MATTARELLA, MELONI, NETANYAHU = (
    "Javier Milei", "Pope Francis", "Pietro Parolin", "Paul Gallagher", "Sergio Mattarella",
    "Giorgia Meloni", "Benjamin Netanyahu")
MADURO, JORGE_RODRIGUEZ, GONZALEZ, STORY, CARSTENS, GUAIDO, BLYDE = (
    "Nicolas Maduro", "Jorge Rodriguez", "Juan Gonzalez", "James Story", "Roger Carstens",
    "Juan Guaido", "Gerardo Blyde")
KISHIDA, XI, ABE, BIDEN, YOON = (
    "Fumio Kishida", "Xi Jinping", "Shinzo Abe", "Joe Biden", "Yoon Suk-yeol")
JAISHANKAR, SHEHBAZ, LI_QIANG, MISHUSTIN, DAR, SWARAJ, NAWAZ, MODI = (
    "Subrahmanyam Jaishankar", "Shehbaz Sharif", "Li Qiang", "Mikhail Mishustin", "Ishaq Dar",
    "Sushma Swaraj", "Nawaz Sharif", "Narendra Modi")
HERZOG, ERDOGAN, BENNETT, MITSOTAKIS, LAVROV, KULEBA, CAVUSOGLU = (
    "Isaac Herzog", "Recep Tayyip Erdogan", "Naftali Bennett", "Kyriakos Mitsotakis",
    "Sergey Lavrov", "Dmytro Kuleba", "Mevlut Cavusoglu")
LEAF, RUBINSTEIN, SHARAA, PEDERSEN, BLINKEN, FIDAN = (
    "Barbara Leaf", "Daniel Rubinstein", "Ahmed al-Sharaa", "Geir Pedersen", "Antony Blinken",
    "Hakan Fidan")
IOHANNIS, VERESHCHUK, SANDU = ("Klaus Iohannis", "Iryna Vereshchuk", "Maia Sandu")
SUNAK, CLEVERLY, WALLACE, BRAVERMAN, COLONNA, LECORNU, DARMANIN, MAY, CHARLES = (
    "Rishi Sunak", "James Cleverly", "Ben Wallace", "Suella Braverman", "Catherine Colonna",
    "Sebastien Lecornu", "Gerald Darmanin", "Theresa May", "Charles III")
WONG, BAINIMARAMA, PUNA, ALBANESE, SOGAVARE, WANG_YI, MAAMAU, CAMPBELL = (
    "Penny Wong", "Frank Bainimarama", "Henry Puna", "Anthony Albanese", "Manasseh Sogavare",
    "Wang Yi", "Taneti Maamau", "Kurt Campbell")
KRITENBRINK, MANELE, MARAPE, SESELJA, SHERMAN = (
    "Daniel Kritenbrink", "Jeremiah Manele", "James Marape", "Zed Seselja", "Wendy Sherman")
BURNS, NARYSHKIN, PATRUSHEV, RYABKOV = (
    "William Burns", "Sergey Naryshkin", "Nikolai Patrushev", "Sergei Ryabkov")
HARRIS, HICHILEMA, SAMIA, AKUFO_ADDO, YELLEN = (
    "Kamala Harris", "Hakainde Hichilema", "Samia Suluhu Hassan", "Nana Akufo-Addo", "Janet Yellen")
DIAZ_CANEL, RUDENKO = ("Miguel Diaz-Canel", "Andrei Rudenko")

SCO = "Shanghai Cooperation Organisation"
KYIV_KEY = "2022-06-16-kyiv-draghi-iohannis-macron-scholz-zelenskyy"
BALI_KEY = "2022-11-14-bali-biden-xi"
HONIARA_KEY = "2022-04-22-honiara-campbell-kritenbrink-sogavare"


def ev(key, kind, status, date, location, participants, groups, evidence, date_end=None):
    e = {"key": key, "kind": kind, "status": status, "date": date}
    if date_end:
        e["date_end"] = date_end
    e.update({"location": location, "participants": participants, "groups": groups,
              "evidence": evidence})
    return e


M, C, OCC, PLN = "meeting", "call", "occurred", "planned"

ARTICLES = [
    # 000. Wire copy, "January 24, 2024 6:52 PM GMT+3", dateline "MOSCOW, Jan 24 (GWS)"
    # (manifest 2024-01-24, a Wednesday). "on Wednesday" -> 24 Jan; "on Tuesday evening" -> 23 Jan;
    # "on July 30" (past) -> 2023-07-30; "a week after" (Zeine) -> 2024-01 (no exact day given;
    # the real talks were on 16 Jan). "the Kremlin" -> Moscow; "in the capital" -> Moscow.
    # The airport welcome names only Deby: the other side is "Russian officials" and "African
    # ambassadors" (groups). Niamey: "met Tiani and, separately, ... Bazoum" = two events, one
    # shared evidence sentence. The Abuja stop "for talks with" Tinubu is its own event.
    ("000", "2024-01-24", False, [
        ev("2024-01-24-moscow-deby-putin", M, OCC, "2024-01-24", "Moscow", [DEBY, PUTIN], [],
           "held talks with Russian President Vladimir Putin in the Kremlin on Wednesday"),
        ev("2024-01-23-moscow-deby", M, OCC, "2024-01-23", "Moscow", [DEBY],
           ["Russia", "African ambassadors"],
           "was welcomed at Vnukovo-2 airport by Russian officials and a group of African ambassadors"),
        ev("2023-07-30-abuja-deby-tinubu", M, OCC, "2023-07-30", "Abuja", [DEBY, TINUBU], [],
           "he stopped in Abuja for talks with Nigerian President Bola Tinubu"),
        ev("2023-07-30-niamey-deby-tiani", M, OCC, "2023-07-30", "Niamey", [DEBY, TIANI], [],
           "he met junta leader General Abdourahamane Tiani and, separately, the detained president Mohamed Bazoum"),
        ev("2023-07-30-niamey-bazoum-deby", M, OCC, "2023-07-30", "Niamey", [DEBY, BAZOUM], [],
           "he met junta leader General Abdourahamane Tiani and, separately, the detained president Mohamed Bazoum"),
        ev("2024-01-16-moscow-zeine", M, OCC, "2024-01", "Moscow", [ZEINE], ["Russia"],
           "Ali Mahamane Lamine Zeine, held talks with Russian officials in the capital"),
    ], ["'He had been expected at the Russia-Africa summit in St Petersburg last July but did not make the trip' (negation; the summit is only a backdrop)",
        "'Putin told Deby in televised opening remarks' (remarks inside the main talks)",
        "'Peskov told reporters ...' / 'Peskov said at the time that Putin had no plans to see him' (statement; negation)",
        "'A French foreign ministry spokeswoman declined to comment' (statement)",
        "'Deby invited Putin to visit Chad ... The Kremlin did not say whether the invitation had been accepted' (unconfirmed invitation)",
        "Photo caption of Putin and Deby at the Kremlin (the same 24 January talks)",
        "Read more: 'Mali's Goita receives Russian deputy defence minister in Bamako', 'France's Sejourne hosts Senegalese counterpart in Paris', 'Sahel foreign ministers meet in Ouagadougou' (furniture)"]),

    # 001. Broadcaster's site, "Issued on: 26/08/2022 - 18:40" (manifest 2022-08-26, a Friday).
    # "on Friday" -> 26 Aug; "on Thursday" -> 25 Aug; "On Saturday" (future) -> 27 Aug; "last
    # Saturday" -> 20 Aug (Saturday of the previous week); "in December 2017" -> 2017-12; "in
    # October" (future) -> 2022-10; "in June" (past) -> 2022-06. "the same palace" = El Mouradia
    # -> Algiers. The security-chiefs session names Chengriha and Burkhard; "the heads of both
    # countries' foreign intelligence services" are unnamed -> groups Algeria, France. The Kyiv
    # trip is the shared key of 008 (here without Iohannis, month only).
    ("001", "2022-08-26", False, [
        ev("2022-08-26-algiers-burkhard-chengriha-macron-tebboune", M, OCC, "2022-08-26", "Algiers",
           [MACRON, TEBBOUNE, CHENGRIHA, BURKHARD], ["Algeria", "France"],
           "chaired an unprecedented meeting of their countries' military and intelligence chiefs in Algiers"),
        ev("2022-08-25-algiers-macron-tebboune", M, OCC, "2022-08-25", "Algiers", [MACRON, TEBBOUNE], [],
           "The two presidents held talks at the same palace on Thursday"),
        ev("2022-08-27-algiers-macron-tebboune", M, PLN, "2022-08-27", "Algiers", [MACRON, TEBBOUNE], [],
           "scheduled to fly back to Algiers and sign a joint declaration with Tebboune"),
        ev("2022-08-20-macron-tebboune-call", C, OCC, "2022-08-20", None, [MACRON, TEBBOUNE], [],
           "A phone call last Saturday, in which Macron offered help fighting deadly forest fires"),
        ev("2017-12-06-algiers-bouteflika-macron", M, OCC, "2017-12", "Algiers", [MACRON, BOUTEFLIKA], [],
           "a 12-hour stop in Algiers in December 2017, when he was received by"),
        ev("2022-10-09-algiers-borne", M, PLN, "2022-10", "Algiers", [BORNE], ["France", "Algeria"],
           "Borne was expected to lead a delegation of ministers to Algiers in October"),
        ev(KYIV_KEY, M, OCC, "2022-06", "Kyiv", [MACRON, SCHOLZ, DRAGHI, ZELENSKYY], [],
           "travelled to Kyiv in June with Germany's Olaf Scholz and Italy's Mario Draghi"),
    ], ["'told a joint news conference' (press conference inside the 25 August talks)",
        "'Algiers recalled its ambassador from Paris over remarks by Macron' (statement, no meeting)",
        "'On Saturday Macron travels to Oran ... will visit the Santa Cruz basilica and a famous record shop' (travel, no encounter)",
        "'A state visit to France by Tebboune ... has still not been scheduled' (negation)",
        "'has denied that energy is the main purpose of his visit' (statement)",
        "Photo caption dated 25 August (the same Thursday talks)",
        "Read also: 'Italy's Draghi signs gas deals with Tebboune in Algiers', 'Morocco's king receives US envoy in Rabat' (furniture)"]),

    # 002. Argentine English-language site, "Monday, February 12, 2024 | 10:45 ART" (manifest
    # 2024-02-12; 10:45 in Buenos Aires is 14:45 in Rome). "on Monday morning" -> 12 Feb; "On
    # Sunday" -> 11 Feb; "in November" (past) -> 2023-11; "shortly before noon" -> 12 Feb
    # (occurred); "later on Monday" (Meloni, "is scheduled to") -> planned 12 Feb; "last week" ->
    # 5-11 Feb -> 2024-02. Apostolic Palace / St Peter's Basilica -> Vatican City; Quirinale Palace
    # and Palazzo Chigi -> Rome. The Sunday greeting and embrace is an encounter on a different
    # day from the audience, so a separate event. "the president and his delegation met ...
    # Parolin, who was joined by ... Gallagher" -> group Argentina for the unnamed delegation.
    ("002", "2024-02-12", False, [
        ev("2024-02-12-vatican-city-francis-milei", M, OCC, "2024-02-12", "Vatican City", [MILEI, FRANCIS], [],
           "was received by Pope Francis at the Apostolic Palace on Monday morning"),
        ev("2024-02-12-vatican-city-gallagher-milei-parolin", M, OCC, "2024-02-12", "Vatican City",
           [MILEI, PAROLIN, GALLAGHER], ["Argentina"],
           "the president and his delegation met the Vatican's Secretary of State, Cardinal Pietro Parolin"),
        ev("2024-02-11-vatican-city-francis-milei", M, OCC, "2024-02-11", "Vatican City", [MILEI, FRANCIS], [],
           "Francis greeted Milei from his wheelchair and the president leaned down to embrace him"),
        ev("2023-11-francis-milei-call", C, OCC, "2023-11", None, [FRANCIS, MILEI], [],
           "when Francis telephoned Milei to congratulate him on his election victory"),
        ev("2024-02-12-rome-mattarella-milei", M, OCC, "2024-02-12", "Rome", [MILEI, MATTARELLA], [],
           "where he was received by Italian President Sergio Mattarella shortly before noon"),
        ev("2024-02-12-rome-meloni-milei", M, PLN, "2024-02-12", "Rome", [MILEI, MELONI], [],
           "He is scheduled to meet Prime Minister Giorgia Meloni at Palazzo Chigi later on Monday"),
        ev("2024-02-07-jerusalem-milei-netanyahu", M, OCC, "2024-02", "Jerusalem", [MILEI, NETANYAHU], [],
           "Milei met Prime Minister Benjamin Netanyahu in Jerusalem last week"),
    ], ["'the libertarian called the Argentine pontiff \"the representative of evil on Earth\"' (campaign statement)",
        "'The Holy See said the talks were \"cordial\"' (statement about the main audience)",
        "'Milei has invited him, and officials said a visit ... \"could be possible\"' (invitation not accepted; hypothetical)",
        "'due to give an interview to Italian television on Monday evening' (interview)",
        "Caption 'exchange gifts at the Apostolic Palace' (the same audience)",
        "Related: 'Mondino meets Blinken in Washington ...', 'Bullrich receives Israeli security delegation', 'Milei and Lula: still no meeting in sight' (furniture)"]),

    # 003. Wire copy, byline date "March 8, 2022", dateline "CARACAS, Venezuela (AP)" (manifest
    # null; true date 2022-03-08, a Tuesday). "Monday night" -> 7 Mar (TV address, not an event);
    # "on Saturday" -> 5 Mar; "on March 1" -> 2022-03-01; "over the weekend" -> 5-6 Mar ->
    # 2022-03; "in August" (past) -> 2021-08 (the memorandum of 13 August 2021). Miraflores ->
    # Caracas. Jorge Rodriguez "also took part"; the US team's three named members are listed and
    # the side is also referred to as "the delegation" -> group United States. The Guaido meeting
    # is stated by Guaido himself ("said he had also met ... in Caracas"). "Rodriguez" in the last
    # paragraph is Jorge Rodriguez (the only Rodriguez introduced).
    ("003", "2022-03-08", True, [
        ev("2022-03-05-caracas-carstens-gonzalez-maduro-rodriguez-story", M, OCC, "2022-03-05", "Caracas",
           [MADURO, JORGE_RODRIGUEZ, GONZALEZ, STORY, CARSTENS], ["United States"],
           "he had received the delegation on Saturday at the Miraflores presidential palace"),
        ev("2022-03-01-maduro-putin-call", C, OCC, "2022-03-01", None, [MADURO, PUTIN], [],
           "Maduro spoke by phone with President Vladimir Putin on March 1"),
        ev("2022-03-caracas-guaido", M, OCC, "2022-03", "Caracas", [GUAIDO], ["United States"],
           "he had also met the American delegation in Caracas over the weekend"),
        ev("2021-08-13-mexico-city-blyde-rodriguez", M, OCC, "2021-08", "Mexico City",
           [JORGE_RODRIGUEZ, BLYDE], ["Norway"],
           "Rodríguez and opposition negotiator Gerardo Blyde signed a memorandum of understanding in the Mexican capital"),
    ], ["'Maduro confirmed in a televised address Monday night' (address)",
        "'Psaki told reporters Monday ... no agreement had been reached' (briefing)",
        "'Maduro said he was ready to \"reactivate\" negotiations with the opposition' (vague intention)",
        "'negotiations ... which stalled in October after ... Saab was extradited' (no meeting)",
        "'Rubio wrote on Twitter' (social media)",
        "'U.S. officials said no further trips had been scheduled' (negation)",
        "Photo caption of Maduro's televised address, Monday March 7 (address)",
        "RELATED COVERAGE: 'Colombia's Duque meets Biden at White House ...', 'Guaido allies meet EU envoys in Brussels' (furniture)"]),

    # 004. Japanese broadcaster's English site, "Nov. 18, 2022 06:10 JST" (manifest 2022-11-18,
    # a Friday; 04:10 in Bangkok). "on Thursday evening" -> 17 Nov; "in December 2019" ->
    # 2019-12; "in October last year" -> 2021-10; "on Monday" (Bali) -> 14 Nov (shared key with
    # 012); "on Sunday" (Phnom Penh) -> 13 Nov; "on Friday and Saturday" (future) -> planned
    # 18-19 Nov with date_end. Names are printed family name first (Kishida Fumio, Abe Shinzo,
    # Hayashi Yoshimasa) and canonicalised to First Last. The Phnom Penh sentence holds two
    # events (bilateral with Yoon; trilateral with Biden and Yoon). Kishida is placed at the APEC
    # meeting ("at the meeting").
    ("004", "2022-11-18", False, [
        ev("2022-11-17-bangkok-kishida-xi", M, OCC, "2022-11-17", "Bangkok", [KISHIDA, XI], [],
           "met for about 45 minutes on Thursday evening at a hotel in Bangkok"),
        ev("2019-12-23-beijing-abe-xi", M, OCC, "2019-12", "Beijing", [XI, ABE], [],
           "held in Beijing in December 2019 between Xi and then Prime Minister Abe Shinzo"),
        ev("2021-10-08-kishida-xi-call", C, OCC, "2021-10", None, [KISHIDA, XI], [],
           "Kishida and Xi had previously spoken only by phone, in October last year"),
        ev(BALI_KEY, M, OCC, "2022-11-14", "Bali", [XI, BIDEN], [],
           "where he held talks with US President Joe Biden on Monday"),
        ev("2022-11-13-phnom-penh-kishida-yoon", M, OCC, "2022-11-13", "Phnom Penh", [KISHIDA, YOON], [],
           "on Sunday he held his first formal summit with South Korean President Yoon Suk-yeol"),
        ev("2022-11-13-phnom-penh-biden-kishida-yoon", M, OCC, "2022-11-13", "Phnom Penh",
           [KISHIDA, BIDEN, YOON], [], "joined Biden and Yoon for a trilateral meeting"),
        ev("2022-11-18-bangkok-apec-kishida", M, PLN, "2022-11-18", "Bangkok", [KISHIDA], ["APEC"],
           "APEC leaders are set to meet on Friday and Saturday", date_end="2022-11-19"),
    ], ["'Hayashi Yoshimasa would visit China at an early date' (visit with no encounter and no date)",
        "'the two sides would soon start operating a defense hotline. No dates were given' (vague)",
        "'Kishida told reporters afterward' (press remarks)",
        "'Xi arrived in Bangkok from the Group of 20 summit in Bali' (summit as backdrop; travel)",
        "'will return to Tokyo on Saturday night' (travel)",
        "Photo caption 'shake hands before their talks in Bangkok, November 17' (the same talks)",
        "Related: 'Kishida holds talks with Australian PM Albanese in Phnom Penh', 'Hayashi, Wang Yi agree on need for dialogue' (furniture)"]),

    # 005. Indian daily's site, "Islamabad | Updated: October 16, 2024 21:35 IST" (manifest
    # 2024-10-16, a Wednesday). "on Wednesday" -> 16 Oct; "on Tuesday afternoon ... hours later"
    # -> 15 Oct; "on Monday" -> 14 Oct; "in December 2015" -> 2015-12; "later that month" ->
    # 2015-12. The SCO council meeting is the gathering itself ("brought together"), chaired by
    # Shehbaz Sharif. The dinner "hosted by Mr. Sharif for the visiting delegation heads" is an
    # encounter (hosted for dinner); Dar exchanged greetings "there", so he is a participant of
    # the same event, not a separate one. Two Sharifs: Shehbaz (host, 2024) and Nawaz (2015).
    ("005", "2024-10-16", False, [
        ev("2024-10-16-islamabad-jaishankar-li-mishustin-sharif", M, OCC, "2024-10-16", "Islamabad",
           [JAISHANKAR, SHEHBAZ, LI_QIANG, MISHUSTIN], [SCO],
           "led India's delegation at the meeting of the Shanghai Cooperation Organisation's Council"),
        ev("2024-10-15-islamabad-dar-jaishankar-sharif", M, OCC, "2024-10-15", "Islamabad",
           [JAISHANKAR, SHEHBAZ, DAR], [SCO],
           "attended a dinner hosted by Mr. Sharif for the visiting delegation heads"),
        ev("2024-10-14-islamabad-li-sharif", M, OCC, "2024-10-14", "Islamabad", [LI_QIANG, SHEHBAZ], [],
           "held talks with Shehbaz Sharif in Islamabad on Monday"),
        ev("2015-12-09-islamabad-sharif-swaraj", M, OCC, "2015-12", "Islamabad", [SWARAJ, NAWAZ], [],
           "who met then Prime Minister Nawaz Sharif in Islamabad in December 2015"),
        ev("2015-12-25-lahore-modi-sharif", M, OCC, "2015-12", "Lahore", [MODI, NAWAZ], [],
           "made a surprise stop in Lahore later that month and met Nawaz Sharif"),
    ], ["'In his address, Mr. Jaishankar said ...' (speech)",
        "'He also exchanged greetings there with ... Ishaq Dar' (inside the same dinner, not a separate event)",
        "'there would be no bilateral talks ... none had taken place' (negation)",
        "'Bilawal Bhutto Zardari ... said in a television interview' (interview)",
        "'began Wednesday with a morning walk with staff of the Indian High Commission' (internal to one government)",
        "'jointly inaugurated the new Gwadar airport by video link' (part of the 14 October talks)",
        "Related: 'Jaishankar meets Chinese counterpart Wang Yi in Vientiane', 'Doval holds talks with Russian Security Council secretary in St Petersburg' (furniture)"]),

    # 006. Israeli news site, "9 March 2022, 8:14 pm" (manifest 2022-03-09, a Wednesday).
    # "on Wednesday" -> 9 Mar; "in July last year" -> 2021-07; "In November" (past) -> 2021-11;
    # "on Saturday" -> 5 Mar; "the same evening" -> 5 Mar; "last Thursday" -> 3 Mar (Thursday of
    # the previous week); "on Thursday" (future, "are due to meet") -> 10 Mar. Antalya: Lavrov
    # (printed "Sergei") and Kuleba, "hosted by Cavusoglu" -> all three. Herzog's Istanbul stop
    # names no encounter.
    ("006", "2022-03-09", False, [
        ev("2022-03-09-ankara-erdogan-herzog", M, OCC, "2022-03-09", "Ankara", [HERZOG, ERDOGAN], [],
           "held talks with Turkish President Recep Tayyip Erdogan at the presidential complex in Ankara"),
        ev("2021-07-erdogan-herzog-call", C, OCC, "2021-07", None, [ERDOGAN, HERZOG], [],
           "The rapprochement began with a phone call from Erdogan in July last year"),
        ev("2021-11-18-bennett-erdogan-call", C, OCC, "2021-11", None, [BENNETT, ERDOGAN], [],
           "Prime Minister Naftali Bennett thanked Erdogan in a phone call"),
        ev("2022-03-05-moscow-bennett-putin", M, OCC, "2022-03-05", "Moscow", [BENNETT, PUTIN], [],
           "who flew to Moscow on Saturday for talks with Russian President Vladimir Putin"),
        ev("2022-03-05-berlin-bennett-scholz", M, OCC, "2022-03-05", "Berlin", [BENNETT, SCHOLZ], [],
           "then met German Chancellor Olaf Scholz in Berlin the same evening"),
        ev("2022-03-03-athens-herzog-mitsotakis", M, OCC, "2022-03-03", "Athens", [HERZOG, MITSOTAKIS], [],
           "Herzog was in Athens last Thursday, where he met Greek Prime Minister Kyriakos Mitsotakis"),
        ev("2022-03-10-antalya-cavusoglu-kuleba-lavrov", M, PLN, "2022-03-10", "Antalya",
           [LAVROV, KULEBA, CAVUSOGLU], [],
           "Lavrov and Ukraine's Dmytro Kuleba are due to meet in Antalya on Thursday"),
    ], ["'Erdogan said at a joint appearance before reporters' (press appearance)",
        "'laid a wreath at Anitkabir' (ceremony, no encounter)",
        "'The two men have spoken several times since' (counted)",
        "'Cavusoglu could visit Israel in the coming months, though no date has been set' (hypothetical)",
        "'Herzog flies to Istanbul on Thursday ... to visit the Neve Shalom synagogue' (travel, no encounter)",
        "Photo caption of the honor guard review, March 9 (the same visit)",
        "RELATED: 'Herzog in Abu Dhabi: president meets UAE crown prince ...', 'Bennett meets Bahrain's king in Manama ...' (furniture)"]),

    # 007. Agency item, header "21.12.2024 | 11:20 (GMT+3)", dateline "DAMASCUS" (manifest null;
    # true date 2024-12-21, a Saturday). "on Friday" -> 20 Dec; "last Sunday" -> 15 Dec (Sunday
    # of the previous week); "On Saturday last week" -> 14 Dec; "on Sunday" (future, "is
    # expected") -> 22 Dec. The delegation is named (Leaf, Carstens, Rubinstein) and also called
    # "A senior US delegation" -> group United States. "The diplomats also met members of Syrian
    # civil society" is a second encounter the same day (different counterpart).
    ("007", "2024-12-21", True, [
        ev("2024-12-20-damascus-al-sharaa-carstens-leaf-rubinstein", M, OCC, "2024-12-20", "Damascus",
           [SHARAA, LEAF, CARSTENS, RUBINSTEIN], ["United States"],
           "A senior US delegation met Ahmed al-Sharaa, the leader of Hayat Tahrir al-Sham"),
        ev("2024-12-20-damascus-carstens-leaf-rubinstein", M, OCC, "2024-12-20", "Damascus",
           [LEAF, CARSTENS, RUBINSTEIN], ["United States", "Syrian civil society"],
           "The diplomats also met members of Syrian civil society"),
        ev("2024-12-15-damascus-al-sharaa-pedersen", M, OCC, "2024-12-15", "Damascus", [PEDERSEN, SHARAA], [],
           "Geir Pedersen met al-Sharaa in Damascus last Sunday"),
        ev("2024-12-14-aqaba-blinken-fidan-pedersen", M, OCC, "2024-12-14", "Aqaba",
           [BLINKEN, FIDAN, PEDERSEN], ["Arab states"],
           "Antony Blinken joined Arab foreign ministers, Turkish Foreign Minister Hakan Fidan and Pedersen"),
        ev("2024-12-22-damascus-al-sharaa-fidan", M, PLN, "2024-12-22", "Damascus", [FIDAN, SHARAA], [],
           "Fidan is expected in Damascus on Sunday for talks with al-Sharaa"),
    ], ["'Speaking to reporters afterwards, Leaf described al-Sharaa as \"pragmatic\"' (press remarks)",
        "'A news conference planned at a hotel ... was postponed' (press conference)",
        "'sought information on missing US journalist Austin Tice' (no meeting)",
        "'Leaf said she had not discussed removing the designation' (negation)",
        "'Washington has not said whether it will reopen its embassy' (no meeting)",
        "Related news: 'Qatari delegation holds talks with HTS officials in Damascus', 'Jordan's Safadi to visit Syria', 'British officials meet Syrian transitional authorities' (furniture)"]),

    # 008. Live blog, "Thursday 16 June 2022 · Last updated 19:40 Kyiv time" (manifest
    # 2022-06-16). Entries use clock times only; the date line anchors them. "on Wednesday" ->
    # 15 Jun; "Earlier that day" -> 15 Jun; "on May 28" -> 2022-05-28; "on June 23-24" (future)
    # -> planned 23 Jun with date_end 24 Jun; "from June 26" -> planned 26 Jun (no end given).
    # Mariinsky Palace -> Kyiv; Schloss Elmau -> Elmau. The platform greeting by Vereshchuk is an
    # encounter of the three train travellers (Iohannis "arrived separately"). Irpin is a tour
    # with no stated counterpart. The summary bullet and the 15:10 entry are the same meeting.
    ("008", "2022-06-16", False, [
        ev(KYIV_KEY, M, OCC, "2022-06-16", "Kyiv", [MACRON, SCHOLZ, DRAGHI, IOHANNIS, ZELENSKYY], [],
           "The four leaders met President Volodymyr Zelensky at the Mariinsky Palace in central Kyiv"),
        ev("2022-06-16-kyiv-draghi-macron-scholz-vereshchuk", M, OCC, "2022-06-16", "Kyiv",
           [MACRON, SCHOLZ, DRAGHI, VERESHCHUK], [],
           "greeted on the platform by Deputy Prime Minister Iryna Vereshchuk"),
        ev("2022-06-15-chisinau-macron-sandu", M, OCC, "2022-06-15", "Chisinau", [MACRON, SANDU], [],
           "where he met President Maia Sandu in Chisinau on Wednesday"),
        ev("2022-06-15-constanta-iohannis-macron", M, OCC, "2022-06-15", "Constanta", [MACRON, IOHANNIS], [],
           "he had met Iohannis at an air base near Constanta"),
        ev("2022-05-28-macron-putin-scholz-call", C, OCC, "2022-05-28", None, [MACRON, SCHOLZ, PUTIN], [],
           "last spoke to Vladimir Putin together in a phone call on May 28"),
        ev("2022-06-23-brussels-european-union", M, PLN, "2022-06-23", "Brussels", [], ["European Union"],
           "EU leaders will decide at a summit in Brussels on June 23-24", date_end="2022-06-24"),
        ev("2022-06-26-elmau-g7-scholz", M, PLN, "2022-06-26", "Elmau", [SCHOLZ], ["G7"],
           "G7 leaders meet at Schloss Elmau in Bavaria from June 26, hosted by Scholz"),
    ], ["18:55 'In his nightly video address, Zelensky thanked the four leaders' (address)",
        "17:30 'At a joint news conference' (press conference)",
        "13:45 'touring the ruins of Irpin' (visit with no stated counterpart)",
        "11:20 'Iohannis has arrived in Kyiv separately and will join the other three' (travel; the join is the main meeting)",
        "08:10 'Downing Street would not say whether Boris Johnson planned another trip to Kyiv' (hypothetical)",
        "18:55 'he expected \"a historic decision\" from the EU next week' (statement; the EU summit is the 08:00 event)",
        "Related stories: 'Johnson and Zelensky walk through Kyiv in surprise April visit', 'Biden meets Duda in Warsaw ...' (furniture)"]),

    # 009. Government press release, "Published 10 March 2023" (manifest 2023-03-10, a Friday).
    # "today" -> 10 Mar; "in October" (past) -> 2022-10; "in November" (past) -> 2022-11; "in
    # January 2018" -> 2018-01; "later this month" (future) -> 2023-03. "The Prime Minister" =
    # Rishi Sunak (named in the quote line); Elysee Palace -> Paris. The ministers' sentence maps
    # the three secretaries to their counterparts in order: three events, one evidence sentence.
    # COP27 is a backdrop; the first in-person Sunak-Macron meeting there is the event.
    ("009", "2023-03-10", False, [
        ev("2023-03-10-paris-macron-sunak", M, OCC, "2023-03-10", "Paris", [SUNAK, MACRON], [],
           "The Prime Minister met President Emmanuel Macron at the Élysée Palace in Paris today"),
        ev("2023-03-10-paris-cleverly-colonna", M, OCC, "2023-03-10", "Paris", [CLEVERLY, COLONNA], [],
           "held separate meetings with their French counterparts, Catherine Colonna, Sébastien Lecornu and Gérald Darmanin"),
        ev("2023-03-10-paris-lecornu-wallace", M, OCC, "2023-03-10", "Paris", [WALLACE, LECORNU], [],
           "held separate meetings with their French counterparts, Catherine Colonna, Sébastien Lecornu and Gérald Darmanin"),
        ev("2023-03-10-paris-braverman-darmanin", M, OCC, "2023-03-10", "Paris", [BRAVERMAN, DARMANIN], [],
           "held separate meetings with their French counterparts, Catherine Colonna, Sébastien Lecornu and Gérald Darmanin"),
        ev("2022-10-macron-sunak-call", C, OCC, "2022-10", None, [SUNAK, MACRON], [],
           "The leaders first discussed holding a summit in a phone call in October"),
        ev("2022-11-07-sharm-el-sheikh-macron-sunak", M, OCC, "2022-11", "Sharm el-Sheikh", [SUNAK, MACRON], [],
           "They met in person for the first time at COP27 in Sharm el-Sheikh"),
        ev("2018-01-18-sandhurst-macron-may", M, OCC, "2018-01", "Sandhurst", [MAY, MACRON], [],
           "The last UK-France Summit took place at Sandhurst in January 2018"),
        ev("2023-03-26-paris-charles-iii-macron", M, PLN, "2023-03", "Paris", [CHARLES, MACRON], [],
           "where he will be received by President Macron in Paris"),
    ], ["Bullet list of agreed measures (content of the main summit)",
        "'Prime Minister Rishi Sunak said: ...' / 'President Macron said ...' (statements)",
        "'The two leaders agreed to hold summits more regularly in future' (vague intention)",
        "Related content: 'PM meeting with President Biden at the G20 in Bali', 'PM call with President Zelenskyy' (furniture)"]),

    # 010. Pacific broadcaster's site, "Friday 27/05/2022 7:45 pm" (manifest 2022-05-27, a
    # Friday). "today" -> 27 May; "a day after" -> 26 May; "on Monday" (sworn in; not an event);
    # "Tuesday's Quad leaders' summit" -> 24 May (Tokyo); "on Thursday" -> 26 May; "on Sunday"
    # (arrival, travel) / "Monday's ... Meeting" -> planned 30 May; "in April" (past) -> 2022-04
    # (shared key with 011, where it is dated 22 April). The Forum Secretariat is "in Suva".
    ("010", "2022-05-27", False, [
        ev("2022-05-27-suva-bainimarama-wong", M, OCC, "2022-05-27", "Suva", [WONG, BAINIMARAMA], [],
           "Penny Wong met Prime Minister Frank Bainimarama in Suva today"),
        ev("2022-05-26-suva-puna-wong", M, OCC, "2022-05-26", "Suva", [WONG, PUNA], [],
           "Senator Wong met Pacific Islands Forum Secretary General Henry Puna at the Forum Secretariat"),
        ev("2022-05-24-tokyo-albanese-biden-kishida-modi-wong", M, OCC, "2022-05-24", "Tokyo",
           [WONG, ALBANESE, BIDEN, KISHIDA, MODI], ["Quad"],
           "she joined Prime Minister Anthony Albanese at Tuesday's Quad leaders' summit"),
        ev("2022-05-26-honiara-sogavare-wang", M, OCC, "2022-05-26", "Honiara", [WANG_YI, SOGAVARE], [],
           "Wang met Solomon Islands Prime Minister Manasseh Sogavare in Honiara on Thursday"),
        ev("2022-05-27-tarawa-maamau-wang", M, OCC, "2022-05-27", "Tarawa", [WANG_YI, MAAMAU], [],
           "today he held talks with Kiribati President Taneti Maamau in Tarawa"),
        ev("2022-05-30-suva-bainimarama-wang", M, PLN, "2022-05-30", "Suva", [WANG_YI, BAINIMARAMA],
           ["Pacific island countries"],
           "Monday's China–Pacific Island Countries Foreign Ministers' Meeting, which he will co-host with Mr Bainimarama"),
        ev(HONIARA_KEY, M, OCC, "2022-04", "Honiara", [CAMPBELL, SOGAVARE], ["United States"],
           "A US delegation led by White House Indo-Pacific coordinator Kurt Campbell met Mr Sogavare"),
    ], ["'where she delivered a speech' (speech inside the Puna meeting day)",
        "'Senator Wong was sworn in on Monday' (domestic ceremony)",
        "'Wang is due in Suva on Sunday' (arrival, travel; the event is Monday's meeting)",
        "'Beijing is seeking support for a region-wide agreement' (proposal)",
        "'security pact with China, disclosed in April' (no encounter)",
        "'Bainimarama wrote on Twitter' (social media)",
        "'Senator Wong will travel to Samoa and Tonga next week' (travel, no encounter)",
        "Related: 'Sogavare meets Chinese ambassador over police training', 'Micronesia's Panuelo writes to Pacific leaders' (furniture)"]),

    # 011. Solomon Islands news site, header "Saturday, April 23, 2022" (manifest null; true
    # date 2022-04-23). "yesterday" -> 22 Apr; "Earlier this week" -> 18-22 Apr -> 2022-04 (keys
    # month-only: the exact days of the Suva and Port Moresby stops were not checked); "on April
    # 13" -> 2022-04-13; "A day earlier" -> 12 Apr. The strategic dialogue with Manele's team is a
    # second encounter the same day. "the delegation"/"it" = Campbell and Kritenbrink.
    ("011", "2022-04-23", True, [
        ev(HONIARA_KEY, M, OCC, "2022-04-22", "Honiara", [CAMPBELL, KRITENBRINK, SOGAVARE], ["United States"],
           "met Prime Minister Manasseh Sogavare in Honiara yesterday"),
        ev("2022-04-22-honiara-campbell-kritenbrink-manele", M, OCC, "2022-04-22", "Honiara",
           [CAMPBELL, KRITENBRINK, MANELE], ["United States", "Solomon Islands"],
           "The delegation then held what officials called the first high-level strategic dialogue"),
        ev("2022-04-suva-bainimarama-campbell-kritenbrink", M, OCC, "2022-04", "Suva",
           [CAMPBELL, KRITENBRINK, BAINIMARAMA], ["United States"],
           "where it met Prime Minister Frank Bainimarama in Suva"),
        ev("2022-04-port-moresby-campbell-kritenbrink-marape", M, OCC, "2022-04", "Port Moresby",
           [CAMPBELL, KRITENBRINK, MARAPE], ["United States"],
           "where it held talks with Prime Minister James Marape in Port Moresby"),
        ev("2022-04-13-honiara-seselja-sogavare", M, OCC, "2022-04-13", "Honiara", [SESELJA, SOGAVARE], [],
           "flew to Honiara on April 13 and met Mr Sogavare"),
        ev("2022-04-12-manele-sherman-call", C, OCC, "2022-04-12", None, [SHERMAN, MANELE], [],
           "Wendy Sherman spoke by phone with Mr Manele about plans to reopen the American embassy"),
    ], ["'In a statement released after the talks, the White House said ...' (statement)",
        "'Mr Sogavare's office said the Prime Minister assured the visitors' (statement about the main meeting)",
        "'China's foreign ministry announced on Tuesday that the agreement had been signed, but gave no details of when or by whom' (no encounter stated)",
        "'Opposition Leader Matthew Wale said ...' (statement)",
        "Photo caption (the same 22 April meeting)",
        "RELATED: 'New Zealand's Ardern and Morrison discuss Solomons deal by phone' (furniture)"]),

    # 012. Turkish daily's English site, "Nov 15, 2022 12:40 am GMT+3" (manifest 2022-11-15, a
    # Tuesday; published just after midnight). "on Monday" -> 14 Nov (Ankara, Bali, the
    # Cavusoglu-Lavrov call); "In November last year" -> 2021-11 (Moscow talks and the Putin call:
    # two events in one sentence); "on Jan. 10" -> 2022-01-10. Names printed "Sergei Naryshkin" ->
    # Sergey Naryshkin; "William Burns". The Bali key is shared with 004.
    ("012", "2022-11-15", False, [
        ev("2022-11-14-ankara-burns-naryshkin", M, OCC, "2022-11-14", "Ankara", [BURNS, NARYSHKIN], [],
           "CIA Director William Burns met Sergei Naryshkin, the head of Russia's Foreign Intelligence Service"),
        ev(BALI_KEY, M, OCC, "2022-11-14", "Bali", [BIDEN, XI], [],
           "US President Joe Biden met Chinese President Xi Jinping on the Indonesian island of Bali"),
        ev("2021-11-02-moscow-burns-patrushev", M, OCC, "2021-11", "Moscow", [BURNS, PATRUSHEV], [],
           "where he held talks with Nikolai Patrushev, the secretary of Russia's Security Council"),
        ev("2021-11-02-burns-putin-call", C, OCC, "2021-11", None, [BURNS, PUTIN], [],
           "spoke by phone with President Vladimir Putin"),
        ev("2022-01-10-geneva-ryabkov-sherman", M, OCC, "2022-01-10", "Geneva", [SHERMAN, RYABKOV], [],
           "Deputy Secretary of State Wendy Sherman met Deputy Foreign Minister Sergei Ryabkov"),
        ev("2022-11-14-cavusoglu-lavrov-call", C, OCC, "2022-11-14", None, [CAVUSOGLU, LAVROV], [],
           "Mevlüt Çavuşoğlu spoke by phone with his Russian counterpart Sergey Lavrov on Monday"),
    ], ["'Burns was \"not conducting negotiations of any kind\"' (statement; the meeting itself is the event)",
        "'Peskov initially said he could neither confirm nor deny' (statement)",
        "'Washington said Kyiv had been briefed in advance' (no single stated encounter)",
        "'on the eve of the Group of 20 summit' (backdrop); 'Both ministers are in Indonesia this week' (travel)",
        "'Erdogan has repeatedly offered to host talks between ... Putin and ... Zelenskyy' (hypothetical)",
        "'contacts by National Security Adviser Jake Sullivan with Russian counterparts' (counted/vague)",
        "Photo caption: Burns 'testifies before the Senate Intelligence Committee' (hearing, domestic)",
        "RELATED ARTICLES: 'Erdogan, Putin discuss grain deal extension in phone call', 'Cavusoglu hosts Swedish counterpart in Ankara' (furniture)"]),

    # 013. Zambian news site, "Friday, March 31, 2023 | 17:20 CAT" (manifest 2023-03-31).
    # "this morning" -> 31 Mar; "In September 2021" -> 2021-09 (White House -> Washington); "on
    # Thursday" -> 30 Mar; "on Monday" -> 27 Mar; "In January" (past) -> 2023-01; "in June"
    # (future) -> 2023-06; "Tomorrow" -> travel only. The Paris summit is "hosted by" Macron, so he
    # is a participant of the planned event.
    ("013", "2023-03-31", False, [
        ev("2023-03-31-lusaka-harris-hichilema", M, OCC, "2023-03-31", "Lusaka", [HARRIS, HICHILEMA], [],
           "held talks with President Hakainde Hichilema at State House in Lusaka this morning"),
        ev("2021-09-22-washington-harris-hichilema", M, OCC, "2021-09", "Washington", [HICHILEMA, HARRIS], [],
           "Mr Hichilema was received at the White House, when he held talks with Ms Harris"),
        ev("2023-03-30-dar-es-salaam-hassan-harris", M, OCC, "2023-03-30", "Dar es Salaam", [HARRIS, SAMIA], [],
           "where she met Tanzanian President Samia Suluhu Hassan at State House on Thursday"),
        ev("2023-03-27-accra-akufo-addo-harris", M, OCC, "2023-03-27", "Accra", [HARRIS, AKUFO_ADDO], [],
           "where she held talks with President Nana Akufo-Addo in Accra on Monday"),
        ev("2023-01-23-lusaka-hichilema-yellen", M, OCC, "2023-01", "Lusaka", [YELLEN, HICHILEMA], [],
           "US Treasury Secretary Janet Yellen visited Lusaka and met Mr Hichilema"),
        ev("2023-06-22-paris-hichilema-macron", M, PLN, "2023-06", "Paris", [HICHILEMA, MACRON], [],
           "Mr Hichilema is expected in Paris in June for a summit on global financing"),
    ], ["'Speaking at a joint press briefing after the meeting' (press conference)",
        "'the two governments signed a memorandum of understanding' (part of the main talks)",
        "'urged creditors to conclude the restructuring talks quickly' (statement)",
        "'Ms Harris arrived in Lusaka on Thursday night' (travel)",
        "'spent time in Lusaka as a child when her grandfather worked here' (memory, no meeting)",
        "'Tomorrow Ms Harris is scheduled to visit a farm ... before flying back' (travel, no encounter)",
        "Related Stories: 'Hichilema holds talks with IMF chief Georgieva at State House', 'Creditors committee to meet in April', 'Mozambique's Nyusi receives Zambian delegation in Maputo' (furniture)"]),

    # 014. Wire copy, "22/11/2022 19:05 GMT", dateline "MOSCOW, Nov 22 (LPW)" (manifest
    # 2022-11-22, a Tuesday). "on Tuesday" -> 22 Nov; "on Saturday evening" -> 19 Nov; "since
    # October 2019" -> 2019-10; "last week" -> 14-20 Nov -> 2022-11 (key month-only: the day of
    # the Algiers talks was not checked); "later this week" (future) -> 2022-11. The statue
    # caption names nobody. The Turkey stop names no encounter.
    ("014", "2022-11-22", False, [
        ev("2022-11-22-moscow-diaz-canel-putin", M, OCC, "2022-11-22", "Moscow", [PUTIN, DIAZ_CANEL], [],
           "Vladimir Putin received his Cuban counterpart Miguel Díaz-Canel at the Kremlin on Tuesday"),
        ev("2022-11-19-moscow-diaz-canel-rudenko", M, OCC, "2022-11-19", "Moscow", [DIAZ_CANEL, RUDENKO], [],
           "was met at Vnukovo airport by Deputy Foreign Minister Andrei Rudenko"),
        ev("2019-10-29-moscow-diaz-canel-putin", M, OCC, "2019-10", "Moscow", [DIAZ_CANEL, PUTIN], [],
           "since October 2019, when he held talks with Putin in Moscow"),
        ev("2022-11-algiers-diaz-canel-tebboune", M, OCC, "2022-11", "Algiers", [DIAZ_CANEL, TEBBOUNE], [],
           "where Díaz-Canel met President Abdelmadjid Tebboune in Algiers"),
        ev("2022-11-25-beijing-diaz-canel-xi", M, PLN, "2022-11", "Beijing", [DIAZ_CANEL, XI], [],
           "due to fly to Beijing later this week for talks with Chinese President Xi Jinping"),
    ], ["'Putin said Russia and Cuba had always stood together' / 'Diaz-Canel said ...' (statements inside the talks)",
        "'Officials signed agreements on energy and transport' (part of the main talks)",
        "'Putin has not been to Cuba since 2014' (negation)",
        "'and included a stop in Turkey' (travel, no encounter)",
        "'Diaz-Canel is accompanied by Foreign Minister Bruno Rodriguez Parrilla ...' (delegation list, internal)",
        "'A U.S. State Department spokesman said ...' (statement)",
        "Caption: statue of Fidel Castro 'unveiled on Tuesday' (names nobody)",
        "Related: 'Lavrov receives Venezuelan foreign minister in Moscow', 'Nicaragua's Ortega hosts Russian security delegation' (furniture)"]),
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
