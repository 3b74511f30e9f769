## Results: the plan, its indicators, dashboards and evidence.

nav-results = النتائج
results-title = النتائج
results-none = لم يُنشر أي إطار للنتائج بعد.
show = عرض
plan-illustrative = للتوضيح فقط: هذه الخطة وقيمها المستهدفة محتوى تجريبي، وليست إطار النتائج الرسمي الذي يُدخله الموظفون.
plan-shown-in-english = لم تُترجم بعض نصوص هذه الخطة إلى العربية بعد، وهي معروضة باللغة الإنجليزية.
indicator-shown-in-english = لم يُترجم هذا المؤشر إلى العربية بعد، ونصوصه معروضة باللغة الإنجليزية.
plan-private-notice = هذه الخطة غير عامة: لا يطّلع عليها إلا الموظفون.
plan-objective = الهدف العام
plan-choose = الخطة
plan-no-indicators = لا تتضمن هذه الخطة أي مؤشرات بعد.
plan-manage = إدارة الخطة
plan-level = الخطة بأكملها
result-no-indicators = لا يوجد بعد أي مؤشر يقيس هذا الناتج.
cells-explained = تعرض كل سنة القيمة الفعلية / القيمة المستهدفة؛ وتعني الشَّرطة عدم وجود قيمة.
computed-at = حُسبت الأرقام من بيانات التنفيذ بتاريخ
track-on-track = على المسار الصحيح
track-at-risk = معرَّض للخطر
track-off-track = خارج المسار
track-no-target = لا توجد قيمة مستهدفة
track-no-data = لا توجد بيانات بعد
track-not-judged = لم يُقيَّم (لا توجد قيمة مستهدفة أو بيانات)
track-not-begun = لم يبدأ
track-rule = تقارن الحالةُ القيمةَ الفعلية لسنة ما بقيمتها المستهدفة: «على المسار الصحيح» عند بلوغ 100 % من القيمة المستهدفة أو أكثر، و«معرَّض للخطر» ابتداءً من 75 %، و«خارج المسار» دون ذلك. وحالة المؤشر هي حالة آخر سنة مكتملة لها قيمة مستهدفة. وبالنسبة إلى السنة الجارية، تُحتسب القيمة المستهدفة بما يتناسب مع الجزء المنقضي من السنة.
map-heading = الأعضاء الذين تم الوصول إليهم
map-table = الأرقام التي تستند إليها الخريطة
map-none = لا شيء
map-description = { $count ->
    [zero] خريطة للعالم لا يظهر فيها أي عضو مُظلَّل، إذ لا توجد قيمة لأي عضو.
    [one] خريطة للعالم تُظلِّل العضو الوحيد الذي لديه قيمة؛ ويرد في الجدول أدناه.
    [two] خريطة للعالم تُظلِّل العضوين اللذين لديهما قيمة؛ ويردان في الجدول أدناه.
    [few] خريطة للعالم تُظلِّل { $count } أعضاء لديهم قيمة؛ ويسردهم الجدول أدناه.
    [many] خريطة للعالم تُظلِّل { $count } عضوًا لديهم قيمة؛ ويسردهم الجدول أدناه.
   *[other] خريطة للعالم تُظلِّل { $count } عضو لديهم قيمة؛ ويسردهم الجدول أدناه.
}
column-indicator = المؤشر
column-baseline = خط الأساس
column-plan-total = الخطة بأكملها
column-value = القيمة
column-period = السنة
column-measure = نوع القياس
column-source = مصدر القيم
column-aggregation = التجميع عبر السنوات
column-data-source = مصدر البيانات
column-counts = وحدة العدّ
column-modes = طرق التنفيذ
column-statuses = المشاركات المحتسبة
column-filter = يقتصر على
column-numerator = البسط
column-output-scope = يقتصر على الأنشطة التي تخدم
column-evidence = الأدلة
column-project = المشروع
column-counted = العدد المحتسب
column-narrative = الوصف السردي
column-approved = تاريخ الاعتماد
member-level = يُبلَّغ عنه لكل عضو
aggregation-sum = المجموع
aggregation-latest = الأحدث
aggregation-maximum = الحد الأقصى
aggregation-rule-sum = مجموع السنوات (يُحتسب الشخص الذي تم الوصول إليه في سنتين في كلتيهما)
aggregation-rule-latest = قيمة آخر سنة تتوفر لها قيمة
aggregation-rule-maximum = أعلى قيمة سنوية
measure-count = عدد
measure-percentage = نسبة مئوية
measure-yes-no = نعم أو لا لكل عضو (عدد الأعضاء الذين أجابوا بنعم)
measure-narrative = وصف سردي
source-computed = محسوبة من بيانات التنفيذ
source-reported = مُبلَّغ عنها ومعتمدة
counts-people = الأشخاص، ويُحتسب كل منهم مرة واحدة في السنة
counts-members = الأعضاء، ويُحتسب كل منهم مرة واحدة في السنة
counts-activities = الأنشطة المكتملة
all-modes = جميع الطرق
activities-completed = الأنشطة المكتملة فقط
computed-rule = تحتسب الأرقامُ المحسوبة كلَّ شخص أو عضو مرة واحدة في السنة مهما كان عدد الأنشطة التي شارك فيها، بمن في ذلك الأشخاص الذين مُحيت بياناتهم الشخصية. وتُحتسب المشاركة في السنة التي يبدأ فيها نشاطها.
dimension-sex = الجنس
dimension-region = المنطقة
dimension-member-category = فئة العضو
dimension-stakeholder-group = فئة أصحاب المصلحة
dimension-income-group = فئة الدخل
dimension-ldc = من أقل البلدان نموًا
dimension-developing = عضو من البلدان النامية
income-low = الدخل المنخفض
income-lower-middle = الشريحة الدنيا من الدخل المتوسط
income-upper-middle = الشريحة العليا من الدخل المتوسط
income-high = الدخل المرتفع
series-actual = القيمة الفعلية
series-target = القيمة المستهدفة
series-baseline = خط الأساس
trend-title = { $indicator }: القيم الفعلية والمستهدفة حسب السنة
breakdown-title = { $dimension }، { $period }
indicator-trend = الاتجاه
indicator-no-values = لا توجد قيم بعد.
indicator-by-period = حسب السنة
indicator-by = حسب
indicator-by-member = حسب العضو
indicator-members-count = الأعضاء الذين لديهم قيمة:
indicator-as-json = هذا المؤشر بصيغة JSON
indicator-edit = تعديل المؤشر
evidence-open = فتح السجلات
evidence-title = السجلات التي يستند إليها الرقم الخاص بسنة
evidence-figure = الرقم
evidence-computed-help = الأنشطة التي أسهم المشاركون فيها في تكوين هذا الرقم. يظهر الشخص المشارك في نشاطين في كلا الصفين، لكنه يُحتسب مرة واحدة في الرقم.
evidence-restricted = لا تُدرج إلا الأنشطة المسموح لك بالاطلاع عليها؛ أما الرقم فيحتسبها جميعًا.
evidence-activities = الأنشطة
evidence-none = لا توجد سجلات.
evidence-units-people = الأشخاص المحتسبون
evidence-units-members = الأعضاء المحتسبون
evidence-units-activities = الأنشطة المحتسبة
evidence-erased = (مُحيت البيانات الشخصية)
evidence-reported-help = التحديثات المعتمدة التي يتكون منها هذا الرقم: أحدث تحديث معتمد لكل عضو.
evidence-updates = التحديثات المعتمدة
evidence-link = الدليل
scorecard-title = { $member }: بطاقة أداء النتائج
scorecard-none = لا يتعلق أي رقم من أرقام هذه الخطة بهذا العضو بعد.
scorecard-help = القيم التي أبلغ عنها هذا العضو واعتُمدت، والأشخاص والأنشطة المحتسبون له.

## Staff: managing the framework.

nav-updates = التحديثات المُبلَّغ عنها
admin-plans-title = أطر النتائج
plans-none = لا توجد أي خطة بعد. تتضمن الخطة الهدف العام والحصائل والنواتج والمؤشرات التي يُقاس أداء البرنامج على أساسها.
plan-new-title = خطة جديدة
plan-edit-title = تعديل الخطة
plan-illustrative-tag = للتوضيح
column-years = السنوات
field-plan-code-help = رمز قصير يُستخدم في العناوين، مثل AP-2026-2030.
field-first-year = السنة الأولى
field-last-year = السنة الأخيرة
field-plan-public-help = تظهر الخطة العامة في صفحات النتائج العامة.
field-illustrative = للتوضيح
field-illustrative-help = ضع علامة على الأطر التجريبية أو المسودات حتى تنص كل صفحة على أنها غير رسمية.
field-objective = الهدف العام
field-level = المستوى
level-outcome = حصيلة
level-output = ناتج
field-parent-outcome = الحصيلة التي يسهم فيها
field-parent-outcome-help = إلزامي للناتج؛ اتركه فارغًا للحصيلة.
none-chosen = (لا شيء)
field-result-code-help = مثل OC1 للحصيلة، وOP1.2 للناتج.
field-order = الترتيب
field-order-help = تأتي الأرقام الأصغر أولًا.
result-edit-title = تعديل
result-new-title-outcome = إضافة حصيلة
result-new-title-output = إضافة ناتج
indicator-new-title = إضافة مؤشر
indicator-edit-title = تعديل المؤشر
field-indicator-code-help = فريد على مستوى جميع الخطط، ويظهر في العناوين، مثل OC1.1.
field-measures-result = الحصيلة أو الناتج الذي يقيسه
field-definition = التعريف
field-data-source = مصدر البيانات
field-aggregation-help = كيفية تجميع القيم السنوية في الرقم الخاص بالخطة بأكملها.
field-disaggregations = التفصيلات
field-baseline-year = سنة خط الأساس
field-baseline-value = قيمة خط الأساس
field-value-help = رقم؛ وتُكتب النسب المئوية على النحو التالي: 45.5.
field-targets = القيم المستهدفة حسب السنة
field-targets-help = اترك السنة فارغة إذا لم تكن لها قيمة مستهدفة. الأعداد أرقام صحيحة؛ والنسب المئوية تتراوح بين 0 و100.
field-member-level = يُبلَّغ عنه لكل عضو
field-member-level-help = تُبلغ جهة الاتصال لدى كل عضو عن قيمته الخاصة، وتُجمع هذه القيم لتكوين رقم الخطة.
field-computation = قاعدة الاحتساب (المؤشرات المحسوبة)
field-computation-help = ما يحتسبه المؤشر المحسوب من بيانات التنفيذ. يسري تغيير القاعدة عند عملية الحساب التالية.
field-modes-help = إذا لم تُحدَّد أي طريقة، تُحتسب جميع الطرق.
field-statuses-help = إذا لم تُحدَّد أي حالة، تُحتسب المشاركات بحالة «حضر» و«أكمل».
field-output-only = الأنشطة التي تخدم هذه النتيجة فقط
field-output-only-help = لا تُحتسب إلا المشاريع والأنشطة المرتبطة بهذا الناتج، أو بنواتج هذه الحصيلة.
field-filter-help = لا يُحتسب إلا ما يندرج في هذه الفئة.
field-numerator-help = للنسبة المئوية: الفئة المحتسبة في البسط، من مجموع كل ما يُحتسب.
plan-computed = آخر حساب للأرقام
plan-never-computed = لم يتم بعد
plan-dashboard = عرض لوحة المعلومات
import-member-data = استيراد بيانات الأعضاء
report-devco = التقرير المرحلي
plan-compute = حساب الأرقام الآن
plan-compute-help = يُعاد حساب الأرقام تلقائيًا بعد وقت قصير من تغيّر بيانات التنفيذ.
plan-periods = السنوات والإقفال
plan-periods-choose = السنوات
period-locked = مُقفلة
periods-lock = إقفال السنوات المختارة
periods-unlock = إلغاء إقفال السنوات المختارة
plan-framework = الحصائل والنواتج والمؤشرات
plan-empty = لا تتضمن هذه الخطة أي حصيلة بعد.
edit = تعديل
output-links = المشاريع والأنشطة التي تخدم هذا الناتج
unlink = إزالة
link-kind = النوع
link-key = رمز المشروع أو رقم النشاط
link = ربط
plan-computed-notice = أُعيد حساب الأرقام.
plan-locked-notice = أُقفلت السنوات المختارة: لا يمكن الإبلاغ عن أي تحديث بشأنها أو مراجعته.
plan-unlocked-notice = أُعيد فتح السنوات المختارة.
plan-linked-notice = حُفظت الروابط.

field-error-invalid-code-format = استخدم الأحرف والأرقام والنقاط والشرطات فقط.
field-error-plan-too-long = لا يجوز أن تمتد الخطة لأكثر من عشرين سنة.
field-error-invalid-selector = اختر فئة من القائمة.
field-error-dimension-not-available = لا ينطبق هذا التفصيل على ما يُحتسب.
field-error-computed-not-member-level = لا يُبلَّغ عن المؤشر المحسوب لكل عضو.
field-error-yes-no-is-per-member = يجب الإبلاغ عن مؤشر «نعم أو لا» لكل عضو.
field-error-not-computable = لا يمكن حساب إلا الأعداد والنسب المئوية.
field-error-statuses-not-for-activities = لا تنطبق حالات المشاركة عند احتساب الأنشطة.
field-error-required-for-percentage = تتطلب النسبة المئوية تحديد الفئة المحتسبة في بسطها.
field-error-only-for-percentage = لا يوجد بسط إلا للنسبة المئوية.
field-error-percentage-over-100 = لا يجوز أن تتجاوز النسبة المئوية 100.
field-error-whole-number-required = أدخِل عددًا صحيحًا.
field-error-invalid-value = أدخِل رقمًا، مثل 120 أو 45.5.
field-error-baseline-needs-year-and-value = أدخِل سنة خط الأساس وقيمته معًا، أو اتركهما فارغين.
field-error-no-target-for-narrative = لا توجد قيمة مستهدفة للمؤشر السردي.
field-error-period-outside-plan = هذه السنة خارج نطاق سنوات الخطة.
field-error-outcome-has-no-outputs = لا تتضمن هذه الحصيلة أي ناتج يمكن قصر الاحتساب عليه.
field-error-unknown-result = لا توجد في هذه الخطة حصيلة أو ناتج بهذا الرمز.
field-error-targets-outside-years = تقع بعض القيم المستهدفة خارج هذه السنوات؛ احذفها أولًا.
field-error-unknown-outcome = لا توجد في هذه الخطة حصيلة بهذا الرمز.
field-error-level-cannot-change = لا يمكن تغيير مستوى الحصيلة أو الناتج.
field-error-measure-has-updates = أُبلغ عن تحديثات بنوع القياس الحالي؛ لذا لا يمكن تغييره.
field-error-plan-exists = توجد خطة بهذا الرمز بالفعل.
field-error-result-exists = تتضمن هذه الخطة بالفعل حصيلة أو ناتجًا بهذا الرمز.
field-error-indicator-exists = يوجد مؤشر بهذا الرمز بالفعل.
field-error-unknown-project = لا يوجد مشروع بهذا الرمز.
field-error-unknown-activity = لا يوجد نشاط بهذا الرقم.
field-error-choose-periods = اختر سنة واحدة على الأقل.
field-error-period-locked = هذه السنة مُقفلة: لم يعد من الممكن الإبلاغ عن تحديثات بشأنها أو مراجعتها.
field-error-indicator-not-reported = هذا المؤشر محسوب؛ ولا يقبل تحديثات مُبلَّغًا عنها.
field-error-indicator-not-member-level = يُبلغ الموظفون عن هذا المؤشر على مستوى الخطة بأكملها.
field-error-update-not-editable = لا يمكن تغيير إلا المسودات والتحديثات المُعادة.
field-error-update-key-cannot-change = لا يمكن تغيير المؤشر أو السنة أو العضو في التحديث.
field-error-invalid-transition = لا يمكن نقل هذا التحديث إلى تلك الحالة.
field-error-reason-required = اذكر سبب إعادة التحديث.
field-error-invalid-whole-number = أدخِل عددًا صحيحًا يساوي 0 أو أكثر.
field-error-share-format = أدخِل النسبة بالصيغة البسط/المقام، مثل 3/4.
field-error-denominator-zero = يجب أن يكون المقام أكبر من 0.
field-error-numerator-over-denominator = لا يجوز أن يتجاوز البسطُ المقامَ.
field-error-not-member-level = لا يُبلَّغ عن هذا المؤشر لكل عضو.
field-error-no-breakdown-for-measure = لا يوجد تفصيل لنوع القياس هذا.
field-error-unknown-indicator = لا يوجد مؤشر بهذا الرمز.
field-error-organisation-only-for-donors = لا يُربط بمنظمة إلا حساب الجهة المانحة (اطلاع فقط).

## Reported updates and their review.

nav-reporting = الإبلاغ
all = الكل
back = رجوع
update-status-draft = مسودة
update-status-submitted = مُقدَّم
update-status-approved = معتمد
update-status-returned = مُعاد
updates-none = لا يوجد أي تحديث مطابق.
updates-count = التحديثات:
updates-choose = اختيار
column-author = المُبلِّغ
updates-approve-chosen = اعتماد التحديثات المختارة
updates-approved-notice = { $count ->
    [zero] لم يُعتمد أي تحديث.
    [one] تم اعتماد تحديث واحد.
    [two] تم اعتماد تحديثين.
    [few] تم اعتماد { $count } تحديثات.
    [many] تم اعتماد { $count } تحديثًا.
   *[other] تم اعتماد { $count } تحديث.
} أما التحديثات التي لم تكن بانتظار المراجعة، أو التي تخص سنة مُقفلة، فقد تُركت كما هي.
update-title = التحديث
update-review = المراجعة
field-return-reason = سبب الإعادة
field-return-reason-help = إلزامي لإعادة التحديث؛ ويطّلع عليه المُبلِّغ.
update-approve = اعتماد
update-return = إعادة إلى المُبلِّغ
update-history = السجل
update-new-title = الإبلاغ عن قيمة
update-returned-because = أُعيد للسبب التالي:
field-denominator = المقام
field-parts-help = اختياري: جزء القيمة الخاص بكل فئة.
field-parts-share-help = اختياري: نسبة كل فئة بالصيغة البسط/المقام، مثل 3/4.
field-narrative-help = ما تعنيه القيمة، وما الذي تغيّر، وما الذي تستند إليه.
field-evidence-url = رابط الدليل
field-evidence-url-help = عنوان ويب يمكن فيه التحقق من الدليل.
update-submit = تقديم للمراجعة
update-save-draft = حفظ كمسودة
reporting-title = { $member }: الإبلاغ
reporting-help = أبلِغ عن البيانات السنوية للعضو الذي تمثّله لكل مؤشر. احفظ مسودة إلى أن تكتمل البيانات، ثم قدِّمها: فيعتمدها الموظفون، أو يعيدونها إليك مع ذكر السبب لتصحيحها. لا تُحتسب إلا القيم المعتمدة.
reporting-none = لا تتضمن هذه الخطة أي مؤشر يُبلغ عنه الأعضاء.
reporting-report = إبلاغ
reporting-correct = الإبلاغ عن تصحيح

## Importing member data.

updates-imported-notice = { $count ->
    [zero] لم يُستورد أي تحديث.
    [one] تم استيراد تحديث واحد.
    [two] تم استيراد تحديثين.
    [few] تم استيراد { $count } تحديثات.
    [many] تم استيراد { $count } تحديثًا.
   *[other] تم استيراد { $count } تحديث.
}
column-line = السطر
column-problem = المشكلة
import-missing-columns = يفتقر صف العناوين إلى الأعمدة التالية: { $columns }.
import-results-rejected = لم يُستورد أي شيء: صحِّح هذه الصفوف ثم ارفع الملف مرة أخرى.
import-results-help = ارفع مصنَّف Excel (.xlsx، الورقة الأولى) أو ملف CSV يتضمن صفًا واحدًا لكل مؤشر وعضو وسنة، مع الأعمدة التالية: indicator، وmember (رمز ISO 3166 alpha-2، مثل KE؛ ويُترك فارغًا لمؤشر الخطة بأكملها)، وyear، وvalue، واختياريًا narrative وevidence_url. يُتحقق من كل صف أولًا: ويكفي صف واحد غير صالح لإيقاف استيراد الملف بأكمله.
import-results-columns = المؤشرات المُبلَّغ عنها في هذه الخطة وطريقة كتابة قيمها
import-results-approve = اعتماد القيم المستوردة فورًا
import-results-approve-help = اتركه دون تحديد لإرسال القيم إلى قائمة انتظار المراجعة بوصفها تحديثات مُقدَّمة.
import-results-submit = استيراد
import-value-count = عدد صحيح، مثل 12
import-value-percentage = البسط/المقام، مثل 45/60
import-value-yes-no = yes أو no (نعم أو لا)
import-value-narrative = (نص في عمود narrative)
member-scorecard = بطاقة أداء النتائج الخاصة بهذا العضو
user-organisation = المنظمة (لحسابات الجهات المانحة)
user-organisation-help = تطّلع الجهة المانحة على الأدلة وعلى تقرير الجهة المانحة الخاص بالمشاريع التي تموّلها هذه المنظمة.
