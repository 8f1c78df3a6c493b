package ma.innovatice.edition;

import ma.innovatice.edition.EditionDtos.CriterionInput;
import ma.innovatice.common.i18n.LocalizedText;

import java.util.List;

/**
 * The 21st Century Learning Design rubric (Microsoft Partners in Learning / ITL Research): six
 * dimensions, each a chain of yes/no gates whose level is the number of gates passed plus one.
 * "Use of ICT for learning", the competition's major criterion, weighs the most.
 */
public final class RubricTemplate {

    private RubricTemplate() {
    }

    private static LocalizedText t(String fr, String ar, String en) {
        return new LocalizedText(fr, ar, en);
    }

    public static List<CriterionInput> twentyFirstCenturyLearningDesign() {
        return List.of(
                new CriterionInput("COLLAB",
                        t("Collaboration", "التعاون", "Collaboration"),
                        t("Les élèves travaillent-ils ensemble, et jusqu'où leur travail commun est-il partagé et interdépendant ?",
                                "هل يعمل التلاميذ معًا، وإلى أي حد يكون عملهم المشترك متقاسمًا ومترابطًا؟",
                                "Do students work together, and how far is their joint work shared and interdependent?"),
                        15.0, 1, 5, List.of(
                                t("Les élèves travaillent ensemble, en binômes ou en groupes.",
                                        "يعمل التلاميذ معًا في ثنائيات أو مجموعات.",
                                        "Students work together, in pairs or groups."),
                                t("Ils partagent la responsabilité du travail.",
                                        "يتقاسمون المسؤولية عن العمل.",
                                        "They share responsibility for the work."),
                                t("Ils prennent ensemble des décisions de fond (contenu, démarche ou produit).",
                                        "يتخذون معًا قرارات جوهرية في المحتوى أو الطريقة أو المنتج.",
                                        "They make substantive decisions together about content, process or product."),
                                t("Leur travail est interdépendant : chaque contribution est nécessaire au résultat.",
                                        "عملهم مترابط: كل مساهمة ضرورية للنتيجة.",
                                        "Their work is interdependent: every contribution is needed for the result."))),
                new CriterionInput("KNOW",
                        t("Construction de connaissances", "بناء المعرفة", "Knowledge construction"),
                        t("L'activité amène-t-elle les élèves à construire des connaissances plutôt qu'à les reproduire ?",
                                "هل يقود النشاط التلاميذ إلى بناء المعرفة بدل استرجاعها؟",
                                "Does the activity lead students to build knowledge rather than reproduce it?"),
                        15.0, 1, 5, List.of(
                                t("L'activité exige que les élèves construisent des connaissances (interpréter, analyser, synthétiser ou évaluer).",
                                        "يتطلب النشاط من التلاميذ بناء المعرفة بالتأويل أو التحليل أو التركيب أو التقييم.",
                                        "The activity requires students to construct knowledge by interpreting, analysing, synthesising or evaluating."),
                                t("La construction de connaissances est l'exigence principale de l'activité.",
                                        "بناء المعرفة هو المتطلب الرئيسي للنشاط.",
                                        "Knowledge construction is the main requirement of the activity."),
                                t("Les élèves appliquent leurs connaissances dans un contexte nouveau.",
                                        "يطبق التلاميذ معارفهم في سياق جديد.",
                                        "Students apply their knowledge in a new context."),
                                t("Les connaissances construites sont interdisciplinaires.",
                                        "المعارف المبنية متعددة التخصصات.",
                                        "The knowledge built is interdisciplinary."))),
                new CriterionInput("SELFREG",
                        t("Autorégulation", "التنظيم الذاتي", "Self-regulation"),
                        t("Les élèves conduisent-ils un travail de longue durée qu'ils planifient et améliorent eux-mêmes ?",
                                "هل ينجز التلاميذ عملًا طويل الأمد يخططون له ويحسنونه بأنفسهم؟",
                                "Do students carry out long-term work that they plan and improve themselves?"),
                        10.0, 1, 4, List.of(
                                t("Le travail dure au moins cinq jours, avec des objectifs et des critères de réussite connus à l'avance.",
                                        "يمتد العمل خمسة أيام على الأقل، بأهداف ومعايير نجاح معروفة مسبقًا.",
                                        "The work lasts five days or more, with goals and success criteria known in advance."),
                                t("Les élèves planifient eux-mêmes leur travail.",
                                        "يخطط التلاميذ لعملهم بأنفسهم.",
                                        "Students plan their own work."),
                                t("Les élèves révisent leur travail à partir des retours reçus.",
                                        "يراجع التلاميذ عملهم بناءً على التغذية الراجعة.",
                                        "Students revise their work based on feedback."))),
                new CriterionInput("RWPS",
                        t("Résolution de problèmes réels et innovation", "حل المشكلات الواقعية والابتكار",
                                "Real-world problem-solving and innovation"),
                        t("Les élèves résolvent-ils un problème réel et mettent-ils leur solution en œuvre ?",
                                "هل يحل التلاميذ مشكلة واقعية وينفذون حلهم؟",
                                "Do students solve a real problem and put their solution into practice?"),
                        15.0, 1, 4, List.of(
                                t("La résolution de problèmes est l'exigence principale de l'activité.",
                                        "حل المشكلات هو المتطلب الرئيسي للنشاط.",
                                        "Problem-solving is the main requirement of the activity."),
                                t("Le problème est tiré du monde réel.",
                                        "المشكلة مستمدة من الواقع.",
                                        "The problem comes from the real world."),
                                t("Les élèves mettent leur solution en œuvre dans le monde réel (innovation).",
                                        "ينفذ التلاميذ حلهم في الواقع (ابتكار).",
                                        "Students implement their solution in the real world (innovation)."))),
                new CriterionInput("ICT",
                        t("Utilisation des TIC pour l'apprentissage", "استخدام تكنولوجيا المعلومات والاتصالات في التعلم",
                                "Use of ICT for learning"),
                        t("Les technologies servent-elles à apprendre, jusqu'à la création d'un produit numérique pour de vrais utilisateurs ?",
                                "هل تخدم التكنولوجيا التعلم، وصولًا إلى إنتاج منتج رقمي لمستخدمين حقيقيين؟",
                                "Does technology serve learning, up to students creating a digital product for real users?"),
                        30.0, 1, 5, List.of(
                                t("Les élèves utilisent les TIC dans l'activité.",
                                        "يستخدم التلاميذ تكنولوجيا المعلومات والاتصالات في النشاط.",
                                        "Students use ICT in the activity."),
                                t("Les TIC soutiennent la construction de connaissances.",
                                        "تدعم تكنولوجيا المعلومات والاتصالات بناء المعرفة.",
                                        "ICT supports knowledge construction."),
                                t("Les TIC sont indispensables à cette construction de connaissances.",
                                        "تكنولوجيا المعلومات والاتصالات ضرورية لبناء هذه المعرفة.",
                                        "ICT is required for that knowledge construction."),
                                t("Les élèves conçoivent un produit TIC destiné à de vrais utilisateurs.",
                                        "يصمم التلاميذ منتجًا رقميًا موجهًا لمستخدمين حقيقيين.",
                                        "Students design an ICT product for authentic users."))),
                new CriterionInput("COMM",
                        t("Communication efficace", "التواصل الفعال", "Skilled communication"),
                        t("Les élèves produisent-ils une communication riche, étayée et adaptée à son public ?",
                                "هل ينتج التلاميذ تواصلًا غنيًا ومدعومًا بالأدلة وملائمًا لجمهوره؟",
                                "Do students produce communication that is rich, supported by evidence and fit for its audience?"),
                        15.0, 1, 4, List.of(
                                t("Les élèves produisent une communication développée ou multimodale.",
                                        "ينتج التلاميذ تواصلًا مطولًا أو متعدد الوسائط.",
                                        "Students produce extended or multimodal communication."),
                                t("La communication s'appuie sur des preuves.",
                                        "يستند التواصل إلى أدلة.",
                                        "The communication is supported by evidence."),
                                t("Elle est conçue pour un public précis.",
                                        "صُمم التواصل لجمهور محدد.",
                                        "It is designed for a specific audience."))));
    }
    /**
     * The finalists' presentation rubric: four criteria, each a chain of yes/no gates like the 21CLD
     * dimensions (level = gates passed + 1). The impact on pupils' learning weighs the most; the
     * weights sum to 100. Inserted for a PRESENTATION round by
     * {@link ma.innovatice.finalist.PresentationRubric#insertFor}.
     */
    public static List<CriterionInput> presentation() {
        return List.of(
                new CriterionInput("PRES_CLARITY",
                        t("Clarté de la présentation", "وضوح العرض", "Clarity of the presentation"),
                        t("La présentation expose-t-elle clairement le projet, sa démarche et ses résultats dans le temps imparti ?",
                                "هل يعرض التقديم المشروع ومنهجيته ونتائجه بوضوح في الوقت المحدد؟",
                                "Does the presentation set out the project, its approach and its results clearly within the time given?"),
                        25.0, 1, 4, List.of(
                                t("La présentation est structurée et tient dans le temps imparti.",
                                        "العرض منظم ويحترم الوقت المحدد.",
                                        "The presentation is structured and keeps to the time given."),
                                t("Les objectifs, la démarche et les résultats sont exposés clairement.",
                                        "تُعرض الأهداف والمنهجية والنتائج بوضوح.",
                                        "The goals, the approach and the results are set out clearly."),
                                t("Les supports (démonstration, productions d'élèves) éclairent le propos.",
                                        "توضح الوسائل المستعملة (عرض تطبيقي، إنتاجات التلاميذ) المضمون.",
                                        "The materials (demonstration, pupils' work) illuminate the message."))),
                new CriterionInput("PRES_IMPACT",
                        t("Impact démontré sur les apprentissages", "الأثر المثبت على تعلمات التلاميذ",
                                "Demonstrated impact on pupils' learning"),
                        t("L'enseignant montre-t-il, preuves à l'appui, ce que le projet a changé dans les apprentissages des élèves ?",
                                "هل يبين الأستاذ، بالأدلة، ما غيّره المشروع في تعلمات التلاميذ؟",
                                "Does the teacher show, with evidence, what the project changed in the pupils' learning?"),
                        35.0, 1, 5, List.of(
                                t("Des effets sur les apprentissages des élèves sont décrits.",
                                        "تُوصف آثار على تعلمات التلاميذ.",
                                        "Effects on the pupils' learning are described."),
                                t("Ces effets sont étayés par des preuves (productions, évaluations, observations).",
                                        "هذه الآثار مدعومة بأدلة (إنتاجات، تقويمات، ملاحظات).",
                                        "These effects are supported by evidence (work, assessments, observations)."),
                                t("Les preuves comparent avec une situation de référence (avant/après, autre classe).",
                                        "تقارن الأدلة بوضعية مرجعية (قبل/بعد، قسم آخر).",
                                        "The evidence compares with a baseline (before/after, another class)."),
                                t("L'impact touche tous les élèves, y compris ceux en difficulté.",
                                        "يشمل الأثر جميع التلاميذ، بمن فيهم المتعثرون.",
                                        "The impact reaches every pupil, including those who struggle."))),
                new CriterionInput("PRES_ANSWERS",
                        t("Réponses aux questions du jury", "الإجابة عن أسئلة لجنة التحكيم", "Answers to the jury's questions"),
                        t("L'enseignant répond-il avec précision et recul aux questions du jury ?",
                                "هل يجيب الأستاذ عن أسئلة اللجنة بدقة وبروح نقدية؟",
                                "Does the teacher answer the jury's questions precisely and with perspective?"),
                        20.0, 1, 4, List.of(
                                t("Les réponses portent sur les questions posées.",
                                        "تتعلق الأجوبة بالأسئلة المطروحة.",
                                        "The answers address the questions asked."),
                                t("Elles sont précises et appuyées sur le projet mené.",
                                        "الأجوبة دقيقة ومستندة إلى المشروع المنجز.",
                                        "They are precise and grounded in the project carried out."),
                                t("Elles montrent un regard critique sur les limites et les améliorations possibles.",
                                        "تُظهر نظرة نقدية إلى الحدود والتحسينات الممكنة.",
                                        "They show a critical view of the limits and possible improvements."))),
                new CriterionInput("PRES_TRANSFER",
                        t("Transférabilité à d'autres classes", "قابلية النقل إلى أقسام أخرى", "Transferability to other classes"),
                        t("D'autres enseignants pourraient-ils reprendre le projet dans leurs classes ?",
                                "هل يمكن لأساتذة آخرين اعتماد المشروع في أقسامهم؟",
                                "Could other teachers take the project up in their own classes?"),
                        20.0, 1, 4, List.of(
                                t("Le projet repose sur des moyens accessibles à d'autres établissements.",
                                        "يعتمد المشروع على وسائل متاحة لمؤسسات أخرى.",
                                        "The project relies on means other schools can access."),
                                t("La démarche est documentée pour être reprise (ressources, étapes, durée).",
                                        "المنهجية موثقة لتُعتمد من جديد (موارد، مراحل، مدة).",
                                        "The approach is documented so it can be reused (resources, steps, duration)."),
                                t("Le projet a déjà été repris ou partagé avec d'autres classes ou enseignants.",
                                        "سبق أن اعتُمد المشروع أو تمت مشاركته مع أقسام أو أساتذة آخرين.",
                                        "The project has already been taken up or shared with other classes or teachers."))));
    }
}
