package ma.innovatice.round;

/** The bodies of judging rounds. */
public final class RoundDtos {

    private RoundDtos() {
    }

    /** Which round a view belongs to: its position in the edition, its names, scope, rubric and status. */
    public record RoundRef(int position, String nameFr, String nameAr, String nameEn, JudgingRound.Scope scope,
                           JudgingRound.Rubric rubric, JudgingRound.Status status) {

        public static RoundRef of(JudgingRound round) {
            return new RoundRef(round.position, round.nameFr, round.nameAr, round.nameEn, round.scope, round.rubric,
                    round.status);
        }
    }
}
