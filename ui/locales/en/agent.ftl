# The agent's words: notifications, the tray menu, and the History page's sentences about
# who did what (crates/agent). Notifications are plain text: no markup.

## Notifications (crates/agent/src/alerts/alert_text.rs, notifier.rs)

notify-new-login-title = New login to your Telegram
notify-unconfirmed-login-title = New login to your Telegram — is this you?
notify-unconfirmed-login-advice = If it is not you, terminate it now.
notify-password-pending-title = Someone has your Telegram login code
notify-password-pending-advice = They entered the right code but not your 2-step password. Terminate it and change your password.
notify-code-requested-title = Someone asked for a login code for your number
notify-code-requested-advice = If this was not you, do not share the code with anyone, and turn on 2-step verification.
notify-our-session-ended-title = SessionGuard was signed out of your Telegram
notify-our-session-ended-advice = Its session was ended from another device, so it is not guarding now. Open SessionGuard to sign in again.
notify-session-ended-title = A session of your Telegram was ended elsewhere
notify-session-ended-advice = Another device ended it. If that was not you, check your devices and your 2-step password.
notify-new-website-title = A website was logged in with your Telegram
notify-new-website-advice = It can act as you on that website. If it is not you, log it out.
# $account: the account's name ("Demo account", the person's name on Telegram).
notify-account = Account: { $account }
# $reason: why the rules let a new login be, e.g. "Nigeria is on the allowed list".
notify-spared = No rule ended it: { $reason }.
notify-while-away = This happened while SessionGuard was not running.
# Shown in a line of details after the app's name: "Telegram X 1.2 · unofficial app".
notify-unofficial-app = unofficial app
notify-ip = IP { $ip }
# One notification for many alerts at once.
notify-burst-logins-title = { $count ->
    [one] { $count } new login to your Telegram
   *[other] { $count } new logins to your Telegram
}
notify-burst-alerts-title = { $count ->
    [one] { $count } new alert from SessionGuard
   *[other] { $count } new alerts from SessionGuard
}
# After the first five devices of a burst.
notify-burst-more = and { $count } more.
notify-burst-advice = Open SessionGuard to see them all and terminate what is not you.
# $rule: a rule's name (journal-rule-…).
notify-rule-terminated-title = SessionGuard terminated a new login ({ $rule })
notify-rule-terminated-advice = It was ended at once: { $reason }.
notify-rule-deferred-title = New login to your Telegram: { $rule } will terminate it
# $at: a date and time in UTC, "2026-12-01 14:05 UTC".
notify-rule-deferred-advice = { $reason }. Telegram lets this device end sessions only from { $at } (24 hours after it signed in); until then, end it from an older device if it is not you.
notify-rule-failed-title = New login to your Telegram: { $rule } could not terminate it
# $error: Telegram's refusal, in English from the server.
notify-rule-failed-advice = { $reason }, but Telegram refused: { $error }. Terminate it yourself if it is not you.
# When a button pressed on a notification did not work.
notify-refused-confirm-title = SessionGuard could not confirm that login
notify-refused-terminate-title = SessionGuard could not terminate that login
notify-refused-body = { $error }. The alert still waits in SessionGuard's window.

## A notification's buttons (short)

notify-button-its-me = It's me
notify-button-terminate = Terminate
notify-button-secure = Secure my account
notify-button-open = Open SessionGuard

## The tray icon's tooltip and menu (crates/agent/src/desktop/tray_menu.rs)

tray-keyring-locked = SessionGuard: your account is saved but the keyring is locked — unlock it
tray-signed-out = SessionGuard: not signed in
tray-guarding-one = SessionGuard is guarding your Telegram account
tray-guarding-many = SessionGuard is guarding { $count } Telegram accounts
tray-alerts = { $count ->
    [one] { $count } alert
   *[other] { $count } alerts
}
tray-alerts-need-you = { $count ->
    [one] SessionGuard: { $count } alert needs you
   *[other] SessionGuard: { $count } alerts need you
}
# $alerting: "Account b: 1 alert; Account c: 2 alerts".
tray-alerting-accounts = SessionGuard — { $alerting }
# $account: the account's name; $alerts: tray-alerts.
tray-account-alerts = { $account }: { $alerts }
tray-open = Open SessionGuard
tray-terminate-others = Terminate all other sessions
tray-terminate-others-of = Terminate all other sessions of { $account }
tray-secure = Secure my account…
tray-secure-of = Secure my account… of { $account }
tray-quit = Quit SessionGuard

## Who did what, as History says it (crates/agent/src/history/words.rs, mod.rs)

# A rule's name inside a sentence ("terminated by lockdown").
journal-rule-lockdown = lockdown
journal-rule-unofficial-app = no unofficial apps
journal-rule-country-not-allowed = allowed countries
# $rule: journal-rule-… (or a rule this version no longer knows, by its stored name).
journal-by-rule = the { $rule } rule
journal-by-you = you
journal-ended-by-us = you, from SessionGuard
journal-ended-by-inactivity = Telegram, after a long inactivity
journal-ended-elsewhere = another device
journal-ended-unknown = unknown (it ended while SessionGuard was not running)
journal-ttl-changed = { $days ->
    [one] sessions inactive for { $days } day now end by themselves
   *[other] sessions inactive for { $days } days now end by themselves
}
journal-secret-chats-on = secret chats on
journal-secret-chats-off = secret chats off
journal-calls-on = calls on
journal-calls-off = calls off
# $target: where alerts are forwarded ("ntfy.sh"); $detail: how it went ("Delivered (1 try)").
journal-forwarded = { $target }: { $detail }
journal-forward-failed = { $target }: failed — { $detail }
journal-websites = { $count ->
    [one] { $count } website
   *[other] { $count } websites
}
journal-two-step-on = 2-step verification turned on
journal-two-step-changed = 2-step verification password changed
journal-two-step-off = 2-step verification turned off
journal-recovery-email-given = recovery email given; it waits for its emailed code
journal-recovery-email-confirmed = recovery email confirmed
# What "Secure my account" did, joined with "; ".
journal-secured-sessions-ended = { $count } other sessions ended
journal-secured-sessions-waiting = { $count } sessions to end at { $at } (Telegram's 24-hour rule)
journal-secured-websites = { $count ->
    [one] { $count } website logged out
   *[other] { $count } websites logged out
}
journal-secured-lockdown = lockdown on
journal-secured-to-do-two-step = still to do: a 2-step verification password
journal-secured-to-do-email = still to do: a recovery email
journal-secured-nothing = nothing needed doing

## Errors whose code says it all (crates/agent/src/words/errors.rs). Lower case, no full
## stop: the window and the command line put them inside their own sentences.

error-session-not-found = that session has already ended
error-website-not-found = that website is already logged out
error-current-session = that is the session SessionGuard itself uses; end it by signing out
# $at: a date and time in UTC, "2026-12-02 10:00 UTC".
error-fresh-session = Telegram allows this from { $at } (a session younger than 24 hours cannot end others)
# The window adds how long to wait: "(try again in 42 s)".
error-flood-wait = Telegram asks us to wait before trying again
error-network = cannot reach Telegram; check this computer's connection
error-signed-out = this account is signed out
error-api-credentials-invalid = the api_id and api_hash are not valid; copy them again from my.telegram.org
error-phone-invalid = Telegram does not know that phone number; include the country code, e.g. +49
error-sign-up-required = this number has no Telegram account yet; create one in a Telegram app first
error-code-invalid = that code is not right; check the latest code Telegram sent
error-code-expired = that code has expired; ask for a new one
error-password-invalid = that 2-step verification password is not right
error-email-invalid = that email address is not valid
error-email-code-invalid = that code is not right; check the latest email from Telegram
