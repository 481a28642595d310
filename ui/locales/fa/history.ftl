# The History page (ui/history.js).

## Filters

# Choices of the "Show" filter above the timeline.
history-show-everything = همه
history-show-logins = ورودهای جدید
history-show-attempts = تلاش‌های ورود
history-show-ended = نشست‌های پایان‌یافته
history-show-actions = کارهای SessionGuard
# Choices of the "Accounts" filter, shown when several accounts are signed in.
history-accounts-this = این حساب
history-accounts-all = همهٔ حساب‌ها
# Screen-reader name of the filter bar.
history-filters-label = فیلتر تاریخچه
# Labels of the filters (short: they sit side by side above the timeline).
history-filter-show = نمایش
history-filter-device = دستگاه
# Placeholder of the empty device filter.
history-filter-device-any = هر دستگاهی
# Start and end date of the time range shown.
history-filter-since = از
history-filter-until = تا
history-filter-accounts = حساب‌ها
# Before the two export buttons (CSV, JSON).
history-export-note = خروجی از موارد نمایش‌داده‌شده:
# Export buttons: the names of the file formats, usually left as they are.
history-export-csv = CSV
history-export-json = JSON

## The timeline

history-loading = در حال خواندن تاریخچه…
history-empty-title = هنوز چیزی اینجا نیست
history-empty-text = SessionGuard از لحظه‌ای که از حساب محافظت می‌کند، هر ورود، تلاش و پایان نشستی را که می‌بیند ثبت می‌کند.
# The button at the foot of the timeline, and what it says while it loads.
history-show-older = نمایش موارد قدیمی‌تر
history-loading-older = در حال بارگیری…
# Titles of the days the timeline is grouped by (other days show the date itself).
history-day-unknown = تاریخ نامشخص
history-day-today = امروز
history-day-yesterday = دیروز

## What each entry of the timeline is

history-kind-new-login = ورود جدید
history-kind-unconfirmed-login = ورود جدید، هنوز تأیید نشده
# Someone typed the right login code, but Telegram still asks them for the 2-step verification password.
history-kind-password-pending-login = کد ورود درست، متوقف پشت رمز دو مرحله‌ای
history-kind-login-code-requested = کسی کد ورود درخواست کرد
history-kind-session-ended = نشست پایان یافت
# SessionGuard's own Telegram session was ended from another device.
history-kind-our-session-ended = SessionGuard از دستگاهی دیگر از حساب خارج شد
# A session SessionGuard or the person ended.
history-kind-terminated = پایان داده شد
history-kind-terminated-others = به همهٔ نشست‌های دیگر پایان داده شد
history-kind-confirmed = ورود از طرف شما تأیید شد
# Telegram's setting for ending sessions that have been inactive for a while.
history-kind-ttl-changed = دورهٔ پایان نشست‌های غیرفعال تغییر کرد
history-kind-settings-changed = تنظیمات نشست تغییر کرد
# An alert was sent off this computer (to a phone, bot or webhook).
history-kind-alert-forwarded = هشدار فرستاده شد
history-kind-new-website = وب‌سایتی با Telegram وارد شد
# The website's login ended (by itself or elsewhere).
history-kind-website-ended = وب‌سایت از حساب خارج شد
# The person logged a website out from SessionGuard.
history-kind-website-logged-out = خروج از یک وب‌سایت
history-kind-websites-logged-out = خروج از همهٔ وب‌سایت‌ها
# “Secure my account” is the name of the button on the Checkup page; quote it as that button is translated.
history-kind-secured = حساب ایمن شد («ایمن‌سازی حسابم»)
# An entry's title with the device it is about.
# $kind (String) - what happened, one of the history-kind-* messages
# $device (String) - the device's name, e.g. "Galaxy S24"
history-entry-title-device = { $kind }: { $device }
# In an entry's details: who or what did it.
# $who (String) - given by the agent, e.g. "you", "lockdown", "another device"
history-entry-by = توسط { $who }
# Button beside an entry that opens the page of the session it is about.
history-open-session = نشست

## One session's page

# Back to the whole timeline; the arrow points back (flip it in right-to-left languages).
history-back = → همهٔ تاریخچه
history-session-no-record = SessionGuard سابقه‌ای از این نشست ندارد.
# Heading above the entries about this session.
history-session-everything = همه‌چیز دربارهٔ آن
history-session-nothing = هنوز چیزی دربارهٔ آن ثبت نشده است.
# Names of the facts about the session, in a two-column list.
history-record-app = برنامه
history-record-system = سیستم‌عامل
history-record-place = IP و مکان
history-record-signed-in = زمان ورود
history-record-first-seen = اولین بار دیده‌شده توسط SessionGuard
history-record-last-seen = آخرین بار دیده‌شده
history-record-last-active = آخرین فعالیت
history-record-ended = پایان
# A fact that is not known (the app's name, the system, the IP and place).
history-record-unknown = نامشخص
# The app fact. api_id is Telegram's technical name for the app's id: keep it as is.
# $app (String) - the app's name and version, e.g. "Telegram Desktop 5.6"
# $apiId (String) - the app's id, e.g. "2040"
history-record-app-value = { $app } · api_id { $apiId }
# The app fact, for an app Telegram did not make.
# $app (String) - the app's name and version
# $apiId (String) - the app's id
history-record-app-value-unofficial = { $app } (غیررسمی) · api_id { $apiId }
# The ended fact, when it is known what ended the session.
# $when (String) - the date and time it ended
# $who (String) - given by the agent, what ended it
history-record-ended-by = { $when }، توسط { $who }
# Heading of the card when the device's model is not known.
history-record-unknown-device = دستگاه ناشناس
# Tag beside the heading: the session no longer exists, still exists, or was not in the last list of sessions.
history-record-status-ended = پایان‌یافته
history-record-status-active = فعال
history-record-status-not-seen = اخیراً دیده نشده
# Tag beside the heading of the session SessionGuard itself uses: the app's name.
history-record-tag-sessionguard = SessionGuard
# Under the heading.
# $when (String) - a short date, e.g. "12 Nov"
history-record-logged-in = ورود: { $when }
