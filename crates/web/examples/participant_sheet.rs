//! Writes a participant list of N rows as an XLSX workbook, the way NSBs send them
//! (French headers, first and last name in two columns), for the import benchmark.
//!
//! Usage: cargo run --release -p apdc-web --example participant_sheet -- ROWS OUT.xlsx

fn main() {
    let mut args = std::env::args().skip(1);
    let rows: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(10_000);
    let out = args.next().unwrap_or_else(|| "participants.xlsx".to_owned());
    let countries = ["KE", "Sénégal", "Peru", "VN", "Fiji", "Côte d'Ivoire", "Ghana", "Nepal"];
    let groups = ["Personnel d'ONN", "industry", "Government and regulators", "academia", "ngo"];
    let sexes = ["F", "M", "F", "M", ""];
    let data: Vec<Vec<String>> = (0..rows)
        .map(|i| {
            vec![
                format!("Prénom{i}"),
                format!("Nom{i}"),
                format!("participant.{i}@bench.apdc.invalid"),
                sexes[i % sexes.len()].to_owned(),
                countries[i % countries.len()].to_owned(),
                format!("Organisation {}", i % 97),
                groups[i % groups.len()].to_owned(),
            ]
        })
        .collect();
    let header = ["Prénom", "Nom de famille", "Courriel", "Sexe", "Pays", "Organisme", "Secteur"];
    match apdc_sheets::write_xlsx("Participants", &header, &data) {
        Ok(bytes) => {
            if let Err(error) = std::fs::write(&out, bytes) {
                eprintln!("cannot write {out}: {error}");
                std::process::exit(1);
            }
        }
        Err(error) => {
            eprintln!("cannot build the workbook: {error}");
            std::process::exit(1);
        }
    }
}
