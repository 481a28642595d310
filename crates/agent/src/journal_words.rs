//! Who did what, in words: rules as sentences name them, and the journal's records of
//! who ended a session or acted, as the History page shows them.

use sessionguard_core::RuleKind;
use sessionguard_journal::{Actor, EndedBy};

/// A rule's name in sentences ("terminated by lockdown").
pub fn rule_name(rule: RuleKind) -> &'static str {
    match rule {
        RuleKind::Lockdown => "lockdown",
        RuleKind::UnofficialApp => "no unofficial apps",
        RuleKind::CountryNotAllowed => "allowed countries",
    }
}

/// A rule as the journal stores it (its serde name), in words.
fn stored_rule_words(stored: &str) -> String {
    let rule = serde_json::from_value::<RuleKind>(serde_json::Value::String(stored.to_owned()));
    match rule {
        Ok(rule) => format!("the {} rule", rule_name(rule)),
        Err(_) => format!("the {stored} rule"),
    }
}

/// "you, from SessionGuard", "the lockdown rule", "another device", …
pub fn ended_by_words(by: &EndedBy) -> String {
    match by {
        EndedBy::Us => "you, from SessionGuard".into(),
        EndedBy::Rule { rule } => stored_rule_words(rule),
        EndedBy::InactivityTtl => "Telegram, after a long inactivity".into(),
        EndedBy::Elsewhere => "another device".into(),
        EndedBy::Unknown => "unknown (it ended while SessionGuard was not running)".into(),
    }
}

pub fn actor_words(actor: &Actor) -> String {
    match actor {
        Actor::Person => "you".into(),
        Actor::Rule { rule } => stored_rule_words(rule),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stored_rules_read_as_words() {
        assert_eq!(actor_words(&Actor::from(RuleKind::UnofficialApp)), "the no unofficial apps rule");
        let by: EndedBy = sessionguard_core::EndedBy::Rule(RuleKind::Lockdown).into();
        assert_eq!(ended_by_words(&by), "the lockdown rule");
        assert_eq!(actor_words(&Actor::Rule { rule: "retired_rule".into() }), "the retired_rule rule");
    }
}
