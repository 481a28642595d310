# The sign-in screens and the phone field (ui/signin.js, ui/phone.js).

## The sign-in page, around every step

# Title of the warning above the sign-in form when the account was signed out (the agent's reason follows it).
signin-signed-out = Sesión cerrada
# Under the form when a test server is used. $server is the agent's description of it, e.g. "test server 127.0.0.1:4430".
signin-server = Conectado a { $server }, no al propio Telegram.
# On the submit button while a step is on its way.
signin-please-wait = Un momento…

## First step: the app's credentials and the phone number

# Field label: the name my.telegram.org gives this value; usually kept as it is.
signin-api-id = api_id
# Field label: the name my.telegram.org gives this value; usually kept as it is.
signin-api-hash = api_hash
# Placeholder of the api_hash field.
signin-api-hash-placeholder = 32 letras y dígitos
signin-credentials-title = Iniciar sesión en Telegram
signin-credentials-text = SessionGuard inicia sesión como un dispositivo más de tu propia cuenta, para poder ver y terminar las otras sesiones.
# Button.
signin-send-code = Enviar código
# Button.
signin-use-qr = Iniciar sesión con código QR
# Button, when other accounts are already guarded.
signin-back-to-accounts = Volver a tus cuentas
# Button, when no account is guarded yet.
signin-try-demo = Probar la cuenta demo

## First step: the illustrated guide to getting an api_id and api_hash

# Read by screen readers for the numbered list of the three steps below.
signin-guide-label = Cómo obtener un api_id y un api_hash
# The number before each step of the guide. $number is 1, 2 or 3.
signin-guide-step-number = { $number }.
# Guide step 1. my.telegram.org is a web address (not a link here).
signin-guide-open-site = Abre my.telegram.org en un navegador e inicia sesión con tu número de teléfono.
# Guide step 2. “API development tools” is the name of the link on my.telegram.org, which is in English.
signin-guide-create-app = Elige «API development tools» y crea una app (con cualquier nombre, p. ej., «SessionGuard»).
# Guide step 3.
signin-guide-copy-credentials = Copia aquí su api_id y su api_hash. Se guardan en el llavero de tu sistema, nunca en un archivo.

## First step, in a copy with app credentials built in

# Opens the api_id and api_hash fields (a folded section).
signin-own-credentials = Usar mis propias credenciales de API
signin-own-credentials-help = SessionGuard incluye sus propias credenciales de app. Si prefieres iniciar sesión con una app que registraste en my.telegram.org, escribe su api_id y su api_hash.

## Second step: the login code

signin-code-title = Escribe el código
# Under the title: where Telegram sent the code.
signin-code-sent-app = Telegram envió el código a tu app de Telegram en tus otros dispositivos.
signin-code-sent-sms = Telegram envió el código por SMS.
signin-code-sent-call = Telegram te está llamando para darte el código.
signin-code-sent-other = Telegram te envió un código.
# The same, with the phone number all but its last two digits hidden: $phone is e.g. "+••• ••• ••00".
signin-code-sent-app-phone = Telegram envió el código a tu app de Telegram en tus otros dispositivos ({ $phone }).
signin-code-sent-sms-phone = Telegram envió el código por SMS ({ $phone }).
signin-code-sent-call-phone = Telegram te está llamando para darte el código ({ $phone }).
signin-code-sent-other-phone = Telegram te envió un código ({ $phone }).
# Field label.
signin-code-label = Código de inicio de sesión
# Button that sends the code (and, in the next step, the password).
signin-sign-in = Iniciar sesión
# Button, when Telegram offers to send the code by SMS or a call instead.
signin-resend-another-way = Enviar el código de otra forma
# Button: back to the first step.
signin-use-another-number = Usar otro número

## Third step: the 2-step verification password

signin-password-title = Escribe tu contraseña de verificación en dos pasos
signin-password-text = Tu cuenta tiene activada la verificación en dos pasos. La contraseña se comprueba mediante una prueba (SRP): nunca sale de este equipo.
# Field label.
signin-password-label = Contraseña
# Under the password field. $hint is the hint the person set for their password.
signin-password-hint = Pista: { $hint }
# Button: back to the first step.
signin-start-over = Empezar de nuevo

## Signing in with a QR code

signin-qr-title = Escanea con tu teléfono
# Where to find the scanner in Telegram's app: use the names of the menus of Telegram in your language.
signin-qr-text = En un teléfono con la sesión iniciada: Telegram → Ajustes → Dispositivos → Vincular dispositivo de escritorio.
# Description of the QR code image, for screen readers.
signin-qr-image = Un código QR para escanear con Telegram en tu teléfono
# While the QR code is on its way.
signin-qr-loading = Pidiendo un código a Telegram…
# Button: back to the first step.
signin-use-phone = Iniciar sesión con un número de teléfono

## The phone number field (ui/phone.js)

# Field label.
phone-label = Número de teléfono
# Read by screen readers for the country picker.
phone-country = País
# The country picker's first choice, when no country is chosen.
phone-country-none = País…
# One choice of the country picker. $country is the country's name, $code its calling code (digits, e.g. "49").
phone-country-option = { $country } (+{ $code })
# Under the field before anything is typed.
phone-hint = Con el código de país. Telegram envía el código de inicio de sesión a tus otros dispositivos.
# Under the field: what is wrong with the number as it is typed.
phone-choose-country = Elige el país o empieza con + y el código de país.
phone-not-a-number = Eso no es un número de teléfono.
phone-invalid-country = Ese código de país no existe.
phone-too-short = Demasiado corto.
# $country is the country's name, e.g. "Germany".
phone-too-short-for = Demasiado corto para { $country }.
phone-too-long = Demasiado largo.
# $country is the country's name, e.g. "Germany".
phone-too-long-for = Demasiado largo para { $country }.
# A warning only: the number may still be sent.
phone-unusual = No parece un número en uso; revísalo.
# $country is the country's name, e.g. "Germany".
phone-unusual-in = No parece un número en uso en { $country }; revísalo.
# Under the field when the number is good. $country is the country's name, $number the number formatted, e.g. "+49 151 23456789".
phone-valid-in = { $country } · { $number }
