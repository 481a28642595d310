# The Settings page (ui/settings.js).

## Alerts

settings-alerts-title = Alerts
settings-alerts-caption = Each kind raises a notification and turns the tray icon red until you have seen it.
# Switches, one per kind of alert: a label and a hint under it.
settings-alert-new-login = New logins
settings-alert-new-login-hint = A device logged in to your account.
settings-alert-unconfirmed-login = Logins waiting for confirmation
settings-alert-unconfirmed-login-hint = Telegram asks whether a new login was you.
# Someone typed the right login code but not the 2-step verification password.
settings-alert-password-pending-login = Right code, wrong password
settings-alert-password-pending-login-hint = Someone has your login code but not your 2-step password.
settings-alert-login-code-requested = Login codes nobody here asked for
settings-alert-login-code-requested-hint = Someone is trying your phone number.
settings-alert-session-ended = Sessions ended elsewhere
settings-alert-session-ended-hint = Another device ended one of your sessions.
settings-alert-our-session-ended = SessionGuard signed out
settings-alert-our-session-ended-hint = SessionGuard’s own session was ended from another device.
settings-alert-new-website = Websites logged in with Telegram
settings-alert-new-website-hint = A website can now act as you there.

## Rules

settings-rules-title = Rules
settings-rules-caption = SessionGuard applies these by itself the moment a new session appears, never to this device or a trusted session. Trust is for one login: a new login that looks like a trusted device is judged like any other. Telegram lets a device end others only 24 hours after it signed in; until then a rule says when it will act.
# Hint under the Lockdown switch (its label is the rule's name, Lockdown).
settings-rule-lockdown-hint = Terminate every new session you have not trusted.
settings-rule-unofficial = No unofficial apps
settings-rule-unofficial-hint = Terminate new sessions of apps Telegram did not make.
# A field for the countries new sessions may come from, separated by commas.
settings-countries = Allowed countries
# Placeholder of the empty countries field: the example names are separated by commas, as the person types them.
settings-countries-placeholder = Empty: any country. E.g. Germany, Austria
settings-countries-hint = New sessions from any other country are terminated. Names as the device list shows them.
# Button that saves a field (the allowed countries, or where alerts are sent).
settings-save = Save
settings-trusted-title = Trusted devices
settings-trusted-none = None yet. Open a session’s details on the Devices page to trust its device.
# A trusted device's name when its model is not known.
settings-trusted-unknown-device = Unknown device
# Under a trusted device's name. api_id is Telegram's technical name for the app's id: keep it as is.
# $app (String) - the app's name, e.g. "Telegram Desktop"
# $platform (String) - e.g. "Windows"
# $apiId (String) - the app's id, e.g. "2040"
settings-trusted-device = { $app } · { $platform } · api_id { $apiId }
# The same, for a device trusted by an older version of SessionGuard, before trust meant one login.
# $app (String) - the app's name
# $platform (String) - the platform
# $apiId (String) - the app's id
settings-trusted-device-unbound = { $app } · { $platform } · api_id { $apiId } · trusted before trust was bound to one login: it is bound at the next list, if that device is still signed in
# Button that stops trusting a device.
settings-trusted-remove = Remove

## Alerts off this computer (forwarding)

settings-forwarding-title = Alerts off this computer
settings-forwarding-caption = Also send every alert to your phone or a server, for when you are away from this desktop. The address or token is kept in your system keyring.
# What happened to the last alert sent (or the last test alert).
# $when (String) - its date and time
# $detail (String) - given by the agent, e.g. "delivered"
settings-forwarding-last = Last alert { $when }: { $detail }
settings-forwarding-last-test = Test alert { $when }: { $detail }
settings-forwarding-nothing-sent = Nothing sent yet.
# The test button, and what it says while it sends.
settings-forwarding-send-test = Send a test alert
settings-forwarding-sending = Sending…
# Button that stops sending alerts off this computer.
settings-forwarding-stop = Stop
# Label of the choice of where alerts go: first time, and when they already go somewhere.
settings-forwarding-kind = Send alerts to
settings-forwarding-kind-change = Send alerts somewhere else
# The choices. ntfy is the name of a push-notification service; JSON POST is technical, keep it.
settings-forwarding-kind-ntfy = An ntfy topic (push to your phone)
settings-forwarding-kind-telegram-bot = A Telegram bot chat
settings-forwarding-kind-webhook = A webhook (JSON POST)
# @BotFather is the name of Telegram's bot for making bots: keep it.
settings-forwarding-bot-token = Bot token (from @BotFather)
settings-forwarding-chat-id = Chat id
settings-forwarding-topic = Topic address
# Example in the empty topic field: an address at ntfy.sh whose last part is a long secret name (lowercase words joined by hyphens, no spaces).
settings-forwarding-topic-placeholder = https://ntfy.sh/a-long-secret-topic
settings-forwarding-hide-ips = Hide IP addresses
# 102.89.x.x is an example of an IP address with its last two parts hidden: keep it.
settings-forwarding-hide-ips-hint = Anyone who knows a public topic’s name can read it: only the first two parts of each address are sent (102.89.x.x).
settings-forwarding-webhook = Webhook address

## Accounts

settings-accounts-title = Accounts
# Label of the choice of Telegram's period after which idle sessions end; the choice ("1 month") follows it.
# $account (String) - the account's name as the window shows it
settings-ttl-label = End idle sessions of { $account } after
# Under each account's name.
settings-account-demo = A made-up account to try SessionGuard
settings-account-telegram = Telegram account; its key is in your system keyring
# Button that closes the made-up account, or signs out of a real one.
settings-account-close = Close
settings-account-sign-out = Sign out
settings-account-add = Add a Telegram account

## Start-up

settings-startup-title = Start-up
settings-autostart = Start guarding when I log in
settings-autostart-hint = The agent starts with your desktop session and waits in the tray; the window opens only when you want it.

## Language

settings-language-title = Language
settings-language-label = Language of SessionGuard
# The first choice: follow the computer's language.
settings-language-system = Same as the system
