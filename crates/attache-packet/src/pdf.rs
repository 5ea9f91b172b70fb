//! The PDF packet: typst, as a library, lays out `templates/packet.typ`,
//! which reads the packet's contents from `packet.json` (so no text of a
//! story is ever read as markup), with the fonts typst ships embedded.

use attache_core::packets::Packet;
use attache_core::Error;
use std::path::Path;
use typst::diag::{FileError, FileResult};
use typst::foundations::{Bytes, Datetime, Duration};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};
use typst_layout::PagedDocument;

const TEMPLATE: &str = include_str!("../templates/packet.typ");

/// Everything typst may read: the template, the packet's data and the fonts.
struct PacketWorld {
    library: LazyHash<Library>,
    book: LazyHash<FontBook>,
    fonts: Vec<Font>,
    main: Source,
    data: Bytes,
    today: chrono::NaiveDate,
}

impl PacketWorld {
    fn new(template: String, data: Vec<u8>, today: chrono::NaiveDate) -> PacketWorld {
        let fonts: Vec<Font> = typst_assets::fonts().flat_map(|bytes| Font::iter(Bytes::new(bytes))).collect();
        PacketWorld {
            library: LazyHash::new(Library::default()),
            book: LazyHash::new(FontBook::from_fonts(&fonts)),
            fonts,
            main: Source::new(file_id("packet.typ"), template),
            data: Bytes::new(data),
            today,
        }
    }
}

impl World for PacketWorld {
    fn library(&self) -> &LazyHash<Library> {
        &self.library
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &self.book
    }

    fn main(&self) -> FileId {
        self.main.id()
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.main.id() {
            Ok(self.main.clone())
        } else {
            Err(not_found(id))
        }
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if id == file_id("packet.json") {
            Ok(self.data.clone())
        } else {
            Err(not_found(id))
        }
    }

    fn font(&self, index: usize) -> Option<Font> {
        self.fonts.get(index).cloned()
    }

    fn today(&self, _offset: Option<Duration>) -> Option<Datetime> {
        use chrono::Datelike;
        Datetime::from_ymd(self.today.year(), self.today.month() as u8, self.today.day() as u8)
    }
}

/// The id of a file at the root of the packet's virtual project.
fn file_id(name: &str) -> FileId {
    let path = VirtualPath::new(name).expect("a plain file name is a valid virtual path");
    FileId::new(RootedPath::new(VirtualRoot::Project, path))
}

fn not_found(id: FileId) -> FileError {
    FileError::NotFound(id.get().vpath().get_without_slash().into())
}

/// Lays the packet out and returns the PDF's bytes. `template` replaces the
/// built-in `packet.typ` when given.
pub fn render(packet: &Packet, template: Option<&Path>) -> Result<Vec<u8>, Error> {
    let source = match template {
        Some(path) => std::fs::read_to_string(path).map_err(|source| Error::Io { path: path.to_path_buf(), source })?,
        None => TEMPLATE.to_string(),
    };
    let data = serde_json::to_vec(packet).map_err(|e| Error::Render(format!("the packet cannot be laid out: {e}")))?;
    let world = PacketWorld::new(source, data, packet.date);
    let document: PagedDocument = typst::compile(&world).output.map_err(|errors| {
        let messages: Vec<String> = errors.iter().map(|e| e.message.to_string()).collect();
        Error::Render(format!("the PDF template is broken: {}", messages.join("; ")))
    })?;
    let pdf = typst_pdf::pdf(&document, &typst_pdf::PdfOptions::default()).map_err(|errors| {
        let messages: Vec<String> = errors.iter().map(|e| e.message.to_string()).collect();
        Error::Render(format!("the PDF could not be written: {}", messages.join("; ")))
    })?;
    Ok(without_suspects(pdf))
}

/// The catalog's `/MarkInfo` carries `/Suspects false`, which poppler reads
/// as an object of the wrong type and warns about on every packet. The key
/// is blanked with spaces of the same length, so that every byte offset of
/// the file (its cross-reference table) stays true.
fn without_suspects(mut pdf: Vec<u8>) -> Vec<u8> {
    const KEY: &[u8] = b"/Suspects false";
    let mut at = 0;
    while let Some(found) = pdf[at..].windows(KEY.len()).position(|w| w == KEY) {
        let start = at + found;
        pdf[start..start + KEY.len()].fill(b' ');
        at = start + KEY.len();
    }
    pdf
}
