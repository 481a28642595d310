//! The listening socket: one task accepts on 127.0.0.1, one task serves each connection.

use std::net::{Ipv4Addr, SocketAddr, SocketAddrV4};
use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::time::Duration;

use tokio::net::TcpListener;
use tokio::sync::mpsc;
use tokio::task::JoinHandle;

use crate::account_model::Account;
use crate::control::Control;
use crate::crypto::ServerKey;
use crate::state::{LiveConnection, Shared, lock, now};

/// A running server; dropping it stops it and closes its connections.
#[derive(Debug)]
pub struct FakeTelegram {
    /// Each data centre served, first the one a new sign-in starts at.
    addresses: Vec<(i32, SocketAddrV4)>,
    control: Control,
    accept: Vec<JoinHandle<()>>,
}

impl FakeTelegram {
    /// Starts on 127.0.0.1:`port` (0: any free port) with the demo account. Must run
    /// inside a tokio runtime.
    pub async fn start(port: u16) -> std::io::Result<Self> {
        Self::with_account(port, crate::demo::account(now())).await
    }

    pub async fn with_account(port: u16, account: Account) -> std::io::Result<Self> {
        Self::serving(&[(crate::handlers::THIS_DC, port)], account).await
    }

    /// The demo account served by several data centres, each on a port of its own (0:
    /// any), all sharing the account and the test key; the account lives on `home`. A
    /// sign-in that starts elsewhere is redirected there as Telegram redirects
    /// (`PHONE_MIGRATE_X`, `loginTokenMigrateTo`), and calls of a signed-in key that reach
    /// another data centre are told `USER_MIGRATE_X`.
    pub async fn with_data_centres(dcs: &[i32], home: i32) -> std::io::Result<Self> {
        let mut account = crate::demo::account(now());
        account.home_dc = Some(home);
        let ports: Vec<(i32, u16)> = dcs.iter().map(|dc| (*dc, 0)).collect();
        Self::serving(&ports, account).await
    }

    async fn serving(dcs: &[(i32, u16)], mut account: Account) -> std::io::Result<Self> {
        let test_key = ServerKey::random();
        account.add_key(test_key.clone(), None);
        let shared = Arc::new(Shared::new(account, test_key));
        let (mut addresses, mut accept) = (Vec::new(), Vec::new());
        for (dc, port) in dcs {
            let listener = TcpListener::bind(SocketAddrV4::new(Ipv4Addr::LOCALHOST, *port)).await?;
            let address = match listener.local_addr()? {
                SocketAddr::V4(address) => address,
                SocketAddr::V6(_) => return Err(std::io::Error::other("bound to IPv6 unexpectedly")),
            };
            addresses.push((*dc, address));
            accept.push(tokio::spawn(accept_loop(listener, shared.clone(), *dc)));
        }
        Ok(Self { addresses, control: Control::new(shared), accept })
    }

    /// The address of the data centre a new sign-in starts at.
    pub fn address(&self) -> SocketAddrV4 {
        self.addresses.first().map_or(SocketAddrV4::new(Ipv4Addr::LOCALHOST, 0), |(_, address)| *address)
    }

    /// Every data centre served, with its address.
    pub fn data_centres(&self) -> &[(i32, SocketAddrV4)] {
        &self.addresses
    }

    /// A handle to drive the server with; clones share the same server.
    pub fn control(&self) -> Control {
        self.control.clone()
    }
}

impl Drop for FakeTelegram {
    fn drop(&mut self) {
        for accept in &self.accept {
            accept.abort();
        }
        self.control.drop_connections();
    }
}

async fn accept_loop(listener: TcpListener, shared: Arc<Shared>, dc: i32) {
    loop {
        match listener.accept().await {
            Ok((stream, _)) => {
                let _ = stream.set_nodelay(true);
                let id = shared.next_connection.fetch_add(1, Ordering::Relaxed);
                let (commands, receiver) = mpsc::unbounded_channel();
                lock(&shared.connections).insert(id, LiveConnection { key_id: None, commands });
                tokio::spawn(crate::connection::serve(shared.clone(), stream, id, dc, receiver));
            }
            // Out of file descriptors and the like: wait a little rather than spin.
            Err(_) => tokio::time::sleep(Duration::from_millis(20)).await,
        }
    }
}
