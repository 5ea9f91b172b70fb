//! The webview tuned for an editor's desk rather than for games: on Linux,
//! WebKitGTK renders without GPU compositing, which costs Attaché's pages
//! (lists, text, a DOM timeline) nothing visible and spares about 80 MB of
//! graphics buffers in WebKit's web process, and keeps only the small memory
//! caches of a document viewer, since every page comes from the app itself.

use tauri::{Manager, Runtime};

/// Run first in `main`, while the process has one thread: with no GPU
/// compositing, WebKitGTK's DMA-BUF renderer (its way of sharing GPU frames
/// between processes) has nothing to share, and setting it up costs about
/// 10 MB across the app's processes. An editor's own setting is kept.
pub fn prepare_environment() {
    const DMABUF: &str = "WEBKIT_DISABLE_DMABUF_RENDERER";
    if cfg!(target_os = "linux") && std::env::var_os(DMABUF).is_none() {
        std::env::set_var(DMABUF, "1");
    }
}

/// Applies the settings to the main window's webview, if it has one.
pub fn tune<R: Runtime>(app: &tauri::App<R>) -> tauri::Result<()> {
    match app.get_webview_window("main") {
        Some(window) => window.with_webview(configure),
        None => Ok(()),
    }
}

#[cfg(target_os = "linux")]
fn configure(webview: tauri::webview::PlatformWebview) {
    use webkit2gtk::{CacheModel, HardwareAccelerationPolicy, SettingsExt, WebContextExt, WebViewExt};
    let view = webview.inner();
    if let Some(settings) = WebViewExt::settings(&view) {
        settings.set_hardware_acceleration_policy(HardwareAccelerationPolicy::Never);
    }
    if let Some(context) = view.context() {
        context.set_cache_model(CacheModel::DocumentViewer);
    }
}

#[cfg(not(target_os = "linux"))]
fn configure(_webview: tauri::webview::PlatformWebview) {}
