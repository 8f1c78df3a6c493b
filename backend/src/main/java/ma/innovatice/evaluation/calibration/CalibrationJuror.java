package ma.innovatice.evaluation.calibration;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;

/** A juror taking part in a calibration. */
@Entity
@Table(name = "calibration_juror")
public class CalibrationJuror {

    @Embeddable
    public record Key(@Column(name = "calibration_id") long calibrationId, @Column(name = "juror_id") long jurorId)
            implements Serializable {
    }

    @EmbeddedId
    public Key id;

    public CalibrationJuror() {
    }

    CalibrationJuror(long calibrationId, long jurorId) {
        this.id = new Key(calibrationId, jurorId);
    }
}
