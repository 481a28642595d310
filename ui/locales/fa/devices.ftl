# The devices page and connected websites (ui/devices.js, ui/websites.js).

## The devices page: this device and "terminate all other sessions"

# Tooltip of the terminate buttons while Telegram does not yet let this (newly logged-in)
# device end other sessions. $when: an exact local date and time ("Tuesday, 12 November 2024 at 14:05").
devices-locked-title = Telegram از { $when } به این دستگاه اجازه می‌دهد به نشست‌های دیگر پایان دهد
# The button under this device's card, while it works.
devices-terminating-others = در حال پایان دادن به نشست‌های دیگر…
# The button under this device's card.
devices-terminate-others = پایان دادن به همهٔ نشست‌های دیگر
# Heading of the group with the session SessionGuard itself uses.
devices-this-device = این دستگاه
# Shown instead of this device when Telegram's list marks no session as the current one.
devices-no-current = Telegram هیچ نشستی را به‌عنوان نشست فعلی مشخص نکرده است.
# Caption under the "Terminate all other sessions" button.
devices-terminate-others-caption = همهٔ دستگاه‌ها به‌جز این یکی از حساب خارج می‌شوند.
# Heading of the group with every other session (a number of sessions follows it in a badge).
devices-active-sessions = نشست‌های فعال

## A session's row

# Red tag beside a device's name; short.
devices-tag-password-pending = رمز وارد نشده
# Tooltip of the "Password not entered" tag.
devices-tag-password-pending-title = با کد وارد شده، اما رمز تأیید دو مرحله‌ای هنوز وارد نشده است
# Yellow tag beside a device's name; short.
devices-tag-unconfirmed = تأییدنشده
# Tooltip of the "Unconfirmed" tag.
devices-tag-unconfirmed-title = Telegram هنوز این ورود را تأیید نکرده است
# Green tag beside a device's name; short.
devices-tag-trusted = مورد اعتماد
# Tooltip of the "Trusted" tag.
devices-tag-trusted-title = به این دستگاه اعتماد دارید: قانون‌ها هرگز به آن پایان نمی‌دهند
# Grey tag beside a session's app (also on alert banners); short.
devices-unofficial-app = برنامهٔ غیررسمی
# Tooltip of the "Unofficial app" tag.
devices-unofficial-app-title = از برنامه‌های رسمی خود Telegram نیست
# Link button that opens a session's details.
devices-details = جزئیات
# Link button that closes a session's details.
devices-hide-details = بستن جزئیات
# Small button that ends a session (rows and alert banners); short.
devices-terminate = پایان دادن
# The "Terminate" button while it works; short.
devices-terminating = در حال پایان دادن…
# Screen-reader label of a "Terminate" button. $device: the device's name from Telegram ("Galaxy S24").
devices-terminate-session-label = پایان دادن به نشست { $device }

## A session's details

# Term in the details list; its value is an exact date and time.
devices-fact-signed-in = زمان ورود
# Term in the details list; its value is an exact date and time, or "now".
devices-fact-last-active = آخرین فعالیت
# Term in the details list; its value is the app, its version and its api_id.
devices-fact-app = برنامه
# Term in the details list; its value is the operating system.
devices-fact-system = سیستم‌عامل
# Term in the details list; its value is the IP address and the region and country.
devices-fact-place = IP و مکان
# A value in the details list when Telegram did not say it (lowercase).
devices-fact-unknown = نامشخص
# The "Last active" value of this device (lowercase).
devices-fact-now = اکنون
# The "App" value. $app: the app and version from Telegram ("Telegram Desktop 5.8"), or the
# word "unknown"; $apiId: Telegram's id of the app (a number, kept as it is). "api_id" is a technical name: keep it.
devices-fact-app-value = { $app } · api_id { $apiId }
# The "App" value for an app that is not one of Telegram's own. Variables as above.
devices-fact-app-value-unofficial = { $app } (غیررسمی) · api_id { $apiId }
# In the details of this device instead of its switches.
devices-current-note = این خود SessionGuard است. برای پایان دادن به آن، در تنظیمات از حساب خارج شوید.
# Switch in a session's details: whether it may receive secret chats.
devices-accept-secret-chats = پذیرش گفتگوهای امن
# Switch in a session's details: whether it may receive calls.
devices-accept-calls = پذیرش تماس‌ها
# Switch in a session's details: the person trusts this device.
devices-trusted-device = دستگاه مورد اعتماد
# Hint under the "Trusted device" switch. Lockdown, allowed countries and unofficial apps are the names of SessionGuard's rules.
devices-trusted-device-hint = قانون‌ها (حالت قفل، کشورهای مجاز، برنامه‌های غیررسمی) هرگز به آن پایان نمی‌دهند، حتی اگر دوباره وارد شود.
# Link in a session's details to the History page filtered to this session.
devices-session-history = تاریخچهٔ این نشست

## No other sessions

devices-empty-title = هیچ دستگاه دیگری وارد نشده است
devices-empty-text = SessionGuard همچنان مراقب است و به‌محض ورود دستگاهی جدید به شما خبر می‌دهد.

## Waiting until this device may end other sessions

# Under a countdown ("3 h 12 min") that says how long until this device may end other sessions.
devices-lock-notice = Telegram به دستگاهی که تازه وارد شده، فقط وقتی اجازهٔ پایان دادن به نشست‌های دیگر را می‌دهد که مدتی از ورودش گذشته باشد.

## The list could not be refreshed

# Title of the notice when the last refresh failed; the agent's error message follows.
devices-error-title = شاید فهرست به‌روز نباشد
# Button of that notice.
devices-try-again = تلاش دوباره

## Footer

# $period: Telegram's inactivity period in words ("6 months", "1 year").
devices-ttl-note = Telegram خودش به نشست‌هایی که { $period } غیرفعال بوده‌اند پایان می‌دهد.

## Alert banners on the devices page

# Screen-reader label of the list of alert banners.
devices-alerts-label = هشدارهای امنیتی
# The acknowledge button of a banner while it works; short.
devices-alert-saving = در حال ذخیره…
# The acknowledge button of a banner that needs no answer (a session ended, a rule acted); short.
devices-alert-ok = باشه
# The acknowledge button of a banner about a new login: the person says the login was theirs; short.
devices-alert-its-me = خودم بودم

## Connected websites

# "Chrome 131 on Windows". $browser and $platform come from Telegram as they are.
websites-browser-on-platform = { $browser } روی { $platform }
# Heading of the websites group (a number of websites follows it in a badge).
websites-title = وب‌سایت‌های متصل
websites-empty = هیچ وب‌سایتی با Telegram شما وارد نشده است.
# The button under the list of websites, while it works.
websites-logging-out-all = در حال خروج از همهٔ وب‌سایت‌ها…
# The button under the list of websites.
websites-log-out-all = خروج از همهٔ وب‌سایت‌ها
# Caption under the websites group. “Log in with Telegram” is the name of Telegram's button on websites.
websites-caption = وب‌سایت‌هایی که در آن‌ها از «ورود با Telegram» استفاده کرده‌اید. هر کدام تا وقتی از آن خارج نشوید، می‌تواند در آن سایت به‌جای شما عمل کند.
# Screen-reader label of a website's "Log out" button (rows and alert banners). $domain: the website ("example.com").
websites-log-out-of = خروج از { $domain }
# Small button that logs a website out (rows and alert banners); short.
websites-log-out = خروج
# The "Log out" button while it works; short.
websites-logging-out = در حال خروج…
