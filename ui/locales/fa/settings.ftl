# The Settings page (ui/settings.js).

## Alerts

settings-alerts-title = هشدارها
settings-alerts-caption = هر نوع هشدار یک اعلان نشان می‌دهد و نماد سینی سیستم را تا وقتی آن را ببینید قرمز می‌کند.
# Switches, one per kind of alert: a label and a hint under it.
settings-alert-new-login = ورودهای جدید
settings-alert-new-login-hint = دستگاهی وارد حساب شما شده است.
settings-alert-unconfirmed-login = ورودهای در انتظار تأیید
settings-alert-unconfirmed-login-hint = Telegram می‌پرسد که آیا ورود جدید کار شما بوده است.
# Someone typed the right login code but not the 2-step verification password.
settings-alert-password-pending-login = کد درست، رمز نادرست
settings-alert-password-pending-login-hint = کسی کد ورود شما را دارد، اما رمز دو مرحله‌ای شما را نه.
settings-alert-login-code-requested = کدهای ورودی که از اینجا درخواست نشده‌اند
settings-alert-login-code-requested-hint = کسی شمارهٔ تلفن شما را امتحان می‌کند.
settings-alert-session-ended = نشست‌هایی که جای دیگری پایان یافته‌اند
settings-alert-session-ended-hint = دستگاه دیگری به یکی از نشست‌های شما پایان داد.
settings-alert-our-session-ended = خروج SessionGuard از حساب
settings-alert-our-session-ended-hint = نشست خود SessionGuard از دستگاه دیگری پایان داده شد.
settings-alert-new-website = وب‌سایت‌هایی که با Telegram وارد شده‌اند
settings-alert-new-website-hint = وب‌سایتی اکنون می‌تواند در آنجا به‌جای شما عمل کند.

## Rules

settings-rules-title = قانون‌ها
settings-rules-caption = SessionGuard این قانون‌ها را به‌محض پیدا شدن نشستی جدید خودش اجرا می‌کند، اما هرگز روی این دستگاه یا نشستی که به آن اعتماد دارید. اعتماد فقط برای یک ورود است: ورود جدیدی که شبیه دستگاهی مورد اعتماد باشد، مثل هر ورود دیگری سنجیده می‌شود. Telegram فقط ۲۴ ساعت پس از ورود یک دستگاه به آن اجازه می‌دهد به نشست‌های دیگر پایان دهد؛ تا آن زمان، قانون نشان می‌دهد کی اقدام خواهد کرد.
# Hint under the Lockdown switch (its label is the rule's name, Lockdown).
settings-rule-lockdown-hint = پایان دادن به هر نشست جدیدی که به آن اعتماد نکرده‌اید.
settings-rule-unofficial = بدون برنامهٔ غیررسمی
settings-rule-unofficial-hint = پایان دادن به نشست‌های جدید از برنامه‌هایی که Telegram نساخته است.
# A field for the countries new sessions may come from, separated by commas.
settings-countries = کشورهای مجاز
# Placeholder of the empty countries field: the example names are separated by commas, as the person types them.
settings-countries-placeholder = خالی: هر کشوری. مثلاً Germany, Austria
settings-countries-hint = به نشست‌های جدید از هر کشور دیگری پایان داده می‌شود. نام‌ها را همان‌طور بنویسید که در فهرست دستگاه‌ها دیده می‌شوند.
# Button that saves a field (the allowed countries, or where alerts are sent).
settings-save = ذخیره
settings-trusted-title = دستگاه‌های مورد اعتماد
settings-trusted-none = هنوز هیچ. برای اعتماد به دستگاهی، جزئیات نشست آن را در صفحهٔ دستگاه‌ها باز کنید.
# A trusted device's name when its model is not known.
settings-trusted-unknown-device = دستگاه ناشناس
# Under a trusted device's name. api_id is Telegram's technical name for the app's id: keep it as is.
# $app (String) - the app's name, e.g. "Telegram Desktop"
# $platform (String) - e.g. "Windows"
# $apiId (String) - the app's id, e.g. "2040"
settings-trusted-device = { $app } · { $platform } · api_id { $apiId }
# The same, for a device trusted by an older version of SessionGuard, before trust meant one login.
# $app (String) - the app's name
# $platform (String) - the platform
# $apiId (String) - the app's id
settings-trusted-device-unbound = { $app } · { $platform } · api_id { $apiId } · پیش از آنکه اعتماد به یک ورود وابسته شود، مورد اعتماد قرار گرفته: اگر آن دستگاه هنوز وارد باشد، در فهرست بعدی وابسته می‌شود
# Button that stops trusting a device.
settings-trusted-remove = حذف

## Alerts off this computer (forwarding)

settings-forwarding-title = هشدار بیرون از این رایانه
settings-forwarding-caption = هر هشدار را به تلفن خود یا یک سرور هم بفرستید، برای وقتی که پشت این رایانه نیستید. نشانی یا توکن در جاکلیدی سیستم شما نگه داشته می‌شود.
# What happened to the last alert sent (or the last test alert).
# $when (String) - its date and time
# $detail (String) - given by the agent, e.g. "delivered"
settings-forwarding-last = آخرین هشدار { $when }: { $detail }
settings-forwarding-last-test = هشدار آزمایشی { $when }: { $detail }
settings-forwarding-nothing-sent = هنوز چیزی فرستاده نشده است.
# The test button, and what it says while it sends.
settings-forwarding-send-test = فرستادن هشدار آزمایشی
settings-forwarding-sending = در حال فرستادن…
# Button that stops sending alerts off this computer.
settings-forwarding-stop = توقف
# Label of the choice of where alerts go: first time, and when they already go somewhere.
settings-forwarding-kind = فرستادن هشدارها به
settings-forwarding-kind-change = فرستادن هشدارها به جای دیگر
# The choices. ntfy is the name of a push-notification service; JSON POST is technical, keep it.
settings-forwarding-kind-ntfy = یک موضوع ntfy (اعلان روی تلفن شما)
settings-forwarding-kind-telegram-bot = گفتگو با یک ربات Telegram
settings-forwarding-kind-webhook = یک وب‌هوک (JSON POST)
# @BotFather is the name of Telegram's bot for making bots: keep it.
settings-forwarding-bot-token = توکن ربات (از @BotFather)
settings-forwarding-chat-id = شناسهٔ گفتگو
settings-forwarding-topic = نشانی موضوع
# Example in the empty topic field: an address at ntfy.sh whose last part is a long secret name (lowercase words joined by hyphens, no spaces).
settings-forwarding-topic-placeholder = https://ntfy.sh/a-long-secret-topic
settings-forwarding-hide-ips = پنهان کردن نشانی‌های IP
# 102.89.x.x is an example of an IP address with its last two parts hidden: keep it.
settings-forwarding-hide-ips-hint = هر کسی که نام یک موضوع عمومی را بداند، می‌تواند آن را بخواند: فقط دو بخش اول هر نشانی فرستاده می‌شود (102.89.x.x).
settings-forwarding-webhook = نشانی وب‌هوک

## Accounts

settings-accounts-title = حساب‌ها
# Label of the choice of Telegram's period after which idle sessions end; the choice ("1 month") follows it.
# $account (String) - the account's name as the window shows it
settings-ttl-label = پایان دادن به نشست‌های غیرفعال { $account } پس از
# Under each account's name.
settings-account-demo = حسابی ساختگی برای امتحان SessionGuard
settings-account-telegram = حساب Telegram؛ کلید آن در جاکلیدی سیستم شماست
# Button that closes the made-up account, or signs out of a real one.
settings-account-close = بستن
settings-account-sign-out = خروج
settings-account-add = افزودن حساب Telegram

## Start-up

settings-startup-title = راه‌اندازی
settings-autostart = شروع محافظت هنگام ورود من به سیستم
settings-autostart-hint = سرویس همراه با نشست میزکار شما شروع می‌شود و در سینی سیستم منتظر می‌ماند؛ پنجره فقط وقتی باز می‌شود که بخواهید.

## Language

settings-language-title = زبان
settings-language-label = زبان SessionGuard
# The first choice: follow the computer's language.
settings-language-system = مانند زبان سیستم
