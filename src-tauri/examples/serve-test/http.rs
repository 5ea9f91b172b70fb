//! Just enough HTTP/1.1 for the browser tests on loopback: one request per
//! connection, a JSON body in, a JSON body out, open to the test page's
//! origin. Not a web server: nothing here is reachable from another machine.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;

/// The largest request body read: the biggest command argument the tests
/// send is a story of a few kilobytes.
const MAX_BODY: usize = 16 * 1024 * 1024;

/// A request: its method, path and body.
pub struct Request {
    pub method: String,
    pub path: String,
    pub body: Vec<u8>,
}

/// Reads one request from `stream`.
pub fn read_request(stream: &TcpStream) -> std::io::Result<Request> {
    let mut reader = BufReader::new(stream);
    let mut line = String::new();
    reader.read_line(&mut line)?;
    let mut parts = line.split_whitespace();
    let (method, path) = (parts.next().unwrap_or_default().to_string(), parts.next().unwrap_or_default().to_string());
    let mut length = 0;
    loop {
        let mut header = String::new();
        if reader.read_line(&mut header)? == 0 || header.trim().is_empty() {
            break;
        }
        if let Some((name, value)) = header.split_once(':') {
            if name.trim().eq_ignore_ascii_case("content-length") {
                length = value.trim().parse().unwrap_or(0);
            }
        }
    }
    if length > MAX_BODY {
        return Err(std::io::Error::other(format!("a body of {length} bytes is too large")));
    }
    let mut body = vec![0; length];
    reader.read_exact(&mut body)?;
    Ok(Request { method, path, body })
}

/// Writes a response with a JSON body (none for a preflight).
pub fn respond(mut stream: &TcpStream, status: &str, body: &str) -> std::io::Result<()> {
    write!(
        stream,
        "HTTP/1.1 {status}\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\
         access-control-allow-origin: *\r\naccess-control-allow-headers: content-type\r\n\
         access-control-allow-methods: GET, POST\r\nconnection: close\r\n\r\n{body}",
        body.len()
    )
}
