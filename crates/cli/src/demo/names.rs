//! Believable, fictional names for demonstration people, drawn from lists that fit the
//! region of the member that nominated them, and the `.invalid` addresses made from them.
//!
//! First names and family names are combined at random, so no list entry stands for a
//! real person; the addresses can never receive mail.

use apdc_domain::person::Sex;
use rand::Rng;
use rand::seq::IndexedRandom;

/// The names of one region.
pub struct NameSet {
    pub female: &'static [&'static str],
    pub male: &'static [&'static str],
    pub family: &'static [&'static str],
}

/// The lists, kept out of rustfmt's reach: it would put each name on a line of its own.
#[rustfmt::skip]
mod sets {
    use super::NameSet;

    pub static EAST_AFRICA: NameSet = NameSet {
        female: &[
            "Amina", "Wanjiru", "Achieng", "Neema", "Grace", "Faith", "Mercy", "Aisha", "Zawadi", "Halima", "Chipo",
            "Esther", "Imani", "Rehema", "Nasimiyu",
        ],
        male: &[
            "Joseph", "Peter", "Daniel", "Baraka", "Juma", "Samuel", "Moses", "Tendai", "Chisomo", "Emmanuel", "Isaac",
            "David", "Eric", "Kiprop", "Musa",
        ],
        family: &[
            "Otieno", "Mwangi", "Kamau", "Njoroge", "Okello", "Mugisha", "Nkurunziza", "Banda", "Phiri", "Moyo",
            "Mutua", "Ochieng", "Mushi", "Kiprono", "Wekesa", "Namukasa", "Habimana", "Ndlovu", "Chanda", "Rakoto",
        ],
    };

    pub static HORN_OF_AFRICA: NameSet = NameSet {
        female: &[
            "Tigist", "Mulu", "Selam", "Hiwot", "Meron", "Bethlehem", "Helen", "Saba", "Rahel", "Almaz",
        ],
        male: &[
            "Kassahun", "Abebe", "Dawit", "Yonas", "Tesfaye", "Henok", "Biniam", "Mekonnen", "Girma", "Samuel",
        ],
        family: &[
            "Tesfaye", "Bekele", "Alemu", "Haile", "Gebremariam", "Tadesse", "Woldemichael", "Kebede", "Ghebreyesus",
            "Mengistu",
        ],
    };

    pub static FRANCOPHONE_AFRICA: NameSet = NameSet {
        female: &[
            "Aminata", "Fatou", "Awa", "Mariam", "Adjoa", "Aïssatou", "Clarisse", "Estelle", "Nafissatou", "Rokia",
            "Safiatou", "Gisèle", "Ramatou", "Kadiatou", "Mireille",
        ],
        male: &[
            "Moussa", "Ousmane", "Ibrahima", "Mamadou", "Abdoulaye", "Koffi", "Kouassi", "Yao", "Seydou", "Boubacar",
            "Cheikh", "Serge", "Jean-Baptiste", "Issa", "Alassane",
        ],
        family: &[
            "Diallo", "Traoré", "Ouédraogo", "Koné", "Diop", "Ndiaye", "Sow", "Camara", "Coulibaly", "Sawadogo",
            "Kaboré", "Zongo", "Amoussou", "Hounkpatin", "Mbarga", "Essomba", "Ilunga", "Mukendi", "Mabiala", "Nzeza",
        ],
    };

    pub static ANGLOPHONE_WEST_AFRICA: NameSet = NameSet {
        female: &[
            "Ama", "Abena", "Akosua", "Efua", "Ngozi", "Chiamaka", "Funmilayo", "Blessing", "Adaeze", "Yetunde",
            "Mariatu", "Isatou", "Comfort", "Patience", "Hauwa",
        ],
        male: &[
            "Kwame", "Kofi", "Kwabena", "Yaw", "Chinedu", "Emeka", "Oluwaseun", "Tunde", "Ibrahim", "Musa", "Abubakar",
            "Mohamed", "Samuel", "Prince", "Ebrima",
        ],
        family: &[
            "Mensah", "Asante", "Owusu", "Boateng", "Adeyemi", "Okafor", "Eze", "Okonkwo", "Bello", "Kamara", "Sesay",
            "Conteh", "Jallow", "Ceesay", "Nwosu", "Adebayo", "Danquah", "Appiah", "Johnson", "Kollie",
        ],
    };

    pub static SOUTHERN_AFRICA: NameSet = NameSet {
        female: &[
            "Thandiwe", "Nomvula", "Lerato", "Palesa", "Naledi", "Kgomotso", "Refilwe", "Zanele", "Ndapewa", "Busisiwe",
            "Anna", "Maria",
        ],
        male: &[
            "Sipho", "Thabo", "Tshepo", "Kagiso", "Lwazi", "Mandla", "Bongani", "Tumelo", "Johannes", "Pieter",
            "Sandile", "Neo",
        ],
        family: &[
            "Dlamini", "Nkosi", "Mokoena", "Molefe", "Khumalo", "Mahlangu", "Sithole", "Botha", "van Wyk", "Mothibi",
            "Nangolo", "Shikongo", "Masilela", "Motsamai", "Tau",
        ],
    };

    pub static LUSOPHONE: NameSet = NameSet {
        female: &[
            "Ana", "Maria", "Fernanda", "Juliana", "Beatriz", "Luana", "Camila", "Isabel", "Joana", "Esperança",
            "Luísa", "Carla",
        ],
        male: &[
            "João", "Pedro", "Carlos", "Rafael", "Lucas", "António", "Manuel", "Paulo", "Tiago", "Gonçalo", "Miguel",
            "Rui",
        ],
        family: &[
            "Silva", "Santos", "Oliveira", "Souza", "Pereira", "Costa", "Rodrigues", "Almeida", "Nascimento",
            "Ferreira", "Carvalho", "Gonçalves", "Machava", "Cossa", "Tembe", "Neto",
        ],
    };

    pub static HISPANIC: NameSet = NameSet {
        female: &[
            "María", "Lucía", "Valentina", "Camila", "Daniela", "Ana", "Sofía", "Gabriela", "Paula", "Carolina",
            "Mariana", "Ximena", "Rosa", "Verónica", "Andrea",
        ],
        male: &[
            "José", "Luis", "Carlos", "Juan", "Diego", "Andrés", "Jorge", "Miguel", "Alejandro", "Fernando", "Ricardo",
            "Santiago", "Mateo", "Javier", "Raúl",
        ],
        family: &[
            "García", "Rodríguez", "Martínez", "López", "González", "Hernández", "Pérez", "Sánchez", "Ramírez",
            "Torres", "Flores", "Rivera", "Gómez", "Díaz", "Vargas", "Castillo", "Rojas", "Mendoza", "Quispe",
            "Morales",
        ],
    };

    pub static CARIBBEAN: NameSet = NameSet {
        female: &[
            "Shanice", "Keisha", "Tamara", "Alicia", "Nadine", "Simone", "Kerry-Ann", "Latoya", "Renee", "Janelle",
            "Crystal", "Monique",
        ],
        male: &[
            "Andre", "Marlon", "Kevin", "Jason", "Damion", "Ryan", "Rohan", "Shane", "Trevor", "Dwayne", "Nigel",
            "Kareem",
        ],
        family: &[
            "Williams", "Brown", "Campbell", "Thomas", "Joseph", "Charles", "Henry", "Baptiste", "Persaud", "Ramdass",
            "Singh", "Clarke", "Greene", "Alleyne", "Francis", "Edwards",
        ],
    };

    pub static ARABIC: NameSet = NameSet {
        female: &[
            "Fatima", "Aisha", "Mariam", "Noor", "Layla", "Salma", "Huda", "Rania", "Amal", "Yasmin", "Hanan", "Samira",
            "Leila", "Dina", "Reem",
        ],
        male: &[
            "Mohamed", "Ahmed", "Omar", "Ali", "Youssef", "Khaled", "Hassan", "Karim", "Tarek", "Sami", "Nabil",
            "Walid", "Rashid", "Faisal", "Mustafa",
        ],
        family: &[
            "Haddad", "Mansour", "Khalil", "Nasser", "Saleh", "Hamdan", "Benali", "El Amrani", "Trabelsi", "Abdallah",
            "Farouk", "Ibrahim", "Al-Sayed", "Kassem", "Aziz", "Mahmoud", "Cherif", "Belkacem", "Osman", "Suleiman",
        ],
    };

    pub static HEBREW: NameSet = NameSet {
        female: &[
            "Noa", "Tamar", "Yael", "Shira", "Maya", "Michal", "Ruth", "Adi",
        ],
        male: &[
            "Yosef", "Daniel", "Avi", "Itai", "Eitan", "Omer", "Noam", "Ariel",
        ],
        family: &[
            "Cohen", "Levi", "Mizrahi", "Friedman", "Peretz", "Biton", "Dahan", "Avraham",
        ],
    };

    pub static GREEK_CYPRIOT: NameSet = NameSet {
        female: &[
            "Maria", "Eleni", "Andri", "Christina", "Georgia", "Katerina", "Despo", "Stella",
        ],
        male: &[
            "Andreas", "Georgios", "Christos", "Nikos", "Michalis", "Panayiotis", "Costas", "Marios",
        ],
        family: &[
            "Christodoulou", "Georgiou", "Papadopoulos", "Charalambous", "Constantinou", "Ioannou", "Nicolaou",
            "Kyriacou",
        ],
    };

    pub static CENTRAL_ASIA: NameSet = NameSet {
        female: &[
            "Aigerim", "Dilnoza", "Gulnara", "Madina", "Nilufar", "Saltanat", "Aziza", "Malika", "Leyla", "Gulshan",
        ],
        male: &[
            "Azamat", "Bakhtiyar", "Timur", "Rustam", "Nurlan", "Farrukh", "Dilshod", "Sanjar", "Elchin", "Daniyar",
        ],
        family: &[
            "Nurlanov", "Abdullaev", "Karimov", "Rakhimov", "Sadykov", "Tursunov", "Aliyev", "Mammadov", "Ismailov",
            "Yusupov",
        ],
    };

    pub static TURKISH: NameSet = NameSet {
        female: &["Aylin", "Elif", "Zeynep", "Ayşe", "Merve", "Selin", "Esra", "Deniz"],
        male: &["Emre", "Mehmet", "Mustafa", "Burak", "Can", "Kerem", "Murat", "Serkan"],
        family: &["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Öztürk", "Aydın", "Arslan"],
    };

    pub static CAUCASUS: NameSet = NameSet {
        female: &["Nino", "Ani", "Mariam", "Tamar", "Lilit", "Anahit", "Salome", "Nare"],
        male: &["Giorgi", "Levan", "Aram", "Davit", "Tigran", "Luka", "Narek", "Irakli"],
        family: &[
            "Beridze", "Kapanadze", "Petrosyan", "Harutyunyan", "Gelashvili", "Sargsyan", "Melikishvili", "Hakobyan",
        ],
    };

    pub static PERSIAN: NameSet = NameSet {
        female: &[
            "Zahra", "Parisa", "Shabnam", "Maryam", "Niloufar", "Fereshteh", "Roya", "Mina", "Laleh", "Farida",
        ],
        male: &[
            "Reza", "Farhad", "Ahmad", "Ali", "Hamid", "Mehdi", "Karim", "Navid", "Omid", "Javid",
        ],
        family: &[
            "Ahmadi", "Hosseini", "Karimi", "Rahimi", "Mohammadi", "Rezaei", "Sadeghi", "Amiri", "Noori", "Haidari",
        ],
    };

    pub static SOUTH_ASIA: NameSet = NameSet {
        female: &[
            "Priya", "Anjali", "Fatima", "Nusrat", "Ayesha", "Sunita", "Deepa", "Tashi", "Nimali", "Sita", "Kavya",
            "Rekha", "Nadia", "Pooja", "Farzana",
        ],
        male: &[
            "Rahul", "Amit", "Rajesh", "Arjun", "Imran", "Tanvir", "Karma", "Sanjeewa", "Bikash", "Ali", "Vikram",
            "Suresh", "Kamal", "Rohan", "Asif",
        ],
        family: &[
            "Sharma", "Patel", "Singh", "Rahman", "Hossain", "Khan", "Perera", "Fernando", "Shrestha", "Thapa", "Dorji",
            "Qureshi", "Iyer", "Chowdhury", "Karki", "Wangchuk", "Siddiqui", "Nair", "Das", "Gupta",
        ],
    };

    pub static MALAY_INDONESIAN: NameSet = NameSet {
        female: &[
            "Siti", "Dewi", "Putri", "Nurul", "Aisyah", "Rina", "Wulan", "Farah", "Intan", "Ayu",
        ],
        male: &[
            "Budi", "Agus", "Rizal", "Ahmad", "Hafiz", "Irfan", "Dimas", "Faizal", "Hendra", "Arif",
        ],
        family: &[
            "Santoso", "Wijaya", "Pratama", "Hidayat", "Saputra", "Abdullah", "Ismail", "Rahim", "Hassan", "Yusof",
            "Kusuma", "Nugroho",
        ],
    };

    pub static MAINLAND_SOUTH_EAST_ASIA: NameSet = NameSet {
        female: &[
            "Sokha", "Malee", "Ploy", "Kanya", "Somying", "Chanthy", "Dara", "Noy", "Aye", "Mya",
        ],
        male: &[
            "Sokun", "Somchai", "Anan", "Boun", "Vichet", "Khamla", "Piseth", "Niran", "Zaw", "Kyaw",
        ],
        family: &[
            "Sok", "Chea", "Phommachanh", "Srisuk", "Wongsa", "Sithisak", "Keo", "Vongsa", "Chaiyaporn", "Win",
            "Hlaing", "Thein",
        ],
    };

    pub static VIETNAMESE: NameSet = NameSet {
        female: &[
            "Thu", "Lan", "Hanh", "Linh", "Mai", "Huong", "Ngoc", "Trang", "Thao", "Phuong",
        ],
        male: &[
            "Minh", "Duc", "Hung", "Tuan", "Quang", "Nam", "Long", "Hieu", "Thanh", "Khoa",
        ],
        family: &[
            "Nguyen", "Tran", "Le", "Pham", "Hoang", "Vu", "Dang", "Bui", "Do", "Ngo",
        ],
    };

    pub static FILIPINO: NameSet = NameSet {
        female: &[
            "Maricel", "Angelica", "Kristine", "Joy", "Rowena", "Camille", "Liza", "Aileen", "Rhea", "Grace",
        ],
        male: &[
            "Jose", "Mark", "Ramon", "Rodel", "Jerome", "Paolo", "Arnel", "Carlo", "Noel", "Vincent",
        ],
        family: &[
            "Reyes", "Santos", "Dela Cruz", "Bautista", "Ocampo", "Garcia", "Mendoza", "Villanueva", "Ramos", "Aquino",
        ],
    };

    pub static CHINESE: NameSet = NameSet {
        female: &[
            "Fang", "Jing", "Mei", "Xiu", "Hui", "Yan", "Ling", "Xin", "Yu", "Qing",
        ],
        male: &[
            "Wei", "Lei", "Jun", "Hao", "Tao", "Ming", "Jian", "Bo", "Peng", "Chen",
        ],
        family: &[
            "Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Chan", "Wong", "Leung", "Ho",
        ],
    };

    pub static KOREAN: NameSet = NameSet {
        female: &[
            "Min-ji", "Ji-woo", "Seo-yeon", "Ha-eun", "Su-bin", "Ye-jin", "Eun-ji", "Hye-won",
        ],
        male: &[
            "Min-jun", "Seo-jun", "Ji-ho", "Do-yun", "Hyun-woo", "Jae-won", "Sung-min", "Tae-yang",
        ],
        family: &[
            "Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim",
        ],
    };

    pub static MONGOLIAN: NameSet = NameSet {
        female: &[
            "Oyuna", "Sarnai", "Anujin", "Enkhjargal", "Nomin", "Solongo", "Tsetseg", "Bolormaa",
        ],
        male: &[
            "Bat-Erdene", "Ganbold", "Temuulen", "Munkh-Orgil", "Erdene", "Batbold", "Tuvshin", "Sukhbaatar",
        ],
        family: &[
            "Batbayar", "Ganbaatar", "Enkhbold", "Tsogt", "Dorj", "Altangerel", "Purev", "Baatar",
        ],
    };

    pub static PACIFIC: NameSet = NameSet {
        female: &[
            "Mere", "Salote", "Litia", "Ana", "Vani", "Naomi", "Ruth", "Kila", "Grace", "Lavinia",
        ],
        male: &[
            "Josaia", "Sitiveni", "Viliame", "Tevita", "Peni", "John", "Michael", "Sam", "Tomasi", "Kila",
        ],
        family: &[
            "Naidu", "Waqa", "Koroi", "Tuivaga", "Kumar", "Prasad", "Mola", "Kaupa", "Wari", "Tau", "Vula",
        ],
    };
}

/// The name list for people of `alpha2`, whose M49 sub-region or intermediate region is
/// `region`.
pub fn for_country(alpha2: &str, region: &str) -> &'static NameSet {
    match alpha2 {
        "AO" | "BR" | "MZ" => return &sets::LUSOPHONE,
        "GH" | "NG" | "SL" | "LR" | "GM" => return &sets::ANGLOPHONE_WEST_AFRICA,
        "CU" | "DO" => return &sets::HISPANIC,
        "GY" | "SR" | "BZ" => return &sets::CARIBBEAN,
        "MR" | "SD" => return &sets::ARABIC,
        "TR" => return &sets::TURKISH,
        "GE" | "AM" => return &sets::CAUCASUS,
        "AZ" => return &sets::CENTRAL_ASIA,
        "AF" | "IR" => return &sets::PERSIAN,
        "ET" | "ER" => return &sets::HORN_OF_AFRICA,
        "IL" => return &sets::HEBREW,
        "CY" => return &sets::GREEK_CYPRIOT,
        "VN" => return &sets::VIETNAMESE,
        "PH" => return &sets::FILIPINO,
        "ID" | "MY" | "BN" | "SG" => return &sets::MALAY_INDONESIAN,
        "CN" | "HK" | "MO" => return &sets::CHINESE,
        "KR" | "KP" => return &sets::KOREAN,
        "MN" => return &sets::MONGOLIAN,
        _ => {}
    }
    match region {
        "Eastern Africa" => &sets::EAST_AFRICA,
        "Western Africa" | "Middle Africa" => &sets::FRANCOPHONE_AFRICA,
        "Southern Africa" => &sets::SOUTHERN_AFRICA,
        "South America" | "Central America" => &sets::HISPANIC,
        "Caribbean" => &sets::CARIBBEAN,
        "Northern Africa" | "Western Asia" => &sets::ARABIC,
        "Central Asia" => &sets::CENTRAL_ASIA,
        "Southern Asia" => &sets::SOUTH_ASIA,
        "South-eastern Asia" => &sets::MAINLAND_SOUTH_EAST_ASIA,
        "Eastern Asia" => &sets::CHINESE,
        "Melanesia" | "Micronesia" | "Polynesia" => &sets::PACIFIC,
        _ => &sets::CARIBBEAN,
    }
}

/// A first and family name fitting `sex`: a female family name takes the feminine form
/// where the language has one (Karimov, Karimova).
pub fn person(rng: &mut impl Rng, names: &NameSet, sex: Sex) -> (String, String) {
    let female = match sex {
        Sex::Female => true,
        Sex::Male => false,
        Sex::Other | Sex::NotStated => rng.random_bool(0.5),
    };
    let first = if female { names.female } else { names.male }.choose(rng).copied().unwrap_or("Alex");
    let family = names.family.choose(rng).copied().unwrap_or("Demo");
    let family = if female && (family.ends_with("ov") || family.ends_with("ev")) {
        format!("{family}a")
    } else {
        family.to_owned()
    };
    (first.to_owned(), family)
}

/// `first.family.serial@demo.apdc.invalid`, in plain lower-case ASCII.
pub fn email(first: &str, family: &str, serial: u64) -> String {
    format!("{}.{}.{serial}@demo.apdc.invalid", ascii(first), ascii(family))
}

/// Lower-case ASCII letters and hyphens for the local part of an address: accents
/// dropped, spaces become hyphens, anything else left out.
fn ascii(name: &str) -> String {
    apdc_store::members::sort_key(name)
        .chars()
        .filter_map(|c| match c {
            'a'..='z' | '0'..='9' | '-' => Some(c),
            ' ' => Some('-'),
            'ı' => Some('i'),
            _ => None,
        })
        .collect()
}

/// How the same person's name reads when entered a second time by someone else: without
/// accents, with an initial, family name first in capitals, or with a middle initial.
pub fn variant(rng: &mut impl Rng, first: &str, family: &str) -> String {
    let plain_first: String = apdc_store::members::sort_key(first);
    let plain_family: String = apdc_store::members::sort_key(family);
    let unaccented = format!("{} {}", capitalise(&plain_first), capitalise(&plain_family));
    if unaccented != format!("{first} {family}") && rng.random_bool(0.5) {
        return unaccented;
    }
    let initial = first.chars().next().unwrap_or('X');
    match rng.random_range(0..3) {
        0 => format!("{initial}. {family}"),
        1 => format!("{} {first}", family.to_uppercase()),
        _ => format!("{first} {}. {family}", ['A', 'B', 'E', 'J', 'K', 'M', 'N', 'S'].choose(rng).unwrap_or(&'M')),
    }
}

/// The first letter of each word (and of each part of a hyphenated word) in capitals.
fn capitalise(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut start = true;
    for c in text.chars() {
        if start {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
        start = c == ' ' || c == '-';
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::SeedableRng;
    use rand::rngs::StdRng;

    #[test]
    fn addresses_are_plain_and_can_never_receive_mail() {
        assert_eq!(email("Aïssatou", "Ouédraogo", 12), "aissatou.ouedraogo.12@demo.apdc.invalid");
        assert_eq!(email("Jean-Baptiste", "Dela Cruz", 3), "jean-baptiste.dela-cruz.3@demo.apdc.invalid");
        assert_eq!(email("Elif", "Yılmaz", 7), "elif.yilmaz.7@demo.apdc.invalid");
        assert!(apdc_domain::Email::parse(&email("Gonçalo", "Şahin", 1)).is_ok());
    }

    #[test]
    fn names_fit_the_region_and_variants_differ() {
        let mut rng = StdRng::seed_from_u64(1);
        assert!(std::ptr::eq(for_country("KE", "Eastern Africa"), &sets::EAST_AFRICA));
        assert!(std::ptr::eq(for_country("BR", "South America"), &sets::LUSOPHONE));
        let (first, family) = person(&mut rng, &sets::CENTRAL_ASIA, Sex::Female);
        assert!(sets::CENTRAL_ASIA.female.contains(&first.as_str()));
        assert!(!family.ends_with("ov"), "{family}");
        for _ in 0..20 {
            assert_ne!(variant(&mut rng, "José", "García"), "José García");
        }
        assert_eq!(capitalise("jean-baptiste dela cruz"), "Jean-Baptiste Dela Cruz");
    }
}
