# The checkup, 2-step verification and "Secure my account" (ui/checkup.js, ui/two_step.js, ui/secure.js).

## The Checkup page (ui/checkup.js)

# Where Telegram's own apps keep the 2-step verification settings: write it as Telegram's apps in your language name these menus. Used inside checkup-password-reset-text-*.
checkup-two-step-path = تنظیمات ← حریم خصوصی و امنیت ← تأیید دو مرحله‌ای

# Each check is a title (how it stands) and a text under it (what it means).
checkup-two-step-unknown-title = تأیید دو مرحله‌ای: نامشخص
checkup-two-step-unknown-text = Telegram نگفت که رمز دو مرحله‌ای تعیین شده است یا نه. بعداً دوباره بررسی کنید.
checkup-two-step-ok-title = تأیید دو مرحله‌ای فعال است
checkup-two-step-ok-text = کد ورود به‌تنهایی برای ورود به حساب شما کافی نیست.
checkup-two-step-off-title = تأیید دو مرحله‌ای را فعال کنید
checkup-two-step-off-text = بدون رمز دو مرحله‌ای، هر کسی که یک کد ورود به دستش برسد (یک پیامک، یک تلفن قفل‌نشده) وارد حساب شما می‌شود.

checkup-recovery-email-ok-title = ایمیل بازیابی تعیین شده است
checkup-recovery-email-ok-text = اگر رمز دو مرحله‌ای را فراموش کنید، می‌توانید آن را بازنشانی کنید.
checkup-recovery-email-missing-title = ایمیل بازیابی اضافه کنید
checkup-recovery-email-missing-text = اگر بدون ایمیل بازیابی رمز دو مرحله‌ای را فراموش کنید، فقط می‌توان حساب را بازنشانی کرد — و این کار ۷ روز طول می‌کشد.

checkup-password-reset-title = کسی درخواست بازنشانی رمز دو مرحله‌ای شما را داده است
# $time: the exact date and time of the reset ("Tuesday, 12 November 2024 at 14:05"); $path: checkup-two-step-path.
checkup-password-reset-text-at = بازنشانی در { $time } انجام می‌شود، مگر اینکه لغوش کنید. اگر کار شما نبود، همین حالا لغوش کنید: { $path }.
# When the time of the reset is not known. $path: checkup-two-step-path.
checkup-password-reset-text-soon = بازنشانی به‌زودی انجام می‌شود، مگر اینکه لغوش کنید. اگر کار شما نبود، همین حالا لغوش کنید: { $path }.

# $period: Telegram's period for ending idle sessions, in words ("1 week", "6 months", "1 year").
checkup-ttl-ok-title = نشست‌های غیرفعال پس از { $period } پایان می‌یابند
checkup-ttl-ok-text = دستگاهی که فراموش شده، مدت زیادی وارد نمی‌ماند.
# $period: as in checkup-ttl-ok-title.
checkup-ttl-long-title = نشست‌های غیرفعال تا { $period } باقی می‌مانند
checkup-ttl-long-text = تلفن یا مرورگری که فراموش شده، همین‌قدر وارد می‌ماند. با دورهٔ کوتاه‌تر، چنین نشست‌هایی زودتر پایان می‌یابند.

checkup-stale-ok-title = هیچ نشست فراموش‌شده‌ای نیست
checkup-stale-ok-text = همهٔ نشست‌های دیگر در یک ماه گذشته استفاده شده‌اند.
# $count: how many other sessions were not used for over a month.
checkup-stale-title = { $count ->
    [one] { $count } نشست بیش از یک ماه بدون استفاده
   *[other] { $count } نشست بیش از یک ماه بدون استفاده
}
# $names: the devices' names ("Galaxy S24, Nicegram and 2 others"); one or more.
checkup-stale-text = { $names }. اگر دیگر از آن‌ها استفاده نمی‌کنید، به آن‌ها پایان دهید.

checkup-unofficial-ok-title = فقط برنامه‌های رسمی Telegram
checkup-unofficial-ok-text = هیچ نشستی از برنامه‌ای استفاده نمی‌کند که Telegram نساخته باشد.
# $count: how many sessions use an app Telegram did not make.
checkup-unofficial-title = { $count ->
    [one] { $count } نشست در برنامهٔ غیررسمی
   *[other] { $count } نشست در برنامهٔ غیررسمی
}
# $names: the devices' names ("Galaxy S24, Nicegram and 2 others"); one or more.
checkup-unofficial-text = { $names }. برنامه‌های غیررسمی همهٔ کارهای شما را می‌بینند؛ به آن‌هایی که نمی‌شناسید یا به آن‌ها اعتماد ندارید پایان دهید.

checkup-websites-unknown-title = وب‌سایت‌های متصل: نامشخص
checkup-websites-unknown-text = Telegram فهرست وب‌سایت‌هایی را که با حساب شما وارد شده‌اند نداد. بعداً دوباره بررسی کنید.
checkup-websites-ok-title = هیچ وب‌سایتی با Telegram شما وارد نشده است
# “Log in with Telegram” is the name of Telegram's login button on websites.
checkup-websites-ok-text = هیچ وب‌سایتی نمی‌تواند از طریق «ورود با Telegram» به‌جای شما عمل کند.
# $count: how many websites are logged in with the person's Telegram account.
checkup-websites-title = { $count ->
    [one] { $count } وب‌سایت با Telegram شما وارد شده است
   *[other] { $count } وب‌سایت با Telegram شما وارد شده است
}
checkup-websites-text = هر کدام می‌تواند در سایت خودش به‌جای شما عمل کند. آن‌هایی را که دیگر استفاده نمی‌کنید یا نمی‌شناسید، خارج کنید.

checkup-password-pending-ok-title = کسی پشت رمز شما گیر نکرده است
checkup-password-pending-ok-text = هیچ نشستی کد ورود را بدون رمز دو مرحله‌ای ندارد.
checkup-password-pending-title = کسی کد ورود شما را دارد
# $names: the name of the device (or devices) that entered the login code but not the password.
checkup-password-pending-text = { $names } کد درست را وارد کرده، اما رمز دو مرحله‌ای شما را نه. به آن پایان دهید، و اگر این ورود را شما شروع نکرده‌اید، رمزتان را تغییر دهید.

# Shown while the first checkup runs.
checkup-loading = در حال بررسی حساب شما…
# The summary's headline when nothing needs the person.
checkup-summary-ok = حساب شما به‌خوبی محافظت می‌شود
# The summary's headline. $count: how many checks need the person (1 or more).
checkup-summary-findings = { $count ->
    [one] { $count } مورد برای بررسی
   *[other] { $count } مورد برای بررسی
}
# Shown right after when the checkup ran ("5 minutes ago · checked by SessionGuard"); the time comes first, then a space, then this.
checkup-checked-by = · بررسی‌شده توسط SessionGuard
# The button that runs the checkup again, and what it says while it runs.
checkup-run-again = بررسی دوباره
checkup-running = در حال بررسی…

checkup-limits-title = آنچه هیچ برنامه‌ای نمی‌تواند به شما بگوید
checkup-limits-text = کلید نشستِ دزدیده‌شده دقیقاً مثل همان دستگاهی است که از آن دزدیده شده: همان نام، همان برنامه. اگر چیزی درست به نظر نمی‌رسد، به نشست پایان دهید و دوباره روی دستگاه خودتان وارد شوید. پایان دادن به نشست آن را از حساب خارج می‌کند، اما فقط برنامه‌های رسمی Telegram گفتگوهای ذخیره‌شده روی آن دستگاه را هم پاک می‌کنند.

# The buttons that fix a check. $period: the shorter period in words ("1 week", "1 month").
checkup-fix-ttl = پایان دادن پس از { $period }
# Logs out the connected websites the check is about. $count: how many (0 when they are already gone; the button is then disabled).
checkup-fix-websites = { $count ->
    [1] خارج کردن آن
   *[other] خارج کردن { $count } وب‌سایت
}
# Terminates the sessions the check is about. $count: how many.
checkup-fix-terminate = { $count ->
    [1] پایان دادن به آن
   *[other] پایان دادن به { $count } نشست
}

## 2-step verification (ui/two_step.js)

# The strength meter's word for the new password as it is typed, from weakest to strongest.
two-step-strength-weak = ضعیف
two-step-strength-fair = متوسط
two-step-strength-good = خوب
two-step-strength-strong = قوی
two-step-strength-very-strong = خیلی قوی

# What is wrong with the form, said under it before anything is sent.
two-step-problem-current-missing = رمز دو مرحله‌ای فعلی خود را وارد کنید.
# $count: the fewest characters a new password may have (8).
two-step-problem-too-short = { $count ->
    [one] رمز جدید باید دست‌کم { $count } نویسه داشته باشد.
   *[other] رمز جدید باید دست‌کم { $count } نویسه داشته باشد.
}
two-step-problem-not-same = دو رمز جدید یکسان نیستند.
two-step-problem-hint-gives-away = راهنما نباید رمز را لو بدهد.
two-step-problem-email-missing = نشانی ایمیلی را که رمز با آن بازیابی می‌شود وارد کنید.
two-step-problem-email-invalid = این نشانی ایمیل درست به نظر نمی‌رسد.

# Small buttons in the checkup's 2-step verification and recovery email rows.
two-step-button-turn-on = فعال کردن
two-step-button-change = تغییر
two-step-button-turn-off = غیرفعال کردن
two-step-button-add-email = افزودن ایمیل بازیابی

# The field for the code Telegram emailed to the new recovery email address.
two-step-email-code-title = ایمیل بازیابی خود را تأیید کنید
# $digits: how many digits the code has (e.g. 6).
two-step-email-code-text = Telegram یک کد { $digits } رقمی به نشانی‌ای که دادید ایمیل کرد. آن را اینجا وارد کنید.
two-step-email-code-label = کد
two-step-email-code-cancel = بدون ایمیل بازیابی
two-step-email-code-resend = ارسال دوبارهٔ کد
two-step-email-code-confirm = تأیید

# The form's title and the text under it, for each thing it does.
two-step-on-title = فعال کردن تأیید دو مرحله‌ای
two-step-on-text = پس از کد ورود، Telegram این رمز را هم در هر دستگاه جدید می‌پرسد. رمزی انتخاب کنید که جای دیگری از آن استفاده نمی‌کنید.
two-step-change-title = تغییر رمز دو مرحله‌ای
two-step-change-text = دستگاه‌های دیگرتان وارد می‌مانند. ورودهای جدید به رمز جدید نیاز دارند.
two-step-off-title = غیرفعال کردن تأیید دو مرحله‌ای
two-step-off-text = از آن پس کد ورود به‌تنهایی حساب شما را باز می‌کند. فقط اگر ناچارید این کار را بکنید.
two-step-email-title = افزودن ایمیل بازیابی
two-step-email-text = اگر رمز را فراموش کنید، Telegram کد بازنشانی را به این نشانی می‌فرستد.

# The form's field labels.
two-step-current-label = رمز فعلی
two-step-next-label = رمز جدید
# The meter's name for screen readers.
two-step-strength-label = قدرت رمز
two-step-repeat-label = تکرار رمز جدید
two-step-hint-label = راهنما (اختیاری)
two-step-email-optional-label = ایمیل بازیابی (اختیاری)
two-step-email-label = ایمیل بازیابی

# The form's buttons; "Saving…" replaces the label while the agent works.
two-step-form-cancel = لغو
two-step-form-save = ذخیره
# The button that sends the form when it turns 2-step verification off.
two-step-form-turn-off = غیرفعال کردن
two-step-form-saving = در حال ذخیره…

## "Secure my account" (ui/secure.js)

# The steps the confirmation lists before anything is done; each is one line of a list, without a full stop.
# $count: how many other sessions; $time: the exact date and time Telegram's 24-hour rule lets this device end them ("Tuesday, 12 November 2024 at 14:05").
secure-step-end-sessions-at = { $count ->
    [one] پایان دادن به { $count } نشست دیگر در { $time }، همان لحظه‌ای که Telegram به این دستگاه اجازه می‌دهد
   *[other] پایان دادن به { $count } نشست دیگر در { $time }، همان لحظه‌ای که Telegram به این دستگاه اجازه می‌دهد
}
# $count: how many other sessions.
secure-step-end-sessions-now = { $count ->
    [one] پایان دادن به { $count } نشست دیگر، همین حالا
   *[other] پایان دادن به { $count } نشست دیگر، همین حالا
}
# $count: how many connected websites.
secure-step-log-out-websites = { $count ->
    [one] خروج از { $count } وب‌سایت متصل
   *[other] خروج از { $count } وب‌سایت متصل
}
secure-step-lockdown = فعال کردن حالت قفل: هر ورود جدیدی که از دستگاه مورد اعتماد نباشد، همان لحظهٔ پیدا شدن پایان می‌یابد

# The button under this device, and what it says while it works.
secure-button = ایمن‌سازی حسابم…
secure-button-securing = در حال ایمن‌سازی حساب شما…

# What "Secure my account" did, one line each, until closed.
# $count: how many other sessions were ended.
secure-report-sessions-ended = { $count ->
    [one] به { $count } نشست دیگر پایان داده شد.
   *[other] به { $count } نشست دیگر پایان داده شد.
}
# $count: how many other sessions wait for Telegram's 24-hour rule; $time: the exact date and time they will be ended ("Tuesday, 12 November 2024 at 14:05").
secure-report-sessions-waiting = { $count ->
    [one] به { $count } نشست دیگر در { $time } پایان داده می‌شود: Telegram به دستگاهی که کمتر از ۲۴ ساعت پیش وارد شده، تازه از آن زمان اجازهٔ پایان دادن به نشست‌های دیگر را می‌دهد. SessionGuard این کار را خودش انجام می‌دهد؛ تا آن موقع، اگر می‌توانید، از یک دستگاه قدیمی‌تر به آن پایان دهید.
   *[other] به { $count } نشست دیگر در { $time } پایان داده می‌شود: Telegram به دستگاهی که کمتر از ۲۴ ساعت پیش وارد شده، تازه از آن زمان اجازهٔ پایان دادن به نشست‌های دیگر را می‌دهد. SessionGuard این کار را خودش انجام می‌دهد؛ تا آن موقع، اگر می‌توانید، از یک دستگاه قدیمی‌تر به آن‌ها پایان دهید.
}
# $count: how many connected websites were logged out.
secure-report-websites-ended = { $count ->
    [one] از { $count } وب‌سایت خارج شدید.
   *[other] از { $count } وب‌سایت خارج شدید.
}
secure-report-lockdown-on = حالت قفل فعال است: هر ورود جدیدی که از دستگاه مورد اعتماد نباشد، همان لحظهٔ پیدا شدن پایان می‌یابد.
secure-report-to-do-two-step = حالا رمز تأیید دو مرحله‌ای و ایمیل بازیابی تعیین کنید تا دیگر هرگز کد ورود به‌تنهایی نتواند حساب شما را باز کند.
secure-report-to-do-recovery-email = حالا یک ایمیل بازیابی به رمز دو مرحله‌ای خود اضافه کنید تا اگر رمز را فراموش کردید، بتوانید آن را بازنشانی کنید.
secure-report-nothing-to-do = کاری لازم نبود: نشست دیگری نبود، وب‌سایتی نبود و حالت قفل از قبل فعال بود.
# The report's headline: everything done, or something still waits (for Telegram's 24-hour rule) or failed.
secure-report-title-done = حساب شما ایمن شد
secure-report-title-waits = حساب شما در حال ایمن شدن است
secure-report-close = بستن
# The button that opens the 2-step verification form for what is left to do.
secure-report-next-two-step = تعیین رمز دو مرحله‌ای
secure-report-next-recovery-email = افزودن ایمیل بازیابی
# "History" is the name of the History page.
secure-report-kept-in-history = این گزارش در تاریخچه نگه داشته می‌شود.
