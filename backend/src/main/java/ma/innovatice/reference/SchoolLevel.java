package ma.innovatice.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A level of the Moroccan school system, from préscolaire to secondaire qualifiant. */
@Entity
@Table(name = "school_level")
public class SchoolLevel {

    @Id
    public String code;

    public int position;

    @Column(name = "label_fr")
    public String labelFr;

    @Column(name = "label_ar")
    public String labelAr;

    @Column(name = "label_en")
    public String labelEn;
}
