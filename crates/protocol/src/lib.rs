//! The messages between the SessionGuard agent and its window, and the local socket
//! (a Unix socket in a 0700 directory, a named pipe on Windows) they travel on.

pub mod client;
pub mod error;
pub mod frame;
pub mod lock;
pub mod logging;
pub mod messages;
pub mod paths;
pub mod secret_text;
pub mod server;
pub mod views;

pub use client::{AgentClient, ClientError};
pub use error::{ErrorBody, ErrorCode};
pub use lock::{AgentLock, LockError};
pub use messages::{AgentEvent, ConnectionStatus, Request};
pub use paths::{RuntimeDir, RuntimeDirError};
pub use secret_text::SecretText;
pub use server::{RequestHandler, SocketServer};
pub use views::{
    AccountView, AgentState, AlertView, CodeDelivery, LoginView, QrView, SessionView, SignInStep, SignInView,
};
