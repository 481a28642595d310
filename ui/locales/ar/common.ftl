# Words shared by the whole window, and the language's own name and direction.

# The language's name in itself, as the language menu lists it.
language-name = العربية
# ltr or rtl: how the window and the notifications are laid out.
language-direction = rtl

## Times (ui/format.js)

# A moment less than a minute ago (also a date a little in the future).
time-just-now = الآن
time-minutes-ago = { $count ->
    [zero] الآن
    [one] منذ دقيقة
    [two] منذ دقيقتين
    [few] منذ { $count } دقائق
    [many] منذ { $count } دقيقة
   *[other] منذ { $count } دقيقة
}
time-hours-ago = { $count ->
    [zero] منذ أقل من ساعة
    [one] منذ ساعة
    [two] منذ ساعتين
    [few] منذ { $count } ساعات
    [many] منذ { $count } ساعة
   *[other] منذ { $count } ساعة
}
time-yesterday = أمس
# Another device's last activity, when it was active in the last 5 minutes; also this device's.
time-online = متصل
# Under a device. $when: time-just-now, time-minutes-ago, time-hours-ago, time-yesterday, or a short date ("12 Nov").
time-signed-in = تسجيل الدخول: { $when }
# When the device list was last read. $when: as in time-signed-in.
time-updated = آخر تحديث: { $when }
# Tooltip on this device's "online".
time-this-device = هذا الجهاز

## Countdowns (ui/format.js): how long until something is allowed, kept short

countdown-less-than-a-minute = أقل من دقيقة
# "d" is short for days, "h" for hours, "min" for minutes. The countdowns below are used in the sentences that follow ("You can end other sessions in 3 h 12 min").
# Arabic: CLDR's narrow units: ي (يوم), س (ساعة), د (دقيقة).
countdown-days = { $days } ي
countdown-days-hours = { $days } ي { $hours } س
countdown-hours = { $hours } س
countdown-hours-minutes = { $hours } س { $minutes } د
countdown-minutes = { $minutes } د
# $wait: a countdown ("3 h 12 min", "less than a minute").
time-can-end-sessions-in = يمكنك إنهاء الجلسات الأخرى بعد { $wait }
# $wait: a countdown ("3 h 12 min", "less than a minute").
time-retry-in = يسمح Telegram بمحاولة أخرى بعد { $wait }.
time-retry-now = يمكنك المحاولة مجددًا الآن.
# On the sign-in screen's link. $wait: minutes and seconds as a clock, "0:42".
time-resend-in = إرسال الرمز بطريقة أخرى بعد { $wait }
time-resend-now = إرسال الرمز بطريقة أخرى
# Under the sign-in QR code. $wait: minutes and seconds as a clock, "0:42".
time-qr-expiry-in = يصل رمز جديد بعد { $wait }
time-qr-expiry-now = جارٍ جلب رمز جديد…
# An error from Telegram or the agent, with how long Telegram asks to wait. $message: the error, from the agent; $wait: a countdown ("3 h 12 min").
error-try-again-in = { $message } (حاول مجددًا بعد { $wait })

## Periods (ui/format.js): how long idle sessions last before Telegram ends them, e.g. in "End them after 6 months"

# Arabic: used after «بعد» and «لمدة», so the dual is in the genitive (سنتين، شهرين…).
period-years = { $count ->
    [zero] { $count } سنة
    [one] سنة
    [two] سنتين
    [few] { $count } سنوات
    [many] { $count } سنة
   *[other] { $count } سنة
}
period-months = { $count ->
    [zero] { $count } شهر
    [one] شهر
    [two] شهرين
    [few] { $count } أشهر
    [many] { $count } شهرًا
   *[other] { $count } شهر
}
period-weeks = { $count ->
    [zero] { $count } أسبوع
    [one] أسبوع
    [two] أسبوعين
    [few] { $count } أسابيع
    [many] { $count } أسبوعًا
   *[other] { $count } أسبوع
}
period-days = { $count ->
    [zero] { $count } يوم
    [one] يوم
    [two] يومين
    [few] { $count } أيام
    [many] { $count } يومًا
   *[other] { $count } يوم
}

## Lists of names (ui/format.js): "Galaxy S24, Nicegram and 2 others"

# Adds one more name to a list, before the last one. $list: the names so far ("Galaxy S24"); $item: the next name.
list-comma = { $list }، { $item }
# The last name of a list. $list: the names before it ("Galaxy S24, Nicegram"); $last: the last name.
list-and = { $list } و{ $last }
# A list too long to name everything. $list: the first names ("Galaxy S24, Nicegram, iPad, Desktop"); $count: how many more.
# Arabic: the names are devices or websites (both masculine); the sentences that use the list keep it in the nominative.
list-and-others = { $list } { $count ->
    [zero] و{ $count } أخرى
    [one] وواحد آخر
    [two] واثنان آخران
    [few] و{ $count } أخرى
    [many] و{ $count } أخرى
   *[other] و{ $count } أخرى
}

## Devices

# A device's name when Telegram tells neither its model nor its app.
device-unknown = جهاز غير معروف

## Buttons and errors of the whole window

button-try-again = أعد المحاولة
# On the button while it works.
button-trying-again = جارٍ إعادة المحاولة…
button-dismiss = تجاهل
button-cancel = إلغاء
# Screen-reader label of the × button on a message at the bottom of the window.
button-dismiss-message = إغلاق الرسالة
error-no-app = لا تعمل هذه الصفحة إلا داخل تطبيق SessionGuard.
error-unexpected = حدث خطأ غير متوقع.
# The agent (SessionGuard's background program) answered a request with the wrong kind of answer.
error-wrong-answer = ردّت خدمة SessionGuard بجواب غير متوقع.

## The window's frame (ui/render.js)

# Labels of the small tag next to the demo account's name.
appbar-demo = تجريبي
appbar-demo-tooltip = حساب وهمي لتجربة SessionGuard
# Under the app's name while on the sign-in screen.
appbar-adding-account = إضافة حساب
appbar-not-signed-in = لم تسجّل الدخول
appbar-sign-in = تسجيل الدخول إلى Telegram
# Screen-reader label of the refresh button (an icon).
appbar-refresh-label = تحديث قائمة الأجهزة
appbar-refresh-tooltip = تحديث
# Screen-reader label of the row of account buttons.
appbar-accounts = الحسابات
# Screen-reader label of the red number on an account's button: its alerts not yet acknowledged.
appbar-account-alerts = { $count ->
    [zero] لا تنبيهات
    [one] تنبيه واحد
    [two] تنبيهان
    [few] { $count } تنبيهات
    [many] { $count } تنبيهًا
   *[other] { $count } تنبيه
}
# Screen-reader label of the row of page tabs.
nav-pages = الصفحات
nav-devices = الأجهزة
nav-history = السجل
nav-checkup = الفحص
nav-settings = الإعدادات

## Whole-window states (ui/render.js)

window-connecting = جارٍ الاتصال بخدمة SessionGuard…
window-error-title = حدث خطأ ما
window-error-unreadable = أرسلت خدمة SessionGuard جوابًا لم تتمكن النافذة من قراءته.
window-error-no-account = لا تحمي الخدمة أي حساب ولا تتيح تسجيل الدخول.
window-devices-failed = تعذّر تحميل أجهزتك
window-devices-loading = جارٍ تحميل أجهزتك من Telegram…
window-unreachable-title = خدمة SessionGuard لا تعمل
window-unreachable-text = تراقب الخدمة حسابك في الخلفية. بدونها لا تستطيع هذه النافذة عرض أجهزتك ولا إنهاء جلساتها.
window-unreachable-retry = إعادة المحاولة
# On the Retry button while it works.
window-unreachable-starting = جارٍ تشغيل الخدمة…
