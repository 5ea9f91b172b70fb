//! What desks and the server exchange: a desk's change to one shared row,
//! and a shared row as the server holds it, each field stamped with the
//! clock, desk and editor of its last change, so every desk merges alike.

use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::BTreeMap;

/// One field's value as a desk wrote it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Stamped {
    /// The value (a link to another shared row holds that row's `uid`).
    pub value: Value,
    /// The hybrid logical clock of the change, in milliseconds.
    pub clock: i64,
    /// The desk that made it.
    pub desk: String,
    /// The editor's name on that desk.
    pub author: String,
}

impl Stamped {
    /// Whether this change comes after `other`: the later clock, then the
    /// greater desk id, so that every desk picks the same one.
    pub fn after(&self, other: &Stamped) -> bool {
        (self.clock, &self.desk) > (other.clock, &other.desk)
    }
}

/// Fields of a shared row by column.
pub type StampedFields = BTreeMap<String, Stamped>;

/// A desk's change to one shared row: the fields it changed since it last
/// agreed with the server, or the row's deletion.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Change {
    /// The shared table.
    pub table: String,
    /// The row's stable id.
    pub uid: String,
    /// The desk's own sequence number of the change: a push is applied once
    /// per (desk, seq), however often it is retried.
    pub seq: i64,
    /// The fields changed, stamped.
    pub fields: StampedFields,
    /// Set when the desk deleted the row (its value is null).
    pub deleted: Option<Stamped>,
}

/// A shared row as the server holds it: every desk's changes merged, field
/// by field, the later change winning.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SharedRow {
    /// The shared table.
    pub table: String,
    /// The row's stable id.
    pub uid: String,
    /// Every field, stamped with its last change.
    pub fields: StampedFields,
    /// The latest deletion, if any: the row is gone while no field changed after it.
    pub deleted: Option<Stamped>,
    /// The server's sequence number of the row's last change.
    pub seq: i64,
}

impl SharedRow {
    /// A new row holding only this change.
    pub fn from_change(change: &Change) -> SharedRow {
        SharedRow {
            table: change.table.clone(),
            uid: change.uid.clone(),
            fields: change.fields.clone(),
            deleted: change.deleted.clone(),
            seq: 0,
        }
    }

    /// Merges a desk's change in: each field keeps the later of the two
    /// values, and so does the deletion. Merging is the same in any order
    /// and any number of times, so a retried push changes nothing.
    pub fn merge(&mut self, change: &Change) {
        for (column, stamped) in &change.fields {
            match self.fields.get(column) {
                Some(current) if !stamped.after(current) => {}
                _ => {
                    self.fields.insert(column.clone(), stamped.clone());
                }
            }
        }
        if let Some(deleted) = &change.deleted {
            if self.deleted.as_ref().is_none_or(|current| deleted.after(current)) {
                self.deleted = Some(deleted.clone());
            }
        }
    }

    /// Whether the row is deleted: its deletion is later than every field's change.
    pub fn is_deleted(&self) -> bool {
        self.deleted.as_ref().is_some_and(|d| self.fields.values().all(|f| d.after(f)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn stamped(value: Value, clock: i64, desk: &str) -> Stamped {
        Stamped { value, clock, desk: desk.into(), author: format!("editor of {desk}") }
    }

    fn change(fields: &[(&str, Stamped)], deleted: Option<Stamped>) -> Change {
        Change {
            table: "story".into(),
            uid: "u".into(),
            seq: 1,
            fields: fields.iter().map(|(c, s)| (c.to_string(), s.clone())).collect(),
            deleted,
        }
    }

    #[test]
    fn the_later_change_of_a_field_wins_in_either_order_and_on_retry() {
        let a = change(
            &[("headline", stamped(json!("A"), 10, "desk-a")), ("byline", stamped(json!("x"), 10, "desk-a"))],
            None,
        );
        let b = change(&[("headline", stamped(json!("B"), 12, "desk-b"))], None);
        let mut first = SharedRow::from_change(&a);
        first.merge(&b);
        let mut second = SharedRow::from_change(&b);
        second.merge(&a);
        second.merge(&a);
        assert_eq!(first.fields, second.fields);
        assert_eq!(first.fields["headline"].value, json!("B"));
        assert_eq!(first.fields["byline"].value, json!("x"));
    }

    #[test]
    fn the_same_clock_is_settled_by_the_desk_id() {
        let a = change(&[("headline", stamped(json!("A"), 10, "desk-a"))], None);
        let b = change(&[("headline", stamped(json!("B"), 10, "desk-b"))], None);
        let mut row = SharedRow::from_change(&b);
        row.merge(&a);
        assert_eq!(row.fields["headline"].value, json!("B"));
    }

    #[test]
    fn a_row_edited_after_its_deletion_is_kept() {
        let made = change(&[("headline", stamped(json!("A"), 10, "desk-a"))], None);
        let deleted = change(&[], Some(stamped(Value::Null, 20, "desk-a")));
        let mut row = SharedRow::from_change(&made);
        row.merge(&deleted);
        assert!(row.is_deleted());
        row.merge(&change(&[("headline", stamped(json!("edited"), 15, "desk-b"))], None));
        assert!(row.is_deleted(), "an edit made before the deletion does not bring it back");
        row.merge(&change(&[("headline", stamped(json!("edited later"), 25, "desk-b"))], None));
        assert!(!row.is_deleted());
    }
}
