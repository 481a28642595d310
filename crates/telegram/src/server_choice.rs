//! Which Telegram to talk to: Telegram's own data centres (the default), or a
//! Telegram-compatible server for testing, such as `fake-telegram` on 127.0.0.1.

use std::net::{SocketAddrV4, SocketAddrV6};

use grammers_session::SessionData;
use grammers_session::types::DcOption;

use crate::secret::Sensitive;
use crate::vault::AUTH_KEY_BYTES;

#[derive(Debug, Clone, Default)]
pub struct ServerChoice {
    /// Where the home DC is, instead of Telegram's address for it.
    pub address: Option<SocketAddrV4>,
    /// A test server cannot do Telegram's key exchange (it has no Telegram RSA key), so
    /// a new sign-in there starts from this key, which the test server also holds.
    /// Ignored without `address`.
    pub test_auth_key: Option<Sensitive<[u8; AUTH_KEY_BYTES]>>,
    /// A test server playing several data centres: where each one is (these win over
    /// `address` for their DC), so redirects between them can be followed.
    pub data_centres: Vec<(i32, SocketAddrV4)>,
}

impl ServerChoice {
    /// Telegram's production data centres.
    pub fn telegram() -> Self {
        Self::default()
    }

    /// What the window shows when this is not Telegram itself.
    pub fn describe(&self) -> Option<String> {
        self.address.map(|a| format!("test server {a}"))
    }

    /// The same test server, its data centres known, for a restored session.
    pub fn for_restore(&self) -> Self {
        Self { address: self.address, test_auth_key: None, data_centres: self.data_centres.clone() }
    }

    /// grammers' session data for home DC `home_dc`, holding `auth_key` (a restored
    /// session's) or, on a test server, the test key (a new sign-in there).
    pub fn session_data(&self, home_dc: i32, auth_key: Option<[u8; AUTH_KEY_BYTES]>) -> SessionData {
        let mut data = SessionData { home_dc, ..SessionData::default() };
        let option = data.dc_options.entry(home_dc).or_insert_with(|| DcOption {
            id: home_dc,
            ipv4: SocketAddrV4::new([127, 0, 0, 1].into(), 443),
            ipv6: SocketAddrV6::new(std::net::Ipv6Addr::LOCALHOST, 443, 0, 0),
            auth_key: None,
        });
        if let Some(address) = self.address {
            point(option, address, self.test_auth_key.as_ref());
        }
        if self.address.is_some() {
            for (id, address) in &self.data_centres {
                let option = data.dc_options.entry(*id).or_insert_with(|| DcOption {
                    id: *id,
                    ipv4: *address,
                    ipv6: SocketAddrV6::new(std::net::Ipv6Addr::LOCALHOST, 443, 0, 0),
                    auth_key: None,
                });
                point(option, *address, self.test_auth_key.as_ref());
            }
        }
        if let (Some(key), Some(option)) = (auth_key, data.dc_options.get_mut(&home_dc)) {
            option.auth_key = Some(key);
        }
        data
    }
}

/// Points a data centre at a test server's `address`, holding its test key.
fn point(option: &mut DcOption, address: SocketAddrV4, test_key: Option<&Sensitive<[u8; AUTH_KEY_BYTES]>>) {
    option.ipv4 = address;
    option.ipv6 = SocketAddrV6::new(address.ip().to_ipv6_mapped(), address.port(), 0, 0);
    option.auth_key = test_key.map(|k| *k.expose());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn telegram_itself_keeps_its_addresses_and_starts_without_a_key() {
        let data = ServerChoice::telegram().session_data(2, None);
        let dc = &data.dc_options[&2];
        assert_ne!(dc.ipv4.ip(), &std::net::Ipv4Addr::LOCALHOST);
        assert_eq!(dc.auth_key, None);
    }

    #[test]
    fn a_test_server_replaces_the_home_address_and_seeds_its_key() {
        let choice = ServerChoice {
            address: Some("127.0.0.1:4430".parse().unwrap_or(SocketAddrV4::new([0, 0, 0, 0].into(), 0))),
            test_auth_key: Some(Sensitive::new([7; AUTH_KEY_BYTES])),
            data_centres: Vec::new(),
        };
        let data = choice.session_data(2, None);
        assert_eq!(data.dc_options[&2].ipv4.port(), 4430);
        assert_eq!(data.dc_options[&2].auth_key, Some([7; AUTH_KEY_BYTES]));
        // A restored session's own key wins over the test key.
        assert_eq!(
            choice.session_data(2, Some([9; AUTH_KEY_BYTES])).dc_options[&2].auth_key,
            Some([9; AUTH_KEY_BYTES])
        );
    }
}
