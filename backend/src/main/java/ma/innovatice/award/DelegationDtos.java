package ma.innovatice.award;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/** The delegation to the international forum: the winner, then 0 to 5 companions among the awarded projects. */
public final class DelegationDtos {

    private DelegationDtos() {
    }

    /** The companions, in order (the winner is always first and is not listed). */
    public record DelegationInput(@NotNull @Size(max = 5) List<@NotNull @Min(1) Long> companions) {
    }

    /** A project of the delegation (or a candidate): role WINNER or COMPANION (null for a candidate). */
    public record DelegationMember(long submissionId, String role, String award, String title, String teacherName,
                                   String schoolName, String regionCode) {
    }

    public record DelegationView(long editionId, String forumName, String forumCity, Integer forumYear,
                                 LocalDate forumStartsOn, LocalDate forumEndsOn, boolean editable,
                                 List<DelegationMember> members, List<DelegationMember> candidates) {
    }

    /** The delegation on the public results, once they are published. */
    public record PublicDelegation(String forumName, String forumCity, Integer forumYear, LocalDate forumStartsOn,
                                   LocalDate forumEndsOn, List<DelegationMember> members) {
    }
}
