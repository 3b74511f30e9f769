# Delivery: projects, activities, people and participation.

nav-projects = Проекты
projects-title = Проекты
projects-intro = Проекты Плана действий: где они осуществляются, с кем, что дают и кого охватывают.
projects-filter = Фильтр проектов
projects-count = { $total ->
    [0] Нет проектов, соответствующих этим фильтрам.
    [1] Показан единственный подходящий проект.
    [one] Показаны { $first }–{ $last } из { $total } проекта.
    [few] Показаны { $first }–{ $last } из { $total } проектов.
    [many] Показаны { $first }–{ $last } из { $total } проектов.
   *[other] Показаны { $first }–{ $last } из { $total } проекта.
}
projects-empty = Нет проектов, соответствующих этим фильтрам. Попробуйте убрать один из фильтров.
projects-as-json = Эти проекты в формате JSON (API)
project-as-json = Этот проект в формате JSON (API)
project-private-notice = Этот проект не является публичным: страницу видят только сотрудники.
project-text-other-language = Этот текст пока недоступен на вашем языке; он показан на языке оригинала.
project-translation-behind = Английский текст этого проекта изменился после того, как был сделан этот перевод; перевод может быть устаревшим.
project-translations = Переводы
project-reach = Охват людей и членов
project-reach-none = Пока нет записей об участии со статусом «Принял(а) участие» или «Завершено».
project-activities = Мероприятия
project-activities-none = Мероприятия пока не зарегистрированы.
project-manage = Управление проектом
reach-by-sex = Охват людей по полу
reach-by-group = Охват людей по группам заинтересованных сторон
reach-rule = Человек считается охваченным, если он принял участие хотя бы в одном мероприятии или завершил его; он учитывается один раз независимо от числа мероприятий, в которых участвовал. Член считается охваченным, если охвачены выдвинутые им люди (а при их отсутствии — люди из его страны) или если завершено полученное им наставничество либо проведённая для него консультационная миссия.
figure-people-reached = охвачено человек
figure-members-reached = охвачено членов
figure-activities = мероприятия
column-member = Член
column-sdg = ЦУР
column-theme = Тема
column-mode = Форма
column-year = Год
column-code = Код
column-scope = Масштаб
column-dates = Сроки
column-recipient-countries = Страны
column-regions = Регионы
column-beneficiaries = Члены — получатели помощи
column-themes = Темы
column-sdgs = Цели в области устойчивого развития
column-donors = Доноры
column-implementers = Исполнители
column-accountable = Ответственная сторона
column-activity = Мероприятие
column-sex = Пол
column-people = Человек
column-group = Группа заинтересованных сторон

project-status-pipeline = В подготовке
project-status-implementation = Реализация
project-status-finalisation = Завершение
project-status-closed = Закрыт
project-status-cancelled = Отменён
project-status-suspended = Приостановлен
scope-global = Глобальный
scope-regional = Региональный
scope-national = Национальный
mode-elearning = Электронный курс
mode-webinar = Вебинар или виртуальный класс
mode-training = Учебное мероприятие
mode-coaching = Дистанционное наставничество
mode-mission = Консультационная миссия в страну
mode-sponsorship = Спонсирование участия экспертов
activity-status-planned = Запланировано
activity-status-open = Открыт приём кандидатур
activity-status-ongoing = Проводится
activity-status-completed = Завершено
activity-status-cancelled = Отменено
sex-female = Женский
sex-male = Мужской
sex-other = Другой
sex-not-stated = Не указан
group-nsb-staff = Сотрудники НОС
group-government = Государственные и регулирующие органы
group-industry = Промышленность и МСП
group-academia = Академические круги
group-consumer = Организации потребителей
group-conformity-assessment = Органы по оценке соответствия и лаборатории
group-ngo = НПО
group-other = Другое
participation-applied = Заявка подана
participation-nominated = Кандидатура выдвинута
participation-accepted = Кандидатура принята
participation-waitlisted = В листе ожидания
participation-rejected = Кандидатура отклонена
participation-withdrawn = Кандидатура отозвана
participation-attended = Принял(а) участие
participation-no-show = Неявка
participation-completed = Завершено
role-expert = Эксперт
role-coach = Наставник
role-trainer = Тренер
follow-up-open = Не начато
follow-up-in-progress = Выполняется
follow-up-implemented = Выполнено
follow-up-not-implemented = Не выполнено
org-role-funding = Финансирование
org-role-accountable = Ответственность
org-role-extending = Предоставление средств
org-role-implementing = Реализация
finance-commitment = Обязательство
finance-disbursement = Выплата

field-error-invalid-code = Выберите значение из списка.
field-error-invalid-date = Введите дату в формате ГГГГ-ММ-ДД, например 2026-03-31.
field-error-date-out-of-range = Введите дату в интервале с 1990 по 2100 год.
field-error-invalid-datetime = Введите дату и время, например 2026-03-31 14:00.
field-error-invalid-year = Введите год в интервале с 1990 по 2100.
field-error-end-before-start = Окончание не может быть раньше начала.
field-error-required-when-closed = Для закрытого проекта нужна фактическая дата окончания.
field-error-title-required-with-text = Укажите название на этом языке или оставьте краткое содержание и описание пустыми.
field-error-required-for-national-scope = Для национального проекта нужно указать страну.
field-error-required-for-regional-scope = Для регионального проекта нужно указать регион или страны.
field-error-invalid-project-code = Используйте латинские буквы, цифры, дефисы, точки или подчёркивания (не более 40 символов), например APDC-2026-014.
field-error-invalid-slug = Используйте строчные латинские буквы, цифры и дефисы, например circular-economy.
field-error-invalid-sdg = Выберите цель от 1 до 17.
field-error-invalid-sdg-target = Укажите официальные задачи ЦУР, например 9.1 или 17.a, через запятую.
field-error-invalid-currency = Укажите код валюты по ISO 4217, например CHF, EUR или USD.
field-error-invalid-amount = Введите сумму, например 1500 или 1500,25 (тысячи можно разделять только пробелами).
field-error-invalid-choice = Выберите значение из списка.
field-error-invalid-iati-ref = Идентификатор IATI не содержит пробелов и косых черт, например SE-0 или XM-DAC-41114.
field-error-invalid-number = Введите целое число больше нуля.
field-error-invalid-time-zone = Введите часовой пояс, например Africa/Nairobi или UTC.
field-error-invalid-committee = Укажите комитет ИСО, например ISO/TC 176 или ISO/TC 207/SC 1, либо DEVCO, COPOLCO, CASCO.
field-error-invalid-language = Выберите языки из списка.
field-error-required-for-mode = Для этой формы мероприятия необходимо заполнить это поле.
field-error-invalid-sex = Укажите F (женский), M (мужской) или X (другой) либо оставьте поле пустым (не указан).
field-error-invalid-stakeholder-group = Выберите группу заинтересованных сторон из списка.
field-error-unknown-region = Используйте английские названия регионов ООН M49, например Eastern Africa.
field-error-unknown-theme = Такой темы нет.
field-error-unknown-organisation = Такой организации нет.
field-error-unknown-person = Такого человека нет.
field-error-person-erased = Данные этого человека удалены.
field-error-already-participating = Этот человек уже участвует в этом мероприятии.
field-error-transition-not-allowed = Участие нельзя перевести в этот статус из текущего.
field-error-not-coaching = Сеансы бывают только у наставничества.
field-error-not-mission = Рекомендации бывают только у консультационных миссий.
field-error-same-person = Выберите двух разных людей.
field-error-project-exists = Проект с таким кодом уже существует.
field-error-organisation-exists = Организация с таким названием уже существует.
field-error-activity-not-open = Приём кандидатур на это мероприятие не открыт.
field-error-not-your-member = Вы можете действовать только от имени своей организации-члена.

# Staff pages.
nav-manage-projects = Управление проектами
nav-people = Люди
nav-organisations = Организации
nav-themes = Темы
nav-exports = Выгрузка данных
nav-tokens = Токены API
apply = Применить
remove = Удалить
admin-projects-title = Управление проектами
projects-total = { $total ->
    [0] Проектов нет.
    [1] Один проект.
    [one] { $total } проект.
    [few] { $total } проекта.
    [many] { $total } проектов.
   *[other] { $total } проекта.
}
column-public = Публичный
project-new-title = Новый проект
project-edit = Изменить проект
project-edit-title = Изменение проекта { $code }
project-view-public = Открыть публичную страницу
project-partners = Доноры и партнёры
project-partners-none = Связанных организаций пока нет.
partner-add = Связать организацию
project-finances = Финансирование
project-finances-none = Обязательства и выплаты пока не зарегистрированы.
finance-add = Добавить строку финансирования
finance-totals = Итого в
project-budgets = Бюджет по годам
project-budgets-none = Бюджет пока не указан.
budget-set = Задать бюджет на этот год
record-audit-title = Журнал изменений: { $record }
field-title = Название
field-summary = Краткое содержание
field-summary-help = Одно-два предложения; показываются в списках и в начале страницы проекта.
field-description = Описание
field-description-help = Рассказ о проекте. Разделяйте абзацы пустой строкой.
field-texts = Тексты
field-code-help = Условное обозначение проекта, используемое в адресах: латинские буквы, цифры и дефисы, например APDC-2026-014.
field-planned-start = Плановое начало
field-planned-end = Плановое окончание
field-actual-start = Фактическое начало
field-actual-end = Фактическое окончание
field-public = Показывать на публичном сайте
field-public-help = Публичные проекты отображаются на сайте и в открытых данных, без каких-либо персональных данных.
field-multiple-help = Чтобы выбрать несколько значений, удерживайте Ctrl (Cmd на Mac).
field-sdg-targets = Задачи ЦУР
field-sdg-targets-help = Необязательно, например 9.1, 12.5. При выборе задачи выбирается и соответствующая цель.
field-organisation = Организация
field-org-role = Роль
field-org-type = Тип организации
field-iati-ref = Идентификатор IATI
field-iati-ref-help = Идентификатор организации в IATI, если он есть, например SE-0.
field-finance-kind = Вид
field-currency = Валюта
field-amount = Сумма
field-slug = Идентификатор
field-slug-help = Строчные латинские буквы, цифры и дефисы; используется в адресах и фильтрах, например circular-economy.
field-name-en = Название на английском языке
field-name-fr = Название на французском языке
content-language-en = Английский
content-language-fr = Французский
content-language-es = Испанский
content-language-ar = Арабский
content-language-ru = Русский
content-language-pt = Португальский
content-language-zh = Китайский
content-language-sw = Суахили
organisation-new-title = Новая организация
organisation-edit-title = Изменение организации
organisations-none-yet = Организации пока не зарегистрированы.
themes-help = Темы — это свободный список меток, которые сотрудники присваивают проектам, например экономика замкнутого цикла, борьба с изменением климата, МСП или гендерное равенство. При сохранении существующего идентификатора тема переименовывается.
themes-none-yet = Темы пока не заданы.
theme-save = Добавить или переименовать тему
org-type-government = Правительство
org-type-local-government = Местные органы власти
org-type-other-public-sector = Прочий государственный сектор
org-type-international-ngo = Международная НПО
org-type-national-ngo = Национальная НПО
org-type-regional-ngo = Региональная НПО
org-type-partner-country-ngo = НПО страны-партнёра
org-type-public-private-partnership = Государственно-частное партнёрство
org-type-multilateral = Многосторонняя организация
org-type-foundation = Фонд
org-type-private-sector = Частный сектор
org-type-private-sector-provider = Частный сектор страны — поставщика помощи
org-type-private-sector-recipient = Частный сектор страны — получателя помощи
org-type-private-sector-third = Частный сектор третьей страны
org-type-academic = Академические, учебные и исследовательские организации
org-type-other = Другое

activity-new-title = Новое мероприятие
activity-edit-title = Изменение мероприятия
activity-mode-fields-help = Заполните раздел выбранной формы; поля других форм не учитываются.
field-mode-help = Как оказывается помощь. У каждой формы ниже свои поля.
field-activity-status-help = Контактные лица могут выдвигать кандидатов только на мероприятия, открытые для приёма кандидатур.
field-start-date = Дата начала
field-end-date = Дата окончания
field-capacity = Число мест
field-capacity-help = Максимальное число участников (оставьте пустым, если число не ограничено).
field-languages = Языки
field-target-members = Целевые члены
field-platform = Платформа
field-course-iri = Адрес курса (IRI)
field-course-iri-help = Идентификатор курса на обучающей платформе; используется также в записях об обучении.
field-duration-hours = Продолжительность (часы)
field-starts-at = Дата и время
field-time-zone = Часовой пояс
field-time-zone-help = По списку IANA, например Africa/Nairobi или America/Lima.
field-meeting-link = Ссылка на онлайн-встречу
field-meeting-link-help = Конфиденциально: никогда не показывается на публичном сайте и в открытых данных.
field-venue-country = Страна проведения
field-venue-city = Город проведения
field-goals = Цели наставничества
field-requesting-member = Запрашивающий член
field-terms-of-reference = Техническое задание
field-report = Отчёт
field-committee = Комитет ИСО
field-committee-help = Например, ISO/TC 176 или ISO/TC 207/SC 1.
field-meeting = Посещённое заседание
activity-participants = Участники
activity-participants-none = Пока никто не зачислен и не выдвинут.
participation-change = Изменить статус
participant-add = Добавить участника
participant-add-help = Если человек с таким адресом электронной почты уже зарегистрирован, используется существующая запись без изменений.
field-nominated-by = Кем выдвинут
activity-staff = Эксперты, наставники и тренеры
activity-staff-none = Пока никто не назначен.
staff-add = Назначить
staff-email-help = Адрес электронной почты уже зарегистрированного человека (сначала добавьте его в разделе «Люди»).
field-staff-role = Роль
coaching-sessions = Проведённые сеансы
coaching-sessions-none = Сеансы пока не зарегистрированы.
field-held-on = Дата проведения
field-notes = Заметки
session-add = Зарегистрировать сеанс
mission-recommendations = Рекомендации
mission-recommendations-none = Рекомендации пока не зарегистрированы.
field-recommendation = Рекомендация
field-follow-up = Выполнение
recommendation-add = Добавить рекомендацию
import-participants-title = Импорт участников

people-search = Поиск людей
people-count = { $total ->
    [0] Никого не найдено.
    [1] Один человек.
    [one] { $total } человек.
    [few] { $total } человека.
    [many] { $total } человек.
   *[other] { $total } человека.
}
people-empty = По этому запросу никого не найдено.
person-new-title = Добавление человека
person-edit-title = Изменение данных человека
person-email-help = Общим адресом могут пользоваться несколько человек; возможные дубликаты выводятся в списке для объединения.
person-erased = данные удалены
person-erased-notice = Личные данные этого человека удалены. Записи о его участии сохранены в обезличенном виде, чтобы итоговые показатели оставались верными.
person-export = Выгрузить все хранимые данные (JSON)
person-participations = Участие
person-participations-none = Записей об участии нет.
person-erase = Удалить данные этого человека
person-erase-help = Безвозвратно удаляет имя, адрес электронной почты и организацию, в том числе из журнала изменений. Записи об участии сохраняются в обезличенном виде, чтобы итоговые показатели оставались верными. Это действие нельзя отменить.
person-erase-confirm = Для подтверждения введите ERASE
field-error-confirmation-required = Введите слово подтверждения точно так, как указано.
duplicates-title = Возможные дубликаты
duplicates-help = Люди, зарегистрированные с одинаковым адресом электронной почты. При объединении записи об участии из второй записи переносятся в первую; если обе записи относятся к одному мероприятию, сохраняется более продвинутый статус; вторая запись удаляется.
duplicates-none = Нет людей с совпадающими адресами электронной почты.
duplicates-merge = Объединить { $duplicate } с записью { $keep }

tokens-title = Токены API
tokens-help = Токен позволяет программе работать с API с правами вашей учётной записи: передавайте его в заголовке «Authorization: Bearer <token>». Отзывайте токены, которые вам больше не нужны.
tokens-none = У вас нет токенов.
tokens-new = Создать токен
tokens-name-help = Для чего нужен токен, например «Сценарий ежемесячной выгрузки».
tokens-created = Ваш новый токен приведён ниже. Скопируйте его сейчас: он показывается только один раз.
tokens-created-at = Создан (UTC)
tokens-last-used = Последнее использование (UTC)
tokens-revoke = Отозвать
tokens-revoked = Отозван

support-title = { $member }: полученная поддержка
support-back = Полученная поддержка
support-projects-none = Этот член пока не указан ни в одном проекте.
support-activities = Мероприятия для этого члена
support-activities-none = Мероприятий, предназначенных для этого члена, пока нет.
support-participants = Кандидатуры и участники
support-participants-none = От этого члена пока никто не выдвинут и не зачислен.
nomination-withdraw = Отозвать
nominate-title = Выдвижение участника
nominate-help = Выберите открытое мероприятие и укажите данные человека. Если человек уже зарегистрирован (тот же адрес электронной почты), используется существующая запись.
nominate-none-open = Сейчас нет мероприятий, открытых для выдвижения кандидатур от этого члена.
nominate-submit = Выдвинуть

# Participant import.
import-participants-help = Загрузите список участников в виде книги Excel (.xlsx, первый лист) или файла CSV. В первой строке должны быть названия столбцов; они сопоставляются с полями по заголовкам на английском, французском или испанском языке, а на следующей странице сопоставление можно исправить. Для каждого человека нужны имя (или имя и фамилия) и адрес электронной почты. Ничего не записывается до вашего подтверждения, а люди, уже зачисленные на это мероприятие, пропускаются, поэтому тот же файл можно безопасно импортировать повторно.
import-sheet-file = Электронная таблица (XLSX или CSV)
import-default-status = Статус для строк, где он не указан
import-default-member = Выдвигающий член для строк, где он не указан
import-sheet-too-large = Размер файла превышает { $megabytes } МБ.
import-sheet-not-spreadsheet = Это не электронная таблица: загрузите книгу Excel (.xlsx) или файл CSV в кодировке UTF-8.
import-sheet-unreadable = Не удаётся прочитать файл как электронную таблицу ({ $detail }).
import-sheet-no-header = В файле нет строки заголовков.
import-sheet-no-rows = В файле есть строка заголовков, но нет строк с данными.
import-sheet-too-many-rows = { $max ->
    [one] В файле более { $max } строки. Разделите его на несколько файлов.
    [few] В файле более { $max } строк. Разделите его на несколько файлов.
    [many] В файле более { $max } строк. Разделите его на несколько файлов.
   *[other] В файле более { $max } строки. Разделите его на несколько файлов.
}
import-sheet-nul-byte = Строка { $line } содержит символ NUL, недопустимый в любом тексте. Если это файл CSV, экспортируйте его из электронной таблицы заново в формате «CSV UTF-8».
import-sheet-too-many-columns = { $max ->
    [one] На листе более { $max } столбца. Оставьте только столбцы, которые нужно импортировать.
    [few] На листе более { $max } столбцов. Оставьте только столбцы, которые нужно импортировать.
    [many] На листе более { $max } столбцов. Оставьте только столбцы, которые нужно импортировать.
   *[other] На листе более { $max } столбца. Оставьте только столбцы, которые нужно импортировать.
}
import-sheet-too-many-cells = { $max ->
    [one] На листе более { $max } заполненной ячейки. Разделите его на несколько файлов.
    [few] На листе более { $max } заполненных ячеек. Разделите его на несколько файлов.
    [many] На листе более { $max } заполненных ячеек. Разделите его на несколько файлов.
   *[other] На листе более { $max } заполненной ячейки. Разделите его на несколько файлов.
}
import-sheet-cell-too-long = { $max ->
    [one] Ячейка в строке { $line }, столбце { $column } длиннее { $max } символа.
    [few] Ячейка в строке { $line }, столбце { $column } длиннее { $max } символов.
    [many] Ячейка в строке { $line }, столбце { $column } длиннее { $max } символов.
   *[other] Ячейка в строке { $line }, столбце { $column } длиннее { $max } символа.
}
import-sheet-string-too-long = { $max ->
    [one] Книга содержит текст длиннее допустимого для ячейки (не более { $max } символа).
    [few] Книга содержит текст длиннее допустимого для ячейки (не более { $max } символов).
    [many] Книга содержит текст длиннее допустимого для ячейки (не более { $max } символов).
   *[other] Книга содержит текст длиннее допустимого для ячейки (не более { $max } символа).
}
import-sheet-too-much-text = Объём текста на листе превышает { $megabytes } МБ. Разделите его на несколько файлов.
import-sheet-declared-too-large = В книге указано, что лист занимает диапазон { $range }, а это больше, чем прочитано: { $rows ->
        [one] { $rows } строка
        [few] { $rows } строки
        [many] { $rows } строк
       *[other] { $rows } строки
    } и { $columns ->
        [one] { $columns } столбец
        [few] { $columns } столбца
        [many] { $columns } столбцов
       *[other] { $columns } столбца
    }. Скопируйте данные на новый лист и сохраните книгу заново.
import-sheet-unpacked-too-large = В распакованном виде книга занимает более { $megabytes } МБ. Сохраните её заново без изображений и неиспользуемых листов или разделите на части.
import-sheet-too-many-parts = { $max ->
    [one] Книга содержит более { $max } внутренней части. Сохраните её заново как обычную книгу.
    [few] Книга содержит более { $max } внутренних частей. Сохраните её заново как обычную книгу.
    [many] Книга содержит более { $max } внутренних частей. Сохраните её заново как обычную книгу.
   *[other] Книга содержит более { $max } внутренней части. Сохраните её заново как обычную книгу.
}
import-sheet-too-many-strings = { $max ->
    [one] Книга содержит более { $max } различного текстового значения. Разделите её на несколько файлов.
    [few] Книга содержит более { $max } различных текстовых значений. Разделите её на несколько файлов.
    [many] Книга содержит более { $max } различных текстовых значений. Разделите её на несколько файлов.
   *[other] Книга содержит более { $max } различного текстового значения. Разделите её на несколько файлов.
}
import-sheet-too-slow = { $seconds ->
    [one] Чтение файла заняло более { $seconds } секунды. Разделите его на несколько файлов.
    [few] Чтение файла заняло более { $seconds } секунд. Разделите его на несколько файлов.
    [many] Чтение файла заняло более { $seconds } секунд. Разделите его на несколько файлов.
   *[other] Чтение файла заняло более { $seconds } секунды. Разделите его на несколько файлов.
}
import-rows = строки в файле
import-effect-new = новые люди (будут зачислены)
import-effect-known = уже зарегистрированные люди (будут зачислены)
import-effect-already = уже зачислены (пропускаются)
import-mapping = Столбцы
import-mapping-help = Какой столбец файла заполняет каждое поле. Поля без столбца остаются пустыми (или получают значения по умолчанию, выбранные при загрузке).
import-not-mapped = (нет в файле)
import-remap = Проверить снова с этими столбцами
import-rejected-rows = Отклонённые строки
import-more-rejections = { $count ->
    [one] И ещё { $count } отклонённая строка.
    [few] И ещё { $count } отклонённые строки.
    [many] И ещё { $count } отклонённых строк.
   *[other] И ещё { $count } отклонённой строки.
}
import-sample = Первые строки
import-upload-another = Загрузить другой файл
import-participants-applied = Импорт выполнен. Добавлено людей: { $added }; зачислений: { $enrolled }; уже были зачислены: { $unchanged }.
import-target-name = Имя
import-target-first-name = Имя
import-target-last-name = Фамилия
import-target-email = Электронная почта
import-target-sex = Пол
import-target-country = Страна
import-target-organisation = Организация
import-target-stakeholder-group = Группа заинтересованных сторон
import-target-nominated-by = Выдвигающий член
import-target-status = Статус
field-error-duplicate-email-in-file = Этот адрес электронной почты встречается в файле более одного раза.

# Exports.
exports-help = Скачайте проекты, мероприятия или записи об участии. Файлы с записями об участии содержат персональные данные: храните их надёжно и удаляйте, когда они больше не нужны.
exports-what = Данные
exports-filters-help = Чтобы сузить выгрузку, добавьте к адресу фильтры списков, например participations.csv?project=APDC-2026-001&participation_status=completed или projects.xlsx?region=Africa&year=2026.
error-export-too-large-title = Слишком большая выгрузка
error-export-too-large = Эта выгрузка содержала бы более 100 000 строк. Сузьте её с помощью фильтра (проект, мероприятие, член, статус или год).
support-exports = Скачать

# Member profiles.
member-support = Полученная поддержка
member-support-none = Этот член пока не указан ни в одном публичном проекте или мероприятии.
member-support-projects = проекты
member-support-activities = мероприятия для этого члена или по его запросу
member-support-all = Все проекты для этого члена
