//! Briefing packets rendered to files: PDF (typst), Markdown and
//! self-contained HTML (minijinja) and DOCX (from the Markdown layout), all
//! from template files a newsroom can restyle, and JSON with schema.org
//! ClaimReview for each fact-check. Kept apart from the core so the core's
//! tests never compile the renderers.

mod claimreview;
mod docx;
mod pdf;
mod templates;

use attache_core::files::write_atomically;
use attache_core::packets::Packet;
use attache_core::Error;
use std::path::Path;

pub use claimreview::claim_reviews;

/// The file formats a packet is exported to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Pdf,
    Html,
    Markdown,
    Docx,
    Json,
}

impl Format {
    /// The format for a word of the command line (`pdf`, `html`, `md`, `docx`, `json`).
    pub fn parse(word: &str) -> Option<Format> {
        match word.to_ascii_lowercase().as_str() {
            "pdf" => Some(Format::Pdf),
            "html" => Some(Format::Html),
            "md" | "markdown" => Some(Format::Markdown),
            "docx" => Some(Format::Docx),
            "json" => Some(Format::Json),
            _ => None,
        }
    }
}

/// Renders a packet. `templates` is a folder whose `packet.typ`,
/// `packet.md.j2` (Markdown and DOCX) or `packet.html.j2` replace the
/// built-in layouts.
pub fn render(packet: &Packet, format: Format, templates: Option<&Path>) -> Result<Vec<u8>, Error> {
    match format {
        Format::Markdown => templates::render(packet, "packet.md.j2", templates).map(String::into_bytes),
        Format::Html => templates::render(packet, "packet.html.j2", templates).map(String::into_bytes),
        Format::Json => {
            let value = claimreview::packet_json(packet);
            serde_json::to_vec_pretty(&value)
                .map_err(|e| Error::Render(format!("the packet cannot be written as JSON: {e}")))
        }
        Format::Pdf => pdf::render(packet, templates.map(|f| f.join("packet.typ")).filter(|p| p.exists()).as_deref()),
        Format::Docx => docx::from_markdown(&templates::render(packet, "packet.md.j2", templates)?, &packet.title),
    }
}

/// Renders a packet and writes it to `out` whole (a temporary file renamed
/// into place): a failure leaves no partial file.
pub fn export(packet: &Packet, format: Format, out: &Path, templates: Option<&Path>) -> Result<(), Error> {
    let bytes = render(packet, format, templates)?;
    write_atomically(out, &bytes)
}
