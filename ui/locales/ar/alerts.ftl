# What the window's alert banners say (ui/format.js).
#
# A banner has a title (one sentence, the headline) and a detail (advice under it).
# $login is always a summary of the device from the agent's data, its parts joined by " · ":
# "Galaxy S24 · Telegram Android 11.4 · Lagos, Nigeria · 102.89.3.4".
# $reason and $error come from the agent as they are (the agent's own words).

## Rules that acted on a new login

# The rules' names, as the subject of the sentences below and as a label on the Settings page.
# Arabic: the titles below say «بموجب { $rule }» so that the verb need not agree with the rule's gender.
alert-rule-lockdown = وضع الإغلاق
alert-rule-unofficial-app = قاعدة منع التطبيقات غير الرسمية
alert-rule-country-not-allowed = قاعدة الدول المسموح بها
# $rule: one of the rules' names above.
alert-rule-terminated-title = أُنهي تسجيل دخول جديد بموجب { $rule }: { $login }
# $reason: why the rule ended it, from the agent, e.g. "lockdown is on and it is not a trusted device".
alert-rule-terminated-detail = أُنهي فور ظهوره: { $reason }.
# $rule: one of the rules' names above.
alert-rule-deferred-title = سيُنهى تسجيل دخول جديد بموجب { $rule }: { $login }
# $reason: why the rule will end it (from the agent, a sentence without its full stop). $when: the date and time in UTC, "2026-12-02 10:00 UTC".
alert-rule-deferred-detail = { $reason }. لا يسمح Telegram لهذا الجهاز بإنهاء الجلسات إلا بدءًا من { $when }؛ إن لم يكن هذا أنت، فأنهِه الآن من جهاز أقدم.
# $rule: one of the rules' names above.
alert-rule-failed-title = تعذّر إنهاء تسجيل دخول جديد بموجب { $rule }: { $login }
# $reason: why the rule tried to end it (from the agent, without its full stop). $error: what Telegram answered (from the agent).
alert-rule-failed-detail = { $reason }، لكن Telegram رفض: { $error }. أنهِه بنفسك إن لم يكن هذا أنت.
# A login the rules let be. $reason: why, from the agent, e.g. "Nigeria is on the allowed list".
alert-rule-spared-detail = لم تُنهِه أي قاعدة: { $reason }.

## Joining the detail's sentences

# Shown before the detail when the event happened while the agent was not running.
alert-while-away = حدث هذا بينما لم يكن SessionGuard يعمل.
# Two sentences of a banner's detail one after the other (alert-while-away and the advice; the advice and alert-rule-spared-detail).
alert-two-sentences = { $first } { $second }

## Events

# The "lead" messages are set in bold: each title must begin with exactly the words of its lead.
alert-new-login-lead = تسجيل دخول جديد:
alert-new-login-title = تسجيل دخول جديد: { $login }
alert-new-login-title-unknown = تسجيل دخول جديد إلى حسابك
alert-new-login-detail = إن لم يكن هذا أنت، فأنهِ الجلسة وفعّل التحقق بخطوتين.
alert-unconfirmed-login-lead = تسجيل دخول غير مؤكَّد:
alert-unconfirmed-login-title = تسجيل دخول غير مؤكَّد: { $login }
alert-unconfirmed-login-title-unknown = تسجيل دخول غير مؤكَّد إلى حسابك
alert-unconfirmed-login-detail = ينتظر Telegram أن تؤكّد تسجيل الدخول هذا. إن لم يكن هذا أنت، فأنهِه الآن.
alert-password-pending-title = أدخل شخص ما رمز تسجيل الدخول الصحيح، لكن ليس كلمة مرور التحقق بخطوتين
# Starts with the device's summary as a sentence of its own.
alert-password-pending-detail = { $login }. كلمة مرورك تمنعه من الدخول: أنهِ هذه الجلسة وغيّر كلمة مرورك.
alert-password-pending-detail-unknown = كلمة مرورك تمنعه من الدخول: أنهِ الجلسة وغيّر كلمة مرورك.
alert-login-code-requested-title = طلب شخص ما رمز تسجيل دخول لحسابك
# "Settings → Privacy and Security → Two-Step Verification" is the path in Telegram's own menus: use the names Telegram shows in this language.
alert-login-code-requested-detail = لا تشارك الرمز مع أي أحد أبدًا. فعّل التحقق بخطوتين في Telegram: الإعدادات ← الخصوصية والأمان ← التحقق بخطوتين.
alert-session-ended-lead = انتهت جلسة:
alert-session-ended-title = انتهت جلسة: { $login }
alert-session-ended-title-unknown = أُنهيت جلسة
alert-session-ended-detail = لم يعد هذا الجهاز مسجّل الدخول إلى حسابك.
alert-our-session-ended-title = سُجّل خروج SessionGuard من حسابك
alert-our-session-ended-detail = أُنهيت جلسته من جهاز آخر، لذا فهو لا يحمي حسابك الآن. سجّل الدخول مجددًا ليواصل الحماية.
# For websites, $login is the website's summary (its domain, browser, place).
alert-new-website-lead = موقع سجّل الدخول بحسابك على Telegram:
alert-new-website-title = موقع سجّل الدخول بحسابك على Telegram: { $login }
alert-new-website-title-unknown = سجّل موقعٌ الدخول بحسابك على Telegram
alert-new-website-detail = يستطيع التصرف باسمك على ذلك الموقع. إن لم يكن هذا أنت، فسجّل خروجه.
alert-website-ended-lead = سُجّل خروج موقع:
alert-website-ended-title = سُجّل خروج موقع: { $login }
alert-website-ended-title-unknown = تم تسجيل خروج موقع
