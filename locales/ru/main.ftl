# apdc — Russian messages. Every key here must exist in every other language.

language-name = Русский
site-name = План действий для развивающихся стран
skip-to-content = Перейти к содержанию
demo-banner = Демонстрационный сайт: члены взяты из справочных данных; контактные лица и учётные записи с пометкой «демо» вымышлены.
nav-languages = Языки
nav-main = Главное меню
nav-home = Главная
nav-members = Члены
nav-new-member = Добавить члена
nav-import = Импорт членов
nav-my-member = Моя организация-член
nav-api = API
signed-in-as = Вы вошли как { $name } ({ $role })
sign-in = Войти
sign-out = Выйти
footer-about = План действий для развивающихся стран обеспечивает национальным органам по стандартизации этих стран техническую помощь и обучение.

role-administrator = администратор
role-programme-officer = сотрудник программы
role-focal-point = контактное лицо члена
role-donor-viewer = донор (просмотр)
role-participant = участник

yes = Да
no = Нет
not-known = нет данных
save = Сохранить
cancel = Отмена
pagination = Страницы
page-previous = Назад
page-next = Далее
demo-record = демо

home-title = Главная
home-heading = План действий для развивающихся стран
home-purpose = План действий — это рамочная программа технической помощи и обучения, которая помогает национальным органам по стандартизации развивающихся стран активно участвовать в международной стандартизации и в полной мере пользоваться преимуществами применения стандартов.
home-objective = Он реализуется через проекты, электронное обучение, вебинары, дистанционное наставничество, консультационные миссии в страны, учебные мероприятия и спонсирование участия экспертов в заседаниях по стандартизации; члены и доноры контролируют ход его выполнения на основе матрицы результатов.
home-figures = Основные показатели
figure-members = члены в реестре
figure-developing = члены из развивающихся стран
figure-developing-share = доля членов из развивающихся стран
home-figures-note = Рассчитано по реестру членов. Статус развивающейся страны хранится для каждого члена вместе с его основанием; см. страницу члена.
home-by-region = Члены по регионам
home-by-category = Члены по категориям
home-browse-members = Перейти к каталогу членов

column-region = Регион
column-members = Члены
column-developing = Члены из развивающихся стран
column-share = Доля от всех членов
column-category = Категория
column-country = Страна
column-acronym = Аббревиатура
column-status = Статус

region-africa = Африка
region-americas = Америка
region-asia = Азия
region-europe = Европа
region-oceania = Океания

category-member-body = Комитет-член
category-correspondent = Член-корреспондент
category-subscriber = Член-подписчик

status-developing = Развивающаяся страна
status-not-developing = Не развивающаяся страна

basis-iso-list = Перечень развивающихся стран ИСО
basis-dac-list = Перечень получателей официальной помощи в целях развития (КСР ОЭСР)
basis-wb-income = Группа по уровню дохода Всемирного банка
basis-ldc = Наименее развитая страна (по классификации ООН)
basis-un-m49-regions = Региональная классификация ООН M49 (за пределами Европы, Северной Америки, Японии, Австралии и Новой Зеландии)
basis-other = Другое (см. примечание)

members-title = Члены
members-filter = Фильтр членов
filter-text = Поиск
filter-any = Все
filter-apply = Применить фильтры
filter-reset = Сбросить
members-count = { $total ->
    [0] Нет членов, соответствующих этим фильтрам.
    [1] Показан единственный подходящий член.
    [one] Показаны { $first }–{ $last } из { $total } члена.
    [few] Показаны { $first }–{ $last } из { $total } членов.
    [many] Показаны { $first }–{ $last } из { $total } членов.
   *[other] Показаны { $first }–{ $last } из { $total } члена.
}
members-empty = Нет членов, соответствующих этим фильтрам. Попробуйте убрать один из фильтров.

member-basis = Основание статуса
member-ldc = Наименее развитая страна
member-lldc = Развивающаяся страна, не имеющая выхода к морю
member-sids = Малое островное развивающееся государство
member-income = Группа по уровню дохода Всемирного банка
member-contact = Контактные данные
member-no-contact = Контактные данные ещё не внесены.
member-edit = Изменить данные члена
member-audit = Журнал изменений
member-source = Источник
member-origin-staff = Исправлено сотрудниками.
member-origin-reference = Согласно справочным данным.
member-source-link = источник
member-new-title = Добавление члена
member-edit-title = Изменение: { $member }

field-website = Веб-сайт
field-email = Электронная почта
field-phone = Телефон
field-address = Адрес
field-password = Пароль
field-alpha2 = Код страны (ISO 3166-1 alpha-2)
field-alpha2-help = Две буквы, например KE для Кении.
field-name = Имя/название
field-basis-help = Почему член относится (или не относится) к членам из развивающихся стран.
field-basis-note = Примечание к статусу
field-person-name = Имя
field-position = Должность

focal-points = Контактные лица
focal-points-none = Контактные лица ещё не указаны.
focal-point-add = Добавить контактное лицо
focal-point-remove = Удалить
focal-point-remove-named = Удалить: { $name }
contacts-title = Контактные данные: { $member }
contacts-edit = Изменить контактные данные и контактных лиц

login-title = Вход
login-failed = Неверный адрес электронной почты или пароль, либо учётная запись отключена.
login-help = Учётные записи создают администраторы. Если вам нужна учётная запись, обратитесь в отдел наращивания потенциала.

form-has-errors = Исправьте поля, отмеченные ниже.

audit-title = Журнал изменений: { $member }
audit-count = { $total ->
    [1] Одна запись.
    [one] { $total } запись.
    [few] { $total } записи.
    [many] { $total } записей.
   *[other] { $total } записи.
}
audit-empty = По этому члену пока ничего не зарегистрировано.
audit-when = Когда (UTC)
audit-who = Кто
audit-what = Что
audit-changes = Изменения
audit-action-member-create = Член добавлен
audit-action-member-update = Данные члена изменены
audit-action-member-update-contacts = Контактные данные изменены
audit-action-member-refresh = Обновлено по справочным данным
audit-action-member-focal-point-add = Контактное лицо добавлено
audit-action-member-focal-point-remove = Контактное лицо удалено

import-title = Импорт членов
import-upload = Загрузка файла
import-help = Загрузите файл CSV (UTF-8, разделитель — запятая, по одному члену в строке). Прежде чем что-либо будет записано, вы увидите построчно, что изменится; запись выполняется, только если приняты все строки.
import-required-columns = Обязательные столбцы:
import-optional-columns = Необязательные столбцы (если столбец отсутствует, текущие значения сохраняются):
import-download-current = Скачать текущий список в этом формате
import-file = Файл CSV
import-preview = Предварительный просмотр импорта
import-preview-title = Предварительный просмотр: { $file }
import-outcome = Результат
import-outcome-add = к добавлению
import-outcome-update = к обновлению
import-outcome-unchanged = без изменений
import-outcome-rejected = отклонено
import-line = Строка
import-details = Подробности
import-empty-value = (пусто)
import-blank-rows = { $count ->
    [1] Пропущена одна пустая строка.
    [one] Пропущена { $count } пустая строка.
    [few] Пропущены { $count } пустые строки.
    [many] Пропущено { $count } пустых строк.
   *[other] Пропущено { $count } пустой строки.
}
import-has-rejections = Некоторые строки отклонены, поэтому импортировать ничего нельзя. Исправьте файл и загрузите его снова.
import-no-changes = Файл совпадает с реестром: импортировать нечего.
import-confirm-help = Все строки приняты. Подтвердите, чтобы применить все указанные выше изменения за один шаг.
import-confirm = Выполнить импорт
import-applied = Импорт выполнен. Добавлено: { $added }; обновлено: { $updated }; без изменений: { $unchanged }.
import-nothing-written = Ничего не записано.
import-problem-no-file = Выберите файл для загрузки.
import-problem-empty = Файл пуст.
import-problem-too-large = Размер файла превышает 2 МБ.
import-problem-not-text = Файл не является текстовым файлом UTF-8 (CSV). Экспортируйте его из электронной таблицы в формате «CSV UTF-8».
import-problem-not-csv = Не удаётся прочитать файл как CSV: { $detail }
import-problem-missing-columns = Отсутствуют обязательные столбцы: { $columns }
import-problem-unknown-columns = Неизвестные столбцы: { $columns }. Переименуйте или удалите их.
import-problem-duplicate-columns = Повторяющиеся столбцы: { $columns }
import-problem-too-many-rows = В файле более 5 000 строк.
import-problem-no-rows = В файле есть строка заголовков, но нет строк с членами.

field-error-required = Это обязательное поле.
field-error-too-long = Слишком длинное значение.
field-error-control-characters = Значение содержит недопустимые символы.
field-error-invalid-url = Введите веб-адрес, начинающийся с http:// или https://.
field-error-invalid-country-code = Введите двухбуквенный код страны по ISO 3166-1.
field-error-invalid-category = Укажите member_body, correspondent или subscriber.
field-error-invalid-flag = Укажите true или false (yes или no).
field-error-invalid-basis = Укажите iso_list, dac_list, wb_income, ldc, un_m49_regions или other.
field-error-note-required-for-other-basis = Если основание — «other», поясните его в примечании.
field-error-invalid-email = Введите действительный адрес электронной почты.
field-error-invalid-phone = Введите номер телефона (цифры, пробелы, +, -, скобки).
field-error-unknown-country = Такой страны нет в ISO 3166-1.
field-error-member-exists = У этой страны уже есть член.
field-error-duplicate-in-file = Эта страна встречается в файле более одного раза.
field-error-malformed-row = Не удаётся прочитать эту строку.
field-error-wrong-number-of-cells = Число ячеек в этой строке не совпадает с числом столбцов в заголовке.
field-error-import-not-acceptable = Этот импорт невозможно выполнить.
field-error-unknown-member = Такого члена нет.

error-generic-title = Произошла ошибка
error-request-id = Код для обращения в службу поддержки:
error-back-home = Вернуться на главную страницу
error-not-found-title = Страница не найдена
error-not-found = По этому адресу ничего нет. Возможно, страница перемещена или в ссылке допущена опечатка.
error-forbidden-title = Доступ запрещён
error-forbidden = У вашей учётной записи нет прав на это действие.
error-unauthenticated-title = Требуется вход
error-unauthenticated = Чтобы продолжить, войдите в систему.
error-csrf-failed-title = Срок действия формы истёк
error-csrf-failed = Срок действия этой формы истёк, или она была отправлена не с этого сайта. Вернитесь назад, обновите страницу и повторите попытку.
error-bad-request-title = Некорректный запрос
error-bad-request = Не удалось разобрать запрос.
error-invalid-parameter-title = Недопустимый адрес
error-invalid-parameter = Одно из значений в адресе недопустимо. Проверьте фильтры и повторите попытку.
error-malformed-form-title = Некорректная форма
error-malformed-form = Не удалось прочитать форму.
error-invalid-title = Недопустимые данные
error-invalid = Некоторые значения недопустимы.
error-invalid-text-title = Текст не принят
error-invalid-text = Запрос содержит символ NUL, недопустимый в любом тексте.
error-invalid-text-field = Значение поля «{ $field }» содержит символ NUL, недопустимый в любом тексте.
error-malformed-json-title = Нечитаемый JSON
error-malformed-json = Тело запроса не является допустимым JSON.
error-invalid-body-title = Неожиданные данные
error-invalid-body = Тело запроса имеет не ту структуру, которая ожидается; она описана в документации API.
error-invalid-body-field = Значение «{ $field }» отсутствует, здесь не ожидается или имеет неверный тип.
error-conflict-title = Конфликт
error-conflict = Это противоречит уже сохранённым данным (возможно, изменение уже было применено).
error-too-many-requests-title = Слишком много попыток
error-too-many-requests = Слишком много попыток. Подождите немного и повторите попытку.
error-too-many-requests-wait = Слишком много попыток. { $minutes ->
        [0] Подождите { $seconds ->
                [1] одну секунду
                [one] { $seconds } секунду
                [few] { $seconds } секунды
                [many] { $seconds } секунд
               *[other] { $seconds } секунды
            } и повторите попытку.
        [1] Подождите одну минуту и повторите попытку.
        [one] Подождите { $minutes } минуту и повторите попытку.
        [few] Подождите { $minutes } минуты и повторите попытку.
        [many] Подождите { $minutes } минут и повторите попытку.
       *[other] Подождите { $minutes } минуты и повторите попытку.
    }
error-payload-too-large-title = Слишком большой объём
error-payload-too-large = Отправленные данные слишком велики.
error-method-not-allowed-title = Недопустимый метод
error-method-not-allowed = Этот адрес не принимает запросы такого типа.
error-unsupported-media-type-title = Неподдерживаемый формат
error-unsupported-media-type = Этот формат здесь не принимается.
error-internal-title = Ошибка сервера
error-internal = На нашей стороне произошла ошибка. Она зарегистрирована; повторите попытку позже.

# UN M49 sub-regions and intermediate regions, World Bank income groups.
area-australia-and-new-zealand = Австралия и Новая Зеландия
area-caribbean = Карибский бассейн
area-central-america = Центральная Америка
area-central-asia = Центральная Азия
area-eastern-africa = Восточная Африка
area-eastern-asia = Восточная Азия
area-eastern-europe = Восточная Европа
area-latin-america-and-the-caribbean = Латинская Америка и Карибский бассейн
area-melanesia = Меланезия
area-micronesia = Микронезия
area-middle-africa = Центральная Африка
area-northern-africa = Северная Африка
area-northern-america = Северная Америка
area-northern-europe = Северная Европа
area-polynesia = Полинезия
area-south-america = Южная Америка
area-south-eastern-asia = Юго-Восточная Азия
area-southern-africa = Южная часть Африки
area-southern-asia = Южная Азия
area-southern-europe = Южная Европа
area-sub-saharan-africa = Африка к югу от Сахары
area-western-africa = Западная Африка
area-western-asia = Западная Азия
area-western-europe = Западная Европа
income-high-income = Высокий уровень дохода
income-low-income = Низкий уровень дохода
income-lower-middle-income = Уровень дохода ниже среднего
income-upper-middle-income = Уровень дохода выше среднего

# Accounts (administrators).
nav-users = Учётные записи
users-title = Учётные записи
users-filter = Фильтр учётных записей
users-count = { $total ->
    [0] Подходящих учётных записей нет.
    [1] Одна учётная запись.
    [one] { $total } учётная запись.
    [few] { $total } учётные записи.
    [many] { $total } учётных записей.
   *[other] { $total } учётной записи.
}
users-empty = Нет учётных записей, соответствующих этому фильтру.
user-new = Создать учётную запись
user-new-title = Создание учётной записи
user-new-help = При сохранении будет создан пароль; вы увидите его один раз, чтобы передать владельцу учётной записи.
user-edit-title = Учётная запись: { $name }
user-password-title = Новый пароль
user-password-for = Пароль для { $email }:
user-password-help = Передайте его владельцу по надёжному каналу. Пароль показывается только один раз и впоследствии не может быть восстановлен; войти с ним можно уже сейчас.
user-reset-password = Создать новый пароль
user-reset-help = Текущий пароль сразу перестанет действовать.
user-history = История учётной записи
field-display-name = Имя
field-role = Роль
field-member = Член
field-member-none = (нет)
field-member-help = Обязательно для контактного лица члена: оно будет видеть и изменять только контактные данные этого члена. Для других ролей оставьте пустым.
field-active = Активна
field-active-help = С этой учётной записью можно войти в систему
audit-action-user-create = Учётная запись создана
audit-action-user-update = Учётная запись изменена
audit-action-user-set-password = Пароль изменён
field-error-required-for-focal-point = Контактное лицо члена должно быть привязано к члену.
field-error-member-not-allowed = К члену привязываются только контактные лица членов.
field-error-email-in-use = Этот адрес электронной почты уже используется другой учётной записью.
field-error-cannot-demote-yourself = Нельзя снять с себя роль администратора или отключить собственную учётную запись.
field-error-invalid-role = Выберите роль из списка.

column-countries = Страны и территории
region-none = Без региона M49
