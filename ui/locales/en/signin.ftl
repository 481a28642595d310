# The sign-in screens and the phone field (ui/signin.js, ui/phone.js).

## The sign-in page, around every step

# Title of the warning above the sign-in form when the account was signed out (the agent's reason follows it).
signin-signed-out = Signed out
# Under the form when a test server is used. $server is the agent's description of it, e.g. "test server 127.0.0.1:4430".
signin-server = Connected to a { $server }, not to Telegram itself.
# On the submit button while a step is on its way.
signin-please-wait = Please wait…

## First step: the app's credentials and the phone number

# Field label: the name my.telegram.org gives this value; usually kept as it is.
signin-api-id = api_id
# Field label: the name my.telegram.org gives this value; usually kept as it is.
signin-api-hash = api_hash
# Placeholder of the api_hash field.
signin-api-hash-placeholder = 32 letters and digits
signin-credentials-title = Sign in to Telegram
signin-credentials-text = SessionGuard signs in as a device of your own account, so it can see and end the other sessions.
# Button.
signin-send-code = Send code
# Button.
signin-use-qr = Sign in with a QR code
# Button, when other accounts are already guarded.
signin-back-to-accounts = Back to your accounts
# Button, when no account is guarded yet.
signin-try-demo = Try the demo account

## First step: the illustrated guide to getting an api_id and api_hash

# Read by screen readers for the numbered list of the three steps below.
signin-guide-label = How to get an api_id and api_hash
# The number before each step of the guide. $number is 1, 2 or 3.
signin-guide-step-number = { $number }.
# Guide step 1. my.telegram.org is a web address (not a link here).
signin-guide-open-site = Open my.telegram.org in a browser and log in with your phone number.
# Guide step 2. “API development tools” is the name of the link on my.telegram.org, which is in English.
signin-guide-create-app = Choose “API development tools” and create an app (any name, e.g. “SessionGuard”).
# Guide step 3.
signin-guide-copy-credentials = Copy its api_id and api_hash here. They are kept in your system keyring, never in a file.

## First step, in a copy with app credentials built in

# Opens the api_id and api_hash fields (a folded section).
signin-own-credentials = Use my own API credentials
signin-own-credentials-help = SessionGuard comes with app credentials of its own. To sign in with an app you registered at my.telegram.org instead, enter its api_id and api_hash.

## Second step: the login code

signin-code-title = Enter the code
# Under the title: where Telegram sent the code.
signin-code-sent-app = Telegram sent the code to your Telegram app on your other devices.
signin-code-sent-sms = Telegram sent the code by SMS.
signin-code-sent-call = Telegram is calling you with the code.
signin-code-sent-other = Telegram sent you a code.
# The same, with the phone number all but its last two digits hidden: $phone is e.g. "+••• ••• ••00".
signin-code-sent-app-phone = Telegram sent the code to your Telegram app on your other devices ({ $phone }).
signin-code-sent-sms-phone = Telegram sent the code by SMS ({ $phone }).
signin-code-sent-call-phone = Telegram is calling you with the code ({ $phone }).
signin-code-sent-other-phone = Telegram sent you a code ({ $phone }).
# Field label.
signin-code-label = Login code
# Button that sends the code (and, in the next step, the password).
signin-sign-in = Sign in
# Button, when Telegram offers to send the code by SMS or a call instead.
signin-resend-another-way = Send the code another way
# Button: back to the first step.
signin-use-another-number = Use another number

## Third step: the 2-step verification password

signin-password-title = Enter your 2-step password
signin-password-text = Your account has 2-step verification. The password is checked by proof (SRP): it never leaves this computer.
# Field label.
signin-password-label = Password
# Under the password field. $hint is the hint the person set for their password.
signin-password-hint = Hint: { $hint }
# Button: back to the first step.
signin-start-over = Start over

## Signing in with a QR code

signin-qr-title = Scan with your phone
# Where to find the scanner in Telegram's app: use the names of the menus of Telegram in your language.
signin-qr-text = On a phone that is signed in: Telegram → Settings → Devices → Link Desktop Device.
# Description of the QR code image, for screen readers.
signin-qr-image = A QR code to scan with Telegram on your phone
# While the QR code is on its way.
signin-qr-loading = Asking Telegram for a code…
# Button: back to the first step.
signin-use-phone = Sign in with a phone number instead

## The phone number field (ui/phone.js)

# Field label.
phone-label = Phone number
# Read by screen readers for the country picker.
phone-country = Country
# The country picker's first choice, when no country is chosen.
phone-country-none = Country…
# One choice of the country picker. $country is the country's name, $code its calling code (digits, e.g. "49").
phone-country-option = { $country } (+{ $code })
# Under the field before anything is typed.
phone-hint = With the country code. Telegram sends the login code to your other devices.
# Under the field: what is wrong with the number as it is typed.
phone-choose-country = Choose the country, or start with + and the country code.
phone-not-a-number = That is not a phone number.
phone-invalid-country = That country code does not exist.
phone-too-short = Too short.
# $country is the country's name, e.g. "Germany".
phone-too-short-for = Too short for { $country }.
phone-too-long = Too long.
# $country is the country's name, e.g. "Germany".
phone-too-long-for = Too long for { $country }.
# A warning only: the number may still be sent.
phone-unusual = This does not look like a number in use; check it.
# $country is the country's name, e.g. "Germany".
phone-unusual-in = This does not look like a number in use in { $country }; check it.
# Under the field when the number is good. $country is the country's name, $number the number formatted, e.g. "+49 151 23456789".
phone-valid-in = { $country } · { $number }
