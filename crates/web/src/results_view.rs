//! What the results pages, reports and API show of an indicator: its target, actual and
//! status for each period, its figure for the whole plan, and values written the way
//! the reader's language writes numbers.
//!
//! The status of a period follows [`apdc_domain::results::track`]; an indicator's
//! status is that of its latest year that is over and has a target (before the first
//! year ends, the year in progress), so a plan is judged on complete years rather than on
//! a year still being reported or on years to come.

use apdc_domain::results::{Figure, Measure, Track, aggregate, track};
use apdc_store::indicator_values::Values;
use apdc_store::results::{Indicator, Plan};
use time::Date;

/// One period of an indicator.
#[derive(Debug, Clone, serde::Serialize)]
pub struct PeriodFigure {
    pub period: i64,
    /// In hundredths.
    pub target: Option<i64>,
    pub actual: Option<Figure>,
    /// `None` for a period that has not begun.
    pub track: Option<Track>,
}

/// An indicator's figures across the plan.
#[derive(Debug, Clone, serde::Serialize)]
pub struct IndicatorFigures {
    pub periods: Vec<PeriodFigure>,
    /// The periods combined by the indicator's aggregation rule.
    pub total: Option<Figure>,
    pub status: Track,
    /// The period the status describes.
    pub status_period: Option<i64>,
}

/// The share of `period` elapsed on `today`: `None` before it begins, 1 after it ends.
pub fn elapsed(period: i64, today: Date) -> Option<f64> {
    let year = i64::from(today.year());
    if period > year {
        None
    } else if period < year {
        Some(1.0)
    } else {
        let days = if time::util::is_leap_year(today.year()) { 366.0 } else { 365.0 };
        Some(f64::from(today.ordinal()) / days)
    }
}

pub fn today() -> Date {
    time::OffsetDateTime::now_utc().date()
}

/// The figures of `indicator` in `plan` from its `values`, as of `today`.
pub fn figures(plan: &Plan, indicator: &Indicator, values: Option<&Values>, today: Date) -> IndicatorFigures {
    let narrative = indicator.measure == Measure::Narrative;
    let periods: Vec<PeriodFigure> = plan
        .periods()
        .into_iter()
        .map(|period| {
            let target = indicator.target(period);
            let actual = if narrative { None } else { values.and_then(|v| v.total(period)) };
            let track = elapsed(period, today)
                .filter(|_| !narrative)
                .map(|share| track(actual.and_then(Figure::hundredths), target, share));
            PeriodFigure { period, target, actual, track }
        })
        .collect();
    let totals: Vec<(i64, Figure)> = periods.iter().filter_map(|p| p.actual.map(|a| (p.period, a))).collect();
    let total = aggregate(indicator.aggregation, &totals);
    // The headline is the latest year that is over and has a target: a year in progress
    // is only partly reported. Until a year is over, the one in progress stands in.
    let judged = |p: &&PeriodFigure| p.track.is_some() && p.target.is_some();
    let this_year = i64::from(today.year());
    let current = periods
        .iter()
        .rev()
        .filter(judged)
        .find(|p| p.period < this_year)
        .or_else(|| periods.iter().rev().find(judged));
    let status = if narrative { Track::NoTarget } else { current.and_then(|p| p.track).unwrap_or(Track::NoTarget) };
    let status_period = current.map(|p| p.period);
    IndicatorFigures { periods, total, status, status_period }
}

/// How a language writes numbers (CLDR's conventions for its Latin digits).
struct NumberStyle {
    thousands: &'static str,
    decimal: &'static str,
    /// What follows a percentage's number.
    percent: &'static str,
    /// Fewest digits before the first group: Spanish writes `1250` but `12.500`.
    min_grouping: usize,
}

impl NumberStyle {
    fn of(lang: &str) -> Self {
        match lang {
            // Arabic with Latin digits, as the Maghreb and most international websites
            // write it; the sign reads after the number in both directions.
            "en" | "ar" => Self { thousands: ",", decimal: ".", percent: "%", min_grouping: 1 },
            "es" => Self { thousands: ".", decimal: ",", percent: "\u{a0}%", min_grouping: 2 },
            "ru" => Self { thousands: "\u{a0}", decimal: ",", percent: "\u{a0}%", min_grouping: 1 },
            _ => Self { thousands: "\u{202f}", decimal: ",", percent: "\u{202f}%", min_grouping: 1 },
        }
    }
}

/// Digits grouped by thousands as `style` writes them.
fn group(whole: u64, style: &NumberStyle) -> String {
    let digits = whole.to_string();
    let grouped = digits.len() > 3 + style.min_grouping - 1;
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if grouped && i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(style.thousands);
        }
        out.push(c);
    }
    out
}

/// A value in hundredths as the reader's language writes it: `1,250` and `45.5%` in
/// English, `1 250` and `45,5 %` in French (narrow no-break spaces), `12.500` and
/// `45,5 %` in Spanish, `1 250` and `45,5 %` in Russian (no-break spaces).
pub fn format_hundredths(lang: &str, measure: Measure, hundredths: i64) -> String {
    let style = NumberStyle::of(lang);
    let sign = if hundredths < 0 { "-" } else { "" };
    let whole = format!("{sign}{}", group(hundredths.unsigned_abs() / 100, &style));
    let cents = hundredths.unsigned_abs() % 100;
    let number = match cents {
        0 => whole,
        c if c % 10 == 0 => format!("{whole}{}{}", style.decimal, c / 10),
        c => format!("{whole}{}{c:02}", style.decimal),
    };
    match measure {
        Measure::Percentage => format!("{number}{}", style.percent),
        _ => number,
    }
}

/// A figure, or a dash when there is none.
pub fn format_figure(lang: &str, measure: Measure, figure: Option<Figure>) -> String {
    match figure.and_then(Figure::hundredths) {
        Some(h) => format_hundredths(lang, measure, h),
        None => "—".to_owned(),
    }
}

/// A target or baseline, or a dash.
pub fn format_target(lang: &str, measure: Measure, hundredths: Option<i64>) -> String {
    match hundredths {
        Some(h) => format_hundredths(lang, measure, h),
        None => "—".to_owned(),
    }
}

/// The value of a figure for a chart: counts as they are, shares in percentage points.
pub fn chart_value(figure: Option<Figure>) -> Option<f64> {
    figure.and_then(Figure::hundredths).map(|h| h as f64 / 100.0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn numbers_follow_the_language() {
        assert_eq!(format_hundredths("en", Measure::Count, 125_000), "1,250");
        assert_eq!(format_hundredths("fr", Measure::Count, 125_000), "1\u{202f}250");
        assert_eq!(format_hundredths("en", Measure::Percentage, 4_550), "45.5%");
        assert_eq!(format_hundredths("fr", Measure::Percentage, 3_333), "33,33\u{202f}%");
        assert_eq!(format_hundredths("en", Measure::Count, 0), "0");
        assert_eq!(format_hundredths("es", Measure::Count, 125_000), "1250");
        assert_eq!(format_hundredths("es", Measure::Count, 1_250_000), "12.500");
        assert_eq!(format_hundredths("es", Measure::Percentage, 4_550), "45,5\u{a0}%");
        assert_eq!(format_hundredths("ru", Measure::Count, 125_000), "1\u{a0}250");
        assert_eq!(format_hundredths("ar", Measure::Count, 125_050), "1,250.5");
        assert_eq!(format_hundredths("en", Measure::Count, -125_000), "-1,250");
        assert_eq!(format_hundredths("fr", Measure::Count, -50), "-0,5");
        assert_eq!(format_figure("en", Measure::Count, None), "—");
    }

    #[test]
    fn periods_in_progress_are_measured_against_the_elapsed_share() {
        assert_eq!(elapsed(2027, date!(2026 - 07 - 01)), None);
        assert_eq!(elapsed(2025, date!(2026 - 07 - 01)), Some(1.0));
        let mid = elapsed(2026, date!(2026 - 07 - 02)).unwrap();
        assert!((mid - 0.5).abs() < 0.01, "{mid}");
    }
}
