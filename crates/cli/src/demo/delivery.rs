//! The generator of demonstration delivery data: one batch of projects with their
//! activities, people and participation, made from the real reference data (developing
//! members, their countries and regions, SDGs) and a seeded random number generator.
//!
//! A batch is a pure function of its number and the reference data: batch 3 is the
//! same whether it is written by `--scale 3` or by `--scale 100`. Its records point at
//! each other by position; [`super::write`] turns positions into ids as it inserts.
//! Activities are made in [`super::activities`], people and participation in
//! [`super::participants`].

use super::calendar::{self, AS_OF, FIRST_DAY, LAST_DAY};
use super::catalogue::{self, DONORS, THEMES};
use super::names::{self, NameSet};
use apdc_domain::activity::{FollowUp, StaffRole};
use apdc_domain::person::ParticipationStatus;
use apdc_domain::project::{FinanceKind, OrgRole, ProjectStatus, ProjectText, Scope};
use apdc_store::bulk::{NewActivity, NewBudget, NewFinance, NewPerson, NewProject};
use apdc_store::members::Member;
use rand::prelude::*;
use std::collections::BTreeMap;
use time::Date;
use time::macros::date;

/// Projects in one batch.
pub const PROJECTS_PER_BATCH: usize = 40;

/// Where the random choices of batch `n` start; any fixed value would do.
const SEED: u64 = 0x00A9_DC0D_E5EE_D000;

/// The code of project `n` (from 1) of batch `batch`: `DEMO-0001` in the first batch,
/// `DEMO-7-0001` in the seventh, so that every code is unique.
pub fn project_code(batch: u32, n: usize) -> String {
    if batch == 1 { format!("DEMO-{n:04}") } else { format!("DEMO-{batch}-{n:04}") }
}

/// A developing member projects can work with, with what the generator needs of it.
pub struct Beneficiary {
    pub id: i64,
    pub alpha2: String,
    /// How its staff name their employer: the acronym, else the name.
    pub body: String,
    pub country_en: String,
    pub country_fr: String,
    /// The M49 intermediate region, else the sub-region ("Eastern Africa").
    pub region: String,
    pub language: &'static str,
    /// City and time zone.
    pub place: Option<(&'static str, &'static str)>,
    pub names: &'static NameSet,
}

/// The reference data the generator works from.
pub struct World {
    /// Developing members, by country code.
    pub members: Vec<Beneficiary>,
    /// Regions with at least three developing members: name and member positions.
    pub regions: Vec<(String, Vec<usize>)>,
}

impl World {
    /// The world of `members` (the developing ones are kept).
    pub fn new(members: Vec<Member>) -> anyhow::Result<Self> {
        let mut members: Vec<Beneficiary> = members
            .into_iter()
            .filter(|m| m.developing)
            .map(|m| {
                let alpha2 = m.alpha2.to_string();
                let region = m.intermediate_region.or(m.subregion).or(m.region).unwrap_or_default();
                Beneficiary {
                    id: m.id,
                    body: m.acronym.or(m.name).unwrap_or_else(|| format!("{} standards body", m.country_names.en)),
                    country_en: m.country_names.en,
                    country_fr: m.country_names.fr,
                    language: catalogue::language(&alpha2),
                    place: catalogue::place(&alpha2),
                    names: names::for_country(&alpha2, &region),
                    region,
                    alpha2,
                }
            })
            .collect();
        members.sort_by(|a, b| a.alpha2.cmp(&b.alpha2));
        if members.is_empty() {
            anyhow::bail!("no developing member in the registry: load the reference data first (apdc seed)");
        }
        let mut regions: BTreeMap<String, Vec<usize>> = BTreeMap::new();
        for (i, member) in members.iter().enumerate() {
            regions.entry(member.region.clone()).or_default().push(i);
        }
        let regions = regions.into_iter().filter(|(name, list)| !name.is_empty() && list.len() >= 3).collect();
        Ok(Self { members, regions })
    }
}

/// The ids of the records every batch links to, in the order of the catalogue.
pub struct Links {
    pub donors: Vec<i64>,
    pub implementers: Vec<i64>,
    pub themes: Vec<i64>,
}

/// An activity, pointing at its project and staff by position.
pub struct PlannedActivity {
    pub project: usize,
    /// The row; its project id and staff are filled in once those have ids.
    pub row: NewActivity,
    pub staff: Vec<(usize, StaffRole)>,
    /// Coaching sessions: day and notes.
    pub sessions: Vec<(String, String)>,
    pub recommendations: Vec<(String, FollowUp)>,
}

/// A participation, pointing at its activity and person by position.
pub struct PlannedParticipation {
    pub activity: usize,
    pub person: usize,
    pub status: ParticipationStatus,
    pub nominated_by: Option<i64>,
    pub status_changed_at: i64,
}

/// One batch of generated records.
pub struct Batch {
    pub number: u32,
    pub projects: Vec<NewProject>,
    pub activities: Vec<PlannedActivity>,
    pub people: Vec<NewPerson>,
    pub participations: Vec<PlannedParticipation>,
}

impl Batch {
    /// The code of its first project: present in the database once the batch is.
    pub fn first_code(number: u32) -> String {
        project_code(number, 1)
    }
}

/// What activities of a project need to know of it.
pub(super) struct ProjectPlan {
    pub theme: usize,
    pub status: ProjectStatus,
    /// Member positions.
    pub members: Vec<usize>,
    pub language: &'static str,
    /// When its activities may take place.
    pub window: (Date, Date),
    /// When it was cancelled or suspended: later activities do not take place.
    pub stopped: Option<Date>,
}

/// The state of the generation of one batch.
pub(super) struct Generator<'w> {
    pub world: &'w World,
    pub rng: StdRng,
    pub batch: Batch,
    /// People of each member (by member position), to draw repeat participants from.
    pub pool: Vec<Vec<usize>>,
    /// The standards body staff among them.
    pub nsb_pool: Vec<Vec<usize>>,
    /// Experts, coaches and trainers.
    pub experts: Vec<usize>,
    /// First and family name of each person, to write a duplicate's name.
    pub person_names: Vec<(String, String)>,
    titles: BTreeMap<String, usize>,
    links: &'w Links,
}

/// Generates batch `number`.
pub fn generate(world: &World, links: &Links, number: u32) -> Batch {
    let mut generator = Generator {
        world,
        rng: StdRng::seed_from_u64(SEED + u64::from(number)),
        batch: Batch {
            number,
            projects: Vec::new(),
            activities: Vec::new(),
            people: Vec::new(),
            participations: Vec::new(),
        },
        pool: vec![Vec::new(); world.members.len()],
        nsb_pool: vec![Vec::new(); world.members.len()],
        experts: Vec::new(),
        person_names: Vec::new(),
        titles: BTreeMap::new(),
        links,
    };
    for n in 1..=PROJECTS_PER_BATCH {
        let plan = generator.project(n);
        let index = generator.batch.projects.len() - 1;
        for _ in 0..generator.activity_count(plan.status) {
            generator.activity(index, &plan);
        }
    }
    generator.duplicates();
    generator.batch
}

/// One of `choices`, each as likely as its weight.
pub(super) fn weighted<T: Copy>(rng: &mut impl Rng, choices: &[(T, u32)]) -> T {
    let total: u32 = choices.iter().map(|(_, weight)| weight).sum();
    let mut roll = rng.random_range(0..total.max(1));
    for (value, weight) in choices {
        if roll < *weight {
            return *value;
        }
        roll -= weight;
    }
    choices[0].0
}

/// The dates of a project.
struct ProjectDates {
    planned_start: Date,
    planned_end: Date,
    actual_start: Option<Date>,
    actual_end: Option<Date>,
    stopped: Option<Date>,
}

impl Generator<'_> {
    fn project(&mut self, n: usize) -> ProjectPlan {
        use ProjectStatus::*;
        let status = weighted(
            &mut self.rng,
            &[(Implementation, 35), (Closed, 35), (Pipeline, 10), (Finalisation, 10), (Cancelled, 5), (Suspended, 5)],
        );
        let scope = weighted(&mut self.rng, &[(Scope::National, 50), (Scope::Regional, 35), (Scope::Global, 15)]);
        let (members, region) = self.reach(scope);
        let theme = self.rng.random_range(0..THEMES.len());
        let second_theme =
            self.rng.random_bool(0.4).then(|| (theme + self.rng.random_range(1..THEMES.len())) % THEMES.len());
        let dates = self.dates(status);
        let language = self.language_of(&members);
        let texts = self.texts(theme, scope, &members, region.as_deref(), language);
        let (finances, budgets, partners) = self.money(status, &dates);
        let mut themes = vec![self.links.themes[theme]];
        themes.extend(second_theme.map(|t| self.links.themes[t]));
        let sdgs = self.sdgs(theme, second_theme);
        let countries = members.iter().map(|m| self.world.members[*m].alpha2.clone()).collect();
        self.batch.projects.push(NewProject {
            code: project_code(self.batch.number, n),
            status,
            scope,
            planned_start: Some(calendar::iso(dates.planned_start)),
            planned_end: Some(calendar::iso(dates.planned_end)),
            actual_start: dates.actual_start.map(calendar::iso),
            actual_end: dates.actual_end.map(calendar::iso),
            public: self.rng.random_bool(0.85),
            texts,
            countries,
            regions: region.into_iter().collect(),
            members: members.iter().map(|m| self.world.members[*m].id).collect(),
            themes,
            sdgs,
            partners,
            finances,
            budgets,
        });
        ProjectPlan {
            theme,
            status,
            members,
            language,
            window: (dates.actual_start.unwrap_or(dates.planned_start), dates.actual_end.unwrap_or(dates.planned_end)),
            stopped: dates.stopped,
        }
    }

    /// The members a project works with (positions, in country order), and its region
    /// when it is regional. A global project names many members or none.
    fn reach(&mut self, scope: Scope) -> (Vec<usize>, Option<String>) {
        let everyone = self.world.members.len();
        let mut members = match scope {
            Scope::National => vec![self.rng.random_range(0..everyone)],
            Scope::Regional if !self.world.regions.is_empty() => {
                let (name, list) = &self.world.regions[self.rng.random_range(0..self.world.regions.len())];
                let count = self.rng.random_range(2..=list.len().min(5));
                let mut chosen: Vec<usize> = list.choose_multiple(&mut self.rng, count).copied().collect();
                chosen.sort_unstable();
                return (chosen, Some(name.clone()));
            }
            Scope::Regional | Scope::Global => {
                if self.rng.random_bool(0.5) {
                    Vec::new()
                } else {
                    let count = self.rng.random_range(6..=12).min(everyone);
                    rand::seq::index::sample(&mut self.rng, everyone, count).into_vec()
                }
            }
        };
        members.sort_unstable();
        (members, None)
    }

    /// The language most of `members` work in; English when they differ or there are none.
    fn language_of(&self, members: &[usize]) -> &'static str {
        let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
        for m in members {
            *counts.entry(self.world.members[*m].language).or_default() += 1;
        }
        match counts.into_iter().max_by_key(|(_, n)| *n) {
            Some((language, n)) if n * 2 > members.len() => language,
            _ => "en",
        }
    }

    /// Dates that fit `status` as of [`AS_OF`]: a closed project ended, one in the
    /// pipeline has not started, a cancelled or suspended one stopped on some day.
    fn dates(&mut self, status: ProjectStatus) -> ProjectDates {
        use calendar::{add_days, between};
        let rng = &mut self.rng;
        match status {
            ProjectStatus::Closed => {
                let actual_end = between(rng, date!(2022 - 09 - 01), add_days(AS_OF, -45));
                let actual_start = add_days(actual_end, -rng.random_range(540..=1095)).max(FIRST_DAY);
                let planned_start = add_days(actual_start, -rng.random_range(0..=45)).max(FIRST_DAY);
                let planned_end = add_days(actual_end, -rng.random_range(0..=120)).max(add_days(planned_start, 365));
                ProjectDates {
                    planned_start,
                    planned_end,
                    actual_start: Some(actual_start),
                    actual_end: Some(actual_end),
                    stopped: None,
                }
            }
            ProjectStatus::Finalisation => {
                let planned_end = between(rng, add_days(AS_OF, -120), add_days(AS_OF, 60));
                let actual_start = add_days(planned_end, -rng.random_range(540..=1095)).max(FIRST_DAY);
                let planned_start = add_days(actual_start, -rng.random_range(0..=30)).max(FIRST_DAY);
                ProjectDates {
                    planned_start,
                    planned_end,
                    actual_start: Some(actual_start),
                    actual_end: None,
                    stopped: None,
                }
            }
            ProjectStatus::Implementation => {
                let actual_start = between(rng, date!(2023 - 01 - 09), date!(2026 - 06 - 30));
                let earliest_end = add_days(actual_start, 540).max(date!(2026 - 12 - 01)).min(LAST_DAY);
                let planned_end = between(rng, earliest_end, LAST_DAY);
                let planned_start = add_days(actual_start, -rng.random_range(0..=45)).max(FIRST_DAY);
                ProjectDates {
                    planned_start,
                    planned_end,
                    actual_start: Some(actual_start),
                    actual_end: None,
                    stopped: None,
                }
            }
            ProjectStatus::Pipeline => {
                let planned_start = between(rng, date!(2026 - 12 - 01), date!(2027 - 06 - 30));
                let planned_end = add_days(planned_start, rng.random_range(180..=540)).min(LAST_DAY);
                ProjectDates { planned_start, planned_end, actual_start: None, actual_end: None, stopped: None }
            }
            ProjectStatus::Cancelled => {
                let planned_start = between(rng, date!(2022 - 01 - 03), date!(2025 - 06 - 30));
                let planned_end = add_days(planned_start, rng.random_range(540..=1095)).min(LAST_DAY);
                if rng.random_bool(0.5) {
                    let actual_start = add_days(planned_start, rng.random_range(0..=30));
                    let cancelled = add_days(actual_start, rng.random_range(90..=400)).min(add_days(AS_OF, -10));
                    ProjectDates {
                        planned_start,
                        planned_end,
                        actual_start: Some(actual_start),
                        actual_end: Some(cancelled),
                        stopped: Some(cancelled),
                    }
                } else {
                    // Cancelled before it began: nothing of it took place.
                    let cancelled = add_days(planned_start, -rng.random_range(1..=60));
                    ProjectDates {
                        planned_start,
                        planned_end,
                        actual_start: None,
                        actual_end: None,
                        stopped: Some(cancelled),
                    }
                }
            }
            ProjectStatus::Suspended => {
                let actual_start = between(rng, date!(2023 - 06 - 01), date!(2025 - 12 - 31));
                let planned_end = add_days(actual_start, rng.random_range(720..=1095)).min(LAST_DAY);
                let planned_start = add_days(actual_start, -rng.random_range(0..=30)).max(FIRST_DAY);
                let suspended =
                    between(rng, add_days(actual_start, 120).max(add_days(AS_OF, -300)), add_days(AS_OF, -20));
                ProjectDates {
                    planned_start,
                    planned_end,
                    actual_start: Some(actual_start),
                    actual_end: None,
                    stopped: Some(suspended),
                }
            }
        }
    }

    /// How many activities a project in `status` has.
    fn activity_count(&mut self, status: ProjectStatus) -> usize {
        let range = match status {
            ProjectStatus::Implementation | ProjectStatus::Closed => 8..=16,
            ProjectStatus::Finalisation => 7..=13,
            ProjectStatus::Suspended => 3..=8,
            ProjectStatus::Pipeline | ProjectStatus::Cancelled => 1..=3,
        };
        self.rng.random_range(range)
    }

    /// English texts, and French ones for most projects (all that work in French).
    fn texts(
        &mut self,
        theme: usize,
        scope: Scope,
        members: &[usize],
        region: Option<&str>,
        language: &str,
    ) -> Vec<ProjectText> {
        let info = &THEMES[theme];
        let bodies: Vec<&str> = members.iter().map(|m| self.world.members[*m].body.as_str()).collect();
        let (place_en, place_fr) = match (scope, members, region) {
            // Dashes, because country names take articles unpredictably ("the Philippines").
            (Scope::National, [only], _) => {
                let member = &self.world.members[*only];
                (format!("— {}", member.country_en), format!("— {}", member.country_fr))
            }
            (_, _, Some(region)) => (
                if region == "Caribbean" { "for the Caribbean".to_owned() } else { format!("for {region}") },
                catalogue::in_region_fr(region).map_or_else(|| format!("— {region}"), str::to_owned),
            ),
            _ => ("for developing countries".to_owned(), "dans les pays en développement".to_owned()),
        };
        let title_en = self.numbered(format!("{} {place_en}", info.title_en));
        let title_fr = self.numbered(format!("{} {place_fr}", info.title_fr));
        let (topic_en, topic_fr) = *info.topics.choose(&mut self.rng).unwrap_or(&info.topics[0]);
        let (channels_en, channels_fr) = *[
            ("training, webinars and expert advice", "des formations, des webinaires et des conseils d'experts"),
            (
                "eLearning, coaching and advisory missions",
                "l'apprentissage en ligne, l'accompagnement et des missions de conseil",
            ),
            (
                "training events and sponsored participation in ISO committees",
                "des formations et la participation parrainée aux comités de l'ISO",
            ),
        ]
        .choose(&mut self.rng)
        .unwrap_or(&("training", "des formations"));
        let (who_en, who_fr) = if bodies.is_empty() {
            (
                "national standards bodies in developing countries".to_owned(),
                "les organismes nationaux de normalisation des pays en développement".to_owned(),
            )
        } else {
            (join(&bodies, "and"), join(&bodies, "et"))
        };
        let mut texts = vec![ProjectText {
            language: "en".to_owned(),
            title: title_en,
            summary: Some(format!("Helps {who_en} use International Standards on {topic_en} through {channels_en}.")),
            description: Some(
                "A fictional project generated for the apdc demonstration; it does not describe real work.".to_owned(),
            ),
        }];
        if language == "fr" || self.rng.random_bool(0.8) {
            texts.push(ProjectText {
                language: "fr".to_owned(),
                title: title_fr,
                summary: Some(format!(
                    "Aide {who_fr} à utiliser les Normes internationales relatives {} grâce à {channels_fr}.",
                    with_a_fr(topic_fr)
                )),
                description: Some(
                    "Un projet fictif créé pour la démonstration d'apdc ; il ne décrit pas un travail réel.".to_owned(),
                ),
            });
        }
        texts
    }

    /// `title`, or `title (phase II)` and so on when the batch already has it.
    fn numbered(&mut self, title: String) -> String {
        let seen = self.titles.entry(title.clone()).or_default();
        *seen += 1;
        match *seen {
            1 => title,
            n => format!("{title} (phase {})", roman(n)),
        }
    }

    /// The goals and targets of a project: targets of its theme, the goal alone of its
    /// second theme, and now and then partnerships (17) or gender equality (5).
    fn sdgs(&mut self, theme: usize, second_theme: Option<usize>) -> Vec<(i64, String)> {
        let mut sdgs = Vec::new();
        let targets = THEMES[theme].sdg_targets;
        let count = self.rng.random_range(1..=targets.len().min(2));
        for target in &targets[..count] {
            sdgs.push((goal_of(target), (*target).to_owned()));
        }
        if let Some(second) = second_theme
            && let Some(target) = THEMES[second].sdg_targets.first()
        {
            sdgs.push((goal_of(target), String::new()));
        }
        if self.rng.random_bool(0.25) {
            sdgs.push((17, String::new()));
        }
        if self.rng.random_bool(0.15) {
            sdgs.push((5, String::new()));
        }
        // A goal named alone is dropped when one of its targets is there.
        let with_targets: Vec<i64> = sdgs.iter().filter(|(_, t)| !t.is_empty()).map(|(g, _)| *g).collect();
        sdgs.retain(|(goal, target)| !target.is_empty() || !with_targets.contains(goal));
        sdgs.sort();
        sdgs.dedup();
        sdgs
    }

    /// Partners, funding lines and yearly budgets: one or two fictional donors commit
    /// the money at the start and pay it out year by year as the project runs.
    fn money(
        &mut self,
        status: ProjectStatus,
        dates: &ProjectDates,
    ) -> (Vec<NewFinance>, Vec<NewBudget>, Vec<(i64, OrgRole)>) {
        let rng = &mut self.rng;
        let first_donor = rng.random_range(0..DONORS.len());
        let mut donors = vec![(first_donor, 1.0)];
        if rng.random_bool(0.3) {
            let share = rng.random_range(0.2..0.4);
            donors[0].1 = 1.0 - share;
            donors.push(((first_donor + rng.random_range(1..DONORS.len())) % DONORS.len(), share));
        }
        let mut partners: Vec<(i64, OrgRole)> =
            donors.iter().map(|(d, _)| (self.links.donors[*d], OrgRole::Funding)).collect();
        if rng.random_bool(0.4) {
            partners.push((self.links.donors[first_donor], OrgRole::Extending));
        }
        partners
            .push((self.links.implementers[rng.random_range(0..self.links.implementers.len())], OrgRole::Implementing));

        let total_euros = f64::from(rng.random_range(150..=2_500_u32)) * 1_000.0;
        let start = dates.actual_start.unwrap_or(dates.planned_start);
        let end = dates.actual_end.unwrap_or(dates.planned_end);
        let years: Vec<i64> = (i64::from(start.year())..=i64::from(end.year())).collect();
        let main = &DONORS[first_donor];
        let budgets = years
            .iter()
            .map(|year| NewBudget {
                year: *year,
                currency: main.currency.to_owned(),
                amount_hundredths: hundredths(total_euros * main.per_euro / years.len() as f64),
            })
            .collect();

        let mut finances = Vec::new();
        let committed = status != ProjectStatus::Pipeline || rng.random_bool(0.5);
        // Money is paid for the years the project ran, up to the year of the data.
        let last_paid_year = match (status, dates.stopped) {
            (ProjectStatus::Pipeline, _) => None,
            (ProjectStatus::Cancelled, _) if dates.actual_start.is_none() => None,
            (_, Some(stopped)) => Some(i64::from(stopped.year())),
            _ => Some(i64::from(end.year()).min(i64::from(AS_OF.year()))),
        };
        for (donor, share) in &donors {
            if !committed {
                break;
            }
            let info = &DONORS[*donor];
            let commitment = total_euros * share * info.per_euro;
            finances.push(NewFinance {
                organisation_id: self.links.donors[*donor],
                kind: FinanceKind::Commitment,
                year: years[0],
                currency: info.currency.to_owned(),
                amount_hundredths: hundredths(commitment),
            });
            let Some(last) = last_paid_year else { continue };
            let paid_years: Vec<&i64> = years.iter().filter(|y| **y <= last).collect();
            let paid_share = if status == ProjectStatus::Closed { rng.random_range(0.95..=1.0) } else { 1.0 };
            for year in &paid_years {
                let mut amount = commitment * paid_share / years.len() as f64;
                if status != ProjectStatus::Closed {
                    amount *= rng.random_range(0.7..1.05);
                }
                finances.push(NewFinance {
                    organisation_id: self.links.donors[*donor],
                    kind: FinanceKind::Disbursement,
                    year: **year,
                    currency: info.currency.to_owned(),
                    amount_hundredths: hundredths(amount),
                });
            }
        }
        (finances, budgets, partners)
    }
}

/// An amount in whole hundreds of the currency unit, in hundredths.
fn hundredths(amount: f64) -> i64 {
    ((amount / 100.0).round() as i64).max(1) * 100 * 100
}

/// The goal of a target (`9` of `9.1`).
fn goal_of(target: &str) -> i64 {
    target.split('.').next().and_then(|g| g.parse().ok()).unwrap_or(17)
}

/// "A", "A and B", "A, B and C".
pub(super) fn join(items: &[&str], and: &str) -> String {
    match items {
        [] => String::new(),
        [only] => (*only).to_owned(),
        [rest @ .., last] => format!("{} {and} {last}", rest.join(", ")),
    }
}

/// "relatives à" before a French noun phrase, contracted as French requires.
fn with_a_fr(phrase: &str) -> String {
    if let Some(rest) = phrase.strip_prefix("les ") {
        format!("aux {rest}")
    } else if let Some(rest) = phrase.strip_prefix("le ") {
        format!("au {rest}")
    } else {
        format!("à {phrase}")
    }
}

/// Roman numerals for phase numbers.
fn roman(n: usize) -> String {
    const NUMERALS: [&str; 10] = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"];
    NUMERALS.get(n.wrapping_sub(1)).map_or_else(|| n.to_string(), |r| (*r).to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_across_batches() {
        assert_eq!(project_code(1, 1), "DEMO-0001");
        assert_eq!(project_code(7, 40), "DEMO-7-0040");
        assert_eq!(apdc_domain::project::project_code(&project_code(1000, 40)).as_deref(), Ok("DEMO-1000-0040"));
    }

    #[test]
    fn texts_read_naturally() {
        assert_eq!(join(&["KEBS", "UNBS", "TBS"], "and"), "KEBS, UNBS and TBS");
        assert_eq!(with_a_fr("les audits énergétiques"), "aux audits énergétiques");
        assert_eq!(with_a_fr("la certification de produits"), "à la certification de produits");
        assert_eq!(roman(2), "II");
        assert_eq!(hundredths(1_234_567.0), 123_460_000);
        assert_eq!(goal_of("12.5"), 12);
    }
}
