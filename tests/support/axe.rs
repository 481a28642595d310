//! axe-core (node_modules/axe-core, a dev dependency) run inside the real window: what it
//! finds on the page as it is now, by impact.

use fantoccini::Client;
use serde::Deserialize;

type BoxError = Box<dyn std::error::Error>;

/// One rule axe found broken, and on how many elements.
#[derive(Debug, Clone, Deserialize)]
pub struct Violation {
    pub id: String,
    /// "minor", "moderate", "serious" or "critical".
    pub impact: Option<String>,
    pub help: String,
    /// The first offending elements: selector, then what is wrong with it.
    pub targets: Vec<String>,
}

impl Violation {
    pub fn is_serious(&self) -> bool {
        matches!(self.impact.as_deref(), Some("serious" | "critical"))
    }
}

/// Runs axe on the whole document (WCAG 2.x A and AA rules and best practices), once what
/// fades in has (mid-fade its colours are blended with the background's).
pub async fn violations(window: &Client) -> Result<Vec<Violation>, BoxError> {
    let loaded = window.execute("return typeof window.axe === 'object'", vec![]).await?;
    if loaded != serde_json::Value::Bool(true) {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../node_modules/axe-core/axe.min.js");
        let source = std::fs::read_to_string(&path)
            .map_err(|e| format!("{}: {e} (npm ci installs axe-core)", path.display()))?;
        window.execute(&format!("{source}\nreturn typeof window.axe === 'object';"), vec![]).await?;
    }
    let script = r#"
        const done = arguments[arguments.length - 1];
        const fading = document.getAnimations().filter((a) => a.effect?.getComputedTiming().iterations !== Infinity);
        Promise.all(fading.map((a) => a.finished.catch(() => {})))
            .then(() => window.axe.run(document, { resultTypes: ['violations'] }))
            .then((result) => done(result.violations.map((v) => ({
                id: v.id, impact: v.impact, help: v.help,
                targets: v.nodes.slice(0, 8).map((n) => `${n.target.join(' ')}: ${(n.any[0] ?? n.all[0] ?? n.none[0])?.message ?? ''}`),
            }))))
            .catch((error) => done([{ id: 'axe-error', impact: 'critical', help: String(error), targets: [] }]));
    "#;
    Ok(serde_json::from_value(window.execute_async(script, vec![]).await?)?)
}
