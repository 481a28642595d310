# Words shared by the whole window, and the language's own name and direction.

# The language's name in itself, as the language menu lists it.
language-name = فارسی
# ltr or rtl: how the window and the notifications are laid out.
language-direction = rtl

## Times (ui/format.js)

# A moment less than a minute ago (also a date a little in the future).
time-just-now = همین حالا
time-minutes-ago = { $count ->
    [one] { $count } دقیقه پیش
   *[other] { $count } دقیقه پیش
}
time-hours-ago = { $count ->
    [one] { $count } ساعت پیش
   *[other] { $count } ساعت پیش
}
time-yesterday = دیروز
# Another device's last activity, when it was active in the last 5 minutes; also this device's.
time-online = آنلاین
# Under a device. $when: time-just-now, time-minutes-ago, time-hours-ago, time-yesterday, or a short date ("12 Nov").
time-signed-in = ورود: { $when }
# When the device list was last read. $when: as in time-signed-in.
time-updated = به‌روزرسانی: { $when }
# Tooltip on this device's "online".
time-this-device = این دستگاه

## Countdowns (ui/format.js): how long until something is allowed, kept short

countdown-less-than-a-minute = کمتر از یک دقیقه
# "d" is short for days, "h" for hours, "min" for minutes. The countdowns below are used in the sentences that follow ("You can end other sessions in 3 h 12 min").
countdown-days = { $days } روز
countdown-days-hours = { $days } روز و { $hours } ساعت
countdown-hours = { $hours } ساعت
countdown-hours-minutes = { $hours } ساعت و { $minutes } دقیقه
countdown-minutes = { $minutes } دقیقه
# $wait: a countdown ("3 h 12 min", "less than a minute").
time-can-end-sessions-in = { $wait } دیگر می‌توانید به نشست‌های دیگر پایان دهید
# $wait: a countdown ("3 h 12 min", "less than a minute").
time-retry-in = Telegram اجازه می‌دهد { $wait } دیگر دوباره تلاش کنید.
time-retry-now = اکنون می‌توانید دوباره تلاش کنید.
# On the sign-in screen's link. $wait: minutes and seconds as a clock, "0:42".
time-resend-in = ارسال کد به روش دیگر پس از { $wait }
time-resend-now = ارسال کد به روش دیگر
# Under the sign-in QR code. $wait: minutes and seconds as a clock, "0:42".
time-qr-expiry-in = کد جدید پس از { $wait } می‌آید
time-qr-expiry-now = در حال گرفتن کد جدید…
# An error from Telegram or the agent, with how long Telegram asks to wait. $message: the error, from the agent; $wait: a countdown ("3 h 12 min").
error-try-again-in = { $message } ({ $wait } دیگر دوباره تلاش کنید)

## Periods (ui/format.js): how long idle sessions last before Telegram ends them, e.g. in "End them after 6 months"

period-years = { $count ->
    [one] { $count } سال
   *[other] { $count } سال
}
period-months = { $count ->
    [one] { $count } ماه
   *[other] { $count } ماه
}
period-weeks = { $count ->
    [one] { $count } هفته
   *[other] { $count } هفته
}
period-days = { $count ->
    [one] { $count } روز
   *[other] { $count } روز
}

## Lists of names (ui/format.js): "Galaxy S24, Nicegram and 2 others"

# Adds one more name to a list, before the last one. $list: the names so far ("Galaxy S24"); $item: the next name.
list-comma = { $list }، { $item }
# The last name of a list. $list: the names before it ("Galaxy S24, Nicegram"); $last: the last name.
list-and = { $list } و { $last }
# A list too long to name everything. $list: the first names ("Galaxy S24, Nicegram, iPad, Desktop"); $count: how many more.
list-and-others = { $list } و { $count ->
    [one] { $count } مورد دیگر
   *[other] { $count } مورد دیگر
}

## Devices

# A device's name when Telegram tells neither its model nor its app.
device-unknown = دستگاه ناشناس

## Buttons and errors of the whole window

button-try-again = تلاش دوباره
# On the button while it works.
button-trying-again = در حال تلاش دوباره…
button-dismiss = بستن
button-cancel = لغو
# Screen-reader label of the × button on a message at the bottom of the window.
button-dismiss-message = بستن پیام
error-no-app = این صفحه فقط درون برنامهٔ SessionGuard کار می‌کند.
error-unexpected = مشکلی غیرمنتظره پیش آمد.
# The agent (SessionGuard's background program) answered a request with the wrong kind of answer.
error-wrong-answer = سرویس SessionGuard پاسخ نامربوطی داد.

## The window's frame (ui/render.js)

# Labels of the small tag next to the demo account's name.
appbar-demo = نمایشی
appbar-demo-tooltip = حسابی ساختگی برای امتحان کردن SessionGuard
# Under the app's name while on the sign-in screen.
appbar-adding-account = افزودن حساب
appbar-not-signed-in = وارد نشده‌اید
appbar-sign-in = ورود به Telegram
# Screen-reader label of the refresh button (an icon).
appbar-refresh-label = تازه‌سازی فهرست دستگاه‌ها
appbar-refresh-tooltip = تازه‌سازی
# Screen-reader label of the row of account buttons.
appbar-accounts = حساب‌ها
# Screen-reader label of the red number on an account's button: its alerts not yet acknowledged.
appbar-account-alerts = { $count ->
    [one] { $count } هشدار
   *[other] { $count } هشدار
}
# Screen-reader label of the row of page tabs.
nav-pages = صفحه‌ها
nav-devices = دستگاه‌ها
nav-history = تاریخچه
nav-checkup = بررسی امنیتی
nav-settings = تنظیمات

## Whole-window states (ui/render.js)

window-connecting = در حال اتصال به سرویس SessionGuard…
window-error-title = مشکلی پیش آمد
window-error-unreadable = سرویس SessionGuard پاسخی فرستاد که این پنجره نتوانست آن را بخواند.
window-error-no-account = سرویس از هیچ حسابی محافظت نمی‌کند و امکان ورود هم نمی‌دهد.
window-devices-failed = دستگاه‌های شما بارگیری نشد
window-devices-loading = در حال بارگیری دستگاه‌های شما از Telegram…
window-unreachable-title = سرویس SessionGuard در حال اجرا نیست
window-unreachable-text = این سرویس در پس‌زمینه مراقب حساب شماست. بدون آن، این پنجره نمی‌تواند دستگاه‌هایتان را نشان دهد یا به نشست‌هایشان پایان دهد.
window-unreachable-retry = تلاش دوباره
# On the Retry button while it works.
window-unreachable-starting = در حال راه‌اندازی سرویس…
