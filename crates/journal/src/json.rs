//! JSON columns: the parts of a row whose shape grows with new variants (what ended a
//! session, an action's details), so a new variant needs no schema change.

use rusqlite::Row;
use rusqlite::types::Type;
use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::JournalError;

pub(crate) fn to_text(value: &impl Serialize) -> Result<String, JournalError> {
    serde_json::to_string(value).map_err(|e| JournalError::BadValue(e.to_string()))
}

pub(crate) fn column_opt<T: DeserializeOwned>(row: &Row<'_>, name: &str) -> rusqlite::Result<Option<T>> {
    let Some(text) = row.get::<_, Option<String>>(name)? else {
        return Ok(None);
    };
    let index = row.as_ref().column_index(name)?;
    serde_json::from_str(&text)
        .map(Some)
        .map_err(|e| rusqlite::Error::FromSqlConversionFailure(index, Type::Text, Box::new(e)))
}
