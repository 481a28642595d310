# The sign-in screens and the phone field (ui/signin.js, ui/phone.js).

## The sign-in page, around every step

# Title of the warning above the sign-in form when the account was signed out (the agent's reason follows it).
signin-signed-out = تم تسجيل الخروج
# Under the form when a test server is used. $server is the agent's description of it, e.g. "test server 127.0.0.1:4430".
signin-server = متصل بـ { $server }، لا بـ Telegram نفسه.
# On the submit button while a step is on its way.
signin-please-wait = يُرجى الانتظار…

## First step: the app's credentials and the phone number

# Field label: the name my.telegram.org gives this value; usually kept as it is.
signin-api-id = api_id
# Field label: the name my.telegram.org gives this value; usually kept as it is.
signin-api-hash = api_hash
# Placeholder of the api_hash field.
signin-api-hash-placeholder = 32 حرفًا ورقمًا
signin-credentials-title = تسجيل الدخول إلى Telegram
signin-credentials-text = يسجّل SessionGuard الدخول كجهاز من أجهزة حسابك، ليتمكن من رؤية الجلسات الأخرى وإنهائها.
# Button.
signin-send-code = إرسال الرمز
# Button.
signin-use-qr = تسجيل الدخول برمز QR
# Button, when other accounts are already guarded.
signin-back-to-accounts = العودة إلى حساباتك
# Button, when no account is guarded yet.
signin-try-demo = تجربة الحساب التجريبي

## First step: the illustrated guide to getting an api_id and api_hash

# Read by screen readers for the numbered list of the three steps below.
signin-guide-label = كيفية الحصول على api_id و api_hash
# The number before each step of the guide. $number is 1, 2 or 3.
signin-guide-step-number = { $number }.
# Guide step 1. my.telegram.org is a web address (not a link here).
signin-guide-open-site = افتح my.telegram.org في متصفح وسجّل الدخول برقم هاتفك.
# Guide step 2. “API development tools” is the name of the link on my.telegram.org, which is in English.
signin-guide-create-app = اختر «API development tools» وأنشئ تطبيقًا (بأي اسم، مثل «SessionGuard»).
# Guide step 3.
signin-guide-copy-credentials = انسخ api_id و api_hash الخاصين به إلى هنا. يُحفظان في مخزن كلمات مرور النظام، لا في ملف أبدًا.

## First step, in a copy with app credentials built in

# Opens the api_id and api_hash fields (a folded section).
signin-own-credentials = استخدام بيانات API الخاصة بي
signin-own-credentials-help = يأتي SessionGuard مع بيانات تطبيق خاصة به. لتسجيل الدخول بتطبيق سجّلته بنفسك في my.telegram.org بدلًا من ذلك، أدخل api_id و api_hash الخاصين به.

## Second step: the login code

signin-code-title = أدخل الرمز
# Under the title: where Telegram sent the code.
signin-code-sent-app = أرسل Telegram الرمز إلى تطبيق Telegram على أجهزتك الأخرى.
signin-code-sent-sms = أرسل Telegram الرمز برسالة SMS.
signin-code-sent-call = يتصل بك Telegram ليُمليَ عليك الرمز.
signin-code-sent-other = أرسل إليك Telegram رمزًا.
# The same, with the phone number all but its last two digits hidden: $phone is e.g. "+••• ••• ••00".
signin-code-sent-app-phone = أرسل Telegram الرمز إلى تطبيق Telegram على أجهزتك الأخرى ({ $phone }).
signin-code-sent-sms-phone = أرسل Telegram الرمز برسالة SMS ({ $phone }).
signin-code-sent-call-phone = يتصل بك Telegram ليُمليَ عليك الرمز ({ $phone }).
signin-code-sent-other-phone = أرسل إليك Telegram رمزًا ({ $phone }).
# Field label.
signin-code-label = رمز تسجيل الدخول
# Button that sends the code (and, in the next step, the password).
signin-sign-in = تسجيل الدخول
# Button, when Telegram offers to send the code by SMS or a call instead.
signin-resend-another-way = إرسال الرمز بطريقة أخرى
# Button: back to the first step.
signin-use-another-number = استخدام رقم آخر

## Third step: the 2-step verification password

signin-password-title = أدخل كلمة مرور التحقق بخطوتين
signin-password-text = حسابك محمي بالتحقق بخطوتين. يُتحقَّق من كلمة المرور بإثبات رياضي (SRP): فهي لا تغادر هذا الحاسوب أبدًا.
# Field label.
signin-password-label = كلمة المرور
# Under the password field. $hint is the hint the person set for their password.
signin-password-hint = التلميح: { $hint }
# Button: back to the first step.
signin-start-over = البدء من جديد

## Signing in with a QR code

signin-qr-title = امسح الرمز بهاتفك
# Where to find the scanner in Telegram's app: use the names of the menus of Telegram in your language.
signin-qr-text = على هاتف مسجّل الدخول: Telegram ← الإعدادات ← الأجهزة ← ربط جهاز سطح المكتب.
# Description of the QR code image, for screen readers.
signin-qr-image = رمز QR لمسحه بتطبيق Telegram على هاتفك
# While the QR code is on its way.
signin-qr-loading = جارٍ طلب رمز من Telegram…
# Button: back to the first step.
signin-use-phone = تسجيل الدخول برقم الهاتف بدلًا من ذلك

## The phone number field (ui/phone.js)

# Field label.
phone-label = رقم الهاتف
# Read by screen readers for the country picker.
phone-country = الدولة
# The country picker's first choice, when no country is chosen.
phone-country-none = الدولة…
# One choice of the country picker. $country is the country's name, $code its calling code (digits, e.g. "49").
phone-country-option = { $country } (+{ $code })
# Under the field before anything is typed.
phone-hint = مع رمز الدولة. يرسل Telegram رمز تسجيل الدخول إلى أجهزتك الأخرى.
# Under the field: what is wrong with the number as it is typed.
phone-choose-country = اختر الدولة، أو ابدأ بـ + ثم رمز الدولة.
phone-not-a-number = هذا ليس رقم هاتف.
phone-invalid-country = رمز الدولة هذا غير موجود.
phone-too-short = الرقم قصير جدًا.
# $country is the country's name, e.g. "Germany".
phone-too-short-for = الرقم قصير جدًا بالنسبة إلى { $country }.
phone-too-long = الرقم طويل جدًا.
# $country is the country's name, e.g. "Germany".
phone-too-long-for = الرقم طويل جدًا بالنسبة إلى { $country }.
# A warning only: the number may still be sent.
phone-unusual = لا يبدو هذا رقمًا مستخدَمًا؛ تحقّق منه.
# $country is the country's name, e.g. "Germany".
phone-unusual-in = لا يبدو هذا رقمًا مستخدَمًا في { $country }؛ تحقّق منه.
# Under the field when the number is good. $country is the country's name, $number the number formatted, e.g. "+49 151 23456789".
phone-valid-in = { $country } · { $number }
