//! Password hashing with argon2id (the crate's defaults follow OWASP's recommendation).

use argon2::{Argon2, PasswordHasher, PasswordVerifier};

/// Hashes a password into a PHC string (algorithm, parameters and salt included).
pub fn hash(password: &str) -> Result<String, String> {
    Argon2::default().hash_password(password.as_bytes()).map(|h| h.to_string()).map_err(|e| e.to_string())
}

/// Whether `password` matches the stored PHC string.
pub fn verify(password: &str, stored: &str) -> bool {
    Argon2::default().verify_password(password.as_bytes(), stored).is_ok()
}

/// Spends the time a real verification would, so that an unknown address cannot be
/// told from a wrong password by timing.
pub fn verify_dummy(password: &str) {
    static DUMMY: std::sync::LazyLock<String> =
        std::sync::LazyLock::new(|| hash("dummy password for timing").unwrap_or_default());
    let _ = verify(password, &DUMMY);
}

/// A random password of `len` characters from an alphabet without look-alikes.
pub fn generate(len: usize) -> Result<String, getrandom::Error> {
    const ALPHABET: &[u8] = b"abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    // 256 is not a multiple of the alphabet size; rejecting high bytes keeps it uniform.
    let limit = 256 - 256 % ALPHABET.len();
    let mut out = String::with_capacity(len);
    let mut buffer = [0u8; 64];
    while out.len() < len {
        getrandom::fill(&mut buffer)?;
        for byte in buffer.iter().map(|b| usize::from(*b)).filter(|b| *b < limit).take(len - out.len()) {
            out.push(char::from(ALPHABET[byte % ALPHABET.len()]));
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_verify_and_are_salted() {
        let a = hash("correct horse battery").unwrap();
        let b = hash("correct horse battery").unwrap();
        assert!(a.starts_with("$argon2id$"));
        assert_ne!(a, b);
        assert!(verify("correct horse battery", &a));
        assert!(!verify("Correct horse battery", &a));
        assert!(!verify("x", "not a hash"));
    }

    #[test]
    fn generated_passwords_have_the_length_and_alphabet() {
        let p = generate(20).unwrap();
        assert_eq!(p.len(), 20);
        assert!(p.chars().all(|c| c.is_ascii_alphanumeric() && !"0O1lI".contains(c)));
        assert_ne!(p, generate(20).unwrap());
    }
}
