//! Who did what, in words: rules as sentences name them, and the journal's records of
//! who ended a session or acted, as the History page shows them.

use sessionguard_core::RuleKind;
use sessionguard_i18n::Words;
use sessionguard_journal::{Actor, EndedBy};

/// A rule's name in sentences ("terminated by lockdown").
pub fn rule_name(rule: RuleKind, words: &Words) -> String {
    let id = match rule {
        RuleKind::Lockdown => "journal-rule-lockdown",
        RuleKind::UnofficialApp => "journal-rule-unofficial-app",
        RuleKind::CountryNotAllowed => "journal-rule-country-not-allowed",
    };
    words.text(id, &[])
}

/// A rule as the journal stores it (its serde name), in words.
fn stored_rule_words(stored: &str, words: &Words) -> String {
    let rule = serde_json::from_value::<RuleKind>(serde_json::Value::String(stored.to_owned()));
    let name = match rule {
        Ok(rule) => rule_name(rule, words),
        Err(_) => stored.to_owned(),
    };
    words.text("journal-by-rule", &[("rule", name.into())])
}

/// "you, from SessionGuard", "the lockdown rule", "another device", …
pub fn ended_by_words(by: &EndedBy, words: &Words) -> String {
    let id = match by {
        EndedBy::Us => "journal-ended-by-us",
        EndedBy::Rule { rule } => return stored_rule_words(rule, words),
        EndedBy::InactivityTtl => "journal-ended-by-inactivity",
        EndedBy::Elsewhere => "journal-ended-elsewhere",
        EndedBy::Unknown => "journal-ended-unknown",
    };
    words.text(id, &[])
}

pub fn actor_words(actor: &Actor, words: &Words) -> String {
    match actor {
        Actor::Person => words.text("journal-by-you", &[]),
        Actor::Rule { rule } => stored_rule_words(rule, words),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stored_rules_read_as_words() {
        let en = Words::english();
        assert_eq!(actor_words(&Actor::from(RuleKind::UnofficialApp), &en), "the no unofficial apps rule");
        let by: EndedBy = sessionguard_core::EndedBy::Rule(RuleKind::Lockdown).into();
        assert_eq!(ended_by_words(&by, &en), "the lockdown rule");
        assert_eq!(actor_words(&Actor::Rule { rule: "retired_rule".into() }, &en), "the retired_rule rule");
    }
}
