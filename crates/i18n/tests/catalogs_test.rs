//! The catalogs in `ui/locales` are complete and used: every language has exactly English's
//! messages, uses only the variables English gives, and every message is used by the code
//! (the page's `t('id')`, the agent's `text("id", …)`, or a family of ids the code builds,
//! declared beside it with a `words: prefix-*` comment).

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use fluent_syntax::parser::parse;

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// message id → the variables it uses, for each catalog file of a language.
type Catalog = BTreeMap<String, BTreeMap<String, BTreeSet<String>>>;

fn read_language(tag: &str) -> Result<Catalog, String> {
    let dir = repo().join("ui/locales").join(tag);
    let mut catalog = Catalog::new();
    for entry in std::fs::read_dir(&dir).map_err(|e| format!("{}: {e}", dir.display()))? {
        let path = entry.map_err(|e| e.to_string())?.path();
        if path.extension().is_none_or(|e| e != "ftl") {
            continue;
        }
        let name = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
        let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let resource = parse(text.as_str()).map_err(|(_, errors)| format!("{}: {errors:?}", path.display()))?;
        let mut messages = BTreeMap::new();
        for entry in resource.body {
            if let Entry::Message(message) = entry {
                let mut variables = BTreeSet::new();
                if let Some(value) = &message.value {
                    pattern_variables(value, &mut variables);
                }
                for attribute in &message.attributes {
                    pattern_variables(&attribute.value, &mut variables);
                }
                let id = message.id.name.to_owned();
                if messages.insert(id.clone(), variables).is_some() {
                    return Err(format!("{}: {id} is defined twice", path.display()));
                }
            }
        }
        catalog.insert(name, messages);
    }
    Ok(catalog)
}

fn pattern_variables(pattern: &Pattern<&str>, into: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_variables(expression, into);
        }
    }
}

fn expression_variables(expression: &Expression<&str>, into: &mut BTreeSet<String>) {
    match expression {
        Expression::Select { selector, variants } => {
            inline_variables(selector, into);
            for variant in variants {
                pattern_variables(&variant.value, into);
            }
        }
        Expression::Inline(inline) => inline_variables(inline, into),
    }
}

fn inline_variables(inline: &InlineExpression<&str>, into: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            into.insert(id.name.to_owned());
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                inline_variables(argument, into);
            }
        }
        InlineExpression::Placeable { expression } => expression_variables(expression, into),
        _ => {}
    }
}

fn languages() -> Vec<String> {
    let mut tags: Vec<String> = std::fs::read_dir(repo().join("ui/locales"))
        .map(|read| read.filter_map(Result::ok).filter(|e| e.path().is_dir()))
        .into_iter()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    tags.sort();
    tags
}

#[test]
fn every_language_has_exactly_englishs_messages_and_variables() {
    let english = read_language("en").unwrap_or_else(|e| panic!("{e}"));
    let mut problems = Vec::new();
    for tag in languages() {
        let catalog = match read_language(&tag) {
            Ok(catalog) => catalog,
            Err(error) => {
                problems.push(error);
                continue;
            }
        };
        for (file, messages) in &english {
            let Some(theirs) = catalog.get(file) else {
                problems.push(format!("{tag}: no {file}.ftl"));
                continue;
            };
            for (id, variables) in messages {
                match theirs.get(id) {
                    None => problems.push(format!("{tag}/{file}.ftl: {id} is missing")),
                    Some(used) if !used.is_subset(variables) => problems.push(format!(
                        "{tag}/{file}.ftl: {id} uses {:?}, English gives only {variables:?}",
                        used.difference(variables).collect::<Vec<_>>()
                    )),
                    Some(_) => {}
                }
            }
            for id in theirs.keys().filter(|id| !messages.contains_key(*id)) {
                problems.push(format!("{tag}/{file}.ftl: {id} is not in English"));
            }
        }
        for file in catalog.keys().filter(|file| !english.contains_key(*file)) {
            problems.push(format!("{tag}: {file}.ftl has no English original"));
        }
    }
    assert!(problems.is_empty(), "the catalogs differ from English:\n{}", problems.join("\n"));
}

/// Every source file of the page (not the vendored libraries) and of our crates.
fn sources() -> Vec<(PathBuf, String)> {
    let mut files = Vec::new();
    let mut stack = vec![repo().join("ui"), repo().join("crates"), repo().join("src-tauri/src")];
    while let Some(dir) = stack.pop() {
        let Ok(read) = std::fs::read_dir(&dir) else { continue };
        for entry in read.filter_map(Result::ok) {
            let path = entry.path();
            let name = entry.file_name().to_string_lossy().into_owned();
            if path.is_dir() {
                if !matches!(name.as_str(), "vendor" | "bindings" | "target" | "tests" | "locales") {
                    stack.push(path);
                }
            } else if (name.ends_with(".js") || name.ends_with(".rs"))
                && let Ok(text) = std::fs::read_to_string(&path)
            {
                files.push((path, text));
            }
        }
    }
    files
}

/// The ids the code names: `t('id'`, `t("id"`, `text("id"`, and `'id'`/`"id"` beside a
/// `words:` comment's prefix. Returns (literal ids in calls, every quoted word, prefixes).
fn used_ids() -> (BTreeSet<String>, BTreeSet<String>, BTreeSet<String>) {
    let mut called = BTreeSet::new();
    let mut quoted = BTreeSet::new();
    let mut prefixes = BTreeSet::new();
    for (_, text) in sources() {
        for (index, _) in text.match_indices("words: ") {
            let rest = &text[index + "words: ".len()..];
            let declared: String = rest.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '-').collect();
            if rest[declared.len()..].starts_with('*') && !declared.is_empty() {
                prefixes.insert(declared);
            }
        }
        // 'id' or "id": a quote, id characters, the same quote (no pairing of quotes across
        // the file, which apostrophes in comments would upset).
        for (index, quote) in text.match_indices(['\'', '"']) {
            let rest = &text[index + 1..];
            let id: String =
                rest.chars().take_while(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '-').collect();
            if !id.is_empty() && rest[id.len()..].starts_with(quote) {
                quoted.insert(id);
            }
        }
        for call in ["t('", "t(\"", "text(\"", "tp('"] {
            for (index, _) in text.match_indices(call) {
                let before = text[..index].chars().next_back();
                if before.is_some_and(|c| c.is_ascii_alphanumeric() || c == '_') && call.starts_with('t') {
                    continue;
                }
                let rest = &text[index + call.len()..];
                let id: String = rest.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '-').collect();
                if !id.is_empty() {
                    called.insert(id);
                }
            }
        }
    }
    (called, quoted, prefixes)
}

#[test]
fn every_message_is_used_and_every_id_the_code_calls_exists() {
    let english = read_language("en").unwrap_or_else(|e| panic!("{e}"));
    let ids: BTreeSet<&String> = english.values().flat_map(|messages| messages.keys()).collect();
    let (called, quoted, prefixes) = used_ids();
    let unused: Vec<&&String> = ids
        .iter()
        .filter(|id| !quoted.contains(id.as_str()) && !prefixes.iter().any(|p| id.starts_with(p.as_str())))
        .collect();
    let missing: Vec<&String> = called.iter().filter(|id| !ids.contains(id)).collect();
    let empty_prefixes: Vec<&String> =
        prefixes.iter().filter(|p| !ids.iter().any(|id| id.starts_with(p.as_str()))).collect();
    assert!(unused.is_empty(), "messages no code uses (delete them, or declare a `words: prefix-*`): {unused:?}");
    assert!(missing.is_empty(), "ids the code uses that en has not: {missing:?}");
    assert!(empty_prefixes.is_empty(), "`words:` prefixes no message has: {empty_prefixes:?}");
}

#[test]
fn the_page_loads_every_catalog_and_knows_every_language() {
    let page = std::fs::read_to_string(repo().join("ui/i18n.js")).unwrap_or_default();
    let english = read_language("en").unwrap_or_else(|e| panic!("{e}"));
    for file in english.keys() {
        assert!(page.contains(&format!("'{file}'")), "ui/i18n.js does not load {file}.ftl");
    }
    for tag in languages() {
        assert!(page.contains(&format!("'{tag}'")), "ui/i18n.js does not offer {tag}");
    }
}

#[test]
fn every_message_formats_in_every_language_without_errors() {
    use fluent_bundle::{FluentArgs, FluentBundle, FluentResource};
    let english = read_language("en").unwrap_or_else(|e| panic!("{e}"));
    let mut problems = Vec::new();
    for tag in languages() {
        let mut bundle = FluentBundle::new(vec![tag.parse().unwrap_or_default()]);
        for file in english.keys() {
            let path = repo().join("ui/locales").join(&tag).join(format!("{file}.ftl"));
            let text = std::fs::read_to_string(&path).unwrap_or_default();
            if let Ok(resource) = FluentResource::try_new(text) {
                let _ = bundle.add_resource(resource);
            }
        }
        for messages in english.values() {
            for (id, variables) in messages {
                let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else { continue };
                for count in [0, 1, 2, 5, 21] {
                    let mut args = FluentArgs::new();
                    for variable in variables {
                        args.set(variable.as_str(), count);
                    }
                    let mut errors = Vec::new();
                    let _ = bundle.format_pattern(pattern, Some(&args), &mut errors);
                    if !errors.is_empty() {
                        problems.push(format!("{tag}: {id}: {errors:?}"));
                    }
                }
            }
        }
    }
    assert!(problems.is_empty(), "messages that do not format:\n{}", problems.join("\n"));
}
