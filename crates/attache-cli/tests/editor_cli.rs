//! `attache editor`: the desk's editor name, set once from the command line
//! as in the app, signs what the desk writes from then on.

mod common;

#[test]
fn the_editor_name_is_set_once_and_signs_what_the_desk_writes() {
    let dir = tempfile::tempdir().unwrap();
    assert_eq!(common::json(dir.path(), &["editor", "--json"])["editor"], serde_json::Value::Null);
    assert_eq!(common::json(dir.path(), &["editor", "Dana Reyes", "--json"])["editor"], "Dana Reyes");
    let story = dir.path().join("story.txt");
    std::fs::write(&story, "Talks resume\n\nThe minister said the talks would resume on Monday.").unwrap();
    assert!(common::run(dir.path(), &["import", story.to_str().unwrap()]).status.success());
    let conn = rusqlite::Connection::open(dir.path().join("library.sqlite3")).unwrap();
    let author: String = conn.query_row("SELECT author FROM story", [], |r| r.get(0)).unwrap();
    assert_eq!(author, "Dana Reyes");
}
