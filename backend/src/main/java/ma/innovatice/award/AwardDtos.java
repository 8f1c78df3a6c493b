package ma.innovatice.award;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import ma.innovatice.account.Language;
import ma.innovatice.common.i18n.LocalizedText;
import ma.innovatice.common.text.PlainText;
import ma.innovatice.edition.EditionDtos.EditionView;
import ma.innovatice.edition.EditionDtos.FlaggedProject;
import ma.innovatice.edition.EditionStatus;
import ma.innovatice.submission.SubmissionStatus;

import java.time.Instant;
import java.util.List;

/** The request and response bodies of awards, results, certificates and statistics. */
public final class AwardDtos {

    private AwardDtos() {
    }

    /** {@code citation} is the French one. */
    public record AwardInput(@NotNull @Min(1) Long submissionId, @NotNull AwardKind kind,
                             @NotNull @Min(1) @Max(1000) Integer rank, @Size(max = 2000) String citation,
                             @Valid CitationTranslations citationTranslations) {

        public AwardInput(Long submissionId, AwardKind kind, Integer rank, String citation) {
            this(submissionId, kind, rank, citation, null);
        }
    }

    /** {@code citation} is the French one; absent translations are cleared. */
    public record AwardUpdate(@NotNull AwardKind kind, @NotNull @Min(1) @Max(1000) Integer rank,
                              @Size(max = 2000) String citation, @Valid CitationTranslations citationTranslations,
                              @NotNull @Min(0) Long version) {

        public AwardUpdate(AwardKind kind, Integer rank, String citation, Long version) {
            this(kind, rank, citation, null, version);
        }
    }

    /** A citation in Arabic and in English; blank is no translation. */
    public record CitationTranslations(@Size(max = 2000) @PlainText(multiline = true) String ar,
                                       @Size(max = 2000) @PlainText(multiline = true) String en) {
    }

    public record AwardView(long id, long editionId, long submissionId, AwardKind kind, int rank, String citation,
                            CitationTranslations citationTranslations, String title, String authorName,
                            String regionCode, String schoolLevel, String discipline, long version, Instant updatedAt) {

        static AwardView of(Award a) {
            return new AwardView(a.id, a.editionId, a.submission.id, a.kind, a.rank, a.citation,
                    new CitationTranslations(a.citationAr, a.citationEn), a.submission.title,
                    a.submission.author.firstName + " " + a.submission.author.lastName, a.submission.regionCode,
                    a.submission.schoolLevel, a.submission.discipline, a.version, a.updatedAt);
        }
    }

    public record ProposalInput(Boolean regionalBalance, @DecimalMin("0") @DecimalMax("100") Double scoreFloor,
                                Boolean replace) {
    }

    public record BalanceSwap(String regionCode, long addedSubmissionId, long removedSubmissionId) {
    }

    /** {@code winnerDisagreement}: the proposed winner when its jurors disagree (the ranking's flag), else null. */
    public record AwardProposal(List<AwardView> awards, int regionsCovered, List<String> regionCodes, int levelsCovered,
                                List<String> levelCodes, List<BalanceSwap> swaps, FlaggedProject winnerDisagreement) {
    }

    /** {@code citation} in the request's language, else French; {@code citationLanguage} the one it is in. */
    public record Laureate(long editionId, int editionNumber, int editionYear, long submissionId, AwardKind kind,
                           int rank, String citation, Language citationLanguage, String title, String summary,
                           String regionCode, String schoolLevel, String discipline, String teacherName) {
    }

    public record EditionResults(EditionView edition, Laureate winner, List<Laureate> laureates,
                                 List<Laureate> specialMentions, int participants, int regions,
                                 DelegationDtos.PublicDelegation delegation) {
    }

    public record AwardSummary(AwardKind kind, int rank, String citation, Language citationLanguage) {

        static AwardSummary of(Award a, Language asked) {
            ServedCitation served = ServedCitation.of(asked, a);
            return new AwardSummary(a.kind, a.rank, served.text(), served.language());
        }
    }

    public record CriterionMean(String code, LocalizedText label, double mean, int scaleMin, int scaleMax) {
    }

    public record SubmissionResult(long submissionId, SubmissionStatus status, AwardSummary award, List<String> feedback,
                                   List<CriterionMean> criteria, boolean certificateAvailable) {
    }

    public record CertificateVerification(String code, Certificate.Kind kind, int editionNumber, int editionYear,
                                          String editionTitle, String teacherName, String projectTitle,
                                          Instant issuedAt) {
    }

    /** An administrator's correction of a certificate: absent fields keep the certificate's value. */
    public record CertificateReissue(
            @Size(min = 1, max = 100) @Pattern(regexp = ".*\\S.*", message = "must not be blank") @PlainText String firstName,
            @Size(min = 1, max = 100) @Pattern(regexp = ".*\\S.*", message = "must not be blank") @PlainText String lastName,
            @Size(max = 200) @PlainText String schoolName,
            @Size(min = 3, max = 200) @Pattern(regexp = ".*\\S.*", message = "must not be blank") @PlainText String projectTitle,
            @NotBlank @Size(max = 500) @PlainText(multiline = true) String reason) {
    }

    /** A certificate as issued, for administrators. */
    public record CertificateRecord(String code, Certificate.Kind kind, String holderFirstName, String holderLastName,
                                    String schoolName, String projectTitle, int editionNumber, int editionYear,
                                    String editionTitle, Instant issuedAt) {

        static CertificateRecord of(Certificate c) {
            return new CertificateRecord(c.code, c.kind, c.holderFirstName, c.holderLastName, c.schoolName,
                    c.projectTitle, c.editionNumber, c.editionYear, c.editionTitle, c.issuedAt);
        }
    }

    public record CertificateReissued(String revokedCode, CertificateRecord certificate) {
    }

    public record CountByCode(String code, long count) {
    }

    public record ScoreBin(double from, double to, long count) {
    }

    public record EditionStatistics(long editionId, long submissions, List<CountByCode> byStatus,
                                    List<CountByCode> byRegion, List<CountByCode> byLevel,
                                    List<CountByCode> byDiscipline, long assignments, long submittedEvaluations,
                                    List<ScoreBin> rawScoreDistribution, List<ScoreBin> evaluationScoreDistribution) {
    }

    public record EditionParticipation(long editionId, int number, int year, EditionStatus status, long submissions,
                                       int regions) {
    }

    public record PublicStatistics(List<EditionParticipation> editions, List<CountByCode> byRegion,
                                   List<CountByCode> byLevel) {
    }
}
