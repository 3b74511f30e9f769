//! The rules of written content: workflow, slugs, texts, links and images.

use super::*;

#[test]
fn the_workflow_goes_through_review() {
    use ContentStatus::*;
    use WorkflowAction::*;
    assert_eq!(Draft.after(Submit), Ok(InReview));
    assert_eq!(InReview.after(RequestChanges), Ok(ChangesRequested));
    assert_eq!(ChangesRequested.after(Submit), Ok(InReview));
    assert_eq!(InReview.after(Publish), Ok(Published));
    assert_eq!(Draft.after(Publish), Err("not_allowed_now"), "nothing is published unreviewed");
    assert_eq!(Published.after(Archive), Ok(Archived));
    assert_eq!(Archived.after(Reopen), Ok(Draft));
    assert_eq!(Published.after_edit(), Draft);
    assert_eq!(InReview.after_edit(), InReview);
    assert!(!Archived.is_editable());
    assert_eq!(InReview.actions(), vec![RequestChanges, Publish, Archive]);
}

#[test]
fn reviewers_are_not_the_author_unless_administrators() {
    assert!(may_review(Some(2), false, Some(1)));
    assert!(!may_review(Some(1), false, Some(1)));
    assert!(may_review(Some(1), true, Some(1)));
    assert!(!may_review(None, false, None));
}

#[test]
fn slugs_are_made_from_titles_and_checked() {
    assert_eq!(
        slug_from_title("Énergie solaire : la norme ISO 50001 à Dakar"),
        "energie-solaire-la-norme-iso-50001-a-dakar"
    );
    assert_eq!(slug_from_title("  Training, in Accra!  "), "training-in-accra");
    assert_eq!(slug_from_title("تدريب في عمّان"), "");
    assert_eq!(slug("Training-in-Accra"), Ok("training-in-accra".to_owned()));
    assert_eq!(slug("training--accra"), Err("invalid_slug"));
    assert_eq!(slug("training accra"), Err("invalid_slug"));
    assert_eq!(slug(""), Err("required"));
}

fn story(title: &str, slug_raw: &str, body: &str) -> StoryFields {
    StoryFields {
        slug: slug_raw.into(),
        source_language: "fr".into(),
        title: title.into(),
        body: body.into(),
        ..StoryFields::default()
    }
}

#[test]
fn a_story_needs_a_title_a_body_and_a_slug_it_can_write() {
    let input = StoryInput::parse(&story("Une norme à Dakar", "", "Le texte.")).expect("valid");
    assert_eq!((input.slug.as_str(), input.source_language.as_str()), ("une-norme-a-dakar", "fr"));
    let errors = StoryInput::parse(&story("قصة", "", "نص")).unwrap_err();
    assert_eq!(errors.for_field("slug").map(|e| e.code), Some("slug_needs_latin"));
    let errors = StoryInput::parse(&story("", "", "")).unwrap_err();
    assert_eq!(errors.for_field("title").map(|e| e.code), Some("required"));
    assert_eq!(errors.for_field("body").map(|e| e.code), Some("required"));
    let errors = StoryInput::parse(&story("T", "", "<script>alert(1)</script>")).unwrap_err();
    assert_eq!(errors.for_field("body").map(|e| e.code), Some("raw_html"));
}

#[test]
fn asking_for_changes_needs_a_comment() {
    let fields = WorkflowFields { action: "request_changes".into(), ..Default::default() };
    let errors = WorkflowInput::parse(&fields).unwrap_err();
    assert_eq!(errors.for_field("comment").map(|e| e.code), Some("comment_required"));
    let fields = WorkflowFields {
        action: "publish".into(),
        publish_at: "2030-01-02T09:00".into(),
        time_zone: "Africa/Nairobi".into(),
        ..Default::default()
    };
    assert_eq!(WorkflowInput::parse(&fields).unwrap().publish_at, Some(1_893_564_000));
    let fields =
        WorkflowFields { action: "publish".into(), publish_at: "2030-01-02T09:00".into(), ..Default::default() };
    let errors = WorkflowInput::parse(&fields).unwrap_err();
    assert_eq!(errors.for_field("publish_at").map(|e| e.code), Some("time_zone_required"));
}

#[test]
fn links_round_trip_through_their_stored_pairs() {
    let links = StoryLinks {
        projects: vec!["DEMO-0001".into()],
        members: vec!["KE".into()],
        countries: vec!["KE".into(), "TZ".into()],
        sdgs: vec![9, 12],
        themes: vec!["quality".into()],
        placement: Some(Placement::GetInvolved),
        position: Some(3),
        image: Some("0123456789abcdef0123456789abcdef".into()),
    };
    let pairs = links.pairs();
    let back = StoryLinks::from_pairs(pairs.iter().map(|(k, v)| (*k, v.as_str())));
    assert_eq!(back, links);
}

#[test]
fn a_lead_image_is_a_library_key_described_in_the_text_language() {
    let key = "0123456789abcdef0123456789abcdef";
    assert_eq!(image_key(&format!(" /media/{} ", key.to_uppercase())), Ok(Some(key.to_owned())));
    assert_eq!(image_key(""), Ok(None));
    assert_eq!(image_key("photo.jpg"), Err("image_key_invalid"));
    let mut fields = story("Une norme à Dakar", "", "Le texte.");
    fields.image = key.into();
    let errors = StoryInput::parse(&fields).unwrap_err();
    assert_eq!(errors.for_field("image_alt").map(|e| e.code), Some("lead_image_alt_required"));
    fields.image_alt = "Des techniciennes dans un laboratoire".into();
    let input = StoryInput::parse(&fields).unwrap();
    assert_eq!(input.links.image.as_deref(), Some(key));
    let mut translation = input.text.clone();
    translation.image_alt = None;
    assert!(translation.check_image_alt(&input.links).is_err());
    assert!(input.text.check_image_alt(&input.links).is_ok());
}

#[test]
fn body_images_name_library_keys() {
    let key = "0123456789abcdef0123456789abcdef";
    let fields = story("Une norme", "", &format!("Voici.\n\n![Un atelier](/media/{key})"));
    assert_eq!(StoryInput::parse(&fields).unwrap().text.body_images(), vec![key.to_owned()]);
    let errors = StoryInput::parse(&story("Une norme", "", "![Un atelier](/media/photo.jpg)")).unwrap_err();
    assert_eq!(errors.for_field("body").map(|e| e.code), Some("image_not_uploaded"));
}
