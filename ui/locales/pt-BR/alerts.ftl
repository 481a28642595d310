# What the window's alert banners say (ui/format.js).
#
# A banner has a title (one sentence, the headline) and a detail (advice under it).
# $login is always a summary of the device from the agent's data, its parts joined by " · ":
# "Galaxy S24 · Telegram Android 11.4 · Lagos, Nigeria · 102.89.3.4".
# $reason and $error come from the agent as they are (the agent's own words).

## Rules that acted on a new login

# The rules' names, as the subject of the sentences below and as a label on the Settings page.
alert-rule-lockdown = Bloqueio total
alert-rule-unofficial-app = A regra contra apps não oficiais
alert-rule-country-not-allowed = A regra de países permitidos
# $rule: one of the rules' names above.
alert-rule-terminated-title = { $rule } encerrou um novo login: { $login }
# $reason: why the rule ended it, from the agent, e.g. "lockdown is on and it is not a trusted device".
alert-rule-terminated-detail = Ele foi encerrado assim que apareceu: { $reason }.
# $rule: one of the rules' names above.
alert-rule-deferred-title = { $rule } vai encerrar um novo login: { $login }
# $reason: why the rule will end it (from the agent, a sentence without its full stop). $when: the date and time in UTC, "2026-12-02 10:00 UTC".
alert-rule-deferred-detail = { $reason }. O Telegram só deixa este dispositivo encerrar sessões a partir de { $when }; se não foi você, encerre esse login agora por um dispositivo mais antigo.
# $rule: one of the rules' names above.
alert-rule-failed-title = { $rule } não conseguiu encerrar um novo login: { $login }
# $reason: why the rule tried to end it (from the agent, without its full stop). $error: what Telegram answered (from the agent).
alert-rule-failed-detail = { $reason }, mas o Telegram recusou: { $error }. Se não foi você, encerre esse login você mesmo.
# A login the rules let be. $reason: why, from the agent, e.g. "Nigeria is on the allowed list".
alert-rule-spared-detail = Nenhuma regra o encerrou: { $reason }.

## Joining the detail's sentences

# Shown before the detail when the event happened while the agent was not running.
alert-while-away = Isso aconteceu enquanto o SessionGuard não estava em execução.
# Two sentences of a banner's detail one after the other (alert-while-away and the advice; the advice and alert-rule-spared-detail).
alert-two-sentences = { $first } { $second }

## Events

# The "lead" messages are set in bold: each title must begin with exactly the words of its lead.
alert-new-login-lead = Novo login:
alert-new-login-title = Novo login: { $login }
alert-new-login-title-unknown = Novo login na sua conta
alert-new-login-detail = Se não foi você, encerre a sessão e ative a verificação em duas etapas.
alert-unconfirmed-login-lead = Login não confirmado:
alert-unconfirmed-login-title = Login não confirmado: { $login }
alert-unconfirmed-login-title-unknown = Login não confirmado na sua conta
alert-unconfirmed-login-detail = O Telegram está esperando você confirmar este login. Se não foi você, encerre a sessão agora.
alert-password-pending-title = Alguém digitou o código de login certo, mas não a sua senha da verificação em duas etapas
# Starts with the device's summary as a sentence of its own.
alert-password-pending-detail = { $login }. Sua senha está barrando o acesso: encerre esta sessão e troque sua senha.
alert-password-pending-detail-unknown = Sua senha está barrando o acesso: encerre a sessão e troque sua senha.
alert-login-code-requested-title = Alguém pediu um código de login para a sua conta
# "Settings → Privacy and Security → Two-Step Verification" is the path in Telegram's own menus: use the names Telegram shows in this language.
alert-login-code-requested-detail = Nunca compartilhe o código com ninguém. Ative a verificação em duas etapas no Telegram: Configurações → Privacidade e Segurança → Verificação em Duas Etapas.
alert-session-ended-lead = Sessão encerrada:
alert-session-ended-title = Sessão encerrada: { $login }
alert-session-ended-title-unknown = Uma sessão foi encerrada
alert-session-ended-detail = Esse dispositivo não está mais conectado à sua conta.
alert-our-session-ended-title = O SessionGuard foi desconectado da sua conta
alert-our-session-ended-detail = A sessão dele foi encerrada por outro dispositivo, então ele não está protegendo a conta agora. Entre de novo para continuar a proteção.
# For websites, $login is the website's summary (its domain, browser, place).
alert-new-website-lead = Site conectado com o seu Telegram:
alert-new-website-title = Site conectado com o seu Telegram: { $login }
alert-new-website-title-unknown = Um site foi conectado com o seu Telegram
alert-new-website-detail = Ele pode agir em seu nome nesse site. Se não foi você, desconecte-o.
alert-website-ended-lead = Site desconectado:
alert-website-ended-title = Site desconectado: { $login }
alert-website-ended-title-unknown = Um site foi desconectado
