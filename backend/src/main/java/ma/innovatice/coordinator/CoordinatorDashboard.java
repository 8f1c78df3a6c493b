package ma.innovatice.coordinator;

import ma.innovatice.common.i18n.LocalizedText;
import ma.innovatice.edition.EditionStatus;

/**
 * What a regional coordinator sees first: its region, the current edition, where the screening of
 * the region's projects stands, and its jurors.
 */
public record CoordinatorDashboard(String regionCode, LocalizedText academy, CurrentEdition edition, Projects projects,
                                   Jurors jurors) {

    /** The current edition (the OPEN one, else the latest that is not a draft); absent when there is none. */
    public record CurrentEdition(long id, int number, int year, String title, EditionStatus status,
                                 boolean screeningEnabled) {
    }

    /** The region's projects submitted in the current edition, and their screening. */
    public record Projects(long submitted, long screened, long pending, long eligible, long ineligible) {
    }

    public record Jurors(long total, long enabled) {
    }
}
