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
    address: SocketAddrV4,
    control: Control,
    accept: JoinHandle<()>,
}

impl FakeTelegram {
    /// Starts on 127.0.0.1:`port` (0: any free port) with the demo account. Must run
    /// inside a tokio runtime.
    pub async fn start(port: u16) -> std::io::Result<Self> {
        Self::with_account(port, crate::demo::account(now())).await
    }

    pub async fn with_account(port: u16, account: Account) -> std::io::Result<Self> {
        let listener = TcpListener::bind(SocketAddrV4::new(Ipv4Addr::LOCALHOST, port)).await?;
        let address = match listener.local_addr()? {
            SocketAddr::V4(address) => address,
            SocketAddr::V6(_) => return Err(std::io::Error::other("bound to IPv6 unexpectedly")),
        };
        let test_key = ServerKey::random();
        let mut account = account;
        account.add_key(test_key.clone(), None);
        let shared = Arc::new(Shared::new(account, test_key));
        let accept = tokio::spawn(accept_loop(listener, shared.clone()));
        Ok(Self { address, control: Control::new(shared), accept })
    }

    pub fn address(&self) -> SocketAddrV4 {
        self.address
    }

    /// A handle to drive the server with; clones share the same server.
    pub fn control(&self) -> Control {
        self.control.clone()
    }
}

impl Drop for FakeTelegram {
    fn drop(&mut self) {
        self.accept.abort();
        self.control.drop_connections();
    }
}

async fn accept_loop(listener: TcpListener, shared: Arc<Shared>) {
    loop {
        match listener.accept().await {
            Ok((stream, _)) => {
                let _ = stream.set_nodelay(true);
                let id = shared.next_connection.fetch_add(1, Ordering::Relaxed);
                let (commands, receiver) = mpsc::unbounded_channel();
                lock(&shared.connections).insert(id, LiveConnection { key_id: None, commands });
                tokio::spawn(crate::connection::serve(shared.clone(), stream, id, receiver));
            }
            // Out of file descriptors and the like: wait a little rather than spin.
            Err(_) => tokio::time::sleep(Duration::from_millis(20)).await,
        }
    }
}
