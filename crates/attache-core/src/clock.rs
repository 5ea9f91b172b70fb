//! Times and dates as the library stores them: every module that writes a
//! timestamp or reads a stored date uses these, so all agree on the format.

use chrono::NaiveDate;

/// The current time as stored in the library.
pub(crate) fn now() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}

/// Reads a stored `YYYY-MM-DD` date.
pub(crate) fn parse_stored_date(text: Option<String>) -> rusqlite::Result<Option<NaiveDate>> {
    text.map(|t| {
        NaiveDate::parse_from_str(&t, "%Y-%m-%d")
            .map_err(|e| rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, Box::new(e)))
    })
    .transpose()
}
