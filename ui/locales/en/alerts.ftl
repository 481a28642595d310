# What the window's alert banners say (ui/format.js).
#
# A banner has a title (one sentence, the headline) and a detail (advice under it).
# $login is always a summary of the device from the agent's data, its parts joined by " · ":
# "Galaxy S24 · Telegram Android 11.4 · Lagos, Nigeria · 102.89.3.4".
# $reason and $error come from the agent as they are (the agent's own words).

## Rules that acted on a new login

# The rules' names, as the subject of the sentences below and as a label on the Settings page.
alert-rule-lockdown = Lockdown
alert-rule-unofficial-app = The no-unofficial-apps rule
alert-rule-country-not-allowed = The allowed-countries rule
# $rule: one of the rules' names above.
alert-rule-terminated-title = { $rule } terminated a new login: { $login }
# $reason: why the rule ended it, from the agent, e.g. "lockdown is on and it is not a trusted device".
alert-rule-terminated-detail = It was ended the moment it appeared: { $reason }.
# $rule: one of the rules' names above.
alert-rule-deferred-title = { $rule } will terminate a new login: { $login }
# $reason: why the rule will end it (from the agent, a sentence without its full stop). $when: the date and time in UTC, "2026-12-02 10:00 UTC".
alert-rule-deferred-detail = { $reason }. Telegram lets this device end sessions only from { $when }; if it is not you, end it from an older device now.
# $rule: one of the rules' names above.
alert-rule-failed-title = { $rule } could not terminate a new login: { $login }
# $reason: why the rule tried to end it (from the agent, without its full stop). $error: what Telegram answered (from the agent).
alert-rule-failed-detail = { $reason }, but Telegram refused: { $error }. Terminate it yourself if it is not you.
# A login the rules let be. $reason: why, from the agent, e.g. "Nigeria is on the allowed list".
alert-rule-spared-detail = No rule ended it: { $reason }.

## Joining the detail's sentences

# Shown before the detail when the event happened while the agent was not running.
alert-while-away = This happened while SessionGuard was not running.
# Two sentences of a banner's detail one after the other (alert-while-away and the advice; the advice and alert-rule-spared-detail).
alert-two-sentences = { $first } { $second }

## Events

# The "lead" messages are set in bold: each title must begin with exactly the words of its lead.
alert-new-login-lead = New login:
alert-new-login-title = New login: { $login }
alert-new-login-title-unknown = New login to your account
alert-new-login-detail = If this wasn’t you, terminate the session and turn on 2-step verification.
alert-unconfirmed-login-lead = Unconfirmed login:
alert-unconfirmed-login-title = Unconfirmed login: { $login }
alert-unconfirmed-login-title-unknown = Unconfirmed login to your account
alert-unconfirmed-login-detail = Telegram is waiting for you to confirm this login. If it wasn’t you, terminate it now.
alert-password-pending-title = Someone entered the right login code but not your 2-step password
# Starts with the device's summary as a sentence of its own.
alert-password-pending-detail = { $login }. Your password is holding them back: terminate this session and change your password.
alert-password-pending-detail-unknown = Your password is holding them back: terminate the session and change your password.
alert-login-code-requested-title = Someone requested a login code for your account
# "Settings → Privacy and Security → Two-Step Verification" is the path in Telegram's own menus: use the names Telegram shows in this language.
alert-login-code-requested-detail = Never share the code with anyone. Turn on 2-step verification in Telegram: Settings → Privacy and Security → Two-Step Verification.
alert-session-ended-lead = Session ended:
alert-session-ended-title = Session ended: { $login }
alert-session-ended-title-unknown = A session was ended
alert-session-ended-detail = This device is no longer logged in to your account.
alert-our-session-ended-title = SessionGuard was signed out of your account
alert-our-session-ended-detail = Its session was ended from another device, so it is not guarding now. Sign in again to keep guarding.
# For websites, $login is the website's summary (its domain, browser, place).
alert-new-website-lead = Website logged in with your Telegram:
alert-new-website-title = Website logged in with your Telegram: { $login }
alert-new-website-title-unknown = A website was logged in with your Telegram
alert-new-website-detail = It can act as you on that website. If it wasn’t you, log it out.
alert-website-ended-lead = Website logged out:
alert-website-ended-title = Website logged out: { $login }
alert-website-ended-title-unknown = A website was logged out
