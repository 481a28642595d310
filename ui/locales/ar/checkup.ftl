# The checkup, 2-step verification and "Secure my account" (ui/checkup.js, ui/two_step.js, ui/secure.js).

## The Checkup page (ui/checkup.js)

# Where Telegram's own apps keep the 2-step verification settings: write it as Telegram's apps in your language name these menus. Used inside checkup-password-reset-text-*.
checkup-two-step-path = الإعدادات ← الخصوصية والأمان ← التحقق بخطوتين

# Each check is a title (how it stands) and a text under it (what it means).
checkup-two-step-unknown-title = التحقق بخطوتين: غير معروف
checkup-two-step-unknown-text = لم يوضّح Telegram إن كانت كلمة مرور التحقق بخطوتين معيَّنة. تحقّق مجددًا لاحقًا.
checkup-two-step-ok-title = التحقق بخطوتين مفعّل
checkup-two-step-ok-text = رمز تسجيل الدخول وحده لا يكفي للدخول إلى حسابك.
checkup-two-step-off-title = فعّل التحقق بخطوتين
checkup-two-step-off-text = دون كلمة مرور للتحقق بخطوتين، يستطيع أي شخص يحصل على رمز تسجيل دخول واحد (رسالة SMS، أو هاتف تُرك دون قفل) الدخول إلى حسابك.

checkup-recovery-email-ok-title = البريد الإلكتروني للاسترداد معيَّن
checkup-recovery-email-ok-text = يمكنك إعادة تعيين كلمة مرور التحقق بخطوتين إن نسيتها.
checkup-recovery-email-missing-title = أضف بريدًا إلكترونيًا للاسترداد
checkup-recovery-email-missing-text = إن نسيت كلمة مرور التحقق بخطوتين ولم يكن لديك بريد للاسترداد، فلا سبيل إلا إعادة تعيين الحساب — وهذا يستغرق 7 أيام.

checkup-password-reset-title = طلب أحدهم إعادة تعيين كلمة مرور التحقق بخطوتين
# $time: the exact date and time of the reset ("Tuesday, 12 November 2024 at 14:05"); $path: checkup-two-step-path.
checkup-password-reset-text-at = ستتم إعادة التعيين في { $time } ما لم تُلغِها. إن لم تكن أنت من طلبها، فألغِها الآن: { $path }.
# When the time of the reset is not known. $path: checkup-two-step-path.
checkup-password-reset-text-soon = ستتم إعادة التعيين قريبًا ما لم تُلغِها. إن لم تكن أنت من طلبها، فألغِها الآن: { $path }.

# $period: Telegram's period for ending idle sessions, in words ("1 week", "6 months", "1 year").
checkup-ttl-ok-title = تنتهي الجلسات الخاملة بعد { $period }
checkup-ttl-ok-text = لا يبقى الجهاز المنسي مسجّل الدخول طويلًا.
# $period: as in checkup-ttl-ok-title.
checkup-ttl-long-title = تبقى الجلسات الخاملة لمدة { $period }
checkup-ttl-long-text = يبقى الهاتف أو المتصفح المنسي مسجّل الدخول طوال هذه المدة. المدة الأقصر تُنهي هذه الجلسات أسرع.

checkup-stale-ok-title = لا توجد جلسات منسية
checkup-stale-ok-text = استُخدمت كل الجلسات الأخرى خلال الشهر الماضي.
# $count: how many other sessions were not used for over a month.
checkup-stale-title = { $count ->
    [zero] لا جلسات غير مستخدمة منذ أكثر من شهر
    [one] جلسة واحدة غير مستخدمة منذ أكثر من شهر
    [two] جلستان غير مستخدمتين منذ أكثر من شهر
    [few] { $count } جلسات غير مستخدمة منذ أكثر من شهر
    [many] { $count } جلسة غير مستخدمة منذ أكثر من شهر
   *[other] { $count } جلسة غير مستخدمة منذ أكثر من شهر
}
# $names: the devices' names ("Galaxy S24, Nicegram and 2 others"); one or more.
checkup-stale-text = { $names }. إن لم تعد تستخدمها، فأنهِها.

checkup-unofficial-ok-title = تطبيقات Telegram الرسمية فقط
checkup-unofficial-ok-text = لا توجد جلسة تستخدم تطبيقًا لم يصنعه Telegram.
# $count: how many sessions use an app Telegram did not make.
checkup-unofficial-title = { $count ->
    [zero] لا جلسات في تطبيقات غير رسمية
    [one] جلسة واحدة في تطبيق غير رسمي
    [two] جلستان في تطبيقات غير رسمية
    [few] { $count } جلسات في تطبيقات غير رسمية
    [many] { $count } جلسة في تطبيقات غير رسمية
   *[other] { $count } جلسة في تطبيقات غير رسمية
}
# $names: the devices' names ("Galaxy S24, Nicegram and 2 others"); one or more.
checkup-unofficial-text = { $names }. التطبيقات غير الرسمية ترى كل ما تفعله؛ أنهِ ما لا تعرفه منها أو لا تثق به.

checkup-websites-unknown-title = المواقع المتصلة: غير معروفة
checkup-websites-unknown-text = لم يُدرج Telegram المواقع المسجّلة الدخول بحسابك. تحقّق مجددًا لاحقًا.
checkup-websites-ok-title = لا يوجد موقع مسجّل الدخول بحسابك على Telegram
# “Log in with Telegram” is the name of Telegram's login button on websites.
checkup-websites-ok-text = لا يستطيع أي موقع التصرف باسمك من خلال «تسجيل الدخول عبر Telegram».
# $count: how many websites are logged in with the person's Telegram account.
checkup-websites-title = { $count ->
    [zero] لا مواقع مسجّلة الدخول بحسابك على Telegram
    [one] موقع واحد مسجّل الدخول بحسابك على Telegram
    [two] موقعان مسجّلا الدخول بحسابك على Telegram
    [few] { $count } مواقع مسجّلة الدخول بحسابك على Telegram
    [many] { $count } موقعًا مسجّل الدخول بحسابك على Telegram
   *[other] { $count } موقع مسجّل الدخول بحسابك على Telegram
}
checkup-websites-text = يستطيع كلٌّ منها التصرف باسمك على موقعه. سجّل الخروج من المواقع التي لم تعد تستخدمها أو لا تعرفها.

checkup-password-pending-ok-title = لا أحد عالق عند كلمة مرورك
checkup-password-pending-ok-text = لا توجد جلسة لديها رمز تسجيل الدخول دون كلمة مرور التحقق بخطوتين.
checkup-password-pending-title = لدى شخص ما رمز تسجيل الدخول الخاص بك
# $names: the name of the device (or devices) that entered the login code but not the password.
checkup-password-pending-text = أُدخل الرمز الصحيح على { $names }، لكن لم تُدخَل كلمة مرور التحقق بخطوتين. أنهِ الجلسة، وغيّر كلمة مرورك إن لم تكن أنت من بدأ تسجيل الدخول.

# Shown while the first checkup runs.
checkup-loading = جارٍ فحص حسابك…
# The summary's headline when nothing needs the person.
checkup-summary-ok = حسابك محمي جيدًا
# The summary's headline. $count: how many checks need the person (1 or more).
checkup-summary-findings = { $count ->
    [zero] لا شيء يحتاج إلى انتباهك
    [one] أمر واحد يحتاج إلى انتباهك
    [two] أمران يحتاجان إلى انتباهك
    [few] { $count } أمور تحتاج إلى انتباهك
    [many] { $count } أمرًا تحتاج إلى انتباهك
   *[other] { $count } أمر تحتاج إلى انتباهك
}
# Shown right after when the checkup ran ("5 minutes ago · checked by SessionGuard"); the time comes first, then a space, then this.
checkup-checked-by = · فحصه SessionGuard
# The button that runs the checkup again, and what it says while it runs.
checkup-run-again = إعادة الفحص
checkup-running = جارٍ الفحص…

checkup-limits-title = ما لا يستطيع أي تطبيق إخبارك به
checkup-limits-text = مفتاح الجلسة المسروق يبدو تمامًا مثل الجهاز الذي سُرق منه: الاسم نفسه والتطبيق نفسه. إن شعرت بأن شيئًا ما ليس على ما يرام، فأنهِ الجلسة وسجّل الدخول مجددًا على جهازك أنت. إنهاء الجلسة يسجّل خروجها، لكن تطبيقات Telegram الرسمية وحدها تمسح أيضًا المحادثات التي حفظتها على ذلك الجهاز.

# The buttons that fix a check. $period: the shorter period in words ("1 week", "1 month").
checkup-fix-ttl = إنهاؤها بعد { $period }
# Logs out the connected websites the check is about. $count: how many (0 when they are already gone; the button is then disabled).
checkup-fix-websites = { $count ->
    [zero] تسجيل الخروج
    [one] تسجيل الخروج منه
    [two] تسجيل الخروج منهما
    [few] تسجيل الخروج من { $count } مواقع
    [many] تسجيل الخروج من { $count } موقعًا
   *[other] تسجيل الخروج من { $count } موقع
}
# Terminates the sessions the check is about. $count: how many.
checkup-fix-terminate = { $count ->
    [zero] إنهاء
    [one] إنهاء الجلسة
    [two] إنهاء الجلستين
    [few] إنهاء { $count } جلسات
    [many] إنهاء { $count } جلسة
   *[other] إنهاء { $count } جلسة
}

## 2-step verification (ui/two_step.js)

# The strength meter's word for the new password as it is typed, from weakest to strongest.
two-step-strength-weak = ضعيفة
two-step-strength-fair = مقبولة
two-step-strength-good = جيدة
two-step-strength-strong = قوية
two-step-strength-very-strong = قوية جدًا

# What is wrong with the form, said under it before anything is sent.
two-step-problem-current-missing = أدخل كلمة مرور التحقق بخطوتين الحالية.
# $count: the fewest characters a new password may have (8).
two-step-problem-too-short = { $count ->
    [zero] أدخل كلمة مرور جديدة.
    [one] يجب أن تتكون كلمة المرور الجديدة من حرف واحد على الأقل.
    [two] يجب أن تتكون كلمة المرور الجديدة من حرفين على الأقل.
    [few] يجب أن تتكون كلمة المرور الجديدة من { $count } أحرف على الأقل.
    [many] يجب أن تتكون كلمة المرور الجديدة من { $count } حرفًا على الأقل.
   *[other] يجب أن تتكون كلمة المرور الجديدة من { $count } حرف على الأقل.
}
two-step-problem-not-same = كلمتا المرور الجديدتان غير متطابقتين.
two-step-problem-hint-gives-away = يجب ألا يكشف التلميح كلمة المرور.
two-step-problem-email-missing = أدخل عنوان البريد الإلكتروني الذي ستستعيد به كلمة المرور.
two-step-problem-email-invalid = لا يبدو عنوان البريد الإلكتروني هذا صحيحًا.

# Small buttons in the checkup's 2-step verification and recovery email rows.
two-step-button-turn-on = تفعيل
two-step-button-change = تغيير
two-step-button-turn-off = إيقاف
two-step-button-add-email = إضافة بريد للاسترداد

# The field for the code Telegram emailed to the new recovery email address.
two-step-email-code-title = أكّد بريدك الإلكتروني للاسترداد
# $digits: how many digits the code has (e.g. 6).
two-step-email-code-text = { $digits ->
    [zero] أرسل Telegram رمزًا إلى العنوان الذي أدخلته. أدخله هنا.
    [one] أرسل Telegram رمزًا من رقم واحد إلى العنوان الذي أدخلته. أدخله هنا.
    [two] أرسل Telegram رمزًا من رقمين إلى العنوان الذي أدخلته. أدخله هنا.
    [few] أرسل Telegram رمزًا من { $digits } أرقام إلى العنوان الذي أدخلته. أدخله هنا.
    [many] أرسل Telegram رمزًا من { $digits } رقمًا إلى العنوان الذي أدخلته. أدخله هنا.
   *[other] أرسل Telegram رمزًا من { $digits } رقم إلى العنوان الذي أدخلته. أدخله هنا.
}
two-step-email-code-label = الرمز
two-step-email-code-cancel = المتابعة دون بريد للاسترداد
two-step-email-code-resend = إرسال الرمز مجددًا
two-step-email-code-confirm = تأكيد

# The form's title and the text under it, for each thing it does.
two-step-on-title = تفعيل التحقق بخطوتين
two-step-on-text = بعد رمز تسجيل الدخول، سيطلب Telegram كلمة المرور هذه أيضًا على كل جهاز جديد. اختر كلمة مرور لا تستخدمها في أي مكان آخر.
two-step-change-title = تغيير كلمة مرور التحقق بخطوتين
two-step-change-text = تبقى أجهزتك الأخرى مسجّلة الدخول. ستتطلب عمليات تسجيل الدخول الجديدة كلمة المرور الجديدة.
two-step-off-title = إيقاف التحقق بخطوتين
two-step-off-text = سيكفي عندها رمز تسجيل الدخول وحده لفتح حسابك. لا تفعل هذا إلا عند الضرورة.
two-step-email-title = إضافة بريد إلكتروني للاسترداد
two-step-email-text = إن نسيت كلمة المرور، يرسل Telegram رمز إعادة التعيين إلى هذا العنوان.

# The form's field labels.
two-step-current-label = كلمة المرور الحالية
two-step-next-label = كلمة المرور الجديدة
# The meter's name for screen readers.
two-step-strength-label = قوة كلمة المرور
two-step-repeat-label = أعد إدخال كلمة المرور الجديدة
two-step-hint-label = تلميح (اختياري)
two-step-email-optional-label = البريد الإلكتروني للاسترداد (اختياري)
two-step-email-label = البريد الإلكتروني للاسترداد

# The form's buttons; "Saving…" replaces the label while the agent works.
two-step-form-cancel = إلغاء
two-step-form-save = حفظ
# The button that sends the form when it turns 2-step verification off.
two-step-form-turn-off = إيقاف
two-step-form-saving = جارٍ الحفظ…

## "Secure my account" (ui/secure.js)

# The steps the confirmation lists before anything is done; each is one line of a list, without a full stop.
# $count: how many other sessions; $time: the exact date and time Telegram's 24-hour rule lets this device end them ("Tuesday, 12 November 2024 at 14:05").
secure-step-end-sessions-at = { $count ->
    [zero] لا جلسات أخرى لإنهائها
    [one] إنهاء جلسة أخرى واحدة في { $time }، فور أن يسمح Telegram لهذا الجهاز بذلك
    [two] إنهاء جلستين أخريين في { $time }، فور أن يسمح Telegram لهذا الجهاز بذلك
    [few] إنهاء { $count } جلسات أخرى في { $time }، فور أن يسمح Telegram لهذا الجهاز بذلك
    [many] إنهاء { $count } جلسة أخرى في { $time }، فور أن يسمح Telegram لهذا الجهاز بذلك
   *[other] إنهاء { $count } جلسة أخرى في { $time }، فور أن يسمح Telegram لهذا الجهاز بذلك
}
# $count: how many other sessions.
secure-step-end-sessions-now = { $count ->
    [zero] لا جلسات أخرى لإنهائها
    [one] إنهاء جلسة أخرى واحدة الآن
    [two] إنهاء جلستين أخريين الآن
    [few] إنهاء { $count } جلسات أخرى الآن
    [many] إنهاء { $count } جلسة أخرى الآن
   *[other] إنهاء { $count } جلسة أخرى الآن
}
# $count: how many connected websites.
secure-step-log-out-websites = { $count ->
    [zero] لا مواقع متصلة لتسجيل الخروج منها
    [one] تسجيل الخروج من موقع متصل واحد
    [two] تسجيل الخروج من موقعين متصلين
    [few] تسجيل الخروج من { $count } مواقع متصلة
    [many] تسجيل الخروج من { $count } موقعًا متصلًا
   *[other] تسجيل الخروج من { $count } موقع متصل
}
secure-step-lockdown = تفعيل وضع الإغلاق: يُنهى فور ظهوره أي تسجيل دخول جديد ليس من جهاز موثوق

# The button under this device, and what it says while it works.
secure-button = تأمين حسابي…
secure-button-securing = جارٍ تأمين حسابك…

# What "Secure my account" did, one line each, until closed.
# $count: how many other sessions were ended.
secure-report-sessions-ended = { $count ->
    [zero] لم تُنهَ أي جلسة أخرى.
    [one] تم إنهاء جلسة أخرى واحدة.
    [two] تم إنهاء جلستين أخريين.
    [few] تم إنهاء { $count } جلسات أخرى.
    [many] تم إنهاء { $count } جلسة أخرى.
   *[other] تم إنهاء { $count } جلسة أخرى.
}
# $count: how many other sessions wait for Telegram's 24-hour rule; $time: the exact date and time they will be ended ("Tuesday, 12 November 2024 at 14:05").
secure-report-sessions-waiting = { $count ->
    [zero] لا توجد جلسات أخرى بانتظار الإنهاء.
    [one] ستُنهى جلسة أخرى واحدة في { $time }: لا يسمح Telegram لجهاز سجّل الدخول قبل أقل من 24 ساعة بإنهاء الجلسات الأخرى قبل ذلك الموعد. سيتولى SessionGuard ذلك تلقائيًا؛ وحتى ذلك الحين، أنهِها من جهاز أقدم إن استطعت.
    [two] ستُنهى جلستان أخريان في { $time }: لا يسمح Telegram لجهاز سجّل الدخول قبل أقل من 24 ساعة بإنهاء الجلسات الأخرى قبل ذلك الموعد. سيتولى SessionGuard ذلك تلقائيًا؛ وحتى ذلك الحين، أنهِهما من جهاز أقدم إن استطعت.
    [few] ستُنهى { $count } جلسات أخرى في { $time }: لا يسمح Telegram لجهاز سجّل الدخول قبل أقل من 24 ساعة بإنهاء الجلسات الأخرى قبل ذلك الموعد. سيتولى SessionGuard ذلك تلقائيًا؛ وحتى ذلك الحين، أنهِها من جهاز أقدم إن استطعت.
    [many] ستُنهى { $count } جلسة أخرى في { $time }: لا يسمح Telegram لجهاز سجّل الدخول قبل أقل من 24 ساعة بإنهاء الجلسات الأخرى قبل ذلك الموعد. سيتولى SessionGuard ذلك تلقائيًا؛ وحتى ذلك الحين، أنهِها من جهاز أقدم إن استطعت.
   *[other] ستُنهى { $count } جلسة أخرى في { $time }: لا يسمح Telegram لجهاز سجّل الدخول قبل أقل من 24 ساعة بإنهاء الجلسات الأخرى قبل ذلك الموعد. سيتولى SessionGuard ذلك تلقائيًا؛ وحتى ذلك الحين، أنهِها من جهاز أقدم إن استطعت.
}
# $count: how many connected websites were logged out.
secure-report-websites-ended = { $count ->
    [zero] لم يُسجَّل الخروج من أي موقع.
    [one] تم تسجيل الخروج من موقع واحد.
    [two] تم تسجيل الخروج من موقعين.
    [few] تم تسجيل الخروج من { $count } مواقع.
    [many] تم تسجيل الخروج من { $count } موقعًا.
   *[other] تم تسجيل الخروج من { $count } موقع.
}
secure-report-lockdown-on = وضع الإغلاق مفعّل: يُنهى فور ظهوره أي تسجيل دخول جديد ليس من جهاز موثوق.
secure-report-to-do-two-step = عيّن الآن كلمة مرور للتحقق بخطوتين وبريدًا إلكترونيًا للاسترداد، حتى لا يكفي رمز تسجيل الدخول وحده لفتح حسابك مرة أخرى.
secure-report-to-do-recovery-email = أضف الآن بريدًا إلكترونيًا للاسترداد إلى كلمة مرور التحقق بخطوتين، لتتمكن من إعادة تعيينها إن نسيتها.
secure-report-nothing-to-do = لم يكن هناك ما يلزم فعله: لا جلسات أخرى ولا مواقع، ووضع الإغلاق كان مفعّلًا أصلًا.
# The report's headline: everything done, or something still waits (for Telegram's 24-hour rule) or failed.
secure-report-title-done = تم تأمين حسابك
secure-report-title-waits = جارٍ تأمين حسابك
secure-report-close = إغلاق
# The button that opens the 2-step verification form for what is left to do.
secure-report-next-two-step = تعيين كلمة مرور التحقق بخطوتين
secure-report-next-recovery-email = إضافة بريد إلكتروني للاسترداد
# "History" is the name of the History page.
secure-report-kept-in-history = يُحفظ هذا في «السجل».
