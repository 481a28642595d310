//! The API calls the server answers, read with grammers' own TL types and answered from
//! the account model. Anything else gets an RPC error: never a panic, never silence.

use grammers_tl_types::{self as tl, Deserializable, Identifiable, Serializable};

use crate::account_model::{Account, ClientInfo, KeyId, Push, RpcFail};
use crate::messages::constructor;
use crate::tl_objects;

/// The data centre the server says it is.
pub const THIS_DC: i32 = 2;

/// A call's answer, and the updates it causes elsewhere.
#[derive(Debug)]
pub struct Answer {
    pub result: Result<Vec<u8>, RpcFail>,
    pub pushes: Vec<Push>,
}

impl Answer {
    fn ok(result: impl Serializable) -> Self {
        Self { result: Ok(result.to_bytes()), pushes: Vec::new() }
    }

    fn with_pushes(result: Result<impl Serializable, RpcFail>, pushes: Vec<Push>) -> Self {
        Self { result: result.map(|r| r.to_bytes()), pushes }
    }
}

impl From<RpcFail> for Answer {
    fn from(fail: RpcFail) -> Self {
        Self { result: Err(fail), pushes: Vec::new() }
    }
}

/// A call with its wrappers (`invokeWithLayer`, `initConnection`, …) taken off.
#[derive(Debug, PartialEq, Eq)]
pub struct Unwrapped<'a> {
    pub call: &'a [u8],
    /// What `initConnection` said, when it wrapped the call.
    pub client: Option<ClientInfo>,
}

type GenericQuery = tl::functions::help::GetConfig;

/// Takes off the wrappers grammers puts around calls.
pub fn unwrap_call(mut body: &[u8]) -> Result<Unwrapped<'_>, RpcFail> {
    let mut client = None;
    // A handful of nested wrappers at most; more is a client playing games.
    for _ in 0..4 {
        let id = constructor(body).ok_or_else(input_error)?;
        if id == tl::functions::InvokeWithLayer::<GenericQuery>::CONSTRUCTOR_ID {
            body = body.get(8..).ok_or_else(input_error)?;
        } else if id == tl::functions::InitConnection::<GenericQuery>::CONSTRUCTOR_ID {
            let (info, rest) = init_connection(body)?;
            client = Some(info);
            body = rest;
        } else if id == tl::functions::InvokeWithoutUpdates::<GenericQuery>::CONSTRUCTOR_ID {
            body = body.get(4..).ok_or_else(input_error)?;
        } else if id == tl::functions::InvokeAfterMsg::<GenericQuery>::CONSTRUCTOR_ID {
            body = body.get(12..).ok_or_else(input_error)?;
        } else {
            return Ok(Unwrapped { call: body, client });
        }
    }
    Err(input_error())
}

/// `initConnection` read field by field: its query is generic, so grammers' type cannot
/// be deserialized without knowing the inner call first.
fn init_connection(body: &[u8]) -> Result<(ClientInfo, &[u8]), RpcFail> {
    let fields = body.get(4..).ok_or_else(input_error)?;
    let mut cursor = tl::Cursor::from_slice(fields);
    let read = |cursor: &mut tl::Cursor| String::deserialize(cursor).map_err(|_| input_error());
    let flags = u32::deserialize(&mut cursor).map_err(|_| input_error())?;
    let api_id = i32::deserialize(&mut cursor).map_err(|_| input_error())?;
    let device_model = read(&mut cursor)?;
    let system_version = read(&mut cursor)?;
    let app_version = read(&mut cursor)?;
    for _ in 0..3 {
        read(&mut cursor)?; // system_lang_code, lang_pack, lang_code
    }
    if flags & 1 != 0 {
        tl::enums::InputClientProxy::deserialize(&mut cursor).map_err(|_| input_error())?;
    }
    if flags & 2 != 0 {
        tl::enums::Jsonvalue::deserialize(&mut cursor).map_err(|_| input_error())?;
    }
    let rest = fields.get(cursor.pos()..).ok_or_else(input_error)?;
    Ok((ClientInfo { api_id, device_model, system_version, app_version }, rest))
}

fn input_error() -> RpcFail {
    RpcFail::new(400, "INPUT_FETCH_ERROR")
}

/// The call's arguments (a function's fields follow its constructor id).
fn args<T: Deserializable>(call: &[u8]) -> Result<T, RpcFail> {
    T::from_bytes(call.get(4..).ok_or_else(input_error)?).map_err(|_| input_error())
}

macro_rules! id {
    ($($path:ident)::+) => {
        <tl::functions::$($path)::+ as Identifiable>::CONSTRUCTOR_ID
    };
}

/// Answers one unwrapped call from `key`'s client, received by data centre `dc`.
pub fn handle(account: &mut Account, key: &KeyId, call: &[u8], now: i32, dc: i32) -> Answer {
    match dispatch(account, key, call, now, dc) {
        Ok(answer) => answer,
        Err(fail) => fail.into(),
    }
}

/// Where Telegram would send a call that reached the wrong data centre: a new sign-in to
/// the account's home (`PHONE_MIGRATE_X`), a signed-in key's calls too (`USER_MIGRATE_X`).
fn redirect(account: &Account, key: &KeyId, id: u32, dc: i32) -> Result<(), RpcFail> {
    let Some(home) = account.home_dc.filter(|home| *home != dc) else { return Ok(()) };
    let anywhere = [id!(help::GetConfig), id!(auth::ExportLoginToken), id!(updates::GetState)];
    if id == id!(auth::SendCode) || id == id!(auth::ResendCode) {
        return Err(RpcFail::new(303, format!("PHONE_MIGRATE_{home}")));
    }
    let signing_in = [id!(auth::SignIn), id!(auth::CheckPassword)];
    if signing_in.contains(&id)
        || (account.key_status(key) == crate::account_model::KeyStatus::SignedIn && !anywhere.contains(&id))
    {
        return Err(RpcFail::new(303, format!("USER_MIGRATE_{home}")));
    }
    Ok(())
}

fn dispatch(account: &mut Account, key: &KeyId, call: &[u8], now: i32, dc: i32) -> Result<Answer, RpcFail> {
    let id = constructor(call).ok_or_else(input_error)?;
    redirect(account, key, id, dc)?;
    if account.key_status(key) == crate::account_model::KeyStatus::SignedIn {
        account.touch(key, now);
    }
    let answer = match id {
        id if id == id!(help::GetConfig) => Answer::ok(tl_objects::config(now, dc)),
        id if id == id!(updates::GetState) => {
            account.signed_in(key)?;
            Answer::ok(account.state(now))
        }
        id if id == id!(updates::GetDifference) => {
            account.signed_in(key)?;
            let request: tl::functions::updates::GetDifference = args(call)?;
            Answer::ok(account.difference(key, request.pts, now))
        }
        id if id == id!(account::GetAuthorizations) => Answer::ok(account.authorizations(key)?),
        id if id == id!(account::ResetAuthorization) => {
            let request: tl::functions::account::ResetAuthorization = args(call)?;
            account.reset_authorization(key, request.hash, now)?;
            Answer::ok(true)
        }
        id if id == id!(auth::ResetAuthorizations) => {
            account.reset_authorizations(key, now)?;
            Answer::ok(true)
        }
        id if id == id!(account::ChangeAuthorizationSettings) => {
            let request: tl::functions::account::ChangeAuthorizationSettings = args(call)?;
            account.change_settings(key, &request)?;
            Answer::ok(true)
        }
        id if id == id!(account::SetAuthorizationTtl) => {
            let request: tl::functions::account::SetAuthorizationTtl = args(call)?;
            account.set_ttl(key, request.authorization_ttl_days, now)?;
            Answer::ok(true)
        }
        id if id == id!(account::GetWebAuthorizations) => {
            account.signed_in(key)?;
            Answer::ok(account.websites.answer())
        }
        id if id == id!(account::ResetWebAuthorization) => {
            account.signed_in(key)?;
            let request: tl::functions::account::ResetWebAuthorization = args(call)?;
            account.websites.reset(request.hash)?;
            Answer::ok(true)
        }
        id if id == id!(account::ResetWebAuthorizations) => {
            account.signed_in(key)?;
            account.websites.reset_all();
            Answer::ok(true)
        }
        id if id == id!(account::GetPassword) => Answer::ok(account.password_state()),
        id if id == id!(account::UpdatePasswordSettings) => {
            let request: tl::functions::account::UpdatePasswordSettings = args(call)?;
            let tl::enums::account::PasswordInputSettings::Settings(settings) = &request.new_settings;
            account.update_password_settings(key, &request.password, settings)?;
            Answer::ok(true)
        }
        id if id == id!(account::ResendPasswordEmail) => {
            account.resend_password_email(key)?;
            Answer::ok(true)
        }
        id if id == id!(account::CancelPasswordEmail) => {
            account.cancel_password_email(key)?;
            Answer::ok(true)
        }
        id if id == id!(account::ConfirmPasswordEmail) => {
            let request: tl::functions::account::ConfirmPasswordEmail = args(call)?;
            account.confirm_password_email(key, &request.code)?;
            Answer::ok(true)
        }
        id if id == id!(auth::LogOut) => {
            account.log_out(key)?;
            Answer::ok(tl::enums::auth::LoggedOut::Out(tl::types::auth::LoggedOut { future_auth_token: None }))
        }
        id if id == id!(auth::SendCode) => {
            let request: tl::functions::auth::SendCode = args(call)?;
            let (sent, push) = account.send_code(&request.phone_number, now)?;
            Answer::with_pushes(Ok(sent), vec![push])
        }
        id if id == id!(auth::ResendCode) => {
            let request: tl::functions::auth::ResendCode = args(call)?;
            let (sent, push) = account.resend_code(&request.phone_code_hash, now)?;
            Answer::with_pushes(Ok(sent), vec![push])
        }
        id if id == id!(auth::SignIn) => {
            let request: tl::functions::auth::SignIn = args(call)?;
            let (authorization, pushes) = account.sign_in(key, &request, now)?;
            Answer::with_pushes(Ok(authorization), pushes)
        }
        id if id == id!(auth::CheckPassword) => {
            let request: tl::functions::auth::CheckPassword = args(call)?;
            let (authorization, pushes) = account.check_password(key, &request.password, now)?;
            Answer::with_pushes(Ok(authorization), pushes)
        }
        id if id == id!(auth::ExportLoginToken) => {
            let token = account.export_login_token(key, now)?;
            // Scanned, but the account lives elsewhere: the client goes there to import it.
            match (account.home_dc.filter(|home| *home != dc), &token) {
                (Some(home), tl::enums::auth::LoginToken::Success(_)) => {
                    Answer::ok(tl::enums::auth::LoginToken::MigrateTo(tl::types::auth::LoginTokenMigrateTo {
                        dc_id: home,
                        token: crate::random::bytes(32),
                    }))
                }
                _ => Answer::ok(token),
            }
        }
        id if id == id!(auth::ImportLoginToken) => {
            let request: tl::functions::auth::ImportLoginToken = args(call)?;
            Answer::ok(account.import_login_token(key, &request.token, now)?)
        }
        _ => return Err(RpcFail::new(400, "INPUT_METHOD_INVALID")),
    };
    Ok(answer)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::account_model::UserInfo;
    use crate::crypto::ServerKey;

    #[test]
    fn wrappers_come_off_and_the_client_is_read() {
        let wrapped = tl::functions::InvokeWithLayer {
            layer: tl::LAYER,
            query: tl::functions::InitConnection {
                api_id: 2040,
                device_model: "SessionGuard".into(),
                system_version: "linux x86_64".into(),
                app_version: "0.1.0".into(),
                system_lang_code: "en".into(),
                lang_pack: String::new(),
                lang_code: "en".into(),
                proxy: None,
                params: None,
                query: tl::functions::help::GetConfig {},
            },
        }
        .to_bytes();
        let unwrapped = unwrap_call(&wrapped).expect("unwraps");
        assert_eq!(unwrapped.call, tl::functions::help::GetConfig {}.to_bytes());
        assert_eq!(unwrapped.client.map(|c| (c.api_id, c.device_model)), Some((2040, "SessionGuard".into())));
        assert!(unwrap_call(&wrapped[..20]).is_err());
    }

    #[test]
    fn unknown_and_truncated_calls_are_rpc_errors() {
        let mut account = Account::new(UserInfo { id: 1, first_name: "A".into(), phone: "+1".into() });
        let key = ServerKey::random().id();
        let unknown = handle(&mut account, &key, &[1, 2, 3, 4], 0, THIS_DC);
        assert_eq!(unknown.result.map_err(|e| e.code), Err(400));
        let reset = tl::functions::account::ResetAuthorization { hash: 5 }.to_bytes();
        let truncated = handle(&mut account, &key, &reset[..6], 0, THIS_DC);
        assert_eq!(truncated.result.map_err(|e| e.message), Err("INPUT_FETCH_ERROR".into()));
        let unsigned = handle(&mut account, &key, &tl::functions::account::GetAuthorizations {}.to_bytes(), 0, THIS_DC);
        assert_eq!(unsigned.result.map_err(|e| e.message), Err("AUTH_KEY_UNREGISTERED".into()));
    }
}
