//! Demonstration pictures: plainly drawn landscapes (a sky, a sun, three rows of hills),
//! made here rather than shipped, so that nobody mistakes them for photographs of real
//! people or places. Each goes through the image library like an upload, and each
//! language of the story it leads describes it.

use anyhow::{Context, Result};
use apdc_store::{Actor, Db};
use image::{ImageFormat, Rgb, RgbImage};
use std::io::Cursor;

/// The colours of one picture: sky (top, horizon), sun, hills (far to near).
struct Scene {
    sky: [[u8; 3]; 2],
    sun: [u8; 3],
    hills: [[u8; 3]; 3],
    /// Where the sun stands, as a share of the width.
    sun_at: f32,
}

/// What a picture shows, in each language of its story: (language, description).
type Descriptions = &'static [(&'static str, &'static str)];

/// (story, scene, what it shows in each language the story has).
const PICTURES: &[(&str, Scene, Descriptions)] = &[
    (
        "solar-water-heaters-kenya",
        Scene {
            sky: [[70, 130, 200], [250, 210, 140]],
            sun: [255, 200, 40],
            hills: [[120, 160, 90], [70, 130, 60], [40, 95, 45]],
            sun_at: 0.72,
        },
        &[
            ("en", "Drawing: a bright sun above three rows of green hills (illustration, not a photograph)"),
            (
                "fr",
                "Dessin : un soleil éclatant au-dessus de trois rangées de collines vertes (illustration, pas une photographie)",
            ),
        ],
    ),
    (
        "normes-qualite-mangue-senegal",
        Scene {
            sky: [[240, 150, 80], [255, 225, 160]],
            sun: [255, 120, 40],
            hills: [[200, 160, 80], [150, 120, 60], [100, 80, 40]],
            sun_at: 0.3,
        },
        &[
            (
                "fr",
                "Dessin : un soleil orange bas sur l’horizon, au-dessus de collines ocre (illustration, pas une photographie)",
            ),
            ("en", "Drawing: an orange sun low on the horizon above ochre hills (illustration, not a photograph)"),
        ],
    ),
    (
        "women-in-standards-viet-nam",
        Scene {
            sky: [[150, 190, 230], [225, 240, 250]],
            sun: [250, 245, 200],
            hills: [[110, 170, 120], [60, 140, 100], [30, 100, 80]],
            sun_at: 0.5,
        },
        &[
            ("en", "Drawing: a pale sun over terraced green hills (illustration, not a photograph)"),
            (
                "fr",
                "Dessin : un soleil pâle au-dessus de collines vertes en terrasses (illustration, pas une photographie)",
            ),
            ("es", "Dibujo: un sol pálido sobre colinas verdes en terrazas (ilustración, no una fotografía)"),
        ],
    ),
    (
        "economie-circulaire-maroc",
        Scene {
            sky: [[90, 140, 210], [235, 220, 190]],
            sun: [255, 230, 120],
            hills: [[210, 170, 120], [180, 120, 80], [140, 80, 60]],
            sun_at: 0.2,
        },
        &[
            (
                "fr",
                "Dessin : un soleil jaune au-dessus de collines couleur de sable (illustration, pas une photographie)",
            ),
            ("ar", "رسم: شمس صفراء فوق تلال بلون الرمال (رسم توضيحي، وليس صورة فوتوغرافية)"),
        ],
    ),
    (
        "water-standards-jordan",
        Scene {
            sky: [[60, 110, 180], [200, 225, 240]],
            sun: [255, 250, 220],
            hills: [[190, 150, 110], [160, 110, 80], [110, 80, 60]],
            sun_at: 0.8,
        },
        &[
            ("ar", "رسم: شمس ساطعة فوق تلال صحراوية بنية (رسم توضيحي، وليس صورة فوتوغرافية)"),
            ("en", "Drawing: a bright sun over brown desert hills (illustration, not a photograph)"),
        ],
    ),
    (
        "energy-management-kyrgyzstan",
        Scene {
            sky: [[40, 80, 150], [180, 200, 230]],
            sun: [255, 255, 240],
            hills: [[200, 210, 225], [120, 140, 160], [60, 90, 80]],
            sun_at: 0.6,
        },
        &[("ru", "Рисунок: солнце над заснеженными горами и зелёными холмами (иллюстрация, а не фотография)")],
    ),
];

/// What the picture of `slug` shows, in `language`, if the story has one.
pub fn description(slug: &str, language: &str) -> Option<String> {
    let (_, _, descriptions) = PICTURES.iter().find(|(s, _, _)| *s == slug)?;
    descriptions.iter().find(|(l, _)| *l == language).map(|(_, d)| (*d).to_owned())
}

/// Puts the picture of `slug` in the library; returns its key, or `None` when the story
/// has no picture.
pub async fn upload(db: &Db, actor: &Actor, slug: &str) -> Result<Option<String>> {
    let Some((_, scene, _)) = PICTURES.iter().find(|(s, _, _)| *s == slug) else { return Ok(None) };
    let bytes = draw(scene, 1600, 900)?;
    let prepared = apdc_images::prepare(&bytes, &apdc_images::Limits::default())
        .map_err(|problem| anyhow::anyhow!("demonstration picture {slug}: {problem:?}"))?;
    let (image, _) = apdc_store::images::save(db, actor, &format!("{slug}.png"), &prepared, bytes.len()).await?;
    Ok(Some(image.key))
}

fn draw(scene: &Scene, width: u32, height: u32) -> Result<Vec<u8>> {
    let (w, h) = (width as f32, height as f32);
    let mix = |a: [u8; 3], b: [u8; 3], t: f32| {
        Rgb([0, 1, 2].map(|i| (f32::from(a[i]) * (1.0 - t) + f32::from(b[i]) * t).round() as u8))
    };
    let (sun_x, sun_y, sun_r) = (scene.sun_at * w, 0.3 * h, 0.08 * h);
    let picture = RgbImage::from_fn(width, height, |x, y| {
        let (x, y) = (x as f32, y as f32);
        // Hills, nearest first: each a gentle wave, lower and wider as it comes closer.
        for (layer, colour) in scene.hills.iter().enumerate().rev() {
            let n = layer as f32;
            let base = h * (0.55 + 0.13 * n);
            let wave = (x / w * (3.0 - n * 0.6) * std::f32::consts::PI + n * 1.7).sin() * h * (0.06 - n * 0.012);
            if y > base + wave {
                return Rgb(*colour);
            }
        }
        let distance = ((x - sun_x).powi(2) + (y - sun_y).powi(2)).sqrt();
        if distance < sun_r {
            return Rgb(scene.sun);
        }
        mix(scene.sky[0], scene.sky[1], (y / (h * 0.8)).min(1.0))
    });
    let mut bytes = Vec::new();
    picture.write_to(&mut Cursor::new(&mut bytes), ImageFormat::Png).context("drawing a demonstration picture")?;
    Ok(bytes)
}
