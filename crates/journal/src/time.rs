//! How times are stored (whole microseconds since the Unix epoch, UTC) and written out.

use chrono::{DateTime, SecondsFormat, Utc};
use rusqlite::Row;

pub(crate) fn to_db(time: DateTime<Utc>) -> i64 {
    time.timestamp_micros()
}

pub(crate) fn column(row: &Row<'_>, name: &str) -> rusqlite::Result<DateTime<Utc>> {
    let micros: i64 = row.get(name)?;
    let index = row.as_ref().column_index(name)?;
    DateTime::from_timestamp_micros(micros).ok_or(rusqlite::Error::IntegralValueOutOfRange(index, micros))
}

pub(crate) fn column_opt(row: &Row<'_>, name: &str) -> rusqlite::Result<Option<DateTime<Utc>>> {
    let Some(micros) = row.get::<_, Option<i64>>(name)? else {
        return Ok(None);
    };
    let index = row.as_ref().column_index(name)?;
    DateTime::from_timestamp_micros(micros).map(Some).ok_or(rusqlite::Error::IntegralValueOutOfRange(index, micros))
}

/// ISO 8601 in UTC with a `Z`, fractions only when there are some: `2024-05-01T08:30:00Z`.
pub(crate) fn iso(time: DateTime<Utc>) -> String {
    time.to_rfc3339_opts(SecondsFormat::AutoSi, true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_to_the_microsecond() {
        let t = DateTime::from_timestamp(1_700_000_000, 123_456_000).unwrap_or_default();
        assert_eq!(DateTime::from_timestamp_micros(to_db(t)), Some(t));
        assert_eq!(iso(t), "2023-11-14T22:13:20.123456Z");
        assert_eq!(iso(DateTime::from_timestamp(1_700_000_000, 0).unwrap_or_default()), "2023-11-14T22:13:20Z");
    }
}
