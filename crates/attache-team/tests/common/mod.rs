//! A real PostgreSQL for the team library's tests: the cluster
//! `scripts/pg-cluster.sh` starts (its admin URL in `ATTACHE_TEST_PG_URL`,
//! as `scripts/test.sh` sets it), a new database per test, and editors'
//! roles made for it. Desks are libraries in a temporary folder.

#![allow(dead_code)]

use attache_core::migrate::supported_version;
use attache_core::Library;
use std::path::Path;
use tokio_postgres::NoTls;

/// One test's database on the shared cluster.
pub struct Server {
    /// host:port of the cluster.
    pub host: String,
    /// The test's own database.
    pub db: String,
    admin_password: String,
}

impl Server {
    /// A new, empty database on the test cluster.
    pub async fn new() -> Server {
        let admin = std::env::var("ATTACHE_TEST_PG_URL").expect(
            "ATTACHE_TEST_PG_URL names the test cluster's admin URL: \
             `bash scripts/pg-cluster.sh start DIR PORT` prints it (scripts/test.sh does this)",
        );
        let rest = admin.strip_prefix("postgres://").expect("a postgres:// URL");
        let (credentials, location) = rest.split_once('@').expect("user:password@host");
        let admin_password = credentials.split_once(':').map(|(_, p)| p.to_string()).unwrap_or_default();
        let host = location.split('/').next().unwrap_or_default().to_string();
        let db = format!("t{:x}", rand_u64());
        let server = Server { host, db, admin_password };
        server.admin_on("postgres").await.batch_execute(&format!("CREATE DATABASE {}", server.db)).await.unwrap();
        server
    }

    /// The URL of this database for `user`.
    pub fn url(&self, user: &str, password: &str) -> String {
        format!("postgres://{user}:{password}@{}/{}?sslmode=disable", self.host, self.db)
    }

    /// The administrator's URL of this database.
    pub fn admin_url(&self) -> String {
        self.url("attache", &self.admin_password)
    }

    /// A new login role (an editor) with this password; its name is returned.
    pub async fn editor(&self, name: &str, password: &str) -> String {
        let role = format!("{}_{name}", self.db);
        self.admin().await.batch_execute(&format!("CREATE ROLE {role} LOGIN PASSWORD '{password}'")).await.unwrap();
        role
    }

    /// A connection to this database as the administrator.
    pub async fn admin(&self) -> tokio_postgres::Client {
        self.admin_on(&self.db).await
    }

    async fn admin_on(&self, db: &str) -> tokio_postgres::Client {
        let url = format!("postgres://attache:{}@{}/{db}", self.admin_password, self.host);
        let (client, connection) = tokio_postgres::connect(&url, NoTls).await.expect("the test cluster is running");
        tokio::spawn(connection);
        client
    }
}

/// A desk: a new library in `dir`, with an editor's name.
pub fn desk(dir: &Path, name: &str) -> Library {
    let library = Library::open_at(&dir.join(format!("{name}.sqlite")), supported_version()).unwrap();
    library.set_editor_name(name).unwrap();
    library
}

/// A desk as the app opens it: a new library with the built-in travel records.
pub fn desk_with_records(dir: &Path, name: &str) -> Library {
    let library = Library::open(&dir.join(format!("{name}.sqlite"))).unwrap();
    library.set_editor_name(name).unwrap();
    library
}

/// A server with a team library and two editors' desks joined to it, each
/// opened by `open`.
pub async fn newsroom(dir: &Path, open: fn(&Path, &str) -> Library) -> (Server, Library, Library) {
    let server = Server::new().await;
    let ana = server.editor("ana", "ana-pw").await;
    let ben = server.editor("ben", "ben-pw").await;
    attache_team::init(&server.admin_url(), None, "newsroom", &[ana.clone(), ben.clone()]).await.unwrap();
    let a = open(dir, "ana");
    let b = open(dir, "ben");
    attache_team::join(&a, &server.url(&ana, "ana-pw"), None, None).await.unwrap();
    attache_team::join(&b, &server.url(&ben, "ben-pw"), None, None).await.unwrap();
    (server, a, b)
}

fn rand_u64() -> u64 {
    use std::hash::{BuildHasher, Hasher};
    let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
    hasher.write_u128(std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_nanos());
    hasher.finish()
}
