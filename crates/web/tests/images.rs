//! The image library and images on the site, through the real HTTP application on the
//! engine under test: an upload is sniffed and re-encoded in several widths, each served
//! under the hash of its bytes and cached for a year; a fake, an oversized or an
//! enormous picture is refused with a message and nothing is stored; a story's lead image
//! needs a description in every language of the story, and reaches readers with its
//! widths (`srcset`) and as the link-preview picture.

mod common;

use apdc_domain::Role;
use axum::http::StatusCode;
use common::{Client, TestApp};
use image::{ImageFormat, Rgb, RgbImage};
use std::io::Cursor;

/// A photograph-like JPEG of `width` × `height` pixels.
fn jpeg(width: u32, height: u32) -> Vec<u8> {
    let picture =
        RgbImage::from_fn(width, height, |x, y| Rgb([(x % 251) as u8, (y % 241) as u8, ((x + y) % 239) as u8]));
    let mut bytes = Vec::new();
    picture.write_to(&mut Cursor::new(&mut bytes), ImageFormat::Jpeg).unwrap();
    bytes
}

/// Uploads `bytes` and returns the key of the image, from the address it leads to.
async fn upload(client: &mut Client, bytes: &[u8]) -> String {
    client.get("/en/admin/images").await.assert_status(StatusCode::OK);
    let reply = client.post_file("/en/admin/images", "photo.jpg", bytes).await;
    reply.assert_status(StatusCode::SEE_OTHER);
    let location = reply.location();
    let key = location.split("uploaded=").nth(1).unwrap().split('&').next().unwrap().to_owned();
    assert_eq!(key.len(), 32, "{location}");
    key
}

/// The `/media/…` addresses in `html`.
fn media_files(html: &str) -> Vec<String> {
    html.split("/media/")
        .skip(1)
        .map(|rest| rest.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '.').collect::<String>())
        .filter(|file| file.contains('.'))
        .collect()
}

#[tokio::test]
async fn an_upload_is_served_in_several_widths_under_the_hash_of_its_bytes() {
    let app = TestApp::new().await;
    let mut officer = app.signed_in(Role::ProgrammeOfficer, None).await;
    let mut reader = app.anonymous();

    let empty = officer.get("/en/admin/images").await;
    assert!(empty.text().contains("No picture has been uploaded yet."), "{}", empty.text());

    // The file is sent as text/csv and named .jpg: its real type is sniffed.
    let bytes = jpeg(1200, 800);
    let key = upload(&mut officer, &bytes).await;
    let library = officer.get(&format!("/en/admin/images?uploaded={key}")).await;
    library.assert_status(StatusCode::OK);
    let html = library.text();
    assert!(html.contains("The picture has been added to the library."), "{html}");
    assert!(html.contains(&format!("<code dir=\"ltr\">{key}</code>")), "{html}");
    assert!(html.contains(&format!("![describe the picture](/media/{key})")), "{html}");
    assert!(html.contains("1200 × 800 pixels"), "{html}");
    assert_eq!(app.count("SELECT COUNT(*) FROM images").await, 1);
    // Every width up to its own, never enlarged.
    assert_eq!(app.count("SELECT COUNT(*) FROM image_variants").await, 5);
    assert_eq!(app.count("SELECT MAX(width) FROM image_variants").await, 1200);

    // The same file again is the same image.
    let again = officer.post_file("/en/admin/images", "copy.jpg", &bytes).await;
    again.assert_status(StatusCode::SEE_OTHER);
    assert!(again.location().ends_with(&format!("uploaded={key}&known=true")), "{}", again.location());
    assert_eq!(app.count("SELECT COUNT(*) FROM images").await, 1);

    // Another file showing the same pixels (here the same picture as PNG and as WebP) is
    // another image, whose variants are the same files.
    let pixels = RgbImage::from_fn(400, 300, |x, y| Rgb([(x % 200) as u8, (y % 150) as u8, 60]));
    let (mut png, mut webp) = (Vec::new(), Vec::new());
    pixels.write_to(&mut Cursor::new(&mut png), ImageFormat::Png).unwrap();
    pixels.write_to(&mut Cursor::new(&mut webp), ImageFormat::WebP).unwrap();
    let first = upload(&mut officer, &png).await;
    let second = upload(&mut officer, &webp).await;
    assert_ne!(first, second);
    assert_eq!(app.count("SELECT COUNT(*) FROM images").await, 3);
    // 320 and 400 pixels wide, each stored twice under one name.
    assert_eq!(app.count("SELECT COUNT(*) FROM image_variants").await, 5 + 2 + 2);
    assert_eq!(app.count("SELECT COUNT(DISTINCT file) FROM image_variants").await, 5 + 2);

    // Served to anyone, by hash, for a year; the bytes are a JPEG of the width announced.
    let thumbnail = media_files(&html).into_iter().next().expect("a thumbnail");
    let served = reader.get(&format!("/media/{thumbnail}")).await;
    served.assert_status(StatusCode::OK);
    assert_eq!(served.header("content-type"), "image/jpeg");
    assert_eq!(served.header("cache-control"), "public, max-age=31536000, immutable");
    let decoded = image::load_from_memory(&served.body).unwrap();
    assert_eq!((decoded.width(), decoded.height()), (320, 213));
    reader.get("/media/0123456789abcdef0123456789abcdef.jpg").await.assert_status(StatusCode::NOT_FOUND);
    reader.get("/media/0123456789abcdef0123456789abcdef").await.assert_status(StatusCode::NOT_FOUND);
    // The image's own address, as a body names it, leads to its widest width.
    let widest = reader.get(&format!("/media/{key}")).await;
    widest.assert_status(StatusCode::PERMANENT_REDIRECT);
    let target = widest.location();
    assert_eq!(image::load_from_memory(&reader.get(&target).await.body).unwrap().width(), 1200, "{target}");
    reader.get("/media/..%2F..%2Fetc%2Fpasswd").await.assert_status(StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn fake_oversized_and_enormous_pictures_are_refused_and_nothing_is_stored() {
    let app = TestApp::new().await;
    let mut officer = app.signed_in(Role::ProgrammeOfficer, None).await;
    officer.get("/en/admin/images").await.assert_status(StatusCode::OK);

    let cases: Vec<(Vec<u8>, &str)> = vec![
        (b"%PDF-1.7\n%fake".to_vec(), "This file is not a JPEG, PNG or WebP picture, whatever its name says."),
        (b"<svg onload=alert(1)>".to_vec(), "This file is not a JPEG, PNG or WebP picture"),
        (Vec::new(), "Choose a picture to upload."),
        (
            [&[0xFF, 0xD8, 0xFF][..], &vec![0; 10 * 1024 * 1024]].concat(),
            "This file is larger than 10 MB: reduce its size and upload it again.",
        ),
        (
            {
                let mut wide = Vec::new();
                RgbImage::new(12_001, 1).write_to(&mut Cursor::new(&mut wide), ImageFormat::Png).unwrap();
                wide
            },
            "A side of this picture is longer than 12000 pixels",
        ),
        (jpeg(400, 300)[..200].to_vec(), "This picture cannot be read"),
    ];
    for (bytes, message) in cases {
        let reply = officer.post_file("/en/admin/images", "picture.jpg", &bytes).await;
        reply.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
        assert!(reply.text().contains(message), "{message}: {}", reply.text());
        assert!(reply.text().contains("aria-invalid=\"true\""));
    }
    assert_eq!(app.count("SELECT COUNT(*) FROM images").await, 0);
    assert_eq!(app.count("SELECT COUNT(*) FROM image_variants").await, 0);

    // In the reader's language.
    officer.get("/fr/admin/images").await.assert_status(StatusCode::OK);
    let reply = officer.post_file("/fr/admin/images", "x.jpg", b"GIF89a").await;
    reply.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(reply.text().contains("Ce fichier n’est pas une image JPEG, PNG ou WebP"), "{}", reply.text());
}

async fn step(client: &mut Client, story: &str, action: &str) {
    client
        .post_form(&format!("{story}/workflow"), &[("action", action), ("publish_at", ""), ("time_zone", "UTC")])
        .await
        .assert_status(StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn a_lead_image_is_described_in_every_language_and_shown_in_its_widths() {
    let app = TestApp::new().await;
    let mut author = app.signed_in(Role::ProgrammeOfficer, None).await;
    let mut reviewer = app.signed_in(Role::ProgrammeOfficer, None).await;
    let mut reader = app.anonymous();
    let key = upload(&mut author, &jpeg(1600, 900)).await;
    let inline = upload(&mut author, &jpeg(500, 500)).await;
    let body = format!("## At the bench\n\n![Two technicians at a test bench](/media/{inline})");
    let story = |alt: &'static str, image: String, body: String| {
        vec![
            ("source_language", "en".to_owned()),
            ("slug", "lead-image".to_owned()),
            ("title", "A story with pictures".to_owned()),
            ("body", body),
            ("image", image),
            ("image_alt", alt.to_owned()),
        ]
    };
    let post = |fields: Vec<(&'static str, String)>| {
        let pairs: Vec<(&str, String)> = fields;
        pairs
    };
    author.get("/en/admin/stories/new").await.assert_status(StatusCode::OK);

    // Refused, each naming its field: no description, an unknown key, a body picture
    // that is not in the library.
    let refusals = [
        (story("", key.clone(), body.clone()), "Describe the lead image in this text"),
        (story("A bench", "f".repeat(32), body.clone()), "No picture of the library has this key"),
        (story("A bench", "photo.jpg".into(), body.clone()), "This is not the key of a picture"),
        (
            story("A bench", key.clone(), format!("![A bench](/media/{})", "e".repeat(32))),
            "Pictures in a text must come from the image library",
        ),
    ];
    for (fields, message) in refusals {
        let pairs = post(fields);
        let borrowed: Vec<(&str, &str)> = pairs.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let reply = author.post_form("/en/admin/stories", &borrowed).await;
        reply.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
        assert!(reply.text().contains(message), "{message}: {}", reply.text());
    }
    assert_eq!(app.count("SELECT COUNT(*) FROM contents").await, 0);

    // Pasting the picture's address works as well as its key.
    let pairs = post(story("Technicians testing a solar water heater", format!("/media/{key}"), body.clone()));
    let borrowed: Vec<(&str, &str)> = pairs.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let reply = author.post_form("/en/admin/stories", &borrowed).await;
    reply.assert_status(StatusCode::SEE_OTHER);
    let admin = reply.location();

    // A translation must describe the lead image in its own language.
    author.get(&format!("{admin}/translations/fr")).await.assert_status(StatusCode::OK);
    let french = [("title", "Un récit en images"), ("body", "## Au banc d’essai"), ("current", "true")];
    let reply = author.post_form(&format!("{admin}/translations/fr"), &french).await;
    reply.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(reply.text().contains("Describe the lead image in this text"), "{}", reply.text());
    let described = [&french[..], &[("image_alt", "Des techniciennes testent un chauffe-eau solaire")]].concat();
    author.post_form(&format!("{admin}/translations/fr"), &described).await.assert_status(StatusCode::SEE_OTHER);

    // Nothing public before publication.
    reader.get("/en/stories/lead-image").await.assert_status(StatusCode::NOT_FOUND);
    step(&mut author, &admin, "submit").await;
    step(&mut reviewer, &admin, "publish").await;

    let page = reader.get("/en/stories/lead-image").await;
    page.assert_status(StatusCode::OK);
    let html = page.text();
    let widths = ["320w", "480w", "720w", "1024w", "1600w"];
    assert!(widths.iter().all(|w| html.contains(w)), "{html}");
    assert!(html.contains("alt=\"Technicians testing a solar water heater\" fetchpriority=\"high\""), "{html}");
    assert!(html.contains("width=\"1600\" height=\"900\""), "{html}");
    assert!(html.contains("alt=\"Two technicians at a test bench\" loading=\"lazy\""), "{html}");
    assert!(html.contains("<meta property=\"og:image\" content=\"http"), "{html}");
    assert!(html.contains("<meta property=\"og:image:alt\" content=\"Technicians testing a solar water heater\">"));
    // Every address the page names is served.
    for file in media_files(&html) {
        reader.get(&format!("/media/{file}")).await.assert_status(StatusCode::OK);
    }
    let french = reader.get("/fr/stories/lead-image").await.text();
    assert!(french.contains("alt=\"Des techniciennes testent un chauffe-eau solaire\""), "{french}");
    // A language without a translation shows the source text, its picture described in it.
    let spanish = reader.get("/es/stories/lead-image").await.text();
    assert!(spanish.contains("<figure class=\"lead-image\" lang=\"en\" dir=\"ltr\">"), "{spanish}");

    // The API gives the same picture, its description and that description's language.
    let api = reader.get("/api/v1/stories/lead-image?lang=es").await.json();
    assert_eq!(api["image"]["alt"], "Technicians testing a solar water heater");
    assert_eq!(api["image"]["alt_language"], "en");
    assert_eq!((api["image"]["width"].as_i64(), api["image"]["height"].as_i64()), (Some(1600), Some(900)));
    let url = api["image"]["url"].as_str().unwrap();
    reader.get(url).await.assert_status(StatusCode::OK);
    assert!(api["body_html"].as_str().unwrap().contains("srcset=\"/media/"), "{api}");
}
