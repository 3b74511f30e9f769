//! The fixed material the demonstration generator draws on: themes with their topics,
//! standards, committees and SDG targets; fictional donors and implementers; a city and
//! time zone for each developing member's country; the language work is done in.
//!
//! Standards and committees are real, so that the records read like the Action Plan's
//! work; organisations are invented and say so in their names.

use apdc_domain::project::OrgType;

/// A theme and what projects under it are about.
pub struct ThemeInfo {
    pub slug: &'static str,
    pub name_en: &'static str,
    pub name_fr: &'static str,
    /// The start of a project title: "Climate action standards" for Eastern Africa,
    /// "Climate action standards" — Kenya.
    pub title_en: &'static str,
    pub title_fr: &'static str,
    /// What activities cover, in English and French.
    pub topics: &'static [(&'static str, &'static str)],
    pub standards: &'static [&'static str],
    /// Committees a sponsored delegate may attend.
    pub committees: &'static [&'static str],
    /// SDG targets the theme serves, the closest first.
    pub sdg_targets: &'static [&'static str],
}

pub const THEMES: &[ThemeInfo] = &[
    ThemeInfo {
        slug: "circular-economy",
        name_en: "Circular economy",
        name_fr: "Économie circulaire",
        title_en: "Circular economy standards",
        title_fr: "Normes pour l'économie circulaire",
        topics: &[
            ("circular economy principles", "les principes de l'économie circulaire"),
            ("measuring circularity", "la mesure de la circularité"),
        ],
        standards: &["ISO 59004", "ISO 59020"],
        committees: &["ISO/TC 323"],
        sdg_targets: &["12.5", "12.2", "9.4"],
    },
    ThemeInfo {
        slug: "climate-action",
        name_en: "Climate action",
        name_fr: "Action pour le climat",
        title_en: "Climate action standards",
        title_fr: "Normes pour l'action climatique",
        topics: &[
            ("greenhouse gas accounting", "la comptabilisation des gaz à effet de serre"),
            ("climate change adaptation", "l'adaptation au changement climatique"),
        ],
        standards: &["ISO 14064-1", "ISO 14090"],
        committees: &["ISO/TC 207/SC 7", "ISO/TC 207"],
        sdg_targets: &["13.2", "13.3", "7.2"],
    },
    ThemeInfo {
        slug: "smes",
        name_en: "SMEs",
        name_fr: "PME",
        title_en: "SME quality and standards programme",
        title_fr: "Normes au service des PME",
        topics: &[
            ("quality management for small businesses", "le management de la qualité dans les petites entreprises"),
            ("using standards to export", "l'utilisation des normes pour exporter"),
        ],
        standards: &["ISO 9001", "ISO 10001"],
        committees: &["ISO/TC 176"],
        sdg_targets: &["8.3", "9.3", "8.2"],
    },
    ThemeInfo {
        slug: "gender",
        name_en: "Gender equality",
        name_fr: "Égalité des genres",
        title_en: "Gender-responsive standards",
        title_fr: "Normes tenant compte du genre",
        topics: &[
            ("gender-responsive standards", "les normes tenant compte des questions de genre"),
            ("women's participation in standardization", "la participation des femmes à la normalisation"),
        ],
        standards: &["ISO 53800"],
        committees: &["DEVCO", "COPOLCO"],
        sdg_targets: &["5.5", "5.b", "8.5"],
    },
    ThemeInfo {
        slug: "digital-transformation",
        name_en: "Digital transformation",
        name_fr: "Transformation numérique",
        title_en: "Digital transformation standards",
        title_fr: "Normes pour la transformation numérique",
        topics: &[
            ("information security management", "le management de la sécurité de l'information"),
            ("artificial intelligence management", "le management de l'intelligence artificielle"),
        ],
        standards: &["ISO/IEC 27001", "ISO/IEC 42001"],
        committees: &["ISO/IEC JTC 1/SC 27", "ISO/IEC JTC 1/SC 42"],
        sdg_targets: &["9.c", "9.5", "17.8"],
    },
    ThemeInfo {
        slug: "quality-infrastructure",
        name_en: "Quality infrastructure",
        name_fr: "Infrastructure qualité",
        title_en: "Quality infrastructure support",
        title_fr: "Appui à l'infrastructure qualité",
        topics: &[
            ("a national quality policy", "une politique nationale de la qualité"),
            ("good standardization practice", "les bonnes pratiques de normalisation"),
        ],
        standards: &["ISO/IEC Guide 59", "ISO/IEC 17000"],
        committees: &["DEVCO", "ISO General Assembly"],
        sdg_targets: &["9.1", "17.11", "17.9"],
    },
    ThemeInfo {
        slug: "food-safety",
        name_en: "Food safety",
        name_fr: "Sécurité sanitaire des aliments",
        title_en: "Food safety standards",
        title_fr: "Normes de sécurité des denrées alimentaires",
        topics: &[
            ("food safety management", "le management de la sécurité des denrées alimentaires"),
            ("safe food for export markets", "des aliments sûrs pour l'exportation"),
        ],
        standards: &["ISO 22000", "ISO/TS 22002-1"],
        committees: &["ISO/TC 34/SC 17", "ISO/TC 34"],
        sdg_targets: &["2.1", "2.4", "3.9"],
    },
    ThemeInfo {
        slug: "energy-efficiency",
        name_en: "Energy efficiency",
        name_fr: "Efficacité énergétique",
        title_en: "Energy management and efficiency",
        title_fr: "Gestion et efficacité énergétiques",
        topics: &[
            ("energy management systems", "les systèmes de management de l'énergie"),
            ("energy audits", "les audits énergétiques"),
        ],
        standards: &["ISO 50001", "ISO 50002"],
        committees: &["ISO/TC 301"],
        sdg_targets: &["7.3", "13.2", "7.a"],
    },
    ThemeInfo {
        slug: "conformity-assessment",
        name_en: "Conformity assessment",
        name_fr: "Évaluation de la conformité",
        title_en: "Conformity assessment capacity",
        title_fr: "Capacités en évaluation de la conformité",
        topics: &[
            ("the competence of testing laboratories", "la compétence des laboratoires d'essais"),
            ("product certification", "la certification de produits"),
        ],
        standards: &["ISO/IEC 17025", "ISO/IEC 17065"],
        committees: &["CASCO"],
        sdg_targets: &["17.11", "9.1", "8.2"],
    },
    ThemeInfo {
        slug: "standards-adoption",
        name_en: "Standards adoption",
        name_fr: "Adoption des normes",
        title_en: "International Standards adoption support",
        title_fr: "Appui à l'adoption des Normes internationales",
        topics: &[
            ("adopting International Standards", "l'adoption des Normes internationales"),
            ("stakeholder engagement in standardization", "l'engagement des parties prenantes dans la normalisation"),
        ],
        standards: &["ISO/IEC Guide 21-1", "ISO/IEC Guide 59"],
        committees: &["DEVCO", "ISO General Assembly"],
        sdg_targets: &["17.9", "17.11", "9.1"],
    },
];

/// A fictional donor, and the currency it commits and pays in.
pub struct DonorInfo {
    pub name: &'static str,
    pub acronym: &'static str,
    pub org_type: OrgType,
    pub iati_ref: &'static str,
    pub currency: &'static str,
    /// Units of `currency` per euro, so that amounts in every currency are of one size.
    pub per_euro: f64,
}

pub const DONORS: &[DonorInfo] = &[
    DonorInfo {
        name: "Nordic Development Agency (fictional)",
        acronym: "NDA",
        org_type: OrgType::Government,
        iati_ref: "XX-DEMO-1",
        currency: "SEK",
        per_euro: 11.5,
    },
    DonorInfo {
        name: "Alpine Cooperation Office (fictional)",
        acronym: "ACO",
        org_type: OrgType::Government,
        iati_ref: "XX-DEMO-2",
        currency: "CHF",
        per_euro: 0.95,
    },
    DonorInfo {
        name: "Atlantic Trade Facility (fictional)",
        acronym: "ATF",
        org_type: OrgType::Multilateral,
        iati_ref: "XX-DEMO-3",
        currency: "USD",
        per_euro: 1.08,
    },
    DonorInfo {
        name: "European Quality Partnership Fund (fictional)",
        acronym: "EQPF",
        org_type: OrgType::Multilateral,
        iati_ref: "XX-DEMO-4",
        currency: "EUR",
        per_euro: 1.0,
    },
    DonorInfo {
        name: "Green Standards Foundation (fictional)",
        acronym: "GSF",
        org_type: OrgType::Foundation,
        iati_ref: "XX-DEMO-5",
        currency: "EUR",
        per_euro: 1.0,
    },
];

/// Fictional organisations that carry out projects: name, acronym, type, IATI reference.
pub const IMPLEMENTERS: &[(&str, &str, OrgType, &str)] = &[
    ("Regional Standards Cooperation Network (fictional)", "RSCN", OrgType::RegionalNgo, "XX-DEMO-6"),
    ("Quality Infrastructure Institute (fictional)", "QII", OrgType::Academic, "XX-DEMO-7"),
    ("Standards Capacity Consultants (fictional)", "SCC", OrgType::PrivateSector, "XX-DEMO-8"),
];

/// Where training takes place and webinars are timed, for each developing member's
/// country: country code, city, IANA time zone.
pub const PLACES: &[(&str, &str, &str)] = &[
    ("AE", "Abu Dhabi", "Asia/Dubai"),
    ("AF", "Kabul", "Asia/Kabul"),
    ("AG", "St. John's", "America/Antigua"),
    ("AM", "Yerevan", "Asia/Yerevan"),
    ("AO", "Luanda", "Africa/Luanda"),
    ("AR", "Buenos Aires", "America/Argentina/Buenos_Aires"),
    ("AZ", "Baku", "Asia/Baku"),
    ("BB", "Bridgetown", "America/Barbados"),
    ("BD", "Dhaka", "Asia/Dhaka"),
    ("BF", "Ouagadougou", "Africa/Ouagadougou"),
    ("BH", "Manama", "Asia/Bahrain"),
    ("BI", "Bujumbura", "Africa/Bujumbura"),
    ("BJ", "Cotonou", "Africa/Porto-Novo"),
    ("BN", "Bandar Seri Begawan", "Asia/Brunei"),
    ("BO", "La Paz", "America/La_Paz"),
    ("BR", "Brasília", "America/Sao_Paulo"),
    ("BS", "Nassau", "America/Nassau"),
    ("BT", "Thimphu", "Asia/Thimphu"),
    ("BW", "Gaborone", "Africa/Gaborone"),
    ("BZ", "Belmopan", "America/Belize"),
    ("CD", "Kinshasa", "Africa/Kinshasa"),
    ("CG", "Brazzaville", "Africa/Brazzaville"),
    ("CI", "Abidjan", "Africa/Abidjan"),
    ("CL", "Santiago", "America/Santiago"),
    ("CM", "Yaoundé", "Africa/Douala"),
    ("CN", "Beijing", "Asia/Shanghai"),
    ("CO", "Bogotá", "America/Bogota"),
    ("CR", "San José", "America/Costa_Rica"),
    ("CU", "Havana", "America/Havana"),
    ("CY", "Nicosia", "Asia/Nicosia"),
    ("DM", "Roseau", "America/Dominica"),
    ("DO", "Santo Domingo", "America/Santo_Domingo"),
    ("DZ", "Algiers", "Africa/Algiers"),
    ("EC", "Quito", "America/Guayaquil"),
    ("EG", "Cairo", "Africa/Cairo"),
    ("ER", "Asmara", "Africa/Asmara"),
    ("ET", "Addis Ababa", "Africa/Addis_Ababa"),
    ("FJ", "Suva", "Pacific/Fiji"),
    ("GA", "Libreville", "Africa/Libreville"),
    ("GE", "Tbilisi", "Asia/Tbilisi"),
    ("GH", "Accra", "Africa/Accra"),
    ("GM", "Banjul", "Africa/Banjul"),
    ("GN", "Conakry", "Africa/Conakry"),
    ("GT", "Guatemala City", "America/Guatemala"),
    ("GY", "Georgetown", "America/Guyana"),
    ("HK", "Hong Kong", "Asia/Hong_Kong"),
    ("HN", "Tegucigalpa", "America/Tegucigalpa"),
    ("ID", "Jakarta", "Asia/Jakarta"),
    ("IL", "Tel Aviv", "Asia/Jerusalem"),
    ("IN", "New Delhi", "Asia/Kolkata"),
    ("IQ", "Baghdad", "Asia/Baghdad"),
    ("IR", "Tehran", "Asia/Tehran"),
    ("JM", "Kingston", "America/Jamaica"),
    ("JO", "Amman", "Asia/Amman"),
    ("KE", "Nairobi", "Africa/Nairobi"),
    ("KG", "Bishkek", "Asia/Bishkek"),
    ("KH", "Phnom Penh", "Asia/Phnom_Penh"),
    ("KP", "Pyongyang", "Asia/Pyongyang"),
    ("KR", "Seoul", "Asia/Seoul"),
    ("KW", "Kuwait City", "Asia/Kuwait"),
    ("KZ", "Astana", "Asia/Almaty"),
    ("LA", "Vientiane", "Asia/Vientiane"),
    ("LB", "Beirut", "Asia/Beirut"),
    ("LC", "Castries", "America/St_Lucia"),
    ("LK", "Colombo", "Asia/Colombo"),
    ("LR", "Monrovia", "Africa/Monrovia"),
    ("LS", "Maseru", "Africa/Maseru"),
    ("LY", "Tripoli", "Africa/Tripoli"),
    ("MA", "Rabat", "Africa/Casablanca"),
    ("MG", "Antananarivo", "Indian/Antananarivo"),
    ("ML", "Bamako", "Africa/Bamako"),
    ("MM", "Yangon", "Asia/Yangon"),
    ("MN", "Ulaanbaatar", "Asia/Ulaanbaatar"),
    ("MO", "Macao", "Asia/Macau"),
    ("MR", "Nouakchott", "Africa/Nouakchott"),
    ("MU", "Port Louis", "Indian/Mauritius"),
    ("MW", "Lilongwe", "Africa/Blantyre"),
    ("MX", "Mexico City", "America/Mexico_City"),
    ("MY", "Kuala Lumpur", "Asia/Kuala_Lumpur"),
    ("MZ", "Maputo", "Africa/Maputo"),
    ("NA", "Windhoek", "Africa/Windhoek"),
    ("NE", "Niamey", "Africa/Niamey"),
    ("NG", "Abuja", "Africa/Lagos"),
    ("NI", "Managua", "America/Managua"),
    ("NP", "Kathmandu", "Asia/Kathmandu"),
    ("OM", "Muscat", "Asia/Muscat"),
    ("PA", "Panama City", "America/Panama"),
    ("PE", "Lima", "America/Lima"),
    ("PG", "Port Moresby", "Pacific/Port_Moresby"),
    ("PH", "Manila", "Asia/Manila"),
    ("PK", "Islamabad", "Asia/Karachi"),
    ("PY", "Asunción", "America/Asuncion"),
    ("QA", "Doha", "Asia/Qatar"),
    ("RW", "Kigali", "Africa/Kigali"),
    ("SA", "Riyadh", "Asia/Riyadh"),
    ("SC", "Victoria", "Indian/Mahe"),
    ("SD", "Khartoum", "Africa/Khartoum"),
    ("SG", "Singapore", "Asia/Singapore"),
    ("SL", "Freetown", "Africa/Freetown"),
    ("SN", "Dakar", "Africa/Dakar"),
    ("SR", "Paramaribo", "America/Paramaribo"),
    ("SV", "San Salvador", "America/El_Salvador"),
    ("SY", "Damascus", "Asia/Damascus"),
    ("SZ", "Mbabane", "Africa/Mbabane"),
    ("TG", "Lomé", "Africa/Lome"),
    ("TH", "Bangkok", "Asia/Bangkok"),
    ("TJ", "Dushanbe", "Asia/Dushanbe"),
    ("TM", "Ashgabat", "Asia/Ashgabat"),
    ("TN", "Tunis", "Africa/Tunis"),
    ("TR", "Ankara", "Europe/Istanbul"),
    ("TT", "Port of Spain", "America/Port_of_Spain"),
    ("TZ", "Dar es Salaam", "Africa/Dar_es_Salaam"),
    ("UG", "Kampala", "Africa/Kampala"),
    ("UY", "Montevideo", "America/Montevideo"),
    ("UZ", "Tashkent", "Asia/Tashkent"),
    ("VC", "Kingstown", "America/St_Vincent"),
    ("VN", "Hanoi", "Asia/Ho_Chi_Minh"),
    ("YE", "Aden", "Asia/Aden"),
    ("ZA", "Pretoria", "Africa/Johannesburg"),
    ("ZM", "Lusaka", "Africa/Lusaka"),
    ("ZW", "Harare", "Africa/Harare"),
];

/// The city and time zone of `alpha2`, when the list has it.
pub fn place(alpha2: &str) -> Option<(&'static str, &'static str)> {
    PLACES.iter().find(|(code, _, _)| *code == alpha2).map(|(_, city, zone)| (*city, *zone))
}

/// The language most activities in `alpha2` are given in (ISO 639-1).
pub fn language(alpha2: &str) -> &'static str {
    const FRENCH: &[&str] =
        &["BF", "BI", "BJ", "CD", "CG", "CI", "CM", "DZ", "GA", "GN", "MA", "MG", "ML", "NE", "SC", "SN", "TG", "TN"];
    const SPANISH: &[&str] =
        &["AR", "BO", "CL", "CO", "CR", "CU", "DO", "EC", "GT", "HN", "MX", "NI", "PA", "PE", "PY", "SV", "UY"];
    const PORTUGUESE: &[&str] = &["AO", "BR", "MZ"];
    const ARABIC: &[&str] = &["AE", "BH", "EG", "IQ", "JO", "KW", "LB", "LY", "MR", "OM", "QA", "SA", "SD", "SY", "YE"];
    const RUSSIAN: &[&str] = &["KG", "KZ", "TJ", "TM", "UZ"];
    if FRENCH.contains(&alpha2) {
        "fr"
    } else if SPANISH.contains(&alpha2) {
        "es"
    } else if PORTUGUESE.contains(&alpha2) {
        "pt"
    } else if ARABIC.contains(&alpha2) {
        "ar"
    } else if RUSSIAN.contains(&alpha2) {
        "ru"
    } else {
        "en"
    }
}

/// An M49 region in a French sentence, with the preposition and article it takes ("en
/// Afrique de l'Est", "dans les Caraïbes").
pub fn in_region_fr(region: &str) -> Option<&'static str> {
    Some(match region {
        "Eastern Africa" => "en Afrique de l'Est",
        "Western Africa" => "en Afrique de l'Ouest",
        "Middle Africa" => "en Afrique centrale",
        "Southern Africa" => "en Afrique australe",
        "Northern Africa" => "en Afrique du Nord",
        "South America" => "en Amérique du Sud",
        "Central America" => "en Amérique centrale",
        "Caribbean" => "dans les Caraïbes",
        "South-eastern Asia" => "en Asie du Sud-Est",
        "Southern Asia" => "en Asie du Sud",
        "Eastern Asia" => "en Asie de l'Est",
        "Central Asia" => "en Asie centrale",
        "Western Asia" => "en Asie occidentale",
        "Melanesia" => "en Mélanésie",
        _ => return None,
    })
}

/// Names of generic fictional organisations people work for, by stakeholder group code.
pub fn organisations(group: &str) -> &'static [&'static str] {
    match group {
        "government" => &[
            "Ministry of Trade and Industry (demo)",
            "Ministry of Agriculture (demo)",
            "Ministry of Environment (demo)",
            "Energy Regulatory Authority (demo)",
            "Food and Drugs Authority (demo)",
            "Ministry of ICT (demo)",
        ],
        "industry" => &[
            "Demo Textiles Ltd",
            "Demo Agro Processors Ltd",
            "Demo Cement Works",
            "Demo Coffee Exporters",
            "Demo Solar Solutions",
            "Demo Pharmaceuticals Ltd",
            "Demo Packaging Industries",
            "Demo Fisheries Co.",
            "Demo Leather Goods",
            "Demo Software House",
        ],
        "conformity_assessment" => &[
            "Demo Testing Laboratories",
            "Demo Certification Services",
            "Demo Calibration Centre",
            "Demo Inspection Agency",
        ],
        "academia" => &["Demo University of Technology", "Demo Polytechnic", "Demo Institute of Quality Studies"],
        "consumer" => &["Demo Consumers' Association"],
        "ngo" => &["Demo Women in Business Network", "Demo Green Growth Alliance"],
        _ => &["Demo Standards Advisory", "Independent consultant (demo)"],
    }
}

/// Cities where ISO committees meet, for sponsored delegates' meetings.
pub const MEETING_CITIES: &[&str] = &[
    "Geneva",
    "Kigali",
    "Bali",
    "Cartagena",
    "Abu Dhabi",
    "Cape Town",
    "Lisbon",
    "Seoul",
    "Brisbane",
    "Nairobi",
    "Bogotá",
    "Kuala Lumpur",
];

#[cfg(test)]
mod tests {
    use super::*;
    use apdc_domain::activity::{committee, time_zone};
    use apdc_domain::project::{sdg_target, theme_slug};

    #[test]
    fn the_material_passes_the_checks_staff_input_passes() {
        assert!((8..=12).contains(&THEMES.len()));
        for theme in THEMES {
            assert_eq!(theme_slug(theme.slug).as_deref(), Ok(theme.slug));
            for target in theme.sdg_targets {
                assert_eq!(sdg_target(target).as_deref(), Ok(*target), "{}", theme.slug);
            }
            for reference in theme.committees {
                assert!(committee(reference).is_ok(), "{reference}");
            }
            assert!(!theme.topics.is_empty() && !theme.standards.is_empty());
        }
        for (code, _, zone) in PLACES {
            assert_eq!(time_zone(zone), Ok(Some((*zone).to_owned())), "{code}");
        }
        for donor in DONORS {
            assert!(donor.name.ends_with("(fictional)"));
            assert!(apdc_domain::money::currency(donor.currency).is_ok());
        }
        assert!(IMPLEMENTERS.iter().all(|(name, ..)| name.ends_with("(fictional)")));
    }
}
