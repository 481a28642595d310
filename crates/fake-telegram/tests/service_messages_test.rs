//! The server under grammers' bare MTProto sender (no client on top): pings answered
//! with pongs, and a key the server does not know refused the way Telegram refuses it.

use std::net::SocketAddr;

use fake_telegram::FakeTelegram;
use grammers_mtproto::transport::{self, Full};
use grammers_mtsender::{InvocationError, ServerAddr, connect_with_auth};
use grammers_tl_types as tl;

#[tokio::test]
async fn pings_get_pongs() {
    let server = FakeTelegram::start(0).await.expect("server");
    let address = ServerAddr::Tcp { address: SocketAddr::V4(server.address()) };
    let mut sender = connect_with_auth(Full::new(), address, server.control().test_key()).await.expect("connects");
    let tl::enums::Pong::Pong(pong) = sender.invoke(&tl::functions::Ping { ping_id: 7 }).await.expect("pong");
    assert_eq!(pong.ping_id, 7);
    let delayed = tl::functions::PingDelayDisconnect { ping_id: 8, disconnect_delay: 75 };
    let tl::enums::Pong::Pong(pong) = sender.invoke(&delayed).await.expect("pong");
    assert_eq!(pong.ping_id, 8);
    // Both stay connection upkeep: they are not API calls in the log.
    assert!(server.control().calls().is_empty(), "{:?}", server.control().calls());
}

#[tokio::test]
async fn an_unknown_key_is_refused_with_404() {
    let server = FakeTelegram::start(0).await.expect("server");
    let address = ServerAddr::Tcp { address: SocketAddr::V4(server.address()) };
    let mut sender = connect_with_auth(Full::new(), address, [9; 256]).await.expect("connects");
    let refused = sender.invoke(&tl::functions::help::GetConfig {}).await;
    assert!(
        matches!(refused, Err(InvocationError::Transport(transport::Error::BadStatus { status: 404 }))),
        "{refused:?}"
    );
}

#[tokio::test]
async fn a_signed_out_key_connects_but_account_calls_are_unregistered() {
    let server = FakeTelegram::start(0).await.expect("server");
    let address = ServerAddr::Tcp { address: SocketAddr::V4(server.address()) };
    let mut sender = connect_with_auth(Full::new(), address, server.control().test_key()).await.expect("connects");
    assert!(sender.invoke(&tl::functions::help::GetConfig {}).await.is_ok());
    let list = sender.invoke(&tl::functions::account::GetAuthorizations {}).await;
    assert!(
        matches!(&list, Err(InvocationError::Rpc(rpc)) if rpc.code == 401 && rpc.name == "AUTH_KEY_UNREGISTERED"),
        "{list:?}"
    );
}
