# The devices page and connected websites (ui/devices.js, ui/websites.js).

## The devices page: this device and "terminate all other sessions"

# Tooltip of the terminate buttons while Telegram does not yet let this (newly logged-in)
# device end other sessions. $when: an exact local date and time ("Tuesday, 12 November 2024 at 14:05").
devices-locked-title = يسمح Telegram لهذا الجهاز بإنهاء الجلسات الأخرى بدءًا من { $when }
# The button under this device's card, while it works.
devices-terminating-others = جارٍ إنهاء الجلسات الأخرى…
# The button under this device's card.
devices-terminate-others = إنهاء كل الجلسات الأخرى
# Heading of the group with the session SessionGuard itself uses.
devices-this-device = هذا الجهاز
# Shown instead of this device when Telegram's list marks no session as the current one.
devices-no-current = لم يحدّد Telegram أي جلسة على أنها هذا الجهاز.
# Caption under the "Terminate all other sessions" button.
devices-terminate-others-caption = يسجّل خروج كل الأجهزة ما عدا هذا الجهاز.
# Heading of the group with every other session (a number of sessions follows it in a badge).
devices-active-sessions = الجلسات النشطة

## A session's row

# Red tag beside a device's name; short.
devices-tag-password-pending = لم تُدخَل كلمة المرور
# Tooltip of the "Password not entered" tag.
devices-tag-password-pending-title = سُجّل الدخول بالرمز، لكن لم تُدخَل كلمة مرور التحقق بخطوتين بعد
# Yellow tag beside a device's name; short.
devices-tag-unconfirmed = غير مؤكَّد
# Tooltip of the "Unconfirmed" tag.
devices-tag-unconfirmed-title = لم يؤكّد Telegram تسجيل الدخول هذا بعد
# Green tag beside a device's name; short.
devices-tag-trusted = موثوق
# Tooltip of the "Trusted" tag.
devices-tag-trusted-title = أنت تثق بهذا الجهاز: لا تُنهيه القواعد أبدًا
# Grey tag beside a session's app (also on alert banners); short.
devices-unofficial-app = تطبيق غير رسمي
# Tooltip of the "Unofficial app" tag.
devices-unofficial-app-title = ليس من تطبيقات Telegram الرسمية
# Link button that opens a session's details.
devices-details = التفاصيل
# Link button that closes a session's details.
devices-hide-details = إخفاء التفاصيل
# Small button that ends a session (rows and alert banners); short.
devices-terminate = إنهاء
# The "Terminate" button while it works; short.
devices-terminating = جارٍ الإنهاء…
# Screen-reader label of a "Terminate" button. $device: the device's name from Telegram ("Galaxy S24").
devices-terminate-session-label = إنهاء الجلسة على { $device }

## A session's details

# Term in the details list; its value is an exact date and time.
devices-fact-signed-in = تسجيل الدخول
# Term in the details list; its value is an exact date and time, or "now".
devices-fact-last-active = آخر نشاط
# Term in the details list; its value is the app, its version and its api_id.
devices-fact-app = التطبيق
# Term in the details list; its value is the operating system.
devices-fact-system = النظام
# Term in the details list; its value is the IP address and the region and country.
devices-fact-place = IP والمكان
# A value in the details list when Telegram did not say it (lowercase).
devices-fact-unknown = غير معروف
# The "Last active" value of this device (lowercase).
devices-fact-now = الآن
# The "App" value. $app: the app and version from Telegram ("Telegram Desktop 5.8"), or the
# word "unknown"; $apiId: Telegram's id of the app (a number, kept as it is). "api_id" is a technical name: keep it.
devices-fact-app-value = { $app } · api_id { $apiId }
# The "App" value for an app that is not one of Telegram's own. Variables as above.
devices-fact-app-value-unofficial = { $app } (غير رسمي) · api_id { $apiId }
# In the details of this device instead of its switches.
devices-current-note = هذا هو SessionGuard نفسه. لإنهائه، سجّل الخروج من الإعدادات.
# Switch in a session's details: whether it may receive secret chats.
devices-accept-secret-chats = قبول المحادثات السرية
# Switch in a session's details: whether it may receive calls.
devices-accept-calls = قبول المكالمات
# Switch in a session's details: the person trusts this device.
devices-trusted-device = جهاز موثوق
# Hint under the "Trusted device" switch. Lockdown, allowed countries and unofficial apps are the names of SessionGuard's rules.
devices-trusted-device-hint = لا تُنهيه القواعد (وضع الإغلاق، الدول المسموح بها، التطبيقات غير الرسمية) أبدًا، حتى بعد أن يسجّل الدخول مجددًا.
# Link in a session's details to the History page filtered to this session.
devices-session-history = سجل هذه الجلسة

## No other sessions

devices-empty-title = لا توجد أجهزة أخرى مسجّلة الدخول
devices-empty-text = يواصل SessionGuard المراقبة، ويُعلمك فور تسجيل أي جهاز جديد للدخول.

## Waiting until this device may end other sessions

# Under a countdown ("3 h 12 min") that says how long until this device may end other sessions.
devices-lock-notice = لا يسمح Telegram لجهاز سجّل الدخول حديثًا بإنهاء الجلسات الأخرى إلا بعد مرور بعض الوقت على تسجيل دخوله.

## The list could not be refreshed

# Title of the notice when the last refresh failed; the agent's error message follows.
devices-error-title = قد لا تكون القائمة محدَّثة
# Button of that notice.
devices-try-again = أعد المحاولة

## Footer

# $period: Telegram's inactivity period in words ("6 months", "1 year").
devices-ttl-note = يُنهي Telegram تلقائيًا الجلسات غير النشطة لمدة { $period }.

## Alert banners on the devices page

# Screen-reader label of the list of alert banners.
devices-alerts-label = تنبيهات الأمان
# The acknowledge button of a banner while it works; short.
devices-alert-saving = جارٍ الحفظ…
# The acknowledge button of a banner that needs no answer (a session ended, a rule acted); short.
devices-alert-ok = حسنًا
# The acknowledge button of a banner about a new login: the person says the login was theirs; short.
devices-alert-its-me = هذا أنا

## Connected websites

# "Chrome 131 on Windows". $browser and $platform come from Telegram as they are.
websites-browser-on-platform = { $browser } على { $platform }
# Heading of the websites group (a number of websites follows it in a badge).
websites-title = المواقع المتصلة
websites-empty = لا يوجد موقع مسجّل الدخول بحسابك على Telegram.
# The button under the list of websites, while it works.
websites-logging-out-all = جارٍ تسجيل الخروج من كل المواقع…
# The button under the list of websites.
websites-log-out-all = تسجيل الخروج من كل المواقع
# Caption under the websites group. “Log in with Telegram” is the name of Telegram's button on websites.
websites-caption = مواقع استخدمتَ فيها «تسجيل الدخول عبر Telegram». يستطيع كلٌّ منها التصرف باسمك على ذلك الموقع حتى تسجّل خروجه.
# Screen-reader label of a website's "Log out" button (rows and alert banners). $domain: the website ("example.com").
websites-log-out-of = تسجيل الخروج من { $domain }
# Small button that logs a website out (rows and alert banners); short.
websites-log-out = تسجيل الخروج
# The "Log out" button while it works; short.
websites-logging-out = جارٍ تسجيل الخروج…
