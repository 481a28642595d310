# The devices page and connected websites (ui/devices.js, ui/websites.js).

## The devices page: this device and "terminate all other sessions"

# Tooltip of the terminate buttons while Telegram does not yet let this (newly logged-in)
# device end other sessions. $when: an exact local date and time ("Tuesday, 12 November 2024 at 14:05").
devices-locked-title = O Telegram permite que este dispositivo encerre outras sessões a partir de { $when }
# The button under this device's card, while it works.
devices-terminating-others = Encerrando outras sessões…
# The button under this device's card.
devices-terminate-others = Encerrar todas as outras sessões
# Heading of the group with the session SessionGuard itself uses.
devices-this-device = Este dispositivo
# Shown instead of this device when Telegram's list marks no session as the current one.
devices-no-current = O Telegram não marcou nenhuma sessão como a atual.
# Caption under the "Terminate all other sessions" button.
devices-terminate-others-caption = Desconecta todos os dispositivos, exceto este.
# Heading of the group with every other session (a number of sessions follows it in a badge).
devices-active-sessions = Sessões ativas

## A session's row

# Red tag beside a device's name; short.
devices-tag-password-pending = Senha não digitada
# Tooltip of the "Password not entered" tag.
devices-tag-password-pending-title = Entrou com o código, mas ainda não digitou a senha da verificação em duas etapas
# Yellow tag beside a device's name; short.
devices-tag-unconfirmed = Não confirmado
# Tooltip of the "Unconfirmed" tag.
devices-tag-unconfirmed-title = O Telegram ainda não confirmou este login
# Green tag beside a device's name; short.
devices-tag-trusted = Confiável
# Tooltip of the "Trusted" tag.
devices-tag-trusted-title = Você confia neste dispositivo: as regras nunca o desconectam
# Grey tag beside a session's app (also on alert banners); short.
devices-unofficial-app = App não oficial
# Tooltip of the "Unofficial app" tag.
devices-unofficial-app-title = Não é um dos apps oficiais do Telegram
# Link button that opens a session's details.
devices-details = Detalhes
# Link button that closes a session's details.
devices-hide-details = Ocultar detalhes
# Small button that ends a session (rows and alert banners); short.
devices-terminate = Encerrar
# The "Terminate" button while it works; short.
devices-terminating = Encerrando…
# Screen-reader label of a "Terminate" button. $device: the device's name from Telegram ("Galaxy S24").
devices-terminate-session-label = Encerrar a sessão de { $device }

## A session's details

# Term in the details list; its value is an exact date and time.
devices-fact-signed-in = Login
# Term in the details list; its value is an exact date and time, or "now".
devices-fact-last-active = Última atividade
# Term in the details list; its value is the app, its version and its api_id.
devices-fact-app = App
# Term in the details list; its value is the operating system.
devices-fact-system = Sistema
# Term in the details list; its value is the IP address and the region and country.
devices-fact-place = IP e local
# A value in the details list when Telegram did not say it (lowercase).
devices-fact-unknown = desconhecido
# The "Last active" value of this device (lowercase).
devices-fact-now = agora
# The "App" value. $app: the app and version from Telegram ("Telegram Desktop 5.8"), or the
# word "unknown"; $apiId: Telegram's id of the app (a number, kept as it is). "api_id" is a technical name: keep it.
devices-fact-app-value = { $app } · api_id { $apiId }
# The "App" value for an app that is not one of Telegram's own. Variables as above.
devices-fact-app-value-unofficial = { $app } (não oficial) · api_id { $apiId }
# In the details of this device instead of its switches.
devices-current-note = Este é o próprio SessionGuard. Para encerrá-lo, saia pelas Configurações.
# Switch in a session's details: whether it may receive secret chats.
devices-accept-secret-chats = Aceitar chats secretos
# Switch in a session's details: whether it may receive calls.
devices-accept-calls = Aceitar chamadas
# Switch in a session's details: the person trusts this device.
devices-trusted-device = Dispositivo confiável
# Hint under the "Trusted device" switch. Lockdown, allowed countries and unofficial apps are the names of SessionGuard's rules.
devices-trusted-device-hint = As regras (bloqueio total, países permitidos, apps não oficiais) nunca o desconectam, mesmo depois de um novo login dele.
# Link in a session's details to the History page filtered to this session.
devices-session-history = Histórico desta sessão

## No other sessions

devices-empty-title = Nenhum outro dispositivo está conectado
devices-empty-text = O SessionGuard continua de olho e avisa você assim que um novo dispositivo fizer login.

## Waiting until this device may end other sessions

# Under a countdown ("3 h 12 min") that says how long until this device may end other sessions.
devices-lock-notice = O Telegram só deixa um dispositivo recém-conectado encerrar outras sessões depois de algum tempo conectado.

## The list could not be refreshed

# Title of the notice when the last refresh failed; the agent's error message follows.
devices-error-title = A lista pode estar desatualizada
# Button of that notice.
devices-try-again = Tentar de novo

## Footer

# $period: Telegram's inactivity period in words ("6 months", "1 year").
devices-ttl-note = O Telegram encerra automaticamente as sessões inativas por { $period }.

## Alert banners on the devices page

# Screen-reader label of the list of alert banners.
devices-alerts-label = Alertas de segurança
# The acknowledge button of a banner while it works; short.
devices-alert-saving = Salvando…
# The acknowledge button of a banner that needs no answer (a session ended, a rule acted); short.
devices-alert-ok = OK
# The acknowledge button of a banner about a new login: the person says the login was theirs; short.
devices-alert-its-me = Fui eu

## Connected websites

# "Chrome 131 on Windows". $browser and $platform come from Telegram as they are.
websites-browser-on-platform = { $browser } no { $platform }
# Heading of the websites group (a number of websites follows it in a badge).
websites-title = Sites conectados
websites-empty = Nenhum site está conectado com o seu Telegram.
# The button under the list of websites, while it works.
websites-logging-out-all = Desconectando todos os sites…
# The button under the list of websites.
websites-log-out-all = Desconectar todos os sites
# Caption under the websites group. “Log in with Telegram” is the name of Telegram's button on websites.
websites-caption = Sites onde você usou “Entrar com o Telegram”. Cada um pode agir em seu nome naquele site até você desconectá-lo.
# Screen-reader label of a website's "Log out" button (rows and alert banners). $domain: the website ("example.com").
websites-log-out-of = Desconectar { $domain }
# Small button that logs a website out (rows and alert banners); short.
websites-log-out = Desconectar
# The "Log out" button while it works; short.
websites-logging-out = Desconectando…
