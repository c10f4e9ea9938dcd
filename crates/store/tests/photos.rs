//! Photos kept with their check-in: added, listed, read back, deleted, refused, and carried
//! whole through a backup.

mod common;

use aftercare_store::{NewPhoto, PhotoSize, Store};
use jiff::civil::date;

/// A JPEG as the store takes it (no metadata block), marked with `n`.
fn photo(n: u8) -> NewPhoto {
    NewPhoto {
        jpeg: common::fake_jpeg(2048, 1536, n, 5000 + usize::from(n)),
        thumbnail: common::fake_jpeg(320, 240, n, 40),
        width: 2048,
        height: 1536,
    }
}

#[tokio::test]
async fn photos_belong_to_a_logged_day_and_go_with_it() {
    let dir = tempfile::tempdir().expect("dir");
    let store = common::open(&dir).await;
    let t = common::treatment(&store).await;
    let case = store.case_of(t.id).await.expect("case");
    let day2 = date(2026, 11, 21);

    // No check-in that day yet: refused, nothing kept.
    let before = common::snapshot(&store);
    let e = store
        .add_photo(&case, day2, &photo(1), common::later())
        .await
        .expect_err("not logged");
    assert!(e.to_string().contains("has no check-in yet"), "{e}");
    assert_eq!(common::snapshot(&store), before);

    common::save(&store, t.id, &common::checkin(day2, 3, ""))
        .await
        .expect("check-in");
    let a = store
        .add_photo(&case, day2, &photo(1), common::later())
        .await
        .expect("added");
    let b = store
        .add_photo(&case, day2, &photo(2), common::later())
        .await
        .expect("added");
    assert_eq!((a.date, a.width, a.height, a.bytes), (day2, 2048, 1536, 5001 + 27));
    let list = store.photos(t.id).await.expect("list");
    assert_eq!(list.iter().map(|p| p.id).collect::<Vec<_>>(), vec![a.id, b.id]);
    assert_eq!(
        store.photo_bytes(b.id, PhotoSize::Full).await.expect("bytes"),
        photo(2).jpeg
    );
    assert_eq!(
        store.photo_bytes(b.id, PhotoSize::Thumbnail).await.expect("thumb"),
        photo(2).thumbnail
    );

    // Saving the day's check-in again keeps its photos.
    common::save(&store, t.id, &common::checkin(day2, 2, "edited"))
        .await
        .expect("edit");
    assert_eq!(store.photos(t.id).await.expect("list").len(), 2);

    // What the store refuses changes nothing.
    let before = common::snapshot(&store);
    let mut with_exif = photo(3);
    with_exif
        .jpeg
        .splice(2..2, [0xFF, 0xE1, 0x00, 0x08, b'E', b'x', b'i', b'f', 0, 0]);
    let e = store
        .add_photo(&case, day2, &with_exif, common::later())
        .await
        .expect_err("exif");
    assert!(e.to_string().contains("without metadata"), "{e}");
    let mut huge = photo(3);
    huge.width = 4000;
    store
        .add_photo(&case, day2, &huge, common::later())
        .await
        .expect_err("too big");
    assert_eq!(common::snapshot(&store), before);

    store.delete_photo(a.id).await.expect("deleted");
    store.delete_photo(a.id).await.expect_err("already gone");
    assert_eq!(store.photos(t.id).await.expect("list").len(), 1);

    // Deleting the treatment deletes its check-ins and their photos.
    sqlx::query("DELETE FROM treatments WHERE id = ?")
        .bind(t.id)
        .execute(store.pool())
        .await
        .expect("delete");
    let (left,): (i64,) = sqlx::query_as("SELECT count(*) FROM photos")
        .fetch_one(store.pool())
        .await
        .expect("count");
    assert_eq!(left, 0);
}

#[tokio::test]
async fn a_day_keeps_at_most_twelve_photos() {
    let dir = tempfile::tempdir().expect("dir");
    let store = common::open(&dir).await;
    let t = common::treatment(&store).await;
    let case = store.case_of(t.id).await.expect("case");
    let day = date(2026, 11, 20);
    common::save(&store, t.id, &common::checkin(day, 3, ""))
        .await
        .expect("check-in");
    for n in 0..12 {
        store
            .add_photo(&case, day, &photo(n), common::later())
            .await
            .expect("added");
    }
    let e = store
        .add_photo(&case, day, &photo(12), common::later())
        .await
        .expect_err("13th");
    assert!(e.to_string().contains("at most 12"), "{e}");
    let c = common::checkin(day, 1, "");
    let e = store
        .save_checkin_with_photos(&case, &c, &[photo(13)], common::later())
        .await
        .expect_err("13th");
    assert!(e.to_string().contains("at most 12"), "{e}");
    assert_eq!(
        store
            .checkin(t.id, day)
            .await
            .expect("read")
            .expect("kept")
            .checkin
            .redness
            .score(),
        3,
        "the refused save changed nothing"
    );
}

#[tokio::test]
async fn a_backup_carries_every_byte_of_every_photo_and_old_backups_still_restore() {
    let dir = tempfile::tempdir().expect("dir");
    let store = common::open(&dir).await;
    let t = common::treatment(&store).await;
    let case = store.case_of(t.id).await.expect("case");
    let (d1, d3) = (date(2026, 11, 20), date(2026, 11, 22));
    store
        .save_checkin_with_photos(
            &case,
            &common::checkin(d1, 3, "one"),
            &[photo(1), photo(2)],
            common::later(),
        )
        .await
        .expect("saved");
    store
        .save_checkin_with_photos(&case, &common::checkin(d3, 1, "three"), &[photo(3)], common::later())
        .await
        .expect("saved");
    let before: Vec<(jiff::civil::Date, Vec<u8>, Vec<u8>)> = photo_bytes(&store, t.id).await;
    let json = store.backup().await.expect("backup").to_json();

    let other_dir = tempfile::tempdir().expect("dir");
    let other = common::open(&other_dir).await;
    other.restore(&json).await.expect("restore");
    assert_eq!(photo_bytes(&other, t.id).await, before, "every byte of every photo");
    assert_eq!(other.backup().await.expect("again").to_json(), json, "round trip");

    // A backup photo that is not what the store keeps is refused, and nothing changes.
    let tampered = json.replacen("\"jpeg\": \"/9j/", "\"jpeg\": \"iVBO", 1);
    assert_ne!(tampered, json);
    let snap = common::snapshot(&other);
    let e = other.restore(&tampered).await.expect_err("refused");
    assert!(e.to_string().contains("photos[0]"), "{e}");
    assert_eq!(common::snapshot(&other), snap);

    // A backup from before photos (no "photos" anywhere) restores.
    let mut doc: serde_json::Value = serde_json::from_str(&json).expect("json");
    for c in doc["treatments"][0]["checkins"].as_array_mut().expect("checkins") {
        c.as_object_mut().expect("object").remove("photos");
    }
    other.restore(&doc.to_string()).await.expect("old backup");
    assert!(other.photos(t.id).await.expect("list").is_empty());
    assert_eq!(other.checkins(t.id).await.expect("read").len(), 2);
}

async fn photo_bytes(store: &Store, treatment_id: i64) -> Vec<(jiff::civil::Date, Vec<u8>, Vec<u8>)> {
    let mut out = Vec::new();
    for p in store.photos(treatment_id).await.expect("list") {
        out.push((
            p.date,
            store.photo_bytes(p.id, PhotoSize::Full).await.expect("full"),
            store.photo_bytes(p.id, PhotoSize::Thumbnail).await.expect("thumb"),
        ));
    }
    out
}
