//! Form controls and page parts shared by many templates, rendered to HTML in one place
//! so that every control gets the same label, help, error and `aria-*` wiring.
//!
//! Every value is escaped here; templates include the result with `|safe`.

use apdc_domain::FieldErrors;
use std::fmt::Write;

/// Escapes text for HTML content and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// One control's description: its name (also its id), label, optional help, and the
/// message of its first error, already translated.
pub struct Control<'a> {
    pub name: &'a str,
    /// The element id: the name, unless several forms on one page share field names.
    pub id: String,
    pub label: String,
    pub help: Option<String>,
    pub error: Option<String>,
    pub required: bool,
    /// The name the value is submitted under, when it differs from the name that
    /// identifies the control and its errors (fields repeated once per language).
    pub submit_as: Option<&'a str>,
}

impl<'a> Control<'a> {
    pub fn new(name: &'a str, label: String) -> Self {
        Self { name, id: name.to_owned(), label, help: None, error: None, required: false, submit_as: None }
    }

    /// Prefixes the id, for pages with several forms using the same field names.
    pub fn id_prefix(mut self, prefix: &str) -> Self {
        self.id = format!("{prefix}-{}", self.name);
        self
    }

    /// Submits the value as `name` (the control keeps its own id and errors).
    pub fn submit_as(mut self, name: &'a str) -> Self {
        self.submit_as = Some(name);
        self
    }

    fn form_name(&self) -> &str {
        self.submit_as.unwrap_or(self.name)
    }

    pub fn help(mut self, help: String) -> Self {
        self.help = Some(help);
        self
    }

    pub fn required(mut self) -> Self {
        self.required = true;
        self
    }

    /// Attaches the error recorded for this control, translated by `message`.
    pub fn errors(mut self, errors: &FieldErrors, message: impl Fn(&str) -> String) -> Self {
        self.error = errors.for_field(self.name).map(|e| message(e.code));
        self
    }

    fn described_by(&self) -> String {
        let mut ids = Vec::new();
        if self.help.is_some() {
            ids.push(format!("{}-help", self.id));
        }
        if self.error.is_some() {
            ids.push(format!("{}-error", self.id));
        }
        let mut attrs = String::new();
        if !ids.is_empty() {
            let _ = write!(attrs, " aria-describedby=\"{}\"", ids.join(" "));
        }
        if self.error.is_some() {
            attrs.push_str(" aria-invalid=\"true\"");
        }
        if self.required {
            attrs.push_str(" required");
        }
        attrs
    }

    fn label_html(&self) -> String {
        format!("<label for=\"{}\">{}</label>", self.id, escape(&self.label))
    }

    fn after(&self) -> String {
        let mut out = String::new();
        if let Some(help) = &self.help {
            let _ = write!(out, "<p class=\"help\" id=\"{}-help\">{}</p>", self.id, escape(help));
        }
        if let Some(error) = &self.error {
            let _ = write!(out, "<p class=\"error\" id=\"{}-error\">{}</p>", self.id, escape(error));
        }
        out
    }

    /// `<input>` of `kind` (text, date, url, number, email, datetime-local…).
    pub fn input(&self, kind: &str, value: &str) -> String {
        format!(
            "<div class=\"field\">{}<input id=\"{i}\" name=\"{n}\" type=\"{kind}\" value=\"{}\"{}>{}</div>",
            self.label_html(),
            escape(value),
            self.described_by(),
            self.after(),
            i = self.id,
            n = self.form_name(),
        )
    }

    pub fn textarea(&self, value: &str, rows: u8) -> String {
        format!(
            "<div class=\"field\">{}<textarea id=\"{i}\" name=\"{n}\" rows=\"{rows}\"{}>{}</textarea>{}</div>",
            self.label_html(),
            self.described_by(),
            escape(value),
            self.after(),
            i = self.id,
            n = self.form_name(),
        )
    }

    /// A `<select>`; `options` are (value, label); `blank` adds a first empty choice.
    pub fn select(
        &self,
        options: impl AsRef<[(String, String)]>,
        selected: &[String],
        blank: Option<String>,
        multiple: bool,
    ) -> String {
        let mut html = format!(
            "<div class=\"field\">{}<select id=\"{i}\" name=\"{n}\"{}{}>",
            self.label_html(),
            if multiple { " multiple size=\"8\"" } else { "" },
            self.described_by(),
            i = self.id,
            n = self.form_name(),
        );
        if let Some(blank) = blank {
            let _ = write!(html, "<option value=\"\">{}</option>", escape(&blank));
        }
        for (value, label) in options.as_ref() {
            let chosen = if selected.contains(value) { " selected" } else { "" };
            let _ = write!(html, "<option value=\"{}\"{chosen}>{}</option>", escape(value), escape(label));
        }
        let _ = write!(html, "</select>{}</div>", self.after());
        html
    }

    /// A single-choice `<select>` with `selected` chosen.
    pub fn select_one(&self, options: impl AsRef<[(String, String)]>, selected: &str, blank: Option<String>) -> String {
        self.select(options, &[selected.to_owned()], blank, false)
    }

    /// A group of checkboxes sharing this control's name.
    pub fn checkboxes(&self, options: impl AsRef<[(String, String)]>, selected: &[String]) -> String {
        let mut html = format!("<fieldset class=\"field choices\"><legend>{}</legend>", escape(&self.label));
        for (i, (value, label)) in options.as_ref().iter().enumerate() {
            let chosen = if selected.contains(value) { " checked" } else { "" };
            let _ = write!(
                html,
                "<div><input type=\"checkbox\" id=\"{id}-{i}\" name=\"{n}\" value=\"{}\"{chosen}> <label for=\"{id}-{i}\">{}</label></div>",
                escape(value),
                escape(label),
                id = self.id,
                n = self.form_name(),
            );
        }
        let _ = write!(html, "{}</fieldset>", self.after());
        html
    }

    /// One checkbox whose checked value is `true`.
    pub fn flag(&self, checked: bool) -> String {
        format!(
            "<div class=\"field check\"><div><input type=\"checkbox\" id=\"{i}\" name=\"{n}\" value=\"true\"{}{}> {}</div>{}</div>",
            if checked { " checked" } else { "" },
            self.described_by(),
            self.label_html(),
            self.after(),
            i = self.id,
            n = self.form_name(),
        )
    }
}

/// The page numbers to link to: the first, the last, and a window around `current`;
/// `None` marks a gap. Keeps pagination small on lists of thousands of pages.
pub fn page_window(current: usize, pages: usize) -> Vec<Option<usize>> {
    let mut shown: Vec<usize> = (1..=pages).filter(|n| *n <= 1 || *n >= pages || n.abs_diff(current) <= 2).collect();
    shown.dedup();
    let mut out = Vec::new();
    for (i, n) in shown.iter().enumerate() {
        if i > 0 && *n > shown[i - 1] + 1 {
            out.push(None);
        }
        out.push(Some(*n));
    }
    out
}

/// `?name=value&…` of the pairs with a value (URL-encoded), or nothing when none has one:
/// the query string of a filtered list's links.
pub fn query_string(pairs: &[(&str, &str)]) -> String {
    let kept: Vec<_> = pairs.iter().filter(|(_, v)| !v.is_empty()).collect();
    let encoded = serde_urlencoded::to_string(kept).unwrap_or_default();
    if encoded.is_empty() { String::new() } else { format!("?{encoded}") }
}

/// A list's pagination: previous, a window of page numbers, next. Renders nothing for a
/// list of one page.
pub struct Pager {
    current: usize,
    pages: usize,
    label: String,
    previous: String,
    next: String,
}

impl Pager {
    pub fn new(page: &crate::page::Page, current: usize, pages: usize) -> Self {
        Self {
            current,
            pages,
            label: page.t("pagination"),
            previous: page.t("page-previous"),
            next: page.t("page-next"),
        }
    }

    /// The navigation, `link(n)` giving the address of page `n`.
    pub fn html(&self, link: impl Fn(usize) -> String) -> String {
        use std::fmt::Write;
        if self.pages <= 1 {
            return String::new();
        }
        let mut html = format!("<nav aria-label=\"{}\" class=\"pagination\"><ul>", escape(&self.label));
        if self.current > 1 {
            let _ = write!(
                html,
                "<li><a href=\"{}\" rel=\"prev\">{}</a></li>",
                escape(&link(self.current - 1)),
                escape(&self.previous)
            );
        }
        for n in page_window(self.current, self.pages) {
            match n {
                None => html.push_str("<li>…</li>"),
                Some(n) => {
                    let current = if n == self.current { " aria-current=\"page\"" } else { "" };
                    let _ = write!(html, "<li><a href=\"{}\"{current}>{n}</a></li>", escape(&link(n)));
                }
            }
        }
        if self.current < self.pages {
            let _ = write!(
                html,
                "<li><a href=\"{}\" rel=\"next\">{}</a></li>",
                escape(&link(self.current + 1)),
                escape(&self.next)
            );
        }
        html.push_str("</ul></nav>");
        html
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_and_labels_are_escaped_and_errors_wired() {
        let mut errors = FieldErrors::default();
        errors.push("title", "required");
        let html = Control::new("title", "Title <b>".into())
            .required()
            .errors(&errors, |code| format!("msg:{code}"))
            .input("text", "a\"b<c>");
        assert!(html.contains("value=\"a&quot;b&lt;c&gt;\""), "{html}");
        assert!(html.contains("Title &lt;b&gt;"));
        assert!(html.contains("aria-invalid=\"true\""));
        assert!(html.contains("aria-describedby=\"title-error\""));
        assert!(html.contains("<p class=\"error\" id=\"title-error\">msg:required</p>"));
    }

    #[test]
    fn selects_mark_the_chosen_values() {
        let options = vec![("KE".to_owned(), "Kenya".to_owned()), ("SN".to_owned(), "Senegal".to_owned())];
        let html = Control::new("countries", "Countries".into()).select(&options, &["SN".into()], None, true);
        assert!(html.contains("<option value=\"SN\" selected>Senegal</option>"));
        assert!(html.contains("<option value=\"KE\">Kenya</option>"));
        assert!(html.contains("multiple"));
    }

    #[test]
    fn long_paginations_are_windowed() {
        assert_eq!(page_window(1, 3), vec![Some(1), Some(2), Some(3)]);
        assert_eq!(
            page_window(50, 250),
            vec![Some(1), None, Some(48), Some(49), Some(50), Some(51), Some(52), None, Some(250)]
        );
        assert_eq!(page_window(1, 1), vec![Some(1)]);
    }
}
