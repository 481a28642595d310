# The checkup, 2-step verification and "Secure my account" (ui/checkup.js, ui/two_step.js, ui/secure.js).

## The Checkup page (ui/checkup.js)

# Where Telegram's own apps keep the 2-step verification settings: write it as Telegram's apps in your language name these menus. Used inside checkup-password-reset-text-*.
checkup-two-step-path = Settings → Privacy and Security → Two-Step Verification

# Each check is a title (how it stands) and a text under it (what it means).
checkup-two-step-unknown-title = 2-step verification: unknown
checkup-two-step-unknown-text = Telegram did not say whether a 2-step password is set. Check again later.
checkup-two-step-ok-title = 2-step verification is on
checkup-two-step-ok-text = A login code alone is not enough to get into your account.
checkup-two-step-off-title = Turn on 2-step verification
checkup-two-step-off-text = Without a 2-step password, anyone who gets one login code (an SMS, a phone left unlocked) is in.

checkup-recovery-email-ok-title = A recovery email is set
checkup-recovery-email-ok-text = You can reset your 2-step password if you forget it.
checkup-recovery-email-missing-title = Add a recovery email
checkup-recovery-email-missing-text = If you forget your 2-step password without one, the account can only be reset — and that waits 7 days.

checkup-password-reset-title = Someone asked to reset your 2-step password
# $time: the exact date and time of the reset ("Tuesday, 12 November 2024 at 14:05"); $path: checkup-two-step-path.
checkup-password-reset-text-at = The reset happens on { $time } unless you cancel it. If it was not you, cancel it now: { $path }.
# When the time of the reset is not known. $path: checkup-two-step-path.
checkup-password-reset-text-soon = The reset happens soon unless you cancel it. If it was not you, cancel it now: { $path }.

# $period: Telegram's period for ending idle sessions, in words ("1 week", "6 months", "1 year").
checkup-ttl-ok-title = Idle sessions end after { $period }
checkup-ttl-ok-text = A forgotten device does not stay logged in for long.
# $period: as in checkup-ttl-ok-title.
checkup-ttl-long-title = Idle sessions stay for { $period }
checkup-ttl-long-text = A forgotten phone or browser stays logged in that long. A shorter period ends such sessions sooner.

checkup-stale-ok-title = No forgotten sessions
checkup-stale-ok-text = Every other session was used in the last month.
# $count: how many other sessions were not used for over a month.
checkup-stale-title = { $count ->
    [one] { $count } session unused for over a month
   *[other] { $count } sessions unused for over a month
}
# $names: the devices' names ("Galaxy S24, Nicegram and 2 others"); one or more.
checkup-stale-text = { $names }. If you no longer use them, end them.

checkup-unofficial-ok-title = Only Telegram’s own apps
checkup-unofficial-ok-text = No session uses an app Telegram did not make.
# $count: how many sessions use an app Telegram did not make.
checkup-unofficial-title = { $count ->
    [one] { $count } session in an unofficial app
   *[other] { $count } sessions in an unofficial app
}
# $names: the devices' names ("Galaxy S24, Nicegram and 2 others"); one or more.
checkup-unofficial-text = { $names }. Unofficial apps see everything you do; end the ones you do not know or trust.

checkup-websites-unknown-title = Connected websites: unknown
checkup-websites-unknown-text = Telegram did not list the websites logged in with your account. Check again later.
checkup-websites-ok-title = No website is logged in with your Telegram
# “Log in with Telegram” is the name of Telegram's login button on websites.
checkup-websites-ok-text = No website can act as you through “Log in with Telegram”.
# $count: how many websites are logged in with the person's Telegram account.
checkup-websites-title = { $count ->
    [one] { $count } website logged in with your Telegram
   *[other] { $count } websites logged in with your Telegram
}
checkup-websites-text = Each can act as you on its site. Log out the ones you no longer use or do not know.

checkup-password-pending-ok-title = Nobody is stuck at your password
checkup-password-pending-ok-text = No session has the login code without the 2-step password.
checkup-password-pending-title = Someone has your login code
# $names: the name of the device (or devices) that entered the login code but not the password.
checkup-password-pending-text = { $names } entered the right code but not your 2-step password. End it, and change your password if you did not start it.

# Shown while the first checkup runs.
checkup-loading = Checking your account…
# The summary's headline when nothing needs the person.
checkup-summary-ok = Your account is well defended
# The summary's headline. $count: how many checks need the person (1 or more).
checkup-summary-findings = { $count ->
    [one] { $count } thing to look at
   *[other] { $count } things to look at
}
# Shown right after when the checkup ran ("5 minutes ago · checked by SessionGuard"); the time comes first, then a space, then this.
checkup-checked-by = · checked by SessionGuard
# The button that runs the checkup again, and what it says while it runs.
checkup-run-again = Check again
checkup-running = Checking…

checkup-limits-title = What no app can tell you
checkup-limits-text = A stolen session key looks exactly like the device it was stolen from: same name, same app. If something feels wrong, end the session and log in again on your own device. Ending a session logs it out, but only Telegram’s own apps also wipe the chats they saved on that device.

# The buttons that fix a check. $period: the shorter period in words ("1 week", "1 month").
checkup-fix-ttl = End them after { $period }
# Logs out the connected websites the check is about. $count: how many (0 when they are already gone; the button is then disabled).
checkup-fix-websites = { $count ->
    [one] Log it out
   *[other] Log out { $count }
}
# Terminates the sessions the check is about. $count: how many.
checkup-fix-terminate = { $count ->
    [one] Terminate it
   *[other] Terminate { $count }
}

## 2-step verification (ui/two_step.js)

# The strength meter's word for the new password as it is typed, from weakest to strongest.
two-step-strength-weak = Weak
two-step-strength-fair = Fair
two-step-strength-good = Good
two-step-strength-strong = Strong
two-step-strength-very-strong = Very strong

# What is wrong with the form, said under it before anything is sent.
two-step-problem-current-missing = Enter your current 2-step password.
# $count: the fewest characters a new password may have (8).
two-step-problem-too-short = { $count ->
    [one] The new password needs at least { $count } character.
   *[other] The new password needs at least { $count } characters.
}
two-step-problem-not-same = The two new passwords are not the same.
two-step-problem-hint-gives-away = The hint must not give the password away.
two-step-problem-email-missing = Enter the email address to recover the password with.
two-step-problem-email-invalid = That email address does not look right.

# Small buttons in the checkup's 2-step verification and recovery email rows.
two-step-button-turn-on = Turn on
two-step-button-change = Change
two-step-button-turn-off = Turn off
two-step-button-add-email = Add a recovery email

# The field for the code Telegram emailed to the new recovery email address.
two-step-email-code-title = Confirm your recovery email
# $digits: how many digits the code has (e.g. 6).
two-step-email-code-text = Telegram emailed a { $digits }-digit code to the address you gave. Enter it here.
two-step-email-code-label = Code
two-step-email-code-cancel = Use no recovery email
two-step-email-code-resend = Send the code again
two-step-email-code-confirm = Confirm

# The form's title and the text under it, for each thing it does.
two-step-on-title = Turn on 2-step verification
two-step-on-text = After the login code, Telegram will also ask for this password on every new device. Choose one you do not use anywhere else.
two-step-change-title = Change your 2-step password
two-step-change-text = Your other devices stay logged in. New logins will need the new password.
two-step-off-title = Turn off 2-step verification
two-step-off-text = A login code alone will then open your account. Only do this if you must.
two-step-email-title = Add a recovery email
two-step-email-text = If you forget the password, Telegram sends a reset code to this address.

# The form's field labels.
two-step-current-label = Current password
two-step-next-label = New password
# The meter's name for screen readers.
two-step-strength-label = Password strength
two-step-repeat-label = New password again
two-step-hint-label = Hint (optional)
two-step-email-optional-label = Recovery email (optional)
two-step-email-label = Recovery email

# The form's buttons; "Saving…" replaces the label while the agent works.
two-step-form-cancel = Cancel
two-step-form-save = Save
# The button that sends the form when it turns 2-step verification off.
two-step-form-turn-off = Turn off
two-step-form-saving = Saving…

## "Secure my account" (ui/secure.js)

# The steps the confirmation lists before anything is done; each is one line of a list, without a full stop.
# $count: how many other sessions; $time: the exact date and time Telegram's 24-hour rule lets this device end them ("Tuesday, 12 November 2024 at 14:05").
secure-step-end-sessions-at = { $count ->
    [one] End { $count } other session at { $time }, the moment Telegram allows this device to
   *[other] End { $count } other sessions at { $time }, the moment Telegram allows this device to
}
# $count: how many other sessions.
secure-step-end-sessions-now = { $count ->
    [one] End { $count } other session now
   *[other] End { $count } other sessions now
}
# $count: how many connected websites.
secure-step-log-out-websites = { $count ->
    [one] Log out of { $count } connected website
   *[other] Log out of { $count } connected websites
}
secure-step-lockdown = Turn lockdown on: a new login that is not a trusted device is ended as it appears

# The button under this device, and what it says while it works.
secure-button = Secure my account…
secure-button-securing = Securing your account…

# What "Secure my account" did, one line each, until closed.
# $count: how many other sessions were ended.
secure-report-sessions-ended = { $count ->
    [one] { $count } other session ended.
   *[other] { $count } other sessions ended.
}
# $count: how many other sessions wait for Telegram's 24-hour rule; $time: the exact date and time they will be ended ("Tuesday, 12 November 2024 at 14:05").
secure-report-sessions-waiting = { $count ->
    [one] { $count } other session will be ended at { $time }: Telegram lets a device that signed in less than 24 hours ago end others only then. SessionGuard does it by itself; until then, end them from an older device if you can.
   *[other] { $count } other sessions will be ended at { $time }: Telegram lets a device that signed in less than 24 hours ago end others only then. SessionGuard does it by itself; until then, end them from an older device if you can.
}
# $count: how many connected websites were logged out.
secure-report-websites-ended = { $count ->
    [one] Logged out of { $count } website.
   *[other] Logged out of { $count } websites.
}
secure-report-lockdown-on = Lockdown is on: any new login that is not a trusted device is ended as it appears.
secure-report-to-do-two-step = Now set a 2-step verification password and a recovery email, so a login code alone can never open your account again.
secure-report-to-do-recovery-email = Now add a recovery email to your 2-step password, so you can reset it if you forget it.
secure-report-nothing-to-do = Nothing needed doing: no other session, no website, and lockdown was already on.
# The report's headline: everything done, or something still waits (for Telegram's 24-hour rule) or failed.
secure-report-title-done = Your account is secured
secure-report-title-waits = Your account is being secured
secure-report-close = Close
# The button that opens the 2-step verification form for what is left to do.
secure-report-next-two-step = Set a 2-step password
secure-report-next-recovery-email = Add a recovery email
# "History" is the name of the History page.
secure-report-kept-in-history = This is kept in History.
