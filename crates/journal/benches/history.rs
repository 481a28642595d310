//! The journal at scale: 1,000,000 entries across 2,000 sessions of one account, then a
//! session's history page and a filtered timeline page, each timed many times.
//! `cargo bench -p sessionguard-journal`.

use std::error::Error;
use std::path::Path;
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
use sessionguard_core::{LoginDetails, SecurityEvent, SecurityEventKind as Ev, Session, SessionHash, SessionList};
use sessionguard_journal::{Action, ActionKind, Actor, EntryKind, Journal, TimelineFilter};

const ENTRIES: u64 = 1_000_000;
const SESSIONS: u64 = 2_000;
const BATCH: u64 = 10_000;
const RUNS: usize = 1_000;
const ACCOUNT: &str = "telegram:123456789";
const MODELS: [(&str, &str, &str); 10] = [
    ("Google Pixel 8", "Android", "Telegram Android"),
    ("Samsung SM-S918B", "Android", "Telegram Android"),
    ("Redmi Note 12", "Android", "Telegram Android"),
    ("iPhone 15 Pro", "iOS", "Telegram iOS"),
    ("iPad Air", "iOS", "Telegram iOS"),
    ("MacBook Pro", "macOS", "Telegram macOS"),
    ("Desktop", "Windows", "Telegram Desktop"),
    ("Desktop", "Linux", "Telegram Desktop"),
    ("Chrome 131", "Web", "Telegram Web A"),
    ("Firefox 133", "Web", "Telegram Web K"),
];

/// xorshift64*: reproducible without a dependency.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

fn start() -> DateTime<Utc> {
    DateTime::from_timestamp(1_670_000_000, 0).unwrap_or_default()
}

fn hash_of(i: u64) -> SessionHash {
    SessionHash((i.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 1) as i64 + 1)
}

fn session(i: u64) -> Session {
    let (model, platform, app) = MODELS[(i % MODELS.len() as u64) as usize];
    let created = start() + chrono::Duration::hours(i as i64 * 13);
    Session {
        hash: hash_of(i),
        current: false,
        official_app: !i.is_multiple_of(7),
        password_pending: false,
        encrypted_requests_disabled: false,
        call_requests_disabled: false,
        unconfirmed: false,
        device_model: format!("{model} ({i})"),
        platform: platform.into(),
        system_version: "14".into(),
        api_id: if i.is_multiple_of(7) { 12_345 } else { 6 },
        app_name: app.into(),
        app_version: "11.5".into(),
        date_created: created,
        date_active: created,
        ip: format!("203.0.{}.{}", i / 250, i % 250),
        country: "Germany".into(),
        region: "Berlin".into(),
    }
}

fn generate(journal: &mut Journal) -> Result<(), Box<dyn Error>> {
    let sessions: Vec<Session> = (0..SESSIONS).map(session).collect();
    journal.observe_sessions(ACCOUNT, &SessionList { sessions: sessions.clone(), inactive_ttl_days: 180 }, start())?;
    let mut rng = Rng(0x5EED);
    let mut i = 0;
    while i < ENTRIES {
        journal.write(|batch| {
            for n in i..(i + BATCH).min(ENTRIES) {
                // About 2.9 years of history, one entry every 90 s.
                let at = start() + chrono::Duration::seconds(n as i64 * 90);
                let s = &sessions[rng.below(SESSIONS) as usize];
                let login = Some(LoginDetails::from_session(s));
                match rng.below(20) {
                    0..=7 => batch.record_event(ACCOUNT, &SecurityEvent { kind: Ev::NewLogin, login, at })?,
                    8 | 9 => batch.record_event(ACCOUNT, &SecurityEvent { kind: Ev::UnconfirmedLogin, login, at })?,
                    10 => batch.record_event(ACCOUNT, &SecurityEvent { kind: Ev::PasswordPendingLogin, login, at })?,
                    11 | 12 => {
                        batch.record_event(ACCOUNT, &SecurityEvent { kind: Ev::LoginCodeRequested, login: None, at })?
                    }
                    13..=15 => batch.record_event(ACCOUNT, &SecurityEvent { kind: Ev::SessionEnded, login, at })?,
                    16 | 17 => {
                        batch.record_action(ACCOUNT, &Action::Terminated { hash: s.hash, by: Actor::Person }, at)?
                    }
                    _ => batch.record_action(ACCOUNT, &Action::Confirmed { hash: s.hash }, at)?,
                };
            }
            Ok(())
        })?;
        i += BATCH;
    }
    Ok(())
}

struct Stats {
    what: &'static str,
    rows: usize,
    times: Vec<Duration>,
}

impl Stats {
    fn print(mut self) {
        self.times.sort();
        let us = |d: Duration| d.as_secs_f64() * 1e6;
        let n = self.times.len();
        let p99 = self.times[(n * 99).div_ceil(100) - 1];
        println!(
            "{:<46} {:>5} runs  median {:>8.1} µs  p99 {:>8.1} µs  min–max {:.1}–{:.1} µs  ({} rows each, on average)",
            self.what,
            n,
            us(self.times[n / 2]),
            us(p99),
            us(self.times[0]),
            us(self.times[n - 1]),
            self.rows / n.max(1),
        );
    }
}

fn measure(
    what: &'static str,
    mut query: impl FnMut(usize) -> Result<usize, Box<dyn Error>>,
) -> Result<Stats, Box<dyn Error>> {
    for run in 0..20 {
        query(run)?; // warm the page cache and the statement cache
    }
    let mut stats = Stats { what, rows: 0, times: Vec::with_capacity(RUNS) };
    for run in 0..RUNS {
        let began = Instant::now();
        stats.rows += query(run)?;
        stats.times.push(began.elapsed());
    }
    Ok(stats)
}

fn size_on_disk(path: &Path) -> u64 {
    ["", "-wal", "-shm"]
        .iter()
        .filter_map(|suffix| {
            let mut name = path.as_os_str().to_owned();
            name.push(suffix);
            std::fs::metadata(name).ok().map(|m| m.len())
        })
        .sum()
}

fn main() -> Result<(), Box<dyn Error>> {
    if std::env::args().any(|a| a == "--list") {
        return Ok(()); // `cargo test --benches` asks what is here; nothing to list.
    }
    let dir = tempfile::tempdir()?;
    let path = dir.path().join("journal.sqlite3");

    let began = Instant::now();
    let mut journal = Journal::open(&path)?;
    generate(&mut journal)?;
    let generated = began.elapsed();
    drop(journal); // the last connection checkpoints the WAL into the file
    println!(
        "generated {ENTRIES} entries across {SESSIONS} sessions in {:.1} s ({:.0} entries/s, batches of {BATCH})",
        generated.as_secs_f64(),
        ENTRIES as f64 / generated.as_secs_f64()
    );
    println!(
        "size on disk: {:.1} MB ({:.0} bytes per entry)",
        size_on_disk(&path) as f64 / 1e6,
        size_on_disk(&path) as f64 / ENTRIES as f64
    );

    let began = Instant::now();
    let journal = Journal::open(&path)?;
    println!("open (checks and migrations): {:.1} ms", began.elapsed().as_secs_f64() * 1e3);

    let mut rng = Rng(42);
    measure("session history (session_timeline, limit 100)", |_| {
        Ok(journal.session_timeline(ACCOUNT, hash_of(rng.below(SESSIONS)), 100)?.len())
    })?
    .print();

    let mut rng = Rng(43);
    measure("session record (session)", |_| {
        Ok(journal.session(ACCOUNT, hash_of(rng.below(SESSIONS)))?.into_iter().count())
    })?
    .print();

    let alarms = vec![
        EntryKind::Event(Ev::NewLogin),
        EntryKind::Event(Ev::PasswordPendingLogin),
        EntryKind::Action(ActionKind::Terminated),
    ];
    let last_year = start() + chrono::Duration::days(365 * 2);
    measure("timeline: account+3 kinds+device+since, 100", |run| {
        let model = ["pixel", "redmi", "iphone", "macbook", "chrome"][run % 5];
        let filter = TimelineFilter {
            kinds: alarms.clone(),
            device: Some(model.into()),
            since: Some(last_year),
            limit: Some(100),
            ..TimelineFilter::account(ACCOUNT)
        };
        Ok(journal.timeline(&filter)?.len())
    })?
    .print();

    let middle =
        journal.timeline(&TimelineFilter { limit: Some(ENTRIES as u32 / 2), ..TimelineFilter::account(ACCOUNT) })?;
    let deep = middle.last().map(|e| e.id);
    measure("timeline page halfway back (before), 100", |_| {
        let filter = TimelineFilter { before: deep, limit: Some(100), ..TimelineFilter::account(ACCOUNT) };
        Ok(journal.timeline(&filter)?.len())
    })?
    .print();

    let began = Instant::now();
    let mut sink = std::io::sink();
    let exported = journal.export_csv(&TimelineFilter::account(ACCOUNT), &mut sink)?;
    println!("export_csv of all {exported} entries: {:.1} s", began.elapsed().as_secs_f64());

    let began = Instant::now();
    journal.check_integrity()?;
    println!("check_integrity: {:.1} s", began.elapsed().as_secs_f64());
    Ok(())
}
