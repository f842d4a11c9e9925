package th.servicepoint.survey;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import th.servicepoint.catalog.Service;
import th.servicepoint.common.FieldProblem;
import th.servicepoint.common.ProblemException;
import th.servicepoint.common.RateLimiter;
import th.servicepoint.common.TooManyRequests;
import th.servicepoint.common.UniqueKeys;
import th.servicepoint.site.Counter;
import th.servicepoint.site.ServicePoint;

/**
 * What a citizen does with a survey link: read the survey and answer it, once per invitation, or through a counter's
 * poster once per client and {@link SurveySettings#posterAnswerInterval()}.
 */
@ApplicationScoped
public class Surveys {

    private static final Thanks THANKS = new Thanks(
            "ขอบคุณที่สละเวลาประเมิน ความเห็นของท่านช่วยให้เราปรับปรุงการให้บริการ",
            "Thank you for your time; your answers help us improve the service");

    private final SurveySettings settings;
    private final RateLimiter limiter;
    private final Rotation rotation;
    private final PosterSelections selections;
    private final Clock clock;

    Surveys(SurveySettings settings, RateLimiter limiter, Rotation rotation, PosterSelections selections,
            Clock clock) {
        this.settings = settings;
        this.limiter = limiter;
        this.rotation = rotation;
        this.selections = selections;
        this.clock = clock;
    }

    /** The questionnaire current now, narrowed to the items the invitation was minted with. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SurveyView show(String token) {
        SurveyInvitation invitation = open(SurveyInvitation.byToken(token));
        return view(ResponseMode.INVITED, invitation.servicePoint, invitation.service, invitation.counter,
                invitation.expiresAt, invitation.rotated(), null);
    }

    /** In the short form each view is a new turn of the rotation (counted as asked), sealed into {@code selection}. */
    @Transactional
    public SurveyView showPoster(String posterToken) {
        SurveyPoster poster = poster(posterToken);
        List<String> rotated = rotation.choose(Questionnaire.current());
        return view(ResponseMode.OPEN, poster.counter.servicePoint, null, poster.counter, null, rotated,
                rotated == null ? null : selections.seal(poster, rotated));
    }

    /**
     * Stores the answers to the questionnaire current now, whichever version was current when the invitation was
     * minted. The invitation row stays locked until commit, so a second submission waits and then gets 409.
     */
    @Transactional
    public Thanks answer(String token, ResponseForm form, boolean fromStaff) {
        SurveyInvitation invitation = open(SurveyInvitation.lockByToken(token));
        SurveyResponse response = read(form, invitation.rotated());
        response.mode = ResponseMode.INVITED;
        response.fromStaff = fromStaff;
        response.invitation = invitation;
        UniqueKeys.write(response::persist, Surveys::alreadyAnswered);
        return THANKS;
    }

    /**
     * Stores an open-mode answer through a counter's poster. Only a valid answer counts against the client's
     * interval, so a citizen who is told to fix an answer can send it again at once.
     */
    @Transactional
    public Thanks answerPoster(String posterToken, ResponseForm form, String clientAddress, boolean fromStaff) {
        SurveyPoster poster = poster(posterToken);
        SurveyResponse response = read(form, posterItems(poster, form));
        long retryAfter = limiter.onceWithin("survey-poster:" + poster.id, clientAddress,
                settings.posterAnswerInterval());
        if (retryAfter > 0) {
            long minutes = (retryAfter + 59) / 60;
            throw new TooManyRequests(retryAfter, "SURVEY_ANSWERED_RECENTLY",
                    "ท่านเพิ่งประเมินผ่านโปสเตอร์นี้ไป กรุณารออีก " + minutes + " นาทีหากต้องการประเมินอีกครั้ง",
                    "You answered through this poster a moment ago; please wait " + minutes
                            + " minutes to answer again");
        }
        response.mode = ResponseMode.OPEN;
        response.fromStaff = fromStaff;
        response.poster = poster;
        response.persist();
        return THANKS;
    }

    /**
     * The ITA items a poster answer may cover: those its sealed selection names, or every item when the questionnaire
     * is the full form and no selection came (422 naming {@code selection} for the short form without one).
     */
    private List<String> posterItems(SurveyPoster poster, ResponseForm form) {
        String selection = form == null ? null : form.selection();
        if (selection == null && Questionnaire.current().length == QuestionnaireLength.FULL) {
            return null;
        }
        return selections.open(poster, selection);
    }

    /**
     * A response to the questionnaire current now, asking the always-asked items and {@code rotated} (all items when
     * null), or 422 naming every bad answer; not yet stored.
     */
    private SurveyResponse read(ResponseForm form, List<String> rotated) {
        Questionnaire questionnaire = Questionnaire.current();
        Map<String, String> given = form == null || form.answers() == null ? Map.of() : form.answers();
        String comment = form == null || form.comment() == null || form.comment().isBlank() ? null : form.comment();
        AnswerSheet sheet = AnswerSheet.read(questionnaire, questionnaire.asked(rotated), given, settings.itaPoints());
        List<FieldProblem> problems = new ArrayList<>(sheet.problems());
        commentProblem(comment).ifPresent(problems::add);
        if (!problems.isEmpty()) {
            throw new ProblemException(422, "INVALID", "คำตอบบางข้อยังไม่ครบหรือไม่ถูกต้อง กรุณาตรวจสอบข้อที่ระบุ",
                    "Some answers are missing or invalid; see errors", problems);
        }
        SurveyResponse response = new SurveyResponse();
        response.questionnaire = questionnaire;
        response.answeredAt = clock.instant();
        response.comment = comment;
        sheet.answers().forEach(answer -> {
            answer.response = response;
            response.answers.add(answer);
        });
        return response;
    }

    private SurveyInvitation open(Optional<SurveyInvitation> found) {
        SurveyInvitation invitation = found.orElseThrow(() -> new ProblemException(404, "SURVEY_NOT_FOUND",
                "ไม่พบแบบประเมินนี้ หากเพิ่งรับบริการ กรุณาสแกน QR ที่ช่องบริการอีกครั้ง"
                        + " ลิงก์แบบประเมินที่เก่าแล้วจะถูกลบตามนโยบายการเก็บรักษาข้อมูลของหน่วยงาน",
                "This survey was not found. If you were just served, scan the QR code at the counter again;"
                        + " old survey links are removed under the agency's data retention policy"));
        if (invitation.isAnswered()) {
            throw alreadyAnswered();
        }
        if (invitation.isExpired(clock.instant())) {
            throw new ProblemException(410, "SURVEY_EXPIRED", "แบบประเมินนี้หมดเวลาตอบแล้ว ขอบคุณที่สนใจ",
                    "This survey has closed; thank you for your interest");
        }
        return invitation;
    }

    /** The poster's link works until the administrator replaces the poster. */
    private static SurveyPoster poster(String posterToken) {
        return SurveyPoster.activeByToken(posterToken).orElseThrow(() -> new ProblemException(404,
                "SURVEY_NOT_FOUND", "ไม่พบแบบประเมินนี้ โปสเตอร์อาจถูกเปลี่ยนแล้ว กรุณาสแกน QR บนโปสเตอร์ที่ช่องบริการ",
                "This survey was not found; the poster may have been replaced, scan the QR code on the poster at the counter"));
    }

    private Optional<FieldProblem> commentProblem(String comment) {
        int max = settings.commentMaxLength();
        if (comment == null || comment.codePointCount(0, comment.length()) <= max) {
            return Optional.empty();
        }
        return Optional.of(new FieldProblem("comment", "ความคิดเห็นยาวเกิน " + max + " ตัวอักษร กรุณาย่อให้สั้นลง",
                "The comment is longer than " + max + " characters; please shorten it"));
    }

    private SurveyView view(ResponseMode mode, ServicePoint servicePoint, Service service, Counter counter,
            Instant expiresAt, List<String> rotated, String selection) {
        Questionnaire questionnaire = Questionnaire.current();
        List<SurveyView.ItemView> items = questionnaire.asked(rotated).stream().map(this::item).toList();
        return new SurveyView(mode,
                service == null ? null : new SurveyView.ServiceRef(service.prefix, service.nameTh, service.nameEn),
                counter == null ? null : new SurveyView.CounterRef(counter.number, counter.name),
                new SurveyView.ServicePointRef(servicePoint.code, servicePoint.nameTh, servicePoint.nameEn),
                questionnaire.version, rotated == null ? QuestionnaireLength.FULL : QuestionnaireLength.SHORT, items,
                new SurveyView.CommentRule(settings.commentMaxLength()), expiresAt, selection);
    }

    private SurveyView.ItemView item(QuestionnaireItem item) {
        List<ScaleOption> options = item.isParent() ? List.of() : item.scale.options(settings.itaPoints());
        return new SurveyView.ItemView(item.code, item.parentCode, item.indicator, item.required, item.textTh,
                item.textEn, item.scale, options);
    }

    private static ProblemException alreadyAnswered() {
        return ProblemException.conflict("SURVEY_ANSWERED", "แบบประเมินนี้ได้รับคำตอบแล้ว ขอบคุณที่ร่วมประเมิน",
                "This survey has already been answered; thank you");
    }
}
