//! The app's command surface, declared once: the `#[tauri::command]`
//! functions of `src/commands/`. From them `build.rs` makes the handler list
//! and the permissions Tauri checks, and the test `tests/surface.rs` keeps the
//! window's capability file and the UI's TypeScript client in step.
//!
//! A small reader of our own rather than tauri-specta: the commands are plain
//! functions with simple signatures, their types already reach TypeScript
//! through ts-rs (`ui/src/ipc/bindings/`), and tauri-specta would bring a
//! second type exporter and a release candidate into the build.

use std::path::Path;

/// One command, as its function declares it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Command {
    /// The file under `src/commands/` ("stories").
    pub module: String,
    /// The function's name, which is the command's ("list_stories").
    pub name: String,
    /// The `///` lines above it, without the slashes.
    pub doc: Vec<String>,
    /// The arguments the UI passes: (name, Rust type), in order.
    pub params: Vec<(String, String)>,
    /// What it answers, less the `Result` (`()` for nothing).
    pub returns: String,
}

/// Arguments Tauri fills itself, never passed by the UI.
const INJECTED: &[&str] = &["State<", "AppHandle", "Window", "Webview", "tauri::"];

/// Reads every command of the `.rs` files in `dir`, files in name order and
/// commands in the order written.
pub fn read(dir: &Path) -> Result<Vec<Command>, String> {
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "rs"))
        .collect();
    files.sort();
    let mut commands = Vec::new();
    for path in files {
        let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let module = path.file_stem().and_then(|s| s.to_str()).unwrap_or_default().to_string();
        commands.extend(read_file(&module, &text).map_err(|e| format!("{}: {e}", path.display()))?);
    }
    Ok(commands)
}

/// The commands of one file.
fn read_file(module: &str, text: &str) -> Result<Vec<Command>, String> {
    let lines: Vec<&str> = text.lines().collect();
    let mut commands = Vec::new();
    for (i, line) in lines.iter().enumerate().filter(|(_, l)| l.trim() == "#[tauri::command]") {
        let doc = lines[..i]
            .iter()
            .rev()
            .take_while(|l| l.trim_start().starts_with("///"))
            .map(|l| l.trim_start().trim_start_matches("///").trim().to_string())
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        let rest = lines[i + 1..].join("\n");
        let signature = rest.split_once('{').map(|(s, _)| s).ok_or("a command without a body")?;
        commands.push(parse_signature(module, signature, doc).ok_or_else(|| format!("unreadable: {line}"))?);
    }
    Ok(commands)
}

/// `pub async fn name(params) -> Result<T>`, or `name<R: Runtime>(…)`.
fn parse_signature(module: &str, signature: &str, doc: Vec<String>) -> Option<Command> {
    let after_fn = signature.split_once("fn ")?.1;
    let (name, rest) = after_fn.split_once('(')?;
    let close = matching_paren(rest)?;
    let params = split_top_level(&rest[..close])
        .into_iter()
        .filter_map(|p| p.split_once(':').map(|(n, t)| (n.trim().to_string(), t.trim().to_string())))
        .filter(|(_, ty)| !INJECTED.iter().any(|i| ty.starts_with(i)))
        .collect();
    let returns = rest[close + 1..].trim().strip_prefix("->").map_or("()", str::trim);
    let returns = returns.strip_prefix("Result<").and_then(|r| r.strip_suffix('>')).unwrap_or(returns);
    // A command generic over Tauri's runtime (`name<R: Runtime>`) is named without it.
    let name = name.split('<').next()?.trim().to_string();
    Some(Command { module: module.to_string(), name, doc, params, returns: returns.into() })
}

/// The index of the `)` closing the list that `text` begins inside.
fn matching_paren(text: &str) -> Option<usize> {
    let mut depth = 0;
    for (i, c) in text.char_indices() {
        match c {
            '(' => depth += 1,
            ')' if depth == 0 => return Some(i),
            ')' => depth -= 1,
            _ => {}
        }
    }
    None
}

/// Splits at commas outside `<…>` and `(…)`.
fn split_top_level(text: &str) -> Vec<String> {
    let (mut parts, mut current, mut depth) = (Vec::new(), String::new(), 0i32);
    for c in text.chars() {
        match c {
            '<' | '(' => depth += 1,
            '>' | ')' => depth -= 1,
            ',' if depth == 0 => {
                parts.push(std::mem::take(&mut current));
                continue;
            }
            _ => {}
        }
        current.push(c);
    }
    parts.push(current);
    parts.into_iter().map(|p| p.trim().to_string()).filter(|p| !p.is_empty()).collect()
}

/// The expression that registers every command with Tauri.
pub fn handlers(commands: &[Command]) -> String {
    let paths: Vec<String> = commands.iter().map(|c| format!("    commands::{}::{},", c.module, c.name)).collect();
    format!("tauri::generate_handler![\n{}\n]\n", paths.join("\n"))
}

/// The main window's capability: listening for events, and exactly the
/// app's own commands.
pub fn capability(commands: &[Command]) -> String {
    let mut permissions = vec!["core:event:allow-listen".to_string(), "core:event:allow-unlisten".to_string()];
    permissions.extend(commands.iter().map(|c| format!("allow-{}", c.name.replace('_', "-"))));
    let list: Vec<String> = permissions.iter().map(|p| format!("    \"{p}\"")).collect();
    format!(
        "{{\n  \"$schema\": \"../gen/schemas/desktop-schema.json\",\n  \"identifier\": \"main\",\n  \
         \"description\": \"Generated by src-tauri/surface.rs from the app's commands: do not edit. The main window: \
         Attaché's own commands, and listening for files dropped on it. No file system, shell, HTTP or dialog access \
         from the webview: dialogs are opened by the Rust side.\",\n  \"windows\": [\n    \"main\"\n  ],\n  \
         \"permissions\": [\n{}\n  ]\n}}\n",
        list.join(",\n")
    )
}

/// The UI's typed client: one function per command, named in camelCase.
pub fn typescript(commands: &[Command]) -> String {
    let mut types = std::collections::BTreeSet::new();
    let mut body = String::new();
    for c in commands {
        let mut params = Vec::new();
        let mut args = Vec::new();
        for (name, ty) in &c.params {
            let js = camel(name);
            match ty.strip_prefix("Channel<").and_then(|t| t.strip_suffix('>')) {
                Some(message) => {
                    params.push(format!("{js}: (message: {}) => void", ts_type(message, &mut types)));
                    args.push(format!("{js}: channel({js})"));
                }
                None => {
                    params.push(format!("{js}: {}", ts_type(ty, &mut types)));
                    args.push(js);
                }
            }
        }
        let returns = ts_type(&c.returns, &mut types);
        if !c.doc.is_empty() {
            body.push_str(&format!("/** {} */\n", c.doc.join(" ")));
        }
        let args = if args.is_empty() { String::new() } else { format!(", {{ {} }}", args.join(", ")) };
        body.push_str(&format!(
            "export const {} = ({}) => call<{returns}>(\"{}\"{args});\n",
            camel(&c.name),
            params.join(", "),
            c.name
        ));
    }
    let imports: String =
        types.iter().map(|t| format!("import type {{ {t} }} from \"./bindings/{t}\";\n")).collect::<String>();
    format!(
        "// Generated by src-tauri/surface.rs from the app's #[tauri::command] functions: do not edit.\n\
         // `UPDATE_BINDINGS=1 cargo test -p attache-app --test surface` writes it again.\n\
         import {{ call, channel }} from \"./transport\";\n{imports}\n{body}"
    )
}

/// `story_id` → `storyId`, as Tauri names arguments on the JavaScript side.
fn camel(name: &str) -> String {
    let mut out = String::new();
    let mut upper = false;
    for c in name.chars() {
        if c == '_' {
            upper = true;
        } else if upper {
            out.extend(c.to_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
}

/// The TypeScript for a Rust type; named types are noted for import.
fn ts_type(ty: &str, types: &mut std::collections::BTreeSet<String>) -> String {
    let ty = ty.trim();
    let inner = |prefix: &str| ty.strip_prefix(prefix).and_then(|t| t.strip_suffix('>'));
    if let Some(t) = inner("Option<") {
        return format!("{} | null", ts_type(t, types));
    }
    if let Some(t) = inner("Vec<") {
        let item = ts_type(t, types);
        return if item.contains(' ') { format!("({item})[]") } else { format!("{item}[]") };
    }
    match ty {
        "()" => "null".into(),
        "bool" => "boolean".into(),
        "String" | "&str" | "PathBuf" | "NaiveDate" => "string".into(),
        "i8" | "i16" | "i32" | "i64" | "u8" | "u16" | "u32" | "u64" | "usize" | "isize" | "f32" | "f64" => {
            "number".into()
        }
        named => {
            let name = named.rsplit("::").next().unwrap_or(named).to_string();
            types.insert(name.clone());
            name
        }
    }
}
