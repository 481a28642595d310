# The Settings page (ui/settings.js).

## Alerts

settings-alerts-title = Alertas
settings-alerts-caption = Cada tipo gera uma notificação e deixa o ícone da bandeja vermelho até você ver o alerta.
# Switches, one per kind of alert: a label and a hint under it.
settings-alert-new-login = Novos logins
settings-alert-new-login-hint = Um dispositivo entrou na sua conta.
settings-alert-unconfirmed-login = Logins aguardando confirmação
settings-alert-unconfirmed-login-hint = O Telegram pergunta se um novo login foi você.
# Someone typed the right login code but not the 2-step verification password.
settings-alert-password-pending-login = Código certo, senha errada
settings-alert-password-pending-login-hint = Alguém tem seu código de login, mas não a sua senha da verificação em duas etapas.
settings-alert-login-code-requested = Códigos de login que ninguém aqui pediu
settings-alert-login-code-requested-hint = Alguém está tentando usar seu número de telefone.
settings-alert-session-ended = Sessões encerradas em outro lugar
settings-alert-session-ended-hint = Outro dispositivo encerrou uma das suas sessões.
settings-alert-our-session-ended = SessionGuard desconectado
settings-alert-our-session-ended-hint = A própria sessão do SessionGuard foi encerrada por outro dispositivo.
settings-alert-new-website = Sites conectados com o Telegram
settings-alert-new-website-hint = Um site agora pode agir em seu nome.

## Rules

settings-rules-title = Regras
settings-rules-caption = O SessionGuard aplica estas regras sozinho assim que uma nova sessão aparece, nunca a este dispositivo nem a uma sessão confiável. A confiança vale para um único login: um novo login que pareça ser de um dispositivo confiável é julgado como qualquer outro. O Telegram só deixa um dispositivo encerrar outras sessões 24 horas depois de ele entrar; até lá, a regra avisa quando vai agir.
# Hint under the Lockdown switch (its label is the rule's name, Lockdown).
settings-rule-lockdown-hint = Encerrar toda nova sessão que você não marcou como confiável.
settings-rule-unofficial = Sem apps não oficiais
settings-rule-unofficial-hint = Encerrar novas sessões de apps que não foram feitos pelo Telegram.
# A field for the countries new sessions may come from, separated by commas.
settings-countries = Países permitidos
# Placeholder of the empty countries field: the example names are separated by commas, as the person types them.
settings-countries-placeholder = Vazio: qualquer país. Ex.: Germany, Austria
settings-countries-hint = Novas sessões de qualquer outro país são encerradas. Escreva os nomes como aparecem na lista de dispositivos.
# Button that saves a field (the allowed countries, or where alerts are sent).
settings-save = Salvar
settings-trusted-title = Dispositivos confiáveis
settings-trusted-none = Nenhum ainda. Abra os detalhes de uma sessão na página Dispositivos para confiar no dispositivo dela.
# A trusted device's name when its model is not known.
settings-trusted-unknown-device = Dispositivo desconhecido
# Under a trusted device's name. api_id is Telegram's technical name for the app's id: keep it as is.
# $app (String) - the app's name, e.g. "Telegram Desktop"
# $platform (String) - e.g. "Windows"
# $apiId (String) - the app's id, e.g. "2040"
settings-trusted-device = { $app } · { $platform } · api_id { $apiId }
# The same, for a device trusted by an older version of SessionGuard, before trust meant one login.
# $app (String) - the app's name
# $platform (String) - the platform
# $apiId (String) - the app's id
settings-trusted-device-unbound = { $app } · { $platform } · api_id { $apiId } · marcado como confiável antes de a confiança valer para um único login: ela será vinculada a um login na próxima leitura da lista, se o dispositivo ainda estiver conectado
# Button that stops trusting a device.
settings-trusted-remove = Remover

## Alerts off this computer (forwarding)

settings-forwarding-title = Alertas fora deste computador
settings-forwarding-caption = Envie também cada alerta para o seu celular ou para um servidor, para quando você estiver longe deste computador. O endereço ou token fica guardado no chaveiro do sistema.
# What happened to the last alert sent (or the last test alert).
# $when (String) - its date and time
# $detail (String) - given by the agent, e.g. "delivered"
settings-forwarding-last = Último alerta em { $when }: { $detail }
settings-forwarding-last-test = Alerta de teste em { $when }: { $detail }
settings-forwarding-nothing-sent = Nada enviado ainda.
# The test button, and what it says while it sends.
settings-forwarding-send-test = Enviar um alerta de teste
settings-forwarding-sending = Enviando…
# Button that stops sending alerts off this computer.
settings-forwarding-stop = Parar
# Label of the choice of where alerts go: first time, and when they already go somewhere.
settings-forwarding-kind = Enviar alertas para
settings-forwarding-kind-change = Enviar alertas para outro lugar
# The choices. ntfy is the name of a push-notification service; JSON POST is technical, keep it.
settings-forwarding-kind-ntfy = Um tópico do ntfy (push no seu celular)
settings-forwarding-kind-telegram-bot = Um chat com um bot do Telegram
settings-forwarding-kind-webhook = Um webhook (JSON POST)
# @BotFather is the name of Telegram's bot for making bots: keep it.
settings-forwarding-bot-token = Token do bot (do @BotFather)
settings-forwarding-chat-id = ID do chat
settings-forwarding-topic = Endereço do tópico
# Example in the empty topic field: an address at ntfy.sh whose last part is a long secret name (lowercase words joined by hyphens, no spaces).
settings-forwarding-topic-placeholder = https://ntfy.sh/a-long-secret-topic
settings-forwarding-hide-ips = Ocultar endereços IP
# 102.89.x.x is an example of an IP address with its last two parts hidden: keep it.
settings-forwarding-hide-ips-hint = Quem souber o nome de um tópico público pode lê-lo: só as duas primeiras partes de cada endereço são enviadas (102.89.x.x).
settings-forwarding-webhook = Endereço do webhook

## Accounts

settings-accounts-title = Contas
# Label of the choice of Telegram's period after which idle sessions end; the choice ("1 month") follows it.
# $account (String) - the account's name as the window shows it
settings-ttl-label = Encerrar sessões inativas de { $account } após
# Under each account's name.
settings-account-demo = Uma conta fictícia para experimentar o SessionGuard
settings-account-telegram = Conta do Telegram; a chave fica no chaveiro do sistema
# Button that closes the made-up account, or signs out of a real one.
settings-account-close = Fechar
settings-account-sign-out = Sair
settings-account-add = Adicionar uma conta do Telegram

## Start-up

settings-startup-title = Inicialização
settings-autostart = Começar a proteger quando eu entrar no computador
settings-autostart-hint = O agente inicia junto com a sua sessão no computador e aguarda na bandeja; a janela só abre quando você quiser.

## Language

settings-language-title = Idioma
settings-language-label = Idioma do SessionGuard
# The first choice: follow the computer's language.
settings-language-system = Igual ao do sistema
