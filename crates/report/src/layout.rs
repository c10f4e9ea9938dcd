//! The one place that decides where everything goes: page 1 is the treatment, the warning
//! signs, the redness chart and the table; the table runs on where it must, and notes too
//! long for their cell are written in full after it.

use std::collections::HashMap;

use aftercare_core::checkin::expected_redness;
use aftercare_core::{Redness, Tier};
use aftercare_i18n::Arg;

use crate::content::Report;
use crate::page::*;
use crate::text::{shape_line, wrap, Fonts, Line, Weight};

const BODY: f32 = 9.0;
const SMALL: f32 = 7.5;
const HEADING: f32 = 11.5;
const CONTENT_WIDTH: f32 = WIDTH - 2.0 * MARGIN;
/// Lines a note may take in its cell before it is shortened.
const NOTE_LINES: usize = 3;

fn leading(size: f32) -> f32 {
    size * 1.35
}

fn tier_colour(t: Tier) -> Rgb {
    match t {
        Tier::Emergency => Rgb(0xb0, 0x1c, 0x1c),
        Tier::CallClinic => Rgb(0xb8, 0x57, 0x00),
        Tier::SelfCare => Rgb(0x3b, 0x6e, 0x8f),
    }
}

/// The pages, and whether any character was drawn as a replacement mark.
pub struct Layout {
    pub pages: Vec<Page>,
    pub missing: bool,
}

struct Flow<'a> {
    fonts: &'a Fonts,
    pages: Vec<Page>,
    y: f32,
    missing: bool,
}

impl<'a> Flow<'a> {
    fn new(fonts: &'a Fonts) -> Self {
        Flow {
            fonts,
            pages: vec![Page::default()],
            y: MARGIN,
            missing: false,
        }
    }

    fn op(&mut self, op: Op) {
        if let Op::Text { line, .. } = &op {
            self.missing |= line.missing;
        }
        if let Some(p) = self.pages.last_mut() {
            p.ops.push(op);
        }
    }

    fn page_number(&self) -> usize {
        self.pages.len()
    }

    fn new_page(&mut self) {
        self.pages.push(Page::default());
        self.y = MARGIN;
    }

    /// Starts a new page unless `h` more points fit on this one; says whether it did.
    fn room(&mut self, h: f32) -> bool {
        if self.y + h > BODY_BOTTOM && self.y > MARGIN {
            self.new_page();
            true
        } else {
            false
        }
    }

    fn line_at(&mut self, x: f32, top: f32, size: f32, line: Line, color: Rgb) {
        self.op(Op::Text {
            x,
            y: top + 0.8 * size,
            size,
            line,
            color,
        });
    }

    /// Wrapped text from the current height, each line kept on one page.
    fn para(&mut self, x: f32, w: f32, text: &str, weight: Weight, size: f32, color: Rgb) {
        for line in wrap(self.fonts, text, weight, size, w) {
            self.room(leading(size));
            self.line_at(x, self.y, size, line, color);
            self.y += leading(size);
        }
    }

    fn heading(&mut self, text: &str) {
        self.room(leading(HEADING) + 3.0 * leading(BODY));
        self.y += 6.0;
        self.para(MARGIN, CONTENT_WIDTH, text, Weight::Bold, HEADING, INK);
        self.y += 2.0;
    }
}

/// For each day (by row) whose note is in full after the table, the page it is on.
type NotesPages = HashMap<usize, usize>;

/// Lays out the report; each shortened note points to the page where it is in full.
pub fn lay_out(fonts: &Fonts, r: &Report) -> Layout {
    let mut guess = NotesPages::new();
    let (mut flow, mut at) = pass(fonts, r, &guess);
    // Where the full notes land can move when the pointers to them change length.
    for _ in 0..4 {
        if at == guess {
            break;
        }
        guess = at;
        (flow, at) = pass(fonts, r, &guess);
    }
    footers(flow, r)
}

/// One layout, given where the full notes are; returns where they really landed.
fn pass<'a>(fonts: &'a Fonts, r: &Report, notes_pages: &NotesPages) -> (Flow<'a>, NotesPages) {
    let mut f = Flow::new(fonts);
    header(&mut f, r);
    treatment(&mut f, r);
    warnings(&mut f, r);
    chart(&mut f, r);
    let shortened = table(&mut f, r, notes_pages);
    let at = if shortened.is_empty() {
        NotesPages::new()
    } else {
        full_notes(&mut f, r)
    };
    photos(&mut f, r);
    (f, at)
}

fn header(f: &mut Flow, r: &Report) {
    f.para(
        MARGIN,
        CONTENT_WIDTH,
        &r.say("report-pdf-heading", &[]),
        Weight::Bold,
        15.0,
        INK,
    );
    if let Some(name) = &r.name {
        f.para(
            MARGIN,
            CONTENT_WIDTH,
            &r.say("report-for", &[("name", name.as_str().into())]),
            Weight::Regular,
            10.0,
            INK,
        );
    }
    f.para(
        MARGIN,
        CONTENT_WIDTH,
        &r.say("report-made", &[("when", r.made.as_str().into())]),
        Weight::Regular,
        SMALL,
        MUTED,
    );
}

fn key_value(f: &mut Flow, key: &str, value: &str) {
    const KEY: f32 = 118.0;
    let lines = wrap(f.fonts, value, Weight::Regular, BODY, CONTENT_WIDTH - KEY);
    f.room(leading(BODY) * lines.len() as f32);
    let key = shape_line(f.fonts, key, Weight::Regular);
    f.line_at(MARGIN, f.y, BODY, key, MUTED);
    for line in lines {
        f.line_at(MARGIN + KEY, f.y, BODY, line, INK);
        f.y += leading(BODY);
    }
}

fn treatment(f: &mut Flow, r: &Report) {
    f.heading(&r.say("report-treatment", &[]));
    let t = &r.treatment;
    let not_given = r.say("report-not-given", &[]);
    key_value(f, &r.say("report-ended", &[]), &t.ended);
    key_value(f, &r.say("report-area", &[]), &t.area);
    key_value(f, &r.say("report-clinic", &[]), &t.clinic);
    key_value(
        f,
        &r.say("report-session", &[]),
        t.session.as_deref().unwrap_or(&not_given),
    );
    key_value(f, &r.say("report-protocol", &[]), &t.protocol);
    let mut args = period(r);
    args.push(("logged", r.days.len().into()));
    let period = r.say("report-period-logged", &args);
    key_value(f, &r.say("report-period", &[]), &period);
}

fn warnings(f: &mut Flow, r: &Report) {
    f.heading(&r.say("report-warnings", &[]));
    if r.days.is_empty() {
        f.para(
            MARGIN,
            CONTENT_WIDTH,
            &r.say("report-warnings-nothing-logged", &[]),
            Weight::Regular,
            BODY,
            INK,
        );
        return;
    }
    if r.warnings.is_empty() {
        f.para(
            MARGIN,
            CONTENT_WIDTH,
            &r.say("report-warnings-none", &[]),
            Weight::Regular,
            BODY,
            INK,
        );
        return;
    }
    // What the client was told with every sign, so the clinic reads the same.
    let number = match r.treatment.clinic_phone.as_deref() {
        Some(n) => n.to_string(),
        None => r.say("report-no-number", &[]),
    };
    f.para(
        MARGIN,
        CONTENT_WIDTH,
        &r.say("report-warnings-told", &[("number", number.into())]),
        Weight::Regular,
        SMALL,
        MUTED,
    );
    f.y += 2.0;
    for w in &r.warnings {
        let when = if w.last_day == w.day {
            r.say(
                "report-warning-day",
                &[("day", w.day.into()), ("date", r.date(w.date).into())],
            )
        } else {
            r.say(
                "report-warning-days",
                &[
                    ("first", w.day.into()),
                    ("last", w.last_day.into()),
                    ("from", r.date(w.date).into()),
                    ("to", r.date(w.last_date).into()),
                ],
            )
        };
        f.room(leading(BODY) * 2.0);
        f.op(Op::Rect {
            x: MARGIN,
            y: f.y + 1.5,
            w: 6.0,
            h: 6.0,
            fill: tier_colour(w.tier),
        });
        f.para(
            MARGIN + 10.0,
            CONTENT_WIDTH - 10.0,
            &format!("{} · {when}", w.tier.label_in(r.language)),
            Weight::Bold,
            BODY,
            tier_colour(w.tier),
        );
        f.para(
            MARGIN + 10.0,
            CONTENT_WIDTH - 10.0,
            &w.reason,
            Weight::Regular,
            BODY,
            INK,
        );
        f.y += 3.0;
    }
}

fn chart(f: &mut Flow, r: &Report) {
    const PLOT_H: f32 = 110.0;
    const AXIS: f32 = 66.0;
    f.heading(&r.say("report-chart", &[]));
    if r.days.is_empty() {
        f.para(
            MARGIN,
            CONTENT_WIDTH,
            &r.say("report-no-checkins", &[]),
            Weight::Regular,
            BODY,
            INK,
        );
        return;
    }
    // The plot, its axis, and both legend lines stay together.
    f.room(PLOT_H + 60.0);
    let top = f.y + 6.0;
    let bottom = top + PLOT_H;
    let left = MARGIN + AXIS;
    let right = WIDTH - MARGIN - 8.0;
    // The days logged, and at least the first week of the period (the usual course), not
    // weeks of empty axis up to today.
    let first = r.first_day;
    let logged = r.days.last().map_or(first, |d| d.day);
    let last = logged.max(r.last_day.min(first + 7)).max(first + 1);
    let x = |d: i64| left + (right - left) * (d - first) as f32 / (last - first) as f32;
    let y = |v: f32| bottom - (bottom - top) * v / 4.0;
    for redness in Redness::ALL {
        let (score, word) = (redness.score(), redness.word(r.language));
        let v = f32::from(score);
        f.op(Op::Path {
            points: vec![(left, y(v)), (right, y(v))],
            width: 0.5,
            color: RULE,
            dash: false,
        });
        let label = shape_line(f.fonts, &format!("{score} {word}"), Weight::Regular);
        let lx = left - 6.0 - label.width(SMALL);
        f.op(Op::Text {
            x: lx,
            y: y(v) + 0.3 * SMALL,
            size: SMALL,
            line: label,
            color: MUTED,
        });
    }
    // Day labels at least 24 points apart, on steps a reader counts in.
    let per_day = (right - left) / (last - first) as f32;
    let step = [1, 2, 7, 14, 28, 56, 91, 182, 364, 728]
        .into_iter()
        .find(|s| per_day * *s as f32 >= 24.0)
        .unwrap_or(last - first);
    let mut d = first;
    while d <= last {
        let label = shape_line(f.fonts, &d.to_string(), Weight::Regular);
        let w = label.width(SMALL);
        f.op(Op::Text {
            x: x(d) - w / 2.0,
            y: bottom + 11.0,
            size: SMALL,
            line: label,
            color: MUTED,
        });
        d += step;
    }
    f.op(Op::Path {
        points: (first..=last).map(|d| (x(d), y(expected_redness(d)))).collect(),
        width: 1.2,
        color: MUTED,
        dash: true,
    });
    // The logged line breaks where a day was not logged, as on the Trends screen.
    let mut segment: Vec<(f32, f32)> = Vec::new();
    let mut previous: Option<i64> = None;
    for row in &r.days {
        if previous.is_some_and(|p| row.day != p + 1) && !segment.is_empty() {
            let points = std::mem::take(&mut segment);
            f.op(Op::Path {
                points,
                width: 1.8,
                color: ACCENT,
                dash: false,
            });
        }
        segment.push((x(row.day), y(f32::from(row.redness.score()))));
        previous = Some(row.day);
    }
    if segment.len() > 1 {
        f.op(Op::Path {
            points: segment,
            width: 1.8,
            color: ACCENT,
            dash: false,
        });
    }
    for row in &r.days {
        f.op(Op::Dot {
            x: x(row.day),
            y: y(f32::from(row.redness.score())),
            r: 2.6,
            fill: ACCENT,
        });
    }
    f.y = bottom + 16.0;
    let axis = shape_line(f.fonts, &r.say("report-chart-axis", &[]), Weight::Regular);
    f.line_at(right - axis.width(SMALL), f.y, SMALL, axis, MUTED);
    f.y += leading(SMALL) + 2.0;
    legend(f, ACCENT, false, &r.say("report-chart-logged", &[]));
    legend(f, MUTED, true, &r.say("report-chart-usual", &[]));
}

fn legend(f: &mut Flow, colour: Rgb, dash: bool, text: &str) {
    let mid = f.y + 0.45 * SMALL;
    f.op(Op::Path {
        points: vec![(MARGIN, mid), (MARGIN + 22.0, mid)],
        width: if dash { 1.2 } else { 1.8 },
        color: colour,
        dash,
    });
    f.para(MARGIN + 28.0, CONTENT_WIDTH - 28.0, text, Weight::Regular, SMALL, MUTED);
}

struct Column {
    title: String,
    width: f32,
    /// The client's notes, cut to fit with a pointer to where they are in full.
    notes: bool,
}

fn columns(fonts: &Fonts, r: &Report) -> Vec<Column> {
    // At least as wide as the title's longest word, so no language breaks a word apart.
    let c = |id: &str, width: f32| {
        let title = r.say(id, &[]);
        let widest = title
            .split_whitespace()
            .map(|word| shape_line(fonts, word, Weight::Bold).width(SMALL))
            .fold(0.0, f32::max);
        Column {
            width: width.max(widest + 2.0 * PAD + 1.0),
            title,
            notes: false,
        }
    };
    let mut cols = vec![
        c("report-col-date", 80.0),
        c("report-col-day", 30.0),
        c("report-col-redness", 60.0),
        c("report-col-spots", 34.0),
        c("report-col-swelling", 50.0),
        c("report-col-pain", 30.0),
    ];
    let fixed: f32 = cols.iter().map(|c| c.width).sum();
    if r.notes {
        let rest = CONTENT_WIDTH - fixed;
        cols.push(c("report-col-signs", rest * 0.45));
        cols.push(Column {
            notes: true,
            ..c("report-col-notes", rest * 0.55)
        });
    } else {
        cols.push(c("report-col-signs", CONTENT_WIDTH - fixed));
    }
    cols
}

const PAD: f32 = 3.0;

fn table_header(f: &mut Flow, r: &Report, cols: &[Column], continued: bool) {
    if continued {
        f.para(
            MARGIN,
            CONTENT_WIDTH,
            &r.say("report-table-continued", &[]),
            Weight::Bold,
            HEADING,
            INK,
        );
        f.y += 2.0;
    }
    let h = leading(SMALL) * 2.0 + PAD;
    let mut x = MARGIN;
    let mut tallest: f32 = 0.0;
    for c in cols {
        let lines = wrap(f.fonts, &c.title, Weight::Bold, SMALL, c.width - 2.0 * PAD);
        let n = lines.len();
        for (i, line) in lines.into_iter().enumerate() {
            f.line_at(x + PAD, f.y + i as f32 * leading(SMALL), SMALL, line, INK);
        }
        tallest = tallest.max(n as f32 * leading(SMALL));
        x += c.width;
    }
    f.y += tallest.max(h - PAD) + PAD;
    f.op(Op::Path {
        points: vec![(MARGIN, f.y - 1.5), (MARGIN + CONTENT_WIDTH, f.y - 1.5)],
        width: 0.8,
        color: INK,
        dash: false,
    });
}

/// A note cut to fit its cell, pointing to the page with it in full.
fn shortened(fonts: &Fonts, note: &str, width: f32, see_page: &str) -> Option<Vec<Line>> {
    let lines = wrap(fonts, note, Weight::Regular, SMALL, width);
    if lines.len() <= NOTE_LINES {
        return None;
    }
    let tail = format!("… ({see_page})");
    let fits = |end: usize| {
        let cut = format!("{}{tail}", note[..end].trim_end());
        let lines = wrap(fonts, &cut, Weight::Regular, SMALL, width);
        (lines.len() <= NOTE_LINES).then_some(lines)
    };
    let ends: Vec<usize> = note.char_indices().map(|(i, _)| i).skip(1).collect();
    let (mut lo, mut hi) = (0usize, ends.len());
    let mut best = fits(0);
    // The longest cut that still fits: fitting only gets harder as the cut grows.
    while lo < hi {
        let mid = (lo + hi).div_ceil(2);
        match fits(ends[mid - 1]) {
            Some(lines) => {
                best = Some(lines);
                lo = mid;
            }
            None => hi = mid - 1,
        }
    }
    best.or_else(|| Some(wrap(fonts, &tail, Weight::Regular, SMALL, width)))
}

/// Returns the indexes of the days whose notes were shortened.
fn table(f: &mut Flow, r: &Report, notes_pages: &NotesPages) -> Vec<usize> {
    // The heading, the header row and a first row of three lines stay together.
    f.room(leading(HEADING) + 8.0 + 2.0 * leading(SMALL) + 3.0 * leading(SMALL) + 4.0 * PAD);
    f.heading(&r.say("report-table", &[]));
    let mut cut = Vec::new();
    if r.days.is_empty() {
        f.para(
            MARGIN,
            CONTENT_WIDTH,
            &r.say("report-no-checkins", &[]),
            Weight::Regular,
            BODY,
            INK,
        );
        return cut;
    }
    let cols = columns(f.fonts, r);
    table_header(f, r, &cols, false);
    for (i, row) in r.days.iter().enumerate() {
        let signs = if row.symptoms.is_empty() {
            r.say("report-no-signs", &[])
        } else {
            let words: Vec<String> = row.symptoms.iter().map(|s| s.label_in(r.language)).collect();
            words.join(", ")
        };
        let mut cells = vec![
            r.date(row.date),
            row.day.to_string(),
            format!("{} {}", row.redness.score(), row.redness.word(r.language)),
            row.breakouts.to_string(),
            row.swelling.to_string(),
            format!("{}/10", row.pain),
            signs,
        ];
        if r.notes {
            cells.push(row.notes.clone());
        }
        let mut wrapped: Vec<Vec<Line>> = Vec::new();
        for (c, text) in cols.iter().zip(&cells) {
            let w = c.width - 2.0 * PAD;
            let lines = if c.notes {
                let page = notes_pages.get(&i).copied().unwrap_or(2);
                match shortened(f.fonts, text, w, &r.say("report-see-page", &[("page", page.into())])) {
                    Some(lines) => {
                        cut.push(i);
                        lines
                    }
                    None => wrap(f.fonts, text, Weight::Regular, SMALL, w),
                }
            } else {
                wrap(f.fonts, text, Weight::Regular, SMALL, w)
            };
            wrapped.push(lines);
        }
        let tallest = wrapped.iter().map(Vec::len).max().unwrap_or(1) as f32;
        let h = tallest * leading(SMALL) + 2.0 * PAD;
        if f.room(h) {
            table_header(f, r, &cols, true);
        }
        if i % 2 == 1 {
            f.op(Op::Rect {
                x: MARGIN,
                y: f.y,
                w: CONTENT_WIDTH,
                h,
                fill: STRIPE,
            });
        }
        let mut x = MARGIN;
        for (c, lines) in cols.iter().zip(wrapped) {
            for (k, line) in lines.into_iter().enumerate() {
                f.line_at(x + PAD, f.y + PAD + k as f32 * leading(SMALL), SMALL, line, INK);
            }
            x += c.width;
        }
        f.y += h;
    }
    cut
}

/// The notes in full, from a page of their own; returns the page of each day's note.
fn full_notes(f: &mut Flow, r: &Report) -> NotesPages {
    f.new_page();
    f.para(
        MARGIN,
        CONTENT_WIDTH,
        &r.say("report-notes-in-full", &[]),
        Weight::Bold,
        HEADING,
        INK,
    );
    f.y += 4.0;
    let mut at = NotesPages::new();
    for (i, row) in r.days.iter().enumerate().filter(|(_, d)| !d.notes.is_empty()) {
        f.room(leading(BODY) * 2.0);
        at.insert(i, f.page_number());
        f.para(
            MARGIN,
            CONTENT_WIDTH,
            &r.say(
                "report-day-date",
                &[("day", row.day.into()), ("date", r.date(row.date).into())],
            ),
            Weight::Bold,
            BODY,
            INK,
        );
        f.para(MARGIN, CONTENT_WIDTH, &row.notes, Weight::Regular, BODY, INK);
        f.y += 4.0;
    }
    at
}

/// The photos the client picked, two to a row, each at the same width with its day, date and
/// redness, from a page of their own.
fn photos(f: &mut Flow, r: &Report) {
    if r.photos.is_empty() {
        return;
    }
    const GAP: f32 = 14.0;
    const MAX_H: f32 = 300.0;
    let w = (CONTENT_WIDTH - GAP) / 2.0;
    f.new_page();
    f.para(
        MARGIN,
        CONTENT_WIDTH,
        &r.say("report-photos-heading", &[]),
        Weight::Bold,
        HEADING,
        INK,
    );
    f.para(
        MARGIN,
        CONTENT_WIDTH,
        &r.say("report-photos-as-taken", &[]),
        Weight::Regular,
        SMALL,
        MUTED,
    );
    f.y += 6.0;
    for pair in r.photos.chunks(2).enumerate().map(|(row, ps)| (row * 2, ps)) {
        let (first, ps) = pair;
        // Each photo fits a box of the column's width and at most MAX_H high.
        let boxes: Vec<(f32, f32)> = ps
            .iter()
            .map(|p| {
                let (pw, ph) = (p.width.max(1) as f32, p.height.max(1) as f32);
                let scale = (w / pw).min(MAX_H / ph);
                (pw * scale, ph * scale)
            })
            .collect();
        let tallest = boxes.iter().map(|b| b.1).fold(0.0, f32::max);
        f.room(tallest + 3.0 * leading(BODY));
        for (k, (p, (bw, bh))) in ps.iter().zip(&boxes).enumerate() {
            let x = MARGIN + k as f32 * (w + GAP);
            f.op(Op::Image {
                x: x + (w - bw) / 2.0,
                y: f.y,
                w: *bw,
                h: *bh,
                photo: first + k,
            });
            let caption = r.say(
                "report-day-date",
                &[("day", p.day.into()), ("date", r.date(p.date).into())],
            );
            let redness = match p.redness {
                Some(red) => r.say(
                    "report-photo-redness",
                    &[
                        ("score", u32::from(red.score()).into()),
                        ("word", red.word(r.language).into()),
                    ],
                ),
                None => r.say("report-photo-no-checkin", &[]),
            };
            let top = f.y + tallest + 4.0;
            for (n, (text, weight)) in [(caption, Weight::Bold), (redness, Weight::Regular)]
                .into_iter()
                .enumerate()
            {
                let line = shape_line(f.fonts, &text, weight);
                f.line_at(x, top + n as f32 * leading(BODY), BODY, line, INK);
            }
        }
        f.y += tallest + 2.0 * leading(BODY) + GAP;
    }
}

/// The period covered, as the messages name it: its first and last date and their day numbers.
fn period(r: &Report) -> Vec<(&'static str, Arg)> {
    vec![
        ("from", r.date(r.from).into()),
        ("first", r.first_day.into()),
        ("to", r.date(r.to).into()),
        ("last", r.last_day.into()),
    ]
}

/// The same footer on every page: what the figures are, the period, when, which page.
fn footers(flow: Flow, r: &Report) -> Layout {
    let Flow {
        fonts,
        mut pages,
        missing,
        ..
    } = flow;
    let n = pages.len();
    for (i, page) in pages.iter_mut().enumerate() {
        let mut y = BODY_BOTTOM + 12.0;
        page.ops.push(Op::Path {
            points: vec![(MARGIN, y - 4.0), (WIDTH - MARGIN, y - 4.0)],
            width: 0.5,
            color: RULE,
            dash: false,
        });
        let mut lines = vec![
            r.say("report-footer-not-a-diagnosis", &[]),
            r.say("report-footer-period", &{
                let mut args = period(r);
                args.extend([
                    ("made", r.made.as_str().into()),
                    ("page", (i + 1).into()),
                    ("pages", n.into()),
                ]);
                args
            }),
        ];
        if missing {
            lines.push(r.say("report-footer-missing-glyph", &[]));
        }
        for text in lines {
            for line in wrap(fonts, &text, Weight::Regular, 7.0, CONTENT_WIDTH) {
                page.ops.push(Op::Text {
                    x: MARGIN,
                    y: y + 0.8 * 7.0,
                    size: 7.0,
                    line,
                    color: MUTED,
                });
                y += leading(7.0);
            }
        }
    }
    Layout { pages, missing }
}
