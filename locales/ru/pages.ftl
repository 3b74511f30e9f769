# Страницы, которые пишут сотрудники, страница «Как участвовать», главная страница сотрудников, навигация сотрудников и очередь переводов.

nav-get-involved = Как участвовать
nav-footer = Подробнее о Плане действий
nav-staff = Сотрудники
nav-staff-home = Главная для сотрудников
nav-group-delivery = Реализация
nav-group-results = Результаты
nav-group-content = Сайт
nav-group-members = Члены
nav-group-account = Учётная запись

get-involved-title = Как участвовать
get-involved-intro = План действий создаётся вместе с членами и для членов. Узнайте, как могут участвовать национальные органы по стандартизации, их заинтересованные стороны, эксперты, доноры и партнёры.
get-involved-empty = Скоро здесь будет рассказано, как принять участие.

page-shown-in-source = Эта страница ещё не переведена на ваш язык; она показана на языке оригинала ({ $language }).
page-translation-behind = Исходный текст ({ $language }) изменился после подготовки этого перевода; перевод может быть неактуален.
page-other-languages = Читать эту страницу на другом языке

admin-pages-title = Управление страницами
admin-pages-empty = В этом списке нет страниц.
pages-by-status = Страницы по статусу
pages-count = { $total ->
    [0] Нет страниц
    [one] { $total } страница
    [few] { $total } страницы
    [many] { $total } страниц
   *[other] { $total } страницы
}
page-new-title = Написать страницу
page-edit-title = Изменить «{ $title }»
page-translate-title = Перевод ({ $language }): «{ $title }»
page-source-language-help = Язык, на котором страница написана изначально; переводы следуют этому тексту. Позже его изменить нельзя.
page-slug-help = Последняя часть адреса страницы, например about-the-action-plan. Если оставить поле пустым, адрес будет составлен из заголовка. Обязательно для заголовка кириллицей или арабским письмом.
page-slug-fixed = не меняется после первой публикации, чтобы ссылки на страницу продолжали работать.
page-readers-live = опубликованную страницу
page-readers-none = ничего: страница не опубликована
page-needs-other-reviewer = Эту страницу рецензирует другой сотрудник: опубликовать её или запросить изменения может только рецензент, не являющийся автором, или администратор.
page-publish-when-help = Оставьте дату пустой, чтобы опубликовать сейчас, или выберите момент появления страницы и часовой пояс.
page-field-placement = Место на сайте
page-placement-help = Где читатели найдут ссылку на страницу после публикации. Без места страница доступна только по своему адресу.
page-placement-none = Только по адресу
placement-header = Главное меню
placement-footer = Нижняя часть каждой страницы
placement-get-involved = Страница «Как участвовать» (одна аудитория)
page-field-position = Порядок
page-position-help = 1 — первая среди страниц одного места; от 1 до 99.
field-error-page-slug-exists = Этот адрес уже занят другой страницей.
field-error-page-slug-fixed-once-published = Адрес опубликованной страницы изменить нельзя.
field-error-page-archived-not-editable = Прежде чем изменять архивную страницу, верните её в черновики.
field-error-page-already-published = Эта страница уже опубликована: дату публикации изменить нельзя.
field-error-page-is-source-language = Это язык оригинала страницы: измените саму страницу.
field-error-page-not-allowed-now = Этот шаг невозможен при текущем статусе страницы.
field-error-page-source-language-fixed = Язык оригинала страницы изменить нельзя.
field-error-invalid-position = Укажите целое число от 1 до 99.

content-kind-story = История
content-kind-page = Страница

staff-home-title = Главная для сотрудников
staff-home-attention = Требует внимания
staff-home-nothing = Ничего не ждёт: все очереди пусты.
staff-home-stories-in-review = { $count ->
    [0] Нет историй на рецензии
    [one] { $count } история на рецензии
    [few] { $count } истории на рецензии
    [many] { $count } историй на рецензии
   *[other] { $count } истории на рецензии
}
staff-home-pages-in-review = { $count ->
    [0] Нет страниц на рецензии
    [one] { $count } страница на рецензии
    [few] { $count } страницы на рецензии
    [many] { $count } страниц на рецензии
   *[other] { $count } страницы на рецензии
}
staff-home-translations-out-of-date = { $count ->
    [0] Нет устаревших переводов
    [one] { $count } устаревший перевод
    [few] { $count } устаревших перевода
    [many] { $count } устаревших переводов
   *[other] { $count } устаревшего перевода
}
staff-home-updates-submitted = { $count ->
    [0] Нет представленных обновлений на проверку
    [one] { $count } представленное обновление ждёт проверки
    [few] { $count } представленных обновления ждут проверки
    [many] { $count } представленных обновлений ждут проверки
   *[other] { $count } представленного обновления ждут проверки
}
staff-home-nominations = { $count ->
    [0] Нет выдвинутых кандидатур, ожидающих решения
    [one] { $count } выдвинутая кандидатура ждёт решения
    [few] { $count } выдвинутые кандидатуры ждут решения
    [many] { $count } выдвинутых кандидатур ждут решения
   *[other] { $count } выдвинутой кандидатуры ждут решения
}
staff-home-imports = { $count ->
    [0] Нет импортов участников, ожидающих применения
    [one] { $count } импорт участников ждёт применения
    [few] { $count } импорта участников ждут применения
    [many] { $count } импортов участников ждут применения
   *[other] { $count } импорта участников ждут применения
}
staff-home-nominations-heading = Мероприятия с выдвинутыми кандидатурами
staff-home-imports-heading = Неприменённые импорты участников
staff-home-translations = Очередь переводов по языкам

translation-queue-title = Очередь переводов: { $language }
translation-queue-intro = Истории и страницы, перевод которых отсутствует или отстаёт от исходного текста; сначала те, что не переведены вовсе.
translation-queue-languages = Языки
translation-queue-empty = На этот язык переводить нечего.
translation-queue-count = { $total ->
    [one] { $total } текст для перевода
    [few] { $total } текста для перевода
    [many] { $total } текстов для перевода
   *[other] { $total } текста для перевода
}
translation-queue-kind = Тип
translation-queue-state = Перевод
translation-queue-projects = Проекты с устаревшим переводом
translation-queue-projects-intro = Их английский текст изменился после сохранения этого перевода: откройте проект, сравните тексты и сохраните перевод заново.
translation-queue-projects-missing = { $count ->
    [one] { $count } публичный проект без текста на этом языке
    [few] { $count } публичных проекта без текста на этом языке
    [many] { $count } публичных проектов без текста на этом языке
   *[other] { $count } публичного проекта без текста на этом языке
}
translation-queue-projects-missing-intro = Читателям на этом языке показывается английский текст проекта. Откройте проект и добавьте перевод.

# Поиск.

nav-search = Поиск
search-title = Поиск
search-title-for = Поиск: { $query }
search-label = Слова для поиска
search-help = Проекты, истории успеха, страницы и члены — на любом из языков сайта. Должны быть найдены все слова; другие формы слова тоже учитываются (стандарт, стандартов).
search-submit = Найти
search-prompt = Введите одно или несколько слов, чтобы искать по всему сайту.
search-kinds = Результаты по типу
search-kind-all = Все
search-kind-project = Проекты
search-kind-story = Истории
search-kind-page = Страницы
search-kind-member = Члены
search-count = { $total ->
    [0] Нет результатов
    [one] { $total } результат
    [few] { $total } результата
    [many] { $total } результатов
   *[other] { $total } результата
}
search-nothing = Ничто не содержит все эти слова. Попробуйте меньше слов или другие слова.
search-notice-search-no-words = Искать нечего: введите буквы или цифры, а не только знаки препинания.
search-notice-search-too-long = Слишком длинный запрос: введите не более 500 символов.
search-count-capped = Более { $total } результатов; добавьте слово, чтобы сузить поиск.
