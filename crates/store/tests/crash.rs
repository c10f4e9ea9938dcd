//! Crash safety: a writer process is killed with SIGKILL at random moments; every
//! check-in it reported as committed must be there afterwards, and SQLite's integrity
//! check must pass. 200 kills by default; `AFTERCARE_CRASH_KILLS=1000` for more.

mod common;

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use aftercare_store::PhotoSize;
use rand::Rng;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_acknowledged_checkin_survives_sigkill() {
    let kills: usize = std::env::var("AFTERCARE_CRASH_KILLS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(200);
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("aftercare.db");
    let store = aftercare_store::Store::open(&path).await.expect("open");
    let t = common::treatment(&store).await;
    store.close().await;

    let mut rng = rand::rng();
    let mut acknowledged: Vec<String> = Vec::new();
    let started = Instant::now();
    let mut killed_mid_run = 0;
    for _ in 0..kills {
        let mut child = Command::new(env!("CARGO_BIN_EXE_crash-writer"))
            .arg(&path)
            .arg(t.id.to_string())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("spawn writer");
        let stdout = child.stdout.take().expect("stdout");
        let reader = std::thread::spawn(move || {
            BufReader::new(stdout)
                .lines()
                .map_while(Result::ok)
                .collect::<Vec<String>>()
        });
        std::thread::sleep(Duration::from_micros(rng.random_range(1_000..80_000)));
        if child.try_wait().expect("wait").is_none() {
            killed_mid_run += 1;
        }
        child.kill().expect("SIGKILL");
        child.wait().expect("reap");
        acknowledged.extend(reader.join().expect("reader"));

        let store = aftercare_store::Store::open(&path).await.expect("reopen after kill");
        let stored: std::collections::HashSet<String> = store
            .checkins(t.id)
            .await
            .expect("read")
            .into_iter()
            .map(|c| c.checkin.date.to_string())
            .collect();
        for d in &acknowledged {
            assert!(stored.contains(d), "check-in of {d} was acknowledged but is gone");
        }
        // Every other entry has one photo, written with its check-in: never a photo without
        // its check-in (the foreign key), never a check-in that lost its photo, never half.
        let photos = store.photos(t.id).await.expect("photos");
        let checkins = store.checkins(t.id).await.expect("read");
        for c in &checkins {
            let n: i64 = c.checkin.notes.trim_start_matches("entry ").parse().expect("entry n");
            let mine: Vec<_> = photos.iter().filter(|p| p.date == c.checkin.date).collect();
            assert_eq!(
                mine.len(),
                usize::from(n % 2 == 0),
                "{}: photos {mine:?}",
                c.checkin.date
            );
            if let Some(p) = mine.first() {
                let bytes = store.photo_bytes(p.id, PhotoSize::Full).await.expect("bytes");
                // 25 bytes of headers, the picture data, the end marker.
                let fill = b'a' + u8::try_from(n.rem_euclid(26)).expect("letter");
                let whole = bytes.len() == 256 * 1024 + 27 && bytes[25..bytes.len() - 2].iter().all(|b| *b == fill);
                assert!(whole, "{}: the photo is whole", c.checkin.date);
            }
        }
        assert_eq!(
            photos.len(),
            checkins
                .iter()
                .filter(|c| c
                    .checkin
                    .notes
                    .trim_start_matches("entry ")
                    .parse::<i64>()
                    .is_ok_and(|n| n % 2 == 0))
                .count()
        );
        store.close().await;
    }
    let store = aftercare_store::Store::open(&path).await.expect("reopen");
    store.integrity_check().await.expect("PRAGMA integrity_check");
    let total = store.checkins(t.id).await.expect("read").len();
    eprintln!(
        "crash test: {kills} SIGKILLs ({killed_mid_run} while running), {} acknowledged check-ins all present, {total} stored, integrity ok, {:.1} s",
        acknowledged.len(),
        started.elapsed().as_secs_f64()
    );
    // Proof the writer got past start-up in most runs (1.7 per kill even on a loaded machine).
    assert!(
        acknowledged.len() >= kills / 4,
        "the writer made too little progress to test anything"
    );
    assert_eq!(killed_mid_run, kills, "every kill hit a running writer");
}
