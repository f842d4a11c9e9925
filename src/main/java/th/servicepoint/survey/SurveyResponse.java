package th.servicepoint.survey;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A citizen's answers, with the questionnaire version they answered. No personal data and no address: who was served
 * where is known only through the invitation ({@link ResponseMode#INVITED}), or only the counter, through its poster
 * ({@link ResponseMode#OPEN}).
 */
@Entity
@Table(name = "survey_response")
public class SurveyResponse extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Enumerated(EnumType.STRING)
    public ResponseMode mode;
    /** Set exactly when the mode is INVITED (a check constraint holds it). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "invitation_id")
    public SurveyInvitation invitation;
    /** Set exactly when the mode is OPEN. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "poster_id")
    public SurveyPoster poster;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "questionnaire_id")
    public Questionnaire questionnaire;
    @Column(name = "answered_at")
    public Instant answeredAt;
    /**
     * Sent from a configured staff network or with staff credentials ({@link StaffOrigin}): kept, and reported apart
     * from the citizens' figures (mode STAFF in the tallies). Only this mark is kept, never the address.
     */
    @Column(name = "from_staff")
    public boolean fromStaff;
    /** Plain text as typed; whoever renders it escapes it. */
    public String comment;
    @OneToMany(mappedBy = "response", cascade = CascadeType.PERSIST)
    public List<SurveyAnswer> answers = new ArrayList<>();
}
