#!/usr/bin/env python3
"""Generate gold.jsonl and manifest.jsonl for the dev33 development corpus.

Run:  python3 data/dev33/build_gold.py   then   python3 data/eval/validate.py data/dev33
Each article lists its true publication date, whether the manifest hides it, its gold
events, and (for documentation only) the traps it contains that must NOT be extracted.
dev33 is a READABLE development set: unlike the holdout sets, it may be read while developing.

It covers 15 real occasions, all from 2022-2025: Southern Africa (Chapo and Mondlane in Maputo
2025), South Africa and Ukraine (Zelenskyy in Pretoria 2025), Sudan and Egypt (Burhan at
El Alamein 2023), Central America (Bukele in the Oval Office 2025; Rubio in Guatemala City
2025), US-China (Sullivan in Beijing 2024), Russia and North Korea (Kim and Putin at Vostochny
2023), the US, Japan and South Korea (Camp David 2023), Afghanistan and the UN (the third Doha
meeting 2024), Yemen (the Saudi ambassador and the Houthis in Sanaa 2023), the Arab League
(the Jeddah summit 2023), Iraq and the US (Sudani at the White House 2024), Poland and Ukraine
(Tusk in Kyiv 2024), Australia and China (Wong in Beijing 2022) and the Pacific (Blinken in
Tonga and New Zealand 2023).

Thirteen pages are ordinary modern online news (wire copy, newspaper and broadcaster sites, an
agency item, a government media release); two are unusual layouts (a live blog, 006, and an
e-mail newsletter, 014).

Three pages have no date in the manifest, and each prints one: 007 (page header "Posted :
2023-08-19 08:40"; the summit itself was on Friday 18 August, US local time), 011 (page header
"Tuesday, 16 April 2024 | 02:15 (Baghdad)") and 013 (media release dated "21 December 2022").

Three real events are reported by two pages under the same key:
  2023-04-09-sanaa-abdulsalam-al-jaber-al-mashat   009 (main occasion, full date) and 010 ("Last month", month only)
  2023-08-18-camp-david-biden-kishida-yoon         007 (main occasion) and 006 ("last month", month only)
  2025-02-03-lake-coatepeque-bukele-rubio          004 ("a day after" Tuesday -> 3 Feb) and 003 ("in February", month only)
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

# canonical names
CHAPO, MONDLANE, RAMAPHOSA, KAGAME = (
    "Daniel Chapo", "Venancio Mondlane", "Cyril Ramaphosa", "Paul Kagame")
ZELENSKYY, PUTIN, TRUMP, WITKOFF = (
    "Volodymyr Zelenskyy", "Vladimir Putin", "Donald Trump", "Steve Witkoff")
SISI, BURHAN, AL_SADIQ, MUFADDAL, KIIR, ABIY, SHOUKRY, ANNADIF = (
    "Abdel Fattah el-Sisi", "Abdel Fattah al-Burhan", "Ali al-Sadiq", "Ahmed Ibrahim Mufaddal",
    "Salva Kiir", "Abiy Ahmed", "Sameh Shoukry", "Mahamat Saleh Annadif")
BUKELE, VANCE, RUBIO, BONDI, NOEM = (
    "Nayib Bukele", "JD Vance", "Marco Rubio", "Pam Bondi", "Kristi Noem")
AREVALO, CHAVES, MULINO, ABINADER, HARRIS, BIDEN = (
    "Bernardo Arevalo", "Rodrigo Chaves", "Jose Raul Mulino", "Luis Abinader", "Kamala Harris",
    "Joe Biden")
XI, SULLIVAN, ZHANG, WANG_YI, BLINKEN = (
    "Xi Jinping", "Jake Sullivan", "Zhang Youxia", "Wang Yi", "Antony Blinken")
KIM, LAVROV, SHOIGU, CHOE, KOZLOV, KOZHEMYAKO = (
    "Kim Jong Un", "Sergey Lavrov", "Sergei Shoigu", "Choe Son Hui", "Alexander Kozlov",
    "Oleg Kozhemyako")
YOON, KISHIDA = ("Yoon Suk Yeol", "Fumio Kishida")
MUJAHID, KABULOV, WEST, DICARLO, GUTERRES, MUTTAQI = (
    "Zabihullah Mujahid", "Zamir Kabulov", "Thomas West", "Rosemary DiCarlo", "Antonio Guterres",
    "Amir Khan Muttaqi")
AL_JABER, AL_MASHAT, ABDULSALAM, GRUNDBERG, BIN_FARHAN, AMIR_ABDOLLAHIAN = (
    "Mohammed Al Jaber", "Mahdi al-Mashat", "Mohammed Abdulsalam", "Hans Grundberg",
    "Faisal bin Farhan", "Hossein Amir-Abdollahian")
ASSAD, MBS, TAMIM, MEKDAD = (
    "Bashar al-Assad", "Mohammed bin Salman", "Tamim bin Hamad Al Thani", "Faisal Mekdad")
SUDANI, AUSTIN = ("Mohammed Shia al-Sudani", "Lloyd Austin")
TUSK, SHMYHAL, DUDA = ("Donald Tusk", "Denys Shmyhal", "Andrzej Duda")
WONG, ALBANESE, MARLES, WEI = ("Penny Wong", "Anthony Albanese", "Richard Marles", "Wei Fenghe")
SOVALENI, MAHUTA, OCONNOR, HIPKINS, MARAPE = (
    "Siaosi Sovaleni", "Nanaia Mahuta", "Damien O'Connor", "Chris Hipkins", "James Marape")

NEIGHBOURS = "Sudan's neighbouring states"
ENVOYS = "special envoys"


def ev(key, kind, status, date, location, participants, groups, evidence, date_end=None):
    e = {"key": key, "kind": kind, "status": status, "date": date}
    if date_end:
        e["date_end"] = date_end
    e.update({"location": location, "participants": participants, "groups": groups,
              "evidence": evidence})
    return e


M, C, OCC, PLN = "meeting", "call", "occurred", "planned"

ARTICLES = [
    # 000. Wire copy, "March 24, 2025 6:15 AM GMT+2", dateline "MAPUTO, March 24 (SAW)" (manifest
    # 2025-03-24, a Monday). "late on Sunday" -> 23 Mar; "on March 4" -> 2025-03-04 in Cape Town
    # (Genadendal is the president's Cape Town residence); "the following day" -> 5 Mar, in
    # Maputo, a signing with "nine political parties" (a group); "in February" -> 2025-02 (AU
    # summit in Addis Ababa is only the backdrop; the Chapo-Kagame talks are the event). The
    # caption repeats the main meeting with its date (same event). "Venâncio" keeps its accent
    # in the text; canonical "Venancio Mondlane".
    ("000", "2025-03-24", False, [
        ev("2025-03-23-maputo-chapo-mondlane", M, OCC, "2025-03-23", "Maputo", [CHAPO, MONDLANE], [],
           "Mozambican President Daniel Chapo held talks with opposition figure Venâncio Mondlane in Maputo"),
        ev("2025-03-04-cape-town-chapo-ramaphosa", M, OCC, "2025-03-04", "Cape Town", [CHAPO, RAMAPHOSA], [],
           "He flew to Cape Town on March 4, where President Cyril Ramaphosa received him"),
        ev("2025-03-05-maputo-chapo", M, OCC, "2025-03-05", "Maputo", [CHAPO], ["political parties"],
           "he signed a commitment to constitutional and electoral reform with nine political parties in Maputo"),
        ev("2025-02-addis-ababa-chapo-kagame", M, OCC, "2025-02", "Addis Ababa", [CHAPO, KAGAME], [],
           "summit in Addis Ababa in February, where he held talks with Rwandan President Paul Kagame"),
    ], ["'told supporters in a live broadcast on Facebook that he would say more' (social media)",
        "'a brief presidency statement issued shortly before midnight' (statement)",
        "'Mondlane ... did not take part in that process' (negation)",
        "'He returned to Mozambique from self-imposed exile in January' (travel, no encounter)",
        "'at the African Union summit in Addis Ababa' (summit only a backdrop for the Kagame talks)",
        "'had agreed to continue their dialogue but did not say when they would meet again' (vague)",
        "Related coverage: 'Malawi's Chakwera hosts Zambia's Hichilema...', 'Zimbabwe's Mnangagwa meets SADC observers' (furniture)"]),

    # 001. South African broadcaster's site, "Thursday, 24 April 2025 | 16:40 SAST" (manifest
    # 2025-04-24). "on Thursday" -> 24 Apr; "in June 2023" -> 2023-06 and "the following day" ->
    # still only 2023-06; "Hours before the talks" -> 24 Apr (call); "On Monday" -> 21 Apr (call);
    # "on Wednesday" -> 23 Apr (London, five delegations as groups); "later this week" -> 2025-04
    # (planned Witkoff-Putin in Moscow). The Union Buildings -> Pretoria.
    ("001", "2025-04-24", False, [
        ev("2025-04-24-pretoria-ramaphosa-zelenskyy", M, OCC, "2025-04-24", "Pretoria", [ZELENSKYY, RAMAPHOSA], [],
           "Zelenskyy held talks with President Cyril Ramaphosa at the Union Buildings in Pretoria on Thursday"),
        ev("2023-06-16-kyiv-ramaphosa-zelenskyy", M, OCC, "2023-06", "Kyiv", [RAMAPHOSA, ZELENSKYY],
           ["African peace mission"], "Ramaphosa last saw Zelenskyy in Kyiv in June 2023"),
        ev("2023-06-17-st-petersburg-putin-ramaphosa", M, OCC, "2023-06", "St Petersburg", [RAMAPHOSA, PUTIN],
           ["African peace mission"],
           "the rest of the mission met Vladimir Putin in St Petersburg the following day"),
        ev("2025-04-24-ramaphosa-trump-call", C, OCC, "2025-04-24", None, [RAMAPHOSA, TRUMP], [],
           "Hours before the talks, Ramaphosa spoke by phone with US President Donald Trump"),
        ev("2025-04-21-putin-ramaphosa-call", C, OCC, "2025-04-21", None, [RAMAPHOSA, PUTIN], [],
           "On Monday, Ramaphosa discussed the war in a telephone conversation with Putin"),
        ev("2025-04-23-london-france-germany-ukraine-united-kingdom-united-states", M, OCC, "2025-04-23", "London", [],
           ["Ukraine", "United States", "United Kingdom", "France", "Germany"],
           "where officials from Ukraine, the United States, Britain, France and Germany met on Wednesday"),
        ev("2025-04-25-moscow-putin-witkoff", M, PLN, "2025-04", "Moscow", [WITKOFF, PUTIN], [],
           "Steve Witkoff is expected in Moscow later this week for another meeting with Putin"),
    ], ["'later told a joint media briefing' (press conference)",
        "'He said on X that ... they had agreed to meet soon' (social media; vague future meeting)",
        "'Sybiha would stay behind to hold any meetings still needed' (vague)",
        "'A planned session with students and civil society groups was dropped' (cancelled)",
        "'Marco Rubio pulled out of that meeting at short notice' (negation; the London meeting itself is an event)",
        "'Magwenya said South Africa was not seeking to act as a mediator' (statement)",
        "Related stories: 'Lamola meets Chinese counterpart...', 'Motshekga hosts Kenyan defence chief...', 'ANC, DA leaders meet...' (furniture)"]),

    # 002. Egyptian English-language daily, "Tuesday, 29 August 2023 - 21:10" (manifest 2023-08-29).
    # "on Tuesday" -> 29 Aug; airport greeting and talks are one occasion; the two named
    # members of Burhan's delegation "accompanied" him (participants). "on July 13" -> summit
    # in Cairo (Kiir and Abiy named "among" the leaders; group for the rest); "the day before"
    # + "in the capital" -> Abiy-Sisi in Cairo on 12 Jul; "earlier this month" -> 2023-08
    # (N'Djamena, Shoukry named); "last week" -> 2023-08 (call with "his Chadian counterpart,
    # Mahamat Saleh Annadif"); "on May 6" -> Jeddah talks (delegations and sponsors as groups).
    ("002", "2023-08-29", False, [
        ev("2023-08-29-el-alamein-al-burhan-al-sadiq-el-sisi-mufaddal", M, OCC, "2023-08-29", "El Alamein",
           [SISI, BURHAN, AL_SADIQ, MUFADDAL], [],
           "received Sudan's army chief Abdel Fattah al-Burhan in the north coast city of El Alamein"),
        ev("2023-07-13-cairo-abiy-el-sisi-kiir", M, OCC, "2023-07-13", "Cairo", [SISI, KIIR, ABIY], [NEIGHBOURS],
           "Sisi hosted the leaders of the seven countries bordering Sudan"),
        ev("2023-07-12-cairo-abiy-el-sisi", M, OCC, "2023-07-12", "Cairo", [SISI, ABIY], [],
           "He had held separate talks with Abiy in the capital the day before"),
        ev("2023-08-07-ndjamena-shoukry", M, OCC, "2023-08", "N'Djamena", [SHOUKRY], [NEIGHBOURS],
           "Foreign ministers of the same countries met in the Chadian capital N'Djamena earlier this month"),
        ev("2023-08-21-annadif-shoukry-call", C, OCC, "2023-08", None, [SHOUKRY, ANNADIF], [],
           "followed up on the plan last week in a phone call with his Chadian counterpart"),
        ev("2023-05-06-jeddah-rapid-support-forces-sudanese-armed-forces", M, OCC, "2023-05-06", "Jeddah", [],
           ["Sudanese Armed Forces", "Rapid Support Forces", "Saudi Arabia", "United States"],
           "Army and RSF delegations first sat down in Jeddah on May 6 for talks"),
    ], ["'the talks covered Egypt's offer to help end the conflict, which Burhan welcomed' (an offer, not a further meeting)",
        "'Last week he left the army headquarters ... and toured bases in Omdurman and Atbara' (travel, internal)",
        "'On Monday he told soldiers near Port Sudan that the army would not sign a deal' (speech)",
        "'those talks were adjourned in June without a lasting truce' (no new occasion)",
        "'Dagalo has not been seen in public since the war began' (negation)",
        "'Burhan could travel on to Saudi Arabia and Qatar, but gave no dates' (hypothetical)",
        "Read also: 'Shoukry, Blinken discuss Sudan and Gaza in phone call', 'Madbouly meets Saudi investment delegation...' (furniture)"]),

    # 003. US broadcaster's site, "Updated on: April 14, 2025 / 7:52 PM EDT" (manifest 2025-04-14,
    # a Monday). Oval Office -> Washington; Vance, Rubio and Bondi "sat in on the meeting".
    # "in February" -> 2025-02 (Rubio at Lake Coatepeque; shared key with 004, which gives 3 Feb);
    # "late last month" -> 2025-03 (Noem, "in El Salvador", no city); "in September 2019" ->
    # 2019-09, New York.
    ("003", "2025-04-14", False, [
        ev("2025-04-14-washington-bondi-bukele-rubio-trump-vance", M, OCC, "2025-04-14", "Washington",
           [TRUMP, BUKELE, VANCE, RUBIO, BONDI], [],
           "President Trump hosted El Salvador's President Nayib Bukele in the Oval Office on Monday"),
        ev("2025-02-03-lake-coatepeque-bukele-rubio", M, OCC, "2025-02", "Lake Coatepeque", [RUBIO, BUKELE], [],
           "after Rubio visited him in February at his lakeside home at Lake Coatepeque"),
        ev("2025-03-26-el-salvador-bukele-noem", M, OCC, "2025-03", "El Salvador", [NOEM, BUKELE], [],
           "Homeland Security Secretary Kristi Noem met Bukele in El Salvador late last month"),
        ev("2019-09-25-new-york-bukele-trump", M, OCC, "2019-09", "New York", [BUKELE, TRUMP], [],
           "The two presidents first met in person in September 2019"),
    ], ["'Bukele dismissed the idea ... Bondi said the decision was up to El Salvador' (remarks)",
        "'The Supreme Court ruled last week' (court ruling)",
        "'More than 200 Venezuelans ... were flown there in March' (deportation flights)",
        "'Mr. Trump told Bukele he would also like to send U.S.-born offenders ... if the law allowed it' (remark, hypothetical)",
        "'Van Hollen said he would fly to El Salvador ... if he was not released' (conditional travel)",
        "'Bukele later posted a video of the meeting on X' (social media)",
        "'The White House did not release a readout' (negation)",
        "Related: 'Trump hosts Netanyahu at White House...', 'Rubio to travel to Paris for talks...', 'Sheinbaum, Trump agree to keep talking after call...' (furniture)"]),

    # 004. Wire copy, "February 5, 2025 5:40 PM CST", dateline "GUATEMALA CITY, Feb 5 (CAW)"
    # (manifest 2025-02-05, a Wednesday). "on Wednesday" -> 5 Feb (National Palace of Culture,
    # Guatemala City); "on Tuesday" -> 4 Feb, San Jose; "a day after" Tuesday -> 3 Feb, Lake
    # Coatepeque (shared with 003); "on Sunday" -> 2 Feb, Panama City; "on Thursday" -> planned
    # 6 Feb, Santo Domingo; "in March last year" -> 2024-03, Harris and, "later the same day",
    # Biden: one sentence, two events. "Arévalo" is accented in two places and unaccented once.
    ("004", "2025-02-05", False, [
        ev("2025-02-05-guatemala-city-arevalo-rubio", M, OCC, "2025-02-05", "Guatemala City", [AREVALO, RUBIO], [],
           "President Bernardo Arévalo said on Wednesday after talks with U.S. Secretary of State Marco Rubio"),
        ev("2025-02-04-san-jose-chaves-rubio", M, OCC, "2025-02-04", "San Jose", [RUBIO, CHAVES], [],
           "He held talks with Costa Rican President Rodrigo Chaves in San Jose on Tuesday"),
        ev("2025-02-03-lake-coatepeque-bukele-rubio", M, OCC, "2025-02-03", "Lake Coatepeque", [RUBIO, BUKELE], [],
           "a day after meeting Salvadoran President Nayib Bukele at his lakeside residence at Lake Coatepeque"),
        ev("2025-02-02-panama-city-mulino-rubio", M, OCC, "2025-02-02", "Panama City", [RUBIO, MULINO], [],
           "In Panama City on Sunday he met President Jose Raul Mulino"),
        ev("2025-02-06-santo-domingo-abinader-rubio", M, PLN, "2025-02-06", "Santo Domingo", [RUBIO, ABINADER], [],
           "Rubio is due in Santo Domingo on Thursday to meet Dominican President Luis Abinader"),
        ev("2024-03-25-washington-arevalo-harris", M, OCC, "2024-03", "Washington", [AREVALO, HARRIS], [],
           "was received at the White House in March last year by Vice President Kamala Harris"),
        ev("2024-03-25-washington-arevalo-biden", M, OCC, "2024-03", "Washington", [AREVALO, BIDEN], [],
           "and, later the same day, by President Joe Biden"),
    ], ["'before a joint news conference' (press conference; the talks are the event)",
        "'The tour skips Honduras and Nicaragua' (negation)",
        "'Rubio told reporters he had issued waivers' (remarks)",
        "'In Washington on Tuesday, President Donald Trump said he would be willing ... if there were a legal way' (remark, hypothetical)",
        "'a Guatemalan delegation would go to Washington at some point' (vague)",
        "Related coverage: 'Bukele offers to hold U.S. convicts...', 'Sheinbaum and Trump agree one-month tariff pause in phone call' (furniture)"]),

    # 005. Agency wire, "August 29, 2024 | 22:05 Beijing time", dateline "BEIJING, Aug 29 (APW)"
    # (manifest 2024-08-29, a Thursday). "on Thursday" and "Earlier in the day" -> 29 Aug (Xi at
    # the Great Hall; Zhang Youxia, two separate encounters); "Tuesday and Wednesday" -> one
    # round of talks with Wang Yi, 27-28 Aug, "on the northern outskirts of Beijing"; "on April
    # 2" -> Biden-Xi call; "later that month" -> 2024-04 (Blinken-Xi in Beijing); "most recently
    # in Bangkok in January" -> 2024-01 (the "several times since early 2023" is counted).
    ("005", "2024-08-29", False, [
        ev("2024-08-29-beijing-sullivan-xi", M, OCC, "2024-08-29", "Beijing", [XI, SULLIVAN], [],
           "Chinese President Xi Jinping met U.S. National Security Adviser Jake Sullivan at the Great Hall"),
        ev("2024-08-29-beijing-sullivan-zhang", M, OCC, "2024-08-29", "Beijing", [SULLIVAN, ZHANG], [],
           "Earlier in the day Sullivan held talks with General Zhang Youxia"),
        ev("2024-08-27-beijing-sullivan-wang", M, OCC, "2024-08-27", "Beijing", [SULLIVAN, WANG_YI], [],
           "Sullivan spent Tuesday and Wednesday in talks with Foreign Minister Wang Yi",
           date_end="2024-08-28"),
        ev("2024-04-02-biden-xi-call", C, OCC, "2024-04-02", None, [BIDEN, XI], [],
           "The two leaders last spoke by phone on April 2"),
        ev("2024-04-26-beijing-blinken-xi", M, OCC, "2024-04", "Beijing", [BLINKEN, XI], [],
           "Secretary of State Antony Blinken met Xi in Beijing later that month"),
        ev("2024-01-26-bangkok-sullivan-wang", M, OCC, "2024-01", "Bangkok", [WANG_YI, SULLIVAN], [],
           "most recently in Bangkok in January"),
    ], ["'Xi told Sullivan ... state broadcaster CCTV reported' (statement about the main meeting)",
        "'agreed to arrange a video call between theatre-level military commanders \"at an appropriate time\"' (vague)",
        "'a call between President Joe Biden and Xi was likely in the coming weeks' (vague)",
        "'Wang and Sullivan have met several times since early 2023' (counted)",
        "'At a news conference before leaving' (press conference)",
        "'Biden and Xi could meet again at the APEC summit in Lima ... nothing has been scheduled' (hypothetical)",
        "Related: 'Wang Yi meets Singapore's foreign minister in Beijing' (furniture)"]),

    # 006. Live blog, "Wednesday 13 September 2023", last updated 21:10 KST (manifest 2023-09-13).
    # The 13:40, 15:30 and 21:10 entries are one summit (greeting, delegation talks, one-on-one,
    # lunch): Lavrov, Shoigu and Choe Son Hui sit at the table. "on Tuesday" -> 12 Sep at Khasan
    # (Kozlov and Kozhemyako welcome Kim, Kozlov holds talks: one occasion); "in April 2019" ->
    # Vladivostok; "in July" -> 2023-07 (Shoigu in Pyongyang); "last month" -> 2023-08 (Camp
    # David, shared with 007); "there on Saturday" -> planned Kim-Shoigu in Vladivostok, 16 Sep.
    ("006", "2023-09-13", False, [
        ev("2023-09-13-vostochny-cosmodrome-choe-kim-lavrov-putin-shoigu", M, OCC, "2023-09-13", "Vostochny Cosmodrome",
           [KIM, PUTIN, LAVROV, SHOIGU, CHOE], [],
           "Kim Jong Un and Vladimir Putin talked for about five hours at the Vostochny Cosmodrome"),
        ev("2023-09-16-vladivostok-kim-shoigu", M, PLN, "2023-09-16", "Vladivostok", [KIM, SHOIGU], [],
           "He is expected to meet Defence Minister Sergei Shoigu there on Saturday"),
        ev("2023-09-12-khasan-kim-kozhemyako-kozlov", M, OCC, "2023-09-12", "Khasan", [KIM, KOZLOV, KOZHEMYAKO], [],
           "Kozlov then held talks with Kim at the station, Russian media reported"),
        ev("2019-04-25-vladivostok-kim-putin", M, OCC, "2019-04", "Vladivostok", [KIM, PUTIN], [],
           "They first met in Vladivostok in April 2019"),
        ev("2023-07-26-pyongyang-kim-shoigu", M, OCC, "2023-07", "Pyongyang", [SHOIGU, KIM], [],
           "Shoigu was in Pyongyang in July, when Kim showed him the North's newest missiles"),
        ev("2023-08-18-camp-david-biden-kishida-yoon", M, OCC, "2023-08", "Camp David", [BIDEN, KISHIDA, YOON], [],
           "Joe Biden, Fumio Kishida and Yoon Suk Yeol met at Camp David last month"),
    ], ["'Putin accepted an invitation to visit North Korea at a convenient time' (vague)",
        "'his armoured train will carry him to Komsomolsk-on-Amur' (travel, no encounter)",
        "'Peskov says no agreements will be signed' (statement)",
        "'North Korea fired two short-range ballistic missiles' (no meeting)",
        "Related: 'Lavrov to visit Pyongyang next month', 'Yoon meets Japanese PM Kishida in Jakarta'; More on this story: 'Seoul summons Russian envoy...' (furniture)"]),

    # 007. Seoul English-language daily, "Posted : 2023-08-19 08:40" (manifest null; true date
    # 2023-08-19, a Saturday in Seoul). "on Friday (local time)" -> 18 Aug (the caption says
    # "Aug. 18"); "in Hiroshima in May" -> 2023-05; "in Phnom Penh in November last year" ->
    # 2022-11 (one sentence, two events); "in Vilnius ... last month" -> 2023-07; "at the White
    # House in April" -> 2023-04, Washington; "next month ... on Sept. 9-10" -> planned G20 in
    # New Delhi (a gathering with Yoon placed there).
    ("007", "2023-08-19", True, [
        ev("2023-08-18-camp-david-biden-kishida-yoon", M, OCC, "2023-08-18", "Camp David", [YOON, BIDEN, KISHIDA], [],
           "Japanese Prime Minister Fumio Kishida held their first stand-alone trilateral summit at Camp David"),
        ev("2023-05-21-hiroshima-biden-kishida-yoon", M, OCC, "2023-05", "Hiroshima", [YOON, BIDEN, KISHIDA], [],
           "last met on the sidelines of the Group of Seven summit in Hiroshima in May"),
        ev("2022-11-13-phnom-penh-biden-kishida-yoon", M, OCC, "2022-11", "Phnom Penh", [YOON, BIDEN, KISHIDA], [],
           "and before that in Phnom Penh in November last year"),
        ev("2023-07-12-vilnius-kishida-yoon", M, OCC, "2023-07", "Vilnius", [YOON, KISHIDA], [],
           "Yoon and Kishida held talks in Vilnius on the sidelines of the NATO summit"),
        ev("2023-04-26-washington-biden-yoon", M, OCC, "2023-04", "Washington", [BIDEN, YOON], [],
           "Biden hosted Yoon at the White House in April during a state visit"),
        ev("2023-09-09-new-delhi-yoon", M, PLN, "2023-09-09", "New Delhi", [YOON], ["G20"],
           "Yoon will fly to New Delhi next month for the G20 summit on Sept. 9-10",
           date_end="2023-09-10"),
    ], ["'They agreed to hold a trilateral summit every year and to set up a three-way hotline' (habitual, no single occasion)",
        "'At a joint press conference, Biden said ...; Kishida told reporters' (press conference)",
        "'China's foreign ministry has previously warned'; 'The main opposition Democratic Party said' (statements)",
        "'Officials said Japan could host the next trilateral summit, although no date has been set' (hypothetical)",
        "Most Read: 'Yoon meets Japanese business leaders in Tokyo'; Related Articles: 'Park Jin, Blinken discuss follow-up ... in phone call', 'Kishida, Yoon to hold talks on ASEAN sidelines' (furniture)"]),

    # 008. Wire copy, "July 1, 2024 8:30 PM GMT+3", dateline "DOHA, July 1 (GAW)" (manifest
    # 2024-07-01, a Monday). "A two-day ... meeting ... ended ... on Monday" -> 30 Jun-1 Jul,
    # chaired by DiCarlo, with Mujahid, Kabulov and West named and the envoys and Taliban as
    # groups; "in Doha in February" -> 2024-02 (Guterres chaired; the Taliban boycott is the
    # negation); "in May last year" -> 2023-05 (first meeting, "in the Qatari capital" = Doha);
    # "in May" -> 2024-05, Kabul ("there"); "On Tuesday" -> planned 2 Jul in Doha.
    ("008", "2024-07-01", False, [
        ev("2024-06-30-doha-dicarlo-kabulov-mujahid-west", M, OCC, "2024-06-30", "Doha",
           [MUJAHID, KABULOV, WEST, DICARLO], ["United Nations", "Taliban", ENVOYS],
           "A two-day United Nations meeting on Afghanistan ended in Doha on Monday",
           date_end="2024-07-01"),
        ev("2024-02-18-doha-guterres", M, OCC, "2024-02", "Doha", [GUTERRES], [ENVOYS],
           "The Taliban boycotted the previous round in Doha in February, chaired by Secretary-General Antonio Guterres"),
        ev("2023-05-01-doha-guterres", M, OCC, "2023-05", "Doha", [GUTERRES], [ENVOYS],
           "convened the first meeting of envoys in the Qatari capital in May last year"),
        ev("2024-05-kabul-dicarlo-muttaqi", M, OCC, "2024-05", "Kabul", [DICARLO, MUTTAQI], [],
           "held talks there with acting Foreign Minister Amir Khan Muttaqi"),
        ev("2024-07-02-doha-dicarlo", M, PLN, "2024-07-02", "Doha", [DICARLO], [ENVOYS, "Afghan civil society"],
           "DiCarlo and the envoys are due to meet Afghan women's rights activists"),
    ], ["'his delegation had held meetings with several countries on the sidelines, without naming them' (vague, counted)",
        "'Mujahid told reporters' (press remarks)",
        "'asked the UN not to appoint a special envoy ..., a request the world body has not accepted' (rejected proposal)",
        "'a session the Taliban refused to join' (negation)",
        "'Amnesty International said ...'; 'UN officials said ...' (statements)",
        "Related: 'Pakistan, Taliban officials meet in Kabul on border crossings', \"Qatar's emir receives Iranian interim president's envoy\" (furniture)"]),

    # 009. Gulf news site, "Monday 10 April 2023 | 19:45 GST" (manifest 2023-04-10). "on Sunday"
    # -> 9 Apr in Sanaa, with Abdulsalam who "sat in on the meeting" and the Omani delegation
    # (group); Houthis as a group (headline "Houthi leaders"). "last month" -> 2023-03 (the
    # Switzerland talks chaired by Grundberg and the ICRC); "days after ... on Thursday" -> 6 Apr
    # in Beijing; "in April last year" -> 2022-04 (GCC-hosted consultations in Riyadh).
    ("009", "2023-04-10", False, [
        ev("2023-04-09-sanaa-abdulsalam-al-jaber-al-mashat", M, OCC, "2023-04-09", "Sanaa",
           [AL_JABER, AL_MASHAT, ABDULSALAM], ["Oman", "Houthis"],
           "Mohammed Al Jaber, held talks with the head of the Houthis' Supreme Political Council"),
        ev("2023-03-20-switzerland-grundberg", M, OCC, "2023-03", "Switzerland", [GRUNDBERG],
           ["Yemeni government", "Houthis", "International Committee of the Red Cross"],
           "after ten days of talks in Switzerland chaired by UN envoy Hans Grundberg"),
        ev("2023-04-06-beijing-amir-abdollahian-bin-farhan", M, OCC, "2023-04-06", "Beijing",
           [BIN_FARHAN, AMIR_ABDOLLAHIAN], [],
           "Prince Faisal bin Farhan and his Iranian counterpart Hossein Amir-Abdollahian met in Beijing on Thursday"),
        ev("2022-04-07-riyadh-gulf-cooperation-council-yemeni-parties", M, OCC, "2022-04", "Riyadh", [],
           ["Gulf Cooperation Council", "Yemeni parties"],
           "met for consultations hosted by the Gulf Cooperation Council in Riyadh in April last year"),
    ], ["'Al Jaber arrived in the rebel-held capital on Saturday' (arrival; the Sunday meeting is the event)",
        "'Saba news agency said al-Mashat thanked Oman'; 'Saudi officials did not comment' (statements)",
        "'Talks are expected to continue for several days' (vague)",
        "'The exchange is due to start later this week' (prisoner release, not a meeting)",
        "'Houthi and Saudi officials have held several rounds of talks in Muscat since last year' (counted)",
        "'The Houthis stayed away from those talks' (negation)",
        "'the government had not been consulted' (statement)",
        "Related: \"UAE's Sheikh Abdullah receives Omani foreign minister in Abu Dhabi\" (furniture)"]),

    # 010. Broadcaster's site, "19 May 2023, 18:30 BST" (manifest 2023-05-19, a Friday). The
    # summit "on Friday" in Jeddah: Assad, bin Salman (chair), Tamim ("left the hall", so he
    # was there) and Zelensky ("addressed the summit in person"), with the Arab League as the
    # group. "He later held talks with Prince Mohammed" is a separate encounter. "on 7 May" ->
    # Cairo (foreign ministers, group); "on 12 April" -> Jeddah (Mekdad and "his Saudi
    # counterpart, Prince Faisal bin Farhan"); "six days later" -> 18 Apr in Damascus; "On 1 May"
    # -> Amman; "Last month" -> 2023-04 (Sanaa, shared with 009); "on Sunday" -> planned 21 May
    # in Hiroshima (G7 as group).
    ("010", "2023-05-19", False, [
        ev("2023-05-19-jeddah-al-assad-al-thani-bin-salman-zelenskyy", M, OCC, "2023-05-19", "Jeddah",
           [ASSAD, MBS, TAMIM, ZELENSKYY], ["Arab League"],
           "welcomed Syria's Bashar al-Assad back to their ranks at an Arab League summit in Jeddah"),
        ev("2023-05-19-jeddah-bin-salman-zelenskyy", M, OCC, "2023-05-19", "Jeddah", [ZELENSKYY, MBS], [],
           "He later held talks with Prince Mohammed, his office said"),
        ev("2023-05-07-cairo-arab-league", M, OCC, "2023-05-07", "Cairo", [], ["Arab League"],
           "approved by Arab foreign ministers at a meeting in Cairo on 7 May"),
        ev("2023-04-12-jeddah-bin-farhan-mekdad", M, OCC, "2023-04-12", "Jeddah", [MEKDAD, BIN_FARHAN], [],
           "Faisal Mekdad visited Jeddah on 12 April for talks with his Saudi counterpart"),
        ev("2023-04-18-damascus-al-assad-bin-farhan", M, OCC, "2023-04-18", "Damascus", [BIN_FARHAN, ASSAD], [],
           "who travelled to Damascus six days later to meet Assad"),
        ev("2023-05-01-amman-bin-farhan-mekdad", M, OCC, "2023-05-01", "Amman", [MEKDAD, BIN_FARHAN],
           ["Jordan", "Iraq", "Egypt"],
           "On 1 May, Mekdad and Prince Faisal sat down in Amman with the foreign ministers"),
        ev("2023-04-09-sanaa-abdulsalam-al-jaber-al-mashat", M, OCC, "2023-04", "Sanaa", [AL_JABER], ["Houthis"],
           "its ambassador, Mohammed Al Jaber, travelled to Sanaa for talks with Houthi leaders"),
        ev("2023-05-21-hiroshima-zelenskyy", M, PLN, "2023-05-21", "Hiroshima", [ZELENSKYY], ["G7"],
           "he is expected to join Group of Seven leaders in Hiroshima on Sunday"),
    ], ["'Assad, a close ally of Moscow, and Zelensky did not meet' (negation)",
        "'In his speech, Assad said ...' (speech); 'The United States said ...' (statement)",
        "'Zelensky ... flew in on a French government plane' (travel, part of the summit)",
        "More on this story: 'Saudi and Syrian foreign ministers hold talks in Jeddah' (furniture, repeats the 12 April event)",
        "Read more: 'Sudan truce talks continue in Jeddah...'; Top Stories: 'G7 leaders unveil new Russia sanctions in Hiroshima' (furniture)"]),

    # 011. Iraqi English-language site, "Tuesday, 16 April 2024 | 02:15 (Baghdad)" (manifest
    # null; true date 2024-04-16). "on Monday" -> 15 Apr (Oval Office); "Later on Monday" ->
    # 15 Apr, "received in Washington ... at the Pentagon"; "in July" -> planned committee
    # meeting, 2024-07, venue unknown; "last September ... in New York" -> 2023-09; "in November"
    # -> 2023-11, Baghdad.
    ("011", "2024-04-16", True, [
        ev("2024-04-15-washington-al-sudani-biden", M, OCC, "2024-04-15", "Washington", [SUDANI, BIDEN], [],
           "Mohammed Shia al-Sudani met US President Joe Biden in the Oval Office on Monday"),
        ev("2024-04-15-washington-al-sudani-austin", M, OCC, "2024-04-15", "Washington", [SUDANI, AUSTIN], [],
           "Sudani was received in Washington by Defence Secretary Lloyd Austin at the Pentagon"),
        ev("2024-07-iraq-united-states", M, PLN, "2024-07", None, [], ["Iraq", "United States"],
           "the bilateral Higher Coordinating Committee would hold its next meeting in July"),
        ev("2023-09-18-new-york-al-sudani-blinken", M, OCC, "2023-09", "New York", [BLINKEN, SUDANI], [],
           "Secretary of State Antony Blinken, who met him in New York on the sidelines"),
        ev("2023-11-05-baghdad-al-sudani-blinken", M, OCC, "2023-11", "Baghdad", [BLINKEN, SUDANI], [],
           "Blinken also came to Baghdad in November for talks with Sudani"),
    ], ["'Biden told reporters before the talks' (press remarks)",
        "'Iran's drone and missile attack on Israel at the weekend' (no meeting)",
        "'is due to visit Houston and Michigan ... to meet energy companies and members of the Iraqi community' (travel, not a diplomatic encounter)",
        "'Armed factions close to Iran ... have said in statements' (statements); 'Barzani wrote on X' (social media)",
        "Related: 'Sudani receives Turkish intelligence chief in Baghdad', 'Erbil and Baghdad agree on salary payments...' (furniture)"]),

    # 012. Polish English-language site, "22.01.2024 18:20" (manifest 2024-01-22, a Monday). "on
    # Monday" and "Earlier in the day" -> 22 Jan, two separate encounters in Kyiv; "on December
    # 22" -> 2023-12-22, Kyiv (ministry officials as groups); "in July in Lutsk" -> 2023-07;
    # "on February 1" -> planned EU summit in Brussels with Tusk placed there.
    ("012", "2024-01-22", False, [
        ev("2024-01-22-kyiv-tusk-zelenskyy", M, OCC, "2024-01-22", "Kyiv", [TUSK, ZELENSKYY], [],
           "Prime Minister Donald Tusk held talks with President Volodymyr Zelensky in Kyiv on Monday"),
        ev("2024-01-22-kyiv-shmyhal-tusk", M, OCC, "2024-01-22", "Kyiv", [TUSK, SHMYHAL], [],
           "Earlier in the day Tusk met his Ukrainian counterpart Denys Shmyhal"),
        ev("2023-12-22-kyiv-poland-ukraine", M, OCC, "2023-12-22", "Kyiv", [], ["Poland", "Ukraine"],
           "Officials from the two countries' infrastructure ministries had met in Kyiv on December 22"),
        ev("2023-07-09-lutsk-duda-zelenskyy", M, OCC, "2023-07", "Lutsk", [DUDA, ZELENSKYY], [],
           "The two presidents had last met in July in Lutsk"),
        ev("2024-02-01-brussels-tusk", M, PLN, "2024-02-01", "Brussels", [TUSK], ["European Union"],
           "Tusk travels to Brussels on February 1 for an emergency EU summit"),
    ], ["'Speaking to reporters alongside Shmyhal' (press conference)",
        "'Polish hauliers suspended their blockade ... after reaching a deal with Infrastructure Minister Dariusz Klimczak' (domestic)",
        "'A meeting planned between President Andrzej Duda and Zelensky in New York last September was called off' (cancelled)",
        "'they met several times in 2019, when Tusk was president of the European Council' (counted)",
        "'the two cabinets would hold joint consultations in the near future' (vague)",
        "'Farmers' groups said they would resume protests' (statement, hypothetical)",
        "Read also: 'Sikorski meets Kuleba in Warsaw...', 'Duda hosts Lithuanian president at Belweder' (furniture)"]),

    # 013. Foreign minister's media release, "21 December 2022" (manifest null; true date
    # 2022-12-21). "Today" -> 21 Dec in Beijing; "on 15 November in Bali" -> 2022-11-15; "in Bali
    # in July" -> 2022-07 ("the Minister" = Wong, "State Councilor Wang" = Wang Yi); "in Singapore
    # in June" -> 2022-06 (Marles and Wei).
    ("013", "2022-12-21", True, [
        ev("2022-12-21-beijing-wang-wong", M, OCC, "2022-12-21", "Beijing", [WONG, WANG_YI], [],
           "Senator the Hon Penny Wong, met State Councilor and Foreign Minister Wang Yi in Beijing"),
        ev("2022-11-15-bali-albanese-xi", M, OCC, "2022-11-15", "Bali", [ALBANESE, XI], [],
           "meeting between Prime Minister Anthony Albanese and President Xi Jinping on 15 November in Bali"),
        ev("2022-07-08-bali-wang-wong", M, OCC, "2022-07", "Bali", [WONG, WANG_YI], [],
           "first meeting with State Councilor Wang at the G20 Foreign Ministers' Meeting in Bali"),
        ev("2022-06-12-singapore-marles-wei", M, OCC, "2022-06", "Singapore", [MARLES, WEI], [],
           "the Hon Richard Marles MP, and Defence Minister Wei Fenghe in Singapore in June"),
    ], ["'The visit coincides with the 50th anniversary ... established by the Whitlam Government in December 1972' (anniversary, no encounter)",
        "'agreed to maintain high-level engagement, and to commence or resume dialogue' (vague)",
        "'The Australian Government will continue to engage with China calmly' (statement)",
        "'The Minister returns to Australia tomorrow' (travel)",
        "Related media releases: 'Meeting with Indonesian Foreign Minister Retno Marsudi in Jakarta', 'Australia-Germany Foreign Ministers' video conference' (furniture)"]),

    # 014. E-mail newsletter, "Issue No. 214 · Friday 28 July 2023" (manifest 2023-07-28). "on
    # Wednesday" -> 26 Jul in Nuku'alofa; the Wellington dinner "on Wednesday evening" (26 Jul,
    # with O'Connor) and the formal talks "On Thursday" (27 Jul) are separate days, so separate
    # events; "called on Prime Minister Chris Hipkins" -> a third encounter on 27 Jul;
    # Austin-Marape "on Thursday" -> 27 Jul; "in May" -> 2023-05 (Blinken-Marape signing in Port
    # Moresby); "on Saturday" -> planned AUSMIN in Brisbane, 29 Jul; "in September" -> planned
    # second US-Pacific Islands summit in Washington, 2023-09.
    ("014", "2023-07-28", False, [
        ev("2023-07-26-nukualofa-blinken-sovaleni", M, OCC, "2023-07-26", "Nuku'alofa", [BLINKEN, SOVALENI], [],
           "and held talks with Prime Minister Hu'akavameiliku Siaosi Sovaleni"),
        ev("2023-07-26-wellington-blinken-mahuta-o-connor", M, OCC, "2023-07-26", "Wellington",
           [BLINKEN, MAHUTA, OCONNOR], [],
           "Mahuta hosted him and Trade Minister Damien O'Connor for dinner on Wednesday evening"),
        ev("2023-07-27-wellington-blinken-mahuta", M, OCC, "2023-07-27", "Wellington", [BLINKEN, MAHUTA], [],
           "On Thursday the two foreign ministers held formal talks at Parliament"),
        ev("2023-07-27-wellington-blinken-hipkins", M, OCC, "2023-07-27", "Wellington", [BLINKEN, HIPKINS], [],
           "Blinken also called on Prime Minister Chris Hipkins"),
        ev("2023-07-27-port-moresby-austin-marape", M, OCC, "2023-07-27", "Port Moresby", [AUSTIN, MARAPE], [],
           "meeting Prime Minister James Marape in Port Moresby on Thursday"),
        ev("2023-05-22-port-moresby-blinken-marape", M, OCC, "2023-05", "Port Moresby", [BLINKEN, MARAPE], [],
           "signed a defence cooperation agreement at a ceremony hosted by Marape in Port Moresby"),
        ev("2023-07-29-brisbane-austin-blinken-marles-wong", M, PLN, "2023-07-29", "Brisbane",
           [BLINKEN, AUSTIN, WONG, MARLES], [],
           "meet Foreign Minister Penny Wong and Defence Minister Richard Marles in Brisbane on Saturday"),
        ev("2023-09-25-washington-biden", M, PLN, "2023-09", "Washington", [BIDEN], ["Pacific Island leaders"],
           "Biden is due to host Pacific Island leaders in Washington in September"),
    ], ["'dedicated Washington's new embassy, which opened quietly in May' (ceremony of the same visit; the May opening names no encounter)",
        "'At a joint press conference, Mahuta repeated ...' (press conference)",
        "'President Joe Biden, who cancelled his own visit' (cancelled)",
        "\"Sogavare's office issued a statement defending the policing cooperation plan agreed with China\" (statement)",
        "'Forum foreign ministers have no date yet for their next meeting' (negation, vague)",
        "Most read last week: 'Rabuka and Luxon meet in Suva...' (furniture)"]),
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
    for aid, _pub, _hide, events, _traps in ARTICLES:
        print(f"  {aid}: {len(events)} events")


if __name__ == "__main__":
    main()
