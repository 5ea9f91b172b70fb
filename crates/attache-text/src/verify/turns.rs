//! Speaker turns of a transcript: a line that opens with a label in capitals
//! and a colon ("SECRETARY BLINKEN:", "PRESIDENT HERZOG:", "Q:",
//! "MODERATOR:") starts a turn that runs to the next one.

/// One speaker's turn, by character offsets in the transcript.
#[derive(Debug, Clone, PartialEq)]
pub struct Turn {
    pub start: usize,
    pub end: usize,
    /// The label as written: "SECRETARY BLINKEN".
    pub label: String,
}

/// The turns of a transcript, in order; none when it has no labels.
pub fn turns(text: &str) -> Vec<Turn> {
    let mut found: Vec<Turn> = Vec::new();
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        if let Some(label) = label_of(line) {
            if let Some(last) = found.last_mut() {
                last.end = offset;
            }
            found.push(Turn { start: offset, end: 0, label });
        }
        offset += line.chars().count();
    }
    if let Some(last) = found.last_mut() {
        last.end = offset;
    }
    found
}

/// The label opening a line, if it has one.
fn label_of(line: &str) -> Option<String> {
    let line = line.trim_start();
    let (head, _) = line.split_once(':')?;
    let head = head.trim();
    let words = head.split_whitespace().count();
    let capitals = head.chars().any(|c| c.is_uppercase()) && !head.chars().any(|c| c.is_lowercase());
    let allowed = head.chars().all(|c| c.is_alphabetic() || " .'’-".contains(c));
    (capitals && allowed && (1..=5).contains(&words)).then(|| head.to_string())
}

/// The turn holding character `at`.
pub fn turn_at(turns: &[Turn], at: usize) -> Option<&Turn> {
    turns.iter().find(|t| t.start <= at && at < t.end)
}

/// "SECRETARY BLINKEN" → "Secretary Blinken"; "Q" stays "Q".
pub fn display(label: &str) -> String {
    if label.chars().count() <= 2 {
        return label.to_string();
    }
    label
        .split_whitespace()
        .map(|w| {
            let mut chars = w.chars();
            chars
                .next()
                .map(|f| f.to_uppercase().chain(chars.flat_map(char::to_lowercase)).collect())
                .unwrap_or_default()
        })
        .collect::<Vec<String>>()
        .join(" ")
}

/// Whether a reported speaker ("Antony Blinken", "Blinken") is the person
/// a turn label names ("SECRETARY BLINKEN"): their surnames meet.
pub fn same_person(reported: &str, label: &str) -> bool {
    let words = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_alphanumeric() && c != '\'').filter(|w| !w.is_empty()).map(str::to_lowercase).collect()
    };
    let (reported, label) = (words(reported), words(label));
    let surname_in = |name: &[String], other: &[String]| name.last().is_some_and(|s| other.contains(s));
    surname_in(&reported, &label) || surname_in(&label, &reported)
}

#[cfg(test)]
mod tests {
    use super::*;

    const TRANSCRIPT: &str = "Remarks\nSECRETARY BLINKEN: Thank you.\nWe are close.\nQ: Mr. Secretary, a question.\nPRESIDENT HERZOG: Welcome.\n";

    #[test]
    fn labels_in_capitals_open_turns_that_run_to_the_next() {
        let found = turns(TRANSCRIPT);
        let labels: Vec<&str> = found.iter().map(|t| t.label.as_str()).collect();
        assert_eq!(labels, ["SECRETARY BLINKEN", "Q", "PRESIDENT HERZOG"]);
        let at = TRANSCRIPT.find("We are close").unwrap();
        assert_eq!(turn_at(&found, at).map(|t| t.label.as_str()), Some("SECRETARY BLINKEN"));
        assert_eq!(turn_at(&found, 2), None, "the title line is in no turn");
        assert!(turns("Note: this is prose.\nAnother: line").is_empty());
    }

    #[test]
    fn speakers_are_matched_by_surname() {
        assert!(same_person("Antony Blinken", "SECRETARY BLINKEN"));
        assert!(same_person("Blinken", "SECRETARY BLINKEN"));
        assert!(!same_person("Isaac Herzog", "SECRETARY BLINKEN"));
        assert!(!same_person("Antony Blinken", "Q"));
        assert_eq!(display("SECRETARY BLINKEN"), "Secretary Blinken");
    }
}
