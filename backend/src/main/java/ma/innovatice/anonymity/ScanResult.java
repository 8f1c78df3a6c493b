package ma.innovatice.anonymity;

import ma.innovatice.anonymity.AnonymityDtos.FileCheck;
import ma.innovatice.anonymity.AnonymityDtos.Finding;
import ma.innovatice.anonymity.AnonymityDtos.Report;
import ma.innovatice.anonymity.EvidenceText.Outcome;
import ma.innovatice.anonymity.IdentityScanner.Kind;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A project's scan as it is stored (JSON in anonymity_scan.report): the findings of its text fields
 * and, file by file, of its evidence. A file's result depends only on its bytes, which never change
 * under one id, and on the terms: the next scan with the same terms takes it from here instead of
 * reading the file again. Findings are bounded per source ({@link #PER_SOURCE}); {@code total} counts
 * them all.
 */
record ScanResult(List<Finding> fieldFindings, int fieldTotal, List<FileResult> files) {

    /** Findings kept per field or per file. */
    static final int PER_SOURCE = 20;
    /** Findings a report lists. */
    static final int REPORTED = 100;

    /** One evidence file: how its reading ended, its findings (at most {@link #PER_SOURCE}) and their number. */
    record FileResult(long attachmentId, String filename, Outcome outcome, List<Finding> findings, int total) {

        boolean checked() {
            return outcome == Outcome.CHECKED || outcome == Outcome.PARTIAL;
        }

        /** A reading worth keeping for the next scan (a timed-out one is tried again). */
        boolean reusable() {
            return outcome != Outcome.TIMEOUT;
        }
    }

    int total() {
        return fieldTotal + files.stream().mapToInt(FileResult::total).sum();
    }

    /** Files of a readable type whose text could not be read. */
    int uncheckedFiles() {
        return (int) files.stream().filter(f -> f.outcome() == Outcome.UNREADABLE || f.outcome() == Outcome.TIMEOUT)
                .count();
    }

    Set<Kind> kinds() {
        Set<Kind> kinds = EnumSet.noneOf(Kind.class);
        fieldFindings.forEach(f -> kinds.add(f.kind()));
        files.forEach(file -> file.findings().forEach(f -> kinds.add(f.kind())));
        return kinds;
    }

    /** Fields first, then files in their order, at most {@link #REPORTED}. */
    List<Finding> reported() {
        List<Finding> all = new ArrayList<>(fieldFindings);
        files.forEach(f -> all.addAll(f.findings()));
        return all.size() > REPORTED ? all.subList(0, REPORTED) : all;
    }

    Report report(long submissionId, Instant scannedAt) {
        List<FileCheck> checks = files.stream().map(f -> new FileCheck(f.attachmentId(), f.filename(), f.checked(),
                f.outcome() == Outcome.CHECKED ? null : f.outcome().name())).toList();
        return new Report(submissionId, true, scannedAt, reported(), checks, total() > reported().size());
    }
}
