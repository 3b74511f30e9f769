## ملفات الترجمة (XLIFF) للمترجمين الذين يعملون خارج apdc.

translation-files-title = الترجمة خارج apdc ‏(XLIFF)
translation-files-intro = يستطيع المترجمون الذين يعملون بأدواتهم الخاصة (memoQ أو Trados أو OmegaT…) تنزيل ما ينتظر الترجمة في ملف XLIFF 2.0، ملفٍّ لكل لغة مصدر، ثم رفع الملف المترجَم هنا. يُفحص كل نص في الملف قبل حفظ أي شيء؛ ولا يُحفظ الملف إطلاقًا إذا رُفض أحد نصوصه.
translation-file-export = تنزيل النصوص — لغة المصدر: { $source } ({ $count ->
    [zero] لا عناصر
    [one] عنصر واحد
    [two] عنصران
    [few] { $count } عناصر
    [many] { $count } عنصرًا
   *[other] { $count } عنصر
})
translation-file-field = الملف المترجَم (إلى اللغة { $language })
translation-file-help = ملف XLIFF 2.0 نُزّل من هذه الصفحة ثم تُرجم، لا يتجاوز 5 ميغابايت.
translation-file-import = استيراد الترجمات
translation-file-imported = { $count ->
    [zero] لم يتضمن الملف أي ترجمة: لم يُحفظ شيء.
    [one] حُفظت ترجمة واحدة من الملف.
    [two] حُفظت ترجمتان من الملف.
    [few] حُفظت { $count } ترجمات من الملف.
    [many] حُفظت { $count } ترجمةً من الملف.
   *[other] حُفظت { $count } ترجمة من الملف.
}
translation-file-refused = { $count ->
    [one] رُفض نص واحد من هذا الملف، ولذلك لم يُحفظ شيء. صحّحه ثم ارفع الملف من جديد.
    [two] رُفض نصان من هذا الملف، ولذلك لم يُحفظ شيء. صحّحهما ثم ارفع الملف من جديد.
    [few] رُفضت { $count } نصوص من هذا الملف، ولذلك لم يُحفظ شيء. صحّحها ثم ارفع الملف من جديد.
    [many] رُفض { $count } نصًّا من هذا الملف، ولذلك لم يُحفظ شيء. صحّحها ثم ارفع الملف من جديد.
   *[other] رُفض { $count } نص من هذا الملف، ولذلك لم يُحفظ شيء. صحّحها ثم ارفع الملف من جديد.
}
translation-file-refusals = النصوص المرفوضة
translation-file-item = العنصر
translation-file-unit = النص
translation-file-reason = السبب
translation-file-empty = اختر ملفًا مترجمًا لرفعه.
translation-file-too-large = يتجاوز هذا الملف { $megabytes } ميغابايت.
translation-file-not-xml = هذا الملف ليس XML سليم البنية ({ $detail }).
translation-file-doctype = يصرّح هذا الملف بنوع مستند (DOCTYPE)، وهو ما لا يجوز في ملف ترجمة.
translation-file-not-xliff = هذا الملف ليس ملف XLIFF 2.
translation-file-version = هذا الملف بصيغة XLIFF { $version }: صدّره من أداتك بصيغة XLIFF 2.0.
translation-file-no-language = لا يذكر هذا الملف لغاته (السمة { $attribute } في عنصر xliff مفقودة).
translation-file-too-many-units = يحتوي هذا الملف على أكثر من { $max } نص.
translation-file-text-too-long = النص «{ $unit }» في هذا الملف أطول من { $max } حرف.
translation-file-too-deep = يتداخل في هذا الملف أكثر من { $max } مستوى من العناصر.
translation-file-missing-id = في هذا الملف عنصر «{ $element }» بلا مُعرِّف.
translation-file-wrong-language = اللغة الهدف لهذا الملف ({ $file }) ليست لغة قائمة الانتظار هذه ({ $language }): ارفعه في قائمة الانتظار الخاصة بلغته.
field-error-unknown-item = لا توجد قصة أو صفحة تحمل مُعرِّف هذا الملف: نزّل ملفًا جديدًا.
field-error-unknown-unit = لا يوجد نص بهذا الاسم: لا تُضف وحدات إلى الملف.
field-error-markup-mismatch = تتضمن الترجمة رموز تنسيق غير موجودة في النص المصدر: احتفظ برموز المصدر.
field-error-source-language-mismatch = هذا العنصر غير مكتوب بلغة المصدر المذكورة في الملف.
field-error-no-source-version = لا يذكر الملف أي نسخة من النص المصدر تُرجمت: نزّل ملفًا جديدًا.
field-error-pictures-differ = يجب أن تعرض الترجمة الصور نفسها التي يعرضها المصدر: اترك أسطر ‎/media/…‎ كما هي.
