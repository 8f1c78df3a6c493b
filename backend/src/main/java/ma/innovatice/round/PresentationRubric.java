package ma.innovatice.round;

import ma.innovatice.common.i18n.LocalizedText;
import ma.innovatice.edition.EditionDtos.CriterionInput;

import java.util.List;

/**
 * The rubric of a finalists' round, in which each finalist presents the project to the jury: four
 * criteria scored 1 to 4, weighed alike, without gates. A PRESENTATION round gets its own copy
 * (criterion.round_id), apart from the edition's 21CLD rubric.
 */
public final class PresentationRubric {

    private PresentationRubric() {
    }

    private static LocalizedText t(String fr, String ar, String en) {
        return new LocalizedText(fr, ar, en);
    }

    public static List<CriterionInput> criteria() {
        return List.of(
                new CriterionInput("CLARITY",
                        t("Clarté de la présentation", "وضوح العرض", "Clarity of the presentation"),
                        t("Le projet, sa démarche et ses résultats sont-ils exposés clairement dans le temps imparti ?",
                                "هل قُدِّم المشروع ومنهجيته ونتائجه بوضوح في الوقت المحدد؟",
                                "Are the project, its approach and its results set out clearly in the time given?"),
                        25.0, 1, 4, List.of()),
                new CriterionInput("IMPACT",
                        t("Impact démontré sur les apprentissages", "الأثر المُثبت على تعلم التلاميذ",
                                "Demonstrated impact on pupils' learning"),
                        t("Des preuves montrent-elles ce que les élèves ont appris grâce au projet ?",
                                "هل تُظهر الأدلة ما تعلّمه التلاميذ بفضل المشروع؟",
                                "Does evidence show what the pupils learnt through the project?"),
                        25.0, 1, 4, List.of()),
                new CriterionInput("ANSWERS",
                        t("Réponses aux questions du jury", "الأجوبة عن أسئلة اللجنة", "Answers to the jury's questions"),
                        t("Les réponses sont-elles précises, argumentées et fidèles au projet mené ?",
                                "هل الأجوبة دقيقة ومعلَّلة ومطابقة للمشروع المنجز؟",
                                "Are the answers precise, reasoned and true to the project carried out?"),
                        25.0, 1, 4, List.of()),
                new CriterionInput("TRANSFER",
                        t("Transférabilité", "قابلية النقل", "Transferability"),
                        t("D'autres enseignants pourraient-ils reprendre le projet dans leur classe ?",
                                "هل يمكن لأساتذة آخرين اعتماد المشروع في أقسامهم؟",
                                "Could other teachers take the project up in their own classes?"),
                        25.0, 1, 4, List.of()));
    }
}
