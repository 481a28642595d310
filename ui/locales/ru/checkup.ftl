# The checkup, 2-step verification and "Secure my account" (ui/checkup.js, ui/two_step.js, ui/secure.js).

## The Checkup page (ui/checkup.js)

# Where Telegram's own apps keep the 2-step verification settings: write it as Telegram's apps in your language name these menus. Used inside checkup-password-reset-text-*.
checkup-two-step-path = Настройки → Конфиденциальность → Облачный пароль

# Each check is a title (how it stands) and a text under it (what it means).
checkup-two-step-unknown-title = Облачный пароль: неизвестно
checkup-two-step-unknown-text = Telegram не сообщил, установлен ли облачный пароль. Проверьте позже.
checkup-two-step-ok-title = Облачный пароль установлен
checkup-two-step-ok-text = Одного кода для входа недостаточно, чтобы попасть в ваш аккаунт.
checkup-two-step-off-title = Установите облачный пароль
checkup-two-step-off-text = Без облачного пароля в аккаунт попадёт любой, кто получит хотя бы один код для входа (из SMS или с оставленного без блокировки телефона).

checkup-recovery-email-ok-title = Почта для восстановления указана
checkup-recovery-email-ok-text = Если вы забудете облачный пароль, его можно будет сбросить.
checkup-recovery-email-missing-title = Добавьте почту для восстановления
checkup-recovery-email-missing-text = Если вы забудете облачный пароль без неё, аккаунт можно будет только сбросить — а на это уходит 7 дней.

checkup-password-reset-title = Кто-то запросил сброс вашего облачного пароля
# $time: the exact date and time of the reset ("Tuesday, 12 November 2024 at 14:05"); $path: checkup-two-step-path.
checkup-password-reset-text-at = Пароль будет сброшен, если вы не отмените сброс. Время сброса: { $time }. Если это были не вы, отмените его сейчас: { $path }.
# When the time of the reset is not known. $path: checkup-two-step-path.
checkup-password-reset-text-soon = Пароль скоро будет сброшен, если вы не отмените сброс. Если это были не вы, отмените его сейчас: { $path }.

# $period: Telegram's period for ending idle sessions, in words ("1 week", "6 months", "1 year").
checkup-ttl-ok-title = Неактивные сеансы завершаются через { $period }
checkup-ttl-ok-text = Забытое устройство не останется в аккаунте надолго.
# $period: as in checkup-ttl-ok-title.
checkup-ttl-long-title = Неактивные сеансы остаются { $period }
checkup-ttl-long-text = Забытый телефон или браузер остаётся в аккаунте всё это время. Чем короче срок, тем раньше завершаются такие сеансы.

checkup-stale-ok-title = Забытых сеансов нет
checkup-stale-ok-text = Все другие сеансы использовались в последний месяц.
# $count: how many other sessions were not used for over a month.
checkup-stale-title = { $count ->
    [one] { $count } сеанс не используется больше месяца
    [few] { $count } сеанса не используются больше месяца
    [many] { $count } сеансов не используются больше месяца
   *[other] { $count } сеанса не используются больше месяца
}
# $names: the devices' names ("Galaxy S24, Nicegram and 2 others"); one or more.
checkup-stale-text = { $names }. Если вы ими больше не пользуетесь, завершите их.

checkup-unofficial-ok-title = Только официальные приложения Telegram
checkup-unofficial-ok-text = Ни один сеанс не использует неофициальное приложение.
# $count: how many sessions use an app Telegram did not make.
checkup-unofficial-title = { $count ->
    [one] { $count } сеанс в неофициальном приложении
    [few] { $count } сеанса в неофициальных приложениях
    [many] { $count } сеансов в неофициальных приложениях
   *[other] { $count } сеанса в неофициальных приложениях
}
# $names: the devices' names ("Galaxy S24, Nicegram and 2 others"); one or more.
checkup-unofficial-text = { $names }. Неофициальные приложения видят всё, что вы делаете. Завершите те, которые вам незнакомы или которым вы не доверяете.

checkup-websites-unknown-title = Подключённые сайты: неизвестно
checkup-websites-unknown-text = Telegram не сообщил, на каких сайтах выполнен вход через ваш аккаунт. Проверьте позже.
checkup-websites-ok-title = Нет сайтов, подключённых к вашему Telegram
# “Log in with Telegram” is the name of Telegram's login button on websites.
checkup-websites-ok-text = Ни один сайт не может действовать от вашего имени через «Войти через Telegram».
# $count: how many websites are logged in with the person's Telegram account.
checkup-websites-title = { $count ->
    [one] { $count } сайт подключён к вашему Telegram
    [few] { $count } сайта подключены к вашему Telegram
    [many] { $count } сайтов подключены к вашему Telegram
   *[other] { $count } сайта подключены к вашему Telegram
}
checkup-websites-text = Каждый из них может действовать от вашего имени. Отключите те, которыми вы больше не пользуетесь или которые вам незнакомы.

checkup-password-pending-ok-title = Никто не застрял на вводе вашего пароля
checkup-password-pending-ok-text = Нет сеансов, в которых введён код для входа, но не облачный пароль.
checkup-password-pending-title = У кого-то есть ваш код для входа
# $names: the name of the device (or devices) that entered the login code but not the password.
checkup-password-pending-text = { $names }: введён верный код, но не облачный пароль. Завершите этот сеанс, а если вход начинали не вы — смените пароль.

# Shown while the first checkup runs.
checkup-loading = Проверяем ваш аккаунт…
# The summary's headline when nothing needs the person.
checkup-summary-ok = Ваш аккаунт надёжно защищён
# The summary's headline. $count: how many checks need the person (1 or more).
checkup-summary-findings = { $count ->
    [one] { $count } пункт требует внимания
    [few] { $count } пункта требуют внимания
    [many] { $count } пунктов требуют внимания
   *[other] { $count } пункта требуют внимания
}
# Shown right after when the checkup ran ("5 minutes ago · checked by SessionGuard"); the time comes first, then a space, then this.
checkup-checked-by = · проверено SessionGuard
# The button that runs the checkup again, and what it says while it runs.
checkup-run-again = Проверить снова
checkup-running = Проверяем…

checkup-limits-title = Чего не скажет ни одно приложение
checkup-limits-text = Украденный ключ сеанса выглядит точно так же, как устройство, с которого его украли: то же название, то же приложение. Если что-то кажется подозрительным, завершите сеанс и войдите заново на своём устройстве. Завершение сеанса выполняет выход из аккаунта, но сохранённые на устройстве чаты удаляют только официальные приложения Telegram.

# The buttons that fix a check. $period: the shorter period in words ("1 week", "1 month").
checkup-fix-ttl = Завершать через { $period }
# Logs out the connected websites the check is about. $count: how many (0 when they are already gone; the button is then disabled).
checkup-fix-websites = { $count ->
    [1] Отключить сайт
    [one] Отключить { $count } сайт
    [few] Отключить { $count } сайта
    [many] Отключить { $count } сайтов
   *[other] Отключить { $count } сайта
}
# Terminates the sessions the check is about. $count: how many.
checkup-fix-terminate = { $count ->
    [1] Завершить сеанс
    [one] Завершить { $count } сеанс
    [few] Завершить { $count } сеанса
    [many] Завершить { $count } сеансов
   *[other] Завершить { $count } сеанса
}

## 2-step verification (ui/two_step.js)

# The strength meter's word for the new password as it is typed, from weakest to strongest.
two-step-strength-weak = Слабый
two-step-strength-fair = Средний
two-step-strength-good = Хороший
two-step-strength-strong = Надёжный
two-step-strength-very-strong = Очень надёжный

# What is wrong with the form, said under it before anything is sent.
two-step-problem-current-missing = Введите текущий облачный пароль.
# $count: the fewest characters a new password may have (8).
two-step-problem-too-short = { $count ->
    [one] Новый пароль должен содержать не меньше { $count } символа.
    [few] Новый пароль должен содержать не меньше { $count } символов.
    [many] Новый пароль должен содержать не меньше { $count } символов.
   *[other] Новый пароль должен содержать не меньше { $count } символа.
}
two-step-problem-not-same = Новые пароли не совпадают.
two-step-problem-hint-gives-away = Подсказка не должна выдавать пароль.
two-step-problem-email-missing = Введите адрес почты для восстановления пароля.
two-step-problem-email-invalid = Похоже, в адресе почты ошибка.

# Small buttons in the checkup's 2-step verification and recovery email rows.
two-step-button-turn-on = Включить
two-step-button-change = Изменить
two-step-button-turn-off = Отключить
two-step-button-add-email = Добавить почту

# The field for the code Telegram emailed to the new recovery email address.
two-step-email-code-title = Подтвердите почту для восстановления
# $digits: how many digits the code has (e.g. 6).
two-step-email-code-text = Telegram отправил на указанный адрес код из { $digits } цифр. Введите его здесь.
two-step-email-code-label = Код
two-step-email-code-cancel = Не добавлять почту
two-step-email-code-resend = Отправить код ещё раз
two-step-email-code-confirm = Подтвердить

# The form's title and the text under it, for each thing it does.
two-step-on-title = Установить облачный пароль
two-step-on-text = После кода для входа Telegram будет запрашивать этот пароль на каждом новом устройстве. Выберите пароль, который вы больше нигде не используете.
two-step-change-title = Сменить облачный пароль
two-step-change-text = Другие ваши устройства останутся в аккаунте. Для новых входов понадобится новый пароль.
two-step-off-title = Отключить облачный пароль
two-step-off-text = Тогда для входа в аккаунт будет достаточно одного кода. Отключайте пароль, только если без этого не обойтись.
two-step-email-title = Добавить почту для восстановления
two-step-email-text = Если вы забудете пароль, Telegram отправит на этот адрес код для сброса.

# The form's field labels.
two-step-current-label = Текущий пароль
two-step-next-label = Новый пароль
# The meter's name for screen readers.
two-step-strength-label = Надёжность пароля
two-step-repeat-label = Новый пароль ещё раз
two-step-hint-label = Подсказка (необязательно)
two-step-email-optional-label = Почта для восстановления (необязательно)
two-step-email-label = Почта для восстановления

# The form's buttons; "Saving…" replaces the label while the agent works.
two-step-form-cancel = Отмена
two-step-form-save = Сохранить
# The button that sends the form when it turns 2-step verification off.
two-step-form-turn-off = Отключить
two-step-form-saving = Сохраняем…

## "Secure my account" (ui/secure.js)

# The steps the confirmation lists before anything is done; each is one line of a list, without a full stop.
# $count: how many other sessions; $time: the exact date and time Telegram's 24-hour rule lets this device end them ("Tuesday, 12 November 2024 at 14:05").
secure-step-end-sessions-at = { $count ->
    [one] Завершить { $count } другой сеанс, как только Telegram это позволит ({ $time })
    [few] Завершить { $count } других сеанса, как только Telegram это позволит ({ $time })
    [many] Завершить { $count } других сеансов, как только Telegram это позволит ({ $time })
   *[other] Завершить { $count } других сеанса, как только Telegram это позволит ({ $time })
}
# $count: how many other sessions.
secure-step-end-sessions-now = { $count ->
    [one] Сразу завершить { $count } другой сеанс
    [few] Сразу завершить { $count } других сеанса
    [many] Сразу завершить { $count } других сеансов
   *[other] Сразу завершить { $count } других сеанса
}
# $count: how many connected websites.
secure-step-log-out-websites = { $count ->
    [one] Отключить { $count } сайт
    [few] Отключить { $count } сайта
    [many] Отключить { $count } сайтов
   *[other] Отключить { $count } сайта
}
secure-step-lockdown = Включить режим блокировки: новый вход с недоверенного устройства будет завершаться сразу же

# The button under this device, and what it says while it works.
secure-button = Защитить аккаунт…
secure-button-securing = Защищаем аккаунт…

# What "Secure my account" did, one line each, until closed.
# $count: how many other sessions were ended.
secure-report-sessions-ended = { $count ->
    [one] Завершён { $count } другой сеанс.
    [few] Завершено { $count } других сеанса.
    [many] Завершено { $count } других сеансов.
   *[other] Завершено { $count } других сеанса.
}
# $count: how many other sessions wait for Telegram's 24-hour rule; $time: the exact date and time they will be ended ("Tuesday, 12 November 2024 at 14:05").
secure-report-sessions-waiting = { $count ->
    [one] { $count } другой сеанс будет завершён позже ({ $time }): Telegram не даёт устройству, вошедшему в аккаунт менее 24 часов назад, завершать другие сеансы раньше этого времени. SessionGuard сделает это сам, а пока, если можете, завершите его с более старого устройства.
    [few] { $count } других сеанса будут завершены позже ({ $time }): Telegram не даёт устройству, вошедшему в аккаунт менее 24 часов назад, завершать другие сеансы раньше этого времени. SessionGuard сделает это сам, а пока, если можете, завершите их с более старого устройства.
    [many] { $count } других сеансов будут завершены позже ({ $time }): Telegram не даёт устройству, вошедшему в аккаунт менее 24 часов назад, завершать другие сеансы раньше этого времени. SessionGuard сделает это сам, а пока, если можете, завершите их с более старого устройства.
   *[other] { $count } других сеанса будут завершены позже ({ $time }): Telegram не даёт устройству, вошедшему в аккаунт менее 24 часов назад, завершать другие сеансы раньше этого времени. SessionGuard сделает это сам, а пока, если можете, завершите их с более старого устройства.
}
# $count: how many connected websites were logged out.
secure-report-websites-ended = { $count ->
    [one] Отключён { $count } сайт.
    [few] Отключено { $count } сайта.
    [many] Отключено { $count } сайтов.
   *[other] Отключено { $count } сайта.
}
secure-report-lockdown-on = Режим блокировки включён: любой новый вход с недоверенного устройства будет завершаться сразу же.
secure-report-to-do-two-step = Теперь установите облачный пароль и почту для восстановления, чтобы одного кода для входа больше никогда не хватило для доступа к аккаунту.
secure-report-to-do-recovery-email = Теперь добавьте к облачному паролю почту для восстановления, чтобы сбросить пароль, если вы его забудете.
secure-report-nothing-to-do = Ничего делать не пришлось: других сеансов и сайтов нет, а режим блокировки уже был включён.
# The report's headline: everything done, or something still waits (for Telegram's 24-hour rule) or failed.
secure-report-title-done = Ваш аккаунт защищён
secure-report-title-waits = Защита аккаунта ещё не завершена
secure-report-close = Закрыть
# The button that opens the 2-step verification form for what is left to do.
secure-report-next-two-step = Установить облачный пароль
secure-report-next-recovery-email = Добавить почту для восстановления
# "History" is the name of the History page.
secure-report-kept-in-history = Это сохранено в истории.
