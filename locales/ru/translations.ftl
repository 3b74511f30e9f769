## Файлы перевода (XLIFF) для переводчиков, работающих вне apdc.

translation-files-title = Перевод вне apdc (XLIFF)
translation-files-intro = Переводчики, работающие в собственных инструментах (memoQ, Trados, OmegaT…), могут скачать ожидающие перевода тексты в виде файла XLIFF 2.0 — по одному на исходный язык — и загрузить сюда переведённый файл. Каждый текст файла проверяется до сохранения; если хотя бы один текст отклонён, файл не сохраняется вовсе.
translation-file-export = Скачать тексты — исходный язык: { $source } ({ $count ->
    [one] { $count } материал
    [few] { $count } материала
    [many] { $count } материалов
   *[other] { $count } материала
})
translation-file-field = Переведённый файл (язык перевода: { $language })
translation-file-help = Файл XLIFF 2.0, скачанный с этой страницы и переведённый, размером не более 5 МБ.
translation-file-import = Импортировать переводы
translation-file-imported = { $count ->
    [0] В файле не было ни одного перевода: ничего не сохранено.
    [one] Из файла сохранён { $count } перевод.
    [few] Из файла сохранено { $count } перевода.
    [many] Из файла сохранено { $count } переводов.
   *[other] Из файла сохранено { $count } перевода.
}
translation-file-refused = { $count ->
    [one] Отклонён { $count } текст этого файла, поэтому ничего не сохранено. Исправьте его и загрузите файл снова.
    [few] Отклонено { $count } текста этого файла, поэтому ничего не сохранено. Исправьте их и загрузите файл снова.
    [many] Отклонено { $count } текстов этого файла, поэтому ничего не сохранено. Исправьте их и загрузите файл снова.
   *[other] Отклонено { $count } текста этого файла, поэтому ничего не сохранено. Исправьте их и загрузите файл снова.
}
translation-file-refusals = Отклонённые тексты
translation-file-item = Материал
translation-file-unit = Текст
translation-file-reason = Причина
translation-file-empty = Выберите переведённый файл для загрузки.
translation-file-too-large = Этот файл больше { $megabytes } МБ.
translation-file-not-xml = Этот файл не является правильно построенным XML ({ $detail }).
translation-file-doctype = В этом файле объявлен тип документа (DOCTYPE), что недопустимо для файла перевода.
translation-file-not-xliff = Этот файл не является файлом XLIFF 2.
translation-file-version = Этот файл в формате XLIFF { $version }: экспортируйте его из своего инструмента в формате XLIFF 2.0.
translation-file-no-language = В этом файле не указаны языки (у элемента xliff нет атрибута { $attribute }).
translation-file-too-many-units = В этом файле больше { $max } текстов.
translation-file-text-too-long = Текст «{ $unit }» этого файла длиннее { $max } символов.
translation-file-too-deep = В этом файле элементы вложены глубже { $max } уровней.
translation-file-missing-id = У элемента «{ $element }» этого файла нет идентификатора.
translation-file-wrong-language = Язык перевода этого файла ({ $file }) не совпадает с языком этой очереди ({ $language }): загрузите его в очередь его собственного языка.
field-error-unknown-item = Ни у одной истории или страницы нет идентификатора этого файла: скачайте новый файл.
field-error-unknown-unit = Текста с таким названием нет: не добавляйте в файл новые единицы.
field-error-markup-mismatch = В переводе есть коды форматирования, которых нет в исходном тексте: сохраните коды исходного текста.
field-error-source-language-mismatch = Этот материал написан не на исходном языке файла.
field-error-no-source-version = В файле не указано, какая версия исходного текста переведена: скачайте новый файл.
field-error-pictures-differ = Перевод должен показывать те же изображения, что и исходный текст: оставьте строки /media/… без изменений.
