# apdc — Arabic messages. Every key here must exist in every other language.

language-name = العربية
site-name = خطة العمل للبلدان النامية
skip-to-content = الانتقال إلى المحتوى
demo-banner = موقع تجريبي: الأعضاء مأخوذون من البيانات المرجعية؛ أما جهات الاتصال والحسابات التي تحمل علامة «تجريبي» فهي وهمية.
nav-languages = اللغات
nav-main = القائمة الرئيسية
nav-home = الصفحة الرئيسية
nav-members = الأعضاء
nav-new-member = إضافة عضو
nav-import = استيراد الأعضاء
nav-my-member = العضو الذي أمثّله
nav-api = API
signed-in-as = تم تسجيل الدخول باسم { $name } ({ $role })
sign-in = تسجيل الدخول
sign-out = تسجيل الخروج
footer-about = تدعم خطة العمل للبلدان النامية هيئاتِ التقييس الوطنية في البلدان النامية من خلال المساعدة التقنية والتدريب.

role-administrator = مدير النظام
role-programme-officer = مسؤول البرنامج
role-focal-point = جهة الاتصال لدى العضو
role-donor-viewer = جهة مانحة (اطلاع فقط)
role-participant = مشارك

yes = نعم
no = لا
not-known = غير معروف
save = حفظ
cancel = إلغاء
pagination = الصفحات
page-previous = السابق
page-next = التالي
demo-record = تجريبي

home-title = الصفحة الرئيسية
home-heading = خطة العمل للبلدان النامية
home-purpose = خطة العمل هي إطار المساعدة التقنية والتدريب الذي يساعد هيئات التقييس الوطنية في البلدان النامية على المشاركة الفاعلة في التقييس الدولي والاستفادة الكاملة من استخدام المواصفات القياسية.
home-objective = تُنفَّذ الخطة من خلال المشاريع، والتعلم الإلكتروني، والندوات عبر الإنترنت، والتوجيه عن بُعد، والبعثات الاستشارية داخل البلدان، والفعاليات التدريبية، ورعاية مشاركة الخبراء في اجتماعات وضع المواصفات القياسية، ويتابع الأعضاءُ والجهاتُ المانحة تنفيذها وفقًا لإطار للنتائج.
home-figures = الأرقام الرئيسية
figure-members = الأعضاء المدرجون في السجل
figure-developing = الأعضاء من البلدان النامية
figure-developing-share = من الأعضاء هم أعضاء من البلدان النامية
home-figures-note = الأرقام محسوبة من سجل الأعضاء. يُخزَّن وضع كل عضو من حيث انتماؤه إلى البلدان النامية مع الأساس الذي يستند إليه؛ انظر صفحة العضو.
home-by-region = الأعضاء حسب المنطقة
home-by-category = الأعضاء حسب الفئة
home-browse-members = تصفّح دليل الأعضاء

column-region = المنطقة
column-members = الأعضاء
column-developing = الأعضاء من البلدان النامية
column-share = النسبة من مجموع الأعضاء
column-category = الفئة
column-country = البلد
column-acronym = الاختصار
column-status = الحالة

region-africa = أفريقيا
region-americas = الأمريكتان
region-asia = آسيا
region-europe = أوروبا
region-oceania = أوقيانوسيا

category-member-body = هيئة عضو
category-correspondent = عضو مراسل
category-subscriber = عضو مشترك

status-developing = بلد نامٍ
status-not-developing = ليس بلدًا ناميًا

basis-iso-list = قائمة الأيزو للبلدان النامية
basis-dac-list = قائمة لجنة المساعدة الإنمائية (DAC) التابعة لمنظمة التعاون الاقتصادي والتنمية للبلدان المتلقية للمساعدة الإنمائية الرسمية
basis-wb-income = فئة الدخل وفق تصنيف البنك الدولي
basis-ldc = من أقل البلدان نموًا وفق تصنيف الأمم المتحدة
basis-un-m49-regions = اصطلاح مناطق M49 للأمم المتحدة (خارج أوروبا وأمريكا الشمالية واليابان وأستراليا ونيوزيلندا)
basis-other = أخرى (انظر الملاحظة)

members-title = الأعضاء
members-filter = تصفية الأعضاء
filter-text = بحث
filter-any = الكل
filter-apply = تطبيق عوامل التصفية
filter-reset = إعادة تعيين
members-count = { $total ->
    [zero] لا يوجد أي عضو يطابق عوامل التصفية هذه.
    [one] عرض العضو الوحيد المطابق.
    [two] عرض { $first } إلى { $last } من أصل عضوين.
    [few] عرض { $first } إلى { $last } من أصل { $total } أعضاء.
    [many] عرض { $first } إلى { $last } من أصل { $total } عضوًا.
   *[other] عرض { $first } إلى { $last } من أصل { $total } عضو.
}
members-empty = لا يوجد أي عضو يطابق عوامل التصفية هذه. جرّب إزالة أحد عوامل التصفية.

member-basis = أساس الوضع
member-ldc = من أقل البلدان نموًا
member-lldc = بلد نامٍ غير ساحلي
member-sids = دولة جزرية صغيرة نامية
member-income = فئة الدخل وفق تصنيف البنك الدولي
member-contact = بيانات الاتصال
member-no-contact = لم تُسجَّل أي بيانات اتصال بعد.
member-edit = تعديل العضو
member-audit = سجل التدقيق
member-source = المصدر
member-origin-staff = صحّحه الموظفون.
member-origin-reference = مطابق للبيانات المرجعية.
member-source-link = المصدر
member-new-title = إضافة عضو
member-edit-title = تعديل { $member }

field-website = الموقع الإلكتروني
field-email = البريد الإلكتروني
field-phone = الهاتف
field-address = العنوان
field-password = كلمة المرور
field-alpha2 = رمز البلد (ISO 3166-1 alpha-2)
field-alpha2-help = حرفان، مثل KE لكينيا.
field-name = الاسم
field-basis-help = سبب اعتبار العضو (أو عدم اعتباره) عضوًا من البلدان النامية.
field-basis-note = ملاحظة بشأن الوضع
field-person-name = الاسم
field-position = المنصب

focal-points = جهات الاتصال
focal-points-none = لم تُسجَّل أي جهة اتصال بعد.
focal-point-add = إضافة جهة اتصال
focal-point-remove = إزالة
focal-point-remove-named = إزالة { $name }
contacts-title = بيانات اتصال { $member }
contacts-edit = تعديل بيانات الاتصال وجهات الاتصال

login-title = تسجيل الدخول
login-failed = عنوان البريد الإلكتروني أو كلمة المرور غير صحيح، أو أن الحساب معطَّل.
login-help = يتولى مديرو النظام إنشاء الحسابات. إذا كنت بحاجة إلى حساب، فاطلبه من وحدة بناء القدرات.

form-has-errors = يُرجى تصحيح الحقول المشار إليها أدناه.

audit-title = سجل تدقيق { $member }
audit-count = { $total ->
    [zero] لا يوجد أي قيد.
    [one] قيد واحد.
    [two] قيدان.
    [few] { $total } قيود.
    [many] { $total } قيدًا.
   *[other] { $total } قيد.
}
audit-empty = لم يُسجَّل أي شيء لهذا العضو بعد.
audit-when = التوقيت (UTC)
audit-who = المستخدم
audit-what = الإجراء
audit-changes = التغييرات
audit-action-member-create = إضافة العضو
audit-action-member-update = تعديل العضو
audit-action-member-update-contacts = تعديل بيانات الاتصال
audit-action-member-refresh = التحديث من البيانات المرجعية
audit-action-member-focal-point-add = إضافة جهة اتصال
audit-action-member-focal-point-remove = إزالة جهة اتصال

import-title = استيراد الأعضاء
import-upload = رفع ملف
import-help = ارفع ملف CSV (بترميز UTF-8، مفصول بفواصل، بواقع عضو واحد في كل صف). سيُعرض عليك، صفًا صفًا، ما سيتغير قبل كتابة أي شيء؛ ولن يُكتب أي شيء ما لم تُقبل جميع الصفوف.
import-required-columns = الأعمدة الإلزامية:
import-optional-columns = الأعمدة الاختيارية (إذا حُذف عمود، تُستبقى القيم الحالية):
import-download-current = تنزيل القائمة الحالية بهذا التنسيق
import-file = ملف CSV
import-preview = معاينة الاستيراد
import-preview-title = معاينة { $file }
import-outcome = النتيجة
import-outcome-add = للإضافة
import-outcome-update = للتحديث
import-outcome-unchanged = دون تغيير
import-outcome-rejected = مرفوض
import-line = السطر
import-details = التفاصيل
import-empty-value = (فارغ)
import-blank-rows = { $count ->
    [zero] لم يُتجاوز أي صف فارغ.
    [one] تم تجاوز صف فارغ واحد.
    [two] تم تجاوز صفين فارغين.
    [few] تم تجاوز { $count } صفوف فارغة.
    [many] تم تجاوز { $count } صفًا فارغًا.
   *[other] تم تجاوز { $count } صف فارغ.
}
import-has-rejections = بعض الصفوف مرفوضة، لذا لا يمكن استيراد أي شيء. صحّح الملف ثم ارفعه مرة أخرى.
import-no-changes = الملف مطابق للسجل: لا يوجد ما يُستورد.
import-confirm-help = جميع الصفوف مقبولة. أكِّد لتطبيق جميع التغييرات المبيَّنة أعلاه دفعة واحدة.
import-confirm = تطبيق الاستيراد
import-applied = تم تطبيق الاستيراد: { $added ->
        [zero] لم يُضَف أي عضو
        [one] أُضيف عضو واحد
        [two] أُضيف عضوان
        [few] أُضيف { $added } أعضاء
        [many] أُضيف { $added } عضوًا
       *[other] أُضيف { $added } عضو
    }، { $updated ->
        [zero] ولم يُحدَّث أي عضو
        [one] وحُدِّث عضو واحد
        [two] وحُدِّث عضوان
        [few] وحُدِّث { $updated } أعضاء
        [many] وحُدِّث { $updated } عضوًا
       *[other] وحُدِّث { $updated } عضو
    }، { $unchanged ->
        [zero] ولم يبقَ أي عضو دون تغيير
        [one] وبقي عضو واحد دون تغيير
        [two] وبقي عضوان دون تغيير
        [few] وبقي { $unchanged } أعضاء دون تغيير
        [many] وبقي { $unchanged } عضوًا دون تغيير
       *[other] وبقي { $unchanged } عضو دون تغيير
    }.
import-nothing-written = لم يُكتب أي شيء.
import-problem-no-file = اختر ملفًا لرفعه.
import-problem-empty = الملف فارغ.
import-problem-too-large = حجم الملف أكبر من 2 ميغابايت.
import-problem-not-text = الملف ليس ملفًا نصيًا بترميز UTF-8 (CSV). صدِّره من برنامج جداول البيانات بصيغة «CSV UTF-8».
import-problem-not-csv = تتعذر قراءة الملف بوصفه ملف CSV: { $detail }
import-problem-missing-columns = أعمدة إلزامية مفقودة: { $columns }
import-problem-unknown-columns = أعمدة غير معروفة: { $columns }. أعِد تسميتها أو احذفها.
import-problem-duplicate-columns = أعمدة مكررة: { $columns }
import-problem-too-many-rows = يحتوي الملف على أكثر من 5000 صف.
import-problem-no-rows = يحتوي الملف على صف عناوين، ولكنه لا يحتوي على أي صف خاص بالأعضاء.

field-error-required = هذا الحقل إلزامي.
field-error-too-long = هذه القيمة طويلة جدًا.
field-error-control-characters = تحتوي هذه القيمة على أحرف غير مسموح بها.
field-error-invalid-url = أدخِل عنوان ويب يبدأ بـ http:// أو https://.
field-error-invalid-country-code = أدخِل رمز بلد من حرفين وفق ISO 3166-1.
field-error-invalid-category = استخدم member_body أو correspondent أو subscriber.
field-error-invalid-flag = استخدم true أو false (أو yes أو no).
field-error-invalid-basis = استخدم iso_list أو dac_list أو wb_income أو ldc أو un_m49_regions أو other.
field-error-note-required-for-other-basis = عندما يكون الأساس «أخرى» (other)، اشرحه في الملاحظة.
field-error-invalid-email = أدخِل عنوان بريد إلكتروني صالحًا.
field-error-invalid-phone = أدخِل رقم هاتف (أرقام ومسافات و+ و- وأقواس).
field-error-unknown-country = لا يوجد بلد بهذا الرمز في ISO 3166-1.
field-error-member-exists = يوجد عضو لهذا البلد بالفعل.
field-error-duplicate-in-file = يرد هذا البلد أكثر من مرة في الملف.
field-error-malformed-row = تتعذر قراءة هذا الصف.
field-error-wrong-number-of-cells = عدد الخلايا في هذا الصف لا يساوي عددها في صف العناوين.
field-error-import-not-acceptable = لا يمكن تطبيق هذا الاستيراد.
field-error-unknown-member = هذا العضو غير موجود.

error-generic-title = حدث خطأ ما
error-request-id = المرجع لأغراض الدعم:
error-back-home = العودة إلى الصفحة الرئيسية
error-not-found-title = الصفحة غير موجودة
error-not-found = لا يوجد أي محتوى على هذا العنوان. ربما نُقل، أو ربما كُتب الرابط بشكل خاطئ.
error-forbidden-title = تم رفض الوصول
error-forbidden = حسابك غير مخوَّل للقيام بهذا الإجراء.
error-unauthenticated-title = يلزم تسجيل الدخول
error-unauthenticated = يُرجى تسجيل الدخول للمتابعة.
error-csrf-failed-title = انتهت صلاحية النموذج
error-csrf-failed = انتهت صلاحية هذا النموذج أو لم يُرسَل من هذا الموقع. ارجع إلى الصفحة السابقة، وأعِد تحميلها، ثم حاول مرة أخرى.
error-bad-request-title = طلب غير صالح
error-bad-request = تعذّر فهم الطلب.
error-invalid-parameter-title = عنوان غير صالح
error-invalid-parameter = إحدى القيم الواردة في العنوان غير صالحة. تحقق من عوامل التصفية ثم حاول مرة أخرى.
error-malformed-form-title = نموذج غير صالح
error-malformed-form = تعذّرت قراءة النموذج.
error-invalid-title = بيانات غير صالحة
error-invalid = بعض القيم غير صالحة.
error-invalid-text-title = نص غير مقبول
error-invalid-text = يحتوي الطلب على حرف NUL، وهو حرف لا يجوز أن يرد في أي نص.
error-invalid-text-field = تحتوي قيمة «{ $field }» على حرف NUL، وهو حرف لا يجوز أن يرد في أي نص.
error-malformed-json-title = بيانات JSON غير مقروءة
error-malformed-json = متن الطلب ليس بصيغة JSON صالحة.
error-invalid-body-title = بيانات غير متوقعة
error-invalid-body = متن الطلب لا يطابق البنية المتوقعة؛ وهي موصوفة في وثائق API.
error-invalid-body-field = القيمة في «{ $field }» مفقودة، أو غير متوقعة في هذا الموضع، أو من نوع خاطئ.
error-conflict-title = تعارض
error-conflict = يتعارض هذا مع بيانات مخزَّنة بالفعل (ربما سبق تطبيقه).
error-too-many-requests-title = محاولات كثيرة جدًا
error-too-many-requests = محاولات كثيرة جدًا. انتظر قليلًا ثم حاول مرة أخرى.
error-too-many-requests-wait = محاولات كثيرة جدًا. { $minutes ->
        [zero] يُرجى الانتظار { $seconds ->
                [zero] لحظة
                [one] ثانية واحدة
                [two] ثانيتين
                [few] { $seconds } ثوانٍ
                [many] { $seconds } ثانية
               *[other] { $seconds } ثانية
            } ثم المحاولة مرة أخرى.
        [one] يُرجى الانتظار دقيقة واحدة ثم المحاولة مرة أخرى.
        [two] يُرجى الانتظار دقيقتين ثم المحاولة مرة أخرى.
        [few] يُرجى الانتظار { $minutes } دقائق ثم المحاولة مرة أخرى.
        [many] يُرجى الانتظار { $minutes } دقيقة ثم المحاولة مرة أخرى.
       *[other] يُرجى الانتظار { $minutes } دقيقة ثم المحاولة مرة أخرى.
    }
error-payload-too-large-title = الحجم كبير جدًا
error-payload-too-large = حجم البيانات التي أرسلتها كبير جدًا.
error-method-not-allowed-title = غير مسموح به
error-method-not-allowed = لا يقبل هذا العنوان هذا النوع من الطلبات.
error-unsupported-media-type-title = تنسيق غير مدعوم
error-unsupported-media-type = هذا التنسيق غير مقبول هنا.
error-internal-title = خطأ في الخادم
error-internal = حدث خطأ من جهتنا. وقد سُجِّل الخطأ؛ يُرجى المحاولة مرة أخرى لاحقًا.

# UN M49 sub-regions and intermediate regions, World Bank income groups.
area-australia-and-new-zealand = أستراليا ونيوزيلندا
area-caribbean = منطقة البحر الكاريبي
area-central-america = أمريكا الوسطى
area-central-asia = آسيا الوسطى
area-eastern-africa = شرق أفريقيا
area-eastern-asia = شرق آسيا
area-eastern-europe = أوروبا الشرقية
area-latin-america-and-the-caribbean = أمريكا اللاتينية ومنطقة البحر الكاريبي
area-melanesia = ميلانيزيا
area-micronesia = ميكرونيزيا
area-middle-africa = وسط أفريقيا
area-northern-africa = شمال أفريقيا
area-northern-america = أمريكا الشمالية
area-northern-europe = أوروبا الشمالية
area-polynesia = بولينيزيا
area-south-america = أمريكا الجنوبية
area-south-eastern-asia = جنوب شرق آسيا
area-southern-africa = الجنوب الأفريقي
area-southern-asia = جنوب آسيا
area-southern-europe = أوروبا الجنوبية
area-sub-saharan-africa = أفريقيا جنوب الصحراء الكبرى
area-western-africa = غرب أفريقيا
area-western-asia = غرب آسيا
area-western-europe = أوروبا الغربية
income-high-income = الدخل المرتفع
income-low-income = الدخل المنخفض
income-lower-middle-income = الشريحة الدنيا من الدخل المتوسط
income-upper-middle-income = الشريحة العليا من الدخل المتوسط

# Accounts (administrators).
nav-users = الحسابات
users-title = الحسابات
users-filter = تصفية الحسابات
users-count = { $total ->
    [zero] لا يوجد أي حساب مطابق.
    [one] حساب واحد.
    [two] حسابان.
    [few] { $total } حسابات.
    [many] { $total } حسابًا.
   *[other] { $total } حساب.
}
users-empty = لا يوجد أي حساب يطابق عامل التصفية هذا.
user-new = إنشاء حساب
user-new-title = إنشاء حساب
user-new-help = تُولَّد كلمة مرور عند الحفظ، وستظهر لك مرة واحدة فقط لتسلّمها إلى صاحب الحساب.
user-edit-title = حساب { $name }
user-password-title = كلمة مرور جديدة
user-password-for = كلمة مرور { $email } هي:
user-password-help = سلِّمها إلى صاحب الحساب عبر قناة موثوقة. فهي لا تظهر إلا هذه المرة ولا يمكن استرجاعها لاحقًا؛ ويمكن لصاحب الحساب تسجيل الدخول بها الآن.
user-reset-password = توليد كلمة مرور جديدة
user-reset-help = تتوقف كلمة المرور الحالية عن العمل فورًا.
user-history = سجل هذا الحساب
field-display-name = الاسم
field-role = الدور
field-member = العضو
field-member-none = (لا يوجد)
field-member-help = إلزامي لجهة الاتصال لدى العضو، التي لا يمكنها عندئذٍ الاطلاع إلا على بيانات الاتصال الخاصة بذلك العضو وتعديلها؛ اتركه فارغًا للأدوار الأخرى.
field-active = نشط
field-active-help = يمكن تسجيل الدخول بهذا الحساب
audit-action-user-create = إنشاء الحساب
audit-action-user-update = تعديل الحساب
audit-action-user-set-password = تغيير كلمة المرور
field-error-required-for-focal-point = يجب ربط جهة الاتصال لدى العضو بعضو.
field-error-member-not-allowed = لا تُربط بعضوٍ إلا جهات الاتصال لدى الأعضاء.
field-error-email-in-use = عنوان البريد الإلكتروني هذا مستخدم بالفعل في حساب آخر.
field-error-cannot-demote-yourself = لا يمكنك إزالة دور مدير النظام من حسابك أو إلغاء تنشيط حسابك.
field-error-invalid-role = اختر دورًا من القائمة.

column-countries = البلدان والأقاليم
region-none = لا توجد منطقة M49
