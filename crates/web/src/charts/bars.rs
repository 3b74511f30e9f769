//! A disaggregation as horizontal bars: one bar per category (a region, a sex, a member
//! category…), its label at the start and its value at the end.
//!
//! Bars are horizontal because category labels are long and come in several languages:
//! horizontal bars keep them readable on one line, and the chart simply grows by one row per
//! category. Labels longer than [`MAX_LABEL`] characters are cut with a visible "…", and the
//! full label stays in the `<title>` of the bar's group, where a pointer or a screen reader
//! exploring the image can reach it. Each bar also shows its value as the caller formatted it,
//! so the reader never has to measure a bar against the axis.

use super::{AXIS, FONT, GRID, Num, PALETTE, TEXT, ValueFormat, escape, nice_ticks, open_svg, text_width, truncate, w};

/// One bar: its category, its value, and the value as shown at the end of the bar (already
/// formatted by the caller, e.g. "1 250" or "37%").
#[derive(Debug, Clone, PartialEq)]
pub struct Bar {
    pub label: String,
    pub value: f64,
    pub value_label: String,
}

/// Labels longer than this many characters are truncated.
pub const MAX_LABEL: usize = 28;

const WIDTH: f64 = 600.0;
const TOP: f64 = 4.0;
const ROW: f64 = 24.0;
const BAR_HEIGHT: f64 = 16.0;
/// Room under the rows for the tick labels.
const AXIS_HEIGHT: f64 = 20.0;
/// Colour of the bars: 6.7:1 on white.
const BAR: &str = PALETTE[0];

/// Horizontal bars, one per entry of `bars`, in the order given; see the module docs.
///
/// The scale runs from 0 to the highest tick; negative values and values that are not finite
/// are drawn as empty bars (their value label still shows). With no bar at all, the image has
/// only its title and description: the caller says "No data" in the page.
pub fn bar_chart(id: &str, title: &str, desc: &str, bars: &[Bar], format: ValueFormat) -> String {
    let mut out = String::with_capacity(200 + bars.len() * 160);
    if bars.is_empty() {
        open_svg(&mut out, id, title, desc, WIDTH, ROW);
        out.push_str("</svg>");
        return out;
    }
    let value = |bar: &Bar| if bar.value.is_finite() { bar.value.max(0.0) } else { 0.0 };
    let ticks = nice_ticks(bars.iter().map(value).fold(0.0, f64::max));
    let top_tick = ticks.last().copied().unwrap_or(1.0);

    let labels: Vec<(String, bool)> = bars.iter().map(|bar| truncate(&bar.label, MAX_LABEL)).collect();
    let label_width = labels.iter().map(|(label, _)| text_width(label, FONT)).fold(0.0, f64::max).ceil();
    let value_width = bars.iter().map(|bar| text_width(&bar.value_label, FONT)).fold(0.0, f64::max).ceil();
    let start = label_width + 8.0;
    // The last tick label is centred on the end of the scale: keep half of it inside too.
    let end_room = (value_width + 10.0).max(text_width(&format.format(top_tick), FONT) / 2.0 + 2.0);
    let length = (WIDTH - start - end_room).max(ROW);
    let x = |v: f64| start + v.clamp(0.0, top_tick) / top_tick * length;
    let rows_bottom = TOP + bars.len() as f64 * ROW;

    open_svg(&mut out, id, title, desc, WIDTH, rows_bottom + AXIS_HEIGHT);

    // Grid lines for the ticks, then the tick labels under the rows.
    w!(out, "<g stroke=\"{GRID}\">");
    for &t in ticks.iter().skip(1) {
        w!(out, "<path d=\"M{} {}V{}\"/>", Num(x(t)), Num(TOP), Num(rows_bottom));
    }
    w!(out, "</g><path d=\"M{} {}V{}\" stroke=\"{AXIS}\"/>", Num(start), Num(TOP), Num(rows_bottom));
    w!(out, "<g font-size=\"{FONT}\" fill=\"{TEXT}\"><g text-anchor=\"middle\">");
    for &t in &ticks {
        w!(out, "<text x=\"{}\" y=\"{}\">{}</text>", Num(x(t)), Num(rows_bottom + 15.0), escape(&format.format(t)));
    }
    out.push_str("</g>");

    for (i, (bar, (label, cut))) in bars.iter().zip(&labels).enumerate() {
        let row = TOP + i as f64 * ROW;
        let baseline = row + ROW / 2.0 + 4.0;
        out.push_str("<g>");
        if *cut {
            w!(out, "<title>{}</title>", escape(&bar.label));
        }
        w!(
            out,
            "<text x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>",
            Num(label_width),
            Num(baseline),
            escape(label)
        );
        let end = x(value(bar));
        if end - start >= 0.1 {
            w!(
                out,
                "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{BAR_HEIGHT}\" fill=\"{BAR}\"/>",
                Num(start),
                Num(row + (ROW - BAR_HEIGHT) / 2.0),
                Num(end - start)
            );
        }
        w!(out, "<text x=\"{}\" y=\"{}\">{}</text></g>", Num(end + 5.0), Num(baseline), escape(&bar.value_label));
    }
    out.push_str("</g></svg>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::tests::{assert_well_formed, contrast_with_white};

    fn bar(label: &str, value: f64) -> Bar {
        Bar { label: label.to_owned(), value, value_label: ValueFormat::Count.format(value) }
    }

    fn view_box_height(svg: &str) -> f64 {
        svg.split("viewBox=\"0 0 600 ").nth(1).unwrap().split('"').next().unwrap().parse().unwrap()
    }

    #[test]
    fn bars_are_drawn_in_order_with_their_labels() {
        let bars = [bar("Africa", 37.0), bar("Asia", 20.0), bar("Latin America and the Caribbean", 8.0)];
        let svg =
            bar_chart("b1", "Projects by region", "Africa 37, Asia 20, Latin America 8.", &bars, ValueFormat::Count);
        assert_well_formed(&svg, "b1");
        assert_eq!(svg.matches("<rect").count(), 3);
        let africa = svg.find(">Africa<").unwrap();
        let asia = svg.find(">Asia<").unwrap();
        assert!(africa < asia);
        for tick in ["0", "10", "20", "30", "40"] {
            assert!(svg.contains(&format!(">{tick}</text>")), "{tick}");
        }
        // The value labels are at the bar ends.
        assert!(svg.contains(">37</text>") && svg.contains(">8</text>"));
        // The longest bar is 37/40 of the scale; the bars are proportional.
        let widths: Vec<f64> =
            svg.split("width=\"").skip(1).filter_map(|w| w[..w.find('"').unwrap()].parse().ok()).collect();
        assert_eq!(widths.len(), 3);
        assert!((widths[0] / widths[1] - 37.0 / 20.0).abs() < 0.01, "{widths:?}");
    }

    #[test]
    fn height_grows_with_the_bars() {
        let few = bar_chart("b", "t", "d", &[bar("A", 1.0)], ValueFormat::Count);
        let many: Vec<Bar> = (0..10).map(|i| bar(&format!("Category {i}"), i as f64)).collect();
        let many = bar_chart("b", "t", "d", &many, ValueFormat::Count);
        assert_eq!(view_box_height(&many) - view_box_height(&few), 9.0 * ROW);
        assert!(many.len() < 3500, "{} bytes", many.len());
    }

    #[test]
    fn long_labels_are_truncated_visibly_with_the_full_label_kept() {
        let long = "Ministry of Industry, Trade and Standards of the Republic";
        let svg = bar_chart("b", "t", "d", &[bar(long, 3.0), bar("Short", 1.0)], ValueFormat::Count);
        assert_well_formed(&svg, "b");
        assert!(svg.contains("<g><title>Ministry of Industry, Trade and Standards of the Republic</title><text"));
        assert!(svg.contains(">Ministry of Industry, Trade…</text>"), "{svg}");
        // Labels that fit get no title.
        assert_eq!(svg.matches("<g><title>").count(), 1);
    }

    #[test]
    fn hostile_text_is_escaped() {
        let svg = bar_chart(
            "b",
            "<script>alert(1)</script>",
            "d",
            &[Bar {
                label: "<script>x</script> & a very long label that is cut".to_owned(),
                value: 1.0,
                value_label: "<1>".to_owned(),
            }],
            ValueFormat::Count,
        );
        assert_well_formed(&svg, "b");
        assert!(!svg.contains("<script"));
        assert!(svg.contains("&lt;script&gt;x&lt;/script&gt; &amp; a very long label that is cut"));
        assert!(svg.contains("&lt;1&gt;"));
    }

    #[test]
    fn percentages_and_edge_cases() {
        let bars = [
            Bar { label: "Women".to_owned(), value: 47.5, value_label: "47.5%".to_owned() },
            Bar { label: "Men".to_owned(), value: 52.5, value_label: "52.5%".to_owned() },
        ];
        let svg = bar_chart("p", "t", "d", &bars, ValueFormat::Percent);
        assert_well_formed(&svg, "p");
        assert!(svg.contains(">0%</text>") && svg.contains(">60%</text>"), "{svg}");

        // No bar: title and description only.
        let svg = bar_chart("e", "Nothing yet", "No data.", &[], ValueFormat::Count);
        assert_well_formed(&svg, "e");
        assert!(svg.ends_with("No data.</desc></svg>"));

        // Zeros, negatives and non-numbers draw no bar but keep their labels.
        let bars = [bar("Zero", 0.0), bar("Negative", -4.0), bar("NaN", f64::NAN)];
        let svg = bar_chart("z", "t", "d", &bars, ValueFormat::Count);
        assert_well_formed(&svg, "z");
        assert_eq!(svg.matches("<rect").count(), 0);
        assert!(svg.contains(">Zero<") && svg.contains(">Negative<") && svg.contains(">1</text>"));
        assert!(!svg.contains("=\"NaN\"") && !svg.contains("inf"));
    }

    #[test]
    fn bars_contrast_with_white() {
        assert!(contrast_with_white(BAR) >= 3.0);
    }
}
