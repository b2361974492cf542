//! Extraction on short articles written for these tests.

use chrono::NaiveDate;

use super::extract;
use crate::model::Article;
use crate::Gazetteer;

/// Every mention of every event, one line each: kind, status, dates, place, people.
fn read(text: &str, published: Option<&str>) -> Vec<String> {
    let mut a = Article::new("t", text);
    if let Some(p) = published {
        a = a.with_published(NaiveDate::parse_from_str(p, "%Y-%m-%d").unwrap());
    }
    let x = extract(&a, &Gazetteer::bundled());
    x.events
        .iter()
        .flat_map(|e| {
            e.mentions.iter().map(move |m| {
                let date = m.date.map_or("-".to_string(), |d| format!("{}..{}", d.start, d.end));
                let place = m.place.as_ref().map_or("-", |p| p.name.as_str());
                format!("{} {} {date} {place} {}", e.kind.as_str(), m.status.as_str(), m.participants.join("+"))
            })
        })
        .collect()
}

#[test]
fn a_past_tense_trigger_is_not_made_planned_by_a_later_will() {
    let got = read(
        "Foreign Minister Hakan Fidan met Secretary of State Marco Rubio in Ankara on Tuesday, agreeing to a \
         plan under which both sides will reopen consulates.",
        Some("2025-05-08"),
    );
    assert_eq!(got, ["meeting occurred 2025-05-06..2025-05-06 Ankara Hakan Fidan+Marco Rubio"]);
}

#[test]
fn one_clause_with_two_objects_on_two_days_is_two_meetings() {
    let got = read(
        "Secretary of State Marco Rubio met Foreign Minister Hakan Fidan in Ankara on Tuesday and Foreign \
         Minister Sergey Lavrov in Geneva on Wednesday.",
        Some("2025-05-09"),
    );
    assert_eq!(
        got,
        [
            "meeting occurred 2025-05-06..2025-05-06 Ankara Hakan Fidan+Marco Rubio",
            "meeting occurred 2025-05-07..2025-05-07 Geneva Marco Rubio+Sergey Lavrov",
        ]
    );
}

#[test]
fn met_separately_is_one_meeting_per_counterpart() {
    let got = read(
        "Swiss President Karin Keller-Sutter met separately with Marco Rubio and Sergey Lavrov in Geneva on Friday.",
        Some("2025-05-12"),
    );
    assert_eq!(
        got,
        [
            "meeting occurred 2025-05-09..2025-05-09 Geneva Karin Keller-Sutter+Marco Rubio",
            "meeting occurred 2025-05-09..2025-05-09 Geneva Karin Keller-Sutter+Sergey Lavrov",
        ]
    );
}

#[test]
fn a_story_told_in_sequence_dates_the_next_step() {
    let got = read(
        "Chancellor Friedrich Merz met President Emmanuel Macron in Paris on Wednesday.\n\n\
         He then flew to Warsaw, where he met Prime Minister Donald Tusk.\n\n\
         A day later, Merz held talks with Secretary of State Marco Rubio in Brussels.",
        Some("2025-05-09"),
    );
    assert_eq!(
        got,
        [
            "meeting occurred 2025-05-07..2025-05-07 Paris Emmanuel Macron+Friedrich Merz",
            "meeting occurred 2025-05-07..2025-05-07 Warsaw Donald Tusk+Friedrich Merz",
            "meeting occurred 2025-05-08..2025-05-08 Brussels Friedrich Merz+Marco Rubio",
        ]
    );
}

#[test]
fn days_joined_by_and_or_until_make_a_run() {
    let got = read(
        "Treasury Secretary Scott Bessent and Vice Premier He Lifeng held talks in Geneva on Saturday and Sunday.\n\n\
         Scott Bessent and He Lifeng concluded two days of talks in Stockholm on Tuesday.",
        Some("2025-05-14"),
    );
    assert_eq!(
        got,
        [
            "meeting occurred 2025-05-10..2025-05-11 Geneva He Lifeng+Scott Bessent",
            "meeting occurred 2025-05-12..2025-05-13 Stockholm He Lifeng+Scott Bessent",
        ]
    );
}

#[test]
fn a_relative_clause_names_the_antecedent_as_a_party() {
    let got = read(
        "The agenda was set during a trip to Brussels by Foreign Minister Wang Yi, who held a strategic dialogue \
         with Kaja Kallas on July 2.",
        Some("2025-07-10"),
    );
    assert_eq!(got, ["meeting occurred 2025-07-02..2025-07-02 Brussels Kaja Kallas+Wang Yi"]);
}

#[test]
fn a_known_surname_after_another_given_name_is_someone_else() {
    let got = read(
        "Major General Kashif Abdullah spoke by phone with Lieutenant General Rajiv Ghai on Saturday.",
        Some("2025-05-11"),
    );
    assert_eq!(got, ["call occurred 2025-05-10..2025-05-10 - Kashif Abdullah+Rajiv Ghai"]);
}

#[test]
fn without_a_publication_date_a_weekday_matching_the_latest_past_day_is_that_day() {
    // The caption's full date is the story's latest past day, a Thursday.
    let got = read(
        "[Photo] The two presidents at the ceremony in Washington, Dec. 4, 2025.\n\n\
         President Paul Kagame met Secretary of State Marco Rubio in Washington on Thursday.",
        None,
    );
    assert_eq!(got, ["meeting occurred 2025-12-04..2025-12-04 Washington Marco Rubio+Paul Kagame"]);
}

#[test]
fn a_town_missing_from_the_gazetteer_is_named_with_its_region() {
    let a = Article::new("t", "President Donald Trump met President Vladimir Putin in Ketchikan, Alaska, on Friday.")
        .with_published(NaiveDate::from_ymd_opt(2025, 8, 16).unwrap());
    let x = extract(&a, &Gazetteer::bundled());
    let place = x.events[0].mentions[0].place.clone().unwrap();
    assert_eq!(place.name, "Ketchikan");
    assert!(place.within.iter().any(|p| p == "Alaska") && place.within.iter().any(|p| p == "United States"));
    // After a city, the name before the comma is a venue in it.
    let got = read(
        "President William Ruto hosted President Yoweri Museveni at State House, Nairobi, on Thursday.",
        Some("2025-06-20"),
    );
    assert_eq!(got, ["meeting occurred 2025-06-19..2025-06-19 Nairobi William Ruto+Yoweri Museveni"]);
}

#[test]
fn a_when_clause_takes_the_time_phrase_it_hangs_on() {
    let got = read(
        "The summit followed contacts earlier this month, when Secretary of State Marco Rubio met Foreign \
         Minister Hakan Fidan in Ankara.",
        Some("2025-07-20"),
    );
    assert_eq!(got, ["meeting occurred 2025-07-01..2025-07-31 Ankara Hakan Fidan+Marco Rubio"]);
}

#[test]
fn a_gathering_that_runs_until_a_later_weekday_spans_the_days() {
    let got = read("The African Union summit opened on Sunday and runs until Tuesday.", Some("2025-10-27"));
    assert_eq!(got, ["meeting occurred 2025-10-26..2025-10-28 - "]);
}

#[test]
fn without_a_publication_date_a_weekday_is_the_last_one_before_the_next_planned_day() {
    // Written between Saturday 24 January (told as past) and Sunday 1 February (to
    // come): "on Saturday" is 31 January.
    let got = read(
        "Envoy Steve Witkoff on Saturday held talks with Kirill Dmitriev in Miami.\n\n\
         Negotiators met in Abu Dhabi on January 23 and 24, 2026. A further round is set to start on Sunday, February 1.",
        None,
    );
    assert_eq!(got[0], "meeting occurred 2026-01-31..2026-01-31 Miami Kirill Dmitriev+Steve Witkoff");
}

#[test]
fn without_a_publication_date_recently_is_the_month_the_window_allows() {
    let got = read(
        "President Donald Trump said he had recently spoken by phone with President Vladimir Putin.\n\n\
         Negotiators met in Abu Dhabi on January 23 and 24, 2026. A further round is set to start on Sunday, February 1.",
        None,
    );
    assert_eq!(got[0], "call occurred 2026-01-01..2026-01-31 - Donald Trump+Vladimir Putin");
}

#[test]
fn a_phrase_put_in_front_leaves_the_subject_a_party() {
    let got = read(
        "On the sidelines, Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed.",
        Some("2025-02-16"),
    );
    assert_eq!(got.len(), 1);
    assert!(got[0].ends_with("Abiy Ahmed+William Ruto"), "{got:?}");
}

#[test]
fn a_clause_joined_by_and_keeps_the_subject_and_its_destination() {
    let got = read(
        "President Donald Trump flies on to Tokyo later on Monday and is due to meet Prime Minister Shigeru Ishiba \
         on Tuesday.",
        Some("2025-10-27"),
    );
    assert_eq!(got, ["meeting planned 2025-10-28..2025-10-28 Tokyo Donald Trump+Shigeru Ishiba"]);
}

#[test]
fn people_in_a_where_clause_after_a_gathering_took_part() {
    let got = read(
        "The round came after a summit hosted by Prime Minister Keir Starmer in London on Sunday, where \
         President Volodymyr Zelenskyy and European leaders discussed guarantees.",
        Some("2025-03-05"),
    );
    assert_eq!(got, ["meeting occurred 2025-03-02..2025-03-02 London Keir Starmer+Volodymyr Zelenskyy"]);
}

#[test]
fn a_speaker_during_a_meeting_took_part_in_it() {
    let got = read(
        "President Donald Trump announced the sanctions on Monday during a meeting with Prime Minister \
         Benjamin Netanyahu at the White House.",
        Some("2025-04-08"),
    );
    assert_eq!(got, ["meeting occurred 2025-04-07..2025-04-07 Washington Benjamin Netanyahu+Donald Trump"]);
}

#[test]
fn two_subjects_agreeing_after_a_call_were_on_it() {
    let got = read(
        "President Claudia Sheinbaum and President Donald Trump agreed to pause the tariffs after a phone call.",
        Some("2025-02-04"),
    );
    // A lead with no date of its own is the news of the publication day.
    assert_eq!(got, ["call occurred 2025-02-04..2025-02-04 - Claudia Sheinbaum+Donald Trump"]);
}

#[test]
fn a_courtesy_call_on_someone_is_a_meeting_but_a_call_on_someone_to_act_is_not() {
    let got = read(
        "Foreign Minister Wang Yi also called on Prime Minister Narendra Modi on Tuesday.\n\n\
         President Emmanuel Macron called on President Vladimir Putin to accept the ceasefire.",
        Some("2025-08-20"),
    );
    assert_eq!(got, ["meeting occurred 2025-08-19..2025-08-19 - Narendra Modi+Wang Yi"]);
}

#[test]
fn a_meeting_on_the_sidelines_of_the_summit_is_where_the_summit_is() {
    let got = read(
        "NATO leaders gathered for the NATO summit in The Hague on Wednesday.\n\n\
         President Donald Trump and President Volodymyr Zelenskyy met for 50 minutes on the sidelines of the summit.",
        Some("2025-06-26"),
    );
    assert_eq!(
        got.last().unwrap(),
        "meeting occurred 2025-06-25..2025-06-25 The Hague Donald Trump+Volodymyr Zelenskyy"
    );
    // "On the margins of", "on the fringes of": the same.
    for aside in ["margins", "fringes"] {
        let got = read(
            &format!(
                "Kaja Tamm hosted an EU summit in Lisbon on Wednesday. On the {aside} of the summit, \
                 Foreign Minister Lindiwe Moyo held a bilateral meeting with her counterpart Carlos Reyes."
            ),
            Some("2025-06-26"),
        );
        assert_eq!(got.last().unwrap(), "meeting occurred 2025-06-25..2025-06-25 Lisbon Carlos Reyes+Lindiwe Moyo");
    }
}

#[test]
fn a_name_modifying_a_noun_is_no_party() {
    let got = read(
        "Envoy Richard Grenell, sent by the Trump administration, met President Nicolas Maduro in Caracas on Friday.",
        Some("2025-02-01"),
    );
    assert_eq!(got, ["meeting occurred 2025-01-31..2025-01-31 Caracas Nicolas Maduro+Richard Grenell"]);
}

#[test]
fn a_known_surname_misspelt_after_a_title_is_the_known_person() {
    let got = read("President Xi Jinping met Uzbek President Mirziyoev in Astana on Tuesday.", Some("2025-06-18"));
    assert_eq!(got, ["meeting occurred 2025-06-17..2025-06-17 Astana Shavkat Mirziyoyev+Xi Jinping"]);
}

#[test]
fn a_definite_report_naming_the_parties_takes_the_party_less_report_before_it() {
    let got = read(
        "Leaders of Baltic Sea countries met in Helsinki on Tuesday.\n\n\
         The summit was co-hosted by President Alexander Stubb and Prime Minister Kristen Michal.",
        Some("2025-01-15"),
    );
    // One event, two mentions: the day and place from the first, the people from the second.
    assert_eq!(got[0], "meeting occurred 2025-01-14..2025-01-14 Helsinki ");
    assert_eq!(got[1], "meeting occurred - - Alexander Stubb+Kristen Michal");
    let a = Article::new("t", "Leaders met in Helsinki on Tuesday.\n\nThe summit was co-hosted by President Alexander Stubb and Prime Minister Kristen Michal.")
        .with_published(NaiveDate::from_ymd_opt(2025, 1, 15).unwrap());
    assert_eq!(extract(&a, &Gazetteer::bundled()).events.len(), 1);
}

#[test]
fn the_nth_day_of_a_gathering_dates_its_start() {
    let got = read(
        "Talks between Foreign Minister Hakan Fidan and Foreign Minister Sergey Lavrov in Istanbul entered a third \
         day on Monday.",
        Some("2025-10-28"),
    );
    assert_eq!(got, ["meeting occurred 2025-10-25..2025-10-27 Istanbul Hakan Fidan+Sergey Lavrov"]);
}

#[test]
fn a_summit_held_is_past_whatever_is_expected_after_it() {
    // 2025-05-09 is a Friday: "on Tuesday" is the Tuesday before.
    let got = read(
        "Chancellor Friedrich Merz and President Emmanuel Macron held a summit in Paris on Tuesday, in what is \
         expected to be the last before the elections.",
        Some("2025-05-09"),
    );
    assert_eq!(got, ["meeting occurred 2025-05-06..2025-05-06 Paris Emmanuel Macron+Friedrich Merz"]);
}

#[test]
fn calling_or_ringing_someone_is_a_call_and_calling_them_names_is_not() {
    for text in [
        "Lindiwe Moyo called Carlos Reyes on Tuesday.",
        "Lindiwe Moyo rang Carlos Reyes on Tuesday to discuss the tariffs.",
        "Lindiwe Moyo and Carlos Reyes discussed the tariffs by phone on Tuesday.",
        "Lindiwe Moyo briefed Carlos Reyes over the telephone on Tuesday.",
        "Lindiwe Moyo and Carlos Reyes spoke via video link on Tuesday.",
    ] {
        assert_eq!(
            read(text, Some("2025-07-12")),
            ["call occurred 2025-07-08..2025-07-08 - Carlos Reyes+Lindiwe Moyo"],
            "{text}"
        );
    }
    for text in [
        "Lindiwe Moyo called Carlos Reyes a reliable partner on Tuesday.",
        "Lindiwe Moyo called Carlos Reyes reckless.",
        "Lindiwe Moyo told Carlos Reyes' newspaper by phone on Tuesday that trade would grow.",
        // A counted reference stays one.
        "Lindiwe Moyo and Carlos Reyes have spoken by phone several times since May.",
    ] {
        assert!(read(text, Some("2025-07-12")).is_empty(), "{text}");
    }
}

#[test]
fn a_handshake_or_a_banquet_is_a_meeting() {
    for text in [
        "Lindiwe Moyo and Carlos Reyes shook hands in Lisbon on Tuesday.",
        "Lindiwe Moyo hosted a banquet for Carlos Reyes in Lisbon on Tuesday.",
    ] {
        assert_eq!(
            read(text, Some("2025-07-12")),
            ["meeting occurred 2025-07-08..2025-07-08 Lisbon Carlos Reyes+Lindiwe Moyo"],
            "{text}"
        );
    }
    assert!(read("Lindiwe Moyo refused to shake hands with Carlos Reyes on Tuesday.", Some("2025-07-12")).is_empty());
}

#[test]
fn the_emir_or_the_king_is_the_one_the_article_gave_that_title() {
    // In apposition before the name.
    let got = read(
        "The country's emir, Sheikh Hamad Prado, said on Saturday that talks were close. Foreign Minister Ana \
         Ruiz arrived in Doha on Sunday and met the emir.",
        Some("2025-07-12"),
    );
    assert_eq!(got, ["meeting occurred 2025-07-06..2025-07-06 Doha Ana Ruiz+Hamad Prado"]);
    // Titles one after another.
    let got = read(
        "Crown Prince Sheikh Hamad Prado said on Saturday that talks were close. Foreign Minister Ana Ruiz met \
         the crown prince in Doha on Sunday.",
        Some("2025-07-12"),
    );
    assert_eq!(got, ["meeting occurred 2025-07-06..2025-07-06 Doha Ana Ruiz+Hamad Prado"]);
    // A title inside a form the gazetteer knows.
    let g = Gazetteer::builder().person("Hamad Prado", &[], &["King Hamad"]).build().unwrap();
    let a = Article::new(
        "t",
        "King Hamad said on Saturday that talks were close. Foreign Minister Ana Ruiz met the king in Doha on Sunday.",
    )
    .with_published(NaiveDate::from_ymd_opt(2025, 7, 12).unwrap());
    let x = extract(&a, &g);
    assert_eq!(x.events.len(), 1);
    assert_eq!(x.events[0].mentions[0].participants, ["Ana Ruiz", "Hamad Prado"]);
}

#[test]
fn two_people_discussing_in_a_named_place_met_there() {
    let got = read("Lindiwe Moyo and Carlos Reyes discussed trade in Lisbon on Tuesday.", Some("2025-07-12"));
    assert_eq!(got, ["meeting occurred 2025-07-08..2025-07-08 Lisbon Carlos Reyes+Lindiwe Moyo"]);
    // A place that is the topic says nothing of where they were.
    assert!(read("Lindiwe Moyo and Carlos Reyes discussed the situation in Lisbon on Tuesday.", Some("2025-07-12"))
        .is_empty());
}

#[test]
fn a_planned_meeting_called_off_in_the_next_clause_is_no_event() {
    let got = read(
        "Secretary of State Marco Rubio had been due to meet Foreign Minister Hakan Fidan on Thursday, but that \
         meeting was postponed because of the storm.",
        Some("2025-05-06"),
    );
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn people_named_with_their_country_stay_in_the_list() {
    let got = read(
        "President Emmanuel Macron hosted talks in Paris on Monday with President Volodymyr Zelensky of Ukraine \
         and Prime Minister Donald Tusk of Poland.",
        Some("2025-05-06"),
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].ends_with("Donald Tusk+Emmanuel Macron+Volodymyr Zelenskyy"), "{got:?}");
}

#[test]
fn separately_before_the_verb_still_splits_the_call() {
    let got = read(
        "On Monday, Chancellor Friedrich Merz separately spoke by phone with Donald Trump and Volodymyr Zelensky.",
        Some("2025-05-06"),
    );
    assert_eq!(
        got,
        [
            "call occurred 2025-05-05..2025-05-05 - Donald Trump+Friedrich Merz",
            "call occurred 2025-05-05..2025-05-05 - Friedrich Merz+Volodymyr Zelenskyy",
        ]
    );
}

#[test]
fn two_leaders_signing_a_treaty_met() {
    let got = read(
        "Prime Minister Keir Starmer and the French president, Emmanuel Macron, signed a defence treaty in \
         London on Thursday.",
        Some("2025-05-09"),
    );
    assert_eq!(got, ["meeting occurred 2025-05-08..2025-05-08 London Emmanuel Macron+Keir Starmer"]);
}

#[test]
fn malaysian_honorifics_are_titles_not_names() {
    let got = read(
        "Secretary of State Marco Rubio met Prime Minister Datuk Seri Anwar Ibrahim in Putrajaya on Thursday.",
        Some("2025-07-12"),
    );
    assert_eq!(got, ["meeting occurred 2025-07-10..2025-07-10 Putrajaya Anwar Ibrahim+Marco Rubio"]);
}

#[test]
fn an_ordinal_round_is_one_meeting_not_a_count() {
    let got = read(
        "Foreign Minister Hakan Fidan and Secretary of State Marco Rubio held the 3rd round of strategic talks in \
         Ankara on Tuesday.",
        Some("2025-05-09"),
    );
    assert_eq!(got, ["meeting occurred 2025-05-06..2025-05-06 Ankara Hakan Fidan+Marco Rubio"]);
}

#[test]
fn a_colon_before_a_clause_opens_it() {
    let got = read(
        "It was their second encounter in a month: Marco Rubio met Hakan Fidan in Geneva on May 2.",
        Some("2025-05-09"),
    );
    assert_eq!(got, ["meeting occurred 2025-05-02..2025-05-02 Geneva Hakan Fidan+Marco Rubio"]);
}

#[test]
fn days_of_talks_completed_on_a_day_end_that_day() {
    let got = read(
        "Marco Rubio and Sergey Lavrov completed two days of negotiations in Geneva on Saturday.",
        Some("2025-05-12"),
    );
    assert_eq!(got, ["meeting occurred 2025-05-09..2025-05-10 Geneva Marco Rubio+Sergey Lavrov"]);
}

#[test]
fn talks_delayed_after_a_meeting_held_do_not_undo_it() {
    let got = read(
        "Marco Rubio met Hakan Fidan in Ankara on Thursday, but the talks were postponed by two hours at first.",
        Some("2025-05-09"),
    );
    assert_eq!(got, ["meeting occurred 2025-05-08..2025-05-08 Ankara Hakan Fidan+Marco Rubio"]);
}

#[test]
fn a_clock_time_colon_keeps_the_subject_with_its_verb() {
    let got = read("Marco Rubio arrived at 9:45 and met Hakan Fidan in Ankara on Thursday.", Some("2025-05-09"));
    assert_eq!(got, ["meeting occurred 2025-05-08..2025-05-08 Ankara Hakan Fidan+Marco Rubio"]);
}

#[test]
fn a_role_after_as_opens_no_clause() {
    let got = read(
        "Marco Rubio, on his first trip to Asia as secretary of state, arrived in the capital on Thursday and met \
         Prime Minister Anwar Ibrahim in Putrajaya.",
        Some("2025-07-12"),
    );
    assert_eq!(got, ["meeting occurred 2025-07-10..2025-07-10 Putrajaya Anwar Ibrahim+Marco Rubio"]);
}

#[test]
fn to_call_on_a_leader_is_a_planned_meeting() {
    let got = read(
        "Foreign Minister Wang Yi arrived in New Delhi on Monday. He is also scheduled to call on Prime Minister \
         Narendra Modi on Tuesday.",
        Some("2025-08-18"),
    );
    assert_eq!(got, ["meeting planned 2025-08-19..2025-08-19 New Delhi Narendra Modi+Wang Yi"]);
}

#[test]
fn a_treaty_named_at_length_is_still_signed_together() {
    let got = read(
        "Keir Starmer and Emmanuel Macron signed a defence and industrial co-operation treaty in London on Thursday.",
        Some("2025-05-09"),
    );
    assert_eq!(got, ["meeting occurred 2025-05-08..2025-05-08 London Emmanuel Macron+Keir Starmer"]);
}

#[test]
fn a_pact_signed_by_two_people_is_their_meeting() {
    // The passive names the signers after "by", with the place and day before or
    // after them; one signer alone is no meeting.
    let got = read(
        "Ministers praised the fisheries pact, signed in Lima on March 4, 2024 by Chilean Foreign Minister Ana Ruiz and \
         Trade Minister Kevin Lee. The port accord, signed by Omar Haddad and Lin Wei in Quito on 2 May, took \
         effect in June. The decree was signed by President Sara Cole on Monday.",
        Some("2025-03-20"),
    );
    assert_eq!(
        got,
        [
            "meeting occurred 2024-03-04..2024-03-04 Lima Ana Ruiz+Kevin Lee",
            "meeting occurred 2024-05-02..2024-05-02 Quito Lin Wei+Omar Haddad"
        ]
    );
}

#[test]
fn the_ministers_last_meeting_is_the_pairs() {
    let got = read(
        "Foreign Minister Ana Ruiz spoke with her Peruvian counterpart Kevin Lee on Monday about the border. \
         The ministers last met in Quito on November 25.",
        Some("2025-06-10"),
    );
    assert_eq!(
        got,
        [
            "call occurred 2025-06-09..2025-06-09 - Ana Ruiz+Kevin Lee",
            "meeting occurred 2024-11-25..2024-11-25 Quito Ana Ruiz+Kevin Lee"
        ]
    );
}

#[test]
fn that_afternoon_is_the_day_the_sentence_named() {
    // 2025-03-05 is a Wednesday: "next Tuesday" is 2025-03-11.
    let got = read(
        "Sara Cole opened a trade fair on Monday. President Ana Ruiz arrives next Tuesday and will hold talks with \
         Prime Minister Kevin Lee that afternoon in Lima.",
        Some("2025-03-05"),
    );
    assert_eq!(got, ["meeting planned 2025-03-11..2025-03-11 Lima Ana Ruiz+Kevin Lee"]);
}

#[test]
fn in_the_afternoon_is_the_day_the_story_is_at() {
    let got = read(
        "President Ana Ruiz met President Kevin Lee in Lima on Monday. In the afternoon, Ruiz held talks with \
         Prime Minister Omar Haddad.",
        Some("2025-03-05"),
    );
    assert_eq!(
        got,
        [
            "meeting occurred 2025-03-03..2025-03-03 Lima Ana Ruiz+Kevin Lee",
            "meeting occurred 2025-03-03..2025-03-03 Lima Ana Ruiz+Omar Haddad"
        ]
    );
}

#[test]
fn a_countrys_possessive_introduces_a_person() {
    // Neither name is known to the gazetteer; a body after the possessive is no one.
    let got = read(
        "President Kevin Lee held talks with Mauritius's Teeluck Ramdoyal in Lima on Friday. Omar Haddad, the \
         speaker of Peru's National Assembly and its chief negotiator, met Ramdoyal on Saturday.",
        Some("2025-03-10"),
    );
    assert_eq!(
        got,
        [
            "meeting occurred 2025-03-07..2025-03-07 Lima Kevin Lee+Teeluck Ramdoyal",
            "meeting occurred 2025-03-08..2025-03-08 Lima Omar Haddad+Teeluck Ramdoyal"
        ]
    );
}

#[test]
fn a_new_name_after_a_known_persons_full_name_is_listed() {
    // "Teeluck" is no given name the lists know; the known name before "and" vouches.
    let got = read("Kevin Lee met Emmanuel Macron and Teeluck Ramdoyal in Lima on Friday.", Some("2025-03-10"));
    assert_eq!(got, ["meeting occurred 2025-03-07..2025-03-07 Lima Emmanuel Macron+Kevin Lee+Teeluck Ramdoyal"]);
}

#[test]
fn separate_talks_then_another_guest_are_a_meeting_each() {
    let got = read(
        "President Kevin Lee held separate talks with Ana Ruiz and Omar Haddad in Lima on Friday, then received \
         Lin Wei at his residence on Saturday evening.",
        Some("2025-03-10"),
    );
    assert_eq!(
        got,
        [
            "meeting occurred 2025-03-07..2025-03-07 Lima Ana Ruiz+Kevin Lee",
            "meeting occurred 2025-03-07..2025-03-07 Lima Kevin Lee+Omar Haddad",
            "meeting occurred 2025-03-08..2025-03-08 Lima Kevin Lee+Lin Wei"
        ]
    );
}

#[test]
fn a_meeting_then_a_guest_received_are_two_meetings() {
    let got = read("Kevin Lee met Ana Ruiz, then received Omar Haddad at his residence.", Some("2025-03-10"));
    assert_eq!(
        got,
        [
            "meeting occurred 2025-03-10..2025-03-10 - Ana Ruiz+Kevin Lee",
            "meeting occurred 2025-03-10..2025-03-10 - Kevin Lee+Omar Haddad"
        ]
    );
}

#[test]
fn separate_talks_told_next_are_on_the_storys_day() {
    let got = read(
        "President Ana Ruiz hosted Kevin Lee in Lima on Wednesday. Before the session, the President held separate \
         talks with Omar Haddad and with Lin Wei.",
        Some("2025-03-10"),
    );
    assert_eq!(
        got,
        [
            "meeting occurred 2025-03-05..2025-03-05 Lima Ana Ruiz+Kevin Lee",
            "meeting occurred 2025-03-05..2025-03-05 Lima Ana Ruiz+Omar Haddad",
            "meeting occurred 2025-03-05..2025-03-05 Lima Ana Ruiz+Lin Wei"
        ]
    );
}

#[test]
fn two_titles_joined_by_and_both_name_the_person() {
    let got = read(
        "Crown Prince and Prime Minister Omar Haddad hosted Kevin Lee in Jeddah on Wednesday. Later, the Crown \
         Prince received Ana Ruiz.",
        Some("2025-03-10"),
    );
    assert_eq!(
        got,
        [
            "meeting occurred 2025-03-05..2025-03-05 Jeddah Kevin Lee+Omar Haddad",
            "meeting occurred 2025-03-05..2025-03-05 Jeddah Ana Ruiz+Omar Haddad"
        ]
    );
}

#[test]
fn those_a_summit_was_attended_by_take_part() {
    let got = read(
        "Kevin Lee chaired the summit in Lima on Wednesday, attended by the bloc's ministers and by Presidents Ana \
         Ruiz of Peru, Omar Haddad of Chad and Lin Wei of Laos.",
        Some("2025-03-10"),
    );
    assert_eq!(got, ["meeting occurred 2025-03-05..2025-03-05 Lima Ana Ruiz+Kevin Lee+Lin Wei+Omar Haddad"]);
}

#[test]
fn a_town_after_in_is_no_misspelt_known_surname() {
    // "Chato" is one letter from a known president's surname.
    let got = read(
        "In July 2019 Kevin Lee visited Ana Ruiz at her farm in Chato, where the two held talks on trade.",
        Some("2025-03-10"),
    );
    assert_eq!(got, ["meeting occurred 2019-07-01..2019-07-31 - Ana Ruiz+Kevin Lee"]);
}

#[test]
fn a_sentence_ending_in_a_surname_like_an_abbreviation_ends_there() {
    let got = read(
        "Leaders will meet in Lima on Wednesday for a summit co-chaired by Ana Ruiz and Cambodian Prime Minister \
         Hun Sen. The summit marks ten years of ties.",
        Some("2025-03-10"),
    );
    assert_eq!(got, ["meeting planned 2025-03-12..2025-03-12 Lima Ana Ruiz+Hun Sen"]);
}

#[test]
fn a_new_name_listed_after_a_person_and_their_country() {
    let got =
        read("On Friday, presidents Ana Ruiz of Peru and Teeluck Ramdoyal of Chad met in Lima.", Some("2025-03-10"));
    assert_eq!(got, ["meeting occurred 2025-03-07..2025-03-07 Lima Ana Ruiz+Teeluck Ramdoyal"]);
}

#[test]
fn a_handshake_before_talks_takes_the_talks_day_and_place() {
    let got = read("Kevin Lee and Ana Ruiz shake hands before their talks in Lima on Monday.", Some("2025-03-12"));
    assert_eq!(got, ["meeting occurred 2025-03-10..2025-03-10 Lima Ana Ruiz+Kevin Lee"]);
}

#[test]
fn a_surname_before_jr_names_the_person_alone() {
    let got = read(
        "President Omar Haddad Jr. arrived in Lima this morning. President Ana Ruiz will meet Haddad tomorrow.",
        Some("2025-03-10"),
    );
    assert_eq!(got, ["meeting planned 2025-03-11..2025-03-11 - Ana Ruiz+Omar Haddad Jr."]);
}

#[test]
fn back_to_back_meetings_are_a_meeting_each() {
    let got = read(
        "On Monday President Ana Ruiz held back-to-back bilateral meetings in Lima with Kevin Lee, who chairs the \
         forum, and with Omar Haddad.",
        Some("2025-03-12"),
    );
    assert_eq!(
        got,
        [
            "meeting occurred 2025-03-10..2025-03-10 Lima Ana Ruiz+Kevin Lee",
            "meeting occurred 2025-03-10..2025-03-10 Lima Ana Ruiz+Omar Haddad"
        ]
    );
}

#[test]
fn in_a_separate_meeting_is_the_storys_day() {
    let got = read(
        "President Ana Ruiz met President Kevin Lee in Lima on Monday. In a separate meeting at the palace, Omar \
         Haddad held talks with Lin Wei.",
        Some("2025-03-12"),
    );
    assert_eq!(
        got,
        [
            "meeting occurred 2025-03-10..2025-03-10 Lima Ana Ruiz+Kevin Lee",
            "meeting occurred 2025-03-10..2025-03-10 - Lin Wei+Omar Haddad"
        ]
    );
}

#[test]
fn a_year_in_an_apposition_yields_to_the_clauses_day() {
    let got = read(
        "Kevin Lee, the diplomat named envoy by this year's chair, met Ana Ruiz in Lima on Wednesday.",
        Some("2025-03-10"),
    );
    assert_eq!(got, ["meeting occurred 2025-03-05..2025-03-05 Lima Ana Ruiz+Kevin Lee"]);
}

#[test]
fn asking_to_be_received_is_no_meeting() {
    let got =
        read("Governor Kevin Lee has asked to be received by President Ana Ruiz when she returns.", Some("2025-03-10"));
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn hosts_told_right_after_a_nameless_meeting_are_its_parties() {
    // One event: the nameless report gives the day and place, the next its parties.
    let got = read_events(
        "Leaders of the bloc met in Lima on Tuesday. President Ana Ruiz hosted Kevin Lee and Omar Haddad, and Lin \
         Wei attended after days of doubt.",
        "2025-03-10",
    );
    assert_eq!(got, [["2025-03-04..2025-03-04 Lima ", "- - Ana Ruiz+Kevin Lee+Lin Wei+Omar Haddad"]]);
}

/// Each event's mentions: date, place and participants.
fn read_events(text: &str, published: &str) -> Vec<Vec<String>> {
    let a = Article::new("t", text).with_published(NaiveDate::parse_from_str(published, "%Y-%m-%d").unwrap());
    let x = extract(&a, &Gazetteer::bundled());
    x.events
        .iter()
        .map(|e| {
            e.mentions
                .iter()
                .map(|m| {
                    let date = m.date.map_or("-".to_string(), |d| format!("{}..{}", d.start, d.end));
                    let place = m.place.as_ref().map_or("-", |p| p.name.as_str());
                    format!("{date} {place} {}", m.participants.join("+"))
                })
                .collect()
        })
        .collect()
}

#[test]
fn the_host_of_the_talks_told_before_takes_part() {
    let got = read_events(
        "Kevin Lee met Ana Ruiz in Lima on Friday. President Omar Haddad hosted the talks at his residence.",
        "2025-03-10",
    );
    assert_eq!(got, [["2025-03-07..2025-03-07 Lima Ana Ruiz+Kevin Lee", "- - Omar Haddad"]]);
}

#[test]
fn a_call_after_a_dated_meeting_is_on_its_day() {
    let got = read(
        "Ana Ruiz spoke with President Kevin Lee by phone after the summit ended on Friday, her office said.",
        Some("2025-03-10"),
    );
    assert_eq!(got, ["call occurred 2025-03-07..2025-03-07 - Ana Ruiz+Kevin Lee"]);
}

#[test]
fn a_summit_in_virtual_format_is_a_call_its_attendees_join() {
    let got = read(
        "President Ana Ruiz hosted the first regional summit today in virtual format. The Summit was attended by \
         President Kevin Lee of Peru and President Omar Haddad of Chad.",
        Some("2025-03-10"),
    );
    assert_eq!(got, ["call occurred 2025-03-10..2025-03-10 - Ana Ruiz", "call occurred - - Kevin Lee+Omar Haddad"]);
    let got = read("Kevin Lee met Ana Ruiz by video link on Monday.", Some("2025-03-12"));
    assert_eq!(got, ["call occurred 2025-03-10..2025-03-10 - Ana Ruiz+Kevin Lee"]);
}

#[test]
fn a_new_name_with_a_role_in_apposition_is_a_person() {
    let got = read("Teeluck Ramdoyal, the veteran diplomat, met Kevin Lee in Lima on Wednesday.", Some("2025-03-10"));
    assert_eq!(got, ["meeting occurred 2025-03-05..2025-03-05 Lima Kevin Lee+Teeluck Ramdoyal"]);
}

#[test]
fn summits_where_a_vague_meeting_took_place_are_no_event_either() {
    // "have met ... at summits many times": no single occasion, and the summits
    // are where those meetings were, not an event of their own.
    let got = read(
        "Island leaders have met Japanese and Indian leaders at regional summits many times, our correspondent notes.",
        Some("2024-05-29"),
    );
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn a_live_blogs_summit_is_not_its_hosts_bilateral_of_the_day_before() {
    let text = "LIVE: Andean summit in Quito\nThursday 12 June 2025\n\n09:10\nYesterday President Ana Ruiz held \
                a bilateral meeting at the palace with Prime Minister Kevin Lee, who chairs the Forum.\n\n10:30\nThe first Andean Summit has opened at \
                a hotel in Quito, co-chaired by Ruiz and Lee.\n\n11:00\nWelcome to our coverage.\n";
    let got = read(text, None);
    assert_eq!(
        got,
        [
            "meeting occurred 2025-06-11..2025-06-11 - Ana Ruiz+Kevin Lee",
            "meeting occurred 2025-06-12..2025-06-12 Quito Ana Ruiz+Kevin Lee"
        ]
    );
}

#[test]
fn a_meeting_held_on_the_sidelines_is_not_at_a_summit_still_to_come() {
    let got = read(
        "Leaders closed the Andean summit. Argentina handed the presidency to Peru, which will host the next summit \
         in Cusco in 2027. Earlier, Ana Ruiz met Kevin Lee in Quito on Tuesday. President Lin Wei met Prime \
         Minister Omar Haddad on the sidelines before lunch.",
        Some("2025-06-12"),
    );
    assert_eq!(
        got.last().map(String::as_str),
        Some("meeting occurred 2025-06-10..2025-06-10 Quito Lin Wei+Omar Haddad")
    );
}

#[test]
fn a_live_blogs_entry_dated_only_by_this_year_is_on_the_blogs_day() {
    let text = "LIVE: Andean leaders in Quito - a day of bilaterals\nThursday 12 June 2025\n\n20:00\nTomorrow's \
                summit will be co-chaired by President Ana Ruiz and Kevin Lee.\n\n18:30\nRuiz held talks with Lee, \
                who chairs the bloc this year, at the palace.\n\n11:00\nWelcome to our coverage.\n\n09:00\nGood \
                morning.\n";
    let got = read(text, None);
    assert_eq!(
        got,
        [
            "meeting planned 2025-06-13..2025-06-13 - Ana Ruiz+Kevin Lee",
            "meeting occurred 2025-06-12..2025-06-12 Quito Ana Ruiz+Kevin Lee"
        ]
    );
}

#[test]
fn a_timelines_date_headings_date_the_lines_under_them() {
    let text = "TIMELINE\n\nHow the talks went\n\nThe war was fought on the ground but ended on paper.\n\n\
                9-10 October\nForeign Minister Lin Wei hosts Kevin Lee and Omar Haddad in Moscow for talks. Shortly \
                after 3 a.m. on 10 October, Lin announces a truce.\n\n23 October\nIn Washington, President Ana Ruiz \
                receives Kevin Lee at the State Department.\n\nWhat comes next\nRuiz and Lee spoke by phone.\n";
    let got = read(text, Some("2020-12-20"));
    assert_eq!(
        got,
        [
            "meeting occurred 2020-10-09..2020-10-10 Moscow Kevin Lee+Lin Wei+Omar Haddad",
            "meeting occurred 2020-10-23..2020-10-23 Washington Ana Ruiz+Kevin Lee",
            "call occurred - - Ana Ruiz+Kevin Lee"
        ]
    );
    // (With no feed date the first heading is no page date: "27 September 2020".)
    let dated = text.replace("9-10 October\n", "27 September 2020\nFighting broke out.\n\n9-10 October\n");
    assert_eq!(read(&dated, None)[0], "meeting occurred 2020-10-09..2020-10-10 Moscow Kevin Lee+Lin Wei+Omar Haddad");
    // (One date line alone is the page's date, not a heading.)
    let got = read("NEWS\n\n23 October 2020\n\nPresident Ana Ruiz met Kevin Lee in Lima.\n", Some("2020-12-20"));
    assert_eq!(got, ["meeting occurred 2020-12-20..2020-12-20 Lima Ana Ruiz+Kevin Lee"]);
}

#[test]
fn a_meeting_that_did_not_take_place_is_no_event() {
    for text in [
        "A meeting between President Ana Ruiz and Kevin Lee was discussed by aides but did not take place.",
        "A summit of President Ana Ruiz and Kevin Lee, long talked about in Lima, never happened.",
    ] {
        let got = read(text, Some("2024-07-10"));
        assert!(got.is_empty(), "{text}: {got:?}");
    }
    // (Talks held, and another occasion that did not take place.)
    let got = read(
        "President Ana Ruiz held talks with Kevin Lee in Lima on Monday, but a summit did not take place.",
        Some("2024-07-10"),
    );
    assert_eq!(got, ["meeting occurred 2024-07-08..2024-07-08 Lima Ana Ruiz+Kevin Lee"]);
}

#[test]
fn a_transcripts_speaker_label_does_not_hide_a_fronted_date() {
    let text =
        "Ministers signed agreements.\n\nANU BOLD: This afternoon, before he leaves Lima, President Kevin Lee is \
                scheduled to meet separately with President Omar Haddad.\n";
    let got = read(text, Some("2024-09-03"));
    assert_eq!(got, ["meeting planned 2024-09-03..2024-09-03 - Kevin Lee+Omar Haddad"]);
}

#[test]
fn a_buildings_name_that_goes_on_names_another_building() {
    // "National Palace" is Mexico City's; "the National Palace of Culture" is not.
    let got = read(
        "President Ana Ruiz and Kevin Lee have finished their bilateral meeting at the National Palace of Culture.",
        Some("2021-06-07"),
    );
    assert_eq!(got, ["meeting occurred 2021-06-07..2021-06-07 - Ana Ruiz+Kevin Lee"]);
    let got = read("President Ana Ruiz met Kevin Lee at the National Palace.", Some("2021-06-07"));
    assert_eq!(got, ["meeting occurred 2021-06-07..2021-06-07 Mexico City Ana Ruiz+Kevin Lee"]);
}

#[test]
fn that_night_is_the_day_an_undated_visits_sentence_names() {
    let got = read(
        "President Kevin Lee met Omar Haddad in Lima on Sunday. The visit had been planned before the failed \
         uprising of Wednesday, June 26, when troops forced their way into the palace. Lee telephoned President \
         Ana Ruiz that night to offer his support.",
        Some("2024-07-09"),
    );
    assert_eq!(got.last().map(String::as_str), Some("call occurred 2024-06-26..2024-06-26 - Ana Ruiz+Kevin Lee"));
}

#[test]
fn then_before_a_title_dates_the_title_and_does_not_open_a_clause() {
    let got = read(
        "Prime Minister Omar Haddad visited Accra in May, when he and then president Kevin Lee held talks in the \
         capital.",
        Some("2025-07-15"),
    );
    assert_eq!(got, ["meeting occurred 2025-05-01..2025-05-31 Accra Kevin Lee+Omar Haddad"]);
}

#[test]
fn a_when_clause_takes_the_date_before_a_during_aside() {
    let got = read(
        "Prime Minister Omar Haddad arrived in Accra on Monday. His last visit was in March 2019, during his first \
         term, when he held talks with President Kevin Lee in Accra.",
        Some("2025-07-15"),
    );
    assert_eq!(got, ["meeting occurred 2019-03-01..2019-03-31 Accra Kevin Lee+Omar Haddad"]);
}

#[test]
fn leaders_of_a_body_holding_their_annual_summit_is_the_bodys_gathering() {
    let got = read_groups(
        "Leaders of the Southern African Development Community held their annual summit in Nairobi on 17-18 \
         August.",
        "2025-08-25",
    );
    assert_eq!(got, ["occurred 2025-08-17..2025-08-18 Nairobi Southern African Development Community"]);
}

#[test]
fn the_two_leaders_sitting_down_together_met() {
    let got = read(
        "President Ana Ruiz phoned President Kevin Lee on Monday. The two leaders first sat down together in \
         Nairobi in January.",
        Some("2025-07-15"),
    );
    assert!(got.contains(&"meeting occurred 2025-01-01..2025-01-31 Nairobi Ana Ruiz+Kevin Lee".to_string()), "{got:?}");
}

#[test]
fn the_second_day_of_a_four_day_visit_is_one_day_of_talks() {
    // 2023-06-02 is a Friday.
    let got = read(
        "Prime Minister Omar Haddad held talks with President Kevin Lee in Accra on Thursday, the second day of a \
         four-day official visit.",
        Some("2023-06-02"),
    );
    assert_eq!(got, ["meeting occurred 2023-06-01..2023-06-01 Accra Kevin Lee+Omar Haddad"]);
}

#[test]
fn a_fronted_evening_dates_the_clause_past_an_after_aside() {
    let got = read(
        "Prime Minister Omar Haddad arrived in Accra. On Wednesday evening, shortly after he landed, Foreign \
         Minister Kevin Lee met him at his hotel in Accra.",
        Some("2023-06-02"),
    );
    assert_eq!(got, ["meeting occurred 2023-05-31..2023-05-31 Accra Kevin Lee+Omar Haddad"]);
}

#[test]
fn the_last_weekday_of_a_month_is_a_day() {
    let got = read(
        "President Ana Ruiz met President Kevin Lee in Nairobi on the last Saturday of March. Ruiz will meet Lee \
         again in Accra on the second Tuesday in November.",
        Some("2025-10-20"),
    );
    assert_eq!(
        got,
        [
            "meeting occurred 2025-03-29..2025-03-29 Nairobi Ana Ruiz+Kevin Lee",
            "meeting planned 2025-11-11..2025-11-11 Accra Ana Ruiz+Kevin Lee"
        ]
    );
}

#[test]
fn meetings_told_without_meet() {
    let text = "President Ana Ruiz arrived in Nairobi on Monday. On Tuesday she had a private conversation with \
                President Kevin Lee. On Wednesday Ruiz flew to Accra to dine with Prime Minister Omar Haddad. On \
                Thursday Ruiz had a formal sit-down with President Lin Wei in Accra.";
    let got = read(text, Some("2025-07-18"));
    assert_eq!(
        got,
        [
            "meeting occurred 2025-07-15..2025-07-15 Nairobi Ana Ruiz+Kevin Lee",
            "meeting occurred 2025-07-16..2025-07-16 Accra Ana Ruiz+Omar Haddad",
            "meeting occurred 2025-07-17..2025-07-17 Accra Ana Ruiz+Lin Wei"
        ]
    );
}

#[test]
fn two_people_signing_an_accord_together_met() {
    let got = read(
        "President Ana Ruiz and President Kevin Lee signed a ceasefire on Tuesday. On Thursday Ruiz \
         signed a trade agreement alongside Prime Minister Omar Haddad in Nairobi.",
        Some("2025-07-18"),
    );
    assert_eq!(
        got,
        [
            "meeting occurred 2025-07-15..2025-07-15 - Ana Ruiz+Kevin Lee",
            "meeting occurred 2025-07-17..2025-07-17 Nairobi Ana Ruiz+Omar Haddad"
        ]
    );
}

#[test]
fn a_long_fronted_phrase_leaves_the_subjects_their_call() {
    let got = read(
        "President Ana Ruiz met President Kevin Lee in Nairobi on Monday. On the night of the vote Ruiz and Lee \
         spoke by telephone.",
        Some("2025-07-18"),
    );
    assert!(got.iter().any(|m| m.starts_with("call occurred") && m.ends_with("Ana Ruiz+Kevin Lee")), "{got:?}");
}

#[test]
fn a_visit_called_off_or_a_meeting_that_did_not_take_place_is_no_event() {
    let got = read(
        "President Ana Ruiz met President Kevin Lee in Nairobi on Monday. On Thursday Ruiz called off the visit \
         to Accra she was to make on Tuesday. A meeting between Ruiz and Prime Minister Omar Haddad at the \
         regional summit last year was explored, but it did not take place.",
        Some("2025-07-18"),
    );
    assert_eq!(got, ["meeting occurred 2025-07-14..2025-07-14 Nairobi Ana Ruiz+Kevin Lee"]);
}

#[test]
fn the_following_evening_and_the_next_morning_are_the_day_after() {
    let got = read(
        "President Ana Ruiz met President Kevin Lee in Nairobi on Monday. The following evening Ruiz flew to Accra \
         to dine with Prime Minister Omar Haddad. The next morning Ruiz met President Lin Wei in Accra.",
        Some("2025-07-18"),
    );
    assert_eq!(
        got,
        [
            "meeting occurred 2025-07-14..2025-07-14 Nairobi Ana Ruiz+Kevin Lee",
            "meeting occurred 2025-07-15..2025-07-15 Accra Ana Ruiz+Omar Haddad",
            "meeting occurred 2025-07-16..2025-07-16 Accra Ana Ruiz+Lin Wei"
        ]
    );
}

#[test]
fn talks_in_an_after_clause_take_the_sentences_front_date_and_destination() {
    // The one the talks were with is no speaker of "..., wrote" or "..., said";
    // the talks are where the subject flew, on the day put in front.
    let got = read(
        "In March 2019 President Ana Ruiz flew to Accra and, after talks with President Kevin Lee, wrote off \
         the loans.",
        Some("2019-06-02"),
    );
    assert_eq!(got, ["meeting occurred 2019-03-01..2019-03-31 Accra Ana Ruiz+Kevin Lee"]);
    let got = read(
        "Prime Minister Omar Haddad, after talks with President Lin Wei, said the border would open.",
        Some("2019-06-02"),
    );
    assert_eq!(got, ["meeting occurred 2019-06-02..2019-06-02 - Lin Wei+Omar Haddad"]);
}

#[test]
fn leaders_who_rarely_met_report_no_meeting() {
    let got = read(
        "President Ana Ruiz disliked President Kevin Lee, and the two rarely met in the last decade.",
        Some("2019-06-02"),
    );
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn whoever_comes_along_takes_part() {
    let got = read(
        "President Ana Ruiz, accompanied by Foreign Minister Omar Haddad, met President Kevin Lee in Accra on \
         Monday. On Friday President Lin Wei, joined this time by Haddad, was received by Lee in Nairobi.",
        Some("2011-01-08"),
    );
    assert_eq!(
        got,
        [
            "meeting occurred 2011-01-03..2011-01-03 Accra Ana Ruiz+Kevin Lee+Omar Haddad",
            "meeting occurred 2011-01-07..2011-01-07 Nairobi Kevin Lee+Lin Wei+Omar Haddad"
        ]
    );
}

#[test]
fn the_press_takes_no_part_in_what_it_reports() {
    // A transcript: the correspondent follows the visitor; "him" is the visitor.
    let got = read(
        "ANCHOR: President Omar Haddad spent the day in Accra. Our correspondent Ana Ruiz followed him around.\n\
         RUIZ: He began at the palace, where President Kevin Lee received him this morning.",
        Some("2014-09-03"),
    );
    assert_eq!(got, ["meeting occurred 2014-09-03..2014-09-03 - Kevin Lee+Omar Haddad"]);
}

#[test]
fn the_two_leaders_who_held_talks_are_no_count_of_talks() {
    // 2014-09-03 is a Wednesday.
    let got = read_events(
        "President Ana Ruiz flew to Accra to see President Omar Haddad. The two leaders held talks on Tuesday.",
        "2014-09-03",
    );
    // (One meeting told twice: the trip to see him, and the talks.)
    assert_eq!(got, [["- Accra Ana Ruiz+Omar Haddad", "2014-09-02..2014-09-02 - Ana Ruiz+Omar Haddad"]]);
    // (But "two rounds of talks" still counts.)
    let got = read("President Ana Ruiz and President Omar Haddad held two rounds of talks.", Some("2014-09-03"));
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn one_encounter_told_twice_in_a_sentence_is_one_mention_with_its_day() {
    let got = read(
        "President Omar Haddad went to Accra, where President Ana Ruiz welcomed him, and the two presidents held \
         talks on Tuesday.",
        Some("2014-09-03"),
    );
    assert_eq!(got, ["meeting occurred 2014-09-02..2014-09-02 Accra Ana Ruiz+Omar Haddad"]);
}

#[test]
fn agreeing_to_begin_negotiations_is_no_meeting() {
    let got = read(
        "President Ana Ruiz received President Omar Haddad in Accra on Tuesday, where the two leaders agreed to \
         begin negotiations on a defence pact.",
        Some("2014-09-03"),
    );
    assert_eq!(got, ["meeting occurred 2014-09-02..2014-09-02 Accra Ana Ruiz+Omar Haddad"]);
}

#[test]
fn a_live_blogs_breakfast_that_someone_had_is_on_the_blogs_day() {
    let text = "LIVE | The president in Lima\nSunday 15 June 2025\n\n18:20\nThat is all from us today.\n\n\
                14:05\nThe summit has opened.\n\n10:15\nBefore heading to the summit, President Ana Ruiz had \
                breakfast with Prime Minister Kevin Lee in Lima.\n\n09:30\nWelcome to our coverage.\n";
    assert_eq!(read(text, None), ["meeting occurred 2025-06-15..2025-06-15 Lima Ana Ruiz+Kevin Lee"]);
}

#[test]
fn a_fragment_naming_a_day_and_a_town_heads_the_sentence_after_it() {
    // Podcast chapters: "07:40 Tuesday in Accra." (2021-05-21 is a Friday.)
    let got = read(
        "CHAPTERS\n07:40 Tuesday in Accra. President Ana Ruiz called on Prime Minister Kevin Lee.\n\
         13:05 The big one. President Ana Ruiz and President Omar Haddad sat down at the old fort for two hours. \
         Until then the two had only spoken by phone, once, on 4 February.",
        Some("2021-05-21"),
    );
    assert_eq!(
        got,
        [
            "meeting occurred 2021-05-18..2021-05-18 Accra Ana Ruiz+Kevin Lee",
            "meeting occurred - - Ana Ruiz+Omar Haddad",
            "call occurred 2021-02-04..2021-02-04 - Ana Ruiz+Omar Haddad"
        ]
    );
}

#[test]
fn a_caption_with_its_date_in_brackets_is_read() {
    // A gallery's caption ends with the day the photo was taken, in brackets.
    let got = read(
        "GALLERY\nPresident Kevin Lee arrives in Accra\n\n2/9 President Ana Ruiz receives Lee at the palace on \
         Saturday morning. (01/06/2013)\n",
        Some("2013-06-02"),
    );
    assert_eq!(got, ["meeting occurred 2013-06-01..2013-06-01 - Ana Ruiz+Kevin Lee"]);
}

#[test]
fn a_hyphenated_surname_is_one_name_even_when_its_half_is_known() {
    // "Miller" alone would be a known person's surname (or a misspelling of one).
    let got = read("Prime Minister Ana Ruiz-Miller met President Kevin Lee in Accra.", Some("2013-06-02"));
    assert_eq!(got, ["meeting occurred 2013-06-02..2013-06-02 Accra Ana Ruiz-Miller+Kevin Lee"]);
}

#[test]
fn a_blocs_leaders_gathering_somewhere_is_the_blocs_meeting() {
    // 2024-05-10 is a Friday.
    assert_eq!(
        read_groups("Ecowas heads of state, gathered in Accra on Monday, agreed to send troops.", "2024-05-10"),
        ["occurred 2024-05-06..2024-05-06 Accra ECOWAS"]
    );
    assert_eq!(
        read_groups("Pacific Islands Forum leaders will gather in Suva in November.", "2024-05-10"),
        ["planned 2024-11-01..2024-11-30 Suva Pacific Islands Forum"]
    );
    // "states" after "member" is the noun, not a verb of speech.
    assert_eq!(
        read_groups("The leaders of the 15 ECOWAS member states met in Accra on Monday.", "2024-05-10"),
        ["occurred 2024-05-06..2024-05-06 Accra ECOWAS"]
    );
    // Named people convening meet; crowds gathering do not.
    assert_eq!(
        read("Kevin Lee, Omar Haddad and Ana Ruiz convened in Lima on Monday.", Some("2024-05-10")),
        ["meeting occurred 2024-05-06..2024-05-06 Lima Ana Ruiz+Kevin Lee+Omar Haddad"]
    );
    assert!(read("Crowds gathered in Accra on Monday to greet President Kevin Lee.", Some("2024-05-10")).is_empty());
}

#[test]
fn the_present_of_a_when_clause_after_a_plan_is_planned() {
    // 2018-08-21 is a Tuesday.
    assert_eq!(
        read("Omar Haddad is expected in Accra on Friday, when he meets Kevin Lee.", Some("2018-08-21")),
        ["meeting planned 2018-08-24..2018-08-24 Accra Kevin Lee+Omar Haddad"]
    );
    assert_eq!(
        read_groups("Ana Ruiz will fly to Accra in November, when ECOWAS leaders meet there.", "2018-08-21"),
        ["planned 2018-11-01..2018-11-30 Accra ECOWAS"]
    );
    // A past "when" clause stays past.
    assert_eq!(
        read("Omar Haddad was in Accra on Friday, when he met Kevin Lee.", Some("2018-08-21")),
        ["meeting occurred 2018-08-17..2018-08-17 Accra Kevin Lee+Omar Haddad"]
    );
}

#[test]
fn a_meeting_talked_about_or_mooted_is_no_event() {
    assert!(read("A third Ghana-Kenya summit has been talked about, but nobody has named a date.", Some("2024-05-10"))
        .is_empty());
    assert!(read("A meeting between Kevin Lee and Omar Haddad was mooted last year.", Some("2024-05-10")).is_empty());
    assert!(read("Kevin Lee floated a meeting with Omar Haddad in Accra.", Some("2024-05-10")).is_empty());
}

#[test]
fn being_with_seeing_and_bringing_together_are_meetings() {
    // 2020-01-21 is a Tuesday.
    let p = Some("2020-01-21");
    assert_eq!(
        read("Ana Ruiz brought Kevin Lee and Omar Haddad together in Accra in February last year.", p),
        ["meeting occurred 2019-02-01..2019-02-28 Accra Ana Ruiz+Kevin Lee+Omar Haddad"]
    );
    assert_eq!(
        read("Ana Ruiz was with Kevin Lee in Accra on 4 April, and the next day she saw Omar Haddad in Nairobi.", p),
        [
            "meeting occurred 2019-04-04..2019-04-04 Accra Ana Ruiz+Kevin Lee",
            "meeting occurred 2019-04-05..2019-04-05 Nairobi Ana Ruiz+Omar Haddad"
        ]
    );
    assert_eq!(
        read("President Ana Ruiz spent five hours with Kevin Lee in Accra on Monday.", p),
        ["meeting occurred 2020-01-20..2020-01-20 Accra Ana Ruiz+Kevin Lee"]
    );
    assert_eq!(
        read("Ana Ruiz landed in Accra on Monday. She then went to see Kevin Lee at his residence.", p),
        ["meeting occurred 2020-01-20..2020-01-20 Accra Ana Ruiz+Kevin Lee"]
    );
    // Seen on a screen, or with family: no meeting.
    assert!(read("Ana Ruiz saw Kevin Lee on television.", p).is_empty());
    assert!(read("Ana Ruiz was with her family in Accra on Monday.", p).is_empty());
}

#[test]
fn calls_taken_one_after_another_are_a_call_each() {
    let p = Some("2020-01-21");
    assert_eq!(
        read("On Monday Ana Ruiz took phone calls from Kevin Lee, from Omar Haddad and from Lin Wei.", p),
        [
            "call occurred 2020-01-20..2020-01-20 - Ana Ruiz+Kevin Lee",
            "call occurred 2020-01-20..2020-01-20 - Ana Ruiz+Omar Haddad",
            "call occurred 2020-01-20..2020-01-20 - Ana Ruiz+Lin Wei"
        ]
    );
    assert_eq!(
        read("On Monday Ana Ruiz spoke by phone with Kevin Lee and, straight afterwards, with Omar Haddad.", p),
        [
            "call occurred 2020-01-20..2020-01-20 - Ana Ruiz+Kevin Lee",
            "call occurred 2020-01-20..2020-01-20 - Ana Ruiz+Omar Haddad"
        ]
    );
    // "to call X" is a call to come.
    assert_eq!(
        read("Kevin Lee is expected to call Omar Haddad on Friday.", p),
        ["call planned 2020-01-24..2020-01-24 - Kevin Lee+Omar Haddad"]
    );
    // (A "from" that opens another clause lists no caller.)
    assert_eq!(
        read("Ana Ruiz met Kevin Lee in Accra on Monday, and from Omar Haddad she heard nothing.", p),
        ["meeting occurred 2020-01-20..2020-01-20 Accra Ana Ruiz+Kevin Lee"]
    );
}

#[test]
fn a_timelines_present_tense_tells_the_past() {
    // Published on Tuesday 9 September 2008.
    let text = "Four weeks of talks.\n\n12 August - Ana Ruiz holds talks with Omar Haddad in Nairobi. \
                That night Ana Ruiz flies to Accra and meets Kevin Lee.\n\n\
                Monday 8 September - Ana Ruiz returns to Nairobi for talks with Omar Haddad.";
    assert_eq!(
        read(text, Some("2008-09-09")),
        [
            "meeting occurred 2008-08-12..2008-08-12 Nairobi Ana Ruiz+Omar Haddad",
            "meeting occurred 2008-08-12..2008-08-12 Accra Ana Ruiz+Kevin Lee",
            "meeting occurred 2008-09-08..2008-09-08 Nairobi Ana Ruiz+Omar Haddad"
        ]
    );
    // "18 January - X flies to T", published on 22 January: the 18th just past.
    assert_eq!(
        read("18 January - Omar Haddad flies to Accra for last-minute talks with Kevin Lee.", Some("2017-01-22")),
        ["meeting occurred 2017-01-18..2017-01-18 Accra Kevin Lee+Omar Haddad"]
    );
    // A plain plan stays one.
    assert_eq!(
        read("Omar Haddad flies to Accra on 25 January for talks with Kevin Lee.", Some("2017-01-22")),
        ["meeting planned 2017-01-25..2017-01-25 Accra Kevin Lee+Omar Haddad"]
    );
}

#[test]
fn a_day_beside_an_unresolvable_yesterday_dates_the_event() {
    // No publication date: the page's latest full date is the estimate, and
    // "yesterday" beside a named day says nothing more.
    let text = "Brief.\n\nMonday 8 September (yesterday) - Ana Ruiz held talks with Omar Haddad in Nairobi.\n\n\
                Kevin Lee spoke at a rally in Accra on 9 September 2008.";
    assert_eq!(read(text, None), ["meeting occurred 2008-09-08..2008-09-08 Nairobi Ana Ruiz+Omar Haddad"]);
}

#[test]
fn a_name_that_goes_on_past_an_apostrophe_is_no_known_short_name() {
    // "Hu" is a known short name (Hu Jintao); "Hu'akavameiliku" is not Hu.
    assert_eq!(
        read("Prime Minister Hu'akavameiliku Ana Ruiz received Kevin Lee in Accra on Monday.", Some("2024-08-27")),
        ["meeting occurred 2024-08-26..2024-08-26 Accra Hu'akavameiliku Ana Ruiz+Kevin Lee"]
    );
}

#[test]
fn more_blocs_and_the_present_of_a_later_hour() {
    // 2010-08-11 is a Wednesday.
    assert_eq!(
        read_groups("UNASUR foreign ministers met in Quito on 29 July.", "2010-08-11"),
        ["occurred 2010-07-29..2010-07-29 Quito UNASUR"]
    );
    assert_eq!(
        read_groups("Eurozone finance ministers meet again in Brussels this afternoon.", "2010-08-11"),
        ["planned 2010-08-11..2010-08-11 Brussels Eurogroup"]
    );
    assert_eq!(
        read("Kevin Lee meets Omar Haddad in Accra tonight.", Some("2010-08-11")),
        ["meeting planned 2010-08-11..2010-08-11 Accra Kevin Lee+Omar Haddad"]
    );
    assert_eq!(
        read("Kevin Lee met Omar Haddad in Accra this afternoon.", Some("2010-08-11")),
        ["meeting occurred 2010-08-11..2010-08-11 Accra Kevin Lee+Omar Haddad"]
    );
}

#[test]
fn before_the_conference_is_on_its_day_and_in_its_town() {
    // 2020-01-21 is a Tuesday.
    let text = "Kevin Lee hosted Omar Haddad, Lin Wei and Ana Ruiz at a conference in Accra on Sunday. \
                Kevin Lee met Ana Ruiz and Lin Wei separately at his office before the conference began. \
                The day before the conference opened, Kevin Lee had a telephone conversation with Omar Haddad.";
    assert_eq!(
        read(text, Some("2020-01-21")),
        [
            "meeting occurred 2020-01-19..2020-01-19 Accra Ana Ruiz+Kevin Lee+Lin Wei+Omar Haddad",
            "meeting occurred 2020-01-19..2020-01-19 Accra Ana Ruiz+Kevin Lee",
            "meeting occurred 2020-01-19..2020-01-19 Accra Kevin Lee+Lin Wei",
            "call occurred 2020-01-18..2020-01-18 - Kevin Lee+Omar Haddad"
        ]
    );
}

#[test]
fn speaking_to_a_person_is_a_call_unless_they_were_somewhere_together() {
    // 2019-03-15 is a Friday.
    let pubd = Some("2019-03-15");
    assert_eq!(
        read("President Ana Ruiz spoke to Prime Minister Kevin Lee on Tuesday, her office said.", pubd),
        ["call occurred 2019-03-12..2019-03-12 - Ana Ruiz+Kevin Lee"]
    );
    assert_eq!(
        read("Ana Ruiz called Prime Minister Kevin Lee on Monday.", pubd),
        ["call occurred 2019-03-11..2019-03-11 - Ana Ruiz+Kevin Lee"]
    );
    assert_eq!(
        read("Ana Ruiz and Kevin Lee spoke on Tuesday about the border.", pubd),
        ["call occurred 2019-03-12..2019-03-12 - Ana Ruiz+Kevin Lee"]
    );
    assert_eq!(
        read("Ana Ruiz spoke with Kevin Lee in Nairobi on Monday.", pubd),
        ["meeting occurred 2019-03-11..2019-03-11 Nairobi Ana Ruiz+Kevin Lee"]
    );
    // Speeches and interviews are no calls.
    assert!(read("Ana Ruiz and Kevin Lee spoke at the conference on Tuesday.", pubd).is_empty());
    assert!(read("Ana Ruiz spoke to reporters in Lima on Tuesday.", pubd).is_empty());
}

#[test]
fn what_was_told_in_a_call_neither_makes_it_a_plan_nor_hides_the_one_told() {
    // 2019-03-15 is a Friday: the call was on Monday the 11th.
    let pubd = Some("2019-03-15");
    for text in [
        "Ana Ruiz told Kevin Lee in a phone call on Monday that talks would resume.",
        "Ana Ruiz told Kevin Lee in a phone call on Monday that she will visit Nairobi next week.",
        "In a phone call on Monday, Ana Ruiz told Prime Minister Kevin Lee that she backed the plan.",
    ] {
        assert_eq!(read(text, pubd), ["call occurred 2019-03-11..2019-03-11 - Ana Ruiz+Kevin Lee"], "{text}");
    }
    // A relative "that" tells the call's own time.
    let got = read("Ana Ruiz told Kevin Lee of a call with Omar Haddad that will take place next week.", pubd);
    assert!(got.len() == 1 && got[0].starts_with("call planned"), "{got:?}");
}

#[test]
fn a_weekday_before_a_day_and_month_names_that_day() {
    // 1998-04-20 is a Monday: "Tuesday 7 April" is the 7th, not the 14th.
    for text in ["Ana Ruiz met Kevin Lee on Tuesday 7 April.", "Ana Ruiz met Kevin Lee on Tuesday, 7 April."] {
        assert_eq!(read(text, Some("1998-04-20")), ["meeting occurred 1998-04-07..1998-04-07 - Ana Ruiz+Kevin Lee"]);
    }
}

#[test]
fn a_timeline_in_capitals_dates_its_lines_and_tells_its_past_in_the_present() {
    let text = "LAKESIDE TIMES\n\nTUESDAY 7 APRIL\nAna Ruiz telephones Kevin Lee again.\n\n\
                WEDNESDAY 8 APRIL\nKevin Lee flies to Accra and breakfasts with Ana Ruiz.\n\n\
                THURSDAY 9 APRIL, SMALL HOURS\nAna Ruiz and Omar Haddad each ring Kevin Lee.\n\n\
                FRIDAY, MID-MORNING\nOmar Haddad, worried, calls Kevin Lee back.\n";
    assert_eq!(
        read(text, Some("1998-04-11")),
        [
            "call occurred 1998-04-07..1998-04-07 - Ana Ruiz+Kevin Lee",
            "meeting occurred 1998-04-08..1998-04-08 Accra Ana Ruiz+Kevin Lee",
            // ("each ring Kevin Lee": a call from each.)
            "call occurred 1998-04-09..1998-04-09 - Ana Ruiz+Kevin Lee",
            "call occurred 1998-04-09..1998-04-09 - Kevin Lee+Omar Haddad",
            "call occurred 1998-04-10..1998-04-10 - Kevin Lee+Omar Haddad"
        ]
    );
    // A headline's "X calls Y" may name Y anything.
    assert!(read("Ana Ruiz calls Kevin Lee a traitor.", Some("1998-04-11")).is_empty());
}

#[test]
fn time_spent_in_a_persons_company_is_a_meeting() {
    let day = Some("2000-06-10");
    for text in [
        "Ana Ruiz spent more than two hours with General Kevin Lee, the army chief, on Thursday.",
        "Ana Ruiz had 25 minutes with Kevin Lee on Thursday.",
        "Ana Ruiz had tea with Kevin Lee on Thursday.",
        "Ana Ruiz and Kevin Lee then talked alone for half an hour on Thursday.",
        "Ana Ruiz and Kevin Lee talked well into the night on Thursday.",
    ] {
        assert_eq!(read(text, day), ["meeting occurred 2000-06-08..2000-06-08 - Ana Ruiz+Kevin Lee"], "{text}");
    }
    assert_eq!(
        read("Ana Ruiz is scheduled to see Kevin Lee in Lima on Monday.", day),
        ["meeting planned 2000-06-12..2000-06-12 Lima Ana Ruiz+Kevin Lee"]
    );
    // On the line, it was a call.
    assert_eq!(
        read("Ana Ruiz spent two hours with Kevin Lee on the phone on Thursday.", day),
        ["call occurred 2000-06-08..2000-06-08 - Ana Ruiz+Kevin Lee"]
    );
}

#[test]
fn a_sentence_opened_by_he_keeps_the_one_he_meant_for_the_next() {
    // The second "he" is still Luis Ruiz: the first sentence's "he", not Kevin Lee,
    // the first person it names.
    let text = "Luis Ruiz landed in Accra on Monday. He held talks with President Kevin Lee there on \
                Tuesday. He then flew to Lima, where he met Omar Haddad on Wednesday.";
    assert_eq!(
        read(text, Some("2024-03-08")),
        [
            "meeting occurred 2024-03-05..2024-03-05 Accra Kevin Lee+Luis Ruiz",
            "meeting occurred 2024-03-06..2024-03-06 Lima Luis Ruiz+Omar Haddad"
        ]
    );
}

#[test]
fn tea_after_a_summit_is_not_that_summit_nor_an_earlier_meal() {
    let text = "Ana Ruiz met many leaders. She gave Kevin Lee lunch at Windsor Castle. On 13 June 2021, after \
                the summit in Cornwall, Omar Haddad had a tete-a-tete with her over tea at Windsor Castle.";
    assert_eq!(
        read(text, Some("2022-09-09")),
        [
            "meeting occurred - Windsor Ana Ruiz+Kevin Lee",
            "meeting occurred 2021-06-13..2021-06-13 Windsor Ana Ruiz+Omar Haddad"
        ]
    );
}

#[test]
fn guests_hosts_and_hours_together_are_meetings() {
    let day = Some("2022-06-26");
    for (text, want) in [
        ("In August Ana Ruiz was Kevin Lee's guest in Lima.", "meeting occurred 2021-08-01..2021-08-31 Lima"),
        ("Ana Ruiz had been the guest of Kevin Lee in Lima on Monday.", "meeting occurred 2022-06-20..2022-06-20 Lima"),
        (
            "Ana Ruiz reached Accra from Lima, where she had been the guest of party leader Kevin Lee on Monday.",
            "meeting occurred 2022-06-20..2022-06-20 Lima",
        ),
        (
            "Ana Ruiz and Kevin Lee spent some six hours together in Lima on 5 April.",
            "meeting occurred 2022-04-05..2022-04-05 Lima",
        ),
        (
            "Ana Ruiz and Kevin Lee last sat together in Lima on Dec. 23.",
            "meeting occurred 2021-12-23..2021-12-23 Lima",
        ),
        (
            "Ana Ruiz sat with Kevin Lee in Lima through the night of 4 May.",
            "meeting occurred 2022-05-04..2022-05-04 Lima",
        ),
        ("Ana Ruiz and Kevin Lee conferred in Lima on 13 December.", "meeting occurred 2021-12-13..2021-12-13 Lima"),
        ("Ana Ruiz conferred with Kevin Lee in Lima on 13 December.", "meeting occurred 2021-12-13..2021-12-13 Lima"),
        (
            "Ana Ruiz had entertained Kevin Lee at a private dinner in Lima on 2 May.",
            "meeting occurred 2022-05-02..2022-05-02 Lima",
        ),
        (
            "On 2 May Ana Ruiz was at the station in Lima to welcome Kevin Lee.",
            "meeting occurred 2022-05-02..2022-05-02 Lima",
        ),
        ("Ana Ruiz is expected to see Kevin Lee in Lima on Wednesday.", "meeting planned 2022-06-29..2022-06-29 Lima"),
    ] {
        assert_eq!(read(text, day), [format!("{want} Ana Ruiz+Kevin Lee")], "{text}");
    }
    // Conferring by phone is a call; welcoming a decision is no meeting.
    assert_eq!(
        read("Ana Ruiz conferred with Kevin Lee by phone on Monday.", day),
        ["call occurred 2022-06-20..2022-06-20 - Ana Ruiz+Kevin Lee"]
    );
    assert!(read("Ana Ruiz rose to welcome the decision Kevin Lee announced.", day).is_empty());
}

#[test]
fn the_pair_is_the_last_two_people_named_together() {
    let text = "Ana Ruiz met Kevin Lee in Lima on 2 March. The pair met again in Accra in May.";
    assert_eq!(
        read(text, Some("2022-06-26")),
        [
            "meeting occurred 2022-03-02..2022-03-02 Lima Ana Ruiz+Kevin Lee",
            "meeting occurred 2022-05-01..2022-05-31 Accra Ana Ruiz+Kevin Lee"
        ]
    );
}

#[test]
fn a_weekday_that_fits_only_the_storys_year_is_that_years() {
    // Published on the thirtieth anniversary: 9 December 2021 was a Thursday, 9
    // December 1991 a Monday.
    let text = "Ana Ruiz met Kevin Lee in Lima on 7 December 1991. Nobody else was told. \
                On Monday 9 December Omar Haddad received Ana Ruiz in Accra.";
    assert_eq!(
        read(text, Some("2021-12-08")),
        [
            "meeting occurred 1991-12-07..1991-12-07 Lima Ana Ruiz+Kevin Lee",
            "meeting occurred 1991-12-09..1991-12-09 Accra Ana Ruiz+Omar Haddad"
        ]
    );
}

#[test]
fn here_is_the_datelines_town() {
    // (Weeks before the story's day: no longer the dateline's unless "here" says so.)
    let text = "ACCRA, March 6 (Wire) - Ana Ruiz signed the accord today. It ends a long war. Crowds \
                cheered. A meeting between Ana Ruiz and Kevin Lee took place here on 12 February.";
    assert_eq!(read(text, Some("2025-03-06")), ["meeting occurred 2025-02-12..2025-02-12 Accra Ana Ruiz+Kevin Lee"]);
}

#[test]
fn a_masthead_shaped_like_a_dateline_leaves_the_story_its_town() {
    let text = "ANDEAN WIRE - English desk\nACCRA, March 6 (AW) - Ana Ruiz and Kevin Lee signed an accord here today.";
    assert_eq!(read(text, Some("2025-03-06")), ["meeting occurred 2025-03-06..2025-03-06 Accra Ana Ruiz+Kevin Lee"]);
}

#[test]
fn what_a_source_confirms_is_told_and_summit_preparations_are_no_summit() {
    let day = Some("2022-06-28");
    assert_eq!(
        read("The ministry now confirms that Ana Ruiz and Kevin Lee will meet on Wednesday.", day),
        ["meeting planned 2022-06-29..2022-06-29 - Ana Ruiz+Kevin Lee"]
    );
    let text = "Ana Ruiz met Omar Haddad in Lima. Ana Ruiz and Kevin Lee last spoke by phone last Wednesday, \
                when they went over the summit preparations.";
    assert_eq!(
        read(text, day),
        [
            "meeting occurred 2022-06-28..2022-06-28 Lima Ana Ruiz+Omar Haddad",
            "call occurred 2022-06-22..2022-06-22 - Ana Ruiz+Kevin Lee"
        ]
    );
}

#[test]
fn a_past_plan_a_death_or_a_cancellation_stopped_never_happened() {
    let day = Some("2000-06-28");
    assert!(
        read("Ana Ruiz and Kevin Lee were due to meet in July 1994, but Ana Ruiz died days before.", day).is_empty()
    );
    assert!(read("Ana Ruiz was to meet Kevin Lee in Lima in July 1994, but the trip was called off.", day).is_empty());
    // (A "but" that stops nothing.)
    assert_eq!(
        read("Ana Ruiz and Kevin Lee were due to meet in July 1994, but the venue moved to Lima.", day),
        ["meeting planned 1994-07-01..1994-07-31 - Ana Ruiz+Kevin Lee"]
    );
}

#[test]
fn and_the_pair_met_again_is_a_second_meeting() {
    let day = Some("1970-12-07");
    for text in [
        "Ana Ruiz sat down with Prime Minister Kevin Lee in Lima in March, and the pair met again in Accra in May.",
        "In March Ana Ruiz sat down with Kevin Lee in Lima, and the two men met again in Accra in May.",
        "Ana Ruiz met Kevin Lee in Lima in March, and Ana Ruiz met Kevin Lee again in Accra in May.",
    ] {
        assert_eq!(
            read(text, day),
            [
                "meeting occurred 1970-03-01..1970-03-31 Lima Ana Ruiz+Kevin Lee",
                "meeting occurred 1970-05-01..1970-05-31 Accra Ana Ruiz+Kevin Lee"
            ],
            "{text}"
        );
    }
}

#[test]
fn one_caller_telephoning_two_people_made_two_calls() {
    let day = Some("2002-09-16");
    assert_eq!(
        read("Ana Ruiz telephoned Kevin Lee and Omar Haddad on Saturday.", day),
        [
            "call occurred 2002-09-14..2002-09-14 - Ana Ruiz+Kevin Lee",
            "call occurred 2002-09-14..2002-09-14 - Ana Ruiz+Omar Haddad"
        ]
    );
    // A call of three is told as one.
    assert_eq!(
        read("Ana Ruiz held a three-way call with Kevin Lee and Omar Haddad on Saturday.", day),
        ["call occurred 2002-09-14..2002-09-14 - Ana Ruiz+Kevin Lee+Omar Haddad"]
    );
}

#[test]
fn touring_with_someone_and_having_seen_them_are_meetings() {
    let day = Some("2000-06-10");
    assert_eq!(
        read("Ana Ruiz had toured the port with General Kevin Lee on Thursday.", day),
        ["meeting occurred 2000-06-08..2000-06-08 - Ana Ruiz+Kevin Lee"]
    );
    assert_eq!(
        read("Omar Haddad arrived. Ana Ruiz had seen Kevin Lee in Lima on Thursday.", day),
        ["meeting occurred 2000-06-08..2000-06-08 Lima Ana Ruiz+Kevin Lee"]
    );
    // (Someone's family is no meeting.)
    assert!(read("Ana Ruiz toured the region with her husband Kevin Lee.", day).is_empty());
}

#[test]
fn delegations_led_by_a_and_by_b_met() {
    assert_eq!(
        read(
            "In January the two delegations, led by Foreign Minister Ana Ruiz and by Kevin Lee, met in Lima.",
            Some("1997-06-28")
        ),
        ["meeting occurred 1997-01-01..1997-01-31 Lima Ana Ruiz+Kevin Lee"]
    );
}

#[test]
fn one_name_two_presidents_is_the_one_of_the_pages_years() {
    // A page of 2021 on 1991: the father; on 2003: the son.
    assert_eq!(
        read("On 7 December 1991 President George Bush met Ana Ruiz in Lima.", Some("2021-12-08")),
        ["meeting occurred 1991-12-07..1991-12-07 Lima Ana Ruiz+George H. W. Bush"]
    );
    // (A year put in front, capitalised, dates the meeting: it was the page's day.)
    assert_eq!(
        read("In 2003 President George Bush met Ana Ruiz in Lima.", Some("2021-12-08")),
        ["meeting occurred 2003-01-01..2003-12-31 Lima Ana Ruiz+George W. Bush"]
    );
}

#[test]
fn a_town_before_a_hotel_is_where_they_met() {
    assert_eq!(
        read("Ana Ruiz had 25 minutes with Kevin Lee at a Lima hotel on Tuesday.", Some("2015-04-10")),
        ["meeting occurred 2015-04-07..2015-04-07 Lima Ana Ruiz+Kevin Lee"]
    );
}

#[test]
fn talks_that_are_to_follow_in_the_afternoon_are_planned_that_day() {
    assert_eq!(
        read(
            "President Ana Ruiz flies to Lima on Monday for a summit with Kevin Lee. Talks between the two \
             delegations, led by Omar Haddad and Maria Soto, are to follow in the afternoon.",
            Some("2015-04-10")
        ),
        [
            "meeting planned 2015-04-13..2015-04-13 Lima Ana Ruiz+Kevin Lee",
            "meeting planned 2015-04-13..2015-04-13 - Maria Soto+Omar Haddad"
        ]
    );
}

#[test]
fn an_unlisted_town_after_the_person_met_is_the_place() {
    assert_eq!(
        read("Ana Ruiz is scheduled to meet Kevin Lee in Tiquisate on the 13th.", Some("2007-03-05")),
        ["meeting planned 2007-03-13..2007-03-13 Tiquisate Ana Ruiz+Kevin Lee"]
    );
}

#[test]
fn two_who_this_evening_signed_the_treaties_met() {
    for text in [
        "President Ana Ruiz and Prime Minister Kevin Lee this evening signed a treaty in Lima.",
        "President Ana Ruiz and Prime Minister Kevin Lee signed the border treaties in Lima.",
    ] {
        assert_eq!(
            read(text, Some("1977-09-07")),
            ["meeting occurred 1977-09-07..1977-09-07 Lima Ana Ruiz+Kevin Lee"],
            "{text}"
        );
    }
}

#[test]
fn calls_to_a_nationality_and_title_or_to_the_title_then_the_name() {
    for (text, day) in [
        ("President Ana Ruiz spoke to Peruvian Prime Minister Kevin Lee on Monday afternoon.", "2025-06-23"),
        ("President Ana Ruiz called the emir of Qatar, Sheikh Kevin Lee, to ask for help.", "2025-06-25"),
        ("President Ana Ruiz spoke to Peru's prime minister, Kevin Lee, on Monday.", "2025-06-23"),
    ] {
        assert_eq!(
            read(text, Some("2025-06-25")),
            [format!("call occurred {day}..{day} - Ana Ruiz+Kevin Lee")],
            "{text}"
        );
    }
    // (What she called him is no call.)
    assert!(read("President Ana Ruiz called her husband, Kevin Lee, a hero.", Some("2025-06-25")).is_empty());
}

#[test]
fn a_given_name_after_sheikh_is_the_one_named_in_full_with_it() {
    // Not a misspelt surname of someone else the gazetteer knows (Mohamud).
    assert_eq!(
        read(
            "Qatar's prime minister, Sheikh Mohammed bin Abdulrahman Al Thani, flew home. Sheikh Mohammed met \
             Lebanese Prime Minister Nawaf Salam in Doha on Tuesday.",
            Some("2025-06-25")
        ),
        ["meeting occurred 2025-06-24..2025-06-24 Doha Mohammed bin Abdulrahman Al Thani+Nawaf Salam"]
    );
}

#[test]
fn a_summit_in_a_who_aside_does_not_date_the_meeting() {
    assert_eq!(
        read(
            "Ana Ruiz, who flew to the summit in Lima on Tuesday, is expected to meet Kevin Lee there later on \
             Wednesday.",
            Some("2025-06-25")
        ),
        ["meeting planned 2025-06-25..2025-06-25 Lima Ana Ruiz+Kevin Lee"]
    );
}

#[test]
fn a_surname_two_presidents_share_is_the_one_of_the_pages_years() {
    for (day, monday, who) in
        [("2014-03-05", "2014-03-03", "Benigno Aquino III"), ("1987-03-05", "1987-03-02", "Corazon Aquino")]
    {
        assert_eq!(
            read("Ana Ruiz met President Aquino in Manila on Monday.", Some(day)),
            [format!("meeting occurred {monday}..{monday} Manila Ana Ruiz+{who}")],
            "{day}"
        );
    }
}

#[test]
fn a_word_or_a_place_made_of_a_name_is_not_the_person() {
    for text in [
        "At the Franco-Spanish talks in Lima on Monday, Ana Ruiz met Kevin Lee.",
        "Ana Ruiz met Kevin Lee at Jinnah International Airport on Monday.",
    ] {
        let got = read(text, Some("2014-03-05"));
        assert_eq!(got.len(), 1, "{text}");
        assert!(got[0].ends_with("Ana Ruiz+Kevin Lee"), "{text}: {got:?}");
    }
}

#[test]
fn september_of_last_year_and_two_days_later() {
    assert_eq!(
        read("In September of last year Ana Ruiz met Kevin Lee in Lima.", Some("2025-10-07")),
        ["meeting occurred 2024-09-01..2024-09-30 Lima Ana Ruiz+Kevin Lee"]
    );
    assert_eq!(
        read(
            "On August 7 Ana Ruiz held a phone call with Kevin Lee. Two days later Omar Haddad rang Ruiz to brief her.",
            Some("2025-10-07")
        ),
        [
            "call occurred 2025-08-07..2025-08-07 - Ana Ruiz+Kevin Lee",
            "call occurred 2025-08-09..2025-08-09 - Ana Ruiz+Omar Haddad"
        ]
    );
}

#[test]
fn a_month_in_front_dates_the_call_past_an_as_clause_not_the_day_it_came_after() {
    assert_eq!(
        read(
            "In August, as the tariffs took effect, Ana Ruiz held an hour-long phone call with Kevin Lee, a month \
             after receiving Lee for a state visit in Lima on July 8.",
            Some("2025-10-07")
        )[0],
        "call occurred 2025-08-01..2025-08-31 - Ana Ruiz+Kevin Lee"
    );
}

#[test]
fn officials_who_expect_two_to_hold_a_summit_tell_a_plan() {
    assert_eq!(
        read("Officials expect Ana Ruiz and Kevin Lee to hold their first summit in Lima.", Some("2025-10-07")),
        ["meeting planned - Lima Ana Ruiz+Kevin Lee"]
    );
}

#[test]
fn a_weekend_with_conversations_continued_a_joint_statement_signed() {
    for (text, want) in [
        (
            "Ana Ruiz spent a weekend with Kevin Lee at his farm near Lima in mid-December.",
            vec!["meeting occurred 1971-12-01..1971-12-31 Lima Ana Ruiz+Kevin Lee"],
        ),
        (
            "Ana Ruiz met Kevin Lee in Lima on Monday. The two women will continue their conversations in Cusco on \
             Wednesday.",
            vec![
                "meeting occurred 1972-09-25..1972-09-25 Lima Ana Ruiz+Kevin Lee",
                "meeting planned 1972-10-04..1972-10-04 Cusco Ana Ruiz+Kevin Lee",
            ],
        ),
        (
            "Ana Ruiz and Premier Kevin Lee signed a joint statement at the Great Hall of the People.",
            vec!["meeting occurred 1972-09-30..1972-09-30 Beijing Ana Ruiz+Kevin Lee"],
        ),
    ] {
        assert_eq!(read(text, Some("1972-09-30")), want, "{text}");
    }
}

#[test]
fn one_name_two_presidents_is_the_one_of_the_sentences_own_year() {
    // The page names 2008 too (W's years); the sentence's 1987 is the father's.
    assert_eq!(
        read(
            "Ana Ruiz retired in 2008. In September 1987 the American vice-president, George Bush, called on \
             Ana Ruiz in Warsaw.",
            Some("2018-06-26")
        ),
        ["meeting occurred 1987-09-01..1987-09-30 Warsaw Ana Ruiz+George H. W. Bush"]
    );
}

#[test]
fn the_emir_of_qatar_comma_name_is_the_emir_later() {
    assert_eq!(
        read(
            "President Ana Ruiz called the emir of Qatar, Sheikh Kevin Lee, on Monday. On Tuesday, President Omar \
             Haddad telephoned the emir to express regret. President Maria Soto called the emir the same day.",
            Some("2025-06-25")
        ),
        [
            "call occurred 2025-06-23..2025-06-23 - Ana Ruiz+Kevin Lee",
            "call occurred 2025-06-24..2025-06-24 - Kevin Lee+Omar Haddad",
            "call occurred 2025-06-24..2025-06-24 - Kevin Lee+Maria Soto"
        ]
    );
}

#[test]
fn two_who_spoke_for_half_an_hour_by_video_had_a_call() {
    assert_eq!(
        read(
            "President Ana Ruiz and President Kevin Lee spoke for about 30 minutes by video on Monday.",
            Some("2025-10-07")
        ),
        ["call occurred 2025-10-06..2025-10-06 - Ana Ruiz+Kevin Lee"]
    );
}

#[test]
fn after_the_occasion_a_sentence_dated_is_its_day_not_the_last_meetings() {
    let text = "Ana Ruiz held talks with Kevin Lee in Lima on Thursday. It was their first summit since they met in \
                Accra on June 20, 2019. Ana Ruiz watched Wednesday's military parade from a balcony. After the parade \
                Ana Ruiz and Omar Haddad held talks lasting two hours.";
    let got = read(text, Some("2025-09-05"));
    assert!(got.contains(&"meeting occurred 2025-09-03..2025-09-03 - Ana Ruiz+Omar Haddad".to_string()), "{got:?}");
}

#[test]
fn who_reached_a_town_met_there() {
    let text = "Ana Ruiz, who reached Lima by train on Tuesday, watched the parade. Ana Ruiz and Omar Haddad held \
                talks on Wednesday.";
    assert_eq!(read(text, Some("2025-09-05")), ["meeting occurred 2025-09-03..2025-09-03 Lima Ana Ruiz+Omar Haddad"]);
}

#[test]
fn a_datelined_story_places_the_days_of_the_visit_it_sums_up() {
    // (A short line of furniture ending in a period comes before the dateline.)
    let text = "Sign in to save articles.\nACCRA - Ana Ruiz and Kevin Lee signed an accord today, ending a visit \
                that began on Monday.\nLate on Wednesday evening Omar Haddad received Ana Ruiz at his residence.";
    assert_eq!(
        read(text, Some("2025-03-07")),
        [
            "meeting occurred 2025-03-07..2025-03-07 Accra Ana Ruiz+Kevin Lee",
            "meeting occurred 2025-03-05..2025-03-05 Accra Ana Ruiz+Omar Haddad"
        ]
    );
}

#[test]
fn last_friday_at_the_head_of_a_sentence_dates_it_past_an_aside() {
    let text = "Last Friday, soon after the storm, Kevin Lee telephoned Ana Ruiz.";
    assert_eq!(read(text, Some("2025-06-18")), ["call occurred 2025-06-13..2025-06-13 - Ana Ruiz+Kevin Lee"]);
}

#[test]
fn a_speaker_of_a_named_body_is_a_person_family_name_first() {
    let text = "National Assembly Speaker Yeon Ji-hoon met Ana Ruiz in Lima on Monday. Yeon also met Kevin Lee in \
                Lima on Tuesday.";
    assert_eq!(
        read(text, Some("2025-09-05")),
        [
            "meeting occurred 2025-09-01..2025-09-01 Lima Ana Ruiz+Yeon Ji-hoon",
            "meeting occurred 2025-09-02..2025-09-02 Lima Kevin Lee+Yeon Ji-hoon"
        ]
    );
}

#[test]
fn sitting_down_with_someone_and_calling_on_them_for_minutes_are_meetings() {
    let day = Some("2025-03-07");
    assert_eq!(
        read("On Tuesday Kevin Lee sat down separately with Ana Ruiz.", day),
        ["meeting occurred 2025-03-04..2025-03-04 - Ana Ruiz+Kevin Lee"]
    );
    assert_eq!(
        read("On Thursday Kevin Lee called on President Ana Ruiz for about forty minutes.", day),
        ["meeting occurred 2025-03-06..2025-03-06 - Ana Ruiz+Kevin Lee"]
    );
    // (An appeal is no visit.)
    assert!(read("Kevin Lee called on Ana Ruiz for two hours of silence to honour the dead.", day).is_empty());
}

#[test]
fn a_second_subject_with_a_verb_of_its_own_tells_its_own_event() {
    let text = "Kevin Lee spent three hours with Ana Ruiz in Lima on Wednesday, and Omar Haddad briefed Maria \
                Soto and two other leaders by phone that evening.";
    assert_eq!(
        read(text, Some("2025-08-08")),
        [
            "meeting occurred 2025-08-06..2025-08-06 Lima Ana Ruiz+Kevin Lee",
            "call occurred 2025-08-06..2025-08-06 - Maria Soto+Omar Haddad"
        ]
    );
}

#[test]
fn talks_at_an_embassy_in_a_town_were_in_that_town() {
    let text = "On Tuesday, Kevin Lee and Ana Ruiz held talks at the Peruvian embassy in Accra.";
    assert_eq!(read(text, Some("2025-03-07")), ["meeting occurred 2025-03-04..2025-03-04 Accra Ana Ruiz+Kevin Lee"]);
}

#[test]
fn who_dines_tonight_with_someone_has_not_yet() {
    let text = "Kevin Lee has left Lima for Accra, where he dines tonight with President Ana Ruiz.";
    assert_eq!(read(text, Some("2025-03-07")), ["meeting planned 2025-03-07..2025-03-07 Accra Ana Ruiz+Kevin Lee"]);
}

#[test]
fn what_is_due_by_a_date_does_not_date_what_happened() {
    let text = "Kevin Lee and Ana Ruiz held a summit in Lima, pledging a billion doses by the end of 2026.";
    assert_eq!(read(text, Some("2025-03-08")), ["meeting occurred - Lima Ana Ruiz+Kevin Lee"]);
}

#[test]
fn a_ship_named_after_someone_takes_no_part() {
    let text = "Kevin Lee and Ana Ruiz met for a final session aboard the liner Maxim Gorky on Sunday. Kevin Lee \
                then met Omar Haddad aboard the carrier USS George Washington.";
    let got = read(text, Some("2025-03-04"));
    assert!(got.iter().all(|e| !e.contains("Gorky") && !e.contains("Washington")), "{got:?}");
    assert!(got.contains(&"meeting occurred 2025-03-02..2025-03-02 - Ana Ruiz+Kevin Lee".to_string()), "{got:?}");
    assert!(got.contains(&"meeting occurred 2025-03-02..2025-03-02 - Kevin Lee+Omar Haddad".to_string()), "{got:?}");
}

#[test]
fn a_name_of_initials_is_a_person_and_the_shah_no_namesake() {
    let day = Some("1972-03-19");
    assert_eq!(
        read("President K. R. Mehta met Kevin Lee in Lima on Friday.", day),
        ["meeting occurred 1972-03-17..1972-03-17 Lima K. R. Mehta+Kevin Lee"]
    );
    // (The gazetteer's Amit Shah is not "the Shah".)
    assert_eq!(
        read("Kevin Lee brought the Shah and Ana Ruiz together in Lima on Friday.", day),
        ["meeting occurred 1972-03-17..1972-03-17 Lima Ana Ruiz+Kevin Lee"]
    );
}

#[test]
fn a_second_plan_after_and_to_and_the_call_that_arranged_a_meeting() {
    let text = "Omar Haddad is scheduled to hold talks with President Ana Ruiz in Lima on Wednesday and to meet \
                Kevin Lee in Accra on Thursday, a meeting the two agreed on in a phone call on Sept. 19.";
    assert_eq!(
        read(text, Some("2025-10-28")),
        [
            "meeting planned 2025-10-29..2025-10-29 Lima Ana Ruiz+Omar Haddad",
            "meeting planned 2025-10-30..2025-10-30 Accra Kevin Lee+Omar Haddad"
        ]
    );
}

#[test]
fn the_two_prime_ministers_are_the_pair_the_story_told_of() {
    let text = "Prime Minister Kevin Lee met Prime Minister Ana Ruiz in Lima on Friday. The two prime ministers \
                held talks again on Saturday at the palace.";
    assert_eq!(
        read(text, Some("1972-03-19")),
        [
            "meeting occurred 1972-03-17..1972-03-17 Lima Ana Ruiz+Kevin Lee",
            "meeting occurred 1972-03-18..1972-03-18 Lima Ana Ruiz+Kevin Lee"
        ]
    );
}

#[test]
fn who_was_in_a_town_with_someone_met_them_there() {
    let text = "Ana Ruiz met Kevin Lee in Lima on February 2. Two days later she was in Accra with Omar Haddad.";
    assert_eq!(
        read(text, Some("2025-05-15")),
        [
            "meeting occurred 2025-02-02..2025-02-02 Lima Ana Ruiz+Kevin Lee",
            "meeting occurred 2025-02-04..2025-02-04 Accra Ana Ruiz+Omar Haddad"
        ]
    );
}

#[test]
fn an_old_spelling_of_a_family_first_name_gives_its_family_name_alone() {
    // (The gazetteer's Ji Pengfei, written the old way, then by his family name.)
    let text = "Kevin Lee met Foreign Minister Chi Peng-fei on Monday. On Tuesday Kevin Lee sat down again with Chi.";
    assert_eq!(
        read(text, Some("1972-09-29")),
        [
            "meeting occurred 1972-09-25..1972-09-25 - Ji Pengfei+Kevin Lee",
            "meeting occurred 1972-09-26..1972-09-26 - Ji Pengfei+Kevin Lee"
        ]
    );
}

#[test]
fn the_two_signatories_are_the_pair_who_signed() {
    let text = "Kevin Lee and Ana Ruiz signed the accord in Lima today. The two signatories last met in November, \
                at the regional summit in Accra.";
    assert_eq!(
        read(text, Some("1987-07-30")),
        [
            "meeting occurred 1987-07-30..1987-07-30 Lima Ana Ruiz+Kevin Lee",
            "meeting occurred 1986-11-01..1986-11-30 Accra Ana Ruiz+Kevin Lee"
        ]
    );
}

#[test]
fn putting_their_signatures_to_a_treaty_is_signing_it_together() {
    let text = "Kevin Lee and President Ana Ruiz put their signatures to the river treaty in Lima today.";
    assert_eq!(read(text, Some("1960-09-19")), ["meeting occurred 1960-09-19..1960-09-19 Lima Ana Ruiz+Kevin Lee"]);
}

#[test]
fn two_people_signing_when_the_last_is_of_a_body() {
    let text = "Foreign Minister Kevin Lee and Ana Ruiz of the PLO signed the declaration in Lima today.";
    assert_eq!(read(text, Some("1993-09-13")), ["meeting occurred 1993-09-13..1993-09-13 Lima Ana Ruiz+Kevin Lee"]);
}

#[test]
fn two_people_due_to_sign_a_treaty_will_meet_to_sign_it() {
    let day = Some("2025-03-03");
    assert_eq!(
        read("Kevin Lee and Ana Ruiz are due to sign the accord in Lima on Friday.", day),
        ["meeting planned 2025-03-07..2025-03-07 Lima Ana Ruiz+Kevin Lee"]
    );
    assert!(read("Kevin Lee and Ana Ruiz refused to sign the accord on Friday.", day).is_empty());
}

#[test]
fn a_mandate_to_negotiate_is_no_meeting() {
    let day = Some("2025-03-03");
    for text in [
        "Kevin Lee named Foreign Minister Ana Ruiz to carry the negotiations forward with Omar Haddad.",
        "Kevin Lee tasked Ana Ruiz with holding talks with Omar Haddad.",
    ] {
        assert!(read(text, day).is_empty(), "{text}");
    }
    // (An appointment told in passing is no mandate.)
    assert_eq!(
        read("The newly appointed minister Ana Ruiz met Omar Haddad in Lima on Monday.", day),
        ["meeting occurred 2025-03-03..2025-03-03 Lima Ana Ruiz+Omar Haddad"]
    );
}

#[test]
fn greeting_someone_co_chairing_and_negotiating_together_are_meetings() {
    let day = Some("2025-03-05");
    assert_eq!(
        read("Kevin Lee greeted Ana Ruiz at the airport on Monday.", day),
        ["meeting occurred 2025-03-03..2025-03-03 - Ana Ruiz+Kevin Lee"]
    );
    assert!(read("Kevin Lee greeted the news with relief on Monday.", day).is_empty());
    assert_eq!(
        read("Kevin Lee and Ana Ruiz co-chaired the commission in Lima on Monday.", day),
        ["meeting occurred 2025-03-03..2025-03-03 Lima Ana Ruiz+Kevin Lee"]
    );
    assert_eq!(
        read("Kevin Lee and Ana Ruiz negotiated through the night in Lima on Monday.", day),
        ["meeting occurred 2025-03-03..2025-03-03 Lima Ana Ruiz+Kevin Lee"]
    );
    assert_eq!(
        read("Kevin Lee and Ana Ruiz held a joint news conference in Lima on Monday.", day),
        ["meeting occurred 2025-03-03..2025-03-03 Lima Ana Ruiz+Kevin Lee"]
    );
}

#[test]
fn the_two_who_held_talks_are_the_pair_named_before() {
    let day = Some("2025-08-13");
    assert_eq!(
        read("Ana Ruiz met Kevin Lee in Lima on 2 June. The two held talks in Accra on Monday.", day),
        [
            "meeting occurred 2025-06-02..2025-06-02 Lima Ana Ruiz+Kevin Lee",
            "meeting occurred 2025-08-11..2025-08-11 Accra Ana Ruiz+Kevin Lee"
        ]
    );
    // ("held talks twice": how many, no one meeting.)
    assert_eq!(read("Ana Ruiz met Kevin Lee in Lima on 2 June. The two held talks twice in May.", day).len(), 1);
}

#[test]
fn seeing_each_other_again_is_a_meeting() {
    let got = read(
        "President Ana Ruiz met President Kevin Lee in Lima on Monday. They will see each other again in Accra on \
         Saturday.",
        Some("2025-08-13"),
    );
    assert_eq!(got[1], "meeting planned 2025-08-16..2025-08-16 Accra Ana Ruiz+Kevin Lee");
    assert!(read("Ana Ruiz said the two nations should see each other as partners.", Some("2025-08-13")).is_empty());
}

#[test]
fn receiving_a_guest_for_a_visit_after_the_main_clause_is_the_subjects_meeting() {
    let got = read(
        "Ana Ruiz phoned Kevin Lee on Monday, a month after receiving Omar Haddad for a state visit in Lima on 8 \
         July.",
        Some("2025-08-13"),
    );
    assert_eq!(
        got,
        [
            "call occurred 2025-08-11..2025-08-11 - Ana Ruiz+Kevin Lee",
            "meeting occurred 2025-07-08..2025-07-08 Lima Ana Ruiz+Omar Haddad"
        ]
    );
}

#[test]
fn a_ship_named_after_someone_boarded_takes_no_part() {
    assert_eq!(
        read("Ana Ruiz and Kevin Lee met aboard the Maria Soto in Lima on Monday.", Some("2025-08-13")),
        ["meeting occurred 2025-08-11..2025-08-11 Lima Ana Ruiz+Kevin Lee"]
    );
}

#[test]
fn going_on_to_a_town_on_a_day_is_a_trip_of_its_own() {
    // Present tense for a schedule; a new clause at "and on Sunday she goes".
    assert_eq!(
        read(
            "Ana Ruiz flies on Saturday to Lima, where Kevin Lee will receive her, and on Sunday she goes on to \
             Accra for talks with Omar Haddad.",
            Some("2025-08-13")
        ),
        [
            "meeting planned 2025-08-16..2025-08-16 Lima Ana Ruiz+Kevin Lee",
            "meeting planned 2025-08-17..2025-08-17 Accra Ana Ruiz+Omar Haddad"
        ]
    );
}

#[test]
fn the_guest_of_someone_is_no_meeting_told_before() {
    let got = read(
        "Thursday started early. At midday Ana Ruiz lunched with Kevin Lee and Omar Haddad. She reached Accra \
         from Peru, where she had been the guest of party leader Tomas Berg in Lima on Monday.",
        Some("2025-08-15"),
    );
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[1], "meeting occurred 2025-08-11..2025-08-11 Lima Ana Ruiz+Tomas Berg");
}

#[test]
fn a_country_naming_whose_ambassador_is_no_place() {
    assert_eq!(
        read(
            "Ana Ruiz received Kevin Lee at the residence of the United States ambassador, and the two leaders \
             conferred for two hours.",
            Some("2025-08-13")
        ),
        ["meeting occurred 2025-08-13..2025-08-13 - Ana Ruiz+Kevin Lee"]
    );
}

#[test]
fn the_two_presidents_are_the_pair_the_headline_names() {
    // Two other presidents named since do not make "the two presidents".
    let got = read(
        "Ana Ruiz and Kevin Lee restore relations after ten years\n\n\
         President Ana Ruiz and President Kevin Lee met in Lima on Saturday and agreed to restore relations.\n\n\
         Ruiz had received President Omar Haddad in Accra in May. Haddad met President Tomas Berg in Quito in \
         June.\n\n\
         The two presidents settled the final arrangements by telephone on Wednesday.",
        Some("2025-08-15"),
    );
    assert_eq!(got.last().map(String::as_str), Some("call occurred 2025-08-13..2025-08-13 - Ana Ruiz+Kevin Lee"));
}

#[test]
fn seeing_a_list_of_people_in_a_town_and_calling_on_someone_together_are_meetings() {
    let day = Some("2025-08-13");
    assert_eq!(
        read("Ana Ruiz's special envoy, Mr. Omar Haddad, saw Mr. Kevin Lee and Mr. Tomas Berg in Lima.", day),
        ["meeting occurred 2025-08-13..2025-08-13 Lima Kevin Lee+Omar Haddad+Tomas Berg"]
    );
    assert_eq!(
        read("Ana Ruiz went to Lima in July 1986 to see Mr. Kevin Lee.", day),
        ["meeting occurred 1986-07-01..1986-07-31 Lima Ana Ruiz+Kevin Lee"]
    );
    assert_eq!(
        read("Prime Minister Ana Ruiz arrived in Lima on Monday to see Premier Kevin Lee.", day),
        ["meeting occurred 2025-08-11..2025-08-11 Lima Ana Ruiz+Kevin Lee"]
    );
    assert_eq!(
        read("Foreign Ministers Ana Ruiz and Kevin Lee initialled the draft treaty on Monday.", day),
        ["meeting occurred 2025-08-11..2025-08-11 - Ana Ruiz+Kevin Lee"]
    );
    let got = read(
        "Foreign Minister Ana Ruiz met Foreign Minister Omar Haddad in Lima on Sunday. The two ministers called \
         together on the Prime Minister, Kevin Lee, on Monday.",
        day,
    );
    assert_eq!(got[1], "meeting occurred 2025-08-11..2025-08-11 Lima Ana Ruiz+Kevin Lee+Omar Haddad");
}

#[test]
fn returning_the_call_someone_paid_is_an_earlier_visit() {
    assert_eq!(
        read(
            "Prime Minister Ana Ruiz lunched with the President, Mr. Kevin Lee, at the palace yesterday, returning \
             the call Mr. Lee paid on her in Lima on January 14.",
            Some("1998-10-10")
        ),
        [
            "meeting occurred 1998-10-09..1998-10-09 - Ana Ruiz+Kevin Lee",
            "meeting occurred 1998-01-14..1998-01-14 Lima Ana Ruiz+Kevin Lee"
        ]
    );
}

#[test]
fn a_plan_in_a_relative_clause_is_not_the_main_clauses_status() {
    assert_eq!(
        read(
            "President Omar Haddad, who is due in Lima on June 29 for talks with President Kevin Lee, received a \
             telephone call from Mr. Lee tonight, his office said.",
            Some("1998-10-10")
        ),
        [
            "meeting planned 1999-06-29..1999-06-29 Lima Kevin Lee+Omar Haddad",
            "call occurred 1998-10-10..1998-10-10 - Kevin Lee+Omar Haddad"
        ]
    );
}

#[test]
fn a_dispatch_printed_the_day_after_its_dateline_tells_of_the_datelines_day() {
    let text = "LIMA, Oct. 30. -- Ana Ruiz and Kevin Lee this afternoon signed an accord, ending a week of talks \
                that twice came close to breaking down.";
    assert_eq!(read(text, Some("1964-10-31")), ["meeting occurred 1964-10-30..1964-10-30 Lima Ana Ruiz+Kevin Lee"]);
    // (A dateline a week old is no dispatch of the day before.)
    let got = read(text, Some("1964-11-07"));
    assert_eq!(got, ["meeting occurred 1964-11-07..1964-11-07 Lima Ana Ruiz+Kevin Lee"]);
}

#[test]
fn inviting_someone_named_at_length_to_a_meeting_is_no_meeting() {
    let got = read(
        "Ana Ruiz said in Lima last week that she had first invited Peru's president, General Kevin Lee, to a \
         similar meeting, but that Lee had declined.",
        Some("1975-02-10"),
    );
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn delegations_of_the_two_foreign_ministries_are_not_the_two_leaders() {
    let got = read(
        "Ana Ruiz met Kevin Lee in Lima on Monday. Delegations of the two foreign ministries will meet in Accra \
         later this month.",
        Some("1975-02-10"),
    );
    assert_eq!(got, ["meeting occurred 1975-02-10..1975-02-10 Lima Ana Ruiz+Kevin Lee"]);
}

#[test]
fn the_two_after_a_clause_about_two_people_are_those_two() {
    let got = read(
        "Omar Haddad met Kevin Lee on Friday. Before Accra, Lee spent two days in Peru. President Ana Ruiz received \
         him at the airport on Sunday evening, and the two held talks at the palace in Lima on Monday.",
        Some("2025-06-18"),
    );
    assert_eq!(got.last().map(String::as_str), Some("meeting occurred 2025-06-16..2025-06-16 Lima Ana Ruiz+Kevin Lee"));
}

#[test]
fn a_plan_also_made_for_a_trip_takes_the_trips_day_and_town() {
    let got = read(
        "Ana Ruiz is due in Lima later on Wednesday for talks with Prime Minister Kevin Lee. She is also expected \
         to call on President Omar Haddad.",
        Some("2025-06-17"),
    );
    assert_eq!(
        got,
        [
            "meeting planned 2025-06-18..2025-06-18 Lima Ana Ruiz+Kevin Lee",
            "meeting planned 2025-06-18..2025-06-18 Lima Ana Ruiz+Omar Haddad"
        ]
    );
}

#[test]
fn there_is_the_town_named_just_before() {
    let day = Some("2025-06-17");
    let got = read("Ana Ruiz will fly to Accra on Thursday. She is scheduled to meet Kevin Lee there on Friday.", day);
    assert_eq!(got, ["meeting planned 2025-06-20..2025-06-20 Accra Ana Ruiz+Kevin Lee"]);
    // (Not "there is", nor a country naming a title: "US Secretary of State".)
    assert!(read("Ana Ruiz went to Accra. There is no plan for her to meet Kevin Lee.", day).is_empty());
    let got = read(
        "Ministers met in Lima on Friday. On Thursday, US Secretary of State Ana Ruiz held a bilateral meeting \
         there with Kevin Lee.",
        day,
    );
    assert_eq!(got, ["meeting occurred 2025-06-12..2025-06-12 Lima Ana Ruiz+Kevin Lee"]);
}

#[test]
fn a_landmarks_office_is_in_its_town() {
    let got = read("On Monday Ana Ruiz received Kevin Lee and Omar Haddad in his Kremlin office.", Some("2025-06-17"));
    assert_eq!(got, ["meeting occurred 2025-06-16..2025-06-16 Moscow Ana Ruiz+Kevin Lee+Omar Haddad"]);
}

#[test]
fn two_people_who_each_met_a_third_held_two_meetings() {
    let day = Some("2025-11-12");
    assert_eq!(
        read("Ana Ruiz and Kevin Lee each met Omar Haddad in Lima on Monday.", day),
        [
            "meeting occurred 2025-11-10..2025-11-10 Lima Ana Ruiz+Omar Haddad",
            "meeting occurred 2025-11-10..2025-11-10 Lima Kevin Lee+Omar Haddad"
        ]
    );
    assert_eq!(read("Ana Ruiz and Kevin Lee met Omar Haddad in Lima on Monday.", day).len(), 1);
}

#[test]
fn speaking_to_one_and_to_another_is_two_calls() {
    let day = Some("2021-03-20");
    assert_eq!(
        read("Ana Ruiz spoke to Kevin Lee by phone in late January, and to Omar Haddad in early February.", day),
        [
            "call occurred 2021-01-01..2021-01-31 - Ana Ruiz+Kevin Lee",
            "call occurred 2021-02-01..2021-02-28 - Ana Ruiz+Omar Haddad"
        ]
    );
    assert_eq!(
        read("Ana Ruiz has spoken separately by phone to Kevin Lee and to Omar Haddad this month.", day).len(),
        2
    );
}

#[test]
fn last_night_is_the_day_before() {
    let day = Some("1975-08-26");
    assert_eq!(
        read("Ana Ruiz telephoned Kevin Lee last night.", day),
        ["call occurred 1975-08-25..1975-08-25 - Ana Ruiz+Kevin Lee"]
    );
    let got = read("Ana Ruiz, who telephoned Kevin Lee last night, will fly to Accra on Thursday.", day);
    assert_eq!(got, ["call occurred 1975-08-25..1975-08-25 - Ana Ruiz+Kevin Lee"]);
}

#[test]
fn and_a_titled_name_with_a_verb_of_its_own_opens_a_clause() {
    let day = Some("2017-09-07");
    assert_eq!(
        read(
            "Kevin Lee met Omar Haddad in Accra on Monday, and Peruvian President Ana Ruiz held talks with Tomas \
             Berg in Lima on Tuesday.",
            day
        ),
        [
            "meeting occurred 2017-09-04..2017-09-04 Accra Kevin Lee+Omar Haddad",
            "meeting occurred 2017-09-05..2017-09-05 Lima Ana Ruiz+Tomas Berg"
        ]
    );
    assert_eq!(
        read(
            "Kevin Lee and Omar Haddad initialled the treaty on Monday, and Peruvian Prime Minister Ana Ruiz came \
             to Lima on August 16 for talks with Tomas Berg.",
            day
        ),
        [
            "meeting occurred 2017-09-04..2017-09-04 - Kevin Lee+Omar Haddad",
            "meeting occurred 2017-08-16..2017-08-16 Lima Ana Ruiz+Tomas Berg"
        ]
    );
    // (A verb of two subjects: one handshake.)
    assert_eq!(
        read("[Photo] Mr. Kevin Lee, left, and Mr. Omar Haddad shake hands after tonight's signing.", day),
        ["meeting occurred 2017-09-07..2017-09-07 - Kevin Lee+Omar Haddad"]
    );
}

#[test]
fn called_on_one_and_on_another_is_a_meeting_each_where_each_was() {
    let got = read_events(
        "The American mediator Ana Ruiz met Kevin Lee on Monday. The envoy then called on caretaker Prime \
         Minister Omar Haddad at the palace and on Speaker Tomas Berg in Lima.",
        "2022-10-28",
    );
    assert_eq!(
        got,
        [
            vec!["2022-10-24..2022-10-24 - Ana Ruiz+Kevin Lee"],
            vec!["2022-10-24..2022-10-24 - Ana Ruiz+Omar Haddad"],
            vec!["2022-10-24..2022-10-24 Lima Ana Ruiz+Tomas Berg"]
        ]
    );
}

#[test]
fn stopping_somewhere_on_thursday_for_talks_is_a_plan() {
    assert_eq!(
        read("Ana Ruiz stops in Lima on Thursday for talks with Kevin Lee, on her way home.", Some("1985-08-07")),
        ["meeting planned 1985-08-08..1985-08-08 Lima Ana Ruiz+Kevin Lee"]
    );
    assert_eq!(
        read("Ana Ruiz and Kevin Lee stay on in Lima for talks on Saturday.", Some("1991-05-31")),
        ["meeting planned 1991-06-01..1991-06-01 Lima Ana Ruiz+Kevin Lee"]
    );
}

#[test]
fn her_is_the_woman_a_title_names() {
    assert_eq!(
        read(
            "Kevin Lee has now met Mrs. Ana Ruiz several times. He flew to Lima last month for talks with her at the \
             palace.",
            Some("1972-03-20")
        ),
        ["meeting occurred 1972-02-01..1972-02-29 Lima Ana Ruiz+Kevin Lee"]
    );
    // And "he" is not her.
    let got = read(
        "Mrs. Ana Ruiz met Omar Haddad in Lima on Monday. On Tuesday he was received by Kevin Lee.",
        Some("1972-03-22"),
    );
    assert_eq!(got[1], "meeting occurred 1972-03-21..1972-03-21 Lima Kevin Lee+Omar Haddad");
}

#[test]
fn a_blocs_ministers_holding_their_annual_meeting_is_one() {
    assert_eq!(
        read_groups("ASEAN foreign ministers will hold their annual meeting in Manila in June.", "1976-02-25"),
        ["planned 1976-06-01..1976-06-30 Manila ASEAN"]
    );
    assert!(read_groups("The shareholders will hold their annual meeting in Lima in June.", "1976-02-25").is_empty());
}

#[test]
fn and_the_two_prime_ministers_spent_saturday_in_talks_is_another_day() {
    let got = read(
        "Ana Ruiz landed in Lima on Friday. Kevin Lee was at the airport on Friday to receive her, and the two \
         Prime Ministers spent most of Saturday in talks at the palace.",
        Some("1972-03-20"),
    );
    assert_eq!(
        got,
        [
            "meeting occurred 1972-03-17..1972-03-17 Lima Ana Ruiz+Kevin Lee",
            "meeting occurred 1972-03-18..1972-03-18 Lima Ana Ruiz+Kevin Lee"
        ]
    );
}

#[test]
fn reporting_to_someone_by_telephone_is_a_call() {
    assert_eq!(
        read("Ana Ruiz will report to Kevin Lee by telephone as soon as she is back in Lima.", Some("2002-09-17")),
        ["call planned - - Ana Ruiz+Kevin Lee"]
    );
    assert!(read("Ana Ruiz reported to parliament by telephone.", Some("2002-09-17")).is_empty());
}

#[test]
fn their_talks_after_a_walk_are_the_walkers_that_day() {
    assert_eq!(
        read(
            "On 1 September, Ana Ruiz walked Kevin Lee along the pier in Lima before their talks at a hotel.",
            Some("2010-04-07")
        ),
        ["meeting occurred 2009-09-01..2009-09-01 Lima Ana Ruiz+Kevin Lee"]
    );
}

#[test]
fn a_shared_surname_is_the_one_named_before() {
    let got = read(
        "Maria Soto met Kevin Lee in Lima on Thursday. They had not met before, though Ana Ruiz telephoned Soto \
         on July 31. Tomas Soto, her brother, never visited Lima.",
        Some("1998-10-09"),
    );
    assert!(got.contains(&"call occurred 1998-07-31..1998-07-31 - Ana Ruiz+Maria Soto".to_string()), "{got:?}");
}

#[test]
fn sitting_at_the_same_table_and_a_trip_to_brief_a_titled_chairman() {
    let day = Some("2007-03-05");
    assert_eq!(
        read("Ana Ruiz and Kevin Lee had last sat at the same table in Pretoria in April 2005.", day),
        ["meeting occurred 2005-04-01..2005-04-30 Pretoria Ana Ruiz+Kevin Lee"]
    );
    assert_eq!(
        read("Omar Haddad will travel to Accra on Thursday to brief African Union Commission chairman Kevin Lee.", day),
        ["meeting planned 2007-03-08..2007-03-08 Accra Kevin Lee+Omar Haddad"]
    );
}

#[test]
fn the_parties_ending_their_conference_met() {
    let day = Some("1975-08-27");
    assert_eq!(
        read("Ana Ruiz and Kevin Lee ended their conference in Lima this afternoon.", day),
        ["meeting occurred 1975-08-27..1975-08-27 Lima Ana Ruiz+Kevin Lee"]
    );
    assert!(read("Ana Ruiz and Kevin Lee held their press conference in Lima this afternoon.", day).is_empty());
    // (A party of the seventies the gazetteer knows.)
    assert_eq!(
        read_groups(
            "Ian Smith and the leaders of the African National Council ended their conference in Lima.",
            "1975-08-27"
        ),
        ["occurred 1975-08-27..1975-08-27 Lima African National Council"]
    );
}

#[test]
fn states_of_the_past_are_places() {
    assert_eq!(
        read_groups("Talks between Yugoslavia and Czechoslovakia opened in Lima on Monday.", "1970-03-20"),
        ["occurred 1970-03-16..1970-03-16 Lima Czechoslovakia+Yugoslavia"]
    );
}

#[test]
fn a_visit_spoken_of_is_no_visit() {
    for text in [
        "The governments of Peru and Ghana have spoken of a visit by Kevin Lee to Lima.",
        "Ana Ruiz has talked of a meeting with Kevin Lee in Lima.",
    ] {
        assert!(read(text, Some("1975-11-11")).is_empty(), "{text}");
    }
}

#[test]
fn the_soviet_leader_is_the_soviet_one_named() {
    assert_eq!(
        read(
            "Gorbachev arrived in Lima on Friday. Kevin Lee greeted the Soviet leader at the airport.",
            Some("1986-10-11")
        ),
        ["meeting occurred 1986-10-10..1986-10-10 Lima Kevin Lee+Mikhail Gorbachev"]
    );
}

#[test]
fn waiting_at_the_steps_to_greet_someone_is_meeting_them() {
    assert_eq!(
        read(
            "Ana Ruiz landed in Lima on Monday. Kevin Lee was at the foot of the steps to greet her.",
            Some("1984-12-20")
        ),
        ["meeting occurred 1984-12-17..1984-12-17 Lima Ana Ruiz+Kevin Lee"]
    );
    assert!(read("Ana Ruiz went to the border to greet the returning troops.", Some("1984-12-20")).is_empty());
}

#[test]
fn a_pair_a_relative_clause_hangs_on_met() {
    let day = Some("2008-12-15");
    assert_eq!(
        read("Ana Ruiz and Kevin Lee, who met in Lima on Sunday, fixed the date.", day),
        ["meeting occurred 2008-12-14..2008-12-14 Lima Ana Ruiz+Kevin Lee"]
    );
    let got = read(
        "Foreign Minister Ana Ruiz met Foreign Minister Kevin Lee in May. The summit was prepared by the two \
         foreign ministers, who met for three hours in Lima on Sunday.",
        day,
    );
    assert_eq!(
        got,
        [
            "meeting occurred 2008-05-01..2008-05-31 - Ana Ruiz+Kevin Lee",
            "meeting occurred 2008-12-14..2008-12-14 Lima Ana Ruiz+Kevin Lee"
        ]
    );
}

#[test]
fn a_bare_day_weeks_after_a_story_decades_back_is_in_the_storys_year() {
    let got = read(
        "Ana Ruiz and Kevin Lee signed the accord in Lima on 7 December 1991. Ana Ruiz and Kevin Lee spent six \
         hours together in Accra on 23 December.",
        Some("2021-12-08"),
    );
    assert_eq!(
        got,
        [
            "meeting occurred 1991-12-07..1991-12-07 Lima Ana Ruiz+Kevin Lee",
            "meeting occurred 1991-12-23..1991-12-23 Accra Ana Ruiz+Kevin Lee"
        ]
    );
}

#[test]
fn her_before_within_hours_is_the_one_met() {
    assert_eq!(
        read(
            "Ana Ruiz arrived in Lima on Tuesday. Kevin Lee called on her within hours of her arrival.",
            Some("1996-12-12")
        ),
        ["meeting occurred 1996-12-10..1996-12-10 Lima Ana Ruiz+Kevin Lee"]
    );
}

#[test]
fn signing_a_document_being_met_by_someone_and_having_rung_them() {
    let day = Some("1976-06-02");
    assert_eq!(
        read("Mr Kevin Lee and Dr Tomas Berg signed the document in Lima on Thursday.", day),
        ["meeting occurred 1976-05-27..1976-05-27 Lima Kevin Lee+Tomas Berg"]
    );
    assert_eq!(
        read("Omar Haddad flew in on Sunday and was met at the airport by Mr Kevin Lee, a deputy secretary.", day),
        ["meeting occurred 1976-05-30..1976-05-30 - Kevin Lee+Omar Haddad"]
    );
    // A call, whatever table it was made from.
    assert_eq!(
        read("Mr Kevin Lee had rung Mr Tomas Berg from the dinner table on May 19.", day),
        ["call occurred 1976-05-19..1976-05-19 - Kevin Lee+Tomas Berg"]
    );
}

#[test]
fn they_in_what_a_source_told_the_reporter_are_the_pair_told_last() {
    // ("me" is the reporter, not the first person the page names.)
    let got = read(
        "The forum met under the chairmanship of Omar Haddad. Kevin Lee and Ana Ruiz met privately at a hotel on \
         Monday night. Kevin Lee told me they had also spoken by phone a fortnight ago.",
        Some("1985-08-21"),
    );
    assert!(got.contains(&"call occurred 1985-08-01..1985-08-31 - Ana Ruiz+Kevin Lee".to_string()), "{got:?}");
}

#[test]
fn two_who_met_privately_at_a_gathering_and_last_years_meeting_are_events_of_their_own() {
    let got = read_events(
        "The forum met in Lima under the chairmanship of Omar Haddad, with Kevin Lee and Ana Ruiz at the table. \
         Kevin Lee and Ana Ruiz met privately at a hotel. Kevin Lee and Omar Haddad had agreed on the text at \
         last year's meeting in Accra.",
        "1985-08-07",
    );
    assert_eq!(got.len(), 3, "{got:?}");
}

#[test]
fn the_title_a_name_follows_after_a_comma_is_that_name() {
    let got = read(
        "Prime Minister Omar Haddad met Kevin Lee on Monday. Ana Ruiz telephoned the Prime Minister, Mr Tomas \
         Berg, last night.",
        Some("1976-06-02"),
    );
    assert_eq!(
        got,
        [
            "meeting occurred 1976-05-31..1976-05-31 - Kevin Lee+Omar Haddad",
            "call occurred 1976-06-01..1976-06-01 - Ana Ruiz+Tomas Berg"
        ]
    );
}

#[test]
fn a_given_name_alone_is_the_one_the_page_names_in_full() {
    // ("Hussein" is also the surname of people the gazetteer knows.)
    let got = read(
        "Datuk Hussein Onn arrived in Lima on Sunday. On Monday Mr Kevin Lee and Datuk Hussein held private talks.",
        Some("1976-02-24"),
    );
    assert_eq!(got, ["meeting occurred 1976-02-23..1976-02-23 Lima Hussein Onn+Kevin Lee"]);
}

#[test]
fn a_president_of_the_seventies_is_not_his_son() {
    let text = "President Ferdinand Marcos met Kevin Lee in Manila on Monday.";
    assert_eq!(
        read(text, Some("1976-02-24")),
        ["meeting occurred 1976-02-23..1976-02-23 Manila Ferdinand Marcos Sr.+Kevin Lee"]
    );
    assert_eq!(
        read(text, Some("2024-05-01")),
        ["meeting occurred 2024-04-29..2024-04-29 Manila Ferdinand Marcos Jr.+Kevin Lee"]
    );
}

#[test]
fn two_signed_with_titles_and_commas_between_them() {
    let day = Some("1976-06-02");
    assert_eq!(
        read("Kevin Lee and Iceland's Foreign Minister Tomas Berg signed an agreement in Lima yesterday.", day),
        ["meeting occurred 1976-06-01..1976-06-01 Lima Kevin Lee+Tomas Berg"]
    );
    assert_eq!(
        read(
            "The Foreign Secretary, Mr Kevin Lee, and Iceland's Foreign Minister, Mr Tomas Berg, signed an \
             agreement in Lima yesterday.",
            day
        ),
        ["meeting occurred 1976-06-01..1976-06-01 Lima Kevin Lee+Tomas Berg"]
    );
    // The talks the signing came after are the same occasion, with whoever else
    // is named there.
    let got = read_events(
        "President Kevin Lee and rebel political bureau chief Tomas Berg signed the agreement in Lima tonight \
         after two days of talks, with King Omar Haddad looking on.",
        "1976-06-02",
    );
    assert_eq!(got.len(), 1, "{got:?}");
}

#[test]
fn a_trip_to_brief_someone_is_a_meeting_a_call_to_brief_them_is_not() {
    let day = Some("1989-10-23");
    assert_eq!(
        read("Omar Haddad is due in Lima on Tuesday to brief Prime Minister Kevin Lee.", day),
        ["meeting planned 1989-10-24..1989-10-24 Lima Kevin Lee+Omar Haddad"]
    );
    assert_eq!(
        read("Ana Ruiz telephoned Kevin Lee on Monday to brief him.", day),
        ["call occurred 1989-10-23..1989-10-23 - Ana Ruiz+Kevin Lee"]
    );
    assert!(read("Ana Ruiz will travel to Lima to brief reporters.", day).is_empty());
}

#[test]
fn the_same_afternoon_is_the_day_the_sentence_named() {
    let day = Some("2009-12-15");
    assert_eq!(
        read("Ana Ruiz arrived in Lima on Sunday and held talks with Kevin Lee the same afternoon.", day),
        ["meeting occurred 2009-12-13..2009-12-13 Lima Ana Ruiz+Kevin Lee"]
    );
}

#[test]
fn names_the_gazetteer_does_not_know_stay_their_own() {
    let day = Some("1990-04-30");
    // A known family name before a given name of two joined syllables.
    assert_eq!(
        read("Mr Koo Chen-fu met Kevin Lee on Thursday.", day),
        ["meeting occurred 1990-04-26..1990-04-26 - Kevin Lee+Koo Chen-fu"]
    );
    // A word that describes a noun is no misspelt surname (Cristiani).
    assert_eq!(
        read("Omar Haddad spoke by telephone on Saturday with Kevin Lee, head of the Christian militia.", day),
        ["call occurred 1990-04-28..1990-04-28 - Kevin Lee+Omar Haddad"]
    );
    // Honorifics of other languages are titles.
    assert_eq!(
        read("Signor Rumor met Kevin Lee in Lima on Monday.", day),
        ["meeting occurred 1990-04-30..1990-04-30 Lima Kevin Lee+Rumor"]
    );
}

#[test]
fn an_apostrophe_inside_a_name_keeps_it_whole() {
    let day = Some("1965-02-10");
    assert_eq!(
        read("Captain Terence O'Neill met Kevin Lee in Lima on Monday.", day),
        ["meeting occurred 1965-02-08..1965-02-08 Lima Kevin Lee+Terence O'Neill"]
    );
    assert_eq!(
        read("Kevin Lee and Captain O'Neill had spoken by telephone on Monday evening.", day),
        ["call occurred 1965-02-08..1965-02-08 - Kevin Lee+O'Neill"]
    );
}

#[test]
fn is_to_go_somewhere_for_talks_is_a_plan_there() {
    let day = Some("1965-02-10");
    assert_eq!(
        read("Ana Ruiz is to go to Lima on February 18 for talks with Kevin Lee.", day),
        ["meeting planned 1965-02-18..1965-02-18 Lima Ana Ruiz+Kevin Lee"]
    );
    assert_eq!(
        read("Ana Ruiz is to travel to Accra on February 18 for talks with Kevin Lee.", day),
        ["meeting planned 1965-02-18..1965-02-18 Accra Ana Ruiz+Kevin Lee"]
    );
}

#[test]
fn a_misspelt_surname_is_no_one_from_decades_away() {
    // Robert Malley's years in the gazetteer are the 2020s.
    // (Mallay, one letter off Malley, is someone else in 1973.)
    let text = "Mr. Mallay met Kevin Lee in Accra on Monday.";
    assert_eq!(read(text, Some("1973-07-04")), ["meeting occurred 1973-07-02..1973-07-02 Accra Kevin Lee+Mallay"]);
    assert_eq!(
        read(text, Some("2022-07-06")),
        ["meeting occurred 2022-07-04..2022-07-04 Accra Kevin Lee+Robert Malley"]
    );
}

#[test]
fn a_phrase_put_in_front_after_a_time_ends_at_its_comma() {
    let day = Some("2025-06-18");
    assert_eq!(
        read("Last Friday, hours after the strikes on Lima, President Ana Ruiz telephoned Kevin Lee.", day),
        ["call occurred 2025-06-13..2025-06-13 - Ana Ruiz+Kevin Lee"]
    );
    // The town the subject arrived in is where the meeting was.
    assert_eq!(
        read("On Monday, after arriving in Lima from Accra, Ana Ruiz met Kevin Lee.", day),
        ["meeting occurred 2025-06-16..2025-06-16 Lima Ana Ruiz+Kevin Lee"]
    );
    // A clock time is no clause: the signing keeps the day told before.
    assert_eq!(
        read("Ana Ruiz flew to Accra on Monday. Shortly after eight in the evening, she met Kevin Lee.", day),
        ["meeting occurred 2025-06-16..2025-06-16 Accra Ana Ruiz+Kevin Lee"]
    );
}

#[test]
fn a_bilateral_is_a_meeting_bilateral_trade_is_not() {
    assert_eq!(
        read("Ana Ruiz is due to hold a bilateral with Kevin Lee in Lima on Sunday.", Some("2024-05-10")),
        ["meeting planned 2024-05-12..2024-05-12 Lima Ana Ruiz+Kevin Lee"]
    );
    assert!(read("Ana Ruiz hailed a bilateral trade deal with Kevin Lee's government.", Some("2024-05-10")).is_empty());
}

#[test]
fn a_date_in_a_who_aside_yields_to_the_clauses_own() {
    // 2025-07-15 is a Tuesday.
    let got = read(
        "President Emmanuel Macron met Chancellor Friedrich Merz, who had arrived in Paris on Saturday night, at \
         the Elysee on Sunday morning.",
        Some("2025-07-15"),
    );
    assert_eq!(got, ["meeting occurred 2025-07-13..2025-07-13 Paris Emmanuel Macron+Friedrich Merz"]);
}

#[test]
fn the_two_and_both_ministers_are_the_two_people_named_before() {
    let got = read(
        "Marco Rubio met Hakan Fidan in Ankara on Friday. The two had spoken by phone in January.\n\n\
         President Recep Tayyip Erdogan received both ministers at his palace on Saturday.",
        Some("2025-07-14"),
    );
    assert_eq!(
        got,
        [
            "meeting occurred 2025-07-11..2025-07-11 Ankara Hakan Fidan+Marco Rubio",
            "call occurred 2025-01-01..2025-01-31 - Hakan Fidan+Marco Rubio",
            // (The two met in Ankara the day before: still there.)
            "meeting occurred 2025-07-12..2025-07-12 Ankara Hakan Fidan+Marco Rubio+Recep Tayyip Erdogan",
        ]
    );
}

#[test]
fn a_when_clause_put_in_front_dates_and_places_the_main_clause() {
    let got = read(
        "When Hakan Fidan was in Geneva earlier this month, he and Marco Rubio held a round of talks.",
        Some("2025-05-28"),
    );
    assert_eq!(got, ["meeting occurred 2025-05-01..2025-05-31 Geneva Hakan Fidan+Marco Rubio"]);
}

#[test]
fn the_chinese_leader_is_the_chinese_person_named_before() {
    let got = read(
        "President Xi Jinping arrived in Brasilia on Monday.\n\nOn Tuesday, President Luiz Inacio Lula da Silva \
         hosted the Chinese leader at the Alvorada Palace.",
        Some("2025-05-15"),
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].starts_with("meeting occurred 2025-05-13..2025-05-13"), "{got:?}");
    assert!(got[0].ends_with("Luiz Inacio Lula da Silva+Xi Jinping"), "{got:?}");
}

#[test]
fn met_each_leader_separately_is_one_meeting_with_each() {
    let got = read(
        "Prime Minister Keir Starmer and President Emmanuel Macron arrived in Rome on Monday.\n\n\
         On Tuesday, Prime Minister Giorgia Meloni met each leader separately before bringing them together.",
        Some("2025-05-14"),
    );
    assert_eq!(
        got,
        [
            "meeting occurred 2025-05-13..2025-05-13 Rome Emmanuel Macron+Giorgia Meloni",
            "meeting occurred 2025-05-13..2025-05-13 Rome Giorgia Meloni+Keir Starmer",
        ]
    );
}

#[test]
fn look_alikes_of_the_reference_rules_are_left_alone() {
    let day = Some("2025-05-14");
    // A demand, not a courtesy call.
    assert!(read("Chancellor Friedrich Merz calls on Vladimir Putin to accept a ceasefire.", day).is_empty());
    // "both men and women" is no pair of the people named before.
    let got = read(
        "Marco Rubio met Hakan Fidan in Ankara on Monday.\n\nOn Tuesday, President Recep Tayyip Erdogan met \
         survivors, both men and women, in Hatay.",
        day,
    );
    assert_eq!(got, ["meeting occurred 2025-05-12..2025-05-12 Ankara Hakan Fidan+Marco Rubio"]);
    // Two Chinese people named: "the Chinese premier" is not guessed.
    let got = read(
        "President Xi Jinping and Premier Li Qiang arrived in Brasilia on Monday.\n\nOn Tuesday, President Luiz \
         Inacio Lula da Silva hosted the Chinese premier at the Alvorada Palace.",
        day,
    );
    assert!(got.iter().all(|g| !g.contains("Xi Jinping+Luiz") && !g.ends_with("Lula da Silva+Xi Jinping")), "{got:?}");
}

#[test]
fn each_of_the_ministers_is_not_each_of_the_two_named_before() {
    let got = read(
        "Marco Rubio met Hakan Fidan in Ankara on Monday.\n\nOn Tuesday, Antony Blinken spoke with each of the Gulf \
         ministers in Riyadh.",
        Some("2025-05-14"),
    );
    assert!(got.iter().all(|g| !g.contains("Antony Blinken+Hakan Fidan")), "{got:?}");
}

#[test]
fn a_plan_on_a_condition_or_a_denied_report_is_no_event() {
    let got = read(
        "Prime Minister Mark Carney said he would meet President Claudia Sheinbaum \"if the tariff dispute is \
         settled\". Ottawa denied reports that Carney had met Sheinbaum in Monterrey. Chancellor Friedrich Merz \
         has no plans to meet Carney at the Group of Seven summit in Kananaskis next week. A meeting between \
         Merz and Sheinbaum was out of the question, an aide said.",
        Some("2025-06-10"),
    );
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn a_plan_that_names_no_condition_stays_planned() {
    let got = read(
        "Prime Minister Mark Carney will meet President Claudia Sheinbaum once more in Mexico City on Friday.",
        Some("2025-06-10"),
    );
    assert_eq!(got, ["meeting planned 2025-06-13..2025-06-13 Mexico City Claudia Sheinbaum+Mark Carney"]);
}

#[test]
fn an_object_pronoun_is_the_traveller_of_the_sentence_before() {
    let got = read(
        "Slovak Prime Minister Robert Fico flew to Vienna on Tuesday. Chancellor Christian Stocker received him \
         at the chancellery. Later, Fico travelled to Prague, where President Petr Pavel hosted the visiting \
         leader for dinner.",
        Some("2025-09-18"),
    );
    assert_eq!(
        got,
        [
            "meeting occurred 2025-09-16..2025-09-16 Vienna Christian Stocker+Robert Fico",
            "meeting occurred 2025-09-16..2025-09-16 Prague Petr Pavel+Robert Fico",
        ]
    );
}

#[test]
fn her_before_a_noun_is_a_possessive() {
    let got = read(
        "Foreign Minister Penny Wong met her counterpart Wang Yi in Canberra on Monday and thanked her hosts.",
        Some("2025-03-05"),
    );
    assert_eq!(got, ["meeting occurred 2025-03-03..2025-03-03 Canberra Penny Wong+Wang Yi"]);
}

#[test]
fn the_capital_of_a_demonym_is_that_countrys_capital_city() {
    let got = read(
        "Prime Minister Christopher Luxon held talks with President Prabowo Subianto in the Indonesian capital \
         on Tuesday.",
        Some("2025-05-15"),
    );
    assert_eq!(got, ["meeting occurred 2025-05-13..2025-05-13 Jakarta Christopher Luxon+Prabowo Subianto"]);
}

#[test]
fn a_known_surname_that_starts_another_name_is_a_given_name() {
    // "Kamel" is a bundled official's surname and a given name; here it starts
    // another man's name.
    let got = read(
        "Interior Minister Matteo Piantedosi held talks with his Tunisian counterpart Kamel Feki in Tunis on \
         Monday.",
        Some("2024-04-17"),
    );
    assert_eq!(got, ["meeting occurred 2024-04-15..2024-04-15 Tunis Kamel Feki+Matteo Piantedosi"]);
}

#[test]
fn portfolio_words_after_a_title_are_no_names() {
    let got = read(
        "The Minister of Foreign Affairs, African Cooperation and Expatriates, Nasser Bourita, was received by \
         Secretary of State Marco Rubio in Washington on Tuesday. Later, Premier Li Qiang welcomed Bourita and \
         held official talk with him.",
        Some("2025-04-09"),
    );
    assert_eq!(
        got,
        [
            "meeting occurred 2025-04-08..2025-04-08 Washington Marco Rubio+Nasser Bourita",
            "meeting occurred 2025-04-08..2025-04-08 Washington Li Qiang+Nasser Bourita",
        ]
    );
}

#[test]
fn met_one_and_held_talks_with_another_is_two_meetings() {
    let got = read(
        "President Gustavo Petro met President Daniel Noboa and held talks with Secretary of State Marco Rubio \
         in Quito on Saturday.",
        Some("2025-06-09"),
    );
    assert_eq!(
        got,
        [
            "meeting occurred 2025-06-07..2025-06-07 Quito Daniel Noboa+Gustavo Petro",
            "meeting occurred 2025-06-07..2025-06-07 Quito Gustavo Petro+Marco Rubio",
        ]
    );
}

#[test]
fn a_date_put_in_front_of_the_sentence_dates_its_meeting() {
    let got = read(
        "On Wednesday, hours after landing, Prime Minister Anthony Albanese paid a courtesy call on President \
         Ferdinand Marcos Jr.",
        Some("2025-06-13"),
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].starts_with("meeting occurred 2025-06-11..2025-06-11"), "{got:?}");
}

#[test]
fn a_person_in_a_relative_clause_about_a_thing_takes_no_part() {
    let got = read(
        "Foreign Minister Yvette Cooper held talks with President Ahmed al-Sharaa in Damascus on Monday, the first \
         such visit since the offensive that brought Bashar al-Assad down.",
        Some("2025-07-09"),
    );
    assert_eq!(got, ["meeting occurred 2025-07-07..2025-07-07 Damascus Ahmed al-Sharaa+Yvette Cooper"]);
}

#[test]
fn a_known_name_printed_family_name_first_and_translated_verbs() {
    let got = read(
        "Orbán Viktor prime minister today in Brussels held negotiation with Ursula von der Leyen. Yesterday \
         Fico Robert negotiated with Donald Tusk in Warsaw.",
        Some("2025-11-07"),
    );
    assert_eq!(
        got,
        [
            "meeting occurred 2025-11-07..2025-11-07 Brussels Ursula von der Leyen+Viktor Orban",
            "meeting occurred 2025-11-06..2025-11-06 Warsaw Donald Tusk+Robert Fico",
        ]
    );
}

#[test]
fn a_where_clause_takes_the_day_of_the_clause_before() {
    let got = read(
        "Prime Minister Mette Frederiksen was in Nuuk on Wednesday, where Premier Jens-Frederik Nielsen hosted \
         her for talks on defence.",
        Some("2025-04-05"),
    );
    assert_eq!(got, ["meeting occurred 2025-04-02..2025-04-02 Nuuk Jens-Frederik Nielsen+Mette Frederiksen"]);
}

#[test]
fn an_unknown_full_name_after_a_call_with_is_a_person() {
    let got =
        read("President Prabowo Subianto held a video call with Mateus Lobato Pires on Monday.", Some("2025-04-09"));
    assert_eq!(got, ["call occurred 2025-04-07..2025-04-07 - Mateus Lobato Pires+Prabowo Subianto"]);
}

#[test]
fn the_two_leaders_are_two_people_who_took_part_before_not_a_spokesman() {
    let got = read(
        "President Lula will meet President Gustavo Petro in Bogota on Thursday. Spokesman Laercio Portela \
         briefed reporters. Portela said the agenda was open. Portela added that trade would come up. The \
         visit was arranged when the two leaders spoke by phone earlier this month.",
        Some("2025-05-12"),
    );
    assert_eq!(got.len(), 2, "{got:?}");
    assert!(got[1].starts_with("call occurred 2025-05-01..2025-05-31"), "{got:?}");
    assert!(got[1].ends_with("Gustavo Petro+Luiz Inacio Lula da Silva"), "{got:?}");
}

#[test]
fn agreeing_to_meet_again_with_no_date_is_no_event() {
    let got = read(
        "Foreign Minister Penny Wong met Foreign Minister Wang Yi in Canberra on Monday. They agreed to meet \
         again, without setting a date.",
        Some("2025-03-05"),
    );
    assert_eq!(got, ["meeting occurred 2025-03-03..2025-03-03 Canberra Penny Wong+Wang Yi"]);
}

#[test]
fn two_nations_officials_named_by_demonym_and_rank_are_the_sides() {
    let got = read(
        "Thai and Cambodian army commanders met in Chanthaburi on Friday. Indonesian and Malaysian secretaries \
         held talks in Kuching on Saturday.",
        Some("2025-12-29"),
    );
    assert_eq!(got.len(), 2, "{got:?}");
    assert!(got[0].starts_with("meeting occurred 2025-12-26..2025-12-26"), "{got:?}");
    assert!(got[1].starts_with("meeting occurred 2025-12-27..2025-12-27"), "{got:?}");
}

#[test]
fn welcoming_an_agreement_and_meeting_during_a_visit_one_is_not_ready_for() {
    let got = read(
        "The European Union and the African Union welcomed the agreement on Tuesday. President Lee said he \
         would be ready to meet Kim Jong Un during Trump's visit.",
        Some("2025-10-22"),
    );
    assert!(got.is_empty(), "{got:?}");
    let got = read("President Lula welcomed Chinese President Xi Jinping in Brasilia on Tuesday.", Some("2025-10-22"));
    assert_eq!(got, ["meeting occurred 2025-10-21..2025-10-21 Brasilia Luiz Inacio Lula da Silva+Xi Jinping"]);
}

#[test]
fn the_title_is_the_one_person_named_with_it() {
    let got = read(
        "Prime Minister Petteri Orpo arrived in Tallinn on Monday. On Tuesday the prime minister held talks \
         with Kristen Michal. The President of the Riigikogu was not present.",
        Some("2025-03-12"),
    );
    assert_eq!(got, ["meeting occurred 2025-03-11..2025-03-11 Tallinn Kristen Michal+Petteri Orpo"]);
    // Two people with the title: "the president" is no one in particular.
    let got = read(
        "President Alar Karis met President Alexander Stubb in Helsinki on Monday. On Tuesday the president \
         held talks with Kristen Michal.",
        Some("2025-03-12"),
    );
    assert_eq!(got, ["meeting occurred 2025-03-10..2025-03-10 Helsinki Alar Karis+Alexander Stubb"]);
}

#[test]
fn a_second_meeting_the_same_day_is_where_the_first_was() {
    let got = read(
        "Prime Minister Luxon met President Prabowo Subianto in Jakarta on Friday. Later on Friday, Luxon held \
         separate talks with Foreign Minister Sugiono.",
        Some("2025-05-17"),
    );
    assert_eq!(
        got,
        [
            "meeting occurred 2025-05-16..2025-05-16 Jakarta Christopher Luxon+Prabowo Subianto",
            "meeting occurred 2025-05-16..2025-05-16 Jakarta Christopher Luxon+Sugiono",
        ]
    );
}

#[test]
fn names_written_family_name_first_are_people() {
    // Neither person is known; the family names that begin each name say so.
    let got = read(
        "Tanaka Hiroshi, director-general of the ministry's Europe Bureau, met Zhang Bo in Beijing on Tuesday.",
        Some("2025-07-12"),
    );
    assert_eq!(got, ["meeting occurred 2025-07-08..2025-07-08 Beijing Tanaka Hiroshi+Zhang Bo"]);
    // "Wei" is a bundled official's family name; after "Li" it is someone's given name.
    let got = read("Foreign Minister Hiroshi Tanaka met Li Wei in Beijing on Tuesday.", Some("2025-07-12"));
    assert_eq!(got, ["meeting occurred 2025-07-08..2025-07-08 Beijing Hiroshi Tanaka+Li Wei"]);
}

#[test]
fn a_present_tense_meeting_on_a_day_ahead_is_planned() {
    let got = read("Lindiwe Moyo and Carlos Reyes are meeting in Lisbon tomorrow.", Some("2025-07-12"));
    assert_eq!(got, ["meeting planned 2025-07-13..2025-07-13 Lisbon Carlos Reyes+Lindiwe Moyo"]);
    // A past tense keeps its status whatever else the sentence dates.
    let got = read("Lindiwe Moyo met Carlos Reyes in Lisbon on Friday.", Some("2025-07-12"));
    assert_eq!(got, ["meeting occurred 2025-07-11..2025-07-11 Lisbon Carlos Reyes+Lindiwe Moyo"]);
}

#[test]
fn a_present_progressive_with_a_day_is_an_arrangement() {
    // 2025-07-12 is a Saturday: "on Monday" is the coming one.
    let got = read("Lindiwe Moyo is meeting Carlos Reyes in Lisbon on Monday.", Some("2025-07-12"));
    assert_eq!(got, ["meeting planned 2025-07-14..2025-07-14 Lisbon Carlos Reyes+Lindiwe Moyo"]);
    let got = read("Lindiwe Moyo is hosting Carlos Reyes in Lisbon on Monday.", Some("2025-07-12"));
    assert_eq!(got, ["meeting planned 2025-07-14..2025-07-14 Lisbon Carlos Reyes+Lindiwe Moyo"]);
    // The past progressive tells what was going on.
    let got =
        read("Lindiwe Moyo was meeting Carlos Reyes in Lisbon on Monday when the news broke.", Some("2025-07-12"));
    assert_eq!(got, ["meeting occurred 2025-07-07..2025-07-07 Lisbon Carlos Reyes+Lindiwe Moyo"]);
    // "'s" after a name is the possessive, not "is": a meeting told as past.
    let got = read("Lindiwe Moyo's meeting with Carlos Reyes in Lisbon on Monday was cordial.", Some("2025-07-12"));
    assert_eq!(got, ["meeting occurred 2025-07-07..2025-07-07 Lisbon Carlos Reyes+Lindiwe Moyo"]);
}

#[test]
fn talks_after_which_a_plan_follows_are_planned_too() {
    // 2025-07-12 is a Saturday.
    let got =
        read("Lindiwe Moyo will fly to Madrid after meeting Carlos Reyes in Lisbon on Monday.", Some("2025-07-12"));
    assert_eq!(got, ["meeting planned 2025-07-14..2025-07-14 Lisbon Carlos Reyes+Lindiwe Moyo"]);
    // A verb of its own keeps its tense.
    let got = read(
        "Lindiwe Moyo will fly to Madrid, days after she met Carlos Reyes in Lisbon on Monday.",
        Some("2025-07-12"),
    );
    assert_eq!(got, ["meeting occurred 2025-07-07..2025-07-07 Lisbon Carlos Reyes+Lindiwe Moyo"]);
    let got = read("Lindiwe Moyo flew to Madrid after meeting Carlos Reyes in Lisbon on Monday.", Some("2025-07-12"));
    assert_eq!(got, ["meeting occurred 2025-07-07..2025-07-07 Lisbon Carlos Reyes+Lindiwe Moyo"]);
}

#[test]
fn a_named_mediator_or_chair_takes_part() {
    for text in [
        "Lindiwe Moyo and Carlos Reyes met in Brussels on Tuesday under the auspices of Peter Halvorsen.",
        "Lindiwe Moyo and Carlos Reyes met in Brussels on Tuesday in talks mediated by Peter Halvorsen.",
        "Lindiwe Moyo and Carlos Reyes met in Brussels on Tuesday under Peter Halvorsen's facilitation.",
    ] {
        let got = read(text, Some("2025-07-12"));
        assert_eq!(got, ["meeting occurred 2025-07-08..2025-07-08 Brussels Carlos Reyes+Lindiwe Moyo+Peter Halvorsen"]);
    }
    // A plan drawn up by someone does not bring them to the table.
    let got = read(
        "Lindiwe Moyo met Carlos Reyes in Brussels on Tuesday to discuss a plan drafted by Peter Halvorsen.",
        None,
    );
    assert_eq!(got, ["meeting occurred - Brussels Carlos Reyes+Lindiwe Moyo"]);
}

#[test]
fn a_blocs_meeting_with_its_chair_and_a_bilateral_on_its_sidelines_are_two_events() {
    let got = read(
        "ASEAN foreign ministers met in Lisbon from Tuesday to Friday for their annual meeting, chaired by Foreign \
         Minister Lindiwe Moyo. On Wednesday, Moyo met Secretary of State Carlos Reyes on the sidelines.",
        Some("2025-07-12"),
    );
    assert_eq!(
        got,
        [
            "meeting occurred 2025-07-08..2025-07-11 Lisbon Lindiwe Moyo",
            "meeting occurred 2025-07-09..2025-07-09 Lisbon Carlos Reyes+Lindiwe Moyo",
        ]
    );
    // One leader travelling to a bloc's summit is a trip, not a meeting.
    assert!(read("Lindiwe Moyo will travel to Lisbon next week for the ASEAN summit.", Some("2025-07-12")).is_empty());
}

#[test]
fn apostrophes_and_portuguese_e_stay_inside_a_name() {
    let got = read(
        "Deputy Prime Minister Tuilagi Ma'afala Tavita met Kevin Lee in Suva on Tuesday. Minister Carla Pinto e \
         Sousa met Ana Ruiz in Lisbon on Wednesday.",
        Some("2025-07-12"),
    );
    assert_eq!(
        got,
        [
            "meeting occurred 2025-07-08..2025-07-08 Suva Kevin Lee+Tuilagi Ma'afala Tavita",
            "meeting occurred 2025-07-09..2025-07-09 Lisbon Ana Ruiz+Carla Pinto e Sousa"
        ]
    );
}

#[test]
fn hyphenated_given_names_stay_whole() {
    let got = read("Foreign Minister Shih-chung Koranen met Kevin Lee in Oslo on Tuesday.", Some("2025-07-12"));
    assert_eq!(got, ["meeting occurred 2025-07-08..2025-07-08 Oslo Kevin Lee+Shih-chung Koranen"]);
    let got = read("Kevin Lee met Anne-Marie Trevelyan in Oslo on Tuesday.", Some("2025-07-12"));
    assert_eq!(got, ["meeting occurred 2025-07-08..2025-07-08 Oslo Anne-Marie Trevelyan+Kevin Lee"]);
}

#[test]
fn the_person_met_in_a_before_clause_is_not_in_the_main_meeting() {
    for text in [
        "Lindiwe Moyo hosted Carlos Reyes in Lisbon on Tuesday. A day before meeting Reyes she sat down with \
         President Kevin Lee in Porto.",
        "Lindiwe Moyo hosted Carlos Reyes in Lisbon on Tuesday. She sat down with President Kevin Lee in Porto a \
         day before meeting Reyes.",
    ] {
        let got = read(text, Some("2025-07-12"));
        assert_eq!(
            got,
            [
                "meeting occurred 2025-07-08..2025-07-08 Lisbon Carlos Reyes+Lindiwe Moyo",
                "meeting occurred 2025-07-07..2025-07-07 Porto Kevin Lee+Lindiwe Moyo",
            ],
            "{text}"
        );
    }
}

#[test]
fn a_seat_of_government_with_no_city_is_in_the_hosts_capital() {
    let got = read(
        "Chilean Foreign Minister Alberto van Klaveren was received by Peruvian President Dina Boluarte at the \
         presidential palace on Monday.",
        Some("2024-06-12"),
    );
    assert_eq!(got, ["meeting occurred 2024-06-10..2024-06-10 Lima Alberto van Klaveren+Dina Boluarte"]);
    // The country the clause travels to, when it names no host's nationality.
    let got = read(
        "On his first trip to Ghana, Vice President Kashim Shettima held talks with President John Mahama at \
         the presidential palace on Thursday.",
        Some("2025-02-15"),
    );
    assert_eq!(got, ["meeting occurred 2025-02-13..2025-02-13 Accra John Mahama+Kashim Shettima"]);
    // A city the clause names wins.
    let got = read(
        "Kenyan President William Ruto hosted Ethiopian Prime Minister Abiy Ahmed at State House in Mombasa on \
         Friday.",
        Some("2024-08-20"),
    );
    assert_eq!(got, ["meeting occurred 2024-08-16..2024-08-16 Mombasa Abiy Ahmed+William Ruto"]);
    // The nationality may name the seat itself.
    let got = read(
        "Foreign Minister Ingrid Dahl held talks with Foreign Minister Tomas Novak at the Norwegian foreign \
         ministry on Monday.",
        Some("2024-09-04"),
    );
    assert_eq!(got, ["meeting occurred 2024-09-02..2024-09-02 Oslo Ingrid Dahl+Tomas Novak"]);
}

#[test]
fn a_seat_of_government_is_the_hosts_not_the_guests() {
    // The guest's nationality says nothing of where the host's palace is.
    let got = read(
        "President Tomas Berg hosted his Finnish counterpart Pekka Salonen at the presidential palace on Monday.",
        Some("2025-06-12"),
    );
    assert_eq!(got, ["meeting occurred 2025-06-09..2025-06-09 - Pekka Salonen+Tomas Berg"]);
    let got = read(
        "Estonian President Kaja Tamm welcomed Finnish President Pekka Salonen at the presidential palace on \
         Monday.",
        Some("2025-06-12"),
    );
    assert_eq!(got, ["meeting occurred 2025-06-09..2025-06-09 Tallinn Kaja Tamm+Pekka Salonen"]);
    // The agent of a passive is the host.
    let got = read(
        "Finnish President Pekka Salonen was received by Estonian President Kaja Tamm at the presidential palace \
         on Monday.",
        Some("2025-06-12"),
    );
    assert_eq!(got, ["meeting occurred 2025-06-09..2025-06-09 Tallinn Kaja Tamm+Pekka Salonen"]);
}

#[test]
fn a_hosts_residence_is_in_the_capital_of_the_hosts_country() {
    let g = Gazetteer::builder()
        .people_tsv("test", "Kaja Tamm\tTamm\t\tEstonia\tpresident\nPekka Salonen\tSalonen\t\tFinland\tpresident\n")
        .build()
        .unwrap();
    let read = |text: &str| {
        let a = Article::new("t", text).with_published(NaiveDate::from_ymd_opt(2025, 6, 12).unwrap());
        let x = extract(&a, &g);
        x.events
            .iter()
            .map(|e| e.mentions[0].place.as_ref().map_or("-".to_string(), |p| p.name.clone()))
            .collect::<Vec<_>>()
    };
    assert_eq!(read("Tamm received Salonen at her official residence on Friday."), ["Tallinn"]);
    assert_eq!(read("Salonen was received by Tamm at the presidential palace on Friday."), ["Tallinn"]);
    // Without a verb of hosting, who is at home is not told.
    assert_eq!(read("Tamm met Salonen at the official residence on Friday."), ["-"]);
}

#[test]
fn a_misspelt_given_name_after_a_known_family_name_is_that_person() {
    // Family name first, as in Chinese, Korean or Hungarian order ("Lee" is also a
    // given name, so it does not stand for the person on its own here).
    let g = Gazetteer::builder().people_tsv("test", "Lee Sunhee\tLee\t\tSouth Korea\tminister\n").build().unwrap();
    let people = |text: &str| {
        let a = Article::new("t", text).with_published(NaiveDate::from_ymd_opt(2025, 6, 12).unwrap());
        extract(&a, &g).events.iter().flat_map(|e| e.mentions[0].participants.clone()).collect::<Vec<_>>()
    };
    assert_eq!(people("Ana Ruiz met Foreign Minister Lee Sunhe in Seoul on Friday."), ["Ana Ruiz", "Lee Sunhee"]);
    // Further off is someone else.
    assert_eq!(people("Ana Ruiz met Foreign Minister Lee Minjun in Seoul on Friday."), ["Ana Ruiz", "Lee Minjun"]);
}

#[test]
fn a_meeting_on_a_day_of_talks_someone_held_in_a_city_is_in_that_city() {
    let got = read(
        "Swedish Foreign Minister Anna Lindqvist held two days of talks with Finnish Foreign Minister Pekka \
         Salonen in Tallinn on March 3-4. Lindqvist was also received by President Kaja Tamm at his residence \
         on Tuesday.",
        Some("2025-03-05"),
    );
    assert_eq!(
        got,
        [
            "meeting occurred 2025-03-03..2025-03-04 Tallinn Anna Lindqvist+Pekka Salonen",
            "meeting occurred 2025-03-04..2025-03-04 Tallinn Anna Lindqvist+Kaja Tamm",
        ]
    );
}

#[test]
fn later_in_the_day_is_where_the_same_person_was_that_day() {
    let got = read(
        "Defence Minister Jonas Berg met Foreign Minister Lena Ilves in Riga on Monday. Separately, Trade \
         Minister Omar Haddad held talks with Finance Minister Mari Kask in Vilnius on Monday. Later in the day, \
         Berg met Prime Minister Evika Silina.",
        Some("2025-06-10"),
    );
    assert!(
        got.contains(&"meeting occurred 2025-06-09..2025-06-09 Riga Evika Silina+Jonas Berg".to_string()),
        "{got:?}"
    );
}

#[test]
fn at_the_same_venue_is_where_the_last_event_was() {
    let got = read(
        "Prime Minister Ana Costa met President Luis Prado in Montevideo on Monday. On Tuesday, Foreign Minister \
         Joao Reis held talks with Foreign Minister Pablo Sosa at the same hotel.",
        Some("2025-04-16"),
    );
    assert_eq!(
        got,
        [
            "meeting occurred 2025-04-14..2025-04-14 Montevideo Ana Costa+Luis Prado",
            "meeting occurred 2025-04-15..2025-04-15 Montevideo Joao Reis+Pablo Sosa",
        ]
    );
}

#[test]
fn a_direction_before_a_city_still_places_the_event_there() {
    let got = read(
        "Chancellor Olaf Berger met Prime Minister Sean Walsh at a museum in west London on Thursday.",
        Some("2025-07-18"),
    );
    assert_eq!(got, ["meeting occurred 2025-07-17..2025-07-17 London Olaf Berger+Sean Walsh"]);
    let got = read(
        "President Ivan Petrenko held talks with Prime Minister Maria Lund in central Kyiv on Friday.",
        Some("2025-07-19"),
    );
    assert_eq!(got, ["meeting occurred 2025-07-18..2025-07-18 Kyiv Ivan Petrenko+Maria Lund"]);
}

#[test]
fn a_plural_title_heads_a_list_of_names() {
    let got = read(
        "Foreign Ministers Ingrid Dahl and Tomas Novak held talks in Oslo on Monday. On Tuesday, the foreign \
         ministers met President Ana Ruiz.",
        Some("2024-09-04"),
    );
    assert_eq!(got[0], "meeting occurred 2024-09-02..2024-09-02 Oslo Ingrid Dahl+Tomas Novak");
    // "The foreign ministers" are both of them, never the one first named.
    assert!(!got.iter().any(|e| e.ends_with("Ana Ruiz+Ingrid Dahl")), "{got:?}");
    // In lower case the plural names the sides.
    let got = read("Thai and Cambodian foreign ministers held talks in Bangkok on Friday.", Some("2025-12-29"));
    assert_eq!(got, ["meeting occurred 2025-12-26..2025-12-26 Bangkok "]);
}

#[test]
fn may_the_month_is_no_hedge_and_a_month_can_be_told_by_its_year() {
    let got = read(
        "In May, President Luis Prado held talks with President Ana Ruiz in Lima. President Luis Prado will hold \
         talks with Prime Minister Ana Costa in Quito on May 3.",
        Some("2025-04-20"),
    );
    assert_eq!(
        got,
        [
            "meeting occurred 2024-05-01..2024-05-31 Lima Ana Ruiz+Luis Prado",
            "meeting planned 2025-05-03..2025-05-03 Quito Ana Costa+Luis Prado",
        ]
    );
    // The modal still hedges.
    assert!(read("A meeting between Luis Prado and Ana Ruiz may take place in Lima.", Some("2025-04-20")).is_empty());
    let got = read(
        "President Luis Prado held talks with President Ana Ruiz in Lima in March last year. They will meet \
         again in Quito in June next year.",
        Some("2025-04-20"),
    );
    assert_eq!(
        got,
        [
            "meeting occurred 2024-03-01..2024-03-31 Lima Ana Ruiz+Luis Prado",
            "meeting planned 2026-06-01..2026-06-30 Quito Ana Ruiz+Luis Prado",
        ]
    );
}

#[test]
fn two_countries_that_held_talks_are_both_sides() {
    let a = Article::new("t", "Iran and the United States held a fifth round of indirect talks in Rome on Friday.")
        .with_published(NaiveDate::from_ymd_opt(2025, 5, 24).unwrap());
    let x = extract(&a, &Gazetteer::bundled());
    assert_eq!(x.events.len(), 1, "{:?}", x.events);
    assert_eq!(x.events[0].mentions[0].groups, ["Iran", "United States"]);
    // A country that only speaks of talks is no side of them.
    assert!(read("France and Germany said on Tuesday that talks with Russia were off.", Some("2025-05-24")).is_empty());
}

#[test]
fn calling_for_talks_is_no_talks_and_will_hold_talks_has_both_sides() {
    let a = Article::new("t", "Britain and France have called for talks between Israel and Iran in Geneva on Friday.")
        .with_published(NaiveDate::from_ymd_opt(2025, 6, 18).unwrap());
    let x = extract(&a, &Gazetteer::bundled());
    assert!(
        x.events.iter().all(|e| e.mentions.iter().all(|m| !m.groups.contains(&"France".to_string()))),
        "{:?}",
        x.events
    );
    let a = Article::new("t", "Iran and the United States will hold talks in Muscat on Saturday.")
        .with_published(NaiveDate::from_ymd_opt(2025, 4, 10).unwrap());
    let x = extract(&a, &Gazetteer::bundled());
    assert_eq!(x.events.len(), 1, "{:?}", x.events);
    assert_eq!(x.events[0].mentions[0].groups, ["Iran", "United States"]);
}

#[test]
fn due_in_a_city_for_talks_is_a_plan() {
    let got = read(
        "President Ana Ruiz is due in Ankara on Wednesday for talks with President Luis Prado.",
        Some("2025-03-06"),
    );
    assert_eq!(got, ["meeting planned 2025-03-12..2025-03-12 Ankara Ana Ruiz+Luis Prado"]);
}

#[test]
fn a_visit_on_a_day_dates_the_meeting_told_next() {
    let got = read(
        "President Ana Ruiz visited Kyiv on Tuesday. Ruiz met President Luis Prado and discussed air defence.",
        Some("2025-03-06"),
    );
    assert_eq!(got, ["meeting occurred 2025-03-04..2025-03-04 Kyiv Ana Ruiz+Luis Prado"]);
}

#[test]
fn the_one_told_in_a_call_was_on_the_call() {
    for text in [
        "President Ana Ruiz told President Luis Prado in a phone call on Monday that trade would grow.",
        "In a phone call on Monday, President Ana Ruiz told President Luis Prado that trade would grow.",
    ] {
        assert_eq!(
            read(text, Some("2025-10-15")),
            ["call occurred 2025-10-13..2025-10-13 - Ana Ruiz+Luis Prado"],
            "{text}"
        );
    }
    // Reporters told about talks were not in them.
    assert!(read("During the talks, President Ana Ruiz told reporters that trade would grow.", Some("2025-10-15"))
        .is_empty());
}

#[test]
fn a_video_conference_is_a_call_and_a_press_conference_no_event() {
    let got = read(
        "Foreign Minister Ana Ruiz held a video conference with Foreign Minister Luis Prado on Tuesday.",
        Some("2025-10-15"),
    );
    assert_eq!(got, ["call occurred 2025-10-14..2025-10-14 - Ana Ruiz+Luis Prado"]);
    for how in ["held a teleconference with", "held telephone talks with", "met virtually with"] {
        let got = read(
            &format!("Foreign Minister Ana Ruiz {how} Foreign Minister Luis Prado on Tuesday."),
            Some("2025-10-15"),
        );
        assert_eq!(got, ["call occurred 2025-10-14..2025-10-14 - Ana Ruiz+Luis Prado"], "{how}");
    }
    assert!(read(
        "Foreign Minister Ana Ruiz held a press conference with Foreign Minister Luis Prado on Tuesday.",
        Some("2025-10-15")
    )
    .is_empty());
}

#[test]
fn a_title_after_and_is_no_person() {
    for title in ["Deputy Foreign Minister", "Acting Prime Minister", "Deputy Minister"] {
        let got = read(&format!("Ana Ruiz and {title} Luis Prado met in Oslo on Friday."), Some("2025-10-15"));
        assert_eq!(got, ["meeting occurred 2025-10-10..2025-10-10 Oslo Ana Ruiz+Luis Prado"], "{title}");
    }
}

/// Every mention, one line each, with its delegations: status, dates, place, groups.
fn read_groups(text: &str, published: &str) -> Vec<String> {
    let a = Article::new("t", text).with_published(NaiveDate::parse_from_str(published, "%Y-%m-%d").unwrap());
    let x = extract(&a, &Gazetteer::bundled());
    x.events
        .iter()
        .flat_map(|e| e.mentions.iter())
        .map(|m| {
            let date = m.date.map_or("-".to_string(), |d| format!("{}..{}", d.start, d.end));
            let place = m.place.as_ref().map_or("-", |p| p.name.as_str());
            format!("{} {date} {place} {}", m.status.as_str(), m.groups.join("+"))
        })
        .collect()
}

#[test]
fn unnamed_leaders_and_ministers_of_two_countries_are_the_sides() {
    for who in ["presidents", "prime ministers", "finance ministers", "ambassadors"] {
        let got = read_groups(&format!("The Peruvian and Ecuadorian {who} met in Lima on Tuesday."), "2025-03-12");
        assert_eq!(got, ["occurred 2025-03-11..2025-03-11 Lima Ecuador+Peru"], "{who}");
    }
}

#[test]
fn heads_of_state_are_people_and_heads_to_is_a_journey() {
    let got = read_groups("The heads of state of Ghana and Togo met in Accra on Monday.", "2025-03-12");
    assert_eq!(got, ["occurred 2025-03-10..2025-03-10 Accra Ghana+Togo"]);
    let got = read(
        "President Ana Ruiz heads to Oslo on Friday for talks with Prime Minister Luis Prado.",
        Some("2025-03-12"),
    );
    assert_eq!(got, ["meeting planned 2025-03-14..2025-03-14 Oslo Ana Ruiz+Luis Prado"]);
}

#[test]
fn a_surname_that_names_a_country_is_the_person_the_article_named() {
    let got = read(
        "Prime Minister Ana Montenegro met President Luis Prado in Lima on Monday. Prado and Montenegro had \
         met before in Quito in 2024.",
        Some("2025-06-18"),
    );
    assert_eq!(
        got,
        [
            "meeting occurred 2025-06-16..2025-06-16 Lima Ana Montenegro+Luis Prado",
            "meeting occurred 2024-01-01..2024-12-31 Quito Ana Montenegro+Luis Prado",
        ]
    );
    // Met before, but once and on a date.
    let got = read("President Luis Prado and Ana Ruiz had met before in Quito in 2024.", Some("2025-06-18"));
    assert_eq!(got, ["meeting occurred 2024-01-01..2024-12-31 Quito Ana Ruiz+Luis Prado"]);
    assert!(read("President Luis Prado and Ana Ruiz have met before.", Some("2025-06-18")).is_empty());
    // After "in", "to", "visited" the name is the country still.
    let got = read("President Luis Prado met Ana Montenegro in Montenegro on Monday.", Some("2025-06-18"));
    assert_eq!(got, ["meeting occurred 2025-06-16..2025-06-16 Montenegro Ana Montenegro+Luis Prado"]);
}

#[test]
fn an_unlisted_town_right_after_met_in_is_the_place() {
    let got = read("President Ana Ruiz met in Ilulissat with Prime Minister Luis Prado on Friday.", Some("2025-06-11"));
    assert_eq!(got, ["meeting occurred 2025-06-06..2025-06-06 Ilulissat Ana Ruiz+Luis Prado"]);
    // A known body, a month, or a name that runs on is no town.
    for (text, place) in [
        ("President Ana Ruiz met in Parliament with Prime Minister Luis Prado on Friday.", "-"),
        ("President Ana Ruiz held talks in June with Prime Minister Luis Prado.", "-"),
    ] {
        let got = read(text, Some("2025-06-11"));
        assert_eq!(got.len(), 1, "{text}");
        assert_eq!(got[0].split(' ').nth(3), Some(place), "{text}");
    }
}

#[test]
fn speaking_after_talks_put_in_front_gives_the_speaker_a_part() {
    for lead in ["Speaking after meeting", "Speaking to reporters after talks with", "After meeting"] {
        let got = read(
            &format!("{lead} Prime Minister Luis Prado on Monday, President Ana Ruiz said trade would grow."),
            Some("2025-02-12"),
        );
        assert_eq!(got, ["meeting occurred 2025-02-10..2025-02-10 - Ana Ruiz+Luis Prado"], "{lead}");
    }
}

#[test]
fn a_plan_agreed_on_in_a_call_is_a_second_event() {
    for text in [
        "President Ana Ruiz and Prime Minister Luis Prado agreed in a phone call on Tuesday to meet next month in Oslo.",
        "President Ana Ruiz and Prime Minister Luis Prado spoke by phone on Tuesday and agreed to meet next month in Oslo.",
        "In a phone call on Tuesday, President Ana Ruiz and Prime Minister Luis Prado agreed to meet next month in Oslo.",
        "President Ana Ruiz spoke by phone with Prime Minister Luis Prado on Tuesday and the two agreed to meet next \
         month in Oslo.",
    ] {
        assert_eq!(
            read(text, Some("2025-04-17")),
            [
                "call occurred 2025-04-15..2025-04-15 - Ana Ruiz+Luis Prado",
                "meeting planned 2025-05-01..2025-05-31 Oslo Ana Ruiz+Luis Prado",
            ],
            "{text}"
        );
    }
    // Agreed with no event before it: the plan alone.
    assert_eq!(
        read("President Ana Ruiz and Prime Minister Luis Prado agreed to meet next month in Oslo.", Some("2025-04-17")),
        ["meeting planned 2025-05-01..2025-05-31 Oslo Ana Ruiz+Luis Prado"]
    );
}

#[test]
fn the_head_of_a_delegation_takes_part() {
    for how in ["led by", "headed by"] {
        let got = read(
            &format!("A delegation {how} Foreign Minister Ana Ruiz met Prime Minister Luis Prado in Oslo on Monday."),
            Some("2025-10-08"),
        );
        assert_eq!(got, ["meeting occurred 2025-10-06..2025-10-06 Oslo Ana Ruiz+Luis Prado"], "{how}");
    }
}

#[test]
fn days_after_the_event_just_told_count_back_from_it() {
    let got = read(
        "President Ana Ruiz spoke by phone with Prime Minister Luis Prado on Monday, two days after meeting Foreign \
         Minister Hakan Fidan in Ankara.",
        Some("2025-11-20"),
    );
    assert_eq!(
        got,
        [
            "call occurred 2025-11-17..2025-11-17 - Ana Ruiz+Luis Prado",
            "meeting occurred 2025-11-15..2025-11-15 Ankara Ana Ruiz+Hakan Fidan",
        ]
    );
    // From the story's last dated event when the sentence has none.
    let got = read(
        "President Ana Ruiz spoke by phone with Prime Minister Luis Prado on Monday. The call came a day after Ruiz \
         met Foreign Minister Hakan Fidan in Ankara.",
        Some("2025-11-20"),
    );
    assert!(
        got.contains(&"meeting occurred 2025-11-16..2025-11-16 Ankara Ana Ruiz+Hakan Fidan".to_string()),
        "{got:?}"
    );
}

#[test]
fn a_country_in_the_possessive_before_its_leader_is_no_side() {
    let got = read_groups("Norway's Luis Prado met Chile's Ana Ruiz in Oslo on Saturday.", "2025-05-28");
    assert_eq!(got, ["occurred 2025-05-24..2025-05-24 Oslo "]);
}

#[test]
fn that_morning_and_the_same_evening_are_the_day_in_context() {
    let got = read(
        "The Interior Ministry said in March that border posts would reopen. Peru said on Friday it would open an \
         embassy, after Foreign Minister Ana Ruiz held talks with her counterpart Luis Prado at the ministry that \
         morning.",
        Some("2025-10-10"),
    );
    assert_eq!(got, ["meeting occurred 2025-10-10..2025-10-10 - Ana Ruiz+Luis Prado"]);
    let got = read(
        "President Ana Ruiz arrived in Lima on Wednesday and met Prime Minister Luis Prado. Security adviser \
         Carlos Reyes met her separately the same evening.",
        Some("2025-10-10"),
    );
    assert_eq!(
        got,
        [
            "meeting occurred 2025-10-08..2025-10-08 Lima Ana Ruiz+Luis Prado",
            "meeting occurred 2025-10-08..2025-10-08 Lima Ana Ruiz+Carlos Reyes",
        ]
    );
}

#[test]
fn on_the_sixth_is_a_day_of_the_month_the_tense_points_to() {
    let got = read(
        "Foreign Minister Kaja Tamm met her counterpart Luis Prado in Riga on the 6th to coordinate.",
        Some("2025-02-10"),
    );
    assert_eq!(got, ["meeting occurred 2025-02-06..2025-02-06 Riga Kaja Tamm+Luis Prado"]);
    let got = read("Foreign Minister Kaja Tamm will meet Luis Prado in Riga on the 6th.", Some("2025-02-10"));
    assert_eq!(got, ["meeting planned 2025-03-06..2025-03-06 Riga Kaja Tamm+Luis Prado"]);
    // An ordinal of something else is no day (the story's day stands in).
    let got = read("Kaja Tamm met Luis Prado in Riga on the 6th anniversary of the accord.", Some("2025-02-10"));
    assert_eq!(got, ["meeting occurred 2025-02-10..2025-02-10 Riga Kaja Tamm+Luis Prado"]);
}

#[test]
fn bilaterals_in_a_summit_story_are_where_the_summit_is() {
    let got = read(
        "President Ana Ruiz used the G20 summit in Rio de Janeiro on Tuesday as the stage for a series of meetings. \
         On Monday, Ruiz met Prime Minister Luis Prado. Carlos Reyes will be received by Ruiz on Wednesday in \
         Brasilia for a state visit. On the sidelines of the summit, Prime Minister Kaja Tamm met Reyes on Monday. \
         Also on Monday, President Pekka Salonen met Chancellor Lindiwe Moyo.",
        Some("2025-11-19"),
    );
    assert_eq!(
        got,
        [
            "meeting occurred 2025-11-17..2025-11-17 Rio de Janeiro Ana Ruiz+Luis Prado",
            "meeting planned 2025-11-19..2025-11-19 Brasilia Ana Ruiz+Carlos Reyes",
            "meeting occurred 2025-11-17..2025-11-17 Rio de Janeiro Carlos Reyes+Kaja Tamm",
            "meeting occurred 2025-11-17..2025-11-17 Rio de Janeiro Lindiwe Moyo+Pekka Salonen",
        ]
    );
}

#[test]
fn a_known_name_before_a_lineage_is_part_of_someone_elses_name() {
    // The gazetteer knows a "Sheikh Nasser" and a "Haddad"; the article names two
    // other people whose names hold those words.
    let g = Gazetteer::builder()
        .people_tsv(
            "test",
            "Nasser Al-Fahad Al-Mansour\tSheikh Nasser|Al-Mansour\t\tKuwait\temir\nOmar Haddad\tHaddad\t\tJordan\tminister\n",
        )
        .build()
        .unwrap();
    let people = |text: &str| {
        let a = Article::new("t", text).with_published(NaiveDate::from_ymd_opt(2025, 6, 12).unwrap());
        extract(&a, &g).events.iter().flat_map(|e| e.mentions[0].participants.clone()).collect::<Vec<_>>()
    };
    assert_eq!(
        people("Crown Prince Sheikh Nasser Al-Salem Al-Jaber Al-Mansour hosted Ana Ruiz for lunch on Friday."),
        ["Ana Ruiz", "Nasser Al-Salem Al-Jaber Al-Mansour"]
    );
    assert_eq!(
        people("Ana Ruiz held talks with the emir, Sheikh Haddad Al-Khalid Al-Mansour, on Friday."),
        ["Ana Ruiz", "Haddad Al-Khalid Al-Mansour"]
    );
    // The known people themselves are still found.
    assert_eq!(people("Ana Ruiz met Sheikh Nasser on Friday."), ["Ana Ruiz", "Nasser Al-Fahad Al-Mansour"]);
    // A venue named after someone is no person.
    assert_eq!(
        people("Ana Ruiz met Luis Prado at the Sheikh Saad Al-Salem Sports Complex on Friday."),
        ["Ana Ruiz", "Luis Prado"]
    );
}

#[test]
fn a_month_of_that_year_takes_the_year_told_before_it() {
    let got = read(
        "The two countries set up their partnership in 2013, when party chief Ana Ruiz held talks with President \
         Luis Prado in Jakarta in June that year.",
        Some("2025-03-10"),
    );
    assert_eq!(got, ["meeting occurred 2013-06-01..2013-06-30 Jakarta Ana Ruiz+Luis Prado"]);
}

#[test]
fn calling_on_someone_for_talks_is_a_meeting_an_appeal_is_not() {
    let got = read(
        "Premier Luis Prado will then call on President Ana Ruiz in Lima on Wednesday for a bilateral meeting.",
        Some("2025-05-26"),
    );
    assert_eq!(got, ["meeting planned 2025-05-28..2025-05-28 Lima Ana Ruiz+Luis Prado"]);
    let got =
        read("Luis Prado was the first to visit, calling on President Ana Ruiz in Lima on May 4.", Some("2025-05-26"));
    assert_eq!(got, ["meeting occurred 2025-05-04..2025-05-04 Lima Ana Ruiz+Luis Prado"]);
    assert!(read("Luis Prado called on President Ana Ruiz to resign on Monday.", Some("2025-05-26")).is_empty());
    assert!(read("Luis Prado is calling on Ana Ruiz for calm in Lima.", Some("2025-05-26")).is_empty());
}

#[test]
fn a_long_name_a_letter_or_two_off_a_known_one_is_that_person() {
    let g = Gazetteer::builder()
        .people_tsv("test", "Nasser Al-Fahad Al-Dhaheri\tSheikh Nasser\t\tKuwait\temir\n")
        .build()
        .unwrap();
    let a = Article::new("t", "Ana Ruiz held talks with the emir, Sheikh Naser Al-Fahad Al-Dhaheri, on Friday.")
        .with_published(NaiveDate::from_ymd_opt(2025, 6, 12).unwrap());
    let people: Vec<String> = extract(&a, &g).events.iter().flat_map(|e| e.mentions[0].participants.clone()).collect();
    assert_eq!(people, ["Ana Ruiz", "Nasser Al-Fahad Al-Dhaheri"]);
}

#[test]
fn the_same_day_and_the_next_day_count_from_a_day_told_without_an_event() {
    // A sentence that names a day but no meeting sets the story's day; without
    // it, "the next day" counted from the publication and read as still to come.
    let got = read(
        "The cabinet met in emergency session on Monday. The next day Prime Minister Anna Lindqvist met \
         Foreign Minister Tomas Varga in Oslo.",
        Some("2025-04-24"),
    );
    assert_eq!(got, ["meeting occurred 2025-04-22..2025-04-22 Oslo Anna Lindqvist+Tomas Varga"]);
    // "On the same day" put in front without a comma leaves the subject a party.
    let got = read(
        "Parliament voted on the budget on Wednesday. On the same day Prime Minister Anna Lindqvist spoke by \
         phone with Foreign Minister Tomas Varga.",
        Some("2025-04-24"),
    );
    assert_eq!(got, ["call occurred 2025-04-23..2025-04-23 - Anna Lindqvist+Tomas Varga"]);
    // A day inside a relative clause is background, not the story's day: the
    // meeting before stays the anchor.
    let got = read(
        "Prime Minister Anna Lindqvist met President Ilse Brandt in Oslo on Thursday. Brandt, who took office \
         on March 3, is expected to stand again next year. A day earlier, Foreign Minister Tomas Varga met \
         Jonas Hartmann in Oslo.",
        Some("2025-04-26"),
    );
    assert!(got.iter().any(|l| l.starts_with("meeting occurred 2025-04-23..2025-04-23 Oslo")), "{got:?}");
}

#[test]
fn previous_talks_with_a_day_or_month_are_one_meeting() {
    let got = read(
        "Anna Lindqvist's previous talks with Tomas Varga took place in Berlin in September last year.",
        Some("2024-09-18"),
    );
    assert_eq!(got, ["meeting occurred 2023-09-01..2023-09-30 Berlin Anna Lindqvist+Tomas Varga"]);
    // Without a day or a month they may be any number of meetings.
    assert!(read("Anna Lindqvist and Tomas Varga held previous talks in Berlin.", Some("2024-09-18")).is_empty());
    assert!(
        read("Anna Lindqvist and Tomas Varga held previous talks in Berlin in 2023.", Some("2024-09-18")).is_empty()
    );
}

#[test]
fn a_person_described_by_country_and_role_is_the_one_named_before() {
    let text = |described: &str| {
        format!(
            "President Xi Jinping and Foreign Minister Wang Yi arrived in Brasilia on Monday. Foreign Minister \
             Mauro Vieira met {described} on Wednesday."
        )
    };
    let got = read(&text("the Chinese leader"), Some("2024-11-25"));
    assert_eq!(got, ["meeting occurred 2024-11-20..2024-11-20 Brasilia Mauro Vieira+Xi Jinping"]);
    let got = read(&text("the Chinese minister"), Some("2024-11-25"));
    assert_eq!(got, ["meeting occurred 2024-11-20..2024-11-20 Brasilia Mauro Vieira+Wang Yi"]);
    // A demonym before a title gives someone the gazetteer does not know a country.
    let got = read(
        "Ghanaian President Kofi Mensah Boateng arrived in Tokyo on Monday. Prime Minister Shigeru Ishiba met the \
         Ghanaian leader on Tuesday.",
        Some("2024-11-25"),
    );
    assert_eq!(got, ["meeting occurred 2024-11-19..2024-11-19 Tokyo Kofi Mensah Boateng+Shigeru Ishiba"]);
    // No one of that country named before: no one is guessed.
    assert!(read("Mauro Vieira met the Chinese leader on Wednesday.", Some("2024-11-25"))
        .iter()
        .all(|l| !l.contains("Xi Jinping")));
}

#[test]
fn would_meet_when_the_time_comes_is_no_plan() {
    let got = read(
        "Prime Minister Anna Lindqvist has said she would meet Tomas Varga again \"when the time is right\", but \
         no date has been set.",
        Some("2025-06-23"),
    );
    assert!(got.is_empty(), "{got:?}");
    // A day in the sentence makes it a plan; so does "will".
    assert_eq!(
        read("Anna Lindqvist said she would meet Tomas Varga when he visits Oslo on Friday.", Some("2025-06-23")).len(),
        1
    );
    assert_eq!(read("Anna Lindqvist will meet Tomas Varga when he visits Oslo.", Some("2025-06-23")).len(), 1);
}

#[test]
fn the_two_countries_are_the_two_the_sentences_before_named() {
    let got = read_groups(
        "Chile and Peru agreed on Monday to reopen the border crossing. Customs teams from the two countries had \
         met in Tacna the day before. Officials from both countries will meet again in Arica next week.",
        "2025-03-04",
    );
    assert_eq!(
        got,
        ["occurred 2025-03-02..2025-03-02 Tacna Chile+Peru", "planned 2025-03-01..2025-03-31 Arica Chile+Peru"]
    );
}

#[test]
fn the_two_countries_after_three_countries_are_no_one() {
    let got = read(
        "Chile, Peru and Bolivia agreed on Monday to reopen the border crossing. Customs teams from the two \
         countries had met in Tacna the day before.",
        Some("2025-03-04"),
    );
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn an_annual_meeting_still_to_be_set_up_is_no_plan() {
    let got = read(
        "Chile and Peru signed a defence pact in Lima on Monday. President Ana Ruiz and President Kevin Lee will \
         also hold an annual leaders' meeting, alternating between the two capitals, with dates to be agreed.",
        Some("2025-03-04"),
    );
    assert!(got.iter().all(|e| !e.contains("planned")), "{got:?}");
    let got = read(
        "Prime Minister Ana Ruiz met President Kevin Lee at the annual summit in Tokyo on Friday.",
        Some("2025-03-04"),
    );
    assert_eq!(got, ["meeting occurred 2025-02-28..2025-02-28 Tokyo Ana Ruiz+Kevin Lee"]);
}

#[test]
fn a_name_after_the_title_of_a_body_and_a_comma_is_a_person() {
    let got = read(
        "President Kevin Lee called on the Chairman of the Supreme Economic Council of the Republic, Tavake \
         Halvorsk, in Prague on Friday.",
        Some("2025-03-04"),
    );
    assert_eq!(got, ["meeting occurred 2025-02-28..2025-02-28 Prague Kevin Lee+Tavake Halvorsk"]);
}

#[test]
fn a_name_after_counterpart_is_that_counterpart() {
    let got = read(
        "Prime Minister Kevin Lee met Ana Ruiz on Wednesday. Interior Minister Tomas Berg is due in Oslo on Monday \
         to meet his Norwegian counterpart Tavake Halvorsk.",
        Some("2025-03-06"),
    );
    assert_eq!(
        got,
        [
            "meeting occurred 2025-03-05..2025-03-05 - Ana Ruiz+Kevin Lee",
            "meeting planned 2025-03-10..2025-03-10 Oslo Tavake Halvorsk+Tomas Berg"
        ]
    );
}

#[test]
fn the_two_sides_of_a_meeting_of_two_named_people_are_no_delegations() {
    let got = read_groups(
        "Norwegian and Danish officials met in Bergen on Monday. Prime Minister Kevin Lee hosted President Ana Ruiz \
         in Oslo on Wednesday, and officials on both sides signed a fisheries pact.",
        "2025-03-06",
    );
    assert_eq!(got, ["occurred 2025-03-03..2025-03-03 Bergen Denmark+Norway", "occurred 2025-03-05..2025-03-05 Oslo "]);
}

#[test]
fn an_invitation_to_attend_a_summit_and_none_of_this_are_no_events() {
    let got = read(
        "The invitation to President Kevin Lee to attend the G20 Leaders' Summit in November stands. None of \
         this makes a meeting between Kevin Lee and Ana Ruiz likely.",
        Some("2025-05-20"),
    );
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn a_new_subject_after_comma_and_opens_its_own_clause() {
    let got = read(
        "The cabinet held its first formal meeting on Monday, and Prime Minister Kevin Lee is expected to travel to \
         Madrid later this month for talks with President Ana Ruiz.",
        Some("2025-04-03"),
    );
    assert_eq!(got, ["meeting planned 2025-04-01..2025-04-30 Madrid Ana Ruiz+Kevin Lee"]);
    // (A list is no clause: "B, C, and the Dutch prime minister".)
    let got = read(
        "President Ana Ruiz met Kevin Lee, Tomas Berg, and the Dutch Prime Minister Dick Schoof in Madrid on Monday.",
        Some("2025-04-03"),
    );
    assert_eq!(got, ["meeting occurred 2025-03-31..2025-03-31 Madrid Ana Ruiz+Dick Schoof+Kevin Lee+Tomas Berg"]);
}

#[test]
fn capitalised_words_before_a_body_name_no_person() {
    let got = read(
        "President Kevin Lee held talks with Interim Governing Council chairman Tavake Halvorsk in Suva on Monday.",
        Some("2025-04-03"),
    );
    assert_eq!(got, ["meeting occurred 2025-03-31..2025-03-31 Suva Kevin Lee+Tavake Halvorsk"]);
}

#[test]
fn a_when_clause_after_the_meeting_gives_its_day_and_town() {
    let got = read(
        "Prime Minister Kevin Lee went to Spain instead, where he met President Ana Ruiz when he visited Seville \
         late last year.",
        Some("2025-04-02"),
    );
    assert_eq!(got, ["meeting occurred 2024-01-01..2024-12-31 Seville Ana Ruiz+Kevin Lee"]);
    // (A "when" clause with a meeting of its own keeps its date to itself.)
    let got =
        read("Kevin Lee met Ana Ruiz in Madrid when Tomas Berg held talks with them on Monday.", Some("2025-04-02"));
    assert!(got.iter().any(|e| e.starts_with("meeting occurred - Madrid Ana Ruiz+Kevin Lee")), "{got:?}");
}

#[test]
fn the_second_day_of_a_visit_is_that_day_only() {
    let got = read(
        "President Ana Ruiz received Prime Minister Kevin Lee in Madrid on Thursday, on the second day of a state \
         visit.",
        Some("2024-11-29"),
    );
    assert_eq!(got, ["meeting occurred 2024-11-28..2024-11-28 Madrid Ana Ruiz+Kevin Lee"]);
    let got = read(
        "On Thursday, the second and final day of the summit, Ana Ruiz met Kevin Lee in Madrid.",
        Some("2024-11-29"),
    );
    assert_eq!(got, ["meeting occurred 2024-11-27..2024-11-28 Madrid Ana Ruiz+Kevin Lee"]);
}

#[test]
fn a_town_after_to_and_comma_in_and_an_airport_name() {
    let got = read(
        "President Ana Ruiz will travel on Friday to Vallejuelo, in Peru's southern Puno region, to meet President \
         Kevin Lee.",
        Some("2025-08-11"),
    );
    assert_eq!(got, ["meeting planned 2025-08-15..2025-08-15 Vallejuelo Ana Ruiz+Kevin Lee"]);
    // (A word before "airport" is its name, not a misspelt surname: "Maas".)
    let got = read("Kevin Lee was welcomed at Manas airport by President Ana Ruiz on Wednesday.", Some("2025-08-11"));
    assert_eq!(got, ["meeting occurred 2025-08-06..2025-08-06 - Ana Ruiz+Kevin Lee"]);
}

#[test]
fn the_two_presidents_are_the_ones_named_as_presidents() {
    let got = read(
        "French President Emmanuel Macron received his Nigerian counterpart Bola Tinubu in Paris on Thursday. \
         Foreign Minister Yusuf Tuggar met Jean-Noel Barrot at the Quai d'Orsay on Wednesday. The two presidents \
         first met in Paris in June 2023.",
        Some("2024-11-29"),
    );
    assert_eq!(got[2], "meeting occurred 2023-06-01..2023-06-30 Paris Bola Tinubu+Emmanuel Macron");
}

#[test]
fn someone_whose_aide_met_is_no_party() {
    let got = read("In September, Tomas Berg, Kevin Lee's chief negotiator, met Ana Ruiz in Doha.", Some("2024-01-10"));
    assert_eq!(got, ["meeting occurred 2023-09-01..2023-09-30 Doha Ana Ruiz+Tomas Berg"]);
}

#[test]
fn a_turkic_patronymic_ends_a_name() {
    let got = read(
        "President Ana Ruiz received Speaker Talant Bekmurat uulu and Cabinet Chairman Aibek Saltanov separately in \
         Bishkek on Wednesday.",
        Some("2025-03-13"),
    );
    assert_eq!(
        got,
        [
            "meeting occurred 2025-03-12..2025-03-12 Bishkek Ana Ruiz+Talant Bekmurat uulu",
            "meeting occurred 2025-03-12..2025-03-12 Bishkek Aibek Saltanov+Ana Ruiz"
        ]
    );
}

#[test]
fn watching_a_ceremony_by_video_link_is_no_call() {
    let got = read(
        "Ana Ruiz and Kevin Lee met in Lima on Wednesday. The two presidents also watched, by video link, the \
         opening of a border bridge.",
        Some("2025-03-13"),
    );
    assert_eq!(got, ["meeting occurred 2025-03-12..2025-03-12 Lima Ana Ruiz+Kevin Lee"]);
}

#[test]
fn a_live_blog_entry_tells_the_day_of_the_blog() {
    let text = "LIVE | The president in Lima\nSunday 15 June 2025\n\n18:20\nThat is all from us today.\n\n\
                14:05\nPresident Ana Ruiz sat down with Prime Minister Kevin Lee for talks at the palace in Lima.\n\n\
                10:15\nSome background: the two had met in Quito in March.\n\n09:30\nWelcome to our coverage.\n";
    let got = read(text, None);
    assert_eq!(
        got,
        [
            "meeting occurred 2025-06-15..2025-06-15 Lima Ana Ruiz+Kevin Lee",
            "meeting occurred 2025-03-01..2025-03-31 Quito Ana Ruiz+Kevin Lee"
        ]
    );
    // (Not without the times: a plain story's undated talks stay undated.)
    let plain = text.replace("18:20\n", "").replace("14:05\n", "").replace("10:15\n", "").replace("09:30\n", "");
    assert!(read(&plain, None)[0].starts_with("meeting occurred - Lima"), "{:?}", read(&plain, None));
}

#[test]
fn spoken_by_phone_twice_is_a_count() {
    let got = read(
        "Kevin Lee has said he would visit Peru when the time is right, and Ana Ruiz has spoken with him by phone \
         twice since the spring.",
        Some("2025-10-20"),
    );
    assert!(got.is_empty(), "{got:?}");
    // (A date's "the day before" counts nothing.)
    let got = read("Tomas Berg and Kevin Lee had met in Asmara the day before.", Some("2025-10-20"));
    assert_eq!(got, ["meeting occurred 2025-10-19..2025-10-19 Asmara Kevin Lee+Tomas Berg"]);
}

#[test]
fn a_live_blog_on_the_second_day_of_a_summit_dates_it_from_the_day_before() {
    let text = "LIVE | Leaders in Vilnius\nWednesday 25 June 2025\n\n16:00\nThat is all from us.\n\n12:10\nLeaders \
                posed for a photo.\n\n08:00\nWelcome to our coverage of the second and final day of the NATO summit \
                in Vilnius.\n";
    let got = read_groups(text, "2025-06-25");
    assert_eq!(got, ["occurred 2025-06-24..2025-06-25 Vilnius NATO"]);
}

#[test]
fn a_name_right_after_the_title_of_a_body_is_linked_to_the_meeting() {
    let got = read(
        "President Kevin Lee also met Chairman of the Standing Committee of the National Assembly Tavake \
         Halvorsk in Hanoi on Wednesday.",
        Some("2025-04-24"),
    );
    assert_eq!(got, ["meeting occurred 2025-04-23..2025-04-23 Hanoi Kevin Lee+Tavake Halvorsk"]);
    // (The body's own name is nobody: "the Head of the Kherson Regional Military
    // Administration, A".)
    let got = read(
        "The Head of the Kherson Regional Military Administration, Oleksandr Prokudin, met Ana Ruiz in Kherson on \
         Wednesday.",
        Some("2025-04-24"),
    );
    assert_eq!(got, ["meeting occurred 2025-04-23..2025-04-23 Kherson Ana Ruiz+Oleksandr Prokudin"]);
}

#[test]
fn the_agents_of_a_conversation_held_by_them_take_part() {
    let got = read(
        "The ministry recalled the telephone conversation held on 31 July by President Ana Ruiz and Prime \
         Minister Kevin Lee.",
        Some("2025-08-02"),
    );
    assert_eq!(got, ["call occurred 2025-07-31..2025-07-31 - Ana Ruiz+Kevin Lee"]);
}

#[test]
fn a_team_and_officials_of_a_country_after_comma_and_are_a_new_meeting() {
    let got = read_groups(
        "Trade Minister Ana Ruiz met Kevin Lee in Lima in April, and a Chilean technical team held talks with \
         officials of the Peruvian Ministry of Trade in Lima on Monday. Chile and Peru signed a deal. Technical \
         teams from the two interior ministries met in Arica earlier this month.",
        "2025-05-14",
    );
    assert_eq!(
        got,
        [
            "occurred 2025-04-01..2025-04-30 Lima ",
            "occurred 2025-05-12..2025-05-12 Lima Chile+Peru",
            "occurred 2025-05-01..2025-05-31 Arica Chile+Peru"
        ]
    );
}

#[test]
fn who_met_in_a_town_is_there_for_the_next_days_meetings() {
    let got = read(
        "President Ana Ruiz met Kevin Lee in Bergen on Wednesday evening. On Thursday, Ruiz also had lunch with \
         Tomas Berg. In November, Ruiz met Kevin Lee again.",
        Some("2025-04-03"),
    );
    assert_eq!(
        got,
        [
            "meeting occurred 2025-04-02..2025-04-02 Bergen Ana Ruiz+Kevin Lee",
            "meeting occurred 2025-04-03..2025-04-03 Bergen Ana Ruiz+Tomas Berg",
            "meeting occurred 2024-11-01..2024-11-30 - Ana Ruiz+Kevin Lee"
        ]
    );
}

#[test]
fn a_hyphenated_title_introduces_a_name() {
    let got = read("Ana Ruiz met Vice-President Tavake Halvorsk in Lobito on Wednesday.", Some("2024-12-03"));
    assert_eq!(got, ["meeting occurred 2024-11-27..2024-11-27 Lobito Ana Ruiz+Tavake Halvorsk"]);
}

#[test]
fn a_when_clause_after_a_journey_happens_where_it_went() {
    let got = read("Ana Ruiz came to Bergen in early April, when she met Kevin Lee.", Some("2025-06-15"));
    assert_eq!(got, ["meeting occurred 2025-04-01..2025-04-30 Bergen Ana Ruiz+Kevin Lee"]);
}

#[test]
fn a_seat_of_government_is_in_the_country_of_the_passive_agent() {
    let got = read(
        "Peru's Kevin Lee was received at the presidential palace by Tunisian President Ana Ruiz on Monday.",
        Some("2024-10-11"),
    );
    assert_eq!(got, ["meeting occurred 2024-10-07..2024-10-07 Tunis Ana Ruiz+Kevin Lee"]);
}

#[test]
fn a_residence_in_a_visited_country_is_in_its_capital() {
    let got = read(
        "Kevin Lee arrived on Wednesday on his first state visit to Kyrgyzstan. On Wednesday evening Lee \
         received Speaker Talant Bekmurat uulu at his residence.",
        Some("2025-03-13"),
    );
    assert_eq!(got, ["meeting occurred 2025-03-12..2025-03-12 Bishkek Kevin Lee+Talant Bekmurat uulu"]);
}

#[test]
fn a_date_before_a_colon_and_a_square_date_and_place_the_meeting_after() {
    let got = read(
        "On 3 September 2024 it was Kevin Lee's turn: President Ana Ruiz received him with full honours on \
         Red Square.",
        Some("2025-07-10"),
    );
    assert_eq!(got, ["meeting occurred 2024-09-03..2024-09-03 Moscow Ana Ruiz+Kevin Lee"]);
}

#[test]
fn the_day_the_sentence_before_told_of_a_party_dates_the_meeting() {
    let got = read(
        "Kevin Lee, prime minister since the start of the month, made Bergen his first foreign stop on Monday. \
         President Ana Ruiz received him in the Norwegian city.",
        Some("2025-11-14"),
    );
    assert_eq!(got, ["meeting occurred 2025-11-10..2025-11-10 - Ana Ruiz+Kevin Lee"]);
}

#[test]
fn a_town_after_in_is_the_place_even_before_a_title() {
    let got = read(
        "On 3 April, President Kevin Lee received in Samarkand President of the Council Ana Ruiz.",
        Some("2025-04-04"),
    );
    assert_eq!(got, ["meeting occurred 2025-04-03..2025-04-03 Samarkand Ana Ruiz+Kevin Lee"]);
}

#[test]
fn a_chinese_or_korean_family_name_alone_is_the_person_named_before() {
    let got = read(
        "Theresa Lazaro met Chinese Vice Foreign Minister Chen Haoming in Manila on Tuesday. Vice Foreign Minister \
         Chen is scheduled to call on Foreign Secretary Enrique Manalo on Wednesday.",
        Some("2024-07-03"),
    );
    assert_eq!(
        got,
        [
            "meeting occurred 2024-07-02..2024-07-02 Manila Chen Haoming+Theresa Lazaro",
            "meeting planned 2024-07-03..2024-07-03 Manila Chen Haoming+Enrique Manalo"
        ]
    );
}

#[test]
fn the_i_of_a_first_person_release_is_the_person_its_header_names() {
    let got = read(
        "Office of the Prime Minister\nThe Hon Kevin Lee MP\nMEDIA STATEMENT\n\nThis morning I welcomed President \
         Ana Ruiz to Wellington for talks. \"I met her twice last year,\" said Foreign Minister Omar Haddad. \
         President Ruiz hosted me in Lima in March, my first trip to South America, when we agreed on a trade plan.",
        Some("2025-06-11"),
    );
    assert_eq!(
        got,
        [
            "meeting occurred 2025-06-11..2025-06-11 Wellington Ana Ruiz+Kevin Lee",
            "meeting occurred 2025-03-01..2025-03-31 Lima Ana Ruiz+Kevin Lee",
        ]
    );
}

#[test]
fn a_date_before_an_apposition_dates_the_when_clause_after_it() {
    let got = read(
        "Prime Minister Kevin Lee went to Lima in March, his first trip abroad as leader, when President Ana Ruiz \
         received him.",
        Some("2025-06-11"),
    );
    assert_eq!(got, ["meeting occurred 2025-03-01..2025-03-31 Lima Ana Ruiz+Kevin Lee"]);
}

#[test]
fn questions_habits_and_counts_tell_no_meeting() {
    let got = read(
        "Q: Will Prime Minister Kevin Lee also meet President Ana Ruiz in Lima? Foreign Minister Omar Haddad \
         speaks with Ana Ruiz almost every week. Kevin Lee and Ana Ruiz have now met in person five times, and \
         they agreed to keep meeting regularly.",
        Some("2025-06-11"),
    );
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn a_full_name_with_another_given_name_is_not_a_misspelt_known_person() {
    let got = read(
        "Special envoy Miroslav Lajcak will host the lead negotiators for both parties, Petar Petkovic and Besnik \
         Bislimi, in Brussels on Friday.",
        Some("2023-03-20"),
    );
    assert_eq!(got, ["meeting planned 2023-03-24..2023-03-24 Brussels Besnik Bislimi+Miroslav Lajcak+Petar Petkovic"]);
}

#[test]
fn separate_talks_with_two_people_are_two_meetings() {
    let got = read(
        "On Tuesday, President Ana Ruiz held separate talks with Prime Minister Kevin Lee and Foreign Minister Omar \
         Haddad in Lima.",
        Some("2025-06-12"),
    );
    assert_eq!(
        got,
        [
            "meeting occurred 2025-06-10..2025-06-10 Lima Ana Ruiz+Kevin Lee",
            "meeting occurred 2025-06-10..2025-06-10 Lima Ana Ruiz+Omar Haddad",
        ]
    );
}

#[test]
fn what_a_wire_tells_of_its_day_happened_where_it_is_datelined() {
    let text = "LIMA, June 12 (Wire) - Regional leaders gathered for a trade forum on Thursday. Markets were calm. \
                The forum opened with speeches. Delegates debated tariffs.\n\
                On Thursday, President Ana Ruiz met Prime Minister Kevin Lee. Kevin Lee flew on to Quito, where he \
                held talks with Foreign Minister Omar Haddad on Friday. On Thursday, Foreign Minister Lin Wei met \
                Trade Minister Sara Cole.";
    let got = read(text, Some("2025-06-13"));
    // (Written on Thursday 12 June, the wire's past "on Friday" is the 6th.)
    assert_eq!(
        got,
        [
            "meeting occurred 2025-06-12..2025-06-12 Lima Ana Ruiz+Kevin Lee",
            "meeting occurred 2025-06-06..2025-06-06 Quito Kevin Lee+Omar Haddad",
            "meeting occurred 2025-06-12..2025-06-12 - Lin Wei+Sara Cole",
        ]
    );
}

#[test]
fn the_present_tense_with_a_day_weeks_ahead_is_a_schedule() {
    let got = read(
        "Prime Minister Kevin Lee and President Ana Ruiz meet in Lima on June 20 for their annual summit. \
         Foreign Minister Omar Haddad and Foreign Minister Lin Wei met in Quito on June 2.",
        Some("2025-06-06"),
    );
    assert_eq!(
        got,
        [
            "meeting planned 2025-06-20..2025-06-20 Lima Ana Ruiz+Kevin Lee",
            "meeting occurred 2025-06-02..2025-06-02 Quito Lin Wei+Omar Haddad",
        ]
    );
}

#[test]
fn a_date_in_front_of_the_clause_dates_it_over_an_aside() {
    let got = read(
        "The presidents signed a trade pact on Tuesday. The day before, Foreign Minister Omar Haddad and \
         Foreign Minister Lin Wei met in Quito to settle the texts signed on Tuesday. On the previous day, \
         June 1, Prime Minister Kevin Lee met President Ana Ruiz in Lima.",
        Some("2025-06-05"),
    );
    assert_eq!(
        got,
        [
            "meeting occurred 2025-06-02..2025-06-02 Quito Lin Wei+Omar Haddad",
            "meeting occurred 2025-06-01..2025-06-01 Lima Ana Ruiz+Kevin Lee",
        ]
    );
}

#[test]
fn the_two_who_first_met_are_the_pair_just_told_at_another_occasion() {
    let got = read(
        "President Ana Ruiz hosted Prime Minister Kevin Lee in Lima on Monday. Ruiz praised Lee, and \
         Lee praised Ruiz. On the margins, Trade Minister \
         Omar Haddad met Trade Minister Lin Wei. The two first met earlier this month in Paris. The summit is \
         under way.",
        Some("2025-06-23"),
    );
    assert_eq!(
        got,
        [
            "meeting occurred 2025-06-23..2025-06-23 Lima Ana Ruiz+Kevin Lee",
            "meeting occurred - - Lin Wei+Omar Haddad",
            "meeting occurred 2025-06-01..2025-06-30 Paris Lin Wei+Omar Haddad",
        ]
    );
}

#[test]
fn the_president_in_capitals_is_the_first_named_of_two() {
    let got = read(
        "President Ana Ruiz and President Kevin Lee held talks in Lima on Tuesday. The President later called on \
         Prime Minister Omar Haddad at the Government Palace.",
        Some("2025-06-12"),
    );
    assert_eq!(
        got,
        [
            "meeting occurred 2025-06-10..2025-06-10 Lima Ana Ruiz+Kevin Lee",
            "meeting occurred 2025-06-10..2025-06-10 Lima Ana Ruiz+Omar Haddad",
        ]
    );
}

#[test]
fn one_clause_with_a_town_for_each_object_is_two_meetings() {
    let got = read(
        "In May, President Ana Ruiz met Prime Minister Kevin Lee in Quito and Foreign Minister Omar Haddad in Lima.",
        Some("2025-06-12"),
    );
    assert_eq!(
        got,
        [
            "meeting occurred 2025-05-01..2025-05-31 Quito Ana Ruiz+Kevin Lee",
            "meeting occurred 2025-05-01..2025-05-31 Lima Ana Ruiz+Omar Haddad",
        ]
    );
}

#[test]
fn and_he_will_hold_talks_is_where_the_clause_before_goes() {
    let got = read(
        "President Ana Ruiz will come to Quito on Monday for a session of the Peru-Chile joint commission, and she \
         will hold talks with President Kevin Lee.",
        Some("2025-06-12"),
    );
    assert_eq!(got, ["meeting planned 2025-06-16..2025-06-16 Quito Ana Ruiz+Kevin Lee"]);
}

#[test]
fn a_tour_of_hosts_in_one_sentence_each_meets_the_guest_on_its_day() {
    let got = read(
        "On March 3, General Omar Haddad was received by President Ana Ruiz in Lima; the next day Prime Minister \
         Kevin Lee hosted him in Quito, and on March 9 President Lin Wei met him in Bogota.",
        Some("2025-06-12"),
    );
    assert_eq!(
        got,
        [
            "meeting occurred 2025-03-03..2025-03-03 Lima Ana Ruiz+Omar Haddad",
            "meeting occurred 2025-03-04..2025-03-04 Quito Kevin Lee+Omar Haddad",
            "meeting occurred 2025-03-09..2025-03-09 Bogota Lin Wei+Omar Haddad",
        ]
    );
}

#[test]
fn a_relative_clause_about_a_meeting_is_its_own_event() {
    let got = read(
        "President Ana Ruiz, who met Prime Minister Kevin Lee in Quito in March, will hold talks with Foreign \
         Minister Omar Haddad in Lima on June 20.",
        Some("2025-06-12"),
    );
    assert_eq!(
        got,
        [
            "meeting occurred 2025-03-01..2025-03-31 Quito Ana Ruiz+Kevin Lee",
            "meeting planned 2025-06-20..2025-06-20 Lima Ana Ruiz+Omar Haddad",
        ]
    );
}

#[test]
fn a_several_day_visit_in_an_aside_does_not_stretch_the_encounter() {
    let got = read(
        "President Ana Ruiz was received on Saturday by President Kevin Lee in Quito, the first stop of a five-day \
         state visit.",
        Some("2025-06-16"),
    );
    assert_eq!(got, ["meeting occurred 2025-06-14..2025-06-14 Quito Ana Ruiz+Kevin Lee"]);
}

#[test]
fn a_seat_of_government_is_in_the_country_the_subjects_title_names() {
    let got = read(
        "On July 7, the President of Mongolia Ana Ruiz held an official meeting with Emperor Kevin Lee of Japan at \
         the State Palace.",
        Some("2025-07-08"),
    );
    assert_eq!(got, ["meeting occurred 2025-07-07..2025-07-07 Ulaanbaatar Ana Ruiz+Kevin Lee"]);
}

#[test]
fn the_end_of_the_month_and_the_end_of_may_are_that_month() {
    let got = read(
        "President Ana Ruiz is due in Quito at the end of the month for talks with President Kevin Lee. Foreign \
         Minister Omar Haddad will meet Foreign Minister Lin Wei in Lima at the end of May. He may meet Sara Cole \
         in Bogota on June 2.",
        Some("2025-04-09"),
    );
    assert_eq!(
        got,
        [
            "meeting planned 2025-04-01..2025-04-30 Quito Ana Ruiz+Kevin Lee",
            "meeting planned 2025-05-01..2025-05-31 Lima Lin Wei+Omar Haddad",
        ]
    );
}

#[test]
fn a_fronted_phrase_without_its_comma_leaves_the_subject_after_it() {
    let got = read(
        "President Ana Ruiz will leave for Japan on Monday. On Tuesday she will address a forum in Osaka, and on the \
         sidelines she will meet Prime Minister Kevin Lee. On the sidelines Omar Haddad will meet Lin Wei.",
        Some("2025-03-24"),
    );
    assert_eq!(
        got,
        [
            "meeting planned 2025-03-25..2025-03-25 Osaka Ana Ruiz+Kevin Lee",
            "meeting planned 2025-03-25..2025-03-25 Osaka Lin Wei+Omar Haddad",
        ]
    );
}

#[test]
fn also_met_is_on_the_occasion_just_told() {
    let got = read(
        "LIMA, Peru - President Ana Ruiz met regional leaders in Lima on Thursday. On the margins, Ruiz held talks \
         with Kevin Lee on Thursday morning. Lee has asked for help. Ruiz made no promise. \"We will see,\" she \
         said. Ruiz also sat down with Omar Haddad after the session.",
        Some("2023-02-17"),
    );
    assert_eq!(
        got,
        [
            "meeting occurred 2023-02-16..2023-02-16 Lima Ana Ruiz+Kevin Lee",
            "meeting occurred 2023-02-16..2023-02-16 Lima Ana Ruiz+Omar Haddad",
        ]
    );
}

#[test]
fn a_live_blog_of_a_summit_in_a_town_places_that_days_meetings() {
    let got = read(
        "DAILY PAPER\nLIVE: Andean summit in Quito - as it happened\n\n18:55\nThe summit is over. Leaders signed a \
         declaration.\n\n15:40\nAna Ruiz and Kevin Lee held a bilateral meeting in a side room this afternoon.\n\n\
         09:10\nRuiz had breakfast with Omar Haddad at the hotel this morning, his office says.\n",
        Some("2023-01-24"),
    );
    assert_eq!(
        got,
        [
            "meeting occurred 2023-01-24..2023-01-24 Quito Ana Ruiz+Kevin Lee",
            "meeting occurred 2023-01-24..2023-01-24 Quito Ana Ruiz+Omar Haddad",
        ]
    );
}

#[test]
fn met_a_and_then_b_is_two_meetings() {
    let got = read(
        "In Tokyo on Monday, Prime Minister Ana Ruiz met Chile's President Kevin Lee and then Peru's Omar Haddad. \
         Ruiz met Lin Wei and then Sara Cole flew home.",
        Some("2024-07-17"),
    );
    assert_eq!(
        got,
        [
            "meeting occurred 2024-07-15..2024-07-15 Tokyo Ana Ruiz+Kevin Lee",
            "meeting occurred 2024-07-15..2024-07-15 Tokyo Ana Ruiz+Omar Haddad",
            "meeting occurred - - Ana Ruiz+Lin Wei",
        ]
    );
}

#[test]
fn a_he_that_opens_the_sentence_is_the_he_later_in_it() {
    let got = read(
        "Chancellor Omar Haddad landed in Lima on Saturday. He flies to Quito the following day to meet Kevin Lee, \
         and on Monday he will be received by Lin Wei in Bogota.",
        Some("2023-01-28"),
    );
    assert_eq!(
        got,
        [
            "meeting planned 2023-01-29..2023-01-29 Quito Kevin Lee+Omar Haddad",
            "meeting planned 2023-01-30..2023-01-30 Bogota Lin Wei+Omar Haddad",
        ]
    );
}

#[test]
fn an_accord_signed_in_a_relative_clause_is_the_signers_meeting() {
    let day = Some("2024-06-20");
    assert_eq!(
        read("The accord that Ana Ruiz signed with Kevin Lee in Accra in March 2019 still stands.", day),
        ["meeting occurred 2019-03-01..2019-03-31 Accra Ana Ruiz+Kevin Lee"]
    );
    assert_eq!(
        read(
            "The texts were drafted by Ana Ruiz and Kevin Lee, who signed the border protocol in Lima on May 21.",
            day
        ),
        ["meeting occurred 2024-05-21..2024-05-21 Lima Ana Ruiz+Kevin Lee"]
    );
    assert_eq!(
        read("The protocol was initialled in Accra by the two ambassadors, Ana Ruiz and Kevin Lee.", day),
        ["meeting occurred 2024-06-20..2024-06-20 Accra Ana Ruiz+Kevin Lee"]
    );
    // (The signer of the treaty a clause recalls was not at the visit of its
    // sentence; the signing is an event of its own, on its own day.)
    let got = read(
        "Omar Haddad arrived in Lima on Monday for his first visit since the treaty that Ana Ruiz signed with Kevin \
         Lee in Accra last year.",
        day,
    );
    assert!(got.contains(&"meeting occurred 2023-01-01..2023-12-31 Accra Ana Ruiz+Kevin Lee".to_string()), "{got:?}");
    assert!(got.iter().all(|r| !(r.contains("Ana Ruiz") && r.contains("Omar Haddad"))), "{got:?}");
}

#[test]
fn delegations_of_two_ministries_are_the_countries_sides() {
    assert_eq!(
        read_groups(
            "Delegations of the Peruvian and Ghanaian foreign ministries met in Lima on Tuesday.",
            "2024-06-20"
        ),
        ["occurred 2024-06-18..2024-06-18 Lima Ghana+Peru"]
    );
}

#[test]
fn the_peruvian_president_is_the_one_a_title_ties_to_peru() {
    for named in [
        "Peruvian President Ana Ruiz",
        "Peru's President Ana Ruiz",
        "Peru's president, Ana Ruiz,",
        "President Ana Ruiz of Peru",
        "Ana Ruiz, the President of Peru,",
    ] {
        let got = read(
            &format!(
                "LIMA, June 19 - {named} welcomed Chancellor Kevin Lee of Ghana today. On Wednesday morning the \
                 Peruvian president received Omar Haddad at the residence."
            ),
            Some("2024-06-20"),
        );
        assert_eq!(got.len(), 2, "{named}: {got:?}");
        assert_eq!(got[1], "meeting occurred 2024-06-19..2024-06-19 Lima Ana Ruiz+Omar Haddad", "{named}");
    }
}

#[test]
fn who_a_since_clause_names_did_not_meet() {
    let got = read(
        "Peruvian President Ana Ruiz arrived in Lima on Monday. Before the session Mr Kevin Lee and Mrs Ruiz \
         withdrew for private talks, their first meeting since the Peruvian president succeeded the late Omar Haddad \
         last month.",
        Some("2024-06-20"),
    );
    assert_eq!(got, ["meeting occurred 2024-06-17..2024-06-17 Lima Ana Ruiz+Kevin Lee"]);
}

#[test]
fn two_who_talked_on_a_day_in_a_town_met_there() {
    let day = Some("2024-06-20");
    assert_eq!(
        read("LIMA, June 19 - Ana Ruiz and Kevin Lee talked on Monday in the capital.", day),
        ["meeting occurred 2024-06-17..2024-06-17 Lima Ana Ruiz+Kevin Lee"]
    );
    assert_eq!(
        read("ACCRA, June 19 - Ana Ruiz and Kevin Lee spoke on Monday here.", day),
        ["meeting occurred 2024-06-17..2024-06-17 Accra Ana Ruiz+Kevin Lee"]
    );
    // (With no place, the line.)
    assert_eq!(
        read("Ana Ruiz and Kevin Lee spoke on Monday about the crisis.", day),
        ["call occurred 2024-06-17..2024-06-17 - Ana Ruiz+Kevin Lee"]
    );
}

#[test]
fn this_city_is_the_datelines_town() {
    let day = Some("2024-06-20");
    for town in ["this city", "our city"] {
        assert_eq!(
            read(
                &format!(
                    "LIMA, June 19 - Omar Haddad arrived. The rain fell. Crowds waited. Ana Ruiz and Kevin Lee, who \
                     met in {town} in May, spoke again."
                ),
                day
            ),
            ["meeting occurred 2024-05-01..2024-05-31 Lima Ana Ruiz+Kevin Lee"],
            "{town}"
        );
    }
}

#[test]
fn an_airport_named_after_someone_is_no_one_met() {
    for airport in ["Indira Gandhi International Airport", "King Abdulaziz International Airport"] {
        assert_eq!(
            read(&format!("Ana Ruiz was met at {airport} on Monday by Kevin Lee."), Some("2024-06-20")),
            ["meeting occurred 2024-06-17..2024-06-17 - Ana Ruiz+Kevin Lee"],
            "{airport}"
        );
    }
}

#[test]
fn hyphenated_military_ranks_are_titles() {
    for rank in ["Major-General", "Lieutenant-General", "Vice-Admiral", "Lieutenant-Colonel", "Brigadier-General"] {
        assert_eq!(
            read(&format!("{rank} Omar Haddad met Kevin Lee in Lima on Monday."), Some("2024-06-20")),
            ["meeting occurred 2024-06-17..2024-06-17 Lima Kevin Lee+Omar Haddad"],
            "{rank}"
        );
    }
}

#[test]
fn given_names_spelt_another_way_before_a_known_surname_are_that_persons() {
    let got = read(
        "Kevin Lee arrived on Monday. Yesterday he was received by the leader of the opposition, Atal Behari \
         Vajpayee, at his residence.",
        Some("1996-02-13"),
    );
    assert_eq!(got, ["meeting occurred 1996-02-12..1996-02-12 - Atal Bihari Vajpayee+Kevin Lee"]);
}

#[test]
fn two_each_of_a_country_who_signed_it_met() {
    let day = Some("1995-01-25");
    let got = read("Presidents Ana Ruiz of Peru and Kevin Lee of Chile signed yesterday the accords on the port.", day);
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].starts_with("meeting occurred 1995-01-24..1995-01-24 - Ana Ruiz+Kevin Lee"), "{got:?}");
    assert_eq!(
        read("After a year of talks, Ana Ruiz and Kevin Lee signed it in Lima on 20 November 1994.", day),
        ["meeting occurred 1994-11-20..1994-11-20 Lima Ana Ruiz+Kevin Lee"]
    );
}

#[test]
fn the_capital_is_the_town_the_story_is_in() {
    let day = Some("1995-01-25");
    // The town of the story's latest event.
    let got = read(
        "Ana Ruiz and Kevin Lee held talks in Lusaka on Monday. The rain fell. Crowds waited. Five days earlier \
         Omar Haddad and Tomas Berg had met in the capital.",
        day,
    );
    assert_eq!(got[1], "meeting occurred 1995-01-18..1995-01-18 Lusaka Omar Haddad+Tomas Berg");
    // The capital of the country the sentence names.
    let got = read("Ana Ruiz flew to Ghana on Monday and met Kevin Lee in the capital.", day);
    assert_eq!(got, ["meeting occurred 1995-01-23..1995-01-23 Accra Ana Ruiz+Kevin Lee"]);
    // "There" after "in the Zambian capital".
    let got = read(
        "The accord was negotiated in the Zambian capital over a year. Ana Ruiz and Kevin Lee signed it there on \
         20 November 1994.",
        day,
    );
    assert_eq!(got, ["meeting occurred 1994-11-20..1994-11-20 Lusaka Ana Ruiz+Kevin Lee"]);
}

#[test]
fn a_place_between_commas_does_not_hide_what_was_signed() {
    assert_eq!(
        read(
            "Ana Ruiz and Kevin Lee signed yesterday, in this port of the south, the agreements on the free zone.",
            Some("1992-01-25")
        ),
        ["meeting occurred 1992-01-24..1992-01-24 - Ana Ruiz+Kevin Lee"]
    );
    // (A clause after a comma is no object: "signed, and the talks ended".)
    assert!(read("Ana Ruiz and Kevin Lee signed, and the treaty lapsed.", Some("1992-01-25")).is_empty());
}

#[test]
fn the_delegations_are_the_two_sides_told_before() {
    let got = read_groups(
        "Peruvian and Chilean delegations met in Lima on Monday. The delegations will meet again in Santiago next \
         month to review the accord.",
        "1998-10-21",
    );
    assert_eq!(
        got,
        ["occurred 1998-10-19..1998-10-19 Lima Chile+Peru", "planned 1998-11-01..1998-11-30 Santiago Chile+Peru"]
    );
    for next in
        ["Delegations will meet again in Santiago in March.", "A joint commission will meet in Santiago in March."]
    {
        let got = read_groups(&format!("Peruvian and Chilean delegations met in Lima on Monday. {next}"), "1998-10-21");
        assert_eq!(got[1..], ["planned 1999-03-01..1999-03-31 Santiago Chile+Peru"], "{next}");
    }
}

#[test]
fn a_call_or_meeting_with_ones_own_minister_is_no_event() {
    let day = Some("1998-10-21");
    assert!(read("On Friday, Ana Ruiz spoke by telephone with her vice-president, Kevin Lee.", day).is_empty());
    assert!(read("Ana Ruiz met her foreign minister, Kevin Lee, on Friday.", day).is_empty());
    // (One who came along is a party; so is the subject's own minister abroad.)
    assert_eq!(
        read("Ana Ruiz met Omar Haddad with her foreign minister, Kevin Lee, on Friday.", day),
        ["meeting occurred 1998-10-16..1998-10-16 - Ana Ruiz+Kevin Lee+Omar Haddad"]
    );
    assert_eq!(
        read("Her foreign minister, Kevin Lee, met Omar Haddad on Friday.", day),
        ["meeting occurred 1998-10-16..1998-10-16 - Kevin Lee+Omar Haddad"]
    );
}

#[test]
fn a_spanish_name_is_known_by_its_first_surname() {
    let got = read(
        "President Jorge Vela Ortiz arrived in Lima on Monday. On Tuesday, Vela met Kevin Lee.",
        Some("1998-10-21"),
    );
    assert_eq!(got, ["meeting occurred 1998-10-20..1998-10-20 Lima Jorge Vela Ortiz+Kevin Lee"]);
}

#[test]
fn the_chancellor_is_the_one_named_whose_office_it_was() {
    let day = Some("1962-07-05");
    let got = read("Dr. Konrad Adenauer arrived in Paris on Monday. On Tuesday the Chancellor met Ana Ruiz.", day);
    assert_eq!(got, ["meeting occurred 1962-07-03..1962-07-03 Paris Ana Ruiz+Konrad Adenauer"]);
    // (Someone titled so on the page comes first.)
    let got = read(
        "Dr. Konrad Adenauer and Chancellor Kevin Lee arrived in Paris on Monday. On Tuesday the Chancellor met \
         Ana Ruiz.",
        day,
    );
    assert_eq!(got, ["meeting occurred 1962-07-03..1962-07-03 Paris Ana Ruiz+Kevin Lee"]);
}

#[test]
fn the_presidents_visit_is_his_own() {
    let got = read(
        "Prime Minister Ana Ruiz welcomed President Kevin Lee to Lima this morning. The President's visit began \
         on Tuesday, when he was received by Queen Maria Soto at the palace.",
        Some("2025-07-10"),
    );
    assert_eq!(got[1], "meeting occurred 2025-07-08..2025-07-08 - Kevin Lee+Maria Soto");
}

#[test]
fn a_joint_committee_of_two_names_both() {
    assert_eq!(
        read_groups(
            "According to the ministry, the Peruvian-Chilean joint committee will meet in Lima next month.",
            "2025-10-20"
        ),
        ["planned 2025-11-01..2025-11-30 Lima Chile+Peru"]
    );
}

#[test]
fn the_premier_is_the_prime_minister_and_an_apposition_titles() {
    let day = Some("1972-09-28");
    for (first, then) in [
        ("Prime Minister Kevin Lee", "the Premier"),
        ("Premier Kevin Lee", "the Prime Minister"),
        ("Kevin Lee, the Peruvian president,", "the President"),
        ("Kevin Lee, the prime minister,", "the Premier"),
        ("King Kevin Lee", "the monarch"),
    ] {
        assert_eq!(
            read(&format!("{first} arrived in Lima on Monday. On Tuesday {then} met Ana Ruiz."), day),
            ["meeting occurred 1972-09-26..1972-09-26 Lima Ana Ruiz+Kevin Lee"],
            "{first} / {then}"
        );
    }
}

#[test]
fn the_pontiff_is_the_pope_named() {
    assert_eq!(
        read(
            "Pope Francis arrived in Lima on Wednesday. On Thursday the pontiff will be received by President Ana \
             Ruiz at the palace.",
            Some("2019-09-04")
        ),
        ["meeting planned 2019-09-05..2019-09-05 - Ana Ruiz+Pope Francis"]
    );
}

#[test]
fn the_day_of_the_telling_is_not_the_day_of_the_call() {
    let got = read(
        "President Ana Ruiz told reporters this morning that she had telephoned Kevin Lee last night.",
        Some("1988-03-24"),
    );
    assert_eq!(got, ["call occurred 1988-03-23..1988-03-23 - Ana Ruiz+Kevin Lee"]);
    // (With no day of its own, the call keeps the one the sentence gives.)
    let got = read("President Ana Ruiz said on Monday that she had telephoned Kevin Lee.", Some("1988-03-24"));
    assert_eq!(got, ["call occurred 1988-03-21..1988-03-21 - Ana Ruiz+Kevin Lee"]);
}

#[test]
fn an_as_clause_of_the_occasion_gives_its_day_and_town() {
    let day = Some("2002-12-09");
    assert_eq!(
        read("Ana Ruiz welcomed Kevin Lee as the summit opened in Lima on Sunday.", day),
        ["meeting occurred 2002-12-08..2002-12-08 Lima Ana Ruiz+Kevin Lee"]
    );
    // (Not an "as" clause of someone else's: "as Omar Haddad met Tomas Berg in Quito".)
    let got = read("Ana Ruiz welcomed Kevin Lee as Omar Haddad met Tomas Berg in Quito on Sunday.", day);
    assert!(got[0].starts_with("meeting occurred - - Ana Ruiz+Kevin Lee"), "{got:?}");
}

#[test]
fn the_following_may_and_the_next_month_follow_the_story() {
    let day = Some("1998-06-30");
    let story = "Ana Ruiz and Kevin Lee signed the accord in Lima on 20 November 1994.";
    for (then, date) in [
        ("The following May, Ruiz met Omar Haddad in Quito.", "1995-05-01..1995-05-31"),
        ("The next month Ruiz met Omar Haddad in Quito.", "1994-12-01..1994-12-31"),
        ("The following year Ruiz met Omar Haddad in Quito.", "1995-01-01..1995-12-31"),
    ] {
        let got = read(&format!("{story} {then}"), day);
        assert_eq!(got[1], format!("meeting occurred {date} Quito Ana Ruiz+Omar Haddad"), "{then}");
    }
}

#[test]
fn in_the_afternoon_at_a_sentences_head_is_the_storys_day() {
    let got = read(
        "Ana Ruiz and Kevin Lee signed the communique at 9 a.m. yesterday. In the afternoon Ruiz called on Premier \
         Omar Haddad at the palace.",
        Some("1992-08-25"),
    );
    assert_eq!(got[1], "meeting occurred 1992-08-24..1992-08-24 - Ana Ruiz+Omar Haddad");
    // (Not "in the afternoon" after the day it belongs to.)
    let got = read("Ana Ruiz will arrive tomorrow and meet Omar Haddad in the afternoon.", Some("1992-08-25"));
    assert_eq!(got, ["meeting planned 1992-08-26..1992-08-26 - Ana Ruiz+Omar Haddad"]);
}

#[test]
fn turkish_and_wade_giles_spellings_are_the_known_people() {
    let got =
        read("Egyptian President Hüsnü Mübarek met Hafız Esad in Damascus on 4 October 1998.", Some("1998-10-21"));
    assert_eq!(got, ["meeting occurred 1998-10-04..1998-10-04 Damascus Hafez al-Assad+Hosni Mubarak"]);
    let got = read("Minister Chien Chi-chen met Sooronbai Jeenbekov in Beijing on 4 October 2018.", Some("2018-10-21"));
    assert_eq!(got, ["meeting occurred 2018-10-04..2018-10-04 Beijing Qian Qichen+Sooronbay Jeenbekov"]);
}

#[test]
fn a_teller_who_then_telephones_is_in_the_call() {
    let got = read(
        "Ana Ruiz told reporters in Lima that the region had lost a friend, and telephoned President Kevin Lee over \
         the weekend.",
        Some("1998-06-29"),
    );
    assert_eq!(got, ["call occurred 1998-06-27..1998-06-28 - Ana Ruiz+Kevin Lee"]);
    // (What was told keeps its own subject: "said that B arrived, and met C".)
    let got = read("Ana Ruiz said that Kevin Lee flew to Lima, and met Omar Haddad there.", Some("1998-06-29"));
    assert_eq!(got, ["meeting occurred 1998-06-29..1998-06-29 Lima Kevin Lee+Omar Haddad"]);
}

#[test]
fn given_names_from_many_regions_start_unknown_names() {
    for (text, who) in [
        ("Alioune Sarr met Ana Ruiz in Lima on 4 May 1998.", "Alioune Sarr"),
        ("Henri Duval met Ana Ruiz in Lima on 4 May 1998.", "Henri Duval"),
        ("Kalevi Niemi met Ana Ruiz in Lima on 4 May 1998.", "Kalevi Niemi"),
        ("Tshering Dorji met Ana Ruiz in Lima on 4 May 1998.", "Tshering Dorji"),
    ] {
        let got = read(text, Some("1998-05-20"));
        let mut pair = ["Ana Ruiz", who];
        pair.sort();
        assert_eq!(got, [format!("meeting occurred 1998-05-04..1998-05-04 Lima {}", pair.join("+"))], "{text}");
    }
}

#[test]
fn a_summit_that_only_dates_a_meeting_is_no_event() {
    let got =
        read("Ana Ruiz and Kevin Lee met in Lima in September 2023, just before the G20 summit.", Some("2024-01-10"));
    assert_eq!(got, ["meeting occurred 2023-09-01..2023-09-30 Lima Ana Ruiz+Kevin Lee"]);
    let got = read("Ana Ruiz and Kevin Lee met in Lima on Friday, ahead of the G20 summit.", Some("2024-01-10"));
    assert_eq!(got, ["meeting occurred 2024-01-05..2024-01-05 Lima Ana Ruiz+Kevin Lee"]);
}

#[test]
fn a_subject_before_an_attribution_telephoned() {
    let got = read(
        "Ana Ruiz, according to information obtained by this newspaper, telephoned Kevin Lee yesterday evening.",
        Some("1998-10-21"),
    );
    assert_eq!(got, ["call occurred 1998-10-20..1998-10-20 - Ana Ruiz+Kevin Lee"]);
    let got = read("Ana Ruiz, according to Reuters, met Kevin Lee in Lima yesterday.", Some("1998-10-21"));
    assert_eq!(got, ["meeting occurred 1998-10-20..1998-10-20 Lima Ana Ruiz+Kevin Lee"]);
}

#[test]
fn honorifics_of_many_languages_are_titles() {
    let got = read("Sayın Ana Ruiz met Shri Kevin Lee in Lima on 4 May 1998.", Some("1998-05-20"));
    assert_eq!(got, ["meeting occurred 1998-05-04..1998-05-04 Lima Ana Ruiz+Kevin Lee"]);
}

#[test]
fn putting_their_names_to_a_text_is_signing_it_together() {
    let got = read(
        "Ana Ruiz and Kevin Lee put their names to the framework agreement yesterday afternoon in Lima.",
        Some("2012-10-16"),
    );
    assert_eq!(got, ["meeting occurred 2012-10-15..2012-10-15 Lima Ana Ruiz+Kevin Lee"]);
    let got = read("Ana Ruiz and Kevin Lee have put their names to the document in Lima.", Some("2012-10-16"));
    assert_eq!(got, ["meeting occurred 2012-10-16..2012-10-16 Lima Ana Ruiz+Kevin Lee"]);
    // (Not names put forward.)
    assert!(read("Ana Ruiz and Kevin Lee put their names forward in Lima.", Some("2012-10-16")).is_empty());
}

#[test]
fn a_title_chooses_between_two_people_of_one_surname() {
    // (Two Clintons: the title says which, on a page with no date.)
    let got = read("President Clinton reached Kevin Lee by telephone.", None);
    assert_eq!(got, ["call occurred - - Bill Clinton+Kevin Lee"]);
    let got = read("Secretary of State Clinton met Kevin Lee in Lima.", None);
    assert_eq!(got, ["meeting occurred - Lima Hillary Clinton+Kevin Lee"]);
    // (And the page's year, with no title.)
    let got = read("Clinton met Kevin Lee in Lima on Monday.", Some("1994-09-21"));
    assert_eq!(got, ["meeting occurred 1994-09-19..1994-09-19 Lima Bill Clinton+Kevin Lee"]);
}

#[test]
fn nicknames_the_press_uses_are_the_known_people() {
    let got = read("Albo met Kevin Lee in Lima on Monday.", Some("2023-11-11"));
    assert_eq!(got, ["meeting occurred 2023-11-06..2023-11-06 Lima Anthony Albanese+Kevin Lee"]);
    let got = read("PNoy received Kevin Lee at the palace in Manila on Monday.", Some("2012-10-16"));
    assert_eq!(got, ["meeting occurred 2012-10-15..2012-10-15 Manila Benigno Aquino III+Kevin Lee"]);
}

#[test]
fn a_given_name_before_a_known_surname_is_someone_else() {
    // (The gazetteer knows a Luis Caputo; Dante is a given name.)
    let got = read("Dante Caputo met Kevin Lee in Rome on Monday.", Some("2024-11-29"));
    assert_eq!(got, ["meeting occurred 2024-11-25..2024-11-25 Rome Dante Caputo+Kevin Lee"]);
}

#[test]
fn abbreviated_weekdays_before_a_day_and_month_fix_the_year() {
    let got = read("Mon 3 Jun: Ana Ruiz met Kevin Lee in Almaty.", Some("2002-06-05"));
    assert_eq!(got, ["meeting occurred 2002-06-03..2002-06-03 Almaty Ana Ruiz+Kevin Lee"]);
    // (A Friday 7 June after the page's day: 2002, not the 7 June of 2001.)
    let got = read("Fri 7 Jun: Ana Ruiz in New Delhi for talks with Kevin Lee.", Some("2002-06-05"));
    assert_eq!(got, ["meeting planned 2002-06-07..2002-06-07 New Delhi Ana Ruiz+Kevin Lee"]);
}

#[test]
fn a_timeline_lines_date_and_not_the_day_of_a_summit_it_prepares() {
    let got = read(
        "- Mon 3 Jun: Ana Ruiz met Kevin Lee in Almaty to finalise texts for Friday's summit.",
        Some("2002-06-05"),
    );
    assert_eq!(got, ["meeting occurred 2002-06-03..2002-06-03 Almaty Ana Ruiz+Kevin Lee"]);
    let got = read("Ana Ruiz met Kevin Lee in Almaty to finalise texts for Friday's summit.", Some("2002-06-05"));
    assert_eq!(got, ["meeting occurred - Almaty Ana Ruiz+Kevin Lee"]);
    // (At the summit: its day.)
    let got = read("Ana Ruiz met Kevin Lee at Friday's summit in Almaty.", Some("2002-06-05"));
    assert_eq!(got, ["meeting occurred 2002-05-31..2002-05-31 Almaty Ana Ruiz+Kevin Lee"]);
}

#[test]
fn a_person_seen_is_met() {
    let got = read("Ana Ruiz saw Kevin Lee in Lima on Monday.", Some("2002-06-05"));
    assert_eq!(got, ["meeting occurred 2002-06-03..2002-06-03 Lima Ana Ruiz+Kevin Lee"]);
    let got = read("Ana Ruiz is due in Lima on Friday to see President Kevin Lee.", Some("2002-06-05"));
    assert_eq!(got, ["meeting planned 2002-06-07..2002-06-07 Lima Ana Ruiz+Kevin Lee"]);
    // (Not what a person said, how one is seen, nor a screen.)
    assert!(read("Ana Ruiz saw Kevin Lee's remarks as a provocation.", Some("2002-06-05")).is_empty());
    assert!(read("Ana Ruiz saw Kevin Lee as a partner in Lima.", Some("2002-06-05")).is_empty());
    assert!(read("Ana Ruiz saw Kevin Lee on television on Monday.", Some("2002-06-05")).is_empty());
}

#[test]
fn days_that_fall_on_one_date_every_year() {
    for (day, date) in [
        ("on Christmas Eve", "1996-12-24..1996-12-24"),
        ("on New Year's Day", "1997-01-01..1997-01-01"),
        ("on St. Patrick's Day morning", "1996-03-17..1996-03-17"),
        ("on Boxing Day 1995", "1995-12-26..1995-12-26"),
    ] {
        let got = read(&format!("Ana Ruiz met Kevin Lee in Lima {day}."), Some("1997-01-03"));
        assert_eq!(got, [format!("meeting occurred {date} Lima Ana Ruiz+Kevin Lee")], "{day}");
    }
}

#[test]
fn a_text_that_two_people_signed_is_their_meeting() {
    let got = read(
        "Peru will open a pathway under a treaty that Ana Ruiz and Kevin Lee signed in Lima on Friday.",
        Some("2023-11-11"),
    );
    assert_eq!(got, ["meeting occurred 2023-11-10..2023-11-10 Lima Ana Ruiz+Kevin Lee"]);
    let got =
        read("The treaty that Ana Ruiz and Kevin Lee signed in Lima on Friday opens a pathway.", Some("2023-11-11"));
    assert_eq!(got, ["meeting occurred 2023-11-10..2023-11-10 Lima Ana Ruiz+Kevin Lee"]);
    // (One signer alone signed with no one.)
    assert!(read("The deal that Ana Ruiz signed in Lima on Friday opens a pathway.", Some("2023-11-11")).is_empty());
}

#[test]
fn months_and_years_ago_count_back_from_the_page() {
    let got = read("Ana Ruiz and Kevin Lee met in Lima two years ago.", Some("1988-02-01"));
    assert_eq!(got, ["meeting occurred 1986-01-01..1986-12-31 Lima Ana Ruiz+Kevin Lee"]);
    let got = read("Ana Ruiz met Kevin Lee in Lima three months ago.", Some("1988-02-01"));
    assert_eq!(got, ["meeting occurred 1987-11-01..1987-11-30 Lima Ana Ruiz+Kevin Lee"]);
}

#[test]
fn and_a_fronted_phrase_before_a_new_subject_opens_a_clause() {
    let got = read(
        "In Lima Ana Ruiz met Kevin Lee on December 2, and on December 4, in Accra, she met Omar Haddad.",
        Some("1983-01-10"),
    );
    assert_eq!(
        got,
        [
            "meeting occurred 1982-12-02..1982-12-02 Lima Ana Ruiz+Kevin Lee",
            "meeting occurred 1982-12-04..1982-12-04 Accra Ana Ruiz+Omar Haddad"
        ]
    );
}

#[test]
fn a_hyphenated_number_names_a_format_not_a_count() {
    let got = read(
        "Ana Ruiz and Kevin Lee held two-plus-two talks in Tokyo with Omar Haddad on Tuesday.",
        Some("2021-03-12"),
    );
    assert_eq!(got, ["meeting occurred 2021-03-09..2021-03-09 Tokyo Ana Ruiz+Kevin Lee+Omar Haddad"]);
    assert!(read("Ana Ruiz and Kevin Lee held two rounds of talks in Tokyo.", Some("2021-03-12")).is_empty());
}

#[test]
fn not_meeting_until_a_day_is_meeting_that_day() {
    let got = read("Ana Ruiz didn't meet Kevin Lee until Monday.", Some("2025-03-12"));
    assert_eq!(got, ["meeting occurred 2025-03-10..2025-03-10 - Ana Ruiz+Kevin Lee"]);
    let got = read("Ana Ruiz and Kevin Lee did not meet until Monday.", Some("2025-03-12"));
    assert_eq!(got, ["meeting occurred 2025-03-10..2025-03-10 - Ana Ruiz+Kevin Lee"]);
    assert!(read("Ana Ruiz did not meet Kevin Lee in Lima on Monday.", Some("2025-03-12")).is_empty());
}

#[test]
fn his_majesty_and_his_beatitude_are_the_king_and_the_archbishop_named() {
    let got = read(
        "King Hamad met Kevin Lee on Monday. Ana Ruiz called on His Majesty in Manama on 1 September.",
        Some("2020-09-12"),
    );
    assert_eq!(got[1], "meeting occurred 2020-09-01..2020-09-01 Manama Ana Ruiz+Hamad bin Isa Al Khalifa");
    let got =
        read("Archbishop Makarios met Kevin Lee. Ana Ruiz telephoned His Beatitude yesterday.", Some("1977-02-14"));
    assert_eq!(got[1], "call occurred 1977-02-13..1977-02-13 - Ana Ruiz+Makarios III");
}

#[test]
fn an_absurd_count_of_years_ago_is_no_date_and_no_panic() {
    for text in [
        "Ana Ruiz met Kevin Lee in Lima 4000000000 years ago.",
        "Ana Ruiz met Kevin Lee in Lima 4000000000 months ago.",
        "Ana Ruiz met Kevin Lee in Lima 2147483648 years ago.",
        "Ana Ruiz met Kevin Lee in Lima 2147483648 months ago.",
    ] {
        let got = read(text, Some("1988-02-01"));
        assert!(got.iter().all(|r| r.starts_with("meeting occurred - Lima")), "{got:?}");
    }
}

#[test]
fn a_role_named_with_as_does_not_cut_the_sentence() {
    for text in [
        "Ana Ruiz, who has cultivated a role as a go-between, received Kevin Lee in Lima on Monday.",
        "Ana Ruiz, who worked as a teacher, received Kevin Lee in Lima on Monday.",
    ] {
        assert_eq!(read(text, Some("2024-03-10")), ["meeting occurred 2024-03-04..2024-03-04 Lima Ana Ruiz+Kevin Lee"]);
    }
    // An "as" that opens a clause still does.
    let got = read("As a storm hit the coast, Ana Ruiz met Kevin Lee in Lima on Monday.", Some("2024-03-10"));
    assert_eq!(got, ["meeting occurred 2024-03-04..2024-03-04 Lima Ana Ruiz+Kevin Lee"]);
}

#[test]
fn not_until_a_month_or_a_month_day_is_when_they_met() {
    let got = read("Ana Ruiz did not meet Kevin Lee until February 3.", Some("2024-03-10"));
    assert_eq!(got, ["meeting occurred 2024-02-03..2024-02-03 - Ana Ruiz+Kevin Lee"]);
    let got = read("Ana Ruiz and Kevin Lee did not meet until February, in Lima.", Some("2024-03-10"));
    assert_eq!(got, ["meeting occurred 2024-02-01..2024-02-29 Lima Ana Ruiz+Kevin Lee"]);
    let got = read(
        "Ana Ruiz held a brief call with Kevin Lee in November, and the two did not meet until February, in Lima.",
        Some("2024-03-10"),
    );
    assert_eq!(
        got,
        [
            "call occurred 2023-11-01..2023-11-30 - Ana Ruiz+Kevin Lee",
            "meeting occurred 2024-02-01..2024-02-29 Lima Ana Ruiz+Kevin Lee"
        ]
    );
    // A month after "until" with no denial is still a bound, not a day.
    let got = read("The truce holds until June, and Ana Ruiz met Kevin Lee in Lima on Monday.", Some("2024-03-10"));
    assert_eq!(got, ["meeting occurred 2024-03-04..2024-03-04 Lima Ana Ruiz+Kevin Lee"]);
}

#[test]
fn a_day_after_since_bounds_and_does_not_date_the_meeting() {
    for text in [
        "Ana Ruiz has led the talks since February 3 and met Kevin Lee in Lima on Monday.",
        "Ana Ruiz has led the talks since 3 February and met Kevin Lee in Lima on Monday.",
    ] {
        assert_eq!(read(text, Some("2024-03-10")), ["meeting occurred 2024-03-04..2024-03-04 Lima Ana Ruiz+Kevin Lee"]);
    }
}

#[test]
fn telephone_and_phone_as_verbs_plan_a_call() {
    let got = read("Ana Ruiz is to telephone President Kevin Lee on Monday.", Some("2024-03-10"));
    assert_eq!(got, ["call planned 2024-03-11..2024-03-11 - Ana Ruiz+Kevin Lee"]);
    let got = read("Kevin Lee is in Accra. Ana Ruiz will phone him tomorrow.", Some("2024-03-10"));
    assert_eq!(got, ["call planned 2024-03-11..2024-03-11 - Ana Ruiz+Kevin Lee"]);
    // Not a call to anyone named.
    assert!(read("Ana Ruiz told Kevin Lee to telephone the embassy.", Some("2024-03-10")).is_empty());
}

#[test]
fn a_call_received_on_a_day_from_someone_is_theirs() {
    let got = read("Omar Haddad received a telephone call yesterday from President Ana Ruiz.", Some("2024-03-10"));
    assert_eq!(got, ["call occurred 2024-03-09..2024-03-09 - Ana Ruiz+Omar Haddad"]);
    let got = read("Omar Haddad received a call on Monday from Ana Ruiz.", Some("2024-03-10"));
    assert_eq!(got, ["call occurred 2024-03-04..2024-03-04 - Ana Ruiz+Omar Haddad"]);
}

#[test]
fn he_and_someone_signing_and_an_agreement_they_signed_without_that() {
    let got = read("Omar Haddad arrived. He and Kevin Lee signed the treaty in Lima on Friday.", Some("2024-03-10"));
    assert_eq!(got, ["meeting occurred 2024-03-08..2024-03-08 Lima Kevin Lee+Omar Haddad"]);
    let got =
        read("Omar Haddad recalled that Kevin Lee and he signed the treaty in Lima on Friday.", Some("2024-03-10"));
    assert_eq!(got, ["meeting occurred 2024-03-08..2024-03-08 Lima Kevin Lee+Omar Haddad"]);
    let got = read(
        "The agreement Ana Ruiz, Lima's Kevin Lee and Accra's Omar Haddad signed in Geneva in 1966 is void.",
        Some("2024-03-10"),
    );
    assert_eq!(got, ["meeting occurred 1966-01-01..1966-12-31 Geneva Ana Ruiz+Kevin Lee+Omar Haddad"]);
    // One signer alone met no one.
    assert!(read("The accord Ana Ruiz signed in Lima last year still holds.", Some("2024-03-10")).is_empty());
}

#[test]
fn a_king_unknown_to_the_gazetteer_after_his_majesty_is_a_person() {
    let got = read("On Monday His Majesty King Zumbaro received Kevin Lee in Lima.", Some("2013-11-13"));
    assert_eq!(got, ["meeting occurred 2013-11-11..2013-11-11 Lima Kevin Lee+Zumbaro"]);
    // And "the King" after him is the same man.
    let got = read(
        "His Majesty King Zumbaro received Kevin Lee in Lima on Monday. The King received a telephone call yesterday from Ana Ruiz.",
        Some("2013-11-13"),
    );
    assert_eq!(got[1], "call occurred 2013-11-12..2013-11-12 - Ana Ruiz+Zumbaro");
}

#[test]
fn a_surname_in_the_spelling_the_page_used_is_the_person_it_named() {
    // "Sarkisian" alone is one letter from Armen Sarkissian, but the page named
    // Serzh Sargsyan under that spelling.
    let got = read(
        "Serzh Sarkisian met Kevin Lee in Lima on Monday. On Tuesday Sarkisian met Ana Ruiz in Lima.",
        Some("2008-11-03"),
    );
    assert_eq!(got[1], "meeting occurred 2008-10-28..2008-10-28 Lima Ana Ruiz+Serzh Sargsyan");
}

#[test]
fn a_weekday_in_brackets_after_a_date_is_that_dates_weekday() {
    let text = "How it was done\n\n13 August (Thursday) - Ana Ruiz receives Kevin Lee in Lima.\n\n\
                Two days later - In Accra, Kevin Lee and Omar Haddad meet for the first time.";
    let got = read(text, Some("1998-10-27"));
    assert_eq!(
        got,
        [
            "meeting occurred 1998-08-13..1998-08-13 Lima Ana Ruiz+Kevin Lee",
            "meeting occurred 1998-08-15..1998-08-15 Accra Kevin Lee+Omar Haddad"
        ]
    );
}

#[test]
fn the_present_tense_with_a_month_a_few_ahead_is_a_schedule() {
    let got = read("EU leaders meet in Lima in late February, and trade will be on the table.", Some("2023-12-16"));
    assert_eq!(got, ["meeting planned 2024-02-01..2024-02-29 Lima "]);
    // (A month long past is the past, told in the present.)
    let got = read("Ana Ruiz meets Kevin Lee in Lima in August.", Some("2023-12-16"));
    assert_eq!(got, ["meeting occurred 2023-08-01..2023-08-31 Lima Ana Ruiz+Kevin Lee"]);
}

#[test]
fn phrases_put_in_front_one_after_another_leave_the_subject_list_whole() {
    let got = read("On Saturday, in the hall of the palace, Ana Ruiz and Kevin Lee met.", Some("1997-06-01"));
    assert_eq!(got, ["meeting occurred 1997-05-31..1997-05-31 - Ana Ruiz+Kevin Lee"]);
    let got = read(
        "Omar Haddad came. On Saturday, in the white hall of the palace, he and Kevin Lee signed the treaty.",
        Some("1997-06-01"),
    );
    assert_eq!(got, ["meeting occurred 1997-05-31..1997-05-31 - Kevin Lee+Omar Haddad"]);
}

#[test]
fn a_signing_told_in_the_past_stays_past_whatever_a_relative_clause_foresees() {
    let got = read(
        "Ana Ruiz and Kevin Lee signed the agreement in Lima on Monday, which people will come to call the Lima Treaty.",
        Some("2006-11-13"),
    );
    assert_eq!(got, ["meeting occurred 2006-11-13..2006-11-13 Lima Ana Ruiz+Kevin Lee"]);
}

#[test]
fn and_a_day_and_a_pronoun_open_a_second_meeting() {
    let got = read(
        "Omar Haddad arrived in Lima. On Monday he saw Kevin Lee, and on Tuesday he met Ana Ruiz.",
        Some("2025-06-11"),
    );
    assert_eq!(
        got,
        [
            "meeting occurred 2025-06-09..2025-06-09 Lima Kevin Lee+Omar Haddad",
            "meeting occurred 2025-06-10..2025-06-10 Lima Ana Ruiz+Omar Haddad"
        ]
    );
}

#[test]
fn an_attribution_between_commas_leaves_the_subject_to_the_verb() {
    for text in [
        "Ana Ruiz, officials said, had telephoned Kevin Lee on Sunday.",
        "Ana Ruiz, the Peruvian side stated, telephoned Kevin Lee on Sunday.",
    ] {
        assert_eq!(read(text, Some("1984-08-14")), ["call occurred 1984-08-12..1984-08-12 - Ana Ruiz+Kevin Lee"]);
    }
}

#[test]
fn is_to_hold_its_first_meeting_is_a_plan() {
    let got = read(
        "A committee of Peruvian and Chilean officials is to hold its first meeting in Lima in the second half of November.",
        Some("1984-08-14"),
    );
    assert_eq!(got, ["meeting planned 1984-11-01..1984-11-30 Lima "]);
}

#[test]
fn those_two_are_the_two_just_named() {
    let got = read(
        "Ana Ruiz met Kevin Lee in Lima on Monday. In 2019 those two sat down with Omar Haddad in Accra.",
        Some("2024-03-10"),
    );
    assert_eq!(got[1], "meeting occurred 2019-01-01..2019-12-31 Accra Ana Ruiz+Kevin Lee+Omar Haddad");
}

#[test]
fn two_people_initialling_the_text_met() {
    let got = read("Nine days ago Kevin Lee and Ana Ruiz initialled the text in Lima.", Some("1994-10-26"));
    assert_eq!(got, ["meeting occurred 1994-10-17..1994-10-17 Lima Ana Ruiz+Kevin Lee"]);
}

#[test]
fn his_talks_with_someone_are_his() {
    let got = read(
        "Kevin Lee flew to Moscow, where his annual summit with Ana Ruiz took place on Thursday.",
        Some("2015-12-27"),
    );
    assert_eq!(got, ["meeting occurred 2015-12-24..2015-12-24 Moscow Ana Ruiz+Kevin Lee"]);
    let got =
        read("Kevin Lee arrived in Moscow. His meeting with Ana Ruiz took place on Thursday.", Some("2015-12-27"));
    assert_eq!(got, ["meeting occurred 2015-12-24..2015-12-24 Moscow Ana Ruiz+Kevin Lee"]);
    // A call with reporters is the press.
    assert!(read("Kevin Lee told his daily call with reporters that Ana Ruiz would not travel.", Some("2015-12-27"))
        .is_empty());
    // "Better than expected" plans nothing.
    let got = read(
        "Kevin Lee said on Sunday that his meeting with Ana Ruiz in Lima had gone better than expected.",
        Some("2015-12-29"),
    );
    assert_eq!(got, ["meeting occurred 2015-12-27..2015-12-27 Lima Ana Ruiz+Kevin Lee"]);
}

#[test]
fn a_chat_is_a_meeting_and_a_phone_chat_a_call() {
    let got = read("In Paris, Kevin Lee and Ana Ruiz had a brief chat on a sofa.", Some("2015-12-27"));
    assert_eq!(got, ["meeting occurred 2015-12-27..2015-12-27 Paris Ana Ruiz+Kevin Lee"]);
    let got = read("Kevin Lee and Ana Ruiz chatted briefly in Paris on Monday.", Some("2015-12-27"));
    assert_eq!(got, ["meeting occurred 2015-12-21..2015-12-21 Paris Ana Ruiz+Kevin Lee"]);
    let got = read("Kevin Lee had a phone chat with Ana Ruiz on Monday.", Some("2015-12-27"));
    assert_eq!(got, ["call occurred 2015-12-21..2015-12-21 - Ana Ruiz+Kevin Lee"]);
    assert!(read("Kevin Lee had a chat show with Ana Ruiz.", Some("2015-12-27")).is_empty());
}

#[test]
fn a_full_name_one_word_past_a_shorter_match_wins() {
    // (Not "King Salman" and then "Abdulaziz Al Saud", his father.)
    let got = read("King Salman bin Abdulaziz Al Saud received Kevin Lee in Jeddah on Monday.", Some("2018-09-18"));
    assert_eq!(got, ["meeting occurred 2018-09-17..2018-09-17 Jeddah Kevin Lee+Salman bin Abdulaziz"]);
}

#[test]
fn the_head_of_state_is_the_president_of_the_republic_the_page_named() {
    let got = read(
        "The President of the Republic, Kevin Lee, arrived in Lima. On Monday the Head of State spoke by telephone with Prime Minister Ana Ruiz.",
        Some("2018-09-18"),
    );
    assert_eq!(got, ["call occurred 2018-09-17..2018-09-17 - Ana Ruiz+Kevin Lee"]);
}

#[test]
fn his_excellency_abbreviated_ends_no_sentence_and_from_a_town_is_a_phrase_in_front() {
    let got = read(
        "The President of the Republic, H.E. Mr Kevin Lee, made a working visit. \
         On Monday evening, from Accra, the Head of State spoke by telephone with Prime Minister Ana Ruiz.",
        Some("2018-09-18"),
    );
    assert_eq!(got, ["call occurred 2018-09-17..2018-09-17 - Ana Ruiz+Kevin Lee"]);
    let got = read("H.E. Kevin Lee met Ana Ruiz in Lima on Monday.", Some("2018-09-18"));
    assert_eq!(got, ["meeting occurred 2018-09-17..2018-09-17 Lima Ana Ruiz+Kevin Lee"]);
}

#[test]
fn joining_a_bodys_leaders_is_a_meeting_with_the_body() {
    let got = read_groups("Kevin Lee joined other EU leaders in Brussels on Thursday.", "2016-05-24");
    assert_eq!(got, ["occurred 2016-05-19..2016-05-19 Brussels European Union"]);
    let got = read("Kevin Lee joined other EU leaders in Brussels on Thursday.", Some("2016-05-24"));
    assert_eq!(got, ["meeting occurred 2016-05-19..2016-05-19 Brussels Kevin Lee"]);
    assert!(read_groups("Kevin Lee joined the EU in 2004.", "2016-05-24").is_empty());
}

#[test]
fn due_somewhere_to_see_or_brief_someone_is_a_planned_meeting() {
    let got = read("Omar Haddad is expected in Lima next week to brief President Ana Ruiz.", Some("2003-08-19"));
    assert_eq!(got, ["meeting planned 2003-08-01..2003-08-31 Lima Ana Ruiz+Omar Haddad"]);
    let got =
        read("The envoy Omar Haddad is due in Lima on Friday to see Prime Minister Ana Ruiz.", Some("2003-08-19"));
    assert_eq!(got, ["meeting planned 2003-08-22..2003-08-22 Lima Ana Ruiz+Omar Haddad"]);
    assert!(read("Omar Haddad went to Lima to brief reporters.", Some("2003-08-19")).is_empty());
}

#[test]
fn a_title_between_two_names_is_the_second_ones() {
    let got = read(
        "At the invitation of Ana Ruiz, the President of the Republic, H.E. Mr Kevin Lee, made a working visit to Peru. \
         On Monday evening the Head of State spoke by telephone with Prime Minister Omar Haddad.",
        Some("2018-09-18"),
    );
    assert_eq!(got, ["call occurred 2018-09-17..2018-09-17 - Kevin Lee+Omar Haddad"]);
}

#[test]
fn a_participles_aside_about_a_person_does_not_date_the_meeting() {
    let got = read(
        "Omar Haddad, freed from prison only last month, received Kevin Lee at a villa this afternoon.",
        Some("1990-03-21"),
    );
    assert_eq!(got, ["meeting occurred 1990-03-21..1990-03-21 - Kevin Lee+Omar Haddad"]);
    // (The event's own participle does.)
    let got = read(
        "Omar Haddad flies to Lima today for his first summit with Kevin Lee, scheduled for Monday.",
        Some("1990-03-21"),
    );
    assert_eq!(got, ["meeting planned 1990-03-26..1990-03-26 Lima Kevin Lee+Omar Haddad"]);
}

#[test]
fn a_government_meeting_on_a_day_is_its_cabinet() {
    let text =
        "Serbia's government meets on Monday to decide whether to accept it, and Kosovo's assembly must also vote.";
    assert!(read_groups(text, "2013-04-20").is_empty());
}

#[test]
fn sunday_last_and_wednesday_next() {
    let got = read("Ana Ruiz met Kevin Lee in Lima on Sunday last.", Some("1950-04-12"));
    assert_eq!(got, ["meeting occurred 1950-04-09..1950-04-09 Lima Ana Ruiz+Kevin Lee"]);
    let got = read("Ana Ruiz will meet Kevin Lee in Lima on Wednesday next.", Some("1950-04-09"));
    assert_eq!(got, ["meeting planned 1950-04-12..1950-04-12 Lima Ana Ruiz+Kevin Lee"]);
}

#[test]
fn a_headlines_visit_places_the_visitors_meetings_of_those_days() {
    let text =
        "Morning brief\n\nKevin Lee in Lima\n\nKevin Lee lifted the last restrictions yesterday, officials said. \
                He also called on Prime Minister Ana Ruiz.";
    // (On the day the sentence before told.)
    assert_eq!(read(text, Some("2016-05-24")), ["meeting occurred 2016-05-23..2016-05-23 Lima Ana Ruiz+Kevin Lee"]);
    // (Not a meeting of other days, or of someone else.)
    let text = "Morning brief\n\nKevin Lee in Lima\n\nKevin Lee recalled that he had called on Ana Ruiz in March 2009.";
    assert_eq!(read(text, Some("2016-05-24")), ["meeting occurred 2009-03-01..2009-03-31 - Ana Ruiz+Kevin Lee"]);
}

#[test]
fn in_the_city_is_the_town_named_last() {
    let got = read(
        "Omar Haddad arrived in Lusaka on Monday. Five days earlier Kevin Lee and Ana Ruiz had met in the city.",
        Some("1994-11-22"),
    );
    assert_eq!(got[0], "meeting occurred 1994-11-16..1994-11-16 Lusaka Ana Ruiz+Kevin Lee");
    // (Not "the city of ...": the town named after it, even one unknown.)
    let got = read(
        "Omar Haddad arrived in Lusaka on Monday. Kevin Lee met Ana Ruiz in the city of Zumbarograd on Tuesday.",
        Some("1994-11-22"),
    );
    assert_eq!(got[0], "meeting occurred 1994-11-22..1994-11-22 Zumbarograd Ana Ruiz+Kevin Lee");
}

#[test]
fn late_on_a_weekday_in_front_dates_the_clause_after_an_aside() {
    let got = read(
        "Late on Friday, after another round of talks, Ana Ruiz and Kevin Lee initialled an agreement in Lima.",
        Some("2013-04-20"),
    );
    assert_eq!(got, ["meeting occurred 2013-04-19..2013-04-19 Lima Ana Ruiz+Kevin Lee"]);
    let got = read("Early on Monday, before the summit opened, Ana Ruiz met Kevin Lee in Lima.", Some("2013-04-20"));
    assert_eq!(got, ["meeting occurred 2013-04-15..2013-04-15 Lima Ana Ruiz+Kevin Lee"]);
}

#[test]
fn a_seat_of_government_that_speaks_is_no_venue() {
    let got = read("Ana Ruiz and Kevin Lee held talks in Lima on Monday, the White House said.", Some("2024-07-26"));
    assert_eq!(got, ["meeting occurred 2024-07-22..2024-07-22 Lima Ana Ruiz+Kevin Lee"]);
}

#[test]
fn a_seat_of_government_is_in_the_capital_of_the_party_whose_capital_the_page_named() {
    // (Vladimir Putin is Russian and Xi Jinping Chinese in the gazetteer.)
    let text = "Russia and China: a week of talks in Beijing\n\nVladimir Putin is on a state visit. On Monday he held talks with \
                President Xi Jinping at the Presidential Palace.";
    assert_eq!(
        read(text, Some("2024-05-21")),
        ["meeting occurred 2024-05-20..2024-05-20 Beijing Vladimir Putin+Xi Jinping"]
    );
    // (Not when the page names neither capital.)
    let text = "Putin on tour\n\nVladimir Putin is on a state visit. On Monday he held talks with \
                President Xi Jinping at the Presidential Palace.";
    assert_eq!(read(text, Some("2024-05-21")), ["meeting occurred 2024-05-20..2024-05-20 - Vladimir Putin+Xi Jinping"]);
}

#[test]
fn talks_the_day_before_a_stay_with_someone_of_that_town_are_there() {
    // (Vladimir Putin is Russian in the gazetteer: Moscow is his capital.)
    let text = "Ana Ruiz met Kevin Lee in Moscow on Friday night. The meeting lasted two hours. \
                Ruiz had held talks with Vladimir Putin on Thursday.";
    let got = read(text, Some("2020-09-05"));
    assert!(
        got.contains(&"meeting occurred 2020-09-03..2020-09-03 Moscow Ana Ruiz+Vladimir Putin".to_string()),
        "{got:?}"
    );
    // (Not with someone of another country.)
    let text = "Ana Ruiz met Kevin Lee in Moscow on Friday night. The meeting lasted two hours. \
                Ruiz had held talks with Xi Jinping on Thursday.";
    let got = read(text, Some("2020-09-05"));
    assert!(got.contains(&"meeting occurred 2020-09-03..2020-09-03 - Ana Ruiz+Xi Jinping".to_string()), "{got:?}");
}

#[test]
fn a_hosts_reception_of_these_days_is_in_the_hosts_capital_the_page_named() {
    // (Xi Jinping is Chinese in the gazetteer; Ana Ruiz and Kevin Lee are unknown.)
    let text = "Visitors to Beijing\n\nAna Ruiz arrived on Sunday for a state visit. \
                On Monday Xi Jinping received Ruiz for talks.";
    assert_eq!(read(text, Some("2024-05-21")), ["meeting occurred 2024-05-20..2024-05-20 Beijing Ana Ruiz+Xi Jinping"]);
    // So is a call on the host.
    let text = "Visitors to Beijing\n\nAna Ruiz arrived on Sunday for a state visit. \
                On Monday Ruiz called on Xi Jinping.";
    assert_eq!(read(text, Some("2024-05-21")), ["meeting occurred 2024-05-20..2024-05-20 Beijing Ana Ruiz+Xi Jinping"]);
    // (Not the guest's capital, and not a reception of years before.)
    let text = "Visitors to Beijing\n\nXi Jinping arrived on Sunday for a state visit. \
                On Monday Ana Ruiz received Xi for talks.";
    assert_eq!(read(text, Some("2024-05-21")), ["meeting occurred 2024-05-20..2024-05-20 - Ana Ruiz+Xi Jinping"]);
    let text = "Visitors to Beijing\n\nAna Ruiz arrived on Sunday. Xi Jinping first received her in May 2015.";
    assert_eq!(read(text, Some("2024-05-21")), ["meeting occurred 2015-05-01..2015-05-31 - Ana Ruiz+Xi Jinping"]);
}

#[test]
fn and_she_met_opens_a_clause_with_its_own_date() {
    let got = read("Ana Ruiz took office last August, and she met Kevin Lee in Lima on Nov. 1.", Some("2023-04-26"));
    assert_eq!(got, ["meeting occurred 2022-11-01..2022-11-01 Lima Ana Ruiz+Kevin Lee"]);
    let got = read(
        "Relations were restored after Ana Ruiz took office last August, and she and Kevin Lee met in Lima on Nov. 1.",
        Some("2023-04-26"),
    );
    assert_eq!(got, ["meeting occurred 2022-11-01..2022-11-01 Lima Ana Ruiz+Kevin Lee"]);
}

#[test]
fn discussing_something_with_someone_at_a_venue_is_a_meeting_there() {
    let got = read(
        "Ana Ruiz discussed the trade deal with President Kevin Lee at the White House on Monday.",
        Some("2023-04-26"),
    );
    assert_eq!(got, ["meeting occurred 2023-04-24..2023-04-24 Washington Ana Ruiz+Kevin Lee"]);
    // A topic's place before "with" is not where they were; reporters are no one met.
    assert!(read("Ana Ruiz discussed the war in Gaza with Kevin Lee on Monday.", Some("2023-04-26")).is_empty());
    assert!(read("Ana Ruiz discussed the plan with reporters in Lima on Monday.", Some("2023-04-26")).is_empty());
}

#[test]
fn a_call_with_both_a_and_b_is_a_call_with_each() {
    let got = read("Ana Ruiz had spoken by phone with both Kevin Lee and Omar Haddad on July 11.", Some("2022-07-22"));
    assert_eq!(
        got,
        [
            "call occurred 2022-07-11..2022-07-11 - Ana Ruiz+Kevin Lee",
            "call occurred 2022-07-11..2022-07-11 - Ana Ruiz+Omar Haddad"
        ]
    );
    // The sentence's subject, not named again in the call's clause, is each call's caller.
    let got = read(
        "Ana Ruiz met Kevin Lee in Lima on Tuesday, and had spoken by phone with both Lee and Omar Haddad on July 11.",
        Some("2022-07-22"),
    );
    assert_eq!(
        got,
        [
            "meeting occurred 2022-07-19..2022-07-19 Lima Ana Ruiz+Kevin Lee",
            "call occurred 2022-07-11..2022-07-11 - Ana Ruiz+Kevin Lee",
            "call occurred 2022-07-11..2022-07-11 - Ana Ruiz+Omar Haddad"
        ]
    );
}

#[test]
fn is_preparing_to_host_is_a_plan_dated_ahead() {
    let got = read("Ana Ruiz is preparing to host Kevin Lee in Lima on March 22.", Some("2022-02-24"));
    assert_eq!(got, ["meeting planned 2022-03-22..2022-03-22 Lima Ana Ruiz+Kevin Lee"]);
}

#[test]
fn a_new_pair_of_subjects_after_a_comma_and_opens_a_clause() {
    let got = read(
        "Ana Ruiz met Kevin Lee in Lima on October 20, and Omar Haddad and the prime minister have spoken by \
         telephone several times since August.",
        Some("2022-02-24"),
    );
    assert_eq!(got, ["meeting occurred 2021-10-20..2021-10-20 Lima Ana Ruiz+Kevin Lee"]);
}

#[test]
fn and_then_flew_somewhere_for_talks_is_the_subjects_own_meeting() {
    let got = read(
        "Ana Ruiz sat down with Kevin Lee in Lima on Sunday and then flew to Cusco for talks with President Omar Haddad.",
        Some("2022-03-28"),
    );
    assert_eq!(
        got,
        [
            "meeting occurred 2022-03-27..2022-03-27 Lima Ana Ruiz+Kevin Lee",
            "meeting occurred 2022-03-27..2022-03-27 Cusco Ana Ruiz+Omar Haddad"
        ]
    );
}

#[test]
fn then_had_lunch_with_another_is_a_meeting_of_its_own() {
    let got = read(
        "Earlier on Wednesday, Ana Ruiz paid a call on President Kevin Lee at the palace, then had lunch with Prime \
         Minister Omar Haddad.",
        Some("2022-03-28"),
    );
    assert_eq!(
        got,
        [
            "meeting occurred 2022-03-23..2022-03-23 - Ana Ruiz+Kevin Lee",
            "meeting occurred 2022-03-23..2022-03-23 - Ana Ruiz+Omar Haddad"
        ]
    );
}

#[test]
fn their_previous_meeting_was_the_last_pairs() {
    let got = read(
        "Ana Ruiz held talks with Kevin Lee in Lima on Friday. Their previous meeting was in Accra in June.",
        Some("2018-11-17"),
    );
    assert_eq!(
        got,
        [
            "meeting occurred 2018-11-16..2018-11-16 Lima Ana Ruiz+Kevin Lee",
            "meeting occurred 2018-06-01..2018-06-30 Accra Ana Ruiz+Kevin Lee"
        ]
    );
}

#[test]
fn a_known_short_name_after_another_given_name_is_someone_else() {
    // The gazetteer knows Sultan Al Jaber and Eyal Zamir; these are other people.
    let got = read("Ambassador Mohammed Al Jaber held talks with Kevin Lee in Lima on Monday.", Some("2023-04-11"));
    assert_eq!(got, ["meeting occurred 2023-04-10..2023-04-10 Lima Kevin Lee+Mohammed Al Jaber"]);
    let got = read("Russian envoy Zamir Kabulov met Kevin Lee in Lima on Monday.", Some("2023-04-11"));
    assert_eq!(got, ["meeting occurred 2023-04-10..2023-04-10 Lima Kevin Lee+Zamir Kabulov"]);
    // A given name alone, with two people of that name on the page: the one the
    // gazetteer knows.
    let got = read(
        "Ana Ruiz met Crown Prince Mohammed bin Salman in Riyadh on Monday. Ambassador Mohammed Al Jaber travelled \
         to Sanaa. On Tuesday Kevin Lee held talks with Prince Mohammed in Riyadh.",
        Some("2023-04-12"),
    );
    assert_eq!(
        got,
        [
            "meeting occurred 2023-04-10..2023-04-10 Riyadh Ana Ruiz+Mohammed bin Salman",
            "meeting occurred 2023-04-11..2023-04-11 Riyadh Kevin Lee+Mohammed bin Salman"
        ]
    );
}

#[test]
fn he_after_a_sentence_naming_one_person_as_owner_is_that_person() {
    let got = read(
        "Ana Ruiz said on Wednesday that aid would resume. Lima is the fourth stop on Omar Haddad's tour. He held \
         talks with Kevin Lee in Quito on Tuesday.",
        Some("2025-02-06"),
    );
    assert_eq!(got, ["meeting occurred 2025-02-04..2025-02-04 Quito Kevin Lee+Omar Haddad"]);
}

#[test]
fn the_same_or_following_day_of_a_months_event_is_in_that_month() {
    let got = read(
        "Ana Ruiz was received in Lima in March by Vice President Kevin Lee and, later the same day, by President \
         Omar Haddad.",
        Some("2025-02-06"),
    );
    assert_eq!(
        got,
        [
            "meeting occurred 2024-03-01..2024-03-31 Lima Ana Ruiz+Kevin Lee",
            "meeting occurred 2024-03-01..2024-03-31 Lima Ana Ruiz+Omar Haddad"
        ]
    );
    let got = read(
        "Ana Ruiz last saw Kevin Lee in Lima in June 2023, when she led a mission; she and the rest of the mission \
         met Omar Haddad in Quito the following day.",
        Some("2025-02-06"),
    );
    assert_eq!(
        got,
        [
            "meeting occurred 2023-06-01..2023-06-30 Lima Ana Ruiz+Kevin Lee",
            "meeting occurred 2023-06-01..2023-06-30 Quito Ana Ruiz+Omar Haddad"
        ]
    );
}

#[test]
fn a_relative_clause_with_after_in_it_ends_at_its_comma() {
    let got = read(
        "Ana Ruiz, who took office in January 2024 after months of attacks on her election, was received in Lima \
         in March last year by Vice President Kevin Lee.",
        Some("2025-02-06"),
    );
    assert_eq!(got, ["meeting occurred 2024-03-01..2024-03-31 Lima Ana Ruiz+Kevin Lee"]);
}

#[test]
fn and_then_a_titled_name_of_several_words_and_its_verb_open_a_clause() {
    let got = read(
        "Ana Ruiz and Kevin Lee spoke by phone on April 2, and Secretary of State Omar Haddad met Lee in Lima on \
         April 20.",
        Some("2024-08-29"),
    );
    assert_eq!(
        got,
        [
            "call occurred 2024-04-02..2024-04-02 - Ana Ruiz+Kevin Lee",
            "meeting occurred 2024-04-20..2024-04-20 Lima Kevin Lee+Omar Haddad"
        ]
    );
}

#[test]
fn later_that_month_is_the_month_of_the_event_before() {
    let got = read(
        "Ana Ruiz met Kevin Lee in Lima on April 2. Omar Haddad met Lee in Quito later that month.",
        Some("2024-08-29"),
    );
    assert_eq!(
        got,
        [
            "meeting occurred 2024-04-02..2024-04-02 Lima Ana Ruiz+Kevin Lee",
            "meeting occurred 2024-04-01..2024-04-30 Quito Kevin Lee+Omar Haddad"
        ]
    );
}

#[test]
fn spent_two_days_in_talks_is_both_days() {
    let got = read("Ana Ruiz spent Tuesday and Wednesday in talks with Kevin Lee in Lima.", Some("2024-08-29"));
    assert_eq!(got, ["meeting occurred 2024-08-27..2024-08-28 Lima Ana Ruiz+Kevin Lee"]);
}

#[test]
fn a_call_later_that_day_takes_no_place_from_the_days_meeting() {
    let got = read(
        "Ana Ruiz held talks with Kevin Lee in Lima on Thursday. Later in the day, Ruiz spoke by phone with Omar Haddad.",
        Some("2025-04-25"),
    );
    assert_eq!(
        got,
        [
            "meeting occurred 2025-04-24..2025-04-24 Lima Ana Ruiz+Kevin Lee",
            "call occurred 2025-04-24..2025-04-24 - Ana Ruiz+Omar Haddad"
        ]
    );
}

#[test]
fn hours_before_the_talks_is_the_talks_day() {
    let got = read(
        "Ana Ruiz held talks with Kevin Lee in Lima on Thursday.\n\nHours before the talks, Ruiz spoke by phone with \
         Omar Haddad.",
        Some("2025-04-25"),
    );
    let calls: Vec<&String> = got.iter().filter(|m| m.starts_with("call")).collect();
    assert_eq!(calls, ["call occurred 2025-04-24..2025-04-24 - Ana Ruiz+Omar Haddad"]);
}

#[test]
fn a_vice_president_is_not_one_of_the_two_presidents() {
    let got = read(
        "President Ana Ruiz hosted President Kevin Lee in Lima on Monday.\n\nVice President Omar Haddad and Foreign \
         Minister Sara Bello met in Quito on Tuesday.\n\nThe two presidents first met in person in September 2019.",
        Some("2025-04-16"),
    );
    assert_eq!(
        got,
        [
            "meeting occurred 2025-04-14..2025-04-14 Lima Ana Ruiz+Kevin Lee",
            "meeting occurred 2025-04-15..2025-04-15 Quito Omar Haddad+Sara Bello",
            "meeting occurred 2019-09-01..2019-09-30 - Ana Ruiz+Kevin Lee"
        ]
    );
}

#[test]
fn someone_based_elsewhere_who_came_with_others_and_sat_in_joins_the_meeting() {
    let got = read(
        "Ana Ruiz held talks with Kevin Lee in Lima on Sunday.\n\nOmar Haddad, who is based in Quito, flew in with the \
         Omanis and sat in on the meeting at the presidential palace.",
        Some("2023-04-10"),
    );
    // One event, told twice: the second mention adds Haddad and places nothing elsewhere.
    assert_eq!(
        got,
        ["meeting occurred 2023-04-09..2023-04-09 Lima Ana Ruiz+Kevin Lee", "meeting occurred - - Omar Haddad"]
    );
    let a = Article::new(
        "t",
        "Ana Ruiz held talks with Kevin Lee in Lima on Sunday.\n\nOmar Haddad, who is based in \
         Quito, flew in with the Omanis and sat in on the meeting at the presidential palace.",
    )
    .with_published(NaiveDate::from_ymd_opt(2023, 4, 10).unwrap());
    assert_eq!(extract(&a, &Gazetteer::bundled()).events.len(), 1);
}

#[test]
fn the_two_presidents_are_the_two_the_sentence_before_named() {
    let got = read(
        "Prime Minister Ana Ruiz held talks with President Kevin Lee in Lima on Monday. A meeting planned between \
         President Omar Haddad and Lee in Quito last September was called off. The two presidents had last met in \
         July in Cusco.",
        Some("2024-01-23"),
    );
    assert_eq!(
        got,
        [
            "meeting occurred 2024-01-22..2024-01-22 Lima Ana Ruiz+Kevin Lee",
            "meeting occurred 2023-07-01..2023-07-31 Cusco Kevin Lee+Omar Haddad"
        ]
    );
}

#[test]
fn the_three_leaders_are_the_three_of_the_event_told_last() {
    let got = read(
        "Ana Ruiz, Kevin Lee and Omar Haddad held a summit in Lima on Friday.\n\nThe three leaders last met in Quito \
         in May.",
        Some("2023-08-19"),
    );
    assert_eq!(
        got,
        [
            "meeting occurred 2023-08-18..2023-08-18 Lima Ana Ruiz+Kevin Lee+Omar Haddad",
            "meeting occurred 2023-05-01..2023-05-31 Quito Ana Ruiz+Kevin Lee+Omar Haddad"
        ]
    );
}

#[test]
fn and_before_that_in_another_town_is_one_more_meeting() {
    let got = read("Ana Ruiz met Kevin Lee in Quito in March, and again in Accra in June.", Some("2023-08-19"));
    assert_eq!(
        got,
        [
            "meeting occurred 2023-03-01..2023-03-31 Quito Ana Ruiz+Kevin Lee",
            "meeting occurred 2023-06-01..2023-06-30 Accra Ana Ruiz+Kevin Lee"
        ]
    );
    let got = read(
        "Ana Ruiz last met Kevin Lee in Quito in May, and before that in Accra in November last year.",
        Some("2023-08-19"),
    );
    assert_eq!(
        got,
        [
            "meeting occurred 2023-05-01..2023-05-31 Quito Ana Ruiz+Kevin Lee",
            "meeting occurred 2022-11-01..2022-11-30 Accra Ana Ruiz+Kevin Lee"
        ]
    );
}

#[test]
fn and_the_following_day_he_did_something_else_opens_a_clause() {
    let got = read(
        "Ana Ruiz met Omar Haddad in Lima on Sunday.\n\nShe flew to Quito on March 4, where President Kevin Lee \
         received her at the palace, his official residence, and the following day she pledged reforms to nine \
         political parties in Lima.",
        Some("2025-03-25"),
    );
    assert_eq!(
        got,
        [
            "meeting occurred 2025-03-23..2025-03-23 Lima Ana Ruiz+Omar Haddad",
            "meeting occurred 2025-03-04..2025-03-04 Quito Ana Ruiz+Kevin Lee"
        ]
    );
}

#[test]
fn a_whose_clause_in_a_where_clause_names_no_venue() {
    let got = read(
        "Ana Ruiz attended the summit in Quito in February, where she held talks with President Kevin Lee, whose \
         troops fight rebels in Lima.",
        Some("2025-03-24"),
    );
    assert_eq!(got, ["meeting occurred 2025-02-01..2025-02-28 Quito Ana Ruiz+Kevin Lee"]);
}

#[test]
fn a_call_that_was_likely_is_no_event() {
    let got = read(
        "Officials said a call between President Ana Ruiz and Kevin Lee was likely in the coming weeks.",
        Some("2024-08-30"),
    );
    assert!(got.is_empty(), "{got:?}");
    let got = read("A meeting between Ana Ruiz and Kevin Lee in Lima remains possible.", Some("2024-08-30"));
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn who_travelled_somewhere_to_meet_someone_is_a_meeting_of_its_own() {
    let got = read(
        "Foreign Minister Omar Haddad visited Lima on 12 April for talks with his counterpart, Kevin Lee, who \
         travelled to Quito six days later to meet Ana Ruiz.",
        Some("2023-05-20"),
    );
    assert_eq!(
        got,
        [
            "meeting occurred 2023-04-12..2023-04-12 Lima Kevin Lee+Omar Haddad",
            "meeting occurred 2023-04-18..2023-04-18 Quito Ana Ruiz+Kevin Lee"
        ]
    );
}

#[test]
fn agreeing_to_meet_soon_with_no_day_is_no_event() {
    let got = read("Ana Ruiz and Kevin Lee agreed to meet soon to discuss trade.", Some("2023-05-20"));
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn one_stood_in_for_is_no_participant() {
    let got = read(
        "Ana Ruiz signed an agreement at a ceremony hosted by Kevin Lee in Lima in May, standing in for President \
         Omar Haddad, who cancelled his own visit.",
        Some("2023-07-28"),
    );
    assert_eq!(got, ["meeting occurred 2023-05-01..2023-05-31 Lima Ana Ruiz+Kevin Lee"]);
    let got = read("Ana Ruiz met Kevin Lee in Lima on Monday on behalf of President Omar Haddad.", Some("2023-07-28"));
    assert_eq!(got, ["meeting occurred 2023-07-24..2023-07-24 Lima Ana Ruiz+Kevin Lee"]);
}

#[test]
fn the_day_of_a_things_which_clause_does_not_date_the_talks() {
    let got = read(
        "Ana Ruiz arrived in Lima on Wednesday.\n\nIn Lima she dedicated the new embassy, which opened quietly in May, \
         and held talks with Prime Minister Kevin Lee.",
        Some("2023-07-28"),
    );
    assert_eq!(got, ["meeting occurred 2023-07-26..2023-07-26 Lima Ana Ruiz+Kevin Lee"]);
}

#[test]
fn a_summit_every_year_is_no_event_and_the_three_leaders_reach_a_paragraph_on() {
    let got = read(
        "Ana Ruiz, Kevin Lee and Omar Haddad held their first summit in Lima on Friday.\n\nThe leaders adopted a \
         joint statement. They agreed to hold a summit every year.\n\nIt was the first such gathering. The leaders \
         posed for photographs.\n\nThe three leaders last met in Quito in May.",
        Some("2023-08-19"),
    );
    assert_eq!(
        got,
        [
            "meeting occurred 2023-08-18..2023-08-18 Lima Ana Ruiz+Kevin Lee+Omar Haddad",
            "meeting occurred 2023-05-01..2023-05-31 Quito Ana Ruiz+Kevin Lee+Omar Haddad"
        ]
    );
    let got = read("Ana Ruiz and Kevin Lee agreed to hold a summit every year.", Some("2023-08-19"));
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn what_an_anniversary_is_of_is_no_part_of_the_visit() {
    let got = read(
        "Ana Ruiz arrived in Lima on Tuesday for talks with Kevin Lee.\n\nThe visit coincides with the 50th \
         anniversary of diplomatic relations between Peru and Chile, established by the Garcia government in \
         December 1972.",
        Some("2022-12-21"),
    );
    assert_eq!(got[0], "meeting occurred 2022-12-20..2022-12-20 Lima Ana Ruiz+Kevin Lee");
    assert!(got.iter().all(|e| !e.contains("1972")), "{got:?}");
}

#[test]
fn a_call_or_visit_at_an_appropriate_time_is_no_event() {
    let got = read(
        "The two sides agreed to arrange a video call between military commanders \"at an appropriate time\" and \
         to keep working on drug controls.",
        Some("2024-06-21"),
    );
    assert!(got.is_empty(), "{got:?}");
    let got = read("Ana Ruiz will visit Lima at a mutually convenient time to meet Kevin Lee.", Some("2024-06-21"));
    assert!(got.is_empty(), "{got:?}");
    // A day named: an occasion, whoever follows "in due course".
    let got = read(
        "Ana Ruiz will visit Lima on Monday to meet Kevin Lee, and Omar Haddad will follow in due course.",
        Some("2024-06-21"),
    );
    assert_eq!(got, ["meeting planned 2024-06-24..2024-06-24 Lima Ana Ruiz+Kevin Lee"]);
}

#[test]
fn a_name_after_an_envoy_for_a_place_and_a_comma_is_a_person() {
    let got =
        read("The UN special envoy for Peru, Noeleen Tarrow, met Kevin Lee in Lima on Wednesday.", Some("2022-08-18"));
    assert_eq!(got, ["meeting occurred 2022-08-17..2022-08-17 Lima Kevin Lee+Noeleen Tarrow"]);
    let got = read(
        "The ambassador to the United Nations, Noeleen Tarrow, met Kevin Lee in Lima on Wednesday.",
        Some("2022-08-18"),
    );
    assert_eq!(got, ["meeting occurred 2022-08-17..2022-08-17 Lima Kevin Lee+Noeleen Tarrow"]);
}

#[test]
fn a_full_name_with_a_secretary_general_apposition_is_a_person() {
    let got = read(
        "On Monday, Ana Ruiz also received Hissein Brahim Tarrow, the Lima-born secretary-general of the regional \
         bloc.",
        Some("2022-08-08"),
    );
    assert_eq!(got, ["meeting occurred 2022-08-08..2022-08-08 - Ana Ruiz+Hissein Brahim Tarrow"]);
}

#[test]
fn where_someone_is_invited_is_not_where_they_met() {
    let got = read(
        "Ana Ruiz arrived in Lima on Saturday.\n\nOn Sunday she held seven hours of talks with Foreign Minister Kevin \
         Lee, who accepted an invitation to visit Quito at a mutually convenient time.",
        Some("2023-06-19"),
    );
    assert_eq!(got, ["meeting occurred 2023-06-18..2023-06-18 Lima Ana Ruiz+Kevin Lee"]);
}

#[test]
fn a_countrys_possessive_and_a_name_open_a_clause_of_their_own() {
    let got = read(
        "Ana Ruiz held talks with Kevin Lee in Lima on Saturday, and Peru's Omar Haddad spent more than five hours \
         with Lee in Quito on Feb. 7.",
        Some("2022-03-07"),
    );
    assert_eq!(
        got,
        [
            "meeting occurred 2022-03-05..2022-03-05 Lima Ana Ruiz+Kevin Lee",
            "meeting occurred 2022-02-07..2022-02-07 Quito Kevin Lee+Omar Haddad"
        ]
    );
}

#[test]
fn a_title_and_a_long_name_before_will_open_a_clause() {
    let got = read(
        "Ana Ruiz flies to Lima for talks with Kevin Lee on Monday, and Brazilian President Luiz Inacio Lula da Silva \
         will receive her in Cusco on Nov. 20.",
        Some("2024-11-15"),
    );
    assert_eq!(
        got,
        [
            "meeting planned 2024-11-18..2024-11-18 Lima Ana Ruiz+Kevin Lee",
            "meeting planned 2024-11-20..2024-11-20 Cusco Ana Ruiz+Luiz Inacio Lula da Silva"
        ]
    );
}

#[test]
fn a_meeting_that_is_not_on_the_horizon_is_no_event() {
    let got = read(
        "A meeting between Ana Ruiz and Peru's Kevin Lee is not on the horizon, diplomats said.",
        Some("2024-08-06"),
    );
    assert!(got.is_empty(), "{got:?}");
    let got = read("A call between Ana Ruiz and Kevin Lee is not planned before the vote.", Some("2024-08-06"));
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn the_day_of_an_errand_put_in_front_dates_the_meeting() {
    let got = read("After arriving in Lima on Monday, Ana Ruiz met Kevin Lee.", Some("2024-08-06"));
    assert_eq!(got, ["meeting occurred 2024-08-05..2024-08-05 Lima Ana Ruiz+Kevin Lee"]);
    let got = read("Before flying home on Tuesday, Ana Ruiz is due to meet Kevin Lee.", Some("2024-08-06"));
    assert_eq!(got, ["meeting planned 2024-08-06..2024-08-06 - Ana Ruiz+Kevin Lee"]);
}

#[test]
fn prince_and_a_given_name_is_the_royal_of_two_known_namesakes() {
    let got = read(
        "Saudi Foreign Minister Faisal bin Farhan flew to Damascus on Tuesday.\n\nHe met Syrian Foreign Minister \
         Faisal Mekdad.\n\nOn 1 May, Mekdad and Prince Faisal sat down in Amman.",
        Some("2023-05-20"),
    );
    assert_eq!(
        got,
        [
            "meeting occurred 2023-05-16..2023-05-16 Damascus Faisal Mekdad+Faisal bin Farhan",
            "meeting occurred 2023-05-01..2023-05-01 Amman Faisal Mekdad+Faisal bin Farhan"
        ]
    );
}

#[test]
fn the_place_a_trip_was_made_to_is_where_they_met() {
    let got = read("Ana Ruiz met Kevin Lee during the visit she paid to Quito in May.", Some("2023-05-29"));
    assert_eq!(got, ["meeting occurred 2023-05-01..2023-05-31 Quito Ana Ruiz+Kevin Lee"]);
}

#[test]
fn meeting_someone_before_she_departs_is_a_plan_not_a_vague_before() {
    let got = read("Ana Ruiz will also meet Kevin Lee before she departs.", Some("2024-06-22"));
    assert_eq!(got, ["meeting planned - - Ana Ruiz+Kevin Lee"]);
    let got = read("Ana Ruiz and Kevin Lee have met before.", Some("2024-06-22"));
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn opening_later_on_the_day_of_the_story_is_a_plan() {
    let got = read("The summit of Ana Ruiz and Kevin Lee opens later on Friday.", Some("2024-11-15"));
    assert_eq!(got, ["meeting planned 2024-11-15..2024-11-15 - Ana Ruiz+Kevin Lee"]);
    // (Another day than the story's is no "later today".)
    let got = read("Ana Ruiz meets Kevin Lee later on Monday.", Some("2024-11-15"));
    assert_eq!(got, ["meeting occurred 2024-11-11..2024-11-11 - Ana Ruiz+Kevin Lee"]);
}

#[test]
fn what_is_due_later_that_day_happens_where_the_story_is_datelined() {
    let got = read(
        "LIMA, Nov 15 (Reuters) - Ana Ruiz arrived on Thursday for a regional meeting.\n\nTrade officials held \
         talks on tariffs.\n\nShe meets Kevin Lee later today.",
        Some("2024-11-15"),
    );
    assert_eq!(got, ["meeting planned 2024-11-15..2024-11-15 Lima Ana Ruiz+Kevin Lee"]);
}

#[test]
fn after_meeting_a_on_one_day_and_b_on_another_is_two_meetings() {
    let got = read(
        "Ana Ruiz arrived in Lima after meeting Kevin Lee in Quito on Wednesday and Omar Haddad in Cusco on \
         Thursday.",
        Some("2022-04-23"),
    );
    assert_eq!(
        got,
        [
            "meeting occurred 2022-04-20..2022-04-20 Quito Ana Ruiz+Kevin Lee",
            "meeting occurred 2022-04-21..2022-04-21 Cusco Ana Ruiz+Omar Haddad"
        ]
    );
}

#[test]
fn who_met_him_takes_the_day_the_main_clause_dated() {
    let got = read(
        "Ana Ruiz received the invitation last September from Kevin Lee, who met her in Quito on the sidelines of \
         the assembly.",
        Some("2024-04-15"),
    );
    assert_eq!(got, ["meeting occurred 2023-09-01..2023-09-30 Quito Ana Ruiz+Kevin Lee"]);
}

#[test]
fn a_town_that_hosts_the_talks_is_where_they_were() {
    let got = read("Lima hosted Ana Ruiz and Kevin Lee for talks on Saturday.", Some("2023-08-07"));
    assert_eq!(got, ["meeting occurred 2023-08-05..2023-08-05 Lima Ana Ruiz+Kevin Lee"]);
}

#[test]
fn a_pair_after_its_relative_clause_and_a_plural_verb_is_both() {
    let got = read(
        "Ana Ruiz and Kevin Lee, who spoke by phone on November 1, are expected to meet over dinner in Quito on \
         December 1.",
        Some("2018-11-18"),
    );
    assert_eq!(
        got,
        [
            "call occurred 2018-11-01..2018-11-01 - Ana Ruiz+Kevin Lee",
            "meeting planned 2018-12-01..2018-12-01 Quito Ana Ruiz+Kevin Lee"
        ]
    );
}

#[test]
fn him_after_a_relative_clause_is_the_one_named_in_it() {
    let got = read(
        "Ana Ruiz, who spoke by phone with Kevin Lee on November 1, is expected to meet him in Quito on December 1.",
        Some("2018-11-18"),
    );
    assert_eq!(
        got,
        [
            "call occurred 2018-11-01..2018-11-01 - Ana Ruiz+Kevin Lee",
            "meeting planned 2018-12-01..2018-12-01 Quito Ana Ruiz+Kevin Lee"
        ]
    );
    // (Not once another clause, with a subject of its own, has begun.)
    let got = read(
        "Ana Ruiz, who spoke with Kevin Lee on Monday, is due in Lima, and Omar Haddad will meet her there on Friday.",
        Some("2018-11-18"),
    );
    assert_eq!(got[1], "meeting planned 2018-11-23..2018-11-23 Lima Ana Ruiz+Omar Haddad");
}

#[test]
fn the_leaders_first_meeting_was_is_the_pair_told_last() {
    let got = read(
        "Ana Ruiz met Kevin Lee in Hanoi on Wednesday.\n\nThe leaders' first meeting was in Lima in June last year.",
        Some("2019-02-28"),
    );
    assert_eq!(
        got,
        [
            "meeting occurred 2019-02-27..2019-02-27 Hanoi Ana Ruiz+Kevin Lee",
            "meeting occurred 2018-06-01..2018-06-30 Lima Ana Ruiz+Kevin Lee"
        ]
    );
}

#[test]
fn pm_is_a_title() {
    let got = read(
        "Prime Minister Imran Khan arrived in Lima on Thursday.\n\nPM Imran met Kevin Lee in Lima on February 6.",
        Some("2022-02-10"),
    );
    assert_eq!(got, ["meeting occurred 2022-02-06..2022-02-06 Lima Imran Khan+Kevin Lee"]);
}

#[test]
fn a_country_retreat_is_its_own_place() {
    let got = read("Ana Ruiz met Kevin Lee at Camp David on Friday.", Some("2023-08-19"));
    assert_eq!(got, ["meeting occurred 2023-08-18..2023-08-18 Camp David Ana Ruiz+Kevin Lee"]);
    let got = read("Ana Ruiz hosted Kevin Lee at Chequers on Friday.", Some("2023-08-19"));
    assert_eq!(got, ["meeting occurred 2023-08-18..2023-08-18 Chequers Ana Ruiz+Kevin Lee"]);
}

#[test]
fn the_vostochny_cosmodrome_is_a_venue_in_the_amur_region() {
    let got = read(
        "Ana Ruiz and Kevin Lee talked for five hours at the Vostochny Cosmodrome in Russia's Amur region on \
         Wednesday.",
        Some("2023-09-14"),
    );
    assert_eq!(got, ["meeting occurred 2023-09-13..2023-09-13 Vostochny Cosmodrome Ana Ruiz+Kevin Lee"]);
}

#[test]
fn the_president_of_a_country_is_its_president_named_before() {
    let got = read(
        "Peruvian President Ana Ruiz arrived in Quito on Monday for a two-day visit.\n\nOn Tuesday the President of \
         Peru will meet Omar Haddad in Quito.",
        Some("2024-06-17"),
    );
    assert_eq!(got, ["meeting planned 2024-06-18..2024-06-18 Quito Ana Ruiz+Omar Haddad"]);
}

#[test]
fn this_morning_told_before_dates_the_meeting_after_it() {
    let got = read(
        "Kevin Lee landed in Lima on Monday.\n\nThis morning Kevin Lee laid a wreath at the war memorial. Ana Ruiz \
         received him at the palace, where they discussed trade.",
        Some("2024-06-18"),
    );
    assert_eq!(got, ["meeting occurred 2024-06-18..2024-06-18 Lima Ana Ruiz+Kevin Lee"]);
}

#[test]
fn a_landmark_in_another_town_is_in_the_town_named() {
    // (The gazetteer's Admiralty House is in London; Sydney has one too.)
    let got = read("Ana Ruiz welcomed Kevin Lee to Admiralty House in Sydney on Wednesday.", Some("2023-05-25"));
    assert_eq!(got, ["meeting occurred 2023-05-24..2023-05-24 Sydney Ana Ruiz+Kevin Lee"]);
    let got = read("Ana Ruiz welcomed Kevin Lee to Admiralty House in London on Wednesday.", Some("2023-05-25"));
    assert_eq!(got, ["meeting occurred 2023-05-24..2023-05-24 London Ana Ruiz+Kevin Lee"]);
}

#[test]
fn a_call_on_a_person_is_a_visit() {
    let got =
        read("Ana Ruiz began the day with a call on President Kevin Lee at his palace in Lima.", Some("2023-12-08"));
    assert_eq!(got, ["meeting occurred 2023-12-08..2023-12-08 Lima Ana Ruiz+Kevin Lee"]);
    // (Not a phone call on a subject, or on a day.)
    let got = read("Ana Ruiz and Kevin Lee held a call on Ukraine on Monday.", Some("2023-12-08"));
    assert_eq!(got, ["call occurred 2023-12-04..2023-12-04 - Ana Ruiz+Kevin Lee"]);
}

#[test]
fn and_met_again_is_one_more_meeting_of_the_same_people() {
    let got = read("Ana Ruiz met Kevin Lee in Quito in July, and met again in Lima in September.", Some("2023-12-08"));
    assert_eq!(
        got,
        [
            "meeting occurred 2023-07-01..2023-07-31 Quito Ana Ruiz+Kevin Lee",
            "meeting occurred 2023-09-01..2023-09-30 Lima Ana Ruiz+Kevin Lee"
        ]
    );
}

#[test]
fn restarting_dialogue_is_no_meeting() {
    let got = read(
        "Ana Ruiz met Kevin Lee in Lima on Thursday.\n\nThe two leaders agreed to restart dialogue when they met in \
         Quito in July.",
        Some("2023-12-08"),
    );
    assert_eq!(
        got,
        [
            "meeting occurred 2023-12-07..2023-12-07 Lima Ana Ruiz+Kevin Lee",
            "meeting occurred 2023-07-01..2023-07-31 Quito Ana Ruiz+Kevin Lee"
        ]
    );
}

#[test]
fn held_hours_of_talks_is_past_whatever_the_tour_will_do() {
    let got = read(
        "Kevin Lee held more than two hours of talks with Ana Ruiz in Lima on Monday, on a tour that will also take \
         him to Quito.",
        Some("2023-04-18"),
    );
    assert_eq!(got, ["meeting occurred 2023-04-17..2023-04-17 Lima Ana Ruiz+Kevin Lee"]);
}

#[test]
fn the_two_leaders_during_which_are_the_two_the_sentence_named() {
    let got = read(
        "Kevin Lee met Omar Haddad in Quito on Thursday.\n\nLee's mission follows Ana Ruiz's state visit to Peru, \
         during which the two leaders held talks in Lima on May 27.",
        Some("2019-06-14"),
    );
    assert_eq!(
        got,
        [
            "meeting occurred 2019-06-13..2019-06-13 Quito Kevin Lee+Omar Haddad",
            "meeting occurred 2019-05-27..2019-05-27 Lima Ana Ruiz+Kevin Lee"
        ]
    );
}

#[test]
fn and_two_days_later_opens_another_occasion() {
    let got = read(
        "Ana Ruiz made her first trip abroad on February 2, meeting Kevin Lee in Lima, and two days later held talks \
         with Omar Haddad in Quito.",
        Some("2025-03-11"),
    );
    assert_eq!(
        got,
        [
            "meeting occurred 2025-02-02..2025-02-02 Lima Ana Ruiz+Kevin Lee",
            "meeting occurred 2025-02-04..2025-02-04 Quito Ana Ruiz+Omar Haddad"
        ]
    );
    // ("two days later spoke to": counted from the day before it, not from the
    // publication date.)
    let got = read(
        "Ana Ruiz called Kevin Lee on February 8, and two days later spoke to Omar Haddad for two hours.",
        Some("2021-03-16"),
    );
    assert_eq!(
        got,
        [
            "call occurred 2021-02-08..2021-02-08 - Ana Ruiz+Kevin Lee",
            "call occurred 2021-02-10..2021-02-10 - Ana Ruiz+Omar Haddad"
        ]
    );
}

#[test]
fn received_a_in_the_morning_and_b_in_the_afternoon_are_two_meetings() {
    let got = read(
        "On Thursday Ana Ruiz received Kevin Lee for talks in the morning and Omar Haddad in the afternoon.",
        Some("2023-05-19"),
    );
    assert_eq!(
        got,
        [
            "meeting occurred 2023-05-18..2023-05-18 - Ana Ruiz+Kevin Lee",
            "meeting occurred 2023-05-18..2023-05-18 - Ana Ruiz+Omar Haddad"
        ]
    );
}

#[test]
fn a_gathering_named_after_its_town_is_in_that_town() {
    let got = read("Ana Ruiz met Kevin Lee on 18 February at the Munich Security Conference.", Some("2023-02-28"));
    assert_eq!(got, ["meeting occurred 2023-02-18..2023-02-18 Munich Ana Ruiz+Kevin Lee"]);
}

#[test]
fn began_the_day_where_he_met_is_the_storys_day() {
    let got = read(
        "LIMA, May 22 - Ana Ruiz and Kevin Lee opened a regional summit in Lima on Monday.\n\nRuiz began the day at \
         Government House, where she met Governor-General Omar Haddad.",
        Some("2023-05-22"),
    );
    assert_eq!(
        got,
        [
            "meeting occurred 2023-05-22..2023-05-22 Lima Ana Ruiz+Kevin Lee",
            "meeting occurred 2023-05-22..2023-05-22 Lima Ana Ruiz+Omar Haddad"
        ]
    );
}

#[test]
fn brought_the_two_leaders_together_is_a_meeting_of_the_three() {
    let got = read(
        "Ana Ruiz and Kevin Lee met in Quito on Tuesday.\n\nIn September 2022, Omar Haddad brought the two leaders \
         together in Lima.",
        Some("2025-03-19"),
    );
    assert_eq!(
        got,
        [
            "meeting occurred 2025-03-18..2025-03-18 Quito Ana Ruiz+Kevin Lee",
            "meeting occurred 2022-09-01..2022-09-30 Lima Ana Ruiz+Kevin Lee+Omar Haddad"
        ]
    );
    // (A wish is no meeting.)
    let got = read(
        "Ana Ruiz and Kevin Lee met in Quito on Tuesday.\n\nOmar Haddad hopes to bring the two leaders together.",
        Some("2025-03-19"),
    );
    assert_eq!(got, ["meeting occurred 2025-03-18..2025-03-18 Quito Ana Ruiz+Kevin Lee"]);
}

#[test]
fn the_same_object_pronoun_twice_is_the_same_person() {
    let got = read(
        "Omar Haddad has few friends abroad.\n\nKevin Lee held talks with him in Lima earlier this month, and Ana \
         Ruiz met him in Cusco in early July.",
        Some("2022-08-18"),
    );
    assert_eq!(
        got,
        [
            "meeting occurred 2022-08-01..2022-08-31 Lima Kevin Lee+Omar Haddad",
            "meeting occurred 2022-07-01..2022-07-31 Cusco Ana Ruiz+Omar Haddad"
        ]
    );
}

#[test]
fn the_same_trio_is_the_three_met_with_someone_last() {
    let got = read(
        "Ana Ruiz, Kevin Lee and Sara Bello held talks with Omar Haddad in Quito on Sunday.\n\nThe same trio had \
         been received by Haddad in Lima on June 11.",
        Some("2023-07-17"),
    );
    assert_eq!(
        got,
        [
            "meeting occurred 2023-07-16..2023-07-16 Quito Ana Ruiz+Kevin Lee+Omar Haddad+Sara Bello",
            "meeting occurred 2023-06-11..2023-06-11 Lima Ana Ruiz+Kevin Lee+Omar Haddad+Sara Bello"
        ]
    );
}

#[test]
fn left_after_taking_tea_with_someone_met_them() {
    let got = read("Ana Ruiz left for the airport after taking tea with Kevin Lee on Monday.", Some("2023-02-28"));
    assert_eq!(got, ["meeting occurred 2023-02-27..2023-02-27 - Ana Ruiz+Kevin Lee"]);
}

#[test]
fn windsor_castle_is_in_windsor() {
    let got = read("Ana Ruiz met Kevin Lee at Windsor Castle on Monday.", Some("2023-02-28"));
    assert_eq!(got, ["meeting occurred 2023-02-27..2023-02-27 Windsor Ana Ruiz+Kevin Lee"]);
}

#[test]
fn before_wednesdays_talks_is_where_those_talks_were() {
    let got = read(
        "Ana Ruiz arrived in Quito on Wednesday and held talks the same evening with President Kevin Lee at the \
         palace.\n\nBefore Wednesday's talks, Sara Bello sat down with her counterpart Omar Haddad.",
        Some("2019-06-13"),
    );
    assert_eq!(
        got,
        [
            "meeting occurred 2019-06-12..2019-06-12 Quito Ana Ruiz+Kevin Lee",
            "meeting occurred 2019-06-12..2019-06-12 Quito Omar Haddad+Sara Bello"
        ]
    );
}

#[test]
fn met_a_and_b_in_a_month_is_one_meeting() {
    let got = read(
        "Ana Ruiz met Kevin Lee and Omar Haddad in March on the sidelines of a forum in Quito.",
        Some("2023-05-19"),
    );
    assert_eq!(got, ["meeting occurred 2023-03-01..2023-03-31 Quito Ana Ruiz+Kevin Lee+Omar Haddad"]);
}

#[test]
fn at_the_same_time_is_the_day_of_the_event_told_before() {
    let got = read(
        "Ana Ruiz held talks with President Kevin Lee at the Government Palace in Lima on Thursday. At the same time, Interior Minister Omar Haddad received his counterpart Sara Bello at the police headquarters.",
        Some("2023-05-19"),
    );
    assert_eq!(
        got,
        [
            "meeting occurred 2023-05-18..2023-05-18 Lima Ana Ruiz+Kevin Lee",
            "meeting occurred 2023-05-18..2023-05-18 - Omar Haddad+Sara Bello"
        ]
    );
}

#[test]
fn is_also_due_for_talks_is_a_plan() {
    let got = read(
        "Peru's President Ana Ruiz is also due in Quito later this month for talks with Kevin Lee, despite calls to drop the trip.",
        Some("2022-02-10"),
    );
    assert_eq!(got, ["meeting planned 2022-02-01..2022-02-28 Quito Ana Ruiz+Kevin Lee"]);
}

#[test]
fn had_spoken_by_phone_is_past_whatever_plan_follows() {
    let got = read(
        "In Lima, Ana Ruiz told reporters she had spoken with Kevin Lee by phone on Friday morning and would visit Ecuador in April.",
        Some("2022-02-10"),
    );
    assert_eq!(got, ["call occurred 2022-02-04..2022-02-04 - Ana Ruiz+Kevin Lee"]);
}

#[test]
fn a_plan_made_during_a_phone_call_leaves_the_call_past() {
    let got = read(
        "The two presidents, Ana Ruiz and Kevin Lee, agreed to meet in person during a phone call in November, when travel was still hard.",
        Some("2022-02-10"),
    );
    assert_eq!(got, ["call occurred 2021-11-01..2021-11-30 - Ana Ruiz+Kevin Lee"]);
}

#[test]
fn an_invitation_made_in_a_phone_call_is_a_call() {
    let got = read(
        "Kevin Lee arrived in Lima on Monday for his first visit to Peru. Ana Ruiz had invited him to Lima in a phone call in April.",
        Some("2022-06-10"),
    );
    assert_eq!(got, ["call occurred 2022-04-01..2022-04-30 - Ana Ruiz+Kevin Lee"]);
}

#[test]
fn a_korean_family_name_alone_is_the_one_named_in_full() {
    let got = read(
        "Intelligence chief Suh Hoon met Kevin Lee in Lima on Monday. Suh will meet Ana Ruiz in Quito early next week.",
        Some("2018-03-28"),
    );
    assert_eq!(
        got,
        [
            "meeting occurred 2018-03-26..2018-03-26 Lima Kevin Lee+Suh Hoon",
            "meeting planned 2018-04-01..2018-04-30 Quito Ana Ruiz+Suh Hoon"
        ]
    );
}

#[test]
fn received_on_arrival_is_on_the_day_of_the_visit_told_before() {
    let got = read(
        "Ecuadorian President Kevin Lee met Peruvian President Ana Ruiz in Lima on Friday, state media said. Ruiz said she hoped the visit would open a new era. Lee was received on arrival in Lima by Omar Haddad, the deputy prime minister.",
        Some("2022-03-18"),
    );
    assert_eq!(
        got,
        [
            "meeting occurred 2022-03-18..2022-03-18 Lima Ana Ruiz+Kevin Lee",
            "meeting occurred 2022-03-18..2022-03-18 Lima Kevin Lee+Omar Haddad"
        ]
    );
}

#[test]
fn also_takes_the_day_not_the_year_of_an_aside_in_the_sentence_before() {
    let got = read(
        "Ecuadorian President Kevin Lee met Peruvian President Ana Ruiz in Lima on Friday, state media said, on his first visit to Peru since the war broke out in 2011. In Cusco, he also held talks with the regional governor, Sara Bello.",
        Some("2022-03-18"),
    );
    assert_eq!(
        got,
        [
            "meeting occurred 2022-03-18..2022-03-18 Lima Ana Ruiz+Kevin Lee",
            "meeting occurred 2022-03-18..2022-03-18 Cusco Kevin Lee+Sara Bello"
        ]
    );
}

#[test]
fn where_after_the_same_day_is_the_day_it_took_up() {
    let got = read(
        "Kevin Lee arrived in Lima on Thursday. On Monday he will hold talks with President Ana Ruiz in Quito and fly the same day to Accra, where he is expected to meet President Omar Haddad.",
        Some("2018-03-09"),
    );
    assert_eq!(
        got,
        [
            "meeting planned 2018-03-12..2018-03-12 Quito Ana Ruiz+Kevin Lee",
            "meeting planned 2018-03-12..2018-03-12 Accra Kevin Lee+Omar Haddad"
        ]
    );
}

#[test]
fn shortly_after_someones_meeting_with_another_is_another_meeting_that_day() {
    let got = read(
        "Kevin Lee held talks with President Ana Ruiz at the Government Palace in Lima on Monday, shortly after Mr Lee's meeting there with Premier Omar Haddad.",
        Some("2019-04-01"),
    );
    assert_eq!(
        got,
        [
            "meeting occurred 2019-04-01..2019-04-01 Lima Ana Ruiz+Kevin Lee",
            "meeting occurred 2019-04-01..2019-04-01 Lima Kevin Lee+Omar Haddad"
        ]
    );
}

#[test]
fn panmunjom_is_a_place_of_its_own_not_paju() {
    let got = read("Ana Ruiz met Kevin Lee at the truce village of Panmunjom on Friday.", Some("2018-04-28"));
    assert_eq!(got, ["meeting occurred 2018-04-27..2018-04-27 Panmunjom Ana Ruiz+Kevin Lee"]);
}

#[test]
fn where_after_a_landmark_is_in_its_town() {
    let got = read("Kevin Lee spent Monday afternoon at the Kremlin, where he met Ana Ruiz.", Some("2023-02-28"));
    assert_eq!(got, ["meeting occurred 2023-02-27..2023-02-27 Moscow Ana Ruiz+Kevin Lee"]);
}

#[test]
fn left_a_place_after_talks_is_where_the_talks_were() {
    let got =
        read("Ana Ruiz has left Windsor Castle after taking tea with Kevin Lee, the palace says.", Some("2023-02-27"));
    assert_eq!(got, ["meeting occurred 2023-02-27..2023-02-27 Windsor Ana Ruiz+Kevin Lee"]);
}

#[test]
fn a_call_in_which_something_will_be_asked_is_still_a_plan() {
    let got = read(
        "Ana Ruiz will be asked in a phone call with Kevin Lee on Monday to reopen the border.",
        Some("2022-02-10"),
    );
    assert_eq!(got, ["call planned 2022-02-14..2022-02-14 - Ana Ruiz+Kevin Lee"]);
}

#[test]
fn a_caption_saying_who_came_along_adds_no_one_to_the_story() {
    let got = read(
        "President Ana Ruiz met President Kevin Lee in Lima on Monday.\n\n\
         Photo: Omar Haddad speaks to reporters outside the palace, accompanied by Sara Bello. (Reuters)",
        Some("2023-03-08"),
    );
    assert_eq!(got, ["meeting occurred 2023-03-06..2023-03-06 Lima Ana Ruiz+Kevin Lee"]);
}

#[test]
fn a_report_naming_the_town_corrects_the_datelines_guess() {
    let lead = "DUBAI, March 18 - President Ana Ruiz met President Kevin Lee on Friday, state media said.\n\n";
    for next in [
        "The two held talks at the palace in Abu Dhabi, the agency reported.",
        "The two discussed relations between their countries during talks at the palace in Abu Dhabi.",
    ] {
        let got = read_events(&format!("{lead}{next}\n"), "2022-03-18");
        assert_eq!(
            got,
            [["2022-03-18..2022-03-18 Abu Dhabi Ana Ruiz+Kevin Lee", "- Abu Dhabi Ana Ruiz+Kevin Lee"]],
            "{next}"
        );
    }
    // A country that holds the dateline's town corrects nothing.
    let got =
        read_events(&format!("{lead}The two held talks at the palace in the United Arab Emirates.\n"), "2022-03-18");
    assert_eq!(got, [["2022-03-18..2022-03-18 Dubai Ana Ruiz+Kevin Lee", "- United Arab Emirates Ana Ruiz+Kevin Lee"]]);
}

#[test]
fn a_known_surname_after_two_words_of_a_name_is_someone_elses() {
    // Macky Sall is in the gazetteer; Aissata Tall Sall is another person.
    let got = read("Foreign Minister Aissata Tall Sall met Kevin Lee in Dakar on Friday.", Some("2022-03-22"));
    assert_eq!(got, ["meeting occurred 2022-03-18..2022-03-18 Dakar Aissata Tall Sall+Kevin Lee"]);
    // The known person written with a middle initial stays the known person.
    let got = read("President Joseph R. Biden met Ana Ruiz in Lima on Friday.", Some("2022-03-22"));
    assert_eq!(got, ["meeting occurred 2022-03-18..2022-03-18 Lima Ana Ruiz+Joe Biden"]);
}

#[test]
fn a_short_form_inside_a_name_the_page_gave_is_that_person() {
    // "bin Zayed" is short for Mohamed bin Zayed in the gazetteer, but this page
    // named only his brother.
    let got = read(
        "Foreign Minister Abdullah bin Zayed met Ana Ruiz in Abu Dhabi on Tuesday.\n\n\
         Kevin Lee met bin Zayed in Berlin last October.",
        Some("2021-06-30"),
    );
    assert_eq!(
        got,
        [
            "meeting occurred 2021-06-29..2021-06-29 Abu Dhabi Abdullah bin Zayed Al Nahyan+Ana Ruiz",
            "meeting occurred 2020-10-01..2020-10-31 Berlin Abdullah bin Zayed Al Nahyan+Kevin Lee"
        ]
    );
}

#[test]
fn a_town_named_as_one_is_the_place_even_unlisted() {
    let got = read(
        "Ana Ruiz met Kevin Lee at his home in the central Israeli town of Rosh HaAyin on Tuesday, her first \
         visit to Israel in a decade.",
        Some("2021-12-29"),
    );
    assert_eq!(got, ["meeting occurred 2021-12-28..2021-12-28 Rosh HaAyin Ana Ruiz+Kevin Lee"]);
    let got = read("Ana Ruiz met Kevin Lee in the border village of Tarkhan on Tuesday.", Some("2021-12-29"));
    assert_eq!(got, ["meeting occurred 2021-12-28..2021-12-28 Tarkhan Ana Ruiz+Kevin Lee"]);
    // (A sentence that opens with the town names no "in" before it.)
    let got = read("The central town of Tarkhan saw Ana Ruiz meet Kevin Lee on Tuesday.", Some("2021-12-29"));
    assert!(got.iter().all(|e| !e.contains("Tarkhan")), "{got:?}");
}

#[test]
fn who_attended_a_funeral_took_no_part_in_the_meeting_told_before() {
    let got = read(
        "Ana Ruiz and Kevin Lee last met in Lima in August.\n\n\
         Ruiz has not been to Chile since she attended the funeral of former president Omar Haddad in 2016.",
        Some("2021-12-29"),
    );
    assert_eq!(got, ["meeting occurred 2021-08-01..2021-08-31 Lima Ana Ruiz+Kevin Lee"]);
}

#[test]
fn a_visit_told_in_an_aside_dates_the_meeting_after_it() {
    let got =
        read("Ana Ruiz, who visited Kyiv in late February, met Kevin Lee for more than an hour.", Some("2025-03-10"));
    assert_eq!(got, ["meeting occurred 2025-02-01..2025-02-28 Kyiv Ana Ruiz+Kevin Lee"]);
    // (The meeting's own day comes first.)
    let got = read("Ana Ruiz, who visited Kyiv in February, met Kevin Lee on Monday.", Some("2025-03-12"));
    assert_eq!(got, ["meeting occurred 2025-03-10..2025-03-10 Kyiv Ana Ruiz+Kevin Lee"]);
}

#[test]
fn the_next_meeting_of_a_named_body_is_planned() {
    let got = read(
        "Ana Ruiz met Kevin Lee in Lima on Friday.\n\n\
         The two sides agreed to convene the next joint commission meeting in Quito in August.",
        Some("2024-06-14"),
    );
    assert_eq!(
        got,
        [
            "meeting occurred 2024-06-14..2024-06-14 Lima Ana Ruiz+Kevin Lee",
            "meeting planned 2024-08-01..2024-08-31 Quito Ana Ruiz+Kevin Lee"
        ]
    );
}

#[test]
fn a_bilateral_meeting_before_a_summit_is_its_own() {
    let got = read_events(
        "Ana Ruiz, Kevin Lee and Omar Haddad held a three-way summit in Lima on Thursday.\n\n\
         Ruiz flew in on Thursday morning and held a bilateral meeting with Haddad before the summit opened.",
        "2024-10-11",
    );
    assert!(got.iter().any(|e| e.len() == 1 && e[0] == "2024-10-10..2024-10-10 Lima Ana Ruiz+Omar Haddad"), "{got:?}");
}

#[test]
fn a_capitalised_article_in_a_known_name_is_that_name() {
    let got = read("Prime Minister Mohammed Shia Al-Sudani met Ana Ruiz in Baghdad on Monday.", Some("2024-10-11"));
    assert_eq!(got, ["meeting occurred 2024-10-07..2024-10-07 Baghdad Ana Ruiz+Mohammed Shia al-Sudani"]);
    let got = read("President Abdel Fattah El-Sisi met Ana Ruiz in Cairo on Monday.", Some("2024-10-11"));
    assert_eq!(got, ["meeting occurred 2024-10-07..2024-10-07 Cairo Abdel Fattah el-Sisi+Ana Ruiz"]);
}

#[test]
fn an_unknown_name_ending_in_a_hyphened_article_is_a_person() {
    let got = read("Khalid al-Rumaihi met Ana Ruiz in Doha on Monday.", Some("2024-10-11"));
    assert_eq!(got, ["meeting occurred 2024-10-07..2024-10-07 Doha Ana Ruiz+Khalid al-Rumaihi"]);
    let got =
        read("Ana Ruiz met Sheikh Salem Abdullah al-Jaber al-Sabah in Kuwait City on Monday.", Some("2024-10-11"));
    assert_eq!(got, ["meeting occurred 2024-10-07..2024-10-07 Kuwait City Ana Ruiz+Salem Abdullah al-Jaber al-Sabah"]);
}

#[test]
fn a_known_name_with_a_middle_name_added_is_that_person() {
    let got = read("President Omar Hassan al-Bashir met Ana Ruiz in Khartoum on Monday.", Some("2024-10-11"));
    assert_eq!(got, ["meeting occurred 2024-10-07..2024-10-07 Khartoum Ana Ruiz+Omar al-Bashir"]);
}

#[test]
fn a_known_name_after_bin_names_a_father() {
    let got = read("Ana Ruiz met Sheikh Khalid bin Mohamed bin Zayed in Abu Dhabi on Monday.", Some("2024-10-11"));
    assert_eq!(got, ["meeting occurred 2024-10-07..2024-10-07 Abu Dhabi Ana Ruiz+Khalid bin Mohamed bin Zayed"]);
    let got =
        read("Ana Ruiz met Sheikh Hamdan bin Mohammed bin Rashid Al Maktoum in Dubai on Monday.", Some("2024-10-11"));
    assert_eq!(
        got,
        ["meeting occurred 2024-10-07..2024-10-07 Dubai Ana Ruiz+Hamdan bin Mohammed bin Rashid Al Maktoum"]
    );
}

#[test]
fn a_summit_where_two_held_no_talks_is_no_meeting_of_theirs() {
    let got = read(
        "Ana Ruiz met Kevin Lee in Dushanbe on Thursday.\n\n\
         The two leaders briefly crossed paths at the summit in Tianjin last month but held no talks, officials said.",
        Some("2025-10-10"),
    );
    assert_eq!(got, ["meeting occurred 2025-10-09..2025-10-09 Dushanbe Ana Ruiz+Kevin Lee"]);
}

#[test]
fn what_was_said_to_someone_in_a_phone_call_makes_them_party_to_it() {
    let got = read("Ana Ruiz apologised to Kevin Lee in a telephone call on March 3.", Some("2024-05-10"));
    assert_eq!(got, ["call occurred 2024-03-03..2024-03-03 - Ana Ruiz+Kevin Lee"]);
    let got =
        read("In a phone call on Tuesday, Omar Haddad complained to Sara Bello about tariffs.", Some("2024-05-10"));
    assert_eq!(got, ["call occurred 2024-05-07..2024-05-07 - Omar Haddad+Sara Bello"]);
    let got = read("Omar Haddad offered Ana Ruiz condolences in a phone call on Tuesday.", Some("2024-05-10"));
    assert_eq!(got, ["call occurred 2024-05-07..2024-05-07 - Ana Ruiz+Omar Haddad"]);
    let got = read(
        "Kevin Lee accepted an invitation from Sara Bello to visit Quito during a phone call in January.",
        Some("2024-05-10"),
    );
    assert_eq!(got, ["call occurred 2024-01-01..2024-01-31 - Kevin Lee+Sara Bello"]);
}

#[test]
fn she_is_a_woman_named_nearby_by_her_given_name() {
    let got = read_events(
        "Kevin Lee welcomed Ana Ruiz to Lisbon on Monday.\n\n\
         The commission chief had flown in from Rome, where she and Omar Haddad met on Sunday.",
        "2024-05-10",
    );
    assert_eq!(
        got,
        [["2024-05-06..2024-05-06 Lisbon Ana Ruiz+Kevin Lee"], ["2024-05-05..2024-05-05 Rome Ana Ruiz+Omar Haddad"]]
    );
}

#[test]
fn a_name_in_han_script_beside_the_english_one_is_no_second_person() {
    let got = read(
        "Vice President Kevin Lee (李凱文) met Omar Haddad in Lima on Monday and conveyed Ana Ruiz's (安娜) greetings.",
        Some("2024-08-15"),
    );
    assert_eq!(got, ["meeting occurred 2024-08-12..2024-08-12 Lima Kevin Lee+Omar Haddad"]);
}

#[test]
fn a_meeting_that_failed_to_happen_is_none() {
    let got = read("Kevin Lee and Omar Haddad had failed to meet in May at the summit in Oslo.", Some("2024-08-15"));
    assert!(got.is_empty(), "{got:?}");
    let got = read("Kevin Lee and Omar Haddad were unable to meet in Oslo in May.", Some("2024-08-15"));
    assert!(got.is_empty(), "{got:?}");
    // Talks that failed to agree were held.
    let got = read("Kevin Lee and Omar Haddad failed to agree at talks in Oslo in May.", Some("2024-08-15"));
    assert_eq!(got, ["meeting occurred 2024-05-01..2024-05-31 Oslo Kevin Lee+Omar Haddad"]);
}

#[test]
fn a_date_before_and_belongs_to_the_verb_before_when_the_trigger_has_its_own() {
    let got =
        read("Omar Haddad flew to Lima at the end of July and met Kevin Lee there on July 30.", Some("2024-08-15"));
    assert_eq!(got, ["meeting occurred 2024-07-30..2024-07-30 Lima Kevin Lee+Omar Haddad"]);
}

#[test]
fn where_critics_are_is_not_where_the_talks_were() {
    let got = read(
        "Critics in Brussels pointed to Omar Haddad's talks with Kevin Lee in Beijing last October.",
        Some("2024-08-15"),
    );
    assert_eq!(got, ["meeting occurred 2023-10-01..2023-10-31 Beijing Kevin Lee+Omar Haddad"]);
}

#[test]
fn a_second_verb_of_holding_or_a_trip_for_talks_is_a_second_meeting() {
    let got = read(
        "Tomorrow Kevin Lee will meet President Omar Haddad at the palace and hold talks with Prime Minister \
         Sara Bello at the ministry.",
        Some("2024-08-15"),
    );
    assert_eq!(
        got,
        [
            "meeting planned 2024-08-16..2024-08-16 - Kevin Lee+Omar Haddad",
            "meeting planned 2024-08-16..2024-08-16 - Kevin Lee+Sara Bello"
        ]
    );
    let got = read(
        "Kevin Lee met Omar Haddad for two hours yesterday, then crossed to the ministry for talks with Sara Bello.",
        Some("2024-08-15"),
    );
    assert_eq!(
        got,
        [
            "meeting occurred 2024-08-14..2024-08-14 - Kevin Lee+Omar Haddad",
            "meeting occurred 2024-08-14..2024-08-14 - Kevin Lee+Sara Bello"
        ]
    );
}

#[test]
fn an_initial_with_no_full_stop_stays_inside_the_name() {
    let got = read("Tomorrow Kevin Lee will meet President Michael D Higgins in Dublin.", Some("2023-04-12"));
    assert_eq!(got, ["meeting planned 2023-04-13..2023-04-13 Dublin Kevin Lee+Michael D. Higgins"]);
}

#[test]
fn a_when_clause_opened_by_an_aside_takes_the_time_it_hangs_on() {
    let got = read(
        "Omar Haddad's previous visit to Lima was in May 2017, when, as foreign minister, he was received by \
         President Kevin Lee.",
        Some("2024-09-23"),
    );
    assert_eq!(got, ["meeting occurred 2017-05-01..2017-05-31 Lima Kevin Lee+Omar Haddad"]);
}

#[test]
fn a_new_subject_named_in_apposition_after_and_opens_a_clause_of_its_own() {
    let got = read(
        "Ana Ruiz held talks with Kevin Lee in Lima on Tuesday, and the special envoy for the Sahel, Omar Haddad, \
         is travelling to Mali and Niger.",
        Some("2024-09-23"),
    );
    assert_eq!(got, ["meeting occurred 2024-09-17..2024-09-17 Lima Ana Ruiz+Kevin Lee"]);
}

#[test]
fn a_week_across_two_months_is_the_month_with_more_of_its_days() {
    // Monday 4 September: last week ran from 28 August to 3 September.
    let got = read(
        "Last week Omar Haddad flew to Alexandria, where he was received by President Kevin Lee.",
        Some("2023-09-04"),
    );
    assert_eq!(got, ["meeting occurred 2023-08-01..2023-08-31 Alexandria Kevin Lee+Omar Haddad"]);
    // Thursday 4 April: last week ran from 25 to 31 March, within one month.
    let got = read("Omar Haddad met Kevin Lee in Alexandria last week.", Some("2024-04-04"));
    assert_eq!(got, ["meeting occurred 2024-03-01..2024-03-31 Alexandria Kevin Lee+Omar Haddad"]);
}

#[test]
fn calls_counted_after_the_names_are_no_single_call() {
    let got = read(
        "Kevin Lee has spoken by phone with Omar Haddad and Luis Ruiz several times since April, his office said.",
        Some("2023-09-04"),
    );
    assert!(got.is_empty(), "{got:?}");
    let got = read("Kevin Lee spoke by phone with Omar Haddad and Luis Ruiz on Monday.", Some("2023-09-06"));
    assert_eq!(got, ["call occurred 2023-09-04..2023-09-04 - Kevin Lee+Luis Ruiz+Omar Haddad"]);
}

#[test]
fn a_town_a_where_clause_goes_on_to_is_no_venue() {
    let got = read(
        "Omar Haddad came straight from Kyiv, where on Saturday he met President Kevin Lee and visited Bucha.",
        Some("2022-04-11"),
    );
    assert_eq!(got, ["meeting occurred 2022-04-09..2022-04-09 Kyiv Kevin Lee+Omar Haddad"]);
}

#[test]
fn a_day_the_where_clause_gives_inside_a_rough_span_dates_the_meeting() {
    let got = read(
        "Omar Haddad and Kevin Lee last met two weeks ago in Paris, where both attended a conference on Libya on \
         November 12.",
        Some("2021-11-26"),
    );
    assert_eq!(got, ["meeting occurred 2021-11-12..2021-11-12 Paris Kevin Lee+Omar Haddad"]);
    // (Not a day outside it.)
    let got = read(
        "Omar Haddad and Kevin Lee met in Paris in October, where both attended a conference on November 12.",
        Some("2021-11-26"),
    );
    assert_eq!(got, ["meeting occurred 2021-10-01..2021-10-31 Paris Kevin Lee+Omar Haddad"]);
}

#[test]
fn a_meeting_on_the_sidelines_is_of_the_meeting_told_before_not_of_a_call() {
    let got = read(
        "QUITO, May 14 - President Ana Ruiz met Prime Minister Kevin Lee in Quito on Sunday after his swearing-in. \
         Lee received Ruiz and other guests at the Carondelet Palace. The two had spoken by phone on Thursday. \
         On the sidelines, Ruiz held talks with Omar Haddad.",
        Some("2023-05-14"),
    );
    assert!(got.contains(&"meeting occurred 2023-05-14..2023-05-14 Quito Ana Ruiz+Omar Haddad".to_string()), "{got:?}");
}

#[test]
fn it_came_days_after_counts_from_the_story_s_event_not_the_last_one_told() {
    let got = read(
        "President Ana Ruiz held talks with Prime Minister Kevin Lee in Lima on Friday. The visit was prepared on \
         Tuesday, when Omar Haddad met Luis Ruiz in Lima. It came four days after Ana Ruiz held talks with Sara Bello \
         in Quito.",
        Some("2023-03-10"),
    );
    assert!(got.contains(&"meeting occurred 2023-03-06..2023-03-06 Quito Ana Ruiz+Sara Bello".to_string()), "{got:?}");
}

#[test]
fn a_politician_or_activist_is_named_by_that_title() {
    let got = read(
        "President Ana Ruiz and exiled opposition politician Tembo Wakili held talks in Brussels yesterday.",
        Some("2022-02-17"),
    );
    assert_eq!(got, ["meeting occurred 2022-02-16..2022-02-16 Brussels Ana Ruiz+Tembo Wakili"]);
    let got = read("Kevin Lee met the activist Tembo Wakili in Geneva on Monday.", Some("2022-02-17"));
    assert_eq!(got, ["meeting occurred 2022-02-14..2022-02-14 Geneva Kevin Lee+Tembo Wakili"]);
}

#[test]
fn spoke_for_a_span_of_time_with_someone_is_a_call_or_a_meeting() {
    let got = read("Kevin Lee spoke for 20 minutes with Omar Haddad on Monday.", Some("2022-06-30"));
    assert_eq!(got, ["call occurred 2022-06-27..2022-06-27 - Kevin Lee+Omar Haddad"]);
    let got = read("Kevin Lee spoke for an hour with Omar Haddad in Paris on Monday.", Some("2022-06-30"));
    assert_eq!(got, ["meeting occurred 2022-06-27..2022-06-27 Paris Kevin Lee+Omar Haddad"]);
    // (Not a speech.)
    let got = read("Kevin Lee spoke for an hour on the economy on Monday.", Some("2022-06-30"));
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn a_clause_counted_from_a_fronted_day_is_that_many_days_before_it() {
    let got = read(
        "On June 21 Kevin Lee had a phone call with Omar Haddad, a day after he spoke with Luis Ruiz.",
        Some("2022-06-30"),
    );
    assert_eq!(
        got,
        [
            "call occurred 2022-06-21..2022-06-21 - Kevin Lee+Omar Haddad",
            "call occurred 2022-06-20..2022-06-20 - Kevin Lee+Luis Ruiz"
        ]
    );
}

#[test]
fn common_spanish_given_names_begin_unknown_names() {
    let got = read("On Tuesday Kevin Lee met Rodolfo Quispe at a hotel in Lima.", Some("2022-06-30"));
    assert_eq!(got, ["meeting occurred 2022-06-28..2022-06-28 Lima Kevin Lee+Rodolfo Quispe"]);
}

#[test]
fn a_round_table_with_someone_is_a_meeting() {
    let got = read("On Monday Omar Haddad chaired a round-table with Kevin Lee in Cairo.", Some("2022-06-30"));
    assert_eq!(got, ["meeting occurred 2022-06-27..2022-06-27 Cairo Kevin Lee+Omar Haddad"]);
    // (Round-table talks are one event, not two.)
    let got = read("On Monday Omar Haddad and Kevin Lee held round-table talks in Cairo.", Some("2022-06-30"));
    assert_eq!(got, ["meeting occurred 2022-06-27..2022-06-27 Cairo Kevin Lee+Omar Haddad"]);
}

#[test]
fn where_after_a_town_and_its_country_is_the_town() {
    let got = read(
        "On Saturday Kevin Lee flies to Cairo for his first state visit to Egypt, where he is due to hold talks \
         with President Omar Haddad on Sunday.",
        Some("2023-06-22"),
    );
    assert_eq!(got, ["meeting planned 2023-06-25..2023-06-25 Cairo Kevin Lee+Omar Haddad"]);
}

#[test]
fn the_day_before_someone_acted_is_a_clause_of_its_own() {
    let got = read(
        "Kevin Lee met Luis Ruiz in Abuja on March 12, the day before Omar Haddad dismissed him.",
        Some("2018-05-01"),
    );
    assert_eq!(got, ["meeting occurred 2018-03-12..2018-03-12 Abuja Kevin Lee+Luis Ruiz"]);
    // (Put in front, it is a day.)
    let got = read(
        "Kevin Lee met Luis Ruiz in Abuja on Tuesday. The day before Omar Haddad met Sara Bello.",
        Some("2018-05-01"),
    );
    assert!(got.contains(&"meeting occurred 2018-04-30..2018-04-30 - Omar Haddad+Sara Bello".to_string()), "{got:?}");
}

#[test]
fn talks_at_a_landmark_and_in_another_town_are_two_meetings() {
    let got = read(
        "On February 12 Kevin Lee held talks with Omar Haddad at the Elysee in the morning and with Luis Ruiz in \
         Berlin in the afternoon.",
        Some("2024-02-13"),
    );
    assert_eq!(
        got,
        [
            "meeting occurred 2024-02-12..2024-02-12 Paris Kevin Lee+Omar Haddad",
            "meeting occurred 2024-02-12..2024-02-12 Berlin Kevin Lee+Luis Ruiz"
        ]
    );
    // (Not a landmark in the town named: one meeting.)
    let got = read("Kevin Lee met Omar Haddad at the Elysee and Luis Ruiz in Paris on Monday.", Some("2024-02-13"));
    assert_eq!(got, ["meeting occurred 2024-02-12..2024-02-12 Paris Kevin Lee+Luis Ruiz+Omar Haddad"]);
}

#[test]
fn a_second_leg_of_a_journey_is_a_meeting_of_its_own() {
    let got = read(
        "Kevin Lee's first trips abroad took him to Riyadh on Feb. 2, where he met Omar Haddad, and to Ankara two \
         days later for talks with Luis Ruiz.",
        Some("2025-05-08"),
    );
    assert_eq!(
        got,
        [
            "meeting occurred 2025-02-02..2025-02-02 Riyadh Kevin Lee+Omar Haddad",
            "meeting occurred 2025-02-04..2025-02-04 Ankara Kevin Lee+Luis Ruiz"
        ]
    );
    let got = read(
        "Kevin Lee flew to Riyadh on Monday for talks with Omar Haddad and to Ankara on Wednesday for talks with \
         Luis Ruiz.",
        Some("2025-05-08"),
    );
    assert_eq!(
        got,
        [
            "meeting occurred 2025-05-05..2025-05-05 Riyadh Kevin Lee+Omar Haddad",
            "meeting occurred 2025-05-07..2025-05-07 Ankara Kevin Lee+Luis Ruiz"
        ]
    );
}
