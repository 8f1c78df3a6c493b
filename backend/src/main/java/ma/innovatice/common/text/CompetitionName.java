package ma.innovatice.common.text;

/**
 * The competition's name as the site, the emails and the certificate write it. Arabic has one name,
 * «الأساتذة المبتكرون» ("innovants": المبتكرون, as in the winner's title الأستاذ المبتكر), always in this
 * form and between guillemets after مسابقة; CompetitionNameTest fails if the client's Arabic texts, the
 * emails or the certificate use another one.
 */
public final class CompetitionName {

    public static final String FR = "Enseignants Innovants";
    public static final String AR = "الأساتذة المبتكرون";

    private CompetitionName() {
    }
}
