//! Native file dialogs, opened from the Rust side so the webview needs no
//! dialog or file-system permission of its own.
//!
//! Where the app runs with no screen to show a dialog on (the browser tests'
//! server, `examples/serve-test`), the files are the ones it was given as
//! `ChosenFiles`, as if the editor had picked them.

use std::path::PathBuf;
use std::sync::Mutex;
use tauri::{AppHandle, Manager, Runtime};
use tauri_plugin_dialog::{DialogExt, FilePath};
use tokio::sync::oneshot;

/// The files every dialog answers with, for an app with no screen: set by
/// whoever runs it, kept until set again; none is a cancelled dialog.
#[derive(Default)]
pub struct ChosenFiles(Mutex<Vec<PathBuf>>);

impl ChosenFiles {
    /// From now on, dialogs answer with `files`.
    pub fn choose(&self, files: Vec<PathBuf>) {
        *self.0.lock().unwrap_or_else(|p| p.into_inner()) = files;
    }
}

/// The chosen files, where the app has them instead of a screen.
fn chosen<R: Runtime>(app: &AppHandle<R>) -> Option<Vec<PathBuf>> {
    let chosen = app.try_state::<ChosenFiles>()?;
    let files = chosen.0.lock().unwrap_or_else(|p| p.into_inner()).clone();
    Some(files)
}

/// The story files the editor picks, or `None` when the dialog is cancelled.
pub async fn pick_story_files<R: Runtime>(app: &AppHandle<R>) -> Option<Vec<PathBuf>> {
    if let Some(files) = chosen(app) {
        return Some(files).filter(|f| !f.is_empty());
    }
    let (tx, rx) = oneshot::channel();
    app.dialog()
        .file()
        .set_title("Import stories")
        .add_filter("Stories (.txt, .md, .html)", &["txt", "md", "markdown", "html", "htm"])
        .pick_files(move |files| drop(tx.send(files)));
    let files = rx.await.ok()??;
    Some(files.into_iter().filter_map(into_path).collect())
}

/// Travel-record files: the official XML format, or CSV.
pub async fn pick_travel_records<R: Runtime>(app: &AppHandle<R>) -> Option<Vec<PathBuf>> {
    if let Some(files) = chosen(app) {
        return Some(files).filter(|f| !f.is_empty());
    }
    let (tx, rx) = oneshot::channel();
    app.dialog()
        .file()
        .set_title("Import travel records")
        .add_filter("Travel records (.xml, .csv)", &["xml", "csv"])
        .pick_files(move |files| drop(tx.send(files)));
    let files = rx.await.ok()??;
    Some(files.into_iter().filter_map(into_path).collect())
}

/// Where to write an exported image or document, with its file type.
pub async fn choose_export_destination<R: Runtime>(
    app: &AppHandle<R>,
    title: &str,
    suggested: &str,
    kind: (&str, &str),
) -> Option<PathBuf> {
    if let Some(files) = chosen(app) {
        return files.into_iter().next();
    }
    let (tx, rx) = oneshot::channel();
    app.dialog()
        .file()
        .set_title(title)
        .set_file_name(suggested)
        .add_filter(kind.0, &[kind.1])
        .save_file(move |file| drop(tx.send(file)));
    rx.await.ok()?.and_then(into_path)
}

/// A primary-source file: a transcript, statement or readout.
pub async fn pick_source_file<R: Runtime>(app: &AppHandle<R>) -> Option<PathBuf> {
    if let Some(files) = chosen(app) {
        return files.into_iter().next();
    }
    let (tx, rx) = oneshot::channel();
    app.dialog()
        .file()
        .set_title("Add a source")
        .add_filter("Sources (.txt, .md, .html, .docx)", &["txt", "md", "markdown", "html", "htm", "docx"])
        .pick_file(move |file| drop(tx.send(file)));
    rx.await.ok()?.and_then(into_path)
}

/// A library file to restore from.
pub async fn pick_backup<R: Runtime>(app: &AppHandle<R>) -> Option<PathBuf> {
    if let Some(files) = chosen(app) {
        return files.into_iter().next();
    }
    let (tx, rx) = oneshot::channel();
    app.dialog()
        .file()
        .set_title("Restore the library from a backup")
        .add_filter("Attaché library (.sqlite3)", &["sqlite3", "sqlite", "db"])
        .pick_file(move |file| drop(tx.send(file)));
    rx.await.ok()?.and_then(into_path)
}

/// Where to write a backup.
pub async fn choose_backup_destination<R: Runtime>(app: &AppHandle<R>, suggested: &str) -> Option<PathBuf> {
    if let Some(files) = chosen(app) {
        return files.into_iter().next();
    }
    let (tx, rx) = oneshot::channel();
    app.dialog()
        .file()
        .set_title("Back up the library")
        .set_file_name(suggested)
        .add_filter("Attaché library (.sqlite3)", &["sqlite3"])
        .save_file(move |file| drop(tx.send(file)));
    rx.await.ok()?.and_then(into_path)
}

fn into_path(file: FilePath) -> Option<PathBuf> {
    file.into_path().ok()
}
