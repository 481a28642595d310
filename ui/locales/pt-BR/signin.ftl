# The sign-in screens and the phone field (ui/signin.js, ui/phone.js).

## The sign-in page, around every step

# Title of the warning above the sign-in form when the account was signed out (the agent's reason follows it).
signin-signed-out = Desconectado
# Under the form when a test server is used. $server is the agent's description of it, e.g. "test server 127.0.0.1:4430".
signin-server = Conectado a um { $server }, não ao próprio Telegram.
# On the submit button while a step is on its way.
signin-please-wait = Aguarde…

## First step: the app's credentials and the phone number

# Field label: the name my.telegram.org gives this value; usually kept as it is.
signin-api-id = api_id
# Field label: the name my.telegram.org gives this value; usually kept as it is.
signin-api-hash = api_hash
# Placeholder of the api_hash field.
signin-api-hash-placeholder = 32 letras e dígitos
signin-credentials-title = Entrar no Telegram
signin-credentials-text = O SessionGuard entra como um dispositivo da sua própria conta, para poder ver e encerrar as outras sessões.
# Button.
signin-send-code = Enviar código
# Button.
signin-use-qr = Entrar com código QR
# Button, when other accounts are already guarded.
signin-back-to-accounts = Voltar às suas contas
# Button, when no account is guarded yet.
signin-try-demo = Experimentar a conta de demonstração

## First step: the illustrated guide to getting an api_id and api_hash

# Read by screen readers for the numbered list of the three steps below.
signin-guide-label = Como obter um api_id e um api_hash
# The number before each step of the guide. $number is 1, 2 or 3.
signin-guide-step-number = { $number }.
# Guide step 1. my.telegram.org is a web address (not a link here).
signin-guide-open-site = Abra my.telegram.org em um navegador e entre com seu número de telefone.
# Guide step 2. “API development tools” is the name of the link on my.telegram.org, which is in English.
signin-guide-create-app = Escolha “API development tools” e crie um app (qualquer nome, por exemplo “SessionGuard”).
# Guide step 3.
signin-guide-copy-credentials = Copie para cá o api_id e o api_hash dele. Eles ficam guardados no chaveiro do sistema, nunca em um arquivo.

## First step, in a copy with app credentials built in

# Opens the api_id and api_hash fields (a folded section).
signin-own-credentials = Usar minhas próprias credenciais de API
signin-own-credentials-help = O SessionGuard já vem com credenciais de app próprias. Para entrar com um app que você registrou em my.telegram.org, informe o api_id e o api_hash dele.

## Second step: the login code

signin-code-title = Digite o código
# Under the title: where Telegram sent the code.
signin-code-sent-app = O Telegram enviou o código para o app do Telegram nos seus outros dispositivos.
signin-code-sent-sms = O Telegram enviou o código por SMS.
signin-code-sent-call = O Telegram está ligando para você com o código.
signin-code-sent-other = O Telegram enviou um código para você.
# The same, with the phone number all but its last two digits hidden: $phone is e.g. "+••• ••• ••00".
signin-code-sent-app-phone = O Telegram enviou o código para o app do Telegram nos seus outros dispositivos ({ $phone }).
signin-code-sent-sms-phone = O Telegram enviou o código por SMS ({ $phone }).
signin-code-sent-call-phone = O Telegram está ligando para você com o código ({ $phone }).
signin-code-sent-other-phone = O Telegram enviou um código para você ({ $phone }).
# Field label.
signin-code-label = Código de login
# Button that sends the code (and, in the next step, the password).
signin-sign-in = Entrar
# Button, when Telegram offers to send the code by SMS or a call instead.
signin-resend-another-way = Enviar o código de outra forma
# Button: back to the first step.
signin-use-another-number = Usar outro número

## Third step: the 2-step verification password

signin-password-title = Digite sua senha da verificação em duas etapas
signin-password-text = Sua conta tem verificação em duas etapas. A senha é conferida por uma prova (SRP): ela nunca sai deste computador.
# Field label.
signin-password-label = Senha
# Under the password field. $hint is the hint the person set for their password.
signin-password-hint = Dica: { $hint }
# Button: back to the first step.
signin-start-over = Recomeçar

## Signing in with a QR code

signin-qr-title = Escaneie com seu celular
# Where to find the scanner in Telegram's app: use the names of the menus of Telegram in your language.
signin-qr-text = Em um celular já conectado: Telegram → Configurações → Dispositivos → Conectar Dispositivo Desktop.
# Description of the QR code image, for screen readers.
signin-qr-image = Um código QR para escanear com o Telegram no seu celular
# While the QR code is on its way.
signin-qr-loading = Pedindo um código ao Telegram…
# Button: back to the first step.
signin-use-phone = Entrar com o número de telefone

## The phone number field (ui/phone.js)

# Field label.
phone-label = Número de telefone
# Read by screen readers for the country picker.
phone-country = País
# The country picker's first choice, when no country is chosen.
phone-country-none = País…
# One choice of the country picker. $country is the country's name, $code its calling code (digits, e.g. "49").
phone-country-option = { $country } (+{ $code })
# Under the field before anything is typed.
phone-hint = Com o código do país. O Telegram envia o código de login para os seus outros dispositivos.
# Under the field: what is wrong with the number as it is typed.
phone-choose-country = Escolha o país ou comece com + e o código do país.
phone-not-a-number = Isso não é um número de telefone.
phone-invalid-country = Esse código de país não existe.
phone-too-short = Curto demais.
# $country is the country's name, e.g. "Germany".
phone-too-short-for = { $country }: curto demais.
phone-too-long = Longo demais.
# $country is the country's name, e.g. "Germany".
phone-too-long-for = { $country }: longo demais.
# A warning only: the number may still be sent.
phone-unusual = Isso não parece ser um número em uso; confira.
# $country is the country's name, e.g. "Germany".
phone-unusual-in = { $country }: isso não parece ser um número em uso; confira.
# Under the field when the number is good. $country is the country's name, $number the number formatted, e.g. "+49 151 23456789".
phone-valid-in = { $country } · { $number }
