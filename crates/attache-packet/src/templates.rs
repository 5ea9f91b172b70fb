//! The Markdown and HTML layouts: minijinja templates built in, replaceable
//! by files of the same name in a newsroom's folder. HTML is escaped
//! automatically; Markdown through the `md` filter.

use attache_core::packets::Packet;
use attache_core::Error;
use minijinja::{AutoEscape, Environment};
use std::path::Path;

const MARKDOWN: &str = include_str!("../templates/packet.md.j2");
const HTML: &str = include_str!("../templates/packet.html.j2");

/// Renders the named template with the packet as `packet`.
pub fn render(packet: &Packet, name: &str, folder: Option<&Path>) -> Result<String, Error> {
    let mut env = Environment::new();
    env.set_auto_escape_callback(|name| if name.ends_with(".html.j2") { AutoEscape::Html } else { AutoEscape::None });
    env.add_filter("md", escape_markdown);
    let custom = folder.map(|f| f.join(name)).filter(|p| p.exists());
    let source = match &custom {
        Some(path) => std::fs::read_to_string(path).map_err(|source| Error::Io { path: path.clone(), source })?,
        None => (if name.starts_with("packet.md") { MARKDOWN } else { HTML }).to_string(),
    };
    let place = custom.as_ref().map(|p| p.display().to_string()).unwrap_or_else(|| format!("built-in {name}"));
    let broken = |e: minijinja::Error| Error::Render(format!("the template {place} is broken: {e}"));
    env.add_template_owned(name.to_string(), source).map_err(broken)?;
    let template = env.get_template(name).map_err(broken)?;
    template.render(minijinja::context! { packet => packet }).map_err(broken)
}

/// Escapes what Markdown would read as markup: a title of "#1 $5 [draft]"
/// stays text.
fn escape_markdown(value: String) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        if "\\`*_~[]<>#|$".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::escape_markdown;

    #[test]
    fn markdown_markup_is_escaped() {
        assert_eq!(escape_markdown("#1 *draft* [x] $5 {y}".into()), "\\#1 \\*draft\\* \\[x\\] \\$5 {y}");
        assert_eq!(escape_markdown("שלום “quotes”".into()), "שלום “quotes”");
    }
}
