# What the buttons say while they work: confirmations and toasts (ui/actions.js).
#
# Where a message chooses by { $count }, the variant [1] is for exactly one thing and names
# it (or says "this") instead of giving a number: keep [1] as it is and add your language's
# plural categories ([one], [few], [many]…) for the sentences with the number.

## Terminating one session

# Title of the dialog that asks before ending one session.
confirm-terminate-title = به این نشست پایان داده شود؟
# Dialog text. $device: the device's name from Telegram ("Galaxy S24").
confirm-terminate-message = { $device } از حساب Telegram شما خارج می‌شود.
# Dialog text when the app or place is known. $device: the device's name from Telegram
# ("Galaxy S24"); $details: its app and place from Telegram ("Telegram Android 11.4 · 102.89.3.4 · Lagos, Nigeria").
confirm-terminate-message-details = { $device } ({ $details }) از حساب Telegram شما خارج می‌شود.
# Note under the dialog text.
confirm-terminate-note = هر کسی با آن دستگاه کار کند، برای ورود دوباره به کد ورود شما نیاز دارد، و اگر رمز گذاشته باشید، به رمزتان هم.
# The dialog's button that ends the session(s); short.
confirm-terminate-button = پایان دادن
# Toast when the session had already ended before the person confirmed. $device: the device's name.
toast-session-already-gone = { $device } دیگر وارد حساب نیست.
# Toast when the session was ended. $device: the device's name from Telegram.
toast-session-logged-out = { $device } از حساب خارج شد.

## Terminating several chosen sessions

# Title of the dialog that asks before ending the sessions chosen. $count: how many (at least 1).
confirm-terminate-many-title = { $count ->
    [1] به این نشست پایان داده شود؟
   *[other] به { $count } نشست پایان داده شود؟
}
# Dialog text. $devices: the devices' names as a list ("Galaxy S24, iPad and Chrome").
confirm-terminate-many-message = با این کار { $devices } از حساب خارج می‌شوند.
# Note under the dialog text (also when terminating all other sessions).
confirm-terminate-devices-note = آن دستگاه‌ها برای ورود دوباره به کد ورود شما نیاز دارند، و اگر رمز گذاشته باشید، به رمزتان هم.
# Toast when the sessions were ended. $count: how many were ended; $device: the name of the
# first device chosen (said only when one was ended).
toast-sessions-logged-out = { $count ->
    [1] { $device } از حساب خارج شد.
   *[other] به { $count } نشست پایان داده شد.
}

## Connected websites

# Title of the dialog that asks before logging Telegram out of one website. $domain: the website's address ("example.com").
confirm-website-title = خروج از { $domain }؟
# Dialog text. $domain: the website's address ("example.com").
confirm-website-message = ورود { $domain } با Telegram شما لغو می‌شود.
# Dialog text when the website's bot is known. $domain: the website's address; $bot: its Telegram bot ("@ExampleBot").
confirm-website-message-bot = ورود { $domain } ({ $bot }) با Telegram شما لغو می‌شود.
# Note under the dialog text.
confirm-website-note = برای استفادهٔ دوباره، باید باز هم در آن وب‌سایت با Telegram وارد شوید.
# The dialog's button; short.
confirm-website-button = خروج
# Toast when the website was logged out. $domain: the website's address.
toast-website-logged-out = از { $domain } خارج شدید.
# Title of the dialog that asks before logging Telegram out of every website.
confirm-websites-title = خروج از همهٔ وب‌سایت‌ها؟
# Dialog text. $count: how many websites; $websites: their addresses as a list ("example.com and shop.example").
confirm-websites-message = { $count ->
    [one] با این کار Telegram شما از { $count } وب‌سایت خارج می‌شود: { $websites }.
   *[other] با این کار Telegram شما از { $count } وب‌سایت خارج می‌شود: { $websites }.
}
# Note under the dialog text.
confirm-websites-note = برای استفادهٔ دوباره از هر کدام، باید باز هم در آن با Telegram وارد شوید.
# The dialog's button; short.
confirm-websites-button = خروج از همه
# Toast when the websites were logged out. $count: how many.
toast-websites-logged-out = { $count ->
    [one] از { $count } وب‌سایت خارج شدید.
   *[other] از { $count } وب‌سایت خارج شدید.
}

## Secure my account

# Title of the dialog that asks before securing the account.
confirm-secure-title = حساب شما همین حالا ایمن شود؟
# Dialog text; a list of the steps follows it.
confirm-secure-message = SessionGuard این کارها را انجام می‌دهد:
# Note under the list of steps.
confirm-secure-note = فقط این دستگاه وارد می‌ماند. پس از آن خواهید دید چه کارهایی انجام شد و چه کارهایی بر عهدهٔ شماست: رمز دو مرحله‌ای و ایمیل بازیابی.
# The dialog's button; the same words as the "Secure my account" button.
confirm-secure-button = ایمن‌سازی حسابم

## 2-step verification

# Toast when 2-step verification was turned on.
toast-two-step-on = تأیید دو مرحله‌ای فعال شد.
# Toast when the 2-step password was changed.
toast-two-step-changed = رمز دو مرحله‌ای شما تغییر کرد.
# Toast when 2-step verification was turned off.
toast-two-step-off = تأیید دو مرحله‌ای غیرفعال شد.
# Toast when a recovery email was set: Telegram sent a code to it.
toast-two-step-email = کد را در ایمیل خود ببینید.

## History

# Error shown when the agent gave an answer of the wrong kind (should not happen).
action-unexpected-answer = سرویس SessionGuard پاسخ نامربوطی داد.
# Toast when "Export" is used in a web browser, where files cannot be saved.
toast-export-needs-app = ذخیرهٔ فایل فقط در برنامهٔ SessionGuard ممکن است.
# Title of the system's save dialog.
action-export-title = خروجی گرفتن از تاریخچه
# File type in the system's save dialog.
action-export-csv = CSV (صفحه‌گسترده)
# Toast after exporting. $count: how many history entries were saved; $path: where the file is.
toast-exported = { $count ->
    [one] { $count } مورد در { $path } ذخیره شد.
   *[other] { $count } مورد در { $path } ذخیره شد.
}

## Signing out of an account

# Title of the dialog that asks before signing out. $account: the account's name or phone number.
confirm-sign-out-title = خروج از { $account }؟
# Dialog text. "Keyring": the system's password store.
confirm-sign-out-message = SessionGuard به نشست خودش در Telegram پایان می‌دهد و کلیدش را از جاکلیدی سیستم پاک می‌کند. از این پس از این حساب محافظت نمی‌کند.
# Note under the dialog text.
confirm-sign-out-note = دستگاه‌های دیگرتان وارد می‌مانند. هر زمان بخواهید می‌توانید دوباره وارد شوید.
# The dialog's button; short.
confirm-sign-out-button = خروج
# Toast when the demo account was closed.
toast-demo-closed = حساب نمایشی بسته شد.
# Toast after signing out.
toast-signed-out = از حساب خارج شدید. کلید از جاکلیدی سیستم پاک شد.

## Terminating from an alert, and all other sessions

# Note in the terminate dialog opened from a new-login alert.
confirm-terminate-alert-note = اگر این ورود کار شما نبود، تأیید دو مرحله‌ای را هم در Telegram فعال کنید تا کد ورود به‌تنهایی کافی نباشد.
# Title of the dialog that asks before ending every session but this one.
confirm-terminate-others-title = به همهٔ نشست‌های دیگر پایان داده شود؟
# Dialog text. $count: how many devices; $devices: their names as a list ("Galaxy S24, iPad and Chrome").
confirm-terminate-others-message = { $count ->
    [one] با این کار { $count } دستگاه از حساب خارج می‌شود: { $devices }. فقط این دستگاه وارد می‌ماند.
   *[other] با این کار { $count } دستگاه از حساب خارج می‌شود: { $devices }. فقط این دستگاه وارد می‌ماند.
}
# The dialog's button; short. $count: how many devices it ends.
confirm-terminate-others-button = { $count ->
    [1] پایان دادن
   *[other] پایان دادن به همه
}
# Toast when the other sessions were ended. $count: how many; $device: the device's name
# (said only when there was one).
toast-others-logged-out = { $count ->
    [1] { $device } از حساب خارج شد.
   *[other] { $count } دستگاه از حساب خارج شد.
}

## Recovery email

# Toast when the code to confirm the recovery email was sent again.
toast-recovery-code-resent = کد جدید در راه است.
# Toast when the person chose not to add a recovery email.
toast-recovery-cancelled = ایمیل بازیابی اضافه نشد.
# Toast when the recovery email was confirmed with its code.
toast-recovery-confirmed = ایمیل بازیابی شما تأیید شد.

## A session's switches

# Toast after the "Trusted device" switch was turned on. $device: the device's name from Telegram.
toast-trusted = { $device } اکنون دستگاه مورد اعتماد است.
# Toast after the "Trusted device" switch was turned off. $device: the device's name from Telegram.
toast-untrusted = { $device } دیگر مورد اعتماد نیست.

## Settings

# Toast after the "end inactive sessions after" setting was saved (it is kept by Telegram).
toast-saved-with-telegram = در Telegram ذخیره شد.
# Toast after alert forwarding was set to a web address or a Telegram chat.
toast-forwarding-on = هشدارها به آنجا هم فرستاده می‌شوند.
# Toast after alert forwarding was turned off.
toast-forwarding-off = هشدارها فقط روی این رایانه می‌مانند.
# Toast after a test alert was forwarded.
toast-test-alert-delivered = هشدار آزمایشی رسید.
