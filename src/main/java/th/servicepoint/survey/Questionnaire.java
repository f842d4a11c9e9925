package th.servicepoint.survey;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import th.servicepoint.common.ProblemException;

/** One version of the satisfaction questionnaire. Versions are never changed once published: an edit makes a new one. */
@Entity
@Table(name = "questionnaire")
public class Questionnaire extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public int version;
    @Enumerated(EnumType.STRING)
    public QuestionnaireStatus status;
    @Column(name = "published_at")
    public Instant publishedAt;
    @Column(name = "retired_at")
    public Instant retiredAt;
    /** Short form by rotation or the full form; stored as {@code form}. */
    @Enumerated(EnumType.STRING)
    @Column(name = "form")
    public QuestionnaireLength length;
    /** How many ITA items the short form asks per invitation (1–5; with the always-asked ones at most five). */
    @Column(name = "rotation_items")
    public int rotationItems;
    @OneToMany(mappedBy = "questionnaire", cascade = CascadeType.PERSIST)
    @OrderBy("position")
    public List<QuestionnaireItem> items = new ArrayList<>();

    /** The published questionnaire, which every citizen answers. */
    public static Questionnaire current() {
        return Questionnaire.<Questionnaire> find("status", QuestionnaireStatus.PUBLISHED).firstResultOptional()
                .orElseThrow(() -> new ProblemException(503, "NO_QUESTIONNAIRE",
                        "ยังไม่มีแบบประเมินที่เผยแพร่ กรุณาแจ้งผู้ดูแลระบบ",
                        "No questionnaire is published yet; tell the administrator"));
    }

    public static Optional<Questionnaire> byVersion(int version) {
        return find("version", version).firstResultOptional();
    }

    /** The items the short form always asks: answerable ones that feed no ITA indicator (OVERALL). */
    public List<QuestionnaireItem> alwaysAsked() {
        return items.stream().filter(item -> !item.isParent() && item.indicator == null).toList();
    }

    /** The items the short form takes turns at: answerable ones that feed an ITA indicator. */
    public List<QuestionnaireItem> rotating() {
        return items.stream().filter(item -> !item.isParent() && item.indicator != null).toList();
    }

    /**
     * The items one citizen is asked, in questionnaire order: every item (headings too) when {@code rotated} is null
     * (the full form), else the always-asked items and those rotated in, without headings, each standing alone.
     */
    public List<QuestionnaireItem> asked(List<String> rotated) {
        if (rotated == null) {
            return items;
        }
        return items.stream().filter(item -> !item.isParent() && (item.indicator == null || rotated.contains(item.code)))
                .toList();
    }

    public Optional<QuestionnaireItem> item(String code) {
        return items.stream().filter(item -> item.code.equals(code)).findFirst();
    }
}
