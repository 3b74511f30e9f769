# Delivery: projects, activities, people and participation.

nav-projects = المشاريع
projects-title = المشاريع
projects-intro = مشاريع خطة العمل: أين تعمل، ومع مَن، وما الذي تقدّمه، ومَن تصل إليهم.
projects-filter = تصفية المشاريع
projects-count = { $total ->
    [zero] لا يوجد أي مشروع يطابق عوامل التصفية هذه.
    [one] عرض المشروع الوحيد المطابق.
    [two] عرض { $first } إلى { $last } من أصل مشروعين.
    [few] عرض { $first } إلى { $last } من أصل { $total } مشاريع.
    [many] عرض { $first } إلى { $last } من أصل { $total } مشروعًا.
   *[other] عرض { $first } إلى { $last } من أصل { $total } مشروع.
}
projects-empty = لا يوجد أي مشروع يطابق عوامل التصفية هذه. جرّب إزالة أحد عوامل التصفية.
projects-as-json = هذه المشاريع بصيغة JSON (API)
project-as-json = هذا المشروع بصيغة JSON (API)
project-private-notice = هذا المشروع غير عام: لا يطّلع على هذه الصفحة إلا الموظفون.
project-text-other-language = هذا النص غير متاح بلغتك بعد؛ لذا يُعرض باللغة التي كُتب بها.
project-translation-behind = تغيّر النص الإنجليزي لهذا المشروع منذ إعداد هذه الترجمة؛ وقد لا تكون الترجمة محدَّثة.
project-translations = الترجمات
project-reach = الأشخاص والأعضاء الذين تم الوصول إليهم
project-reach-none = لم تُسجَّل بعد أي مشاركة بحالة «حضر» أو «أكمل».
project-activities = الأنشطة
project-activities-none = لم يُسجَّل أي نشاط بعد.
project-manage = إدارة هذا المشروع
reach-by-sex = الأشخاص الذين تم الوصول إليهم حسب الجنس
reach-by-group = الأشخاص الذين تم الوصول إليهم حسب فئة أصحاب المصلحة
reach-rule = يُعدّ الشخص ممن تم الوصول إليهم إذا حضر نشاطًا واحدًا على الأقل أو أكمله، ويُحتسب مرة واحدة مهما كان عدد الأنشطة التي شارك فيها. ويُعدّ العضو ممن تم الوصول إليهم إذا تم الوصول إلى أشخاص رشّحهم (أو، في حال عدم وجودهم، إلى أشخاص من بلده)، أو إذا اكتمل برنامج توجيه أو بعثة استشارية تلقّاها.
figure-people-reached = الأشخاص الذين تم الوصول إليهم
figure-members-reached = الأعضاء الذين تم الوصول إليهم
figure-activities = الأنشطة
column-member = العضو
column-sdg = هدف التنمية المستدامة
column-theme = الموضوع
column-mode = طريقة التنفيذ
column-year = السنة
column-code = الرمز
column-scope = النطاق
column-dates = التواريخ
column-recipient-countries = البلدان
column-regions = المناطق
column-beneficiaries = الأعضاء المستفيدون
column-themes = المواضيع
column-sdgs = أهداف التنمية المستدامة
column-donors = الجهات المانحة
column-implementers = جهات التنفيذ
column-accountable = الجهة المسؤولة
column-activity = النشاط
column-sex = الجنس
column-people = الأشخاص
column-group = فئة أصحاب المصلحة

project-status-pipeline = قيد الإعداد
project-status-implementation = قيد التنفيذ
project-status-finalisation = في مرحلة الإنهاء
project-status-closed = مُغلق
project-status-cancelled = ملغى
project-status-suspended = معلَّق
scope-global = عالمي
scope-regional = إقليمي
scope-national = وطني
mode-elearning = دورة تعلم إلكتروني
mode-webinar = ندوة عبر الإنترنت أو فصل افتراضي
mode-training = فعالية تدريبية
mode-coaching = التوجيه عن بُعد
mode-mission = بعثة استشارية داخل البلد
mode-sponsorship = رعاية مشاركة الخبراء
activity-status-planned = مُخطَّط له
activity-status-open = مفتوح لتلقي الترشيحات
activity-status-ongoing = جارٍ
activity-status-completed = مكتمل
activity-status-cancelled = ملغى
sex-female = أنثى
sex-male = ذكر
sex-other = آخر
sex-not-stated = غير محدد
group-nsb-staff = موظفو هيئات التقييس الوطنية
group-government = الحكومة والجهات التنظيمية
group-industry = قطاع الصناعة والمنشآت الصغيرة والمتوسطة
group-academia = الأوساط الأكاديمية
group-consumer = منظمات المستهلكين
group-conformity-assessment = هيئات تقويم المطابقة والمختبرات
group-ngo = المنظمات غير الحكومية
group-other = أخرى
participation-applied = قدّم طلبًا
participation-nominated = رُشِّح
participation-accepted = قُبِل
participation-waitlisted = أُدرج في قائمة الانتظار
participation-rejected = رُفض
participation-withdrawn = انسحب
participation-attended = حضر
participation-no-show = لم يحضر
participation-completed = أكمل
role-expert = خبير
role-coach = موجِّه
role-trainer = مدرِّب
follow-up-open = مفتوحة
follow-up-in-progress = قيد التنفيذ
follow-up-implemented = منفَّذة
follow-up-not-implemented = غير منفَّذة
org-role-funding = جهة ممولة
org-role-accountable = جهة مسؤولة
org-role-extending = جهة مُديرة للتمويل
org-role-implementing = جهة منفذة
finance-commitment = الالتزام
finance-disbursement = الصرف

field-error-invalid-code = اختر قيمة من القائمة.
field-error-invalid-date = أدخِل تاريخًا بالصيغة YYYY-MM-DD، مثل 2026-03-31.
field-error-date-out-of-range = أدخِل تاريخًا بين عامَي 1990 و2100.
field-error-invalid-datetime = أدخِل تاريخًا ووقتًا، مثل 2026-03-31 14:00.
field-error-invalid-year = أدخِل سنة بين 1990 و2100.
field-error-end-before-start = لا يمكن أن يسبق تاريخُ الانتهاء تاريخَ البدء.
field-error-required-when-closed = يتطلب المشروع المغلق تحديد تاريخ انتهائه الفعلي.
field-error-title-required-with-text = أدخِل عنوانًا بهذه اللغة، أو اترك الملخص والوصف الخاصين بها فارغين.
field-error-required-for-national-scope = يتطلب المشروع الوطني تحديد بلده.
field-error-required-for-regional-scope = يتطلب المشروع الإقليمي تحديد منطقة أو بلدانها.
field-error-invalid-project-code = استخدم الأحرف أو الأرقام أو الشرطات أو النقاط أو الشرطات السفلية (40 حرفًا على الأكثر)، مثل APDC-2026-014.
field-error-invalid-slug = استخدم أحرفًا لاتينية صغيرة وأرقامًا وشرطات، مثل circular-economy.
field-error-invalid-sdg = اختر هدفًا من 1 إلى 17.
field-error-invalid-sdg-target = استخدم غايات أهداف التنمية المستدامة الرسمية، مثل 9.1 أو 17.a، مفصولة بفواصل.
field-error-invalid-currency = استخدم رمز عملة وفق ISO 4217، مثل CHF أو EUR أو USD.
field-error-invalid-amount = أدخِل مبلغًا مثل 1500 أو 1500.25 (دون فاصل للآلاف سوى المسافات).
field-error-invalid-choice = اختر قيمة من القائمة.
field-error-invalid-iati-ref = لا يحتوي معرِّف IATI على مسافات أو شرطات مائلة، مثل SE-0 أو XM-DAC-41114.
field-error-invalid-number = أدخِل عددًا صحيحًا أكبر من الصفر.
field-error-invalid-time-zone = أدخِل منطقة زمنية مثل Africa/Nairobi أو UTC.
field-error-invalid-committee = أدخِل لجنة من لجان الأيزو مثل ISO/TC 176 أو ISO/TC 207/SC 1، أو DEVCO أو COPOLCO أو CASCO.
field-error-invalid-language = اختر اللغات من القائمة.
field-error-required-for-mode = يلزم ملء هذا الحقل لطريقة التنفيذ هذه.
field-error-invalid-sex = استخدم F (أنثى) أو M (ذكر) أو X (آخر)، أو اترك الخانة فارغة (غير محدد).
field-error-invalid-stakeholder-group = استخدم فئة من فئات أصحاب المصلحة الواردة في القائمة.
field-error-unknown-region = استخدم الأسماء الإنكليزية لمناطق M49 للأمم المتحدة، مثل Eastern Africa.
field-error-unknown-theme = هذا الموضوع غير موجود.
field-error-unknown-organisation = هذه المنظمة غير موجودة.
field-error-unknown-person = هذا الشخص غير موجود.
field-error-person-erased = تم محو سجل هذا الشخص.
field-error-already-participating = هذا الشخص مشارك بالفعل في هذا النشاط.
field-error-transition-not-allowed = لا يمكن نقل المشاركة إلى هذه الحالة من حالتها الحالية.
field-error-not-coaching = الجلسات خاصة ببرامج التوجيه فقط.
field-error-not-mission = التوصيات خاصة بالبعثات الاستشارية فقط.
field-error-same-person = اختر شخصين مختلفين.
field-error-project-exists = يوجد مشروع بهذا الرمز بالفعل.
field-error-organisation-exists = توجد منظمة بهذا الاسم بالفعل.
field-error-activity-not-open = هذا النشاط غير مفتوح لتلقي الترشيحات.
field-error-not-your-member = لا يمكنك التصرف إلا باسم العضو الذي تمثّله.

# Staff pages.
nav-manage-projects = إدارة المشاريع
nav-people = الأشخاص
nav-organisations = المنظمات
nav-themes = المواضيع
nav-exports = التصدير
nav-tokens = رموز الوصول إلى API
apply = تطبيق
remove = إزالة
admin-projects-title = إدارة المشاريع
projects-total = { $total ->
    [zero] لا يوجد أي مشروع.
    [one] مشروع واحد.
    [two] مشروعان.
    [few] { $total } مشاريع.
    [many] { $total } مشروعًا.
   *[other] { $total } مشروع.
}
column-public = عام
project-new-title = مشروع جديد
project-edit = تعديل المشروع
project-edit-title = تعديل المشروع { $code }
project-view-public = عرض الصفحة العامة
project-partners = الجهات المانحة والشركاء
project-partners-none = لم تُربط أي منظمة بعد.
partner-add = ربط منظمة
project-finances = التمويل
project-finances-none = لم يُسجَّل أي التزام أو صرف بعد.
finance-add = إضافة بند تمويل
finance-totals = المجاميع بعملة
project-budgets = الميزانية حسب السنة
project-budgets-none = لم تُسجَّل أي ميزانية بعد.
budget-set = تحديد ميزانية تلك السنة
record-audit-title = سجل تدقيق { $record }
field-title = العنوان
field-summary = الملخص
field-summary-help = جملة أو جملتان، تُعرضان في القوائم وفي أعلى صفحة المشروع.
field-description = الوصف
field-description-help = قصة المشروع. افصل بين الفقرات بسطر فارغ.
field-texts = النصوص
field-code-help = مرجع المشروع، ويُستخدم في العناوين: أحرف وأرقام وشرطات، مثل APDC-2026-014.
field-planned-start = البدء المُخطَّط
field-planned-end = الانتهاء المُخطَّط
field-actual-start = البدء الفعلي
field-actual-end = الانتهاء الفعلي
field-public = العرض على الموقع العام
field-public-help = تظهر المشاريع العامة على الموقع الإلكتروني وفي البيانات المفتوحة، دون أي بيانات شخصية.
field-multiple-help = اضغط باستمرار على مفتاح Ctrl (أو Cmd على أجهزة Mac) لاختيار عدة عناصر.
field-sdg-targets = غايات أهداف التنمية المستدامة
field-sdg-targets-help = اختياري، مثل 9.1, 12.5. يؤدي اختيار غاية ما أيضًا إلى اختيار الهدف الذي تنتمي إليه.
field-organisation = المنظمة
field-org-role = الدور
field-org-type = نوع المنظمة
field-iati-ref = معرِّف IATI
field-iati-ref-help = معرِّف المنظمة في IATI، إن وُجد، مثل SE-0.
field-finance-kind = النوع
field-currency = العملة
field-amount = المبلغ
field-slug = المعرِّف
field-slug-help = أحرف لاتينية صغيرة وأرقام وشرطات، ويُستخدم في العناوين وعوامل التصفية، مثل circular-economy.
field-name-en = الاسم بالإنكليزية
field-name-fr = الاسم بالفرنسية
content-language-en = الإنكليزية
content-language-fr = الفرنسية
content-language-es = الإسبانية
content-language-ar = العربية
content-language-ru = الروسية
content-language-pt = البرتغالية
content-language-zh = الصينية
content-language-sw = السواحيلية
organisation-new-title = منظمة جديدة
organisation-edit-title = تعديل المنظمة
organisations-none-yet = لم تُسجَّل أي منظمة بعد.
themes-help = المواضيع قائمة مفتوحة من التسميات يربطها الموظفون بالمشاريع، مثل الاقتصاد الدائري، والعمل المناخي، والمنشآت الصغيرة والمتوسطة، والمساواة بين الجنسين. يؤدي حفظ معرِّف موجود إلى إعادة تسمية الموضوع المقابل له.
themes-none-yet = لم يُحدَّد أي موضوع بعد.
theme-save = إضافة موضوع أو إعادة تسميته
org-type-government = حكومة
org-type-local-government = حكومة محلية
org-type-other-public-sector = جهة أخرى من القطاع العام
org-type-international-ngo = منظمة غير حكومية دولية
org-type-national-ngo = منظمة غير حكومية وطنية
org-type-regional-ngo = منظمة غير حكومية إقليمية
org-type-partner-country-ngo = منظمة غير حكومية من البلد الشريك
org-type-public-private-partnership = شراكة بين القطاعين العام والخاص
org-type-multilateral = منظمة متعددة الأطراف
org-type-foundation = مؤسسة خيرية
org-type-private-sector = القطاع الخاص
org-type-private-sector-provider = القطاع الخاص في البلد المانح
org-type-private-sector-recipient = القطاع الخاص في البلد المتلقي
org-type-private-sector-third = القطاع الخاص في بلد ثالث
org-type-academic = مؤسسة أكاديمية أو تدريبية أو بحثية
org-type-other = أخرى

activity-new-title = نشاط جديد
activity-edit-title = تعديل النشاط
activity-mode-fields-help = املأ القسم الخاص بطريقة التنفيذ المختارة؛ وتُتجاهل حقول الطرق الأخرى.
field-mode-help = كيفية تقديم المساعدة. لكل طريقة حقولها الخاصة أدناه.
field-activity-status-help = لا يمكن لجهات الاتصال ترشيح أشخاص إلا للأنشطة المفتوحة لتلقي الترشيحات.
field-start-date = تاريخ البدء
field-end-date = تاريخ الانتهاء
field-capacity = عدد الأماكن
field-capacity-help = عدد المشاركين الذين يمكن قبولهم (اتركه فارغًا إذا كان العدد غير محدود).
field-languages = اللغات
field-target-members = الأعضاء المستهدفون
field-platform = المنصة
field-course-iri = عنوان الدورة (IRI)
field-course-iri-help = معرِّف الدورة على منصة التعلم، ويُستخدم أيضًا في سجلات التعلم.
field-duration-hours = المدة (بالساعات)
field-starts-at = التاريخ والوقت
field-time-zone = المنطقة الزمنية
field-time-zone-help = كما في قائمة IANA، مثل Africa/Nairobi أو America/Lima.
field-meeting-link = رابط الاجتماع
field-meeting-link-help = يبقى سريًا: لا يُعرض أبدًا على الموقع العام ولا في البيانات المفتوحة.
field-venue-country = بلد الانعقاد
field-venue-city = مدينة الانعقاد
field-goals = أهداف برنامج التوجيه
field-requesting-member = العضو مقدِّم الطلب
field-terms-of-reference = الاختصاصات
field-report = التقرير
field-committee = لجنة الأيزو
field-committee-help = مثل ISO/TC 176 أو ISO/TC 207/SC 1.
field-meeting = الاجتماع الذي تمت المشاركة فيه
activity-participants = المشاركون
activity-participants-none = لم يُسجَّل أو يُرشَّح أي شخص بعد.
participation-change = تغيير الحالة
participant-add = إضافة مشارك
participant-add-help = إذا كان هناك شخص مسجَّل بالفعل بعنوان البريد الإلكتروني هذا، فسيُستخدم سجله كما هو.
field-nominated-by = الجهة المرشِّحة
activity-staff = الخبراء والموجِّهون والمدرِّبون
activity-staff-none = لم يُكلَّف أي شخص بعد.
staff-add = تكليف
staff-email-help = البريد الإلكتروني لشخص مسجَّل بالفعل (أضِفه أولًا في قسم «الأشخاص»).
field-staff-role = الدور
coaching-sessions = الجلسات المنعقدة
coaching-sessions-none = لم تُسجَّل أي جلسة بعد.
field-held-on = تاريخ الانعقاد
field-notes = ملاحظات
session-add = تسجيل جلسة
mission-recommendations = التوصيات
mission-recommendations-none = لم تُسجَّل أي توصية بعد.
field-recommendation = التوصية
field-follow-up = المتابعة
recommendation-add = إضافة توصية
import-participants-title = استيراد المشاركين

people-search = البحث عن الأشخاص
people-count = { $total ->
    [zero] لا يوجد أي شخص.
    [one] شخص واحد.
    [two] شخصان.
    [few] { $total } أشخاص.
    [many] { $total } شخصًا.
   *[other] { $total } شخص.
}
people-empty = لا يوجد أي شخص يطابق هذا البحث.
person-new-title = إضافة شخص
person-edit-title = تعديل بيانات الشخص
person-email-help = قد يشترك عدة أشخاص في عنوان بريد إلكتروني عام؛ وتُدرج التكرارات المحتملة في قائمة تمهيدًا لدمجها.
person-erased = بيانات ممحوّة
person-erased-notice = تم محو هوية هذا الشخص. وتبقى مشاركاته، دون ما يكشف هويته، حتى تظل المجاميع صحيحة.
person-export = تصدير جميع البيانات المحفوظة (JSON)
person-participations = المشاركة
person-participations-none = لم تُسجَّل أي مشاركة.
person-erase = محو بيانات هذا الشخص
person-erase-help = يزيل الاسم والبريد الإلكتروني والمنظمة نهائيًا، بما في ذلك من سجل التدقيق. وتبقى المشاركات، دون ما يكشف الهوية، حتى تظل المجاميع صحيحة. لا يمكن التراجع عن هذا الإجراء.
person-erase-confirm = اكتب ERASE للتأكيد
field-error-confirmation-required = اكتب كلمة التأكيد كما هي تمامًا.
duplicates-title = التكرارات المحتملة
duplicates-help = أشخاص مسجَّلون بعنوان البريد الإلكتروني نفسه. يؤدي الدمج إلى نقل مشاركات السجل الثاني إلى السجل الأول، مع الإبقاء على الحالة الأكثر تقدمًا حيثما شارك كلاهما في النشاط نفسه، ثم حذف السجل الثاني.
duplicates-none = لا يوجد شخصان يشتركان في عنوان بريد إلكتروني واحد.
duplicates-merge = دمج { $duplicate } في { $keep }

tokens-title = رموز الوصول إلى API
tokens-help = يتيح الرمز لبرنامجٍ ما استخدام API بصلاحيات حسابك: أرسِله بالصيغة «Authorization: Bearer <token>». وأبطِل أي رمز لم تعد بحاجة إليه.
tokens-none = ليس لديك أي رمز.
tokens-new = إنشاء رمز
tokens-name-help = الغرض من الرمز، مثل «برنامج نصي للتصدير الشهري».
tokens-created = رمزك الجديد معروض أدناه. انسخه الآن: فهو لا يظهر إلا هذه المرة.
tokens-created-at = تاريخ الإنشاء (UTC)
tokens-last-used = آخر استخدام (UTC)
tokens-revoke = إبطال
tokens-revoked = مُبطَل

support-title = الدعم الذي تلقّاه { $member }
support-back = الدعم المُتلقّى
support-projects-none = لا يوجد بعد أي مشروع يذكر هذا العضو.
support-activities = الأنشطة الموجَّهة إلى هذا العضو
support-activities-none = لا يوجد بعد أي نشاط موجَّه إلى هذا العضو.
support-participants = الترشيحات والمشاركون
support-participants-none = لم يُرشَّح أو يُسجَّل أي شخص من هذا العضو بعد.
nomination-withdraw = سحب
nominate-title = ترشيح مشارك
nominate-help = اختر نشاطًا مفتوحًا وأدخِل بيانات الشخص. إذا كان الشخص مسجَّلًا بالفعل (بعنوان البريد الإلكتروني نفسه)، فسيُستخدم سجله.
nominate-none-open = لا يوجد حاليًا أي نشاط مفتوح لتلقي الترشيحات من هذا العضو.
nominate-submit = ترشيح

# Participant import.
import-participants-help = ارفع قائمة المشاركين في مصنَّف Excel (.xlsx، الورقة الأولى) أو في ملف CSV. يجب أن يتضمن الصف الأول أسماء الأعمدة؛ إذ تُطابَق الأعمدة مع الحقول وفق عناوينها بالإنكليزية أو الفرنسية أو الإسبانية، ويمكنك تصحيح هذه المطابقة في الصفحة التالية. يلزم لكل شخص اسم (أو اسم أول واسم عائلة) وعنوان بريد إلكتروني. لا يُكتب أي شيء قبل أن تؤكد، ويُتجاوز الأشخاص المسجَّلون بالفعل في هذا النشاط، لذا يمكن استيراد الملف نفسه مرة أخرى بأمان.
import-sheet-file = جدول البيانات (XLSX أو CSV)
import-default-status = الحالة للصفوف التي لا تتضمن حالة
import-default-member = العضو المرشِّح للصفوف التي لا تتضمن عضوًا مرشِّحًا
import-sheet-too-large = حجم الملف أكبر من { $megabytes } ميغابايت.
import-sheet-not-spreadsheet = هذا الملف ليس جدول بيانات: ارفع مصنَّف Excel (.xlsx) أو ملف CSV بترميز UTF-8.
import-sheet-unreadable = تتعذر قراءة الملف بوصفه جدول بيانات ({ $detail }).
import-sheet-no-header = لا يحتوي الملف على صف عناوين.
import-sheet-no-rows = يحتوي الملف على صف عناوين، ولكنه لا يحتوي على أي صف بيانات.
import-sheet-too-many-rows = يحتوي الملف على أكثر من { $max ->
        [zero] { $max } صف
        [one] صف واحد
        [two] صفين
        [few] { $max } صفوف
        [many] { $max } صفًا
       *[other] { $max } صف
    }. قسِّمه إلى عدة ملفات.
import-sheet-nul-byte = يحتوي السطر { $line } على حرف NUL، وهو حرف لا يجوز أن يرد في أي نص. إذا كان هذا ملف CSV، فصدِّره مجددًا من برنامج جداول البيانات بصيغة «CSV UTF-8».
import-sheet-too-many-columns = تحتوي الورقة على أكثر من { $max ->
        [zero] { $max } عمود
        [one] عمود واحد
        [two] عمودين
        [few] { $max } أعمدة
        [many] { $max } عمودًا
       *[other] { $max } عمود
    }. احتفظ فقط بالأعمدة المطلوب استيرادها.
import-sheet-too-many-cells = تحتوي الورقة على أكثر من { $max ->
        [zero] { $max } خلية مملوءة
        [one] خلية واحدة مملوءة
        [two] خليتين مملوءتين
        [few] { $max } خلايا مملوءة
        [many] { $max } خلية مملوءة
       *[other] { $max } خلية مملوءة
    }. قسِّمها إلى عدة ملفات.
import-sheet-cell-too-long = يتجاوز طول الخلية الواقعة في السطر { $line }، العمود { $column }، { $max ->
        [zero] { $max } حرف
        [one] حرفًا واحدًا
        [two] حرفين
        [few] { $max } أحرف
        [many] { $max } حرفًا
       *[other] { $max } حرف
    }.
import-sheet-string-too-long = يحتوي المصنَّف على نص أطول من الحد المسموح به في الخلية ({ $max ->
        [zero] { $max } حرف
        [one] حرف واحد
        [two] حرفان
        [few] { $max } أحرف
        [many] { $max } حرفًا
       *[other] { $max } حرف
    }).
import-sheet-too-much-text = تحتوي الورقة على أكثر من { $megabytes } ميغابايت من النصوص. قسِّمها إلى عدة ملفات.
import-sheet-declared-too-large = يشير المصنَّف إلى أن ورقته تمتد على النطاق { $range }، أي أكثر مما تمت قراءته، وهو { $rows ->
        [zero] { $rows } صف
        [one] صف واحد
        [two] صفان
        [few] { $rows } صفوف
        [many] { $rows } صفًا
       *[other] { $rows } صف
    } و{ $columns ->
        [zero] { $columns } عمود
        [one] عمود واحد
        [two] عمودان
        [few] { $columns } أعمدة
        [many] { $columns } عمودًا
       *[other] { $columns } عمود
    }. انسخ البيانات إلى ورقة جديدة ثم احفظ المصنَّف مرة أخرى.
import-sheet-unpacked-too-large = يتجاوز حجم المصنَّف بعد فك ضغطه { $megabytes } ميغابايت. احفظه مرة أخرى دون صور أو أوراق غير مستخدمة، أو قسِّمه.
import-sheet-too-many-parts = يحتوي المصنَّف على أكثر من { $max ->
        [zero] { $max } جزء داخلي
        [one] جزء داخلي واحد
        [two] جزأين داخليين
        [few] { $max } أجزاء داخلية
        [many] { $max } جزءًا داخليًا
       *[other] { $max } جزء داخلي
    }. احفظه مرة أخرى بوصفه مصنَّفًا عاديًا.
import-sheet-too-many-strings = يحتوي المصنَّف على أكثر من { $max ->
        [zero] { $max } نص مختلف
        [one] نص واحد مختلف
        [two] نصين مختلفين
        [few] { $max } نصوص مختلفة
        [many] { $max } نصًا مختلفًا
       *[other] { $max } نص مختلف
    }. قسِّمه إلى عدة ملفات.
import-sheet-too-slow = استغرقت قراءة الملف أكثر من { $seconds ->
        [zero] { $seconds } ثانية
        [one] ثانية واحدة
        [two] ثانيتين
        [few] { $seconds } ثوانٍ
        [many] { $seconds } ثانية
       *[other] { $seconds } ثانية
    }. قسِّمه إلى عدة ملفات.
import-rows = الصفوف
import-effect-new = الأشخاص الجدد المطلوب تسجيلهم
import-effect-known = الأشخاص الموجودة سجلاتهم بالفعل، المطلوب تسجيلهم
import-effect-already = المسجَّلون بالفعل (سيُتجاوزون)
import-mapping = الأعمدة
import-mapping-help = العمود الذي يملأ كل حقل من الملف. تُترك الحقول التي لا يقابلها عمود فارغة (أو تأخذ القيم الافتراضية المختارة عند الرفع).
import-not-mapped = (غير موجود في الملف)
import-remap = التحقق مجددًا باستخدام هذه الأعمدة
import-rejected-rows = الصفوف المرفوضة
import-more-rejections = { $count ->
    [zero] ولا توجد صفوف مرفوضة أخرى.
    [one] وهناك صف مرفوض آخر.
    [two] وهناك صفّان مرفوضان آخران.
    [few] وهناك { $count } صفوف مرفوضة أخرى.
    [many] وهناك { $count } صفًا مرفوضًا آخر.
   *[other] وهناك { $count } صف مرفوض آخر.
}
import-sample = الصفوف الأولى
import-upload-another = رفع ملف آخر
import-participants-applied = تم تطبيق الاستيراد: { $added ->
        [zero] لم يُضَف أي شخص
        [one] أُضيف شخص واحد
        [two] أُضيف شخصان
        [few] أُضيف { $added } أشخاص
        [many] أُضيف { $added } شخصًا
       *[other] أُضيف { $added } شخص
    }، { $enrolled ->
        [zero] ولم تتم أي عملية تسجيل
        [one] وتمت عملية تسجيل واحدة
        [two] وتمت عمليتا تسجيل
        [few] وتمت { $enrolled } عمليات تسجيل
        [many] وتمت { $enrolled } عملية تسجيل
       *[other] وتمت { $enrolled } عملية تسجيل
    }، { $unchanged ->
        [zero] ولم يكن أي شخص مسجَّلًا من قبل
        [one] وكان شخص واحد مسجَّلًا بالفعل
        [two] وكان شخصان مسجَّلين بالفعل
        [few] وكان { $unchanged } أشخاص مسجَّلين بالفعل
        [many] وكان { $unchanged } شخصًا مسجَّلين بالفعل
       *[other] وكان { $unchanged } شخص مسجَّلين بالفعل
    }.
import-target-name = الاسم
import-target-first-name = الاسم الأول
import-target-last-name = اسم العائلة
import-target-email = البريد الإلكتروني
import-target-sex = الجنس
import-target-country = البلد
import-target-organisation = المنظمة
import-target-stakeholder-group = فئة أصحاب المصلحة
import-target-nominated-by = العضو المرشِّح
import-target-status = الحالة
field-error-duplicate-email-in-file = يرد عنوان البريد الإلكتروني هذا أكثر من مرة في الملف.

# Exports.
exports-help = نزِّل المشاريع أو الأنشطة أو المشاركات. تحتوي ملفات المشاركات على بيانات شخصية: احفظها في مكان آمن واحذفها عندما لا تعود بحاجة إليها.
exports-what = البيانات
exports-filters-help = أضِف عوامل تصفية القوائم إلى العنوان لتضييق نطاق التصدير، مثل participations.csv?project=APDC-2026-001&participation_status=completed أو projects.xlsx?region=Africa&year=2026.
error-export-too-large-title = حجم التصدير كبير جدًا
error-export-too-large = سيحتوي هذا التصدير على أكثر من 100000 صف. ضيِّق نطاقه باستخدام عامل تصفية (المشروع أو النشاط أو العضو أو الحالة أو السنة).
support-exports = تنزيل

# Member profiles.
member-support = الدعم المُتلقّى
member-support-none = لا يوجد بعد أي مشروع أو نشاط عام يذكر هذا العضو.
member-support-projects = المشاريع
member-support-activities = الأنشطة الموجَّهة إلى هذا العضو أو التي طلبها
member-support-all = جميع مشاريع هذا العضو
