package th.servicepoint.survey;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import th.servicepoint.site.Counter;

/**
 * The printed QR link of a counter for agencies without counter screens (open mode). A replaced poster is kept
 * inactive, so the responses that came through it still reach their counter.
 */
@Entity
@Table(name = "survey_poster")
public class SurveyPoster extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String token;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "counter_id")
    public Counter counter;
    @Column(name = "created_at")
    public Instant createdAt;
    public boolean active;

    static Optional<SurveyPoster> activeByToken(String token) {
        return find("token = ?1 and active = true", token).firstResultOptional();
    }

    static Optional<SurveyPoster> activeOf(Counter counter) {
        return find("counter = ?1 and active = true", counter).firstResultOptional();
    }

    /** Bulk, so the old row is inactive before the new one is inserted (the unique index allows one active). */
    static void deactivateAllOf(Counter counter) {
        update("active = false where counter = ?1 and active = true", counter);
    }
}
