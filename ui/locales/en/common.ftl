# Words shared by the whole window, and the language's own name and direction.

# The language's name in itself, as the language menu lists it.
language-name = English
# ltr or rtl: how the window and the notifications are laid out.
language-direction = ltr

## Times (ui/format.js)

# A moment less than a minute ago (also a date a little in the future).
time-just-now = just now
time-minutes-ago = { $count ->
    [one] { $count } minute ago
   *[other] { $count } minutes ago
}
time-hours-ago = { $count ->
    [one] { $count } hour ago
   *[other] { $count } hours ago
}
time-yesterday = yesterday
# Another device's last activity, when it was active in the last 5 minutes; also this device's.
time-online = online
# Under a device. $when: time-just-now, time-minutes-ago, time-hours-ago, time-yesterday, or a short date ("12 Nov").
time-signed-in = Signed in { $when }
# When the device list was last read. $when: as in time-signed-in.
time-updated = Updated { $when }
# Tooltip on this device's "online".
time-this-device = This device

## Countdowns (ui/format.js): how long until something is allowed, kept short

countdown-less-than-a-minute = less than a minute
# "d" is short for days, "h" for hours, "min" for minutes. The countdowns below are used in the sentences that follow ("You can end other sessions in 3 h 12 min").
countdown-days = { $days } d
countdown-days-hours = { $days } d { $hours } h
countdown-hours = { $hours } h
countdown-hours-minutes = { $hours } h { $minutes } min
countdown-minutes = { $minutes } min
# $wait: a countdown ("3 h 12 min", "less than a minute").
time-can-end-sessions-in = You can end other sessions in { $wait }
# $wait: a countdown ("3 h 12 min", "less than a minute").
time-retry-in = Telegram allows another try in { $wait }.
time-retry-now = You can try again now.
# On the sign-in screen's link. $wait: minutes and seconds as a clock, "0:42".
time-resend-in = Send the code another way in { $wait }
time-resend-now = Send the code another way
# Under the sign-in QR code. $wait: minutes and seconds as a clock, "0:42".
time-qr-expiry-in = A new code comes in { $wait }
time-qr-expiry-now = Getting a new code…
# An error from Telegram or the agent, with how long Telegram asks to wait. $message: the error, from the agent; $wait: a countdown ("3 h 12 min").
error-try-again-in = { $message } (try again in { $wait })

## Periods (ui/format.js): how long idle sessions last before Telegram ends them, e.g. in "End them after 6 months"

period-years = { $count ->
    [one] { $count } year
   *[other] { $count } years
}
period-months = { $count ->
    [one] { $count } month
   *[other] { $count } months
}
period-weeks = { $count ->
    [one] { $count } week
   *[other] { $count } weeks
}
period-days = { $count ->
    [one] { $count } day
   *[other] { $count } days
}

## Lists of names (ui/format.js): "Galaxy S24, Nicegram and 2 others"

# Adds one more name to a list, before the last one. $list: the names so far ("Galaxy S24"); $item: the next name.
list-comma = { $list }, { $item }
# The last name of a list. $list: the names before it ("Galaxy S24, Nicegram"); $last: the last name.
list-and = { $list } and { $last }
# A list too long to name everything. $list: the first names ("Galaxy S24, Nicegram, iPad, Desktop"); $count: how many more.
list-and-others = { $list } and { $count ->
    [one] { $count } other
   *[other] { $count } others
}

## Devices

# A device's name when Telegram tells neither its model nor its app.
device-unknown = Unknown device

## Buttons and errors of the whole window

button-try-again = Try again
# On the button while it works.
button-trying-again = Trying again…
button-dismiss = Dismiss
button-cancel = Cancel
# Screen-reader label of the × button on a message at the bottom of the window.
button-dismiss-message = Dismiss message
error-no-app = This page only works inside the SessionGuard app.
error-unexpected = Something unexpected went wrong.
# The agent (SessionGuard's background program) answered a request with the wrong kind of answer.
error-wrong-answer = The agent answered with something else.

## The window's frame (ui/render.js)

# Labels of the small tag next to the demo account's name.
appbar-demo = Demo
appbar-demo-tooltip = A made-up account for trying SessionGuard out
# Under the app's name while on the sign-in screen.
appbar-adding-account = Adding an account
appbar-not-signed-in = Not signed in
appbar-sign-in = Sign in to Telegram
# Screen-reader label of the refresh button (an icon).
appbar-refresh-label = Refresh the device list
appbar-refresh-tooltip = Refresh
# Screen-reader label of the row of account buttons.
appbar-accounts = Accounts
# Screen-reader label of the red number on an account's button: its alerts not yet acknowledged.
appbar-account-alerts = { $count ->
    [one] { $count } alert
   *[other] { $count } alerts
}
# Screen-reader label of the row of page tabs.
nav-pages = Pages
nav-devices = Devices
nav-history = History
nav-checkup = Checkup
nav-settings = Settings

## Whole-window states (ui/render.js)

window-connecting = Connecting to the SessionGuard agent…
window-error-title = Something went wrong
window-error-unreadable = The SessionGuard agent sent an answer the window could not read.
window-error-no-account = The agent guards no account and offers no sign-in.
window-devices-failed = Could not load your devices
window-devices-loading = Loading your devices from Telegram…
window-unreachable-title = The SessionGuard agent is not running
window-unreachable-text = The agent watches your account in the background. Without it this window cannot show your devices or end them.
window-unreachable-retry = Retry
# On the Retry button while it works.
window-unreachable-starting = Starting the agent…
