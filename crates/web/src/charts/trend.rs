//! An indicator's trend over reporting periods: actual values, targets and a baseline.
//!
//! Each kind of series looks different without colour, because a reader who cannot tell the
//! colours apart must still tell an achievement from a target: actual values are a solid line
//! with round markers, targets a dashed line with square markers, and a baseline a dotted
//! horizontal line across the whole plot. A legend inside the image repeats each sample with its
//! label.
//!
//! The y axis always starts at 0, so that the height of a point is proportional to its value,
//! and ends at a round number at or above every value ([`nice_ticks`]). Missing values break
//! the line instead of being bridged: a line through a missing period would claim a value that
//! was never reported. A point with no neighbour still shows as its marker.
//!
//! A five-period chart with an actual, a target and a baseline series is about 2 KB, 0.75 KB
//! with gzip -9.

use super::{AXIS, FONT, GRID, Num, PALETTE, TEXT, ValueFormat, escape, nice_ticks, open_svg, text_width, w};

/// What a series represents, which decides how it is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SeriesKind {
    /// Achieved values: a solid line with round markers.
    Actual,
    /// Planned values: a dashed line with square markers.
    Target,
    /// The starting value: a dotted horizontal line at its first known value.
    Baseline,
}

/// One line of the chart: a value, or nothing, for each period.
#[derive(Debug, Clone, PartialEq)]
pub struct TrendSeries {
    pub label: String,
    pub kind: SeriesKind,
    /// One entry per period, in the order of the periods; `None` where nothing was reported.
    pub values: Vec<Option<f64>>,
}

const WIDTH: f64 = 600.0;
const TOP: f64 = 10.0;
const PLOT_HEIGHT: f64 = 180.0;
const RIGHT: f64 = 12.0;
const LEGEND_SAMPLE: f64 = 24.0;
const LEGEND_ROW: f64 = 20.0;
/// Colour of baselines: a neutral grey (7:1 on white) that reads as "reference", not as data.
const BASELINE: &str = "#595959";

/// The trend of an indicator over `periods`, one line per series; see the module docs.
///
/// Values are drawn from 0 to the highest tick; negative values are drawn at 0 and values that
/// are not finite are treated as missing. With no period or no value at all, the axes are drawn
/// without lines: the caller says "No data" in the page.
pub fn trend_chart(
    id: &str,
    title: &str,
    desc: &str,
    periods: &[String],
    series: &[TrendSeries],
    format: ValueFormat,
) -> String {
    let value = |v: &Option<f64>| v.filter(|v| v.is_finite());
    let max = series.iter().flat_map(|s| s.values.iter().take(periods.len()).filter_map(value)).fold(0.0_f64, f64::max);
    let ticks = nice_ticks(max);
    let top_tick = ticks.last().copied().unwrap_or(1.0);
    let tick_labels: Vec<String> = ticks.iter().map(|&t| format.format(t)).collect();

    // The plot starts right of the widest tick label.
    let left = tick_labels.iter().map(|l| text_width(l, FONT)).fold(0.0, f64::max).ceil() + 10.0;
    let plot_width = WIDTH - left - RIGHT;
    let bottom = TOP + PLOT_HEIGHT;
    let band = plot_width / periods.len().max(1) as f64;
    // Points sit in the middle of their period's band, so a single period is centred.
    let x = |i: usize| left + (i as f64 + 0.5) * band;
    let y = |v: f64| bottom - v.clamp(0.0, top_tick) / top_tick * PLOT_HEIGHT;

    let legend = legend_layout(series, left);
    let legend_rows = legend.last().map_or(0, |item| item.row + 1);
    let legend_top = bottom + 40.0;
    let height = legend_top + legend_rows as f64 * LEGEND_ROW - 6.0;

    let mut out = String::with_capacity(3000);
    open_svg(&mut out, id, title, desc, WIDTH, height);

    // Grid lines and the value axis.
    w!(out, "<g stroke=\"{GRID}\">");
    for &t in ticks.iter().skip(1) {
        w!(out, "<path d=\"M{} {}h{}\"/>", Num(left), Num(y(t)), Num(plot_width));
    }
    w!(out, "</g><path d=\"M{} {}h{}\" stroke=\"{AXIS}\"/>", Num(left), Num(bottom), Num(plot_width));

    // Tick labels, vertically centred on their line (4 units is about half a cap height).
    w!(out, "<g font-size=\"{FONT}\" fill=\"{TEXT}\" text-anchor=\"end\">");
    for (&t, label) in ticks.iter().zip(&tick_labels) {
        w!(out, "<text x=\"{}\" y=\"{}\">{}</text>", Num(left - 6.0), Num(y(t) + 4.0), escape(label));
    }
    out.push_str("</g>");

    // Period labels, thinned out to every n-th period when they would overlap.
    if !periods.is_empty() {
        let widest = periods.iter().map(|p| text_width(p, FONT)).fold(0.0, f64::max);
        let every = ((widest + 8.0) / band).ceil().max(1.0) as usize;
        w!(out, "<g font-size=\"{FONT}\" fill=\"{TEXT}\" text-anchor=\"middle\">");
        for (i, period) in periods.iter().enumerate().step_by(every) {
            w!(out, "<text x=\"{}\" y=\"{}\">{}</text>", Num(x(i)), Num(bottom + 18.0), escape(period));
        }
        out.push_str("</g>");
    }

    for (index, s) in series.iter().enumerate() {
        let colour = colour(s.kind, index);
        let values: Vec<Option<f64>> = s.values.iter().take(periods.len()).map(value).collect();
        match s.kind {
            SeriesKind::Baseline => {
                if let Some(v) = values.iter().flatten().next() {
                    w!(
                        out,
                        "<path class=\"series-baseline\" d=\"M{} {}h{}\" stroke=\"{colour}\" stroke-width=\"2\"{}/>",
                        Num(left),
                        Num(y(*v)),
                        Num(plot_width),
                        dash(s.kind)
                    );
                }
            }
            SeriesKind::Actual | SeriesKind::Target => {
                let class = if s.kind == SeriesKind::Actual { "series-actual" } else { "series-target" };
                w!(out, "<g class=\"{class}\" fill=\"{colour}\">");
                let d = line_path(&values, x, y);
                if !d.is_empty() {
                    w!(out, "<path d=\"{d}\" fill=\"none\" stroke=\"{colour}\" stroke-width=\"2\"{}/>", dash(s.kind));
                }
                for (i, v) in values.iter().enumerate() {
                    if let Some(v) = v {
                        marker(&mut out, s.kind, x(i), y(*v));
                    }
                }
                out.push_str("</g>");
            }
        }
    }

    // The legend: a sample of each line, its marker and its label.
    if !legend.is_empty() {
        w!(out, "<g font-size=\"{FONT}\" fill=\"{TEXT}\">");
        for item in &legend {
            let s = &series[item.index];
            let colour = colour(s.kind, item.index);
            let baseline = legend_top + item.row as f64 * LEGEND_ROW;
            let mid = baseline - 4.0;
            w!(
                out,
                "<g fill=\"{colour}\"><path d=\"M{} {}h{LEGEND_SAMPLE}\" stroke=\"{colour}\" stroke-width=\"2\"{}/>",
                Num(item.x),
                Num(mid),
                dash(s.kind)
            );
            marker(&mut out, s.kind, item.x + LEGEND_SAMPLE / 2.0, mid);
            w!(
                out,
                "</g><text x=\"{}\" y=\"{}\">{}</text>",
                Num(item.x + LEGEND_SAMPLE + 6.0),
                Num(baseline),
                escape(&s.label)
            );
        }
        out.push_str("</g>");
    }
    out.push_str("</svg>");
    out
}

/// The colour of a series: by position, so that two actual series differ; baselines are grey.
fn colour(kind: SeriesKind, index: usize) -> &'static str {
    match kind {
        SeriesKind::Baseline => BASELINE,
        _ => PALETTE[index % PALETTE.len()],
    }
}

/// The dash pattern of a series' line: targets dashed, baselines dotted, so that neither
/// depends on colour to be told from the actual values.
fn dash(kind: SeriesKind) -> &'static str {
    match kind {
        SeriesKind::Actual => "",
        SeriesKind::Target => " stroke-dasharray=\"6 4\"",
        SeriesKind::Baseline => " stroke-dasharray=\"2 3\"",
    }
}

/// Path data through the known values, with a new subpath after every gap. A run of a single
/// value has no line (its marker shows it).
fn line_path(values: &[Option<f64>], x: impl Fn(usize) -> f64, y: impl Fn(f64) -> f64) -> String {
    fn flush(run: &mut Vec<(f64, f64)>, d: &mut String) {
        if run.len() > 1 {
            for (i, (px, py)) in run.iter().enumerate() {
                let command = match i {
                    0 => "M",
                    1 => "L",
                    _ => " ",
                };
                w!(d, "{command}{} {}", Num(*px), Num(*py));
            }
        }
        run.clear();
    }
    let mut d = String::new();
    let mut run = Vec::new();
    for (i, v) in values.iter().enumerate() {
        match v {
            Some(v) => run.push((x(i), y(*v))),
            None => flush(&mut run, &mut d),
        }
    }
    flush(&mut run, &mut d);
    d
}

/// A round marker for actual values, a square one for targets; baselines have none.
fn marker(out: &mut String, kind: SeriesKind, cx: f64, cy: f64) {
    match kind {
        SeriesKind::Actual => w!(out, "<circle cx=\"{}\" cy=\"{}\" r=\"3.5\"/>", Num(cx), Num(cy)),
        SeriesKind::Target => {
            w!(out, "<rect x=\"{}\" y=\"{}\" width=\"7\" height=\"7\"/>", Num(cx - 3.5), Num(cy - 3.5))
        }
        SeriesKind::Baseline => {}
    }
}

/// Where a legend entry goes: its series, its row and where it starts.
struct LegendItem {
    index: usize,
    row: usize,
    x: f64,
}

/// Lays the legend entries out left to right from the plot's left edge, wrapping to a new row
/// when an entry would not fit.
fn legend_layout(series: &[TrendSeries], left: f64) -> Vec<LegendItem> {
    let mut items = Vec::with_capacity(series.len());
    let (mut row, mut x) = (0, left);
    for (index, s) in series.iter().enumerate() {
        let width = LEGEND_SAMPLE + 6.0 + text_width(&s.label, FONT);
        if x > left && x + width > WIDTH - RIGHT {
            row += 1;
            x = left;
        }
        items.push(LegendItem { index, row, x });
        x += width + 18.0;
    }
    items
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::tests::{assert_well_formed, contrast_with_white};

    fn periods(n: usize) -> Vec<String> {
        (0..n).map(|i| format!("{}", 2020 + i)).collect()
    }

    fn series(label: &str, kind: SeriesKind, values: &[Option<f64>]) -> TrendSeries {
        TrendSeries { label: label.to_owned(), kind, values: values.to_vec() }
    }

    fn typical() -> String {
        trend_chart(
            "trend-1",
            "Certified laboratories",
            "Certified laboratories per year, 2020 to 2024: 3, 7, 12, 18 and 25; the target for 2024 is 30.",
            &periods(5),
            &[
                series("Actual", SeriesKind::Actual, &[Some(3.0), Some(7.0), Some(12.0), Some(18.0), Some(25.0)]),
                series("Target", SeriesKind::Target, &[None, None, Some(10.0), Some(20.0), Some(30.0)]),
                series("Baseline (2019)", SeriesKind::Baseline, &[Some(2.0), None, None, None, None]),
            ],
            ValueFormat::Count,
        )
    }

    /// The `d` attributes of the paths drawn for the series of one kind.
    fn series_paths(svg: &str, class: &str) -> Vec<String> {
        svg.split(&format!("class=\"{class}\""))
            .skip(1)
            .map(|part| {
                let part = &part[..part.find("</g>").unwrap_or(part.len())];
                part.split("<path d=\"").nth(1).map(|d| d[..d.find('"').unwrap()].to_owned()).unwrap_or_default()
            })
            .collect()
    }

    #[test]
    fn typical_chart_is_accessible_and_small() {
        let svg = typical();
        assert_well_formed(&svg, "trend-1");
        assert!(svg.len() < 3000, "{} bytes", svg.len());
        for label in ["2020", "2024", "Actual", "Target", "Baseline (2019)", ">0<", ">30<"] {
            assert!(svg.contains(label), "{label} missing");
        }
        // Five round markers for the actual values, three square ones for the targets, and one
        // of each in the legend.
        assert_eq!(svg.matches("<circle").count(), 6);
        assert_eq!(svg.matches("<rect").count(), 4);
        // The target and the baseline are told apart by dashes, not only by colour.
        assert_eq!(svg.matches("stroke-dasharray=\"6 4\"").count(), 2);
        assert_eq!(svg.matches("stroke-dasharray=\"2 3\"").count(), 2);
        // Coordinates have at most one decimal.
        for number in svg.split(|c: char| !(c.is_ascii_digit() || c == '.')).filter(|n| n.contains('.')) {
            assert!(number.split('.').nth(1).unwrap().len() <= 1, "{number}");
        }
    }

    #[test]
    fn hostile_text_is_escaped() {
        let svg = trend_chart(
            "t",
            "<script>alert(1)</script>",
            "\"><script>",
            &["<b>2024</b>".to_owned()],
            &[series("<img src=x onerror=alert(1)>", SeriesKind::Actual, &[Some(1.0)])],
            ValueFormat::Count,
        );
        assert_well_formed(&svg, "t");
        assert!(!svg.contains("<script") && !svg.contains("<b>") && !svg.contains("<img"));
        assert!(svg.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assert!(svg.contains("&quot;&gt;&lt;script&gt;"));
        assert!(svg.contains("&lt;b&gt;2024&lt;/b&gt;"));
        assert!(svg.contains("&lt;img src=x onerror=alert(1)&gt;"));
    }

    #[test]
    fn gaps_break_the_line() {
        let values = [Some(1.0), Some(2.0), None, Some(3.0), Some(4.0)];
        let svg =
            trend_chart("g", "t", "d", &periods(5), &[series("A", SeriesKind::Actual, &values)], ValueFormat::Count);
        let paths = series_paths(&svg, "series-actual");
        assert_eq!(paths.len(), 1);
        assert_eq!(paths[0].matches('M').count(), 2, "{}", paths[0]);
        assert_eq!(paths[0].matches('L').count(), 2, "{}", paths[0]);

        // A lone value between gaps is a marker without a line.
        let values = [Some(1.0), None, Some(2.0), None, Some(3.0)];
        let svg =
            trend_chart("g", "t", "d", &periods(5), &[series("A", SeriesKind::Actual, &values)], ValueFormat::Count);
        assert_eq!(series_paths(&svg, "series-actual"), [""]);
        assert_eq!(svg.matches("<circle").count(), 3 + 1);
    }

    #[test]
    fn values_use_the_whole_height_and_start_at_zero() {
        let svg = trend_chart(
            "v",
            "t",
            "d",
            &periods(2),
            &[series("A", SeriesKind::Actual, &[Some(0.0), Some(40.0)])],
            ValueFormat::Count,
        );
        // 40 is the top tick: the second point is at the top of the plot, the first at the bottom.
        let d = &series_paths(&svg, "series-actual")[0];
        let ys: Vec<&str> =
            d.split(['M', 'L']).filter(|p| !p.is_empty()).map(|p| p.split(' ').nth(1).unwrap()).collect();
        assert_eq!(ys, [Num(TOP + PLOT_HEIGHT).to_string(), Num(TOP).to_string()]);
    }

    #[test]
    fn percentages_are_formatted() {
        let svg = trend_chart(
            "p",
            "Share of women trained",
            "d",
            &periods(3),
            &[series("Women", SeriesKind::Actual, &[Some(12.5), Some(31.0), Some(47.0)])],
            ValueFormat::Percent,
        );
        assert_well_formed(&svg, "p");
        for tick in ["0%", "10%", "20%", "30%", "40%", "50%"] {
            assert!(svg.contains(&format!(">{tick}</text>")), "{tick} missing in {svg}");
        }
    }

    #[test]
    fn edge_cases_still_draw_axes() {
        // No period at all.
        let svg = trend_chart("e1", "t", "d", &[], &[], ValueFormat::Count);
        assert_well_formed(&svg, "e1");
        assert!(svg.contains(">0</text>") && svg.contains(">1</text>"));
        assert!(!svg.contains("series-"));

        // Only missing values.
        let svg = trend_chart(
            "e2",
            "t",
            "d",
            &periods(3),
            &[series("A", SeriesKind::Actual, &[None, None, None]), series("B", SeriesKind::Baseline, &[None])],
            ValueFormat::Count,
        );
        assert_well_formed(&svg, "e2");
        assert_eq!(svg.matches("<circle").count(), 1, "only the legend's marker");
        assert!(!svg.contains("series-baseline"));

        // All zeros: the axis goes up to 1, and the points lie on the axis.
        let svg = trend_chart(
            "e3",
            "t",
            "d",
            &periods(3),
            &[series("A", SeriesKind::Actual, &[Some(0.0), Some(0.0), Some(0.0)])],
            ValueFormat::Count,
        );
        assert_well_formed(&svg, "e3");
        assert!(svg.contains(">1</text>"));
        assert!(!svg.contains("NaN") && !svg.contains("inf"));

        // A single period: one centred marker, no line.
        let svg = trend_chart(
            "e4",
            "t",
            "d",
            &periods(1),
            &[series("A", SeriesKind::Actual, &[Some(5.0), Some(99.0)])],
            ValueFormat::Count,
        );
        assert_well_formed(&svg, "e4");
        assert_eq!(series_paths(&svg, "series-actual"), [""]);
        // Values beyond the periods are ignored: the axis stops at 5.
        assert!(svg.contains(">5</text>") && !svg.contains(">100</text>"));

        // Values that are not numbers count as missing; negative values are drawn at 0.
        let svg = trend_chart(
            "e5",
            "t",
            "d",
            &periods(3),
            &[series("A", SeriesKind::Actual, &[Some(f64::NAN), Some(-3.0), Some(f64::INFINITY)])],
            ValueFormat::Count,
        );
        assert_well_formed(&svg, "e5");
        assert!(!svg.contains("NaN") && !svg.contains("inf"));
    }

    #[test]
    fn crowded_periods_are_thinned_and_the_legend_wraps() {
        let periods: Vec<String> = (0..40).map(|i| format!("{}-Q{}", 2015 + i / 4, i % 4 + 1)).collect();
        let many: Vec<TrendSeries> = (0..8)
            .map(|i| series(&format!("Region number {i} with a long name"), SeriesKind::Actual, &[Some(1.0)]))
            .collect();
        let svg = trend_chart("c", "t", "d", &periods, &many, ValueFormat::Count);
        assert_well_formed(&svg, "c");
        let shown = periods.iter().filter(|p| svg.contains(&format!(">{p}<"))).count();
        assert!((5..=12).contains(&shown), "{shown} period labels");
        assert!(svg.contains(">2015-Q1<"));
        // Eight long legend entries take several rows, and the image grows to hold them.
        let height: f64 = svg.split("viewBox=\"0 0 600 ").nth(1).unwrap().split('"').next().unwrap().parse().unwrap();
        assert!(height > TOP + PLOT_HEIGHT + 40.0 + 3.0 * LEGEND_ROW, "{height}");
    }

    #[test]
    fn colours_contrast_with_white() {
        assert!(contrast_with_white(BASELINE) >= 3.0);
        for (i, kind) in [SeriesKind::Actual, SeriesKind::Target, SeriesKind::Baseline].into_iter().enumerate() {
            assert!(contrast_with_white(colour(kind, i)) >= 3.0);
        }
    }
}
