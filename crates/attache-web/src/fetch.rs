//! Fetching one page within the limits an import keeps to: a connect and a
//! whole-fetch timeout, a few redirects, a size cap and the media types
//! Attaché reads. A page that breaks a limit is refused whole; nothing of it
//! is handed on.

use attache_core::import::MAX_FILE_BYTES;
use attache_core::web_pages::{FetchedPage, PAGE_TYPES};
use attache_core::{Error, ErrorCode};
use std::io::Read;
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{mpsc, Arc};
use std::time::Duration;
use ureq::ResponseExt;

/// What Attaché says it is to the sites it fetches from: the app, and why.
pub const USER_AGENT: &str =
    concat!("Attache/", env!("CARGO_PKG_VERSION"), " (newsroom fact-checking desk; fetches pages an editor imports)");

/// The bounds of one fetch.
#[derive(Debug, Clone)]
pub struct Limits {
    /// Time to open the connection.
    pub connect: Duration,
    /// Time for the whole fetch, redirects and body included.
    pub total: Duration,
    /// Redirects followed before giving up.
    pub redirects: u32,
    /// The largest body accepted: a story file's limit.
    pub max_bytes: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            connect: Duration::from_secs(10),
            total: Duration::from_secs(30),
            redirects: 5,
            max_bytes: MAX_FILE_BYTES,
        }
    }
}

/// Bytes read between two looks at the cancel flag.
const CHUNK: usize = 64 * 1024;

/// How often a fetch under way looks at the cancel flag.
const CANCEL_POLL: Duration = Duration::from_millis(100);

/// Fetches `address`: the page as received, or an error naming the address
/// and the problem. Setting `cancel` ends the wait at once, even while a
/// server is slow to answer: the fetch is left to time out on its own
/// thread, and nothing it brings is kept.
pub fn fetch(address: &str, limits: &Limits, cancel: &Arc<AtomicBool>) -> Result<FetchedPage, Error> {
    if cancel.load(Ordering::Relaxed) {
        return Err(cancelled(address));
    }
    let (sender, answer) = mpsc::channel();
    let (owned, limits_owned, flag) = (address.to_string(), limits.clone(), Arc::clone(cancel));
    std::thread::spawn(move || drop(sender.send(fetch_now(&owned, &limits_owned, &flag))));
    loop {
        match answer.recv_timeout(CANCEL_POLL) {
            Ok(result) => return result,
            Err(mpsc::RecvTimeoutError::Timeout) if cancel.load(Ordering::Relaxed) => return Err(cancelled(address)),
            Err(mpsc::RecvTimeoutError::Timeout) => continue,
            Err(mpsc::RecvTimeoutError::Disconnected) => {
                return Err(Error::Internal(format!("the fetch of {address} stopped without an answer")))
            }
        }
    }
}

/// An address the editor cancelled before it was stored.
pub(crate) fn cancelled(address: &str) -> Error {
    Error::import(Path::new(address), ErrorCode::Cancelled, "was cancelled; nothing of it was kept")
}

/// The fetch itself, on the calling thread.
fn fetch_now(address: &str, limits: &Limits, cancel: &AtomicBool) -> Result<FetchedPage, Error> {
    let url = crate::web_address(address)?;
    let refuse = |code: ErrorCode, problem: String| Error::import(Path::new(address), code, problem);
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .timeout_connect(Some(limits.connect))
        .timeout_global(Some(limits.total))
        .max_redirects(limits.redirects)
        .http_status_as_error(false)
        .user_agent(USER_AGENT)
        .accept("text/html, application/xhtml+xml, text/plain;q=0.9")
        .build()
        .into();
    let response = agent.get(url.as_str()).call().map_err(|e| failure(address, limits, e))?;
    let status = response.status();
    if !status.is_success() {
        let reason = status.canonical_reason().map(|r| format!(" {r}")).unwrap_or_default();
        return Err(refuse(ErrorCode::HttpStatus, format!("the server answered {}{reason}", status.as_u16())));
    }
    let final_url = response.get_uri().to_string();
    let declared = response.body().mime_type().map(str::to_ascii_lowercase);
    let charset = response.body().charset().map(str::to_string);
    if let Some(kind) = declared.as_deref().filter(|k| !PAGE_TYPES.contains(k)) {
        return Err(refuse(
            ErrorCode::UnsupportedFile,
            format!("is {kind}, not a web page or text Attaché reads (HTML or plain text)"),
        ));
    }
    let too_large = |size: u64| {
        let problem =
            format!("is {:.1} MB; a page may be at most {} MB", size as f64 / 1048576.0, limits.max_bytes >> 20);
        refuse(ErrorCode::FileTooLarge, problem)
    };
    if let Some(size) = response.body().content_length().filter(|s| *s > limits.max_bytes) {
        return Err(too_large(size));
    }
    let mut reader = response.into_body().into_with_config().limit(limits.max_bytes + 1).reader();
    let mut bytes = Vec::new();
    let mut chunk = vec![0u8; CHUNK];
    loop {
        if cancel.load(Ordering::Relaxed) {
            return Err(cancelled(address));
        }
        let read = reader.read(&mut chunk).map_err(|e| broken(address, limits, e, bytes.len()))?;
        if read == 0 {
            break;
        }
        bytes.extend_from_slice(&chunk[..read]);
        if bytes.len() as u64 > limits.max_bytes {
            return Err(too_large(bytes.len() as u64));
        }
    }
    let content_type = declared.unwrap_or_else(|| sniffed(&bytes).to_string());
    let fetched_at = chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
    Ok(FetchedPage {
        address: address.to_string(),
        final_url,
        status: status.as_u16(),
        content_type,
        charset,
        fetched_at,
        bytes,
    })
}

/// A page served with no type: HTML when it opens with markup, else text.
fn sniffed(bytes: &[u8]) -> &'static str {
    let start = bytes.iter().position(|b| !b.is_ascii_whitespace()).map_or(&[][..], |at| &bytes[at..]);
    if start.starts_with(b"<") {
        "text/html"
    } else {
        "text/plain"
    }
}

/// A request that got no answer, in words an editor can act on.
fn failure(address: &str, limits: &Limits, err: ureq::Error) -> Error {
    let (code, problem) = match &err {
        ureq::Error::Timeout(_) => (ErrorCode::FetchTimeout, timed_out(limits)),
        ureq::Error::TooManyRedirects => {
            (ErrorCode::TooManyRedirects, format!("redirects more than {} times, or in a loop", limits.redirects))
        }
        ureq::Error::RedirectFailed => {
            (ErrorCode::FetchFailed, "redirects to an address Attaché cannot follow (not http or https)".into())
        }
        ureq::Error::HostNotFound => (ErrorCode::SiteUnreachable, NO_HOST.into()),
        ureq::Error::Io(io) if io.to_string().contains("failed to lookup address") => {
            (ErrorCode::SiteUnreachable, NO_HOST.into())
        }
        ureq::Error::ConnectionFailed | ureq::Error::Io(_) | ureq::Error::Tls(_) => {
            (ErrorCode::SiteUnreachable, format!("cannot be reached ({err})"))
        }
        ureq::Error::BadUri(_) | ureq::Error::Http(_) => {
            (ErrorCode::InvalidInput, format!("is not an address Attaché can fetch ({err})"))
        }
        ureq::Error::BodyExceedsLimit(_) => (ErrorCode::FileTooLarge, over_limit(limits)),
        _ => (ErrorCode::FetchFailed, format!("could not be fetched ({err})")),
    };
    Error::import(Path::new(address), code, problem)
}

/// A body that stopped arriving part way.
fn broken(address: &str, limits: &Limits, err: std::io::Error, received: usize) -> Error {
    let inner = err.get_ref().and_then(|e| e.downcast_ref::<ureq::Error>());
    let (code, problem) = match inner {
        Some(ureq::Error::Timeout(_)) => (ErrorCode::FetchTimeout, timed_out(limits)),
        Some(ureq::Error::BodyExceedsLimit(_)) => (ErrorCode::FileTooLarge, over_limit(limits)),
        _ => (
            ErrorCode::FetchFailed,
            format!("the connection broke after {received} bytes, before the page was complete ({err})"),
        ),
    };
    Error::import(Path::new(address), code, problem)
}

/// A host name that does not resolve: offline, or a mistyped address.
const NO_HOST: &str = "cannot be reached: its host name was not found (no such host, or this desk is offline)";

/// A body past the limit, whose whole size is unknown.
fn over_limit(limits: &Limits) -> String {
    format!("is larger than a page may be (at most {} MB)", limits.max_bytes >> 20)
}

fn timed_out(limits: &Limits) -> String {
    format!(
        "did not arrive in time (at most {} s to connect and {} s for the whole page)",
        limits.connect.as_secs(),
        limits.total.as_secs()
    )
}
