//! Every word a person reads, in their language: the Fluent catalogs in `ui/locales`, the
//! same files the window reads, embedded at build time (see `build.rs`). English is the
//! fallback for a message a catalog lacks (CI fails when one does: `tests/catalogs_test.rs`).

use std::sync::{Arc, Mutex, PoisonError};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use unic_langid::LanguageIdentifier;

pub use fluent_bundle::FluentValue as Value;

mod catalogs {
    include!(concat!(env!("OUT_DIR"), "/catalogs.rs"));
}

/// The language every message exists in, and the one used when no other fits.
pub const ENGLISH: &str = "en";

/// The tags of the languages there are catalogs for, English first.
pub fn languages() -> impl Iterator<Item = &'static str> {
    catalogs::CATALOGS.iter().map(|(tag, _)| *tag)
}

/// The language we have that suits `requested` best: a BCP 47 tag ("pt-BR") or a POSIX
/// locale ("pt_BR.UTF-8"). The same language and region first, then the same language
/// (Spanish for "es-MX"), else English.
pub fn negotiate(requested: &str) -> &'static str {
    let cleaned = requested.split(['.', '@']).next().unwrap_or_default().replace('_', "-");
    let Ok(wanted) = cleaned.parse::<LanguageIdentifier>() else {
        return ENGLISH;
    };
    let ours = || languages().filter_map(|tag| Some((tag, tag.parse::<LanguageIdentifier>().ok()?)));
    let exact = ours().find(|(_, id)| id.language == wanted.language && id.region == wanted.region);
    let same_language = || ours().find(|(_, id)| id.language == wanted.language);
    exact.or_else(same_language).map_or(ENGLISH, |(tag, _)| tag)
}

/// The words for the language that suits `requested` best, made once per language and
/// shared (parsing every catalog takes a moment; a tray or a notification asks often).
pub fn words(requested: &str) -> Arc<Words> {
    static MADE: Mutex<Vec<Arc<Words>>> = Mutex::new(Vec::new());
    let tag = negotiate(requested);
    let mut made = MADE.lock().unwrap_or_else(PoisonError::into_inner);
    if let Some(words) = made.iter().find(|w| w.tag == tag) {
        return words.clone();
    }
    let words = Arc::new(Words::new(tag));
    made.push(words.clone());
    words
}

/// The words of one language, ready to format.
pub struct Words {
    tag: &'static str,
    bundle: FluentBundle<FluentResource>,
    /// English, for a message this language lacks; `None` when this is English.
    english: Option<FluentBundle<FluentResource>>,
}

impl std::fmt::Debug for Words {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Words").field("language", &self.tag).finish_non_exhaustive()
    }
}

impl Words {
    /// The words for the language that suits `requested` best (see [`negotiate`]).
    pub fn new(requested: &str) -> Words {
        let tag = negotiate(requested);
        let english = (tag != ENGLISH).then(|| bundle(ENGLISH));
        let mut words = Words { tag, bundle: bundle(tag), english };
        // Device names and places are in any script: isolate them inside Persian or Arabic
        // sentences so they do not reorder the words around them.
        let isolate = words.right_to_left();
        words.bundle.set_use_isolating(isolate);
        words
    }

    /// English.
    pub fn english() -> Words {
        Words::new(ENGLISH)
    }

    /// The tag of the language these words are in ("en", "pt-BR").
    pub fn language(&self) -> &'static str {
        self.tag
    }

    /// Whether the language is written right to left.
    pub fn right_to_left(&self) -> bool {
        self.text("language-direction", &[]) == "rtl"
    }

    /// Message `id` with its variables; the id itself when no catalog has it (a test
    /// makes sure every id used in code exists).
    pub fn text(&self, id: &str, args: &[(&str, Value<'_>)]) -> String {
        let mut fluent_args = FluentArgs::with_capacity(args.len());
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        for bundle in std::iter::once(&self.bundle).chain(self.english.as_ref()) {
            if let Some(pattern) = bundle.get_message(id).and_then(|message| message.value()) {
                let mut errors = Vec::new();
                return bundle.format_pattern(pattern, Some(&fluent_args), &mut errors).into_owned();
            }
        }
        id.to_owned()
    }
}

/// One language's catalogs.
fn catalogs_of(tag: &str) -> &'static [(&'static str, &'static str)] {
    catalogs::CATALOGS.iter().find(|(t, _)| *t == tag).map_or(&[][..], |(_, c)| *c)
}

/// A language's name for itself ("Русский"), read from its catalog's one-line
/// `language-name` without building the language's bundle (the Settings page lists them all).
pub fn language_name(tag: &str) -> String {
    let line =
        catalogs_of(tag).iter().flat_map(|(_, text)| text.lines()).find_map(|l| l.strip_prefix("language-name = "));
    line.map_or_else(|| tag.to_owned(), |name| name.trim().to_owned())
}

/// One language's catalogs in a bundle (isolating nothing yet).
fn bundle(tag: &'static str) -> FluentBundle<FluentResource> {
    let id = tag.parse::<LanguageIdentifier>().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    bundle.set_use_isolating(false);
    for (_, text) in catalogs_of(tag) {
        // A catalog with a syntax error still gives its good messages; the catalog test
        // fails on the error itself.
        let resource = FluentResource::try_new((*text).to_owned()).unwrap_or_else(|(partial, _)| partial);
        // A message defined twice keeps its first text (the test fails on it too).
        let _ = bundle.add_resource(resource);
    }
    bundle
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn negotiates_posix_locales_regions_and_unknown_languages() {
        assert_eq!(negotiate("ru_RU.UTF-8"), "ru");
        assert_eq!(negotiate("pt_PT"), "pt-BR");
        assert_eq!(negotiate("pt-BR"), "pt-BR");
        assert_eq!(negotiate("es-MX"), "es");
        assert_eq!(negotiate("fa-IR"), "fa");
        assert_eq!(negotiate("C"), ENGLISH);
        assert_eq!(negotiate("de-DE"), ENGLISH);
        assert_eq!(negotiate(""), ENGLISH);
    }

    #[test]
    fn formats_plurals_in_each_language_and_isolates_names_only_right_to_left() {
        let english = Words::english();
        assert_eq!(english.text("tray-alerts", &[("count", 1.into())]), "1 alert");
        assert_eq!(english.text("tray-alerts", &[("count", 3.into())]), "3 alerts");
        // Russian has three forms where English has two: 2 оповещения, 5 оповещений.
        let russian = Words::new("ru");
        let (two, five) =
            (russian.text("tray-alerts", &[("count", 2.into())]), russian.text("tray-alerts", &[("count", 5.into())]));
        assert!(two.starts_with('2') && five.starts_with('5') && two[1..] != five[1..], "{two} / {five}");
        assert!(!russian.right_to_left());
        let persian = Words::new("fa");
        assert!(persian.right_to_left());
        let account = persian.text("notify-account", &[("account", "Demo".into())]);
        assert!(account.contains("\u{2068}Demo\u{2069}"), "{account}");
        assert!(!english.text("notify-account", &[("account", "Demo".into())]).contains('\u{2068}'));
    }

    #[test]
    fn each_language_names_itself_as_its_words_do() {
        for tag in languages() {
            assert_eq!(language_name(tag), Words::new(tag).text("language-name", &[]), "{tag}");
        }
    }

    #[test]
    fn an_unknown_id_reads_as_itself() {
        let unknown = "no-such-message";
        assert_eq!(Words::english().text(unknown, &[]), unknown);
    }
}
