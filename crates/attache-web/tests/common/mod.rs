//! A news site on loopback for the web-import tests: a small HTTP/1.1 server
//! on a free port, answering each path as the test says, and counting the
//! requests each path received (to show a duplicate is not fetched again).

#![allow(dead_code)]

use std::collections::HashMap;
use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// How the server answers one path.
#[derive(Clone)]
pub enum Reply {
    /// A status, a `Content-Type` and a body.
    Page { status: u16, content_type: &'static str, body: Vec<u8> },
    /// A redirect to another path (or full address).
    Redirect(String),
    /// Headers sent, then nothing for this long.
    Stall(Duration),
    /// A body sent without a length, in chunks, this many bytes in all.
    Endless(usize),
    /// A `Content-Length` larger than what is sent before the connection closes.
    CutShort { declared: usize, sent: Vec<u8> },
}

/// A running server; it stops with the test process.
pub struct Site {
    pub port: u16,
    hits: Arc<Mutex<HashMap<String, usize>>>,
    heads: Arc<Mutex<HashMap<String, String>>>,
}

impl Site {
    /// Starts a server answering `routes` (path → reply); other paths get 404.
    pub fn start(routes: Vec<(&str, Reply)>) -> Site {
        let listener = TcpListener::bind("127.0.0.1:0").expect("a loopback port");
        let port = listener.local_addr().expect("the port").port();
        let routes: Arc<HashMap<String, Reply>> =
            Arc::new(routes.into_iter().map(|(p, r)| (p.to_string(), r)).collect());
        let hits = Arc::new(Mutex::new(HashMap::new()));
        let heads = Arc::new(Mutex::new(HashMap::new()));
        let (counted, kept) = (hits.clone(), heads.clone());
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let (routes, hits, heads) = (routes.clone(), counted.clone(), kept.clone());
                std::thread::spawn(move || serve(stream, &routes, &hits, &heads));
            }
        });
        Site { port, hits, heads }
    }

    /// The address of `path` on this server.
    pub fn url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}{path}", self.port)
    }

    /// The request line and headers `path` last received, lower-cased.
    pub fn head(&self, path: &str) -> String {
        self.heads.lock().unwrap().get(path).cloned().unwrap_or_default()
    }

    /// How many requests `path` received.
    pub fn hits(&self, path: &str) -> usize {
        self.hits.lock().unwrap().get(path).copied().unwrap_or(0)
    }
}

fn serve(
    mut stream: TcpStream,
    routes: &HashMap<String, Reply>,
    hits: &Mutex<HashMap<String, usize>>,
    heads: &Mutex<HashMap<String, String>>,
) {
    let mut request = Vec::new();
    let mut byte = [0u8; 1];
    while !request.ends_with(b"\r\n\r\n") && request.len() < 16 * 1024 {
        match stream.read(&mut byte) {
            Ok(1) => request.push(byte[0]),
            _ => return,
        }
    }
    let head = String::from_utf8_lossy(&request);
    let target = head.split(' ').nth(1).unwrap_or("/").to_string();
    let path = target.split('?').next().unwrap_or("/").to_string();
    *hits.lock().unwrap().entry(path.clone()).or_default() += 1;
    heads.lock().unwrap().insert(path.clone(), head.to_lowercase());
    let reply = routes.get(&path).cloned().unwrap_or(Reply::Page {
        status: 404,
        content_type: "text/html",
        body: b"<html><body>Not found</body></html>".to_vec(),
    });
    let _ = answer(&mut stream, reply);
}

fn answer(stream: &mut TcpStream, reply: Reply) -> std::io::Result<()> {
    match reply {
        Reply::Page { status, content_type, body } => {
            let head = format!(
                "HTTP/1.1 {status} {}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                reason(status),
                body.len()
            );
            stream.write_all(head.as_bytes())?;
            stream.write_all(&body)
        }
        Reply::Redirect(to) => {
            let head = format!(
                "HTTP/1.1 301 Moved Permanently\r\nLocation: {to}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
            );
            stream.write_all(head.as_bytes())
        }
        Reply::Stall(pause) => {
            stream.write_all(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 100\r\n\r\n<html>")?;
            std::thread::sleep(pause);
            Ok(())
        }
        Reply::Endless(size) => {
            stream.write_all(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n")?;
            let chunk = vec![b'a'; 64 * 1024];
            let mut sent = 0;
            while sent < size {
                stream.write_all(format!("{:x}\r\n", chunk.len()).as_bytes())?;
                stream.write_all(&chunk)?;
                stream.write_all(b"\r\n")?;
                sent += chunk.len();
            }
            stream.write_all(b"0\r\n\r\n")
        }
        Reply::CutShort { declared, sent } => {
            let head = format!("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: {declared}\r\n\r\n");
            stream.write_all(head.as_bytes())?;
            stream.write_all(&sent)?;
            stream.shutdown(std::net::Shutdown::Both)
        }
    }
}

fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        404 => "Not Found",
        500 => "Internal Server Error",
        _ => "Status",
    }
}

/// The repository's `tests/fixtures/`.
pub fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures")
}

/// A fixture's bytes.
pub fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(fixtures().join(name)).unwrap_or_else(|e| panic!("fixture {name}: {e}"))
}

/// A page of HTML.
pub fn html(body: Vec<u8>) -> Reply {
    Reply::Page { status: 200, content_type: "text/html; charset=utf-8", body }
}
