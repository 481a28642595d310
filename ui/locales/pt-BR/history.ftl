# The History page (ui/history.js).

## Filters

# Choices of the "Show" filter above the timeline.
history-show-everything = Tudo
history-show-logins = Novos logins
history-show-attempts = Tentativas de login
history-show-ended = Sessões encerradas
history-show-actions = Ações do SessionGuard
# Choices of the "Accounts" filter, shown when several accounts are signed in.
history-accounts-this = Esta conta
history-accounts-all = Todas as contas
# Screen-reader name of the filter bar.
history-filters-label = Filtrar o histórico
# Labels of the filters (short: they sit side by side above the timeline).
history-filter-show = Mostrar
history-filter-device = Dispositivo
# Placeholder of the empty device filter.
history-filter-device-any = Qualquer dispositivo
# Start and end date of the time range shown.
history-filter-since = De
history-filter-until = Até
history-filter-accounts = Contas
# Before the two export buttons (CSV, JSON).
history-export-note = Exportar o que está na tela:
# Export buttons: the names of the file formats, usually left as they are.
history-export-csv = CSV
history-export-json = JSON

## The timeline

history-loading = Lendo o histórico…
history-empty-title = Nada aqui ainda
history-empty-text = O SessionGuard registra cada login, tentativa e encerramento que vê, desde o momento em que passa a proteger a conta.
# The button at the foot of the timeline, and what it says while it loads.
history-show-older = Mostrar registros mais antigos
history-loading-older = Carregando…
# Titles of the days the timeline is grouped by (other days show the date itself).
history-day-unknown = Data desconhecida
history-day-today = Hoje
history-day-yesterday = Ontem

## What each entry of the timeline is

history-kind-new-login = Novo login
history-kind-unconfirmed-login = Novo login, ainda não confirmado
# Someone typed the right login code, but Telegram still asks them for the 2-step verification password.
history-kind-password-pending-login = Código de login certo, barrado na senha da verificação em duas etapas
history-kind-login-code-requested = Alguém pediu um código de login
history-kind-session-ended = Sessão encerrada
# SessionGuard's own Telegram session was ended from another device.
history-kind-our-session-ended = O SessionGuard foi desconectado por outro dispositivo
# A session SessionGuard or the person ended.
history-kind-terminated = Encerrada pelo SessionGuard
history-kind-terminated-others = Todas as outras sessões encerradas
history-kind-confirmed = Login confirmado como seu
# Telegram's setting for ending sessions that have been inactive for a while.
history-kind-ttl-changed = Prazo de sessões inativas alterado
history-kind-settings-changed = Configurações da sessão alteradas
# An alert was sent off this computer (to a phone, bot or webhook).
history-kind-alert-forwarded = Alerta encaminhado
history-kind-new-website = Site conectado com o Telegram
# The website's login ended (by itself or elsewhere).
history-kind-website-ended = Site desconectado
# The person logged a website out from SessionGuard.
history-kind-website-logged-out = Você desconectou um site
history-kind-websites-logged-out = Você desconectou todos os sites
# “Secure my account” is the name of the button on the Checkup page; quote it as that button is translated.
history-kind-secured = Conta protegida (“Proteger minha conta”)
# An entry's title with the device it is about.
# $kind (String) - what happened, one of the history-kind-* messages
# $device (String) - the device's name, e.g. "Galaxy S24"
history-entry-title-device = { $kind }: { $device }
# In an entry's details: who or what did it.
# $who (String) - given by the agent, e.g. "you", "lockdown", "another device"
history-entry-by = por { $who }
# Button beside an entry that opens the page of the session it is about.
history-open-session = Sessão

## One session's page

# Back to the whole timeline; the arrow points back (flip it in right-to-left languages).
history-back = ← Todo o histórico
history-session-no-record = O SessionGuard não tem registro desta sessão.
# Heading above the entries about this session.
history-session-everything = Tudo sobre ela
history-session-nothing = Nada foi registrado sobre ela ainda.
# Names of the facts about the session, in a two-column list.
history-record-app = App
history-record-system = Sistema
history-record-place = IP e local
history-record-signed-in = Login
history-record-first-seen = Visto pela primeira vez pelo SessionGuard
history-record-last-seen = Visto por último
history-record-last-active = Última atividade
history-record-ended = Encerrada
# A fact that is not known (the app's name, the system, the IP and place).
history-record-unknown = desconhecido
# The app fact. api_id is Telegram's technical name for the app's id: keep it as is.
# $app (String) - the app's name and version, e.g. "Telegram Desktop 5.6"
# $apiId (String) - the app's id, e.g. "2040"
history-record-app-value = { $app } · api_id { $apiId }
# The app fact, for an app Telegram did not make.
# $app (String) - the app's name and version
# $apiId (String) - the app's id
history-record-app-value-unofficial = { $app } (não oficial) · api_id { $apiId }
# The ended fact, when it is known what ended the session.
# $when (String) - the date and time it ended
# $who (String) - given by the agent, what ended it
history-record-ended-by = { $when }, por { $who }
# Heading of the card when the device's model is not known.
history-record-unknown-device = Dispositivo desconhecido
# Tag beside the heading: the session no longer exists, still exists, or was not in the last list of sessions.
history-record-status-ended = Encerrada
history-record-status-active = Ativa
history-record-status-not-seen = Não vista recentemente
# Tag beside the heading of the session SessionGuard itself uses: the app's name.
history-record-tag-sessionguard = SessionGuard
# Under the heading.
# $when (String) - a short date, e.g. "12 Nov"
history-record-logged-in = Login em { $when }
