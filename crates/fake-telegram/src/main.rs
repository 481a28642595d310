//! `fake-telegram --port N [--password PW]`: the test server with the demo account, for
//! a person to point SessionGuard at and play the other devices from the keyboard.

use std::process::ExitCode;

use fake_telegram::{FakeTelegram, NewLogin, Notice};
use tokio::io::{AsyncBufReadExt, BufReader};

const USAGE: &str = "usage: fake-telegram --port N [--password PW]";

const HELP: &str = "commands: login (a new unconfirmed login), intruder (a confirmed one), code (a login code \
from 777000), pending <hash>, website <domain> (a website logs in with Telegram), email (the code emailed to a new \
recovery email), scan (scan the QR code shown), list, quit";

struct Options {
    port: u16,
    password: Option<String>,
}

fn parse(mut args: impl Iterator<Item = String>) -> Result<Options, String> {
    let mut options = Options { port: 0, password: None };
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--port" => options.port = args.next().and_then(|p| p.parse().ok()).ok_or(USAGE)?,
            "--password" => options.password = Some(args.next().ok_or(USAGE)?),
            "-h" | "--help" => return Err(USAGE.into()),
            other => return Err(format!("unknown argument {other}\n{USAGE}")),
        }
    }
    Ok(options)
}

#[tokio::main]
async fn main() -> ExitCode {
    let options = match parse(std::env::args().skip(1)) {
        Ok(options) => options,
        Err(message) => {
            eprintln!("{message}");
            return ExitCode::from(2);
        }
    };
    let server = match FakeTelegram::start(options.port).await {
        Ok(server) => server,
        Err(error) => {
            eprintln!("fake-telegram: cannot listen on 127.0.0.1:{}: {error}", options.port);
            return ExitCode::FAILURE;
        }
    };
    let control = server.control();
    if let Some(password) = &options.password {
        control.set_password(Some(password), Some("the one from --password"));
    }
    println!(
        "SESSIONGUARD_TELEGRAM_SERVER={} SESSIONGUARD_TELEGRAM_TEST_KEY={}",
        server.address(),
        fake_telegram::crypto::to_hex(&control.test_key())
    );
    println!("sign in with any phone number, e.g. {}; {HELP}", fake_telegram::demo::DEMO_PHONE);

    let mut notices = control.notices();
    let mut lines = BufReader::new(tokio::io::stdin()).lines();
    loop {
        tokio::select! {
            notice = notices.recv() => {
                if let Ok(Notice::CodeSent(code)) = notice {
                    println!("login code sent: {code}");
                }
            }
            line = lines.next_line() => {
                let Ok(Some(line)) = line else { break };
                if !run(&control, line.trim()) {
                    break;
                }
            }
        }
    }
    ExitCode::SUCCESS
}

/// One command from the keyboard; false to quit.
fn run(control: &fake_telegram::Control, line: &str) -> bool {
    let mut words = line.split_whitespace();
    match (words.next(), words.next()) {
        (Some("quit" | "exit"), _) => return false,
        (Some("login"), _) => {
            let hash = control.add_login(NewLogin { unconfirmed: true, ..NewLogin::intruder() });
            println!("new unconfirmed login {hash}");
        }
        (Some("intruder"), _) => println!("new login {}", control.add_login(NewLogin::intruder())),
        (Some("code"), _) => {
            control.request_login_code();
        }
        (Some("pending"), Some(hash)) => match hash.parse() {
            Ok(hash) if control.set_password_pending(hash, true) => println!("session {hash} is password-pending"),
            _ => println!("no session {hash}"),
        },
        (Some("website"), Some(domain)) => println!("website {domain} logged in: {}", control.add_website(domain)),
        (Some("email"), _) => match control.pending_email_code() {
            Some(code) => println!("recovery email code: {code}"),
            None => println!("no recovery email waits for a code"),
        },
        (Some("scan"), _) => println!("{}", if control.scan_qr() { "QR code scanned" } else { "no QR code shown" }),
        (Some("list"), _) => {
            for s in control.sessions() {
                println!("{:>20}  {} ({}), {}", s.hash, s.device.device_model, s.device.app_name, s.device.country);
            }
            for w in control.websites() {
                println!("{:>20}  website {} (@{}), {}", w.hash, w.domain, w.bot_username, w.region);
            }
        }
        (None, _) => {}
        _ => println!("{HELP}"),
    }
    true
}
