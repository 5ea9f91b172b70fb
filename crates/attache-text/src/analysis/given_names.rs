//! The usual sex of a given name, from the Social Security Administration's
//! counts of US births (`data/given_names.tsv`), so that "Bernie Sanders" is
//! "he" before the story says so and a later "her" is not taken for his.

use super::titles::Gender;
use std::collections::HashMap;
use std::sync::OnceLock;

static TABLE: &str = include_str!("../../data/given_names.tsv");

/// The sex that 95% or more of those given `name` (lower case) share.
pub(super) fn usual_gender(name: &str) -> Option<Gender> {
    static BY_NAME: OnceLock<HashMap<&'static str, Gender>> = OnceLock::new();
    let table = BY_NAME.get_or_init(|| {
        let rows = TABLE.lines().filter(|line| !line.starts_with('#'));
        rows.filter_map(|line| {
            let (name, sex) = line.split_once('\t')?;
            Some((name, if sex == "F" { Gender::Female } else { Gender::Male }))
        })
        .collect()
    });
    table.get(name).copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn common_names_have_their_usual_sex_and_shared_ones_none() {
        assert_eq!(usual_gender("bernie"), None, "given to women too often to decide");
        assert_eq!(usual_gender("virginia"), Some(Gender::Female));
        assert_eq!(usual_gender("dennis"), Some(Gender::Male));
        assert_eq!(usual_gender("kelly"), None);
        assert_eq!(usual_gender("zzzz"), None);
    }
}
