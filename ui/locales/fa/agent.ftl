# The agent's words: notifications, the tray menu, and the History page's sentences about
# who did what (crates/agent). Notifications are plain text: no markup.

## Notifications (crates/agent/src/alerts/alert_text.rs, notifier.rs)

notify-new-login-title = ورود جدید به Telegram شما
notify-unconfirmed-login-title = ورود جدید به Telegram شما — خودتان هستید؟
notify-unconfirmed-login-advice = اگر شما نیستید، همین حالا به آن پایان دهید.
notify-password-pending-title = کسی کد ورود Telegram شما را دارد
notify-password-pending-advice = کد درست را وارد کرده، اما رمز دو مرحله‌ای شما را نه. به آن پایان دهید و رمزتان را تغییر دهید.
notify-code-requested-title = کسی برای شمارهٔ شما کد ورود درخواست کرد
notify-code-requested-advice = اگر این کار شما نبود، کد را به هیچ‌کس ندهید و تأیید دو مرحله‌ای را فعال کنید.
notify-our-session-ended-title = نشست SessionGuard در Telegram شما پایان یافت
notify-our-session-ended-advice = نشست آن از دستگاه دیگری پایان داده شد، پس اکنون محافظت نمی‌کند. برای ورود دوباره، SessionGuard را باز کنید.
notify-session-ended-title = یکی از نشست‌های Telegram شما از جای دیگری پایان داده شد
notify-session-ended-advice = دستگاه دیگری به آن پایان داد. اگر کار شما نبود، دستگاه‌ها و رمز دو مرحله‌ای خود را بررسی کنید.
notify-new-website-title = وب‌سایتی با Telegram شما وارد شد
notify-new-website-advice = این وب‌سایت می‌تواند در آنجا به‌جای شما عمل کند. اگر کار شما نیست، آن را خارج کنید.
# $account: the account's name ("Demo account", the person's name on Telegram).
notify-account = حساب: { $account }
# $reason: why the rules let a new login be, e.g. "Nigeria is on the allowed list".
notify-spared = هیچ قانونی به آن پایان نداد: { $reason }.
notify-while-away = این اتفاق وقتی افتاد که SessionGuard در حال اجرا نبود.
# Shown in a line of details after the app's name: "Telegram X 1.2 · unofficial app".
notify-unofficial-app = برنامهٔ غیررسمی
notify-ip = IP { $ip }
# One notification for many alerts at once.
notify-burst-logins-title = { $count ->
    [one] { $count } ورود جدید به Telegram شما
   *[other] { $count } ورود جدید به Telegram شما
}
notify-burst-alerts-title = { $count ->
    [one] { $count } هشدار جدید از SessionGuard
   *[other] { $count } هشدار جدید از SessionGuard
}
# After the first five devices of a burst.
notify-burst-more = و { $count } مورد دیگر.
notify-burst-advice = برای دیدن همه، SessionGuard را باز کنید و به هر آنچه کار شما نیست پایان دهید.
# $rule: a rule's name (journal-rule-…).
notify-rule-terminated-title = یک ورود جدید توسط SessionGuard پایان یافت ({ $rule })
notify-rule-terminated-advice = بی‌درنگ به آن پایان داده شد: { $reason }.
notify-rule-deferred-title = ورود جدید به Telegram شما: قانون { $rule } به آن پایان خواهد داد
# $at: a date and time in UTC, "2026-12-01 14:05 UTC".
notify-rule-deferred-advice = { $reason }. Telegram فقط از { $at } (۲۴ ساعت پس از ورود این دستگاه) به آن اجازهٔ پایان دادن به نشست‌ها را می‌دهد؛ تا آن زمان، اگر این شما نیستید، از یک دستگاه قدیمی‌تر به آن پایان دهید.
notify-rule-failed-title = ورود جدید به Telegram شما: قانون { $rule } نتوانست به آن پایان دهد
# $error: Telegram's refusal, in English from the server.
notify-rule-failed-advice = { $reason }، اما Telegram نپذیرفت: { $error }. اگر این شما نیستید، خودتان به آن پایان دهید.
# When a button pressed on a notification did not work.
notify-refused-confirm-title = تأیید آن ورود در SessionGuard ناموفق بود
notify-refused-terminate-title = پایان دادن به آن ورود در SessionGuard ناموفق بود
notify-refused-body = { $error }. هشدار همچنان در پنجرهٔ SessionGuard منتظر شماست.

## A notification's buttons (short)

notify-button-its-me = خودم بودم
notify-button-terminate = پایان دادن
notify-button-secure = ایمن‌سازی حسابم
notify-button-open = باز کردن SessionGuard

## The tray icon's tooltip and menu (crates/agent/src/desktop/tray_menu.rs)

tray-keyring-locked = SessionGuard: حساب شما ذخیره شده، اما جاکلیدی قفل است — قفل آن را باز کنید
tray-signed-out = SessionGuard: وارد نشده‌اید
tray-guarding-one = حساب Telegram شما زیر محافظت SessionGuard است
tray-guarding-many = { $count } حساب Telegram زیر محافظت SessionGuard است
tray-alerts = { $count ->
    [one] { $count } هشدار
   *[other] { $count } هشدار
}
tray-alerts-need-you = { $count ->
    [one] SessionGuard: { $count } هشدار منتظر شماست
   *[other] SessionGuard: { $count } هشدار منتظر شماست
}
# $alerting: "Account b: 1 alert; Account c: 2 alerts".
tray-alerting-accounts = SessionGuard — { $alerting }
# $account: the account's name; $alerts: tray-alerts.
tray-account-alerts = { $account }: { $alerts }
tray-open = باز کردن SessionGuard
tray-terminate-others = پایان دادن به همهٔ نشست‌های دیگر
tray-terminate-others-of = پایان دادن به همهٔ نشست‌های دیگر { $account }
tray-secure = ایمن‌سازی حسابم…
tray-secure-of = ایمن‌سازی حساب { $account }…
tray-quit = خروج از SessionGuard

## Who did what, as History says it (crates/agent/src/history/words.rs, mod.rs)

# A rule's name inside a sentence ("terminated by lockdown").
journal-rule-lockdown = حالت قفل
journal-rule-unofficial-app = بدون برنامهٔ غیررسمی
journal-rule-country-not-allowed = کشورهای مجاز
# $rule: journal-rule-… (or a rule this version no longer knows, by its stored name).
journal-by-rule = قانون { $rule }
journal-by-you = شما
journal-ended-by-us = شما، از طریق SessionGuard
journal-ended-by-inactivity = Telegram، پس از مدتی طولانی بی‌فعالیتی
journal-ended-elsewhere = دستگاهی دیگر
journal-ended-unknown = نامشخص (وقتی پایان یافت که SessionGuard در حال اجرا نبود)
journal-ttl-changed = { $days ->
    [one] اکنون نشست‌هایی که { $days } روز غیرفعال باشند، خودبه‌خود پایان می‌یابند
   *[other] اکنون نشست‌هایی که { $days } روز غیرفعال باشند، خودبه‌خود پایان می‌یابند
}
journal-secret-chats-on = گفتگوهای امن: فعال
journal-secret-chats-off = گفتگوهای امن: غیرفعال
journal-calls-on = تماس‌ها: فعال
journal-calls-off = تماس‌ها: غیرفعال
# $target: where alerts are forwarded ("ntfy.sh"); $detail: how it went ("Delivered (1 try)").
journal-forwarded = { $target }: { $detail }
journal-forward-failed = { $target }: ناموفق — { $detail }
journal-websites = { $count ->
    [one] { $count } وب‌سایت
   *[other] { $count } وب‌سایت
}
journal-two-step-on = تأیید دو مرحله‌ای فعال شد
journal-two-step-changed = رمز تأیید دو مرحله‌ای تغییر کرد
journal-two-step-off = تأیید دو مرحله‌ای غیرفعال شد
journal-recovery-email-given = ایمیل بازیابی داده شد؛ منتظر کدی است که به آن ایمیل شده
journal-recovery-email-confirmed = ایمیل بازیابی تأیید شد
# What "Secure my account" did, joined with "; ".
journal-secured-sessions-ended = به { $count } نشست دیگر پایان داده شد
journal-secured-sessions-waiting = پایان { $count } نشست در { $at } (قانون ۲۴ ساعتهٔ Telegram)
journal-secured-websites = { $count ->
    [one] خروج از { $count } وب‌سایت
   *[other] خروج از { $count } وب‌سایت
}
journal-secured-lockdown = حالت قفل فعال شد
journal-secured-to-do-two-step = باقی‌مانده: رمز تأیید دو مرحله‌ای
journal-secured-to-do-email = باقی‌مانده: ایمیل بازیابی
journal-secured-nothing = کاری لازم نبود

## Errors whose code says it all (crates/agent/src/words/errors.rs). Lower case, no full
## stop: the window and the command line put them inside their own sentences.

error-session-not-found = این نشست قبلاً پایان یافته است
error-website-not-found = این وب‌سایت قبلاً خارج شده است
error-current-session = این همان نشستی است که خود SessionGuard از آن استفاده می‌کند؛ برای پایان دادن به آن، از حساب خارج شوید
# $at: a date and time in UTC, "2026-12-02 10:00 UTC".
error-fresh-session = Telegram از { $at } به بعد اجازهٔ این کار را می‌دهد (نشستی که کمتر از ۲۴ ساعت پیش وارد شده، نمی‌تواند به نشست‌های دیگر پایان دهد)
# The window adds how long to wait: "(try again in 42 s)".
error-flood-wait = Telegram از ما می‌خواهد پیش از تلاش دوباره صبر کنیم
error-network = دسترسی به Telegram ممکن نیست؛ اتصال این رایانه به اینترنت را بررسی کنید
error-signed-out = SessionGuard دیگر وارد این حساب نیست
error-api-credentials-invalid = api_id و api_hash معتبر نیستند؛ آن‌ها را دوباره از my.telegram.org کپی کنید
# fa: "+49" sits between invisible LRI and PDI (U+2066, U+2069) so the plus sign stays before the digits in right-to-left text.
error-phone-invalid = Telegram این شمارهٔ تلفن را نمی‌شناسد؛ شماره را همراه با کد کشور وارد کنید، مثلاً ⁦+49⁩
error-sign-up-required = این شماره هنوز حساب Telegram ندارد؛ ابتدا در یک برنامهٔ Telegram حساب بسازید
error-code-invalid = این کد درست نیست؛ آخرین کدی را که Telegram فرستاده بررسی کنید
error-code-expired = اعتبار این کد تمام شده است؛ کد جدیدی درخواست کنید
error-password-invalid = این رمز دو مرحله‌ای درست نیست
error-email-invalid = این نشانی ایمیل معتبر نیست
error-email-code-invalid = این کد درست نیست؛ آخرین ایمیلی را که Telegram فرستاده بررسی کنید
