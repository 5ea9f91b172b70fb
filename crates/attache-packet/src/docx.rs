//! The DOCX packet: Word documents are laid out by the Markdown template
//! (`packet.md.j2`), read with pulldown-cmark and written with docx-rs, so a
//! newsroom that restyles the Markdown restyles the DOCX too, and no layout
//! lives in Rust. Headings, paragraphs, bold, italic and struck words,
//! bullet lists and tables carry over; a running header and page numbers
//! are added.

use attache_core::Error;
use docx_rs::{
    AbstractNumbering, Docx, Footer, Header, IndentLevel, Level, LevelJc, LevelText, NumberFormat, Numbering,
    NumberingId, PageNum, Paragraph, Run, SpecialIndentType, Start, Style, StyleType, Table, TableCell, TableRow,
};
use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};

/// The numbering that draws bullets.
const BULLETS: usize = 1;

/// Builds a Word document from Markdown, with `title` in the running header.
pub fn from_markdown(markdown: &str, title: &str) -> Result<Vec<u8>, Error> {
    let mut writer = Writer::default();
    for event in Parser::new_ext(markdown, Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH) {
        writer.event(event);
    }
    let mut bytes = std::io::Cursor::new(Vec::new());
    writer
        .finish(title)
        .build()
        .pack(&mut bytes)
        .map_err(|e| Error::Render(format!("the packet cannot be written as DOCX: {e}")))?;
    Ok(bytes.into_inner())
}

/// A table being read, row by row.
#[derive(Default)]
struct TableInProgress {
    rows: Vec<TableRow>,
    cells: Vec<TableCell>,
    cell: Option<TableCell>,
    head: bool,
}

/// The document so far and where the reader is inside the Markdown.
#[derive(Default)]
struct Writer {
    blocks: Vec<Block>,
    paragraph: Option<Paragraph>,
    bold: usize,
    italic: usize,
    struck: usize,
    list_depth: usize,
    table: Option<TableInProgress>,
}

/// A top-level piece of the document, in order.
enum Block {
    Paragraph(Box<Paragraph>),
    Table(Box<Table>),
}

impl Writer {
    fn event(&mut self, event: Event) {
        match event {
            Event::Start(tag) => self.start(tag),
            Event::End(tag) => self.end(tag),
            Event::Text(text) | Event::Code(text) | Event::InlineHtml(text) | Event::Html(text) => self.text(&text),
            Event::SoftBreak => self.text(" "),
            Event::HardBreak => self.run(Run::new().add_break(docx_rs::BreakType::TextWrapping)),
            _ => {}
        }
    }

    fn start(&mut self, tag: Tag) {
        match tag {
            Tag::Heading { level, .. } => self.open(Paragraph::new().style(heading_style(level)).keep_next(true)),
            Tag::Paragraph if self.paragraph.is_none() => self.open(Paragraph::new()),
            Tag::List(_) => self.list_depth += 1,
            Tag::Item => self.open(
                Paragraph::new()
                    .numbering(NumberingId::new(BULLETS), IndentLevel::new(self.list_depth.saturating_sub(1).min(2))),
            ),
            Tag::Table(_) => self.table = Some(TableInProgress::default()),
            Tag::TableHead => self.with_table(|t| t.head = true),
            Tag::TableCell => {
                self.with_table(|t| t.cell = Some(TableCell::new()));
                self.open(Paragraph::new());
            }
            Tag::Strong => self.bold += 1,
            Tag::Emphasis => self.italic += 1,
            Tag::Strikethrough => self.struck += 1,
            _ => {}
        }
    }

    fn end(&mut self, tag: TagEnd) {
        match tag {
            TagEnd::Heading(_) | TagEnd::Paragraph | TagEnd::Item => self.close(),
            TagEnd::List(_) => self.list_depth = self.list_depth.saturating_sub(1),
            TagEnd::TableCell => {
                self.close();
                self.with_table(|t| {
                    if let Some(cell) = t.cell.take() {
                        t.cells.push(cell);
                    }
                });
            }
            TagEnd::TableHead | TagEnd::TableRow => self.with_table(|t| {
                t.rows.push(TableRow::new(std::mem::take(&mut t.cells)));
                t.head = false;
            }),
            TagEnd::Table => {
                if let Some(table) = self.table.take() {
                    self.blocks.push(Block::Table(Box::new(Table::new(table.rows).style("PacketTable"))));
                }
            }
            TagEnd::Strong => self.bold = self.bold.saturating_sub(1),
            TagEnd::Emphasis => self.italic = self.italic.saturating_sub(1),
            TagEnd::Strikethrough => self.struck = self.struck.saturating_sub(1),
            _ => {}
        }
    }

    fn with_table(&mut self, change: impl FnOnce(&mut TableInProgress)) {
        if let Some(table) = self.table.as_mut() {
            change(table);
        }
    }

    /// Starts a paragraph, closing one left open (a tight list item's text).
    fn open(&mut self, paragraph: Paragraph) {
        self.close();
        self.paragraph = Some(paragraph);
    }

    /// Puts the open paragraph in its place: a table cell or the body.
    fn close(&mut self) {
        let Some(paragraph) = self.paragraph.take() else { return };
        match self.table.as_mut().and_then(|t| t.cell.take().map(|cell| (t, cell))) {
            Some((table, cell)) => table.cell = Some(cell.add_paragraph(paragraph)),
            None => self.blocks.push(Block::Paragraph(Box::new(paragraph))),
        }
    }

    fn text(&mut self, text: &str) {
        let mut run = Run::new().add_text(text);
        if self.bold > 0 || self.table.as_ref().is_some_and(|t| t.head) {
            run = run.bold();
        }
        if self.italic > 0 {
            run = run.italic();
        }
        if self.struck > 0 {
            run = run.strike().color("B00020");
        }
        self.run(run);
    }

    fn run(&mut self, run: Run) {
        let paragraph = self.paragraph.take().unwrap_or_default();
        self.paragraph = Some(paragraph.add_run(run));
    }

    /// The finished document: styles, bullets, header, footer and body.
    fn finish(mut self, title: &str) -> Docx {
        self.close();
        let header = Header::new().add_paragraph(
            Paragraph::new().add_run(Run::new().add_text(format!("{title} · for internal use")).size(16).italic()),
        );
        let footer = Footer::new().add_paragraph(
            Paragraph::new()
                .align(docx_rs::AlignmentType::Center)
                .add_run(Run::new().add_text("Page "))
                .add_page_num(PageNum::new()),
        );
        let mut docx = styles(Docx::new()).header(header).footer(footer);
        for block in self.blocks {
            docx = match block {
                Block::Paragraph(p) => docx.add_paragraph(*p),
                Block::Table(t) => docx.add_table(*t),
            };
        }
        docx
    }
}

fn heading_style(level: HeadingLevel) -> &'static str {
    match level {
        HeadingLevel::H1 => "Heading1",
        HeadingLevel::H2 => "Heading2",
        _ => "Heading3",
    }
}

/// The packet's paragraph styles and the bullet numbering.
fn styles(docx: Docx) -> Docx {
    let heading = |id: &str, name: &str, size: usize| {
        Style::new(id, StyleType::Paragraph).name(name).based_on("Normal").next("Normal").size(size).bold()
    };
    let bullet =
        |level: usize| {
            Level::new(level, Start::new(1), NumberFormat::new("bullet"), LevelText::new("•"), LevelJc::new("left"))
                .indent(Some(360 * (level as i32 + 1)), Some(SpecialIndentType::Hanging(360)), None, None)
        };
    docx.default_size(22)
        .add_style(heading("Heading1", "heading 1", 40))
        .add_style(heading("Heading2", "heading 2", 30))
        .add_style(heading("Heading3", "heading 3", 24))
        .add_style(Style::new("PacketTable", StyleType::Table).name("Packet table"))
        .add_abstract_numbering(
            AbstractNumbering::new(BULLETS).add_level(bullet(0)).add_level(bullet(1)).add_level(bullet(2)),
        )
        .add_numbering(Numbering::new(BULLETS, BULLETS))
}

#[cfg(test)]
mod tests {
    use super::from_markdown;
    use docx_rs::{read_docx, DocumentChild, ParagraphChild, TableCellContent, TableChild, TableRowChild};

    #[test]
    fn headings_lists_and_tables_survive_the_round_trip() {
        let md = "# Title *here*\n\nA **bold** ~~cut~~ line.\n\n- one\n- two\n\n| A | B |\n| --- | --- |\n| 1 | 2 |\n";
        let docx = read_docx(&from_markdown(md, "T").unwrap()).unwrap();
        let children = &docx.document.children;
        let DocumentChild::Paragraph(title) = &children[0] else { panic!("{children:?}") };
        assert_eq!(title.raw_text(), "Title here");
        assert_eq!(title.property.style.as_ref().map(|s| s.val.as_str()), Some("Heading1"));
        let texts: Vec<String> = children
            .iter()
            .filter_map(|c| match c {
                DocumentChild::Paragraph(p) => Some(p.raw_text()),
                _ => None,
            })
            .collect();
        assert_eq!(texts, ["Title here", "A bold cut line.", "one", "two"]);
        let DocumentChild::Paragraph(line) = &children[1] else { panic!("{children:?}") };
        let struck: Vec<bool> = line
            .children
            .iter()
            .filter_map(|c| match c {
                ParagraphChild::Run(run) => Some(run.run_property.strike.is_some()),
                _ => None,
            })
            .collect();
        assert_eq!(struck, [false, false, false, true, false], "only \"cut\" is struck");
        let table = children.iter().find_map(|c| match c {
            DocumentChild::Table(t) => Some(t),
            _ => None,
        });
        let cells: Vec<String> = table
            .expect("a table")
            .rows
            .iter()
            .flat_map(|TableChild::TableRow(row)| row.cells.iter())
            .flat_map(|TableRowChild::TableCell(cell)| cell.children.iter())
            .filter_map(|c| match c {
                TableCellContent::Paragraph(p) => Some(p.raw_text()),
                _ => None,
            })
            .collect();
        assert_eq!(cells, ["A", "B", "1", "2"]);
    }
}
