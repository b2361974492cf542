#!/usr/bin/env python3
"""Generate gold.jsonl and manifest.jsonl for the holdout30 BLIND held-out corpus.

Run:  python3 data/holdout30/build_gold.py   then   python3 data/eval/validate.py data/holdout30
This is a BLIND held-out set: the engineer working on dossier must not read this file.

Each article lists its true publication date, whether the manifest hides it, its gold events,
and (for documentation only) the traps it contains that must NOT be extracted.
Fifteen pages, each built around a real diplomatic occasion: twelve from 2018-2024 (Luanda
2022, Mexico City 2021, Jakarta 2021, Tokyo 2023, Paris 2019, Canberra 2023, New York 2023,
New Delhi 2023, Baghdad 2021, Bamako 2020, Kingston 2024, Addis Ababa 2018) and three older
ones (Annapolis 2007, Vienna 1979, Geneva 1954). Twelve pages are ordinary modern online
articles (wire copy, national papers, broadcasters' sites, a government media release); three
are unusual layouts (a live blog, a TV transcript in an archive, an OCR'd newspaper page).
Three pages have no date in the manifest (002, 006, 014); each prints its date on the page.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

# canonical names
LOURENCO, TSHISEKEDI, NDAYISHIMIYE, KENYATTA, BIRUTA, KAGAME, RUTO, TETE_ANTONIO = (
    "Joao Lourenco", "Felix Tshisekedi", "Evariste Ndayishimiye", "Uhuru Kenyatta",
    "Vincent Biruta", "Paul Kagame", "William Ruto", "Tete Antonio")
J_RODRIGUEZ, MADURO_GUERRA, BLYDE, NYLANDER, EBRARD, SOREIDE, GUAIDO = (
    "Jorge Rodriguez", "Nicolas Maduro Guerra", "Gerardo Blyde", "Dag Nylander",
    "Marcelo Ebrard", "Ine Eriksen Soreide", "Juan Guaido")
MIN_AUNG_HLAING, BOLKIAH, JOKOWI, MUHYIDDIN, LEE_HL, HUN_SEN, PHAM_MINH_CHINH, DON, RETNO, \
    WUNNA, SCHRANER = (
        "Min Aung Hlaing", "Hassanal Bolkiah", "Joko Widodo", "Muhyiddin Yassin",
        "Lee Hsien Loong", "Hun Sen", "Pham Minh Chinh", "Don Pramudwinai", "Retno Marsudi",
        "Wunna Maung Lwin", "Christine Schraner Burgener")
YOON, KISHIDA, PARK_JIN, HAYASHI, NUKAGA = (
    "Yoon Suk Yeol", "Fumio Kishida", "Park Jin", "Yoshimasa Hayashi", "Fukushiro Nukaga")
MACRON, MERKEL, PUTIN, ZELENSKYY, LAVROV, PRYSTAIKO = (
    "Emmanuel Macron", "Angela Merkel", "Vladimir Putin", "Volodymyr Zelenskyy",
    "Sergey Lavrov", "Vadym Prystaiko")
MARAPE, ALBANESE, WONG, MARLES, DAKI, BLINKEN, PALASZCZUK, TKATCHENKO = (
    "James Marape", "Anthony Albanese", "Penny Wong", "Richard Marles", "Win Bakri Daki",
    "Antony Blinken", "Annastacia Palaszczuk", "Justin Tkatchenko")
TOKAYEV, JAPAROV, RAHMON, BERDIMUHAMEDOV, MIRZIYOYEV, BIDEN, GUTERRES, SCHOLZ = (
    "Kassym-Jomart Tokayev", "Sadyr Japarov", "Emomali Rahmon", "Serdar Berdimuhamedov",
    "Shavkat Mirziyoyev", "Joe Biden", "Antonio Guterres", "Olaf Scholz")
MODI, WICKREMESINGHE, MURMU, JAISHANKAR, DOVAL, SABRY, KWATRA = (
    "Narendra Modi", "Ranil Wickremesinghe", "Droupadi Murmu", "Subrahmanyam Jaishankar",
    "Ajit Doval", "Ali Sabry", "Vinay Kwatra")
KADHIMI, SISI, ABDULLAH_II, TAMIM, MBR, FAISAL_BIN_FARHAN, AMIR_ABDOLLAHIAN, CAVUSOGLU, SALIH, \
    N_BARZANI, RAISI, ASSAD = (
        "Mustafa al-Kadhimi", "Abdel Fattah el-Sisi", "Abdullah II", "Tamim bin Hamad Al Thani",
        "Mohammed bin Rashid Al Maktoum", "Faisal bin Farhan", "Hossein Amir-Abdollahian",
        "Mevlut Cavusoglu", "Barham Salih", "Nechirvan Barzani", "Ebrahim Raisi",
        "Bashar al-Assad")
JONATHAN, GOITA, KEITA, ISSOUFOU, BUHARI, SALL, OUATTARA, AKUFO_ADDO, DICKO = (
    "Goodluck Jonathan", "Assimi Goita", "Ibrahim Boubacar Keita", "Mahamadou Issoufou",
    "Muhammadu Buhari", "Macky Sall", "Alassane Ouattara", "Nana Akufo-Addo", "Mahmoud Dicko")
ALI, HOLNESS, MOTTLEY, HENRY, JOHNSON_SMITH = (
    "Irfaan Ali", "Andrew Holness", "Mia Mottley", "Ariel Henry", "Kamina Johnson Smith")
KIIR, MACHAR, ABIY, BASHIR, MUSEVENI = (
    "Salva Kiir", "Riek Machar", "Abiy Ahmed", "Omar al-Bashir", "Yoweri Museveni")
OLMERT, ABBAS, BUSH, RICE, SAUD_AL_FAISAL, MEKDAD, KING_ABDULLAH, LIVNI, QUREI = (
    "Ehud Olmert", "Mahmoud Abbas", "George W. Bush", "Condoleezza Rice", "Saud al-Faisal",
    "Faisal Mekdad", "Abdullah bin Abdulaziz", "Tzipi Livni", "Ahmed Qurei")
CARTER, BREZHNEV, VANCE, GROMYKO, KIRCHSCHLAEGER, SCHMIDT, FORD = (
    "Jimmy Carter", "Leonid Brezhnev", "Cyrus Vance", "Andrei Gromyko", "Rudolf Kirchschlaeger",
    "Helmut Schmidt", "Gerald Ford")
DELTEIL, TA_QUANG_BUU, MENDES_FRANCE, EDEN, MOLOTOV, ZHOU, PHAM_VAN_DONG, DULLES, \
    BEDELL_SMITH, HO_CHI_MINH = (
        "Henri Delteil", "Ta Quang Buu", "Pierre Mendes France", "Anthony Eden",
        "Vyacheslav Molotov", "Zhou Enlai", "Pham Van Dong", "John Foster Dulles",
        "Walter Bedell Smith", "Ho Chi Minh")

DRC = "Democratic Republic of the Congo"
CNSP = "National Committee for the Salvation of the People"


def ev(key, kind, status, date, location, participants, groups, evidence, date_end=None):
    e = {"key": key, "kind": kind, "status": status, "date": date}
    if date_end:
        e["date_end"] = date_end
    e.update({"location": location, "participants": participants, "groups": groups,
              "evidence": evidence})
    return e


M, C, OCC, PLN = "meeting", "call", "occurred", "planned"

ARTICLES = [
    # 000. Wire copy, "November 23, 2022 8:14 PM GMT+1", dateline "LUANDA, Nov 23 (CWN)"
    # (manifest 2022-11-23, a Wednesday). "on Wednesday" = 23 Nov; "on July 6" -> 2022;
    # "on Tuesday evening", "on Tuesday" -> 22 Nov; "last week" -> 14-20 Nov -> 2022-11 (the
    # author keys Kenyatta's Kinshasa talks month only); "on Monday" (future) -> 28 Nov;
    # "on Thursday" (future) -> 24 Nov; "on Saturday" (future) -> 26 Nov. Places: the dateline
    # and "the Angolan capital" -> Luanda; Kigali, Kinshasa, Nairobi, Bujumbura as named. Biruta
    # "sat in for" Kagame, so Biruta is a participant and Kagame is not. The Nairobi dialogue has
    # Kenyatta (who opens it) and two unnamed sides -> groups. The EAC defence chiefs are unnamed
    # -> groups only.
    ("000", "2022-11-23", False, [
        ev("2022-11-23-luanda-biruta-kenyatta-lourenco-ndayishimiye-tshisekedi", M, OCC,
           "2022-11-23", "Luanda", [LOURENCO, TSHISEKEDI, NDAYISHIMIYE, KENYATTA, BIRUTA], [],
           "Angolan President Joao Lourenco, the African Union's mediator, hosted the closed-door talks with"),
        ev("2022-07-06-luanda-kagame-lourenco-tshisekedi", M, OCC, "2022-07-06", "Luanda",
           [LOURENCO, TSHISEKEDI, KAGAME], [],
           "when Lourenco brought Tshisekedi and Kagame together in Luanda for the first time"),
        ev("2022-11-22-kagame-lourenco-call", C, OCC, "2022-11-22", None, [LOURENCO, KAGAME], [],
           "Lourenco spoke by phone with Kagame on Tuesday evening"),
        ev("2022-11-22-ndayishimiye-ruto-call", C, OCC, "2022-11-22", None, [NDAYISHIMIYE, RUTO], [],
           "spoke with Kenyan President William Ruto by phone on Tuesday before flying to Luanda"),
        ev("2022-11-kinshasa-kenyatta-tshisekedi", M, OCC, "2022-11", "Kinshasa",
           [KENYATTA, TSHISEKEDI], [],
           "Kenyatta, who travelled to Kinshasa last week for talks with Tshisekedi"),
        ev("2022-11-28-nairobi-kenyatta", M, PLN, "2022-11-28", "Nairobi", [KENYATTA],
           [DRC, "Congolese armed groups"],
           "due to open a third round of the Nairobi dialogue between Congolese officials"),
        ev("2022-11-24-kigali-kagame-tete-antonio", M, PLN, "2022-11-24", "Kigali",
           [TETE_ANTONIO, KAGAME], [],
           "Tete Antonio will fly to Kigali on Thursday to brief Kagame on the outcome"),
        ev("2022-11-26-bujumbura-east-african-community", M, PLN, "2022-11-26", "Bujumbura", [],
           ["East African Community"],
           "EAC defence chiefs are scheduled to meet in Bujumbura on Saturday"),
    ], ["'Rwanda's Paul Kagame, who had been expected, did not come' (negation)",
        "'M23 was not represented' (negation)",
        "'then toured displacement camps near Goma' (visit without a stated encounter)",
        "'Tshisekedi has ruled out direct talks with the rebels' (ruled out)",
        "'such a meeting \"could happen if Rwanda withdraws its soldiers\"' (hypothetical)",
        "'he told state television' (interview)",
        "'That truce never took hold' (not a meeting)",
        "'Rwanda denies supporting M23' (statement)",
        "Related coverage: 'Blinken urges Kagame and Tshisekedi to talk', 'EAC leaders to meet in Arusha on regional force' (furniture)",
        "Most read: 'Kenya's Ruto meets IMF team on budget gaps' (furniture)"]),

    # 001. Mexican national paper, English edition, "Published: Aug 14, 2021, 06:30 CDT"
    # (manifest 2021-08-14, a Saturday). "on Friday night" -> 13 Aug; "on Thursday" -> 12 Aug;
    # "on Wednesday" -> 11 Aug; "from Sept. 3 to 6" -> 2021-09-03..06; "in July 2019";
    # "on Friday afternoon" -> 13 Aug; "next week" -> 16-22 Aug -> 2021-08. Places: the
    # National Museum of Anthropology and the Foreign Ministry under a MEXICO CITY dateline ->
    # Mexico City; "in Barbados" (country only). The signing: both delegations (government and
    # Unitary Platform) are sides with unnamed members -> groups; Maduro Guerra is named as a
    # member; Nylander "sat between them"; Ebrard "welcomed both sides". "received Rodriguez and
    # Blyde separately" -> two events. The Barbados round names no one -> groups. Blyde's
    # Washington meetings are "at the State Department" -> group United States. Names: Rodriguez
    # and Soreide lose their diacritics; "Guaido" likewise.
    ("001", "2021-08-14", False, [
        ev("2021-08-13-mexico-city-blyde-ebrard-maduro-guerra-nylander-rodriguez", M, OCC,
           "2021-08-13", "Mexico City", [J_RODRIGUEZ, MADURO_GUERRA, BLYDE, NYLANDER, EBRARD],
           ["Venezuela", "Unitary Platform"],
           "signed a memorandum of understanding on Friday night at the National Museum of Anthropology"),
        ev("2021-08-12-mexico-city-ebrard-rodriguez", M, OCC, "2021-08-12", "Mexico City",
           [EBRARD, J_RODRIGUEZ], [],
           "Ebrard had received Rodríguez and Blyde separately at the Foreign Ministry on Thursday"),
        ev("2021-08-12-mexico-city-blyde-ebrard", M, OCC, "2021-08-12", "Mexico City",
           [EBRARD, BLYDE], [],
           "Ebrard had received Rodríguez and Blyde separately at the Foreign Ministry on Thursday"),
        ev("2021-08-11-ebrard-eriksen-soreide-call", C, OCC, "2021-08-11", None, [SOREIDE, EBRARD], [],
           "went over the last details with Ebrard in a phone call on Wednesday"),
        ev("2021-09-03-mexico-city-unitary-platform-venezuela", M, PLN, "2021-09-03", "Mexico City",
           [], ["Venezuela", "Unitary Platform"],
           "the two delegations will sit down again in Mexico City from Sept. 3 to 6",
           date_end="2021-09-06"),
        ev("2019-07-barbados-venezuela-venezuelan-opposition", M, OCC, "2019-07", "Barbados", [],
           ["Venezuela", "Venezuelan opposition"],
           "a round held in Barbados in July 2019 under Norwegian auspices"),
        ev("2021-08-13-blyde-guaido-call", C, OCC, "2021-08-13", None, [GUAIDO, BLYDE], [],
           "said he had spoken with Blyde by phone on Friday afternoon"),
        ev("2021-08-washington-blyde", M, PLN, "2021-08", "Washington", [BLYDE], ["United States"],
           "Blyde is expected in Washington next week for meetings at the State Department"),
    ], ["'President Andres Manuel Lopez Obrador, who did not attend the ceremony' (negation)",
        "'told his morning news conference' (press conference)",
        "'No date has been set for an eventual signing of a final accord' (no occasion)",
        "'Maduro pulled his negotiators out' (not a meeting)",
        "'sanctions \"could be reviewed\" if the government takes meaningful steps' (hypothetical)",
        "Read more: 'Guaido to meet Duque in Bogota next week', 'Ebrard to meet Blinken in Washington' (furniture)"]),

    # 002. Indonesian broadcaster's English site; manifest null; the page prints "Updated
    # 24/04/2021, 20:15 WIB" (a Saturday). "on Saturday" -> 24 Apr; "on Feb 5", "on Feb 24" ->
    # 2021; "in March" -> 2021-03; "On Friday evening" -> 23 Apr; "on Tuesday" (future) -> 27
    # Apr; "on Sunday" (future) -> 25 Apr. Places: "the ASEAN Secretariat in Jakarta";
    # "Jakarta"; "in Bangkok"; the working dinner and Schraner Burgener's talks are in Jakarta
    # by the dateline ("flew in for the meeting"). The summit is an ASEAN gathering (group) with
    # the leaders the text places there, plus Don for Thailand. "Jokowi" = Joko Widodo; "Don" =
    # Don Pramudwinai; "Retno" = Retno Marsudi; "the sultan" = Hassanal Bolkiah. The working
    # dinner and the planned video conference: Retno and her unnamed counterparts (group ASEAN).
    ("002", "2021-04-24", True, [
        ev("2021-04-24-jakarta-asean", M, OCC, "2021-04-24", "Jakarta",
           [MIN_AUNG_HLAING, BOLKIAH, JOKOWI, MUHYIDDIN, LEE_HL, HUN_SEN, PHAM_MINH_CHINH, DON],
           ["ASEAN"],
           "leaders met Myanmar's military chief Min Aung Hlaing at the ASEAN Secretariat in Jakarta"),
        ev("2021-02-05-jakarta-muhyiddin-widodo", M, OCC, "2021-02-05", "Jakarta",
           [MUHYIDDIN, JOKOWI], [],
           "when Muhyiddin flew to Jakarta for talks with Jokowi on Feb 5"),
        ev("2021-03-hassanal-bolkiah-widodo-call", C, OCC, "2021-03", None, [JOKOWI, BOLKIAH], [],
           "Jokowi first discussed it with the sultan in a phone call in March"),
        ev("2021-02-24-bangkok-marsudi-pramudwinai-wunna-maung-lwin", M, OCC, "2021-02-24", "Bangkok",
           [RETNO, WUNNA, DON], [],
           "on Feb 24 she met the junta-appointed foreign minister, Wunna Maung Lwin, in Bangkok"),
        ev("2021-04-23-jakarta-asean-marsudi", M, OCC, "2021-04-23", "Jakarta", [RETNO], ["ASEAN"],
           "On Friday evening Retno hosted her ASEAN counterparts at a working dinner"),
        ev("2021-04-27-asean-marsudi-call", C, PLN, "2021-04-27", None, [RETNO], ["ASEAN"],
           "They will meet again by video conference on Tuesday"),
        ev("2021-04-25-jakarta-marsudi-schraner-burgener", M, PLN, "2021-04-25", "Jakarta",
           [SCHRANER, RETNO], [],
           "is due to hold talks with Retno on Sunday, according to the foreign ministry"),
    ], ["'a special envoy of the ASEAN chair, who \"shall visit Myanmar\". No timetable was given' (no occasion)",
        "'Lee told reporters afterwards' (press remarks)",
        "'Min Aung Hlaing did not speak to the press' (negation)",
        "'Retno Marsudi then shuttled around the region' (vague travel)",
        "'She was not in the room on Saturday' (negation: Schraner Burgener is not at the summit)",
        "'National Unity Government ... was not invited' (negation)",
        "'Search continues for missing submarine' (breaking-news bar, furniture)",
        "Related stories: 'Hun Sen meets Jokowi at Bogor Palace ahead of summit', 'ASEAN ministers to meet Wang Yi in Chongqing' (furniture)",
        "Trending now: 'Nanggala: Navy chief briefs families' (furniture)"]),

    # 003. Korean broadcaster's English site, "Posted : 2023-03-16 22:40 KST" (manifest
    # 2023-03-16, a Thursday), Tokyo correspondent. "on Thursday" -> 16 Mar; "on March 6";
    # "that evening" -> 6 Mar; "on Feb 18" -> 2023; "in November" (past) -> 2022-11; "two months
    # after" -> 2022-09; "On Friday" (future) -> 17 Mar. Places: "the Prime Minister's Office in
    # Tokyo"; "Munich Security Conference" -> Munich; "in Phnom Penh"; "in New York"; Friday's
    # luncheon and "his hotel" are in Tokyo (dateline, "before flying home"). The Ginza dinner
    # is part of the summit (same evening, same two men). The Keidanren luncheon: Yoon and
    # unnamed business leaders -> group. "Kishida Fumio" (family-first) -> Fumio Kishida.
    ("003", "2023-03-16", False, [
        ev("2023-03-16-tokyo-kishida-yoon", M, OCC, "2023-03-16", "Tokyo", [YOON, KISHIDA], [],
           "Japanese Prime Minister Fumio Kishida held talks at the Prime Minister's Office in Tokyo"),
        ev("2023-03-06-hayashi-park-call", C, OCC, "2023-03-06", None, [PARK_JIN, HAYASHI], [],
           "Foreign Minister Park Jin spoke by phone with his Japanese counterpart Yoshimasa Hayashi that evening"),
        ev("2023-02-18-munich-hayashi-park", M, OCC, "2023-02-18", "Munich", [PARK_JIN, HAYASHI], [],
           "when they met on the sidelines of the Munich Security Conference on Feb 18"),
        ev("2022-11-13-phnom-penh-kishida-yoon", M, OCC, "2022-11", "Phnom Penh", [YOON, KISHIDA], [],
           "Yoon and Kishida last met in November in Phnom Penh"),
        ev("2022-09-21-new-york-kishida-yoon", M, OCC, "2022-09", "New York", [YOON, KISHIDA], [],
           "two months after a 30-minute encounter in New York that Seoul called a summit"),
        ev("2023-03-17-tokyo-keidanren-yoon", M, PLN, "2023-03-17", "Tokyo", [YOON], ["Keidanren"],
           "Yoon is scheduled to attend a luncheon with Japanese business leaders hosted by the Keidanren"),
        ev("2023-03-17-tokyo-nukaga-yoon", M, PLN, "2023-03-17", "Tokyo", [YOON, NUKAGA], [],
           "to receive Fukushiro Nukaga, chairman of the Japan-Korea Parliamentarians' Union, at his hotel"),
    ], ["'The two leaders then held a joint news conference' (press conference)",
        "'before Kishida took his guest out for sukiyaki and omurice' (dinner inside the summit, not separate)",
        "'He will also give a lecture to students at Keio University' (lecture)",
        "'Kishida is considering inviting Yoon to the G7 summit in Hiroshima' (unconfirmed invitation)",
        "'Yoon presided over a meeting of the National Security Council' (internal)",
        "'Opposition lawmakers staged a protest' (not a meeting)",
        "'an agreement to resume reciprocal visits' (vague)",
        "Latest news: 'Yoon to meet Biden in Washington in April', 'Park Jin, Blinken discuss NK missile launch by phone' (furniture)"]),

    # 004. Live blog, "Monday 9 December 2019", entries with clock times only, newest first
    # (manifest 2019-12-09). All of the summit-day entries are 9 Dec; "on July 11" and "on
    # August 19" -> 2019; "next week" -> 16-22 Dec -> 2019-12 (keyed month only). Places: the
    # Elysee and the Salon Murat -> Paris; "the Fort de Bregancon in Bormes-les-Mimosas";
    # "in Minsk". Putin-Zelenskyy: announced at 21:10, finished at 22:41 -> occurred, listed once,
    # with Lavrov ("Sergei" -> Sergey) and Prystaiko, who "joined them". "separate bilateral
    # meetings with Merkel and then with Macron" -> two events. The Trilateral Contact Group is
    # given as its three sides -> groups.
    ("004", "2019-12-09", False, [
        ev("2019-12-09-paris-macron-merkel-putin-zelenskyy", M, OCC, "2019-12-09", "Paris",
           [MACRON, MERKEL, PUTIN, ZELENSKYY], [],
           "The Normandy-format talks between Macron, Merkel, Putin and Zelenskyy in the Salon Murat have ended"),
        ev("2019-12-09-paris-putin-zelenskyy", M, OCC, "2019-12-09", "Paris",
           [PUTIN, ZELENSKYY, LAVROV, PRYSTAIKO], [],
           "Putin and Zelenskyy have finished their first face-to-face meeting"),
        ev("2019-12-09-paris-merkel-putin", M, OCC, "2019-12-09", "Paris", [PUTIN, MERKEL], [],
           "Putin held separate bilateral meetings with Merkel and then with Macron"),
        ev("2019-12-09-paris-macron-putin", M, OCC, "2019-12-09", "Paris", [PUTIN, MACRON], [],
           "Putin held separate bilateral meetings with Merkel and then with Macron"),
        ev("2019-12-09-paris-macron-merkel-zelenskyy", M, OCC, "2019-12-09", "Paris",
           [ZELENSKYY, MACRON, MERKEL], [],
           "Zelenskyy was received at the Elysee by Macron and Merkel for a preparatory meeting"),
        ev("2019-07-11-putin-zelenskyy-call", C, OCC, "2019-07-11", None, [PUTIN, ZELENSKYY], [],
           "starting with a call on July 11"),
        ev("2019-08-19-bormes-les-mimosas-macron-putin", M, OCC, "2019-08-19", "Bormes-les-Mimosas",
           [MACRON, PUTIN], [],
           "hosted Putin at his summer residence, the Fort de Bregancon in Bormes-les-Mimosas, on August 19"),
        ev("2019-12-minsk-osce-russia-ukraine", M, PLN, "2019-12", "Minsk", [],
           ["Ukraine", "Russia", "OSCE"],
           "Trilateral Contact Group, with Ukraine, Russia and the OSCE, will meet in Minsk next week"),
    ], ["'taking questions at a joint news conference' (press conference)",
        "'The four leaders are now at dinner' (inside the summit)",
        "'A Kremlin aide says the Putin-Zelenskyy bilateral will go ahead' (the same event, listed once as occurred)",
        "'He arrived in Paris at lunchtime; Putin landed at Orly' (travel)",
        "'This is the first Normandy summit in three years' (vague)",
        "'have spoken by phone four times since the Ukrainian took office' (counted)",
        "'Zelenskyy told reporters in Kyiv on Sunday' (press remarks)",
        "'ready to meet Putin again \"in the spring\" if the ceasefire holds' (hypothetical)",
        "Read more: 'Merkel and Macron to hold talks in Toulouse' (furniture)"]),

    # 005. PNG Prime Minister's media release, "Thursday 7th December 2023", dateline CANBERRA
    # (manifest 2023-12-07). "today" -> 7 Dec; "on Wednesday", "in the evening" -> 6 Dec; "in
    # January" (past) -> 2023-01; "on 22 May" -> 2023; "on 28 November" -> 2023; "On Friday" ->
    # 8 Dec; "in February" (future) -> 2024-02. Places: Parliament House and "in Canberra" ->
    # Canberra; Port Moresby; Brisbane. "the Prime Minister" = Marape (the release's own PM).
    # Marles's discussions and Wong's dinner are two events (different encounters). The 22 May
    # signing names Daki and Blinken "in the presence of PM Marape".
    ("005", "2023-12-07", False, [
        ev("2023-12-07-canberra-albanese-marape", M, OCC, "2023-12-07", "Canberra",
           [MARAPE, ALBANESE], [],
           "today signed the Agreement on a Framework for Closer Security Relations at Parliament House"),
        ev("2023-12-06-canberra-marape-marles", M, OCC, "2023-12-06", "Canberra", [MARAPE, MARLES], [],
           "the Prime Minister held discussions with Deputy Prime Minister and Minister for Defence"),
        ev("2023-12-06-canberra-marape-wong", M, OCC, "2023-12-06", "Canberra", [MARAPE, WONG], [],
           "in the evening he was hosted at dinner by Australia's Minister for Foreign Affairs"),
        ev("2023-01-12-port-moresby-albanese-marape", M, OCC, "2023-01", "Port Moresby",
           [ALBANESE, MARAPE], [],
           "his visit to Port Moresby in January, when the two leaders held talks"),
        ev("2023-05-22-port-moresby-blinken-daki-marape", M, OCC, "2023-05-22", "Port Moresby",
           [DAKI, BLINKEN, MARAPE], [],
           "signed in Port Moresby on 22 May by Defence Minister Hon. Win Bakri Daki"),
        ev("2023-11-28-albanese-marape-call", C, OCC, "2023-11-28", None, [MARAPE, ALBANESE], [],
           "The two Prime Ministers spoke by telephone on 28 November to finalise the text"),
        ev("2023-12-08-brisbane-marape-palaszczuk", M, PLN, "2023-12-08", "Brisbane",
           [MARAPE, PALASZCZUK], [],
           "he is scheduled to meet the Premier of Queensland, Hon. Annastacia Palaszczuk MP"),
        ev("2024-02-port-moresby-tkatchenko-wong", M, PLN, "2024-02", "Port Moresby",
           [TKATCHENKO, WONG], [],
           "Justin Tkatchenko will host Senator Wong in Port Moresby in February"),
    ], ["'PM Albanese became the first foreign leader to address the National Parliament' (address)",
        "'which the National Executive Council endorsed on Monday' (internal cabinet)",
        "'PM Marape told a joint press conference' (press conference)",
        "'has no plans to sign a similar arrangement with any other country' (negation)",
        "'has invited PM Marape to address a joint sitting of the Australian Parliament' (address, not a meeting)",
        "'The signing, first planned for June, was deferred' (postponed)",
        "Related Media Releases: 'PM Marape meets Chinese Ambassador on fisheries' (furniture)"]),

    # 006. Kazakh news site; manifest null; the page prints "20.09.2023 | 09:40" (a Wednesday),
    # dateline NEW YORK. "on Tuesday" -> 19 Sep; "on 28 February" -> 2023; "five days before"
    # the summit -> 14 Sep; "on Sunday"/"on Monday"/"on Saturday" (past) -> 17/18/16 Sep; "on 29
    # September" (future); "in October" (future) -> 2023-10. Places: New York; "in Astana", "the
    # Akorda" -> Astana; Dushanbe; Berlin; Almaty. "Sadyr Zhaparov" -> Sadyr Japarov; "Serdar
    # Berdimuhamedow" -> Serdar Berdimuhamedov. The Dushanbe meeting and the Berlin summit: "the
    # five Central Asian presidents" / "the five presidents" are the five named above.
    ("006", "2023-09-20", True, [
        ev("2023-09-19-new-york-c5-plus-1", M, OCC, "2023-09-19", "New York",
           [TOKAYEV, JAPAROV, RAHMON, BERDIMUHAMEDOV, MIRZIYOYEV, BIDEN], ["C5+1"],
           "Serdar Berdimuhamedow of Turkmenistan and Shavkat Mirziyoyev of Uzbekistan sat with Tokayev and Biden"),
        ev("2023-02-28-astana-c5-plus-1", M, OCC, "2023-02-28", "Astana", [BLINKEN], ["C5+1"],
           "last gathered in Astana on 28 February with Secretary of State Antony Blinken"),
        ev("2023-02-28-astana-blinken-tokayev", M, OCC, "2023-02-28", "Astana", [BLINKEN, TOKAYEV], [],
           "who also held talks with Tokayev at the Akorda the same day"),
        ev("2023-09-14-dushanbe-berdimuhamedov-japarov-mirziyoyev-rahmon-tokayev", M, OCC,
           "2023-09-14", "Dushanbe", [RAHMON, TOKAYEV, JAPAROV, BERDIMUHAMEDOV, MIRZIYOYEV], [],
           "the five Central Asian presidents met on their own in Dushanbe"),
        ev("2023-09-18-new-york-guterres-tokayev", M, OCC, "2023-09-18", "New York",
           [TOKAYEV, GUTERRES], [],
           "also met UN Secretary-General António Guterres on Monday"),
        ev("2023-09-16-mirziyoyev-tokayev-call", C, OCC, "2023-09-16", None, [TOKAYEV, MIRZIYOYEV], [],
           "He and Mirziyoyev had compared notes by phone on Saturday before their departure"),
        ev("2023-09-29-berlin-germany-central-asia", M, PLN, "2023-09-29", "Berlin",
           [TOKAYEV, JAPAROV, RAHMON, BERDIMUHAMEDOV, MIRZIYOYEV, SCHOLZ], [],
           "the five presidents are due in Berlin on 29 September for a first summit with"),
        ev("2023-10-almaty-c5-plus-1", M, PLN, "2023-10", "Almaty", [], ["C5+1"],
           "C5+1 ministers will meet in Almaty in October to discuss regional connectivity"),
    ], ["'The presidents adopted a joint declaration' (document)",
        "'had never before met at the top level, and no US president has visited the region' (negation)",
        "'Biden said a trip \"could be on the table\" at some point' (hypothetical)",
        "'Tokayev addressed the General Assembly' (speech)",
        "'Tokayev and President Putin \"maintain regular contacts\"' (vague)",
        "'Tokayev, who arrived in New York on Sunday' (travel)",
        "Read also: 'Tokayev, Mirziyoyev open border trade centre', 'Japarov to visit Astana in November' (furniture)"]),

    # 007. Indian national daily, "Updated: July 21, 2023 22:25 IST", NEW DELHI (manifest
    # 2023-07-21, a Friday). "on Friday" -> 21 Jul; "on Thursday evening" -> 20 Jul; "on Friday
    # morning" -> 21 Jul; "in January" (past) -> 2023-01; "on Tuesday" -> 18 Jul; "next month",
    # "in the same month" -> 2023-08. Places: Hyderabad House, Rashtrapati Bhavan, "his hotel"
    # -> New Delhi; Colombo. "S. Jaishankar" -> Subrahmanyam Jaishankar; "the visiting leader",
    # "him" = Wickremesinghe. Kwatra's talks are "with Sri Lankan officials" -> group.
    ("007", "2023-07-21", False, [
        ev("2023-07-21-new-delhi-modi-wickremesinghe", M, OCC, "2023-07-21", "New Delhi",
           [MODI, WICKREMESINGHE], [],
           "adopted a joint vision for economic partnership after talks at Hyderabad House"),
        ev("2023-07-21-new-delhi-murmu-wickremesinghe", M, OCC, "2023-07-21", "New Delhi",
           [WICKREMESINGHE, MURMU], [],
           "later called on President Droupadi Murmu at Rashtrapati Bhavan"),
        ev("2023-07-20-new-delhi-jaishankar-wickremesinghe", M, OCC, "2023-07-20", "New Delhi",
           [JAISHANKAR, WICKREMESINGHE], [],
           "Jaishankar had called on the visiting leader at his hotel on Thursday evening"),
        ev("2023-07-21-new-delhi-doval-wickremesinghe", M, OCC, "2023-07-21", "New Delhi",
           [DOVAL, WICKREMESINGHE], [],
           "National Security Adviser Ajit Doval met him on Friday morning"),
        ev("2023-01-20-colombo-jaishankar-wickremesinghe", M, OCC, "2023-01", "Colombo",
           [JAISHANKAR, WICKREMESINGHE], [],
           "Mr. Jaishankar last saw Mr. Wickremesinghe in Colombo in January"),
        ev("2023-07-18-jaishankar-sabry-call", C, OCC, "2023-07-18", None, [SABRY, JAISHANKAR], [],
           "he had spoken with Mr. Jaishankar by phone on Tuesday"),
        ev("2023-08-new-delhi-jaishankar-sabry", M, PLN, "2023-08", "New Delhi", [SABRY, JAISHANKAR], [],
           "Sabry will return to New Delhi next month for the Joint Commission with Mr. Jaishankar"),
        ev("2023-08-colombo-kwatra", M, PLN, "2023-08", "Colombo", [KWATRA], ["Sri Lanka"],
           "Foreign Secretary Vinay Kwatra is due in Colombo in the same month for talks"),
    ], ["'They then made statements to the media; no questions were taken' (press statements)",
        "'before emplaning for Colombo' (travel)",
        "'Tamil parties ... had written to Mr. Modi' (letter)",
        "'invited the President to visit again \"at a mutually convenient time\"' (vague invitation)",
        "'would seek a parliamentary debate' (domestic)",
        "'told The Deccan Observer' (interview; the call it reports is gold)",
        "ALSO READ: 'Modi to meet Mauritius PM Jugnauth on Monday' (furniture)"]),

    # 008. Gulf news site, "Last updated: 28 Aug 2021, 21:05 GST" (manifest 2021-08-28, a
    # Saturday), Baghdad bureau. "on Saturday" -> 28 Aug; "in June" (past) -> 2021-06; "late on
    # Friday" (arrival) and "before the conference opened" -> the talks are 28 Aug; "on Sunday"
    # (future) -> 29 Aug; "on Friday" -> 27 Aug. Places: Baghdad; Erbil; Damascus. The
    # conference lists everyone the text places there. "talks with al-Kadhimi and, separately,
    # with President Barham Salih" -> two events. "Amirabdollahian" -> Hossein Amir-Abdollahian;
    # "King Abdullah" -> Abdullah II.
    ("008", "2021-08-28", False, [
        ev("2021-08-28-baghdad-conference-cooperation-partnership", M, OCC, "2021-08-28", "Baghdad",
           [KADHIMI, SISI, ABDULLAH_II, TAMIM, MACRON, MBR, FAISAL_BIN_FARHAN, AMIR_ABDOLLAHIAN,
            CAVUSOGLU], [],
           "al-Kadhimi hosted leaders and ministers from Iraq's neighbours and France in Baghdad on Saturday"),
        ev("2021-08-28-baghdad-al-thani-el-sisi", M, OCC, "2021-08-28", "Baghdad", [SISI, TAMIM], [],
           "On the sidelines, el-Sisi held talks with Sheikh Tamim"),
        ev("2021-06-27-baghdad-abdullah-ii-al-kadhimi-el-sisi", M, OCC, "2021-06", "Baghdad",
           [KADHIMI, SISI, ABDULLAH_II], [],
           "Al-Kadhimi, el-Sisi and King Abdullah had met in Baghdad in June for a three-way summit"),
        ev("2021-08-28-baghdad-al-kadhimi-macron", M, OCC, "2021-08-28", "Baghdad", [MACRON, KADHIMI], [],
           "held talks with al-Kadhimi and, separately, with President Barham Salih"),
        ev("2021-08-28-baghdad-macron-salih", M, OCC, "2021-08-28", "Baghdad", [MACRON, SALIH], [],
           "held talks with al-Kadhimi and, separately, with President Barham Salih"),
        ev("2021-08-29-erbil-barzani-macron", M, PLN, "2021-08-29", "Erbil", [MACRON, N_BARZANI], [],
           "He is due in Erbil on Sunday to meet Kurdistan Region President Nechirvan Barzani"),
        ev("2021-08-27-al-kadhimi-raisi-call", C, OCC, "2021-08-27", None, [RAISI, KADHIMI], [],
           "spoke by phone with al-Kadhimi on Friday, Raisi's office said"),
        ev("2021-08-29-damascus-al-assad-amir-abdollahian", M, PLN, "2021-08-29", "Damascus",
           [AMIR_ABDOLLAHIAN, ASSAD], [],
           "Amirabdollahian will travel on to Damascus on Sunday for talks with President Bashar al-Assad"),
    ], ["'The Saudi and Iranian ministers did not hold a separate meeting' (negation)",
        "'Riyadh and Tehran have held several rounds of talks in Iraq since April' (counted)",
        "'after a stop in Mosul, where he will visit a church' (visit without an encounter)",
        "'Macron, who landed late on Friday' (travel)",
        "'Syria was not invited to the conference' (negation)",
        "'told a closing news conference' (press conference)",
        "'\"could host a second round next year if our friends agree\"' (hypothetical)",
        "Related: 'Kadhimi meets Biden at White House, US to end combat mission' (furniture)"]),

    # 009. Wire-service portal, "Source: WANA | 2020-08-23 21:10:45", dateline "BAMAKO, Aug. 23"
    # (manifest 2020-08-23, a Sunday). "on Sunday" -> 23 Aug; "on Saturday afternoon", "that
    # evening" -> 22 Aug; the Kati visit follows ("then") -> 22 Aug; "later on Sunday" -> 23 Aug
    # (planned: the page is stamped 21:10 but the text still presents it as scheduled); "on
    # Friday" (future) -> 28 Aug; "on Thursday" -> 20 Aug; "on Wednesday" -> 19 Aug; "On July 23"
    # -> 2020. Places: the Ministry of Defence under the BAMAKO dateline -> Bamako; "the garrison
    # town of Kati" -> Kati. "The delegation" / "the envoys" is the ECOWAS delegation led by
    # Jonathan: Jonathan plus group ECOWAS. Sunday's session is "with the CNSP" / "the military
    # officers" (unnamed) -> group. Video summits and the video conference are calls. "meet Keita
    # and, separately, leaders of the M5-RFP" -> two events; Dicko is named among the M5 leaders.
    ("009", "2020-08-23", False, [
        ev("2020-08-22-bamako-goita-jonathan", M, OCC, "2020-08-22", "Bamako", [JONATHAN, GOITA],
           ["ECOWAS"],
           "held a first session that evening with Colonel Assimi Goita"),
        ev("2020-08-22-kati-jonathan-keita", M, OCC, "2020-08-22", "Kati", [JONATHAN, KEITA], ["ECOWAS"],
           "where they saw Ibrahim Boubacar Keita, held there since Tuesday"),
        ev("2020-08-23-bamako-jonathan", M, OCC, "2020-08-23", "Bamako", [JONATHAN], ["ECOWAS", CNSP],
           "resumed talks on Sunday with the military officers who seized power in Mali last week"),
        ev("2020-08-23-bamako-jonathan-un-security-council", M, PLN, "2020-08-23", "Bamako", [JONATHAN],
           ["ECOWAS", "UN Security Council"],
           "scheduled to meet ambassadors of UN Security Council member states later on Sunday"),
        ev("2020-08-28-ecowas-call", C, PLN, "2020-08-28", None, [], ["ECOWAS"],
           "will report to ECOWAS heads of state, who will hold a video summit on Friday"),
        ev("2020-08-20-ecowas-issoufou-call", C, OCC, "2020-08-20", None, [ISSOUFOU], ["ECOWAS"],
           "At an emergency video conference chaired by Niger's President Mahamadou Issoufou on Thursday"),
        ev("2020-08-19-issoufou-macron-call", C, OCC, "2020-08-19", None, [MACRON, ISSOUFOU], [],
           "French President Emmanuel Macron had spoken by phone with Issoufou on Wednesday"),
        ev("2020-07-23-bamako-akufo-addo-buhari-issoufou-keita-ouattara-sall", M, OCC, "2020-07-23",
           "Bamako", [ISSOUFOU, BUHARI, SALL, OUATTARA, AKUFO_ADDO, KEITA], [],
           "flew to Bamako to meet Keita and, separately, leaders of the M5-RFP protest movement"),
        ev("2020-07-23-bamako-akufo-addo-buhari-dicko-issoufou-ouattara-sall", M, OCC, "2020-07-23",
           "Bamako", [ISSOUFOU, BUHARI, SALL, OUATTARA, AKUFO_ADDO, DICKO], ["M5-RFP"],
           "flew to Bamako to meet Keita and, separately, leaders of the M5-RFP protest movement"),
    ], ["'\"President Keita is doing very well,\" Jonathan told reporters' (press remarks)",
        "'held there since Tuesday with former prime minister Boubou Cisse' (Cisse is not said to be seen)",
        "'Jonathan has been ECOWAS mediator in Mali since July' (vague)",
        "'Their proposals were rejected by the movement' (not a meeting)",
        "'Wague said on state television' (statement)",
        "'Goita has not met the M5-RFP leaders since the coup' (negation)",
        "Related: 'UN rights team visits detained Keita in Kati', 'ECOWAS leaders to discuss Mali at virtual summit' (furniture)"]),

    # 010. Jamaican daily's site, "Published: Tuesday | March 12, 2024 | 12:08 AM" (manifest
    # 2024-03-12). "last night", "yesterday morning" -> Mon 11 Mar; the Holness bilateral is the
    # same visit day -> 11 Mar; "on Sunday" -> 10 Mar; "on March 1" -> 2024; "from February 25
    # to 28" -> 2024; "tomorrow" -> 13 Mar; "today" -> 12 Mar (planned: page stamped 00:08).
    # Places: the Jamaica Pegasus hotel in New Kingston, Jamaica House -> Kingston; Nairobi;
    # Georgetown. The Kingston meeting: CARICOM heads (group) with the named leaders, Blinken,
    # and "officials from France, Canada, Brazil and the United Nations" (groups); Ali announced
    # the result "after ... talks". The US ambassador's airport greeting is internal. The
    # Georgetown conference: Henry "sitting down with regional leaders under Ali's chairmanship".
    ("010", "2024-03-12", False, [
        ev("2024-03-11-kingston-caricom", M, OCC, "2024-03-11", "Kingston",
           [ALI, HOLNESS, MOTTLEY, BLINKEN], ["CARICOM", "France", "Canada", "Brazil", "United Nations"],
           "The meeting, convened by CARICOM and hosted by Prime Minister Andrew Holness"),
        ev("2024-03-11-kingston-blinken-johnson-smith", M, OCC, "2024-03-11", "Kingston",
           [BLINKEN, JOHNSON_SMITH], [],
           "met Foreign Minister Kamina Johnson Smith before the session"),
        ev("2024-03-11-kingston-blinken-holness", M, OCC, "2024-03-11", "Kingston", [BLINKEN, HOLNESS], [],
           "He also held a bilateral meeting with Holness at Jamaica House"),
        ev("2024-03-10-blinken-henry-call", C, OCC, "2024-03-10", None, [BLINKEN, HENRY], [],
           "Blinken had spoken with him by phone on Sunday"),
        ev("2024-03-01-nairobi-henry-ruto", M, OCC, "2024-03-01", "Nairobi", [HENRY, RUTO], [],
           "on March 1 he and Kenyan President William Ruto signed a reciprocal agreement"),
        ev("2024-02-25-georgetown-caricom", M, OCC, "2024-02-25", "Georgetown", [HENRY, ALI], ["CARICOM"],
           "he attended the CARICOM heads of government conference in Georgetown from February 25 to 28",
           date_end="2024-02-28"),
        ev("2024-03-13-caricom-call", C, PLN, "2024-03-13", None, [], ["CARICOM"],
           "CARICOM leaders will meet again by video conference tomorrow to review nominations"),
        ev("2024-03-12-ali-ruto-call", C, PLN, "2024-03-12", None, [ALI, RUTO], [],
           "Ali is to brief Ruto by telephone today"),
    ], ["'Henry ... did not attend' (negation)",
        "'was greeted at Norman Manley International Airport by US Ambassador Nick Perry' (internal)",
        "'Henry ... stranded in Puerto Rico' (travel)",
        "'the United States had not asked Henry to resign' (negation)",
        "'Holness told the press afterwards' (press remarks)",
        "'Cherizier warned that the plan could \"plunge Haiti into further chaos\"' (statement)",
        "RELATED: 'Holness defends Jamaica's offer of troops' (furniture)"]),

    # 011. Ethiopian broadcaster's site, "13 September 2018 Last updated at 11:42 EAT" (manifest
    # 2018-09-13, a Thursday). "yesterday" -> 12 Sep; "This morning" -> 13 Sep (occurred: page
    # stamped 11:42); "On 20 June", "on 7 July" -> 2018; "A week later" than 20 June -> 27 Jun;
    # "next month" -> 2018-10; "next week" -> 17-23 Sep -> 2018-09; "on Tuesday night" -> 11 Sep.
    # Places: "the Ethiopian capital" -> Addis Ababa; "the Prime Minister's Office" (Addis
    # Ababa); Khartoum; "State House Entebbe" -> Entebbe; Juba. The summit is an IGAD gathering:
    # Kiir, Machar, Abiy (chair), al-Bashir, Museveni and other regional leaders (group IGAD).
    # "the two rivals" / "both men" = Kiir and Machar.
    ("011", "2018-09-13", False, [
        ev("2018-09-12-addis-ababa-igad", M, OCC, "2018-09-12", "Addis Ababa",
           [KIIR, MACHAR, ABIY, BASHIR, MUSEVENI], ["IGAD"],
           "yesterday signed a revitalised peace agreement at a summit of the regional bloc IGAD"),
        ev("2018-09-13-addis-ababa-abiy-kiir", M, OCC, "2018-09-13", "Addis Ababa", [KIIR, ABIY], [],
           "before flying back to Juba, Kiir was received by Abiy at the Prime Minister's Office"),
        ev("2018-06-20-addis-ababa-abiy-kiir-machar", M, OCC, "2018-06-20", "Addis Ababa",
           [ABIY, KIIR, MACHAR], [],
           "On 20 June Abiy hosted the two rivals for dinner and talks in Addis Ababa"),
        ev("2018-06-27-khartoum-al-bashir-kiir-machar", M, OCC, "2018-06-27", "Khartoum",
           [BASHIR, KIIR, MACHAR], [],
           "A week later in Khartoum, with Mr Bashir as host, they signed a declaration"),
        ev("2018-07-07-entebbe-kiir-machar-museveni", M, OCC, "2018-07-07", "Entebbe",
           [MUSEVENI, KIIR, MACHAR], [],
           "on 7 July Mr Museveni hosted both men at State House Entebbe"),
        ev("2018-10-juba-igad", M, PLN, "2018-10", "Juba", [], ["IGAD"],
           "The IGAD Council of Ministers will meet in Juba next month"),
        ev("2018-09-khartoum-al-bashir-kiir", M, PLN, "2018-09", "Khartoum", [KIIR, BASHIR], [],
           "Kiir is also due in Khartoum next week for talks with Mr Bashir"),
        ev("2018-09-11-kiir-museveni-call", C, OCC, "2018-09-11", None, [MUSEVENI, KIIR], [],
           "Mr Museveni spoke by phone with Mr Kiir on Tuesday night"),
    ], ["'Machar ... has not set foot in Juba since fleeing fighting there in July 2016' (negation)",
        "'no date had been fixed for his return' (no occasion)",
        "'The previous peace deal, from 2015, collapsed within a year' (no single occasion)",
        "'It has been a summer of firsts' (vague)",
        "'Rights groups said in a joint statement' (statement)",
        "'before flying back to Juba' (travel)",
        "Most read: 'Ethiopia and Eritrea reopen border crossings' (furniture)"]),

    # 012. Wire page, "Tue Nov 27, 2007 6:52pm EST", dateline "ANNAPOLIS, Maryland" (manifest
    # 2007-11-27). "on Tuesday" -> 27 Nov; "on Friday" -> 23 Nov; "On Monday", "that evening" ->
    # 26 Nov; "on December 12" -> 2007; "on Wednesday" (future) -> 28 Nov. Places: the U.S.
    # Naval Academy -> Annapolis; the Oval Office, the State Department, the White House ->
    # Washington; Jerusalem. The conference lists the people the text places there (Bush,
    # Olmert, Abbas, Rice in the chair, Saud al-Faisal and Mekdad among the delegates).
    # "saw Olmert and Abbas separately" -> two events. "negotiating teams led by" -> groups.
    # "King Abdullah" (Saudi) -> Abdullah bin Abdulaziz.
    ("012", "2007-11-27", False, [
        ev("2007-11-27-annapolis-abbas-bush-olmert", M, OCC, "2007-11-27", "Annapolis",
           [OLMERT, ABBAS, BUSH, RICE, SAUD_AL_FAISAL, MEKDAD], [],
           "announced at the opening of a Middle East conference at the U.S. Naval Academy"),
        ev("2007-11-23-abdullah-bush-call", C, OCC, "2007-11-23", None, [BUSH, KING_ABDULLAH], [],
           "Bush had telephoned Saudi King Abdullah on Friday"),
        ev("2007-11-26-washington-bush-olmert", M, OCC, "2007-11-26", "Washington", [BUSH, OLMERT], [],
           "On Monday, Bush saw Olmert and Abbas separately in the Oval Office"),
        ev("2007-11-26-washington-abbas-bush", M, OCC, "2007-11-26", "Washington", [BUSH, ABBAS], [],
           "On Monday, Bush saw Olmert and Abbas separately in the Oval Office"),
        ev("2007-11-26-washington-abbas-olmert-rice", M, OCC, "2007-11-26", "Washington",
           [RICE, OLMERT, ABBAS], [],
           "Rice hosted both leaders at a State Department dinner that evening"),
        ev("2007-12-12-jerusalem-livni-qurei", M, PLN, "2007-12-12", "Jerusalem", [LIVNI, QUREI],
           ["Israel", "Palestinian Authority"],
           "Ahmed Qurei will hold their first session in Jerusalem on December 12"),
        ev("2007-11-28-washington-abbas-bush-olmert", M, PLN, "2007-11-28", "Washington",
           [BUSH, OLMERT, ABBAS], [],
           "Bush will host Olmert and Abbas again at the White House on Wednesday"),
    ], ["'Olmert and Abbas will meet every two weeks' (habitual)",
        "'before the two leaders fly home' (travel)",
        "'thousands of its supporters rallied in Gaza City' (not a meeting)",
        "'Iran was not invited' (negation)",
        "'Olmert told reporters' (press remarks)",
        "'it \"could happen if the Israelis are serious\"' (hypothetical)",
        "'Olmert and Abbas have met several times this year in Jerusalem and Jericho' (counted)",
        "Related News: 'Abbas, Olmert meet in Jerusalem ahead of conference' (furniture)"]),

    # 013. TV transcript in a broadcaster's archive, "Broadcast: Monday, June 18, 1979, 6:30
    # p.m. ET" (manifest 1979-06-18). "today", "this afternoon" -> 18 Jun; "on Saturday" -> 16
    # Jun; "yesterday" -> 17 Jun; "on Friday" -> 15 Jun; "on Thursday" -> 14 Jun; "in November
    # 1974"; "on Wednesday" (future) -> 20 Jun; "in September" (future) -> 1979-09. Places: the
    # Hofburg, the two embassies -> Vienna; Vladivostok; Brussels; "the United Nations in New
    # York". "two days of talks, at the American embassy on Saturday and at the Soviet embassy
    # yesterday" -> two events (different days and places), both with Vance and Gromyko, who
    # "sat in on both sessions". The North Atlantic Council is NATO (group).
    ("013", "1979-06-18", False, [
        ev("1979-06-18-vienna-brezhnev-carter", M, OCC, "1979-06-18", "Vienna", [CARTER, BREZHNEV], [],
           "President Carter and Soviet President Leonid Brezhnev signed the second strategic arms limitation treaty"),
        ev("1979-06-16-vienna-brezhnev-carter", M, OCC, "1979-06-16", "Vienna",
           [CARTER, BREZHNEV, VANCE, GROMYKO], [],
           "talks, at the American embassy on Saturday and at the Soviet embassy yesterday"),
        ev("1979-06-17-vienna-brezhnev-carter", M, OCC, "1979-06-17", "Vienna",
           [CARTER, BREZHNEV, VANCE, GROMYKO], [],
           "talks, at the American embassy on Saturday and at the Soviet embassy yesterday"),
        ev("1979-06-15-vienna-brezhnev-carter-kirchschlaeger", M, OCC, "1979-06-15", "Vienna",
           [CARTER, BREZHNEV, KIRCHSCHLAEGER], [],
           "The two men first met on Friday, when both called on Austria's president, Rudolf Kirchschlaeger"),
        ev("1979-06-14-carter-schmidt-call", C, OCC, "1979-06-14", None, [CARTER, SCHMIDT], [],
           "Mr. Carter spoke by telephone with West German Chancellor Helmut Schmidt, aides say"),
        ev("1974-11-23-vladivostok-brezhnev-ford", M, OCC, "1974-11", "Vladivostok", [FORD, BREZHNEV], [],
           "sat down with Mr. Brezhnev was at Vladivostok in November 1974"),
        ev("1979-06-20-brussels-vance", M, PLN, "1979-06-20", "Brussels", [VANCE], ["NATO"],
           "Secretary Vance is due in Brussels on Wednesday to brief the North Atlantic Council"),
        ev("1979-09-new-york-gromyko-vance", M, PLN, "1979-09", "New York", [VANCE, GROMYKO], [],
           "Mr. Gromyko are to meet again at the United Nations in New York in September"),
    ], ["'The president flies home tonight and will report to a joint session of Congress' (travel, address)",
        "'The two leaders spoke of meeting again, perhaps next year in the United States, but nothing was fixed' (vague)",
        "'Senator Henry Jackson said again today the treaty is \"appeasement\"' (statement)",
        "'left the Soviet embassy only for the official events' (not a meeting)",
        "'ending nearly seven years of negotiation' (vague)",
        "Related items: '1979-06-15-EN Carter arrives in Vienna' (furniture)"]),

    # 014. OCR'd newspaper page in an archive viewer; manifest null; masthead "WEDNESDAY, JULY
    # 21, 1954", dispatch "GENEVA, Wednesday." "this morning", "this afternoon", "before the
    # session" -> 21 Jul (the plenary and the Eden-Molotov talk are planned); "Late last night",
    # "last night" -> 20 Jul; "on June 23"; "on July 13 and 14"; "early this month" -> 1954-07.
    # Places: the Palais des Nations, "here", the Soviet delegation's villa -> Geneva; "Berne"
    # -> Bern; Paris; "Liuchow, in South China" -> Liuzhou. Names: "M. Mendes-France" -> Pierre
    # Mendes France; "Mr. Chou En-lai" -> Zhou Enlai; "M. Molotov" -> Vyacheslav Molotov; "Mr.
    # Dulles" -> John Foster Dulles; "him" in the Paris sentence = Mendes France. The plenary:
    # "the nine delegations" (group), Eden in the chair, Bedell Smith to read a statement "at the
    # session".
    ("014", "1954-07-21", True, [
        ev("1954-07-21-geneva-delteil-ta-quang-buu", M, OCC, "1954-07-21", "Geneva",
           [DELTEIL, TA_QUANG_BUU], [],
           "An armistice for Viet Nam was signed at the Palais des Nations here at 3.20"),
        ev("1954-07-20-geneva-eden-mendes-france-molotov-pham-van-dong-zhou", M, OCC, "1954-07-20",
           "Geneva", [MENDES_FRANCE, EDEN, MOLOTOV, ZHOU, PHAM_VAN_DONG], [],
           "M. Mendes-France, Mr. Eden and M. Molotov met at the Soviet delegation's villa"),
        ev("1954-07-21-geneva-indochina-conference", M, PLN, "1954-07-21", "Geneva",
           [EDEN, BEDELL_SMITH], ["Geneva Conference on Indochina"],
           "The nine delegations will meet in a final plenary session this afternoon"),
        ev("1954-07-21-geneva-eden-molotov", M, PLN, "1954-07-21", "Geneva", [EDEN, MOLOTOV], [],
           "Mr. Eden will see M. Molotov privately before the session"),
        ev("1954-07-20-dulles-eden-call", C, OCC, "1954-07-20", None, [EDEN, DULLES], [],
           "Mr. Eden spoke by telephone last night with Mr. Dulles in Washington"),
        ev("1954-06-23-bern-mendes-france-zhou", M, OCC, "1954-06-23", "Bern", [MENDES_FRANCE, ZHOU], [],
           "first met Mr. Chou En-lai at the French Embassy in Berne on June 23"),
        ev("1954-07-13-paris-dulles-eden-mendes-france", M, OCC, "1954-07-13", "Paris",
           [DULLES, MENDES_FRANCE, EDEN], [],
           "Mr. Dulles conferred with him and Mr. Eden in Paris on July 13 and 14",
           date_end="1954-07-14"),
        ev("1954-07-03-liuzhou-ho-chi-minh-zhou", M, OCC, "1954-07", "Liuzhou", [ZHOU, HO_CHI_MINH], [],
           "Chou En-lai conferred with Ho Chi Minh at Liuchow, in South China, early this month"),
    ], ["'Earlier he had telephoned the Prime Minister in London' (internal: Eden and his own prime minister)",
        "'The last points were settled in a long night of private meetings' (vague, counted)",
        "'The United States will not sign' (negation)",
        "'after which Mr. Bedell Smith returned here' (travel)",
        "'Texts for Laos and Cambodia were still being drafted' (no occasion)",
        "'The French Premier will fly to Paris to-night and address the National Assembly' (travel, address)",
        "'who had promised the Chamber a settlement by July 20' (domestic)",
        "Other stories on this page: 'Mill strike talks to resume on Monday' (furniture, domestic)"]),
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
