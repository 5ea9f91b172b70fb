//! Each store is the only writer of its tables, as `docs/architecture.md`
//! says in its table of the core's modules: this test reads that table and
//! every statement of the core that inserts, updates or deletes, and fails
//! on a write by a module whose row does not own the table, or on a table
//! nobody owns. The map is the one declaration; the test keeps it true.

mod common;

use common::rust_files;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// The rows of the map: each module (a file such as `stories.rs` or a
/// folder such as `quotes/`) with the tables it owns.
fn owners(map: &str) -> BTreeMap<String, BTreeSet<String>> {
    let section = map.split("## Inside the core").nth(1).expect("the map has a section on the core");
    let mut owners = BTreeMap::new();
    for row in section.lines().filter(|l| l.starts_with("| `")) {
        let cells: Vec<&str> = row.split('|').map(str::trim).collect();
        let ticked = |cell: &str| -> Vec<String> { cell.split('`').skip(1).step_by(2).map(String::from).collect() };
        let tables: BTreeSet<String> = ticked(cells[2]).into_iter().collect();
        for module in ticked(cells[1]) {
            owners.insert(module, tables.clone());
        }
    }
    owners
}

/// The tables a source writes, test code aside.
fn written(source: &str) -> BTreeSet<String> {
    let code = source.find("#[cfg(test)]").map_or(source, |at| &source[..at]);
    let words: Vec<&str> = code.split(|c: char| !(c.is_alphanumeric() || c == '_')).filter(|w| !w.is_empty()).collect();
    let mut tables = BTreeSet::new();
    for (i, pair) in words.windows(2).enumerate() {
        let table = match pair {
            ["INTO", table] | ["UPDATE", table] => *table,
            ["DELETE", "FROM"] => words.get(i + 2).copied().unwrap_or_default(),
            _ => continue,
        };
        if table != "SET" {
            tables.insert(table.to_string());
        }
    }
    tables
}

#[test]
fn every_table_is_written_only_by_the_module_that_owns_it() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let map = std::fs::read_to_string(root.join("../../docs/architecture.md")).expect("docs/architecture.md");
    let owners = owners(&map);
    assert!(owners.len() > 10, "the map's table of modules was not found");
    let owned: BTreeSet<&String> = owners.values().flatten().collect();
    let src = root.join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let mut wrong = Vec::new();
    for file in &files {
        let relative = file.strip_prefix(&src).unwrap().to_string_lossy().replace('\\', "/");
        let row = owners.get(&relative).or_else(|| {
            let folder = format!("{}/", relative.split('/').next().unwrap_or_default());
            owners.get(&folder).filter(|_| relative.contains('/'))
        });
        for table in written(&std::fs::read_to_string(file).unwrap()) {
            // Words after INTO or UPDATE that name no table of the map are
            // not SQL ("into a story"); a table of the map must be the row's.
            if owned.contains(&table) && !row.is_some_and(|tables| tables.contains(&table)) {
                wrong.push(format!("{relative} writes `{table}`, which its row of the map does not own"));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn the_map_reads_its_rows_and_a_write_is_found() {
    let map = "## Inside the core\n| module | owns | what |\n| --- | --- | --- |\n\
               | `stories.rs`, `search/` | `story`, `story_tag` | stories |\n";
    let owners = owners(map);
    assert_eq!(owners["search/"], BTreeSet::from(["story".to_string(), "story_tag".to_string()]));
    let sql = "tx.execute(\"INSERT OR IGNORE INTO story_tag (a) VALUES (1)\"); \"DELETE FROM quote WHERE x\"; \
               \"UPDATE story SET a = 1\"";
    assert_eq!(written(sql), BTreeSet::from(["quote".into(), "story".into(), "story_tag".into()]));
}
