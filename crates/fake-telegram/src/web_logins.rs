//! The account's connected websites ("Log in with Telegram"): listed with their bots by
//! `account.getWebAuthorizations`, logged out one by one or all at once.

use grammers_tl_types as tl;

use crate::account_model::RpcFail;
use crate::tl_objects;

/// A website logged in with the account.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WebLogin {
    pub hash: i64,
    pub domain: String,
    pub bot_id: i64,
    pub bot_name: String,
    pub bot_username: String,
    pub browser: String,
    pub platform: String,
    pub ip: String,
    pub region: String,
    pub date_created: i32,
    pub date_active: i32,
}

#[derive(Debug, Default)]
pub struct WebLogins {
    logins: Vec<WebLogin>,
}

impl WebLogins {
    pub fn add(&mut self, login: WebLogin) {
        self.logins.push(login);
    }

    pub fn all(&self) -> &[WebLogin] {
        &self.logins
    }

    /// `account.webAuthorizations`: the logins, and each bot once.
    pub fn answer(&self) -> tl::enums::account::WebAuthorizations {
        let mut users: Vec<tl::enums::User> = Vec::new();
        let mut bots: Vec<i64> = Vec::new();
        for login in &self.logins {
            if !bots.contains(&login.bot_id) {
                bots.push(login.bot_id);
                users.push(tl_objects::bot_user(login.bot_id, &login.bot_name, &login.bot_username));
            }
        }
        tl::types::account::WebAuthorizations {
            authorizations: self.logins.iter().map(web_authorization).collect(),
            users,
        }
        .into()
    }

    /// `account.resetWebAuthorization`: an unknown hash is Telegram's `HASH_INVALID`.
    pub fn reset(&mut self, hash: i64) -> Result<(), RpcFail> {
        let before = self.logins.len();
        self.logins.retain(|l| l.hash != hash);
        if self.logins.len() == before { Err(RpcFail::new(400, "HASH_INVALID")) } else { Ok(()) }
    }

    /// `account.resetWebAuthorizations`.
    pub fn reset_all(&mut self) {
        self.logins.clear();
    }
}

fn web_authorization(login: &WebLogin) -> tl::enums::WebAuthorization {
    tl::types::WebAuthorization {
        hash: login.hash,
        bot_id: login.bot_id,
        domain: login.domain.clone(),
        browser: login.browser.clone(),
        platform: login.platform.clone(),
        date_created: login.date_created,
        date_active: login.date_active,
        ip: login.ip.clone(),
        region: login.region.clone(),
    }
    .into()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn login(hash: i64, bot_id: i64) -> WebLogin {
        WebLogin {
            hash,
            domain: format!("site{hash}.example"),
            bot_id,
            bot_name: "Login".into(),
            bot_username: "login_bot".into(),
            browser: "Chrome".into(),
            platform: "Windows".into(),
            ip: "203.0.113.5".into(),
            region: "Lisbon, Portugal".into(),
            date_created: 1_763_000_000,
            date_active: 1_763_000_100,
        }
    }

    #[test]
    fn each_bot_is_listed_once_and_logins_end_by_hash() {
        let mut logins = WebLogins::default();
        logins.add(login(1, 50));
        logins.add(login(2, 50));
        let tl::enums::account::WebAuthorizations::Authorizations(answer) = logins.answer();
        assert_eq!((answer.authorizations.len(), answer.users.len()), (2, 1));
        assert_eq!(logins.reset(3).map_err(|e| e.message), Err("HASH_INVALID".into()));
        assert!(logins.reset(1).is_ok());
        assert_eq!(logins.all().len(), 1);
        logins.reset_all();
        assert!(logins.all().is_empty());
    }
}
