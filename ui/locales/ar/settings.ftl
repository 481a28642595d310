# The Settings page (ui/settings.js).

## Alerts

settings-alerts-title = التنبيهات
settings-alerts-caption = يُظهر كل نوع إشعارًا، ويجعل أيقونة علبة النظام حمراء حتى تطّلع عليه.
# Switches, one per kind of alert: a label and a hint under it.
settings-alert-new-login = تسجيلات الدخول الجديدة
settings-alert-new-login-hint = سجّل جهازٌ الدخول إلى حسابك.
settings-alert-unconfirmed-login = تسجيلات دخول بانتظار التأكيد
settings-alert-unconfirmed-login-hint = يسألك Telegram هل أنت من سجّل الدخول الجديد.
# Someone typed the right login code but not the 2-step verification password.
settings-alert-password-pending-login = رمز صحيح وكلمة مرور خاطئة
settings-alert-password-pending-login-hint = لدى شخص ما رمز تسجيل الدخول، لكن ليست لديه كلمة مرور التحقق بخطوتين.
settings-alert-login-code-requested = رموز دخول لم يطلبها أحد هنا
settings-alert-login-code-requested-hint = شخص ما يجرّب رقم هاتفك.
settings-alert-session-ended = جلسات أُنهيت من مكان آخر
settings-alert-session-ended-hint = أنهى جهاز آخر إحدى جلساتك.
settings-alert-our-session-ended = تسجيل خروج SessionGuard
settings-alert-our-session-ended-hint = أُنهيت جلسة SessionGuard نفسه من جهاز آخر.
settings-alert-new-website = مواقع سجّلت الدخول عبر Telegram
settings-alert-new-website-hint = صار بإمكان موقع أن يتصرف باسمك عليه.

## Rules

settings-rules-title = القواعد
settings-rules-caption = يطبّق SessionGuard هذه القواعد تلقائيًا فور ظهور جلسة جديدة، ولا يطبّقها أبدًا على هذا الجهاز أو على جلسة موثوقة. الثقة تخص تسجيل دخول واحدًا: أي تسجيل دخول جديد يشبه جهازًا موثوقًا يُعامَل كغيره. لا يسمح Telegram لجهاز بإنهاء الجلسات الأخرى إلا بعد 24 ساعة من تسجيل دخوله؛ وحتى ذلك الحين تُبيّن القاعدة متى ستُنفَّذ.
# Hint under the Lockdown switch (its label is the rule's name, Lockdown).
settings-rule-lockdown-hint = إنهاء كل جلسة جديدة لم تمنحها ثقتك.
settings-rule-unofficial = لا تطبيقات غير رسمية
settings-rule-unofficial-hint = إنهاء الجلسات الجديدة في تطبيقات لم يصنعها Telegram.
# A field for the countries new sessions may come from, separated by commas.
settings-countries = الدول المسموح بها
# Placeholder of the empty countries field: the example names are separated by commas, as the person types them.
# Arabic: the field is split on the Latin comma "," only, and country names are the ones the device list shows (from Telegram), so the example keeps both.
settings-countries-placeholder = فارغ: أي دولة. مثلًا: Germany, Austria
settings-countries-hint = تُنهى الجلسات الجديدة من أي دولة أخرى. اكتب الأسماء كما تظهر في قائمة الأجهزة.
# Button that saves a field (the allowed countries, or where alerts are sent).
settings-save = حفظ
settings-trusted-title = الأجهزة الموثوقة
settings-trusted-none = لا يوجد بعد. لتثق بجهاز، افتح تفاصيل جلسته في صفحة «الأجهزة».
# A trusted device's name when its model is not known.
settings-trusted-unknown-device = جهاز غير معروف
# Under a trusted device's name. api_id is Telegram's technical name for the app's id: keep it as is.
# $app (String) - the app's name, e.g. "Telegram Desktop"
# $platform (String) - e.g. "Windows"
# $apiId (String) - the app's id, e.g. "2040"
settings-trusted-device = { $app } · { $platform } · api_id { $apiId }
# The same, for a device trusted by an older version of SessionGuard, before trust meant one login.
# $app (String) - the app's name
# $platform (String) - the platform
# $apiId (String) - the app's id
settings-trusted-device-unbound = { $app } · { $platform } · api_id { $apiId } · وُثق به قبل أن تُربط الثقة بتسجيل دخول واحد: ستُربط عند القائمة التالية إن كان ذلك الجهاز لا يزال مسجّل الدخول
# Button that stops trusting a device.
settings-trusted-remove = إزالة

## Alerts off this computer (forwarding)

settings-forwarding-title = التنبيهات خارج هذا الحاسوب
settings-forwarding-caption = أرسل أيضًا كل تنبيه إلى هاتفك أو إلى خادم، لتعلم به حين تكون بعيدًا عن هذا الحاسوب. يُحفظ العنوان أو الرمز المميز في مخزن كلمات مرور النظام.
# What happened to the last alert sent (or the last test alert).
# $when (String) - its date and time
# $detail (String) - given by the agent, e.g. "delivered"
settings-forwarding-last = آخر تنبيه { $when }: { $detail }
settings-forwarding-last-test = التنبيه التجريبي { $when }: { $detail }
settings-forwarding-nothing-sent = لم يُرسَل شيء بعد.
# The test button, and what it says while it sends.
settings-forwarding-send-test = إرسال تنبيه تجريبي
settings-forwarding-sending = جارٍ الإرسال…
# Button that stops sending alerts off this computer.
settings-forwarding-stop = إيقاف
# Label of the choice of where alerts go: first time, and when they already go somewhere.
settings-forwarding-kind = إرسال التنبيهات إلى
settings-forwarding-kind-change = إرسال التنبيهات إلى مكان آخر
# The choices. ntfy is the name of a push-notification service; JSON POST is technical, keep it.
settings-forwarding-kind-ntfy = موضوع ntfy (إشعارات على هاتفك)
settings-forwarding-kind-telegram-bot = محادثة مع بوت على Telegram
settings-forwarding-kind-webhook = عنوان Webhook (JSON POST)
# @BotFather is the name of Telegram's bot for making bots: keep it.
settings-forwarding-bot-token = رمز البوت (من @BotFather)
settings-forwarding-chat-id = معرّف المحادثة
settings-forwarding-topic = عنوان الموضوع
# Example in the empty topic field: an address at ntfy.sh whose last part is a long secret name (lowercase words joined by hyphens, no spaces).
settings-forwarding-topic-placeholder = https://ntfy.sh/a-long-secret-topic
settings-forwarding-hide-ips = إخفاء عناوين IP
# 102.89.x.x is an example of an IP address with its last two parts hidden: keep it.
settings-forwarding-hide-ips-hint = يستطيع أي شخص يعرف اسم موضوع عام قراءته: لذا يُرسَل أول جزأين فقط من كل عنوان (102.89.x.x).
settings-forwarding-webhook = عنوان Webhook

## Accounts

settings-accounts-title = الحسابات
# Label of the choice of Telegram's period after which idle sessions end; the choice ("1 month") follows it.
# $account (String) - the account's name as the window shows it
settings-ttl-label = إنهاء الجلسات الخاملة لـ { $account } بعد
# Under each account's name.
settings-account-demo = حساب وهمي لتجربة SessionGuard
settings-account-telegram = حساب Telegram؛ مفتاحه في مخزن كلمات مرور النظام
# Button that closes the made-up account, or signs out of a real one.
settings-account-close = إغلاق
settings-account-sign-out = تسجيل الخروج
settings-account-add = إضافة حساب Telegram

## Start-up

settings-startup-title = بدء التشغيل
settings-autostart = بدء الحماية عند تسجيل دخولي إلى الحاسوب
settings-autostart-hint = تبدأ الخدمة مع جلسة سطح المكتب وتنتظر في علبة النظام؛ ولا تُفتح النافذة إلا عندما تريدها.

## Language

settings-language-title = اللغة
settings-language-label = لغة SessionGuard
# The first choice: follow the computer's language.
settings-language-system = لغة النظام
