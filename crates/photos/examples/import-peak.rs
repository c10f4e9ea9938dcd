//! Peak memory of importing one 12-megapixel JPEG (4000x3000), read from the kernel's
//! high-water mark of this process (VmHWM) before and after: `cargo run --release -p
//! aftercare-photos --example import-peak`. Linux only (it reads /proc/self/status).

use image::{ImageEncoder, Rgb, RgbImage};

fn peak_kib() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find_map(|l| l.strip_prefix("VmHWM:"))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        })
        .unwrap_or(0)
}

/// Imports FILE and prints the process's peak before (the file read) and after.
fn import(path: &std::path::Path) {
    let bytes = std::fs::read(path).expect("read");
    let before = peak_kib();
    let started = std::time::Instant::now();
    let p = aftercare_photos::import(&bytes).expect("import");
    let took = started.elapsed();
    let after = peak_kib();
    println!(
        "12 MP JPEG ({:.1} MiB) -> {}x{} JPEG of {} KiB in {:.0} ms; peak memory {:.1} MiB before, {:.1} MiB after: +{:.1} MiB for the import",
        bytes.len() as f64 / 1_048_576.0,
        p.width,
        p.height,
        p.jpeg.len() / 1024,
        took.as_secs_f64() * 1000.0,
        before as f64 / 1024.0,
        after as f64 / 1024.0,
        (after - before) as f64 / 1024.0
    );
}

fn main() {
    let mut args = std::env::args().skip(1);
    if let (Some(flag), Some(file)) = (args.next(), args.next()) {
        if flag == "--import" {
            import(std::path::Path::new(&file));
            return;
        }
    }
    // A fresh process imports, so the generator's buffers don't count in its peak.
    let img = RgbImage::from_fn(4000, 3000, |x, y| {
        let n = (x.wrapping_mul(7919) ^ y.wrapping_mul(104_729)) % 23;
        Rgb([(x / 16 % 256) as u8, (y / 12 % 256) as u8, (128 + n) as u8])
    });
    let mut jpeg = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut jpeg, 90)
        .write_image(img.as_raw(), 4000, 3000, image::ExtendedColorType::Rgb8)
        .expect("jpeg");
    let path = std::env::temp_dir().join(format!("aftercare-peak-{}.jpg", std::process::id()));
    std::fs::write(&path, &jpeg).expect("write");
    let status = std::process::Command::new(std::env::current_exe().expect("exe"))
        .arg("--import")
        .arg(&path)
        .status()
        .expect("child");
    let _ = std::fs::remove_file(&path);
    assert!(status.success());
}
