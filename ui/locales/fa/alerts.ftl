# What the window's alert banners say (ui/format.js).
#
# A banner has a title (one sentence, the headline) and a detail (advice under it).
# $login is always a summary of the device from the agent's data, its parts joined by " · ":
# "Galaxy S24 · Telegram Android 11.4 · Lagos, Nigeria · 102.89.3.4".
# $reason and $error come from the agent as they are (the agent's own words).

## Rules that acted on a new login

# The rules' names, as the subject of the sentences below and as a label on the Settings page.
alert-rule-lockdown = حالت قفل
alert-rule-unofficial-app = قانون «بدون برنامهٔ غیررسمی»
alert-rule-country-not-allowed = قانون «کشورهای مجاز»
# $rule: one of the rules' names above.
alert-rule-terminated-title = { $rule } به یک ورود جدید پایان داد: { $login }
# $reason: why the rule ended it, from the agent, e.g. "lockdown is on and it is not a trusted device".
alert-rule-terminated-detail = همان لحظه‌ای که پیدا شد، به آن پایان داده شد: { $reason }.
# $rule: one of the rules' names above.
alert-rule-deferred-title = { $rule } به یک ورود جدید پایان خواهد داد: { $login }
# $reason: why the rule will end it (from the agent, a sentence without its full stop). $when: the date and time in UTC, "2026-12-02 10:00 UTC".
alert-rule-deferred-detail = { $reason }. Telegram فقط از { $when } به این دستگاه اجازهٔ پایان دادن به نشست‌ها را می‌دهد؛ اگر این شما نیستید، همین حالا از یک دستگاه قدیمی‌تر به آن پایان دهید.
# $rule: one of the rules' names above.
alert-rule-failed-title = { $rule } نتوانست به یک ورود جدید پایان دهد: { $login }
# $reason: why the rule tried to end it (from the agent, without its full stop). $error: what Telegram answered (from the agent).
alert-rule-failed-detail = { $reason }، اما Telegram نپذیرفت: { $error }. اگر این شما نیستید، خودتان به آن پایان دهید.
# A login the rules let be. $reason: why, from the agent, e.g. "Nigeria is on the allowed list".
alert-rule-spared-detail = هیچ قانونی به آن پایان نداد: { $reason }.

## Joining the detail's sentences

# Shown before the detail when the event happened while the agent was not running.
alert-while-away = این اتفاق وقتی افتاد که SessionGuard در حال اجرا نبود.
# Two sentences of a banner's detail one after the other (alert-while-away and the advice; the advice and alert-rule-spared-detail).
alert-two-sentences = { $first } { $second }

## Events

# The "lead" messages are set in bold: each title must begin with exactly the words of its lead.
alert-new-login-lead = ورود جدید:
alert-new-login-title = ورود جدید: { $login }
alert-new-login-title-unknown = ورود جدید به حساب شما
alert-new-login-detail = اگر این کار شما نبود، به نشست پایان دهید و تأیید دو مرحله‌ای را فعال کنید.
alert-unconfirmed-login-lead = ورود تأییدنشده:
alert-unconfirmed-login-title = ورود تأییدنشده: { $login }
alert-unconfirmed-login-title-unknown = ورود تأییدنشده به حساب شما
alert-unconfirmed-login-detail = Telegram منتظر است این ورود را تأیید کنید. اگر کار شما نبود، همین حالا به آن پایان دهید.
alert-password-pending-title = کسی کد ورود درست را وارد کرد، اما رمز دو مرحله‌ای شما را نه
# Starts with the device's summary as a sentence of its own.
alert-password-pending-detail = { $login }. رمز شما جلوی او را گرفته است: به این نشست پایان دهید و رمزتان را تغییر دهید.
alert-password-pending-detail-unknown = رمز شما جلوی او را گرفته است: به نشست پایان دهید و رمزتان را تغییر دهید.
alert-login-code-requested-title = کسی برای حساب شما کد ورود درخواست کرد
# "Settings → Privacy and Security → Two-Step Verification" is the path in Telegram's own menus: use the names Telegram shows in this language.
alert-login-code-requested-detail = هرگز کد را به کسی ندهید. تأیید دو مرحله‌ای را در Telegram فعال کنید: تنظیمات ← حریم خصوصی و امنیت ← تأیید دو مرحله‌ای.
alert-session-ended-lead = نشست پایان یافت:
alert-session-ended-title = نشست پایان یافت: { $login }
alert-session-ended-title-unknown = یک نشست پایان یافت
alert-session-ended-detail = این دستگاه دیگر وارد حساب شما نیست.
alert-our-session-ended-title = SessionGuard از حساب شما خارج شد
alert-our-session-ended-detail = نشست آن از دستگاه دیگری پایان داده شد، پس اکنون محافظت نمی‌کند. برای ادامهٔ محافظت، دوباره وارد شوید.
# For websites, $login is the website's summary (its domain, browser, place).
alert-new-website-lead = وب‌سایتی با Telegram شما وارد شد:
alert-new-website-title = وب‌سایتی با Telegram شما وارد شد: { $login }
alert-new-website-title-unknown = وب‌سایتی با Telegram شما وارد شد
alert-new-website-detail = این وب‌سایت می‌تواند در آنجا به‌جای شما عمل کند. اگر کار شما نبود، آن را خارج کنید.
alert-website-ended-lead = وب‌سایت از حساب خارج شد:
alert-website-ended-title = وب‌سایت از حساب خارج شد: { $login }
alert-website-ended-title-unknown = یک وب‌سایت از حساب خارج شد
