//! What the window's sign-in screen shows, step by step, and the words for what went
//! wrong. No I/O: the steps themselves run in `current_account`.

use chrono::{DateTime, Utc};
use sessionguard_protocol::{CodeDelivery, ErrorBody, ErrorCode, QrView, SignInStep, SignInView};
use sessionguard_telegram::rpc_error::SignInError;
use sessionguard_telegram::sign_in::{self, SentCode};

use crate::sign_in::qr_path::qr_path;

#[derive(Debug, Clone)]
pub struct SignInScreen {
    view: SignInView,
}

impl SignInScreen {
    /// The first step; `server` names a test server, `notice` says why we are here.
    pub fn new(server: Option<String>, notice: Option<String>) -> Self {
        Self {
            view: SignInView {
                step: SignInStep::Credentials,
                api_id: None,
                phone_hint: None,
                code_delivery: None,
                code_length: None,
                resend_at: None,
                can_resend: false,
                password_hint: None,
                qr: None,
                busy: false,
                error: None,
                notice,
                server,
                built_in_credentials: false,
            },
        }
    }

    pub fn view(&self) -> SignInView {
        self.view.clone()
    }

    pub fn step(&self) -> SignInStep {
        self.view.step
    }

    /// Back to the first step, keeping the api_id the person typed and any notice.
    pub fn reset(&mut self) {
        let api_id = self.view.api_id;
        *self = Self::new(self.view.server.clone(), self.view.notice.clone());
        self.view.api_id = api_id;
    }

    pub fn set_notice(&mut self, notice: Option<String>) {
        self.view.notice = notice;
    }

    /// A request is on its way.
    pub fn start(&mut self, api_id: Option<i32>) {
        self.view.busy = true;
        self.view.error = None;
        if api_id.is_some() {
            self.view.api_id = api_id;
        }
    }

    pub fn code_sent(&mut self, phone: &str, sent: &SentCode, now: DateTime<Utc>) {
        self.view.phone_hint = Some(phone_hint(phone));
        self.code_resent(sent, now);
    }

    /// A new code was sent to the same number, perhaps another way.
    pub fn code_resent(&mut self, sent: &SentCode, now: DateTime<Utc>) {
        self.view.busy = false;
        self.view.step = SignInStep::Code;
        self.view.code_delivery = Some(match sent.delivery {
            sign_in::CodeDelivery::App => CodeDelivery::App,
            sign_in::CodeDelivery::Sms => CodeDelivery::Sms,
            sign_in::CodeDelivery::Call => CodeDelivery::Call,
            sign_in::CodeDelivery::Other => CodeDelivery::Other,
        });
        self.view.code_length = sent.length;
        self.view.can_resend = sent.can_resend;
        self.view.resend_at = sent.resend_after.and_then(|d| chrono::Duration::from_std(d).ok()).map(|d| now + d);
    }

    pub fn password_needed(&mut self, hint: Option<String>) {
        self.view.busy = false;
        self.view.step = SignInStep::Password;
        self.view.password_hint = hint;
        self.view.qr = None;
    }

    pub fn show_qr(&mut self, link: &str, expires_at: DateTime<Utc>) {
        self.view.busy = false;
        self.view.step = SignInStep::Qr;
        self.view.qr = qr_path(link).map(|qr| QrView { size: qr.size, path: qr.path, expires_at });
        if self.view.qr.is_none() {
            self.view.error =
                Some(ErrorBody::new(ErrorCode::Protocol, "Telegram's QR login token is too long to draw"));
        }
    }

    /// The step failed: say why and stay on it (an expired code goes back to the phone).
    pub fn failed(&mut self, error: &SignInError, now: DateTime<Utc>) {
        self.view.busy = false;
        self.view.error = Some(error_body(error, now));
        if matches!(error, SignInError::CodeExpired) {
            self.view.step = SignInStep::Credentials;
        }
    }

    /// Something outside Telegram failed (the keyring, most likely).
    pub fn failed_with(&mut self, error: ErrorBody) {
        self.view.busy = false;
        self.view.error = Some(error);
    }
}

/// The error as the window shows it, with a code the UI can decide by.
pub fn error_body(error: &SignInError, now: DateTime<Utc>) -> ErrorBody {
    let code = match error {
        SignInError::WrongCode => ErrorCode::CodeInvalid,
        SignInError::CodeExpired => ErrorCode::CodeExpired,
        SignInError::WrongPassword => ErrorCode::PasswordInvalid,
        SignInError::InvalidPhone => ErrorCode::PhoneInvalid,
        SignInError::InvalidApiCredentials => ErrorCode::ApiCredentialsInvalid,
        SignInError::SignUpRequired => ErrorCode::SignUpRequired,
        SignInError::Network(_) => ErrorCode::Network,
        SignInError::FloodWait { seconds } => {
            return ErrorBody {
                retry_at: Some(now + chrono::Duration::seconds(i64::from(*seconds))),
                ..ErrorBody::new(ErrorCode::FloodWait, error.to_string())
            };
        }
        SignInError::PasswordNeeded | SignInError::Unreadable | SignInError::Other(_) => ErrorCode::Protocol,
    };
    ErrorBody::new(code, error.to_string())
}

/// The phone number with all but its last two digits hidden: "+••• ••• ••89".
pub fn phone_hint(phone: &str) -> String {
    let digits: Vec<char> = phone.chars().filter(char::is_ascii_digit).collect();
    let last: String = digits.iter().skip(digits.len().saturating_sub(2)).collect();
    if digits.len() < 6 {
        return "+••• ••• ••••".into();
    }
    format!("+••• ••• ••{last}")
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;

    fn now() -> DateTime<Utc> {
        DateTime::from_timestamp(1_763_000_000, 0).unwrap_or_default()
    }

    #[test]
    fn a_phone_number_shows_only_its_last_two_digits() {
        assert_eq!(phone_hint("+1 555 010 0100"), "+••• ••• ••00");
        assert_eq!(phone_hint("+49 151 2345 6789"), "+••• ••• ••89");
        assert_eq!(phone_hint("12"), "+••• ••• ••••");
    }

    #[test]
    fn a_sent_code_moves_to_the_code_step_with_when_to_resend() {
        let mut screen = SignInScreen::new(None, None);
        screen.start(Some(2040));
        let sent = SentCode {
            delivery: sign_in::CodeDelivery::App,
            length: Some(5),
            resend_after: Some(Duration::from_secs(60)),
            can_resend: true,
        };
        screen.code_sent("+15550100", &sent, now());
        let view = screen.view();
        assert_eq!((view.step, view.busy, view.api_id), (SignInStep::Code, false, Some(2040)));
        assert_eq!(view.code_delivery, Some(CodeDelivery::App));
        assert_eq!(view.resend_at, Some(now() + chrono::Duration::seconds(60)));
    }

    #[test]
    fn each_sign_in_error_has_its_own_code_and_an_expired_code_goes_back() {
        let mut screen = SignInScreen::new(None, None);
        screen.password_needed(Some("horse".into()));
        screen.failed(&SignInError::WrongPassword, now());
        assert_eq!(screen.view().error.map(|e| e.code), Some(ErrorCode::PasswordInvalid));
        assert_eq!(screen.step(), SignInStep::Password);

        screen.failed(&SignInError::CodeExpired, now());
        assert_eq!(screen.step(), SignInStep::Credentials);
        let flood = error_body(&SignInError::FloodWait { seconds: 30 }, now());
        assert_eq!((flood.code, flood.retry_at), (ErrorCode::FloodWait, Some(now() + chrono::Duration::seconds(30))));
        assert_eq!(error_body(&SignInError::WrongCode, now()).code, ErrorCode::CodeInvalid);
        assert_eq!(error_body(&SignInError::InvalidPhone, now()).code, ErrorCode::PhoneInvalid);
    }

    #[test]
    fn reset_keeps_the_api_id_and_the_notice() {
        let mut screen = SignInScreen::new(None, Some("signed out elsewhere".into()));
        screen.start(Some(7));
        screen.password_needed(None);
        screen.reset();
        let view = screen.view();
        assert_eq!(
            (view.step, view.api_id, view.notice.as_deref()),
            (SignInStep::Credentials, Some(7), Some("signed out elsewhere"))
        );
    }
}
