//! The results framework: plans with their outcomes, outputs and indicators, how a
//! computed indicator is declared from delivery data, how values combine across periods,
//! and the rule that says whether an indicator is on track.
//!
//! Values are whole hundredths (`12000` is 120, `4050` is 40.5 %) so that targets with
//! decimals stay exact; counts are whole hundreds.

use crate::code_enum;
use crate::dates::year;
use crate::money::amount_hundredths;
use crate::person::{ParticipationStatus, Sex, StakeholderGroup};
use crate::project::CONTENT_LANGUAGES;
use crate::validation::{FieldErrors, optional_paragraphs, optional_text, required_text};
use crate::{activity::ActivityMode, member::MemberCategory};
use serde::Deserialize;

code_enum! {
    /// The two levels of results below the plan's objective.
    pub enum ResultLevel {
        Outcome = "outcome",
        Output = "output",
    }
}

code_enum! {
    /// What an indicator measures.
    pub enum Measure {
        Count = "count",
        /// A share: a numerator over a denominator.
        Percentage = "percentage",
        /// Yes or no per member; the value is the number of members answering yes.
        YesNo = "yes_no",
        /// Words only, no figure.
        Narrative = "narrative",
    }
}

code_enum! {
    /// How the values of several periods combine into one figure for the plan.
    pub enum Aggregation {
        /// Period values are added (a person reached in two years counts twice).
        Sum = "sum",
        /// The value of the latest period that has one.
        Latest = "latest",
        /// The highest period value.
        Maximum = "maximum",
    }
}

code_enum! {
    /// Where an indicator's values come from.
    pub enum IndicatorSource {
        /// Counted from delivery data by a declared rule.
        Computed = "computed",
        /// Reported by member focal points or staff and approved.
        Reported = "reported",
    }
}

code_enum! {
    /// What a computed indicator counts, each counted once per period.
    pub enum Counts {
        People = "people",
        Members = "members",
        /// Completed activities.
        Activities = "activities",
    }
}

code_enum! {
    /// The ways a value can be broken down.
    pub enum Dimension {
        Sex = "sex",
        /// UN M49 region of the person's (or member's) country.
        Region = "region",
        MemberCategory = "member_category",
        StakeholderGroup = "stakeholder_group",
        /// World Bank income group of the country.
        IncomeGroup = "income_group",
        /// Least developed country.
        Ldc = "ldc",
        /// The member's developing-country status as recorded in the registry.
        Developing = "developing",
    }
}

code_enum! {
    /// Where a reported update is in its review.
    pub enum UpdateStatus {
        Draft = "draft",
        Submitted = "submitted",
        Approved = "approved",
        /// Sent back to its author with a reason.
        Returned = "returned",
    }
}

code_enum! {
    /// How an indicator stands against its target (see [`track`]).
    pub enum Track {
        OnTrack = "on_track",
        AtRisk = "at_risk",
        OffTrack = "off_track",
        NoTarget = "no_target",
        NoData = "no_data",
    }
}

/// The category every dimension uses for records that do not say.
pub const NOT_RECORDED: &str = "not_recorded";

impl Dimension {
    /// The categories of this dimension, in display order ([`NOT_RECORDED`] last).
    pub fn categories(self) -> Vec<&'static str> {
        let mut categories: Vec<&'static str> = match self {
            Self::Sex => Sex::ALL.iter().map(|s| s.as_str()).collect(),
            Self::StakeholderGroup => StakeholderGroup::ALL.iter().map(|g| g.as_str()).collect(),
            Self::Region => vec!["africa", "americas", "asia", "europe", "oceania"],
            Self::MemberCategory => MemberCategory::ALL.iter().map(|c| c.as_str()).collect(),
            Self::IncomeGroup => vec!["low", "lower_middle", "upper_middle", "high"],
            Self::Ldc | Self::Developing => vec!["yes", "no"],
        };
        if self != Self::Sex {
            categories.push(NOT_RECORDED);
        }
        categories
    }

    /// Whether records of `counts` carry this dimension: people have all of them,
    /// members only those of their country and registry entry, activities none.
    pub fn applies_to(self, counts: Counts) -> bool {
        match counts {
            Counts::People => true,
            Counts::Members => !matches!(self, Self::Sex | Self::StakeholderGroup),
            Counts::Activities => false,
        }
    }

    /// Parses a category of this dimension.
    pub fn category(self, raw: &str) -> Result<&'static str, &'static str> {
        let normalised = raw.trim().to_ascii_lowercase().replace([' ', '-'], "_");
        if normalised.is_empty() {
            return Err("required");
        }
        self.categories().into_iter().find(|c| *c == normalised).ok_or("invalid_category")
    }
}

/// A value of a period (or of the plan): a count, or a numerator over a denominator.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct Figure {
    pub numerator: i64,
    pub denominator: Option<i64>,
}

impl Figure {
    pub fn count(n: i64) -> Self {
        Self { numerator: n, denominator: None }
    }

    /// The value in hundredths: the count × 100, or the share in hundredths of a percent
    /// (rounded half up). A share of nothing has no value.
    pub fn hundredths(self) -> Option<i64> {
        match self.denominator {
            None => Some(self.numerator * 100),
            Some(0) => None,
            Some(d) => Some((self.numerator * 10_000 * 2 + d) / (2 * d)),
        }
    }
}

/// Combines period values into the plan's figure by `rule`. `values` are in period
/// order; shares add their numerators and denominators under [`Aggregation::Sum`].
pub fn aggregate(rule: Aggregation, values: &[(i64, Figure)]) -> Option<Figure> {
    let valued = values.iter().filter(|(_, f)| f.hundredths().is_some());
    match rule {
        Aggregation::Sum => {
            let mut total: Option<Figure> = None;
            for (_, f) in valued {
                total = Some(match total {
                    None => *f,
                    Some(t) => Figure {
                        numerator: t.numerator + f.numerator,
                        denominator: t.denominator.zip(f.denominator).map(|(a, b)| a + b),
                    },
                });
            }
            total
        }
        Aggregation::Latest => valued.max_by_key(|(period, _)| *period).map(|(_, f)| *f),
        Aggregation::Maximum => valued.max_by_key(|(period, f)| (f.hundredths(), -period)).map(|(_, f)| *f),
    }
}

/// The rule behind a status, compared in hundredths: an actual at or above its target
/// is on track, at or above three quarters of it at risk, below that off track. For the
/// period in progress the target is scaled by the share of it already elapsed
/// (`elapsed` from 0.0 to 1.0), so a year is not judged in March against December's
/// figure. Targets are minima: every indicator is one where more is better.
pub fn track(actual: Option<i64>, target: Option<i64>, elapsed: f64) -> Track {
    let Some(target) = target else { return Track::NoTarget };
    let Some(actual) = actual else { return Track::NoData };
    let expected = target as f64 * elapsed.clamp(0.0, 1.0);
    if actual as f64 >= expected {
        Track::OnTrack
    } else if actual as f64 >= expected * 0.75 {
        Track::AtRisk
    } else {
        Track::OffTrack
    }
}

/// A plan, an outcome or an output code: letters, digits, dots and hyphens.
pub fn result_code(raw: &str) -> Result<String, &'static str> {
    let code = required_text(raw, 40)?;
    if code.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_')) {
        Ok(code)
    } else {
        Err("invalid_code_format")
    }
}

/// Per-language text fields submitted as repeated fields in [`CONTENT_LANGUAGES`] order.
fn text_at(values: &[String], index: usize) -> &str {
    values.get(index).map(String::as_str).unwrap_or("")
}

/// The error field of a localised field: `title_fr`.
fn localised_field(base: &str, language: &str) -> &'static str {
    const NAMES: [[&str; 5]; 4] = [
        ["title_en", "title_fr", "title_es", "title_ar", "title_ru"],
        ["objective_en", "objective_fr", "objective_es", "objective_ar", "objective_ru"],
        ["definition_en", "definition_fr", "definition_es", "definition_ar", "definition_ru"],
        ["data_source_en", "data_source_fr", "data_source_es", "data_source_ar", "data_source_ru"],
    ];
    let row = match base {
        "objective" | "description" => 1,
        "definition" => 2,
        "data_source" => 3,
        _ => 0,
    };
    let column = CONTENT_LANGUAGES.iter().position(|l| *l == language).unwrap_or(0);
    NAMES[row][column]
}

/// Texts of one language: a title and up to two longer texts.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct LocalText {
    pub language: String,
    pub title: String,
    pub body: Option<String>,
    pub note: Option<String>,
}

/// Parses the title (required in English) and the two optional texts of each language.
fn local_texts(
    titles: &[String],
    bodies: &[String],
    notes: &[String],
    body_field: &str,
    errors: &mut FieldErrors,
) -> Vec<LocalText> {
    let mut texts = Vec::new();
    for (index, language) in CONTENT_LANGUAGES.iter().enumerate() {
        let title_field = localised_field("title", language);
        let title = if index == 0 {
            errors.check(title_field, required_text(text_at(titles, index), 300)).map(Some)
        } else {
            errors.check(title_field, optional_text(text_at(titles, index), 300))
        };
        let body = errors.check(localised_field(body_field, language), optional_text(text_at(bodies, index), 5_000));
        let note = errors.check(localised_field("data_source", language), optional_text(text_at(notes, index), 1_000));
        match (title, body, note) {
            (Some(Some(title)), Some(body), Some(note)) => {
                texts.push(LocalText { language: (*language).to_owned(), title, body, note });
            }
            (Some(None), Some(body), Some(note)) if body.is_some() || note.is_some() => {
                errors.push(title_field, "title_required_with_text");
            }
            _ => {}
        }
    }
    texts
}

/// The plan form as submitted.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct PlanFields {
    pub code: String,
    pub first_year: String,
    pub last_year: String,
    pub public: String,
    pub illustrative: String,
    /// One per content language, in order.
    pub title: Vec<String>,
    pub objective: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanInput {
    pub code: String,
    pub first_year: i64,
    pub last_year: i64,
    pub public: bool,
    pub illustrative: bool,
    /// `body` is the objective.
    pub texts: Vec<LocalText>,
}

fn flag(raw: &str) -> bool {
    matches!(raw, "true" | "on" | "1")
}

impl PlanInput {
    pub fn parse(raw: &PlanFields) -> Result<Self, FieldErrors> {
        let mut errors = FieldErrors::default();
        let code = errors.check("code", result_code(&raw.code));
        let first_year = errors.check("first_year", year(&raw.first_year));
        let last_year = errors.check("last_year", year(&raw.last_year));
        if let (Some(first), Some(last)) = (first_year, last_year) {
            if last < first {
                errors.push("last_year", "end_before_start");
            } else if last - first > 19 {
                errors.push("last_year", "plan_too_long");
            }
        }
        let texts = local_texts(&raw.title, &raw.objective, &[], "objective", &mut errors);
        match (code, first_year, last_year) {
            (Some(code), Some(first_year), Some(last_year)) if errors.is_empty() => Ok(Self {
                code,
                first_year,
                last_year,
                public: flag(&raw.public),
                illustrative: flag(&raw.illustrative),
                texts,
            }),
            _ => Err(errors),
        }
    }
}

/// An outcome or output form as submitted.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct ResultFields {
    pub level: String,
    /// The outcome an output belongs to (its code).
    pub parent: String,
    pub code: String,
    pub position: String,
    pub title: Vec<String>,
    pub description: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResultInput {
    pub level: ResultLevel,
    pub parent: Option<String>,
    pub code: String,
    pub position: i64,
    /// `body` is the description.
    pub texts: Vec<LocalText>,
}

fn position(raw: &str) -> Result<i64, &'static str> {
    match raw.trim() {
        "" => Ok(0),
        n => n.parse::<i64>().ok().filter(|n| (0..=10_000).contains(n)).ok_or("invalid_number"),
    }
}

impl ResultInput {
    pub fn parse(raw: &ResultFields) -> Result<Self, FieldErrors> {
        let mut errors = FieldErrors::default();
        let level = errors.check("level", ResultLevel::parse(&raw.level));
        let code = errors.check("code", result_code(&raw.code));
        let position = errors.check("position", position(&raw.position));
        let parent = match level {
            Some(ResultLevel::Output) => errors.check("parent", result_code(&raw.parent)).map(Some),
            _ => Some(None),
        };
        let texts = local_texts(&raw.title, &raw.description, &[], "description", &mut errors);
        match (level, code, position, parent) {
            (Some(level), Some(code), Some(position), Some(parent)) if errors.is_empty() => {
                Ok(Self { level, parent, code, position, texts })
            }
            _ => Err(errors),
        }
    }
}

/// The indicator form (and API body) as submitted.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct IndicatorFields {
    pub code: String,
    /// The outcome or output it measures (its code).
    pub result: String,
    pub position: String,
    pub measure: String,
    pub aggregation: String,
    pub source: String,
    /// `true` when values are reported per member.
    pub member_level: String,
    pub disaggregations: Vec<String>,
    pub baseline_year: String,
    pub baseline: String,
    /// Parallel lists: the period and its target (empty for none).
    pub target_period: Vec<String>,
    pub target: Vec<String>,
    pub title: Vec<String>,
    pub definition: Vec<String>,
    pub data_source: Vec<String>,
    pub counts: String,
    pub modes: Vec<String>,
    pub statuses: Vec<String>,
    /// `true` to count only activities serving the indicator's output (or the outputs
    /// of its outcome).
    pub output_only: String,
    /// `dimension=category`, restricting what is counted.
    pub filter: String,
    /// `dimension=category`, the part counted in the numerator of a percentage.
    pub numerator: String,
}

/// A `dimension=category` pair.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct Selector {
    pub dimension: Dimension,
    pub category: &'static str,
}

impl Selector {
    pub fn parse(raw: &str) -> Result<Option<Self>, &'static str> {
        let raw = raw.trim();
        if raw.is_empty() {
            return Ok(None);
        }
        let (dimension, category) = raw.split_once('=').ok_or("invalid_selector")?;
        let dimension = Dimension::parse(dimension).map_err(|_| "invalid_selector")?;
        let category = dimension.category(category).map_err(|_| "invalid_selector")?;
        Ok(Some(Self { dimension, category }))
    }

    pub fn as_text(&self) -> String {
        format!("{}={}", self.dimension.as_str(), self.category)
    }
}

/// How a computed indicator is counted from delivery data.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Computation {
    pub counts: Counts,
    /// Activity modes counted; empty means every mode.
    pub modes: Vec<ActivityMode>,
    /// Participation statuses counted; empty means those that count as reached.
    pub statuses: Vec<ParticipationStatus>,
    pub output_only: bool,
    pub filter: Option<Selector>,
    /// For percentages: the share of what is counted that matches.
    pub numerator: Option<Selector>,
}

impl Computation {
    /// The statuses counted, with the default spelled out.
    pub fn effective_statuses(&self) -> Vec<ParticipationStatus> {
        if self.statuses.is_empty() {
            ParticipationStatus::ALL.iter().copied().filter(|s| s.reached()).collect()
        } else {
            self.statuses.clone()
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IndicatorInput {
    pub code: String,
    pub result: String,
    pub position: i64,
    pub measure: Measure,
    pub aggregation: Aggregation,
    pub source: IndicatorSource,
    pub member_level: bool,
    pub disaggregations: Vec<Dimension>,
    pub baseline_year: Option<i64>,
    pub baseline: Option<i64>,
    /// Period and target in hundredths.
    pub targets: Vec<(i64, i64)>,
    /// `body` is the definition, `note` the data source.
    pub texts: Vec<LocalText>,
    pub computation: Option<Computation>,
}

/// A value in hundredths; percentages may not exceed 100.
pub fn value_hundredths(raw: &str, measure: Measure) -> Result<Option<i64>, &'static str> {
    if raw.trim().is_empty() {
        return Ok(None);
    }
    let value = amount_hundredths(raw).map_err(|_| "invalid_value")?;
    match measure {
        Measure::Percentage if value > 10_000 => Err("percentage_over_100"),
        Measure::Count | Measure::YesNo if value % 100 != 0 => Err("whole_number_required"),
        _ => Ok(Some(value)),
    }
}

/// Parses every item of a list of codes, without repeats, in the list's own order.
fn codes<T: Copy + Ord>(
    items: &[String],
    parse: impl Fn(&str) -> Result<T, &'static str>,
) -> Result<Vec<T>, &'static str> {
    let mut parsed = Vec::new();
    for item in items.iter().filter(|i| !i.trim().is_empty()) {
        parsed.push(parse(item)?);
    }
    parsed.sort();
    parsed.dedup();
    Ok(parsed)
}

impl IndicatorInput {
    pub fn parse(raw: &IndicatorFields) -> Result<Self, FieldErrors> {
        let mut errors = FieldErrors::default();
        let code = errors.check("code", result_code(&raw.code));
        let result = errors.check("result", result_code(&raw.result));
        let position = errors.check("position", position(&raw.position));
        let measure = errors.check("measure", Measure::parse(&raw.measure));
        let aggregation = errors.check("aggregation", Aggregation::parse(&raw.aggregation));
        let source = errors.check("source", IndicatorSource::parse(&raw.source));
        let member_level = flag(&raw.member_level);
        let disaggregations = errors.check("disaggregations", codes(&raw.disaggregations, Dimension::parse));
        let baseline_year = errors.check(
            "baseline_year",
            if raw.baseline_year.trim().is_empty() { Ok(None) } else { year(&raw.baseline_year).map(Some) },
        );
        let measure_or_count = measure.unwrap_or(Measure::Count);
        let baseline = errors.check("baseline", value_hundredths(&raw.baseline, measure_or_count));
        if matches!((baseline_year, baseline), (Some(None), Some(Some(_))) | (Some(Some(_)), Some(None))) {
            errors.push("baseline", "baseline_needs_year_and_value");
        }
        let mut targets = Vec::new();
        for (index, period) in raw.target_period.iter().enumerate() {
            let value = raw.target.get(index).map(String::as_str).unwrap_or("");
            match (year(period), value_hundredths(value, measure_or_count)) {
                (Ok(period), Ok(Some(value))) if !targets.iter().any(|(p, _)| *p == period) => {
                    targets.push((period, value));
                }
                (Ok(_), Ok(_)) => {}
                (Err(code), _) | (_, Err(code)) => errors.push("target", code),
            }
        }
        targets.sort();
        let texts = local_texts(&raw.title, &raw.definition, &raw.data_source, "definition", &mut errors);
        if measure == Some(Measure::Narrative) && !targets.is_empty() {
            errors.push("target", "no_target_for_narrative");
        }
        let computation = match source {
            Some(IndicatorSource::Computed) => Self::computation(raw, measure, &mut errors).map(Some),
            _ => Some(None),
        };
        if let (Some(Some(computation)), Some(disaggregations)) = (&computation, &disaggregations)
            && disaggregations.iter().any(|d| !d.applies_to(computation.counts))
        {
            errors.push("disaggregations", "dimension_not_available");
        }
        if source == Some(IndicatorSource::Computed) && member_level {
            errors.push("member_level", "computed_not_member_level");
        }
        if measure == Some(Measure::YesNo) && !member_level {
            errors.push("member_level", "yes_no_is_per_member");
        }
        match (
            code,
            result,
            position,
            measure,
            aggregation,
            source,
            disaggregations,
            baseline_year,
            baseline,
            computation,
        ) {
            (
                Some(code),
                Some(result),
                Some(position),
                Some(measure),
                Some(aggregation),
                Some(source),
                Some(disaggregations),
                Some(baseline_year),
                Some(baseline),
                Some(computation),
            ) if errors.is_empty() => Ok(Self {
                code,
                result,
                position,
                measure,
                aggregation,
                source,
                member_level,
                disaggregations,
                baseline_year,
                baseline,
                targets,
                texts,
                computation,
            }),
            _ => Err(errors),
        }
    }

    fn computation(raw: &IndicatorFields, measure: Option<Measure>, errors: &mut FieldErrors) -> Option<Computation> {
        let before = errors.0.len();
        if matches!(measure, Some(Measure::YesNo | Measure::Narrative)) {
            errors.push("measure", "not_computable");
        }
        let counts = errors.check("counts", Counts::parse(&raw.counts));
        let modes = errors.check("modes", codes(&raw.modes, ActivityMode::parse));
        let statuses = errors.check("statuses", codes(&raw.statuses, ParticipationStatus::parse));
        let filter = errors.check("filter", Selector::parse(&raw.filter));
        let numerator = errors.check("numerator", Selector::parse(&raw.numerator));
        if let Some(counts) = counts {
            for (field, selector) in [("filter", filter), ("numerator", numerator)] {
                if let Some(Some(s)) = selector
                    && !s.dimension.applies_to(counts)
                {
                    errors.push(field, "dimension_not_available");
                }
            }
            if counts == Counts::Activities && matches!(&statuses, Some(s) if !s.is_empty()) {
                errors.push("statuses", "statuses_not_for_activities");
            }
        }
        match (measure, numerator) {
            (Some(Measure::Percentage), Some(None)) => errors.push("numerator", "required_for_percentage"),
            (Some(Measure::Count), Some(Some(_))) => errors.push("numerator", "only_for_percentage"),
            _ => {}
        }
        match (counts, modes, statuses, filter, numerator) {
            (Some(counts), Some(modes), Some(statuses), Some(filter), Some(numerator)) if errors.0.len() == before => {
                Some(Computation { counts, modes, statuses, output_only: flag(&raw.output_only), filter, numerator })
            }
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn indicator_fields() -> IndicatorFields {
        IndicatorFields {
            code: "OP1.1".into(),
            result: "OP1".into(),
            measure: "count".into(),
            aggregation: "sum".into(),
            source: "computed".into(),
            counts: "people".into(),
            modes: vec!["elearning".into()],
            statuses: vec!["completed".into()],
            disaggregations: vec!["sex".into()],
            target_period: vec!["2024".into(), "2025".into()],
            target: vec!["120".into(), "".into()],
            title: vec!["People completing eLearning".into()],
            ..Default::default()
        }
    }

    #[test]
    fn a_computed_indicator_parses_with_its_rule() {
        let input = IndicatorInput::parse(&indicator_fields()).unwrap();
        assert_eq!(input.targets, vec![(2024, 12_000)]);
        let computation = input.computation.unwrap();
        assert_eq!(computation.counts, Counts::People);
        assert_eq!(computation.modes, vec![ActivityMode::Elearning]);
        assert_eq!(computation.effective_statuses(), vec![ParticipationStatus::Completed]);
        assert_eq!(input.texts[0].title, "People completing eLearning");
    }

    #[test]
    fn an_indicator_with_mistakes_names_each_field() {
        let mut raw = indicator_fields();
        raw.measure = "percentage".into();
        raw.counts = "activities".into();
        raw.disaggregations = vec!["sex".into()];
        raw.filter = "sex=unknown".into();
        raw.target = vec!["101".into(), "".into()];
        raw.title = vec![String::new()];
        let errors = IndicatorInput::parse(&raw).unwrap_err();
        for field in ["numerator", "filter", "target", "title_en", "statuses"] {
            assert!(errors.for_field(field).is_some(), "{field}: {errors}");
        }
        assert_eq!(errors.for_field("target").unwrap().code, "percentage_over_100");
    }

    #[test]
    fn member_level_and_measures_must_agree() {
        let mut raw = indicator_fields();
        raw.source = "reported".into();
        raw.measure = "yes_no".into();
        let errors = IndicatorInput::parse(&raw).unwrap_err();
        assert_eq!(errors.for_field("member_level").unwrap().code, "yes_no_is_per_member");
        raw.member_level = "true".into();
        assert!(IndicatorInput::parse(&raw).is_ok());
    }

    #[test]
    fn shares_round_half_up_and_a_share_of_nothing_has_no_value() {
        assert_eq!(Figure { numerator: 1, denominator: Some(3) }.hundredths(), Some(3_333));
        assert_eq!(Figure { numerator: 2, denominator: Some(3) }.hundredths(), Some(6_667));
        assert_eq!(Figure { numerator: 0, denominator: Some(0) }.hundredths(), None);
        assert_eq!(Figure::count(7).hundredths(), Some(700));
    }

    #[test]
    fn aggregation_rules_combine_periods_as_stated() {
        let values = [(2022, Figure::count(5)), (2023, Figure::count(9)), (2024, Figure::count(4))];
        assert_eq!(aggregate(Aggregation::Sum, &values), Some(Figure::count(18)));
        assert_eq!(aggregate(Aggregation::Latest, &values), Some(Figure::count(4)));
        assert_eq!(aggregate(Aggregation::Maximum, &values), Some(Figure::count(9)));
        assert_eq!(aggregate(Aggregation::Sum, &[]), None);
        let shares = [
            (2022, Figure { numerator: 1, denominator: Some(4) }),
            (2023, Figure { numerator: 3, denominator: Some(4) }),
            (2024, Figure { numerator: 0, denominator: Some(0) }),
        ];
        assert_eq!(aggregate(Aggregation::Sum, &shares), Some(Figure { numerator: 4, denominator: Some(8) }));
        // A period with nothing to share is skipped, not taken as the latest.
        assert_eq!(aggregate(Aggregation::Latest, &shares), Some(Figure { numerator: 3, denominator: Some(4) }));
    }

    #[test]
    fn the_track_rule_scales_the_target_of_the_period_in_progress() {
        assert_eq!(track(Some(100), Some(100), 1.0), Track::OnTrack);
        assert_eq!(track(Some(75), Some(100), 1.0), Track::AtRisk);
        assert_eq!(track(Some(74), Some(100), 1.0), Track::OffTrack);
        assert_eq!(track(Some(50), Some(100), 0.5), Track::OnTrack);
        assert_eq!(track(None, Some(100), 1.0), Track::NoData);
        assert_eq!(track(Some(1), None, 1.0), Track::NoTarget);
    }

    #[test]
    fn selectors_and_categories_parse() {
        let s = Selector::parse("sex=female").unwrap().unwrap();
        assert_eq!((s.dimension, s.category), (Dimension::Sex, "female"));
        assert_eq!(s.as_text(), "sex=female");
        assert_eq!(Selector::parse("ldc = Yes").unwrap().unwrap().category, "yes");
        assert_eq!(Selector::parse("sex"), Err("invalid_selector"));
        assert_eq!(Selector::parse(""), Ok(None));
        assert!(Dimension::Region.categories().contains(&NOT_RECORDED));
        assert!(!Dimension::Sex.applies_to(Counts::Members));
    }

    #[test]
    fn plans_and_results_validate() {
        let plan = PlanFields {
            code: "AP-2021-2025".into(),
            first_year: "2021".into(),
            last_year: "2020".into(),
            title: vec!["Plan".into()],
            ..Default::default()
        };
        assert_eq!(PlanInput::parse(&plan).unwrap_err().for_field("last_year").unwrap().code, "end_before_start");
        let output = ResultFields {
            level: "output".into(),
            code: "OP1".into(),
            title: vec!["Output".into(), String::new(), String::new(), String::new(), String::new()],
            ..Default::default()
        };
        assert_eq!(ResultInput::parse(&output).unwrap_err().for_field("parent").unwrap().code, "required");
    }
}

/// A reported update as submitted by a focal point or staff.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct UpdateFields {
    pub indicator: String,
    pub period: String,
    /// The member reported for (alpha-2), for member-level indicators.
    pub member: String,
    /// A count.
    pub value: String,
    pub numerator: String,
    pub denominator: String,
    /// `yes` or `no`.
    pub yes: String,
    pub narrative: String,
    pub evidence_url: String,
    /// Parallel lists: `dimension=category`, and its value (`12`, or `3/4` for a share).
    pub part: Vec<String>,
    pub part_value: Vec<String>,
    /// `submit` to send the update for review; anything else keeps it a draft.
    pub intent: String,
}

/// What an update reports, checked against the indicator's measure.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct UpdateInput {
    pub indicator: String,
    pub period: i64,
    pub member: Option<crate::CountryCode>,
    pub numerator: Option<i64>,
    pub denominator: Option<i64>,
    pub yes: Option<bool>,
    pub narrative: Option<String>,
    pub evidence_url: Option<String>,
    /// Breakdown: selector, numerator, denominator.
    pub parts: Vec<(Selector, i64, Option<i64>)>,
}

fn whole(raw: &str) -> Result<Option<i64>, &'static str> {
    match raw.trim() {
        "" => Ok(None),
        n => n.parse::<i64>().ok().filter(|n| (0..=1_000_000_000).contains(n)).map(Some).ok_or("invalid_whole_number"),
    }
}

/// `3/4` for a share, or a whole number for a count.
fn part_value(raw: &str, measure: Measure) -> Result<Option<(i64, Option<i64>)>, &'static str> {
    let raw = raw.trim();
    if raw.is_empty() {
        return Ok(None);
    }
    match measure {
        Measure::Percentage => {
            let (n, d) = raw.split_once('/').ok_or("share_format")?;
            match (whole(n)?, whole(d)?) {
                (Some(n), Some(d)) if n <= d && d > 0 => Ok(Some((n, Some(d)))),
                _ => Err("share_format"),
            }
        }
        _ => Ok(whole(raw)?.map(|n| (n, None))),
    }
}

impl UpdateInput {
    /// Parses `raw` for an indicator measured by `measure` and broken down by
    /// `dimensions`; `member_level` says whether a member must be named.
    pub fn parse(
        raw: &UpdateFields,
        measure: Measure,
        member_level: bool,
        dimensions: &[Dimension],
    ) -> Result<Self, FieldErrors> {
        let mut errors = FieldErrors::default();
        let indicator = errors.check("indicator", result_code(&raw.indicator));
        let period = errors.check("period", year(&raw.period));
        let member = if member_level {
            errors.check("member", crate::CountryCode::parse(&raw.member)).map(Some)
        } else if raw.member.trim().is_empty() {
            Some(None)
        } else {
            errors.push("member", "not_member_level");
            None
        };
        let narrative = errors.check("narrative", optional_paragraphs(&raw.narrative, 10_000));
        let evidence_url = errors.check("evidence_url", crate::validation::optional_url(&raw.evidence_url));
        let (mut numerator, mut denominator, mut yes) = (None, None, None);
        match measure {
            Measure::Count => {
                numerator = errors.check("value", whole(&raw.value).and_then(|v| v.ok_or("required").map(Some)));
            }
            Measure::Percentage => {
                let n = errors.check("numerator", whole(&raw.numerator).and_then(|v| v.ok_or("required")));
                let d = errors.check("denominator", whole(&raw.denominator).and_then(|v| v.ok_or("required")));
                if let (Some(n), Some(d)) = (n, d) {
                    if d == 0 {
                        errors.push("denominator", "denominator_zero");
                    } else if n > d {
                        errors.push("numerator", "numerator_over_denominator");
                    }
                }
                numerator = n.map(Some);
                denominator = d.map(Some);
            }
            Measure::YesNo => {
                yes = match raw.yes.trim() {
                    "yes" | "true" => Some(Some(true)),
                    "no" | "false" => Some(Some(false)),
                    "" => {
                        errors.push("yes", "required");
                        None
                    }
                    _ => {
                        errors.push("yes", "invalid_code");
                        None
                    }
                };
            }
            Measure::Narrative => {
                if matches!(narrative, Some(None)) {
                    errors.push("narrative", "required");
                }
            }
        }
        let mut parts = Vec::new();
        for (index, selector) in raw.part.iter().enumerate() {
            let value = raw.part_value.get(index).map(String::as_str).unwrap_or("");
            match (Selector::parse(selector), part_value(value, measure)) {
                (Ok(Some(s)), Ok(Some((n, d)))) if dimensions.contains(&s.dimension) => parts.push((s, n, d)),
                (Ok(Some(s)), Ok(Some(_))) if !dimensions.contains(&s.dimension) => {
                    errors.push("part", "dimension_not_available")
                }
                (Ok(_), Ok(_)) => {}
                (Err(code), _) | (_, Err(code)) => errors.push("part", code),
            }
        }
        if matches!(measure, Measure::YesNo | Measure::Narrative) && !parts.is_empty() {
            errors.push("part", "no_breakdown_for_measure");
        }
        match (indicator, period, member, narrative, evidence_url, numerator, denominator, yes) {
            (Some(indicator), Some(period), Some(member), Some(narrative), Some(evidence_url), n, d, y)
                if errors.is_empty() =>
            {
                Ok(Self {
                    indicator,
                    period,
                    member,
                    numerator: n.flatten(),
                    denominator: d.flatten(),
                    yes: y.flatten(),
                    narrative,
                    evidence_url,
                    parts,
                })
            }
            _ => Err(errors),
        }
    }
}

impl UpdateStatus {
    /// Whether a reviewer or author may move an update from this status to `to`:
    /// drafts and returned updates are submitted, submitted ones approved or returned.
    /// An approved update stays; a newer one replaces it once approved in turn.
    pub fn can_move_to(self, to: UpdateStatus) -> bool {
        matches!(
            (self, to),
            (Self::Draft | Self::Returned, Self::Submitted) | (Self::Submitted, Self::Approved | Self::Returned)
        )
    }

    /// Whether its author may still change it.
    pub fn editable(self) -> bool {
        matches!(self, Self::Draft | Self::Returned)
    }
}

#[cfg(test)]
mod update_tests {
    use super::*;

    fn fields() -> UpdateFields {
        UpdateFields { indicator: "OC1.1".into(), period: "2025".into(), member: "KE".into(), ..Default::default() }
    }

    #[test]
    fn updates_are_checked_against_their_measure() {
        let mut raw = fields();
        raw.value = "12".into();
        raw.part = vec!["sex=female".into(), "sex=male".into()];
        raw.part_value = vec!["5".into(), "".into()];
        let input = UpdateInput::parse(&raw, Measure::Count, true, &[Dimension::Sex]).unwrap();
        assert_eq!(input.numerator, Some(12));
        assert_eq!(input.parts.len(), 1);
        assert_eq!(input.member.unwrap().to_string(), "KE");

        let mut share = fields();
        share.numerator = "5".into();
        share.denominator = "4".into();
        let errors = UpdateInput::parse(&share, Measure::Percentage, true, &[]).unwrap_err();
        assert_eq!(errors.for_field("numerator").unwrap().code, "numerator_over_denominator");

        let errors = UpdateInput::parse(&fields(), Measure::YesNo, true, &[]).unwrap_err();
        assert_eq!(errors.for_field("yes").unwrap().code, "required");
        let errors = UpdateInput::parse(&fields(), Measure::Count, false, &[]).unwrap_err();
        assert_eq!(errors.for_field("member").unwrap().code, "not_member_level");

        let mut bad_part = fields();
        bad_part.value = "3".into();
        bad_part.part = vec!["region=africa".into()];
        bad_part.part_value = vec!["2".into()];
        let errors = UpdateInput::parse(&bad_part, Measure::Count, true, &[Dimension::Sex]).unwrap_err();
        assert_eq!(errors.for_field("part").unwrap().code, "dimension_not_available");
    }

    #[test]
    fn the_review_path_is_checked() {
        use UpdateStatus::*;
        assert!(Draft.can_move_to(Submitted));
        assert!(Submitted.can_move_to(Returned));
        assert!(Returned.can_move_to(Submitted));
        assert!(!Draft.can_move_to(Approved));
        assert!(!Approved.can_move_to(Returned));
        assert!(Returned.editable() && !Submitted.editable());
    }
}
