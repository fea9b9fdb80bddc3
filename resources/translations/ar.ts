<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
  <context>
    <name>AboutDialog</name>
    <message>
      <source>About Claimdesk</source>
      <translation>حول Claimdesk</translation>
    </message>
    <message>
      <source>Licence: {licence}.</source>
      <translation>الترخيص: {licence}.</translation>
    </message>
    <message>
      <source>Offline annotation for fact-checkers. Read reports side by side, tag and rate their claims, link the same claim across reports and export the result as a dataset. Everything stays in one local project file.</source>
      <translation>أداة تعليقات توضيحية تعمل دون اتصال بالإنترنت لمدققي المعلومات. اقرأ التقارير جنبًا إلى جنب، وضع الوسوم على ادعاءاتها وقيّمها، واربط الادعاء نفسه عبر التقارير، ثم صدّر النتيجة كمجموعة بيانات. يبقى كل شيء في ملف مشروع محلي واحد.</translation>
    </message>
    <message>
      <source>Third-party software</source>
      <translation>برمجيات الجهات الخارجية</translation>
    </message>
    <message>
      <source>Third-party software it runs on, and its licences:</source>
      <translation>برمجيات الجهات الخارجية التي يعمل عليها، وتراخيصها:</translation>
    </message>
  </context>
  <context>
    <name>Actions</name>
    <message>
      <source>&amp;About Claimdesk</source>
      <translation>&amp;حول Claimdesk</translation>
    </message>
    <message>
      <source>&amp;Accept and go to the next</source>
      <translation>&amp;قبول والانتقال إلى التالي</translation>
    </message>
    <message>
      <source>&amp;Add pane</source>
      <translation>إ&amp;ضافة إطار</translation>
    </message>
    <message>
      <source>&amp;Claims</source>
      <translation>&amp;ادعاءات</translation>
    </message>
    <message>
      <source>&amp;Close pane</source>
      <translation>إ&amp;غلاق الإطار</translation>
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation>&amp;تحرير</translation>
    </message>
    <message>
      <source>&amp;Edit and accept</source>
      <translation>&amp;تعديل وقبول</translation>
    </message>
    <message>
      <source>&amp;Export dataset…</source>
      <translation>تص&amp;دير مجموعة بيانات…</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>&amp;ملف</translation>
    </message>
    <message>
      <source>&amp;Find in pane…</source>
      <translation>&amp;بحث في الإطار…</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>مساع&amp;دة</translation>
    </message>
    <message>
      <source>&amp;High contrast</source>
      <translation>تباين &amp;عالٍ</translation>
    </message>
    <message>
      <source>&amp;Import articles…</source>
      <translation>ا&amp;ستيراد مقالات…</translation>
    </message>
    <message>
      <source>&amp;Keyboard shortcuts</source>
      <translation>اختصارات &amp;لوحة المفاتيح</translation>
    </message>
    <message>
      <source>&amp;Link annotation…</source>
      <translation>&amp;ربط تعليق توضيحي…</translation>
    </message>
    <message>
      <source>&amp;Merge a colleague's project…</source>
      <translation>دمج مشروع &amp;زميل…</translation>
    </message>
    <message>
      <source>&amp;New project…</source>
      <translation>مشروع &amp;جديد…</translation>
    </message>
    <message>
      <source>&amp;Next claim</source>
      <translation>الادعاء ال&amp;تالي</translation>
    </message>
    <message>
      <source>&amp;Next in the list</source>
      <translation>التا&amp;لي في القائمة</translation>
    </message>
    <message>
      <source>&amp;Next pane</source>
      <translation>الإطار ال&amp;تالي</translation>
    </message>
    <message>
      <source>&amp;Open project…</source>
      <translation>&amp;فتح مشروع…</translation>
    </message>
    <message>
      <source>&amp;Paste as new article</source>
      <translation>ل&amp;صق كمقال جديد</translation>
    </message>
    <message>
      <source>&amp;Previous claim</source>
      <translation>الادعاء ال&amp;سابق</translation>
    </message>
    <message>
      <source>&amp;Previous pane</source>
      <translation>الإطار ال&amp;سابق</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;إنهاء</translation>
    </message>
    <message>
      <source>&amp;Reject…</source>
      <translation>&amp;رفض…</translation>
    </message>
    <message>
      <source>&amp;Reset zoom</source>
      <translation>إعادة ضبط الت&amp;كبير</translation>
    </message>
    <message>
      <source>&amp;Review</source>
      <translation>م&amp;راجعة</translation>
    </message>
    <message>
      <source>&amp;Start review…</source>
      <translation>&amp;بدء المراجعة…</translation>
    </message>
    <message>
      <source>&amp;Suggested links</source>
      <translation>الروابط الم&amp;قترحة</translation>
    </message>
    <message>
      <source>&amp;Synchronised scrolling</source>
      <translation>ت&amp;مرير متزامن</translation>
    </message>
    <message>
      <source>&amp;Tag scheme and verdicts…</source>
      <translation>مخطط ال&amp;وسوم والأحكام…</translation>
    </message>
    <message>
      <source>&amp;Triage this article…</source>
      <translation>&amp;فرز هذا المقال…</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>&amp;عرض</translation>
    </message>
    <message>
      <source>A&amp;greement between annotators…</source>
      <translation>اتفاق ال&amp;معلّقين…</translation>
    </message>
    <message>
      <source>Accept it and open it in the inspector to edit</source>
      <translation>قبوله وفتحه في لوحة الخصائص لتعديله</translation>
    </message>
    <message>
      <source>Accept the colleague's annotation and go to the next unreviewed</source>
      <translation>قبول التعليق التوضيحي للزميل والانتقال إلى التالي غير المُراجَع</translation>
    </message>
    <message>
      <source>Accept the suggestion: link the two passages</source>
      <translation>قبول الاقتراح: ربط المقطعين</translation>
    </message>
    <message>
      <source>Add earlier fact-checks (ClaimReview JSON-LD, Google Fact Check Tools JSON)</source>
      <translation>إضافة تدقيقات سابقة (ClaimReview JSON-LD، Google Fact Check Tools JSON)</translation>
    </message>
    <message>
      <source>Anno&amp;tating layout</source>
      <translation>تخطيط التع&amp;ليق</translation>
    </message>
    <message>
      <source>Annotate the sentence as a checkable claim, its reasons as the note</source>
      <translation>وسم الجملة كادعاء قابل للتحقق، وأسبابها كملاحظة</translation>
    </message>
    <message>
      <source>Annotating layout: the inspector and annotations under the panes</source>
      <translation>تخطيط التعليق: لوحة الخصائص والتعليقات التوضيحية تحت الأطر</translation>
    </message>
    <message>
      <source>Article &amp;details…</source>
      <translation>تفاصيل ال&amp;مقال…</translation>
    </message>
    <message>
      <source>Blind double annotation: each annotator sees only their own work</source>
      <translation>تعليق توضيحي مزدوج معمّى: يرى كل معلّق عمله فقط</translation>
    </message>
    <message>
      <source>Change the relation or note of the link</source>
      <translation>تغيير علاقة الرابط أو ملاحظته</translation>
    </message>
    <message>
      <source>Checked &amp;before?…</source>
      <translation>&amp;هل دُقّق من قبل؟…</translation>
    </message>
    <message>
      <source>Clear the selection, or cancel a link being made</source>
      <translation>مسح التحديد، أو إلغاء رابط قيد الإنشاء</translation>
    </message>
    <message>
      <source>Close the find bar</source>
      <translation>إغلاق شريط البحث</translation>
    </message>
    <message>
      <source>Context menu: tag, link, delete</source>
      <translation>قائمة السياق: وسم، ربط، حذف</translation>
    </message>
    <message>
      <source>Cycle through the annotations under the caret</source>
      <translation>التنقل بين التعليقات التوضيحية عند المؤشر</translation>
    </message>
    <message>
      <source>De&amp;lete article…</source>
      <translation>&amp;حذف المقال…</translation>
    </message>
    <message>
      <source>Delete article…</source>
      <translation>حذف المقال…</translation>
    </message>
    <message>
      <source>Delete the annotation at the caret (undoable)</source>
      <translation>حذف التعليق التوضيحي عند المؤشر (يمكن التراجع)</translation>
    </message>
    <message>
      <source>Delete the kept bytes of removed evidence files; clears the undo history</source>
      <translation>يحذف البيانات المحفوظة لملفات الأدلة المُزالة؛ ويمحو سجل التراجع</translation>
    </message>
    <message>
      <source>Delete the link</source>
      <translation>حذف الرابط</translation>
    </message>
    <message>
      <source>Dismiss the sentence</source>
      <translation>تجاهل الجملة</translation>
    </message>
    <message>
      <source>Dismiss the suggestion</source>
      <translation>تجاهل الاقتراح</translation>
    </message>
    <message>
      <source>Earlier fact-checks matching the annotation at the caret or the selection</source>
      <translation>تدقيقات سابقة تطابق التعليق التوضيحي عند المؤشر أو التحديد</translation>
    </message>
    <message>
      <source>Edit the article's title in place (Enter keeps it)</source>
      <translation>تعديل عنوان المقال في مكانه (Enter يحفظه)</translation>
    </message>
    <message>
      <source>Edit the tag scheme and verdict scale</source>
      <translation>تعديل مخطط الوسوم وسلّم الأحكام</translation>
    </message>
    <message>
      <source>Export the project as a dataset</source>
      <translation>تصدير المشروع كمجموعة بيانات</translation>
    </message>
    <message>
      <source>Extend the selection by character, word</source>
      <translation>توسيع التحديد حرفًا حرفًا أو كلمة كلمة</translation>
    </message>
    <message>
      <source>Find in &amp;all articles…</source>
      <translation>بحث في &amp;كل المقالات…</translation>
    </message>
    <message>
      <source>Find in this article</source>
      <translation>البحث في هذا المقال</translation>
    </message>
    <message>
      <source>Go to the other end of a link of the annotation at the caret (again: back)</source>
      <translation>الانتقال إلى الطرف الآخر لرابط التعليق التوضيحي عند المؤشر (مرة أخرى: العودة)</translation>
    </message>
    <message>
      <source>High contrast: white text on black, remembered for the next start</source>
      <translation>تباين عالٍ: نص أبيض على خلفية سوداء، ويُحفظ للتشغيل التالي</translation>
    </message>
    <message>
      <source>Import &amp;annotations…</source>
      <translation>استيراد ت&amp;عليقات توضيحية…</translation>
    </message>
    <message>
      <source>Import &amp;fact-checks…</source>
      <translation>استيراد &amp;تدقيقات…</translation>
    </message>
    <message>
      <source>Import annotations (JSONL, W3C, Label Studio)</source>
      <translation>استيراد تعليقات توضيحية (JSONL، W3C، Label Studio)</translation>
    </message>
    <message>
      <source>Import article files</source>
      <translation>استيراد ملفات مقالات</translation>
    </message>
    <message>
      <source>Link the annotation at the caret (as L)</source>
      <translation>ربط التعليق التوضيحي عند المؤشر (مثل L)</translation>
    </message>
    <message>
      <source>Link the annotation at the caret to another (L in a pane; L again on the other end, or click it)</source>
      <translation>ربط التعليق التوضيحي عند المؤشر بتعليق آخر (L في إطار؛ ثم L مرة أخرى على الطرف الآخر، أو انقر عليه)</translation>
    </message>
    <message>
      <source>Link…</source>
      <translation>ربط…</translation>
    </message>
    <message>
      <source>Match this project against a newsroom's fact-check archive file too</source>
      <translation>طابِق هذا المشروع أيضًا مع ملف أرشيف التدقيقات لغرفة أخبار</translation>
    </message>
    <message>
      <source>Move focus to the next / previous pane</source>
      <translation>نقل التركيز إلى الإطار التالي / السابق</translation>
    </message>
    <message>
      <source>Move the caret</source>
      <translation>تحريك المؤشر</translation>
    </message>
    <message>
      <source>Ne&amp;w shared fact-check archive…</source>
      <translation>أر&amp;شيف تدقيقات مشترك جديد…</translation>
    </message>
    <message>
      <source>Next annotation</source>
      <translation>التعليق التوضيحي التالي</translation>
    </message>
    <message>
      <source>Next annotation in the Review list</source>
      <translation>التعليق التوضيحي التالي في قائمة المراجعة</translation>
    </message>
    <message>
      <source>Next claim, its appearances side by side</source>
      <translation>الادعاء التالي، ومواضع وروده جنبًا إلى جنب</translation>
    </message>
    <message>
      <source>Next match</source>
      <translation>المطابقة التالية</translation>
    </message>
    <message>
      <source>Only &amp;contradicted claims</source>
      <translation>الادعاءات المت&amp;ناقضة فقط</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>فتح</translation>
    </message>
    <message>
      <source>Open &amp;recent</source>
      <translation>المشاريع الأ&amp;خيرة</translation>
    </message>
    <message>
      <source>Open the annotation at the caret in the inspector</source>
      <translation>فتح التعليق التوضيحي عند المؤشر في لوحة الخصائص</translation>
    </message>
    <message>
      <source>Open the article in the active pane</source>
      <translation>فتح المقال في الإطار النشط</translation>
    </message>
    <message>
      <source>P&amp;ublish report…</source>
      <translation>نشر ت&amp;قرير…</translation>
    </message>
    <message>
      <source>Paste the clipboard as a new article</source>
      <translation>لصق محتوى الحافظة كمقال جديد</translation>
    </message>
    <message>
      <source>Pre&amp;vious in the list</source>
      <translation>ال&amp;سابق في القائمة</translation>
    </message>
    <message>
      <source>Previous annotation</source>
      <translation>التعليق التوضيحي السابق</translation>
    </message>
    <message>
      <source>Previous annotation in the Review list</source>
      <translation>التعليق التوضيحي السابق في قائمة المراجعة</translation>
    </message>
    <message>
      <source>Previous claim, its appearances side by side</source>
      <translation>الادعاء السابق، ومواضع وروده جنبًا إلى جنب</translation>
    </message>
    <message>
      <source>Previous match</source>
      <translation>المطابقة السابقة</translation>
    </message>
    <message>
      <source>Publish the claims as a fact-check page (HTML), PDF or Markdown</source>
      <translation>نشر الادعاءات كصفحة تدقيق (HTML) أو PDF أو Markdown</translation>
    </message>
    <message>
      <source>Purge removed evidence file&amp;s…</source>
      <translation>ت&amp;طهير ملفات الأدلة المُزالة…</translation>
    </message>
    <message>
      <source>Rea&amp;ding layout</source>
      <translation>تخطيط ال&amp;قراءة</translation>
    </message>
    <message>
      <source>Reading layout: the panes only; panels in the side bar</source>
      <translation>تخطيط القراءة: الأطر فقط؛ واللوحات في الشريط الجانبي</translation>
    </message>
    <message>
      <source>Redo</source>
      <translation>إعادة</translation>
    </message>
    <message>
      <source>Reject it (a comment is optional: Enter without one)</source>
      <translation>رفضه (التعليق اختياري: Enter دون تعليق)</translation>
    </message>
    <message>
      <source>Reopen c&amp;losed pane</source>
      <translation>إعادة &amp;فتح الإطار المغلق</translation>
    </message>
    <message>
      <source>Reopen the pane closed last, where it was</source>
      <translation>إعادة فتح آخر إطار مغلق، في مكانه</translation>
    </message>
    <message>
      <source>Revie&amp;wing layout</source>
      <translation>تخطيط المرا&amp;جعة</translation>
    </message>
    <message>
      <source>Reviewing layout: articles and claims beside the panes as well</source>
      <translation>تخطيط المراجعة: المقالات والادعاءات بجانب الأطر أيضًا</translation>
    </message>
    <message>
      <source>Same claim / supports / contradicts / related</source>
      <translation>الادعاء نفسه / يدعم / يناقض / ذو صلة</translation>
    </message>
    <message>
      <source>Save a &amp;copy…</source>
      <translation>حفظ &amp;نسخة…</translation>
    </message>
    <message>
      <source>Save a copy of the whole project, as it is now</source>
      <translation>حفظ نسخة من المشروع كاملًا، كما هو الآن</translation>
    </message>
    <message>
      <source>Show how the selected claim's figure moved across outlets and dates</source>
      <translation>إظهار كيف تغيّر رقم الادعاء المحدد عبر الوسائل الإعلامية والتواريخ</translation>
    </message>
    <message>
      <source>Show only &amp;my annotations</source>
      <translation>&amp;إظهار تعليقاتي فقط</translation>
    </message>
    <message>
      <source>Show only contradicted claims</source>
      <translation>إظهار الادعاءات المتناقضة فقط</translation>
    </message>
    <message>
      <source>Start a link at the annotation at the caret; L again on (or a click on) the other end</source>
      <translation>بدء رابط من التعليق التوضيحي عند المؤشر؛ ثم L مرة أخرى على الطرف الآخر (أو النقر عليه)</translation>
    </message>
    <message>
      <source>Start reviewing a colleague's annotations</source>
      <translation>بدء مراجعة التعليقات التوضيحية لزميل</translation>
    </message>
    <message>
      <source>Sto&amp;p review</source>
      <translation>إيقاف المرا&amp;جعة</translation>
    </message>
    <message>
      <source>Stor&amp;y timeline</source>
      <translation>ال&amp;خط الزمني للقصة</translation>
    </message>
    <message>
      <source>Tag the selection with the tag of that number</source>
      <translation>وسم التحديد بالوسم صاحب هذا الرقم</translation>
    </message>
    <message>
      <source>The article's sentences most worth checking, with why</source>
      <translation>جمل المقال الأجدر بالتدقيق، مع السبب</translation>
    </message>
    <message>
      <source>This list</source>
      <translation>هذه القائمة</translation>
    </message>
    <message>
      <source>Title, outlet, date and address of the article in the active pane</source>
      <translation>عنوان المقال في الإطار النشط ووسيلته الإعلامية وتاريخه وعنوانه على الويب</translation>
    </message>
    <message>
      <source>Undo</source>
      <translation>تراجع</translation>
    </message>
    <message>
      <source>Use a s&amp;hared fact-check archive…</source>
      <translation>است&amp;خدام أرشيف تدقيقات مشترك…</translation>
    </message>
    <message>
      <source>Version, licence, and the licences of the software Claimdesk runs on</source>
      <translation>الإصدار والترخيص وتراخيص البرمجيات التي يعمل عليها Claimdesk</translation>
    </message>
    <message>
      <source>Zoom &amp;in</source>
      <translation>تك&amp;بير</translation>
    </message>
    <message>
      <source>Zoom &amp;out</source>
      <translation>ت&amp;صغير</translation>
    </message>
    <message>
      <source>anywhere</source>
      <translation>في أي مكان</translation>
    </message>
    <message>
      <source>in an article pane</source>
      <translation>في إطار مقال</translation>
    </message>
    <message>
      <source>in review mode</source>
      <translation>في وضع المراجعة</translation>
    </message>
    <message>
      <source>in review mode, unless typing in a field</source>
      <translation>في وضع المراجعة، ما لم تكن تكتب في حقل</translation>
    </message>
    <message>
      <source>in the Articles list</source>
      <translation>في قائمة المقالات</translation>
    </message>
    <message>
      <source>in the Suggested links list</source>
      <translation>في قائمة الروابط المقترحة</translation>
    </message>
    <message>
      <source>in the Triage list</source>
      <translation>في قائمة الفرز</translation>
    </message>
    <message>
      <source>in the find bar</source>
      <translation>في شريط البحث</translation>
    </message>
    <message>
      <source>in the inspector's links list</source>
      <translation>في قائمة الروابط في لوحة الخصائص</translation>
    </message>
    <message>
      <source>in the link dialog</source>
      <translation>في نافذة الربط</translation>
    </message>
  </context>
  <context>
    <name>AddLink</name>
    <message>
      <source>Link as {relation}</source>
      <translation>الربط كـ{relation}</translation>
    </message>
  </context>
  <context>
    <name>AgreementChart</name>
    <message>
      <source>No figures yet</source>
      <translation>لا أرقام بعد</translation>
    </message>
    <message>
      <source>n/a</source>
      <translation>غير متاح</translation>
    </message>
  </context>
  <context>
    <name>AgreementDialog</name>
    <message>
      <source>&amp;Annotators:</source>
      <translation>ال&amp;معلّقون:</translation>
    </message>
    <message>
      <source>&amp;Compute</source>
      <translation>&amp;حساب</translation>
    </message>
    <message>
      <source>&amp;Save JSON…</source>
      <translation>ح&amp;فظ JSON…</translation>
    </message>
    <message>
      <source>Agreement between annotators</source>
      <translation>الاتفاق بين المعلّقين</translation>
    </message>
    <message>
      <source>Agreement per tag</source>
      <translation>الاتفاق لكل وسم</translation>
    </message>
    <message>
      <source>All tags (micro)</source>
      <translation>كل الوسوم (micro)</translation>
    </message>
    <message>
      <source>Annotators to compare</source>
      <translation>المعلّقون المراد مقارنتهم</translation>
    </message>
    <message>
      <source>C&amp;hart:</source>
      <translation>ال&amp;رسم البياني:</translation>
    </message>
    <message>
      <source>Cancelled.</source>
      <translation>أُلغي.</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>إغلاق</translation>
    </message>
    <message>
      <source>Cohen's κ</source>
      <translation>κ لكوهين</translation>
    </message>
    <message>
      <source>Computing agreement</source>
      <translation>حساب الاتفاق</translation>
    </message>
    <message>
      <source>Computing…</source>
      <translation>جارٍ الحساب…</translation>
    </message>
    <message>
      <source>Copied the figures as CSV.</source>
      <translation>نُسخت الأرقام بصيغة CSV.</translation>
    </message>
    <message>
      <source>Copy as CS&amp;V</source>
      <translation>&amp;نسخ بصيغة CSV</translation>
    </message>
    <message>
      <source>Could not compute agreement: {error}</source>
      <translation>تعذّر حساب الاتفاق: {error}</translation>
    </message>
    <message>
      <source>Could not save {file}: {reason}</source>
      <translation>تعذّر حفظ {file}: {reason}</translation>
    </message>
    <message>
      <source>F1 exact</source>
      <translation>F1 المطابقة التامة</translation>
    </message>
    <message>
      <source>F1 overlap</source>
      <translation>F1 التداخل</translation>
    </message>
    <message>
      <source>Krippendorff's α</source>
      <translation>α لكريبندورف</translation>
    </message>
    <message>
      <source>Press Compute to compare the ticked annotators.</source>
      <translation>اضغط «حساب» لمقارنة المعلّقين المحدَّدين.</translation>
    </message>
    <message>
      <source>Save agreement figures</source>
      <translation>حفظ أرقام الاتفاق</translation>
    </message>
    <message>
      <source>Saved {file}.</source>
      <translation>حُفظ {file}.</translation>
    </message>
    <message>
      <source>Tick at least two annotators, then Compute.</source>
      <translation>حدّد معلّقَين اثنين على الأقل، ثم «حساب».</translation>
    </message>
    <message numerus="yes">
      <source>{annotators}: %n articles annotated by all. Hover a figure for its counts.</source>
      <translation>
        <numerusform>{annotators}: المقالات التي علّق عليها الجميع: %n. مرّر المؤشر فوق رقم لرؤية أعداده.</numerusform>
        <numerusform>{annotators}: المقالات التي علّق عليها الجميع: %n. مرّر المؤشر فوق رقم لرؤية أعداده.</numerusform>
        <numerusform>{annotators}: المقالات التي علّق عليها الجميع: %n. مرّر المؤشر فوق رقم لرؤية أعداده.</numerusform>
        <numerusform>{annotators}: المقالات التي علّق عليها الجميع: %n. مرّر المؤشر فوق رقم لرؤية أعداده.</numerusform>
        <numerusform>{annotators}: المقالات التي علّق عليها الجميع: %n. مرّر المؤشر فوق رقم لرؤية أعداده.</numerusform>
        <numerusform>{annotators}: المقالات التي علّق عليها الجميع: %n. مرّر المؤشر فوق رقم لرؤية أعداده.</numerusform>
      </translation>
    </message>
    <message>
      <source>α (all)</source>
      <translation>α (الكل)</translation>
    </message>
    <message>
      <source>α, all compared</source>
      <translation>α، كل من قورنوا</translation>
    </message>
  </context>
  <context>
    <name>AnnotationTable</name>
    <message>
      <source>All annotators</source>
      <translation>كل المعلّقين</translation>
    </message>
    <message>
      <source>All tags</source>
      <translation>كل الوسوم</translation>
    </message>
    <message>
      <source>All verdicts</source>
      <translation>كل الأحكام</translation>
    </message>
    <message>
      <source>Annotations</source>
      <translation>التعليقات التوضيحية</translation>
    </message>
    <message>
      <source>Filter by text or note</source>
      <translation>التصفية حسب النص أو الملاحظة</translation>
    </message>
    <message>
      <source>Filter by text or note…</source>
      <translation>التصفية حسب النص أو الملاحظة…</translation>
    </message>
    <message>
      <source>Show annotator</source>
      <translation>إظهار المعلّق</translation>
    </message>
    <message>
      <source>Show tag</source>
      <translation>إظهار الوسم</translation>
    </message>
    <message>
      <source>Show verdict</source>
      <translation>إظهار الحكم</translation>
    </message>
  </context>
  <context>
    <name>AnnotationTableModel</name>
    <message>
      <source>Annotator</source>
      <translation>المعلّق</translation>
    </message>
    <message>
      <source>Article</source>
      <translation>المقال</translation>
    </message>
    <message>
      <source>Created</source>
      <translation>تاريخ الإنشاء</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>الملاحظة</translation>
    </message>
    <message>
      <source>Tag</source>
      <translation>الوسم</translation>
    </message>
    <message>
      <source>Text</source>
      <translation>النص</translation>
    </message>
    <message>
      <source>Verdict</source>
      <translation>الحكم</translation>
    </message>
  </context>
  <context>
    <name>Announcer</name>
    <message>
      <source>Done: {action}</source>
      <translation>تم: {action}</translation>
    </message>
    <message>
      <source>Redone: {action}</source>
      <translation>تمت الإعادة: {action}</translation>
    </message>
    <message>
      <source>Undone: {action}</source>
      <translation>تم التراجع عن: {action}</translation>
    </message>
  </context>
  <context>
    <name>ArchivePagesDialog</name>
    <message>
      <source>Captured pages to import</source>
      <translation>الصفحات الملتقطة المراد استيرادها</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>استيراد</translation>
    </message>
    <message>
      <source>Import pages from a web archive</source>
      <translation>استيراد صفحات من أرشيف ويب</translation>
    </message>
    <message numerus="yes">
      <source>{archive} holds %n captured web pages. Tick the ones to import as articles; each keeps its URL and capture time.</source>
      <translation>
        <numerusform>يضم {archive} %n صفحات ويب ملتقطة. حدّد ما تريد استيراده منها كمقالات؛ يحتفظ كلٌّ منها بعنوان URL الخاص به ووقت التقاطه.</numerusform>
        <numerusform>يضم {archive} صفحة ويب ملتقطة واحدة. حدّد ما تريد استيراده منها كمقالات؛ يحتفظ كلٌّ منها بعنوان URL الخاص به ووقت التقاطه.</numerusform>
        <numerusform>يضم {archive} صفحتَي ويب ملتقطتين. حدّد ما تريد استيراده منها كمقالات؛ يحتفظ كلٌّ منها بعنوان URL الخاص به ووقت التقاطه.</numerusform>
        <numerusform>يضم {archive} %n صفحات ويب ملتقطة. حدّد ما تريد استيراده منها كمقالات؛ يحتفظ كلٌّ منها بعنوان URL الخاص به ووقت التقاطه.</numerusform>
        <numerusform>يضم {archive} %n صفحة ويب ملتقطة. حدّد ما تريد استيراده منها كمقالات؛ يحتفظ كلٌّ منها بعنوان URL الخاص به ووقت التقاطه.</numerusform>
        <numerusform>يضم {archive} %n صفحة ويب ملتقطة. حدّد ما تريد استيراده منها كمقالات؛ يحتفظ كلٌّ منها بعنوان URL الخاص به ووقت التقاطه.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ArticleDetailsDialog</name>
    <message>
      <source> · from {source}</source>
      <translation> · من {source}</translation>
    </message>
    <message numerus="yes">
      <source>%n characters · imported {date}</source>
      <translation>
        <numerusform>%n أحرف · استُورد في {date}</numerusform>
        <numerusform>حرف واحد · استُورد في {date}</numerusform>
        <numerusform>حرفان · استُورد في {date}</numerusform>
        <numerusform>%n أحرف · استُورد في {date}</numerusform>
        <numerusform>%n حرفًا · استُورد في {date}</numerusform>
        <numerusform>%n حرف · استُورد في {date}</numerusform>
      </translation>
    </message>
    <message>
      <source>Arabic</source>
      <translation>العربية</translation>
    </message>
    <message>
      <source>Archive URL</source>
      <translation>عنوان URL في الأرشيف</translation>
    </message>
    <message>
      <source>Article details</source>
      <translation>تفاصيل المقال</translation>
    </message>
    <message>
      <source>Author</source>
      <translation>الكاتب</translation>
    </message>
    <message>
      <source>Date (YYYY-MM-DD)</source>
      <translation>التاريخ (YYYY-MM-DD)</translation>
    </message>
    <message>
      <source>Detected ({language})</source>
      <translation>مكتشَفة ({language})</translation>
    </message>
    <message>
      <source>English</source>
      <translation>الإنجليزية</translation>
    </message>
    <message>
      <source>File SHA-256</source>
      <translation>SHA-256 للملف</translation>
    </message>
    <message>
      <source>French</source>
      <translation>الفرنسية</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>اللغة</translation>
    </message>
    <message>
      <source>Original URL</source>
      <translation>عنوان URL الأصلي</translation>
    </message>
    <message>
      <source>Outlet</source>
      <translation>الوسيلة الإعلامية</translation>
    </message>
    <message>
      <source>Portuguese</source>
      <translation>البرتغالية</translation>
    </message>
    <message>
      <source>Provenance</source>
      <translation>المصدر والمنشأ</translation>
    </message>
    <message>
      <source>Retrieved or captured</source>
      <translation>تاريخ الجلب أو الالتقاط</translation>
    </message>
    <message>
      <source>Source file</source>
      <translation>الملف المصدر</translation>
    </message>
    <message>
      <source>Spanish</source>
      <translation>الإسبانية</translation>
    </message>
    <message>
      <source>The language this article's numbers, dates and claims are read in</source>
      <translation>اللغة التي تُقرأ بها أرقام هذا المقال وتواريخه وادعاءاته</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>العنوان</translation>
    </message>
    <message>
      <source>URL</source>
      <translation>عنوان URL</translation>
    </message>
  </context>
  <context>
    <name>ArticleList</name>
    <message>
      <source>Articles</source>
      <translation>المقالات</translation>
    </message>
    <message>
      <source>Filter articles</source>
      <translation>تصفية المقالات</translation>
    </message>
    <message>
      <source>Filter articles…</source>
      <translation>تصفية المقالات…</translation>
    </message>
  </context>
  <context>
    <name>ArticleListModel</name>
    <message>
      <source>Annotations</source>
      <translation>التعليقات التوضيحية</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>التاريخ</translation>
    </message>
    <message>
      <source>Outlet</source>
      <translation>الوسيلة الإعلامية</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>العنوان</translation>
    </message>
  </context>
  <context>
    <name>ArticlePane</name>
    <message>
      <source>Article shown in this pane</source>
      <translation>المقال المعروض في هذا الإطار</translation>
    </message>
    <message>
      <source>Article text</source>
      <translation>نص المقال</translation>
    </message>
    <message>
      <source>Article title</source>
      <translation>عنوان المقال</translation>
    </message>
    <message>
      <source>Choose an article above.</source>
      <translation>اختر مقالًا من الأعلى.</translation>
    </message>
    <message>
      <source>Choose the article this pane shows</source>
      <translation>اختر المقال الذي يعرضه هذا الإطار</translation>
    </message>
    <message>
      <source>Close this pane</source>
      <translation>إغلاق هذا الإطار</translation>
    </message>
    <message>
      <source>Close this pane (Ctrl+W)</source>
      <translation>إغلاق هذا الإطار (Ctrl+W)</translation>
    </message>
    <message>
      <source>Double-click (or F2 in the text) to edit the title</source>
      <translation>انقر نقرًا مزدوجًا (أو F2 في النص) لتعديل العنوان</translation>
    </message>
    <message>
      <source>No articles yet: File → Import articles… (Ctrl+I), or paste one as a new article (Ctrl+Shift+V).</source>
      <translation>لا مقالات بعد: ملف ← استيراد مقالات… (Ctrl+I)، أو الصق نصًا كمقال جديد (Ctrl+Shift+V).</translation>
    </message>
    <message>
      <source>Undo (Ctrl+Z) brings it back; or choose another article above</source>
      <translation>التراجع (Ctrl+Z) يعيده؛ أو اختر مقالًا آخر أعلاه</translation>
    </message>
    <message>
      <source>“{title}” was deleted</source>
      <translation>حُذف «{title}»</translation>
    </message>
  </context>
  <context>
    <name>ArticleView</name>
    <message>
      <source>{tag}, by {annotator}: {quote}</source>
      <translation>{tag}، بواسطة {annotator}: {quote}</translation>
    </message>
  </context>
  <context>
    <name>BackgroundTask</name>
    <message>
      <source>Cancel</source>
      <translation>إلغاء</translation>
    </message>
    <message>
      <source>Cancelling…</source>
      <translation>جارٍ الإلغاء…</translation>
    </message>
  </context>
  <context>
    <name>ChangeDecision</name>
    <message>
      <source>Keep colleague's change</source>
      <translation>الإبقاء على تغيير الزميل</translation>
    </message>
    <message>
      <source>Restore your version</source>
      <translation>استعادة نسختك</translation>
    </message>
  </context>
  <context>
    <name>CheckedBeforeDialog</name>
    <message numerus="yes">
      <source>%n earlier fact-checks match, best first (of {archive}).</source>
      <translation>
        <numerusform>عدد التدقيقات السابقة المطابقة: %n، الأفضل أولًا (من {archive}).</numerusform>
        <numerusform>عدد التدقيقات السابقة المطابقة: %n، الأفضل أولًا (من {archive}).</numerusform>
        <numerusform>عدد التدقيقات السابقة المطابقة: %n، الأفضل أولًا (من {archive}).</numerusform>
        <numerusform>عدد التدقيقات السابقة المطابقة: %n، الأفضل أولًا (من {archive}).</numerusform>
        <numerusform>عدد التدقيقات السابقة المطابقة: %n، الأفضل أولًا (من {archive}).</numerusform>
        <numerusform>عدد التدقيقات السابقة المطابقة: %n، الأفضل أولًا (من {archive}).</numerusform>
      </translation>
    </message>
    <message>
      <source>&amp;Shared fact-check archive…</source>
      <translation>أرشيف الت&amp;دقيقات المشترك…</translation>
    </message>
    <message>
      <source>Also searched: the shared archive {file}</source>
      <translation>شمل البحث أيضًا: الأرشيف المشترك {file}</translation>
    </message>
    <message>
      <source>Checked before?</source>
      <translation>هل دُقّق من قبل؟</translation>
    </message>
    <message>
      <source>Earlier fact-checks</source>
      <translation>تدقيقات سابقة</translation>
    </message>
    <message>
      <source>No earlier fact-check among {archive} matches.</source>
      <translation>لا يطابقه أي تدقيق سابق من {archive}.</translation>
    </message>
    <message>
      <source>No shared archive: only this project's</source>
      <translation>لا أرشيف مشترك: أرشيف هذا المشروع فقط</translation>
    </message>
    <message>
      <source>The archive is empty: File → Import fact-checks… adds earlier fact-checks.</source>
      <translation>الأرشيف فارغ: ملف → استيراد تدقيقات… يضيف تدقيقات سابقة.</translation>
    </message>
  </context>
  <context>
    <name>CheckedBeforeList</name>
    <message>
      <source>Checked before</source>
      <translation>دُقّق من قبل</translation>
    </message>
    <message numerus="yes">
      <source>Checked before? %n earlier fact-checks match</source>
      <translation>
        <numerusform>هل دُقّق من قبل؟ %n تدقيقات سابقة مطابقة</numerusform>
        <numerusform>هل دُقّق من قبل؟ تدقيق سابق واحد مطابق</numerusform>
        <numerusform>هل دُقّق من قبل؟ تدقيقان سابقان مطابقان</numerusform>
        <numerusform>هل دُقّق من قبل؟ %n تدقيقات سابقة مطابقة</numerusform>
        <numerusform>هل دُقّق من قبل؟ %n تدقيقًا سابقًا مطابقًا</numerusform>
        <numerusform>هل دُقّق من قبل؟ %n تدقيق سابق مطابق</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>CheckedBeforeNote</name>
    <message numerus="yes">
      <source>%n more…</source>
      <translation>
        <numerusform>%n أخرى…</numerusform>
        <numerusform>واحد آخر…</numerusform>
        <numerusform>اثنان آخران…</numerusform>
        <numerusform>%n أخرى…</numerusform>
        <numerusform>%n أخرى…</numerusform>
        <numerusform>%n أخرى…</numerusform>
      </translation>
    </message>
    <message>
      <source>Checked before: {best}</source>
      <translation>دُقّق من قبل: {best}</translation>
    </message>
    <message>
      <source>Why…</source>
      <translation>لماذا…</translation>
    </message>
  </context>
  <context>
    <name>ClaimClaimantField</name>
    <message>
      <source>Claim said by</source>
      <translation>قائل الادعاء</translation>
    </message>
    <message>
      <source>From its appearances: {name}</source>
      <translation>من مواضع وروده: {name}</translation>
    </message>
    <message>
      <source>Person or organisation</source>
      <translation>شخص أو مؤسسة</translation>
    </message>
    <message>
      <source>Who made the claim, over whom its appearances name; blank: they decide</source>
      <translation>من أطلق الادعاء، ويُقدَّم على من تسمّيه مواضع وروده؛ إن بقي فارغًا تحدّده مواضع الورود</translation>
    </message>
    <message>
      <source>Who made the claim?</source>
      <translation>من أطلق الادعاء؟</translation>
    </message>
  </context>
  <context>
    <name>ClaimEditor</name>
    <message>
      <source>&amp;Sources</source>
      <translation>ال&amp;مصادر</translation>
    </message>
    <message>
      <source>&amp;Wording</source>
      <translation>ال&amp;صياغة</translation>
    </message>
    <message>
      <source>Change claim evidence</source>
      <translation>تغيير أدلة الادعاء</translation>
    </message>
    <message>
      <source>Change claim explanation</source>
      <translation>تغيير شرح الادعاء</translation>
    </message>
    <message>
      <source>Change claim rating</source>
      <translation>تغيير تقييم الادعاء</translation>
    </message>
    <message>
      <source>Change claim wording</source>
      <translation>تغيير صياغة الادعاء</translation>
    </message>
    <message>
      <source>E&amp;xplanation</source>
      <translation>ال&amp;شرح</translation>
    </message>
    <message>
      <source>Evidence: one URL per line</source>
      <translation>الأدلة: عنوان URL واحد في كل سطر</translation>
    </message>
    <message>
      <source>Ratin&amp;g</source>
      <translation>ال&amp;تقييم</translation>
    </message>
    <message>
      <source>Remove claim</source>
      <translation>إزالة الادعاء</translation>
    </message>
    <message>
      <source>Said &amp;by</source>
      <translation>&amp;قاله</translation>
    </message>
    <message>
      <source>The appearances and their links stay; undo brings it back</source>
      <translation>تبقى مواضع الورود وروابطها؛ والتراجع يعيده</translation>
    </message>
    <message>
      <source>The claim in your own words</source>
      <translation>الادعاء بكلماتك</translation>
    </message>
    <message>
      <source>Why this rating: what the evidence shows</source>
      <translation>سبب هذا التقييم: ما تُظهره الأدلة</translation>
    </message>
    <message>
      <source>— not rated —</source>
      <translation>— غير مُقيَّم —</translation>
    </message>
  </context>
  <context>
    <name>ClaimantField</name>
    <message>
      <source>Claimant list</source>
      <translation>قائمة القائلين</translation>
    </message>
    <message>
      <source>New name for “{name}”, wherever it is named:</source>
      <translation>اسم جديد لـ«{name}»، أينما ورد:</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>منظمة</translation>
    </message>
    <message>
      <source>Person</source>
      <translation>شخص</translation>
    </message>
    <message>
      <source>Person or organisation</source>
      <translation>شخص أو منظمة</translation>
    </message>
    <message>
      <source>Remove from the list</source>
      <translation>إزالة من القائمة</translation>
    </message>
    <message>
      <source>Rename claimant</source>
      <translation>إعادة تسمية القائل</translation>
    </message>
    <message>
      <source>Rename or remove this claimant</source>
      <translation>إعادة تسمية هذا القائل أو إزالته</translation>
    </message>
    <message>
      <source>Rename…</source>
      <translation>إعادة تسمية…</translation>
    </message>
    <message>
      <source>Said by</source>
      <translation>القائل</translation>
    </message>
    <message>
      <source>Suggested: {name}</source>
      <translation>مقترح: {name}</translation>
    </message>
    <message>
      <source>Use “{name}”</source>
      <translation>استخدام «{name}»</translation>
    </message>
    <message>
      <source>Who made the claim here (not the outlet that reported it)</source>
      <translation>من أطلق الادعاء هنا (لا الوسيلة الإعلامية التي نقلته)</translation>
    </message>
    <message>
      <source>Who made the claim?</source>
      <translation>من أطلق الادعاء؟</translation>
    </message>
  </context>
  <context>
    <name>ClaimsPanel</name>
    <message numerus="yes">
      <source>%n appearances</source>
      <translation>
        <numerusform>%n مواضع</numerusform>
        <numerusform>موضع واحد</numerusform>
        <numerusform>موضعان</numerusform>
        <numerusform>%n مواضع</numerusform>
        <numerusform>%n موضعًا</numerusform>
        <numerusform>%n موضع</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n claims · {contradicted} contradicted</source>
      <translation>
        <numerusform>%n ادعاءات · {contradicted} متناقضة</numerusform>
        <numerusform>ادعاء واحد · {contradicted} متناقضة</numerusform>
        <numerusform>ادعاءان · {contradicted} متناقضة</numerusform>
        <numerusform>%n ادعاءات · {contradicted} متناقضة</numerusform>
        <numerusform>%n ادعاءً · {contradicted} متناقضة</numerusform>
        <numerusform>%n ادعاء · {contradicted} متناقضة</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n contradicted claims</source>
      <translation>
        <numerusform>%n ادعاءات متناقضة</numerusform>
        <numerusform>ادعاء متناقض واحد</numerusform>
        <numerusform>ادعاءان متناقضان</numerusform>
        <numerusform>%n ادعاءات متناقضة</numerusform>
        <numerusform>%n ادعاءً متناقضًا</numerusform>
        <numerusform>%n ادعاء متناقض</numerusform>
      </translation>
    </message>
    <message>
      <source>(no wording yet)</source>
      <translation>(لا صياغة بعد)</translation>
    </message>
    <message>
      <source>Before</source>
      <translation>سابقًا</translation>
    </message>
    <message numerus="yes">
      <source>Checked before: %n earlier fact-checks match</source>
      <translation>
        <numerusform>دُقّق من قبل: %n تدقيقات سابقة مطابقة</numerusform>
        <numerusform>دُقّق من قبل: تدقيق سابق واحد مطابق</numerusform>
        <numerusform>دُقّق من قبل: تدقيقان سابقان مطابقان</numerusform>
        <numerusform>دُقّق من قبل: %n تدقيقات سابقة مطابقة</numerusform>
        <numerusform>دُقّق من قبل: %n تدقيقًا سابقًا مطابقًا</numerusform>
        <numerusform>دُقّق من قبل: %n تدقيق سابق مطابق</numerusform>
      </translation>
    </message>
    <message>
      <source>Checked before: earlier fact-checks that match the claim</source>
      <translation>دُقّق من قبل: تدقيقات سابقة تطابق الادعاء</translation>
    </message>
    <message>
      <source>Claim</source>
      <translation>الادعاء</translation>
    </message>
    <message>
      <source>Claims</source>
      <translation>الادعاءات</translation>
    </message>
    <message>
      <source>Enter shows the claim's appearances side by side</source>
      <translation>Enter يعرض مواضع ورود الادعاء جنبًا إلى جنب</translation>
    </message>
    <message>
      <source>Evidence files</source>
      <translation>ملفات الأدلة</translation>
    </message>
    <message>
      <source>Filter claims</source>
      <translation>تصفية الادعاءات</translation>
    </message>
    <message>
      <source>Filter claims…</source>
      <translation>تصفية الادعاءات…</translation>
    </message>
    <message>
      <source>No claims yet. Link two annotations as “same claim” (L, then L, then 1).</source>
      <translation>لا ادعاءات بعد. اربط تعليقين توضيحيين بعلاقة “الادعاء نفسه” (L، ثم L، ثم 1).</translation>
    </message>
    <message>
      <source>Only contradicted</source>
      <translation>المتناقضة فقط</translation>
    </message>
    <message>
      <source>Only contradicted claims (Ctrl+Shift+K)</source>
      <translation>الادعاءات المتناقضة فقط (Ctrl+Shift+K)</translation>
    </message>
    <message>
      <source>Rating</source>
      <translation>التقييم</translation>
    </message>
    <message>
      <source>Seen</source>
      <translation>المواضع</translation>
    </message>
  </context>
  <context>
    <name>ClosedPanes</name>
    <message>
      <source>No closed pane to reopen</source>
      <translation>لا يوجد إطار مغلق لإعادة فتحه</translation>
    </message>
  </context>
  <context>
    <name>CreateAnnotation</name>
    <message>
      <source>Tag as {tag}</source>
      <translation>الوسم بـ{tag}</translation>
    </message>
    <message>
      <source>tag</source>
      <translation>وسم</translation>
    </message>
  </context>
  <context>
    <name>DeleteAnnotation</name>
    <message>
      <source>Delete annotation</source>
      <translation>حذف التعليق التوضيحي</translation>
    </message>
  </context>
  <context>
    <name>DeleteArticle</name>
    <message>
      <source>Delete article “{title}”</source>
      <translation>حذف المقال «{title}»</translation>
    </message>
  </context>
  <context>
    <name>DeleteLink</name>
    <message>
      <source>Delete link</source>
      <translation>حذف الرابط</translation>
    </message>
  </context>
  <context>
    <name>EditLink</name>
    <message>
      <source>Change link note</source>
      <translation>تغيير ملاحظة الرابط</translation>
    </message>
    <message>
      <source>Change relation</source>
      <translation>تغيير العلاقة</translation>
    </message>
  </context>
  <context>
    <name>EvidenceFiles</name>
    <message>
      <source>Add evidence URL</source>
      <translation>إضافة عنوان URL كدليل</translation>
    </message>
    <message>
      <source>Attach a file as evidence</source>
      <translation>إرفاق ملف كدليل</translation>
    </message>
    <message>
      <source>Attach {name}</source>
      <translation>إرفاق {name}</translation>
    </message>
    <message>
      <source>Attach…</source>
      <translation>إرفاق…</translation>
    </message>
    <message>
      <source>Drop files here to attach them, or a web address</source>
      <translation>أفلت الملفات هنا لإرفاقها، أو عنوان ويب</translation>
    </message>
    <message>
      <source>Evidence files</source>
      <translation>ملفات الأدلة</translation>
    </message>
    <message>
      <source>Keep a file inside the project (at most {limit})</source>
      <translation>الاحتفاظ بملف داخل المشروع (بحد أقصى {limit})</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>فتح</translation>
    </message>
    <message>
      <source>Reading evidence files</source>
      <translation>قراءة ملفات الأدلة</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>إزالة</translation>
    </message>
    <message>
      <source>Remove {name}</source>
      <translation>إزالة {name}</translation>
    </message>
    <message>
      <source>{name} · {size} kB</source>
      <translation>{name} · {size} كيلوبايت</translation>
    </message>
    <message>
      <source>{type}, added by {who} at {time} UTC</source>
      <translation>{type}، أضافه {who} في {time} UTC</translation>
    </message>
  </context>
  <context>
    <name>ExactOption</name>
    <message>
      <source>Exact</source>
      <translation>مطابق</translation>
    </message>
    <message>
      <source>Match case and accents exactly (off: “Rodriguez” finds “Rodríguez”)</source>
      <translation>مطابقة حالة الأحرف والعلامات تمامًا (عند الإيقاف: “Rodriguez” يجد “Rodríguez”)</translation>
    </message>
  </context>
  <context>
    <name>ExportDialog</name>
    <message>
      <source>A SQLite copy is always the whole project</source>
      <translation>نسخة SQLite تشمل المشروع كاملًا دائمًا</translation>
    </message>
    <message>
      <source>All files (*)</source>
      <translation>كل الملفات (*)</translation>
    </message>
    <message>
      <source>Annotators</source>
      <translation>المعلّقون</translation>
    </message>
    <message>
      <source>Articles</source>
      <translation>المقالات</translation>
    </message>
    <message>
      <source>Choose…</source>
      <translation>اختيار…</translation>
    </message>
    <message>
      <source>Export</source>
      <translation>تصدير</translation>
    </message>
    <message>
      <source>Export dataset</source>
      <translation>تصدير مجموعة بيانات</translation>
    </message>
    <message>
      <source>Fact-checking organization (author)</source>
      <translation>مؤسسة التدقيق (الكاتب)</translation>
    </message>
    <message>
      <source>Format:</source>
      <translation>الصيغة:</translation>
    </message>
    <message>
      <source>Offsets:</source>
      <translation>الإزاحات:</translation>
    </message>
    <message>
      <source>Only these (nothing ticked: everything)</source>
      <translation>هذه فقط (إن لم يُحدَّد شيء: الكل)</translation>
    </message>
    <message>
      <source>Publisher:</source>
      <translation>الناشر:</translation>
    </message>
    <message>
      <source>Review URL base:</source>
      <translation>أساس عنوان URL للمراجعة:</translation>
    </message>
    <message>
      <source>Save to</source>
      <translation>الحفظ في</translation>
    </message>
    <message>
      <source>Save to:</source>
      <translation>الحفظ في:</translation>
    </message>
    <message>
      <source>Tags</source>
      <translation>الوسوم</translation>
    </message>
    <message>
      <source>This format counts code points, as its tools do.</source>
      <translation>تَعُدّ هذه الصيغة نقاط الترميز (code points)، كما تفعل أدواتها.</translation>
    </message>
    <message>
      <source>Write reviews without a URL (Google requires one)</source>
      <translation>كتابة المراجعات دون عنوان URL (تشترطه Google)</translation>
    </message>
    <message>
      <source>https://example.org/fact-checks/ (claim id is added)</source>
      <translation>https://example.org/fact-checks/ (يُضاف معرّف الادعاء)</translation>
    </message>
  </context>
  <context>
    <name>FactCheckDestination</name>
    <message>
      <source>&amp;Choose…</source>
      <translation>ا&amp;ختيار…</translation>
    </message>
    <message>
      <source>&amp;Import</source>
      <translation>ا&amp;ستيراد</translation>
    </message>
    <message>
      <source>&amp;Match this project against it too</source>
      <translation>م&amp;طابقة هذا المشروع معه أيضًا</translation>
    </message>
    <message>
      <source>&amp;New…</source>
      <translation>&amp;جديد…</translation>
    </message>
    <message>
      <source>(none chosen yet: Choose… or New…)</source>
      <translation>(لم يُختر شيء بعد: اختيار… أو جديد…)</translation>
    </message>
    <message>
      <source>A s&amp;hared archive file:</source>
      <translation>ملف أرشيف م&amp;شترك:</translation>
    </message>
    <message numerus="yes">
      <source>Add the fact-checks of %n files to:</source>
      <translation>
        <numerusform>إضافة تدقيقات %n ملفات إلى:</numerusform>
        <numerusform>إضافة تدقيقات ملف واحد إلى:</numerusform>
        <numerusform>إضافة تدقيقات ملفين إلى:</numerusform>
        <numerusform>إضافة تدقيقات %n ملفات إلى:</numerusform>
        <numerusform>إضافة تدقيقات %n ملفًا إلى:</numerusform>
        <numerusform>إضافة تدقيقات %n ملف إلى:</numerusform>
      </translation>
    </message>
    <message>
      <source>Import fact-checks</source>
      <translation>استيراد تدقيقات</translation>
    </message>
    <message>
      <source>Make a new, empty shared archive file</source>
      <translation>إنشاء ملف أرشيف مشترك جديد وفارغ</translation>
    </message>
    <message>
      <source>New shared fact-check archive</source>
      <translation>أرشيف تدقيقات مشترك جديد</translation>
    </message>
    <message>
      <source>Shared fact-check archive</source>
      <translation>أرشيف التدقيقات المشترك</translation>
    </message>
    <message>
      <source>This &amp;project's archive</source>
      <translation>أرشيف هذا ال&amp;مشروع</translation>
    </message>
  </context>
  <context>
    <name>FiguresNote</name>
    <message>
      <source>Figures judged consistent by {who}: {reason}</source>
      <translation>رأى {who} أن الأرقام متسقة: {reason}</translation>
    </message>
    <message>
      <source>Judge figures consistent</source>
      <translation>الحكم باتساق الأرقام</translation>
    </message>
    <message>
      <source>Not a contradiction</source>
      <translation>ليس تناقضًا</translation>
    </message>
    <message>
      <source>Not a contradiction…</source>
      <translation>ليس تناقضًا…</translation>
    </message>
    <message>
      <source>Show the “figures differ” warning again (undoable)</source>
      <translation>إظهار تحذير “الأرقام مختلفة” مجددًا (يمكن التراجع)</translation>
    </message>
    <message>
      <source>The figures only look different: say why, and the claim is no longer counted as contradicted for them (undoable)</source>
      <translation>الأرقام تبدو مختلفة فقط: اذكر السبب، فلا يُعدّ الادعاء متناقضًا بسببها (يمكن التراجع)</translation>
    </message>
    <message>
      <source>Warn again</source>
      <translation>التحذير مجددًا</translation>
    </message>
    <message>
      <source>Warn again about figures</source>
      <translation>التحذير مجددًا بشأن الأرقام</translation>
    </message>
    <message>
      <source>Why do these figures not contradict each other?</source>
      <translation>لماذا لا تتناقض هذه الأرقام فيما بينها؟</translation>
    </message>
  </context>
  <context>
    <name>FindBar</name>
    <message>
      <source>Close (Esc)</source>
      <translation>إغلاق (Esc)</translation>
    </message>
    <message>
      <source>Close the find bar</source>
      <translation>إغلاق شريط البحث</translation>
    </message>
    <message>
      <source>Find in this article</source>
      <translation>البحث في هذا المقال</translation>
    </message>
    <message>
      <source>Next match</source>
      <translation>المطابقة التالية</translation>
    </message>
    <message>
      <source>Next match (F3, Enter)</source>
      <translation>المطابقة التالية (F3، Enter)</translation>
    </message>
    <message>
      <source>No matches</source>
      <translation>لا مطابقات</translation>
    </message>
    <message>
      <source>Previous match</source>
      <translation>المطابقة السابقة</translation>
    </message>
    <message>
      <source>Previous match (Shift+F3)</source>
      <translation>المطابقة السابقة (Shift+F3)</translation>
    </message>
    <message>
      <source>{number} of {count}</source>
      <translation>{number} من {count}</translation>
    </message>
  </context>
  <context>
    <name>ImportOptionsDialog</name>
    <message>
      <source>Annotations the file gives no tag (Hypothesis notes without tags) get this tag; if the scheme lacks it, the import asks before adding it</source>
      <translation>التعليقات التوضيحية التي لا يمنحها الملف وسمًا (ملاحظات Hypothesis دون وسوم) تأخذ هذا الوسم؛ وإن لم يكن في المخطط، يسأل الاستيراد قبل إضافته</translation>
    </message>
    <message>
      <source>File:</source>
      <translation>الملف:</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>استيراد</translation>
    </message>
    <message>
      <source>Import annotations</source>
      <translation>استيراد تعليقات توضيحية</translation>
    </message>
    <message>
      <source>Offsets count:</source>
      <translation>طريقة عدّ الإزاحات:</translation>
    </message>
    <message>
      <source>Tag for untagged spans:</source>
      <translation>وسم المقاطع غير الموسومة:</translation>
    </message>
    <message>
      <source>Text field:</source>
      <translation>حقل النص:</translation>
    </message>
    <message>
      <source>found by itself (name it if the import asks)</source>
      <translation>يُكتشف تلقائيًا (سمِّه إن سأل الاستيراد)</translation>
    </message>
  </context>
  <context>
    <name>Inspector</name>
    <message>
      <source>&amp;Links</source>
      <translation>ال&amp;روابط</translation>
    </message>
    <message>
      <source>&amp;Note</source>
      <translation>ال&amp;ملاحظة</translation>
    </message>
    <message>
      <source>&amp;Tag</source>
      <translation>ال&amp;وسم</translation>
    </message>
    <message>
      <source>C&amp;onfidence</source>
      <translation>ال&amp;ثقة</translation>
    </message>
    <message>
      <source>Evi&amp;dence</source>
      <translation>الأ&amp;دلة</translation>
    </message>
    <message>
      <source>Evidence files</source>
      <translation>ملفات الأدلة</translation>
    </message>
    <message>
      <source>No annotation selected.

Put the caret in a highlight, or press Enter on one.</source>
      <translation>لم يُحدَّد أي تعليق توضيحي.

ضع المؤشر في نص مظلَّل، أو اضغط Enter على أحدها.</translation>
    </message>
    <message>
      <source>One URL per line</source>
      <translation>عنوان URL واحد في كل سطر</translation>
    </message>
    <message>
      <source>Said b&amp;y</source>
      <translation>ال&amp;قائل</translation>
    </message>
    <message>
      <source>Verd&amp;ict</source>
      <translation>ال&amp;حكم</translation>
    </message>
    <message>
      <source>Why this matters, what to check…</source>
      <translation>لماذا يهم هذا، وما الذي يجب التحقق منه…</translation>
    </message>
    <message>
      <source>not set</source>
      <translation>غير محدد</translation>
    </message>
    <message>
      <source>{time} UTC</source>
      <translation>{time} UTC</translation>
    </message>
    <message>
      <source>— no verdict —</source>
      <translation>— بلا حكم —</translation>
    </message>
  </context>
  <context>
    <name>LinkFlow</name>
    <message>
      <source>Choose another annotation to link to, or Esc to cancel</source>
      <translation>اختر تعليقًا توضيحيًا آخر لربطه، أو Esc للإلغاء</translation>
    </message>
    <message>
      <source>Linking from {annotation} — put the caret on the other annotation and press L, or click it.  Esc cancels.</source>
      <translation>الربط من {annotation} — ضع المؤشر على التعليق التوضيحي الآخر واضغط L، أو انقر عليه.  Esc للإلغاء.</translation>
    </message>
    <message>
      <source>Put the caret in a highlight, then press L to link it</source>
      <translation>ضع المؤشر في نص مظلَّل، ثم اضغط L لربطه</translation>
    </message>
  </context>
  <context>
    <name>LinkGutter</name>
    <message>
      <source>{relation} — click to select</source>
      <translation>{relation} — انقر للتحديد</translation>
    </message>
  </context>
  <context>
    <name>LinkJumps</name>
    <message>
      <source>Followed its link ({relation}); O again goes on</source>
      <translation>اتُّبع رابطه ({relation})؛ اضغط O مجددًا للمتابعة</translation>
    </message>
    <message numerus="yes">
      <source>Followed link {number} of %n ({relation}); O again goes on</source>
      <translation>
        <numerusform>اتُّبع الرابط {number} من %n ({relation})؛ اضغط O مجددًا للمتابعة</numerusform>
        <numerusform>اتُّبع الرابط {number} من %n ({relation})؛ اضغط O مجددًا للمتابعة</numerusform>
        <numerusform>اتُّبع الرابط {number} من %n ({relation})؛ اضغط O مجددًا للمتابعة</numerusform>
        <numerusform>اتُّبع الرابط {number} من %n ({relation})؛ اضغط O مجددًا للمتابعة</numerusform>
        <numerusform>اتُّبع الرابط {number} من %n ({relation})؛ اضغط O مجددًا للمتابعة</numerusform>
        <numerusform>اتُّبع الرابط {number} من %n ({relation})؛ اضغط O مجددًا للمتابعة</numerusform>
      </translation>
    </message>
    <message>
      <source>Put the caret in a highlight, then press O to follow a link</source>
      <translation>ضع المؤشر في نص مظلَّل، ثم اضغط O لاتباع رابط</translation>
    </message>
    <message>
      <source>This annotation has no links (L links it)</source>
      <translation>لا روابط لهذا التعليق التوضيحي (L يربطه)</translation>
    </message>
  </context>
  <context>
    <name>LinkList</name>
    <message>
      <source>Change link</source>
      <translation>تغيير الرابط</translation>
    </message>
    <message>
      <source>Change relation or note…</source>
      <translation>تغيير العلاقة أو الملاحظة…</translation>
    </message>
    <message>
      <source>Delete link</source>
      <translation>حذف الرابط</translation>
    </message>
    <message>
      <source>Enter: go to the other end · F2: change relation · Delete: remove link</source>
      <translation>Enter: الانتقال إلى الطرف الآخر · F2: تغيير العلاقة · Delete: إزالة الرابط</translation>
    </message>
    <message>
      <source>Go to the other end</source>
      <translation>الانتقال إلى الطرف الآخر</translation>
    </message>
    <message>
      <source>No links (press L in a pane to link)</source>
      <translation>لا روابط (اضغط L في إطار للربط)</translation>
    </message>
    <message>
      <source>{relation}, by {annotator}</source>
      <translation>{relation}، بواسطة {annotator}</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message numerus="yes">
      <source>%n annotations</source>
      <translation>
        <numerusform>%n تعليقات توضيحية</numerusform>
        <numerusform>تعليق توضيحي واحد</numerusform>
        <numerusform>تعليقان توضيحيان</numerusform>
        <numerusform>%n تعليقات توضيحية</numerusform>
        <numerusform>%n تعليقًا توضيحيًا</numerusform>
        <numerusform>%n تعليق توضيحي</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n articles</source>
      <translation>
        <numerusform>%n مقالات</numerusform>
        <numerusform>مقال واحد</numerusform>
        <numerusform>مقالان</numerusform>
        <numerusform>%n مقالات</numerusform>
        <numerusform>%n مقالًا</numerusform>
        <numerusform>%n مقال</numerusform>
      </translation>
    </message>
    <message>
      <source>All changes saved</source>
      <translation>حُفظت كل التغييرات</translation>
    </message>
    <message>
      <source>All changes saved · {time}</source>
      <translation>حُفظت كل التغييرات · {time}</translation>
    </message>
    <message>
      <source>Annotator: {name}</source>
      <translation>المعلّق: {name}</translation>
    </message>
    <message>
      <source>Cannot open project</source>
      <translation>تعذّر فتح المشروع</translation>
    </message>
    <message>
      <source>No project is open.

File → New project… (Ctrl+N) or Open project… (Ctrl+O)</source>
      <translation>لا يوجد مشروع مفتوح.

ملف → مشروع جديد… (Ctrl+N) أو فتح مشروع… (Ctrl+O)</translation>
    </message>
    <message>
      <source>Opening {project}…</source>
      <translation>جارٍ فتح {project}…</translation>
    </message>
    <message>
      <source>The file was changed by another window or program; everything reloaded</source>
      <translation>غيّرت نافذة أو برنامج آخر الملف؛ أُعيد تحميل كل شيء</translation>
    </message>
    <message>
      <source>{articles} · {annotations}</source>
      <translation>{articles} · {annotations}</translation>
    </message>
    <message>
      <source>{project} — {app}</source>
      <translation>{project} — {app}</translation>
    </message>
  </context>
  <context>
    <name>Messages</name>
    <message numerus="yes">
      <source>%n annotations</source>
      <translation>
        <numerusform>%n تعليقات توضيحية</numerusform>
        <numerusform>تعليق توضيحي واحد</numerusform>
        <numerusform>تعليقان توضيحيان</numerusform>
        <numerusform>%n تعليقات توضيحية</numerusform>
        <numerusform>%n تعليقًا توضيحيًا</numerusform>
        <numerusform>%n تعليق توضيحي</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n annotations had no tag; imported under “{tag}”</source>
      <translation>
        <numerusform>%n تعليقات توضيحية بلا وسم؛ استُوردت تحت «{tag}»</numerusform>
        <numerusform>تعليق توضيحي واحد بلا وسم؛ استُورد تحت «{tag}»</numerusform>
        <numerusform>تعليقان توضيحيان بلا وسم؛ استُوردا تحت «{tag}»</numerusform>
        <numerusform>%n تعليقات توضيحية بلا وسم؛ استُوردت تحت «{tag}»</numerusform>
        <numerusform>%n تعليقًا توضيحيًا بلا وسم؛ استُوردت تحت «{tag}»</numerusform>
        <numerusform>%n تعليق توضيحي بلا وسم؛ استُوردت تحت «{tag}»</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n articles</source>
      <translation>
        <numerusform>%n مقالات</numerusform>
        <numerusform>مقال واحد</numerusform>
        <numerusform>مقالان</numerusform>
        <numerusform>%n مقالات</numerusform>
        <numerusform>%n مقالًا</numerusform>
        <numerusform>%n مقال</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n claims</source>
      <translation>
        <numerusform>%n ادعاءات</numerusform>
        <numerusform>ادعاء واحد</numerusform>
        <numerusform>ادعاءان</numerusform>
        <numerusform>%n ادعاءات</numerusform>
        <numerusform>%n ادعاءً</numerusform>
        <numerusform>%n ادعاء</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n claims are not in W3C; use JSONL</source>
      <translation>
        <numerusform>%n ادعاءات ليست في W3C؛ استخدم JSONL</numerusform>
        <numerusform>ادعاء واحد ليس في W3C؛ استخدم JSONL</numerusform>
        <numerusform>ادعاءان ليسا في W3C؛ استخدم JSONL</numerusform>
        <numerusform>%n ادعاءات ليست في W3C؛ استخدم JSONL</numerusform>
        <numerusform>%n ادعاءً ليست في W3C؛ استخدم JSONL</numerusform>
        <numerusform>%n ادعاء ليست في W3C؛ استخدم JSONL</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n claims have no rating yet; left out of ClaimReview</source>
      <translation>
        <numerusform>%n ادعاءات بلا تقييم بعد؛ استُبعدت من ClaimReview</numerusform>
        <numerusform>ادعاء واحد بلا تقييم بعد؛ استُبعد من ClaimReview</numerusform>
        <numerusform>ادعاءان بلا تقييم بعد؛ استُبعدا من ClaimReview</numerusform>
        <numerusform>%n ادعاءات بلا تقييم بعد؛ استُبعدت من ClaimReview</numerusform>
        <numerusform>%n ادعاءً بلا تقييم بعد؛ استُبعدت من ClaimReview</numerusform>
        <numerusform>%n ادعاء بلا تقييم بعد؛ استُبعدت من ClaimReview</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n claims not yet rated: published without ClaimReview</source>
      <translation>
        <numerusform>%n ادعاءات لم تُقيَّم بعد: نُشرت دون ClaimReview</numerusform>
        <numerusform>ادعاء واحد لم يُقيَّم بعد: نُشر دون ClaimReview</numerusform>
        <numerusform>ادعاءان لم يُقيَّما بعد: نُشرا دون ClaimReview</numerusform>
        <numerusform>%n ادعاءات لم تُقيَّم بعد: نُشرت دون ClaimReview</numerusform>
        <numerusform>%n ادعاءً لم تُقيَّم بعد: نُشرت دون ClaimReview</numerusform>
        <numerusform>%n ادعاء لم تُقيَّم بعد: نُشرت دون ClaimReview</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n confidence values have no W3C property; left out</source>
      <translation>
        <numerusform>%n قيم ثقة لا خاصية لها في W3C؛ استُبعدت</numerusform>
        <numerusform>قيمة ثقة واحدة لا خاصية لها في W3C؛ استُبعدت</numerusform>
        <numerusform>قيمتا ثقة لا خاصية لهما في W3C؛ استُبعدتا</numerusform>
        <numerusform>%n قيم ثقة لا خاصية لها في W3C؛ استُبعدت</numerusform>
        <numerusform>%n قيمة ثقة لا خاصية لها في W3C؛ استُبعدت</numerusform>
        <numerusform>%n قيمة ثقة لا خاصية لها في W3C؛ استُبعدت</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n links</source>
      <translation>
        <numerusform>%n روابط</numerusform>
        <numerusform>رابط واحد</numerusform>
        <numerusform>رابطان</numerusform>
        <numerusform>%n روابط</numerusform>
        <numerusform>%n رابطًا</numerusform>
        <numerusform>%n رابط</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n links join different annotators or articles, which Label Studio relations cannot; left out</source>
      <translation>
        <numerusform>%n روابط تصل بين معلّقين أو مقالات مختلفة، وهو ما لا تتيحه علاقات Label Studio؛ استُبعدت</numerusform>
        <numerusform>رابط واحد يصل بين معلّقين أو مقالات مختلفة، وهو ما لا تتيحه علاقات Label Studio؛ استُبعد</numerusform>
        <numerusform>رابطان يصلان بين معلّقين أو مقالات مختلفة، وهو ما لا تتيحه علاقات Label Studio؛ استُبعدا</numerusform>
        <numerusform>%n روابط تصل بين معلّقين أو مقالات مختلفة، وهو ما لا تتيحه علاقات Label Studio؛ استُبعدت</numerusform>
        <numerusform>%n رابطًا تصل بين معلّقين أو مقالات مختلفة، وهو ما لا تتيحه علاقات Label Studio؛ استُبعدت</numerusform>
        <numerusform>%n رابط تصل بين معلّقين أو مقالات مختلفة، وهو ما لا تتيحه علاقات Label Studio؛ استُبعدت</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n links join two annotations of the same span and type; left out of brat</source>
      <translation>
        <numerusform>%n روابط تصل بين تعليقين توضيحيين لهما المقطع والنوع نفسهما؛ استُبعدت من brat</numerusform>
        <numerusform>رابط واحد يصل بين تعليقين توضيحيين لهما المقطع والنوع نفسهما؛ استُبعد من brat</numerusform>
        <numerusform>رابطان يصلان بين تعليقين توضيحيين لهما المقطع والنوع نفسهما؛ استُبعدا من brat</numerusform>
        <numerusform>%n روابط تصل بين تعليقين توضيحيين لهما المقطع والنوع نفسهما؛ استُبعدت من brat</numerusform>
        <numerusform>%n رابطًا تصل بين تعليقين توضيحيين لهما المقطع والنوع نفسهما؛ استُبعدت من brat</numerusform>
        <numerusform>%n رابط تصل بين تعليقين توضيحيين لهما المقطع والنوع نفسهما؛ استُبعدت من brat</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n page notes left out: they target a whole page, not a span</source>
      <translation>
        <numerusform>استُبعدت %n ملاحظات صفحة: تستهدف صفحة كاملة لا مقطعًا</numerusform>
        <numerusform>استُبعدت ملاحظة صفحة واحدة: تستهدف صفحة كاملة لا مقطعًا</numerusform>
        <numerusform>استُبعدت ملاحظتا صفحة: تستهدفان صفحة كاملة لا مقطعًا</numerusform>
        <numerusform>استُبعدت %n ملاحظات صفحة: تستهدف صفحة كاملة لا مقطعًا</numerusform>
        <numerusform>استُبعدت %n ملاحظة صفحة: تستهدف صفحة كاملة لا مقطعًا</numerusform>
        <numerusform>استُبعدت %n ملاحظة صفحة: تستهدف صفحة كاملة لا مقطعًا</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n ratings</source>
      <translation>
        <numerusform>%n تقييمات</numerusform>
        <numerusform>تقييم واحد</numerusform>
        <numerusform>تقييمان</numerusform>
        <numerusform>%n تقييمات</numerusform>
        <numerusform>%n تقييمًا</numerusform>
        <numerusform>%n تقييم</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n records have a created or modified time that is not a date; left out of those records</source>
      <translation>
        <numerusform>%n سجلات فيها وقت إنشاء أو تعديل ليس تاريخًا؛ استُبعد من تلك السجلات</numerusform>
        <numerusform>سجل واحد فيه وقت إنشاء أو تعديل ليس تاريخًا؛ استُبعد من ذلك السجل</numerusform>
        <numerusform>سجلان فيهما وقت إنشاء أو تعديل ليس تاريخًا؛ استُبعد من هذين السجلين</numerusform>
        <numerusform>%n سجلات فيها وقت إنشاء أو تعديل ليس تاريخًا؛ استُبعد من تلك السجلات</numerusform>
        <numerusform>%n سجلًا فيها وقت إنشاء أو تعديل ليس تاريخًا؛ استُبعد من تلك السجلات</numerusform>
        <numerusform>%n سجل فيها وقت إنشاء أو تعديل ليس تاريخًا؛ استُبعد من تلك السجلات</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n review decisions are not in W3C; left out</source>
      <translation>
        <numerusform>%n قرارات مراجعة ليست في W3C؛ استُبعدت</numerusform>
        <numerusform>قرار مراجعة واحد ليس في W3C؛ استُبعد</numerusform>
        <numerusform>قرارا مراجعة ليسا في W3C؛ استُبعدا</numerusform>
        <numerusform>%n قرارات مراجعة ليست في W3C؛ استُبعدت</numerusform>
        <numerusform>%n قرارًا للمراجعة ليست في W3C؛ استُبعدت</numerusform>
        <numerusform>%n قرار مراجعة ليست في W3C؛ استُبعدت</numerusform>
      </translation>
    </message>
    <message>
      <source>Arabic</source>
      <translation>العربية</translation>
    </message>
    <message>
      <source>Both give a figure for “{noun}”: {first} vs {second}</source>
      <translation>كلاهما يذكر رقمًا لـ«{noun}»: {first} مقابل {second}</translation>
    </message>
    <message>
      <source>Both quote “{quote}”</source>
      <translation>كلاهما يقتبس «{quote}»</translation>
    </message>
    <message>
      <source>ClaimReview needs a url for each review (Google requires one): give a review URL base (--url-base), or allow none (--allow-missing-url)</source>
      <translation>يحتاج ClaimReview إلى عنوان url لكل مراجعة (تشترطه Google): حدّد أساس عنوان URL للمراجعة (--url-base)، أو اسمح بغيابه (--allow-missing-url)</translation>
    </message>
    <message>
      <source>French</source>
      <translation>الفرنسية</translation>
    </message>
    <message>
      <source>INCEpTION files are read and written with dkpro-cassis, which is not installed: pip install 'claimdesk[interop]' (or pip install dkpro-cassis)</source>
      <translation>تُقرأ ملفات INCEpTION وتُكتب بواسطة dkpro-cassis، وهي غير مثبّتة: pip install 'claimdesk[interop]' (أو pip install dkpro-cassis)</translation>
    </message>
    <message>
      <source>JSON_MIN fields that are neither text nor spans (relations…)</source>
      <translation>حقول JSON_MIN التي ليست نصًا ولا مقاطع (العلاقات…)</translation>
    </message>
    <message>
      <source>Merge cancelled; the project was not changed.</source>
      <translation>أُلغي الدمج؛ لم يتغيّر المشروع.</translation>
    </message>
    <message>
      <source>Nearly the same sentence ({similarity:.0%} of words shared): “{quote}”</source>
      <translation>الجملة نفسها تقريبًا ({similarity:.0%} من الكلمات مشتركة): «{quote}»</translation>
    </message>
    <message>
      <source>Nothing to merge: the project already holds everything in that file.</source>
      <translation>لا شيء للدمج: المشروع يحتوي أصلًا على كل ما في ذلك الملف.</translation>
    </message>
    <message>
      <source>OCR needs Tesseract, which is not installed</source>
      <translation>تحتاج القراءة بـOCR إلى Tesseract، وهو غير مثبّت</translation>
    </message>
    <message>
      <source>OCR of {what} failed: {reason}</source>
      <translation>فشلت قراءة {what} بـOCR: {reason}</translation>
    </message>
    <message>
      <source>OCR of {what} took over {seconds} s, so it is refused</source>
      <translation>استغرقت قراءة {what} بـOCR أكثر من {seconds} ث، لذا رُفضت</translation>
    </message>
    <message>
      <source>OR needs something to find on each side</source>
      <translation>تحتاج OR إلى ما يُبحث عنه على كل جانب</translation>
    </message>
    <message>
      <source>OpenDocument text</source>
      <translation>نص OpenDocument</translation>
    </message>
    <message>
      <source>Portuguese</source>
      <translation>البرتغالية</translation>
    </message>
    <message>
      <source>SQLite integrity: {problem}</source>
      <translation>سلامة SQLite: {problem}</translation>
    </message>
    <message>
      <source>Search cancelled; these are the suggestions found before.</source>
      <translation>أُلغي البحث؛ هذه هي الاقتراحات التي وُجدت قبل ذلك.</translation>
    </message>
    <message>
      <source>Spanish</source>
      <translation>الإسبانية</translation>
    </message>
    <message>
      <source>Stopped after {seconds:g} s (the articles are long); these are the suggestions found so far.</source>
      <translation>توقّف بعد {seconds:g} ث (المقالات طويلة)؛ هذه هي الاقتراحات التي وُجدت حتى الآن.</translation>
    </message>
    <message>
      <source>Tesseract cannot be run ({error})</source>
      <translation>يتعذّر تشغيل Tesseract ({error})</translation>
    </message>
    <message>
      <source>Tesseract has no {code!r} language data (its package is usually tesseract-ocr-{package}); installed: {listed}</source>
      <translation>لا توجد لدى Tesseract بيانات اللغة {code!r} (حزمتها عادةً tesseract-ocr-{package})؛ المثبّت: {listed}</translation>
    </message>
    <message>
      <source>UTF-16 units</source>
      <translation>وحدات UTF-16</translation>
    </message>
    <message>
      <source>Word document</source>
      <translation>مستند Word</translation>
    </message>
    <message>
      <source>a GIF image: save it as PNG to read its text by OCR</source>
      <translation>صورة GIF: احفظها بصيغة PNG لقراءة نصها بـOCR</translation>
    </message>
    <message>
      <source>a PDF report is written by the desktop (it needs Qt)</source>
      <translation>تقرير PDF يكتبه تطبيق سطح المكتب (يحتاج إلى Qt)</translation>
    </message>
    <message>
      <source>a SQLite copy holds the whole project; it cannot be filtered</source>
      <translation>نسخة SQLite تشمل المشروع كاملًا؛ لا يمكن تصفيتها</translation>
    </message>
    <message>
      <source>a claim needs at least one annotation</source>
      <translation>يحتاج الادعاء إلى تعليق توضيحي واحد على الأقل</translation>
    </message>
    <message>
      <source>a list</source>
      <translation>قائمة</translation>
    </message>
    <message>
      <source>a merged change is kept or restored, not {decision!r}</source>
      <translation>التغيير المدموج إمّا يُبقى وإمّا يُستعاد، لا {decision!r}</translation>
    </message>
    <message>
      <source>a review decision is one of {decisions}, not {decision!r}</source>
      <translation>قرار المراجعة واحد من {decisions}، لا {decision!r}</translation>
    </message>
    <message>
      <source>a rich-text file: save it as .docx, .odt or PDF, then import that</source>
      <translation>ملف نص منسّق: احفظه بصيغة .docx أو .odt أو PDF، ثم استورد الملف الجديد</translation>
    </message>
    <message>
      <source>a saved page (MHTML)</source>
      <translation>صفحة محفوظة (MHTML)</translation>
    </message>
    <message>
      <source>a tag named “{name}” already exists</source>
      <translation>يوجد وسم باسم «{name}» بالفعل</translation>
    </message>
    <message>
      <source>a text field can be named for Label Studio files only</source>
      <translation>لا يمكن تسمية حقل نصي إلا لملفات Label Studio</translation>
    </message>
    <message>
      <source>a verdict named “{name}” already exists</source>
      <translation>يوجد حكم باسم «{name}» بالفعل</translation>
    </message>
    <message>
      <source>agreement needs at least two annotators with annotations</source>
      <translation>يحتاج الاتفاق إلى معلّقَين اثنين على الأقل لديهما تعليقات توضيحية</translation>
    </message>
    <message>
      <source>an SQLite file, but not a Claimdesk project</source>
      <translation>ملف SQLite، لكنه ليس مشروع Claimdesk</translation>
    </message>
    <message>
      <source>an annotation cannot be linked to itself</source>
      <translation>لا يمكن ربط تعليق توضيحي بنفسه</translation>
    </message>
    <message>
      <source>an annotator needs a name</source>
      <translation>يحتاج المعلّق إلى اسم</translation>
    </message>
    <message>
      <source>an object</source>
      <translation>كائن</translation>
    </message>
    <message>
      <source>an old Word file: save it as .docx, .odt or PDF, then import that</source>
      <translation>ملف Word قديم: احفظه بصيغة .docx أو .odt أو PDF، ثم استورد الملف الجديد</translation>
    </message>
    <message>
      <source>annotation {annotation_id} is not an appearance of this claim</source>
      <translation>التعليق التوضيحي {annotation_id} ليس موضع ورود لهذا الادعاء</translation>
    </message>
    <message>
      <source>annotation {annotation_id} {problem}</source>
      <translation>التعليق التوضيحي {annotation_id} {problem}</translation>
    </message>
    <message>
      <source>annotation {annotation_id}: {count:,} live links, over the limit of {limit:,}</source>
      <translation>التعليق التوضيحي {annotation_id}: عدد روابطه القائمة {count:,}، فوق الحد البالغ {limit:,}</translation>
    </message>
    <message>
      <source>annotation {annotation_id}: {problem}</source>
      <translation>التعليق التوضيحي {annotation_id}: {problem}</translation>
    </message>
    <message>
      <source>annotation {end} {problem}</source>
      <translation>التعليق التوضيحي {end} {problem}</translation>
    </message>
    <message>
      <source>annotation {id} covers only line breaks; left out of brat</source>
      <translation>التعليق التوضيحي {id} لا يغطي سوى فواصل أسطر؛ استُبعد من brat</translation>
    </message>
    <message>
      <source>annotations</source>
      <translation>التعليقات التوضيحية</translation>
    </message>
    <message>
      <source>annotations have no editable field {names}</source>
      <translation>لا تحتوي التعليقات التوضيحية على حقل قابل للتعديل {names}</translation>
    </message>
    <message>
      <source>annotations of other layers left out: {kinds}</source>
      <translation>استُبعدت تعليقات توضيحية من طبقات أخرى: {kinds}</translation>
    </message>
    <message>
      <source>annotator_id {annotator_id} refers to no annotator</source>
      <translation>annotator_id {annotator_id} لا يشير إلى أي معلّق</translation>
    </message>
    <message>
      <source>annotators</source>
      <translation>المعلّقون</translation>
    </message>
    <message>
      <source>article {article_id}: its text is over the {limit} limit</source>
      <translation>المقال {article_id}: نصّه يتجاوز الحد البالغ {limit}</translation>
    </message>
    <message>
      <source>article_sources {article_id}</source>
      <translation>article_sources {article_id}</translation>
    </message>
    <message>
      <source>articles</source>
      <translation>المقالات</translation>
    </message>
    <message>
      <source>at page {page:,} of {pages:,}</source>
      <translation>عند الصفحة {page:,} من {pages:,}</translation>
    </message>
    <message>
      <source>bad offsets {start!r}–{end!r}</source>
      <translation>إزاحات غير صالحة {start!r}–{end!r}</translation>
    </message>
    <message>
      <source>both ends of a link must be live annotations</source>
      <translation>يجب أن يكون طرفا الرابط تعليقين توضيحيين قائمين</translation>
    </message>
    <message>
      <source>cancelled; nothing was written</source>
      <translation>أُلغي؛ لم يُكتب شيء</translation>
    </message>
    <message>
      <source>cannot be decoded: not UTF-8 (invalid byte at {start}) and no other encoding fits</source>
      <translation>تتعذّر قراءة ترميزه: ليس UTF-8 (بايت غير صالح عند {start}) ولا يناسبه أي ترميز آخر</translation>
    </message>
    <message>
      <source>cannot change {names} of an article</source>
      <translation>لا يمكن تغيير {names} لمقال</translation>
    </message>
    <message>
      <source>cannot find “{quote}” in the text</source>
      <translation>تعذّر العثور على «{quote}» في النص</translation>
    </message>
    <message>
      <source>cannot import {fmt!r}; use one of {names}</source>
      <translation>لا يمكن استيراد {fmt!r}؛ استخدم واحدًا من {names}</translation>
    </message>
    <message>
      <source>claim members</source>
      <translation>مواضع ورود الادعاءات</translation>
    </message>
    <message>
      <source>claimant {name!r} is already in the list: name another</source>
      <translation>القائل {name!r} موجود في القائمة بالفعل: اختر اسمًا آخر</translation>
    </message>
    <message>
      <source>claimant {name!r}: kind {kind!r} is not person or organization</source>
      <translation>القائل {name!r}: النوع {kind!r} ليس شخصًا ولا مؤسسة</translation>
    </message>
    <message>
      <source>claimant: {problem}</source>
      <translation>القائل: {problem}</translation>
    </message>
    <message>
      <source>claimants</source>
      <translation>القائلون</translation>
    </message>
    <message>
      <source>claims</source>
      <translation>الادعاءات</translation>
    </message>
    <message>
      <source>claims and review decisions are not in Label Studio; use JSONL</source>
      <translation>الادعاءات وقرارات المراجعة ليست في Label Studio؛ استخدم JSONL</translation>
    </message>
    <message>
      <source>claims have no editable field {names}</source>
      <translation>لا تحتوي الادعاءات على حقل قابل للتعديل {names}</translation>
    </message>
    <message>
      <source>code points</source>
      <translation>نقاط رمزية</translation>
    </message>
    <message>
      <source>colour {value} is not of the form #rrggbb</source>
      <translation>اللون {value} ليس بالصيغة #rrggbb</translation>
    </message>
    <message>
      <source>confidence {value} is not between 0 and 1</source>
      <translation>الثقة {value} ليست بين 0 و1</translation>
    </message>
    <message>
      <source>contains NUL characters: a binary file, not text</source>
      <translation>يحتوي على محارف NUL: ملف ثنائي، لا نص</translation>
    </message>
    <message>
      <source>content does not match its SHA-256</source>
      <translation>المحتوى لا يطابق SHA-256 الخاص به</translation>
    </message>
    <message>
      <source>content is {kind}, not blob</source>
      <translation>المحتوى {kind}، لا blob</translation>
    </message>
    <message>
      <source>content.xml holds no text document (a spreadsheet or slides?)</source>
      <translation>لا يحتوي content.xml على مستند نصي (جدول بيانات أو شرائح؟)</translation>
    </message>
    <message>
      <source>could not be read: {reader} did not start ({why}): not imported</source>
      <translation>تعذّرت قراءته: لم يبدأ {reader} ({why}): لم يُستورد</translation>
    </message>
    <message>
      <source>could not be read: {reader} did not start within {seconds} s (is the machine overloaded?): not imported</source>
      <translation>تعذّرت قراءته: لم يبدأ {reader} خلال {seconds} ث (هل الجهاز مثقل بالحمل؟): لم يُستورد</translation>
    </message>
    <message>
      <source>crashed {reader} {where} ({why}; a malformed PDF?): not imported</source>
      <translation>تسبّب في تعطّل {reader} {where} ({why}؛ ملف PDF مشوَّه؟): لم يُستورد</translation>
    </message>
    <message>
      <source>cut short (truncated)</source>
      <translation>مبتور (مقطوع)</translation>
    </message>
    <message>
      <source>cuts a character in two</source>
      <translation>يقسم محرفًا إلى نصفين</translation>
    </message>
    <message>
      <source>deleted is neither 0 nor 1</source>
      <translation>deleted ليس 0 ولا 1</translation>
    </message>
    <message>
      <source>deleted is not 0 or 1</source>
      <translation>deleted ليس 0 أو 1</translation>
    </message>
    <message>
      <source>doccano categories left out: Claimdesk labels spans</source>
      <translation>استُبعدت فئات doccano: يضع Claimdesk التسميات على المقاطع</translation>
    </message>
    <message>
      <source>doccano comments left out: Claimdesk labels spans</source>
      <translation>استُبعدت تعليقات doccano: يضع Claimdesk التسميات على المقاطع</translation>
    </message>
    <message>
      <source>doccano document labels (text classification) left out: Claimdesk labels spans</source>
      <translation>استُبعدت تسميات مستندات doccano (تصنيف النصوص): يضع Claimdesk التسميات على المقاطع</translation>
    </message>
    <message>
      <source>doccano relation types imported as related, the type in the note: {kinds}</source>
      <translation>استُوردت أنواع علاقات doccano كعلاقة «ذو صلة»، مع النوع في الملاحظة: {kinds}</translation>
    </message>
    <message>
      <source>document-level results (choices, text areas, ratings)</source>
      <translation>نتائج على مستوى المستند (اختيارات، مساحات نصية، تقييمات)</translation>
    </message>
    <message>
      <source>every appearance of a claim must be a live annotation</source>
      <translation>يجب أن يكون كل موضع ورود للادعاء تعليقًا توضيحيًا قائمًا</translation>
    </message>
    <message>
      <source>evidence file {file!r}</source>
      <translation>ملف الأدلة {file!r}</translation>
    </message>
    <message>
      <source>evidence file {file_name!r}: its content is missing</source>
      <translation>ملف الأدلة {file_name!r}: محتواه مفقود</translation>
    </message>
    <message>
      <source>evidence files take {size:.0f} MB of the project, over {limit}: the file is slow to copy and merge</source>
      <translation>تشغل ملفات الأدلة {size:.0f} ميغابايت من المشروع، فوق {limit}: يصبح نسخ الملف ودمجه بطيئًا</translation>
    </message>
    <message>
      <source>evidence files: {count} added</source>
      <translation>ملفات الأدلة: أُضيف {count}</translation>
    </message>
    <message>
      <source>evidence is not a JSON list of strings</source>
      <translation>الأدلة ليست قائمة JSON من السلاسل النصية</translation>
    </message>
    <message>
      <source>evidence_blobs {sha256!r}: {problem}</source>
      <translation>evidence_blobs {sha256!r}: {problem}</translation>
    </message>
    <message>
      <source>exit status {code}</source>
      <translation>رمز الخروج {code}</translation>
    </message>
    <message>
      <source>exported {articles}, {annotations}, {links}, {claims} as {format} in {seconds:.2f} s to {files}</source>
      <translation>صُدّر {articles}، {annotations}، {links}، {claims} بصيغة {format} في {seconds:.2f} ث إلى {files}</translation>
    </message>
    <message>
      <source>fact-check {record}</source>
      <translation>التدقيق {record}</translation>
    </message>
    <message>
      <source>has a value that is not text</source>
      <translation>فيه قيمة ليست نصًا</translation>
    </message>
    <message>
      <source>has an id or file name over its length</source>
      <translation>فيه معرّف أو اسم ملف يتجاوز طوله المسموح</translation>
    </message>
    <message>
      <source>has no text Tesseract could read</source>
      <translation>لا نص فيه استطاع Tesseract قراءته</translation>
    </message>
    <message>
      <source>has no text layer (a scanned document?): Tesseract is installed, so it can be read by OCR (Read with OCR in the window, `claimdesk import --ocr`)</source>
      <translation>لا يحتوي على طبقة نصية (مستند ممسوح ضوئيًا؟): Tesseract مثبّت، لذا يمكن قراءته بـOCR («القراءة بـOCR» في النافذة، `claimdesk import --ocr`)</translation>
    </message>
    <message>
      <source>has no text layer (a scanned document?): only PDFs with text can be imported</source>
      <translation>لا يحتوي على طبقة نصية (مستند ممسوح ضوئيًا؟): لا يمكن استيراد إلا ملفات PDF التي فيها نص</translation>
    </message>
    <message>
      <source>has no text, even by OCR (a blank scan, or not the OCR language?)</source>
      <translation>لا يحتوي على نص، حتى بـOCR (مسح ضوئي فارغ، أم أن لغته غير لغة OCR؟)</translation>
    </message>
    <message>
      <source>has no {kind} cues with text</source>
      <translation>لا يحتوي على مقاطع {kind} فيها نص</translation>
    </message>
    <message>
      <source>has over {limit:,} cues</source>
      <translation>فيه أكثر من {limit:,} مقطع ترجمة</translation>
    </message>
    <message>
      <source>has over {limit:,} parts</source>
      <translation>فيه أكثر من {limit:,} جزء</translation>
    </message>
    <message>
      <source>has the id of a local article with another text</source>
      <translation>يحمل معرّف مقال محلي ذي نص آخر</translation>
    </message>
    <message>
      <source>has the same name as {holder}</source>
      <translation>له الاسم نفسه الذي لـ{holder}</translation>
    </message>
    <message>
      <source>has the same {columns} as {holder}</source>
      <translation>له {columns} نفسه الذي لـ{holder}</translation>
    </message>
    <message>
      <source>has {count:,} pages, over the limit of {limit:,}</source>
      <translation>عدد صفحاته {count:,}، فوق الحد البالغ {limit:,}</translation>
    </message>
    <message>
      <source>holds no HTML page (no text/html part)</source>
      <translation>لا يحتوي على صفحة HTML (لا جزء text/html)</translation>
    </message>
    <message>
      <source>holds over {limit:,} records</source>
      <translation>يحتوي على أكثر من {limit:,} سجل</translation>
    </message>
    <message>
      <source>is a zip with no archive/*.warc(.gz) inside: not a WACZ</source>
      <translation>ملف zip لا يحتوي على archive/*.warc(.gz): ليس WACZ</translation>
    </message>
    <message>
      <source>is an image: its text can only be read by OCR, and Tesseract is not installed</source>
      <translation>صورة: لا يُقرأ نصها إلا بـOCR، وTesseract غير مثبّت</translation>
    </message>
    <message>
      <source>is damaged or truncated ({error})</source>
      <translation>تالف أو مبتور ({error})</translation>
    </message>
    <message>
      <source>is encrypted (it needs a password): remove the password, then import it</source>
      <translation>مشفّر (يحتاج إلى كلمة مرور): أزل كلمة المرور، ثم استورده</translation>
    </message>
    <message>
      <source>is not a WebVTT file (it does not start with WEBVTT)</source>
      <translation>ليس ملف WebVTT (لا يبدأ بـ WEBVTT)</translation>
    </message>
    <message>
      <source>is not a readable PDF (damaged or truncated)</source>
      <translation>ليس ملف PDF مقروءًا (تالف أو مبتور)</translation>
    </message>
    <message>
      <source>is not a readable PNG, JPEG, TIFF or WebP image (damaged or truncated?)</source>
      <translation>ليس صورة PNG أو JPEG أو TIFF أو WebP مقروءة (تالفة أو مبتورة؟)</translation>
    </message>
    <message>
      <source>is not a readable WACZ (not a zip archive)</source>
      <translation>ليس ملف WACZ مقروءًا (ليس أرشيف zip)</translation>
    </message>
    <message>
      <source>is not a readable web archive (no WARC records found)</source>
      <translation>ليس أرشيف ويب مقروءًا (لم يُعثر على سجلات WARC)</translation>
    </message>
    <message>
      <source>is not a readable {kind} (not a zip archive)</source>
      <translation>ليس {kind} مقروءًا (ليس أرشيف zip)</translation>
    </message>
    <message>
      <source>is not a saved web page (MHTML): no multipart/related message</source>
      <translation>ليس صفحة ويب محفوظة (MHTML): لا رسالة multipart/related</translation>
    </message>
    <message>
      <source>is not a {kind} (it has no {part})</source>
      <translation>ليس {kind} (لا يحتوي على {part})</translation>
    </message>
    <message>
      <source>is not valid UTF-8 (byte {start})</source>
      <translation>ليس UTF-8 صالحًا (البايت {start})</translation>
    </message>
    <message>
      <source>is not within the article text ({length} characters)</source>
      <translation>ليس ضمن نص المقال (عدد محارفه {length})</translation>
    </message>
    <message>
      <source>is over the {limit} limit for one evidence file</source>
      <translation>يتجاوز الحد البالغ {limit} لملف أدلة واحد</translation>
    </message>
    <message>
      <source>is {width:,} × {height:,} pixels, over the limit of {limit:,} for OCR</source>
      <translation>أبعاده {width:,} × {height:,} بكسل، فوق الحد البالغ {limit:,} بكسل للقراءة بـOCR</translation>
    </message>
    <message>
      <source>its HTML part is empty</source>
      <translation>جزء HTML فيه فارغ</translation>
    </message>
    <message>
      <source>its HTML part is over the size limit of one article</source>
      <translation>جزء HTML فيه يتجاوز حد حجم المقال الواحد</translation>
    </message>
    <message>
      <source>its content is missing</source>
      <translation>محتواه مفقود</translation>
    </message>
    <message>
      <source>its hash or length does not match its text</source>
      <translation>بصمته أو طوله لا يطابق نصه</translation>
    </message>
    <message>
      <source>its quote differs from the article text at {start}–{end}</source>
      <translation>اقتباسه يختلف عن نص المقال عند {start}–{end}</translation>
    </message>
    <message>
      <source>its word counts</source>
      <translation>أعداد كلماته</translation>
    </message>
    <message>
      <source>key {value} is not one digit from 1 to 9</source>
      <translation>المفتاح {value} ليس رقمًا واحدًا من 1 إلى 9</translation>
    </message>
    <message>
      <source>left out of INCEpTION's files: annotators, verdicts, notes and evidence (each span is a named entity with its tag), links and claims</source>
      <translation>استُبعد من ملفات INCEpTION: المعلّقون والأحكام والملاحظات والأدلة (كل مقطع كيان مسمّى مع وسمه)، والروابط والادعاءات</translation>
    </message>
    <message>
      <source>left out: annotators, verdicts, notes and evidence (a doccano line holds spans and their tags only; export jsonl for the full records)</source>
      <translation>استُبعد: المعلّقون والأحكام والملاحظات والأدلة (يحتوي سطر doccano على المقاطع ووسومها فقط؛ صدّر jsonl للسجلات الكاملة)</translation>
    </message>
    <message>
      <source>left out: links and claims (no place in doccano's sequence labelling)</source>
      <translation>استُبعد: الروابط والادعاءات (لا مكان لها في وسم التسلسلات في doccano)</translation>
    </message>
    <message>
      <source>line {index}: the cue ends before it starts</source>
      <translation>السطر {index}: ينتهي مقطع الترجمة قبل أن يبدأ</translation>
    </message>
    <message>
      <source>line {line}: {value} is not a valid time</source>
      <translation>السطر {line}: {value} ليس وقتًا صالحًا</translation>
    </message>
    <message>
      <source>linked annotation {annotation_id} is not placed</source>
      <translation>التعليق التوضيحي المربوط {annotation_id} غير محدد الموضع</translation>
    </message>
    <message>
      <source>links</source>
      <translation>الروابط</translation>
    </message>
    <message>
      <source>links have no editable field {names}</source>
      <translation>لا تحتوي الروابط على حقل قابل للتعديل {names}</translation>
    </message>
    <message>
      <source>looks like a binary file, not text</source>
      <translation>يبدو ملفًا ثنائيًا، لا نصًا</translation>
    </message>
    <message>
      <source>media type says {media_type!r}, the content is {found}</source>
      <translation>نوع الوسائط يقول {media_type!r}، والمحتوى {found}</translation>
    </message>
    <message>
      <source>merged change {change_id}: {table} has no field {field!r}</source>
      <translation>التغيير المدموج {change_id}: لا يحتوي {table} على الحقل {field!r}</translation>
    </message>
    <message>
      <source>must name exactly one annotation or claim</source>
      <translation>يجب أن يسمّي تعليقًا توضيحيًا واحدًا أو ادعاءً واحدًا بالضبط</translation>
    </message>
    <message>
      <source>name {value} is empty or has stray spaces</source>
      <translation>الاسم {value} فارغ أو فيه مسافات زائدة</translation>
    </message>
    <message>
      <source>needed over {size:,} MB of memory {where} (a malformed PDF?): not imported</source>
      <translation>احتاج إلى أكثر من {size:,} ميغابايت من الذاكرة {where} (ملف PDF مشوَّه؟): لم يُستورد</translation>
    </message>
    <message>
      <source>new tags: {names}</source>
      <translation>وسوم جديدة: {names}</translation>
    </message>
    <message>
      <source>new verdicts: {names}</source>
      <translation>أحكام جديدة: {names}</translation>
    </message>
    <message>
      <source>no `url` (Google requires one): set the project setting claimreview_url_base</source>
      <translation>لا `url` (تشترطه Google): عيّن إعداد المشروع claimreview_url_base</translation>
    </message>
    <message>
      <source>no annotation with id {annotation_id}</source>
      <translation>لا تعليق توضيحي بالمعرّف {annotation_id}</translation>
    </message>
    <message>
      <source>no annotator named {name!r} in this project</source>
      <translation>لا معلّق باسم {name!r} في هذا المشروع</translation>
    </message>
    <message>
      <source>no annotator with id {annotator_id}</source>
      <translation>لا معلّق بالمعرّف {annotator_id}</translation>
    </message>
    <message>
      <source>no article text found in the web page</source>
      <translation>لم يُعثر على نص مقال في صفحة الويب</translation>
    </message>
    <message>
      <source>no article with id or title {names}</source>
      <translation>لا مقال بالمعرّف أو العنوان {names}</translation>
    </message>
    <message>
      <source>no article with id {article_id}</source>
      <translation>لا مقال بالمعرّف {article_id}</translation>
    </message>
    <message>
      <source>no claim to report: make a claim from an annotation first</source>
      <translation>لا ادعاء لنشره في التقرير: أنشئ ادعاءً من تعليق توضيحي أولًا</translation>
    </message>
    <message>
      <source>no claim with id {claim_id}</source>
      <translation>لا ادعاء بالمعرّف {claim_id}</translation>
    </message>
    <message>
      <source>no claim with id {id}</source>
      <translation>لا ادعاء بالمعرّف {id}</translation>
    </message>
    <message>
      <source>no claim {key!r} to report: give an id or a number from `claimdesk claims` (1–{count})</source>
      <translation>لا ادعاء {key!r} لنشره في التقرير: أدخل معرّفًا أو رقمًا من `claimdesk claims` (1–{count})</translation>
    </message>
    <message>
      <source>no claimant with id {claimant_id}</source>
      <translation>لا قائل بالمعرّف {claimant_id}</translation>
    </message>
    <message>
      <source>no default scheme in “{code}”; available: {names}</source>
      <translation>لا مخطط افتراضي في «{code}»؛ المتاح: {names}</translation>
    </message>
    <message>
      <source>no evidence file with id {evidence_id}</source>
      <translation>لا ملف أدلة بالمعرّف {evidence_id}</translation>
    </message>
    <message>
      <source>no link with id {link_id}</source>
      <translation>لا رابط بالمعرّف {link_id}</translation>
    </message>
    <message>
      <source>no merged change with id {change_id}</source>
      <translation>لا تغيير مدموج بالمعرّف {change_id}</translation>
    </message>
    <message>
      <source>no page</source>
      <translation>بلا صفحة</translation>
    </message>
    <message>
      <source>no tag named {name!r} in this project</source>
      <translation>لا وسم باسم {name!r} في هذا المشروع</translation>
    </message>
    <message>
      <source>no tag with id {tag_id}</source>
      <translation>لا وسم بالمعرّف {tag_id}</translation>
    </message>
    <message numerus="yes">
      <source>no text on %n pages: {pages} (scanned or blank pages are left out)</source>
      <translation>
        <numerusform>لا نص في %n صفحات: {pages} (تُستبعد الصفحات الممسوحة ضوئيًا أو الفارغة)</numerusform>
        <numerusform>لا نص في الصفحة {pages} (تُستبعد الصفحات الممسوحة ضوئيًا أو الفارغة)</numerusform>
        <numerusform>لا نص في الصفحتين {pages} (تُستبعد الصفحات الممسوحة ضوئيًا أو الفارغة)</numerusform>
        <numerusform>لا نص في %n صفحات: {pages} (تُستبعد الصفحات الممسوحة ضوئيًا أو الفارغة)</numerusform>
        <numerusform>لا نص في %n صفحة: {pages} (تُستبعد الصفحات الممسوحة ضوئيًا أو الفارغة)</numerusform>
        <numerusform>لا نص في %n صفحة: {pages} (تُستبعد الصفحات الممسوحة ضوئيًا أو الفارغة)</numerusform>
      </translation>
    </message>
    <message>
      <source>no verdict with id {verdict_id}</source>
      <translation>لا حكم بالمعرّف {verdict_id}</translation>
    </message>
    <message>
      <source>no {record} with id {record_id}</source>
      <translation>لا {record} بالمعرّف {record_id}</translation>
    </message>
    <message>
      <source>none</source>
      <translation>لا شيء</translation>
    </message>
    <message>
      <source>not UTF-8; read as {encoding} (detected), check the text</source>
      <translation>ليس UTF-8؛ قُرئ بترميز {encoding} (مكتشَف)، راجع النص</translation>
    </message>
    <message>
      <source>not a provenance field: {names}</source>
      <translation>ليس حقلًا من حقول المصدر والمنشأ: {names}</translation>
    </message>
    <message>
      <source>not added to the project's fact-check archive: {error}</source>
      <translation>لم يُضف إلى أرشيف تدقيقات المشروع: {error}</translation>
    </message>
    <message>
      <source>not added to the shared archive {shared} (it cannot be written here)</source>
      <translation>لم يُضف إلى الأرشيف المشترك {shared} (لا يمكن الكتابة فيه من هنا)</translation>
    </message>
    <message>
      <source>not added to the shared archive: {error}</source>
      <translation>لم يُضف إلى الأرشيف المشترك: {error}</translation>
    </message>
    <message>
      <source>nothing to find: give at least one word (words after - or NOT are left out)</source>
      <translation>لا شيء للبحث عنه: أدخل كلمة واحدة على الأقل (الكلمات بعد - أو NOT مستبعَدة)</translation>
    </message>
    <message>
      <source>one article</source>
      <translation>مقال واحد</translation>
    </message>
    <message>
      <source>one dataset file</source>
      <translation>ملف مجموعة بيانات واحد</translation>
    </message>
    <message>
      <source>one evidence file</source>
      <translation>ملف أدلة واحد</translation>
    </message>
    <message>
      <source>orphan: {where}: {reason}</source>
      <translation>فقد موضعه: {where}: {reason}</translation>
    </message>
    <message>
      <source>over the size limit</source>
      <translation>يتجاوز حد الحجم</translation>
    </message>
    <message>
      <source>page {number}</source>
      <translation>الصفحة {number}</translation>
    </message>
    <message>
      <source>per-region results other than labels</source>
      <translation>نتائج المناطق غير التسميات</translation>
    </message>
    <message>
      <source>per-region results other than verdict, note and evidence</source>
      <translation>نتائج المناطق غير الحكم والملاحظة والأدلة</translation>
    </message>
    <message>
      <source>predictions (a model's pre-annotations)</source>
      <translation>التنبؤات (تعليقات توضيحية مسبقة من نموذج)</translation>
    </message>
    <message>
      <source>published {claims} ({ratings}) to {where}</source>
      <translation>نُشر {claims} ({ratings}) في {where}</translation>
    </message>
    <message>
      <source>read as English: Tesseract's {language} data (tesseract-ocr-{code}) is not installed</source>
      <translation>قُرئ بالإنجليزية: بيانات Tesseract للغة {language} (tesseract-ocr-{code}) غير مثبّتة</translation>
    </message>
    <message numerus="yes">
      <source>read by OCR (Tesseract) on %n pages: check its text against the scan</source>
      <translation>
        <numerusform>قُرئ بـOCR (Tesseract) في %n صفحات: راجع نصه بمقارنته بالنسخة الممسوحة ضوئيًا</numerusform>
        <numerusform>قُرئ بـOCR (Tesseract) في صفحة واحدة: راجع نصه بمقارنته بالنسخة الممسوحة ضوئيًا</numerusform>
        <numerusform>قُرئ بـOCR (Tesseract) في صفحتين: راجع نصه بمقارنته بالنسخة الممسوحة ضوئيًا</numerusform>
        <numerusform>قُرئ بـOCR (Tesseract) في %n صفحات: راجع نصه بمقارنته بالنسخة الممسوحة ضوئيًا</numerusform>
        <numerusform>قُرئ بـOCR (Tesseract) في %n صفحة: راجع نصه بمقارنته بالنسخة الممسوحة ضوئيًا</numerusform>
        <numerusform>قُرئ بـOCR (Tesseract) في %n صفحة: راجع نصه بمقارنته بالنسخة الممسوحة ضوئيًا</numerusform>
      </translation>
    </message>
    <message>
      <source>read by OCR (Tesseract): check its text against the image</source>
      <translation>قُرئ بـOCR (Tesseract): راجع نصه بمقارنته بالصورة</translation>
    </message>
    <message>
      <source>reviews</source>
      <translation>المراجعات</translation>
    </message>
    <message>
      <source>same figure: {figure}</source>
      <translation>الرقم نفسه: {figure}</translation>
    </message>
    <message>
      <source>same name: {name}</source>
      <translation>الاسم نفسه: {name}</translation>
    </message>
    <message>
      <source>sha256 is not a SHA-256 in hex</source>
      <translation>sha256 ليس بصمة SHA-256 بالنظام الست عشري</translation>
    </message>
    <message>
      <source>shared words: {words}</source>
      <translation>كلمات مشتركة: {words}</translation>
    </message>
    <message>
      <source>signal {number}</source>
      <translation>الإشارة {number}</translation>
    </message>
    <message>
      <source>size says {size!r} bytes, the content holds {held}</source>
      <translation>الحجم يقول {size!r} بايت، والمحتوى يضم {held}</translation>
    </message>
    <message>
      <source>span {start}–{end} ({unit}) {where} and no quote is given to find it by</source>
      <translation>المقطع {start}–{end} ({unit}) {where} ولا اقتباس للعثور عليه به</translation>
    </message>
    <message>
      <source>span {start}–{end} is outside the article (0–{text_length}) or empty</source>
      <translation>المقطع {start}–{end} خارج المقال (0–{text_length}) أو فارغ</translation>
    </message>
    <message>
      <source>starts like {encoding} but is not valid at byte {start}</source>
      <translation>يبدأ كـ{encoding} لكنه غير صالح عند البايت {start}</translation>
    </message>
    <message>
      <source>stopped answering after {seconds} s {where} (far slower than a real document: a malformed PDF?): not imported</source>
      <translation>توقّف عن الاستجابة بعد {seconds} ث {where} (أبطأ بكثير من أي مستند حقيقي: ملف PDF مشوَّه؟): لم يُستورد</translation>
    </message>
    <message>
      <source>tags</source>
      <translation>الوسوم</translation>
    </message>
    <message>
      <source>tags have no field {names}</source>
      <translation>لا تحتوي الوسوم على الحقل {names}</translation>
    </message>
    <message>
      <source>the PDF reader</source>
      <translation>قارئ PDF</translation>
    </message>
    <message>
      <source>the Word document has no text</source>
      <translation>مستند Word لا يحتوي على نص</translation>
    </message>
    <message>
      <source>the annotation</source>
      <translation>التعليق التوضيحي</translation>
    </message>
    <message>
      <source>the article</source>
      <translation>المقال</translation>
    </message>
    <message>
      <source>the article “{title}” is deleted: it cannot be annotated or linked</source>
      <translation>المقال «{title}» محذوف: لا يمكن التعليق عليه أو ربطه</translation>
    </message>
    <message>
      <source>the article's source</source>
      <translation>مصدر المقال</translation>
    </message>
    <message>
      <source>the claim</source>
      <translation>الادعاء</translation>
    </message>
    <message>
      <source>the document has no text</source>
      <translation>المستند لا يحتوي على نص</translation>
    </message>
    <message>
      <source>the figures note</source>
      <translation>ملاحظة الأرقام</translation>
    </message>
    <message>
      <source>the file has no text</source>
      <translation>الملف لا يحتوي على نص</translation>
    </message>
    <message>
      <source>the file is empty</source>
      <translation>الملف فارغ</translation>
    </message>
    <message>
      <source>the image</source>
      <translation>الصورة</translation>
    </message>
    <message>
      <source>the link</source>
      <translation>الرابط</translation>
    </message>
    <message>
      <source>the page</source>
      <translation>الصفحة</translation>
    </message>
    <message>
      <source>the page could not be rendered in grey for OCR</source>
      <translation>تعذّر تحويل الصفحة إلى صورة رمادية للقراءة بـOCR</translation>
    </message>
    <message>
      <source>the pasted text</source>
      <translation>النص الملصق</translation>
    </message>
    <message>
      <source>the project's schema has been altered ({names})</source>
      <translation>عُدّل مخطط قاعدة بيانات المشروع ({names})</translation>
    </message>
    <message>
      <source>the review</source>
      <translation>المراجعة</translation>
    </message>
    <message>
      <source>the same text is already in the project as “{title}”</source>
      <translation>النص نفسه موجود في المشروع بالفعل باسم «{title}»</translation>
    </message>
    <message>
      <source>the search has an unclosed quote (")</source>
      <translation>في البحث علامة اقتباس غير مغلقة (")</translation>
    </message>
    <message>
      <source>the search has too many words (at most {limit})</source>
      <translation>في البحث كلمات كثيرة جدًا (بحد أقصى {limit})</translation>
    </message>
    <message>
      <source>the search is too long (at most {limit} characters)</source>
      <translation>البحث طويل جدًا (بحد أقصى {limit} محرفًا)</translation>
    </message>
    <message>
      <source>the source</source>
      <translation>المصدر</translation>
    </message>
    <message>
      <source>the source of article {article_id}</source>
      <translation>مصدر المقال {article_id}</translation>
    </message>
    <message>
      <source>the tag for untagged annotations needs a name</source>
      <translation>يحتاج وسم التعليقات التوضيحية غير الموسومة إلى اسم</translation>
    </message>
    <message>
      <source>the untagged tag</source>
      <translation>وسم غير الموسوم</translation>
    </message>
    <message numerus="yes">
      <source>this page holds %n ClaimReviews; search engines show rich results for pages with one (--split writes one page per claim)</source>
      <translation>
        <numerusform>عدد عناصر ClaimReview في هذه الصفحة %n؛ تعرض محركات البحث النتائج المنسّقة للصفحات التي فيها عنصر واحد (--split يكتب صفحة لكل ادعاء)</numerusform>
        <numerusform>عدد عناصر ClaimReview في هذه الصفحة %n؛ تعرض محركات البحث النتائج المنسّقة للصفحات التي فيها عنصر واحد (--split يكتب صفحة لكل ادعاء)</numerusform>
        <numerusform>عدد عناصر ClaimReview في هذه الصفحة %n؛ تعرض محركات البحث النتائج المنسّقة للصفحات التي فيها عنصر واحد (--split يكتب صفحة لكل ادعاء)</numerusform>
        <numerusform>عدد عناصر ClaimReview في هذه الصفحة %n؛ تعرض محركات البحث النتائج المنسّقة للصفحات التي فيها عنصر واحد (--split يكتب صفحة لكل ادعاء)</numerusform>
        <numerusform>عدد عناصر ClaimReview في هذه الصفحة %n؛ تعرض محركات البحث النتائج المنسّقة للصفحات التي فيها عنصر واحد (--split يكتب صفحة لكل ادعاء)</numerusform>
        <numerusform>عدد عناصر ClaimReview في هذه الصفحة %n؛ تعرض محركات البحث النتائج المنسّقة للصفحات التي فيها عنصر واحد (--split يكتب صفحة لكل ادعاء)</numerusform>
      </translation>
    </message>
    <message>
      <source>true or false</source>
      <translation>صحيح أو خطأ</translation>
    </message>
    <message>
      <source>unknown decision {decision!r}</source>
      <translation>قرار غير معروف {decision!r}</translation>
    </message>
    <message>
      <source>unknown export format {fmt!r}; use one of {names}</source>
      <translation>صيغة تصدير غير معروفة {fmt!r}؛ استخدم واحدة من {names}</translation>
    </message>
    <message>
      <source>unknown offsets unit {unit!r}; use one of {names}</source>
      <translation>وحدة إزاحات غير معروفة {unit!r}؛ استخدم واحدة من {names}</translation>
    </message>
    <message>
      <source>unknown relation “{relation}”; use one of {names}</source>
      <translation>علاقة غير معروفة «{relation}»؛ استخدم واحدة من {names}</translation>
    </message>
    <message>
      <source>unknown report format {fmt!r}; use one of {names}</source>
      <translation>صيغة تقرير غير معروفة {fmt!r}؛ استخدم واحدة من {names}</translation>
    </message>
    <message>
      <source>uses an encryption PDFium does not support: save an unencrypted copy</source>
      <translation>يستخدم تشفيرًا لا يدعمه PDFium: احفظ نسخة غير مشفّرة</translation>
    </message>
    <message>
      <source>verdicts</source>
      <translation>الأحكام</translation>
    </message>
    <message>
      <source>verdicts have no field {names}</source>
      <translation>لا تحتوي الأحكام على الحقل {names}</translation>
    </message>
    <message>
      <source>while opening it</source>
      <translation>أثناء فتحه</translation>
    </message>
    <message>
      <source>word/document.xml has no document body</source>
      <translation>لا يحتوي word/document.xml على متن مستند</translation>
    </message>
    <message>
      <source>would have {count:,} links, over the limit of {limit:,} links per annotation</source>
      <translation>سيصبح عدد روابطه {count:,}، فوق الحد البالغ {limit:,} لكل تعليق توضيحي</translation>
    </message>
    <message>
      <source>{added} of {total} rated claims added to the project's archive</source>
      <translation>أُضيف {added} من أصل {total} من الادعاءات المقيَّمة إلى أرشيف المشروع</translation>
    </message>
    <message>
      <source>{added} of {total} rated claims added to the shared archive {archive}</source>
      <translation>أُضيف {added} من أصل {total} من الادعاءات المقيَّمة إلى الأرشيف المشترك {archive}</translation>
    </message>
    <message>
      <source>{column} is missing</source>
      <translation>{column} مفقود</translation>
    </message>
    <message>
      <source>{column} is not of type {kind}</source>
      <translation>{column} ليس من النوع {kind}</translation>
    </message>
    <message>
      <source>{column} {value} is not a time as Claimdesk writes it (ISO 8601, UTC)</source>
      <translation>{column} {value} ليس وقتًا بالصيغة التي يكتبها Claimdesk (ISO 8601، UTC)</translation>
    </message>
    <message>
      <source>{column} {value} refers to no {record}</source>
      <translation>{column} {value} لا يشير إلى أي {record}</translation>
    </message>
    <message>
      <source>{count} long articles were compared only on their first {limit:,} characters.</source>
      <translation>قورنت {count} من المقالات الطويلة في أول {limit:,} محرف منها فقط.</translation>
    </message>
    <message>
      <source>{count} page or time FragmentSelector(s) not checked: their article here has no pages or cues</source>
      <translation>لم يُتحقق من {count} من محددات FragmentSelector للصفحات أو الأوقات: مقالها هنا بلا صفحات أو مقاطع ترجمة</translation>
    </message>
    <message>
      <source>{count} {kind} left out: Claimdesk keeps span labels, verdicts, notes and evidence</source>
      <translation>استُبعد {count} من {kind}: يحتفظ Claimdesk بتسميات المقاطع والأحكام والملاحظات والأدلة</translation>
    </message>
    <message>
      <source>{filename} would unpack to {file_size:,} bytes from {compress_size:,} (a zip bomb?)</source>
      <translation>سيُفك {filename} إلى {file_size:,} بايت من {compress_size:,} (قنبلة zip؟)</translation>
    </message>
    <message numerus="yes">
      <source>{files} and %n more</source>
      <translation>
        <numerusform>{files} و%n ملفات أخرى</numerusform>
        <numerusform>{files} وملف آخر</numerusform>
        <numerusform>{files} وملفان آخران</numerusform>
        <numerusform>{files} و%n ملفات أخرى</numerusform>
        <numerusform>{files} و%n ملفًا آخر</numerusform>
        <numerusform>{files} و%n ملف آخر</numerusform>
      </translation>
    </message>
    <message>
      <source>{file} ({format}): {added} annotations added, {unchanged} already present, {reanchored} re-anchored, {orphaned} orphaned; {articles} articles, {links} links, {claims} claims added</source>
      <translation>{file} ({format}): التعليقات التوضيحية: أُضيف {added}، و{unchanged} موجودة بالفعل، و{reanchored} أُعيد تثبيتها، و{orphaned} فقدت موضعها؛ وأُضيف: المقالات {articles}، والروابط {links}، والادعاءات {claims}</translation>
    </message>
    <message>
      <source>{file}, page {number} ({url})</source>
      <translation>{file}، الصفحة {number} ({url})</translation>
    </message>
    <message>
      <source>{file}: a record breaks the project's rules ({error})</source>
      <translation>{file}: سجل يخالف قواعد المشروع ({error})</translation>
    </message>
    <message>
      <source>{file}: cannot be read ({reason})</source>
      <translation>{file}: تتعذّر قراءته ({reason})</translation>
    </message>
    <message>
      <source>{file}: cannot tell its format; give one of {names}</source>
      <translation>{file}: تعذّر تحديد صيغته؛ حدّد واحدة من {names}</translation>
    </message>
    <message>
      <source>{file}: is a Claimdesk project open here, not {what}</source>
      <translation>{file}: مشروع Claimdesk مفتوح هنا، لا {what}</translation>
    </message>
    <message>
      <source>{file}: is a dataset file ({suffix}), not an article; bring its annotations in with `claimdesk import-annotations` (File &gt; Import annotations)</source>
      <translation>{file}: ملف مجموعة بيانات ({suffix})، لا مقال؛ استورد تعليقاته التوضيحية بـ`claimdesk import-annotations` (ملف &gt; استيراد تعليقات توضيحية)</translation>
    </message>
    <message>
      <source>{file}: is a folder, not {what}</source>
      <translation>{file}: مجلد، لا {what}</translation>
    </message>
    <message>
      <source>{file}: is an SQLite file (a Claimdesk project?), not an article; open it, or merge it into this project</source>
      <translation>{file}: ملف SQLite (مشروع Claimdesk؟)، لا مقال؛ افتحه، أو ادمجه في هذا المشروع</translation>
    </message>
    <message>
      <source>{file}: is over the {limit} limit for {what}</source>
      <translation>{file}: يتجاوز الحد البالغ {limit} لـ{what}</translation>
    </message>
    <message>
      <source>{file}: is {kind}, not a regular file; refused as {what}</source>
      <translation>{file}: {kind}، لا ملف عادي؛ رُفض بوصفه {what}</translation>
    </message>
    <message>
      <source>{file}: is {what}</source>
      <translation>{file}: {what}</translation>
    </message>
    <message>
      <source>{file}: no such file</source>
      <translation>{file}: لا يوجد ملف بهذا الاسم</translation>
    </message>
    <message>
      <source>{file}: not a {fmt} file ({error!r})</source>
      <translation>{file}: ليس ملف {fmt} ({error!r})</translation>
    </message>
    <message>
      <source>{file}: {error}</source>
      <translation>{file}: {error}</translation>
    </message>
    <message>
      <source>{file}: {size:.1f} MB is over the {limit} limit for {what}</source>
      <translation>{file}: {size:.1f} ميغابايت يتجاوز الحد البالغ {limit} لـ{what}</translation>
    </message>
    <message>
      <source>{file}: {warning}</source>
      <translation>{file}: {warning}</translation>
    </message>
    <message>
      <source>{fmt} counts offsets in code points, as its consumers do; a unit can be chosen for {names} only</source>
      <translation>يعدّ {fmt} الإزاحات بالنقاط الرمزية، كما تفعل البرامج التي تستهلكه؛ لا يمكن اختيار الوحدة إلا لـ{names}</translation>
    </message>
    <message>
      <source>{fmt} counts offsets in code points; a unit can be chosen for {names} only</source>
      <translation>يعدّ {fmt} الإزاحات بالنقاط الرمزية؛ لا يمكن اختيار الوحدة إلا لـ{names}</translation>
    </message>
    <message>
      <source>{log} does not belong to this project; move it away to open the project</source>
      <translation>{log} لا ينتمي إلى هذا المشروع؛ انقله إلى مكان آخر لفتح المشروع</translation>
    </message>
    <message>
      <source>{lost} of the claim's appearances not placed</source>
      <translation>{lost} من مواضع ورود الادعاء غير محددة الموضع</translation>
    </message>
    <message>
      <source>{named}: cannot be read ({error})</source>
      <translation>{named}: تتعذّر قراءته ({error})</translation>
    </message>
    <message>
      <source>{named}: evidence_files {evidence_id!r}</source>
      <translation>{named}: evidence_files {evidence_id!r}</translation>
    </message>
    <message>
      <source>{name}, article {number}</source>
      <translation>{name}، المقال {number}</translation>
    </message>
    <message>
      <source>{name}, item {number}</source>
      <translation>{name}، العنصر {number}</translation>
    </message>
    <message>
      <source>{name}, line {number}</source>
      <translation>{name}، السطر {number}</translation>
    </message>
    <message>
      <source>{name}, task {number}</source>
      <translation>{name}، المهمة {number}</translation>
    </message>
    <message>
      <source>{name}, {member}</source>
      <translation>{name}، {member}</translation>
    </message>
    <message>
      <source>{name}, {type_system}</source>
      <translation>{name}، {type_system}</translation>
    </message>
    <message>
      <source>{name}: an XMI file needs the {type_system} INCEpTION exports with it, beside it (or import INCEpTION's ZIP as it is)</source>
      <translation>{name}: يحتاج ملف XMI إلى {type_system} الذي يصدّره INCEpTION معه، بجانبه (أو استورد ملف ZIP الخاص بـINCEpTION كما هو)</translation>
    </message>
    <message>
      <source>{name}: expected INCEpTION's UIMA CAS XMI export (.xmi files and {type_system})</source>
      <translation>{name}: كان المتوقع تصدير UIMA CAS XMI من INCEpTION (ملفات .xmi و{type_system})</translation>
    </message>
    <message>
      <source>{name}: expected a W3C AnnotationCollection</source>
      <translation>{name}: كان المتوقع AnnotationCollection بصيغة W3C</translation>
    </message>
    <message>
      <source>{name}: expected a W3C AnnotationCollection, page or annotation</source>
      <translation>{name}: كان المتوقع AnnotationCollection أو صفحة أو تعليقًا توضيحيًا بصيغة W3C</translation>
    </message>
    <message>
      <source>{name}: expected a list of Label Studio tasks</source>
      <translation>{name}: كان المتوقع قائمة مهام Label Studio</translation>
    </message>
    <message>
      <source>{name}: not a ZIP file (INCEpTION's XMI export)</source>
      <translation>{name}: ليس ملف ZIP (تصدير XMI من INCEpTION)</translation>
    </message>
    <message>
      <source>{name}: the ZIP unpacks to more than one dataset may hold</source>
      <translation>{name}: يُفك ملف ZIP إلى أكثر مما يمكن أن تحتويه مجموعة بيانات واحدة</translation>
    </message>
    <message>
      <source>{name}: the collection holds {count} of its {total} annotations; export it again with every annotation in the file</source>
      <translation>{name}: تحتوي المجموعة على {count} من تعليقاتها التوضيحية البالغة {total}؛ صدّرها مجددًا مع كل التعليقات التوضيحية في الملف</translation>
    </message>
    <message>
      <source>{name}: the collection's pages are not in the file (it links to {names}); Claimdesk fetches nothing: save every page into one file</source>
      <translation>{name}: صفحات المجموعة ليست في الملف (إنها تشير إلى {names})؛ لا يجلب Claimdesk شيئًا: احفظ كل الصفحات في ملف واحد</translation>
    </message>
    <message>
      <source>{out} exists and is not a folder; choose a new folder name</source>
      <translation>{out} موجود وليس مجلدًا؛ اختر اسم مجلد جديدًا</translation>
    </message>
    <message>
      <source>{out} is a folder that is not a brat export; choose an empty or new folder</source>
      <translation>{out} مجلد ليس تصديرًا بصيغة brat؛ اختر مجلدًا فارغًا أو جديدًا</translation>
    </message>
    <message>
      <source>{out}: cannot be written ({reason}); nothing was exported</source>
      <translation>{out}: تتعذّر الكتابة فيه ({reason})؛ لم يُصدَّر شيء</translation>
    </message>
    <message>
      <source>{out}: is a project open here; choose another name for the copy</source>
      <translation>{out}: مشروع مفتوح هنا؛ اختر اسمًا آخر للنسخة</translation>
    </message>
    <message>
      <source>{part} cannot be unpacked ({error})</source>
      <translation>يتعذّر فك {part} ({error})</translation>
    </message>
    <message>
      <source>{part} is not well-formed XML ({error})</source>
      <translation>{part} ليس XML سليم البنية ({error})</translation>
    </message>
    <message>
      <source>{part} unpacks to over the {limit} limit (a zip bomb?)</source>
      <translation>يُفك {part} إلى ما يتجاوز الحد البالغ {limit} (قنبلة zip؟)</translation>
    </message>
    <message>
      <source>{part} would unpack to {size:,.0f} MB, over the {limit} limit (a zip bomb?)</source>
      <translation>سيُفك {part} إلى {size:,.0f} ميغابايت، فوق الحد البالغ {limit} (قنبلة zip؟)</translation>
    </message>
    <message>
      <source>{path}: a Claimdesk project, not a fact-check archive</source>
      <translation>{path}: مشروع Claimdesk، لا أرشيف تدقيقات</translation>
    </message>
    <message>
      <source>{path}: a fact-check archive keeps no write-ahead log (it would be written when read); make a new one with claimdesk archive new</source>
      <translation>{path}: أرشيف التدقيقات لا يحتفظ بسجل كتابة مسبقة (وإلا لكُتب فيه عند قراءته)؛ أنشئ أرشيفًا جديدًا بـclaimdesk archive new</translation>
    </message>
    <message>
      <source>{path}: a fact-check archive of another version ({version}; this Claimdesk reads {supported})</source>
      <translation>{path}: أرشيف تدقيقات من إصدار آخر ({version}؛ هذا الإصدار من Claimdesk يقرأ {supported})</translation>
    </message>
    <message>
      <source>{path}: already exists; an archive is made in a new file</source>
      <translation>{path}: موجود بالفعل؛ يُنشأ الأرشيف في ملف جديد</translation>
    </message>
    <message>
      <source>{path}: an SQLite file, but not a Claimdesk project</source>
      <translation>{path}: ملف SQLite، لكنه ليس مشروع Claimdesk</translation>
    </message>
    <message>
      <source>{path}: busy; another program is writing to it</source>
      <translation>{path}: مشغول؛ برنامج آخر يكتب فيه</translation>
    </message>
    <message>
      <source>{path}: cannot be opened ({error})</source>
      <translation>{path}: يتعذّر فتحه ({error})</translation>
    </message>
    <message>
      <source>{path}: cannot be read ({strerror})</source>
      <translation>{path}: تتعذّر قراءته ({strerror})</translation>
    </message>
    <message>
      <source>{path}: cannot be read from here ({reason})</source>
      <translation>{path}: تتعذّر قراءته من هنا ({reason})</translation>
    </message>
    <message>
      <source>{path}: cannot be written ({error})</source>
      <translation>{path}: تتعذّر الكتابة فيه ({error})</translation>
    </message>
    <message>
      <source>{path}: cannot be written ({reason})</source>
      <translation>{path}: تتعذّر الكتابة فيه ({reason})</translation>
    </message>
    <message>
      <source>{path}: cannot switch to write-ahead logging ({mode})</source>
      <translation>{path}: يتعذّر التحويل إلى سجل الكتابة المسبقة ({mode})</translation>
    </message>
    <message>
      <source>{path}: folder {parent} does not exist</source>
      <translation>{path}: المجلد {parent} غير موجود</translation>
    </message>
    <message>
      <source>{path}: has changes still in its log ({name}) that cannot be read from a read-only folder; copy the folder somewhere you can write</source>
      <translation>{path}: فيه تغييرات ما زالت في سجله ({name}) لا يمكن قراءتها من مجلد للقراءة فقط؛ انسخ المجلد إلى مكان تستطيع الكتابة فيه</translation>
    </message>
    <message>
      <source>{path}: holds over {limit:,} fact-checks</source>
      <translation>{path}: يحتوي على أكثر من {limit:,} تدقيق</translation>
    </message>
    <message>
      <source>{path}: is a folder or a device, not a fact-check archive</source>
      <translation>{path}: مجلد أو جهاز، لا أرشيف تدقيقات</translation>
    </message>
    <message>
      <source>{path}: is a folder, not a project file</source>
      <translation>{path}: مجلد، لا ملف مشروع</translation>
    </message>
    <message>
      <source>{path}: is a named pipe or device, not a project file</source>
      <translation>{path}: أنبوب مسمّى أو جهاز، لا ملف مشروع</translation>
    </message>
    <message>
      <source>{path}: is locked by another program</source>
      <translation>{path}: مقفل من برنامج آخر</translation>
    </message>
    <message>
      <source>{path}: its folder {folder} is read-only, and a project needs to keep its journal files (-wal, -shm) beside it; copy it somewhere you can write</source>
      <translation>{path}: مجلده {folder} للقراءة فقط، والمشروع يحتاج إلى حفظ ملفات السجل (-wal، -shm) بجانبه؛ انسخه إلى مكان تستطيع الكتابة فيه</translation>
    </message>
    <message>
      <source>{path}: locked by another program for over {seconds} s; close it there (or wait) and try again</source>
      <translation>{path}: مقفل من برنامج آخر منذ أكثر من {seconds} ث؛ أغلقه هناك (أو انتظر) وحاول مجددًا</translation>
    </message>
    <message>
      <source>{path}: no such file</source>
      <translation>{path}: لا يوجد ملف بهذا الاسم</translation>
    </message>
    <message>
      <source>{path}: not a Claimdesk project (not an SQLite file)</source>
      <translation>{path}: ليس مشروع Claimdesk (ليس ملف SQLite)</translation>
    </message>
    <message>
      <source>{path}: not a Claimdesk project (truncated SQLite header)</source>
      <translation>{path}: ليس مشروع Claimdesk (ترويسة SQLite مبتورة)</translation>
    </message>
    <message>
      <source>{path}: not a Claimdesk project ({reason})</source>
      <translation>{path}: ليس مشروع Claimdesk ({reason})</translation>
    </message>
    <message>
      <source>{path}: not a fact-check archive (made with claimdesk archive new)</source>
      <translation>{path}: ليس أرشيف تدقيقات (يُنشأ بـclaimdesk archive new)</translation>
    </message>
    <message>
      <source>{path}: not a fact-check archive (not an SQLite file)</source>
      <translation>{path}: ليس أرشيف تدقيقات (ليس ملف SQLite)</translation>
    </message>
    <message>
      <source>{path}: not a readable fact-check archive ({error})</source>
      <translation>{path}: ليس أرشيف تدقيقات مقروءًا ({error})</translation>
    </message>
    <message>
      <source>{path}: opened read-only</source>
      <translation>{path}: فُتح للقراءة فقط</translation>
    </message>
    <message>
      <source>{path}: the archive (or its folder) is read-only; it can be matched against but not added to</source>
      <translation>{path}: الأرشيف (أو مجلده) للقراءة فقط؛ يمكن المطابقة معه لكن لا يمكن الإضافة إليه</translation>
    </message>
    <message>
      <source>{path}: the archive's schema has been altered ({names})</source>
      <translation>{path}: عُدّل مخطط قاعدة بيانات الأرشيف ({names})</translation>
    </message>
    <message>
      <source>{path}: the disk could not be read or written ({error}); nothing was changed</source>
      <translation>{path}: تعذّرت القراءة من القرص أو الكتابة فيه ({error})؛ لم يتغيّر شيء</translation>
    </message>
    <message>
      <source>{path}: the disk could not be read or written while checking its log {name} ({reason}); nothing was changed</source>
      <translation>{path}: تعذّرت القراءة من القرص أو الكتابة فيه أثناء فحص سجله {name} ({reason})؛ لم يتغيّر شيء</translation>
    </message>
    <message>
      <source>{path}: the disk is full; nothing was changed</source>
      <translation>{path}: القرص ممتلئ؛ لم يتغيّر شيء</translation>
    </message>
    <message>
      <source>{path}: the fact-check index cannot answer ({error})</source>
      <translation>{path}: فهرس التدقيقات لا يستجيب ({error})</translation>
    </message>
    <message>
      <source>{path}: the file is read-only; it can be checked or exported but not edited (copy it somewhere you can write, or change its permissions)</source>
      <translation>{path}: الملف للقراءة فقط؛ يمكن فحصه أو تصديره لكن لا يمكن تعديله (انسخه إلى مكان تستطيع الكتابة فيه، أو غيّر أذوناته)</translation>
    </message>
    <message>
      <source>{path}: the file is truncated ({size} bytes, its header promises {promised})</source>
      <translation>{path}: الملف مبتور ({size} بايت، وترويسته تعد بـ{promised})</translation>
    </message>
    <message>
      <source>{path}: the project's schema has been altered ({names})</source>
      <translation>{path}: عُدّل مخطط قاعدة بيانات المشروع ({names})</translation>
    </message>
    <message>
      <source>{path}: the published report</source>
      <translation>{path}: التقرير المنشور</translation>
    </message>
    <message>
      <source>{path}: the search index cannot answer ({error})</source>
      <translation>{path}: فهرس البحث لا يستجيب ({error})</translation>
    </message>
    <message>
      <source>{path}: written by a newer Claimdesk (schema {version}; this version reads up to {supported}). Update Claimdesk to open it; the file was not changed.</source>
      <translation>{path}: كتبه إصدار أحدث من Claimdesk (المخطط {version}؛ هذا الإصدار يقرأ حتى {supported}). حدّث Claimdesk لفتحه؛ لم يتغيّر الملف.</translation>
    </message>
    <message>
      <source>{path}: written by an older Claimdesk (schema {version}); open it once in this version, where it can be written, to upgrade it</source>
      <translation>{path}: كتبه إصدار أقدم من Claimdesk (المخطط {version})؛ افتحه مرة واحدة في هذا الإصدار، في مكان تمكن الكتابة فيه، لترقيته</translation>
    </message>
    <message>
      <source>{path}: written by an older Claimdesk, and a copy of it could not be upgraded for the merge in {folder} ({reason})</source>
      <translation>{path}: كتبه إصدار أقدم من Claimdesk، وتعذّرت ترقية نسخة منه للدمج في {folder} ({reason})</translation>
    </message>
    <message>
      <source>{path}: {foreign}</source>
      <translation>{path}: {foreign}</translation>
    </message>
    <message>
      <source>{path}: {where} holds a value of the wrong type or length</source>
      <translation>{path}: يحتوي {where} على قيمة من نوع أو طول خاطئ</translation>
    </message>
    <message>
      <source>{place}: "url" is not a web address</source>
      <translation>{place}: "url" ليس عنوان ويب</translation>
    </message>
    <message>
      <source>{place}: has no claim (the claim reviewed is missing or empty)</source>
      <translation>{place}: لا ادعاء فيه (الادعاء المُراجَع مفقود أو فارغ)</translation>
    </message>
    <message>
      <source>{place}: must be an object</source>
      <translation>{place}: يجب أن يكون كائنًا</translation>
    </message>
    <message>
      <source>{place}: {error}</source>
      <translation>{place}: {error}</translation>
    </message>
    <message>
      <source>{place}: {problem}</source>
      <translation>{place}: {problem}</translation>
    </message>
    <message>
      <source>{place}: {reason}</source>
      <translation>{place}: {reason}</translation>
    </message>
    <message>
      <source>{place}: {warning}</source>
      <translation>{place}: {warning}</translation>
    </message>
    <message>
      <source>{remark} ({count} lines)</source>
      <translation>{remark} (عدد الأسطر: {count})</translation>
    </message>
    <message>
      <source>{spot}: a labels result needs start, end and a label</source>
      <translation>{spot}: تحتاج نتيجة التسميات إلى start وend وتسمية</translation>
    </message>
    <message>
      <source>{spot}: expected an object</source>
      <translation>{spot}: كان المتوقع كائنًا</translation>
    </message>
    <message>
      <source>{spot}: expected an object with start, end and label</source>
      <translation>{spot}: كان المتوقع كائنًا فيه start وend وlabel</translation>
    </message>
    <message>
      <source>{spot}: from_id and to_id must be ids of this line's entities</source>
      <translation>{spot}: يجب أن يكون from_id وto_id معرّفين لكيانات هذا السطر</translation>
    </message>
    <message>
      <source>{spot}: missing 'id'</source>
      <translation>{spot}: 'id' مفقود</translation>
    </message>
    <message>
      <source>{spot}: missing '{missing}'</source>
      <translation>{spot}: '{missing}' مفقود</translation>
    </message>
    <message>
      <source>{spot}: no value</source>
      <translation>{spot}: لا قيمة</translation>
    </message>
    <message>
      <source>{spot}: start and end must be whole numbers</source>
      <translation>{spot}: يجب أن يكون start وend عددين صحيحين</translation>
    </message>
    <message>
      <source>{spot}: the labels must be a list</source>
      <translation>{spot}: يجب أن تكون التسميات قائمة</translation>
    </message>
    <message>
      <source>{table} row {rowid}: refers to a missing {parent} record</source>
      <translation>{table} الصف {rowid}: يشير إلى سجل {parent} مفقود</translation>
    </message>
    <message>
      <source>{table} {id}: live, but its {column} {ref} is deleted</source>
      <translation>{table} {id}: قائم، لكن {column} {ref} الخاص به محذوف</translation>
    </message>
    <message>
      <source>{table} {id}: {column} {ref} does not exist</source>
      <translation>{table} {id}: {column} {ref} غير موجود</translation>
    </message>
    <message>
      <source>{table} {record!r}: {reason}</source>
      <translation>{table} {record!r}: {reason}</translation>
    </message>
    <message>
      <source>{table} {record_id}: has the same name as {holder}</source>
      <translation>{table} {record_id}: له الاسم نفسه الذي لـ{holder}</translation>
    </message>
    <message>
      <source>{table} {record_id}: {column} is over the limit of {most:,} characters</source>
      <translation>{table} {record_id}: {column} يتجاوز الحد البالغ {most:,} محرف</translation>
    </message>
    <message>
      <source>{table} {record_id}: {problem}</source>
      <translation>{table} {record_id}: {problem}</translation>
    </message>
    <message>
      <source>{table} {record}: {column} {reason}</source>
      <translation>{table} {record}: {column} {reason}</translation>
    </message>
    <message>
      <source>{table}: {added} added, {updated} updated</source>
      <translation>{table}: أُضيف {added}، وحُدّث {updated}</translation>
    </message>
    <message>
      <source>{table}: {added} added, {updated} updated, {deleted} arrived deleted</source>
      <translation>{table}: أُضيف {added}، وحُدّث {updated}، ووصل {deleted} محذوفًا</translation>
    </message>
    <message>
      <source>{template} (line {line}): the report template failed: {error}</source>
      <translation>{template} (السطر {line}): فشل قالب التقرير: {error}</translation>
    </message>
    <message>
      <source>{template}: the report template failed: {error}</source>
      <translation>{template}: فشل قالب التقرير: {error}</translation>
    </message>
    <message>
      <source>{value!r} is not a Tesseract language code such as eng, spa or chi_sim (several joined by +, as spa+eng)</source>
      <translation>{value!r} ليس رمز لغة في Tesseract مثل eng أو spa أو chi_sim (تُربط عدة رموز بـ+، مثل spa+eng)</translation>
    </message>
    <message>
      <source>{value!r} is not an ISO 8601 date and time</source>
      <translation>{value!r} ليس تاريخًا ووقتًا بصيغة ISO 8601</translation>
    </message>
    <message>
      <source>{value!r} is out of range (before year 1 or after 9999 in UTC)</source>
      <translation>{value!r} خارج النطاق (قبل السنة 1 أو بعد 9999 بتوقيت UTC)</translation>
    </message>
    <message>
      <source>{where}, annotation {number}</source>
      <translation>{where}، التعليق التوضيحي {number}</translation>
    </message>
    <message>
      <source>{where}, annotation {number}: expected a result list</source>
      <translation>{where}، التعليق التوضيحي {number}: كان المتوقع قائمة نتائج</translation>
    </message>
    <message>
      <source>{where}, claim {number}</source>
      <translation>{where}، الادعاء {number}</translation>
    </message>
    <message>
      <source>{where}, entity {number}</source>
      <translation>{where}، الكيان {number}</translation>
    </message>
    <message>
      <source>{where}, label {number}</source>
      <translation>{where}، التسمية {number}</translation>
    </message>
    <message>
      <source>{where}, label {number}: expected [start, end, label]</source>
      <translation>{where}، التسمية {number}: كان المتوقع [start, end, label]</translation>
    </message>
    <message>
      <source>{where}, link {number}</source>
      <translation>{where}، الرابط {number}</translation>
    </message>
    <message>
      <source>{where}, relation {number}</source>
      <translation>{where}، العلاقة {number}</translation>
    </message>
    <message>
      <source>{where}, result {number}</source>
      <translation>{where}، النتيجة {number}</translation>
    </message>
    <message>
      <source>{where}, span {number}</source>
      <translation>{where}، المقطع {number}</translation>
    </message>
    <message>
      <source>{where}, {control} {number}</source>
      <translation>{where}، {control} {number}</translation>
    </message>
    <message>
      <source>{where}: "annotations" must be a list</source>
      <translation>{where}: يجب أن يكون "annotations" قائمة</translation>
    </message>
    <message>
      <source>{where}: "provenance" must be an object</source>
      <translation>{where}: يجب أن يكون "provenance" كائنًا</translation>
    </message>
    <message>
      <source>{where}: "segments" must be a list of at most {limit:,}</source>
      <translation>{where}: يجب أن يكون "segments" قائمة لا يتجاوز عدد عناصرها {limit:,}</translation>
    </message>
    <message>
      <source>{where}: "{field}" contains a NUL character</source>
      <translation>{where}: يحتوي "{field}" على محرف NUL</translation>
    </message>
    <message>
      <source>{where}: "{field}" has {count:,} items, over the limit of {limit}</source>
      <translation>{where}: عدد عناصر "{field}" {count:,}، فوق الحد البالغ {limit}</translation>
    </message>
    <message>
      <source>{where}: "{field}" is not valid Unicode (a lone surrogate U+{code:04X} at character {start})</source>
      <translation>{where}: "{field}" ليس Unicode صالحًا (بديل منفرد U+{code:04X} عند المحرف {start})</translation>
    </message>
    <message>
      <source>{where}: "{field}" is {count:,} characters, over the limit of {limit:,}</source>
      <translation>{where}: عدد محارف "{field}" {count:,}، فوق الحد البالغ {limit:,}</translation>
    </message>
    <message>
      <source>{where}: "{field}" must be a list of links, not {kind}</source>
      <translation>{where}: يجب أن يكون "{field}" قائمة روابط، لا {kind}</translation>
    </message>
    <message>
      <source>{where}: "{field}" must be an object</source>
      <translation>{where}: يجب أن يكون "{field}" كائنًا</translation>
    </message>
    <message>
      <source>{where}: "{field}" must be text, not {kind}</source>
      <translation>{where}: يجب أن يكون "{field}" نصًا، لا {kind}</translation>
    </message>
    <message>
      <source>{where}: "{field}" must hold objects</source>
      <translation>{where}: يجب أن يحتوي "{field}" على كائنات</translation>
    </message>
    <message>
      <source>{where}: "{key}" holds {count:,} records, over the limit of {limit:,} per file</source>
      <translation>{where}: عدد سجلات "{key}" {count:,}، فوق الحد البالغ {limit:,} لكل ملف</translation>
    </message>
    <message>
      <source>{where}: "{key}" must be a list</source>
      <translation>{where}: يجب أن يكون "{key}" قائمة</translation>
    </message>
    <message>
      <source>{where}: "{key}" must be a list of objects</source>
      <translation>{where}: يجب أن يكون "{key}" قائمة كائنات</translation>
    </message>
    <message>
      <source>{where}: "{key}" must be an object</source>
      <translation>{where}: يجب أن يكون "{key}" كائنًا</translation>
    </message>
    <message>
      <source>{where}: ClaimReview {number}</source>
      <translation>{where}: ClaimReview {number}</translation>
    </message>
    <message>
      <source>{where}: JSON nested deeper than {limit} levels; refused</source>
      <translation>{where}: JSON متداخل لأعمق من {limit} مستويات؛ مرفوض</translation>
    </message>
    <message>
      <source>{where}: XML with a DOCTYPE or entities is refused</source>
      <translation>{where}: يُرفض XML الذي يحتوي على DOCTYPE أو كيانات</translation>
    </message>
    <message>
      <source>{where}: a claimant must be an object with "name" and "kind"</source>
      <translation>{where}: يجب أن يكون القائل كائنًا فيه "name" و"kind"</translation>
    </message>
    <message>
      <source>{where}: a linking annotation needs exactly two targets</source>
      <translation>{where}: يحتاج تعليق الربط التوضيحي إلى هدفين اثنين بالضبط</translation>
    </message>
    <message>
      <source>{where}: a task needs a "data" object (or is a JSON_MIN record with regions)</source>
      <translation>{where}: تحتاج المهمة إلى كائن "data" (أو أن تكون سجل JSON_MIN بمناطق)</translation>
    </message>
    <message>
      <source>{where}: a text area's text must be a list of lines</source>
      <translation>{where}: يجب أن يكون نص المساحة النصية قائمة أسطر</translation>
    </message>
    <message>
      <source>{where}: already in the project as “{title}”</source>
      <translation>{where}: موجود في المشروع بالفعل باسم «{title}»</translation>
    </message>
    <message>
      <source>{where}: an article needs an id and a text</source>
      <translation>{where}: يحتاج المقال إلى معرّف ونص</translation>
    </message>
    <message>
      <source>{where}: annotator_id refers to no annotator</source>
      <translation>{where}: annotator_id لا يشير إلى أي معلّق</translation>
    </message>
    <message>
      <source>{where}: article {article_id} is not in the project and the file does not hold its text</source>
      <translation>{where}: المقال {article_id} ليس في المشروع والملف لا يحتوي على نصه</translation>
    </message>
    <message>
      <source>{where}: claim {number}</source>
      <translation>{where}: الادعاء {number}</translation>
    </message>
    <message>
      <source>{where}: claimant kind {kind!r} is not person or organization</source>
      <translation>{where}: نوع القائل {kind!r} ليس شخصًا ولا مؤسسة</translation>
    </message>
    <message>
      <source>{where}: confidence must be a number</source>
      <translation>{where}: يجب أن تكون الثقة رقمًا</translation>
    </message>
    <message>
      <source>{where}: expected a JSON object for one article</source>
      <translation>{where}: كان المتوقع كائن JSON لمقال واحد</translation>
    </message>
    <message>
      <source>{where}: holds no fact-check (no ClaimReview, no claims)</source>
      <translation>{where}: لا يحتوي على أي تدقيق (لا ClaimReview ولا ادعاءات)</translation>
    </message>
    <message>
      <source>{where}: holds over {limit:,} fact-checks; split it</source>
      <translation>{where}: يحتوي على أكثر من {limit:,} تدقيق؛ قسّمه</translation>
    </message>
    <message>
      <source>{where}: is over the {limit} limit for one evidence file</source>
      <translation>{where}: يتجاوز الحد البالغ {limit} لملف أدلة واحد</translation>
    </message>
    <message>
      <source>{where}: its FragmentSelector says {fragment} but the quote is on {placed}; the fragment is ignored</source>
      <translation>{where}: يقول FragmentSelector الخاص به {fragment} لكن الاقتباس في {placed}؛ يُتجاهل الجزء</translation>
    </message>
    <message>
      <source>{where}: missing {error}</source>
      <translation>{where}: {error} مفقود</translation>
    </message>
    <message>
      <source>{where}: neither ClaimReview JSON-LD nor claims:search JSON</source>
      <translation>{where}: ليس ClaimReview JSON-LD ولا claims:search JSON</translation>
    </message>
    <message>
      <source>{where}: no TextPositionSelector or TextQuoteSelector</source>
      <translation>{where}: لا TextPositionSelector ولا TextQuoteSelector</translation>
    </message>
    <message>
      <source>{where}: no text in the field "{named}"</source>
      <translation>{where}: لا نص في الحقل "{named}"</translation>
    </message>
    <message>
      <source>{where}: not UTF-8 text (invalid byte 0x{byte:02x} at byte {start})</source>
      <translation>{where}: ليس نص UTF-8 (بايت غير صالح 0x{byte:02x} عند البايت {start})</translation>
    </message>
    <message>
      <source>{where}: not a UIMA CAS XMI file ({error})</source>
      <translation>{where}: ليس ملف UIMA CAS XMI ({error})</translation>
    </message>
    <message>
      <source>{where}: not a W3C Annotation (type must be Annotation)</source>
      <translation>{where}: ليس W3C Annotation (يجب أن يكون type هو Annotation)</translation>
    </message>
    <message>
      <source>{where}: not valid JSON ({error})</source>
      <translation>{where}: ليس JSON صالحًا ({error})</translation>
    </message>
    <message>
      <source>{where}: refers to no {record}</source>
      <translation>{where}: لا يشير إلى أي {record}</translation>
    </message>
    <message>
      <source>{where}: say why the figures do not contradict each other</source>
      <translation>{where}: اذكر سبب عدم تناقض الأرقام فيما بينها</translation>
    </message>
    <message>
      <source>{where}: segment starts must rise inside the article's text</source>
      <translation>{where}: يجب أن تتزايد بدايات الأجزاء داخل نص المقال</translation>
    </message>
    <message>
      <source>{where}: segment {number} needs a start within the article's text</source>
      <translation>{where}: يحتاج الجزء {number} إلى بداية داخل نص المقال</translation>
    </message>
    <message>
      <source>{where}: segment {number} starts before the one before</source>
      <translation>{where}: يبدأ الجزء {number} قبل الجزء الذي يسبقه</translation>
    </message>
    <message>
      <source>{where}: segments are not JSON</source>
      <translation>{where}: الأجزاء ليست JSON</translation>
    </message>
    <message>
      <source>{where}: segments must be a list of objects with a start</source>
      <translation>{where}: يجب أن تكون الأجزاء قائمة كائنات لكل منها بداية</translation>
    </message>
    <message>
      <source>{where}: selector start and end must be whole numbers</source>
      <translation>{where}: يجب أن تكون بداية المحدد ونهايته عددين صحيحين</translation>
    </message>
    <message>
      <source>{where}: span {start}–{end} is outside the article text (0–{length}) or empty</source>
      <translation>{where}: المقطع {start}–{end} خارج نص المقال (0–{length}) أو فارغ</translation>
    </message>
    <message>
      <source>{where}: start and end must be whole numbers</source>
      <translation>{where}: يجب أن تكون البداية والنهاية عددين صحيحين</translation>
    </message>
    <message>
      <source>{where}: the article has no "id"</source>
      <translation>{where}: لا "id" للمقال</translation>
    </message>
    <message>
      <source>{where}: the article has no "{field}"</source>
      <translation>{where}: لا "{field}" للمقال</translation>
    </message>
    <message>
      <source>{where}: the article text is over the {limit} limit for one article</source>
      <translation>{where}: نص المقال يتجاوز الحد البالغ {limit} للمقال الواحد</translation>
    </message>
    <message>
      <source>{where}: the claim's figures do not differ</source>
      <translation>{where}: أرقام الادعاء لا تختلف</translation>
    </message>
    <message>
      <source>{where}: the same file is already attached there</source>
      <translation>{where}: الملف نفسه مرفق هناك بالفعل</translation>
    </message>
    <message>
      <source>{where}: the target must name a source article and a selector</source>
      <translation>{where}: يجب أن يسمّي الهدف مقالًا مصدرًا ومحددًا</translation>
    </message>
    <message>
      <source>{where}: the task has no text field (data.text or another)</source>
      <translation>{where}: لا حقل نصي في المهمة (data.text أو غيره)</translation>
    </message>
    <message>
      <source>{where}: the {key} field is a link to the text, not the text; nothing is fetched: export the tasks with the text in them</source>
      <translation>{where}: الحقل {key} رابط إلى النص، لا النص نفسه؛ لا يُجلب شيء: صدّر المهام والنص فيها</translation>
    </message>
    <message>
      <source>{where}: which field holds the text, {names}? name it with --text-field</source>
      <translation>{where}: أي حقل يحتوي على النص، {names}؟ سمّه بـ--text-field</translation>
    </message>
    <message>
      <source>{where}: {count:,} records (articles, annotations, links, claims), over the limit of {limit:,} per file</source>
      <translation>{where}: عدد السجلات {count:,} (مقالات، تعليقات توضيحية، روابط، ادعاءات)، فوق الحد البالغ {limit:,} لكل ملف</translation>
    </message>
    <message>
      <source>{where}: {error}</source>
      <translation>{where}: {error}</translation>
    </message>
    <message>
      <source>{where}: {fragment}; ignored</source>
      <translation>{where}: {fragment}؛ تم تجاهله</translation>
    </message>
    <message>
      <source>{where}: {problem}</source>
      <translation>{where}: {problem}</translation>
    </message>
    <message>
      <source>“{title}” is long: only its first {limit:,} characters were compared.</source>
      <translation>«{title}» طويل: لم يُقارن منه سوى أول {limit:,} محرف.</translation>
    </message>
    <message>
      <source>…and {count} more FragmentSelectors ignored</source>
      <translation>…وتُجوهل {count} من محددات FragmentSelector الأخرى</translation>
    </message>
  </context>
  <context>
    <name>OperationCommand</name>
    <message>
      <source>undo “{action}”</source>
      <translation>التراجع عن «{action}»</translation>
    </message>
  </context>
  <context>
    <name>ProjectDocks</name>
    <message>
      <source>Annotations</source>
      <translation>التعليقات التوضيحية</translation>
    </message>
    <message>
      <source>Articles</source>
      <translation>المقالات</translation>
    </message>
    <message>
      <source>Claims</source>
      <translation>الادعاءات</translation>
    </message>
    <message>
      <source>Inspector</source>
      <translation>الخصائص</translation>
    </message>
    <message>
      <source>Suggestions</source>
      <translation>الاقتراحات</translation>
    </message>
  </context>
  <context>
    <name>PublishDialog</name>
    <message>
      <source>&amp;All</source>
      <translation>ال&amp;كل</translation>
    </message>
    <message>
      <source>&amp;Format:</source>
      <translation>ال&amp;صيغة:</translation>
    </message>
    <message>
      <source>&amp;Language of the page:</source>
      <translation>&amp;لغة الصفحة:</translation>
    </message>
    <message>
      <source>&amp;One page</source>
      <translation>صفحة &amp;واحدة</translation>
    </message>
    <message>
      <source>&amp;Publish</source>
      <translation>&amp;نشر</translation>
    </message>
    <message>
      <source>&amp;Save to:</source>
      <translation>&amp;حفظ في:</translation>
    </message>
    <message>
      <source>&amp;These:</source>
      <translation>&amp;هذه:</translation>
    </message>
    <message>
      <source>A new folder for the pages</source>
      <translation>مجلد جديد للصفحات</translation>
    </message>
    <message>
      <source>C&amp;hoose…</source>
      <translation>ا&amp;ختيار…</translation>
    </message>
    <message>
      <source>Claims to publish</source>
      <translation>الادعاءات المراد نشرها</translation>
    </message>
    <message>
      <source>Claims:</source>
      <translation>الادعاءات:</translation>
    </message>
    <message>
      <source>Markdown</source>
      <translation>Markdown</translation>
    </message>
    <message>
      <source>One page per &amp;claim (a folder)</source>
      <translation>صفحة لكل ا&amp;دعاء (مجلد)</translation>
    </message>
    <message>
      <source>Only &amp;rated</source>
      <translation>المقيَّمة &amp;فقط</translation>
    </message>
    <message>
      <source>Or&amp;ganisation:</source>
      <translation>الم&amp;ؤسسة:</translation>
    </message>
    <message>
      <source>PDF</source>
      <translation>PDF</translation>
    </message>
    <message>
      <source>Pages:</source>
      <translation>الصفحات:</translation>
    </message>
    <message>
      <source>Publish report</source>
      <translation>نشر تقرير</translation>
    </message>
    <message>
      <source>Review &amp;URL base:</source>
      <translation>أساس &amp;عنوان URL للمراجعة:</translation>
    </message>
    <message>
      <source>Save to</source>
      <translation>حفظ في</translation>
    </message>
    <message>
      <source>Web page (HTML)</source>
      <translation>صفحة ويب (HTML)</translation>
    </message>
    <message>
      <source>Without it the published reviews have no web address, which Google requires.</source>
      <translation>من دونه لن يكون للمراجعات المنشورة عنوان ويب، وهو ما تشترطه Google.</translation>
    </message>
    <message>
      <source>Your newsroom, named on the page and in ClaimReview</source>
      <translation>غرفة أخباركم، يُذكر اسمها في الصفحة وفي ClaimReview</translation>
    </message>
    <message>
      <source>https://example.org/fact-checks/ (claim id is added)</source>
      <translation>https://example.org/fact-checks/ (يُضاف معرّف الادعاء)</translation>
    </message>
    <message>
      <source>not rated</source>
      <translation>غير مقيَّم</translation>
    </message>
    <message>
      <source>{language} (the project's)</source>
      <translation>{language} (لغة المشروع)</translation>
    </message>
    <message>
      <source>{number}. {wording} — {rating}</source>
      <translation>{number}. {wording} — {rating}</translation>
    </message>
  </context>
  <context>
    <name>RelationDialog</name>
    <message>
      <source>&amp;1  Same claim — the same statement, perhaps with other figures</source>
      <translation>&amp;1  الادعاء نفسه — العبارة نفسها، ربما بأرقام أخرى</translation>
    </message>
    <message>
      <source>&amp;2  Supports — the first backs up the second</source>
      <translation>&amp;2  يدعم — الأول يؤيد الثاني</translation>
    </message>
    <message>
      <source>&amp;3  Contradicts — the two cannot both be true</source>
      <translation>&amp;3  يناقض — لا يمكن أن يكون الاثنان صحيحين معًا</translation>
    </message>
    <message>
      <source>&amp;4  Related — worth reading together</source>
      <translation>&amp;4  ذو صلة — تستحق القراءة معًا</translation>
    </message>
    <message>
      <source>From: {quote}</source>
      <translation>من: {quote}</translation>
    </message>
    <message>
      <source>Link</source>
      <translation>ربط</translation>
    </message>
    <message>
      <source>Link annotations</source>
      <translation>ربط التعليقات التوضيحية</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>ملاحظة</translation>
    </message>
    <message>
      <source>Note (optional): why they relate</source>
      <translation>ملاحظة (اختيارية): سبب الارتباط بينهما</translation>
    </message>
    <message>
      <source>To: {quote}</source>
      <translation>إلى: {quote}</translation>
    </message>
  </context>
  <context>
    <name>Relations</name>
    <message>
      <source>contradicts</source>
      <translation>يناقض</translation>
    </message>
    <message>
      <source>related</source>
      <translation>ذو صلة</translation>
    </message>
    <message>
      <source>same claim</source>
      <translation>الادعاء نفسه</translation>
    </message>
    <message>
      <source>supports</source>
      <translation>يدعم</translation>
    </message>
  </context>
  <context>
    <name>ReviewDecision</name>
    <message>
      <source>Accept annotation</source>
      <translation>قبول التعليق التوضيحي</translation>
    </message>
    <message>
      <source>Clear review decision</source>
      <translation>مسح قرار المراجعة</translation>
    </message>
    <message>
      <source>Reject annotation</source>
      <translation>رفض التعليق التوضيحي</translation>
    </message>
  </context>
  <context>
    <name>ReviewHighlights</name>
    <message>
      <source>(unknown tag)</source>
      <translation>(وسم غير معروف)</translation>
    </message>
    <message>
      <source>{name} (you)</source>
      <translation>{name} (أنت)</translation>
    </message>
  </context>
  <context>
    <name>ReviewMode</name>
    <message>
      <source>All of {colleague}'s annotations are reviewed</source>
      <translation>رُوجعت كل التعليقات التوضيحية لـ{colleague}</translation>
    </message>
    <message>
      <source>Choose an annotation in the Review list</source>
      <translation>اختر تعليقًا توضيحيًا من قائمة المراجعة</translation>
    </message>
    <message>
      <source>No one else has annotations in this project yet. Bring a colleague's work in with File → Merge a colleague's project… first.</source>
      <translation>لا أحد غيرك لديه تعليقات توضيحية في هذا المشروع بعد. أحضر عمل زميل أولًا عبر ملف → دمج مشروع زميل…</translation>
    </message>
    <message>
      <source>Reject annotation</source>
      <translation>رفض التعليق التوضيحي</translation>
    </message>
    <message>
      <source>Review</source>
      <translation>المراجعة</translation>
    </message>
    <message>
      <source>Reviewing {colleague}'s annotations: A accept, R reject, E edit and accept, J / K next / previous</source>
      <translation>مراجعة التعليقات التوضيحية لـ{colleague}: A قبول، R رفض، E تعديل وقبول، J / K التالي / السابق</translation>
    </message>
    <message>
      <source>Start review</source>
      <translation>بدء المراجعة</translation>
    </message>
    <message>
      <source>Why? (optional; Enter to reject without a comment)</source>
      <translation>لماذا؟ (اختياري؛ Enter للرفض دون تعليق)</translation>
    </message>
  </context>
  <context>
    <name>ReviewModel</name>
    <message>
      <source>Article</source>
      <translation>المقال</translation>
    </message>
    <message>
      <source>Comment</source>
      <translation>التعليق</translation>
    </message>
    <message>
      <source>Decision</source>
      <translation>القرار</translation>
    </message>
    <message>
      <source>Difference</source>
      <translation>الاختلاف</translation>
    </message>
    <message>
      <source>Tag</source>
      <translation>الوسم</translation>
    </message>
    <message>
      <source>Text</source>
      <translation>النص</translation>
    </message>
  </context>
  <context>
    <name>ReviewPanel</name>
    <message>
      <source>%v of %m reviewed</source>
      <translation>رُوجع %v من %m</translation>
    </message>
    <message>
      <source>Accepted</source>
      <translation>مقبولة</translation>
    </message>
    <message>
      <source>All</source>
      <translation>الكل</translation>
    </message>
    <message>
      <source>Annotations to review</source>
      <translation>التعليقات التوضيحية المراد مراجعتها</translation>
    </message>
    <message>
      <source>Rejected</source>
      <translation>مرفوضة</translation>
    </message>
    <message>
      <source>Show annotations</source>
      <translation>إظهار التعليقات التوضيحية</translation>
    </message>
    <message>
      <source>Show:</source>
      <translation>إظهار:</translation>
    </message>
    <message>
      <source>Unreviewed</source>
      <translation>غير مُراجَعة</translation>
    </message>
    <message>
      <source>{pending} to review · {accepted} accepted · {rejected} rejected</source>
      <translation>{pending} للمراجعة · {accepted} مقبولة · {rejected} مرفوضة</translation>
    </message>
  </context>
  <context>
    <name>ReviewRow</name>
    <message>
      <source>to review</source>
      <translation>للمراجعة</translation>
    </message>
    <message>
      <source>✓ accepted</source>
      <translation>✓ مقبول</translation>
    </message>
    <message>
      <source>✗ rejected</source>
      <translation>✗ مرفوض</translation>
    </message>
  </context>
  <context>
    <name>SchemeDialog</name>
    <message>
      <source>&amp;Tags</source>
      <translation>ال&amp;وسوم</translation>
    </message>
    <message>
      <source>&amp;Verdicts</source>
      <translation>الأ&amp;حكام</translation>
    </message>
    <message>
      <source>Tag scheme and verdict scale</source>
      <translation>مخطط الوسوم وسلّم الأحكام</translation>
    </message>
  </context>
  <context>
    <name>SchemePage</name>
    <message numerus="yes">
      <source>%n annotations carry the verdict “{verdict}”. Remove the verdict from the scale and from them?</source>
      <translation>
        <numerusform>عدد التعليقات التوضيحية التي تحمل الحكم «{verdict}»: %n. هل تريد إزالة الحكم من السلّم ومنها؟</numerusform>
        <numerusform>عدد التعليقات التوضيحية التي تحمل الحكم «{verdict}»: %n. هل تريد إزالة الحكم من السلّم ومنها؟</numerusform>
        <numerusform>عدد التعليقات التوضيحية التي تحمل الحكم «{verdict}»: %n. هل تريد إزالة الحكم من السلّم ومنها؟</numerusform>
        <numerusform>عدد التعليقات التوضيحية التي تحمل الحكم «{verdict}»: %n. هل تريد إزالة الحكم من السلّم ومنها؟</numerusform>
        <numerusform>عدد التعليقات التوضيحية التي تحمل الحكم «{verdict}»: %n. هل تريد إزالة الحكم من السلّم ومنها؟</numerusform>
        <numerusform>عدد التعليقات التوضيحية التي تحمل الحكم «{verdict}»: %n. هل تريد إزالة الحكم من السلّم ومنها؟</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n annotations use the tag “{tag}”. Remove the tag and those annotations?</source>
      <translation>
        <numerusform>عدد التعليقات التوضيحية التي تستخدم الوسم «{tag}»: %n. هل تريد إزالة الوسم وهذه التعليقات التوضيحية؟</numerusform>
        <numerusform>عدد التعليقات التوضيحية التي تستخدم الوسم «{tag}»: %n. هل تريد إزالة الوسم وهذه التعليقات التوضيحية؟</numerusform>
        <numerusform>عدد التعليقات التوضيحية التي تستخدم الوسم «{tag}»: %n. هل تريد إزالة الوسم وهذه التعليقات التوضيحية؟</numerusform>
        <numerusform>عدد التعليقات التوضيحية التي تستخدم الوسم «{tag}»: %n. هل تريد إزالة الوسم وهذه التعليقات التوضيحية؟</numerusform>
        <numerusform>عدد التعليقات التوضيحية التي تستخدم الوسم «{tag}»: %n. هل تريد إزالة الوسم وهذه التعليقات التوضيحية؟</numerusform>
        <numerusform>عدد التعليقات التوضيحية التي تستخدم الوسم «{tag}»: %n. هل تريد إزالة الوسم وهذه التعليقات التوضيحية؟</numerusform>
      </translation>
    </message>
    <message>
      <source>&amp;Add</source>
      <translation>إ&amp;ضافة</translation>
    </message>
    <message>
      <source>&amp;Description</source>
      <translation>ال&amp;وصف</translation>
    </message>
    <message>
      <source>&amp;Key</source>
      <translation>ال&amp;مفتاح</translation>
    </message>
    <message>
      <source>&amp;Name</source>
      <translation>الا&amp;سم</translation>
    </message>
    <message>
      <source>&amp;Remove…</source>
      <translation>إ&amp;زالة…</translation>
    </message>
    <message>
      <source>&amp;Value</source>
      <translation>ال&amp;قيمة</translation>
    </message>
    <message>
      <source>1–9, or empty</source>
      <translation>1–9، أو فارغ</translation>
    </message>
    <message>
      <source>A tag's {problem}.</source>
      <translation>خطأ في الوسم: {problem}.</translation>
    </message>
    <message>
      <source>C&amp;olour</source>
      <translation>ال&amp;لون</translation>
    </message>
    <message>
      <source>Choose…</source>
      <translation>اختيار…</translation>
    </message>
    <message>
      <source>Colour of {name}</source>
      <translation>لون {name}</translation>
    </message>
    <message>
      <source>Higher is truer; used as ratingValue in ClaimReview</source>
      <translation>الأعلى أصدق؛ يُستخدم كقيمة ratingValue في ClaimReview</translation>
    </message>
    <message>
      <source>Key {key} already tags “{tag}”; choose another.</source>
      <translation>المفتاح {key} يسِم بالفعل بـ«{tag}»؛ اختر مفتاحًا آخر.</translation>
    </message>
    <message>
      <source>Move &amp;up</source>
      <translation>تحريك لأ&amp;على</translation>
    </message>
    <message>
      <source>Move do&amp;wn</source>
      <translation>تحريك لأس&amp;فل</translation>
    </message>
    <message>
      <source>New tag {number}</source>
      <translation>وسم جديد {number}</translation>
    </message>
    <message>
      <source>New verdict {number}</source>
      <translation>حكم جديد {number}</translation>
    </message>
    <message>
      <source>Remove tag</source>
      <translation>إزالة الوسم</translation>
    </message>
    <message>
      <source>Remove verdict</source>
      <translation>إزالة الحكم</translation>
    </message>
    <message>
      <source>Tag key</source>
      <translation>مفتاح الوسم</translation>
    </message>
    <message>
      <source>Tags</source>
      <translation>الوسوم</translation>
    </message>
    <message>
      <source>Undo (Ctrl+Z) brings everything back.</source>
      <translation>التراجع (Ctrl+Z) يعيد كل شيء.</translation>
    </message>
    <message>
      <source>Verdicts</source>
      <translation>الأحكام</translation>
    </message>
  </context>
  <context>
    <name>SearchAllDialog</name>
    <message numerus="yes">
      <source> (%n changed articles not searched yet)</source>
      <translation>
        <numerusform> (مقالات معدّلة لم يُبحث فيها بعد: %n)</numerusform>
        <numerusform> (مقالات معدّلة لم يُبحث فيها بعد: %n)</numerusform>
        <numerusform> (مقالات معدّلة لم يُبحث فيها بعد: %n)</numerusform>
        <numerusform> (مقالات معدّلة لم يُبحث فيها بعد: %n)</numerusform>
        <numerusform> (مقالات معدّلة لم يُبحث فيها بعد: %n)</numerusform>
        <numerusform> (مقالات معدّلة لم يُبحث فيها بعد: %n)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n articles match</source>
      <translation>
        <numerusform>%n مقالات مطابقة</numerusform>
        <numerusform>مقال واحد مطابق</numerusform>
        <numerusform>مقالان مطابقان</numerusform>
        <numerusform>%n مقالات مطابقة</numerusform>
        <numerusform>%n مقالًا مطابقًا</numerusform>
        <numerusform>%n مقال مطابق</numerusform>
      </translation>
    </message>
    <message>
      <source>(untitled)</source>
      <translation>(بلا عنوان)</translation>
    </message>
    <message numerus="yes">
      <source>; the best %n are listed</source>
      <translation>
        <numerusform>؛ تُعرض أفضل النتائج (%n)</numerusform>
        <numerusform>؛ تُعرض أفضل النتائج (%n)</numerusform>
        <numerusform>؛ تُعرض أفضل النتائج (%n)</numerusform>
        <numerusform>؛ تُعرض أفضل النتائج (%n)</numerusform>
        <numerusform>؛ تُعرض أفضل النتائج (%n)</numerusform>
        <numerusform>؛ تُعرض أفضل النتائج (%n)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>At least %n articles match</source>
      <translation>
        <numerusform>لا يقل عدد المقالات المطابقة عن %n</numerusform>
        <numerusform>يطابق مقال واحد على الأقل</numerusform>
        <numerusform>يطابق مقالان على الأقل</numerusform>
        <numerusform>تطابق %n مقالات على الأقل</numerusform>
        <numerusform>يطابق %n مقالًا على الأقل</numerusform>
        <numerusform>يطابق %n مقال على الأقل</numerusform>
      </translation>
    </message>
    <message>
      <source>Find in all articles</source>
      <translation>البحث في كل المقالات</translation>
    </message>
    <message>
      <source>Indexing articles for search</source>
      <translation>فهرسة المقالات للبحث</translation>
    </message>
    <message>
      <source>Indexing the project's articles for search…</source>
      <translation>جارٍ فهرسة مقالات المشروع للبحث…</translation>
    </message>
    <message>
      <source>Matching articles</source>
      <translation>المقالات المطابقة</translation>
    </message>
    <message>
      <source>No articles match</source>
      <translation>لا مقالات مطابقة</translation>
    </message>
    <message>
      <source>The index could not be brought up to date: {error}</source>
      <translation>تعذّر تحديث الفهرس: {error}</translation>
    </message>
    <message>
      <source>Words (all must appear), "a phrase", prefix*, OR, -left out; case and accents ignored unless Exact is on</source>
      <translation>كلمات (يجب ظهورها كلها)، "عبارة"، بادئة*، OR، -مستبعَدة؛ تُتجاهل حالة الأحرف والعلامات ما لم يكن «مطابق» مفعّلًا</translation>
    </message>
  </context>
  <context>
    <name>ShortcutsDialog</name>
    <message>
      <source>Action</source>
      <translation>الإجراء</translation>
    </message>
    <message>
      <source>Claimdesk can be used with the keyboard alone. Single keys work where the last column says (an article pane, the review), never while you type in a field.</source>
      <translation>يمكن استخدام Claimdesk بلوحة المفاتيح وحدها. تعمل المفاتيح المفردة حيث يشير العمود الأخير (إطار مقال، المراجعة)، ولا تعمل أبدًا أثناء الكتابة في حقل.</translation>
    </message>
    <message>
      <source>Keyboard shortcuts</source>
      <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
      <source>Keys</source>
      <translation>المفاتيح</translation>
    </message>
    <message>
      <source>Where</source>
      <translation>المكان</translation>
    </message>
  </context>
  <context>
    <name>SideBar</name>
    <message>
      <source>Show or hide the {panel} panel</source>
      <translation>إظهار لوحة {panel} أو إخفاؤها</translation>
    </message>
    <message>
      <source>Side bar</source>
      <translation>الشريط الجانبي</translation>
    </message>
  </context>
  <context>
    <name>Start</name>
    <message>
      <source>Claimdesk needs a name to record with your annotations.</source>
      <translation>يحتاج Claimdesk إلى اسم يسجّله مع تعليقاتك التوضيحية.</translation>
    </message>
  </context>
  <context>
    <name>StartReviewDialog</name>
    <message>
      <source>&amp;One pane: yours filled, theirs underlined</source>
      <translation>إطار &amp;واحد: تعليقاتك مظلَّلة، وتعليقاتهم مسطَّرة</translation>
    </message>
    <message>
      <source>&amp;Review the annotations of:</source>
      <translation>&amp;مراجعة التعليقات التوضيحية لـ:</translation>
    </message>
    <message>
      <source>&amp;Side by side: yours left, theirs right</source>
      <translation>&amp;جنبًا إلى جنب: تعليقاتك يسارًا، وتعليقاتهم يمينًا</translation>
    </message>
    <message>
      <source>Layout:</source>
      <translation>التخطيط:</translation>
    </message>
    <message>
      <source>Start review</source>
      <translation>بدء المراجعة</translation>
    </message>
    <message numerus="yes">
      <source>{name} (%n annotations)</source>
      <translation>
        <numerusform>{name} (%n تعليقات توضيحية)</numerusform>
        <numerusform>{name} (تعليق توضيحي واحد)</numerusform>
        <numerusform>{name} (تعليقان توضيحيان)</numerusform>
        <numerusform>{name} (%n تعليقات توضيحية)</numerusform>
        <numerusform>{name} (%n تعليقًا توضيحيًا)</numerusform>
        <numerusform>{name} (%n تعليق توضيحي)</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>SuggestionsPanel</name>
    <message numerus="yes">
      <source>%n suggested links</source>
      <translation>
        <numerusform>%n روابط مقترحة</numerusform>
        <numerusform>رابط مقترح واحد</numerusform>
        <numerusform>رابطان مقترحان</numerusform>
        <numerusform>%n روابط مقترحة</numerusform>
        <numerusform>%n رابطًا مقترحًا</numerusform>
        <numerusform>%n رابط مقترح</numerusform>
      </translation>
    </message>
    <message>
      <source>&amp;Accept</source>
      <translation>&amp;قبول</translation>
    </message>
    <message>
      <source>Accept suggestion: {kind}</source>
      <translation>قبول الاقتراح: {kind}</translation>
    </message>
    <message>
      <source>All articles</source>
      <translation>كل المقالات</translation>
    </message>
    <message>
      <source>Could not look for suggestions: {error}</source>
      <translation>تعذّر البحث عن اقتراحات: {error}</translation>
    </message>
    <message>
      <source>Dis&amp;miss</source>
      <translation>&amp;تجاهل</translation>
    </message>
    <message>
      <source>Dismiss suggestion</source>
      <translation>تجاهل الاقتراح</translation>
    </message>
    <message>
      <source>Enter: accept and link · Delete: dismiss</source>
      <translation>Enter: قبول وربط · Delete: تجاهل</translation>
    </message>
    <message>
      <source>Link the two passages (Enter)</source>
      <translation>ربط المقطعين (Enter)</translation>
    </message>
    <message>
      <source>Look across every article, not only those in the panes</source>
      <translation>البحث في كل المقالات، لا في المعروضة في الأطر فقط</translation>
    </message>
    <message>
      <source>Looking for suggested links…</source>
      <translation>جارٍ البحث عن روابط مقترحة…</translation>
    </message>
    <message>
      <source>Never suggest this pair again (Delete)</source>
      <translation>عدم اقتراح هذا الزوج مجددًا (Delete)</translation>
    </message>
    <message>
      <source>No suggestions for the articles shown</source>
      <translation>لا اقتراحات للمقالات المعروضة</translation>
    </message>
    <message>
      <source>Same figure</source>
      <translation>الرقم نفسه</translation>
    </message>
    <message>
      <source>Same quotation</source>
      <translation>الاقتباس نفسه</translation>
    </message>
    <message>
      <source>Same sentence</source>
      <translation>الجملة نفسها</translation>
    </message>
    <message>
      <source>Search stopped; it runs again when this panel is shown.</source>
      <translation>توقف البحث؛ ويُستأنف عند إظهار هذه اللوحة.</translation>
    </message>
    <message>
      <source>Suggested links</source>
      <translation>الروابط المقترحة</translation>
    </message>
    <message>
      <source>link</source>
      <translation>رابط</translation>
    </message>
  </context>
  <context>
    <name>TagToolbar</name>
    <message>
      <source>Tag the selection as {tag}</source>
      <translation>وسم التحديد بـ{tag}</translation>
    </message>
    <message>
      <source>Tag the selection as {tag} (key {key} in a pane)</source>
      <translation>وسم التحديد بـ{tag} (المفتاح {key} في إطار)</translation>
    </message>
    <message>
      <source>Tags</source>
      <translation>الوسوم</translation>
    </message>
  </context>
  <context>
    <name>TimelinePanel</name>
    <message>
      <source>(no wording yet)</source>
      <translation>(لا صياغة بعد)</translation>
    </message>
    <message>
      <source>Appearances over time</source>
      <translation>مواضع الورود عبر الزمن</translation>
    </message>
    <message>
      <source>Figure</source>
      <translation>الرقم</translation>
    </message>
    <message>
      <source>Published</source>
      <translation>تاريخ النشر</translation>
    </message>
    <message>
      <source>Said by {claimant}</source>
      <translation>قاله: {claimant}</translation>
    </message>
    <message>
      <source>Said on</source>
      <translation>تاريخ القول</translation>
    </message>
    <message>
      <source>Select a claim in the Claims panel to see how its figure moved.</source>
      <translation>حدّد ادعاءً في لوحة الادعاءات لترى كيف تغيّر رقمه.</translation>
    </message>
    <message>
      <source>Where</source>
      <translation>المكان</translation>
    </message>
    <message>
      <source>Who said it</source>
      <translation>القائل</translation>
    </message>
    <message>
      <source>undated</source>
      <translation>بلا تاريخ</translation>
    </message>
  </context>
  <context>
    <name>TriageDialog</name>
    <message numerus="yes">
      <source>%n sentences worth checking, best first</source>
      <translation>
        <numerusform>%n جمل تستحق التدقيق، الأفضل أولًا</numerusform>
        <numerusform>جملة واحدة تستحق التدقيق، الأفضل أولًا</numerusform>
        <numerusform>جملتان تستحقان التدقيق، الأفضل أولًا</numerusform>
        <numerusform>%n جمل تستحق التدقيق، الأفضل أولًا</numerusform>
        <numerusform>%n جملة تستحق التدقيق، الأفضل أولًا</numerusform>
        <numerusform>%n جملة تستحق التدقيق، الأفضل أولًا</numerusform>
      </translation>
    </message>
    <message>
      <source>A or Enter: annotate as a checkable claim · D or Delete: dismiss · Ctrl+Z: undo</source>
      <translation>A أو Enter: وسم كادعاء قابل للتحقق · D أو Delete: تجاهل · Ctrl+Z: تراجع</translation>
    </message>
    <message>
      <source>Accept triage suggestion</source>
      <translation>قبول اقتراح الفرز</translation>
    </message>
    <message>
      <source>Dismiss triage suggestion</source>
      <translation>تجاهل اقتراح الفرز</translation>
    </message>
    <message>
      <source>Nothing left to triage.</source>
      <translation>لم يتبقَّ شيء للفرز.</translation>
    </message>
    <message>
      <source>Sentences worth checking</source>
      <translation>جمل تستحق التدقيق</translation>
    </message>
    <message>
      <source>Triage: {title}</source>
      <translation>الفرز: {title}</translation>
    </message>
    <message numerus="yes">
      <source>ranking learnt from %n decisions</source>
      <translation>
        <numerusform>ترتيب مستفاد من %n قرارات</numerusform>
        <numerusform>ترتيب مستفاد من قرار واحد</numerusform>
        <numerusform>ترتيب مستفاد من قرارين</numerusform>
        <numerusform>ترتيب مستفاد من %n قرارات</numerusform>
        <numerusform>ترتيب مستفاد من %n قرارًا</numerusform>
        <numerusform>ترتيب مستفاد من %n قرار</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>WindowActions</name>
    <message>
      <source>Redo {command}</source>
      <translation>إعادة {command}</translation>
    </message>
    <message>
      <source>Undo {command}</source>
      <translation>التراجع عن {command}</translation>
    </message>
  </context>
  <context>
    <name>Workspace</name>
    <message numerus="yes">
      <source>At most %n panes side by side</source>
      <translation>
        <numerusform>الحد الأقصى %n أطر جنبًا إلى جنب</numerusform>
        <numerusform>الحد الأقصى إطار واحد جنبًا إلى جنب</numerusform>
        <numerusform>الحد الأقصى إطاران جنبًا إلى جنب</numerusform>
        <numerusform>الحد الأقصى %n أطر جنبًا إلى جنب</numerusform>
        <numerusform>الحد الأقصى %n إطارًا جنبًا إلى جنب</numerusform>
        <numerusform>الحد الأقصى %n إطار جنبًا إلى جنب</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Deleted the annotation and its %n links (Ctrl+Z brings them back)</source>
      <translation>
        <numerusform>حُذف التعليق التوضيحي وروابطه (%n) (يعيدها Ctrl+Z)</numerusform>
        <numerusform>حُذف التعليق التوضيحي وروابطه (%n) (يعيدها Ctrl+Z)</numerusform>
        <numerusform>حُذف التعليق التوضيحي وروابطه (%n) (يعيدها Ctrl+Z)</numerusform>
        <numerusform>حُذف التعليق التوضيحي وروابطه (%n) (يعيدها Ctrl+Z)</numerusform>
        <numerusform>حُذف التعليق التوضيحي وروابطه (%n) (يعيدها Ctrl+Z)</numerusform>
        <numerusform>حُذف التعليق التوضيحي وروابطه (%n) (يعيدها Ctrl+Z)</numerusform>
      </translation>
    </message>
    <message>
      <source>No tag has the key {key} (Edit → Tag scheme)</source>
      <translation>لا يوجد وسم مفتاحه {key} (تحرير → مخطط الوسوم)</translation>
    </message>
    <message>
      <source>Select some text first, then press a tag's key</source>
      <translation>حدّد نصًا أولًا، ثم اضغط مفتاح وسم</translation>
    </message>
    <message>
      <source>The last pane stays open</source>
      <translation>يبقى الإطار الأخير مفتوحًا</translation>
    </message>
  </context>
  <context>
    <name>about_dialog</name>
    <message>
      <source>Each package's licence text is in its installed metadata (pip show -f NAME).</source>
      <translation>نص ترخيص كل حزمة موجود في بياناتها الوصفية المثبّتة (pip show -f NAME).</translation>
    </message>
    <message>
      <source>The licence texts are in {folder}, one folder per component; PySide6_Essentials/QT.txt there says how to replace the Qt libraries (LGPL-3.0).</source>
      <translation>نصوص التراخيص موجودة في {folder}، مجلد لكل مكوّن؛ ويوضح الملف PySide6_Essentials/QT.txt هناك كيفية استبدال مكتبات Qt ‏(LGPL-3.0).</translation>
    </message>
  </context>
  <context>
    <name>action_handlers</name>
    <message>
      <source>Open an article to triage it</source>
      <translation>افتح مقالًا لفرزه</translation>
    </message>
  </context>
  <context>
    <name>agreement_dialog</name>
    <message>
      <source>n/a</source>
      <translation>غير متاح</translation>
    </message>
  </context>
  <context>
    <name>annotator_dialog</name>
    <message>
      <source>Who is annotating?</source>
      <translation>من يكتب التعليقات التوضيحية؟</translation>
    </message>
    <message>
      <source>Your name is recorded with every annotation you make,
so a colleague reviewing your work can tell whose tags are whose.</source>
      <translation>يُسجَّل اسمك مع كل تعليق توضيحي تضيفه،
ليتمكّن الزميل الذي يراجع عملك من معرفة صاحب كل وسم.</translation>
    </message>
  </context>
  <context>
    <name>article_commands</name>
    <message numerus="yes">
      <source>%n annotations</source>
      <translation>
        <numerusform>%n تعليقات توضيحية</numerusform>
        <numerusform>تعليق توضيحي واحد</numerusform>
        <numerusform>تعليقان توضيحيان</numerusform>
        <numerusform>%n تعليقات توضيحية</numerusform>
        <numerusform>%n تعليقًا توضيحيًا</numerusform>
        <numerusform>%n تعليق توضيحي</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n claim appearances</source>
      <translation>
        <numerusform>%n مواضع ادعاءات</numerusform>
        <numerusform>موضع ادعاء واحد</numerusform>
        <numerusform>موضعا ادعاء</numerusform>
        <numerusform>%n مواضع ادعاءات</numerusform>
        <numerusform>%n موضعًا لادعاءات</numerusform>
        <numerusform>%n موضع ادعاء</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n links</source>
      <translation>
        <numerusform>%n روابط</numerusform>
        <numerusform>رابط واحد</numerusform>
        <numerusform>رابطان</numerusform>
        <numerusform>%n روابط</numerusform>
        <numerusform>%n رابطًا</numerusform>
        <numerusform>%n رابط</numerusform>
      </translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>حذف</translation>
    </message>
    <message>
      <source>Delete article</source>
      <translation>حذف المقال</translation>
    </message>
    <message>
      <source>Delete “{title}”? {carries}</source>
      <translation>حذف «{title}»؟ {carries}</translation>
    </message>
    <message>
      <source>It carries no annotations.</source>
      <translation>لا يحمل أي تعليقات توضيحية.</translation>
    </message>
    <message>
      <source>It carries {what} and {last}.</source>
      <translation>يحمل {what} و{last}.</translation>
    </message>
    <message>
      <source>It carries {what}.</source>
      <translation>يحمل {what}.</translation>
    </message>
    <message>
      <source>Open or select an article to delete first</source>
      <translation>افتح مقالًا أو حدّده أولًا لحذفه</translation>
    </message>
    <message>
      <source>Undo (Ctrl+Z) brings it back with all of them.</source>
      <translation>التراجع (Ctrl+Z) يعيده مع كل ذلك.</translation>
    </message>
  </context>
  <context>
    <name>blind_view</name>
    <message>
      <source>Blind annotation: only your annotations are shown</source>
      <translation>تعليق توضيحي معمّى: تُعرض تعليقاتك التوضيحية فقط</translation>
    </message>
    <message>
      <source>Everyone's annotations</source>
      <translation>التعليقات التوضيحية للجميع</translation>
    </message>
    <message>
      <source>Show only my annotations</source>
      <translation>إظهار تعليقاتي التوضيحية فقط</translation>
    </message>
  </context>
  <context>
    <name>checked_before_dialog</name>
    <message>
      <source> (said by {claimant})</source>
      <translation> (قائله: {claimant})</translation>
    </message>
    <message>
      <source> (shared archive {file})</source>
      <translation> (الأرشيف المشترك {file})</translation>
    </message>
    <message>
      <source>unrated</source>
      <translation>غير مُقيَّم</translation>
    </message>
  </context>
  <context>
    <name>claimant_commands</name>
    <message>
      <source>Claim's claimant: {name}</source>
      <translation>قائل الادعاء: {name}</translation>
    </message>
    <message>
      <source>Claimant: {name}</source>
      <translation>القائل: {name}</translation>
    </message>
    <message>
      <source>Remove claimant {name}</source>
      <translation>إزالة القائل {name}</translation>
    </message>
    <message>
      <source>Rename claimant to {name}</source>
      <translation>إعادة تسمية القائل إلى {name}</translation>
    </message>
    <message>
      <source>from its appearances</source>
      <translation>من مواضع وروده</translation>
    </message>
    <message>
      <source>none</source>
      <translation>لا أحد</translation>
    </message>
  </context>
  <context>
    <name>claimant_field</name>
    <message>
      <source>{claimant} via {outlet}</source>
      <translation>{claimant} عبر {outlet}</translation>
    </message>
  </context>
  <context>
    <name>commands</name>
    <message>
      <source>Change {fields}</source>
      <translation>تغيير {fields}</translation>
    </message>
    <message>
      <source>Could not {action}</source>
      <translation>تعذّر {action}</translation>
    </message>
    <message>
      <source>confidence</source>
      <translation>الثقة</translation>
    </message>
    <message>
      <source>evidence</source>
      <translation>الأدلة</translation>
    </message>
    <message>
      <source>note</source>
      <translation>الملاحظة</translation>
    </message>
    <message>
      <source>tag</source>
      <translation>الوسم</translation>
    </message>
    <message>
      <source>verdict</source>
      <translation>الحكم</translation>
    </message>
  </context>
  <context>
    <name>contradiction_text</name>
    <message>
      <source> vs </source>
      <translation> مقابل </translation>
    </message>
    <message>
      <source>, </source>
      <translation>، </translation>
    </message>
    <message>
      <source>dates differ: {list}</source>
      <translation>تختلف التواريخ: {list}</translation>
    </message>
    <message>
      <source>figures differ: {list}</source>
      <translation>تختلف الأرقام: {list}</translation>
    </message>
    <message>
      <source>{figures} ({where})</source>
      <translation>{figures} ({where})</translation>
    </message>
    <message>
      <source>{name} marked “{first}” as contradicting “{second}”</source>
      <translation>وسم {name} «{first}» بأنه يناقض «{second}»</translation>
    </message>
  </context>
  <context>
    <name>dataset_dialogs</name>
    <message>
      <source>As its tool counts (doccano, Label Studio: UTF-16 units; Claimdesk: code points)</source>
      <translation>كما تعدّها أداتها (doccano، Label Studio: وحدات UTF-16؛ Claimdesk: نقاط الترميز)</translation>
    </message>
    <message>
      <source>CSV, one row per annotation</source>
      <translation>CSV، صف لكل تعليق توضيحي</translation>
    </message>
    <message>
      <source>Code points</source>
      <translation>نقاط الترميز</translation>
    </message>
    <message>
      <source>Code points (Python, spaCy, Label Studio)</source>
      <translation>نقاط الترميز (Python، spaCy، Label Studio)</translation>
    </message>
    <message>
      <source>Code points, as Python and spaCy count; UTF-16 for a tool in a browser.</source>
      <translation>نقاط الترميز، كما تعدّها Python وspaCy؛ وUTF-16 لأداة تعمل في المتصفح.</translation>
    </message>
    <message>
      <source>Code points, as Python counts; UTF-16 if your Label Studio counts them.</source>
      <translation>نقاط الترميز، كما تعدّها Python؛ وUTF-16 إن كانت Label Studio لديك تعدّها هكذا.</translation>
    </message>
    <message>
      <source>INCEpTION, UIMA CAS XMI, zipped</source>
      <translation>INCEpTION، UIMA CAS XMI، مضغوط</translation>
    </message>
    <message>
      <source>JSON Lines, full records, spaCy-ready</source>
      <translation>JSON Lines، سجلات كاملة، جاهزة لـspaCy</translation>
    </message>
    <message>
      <source>Label Studio tasks + labeling config</source>
      <translation>مهام Label Studio + إعدادات الوسم</translation>
    </message>
    <message>
      <source>SQLite copy of the whole project</source>
      <translation>نسخة SQLite من المشروع كاملًا</translation>
    </message>
    <message>
      <source>UTF-16 units</source>
      <translation>وحدات UTF-16</translation>
    </message>
    <message>
      <source>UTF-16 units (doccano, and browsers)</source>
      <translation>وحدات UTF-16 (doccano والمتصفحات)</translation>
    </message>
    <message>
      <source>W3C Web Annotation, JSON-LD</source>
      <translation>W3C Web Annotation، JSON-LD</translation>
    </message>
    <message>
      <source>brat standoff, zipped</source>
      <translation>brat standoff، مضغوط</translation>
    </message>
    <message>
      <source>doccano counts UTF-16 units (an emoji is two): keep this for doccano.</source>
      <translation>تعدّ doccano وحدات UTF-16 (الرمز التعبيري يُعدّ اثنين): أبقِ هذا لـdoccano.</translation>
    </message>
    <message>
      <source>doccano sequence labelling, JSONL</source>
      <translation>وسم التسلسلات في doccano، JSONL</translation>
    </message>
    <message>
      <source>schema.org ClaimReview, JSON-LD</source>
      <translation>schema.org ClaimReview، JSON-LD</translation>
    </message>
  </context>
  <context>
    <name>dataset_flows</name>
    <message numerus="yes">
      <source>%n already present</source>
      <translation>
        <numerusform>موجودة مسبقًا: %n</numerusform>
        <numerusform>موجودة مسبقًا: %n</numerusform>
        <numerusform>موجودة مسبقًا: %n</numerusform>
        <numerusform>موجودة مسبقًا: %n</numerusform>
        <numerusform>موجودة مسبقًا: %n</numerusform>
        <numerusform>موجودة مسبقًا: %n</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n annotations imported</source>
      <translation>
        <numerusform>استُورد %n تعليقات توضيحية</numerusform>
        <numerusform>استُورد تعليق توضيحي واحد</numerusform>
        <numerusform>استُورد تعليقان توضيحيان</numerusform>
        <numerusform>استُورد %n تعليقات توضيحية</numerusform>
        <numerusform>استُورد %n تعليقًا توضيحيًا</numerusform>
        <numerusform>استُورد %n تعليق توضيحي</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n articles</source>
      <translation>
        <numerusform>%n مقالات</numerusform>
        <numerusform>مقال واحد</numerusform>
        <numerusform>مقالان</numerusform>
        <numerusform>%n مقالات</numerusform>
        <numerusform>%n مقالًا</numerusform>
        <numerusform>%n مقال</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n claims</source>
      <translation>
        <numerusform>%n ادعاءات</numerusform>
        <numerusform>ادعاء واحد</numerusform>
        <numerusform>ادعاءان</numerusform>
        <numerusform>%n ادعاءات</numerusform>
        <numerusform>%n ادعاءً</numerusform>
        <numerusform>%n ادعاء</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n links</source>
      <translation>
        <numerusform>%n روابط</numerusform>
        <numerusform>رابط واحد</numerusform>
        <numerusform>رابطان</numerusform>
        <numerusform>%n روابط</numerusform>
        <numerusform>%n رابطًا</numerusform>
        <numerusform>%n رابط</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n orphaned</source>
      <translation>
        <numerusform>فقدت موضعها: %n</numerusform>
        <numerusform>فقدت موضعها: %n</numerusform>
        <numerusform>فقدت موضعها: %n</numerusform>
        <numerusform>فقدت موضعها: %n</numerusform>
        <numerusform>فقدت موضعها: %n</numerusform>
        <numerusform>فقدت موضعها: %n</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n re-anchored</source>
      <translation>
        <numerusform>أُعيد تثبيتها: %n</numerusform>
        <numerusform>أُعيد تثبيتها: %n</numerusform>
        <numerusform>أُعيد تثبيتها: %n</numerusform>
        <numerusform>أُعيد تثبيتها: %n</numerusform>
        <numerusform>أُعيد تثبيتها: %n</numerusform>
        <numerusform>أُعيد تثبيتها: %n</numerusform>
      </translation>
    </message>
    <message>
      <source>All files</source>
      <translation>كل الملفات</translation>
    </message>
    <message>
      <source>Annotation files</source>
      <translation>ملفات التعليقات التوضيحية</translation>
    </message>
    <message>
      <source>Export cancelled; nothing was written.</source>
      <translation>أُلغي التصدير؛ لم يُكتب شيء.</translation>
    </message>
    <message>
      <source>Export dataset</source>
      <translation>تصدير مجموعة بيانات</translation>
    </message>
    <message>
      <source>Export failed</source>
      <translation>فشل التصدير</translation>
    </message>
    <message>
      <source>Exporting</source>
      <translation>جارٍ التصدير</translation>
    </message>
    <message>
      <source>Import annotations</source>
      <translation>استيراد تعليقات توضيحية</translation>
    </message>
    <message>
      <source>Import cancelled; nothing was added.</source>
      <translation>أُلغي الاستيراد؛ لم يُضف شيء.</translation>
    </message>
    <message>
      <source>Import failed</source>
      <translation>فشل الاستيراد</translation>
    </message>
    <message>
      <source>Importing annotations</source>
      <translation>جارٍ استيراد التعليقات التوضيحية</translation>
    </message>
    <message>
      <source>New tags: {names}.</source>
      <translation>وسوم جديدة: {names}.</translation>
    </message>
    <message>
      <source>New verdicts: {names}.</source>
      <translation>أحكام جديدة: {names}.</translation>
    </message>
    <message>
      <source>Orphan: {where}: {reason}</source>
      <translation>فقد موضعه: {where}: {reason}</translation>
    </message>
    <message>
      <source>orphan — {where}: {reason}</source>
      <translation>فقد موضعه — {where}: {reason}</translation>
    </message>
    <message>
      <source>re-anchored — {annotation}: {old} → {new}</source>
      <translation>أُعيد تثبيته — {annotation}: {old} → {new}</translation>
    </message>
    <message>
      <source>tag “{name}”</source>
      <translation>الوسم «{name}»</translation>
    </message>
    <message>
      <source>verdict “{name}”</source>
      <translation>الحكم «{name}»</translation>
    </message>
    <message>
      <source>{articles}, {links} and {claims} added.</source>
      <translation>أُضيف: {articles}، و{links}، و{claims}.</translation>
    </message>
    <message>
      <source>{file} uses what the project's scheme lacks: {missing}.

Add to the scheme and import?</source>
      <translation>يستخدم {file} ما ينقص مخطط المشروع: {missing}.

هل تريد الإضافة إلى المخطط والاستيراد؟</translation>
    </message>
    <message>
      <source>{imported}, {unchanged}, {reanchored}, {orphaned}.</source>
      <translation>{imported}، {unchanged}، {reanchored}، {orphaned}.</translation>
    </message>
    <message>
      <source>{moved} (approximate)</source>
      <translation>{moved} (تقريبي)</translation>
    </message>
    <message numerus="yes">
      <source>… and %n more (Show Details).</source>
      <translation>
        <numerusform>… و%n غيرها (أظهر التفاصيل).</numerusform>
        <numerusform>… و%n غيرها (أظهر التفاصيل).</numerusform>
        <numerusform>… و%n غيرها (أظهر التفاصيل).</numerusform>
        <numerusform>… و%n غيرها (أظهر التفاصيل).</numerusform>
        <numerusform>… و%n غيرها (أظهر التفاصيل).</numerusform>
        <numerusform>… و%n غيرها (أظهر التفاصيل).</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>factcheck_flows</name>
    <message numerus="yes">
      <source>%n already there</source>
      <translation>
        <numerusform>موجودة مسبقًا: %n</numerusform>
        <numerusform>موجودة مسبقًا: %n</numerusform>
        <numerusform>موجودة مسبقًا: %n</numerusform>
        <numerusform>موجودة مسبقًا: %n</numerusform>
        <numerusform>موجودة مسبقًا: %n</numerusform>
        <numerusform>موجودة مسبقًا: %n</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n fact-checks added</source>
      <translation>
        <numerusform>أُضيف %n تدقيقات</numerusform>
        <numerusform>أُضيف تدقيق واحد</numerusform>
        <numerusform>أُضيف تدقيقان</numerusform>
        <numerusform>أُضيف %n تدقيقات</numerusform>
        <numerusform>أُضيف %n تدقيقًا</numerusform>
        <numerusform>أُضيف %n تدقيق</numerusform>
      </translation>
    </message>
    <message>
      <source>All files</source>
      <translation>كل الملفات</translation>
    </message>
    <message>
      <source>Checked before?</source>
      <translation>هل دُقّق من قبل؟</translation>
    </message>
    <message>
      <source>Fact-check archives</source>
      <translation>أرشيفات التدقيقات</translation>
    </message>
    <message>
      <source>Fact-checks</source>
      <translation>التدقيقات</translation>
    </message>
    <message>
      <source>Import fact-checks</source>
      <translation>استيراد تدقيقات</translation>
    </message>
    <message>
      <source>Importing fact-checks</source>
      <translation>جارٍ استيراد التدقيقات</translation>
    </message>
    <message>
      <source>Put the caret in an annotation, or select a claim, to look for earlier checks</source>
      <translation>ضع المؤشر في تعليق توضيحي، أو حدّد ادعاءً، للبحث عن تدقيقات سابقة</translation>
    </message>
    <message>
      <source>Shared archive left out: {reason}</source>
      <translation>استُبعد الأرشيف المشترك: {reason}</translation>
    </message>
    <message>
      <source>Shared fact-check archive</source>
      <translation>أرشيف التدقيقات المشترك</translation>
    </message>
    <message>
      <source>Shared fact-check archive: {file}</source>
      <translation>أرشيف التدقيقات المشترك: {file}</translation>
    </message>
    <message>
      <source>{file}: {added} ({present})</source>
      <translation>{file}: {added} ({present})</translation>
    </message>
  </context>
  <context>
    <name>merge_flow</name>
    <message numerus="yes">
      <source>Changed on both sides (%n); the newer version was kept:</source>
      <translation>
        <numerusform>تغيّر لدى الطرفين (%n)؛ وأُبقيت النسخة الأحدث:</numerusform>
        <numerusform>تغيّر لدى الطرفين (%n)؛ وأُبقيت النسخة الأحدث:</numerusform>
        <numerusform>تغيّر لدى الطرفين (%n)؛ وأُبقيت النسخة الأحدث:</numerusform>
        <numerusform>تغيّر لدى الطرفين (%n)؛ وأُبقيت النسخة الأحدث:</numerusform>
        <numerusform>تغيّر لدى الطرفين (%n)؛ وأُبقيت النسخة الأحدث:</numerusform>
        <numerusform>تغيّر لدى الطرفين (%n)؛ وأُبقيت النسخة الأحدث:</numerusform>
      </translation>
    </message>
    <message>
      <source>Changes to your work ({colleague} is the most recent annotator in that file; who made each edit is not recorded):</source>
      <translation>تغييرات على عملك ({colleague} هو آخر معلّق في ذلك الملف؛ ولا يُسجَّل من أجرى كل تعديل):</translation>
    </message>
    <message>
      <source>Merge a colleague's project</source>
      <translation>دمج مشروع زميل</translation>
    </message>
    <message>
      <source>Merge failed</source>
      <translation>فشل الدمج</translation>
    </message>
    <message>
      <source>Merge {other} into {project}?

Merging cannot be undone, and it clears the undo history. A copy of the project as it is now is saved first as {backup}.</source>
      <translation>هل تريد دمج {other} في {project}؟

لا يمكن التراجع عن الدمج، وهو يمسح سجل التراجع. تُحفظ أولًا نسخة من المشروع كما هو الآن باسم {backup}.</translation>
    </message>
    <message>
      <source>Merged {file}.</source>
      <translation>دُمج {file}.</translation>
    </message>
    <message>
      <source>Merging</source>
      <translation>جارٍ الدمج</translation>
    </message>
    <message>
      <source>Nothing new: the project already holds everything in that file.</source>
      <translation>لا جديد: المشروع يضم بالفعل كل ما في ذلك الملف.</translation>
    </message>
    <message>
      <source>Review → Start review… lists these; rejecting one restores your version.</source>
      <translation>مراجعة → بدء المراجعة… تسردها؛ ورفض أحدها يستعيد نسختك.</translation>
    </message>
    <message>
      <source>That is the open project itself; choose another file.</source>
      <translation>هذا هو المشروع المفتوح نفسه؛ اختر ملفًا آخر.</translation>
    </message>
    <message>
      <source>The project before the merge is saved as {file}.</source>
      <translation>حُفظ المشروع كما كان قبل الدمج باسم {file}.</translation>
    </message>
    <message numerus="yes">
      <source>… and %n more</source>
      <translation>
        <numerusform>… و%n عناصر أخرى</numerusform>
        <numerusform>… وعنصر آخر</numerusform>
        <numerusform>… وعنصران آخران</numerusform>
        <numerusform>… و%n عناصر أخرى</numerusform>
        <numerusform>… و%n عنصرًا آخر</numerusform>
        <numerusform>… و%n عنصر آخر</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>merged_change</name>
    <message>
      <source>(changed here too; theirs is newer)</source>
      <translation>(تغيّر هنا أيضًا؛ ونسخة الزميل أحدث)</translation>
    </message>
    <message>
      <source>an unknown one</source>
      <translation>غير معروف</translation>
    </message>
    <message>
      <source>confidence</source>
      <translation>الثقة</translation>
    </message>
    <message>
      <source>evidence</source>
      <translation>الأدلة</translation>
    </message>
    <message>
      <source>explanation</source>
      <translation>الشرح</translation>
    </message>
    <message>
      <source>none</source>
      <translation>بلا قيمة</translation>
    </message>
    <message>
      <source>note</source>
      <translation>الملاحظة</translation>
    </message>
    <message>
      <source>nothing</source>
      <translation>لا شيء</translation>
    </message>
    <message>
      <source>tag</source>
      <translation>الوسم</translation>
    </message>
    <message>
      <source>the annotation {text}</source>
      <translation>التعليق التوضيحي {text}</translation>
    </message>
    <message>
      <source>the annotator {text}</source>
      <translation>المعلّق {text}</translation>
    </message>
    <message>
      <source>the article {text}</source>
      <translation>المقال {text}</translation>
    </message>
    <message>
      <source>the claim appearance of {text}</source>
      <translation>موضع ورود الادعاء {text}</translation>
    </message>
    <message>
      <source>the claim {text}</source>
      <translation>الادعاء {text}</translation>
    </message>
    <message>
      <source>the link from {text}</source>
      <translation>الرابط من {text}</translation>
    </message>
    <message>
      <source>the review of {text}</source>
      <translation>مراجعة {text}</translation>
    </message>
    <message>
      <source>the tag {text}</source>
      <translation>الوسم {text}</translation>
    </message>
    <message>
      <source>the verdict {text}</source>
      <translation>الحكم {text}</translation>
    </message>
    <message>
      <source>unknown tag</source>
      <translation>وسم غير معروف</translation>
    </message>
    <message>
      <source>verdict</source>
      <translation>الحكم</translation>
    </message>
    <message>
      <source>wording</source>
      <translation>الصياغة</translation>
    </message>
    <message>
      <source>your annotation {text}</source>
      <translation>تعليقك التوضيحي {text}</translation>
    </message>
    <message>
      <source>your claim {text}</source>
      <translation>ادعاؤك {text}</translation>
    </message>
    <message>
      <source>{tag}, in {article}</source>
      <translation>{tag}، في {article}</translation>
    </message>
    <message>
      <source>{who} brought back {what}</source>
      <translation>أعاد {who} {what}</translation>
    </message>
    <message>
      <source>{who} changed the {field} of {what} from {old} to {new}</source>
      <translation>غيّر {who} {field} في {what} من {old} إلى {new}</translation>
    </message>
    <message>
      <source>{who} deleted {what}</source>
      <translation>حذف {who} {what}</translation>
    </message>
    <message>
      <source>{who}'s newer version of {what} was kept</source>
      <translation>أُبقيت نسخة {who} الأحدث من {what}</translation>
    </message>
  </context>
  <context>
    <name>pane_menu</name>
    <message>
      <source>Copy</source>
      <translation>نسخ</translation>
    </message>
    <message>
      <source>Delete annotation</source>
      <translation>حذف التعليق التوضيحي</translation>
    </message>
    <message>
      <source>Link to another annotation…</source>
      <translation>ربط بتعليق توضيحي آخر…</translation>
    </message>
    <message>
      <source>Open in inspector</source>
      <translation>فتح في لوحة الخصائص</translation>
    </message>
    <message>
      <source>Tag as {tag}</source>
      <translation>الوسم بـ{tag}</translation>
    </message>
  </context>
  <context>
    <name>plain_text</name>
    <message>
      <source>not enough memory</source>
      <translation>الذاكرة غير كافية</translation>
    </message>
  </context>
  <context>
    <name>project_flows</name>
    <message numerus="yes">
      <source>%n files need attention:</source>
      <translation>
        <numerusform>%n ملفات تحتاج إلى انتباه:</numerusform>
        <numerusform>ملف واحد يحتاج إلى انتباه:</numerusform>
        <numerusform>ملفان يحتاجان إلى انتباه:</numerusform>
        <numerusform>%n ملفات تحتاج إلى انتباه:</numerusform>
        <numerusform>%n ملفًا تحتاج إلى انتباه:</numerusform>
        <numerusform>%n ملف تحتاج إلى انتباه:</numerusform>
      </translation>
    </message>
    <message>
      <source>All files</source>
      <translation>كل الملفات</translation>
    </message>
    <message>
      <source>Articles and sources</source>
      <translation>المقالات والمصادر</translation>
    </message>
    <message>
      <source>Claimdesk projects</source>
      <translation>مشاريع Claimdesk</translation>
    </message>
    <message numerus="yes">
      <source>Import %n articles</source>
      <translation>
        <numerusform>استيراد %n مقالات</numerusform>
        <numerusform>استيراد مقال واحد</numerusform>
        <numerusform>استيراد مقالين</numerusform>
        <numerusform>استيراد %n مقالات</numerusform>
        <numerusform>استيراد %n مقالًا</numerusform>
        <numerusform>استيراد %n مقال</numerusform>
      </translation>
    </message>
    <message>
      <source>Import articles</source>
      <translation>استيراد مقالات</translation>
    </message>
    <message numerus="yes">
      <source>Import cancelled; %n articles imported before</source>
      <translation>
        <numerusform>أُلغي الاستيراد؛ واستُورد %n مقالات قبل ذلك</numerusform>
        <numerusform>أُلغي الاستيراد؛ واستُورد مقال واحد قبل ذلك</numerusform>
        <numerusform>أُلغي الاستيراد؛ واستُورد مقالان قبل ذلك</numerusform>
        <numerusform>أُلغي الاستيراد؛ واستُورد %n مقالات قبل ذلك</numerusform>
        <numerusform>أُلغي الاستيراد؛ واستُورد %n مقالًا قبل ذلك</numerusform>
        <numerusform>أُلغي الاستيراد؛ واستُورد %n مقال قبل ذلك</numerusform>
      </translation>
    </message>
    <message>
      <source>Import failed</source>
      <translation>فشل الاستيراد</translation>
    </message>
    <message>
      <source>Import the scanned PDFs by reading their pages with Tesseract (OCR)</source>
      <translation>استيراد ملفات PDF الممسوحة ضوئيًا بقراءة صفحاتها بواسطة Tesseract (OCR)</translation>
    </message>
    <message numerus="yes">
      <source>Imported %n articles</source>
      <translation>
        <numerusform>استُورد %n مقالات</numerusform>
        <numerusform>استُورد مقال واحد</numerusform>
        <numerusform>استُورد مقالان</numerusform>
        <numerusform>استُورد %n مقالات</numerusform>
        <numerusform>استُورد %n مقالًا</numerusform>
        <numerusform>استُورد %n مقال</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Imported %n articles before you cancelled.</source>
      <translation>
        <numerusform>استُورد %n مقالات قبل الإلغاء.</numerusform>
        <numerusform>استُورد مقال واحد قبل الإلغاء.</numerusform>
        <numerusform>استُورد مقالان قبل الإلغاء.</numerusform>
        <numerusform>استُورد %n مقالات قبل الإلغاء.</numerusform>
        <numerusform>استُورد %n مقالًا قبل الإلغاء.</numerusform>
        <numerusform>استُورد %n مقال قبل الإلغاء.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Imported %n articles.</source>
      <translation>
        <numerusform>استُورد %n مقالات.</numerusform>
        <numerusform>استُورد مقال واحد.</numerusform>
        <numerusform>استُورد مقالان.</numerusform>
        <numerusform>استُورد %n مقالات.</numerusform>
        <numerusform>استُورد %n مقالًا.</numerusform>
        <numerusform>استُورد %n مقال.</numerusform>
      </translation>
    </message>
    <message>
      <source>Importing articles</source>
      <translation>جارٍ استيراد المقالات</translation>
    </message>
    <message>
      <source>New project</source>
      <translation>مشروع جديد</translation>
    </message>
    <message>
      <source>No recent projects</source>
      <translation>لا مشاريع أخيرة</translation>
    </message>
    <message>
      <source>Open project</source>
      <translation>فتح مشروع</translation>
    </message>
    <message>
      <source>Paste article</source>
      <translation>لصق مقال</translation>
    </message>
    <message>
      <source>Paste as new article</source>
      <translation>لصق كمقال جديد</translation>
    </message>
    <message>
      <source>Read with OCR</source>
      <translation>القراءة بـOCR</translation>
    </message>
    <message>
      <source>Reading web archives</source>
      <translation>جارٍ قراءة أرشيفات الويب</translation>
    </message>
    <message>
      <source>Reading with OCR</source>
      <translation>جارٍ القراءة بـOCR</translation>
    </message>
    <message>
      <source>Save a copy</source>
      <translation>حفظ نسخة</translation>
    </message>
    <message>
      <source>Saved a copy as {path}</source>
      <translation>حُفظت نسخة باسم {path}</translation>
    </message>
    <message>
      <source>Saving a copy</source>
      <translation>جارٍ حفظ نسخة</translation>
    </message>
    <message>
      <source>The clipboard holds no text to make an article from.</source>
      <translation>لا تحتوي الحافظة على نص يمكن إنشاء مقال منه.</translation>
    </message>
    <message>
      <source>Title (leave empty to use the first line):</source>
      <translation>العنوان (اتركه فارغًا لاستخدام السطر الأول):</translation>
    </message>
    <message>
      <source>{path} already exists; open it instead.</source>
      <translation>{path} موجود بالفعل؛ افتحه بدلًا من ذلك.</translation>
    </message>
    <message numerus="yes">
      <source>…and %n more (Show Details… lists them all).</source>
      <translation>
        <numerusform>…و%n غيرها (يسردها كلها «أظهر التفاصيل…»).</numerusform>
        <numerusform>…و%n غيرها (يسردها كلها «أظهر التفاصيل…»).</numerusform>
        <numerusform>…و%n غيرها (يسردها كلها «أظهر التفاصيل…»).</numerusform>
        <numerusform>…و%n غيرها (يسردها كلها «أظهر التفاصيل…»).</numerusform>
        <numerusform>…و%n غيرها (يسردها كلها «أظهر التفاصيل…»).</numerusform>
        <numerusform>…و%n غيرها (يسردها كلها «أظهر التفاصيل…»).</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>purge_flow</name>
    <message numerus="yes">
      <source>%n removed evidence files ({size}) will be deleted for good.</source>
      <translation>
        <numerusform>لن يُحذف أي ملف أدلة مُزال ({size}).</numerusform>
        <numerusform>سيُحذف ملف أدلة مُزال واحد ({size}) نهائيًا.</numerusform>
        <numerusform>سيُحذف ملفا أدلة مُزالان ({size}) نهائيًا.</numerusform>
        <numerusform>ستُحذف %n ملفات أدلة مُزالة ({size}) نهائيًا.</numerusform>
        <numerusform>سيُحذف %n ملفًا من ملفات الأدلة المُزالة ({size}) نهائيًا.</numerusform>
        <numerusform>سيُحذف %n ملف أدلة مُزال ({size}) نهائيًا.</numerusform>
      </translation>
    </message>
    <message>
      <source>No removed evidence files to purge.</source>
      <translation>لا توجد ملفات أدلة مُزالة لتطهيرها.</translation>
    </message>
    <message>
      <source>Purge removed evidence files</source>
      <translation>تطهير ملفات الأدلة المُزالة</translation>
    </message>
    <message numerus="yes">
      <source>Purged %n removed evidence files ({size}).</source>
      <translation>
        <numerusform>لم يُطهَّر أي ملف أدلة مُزال ({size}).</numerusform>
        <numerusform>طُهِّر ملف أدلة مُزال واحد ({size}).</numerusform>
        <numerusform>طُهِّر ملفا أدلة مُزالان ({size}).</numerusform>
        <numerusform>طُهِّرت %n ملفات أدلة مُزالة ({size}).</numerusform>
        <numerusform>طُهِّر %n ملفًا من ملفات الأدلة المُزالة ({size}).</numerusform>
        <numerusform>طُهِّر %n ملف أدلة مُزال ({size}).</numerusform>
      </translation>
    </message>
    <message>
      <source>The undo history is cleared: what was done so far cannot be undone.</source>
      <translation>يُمحى سجل التراجع: لن يمكن التراجع عما أُنجز حتى الآن.</translation>
    </message>
  </context>
  <context>
    <name>report_flow</name>
    <message>
      <source>&amp;Open</source>
      <translation>&amp;فتح</translation>
    </message>
    <message>
      <source>Publish report</source>
      <translation>نشر تقرير</translation>
    </message>
    <message>
      <source>Publish report failed</source>
      <translation>فشل نشر التقرير</translation>
    </message>
    <message>
      <source>Publishing cancelled; nothing was written.</source>
      <translation>أُلغي النشر؛ لم يُكتب شيء.</translation>
    </message>
    <message>
      <source>Publishing report</source>
      <translation>جارٍ نشر التقرير</translation>
    </message>
    <message>
      <source>The reviews have no web address (Google requires one): fill in “Review URL base” in File → Publish report… and publish again.</source>
      <translation>ليس للمراجعات عنوان ويب (تشترطه Google): املأ «أساس عنوان URL للمراجعة» في ملف ← نشر تقرير… ثم انشر مجددًا.</translation>
    </message>
  </context>
  <context>
    <name>review_changes</name>
    <message>
      <source>annotation</source>
      <translation>تعليق توضيحي</translation>
    </message>
    <message>
      <source>claim</source>
      <translation>ادعاء</translation>
    </message>
    <message>
      <source>your annotation</source>
      <translation>تعليقك التوضيحي</translation>
    </message>
    <message>
      <source>your claim</source>
      <translation>ادعاؤك</translation>
    </message>
  </context>
  <context>
    <name>review_layers</name>
    <message>
      <source>Only {who} marked this</source>
      <translation>لم يُعلِّم هذا سوى {who}</translation>
    </message>
    <message>
      <source>Tag differs: {who} tagged it {tags}</source>
      <translation>الوسم مختلف: وسمه {who} بـ{tags}</translation>
    </message>
  </context>
  <context>
    <name>review_rows</name>
    <message>
      <source>(unknown tag)</source>
      <translation>(وسم غير معروف)</translation>
    </message>
    <message>
      <source>Below them: what merges changed of your work (A keeps it, R restores yours).</source>
      <translation>وتحتها: ما غيّرته عمليات الدمج في عملك (A يُبقيه، R يستعيد نسختك).</translation>
    </message>
    <message>
      <source>Dashed magenta: only one of you marked it, or your tags differ.</source>
      <translation>الأرجواني المتقطع: علّم أحدكما فقط هذا الموضع، أو اختلفت وسومكما.</translation>
    </message>
    <message>
      <source>Left pane: yours · right pane: {colleague}'s.</source>
      <translation>الإطار الأيسر: تعليقاتك · الإطار الأيمن: تعليقات {colleague}.</translation>
    </message>
    <message>
      <source>Reviewing {colleague}'s annotations as {me}.</source>
      <translation>مراجعة التعليقات التوضيحية لـ{colleague} بصفتك {me}.</translation>
    </message>
    <message>
      <source>Yours are filled, theirs underlined.</source>
      <translation>تعليقاتك مظلَّلة، وتعليقاتهم مسطَّرة.</translation>
    </message>
  </context>
  <context>
    <name>scheme_commands</name>
    <message>
      <source>Add tag {name}</source>
      <translation>إضافة الوسم {name}</translation>
    </message>
    <message>
      <source>Add verdict {name}</source>
      <translation>إضافة الحكم {name}</translation>
    </message>
    <message>
      <source>Edit article details</source>
      <translation>تعديل تفاصيل المقال</translation>
    </message>
    <message>
      <source>Edit tag {name}</source>
      <translation>تعديل الوسم {name}</translation>
    </message>
    <message>
      <source>Edit verdict {name}</source>
      <translation>تعديل الحكم {name}</translation>
    </message>
    <message>
      <source>Remove tag {name}</source>
      <translation>إزالة الوسم {name}</translation>
    </message>
    <message>
      <source>Remove verdict {name}</source>
      <translation>إزالة الحكم {name}</translation>
    </message>
    <message>
      <source>Reorder tags</source>
      <translation>إعادة ترتيب الوسوم</translation>
    </message>
    <message>
      <source>Reorder verdicts</source>
      <translation>إعادة ترتيب الأحكام</translation>
    </message>
  </context>
  <context>
    <name>spans</name>
    <message>
      <source>(unknown tag)</source>
      <translation>(وسم غير معروف)</translation>
    </message>
    <message>
      <source>{percent}% confident</source>
      <translation>ثقة {percent}%</translation>
    </message>
  </context>
  <context>
    <name>timeline_panel</name>
    <message>
      <source>Story timeline</source>
      <translation>الخط الزمني للقصة</translation>
    </message>
  </context>
</TS>
