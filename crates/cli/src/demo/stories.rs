//! Demonstration success stories: a dozen fictional stories in several languages, told
//! through the real workflow (written, submitted, published by a reviewer). Some have a
//! translation made before their source changed, so it shows as out of date; one is
//! scheduled to appear a month after seeding. Several are led by a drawn picture
//! (`pictures`). Stories already there are left alone.

use anyhow::Result;
use apdc_domain::content::{ContentKind, ContentText, StoryInput, StoryLinks, WorkflowAction, WorkflowInput};
use apdc_store::contents;
use apdc_store::{Actor, Db};

/// One demonstration story.
struct Demo {
    slug: &'static str,
    language: &'static str,
    title: &'static str,
    standfirst: &'static str,
    body: &'static str,
    people: &'static str,
    /// (language, title, standfirst, body)
    translations: &'static [(&'static str, &'static str, &'static str, &'static str)],
    /// A later change of the source, after which the translations are behind.
    revised_body: Option<&'static str>,
    members: &'static [&'static str],
    countries: &'static [&'static str],
    sdgs: &'static [i64],
    themes: &'static [&'static str],
    /// Days before seeding it was published; negative: scheduled for later.
    days_ago: i64,
}

const NOTE_EN: &str = "*A fictional story written for this demonstration.*\n\n";
const NOTE_FR: &str = "*Récit fictif rédigé pour cette démonstration.*\n\n";
const NOTE_ES: &str = "*Historia ficticia escrita para esta demostración.*\n\n";
const NOTE_AR: &str = "*قصة خيالية كُتبت لهذا العرض التوضيحي.*\n\n";
const NOTE_RU: &str = "*Вымышленная история, написанная для демонстрации.*\n\n";

const STORIES: &[Demo] = &[
    Demo {
        slug: "solar-water-heaters-kenya",
        language: "en",
        title: "Testing solar water heaters to one standard in Kenya (fictional)",
        standfirst: "A national test bench lets local makers show their heaters meet the requirements buyers ask for.",
        body: "## A shared test bench\n\nThe fictional standards body set up one test bench for solar water heaters, built to the international test method, so that small makers no longer send samples abroad.\n\n- 14 makers tested their products in the first year\n- testing time fell from months to weeks\n\n> We can now tell a buyer exactly how our heater performs.",
        people: "Grace Demo, engineer, fictional test laboratory",
        translations: &[(
            "fr",
            "Tester les chauffe-eau solaires selon une même norme au Kenya (fictif)",
            "Un banc d’essai national permet aux fabricants locaux de montrer que leurs chauffe-eau répondent aux exigences des acheteurs.",
            "## Un banc d’essai partagé\n\nL’organisme de normalisation fictif a installé un banc d’essai pour les chauffe-eau solaires, conforme à la méthode d’essai internationale.\n\n> Nous pouvons désormais dire à un acheteur exactement ce que vaut notre chauffe-eau.",
        )],
        revised_body: Some(
            "## A shared test bench\n\nThe fictional standards body set up one test bench for solar water heaters, built to the international test method, so that small makers no longer send samples abroad.\n\n- 14 makers tested their products in the first year\n- 9 of them now sell to public buyers\n- testing time fell from months to weeks\n\n> We can now tell a buyer exactly how our heater performs.",
        ),
        members: &["KE"],
        countries: &["KE"],
        sdgs: &[7, 9],
        themes: &["energy-efficiency"],
        days_ago: 400,
    },
    Demo {
        slug: "normes-qualite-mangue-senegal",
        language: "fr",
        title: "La mangue sénégalaise à l’export grâce aux normes de qualité (fictif)",
        standfirst: "Des coopératives fictives ont appris à appliquer les normes de tri et d’emballage exigées par leurs clients.",
        body: "## Former les coopératives\n\nAprès trois ateliers, les coopératives ont adopté les mêmes règles de tri et de calibrage.\n\n- 6 coopératives formées\n- un guide en wolof et en français\n\n> Nos lots ne sont plus refusés au port.",
        people: "Awa Exemple, présidente d’une coopérative fictive",
        translations: &[(
            "en",
            "Senegalese mangoes reach export markets through quality standards (fictional)",
            "Fictional cooperatives learnt to apply the grading and packing standards their buyers require.",
            "## Training the cooperatives\n\nAfter three workshops, the cooperatives adopted the same grading and sizing rules.\n\n> Our consignments are no longer turned away at the port.",
        )],
        revised_body: None,
        members: &["SN"],
        countries: &["SN"],
        sdgs: &[2, 8],
        themes: &["food-safety", "smes"],
        days_ago: 350,
    },
    Demo {
        slug: "metrologia-peru-laboratorios",
        language: "es",
        title: "Laboratorios peruanos más confiables con la metrología (ficticio)",
        standfirst: "Un programa ficticio de tutoría a distancia ayudó a tres laboratorios a preparar su acreditación.",
        body: "## Tutoría a distancia\n\nDurante seis meses, una experta acompañó a tres laboratorios en la calibración de sus equipos.\n\n- 3 laboratorios preparados\n- 40 técnicos formados\n\n> Ahora confiamos en nuestras mediciones.",
        people: "Rosa Ejemplo, jefa de laboratorio ficticio",
        translations: &[],
        revised_body: None,
        members: &["PE"],
        countries: &["PE"],
        sdgs: &[9],
        themes: &["quality-infrastructure"],
        days_ago: 300,
    },
    Demo {
        slug: "women-in-standards-viet-nam",
        language: "en",
        title: "More women in technical committees in Viet Nam (fictional)",
        standfirst: "A fictional mentoring scheme brought new experts into national standards work.",
        body: "## Mentoring new experts\n\nEach new expert was paired with an experienced committee member for a year.\n\n- 25 women joined technical committees\n- 4 now lead working groups",
        people: "Linh Example, committee secretary (fictional)",
        translations: &[
            (
                "fr",
                "Davantage de femmes dans les comités techniques au Viet Nam (fictif)",
                "Un programme de mentorat fictif a fait entrer de nouvelles expertes dans les travaux de normalisation.",
                "## Accompagner de nouvelles expertes\n\nChaque nouvelle experte a été accompagnée pendant un an par un membre expérimenté d’un comité.",
            ),
            (
                "es",
                "Más mujeres en los comités técnicos de Viet Nam (ficticio)",
                "Un programa ficticio de mentoría incorporó nuevas expertas al trabajo de normalización.",
                "## Acompañar a nuevas expertas\n\nCada nueva experta trabajó durante un año junto a un miembro experimentado de un comité.",
            ),
        ],
        revised_body: Some(
            "## Mentoring new experts\n\nEach new expert was paired with an experienced committee member for a year, then took part in an international meeting.\n\n- 25 women joined technical committees\n- 4 now lead working groups",
        ),
        members: &["VN"],
        countries: &["VN"],
        sdgs: &[5],
        themes: &["gender"],
        days_ago: 250,
    },
    Demo {
        slug: "fiji-food-safety-webinars",
        language: "en",
        title: "Food safety webinars reach Fiji's outer islands (fictional)",
        standfirst: "Short webinars let small producers on distant islands learn food safety management without travelling.",
        body: "## Learning without travelling\n\nA fictional series of six webinars covered hazard analysis and hygiene.\n\n- 120 participants from 9 islands\n- recordings kept for those with poor connections",
        people: "Mere Example, food safety officer (fictional)",
        translations: &[],
        revised_body: None,
        members: &["FJ"],
        countries: &["FJ"],
        sdgs: &[2, 3],
        themes: &["food-safety"],
        days_ago: 200,
    },
    Demo {
        slug: "economie-circulaire-maroc",
        language: "fr",
        title: "L’économie circulaire dans les PME marocaines (fictif)",
        standfirst: "Une formation fictive a aidé des PME à mesurer et réduire leurs déchets.",
        body: "## Mesurer d’abord\n\nLes entreprises ont appris à mesurer leurs flux de matières avant de choisir quoi réduire.\n\n- 30 PME formées\n- un tiers de déchets en moins en moyenne",
        people: "Youssef Exemple, consultant fictif",
        translations: &[(
            "ar",
            "الاقتصاد الدائري في المؤسسات الصغيرة والمتوسطة المغربية (قصة خيالية)",
            "ساعد تدريب خيالي مؤسساتٍ صغيرة ومتوسطة على قياس نفاياتها وتقليلها.",
            "## القياس أولًا\n\nتعلّمت المؤسسات قياس تدفقات المواد قبل اختيار ما يجب تقليله.",
        )],
        revised_body: None,
        members: &["MA"],
        countries: &["MA"],
        sdgs: &[12],
        themes: &["circular-economy", "smes"],
        days_ago: 150,
    },
    Demo {
        slug: "digital-standards-rwanda",
        language: "en",
        title: "Standards go digital in Rwanda (fictional)",
        standfirst: "A fictional standards body moved its catalogue and sales online with distance coaching.",
        body: "## An online catalogue\n\nCoaching sessions helped the team choose and set up an online catalogue.\n\n- sales doubled in a year\n- committee members now comment on drafts online",
        people: "Eric Example, head of information services (fictional)",
        translations: &[],
        revised_body: None,
        members: &["RW"],
        countries: &["RW"],
        sdgs: &[9, 17],
        themes: &["digital-transformation"],
        days_ago: 120,
    },
    Demo {
        slug: "water-standards-jordan",
        language: "ar",
        title: "مواصفات لترشيد استهلاك المياه في الأردن (قصة خيالية)",
        standfirst: "ساعدت بعثة استشارية خيالية الهيئة الوطنية على إعداد مواصفة لأدوات ترشيد المياه.",
        body: "## بعثة استشارية\n\nعمل خبيران مع اللجنة الفنية طوال أسبوعين.\n\n- مواصفة وطنية جديدة\n- ثلاث ورش عمل مع المصنّعين",
        people: "ليلى مثال، مهندسة في الهيئة (شخصية خيالية)",
        translations: &[(
            "en",
            "Standards for saving water in Jordan (fictional)",
            "A fictional advisory mission helped the national body prepare a standard for water-saving fittings.",
            "## An advisory mission\n\nTwo experts worked with the technical committee for two weeks.",
        )],
        revised_body: None,
        members: &["JO"],
        countries: &["JO"],
        sdgs: &[6],
        themes: &["climate-action"],
        days_ago: 90,
    },
    Demo {
        slug: "energy-management-kyrgyzstan",
        language: "ru",
        title: "Энергоменеджмент на предприятиях Кыргызстана (вымышленная история)",
        standfirst: "Вымышленная программа обучения помогла предприятиям внедрить систему энергоменеджмента.",
        body: "## Обучение на месте\n\nИнженеры пяти предприятий прошли курс по системам энергоменеджмента.\n\n- 5 предприятий\n- экономия энергии до 12 %",
        people: "Айгуль Пример, инженер-энергетик (вымышленный персонаж)",
        translations: &[],
        revised_body: None,
        members: &["KG"],
        countries: &["KG"],
        sdgs: &[7, 13],
        themes: &["energy-efficiency"],
        days_ago: 60,
    },
    Demo {
        slug: "sponsorship-iso-meeting-bolivia",
        language: "es",
        title: "De La Paz a una reunión de ISO: la voz de Bolivia en un comité (ficticio)",
        standfirst: "Un experto boliviano ficticio participó por primera vez en una reunión plenaria gracias al patrocinio.",
        body: "## Una primera participación\n\nEl experto presentó los comentarios de su comité nacional sobre un proyecto de norma.\n\n> Nuestros comentarios fueron tenidos en cuenta.",
        people: "Jorge Ejemplo, experto ficticio",
        translations: &[(
            "en",
            "From La Paz to an ISO meeting: Bolivia's voice in a committee (fictional)",
            "A fictional Bolivian expert took part in a plenary meeting for the first time thanks to sponsorship.",
            "## A first participation\n\nThe expert presented his national committee's comments on a draft standard.",
        )],
        revised_body: None,
        members: &["BO"],
        countries: &["BO"],
        sdgs: &[17],
        themes: &["quality-infrastructure"],
        days_ago: 30,
    },
    Demo {
        slug: "smes-certification-ghana",
        language: "en",
        title: "Small firms in Ghana prepare for certification (fictional)",
        standfirst: "A fictional eLearning course helped small firms understand what certification asks of them.",
        body: "## Learning at their own pace\n\nThe course was followed online, in short modules.\n\n- 300 learners enrolled\n- 70 % completed the course",
        people: "Kofi Example, quality manager (fictional)",
        translations: &[],
        revised_body: None,
        members: &["GH"],
        countries: &["GH"],
        sdgs: &[8, 9],
        themes: &["smes"],
        days_ago: 10,
    },
    Demo {
        slug: "climate-adaptation-standards-pacific",
        language: "en",
        title: "Standards for climate adaptation in the Pacific (fictional)",
        standfirst: "A fictional regional workshop brings Pacific standards bodies together on adaptation.",
        body: "## A regional workshop\n\nStandards bodies from the region will compare how they use standards for building in a changing climate.",
        people: "",
        translations: &[],
        revised_body: None,
        members: &["FJ"],
        countries: &["FJ", "WS", "TO"],
        sdgs: &[13],
        themes: &["climate-action"],
        days_ago: -30,
    },
];

fn note(language: &str) -> &'static str {
    match language {
        "fr" => NOTE_FR,
        "es" => NOTE_ES,
        "ar" => NOTE_AR,
        "ru" => NOTE_RU,
        _ => NOTE_EN,
    }
}

fn text(slug: &str, language: &str, title: &str, standfirst: &str, body: &str, people: &str) -> ContentText {
    ContentText {
        language: language.to_owned(),
        title: title.to_owned(),
        standfirst: Some(standfirst.to_owned()).filter(|s| !s.is_empty()),
        body: format!("{}{body}", note(language)),
        people: Some(people.to_owned()).filter(|p| !p.is_empty()),
        image_alt: super::pictures::description(slug, language),
    }
}

/// Links to what exists: members, countries and themes not in the database are left out.
async fn links(db: &Db, demo: &Demo, project: Option<String>, image: Option<String>) -> Result<StoryLinks> {
    let members = apdc_store::members::matching(db, &Default::default()).await?;
    let themes = apdc_store::organisations::themes(db).await?;
    let known = |code: &&&str| members.iter().any(|m| m.alpha2.as_str() == **code);
    Ok(StoryLinks {
        projects: project.into_iter().collect(),
        members: demo.members.iter().filter(known).map(|c| (*c).to_owned()).collect(),
        countries: demo.countries.iter().map(|c| (*c).to_owned()).collect(),
        sdgs: demo.sdgs.to_vec(),
        themes: demo.themes.iter().filter(|t| themes.iter().any(|x| x.slug == **t)).map(|t| (*t).to_owned()).collect(),
        placement: None,
        position: None,
        image,
    })
}

fn step(action: WorkflowAction, publish_at: Option<i64>) -> WorkflowInput {
    WorkflowInput { action, comment: None, publish_at }
}

/// Adds the demonstration stories that are not there yet; returns how many it added.
pub async fn seed(db: &Db, actor: &Actor) -> Result<usize> {
    let now = apdc_store::now();
    let mut added = 0;
    for demo in STORIES {
        if contents::id_of(db, ContentKind::Story, demo.slug).await?.is_some() {
            continue;
        }
        // A public project in the story's first country, when the demonstration has one.
        let filter = apdc_store::projects::ProjectFilter {
            public_only: true,
            country: demo.countries.first().map(|c| (*c).to_owned()),
            ..Default::default()
        };
        let project =
            apdc_store::projects::list(db, &filter, "en", 1, 1).await?.items.into_iter().next().map(|p| p.code);
        let input = StoryInput {
            slug: demo.slug.to_owned(),
            source_language: demo.language.to_owned(),
            text: text(demo.slug, demo.language, demo.title, demo.standfirst, demo.body, demo.people),
            links: links(db, demo, project, super::pictures::upload(db, actor, demo.slug).await?).await?,
            minor: false,
        };
        let story = contents::create(db, actor, ContentKind::Story, &input).await?;
        for (language, title, standfirst, body) in demo.translations {
            let translation = text(demo.slug, language, title, standfirst, body, "");
            contents::translate(db, actor, story.id, &translation, true).await?;
        }
        contents::step(db, actor, true, story.id, &step(WorkflowAction::Submit, None)).await?;
        let moment = now - demo.days_ago * 86_400;
        contents::step(db, actor, true, story.id, &step(WorkflowAction::Publish, Some(moment))).await?;
        if let Some(revised) = demo.revised_body {
            // The source changes after its translations were made: they fall behind.
            let revised_input = StoryInput {
                text: text(demo.slug, demo.language, demo.title, demo.standfirst, revised, demo.people),
                ..input
            };
            contents::update(db, actor, story.id, &revised_input).await?;
            contents::step(db, actor, true, story.id, &step(WorkflowAction::Submit, None)).await?;
            contents::step(db, actor, true, story.id, &step(WorkflowAction::Publish, None)).await?;
        }
        added += 1;
    }
    Ok(added)
}
