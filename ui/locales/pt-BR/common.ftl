# Words shared by the whole window, and the language's own name and direction.

# The language's name in itself, as the language menu lists it.
language-name = Português (Brasil)
# ltr or rtl: how the window and the notifications are laid out.
language-direction = ltr

## Times (ui/format.js)

# A moment less than a minute ago (also a date a little in the future).
time-just-now = agora mesmo
time-minutes-ago = { $count ->
    [one] há { $count } minuto
   *[other] há { $count } minutos
}
time-hours-ago = { $count ->
    [one] há { $count } hora
   *[other] há { $count } horas
}
time-yesterday = ontem
# Another device's last activity, when it was active in the last 5 minutes; also this device's.
time-online = online
# Under a device. $when: time-just-now, time-minutes-ago, time-hours-ago, time-yesterday, or a short date ("12 Nov").
time-signed-in = Login: { $when }
# When the device list was last read. $when: as in time-signed-in.
time-updated = Atualizado: { $when }
# Tooltip on this device's "online".
time-this-device = Este dispositivo

## Countdowns (ui/format.js): how long until something is allowed, kept short

countdown-less-than-a-minute = menos de um minuto
# "d" is short for days, "h" for hours, "min" for minutes. The countdowns below are used in the sentences that follow ("You can end other sessions in 3 h 12 min").
countdown-days = { $days } d
countdown-days-hours = { $days } d { $hours } h
countdown-hours = { $hours } h
countdown-hours-minutes = { $hours } h { $minutes } min
countdown-minutes = { $minutes } min
# $wait: a countdown ("3 h 12 min", "less than a minute").
time-can-end-sessions-in = Você poderá encerrar outras sessões em { $wait }
# $wait: a countdown ("3 h 12 min", "less than a minute").
time-retry-in = O Telegram permite uma nova tentativa em { $wait }.
time-retry-now = Você já pode tentar de novo.
# On the sign-in screen's link. $wait: minutes and seconds as a clock, "0:42".
time-resend-in = Enviar o código de outra forma em { $wait }
time-resend-now = Enviar o código de outra forma
# Under the sign-in QR code. $wait: minutes and seconds as a clock, "0:42".
time-qr-expiry-in = Um novo código aparece em { $wait }
time-qr-expiry-now = Gerando um novo código…
# An error from Telegram or the agent, with how long Telegram asks to wait. $message: the error, from the agent; $wait: a countdown ("3 h 12 min").
error-try-again-in = { $message } (tente de novo em { $wait })

## Periods (ui/format.js): how long idle sessions last before Telegram ends them, e.g. in "End them after 6 months"

period-years = { $count ->
    [one] { $count } ano
   *[other] { $count } anos
}
period-months = { $count ->
    [one] { $count } mês
   *[other] { $count } meses
}
period-weeks = { $count ->
    [one] { $count } semana
   *[other] { $count } semanas
}
period-days = { $count ->
    [one] { $count } dia
   *[other] { $count } dias
}

## Lists of names (ui/format.js): "Galaxy S24, Nicegram and 2 others"

# Adds one more name to a list, before the last one. $list: the names so far ("Galaxy S24"); $item: the next name.
list-comma = { $list }, { $item }
# The last name of a list. $list: the names before it ("Galaxy S24, Nicegram"); $last: the last name.
list-and = { $list } e { $last }
# A list too long to name everything. $list: the first names ("Galaxy S24, Nicegram, iPad, Desktop"); $count: how many more.
list-and-others = { $list } e mais { $count }

## Devices

# A device's name when Telegram tells neither its model nor its app.
device-unknown = Dispositivo desconhecido

## Buttons and errors of the whole window

button-try-again = Tentar de novo
# On the button while it works.
button-trying-again = Tentando de novo…
button-dismiss = Dispensar
button-cancel = Cancelar
# Screen-reader label of the × button on a message at the bottom of the window.
button-dismiss-message = Fechar mensagem
error-no-app = Esta página só funciona dentro do app SessionGuard.
error-unexpected = Ocorreu um erro inesperado.
# The agent (SessionGuard's background program) answered a request with the wrong kind of answer.
error-wrong-answer = O agente deu uma resposta inesperada.

## The window's frame (ui/render.js)

# Labels of the small tag next to the demo account's name.
appbar-demo = Demo
appbar-demo-tooltip = Uma conta fictícia para experimentar o SessionGuard
# Under the app's name while on the sign-in screen.
appbar-adding-account = Adicionando uma conta
appbar-not-signed-in = Não conectado
appbar-sign-in = Entrar no Telegram
# Screen-reader label of the refresh button (an icon).
appbar-refresh-label = Atualizar a lista de dispositivos
appbar-refresh-tooltip = Atualizar
# Screen-reader label of the row of account buttons.
appbar-accounts = Contas
# Screen-reader label of the red number on an account's button: its alerts not yet acknowledged.
appbar-account-alerts = { $count ->
    [one] { $count } alerta
   *[other] { $count } alertas
}
# Screen-reader label of the row of page tabs.
nav-pages = Páginas
nav-devices = Dispositivos
nav-history = Histórico
nav-checkup = Check-up
nav-settings = Configurações

## Whole-window states (ui/render.js)

window-connecting = Conectando ao agente do SessionGuard…
window-error-title = Algo deu errado
window-error-unreadable = O agente do SessionGuard enviou uma resposta que a janela não conseguiu ler.
window-error-no-account = O agente não está protegendo nenhuma conta e não oferece login.
window-devices-failed = Não foi possível carregar seus dispositivos
window-devices-loading = Carregando seus dispositivos do Telegram…
window-unreachable-title = O agente do SessionGuard não está em execução
window-unreachable-text = O agente vigia sua conta em segundo plano. Sem ele, esta janela não consegue mostrar seus dispositivos nem desconectá-los.
window-unreachable-retry = Tentar de novo
# On the Retry button while it works.
window-unreachable-starting = Iniciando o agente…
