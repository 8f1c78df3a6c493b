package ma.innovatice.evaluation.agreement;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The plain-language reading of a Krippendorff's alpha, after Krippendorff's own guidance (Content
 * Analysis: An Introduction to Its Methodology, 2nd ed., 2004): data are relied on when alpha is at
 * least .800, considered only for tentative conclusions between .667 and .800, and not relied on below.
 *
 * <p>The thresholds apply to alpha rounded half up to three decimals, the precision the ranking
 * screen and the export print, so that a value printed as 0.800 always reads {@link #RELIABLE}.
 */
public enum AgreementReading {
    /** alpha &ge; 0.800. */
    RELIABLE,
    /** 0.667 &le; alpha &lt; 0.800. */
    TENTATIVE,
    /** alpha &lt; 0.667. */
    NOT_RELIABLE,
    /** No alpha: too few doubly rated projects, or no variation in the scores at all. */
    NOT_COMPUTABLE;

    private static final BigDecimal RELIABLE_FROM = new BigDecimal("0.800");
    private static final BigDecimal TENTATIVE_FROM = new BigDecimal("0.667");

    /** The reading of an alpha; {@code null} (or a value that is not a finite number) reads {@link #NOT_COMPUTABLE}. */
    public static AgreementReading of(Double alpha) {
        if (alpha == null || !Double.isFinite(alpha)) {
            return NOT_COMPUTABLE;
        }
        BigDecimal printed = BigDecimal.valueOf(alpha).setScale(3, RoundingMode.HALF_UP);
        if (printed.compareTo(RELIABLE_FROM) >= 0) {
            return RELIABLE;
        }
        return printed.compareTo(TENTATIVE_FROM) >= 0 ? TENTATIVE : NOT_RELIABLE;
    }
}
