//! A laid-out page: what to draw where, before it is written as PDF. Kept apart from the
//! writer so layout can be checked (nothing overlaps, nothing leaves the page) without
//! reading a PDF back.

use crate::text::Line;

/// A4 in points.
pub const WIDTH: f32 = 595.28;
pub const HEIGHT: f32 = 841.89;
pub const MARGIN: f32 = 40.0;
/// Where the body ends and the footer begins.
pub const BODY_BOTTOM: f32 = HEIGHT - 70.0;

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rgb(pub u8, pub u8, pub u8);

pub const INK: Rgb = Rgb(0x1f, 0x23, 0x28);
pub const MUTED: Rgb = Rgb(0x5a, 0x61, 0x69);
pub const RULE: Rgb = Rgb(0xc9, 0xcd, 0xd2);
pub const STRIPE: Rgb = Rgb(0xf1, 0xf3, 0xf5);
pub const ACCENT: Rgb = Rgb(0xb0, 0x30, 0x4a);

#[derive(Debug, Clone)]
pub enum Op {
    /// A line of text with its baseline at `y`.
    Text {
        x: f32,
        y: f32,
        size: f32,
        line: Line,
        color: Rgb,
    },
    Rect {
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        fill: Rgb,
    },
    /// A polyline; `dash` draws it dashed.
    Path {
        points: Vec<(f32, f32)>,
        width: f32,
        color: Rgb,
        dash: bool,
    },
    Dot {
        x: f32,
        y: f32,
        r: f32,
        fill: Rgb,
    },
    /// The report's photo number `photo`, scaled into the box.
    Image {
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        photo: usize,
    },
}

/// The box a line of text takes: from its ascender to its descender.
pub fn text_box(x: f32, y: f32, size: f32, line: &Line) -> (f32, f32, f32, f32) {
    (x, y - 0.76 * size, x + line.width(size), y + 0.24 * size)
}

#[derive(Debug, Clone, Default)]
pub struct Page {
    pub ops: Vec<Op>,
}

impl Page {
    /// Every piece of text on the page with its box (left, top, right, bottom).
    pub fn text_boxes(&self) -> Vec<(String, (f32, f32, f32, f32))> {
        self.ops
            .iter()
            .filter_map(|op| match op {
                Op::Text { x, y, size, line, .. } => Some((line.text(), text_box(*x, *y, *size, line))),
                _ => None,
            })
            .collect()
    }
}
