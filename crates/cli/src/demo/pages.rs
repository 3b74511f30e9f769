//! Demonstration pages staff write: "About the Action Plan" and "How we work" in the main
//! navigation, one "Get involved" page per audience, and a note on the demonstration in
//! the footer — all marked as written for the demonstration, published through the real
//! workflow. Pages already there are left alone.

use anyhow::Result;
use apdc_domain::content::{
    ContentKind, ContentText, Placement, StoryInput, StoryLinks, WorkflowAction, WorkflowInput,
};
use apdc_store::contents;
use apdc_store::{Actor, Db};

/// One demonstration page.
struct Demo {
    slug: &'static str,
    placement: Placement,
    position: i64,
    /// (language, title, standfirst, body); the first is the source.
    texts: &'static [(&'static str, &'static str, &'static str, &'static str)],
}

const PAGES: &[Demo] = &[
    Demo {
        slug: "about-the-action-plan",
        placement: Placement::Header,
        position: 1,
        texts: &[
            (
                "en",
                "About the Action Plan",
                "Technical assistance and training for the national standards bodies of developing countries.",
                "*Demonstration text.*\n\n## What the Action Plan does\n\nThe Action Plan for developing countries helps national standards bodies take part in international standardization and put standards to work at home.\n\n- eLearning and webinars\n- distance coaching and in-country advisory missions\n- training events and sponsorship to attend meetings\n\n## Designed with members\n\nIts priorities come from an inclusive consultation of members.",
            ),
            (
                "fr",
                "À propos du Plan d’action",
                "Assistance technique et formation pour les organismes nationaux de normalisation des pays en développement.",
                "*Texte de démonstration.*\n\n## Ce que fait le Plan d’action\n\nLe Plan d’action pour les pays en développement aide les organismes nationaux de normalisation à participer à la normalisation internationale et à mettre les normes en pratique chez eux.\n\n- apprentissage en ligne et webinaires\n- accompagnement à distance et missions de conseil dans le pays\n- formations et parrainage pour assister aux réunions\n\n## Conçu avec les membres\n\nSes priorités sont issues d’une consultation ouverte à tous les membres.",
            ),
            (
                "es",
                "Acerca del Plan de acción",
                "Asistencia técnica y formación para los organismos nacionales de normalización de los países en desarrollo.",
                "*Texto de demostración.*\n\n## Qué hace el Plan de acción\n\nEl Plan de acción para los países en desarrollo ayuda a los organismos nacionales de normalización a participar en la normalización internacional y a aplicar las normas en su país.\n\n## Diseñado con los miembros\n\nSus prioridades surgen de una consulta abierta a todos los miembros.",
            ),
            (
                "ar",
                "عن خطة العمل",
                "مساعدة فنية وتدريب لهيئات التقييس الوطنية في البلدان النامية.",
                "*نص للعرض التوضيحي.*\n\n## ما تقدّمه خطة العمل\n\nتساعد خطة العمل للبلدان النامية هيئاتِ التقييس الوطنية على المشاركة في التقييس الدولي وتطبيق المواصفات في بلدانها.\n\n## صُمّمت مع الأعضاء\n\nتنبع أولوياتها من تشاور شامل مع الأعضاء.",
            ),
            (
                "ru",
                "О Плане действий",
                "Техническая помощь и обучение для национальных органов по стандартизации развивающихся стран.",
                "*Демонстрационный текст.*\n\n## Что делает План действий\n\nПлан действий для развивающихся стран помогает национальным органам по стандартизации участвовать в международной стандартизации и применять стандарты у себя в стране.\n\n## Создан вместе с членами\n\nЕго приоритеты определены в ходе открытой консультации с членами.",
            ),
        ],
    },
    Demo {
        slug: "how-we-work",
        placement: Placement::Header,
        position: 2,
        texts: &[
            (
                "en",
                "How we work",
                "Projects, activities and results, measured against the plan's indicators.",
                "*Demonstration text.*\n\nEach project groups activities — courses, webinars, coaching, missions — and reports what they achieved against the results framework. Figures on this site come from the activities recorded.",
            ),
            (
                "fr",
                "Notre façon de travailler",
                "Projets, activités et résultats, mesurés au regard des indicateurs du plan.",
                "*Texte de démonstration.*\n\nChaque projet regroupe des activités — cours, webinaires, accompagnement, missions — et rend compte de ses résultats au regard du cadre de résultats. Les chiffres de ce site proviennent des activités enregistrées.",
            ),
        ],
    },
    Demo {
        slug: "get-involved-member-bodies",
        placement: Placement::GetInvolved,
        position: 1,
        texts: &[
            (
                "en",
                "For member bodies",
                "National standards bodies request assistance, nominate participants and report their results.",
                "*Demonstration text.*\n\nYour focal points nominate people for training and report the figures the Action Plan follows. Requests for an advisory mission or distance coaching will be made here.",
            ),
            (
                "fr",
                "Pour les organismes membres",
                "Les organismes nationaux de normalisation demandent une assistance, proposent des participants et rendent compte de leurs résultats.",
                "*Texte de démonstration.*\n\nVos correspondants proposent des personnes pour les formations et communiquent les chiffres que suit le Plan d’action. Les demandes de mission de conseil ou d’accompagnement à distance se feront ici.",
            ),
        ],
    },
    Demo {
        slug: "get-involved-stakeholders",
        placement: Placement::GetInvolved,
        position: 2,
        texts: &[
            (
                "en",
                "For stakeholders of member bodies",
                "Industry, consumers, regulators and academia take part through their national standards body.",
                "*Demonstration text.*\n\nAsk your national standards body which trainings and consultations are open to you.",
            ),
            (
                "fr",
                "Pour les parties prenantes des membres",
                "Industrie, consommateurs, autorités de réglementation et universités participent par l’intermédiaire de leur organisme national de normalisation.",
                "*Texte de démonstration.*\n\nDemandez à votre organisme national de normalisation quelles formations et consultations vous sont ouvertes.",
            ),
        ],
    },
    Demo {
        slug: "get-involved-experts",
        placement: Placement::GetInvolved,
        position: 3,
        texts: &[(
            "en",
            "For experts",
            "Share your experience as a trainer, coach or advisor.",
            "*Demonstration text.*\n\nCalls for experts will be published on this site.",
        )],
    },
    Demo {
        slug: "get-involved-donors",
        placement: Placement::GetInvolved,
        position: 4,
        texts: &[(
            "fr",
            "Pour les bailleurs de fonds et les partenaires",
            "Financer des projets et suivre leurs résultats.",
            "*Texte de démonstration.*\n\nLes bailleurs de fonds suivent les projets qu’ils financent et leurs résultats sur ce site.",
        )],
    },
    Demo {
        slug: "about-this-demonstration",
        placement: Placement::Footer,
        position: 1,
        texts: &[(
            "en",
            "About this demonstration",
            "Every name, figure and story on this demonstration site is fictional.",
            "*Demonstration text.*\n\nThe data on this site were generated to show what the platform does. They describe no real organisation or person.",
        )],
    },
];

fn text(language: &str, title: &str, standfirst: &str, body: &str) -> ContentText {
    ContentText {
        image_alt: None,
        language: language.to_owned(),
        title: title.to_owned(),
        standfirst: Some(standfirst.to_owned()),
        body: body.to_owned(),
        people: None,
    }
}

fn step(action: WorkflowAction) -> WorkflowInput {
    WorkflowInput { action, comment: None, publish_at: None }
}

/// Adds the demonstration pages that are not there yet; returns how many it added.
pub async fn seed(db: &Db, actor: &Actor) -> Result<usize> {
    let mut added = 0;
    for demo in PAGES {
        if contents::id_of(db, ContentKind::Page, demo.slug).await?.is_some() {
            continue;
        }
        let Some(((language, title, standfirst, body), translations)) = demo.texts.split_first() else { continue };
        let input = StoryInput {
            slug: demo.slug.to_owned(),
            source_language: (*language).to_owned(),
            text: text(language, title, standfirst, body),
            links: StoryLinks {
                placement: Some(demo.placement),
                position: Some(demo.position),
                ..StoryLinks::default()
            },
            minor: false,
        };
        let page = contents::create(db, actor, ContentKind::Page, &input).await?;
        for (language, title, standfirst, body) in translations {
            contents::translate(db, actor, page.id, &text(language, title, standfirst, body), true).await?;
        }
        contents::step(db, actor, true, page.id, &step(WorkflowAction::Submit)).await?;
        contents::step(db, actor, true, page.id, &step(WorkflowAction::Publish)).await?;
        added += 1;
    }
    Ok(added)
}
