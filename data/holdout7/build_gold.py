#!/usr/bin/env python3
"""Generate gold.jsonl and manifest.jsonl for the holdout7 corpus.

Run:  python3 data/holdout7/build_gold.py   then   python3 data/eval/validate.py data/holdout7
Each article lists its true publication date, whether the manifest hides it, its gold
events, and (for documentation only) the traps it contains that must NOT be extracted.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

# canonical names
STARMER, HARRIS, MARTIN, LAMMY, BENN = ("Keir Starmer", "Simon Harris", "Micheal Martin",
                                        "David Lammy", "Hilary Benn")
FIALA, STOCKER, FICO, PELLEGRINI = "Petr Fiala", "Christian Stocker", "Robert Fico", "Peter Pellegrini"
LIPAVSKY, MEINL_REISINGER, BLANAR, LAVROV = ("Jan Lipavsky", "Beate Meinl-Reisinger", "Juraj Blanar",
                                             "Sergey Lavrov")
REBELO, CHAPO, RANGEL, LUCAS, MONTENEGRO = ("Marcelo Rebelo de Sousa", "Daniel Chapo", "Paulo Rangel",
                                            "Maria Manuela Lucas", "Luis Montenegro")
LOURENCO, MNANGAGWA = "Joao Lourenco", "Emmerson Mnangagwa"
NEVES, CORREIA = "Jose Maria Neves", "Ulisses Correia e Silva"
SANCHEZ, ALBARES = "Pedro Sanchez", "Jose Manuel Albares"
VDL, AMHERD, SEFCOVIC, CASSIS = "Ursula von der Leyen", "Viola Amherd", "Maros Sefcovic", "Ignazio Cassis"
FRANZEN, SZOSTAK = "Patric Franzen", "Richard Szostak"
ANWAR, PRABOWO, HASAN, SUGIONO = "Anwar Ibrahim", "Prabowo Subianto", "Mohamad Hasan", "Sugiono"
BOKO, NANDI, BUTALE, RAMAPHOSA = ("Duma Boko", "Netumbo Nandi-Ndaitwah", "Phenyo Butale",
                                  "Cyril Ramaphosa")
MUSEVENI, SAMIA, NANKABIRWA, BITEKO = ("Yoweri Museveni", "Samia Suluhu Hassan", "Ruth Nankabirwa",
                                       "Doto Biteko")
SARABIA, SOMMERFELD, MORALES, JARAMILLO = ("Laura Sarabia", "Gabriela Sommerfeld", "Diana Morales",
                                           "Luis Alberto Jaramillo")
FAJON, TAJANI, GRLIC_RADMAN, GOLOB, PLENKOVIC = ("Tanja Fajon", "Antonio Tajani", "Gordan Grlic Radman",
                                                 "Robert Golob", "Andrej Plenkovic")
SHEINBAUM, AREVALO, MARTINEZ, DE_LA_FUENTE = ("Claudia Sheinbaum", "Bernardo Arevalo",
                                              "Carlos Ramiro Martinez", "Juan Ramon de la Fuente")
BRICENO, AMLO = "Johnny Briceno", "Andres Manuel Lopez Obrador"


def ev(key, kind, status, date, location, participants, groups, evidence, date_end=None):
    e = {"key": key, "kind": kind, "status": status, "date": date}
    if date_end:
        e["date_end"] = date_end
    e.update({"location": location, "participants": participants, "groups": groups,
              "evidence": evidence})
    return e


M, C, OCC, PLN = "meeting", "call", "occurred", "planned"

# shared keys (same real-world event in several articles)
K_DUBLIN = "2024-09-07-dublin-harris-starmer"
K_LIVERPOOL = "2025-03-06-liverpool-martin-starmer"
K_PRAGUE = "2025-04-14-prague-fiala-stocker"
K_BRATISLAVA = "2025-04-15-bratislava-fico-stocker"
K_MAPUTO = "2025-06-25-maputo-chapo-rebelo-de-sousa"
K_BERN = "2024-12-20-bern-amherd-von-der-leyen"
K_JAKARTA = "2025-07-29-jakarta-anwar-prabowo"
K_JAKARTA_FM = "2025-07-28-jakarta-hasan-sugiono"

ARTICLES = [
    ("001_ie_starmer_dublin_preview", "2024-09-06", False, [
        ev(K_DUBLIN, M, PLN, "2024-09-07", "Dublin", [STARMER, HARRIS], [],
           "British Prime Minister Keir Starmer will meet Taoiseach Simon Harris at Farmleigh House in Dublin"),
        ev("2024-07-18-woodstock-harris-starmer", M, OCC, "2024-07", "Woodstock", [HARRIS, STARMER], [],
           "Harris and Starmer first met in July at Blenheim Palace in Woodstock"),
        ev("2024-09-03-lammy-martin-call", C, OCC, "2024-09-03", None, [MARTIN, LAMMY], [],
           "Tánaiste Micheál Martin spoke by phone with Foreign Secretary David Lammy on Tuesday"),
    ], ["'the first to Ireland by a sitting British prime minister since 2019' (past visit, no encounter)",
        "European Political Community summit (backdrop of the Woodstock meeting)",
        "Starmer 'expected to attend the Nations League match' (attendance, no encounter)",
        "'No meeting with Sinn Féin president Mary Lou McDonald is scheduled' (negation)",
        "joint Belfast visit 'could certainly follow if the Executive wanted it' (hypothetical)",
        "Harris told reporters in Cork (press)",
        "'The Cabinet will meet on Tuesday' (internal)",
        "farmers urge the Taoiseach to raise checks 'with his guest' (not a new event)",
        "RELATED: Martin hosts Šefčovič, British-Irish Council in Kilkenny, Sunak and Varadkar in Belfast (furniture)"]),

    ("002_uk_starmer_harris_broadcaster", "2024-09-08", False, [
        ev(K_DUBLIN, M, OCC, "2024-09-07", "Dublin", [STARMER, HARRIS, BENN], [],
           "Sir Keir Starmer met the Taoiseach, Simon Haris, at Farmleigh House in Dublin on Saturday"),
        ev(K_LIVERPOOL, M, PLN, "2025-03", None, [], ["Ireland", "United Kingdom"],
           "the first of a new series of annual UK-Ireland summits will take place in March"),
        ev("2024-09-19-london-benn-martin", M, PLN, "2024-09-19", "London", [BENN, MARTIN], [],
           "Mr Benn is due to meet the Tánaiste, Micheál Martin, in London on 19 September"),
    ], ["'appearing together in front of the cameras' (press appearance, part of the meeting)",
        "Legacy Act and ECHR case (legal dispute, no encounter)",
        "'did not meet President Michael D Higgins' (negation)",
        "watched England beat Ireland at the Aviva Stadium (attendance, no encounter)",
        "Starmer met First Minister O'Neill and deputy First Minister Little-Pengelly at Stormont Castle "
        "in July (domestic: UK prime minister with a devolved UK administration)",
        "Harris writing on X (social media)",
        "Related stories: Lammy and Martin in London, Starmer meets EU leaders at Blenheim (furniture)"]),

    ("003_uk_ie_liverpool_summit_wire", "2025-03-06", False, [
        ev(K_LIVERPOOL, M, OCC, "2025-03-06", "Liverpool", [STARMER, MARTIN, HARRIS], ["Ireland", "United Kingdom"],
           "Keir Starmer and Taoiseach Micheál Martin held the first annual UK-Ireland summit in Liverpool"),
        ev("2025-03-05-liverpool-martin-starmer", M, OCC, "2025-03-05", "Liverpool", [STARMER, MARTIN], [],
           "The two leaders met on Wednesday evening at a reception they co-hosted"),
        ev("2025-03-06-liverpool-harris-lammy", M, OCC, "2025-03-06", "Liverpool", [HARRIS, LAMMY], [],
           "Harris, who is also foreign minister, held a separate meeting with Foreign Secretary David Lammy"),
        ev(K_DUBLIN, M, OCC, "2024-09", "Dublin", [HARRIS, STARMER], [],
           "when Harris, then taoiseach, hosted Starmer in Dublin"),
    ], ["summit date only from the dateline 'March 6' (no weekday in the sentence)",
        "round table with companies (part of the summit)",
        "'the first visit to Ireland by a British prime minister in five years' (counted)",
        "joint news conference (press)",
        "next summit 'hosted by Ireland in 2026, at a date still to be agreed' (no occasion)",
        "'Neither leader would say whether ... O'Neill would be invited' (not confirmed)",
        "special European Council in Brussels (backdrop, travel)",
        "Washington trip; 'White House has not yet confirmed a meeting with ... Trump' (not confirmed)",
        "Related coverage: shamrock bowl, Harris meets Rubio, EU leaders in Brussels (furniture)"]),

    ("004_cz_stocker_prague_regional", "2025-04-14", False, [
        ev(K_PRAGUE, M, OCC, "2025-04-14", "Prague", [FIALA, STOCKER], [],
           "Petr Fiala received Austrian Chancellor Christian Stocker at Kramář's Villa in Prague on Monday"),
        ev("2025-04-10-lipavsky-meinl-reisinger-call", C, OCC, "2025-04-10", None, [LIPAVSKY, MEINL_REISINGER], [],
           "Lipavský went over the agenda with his Austrian counterpart, Beate Meinl-Reisinger, in a video call"),
        ev(K_BRATISLAVA, M, PLN, "2025-04-15", "Bratislava", [STOCKER, FICO], [],
           "where he is due to meet Slovak Prime Minister Robert Fico on Tuesday"),
        ev("2024-03-02-antalya-blanar-lavrov", M, OCC, "2024-03", "Antalya", [BLANAR, LAVROV], [],
           "after Slovak Foreign Minister Juraj Blanár met Russia's Sergei Lavrov at a forum in Antalya"),
    ], ["'Fiala said afterwards' (statement)",
        "suspended intergovernmental consultations; 'have not resumed since then' (negation)",
        "Slavkov format meeting 'would be possible if Bratislava returns ...' (hypothetical)",
        "asked by journalists (press)", "ANO on X (social media)",
        "'The cabinet will meet on Wednesday' (internal)",
        "Stocker became chancellor in March after coalition talks (domestic)",
        "MOST READ: Pavel receives Pellegrini, Lipavský meets Sybiha (furniture)"]),

    ("005_sk_stocker_bratislava_broadcaster", "2025-04-16", False, [
        ev(K_BRATISLAVA, M, OCC, "2025-04-15", "Bratislava", [FICO, STOCKER], [],
           "Robert Fico received Austrian Chancellor Christian Stoker at the Government Office in Bratislava on Tuesday"),
        ev(K_PRAGUE, M, OCC, "2025-04-14", "Prague", [STOCKER, FIALA], [],
           "where he had held talks with Czech Prime Minister Petr Fiala a day earlier"),
        ev("2025-04-15-bratislava-pellegrini-stocker", M, OCC, "2025-04-15", "Bratislava", [PELLEGRINI, STOCKER], [],
           "President Peter Pellegrini received Stocker at Grassalkovich Palace"),
        ev("2025-04-29-vienna-blanar-meinl-reisinger", M, PLN, "2025-04-29", "Vienna", [BLANAR, MEINL_REISINGER], [],
           "Blanár and Beate Meinl-Reisinger will hold talks in Vienna on 29 April"),
    ], ["Fico told reporters (press)",
        "'had no plans to meet Fiala' (negation)",
        "Fico 'intends to travel to Moscow for the 9 May commemorations' (travel, no encounter)",
        "Stocker 'would gladly host the three prime ministers ... as soon as everyone is ready'; "
        "'No date has been discussed' (hypothetical)",
        "'The cabinet holds its regular Wednesday session today' (internal, habitual)",
        "Also on: Šutaj Eštok and Karner, Pellegrini meets Pavel (furniture)"]),

    ("006_pt_marcelo_maputo_preview_wire", "2025-06-24", False, [
        ev(K_MAPUTO, M, PLN, "2025-06-25", "Maputo", [REBELO, CHAPO], [],
           "due to be received by President Daniel Chapo at the Ponta Vermelha palace"),
        ev("2025-06-23-maputo-lucas-rangel", M, OCC, "2025-06-23", "Maputo", [RANGEL, LUCAS], [],
           "met his Mozambican counterpart, Maria Manuela Lucas, in Maputo on Monday afternoon"),
        ev("2025-05-lisbon-lucas-rangel", M, OCC, "2025-05", "Lisbon", [LUCAS, RANGEL], [],
           "Lucas and Rangel had already met in Lisbon in early May"),
        ev("2025-06-20-chapo-montenegro-call", C, OCC, "2025-06-20", None, [MONTENEGRO, CHAPO], [],
           "he spoke with Chapo by telephone on Friday"),
    ], ["Rebelo de Sousa 'arrived in Maputo on Monday night' (arrival)",
        "celebrations at Machava stadium (ceremony, backdrop)",
        "Montenegro 'will not travel to Maputo' (negation)", "NATO summit in The Hague (backdrop)",
        "'has visited Mozambique several times as president' (counted)",
        "told journalists at the airport (press)",
        "would consider travelling to Cabo Delgado 'if the security conditions allow' (hypothetical)",
        "Chapo 'has met ... Mondlane twice since March' (counted; domestic)",
        "travel to Praia for Cabo Verde's anniversary on 5 July (travel, no encounter stated)",
        "'Around a dozen heads of state are expected at Machava' (ceremony, no encounter)",
        "Related: Rangel in Luanda, Chapo receives SADC mission, Montenegro and Lourenço (furniture)"]),

    ("007_mz_jubilee_bilaterals", "2025-06-26", True, [
        ev(K_MAPUTO, M, OCC, "2025-06-25", "Maputo", [CHAPO, REBELO], [],
           "Daniel Chapo received Portuguese President Marcelo Rebelo de Souza at the Ponta Vermelha palace"),
        ev("2025-06-25-maputo-chapo-lourenco", M, OCC, "2025-06-25", "Maputo", [CHAPO, LOURENCO], [],
           "Chapo also held separate meetings with Angolan President João Lourenço and Zimbabwe's President Emmerson Mnangagwa"),
        ev("2025-06-25-maputo-chapo-mnangagwa", M, OCC, "2025-06-25", "Maputo", [CHAPO, MNANGAGWA], [],
           "Chapo also held separate meetings with Angolan President João Lourenço and Zimbabwe's President Emmerson Mnangagwa"),
    ], ["manifest null: page stamp '26/06/2025 - 08:15' (day first)",
        "independence ceremony at Machava stadium (ceremony, backdrop)",
        "Rebelo de Sousa 'arrived on Monday' (arrival)",
        "Kagame 'had been expected but did not attend' (negation)",
        "'Rwanda was represented by its prime minister' (no encounter stated)",
        "address to the nation; offer of dialogue to political forces (speech; domestic)",
        "Lourenço invited Chapo to Luanda, 'but no date was set' (no occasion)",
        "extraordinary session of the Council of Ministers on Thursday (internal)",
        "Related: Chapo and Mondlane meet again, Ramaphosa hosts Chapo, Rangel in Maputo (furniture)"]),

    ("008_cv_marcelo_praia_regional", "2025-07-07", False, [
        ev("2025-07-05-praia-neves-rebelo-de-sousa", M, OCC, "2025-07-05", "Praia", [NEVES, REBELO], [],
           "José Maria Neves received his Portuguese counterpart, Marcelo Rebelo de Sousa, at the Presidential Palace"),
        ev("2025-07-06-praia-correia-e-silva-rebelo-de-sousa", M, OCC, "2025-07-06", "Praia", [CORREIA, REBELO], [],
           "Prime Minister Ulisses Correia e Silva hosted Rebelo de Sousa for lunch"),
        ev(K_MAPUTO, M, OCC, "2025-06", "Maputo", [REBELO, CHAPO], [],
           "for Mozambique's own jubilee, where he held talks with Daniel Chapo"),
        ev("2025-09-lisbon-correia-e-silva-montenegro", M, PLN, "2025-09", "Lisbon", [CORREIA, MONTENEGRO], [],
           "Correia e Silva will travel to Lisbon in September for the Portugal-Cabo Verde summit"),
    ], ["independence from Portugal on 5 July 1975 (history, no encounter)",
        "'arrived from Lisbon on Friday' (arrival)",
        "'have met on numerous occasions since 2021 and speak regularly by phone' (counted, habitual)",
        "address to a solemn session of the National Assembly (speech)",
        "state visit to Portugal 'could take place next year, if the calendars allow' (hypothetical)",
        "PAICV leader Rui Semedo 'was not received' (negation)",
        "'left for Lisbon on Sunday evening' (travel)",
        "Latest news: Neves receives Brazilian delegation, Correia e Silva meets Senegalese PM (furniture)"]),

    ("009_pt_es_iberian_summit_faro", "2024-10-24", False, [
        ev("2024-10-23-faro-montenegro-sanchez", M, OCC, "2024-10-23", "Faro", [MONTENEGRO, SANCHEZ],
           ["Portugal", "Spain"],
           "Luís Montenegro and Spanish Prime Minister Pedro Sánchez held the 35th Portuguese-Spanish summit in Faro"),
        ev("2024-10-22-tavira-montenegro-sanchez", M, OCC, "2024-10-22", "Tavira", [MONTENEGRO, SANCHEZ], [],
           "On Tuesday evening, Montenegro hosted Sánchez for a working dinner at a pousada in Tavira"),
        ev("2024-10-23-faro-albares-rangel", M, OCC, "2024-10-23", "Faro", [RANGEL, ALBARES], [],
           "Paulo Rangel and José Manuel Albares held a separate meeting at Faro's old town hall"),
    ], ["signing of agreements (part of the summit)",
        "joint press conference (press)",
        "'have met many times at European Councils in Brussels' (counted)",
        "next summit 'in Spain in 2025, at a date and venue to be agreed' (no occasion)",
        "'did not meet President Marcelo Rebelo de Sousa' (negation)",
        "weekly meeting of the Council of Ministers (internal, habitual)",
        "Most read: Albares and Bourita in Rabat, Montenegro meets Meloni (furniture)"]),

    ("010_eu_ch_bern_press_release", "2024-12-20", False, [
        ev(K_BERN, M, OCC, "2024-12-20", "Bern", [VDL, AMHERD, SEFCOVIC], [],
           "Ursula von der Leyen met the President of the Swiss Confederation, Viola Amherd, in Bern"),
        ev("2024-03-18-brussels-amherd-von-der-leyen", M, OCC, "2024-03-18", "Brussels", [VDL, AMHERD], [],
           "when President von der Leyen and President Amherd met in Brussels on 18 March 2024"),
    ], ["'the negotiating teams have held more than 200 meetings' (counted)",
        "von der Leyen quote (statement)",
        "Commission 'will now inform the Member States in the Council and the European Parliament' (internal EU)",
        "signature 'at a date to be determined' (no occasion)",
        "'The Swiss Federal Council approved the outcome at its meeting this morning' (internal)",
        "domestic consultation next year (domestic)",
        "joint press conference (press)",
        "Related: von der Leyen meets Støre, Šefčovič meets UK Paymaster General (furniture)"]),

    ("011_ch_eu_deal_broadcaster", "2024-12-21", False, [
        ev(K_BERN, M, OCC, "2024-12-20", "Bern", [AMHERD, VDL, CASSIS], [],
           "Viola Amherd met European Commission President Ursula von der Layen in Bern on Friday"),
        ev("2024-12-brussels-franzen-szostak", M, OCC, "2024-12", "Brussels", [FRANZEN, SZOSTAK], [],
           "a last round of negotiations in Brussels last week"),
        ev("2024-12-18-cassis-sefcovic-call", C, OCC, "2024-12-18", None, [CASSIS, SEFCOVIC], [],
           "discussed the safeguard clause with EU Commissioner Maroš Šefčovič by telephone on Wednesday"),
    ], ["popular vote 'not expected before 2027' (no meeting)",
        "Swiss People's Party and unions' statements (statements)",
        "union leaders met Economics Minister Guy Parmelin on Thursday (domestic)",
        "cantonal governments briefed by the Federal Council (domestic)",
        "Amherd hands over the presidency to Keller-Sutter (domestic)",
        "Keller-Sutter 'hoped to meet von der Leyen \"early in the new year\", but no date has been set' "
        "(vague intention)", "Keller-Sutter told Swiss television (interview)",
        "Read also: Amherd meets Macron, Cassis hosts Ukrainian FM (furniture)"]),

    ("012_my_anwar_jakarta_preview_wire", "2025-07-27", False, [
        ev(K_JAKARTA, M, PLN, "2025-07-29", "Jakarta", [ANWAR, PRABOWO], [],
           "Anwar Ibrahim will hold the 13th Annual Consultation with Indonesian President Prabowo Subianto"),
        ev(K_JAKARTA_FM, M, PLN, "2025-07-28", "Jakarta", [HASAN, SUGIONO], [],
           "Mohamad Hasan will hold talks with his Indonesian counterpart Sugiono in Jakarta on Monday"),
        ev("2025-06-27-jakarta-anwar-prabowo", M, OCC, "2025-06-27", "Jakarta", [ANWAR, PRABOWO], [],
           "Anwar and Prabowo last met on June 27"),
    ], ["Wisma Putra statement (statement)",
        "'the first under the mechanism since 2017' (counted, no occasion)",
        "Anwar speaking to reporters after Friday prayers (press)",
        "arrangement 'could be signed this year if the technical teams finish their work' (hypothetical)",
        "public lecture at Universitas Indonesia on Wednesday (speech)",
        "'no plans to visit the border town of Nunukan' (negation)",
        "weekly Cabinet meeting chaired by Fadillah Yusof (internal, habitual)",
        "47th ASEAN Summit in Kuala Lumpur in October (backdrop)",
        "Related News: Anwar receives Thai PM, Mohamad Hasan meets Singapore counterpart, EC to meet (furniture)"]),

    ("013_id_prabowo_anwar_talks", "2025-07-30", False, [
        ev(K_JAKARTA, M, OCC, "2025-07-29", "Jakarta", [PRABOWO, ANWAR, HASAN], [],
           "Prabowo Subiyanto received Malaysian Prime Minister Anwar Ibrahim at the Merdeka Palace on Tuesday"),
        ev(K_JAKARTA_FM, M, OCC, "2025-07-28", "Jakarta", [SUGIONO, HASAN], [],
           "when Foreign Minister Sugiono and Hasan met at the Foreign Ministry in Pejambon"),
        ev("2025-07-hasan-sugiono-call", C, OCC, None, None, [SUGIONO, HASAN], [],
           "Sugiono had also spoken to Hasan by telephone about the Ambalat arrangement"),
    ], ["exchange of memoranda witnessed by the leaders (part of the consultation)",
        "joint press statement (press)",
        "Ambalat dispute since the 1980s (background)",
        "14th Annual Consultation 'at a date to be agreed through diplomatic channels' (no occasion)",
        "lecture at Universitas Indonesia (speech)",
        "'He did not call on former president Joko Widodo' (negation)",
        "'have met regularly since ... October' (counted, habitual)",
        "Prabowo 'expected in Kuala Lumpur in October for the ASEAN summit' (backdrop, travel)",
        "House Commission I lawmakers (domestic)",
        "Related: Sugiono meets Wang Yi, Prabowo receives Singapore PM (furniture)"]),

    ("014_bw_boko_windhoek_release", "2025-05-16", True, [
        ev("2025-05-15-windhoek-boko-nandi-ndaitwah", M, OCC, "2025-05-15", "Windhoek", [BOKO, NANDI, BUTALE], [],
           "yesterday held bilateral talks with Her Excellency Dr Netumbo Nandi-Ndaitwah"),
        ev("2025-08-14-gaborone-botswana-namibia", M, PLN, "2025-08-14", "Gaborone", [], ["Botswana", "Namibia"],
           "the Botswana-Namibia Bi-National Commission be convened in Gaborone on 14 and 15 August 2025",
           date_end="2025-08-15"),
        ev("2025-05-14-boko-ramaphosa-call", C, OCC, "2025-05-14", None, [BOKO, RAMAPHOSA], [],
           "President Boko held a telephone conversation with His Excellency President Cyril Ramaphosa"),
    ], ["manifest null: date only in the footer 'Gaborone, 16 May 2025' ('yesterday', 'On the eve of the visit')",
        "SADC Summit preparations (topic, no encounter)",
        "wreath at Heroes' Acre (ceremony)",
        "addressed the Botswana community resident in Namibia (speech; domestic)",
        "'have met on several occasions, including on the margins of SADC meetings' (counted)",
        "accepted State Visit invitation; 'dates will be communicated through diplomatic channels' (no occasion)",
        "'will attend the SADC Summit ... in Madagascar in August' (backdrop, travel)",
        "Latest news: credentials of ambassadors, Vice President meets Zambian counterpart (furniture)"]),

    ("015_ug_tz_samia_entebbe_broadcaster", "2024-11-22", False, [
        ev("2024-11-21-entebbe-museveni-samia", M, OCC, "2024-11-21", "Entebbe", [MUSEVENI, SAMIA], [],
           "Museveni hosted Tanzanian President Samia Suluhu Hassan at State House Entebbe on Thursday"),
        ev("2024-11-21-kampala-biteko-nankabirwa", M, OCC, "2024-11-21", "Kampala", [NANKABIRWA, BITEKO], [],
           "Ruth Nankabirwa and Tanzania's Deputy Prime Minister Doto Biteko co-chaired a ministerial meeting"),
        ev("2024-11-30-arusha-east-african-community", M, PLN, "2024-11-30", "Arusha", [],
           ["East African Community"],
           "EAC heads of state are scheduled to gather in Arusha on November 30"),
    ], ["Museveni told the press (press)",
        "Samia 'flew in on Thursday morning, returned to Dar es Salaam in the evening' (travel)",
        "Ruto 'was not part of Thursday's talks' (negation)",
        "'have held several meetings on the project since 2021' (counted)",
        "joint visit to Hoima 'could happen once the first oil flows', 'without giving a date' (hypothetical)",
        "Museveni chaired a cabinet meeting on Monday (internal)",
        "protest outside the Tanzanian High Commission (not a meeting)",
        "post on X (social media)",
        "Trending now: Museveni meets Ruto in Nairobi (furniture)"]),

    ("016_co_ec_tariff_talks_wire", "2025-02-14", True, [
        ev("2025-02-13-quito-sarabia-sommerfeld", M, OCC, None, "Quito", [SARABIA, SOMMERFELD], [],
           "Laura Sarabia and her Ecuadorean counterpart Gabriela Sommerfield met in Quito on Thursday"),
        ev("2025-02-12-jaramillo-morales-call", C, OCC, None, None, [MORALES, JARAMILLO], [],
           "Colombian Trade Minister Diana Morales spoke by phone with Ecuador's Production Minister Luis Alberto Jaramillo"),
        ev("2025-02-17-ipiales-colombia-ecuador", M, PLN, None, "Ipiales", [], ["Colombia", "Ecuador"],
           "Technical teams from both countries will meet in the border city of Ipiales on Monday"),
    ], ["manifest null and the dateline 'QUITO, Feb 14' has no year: every date is null",
        "Sommerfeld statement on the tariff (statement)",
        "'Petro and Noboa have not spoken since the dispute began' (negation)",
        "Sarabia told reporters (press)",
        "presidents' meeting 'would be possible if the tariffs are lifted' (hypothetical)",
        "Petro wrote on X (social media)",
        "binational cabinet 'postponed indefinitely' (postponed)",
        "Colombia's ministers met at the Casa de Nariño (internal)",
        "Related stories: Noboa meets Milei, Petro and Sheinbaum by phone (furniture)"]),

    ("017_si_hr_it_trilateral_blog", "2025-02-05", False, [
        ev("2025-02-03-brdo-pri-kranju-fajon-grlic-radman-tajani", M, OCC, "2025-02-03", "Brdo pri Kranju",
           [FAJON, TAJANI, GRLIC_RADMAN], [],
           "Tanja Fajon hosted her Italian and Croatian counterparts, Antonio Tajani and Gordan Grlić Radman",
           date_end="2025-02-04"),
        ev("2023-01-trieste-fajon-grlic-radman-tajani", M, OCC, "2023-01", "Trieste",
           [FAJON, TAJANI, GRLIC_RADMAN], [],
           "The three ministers first met in this configuration in Trieste in January 2023"),
        ev("2025-02-02-golob-plenkovic-call", C, OCC, "2025-02-02", None, [GOLOB, PLENKOVIC], [],
           "discussed the border controls in a phone call on Sunday"),
        ev("2025-02-20-rome-fajon-tajani", M, PLN, "2025-02-20", "Rome", [TAJANI, FAJON], [],
           "Tajani will receive Fajon in Rome on 20 February"),
    ], ["'at least five trilateral sessions since' (counted)",
        "leaders' trilateral 'could happen if this ministerial track delivers' (hypothetical)",
        "'The ministers met the press' (press)", "joint statement (statement)",
        "Slovenian government's Thursday session (internal)",
        "Related posts: Fajon and Tajani meet in Gorizia (furniture)",
        "reader comments (furniture)"]),

    ("018_gt_mx_sheinbaum_peten_liveblog", "2025-08-15", False, [
        ev("2025-08-15-flores-arevalo-sheinbaum", M, OCC, "2025-08-15", "Flores",
           [SHEINBAUM, AREVALO, MARTINEZ, DE_LA_FUENTE], [],
           "Sheinbaum and Arévalo have begun their talks at a hotel near the island of Flores"),
        ev("2025-08-15-calakmul-arevalo-briceno-sheinbaum", M, PLN, "2025-08-15", "Calakmul",
           [SHEINBAUM, AREVALO, BRICENO], [],
           "where they will meet Belizean Prime Minister Johnny Briceño this afternoon"),
        ev("2025-08-08-arevalo-sheinbaum-call", C, OCC, "2025-08-08", None, [SHEINBAUM, AREVALO], [],
           "most recently last Friday, when they prepared today's visit"),
        ev("2024-05-tapachula-arevalo-lopez-obrador", M, OCC, "2024-05", "Tapachula", [AREVALO, AMLO], [],
           "Arévalo met then-president Andrés Manuel López Obrador in Tapachula, Chiapas"),
    ], ["'now flying to Calakmul' (travel; the planned meeting is the event)",
        "joint press conference (press)",
        "visit Guatemala City: 'Not on this trip' (negation)",
        "'Until now they had only spoken by phone' (counted; the single call 'last Friday' is the event)",
        "landed at Mundo Maya airport; greeted on the tarmac by Martínez (arrival, part of the visit)",
        "morning press conference in Chetumal (press)",
        "June border incident near La Mesilla; diplomatic note (no meeting)",
        "Most read: Sheinbaum speaks with Trump, Arévalo receives Bukele (furniture)"]),
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
