//! The app's real commands over HTTP, for the browser tests: Attaché's own
//! command handlers and core on a library in a folder the test chose, run on
//! Tauri's mock runtime (no window), answering on loopback.
//!
//! `cargo test` builds it (it is an example, so Tauri's `test` feature stays
//! out of the app); `ui/tests/browser/harness.mjs` starts one per test with a
//! new library and installs `ui/tests/browser/real-tauri.js` in the page,
//! which sends each `invoke` here. It prints `listening on PORT` once ready.
//!
//! - `POST /invoke` `{cmd, args}` → `{ok}` or `{error}`, with `channel`: the
//!   messages the command sent on the channels it was given, in order.
//! - `GET /events` → the app's events since the last call (`{event, payload}`).
//! - `POST /dialog` `["/path", …]` → every file dialog answers with these
//!   files from now on (none: the editor cancels).

mod http;

use attache_app::{catch_up_analysis, invoke_handler, ChosenFiles, Desk, Options};
use serde_json::{json, Value};
use std::net::{TcpListener, TcpStream};
use std::sync::{Arc, Mutex};
use tauri::ipc::{CallbackFn, InvokeBody, InvokeResponseBody};
use tauri::test::{get_ipc_response, mock_builder, MockRuntime, INVOKE_KEY};
use tauri::webview::InvokeRequest;
use tauri::{Listener, Manager, WebviewWindow, WebviewWindowBuilder};

/// Messages sent on channels and events emitted, kept until a test reads them.
#[derive(Default)]
struct Outbox {
    channel: Vec<(u32, Value)>,
    events: Vec<Value>,
}

/// The events the UI listens to.
const EVENTS: &[&str] = &["analysis-progress"];

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let options = Options::from_args(std::env::args().skip(1))?;
    let desk = Arc::new(Desk::open(options.library.clone()));
    let outbox = Arc::new(Mutex::new(Outbox::default()));
    let app = mock_builder()
        .channel_interceptor({
            let outbox = Arc::clone(&outbox);
            move |_webview, callback, index, body| {
                let message = match body {
                    InvokeResponseBody::Json(json) => serde_json::from_str(json).unwrap_or(Value::Null),
                    InvokeResponseBody::Raw(bytes) => json!(bytes),
                };
                let mut outbox = outbox.lock().unwrap_or_else(|p| p.into_inner());
                outbox.channel.push((callback.0, json!({ "index": index, "message": message })));
                true
            }
        })
        .manage(Arc::clone(&desk))
        .manage(options)
        .manage(ChosenFiles::default())
        .invoke_handler(invoke_handler())
        // The app's own configuration and capabilities, so a command the window
        // may not call is refused here too.
        .build(tauri::generate_context!())?;
    for event in EVENTS {
        let outbox = Arc::clone(&outbox);
        app.listen_any(*event, move |e| {
            let payload: Value = serde_json::from_str(e.payload()).unwrap_or(Value::Null);
            let mut outbox = outbox.lock().unwrap_or_else(|p| p.into_inner());
            outbox.events.push(json!({ "event": event, "payload": payload }));
        });
    }
    let webview = match app.get_webview_window("main") {
        Some(window) => window,
        None => WebviewWindowBuilder::new(&app, "main", Default::default()).build()?,
    };
    catch_up_analysis(app.handle().clone(), desk);
    let listener = TcpListener::bind("127.0.0.1:0")?;
    println!("listening on {}", listener.local_addr()?.port());
    for stream in listener.incoming().flatten() {
        let (webview, outbox) = (webview.clone(), Arc::clone(&outbox));
        std::thread::spawn(move || serve(&stream, &webview, &outbox));
    }
    Ok(())
}

/// Answers one request.
fn serve(stream: &TcpStream, webview: &WebviewWindow<MockRuntime>, outbox: &Mutex<Outbox>) {
    let answer = match http::read_request(stream) {
        Ok(request) => match (request.method.as_str(), request.path.as_str()) {
            ("OPTIONS", _) => Ok(String::new()),
            ("GET", "/events") => {
                let events = std::mem::take(&mut outbox.lock().unwrap_or_else(|p| p.into_inner()).events);
                Ok(Value::Array(events).to_string())
            }
            ("POST", "/invoke") => invoke(webview, outbox, &request.body),
            ("POST", "/dialog") => match serde_json::from_slice(&request.body) {
                Ok(files) => {
                    webview.state::<ChosenFiles>().choose(files);
                    Ok("null".into())
                }
                Err(error) => Err(format!("the files are not a JSON list of paths: {error}")),
            },
            (method, path) => Err(format!("no {method} {path} here")),
        },
        Err(error) => Err(error.to_string()),
    };
    // The page may have gone; nothing is left to tell it.
    drop(match answer {
        Ok(body) => http::respond(stream, "200 OK", &body),
        Err(problem) => http::respond(stream, "400 Bad Request", &json!({ "problem": problem }).to_string()),
    });
}

/// Runs a command through the app's handlers, as the window's IPC would.
fn invoke(webview: &WebviewWindow<MockRuntime>, outbox: &Mutex<Outbox>, body: &[u8]) -> Result<String, String> {
    let call: Value = serde_json::from_slice(body).map_err(|e| format!("the request is not JSON: {e}"))?;
    let cmd = call["cmd"].as_str().ok_or("the request names no command")?.to_string();
    let args = call.get("args").cloned().unwrap_or_else(|| json!({}));
    let channels = channel_ids(&args);
    let request = InvokeRequest {
        cmd,
        callback: CallbackFn(0),
        error: CallbackFn(1),
        url: "tauri://localhost".parse().map_err(|e| format!("{e}"))?,
        body: InvokeBody::Json(args),
        headers: Default::default(),
        invoke_key: INVOKE_KEY.to_string(),
    };
    let answer = get_ipc_response(webview, request);
    let mut outbox = outbox.lock().unwrap_or_else(|p| p.into_inner());
    let (sent, kept) = std::mem::take(&mut outbox.channel).into_iter().partition(|(id, _)| channels.contains(id));
    outbox.channel = kept;
    let sent: Vec<Value> = sent.into_iter().map(|(id, m)| json!({ "id": id, "message": m })).collect();
    Ok(match answer {
        Ok(InvokeResponseBody::Json(ok)) => {
            let ok: Value = serde_json::from_str(&ok).unwrap_or(Value::Null);
            json!({ "ok": ok, "channel": sent })
        }
        Ok(InvokeResponseBody::Raw(bytes)) => json!({ "ok": bytes, "channel": sent }),
        Err(error) => json!({ "error": error, "channel": sent }),
    }
    .to_string())
}

/// The ids of the channels among a command's arguments (`"__CHANNEL__:7"`).
fn channel_ids(args: &Value) -> Vec<u32> {
    let Some(args) = args.as_object() else { return Vec::new() };
    args.values().filter_map(|v| v.as_str()?.strip_prefix("__CHANNEL__:")?.parse().ok()).collect()
}
