//! No module of any crate depends on itself through others: the map in
//! `docs/architecture.md` holds only while the arrows between modules point
//! one way. A module's dependencies are read from its `crate::` and
//! `super::` paths (test code aside); two sibling modules that reach each
//! other, directly or through others, fail this test with the cycle named.

mod common;

use common::rust_files;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// A module's path inside its crate (`["analysis", "names"]`).
type Module = Vec<String>;

/// The crates checked, as their `src` folders from this crate's folder.
const CRATES: &[&str] =
    &["../attache-text/src", "src", "../attache-packet/src", "../attache-cli/src", "../../src-tauri/src"];

/// The module a file is: its path less `.rs`, less a final `mod` or `lib`.
fn module_of(root: &Path, file: &Path) -> Module {
    let relative = file.strip_prefix(root).unwrap().with_extension("");
    let mut parts: Module = relative.iter().map(|p| p.to_string_lossy().into_owned()).collect();
    if parts.last().is_some_and(|last| last == "mod" || last == "lib" || last == "main") {
        parts.pop();
    }
    parts
}

/// The code of a file without its test module: tests may reach anywhere.
fn without_tests(source: &str) -> &str {
    source.find("#[cfg(test)]\nmod tests").map_or(source, |at| &source[..at])
}

/// Every path that follows `crate::` or `super::` in `code`, groups
/// (`crate::a::{b, c::D}`) expanded; `super` is kept as a segment.
fn paths(code: &str) -> Vec<Vec<String>> {
    let bytes = code.as_bytes();
    let mut out = Vec::new();
    for (at, _) in code.match_indices("::") {
        let start = code[..at].rfind(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':')).map_or(0, |s| s + 1);
        let head = &code[start..at];
        let base = head.split("::").next().unwrap_or("");
        // Only where a path begins (not its later `::`s).
        if head.contains("::") || !(base == "crate" || base == "super") {
            continue;
        }
        let mut prefix = vec![base.to_string()];
        let (found, _) = tail(bytes, at + 2, &mut prefix);
        out.extend(found);
    }
    out
}

/// Reads a path's tail from `i`: segments, then perhaps a `{…}` group.
fn tail(bytes: &[u8], mut i: usize, prefix: &mut Vec<String>) -> (Vec<Vec<String>>, usize) {
    let ident = |b: u8| b.is_ascii_alphanumeric() || b == b'_';
    loop {
        if bytes.get(i) == Some(&b'{') {
            let mut out = Vec::new();
            i += 1;
            loop {
                while bytes.get(i).is_some_and(|b| b.is_ascii_whitespace() || *b == b',') {
                    i += 1;
                }
                if bytes.get(i).is_none_or(|b| *b == b'}') {
                    return (out, i + 1);
                }
                let mut inner = prefix.clone();
                let (found, next) = tail(bytes, i, &mut inner);
                out.extend(found);
                i = next.max(i + 1);
                while bytes.get(i).is_some_and(|b| *b != b',' && *b != b'}') {
                    i += 1;
                }
            }
        }
        let start = i;
        while bytes.get(i).copied().is_some_and(ident) {
            i += 1;
        }
        if start == i {
            return (vec![prefix.clone()], i);
        }
        prefix.push(String::from_utf8_lossy(&bytes[start..i]).into_owned());
        if bytes[i..].starts_with(b"::") {
            i += 2;
        } else {
            return (vec![prefix.clone()], i);
        }
    }
}

/// The module a path names, as the longest known module it begins with.
fn target(from: &Module, path: &[String], modules: &BTreeSet<Module>) -> Option<Module> {
    let mut base: Module = Vec::new();
    let mut rest = path;
    if rest.first().is_some_and(|s| s == "crate") {
        rest = &rest[1..];
    } else {
        base = from.clone();
        while rest.first().is_some_and(|s| s == "super") {
            base.pop();
            rest = &rest[1..];
        }
    }
    let full: Module = base.into_iter().chain(rest.iter().cloned()).collect();
    (1..=full.len()).rev().map(|n| full[..n].to_vec()).find(|m| modules.contains(m))
}

/// Edges between sibling modules: `a::x` using `b::y` is `a → b`.
fn graph(root: &Path) -> BTreeMap<Module, BTreeSet<Module>> {
    let mut files = Vec::new();
    rust_files(root, &mut files);
    files.retain(|f| !f.file_name().is_some_and(|n| n.to_string_lossy().ends_with("tests.rs")));
    let modules: BTreeSet<Module> = files.iter().map(|f| module_of(root, f)).collect();
    let mut edges: BTreeMap<Module, BTreeSet<Module>> = BTreeMap::new();
    for file in &files {
        let me = module_of(root, file);
        let source = std::fs::read_to_string(file).unwrap();
        for path in paths(without_tests(&source)) {
            let Some(to) = target(&me, &path, &modules) else { continue };
            let common = me.iter().zip(&to).take_while(|(a, b)| a == b).count();
            if common < me.len() && common < to.len() {
                edges.entry(me[..=common].to_vec()).or_default().insert(to[..=common].to_vec());
            }
        }
    }
    edges
}

/// The strongly connected groups of more than one module (Tarjan).
fn cycles(edges: &BTreeMap<Module, BTreeSet<Module>>) -> Vec<Vec<Module>> {
    struct Walk<'a> {
        edges: &'a BTreeMap<Module, BTreeSet<Module>>,
        index: BTreeMap<Module, usize>,
        low: BTreeMap<Module, usize>,
        stack: Vec<Module>,
        found: Vec<Vec<Module>>,
    }
    fn visit(w: &mut Walk, v: &Module) {
        let n = w.index.len();
        w.index.insert(v.clone(), n);
        w.low.insert(v.clone(), n);
        w.stack.push(v.clone());
        for next in w.edges.get(v).cloned().unwrap_or_default() {
            if !w.index.contains_key(&next) {
                visit(w, &next);
                let low = w.low[v].min(w.low[&next]);
                w.low.insert(v.clone(), low);
            } else if w.stack.contains(&next) {
                let low = w.low[v].min(w.index[&next]);
                w.low.insert(v.clone(), low);
            }
        }
        if w.low[v] == w.index[v] {
            let at = w.stack.iter().position(|m| m == v).unwrap();
            let group: Vec<Module> = w.stack.split_off(at);
            if group.len() > 1 {
                w.found.push(group);
            }
        }
    }
    let mut walk = Walk { edges, index: BTreeMap::new(), low: BTreeMap::new(), stack: Vec::new(), found: Vec::new() };
    for v in edges.keys() {
        if !walk.index.contains_key(v) {
            visit(&mut walk, v);
        }
    }
    walk.found
}

#[test]
fn no_module_reaches_itself_through_others() {
    let here = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut found = Vec::new();
    for krate in CRATES {
        for group in cycles(&graph(&here.join(krate))) {
            let names: Vec<String> = group.iter().map(|m| m.join("::")).collect();
            found.push(format!("{krate}: {}", names.join(" ↔ ")));
        }
    }
    assert!(found.is_empty(), "module cycles:\n{}", found.join("\n"));
}

#[test]
fn the_reader_finds_grouped_and_relative_paths_and_cycles() {
    let read = paths("use crate::a::{b::C, d};\nuse super::super::e::F;\nlet x = crate::g::h();");
    let read: Vec<String> = read.iter().map(|p| p.join("::")).collect();
    assert_eq!(read, ["crate::a::b::C", "crate::a::d", "super::super::e::F", "crate::g::h"]);
    let m = |s: &str| s.split("::").map(String::from).collect::<Module>();
    let edges = BTreeMap::from([(m("a"), BTreeSet::from([m("b")])), (m("b"), BTreeSet::from([m("a")]))]);
    assert_eq!(cycles(&edges).len(), 1);
    let edges = BTreeMap::from([(m("a"), BTreeSet::from([m("b")]))]);
    assert!(cycles(&edges).is_empty());
}
