package ma.innovatice.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One of the 12 regions of Morocco (ISO 3166-2:MA, decree 2-15-40) and its academy (AREF). */
@Entity
@Table(name = "region")
public class Region {

    @Id
    @Column(columnDefinition = "CHAR(5)")
    public String code;

    @Column(name = "name_fr")
    public String nameFr;

    @Column(name = "name_ar")
    public String nameAr;

    @Column(name = "name_en")
    public String nameEn;

    @Column(name = "academy_fr")
    public String academyFr;

    @Column(name = "academy_ar")
    public String academyAr;

    @Column(name = "academy_en")
    public String academyEn;
}
