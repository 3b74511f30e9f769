//! The illustrative results plan of the demonstration data: a results framework modelled
//! on the two halves of the Action Plan's objective — developing country members
//! participate actively in the ISO system, and they realize the benefits of using ISO
//! standards — with outcomes, outputs and indicators (computed from the demo delivery
//! data, or reported by members and staff), demo projects linked to the outputs, member
//! reports in every review status, locked periods and computed values.
//!
//! The plan is marked illustrative and says so in its objective: it shows what the
//! platform does with a framework, it is not the official one, which staff enter. Its
//! indicator codes start with `DEMO-` because indicator codes are unique across plans:
//! the official framework keeps the plain codes for itself.
//!
//! The plan is written once. When its code is there, seeding again adds no plan,
//! indicator or report; it only links the demo projects a larger `--scale` added since
//! and computes the values again, so that the framework counts all demo delivery data.

use super::delivery::{PROJECTS_PER_BATCH, weighted};
use anyhow::{Context, Result, anyhow};
use apdc_domain::member::MemberCategory;
use apdc_domain::results::{
    IndicatorFields, IndicatorInput, PlanFields, PlanInput, ResultFields, ResultInput, UpdateFields, UpdateInput,
    UpdateStatus,
};
use apdc_store::indicator_updates::{self as updates, Reporter};
use apdc_store::members::MemberFilter;
use apdc_store::results::{self as plans, Framework};
use apdc_store::{Actor, Db, Sql, StoreError, indicator_values, members};
use rand::prelude::*;

/// The code of the illustrative plan.
pub const PLAN_CODE: &str = "DEMO-AP-2022-2026";

const FIRST_YEAR: i64 = 2022;
const LAST_YEAR: i64 = 2026;

/// The years reported and approved in full; later ones are still under review.
const CLOSED_YEARS: std::ops::RangeInclusive<i64> = 2022..=2025;

/// The years locked once reported, so that the demo shows periods closed to changes.
const LOCKED_YEARS: [i64; 3] = [2022, 2023, 2024];

/// Where the random choices of the member reports start; any fixed value would do.
const SEED: u64 = 0x00A9_DC0D_E5EE_D2E5;

/// Members reporting besides the demo focal points' own.
const OTHER_REPORTING_MEMBERS: usize = 20;

/// The members whose demo focal points report (see the focal points in the parent module).
const FOCAL_MEMBERS: [&str; 5] = ["KE", "SN", "PE", "VN", "FJ"];

/// What seeding the results plan added.
#[derive(Debug, Default)]
pub struct Added {
    pub plan: bool,
    pub indicators: usize,
    pub updates: usize,
    /// Links between demo projects and outputs.
    pub links: u64,
    /// Computed values stored, when they were computed.
    pub values: Option<usize>,
}

impl std::fmt::Display for Added {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.plan {
            write!(
                f,
                "illustrative results plan {PLAN_CODE} with {} indicators and {} reported updates",
                self.indicators, self.updates
            )?;
        } else {
            write!(f, "results plan {PLAN_CODE} already there")?;
        }
        write!(f, ", {} project links added", self.links)?;
        match self.values {
            Some(values) => write!(f, ", {values} values computed"),
            None => Ok(()),
        }
    }
}

/// Adds the illustrative plan when it is missing, links the demo projects not yet linked
/// to its outputs, and computes its values when anything they count changed
/// (`delivery_added` says whether this run added delivery data).
pub async fn seed(db: &Db, actor: &Actor, delivery_added: bool) -> Result<Added> {
    let mut added = Added::default();
    let mut computed_at = match plans::framework(db, PLAN_CODE).await {
        Ok(plan) => Some(plan.plan.computed_at),
        Err(StoreError::NotFound) => None,
        Err(other) => return Err(other.into()),
    };
    // The plan is written in many steps; a seed interrupted half-way leaves it without
    // its completion record. Such a plan is removed and written again from the start.
    if computed_at.is_some() && !completed(db).await? {
        db.execute(Sql::new("DELETE FROM plans WHERE code = $1").bind(PLAN_CODE)).await?;
        computed_at = None;
    }
    if computed_at.is_none() {
        added.indicators = create_framework(db, actor).await.context("writing the demo results plan")?;
        added.plan = added.indicators > 0;
    }
    added.links = link_projects(db).await.context("linking demo projects to outputs")?;
    if added.plan {
        let plan = plans::framework(db, PLAN_CODE).await?;
        added.updates = report(db, actor, &plan).await.context("writing demo indicator updates")?;
        // Last, because a locked period takes no update and no review.
        updates::set_locks(db, actor, &plan, &LOCKED_YEARS, true).await?;
        let mut tx = db.begin().await?;
        let done = apdc_store::audit::Change {
            action: "demo.results",
            record_type: "demo",
            record_key: COMPLETION_KEY,
            before: None,
            after: None,
        };
        apdc_store::audit::record(&mut tx, actor, done).await?;
        tx.commit().await?;
    }
    // `serve --demo` seeds at every start: computing again only when something changed
    // keeps a restart on a large demo database quick.
    if added.plan || added.links > 0 || delivery_added || computed_at.flatten().is_none() {
        added.values = Some(indicator_values::compute(db, PLAN_CODE).await?.values);
    }
    Ok(added)
}

/// The key of the audit entry recording that the plan was written in full.
const COMPLETION_KEY: &str = "DEMO-AP-2022-2026/complete";

/// Whether the plan was written in full (its completion was recorded).
async fn completed(db: &Db) -> Result<bool> {
    let (entries,): (i64,) = db
        .fetch_one(
            Sql::new("SELECT COUNT(*) FROM audit_log WHERE record_type = 'demo' AND record_key = $1")
                .bind(COMPLETION_KEY),
        )
        .await?;
    Ok(entries > 0)
}

/// Two texts, English and French, in the order the forms take them.
fn en_fr(texts: [&str; 2]) -> Vec<String> {
    texts.iter().map(|t| (*t).to_owned()).collect()
}

const PLAN_TITLE: [&str; 2] = [
    "Action Plan for developing countries — illustrative results framework",
    "Plan d'action pour les pays en développement — cadre de résultats illustratif",
];

const PLAN_OBJECTIVE: [&str; 2] = [
    "Developing country members increase their participation in the ISO system and realize the benefits of \
     using ISO standards. This is demonstration content: the framework, its targets and the reports against it \
     are invented, to go with the fictional demo data and show how the platform works. The official results \
     framework of the Action Plan is entered by staff.",
    "Les membres des pays en développement participent davantage au système ISO et tirent parti de \
     l'utilisation des normes ISO. Ceci est un contenu de démonstration : le cadre, ses cibles et les rapports \
     correspondants sont inventés, pour accompagner les données fictives de démonstration et montrer le \
     fonctionnement de la plateforme. Le cadre de résultats officiel du Plan d'action est saisi par le personnel.",
];

/// An outcome or output: its outcome (for an output), code, title and description.
struct ResultSpec {
    parent: &'static str,
    code: &'static str,
    title: [&'static str; 2],
    description: [&'static str; 2],
}

const RESULTS: &[ResultSpec] = &[
    ResultSpec {
        parent: "",
        code: "OC1",
        title: [
            "Developing country members participate actively in the ISO system",
            "Les membres des pays en développement participent activement au système ISO",
        ],
        description: [
            "More developing country members take part in ISO's technical and policy work, hold leadership \
             positions in committees and attend their meetings.",
            "Davantage de membres des pays en développement prennent part aux travaux techniques et politiques de \
             l'ISO, occupent des postes de direction dans les comités et assistent à leurs réunions.",
        ],
    },
    ResultSpec {
        parent: "OC1",
        code: "OP1.1",
        title: [
            "Training and eLearning on participation in standards development",
            "Formations et cours en ligne sur la participation à l'élaboration des normes",
        ],
        description: [
            "Courses, webinars and workshops that prepare the staff of national standards bodies and their experts \
             to take part in ISO committees: procedures, drafting, consensus building, stakeholder engagement and \
             the participation of women.",
            "Cours, webinaires et ateliers qui préparent le personnel des organismes nationaux de normalisation et \
             leurs experts à participer aux comités de l'ISO : procédures, rédaction, recherche du consensus, \
             engagement des parties prenantes et participation des femmes.",
        ],
    },
    ResultSpec {
        parent: "OC1",
        code: "OP1.2",
        title: [
            "Expert sponsorship and twinning for committee work",
            "Parrainage d'experts et jumelage pour les travaux des comités",
        ],
        description: [
            "Sponsorship for experts from developing countries to attend ISO technical committee and policy \
             meetings, and twinning arrangements in which a member shares a secretariat or convenorship with an \
             experienced one.",
            "Parrainage d'experts des pays en développement pour assister aux réunions des comités techniques et \
             des organes politiques de l'ISO, et accords de jumelage par lesquels un membre partage un secrétariat \
             ou une fonction d'animateur avec un membre expérimenté.",
        ],
    },
    ResultSpec {
        parent: "",
        code: "OC2",
        title: [
            "Developing country members realize the benefits of using ISO standards",
            "Les membres des pays en développement tirent parti de l'utilisation des normes ISO",
        ],
        description: [
            "Members adopt International Standards nationally and have a national standardization strategy, and \
             their stakeholders — small businesses, regulators, conformity assessment bodies — use standards.",
            "Les membres adoptent les Normes internationales au niveau national et disposent d'une stratégie \
             nationale de normalisation, et leurs parties prenantes — petites entreprises, autorités de \
             réglementation, organismes d'évaluation de la conformité — utilisent les normes.",
        ],
    },
    ResultSpec {
        parent: "OC2",
        code: "OP2.1",
        title: [
            "Advisory missions and coaching on national standardization strategies and adoption",
            "Missions de conseil et accompagnement sur les stratégies nationales de normalisation et l'adoption \
             des normes",
        ],
        description: [
            "In-country advisory missions and distance coaching that help national standards bodies prepare a \
             national standardization strategy, set their adoption priorities and improve their processes.",
            "Missions de conseil dans les pays et accompagnement à distance qui aident les organismes nationaux de \
             normalisation à préparer une stratégie nationale de normalisation, à fixer leurs priorités d'adoption \
             et à améliorer leurs processus.",
        ],
    },
    ResultSpec {
        parent: "OC2",
        code: "OP2.2",
        title: [
            "Training on using standards for SMEs and conformity assessment",
            "Formations à l'utilisation des normes pour les PME et l'évaluation de la conformité",
        ],
        description: [
            "Training events, webinars and eLearning on applying standards — quality, food safety, energy, \
             climate, the circular economy, digital — for small businesses, laboratories, certification bodies \
             and regulators.",
            "Formations, webinaires et cours en ligne sur l'application des normes — qualité, sécurité des \
             aliments, énergie, climat, économie circulaire, numérique — pour les petites entreprises, les \
             laboratoires, les organismes de certification et les autorités de réglementation.",
        ],
    },
];

/// An indicator as the demo declares it. Values are in the units the form takes (a
/// count, or a percentage); `scaled` ones grow with the demo delivery data (see
/// [`create_framework`]).
struct IndicatorSpec {
    code: &'static str,
    result: &'static str,
    measure: &'static str,
    aggregation: &'static str,
    /// Empty for a reported indicator.
    counts: &'static str,
    modes: &'static [&'static str],
    statuses: &'static [&'static str],
    output_only: bool,
    filter: &'static str,
    numerator: &'static str,
    member_level: bool,
    disaggregations: &'static [&'static str],
    /// The value of 2021, the year before the plan.
    baseline: Option<u32>,
    /// One for each year of the plan, or none.
    targets: &'static [u32],
    scaled: bool,
    title: [&'static str; 2],
    definition: [&'static str; 2],
    data_source: [&'static str; 2],
}

/// What most indicators share: computed, counting people reached, years added up.
const COMPUTED: IndicatorSpec = IndicatorSpec {
    code: "",
    result: "",
    measure: "count",
    aggregation: "sum",
    counts: "people",
    modes: &[],
    statuses: &[],
    output_only: false,
    filter: "",
    numerator: "",
    member_level: false,
    disaggregations: &[],
    baseline: None,
    targets: &[],
    scaled: false,
    title: ["", ""],
    definition: ["", ""],
    data_source: [
        "Computed by the platform from its activity and participation records.",
        "Calculé par la plateforme à partir de ses données d'activités et de participation.",
    ],
};

/// A yearly figure each member reports.
const MEMBER_REPORTED: IndicatorSpec = IndicatorSpec {
    counts: "",
    member_level: true,
    aggregation: "latest",
    data_source: [
        "Yearly report of each member's focal point, reviewed by staff; holdings are checked against the ISO \
         Global Directory.",
        "Rapport annuel du point focal de chaque membre, examiné par le personnel ; les statuts détenus sont \
         vérifiés dans l'ISO Global Directory.",
    ],
    ..COMPUTED
};

// Targets were set against what the demo data gives at `--scale 1`, so that in 2025
// some indicators are on track, some at risk and some off track, as a real plan would be.
const INDICATORS: &[IndicatorSpec] = &[
    IndicatorSpec {
        code: "DEMO-OC1.1",
        result: "OC1",
        counts: "members",
        aggregation: "maximum",
        filter: "developing=yes",
        disaggregations: &["region", "member_category"],
        targets: &[60, 75, 90, 105, 115],
        baseline: Some(55),
        title: [
            "Developing country members reached by at least one activity",
            "Membres des pays en développement ayant bénéficié d'au moins une activité",
        ],
        definition: [
            "Developing country members (as the member registry records them) with at least one person who \
             attended or completed an activity in the year, or for whom an advisory mission or a coaching \
             engagement was completed. Each member counts once a year; the plan figure is the highest yearly \
             figure.",
            "Membres des pays en développement (selon le registre des membres) dont au moins une personne a suivi \
             ou terminé une activité dans l'année, ou pour lesquels une mission de conseil ou un accompagnement a \
             été mené à terme. Chaque membre compte une fois par an ; le chiffre du plan est le chiffre annuel le \
             plus élevé.",
        ],
        ..COMPUTED
    },
    IndicatorSpec {
        code: "DEMO-OC1.2",
        result: "OC1",
        targets: &[700, 750, 800, 850, 900],
        baseline: Some(670),
        title: [
            "P-memberships held in ISO technical committees",
            "Statuts de membre participant (P) détenus dans les comités techniques de l'ISO",
        ],
        definition: [
            "Technical committees and subcommittees in which the member is a participating (P) member at the end \
             of the year. The yearly figure adds up the reporting members; the plan figure is the latest year's.",
            "Comités techniques et sous-comités dans lesquels le membre est membre participant (P) à la fin de \
             l'année. Le chiffre annuel additionne les membres ayant fait rapport ; le chiffre du plan est celui \
             de la dernière année.",
        ],
        ..MEMBER_REPORTED
    },
    IndicatorSpec {
        code: "DEMO-OC1.3",
        result: "OC1",
        targets: &[700, 700, 700, 700, 700],
        baseline: Some(720),
        title: [
            "O-memberships held in ISO technical committees",
            "Statuts de membre observateur (O) détenus dans les comités techniques de l'ISO",
        ],
        definition: [
            "Technical committees and subcommittees in which the member is an observing (O) member at the end of \
             the year. The yearly figure adds up the reporting members; the plan figure is the latest year's.",
            "Comités techniques et sous-comités dans lesquels le membre est membre observateur (O) à la fin de \
             l'année. Le chiffre annuel additionne les membres ayant fait rapport ; le chiffre du plan est celui \
             de la dernière année.",
        ],
        ..MEMBER_REPORTED
    },
    IndicatorSpec {
        code: "DEMO-OC1.4",
        result: "OC1",
        targets: &[12, 15, 18, 22, 26],
        baseline: Some(9),
        title: [
            "Committee secretariats and working group convenorships held",
            "Secrétariats de comités et fonctions d'animateur de groupes de travail détenus",
        ],
        definition: [
            "Secretariats of technical committees and subcommittees (twinned ones included) and convenorships of \
             working groups held by the member or its experts at the end of the year.",
            "Secrétariats de comités techniques et de sous-comités (jumelés compris) et fonctions d'animateur de \
             groupes de travail détenus par le membre ou ses experts à la fin de l'année.",
        ],
        ..MEMBER_REPORTED
    },
    IndicatorSpec {
        code: "DEMO-OC1.5",
        result: "OC1",
        aggregation: "sum",
        targets: &[180, 220, 260, 320, 360],
        title: ["Delegates attending ISO technical meetings", "Délégués participant aux réunions techniques de l'ISO"],
        definition: [
            "Attendances of the member's delegates at meetings of ISO technical committees, subcommittees and \
             working groups during the year, in person or online. The plan figure adds up the years.",
            "Participations des délégués du membre aux réunions des comités techniques, sous-comités et groupes de \
             travail de l'ISO pendant l'année, en présentiel ou en ligne. Le chiffre du plan additionne les années.",
        ],
        ..MEMBER_REPORTED
    },
    IndicatorSpec {
        code: "DEMO-OC1.6",
        result: "OC1",
        measure: "percentage",
        numerator: "sex=female",
        disaggregations: &["region"],
        targets: &[42, 44, 46, 48, 50],
        title: ["Share of women among the people reached", "Part des femmes parmi les personnes touchées"],
        definition: [
            "Women as a share of the people who attended or completed at least one activity in the year, each \
             person counted once a year.",
            "Part des femmes parmi les personnes ayant suivi ou terminé au moins une activité dans l'année, chaque \
             personne comptant une fois par an.",
        ],
        ..COMPUTED
    },
    IndicatorSpec {
        code: "DEMO-OP1.1.1",
        result: "OP1.1",
        modes: &["elearning"],
        statuses: &["completed"],
        disaggregations: &["sex", "region"],
        targets: &[150, 250, 450, 650, 700],
        baseline: Some(130),
        scaled: true,
        title: ["People completing eLearning courses", "Personnes ayant terminé un cours en ligne"],
        definition: [
            "People who completed at least one eLearning course that started in the year, each counted once a \
             year. The plan figure adds up the years.",
            "Personnes ayant terminé au moins un cours en ligne commencé dans l'année, chacune comptée une fois par \
             an. Le chiffre du plan additionne les années.",
        ],
        ..COMPUTED
    },
    IndicatorSpec {
        code: "DEMO-OP1.2.1",
        result: "OP1.2",
        modes: &["sponsorship"],
        statuses: &["attended", "completed"],
        disaggregations: &["sex", "region"],
        targets: &[5, 8, 12, 20, 20],
        scaled: true,
        title: ["Experts sponsored to attend ISO meetings", "Experts parrainés pour assister aux réunions de l'ISO"],
        definition: [
            "Experts whose attendance at an ISO technical committee or policy meeting in the year was sponsored, \
             each counted once a year.",
            "Experts dont la participation à une réunion d'un comité technique ou d'un organe politique de l'ISO \
             a été parrainée dans l'année, chacun compté une fois par an.",
        ],
        ..COMPUTED
    },
    IndicatorSpec {
        code: "DEMO-OC2.1",
        result: "OC2",
        disaggregations: &["sex", "stakeholder_group", "ldc"],
        targets: &[450, 800, 1300, 1500, 1500],
        baseline: Some(390),
        scaled: true,
        title: ["People reached by all activities", "Personnes touchées par l'ensemble des activités"],
        definition: [
            "People who attended or completed at least one activity of any kind that started in the year, each \
             counted once a year. The plan figure adds up the years.",
            "Personnes ayant suivi ou terminé au moins une activité, de tout type, commencée dans l'année, chacune \
             comptée une fois par an. Le chiffre du plan additionne les années.",
        ],
        ..COMPUTED
    },
    IndicatorSpec {
        code: "DEMO-OC2.2",
        result: "OC2",
        aggregation: "sum",
        targets: &[1300, 1500, 1700, 2000, 2200],
        baseline: Some(1250),
        title: ["ISO standards adopted as national standards", "Normes ISO adoptées comme normes nationales"],
        definition: [
            "ISO standards the member adopted as national standards during the year, identically or with national \
             modifications. The plan figure adds up the years.",
            "Normes ISO que le membre a adoptées comme normes nationales pendant l'année, à l'identique ou avec des \
             modifications nationales. Le chiffre du plan additionne les années.",
        ],
        data_source: [
            "Yearly report of each member's focal point, from its national catalogue of standards; reviewed by \
             staff.",
            "Rapport annuel du point focal de chaque membre, établi à partir de son catalogue national de normes ; \
             examiné par le personnel.",
        ],
        ..MEMBER_REPORTED
    },
    IndicatorSpec {
        code: "DEMO-OC2.3",
        result: "OC2",
        measure: "yes_no",
        targets: &[8, 10, 12, 15, 17],
        baseline: Some(7),
        title: [
            "Members with a national standardization strategy in place",
            "Membres dotés d'une stratégie nationale de normalisation",
        ],
        definition: [
            "Whether the member has a national standardization strategy adopted by its government or governing \
             board and in force at the end of the year. The yearly figure is the number of members answering yes.",
            "Le membre dispose-t-il d'une stratégie nationale de normalisation adoptée par son gouvernement ou son \
             conseil et en vigueur à la fin de l'année ? Le chiffre annuel est le nombre de membres répondant oui.",
        ],
        data_source: [
            "Yearly report of each member's focal point, with the strategy document as evidence; reviewed by staff.",
            "Rapport annuel du point focal de chaque membre, avec le document de stratégie comme justificatif ; \
             examiné par le personnel.",
        ],
        ..MEMBER_REPORTED
    },
    IndicatorSpec {
        code: "DEMO-OP2.1.1",
        result: "OP2.1",
        counts: "activities",
        modes: &["mission"],
        targets: &[2, 4, 6, 8, 8],
        scaled: true,
        title: ["Advisory missions completed", "Missions de conseil menées à terme"],
        definition: [
            "In-country advisory missions that started in the year and were completed.",
            "Missions de conseil dans les pays commencées dans l'année et menées à terme.",
        ],
        ..COMPUTED
    },
    IndicatorSpec {
        code: "DEMO-OP2.2.1",
        result: "OP2.2",
        output_only: true,
        disaggregations: &["sex", "income_group"],
        targets: &[400, 700, 1200, 1600, 1600],
        scaled: true,
        title: [
            "People reached by projects on using standards",
            "Personnes touchées par les projets sur l'utilisation des normes",
        ],
        definition: [
            "People who attended or completed at least one activity, started in the year, of a project or \
             activity linked to this output, each counted once a year.",
            "Personnes ayant suivi ou terminé au moins une activité, commencée dans l'année, d'un projet ou d'une \
             activité rattachés à ce produit, chacune comptée une fois par an.",
        ],
        ..COMPUTED
    },
    IndicatorSpec {
        code: "DEMO-OP2.2.2",
        result: "OP2.2",
        measure: "percentage",
        counts: "",
        disaggregations: &["sex"],
        targets: &[55, 58, 60, 62, 65],
        title: [
            "Share of participants applying what they learned",
            "Part des participants appliquant ce qu'ils ont appris",
        ],
        definition: [
            "Respondents to the follow-up survey sent six months after a training event or course who say they \
             apply the standard or practice at work, as a share of all respondents. The plan figure adds up the \
             respondents of every year.",
            "Répondants à l'enquête de suivi envoyée six mois après une formation ou un cours qui disent appliquer \
             la norme ou la pratique dans leur travail, en part de l'ensemble des répondants. Le chiffre du plan \
             additionne les répondants de toutes les années.",
        ],
        data_source: [
            "Follow-up surveys of participants, compiled each year by staff.",
            "Enquêtes de suivi auprès des participants, compilées chaque année par le personnel.",
        ],
        ..COMPUTED
    },
];

impl IndicatorSpec {
    /// The form of this indicator, its targets and baseline multiplied by `scale` when
    /// they follow the amount of delivery data.
    fn fields(&self, position: usize, scale: u32) -> IndicatorFields {
        let factor = if self.scaled { scale } else { 1 };
        let list = |items: &[&str]| items.iter().map(|i| (*i).to_owned()).collect::<Vec<_>>();
        IndicatorFields {
            code: self.code.to_owned(),
            result: self.result.to_owned(),
            position: position.to_string(),
            measure: self.measure.to_owned(),
            aggregation: self.aggregation.to_owned(),
            source: if self.counts.is_empty() { "reported" } else { "computed" }.to_owned(),
            member_level: if self.member_level { "true" } else { "" }.to_owned(),
            disaggregations: list(self.disaggregations),
            baseline_year: if self.baseline.is_some() { "2021".to_owned() } else { String::new() },
            baseline: self.baseline.map(|b| (b * factor).to_string()).unwrap_or_default(),
            target_period: (FIRST_YEAR..).take(self.targets.len()).map(|y| y.to_string()).collect(),
            target: self.targets.iter().map(|t| (t * factor).to_string()).collect(),
            title: en_fr(self.title),
            definition: en_fr(self.definition),
            data_source: en_fr(self.data_source),
            counts: self.counts.to_owned(),
            modes: list(self.modes),
            statuses: list(self.statuses),
            output_only: if self.output_only { "true" } else { "" }.to_owned(),
            filter: self.filter.to_owned(),
            numerator: self.numerator.to_owned(),
        }
    }
}

/// Writes the plan, its results and indicators; returns how many indicators, or none
/// when another seeder created the plan first.
async fn create_framework(db: &Db, actor: &Actor) -> Result<usize> {
    let plan = PlanInput::parse(&PlanFields {
        code: PLAN_CODE.to_owned(),
        first_year: FIRST_YEAR.to_string(),
        last_year: LAST_YEAR.to_string(),
        public: "true".to_owned(),
        illustrative: "true".to_owned(),
        title: en_fr(PLAN_TITLE),
        objective: en_fr(PLAN_OBJECTIVE),
    })
    .map_err(|e| anyhow!("demo plan: {e}"))?;
    match plans::create_plan(db, actor, &plan).await {
        Ok(_) => {}
        Err(StoreError::Conflict { .. }) => return Ok(0),
        Err(other) => return Err(other.into()),
    }
    for (position, result) in RESULTS.iter().enumerate() {
        let input = ResultInput::parse(&ResultFields {
            level: if result.parent.is_empty() { "outcome" } else { "output" }.to_owned(),
            parent: result.parent.to_owned(),
            code: result.code.to_owned(),
            position: position.to_string(),
            title: en_fr(result.title),
            description: en_fr(result.description),
        })
        .map_err(|e| anyhow!("demo result {}: {e}", result.code))?;
        plans::create_result(db, actor, PLAN_CODE, &input).await?;
    }
    // Counts of people and activities follow the amount of delivery data, so that
    // targets stay within reach whatever `--scale` first made the plan.
    let (projects,): (i64,) = db.fetch_one(Sql::new("SELECT COUNT(*) FROM projects WHERE code LIKE 'DEMO-%'")).await?;
    let scale = u32::try_from(projects / PROJECTS_PER_BATCH as i64).unwrap_or(1).max(1);
    for (position, spec) in INDICATORS.iter().enumerate() {
        let input = IndicatorInput::parse(&spec.fields(position, scale))
            .map_err(|e| anyhow!("demo indicator {}: {e}", spec.code))?;
        plans::create_indicator(db, actor, PLAN_CODE, &input).await?;
    }
    Ok(INDICATORS.len())
}

/// Which output the projects of each theme serve. A project serves the outputs of each
/// of its themes; `standards-adoption` serves both halves of the objective.
const THEME_OUTPUTS: &[(&str, &str)] = &[
    ("gender", "OP1.1"),
    ("standards-adoption", "OP1.1"),
    ("standards-adoption", "OP2.1"),
    ("quality-infrastructure", "OP2.1"),
    ("smes", "OP2.2"),
    ("conformity-assessment", "OP2.2"),
    ("food-safety", "OP2.2"),
    ("energy-efficiency", "OP2.2"),
    ("climate-action", "OP2.2"),
    ("circular-economy", "OP2.2"),
    ("digital-transformation", "OP2.2"),
];

/// Projects with at least this many sponsored meeting attendances make committee work
/// part of what they do, and serve the sponsorship output too.
const SPONSORSHIPS_FOR_OP12: i64 = 2;

/// Links every demo project not linked to any output of the plan yet, in one statement
/// (there are thousands at large scales); returns how many links were added. Projects
/// already linked are left alone, so that links staff changed stay as they are.
async fn link_projects(db: &Db) -> Result<u64> {
    let mut sql = Sql::new("");
    let plan = sql.param(PLAN_CODE);
    let mapping: Vec<String> = THEME_OUTPUTS
        .iter()
        .map(|(theme, output)| format!("SELECT {} AS slug, {} AS output", sql.param(*theme), sql.param(*output)))
        .collect();
    let sponsorship_output = sql.param("OP1.2");
    let sponsorships = sql.param(SPONSORSHIPS_FOR_OP12);
    sql.push(&format!(
        "INSERT INTO project_outputs (project_id, result_id) \
         SELECT DISTINCT l.project_id, r.id FROM ( \
           SELECT pt.project_id AS project_id, m.output AS output FROM project_themes pt \
           JOIN themes t ON t.id = pt.theme_id JOIN ({}) m ON m.slug = t.slug \
           UNION ALL \
           SELECT a.project_id, {sponsorship_output} FROM activities a WHERE a.mode = 'sponsorship' \
           GROUP BY a.project_id HAVING COUNT(*) >= {sponsorships} \
         ) l \
         JOIN projects p ON p.id = l.project_id \
         JOIN plans pl ON pl.code = {plan} \
         JOIN plan_results r ON r.plan_id = pl.id AND r.code = l.output AND r.level = 'output' \
         WHERE p.code LIKE 'DEMO-%' AND NOT EXISTS ( \
           SELECT 1 FROM project_outputs o JOIN plan_results linked ON linked.id = o.result_id \
           WHERE o.project_id = p.id AND linked.plan_id = pl.id)",
        mapping.join(" UNION ALL ")
    ));
    let mut tx = db.begin().await?;
    let links = tx.execute(sql).await?;
    tx.commit().await?;
    Ok(links)
}

/// The yearly figures one member reports, 2022–2026, for the member-level indicators.
struct MemberFigures {
    alpha2: String,
    /// For each of [`MEMBER_COUNTS`], the figure of each year.
    counts: [[i64; 5]; 5],
    /// Whether a national standardization strategy is in place each year.
    strategy: [bool; 5],
}

/// The member-level counts, in the order of [`MemberFigures::counts`].
const MEMBER_COUNTS: [&str; 5] = ["DEMO-OC1.2", "DEMO-OC1.3", "DEMO-OC1.4", "DEMO-OC1.5", "DEMO-OC2.2"];
const STRATEGY: &str = "DEMO-OC2.3";
const APPLYING: &str = "DEMO-OP2.2.2";

/// Plausible figures for a member of `category`: member bodies take part in technical
/// work, correspondents observe it, subscribers keep informed.
fn member_figures(rng: &mut StdRng, alpha2: String, category: MemberCategory) -> MemberFigures {
    use MemberCategory::*;
    let body = category == MemberBody;
    let mut p = if body { rng.random_range(8..=70) } else { 0 };
    let mut o = match category {
        MemberBody => rng.random_range(10..=70),
        Correspondent => rng.random_range(4..=30),
        Subscriber => rng.random_range(0..=3),
    };
    let mut leadership = if body { weighted(rng, &[(0, 6), (1, 3), (2, 1)]) } else { 0 };
    let delegates = if body { rng.random_range(3..=25) } else { 0 };
    let adoptions = match category {
        MemberBody => rng.random_range(20..=150),
        Correspondent => rng.random_range(5..=40),
        Subscriber => rng.random_range(0..=8),
    };
    // The year a strategy came into force: before the plan, during it, or not yet.
    let strategy_from = weighted(rng, &[(2019, 3), (2023, 1), (2024, 1), (2025, 1), (2026, 1), (9999, 4)]);
    let mut figures = MemberFigures { alpha2, counts: [[0; 5]; 5], strategy: [false; 5] };
    for year in 0..5 {
        if year > 0 && body {
            p += rng.random_range(-1..=4);
            leadership += i64::from(rng.random_bool(0.12));
        }
        if year > 0 {
            o = (o + rng.random_range(-2..=2)).max(0);
        }
        // Meetings went back to being held in person after 2022: attendance grows.
        let meetings = delegates * (6 + year as i64) / 10 + if body { rng.random_range(0..=3) } else { 0 };
        let adopted = adoptions * rng.random_range(70..=130) / 100;
        figures.counts[0][year] = p.max(0);
        figures.counts[1][year] = o;
        figures.counts[2][year] = leadership;
        figures.counts[3][year] = meetings;
        figures.counts[4][year] = adopted;
        figures.strategy[year] = FIRST_YEAR + year as i64 >= strategy_from;
    }
    figures
}

/// What became of one report for 2026, the year under review as of the demo's day.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Fate {
    Approved,
    /// Returned with a reason, corrected, submitted again and approved.
    Corrected,
    Submitted,
    Draft,
    Returned,
}

/// Rotating by member and indicator gives every indicator reports in every status.
fn fate_2026(member: usize, indicator: usize) -> Fate {
    match (member + indicator) % 10 {
        0..=4 => Fate::Approved,
        5 => Fate::Corrected,
        6 | 7 => Fate::Submitted,
        8 => Fate::Draft,
        _ => Fate::Returned,
    }
}

const RETURN_REASONS: &[&str] = &[
    "Please attach the committee list from the ISO Global Directory as evidence.",
    "Please explain the change from last year's figure in the narrative.",
    "Please report the position at the end of the year, not at the date of the report.",
];

/// The survey behind the plan-level share, each year: respondents applying what they
/// learned, respondents, and of them the women (applying, respondents).
const SURVEYS: [(i64, i64, i64, i64, i64); 5] = [
    (2022, 101, 180, 44, 79),
    (2023, 142, 240, 63, 104),
    (2024, 195, 310, 90, 139),
    (2025, 221, 365, 104, 170),
    (2026, 196, 290, 93, 133),
];

const SURVEY_NARRATIVES: [&str; 5] = [
    "Survey sent to the participants of 14 training events; response rate 38 %. Quality management and food \
     safety courses scored highest.",
    "Survey extended to eLearning courses; response rate 41 %. Respondents from SMEs report applying ISO 9001 \
     practices most often.",
    "Response rate 44 %. Laboratory staff trained on ISO/IEC 17025 report the highest rate of application.",
    "Response rate 43 %. Fewer respondents apply climate and energy standards than expected: follow-up coaching \
     is planned.",
    "Provisional: surveys of the first three quarters only.",
];

/// Reports the member-level figures of the demo focal points' members and of other
/// developing members, and the plan-level share, through the store's review workflow;
/// returns how many updates were created.
async fn report(db: &Db, actor: &Actor, plan: &Framework) -> Result<usize> {
    let mut rng = StdRng::seed_from_u64(SEED);
    let mut developing =
        members::matching(db, &MemberFilter { developing: Some(true), ..MemberFilter::default() }).await?;
    developing.sort_by_key(|m| m.alpha2.to_string());
    let (focal, others): (Vec<_>, Vec<_>) =
        developing.into_iter().partition(|m| FOCAL_MEMBERS.contains(&m.alpha2.to_string().as_str()));
    let mut reporting: Vec<_> = focal;
    let mut chosen: Vec<_> = others.choose_multiple(&mut rng, OTHER_REPORTING_MEMBERS).collect();
    chosen.sort_by_key(|m| m.alpha2.to_string());
    reporting.extend(chosen.into_iter().cloned());
    let figures: Vec<MemberFigures> =
        reporting.iter().map(|m| member_figures(&mut rng, m.alpha2.to_string(), m.category)).collect();

    let mut created = 0;
    let mut to_approve = Vec::new();
    for (m, member) in figures.iter().enumerate() {
        let by = Reporter::Member(&member.alpha2);
        for (year_index, year) in (FIRST_YEAR..=LAST_YEAR).enumerate() {
            let mut reports: Vec<UpdateFields> = MEMBER_COUNTS
                .iter()
                .enumerate()
                .map(|(i, code)| UpdateFields {
                    value: member.counts[i][year_index].to_string(),
                    ..update_fields(code, year, &member.alpha2)
                })
                .collect();
            let in_place = member.strategy[year_index];
            let adopted = in_place && year_index > 0 && !member.strategy[year_index - 1];
            reports.push(UpdateFields {
                yes: if in_place { "yes" } else { "no" }.to_owned(),
                narrative: if adopted {
                    format!("National standardization strategy {year}–{} adopted this year (fictional).", year + 4)
                } else {
                    String::new()
                },
                ..update_fields(STRATEGY, year, &member.alpha2)
            });
            for (i, fields) in reports.into_iter().enumerate() {
                let fate = if CLOSED_YEARS.contains(&year) { Fate::Approved } else { fate_2026(m, i) };
                let input = parse_update(plan, &fields)?;
                if fate == Fate::Corrected && fields.value.parse::<i64>().is_ok_and(|v| v > 0) {
                    // First submitted with a slip of the keyboard, which the review catches.
                    let slip = UpdateFields { value: format!("{}0", fields.value), ..fields.clone() };
                    let id = updates::create(db, actor, plan, &parse_update(plan, &slip)?, by, true).await?;
                    let reason = "Ten times last year's figure: please check it.";
                    updates::transition(db, actor, id, UpdateStatus::Returned, Some(reason), Reporter::Staff).await?;
                    updates::edit(db, actor, plan, id, &input, by, true).await?;
                    to_approve.push(id);
                    created += 1;
                    continue;
                }
                let id = updates::create(db, actor, plan, &input, by, fate != Fate::Draft).await?;
                created += 1;
                match fate {
                    Fate::Approved | Fate::Corrected => to_approve.push(id),
                    Fate::Draft | Fate::Submitted => {}
                    Fate::Returned => {
                        let reason = RETURN_REASONS[(m + i) % RETURN_REASONS.len()];
                        updates::transition(db, actor, id, UpdateStatus::Returned, Some(reason), Reporter::Staff)
                            .await?;
                    }
                }
            }
        }
    }
    for (year, applying, respondents, women_applying, women) in SURVEYS {
        let index = usize::try_from(year - FIRST_YEAR).unwrap_or(0);
        let fields = UpdateFields {
            numerator: applying.to_string(),
            denominator: respondents.to_string(),
            narrative: SURVEY_NARRATIVES[index].to_owned(),
            evidence_url: format!("https://demo.apdc.invalid/surveys/follow-up-{year}.pdf"),
            part: vec!["sex=female".to_owned()],
            part_value: vec![format!("{women_applying}/{women}")],
            ..update_fields(APPLYING, year, "")
        };
        let input = parse_update(plan, &fields)?;
        let id = updates::create(db, actor, plan, &input, Reporter::Staff, true).await?;
        created += 1;
        // The latest survey awaits review.
        if CLOSED_YEARS.contains(&year) {
            to_approve.push(id);
        }
    }
    updates::approve_many(db, actor, &to_approve).await?;
    Ok(created)
}

fn update_fields(indicator: &str, year: i64, member: &str) -> UpdateFields {
    UpdateFields {
        indicator: indicator.to_owned(),
        period: year.to_string(),
        member: member.to_owned(),
        ..UpdateFields::default()
    }
}

fn parse_update(plan: &Framework, fields: &UpdateFields) -> Result<UpdateInput> {
    let indicator =
        plan.indicator(&fields.indicator).ok_or_else(|| anyhow!("no demo indicator {}", fields.indicator))?;
    UpdateInput::parse(fields, indicator.measure, indicator.member_level, &indicator.disaggregations)
        .map_err(|e| anyhow!("demo update {} {} {}: {e}", fields.indicator, fields.period, fields.member))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_indicator_parses_with_a_target_for_each_year() {
        for (position, spec) in INDICATORS.iter().enumerate() {
            let input =
                IndicatorInput::parse(&spec.fields(position, 3)).unwrap_or_else(|e| panic!("{}: {e}", spec.code));
            assert_eq!(input.texts.len(), 2, "{}: English and French", spec.code);
            assert!(input.texts.iter().all(|t| t.body.is_some() && t.note.is_some()), "{}", spec.code);
            if input.measure != apdc_domain::results::Measure::Narrative {
                let years: Vec<i64> = input.targets.iter().map(|(p, _)| *p).collect();
                assert_eq!(years, (FIRST_YEAR..=LAST_YEAR).collect::<Vec<_>>(), "{}", spec.code);
            }
        }
        assert!((10..=14).contains(&INDICATORS.len()));
        let scaled = INDICATORS.iter().find(|s| s.code == "DEMO-OC2.1").unwrap();
        assert_eq!(IndicatorInput::parse(&scaled.fields(0, 3)).unwrap().targets[0], (2022, 135_000));
    }

    #[test]
    fn every_result_parses_and_every_linked_output_exists() {
        for result in RESULTS {
            let level = if result.parent.is_empty() { "outcome" } else { "output" };
            let fields = ResultFields {
                level: level.into(),
                parent: result.parent.into(),
                code: result.code.into(),
                title: en_fr(result.title),
                description: en_fr(result.description),
                ..ResultFields::default()
            };
            ResultInput::parse(&fields).unwrap_or_else(|e| panic!("{}: {e}", result.code));
        }
        for (theme, output) in THEME_OUTPUTS {
            assert!(super::super::catalogue::THEMES.iter().any(|t| t.slug == *theme), "{theme}");
            assert!(RESULTS.iter().any(|r| r.code == *output && !r.parent.is_empty()), "{output}");
        }
        for theme in super::super::catalogue::THEMES {
            assert!(
                THEME_OUTPUTS.iter().any(|(t, _)| *t == theme.slug),
                "every theme serves an output: {}",
                theme.slug
            );
        }
    }

    #[test]
    fn every_indicator_gets_reports_in_every_status_for_2026() {
        for indicator in 0..=MEMBER_COUNTS.len() {
            let fates: Vec<Fate> =
                (0..FOCAL_MEMBERS.len() + OTHER_REPORTING_MEMBERS).map(|m| fate_2026(m, indicator)).collect();
            for fate in [Fate::Approved, Fate::Corrected, Fate::Submitted, Fate::Draft, Fate::Returned] {
                assert!(fates.contains(&fate));
            }
        }
    }
}
