//! TLS against the real test cluster, which offers it with a certificate for
//! 127.0.0.1 signed by a throwaway authority (`scripts/pg-cluster.sh` writes
//! it to DIR/ca.crt; `ATTACHE_TEST_PG_CA` names it): `sslmode=require`
//! encrypts, `verify-full` refuses a certificate it cannot trust and says
//! what to do, and trusts it once `sslrootcert=` names the authority.

mod common;

use attache_core::{Error, ErrorCode};
use attache_team::address::Address;
use attache_team::connect::connect;
use common::Server;

fn authority() -> String {
    std::env::var("ATTACHE_TEST_PG_CA").expect(
        "ATTACHE_TEST_PG_CA names the test cluster's certificate authority: DIR/ca.crt of \
         `bash scripts/pg-cluster.sh start DIR PORT` (scripts/test.sh sets it)",
    )
}

/// The test database's administrator address with `query` instead of sslmode=disable.
fn address(server: &Server, query: &str) -> Address {
    let url = server.admin_url().replace("sslmode=disable", query);
    Address::parse(&url, None).unwrap()
}

async fn encrypted(address: &Address) -> bool {
    let client = connect(address).await.unwrap();
    client.query_one("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()", &[]).await.unwrap().get(0)
}

#[tokio::test]
async fn require_encrypts_and_verify_full_trusts_only_the_authority_named() {
    let server = Server::new().await;
    assert!(!encrypted(&address(&server, "sslmode=disable")).await);
    assert!(encrypted(&address(&server, "sslmode=require")).await, "require: encrypted, certificate unchecked");

    let refused = connect(&address(&server, "sslmode=verify-full")).await.unwrap_err();
    match &refused {
        Error::Team { code, message } => {
            assert_eq!(*code, ErrorCode::Server, "not 'unreachable': the server answered");
            assert!(message.contains("certificate") && message.contains("sslrootcert"), "{message}");
        }
        other => panic!("a team error, not {other:?}"),
    }

    let trusted = address(&server, &format!("sslmode=verify-full&sslrootcert={}", authority()));
    assert!(encrypted(&trusted).await, "verify-full with the newsroom's authority");
    assert!(trusted.shown.contains("sslrootcert="), "the address shown keeps where its authority is");

    let missing = connect(&address(&server, "sslmode=verify-full&sslrootcert=/nonexistent/ca.crt")).await.unwrap_err();
    assert!(matches!(&missing, Error::InvalidInput(m) if m.contains("/nonexistent/ca.crt")), "{missing}");
}
