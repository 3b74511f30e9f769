//! Rebuilds the crate when a translation is added or changed: the messages are compiled
//! in, and a new language folder would otherwise go unnoticed by an incremental build.

fn main() {
    println!("cargo:rerun-if-changed=../../locales");
}
