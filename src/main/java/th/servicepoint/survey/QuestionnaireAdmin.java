package th.servicepoint.survey;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import th.servicepoint.audit.AuditTrail;
import th.servicepoint.common.FieldProblem;
import th.servicepoint.common.ProblemException;
import th.servicepoint.common.UniqueKeys;

/**
 * Questionnaire versions for administrators. A published version is never edited: new items publish a new version and
 * retire the current one, so every response keeps the exact questions it answered.
 */
@ApplicationScoped
public class QuestionnaireAdmin {

    private final AuditTrail audit;
    private final Clock clock;

    QuestionnaireAdmin(AuditTrail audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<QuestionnaireSummary> list() {
        return Questionnaire.<Questionnaire> list("order by version desc").stream().map(QuestionnaireSummary::of)
                .toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public QuestionnaireDetail get(int version) {
        return QuestionnaireDetail.of(Questionnaire.byVersion(version)
                .orElseThrow(() -> ProblemException.notFound("Questionnaire version", "แบบประเมินฉบับที่", version)));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public QuestionnaireDetail current() {
        return QuestionnaireDetail.of(Questionnaire.current());
    }

    /**
     * Every item code some version has asked, current ones first in their order, so that other features (the measures
     * register) can refuse a code no questionnaire knows.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> itemCodes() {
        String codes = "select i.code from QuestionnaireItem i join i.questionnaire q group by i.code"
                + " order by max(q.version) desc, min(i.position)";
        return QuestionnaireItem.getEntityManager().createQuery(codes, String.class).getResultList();
    }

    @Transactional
    public QuestionnaireDetail publish(QuestionnaireForm form) {
        List<FieldProblem> problems = ItemRules.check(form.items());
        if (!problems.isEmpty()) {
            throw new ProblemException(422, "INVALID", "ข้อคำถามบางข้อไม่ถูกต้อง กรุณาตรวจสอบช่องที่ระบุ",
                    "Some items are invalid; see errors", problems);
        }
        Instant now = clock.instant();
        // the latest version is locked so two edits at once are taken in turn; the loser gets 409 from the unique version
        Questionnaire latest = Questionnaire.<Questionnaire> find("order by version desc")
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
        int version = latest == null ? 1 : latest.version + 1;
        Questionnaire.<Questionnaire> list("status", QuestionnaireStatus.PUBLISHED).forEach(current -> {
            current.status = QuestionnaireStatus.RETIRED;
            current.retiredAt = now;
        });
        // retired before the new one is inserted: only one version may be published at any moment
        Questionnaire.flush();
        Questionnaire questionnaire = newVersion(version, now, form.items());
        UniqueKeys.write(questionnaire::persist, QuestionnaireAdmin::changedMeanwhile);
        audit.admin("QUESTIONNAIRE_PUBLISH", null, "version " + version + ": " + questionnaire.items.size()
                + " items " + String.join(", ", questionnaire.items.stream().map(item -> item.code).toList()));
        return QuestionnaireDetail.of(questionnaire);
    }

    private static Questionnaire newVersion(int version, Instant now, List<ItemForm> items) {
        Questionnaire questionnaire = new Questionnaire();
        questionnaire.version = version;
        questionnaire.status = QuestionnaireStatus.PUBLISHED;
        questionnaire.publishedAt = now;
        for (int i = 0; i < items.size(); i++) {
            ItemForm form = items.get(i);
            QuestionnaireItem item = new QuestionnaireItem();
            item.questionnaire = questionnaire;
            item.position = i + 1;
            item.code = form.code();
            item.parentCode = form.parent() == null || form.parent().isBlank() ? null : form.parent();
            item.indicator = form.indicator();
            item.scale = form.scale() == null ? null : Scale.valueOf(form.scale());
            item.required = form.required();
            item.textTh = form.textTh().strip();
            item.textEn = form.textEn().strip();
            questionnaire.items.add(item);
        }
        return questionnaire;
    }

    private static ProblemException changedMeanwhile() {
        return ProblemException.conflict("QUESTIONNAIRE_CHANGED",
                "มีผู้แก้ไขแบบประเมินพร้อมกัน กรุณาโหลดฉบับล่าสุดแล้วลองใหม่",
                "Someone else changed the questionnaire at the same time; reload the latest version and try again");
    }
}
