package th.servicepoint.survey;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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

    /** The most required questions one short-form invitation asks, so a citizen answers in about half a minute. */
    static final int MAX_REQUIRED = 5;
    private static final int DEFAULT_ROTATION_ITEMS = 4;

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
        List<FieldProblem> problems = new ArrayList<>(ItemRules.check(form.items()));
        Questionnaire published = Questionnaire.<Questionnaire> find("status", QuestionnaireStatus.PUBLISHED)
                .firstResult();
        QuestionnaireLength length = form.length() != null ? form.length()
                : published == null ? QuestionnaireLength.SHORT : published.length;
        int rotationItems = form.rotationItems() != null ? form.rotationItems()
                : published == null ? DEFAULT_ROTATION_ITEMS : published.rotationItems;
        rotationProblem(length, rotationItems, form.items()).ifPresent(problems::add);
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
        questionnaire.length = length;
        questionnaire.rotationItems = rotationItems;
        UniqueKeys.write(questionnaire::persist, QuestionnaireAdmin::changedMeanwhile);
        audit.admin("QUESTIONNAIRE_PUBLISH", null, "version " + version + ": " + questionnaire.items.size()
                + " items " + String.join(", ", questionnaire.items.stream().map(item -> item.code).toList()) + "; "
                + (length == QuestionnaireLength.FULL ? "full form" : "short form, " + rotationItems + " ITA items"));
        return QuestionnaireDetail.of(questionnaire);
    }

    /**
     * The short form asks every required item without an indicator and {@code rotationItems} ITA items: at least one,
     * and at most five required questions in all, or the form is no longer short. The full form asks everything.
     */
    private static Optional<FieldProblem> rotationProblem(QuestionnaireLength length, int rotationItems,
            List<ItemForm> items) {
        if (length == QuestionnaireLength.FULL) {
            return Optional.empty();
        }
        long always = items.stream().filter(item -> item.scale() != null && item.indicator() == null
                && Boolean.TRUE.equals(item.required())).count();
        long most = MAX_REQUIRED - always;
        if (most < 1) {
            return Optional.of(new FieldProblem("length", "แบบสั้นถามได้ไม่เกิน " + MAX_REQUIRED
                    + " ข้อบังคับ แต่มีข้อบังคับที่ไม่มีตัวชี้วัดซึ่งถามทุกครั้ง " + always
                    + " ข้อแล้ว กรุณาลดข้อเหล่านั้นหรือใช้แบบเต็ม (FULL)",
                    "The short form asks at most " + MAX_REQUIRED + " required questions, but " + always
                            + " required items without an indicator are asked every time; make fewer of them"
                            + " required or use the full form (FULL)"));
        }
        if (rotationItems < 1 || rotationItems > most) {
            return Optional.of(new FieldProblem("rotationItems", "จำนวนข้อ ITA ต่อครั้งต้องอยู่ระหว่าง 1 ถึง " + most
                    + " (รวมข้อที่ถามทุกครั้ง " + always + " ข้อ ไม่เกิน " + MAX_REQUIRED + " ข้อบังคับ)",
                    "ITA items per invitation must be 1 to " + most + " (with the " + always
                            + " asked every time, at most " + MAX_REQUIRED + " required questions)"));
        }
        return Optional.empty();
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
