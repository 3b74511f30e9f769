//! Uploaded files: the staff form that carries one ([`UploadForm`]), and spreadsheets
//! read off the request path — a bounded number at a time, on blocking threads, with
//! the reader's problems told in the reader's language.
//!
//! The reader itself ([`apdc_sheets`]) bounds each file's memory and time; this module
//! bounds how many are read at once, so that many uploads together cannot add up to
//! more than a few files' worth. The size of a whole form is bounded by each upload
//! route's body limit.

use crate::auth::csrf;
use crate::error::{AppError, AppResult};
use crate::i18n::{Lang, num, text};
use apdc_sheets::{Limits, SheetProblem, Table};
use axum::extract::multipart::{Multipart, MultipartRejection};
use std::sync::LazyLock;
use tokio::sync::Semaphore;
use tower_sessions::Session;

/// A staff form carrying one file (`file`) and a few text fields, its CSRF token checked.
pub struct UploadForm {
    fields: Vec<(String, String)>,
    /// The file's name, as it may be kept and shown, and its bytes; `None` when the form
    /// had no file part.
    pub file: Option<(String, Vec<u8>)>,
}

impl UploadForm {
    /// Reads the whole form, then checks its token. A body that is not multipart
    /// carries no readable token, so it is refused like a forgery.
    pub async fn read(session: &Session, multipart: Result<Multipart, MultipartRejection>) -> AppResult<Self> {
        let mut multipart = multipart.map_err(|_| AppError::Csrf)?;
        let malformed = |_| AppError::BadRequest { code: "malformed_form", field: None };
        let (mut fields, mut file) = (Vec::new(), None);
        while let Some(field) = multipart.next_field().await.map_err(malformed)? {
            match field.name().map(str::to_owned) {
                Some(name) if name == "file" => {
                    let file_name = self::file_name(field.file_name());
                    let bytes = field.bytes().await.map_err(|_| AppError::PayloadTooLarge)?;
                    file = Some((file_name, bytes.to_vec()));
                }
                Some(name) => fields.push((name, field.text().await.map_err(malformed)?)),
                None => {}
            }
        }
        let form = Self { fields, file };
        csrf::verify(session, Some(form.field("csrf"))).await?;
        Ok(form)
    }

    /// The value of the text field `name` (empty when absent).
    pub fn field(&self, name: &str) -> &str {
        self.fields.iter().find(|(n, _)| n == name).map_or("", |(_, v)| v.as_str())
    }

    /// The file's bytes (empty when no file was sent).
    pub fn into_bytes(self) -> Vec<u8> {
        self.file.map(|(_, bytes)| bytes).unwrap_or_default()
    }
}

/// The largest file accepted for reading.
pub const MAX_UPLOAD_BYTES: usize = Limits::rows(0).max_bytes;

/// Files read at the same time, in the whole process.
const READERS: usize = 2;

static READING: LazyLock<Semaphore> = LazyLock::new(|| Semaphore::new(READERS));

/// Reads an uploaded file as a table within `limits`.
pub async fn read_table(bytes: Vec<u8>, limits: Limits) -> Result<Table, SheetProblem> {
    let _permit = READING.acquire().await.map_err(|_| SheetProblem::Unreadable("shutting down".to_owned()))?;
    tokio::task::spawn_blocking(move || apdc_sheets::read(&bytes, &limits))
        .await
        .unwrap_or_else(|_| Err(SheetProblem::Unreadable("the reader failed on this file".to_owned())))
}

/// An uploaded file's name as it may be kept and shown: without control characters
/// (a NUL cannot be stored), at most 200 characters.
pub fn file_name(name: Option<&str>) -> String {
    name.unwrap_or("").chars().filter(|c| !c.is_control()).take(200).collect()
}

/// What is wrong with a file, for the person who uploaded it.
pub fn describe(lang: Lang, problem: &SheetProblem) -> String {
    let megabytes = |bytes: u64| num(usize::try_from(bytes.div_ceil(1024 * 1024)).unwrap_or(usize::MAX));
    match problem {
        SheetProblem::Empty => lang.t("import-problem-empty"),
        SheetProblem::TooLarge { max_bytes } => {
            lang.t_args("import-sheet-too-large", &[("megabytes", megabytes(*max_bytes as u64))])
        }
        SheetProblem::NotASpreadsheet => lang.t("import-sheet-not-spreadsheet"),
        SheetProblem::NulByte { line } => lang.t_args("import-sheet-nul-byte", &[("line", num(*line))]),
        SheetProblem::Unreadable(detail) => lang.t_args("import-sheet-unreadable", &[("detail", text(detail.clone()))]),
        SheetProblem::NoHeader => lang.t("import-sheet-no-header"),
        SheetProblem::TooManyRows { max } => lang.t_args("import-sheet-too-many-rows", &[("max", num(*max))]),
        SheetProblem::TooManyColumns { max } => lang.t_args("import-sheet-too-many-columns", &[("max", num(*max))]),
        SheetProblem::TooManyCells { max } => lang.t_args("import-sheet-too-many-cells", &[("max", num(*max))]),
        SheetProblem::CellTooLong { line, column, max } => lang.t_args(
            "import-sheet-cell-too-long",
            &[("line", num(*line)), ("column", num(*column)), ("max", num(*max))],
        ),
        SheetProblem::StringTooLong { max } => lang.t_args("import-sheet-string-too-long", &[("max", num(*max))]),
        SheetProblem::TooMuchText { max_bytes } => {
            lang.t_args("import-sheet-too-much-text", &[("megabytes", megabytes(*max_bytes as u64))])
        }
        SheetProblem::DeclaredTooLarge { range, max_rows, max_columns } => lang.t_args(
            "import-sheet-declared-too-large",
            &[("range", text(range.clone())), ("rows", num(*max_rows)), ("columns", num(*max_columns))],
        ),
        SheetProblem::UnpackedTooLarge { max_bytes } => {
            lang.t_args("import-sheet-unpacked-too-large", &[("megabytes", megabytes(*max_bytes))])
        }
        SheetProblem::TooManyParts { max } => lang.t_args("import-sheet-too-many-parts", &[("max", num(*max))]),
        SheetProblem::TooManySharedStrings { max } => {
            lang.t_args("import-sheet-too-many-strings", &[("max", num(*max))])
        }
        SheetProblem::TooSlow { max_seconds } => lang
            .t_args("import-sheet-too-slow", &[("seconds", num(usize::try_from(*max_seconds).unwrap_or(usize::MAX)))]),
    }
}
