//! Who may reach a team library, against a real PostgreSQL: a wrong
//! password and an unreachable server are clear errors that change nothing
//! on the desk; a role of another newsroom cannot read this one's rows.

mod common;

use attache_core::{ErrorCode, StoryDraft};
use attache_team::{init, join, sync};
use common::{desk, Server};

#[tokio::test]
async fn a_wrong_password_and_an_unreachable_server_change_nothing_on_the_desk() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::new().await;
    let ana = server.editor("ana", "ana-pw").await;
    init(&server.admin_url(), None, "newsroom", std::slice::from_ref(&ana)).await.unwrap();
    let a = desk(dir.path(), "ana");
    a.stories().add(StoryDraft { headline: "Talks".into(), body: "Body.".into(), ..Default::default() }, None).unwrap();
    let before = std::fs::read(a.path()).unwrap();

    let wrong = join(&a, &server.url(&ana, "not-the-password"), None, None).await.unwrap_err();
    assert_eq!(wrong.code(), ErrorCode::AuthFailed, "{wrong}");
    assert!(wrong.to_string().contains(&format!("postgres://{ana}@")), "names the server, not the password: {wrong}");
    assert!(!wrong.to_string().contains("not-the-password"));

    let closed = format!("postgres://{ana}:ana-pw@127.0.0.1:1/{}?sslmode=disable", server.db);
    let unreachable = join(&a, &closed, None, None).await.unwrap_err();
    assert_eq!(unreachable.code(), ErrorCode::ServerUnreachable, "{unreachable}");
    assert!(unreachable.to_string().contains("refused"), "{unreachable}");

    assert!(a.team().membership().unwrap().is_none());
    assert!(!attache_team::secret::path(a.path()).exists(), "no password kept");
    assert_eq!(std::fs::read(a.path()).unwrap(), before, "the library file is as it was");
    let alone = sync(&a, &mut |_| {}).await.unwrap_err();
    assert_eq!(alone.code(), ErrorCode::NotInTeam);
}

#[tokio::test]
async fn a_role_of_another_newsroom_cannot_read_or_write_this_ones_library() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::new().await;
    let north = server.editor("north", "north-pw").await;
    let south = server.editor("south", "south-pw").await;
    init(&server.admin_url(), None, "north", std::slice::from_ref(&north)).await.unwrap();
    init(&server.admin_url(), None, "south", std::slice::from_ref(&south)).await.unwrap();
    let n = desk(dir.path(), "north");
    n.stories()
        .add(StoryDraft { headline: "North's scoop".into(), body: "Body.".into(), ..Default::default() }, None)
        .unwrap();
    join(&n, &server.url(&north, "north-pw"), None, None).await.unwrap();
    sync(&n, &mut |_| {}).await.unwrap();

    let s = desk(dir.path(), "south");
    let refused = join(&s, &server.url(&south, "south-pw"), None, Some("north")).await.unwrap_err();
    assert_eq!(refused.code(), ErrorCode::Forbidden, "{refused}");
    join(&s, &server.url(&south, "south-pw"), None, None).await.unwrap();
    sync(&s, &mut |_| {}).await.unwrap();
    assert_eq!(s.stories().counts().unwrap().0, 0, "south's desk pulled nothing of north's");

    // South's role, by hand, sees none of north's rows and cannot write them.
    let url = server.url(&south, "south-pw");
    let (client, connection) = tokio_postgres::connect(&url, tokio_postgres::NoTls).await.unwrap();
    tokio::spawn(connection);
    let north_id: String = server
        .admin()
        .await
        .query_one("SELECT id FROM attache.team_library WHERE name = 'north'", &[])
        .await
        .unwrap()
        .get(0);
    let on_server: i64 = server
        .admin()
        .await
        .query_one("SELECT count(*) FROM attache.team_row WHERE library_id = $1", &[&north_id])
        .await
        .unwrap()
        .get(0);
    assert!(on_server > 0, "north's rows are on the server");
    let seen: i64 = client
        .query_one("SELECT count(*) FROM attache.team_row WHERE library_id = $1", &[&north_id])
        .await
        .unwrap()
        .get(0);
    assert_eq!(seen, 0);
    let write = client
        .execute(
            "INSERT INTO attache.team_row (library_id, tbl, uid, fields, seq) VALUES ($1, 'story', 'x', '{}', 1)",
            &[&north_id],
        )
        .await
        .unwrap_err();
    assert_eq!(write.code(), Some(&tokio_postgres::error::SqlState::INSUFFICIENT_PRIVILEGE), "{write}");
    let ungranted = server.editor("nobody", "nobody-pw").await;
    let outsider =
        join(&desk(dir.path(), "nobody"), &server.url(&ungranted, "nobody-pw"), None, None).await.unwrap_err();
    assert_eq!(outsider.code(), ErrorCode::Forbidden, "{outsider}");
}
