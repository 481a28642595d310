# The checkup, 2-step verification and "Secure my account" (ui/checkup.js, ui/two_step.js, ui/secure.js).

## The Checkup page (ui/checkup.js)

# Where Telegram's own apps keep the 2-step verification settings: write it as Telegram's apps in your language name these menus. Used inside checkup-password-reset-text-*.
checkup-two-step-path = Configurações → Privacidade e Segurança → Verificação em Duas Etapas

# Each check is a title (how it stands) and a text under it (what it means).
checkup-two-step-unknown-title = Verificação em duas etapas: status desconhecido
checkup-two-step-unknown-text = O Telegram não informou se há uma senha da verificação em duas etapas. Confira de novo mais tarde.
checkup-two-step-ok-title = A verificação em duas etapas está ativada
checkup-two-step-ok-text = Só o código de login não basta para entrar na sua conta.
checkup-two-step-off-title = Ative a verificação em duas etapas
checkup-two-step-off-text = Sem a senha da verificação em duas etapas, qualquer pessoa que consiga um código de login (um SMS, um celular deixado desbloqueado) entra na sua conta.

checkup-recovery-email-ok-title = Há um e-mail de recuperação definido
checkup-recovery-email-ok-text = Você pode redefinir sua senha da verificação em duas etapas se a esquecer.
checkup-recovery-email-missing-title = Adicione um e-mail de recuperação
checkup-recovery-email-missing-text = Sem ele, se você esquecer a senha da verificação em duas etapas, a conta só poderá ser redefinida — e isso leva 7 dias.

checkup-password-reset-title = Alguém pediu para redefinir sua senha da verificação em duas etapas
# $time: the exact date and time of the reset ("Tuesday, 12 November 2024 at 14:05"); $path: checkup-two-step-path.
checkup-password-reset-text-at = A redefinição acontece em { $time }, a menos que você a cancele. Se não foi você, cancele agora: { $path }.
# When the time of the reset is not known. $path: checkup-two-step-path.
checkup-password-reset-text-soon = A redefinição acontece em breve, a menos que você a cancele. Se não foi você, cancele agora: { $path }.

# $period: Telegram's period for ending idle sessions, in words ("1 week", "6 months", "1 year").
checkup-ttl-ok-title = Sessões inativas são encerradas após { $period }
checkup-ttl-ok-text = Um dispositivo esquecido não fica conectado por muito tempo.
# $period: as in checkup-ttl-ok-title.
checkup-ttl-long-title = Sessões inativas ficam abertas por { $period }
checkup-ttl-long-text = Um celular ou navegador esquecido fica conectado por todo esse tempo. Um período menor encerra essas sessões mais cedo.

checkup-stale-ok-title = Nenhuma sessão esquecida
checkup-stale-ok-text = Todas as outras sessões foram usadas no último mês.
# $count: how many other sessions were not used for over a month.
checkup-stale-title = { $count ->
    [one] { $count } sessão sem uso há mais de um mês
   *[other] { $count } sessões sem uso há mais de um mês
}
# $names: the devices' names ("Galaxy S24, Nicegram and 2 others"); one or more.
checkup-stale-text = { $names }. Se você não usa mais, encerre essas sessões.

checkup-unofficial-ok-title = Só apps oficiais do Telegram
checkup-unofficial-ok-text = Nenhuma sessão usa um app que não foi feito pelo Telegram.
# $count: how many sessions use an app Telegram did not make.
checkup-unofficial-title = { $count ->
    [one] { $count } sessão em um app não oficial
   *[other] { $count } sessões em apps não oficiais
}
# $names: the devices' names ("Galaxy S24, Nicegram and 2 others"); one or more.
checkup-unofficial-text = { $names }. Apps não oficiais veem tudo o que você faz; encerre as sessões que você não reconhece ou em que não confia.

checkup-websites-unknown-title = Sites conectados: status desconhecido
checkup-websites-unknown-text = O Telegram não listou os sites conectados à sua conta. Confira de novo mais tarde.
checkup-websites-ok-title = Nenhum site está conectado com o seu Telegram
# “Log in with Telegram” is the name of Telegram's login button on websites.
checkup-websites-ok-text = Nenhum site pode agir em seu nome por meio do “Entrar com o Telegram”.
# $count: how many websites are logged in with the person's Telegram account.
checkup-websites-title = { $count ->
    [one] { $count } site conectado com o seu Telegram
   *[other] { $count } sites conectados com o seu Telegram
}
checkup-websites-text = Cada um pode agir em seu nome no próprio site. Desconecte os que você não usa mais ou não reconhece.

checkup-password-pending-ok-title = Ninguém está barrado na sua senha
checkup-password-pending-ok-text = Nenhuma sessão tem o código de login sem a senha da verificação em duas etapas.
checkup-password-pending-title = Alguém tem seu código de login
# $names: the name of the device (or devices) that entered the login code but not the password.
checkup-password-pending-text = { $names }: o código certo foi digitado, mas não a sua senha da verificação em duas etapas. Encerre a sessão e, se não foi você que fez esse login, troque sua senha.

# Shown while the first checkup runs.
checkup-loading = Verificando sua conta…
# The summary's headline when nothing needs the person.
checkup-summary-ok = Sua conta está bem protegida
# The summary's headline. $count: how many checks need the person (1 or more).
checkup-summary-findings = { $count ->
    [one] { $count } ponto para revisar
   *[other] { $count } pontos para revisar
}
# Shown right after when the checkup ran ("5 minutes ago · checked by SessionGuard"); the time comes first, then a space, then this.
checkup-checked-by = · verificado pelo SessionGuard
# The button that runs the checkup again, and what it says while it runs.
checkup-run-again = Verificar de novo
checkup-running = Verificando…

checkup-limits-title = O que nenhum app consegue dizer
checkup-limits-text = Uma chave de sessão roubada parece exatamente o dispositivo de onde foi roubada: mesmo nome, mesmo app. Se algo parecer errado, encerre a sessão e entre de novo no seu próprio dispositivo. Encerrar uma sessão a desconecta, mas só os apps oficiais do Telegram também apagam os chats que salvaram naquele dispositivo.

# The buttons that fix a check. $period: the shorter period in words ("1 week", "1 month").
checkup-fix-ttl = Encerrar após { $period }
# Logs out the connected websites the check is about. $count: how many (0 when they are already gone; the button is then disabled).
checkup-fix-websites = { $count ->
    [one] Desconectar
   *[other] Desconectar { $count }
}
# Terminates the sessions the check is about. $count: how many.
checkup-fix-terminate = { $count ->
    [one] Encerrar sessão
   *[other] Encerrar { $count }
}

## 2-step verification (ui/two_step.js)

# The strength meter's word for the new password as it is typed, from weakest to strongest.
two-step-strength-weak = Fraca
two-step-strength-fair = Razoável
two-step-strength-good = Boa
two-step-strength-strong = Forte
two-step-strength-very-strong = Muito forte

# What is wrong with the form, said under it before anything is sent.
two-step-problem-current-missing = Digite sua senha atual da verificação em duas etapas.
# $count: the fewest characters a new password may have (8).
two-step-problem-too-short = { $count ->
    [one] A nova senha precisa ter pelo menos { $count } caractere.
   *[other] A nova senha precisa ter pelo menos { $count } caracteres.
}
two-step-problem-not-same = As duas senhas novas não são iguais.
two-step-problem-hint-gives-away = A dica não pode revelar a senha.
two-step-problem-email-missing = Digite o e-mail que servirá para recuperar a senha.
two-step-problem-email-invalid = Esse endereço de e-mail não parece correto.

# Small buttons in the checkup's 2-step verification and recovery email rows.
two-step-button-turn-on = Ativar
two-step-button-change = Alterar
two-step-button-turn-off = Desativar
two-step-button-add-email = Adicionar e-mail de recuperação

# The field for the code Telegram emailed to the new recovery email address.
two-step-email-code-title = Confirme seu e-mail de recuperação
# $digits: how many digits the code has (e.g. 6).
two-step-email-code-text = O Telegram enviou um código de { $digits } dígitos para o endereço informado. Digite-o aqui.
two-step-email-code-label = Código
two-step-email-code-cancel = Não usar e-mail de recuperação
two-step-email-code-resend = Enviar o código de novo
two-step-email-code-confirm = Confirmar

# The form's title and the text under it, for each thing it does.
two-step-on-title = Ativar a verificação em duas etapas
two-step-on-text = Depois do código de login, o Telegram também vai pedir esta senha em cada novo dispositivo. Escolha uma que você não use em nenhum outro lugar.
two-step-change-title = Alterar a senha da verificação em duas etapas
two-step-change-text = Seus outros dispositivos continuam conectados. Novos logins vão precisar da nova senha.
two-step-off-title = Desativar a verificação em duas etapas
two-step-off-text = Depois disso, só o código de login bastará para abrir sua conta. Faça isso apenas se for realmente necessário.
two-step-email-title = Adicionar um e-mail de recuperação
two-step-email-text = Se você esquecer a senha, o Telegram envia um código de redefinição para este endereço.

# The form's field labels.
two-step-current-label = Senha atual
two-step-next-label = Nova senha
# The meter's name for screen readers.
two-step-strength-label = Força da senha
two-step-repeat-label = Repita a nova senha
two-step-hint-label = Dica (opcional)
two-step-email-optional-label = E-mail de recuperação (opcional)
two-step-email-label = E-mail de recuperação

# The form's buttons; "Saving…" replaces the label while the agent works.
two-step-form-cancel = Cancelar
two-step-form-save = Salvar
# The button that sends the form when it turns 2-step verification off.
two-step-form-turn-off = Desativar
two-step-form-saving = Salvando…

## "Secure my account" (ui/secure.js)

# The steps the confirmation lists before anything is done; each is one line of a list, without a full stop.
# $count: how many other sessions; $time: the exact date and time Telegram's 24-hour rule lets this device end them ("Tuesday, 12 November 2024 at 14:05").
secure-step-end-sessions-at = { $count ->
    [one] Encerrar { $count } outra sessão em { $time }, assim que o Telegram permitir que este dispositivo faça isso
   *[other] Encerrar { $count } outras sessões em { $time }, assim que o Telegram permitir que este dispositivo faça isso
}
# $count: how many other sessions.
secure-step-end-sessions-now = { $count ->
    [one] Encerrar { $count } outra sessão agora
   *[other] Encerrar { $count } outras sessões agora
}
# $count: how many connected websites.
secure-step-log-out-websites = { $count ->
    [one] Desconectar { $count } site conectado
   *[other] Desconectar { $count } sites conectados
}
secure-step-lockdown = Ativar o bloqueio total: um novo login que não seja de um dispositivo confiável é encerrado assim que aparece

# The button under this device, and what it says while it works.
secure-button = Proteger minha conta…
secure-button-securing = Protegendo sua conta…

# What "Secure my account" did, one line each, until closed.
# $count: how many other sessions were ended.
secure-report-sessions-ended = { $count ->
    [one] { $count } outra sessão encerrada.
   *[other] { $count } outras sessões encerradas.
}
# $count: how many other sessions wait for Telegram's 24-hour rule; $time: the exact date and time they will be ended ("Tuesday, 12 November 2024 at 14:05").
secure-report-sessions-waiting = { $count ->
    [one] { $count } outra sessão será encerrada em { $time }: o Telegram só deixa um dispositivo que entrou há menos de 24 horas encerrar outras sessões a partir desse momento. O SessionGuard fará isso sozinho; até lá, encerre-a por um dispositivo mais antigo, se puder.
   *[other] { $count } outras sessões serão encerradas em { $time }: o Telegram só deixa um dispositivo que entrou há menos de 24 horas encerrar outras sessões a partir desse momento. O SessionGuard fará isso sozinho; até lá, encerre-as por um dispositivo mais antigo, se puder.
}
# $count: how many connected websites were logged out.
secure-report-websites-ended = { $count ->
    [one] { $count } site desconectado.
   *[other] { $count } sites desconectados.
}
secure-report-lockdown-on = O bloqueio total está ativado: qualquer novo login que não seja de um dispositivo confiável é encerrado assim que aparece.
secure-report-to-do-two-step = Agora defina uma senha da verificação em duas etapas e um e-mail de recuperação, para que só o código de login nunca mais baste para abrir sua conta.
secure-report-to-do-recovery-email = Agora adicione um e-mail de recuperação à sua senha da verificação em duas etapas, para poder redefini-la se a esquecer.
secure-report-nothing-to-do = Nada precisava ser feito: nenhuma outra sessão, nenhum site e o bloqueio total já estava ativado.
# The report's headline: everything done, or something still waits (for Telegram's 24-hour rule) or failed.
secure-report-title-done = Sua conta está protegida
secure-report-title-waits = Sua conta está sendo protegida
secure-report-close = Fechar
# The button that opens the 2-step verification form for what is left to do.
secure-report-next-two-step = Ativar verificação em duas etapas
secure-report-next-recovery-email = Adicionar e-mail de recuperação
# "History" is the name of the History page.
secure-report-kept-in-history = Isso fica registrado no Histórico.
