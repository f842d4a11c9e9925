package th.servicepoint.survey;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import th.servicepoint.common.FieldProblem;
import th.servicepoint.common.ProblemException;
import th.servicepoint.common.UniqueKeys;

/** What a citizen does with an invitation: read the survey and answer it once. */
@ApplicationScoped
public class Surveys {

    private final SurveySettings settings;
    private final Clock clock;

    Surveys(SurveySettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SurveyView show(String token) {
        SurveyInvitation invitation = open(SurveyInvitation.byToken(token));
        return view(invitation, Questionnaire.current());
    }

    /**
     * Stores the answers to the questionnaire current now, whichever version was current when the invitation was
     * minted. The invitation row stays locked until commit, so a second submission waits and then gets 409.
     */
    @Transactional
    public Thanks answer(String token, ResponseForm form) {
        SurveyInvitation invitation = open(SurveyInvitation.lockByToken(token));
        Questionnaire questionnaire = Questionnaire.current();
        Map<String, String> given = form == null || form.answers() == null ? Map.of() : form.answers();
        String comment = form == null || form.comment() == null || form.comment().isBlank() ? null : form.comment();
        AnswerSheet sheet = AnswerSheet.read(questionnaire, given, settings.itaPoints());
        List<FieldProblem> problems = new ArrayList<>(sheet.problems());
        commentProblem(comment).ifPresent(problems::add);
        if (!problems.isEmpty()) {
            throw new ProblemException(422, "INVALID", "คำตอบบางข้อยังไม่ครบหรือไม่ถูกต้อง กรุณาตรวจสอบข้อที่ระบุ",
                    "Some answers are missing or invalid; see errors", problems);
        }
        SurveyResponse response = new SurveyResponse();
        response.invitation = invitation;
        response.questionnaire = questionnaire;
        response.answeredAt = clock.instant();
        response.comment = comment;
        sheet.answers().forEach(answer -> {
            answer.response = response;
            response.answers.add(answer);
        });
        UniqueKeys.write(response::persist, Surveys::alreadyAnswered);
        return new Thanks("ขอบคุณที่สละเวลาประเมิน ความเห็นของท่านช่วยให้เราปรับปรุงการให้บริการ",
                "Thank you for your time; your answers help us improve the service");
    }

    private SurveyInvitation open(Optional<SurveyInvitation> found) {
        SurveyInvitation invitation = found.orElseThrow(() -> new ProblemException(404, "SURVEY_NOT_FOUND",
                "ไม่พบแบบประเมินนี้ กรุณาสแกน QR อีกครั้ง", "This survey was not found; scan the QR code again"));
        if (invitation.isAnswered()) {
            throw alreadyAnswered();
        }
        if (invitation.isExpired(clock.instant())) {
            throw new ProblemException(410, "SURVEY_EXPIRED", "แบบประเมินนี้หมดเวลาตอบแล้ว ขอบคุณที่สนใจ",
                    "This survey has closed; thank you for your interest");
        }
        return invitation;
    }

    private Optional<FieldProblem> commentProblem(String comment) {
        int max = settings.commentMaxLength();
        if (comment == null || comment.codePointCount(0, comment.length()) <= max) {
            return Optional.empty();
        }
        return Optional.of(new FieldProblem("comment", "ความคิดเห็นยาวเกิน " + max + " ตัวอักษร กรุณาย่อให้สั้นลง",
                "The comment is longer than " + max + " characters; please shorten it"));
    }

    private SurveyView view(SurveyInvitation invitation, Questionnaire questionnaire) {
        List<SurveyView.ItemView> items = questionnaire.items.stream().map(this::item).toList();
        return new SurveyView(
                new SurveyView.ServiceRef(invitation.service.prefix, invitation.service.nameTh,
                        invitation.service.nameEn),
                invitation.counter == null ? null
                        : new SurveyView.CounterRef(invitation.counter.number, invitation.counter.name),
                new SurveyView.ServicePointRef(invitation.servicePoint.code, invitation.servicePoint.nameTh,
                        invitation.servicePoint.nameEn),
                questionnaire.version, items, new SurveyView.CommentRule(settings.commentMaxLength()),
                invitation.expiresAt);
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
