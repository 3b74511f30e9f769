//! A generated search corpus for benchmarks: many fictional stories and projects in the
//! five languages, indexed exactly as the store indexes records, without the records
//! themselves (the benchmark measures the search, not the pages). Words follow a
//! skewed distribution, as in real text: a few are in most documents, most in few.

use anyhow::Result;
use apdc_store::Db;
use apdc_store::search::{Document, load};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};

/// Common words of the field per language, most frequent first.
const WORDS: [(&str, &[&str]); 5] = [
    (
        "en",
        &[
            "standards",
            "training",
            "national",
            "quality",
            "members",
            "testing",
            "laboratory",
            "certification",
            "experts",
            "project",
            "market",
            "safety",
            "energy",
            "water",
            "food",
            "climate",
            "digital",
            "coaching",
            "webinar",
            "mission",
            "regional",
            "industry",
            "consumers",
            "regulators",
            "accreditation",
            "metrology",
            "exports",
            "farmers",
            "women",
            "youth",
            "innovation",
            "health",
            "buildings",
            "solar",
            "tourism",
            "textiles",
            "fisheries",
            "packaging",
            "calibration",
            "inspection",
        ],
    ),
    (
        "fr",
        &[
            "normes",
            "formation",
            "nationale",
            "qualité",
            "membres",
            "essais",
            "laboratoire",
            "certification",
            "experts",
            "projet",
            "marché",
            "sécurité",
            "énergie",
            "eau",
            "alimentation",
            "climat",
            "numérique",
            "accompagnement",
            "webinaire",
            "mission",
            "régionale",
            "industrie",
            "consommateurs",
            "régulateurs",
            "accréditation",
            "métrologie",
            "exportations",
            "agriculteurs",
            "femmes",
            "jeunes",
            "innovation",
            "santé",
            "bâtiments",
            "solaire",
            "tourisme",
            "textiles",
            "pêche",
            "emballages",
            "étalonnage",
            "inspection",
        ],
    ),
    (
        "es",
        &[
            "normas",
            "formación",
            "nacional",
            "calidad",
            "miembros",
            "ensayos",
            "laboratorio",
            "certificación",
            "expertos",
            "proyecto",
            "mercado",
            "seguridad",
            "energía",
            "agua",
            "alimentos",
            "clima",
            "digital",
            "acompañamiento",
            "seminario",
            "misión",
            "regional",
            "industria",
            "consumidores",
            "reguladores",
            "acreditación",
            "metrología",
            "exportaciones",
            "agricultores",
            "mujeres",
            "jóvenes",
            "innovación",
            "salud",
            "edificios",
            "solar",
            "turismo",
            "textiles",
            "pesca",
            "envases",
            "calibración",
            "inspección",
        ],
    ),
    (
        "ar",
        &[
            "المواصفات",
            "التدريب",
            "الوطنية",
            "الجودة",
            "الأعضاء",
            "الاختبار",
            "المختبر",
            "الشهادات",
            "الخبراء",
            "المشروع",
            "السوق",
            "السلامة",
            "الطاقة",
            "المياه",
            "الغذاء",
            "المناخ",
            "الرقمية",
            "التوجيه",
            "ندوة",
            "بعثة",
            "الإقليمية",
            "الصناعة",
            "المستهلكين",
            "الجهات",
            "الاعتماد",
            "المترولوجيا",
            "الصادرات",
            "المزارعين",
            "النساء",
            "الشباب",
            "الابتكار",
            "الصحة",
            "المباني",
            "الشمسية",
            "السياحة",
            "المنسوجات",
            "مصايد",
            "التغليف",
            "المعايرة",
            "التفتيش",
        ],
    ),
    (
        "ru",
        &[
            "стандарты",
            "обучение",
            "национальный",
            "качество",
            "члены",
            "испытания",
            "лаборатория",
            "сертификация",
            "эксперты",
            "проект",
            "рынок",
            "безопасность",
            "энергия",
            "вода",
            "продукты",
            "климат",
            "цифровой",
            "наставничество",
            "вебинар",
            "миссия",
            "региональный",
            "промышленность",
            "потребители",
            "регуляторы",
            "аккредитация",
            "метрология",
            "экспорт",
            "фермеры",
            "женщины",
            "молодежь",
            "инновации",
            "здоровье",
            "здания",
            "солнечный",
            "туризм",
            "текстиль",
            "рыболовство",
            "упаковка",
            "калибровка",
            "инспекция",
        ],
    ),
];

/// Syllables of the rare, made-up words (place and product names).
const SYLLABLES: [&str; 20] = [
    "ka", "lo", "mi", "ra", "tu", "be", "si", "no", "da", "ve", "zu", "po", "le", "ti", "ma", "ro", "gu", "fe", "ni",
    "sa",
];

fn word<'a>(rng: &mut StdRng, words: &[&'a str]) -> &'a str {
    // Skewed: the square of a uniform draw favours the first words.
    let x: f64 = rng.random();
    words[((x * x) * words.len() as f64) as usize % words.len()]
}

fn made_up(rng: &mut StdRng) -> String {
    (0..3).map(|_| SYLLABLES[rng.random_range(0..SYLLABLES.len())]).collect()
}

fn text(rng: &mut StdRng, words: &[&str], count: usize) -> String {
    let mut out: Vec<String> = (0..count).map(|_| word(rng, words).to_owned()).collect();
    for _ in 0..3 {
        let at = rng.random_range(0..out.len());
        out.insert(at, made_up(rng));
    }
    out.join(" ")
}

/// Indexes `documents` generated documents (60 % stories, 40 % projects), each written
/// in one language and translated into 0 to 2 others; returns the entries written.
pub async fn generate(db: &Db, documents: usize) -> Result<usize> {
    let mut rng = StdRng::seed_from_u64(20_261_207);
    let mut entries = 0;
    let mut batch = Vec::new();
    for n in 0..documents {
        let kind = if n % 5 < 3 { "story" } else { "project" };
        let source = rng.random_range(0..WORDS.len());
        let translations = rng.random_range(0..3);
        let mut texts = Vec::new();
        for k in 0..=translations {
            let (language, words) = WORDS[(source + k * 2) % WORDS.len()];
            let title_words = rng.random_range(4..9);
            let body_words = rng.random_range(60..140);
            texts.push((language.to_owned(), text(&mut rng, words, title_words), text(&mut rng, words, body_words)));
        }
        entries += texts.len();
        let id = i64::try_from(n).unwrap_or(i64::MAX).saturating_add(1_000_000_000);
        batch.push(Document {
            kind,
            id,
            key: format!("corpus-{n}"),
            source_language: WORDS[source].0.to_owned(),
            visible_from: 1_700_000_000 + rng.random_range(0..60_000_000),
            texts,
        });
        if batch.len() == 5_000 {
            load(db, &batch).await?;
            batch.clear();
        }
    }
    load(db, &batch).await?;
    Ok(entries)
}
