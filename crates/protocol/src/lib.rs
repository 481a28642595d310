//! The messages between the SessionGuard agent and its window, and the local socket
//! (a Unix socket in a 0700 directory, a named pipe on Windows) they travel on.

pub mod checkup_view;
pub mod client;
pub mod connection;
pub mod error;
pub mod frame;
pub mod history_view;
pub mod lock;
pub mod logging;
pub mod messages;
pub mod paths;
mod peer;
pub mod pipe_name;
pub mod secret_text;
pub mod server;
pub mod settings_view;
pub mod views;
#[cfg(windows)]
pub mod windows_user;

pub use checkup_view::CheckupView;
pub use client::{AgentClient, ClientError};
pub use connection::Limits;
pub use error::{ErrorBody, ErrorCode};
pub use history_view::{ExportFormat, HistoryEntryView, HistoryFilter, SessionRecordView};
pub use lock::{AgentLock, LockError};
pub use messages::{AccountRequest, AgentEvent, Answer, ConnectionStatus, Request};
pub use paths::{RuntimeDir, RuntimeDirError};
pub use secret_text::SecretText;
pub use server::{BindError, RequestHandler, SocketServer, raise_open_file_limit};
/// The domain types the messages carry as they are, for the agent's clients.
pub use sessionguard_core::{ActionKind, Check, EntryKind, Fix, LoginDetails, Session, SessionHash};
pub use settings_view::{DeliveryView, ForwardTargetInput, ForwardingView, LanguageChoice, Settings};
pub use views::{
    AccountTab, AccountView, AgentState, AlertView, BannerWords, CodeDelivery, NoticeView, QrView, RuleOutcome,
    SessionView, SignInStep, SignInView, Tone, WindowAsk,
};
