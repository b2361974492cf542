#!/usr/bin/env python3
"""Generate gold.jsonl and manifest.jsonl for the holdout28 BLIND held-out corpus.

Run:  python3 data/holdout28/build_gold.py   then   python3 data/eval/validate.py data/holdout28
Each article lists its true publication date, whether the manifest hides it, its gold
events, and (for documentation only) the traps it contains that must NOT be extracted.

holdout28 is a BLIND held-out set. The engineer working on dossier must not read this file,
the articles, the gold or the README beyond its first paragraph. Only run the scorer and the
validator on it and look at the totals they print.

It covers real, mostly less-famous occasions from 1945 to 2022 in every region named by the
brief (Latin America, Southeast Asia, East Asia, multilateral, Middle East, North Africa,
Central America, Central / South Asia, South Asia, Caribbean, North America, Central Asia,
Southern Africa, Oceania, Europe) with a MIX of event types: occurred in-person meetings
(about three fifths), planned meetings and calls (about a quarter), phone calls, and
gatherings or delegation-only talks with groups. Layouts: an OCR'd 1947 newspaper page in an
archive viewer with a page jump, a radio news script with no date at all, a translated Soviet
agency report on a document reader, a wire-archive record, a TV news transcript, an
English-language island weekly, a translated foreign-ministry communique, a reposted UN
press release with an editor's note, a 1997 Indian web edition, a Caribbean daily website, a
local TV station page, a personal energy blog, a live blog, an AMP page and an email
newsletter.
Three pages have no date in the manifest: 001 (no date anywhere, so every date on it is
null), 002 (date only in the source line "Pravda, No. 294, 20 October 1956") and 011 (blog
stamp "13/05/07 · 21:40").
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

# canonical names
TRUMAN, MARSHALL, VANDENBERG, FERNANDES, DUTRA, BRAMUGLIA, STETTINIUS = (
    "Harry S. Truman", "George Marshall", "Arthur Vandenberg", "Raul Fernandes",
    "Eurico Gaspar Dutra", "Juan Atilio Bramuglia", "Edward Stettinius")
DULLES, CASEY, WEBB, ZAFRULLA, WAN, GARCIA, MAGSAYSAY, NEHRU, CHIANG = (
    "John Foster Dulles", "Richard Casey", "Clifton Webb", "Muhammad Zafarullah Khan",
    "Wan Waithayakon", "Carlos P. Garcia", "Ramon Magsaysay", "Jawaharlal Nehru",
    "Chiang Kai-shek")
BULGANIN, KHRUSHCHEV, SHEPILOV, HATOYAMA, KONO, MATSUMOTO, MALIK, SHIGEMITSU = (
    "Nikolai Bulganin", "Nikita Khrushchev", "Dmitri Shepilov", "Ichiro Hatoyama", "Ichiro Kono",
    "Shunichi Matsumoto", "Yakov Malik", "Mamoru Shigemitsu")
TITO, NASSER, SUKARNO, NKRUMAH, HAILE_SELASSIE, MAKARIOS, KEITA, KENNEDY = (
    "Josip Broz Tito", "Gamal Abdel Nasser", "Sukarno", "Kwame Nkrumah", "Haile Selassie",
    "Makarios III", "Modibo Keita", "John F. Kennedy")
GAMASY, ELAZAR, SIILASVUO, KISSINGER, SADAT, ALLON, DAYAN, EBAN, NIXON, ASSAD, GROMYKO, \
    YARIV = (
        "Mohamed Abdel Ghani el-Gamasy", "David Elazar", "Ensio Siilasvuo", "Henry Kissinger",
        "Anwar Sadat", "Yigal Allon", "Moshe Dayan", "Abba Eban", "Richard Nixon",
        "Hafez al-Assad", "Andrei Gromyko", "Aharon Yariv")
ARIAS_NAVARRO, OSMAN, MOUKNASS, JUAN_CARLOS, HASSAN, SOLIS, OULD_DADDAH = (
    "Carlos Arias Navarro", "Ahmed Osman", "Hamdi Ould Mouknass", "Juan Carlos I", "Hassan II",
    "Jose Solis Ruiz", "Moktar Ould Daddah")
CHAVEZ_MENA, ELVIR_SIERRA, ARIAS_STELLA, BUSTAMANTE, BELAUNDE, PAZ_GARCIA = (
    "Fidel Chavez Mena", "Cesar Elvir Sierra", "Javier Arias Stella",
    "Jose Luis Bustamante y Rivero", "Fernando Belaunde Terry", "Policarpo Paz Garcia")
PEREZ, WAKIL, NOORANI, SHULTZ, SHEVARDNADZE, CORDOVEZ, ZIA, GORBACHEV, NAJIBULLAH = (
    "Javier Perez de Cuellar", "Abdul Wakil", "Zain Noorani", "George Shultz",
    "Eduard Shevardnadze", "Diego Cordovez", "Mohammad Zia-ul-Haq", "Mikhail Gorbachev",
    "Mohammad Najibullah")
GUJRAL, SHARIF, HAIDAR, AHMAD, GAYOOM, HASINA, KUMARATUNGA, WANGCHUCK, CHAND = (
    "Inder Kumar Gujral", "Nawaz Sharif", "Salman Haidar", "Shamshad Ahmad",
    "Maumoon Abdul Gayoom", "Sheikh Hasina", "Chandrika Kumaratunga", "Jigme Singye Wangchuck",
    "Lokendra Bahadur Chand")
CLINTON, ARTHUR, PATTERSON, PANDAY, PREVAL, INGRAHAM, FERNANDEZ_MIRABAL, FIGUERES, ZEDILLO, \
    CHRETIEN = (
        "Bill Clinton", "Owen Arthur", "P. J. Patterson", "Basdeo Panday", "Rene Preval",
        "Hubert Ingraham", "Jaime David Fernandez Mirabal", "Jose Maria Figueres",
        "Ernesto Zedillo", "Jean Chretien")
GW_BUSH, MARTIN, FOX, RICE, PETTIGREW, DERBEZ = (
    "George W. Bush", "Paul Martin", "Vicente Fox", "Condoleezza Rice", "Pierre Pettigrew",
    "Luis Ernesto Derbez")
PUTIN, NAZARBAYEV, BERDIMUHAMEDOW, KACZYNSKI, ALIYEV = (
    "Vladimir Putin", "Nursultan Nazarbayev", "Gurbanguly Berdimuhamedow", "Lech Kaczynski",
    "Ilham Aliyev")
CHISSANO, RAJOELINA, RAVALOMANANA, RATSIRAKA, ZAFY, DRAME, ZUMA, SARKOZY = (
    "Joaquim Chissano", "Andry Rajoelina", "Marc Ravalomanana", "Didier Ratsiraka", "Albert Zafy",
    "Tiebile Drame", "Jacob Zuma", "Nicolas Sarkozy")
XI, ONEILL, BAINIMARAMA, TUILAEPA, POHIVA, PENCE, TRUMP, MORRISON, ARDERN = (
    "Xi Jinping", "Peter O'Neill", "Frank Bainimarama", "Tuilaepa Sailele Malielegaoi",
    "Akilisi Pohiva", "Mike Pence", "Donald Trump", "Scott Morrison", "Jacinda Ardern")
FIALA, MACRON, MICHEL, ERDOGAN, TRUSS, PASHINYAN = (
    "Petr Fiala", "Emmanuel Macron", "Charles Michel", "Recep Tayyip Erdogan", "Liz Truss",
    "Nikol Pashinyan")

IAC = "Inter-American Conference"
NAM = "Non-Aligned Movement"
EPC = "European Political Community"


def ev(key, kind, status, date, location, participants, groups, evidence, date_end=None):
    e = {"key": key, "kind": kind, "status": status, "date": date}
    if date_end:
        e["date_end"] = date_end
    e.update({"location": location, "participants": participants, "groups": groups,
              "evidence": evidence})
    return e


M, C, OCC, PLN = "meeting", "call", "occurred", "planned"

ARTICLES = [
    # 000. OCR'd newspaper page in an archive viewer, header "WEDNESDAY, SEPTEMBER 3, 1947"
    # (manifest 1947-09-03), dispatch "RIO DE JANEIRO, Sept. 2". Relative dates resolve against
    # the DISPATCH day (Tuesday 2 Sept): "today" -> 2 Sept; "yesterday afternoon" -> 1 Sept; "on
    # Sunday" -> 31 Aug; "on Thursday night" (jump text) -> 4 Sept; "in March, 1945" -> 1945-03
    # (keyed month only); "early next year" -> 1948 (keyed on the Bogota conference's opening,
    # 30 March 1948). Places: "at Petropolis", "the Quitandinha Hotel", "a suite at the hotel"
    # -> Petropolis; "the Touring Club pier" -> Rio de Janeiro (dateline); "Itamaraty Palace" ->
    # Rio de Janeiro. OCR errors: "Fernandcs" = Raul Fernandes, "Bramugiia" = Juan Atilio
    # Bramuglia. The signing is reported as part of the closing session (one event).
    ("000", "1947-09-03", False, [
        ev("1947-09-02-petropolis-fernandes-marshall-truman-vandenberg", M, OCC, "1947-09-02",
           "Petropolis", [TRUMAN, MARSHALL, VANDENBERG, FERNANDES], [IAC],
           "President Truman sat with the foreign ministers of the hemisphere today"),
        ev("1947-09-01-rio-de-janeiro-dutra-truman", M, OCC, "1947-09-01", "Rio de Janeiro",
           [TRUMAN, DUTRA], [],
           "was met at the Touring Club pier by President Eurico Gaspar Dutra"),
        ev("1947-08-31-petropolis-bramuglia-marshall", M, OCC, "1947-08-31", "Petropolis",
           [MARSHALL, BRAMUGLIA], [],
           "a long talk Mr. Marshall had on Sunday with Argentina's Foreign Minister, Juan Bramugiia"),
        ev("1947-09-04-rio-de-janeiro-dutra-truman", M, PLN, "1947-09-04", "Rio de Janeiro",
           [DUTRA, TRUMAN], [],
           "President Dutra will be host at a state dinner for Mr. Truman at Itamaraty Palace"),
        ev("1945-03-mexico-city-stettinius", M, OCC, "1945-03", "Mexico City", [STETTINIUS], [IAC],
           "adopted by an inter-American conference at Mexico City in March, 1945"),
        ev("1948-03-30-bogota-inter-american-conference", M, PLN, "1948", "Bogota", [], [IAC],
           "The next regular conference of American states is to meet at Bogota early next year"),
    ], ["'President Juan Peron telephoned Senor Bramugiia at Petropolis last night' (internal to one government)",
        "'Gen. Peron, who had been mentioned as a possible visitor, did not come to Brazil' (negation)",
        "'Mr. Truman spoke for twenty minutes' (speech inside the session)",
        "'yielded the chair to the President for a moment' (inside the session, not separate)",
        "'will address a joint session of the Brazilian Congress on Friday' (speech; Congress is domestic)",
        "'sails for home aboard the battleship Missouri on Sunday' (travel)",
        "Related clippings: 'Marshall Plan talks open in Paris', 'Peron says Argentina will sign' (furniture)"]),

    # 001. Radio news script on a sound archive; "Date of broadcast: not recorded on the script";
    # no year or date anywhere on the page, so EVERY date is null (eval rule 10) and the
    # conference carries no date_end. True broadcast date 8 Sept 1954 (Wednesday). Events keyed
    # on their real dates: conference 6-8 Sept 1954 (keyed on the opening), Casey-Dulles
    # breakfast "On Tuesday" (7 Sept), Casey's call on Magsaysay "this morning" (8 Sept), Colombo
    # conference of the five prime ministers (28 April 1954), first SEATO council in Bangkok (23
    # Feb 1955), Dulles-Chiang in Taipei "tomorrow" (9 Sept). Places: "Ceylon's capital" ->
    # Colombo; "Malacanang Palace", "the American Embassy" -> Manila; "Formosa ... in Taipei" ->
    # Taipei. Britain and France signed "through the leaders of their delegations" (unnamed) ->
    # groups. Magsaysay opened the conference, so he is a participant of the gathering.
    ("001", "1954-09-08", True, [
        ev("1954-09-06-manila-casey-dulles-garcia-magsaysay-wan-waithayakon-webb-zafarullah-khan",
           M, OCC, None, "Manila", [DULLES, CASEY, WEBB, ZAFRULLA, WAN, GARCIA, MAGSAYSAY],
           ["United Kingdom", "France"],
           "The eight-power conference on South-East Asian defence ended in Manila this afternoon"),
        ev("1954-09-08-manila-casey-magsaysay", M, OCC, None, "Manila", [CASEY, MAGSAYSAY], [],
           "Mr Casey called on President Magsaysay at Malacanang Palace this morning"),
        ev("1954-09-07-manila-casey-dulles", M, OCC, None, "Manila", [CASEY, DULLES], [],
           "On Tuesday he and Mr Dulles had breakfast together at the American Embassy"),
        ev("1954-04-28-colombo-nehru", M, OCC, None, "Colombo", [NEHRU], ["Colombo Powers"],
           "The prime ministers of the five Colombo powers, Mr Nehru among them, met"),
        ev("1955-02-23-bangkok-seato", M, PLN, None, "Bangkok", [], ["SEATO"],
           "will hold its first meeting in Bangkok early next year"),
        ev("1954-09-09-taipei-chiang-dulles", M, PLN, None, "Taipei", [DULLES, CHIANG], [],
           "where he will see Generalissimo Chiang Kai-shek in Taipei"),
    ], ["'Mr Menzies, spoke with Mr Casey by radio-telephone this evening' (internal to one government)",
        "'will make a statement in the House next week' (statement, domestic)",
        "'India, Burma, Ceylon and Indonesia declined invitations' (refusal)",
        "'Mr Casey said tonight that Australia was safer' (statement)",
        "'Peking radio called the pact an aggressive bloc' (statement)",
        "'the Royal Melbourne Show opens on Thursday' (no diplomatic encounter)",
        "Related recordings: 'Geneva talks on Indo-China', 'Mr Menzies in London' (furniture)"]),

    # 002. Translated TASS report on a document reader; manifest null. The only date is the
    # source line "Pravda, No. 294, 20 October 1956, p. 1" (true date 1956-10-20). "From 13 to 19
    # October" -> one round of talks with date_end, which "concluded yesterday" (19 Oct) with the
    # signing and a reception (both inside the round, eval rule 3); "on 12 October" -> airport
    # greeting, a separate day; "in June of last year" -> 1955-06 (keyed 1 June 1955, the
    # opening of the London talks); "in May of this year" -> 1956-05; "in August of this year"
    # -> 1956-08 (keyed month only: the Shigemitsu talks ran from 31 July into August);
    # ratification exchange "in Tokyo" has no date -> null (keyed on the real exchange, 12 Dec
    # 1956). Vnukovo airport and the Kremlin -> Moscow. Names given as initials + surname.
    ("002", "1956-10-20", True, [
        ev("1956-10-13-moscow-bulganin-hatoyama-khrushchev-kono-matsumoto-shepilov", M, OCC,
           "1956-10-13", "Moscow", [BULGANIN, KHRUSHCHEV, SHEPILOV, HATOYAMA, KONO, MATSUMOTO],
           ["Soviet Union", "Japan"],
           "From 13 to 19 October negotiations were held in Moscow between the delegations",
           date_end="1956-10-19"),
        ev("1956-10-12-moscow-bulganin-hatoyama", M, OCC, "1956-10-12", "Moscow",
           [HATOYAMA, BULGANIN], [],
           "At Vnukovo airport I. Hatoyama was greeted by N. A. Bulganin"),
        ev("1955-06-01-london-malik-matsumoto", M, OCC, "1955-06", "London", [MALIK, MATSUMOTO], [],
           "The talks opened in London in June of last year between the plenipotentiaries"),
        ev("1956-05-moscow-bulganin-kono", M, OCC, "1956-05", "Moscow", [KONO, BULGANIN], [],
           "During his stay in Moscow in May of this year, I. Kono was received"),
        ev("1956-08-moscow-shepilov-shigemitsu", M, OCC, "1956-08", "Moscow",
           [SHIGEMITSU, SHEPILOV], [],
           "M. Shigemitsu, conducted with D. T. Shepilov in Moscow in August of this year"),
        ev("1956-12-12-tokyo-japan-soviet-union", M, PLN, None, "Tokyo", [],
           ["Soviet Union", "Japan"],
           "The instruments of ratification are to be exchanged in Tokyo"),
    ], ["'After the signing N. A. Bulganin gave a reception in the Kremlin in honour of I. Hatoyama' (inside the round)",
        "'were broken off more than once' (describes the London talks, no new occasion)",
        "'the two states will exchange ambassadors without delay' (not a meeting)",
        "'The Soviet Union will support the admission of Japan to the United Nations' (statement)",
        "'The sides agreed to continue negotiations on a peace treaty after normal relations are restored' (vague)",
        "'The Japanese delegation leaves Moscow for home today' (travel)",
        "Related documents: 'Memorandum of a conversation in the Kremlin', 'Exchange of letters' (furniture)"]),

    # 003. Wire-archive record "Filed: Wednesday, September 6, 1961" (manifest 1961-09-06),
    # dateline "BELGRADE, Sept. 6". "tonight" -> 6 Sept; "last Friday" -> 1 Sept (opening), so the
    # conference runs 1-6 Sept; "later this week", "next week" -> 1961-09; "on Tuesday" -> 5
    # Sept; "in July, 1956" -> 1956-07 (Brioni, keyed 19 July 1956); "in June" -> 1961-06 (Cairo
    # preparatory meeting, keyed 5 June). "the Federal Assembly building" -> Belgrade; "the White
    # Palace" -> Belgrade; "Brioni, Marshal Tito's island retreat" -> Brioni. "them" in the
    # Washington sentence = Sukarno and Keita. Participants of the conference are the named
    # leaders placed "around the horseshoe table" plus Tito; "the leaders of 25 countries" -> group.
    ("003", "1961-09-06", False, [
        ev("1961-09-01-belgrade-haile-selassie-makarios-nasser-nehru-nkrumah-sukarno-tito", M, OCC,
           "1961-09-01", "Belgrade",
           [TITO, NEHRU, NASSER, SUKARNO, NKRUMAH, HAILE_SELASSIE, MAKARIOS], [NAM],
           "The first conference of non-aligned nations ended here tonight after six days",
           date_end="1961-09-06"),
        ev("1961-09-moscow-khrushchev-nehru-nkrumah", M, PLN, "1961-09", "Moscow",
           [NEHRU, NKRUMAH, KHRUSHCHEV], [],
           "Mr. Nehru and Mr. Nkrumah will carry the appeal to Moscow and see Premier Khrushchev"),
        ev("1961-09-washington-keita-kennedy-sukarno", M, PLN, "1961-09", "Washington",
           [SUKARNO, KEITA, KENNEDY], [],
           "The State Department said Mr. Kennedy would receive them at the White House next week"),
        ev("1961-09-05-belgrade-nehru-tito", M, OCC, "1961-09-05", "Belgrade", [NEHRU, TITO], [],
           "Mr. Nehru, who had lunched with Marshal Tito on Tuesday at the White Palace"),
        ev("1956-07-19-brioni-nasser-nehru-tito", M, OCC, "1956-07", "Brioni", [TITO, NEHRU, NASSER],
           [], "that he, Mr. Nehru and Mr. Nasser first met as a threesome"),
        ev("1961-06-05-cairo-non-aligned-movement", M, OCC, "1961-06", "Cairo", [], [NAM],
           "A preparatory meeting of officials in Cairo in June settled the guest list"),
    ], ["'George F. Kennan, watched the opening ... but did not meet Marshal Tito' (negation)",
        "'Marshal Tito has entertained several of the visiting leaders at his residence during the week' (counted)",
        "'told reporters the conference had been \"a gathering of the worried\"' (press remark)",
        "'The Soviet announcement last week that Moscow would resume nuclear tests' (statement)",
        "'a second conference could be held in Africa or Asia \"when conditions allow.\" No date or host' (hypothetical)",
        "Related coverage: 'Nasser urges end to bases', 'General Assembly to open Sept. 19' (furniture)"]),

    # 004. TV news transcript "Broadcast: Friday, January 18, 1974" (manifest 1974-01-18).
    # "today" -> 18 Jan (signing at Kilometre 101); "this morning" -> 18 Jan (Kissinger with
    # Sadat in Aswan, "He" = Kissinger); "last night ... after a day of talks there" -> 17 Jan in
    # Jerusalem; "telephoned ... last night" -> 17 Jan; "on Sunday" -> 20 Jan; "last month" ->
    # 1973-12 (Geneva, keyed 21 Dec 1973); "in November" -> 1973-11 (keyed 11 Nov 1973). Sadat's
    # trip "to Damascus in the coming days" has a place but no date -> date null, keyed month
    # only. Kilometre 101 is kept as the place name (no city). The Egyptian and Israeli officers
    # are unnamed -> groups.
    ("004", "1974-01-18", False, [
        ev("1974-01-18-kilometre-101-el-gamasy-elazar-siilasvuo", M, OCC, "1974-01-18",
           "Kilometre 101", [GAMASY, ELAZAR, SIILASVUO], [],
           "General Mohamed Abdel Ghani el-Gamasy signed for Egypt and General David Elazar for Israel"),
        ev("1974-01-18-aswan-kissinger-sadat", M, OCC, "1974-01-18", "Aswan", [KISSINGER, SADAT], [],
           "He was in Aswan this morning, at the winter residence of President Anwar Sadat"),
        ev("1974-01-17-jerusalem-allon-dayan-eban-kissinger", M, OCC, "1974-01-17", "Jerusalem",
           [KISSINGER, ALLON, DAYAN, EBAN], [],
           "after a day of talks there with Deputy Prime Minister Yigal Allon"),
        ev("1974-01-17-nixon-sadat-call", C, OCC, "1974-01-17", None, [NIXON, SADAT], [],
           "President Nixon telephoned President Sadat last night to congratulate him"),
        ev("1974-01-damascus-al-assad-sadat", M, PLN, None, "Damascus", [SADAT, ASSAD], [],
           "Sadat himself will fly to Damascus in the coming days to explain the agreement"),
        ev("1974-01-20-kilometre-101-egypt-israel", M, PLN, "1974-01-20", "Kilometre 101", [],
           ["Egypt", "Israel"],
           "Egyptian and Israeli officers are due to meet at Kilometre 101 again on Sunday"),
        ev("1973-12-21-geneva-gromyko-kissinger", M, OCC, "1973-12", "Geneva", [KISSINGER, GROMYKO],
           ["Egypt", "Israel", "Jordan"],
           "which Dr. Kissinger and the Soviet Foreign Minister, Andrei Gromyko, opened last month"),
        ev("1973-11-11-kilometre-101-el-gamasy-yariv", M, OCC, "1973-11", "Kilometre 101",
           [YARIV, GAMASY], [],
           "that General Aharon Yariv and General Gamasy put their names to the six-point"),
    ], ["'Henry Kissinger was not at the ceremony' (negation)",
        "'President Hafez al-Assad, who has refused to join the peace talks' (refusal)",
        "'Syria stayed away then and says it will stay away still' (negation)",
        "'Mrs. Meir's cabinet met late last night and approved the text' (internal to one government)",
        "'in a brief interview with this programme from Aswan' (interview)",
        "'heating oil rationing, and the latest from the Watergate tapes hearing' (domestic)",
        "Related programmes: 'Agreement announced in three capitals', 'Geneva peace conference opens' (furniture)"]),

    # 005. Island weekly "SATURDAY, 15 NOVEMBER 1975" (manifest 1975-11-15). "yesterday" -> 14
    # Nov; "three days of talks that began on Wednesday" -> 12-14 Nov, one round ending in the
    # signing (date_end); "On Thursday evening" -> 13 Nov; "last month" -> 1975-10 (keyed 21 Oct
    # 1975); "last night" -> 14 Nov; "on Monday" -> 17 Nov; "next week" (Saturday page) ->
    # 1975-11; "last Sunday" -> 9 Nov (a broadcast, trap). Places: "the Presidency of the
    # Government" and "the Zarzuela Palace" -> Madrid; "El Aaiun" -> Laayoune (ASCII English
    # name). Juan Carlos's reception of Osman is a separate encounter with a non-negotiator.
    ("005", "1975-11-15", False, [
        ev("1975-11-12-madrid-arias-navarro-osman-ould-mouknass", M, OCC, "1975-11-12", "Madrid",
           [ARIAS_NAVARRO, OSMAN, MOUKNASS], [],
           "Hamdi Ould Mouknass, after three days of talks that began on Wednesday",
           date_end="1975-11-14"),
        ev("1975-11-13-madrid-juan-carlos-osman", M, OCC, "1975-11-13", "Madrid", [JUAN_CARLOS, OSMAN],
           [], "received Mr Osman at the Zarzuela Palace"),
        ev("1975-10-21-marrakesh-hassan-ii-solis", M, OCC, "1975-10", "Marrakesh", [HASSAN, SOLIS], [],
           "when King Hassan II received the Minister Secretary-General of the Movement, Jose Solis Ruiz"),
        ev("1975-11-14-hassan-ii-ould-daddah-call", C, OCC, "1975-11-14", None, [HASSAN, OULD_DADDAH],
           [], "King Hassan telephoned President Moktar Ould Daddah of Mauritania last night"),
        ev("1975-11-17-rabat-hassan-ii-ould-mouknass", M, PLN, "1975-11-17", "Rabat",
           [MOUKNASS, HASSAN], [],
           "Mr Ould Mouknass is to stop in Rabat on Monday to see the King"),
        ev("1975-11-laayoune-mauritania-morocco-spain", M, PLN, "1975-11", "Laayoune", [],
           ["Spain", "Morocco", "Mauritania"],
           "Spanish, Moroccan and Mauritanian officials will meet in El Aaiun next week"),
    ], ["'the King called them home in a broadcast last Sunday' (broadcast)",
        "'some 350,000 Moroccans crossed the frontier in the \"Green March\"' (not a meeting)",
        "'Algeria, which was not consulted, denounced the accord' (statement)",
        "'The Cortes will debate the decolonisation bill on Tuesday' (domestic parliament)",
        "'Kurt Waldheim, toured the four capitals late last month but made no public proposal' (tour, no stated encounter)",
        "'Their associations will put the question to the civil governor on Monday' (domestic)",
        "Most read this week: 'British consul's Christmas post dates' (furniture)"]),

    # 006. Translated Peruvian foreign-ministry communique "Lima, 31 October 1980" (manifest
    # 1980-10-31). "In the afternoon of yesterday, Thursday" -> 30 Oct; "In the eve of the
    # signature, on Wednesday" -> 29 Oct (a dinner on another day: separate event); "In the night
    # of yesterday" -> 30 Oct (call); "This morning" -> 31 Oct; "6 October 1976"; "in December" ->
    # 1980-12. Places: the Palace of Torre Tagle, Miraflores, the Government Palace -> Lima; "in
    # the seat of the Organization of American States" in Washington. "the President of the
    # Republic" in item 5 = Belaunde Terry (item 4). Convention of 1976 signed "by representatives
    # of both countries" (unnamed) -> groups.
    ("006", "1980-10-31", False, [
        ev("1980-10-30-lima-arias-stella-bustamante-y-rivero-chavez-mena-elvir-sierra", M, OCC,
           "1980-10-30", "Lima", [CHAVEZ_MENA, ELVIR_SIERRA, ARIAS_STELLA, BUSTAMANTE], [],
           "subscribed the General Treaty of Peace between both Republics"),
        ev("1980-10-29-lima-bustamante-y-rivero-chavez-mena-elvir-sierra", M, OCC, "1980-10-29",
           "Lima", [CHAVEZ_MENA, ELVIR_SIERRA, BUSTAMANTE], [],
           "the two Chancellors were received for dinner by the mediator"),
        ev("1980-10-30-belaunde-terry-paz-garcia-call", C, OCC, "1980-10-30", None,
           [BELAUNDE, PAZ_GARCIA], [],
           "conversed by telephone with the President of Honduras, General Policarpo Paz García"),
        ev("1980-10-31-lima-belaunde-terry-chavez-mena-elvir-sierra", M, OCC, "1980-10-31", "Lima",
           [BELAUNDE, CHAVEZ_MENA, ELVIR_SIERRA], [],
           "the President of the Republic received in the Government Palace the Chancellors"),
        ev("1976-10-06-washington-el-salvador-honduras", M, OCC, "1976-10-06", "Washington", [],
           ["El Salvador", "Honduras"],
           "subscribed in Washington on 6 October 1976 by representatives of both countries"),
        ev("1980-12-tegucigalpa-el-salvador-honduras", M, PLN, "1980-12", "Tegucigalpa", [],
           ["El Salvador", "Honduras"],
           "will celebrate its session of installation in Tegucigalpa in December"),
    ], ["'The instruments of ratification will be exchanged on the date that both Governments agree' (no date or place)",
        "'The Presidents of El Salvador and Honduras have not met since the conflict' (negation)",
        "'no meeting between them is foreseen for the moment' (negation)",
        "'the conflict of July of 1969' (not a meeting)",
        "Read also: '1969: the \"Football War\" in twelve photographs', 'Chronology' (furniture)",
        "'Share: Facebook | X | WhatsApp | Print' (furniture)"]),

    # 007. Reposted UN Information Service release, "Friday, 15 April 1988" (manifest
    # 1988-04-15), with an editor's background note. "yesterday afternoon, 14 April"; "opened in
    # Geneva on 2 March and ended on 8 April" -> one round of indirect talks (eval rule 5) with
    # date_end; "on the evening of 13 April" (call); "on 26 April" (planned); "on 7 April"
    # (Tashkent); "next week" (Friday page) -> 1988-04 (keyed month only; Shultz was in Moscow
    # 21-23 April). The Council Chamber of the Palais des Nations -> Geneva. The Afghan and
    # Pakistani delegations of the indirect talks are unnamed -> groups.
    ("007", "1988-04-15", False, [
        ev("1988-04-14-geneva-cordovez-noorani-perez-de-cuellar-shevardnadze-shultz-wakil", M, OCC,
           "1988-04-14", "Geneva", [PEREZ, WAKIL, NOORANI, SHULTZ, SHEVARDNADZE, CORDOVEZ], [],
           "were signed yesterday afternoon, 14 April, in the Council Chamber of the Palais des Nations"),
        ev("1988-03-02-geneva-cordovez", M, OCC, "1988-03-02", "Geneva", [CORDOVEZ],
           ["Afghanistan", "Pakistan"],
           "the final round of indirect talks conducted by Mr. Cordovez between the delegations",
           date_end="1988-04-08"),
        ev("1988-04-13-perez-de-cuellar-zia-ul-haq-call", C, OCC, "1988-04-13", None, [PEREZ, ZIA], [],
           "The Secretary-General spoke by telephone on the evening of 13 April with the President"),
        ev("1988-04-26-islamabad-afghanistan-pakistan-united-nations", M, PLN, "1988-04-26",
           "Islamabad", [], ["Afghanistan", "Pakistan", "United Nations"],
           "Representatives of Afghanistan and Pakistan will meet officers of the United Nations good offices mission"),
        ev("1988-04-07-tashkent-gorbachev-najibullah", M, OCC, "1988-04-07", "Tashkent",
           [GORBACHEV, NAJIBULLAH], [],
           "Mikhail Gorbachev and President Najibullah met in Tashkent on 7 April"),
        ev("1988-04-moscow-shevardnadze-shultz", M, PLN, "1988-04", "Moscow", [SHULTZ, SHEVARDNADZE],
           [], "Mr. Shultz goes on to Moscow next week for talks with Mr. Shevardnadze"),
    ], ["'The Secretary-General was the only speaker' (speech inside the ceremony)",
        "'Mr. Cordovez has travelled to Kabul and Islamabad many times since 1982' (counted)",
        "'The withdrawal of foreign troops is to begin on 15 May' (not a meeting)",
        "'rejected the accords in a statement in Peshawar' (statement)",
        "'Mr. Cordovez gave a press conference after the ceremony' (press conference)",
        "Related releases: 'Personal Representative announces conclusion of negotiations (8 April)' (furniture)"]),

    # 008. Indian web edition "Tuesday, May 13, 1997" (manifest 1997-05-13), dateline "MALE, May
    # 12". "on Monday evening", "on Monday morning", "on Monday afternoon" -> 12 May; "three-day
    # meeting" -> 12-14 May (under way: occurred, date_end); "next month" -> 1997-06 (keyed month
    # only); "in March" -> 1997-03 (keyed month only); "last month" -> 1997-04 (call). "the
    # foreign secretaries" = Salman Haidar and Shamshad Ahmad, named earlier. Haidar and Ahmad
    # "were also present" at the Gujral-Sharif meeting. The summit venue -> Male.
    ("008", "1997-05-13", False, [
        ev("1997-05-12-male-ahmad-gujral-haidar-sharif", M, OCC, "1997-05-12", "Male",
           [GUJRAL, SHARIF, HAIDAR, AHMAD], [],
           "met for an hour on Monday evening at the summit venue in Male"),
        ev("1997-05-12-male-chand-gayoom-gujral-hasina-kumaratunga-sharif-wangchuck", M, OCC,
           "1997-05-12", "Male", [GAYOOM, GUJRAL, SHARIF, HASINA, KUMARATUNGA, WANGCHUCK, CHAND],
           ["SAARC"],
           "The ninth SAARC summit was inaugurated on Monday morning by Maldivian President Maumoon Abdul Gayoom",
           date_end="1997-05-14"),
        ev("1997-05-12-male-gujral-hasina", M, OCC, "1997-05-12", "Male", [GUJRAL, HASINA], [],
           "Gujral also met Sheikh Hasina on Monday afternoon"),
        ev("1997-06-islamabad-ahmad-haidar", M, PLN, "1997-06", "Islamabad", [HAIDAR, AHMAD], [],
           "the foreign secretaries will resume their talks in Islamabad next month"),
        ev("1997-03-new-delhi-ahmad-haidar", M, OCC, "1997-03", "New Delhi", [AHMAD, HAIDAR], [],
           "the foreign secretaries' round in New Delhi in March"),
        ev("1997-04-gujral-sharif-call", C, OCC, "1997-04", None, [SHARIF, GUJRAL], [],
           "Mr Sharif had telephoned Mr Gujral to congratulate him"),
    ], ["'Gohar Ayub Khan told reporters afterwards' (press remarks)",
        "'the two prime ministers cancelled a planned joint appearance before the press' (cancelled press event)",
        "'ruled out a visit by either leader to the other's capital \"for the time being\"' (negation)",
        "'would be happy to meet Mr Sharif again \"whenever it is useful\"' (vague)",
        "'another Gujral-Sharif meeting before the end of the year \"cannot be ruled out\"' (hypothetical)",
        "'will set up working groups on all outstanding issues' (no occasion)",
        "Latest news: 'Gowda camp meets in Bangalore' (furniture, domestic)"]),

    # 009. Caribbean daily website "Sunday, May 11, 1997" (manifest 1997-05-11). "yesterday" ->
    # 10 May (summit; the signing at Ilaro Court, press conference and lunch close the same
    # summit); "On Friday night" -> 9 May (reception: separate day); "Yesterday afternoon" -> 10
    # May (Clinton-Preval, a separate bilateral); "on Thursday" -> 8 May (San Jose); "Earlier in
    # the week" -> 1997-05 (keyed 6 May 1997); "last month" -> 1997-04 (call); "yesterday
    # evening" -> 10 May (call); "at the end of June" -> 1997-06 (keyed 30 June). Places: the
    # Sherbourne Centre, Ilaro Court -> Bridgetown. "the other CARICOM heads" and "Central
    # American presidents" are unnamed -> groups. "him" in the Patterson sentence = Patterson.
    ("009", "1997-05-11", False, [
        ev("1997-05-10-bridgetown-arthur-clinton-fernandez-mirabal-ingraham-panday-patterson-preval",
           M, OCC, "1997-05-10", "Bridgetown",
           [CLINTON, ARTHUR, PATTERSON, PANDAY, PREVAL, INGRAHAM, FERNANDEZ_MIRABAL], ["CARICOM"],
           "The talks at the Sherbourne Centre were chaired by Prime Minister Owen Arthur"),
        ev("1997-05-09-bridgetown-arthur-clinton", M, OCC, "1997-05-09", "Bridgetown",
           [ARTHUR, CLINTON], ["CARICOM"],
           "Mr Arthur had welcomed Mr Clinton and the regional leaders at a reception"),
        ev("1997-05-10-bridgetown-clinton-preval", M, OCC, "1997-05-10", "Bridgetown",
           [CLINTON, PREVAL], [], "Mr Clinton also held a separate meeting with President Preval"),
        ev("1997-05-08-san-jose-clinton-figueres", M, OCC, "1997-05-08", "San Jose",
           [CLINTON, FIGUERES], ["Central America"],
           "met Central American presidents on Thursday at a summit hosted by President Jose Maria Figueres"),
        ev("1997-05-06-mexico-city-clinton-zedillo", M, OCC, "1997-05", "Mexico City",
           [CLINTON, ZEDILLO], [],
           "Earlier in the week he was in Mexico City for talks with President Ernesto Zedillo"),
        ev("1997-04-clinton-patterson-call", C, OCC, "1997-04", None, [CLINTON, PATTERSON], [],
           "Mr Clinton had telephoned him last month to look for a compromise"),
        ev("1997-05-10-arthur-chretien-call", C, OCC, "1997-05-10", None, [ARTHUR, CHRETIEN], [],
           "he briefed Canadian Prime Minister Jean Chretien by telephone yesterday evening"),
        ev("1997-06-30-montego-bay-caricom", M, PLN, "1997-06", "Montego Bay", [], ["CARICOM"],
           "CARICOM heads of government will next meet in Montego Bay at the end of June"),
    ], ["'President Leonel Fernandez did not make the trip' (negation)",
        "'Cuba was not invited' (negation)",
        "'followed by a joint press conference on the lawn and a working lunch' (inside the summit)",
        "'commits the leaders to meet \"regularly\", but no date was set for a second summit' (habitual / vague)",
        "'Mr Clinton leaves Barbados this morning' (travel)",
        "'PHOTO: Mr Clinton and Mr Arthur at the Sherbourne Centre' (caption repeating the summit)",
        "Related stories: 'Security tight as Air Force One lands at Grantley Adams' (furniture)"]),

    # 010. Local TV station page "Posted: Wednesday, March 23, 2005" (manifest 2005-03-23).
    # "Wednesday morning" -> 23 Mar; the working lunch at the Crawford ranch is part of the same
    # meeting (eval rule 3); "in March of last year" -> 2004-03 (keyed 5 Mar 2004); "in late
    # November" -> 2004-11 (keyed 30 Nov 2004); "Monday" -> 21 Mar (call; "again today" is
    # inside the meeting); "earlier this month" -> 2005-03 (keyed 10 Mar 2005); "in June" ->
    # 2005-06 (keyed 27 June 2005). Places: Baylor University's Armstrong Browning Library ->
    # Waco (dateline); "the ranch" -> Crawford. Ministers of the three countries unnamed -> groups.
    ("010", "2005-03-23", False, [
        ev("2005-03-23-waco-bush-derbez-fox-martin-pettigrew-rice", M, OCC, "2005-03-23", "Waco",
           [GW_BUSH, MARTIN, FOX, RICE, PETTIGREW, DERBEZ], [],
           "met for about two hours Wednesday morning in Baylor University's Armstrong Browning Library"),
        ev("2004-03-05-crawford-bush-fox", M, OCC, "2004-03", "Crawford", [FOX, GW_BUSH], [],
           "He last came to the ranch in March of last year"),
        ev("2004-11-30-ottawa-bush-martin", M, OCC, "2004-11", "Ottawa", [GW_BUSH, MARTIN], [],
           "Bush and Martin last sat down together in Ottawa in late November"),
        ev("2005-03-21-bush-martin-call", C, OCC, "2005-03-21", None, [MARTIN, GW_BUSH], [],
           "when he and Bush spoke by phone Monday"),
        ev("2005-03-10-mexico-city-derbez-fox-rice", M, OCC, "2005-03", "Mexico City",
           [RICE, FOX, DERBEZ], [],
           "Rice was in Mexico City earlier this month for talks with Fox and Derbez"),
        ev("2005-06-27-ottawa-canada-mexico-united-states", M, PLN, "2005-06", "Ottawa", [],
           ["United States", "Canada", "Mexico"],
           "cabinet ministers from the three countries will meet in Ottawa in June"),
    ], ["'The leaders held a joint news conference in the library's Foyer of Meditation' (press conference)",
        "'Martin declined an invitation to stay overnight at the ranch' (refused)",
        "'Fox returns to Mexico tonight' (travel)",
        "'It was the second time in just over a year that Fox has been Bush's guest' (counted)",
        "'Baylor President Robert Sloan greeted the President at the library door' (domestic)",
        "'About 200 protesters gathered near the campus' (not diplomatic)",
        "Related Stories: 'Baylor readies campus for international summit' (furniture)"]),

    # 011. Personal blog, manifest null; stamp "Posted ... on 13/05/07 · 21:40" (day first; true
    # date Sunday 2007-05-13). "Yesterday" -> 12 May; "on Thursday" -> 10 May; "on Friday" -> 11
    # May; "last month" -> 2007-04 (keyed month only); "on Friday and Saturday" -> 11-12 May
    # (Krakow, date_end); "on Friday" -> 11 May (call); "this autumn" -> 2007 (keyed 16 Oct
    # 2007). Spellings: "Nazarbaev" = Nursultan Nazarbayev, "Berdymukhammedov" = Gurbanguly
    # Berdimuhamedow. "He" = Putin. The Krakow guests are "the presidents of Ukraine, Azerbaijan,
    # Lithuania and Georgia" (unnamed) -> groups. Turkmenbashi ("the dusty Caspian port that used
    # to be Krasnovodsk") is kept as the place.
    ("011", "2007-05-13", True, [
        ev("2007-05-12-turkmenbashi-berdimuhamedow-nazarbayev-putin", M, OCC, "2007-05-12",
           "Turkmenbashi", [PUTIN, NAZARBAYEV, BERDIMUHAMEDOW], [],
           "Vladimir Putin, Nursultan Nazarbaev and Gurbanguly Berdymukhammedov sat down"),
        ev("2007-05-10-astana-nazarbayev-putin", M, OCC, "2007-05-10", "Astana", [PUTIN, NAZARBAYEV],
           [], "He started the trip in Astana on Thursday with talks with Nazarbaev"),
        ev("2007-05-11-ashgabat-berdimuhamedow-putin", M, OCC, "2007-05-11", "Ashgabat",
           [PUTIN, BERDIMUHAMEDOW], [],
           "on Friday he was in Ashgabat for a full day with Berdymukhammedov"),
        ev("2007-04-moscow-berdimuhamedow-putin", M, OCC, "2007-04", "Moscow",
           [BERDIMUHAMEDOW, PUTIN], [], "who had been Putin's guest in Moscow last month"),
        ev("2007-05-11-krakow-kaczynski", M, OCC, "2007-05-11", "Krakow", [KACZYNSKI],
           ["Ukraine", "Azerbaijan", "Lithuania", "Georgia"],
           "Polish President Lech Kaczynski hosted the presidents of Ukraine, Azerbaijan, Lithuania and Georgia",
           date_end="2007-05-12"),
        ev("2007-05-11-aliyev-nazarbayev-call", C, OCC, "2007-05-11", None, [NAZARBAYEV, ALIYEV], [],
           "Nazarbaev phoned Ilham Aliyev on Friday to explain his absence"),
        ev("2007-10-16-tehran-caspian-states", M, PLN, "2007", "Tehran", [], ["Caspian states"],
           "the Caspian summit in Tehran this autumn"),
    ], ["'Uzbekistan's Islam Karimov did not come to the coast' (negation)",
        "'His officials signed on to the statement on the old pipeline in Tashkent' (no stated encounter)",
        "'Nazarbaev had been invited to Krakow too and sent an envoy instead' (declined)",
        "'an intergovernmental agreement \"before September\"' (no occasion)",
        "'Putin and Nazarbaev have now met three times this year and will no doubt meet again' (counted / vague)",
        "'That is three leaders in three days, plus a trilateral' (summary, no new occasion)",
        "Related posts: 'Krakow vs. Turkmenbashi: two maps'; reader comments (furniture)"]),

    # 012. Live blog "Sunday 9 August 2009", SAST, newest first (manifest 2009-08-09). "The
    # talks began on Wednesday" -> 5 Aug; signed today (16:40) -> date_end 9 Aug; "on Saturday
    # night" -> 8 Aug (call); "on Friday" -> 7 Aug (call); "later this month" -> 2009-08 (keyed 25
    # Aug 2009, Maputo II); "next month" -> 2009-09 (Kinshasa, keyed 7 Sept); "in June" -> 2009-06
    # (Sandton, keyed month only). Places: the Joaquim Chissano conference centre -> Maputo;
    # Sandton -> Johannesburg. "African Union officials" (unnamed) -> group; Drame named. "the
    # four leaders" = Rajoelina, Ravalomanana, Ratsiraka, Zafy (10:15 entry).
    ("012", "2009-08-09", False, [
        ev("2009-08-05-maputo-chissano-drame-rajoelina-ratsiraka-ravalomanana-zafy", M, OCC,
           "2009-08-05", "Maputo", [CHISSANO, RAJOELINA, RAVALOMANANA, RATSIRAKA, ZAFY, DRAME],
           ["African Union"],
           "The talks began on Wednesday at the Joaquim Chissano conference centre",
           date_end="2009-08-09"),
        ev("2009-08-08-chissano-zuma-call", C, OCC, "2009-08-08", None, [ZUMA, CHISSANO], [],
           "SADC chairman Jacob Zuma telephoned Chissano on Saturday night to push for a deal"),
        ev("2009-08-07-rajoelina-sarkozy-call", C, OCC, "2009-08-07", None, [RAJOELINA, SARKOZY], [],
           "Rajoelina, for his part, spoke by phone with French President Nicolas Sarkozy on Friday"),
        ev("2009-08-25-maputo-chissano-rajoelina-ratsiraka-ravalomanana-zafy", M, PLN, "2009-08",
           "Maputo", [CHISSANO, RAJOELINA, RAVALOMANANA, RATSIRAKA, ZAFY], [],
           "he will bring the four leaders back to Maputo later this month"),
        ev("2009-09-07-kinshasa-sadc", M, PLN, "2009-09", "Kinshasa", [], ["SADC"],
           "SADC leaders meet in Kinshasa next month and will be told the outcome"),
        ev("2009-06-johannesburg-sadc", M, OCC, "2009-06", "Johannesburg", [], ["SADC"],
           "SADC leaders meeting in Sandton, Johannesburg, in June named Chissano as mediator"),
    ], ["'They ignored each other at the group photo but shook hands later that day' (inside the talks)",
        "'Ravalomanana tells reporters he will not go home \"for now\"' (press remarks)",
        "'Jean Ping, welcomed the deal in a statement from Addis Ababa' (statement)",
        "'after earlier African Union and UN efforts broke down' (vague, no single occasion)",
        "'Ratsiraka flew in from exile in Paris for the talks' (travel)",
        "'Who leads the transition is still not decided' (no occasion)",
        "Related coverage / Most read (furniture)"]),

    # 013. AMP page "Updated 17 Nov 2018, 10:12am" (Saturday; manifest 2018-11-17). "on Friday"
    # -> 16 Nov; "later the same day" -> 16 Nov (Pacific leaders); "in June" -> 2018-06 (keyed
    # month only); "on Sunday" -> 18 Nov; "later today" -> 17 Nov (planned at 10:12am); "next
    # month" -> 2018-12 (keyed 1 Dec 2018); "on Friday" -> 16 Nov (call). Parliament House and the
    # APEC venue -> Port Moresby. The other island leaders are unnamed -> group. "The prime
    # minister" = O'Neill.
    ("013", "2018-11-17", False, [
        ev("2018-11-16-port-moresby-oneill-xi", M, OCC, "2018-11-16", "Port Moresby", [XI, ONEILL], [],
           "held talks with Papua New Guinea's Prime Minister Peter O'Neill at Parliament House on Friday"),
        ev("2018-11-16-port-moresby-bainimarama-pohiva-tuilaepa-xi", M, OCC, "2018-11-16",
           "Port Moresby", [XI, BAINIMARAMA, TUILAEPA, POHIVA], ["Pacific island countries"],
           "Xi then met the leaders of the eight Pacific island countries that recognise Beijing"),
        ev("2018-06-beijing-oneill-xi", M, OCC, "2018-06", "Beijing", [ONEILL, XI], [],
           "O'Neill, who was received by Xi in Beijing in June"),
        ev("2018-11-18-port-moresby-oneill", M, PLN, "2018-11-18", "Port Moresby", [ONEILL], ["APEC"],
           "The prime minister chairs the APEC leaders' meeting proper on Sunday"),
        ev("2018-11-17-port-moresby-oneill-pence", M, PLN, "2018-11-17", "Port Moresby",
           [PENCE, ONEILL], [], "Pence is due to hold talks with O'Neill later today"),
        ev("2018-12-01-buenos-aires-trump-xi", M, PLN, "2018-12", "Buenos Aires", [XI, TRUMP], [],
           "Xi and Trump are expected to meet on the sidelines of the G20"),
        ev("2018-11-16-ardern-morrison-call", C, OCC, "2018-11-16", None, [MORRISON, ARDERN], [],
           "Scott Morrison spoke by phone with New Zealand's Jacinda Ardern on Friday"),
    ], ["'Xi and US Vice President Mike Pence ... both address the business leaders' summit this morning' (speeches)",
        "'Trump and Vladimir Putin are not attending APEC' (negation)",
        "'no joint statement is expected from APEC itself' (no occasion)",
        "'Xi leaves for Brunei on Monday' (travel without stated encounter)",
        "'told reporters China's aid came \"with no strings\"' (press remarks)",
        "'a day after arriving for the first state visit' (arrival, no stated encounter)",
        "Most read / Related: 'Who is coming to Port Moresby, and who is not' (furniture)"]),

    # 014. Email newsletter "Friday, 7 October 2022, 06:30 CET" (manifest 2022-10-07).
    # "yesterday" -> 6 Oct (EPC summit); "Late last night" -> 6 Oct (quadrilateral); "on 31
    # August"; "on Tuesday" -> 4 Oct (call); Erdogan-Pashinyan and Truss-Macron "on the summit's
    # margins"/"on the sidelines" -> 6 Oct; "next year" -> 2023, "in France" (keyed on the real
    # summit, Paris, 10 Mar 2023; location France because no city is given); "10:00 ... today"
    # -> 7 Oct, planned at 06:30; "today's informal CIS summit" -> 7 Oct. Places: Prague Castle,
    # "a side room of the castle" -> Prague. "Forty-four leaders" -> group EPC; Zelenskyy spoke
    # by video and was not present. UK-France summit sides unnamed -> groups.
    ("014", "2022-10-07", False, [
        ev("2022-10-06-prague-aliyev-erdogan-fiala-macron-michel-pashinyan-truss", M, OCC,
           "2022-10-06", "Prague", [FIALA, MACRON, MICHEL, ERDOGAN, TRUSS, ALIYEV, PASHINYAN], [EPC],
           "Forty-four leaders filled Prague Castle yesterday for the first summit of the European Political Community"),
        ev("2022-10-06-prague-aliyev-macron-michel-pashinyan", M, OCC, "2022-10-06", "Prague",
           [ALIYEV, PASHINYAN, MACRON, MICHEL], [],
           "Aliyev and Pashinyan sat down with Macron and Michel for four hours"),
        ev("2022-08-31-brussels-aliyev-michel-pashinyan", M, OCC, "2022-08-31", "Brussels",
           [ALIYEV, PASHINYAN, MICHEL], [], "they last met in Brussels with Michel on 31 August"),
        ev("2022-10-04-aliyev-michel-call", C, OCC, "2022-10-04", None, [MICHEL, ALIYEV], [],
           "Michel had spoken by phone with Aliyev on Tuesday to prepare the ground"),
        ev("2022-10-06-prague-erdogan-pashinyan", M, OCC, "2022-10-06", "Prague", [PASHINYAN, ERDOGAN],
           [], "Pashinyan also held a first bilateral meeting with Erdogan on the summit's margins"),
        ev("2022-10-06-prague-macron-truss", M, OCC, "2022-10-06", "Prague", [TRUSS, MACRON], [],
           "Truss met Macron on the sidelines"),
        ev("2023-03-10-paris-macron-sunak", M, PLN, "2023", "France", [], ["United Kingdom", "France"],
           "the two agreed to hold a UK-France summit in France next year"),
        ev("2022-10-07-prague-michel", M, PLN, "2022-10-07", "Prague", [MICHEL], ["European Union"],
           "10:00 EU27 leaders hold their informal meeting at Prague Castle, chaired by Michel"),
        ev("2022-10-07-saint-petersburg-pashinyan-putin", M, PLN, "2022-10-07", "Saint Petersburg",
           [PASHINYAN, PUTIN], ["CIS"],
           "Pashinyan flies on to St Petersburg for today's informal CIS summit hosted by Vladimir Putin"),
    ], ["'Volodymyr Zelenskyy addressed the room by video from Kyiv' (video address, not present, not a call)",
        "'There was no final declaration, by design' (no occasion)",
        "'The plan is to meet twice a year' (habitual)",
        "'Erdogan, at his press conference, aimed a jibe at Greece' (press conference)",
        "'Kyriakos Mitsotakis left without meeting him' (negation)",
        "'14:30 Commission midday briefing' (briefing)",
        "Read more from The Rond-Point: 'Podcast: Prague, the morning after' (furniture)"]),
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
