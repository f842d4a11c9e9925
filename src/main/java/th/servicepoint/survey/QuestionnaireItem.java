package th.servicepoint.survey;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A question (E1.1, E2 … OVERALL). A parent (E1) has text and sub-items but no scale: it is never answered itself; ITA
 * scores it as the mean of its sub-items.
 */
@Entity
@Table(name = "questionnaire_item")
public class QuestionnaireItem extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "questionnaire_id")
    public Questionnaire questionnaire;
    public int position;
    public String code;
    @Column(name = "parent_code")
    public String parentCode;
    /** The ITA indicator the item feeds (6 quality, 7 communication, 8 improvement); null for none. */
    public Integer indicator;
    /** Null for a parent item. */
    @Enumerated(EnumType.STRING)
    public Scale scale;
    public boolean required;
    @Column(name = "text_th")
    public String textTh;
    @Column(name = "text_en")
    public String textEn;

    public boolean isParent() {
        return scale == null;
    }
}
