//! Exports of the timeline: CSV for spreadsheets, JSON for everything else. Times are ISO
//! 8601 in UTC; both stream, so a whole history never sits in memory at once.

use std::io::{BufWriter, Write};

use crate::{Journal, JournalError, TimelineEntry, TimelineFilter, time};

/// The CSV columns, in order.
pub const CSV_HEADER: [&str; 13] = [
    "id",
    "account",
    "at",
    "kind",
    "hash",
    "device",
    "platform",
    "app",
    "official_app",
    "ip",
    "location",
    "login_date",
    "action",
];

impl Journal {
    /// Writes the entries `filter` selects as CSV (RFC 4180: a header row, fields quoted
    /// when they hold a comma, a semicolon — the separator where the comma is the decimal
    /// mark — a quote or a line break, CRLF line ends). Returns how many entries were
    /// written.
    ///
    /// A device name is chosen by whoever logged in, so text that a spreadsheet would run
    /// as a formula (starting, after any spaces, with `=`, `+`, `-`, `@` or their
    /// full-width forms, or with a space, tab or CR) gets a leading `'`.
    pub fn export_csv(&self, filter: &TimelineFilter, out: impl Write) -> Result<u64, JournalError> {
        let mut out = BufWriter::new(out);
        write_row(&mut out, CSV_HEADER.iter().map(|h| Cell::Plain(h.to_string()))).map_err(JournalError::Export)?;
        let mut count = 0;
        self.each_entry(filter, |entry| {
            count += 1;
            write_row(&mut out, csv_cells(&entry)?).map_err(JournalError::Export)
        })?;
        out.flush().map_err(JournalError::Export)?;
        Ok(count)
    }

    /// Writes the entries `filter` selects as one JSON array of entries, each with every
    /// field (`null` where unknown), hashes as strings. Returns how many were written.
    pub fn export_json(&self, filter: &TimelineFilter, out: impl Write) -> Result<u64, JournalError> {
        let mut out = BufWriter::new(out);
        out.write_all(b"[").map_err(JournalError::Export)?;
        let mut count = 0;
        self.each_entry(filter, |entry| {
            let separator: &[u8] = if count == 0 { b"\n" } else { b",\n" };
            count += 1;
            out.write_all(separator).map_err(JournalError::Export)?;
            serde_json::to_writer(&mut out, &entry).map_err(|e| JournalError::Export(e.into()))
        })?;
        out.write_all(b"\n]\n").map_err(JournalError::Export)?;
        out.flush().map_err(JournalError::Export)?;
        Ok(count)
    }
}

enum Cell {
    /// Written by us (numbers, times, kinds): only quoted if needed.
    Plain(String),
    /// Came from outside (device names, places): also guarded against formulas.
    Text(String),
}

fn csv_cells(entry: &TimelineEntry) -> Result<Vec<Cell>, JournalError> {
    let text = |value: &Option<String>| Cell::Text(value.clone().unwrap_or_default());
    let action = entry.action.as_ref().map(crate::json::to_text).transpose()?;
    Ok(vec![
        Cell::Plain(entry.id.to_string()),
        Cell::Text(entry.account.clone()),
        Cell::Plain(time::iso(entry.at)),
        Cell::Plain(entry.kind.name().into()),
        Cell::Plain(entry.hash.map(|h| h.to_string()).unwrap_or_default()),
        text(&entry.device),
        text(&entry.platform),
        text(&entry.app),
        Cell::Plain(entry.official_app.map(|b| b.to_string()).unwrap_or_default()),
        text(&entry.ip),
        text(&entry.location),
        Cell::Plain(entry.login_date.map(time::iso).unwrap_or_default()),
        text(&action),
    ])
}

/// What makes a spreadsheet read a cell as a formula, in ASCII and in full width.
const FORMULA_STARTS: [char; 8] = ['=', '+', '-', '@', '\u{FF1D}', '\u{FF0B}', '\u{FF0D}', '\u{FF20}'];

/// `value` with a leading `'` when a spreadsheet could run it: spreadsheets skip leading
/// spaces before they look for a formula, so any leading white space counts too.
fn defused(value: String) -> String {
    let leading_space = value.starts_with(char::is_whitespace);
    let first = value.trim_start().chars().next();
    if leading_space || first.is_some_and(|c| FORMULA_STARTS.contains(&c)) { format!("'{value}") } else { value }
}

fn write_row(out: &mut impl Write, cells: impl IntoIterator<Item = Cell>) -> std::io::Result<()> {
    for (i, cell) in cells.into_iter().enumerate() {
        if i > 0 {
            out.write_all(b",")?;
        }
        let value = match cell {
            Cell::Plain(value) => value,
            Cell::Text(value) => defused(value),
        };
        if value.contains([',', ';', '"', '\n', '\r']) {
            write!(out, "\"{}\"", value.replace('"', "\"\""))?;
        } else {
            out.write_all(value.as_bytes())?;
        }
    }
    out.write_all(b"\r\n")
}

#[cfg(test)]
mod tests {
    use super::defused;

    #[test]
    fn formulas_in_any_disguise_are_defused() {
        for run in ["=1+1", "+1", "-1", "@SUM(A1)", " =1+1", "\t=1", "\r=1", "\u{FF1D}1+1", "\u{FF0B}1", "  \u{FF20}x"]
        {
            assert!(defused(run.into()).starts_with('\''), "{run:?}");
        }
        for plain in ["Pixel 8", "Lagos, Nigeria", "iPhone=15", ""] {
            assert_eq!(defused(plain.into()), plain);
        }
    }
}
