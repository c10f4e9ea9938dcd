//! Photos as phones give them: rotated by EXIF, carrying GPS, with a colour profile; and
//! files that must be refused.

use aftercare_photos::{import, is_clean_jpeg, Error, MAX_SIDE, THUMB_SIDE};
use image::{ImageEncoder, Rgb, RgbImage};

/// A stand-in colour profile: the decoder hands the block back as it found it.
const ICC: &[u8] = b"fake-icc-profile-for-the-test-0123456789";

/// A 40x20 JPEG, left half red, right half blue, with `icc` embedded.
fn jpeg(icc: Option<&[u8]>) -> Vec<u8> {
    let img = RgbImage::from_fn(
        40,
        20,
        |x, _| if x < 20 { Rgb([220, 20, 20]) } else { Rgb([20, 20, 220]) },
    );
    let mut out = Vec::new();
    let mut enc = image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 95);
    if let Some(icc) = icc {
        enc.set_icc_profile(icc.to_vec()).expect("icc");
    }
    enc.encode_image(&img).expect("encode");
    out
}

/// An EXIF block (APP1) with Orientation = 6 (turn 90° clockwise to view) and a GPS
/// latitude, put right after the JPEG's start marker, as a phone camera writes it.
fn with_exif(jpeg: &[u8]) -> Vec<u8> {
    let mut tiff: Vec<u8> = b"II*\0".to_vec();
    tiff.extend(8u32.to_le_bytes());
    // IFD0 at 8: two entries, then the offset of the next IFD (none).
    tiff.extend(2u16.to_le_bytes());
    tiff.extend([0x12, 0x01, 3, 0]); // Orientation, SHORT
    tiff.extend(1u32.to_le_bytes());
    tiff.extend([6, 0, 0, 0]);
    let gps_at: u32 = 8 + 2 + 2 * 12 + 4;
    tiff.extend([0x25, 0x88, 4, 0]); // GPSInfo pointer, LONG
    tiff.extend(1u32.to_le_bytes());
    tiff.extend(gps_at.to_le_bytes());
    tiff.extend(0u32.to_le_bytes());
    // GPS IFD: GPSLatitudeRef = "N".
    tiff.extend(1u16.to_le_bytes());
    tiff.extend([0x01, 0x00, 2, 0]); // ASCII
    tiff.extend(2u32.to_le_bytes());
    tiff.extend([b'N', 0, 0, 0]);
    tiff.extend(0u32.to_le_bytes());
    let mut app1 = vec![0xFF, 0xE1];
    let len = u16::try_from(2 + 6 + tiff.len()).expect("len");
    app1.extend(len.to_be_bytes());
    app1.extend(b"Exif\0\0");
    app1.extend(&tiff);
    let mut out = jpeg[..2].to_vec();
    out.extend(app1);
    out.extend(&jpeg[2..]);
    out
}

fn exif_fields(bytes: &[u8]) -> Vec<String> {
    match exif::Reader::new().read_from_container(&mut std::io::Cursor::new(bytes)) {
        Ok(e) => e.fields().map(|f| format!("{}", f.tag)).collect(),
        Err(_) => Vec::new(),
    }
}

#[test]
fn a_phone_photo_comes_out_upright_without_exif_or_gps_and_with_its_colour_profile() {
    let original = with_exif(&jpeg(Some(ICC)));
    let fields = exif_fields(&original);
    assert!(
        fields.iter().any(|f| f == "GPSLatitudeRef"),
        "the fixture carries GPS: {fields:?}"
    );
    assert!(fields.iter().any(|f| f == "Orientation"), "{fields:?}");

    let p = import(&original).expect("imported");
    assert!(
        exif_fields(&p.jpeg).is_empty(),
        "no EXIF left: {:?}",
        exif_fields(&p.jpeg)
    );
    assert!(exif_fields(&p.thumbnail).is_empty());
    assert!(is_clean_jpeg(&p.jpeg) && is_clean_jpeg(&p.thumbnail));
    assert!(!is_clean_jpeg(&original), "the check sees an EXIF block");
    // Turned upright: 40x20 stored sideways is 20x40 to look at, red on top.
    assert_eq!((p.width, p.height), (20, 40));
    let img = image::load_from_memory(&p.jpeg).expect("decodes").to_rgb8();
    assert_eq!(img.dimensions(), (20, 40));
    let top = img.get_pixel(10, 5);
    let bottom = img.get_pixel(10, 35);
    assert!(top[0] > 150 && top[2] < 100, "red on top: {top:?}");
    assert!(bottom[2] > 150 && bottom[0] < 100, "blue below: {bottom:?}");
    // The colour profile is kept, in the photo and the thumbnail.
    assert!(p.colour_profile);
    for out in [&p.jpeg, &p.thumbnail] {
        let mut d = image::codecs::jpeg::JpegDecoder::new(std::io::Cursor::new(out)).expect("jpeg");
        assert_eq!(
            image::ImageDecoder::icc_profile(&mut d).expect("read").as_deref(),
            Some(ICC)
        );
    }
}

#[test]
fn big_photos_are_scaled_and_get_a_thumbnail() {
    let img = RgbImage::from_fn(3000, 1000, |x, y| Rgb([(x % 256) as u8, (y % 256) as u8, 128]));
    let mut png = Vec::new();
    image::codecs::png::PngEncoder::new(&mut png)
        .write_image(img.as_raw(), 3000, 1000, image::ExtendedColorType::Rgb8)
        .expect("png");
    let p = import(&png).expect("imported");
    assert_eq!((p.width, p.height), (MAX_SIDE, 683));
    let thumb = image::load_from_memory(&p.thumbnail).expect("thumb");
    assert_eq!(thumb.width(), THUMB_SIDE);
    assert!(!p.colour_profile);
    assert!(p.jpeg.starts_with(&[0xFF, 0xD8]));
}

/// CRC-32 of PNG chunks, to forge a header that claims a huge picture.
fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = 0xFFFF_FFFFu32;
    for b in bytes {
        crc ^= u32::from(*b);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

/// A tiny PNG whose header says `w` x `h`: a decompression bomb's shape.
fn png_claiming(w: u32, h: u32) -> Vec<u8> {
    let mut png = Vec::new();
    image::codecs::png::PngEncoder::new(&mut png)
        .write_image(&[0, 0, 0], 1, 1, image::ExtendedColorType::Rgb8)
        .expect("png");
    // Signature (8), IHDR length (4), "IHDR" (4), then width and height.
    png[16..20].copy_from_slice(&w.to_be_bytes());
    png[20..24].copy_from_slice(&h.to_be_bytes());
    let crc = crc32(&png[12..29]);
    png[29..33].copy_from_slice(&crc.to_be_bytes());
    png
}

#[test]
fn what_is_not_a_photo_is_refused_in_words() {
    assert_eq!(import(&[]), Err(Error::Empty));
    assert_eq!(import(&vec![0u8; 31 * 1024 * 1024]), Err(Error::TooLarge { mb: 31 }));
    assert_eq!(import(b"just some text, not a picture"), Err(Error::NotAnImage));
    let gif = b"GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00!\xf9\x04\x01\x00\x00\x00\x00,\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;";
    let e = import(gif).expect_err("gif");
    assert_eq!(e, Error::Unsupported { format: "GIF".into() });
    assert!(e.to_string().contains("JPEG, PNG or WebP"), "{e}");
    assert_eq!(import(&png_claiming(11_000, 11_000)), Err(Error::TooManyPixels));
    assert_eq!(import(&png_claiming(60_000, 60_000)), Err(Error::TooManyPixels));
    let mut cut = jpeg(None);
    cut.truncate(cut.len() / 2);
    assert!(matches!(import(&cut), Err(Error::Damaged(_))), "{:?}", import(&cut));
}
