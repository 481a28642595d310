# The sign-in screens and the phone field (ui/signin.js, ui/phone.js).

## The sign-in page, around every step

# Title of the warning above the sign-in form when the account was signed out (the agent's reason follows it).
signin-signed-out = Вы вышли из аккаунта
# Under the form when a test server is used. $server is the agent's description of it, e.g. "test server 127.0.0.1:4430".
signin-server = Подключено: { $server }. Это не сам Telegram.
# On the submit button while a step is on its way.
signin-please-wait = Подождите…

## First step: the app's credentials and the phone number

# Field label: the name my.telegram.org gives this value; usually kept as it is.
signin-api-id = api_id
# Field label: the name my.telegram.org gives this value; usually kept as it is.
signin-api-hash = api_hash
# Placeholder of the api_hash field.
signin-api-hash-placeholder = 32 буквы и цифры
signin-credentials-title = Вход в Telegram
signin-credentials-text = SessionGuard входит в ваш аккаунт как ещё одно ваше устройство, чтобы видеть и завершать другие сеансы.
# Button.
signin-send-code = Отправить код
# Button.
signin-use-qr = Войти по QR-коду
# Button, when other accounts are already guarded.
signin-back-to-accounts = Назад к аккаунтам
# Button, when no account is guarded yet.
signin-try-demo = Попробовать демо-аккаунт

## First step: the illustrated guide to getting an api_id and api_hash

# Read by screen readers for the numbered list of the three steps below.
signin-guide-label = Как получить api_id и api_hash
# The number before each step of the guide. $number is 1, 2 or 3.
signin-guide-step-number = { $number }.
# Guide step 1. my.telegram.org is a web address (not a link here).
signin-guide-open-site = Откройте my.telegram.org в браузере и войдите по своему номеру телефона.
# Guide step 2. “API development tools” is the name of the link on my.telegram.org, which is in English.
signin-guide-create-app = Выберите «API development tools» и создайте приложение (название любое, например «SessionGuard»).
# Guide step 3.
signin-guide-copy-credentials = Скопируйте сюда его api_id и api_hash. Они хранятся в системном хранилище паролей, а не в файле.

## First step, in a copy with app credentials built in

# Opens the api_id and api_hash fields (a folded section).
signin-own-credentials = Использовать свои данные API
signin-own-credentials-help = В SessionGuard уже встроены данные приложения. Чтобы войти через своё приложение, зарегистрированное на my.telegram.org, введите его api_id и api_hash.

## Second step: the login code

signin-code-title = Введите код
# Under the title: where Telegram sent the code.
signin-code-sent-app = Telegram отправил код в приложение Telegram на других ваших устройствах.
signin-code-sent-sms = Telegram отправил код по SMS.
signin-code-sent-call = Telegram звонит вам, чтобы продиктовать код.
signin-code-sent-other = Telegram отправил вам код.
# The same, with the phone number all but its last two digits hidden: $phone is e.g. "+••• ••• ••00".
signin-code-sent-app-phone = Telegram отправил код в приложение Telegram на других ваших устройствах ({ $phone }).
signin-code-sent-sms-phone = Telegram отправил код по SMS ({ $phone }).
signin-code-sent-call-phone = Telegram звонит вам, чтобы продиктовать код ({ $phone }).
signin-code-sent-other-phone = Telegram отправил вам код ({ $phone }).
# Field label.
signin-code-label = Код для входа
# Button that sends the code (and, in the next step, the password).
signin-sign-in = Войти
# Button, when Telegram offers to send the code by SMS or a call instead.
signin-resend-another-way = Отправить код другим способом
# Button: back to the first step.
signin-use-another-number = Другой номер

## Third step: the 2-step verification password

signin-password-title = Введите облачный пароль
signin-password-text = В вашем аккаунте включена двухэтапная аутентификация. Пароль проверяется по протоколу SRP и никогда не покидает этот компьютер.
# Field label.
signin-password-label = Пароль
# Under the password field. $hint is the hint the person set for their password.
signin-password-hint = Подсказка: { $hint }
# Button: back to the first step.
signin-start-over = Начать заново

## Signing in with a QR code

signin-qr-title = Отсканируйте телефоном
# Where to find the scanner in Telegram's app: use the names of the menus of Telegram in your language.
signin-qr-text = На телефоне, где выполнен вход: Telegram → Настройки → Устройства → Подключить устройство.
# Description of the QR code image, for screen readers.
signin-qr-image = QR-код для сканирования в Telegram на телефоне
# While the QR code is on its way.
signin-qr-loading = Запрашиваем код у Telegram…
# Button: back to the first step.
signin-use-phone = Войти по номеру телефона

## The phone number field (ui/phone.js)

# Field label.
phone-label = Номер телефона
# Read by screen readers for the country picker.
phone-country = Страна
# The country picker's first choice, when no country is chosen.
phone-country-none = Страна…
# One choice of the country picker. $country is the country's name, $code its calling code (digits, e.g. "49").
phone-country-option = { $country } (+{ $code })
# Under the field before anything is typed.
phone-hint = С кодом страны. Telegram пришлёт код для входа на другие ваши устройства.
# Under the field: what is wrong with the number as it is typed.
phone-choose-country = Выберите страну или начните с + и кода страны.
phone-not-a-number = Это не номер телефона.
phone-invalid-country = Такого кода страны нет.
phone-too-short = Слишком короткий номер.
# $country is the country's name, e.g. "Germany".
phone-too-short-for = Слишком короткий номер для страны { $country }.
phone-too-long = Слишком длинный номер.
# $country is the country's name, e.g. "Germany".
phone-too-long-for = Слишком длинный номер для страны { $country }.
# A warning only: the number may still be sent.
phone-unusual = Похоже, такой номер не используется. Проверьте его.
# $country is the country's name, e.g. "Germany".
phone-unusual-in = Похоже, такой номер не используется в стране { $country }. Проверьте его.
# Under the field when the number is good. $country is the country's name, $number the number formatted, e.g. "+49 151 23456789".
phone-valid-in = { $country } · { $number }
