//! A team library's address: a PostgreSQL URL as newsrooms write them
//! (`postgres://editor:secret@db.newsroom.org:5432/attache?sslmode=verify-full`),
//! read into a connection's settings, with the password kept apart and an
//! address without it to show and store.

use attache_core::{Error, Result};
use std::str::FromStr;
use tokio_postgres::config::SslMode;
use tokio_postgres::Config;

/// How the connection is encrypted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tls {
    /// No TLS (`sslmode=disable`).
    Off,
    /// TLS when the server offers it (`prefer`, the default) or always
    /// (`require`), without checking the server's certificate.
    Unverified,
    /// TLS, the certificate checked against the system's authorities and the
    /// host name (`verify-full`, `verify-ca`).
    Verified,
}

/// A parsed address.
#[derive(Debug, Clone)]
pub struct Address {
    /// The connection's settings, password included.
    pub config: Config,
    /// How it is encrypted.
    pub tls: Tls,
    /// A certificate authority's file (PEM) to trust beside the system's
    /// (`sslrootcert=FILE`): a newsroom's own, for `verify-full`.
    pub root_cert: Option<std::path::PathBuf>,
    /// The URL without its password: what is shown and stored.
    pub shown: String,
}

impl Address {
    /// Reads a `postgres://` URL; `password`, when given, replaces the URL's.
    pub fn parse(url: &str, password: Option<&str>) -> Result<Address> {
        let url = url.trim();
        let rest = url.strip_prefix("postgres://").or_else(|| url.strip_prefix("postgresql://")).ok_or_else(|| {
            Error::InvalidInput(format!("{url:?} is not a PostgreSQL address (postgres://user@host/database)"))
        })?;
        let (main, query) = rest.split_once('?').unwrap_or((rest, ""));
        let mut tls = Tls::Unverified;
        let mut root_cert = None;
        let mut kept = Vec::new();
        for pair in query.split('&').filter(|p| !p.is_empty()) {
            match pair.split_once('=') {
                Some(("sslmode", "disable")) => tls = Tls::Off,
                Some(("sslmode", "prefer" | "require")) => tls = Tls::Unverified,
                Some(("sslmode", "verify-full" | "verify-ca")) => tls = Tls::Verified,
                Some(("sslmode", other)) => {
                    return Err(Error::InvalidInput(format!(
                        "sslmode={other} is not one Attaché knows: disable, prefer, require or verify-full"
                    )))
                }
                Some(("sslrootcert", file)) => root_cert = Some(std::path::PathBuf::from(percent_decoded(file))),
                _ => kept.push(pair),
            }
        }
        let shown_main = match main.split_once('@') {
            Some((user, host)) => format!("{}@{host}", user.split(':').next().unwrap_or_default()),
            None => main.to_string(),
        };
        let shown = match query {
            "" => format!("postgres://{shown_main}"),
            q => format!("postgres://{shown_main}?{q}"),
        };
        let plain = match kept.as_slice() {
            [] => format!("postgres://{main}"),
            kept => format!("postgres://{main}?{}", kept.join("&")),
        };
        let mut config = Config::from_str(&plain)
            .map_err(|e| Error::InvalidInput(format!("{shown} is not a PostgreSQL address Attaché can use: {e}")))?;
        config.ssl_mode(match tls {
            Tls::Off => SslMode::Disable,
            Tls::Unverified if query.contains("sslmode=require") => SslMode::Require,
            Tls::Unverified => SslMode::Prefer,
            Tls::Verified => SslMode::Require,
        });
        config.connect_timeout(std::time::Duration::from_secs(10));
        config.application_name("attache");
        if let Some(password) = password {
            config.password(password);
        }
        if config.get_user().is_none() {
            return Err(Error::InvalidInput(format!("{shown} names no user: postgres://USER@host/database")));
        }
        Ok(Address { config, tls, root_cert, shown })
    }

    /// The password the address carries, if any.
    pub fn password(&self) -> Option<String> {
        self.config.get_password().map(|p| String::from_utf8_lossy(p).into_owned())
    }
}

/// A URL's percent-encoded text decoded ("%2Fetc%2Fca.pem" is "/etc/ca.pem");
/// a stray "%" stays as written.
fn percent_decoded(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes.get(i + 1..i + 3).and_then(|h| std::str::from_utf8(h).ok());
        match (bytes[i], hex.and_then(|h| u8::from_str_radix(h, 16).ok())) {
            (b'%', Some(byte)) => {
                out.push(byte);
                i += 3;
            }
            (byte, _) => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_password_is_never_shown_and_sslmode_is_read() {
        let address =
            Address::parse("postgres://ed:s3cret@db.example.org:5433/news?sslmode=verify-full", None).unwrap();
        assert_eq!(address.shown, "postgres://ed@db.example.org:5433/news?sslmode=verify-full");
        assert_eq!(address.tls, Tls::Verified);
        assert_eq!(address.password().as_deref(), Some("s3cret"));
        assert_eq!(address.config.get_dbname(), Some("news"));
    }

    #[test]
    fn a_given_password_replaces_the_urls_and_plain_connections_are_asked_for() {
        let address = Address::parse("postgresql://ed@127.0.0.1/news?sslmode=disable", Some("other")).unwrap();
        assert_eq!(address.tls, Tls::Off);
        assert_eq!(address.password().as_deref(), Some("other"));
    }

    #[test]
    fn what_is_not_a_postgresql_address_is_refused_with_its_words() {
        let err = Address::parse("mysql://ed@host/news", None).unwrap_err();
        assert!(err.to_string().contains("not a PostgreSQL address"), "{err}");
        let err = Address::parse("postgres://host/news", None).unwrap_err();
        assert!(err.to_string().contains("names no user"), "{err}");
        let err = Address::parse("postgres://ed@host/news?sslmode=allow", None).unwrap_err();
        assert!(err.to_string().contains("sslmode=allow"), "{err}");
    }

    #[test]
    fn the_authority_file_is_read_percent_decoded() {
        let address =
            Address::parse("postgres://ed@db/news?sslmode=verify-full&sslrootcert=%2Fetc%2Fnews%20room%2Fca.pem", None)
                .unwrap();
        assert_eq!(address.root_cert.as_deref(), Some(std::path::Path::new("/etc/news room/ca.pem")));
        assert_eq!(percent_decoded("100%"), "100%");
    }
}
