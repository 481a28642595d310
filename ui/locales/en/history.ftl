# The History page (ui/history.js).

## Filters

# Choices of the "Show" filter above the timeline.
history-show-everything = Everything
history-show-logins = New logins
history-show-attempts = Login attempts
history-show-ended = Ended sessions
history-show-actions = What SessionGuard did
# Choices of the "Accounts" filter, shown when several accounts are signed in.
history-accounts-this = This account
history-accounts-all = All accounts
# Screen-reader name of the filter bar.
history-filters-label = Filter the history
# Labels of the filters (short: they sit side by side above the timeline).
history-filter-show = Show
history-filter-device = Device
# Placeholder of the empty device filter.
history-filter-device-any = Any device
# Start and end date of the time range shown.
history-filter-since = From
history-filter-until = Until
history-filter-accounts = Accounts
# Before the two export buttons (CSV, JSON).
history-export-note = Export what is shown:
# Export buttons: the names of the file formats, usually left as they are.
history-export-csv = CSV
history-export-json = JSON

## The timeline

history-loading = Reading the history…
history-empty-title = Nothing here yet
history-empty-text = SessionGuard writes down every login, attempt and ending it sees, from the moment it guards the account.
# The button at the foot of the timeline, and what it says while it loads.
history-show-older = Show older entries
history-loading-older = Loading…
# Titles of the days the timeline is grouped by (other days show the date itself).
history-day-unknown = Unknown date
history-day-today = Today
history-day-yesterday = Yesterday

## What each entry of the timeline is

history-kind-new-login = New login
history-kind-unconfirmed-login = New login, not confirmed yet
# Someone typed the right login code, but Telegram still asks them for the 2-step verification password.
history-kind-password-pending-login = Right login code, stopped at the 2-step password
history-kind-login-code-requested = Someone asked for a login code
history-kind-session-ended = Session ended
# SessionGuard's own Telegram session was ended from another device.
history-kind-our-session-ended = SessionGuard was signed out from another device
# A session SessionGuard or the person ended.
history-kind-terminated = Terminated
history-kind-terminated-others = All other sessions terminated
history-kind-confirmed = Login confirmed as you
# Telegram's setting for ending sessions that have been inactive for a while.
history-kind-ttl-changed = Inactive-session period changed
history-kind-settings-changed = Session settings changed
# An alert was sent off this computer (to a phone, bot or webhook).
history-kind-alert-forwarded = Alert forwarded
history-kind-new-website = Website logged in with Telegram
# The website's login ended (by itself or elsewhere).
history-kind-website-ended = Website logged out
# The person logged a website out from SessionGuard.
history-kind-website-logged-out = Logged out of a website
history-kind-websites-logged-out = Logged out of all websites
# “Secure my account” is the name of the button on the Checkup page; quote it as that button is translated.
history-kind-secured = Account secured (“Secure my account”)
# An entry's title with the device it is about.
# $kind (String) - what happened, one of the history-kind-* messages
# $device (String) - the device's name, e.g. "Galaxy S24"
history-entry-title-device = { $kind }: { $device }
# In an entry's details: who or what did it.
# $who (String) - given by the agent, e.g. "you", "lockdown", "another device"
history-entry-by = by { $who }
# Button beside an entry that opens the page of the session it is about.
history-open-session = Session

## One session's page

# Back to the whole timeline; the arrow points back (flip it in right-to-left languages).
history-back = ← All history
history-session-no-record = SessionGuard has no record of this session.
# Heading above the entries about this session.
history-session-everything = Everything about it
history-session-nothing = Nothing was recorded about it yet.
# Names of the facts about the session, in a two-column list.
history-record-app = App
history-record-system = System
history-record-place = IP and place
history-record-signed-in = Signed in
history-record-first-seen = First seen by SessionGuard
history-record-last-seen = Last seen
history-record-last-active = Last active
history-record-ended = Ended
# A fact that is not known (the app's name, the system, the IP and place).
history-record-unknown = unknown
# The app fact. api_id is Telegram's technical name for the app's id: keep it as is.
# $app (String) - the app's name and version, e.g. "Telegram Desktop 5.6"
# $apiId (String) - the app's id, e.g. "2040"
history-record-app-value = { $app } · api_id { $apiId }
# The app fact, for an app Telegram did not make.
# $app (String) - the app's name and version
# $apiId (String) - the app's id
history-record-app-value-unofficial = { $app } (unofficial) · api_id { $apiId }
# The ended fact, when it is known what ended the session.
# $when (String) - the date and time it ended
# $who (String) - given by the agent, what ended it
history-record-ended-by = { $when }, by { $who }
# Heading of the card when the device's model is not known.
history-record-unknown-device = Unknown device
# Tag beside the heading: the session no longer exists, still exists, or was not in the last list of sessions.
history-record-status-ended = Ended
history-record-status-active = Active
history-record-status-not-seen = Not seen lately
# Tag beside the heading of the session SessionGuard itself uses: the app's name.
history-record-tag-sessionguard = SessionGuard
# Under the heading.
# $when (String) - a short date, e.g. "12 Nov"
history-record-logged-in = Logged in { $when }
