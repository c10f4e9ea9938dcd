//! The report for the clinic: one page a clinician reads in a minute (the treatment, the
//! warning signs, the redness against the usual course, the days logged), written as PDF on
//! the device. [`content`] says what, [`layout`] says where, [`draw`] writes the file.

pub mod content;
mod draw;
mod error;
pub mod layout;
pub mod page;
pub mod text;

pub use content::{Report, ReportRequest};
pub use error::{Error, Result};

use aftercare_store::Case;
use jiff::Timestamp;

/// The report of the current case as a PDF file's bytes; `now` is the moment it is made.
pub fn pdf(cx: &Case, request: &ReportRequest, now: Timestamp) -> Result<Vec<u8>> {
    let report = Report::build(cx, request, now)?;
    render(&report)
}

/// A built report as PDF.
pub fn render(report: &Report) -> Result<Vec<u8>> {
    let fonts = text::Fonts::load()?;
    let layout = layout::lay_out(&fonts, report);
    draw::write(&fonts, &layout.pages, report.made_at, "Aftercare report")
}
