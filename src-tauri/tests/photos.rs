//! The photo diary through the app's commands: a picked file's bytes as the request body.

mod support;

use aftercare_app::DATE_HEADER;
use base64::Engine;
use serde_json::{json, Value};
use support::*;

/// A 2x1 PNG: a red and a blue pixel.
const PNG: &[u8] = &[
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x00,
    0x02, 0x00, 0x00, 0x00, 0x01, 0x08, 0x02, 0x00, 0x00, 0x00, 0x7b, 0x40, 0xe8, 0xdd, 0x00, 0x00, 0x00, 0x0d, 0x49,
    0x44, 0x41, 0x54, 0x78, 0x9c, 0x63, 0xb8, 0x23, 0x02, 0x04, 0x77, 0x00, 0x07, 0x23, 0x02, 0x09, 0x68, 0xc5, 0xaf,
    0x2d, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82,
];

fn field(e: &Value) -> &str {
    e["field"].as_str().unwrap_or("")
}

fn jpeg_of(b64: &Value) -> Vec<u8> {
    base64::engine::general_purpose::STANDARD
        .decode(b64.as_str().expect("base64 text"))
        .expect("base64")
}

#[test]
fn a_photo_is_added_to_a_logged_day_listed_shown_and_deleted() {
    let h = harness();
    set_up(&h);
    let today = today_date();
    let day = [(DATE_HEADER, today.as_str())];

    // Not logged yet: refused, nothing kept.
    let e = h.refused_raw("add_photo", PNG, &day);
    assert_eq!(field(&e), "photo");
    assert!(e["message"].as_str().expect("m").contains("has no check-in yet"), "{e}");

    h.ok(
        "save_checkin",
        json!({ "input": {
            "date": today, "redness": 3, "breakouts": 0, "swelling": 1, "pain": 2,
            "symptoms": {"warmth": false, "itching": false, "peeling": false, "bruising": false, "bleeding": false,
            "pus": false, "red_streaks": false, "blisters": false, "fever": false,
            "breathing_trouble": false, "dark_patches": false}, "notes": ""
        }}),
    );
    // What is not a photo is refused in words, next to the photo.
    for (bytes, words) in [
        (&b""[..], "The file is empty"),
        (&b"hello, not a picture"[..], "isn't a picture the app can read"),
        (
            &b"GIF89a\x01\x00\x01\x00\x00\x00\x00;"[..],
            "GIF pictures can't be added; photos can be JPEG, PNG or WebP",
        ),
    ] {
        let e = h.refused_raw("add_photo", bytes, &day);
        assert_eq!(field(&e), "photo", "{e}");
        assert!(e["message"].as_str().expect("m").contains(words), "{e}");
    }
    // The bytes must come as the body: JSON arguments are refused before anything is read.
    let e = h.refused("add_photo", json!({ "bytes": [1, 2, 3] }));
    assert_eq!((e["code"].as_str(), field(&e)), (Some("bad-input"), "photo"), "{e}");
    let e = h.refused_raw("add_photo", PNG, &[(DATE_HEADER, "26/11/2026")]);
    assert_eq!(field(&e), "date", "{e}");

    let added = h.call_raw("add_photo", PNG, &day).expect("added");
    assert_eq!((added["width"].as_u64(), added["height"].as_u64()), (Some(2), Some(1)));
    // set_up's treatment ended 10 hours ago: day 1 or, after midnight, day 2.
    let ended: jiff::civil::Date = local_now("Europe/Berlin", 10)[..10].parse().expect("date");
    let today_d: jiff::civil::Date = today.parse().expect("date");
    assert_eq!(added["day"], if ended == today_d { 1 } else { 2 });
    assert!(jpeg_of(&added["thumbnail"]).starts_with(&[0xFF, 0xD8]));

    let list = h.ok("photos", json!({}));
    assert_eq!(list["photos"].as_array().map(Vec::len), Some(1));
    assert_eq!(list["photos"][0]["redness"], 3);
    assert_eq!(list["photos"][0]["redness_label"], "moderate");
    assert_eq!(list["photo_days"], json!([1, 3, 7, 14]));
    let id = added["id"].as_i64().expect("id");
    let full = h.ok("photo", json!({ "id": id }));
    let jpeg = jpeg_of(&full["jpeg"]);
    assert!(aftercare_core::photo::is_clean_jpeg(&jpeg), "no metadata");

    assert_eq!(field(&h.refused("photo", json!({ "id": "one" }))), "id");
    assert_eq!(field(&h.refused("delete_photo", json!({ "id": id + 1 }))), "photo");
    h.ok("delete_photo", json!({ "id": id }));
    assert_eq!(h.ok("photos", json!({}))["photos"], json!([]));
}
