//! People of the demonstration data and their participation in activities.
//!
//! People are made as activities need them: each participant is drawn from the people
//! its member has already sent, or is someone new, so that many take part more than once
//! as in real programmes. Sex and stakeholder group follow realistic shares; statuses
//! follow the activity's (completed or attended once it is over, nominated or accepted
//! while it is open). A few people are entered twice, with the same address and a
//! slightly different name, so that the duplicate-merge screen has something to show.

use super::calendar::{self, AS_OF};
use super::catalogue;
use super::delivery::{Generator, PlannedParticipation, weighted};
use super::names;
use apdc_domain::activity::{ActivityMode, ActivityStatus};
use apdc_domain::person::{ParticipationStatus, Sex, StakeholderGroup};
use apdc_store::bulk::NewPerson;
use rand::prelude::*;
use time::Date;

/// How likely a participant is someone the member already sent.
const REUSE: f64 = 0.68;

/// Experts a batch has before it mostly reuses them.
const EXPERT_POOL: usize = 25;

/// The share of people entered twice.
const DUPLICATE_SHARE: f64 = 0.002;

/// Email serial numbers of batch n start at (n - 1) times this, so that addresses stay
/// unique across batches.
const SERIALS_PER_BATCH: u64 = 100_000;

const SEXES: &[(Sex, u32)] = &[(Sex::Female, 44), (Sex::Male, 52), (Sex::Other, 1), (Sex::NotStated, 3)];

const GROUPS: &[(StakeholderGroup, u32)] = &[
    (StakeholderGroup::NsbStaff, 30),
    (StakeholderGroup::Industry, 24),
    (StakeholderGroup::Government, 16),
    (StakeholderGroup::ConformityAssessment, 10),
    (StakeholderGroup::Academia, 8),
    (StakeholderGroup::Consumer, 4),
    (StakeholderGroup::Ngo, 4),
    (StakeholderGroup::Other, 4),
];

impl Generator<'_> {
    /// Enrols the participants of activity `activity` (a position).
    pub(super) fn participants(
        &mut self,
        activity: usize,
        mode: ActivityMode,
        status: ActivityStatus,
        members: &[usize],
        capacity: Option<i64>,
        dates: (Date, Date),
    ) {
        let roster = self.roster(mode, status, capacity);
        let mut taken: Vec<usize> = Vec::with_capacity(roster);
        for _ in 0..roster {
            let member = match members.choose(&mut self.rng) {
                Some(member) => *member,
                None => self.rng.random_range(0..self.world.members.len()),
            };
            let person = self.participant(member, mode, &taken);
            taken.push(person);
            let participation = self.participation_status(mode, status);
            // Someone who applied on their own has not been nominated yet.
            let nominated_by = (participation != ParticipationStatus::Applied).then(|| self.world.members[member].id);
            let status_changed_at = self.status_time(status, dates);
            self.batch.participations.push(PlannedParticipation {
                activity,
                person,
                status: participation,
                nominated_by,
                status_changed_at,
            });
        }
    }

    /// How many take part: a full room for what ran, part of one for what is open,
    /// nobody yet for what is planned, a few withdrawn from some of what was cancelled.
    fn roster(&mut self, mode: ActivityMode, status: ActivityStatus, capacity: Option<i64>) -> usize {
        let full: usize = match mode {
            ActivityMode::Elearning => self.rng.random_range(30..=75),
            ActivityMode::Webinar => self.rng.random_range(28..=70),
            ActivityMode::Training => self.rng.random_range(15..=32),
            ActivityMode::Coaching => self.rng.random_range(2..=5),
            ActivityMode::Mission => self.rng.random_range(3..=8),
            ActivityMode::Sponsorship => self.rng.random_range(1..=2),
        };
        let full = capacity.and_then(|c| usize::try_from(c).ok()).map_or(full, |c| full.min(c));
        match status {
            ActivityStatus::Completed | ActivityStatus::Ongoing => full,
            ActivityStatus::Open => ((full as f64 * self.rng.random_range(0.3..0.9)).round() as usize).max(1),
            ActivityStatus::Planned => 0,
            ActivityStatus::Cancelled if self.rng.random_bool(0.3) => self.rng.random_range(1..=full.clamp(1, 8)),
            ActivityStatus::Cancelled => 0,
        }
    }

    /// Someone `member` sent before, or someone new; standards body staff for the modes
    /// that serve the body itself. Never one already in `taken`.
    fn participant(&mut self, member: usize, mode: ActivityMode, taken: &[usize]) -> usize {
        let body_only = matches!(mode, ActivityMode::Coaching | ActivityMode::Mission | ActivityMode::Sponsorship);
        let pool = if body_only { &self.nsb_pool[member] } else { &self.pool[member] };
        if !pool.is_empty() && self.rng.random_bool(REUSE) {
            for _ in 0..3 {
                let candidate = pool[self.rng.random_range(0..pool.len())];
                if !taken.contains(&candidate) {
                    return candidate;
                }
            }
        }
        let group = match mode {
            ActivityMode::Mission => {
                weighted(&mut self.rng, &[(StakeholderGroup::NsbStaff, 75), (StakeholderGroup::Government, 25)])
            }
            ActivityMode::Coaching | ActivityMode::Sponsorship => StakeholderGroup::NsbStaff,
            _ => weighted(&mut self.rng, GROUPS),
        };
        self.new_person(member, group, true)
    }

    /// An expert, coach or trainer: after the first few, mostly one already working
    /// for the batch.
    pub(super) fn expert(&mut self) -> usize {
        if self.experts.len() >= EXPERT_POOL
            && !self.rng.random_bool(0.15)
            && let Some(expert) = self.experts.choose(&mut self.rng)
        {
            return *expert;
        }
        let member = self.rng.random_range(0..self.world.members.len());
        let group = weighted(
            &mut self.rng,
            &[
                (StakeholderGroup::Other, 40),
                (StakeholderGroup::Academia, 30),
                (StakeholderGroup::ConformityAssessment, 30),
            ],
        );
        let expert = self.new_person(member, group, false);
        self.experts.push(expert);
        expert
    }

    /// A new person from the country of `member`; nominated by it unless an expert.
    fn new_person(&mut self, member: usize, group: StakeholderGroup, nominated: bool) -> usize {
        let sex = weighted(&mut self.rng, SEXES);
        let beneficiary = &self.world.members[member];
        let (first, family) = names::person(&mut self.rng, beneficiary.names, sex);
        let index = self.batch.people.len();
        let serial = u64::from(self.batch.number - 1) * SERIALS_PER_BATCH + index as u64 + 1;
        let organisation = if group == StakeholderGroup::NsbStaff && nominated {
            Some(beneficiary.body.clone())
        } else {
            catalogue::organisations(group.as_str()).choose(&mut self.rng).map(|o| (*o).to_owned())
        };
        self.batch.people.push(NewPerson {
            name: format!("{first} {family}"),
            email: names::email(&first, &family, serial),
            sex,
            country: Some(beneficiary.alpha2.clone()),
            organisation,
            stakeholder_group: Some(group),
            nominated_by_member_id: nominated.then_some(beneficiary.id),
        });
        self.person_names.push((first, family));
        if nominated {
            self.pool[member].push(index);
            if group == StakeholderGroup::NsbStaff {
                self.nsb_pool[member].push(index);
            }
        }
        index
    }

    fn participation_status(&mut self, mode: ActivityMode, status: ActivityStatus) -> ParticipationStatus {
        use ParticipationStatus::*;
        let choices: &[(ParticipationStatus, u32)] = match (status, mode) {
            (ActivityStatus::Completed, ActivityMode::Elearning) => {
                &[(Completed, 62), (Attended, 20), (NoShow, 10), (Withdrawn, 8)]
            }
            (ActivityStatus::Completed, ActivityMode::Webinar) => {
                &[(Attended, 70), (Completed, 10), (NoShow, 15), (Withdrawn, 5)]
            }
            (ActivityStatus::Completed, ActivityMode::Training) => {
                &[(Completed, 75), (Attended, 10), (NoShow, 5), (Withdrawn, 5), (Rejected, 5)]
            }
            (ActivityStatus::Completed, ActivityMode::Coaching) => &[(Completed, 85), (Attended, 10), (Withdrawn, 5)],
            (ActivityStatus::Completed, ActivityMode::Mission) => &[(Attended, 60), (Completed, 40)],
            (ActivityStatus::Completed, ActivityMode::Sponsorship) => &[(Completed, 90), (NoShow, 5), (Withdrawn, 5)],
            (ActivityStatus::Ongoing, ActivityMode::Elearning) => {
                &[(Attended, 55), (Completed, 25), (Accepted, 10), (Withdrawn, 10)]
            }
            (ActivityStatus::Ongoing, _) => &[(Attended, 60), (Accepted, 30), (Withdrawn, 5), (NoShow, 5)],
            (ActivityStatus::Open | ActivityStatus::Planned, _) => {
                &[(Nominated, 40), (Accepted, 30), (Applied, 15), (Waitlisted, 8), (Rejected, 4), (Withdrawn, 3)]
            }
            (ActivityStatus::Cancelled, _) => &[(Withdrawn, 1)],
        };
        weighted(&mut self.rng, choices)
    }

    /// When a participation reached its status: after the activity for what ran, in
    /// the last weeks for what is open, before the start for what was cancelled.
    fn status_time(&mut self, status: ActivityStatus, (start, end): (Date, Date)) -> i64 {
        let day = match status {
            ActivityStatus::Completed => calendar::add_days(end, self.rng.random_range(1..=21)).min(AS_OF),
            ActivityStatus::Ongoing => calendar::between(&mut self.rng, start, AS_OF),
            ActivityStatus::Open | ActivityStatus::Planned => {
                calendar::between(&mut self.rng, calendar::add_days(AS_OF, -45), AS_OF)
            }
            ActivityStatus::Cancelled => calendar::add_days(start.min(AS_OF), -self.rng.random_range(1..=30)),
        };
        calendar::instant(day, self.rng.random_range(7..=17))
    }

    /// Enters a few participants a second time: same address, the name written a little
    /// differently, one of their participations recorded under the second entry.
    pub(super) fn duplicates(&mut self) {
        let mut by_person: Vec<Vec<usize>> = vec![Vec::new(); self.batch.people.len()];
        for (i, participation) in self.batch.participations.iter().enumerate() {
            by_person[participation.person].push(i);
        }
        let candidates: Vec<usize> = (0..by_person.len()).filter(|p| !by_person[*p].is_empty()).collect();
        let count = ((self.batch.people.len() as f64 * DUPLICATE_SHARE).round() as usize).max(1).min(candidates.len());
        let chosen: Vec<usize> = candidates.choose_multiple(&mut self.rng, count).copied().collect();
        for original in chosen {
            let (first, family) = self.person_names[original].clone();
            let mut copy = self.batch.people[original].clone();
            copy.name = names::variant(&mut self.rng, &first, &family);
            let index = self.batch.people.len();
            self.batch.people.push(copy);
            self.person_names.push((first, family));
            if let [_, .., last] = by_person[original].as_slice() {
                self.batch.participations[*last].person = index;
            }
        }
    }
}
