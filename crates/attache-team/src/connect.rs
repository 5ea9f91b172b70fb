//! Connecting to the newsroom's PostgreSQL: TLS through rustls as the
//! address asks, and the server's failures turned into errors an editor can
//! act on (unreachable, wrong password, no rights), each naming the server.

use crate::address::{Address, Tls};
use attache_core::{Error, ErrorCode, Result};
use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::{ClientConfig, DigitallySignedStruct, SignatureScheme};
use std::sync::Arc;
use tokio_postgres::error::SqlState;
use tokio_postgres::{Client, NoTls};

/// Opens a connection; its driver runs on the current tokio runtime.
pub async fn connect(address: &Address) -> Result<Client> {
    let failed = |e: tokio_postgres::Error| server_error(&address.shown, e);
    let client = match address.tls {
        Tls::Off => {
            let (client, connection) = address.config.connect(NoTls).await.map_err(failed)?;
            tokio::spawn(connection);
            client
        }
        tls => {
            let config = client_config(tls, address.root_cert.as_deref())?;
            let connector = tokio_postgres_rustls::MakeRustlsConnect::new(config);
            let (client, connection) = address.config.connect(connector).await.map_err(failed)?;
            tokio::spawn(connection);
            client
        }
    };
    Ok(client)
}

/// The error an editor can act on, for a failure talking to `server`.
pub fn server_error(server: &str, err: tokio_postgres::Error) -> Error {
    if let Some(db) = err.as_db_error() {
        let state = db.code();
        let (code, what) =
            if *state == SqlState::INVALID_PASSWORD || *state == SqlState::INVALID_AUTHORIZATION_SPECIFICATION {
                (ErrorCode::AuthFailed, "refused the user name or password")
            } else if *state == SqlState::INSUFFICIENT_PRIVILEGE {
                (ErrorCode::Forbidden, "does not let this user read or write the team library")
            } else if *state == SqlState::INVALID_CATALOG_NAME {
                (ErrorCode::ServerUnreachable, "has no such database")
            } else {
                (ErrorCode::Server, "failed")
            };
        return Error::team(code, format!("the team library's server {server} {what}: {}", db.message()));
    }
    let words = causes(&err);
    if words.contains("certificate") {
        return Error::team(
            ErrorCode::Server,
            format!(
                "the team library's server {server} has a certificate this desk cannot trust ({words}); \
                 ask whoever runs it for the newsroom's certificate authority and add sslrootcert=FILE to the address"
            ),
        );
    }
    if err.is_closed()
        || std::error::Error::source(&err).is_some_and(|s| s.is::<std::io::Error>())
        || err.to_string().contains("timed out")
    {
        return Error::team(
            ErrorCode::ServerUnreachable,
            format!(
                "the team library's server {server} cannot be reached ({}); the desk keeps working and syncs later",
                causes(&err)
            ),
        );
    }
    Error::team(ErrorCode::Server, format!("the team library's server {server} failed: {err}"))
}

/// An error with its causes, in words: "error connecting to server: Connection refused".
fn causes(err: &tokio_postgres::Error) -> String {
    let mut words = err.to_string();
    let mut source = std::error::Error::source(err);
    while let Some(cause) = source {
        words.push_str(&format!(": {cause}"));
        source = cause.source();
    }
    words
}

fn client_config(tls: Tls, root_cert: Option<&std::path::Path>) -> Result<ClientConfig> {
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let builder = ClientConfig::builder_with_provider(provider.clone())
        .with_safe_default_protocol_versions()
        .map_err(|e| Error::Internal(format!("TLS cannot be set up: {e}")))?;
    let config = if tls == Tls::Verified {
        let mut roots = rustls::RootCertStore::empty();
        for cert in rustls_native_certs::load_native_certs().certs {
            let _ = roots.add(cert);
        }
        if let Some(file) = root_cert {
            for cert in authority_certificates(file)? {
                roots.add(cert).map_err(|e| {
                    Error::InvalidInput(format!("{}: not a certificate authority TLS can use: {e}", file.display()))
                })?;
            }
        }
        builder.with_root_certificates(roots).with_no_client_auth()
    } else {
        builder.dangerous().with_custom_certificate_verifier(Arc::new(Unverified(provider))).with_no_client_auth()
    };
    Ok(config)
}

/// The certificates of a PEM file named by `sslrootcert`.
fn authority_certificates(file: &std::path::Path) -> Result<Vec<CertificateDer<'static>>> {
    use rustls::pki_types::pem::PemObject as _;
    let unreadable = |e: &dyn std::fmt::Display| {
        Error::InvalidInput(format!("{}: the certificate authority (sslrootcert) cannot be read: {e}", file.display()))
    };
    let certs = CertificateDer::pem_file_iter(file)
        .map_err(|e| unreadable(&e))?
        .collect::<std::result::Result<Vec<_>, _>>()
        .map_err(|e| unreadable(&e))?;
    if certs.is_empty() {
        return Err(unreadable(&"it holds no PEM certificate"));
    }
    Ok(certs)
}

/// `sslmode=require`: the connection is encrypted, the certificate not checked,
/// as PostgreSQL's own clients do. `verify-full` checks it.
#[derive(Debug)]
struct Unverified(Arc<rustls::crypto::CryptoProvider>);

impl ServerCertVerifier for Unverified {
    fn verify_server_cert(
        &self,
        _end_entity: &CertificateDer<'_>,
        _intermediates: &[CertificateDer<'_>],
        _server_name: &ServerName<'_>,
        _ocsp_response: &[u8],
        _now: UnixTime,
    ) -> std::result::Result<ServerCertVerified, rustls::Error> {
        Ok(ServerCertVerified::assertion())
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> std::result::Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls12_signature(message, cert, dss, &self.0.signature_verification_algorithms)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> std::result::Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls13_signature(message, cert, dss, &self.0.signature_verification_algorithms)
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.0.signature_verification_algorithms.supported_schemes()
    }
}
