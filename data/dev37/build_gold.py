#!/usr/bin/env python3
"""Generate gold.jsonl and manifest.jsonl for the dev37 development corpus.

Run:  python3 data/dev37/build_gold.py   then   python3 data/eval/validate.py data/dev37
Each article lists its true publication date, whether the manifest hides it, its gold
events, and (for documentation only) the traps it contains that must NOT be extracted.
dev37 is a READABLE development set: unlike the holdout sets, it may be read while developing.

It covers 15 real occasions, 14 of them from 2021-2024 and one older one (Brdo, 2001):
Africa and Russia (Sall and Faki with Putin in Sochi 2022), the Horn of Africa (the
Burhan-Hamdok deal in Khartoum 2021), the Caribbean and Venezuela (the Barbados agreement
2023), North America (the US-Mexico High-Level Security Dialogue 2021), Spain and Morocco
(Sanchez received by Mohammed VI 2022), the EU and Ukraine (von der Leyen and Borrell in
Kyiv 2022, live blog), South Asia and Russia (Modi and Putin in Moscow 2024), South Asia and
Ukraine (Modi in Kyiv 2024), the US, China and Malta (Sullivan and Wang Yi 2023), the Gulf
(Lapid in Abu Dhabi 2021), Israel and the Palestinians (Gantz and Abbas 2021), Oceania
(Hipkins in Canberra 2023; the first US-Pacific Island Country Summit 2022), Europe 2001
(Bush and Putin at Brdo, archive page) and Southeast/East Asia (Anwar and Xi 2023).

Thirteen pages are ordinary modern online news (wire copy, newspaper and broadcaster sites,
an agency item, a government press release); two are unusual layouts (a live blog, 005, and a
digitised 2001 newspaper page in an archive viewer, 013).

Three pages have no date in the manifest, and each prints one: 003 (press release
"Mexico City, October 8, 2021"), 010 (agency page header "Wed 29 Dec 2021 · 09:40 GMT") and
013 (archive header "SUNDAY, JUNE 17, 2001", dispatch "BRDO PRI KRANJU, Slovenia, June 16").

Three real events are reported by two pages under the same key:
  2024-07-09-moscow-modi-putin        006 (main occasion, full date) and 007 ("in July")
  2024-06-14-italy-modi-zelenskyy     006 and 007 (both "G7 summit in Italy in June")
  2022-03-29-istanbul-russia-ukraine  000 and 005 (both "in Istanbul on March 29")
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

# canonical names
SALL, PUTIN, FAKI, TALL_SALL, SCHOLZ = (
    "Macky Sall", "Vladimir Putin", "Moussa Faki Mahamat", "Aissata Tall Sall", "Olaf Scholz")
BURHAN, HAMDOK, PHEE, PERTHES, BLINKEN, FELTMAN = (
    "Abdel Fattah al-Burhan", "Abdalla Hamdok", "Molly Phee", "Volker Perthes", "Antony Blinken",
    "Jeffrey Feltman")
J_RODRIGUEZ, BLYDE, MOTTLEY, D_RODRIGUEZ, MADURO = (
    "Jorge Rodriguez", "Gerardo Blyde", "Mia Mottley", "Delcy Rodriguez", "Nicolas Maduro")
GARLAND, MAYORKAS, EBRARD, RI_RODRIGUEZ, SALAZAR, AMLO, HARRIS, BIDEN = (
    "Merrick Garland", "Alejandro Mayorkas", "Marcelo Ebrard", "Rosa Icela Rodriguez", "Ken Salazar",
    "Andres Manuel Lopez Obrador", "Kamala Harris", "Joe Biden")
SANCHEZ, M6, ALBARES, BOURITA, FELIPE = (
    "Pedro Sanchez", "Mohammed VI", "Jose Manuel Albares", "Nasser Bourita", "Felipe VI")
VDL, BORRELL, ZELENSKYY, HEGER, SHMYHAL, NEHAMMER = (
    "Ursula von der Leyen", "Josep Borrell", "Volodymyr Zelenskyy", "Eduard Heger", "Denys Shmyhal",
    "Karl Nehammer")
MODI, MANTUROV, VDB, TUSK, DUDA, KULEBA, JAISHANKAR = (
    "Narendra Modi", "Denis Manturov", "Alexander Van der Bellen", "Donald Tusk", "Andrzej Duda",
    "Dmytro Kuleba", "S. Jaishankar")
SULLIVAN, WANG, ABELA, BORG, LAVROV, HAN, XI = (
    "Jake Sullivan", "Wang Yi", "Robert Abela", "Ian Borg", "Sergey Lavrov", "Han Zheng", "Xi Jinping")
LAPID, ABZ, AL_SAYEGH, NETANYAHU, TRUMP, AL_ZAYANI, ASHKENAZI, MAAS = (
    "Yair Lapid", "Abdullah bin Zayed Al Nahyan", "Ahmed Al Sayegh", "Benjamin Netanyahu",
    "Donald Trump", "Abdullatif Al Zayani", "Gabi Ashkenazi", "Heiko Maas")
GANTZ, ABBAS, AL_SHEIKH, FARAJ, ALIAN = (
    "Benny Gantz", "Mahmoud Abbas", "Hussein al-Sheikh", "Majed Faraj", "Ghassan Alian")
HIPKINS, ALBANESE, DICK, ARDERN = ("Chris Hipkins", "Anthony Albanese", "Milton Dick", "Jacinda Ardern")
BAINIMARAMA, SOGAVARE, PELOSI, SHERMAN, WALE = (
    "Frank Bainimarama", "Manasseh Sogavare", "Nancy Pelosi", "Wendy Sherman", "Matthew Wale")
BUSH, KUCAN, POWELL, IVANOV, KWASNIEWSKI, JIANG = (
    "George W. Bush", "Milan Kucan", "Colin Powell", "Igor Ivanov", "Aleksander Kwasniewski",
    "Jiang Zemin")
ANWAR, SUN, LI_QIANG, LEE, WIDODO = (
    "Anwar Ibrahim", "Sun Weidong", "Li Qiang", "Lee Hsien Loong", "Joko Widodo")

VENEZUELA_SIDES = ["Venezuelan government", "Unitary Platform"]
PACIFIC = "Pacific Island countries"


def ev(key, kind, status, date, location, participants, groups, evidence, date_end=None):
    e = {"key": key, "kind": kind, "status": status, "date": date}
    if date_end:
        e["date_end"] = date_end
    e.update({"location": location, "participants": participants, "groups": groups,
              "evidence": evidence})
    return e


M, C, OCC, PLN = "meeting", "call", "occurred", "planned"

# Each entry: (id, true publication date, manifest hides the date?, events, traps)
ARTICLES = [
    # 000. Wire copy, "June 3, 2022 7:42 PM GMT+3", dateline "SOCHI, Russia, June 3 (MWS)"
    # (a Friday). "on Friday" -> 3 Jun; "last week" -> 2022-05 (the Malabo summit of 28 May);
    # "last month" -> 2022-05 (Scholz in Dakar on 22 May); "on Saturday" (future) -> 4 Jun;
    # "on March 29" -> 2022-03-29 (shared with 005). Faki and the foreign minister "accompanied
    # at the talks", so they are participants of the Sochi meeting.
    ("000", "2022-06-03", False, [
        ev("2022-06-03-sochi-faki-putin-sall-tall-sall", M, OCC, "2022-06-03", "Sochi",
           [SALL, PUTIN, FAKI, TALL_SALL], [],
           "held talks with Russian President Vladimir Putin in the Black Sea resort of Sochi"),
        ev("2022-05-28-malabo-african-union-sall", M, OCC, "2022-05", "Malabo", [SALL],
           ["African Union"], "He chaired an extraordinary AU summit in Malabo last week"),
        ev("2022-05-22-dakar-sall-scholz", M, OCC, "2022-05", "Dakar", [SALL, SCHOLZ], [],
           "German Chancellor Olaf Scholz when he hosted him in Dakar last month"),
        ev("2022-06-04-accra-ecowas-sall", M, PLN, "2022-06-04", "Accra", [SALL], ["ECOWAS"],
           "is due to fly to Accra for an extraordinary ECOWAS summit on Saturday"),
        ev("2022-03-29-istanbul-russia-ukraine", M, OCC, "2022-03-29", "Istanbul", [],
           ["Russia", "Ukraine"],
           "have not negotiated face to face since a round held in Istanbul on March 29"),
    ], [
        "Sall's 'reassured' remark to reporters (statement)",
        "Moscow blames sanctions and sea mines (statement)",
        "Sall flew in on Thursday evening at Putin's invitation (travel, no encounter)",
        "Zelenskiy's video address to the AU, no date fixed (speech, unscheduled)",
        "Sall could go to Kyiv at a later stage (hypothetical)",
        "Putin has spoken to several African leaders by phone (counted, no single occasion)",
        "photo caption repeats the Sochi meeting (same event)",
        "sidebars: Erdogan-Zelenskiy call, EU Brussels summit, Guterres-Lavrov, ECOWAS meeting, Biden-MBS",
    ]),

    # 001. Regional news site, "Sunday, November 21, 2021", "Published 21 Nov 2021, 20:35 EAT".
    # "on Sunday" -> 21 Nov; "on Tuesday" (past) -> 16 Nov (Phee's two separate meetings);
    # explicit October dates. Phee's visit "at his residence" is in Khartoum (Kafouri district of
    # the capital). Blinken "telephoned" -> call, location null.
    ("001", "2021-11-21", False, [
        ev("2021-11-21-khartoum-al-burhan-hamdok", M, OCC, "2021-11-21", "Khartoum", [BURHAN, HAMDOK], [],
           "Burhan, and Abdalla Hamdok signed a 14-point political agreement at the Republican Palace"),
        ev("2021-11-16-khartoum-hamdok-phee", M, OCC, "2021-11-16", "Khartoum", [PHEE, HAMDOK], [],
           "visited Hamdok at his residence on Tuesday"),
        ev("2021-11-16-khartoum-al-burhan-phee", M, OCC, "2021-11-16", "Khartoum", [PHEE, BURHAN], [],
           "held a separate meeting with Burhan the same day"),
        ev("2021-10-31-khartoum-hamdok-perthes", M, OCC, "2021-10-31", "Khartoum", [PERTHES, HAMDOK], [],
           "UN envoy Volker Perthes met Hamdok at the house on October 31"),
        ev("2021-10-26-blinken-hamdok-call", C, OCC, "2021-10-26", None, [BLINKEN, HAMDOK], [],
           "US Secretary of State Antony Blinken telephoned Hamdok on October 26"),
        ev("2021-10-24-khartoum-al-burhan-feltman", M, OCC, "2021-10-24", "Khartoum", [FELTMAN, BURHAN], [],
           "Jeffrey Feltman, met Burhan one-on-one in Khartoum on October 24"),
    ], [
        "Hamdok held at his home for a month (detention, no encounter)",
        "soldiers withdrawn on Sunday morning (no encounter)",
        "Hamdok's speech after the signing; Burhan's thanks (statements at the same event)",
        "FFC rejects the deal and will not negotiate with the generals (refusal)",
        "protesters march on the palace (not diplomacy)",
        "AU suspension, donors freeze aid (decisions, no encounter)",
        "Feltman later said he had no hint (statement)",
        "sidebars: Kiir receives envoy, Abiy-Obasanjo, IGAD ministers next week",
    ]),

    # 002. Caribbean broadcaster's site, "Wednesday, October 18, 2023", "Posted: Oct 18, 2023".
    # "on Tuesday" -> 17 Oct; "last November" -> 2022-11 (Mexico City round of 26 Nov 2022,
    # groups only); "in May" / "in July" -> 2023-05 / 2023-07. Delcy Rodriguez (vice president)
    # and Jorge Rodriguez (negotiator) are different people. Norway is a group at the signing
    # ("Norwegian diplomats ... were at the table").
    ("002", "2023-10-18", False, [
        ev("2023-10-17-bridgetown-blyde-rodriguez", M, OCC, "2023-10-17", "Bridgetown",
           [J_RODRIGUEZ, BLYDE], VENEZUELA_SIDES + ["Norway"],
           "signed an agreement in Bridgetown on Tuesday that commits both sides to a presidential election"),
        ev("2022-11-26-mexico-city-unitary-platform-venezuelan-government", M, OCC, "2022-11", "Mexico City",
           [], VENEZUELA_SIDES, "since they met in Mexico City last November"),
        ev("2023-05-26-bridgetown-mottley-rodriguez", M, OCC, "2023-05", "Bridgetown", [MOTTLEY, D_RODRIGUEZ], [],
           "Mia Mottley received Vice President Delcy Rodríguez in Bridgetown in May"),
        ev("2023-07-08-caracas-maduro-mottley", M, OCC, "2023-07", "Caracas", [MOTTLEY, MADURO], [],
           "was received by Maduro at the Miraflores palace in July"),
    ], [
        "Blyde's remark to reporters (statement)",
        "the government walked away from the table for most of the year (no encounter)",
        "Barbados hosted several rounds in 2019 (counted, no single occasion)",
        "opposition primary on Sunday (election, not a meeting); Machado's ban",
        "Washington expected to ease sanctions (policy)",
        "US and Venezuelan officials met secretly in Qatar a number of times (counted)",
        "joint statement by the US, EU, Canada and Britain (statement)",
        "sidebars: Mottley-Ali, CARICOM ministers next week, Rowley hosts Mitchell",
    ]),

    # 003. Government press release (US Embassy in Mexico), manifest null; the page prints
    # "Mexico City, October 8, 2021" (a Friday). "today" -> 8 Oct; "June 8", "September 9",
    # "March 1" -> 2021. The Dialogue at the Secretariat of Foreign Affairs and the breakfast at
    # the National Palace are two encounters with different hosts and places (both Mexico City).
    # Salazar "joined the delegation at both meetings". The "virtual meeting" is a call.
    ("003", "2021-10-08", True, [
        ev("2021-10-08-mexico-city-blinken-ebrard-garland-mayorkas-rodriguez-salazar", M, OCC,
           "2021-10-08", "Mexico City", [BLINKEN, GARLAND, MAYORKAS, EBRARD, RI_RODRIGUEZ, SALAZAR], ["Mexico"],
           "met today in Mexico City with Foreign Secretary Marcelo Ebrard, Security Secretary Rosa Icela Rodríguez"),
        ev("2021-10-08-mexico-city-blinken-ebrard-garland-lopez-obrador-mayorkas-rodriguez-salazar", M, OCC,
           "2021-10-08", "Mexico City", [AMLO, BLINKEN, GARLAND, MAYORKAS, EBRARD, RI_RODRIGUEZ, SALAZAR], [],
           "hosted Secretary Blinken, Attorney General Garland and Secretary Mayorkas for breakfast at the National Palace"),
        ev("2021-06-08-mexico-city-harris-lopez-obrador", M, OCC, "2021-06-08", "Mexico City", [HARRIS, AMLO], [],
           "Vice President Kamala Harris met President López Obrador at the National Palace on June 8"),
        ev("2021-09-09-washington-ebrard-harris", M, OCC, "2021-09-09", "Washington", [HARRIS, EBRARD], [],
           "the High-Level Economic Dialogue that the Vice President and Foreign Secretary Ebrard reconvened in Washington"),
        ev("2021-03-01-biden-lopez-obrador-call", C, OCC, "2021-03-01", None, [BIDEN, AMLO], [],
           "during their virtual meeting on March 1"),
    ], [
        "joint press availability and Blinken's quote (press conference)",
        "the Framework replaces earlier cooperation (policy, no encounter)",
        "working groups to draw up an action plan within 90 days (vague, no occasion)",
        "regular technical consultations throughout the year (counted/habitual)",
        "photo caption repeats the Dialogue (same event)",
        "sidebars: Salazar-Nuevo Leon governor, migration dialogue statement, Sherman to travel next month",
    ]),

    # 004. Spanish English-language site, "Friday 08 April 2022", "08 Apr 2022 · 09:10 CEST".
    # "on Thursday evening" -> 7 Apr (audience and iftar are one occasion; Albares and Bourita
    # were at the iftar); "on March 31" -> call; "in November 2018", "in February 2019" -> month
    # keys; "on Friday" (later the same day) -> planned 8 Apr.
    ("004", "2022-04-08", False, [
        ev("2022-04-07-rabat-albares-bourita-mohammed-vi-sanchez", M, OCC, "2022-04-07", "Rabat",
           [SANCHEZ, M6, ALBARES, BOURITA], [],
           "Pedro Sánchez was received by King Mohammed VI at the Royal Palace in Rabat"),
        ev("2022-03-31-mohammed-vi-sanchez-call", C, OCC, "2022-03-31", None, [SANCHEZ, M6], [],
           "Sánchez and the king spoke by telephone on March 31"),
        ev("2018-11-19-rabat-mohammed-vi-sanchez", M, OCC, "2018-11", "Rabat", [SANCHEZ, M6], [],
           "Sánchez had previously been received by the king in Rabat in November 2018"),
        ev("2019-02-13-rabat-felipe-vi-mohammed-vi", M, OCC, "2019-02", "Rabat", [FELIPE, M6], [],
           "King Felipe VI was hosted by Mohammed VI on a state visit to Rabat"),
        ev("2022-04-08-rabat-albares-bourita", M, PLN, "2022-04-08", "Rabat", [ALBARES, BOURITA], [],
           "Albares will stay on in Rabat for a working dinner with Bourita on Friday"),
    ], [
        "Ghali treated at a hospital in Logrono (no diplomatic encounter)",
        "joint declaration published (document)",
        "Madrid's statement on the autonomy plan (statement)",
        "high-level meeting 'at a date still to be set' (no concrete occasion)",
        "PP and Unidas Podemos criticism (statements)",
        "Algeria recalled its ambassador (decision, no encounter)",
        "photo caption repeats the Rabat audience (same event)",
        "sidebars: Blinken-Bourita, Draghi to Algiers, Macron-Sanchez",
    ]),

    # 005. Live blog, "Friday 8 April 2022 · Last updated 21:40 CEST". "this evening" /
    # "this afternoon" -> 8 Apr; "on Saturday" (future) -> 9 Apr; "on Monday" (phone call, past)
    # -> 4 Apr; "on Monday" (EU ministers, future) -> 11 Apr; "on March 29" -> shared with 000.
    # Heger and Shmyhal are placed in Bucha only; Borrell chairs the Luxembourg meeting.
    ("005", "2022-04-08", False, [
        ev("2022-04-08-kyiv-borrell-von-der-leyen-zelenskyy", M, OCC, "2022-04-08", "Kyiv",
           [VDL, BORRELL, ZELENSKYY], [], "Von der Leyen and Borrell met Zelenskyy in Kyiv this evening"),
        ev("2022-04-08-bucha-borrell-heger-shmyhal-von-der-leyen", M, OCC, "2022-04-08", "Bucha",
           [VDL, BORRELL, HEGER, SHMYHAL], [],
           "toured Bucha this afternoon with Ukraine's prime minister, Denys Shmyhal"),
        ev("2022-04-09-kyiv-nehammer-zelenskyy", M, PLN, "2022-04-09", "Kyiv", [NEHAMMER, ZELENSKYY], [],
           "Karl Nehammer will travel to Kyiv on Saturday to meet Zelenskyy"),
        ev("2022-04-04-nehammer-zelenskyy-call", C, OCC, "2022-04-04", None, [NEHAMMER, ZELENSKYY], [],
           "Nehammer agreed the trip with the Ukrainian president in a phone call on Monday"),
        ev("2022-04-11-luxembourg-borrell-european-union", M, PLN, "2022-04-11", "Luxembourg", [BORRELL],
           ["European Union"], "when he chairs their meeting in Luxembourg on Monday"),
        ev("2022-03-29-istanbul-russia-ukraine", M, OCC, "2022-03-29", "Istanbul", [], ["Russia", "Ukraine"],
           "have not met in person since the round in Istanbul on March 29"),
    ], [
        "joint news conference and von der Leyen's quote (press conference)",
        "von der Leyen condemns the Kramatorsk strike (statement)",
        "fifth sanctions package adopted (decision)",
        "arrival by overnight train; Heger travelled with them (travel)",
        "contacts continue by video link (habitual, no single occasion); no new round scheduled",
        "key-points bullet and photo caption repeat the Kyiv meeting (same event)",
        "sidebars: Michel calls Zelenskyy, Scholz-Johnson in London, Sanchez-Mohammed VI in Rabat",
    ]),

    # 006. Indian daily, "Tuesday, July 9, 2024 | Updated 10:15 PM IST", dateline "MOSCOW, July 9".
    # "on Tuesday" -> 9 Jul (Kremlin talks, shared with 007); "on Monday" -> 8 Jul (Novo-Ogaryovo
    # dinner, a separate day; airport welcome); "in December 2021", "in September 2022", "in June"
    # -> month keys; "on Wednesday" (future) -> 10 Jul, two planned encounters in Vienna ("there").
    ("006", "2024-07-09", False, [
        ev("2024-07-09-moscow-modi-putin", M, OCC, "2024-07-09", "Moscow", [MODI, PUTIN], [],
           "held talks with President Vladimir Putin at the Kremlin on Tuesday"),
        ev("2024-07-08-novo-ogaryovo-modi-putin", M, OCC, "2024-07-08", "Novo-Ogaryovo", [MODI, PUTIN], [],
           "where Putin hosted Modi for a private dinner"),
        ev("2024-07-08-moscow-manturov-modi", M, OCC, "2024-07-08", "Moscow", [MANTUROV, MODI], [],
           "First Deputy Prime Minister Denis Manturov received him with a guard of honour"),
        ev("2021-12-06-new-delhi-modi-putin", M, OCC, "2021-12", "New Delhi", [MODI, PUTIN], [],
           "since the two met in New Delhi in December 2021"),
        ev("2022-09-16-samarkand-modi-putin", M, OCC, "2022-09", "Samarkand", [MODI, PUTIN], [],
           "The two leaders last met in person in Samarkand, Uzbekistan, in September 2022"),
        ev("2024-06-14-italy-modi-zelenskyy", M, OCC, "2024-06", "Italy", [MODI, ZELENSKYY], [],
           "Modi had met Zelenskyy on the sidelines of the G7 summit in Italy in June"),
        ev("2024-07-10-vienna-modi-nehammer", M, PLN, "2024-07-10", "Vienna", [MODI, NEHAMMER], [],
           "He will hold talks with Chancellor Karl Nehammer"),
        ev("2024-07-10-vienna-modi-van-der-bellen", M, PLN, "2024-07-10", "Vienna", [MODI, VDB], [],
           "call on President Alexander Van der Bellen there on Wednesday"),
    ], [
        "Order of St Andrew presented (part of the Kremlin talks)",
        "electric-cart drive (part of the Novo-Ogaryovo dinner)",
        "have spoken by phone several times since then (counted)",
        "Modi's remarks to Putin (statement)",
        "Zelenskyy's post on X; the hospital strike (statement, not diplomacy)",
        "Modi addresses the Indian community; Rosatom pavilion visit (speech, visit without counterpart)",
        "Modi leaves for Vienna on Tuesday night (travel)",
        "SCO and G7 summits are backdrops only",
        "sidebars: Jaishankar-Wang Yi in Astana, Biden hosts NATO, Hasina to Beijing",
    ]),

    # 007. Wire copy, "August 23, 2024 8:05 PM GMT+5:30", dateline "KYIV, Aug 23 (APN)" (Friday).
    # "on Friday" -> 23 Aug; "in July" -> 2024-07 (shared key with 006); "in June" -> 2024-06
    # (shared with 006); "in March" -> call and Kuleba-Jaishankar talks; "last week" -> 2024-08;
    # "On Thursday" -> 22 Aug (Tusk and, separately, Duda). The exhibition visit is part of the
    # same Modi-Zelensky occasion. "Zelensky" is this outlet's spelling of Zelenskyy.
    ("007", "2024-08-23", False, [
        ev("2024-08-23-kyiv-modi-zelenskyy", M, OCC, "2024-08-23", "Kyiv", [MODI, ZELENSKYY], [],
           "Narendra Modi held talks with President Volodymyr Zelensky in Kyiv on Friday"),
        ev("2024-07-09-moscow-modi-putin", M, OCC, "2024-07", "Moscow", [MODI, PUTIN], [],
           "Modi held talks with Russian President Vladimir Putin at the Kremlin in July"),
        ev("2024-06-14-italy-modi-zelenskyy", M, OCC, "2024-06", "Italy", [MODI, ZELENSKYY], [],
           "last met on the sidelines of the G7 summit in Italy in June"),
        ev("2024-03-20-modi-zelenskyy-call", C, OCC, "2024-03", None, [MODI, ZELENSKYY], [],
           "They spoke by phone in March"),
        ev("2024-03-29-new-delhi-jaishankar-kuleba", M, OCC, "2024-03", "New Delhi", [KULEBA, JAISHANKAR], [],
           "Dmytro Kuleba held talks with his Indian counterpart Subrahmanyam Jaishankar in New Delhi"),
        ev("2024-08-16-jaishankar-kuleba-call", C, OCC, "2024-08", None, [KULEBA, JAISHANKAR], [],
           "Kuleba and Jaishankar also spoke by phone last week"),
        ev("2024-08-22-warsaw-modi-tusk", M, OCC, "2024-08-22", "Warsaw", [MODI, TUSK], [],
           "Modi held talks with Polish Prime Minister Donald Tusk"),
        ev("2024-08-22-warsaw-duda-modi", M, OCC, "2024-08-22", "Warsaw", [MODI, DUDA], [],
           "met President Andrzej Duda separately"),
    ], [
        "overnight train from Poland; return train in the evening (travel)",
        "Zelensky called the Moscow visit a blow to peace (statement)",
        "India's oil purchases (not an encounter)",
        "Zelensky would like to visit India; peace summit could be held there (hypothetical, no plans)",
        "photo caption repeats the Kyiv meeting (same event)",
        "sidebars: Modi-Tusk, Putin-Modi at Novo-Ogaryovo, Zelensky to meet Biden next month",
    ]),

    # 008. Maltese newspaper site, "Sunday, 17 September 2023, 21:34". "on Saturday and Sunday"
    # -> one round, 16-17 Sep, location Malta (venue undisclosed); "on Saturday" -> 16 Sep
    # (Abela at the Auberge de Castille -> Valletta; Borg-Wang in Valletta "on the same day");
    # "in May" -> 2023-05; "last November" -> 2022-11; "on Monday" (future) -> 18 Sep, Moscow and
    # New York ("there", after "in New York for the UN General Assembly").
    ("008", "2023-09-17", False, [
        ev("2023-09-16-malta-sullivan-wang", M, OCC, "2023-09-16", "Malta", [SULLIVAN, WANG],
           ["United States", "China"], "The two men and their delegations met on Saturday and Sunday",
           date_end="2023-09-17"),
        ev("2023-09-16-valletta-abela-sullivan", M, OCC, "2023-09-16", "Valletta", [ABELA, SULLIVAN], [],
           "Prime Minister Robert Abela received Sullivan at the Auberge de Castille on Saturday"),
        ev("2023-09-16-valletta-borg-wang", M, OCC, "2023-09-16", "Valletta", [BORG, WANG], [],
           "On the same day Foreign Minister Ian Borg held talks with Wang in Valletta"),
        ev("2023-05-10-vienna-sullivan-wang", M, OCC, "2023-05", "Vienna", [SULLIVAN, WANG], [],
           "Sullivan and Wang last met in Vienna in May"),
        ev("2022-11-14-bali-biden-xi", M, OCC, "2022-11", "Bali", [BIDEN, XI], [],
           "The two presidents last met in Bali last November"),
        ev("2023-09-18-moscow-lavrov-wang", M, PLN, "2023-09-18", "Moscow", [WANG, LAVROV], [],
           "Wang is due in Moscow on Monday for talks with Russian Foreign Minister Sergey Lavrov"),
        ev("2023-09-18-new-york-blinken-han", M, PLN, "2023-09-18", "New York", [HAN, BLINKEN], [],
           "is expected to meet US Secretary of State Antony Blinken there on Monday"),
    ], [
        "White House account of the topics (statement)",
        "Abela stressed Mediterranean stability (statement inside the Abela-Sullivan meeting)",
        "Borg worked for weeks to bring the meeting to Malta (no single encounter)",
        "possible Biden-Xi meeting at APEC, unconfirmed (hypothetical)",
        "G20 summit and UN General Assembly are backdrops only",
        "photo caption repeats the Malta talks (same event)",
        "sidebars: Abela-Meloni, Borg at the UNGA, EU ministers on Niger",
    ]),

    # 009. Israeli news site, "Tuesday, June 29, 2021", "Published: 06/29/2021 20:10".
    # "on Tuesday" -> 29 Jun (talks at the foreign ministry; airport welcome in the morning);
    # "on September 15 last year" -> 2020-09-15; "last October" -> 2020-10; "on Sunday" -> 27 Jun
    # (also "two days after"). "bin Zayed" = Abdullah bin Zayed Al Nahyan.
    ("009", "2021-06-29", False, [
        ev("2021-06-29-abu-dhabi-bin-zayed-lapid", M, OCC, "2021-06-29", "Abu Dhabi", [LAPID, ABZ], [],
           "held talks with his Emirati counterpart Sheikh Abdullah bin Zayed Al Nahyan in Abu Dhabi"),
        ev("2021-06-29-abu-dhabi-al-sayegh-lapid", M, OCC, "2021-06-29", "Abu Dhabi", [LAPID, AL_SAYEGH], [],
           "was welcomed at the airport by Ahmed Al Sayegh, the UAE minister of state"),
        ev("2020-09-15-washington-al-zayani-bin-zayed-netanyahu-trump", M, OCC, "2020-09-15", "Washington",
           [NETANYAHU, ABZ, AL_ZAYANI, TRUMP], [],
           "The Abraham Accords were signed at the White House on September 15 last year"),
        ev("2020-10-06-berlin-ashkenazi-bin-zayed-maas", M, OCC, "2020-10", "Berlin", [ASHKENAZI, ABZ, MAAS], [],
           "Gabi Ashkenazi, met bin Zayed in Berlin last October"),
        ev("2021-06-27-rome-blinken-lapid", M, OCC, "2021-06-27", "Rome", [LAPID, BLINKEN], [],
           "Lapid sat down with US Secretary of State Antony Blinken in Rome on Sunday"),
    ], [
        "Lapid dedicated the embassy and thanked Netanyahu, Trump and Biden (ceremony without a counterpart, speech)",
        "Netanyahu tried at least four times to visit; each trip called off (counted, cancelled)",
        "Wednesday: Dubai consulate opening and Expo pavilion tour (no encounter)",
        "Bennett's post on Twitter (social media)",
        "photo caption repeats the Lapid-bin Zayed meeting (same event)",
        "sidebars: Bennett to meet Biden, credentials to Rivlin, Gantz-Egyptian intelligence chief",
    ]),

    # 010. Agency item, manifest null; page header "Wed 29 Dec 2021 · 09:40 GMT", dateline
    # "JERUSALEM (LPA)" without a date. "late on Tuesday" -> 28 Dec; "in August" -> 2021-08;
    # "last month" -> 2021-11; "in May" -> 2021-05. Rosh HaAyin is the place (Gantz's home).
    ("010", "2021-12-29", True, [
        ev("2021-12-28-rosh-haayin-abbas-al-sheikh-alian-faraj-gantz", M, OCC, "2021-12-28", "Rosh HaAyin",
           [ABBAS, GANTZ, AL_SHEIKH, FARAJ, ALIAN], [],
           "Mahmoud Abbas met Israeli Defence Minister Benny Gantz at Gantz's home"),
        ev("2021-08-29-ramallah-abbas-gantz", M, OCC, "2021-08", "Ramallah", [ABBAS, GANTZ], [],
           "The two men last met in Ramallah in August"),
        ev("2021-11-23-sochi-abbas-putin", M, OCC, "2021-11", "Sochi", [ABBAS, PUTIN], [],
           "Abbas held talks with Russian President Vladimir Putin in Sochi last month"),
        ev("2021-05-25-ramallah-abbas-blinken", M, OCC, "2021-05", "Ramallah", [BLINKEN, ABBAS], [],
           "Antony Blinken met him in Ramallah in May"),
    ], [
        "Gantz's account and al-Sheikh's post on Twitter (statement, social media)",
        "Israel's loan announcement (decision)",
        "Abbas attended Peres's funeral in 2016; has not been to Israel publicly since (attendance without encounter, negation)",
        "Bennett will not meet Abbas; no peace process (negation, statement)",
        "Likud and Hamas reactions (statements)",
        "sidebars: King Abdullah receives Abbas, Egyptian chief to visit Gaza, Lapid-Safadi call",
    ]),

    # 011. NZ broadcaster's site, "7:55pm Tuesday 7 February 2023". "today" -> 7 Feb (talks at
    # Parliament House; call on the Speaker); "last month" -> 2023-01 (call on the day Hipkins
    # was sworn in, 25 Jan); "in June last year" -> 2022-06; "later this year" -> planned, year
    # only, New Zealand.
    ("011", "2023-02-07", False, [
        ev("2023-02-07-canberra-albanese-hipkins", M, OCC, "2023-02-07", "Canberra", [HIPKINS, ALBANESE], [],
           "held his first face-to-face talks with Australian counterpart Anthony Albanese at Parliament House in Canberra"),
        ev("2023-02-07-canberra-dick-hipkins", M, OCC, "2023-02-07", "Canberra", [HIPKINS, DICK], [],
           "Hipkins also called on the Speaker of the House of Representatives, Milton Dick"),
        ev("2023-01-25-albanese-hipkins-call", C, OCC, "2023-01", None, [HIPKINS, ALBANESE], [],
           "The two leaders had already spoken by phone last month"),
        ev("2022-06-10-sydney-albanese-ardern", M, OCC, "2022-06", "Sydney", [ARDERN, ALBANESE], [],
           "meeting him in Sydney in June last year"),
        ev("2023-new-zealand-albanese-hipkins", M, PLN, "2023", "New Zealand", [ALBANESE, HIPKINS], [],
           "travel to New Zealand later this year for the annual leaders' meeting with Hipkins"),
    ], [
        "met on the tarmac by New Zealand's own High Commissioner (same government)",
        "Albanese's 'first foreign leader' remark and joint news conference (statements, press conference)",
        "welcomed onto the floor of the chamber (no specific counterpart)",
        "Hipkins flew back to Wellington (travel)",
        "photo caption repeats the Canberra talks (same event)",
        "sidebars: Mahuta-Wong next week, Luxon meets business leaders, Marles to visit Wellington",
    ]),

    # 012. Pacific news site, "Friday, 30 September 2022", "30 September 2022, 10:20 FJT",
    # dateline WASHINGTON. "on Thursday (US time)" -> 29 Sep; "on Wednesday" -> 28 Sep: the
    # summit is one two-day occasion (28-29 Sep) with Biden, Blinken and the leaders (Bainimarama
    # and Sogavare "among the leaders"); the Capitol lunch with Pelosi is a separate encounter
    # with a different host. "in August" -> 2022-08 (Sherman in Honiara, two encounters); "next
    # week" -> 2022-10 (planned Canberra talks).
    ("012", "2022-09-30", False, [
        ev("2022-09-28-washington-bainimarama-biden-blinken-sogavare", M, OCC, "2022-09-28", "Washington",
           [BIDEN, BLINKEN, BAINIMARAMA, SOGAVARE], [PACIFIC],
           "The two-day summit opened at the State Department on Wednesday", date_end="2022-09-29"),
        ev("2022-09-29-washington-bainimarama-pelosi-sogavare", M, OCC, "2022-09-29", "Washington",
           [PELOSI, BAINIMARAMA, SOGAVARE], [PACIFIC, "US Congress"],
           "The leaders also had lunch at the Capitol on Thursday with House Speaker Nancy Pelosi"),
        ev("2022-08-07-honiara-sherman-sogavare", M, OCC, "2022-08", "Honiara", [SHERMAN, SOGAVARE], [],
           "Wendy Sherman visited Honiara in August, where she met Sogavare"),
        ev("2022-08-08-honiara-sherman-wale", M, OCC, "2022-08", "Honiara", [SHERMAN, WALE], [],
           "On the same trip Sherman met opposition leader Matthew Wale"),
        ev("2022-10-06-canberra-albanese-sogavare", M, PLN, "2022-10", "Canberra", [SOGAVARE, ALBANESE], [],
           "Sogavare is due in Canberra next week for talks with Australian Prime Minister Anthony Albanese"),
    ], [
        "Biden's remarks to the leaders; new embassies announced (speech, policy)",
        "Solomons signalled last week it would not sign (statement)",
        "the security pact with China became public in April (no encounter)",
        "Sogavare skipped the memorial service Sherman attended (negation, commemoration)",
        "leaders want to meet again, no date or venue (vague)",
        "photo caption repeats the White House dinner (same event)",
        "sidebars: Rabuka-Bainimarama barbs, Wong to Port Vila, Chinese envoy-Marape",
    ]),

    # 013. Digitised newspaper page in an archive viewer, manifest null; header
    # "SUNDAY, JUNE 17, 2001", dispatch "BRDO PRI KRANJU, Slovenia, June 16 -". "today" in the
    # dispatch -> 16 Jun; "on Friday" -> 15 Jun (Warsaw; Shanghai); "Earlier in the week" ->
    # 2001-06 (Brussels NATO meeting, Goteborg EU-US summit); "next month" -> planned 2001-07
    # (Genoa). Kucan "acted as host"; Powell and Ivanov "joined the leaders for part of the talks".
    ("013", "2001-06-17", True, [
        ev("2001-06-16-brdo-bush-ivanov-kucan-powell-putin", M, OCC, "2001-06-16", "Brdo pri Kranju",
           [BUSH, PUTIN, KUCAN, POWELL, IVANOV], [],
           "President Bush and President Vladimir V. Putin of Russia held their first meeting today"),
        ev("2001-07-22-genoa-bush-putin", M, PLN, "2001-07", "Genoa", [BUSH, PUTIN], ["G8"],
           "agreed to meet again next month at the Group of Eight summit in Genoa"),
        ev("2001-06-15-warsaw-bush-kwasniewski", M, OCC, "2001-06-15", "Warsaw", [BUSH, KWASNIEWSKI], [],
           "where on Friday he met President Aleksander Kwasniewski"),
        ev("2001-06-13-brussels-bush-nato", M, OCC, "2001-06", "Brussels", [BUSH], ["NATO"],
           "he attended a NATO meeting in Brussels"),
        ev("2001-06-14-goteborg-bush-european-union", M, OCC, "2001-06", "Goteborg", [BUSH], ["European Union"],
           "a summit with European Union leaders in Goteborg, Sweden"),
        ev("2001-06-15-shanghai-jiang-putin", M, OCC, "2001-06-15", "Shanghai", [PUTIN, JIANG],
           ["Shanghai Cooperation Organisation"],
           "he joined President Jiang Zemin of China and the leaders of four Central Asian states"),
    ], [
        "joint news conference in the castle garden (press conference)",
        "missile-defense and ABM positions (statements)",
        "Crawford ranch invitation, no date set (invitation not scheduled)",
        "Warsaw University speech (speech)",
        "photo caption repeats the Brdo meeting (same event)",
        "'Also on this page' items: Israeli-Palestinian security chiefs, Macedonian talks, Senate bill",
    ]),

    # 014. Malaysian daily, "Friday, 31 Mar 2023 | 11:10 PM MYT", dateline "BEIJING".
    # "here today" -> 31 Mar, Beijing; "on Thursday" -> 30 Mar (airport welcome); "On Saturday"
    # (future) -> 1 Apr (Li Qiang); "on Friday" -> 31 Mar (Xi-Lee, Beijing by the dateline);
    # "in January" -> 2023-01 (Bogor).
    ("014", "2023-03-31", False, [
        ev("2023-03-31-beijing-anwar-xi", M, OCC, "2023-03-31", "Beijing", [ANWAR, XI], [],
           "Anwar Ibrahim called on Chinese President Xi Jinping at the Great Hall of the People"),
        ev("2023-03-30-beijing-anwar-sun", M, OCC, "2023-03-30", "Beijing", [ANWAR, SUN], [],
           "He was met at Beijing Capital International Airport by Chinese Vice Foreign Minister Sun Weidong"),
        ev("2023-04-01-beijing-anwar-li", M, PLN, "2023-04-01", "Beijing", [ANWAR, LI_QIANG], [],
           "Anwar will be given an official welcome at the Great Hall by Premier Li Qiang"),
        ev("2023-03-31-beijing-lee-xi", M, OCC, "2023-03-31", "Beijing", [XI, LEE], [],
           "Xi separately received Singapore's Prime Minister Lee Hsien Loong on Friday"),
        ev("2023-01-09-bogor-anwar-widodo", M, OCC, "2023-01", "Bogor", [ANWAR, WIDODO], [],
           "he held talks with President Joko Widodo at the Bogor Palace in January"),
    ], [
        "'first face-to-face meeting between the two' (negation of earlier meetings)",
        "Xi's and Anwar's opening remarks (statements inside the meeting)",
        "speech at the Boao Forum (speech; the forum is a backdrop)",
        "due to address a business forum (speech)",
        "Zambry's remarks to reporters (statement)",
        "hope that Xi could visit Malaysia next year (hypothetical)",
        "photo caption repeats the Anwar-Xi meeting (same event)",
        "sidebars: Lee-Li Qiang, Zambry to ASEAN ministers, ASEAN summit in Labuan Bajo",
    ]),
]


def main():
    with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as g, \
            open(os.path.join(HERE, "manifest.jsonl"), "w", encoding="utf-8") as m:
        for aid, pub, hidden, events, _traps in ARTICLES:
            g.write(json.dumps({"id": aid, "published": pub, "events": events}, ensure_ascii=False) + "\n")
            m.write(json.dumps({"id": aid, "published": None if hidden else pub}, ensure_ascii=False) + "\n")
    n = sum(len(a[3]) for a in ARTICLES)
    t = sum(len(a[4]) for a in ARTICLES)
    print(f"wrote {len(ARTICLES)} articles, {n} event mentions, {t} documented traps")


if __name__ == "__main__":
    main()
