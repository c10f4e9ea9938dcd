//! The report for the clinic: one page a clinician reads in a minute (the treatment, the
//! warning signs, the redness against the usual course, the days logged), written as PDF on
//! the device. [`content`] says what, [`layout`] says where, [`draw`] writes the file.

pub mod content;
mod draw;
mod error;
pub mod layout;
pub mod page;
pub mod text;

pub use content::{PhotoPick, Report, ReportPhoto, ReportRequest};
pub use error::{Error, Result};

use aftercare_store::{Case, PhotoSize, Store};
use jiff::Timestamp;

/// The report of the current case as a PDF file's bytes; `now` is the moment it is made.
pub fn pdf(cx: &Case, request: &ReportRequest, now: Timestamp) -> Result<Vec<u8>> {
    let report = Report::build(cx, request, now)?;
    render(&report)
}

/// The report of the store's current case with the photos the client picked: the one way
/// the app and the command line make it.
pub async fn make(store: &Store, request: &ReportRequest, now: Timestamp) -> Result<(Report, Vec<u8>)> {
    let cx = store.required_case().await?.in_language(request.language);
    let mut report = Report::build(&cx, request, now)?;
    let all = store.photos(cx.id()).await?;
    for id in request.photo_ids(&all, report.from, report.to)? {
        let Some(p) = all.iter().find(|p| p.id == id) else {
            continue;
        };
        report.photos.push(ReportPhoto {
            id,
            date: p.date,
            day: cx.treatment.day_of(p.date),
            redness: cx.history.iter().find(|c| c.date == p.date).map(|c| c.redness),
            width: p.width,
            height: p.height,
            jpeg: store.photo_bytes(id, PhotoSize::Full).await?,
        });
    }
    let pdf = render(&report)?;
    Ok((report, pdf))
}

/// A built report as PDF.
pub fn render(report: &Report) -> Result<Vec<u8>> {
    let fonts = text::Fonts::load()?;
    let layout = layout::lay_out(&fonts, report);
    draw::write(
        &fonts,
        &layout.pages,
        &report.photos,
        report.made_at,
        &report.say("report-pdf-title", &[]),
    )
}
