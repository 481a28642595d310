//! The window's requests, each sent where it belongs: an account's guard, the sign-in,
//! the settings, forwarding or the history.

use sessionguard_protocol::{
    AccountRequest, AgentEvent, Answer, ErrorBody, ErrorCode, Request, RequestHandler, SignInStep,
};
use tokio::sync::broadcast;

use crate::accounts::Accounts;
use crate::words::errors::localized;

impl RequestHandler for Accounts {
    /// Answers `request`; a refusal in the person's language.
    async fn handle(&self, request: Request) -> Result<Answer, ErrorBody> {
        let answer = self.answer(request).await;
        answer.map_err(|error| localized(error, &sessionguard_i18n::words(self.language())))
    }

    fn subscribe(&self) -> broadcast::Receiver<AgentEvent> {
        self.outlets.subscribe()
    }
}

impl Accounts {
    async fn answer(&self, request: Request) -> Result<Answer, ErrorBody> {
        match request {
            Request::GetState => {}
            Request::Subscribe => {
                for guard in self.guards() {
                    guard.window_opened();
                }
            }
            Request::AccountState { account } => {
                let guard = self
                    .guard(&account)
                    .ok_or_else(|| ErrorBody::new(ErrorCode::BadRequest, "that account is not guarded"))?;
                return Ok(Answer::state(self.state_showing(Some(guard))));
            }
            Request::SelectAccount { account } => {
                if self.guard(&account).is_none() {
                    return Err(ErrorBody::new(ErrorCode::BadRequest, "that account is not guarded"));
                }
                self.select(Some(account));
            }
            Request::Account { account, action } => {
                if matches!(action, AccountRequest::TerminateOthers | AccountRequest::SecureAccount) {
                    self.answered_ask();
                }
                self.account_request(&account, action).await?
            }
            Request::DismissAsk => self.answered_ask(),
            Request::DismissNotice { id } => self.dismiss_notice(id),
            Request::RetryKeyring => self.retry_keyring().await,
            Request::UseDemo => {
                self.stop_qr_waiter();
                self.use_demo();
            }
            Request::StartSignIn => self.show_sign_in(None),
            Request::SendCode { api_id, api_hash, phone } => {
                let credentials =
                    self.credentials(api_id, api_hash.as_ref().map(sessionguard_protocol::SecretText::expose));
                self.send_code(credentials, phone.expose()).await?;
            }
            Request::ResendCode => self.resend_code().await?,
            Request::SubmitCode { code } => self.submit(code.expose().to_owned(), SignInStep::Code).await?,
            Request::SubmitPassword { password } => {
                self.submit(password.expose().to_owned(), SignInStep::Password).await?;
            }
            Request::StartQrLogin { api_id, api_hash } => {
                let credentials =
                    self.credentials(api_id, api_hash.as_ref().map(sessionguard_protocol::SecretText::expose));
                self.start_qr_login(credentials).await?;
            }
            Request::CancelSignIn => self.cancel_sign_in()?,
            Request::UpdateSettings { settings } => self.update_settings(settings).await?,
            Request::SetForwarding { target } => {
                self.setup.forwarding.set_target(target).await?;
                self.publish();
            }
            Request::SendTestAlert => {
                self.publish();
                let sent = self.setup.forwarding.send_test().await;
                self.publish();
                sent?;
            }
            Request::History { filter } => return self.history(filter).await,
            Request::SessionHistory { account, hash } => return self.session_history(&account, hash).await,
            Request::ExportHistory { filter, format, path } => return self.export_history(filter, format, path).await,
        }
        Ok(Answer::state(self.state()))
    }
}
