//! Writes a generated batch through the store's bulk insertion, turning the positions
//! by which the generator links records into the ids the database gives them.

use super::delivery::Batch;
use apdc_store::bulk::{self, Added, NewActivity, NewParticipation, NewRecommendation, NewSession};
use apdc_store::{Actor, Tx};

/// The note on the one history step of each generated participation.
const HISTORY_NOTE: &str = "Recorded with the demonstration data";

/// Inserts `batch` inside `tx`; returns what it added (organisations and themes aside).
pub async fn write(tx: &mut Tx, actor: &Actor, batch: Batch) -> apdc_store::error::Result<Added> {
    let Batch { projects, activities, people, participations, .. } = batch;
    let project_ids = bulk::insert_projects(tx, &projects).await?;
    let person_ids = bulk::insert_people(tx, &people).await?;

    let mut rows: Vec<NewActivity> = Vec::with_capacity(activities.len());
    let mut sessions = Vec::new();
    let mut recommendations = Vec::new();
    for (position, activity) in activities.into_iter().enumerate() {
        let mut row = activity.row;
        row.project_id = project_ids[activity.project];
        row.staff = activity.staff.iter().map(|(person, role)| (person_ids[*person], *role)).collect();
        rows.push(row);
        sessions.extend(activity.sessions.into_iter().map(|(held_on, notes)| (position, held_on, notes)));
        recommendations
            .extend(activity.recommendations.into_iter().map(|(text, follow_up)| (position, text, follow_up)));
    }
    let activity_ids = bulk::insert_activities(tx, &rows).await?;
    let sessions: Vec<NewSession> = sessions
        .into_iter()
        .map(|(position, held_on, notes)| NewSession {
            activity_id: activity_ids[position],
            held_on,
            notes: Some(notes),
        })
        .collect();
    let coaching_sessions = bulk::insert_sessions(tx, &sessions).await?;
    let recommendations: Vec<NewRecommendation> = recommendations
        .into_iter()
        .map(|(position, text, follow_up)| NewRecommendation { activity_id: activity_ids[position], text, follow_up })
        .collect();
    let recommendations = bulk::insert_recommendations(tx, &recommendations).await?;

    let participations: Vec<NewParticipation> = participations
        .into_iter()
        .map(|p| NewParticipation {
            activity_id: activity_ids[p.activity],
            person_id: person_ids[p.person],
            status: p.status,
            nominated_by_member_id: p.nominated_by,
            status_changed_at: p.status_changed_at,
        })
        .collect();
    let participation_ids = bulk::insert_participations(tx, actor, Some(HISTORY_NOTE), &participations).await?;
    Ok(Added {
        projects: project_ids.len(),
        activities: activity_ids.len(),
        coaching_sessions,
        recommendations,
        people: person_ids.len(),
        participations: participation_ids.len(),
        ..Added::default()
    })
}
