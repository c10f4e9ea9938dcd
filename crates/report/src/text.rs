//! Text to glyphs: the embedded fonts, fallback between them, right-to-left runs, and
//! wrapping to a width. krilla places glyphs; choosing them is ours.

use std::cell::RefCell;
use std::collections::HashMap;
use std::ops::Range;
use std::rc::Rc;
use std::sync::Arc;

use krilla::text::{Font, GlyphId, KrillaGlyph};
use rustybuzz::{Direction, Face, Script, ShapePlan, UnicodeBuffer};
use unicode_bidi::BidiInfo;

use crate::{Error, Result};

static REGULAR: &[u8] = include_bytes!("../fonts/DejaVuSans-subset.ttf");
static BOLD: &[u8] = include_bytes!("../fonts/DejaVuSans-Bold-subset.ttf");
static EMOJI: &[u8] = include_bytes!("../fonts/Symbola-subset.ttf");

/// Drawn in place of a character no embedded font has; the PDF's text still carries the
/// character itself, so copying or searching finds what the client typed.
const MISSING: char = '\u{FFFD}';

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Weight {
    Regular,
    Bold,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FaceId {
    Regular,
    Bold,
    Emoji,
}

struct Loaded {
    pdf: Font,
    shaper: Face<'static>,
    units_per_em: f32,
}

/// The report's three fonts, parsed once, with their shaping plans: a plan compiles a font's
/// layout tables for one script and direction, and making one per word was most of the
/// time a long report took.
pub struct Fonts {
    regular: Loaded,
    bold: Loaded,
    emoji: Loaded,
    plans: RefCell<HashMap<(FaceId, bool, Script), Rc<ShapePlan>>>,
}

impl Fonts {
    pub fn load() -> Result<Fonts> {
        let face = |data: &'static [u8], name: &str| -> Result<Loaded> {
            let bad = || Error::Pdf(format!("the embedded font {name} can't be read"));
            let shaper = Face::from_slice(data, 0).ok_or_else(bad)?;
            let pdf = Font::new(krilla::Data::from(data), 0).ok_or_else(bad)?;
            Ok(Loaded {
                units_per_em: f32::from(shaper.units_per_em() as u16),
                pdf,
                shaper,
            })
        };
        Ok(Fonts {
            regular: face(REGULAR, "DejaVu Sans")?,
            bold: face(BOLD, "DejaVu Sans Bold")?,
            emoji: face(EMOJI, "Symbola")?,
            plans: RefCell::default(),
        })
    }

    fn face(&self, id: FaceId) -> &Loaded {
        match id {
            FaceId::Regular => &self.regular,
            FaceId::Bold => &self.bold,
            FaceId::Emoji => &self.emoji,
        }
    }

    fn plan(&self, id: FaceId, rtl: bool, buffer: &UnicodeBuffer) -> Rc<ShapePlan> {
        let key = (id, rtl, buffer.script());
        if let Some(plan) = self.plans.borrow().get(&key) {
            return plan.clone();
        }
        let plan = Rc::new(ShapePlan::new(
            &self.face(id).shaper,
            buffer.direction(),
            Some(buffer.script()),
            None,
            &[],
        ));
        self.plans.borrow_mut().insert(key, plan.clone());
        plan
    }

    pub fn pdf_font(&self, id: FaceId) -> Font {
        self.face(id).pdf.clone()
    }

    /// Which font draws `c`: the weight asked for, then regular, then the emoji font.
    fn pick(&self, weight: Weight, c: char) -> Option<FaceId> {
        let order: &[FaceId] = match weight {
            Weight::Bold => &[FaceId::Bold, FaceId::Regular, FaceId::Emoji],
            Weight::Regular => &[FaceId::Regular, FaceId::Emoji],
        };
        order
            .iter()
            .copied()
            .find(|id| self.face(*id).shaper.glyph_index(c).is_some())
    }
}

/// Glyphs of one font, in visual order, with the text they stand for.
#[derive(Debug, Clone)]
pub struct Run {
    pub face: FaceId,
    pub text: Arc<str>,
    pub glyphs: Vec<KrillaGlyph>,
    /// Width in em.
    pub advance: f32,
}

/// One line of text, shaped, ready to draw at a size.
#[derive(Debug, Clone, Default)]
pub struct Line {
    pub runs: Vec<Run>,
    /// Width in em.
    pub advance: f32,
    /// Whether some character had no font and shows as the replacement mark.
    pub missing: bool,
}

impl Line {
    pub fn width(&self, size: f32) -> f32 {
        self.advance * size
    }

    pub fn text(&self) -> String {
        self.runs.iter().map(|r| &*r.text).collect()
    }
}

/// A character that belongs to the one before it whatever the font: marks, joiners and
/// variation selectors.
fn clings(c: char) -> bool {
    matches!(c, '\u{200C}' | '\u{200D}' | '\u{FE00}'..='\u{FE0F}' | '\u{0300}'..='\u{036F}')
        || ('\u{064B}'..='\u{065F}').contains(&c)
}

fn shape_run(fonts: &Fonts, id: FaceId, text: &str, rtl: bool) -> Run {
    let face = fonts.face(id);
    let mut buffer = UnicodeBuffer::new();
    buffer.push_str(text);
    buffer.guess_segment_properties();
    buffer.set_direction(if rtl {
        Direction::RightToLeft
    } else {
        Direction::LeftToRight
    });
    let plan = fonts.plan(id, rtl, &buffer);
    let out = rustybuzz::shape_with_plan(&face.shaper, &plan, buffer);
    let mut clusters: Vec<usize> = out.glyph_infos().iter().map(|i| i.cluster as usize).collect();
    clusters.sort_unstable();
    clusters.dedup();
    let end_of = |start: usize| clusters.iter().copied().find(|c| *c > start).unwrap_or(text.len());
    let em = face.units_per_em;
    let mut advance = 0.0;
    let glyphs = out
        .glyph_infos()
        .iter()
        .zip(out.glyph_positions())
        .map(|(info, pos)| {
            let start = info.cluster as usize;
            advance += pos.x_advance as f32 / em;
            KrillaGlyph::new(
                GlyphId::new(info.glyph_id),
                pos.x_advance as f32 / em,
                pos.x_offset as f32 / em,
                pos.y_offset as f32 / em,
                pos.y_advance as f32 / em,
                start..end_of(start),
                None,
            )
        })
        .collect();
    Run {
        face: id,
        text: text.into(),
        glyphs,
        advance,
    }
}

/// Replacement marks for characters no font has, each standing for its character.
fn missing_run(fonts: &Fonts, text: &str) -> Run {
    let mark = shape_run(fonts, FaceId::Regular, &MISSING.to_string(), false);
    let Some(glyph) = mark.glyphs.first() else {
        return Run {
            face: FaceId::Regular,
            text: text.into(),
            glyphs: Vec::new(),
            advance: 0.0,
        };
    };
    // Marks, joiners and selectors without a font show nothing rather than a mark each.
    let glyphs: Vec<KrillaGlyph> = text
        .char_indices()
        .filter(|(_, c)| !clings(*c))
        .map(|(i, c)| {
            let mut g = glyph.clone();
            g.text_range = i..i + c.len_utf8();
            g
        })
        .collect();
    Run {
        face: FaceId::Regular,
        advance: mark.advance * glyphs.len() as f32,
        text: text.into(),
        glyphs,
    }
}

/// Splits `range` of `text` into pieces of one font each.
fn by_font(fonts: &Fonts, weight: Weight, text: &str, range: Range<usize>) -> Vec<(Option<FaceId>, Range<usize>)> {
    let mut pieces: Vec<(Option<FaceId>, Range<usize>)> = Vec::new();
    for (i, c) in text[range.clone()].char_indices() {
        let at = range.start + i;
        let end = at + c.len_utf8();
        // Marks stay with their character; a space stays in the run before it when that
        // font has one (the emoji font has none: it would draw a box).
        let previous = pieces.last().map(|p| p.0);
        let face = match previous {
            Some(face) if clings(c) => face,
            Some(Some(id)) if c.is_whitespace() && fonts.face(id).shaper.glyph_index(c).is_some() => Some(id),
            _ => fonts.pick(weight, c),
        };
        match pieces.last_mut() {
            Some(last) if last.0 == face => last.1.end = end,
            _ => pieces.push((face, at..end)),
        }
    }
    pieces
}

/// Shapes one line (no line breaks in it) in visual order.
pub fn shape_line(fonts: &Fonts, text: &str, weight: Weight) -> Line {
    let mut line = Line::default();
    if text.is_empty() {
        return line;
    }
    let bidi = BidiInfo::new(text, None);
    for para in &bidi.paragraphs {
        let (levels, runs) = bidi.visual_runs(para, para.range.clone());
        for range in runs {
            let rtl = levels[range.start].is_rtl();
            let mut pieces = by_font(fonts, weight, text, range);
            if rtl {
                // Visual order: a right-to-left run's font pieces go right to left too.
                pieces.reverse();
            }
            for (face, r) in pieces {
                let run = match face {
                    Some(id) => shape_run(fonts, id, &text[r], rtl),
                    None => {
                        line.missing = true;
                        missing_run(fonts, &text[r])
                    }
                };
                line.advance += run.advance;
                line.runs.push(run);
            }
        }
    }
    line
}

/// Breaks `text` into lines no wider than `max` at `size`: at spaces where it can, inside a
/// word only when one word alone is too wide. Line breaks in the text are kept. Each word is
/// shaped once to measure it (shaping whole candidate lines again and again made long notes
/// take seconds); the lines are shaped once more to be drawn.
pub fn wrap(fonts: &Fonts, text: &str, weight: Weight, size: f32, max: f32) -> Vec<Line> {
    let space = shape_line(fonts, " ", weight).width(size);
    let mut lines = Vec::new();
    for para in text.split('\n') {
        let para = para.trim_end_matches('\r');
        let mut words: Vec<&str> = Vec::new();
        let mut width = 0.0;
        for word in para.split(' ') {
            let w = shape_line(fonts, word, weight).width(size);
            let add = if words.is_empty() { w } else { space + w };
            if width + add <= max {
                words.push(word);
                width += add;
                continue;
            }
            if !words.is_empty() {
                lines.push(shape_line(fonts, &words.join(" "), weight));
                words.clear();
            }
            if w <= max {
                words.push(word);
                width = w;
                continue;
            }
            // A word wider than the line: cut it where it must be cut.
            let mut pieces = cut_word(fonts, word, weight, size, max);
            let last = pieces.pop().unwrap_or("");
            lines.extend(pieces.into_iter().map(|p| shape_line(fonts, p, weight)));
            words.push(last);
            width = shape_line(fonts, last, weight).width(size);
        }
        lines.push(shape_line(fonts, &words.join(" "), weight));
    }
    lines
}

/// The character clusters of `word`: a character with the marks and joiners that cling to it.
fn clusters(word: &str) -> Vec<std::ops::Range<usize>> {
    let mut out: Vec<std::ops::Range<usize>> = Vec::new();
    for (i, c) in word.char_indices() {
        let end = i + c.len_utf8();
        match out.last_mut() {
            Some(last) if clings(c) => last.end = end,
            _ => out.push(i..end),
        }
    }
    out
}

/// Cuts a word into pieces that fit `max`, each at least one cluster, measured cluster by
/// cluster with a little room for what shaping them together changes.
fn cut_word<'w>(fonts: &Fonts, word: &'w str, weight: Weight, size: f32, max: f32) -> Vec<&'w str> {
    let limit = max * 0.97;
    let mut pieces = Vec::new();
    let (mut start, mut width) = (0usize, 0.0f32);
    for r in clusters(word) {
        let w = shape_line(fonts, &word[r.clone()], weight).width(size);
        if width + w > limit && r.start > start {
            pieces.push(&word[start..r.start]);
            start = r.start;
            width = 0.0;
        }
        width += w;
    }
    pieces.push(&word[start..]);
    pieces
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fonts() -> Fonts {
        Fonts::load().expect("fonts")
    }

    #[test]
    fn fallback_picks_a_font_for_every_script() {
        let f = fonts();
        let line = shape_line(&f, "Redness ερυθρότητα احمرار 😊", Weight::Regular);
        assert!(!line.missing);
        let faces: Vec<FaceId> = line.runs.iter().map(|r| r.face).collect();
        assert!(faces.contains(&FaceId::Emoji), "{faces:?}");
        assert!(line
            .runs
            .iter()
            .all(|r| r.glyphs.iter().all(|g| g.glyph_id.to_u32() != 0)));
    }

    #[test]
    fn spaces_after_emoji_are_real_spaces() {
        let f = fonts();
        let text = "ok 😊 then 👍🏽 fine";
        let line = shape_line(&f, text, Weight::Regular);
        for run in &line.runs {
            assert!(
                run.glyphs.iter().all(|g| g.glyph_id.to_u32() != 0),
                "a box in {:?}",
                run.text
            );
        }
        let words: f32 = text
            .split(' ')
            .map(|w| shape_line(&f, w, Weight::Regular).advance)
            .sum::<f32>()
            + 4.0 * shape_line(&f, " ", Weight::Regular).advance;
        assert!((line.advance - words).abs() < 0.01, "{} vs {words}", line.advance);
    }

    #[test]
    fn text_without_a_font_is_marked_and_kept() {
        let f = fonts();
        let line = shape_line(&f, "day 漢字", Weight::Regular);
        assert!(line.missing);
        let text = line.text();
        assert!(text.contains("漢字"), "{text}");
    }

    #[test]
    fn arabic_joins_and_runs_right_to_left() {
        let f = fonts();
        let line = shape_line(&f, "سلام", Weight::Regular);
        assert_eq!(line.runs.len(), 1);
        let run = &line.runs[0];
        // Joined forms differ from the isolated ones, and the first glyph drawn is the last letter.
        let isolated: Vec<u32> = "سلام"
            .chars()
            .map(|c| u32::from(f.face(FaceId::Regular).shaper.glyph_index(c).map_or(0, |g| g.0)))
            .collect();
        let drawn: Vec<u32> = run.glyphs.iter().map(|g| g.glyph_id.to_u32()).collect();
        assert_ne!(drawn, isolated);
        assert_eq!(run.glyphs[0].text_range.start, "سلا".len());
    }

    #[test]
    fn wrapping_keeps_every_character_and_fits() {
        let f = fonts();
        let text = "A long note about the day: the skin felt warm in the evening and a bit tight, \
                    Supercalifragilisticexpialidocioussupercalifragilistic and then fine.\nSecond line.";
        let lines = wrap(&f, text, Weight::Regular, 9.0, 120.0);
        assert!(lines.len() > 3);
        for l in &lines {
            assert!(l.width(9.0) <= 120.0 + 0.01, "{} is {}", l.text(), l.width(9.0));
        }
        let joined: String = lines.iter().map(Line::text).collect::<Vec<_>>().join("");
        assert_eq!(joined.replace(' ', ""), text.replace([' ', '\n'], ""));
    }
}
