# What the buttons say while they work: confirmations and toasts (ui/actions.js).
#
# Where a message chooses by { $count }, the variant [1] is for exactly one thing and names
# it (or says "this") instead of giving a number: keep [1] as it is and add your language's
# plural categories ([one], [few], [many]…) for the sentences with the number.

## Terminating one session

# Title of the dialog that asks before ending one session.
confirm-terminate-title = إنهاء هذه الجلسة؟
# Dialog text. $device: the device's name from Telegram ("Galaxy S24").
confirm-terminate-message = سيُسجَّل خروج { $device } من حسابك على Telegram.
# Dialog text when the app or place is known. $device: the device's name from Telegram
# ("Galaxy S24"); $details: its app and place from Telegram ("Telegram Android 11.4 · 102.89.3.4 · Lagos, Nigeria").
confirm-terminate-message-details = سيُسجَّل خروج { $device } ({ $details }) من حسابك على Telegram.
# Note under the dialog text.
confirm-terminate-note = سيحتاج من يستخدم ذلك الجهاز إلى رمز تسجيل الدخول، وإلى كلمة المرور إن كنت قد عيّنتها، ليسجّل الدخول مجددًا.
# The dialog's button that ends the session(s); short.
confirm-terminate-button = إنهاء
# Toast when the session had already ended before the person confirmed. $device: the device's name.
toast-session-already-gone = لم يعد { $device } مسجّل الدخول.
# Toast when the session was ended. $device: the device's name from Telegram.
toast-session-logged-out = تم تسجيل خروج { $device }.

## Terminating several chosen sessions

# Title of the dialog that asks before ending the sessions chosen. $count: how many (at least 1).
confirm-terminate-many-title = { $count ->
    [1] إنهاء هذه الجلسة؟
    [zero] إنهاء الجلسات؟
    [two] إنهاء الجلستين؟
    [few] إنهاء { $count } جلسات؟
    [many] إنهاء { $count } جلسة؟
   *[other] إنهاء { $count } جلسة؟
}
# Dialog text. $devices: the devices' names as a list ("Galaxy S24, iPad and Chrome").
confirm-terminate-many-message = سيؤدي هذا إلى تسجيل خروج: { $devices }.
# Note under the dialog text (also when terminating all other sessions).
confirm-terminate-devices-note = ستحتاج تلك الأجهزة إلى رمز تسجيل الدخول، وإلى كلمة المرور إن كنت قد عيّنتها، لتسجيل الدخول مجددًا.
# Toast when the sessions were ended. $count: how many were ended; $device: the name of the
# first device chosen (said only when one was ended).
toast-sessions-logged-out = { $count ->
    [1] تم تسجيل خروج { $device }.
    [zero] لم تُنهَ أي جلسة.
    [two] تم إنهاء جلستين.
    [few] تم إنهاء { $count } جلسات.
    [many] تم إنهاء { $count } جلسة.
   *[other] تم إنهاء { $count } جلسة.
}

## Connected websites

# Title of the dialog that asks before logging Telegram out of one website. $domain: the website's address ("example.com").
confirm-website-title = تسجيل الخروج من { $domain }؟
# Dialog text. $domain: the website's address ("example.com").
confirm-website-message = لن يبقى { $domain } مسجّل الدخول بحسابك على Telegram.
# Dialog text when the website's bot is known. $domain: the website's address; $bot: its Telegram bot ("@ExampleBot").
confirm-website-message-bot = لن يبقى { $domain } ({ $bot }) مسجّل الدخول بحسابك على Telegram.
# Note under the dialog text.
confirm-website-note = لاستخدامه مجددًا، سجّل الدخول عبر Telegram هناك من جديد.
# The dialog's button; short.
confirm-website-button = تسجيل الخروج
# Toast when the website was logged out. $domain: the website's address.
toast-website-logged-out = تم تسجيل الخروج من { $domain }.
# Title of the dialog that asks before logging Telegram out of every website.
confirm-websites-title = تسجيل الخروج من كل المواقع؟
# Dialog text. $count: how many websites; $websites: their addresses as a list ("example.com and shop.example").
confirm-websites-message = { $count ->
    [zero] لا توجد مواقع مسجّلة الدخول بحسابك على Telegram.
    [one] سيُسجَّل خروج حسابك على Telegram من موقع واحد: { $websites }.
    [two] سيُسجَّل خروج حسابك على Telegram من موقعين: { $websites }.
    [few] سيُسجَّل خروج حسابك على Telegram من { $count } مواقع: { $websites }.
    [many] سيُسجَّل خروج حسابك على Telegram من { $count } موقعًا: { $websites }.
   *[other] سيُسجَّل خروج حسابك على Telegram من { $count } موقع: { $websites }.
}
# Note under the dialog text.
confirm-websites-note = لاستخدام أيٍّ منها مجددًا، سجّل الدخول عبر Telegram هناك من جديد.
# The dialog's button; short.
confirm-websites-button = الخروج من الكل
# Toast when the websites were logged out. $count: how many.
toast-websites-logged-out = { $count ->
    [zero] لم يُسجَّل الخروج من أي موقع.
    [one] تم تسجيل الخروج من موقع واحد.
    [two] تم تسجيل الخروج من موقعين.
    [few] تم تسجيل الخروج من { $count } مواقع.
    [many] تم تسجيل الخروج من { $count } موقعًا.
   *[other] تم تسجيل الخروج من { $count } موقع.
}

## Secure my account

# Title of the dialog that asks before securing the account.
confirm-secure-title = تأمين حسابك الآن؟
# Dialog text; a list of the steps follows it.
confirm-secure-message = سيقوم SessionGuard بما يلي:
# Note under the list of steps.
confirm-secure-note = سيبقى هذا الجهاز وحده مسجّل الدخول. بعد ذلك سترى ما تم، وما بقي عليك: كلمة مرور للتحقق بخطوتين وبريد إلكتروني للاسترداد.
# The dialog's button; the same words as the "Secure my account" button.
confirm-secure-button = تأمين حسابي

## 2-step verification

# Toast when 2-step verification was turned on.
toast-two-step-on = تم تفعيل التحقق بخطوتين.
# Toast when the 2-step password was changed.
toast-two-step-changed = تم تغيير كلمة مرور التحقق بخطوتين.
# Toast when 2-step verification was turned off.
toast-two-step-off = تم إيقاف التحقق بخطوتين.
# Toast when a recovery email was set: Telegram sent a code to it.
toast-two-step-email = ستجد الرمز في بريدك الإلكتروني.

## History

# Error shown when the agent gave an answer of the wrong kind (should not happen).
action-unexpected-answer = ردّت خدمة SessionGuard بجواب غير متوقع.
# Toast when "Export" is used in a web browser, where files cannot be saved.
toast-export-needs-app = حفظ الملفات يتطلب تطبيق SessionGuard.
# Title of the system's save dialog.
action-export-title = تصدير السجل
# File type in the system's save dialog.
action-export-csv = CSV (جداول البيانات)
# Toast after exporting. $count: how many history entries were saved; $path: where the file is.
toast-exported = { $count ->
    [zero] لم يُحفَظ أي حدث في { $path }.
    [one] تم حفظ حدث واحد في { $path }.
    [two] تم حفظ حدثين في { $path }.
    [few] تم حفظ { $count } أحداث في { $path }.
    [many] تم حفظ { $count } حدثًا في { $path }.
   *[other] تم حفظ { $count } حدث في { $path }.
}

## Signing out of an account

# Title of the dialog that asks before signing out. $account: the account's name or phone number.
confirm-sign-out-title = تسجيل الخروج من { $account }؟
# Dialog text. "Keyring": the system's password store.
confirm-sign-out-message = سيُنهي SessionGuard جلسته الخاصة مع Telegram ويحذف مفتاحه من مخزن كلمات المرور، ويتوقف عن حماية هذا الحساب.
# Note under the dialog text.
confirm-sign-out-note = تبقى أجهزتك الأخرى مسجّلة الدخول. يمكنك تسجيل الدخول مجددًا في أي وقت.
# The dialog's button; short.
confirm-sign-out-button = تسجيل الخروج
# Toast when the demo account was closed.
toast-demo-closed = تم إغلاق الحساب التجريبي.
# Toast after signing out.
toast-signed-out = تم تسجيل الخروج وحُذف المفتاح من مخزن كلمات المرور.

## Terminating from an alert, and all other sessions

# Note in the terminate dialog opened from a new-login alert.
confirm-terminate-alert-note = إن لم تكن أنت من سجّل الدخول، ففعّل أيضًا التحقق بخطوتين في Telegram حتى لا يكفي رمز تسجيل الدخول وحده.
# Title of the dialog that asks before ending every session but this one.
confirm-terminate-others-title = إنهاء كل الجلسات الأخرى؟
# Dialog text. $count: how many devices; $devices: their names as a list ("Galaxy S24, iPad and Chrome").
confirm-terminate-others-message = { $count ->
    [zero] لا توجد أجهزة أخرى مسجّلة الدخول. هذا الجهاز وحده مسجّل الدخول.
    [one] سيُسجَّل خروج جهاز واحد: { $devices }. وسيبقى هذا الجهاز وحده مسجّل الدخول.
    [two] سيُسجَّل خروج جهازين: { $devices }. وسيبقى هذا الجهاز وحده مسجّل الدخول.
    [few] سيُسجَّل خروج { $count } أجهزة: { $devices }. وسيبقى هذا الجهاز وحده مسجّل الدخول.
    [many] سيُسجَّل خروج { $count } جهازًا: { $devices }. وسيبقى هذا الجهاز وحده مسجّل الدخول.
   *[other] سيُسجَّل خروج { $count } جهاز: { $devices }. وسيبقى هذا الجهاز وحده مسجّل الدخول.
}
# The dialog's button; short. $count: how many devices it ends.
confirm-terminate-others-button = { $count ->
    [1] إنهاء
   *[other] إنهاء الكل
}
# Toast when the other sessions were ended. $count: how many; $device: the device's name
# (said only when there was one).
toast-others-logged-out = { $count ->
    [1] تم تسجيل خروج { $device }.
    [zero] لم يُسجَّل خروج أي جهاز.
    [two] تم تسجيل خروج جهازين.
    [few] تم تسجيل خروج { $count } أجهزة.
    [many] تم تسجيل خروج { $count } جهازًا.
   *[other] تم تسجيل خروج { $count } جهاز.
}

## Recovery email

# Toast when the code to confirm the recovery email was sent again.
toast-recovery-code-resent = رمز جديد في طريقه إليك.
# Toast when the person chose not to add a recovery email.
toast-recovery-cancelled = لم يُضَف بريد إلكتروني للاسترداد.
# Toast when the recovery email was confirmed with its code.
toast-recovery-confirmed = تم تأكيد بريدك الإلكتروني للاسترداد.

## A session's switches

# Toast after the "Trusted device" switch was turned on. $device: the device's name from Telegram.
toast-trusted = أصبح { $device } جهازًا موثوقًا.
# Toast after the "Trusted device" switch was turned off. $device: the device's name from Telegram.
toast-untrusted = لم يعد { $device } جهازًا موثوقًا.

## Settings

# Toast after the "end inactive sessions after" setting was saved (it is kept by Telegram).
toast-saved-with-telegram = تم الحفظ لدى Telegram.
# Toast after alert forwarding was set to a web address or a Telegram chat.
toast-forwarding-on = ستُرسَل التنبيهات إلى هناك أيضًا.
# Toast after alert forwarding was turned off.
toast-forwarding-off = تبقى التنبيهات على هذا الحاسوب فقط.
# Toast after a test alert was forwarded.
toast-test-alert-delivered = تم توصيل التنبيه التجريبي.
