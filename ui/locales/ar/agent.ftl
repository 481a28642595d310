# The agent's words: notifications, the tray menu, and the History page's sentences about
# who did what (crates/agent). Notifications are plain text: no markup.

## Notifications (crates/agent/src/alerts/alert_text.rs, notifier.rs)

notify-new-login-title = تسجيل دخول جديد إلى حسابك على Telegram
notify-unconfirmed-login-title = تسجيل دخول جديد إلى حسابك على Telegram — هل هذا أنت؟
notify-unconfirmed-login-advice = إن لم يكن هذا أنت، فأنهِه الآن.
notify-password-pending-title = لدى شخص ما رمز تسجيل الدخول إلى حسابك على Telegram
notify-password-pending-advice = أدخل الرمز الصحيح، لكن ليس كلمة مرور التحقق بخطوتين. أنهِ الجلسة وغيّر كلمة مرورك.
notify-code-requested-title = طلب شخص ما رمز تسجيل دخول لرقمك
notify-code-requested-advice = إن لم يكن هذا أنت، فلا تشارك الرمز مع أي أحد، وفعّل التحقق بخطوتين.
notify-our-session-ended-title = سُجّل خروج SessionGuard من حسابك على Telegram
notify-our-session-ended-advice = أُنهيت جلسته من جهاز آخر، لذا فهو لا يحمي حسابك الآن. افتح SessionGuard لتسجيل الدخول مجددًا.
notify-session-ended-title = أُنهيت جلسة من جلسات حسابك على Telegram من مكان آخر
notify-session-ended-advice = أنهاها جهاز آخر. إن لم تكن أنت، فتحقّق من أجهزتك ومن كلمة مرور التحقق بخطوتين.
notify-new-website-title = سجّل موقعٌ الدخول بحسابك على Telegram
notify-new-website-advice = يستطيع التصرف باسمك على ذلك الموقع. إن لم يكن هذا أنت، فسجّل خروجه.
# $account: the account's name ("Demo account", the person's name on Telegram).
notify-account = الحساب: { $account }
# $reason: why the rules let a new login be, e.g. "Nigeria is on the allowed list".
notify-spared = لم تُنهِه أي قاعدة: { $reason }.
notify-while-away = حدث هذا بينما لم يكن SessionGuard يعمل.
# Shown in a line of details after the app's name: "Telegram X 1.2 · unofficial app".
notify-unofficial-app = تطبيق غير رسمي
notify-ip = IP { $ip }
# One notification for many alerts at once.
notify-burst-logins-title = { $count ->
    [zero] لا تسجيلات دخول جديدة إلى حسابك على Telegram
    [one] تسجيل دخول جديد واحد إلى حسابك على Telegram
    [two] عمليتا تسجيل دخول جديدتان إلى حسابك على Telegram
    [few] { $count } عمليات تسجيل دخول جديدة إلى حسابك على Telegram
    [many] { $count } عملية تسجيل دخول جديدة إلى حسابك على Telegram
   *[other] { $count } عملية تسجيل دخول جديدة إلى حسابك على Telegram
}
notify-burst-alerts-title = { $count ->
    [zero] لا تنبيهات جديدة من SessionGuard
    [one] تنبيه جديد واحد من SessionGuard
    [two] تنبيهان جديدان من SessionGuard
    [few] { $count } تنبيهات جديدة من SessionGuard
    [many] { $count } تنبيهًا جديدًا من SessionGuard
   *[other] { $count } تنبيه جديد من SessionGuard
}
# After the first five devices of a burst.
notify-burst-more = { $count ->
    [zero] و{ $count } أخرى.
    [one] وواحد آخر.
    [two] واثنان آخران.
    [few] و{ $count } أخرى.
    [many] و{ $count } أخرى.
   *[other] و{ $count } أخرى.
}
notify-burst-advice = افتح SessionGuard لرؤيتها كلها وإنهاء ما ليس لك.
# $rule: a rule's name (journal-rule-…).
notify-rule-terminated-title = أنهى SessionGuard تسجيل دخول جديدًا ({ $rule })
notify-rule-terminated-advice = أُنهي على الفور: { $reason }.
notify-rule-deferred-title = تسجيل دخول جديد إلى حسابك على Telegram: ستُنهيه قاعدة { $rule }
# $at: a date and time in UTC, "2026-12-01 14:05 UTC".
notify-rule-deferred-advice = { $reason }. لا يسمح Telegram لهذا الجهاز بإنهاء الجلسات إلا بدءًا من { $at } (بعد 24 ساعة من تسجيل دخوله)؛ وحتى ذلك الحين، أنهِه من جهاز أقدم إن لم يكن هذا أنت.
notify-rule-failed-title = تسجيل دخول جديد إلى حسابك على Telegram: تعذّر على قاعدة { $rule } إنهاؤه
# $error: Telegram's refusal, in English from the server.
notify-rule-failed-advice = { $reason }، لكن Telegram رفض: { $error }. أنهِه بنفسك إن لم يكن هذا أنت.
# When a button pressed on a notification did not work.
notify-refused-confirm-title = تعذّر على SessionGuard تأكيد تسجيل الدخول ذاك
notify-refused-terminate-title = تعذّر على SessionGuard إنهاء تسجيل الدخول ذاك
notify-refused-body = { $error }. لا يزال التنبيه ينتظرك في نافذة SessionGuard.

## A notification's buttons (short)

notify-button-its-me = هذا أنا
notify-button-terminate = إنهاء
notify-button-secure = تأمين حسابي
notify-button-open = فتح SessionGuard

## The tray icon's tooltip and menu (crates/agent/src/desktop/tray_menu.rs)

tray-keyring-locked = SessionGuard: حسابك محفوظ لكن مخزن كلمات المرور مقفل — افتح قفله
tray-signed-out = SessionGuard: لم تسجّل الدخول
tray-guarding-one = يحمي SessionGuard حسابك على Telegram
tray-guarding-many = { $count ->
    [zero] لا يحمي SessionGuard أي حساب على Telegram
    [one] يحمي SessionGuard حسابًا واحدًا على Telegram
    [two] يحمي SessionGuard حسابين على Telegram
    [few] يحمي SessionGuard { $count } حسابات على Telegram
    [many] يحمي SessionGuard { $count } حسابًا على Telegram
   *[other] يحمي SessionGuard { $count } حساب على Telegram
}
tray-alerts = { $count ->
    [zero] لا تنبيهات
    [one] تنبيه واحد
    [two] تنبيهان
    [few] { $count } تنبيهات
    [many] { $count } تنبيهًا
   *[other] { $count } تنبيه
}
tray-alerts-need-you = { $count ->
    [zero] SessionGuard: لا تنبيهات بانتظارك
    [one] SessionGuard: تنبيه واحد بانتظارك
    [two] SessionGuard: تنبيهان بانتظارك
    [few] SessionGuard: { $count } تنبيهات بانتظارك
    [many] SessionGuard: { $count } تنبيهًا بانتظارك
   *[other] SessionGuard: { $count } تنبيه بانتظارك
}
# $alerting: "Account b: 1 alert; Account c: 2 alerts".
tray-alerting-accounts = SessionGuard — { $alerting }
# $account: the account's name; $alerts: tray-alerts.
tray-account-alerts = { $account }: { $alerts }
tray-open = فتح SessionGuard
tray-terminate-others = إنهاء كل الجلسات الأخرى
tray-terminate-others-of = إنهاء كل الجلسات الأخرى لـ { $account }
tray-secure = تأمين حسابي…
tray-secure-of = تأمين حساب { $account }…
tray-quit = الخروج من SessionGuard

## Who did what, as History says it (crates/agent/src/history/words.rs, mod.rs)

# A rule's name inside a sentence ("terminated by lockdown").
journal-rule-lockdown = وضع الإغلاق
journal-rule-unofficial-app = منع التطبيقات غير الرسمية
journal-rule-country-not-allowed = الدول المسموح بها
# $rule: journal-rule-… (or a rule this version no longer knows, by its stored name).
journal-by-rule = قاعدة { $rule }
journal-by-you = أنت
journal-ended-by-us = أنت، من SessionGuard
journal-ended-by-inactivity = Telegram، بعد خمول طويل
journal-ended-elsewhere = جهاز آخر
journal-ended-unknown = غير معروف (انتهت بينما لم يكن SessionGuard يعمل)
journal-ttl-changed = { $days ->
    [zero] صارت الجلسات غير النشطة تنتهي تلقائيًا
    [one] صارت الجلسات غير النشطة ليوم واحد تنتهي تلقائيًا
    [two] صارت الجلسات غير النشطة ليومين تنتهي تلقائيًا
    [few] صارت الجلسات غير النشطة لمدة { $days } أيام تنتهي تلقائيًا
    [many] صارت الجلسات غير النشطة لمدة { $days } يومًا تنتهي تلقائيًا
   *[other] صارت الجلسات غير النشطة لمدة { $days } يوم تنتهي تلقائيًا
}
journal-secret-chats-on = المحادثات السرية مفعّلة
journal-secret-chats-off = المحادثات السرية موقوفة
journal-calls-on = المكالمات مفعّلة
journal-calls-off = المكالمات موقوفة
# $target: where alerts are forwarded ("ntfy.sh"); $detail: how it went ("Delivered (1 try)").
journal-forwarded = { $target }: { $detail }
journal-forward-failed = { $target }: فشل — { $detail }
journal-websites = { $count ->
    [zero] لا مواقع
    [one] موقع واحد
    [two] موقعان
    [few] { $count } مواقع
    [many] { $count } موقعًا
   *[other] { $count } موقع
}
journal-two-step-on = تم تفعيل التحقق بخطوتين
journal-two-step-changed = تم تغيير كلمة مرور التحقق بخطوتين
journal-two-step-off = تم إيقاف التحقق بخطوتين
journal-recovery-email-given = أُدخل بريد إلكتروني للاسترداد؛ وهو بانتظار الرمز المرسَل إليه
journal-recovery-email-confirmed = تم تأكيد البريد الإلكتروني للاسترداد
# What "Secure my account" did, joined with "; ".
journal-secured-sessions-ended = { $count ->
    [zero] لم تُنهَ أي جلسة أخرى
    [one] أُنهيت جلسة أخرى واحدة
    [two] أُنهيت جلستان أخريان
    [few] أُنهيت { $count } جلسات أخرى
    [many] أُنهيت { $count } جلسة أخرى
   *[other] أُنهيت { $count } جلسة أخرى
}
journal-secured-sessions-waiting = { $count ->
    [zero] لا جلسات بانتظار الإنهاء
    [one] جلسة واحدة ستُنهى في { $at } (قاعدة الـ 24 ساعة في Telegram)
    [two] جلستان ستُنهيان في { $at } (قاعدة الـ 24 ساعة في Telegram)
    [few] { $count } جلسات ستُنهى في { $at } (قاعدة الـ 24 ساعة في Telegram)
    [many] { $count } جلسة ستُنهى في { $at } (قاعدة الـ 24 ساعة في Telegram)
   *[other] { $count } جلسة ستُنهى في { $at } (قاعدة الـ 24 ساعة في Telegram)
}
journal-secured-websites = { $count ->
    [zero] لم يُسجَّل الخروج من أي موقع
    [one] سُجّل الخروج من موقع واحد
    [two] سُجّل الخروج من موقعين
    [few] سُجّل الخروج من { $count } مواقع
    [many] سُجّل الخروج من { $count } موقعًا
   *[other] سُجّل الخروج من { $count } موقع
}
journal-secured-lockdown = وضع الإغلاق مفعّل
journal-secured-to-do-two-step = ما بقي: كلمة مرور للتحقق بخطوتين
journal-secured-to-do-email = ما بقي: بريد إلكتروني للاسترداد
journal-secured-nothing = لم يكن هناك ما يلزم فعله

## Errors whose code says it all (crates/agent/src/words/errors.rs). Lower case, no full
## stop: the window and the command line put them inside their own sentences.

error-session-not-found = انتهت هذه الجلسة بالفعل
error-website-not-found = تم تسجيل الخروج من هذا الموقع بالفعل
error-current-session = هذه هي الجلسة التي يستخدمها SessionGuard نفسه؛ لإنهائها، سجّل الخروج
# $at: a date and time in UTC, "2026-12-02 10:00 UTC".
error-fresh-session = يسمح Telegram بهذا بدءًا من { $at } (لا تستطيع جلسة عمرها أقل من 24 ساعة إنهاء الجلسات الأخرى)
# The window adds how long to wait: "(try again in 42 s)".
error-flood-wait = يطلب Telegram الانتظار قبل المحاولة مجددًا
error-network = تعذّر الوصول إلى Telegram؛ تحقّق من اتصال هذا الحاسوب بالإنترنت
error-signed-out = تم تسجيل الخروج من هذا الحساب
error-api-credentials-invalid = api_id و api_hash غير صالحين؛ انسخهما مجددًا من my.telegram.org
# "+49" is wrapped in invisible left-to-right isolates (U+2066 … U+2069) so it is not shown as "49+".
error-phone-invalid = لا يعرف Telegram رقم الهاتف هذا؛ أضف رمز الدولة، مثل ⁦+49⁩
error-sign-up-required = لا يوجد حساب على Telegram لهذا الرقم بعد؛ أنشئ حسابًا في تطبيق Telegram أولًا
error-code-invalid = هذا الرمز غير صحيح؛ تحقّق من آخر رمز أرسله Telegram
error-code-expired = انتهت صلاحية هذا الرمز؛ اطلب رمزًا جديدًا
error-password-invalid = كلمة مرور التحقق بخطوتين هذه غير صحيحة
error-email-invalid = عنوان البريد الإلكتروني هذا غير صالح
error-email-code-invalid = هذا الرمز غير صحيح؛ تحقّق من آخر رسالة من Telegram في بريدك الإلكتروني
