# The sign-in screens and the phone field (ui/signin.js, ui/phone.js).

## The sign-in page, around every step

# Title of the warning above the sign-in form when the account was signed out (the agent's reason follows it).
signin-signed-out = از حساب خارج شدید
# Under the form when a test server is used. $server is the agent's description of it, e.g. "test server 127.0.0.1:4430".
signin-server = به { $server } متصل هستید، نه به خود Telegram.
# On the submit button while a step is on its way.
signin-please-wait = لطفاً صبر کنید…

## First step: the app's credentials and the phone number

# Field label: the name my.telegram.org gives this value; usually kept as it is.
signin-api-id = api_id
# Field label: the name my.telegram.org gives this value; usually kept as it is.
signin-api-hash = api_hash
# Placeholder of the api_hash field.
signin-api-hash-placeholder = ۳۲ حرف و رقم
signin-credentials-title = ورود به Telegram
signin-credentials-text = SessionGuard به‌عنوان یکی از دستگاه‌های حساب خودتان وارد می‌شود تا بتواند نشست‌های دیگر را ببیند و به آن‌ها پایان دهد.
# Button.
signin-send-code = ارسال کد
# Button.
signin-use-qr = ورود با کد QR
# Button, when other accounts are already guarded.
signin-back-to-accounts = بازگشت به حساب‌هایتان
# Button, when no account is guarded yet.
signin-try-demo = امتحان حساب نمایشی

## First step: the illustrated guide to getting an api_id and api_hash

# Read by screen readers for the numbered list of the three steps below.
signin-guide-label = چطور api_id و api_hash بگیرید
# The number before each step of the guide. $number is 1, 2 or 3.
signin-guide-step-number = { $number }.
# Guide step 1. my.telegram.org is a web address (not a link here).
signin-guide-open-site = my.telegram.org را در مرورگر باز کنید و با شمارهٔ تلفن خود وارد شوید.
# Guide step 2. “API development tools” is the name of the link on my.telegram.org, which is in English.
signin-guide-create-app = «API development tools» را انتخاب کنید و یک برنامه بسازید (با هر نامی، مثلاً «SessionGuard»).
# Guide step 3.
signin-guide-copy-credentials = api_id و api_hash آن را اینجا کپی کنید. این دو در جاکلیدی سیستم شما نگه داشته می‌شوند، هرگز در یک فایل.

## First step, in a copy with app credentials built in

# Opens the api_id and api_hash fields (a folded section).
signin-own-credentials = استفاده از مشخصات API خودم
signin-own-credentials-help = SessionGuard مشخصات برنامهٔ خودش را دارد. برای ورود با برنامه‌ای که خودتان در my.telegram.org ثبت کرده‌اید، api_id و api_hash آن را وارد کنید.

## Second step: the login code

signin-code-title = کد را وارد کنید
# Under the title: where Telegram sent the code.
signin-code-sent-app = Telegram کد را به برنامهٔ Telegram روی دستگاه‌های دیگرتان فرستاد.
signin-code-sent-sms = Telegram کد را با پیامک فرستاد.
signin-code-sent-call = Telegram برای گفتن کد با شما تماس می‌گیرد.
signin-code-sent-other = Telegram برایتان کدی فرستاد.
# The same, with the phone number all but its last two digits hidden: $phone is e.g. "+••• ••• ••00".
signin-code-sent-app-phone = Telegram کد را به برنامهٔ Telegram روی دستگاه‌های دیگرتان فرستاد ({ $phone }).
signin-code-sent-sms-phone = Telegram کد را با پیامک فرستاد ({ $phone }).
signin-code-sent-call-phone = Telegram برای گفتن کد با شما تماس می‌گیرد ({ $phone }).
signin-code-sent-other-phone = Telegram برایتان کدی فرستاد ({ $phone }).
# Field label.
signin-code-label = کد ورود
# Button that sends the code (and, in the next step, the password).
signin-sign-in = ورود
# Button, when Telegram offers to send the code by SMS or a call instead.
signin-resend-another-way = ارسال کد به روش دیگر
# Button: back to the first step.
signin-use-another-number = استفاده از شمارهٔ دیگر

## Third step: the 2-step verification password

signin-password-title = رمز دو مرحله‌ای خود را وارد کنید
signin-password-text = حساب شما تأیید دو مرحله‌ای دارد. رمز با روش اثبات (SRP) بررسی می‌شود: هرگز از این رایانه بیرون نمی‌رود.
# Field label.
signin-password-label = رمز عبور
# Under the password field. $hint is the hint the person set for their password.
signin-password-hint = راهنما: { $hint }
# Button: back to the first step.
signin-start-over = شروع دوباره

## Signing in with a QR code

signin-qr-title = با تلفن خود اسکن کنید
# Where to find the scanner in Telegram's app: use the names of the menus of Telegram in your language.
signin-qr-text = روی تلفنی که وارد حساب است: Telegram ← تنظیمات ← دستگاه‌ها ← اتصال دستگاه دسکتاپ.
# Description of the QR code image, for screen readers.
signin-qr-image = کد QR برای اسکن با Telegram روی تلفنتان
# While the QR code is on its way.
signin-qr-loading = در حال گرفتن کد از Telegram…
# Button: back to the first step.
signin-use-phone = ورود با شمارهٔ تلفن

## The phone number field (ui/phone.js)

# Field label.
phone-label = شمارهٔ تلفن
# Read by screen readers for the country picker.
phone-country = کشور
# The country picker's first choice, when no country is chosen.
phone-country-none = کشور…
# One choice of the country picker. $country is the country's name, $code its calling code (digits, e.g. "49").
# fa: "+{ $code }" sits between invisible LRI and PDI (U+2066, U+2069) so the plus sign stays before the digits in right-to-left text.
phone-country-option = { $country } (⁦+{ $code }⁩)
# Under the field before anything is typed.
phone-hint = همراه با کد کشور. Telegram کد ورود را به دستگاه‌های دیگرتان می‌فرستد.
# Under the field: what is wrong with the number as it is typed.
phone-choose-country = کشور را انتخاب کنید، یا با + و کد کشور شروع کنید.
phone-not-a-number = این شمارهٔ تلفن نیست.
phone-invalid-country = چنین کد کشوری وجود ندارد.
phone-too-short = خیلی کوتاه است.
# $country is the country's name, e.g. "Germany".
phone-too-short-for = برای { $country } خیلی کوتاه است.
phone-too-long = خیلی بلند است.
# $country is the country's name, e.g. "Germany".
phone-too-long-for = برای { $country } خیلی بلند است.
# A warning only: the number may still be sent.
phone-unusual = به نظر نمی‌رسد این شماره در حال استفاده باشد؛ آن را بررسی کنید.
# $country is the country's name, e.g. "Germany".
phone-unusual-in = به نظر نمی‌رسد این شماره در { $country } در حال استفاده باشد؛ آن را بررسی کنید.
# Under the field when the number is good. $country is the country's name, $number the number formatted, e.g. "+49 151 23456789".
phone-valid-in = { $country } · { $number }
