//! The Packets section: a preview of what a packet holds, and its export to
//! a file the editor chooses, with progress streamed as it is made.

use super::dialogs;
use crate::desk::Desk;
use attache_core::packets::{ExportStep, Packet, PacketSelection};
use attache_core::{Error, ErrorPayload};
use attache_packet::Format;
use std::sync::Arc;
use tauri::ipc::Channel;
use tauri::{AppHandle, Runtime, State};

type Result<T> = std::result::Result<T, ErrorPayload>;

/// What a packet for this selection would hold.
#[tauri::command]
pub async fn packet_preview(desk: State<'_, Arc<Desk>>, selection: PacketSelection) -> Result<Packet> {
    desk.run(move |library| attache_core::packets::gather(library, &selection)).await
}

/// Asks where to save, then gathers, renders and writes the packet (whole
/// or not at all); the path written, or null when the editor cancels.
#[tauri::command]
pub async fn export_packet_with_dialog<R: Runtime>(
    app: AppHandle<R>,
    desk: State<'_, Arc<Desk>>,
    selection: PacketSelection,
    format: String,
    on_progress: Channel<ExportStep>,
) -> Result<Option<String>> {
    let format = Format::parse(&format)
        .ok_or_else(|| ErrorPayload::from(&Error::InvalidInput(format!("no packet format {format:?}"))))?;
    let (label, extension) = match format {
        Format::Html => ("Web page (.html)", "html"),
        Format::Markdown => ("Markdown (.md)", "md"),
        Format::Json => ("ClaimReview JSON (.json)", "json"),
        Format::Pdf => ("PDF (.pdf)", "pdf"),
        Format::Docx => ("Word (.docx)", "docx"),
    };
    let step = |done, step: &str| drop(on_progress.send(ExportStep { done, total: 3, step: step.to_string() }));
    step(0, "gathering");
    let packet = desk.run(move |library| attache_core::packets::gather(library, &selection)).await?;
    let suggested = format!("{}.{extension}", packet.title.replace(['/', '\\', ':'], "-"));
    let Some(path) =
        dialogs::choose_export_destination(&app, "Export the packet", &suggested, (label, extension)).await
    else {
        return Ok(None);
    };
    step(1, "rendering");
    let written = path.clone();
    tauri::async_runtime::spawn_blocking(move || attache_packet::export(&packet, format, &written, None))
        .await
        .map_err(|e| ErrorPayload::from(&Error::Internal(format!("the export stopped: {e}"))))?
        .map_err(|e| ErrorPayload::from(&e))?;
    step(3, "written");
    Ok(Some(path.display().to_string()))
}
