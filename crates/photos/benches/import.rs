//! Importing a 12-megapixel JPEG (4000x3000), as a phone camera takes it.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion};
use image::{ImageEncoder, Rgb, RgbImage};

fn bench(c: &mut Criterion) {
    // Smooth gradients with some texture: compresses like a photo, not like a flat fill.
    let img = RgbImage::from_fn(4000, 3000, |x, y| {
        let n = (x.wrapping_mul(7919) ^ y.wrapping_mul(104_729)) % 23;
        Rgb([(x / 16 % 256) as u8, (y / 12 % 256) as u8, (128 + n) as u8])
    });
    let mut jpeg = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut jpeg, 90)
        .write_image(img.as_raw(), 4000, 3000, image::ExtendedColorType::Rgb8)
        .expect("jpeg");
    let p = aftercare_photos::import(&jpeg).expect("import");
    println!(
        "12 MP JPEG of {:.1} MiB -> stored {}x{} JPEG of {:.0} KiB + thumbnail of {:.1} KiB",
        jpeg.len() as f64 / 1048576.0,
        p.width,
        p.height,
        p.jpeg.len() as f64 / 1024.0,
        p.thumbnail.len() as f64 / 1024.0
    );
    let mut g = c.benchmark_group("photo import");
    g.sample_size(10);
    g.bench_function("12 MP JPEG", |b| {
        b.iter(|| black_box(aftercare_photos::import(black_box(&jpeg)).expect("import")))
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
