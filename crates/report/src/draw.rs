//! Writes laid-out pages as PDF with krilla.

use jiff::Timestamp;
use krilla::color::rgb;
use krilla::geom::{PathBuilder, Point};
use krilla::metadata::{DateTime, Metadata};
use krilla::num::NormalizedF32;
use krilla::page::PageSettings;
use krilla::paint::{Fill, FillRule, LineCap, LineJoin, Stroke, StrokeDash};
use krilla::surface::Surface;
use krilla::Document;

use crate::content::ReportPhoto;
use crate::page::{Op, Page, Rgb, HEIGHT, WIDTH};
use crate::text::Fonts;
use crate::{Error, Result};

fn paint(c: Rgb) -> krilla::paint::Paint {
    rgb::Color::new(c.0, c.1, c.2).into()
}

fn fill(c: Rgb) -> Fill {
    Fill {
        paint: paint(c),
        opacity: NormalizedF32::ONE,
        rule: FillRule::NonZero,
    }
}

/// A circle from four cubic arcs.
fn circle(pb: &mut PathBuilder, x: f32, y: f32, r: f32) {
    let k = 0.552_284_8 * r;
    pb.move_to(x + r, y);
    pb.cubic_to(x + r, y + k, x + k, y + r, x, y + r);
    pb.cubic_to(x - k, y + r, x - r, y + k, x - r, y);
    pb.cubic_to(x - r, y - k, x - k, y - r, x, y - r);
    pb.cubic_to(x + k, y - r, x + r, y - k, x + r, y);
    pb.close();
}

fn draw(surface: &mut Surface, fonts: &Fonts, photos: &[ReportPhoto], op: &Op) -> Result<()> {
    match op {
        Op::Text {
            x,
            y,
            size,
            line,
            color,
        } => {
            surface.set_stroke(None);
            surface.set_fill(Some(fill(*color)));
            let mut at = *x;
            for run in &line.runs {
                surface.draw_glyphs(
                    Point::from_xy(at, *y),
                    &run.glyphs,
                    fonts.pdf_font(run.face),
                    &run.text,
                    *size,
                    false,
                );
                at += run.advance * size;
            }
        }
        Op::Rect { x, y, w, h, fill: c } => {
            let mut pb = PathBuilder::new();
            if let Some(rect) = krilla::geom::Rect::from_xywh(*x, *y, *w, *h) {
                pb.push_rect(rect);
            }
            if let Some(path) = pb.finish() {
                surface.set_stroke(None);
                surface.set_fill(Some(fill(*c)));
                surface.draw_path(&path);
            }
        }
        Op::Path {
            points,
            width,
            color,
            dash,
        } => {
            let mut pb = PathBuilder::new();
            for (i, (x, y)) in points.iter().enumerate() {
                if i == 0 {
                    pb.move_to(*x, *y);
                } else {
                    pb.line_to(*x, *y);
                }
            }
            if let Some(path) = pb.finish() {
                surface.set_fill(None);
                surface.set_stroke(Some(Stroke {
                    paint: paint(*color),
                    width: *width,
                    line_cap: LineCap::Round,
                    line_join: LineJoin::Round,
                    dash: dash.then(|| StrokeDash {
                        array: vec![4.0, 3.0],
                        offset: 0.0,
                    }),
                    ..Stroke::default()
                }));
                surface.draw_path(&path);
            }
        }
        Op::Dot { x, y, r, fill: c } => {
            let mut pb = PathBuilder::new();
            circle(&mut pb, *x, *y, *r);
            if let Some(path) = pb.finish() {
                surface.set_stroke(None);
                surface.set_fill(Some(fill(*c)));
                surface.draw_path(&path);
            }
        }
        Op::Image { x, y, w, h, photo } => {
            let p = photos
                .get(*photo)
                .ok_or_else(|| Error::Pdf(format!("no photo {photo}")))?;
            // The JPEG goes in as it is stored (DCT, no re-encoding), colour profile included.
            let image = krilla::image::Image::from_jpeg(krilla::Data::from(p.jpeg.clone()), true)
                .map_err(|e| Error::Pdf(format!("photo {}: {e}", p.id)))?;
            let size = krilla::geom::Size::from_wh(*w, *h).ok_or_else(|| Error::Pdf("photo size".into()))?;
            surface.push_transform(&krilla::geom::Transform::from_translate(*x, *y));
            surface.draw_image(image, size);
            surface.pop();
        }
    }
    Ok(())
}

fn pdf_date(t: Timestamp) -> DateTime {
    let z = t.to_zoned(jiff::tz::TimeZone::UTC);
    let n = |v: i8| u8::try_from(v).unwrap_or(0);
    DateTime::new(u16::try_from(z.year()).unwrap_or(2000))
        .month(n(z.month()))
        .day(n(z.day()))
        .hour(n(z.hour()))
        .minute(n(z.minute()))
        .second(n(z.second()))
        .utc_offset_hour(0)
        .utc_offset_minute(0)
}

/// The pages as one PDF file. The same pages and moment give the same bytes.
pub fn write(
    fonts: &Fonts,
    pages: &[Page],
    photos: &[ReportPhoto],
    made_at: Timestamp,
    title: &str,
) -> Result<Vec<u8>> {
    let mut doc = Document::new();
    doc.set_metadata(
        Metadata::new()
            .title(title.to_string())
            .creator("Aftercare Companion".to_string())
            .language("en".to_string())
            .creation_date(pdf_date(made_at)),
    );
    for p in pages {
        let settings = PageSettings::from_wh(WIDTH, HEIGHT).ok_or_else(|| Error::Pdf("page size".into()))?;
        let mut page = doc.start_page_with(settings);
        let mut surface = page.surface();
        for op in &p.ops {
            draw(&mut surface, fonts, photos, op)?;
        }
        surface.finish();
        page.finish();
    }
    doc.finish().map_err(|e| Error::Pdf(format!("{e:?}")))
}
