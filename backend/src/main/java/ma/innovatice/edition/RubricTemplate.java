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
}
