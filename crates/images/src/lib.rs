//! Images uploaded for the website: what a file really is, whether it may be read, and
//! the widths the site serves it in.
//!
//! The type of an upload is sniffed from its first bytes (JPEG, PNG or WebP), never
//! taken from its name. Its dimensions are read from the header before anything is
//! decoded, so that a small file declaring an enormous picture is refused before memory
//! is spent on it; the decoder is also given an allocation ceiling, so that no file can
//! make it use more than [`Limits::max_alloc`]. The picture is turned the way the camera
//! says (EXIF orientation), then re-encoded in a few widths ([`WIDTHS`]): readers never
//! receive the uploaded file itself, nor the metadata it carried (a phone's photo may
//! hold where it was taken). Each variant is named by the hash of its own bytes, so that
//! its address never changes meaning and may be cached for a year.
//!
//! No web or database dependency, so that it is tested and fuzzed alone.

use image::imageops::FilterType;
use image::{DynamicImage, ImageDecoder, ImageFormat, ImageReader};
use sha2::{Digest, Sha256};
use std::io::Cursor;

/// The widths, in pixels, a picture is served in; a picture narrower than the widest
/// is also served at its own width, and never enlarged.
pub const WIDTHS: [u32; 5] = [320, 480, 720, 1024, 1600];

/// JPEG quality of the variants: photographs at the sizes a page shows them, small
/// enough for a phone on a slow connection.
const JPEG_QUALITY: u8 = 78;

/// What an upload may be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Jpeg,
    Png,
    Webp,
}

impl Format {
    /// The format the first bytes announce, if it is one the site accepts.
    pub fn sniff(bytes: &[u8]) -> Option<Self> {
        if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
            Some(Self::Jpeg)
        } else if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
            Some(Self::Png)
        } else if bytes.len() >= 12 && &bytes[..4] == b"RIFF" && &bytes[8..12] == b"WEBP" {
            Some(Self::Webp)
        } else {
            None
        }
    }

    pub fn media_type(self) -> &'static str {
        match self {
            Self::Jpeg => "image/jpeg",
            Self::Png => "image/png",
            Self::Webp => "image/webp",
        }
    }

    fn image_format(self) -> ImageFormat {
        match self {
            Self::Jpeg => ImageFormat::Jpeg,
            Self::Png => ImageFormat::Png,
            Self::Webp => ImageFormat::WebP,
        }
    }
}

/// How much an upload may ask of the server.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// The largest file accepted.
    pub max_bytes: usize,
    /// The most pixels a picture may have (width × height).
    pub max_pixels: u64,
    /// The longest side, in pixels.
    pub max_side: u32,
    /// The most memory the decoder may allocate.
    pub max_alloc: u64,
}

impl Default for Limits {
    /// 10 MB files, 30 megapixels (a good phone camera's photo), 12 000 px sides, and
    /// room for one decoded picture of that size in full colour with alpha.
    fn default() -> Self {
        Self {
            max_bytes: 10 * 1024 * 1024,
            max_pixels: 30_000_000,
            max_side: 12_000,
            max_alloc: 30_000_000 * 4 + (8 << 20),
        }
    }
}

/// Why an upload was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImageProblem {
    Empty,
    TooLarge {
        max_bytes: usize,
    },
    /// Not a JPEG, PNG or WebP file, whatever its name says.
    NotAnImage,
    TooManyPixels {
        width: u32,
        height: u32,
        max_megapixels: u64,
    },
    TooWide {
        max_side: u32,
    },
    /// The file says it is an image but cannot be read as one.
    Unreadable(String),
}

/// One width of a picture, encoded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Variant {
    pub width: u32,
    pub height: u32,
    pub media_type: &'static str,
    /// Its name: the hash of its bytes and its extension (`3f…a1.jpg`).
    pub file: String,
    pub bytes: Vec<u8>,
}

/// An upload that may be published, with its variants (narrowest first).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Prepared {
    /// The hash of the uploaded bytes: the same file uploaded twice is one image.
    pub key: String,
    pub format: Format,
    /// The picture's size once turned upright.
    pub width: u32,
    pub height: u32,
    pub variants: Vec<Variant>,
}

/// The hexadecimal SHA-256 of `bytes`, cut to 32 characters (128 bits): enough that two
/// different files never share a name.
pub fn hash(bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
    digest.iter().take(16).map(|b| format!("{b:02x}")).collect()
}

/// Whether `key` has the shape of an image's key.
pub fn is_key(key: &str) -> bool {
    key.len() == 32 && key.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

/// Checks the file's type and size from its header, without decoding the picture.
pub fn inspect(bytes: &[u8], limits: &Limits) -> Result<(Format, u32, u32), ImageProblem> {
    if bytes.is_empty() {
        return Err(ImageProblem::Empty);
    }
    if bytes.len() > limits.max_bytes {
        return Err(ImageProblem::TooLarge { max_bytes: limits.max_bytes });
    }
    let format = Format::sniff(bytes).ok_or(ImageProblem::NotAnImage)?;
    // Only the header is read here; its sizes are judged below, with a clearer message
    // than the decoder's own limits give.
    let unbounded_sides = Limits { max_side: u32::MAX, ..*limits };
    let (width, height) = reader(bytes, format, &unbounded_sides).into_dimensions().map_err(unreadable)?;
    check_size(width, height, limits)?;
    Ok((format, width, height))
}

/// Reads an upload within `limits` and encodes its variants. Takes a few hundred
/// milliseconds for a large photograph: run it off the request path.
pub fn prepare(bytes: &[u8], limits: &Limits) -> Result<Prepared, ImageProblem> {
    let (format, _, _) = inspect(bytes, limits)?;
    let mut decoder = reader(bytes, format, limits).into_decoder().map_err(unreadable)?;
    let orientation = decoder.orientation().map_err(unreadable)?;
    let mut picture = DynamicImage::from_decoder(decoder).map_err(unreadable)?;
    picture.apply_orientation(orientation);
    let (width, height) = (picture.width(), picture.height());
    let variants = variants(&picture)?;
    Ok(Prepared { key: hash(bytes), format, width, height, variants })
}

fn reader<'a>(bytes: &'a [u8], format: Format, limits: &Limits) -> ImageReader<Cursor<&'a [u8]>> {
    let mut reader = ImageReader::with_format(Cursor::new(bytes), format.image_format());
    let mut decoding = image::Limits::default();
    decoding.max_image_width = Some(limits.max_side);
    decoding.max_image_height = Some(limits.max_side);
    decoding.max_alloc = Some(limits.max_alloc);
    reader.limits(decoding);
    reader
}

fn check_size(width: u32, height: u32, limits: &Limits) -> Result<(), ImageProblem> {
    if width == 0 || height == 0 {
        return Err(ImageProblem::Unreadable("the picture has no pixels".to_owned()));
    }
    if width > limits.max_side || height > limits.max_side {
        return Err(ImageProblem::TooWide { max_side: limits.max_side });
    }
    if u64::from(width) * u64::from(height) > limits.max_pixels {
        return Err(ImageProblem::TooManyPixels {
            width,
            height,
            max_megapixels: limits.max_pixels.div_ceil(1_000_000),
        });
    }
    Ok(())
}

fn unreadable(error: image::ImageError) -> ImageProblem {
    match error {
        image::ImageError::Limits(_) => {
            ImageProblem::Unreadable("the picture needs more memory than allowed".to_owned())
        }
        other => ImageProblem::Unreadable(other.to_string()),
    }
}

/// The widths served for a picture `width` pixels wide, narrowest first.
pub fn widths_for(width: u32) -> Vec<u32> {
    let widest = width.min(WIDTHS[WIDTHS.len() - 1]);
    let mut widths: Vec<u32> = WIDTHS.iter().copied().filter(|w| *w < widest).collect();
    widths.push(widest);
    widths
}

/// Encodes every width, each scaled from the next wider one: as sharp as scaling from
/// the original, and much faster than scaling a large photograph several times.
fn variants(picture: &DynamicImage) -> Result<Vec<Variant>, ImageProblem> {
    // A picture that shows transparency keeps it (PNG); every other is a JPEG.
    let transparent = picture.color().has_alpha() && picture.to_rgba8().pixels().any(|p| p.0[3] < 255);
    let mut variants = Vec::new();
    let mut source = picture.clone();
    for width in widths_for(picture.width()).into_iter().rev() {
        let height = scaled_height(picture.width(), picture.height(), width);
        if width != source.width() {
            source = source.resize_exact(width, height, FilterType::CatmullRom);
        }
        variants.push(encode(&source, transparent)?);
    }
    variants.reverse();
    Ok(variants)
}

fn scaled_height(width: u32, height: u32, to: u32) -> u32 {
    let scaled = (u64::from(height) * u64::from(to) + u64::from(width) / 2) / u64::from(width);
    u32::try_from(scaled.max(1)).unwrap_or(u32::MAX)
}

fn encode(picture: &DynamicImage, transparent: bool) -> Result<Variant, ImageProblem> {
    let mut bytes = Vec::new();
    let (media_type, extension) = if transparent {
        picture
            .to_rgba8()
            .write_to(&mut Cursor::new(&mut bytes), ImageFormat::Png)
            .map_err(|e| ImageProblem::Unreadable(e.to_string()))?;
        ("image/png", "png")
    } else {
        let rgb = picture.to_rgb8();
        image::codecs::jpeg::JpegEncoder::new_with_quality(&mut bytes, JPEG_QUALITY)
            .encode_image(&rgb)
            .map_err(|e| ImageProblem::Unreadable(e.to_string()))?;
        ("image/jpeg", "jpg")
    };
    let file = format!("{}.{extension}", hash(&bytes));
    Ok(Variant { width: picture.width(), height: picture.height(), media_type, file, bytes })
}

/// Whether `name` has the shape of a variant's file name.
pub fn is_variant_file(name: &str) -> bool {
    match name.split_once('.') {
        Some((stem, "jpg" | "png")) => is_key(stem),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use image::{Rgb, RgbImage, Rgba, RgbaImage};

    fn jpeg(width: u32, height: u32) -> Vec<u8> {
        let picture = RgbImage::from_fn(width, height, |x, y| Rgb([(x % 256) as u8, (y % 256) as u8, 120]));
        let mut bytes = Vec::new();
        picture.write_to(&mut Cursor::new(&mut bytes), ImageFormat::Jpeg).unwrap();
        bytes
    }

    #[test]
    fn sniffs_the_real_type_not_the_name() {
        assert_eq!(Format::sniff(&jpeg(4, 4)), Some(Format::Jpeg));
        assert_eq!(Format::sniff(b"\x89PNG\r\n\x1a\nrest"), Some(Format::Png));
        assert_eq!(Format::sniff(b"RIFF\0\0\0\0WEBPVP8 "), Some(Format::Webp));
        assert_eq!(Format::sniff(b"GIF89a"), None);
        assert_eq!(Format::sniff(b"<svg onload=alert(1)>"), None);
        assert_eq!(prepare(b"%PDF-1.7 not an image", &Limits::default()), Err(ImageProblem::NotAnImage));
        assert_eq!(prepare(b"", &Limits::default()), Err(ImageProblem::Empty));
    }

    #[test]
    fn a_photo_is_served_in_every_width_up_to_its_own() {
        let prepared = prepare(&jpeg(1200, 600), &Limits::default()).unwrap();
        let widths: Vec<u32> = prepared.variants.iter().map(|v| v.width).collect();
        assert_eq!(widths, vec![320, 480, 720, 1024, 1200]);
        assert_eq!(prepared.variants[0].height, 160);
        assert!(prepared.variants.iter().all(|v| v.media_type == "image/jpeg" && is_variant_file(&v.file)));
        // Each name is the hash of its own bytes.
        assert!(prepared.variants.iter().all(|v| v.file == format!("{}.jpg", hash(&v.bytes))));
        assert_eq!(prepared.key, hash(&jpeg(1200, 600)));
        // Never enlarged; never wider than the widest width.
        assert_eq!(widths_for(200), vec![200]);
        assert_eq!(widths_for(4000), WIDTHS.to_vec());
    }

    #[test]
    fn transparency_is_kept_and_opaque_png_becomes_jpeg() {
        let mut bytes = Vec::new();
        RgbaImage::from_fn(40, 20, |x, _| Rgba([0, 0, 0, if x < 20 { 0 } else { 255 }]))
            .write_to(&mut Cursor::new(&mut bytes), ImageFormat::Png)
            .unwrap();
        let prepared = prepare(&bytes, &Limits::default()).unwrap();
        assert_eq!(prepared.format, Format::Png);
        assert_eq!(prepared.variants[0].media_type, "image/png");

        let mut opaque = Vec::new();
        RgbaImage::from_pixel(40, 20, Rgba([10, 20, 30, 255]))
            .write_to(&mut Cursor::new(&mut opaque), ImageFormat::Png)
            .unwrap();
        assert_eq!(prepare(&opaque, &Limits::default()).unwrap().variants[0].media_type, "image/jpeg");
    }

    #[test]
    fn webp_is_read() {
        let mut bytes = Vec::new();
        RgbaImage::from_pixel(30, 10, Rgba([200, 10, 10, 255]))
            .write_to(&mut Cursor::new(&mut bytes), ImageFormat::WebP)
            .unwrap();
        let prepared = prepare(&bytes, &Limits::default()).unwrap();
        assert_eq!((prepared.format, prepared.width, prepared.height), (Format::Webp, 30, 10));
    }

    #[test]
    fn limits_are_checked_from_the_header_before_decoding() {
        let limits = Limits { max_pixels: 10_000, max_side: 500, ..Limits::default() };
        assert_eq!(
            prepare(&jpeg(200, 100), &limits),
            Err(ImageProblem::TooManyPixels { width: 200, height: 100, max_megapixels: 1 })
        );
        assert_eq!(prepare(&jpeg(600, 10), &limits), Err(ImageProblem::TooWide { max_side: 500 }));
        let small = Limits { max_bytes: 100, ..Limits::default() };
        assert_eq!(prepare(&jpeg(50, 50), &small), Err(ImageProblem::TooLarge { max_bytes: 100 }));
        // A PNG header declaring 60 000 × 60 000 pixels in a few bytes.
        let mut bomb = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
        bomb.extend(60_000u32.to_be_bytes());
        bomb.extend(60_000u32.to_be_bytes());
        bomb.extend([8, 2, 0, 0, 0, 0, 0, 0, 0]);
        assert!(matches!(
            prepare(&bomb, &Limits::default()),
            Err(ImageProblem::TooWide { .. } | ImageProblem::Unreadable(_))
        ));
    }

    #[test]
    fn a_truncated_file_is_unreadable_not_a_panic() {
        let bytes = jpeg(300, 200);
        assert!(matches!(
            prepare(&bytes[..bytes.len() / 3], &Limits::default()),
            Err(ImageProblem::Unreadable(_)) | Ok(_)
        ));
        assert!(matches!(prepare(&bytes[..40], &Limits::default()), Err(ImageProblem::Unreadable(_))));
    }

    #[test]
    fn a_photo_is_turned_the_way_the_camera_says_and_loses_its_metadata() {
        // An EXIF segment saying "turn a quarter clockwise" (orientation 6).
        let mut bytes = vec![0xFF, 0xD8, 0xFF, 0xE1, 0x00, 0x22];
        bytes.extend(b"Exif\0\0MM\0\x2a\0\0\0\x08\0\x01\x01\x12\0\x03\0\0\0\x01\0\x06\0\0\0\0\0\0");
        bytes.extend(&jpeg(40, 20)[2..]);
        let prepared = prepare(&bytes, &Limits::default()).unwrap();
        assert_eq!((prepared.width, prepared.height), (20, 40));
        let variant = &prepared.variants[0].bytes;
        assert!(!variant.windows(4).any(|w| w == b"Exif"), "metadata is not served");
    }

    #[test]
    fn keys_and_files_have_one_shape() {
        assert!(is_key(&hash(b"x")));
        assert!(!is_key("../../etc/passwd"));
        assert!(!is_key(&hash(b"x").to_uppercase()));
        assert!(is_variant_file(&format!("{}.png", hash(b"x"))));
        assert!(!is_variant_file(&format!("{}.svg", hash(b"x"))));
        assert!(!is_variant_file(&hash(b"x")));
    }
}
