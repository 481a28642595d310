//! The language SessionGuard speaks: the one chosen in Settings, else the system's, else
//! English. The words themselves are in `ui/locales` (see `sessionguard_i18n`).

use sessionguard_i18n::{language_name, negotiate};
use sessionguard_protocol::LanguageChoice;

/// The system's language ("ru-RU", "pt_BR.UTF-8"), or "" when it says none.
pub fn system_language() -> String {
    sys_locale::get_locale().unwrap_or_default()
}

/// The language for `chosen` (the Settings page's choice; `None` or "" follows the system).
pub fn resolve(chosen: Option<&str>) -> &'static str {
    match chosen.map(str::trim).filter(|tag| !tag.is_empty()) {
        Some(tag) => negotiate(tag),
        None => negotiate(&system_language()),
    }
}

/// Every language there is, each named in itself.
pub fn choices() -> Vec<LanguageChoice> {
    sessionguard_i18n::languages().map(|tag| LanguageChoice { tag: tag.to_owned(), name: language_name(tag) }).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_choice_wins_over_the_system_and_unknown_choices_read_as_english() {
        assert_eq!(resolve(Some("fa")), "fa");
        assert_eq!(resolve(Some("pt-PT")), "pt-BR");
        assert_eq!(resolve(Some("xx")), "en");
        assert_eq!(resolve(Some(" ")), resolve(None));
    }

    #[test]
    fn every_language_is_offered_by_its_own_name() {
        let choices = choices();
        assert_eq!(choices.first().map(|c| c.name.as_str()), Some("English"));
        assert!(choices.iter().any(|c| c.tag == "ru" && c.name == "Русский"), "{choices:?}");
    }
}
