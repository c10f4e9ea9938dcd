//! What a kept photo is: a baseline or progressive JPEG whose only extra blocks are JFIF and
//! a colour profile (no EXIF, XMP, IPTC, comments or anything after the picture), at most
//! [`MAX_SIDE`] pixels a side, a few a day. The photos crate makes such files; the store
//! refuses anything else (a backup file can hold anything).

/// The long side of a stored photo, at most.
pub const MAX_SIDE: u32 = 2048;
/// Photos a day can keep.
pub const MAX_PER_DAY: usize = 12;

/// The blocks a kept JPEG may carry besides the picture: APP0 "JFIF" and APP2
/// "ICC_PROFILE". Every other application block (EXIF and XMP in APP1, IPTC in APP13, maker
/// data elsewhere) and comments are metadata.
fn allowed_app(marker: u8, body: &[u8]) -> bool {
    match marker {
        0xE0 => body.starts_with(b"JFIF\0"),
        0xE2 => body.starts_with(b"ICC_PROFILE\0"),
        _ => false,
    }
}

/// The picture's size if `bytes` are a JPEG with nothing but the picture, JFIF and a colour
/// profile, from its start marker to its end marker and not a byte after.
pub fn clean_jpeg_size(bytes: &[u8]) -> Option<(u32, u32)> {
    if !bytes.starts_with(&[0xFF, 0xD8]) {
        return None;
    }
    let mut size = None;
    let mut i = 2;
    loop {
        if *bytes.get(i)? != 0xFF {
            return None;
        }
        let marker = *bytes.get(i + 1)?;
        match marker {
            0xD9 => return (i + 2 == bytes.len()).then_some(size?),
            0xD8 | 0x01 | 0xD0..=0xD7 => return None,
            _ => {}
        }
        let len = usize::from(u16::from_be_bytes([*bytes.get(i + 2)?, *bytes.get(i + 3)?]));
        let body = bytes.get(i + 4..i + 2 + len.max(2))?;
        match marker {
            0xE0..=0xEF if !allowed_app(marker, body) => return None,
            0xFE => return None,
            // Start of frame (baseline, extended, progressive): precision, height, width.
            0xC0..=0xC2 => {
                let h = u32::from(u16::from_be_bytes([*body.get(1)?, *body.get(2)?]));
                let w = u32::from(u16::from_be_bytes([*body.get(3)?, *body.get(4)?]));
                size = Some((w, h));
            }
            _ => {}
        }
        i += 2 + len;
        if marker == 0xDA {
            // The coded picture runs to the next marker: 0xFF then neither a stuffed 0x00
            // nor a restart marker.
            loop {
                let b = *bytes.get(i)?;
                if b == 0xFF {
                    let next = *bytes.get(i + 1)?;
                    if next != 0x00 && !(0xD0..=0xD7).contains(&next) {
                        break;
                    }
                    i += 2;
                } else {
                    i += 1;
                }
            }
        }
    }
}

/// Whether `bytes` are a JPEG as the store keeps them (see [`clean_jpeg_size`]).
pub fn is_clean_jpeg(bytes: &[u8]) -> bool {
    clean_jpeg_size(bytes).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// SOI, a frame of `w` x `h`, a scan with a stuffed 0xFF and a restart marker, EOI.
    fn jpeg(extra: &[u8], w: u16, h: u16) -> Vec<u8> {
        let mut j = vec![0xFF, 0xD8];
        j.extend([0xFF, 0xE0, 0x00, 0x07, b'J', b'F', b'I', b'F', 0]);
        j.extend(extra);
        j.extend([0xFF, 0xC0, 0x00, 0x08, 8]);
        j.extend(h.to_be_bytes());
        j.extend(w.to_be_bytes());
        j.push(1);
        j.extend([0xFF, 0xDA, 0x00, 0x02, 0x12, 0xFF, 0x00, 0x34, 0xFF, 0xD0, 0x56]);
        j.extend([0xFF, 0xD9]);
        j
    }

    #[test]
    fn only_the_picture_jfif_and_a_colour_profile_pass() {
        assert_eq!(clean_jpeg_size(&jpeg(&[], 640, 480)), Some((640, 480)));
        let icc = [
            0xFF, 0xE2, 0x00, 0x0E, b'I', b'C', b'C', b'_', b'P', b'R', b'O', b'F', b'I', b'L', b'E', 0,
        ];
        assert_eq!(clean_jpeg_size(&jpeg(&icc, 10, 20)), Some((10, 20)));
        let exif = [0xFF, 0xE1, 0x00, 0x08, b'E', b'x', b'i', b'f', 0, 0];
        assert!(!is_clean_jpeg(&jpeg(&exif, 10, 20)));
        let comment = [0xFF, 0xFE, 0x00, 0x04, b'h', b'i'];
        assert!(!is_clean_jpeg(&jpeg(&comment, 10, 20)));
        let maker = [0xFF, 0xEB, 0x00, 0x04, 1, 2];
        assert!(!is_clean_jpeg(&jpeg(&maker, 10, 20)));
        // Anything after the picture: a whole second file, or bytes after the end marker.
        let mut appended = jpeg(&[], 10, 20);
        let tail = appended.split_off(appended.len() - 2);
        appended.extend(jpeg(&exif, 1, 1));
        appended.extend(tail);
        assert!(!is_clean_jpeg(&appended));
        let mut trailing = jpeg(&[], 10, 20);
        trailing.extend(b"GPS 52.5N");
        assert!(!is_clean_jpeg(&trailing));
        // EXIF between the scans of a progressive picture.
        let mut progressive = jpeg(&[], 10, 20);
        let end = progressive.split_off(progressive.len() - 2);
        progressive.extend(exif);
        progressive.extend([0xFF, 0xDA, 0x00, 0x02, 0x77]);
        progressive.extend(end);
        assert!(!is_clean_jpeg(&progressive));
    }

    #[test]
    fn what_is_not_a_whole_jpeg_is_not_clean() {
        assert!(!is_clean_jpeg(b"\x89PNG\r\n\x1a\n"));
        assert!(!is_clean_jpeg(&[0xFF, 0xD8, 0xFF, 0xD9]), "no picture");
        assert!(!is_clean_jpeg(&[]));
        let whole = jpeg(&[], 10, 20);
        for cut in 0..whole.len() {
            assert!(!is_clean_jpeg(&whole[..cut]), "cut at {cut}");
        }
    }
}
