//! The report as a clinician gets it: a valid PDF (qpdf), whose text (pdftotext, from
//! Debian's poppler-utils) says what the client logged and every warning sign raised.

use std::path::Path;
use std::process::Command;

use aftercare_core::{CheckIn, CheckInDraft, Settings, Symptoms, Zone};
use aftercare_i18n::Language;
use aftercare_report::content::long_date;
use aftercare_report::layout::lay_out;
use aftercare_report::page::{HEIGHT, MARGIN, WIDTH};
use aftercare_report::text::Fonts;
use aftercare_report::{PhotoPick, Report, ReportRequest};
use aftercare_store::{Case, NewTreatment, Store};
use jiff::civil::Date;
use jiff::{Timestamp, ToSpan};

const NOTE: &str = "<script>alert(\"hi\")</script> it's \"tight\" & warm. Ερυθρότητα μέτρια 😊👍 احمرار خفيف \
                    Felt fine by the evening, washed with the mild cleanser and used the gentle \
                    moisturiser twice; no make-up, stayed out of the sun, slept on a clean pillow.";

fn zone() -> Zone {
    Zone::new("Europe/Berlin").expect("zone")
}

/// A treatment that ended on 2026-09-01 at 15:30 in Berlin, and a check-in per entry of
/// `days` (day number, redness, extra).
async fn case(dir: &tempfile::TempDir, days: &[(i64, i64)], now: Timestamp) -> (Store, Case) {
    let store = Store::open(&dir.path().join("aftercare.db")).await.expect("open");
    store
        .save_settings(&Settings {
            clinic_name: "Skin Studio".into(),
            clinic_phone: "+49 30 1234567".into(),
            ..Settings::new(zone())
        })
        .await
        .expect("settings");
    store
        .add_treatment(&NewTreatment {
            ended_at: "2026-09-01T13:30:00Z".parse().expect("ts"),
            zone: zone(),
            area: "face and neck".into(),
            clinic: "Skin Studio Mitte".into(),
            notes: String::new(),
            series_number: Some(2),
            reminders_from: None,
        })
        .await
        .expect("treatment");
    let day_one = Date::constant(2026, 9, 1);
    for (day, redness) in days {
        let cx = store.required_case().await.expect("case");
        let date = day_one.checked_add((day - 1).days()).expect("date");
        let draft = CheckInDraft {
            redness: *redness,
            breakouts: if *day == 3 { 2 } else { 0 },
            swelling: i64::from(*day <= 2),
            pain: if *day == 4 { 6 } else { 1 },
            symptoms: Symptoms {
                warmth: *day == 4,
                itching: *day == 4,
                ..Default::default()
            },
            notes: if *day == 2 {
                NOTE.into()
            } else {
                format!("day {day} ok")
            },
        };
        let c = CheckIn::new(date, &draft).expect("valid");
        store.save_checkin(&cx, &c, now).await.expect("saved");
    }
    let cx = store.required_case().await.expect("case");
    (store, cx)
}

fn now() -> Timestamp {
    "2026-11-25T09:00:00Z".parse().expect("ts")
}

fn tool(cmd: &str, args: &[&str]) -> String {
    let out = Command::new(cmd)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{cmd} (make test installs it): {e}"));
    assert!(
        out.status.success(),
        "{cmd} {args:?}: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn text_of(pdf: &Path, layout: bool, pages: Option<(usize, usize)>) -> String {
    let p = pdf.to_str().expect("path");
    let mut args = vec![];
    if layout {
        args.push("-layout".to_string());
    }
    if let Some((f, l)) = pages {
        args.extend(["-f".into(), f.to_string(), "-l".into(), l.to_string()]);
    }
    args.extend([p.to_string(), "-".to_string()]);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    tool("pdftotext", &args)
}

fn squeeze(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn page_count(pdf: &Path) -> usize {
    let info = tool("pdfinfo", &[pdf.to_str().expect("path")]);
    info.lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .expect("page count")
}

/// Every piece of text inside the margins and clear of every other.
fn assert_laid_out(layout: &aftercare_report::layout::Layout) {
    for (n, page) in layout.pages.iter().enumerate() {
        let boxes = page.text_boxes();
        for (text, (l, t, r, b)) in &boxes {
            assert!(
                *l >= MARGIN - 0.01 && *r <= WIDTH - MARGIN + 0.01,
                "page {}: {text} leaves the page sideways",
                n + 1
            );
            assert!(
                *t >= MARGIN - 12.0 && *b <= HEIGHT - 12.0,
                "page {}: {text} leaves the page",
                n + 1
            );
        }
        for (i, (ta, a)) in boxes.iter().enumerate() {
            for (tb, b) in &boxes[i + 1..] {
                let apart = a.2 <= b.0 || b.2 <= a.0 || a.3 <= b.1 || b.3 <= a.1;
                assert!(apart, "page {}: \"{ta}\" overlaps \"{tb}\"", n + 1);
            }
        }
    }
}

#[tokio::test]
async fn a_two_week_report_is_valid_and_says_what_was_logged() {
    let dir = tempfile::tempdir().expect("dir");
    // Redness worse on day 4 than on day 3: a warning sign to call the clinic.
    let days = [
        (1, 3),
        (2, 3),
        (3, 2),
        (4, 4),
        (5, 3),
        (6, 2),
        (7, 1),
        (9, 1),
        (12, 0),
        (14, 0),
    ];
    let (_store, cx) = case(&dir, &days, now()).await;
    let report = Report::build(&cx, &ReportRequest::default(), now()).expect("report");
    assert!(!report.warnings.is_empty(), "the worse day 4 raises a sign");
    let bytes = aftercare_report::render(&report).expect("pdf");
    let path = dir.path().join("report.pdf");
    std::fs::write(&path, &bytes).expect("write");
    if let Some(keep) = std::env::var_os("AFTERCARE_REPORT_KEEP") {
        std::fs::write(Path::new(&keep).join("two-weeks.pdf"), &bytes).expect("keep");
    }

    let check = tool("qpdf", &["--check", path.to_str().expect("path")]);
    assert!(check.contains("No syntax or stream encoding errors"), "{check}");

    let layout = text_of(&path, true, None);
    assert!(layout.contains("Tue 1 Sept 2026, 15:30 (Europe/Berlin)"), "{layout}");
    assert!(layout.contains("face and neck") && layout.contains("Skin Studio Mitte"));
    assert!(layout.contains("2 of 3"), "{layout}");
    let rows: Vec<&str> = layout.lines().collect();
    for (day, redness) in days {
        let date = long_date(
            Language::English,
            Date::constant(2026, 9, 1).checked_add((day - 1).days()).expect("date"),
        );
        let label = aftercare_core::Redness::try_from(redness).expect("redness").label();
        let row = rows
            .iter()
            .find(|l| l.trim_start().starts_with(&date) && l.contains(&format!(" {day} ")))
            .unwrap_or_else(|| panic!("no row for {date}:\n{layout}"));
        assert!(row.contains(&format!("{redness} {label}")), "{row}");
    }

    let plain = squeeze(&text_of(&path, false, None));
    for w in &report.warnings {
        assert!(
            plain.contains(&squeeze(&w.reason)),
            "{} missing from:\n{plain}",
            w.reason
        );
        assert!(plain.contains(&w.tier.label()));
    }
    assert!(plain.contains("not a diagnosis"));
    assert!(
        plain.contains("the clinic's number (+49 30 1234567) and said that the clinic's own instructions come first"),
        "{plain}"
    );
    // The long note is cut in the table and in full on the page it points to.
    let pages = page_count(&path);
    assert_eq!(pages, 2, "{plain}");
    // (Its opening bracket follows Arabic, so extraction may put it elsewhere.)
    assert!(plain.contains("see page 2)"), "{plain}");
    // pdftotext marks the right-to-left run with embedding controls and moves a space
    // next to it; the characters and their order are the client's.
    let bare = |s: &str| -> String {
        s.chars()
            .filter(|c| !c.is_whitespace() && !('\u{202A}'..='\u{202E}').contains(c))
            .collect()
    };
    let page2 = text_of(&path, false, Some((2, 2)));
    assert!(bare(&page2).contains(&bare(NOTE)), "the note as typed:\n{page2}");
    assert!(!plain.contains('\u{FFFD}'), "every character had a font");
}

#[tokio::test]
async fn the_same_case_and_moment_give_the_same_bytes() {
    let dir = tempfile::tempdir().expect("dir");
    let (_store, cx) = case(&dir, &[(1, 3), (2, 2), (3, 1)], now()).await;
    let a = aftercare_report::pdf(&cx, &ReportRequest::default(), now()).expect("a");
    let b = aftercare_report::pdf(&cx, &ReportRequest::default(), now()).expect("b");
    assert_eq!(a, b);
    let later = aftercare_report::pdf(&cx, &ReportRequest::default(), now() + 1.minute()).expect("later");
    assert_ne!(a, later, "the moment it was made is in it");
}

#[tokio::test]
async fn sixty_days_run_onto_more_pages_without_overlapping() {
    let dir = tempfile::tempdir().expect("dir");
    let days: Vec<(i64, i64)> = (1..=60).map(|d| (d, if d < 8 { 3 - d / 3 } else { 0 })).collect();
    let (_store, cx) = case(&dir, &days, now()).await;
    let request = ReportRequest {
        name: "Ada Lovelace".into(),
        ..Default::default()
    };
    let report = Report::build(&cx, &request, now()).expect("report");
    let fonts = Fonts::load().expect("fonts");
    let layout = lay_out(&fonts, &report);
    assert!(layout.pages.len() >= 2);
    assert_laid_out(&layout);
    let path = dir.path().join("report.pdf");
    std::fs::write(&path, aftercare_report::render(&report).expect("pdf")).expect("write");
    tool("qpdf", &["--check", path.to_str().expect("path")]);
    let text = text_of(&path, true, None);
    for d in 1..=60 {
        let date = long_date(
            Language::English,
            Date::constant(2026, 9, 1).checked_add((d - 1).days()).expect("date"),
        );
        let n = text.lines().filter(|l| l.trim_start().starts_with(&date)).count();
        assert_eq!(n, 1, "{date} is in the table once:\n{text}");
    }
    assert!(text.contains("Day by day (continued)"));
    assert!(text.contains("For: Ada Lovelace"));
}

#[tokio::test]
async fn what_the_client_leaves_out_stays_out() {
    let dir = tempfile::tempdir().expect("dir");
    let (_store, cx) = case(&dir, &[(1, 3), (2, 3), (3, 2), (4, 4), (5, 2)], now()).await;
    let request = ReportRequest {
        from: Some(Date::constant(2026, 9, 2)),
        to: Some(Date::constant(2026, 9, 4)),
        notes: false,
        name: String::new(),
        photos: Vec::new(),
        language: Language::English,
    };
    let report = Report::build(&cx, &request, now()).expect("report");
    assert_eq!(report.days.iter().map(|d| d.day).collect::<Vec<_>>(), vec![2, 3, 4]);
    let path = dir.path().join("report.pdf");
    std::fs::write(&path, aftercare_report::render(&report).expect("pdf")).expect("write");
    let text = squeeze(&text_of(&path, false, None));
    assert!(
        !text.contains("day 5 ok") && !text.contains("day 3 ok") && !text.contains("script"),
        "{text}"
    );
    assert!(!text.contains("For:"), "no name unless typed");
    assert!(
        text.contains("Wed 2 Sept 2026 2 3 moderate"),
        "the day of the long note is in: {text}"
    );
    assert!(
        !text.contains("Tue 1 Sept 2026 1") && !text.contains("Sat 5 Sept 2026"),
        "{text}"
    );
    assert!(!text.contains("Notes"), "{text}");
}

#[tokio::test]
async fn choices_that_make_no_report_are_refused_by_field() {
    let dir = tempfile::tempdir().expect("dir");
    let (_store, cx) = case(&dir, &[(1, 3)], now()).await;
    let refused = |r: ReportRequest| match Report::build(&cx, &r, now()) {
        Err(aftercare_report::Error::Invalid { field, reason }) => (field, reason),
        other => panic!("not refused: {other:?}"),
    };
    let d = |m, day| Some(Date::constant(2026, m, day));
    let (field, reason) = refused(ReportRequest {
        from: d(9, 5),
        to: d(9, 3),
        ..Default::default()
    });
    assert_eq!(field, "to");
    assert!(reason.contains("before the first"), "{reason}");
    let (field, reason) = refused(ReportRequest {
        from: d(8, 31),
        ..Default::default()
    });
    assert_eq!(field, "from");
    assert!(reason.contains("Tue 1 Sept 2026 (day 1"), "{reason}");
    let (field, _) = refused(ReportRequest {
        to: d(11, 26),
        ..Default::default()
    });
    assert_eq!(field, "to");
    let (field, _) = refused(ReportRequest {
        name: "x".repeat(81),
        ..Default::default()
    });
    assert_eq!(field, "name");
    let (field, _) = refused(ReportRequest {
        name: "two\nlines".into(),
        ..Default::default()
    });
    assert_eq!(field, "name");
}

/// What a hurried or unusual client gives the layout: long notes on every day, words longer
/// than a column, marks without a font, signs raised again and again, and a year and a half
/// of days on the chart's axis.
#[tokio::test]
async fn unusual_input_stays_on_the_page_and_every_note_points_to_its_page() {
    let dir = tempfile::tempdir().expect("dir");
    let now: Timestamp = "2026-11-25T09:00:00Z".parse().expect("ts");
    let store = Store::open(&dir.path().join("aftercare.db")).await.expect("open");
    store.save_settings(&Settings::new(zone())).await.expect("settings");
    store
        .add_treatment(&NewTreatment {
            ended_at: "2025-06-01T08:00:00Z".parse().expect("ts"),
            zone: zone(),
            area: "W".repeat(100),
            clinic: "Klinik".repeat(16),
            notes: String::new(),
            series_number: Some(1),
            reminders_from: None,
        })
        .await
        .expect("treatment");
    let unbroken = "ä\u{0301}".repeat(150);
    let day_one = Date::constant(2025, 6, 1);
    let mut dates: Vec<Date> = (0..40).map(|d| day_one.checked_add(d.days()).expect("date")).collect();
    dates.push(Date::constant(2026, 11, 25));
    for (i, date) in dates.iter().enumerate() {
        let cx = store.required_case().await.expect("case");
        let draft = CheckInDraft {
            redness: [3, 4, 2, 4][i % 4],
            pain: [2, 7, 3, 8][i % 4],
            symptoms: Symptoms {
                warmth: i % 2 == 0,
                itching: true,
                peeling: true,
                red_streaks: i % 5 == 0,
                ..Default::default()
            },
            notes: format!(
                "{unbroken} day {} 😊\u{FE0F}👍🏽 漢字\u{FE0E}\u{FE0E}\u{FE0E} {}",
                i + 1,
                "a note that runs on ".repeat(12)
            ),
            ..Default::default()
        };
        let c = CheckIn::new(*date, &draft).expect("valid");
        store.save_checkin(&cx, &c, now).await.expect("saved");
    }
    let cx = store.required_case().await.expect("case");
    let report = Report::build(&cx, &ReportRequest::default(), now).expect("report");
    assert!(
        report.warnings.len() > 20,
        "signs raised again and again: {}",
        report.warnings.len()
    );
    let tiers: Vec<_> = report.warnings.iter().map(|w| w.tier).collect();
    assert!(
        tiers.windows(2).all(|w| w[0] >= w[1]),
        "the most serious first: {tiers:?}"
    );
    let fonts = Fonts::load().expect("fonts");
    let layout = lay_out(&fonts, &report);
    assert!(layout.missing, "漢字 has no font here and is marked");
    assert_laid_out(&layout);

    let path = dir.path().join("report.pdf");
    let bytes = aftercare_report::render(&report).expect("pdf");
    std::fs::write(&path, &bytes).expect("write");
    if let Some(keep) = std::env::var_os("AFTERCARE_REPORT_KEEP") {
        std::fs::write(Path::new(&keep).join("unusual.pdf"), &bytes).expect("keep");
    }
    tool("qpdf", &["--check", path.to_str().expect("path")]);
    // Each cut note names the page its whole text is on, and that page has it.
    let pages = page_count(&path);
    let page_texts: Vec<String> = (1..=pages)
        .map(|p| squeeze(&text_of(&path, false, Some((p, p)))))
        .collect();
    let pointers: Vec<usize> = page_texts
        .iter()
        .flat_map(|t| {
            t.match_indices("see page ").map(|(i, _)| {
                t[i + 9..]
                    .split(')')
                    .next()
                    .unwrap_or("")
                    .trim()
                    .parse::<usize>()
                    .expect("page number")
            })
        })
        .collect();
    assert_eq!(pointers.len(), dates.len(), "every note was cut");
    for (row, page) in pointers.iter().enumerate() {
        let heading = format!(
            "Day {} · {}",
            report.days[row].day,
            long_date(Language::English, report.days[row].date)
        );
        assert!(
            page_texts[page - 1].contains(&heading),
            "{heading} is not on page {page}"
        );
    }
    let all = page_texts.join(" ");
    assert!(all.contains("\u{FFFD} marks a character this report has no font for"));
    assert!(all.contains("漢字"), "the text keeps what has no font");
}

/// A photo as the app keeps it, from a generated picture `w` x `h` of one colour.
fn kept_photo(w: u32, h: u32, rgb: [u8; 3]) -> aftercare_store::NewPhoto {
    use image::ImageEncoder;
    let img = image::RgbImage::from_pixel(w, h, image::Rgb(rgb));
    let mut png = Vec::new();
    image::codecs::png::PngEncoder::new(&mut png)
        .write_image(img.as_raw(), w, h, image::ExtendedColorType::Rgb8)
        .expect("png");
    let p = aftercare_photos::import(&png).expect("photo");
    aftercare_store::NewPhoto {
        jpeg: p.jpeg,
        thumbnail: p.thumbnail,
        width: p.width,
        height: p.height,
    }
}

#[tokio::test]
async fn the_first_and_latest_photos_go_on_a_page_of_their_own_with_their_day_and_redness() {
    let dir = tempfile::tempdir().expect("dir");
    let (store, cx) = case(&dir, &[(1, 3), (2, 3), (3, 2), (4, 1)], now()).await;
    let d = |day: i8| Date::constant(2026, 9, day);
    for (day, colour) in [(1, [200, 40, 40]), (3, [40, 200, 40]), (4, [40, 40, 200])] {
        store
            .add_photo(&cx, d(day), &kept_photo(300, 400, colour), now())
            .await
            .expect("photo");
    }
    let (report, pdf) = aftercare_report::make(&store, &ReportRequest::default(), now())
        .await
        .expect("report");
    assert_eq!(
        report.photos.iter().map(|p| p.day).collect::<Vec<_>>(),
        vec![1, 4],
        "the first and the latest"
    );
    let path = dir.path().join("report.pdf");
    std::fs::write(&path, &pdf).expect("write");
    if let Some(keep) = std::env::var_os("AFTERCARE_REPORT_KEEP") {
        std::fs::write(Path::new(&keep).join("photos.pdf"), &pdf).expect("keep");
    }
    tool("qpdf", &["--check", path.to_str().expect("path")]);
    let images = tool("pdfimages", &["-list", path.to_str().expect("path")]);
    let rows: Vec<&str> = images.lines().skip(2).collect();
    assert_eq!(rows.len(), 2, "{images}");
    assert!(
        rows.iter()
            .all(|r| r.contains(" jpeg ") && r.contains(" 300 ") && r.contains(" 400 ")),
        "{images}"
    );
    let last = page_count(&path);
    let page = squeeze(&text_of(&path, false, Some((last, last))));
    assert!(
        page.contains("Photos") && page.contains("Day 1 · Tue 1 Sept 2026") && page.contains("redness 3 (moderate)"),
        "{page}"
    );
    assert!(
        page.contains("Day 4 · Fri 4 Sept 2026") && page.contains("redness 1 (almost none)"),
        "{page}"
    );

    // The client's own picks: a day, or none at all.
    let pick = |photos| ReportRequest {
        photos,
        ..Default::default()
    };
    let (r, _) = aftercare_report::make(&store, &pick(vec![PhotoPick::Day(d(3))]), now())
        .await
        .expect("day 3");
    assert_eq!(r.photos.iter().map(|p| p.day).collect::<Vec<_>>(), vec![3]);
    let (r, pdf) = aftercare_report::make(&store, &pick(vec![]), now())
        .await
        .expect("none");
    assert!(r.photos.is_empty());
    std::fs::write(&path, &pdf).expect("write");
    assert_eq!(
        tool("pdfimages", &["-list", path.to_str().expect("path")])
            .lines()
            .count(),
        2,
        "no images"
    );
    // A day without a photo, or one outside the period, is refused by name.
    for (request, words) in [
        (
            pick(vec![PhotoPick::Day(d(2))]),
            "There is no photo of Wed 2 Sept 2026 in the period.",
        ),
        (
            ReportRequest {
                to: Some(d(3)),
                photos: vec![PhotoPick::Day(d(4))],
                ..Default::default()
            },
            "There is no photo of Fri 4 Sept 2026 in the period.",
        ),
    ] {
        match aftercare_report::make(&store, &request, now()).await {
            Err(aftercare_report::Error::Invalid { field, reason }) => {
                assert_eq!((field, reason.as_str()), ("photos", words));
            }
            other => panic!("not refused: {:?}", other.map(|(r, _)| r.photos.len())),
        }
    }
}

#[tokio::test]
async fn the_report_is_written_in_the_language_asked_for_every_word_of_it() {
    let dir = tempfile::tempdir().expect("dir");
    // Day 4 worse than day 3: a warning sign, so every part of the report shows.
    let (store, cx) = case(&dir, &[(1, 3), (2, 3), (3, 2), (4, 4)], now()).await;
    store
        .add_photo(
            &cx,
            Date::constant(2026, 9, 4),
            &kept_photo(300, 400, [200, 40, 40]),
            now(),
        )
        .await
        .expect("photo");
    let request = ReportRequest {
        name: "Ada".into(),
        language: Language::German,
        ..ReportRequest::default()
    };
    let (report, pdf) = aftercare_report::make(&store, &request, now()).await.expect("report");
    assert!(!report.warnings.is_empty(), "a warning sign to show");
    let path = dir.path().join("bericht.pdf");
    std::fs::write(&path, &pdf).expect("write");
    tool("qpdf", &["--check", path.to_str().expect("path")]);
    // Lines wrap where the page is full: read it as one run of words.
    let text = tool("pdftotext", &[path.to_str().expect("path"), "-"])
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    for german in [
        "ein Bericht für die Praxis",
        "Für: Ada",
        "Behandlung",
        "Behandelte Stelle",
        "Warnzeichen, die die App gemeldet hat",
        "Rötung pro Tag",
        "Tag nach der Behandlung",
        "Tag für Tag",
        "Angekreuzte Zeichen",
        "Di., 1. Sept. 2026",
        "Tag 4 · Fr., 4. Sept. 2026",
        "Rötung 4 (stark)",
        "keine Diagnose",
        "Seite 1 von 3",
        // The protocol's own name, in German too.
        "Nachsorge nach dem Microneedling, Version",
    ] {
        assert!(text.contains(german), "{german:?} missing: {text}");
    }
    for english in [
        "Treatment",
        "Warning signs",
        "Day by day",
        "Redness",
        "redness",
        "Made ",
        "Page ",
        "day after",
        "not given",
        "Tue ",
        "Sep ",
        "Call your clinic",
        "Micro-needling aftercare",
        "Pain",
        "Swelling",
        "Notes",
        "Photos",
        "see page",
        "Day ",
        "moderate",
        "severe",
    ] {
        assert!(
            !text.contains(english),
            "English {english:?} in the German report: {text}"
        );
    }
    // The file's own title too.
    let info = tool("pdfinfo", &[path.to_str().expect("path")]);
    assert!(info.contains("Nachsorgebericht"), "{info}");
}
