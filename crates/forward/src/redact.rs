//! Keeps a target's secrets out of error messages and logs, even when a server or the
//! HTTP stack repeats them back (a 404 page that echoes the path, an error naming the URL).

use url::Url;

use crate::target::ForwardTarget;

/// The longest piece of server-sent text kept in a message.
const MAX_DETAIL_CHARS: usize = 300;
/// Shorter path segments ("v1", "api") are not worth hiding and would mangle the text.
const MIN_SECRET_CHARS: usize = 4;

/// Every string of one target that must never be shown, and the cleaning of text against them.
#[derive(Debug)]
pub(crate) struct Redactor {
    /// Longest first, so a whole URL goes before the path inside it.
    secrets: Vec<String>,
}

impl Redactor {
    pub(crate) fn new(target: &ForwardTarget) -> Self {
        let mut secrets = Vec::new();
        match target {
            ForwardTarget::Webhook { url } | ForwardTarget::Ntfy { topic_url: url, .. } => {
                url_secrets(url.url(), &mut secrets);
            }
            ForwardTarget::TelegramBot { token, .. } => {
                secrets.push(token.as_secret_str().to_owned());
                secrets.push(token.secret_part().to_owned());
            }
        }
        secrets.retain(|s| s.chars().count() >= MIN_SECRET_CHARS);
        secrets.sort_by_key(|s| std::cmp::Reverse(s.len()));
        secrets.dedup();
        Self { secrets }
    }

    /// `text` as one short line with every secret replaced by `…`.
    pub(crate) fn clean(&self, text: &str) -> String {
        let mut text = text.to_owned();
        for secret in &self.secrets {
            text = text.replace(secret.as_str(), "…");
        }
        let line = text.split(|c: char| c.is_whitespace() || c.is_control()).filter(|w| !w.is_empty());
        let line = line.collect::<Vec<_>>().join(" ");
        if line.chars().count() > MAX_DETAIL_CHARS {
            format!("{}…", line.chars().take(MAX_DETAIL_CHARS).collect::<String>())
        } else {
            line
        }
    }
}

/// The whole address, and each part that may carry a token, raw and percent-decoded.
fn url_secrets(url: &Url, secrets: &mut Vec<String>) {
    secrets.push(url.as_str().to_owned());
    // What an HTTP server sees of it: the request target, path and query together.
    secrets.push(url[url::Position::BeforePath..url::Position::AfterQuery].to_owned());
    secrets.push(url.path().to_owned());
    secrets.extend(url.query().map(str::to_owned));
    secrets.extend(url.fragment().map(str::to_owned));
    secrets.push(url.username().to_owned());
    secrets.extend(url.password().map(str::to_owned));
    for segment in url.path_segments().into_iter().flatten() {
        secrets.push(segment.to_owned());
        secrets.push(decoded(segment));
    }
    for (_, value) in url.query_pairs() {
        secrets.push(value.into_owned());
    }
}

fn decoded(text: &str) -> String {
    url::form_urlencoded::parse(format!("x={text}").as_bytes()).next().map(|(_, v)| v.into_owned()).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_echoed_by_a_server_are_hidden() -> Result<(), crate::TargetError> {
        let webhook = ForwardTarget::webhook("https://u:pw-SECRET@hooks.example.com/api/T0KEN%20X?key=QSECRET")?;
        let redactor = Redactor::new(&webhook);
        let echoed =
            "no hook https://u:pw-SECRET@hooks.example.com/api/T0KEN%20X?key=QSECRET, T0KEN X or QSECRET\n here";
        assert_eq!(redactor.clean(echoed), "no hook …, … or … here");

        let bot = ForwardTarget::telegram_bot("123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw", "1")?;
        let redactor = Redactor::new(&bot);
        assert_eq!(redactor.clean("bad AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw"), "bad …");
        assert_eq!(redactor.clean(&"x".repeat(1000)).chars().count(), MAX_DETAIL_CHARS + 1);
        Ok(())
    }
}
