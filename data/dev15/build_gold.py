#!/usr/bin/env python3
"""Generate gold.jsonl and manifest.jsonl for the dev15 development corpus.

Run:  python3 data/dev15/build_gold.py   then   python3 data/eval/validate.py data/dev15
Each article lists its true publication date, whether the manifest hides it, its gold
events, and (for documentation only) the traps it contains that must NOT be extracted.
dev15 is a readable development set: unlike the holdout sets, it may be read while developing.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

# canonical names
FRANCIS, WIDODO, UMAR, MARAPE, RAMOS_HORTA = ("Pope Francis", "Joko Widodo", "Nasaruddin Umar", "James Marape",
                                              "Jose Ramos-Horta")
XI, RAMAPHOSA, LULA, MODI, LAVROV = ("Xi Jinping", "Cyril Ramaphosa", "Luiz Inacio Lula da Silva", "Narendra Modi",
                                     "Sergey Lavrov")
LOURENCO, MITSOTAKIS = "Joao Lourenco", "Kyriakos Mitsotakis"
FAYE, GOITA, TRAORE, TIANI, GHAZOUANI = ("Bassirou Diomaye Faye", "Assimi Goita", "Ibrahim Traore",
                                         "Abdourahamane Tiani", "Mohamed Ould Ghazouani")
FALL, DIOP, TINUBU = "Yassine Fall", "Abdoulaye Diop", "Bola Tinubu"
BARROT, DEBY, KOULAMALLAH, ABIY, MACRON, PUTIN = ("Jean-Noel Barrot", "Mahamat Idriss Deby", "Abderaman Koulamallah",
                                                 "Abiy Ahmed", "Emmanuel Macron", "Vladimir Putin")
YOON, PAVEL, FIALA, VYSTRCIL, PARK, ZEMAN = ("Yoon Suk Yeol", "Petr Pavel", "Petr Fiala", "Milos Vystrcil",
                                             "Park Geun-hye", "Milos Zeman")
RAMGOOLAM, GOKHOOL, RAMFUL, JAISHANKAR = ("Navin Ramgoolam", "Dharam Gokhool", "Dhananjay Ramful",
                                          "Subrahmanyam Jaishankar")
A_JUGNAUTH, P_JUGNAUTH = "Anerood Jugnauth", "Pravind Jugnauth"
ALBANESE, LI_QIANG, MARCOS, HASINA, BIDEN, TRONG = ("Anthony Albanese", "Li Qiang", "Ferdinand Marcos Jr.",
                                                    "Sheikh Hasina", "Joe Biden", "Nguyen Phu Trong")
ALI = "Irfaan Ali"
SANCHEZ, VON_DER_LEYEN, BARROW = "Pedro Sanchez", "Ursula von der Leyen", "Adama Barrow"
RUTO, KIIR, SUMBEIYWO, JUUK, AMUM = ("William Ruto", "Salva Kiir", "Lazarus Sumbeiywo", "Kuol Manyang Juuk",
                                     "Pagan Amum")
LAMOLA, TUGGAR = "Ronald Lamola", "Yusuf Tuggar"
KARNER, PREDOIU, ILKOV, PINTER, NEHAMMER, CIOLACU = ("Gerhard Karner", "Catalin Predoiu", "Atanas Ilkov",
                                                     "Sandor Pinter", "Karl Nehammer", "Marcel Ciolacu")
MURMU = "Droupadi Murmu"
CHARLES, CAMILLA, MATTARELLA = "King Charles III", "Queen Camilla", "Sergio Mattarella"


def ev(key, kind, status, date, location, participants, groups, evidence, date_end=None):
    e = {"key": key, "kind": kind, "status": status, "date": date}
    if date_end:
        e["date_end"] = date_end
    e.update({"location": location, "participants": participants, "groups": groups,
              "evidence": evidence})
    return e


M, C, OCC, PLN = "meeting", "call", "occurred", "planned"

# shared keys (same real-world event in several articles)
K_BAMAKO = "2024-05-30-bamako-faye-goita"
K_OUAGA = "2024-05-30-ouagadougou-faye-traore"
K_JUGNAUTH_2023 = "2023-09-08-new-delhi-jugnauth-modi"

ARTICLES = [
    # Wednesday wire (4 September 2024, "19:20 WIB"). "held talks with ... at the Merdeka Palace on Wednesday" ->
    # 4 Sep, Merdeka Palace -> Jakarta. "On Thursday ... is expected to meet the Grand Imam" -> planned 5 Sep,
    # Istiqlal Mosque -> Jakarta. "flies to Port Moresby on Friday and is scheduled to meet ... Marape on Saturday"
    # -> planned 7 Sep. "On Monday he is due in Dili, where President Jose Ramos-Horta will receive him" -> planned
    # 9 Sep (next Monday after a Wednesday). Diacritics: Jose.
    ("000_va_id_pope_francis_jakarta_wire", "2024-09-04", False, [
        ev("2024-09-04-jakarta-francis-widodo", M, OCC, "2024-09-04", "Jakarta", [FRANCIS, WIDODO], [],
           "Pope Francis held talks with President Joko Widodo at the Merdeka Palace on Wednesday"),
        ev("2024-09-05-jakarta-francis-umar", M, PLN, "2024-09-05", "Jakarta", [FRANCIS, UMAR], [],
           "he is expected to meet the Grand Imam, Nasaruddin Umar"),
        ev("2024-09-07-port-moresby-francis-marape", M, PLN, "2024-09-07", "Port Moresby", [FRANCIS, MARAPE], [],
           "is scheduled to meet Papua New Guinea's Prime Minister James Marape on Saturday"),
        ev("2024-09-09-dili-francis-ramos-horta", M, PLN, "2024-09-09", "Dili", [FRANCIS, RAMOS_HORTA], [],
           "On Monday he is due in Dili, where President José Ramos-Horta will receive him"),
    ], ["'Widodo ... later told reporters' (press)",
        "'Francis then addressed government officials, diplomats and civil society leaders' (speech)",
        "'he met bishops, priests and religious sisters', 'spent an hour in private with members of his own Jesuit "
        "order' (internal to the Church, not diplomatic)",
        "'Yaqut Cholil Qoumas had welcomed the pope at Soekarno-Hatta airport on Tuesday' (airport welcome)",
        "'The Vatican did not say whether Francis would also see President-elect Prabowo Subianto' (vague)",
        "'The two men are due to walk together through the ... tunnel' (same occasion as the Istiqlal meeting)",
        "'before the 12-day tour ends in Singapore' (travel, no encounter)",
        "'John Paul II was the last pope to travel to Indonesia, in 1989' (travel, no encounter)",
        "Related: 'Pope to meet Timor-Leste's Ramos-Horta in Dili', 'Widodo hosts Albanese at Bogor palace', "
        "'Indonesia to meet Australia in World Cup qualifier', 'Prabowo meets Malaysian PM Anwar' (furniture, sport)"]),

    # Wednesday live blog (23 August 2023). 08:40 entry: "Ramaphosa and Xi held talks at the Union Buildings in
    # Pretoria" on Tuesday -> 22 Aug, Pretoria; "On Tuesday evening Lula held a bilateral on the margins of the summit
    # with Xi at the Chinese delegation's hotel in Johannesburg" -> 22 Aug. 10:05: "The 15th BRICS summit runs August
    # 22-24" -> date_end, under way -> occurred; Ramaphosa, Lula, Modi, Xi placed in the session, Lavrov "in the
    # room" (transliteration "Sergei" -> Sergey Lavrov); Sandton Convention Centre -> Johannesburg. 15:40: "met
    # briefly on the sidelines ... this afternoon" -> 23 Aug. 17:10: "will travel to Luanda on Friday to meet" and
    # "is expected in Athens the same day for talks with" -> planned 25 Aug.
    ("001_brics_johannesburg_sandton_liveblog", "2023-08-23", False, [
        ev("2023-08-22-pretoria-ramaphosa-xi", M, OCC, "2023-08-22", "Pretoria", [RAMAPHOSA, XI], [],
           "Ramaphosa and Xi held talks at the Union Buildings in Pretoria"),
        ev("2023-08-22-johannesburg-lula-xi", M, OCC, "2023-08-22", "Johannesburg", [LULA, XI], [],
           "On Tuesday evening Lula held a bilateral on the margins of the summit with Xi"),
        ev("2023-08-22-johannesburg-brics", M, OCC, "2023-08-22", "Johannesburg", [RAMAPHOSA, LULA, MODI, XI, LAVROV],
           ["BRICS"], "The 15th BRICS summit runs August 22-24", date_end="2023-08-24"),
        ev("2023-08-23-johannesburg-modi-xi", M, OCC, "2023-08-23", "Johannesburg", [MODI, XI], [],
           "Narendra Modi and Xi Jinping met briefly on the sidelines of the leaders' session"),
        ev("2023-08-25-luanda-lourenco-lula", M, PLN, "2023-08-25", "Luanda", [LULA, LOURENCO], [],
           "Lula will travel to Luanda on Friday to meet Angolan President João Lourenço"),
        ev("2023-08-25-athens-mitsotakis-modi", M, PLN, "2023-08-25", "Athens", [MODI, MITSOTAKIS], [],
           "expected in Athens the same day for talks with Greek Prime Minister Kyriakos Mitsotakis"),
    ], ["'Asked whether a formal bilateral would follow ..., they said none was scheduled' (negation)",
        "'Lula tells reporters outside his hotel' (press)",
        "'Vladimir Putin ... addresses the plenary in a pre-recorded video' (speech, not a call; Putin not present)",
        "'Xi then skipped the BRICS business forum; ... Wang Wentao read out his speech' (speech, negation)",
        "'ministers signed agreements on energy and trade' (same occasion as Ramaphosa-Xi)",
        "'before flying on to Sao Tome' (travel, no encounter)",
        "'BRICS leaders have met every year since 2009' (habitual)",
        "'An announcement on new members is expected tomorrow' (statement)",
        "Related: 'Ramaphosa hosts Xi at Union Buildings', 'Modi, Xi meet on sidelines in Johannesburg' (same events "
        "as body, furniture), 'Springboks to meet All Blacks at Twickenham', 'Eskom board meets' (sport, company "
        "board)"]),

    # Friday translated article (31/05/2024). "was received on Thursday in Bamako by ... Colonel Assimi Goita" ->
    # 30 May (shared with 003, month-only there); "In the afternoon ... landed in Ouagadougou ... the two leaders
    # held talks at the presidential palace of Kosyam, enlarged to the two delegations" -> 30 May, groups; "It was
    # in Nouakchott, on 18 April ... he was received there by President Mohamed Ould Ghazouani" -> 18 Apr;
    # "agreed that their foreign ministers ... would meet in Dakar next month" -> planned 2024-06.
    ("002_sn_ml_bf_faye_bamako_ouagadougou_translated", "2024-05-31", False, [
        ev(K_BAMAKO, M, OCC, "2024-05-30", "Bamako", [FAYE, GOITA], [],
           "was received on Thursday in Bamako by the President of the Transition, Colonel Assimi Goïta"),
        ev(K_OUAGA, M, OCC, "2024-05-30", "Ouagadougou", [FAYE, TRAORE], ["Burkina Faso", "Senegal"],
           "the two leaders held talks at the presidential palace of Kosyam"),
        ev("2024-04-18-nouakchott-faye-ghazouani", M, OCC, "2024-04-18", "Nouakchott", [FAYE, GHAZOUANI], [],
           "he was received there by President Mohamed Ould Ghazouani"),
        ev("2024-06-dakar-diop-fall", M, PLN, "2024-06", "Dakar", [FALL, DIOP], [],
           "their foreign ministers, Yassine Fall and Abdoulaye Diop, would meet in Dakar next month"),
    ], ["'the two men held a tete-a-tete and then a working lunch' (same occasion as the Bamako visit)",
        "'Captain Ibrahim Traore welcomed him at the foot of the aircraft' (airport welcome; the palace talks are "
        "the event)",
        "'Mr. Faye told a press conference' (press)",
        "'No stopover was planned in Niamey' (negation)",
        "'He has since travelled to Banjul, Bissau, Abidjan, Accra and Abuja' (travel, no encounter, no dates)",
        "'ECOWAS heads of state have met repeatedly since the coups' (counted)",
        "'The idea of a summit between ECOWAS and the Alliance of Sahel States ... has neither a date nor a venue' "
        "(vague)",
        "Read also: 'Goita receives Russian deputy defence minister', 'Faye and Ouattara to meet again in Abidjan', "
        "'Lions of Teranga to meet Mauritania', 'Traore hosts Sahel youth forum' (furniture, sport)"]),

    # Sunday wire (July 7, 2024, 08:30 GMT). Summit "in Niamey on Saturday" -> 6 Jul, the three leaders, body as
    # group; "Tiani had received Traore at the presidential palace for talks on Friday evening" -> 5 Jul, separate
    # encounter; "Foreign ministers of the three countries met in Niamey the same Friday" -> groups only; "ECOWAS heads
    # of state meet in Abuja on Sunday, with ... Tinubu in the chair" -> same day, still ahead at 08:30 -> planned;
    # Faye "visited Bamako and Ouagadougou in late May and met Goita and Traore separately" -> two events, month-only
    # (shared with 002).
    ("003_aes_niamey_confederation_summit_wire", "2024-07-07", False, [
        ev("2024-07-06-niamey-aes", M, OCC, "2024-07-06", "Niamey", [TIANI, GOITA, TRAORE],
           ["Alliance of Sahel States"],
           "signed a treaty creating a confederation at their first joint summit in Niamey on Saturday"),
        ev("2024-07-05-niamey-tiani-traore", M, OCC, "2024-07-05", "Niamey", [TIANI, TRAORE], [],
           "Tiani had received Traoré at the presidential palace for talks on Friday evening"),
        ev("2024-07-05-niamey-burkina-faso-mali-niger", M, OCC, "2024-07-05", "Niamey", [],
           ["Burkina Faso", "Mali", "Niger"],
           "Foreign ministers of the three countries met in Niamey the same Friday"),
        ev("2024-07-07-abuja-ecowas", M, PLN, "2024-07-07", "Abuja", [TINUBU], ["ECOWAS"],
           "ECOWAS heads of state meet in Abuja on Sunday"),
        ev(K_BAMAKO, M, OCC, "2024-05", "Bamako", [FAYE, GOITA], [],
           "visited Bamako and Ouagadougou in late May and met Goïta and Traoré separately"),
        ev(K_OUAGA, M, OCC, "2024-05", "Ouagadougou", [FAYE, TRAORE], [],
           "visited Bamako and Ouagadougou in late May and met Goïta and Traoré separately"),
    ], ["'Goita arrived on Saturday morning' (travel)",
        "'Tiani said in his opening speech' (speech)",
        "'The three men have met many times since Niger's coup a year ago' (counted)",
        "'The bloc has repeatedly invited the three countries ...; each time the juntas rejected the invitation' "
        "(rejected invitations, counted)",
        "'he is widely tipped for a mediating role' (vague)",
        "'a meeting between ECOWAS envoys and AES ministers \"could be useful\" but ... none had been proposed' "
        "(hypothetical, negation)",
        "Related stories: 'Tinubu meets Tiani envoy in Abuja', 'Sahel leaders to meet again in Ouagadougou', "
        "'Niger's Menas to meet Ghana in Nouakchott friendly' (furniture, sport)"]),

    # Monday analysis (2 December 2024). "received by President Mahamat Idriss Deby Itno in N'Djamena last Thursday"
    # -> 28 Nov (Thursday of the previous week); "also held talks with his counterpart, Abderaman Koulamallah" ->
    # separate pair, same day; "met Ethiopian Prime Minister Abiy Ahmed the following day" -> 29 Nov, Addis Ababa;
    # "In April 2021, Emmanuel Macron ... at the funeral ... where he met the son" -> 2021-04; "In January this year
    # he was received by Vladimir Putin in Moscow" -> 2024-01; "military officials are due to meet in N'Djamena next
    # week" -> planned 2024-12, groups only.
    ("004_fr_td_barrot_ndjamena_analysis", "2024-12-02", False, [
        ev("2024-11-28-ndjamena-barrot-deby", M, OCC, "2024-11-28", "N'Djamena", [BARROT, DEBY], [],
           "Barrot was received by President Mahamat Idriss Déby Itno in N'Djamena last Thursday"),
        ev("2024-11-28-ndjamena-barrot-koulamallah", M, OCC, "2024-11-28", "N'Djamena", [BARROT, KOULAMALLAH], [],
           "also held talks with his counterpart, Abderaman Koulamallah"),
        ev("2024-11-29-addis-ababa-abiy-barrot", M, OCC, "2024-11-29", "Addis Ababa", [BARROT, ABIY], [],
           "where he met Ethiopian Prime Minister Abiy Ahmed the following day"),
        ev("2021-04-23-ndjamena-deby-macron", M, OCC, "2021-04", "N'Djamena", [MACRON, DEBY], [],
           "where he met the son who had just taken power"),
        ev("2024-01-24-moscow-deby-putin", M, OCC, "2024-01", "Moscow", [DEBY, PUTIN], [],
           "In January this year he was received by Vladimir Putin in Moscow"),
        ev("2024-12-ndjamena-chad-france", M, PLN, "2024-12", "N'Djamena", [], ["France", "Chad"],
           "French and Chadian military officials are due to meet in N'Djamena next week"),
    ], ["'Koulamallah's ministry announced that Chad was ending its defence cooperation agreement' (statement)",
        "'Macron was the only Western head of state at the funeral of Idriss Deby' (attendance; the meeting with the "
        "son is the event)",
        "'French and Chadian leaders have met countless times since independence in 1960' (counted)",
        "'Macron has not spoken to Deby since the announcement' (negation)",
        "'A Macron visit to Chad, mooted for next year, now looks unlikely' (vague)",
        "'Faye said in an interview with France 2' (interview)",
        "Read more: 'Barrot meets Abiy in Addis Ababa after Chad setback' (same event as body, furniture), 'Niger "
        "junta receives Russian military delegation', 'Chad to meet Ghana in AFCON qualifier', 'Deby names new prime "
        "minister' (furniture, sport)"]),

    # Friday readout ("Date 2024.09.20"). "held a summit with Czech President Petr Pavel at Prague Castle this
    # morning" -> 20 Sep; "since President Park Geun-hye was received by then-President Milos Zeman at Prague Castle
    # in December 2015" -> 2015-12 background; "In the afternoon, President Yoon held talks with Prime Minister Petr
    # Fiala at the Straka Academy", "expanded meeting attended by ministers of both sides" -> groups; "recalled that
    # they had spoken by phone in July" -> 2024-07 call; "On Saturday morning in Prague ... is scheduled to meet
    # President of the Senate Milos Vystrcil" -> planned 21 Sep. Korean names family-first; diacritics Milos,
    # Vystrcil, Plzen, Skoda.
    ("005_kr_cz_yoon_prague_castle_readout", "2024-09-20", False, [
        ev("2024-09-20-prague-pavel-yoon", M, OCC, "2024-09-20", "Prague", [YOON, PAVEL], [],
           "held a summit with Czech President Petr Pavel at Prague Castle this morning"),
        ev("2015-12-03-prague-park-zeman", M, OCC, "2015-12", "Prague", [PARK, ZEMAN], [],
           "President Park Geun-hye was received by then-President Miloš Zeman at Prague Castle in December 2015"),
        ev("2024-09-20-prague-fiala-yoon", M, OCC, "2024-09-20", "Prague", [YOON, FIALA],
           ["South Korea", "Czech Republic"],
           "President Yoon held talks with Prime Minister Petr Fiala at the Straka Academy"),
        ev("2024-07-fiala-yoon-call", C, OCC, "2024-07", None, [YOON, FIALA], [],
           "The two leaders recalled that they had spoken by phone in July"),
        ev("2024-09-21-prague-vystrcil-yoon", M, PLN, "2024-09-21", "Prague", [YOON, VYSTRCIL], [],
           "President Yoon is scheduled to meet President of the Senate Miloš Vystrčil"),
    ], ["'The two leaders witnessed the signing of memoranda', 'then met the press' (same occasion, press)",
        "'Negotiators of KHNP and the Czech utility CEZ have been meeting regularly since then' (habitual, company)",
        "'the board of CEZ met on Wednesday to approve the next phase' (company board meeting)",
        "'President Yoon delivered a keynote speech at the Korea-Czech Business Forum' (speech)",
        "'before travelling to Plzen, where he will visit Doosan Skoda Power' (travel, company site, no encounter)",
        "'agreed to hold a strategic dialogue ... \"on a regular basis\"' (no concrete occasion)",
        "Related: 'President Yoon meets Korean residents in the Czech Republic', 'First Lady ... visits Korean "
        "language school' (furniture)"]),

    # Friday interview (7 March 2025), first person "I" = Ramful. "Prime Minister Modi arrives next Tuesday and will
    # hold talks with Prime Minister Navin Ramgoolam that afternoon at the Prime Minister's Office in Port Louis" ->
    # planned 11 Mar (Friday article, "next Tuesday" = the coming one); "In the evening he will call on President
    # Dharam Gokhool at State House in Moka" -> planned 11 Mar, Moka; "He last came in March 2015, when he held talks
    # with Sir Anerood Jugnauth" -> 2015-03, no city -> Mauritius; "He and Pravind Jugnauth also met in New Delhi in
    # September 2023" -> month-only (shared with 007); "Last month I met Dr S. Jaishankar in New Delhi" -> 2025-02;
    # "came here in July last year, when he called on then Prime Minister Pravind Jugnauth" -> 2024-07, Mauritius;
    # "spoke by phone with Dr Ramgoolam in November" -> 2024-11 call.
    ("006_mu_in_ramful_modi_visit_interview", "2025-03-07", False, [
        ev("2025-03-11-port-louis-modi-ramgoolam", M, PLN, "2025-03-11", "Port Louis", [MODI, RAMGOOLAM], [],
           "Prime Minister Modi arrives next Tuesday and will hold talks with Prime Minister Navin Ramgoolam"),
        ev("2025-03-11-moka-gokhool-modi", M, PLN, "2025-03-11", "Moka", [MODI, GOKHOOL], [],
           "In the evening he will call on President Dharam Gokhool at State House in Moka"),
        ev("2015-03-11-mauritius-jugnauth-modi", M, OCC, "2015-03", "Mauritius", [MODI, A_JUGNAUTH], [],
           "He last came in March 2015, when he held talks with Sir Anerood Jugnauth"),
        ev(K_JUGNAUTH_2023, M, OCC, "2023-09", "New Delhi", [MODI, P_JUGNAUTH], [],
           "He and Pravind Jugnauth also met in New Delhi in September 2023"),
        ev("2025-02-new-delhi-jaishankar-ramful", M, OCC, "2025-02", "New Delhi", [RAMFUL, JAISHANKAR], [],
           "Last month I met Dr S. Jaishankar in New Delhi"),
        ev("2024-07-16-mauritius-jaishankar-jugnauth", M, OCC, "2024-07", "Mauritius", [JAISHANKAR, P_JUGNAUTH], [],
           "when he called on then Prime Minister Pravind Jugnauth"),
        ev("2024-11-modi-ramgoolam-call", C, OCC, "2024-11", None, [MODI, RAMGOOLAM], [],
           "Prime Minister Modi spoke by phone with Dr Ramgoolam in November"),
    ], ["the interview itself (interview)",
        "'On Wednesday he is our chief guest at the National Day parade' (ceremony, no encounter)",
        "'and addressed our National Assembly' (speech)",
        "'Will Mr Modi address the National Assembly again? ... That could be arranged if the calendar allows' "
        "(question, hypothetical, speech)",
        "'Our coast guard officers and their Indian counterparts meet regularly' (habitual)",
        "'Talks with the United Kingdom continue, and I have no meeting with London to announce' (vague, negation)",
        "Most read: 'Modi to meet Ramgoolam in Port Louis next week' (same event as body, furniture), 'Club M to "
        "meet Comoros in World Cup qualifier' (sport)"]),

    # Saturday newsletter (Saturday, 9 September 2023). ASEAN "met in Jakarta on Sept. 5-7" -> date_end, Widodo as
    # chair; "On Thursday Narendra Modi joined ASEAN leaders for the ASEAN-India summit" -> 7 Sep, Jakarta;
    # "Albanese sat down with Chinese Premier Li Qiang on Thursday" -> 7 Sep, Jakarta (section); "Marcos Jr. hosted
    # him on Friday" -> 8 Sep, Manila; "held separate talks with ... Hasina and ... Jugnauth on Friday" -> two
    # events, New Delhi; "received Joe Biden at his residence on Friday evening" -> 8 Sep; G20 "open their two-day
    # summit ... today (Sept. 9-10)" -> under way -> occurred, date_end, Modi, Li Qiang and Biden placed "at the
    # table"; "is due to hold a bilateral with Emmanuel Macron on Sunday" -> planned 10 Sep (New Delhi section);
    # "Biden flies to Hanoi on Sunday, where ... Nguyen Phu Trong will receive him" -> planned 10 Sep.
    ("007_asia_saturday_briefing_roundup", "2023-09-09", False, [
        ev("2023-09-05-jakarta-asean", M, OCC, "2023-09-05", "Jakarta", [WIDODO], ["ASEAN"],
           "Southeast Asian leaders met in Jakarta on Sept. 5-7 for the 43rd ASEAN summit",
           date_end="2023-09-07"),
        ev("2023-09-07-jakarta-asean-india", M, OCC, "2023-09-07", "Jakarta", [MODI], ["ASEAN"],
           "On Thursday Narendra Modi joined ASEAN leaders for the ASEAN-India summit"),
        ev("2023-09-07-jakarta-albanese-li", M, OCC, "2023-09-07", "Jakarta", [ALBANESE, LI_QIANG], [],
           "Anthony Albanese sat down with Chinese Premier Li Qiang on Thursday"),
        ev("2023-09-08-manila-albanese-marcos", M, OCC, "2023-09-08", "Manila", [MARCOS, ALBANESE], [],
           "where President Ferdinand Marcos Jr. hosted him on Friday"),
        ev("2023-09-08-new-delhi-hasina-modi", M, OCC, "2023-09-08", "New Delhi", [MODI, HASINA], [],
           "Modi held separate talks with Bangladesh's Sheikh Hasina and Mauritius's Pravind Jugnauth on Friday"),
        ev(K_JUGNAUTH_2023, M, OCC, "2023-09-08", "New Delhi", [MODI, P_JUGNAUTH], [],
           "Modi held separate talks with Bangladesh's Sheikh Hasina and Mauritius's Pravind Jugnauth on Friday"),
        ev("2023-09-08-new-delhi-biden-modi", M, OCC, "2023-09-08", "New Delhi", [MODI, BIDEN], [],
           "then received Joe Biden at his residence on Friday evening"),
        ev("2023-09-09-new-delhi-g20", M, OCC, "2023-09-09", "New Delhi", [MODI, LI_QIANG, BIDEN], ["G20"],
           "G20 leaders open their two-day summit at Bharat Mandapam in New Delhi today",
           date_end="2023-09-10"),
        ev("2023-09-10-new-delhi-macron-modi", M, PLN, "2023-09-10", "New Delhi", [MODI, MACRON], [],
           "Modi is due to hold a bilateral with Emmanuel Macron on Sunday"),
        ev("2023-09-10-hanoi-biden-trong", M, PLN, "2023-09-10", "Hanoi", [BIDEN, TRONG], [],
           "where Communist Party General Secretary Nguyen Phu Trong will receive him"),
    ], ["'Myanmar's junta was again barred from sending a political representative' (negation)",
        "'said he would visit China \"later this year\"' (travel, no encounter, vague)",
        "'The two signed a strategic partnership' (same occasion as Albanese-Marcos)",
        "'Xi Jinping stayed away ...; Vladimir Putin is also absent' (negations)",
        "'Thailand's new cabinet ... was sworn in before the King on Tuesday' (domestic)",
        "'Indonesia met Turkmenistan in a football friendly in Surabaya on Friday' (sport)",
        "Read more: 'Kishida and Li Qiang speak briefly in Jakarta', 'Biden to meet Trong in Hanoi on Sunday', "
        "'Modi, Hasina meet in New Delhi' (furniture, two of them the same events as the body), 'Japan to meet "
        "Germany in Wolfsburg friendly' (sport)"]),

    # Friday op-ed (Friday, February 14, 2025), meetings only in passing. "When Narendra Modi sat down with President
    # Irfaan Ali in Georgetown last November" -> 2024-11; "When CARICOM heads of government gather in Bridgetown next
    # week" -> planned 2025-02, body as group.
    ("008_gy_in_caribbean_delhi_oped", "2025-02-14", False, [
        ev("2024-11-20-georgetown-ali-modi", M, OCC, "2024-11", "Georgetown", [MODI, ALI], [],
           "When Narendra Modi sat down with President Irfaan Ali in Georgetown last November"),
        ev("2025-02-19-bridgetown-caricom", M, PLN, "2025-02", "Bridgetown", [], ["CARICOM"],
           "When CARICOM heads of government gather in Bridgetown next week"),
    ], ["the op-ed itself (opinion)",
        "'Summits are held, photographs are taken' (generic)",
        "'Our leaders have met their Indian counterparts many times' (counted)",
        "'A third India-CARICOM summit has been talked about, but nobody has named a date or a host' (vague)",
        "'it could convene one in the region this year' (hypothetical)",
        "'The board of Guyana Power and Light met last month' (company board meeting)",
        "More from Opinion / Most read: 'Ali-Modi talks must deliver for rice farmers' (same event, furniture), "
        "'Bridgetown summit must tackle Haiti', 'West Indies to meet India in Port of Spain Test' (furniture, sport)"]),

    # Wednesday translated article ("28 AUG 2024 - 13:45 CEST"). "was received on Tuesday in Nouakchott by ...
    # Ghazouani" -> 27 Aug; "in February he had already travelled to Nouakchott with ... von der Leyen, and the two
    # were received together by the Mauritanian leader" -> 2024-02; "This Wednesday (28), Sanchez arrived in Banjul,
    # where he held a meeting with President Adama Barrow at State House" -> 28 Aug, held; "On Thursday ... is
    # expected to meet ... Faye, in Dakar" -> planned 29 Aug; "spoke by phone last week" -> 2024-08 call.
    ("009_es_mr_gm_sanchez_west_africa_translated", "2024-08-28", False, [
        ev("2024-08-27-nouakchott-ghazouani-sanchez", M, OCC, "2024-08-27", "Nouakchott", [SANCHEZ, GHAZOUANI], [],
           "Pedro Sánchez, was received on Tuesday in Nouakchott by the Mauritanian president, Mohamed Ould Ghazouani"),
        ev("2024-02-08-nouakchott-ghazouani-sanchez-von-der-leyen", M, OCC, "2024-02", "Nouakchott",
           [SANCHEZ, VON_DER_LEYEN, GHAZOUANI], [],
           "the two were received together by the Mauritanian leader"),
        ev("2024-08-28-banjul-barrow-sanchez", M, OCC, "2024-08-28", "Banjul", [SANCHEZ, BARROW], [],
           "Sánchez arrived in Banjul, where he held a meeting with President Adama Barrow"),
        ev("2024-08-29-dakar-faye-sanchez", M, PLN, "2024-08-29", "Dakar", [SANCHEZ, FAYE], [],
           "Sánchez is expected to meet the Senegalese president, Bassirou Diomaye Faye, in Dakar"),
        ev("2024-08-faye-sanchez-call", C, OCC, "2024-08", None, [SANCHEZ, FAYE], [],
           "The two leaders spoke by phone last week to prepare the visit"),
    ], ["'Both leaders signed a memorandum on circular migration' (same occasion as the Nouakchott meeting)",
        "'The two governments agreed to reinforce patrols' (same occasion as Banjul)",
        "'The Government ruled out a stop in Bamako' (negation)",
        "'a meeting between the foreign ministers of Spain and Mali that had been floated in July was called off' "
        "(called off)",
        "'Clavijo has asked to be received by Sanchez when he returns' (domestic, request, no occasion)",
        "Read also: 'Sanchez and Barrow sign security accord in Banjul' (same event, furniture), 'Clavijo meets "
        "Sanchez at La Moncloa', 'Spain to meet Senegal in U-20 World Cup', 'Albares meets Mauritanian counterpart "
        "in Madrid' (furniture, sport)"]),

    # Friday wire (dateline "NAIROBI, May 10" without a year; the feed gives 2024-05-10). Talks "opened ... in Nairobi
    # on Thursday, hosted by ... Ruto" -> 9 May; delegation leaders Juuk and Amum and mediator Sumbeiywo named as part
    # of the talks; the two sides as groups. "Ruto spoke by phone with President Salva Kiir on Wednesday" -> 8 May
    # call; "Earlier this month, Sumbeiywo paid a visit to Juba, where he was received by Kiir" -> 2024-05.
    ("010_ss_ke_tumaini_talks_nairobi_wire", "2024-05-10", False, [
        ev("2024-05-09-nairobi-tumaini-talks", M, OCC, "2024-05-09", "Nairobi", [RUTO, JUUK, AMUM, SUMBEIYWO],
           ["South Sudan", "South Sudanese opposition groups"],
           "opened talks in Nairobi on Thursday, hosted by Kenyan President William Ruto"),
        ev("2024-05-08-kiir-ruto-call", C, OCC, "2024-05-08", None, [RUTO, KIIR], [],
           "Ruto spoke by phone with President Salva Kiir on Wednesday"),
        ev("2024-05-juba-kiir-sumbeiywo", M, OCC, "2024-05", "Juba", [SUMBEIYWO, KIIR], [],
           "Earlier this month, Sumbeiywo paid a visit to Juba, where he was received by Kiir"),
    ], ["'Sumbeiywo brokered the negotiations that led to the 2005 agreement' (background, no single occasion)",
        "'Ruto told the opening session' (speech)",
        "'Kiir did not attend the opening' (negation)",
        "'The holdout groups have met government envoys several times since 2019 in Rome' (counted)",
        "'a deal could be signed within weeks if both sides drop their preconditions' (hypothetical)",
        "'expected to run for about a week before a break' (same talks, no new occasion)",
        "Related: 'Ruto meets Kiir in Juba to discuss oil pipeline', 'Kenya's Morans to meet South Sudan in "
        "AfroBasket qualifier', 'IGAD leaders to meet in Djibouti' (furniture, sport)"]),

    # Manifest null: page date "03 December 2024" (Tuesday). "today hosted ... Tinubu ... in Cape Town for the 11th
    # Session" -> 3 Dec, ministers of both countries -> groups; "On Monday, a Ministerial Meeting in Cape Town was
    # co-chaired by ... Lamola, and ... Tuggar" -> 2 Dec; "Senior officials ... held a video conference on 19
    # November" -> call, groups only; "the 12th Session of the BNC will be held in Nigeria in 2026" -> planned,
    # year only, country.
    ("011_za_ng_binational_commission_presidency_release", "2024-12-03", True, [
        ev("2024-12-03-cape-town-ramaphosa-tinubu", M, OCC, "2024-12-03", "Cape Town", [RAMAPHOSA, TINUBU],
           ["South Africa", "Nigeria"],
           "President Cyril Ramaphosa today hosted His Excellency President Bola Ahmed Tinubu"),
        ev("2024-12-02-cape-town-lamola-tuggar", M, OCC, "2024-12-02", "Cape Town", [LAMOLA, TUGGAR], [],
           "On Monday, a Ministerial Meeting in Cape Town was co-chaired by"),
        ev("2024-11-19-nigeria-south-africa-call", C, OCC, "2024-11-19", None, [], ["South Africa", "Nigeria"],
           "Senior officials of the two countries held a video conference on 19 November"),
        ev("2026-nigeria-south-africa-nigeria-bnc", M, PLN, "2026", "Nigeria", [], ["South Africa", "Nigeria"],
           "the 12th Session of the BNC will be held in Nigeria in 2026"),
    ], ["'the Commission has held ten sessions, alternating between the two countries' (counted)",
        "'President Ramaphosa said' (statement)",
        "'witnessed the signing of agreements', 'addressed a joint media briefing' (same occasion, press)",
        "'President Tinubu departed Cape Town in the evening' (travel)",
        "Related / Latest news: 'President Ramaphosa to host Nigerian counterpart for Bi-National Commission' (same "
        "event, furniture), 'President Ramaphosa receives credentials of new ambassadors', 'Presidential Climate "
        "Commission meets in Johannesburg' (furniture, domestic)"]),

    # Friday analysis (13 December 2024). "On Thursday, interior ministers of the 27 member states, meeting in
    # Brussels" -> 12 Dec, EU as group, Karner placed "in the room"; "on 8 December 2022, when EU interior ministers
    # met in Brussels and Karner ... blocked" -> 2022-12-08; "Budapest on 22 November. Karner sat down with ...
    # Predoiu and Atanas Ilkov, at a meeting hosted by ... Pinter Sandor" (Hungarian family-first order) -> four
    # participants; "On the eve of the Budapest meeting ... Nehammer and ... Ciolacu spoke by phone" -> 21 Nov call;
    # "Predoiu and Ilkov are due to meet at the Giurgiu border crossing on 1 January" -> planned 2025-01-01.
    # Diacritics: Catalin, Pinter Sandor.
    ("012_ro_bg_at_schengen_veto_analysis", "2024-12-13", False, [
        ev("2024-12-12-brussels-eu-interior-ministers", M, OCC, "2024-12-12", "Brussels", [KARNER], ["European Union"],
           "On Thursday, interior ministers of the 27 member states, meeting in Brussels, gave unanimous approval"),
        ev("2022-12-08-brussels-eu-interior-ministers", M, OCC, "2022-12-08", "Brussels", [KARNER], ["European Union"],
           "on 8 December 2022, when EU interior ministers met in Brussels"),
        ev("2024-11-22-budapest-ilkov-karner-pinter-predoiu", M, OCC, "2024-11-22", "Budapest",
           [KARNER, PREDOIU, ILKOV, PINTER], [],
           "Karner sat down with his Romanian and Bulgarian counterparts, Cătălin Predoiu and Atanas Ilkov"),
        ev("2024-11-21-ciolacu-nehammer-call", C, OCC, "2024-11-21", None, [NEHAMMER, CIOLACU], [],
           "Karl Nehammer and Romanian Prime Minister Marcel Ciolacu spoke by phone"),
        ev("2025-01-01-giurgiu-ilkov-predoiu", M, PLN, "2025-01-01", "Giurgiu", [PREDOIU, ILKOV], [],
           "Predoiu and Ilkov are due to meet at the Giurgiu border crossing on 1 January"),
    ], ["'the Netherlands also objected to Bulgaria' (statement)",
        "'air and sea borders opened on 31 March this year' (not a meeting)",
        "'The four agreed on joint border patrols' (same occasion as Budapest)",
        "'A trilateral of Austrian, Romanian and Bulgarian leaders in Vienna, pencilled in for October, had been called "
        "off' (called off)",
        "'Austrian and Romanian officials have met repeatedly since 2022' (counted)",
        "'Nehammer always insisted' (statement)",
        "'Vienna could reintroduce temporary controls' (hypothetical, not a meeting)",
        "Related: 'Karner: Schengen is not a reward', 'Romania to meet Bosnia in Nations League decider', 'Nehammer "
        "meets Ciolacu in Vienna to discuss veto' (furniture, sport)"]),

    # Manifest null: "Posted 05/08/2025 18:40 IST" (day-first; Tuesday 5 August 2025). "held talks with ... Modi at
    # Hyderabad House on Tuesday" -> 5 Aug, New Delhi, "Delegation-level talks between the two sides" -> groups;
    # "He will call on President Droupadi Murmu this evening" -> planned same day (still ahead at 18:40), Rashtrapati
    # Bhavan -> New Delhi; "S. Jaishanker paid a courtesy call on Marcos the previous day" -> 4 Aug, misspelling ->
    # Subrahmanyam Jaishankar; "landed in the capital" -> New Delhi.
    ("013_ph_in_marcos_hyderabad_house_wire", "2025-08-05", True, [
        ev("2025-08-05-new-delhi-marcos-modi", M, OCC, "2025-08-05", "New Delhi", [MARCOS, MODI],
           ["Philippines", "India"],
           "Ferdinand Marcos Jr held talks with Prime Minister Narendra Modi at Hyderabad House on Tuesday"),
        ev("2025-08-05-new-delhi-marcos-murmu", M, PLN, "2025-08-05", "New Delhi", [MARCOS, MURMU], [],
           "He will call on President Droupadi Murmu this evening"),
        ev("2025-08-04-new-delhi-jaishankar-marcos", M, OCC, "2025-08-04", "New Delhi", [JAISHANKAR, MARCOS], [],
           "S. Jaishanker paid a courtesy call on Marcos the previous day"),
    ], ["'Officials signed agreements' (same occasion)",
        "'was accorded a ceremonial welcome at the forecourt of Rashtrapati Bhavan' (ceremony, no named counterpart)",
        "'the Indian and Philippine navies held their first joint sail' (exercise, not a meeting)",
        "'Modi and Marcos have met at regional summits before' (counted, vague)",
        "'their joint statement promised a plan of action for 2025-2029' (statement)",
        "'Marcos travels to Bengaluru on Thursday for business meetings with technology companies' (travel, "
        "non-diplomatic)",
        "'Modi ... \"would be welcome at any time\"' (question, hypothetical)",
        "Related: 'Modi to meet Marcos at ASEAN summit in Kuala Lumpur', 'India to meet Philippines in Asia Cup "
        "hockey opener', 'Jaishankar meets Philippine foreign secretary in Manila' (furniture, sport)"]),

    # No date anywhere on the page (manifest null; true date Thursday 10 April 2025). Every date is null (rule 10).
    # "The King and Queen were received privately by Pope Francis on Wednesday evening" at the Casa Santa Marta ->
    # Vatican City; "Earlier in the week the King met President Sergio Mattarella at the Quirinale Palace in Rome".
    ("014_uk_va_king_pope_private_audience_royal", "2025-04-10", True, [
        ev("2025-04-09-vatican-city-camilla-charles-francis", M, OCC, None, "Vatican City",
           [CHARLES, CAMILLA, FRANCIS], [],
           "The King and Queen were received privately by Pope Francis on Wednesday evening"),
        ev("2025-04-08-rome-charles-mattarella", M, OCC, None, "Rome", [CHARLES, MATTARELLA], [],
           "the King met President Sergio Mattarella at the Quirinale Palace in Rome"),
    ], ["'their formal state visit to the Holy See was postponed', 'no new date has been set' (postponed, no date)",
        "'where the Italian head of state later hosted a state banquet' (same occasion as the Mattarella meeting)",
        "'the King became the first British monarch to address a joint session of the Italian Parliament' (speech)",
        "'The King and the Pope have met several times over the years' (counted)",
        "'a state visit could be rescheduled once the Pope's health allows' (hypothetical)",
        "'Today the royal couple travel to Ravenna, where they will visit Dante's tomb' (travel, no encounter)",
        "Read more: 'King meets Meloni at Villa Wolkonsky', 'Pope Francis makes surprise appearance', 'England to "
        "meet Italy in Women's Six Nations opener' (furniture, sport)"]),
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
