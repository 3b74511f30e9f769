## مكتبة الصور، والصورة الرئيسية للقصص والصفحات.

images-title = الصور
images-intro = ارفع الصورة مرة واحدة، ثم استخدمها صورةً رئيسية لقصة أو صفحة (بمفتاحها) أو ضعها داخل نص (انسخ السطر الظاهر بجانبها). يتلقاها القراء بالعرض الذي تحتاجه شاشاتهم؛ أما الملف المرفوع نفسه، وما يكشفه عن مكان التقاط الصورة، فلا يُنشر أبدًا.
images-open-library = افتح مكتبة الصور (في علامة تبويب جديدة)
images-field-file = الصورة المراد رفعها
images-file-help = ملف JPEG أو PNG أو WebP لا يتجاوز 10 ميغابايت و30 ميغابكسل.
images-upload = رفع
images-uploaded = أُضيفت الصورة إلى المكتبة.
images-already-there = هذه الصورة موجودة في المكتبة من قبل: استخدم الصورة المعروضة أدناه.
images-empty = لم تُرفع أي صورة بعد.
images-count = { $total ->
    [zero] لا توجد صور
    [one] صورة واحدة
    [two] صورتان
    [few] { $total } صور
    [many] { $total } صورة
   *[other] { $total } صورة
}
images-column-image = الصورة
images-column-use = طريقة الاستخدام
images-column-uploaded = تاريخ الرفع
images-key = المفتاح (الصورة الرئيسية)
images-in-body = داخل نص
images-describe = صِف الصورة
images-dimensions = { $width } × { $height } بكسل، { $kilobytes } كيلوبايت

image-problem-empty = اختر صورة لرفعها.
image-problem-too-large = يتجاوز هذا الملف { $megabytes } ميغابايت: صغّر حجمه ثم ارفعه من جديد.
image-problem-not-an-image = هذا الملف ليس صورة JPEG أو PNG أو WebP، أيًّا كان اسمه.
image-problem-too-many-pixels = أبعاد هذه الصورة { $width } × { $height } بكسل، أي أكثر من { $megapixels } ميغابكسل: صغّرها ثم ارفعها من جديد.
image-problem-too-wide = أحد أضلاع هذه الصورة أطول من { $pixels } بكسل: صغّرها ثم ارفعها من جديد.
image-problem-unreadable = تتعذّر قراءة هذه الصورة ({ $detail }). احفظها من جديد من برنامج لتحرير الصور ثم ارفع الملف الجديد.

story-field-image = الصورة الرئيسية
story-image-help = مفتاح صورة من مكتبة الصور، أو عنوانها (/media/…). اتركه فارغًا إن لم تكن هناك صورة.
story-field-image-alt = وصف الصورة الرئيسية
story-image-alt-help = ما تُظهره الصورة، للقراء الذين لا يستطيعون رؤيتها، مكتوبًا بلغة هذا النص. إلزامي عند وجود صورة رئيسية.
field-error-lead-image-alt-required = صِف الصورة الرئيسية بلغة هذا النص، للقراء الذين لا يستطيعون رؤيتها.
field-error-image-key-invalid = هذا ليس مفتاح صورة: انسخه من مكتبة الصور (32 حرفًا ورقمًا).
field-error-unknown-image = لا توجد في المكتبة صورة بهذا المفتاح: ارفعها أولًا.
