//! A photo of the treated skin, made safe to keep: the format checked, the decoder bounded
//! (a small file that unpacks to gigabytes is refused), turned upright by its EXIF
//! orientation, every metadata block dropped (EXIF, GPS, XMP, maker notes) except the colour
//! profile (redness is compared across days), scaled to at most 2048 px on the long side and
//! re-encoded as JPEG, with a thumbnail. No I/O: bytes in, bytes out.

use std::io::Cursor;

use aftercare_i18n::say;

use image::imageops::FilterType;
use image::metadata::Orientation;
use image::{DynamicImage, ImageDecoder, ImageFormat, ImageReader, Limits};

/// The largest file taken.
pub const MAX_BYTES: usize = 30 * 1024 * 1024;
pub use aftercare_core::photo::MAX_SIDE;
/// The long side of a thumbnail, at most.
pub const THUMB_SIDE: u32 = 320;
/// The most pixels a photo may unpack to (a 100-megapixel camera is the largest in use).
pub const MAX_PIXELS: u64 = 120_000_000;
const QUALITY: u8 = 85;
/// The largest colour profile kept.
pub const MAX_ICC_BYTES: usize = 256 * 1024;

pub const FORMATS: &str = "JPEG, PNG or WebP";

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum Error {
    #[error("{}", say("photo-empty", &[("formats", FORMATS.into())]))]
    Empty,
    #[error("{}", say("photo-too-large", &[("mb", (*mb).into())]))]
    TooLarge { mb: usize },
    #[error("{}", say("photo-not-an-image", &[("formats", FORMATS.into())]))]
    NotAnImage,
    #[error("{}", say("photo-unsupported", &[("format", format.as_str().into()), ("formats", FORMATS.into())]))]
    Unsupported { format: String },
    #[error("{}", say("photo-too-many-pixels", &[]))]
    TooManyPixels,
    #[error("{}", say("photo-damaged", &[("detail", .0.as_str().into())]))]
    Damaged(String),
    #[error("{}", say("photo-not-stored", &[("detail", .0.as_str().into())]))]
    Encode(String),
}

/// A photo as it is kept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Photo {
    pub jpeg: Vec<u8>,
    pub thumbnail: Vec<u8>,
    pub width: u32,
    pub height: u32,
    /// Whether the original's colour profile was kept in both.
    pub colour_profile: bool,
}

fn format_name(f: ImageFormat) -> String {
    f.extensions_str()
        .first()
        .map_or_else(|| format!("{f:?}"), |e| e.to_uppercase())
}

fn limits() -> Limits {
    let mut l = Limits::default();
    l.max_image_width = Some(30_000);
    l.max_image_height = Some(30_000);
    // Room for a 120 MP RGBA picture and the decoder's own buffers, and no more.
    l.max_alloc = Some(MAX_PIXELS * 4 + 64 * 1024 * 1024);
    l
}

fn decode_error(e: image::ImageError) -> Error {
    match e {
        image::ImageError::Limits(_) => Error::TooManyPixels,
        image::ImageError::Unsupported(u) => Error::Unsupported {
            format: format!("{:?}", u.format_hint()),
        },
        other => Error::Damaged(other.to_string()),
    }
}

fn encode(img: &DynamicImage, icc: Option<&[u8]>) -> Result<Vec<u8>, Error> {
    let rgb = img.to_rgb8();
    let mut out = Vec::new();
    let mut enc = image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, QUALITY);
    if let Some(icc) = icc {
        image::ImageEncoder::set_icc_profile(&mut enc, icc.to_vec()).map_err(|e| Error::Encode(e.to_string()))?;
    }
    enc.encode_image(&rgb).map_err(|e| Error::Encode(e.to_string()))?;
    Ok(out)
}

/// Checks and prepares a photo the client picked or took.
pub fn import(bytes: &[u8]) -> Result<Photo, Error> {
    if bytes.is_empty() {
        return Err(Error::Empty);
    }
    if bytes.len() > MAX_BYTES {
        return Err(Error::TooLarge {
            mb: bytes.len().div_ceil(1024 * 1024),
        });
    }
    let mut reader = ImageReader::new(Cursor::new(bytes))
        .with_guessed_format()
        .map_err(|e| Error::Damaged(e.to_string()))?;
    match reader.format() {
        Some(ImageFormat::Jpeg | ImageFormat::Png | ImageFormat::WebP) => {}
        Some(other) => {
            return Err(Error::Unsupported {
                format: format_name(other),
            })
        }
        None => return Err(Error::NotAnImage),
    }
    reader.limits(limits());
    let mut decoder = reader.into_decoder().map_err(decode_error)?;
    let (width, height) = decoder.dimensions();
    if u64::from(width) * u64::from(height) > MAX_PIXELS {
        return Err(Error::TooManyPixels);
    }
    // A missing or unreadable orientation leaves the picture as it is stored.
    let orientation = decoder.orientation().unwrap_or(Orientation::NoTransforms);
    // A profile is kept when it is one a camera or phone writes (a few KiB, at most a few
    // hundred); anything larger is dropped with its colours left as they are.
    let icc = decoder
        .icc_profile()
        .ok()
        .flatten()
        .filter(|p| p.len() <= MAX_ICC_BYTES);
    let mut img = DynamicImage::from_decoder(decoder).map_err(decode_error)?;
    // Scaled before it is turned: turning copies the picture, and a smaller one is cheaper.
    if img.width().max(img.height()) > MAX_SIDE {
        img = img.resize(MAX_SIDE, MAX_SIDE, FilterType::Triangle);
    }
    img.apply_orientation(orientation);
    let thumb = img.thumbnail(THUMB_SIDE, THUMB_SIDE);
    Ok(Photo {
        jpeg: encode(&img, icc.as_deref())?,
        thumbnail: encode(&thumb, icc.as_deref())?,
        width: img.width(),
        height: img.height(),
        colour_profile: icc.is_some(),
    })
}

pub use aftercare_core::photo::{clean_jpeg_size, is_clean_jpeg};
