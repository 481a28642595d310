//! The vault against a real Secret Service (gnome-keyring, unlocked, on the private
//! session bus that tests/desktop.sh provides), and with no Secret Service at all.

use sessionguard_telegram::secret::Sensitive;
use sessionguard_telegram::vault::{AUTH_KEY_BYTES, AccountSecrets, Vault, VaultError};

fn secrets() -> AccountSecrets {
    let mut key = [0u8; AUTH_KEY_BYTES];
    for (i, b) in key.iter_mut().enumerate() {
        *b = (i * 13 % 256) as u8;
    }
    AccountSecrets {
        dc_id: 4,
        user_id: 987_654_321,
        auth_key: Sensitive::new(key),
        api_id: 2040,
        api_hash: Sensitive::new("0123456789abcdef0123456789abcdef".into()),
    }
}

#[test]
#[ignore = "needs the private desktop's Secret Service: run through tests/desktop.sh"]
fn secrets_round_trip_through_the_real_secret_service() {
    let store = Vault::system_store().expect("the Secret Service is running");
    let vault = Vault::new(store, format!("e2e-{}", std::process::id()));
    vault.delete().expect("start clean");
    assert!(vault.load().expect("load nothing").is_none());
    vault.save(&secrets()).expect("save");
    assert_eq!(vault.load().expect("read back"), Some(secrets()));

    // The same item as any other keyring client sees it, under our service name.
    let listed = std::process::Command::new("secret-tool")
        .args(["search", "service", sessionguard_telegram::vault::KEYRING_SERVICE])
        .output();
    if let Ok(out) = listed {
        let text = String::from_utf8_lossy(&out.stdout);
        if out.status.success() {
            assert!(text.contains(sessionguard_telegram::vault::KEYRING_SERVICE), "{text}");
        }
    }

    vault.delete().expect("delete");
    assert!(vault.load().expect("load after delete").is_none());
}

#[test]
#[ignore = "needs the private desktop: run through tests/desktop.sh"]
fn no_secret_service_is_a_clear_error_and_no_file() {
    // In a child process whose session bus does not exist.
    let out = std::process::Command::new(std::env::current_exe().expect("test binary"))
        .args(["--ignored", "--exact", "child_without_a_secret_service", "--nocapture"])
        .env("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus")
        .env("SG_CHILD", "1")
        .output()
        .expect("run the child");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{stdout}{}", String::from_utf8_lossy(&out.stderr));
    assert!(stdout.contains("1 passed"), "{stdout}");
}

#[test]
#[ignore = "run by no_secret_service_is_a_clear_error_and_no_file"]
fn child_without_a_secret_service() {
    if std::env::var_os("SG_CHILD").is_none() {
        return;
    }
    let error = Vault::system_store().map(|store| Vault::new(store, "nobody").load());
    let message = match error {
        Err(e) | Ok(Err(e)) => {
            assert!(matches!(e, VaultError::NoKeyring(_) | VaultError::Keyring(_)), "{e:?}");
            e.to_string()
        }
        Ok(Ok(found)) => panic!("a keyring answered with no session bus: {found:?}"),
    };
    assert!(message.contains("never in a file"), "{message}");
}

/// Windows: the same round trip through the Credential Manager (run under wine in CI).
#[cfg(windows)]
#[test]
fn secrets_round_trip_through_the_credential_manager() -> Result<(), VaultError> {
    let vault = Vault::new(Vault::system_store()?, format!("wine-{}", std::process::id()));
    vault.delete()?;
    assert!(vault.load()?.is_none());
    vault.save(&secrets())?;
    assert_eq!(vault.load()?, Some(secrets()));
    vault.delete()?;
    assert!(vault.load()?.is_none(), "deleted");
    Ok(())
}
