# What the buttons say while they work: confirmations and toasts (ui/actions.js).
#
# Where a message chooses by { $count }, the variant [1] is for exactly one thing and names
# it (or says "this") instead of giving a number: keep [1] as it is and add your language's
# plural categories ([one], [few], [many]…) for the sentences with the number.

## Terminating one session

# Title of the dialog that asks before ending one session.
confirm-terminate-title = Terminate this session?
# Dialog text. $device: the device's name from Telegram ("Galaxy S24").
confirm-terminate-message = { $device } will be logged out of your Telegram account.
# Dialog text when the app or place is known. $device: the device's name from Telegram
# ("Galaxy S24"); $details: its app and place from Telegram ("Telegram Android 11.4 · 102.89.3.4 · Lagos, Nigeria").
confirm-terminate-message-details = { $device } ({ $details }) will be logged out of your Telegram account.
# Note under the dialog text.
confirm-terminate-note = Whoever uses that device will need your login code, and your password if you set one, to log in again.
# The dialog's button that ends the session(s); short.
confirm-terminate-button = Terminate
# Toast when the session had already ended before the person confirmed. $device: the device's name.
toast-session-already-gone = { $device } is no longer logged in.
# Toast when the session was ended. $device: the device's name from Telegram.
toast-session-logged-out = { $device } was logged out.

## Terminating several chosen sessions

# Title of the dialog that asks before ending the sessions chosen. $count: how many (at least 1).
confirm-terminate-many-title = { $count ->
    [1] Terminate this session?
   *[other] Terminate { $count } sessions?
}
# Dialog text. $devices: the devices' names as a list ("Galaxy S24, iPad and Chrome").
confirm-terminate-many-message = This logs out { $devices }.
# Note under the dialog text (also when terminating all other sessions).
confirm-terminate-devices-note = Those devices will need your login code, and your password if you set one, to log in again.
# Toast when the sessions were ended. $count: how many were ended; $device: the name of the
# first device chosen (said only when one was ended).
toast-sessions-logged-out = { $count ->
    [1] { $device } was logged out.
   *[other] { $count } sessions were logged out.
}

## Connected websites

# Title of the dialog that asks before logging Telegram out of one website. $domain: the website's address ("example.com").
confirm-website-title = Log out of { $domain }?
# Dialog text. $domain: the website's address ("example.com").
confirm-website-message = { $domain } will no longer be logged in with your Telegram.
# Dialog text when the website's bot is known. $domain: the website's address; $bot: its Telegram bot ("@ExampleBot").
confirm-website-message-bot = { $domain } ({ $bot }) will no longer be logged in with your Telegram.
# Note under the dialog text.
confirm-website-note = To use it again, you would log in with Telegram there once more.
# The dialog's button; short.
confirm-website-button = Log out
# Toast when the website was logged out. $domain: the website's address.
toast-website-logged-out = Logged out of { $domain }.
# Title of the dialog that asks before logging Telegram out of every website.
confirm-websites-title = Log out of all websites?
# Dialog text. $count: how many websites; $websites: their addresses as a list ("example.com and shop.example").
confirm-websites-message = { $count ->
    [one] This logs your Telegram out of { $count } website: { $websites }.
   *[other] This logs your Telegram out of { $count } websites: { $websites }.
}
# Note under the dialog text.
confirm-websites-note = To use one again, you would log in with Telegram there once more.
# The dialog's button; short.
confirm-websites-button = Log out of all
# Toast when the websites were logged out. $count: how many.
toast-websites-logged-out = { $count ->
    [one] Logged out of { $count } website.
   *[other] Logged out of { $count } websites.
}

## Secure my account

# Title of the dialog that asks before securing the account.
confirm-secure-title = Secure your account now?
# Dialog text; a list of the steps follows it.
confirm-secure-message = SessionGuard will:
# Note under the list of steps.
confirm-secure-note = Only this device stays logged in. Afterwards you will see what was done, and what is left for you: a 2-step password and a recovery email.
# The dialog's button; the same words as the "Secure my account" button.
confirm-secure-button = Secure my account

## 2-step verification

# Toast when 2-step verification was turned on.
toast-two-step-on = 2-step verification is on.
# Toast when the 2-step password was changed.
toast-two-step-changed = Your 2-step password was changed.
# Toast when 2-step verification was turned off.
toast-two-step-off = 2-step verification is off.
# Toast when a recovery email was set: Telegram sent a code to it.
toast-two-step-email = Check your email for the code.

## History

# Error shown when the agent gave an answer of the wrong kind (should not happen).
action-unexpected-answer = The agent answered with something else.
# Toast when "Export" is used in a web browser, where files cannot be saved.
toast-export-needs-app = Saving a file needs the SessionGuard app.
# Title of the system's save dialog.
action-export-title = Export the history
# File type in the system's save dialog.
action-export-csv = CSV (spreadsheets)
# Toast after exporting. $count: how many history entries were saved; $path: where the file is.
toast-exported = { $count ->
    [one] Saved { $count } entry to { $path }.
   *[other] Saved { $count } entries to { $path }.
}

## Signing out of an account

# Title of the dialog that asks before signing out. $account: the account's name or phone number.
confirm-sign-out-title = Sign out of { $account }?
# Dialog text. "Keyring": the system's password store.
confirm-sign-out-message = SessionGuard ends its own session with Telegram and deletes its key from your keyring. It stops guarding this account.
# Note under the dialog text.
confirm-sign-out-note = Your other devices stay logged in. You can sign in again at any time.
# The dialog's button; short.
confirm-sign-out-button = Sign out
# Toast when the demo account was closed.
toast-demo-closed = The demo account was closed.
# Toast after signing out.
toast-signed-out = Signed out. The key was deleted from your keyring.

## Terminating from an alert, and all other sessions

# Note in the terminate dialog opened from a new-login alert.
confirm-terminate-alert-note = If this login wasn’t you, also turn on 2-step verification in Telegram so a login code alone is not enough.
# Title of the dialog that asks before ending every session but this one.
confirm-terminate-others-title = Terminate all other sessions?
# Dialog text. $count: how many devices; $devices: their names as a list ("Galaxy S24, iPad and Chrome").
confirm-terminate-others-message = { $count ->
    [one] This logs out { $count } device: { $devices }. Only this device stays logged in.
   *[other] This logs out { $count } devices: { $devices }. Only this device stays logged in.
}
# The dialog's button; short. $count: how many devices it ends.
confirm-terminate-others-button = { $count ->
    [1] Terminate
   *[other] Terminate all
}
# Toast when the other sessions were ended. $count: how many; $device: the device's name
# (said only when there was one).
toast-others-logged-out = { $count ->
    [1] { $device } was logged out.
   *[other] { $count } devices were logged out.
}

## Recovery email

# Toast when the code to confirm the recovery email was sent again.
toast-recovery-code-resent = A new code is on its way.
# Toast when the person chose not to add a recovery email.
toast-recovery-cancelled = No recovery email was added.
# Toast when the recovery email was confirmed with its code.
toast-recovery-confirmed = Your recovery email is confirmed.

## A session's switches

# Toast after the "Trusted device" switch was turned on. $device: the device's name from Telegram.
toast-trusted = { $device } is a trusted device now.
# Toast after the "Trusted device" switch was turned off. $device: the device's name from Telegram.
toast-untrusted = { $device } is no longer trusted.

## Settings

# Toast after the "end inactive sessions after" setting was saved (it is kept by Telegram).
toast-saved-with-telegram = Saved with Telegram.
# Toast after alert forwarding was set to a web address or a Telegram chat.
toast-forwarding-on = Alerts will be forwarded there too.
# Toast after alert forwarding was turned off.
toast-forwarding-off = Alerts stay on this computer.
# Toast after a test alert was forwarded.
toast-test-alert-delivered = The test alert was delivered.
