# The History page (ui/history.js).

## Filters

# Choices of the "Show" filter above the timeline.
history-show-everything = الكل
history-show-logins = تسجيلات الدخول الجديدة
history-show-attempts = محاولات تسجيل الدخول
history-show-ended = الجلسات المنتهية
history-show-actions = ما فعله SessionGuard
# Choices of the "Accounts" filter, shown when several accounts are signed in.
history-accounts-this = هذا الحساب
history-accounts-all = كل الحسابات
# Screen-reader name of the filter bar.
history-filters-label = تصفية السجل
# Labels of the filters (short: they sit side by side above the timeline).
history-filter-show = عرض
history-filter-device = الجهاز
# Placeholder of the empty device filter.
history-filter-device-any = أي جهاز
# Start and end date of the time range shown.
history-filter-since = من
history-filter-until = إلى
history-filter-accounts = الحسابات
# Before the two export buttons (CSV, JSON).
history-export-note = تصدير المعروض:
# Export buttons: the names of the file formats, usually left as they are.
history-export-csv = CSV
history-export-json = JSON

## The timeline

history-loading = جارٍ قراءة السجل…
history-empty-title = لا شيء هنا بعد
history-empty-text = يدوّن SessionGuard كل تسجيل دخول ومحاولة وإنهاء يرصده، منذ أن يبدأ حماية الحساب.
# The button at the foot of the timeline, and what it says while it loads.
history-show-older = عرض الأحداث الأقدم
history-loading-older = جارٍ التحميل…
# Titles of the days the timeline is grouped by (other days show the date itself).
history-day-unknown = تاريخ غير معروف
history-day-today = اليوم
history-day-yesterday = أمس

## What each entry of the timeline is

history-kind-new-login = تسجيل دخول جديد
history-kind-unconfirmed-login = تسجيل دخول جديد، لم يُؤكَّد بعد
# Someone typed the right login code, but Telegram still asks them for the 2-step verification password.
history-kind-password-pending-login = رمز تسجيل دخول صحيح، وتوقّف عند كلمة مرور التحقق بخطوتين
history-kind-login-code-requested = طلب أحدهم رمز تسجيل دخول
history-kind-session-ended = انتهت جلسة
# SessionGuard's own Telegram session was ended from another device.
history-kind-our-session-ended = سُجّل خروج SessionGuard من جهاز آخر
# A session SessionGuard or the person ended.
history-kind-terminated = أُنهيت الجلسة
history-kind-terminated-others = أُنهيت كل الجلسات الأخرى
history-kind-confirmed = أُكّد تسجيل الدخول على أنه أنت
# Telegram's setting for ending sessions that have been inactive for a while.
history-kind-ttl-changed = تغيّرت مدة إنهاء الجلسات غير النشطة
history-kind-settings-changed = تغيّرت إعدادات الجلسة
# An alert was sent off this computer (to a phone, bot or webhook).
history-kind-alert-forwarded = أُعيد توجيه تنبيه
history-kind-new-website = موقع سجّل الدخول عبر Telegram
# The website's login ended (by itself or elsewhere).
history-kind-website-ended = سُجّل خروج موقع
# The person logged a website out from SessionGuard.
history-kind-website-logged-out = تسجيل الخروج من موقع
history-kind-websites-logged-out = تسجيل الخروج من كل المواقع
# “Secure my account” is the name of the button on the Checkup page; quote it as that button is translated.
history-kind-secured = تم تأمين الحساب («تأمين حسابي»)
# An entry's title with the device it is about.
# $kind (String) - what happened, one of the history-kind-* messages
# $device (String) - the device's name, e.g. "Galaxy S24"
history-entry-title-device = { $kind }: { $device }
# In an entry's details: who or what did it.
# $who (String) - given by the agent, e.g. "you", "lockdown", "another device"
history-entry-by = بواسطة: { $who }
# Button beside an entry that opens the page of the session it is about.
history-open-session = الجلسة

## One session's page

# Back to the whole timeline; the arrow points back (flip it in right-to-left languages).
history-back = → كل السجل
history-session-no-record = لا يوجد لدى SessionGuard أي سجل لهذه الجلسة.
# Heading above the entries about this session.
history-session-everything = كل ما يخصّها
history-session-nothing = لم يُسجَّل عنها شيء بعد.
# Names of the facts about the session, in a two-column list.
history-record-app = التطبيق
history-record-system = النظام
history-record-place = IP والمكان
history-record-signed-in = تسجيل الدخول
history-record-first-seen = أول رصد من SessionGuard
history-record-last-seen = آخر رصد
history-record-last-active = آخر نشاط
history-record-ended = الانتهاء
# A fact that is not known (the app's name, the system, the IP and place).
history-record-unknown = غير معروف
# The app fact. api_id is Telegram's technical name for the app's id: keep it as is.
# $app (String) - the app's name and version, e.g. "Telegram Desktop 5.6"
# $apiId (String) - the app's id, e.g. "2040"
history-record-app-value = { $app } · api_id { $apiId }
# The app fact, for an app Telegram did not make.
# $app (String) - the app's name and version
# $apiId (String) - the app's id
history-record-app-value-unofficial = { $app } (غير رسمي) · api_id { $apiId }
# The ended fact, when it is known what ended the session.
# $when (String) - the date and time it ended
# $who (String) - given by the agent, what ended it
history-record-ended-by = { $when }، بواسطة: { $who }
# Heading of the card when the device's model is not known.
history-record-unknown-device = جهاز غير معروف
# Tag beside the heading: the session no longer exists, still exists, or was not in the last list of sessions.
history-record-status-ended = منتهية
history-record-status-active = نشطة
history-record-status-not-seen = لم تُرصد مؤخرًا
# Tag beside the heading of the session SessionGuard itself uses: the app's name.
history-record-tag-sessionguard = SessionGuard
# Under the heading.
# $when (String) - a short date, e.g. "12 Nov"
history-record-logged-in = تسجيل الدخول: { $when }
