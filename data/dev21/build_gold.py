#!/usr/bin/env python3
"""Generate gold.jsonl and manifest.jsonl for the dev21 development corpus.

Run:  python3 data/dev21/build_gold.py   then   python3 data/eval/validate.py data/dev21
Each article lists its true publication date, whether the manifest hides it, its gold
events, and (for documentation only) the traps it contains that must NOT be extracted.
dev21 is a readable development set: unlike the holdout sets, it may be read while developing.
Its emphasis is on phone calls and planned (future) meetings, visits and calls.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

# canonical names
MANDELA, B_CLINTON, BUYOYA, MKAPA, OBASANJO, MUBARAK = (
    "Nelson Mandela", "Bill Clinton", "Pierre Buyoya", "Benjamin Mkapa", "Olusegun Obasanjo", "Hosni Mubarak")
NULAND, BARMOU, BLINKEN, BAZOUM, TINUBU, ISSOUFOU, COLONNA, MODY, GOITA, TRAORE, SALL, OUATTARA = (
    "Victoria Nuland", "Moussa Salaou Barmou", "Antony Blinken", "Mohamed Bazoum", "Bola Tinubu",
    "Mohamed Issoufou", "Catherine Colonna", "Salifou Mody", "Assimi Goita", "Ibrahim Traore", "Macky Sall",
    "Alassane Ouattara")
OBAMA, R_CASTRO, KERRY, RODRIGUEZ, SIMPSON_MILLER, VARELA, JACOBSON, VIDAL = (
    "Barack Obama", "Raul Castro", "John Kerry", "Bruno Rodriguez", "Portia Simpson Miller", "Juan Carlos Varela",
    "Roberta Jacobson", "Josefina Vidal")
KDJ, KJI, MORI, JIANG, PARK_JIE_WON, SONG_HO_GYONG, PARK_JAE_KYU = (
    "Kim Dae-jung", "Kim Jong Il", "Yoshiro Mori", "Jiang Zemin", "Park Jie-won", "Song Ho-gyong", "Park Jae-kyu")
MUSHARRAF, VAJPAYEE, NARAYANAN, ADVANI, SHARIF, JASWANT, SATTAR = (
    "Pervez Musharraf", "Atal Bihari Vajpayee", "K. R. Narayanan", "L. K. Advani", "Nawaz Sharif", "Jaswant Singh",
    "Abdul Sattar")
KOIZUMI, GW_BUSH, KAWAGUCHI, PAEK = "Junichiro Koizumi", "George W. Bush", "Yoriko Kawaguchi", "Paek Nam Sun"
BLAIR, AHERN, ADAMS, TRIMBLE, MITCHELL, HUME = (
    "Tony Blair", "Bertie Ahern", "Gerry Adams", "David Trimble", "George Mitchell", "John Hume")
CALMY_REY, NALBANDYAN, DAVUTOGLU, H_CLINTON, LAVROV, KOUCHNER, SOLANA, AHMADINEJAD, GUL, SARGSYAN = (
    "Micheline Calmy-Rey", "Eduard Nalbandyan", "Ahmet Davutoglu", "Hillary Clinton", "Sergey Lavrov",
    "Bernard Kouchner", "Javier Solana", "Mahmoud Ahmadinejad", "Abdullah Gul", "Serzh Sargsyan")
HAMAD, NETANYAHU, TRUMP, ZAYANI, ABZ, MBZ, POMPEO, KUSHNER = (
    "Hamad bin Isa Al Khalifa", "Benjamin Netanyahu", "Donald Trump", "Abdullatif Al Zayani",
    "Abdullah bin Zayed Al Nahyan", "Mohamed bin Zayed Al Nahyan", "Mike Pompeo", "Jared Kushner")
KADHIMI, HALE, HASHIM, ROUHANI, KHAMENEI, ZARIF, LE_DRIAN = (
    "Mustafa al-Kadhimi", "David Hale", "Abdul Karim Hashim", "Hassan Rouhani", "Ali Khamenei",
    "Mohammad Javad Zarif", "Jean-Yves Le Drian")
GILLARD, ABBOTT, YUDHOYONO = "Julia Gillard", "Tony Abbott", "Susilo Bambang Yudhoyono"
LULA, VAZQUEZ, URIBE, BERGER, CALDERON, CHAVEZ, KIRCHNER = (
    "Luiz Inacio Lula da Silva", "Tabare Vazquez", "Alvaro Uribe", "Oscar Berger", "Felipe Calderon", "Hugo Chavez",
    "Nestor Kirchner")
HABIBIE, ANNAN, ALATAS, ANDJABA, WIRANTO, HOWARD, CHUAN, MCKINNON, ALBRIGHT, DOWNER, AXWORTHY, COOK, SHIPLEY = (
    "B. J. Habibie", "Kofi Annan", "Ali Alatas", "Martin Andjaba", "Wiranto", "John Howard", "Chuan Leekpai",
    "Don McKinnon", "Madeleine Albright", "Alexander Downer", "Lloyd Axworthy", "Robin Cook", "Jenny Shipley")
ABIY, BURHAN, SISI, DAGALO, MBS = (
    "Abiy Ahmed", "Abdel Fattah al-Burhan", "Abdel Fattah el-Sisi", "Mohamed Hamdan Dagalo", "Mohammed bin Salman")
ROUSSEFF, FIGUEIREDO, RICE, BIDEN = "Dilma Rousseff", "Luiz Alberto Figueiredo", "Susan Rice", "Joe Biden"


def ev(key, kind, status, date, location, participants, groups, evidence, date_end=None):
    e = {"key": key, "kind": kind, "status": status, "date": date}
    if date_end:
        e["date_end"] = date_end
    e.update({"location": location, "participants": participants, "groups": groups,
              "evidence": evidence})
    return e


M, C, OCC, PLN = "meeting", "call", "occurred", "planned"

ARTICLES = [
    # Monday wire, dateline "ARUSHA, Tanzania, Aug 28" (no year on the page; the manifest gives 2000-08-28).
    # "signed a peace and reconciliation accord in Arusha on Monday evening, with Nelson Mandela presiding and
    #   Bill Clinton among some twenty foreign leaders watching" -> 28 Aug 2000. Buyoya "put his name to the text";
    #   Mkapa "sat beside Mandela on the platform". The delegations are unnamed: group "Burundian parties".
    # "Clinton and Mandela then talked alone for about half an hour in a side room" -> a separate encounter before
    #   the plenary, same day, Arusha (dateline city).
    # "He held talks with President Olusegun Obasanjo in Abuja on Saturday" -> 26 Aug 2000.
    # "The president is due to travel to Cairo on Tuesday. There he is scheduled to see Hosni Mubarak" -> planned,
    #   29 Aug 2000; the participant is named in one sentence, the place and day in the one before ("The president").
    # "he would convene the region's heads of state in Nairobi next month" -> planned, 2000-09 (key: the Nairobi
    #   summit of 20 Sep 2000); the regional body is the Regional Peace Initiative on Burundi.
    ("000_bi_arusha_accord_clinton_wire", "2000-08-28", False, [
        ev("2000-08-28-arusha-buyoya-clinton-mandela-mkapa", M, OCC, "2000-08-28", "Arusha",
           [MANDELA, B_CLINTON, BUYOYA, MKAPA], ["Burundian parties"],
           "signed a peace and reconciliation accord in Arusha on Monday evening, with Nelson Mandela presiding"),
        ev("2000-08-28-arusha-clinton-mandela", M, OCC, "2000-08-28", "Arusha", [B_CLINTON, MANDELA], [],
           "Clinton and Mandela then talked alone for about half an hour in a side room"),
        ev("2000-08-26-abuja-clinton-obasanjo", M, OCC, "2000-08-26", "Abuja", [B_CLINTON, OBASANJO], [],
           "He held talks with President Olusegun Obasanjo in Abuja on Saturday"),
        ev("2000-08-29-cairo-clinton-mubarak", M, PLN, "2000-08-29", "Cairo", [B_CLINTON, MUBARAK], [],
           "There he is scheduled to see Hosni Mubarak about the stalled Middle East negotiations"),
        ev("2000-09-20-nairobi-burundi-regional-summit", M, PLN, "2000-09", "Nairobi", [MANDELA],
           ["Regional Peace Initiative on Burundi"],
           "he would convene the region's heads of state in Nairobi next month"),
    ], ["'Six small Tutsi-led parties refused to sign' (negation)",
        "'the two main Hutu rebel movements never joined the negotiations' (negation)",
        "'accused the holdouts of sabotage in a blunt speech'; 'Clinton, speaking after him' (speeches)",
        "'took over as facilitator after Julius Nyerere's death last year' (no occasion)",
        "'later visited a village outside the capital' (a visit with no encounter)",
        "'ready to meet the rebel leaders \"anywhere, as soon as they are ready\"' (hypothetical)",
        "'the signing, first set for the afternoon, slipped into the night' (same occasion, rescheduled in-day)",
        "'Diplomats expect more parties to add their signatures' (no occasion)",
        "RELATED / MOST READ: Kenya-Uganda officials 'to meet in Busia', derby fans (furniture)"]),

    # Wednesday radio transcript; the page has no date, the manifest gives 2023-08-09.
    # "ECOWAS heads of state will hold a second emergency summit on the crisis in Abuja tomorrow, with ... Tinubu in
    #   the chair" -> planned, 10 Aug 2023; Sall and Ouattara "are expected" -> planned participants.
    # "The first one, on 30 July, also in Abuja" -> occurred, 30 Jul 2023 ("The first one" = the first summit);
    #   nobody is placed there by name.
    # "On Monday ... Victoria Nuland ... to Niamey. She spent more than two hours with General Moussa Salaou Barmou"
    #   -> 7 Aug 2023; the person is named in one sentence, the encounter ("She") in the next.
    # "Antony Blinken spoke by telephone with him on Tuesday" -> call, 8 Aug 2023 ("him" = Bazoum).
    # "Blinken also dialled Tinubu on 29 July" -> call, 29 Jul 2023.
    # "at the end of July he held a call with the former president, Mohamed Issoufou, and another with his French
    #   counterpart, Catherine Colonna" -> two calls, 2023-07 (month keys: the author does not know the exact days).
    # "A week ago today ... General Salifou Mody, was received by Colonel Assimi Goita in Bamako, and that evening by
    #   Captain Ibrahim Traore in Ouagadougou" -> two meetings, 2 Aug 2023 (a week before Wednesday 9 Aug).
    ("001_ne_niger_ecowas_radio_transcript", "2023-08-09", False, [
        ev("2023-08-10-abuja-ecowas-summit", M, PLN, "2023-08-10", "Abuja", [TINUBU, SALL, OUATTARA], ["ECOWAS"],
           "will hold a second emergency summit on the crisis in Abuja tomorrow"),
        ev("2023-07-30-abuja-ecowas-summit", M, OCC, "2023-07-30", "Abuja", [], ["ECOWAS"],
           "The first one, on 30 July, also in Abuja"),
        ev("2023-08-07-niamey-barmou-nuland", M, OCC, "2023-08-07", "Niamey", [NULAND, BARMOU], [],
           "She spent more than two hours with General Moussa Salaou Barmou"),
        ev("2023-08-08-bazoum-blinken-call", C, OCC, "2023-08-08", None, [BLINKEN, BAZOUM], [],
           "Antony Blinken spoke by telephone with him on Tuesday"),
        ev("2023-07-29-blinken-tinubu-call", C, OCC, "2023-07-29", None, [BLINKEN, TINUBU], [],
           "Blinken also dialled Tinubu on 29 July, the eve of the first summit"),
        ev("2023-07-blinken-issoufou-call", C, OCC, "2023-07", None, [BLINKEN, ISSOUFOU], [],
           "at the end of July he held a call with the former president, Mohamed Issoufou"),
        ev("2023-07-blinken-colonna-call", C, OCC, "2023-07", None, [BLINKEN, COLONNA], [],
           "and another with his French counterpart, Catherine Colonna"),
        ev("2023-08-02-bamako-goita-mody", M, OCC, "2023-08-02", "Bamako", [MODY, GOITA], [],
           "General Salifou Mody, was received by Colonel Assimi Goita in Bamako"),
        ev("2023-08-02-ouagadougou-mody-traore", M, OCC, "2023-08-02", "Ouagadougou", [MODY, TRAORE], [],
           "and that evening by Captain Ibrahim Traore in Ouagadougou"),
    ], ["'That deadline ran out on Sunday' (no occasion)",
        "'She asked to see President Bazoum and General Tchiani. Both requests were turned down.' (refused)",
        "'Washington has been on the phone a lot' (vague, counted)",
        "'An ECOWAS mission led by ... Abubakar flew to Niamey last Thursday but left without seeing General Tchiani' "
        "(negation: no encounter stated)",
        "'a joint mission of ECOWAS, the African Union and the United Nations that was due in Niamey yesterday was "
        "called off' (cancelled)",
        "'The defence chiefs say they have a plan ready' (no occasion)",
        "Related transcripts: Ghana and Togo customs chiefs 'to meet', Mali squad (furniture)"]),

    # Friday live blog; manifest null. The page prints "Friday 10 April 2015", which anchors the weekdays.
    # 21:40 "Varela has declared the seventh Summit of the Americas open" -> the gathering, under way on the
    #   publication day -> occurred; "The two-day meeting ends on Saturday afternoon" -> date_end 11 Apr 2015;
    #   Castro and Obama "were both in the hall"; Varela is the host.
    # 18:15 "a meeting between the two presidents is expected on the sidelines of the summit on Saturday" -> planned,
    #   11 Apr 2015, Panama City ("the two presidents" = Obama and Castro).
    # 15:30 "Obama and Castro spoke by phone on Wednesday" -> call, 8 Apr 2015; "The first, a call of about 45 minutes
    #   on 16 December" -> call, 16 Dec 2014 (the most recent December).
    # 13:05 "Bruno Rodriguez, talked well into the night on Thursday at a hotel in the city" -> 9 Apr 2015.
    #   "held the first round in Havana on January 22 and a second in Washington at the end of February" -> two
    #   meetings, 22 Jan 2015 and 2015-02 (key: 27 Feb 2015); "the end of February" gives only the month.
    # 11:20 "On Thursday he met Caribbean Community leaders at the University of the West Indies" -> 9 Apr 2015;
    #   Kingston from "flew in last night from Kingston"; Simpson Miller "was the host".
    ("002_pa_cu_us_summit_americas_liveblog", "2015-04-10", True, [
        ev("2015-04-10-panama-city-summit-of-the-americas", M, OCC, "2015-04-10", "Panama City",
           [VARELA, R_CASTRO, OBAMA], ["Summit of the Americas"],
           "Varela has declared the seventh Summit of the Americas open at the Atlapa convention centre",
           date_end="2015-04-11"),
        ev("2015-04-11-panama-city-castro-obama", M, PLN, "2015-04-11", "Panama City", [OBAMA, R_CASTRO], [],
           "a meeting between the two presidents is expected on the sidelines of the summit"),
        ev("2015-04-08-castro-obama-call", C, OCC, "2015-04-08", None, [OBAMA, R_CASTRO], [],
           "the White House says Obama and Castro spoke by phone on Wednesday"),
        ev("2014-12-16-castro-obama-call", C, OCC, "2014-12-16", None, [OBAMA, R_CASTRO], [],
           "The first, a call of about 45 minutes on 16 December"),
        ev("2015-04-09-panama-city-kerry-rodriguez", M, OCC, "2015-04-09", "Panama City", [KERRY, RODRIGUEZ], [],
           "Bruno Rodriguez, talked well into the night on Thursday at a hotel in the city"),
        ev("2015-01-22-havana-jacobson-vidal", M, OCC, "2015-01-22", "Havana", [JACOBSON, VIDAL], [],
           "Roberta Jacobson and Josefina Vidal held the first round in Havana on January 22"),
        ev("2015-02-27-washington-jacobson-vidal", M, OCC, "2015-02", "Washington", [JACOBSON, VIDAL], [],
           "and a second in Washington at the end of February"),
        ev("2015-04-09-kingston-obama-simpson-miller", M, OCC, "2015-04-09", "Kingston",
           [OBAMA, SIMPSON_MILLER], ["Caribbean Community"],
           "On Thursday he met Caribbean Community leaders at the University of the West Indies"),
    ], ["KEY POINTS bullets repeat the call and the Kerry talks (same events, listed once)",
        "'No secretary of state had sat down with a Cuban foreign minister since 1958' (negation, historical)",
        "'The negotiators below them have been at it since January' (vague)",
        "'Maduro ... says he will hand Obama a petition ... Whether the two men will talk at all is unclear' "
        "(hypothetical)",
        "'both men announced that their countries would restore relations' (announcement)",
        "Most read: Panama v Costa Rica friendly (furniture)"]),

    # Sunday wire "SEOUL, June 11" (manifest 2000-06-11).
    # "The talks are now set for Tuesday to Thursday" -> planned, 13-15 Jun 2000, Pyongyang; Kim Dae-jung "will ...
    #   meet Kim Jong Il" during the three days.
    # "Kim spent Thursday in Tokyo ... On the sidelines he met Yoshiro Mori" -> 8 Jun 2000; "He also had 25 minutes
    #   with Bill Clinton at a Tokyo hotel" -> 8 Jun 2000; "Clinton had seen Mori earlier the same day" -> 8 Jun 2000.
    # "He went to Beijing late last month on a secret trip and held talks with Jiang Zemin" -> 2000-05 (key: the
    #   visit of 29-31 May 2000).
    # "agreed in Beijing on April 8, when ... Park Jie-won, and the North's Song Ho-gyong signed the accord" -> 8 Apr
    #   2000.
    # "Unification Minister Park Jae-kyu will meet the US and Japanese ambassadors in Seoul on Monday" -> planned,
    #   12 Jun 2000 (invented detail); the ambassadors are unnamed: groups.
    ("003_kr_kp_summit_delay_wire", "2000-06-11", False, [
        ev("2000-06-13-pyongyang-kim-dae-jung-kim-jong-il", M, PLN, "2000-06-13", "Pyongyang", [KDJ, KJI], [],
           "The talks are now set for Tuesday to Thursday", date_end="2000-06-15"),
        ev("2000-06-08-tokyo-kim-dae-jung-mori", M, OCC, "2000-06-08", "Tokyo", [KDJ, MORI], [],
           "On the sidelines he met Yoshiro Mori, Obuchi's successor, at the Akasaka guest house"),
        ev("2000-06-08-tokyo-clinton-kim-dae-jung", M, OCC, "2000-06-08", "Tokyo", [B_CLINTON, KDJ], [],
           "He also had 25 minutes with Bill Clinton at a Tokyo hotel"),
        ev("2000-06-08-tokyo-clinton-mori", M, OCC, "2000-06-08", "Tokyo", [B_CLINTON, MORI], [],
           "Clinton had seen Mori earlier the same day"),
        ev("2000-05-29-beijing-jiang-kim-jong-il", M, OCC, "2000-05", "Beijing", [KJI, JIANG], [],
           "Beijing late last month on a secret trip and held talks with Jiang Zemin"),
        ev("2000-04-08-beijing-park-jie-won-song-ho-gyong", M, OCC, "2000-04-08", "Beijing",
           [PARK_JIE_WON, SONG_HO_GYONG], [],
           "when Seoul's culture minister, Park Jie-won, and the North's Song Ho-gyong signed the accord"),
        ev("2000-06-12-seoul-park-jae-kyu", M, PLN, "2000-06-12", "Seoul", [PARK_JAE_KYU],
           ["United States", "Japan"], "will meet the US and Japanese ambassadors in Seoul on Monday"),
    ], ["'will now fly to Pyongyang on Tuesday instead of Monday' (the Monday date is superseded, not an event)",
        "'passed the request to Seoul through the liaison office at Panmunjom on Saturday evening' (a message, not "
        "a call between parties)",
        "'the state funeral of former Japanese prime minister Keizo Obuchi' (ceremony, backdrop)",
        "'the three governments had agreed to stay in close touch' (vague)",
        "'after weeks of secret contacts' (counted)",
        "'officials of the two sides have met five times at Panmunjom' (counted)",
        "'Kim Il Sung and Kim Young-sam were due to meet in July 1994, but Kim Il Sung died' (cancelled)",
        "'he would report to Washington and Tokyo \"as soon as possible\"' (vague)",
        "RELATED STORIES: Hyundai chairman 'to visit Pyongyang' (furniture)"]),

    # Sunday regional daily; manifest null. The page prints "Sunday, July 15, 2001".
    # "The two leaders are scheduled to meet alone at the Jaypee Palace hotel before lunch" -> planned, 15 Jul 2001,
    #   Agra ("this morning"); "The two leaders" = Musharraf and Vajpayee, named in the sentence before.
    # "Delegation-level talks, led by the foreign ministers, Jaswant Singh and Abdul Sattar, are to follow in the
    #   afternoon" -> a separate planned encounter, 15 Jul 2001, Agra; both delegations as groups.
    # "Yesterday ... President K.R. Narayanan and Vajpayee received the Pakistani leader in the forecourt of
    #   Rashtrapati Bhavan" -> 14 Jul 2001, New Delhi; the banquet in the same building the same day is the same
    #   occasion.
    # "Home Minister L.K. Advani called on him in the afternoon" -> a visit (meeting, not a call), 14 Jul 2001.
    # "At six o'clock he had tea with leaders of the All Parties Hurriyat Conference at the Pakistan High
    #   Commission" -> 14 Jul 2001, New Delhi; the Hurriyat leaders are unnamed: group.
    # "On February 2, after the Gujarat earthquake, Musharraf dialled Vajpayee" -> call, 2 Feb 2001.
    # "Vajpayee's last summit with a Pakistani leader was in Lahore in February 1999, when Nawaz Sharif was his
    #   host" -> 1999-02 (key: 20 Feb 1999).
    ("004_in_pk_agra_summit_regional", "2001-07-15", True, [
        ev("2001-07-15-agra-musharraf-vajpayee", M, PLN, "2001-07-15", "Agra", [MUSHARRAF, VAJPAYEE], [],
           "The two leaders are scheduled to meet alone at the Jaypee Palace hotel"),
        ev("2001-07-15-agra-sattar-singh", M, PLN, "2001-07-15", "Agra", [JASWANT, SATTAR], ["India", "Pakistan"],
           "Delegation-level talks, led by the foreign ministers, Jaswant Singh and Abdul Sattar"),
        ev("2001-07-14-new-delhi-musharraf-narayanan-vajpayee", M, OCC, "2001-07-14", "New Delhi",
           [NARAYANAN, VAJPAYEE, MUSHARRAF], [],
           "President K.R. Narayanan and Vajpayee received the Pakistani leader in the forecourt of Rashtrapati Bhavan"),
        ev("2001-07-14-new-delhi-advani-musharraf", M, OCC, "2001-07-14", "New Delhi", [ADVANI, MUSHARRAF], [],
           "Home Minister L.K. Advani called on him in the afternoon"),
        ev("2001-07-14-new-delhi-musharraf-hurriyat", M, OCC, "2001-07-14", "New Delhi", [MUSHARRAF],
           ["All Parties Hurriyat Conference"],
           "At six o'clock he had tea with leaders of the All Parties Hurriyat Conference"),
        ev("2001-02-02-musharraf-vajpayee-call", C, OCC, "2001-02-02", None, [MUSHARRAF, VAJPAYEE], [],
           "On February 2, after the Gujarat earthquake, Musharraf dialled Vajpayee to offer his sympathy"),
        ev("1999-02-20-lahore-sharif-vajpayee", M, OCC, "1999-02", "Lahore", [VAJPAYEE, SHARIF], [],
           "Vajpayee's last summit with a Pakistani leader was in Lahore in February 1999"),
    ], ["'Narayanan closed the day with a banquet in the same building' (same occasion as the welcome)",
        "'laid a wreath at Rajghat and drove to the house in Daryaganj' (ceremony, private visit)",
        "'an engagement New Delhi had asked him to drop. No Indian minister attended.' (negation)",
        "'The invitation ... went out on May 24, in a letter from Vajpayee, and Musharraf accepted' (the visit itself "
        "is the event; the letter is not)",
        "'The two men have never sat across a table before' (negation)",
        "'On Monday the general visits the shrine at Ajmer' (no encounter)",
        "'he will invite Vajpayee to Islamabad; whether Vajpayee would go \"will depend on Agra\"' (hypothetical)",
        "ALSO READ / Most read (furniture)"]),

    # Interview page with no date line at all; the manifest gives Monday 2002-09-16.
    # "Junichiro Koizumi flies to Pyongyang tomorrow morning for a one-day summit with Kim Jong Il" -> planned,
    #   17 Sep 2002.
    # "Yoriko Kawaguchi and Paek Nam Sun, met in Bandar Seri Begawan at the end of July" -> 2002-07 (key: 31 Jul 2002).
    # "director-general-level talks in Pyongyang on August 25 and 26" -> 25-26 Aug 2002, delegations only.
    # "Koizumi telephoned George W. Bush and Kim Dae-jung himself before the trip was announced on August 30" -> two
    #   calls, 2002-08 (the days are not given: month keys).
    # "last Thursday in New York he sat down with Bush" -> 12 Sep 2002.
    # "He will report to Bush by telephone as soon as he is back in Tokyo tomorrow night" -> planned call,
    #   17 Sep 2002.
    # "He and Kim Dae-jung will hold talks there next week" -> planned, Copenhagen (ASEM), next week = 23-29 Sep
    #   -> 2002-09 (month key).
    ("005_jp_kp_koizumi_pyongyang_interview", "2002-09-16", False, [
        ev("2002-09-17-pyongyang-kim-jong-il-koizumi", M, PLN, "2002-09-17", "Pyongyang", [KOIZUMI, KJI], [],
           "Junichiro Koizumi flies to Pyongyang tomorrow morning for a one-day summit with Kim Jong Il"),
        ev("2002-07-31-bandar-seri-begawan-kawaguchi-paek", M, OCC, "2002-07", "Bandar Seri Begawan",
           [KAWAGUCHI, PAEK], [], "Paek Nam Sun, met in Bandar Seri Begawan at the end of July"),
        ev("2002-08-25-pyongyang-japan-north-korea", M, OCC, "2002-08-25", "Pyongyang", [], ["Japan", "North Korea"],
           "Then came director-general-level talks in Pyongyang on August 25 and 26", date_end="2002-08-26"),
        ev("2002-08-bush-koizumi-call", C, OCC, "2002-08", None, [KOIZUMI, GW_BUSH], [],
           "Koizumi telephoned George W. Bush and Kim Dae-jung himself before the trip was announced"),
        ev("2002-08-kim-dae-jung-koizumi-call", C, OCC, "2002-08", None, [KOIZUMI, KDJ], [],
           "Koizumi telephoned George W. Bush and Kim Dae-jung himself before the trip was announced"),
        ev("2002-09-12-new-york-bush-koizumi", M, OCC, "2002-09-12", "New York", [KOIZUMI, GW_BUSH], [],
           "last Thursday in New York he sat down with Bush"),
        ev("2002-09-17-bush-koizumi-call", C, PLN, "2002-09-17", None, [KOIZUMI, GW_BUSH], [],
           "He will report to Bush by telephone as soon as he is back in Tokyo"),
        ev("2002-09-copenhagen-kim-dae-jung-koizumi", M, PLN, "2002-09", "Copenhagen", [KOIZUMI, KDJ], [],
           "He and Kim Dae-jung will hold talks there next week"),
    ], ["'There were quiet contacts for about a year' (counted)",
        "'In each phone conversation he asked for support' (the same two calls, not new ones)",
        "'on the edge of the regional security forum' / 'the Asia-Europe meeting' (backdrops)",
        "'normalisation talks could restart within weeks, but I would not bet on a date' (hypothetical)",
        "'Will he meet Kim Jong Il again? Maybe one day. Nobody has promised that.' (hypothetical)",
        "Related interviews (furniture)"]),

    # Saturday explainer timeline; manifest null. "Last updated: Saturday 11 April 1998"; each entry has its day.
    # WEDNESDAY 8 APRIL "Ahern flies north at dawn and breakfasts with Blair at Hillsborough" -> 8 Apr 1998.
    # FRIDAY 10 APRIL, SMALL HOURS "Blair and Ahern each ring Bill Clinton" -> two calls, 10 Apr 1998;
    #   "The president then telephones Gerry Adams" -> call; "Shortly afterwards he rings Trimble" -> call.
    # FRIDAY, MID-MORNING "Mitchell ... calls Clinton back" -> call, 10 Apr 1998.
    # FRIDAY, LATE AFTERNOON "Mitchell chairs the closing plenary at Castle Buildings" -> 10 Apr 1998, Belfast
    #   (Castle Buildings is on the Stormont estate); Trimble, Hume and Adams "are all in the room"; the parties are
    #   a group. "Blair and Ahern then sign the new British-Irish Agreement in the same building" -> a separate
    #   encounter of the two governments, 10 Apr 1998, Belfast.
    ("006_gb_ie_good_friday_timeline", "1998-04-11", True, [
        ev("1998-04-08-hillsborough-ahern-blair", M, OCC, "1998-04-08", "Hillsborough", [AHERN, BLAIR], [],
           "Taoiseach Bertie Ahern flies north at dawn and breakfasts with Blair at Hillsborough"),
        ev("1998-04-10-blair-clinton-call", C, OCC, "1998-04-10", None, [BLAIR, B_CLINTON], [],
           "Blair and Ahern each ring Bill Clinton at the White House"),
        ev("1998-04-10-ahern-clinton-call", C, OCC, "1998-04-10", None, [AHERN, B_CLINTON], [],
           "Blair and Ahern each ring Bill Clinton at the White House"),
        ev("1998-04-10-adams-clinton-call", C, OCC, "1998-04-10", None, [B_CLINTON, ADAMS], [],
           "The president then telephones Gerry Adams, urging Sinn Fein to stay in the talks"),
        ev("1998-04-10-clinton-trimble-call", C, OCC, "1998-04-10", None, [B_CLINTON, TRIMBLE], [],
           "Shortly afterwards he rings Trimble"),
        ev("1998-04-10-clinton-mitchell-call", C, OCC, "1998-04-10", None, [MITCHELL, B_CLINTON], [],
           "Mitchell, worried the deal is slipping, calls Clinton back"),
        ev("1998-04-10-belfast-multi-party-talks-plenary", M, OCC, "1998-04-10", "Belfast",
           [MITCHELL, TRIMBLE, HUME, ADAMS], ["Northern Ireland parties"],
           "Mitchell chairs the closing plenary at Castle Buildings, where the parties endorse the agreement"),
        ev("1998-04-10-belfast-ahern-blair", M, OCC, "1998-04-10", "Belfast", [BLAIR, AHERN], [],
           "Blair and Ahern then sign the new British-Irish Agreement in the same building"),
    ], ["'hands the parties a draft' (a document, no encounter named)",
        "'David Trimble telephones Downing Street again and again through the morning' (counted; no named counterpart)",
        "'Tony Blair flies to Belfast ... and sets up at Hillsborough Castle' (travel)",
        "'returns to Dublin for his mother's funeral and is back at Stormont by the evening. Talks run past midnight.' "
        "(vague)",
        "'Gerry Adams and Trimble are in the same building all day but do not speak to each other' (negation)",
        "'The call gets the president out of bed for the second time that night' (the same Mitchell call)",
        "'The Ulster Unionist executive meets in Belfast this morning' (internal party meeting)",
        "'Clinton has said he would like to visit Northern Ireland \"when the time is right\"' (hypothetical)",
        "Related stories / Most read (furniture)"]),

    # Wednesday profile; manifest null. "Published 14.10.2009".
    # "For three hours on Saturday ... Shortly after eight in the evening, Edward Nalbandian and Ahmet Davutoglu
    #   signed the two protocols" -> 10 Oct 2009, Zurich; Calmy-Rey "sat between them", Clinton, Lavrov, Kouchner and
    #   Solana "stood behind". "Nalbandian" is a variant of Eduard Nalbandyan; "Sergei" of Sergey Lavrov.
    # "Clinton left her own hotel, drove to the one where the Armenian delegation was staying and saw Nalbandian
    #   there" -> a separate encounter the same day, Zurich.
    # "From the car she telephoned Davutoglu" -> call, 10 Oct 2009.
    # "In March 2008 she travelled to Tehran and met Mahmoud Ahmadinejad" -> 2008-03 (key: 17 Mar 2008).
    # "Abdullah Gul flew to Yerevan in September last year to watch a qualifier with Serzh Sargsyan" -> 2008-09
    #   (key: 6 Sep 2008).
    # "The return match is played this evening in Bursa. Gul invited Sargsyan ..., an invitation the Armenian
    #   president accepted on Monday. The two presidents are due to sit together in the stands and hold talks
    #   beforehand." -> planned, 14 Oct 2009, Bursa.
    ("007_ch_am_tr_calmy_rey_zurich_profile", "2009-10-14", True, [
        ev("2009-10-10-zurich-calmy-rey-clinton-davutoglu-kouchner-lavrov-nalbandyan-solana", M, OCC, "2009-10-10",
           "Zurich", [NALBANDYAN, DAVUTOGLU, CALMY_REY, H_CLINTON, LAVROV, KOUCHNER, SOLANA], [],
           "Edward Nalbandian and Ahmet Davutoglu signed the two protocols on diplomatic relations"),
        ev("2009-10-10-zurich-clinton-nalbandyan", M, OCC, "2009-10-10", "Zurich", [H_CLINTON, NALBANDYAN], [],
           "drove to the one where the Armenian delegation was staying and saw Nalbandian there"),
        ev("2009-10-10-clinton-davutoglu-call", C, OCC, "2009-10-10", None, [H_CLINTON, DAVUTOGLU], [],
           "From the car she telephoned Davutoglu, and the statements were dropped"),
        ev("2008-03-17-tehran-ahmadinejad-calmy-rey", M, OCC, "2008-03", "Tehran", [CALMY_REY, AHMADINEJAD], [],
           "In March 2008 she travelled to Tehran and met Mahmoud Ahmadinejad"),
        ev("2008-09-06-yerevan-gul-sargsyan", M, OCC, "2008-09", "Yerevan", [GUL, SARGSYAN], [],
           "flew to Yerevan in September last year to watch a qualifier with Serzh Sargsyan"),
        ev("2009-10-14-bursa-gul-sargsyan", M, PLN, "2009-10-14", "Bursa", [GUL, SARGSYAN], [],
           "The two presidents are due to sit together in the stands and hold talks beforehand"),
    ], ["'the two ministers were still arguing, in separate hotels' (no encounter)",
        "'Neither minister spoke' (negation)",
        "'her diplomats had hosted round after round of confidential Turkish-Armenian talks' (counted)",
        "'came home to a storm over the headscarf' (domestic reaction)",
        "'Gul invited Sargsyan to come, an invitation the Armenian president accepted on Monday' (the acceptance is "
        "not an event; the Bursa meeting is)",
        "'Calmy-Rey will not be in Bursa' (negation)",
        "'both protocols still need ratification in Ankara and Yerevan' (no occasion)",
        "Related profiles (furniture)"]),

    # Saturday press release reposted by a portal; manifest null. Datelined "MANAMA, 12 September 2020".
    # "announced yesterday after a telephone call between His Majesty King Hamad bin Isa Al Khalifa, Prime Minister
    #   Benjamin Netanyahu and President Donald J. Trump" -> three-way call, 11 Sep 2020.
    # "Al Zayani will sign a Declaration of Peace with Prime Minister Netanyahu at the White House on Tuesday.
    #   President Trump will host the ceremony, at which ... Abdullah bin Zayed Al Nahyan, will also sign" ->
    #   planned, 15 Sep 2020, Washington.
    # "Before the ceremony, Mr Netanyahu is expected to hold talks with President Trump in the Oval Office" ->
    #   a separate planned meeting, 15 Sep 2020, Washington.
    # "the call of 13 August in which President Trump, Mr Netanyahu and ... Mohamed bin Zayed Al Nahyan ... agreed"
    #   -> call, 13 Aug 2020.
    # "the King received US Secretary of State Mike Pompeo in Manama on 26 August" -> 26 Aug 2020.
    # "Jared Kushner ... called on His Majesty there on 1 September" -> a visit (meeting, not a call), 1 Sep 2020,
    #   Manama ("there").
    ("008_bh_il_normalisation_press_release", "2020-09-12", True, [
        ev("2020-09-11-al-khalifa-netanyahu-trump-call", C, OCC, "2020-09-11", None, [HAMAD, NETANYAHU, TRUMP], [],
           "announced yesterday after a telephone call between His Majesty King Hamad bin Isa Al Khalifa"),
        ev("2020-09-15-washington-al-zayani-bin-zayed-netanyahu-trump", M, PLN, "2020-09-15", "Washington",
           [ZAYANI, NETANYAHU, TRUMP, ABZ], [],
           "sign a Declaration of Peace with Prime Minister Netanyahu at the White House on Tuesday"),
        ev("2020-09-15-washington-netanyahu-trump", M, PLN, "2020-09-15", "Washington", [NETANYAHU, TRUMP], [],
           "Mr Netanyahu is expected to hold talks with President Trump in the Oval Office"),
        ev("2020-08-13-bin-zayed-netanyahu-trump-call", C, OCC, "2020-08-13", None, [TRUMP, NETANYAHU, MBZ], [],
           "follows the call of 13 August in which President Trump, Mr Netanyahu"),
        ev("2020-08-26-manama-al-khalifa-pompeo", M, OCC, "2020-08-26", "Manama", [HAMAD, POMPEO], [],
           "the King received US Secretary of State Mike Pompeo in Manama on 26 August"),
        ev("2020-09-01-manama-al-khalifa-kushner", M, OCC, "2020-09-01", "Manama", [KUSHNER, HAMAD], [],
           "Jared Kushner, Senior Adviser to the President, called on His Majesty there on 1 September"),
    ], ["'The Dilmun Business Council today welcomed the agreement' (statement)",
        "chairman's quotation (statement)",
        "'intends to lead a trade mission to Israel as soon as flights and health conditions permit' (vague; "
        "business, not diplomatic)",
        "'will hold a members' briefing on the agreement in Manama next week' (internal briefing)",
        "Related releases / Latest news: 'Oman welcomes Bahrain step' (furniture)"]),

    # Analysis page with no date line; the manifest gives Saturday 2020-08-08.
    # "Donald Trump will host him at the White House on 20 August" -> planned, 20 Aug 2020.
    # "Officials in Baghdad expect the second session of the US-Iraqi strategic dialogue to be held in Washington
    #   during the same trip" -> planned, 2020-08 (the trip's days are not given; key: 19 Aug 2020), delegations.
    # "The first session, on 11 June, was a video call: David Hale ... and Abdul Karim Hashim" -> call, 11 Jun 2020.
    # "He was due in Riyadh on 20 July, but the visit was postponed ..., and no new date has been announced" -> trap.
    # "He went to Tehran instead, the next day. There he held talks with President Hassan Rouhani and was received by
    #   the Supreme Leader, Ali Khamenei" -> two meetings, 21 Jul 2020.
    # "Zarif came to Baghdad on 19 July, two days before, and Kadhimi received him" -> 19 Jul 2020.
    # "Le Drian was in Baghdad on 16 July and met the prime minister" -> 16 Jul 2020.
    ("009_iq_kadhimi_neighbours_analysis", "2020-08-08", False, [
        ev("2020-08-20-washington-al-kadhimi-trump", M, PLN, "2020-08-20", "Washington", [TRUMP, KADHIMI], [],
           "Donald Trump will host him at the White House on 20 August"),
        ev("2020-08-19-washington-iraq-united-states", M, PLN, "2020-08", "Washington", [],
           ["United States", "Iraq"],
           "expect the second session of the US-Iraqi strategic dialogue to be held in Washington"),
        ev("2020-06-11-hale-hashim-call", C, OCC, "2020-06-11", None, [HALE, HASHIM], ["United States", "Iraq"],
           "The first session, on 11 June, was a video call"),
        ev("2020-07-21-tehran-al-kadhimi-rouhani", M, OCC, "2020-07-21", "Tehran", [KADHIMI, ROUHANI], [],
           "There he held talks with President Hassan Rouhani"),
        ev("2020-07-21-tehran-al-kadhimi-khamenei", M, OCC, "2020-07-21", "Tehran", [KADHIMI, KHAMENEI], [],
           "was received by the Supreme Leader, Ali Khamenei"),
        ev("2020-07-19-baghdad-al-kadhimi-zarif", M, OCC, "2020-07-19", "Baghdad", [ZARIF, KADHIMI], [],
           "came to Baghdad on 19 July, two days before, and Kadhimi received him"),
        ev("2020-07-16-baghdad-al-kadhimi-le-drian", M, OCC, "2020-07-16", "Baghdad", [LE_DRIAN, KADHIMI], [],
           "Jean-Yves Le Drian was in Baghdad on 16 July and met the prime minister"),
    ], ["'He was due in Riyadh on 20 July, but the visit was postponed ... no new date has been announced' "
        "(postponed without a new date)",
        "'by going to Washington before any second trip to Tehran' (hypothetical)",
        "'Whether he can still reach Riyadh before the White House is an open question' (hypothetical)",
        "'the militias that have fired rockets at the Green Zone all summer' (not diplomacy)",
        "Related analysis (furniture)"]),

    # Wednesday broadcaster page "Updated 16 Nov 2011, 8:05pm AEDT" (manifest 2011-11-16).
    # "The two leaders held talks at Parliament House in Canberra shortly after Mr Obama's arrival" -> 16 Nov 2011.
    # "Tomorrow morning ... The Opposition Leader, Tony Abbott, is due to meet him privately at Parliament House
    #   beforehand" -> planned, 17 Nov 2011, Canberra.
    # "He is scheduled to meet President Susilo Bambang Yudhoyono there on Friday" -> planned, 18 Nov 2011, Bali
    #   ("there" = Bali; no city named).
    # "on Saturday he becomes the first US president to attend the East Asia Summit. Ms Gillard will also be at the
    #   summit." -> planned gathering, 19 Nov 2011, Bali.
    # "Both leaders were in Honolulu at the weekend, where APEC leaders met on Saturday and Sunday" -> 12-13 Nov 2011.
    # "Ms Gillard was Mr Obama's guest in the Oval Office in March" -> 2011-03 (key: 7 Mar 2011).
    ("010_au_us_obama_canberra_broadcaster", "2011-11-16", False, [
        ev("2011-11-16-canberra-gillard-obama", M, OCC, "2011-11-16", "Canberra", [OBAMA, GILLARD], [],
           "The two leaders held talks at Parliament House in Canberra shortly after Mr Obama's arrival"),
        ev("2011-11-17-canberra-abbott-obama", M, PLN, "2011-11-17", "Canberra", [ABBOTT, OBAMA], [],
           "The Opposition Leader, Tony Abbott, is due to meet him privately at Parliament House beforehand"),
        ev("2011-11-18-bali-obama-yudhoyono", M, PLN, "2011-11-18", "Bali", [OBAMA, YUDHOYONO], [],
           "He is scheduled to meet President Susilo Bambang Yudhoyono there on Friday"),
        ev("2011-11-19-bali-east-asia-summit", M, PLN, "2011-11-19", "Bali", [OBAMA, GILLARD], ["East Asia Summit"],
           "on Saturday he becomes the first US president to attend the East Asia Summit"),
        ev("2011-11-12-honolulu-apec-leaders", M, OCC, "2011-11-12", "Honolulu", [GILLARD, OBAMA], ["APEC"],
           "in Honolulu at the weekend, where APEC leaders met on Saturday and Sunday", date_end="2011-11-13"),
        ev("2011-03-07-washington-gillard-obama", M, OCC, "2011-03", "Washington", [GILLARD, OBAMA], [],
           "Ms Gillard was Mr Obama's guest in the Oval Office in March"),
    ], ["'then faced reporters together' (press conference)",
        "'Tonight the Prime Minister hosts a parliamentary dinner for the president' (same occasion as the talks)",
        "'Mr Obama addresses a joint sitting of both houses' (speech)",
        "'he will speak to Australian troops and US Marines at RAAF Base Darwin' (speech, no encounter)",
        "'called off planned trips to Australia twice last year ... Neither was rescheduled' (cancelled)",
        "'About 300 protesters gathered'; 'Bob Brown said he would raise the Marines deployment in the Senate' "
        "(domestic)",
        "Related coverage / Most read (furniture)"]),

    # Thursday newsletter "Issue 112 | Thursday, 8 March 2007" (manifest 2007-03-08).
    # The itinerary: Sao Paulo Friday 9 Mar ("will host Bush for talks and lunch"), Uruguay Saturday 10 Mar
    #   ("receives Bush at the Anchorena presidential estate near Colonia del Sacramento", present tense in a
    #   programme), Bogota Sunday 11 Mar, Guatemala City Monday 12 Mar, Merida "on the 13th" -> five planned
    #   meetings.
    # "Lula goes to Camp David on 31 March" -> planned, 31 Mar 2007, Camp David (a place without a city).
    # "Lula hosted Bush at his Granja do Torto ranch outside Brasilia in November 2005" -> 2005-11 (key: 6 Nov 2005).
    # "The two presidents spoke by telephone on 24 January" -> call, 24 Jan 2007 ("The two presidents" = Bush and
    #   Calderon, named in the sentence before).
    # "Calderon had been at the White House as president-elect in November" -> most recent November = 2006-11
    #   (key: 9 Nov 2006).
    # "Hugo Chavez plans to visit Buenos Aires on Friday, where Nestor Kirchner will receive him" -> planned,
    #   9 Mar 2007.
    ("011_latam_bush_tour_newsletter", "2007-03-08", False, [
        ev("2007-03-09-sao-paulo-bush-lula", M, PLN, "2007-03-09", "Sao Paulo", [LULA, GW_BUSH], [],
           "Lula da Silva will host Bush for talks and lunch at the president's hotel"),
        ev("2007-03-10-colonia-del-sacramento-bush-vazquez", M, PLN, "2007-03-10", "Colonia del Sacramento",
           [VAZQUEZ, GW_BUSH], [],
           "Tabare Vazquez receives Bush at the Anchorena presidential estate near Colonia del Sacramento"),
        ev("2007-03-11-bogota-bush-uribe", M, PLN, "2007-03-11", "Bogota", [GW_BUSH, URIBE], [],
           "Bush spends a few hours in talks with Alvaro Uribe"),
        ev("2007-03-12-guatemala-city-berger-bush", M, PLN, "2007-03-12", "Guatemala City", [GW_BUSH, BERGER], [],
           "Talks with Oscar Berger in Guatemala City"),
        ev("2007-03-13-merida-bush-calderon", M, PLN, "2007-03-13", "Merida", [GW_BUSH, CALDERON], [],
           "Bush is scheduled to meet Felipe Calderon in Merida on the 13th"),
        ev("2007-03-31-camp-david-bush-lula", M, PLN, "2007-03-31", "Camp David", [LULA, GW_BUSH], [],
           "Lula goes to Camp David on 31 March"),
        ev("2005-11-06-brasilia-bush-lula", M, OCC, "2005-11", "Brasilia", [LULA, GW_BUSH], [],
           "Lula hosted Bush at his Granja do Torto ranch outside Brasilia in November 2005"),
        ev("2007-01-24-bush-calderon-call", C, OCC, "2007-01-24", None, [GW_BUSH, CALDERON], [],
           "The two presidents spoke by telephone on 24 January"),
        ev("2006-11-09-washington-bush-calderon", M, OCC, "2006-11", "Washington", [CALDERON, GW_BUSH], [],
           "Calderon had been at the White House as president-elect in November"),
        ev("2007-03-09-buenos-aires-chavez-kirchner", M, PLN, "2007-03-09", "Buenos Aires", [CHAVEZ, KIRCHNER], [],
           "Nestor Kirchner will receive him before an evening rally at a football stadium"),
    ], ["'a morning visit to an ethanol terminal' (no encounter)",
        "'after the visitor spends Friday night in Montevideo' (travel)",
        "'then a visit to the Maya site of Iximche' (no encounter)",
        "'Mexico, 12 to 14 March' (stay; the meeting is on the 13th)",
        "'the first Latin American leader invited there since 1991' (historical, no single occasion named)",
        "'Bush and Calderon have kept in touch since the Mexican took office' (vague)",
        "'He goes on to Bolivia' (travel, no encounter)",
        "'Bush will not set foot in Argentina or Venezuela, and neither side has suggested any contact' (negation)",
        "Read more: 'Mercosur ministers to meet in Asuncion' (furniture)"]),

    # Monday conference bulletin; manifest null. "No. 7 | Monday 13 September 1999".
    # "On Sunday night, Jakarta time, ... He said he had told Kofi Annan of the decision in a phone conversation
    #   minutes earlier" -> call, 12 Sep 1999.
    # "Foreign Minister Ali Alatas is to fly to New York at once to work out the terms with the Security Council" ->
    #   planned meeting, New York, no date given (null); key with month 1999-09.
    # "Before the broadcast, after a long cabinet session in Jakarta, Habibie saw the five envoys of the United
    #   Nations Security Council, led by Namibia's Martin Andjaba" -> 12 Sep 1999, Jakarta.
    # "who had toured Dili with General Wiranto on Saturday" -> 11 Sep 1999, Dili.
    # "John Howard and Bill Clinton met in Auckland yesterday" -> 12 Sep 1999.
    # "Howard had started the day with Thailand's Chuan Leekpai" -> 12 Sep 1999, Auckland.
    # "on Thursday night, when APEC foreign ministers, chaired by ... Don McKinnon, met separately on East Timor" ->
    #   9 Sep 1999, Auckland; Albright, Downer, Axworthy and Cook "were there".
    # "Howard and Habibie met in Bali in April" -> 1999-04 (key: 27 Apr 1999), Bali (no city named).
    # "Twenty-one leaders, Clinton and Howard among them, opened the APEC meeting yesterday afternoon. Today they
    #   retreat to the Auckland Museum, hosted by Prime Minister Jenny Shipley" -> 12-13 Sep 1999, under way.
    ("012_nz_tl_apec_auckland_bulletin", "1999-09-13", True, [
        ev("1999-09-12-annan-habibie-call", C, OCC, "1999-09-12", None, [HABIBIE, ANNAN], [],
           "He said he had told Kofi Annan of the decision in a phone conversation"),
        ev("1999-09-new-york-alatas-un-security-council", M, PLN, None, "New York", [ALATAS],
           ["United Nations Security Council"],
           "Foreign Minister Ali Alatas is to fly to New York at once to work out"),
        ev("1999-09-12-jakarta-andjaba-habibie", M, OCC, "1999-09-12", "Jakarta", [HABIBIE, ANDJABA],
           ["United Nations Security Council mission"],
           "Habibie saw the five envoys of the United Nations Security Council"),
        ev("1999-09-11-dili-andjaba-wiranto", M, OCC, "1999-09-11", "Dili", [ANDJABA, WIRANTO],
           ["United Nations Security Council mission"],
           "who had toured Dili with General Wiranto on Saturday"),
        ev("1999-09-12-auckland-clinton-howard", M, OCC, "1999-09-12", "Auckland", [HOWARD, B_CLINTON], [],
           "John Howard and Bill Clinton met in Auckland yesterday"),
        ev("1999-09-12-auckland-howard-leekpai", M, OCC, "1999-09-12", "Auckland", [HOWARD, CHUAN], [],
           "Howard had started the day with Thailand's Chuan Leekpai"),
        ev("1999-09-09-auckland-apec-foreign-ministers-east-timor", M, OCC, "1999-09-09", "Auckland",
           [MCKINNON, ALBRIGHT, DOWNER, AXWORTHY, COOK], ["APEC"],
           "APEC foreign ministers, chaired by New Zealand's Don McKinnon, met separately on East Timor"),
        ev("1999-04-27-bali-habibie-howard", M, OCC, "1999-04", "Bali", [HOWARD, HABIBIE], [],
           "Howard and Habibie met in Bali in April"),
        ev("1999-09-12-auckland-apec-leaders", M, OCC, "1999-09-12", "Auckland", [B_CLINTON, HOWARD, SHIPLEY],
           ["APEC"], "Twenty-one leaders, Clinton and Howard among them, opened the APEC meeting yesterday afternoon",
           date_end="1999-09-13"),
    ], ["'told Indonesians in a televised address' (address to the nation)",
        "'after a long cabinet session in Jakarta' (domestic)",
        "'He hoped ... to speak to Clinton again \"later tonight or early tomorrow\"' (hedged hope, not a plan)",
        "'Malaysia and the Philippines have said the same' (statements)",
        "'Howard says he has rung Jakarta \"more times than I can count\"' (counted)",
        "'the Auckland Declaration is due for release at 4pm'; dress code (no encounter)",
        "ALSO IN AUCKLAND / Most read: motorcade, protest march, All Blacks (furniture)"]),

    # Thursday explainer "6 June 2019" (manifest 2019-06-06).
    # "Abiy Ahmed, is due in Khartoum on Friday morning ... He is scheduled to hold talks first with General Abdel
    #   Fattah al-Burhan" -> planned, 7 Jun 2019.
    # "The Forces of Freedom and Change ... received an invitation to meet Abiy during the visit, which its leaders
    #   have accepted" -> planned, 7 Jun 2019, Khartoum (the alliance's leaders are unnamed: group).
    # "The African Union's Peace and Security Council, meeting in Addis Ababa today, suspended Sudan" -> 6 Jun 2019.
    # "The general came to Addis Ababa on 28 May and held talks with him there" -> 28 May 2019 ("him" = Abiy).
    # "To Cairo, where Abdel Fattah al-Sisi received him on 25 May, and to Abu Dhabi the next day for talks with
    #   Crown Prince Mohamed bin Zayed" -> 25 and 26 May 2019.
    # "Hemedti, had been received in Jeddah by Crown Prince Mohammed bin Salman shortly before" -> 2019-05 (the day
    #   is not given: month key).
    ("013_sd_abiy_khartoum_explainer", "2019-06-06", False, [
        ev("2019-06-07-khartoum-abiy-al-burhan", M, PLN, "2019-06-07", "Khartoum", [ABIY, BURHAN], [],
           "He is scheduled to hold talks first with General Abdel Fattah al-Burhan"),
        ev("2019-06-07-khartoum-abiy-forces-of-freedom-and-change", M, PLN, "2019-06-07", "Khartoum", [ABIY],
           ["Forces of Freedom and Change"],
           "received an invitation to meet Abiy during the visit, which its leaders have accepted"),
        ev("2019-06-06-addis-ababa-au-peace-and-security-council", M, OCC, "2019-06-06", "Addis Ababa", [],
           ["African Union Peace and Security Council"],
           "The African Union's Peace and Security Council, meeting in Addis Ababa today, suspended Sudan"),
        ev("2019-05-28-addis-ababa-abiy-al-burhan", M, OCC, "2019-05-28", "Addis Ababa", [BURHAN, ABIY], [],
           "The general came to Addis Ababa on 28 May and held talks with him there"),
        ev("2019-05-25-cairo-al-burhan-el-sisi", M, OCC, "2019-05-25", "Cairo", [BURHAN, SISI], [],
           "To Cairo, where Abdel Fattah al-Sisi received him on 25 May"),
        ev("2019-05-26-abu-dhabi-al-burhan-bin-zayed", M, OCC, "2019-05-26", "Abu Dhabi", [BURHAN, MBZ], [],
           "to Abu Dhabi the next day for talks with Crown Prince Mohamed bin Zayed"),
        ev("2019-05-jeddah-bin-salman-dagalo", M, OCC, "2019-05", "Jeddah", [DAGALO, MBS], [],
           "had been received in Jeddah by Crown Prince Mohammed bin Salman shortly before"),
    ], ["'Abiy will not bring the two sides into one room' (negation)",
        "'Security forces broke up the sit-in' (not diplomacy)",
        "'The council then tore up what had been agreed and said it would call elections' (statement)",
        "'days after his first trips abroad' (summary of the listed trips, not new ones)",
        "'Have the generals and the protesters met since Monday? No. Their last session was in May' (negation; the "
        "May session is vague, no day or place)",
        "'Several Gulf and Western governments say they are in contact with both sides' (vague)",
        "'Burhan says he is ready to talk \"at any time\"' (hypothetical)",
        "Read more (furniture)"]),

    # Tuesday translated article (manifest 2013-09-17).
    # "Obama and Rousseff spoke on Monday night. The call, placed from the White House, lasted about twenty minutes"
    #   -> call, 16 Sep 2013 (the verb "spoke" alone; the next sentence makes it a call).
    # "the G20 summit in St Petersburg earlier this month, where the two met privately on the sidelines" -> 2013-09
    #   (key: 6 Sep 2013); the summit itself is a backdrop.
    # "Last week Foreign Minister Luiz Alberto Figueiredo went to Washington and was received by National Security
    #   Adviser Susan Rice at the White House" -> 2013-09 (last week = 9-15 Sep; key: 11 Sep 2013).
    # "Next week he is scheduled to see John Kerry in New York" -> planned, 2013-09 (next week = 23-29 Sep), "he" =
    #   the minister (invented detail).
    # "Vice President Joe Biden saw Rousseff in Brasilia at the end of May" -> 2013-05 (key: 31 May 2013).
    # "John Kerry was received by her there on 13 August" -> 13 Aug 2013, Brasilia ("there").
    # "Rousseff herself was last in the Oval Office in April 2012" -> 2012-04 (key: 9 Apr 2012).
    # "Obama's stop in Brasilia in March 2011, when she received him at the Planalto" -> 2011-03 (key: 19 Mar 2011).
    ("014_br_us_rousseff_visit_translated", "2013-09-17", False, [
        ev("2013-09-16-obama-rousseff-call", C, OCC, "2013-09-16", None, [OBAMA, ROUSSEFF], [],
           "Obama and Rousseff spoke on Monday night"),
        ev("2013-09-06-st-petersburg-obama-rousseff", M, OCC, "2013-09", "St Petersburg", [ROUSSEFF, OBAMA], [],
           "at the G20 summit in St Petersburg earlier this month, where the two met privately"),
        ev("2013-09-11-washington-figueiredo-rice", M, OCC, "2013-09", "Washington", [FIGUEIREDO, RICE], [],
           "was received by National Security Adviser Susan Rice at the White House"),
        ev("2013-09-new-york-figueiredo-kerry", M, PLN, "2013-09", "New York", [FIGUEIREDO, KERRY], [],
           "Next week he is scheduled to see John Kerry in New York"),
        ev("2013-05-31-brasilia-biden-rousseff", M, OCC, "2013-05", "Brasilia", [BIDEN, ROUSSEFF], [],
           "Vice President Joe Biden saw Rousseff in Brasilia at the end of May"),
        ev("2013-08-13-brasilia-kerry-rousseff", M, OCC, "2013-08-13", "Brasilia", [KERRY, ROUSSEFF], [],
           "John Kerry was received by her there on 13 August"),
        ev("2012-04-09-washington-obama-rousseff", M, OCC, "2012-04", "Washington", [ROUSSEFF, OBAMA], [],
           "Rousseff herself was last in the Oval Office in April 2012, on a working visit"),
        ev("2011-03-19-brasilia-obama-rousseff", M, OCC, "2011-03", "Brasilia", [OBAMA, ROUSSEFF], [],
           "Obama's stop in Brasilia in March 2011, when she received him at the Planalto"),
    ], ["'has postponed the state visit to Washington that had been scheduled for 23 October' (postponed, no new date)",
        "'the presidents \"look forward\" to the visit at a date still to be agreed' (vague)",
        "'the G20 summit in St Petersburg' (backdrop; the private meeting is the event)",
        "'The minister came back without the written answers' (no occasion)",
        "'the day after he had been in Bogota' (a stop with no encounter stated)",
        "'it could be rescheduled for next year, but nobody would name a month' (hypothetical)",
        "'she will open the General Assembly debate on Tuesday with a speech' (speech)",
        "Read also: 'Senate committee to question Figueiredo on Thursday' (furniture, domestic)"]),
]


def main():
    with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as g, \
         open(os.path.join(HERE, "manifest.jsonl"), "w", encoding="utf-8") as m:
        for aid, pub, hide, events, _traps in ARTICLES:
            g.write(json.dumps({"id": aid, "published": pub, "events": events}, ensure_ascii=False) + "\n")
            m.write(json.dumps({"id": aid, "published": None if hide else pub}) + "\n")
    n_calls = sum(1 for a in ARTICLES for e in a[3] if e["kind"] == C)
    n_planned = sum(1 for a in ARTICLES for e in a[3] if e["status"] == PLN)
    n_either = sum(1 for a in ARTICLES for e in a[3] if e["kind"] == C or e["status"] == PLN)
    print(f"events: {sum(len(a[3]) for a in ARTICLES)}; calls: {n_calls}; planned: {n_planned}; "
          f"call or planned: {n_either}")
    print(f"traps (documented, not in gold): {sum(len(a[4]) for a in ARTICLES)}")


if __name__ == "__main__":
    main()
