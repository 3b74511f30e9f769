# الصفحات التي يكتبها الفريق، وصفحة «شارك معنا»، والصفحة الرئيسية للفريق، وقائمة الفريق، وقائمة انتظار الترجمة.

nav-get-involved = شارك معنا
nav-footer = المزيد عن خطة العمل
nav-staff = الفريق
nav-staff-home = الصفحة الرئيسية للفريق
nav-group-delivery = التنفيذ
nav-group-results = النتائج
nav-group-content = الموقع
nav-group-members = الأعضاء
nav-group-account = الحساب

get-involved-title = شارك معنا
get-involved-intro = تُصمَّم خطة العمل مع الأعضاء ومن أجلهم. تعرّف على سبل مشاركة هيئات التقييس الوطنية والجهات المعنية بها والخبراء والجهات المانحة والشركاء.
get-involved-empty = سيُعرض هنا قريبًا كيف يمكنك المشاركة.

page-shown-in-source = لم تُترجم هذه الصفحة إلى لغتك بعد؛ وهي معروضة بلغتها الأصلية: { $language }.
page-translation-behind = تغيّر النص الأصلي ({ $language }) منذ إعداد هذه الترجمة؛ وقد لا تكون الترجمة محدّثة.
page-other-languages = اقرأ هذه الصفحة بلغة أخرى

admin-pages-title = إدارة الصفحات
admin-pages-empty = لا توجد صفحات في هذه القائمة.
pages-by-status = الصفحات حسب الحالة
pages-count = { $total ->
    [zero] لا توجد صفحات
    [one] صفحة واحدة
    [two] صفحتان
    [few] { $total } صفحات
    [many] { $total } صفحة
   *[other] { $total } صفحة
}
page-new-title = كتابة صفحة
page-edit-title = تعديل «{ $title }»
page-translate-title = الترجمة ({ $language }) لـ«{ $title }»
page-source-language-help = اللغة التي تُكتب بها الصفحة أولًا، وتتبع الترجماتُ هذا النص. لا يمكن تغييرها لاحقًا.
page-slug-help = الجزء الأخير من رابط الصفحة، مثل about-the-action-plan. إذا تُرك فارغًا يُستخرج من العنوان. وهو إلزامي إذا كان العنوان بالحروف العربية أو السيريلية.
page-slug-fixed = ثابت منذ النشر الأول، كي تبقى الروابط إلى الصفحة صالحة.
page-readers-live = الصفحة المنشورة
page-readers-none = لا شيء: لم تُنشر الصفحة
page-needs-other-reviewer = يراجع هذه الصفحةَ موظفٌ آخر: لا ينشرها أو يطلب تعديلها إلا مراجعٌ غير كاتبها، أو مديرٌ للنظام.
page-publish-when-help = اترك التاريخ فارغًا للنشر الآن، أو اختر موعد ظهور الصفحة ومنطقته الزمنية.
page-field-placement = مكانها في الموقع
page-placement-help = حيث يجد القرّاء رابطًا إلى الصفحة بعد نشرها. إذا لم يُحدَّد لها مكان، فلا يُوصَل إليها إلا برابطها.
page-placement-none = برابطها فقط
placement-header = القائمة الرئيسية
placement-footer = تذييل كل صفحة
placement-get-involved = صفحة «شارك معنا» (فئة واحدة من الجمهور)
page-field-position = الترتيب
page-position-help = الرقم 1 يأتي أولًا بين صفحات المكان نفسه؛ من 1 إلى 99.
field-error-page-slug-exists = هذا الرابط مستخدم لصفحة أخرى.
field-error-page-slug-fixed-once-published = لا يمكن تغيير رابط صفحة منشورة.
field-error-page-archived-not-editable = أعِد فتح هذه الصفحة المؤرشفة قبل تعديلها.
field-error-page-already-published = هذه الصفحة منشورة بالفعل: لا يمكن تغيير تاريخ نشرها.
field-error-page-is-source-language = هذه هي اللغة التي كُتبت بها الصفحة: عدّل الصفحة نفسها.
field-error-page-not-allowed-now = هذه الخطوة غير ممكنة في الحالة الحالية للصفحة.
field-error-page-source-language-fixed = لا يمكن تغيير اللغة التي كُتبت بها الصفحة.
field-error-invalid-position = اكتب عددًا صحيحًا من 1 إلى 99.

content-kind-story = قصة
content-kind-page = صفحة

staff-home-title = الصفحة الرئيسية للفريق
staff-home-attention = ما يحتاج إلى متابعة
staff-home-nothing = لا شيء في الانتظار: جميع القوائم فارغة.
staff-home-stories-in-review = { $count ->
    [zero] لا توجد قصص قيد المراجعة
    [one] قصة واحدة قيد المراجعة
    [two] قصتان قيد المراجعة
    [few] { $count } قصص قيد المراجعة
    [many] { $count } قصة قيد المراجعة
   *[other] { $count } قصة قيد المراجعة
}
staff-home-pages-in-review = { $count ->
    [zero] لا توجد صفحات قيد المراجعة
    [one] صفحة واحدة قيد المراجعة
    [two] صفحتان قيد المراجعة
    [few] { $count } صفحات قيد المراجعة
    [many] { $count } صفحة قيد المراجعة
   *[other] { $count } صفحة قيد المراجعة
}
staff-home-translations-out-of-date = { $count ->
    [zero] لا توجد ترجمات غير محدّثة
    [one] ترجمة واحدة غير محدّثة
    [two] ترجمتان غير محدّثتين
    [few] { $count } ترجمات غير محدّثة
    [many] { $count } ترجمة غير محدّثة
   *[other] { $count } ترجمة غير محدّثة
}
staff-home-updates-submitted = { $count ->
    [zero] لا توجد تحديثات مُبلَّغ عنها بانتظار المراجعة
    [one] تحديث واحد مُبلَّغ عنه بانتظار المراجعة
    [two] تحديثان مُبلَّغ عنهما بانتظار المراجعة
    [few] { $count } تحديثات مُبلَّغ عنها بانتظار المراجعة
    [many] { $count } تحديثًا مُبلَّغًا عنه بانتظار المراجعة
   *[other] { $count } تحديث مُبلَّغ عنه بانتظار المراجعة
}
staff-home-nominations = { $count ->
    [zero] لا توجد ترشيحات بانتظار القرار
    [one] ترشيح واحد بانتظار القرار
    [two] ترشيحان بانتظار القرار
    [few] { $count } ترشيحات بانتظار القرار
    [many] { $count } ترشيحًا بانتظار القرار
   *[other] { $count } ترشيح بانتظار القرار
}
staff-home-imports = { $count ->
    [zero] لا توجد عمليات استيراد للمشاركين بانتظار التطبيق
    [one] عملية استيراد واحدة للمشاركين بانتظار التطبيق
    [two] عمليتا استيراد للمشاركين بانتظار التطبيق
    [few] { $count } عمليات استيراد للمشاركين بانتظار التطبيق
    [many] { $count } عملية استيراد للمشاركين بانتظار التطبيق
   *[other] { $count } عملية استيراد للمشاركين بانتظار التطبيق
}
staff-home-nominations-heading = الأنشطة التي لها ترشيحات
staff-home-imports-heading = عمليات استيراد المشاركين التي لم تُطبَّق
staff-home-translations = قائمة انتظار الترجمة حسب اللغة

translation-queue-title = قائمة انتظار الترجمة: { $language }
translation-queue-intro = القصص والصفحات التي تنقصها ترجمة أو تأخرت ترجمتها عن النص الأصلي، وأولها غير المترجمة أصلًا.
translation-queue-languages = اللغات
translation-queue-empty = لا شيء بانتظار الترجمة إلى هذه اللغة.
translation-queue-count = { $total ->
    [zero] لا توجد نصوص للترجمة
    [one] نص واحد للترجمة
    [two] نصان للترجمة
    [few] { $total } نصوص للترجمة
    [many] { $total } نصًا للترجمة
   *[other] { $total } نص للترجمة
}
translation-queue-kind = النوع
translation-queue-state = الترجمة
translation-queue-projects = مشاريع ترجمتها غير محدَّثة
translation-queue-projects-intro = تغيّر نصها الإنجليزي منذ حفظ هذه الترجمة: افتح المشروع وقارن ثم احفظ الترجمة من جديد.
translation-queue-projects-missing = { $count ->
    [zero] لا توجد مشاريع عامة بلا نص بهذه اللغة
    [one] مشروع عام واحد بلا نص بهذه اللغة
    [two] مشروعان عامّان بلا نص بهذه اللغة
    [few] { $count } مشاريع عامة بلا نص بهذه اللغة
    [many] { $count } مشروعًا عامًّا بلا نص بهذه اللغة
   *[other] { $count } مشروع عام بلا نص بهذه اللغة
}
translation-queue-projects-missing-intro = يُعرض على قرّاء هذه اللغة النص الإنجليزي للمشروع. افتح المشروع وأضف ترجمته.

# البحث.

nav-search = البحث
search-title = البحث
search-title-for = البحث: { $query }
search-label = الكلمات المطلوب البحث عنها
search-help = المشاريع وقصص النجاح والصفحات والأعضاء، بأي لغة من لغات الموقع. يجب العثور على كل الكلمات، وتُحتسب صيغ الكلمة الأخرى أيضًا (مواصفة، المواصفات).
search-submit = ابحث
search-prompt = اكتب كلمة أو أكثر للبحث في الموقع كله.
search-kinds = النتائج حسب النوع
search-kind-all = الكل
search-kind-project = المشاريع
search-kind-story = القصص
search-kind-page = الصفحات
search-kind-member = الأعضاء
search-count = { $total ->
    [zero] لا توجد نتائج
    [one] نتيجة واحدة
    [two] نتيجتان
    [few] { $total } نتائج
    [many] { $total } نتيجة
   *[other] { $total } نتيجة
}
search-nothing = لا يوجد ما يحتوي على كل هذه الكلمات. جرّب كلمات أقل أو كلمات أخرى.
search-notice-search-no-words = لا توجد كلمات للبحث عنها: اكتب حروفًا أو أرقامًا، لا علامات ترقيم فقط.
search-notice-search-too-long = هذا البحث طويل جدًا: اكتب 500 حرف على الأكثر.
search-count-capped = أكثر من { $total } نتيجة؛ أضف كلمة لتضييق النتائج.
