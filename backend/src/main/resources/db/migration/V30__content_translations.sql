-- The texts the organisers type, in Arabic and English beside French (issue 21): an edition's title,
-- theme, rules, ceremony venue and forum name, and an award's citation. NULL = not translated; the
-- French value is then served. Rubric texts keep their three columns, but only French is required.

ALTER TABLE edition
    ADD COLUMN title_ar           VARCHAR(200) NULL AFTER title,
    ADD COLUMN title_en           VARCHAR(200) NULL AFTER title_ar,
    ADD COLUMN theme_ar           VARCHAR(500) NULL AFTER theme,
    ADD COLUMN theme_en           VARCHAR(500) NULL AFTER theme_ar,
    ADD COLUMN rules_ar           TEXT         NULL AFTER rules,
    ADD COLUMN rules_en           TEXT         NULL AFTER rules_ar,
    ADD COLUMN ceremony_venue_ar  VARCHAR(200) NULL AFTER ceremony_venue,
    ADD COLUMN ceremony_venue_en  VARCHAR(200) NULL AFTER ceremony_venue_ar,
    ADD COLUMN forum_name_ar      VARCHAR(200) NULL AFTER forum_name,
    ADD COLUMN forum_name_en      VARCHAR(200) NULL AFTER forum_name_ar,
    ADD CONSTRAINT ck_edition_forum_translations
        CHECK (forum_name IS NOT NULL OR (forum_name_ar IS NULL AND forum_name_en IS NULL));

ALTER TABLE award
    ADD COLUMN citation_ar TEXT NULL AFTER citation,
    ADD COLUMN citation_en TEXT NULL AFTER citation_ar;

ALTER TABLE criterion
    MODIFY label_ar VARCHAR(2000) NULL,
    MODIFY label_en VARCHAR(2000) NULL;

ALTER TABLE criterion_gate
    MODIFY label_ar VARCHAR(2000) NULL,
    MODIFY label_en VARCHAR(2000) NULL;

-- A demo database seeded before this version (make run keeps ./data) gets the translations DemoData now
-- gives a new one; other editions are the organisers' to translate.
UPDATE edition SET
    title_ar = 'الدورة الثانية عشرة لمسابقة «الأساتذة المبتكرون» (عرض تجريبي)',
    title_en = '12th edition of the Innovative Teachers competition (demo)',
    theme_ar = 'الرقمي في خدمة مهارات القرن الحادي والعشرين',
    theme_en = 'Digital technology for 21st-century skills',
    rules_ar = 'بيانات تجريبية: نظام خيالي للدورة الثانية عشرة. يقدِّم كل أستاذ مشروعًا صفيًّا واحدًا يُدمج تكنولوجيا المعلومات والاتصال، أنجزه مع تلاميذه خلال السنة الدراسية.',
    rules_en = 'Demo data: fictional rules of the 12th edition. Each teacher presents a single classroom project using ICT, carried out with their pupils during the school year.',
    ceremony_venue_ar = 'الرباط',
    ceremony_venue_en = 'Rabat',
    forum_name_ar = CASE WHEN forum_name IS NULL THEN NULL ELSE 'المنتدى العالمي للتعليم' END,
    forum_name_en = CASE WHEN forum_name IS NULL THEN NULL ELSE 'Global Education Forum' END
WHERE demo = TRUE AND number = 12;

UPDATE edition SET
    title_ar = CONCAT('الدورة ', number, ' لمسابقة «الأساتذة المبتكرون» (عرض تجريبي)'),
    title_en = CONCAT(number, 'nd edition of the Innovative Teachers competition (demo)'),
    theme_ar = 'الذكاء الاصطناعي في القسم، بروح نقدية',
    theme_en = 'Artificial intelligence in the classroom, with critical thinking',
    rules_ar = 'بيانات تجريبية: دعوة خيالية لتقديم المشاريع. يُودِع الأساتذة من جميع الجهات مشروعًا صفيًّا يوظِّف التكنولوجيا، وتقيِّمه لجنة التحكيم وفق شبكة 21CLD.',
    rules_en = 'Demo data: a fictional call for projects. Teachers from every region submit a classroom project that uses technology; the jury assesses it with the 21CLD rubric.',
    ceremony_venue_ar = CASE WHEN ceremony_venue IS NULL THEN NULL ELSE 'الرباط' END,
    ceremony_venue_en = ceremony_venue
WHERE demo = TRUE AND number = 22;

UPDATE award a JOIN edition e ON e.id = a.edition_id SET
    a.citation_ar = CASE a.citation
        WHEN 'Projet fictif : des élèves qui produisent leurs propres capsules et expliquent à leurs pairs.'
            THEN 'مشروع خيالي: تلاميذ يُنتجون كبسولاتهم المصوَّرة بأنفسهم ويشرحونها لزملائهم.'
        WHEN 'Projet fictif : une rédaction d''élèves en français et en arabe, publiée chaque mois.'
            THEN 'مشروع خيالي: هيئة تحرير من التلاميذ تكتب بالفرنسية والعربية، وتَصدر كل شهر.'
        WHEN 'Projet fictif : le calcul mental appris en enquêtant sur les prix du marché.'
            THEN 'مشروع خيالي: تعلُّم الحساب الذهني من خلال البحث في أسعار السوق.'
        WHEN 'Projet fictif : mesurer, partager et comparer le temps avec une école partenaire.'
            THEN 'مشروع خيالي: قياس أحوال الطقس ومشاركتها ومقارنتها مع مدرسة شريكة.'
        WHEN 'Projet fictif : la mémoire orale du village mise en ligne par les plus jeunes.'
            THEN 'مشروع خيالي: الذاكرة الشفهية للقرية ينشرها أصغر التلاميذ على الإنترنت.'
    END,
    a.citation_en = CASE a.citation
        WHEN 'Projet fictif : des élèves qui produisent leurs propres capsules et expliquent à leurs pairs.'
            THEN 'Fictional project: pupils who produce their own video capsules and explain them to their peers.'
        WHEN 'Projet fictif : une rédaction d''élèves en français et en arabe, publiée chaque mois.'
            THEN 'Fictional project: a pupils'' newsroom writing in French and Arabic, published every month.'
        WHEN 'Projet fictif : le calcul mental appris en enquêtant sur les prix du marché.'
            THEN 'Fictional project: mental arithmetic learnt by investigating market prices.'
        WHEN 'Projet fictif : mesurer, partager et comparer le temps avec une école partenaire.'
            THEN 'Fictional project: measuring, sharing and comparing the weather with a partner school.'
        WHEN 'Projet fictif : la mémoire orale du village mise en ligne par les plus jeunes.'
            THEN 'Fictional project: the village''s oral memory put online by the youngest pupils.'
    END
WHERE e.demo = TRUE AND e.number = 12;
