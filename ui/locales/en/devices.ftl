# The devices page and connected websites (ui/devices.js, ui/websites.js).

## The devices page: this device and "terminate all other sessions"

# Tooltip of the terminate buttons while Telegram does not yet let this (newly logged-in)
# device end other sessions. $when: an exact local date and time ("Tuesday, 12 November 2024 at 14:05").
devices-locked-title = Telegram lets this device end other sessions from { $when }
# The button under this device's card, while it works.
devices-terminating-others = Terminating other sessions…
# The button under this device's card.
devices-terminate-others = Terminate all other sessions
# Heading of the group with the session SessionGuard itself uses.
devices-this-device = This device
# Shown instead of this device when Telegram's list marks no session as the current one.
devices-no-current = Telegram did not mark any session as this one.
# Caption under the "Terminate all other sessions" button.
devices-terminate-others-caption = Logs out all devices except for this one.
# Heading of the group with every other session (a number of sessions follows it in a badge).
devices-active-sessions = Active sessions

## A session's row

# Red tag beside a device's name; short.
devices-tag-password-pending = Password not entered
# Tooltip of the "Password not entered" tag.
devices-tag-password-pending-title = Logged in with the code, but the 2-step verification password was not entered yet
# Yellow tag beside a device's name; short.
devices-tag-unconfirmed = Unconfirmed
# Tooltip of the "Unconfirmed" tag.
devices-tag-unconfirmed-title = Telegram has not confirmed this login yet
# Green tag beside a device's name; short.
devices-tag-trusted = Trusted
# Tooltip of the "Trusted" tag.
devices-tag-trusted-title = You trust this device: rules never end it
# Grey tag beside a session's app (also on alert banners); short.
devices-unofficial-app = Unofficial app
# Tooltip of the "Unofficial app" tag.
devices-unofficial-app-title = Not one of Telegram’s own apps
# Link button that opens a session's details.
devices-details = Details
# Link button that closes a session's details.
devices-hide-details = Hide details
# Small button that ends a session (rows and alert banners); short.
devices-terminate = Terminate
# The "Terminate" button while it works; short.
devices-terminating = Ending…
# Screen-reader label of a "Terminate" button. $device: the device's name from Telegram ("Galaxy S24").
devices-terminate-session-label = Terminate the session on { $device }

## A session's details

# Term in the details list; its value is an exact date and time.
devices-fact-signed-in = Signed in
# Term in the details list; its value is an exact date and time, or "now".
devices-fact-last-active = Last active
# Term in the details list; its value is the app, its version and its api_id.
devices-fact-app = App
# Term in the details list; its value is the operating system.
devices-fact-system = System
# Term in the details list; its value is the IP address and the region and country.
devices-fact-place = IP and place
# A value in the details list when Telegram did not say it (lowercase).
devices-fact-unknown = unknown
# The "Last active" value of this device (lowercase).
devices-fact-now = now
# The "App" value. $app: the app and version from Telegram ("Telegram Desktop 5.8"), or the
# word "unknown"; $apiId: Telegram's id of the app (a number, kept as it is). "api_id" is a technical name: keep it.
devices-fact-app-value = { $app } · api_id { $apiId }
# The "App" value for an app that is not one of Telegram's own. Variables as above.
devices-fact-app-value-unofficial = { $app } (unofficial) · api_id { $apiId }
# In the details of this device instead of its switches.
devices-current-note = This is SessionGuard itself. Sign out from Settings to end it.
# Switch in a session's details: whether it may receive secret chats.
devices-accept-secret-chats = Accept secret chats
# Switch in a session's details: whether it may receive calls.
devices-accept-calls = Accept calls
# Switch in a session's details: the person trusts this device.
devices-trusted-device = Trusted device
# Hint under the "Trusted device" switch. Lockdown, allowed countries and unofficial apps are the names of SessionGuard's rules.
devices-trusted-device-hint = Rules (lockdown, allowed countries, unofficial apps) never end it, even after it logs in again.
# Link in a session's details to the History page filtered to this session.
devices-session-history = History of this session

## No other sessions

devices-empty-title = No other devices are logged in
devices-empty-text = SessionGuard keeps watching and tells you the moment a new device logs in.

## Waiting until this device may end other sessions

# Under a countdown ("3 h 12 min") that says how long until this device may end other sessions.
devices-lock-notice = Telegram lets a newly logged-in device end other sessions only after it has been logged in for a while.

## The list could not be refreshed

# Title of the notice when the last refresh failed; the agent's error message follows.
devices-error-title = The list may be out of date
# Button of that notice.
devices-try-again = Try again

## Footer

# $period: Telegram's inactivity period in words ("6 months", "1 year").
devices-ttl-note = Telegram ends sessions inactive for { $period } by itself.

## Alert banners on the devices page

# Screen-reader label of the list of alert banners.
devices-alerts-label = Security alerts
# The acknowledge button of a banner while it works; short.
devices-alert-saving = Saving…
# The acknowledge button of a banner that needs no answer (a session ended, a rule acted); short.
devices-alert-ok = OK
# The acknowledge button of a banner about a new login: the person says the login was theirs; short.
devices-alert-its-me = It's me

## Connected websites

# "Chrome 131 on Windows". $browser and $platform come from Telegram as they are.
websites-browser-on-platform = { $browser } on { $platform }
# Heading of the websites group (a number of websites follows it in a badge).
websites-title = Connected websites
websites-empty = No website is logged in with your Telegram.
# The button under the list of websites, while it works.
websites-logging-out-all = Logging out of every website…
# The button under the list of websites.
websites-log-out-all = Log out of all websites
# Caption under the websites group. “Log in with Telegram” is the name of Telegram's button on websites.
websites-caption = Websites where you used “Log in with Telegram”. Each can act as you on that site until you log it out.
# Screen-reader label of a website's "Log out" button (rows and alert banners). $domain: the website ("example.com").
websites-log-out-of = Log out of { $domain }
# Small button that logs a website out (rows and alert banners); short.
websites-log-out = Log out
# The "Log out" button while it works; short.
websites-logging-out = Logging out…
