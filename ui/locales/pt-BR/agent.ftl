# The agent's words: notifications, the tray menu, and the History page's sentences about
# who did what (crates/agent). Notifications are plain text: no markup.

## Notifications (crates/agent/src/alerts/alert_text.rs, notifier.rs)

notify-new-login-title = Novo login no seu Telegram
notify-unconfirmed-login-title = Novo login no seu Telegram — foi você?
notify-unconfirmed-login-advice = Se não foi você, encerre a sessão agora.
notify-password-pending-title = Alguém tem o código de login do seu Telegram
notify-password-pending-advice = A pessoa digitou o código certo, mas não a sua senha da verificação em duas etapas. Encerre a sessão e troque sua senha.
notify-code-requested-title = Alguém pediu um código de login para o seu número
notify-code-requested-advice = Se não foi você, não compartilhe o código com ninguém e ative a verificação em duas etapas.
notify-our-session-ended-title = O SessionGuard foi desconectado do seu Telegram
notify-our-session-ended-advice = A sessão dele foi encerrada por outro dispositivo, então ele não está protegendo a conta agora. Abra o SessionGuard para entrar de novo.
notify-session-ended-title = Uma sessão do seu Telegram foi encerrada em outro lugar
notify-session-ended-advice = Outro dispositivo a encerrou. Se não foi você, confira seus dispositivos e sua senha da verificação em duas etapas.
notify-new-website-title = Um site foi conectado com o seu Telegram
notify-new-website-advice = Ele pode agir em seu nome nesse site. Se não foi você, desconecte-o.
# $account: the account's name ("Demo account", the person's name on Telegram).
notify-account = Conta: { $account }
# $reason: why the rules let a new login be, e.g. "Nigeria is on the allowed list".
notify-spared = Nenhuma regra o encerrou: { $reason }.
notify-while-away = Isso aconteceu enquanto o SessionGuard não estava em execução.
# Shown in a line of details after the app's name: "Telegram X 1.2 · unofficial app".
notify-unofficial-app = app não oficial
notify-ip = IP { $ip }
# One notification for many alerts at once.
notify-burst-logins-title = { $count ->
    [one] { $count } novo login no seu Telegram
   *[other] { $count } novos logins no seu Telegram
}
notify-burst-alerts-title = { $count ->
    [one] { $count } novo alerta do SessionGuard
   *[other] { $count } novos alertas do SessionGuard
}
# After the first five devices of a burst.
notify-burst-more = e mais { $count }.
notify-burst-advice = Abra o SessionGuard para ver todos e encerrar o que não foi você.
# $rule: a rule's name (journal-rule-…).
notify-rule-terminated-title = O SessionGuard encerrou um novo login ({ $rule })
notify-rule-terminated-advice = Ele foi encerrado na hora: { $reason }.
notify-rule-deferred-title = Novo login no seu Telegram: a regra “{ $rule }” vai encerrá-lo
# $at: a date and time in UTC, "2026-12-01 14:05 UTC".
notify-rule-deferred-advice = { $reason }. O Telegram só deixa este dispositivo encerrar sessões a partir de { $at } (24 horas depois de ele ter entrado); até lá, se não foi você, encerre esse login por um dispositivo mais antigo.
notify-rule-failed-title = Novo login no seu Telegram: a regra “{ $rule }” não conseguiu encerrá-lo
# $error: Telegram's refusal, in English from the server.
notify-rule-failed-advice = { $reason }, mas o Telegram recusou: { $error }. Se não foi você, encerre esse login você mesmo.
# When a button pressed on a notification did not work.
notify-refused-confirm-title = O SessionGuard não conseguiu confirmar esse login
notify-refused-terminate-title = O SessionGuard não conseguiu encerrar esse login
notify-refused-body = { $error }. O alerta continua esperando na janela do SessionGuard.

## A notification's buttons (short)

notify-button-its-me = Fui eu
notify-button-terminate = Encerrar
notify-button-secure = Proteger minha conta
notify-button-open = Abrir o SessionGuard

## The tray icon's tooltip and menu (crates/agent/src/desktop/tray_menu.rs)

tray-keyring-locked = SessionGuard: sua conta está salva, mas o chaveiro está bloqueado — desbloqueie-o
tray-signed-out = SessionGuard: não conectado
tray-guarding-one = O SessionGuard está protegendo sua conta do Telegram
tray-guarding-many = O SessionGuard está protegendo { $count } contas do Telegram
tray-alerts = { $count ->
    [one] { $count } alerta
   *[other] { $count } alertas
}
tray-alerts-need-you = { $count ->
    [one] SessionGuard: { $count } alerta precisa de você
   *[other] SessionGuard: { $count } alertas precisam de você
}
# $alerting: "Account b: 1 alert; Account c: 2 alerts".
tray-alerting-accounts = SessionGuard — { $alerting }
# $account: the account's name; $alerts: tray-alerts.
tray-account-alerts = { $account }: { $alerts }
tray-open = Abrir o SessionGuard
tray-terminate-others = Encerrar todas as outras sessões
tray-terminate-others-of = Encerrar todas as outras sessões de { $account }
tray-secure = Proteger minha conta…
tray-secure-of = Proteger a conta { $account }…
tray-quit = Sair do SessionGuard

## Who did what, as History says it (crates/agent/src/history/words.rs, mod.rs)

# A rule's name inside a sentence ("terminated by lockdown").
journal-rule-lockdown = bloqueio total
journal-rule-unofficial-app = sem apps não oficiais
journal-rule-country-not-allowed = países permitidos
# $rule: journal-rule-… (or a rule this version no longer knows, by its stored name).
journal-by-rule = uma regra ({ $rule })
journal-by-you = você
journal-ended-by-us = você, pelo SessionGuard
journal-ended-by-inactivity = inatividade prolongada (encerrada pelo Telegram)
journal-ended-elsewhere = outro dispositivo
journal-ended-unknown = motivo desconhecido (a sessão terminou enquanto o SessionGuard não estava em execução)
journal-ttl-changed = { $days ->
    [one] sessões inativas por { $days } dia agora são encerradas automaticamente
   *[other] sessões inativas por { $days } dias agora são encerradas automaticamente
}
journal-secret-chats-on = chats secretos ativados
journal-secret-chats-off = chats secretos desativados
journal-calls-on = chamadas ativadas
journal-calls-off = chamadas desativadas
# $target: where alerts are forwarded ("ntfy.sh"); $detail: how it went ("Delivered (1 try)").
journal-forwarded = { $target }: { $detail }
journal-forward-failed = { $target }: falhou — { $detail }
journal-websites = { $count ->
    [one] { $count } site
   *[other] { $count } sites
}
journal-two-step-on = verificação em duas etapas ativada
journal-two-step-changed = senha da verificação em duas etapas alterada
journal-two-step-off = verificação em duas etapas desativada
journal-recovery-email-given = e-mail de recuperação informado; aguardando o código enviado por e-mail
journal-recovery-email-confirmed = e-mail de recuperação confirmado
# What "Secure my account" did, joined with "; ".
journal-secured-sessions-ended = { $count ->
    [one] { $count } outra sessão encerrada
   *[other] { $count } outras sessões encerradas
}
journal-secured-sessions-waiting = { $count ->
    [one] { $count } sessão a encerrar em { $at } (regra das 24 horas do Telegram)
   *[other] { $count } sessões a encerrar em { $at } (regra das 24 horas do Telegram)
}
journal-secured-websites = { $count ->
    [one] { $count } site desconectado
   *[other] { $count } sites desconectados
}
journal-secured-lockdown = bloqueio total ativado
journal-secured-to-do-two-step = ainda falta: uma senha da verificação em duas etapas
journal-secured-to-do-email = ainda falta: um e-mail de recuperação
journal-secured-nothing = nada precisava ser feito

## Errors whose code says it all (crates/agent/src/words/errors.rs). Lower case, no full
## stop: the window and the command line put them inside their own sentences.

error-session-not-found = a sessão já foi encerrada
error-website-not-found = esse site já foi desconectado
error-current-session = essa é a sessão que o próprio SessionGuard usa; para encerrá-la, saia da conta
# $at: a date and time in UTC, "2026-12-02 10:00 UTC".
error-fresh-session = o Telegram só permite isso a partir de { $at } (uma sessão com menos de 24 horas não pode encerrar outras)
# The window adds how long to wait: "(try again in 42 s)".
error-flood-wait = o Telegram pede para esperar antes de tentar de novo
error-network = sem acesso ao Telegram; confira a conexão de internet deste computador
error-signed-out = esta conta está desconectada
error-api-credentials-invalid = o api_id e o api_hash não são válidos; copie-os de novo em my.telegram.org
error-phone-invalid = o Telegram não conhece esse número de telefone; inclua o código do país, por exemplo +49
error-sign-up-required = este número ainda não tem conta no Telegram; crie uma primeiro em um app do Telegram
error-code-invalid = esse código não está certo; confira o código mais recente que o Telegram enviou
error-code-expired = esse código expirou; peça um novo
error-password-invalid = essa senha da verificação em duas etapas não está certa
error-email-invalid = esse endereço de e-mail não é válido
error-email-code-invalid = esse código não está certo; confira o e-mail mais recente do Telegram
