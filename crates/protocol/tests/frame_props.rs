//! The socket's frames over arbitrary input: any bytes a local process sends are read as
//! a request or refused with an error — never a panic — and every request the window can
//! send comes back as sent. Bounded: a fixed number of cases.

// A failed expectation fails the property, as prop_assert does.
#![allow(clippy::expect_used)]

use proptest::prelude::*;
use sessionguard_core::SessionHash;
use sessionguard_protocol::frame::{ClientFrame, FrameError, MAX_FRAME_BYTES, read_frame, write_frame};
use sessionguard_protocol::{AccountRequest, HistoryFilter, Request, SecretText};
use tokio::io::BufReader;

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread().enable_all().build().expect("a runtime")
}

/// Reads one frame from `bytes`.
fn read(bytes: Vec<u8>) -> Result<ClientFrame, FrameError> {
    runtime().block_on(async {
        let mut reader = BufReader::new(std::io::Cursor::new(bytes));
        read_frame::<ClientFrame>(&mut reader, &mut Vec::new()).await
    })
}

fn request() -> impl Strategy<Value = Request> {
    let text = any::<String>;
    prop_oneof![
        Just(Request::GetState),
        Just(Request::Subscribe),
        text().prop_map(|account| Request::SelectAccount { account }),
        (text(), any::<i64>()).prop_map(|(account, hash)| Request::Account {
            account,
            action: AccountRequest::Terminate { hash: SessionHash(hash) }
        }),
        (text(), any::<u32>()).prop_map(|(account, alert_id)| Request::Account {
            account,
            action: AccountRequest::Acknowledge { alert_id },
        }),
        (prop::option::of(any::<i32>()), prop::option::of(text()), text()).prop_map(|(api_id, hash, phone)| {
            Request::SendCode { api_id, api_hash: hash.map(SecretText::new), phone: SecretText::new(phone) }
        }),
        text().prop_map(|code| Request::SubmitCode { code: SecretText::new(code) }),
        any::<u32>().prop_map(|id| Request::DismissNotice { id }),
        (text(), prop::option::of(any::<u32>())).prop_map(|(device, limit)| Request::History {
            filter: HistoryFilter { device: Some(device), limit, ..HistoryFilter::default() },
        }),
        (text(), any::<i64>()).prop_map(|(account, hash)| Request::SessionHistory { account, hash: SessionHash(hash) }),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn any_line_is_a_request_or_an_error(mut line in prop::collection::vec(any::<u8>(), 0..2_000)) {
        line.push(b'\n');
        let _ = read(line);
    }

    #[test]
    fn any_json_shaped_line_is_a_request_or_an_error(
        id in any::<i64>(),
        kind in "[a-z_]{0,20}",
        field in "\\PC{0,30}",
        value in any::<f64>(),
    ) {
        let line = format!(
            r#"{{"id":{id},"request":{{"type":"{kind}","account":{field:?},"action":{{"type":"{kind}","hash":{value}}}}}}}"#
        );
        let _ = read(format!("{line}\n").into_bytes());
    }

    #[test]
    fn every_request_comes_back_as_sent(id in any::<u32>(), request in request()) {
        let frame = ClientFrame { id, request };
        let read_back = runtime().block_on(async {
            let mut bytes = Vec::new();
            write_frame(&mut bytes, &frame).await.expect("written");
            let mut reader = BufReader::new(std::io::Cursor::new(bytes));
            read_frame::<ClientFrame>(&mut reader, &mut Vec::new()).await.ok()
        });
        prop_assert_eq!(read_back, Some(frame));
    }

    #[test]
    fn a_line_longer_than_a_frame_may_be_is_refused(extra in 1_usize..4_096) {
        let mut line = vec![b' '; MAX_FRAME_BYTES + extra];
        line.push(b'\n');
        prop_assert!(matches!(read(line), Err(FrameError::TooLarge)));
    }
}
