package ma.innovatice.evaluation.calibration;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import ma.innovatice.common.db.StringListConverter;

import java.util.ArrayList;
import java.util.List;

/**
 * A sample of a calibration: an anonymised copy of a project (see {@link Anonymiser}), never the
 * project itself, which stays as it was.
 */
@Entity
@Table(name = "calibration_sample")
public class CalibrationSample {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "calibration_id", nullable = false, updatable = false)
    public long calibrationId;

    /** 1, 2 or 3: the order the jurors see the samples in, and their letter (A, B, C). */
    @Column(nullable = false, updatable = false)
    public int position;

    @Column(name = "source_submission_id")
    public Long sourceSubmissionId;

    @Column(name = "source_edition_id", nullable = false, updatable = false)
    public long sourceEditionId;

    @Column(nullable = false)
    public String title;

    public String summary;

    @Column(columnDefinition = "TEXT")
    public String description;

    public String discipline;

    @Column(name = "school_level")
    public String schoolLevel;

    @Convert(converter = StringListConverter.class)
    @Column(nullable = false, columnDefinition = "TEXT")
    public List<String> technologies = new ArrayList<>();

    @Column(name = "pupils_count")
    public Integer pupilsCount;

    public String label() {
        return String.valueOf((char) ('A' + position - 1));
    }
}
