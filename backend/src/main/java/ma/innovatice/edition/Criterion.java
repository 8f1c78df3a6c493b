package ma.innovatice.edition;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import ma.innovatice.common.i18n.Localized;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** One criterion of an edition's rubric, with its scale and, for 21CLD dimensions, its yes/no gates. */
@Entity
@Table(name = "criterion")
public class Criterion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "edition_id", nullable = false)
    public Edition edition;

    /** The round whose own rubric this criterion belongs to (a PRESENTATION round); null in the edition's rubric. */
    @Column(name = "round_id")
    public Long roundId;

    @Column(nullable = false)
    public String code;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "fr", column = @Column(name = "label_fr", nullable = false)),
            @AttributeOverride(name = "ar", column = @Column(name = "label_ar")),
            @AttributeOverride(name = "en", column = @Column(name = "label_en"))})
    public Localized label;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "fr", column = @Column(name = "description_fr")),
            @AttributeOverride(name = "ar", column = @Column(name = "description_ar")),
            @AttributeOverride(name = "en", column = @Column(name = "description_en"))})
    public Localized description;

    @Column(nullable = false, precision = 7, scale = 3)
    public BigDecimal weight;

    @Column(name = "scale_min", nullable = false)
    public int scaleMin;

    @Column(name = "scale_max", nullable = false)
    public int scaleMax;

    @Column(nullable = false)
    public int position;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "criterion_gate", joinColumns = @JoinColumn(name = "criterion_id"))
    @OrderColumn(name = "position")
    @AttributeOverrides({
            @AttributeOverride(name = "fr", column = @Column(name = "label_fr", nullable = false)),
            @AttributeOverride(name = "ar", column = @Column(name = "label_ar")),
            @AttributeOverride(name = "en", column = @Column(name = "label_en"))})
    public List<Localized> gates = new ArrayList<>();
}
