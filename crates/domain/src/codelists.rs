//! Code lists from the IATI 2.03 standard that input validation needs: currencies,
//! languages and SDG targets. Generated from the standard's codelist files; withdrawn
//! codes are left out.

/// ISO 4217 currency codes (IATI `Currency`).
pub const CURRENCIES: &[&str] = &[
    "AED", "AFN", "ALL", "AMD", "ANG", "AOA", "ARS", "AUD", "AWG", "AZN", "BAM", "BBD", "BDT", "BGN", "BHD", "BIF",
    "BMD", "BND", "BOB", "BOV", "BRL", "BSD", "BTN", "BWP", "BYN", "BZD", "CAD", "CDF", "CHF", "CLF", "CLP", "CNY",
    "COP", "COU", "CRC", "CUC", "CUP", "CVE", "CZK", "DJF", "DKK", "DOP", "DZD", "EGP", "ERN", "ETB", "EUR", "FJD",
    "FKP", "GBP", "GEL", "GHS", "GIP", "GMD", "GNF", "GTQ", "GYD", "HKD", "HNL", "HRK", "HTG", "HUF", "IDR", "ILS",
    "INR", "IQD", "IRR", "ISK", "JMD", "JOD", "JPY", "KES", "KGS", "KHR", "KMF", "KPW", "KRW", "KWD", "KYD", "KZT",
    "LAK", "LBP", "LKR", "LRD", "LSL", "LYD", "MAD", "MDL", "MGA", "MKD", "MMK", "MNT", "MOP", "MRU", "MUR", "MVR",
    "MWK", "MXN", "MXV", "MYR", "MZN", "NAD", "NGN", "NIO", "NOK", "NPR", "NZD", "OMR", "PAB", "PEN", "PGK", "PHP",
    "PKR", "PLN", "PYG", "QAR", "RON", "RSD", "RUB", "RWF", "SAR", "SBD", "SCR", "SDG", "SEK", "SGD", "SHP", "SLE",
    "SLL", "SOS", "SSP", "SRD", "STN", "SVC", "SYP", "SZL", "THB", "TJS", "TMT", "TND", "TOP", "TRY", "TTD", "TWD",
    "TZS", "UAH", "UGX", "USD", "USN", "UYI", "UYU", "UZS", "VED", "VES", "VND", "VUV", "WST", "XAF", "XBT", "XCD",
    "XDR", "XOF", "XPF", "YER", "ZAR", "ZMW", "ZWL",
];

/// ISO 639-1 language codes (IATI `Language`).
pub const LANGUAGES: &[&str] = &[
    "aa", "ab", "ae", "af", "ak", "am", "an", "ar", "as", "av", "ay", "az", "ba", "be", "bg", "bh", "bi", "bm", "bn",
    "bo", "br", "bs", "ca", "ce", "ch", "co", "cr", "cs", "cv", "cy", "da", "de", "dv", "dz", "ee", "el", "en", "eo",
    "es", "et", "eu", "fa", "ff", "fi", "fj", "fo", "fr", "fy", "ga", "gd", "gl", "gn", "gu", "gv", "ha", "he", "hi",
    "ho", "hr", "ht", "hu", "hy", "hz", "id", "ig", "ii", "ik", "io", "is", "it", "iu", "ja", "jv", "ka", "kg", "ki",
    "kj", "kk", "kl", "km", "kn", "ko", "kr", "ks", "ku", "kv", "kw", "ky", "la", "lb", "lg", "li", "ln", "lo", "lt",
    "lu", "lv", "mg", "mh", "mi", "mk", "ml", "mn", "mr", "ms", "mt", "my", "na", "nb", "nd", "ne", "ng", "nl", "nn",
    "no", "nr", "nv", "ny", "oc", "oj", "om", "or", "os", "pa", "pi", "pl", "ps", "pt", "qu", "rm", "rn", "ro", "ru",
    "rw", "sa", "sc", "sd", "se", "sg", "si", "sk", "sl", "sm", "sn", "so", "sq", "sr", "ss", "st", "su", "sv", "sw",
    "ta", "te", "tg", "th", "ti", "tk", "tl", "tn", "to", "tr", "ts", "tt", "tw", "ty", "ug", "uk", "ur", "uz", "ve",
    "vi", "vo", "wa", "wo", "xh", "yi", "yo", "za", "zh", "zu",
];

/// The 169 SDG targets, `goal.target` (IATI `UNSDG-Targets`).
pub const SDG_TARGETS: &[&str] = &[
    "1.1", "1.2", "1.3", "1.4", "1.5", "1.a", "1.b", "2.1", "2.2", "2.3", "2.4", "2.5", "2.a", "2.b", "2.c", "3.1",
    "3.2", "3.3", "3.4", "3.5", "3.6", "3.7", "3.8", "3.9", "3.a", "3.b", "3.c", "3.d", "4.1", "4.2", "4.3", "4.4",
    "4.5", "4.6", "4.7", "4.a", "4.b", "4.c", "5.1", "5.2", "5.3", "5.4", "5.5", "5.6", "5.a", "5.b", "5.c", "6.1",
    "6.2", "6.3", "6.4", "6.5", "6.6", "6.a", "6.b", "7.1", "7.2", "7.3", "7.a", "7.b", "8.1", "8.2", "8.3", "8.4",
    "8.5", "8.6", "8.7", "8.8", "8.9", "8.10", "8.a", "8.b", "9.1", "9.2", "9.3", "9.4", "9.5", "9.a", "9.b", "9.c",
    "10.1", "10.2", "10.3", "10.4", "10.5", "10.6", "10.7", "10.a", "10.b", "10.c", "11.1", "11.2", "11.3", "11.4",
    "11.5", "11.6", "11.7", "11.a", "11.b", "11.c", "12.1", "12.2", "12.3", "12.4", "12.5", "12.6", "12.7", "12.8",
    "12.a", "12.b", "12.c", "13.1", "13.2", "13.3", "13.a", "13.b", "14.1", "14.2", "14.3", "14.4", "14.5", "14.6",
    "14.7", "14.a", "14.b", "14.c", "15.1", "15.2", "15.3", "15.4", "15.5", "15.6", "15.7", "15.8", "15.9", "15.a",
    "15.b", "15.c", "16.1", "16.2", "16.3", "16.4", "16.5", "16.6", "16.7", "16.8", "16.9", "16.10", "16.a", "16.b",
    "17.1", "17.2", "17.3", "17.4", "17.5", "17.6", "17.7", "17.8", "17.9", "17.10", "17.11", "17.12", "17.13",
    "17.14", "17.15", "17.16", "17.17", "17.18", "17.19",
];

/// Whether `code` is in `list`.
pub fn contains(list: &[&str], code: &str) -> bool {
    list.contains(&code)
}
