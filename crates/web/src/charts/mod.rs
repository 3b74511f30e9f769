//! Charts for the results dashboards, drawn on the server as inline SVG.
//!
//! Pages work without JavaScript and must stay small, so the charts are SVG markup written as
//! strings: no chart library, no script, no external reference, no `<foreignObject>`. Every
//! function returns a `String` that a template inserts with `|safe`, which is why everything
//! that comes from an argument goes through [`escape`] here.
//!
//! Shared rules, so that every chart passes the same checks:
//! - The Content-Security-Policy forbids inline styles, so there is no `style` attribute:
//!   colours, strokes and fonts are presentation attributes (`fill`, `stroke`, `font-size`, …),
//!   and groups carry `class` attributes for a page stylesheet to refine.
//! - The root is `<svg role="img" aria-labelledby="{id}-title {id}-desc">` whose first children
//!   are `<title>` and `<desc>`, so assistive technology announces one image with a name and a
//!   description; the caller writes the description (typically the figures in words) and
//!   usually shows the same figures in a table.
//! - Sizes come from the `viewBox` alone (`width="100%"`), so a chart scales with its column.
//!   Text is 12 units high in a 600-unit-wide chart (20 in the 1000-unit-wide map): 12 px when
//!   the chart is shown 600 px wide, and still 11 px at 550.
//! - Lines and bars contrast at least 3:1 with white; meaning never rests on colour alone
//!   (targets are dashed with square markers, baselines dotted, and legends label everything).
//! - Coordinates carry at most one decimal and the markup no needless whitespace: a dashboard
//!   page, charts included, has a 30 KB compressed budget.
//!
//! [`trend`] draws an indicator over periods, [`bars`] a disaggregation as horizontal bars and
//! [`map`] a choropleth world map.

pub mod bars;
pub mod map;
pub mod trend;

pub use bars::{Bar, bar_chart};
pub use map::{MapShade, choropleth};
pub use trend::{SeriesKind, TrendSeries, trend_chart};

use std::fmt;

/// How values on an axis are shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ValueFormat {
    /// A whole number without separators, e.g. "1200" (separators are locale-specific, and a
    /// bare number reads the same in every language the site offers).
    Count,
    /// A value in percentage points, e.g. 25.0 shown as "25%".
    Percent,
}

impl ValueFormat {
    /// The value as an axis label: Count rounds to a whole number; Percent keeps at most one
    /// decimal (12.5 → "12.5%").
    pub fn format(self, value: f64) -> String {
        match self {
            ValueFormat::Count => Num(value.round()).to_string(),
            ValueFormat::Percent => format!("{}%", Num(value)),
        }
    }
}

/// Escapes text for XML content and attribute values. Control characters that XML forbids are
/// dropped, so the markup stays well-formed if it is ever served as a standalone SVG file.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Axis ticks from 0 up to a round number at or above `max`: 0 and at most five steps of
/// 1, 2 or 5 times a power of ten (or 2.5 times one from 25 up), e.g. 37 → 0, 10, 20, 30, 40.
/// Both formats show whole numbers, so the step is never below 1; a `max` of 0 (all values
/// zero, or none at all) gives 0 and 1, so that the axis never collapses.
pub fn nice_ticks(max: f64) -> Vec<f64> {
    let max = if max.is_finite() && max > 0.0 { max } else { 1.0 };
    let mut magnitude = 1.0_f64;
    while magnitude * 10.0 <= max / 5.0 {
        magnitude *= 10.0;
    }
    let step = [1.0, 2.0, 2.5, 5.0, 10.0]
        .into_iter()
        .map(|factor| factor * magnitude)
        // 2.5 only where it stays a whole number (25, 250, …), since ticks show whole numbers.
        .filter(|step| step.fract() == 0.0)
        .find(|step| (max / step).ceil() <= 5.0)
        .unwrap_or(10.0 * magnitude);
    let count = (max / step).ceil().max(1.0) as usize;
    (0..=count).map(|i| i as f64 * step).collect()
}

/// A coordinate or value rounded to at most one decimal, written without a trailing ".0" and
/// never as "-0": the shortest form that is still exact enough to draw.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Num(pub f64);

impl fmt::Display for Num {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let tenths = (self.0 * 10.0).round();
        if !tenths.is_finite() || tenths == 0.0 {
            return f.write_str("0");
        }
        if tenths % 10.0 == 0.0 { write!(f, "{}", tenths / 10.0) } else { write!(f, "{:.1}", tenths / 10.0) }
    }
}

/// Writes to a `String`, which cannot fail.
macro_rules! w {
    ($out:expr, $($arg:tt)*) => {{
        use std::fmt::Write as _;
        let _ = write!($out, $($arg)*);
    }};
}
pub(crate) use w;

/// Colour of text: near black, 12.6:1 on white.
pub(crate) const TEXT: &str = "#333";
/// Colour of axes: 4.5:1 on white.
pub(crate) const AXIS: &str = "#767676";
/// Colour of grid lines: deliberately faint, they only help the eye along.
pub(crate) const GRID: &str = "#e0e0e0";
/// Series colours, in order; each contrasts at least 5:1 with white (tested below).
pub(crate) const PALETTE: [&str; 6] = ["#1f5f99", "#b34700", "#2e7d32", "#6a3d9a", "#8c1d40", "#00695c"];
/// Font size in a 600-unit-wide chart: 12 units, at least 11 px down to a 550 px wide chart.
pub(crate) const FONT: f64 = 12.0;

/// A rough width of `text` at `font_size`, for layout only: an average glyph is a little over
/// half an em wide in the sans-serif faces pages use. Overestimating slightly is the safe side.
pub(crate) fn text_width(text: &str, font_size: f64) -> f64 {
    text.chars().count() as f64 * font_size * 0.58
}

/// Opens the root element and writes the accessible name and description.
pub(crate) fn open_svg(out: &mut String, id: &str, title: &str, desc: &str, width: f64, height: f64) {
    let id = escape(id);
    w!(
        out,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {} {}\" width=\"100%\" class=\"chart\" role=\"img\" \
         aria-labelledby=\"{id}-title {id}-desc\"><title id=\"{id}-title\">{}</title><desc id=\"{id}-desc\">{}</desc>",
        Num(width),
        Num(height),
        escape(title),
        escape(desc)
    );
}

/// Truncates `text` to at most `max` characters, ending in "…" when it was cut.
pub(crate) fn truncate(text: &str, max: usize) -> (String, bool) {
    if text.chars().count() <= max {
        return (text.to_owned(), false);
    }
    let mut cut: String = text.chars().take(max.saturating_sub(1)).collect();
    cut.truncate(cut.trim_end().len());
    cut.push('…');
    (cut, true)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// The WCAG contrast ratio of a `#rgb` or `#rrggbb` colour against white.
    pub(crate) fn contrast_with_white(colour: &str) -> f64 {
        let hex = colour.trim_start_matches('#');
        let hex: String = if hex.len() == 3 { hex.chars().flat_map(|c| [c, c]).collect() } else { hex.to_owned() };
        let channel = |i: usize| {
            let c = f64::from(u8::from_str_radix(&hex[i..i + 2], 16).unwrap()) / 255.0;
            if c <= 0.03928 { c / 12.92 } else { ((c + 0.055) / 1.055).powf(2.4) }
        };
        let luminance = 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
        1.05 / (luminance + 0.05)
    }

    /// Checks what every chart must satisfy: the accessible root, no inline style, nothing
    /// executable or external, and balanced markup.
    pub(crate) fn assert_well_formed(svg: &str, id: &str) {
        assert!(svg.starts_with("<svg "), "{svg}");
        assert!(svg.ends_with("</svg>"), "{svg}");
        assert!(svg.contains(&format!("role=\"img\" aria-labelledby=\"{id}-title {id}-desc\"")), "{svg}");
        let title = format!("><title id=\"{id}-title\">");
        assert!(svg.contains(&title), "title must be the first child: {svg}");
        assert!(svg.split_once(&title).unwrap().0.matches('<').count() == 1, "title must be the first child");
        assert!(svg.contains(&format!("</title><desc id=\"{id}-desc\">")), "desc must follow the title: {svg}");
        assert!(svg.contains("viewBox=\"0 0 "));
        for forbidden in ["style=", "<script", "<foreignObject", "href", "url("] {
            assert!(!svg.contains(forbidden), "{forbidden} in {svg}");
        }
        assert!(!svg.contains("  "), "needless whitespace");
        // Every element that is opened is closed, in order.
        let mut open: Vec<&str> = Vec::new();
        let mut rest = svg;
        while let Some(start) = rest.find('<') {
            let end = rest[start..].find('>').unwrap() + start;
            let tag = &rest[start + 1..end];
            // No event handler attribute (onclick=…, onload=…).
            assert!(!tag.split(' ').any(|attribute| attribute.starts_with("on")), "handler in <{tag}>");
            if let Some(name) = tag.strip_prefix('/') {
                assert_eq!(open.pop(), Some(name), "unbalanced </{name}>");
            } else if !tag.ends_with('/') {
                open.push(tag.split(' ').next().unwrap());
            }
            rest = &rest[end + 1..];
        }
        assert!(open.is_empty(), "unclosed {open:?}");
    }

    #[test]
    fn escape_neutralises_markup() {
        assert_eq!(
            escape("<script>alert('x') & \"y\"</script>"),
            "&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;"
        );
        assert_eq!(escape("a\u{0}b\u{1b}c\nd"), "abc\nd");
        assert_eq!(escape("Côte d’Ivoire"), "Côte d’Ivoire");
    }

    #[test]
    fn root_is_accessible_and_escapes_hostile_text() {
        let mut svg = String::new();
        open_svg(&mut svg, "c1", "<script>alert(1)</script>", "a \"quoted\" & <b>bold</b> desc", 600.0, 100.0);
        svg.push_str("</svg>");
        assert_well_formed(&svg, "c1");
        assert!(!svg.contains("<script>"));
        assert!(svg.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assert!(svg.contains("a &quot;quoted&quot; &amp; &lt;b&gt;bold&lt;/b&gt; desc"));
    }

    #[test]
    fn nice_ticks_are_round_and_cover_the_maximum() {
        assert_eq!(nice_ticks(37.0), [0.0, 10.0, 20.0, 30.0, 40.0]);
        assert_eq!(nice_ticks(0.0), [0.0, 1.0]);
        assert_eq!(nice_ticks(f64::NAN), [0.0, 1.0]);
        assert_eq!(nice_ticks(-5.0), [0.0, 1.0]);
        assert_eq!(nice_ticks(0.4), [0.0, 1.0]);
        assert_eq!(nice_ticks(1.0), [0.0, 1.0]);
        assert_eq!(nice_ticks(3.0), [0.0, 1.0, 2.0, 3.0]);
        assert_eq!(nice_ticks(7.0), [0.0, 2.0, 4.0, 6.0, 8.0]);
        assert_eq!(nice_ticks(10.0), [0.0, 2.0, 4.0, 6.0, 8.0, 10.0]);
        assert_eq!(nice_ticks(100.0), [0.0, 20.0, 40.0, 60.0, 80.0, 100.0]);
        assert_eq!(nice_ticks(120.0), [0.0, 25.0, 50.0, 75.0, 100.0, 125.0]);
        assert_eq!(nice_ticks(1200.0), [0.0, 250.0, 500.0, 750.0, 1000.0, 1250.0]);
        assert_eq!(nice_ticks(98_765.0), [0.0, 20_000.0, 40_000.0, 60_000.0, 80_000.0, 100_000.0]);
        for max in [0.5, 1.0, 2.0, 9.0, 11.0, 37.0, 49.0, 51.0, 99.0, 101.0, 999.0, 4321.0, 1e7] {
            let ticks = nice_ticks(max);
            assert!((2..=6).contains(&ticks.len()), "{max}: {ticks:?}");
            assert!(*ticks.last().unwrap() >= max, "{max}: {ticks:?}");
            assert!(ticks.iter().all(|t| t.fract() == 0.0), "{max}: {ticks:?}");
            // Not needlessly far above the maximum: the step before the last would not do.
            assert!(ticks[ticks.len() - 2] < max, "{max}: {ticks:?}");
        }
    }

    #[test]
    fn values_are_formatted() {
        assert_eq!(ValueFormat::Count.format(1200.0), "1200");
        assert_eq!(ValueFormat::Count.format(1_234_567.4), "1234567");
        assert_eq!(ValueFormat::Count.format(0.0), "0");
        assert_eq!(ValueFormat::Percent.format(25.0), "25%");
        assert_eq!(ValueFormat::Percent.format(12.5), "12.5%");
        assert_eq!(ValueFormat::Percent.format(100.0), "100%");
        assert_eq!(ValueFormat::Percent.format(-0.01), "0%");
    }

    #[test]
    fn numbers_are_short() {
        assert_eq!(Num(12.0).to_string(), "12");
        assert_eq!(Num(12.34).to_string(), "12.3");
        assert_eq!(Num(12.96).to_string(), "13");
        assert_eq!(Num(-0.04).to_string(), "0");
        assert_eq!(Num(-3.25).to_string(), "-3.3");
        assert_eq!(Num(f64::NAN).to_string(), "0");
    }

    #[test]
    fn truncation_is_visible() {
        assert_eq!(truncate("Short", 28), ("Short".to_owned(), false));
        let (cut, was_cut) = truncate("Ministry of Industry and Advanced Technology", 28);
        assert!(was_cut);
        assert_eq!(cut, "Ministry of Industry and Ad…");
        assert_eq!(cut.chars().count(), 28);
        assert_eq!(truncate("Ministry of Industry and    Technology", 28).0, "Ministry of Industry and…");
    }

    #[test]
    fn colours_contrast_with_white() {
        for colour in PALETTE {
            assert!(contrast_with_white(colour) >= 5.0, "{colour}");
        }
        assert!(contrast_with_white(AXIS) >= 4.5);
        assert!(contrast_with_white(TEXT) >= 7.0);
        assert!((contrast_with_white("#000") - 21.0).abs() < 0.01);
        assert!((contrast_with_white("#fff") - 1.0).abs() < 0.01);
    }
}
