//! Demonstration activities of all six modes, each with the fields its mode needs, its
//! staff, coaching sessions and mission recommendations, and its participants.
//!
//! An activity's status follows from its dates as of [`AS_OF`] and from its project's:
//! what ended is completed, what runs is ongoing, what starts within six months is
//! mostly open for nominations, and what a cancelled or suspended project stopped did
//! not take place.

use super::calendar::{self, AS_OF, LAST_DAY};
use super::catalogue::{MEETING_CITIES, THEMES, ThemeInfo};
use super::delivery::{Generator, PlannedActivity, ProjectPlan, weighted};
use apdc_domain::activity::{ActivityMode, ActivityStatus, FollowUp, StaffRole};
use apdc_domain::project::ProjectStatus;
use apdc_store::bulk::NewActivity;
use rand::prelude::*;
use time::Date;

/// What an activity is about, chosen once and used by its title and texts.
struct Subject {
    theme: &'static ThemeInfo,
    topic_en: &'static str,
    topic_fr: &'static str,
    standard: &'static str,
}

impl Generator<'_> {
    /// Adds one activity of project `project` (a position) with its participants.
    pub(super) fn activity(&mut self, project: usize, plan: &ProjectPlan) {
        use ActivityMode::*;
        let mode = weighted(
            &mut self.rng,
            &[(Elearning, 18), (Webinar, 26), (Training, 26), (Coaching, 10), (Mission, 10), (Sponsorship, 10)],
        );
        let theme = &THEMES[plan.theme];
        let (topic_en, topic_fr) = *theme.topics.choose(&mut self.rng).unwrap_or(&theme.topics[0]);
        let standard = theme.standards.choose(&mut self.rng).copied().unwrap_or("ISO 9001");
        let subject = Subject { theme, topic_en, topic_fr, standard };
        let members = self.activity_members(mode, &plan.members);
        let (start, end) = self.activity_dates(mode, plan.window);
        let status = self.activity_status(plan, start, end);
        let languages = self.activity_languages(&members, plan.language);
        let french = languages.first().is_some_and(|l| l == "fr");
        let world = self.world;
        let first = members.first().map(|m| &world.members[*m]);
        let body = first.map_or("the national standards body", |m| m.body.as_str()).to_owned();
        let index = self.batch.activities.len();

        let mut row = NewActivity {
            project_id: 0,
            mode,
            title: String::new(),
            description: Some(if french {
                "Activité fictive créée pour la démonstration d'apdc.".to_owned()
            } else {
                "A fictional activity generated for the apdc demonstration.".to_owned()
            }),
            languages,
            start_date: Some(calendar::iso(start)),
            end_date: Some(calendar::iso(end)),
            status,
            capacity: None,
            platform: None,
            course_iri: None,
            duration_hours: None,
            starts_at: None,
            time_zone: None,
            meeting_link: None,
            venue_country: None,
            venue_city: None,
            goals: None,
            requesting_member_id: None,
            terms_of_reference: None,
            report: None,
            committee: None,
            meeting: None,
            countries: members.iter().map(|m| self.world.members[*m].alpha2.clone()).collect(),
            members: members.iter().map(|m| self.world.members[*m].id).collect(),
            staff: Vec::new(),
        };
        let mut staff = Vec::new();
        let mut sessions = Vec::new();
        let mut recommendations = Vec::new();
        match mode {
            Elearning => {
                row.title = if french {
                    format!("Cours en ligne : {} ({standard})", subject.topic_fr)
                } else {
                    format!("eLearning: {} ({standard})", capitalised(subject.topic_en))
                };
                row.platform =
                    ["ISO eLearning platform", "Moodle", "Open edX"].choose(&mut self.rng).map(|p| (*p).to_owned());
                row.course_iri = Some(format!(
                    "https://elearning.demo.apdc.invalid/courses/{}-{}-{index}",
                    theme.slug, self.batch.number
                ));
                row.duration_hours = Some(self.rng.random_range(2..=30));
            }
            Webinar => {
                row.title = if french {
                    format!("Webinaire : {}", subject.topic_fr)
                } else if self.rng.random_bool(0.5) {
                    format!("Webinar: introduction to {standard}")
                } else {
                    format!("Webinar: {}", capitalised(subject.topic_en))
                };
                let hour = self.rng.random_range(8..=16);
                let minute = if self.rng.random_bool(0.5) { "00" } else { "30" };
                row.starts_at = Some(format!("{}T{hour:02}:{minute}", calendar::iso(start)));
                row.time_zone = Some(first.and_then(|m| m.place).map_or("Europe/Zurich", |(_, zone)| zone).to_owned());
                row.meeting_link = Some(format!(
                    "https://meet.demo.apdc.invalid/j/{}",
                    self.rng.random_range(100_000_000..1_000_000_000_u32)
                ));
                row.capacity = Some(self.rng.random_range(1..=5) * 100);
            }
            Training => {
                let (country, city) = first
                    .and_then(|m| m.place.map(|(city, _)| (m.alpha2.clone(), city)))
                    .unwrap_or_else(|| ("KE".to_owned(), "Nairobi"));
                row.title = if french {
                    format!("Formation sur {standard} à {city}")
                } else {
                    format!("Training on {standard} in {city}")
                };
                row.venue_country = Some(country);
                row.venue_city = Some(city.to_owned());
                row.capacity = Some(self.rng.random_range(20..=40));
                let trainers = self.rng.random_range(1..=2);
                staff = self.staff(trainers, StaffRole::Trainer);
            }
            Coaching => {
                row.title = if french {
                    format!("Accompagnement de {body} : {}", subject.topic_fr)
                } else {
                    format!("Coaching {body} on {}", subject.topic_en)
                };
                row.goals = Some(self.coaching_goals(&body, &subject));
                row.capacity = Some(self.rng.random_range(2..=6));
                staff = self.staff(1, StaffRole::Coach);
                sessions = self.sessions(status, start, end, &subject);
            }
            Mission => {
                row.title = if french {
                    format!("Mission de conseil auprès de {body} : {}", subject.topic_fr)
                } else {
                    format!("Advisory mission to {body} on {}", subject.topic_en)
                };
                row.requesting_member_id = first.map(|m| m.id);
                row.terms_of_reference = Some(format!(
                    "Assess how {body} can support {} and recommend priorities for the next two years, including \
                     the use of {standard}. Fictional terms of reference for the demonstration.",
                    subject.topic_en
                ));
                if status == ActivityStatus::Completed {
                    row.report = Some(format!(
                        "The experts met {} people from government, industry and {body}. They found strong interest \
                         in {standard} and recommend the steps listed below. Fictional report for the demonstration.",
                        self.rng.random_range(12..=60)
                    ));
                    recommendations = self.recommendations(&subject, end);
                }
                let experts = self.rng.random_range(1..=3);
                staff = self.staff(experts, StaffRole::Expert);
            }
            Sponsorship => {
                let committee = theme.committees.choose(&mut self.rng).copied().unwrap_or("DEVCO");
                let city = MEETING_CITIES.choose(&mut self.rng).copied().unwrap_or("Geneva");
                row.title = if french {
                    format!("Parrainage : délégué de {body} à la réunion plénière {committee}")
                } else {
                    format!("Sponsorship: {body} delegate at the {committee} plenary")
                };
                row.committee = Some(committee.to_owned());
                row.meeting = Some(if committee.starts_with("ISO/") {
                    format!("{} plenary meeting, {city}", ordinal(self.rng.random_range(18..=45)))
                } else {
                    format!("{} annual meeting, {city}", start.year())
                });
                row.capacity = Some(self.rng.random_range(1..=3));
            }
        }
        let capacity = row.capacity;
        self.batch.activities.push(PlannedActivity { project, row, staff, sessions, recommendations });
        self.participants(index, mode, status, &members, capacity, (start, end));
    }

    /// The members an activity targets (positions): those of its project, narrowed to
    /// one for the modes that serve one standards body; any developing member when the
    /// project names none.
    fn activity_members(&mut self, mode: ActivityMode, project: &[usize]) -> Vec<usize> {
        let everyone = self.world.members.len();
        let mut members = match mode {
            ActivityMode::Elearning | ActivityMode::Webinar => project.to_vec(),
            ActivityMode::Training => {
                // The venue comes first: it is where the event takes place.
                let with_place: Vec<usize> =
                    project.iter().copied().filter(|m| self.world.members[*m].place.is_some()).collect();
                let venue = match with_place.choose(&mut self.rng) {
                    Some(venue) => *venue,
                    None => self.any_member_with_place(),
                };
                let mut members = vec![venue];
                members.extend(project.iter().copied().filter(|m| *m != venue));
                return members;
            }
            ActivityMode::Coaching | ActivityMode::Mission => {
                vec![project.choose(&mut self.rng).copied().unwrap_or_else(|| self.rng.random_range(0..everyone))]
            }
            ActivityMode::Sponsorship => {
                let count = self.rng.random_range(1..=2).min(project.len().max(1));
                if project.is_empty() {
                    vec![self.rng.random_range(0..everyone)]
                } else {
                    project.choose_multiple(&mut self.rng, count).copied().collect()
                }
            }
        };
        members.sort_unstable();
        members
    }

    fn any_member_with_place(&mut self) -> usize {
        let with_place: Vec<usize> =
            (0..self.world.members.len()).filter(|m| self.world.members[*m].place.is_some()).collect();
        with_place.choose(&mut self.rng).copied().unwrap_or(0)
    }

    /// First and last day: a webinar takes a day, a training a few, a course or a
    /// coaching engagement months.
    fn activity_dates(&mut self, mode: ActivityMode, (from, to): (Date, Date)) -> (Date, Date) {
        let length = match mode {
            ActivityMode::Webinar => 0,
            ActivityMode::Training => self.rng.random_range(1..=4),
            ActivityMode::Sponsorship => self.rng.random_range(3..=5),
            ActivityMode::Mission => self.rng.random_range(3..=9),
            ActivityMode::Elearning => self.rng.random_range(30..=180),
            ActivityMode::Coaching => self.rng.random_range(90..=270),
        };
        let latest_start = calendar::add_days(to, -length).max(from);
        let start = calendar::between(&mut self.rng, from, latest_start);
        (start, calendar::add_days(start, length).min(LAST_DAY).max(start))
    }

    fn activity_status(&mut self, plan: &ProjectPlan, start: Date, end: Date) -> ActivityStatus {
        if let Some(stopped) = plan.stopped
            && end > stopped
        {
            return if plan.status == ProjectStatus::Suspended && start > AS_OF {
                ActivityStatus::Planned
            } else {
                ActivityStatus::Cancelled
            };
        }
        if end < AS_OF {
            if self.rng.random_bool(0.03) { ActivityStatus::Cancelled } else { ActivityStatus::Completed }
        } else if start <= AS_OF {
            ActivityStatus::Ongoing
        } else if calendar::days_between(AS_OF, start) <= 180 && self.rng.random_bool(0.8) {
            ActivityStatus::Open
        } else {
            ActivityStatus::Planned
        }
    }

    /// The language of the targeted members (of the project when they differ), often
    /// with English; courses open to everyone in English and one or two more.
    fn activity_languages(&mut self, members: &[usize], project_language: &'static str) -> Vec<String> {
        let primary = match members {
            [] => {
                let mut languages = vec!["en".to_owned()];
                if self.rng.random_bool(0.4) {
                    languages.push("fr".to_owned());
                }
                if self.rng.random_bool(0.3) {
                    languages.push("es".to_owned());
                }
                return languages;
            }
            [only] => self.world.members[*only].language,
            _ => project_language,
        };
        let mut languages = vec![primary.to_owned()];
        if primary != "en" && self.rng.random_bool(0.5) {
            languages.push("en".to_owned());
        }
        languages
    }

    /// `count` different experts for one activity, in `role`.
    fn staff(&mut self, count: usize, role: StaffRole) -> Vec<(usize, StaffRole)> {
        let mut chosen: Vec<(usize, StaffRole)> = Vec::new();
        while chosen.len() < count {
            let expert = self.expert();
            if !chosen.iter().any(|(p, _)| *p == expert) {
                chosen.push((expert, role));
            }
        }
        chosen
    }

    fn coaching_goals(&mut self, body: &str, subject: &Subject) -> String {
        let standard = subject.standard;
        let topic = subject.topic_en;
        match self.rng.random_range(0..3) {
            0 => format!("Help {body} build a service that supports companies implementing {standard}."),
            1 => format!("Help {body} prepare the national adoption of {standard} and a guide for its users."),
            _ => format!("Help {body} set up a national mirror committee on {topic} and run its first meetings."),
        }
    }

    /// Sessions spread over the engagement, the ones held by [`AS_OF`].
    fn sessions(&mut self, status: ActivityStatus, start: Date, end: Date, subject: &Subject) -> Vec<(String, String)> {
        if !matches!(status, ActivityStatus::Completed | ActivityStatus::Ongoing) {
            return Vec::new();
        }
        let count: i64 = self.rng.random_range(3..=8);
        let step = (calendar::days_between(start, end) / count).max(7);
        let standard = subject.standard;
        let mut sessions = Vec::new();
        for i in 0..count {
            let day = calendar::add_days(start, i * step).min(end);
            if day > AS_OF {
                break;
            }
            let notes = if i == 0 {
                "Kick-off: goals and work plan agreed.".to_owned()
            } else if i == count - 1 && status == ActivityStatus::Completed {
                "Closing session: results reviewed and lessons learned recorded.".to_owned()
            } else {
                [
                    format!("Worked through the gap analysis against {standard}."),
                    format!("Reviewed the draft implementation plan for {standard}."),
                    "Prepared the stakeholder consultation.".to_owned(),
                    "Reviewed progress; next steps agreed.".to_owned(),
                ]
                .choose(&mut self.rng)
                .cloned()
                .unwrap_or_default()
            };
            sessions.push((calendar::iso(day), notes));
        }
        sessions
    }

    /// Recommendations of a completed mission, with a follow-up that has had more time
    /// to happen the longer ago the mission was.
    fn recommendations(&mut self, subject: &Subject, end: Date) -> Vec<(String, FollowUp)> {
        let committee = subject.theme.committees.first().copied().unwrap_or("DEVCO");
        let standard = subject.standard;
        let topic = subject.topic_en;
        let mut texts = vec![
            format!("Set up a national mirror committee for {committee}."),
            format!("Adopt {standard} as a national standard."),
            format!("Train a pool of national trainers on {standard}."),
            format!("Publish a national roadmap on {topic}."),
            format!("Reach SMEs through sector associations to promote {standard}."),
            format!("Include {topic} in the national quality policy."),
            format!("Open a help desk for companies implementing {standard}."),
        ];
        texts.shuffle(&mut self.rng);
        texts.truncate(self.rng.random_range(3..=6));
        let old = calendar::days_between(end, AS_OF) > 365;
        texts
            .into_iter()
            .map(|text| {
                let follow_up = if old {
                    weighted(
                        &mut self.rng,
                        &[
                            (FollowUp::Implemented, 45),
                            (FollowUp::InProgress, 25),
                            (FollowUp::Open, 10),
                            (FollowUp::NotImplemented, 20),
                        ],
                    )
                } else {
                    weighted(
                        &mut self.rng,
                        &[
                            (FollowUp::Implemented, 15),
                            (FollowUp::InProgress, 40),
                            (FollowUp::Open, 40),
                            (FollowUp::NotImplemented, 5),
                        ],
                    )
                };
                (text, follow_up)
            })
            .collect()
    }
}

/// `text` with its first letter in capitals.
fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| first.to_uppercase().chain(chars).collect())
}

/// "21st", "22nd", "23rd", "24th".
fn ordinal(n: u32) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_formed_correctly() {
        assert_eq!(ordinal(21), "21st");
        assert_eq!(ordinal(12), "12th");
        assert_eq!(ordinal(33), "33rd");
        assert_eq!(capitalised("greenhouse gas accounting"), "Greenhouse gas accounting");
    }
}
