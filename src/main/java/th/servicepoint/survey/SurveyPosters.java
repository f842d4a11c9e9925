package th.servicepoint.survey;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import th.servicepoint.audit.AuditTrail;
import th.servicepoint.common.ProblemException;
import th.servicepoint.common.QrCodes;
import th.servicepoint.common.Tokens;
import th.servicepoint.common.UniqueKeys;
import th.servicepoint.site.Counter;

/**
 * The administrator's side of open mode: a printable poster QR per counter, for agencies without counter screens to
 * show an invitation on. Replacing a poster (say, one torn down and copied elsewhere) makes the old link stop working.
 */
@ApplicationScoped
public class SurveyPosters {

    private final SurveyLinks links;
    private final QrCodes qrCodes;
    private final AuditTrail audit;
    private final Clock clock;

    SurveyPosters(SurveyLinks links, QrCodes qrCodes, AuditTrail audit, Clock clock) {
        this.links = links;
        this.qrCodes = qrCodes;
        this.audit = audit;
        this.clock = clock;
    }

    /** A new poster for the counter; its previous one, if any, stops working. */
    @Transactional
    public PosterView create(long counterId) {
        Counter counter = counter(counterId);
        SurveyPoster.deactivateAllOf(counter);
        SurveyPoster poster = new SurveyPoster();
        poster.token = Tokens.random();
        poster.counter = counter;
        poster.createdAt = clock.instant();
        poster.active = true;
        // two administrators replacing the same poster at once: the unique index lets one win
        UniqueKeys.write(poster::persist, () -> ProblemException.conflict("POSTER_CHANGED",
                "มีผู้ดูแลระบบสร้างโปสเตอร์ของช่องบริการนี้พร้อมกัน กรุณาลองใหม่",
                "Another administrator created a poster for this counter at the same time; please try again"));
        audit.admin("SURVEY_POSTER_CREATE", counter.servicePoint.id,
                "poster " + poster.id + " of counter " + counter.number + " (id " + counter.id + ")");
        return view(poster);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PosterView active(long counterId) {
        return view(activePoster(counterId));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public String svg(long counterId) {
        return qrCodes.svg(links.poster(activePoster(counterId).token));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public byte[] png(long counterId, int size) {
        return qrCodes.png(links.poster(activePoster(counterId).token), size);
    }

    private SurveyPoster activePoster(long counterId) {
        return SurveyPoster.activeOf(counter(counterId)).orElseThrow(() -> new ProblemException(404,
                "POSTER_NOT_FOUND", "ช่องบริการนี้ยังไม่มีโปสเตอร์ QR แบบประเมิน สร้างได้ด้วย POST",
                "This counter has no survey poster yet; create one with POST"));
    }

    private static Counter counter(long counterId) {
        return Counter.<Counter> findByIdOptional(counterId)
                .orElseThrow(() -> ProblemException.notFound("Counter", "ช่องบริการ", counterId));
    }

    private PosterView view(SurveyPoster poster) {
        Counter counter = poster.counter;
        return new PosterView(
                new PosterView.CounterRef(counter.id, counter.number, counter.name, counter.servicePoint.code),
                links.poster(poster.token), poster.createdAt);
    }
}
