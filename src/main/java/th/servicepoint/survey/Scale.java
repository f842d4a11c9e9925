package th.servicepoint.survey;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import th.servicepoint.common.ThaiLabelled;

/** The answers an item offers. */
public enum Scale implements ThaiLabelled {

    /** The four EIT levels, scored with the configured ITA points. */
    ITA4("4 ระดับ"),
    /**
     * The four EIT levels and "don't know / first visit" ({@link #DONT_KNOW}), for items that compare with an earlier
     * visit (E11, E12, E15): a first-time visitor cannot say. That answer is kept and counted, never scored.
     */
    ITA4_COMPARED("4 ระดับ และไม่ทราบ/มาครั้งแรก"),
    /** มี / ไม่มี, scored 100 / 0 as EIT yes/no items are. */
    YES_NO("มี/ไม่มี"),
    /** The classic five-level satisfaction form; a value scores itself (5 … 1) so reports can take mean and S.D. */
    LIKERT5("5 ระดับ");

    /** The answer that is kept and counted but never scored: not in an item's n, mean, S.D. or interval. */
    public static final String DONT_KNOW = "DONT_KNOW";

    private final String labelTh;

    Scale(String labelTh) {
        this.labelTh = labelTh;
    }

    @Override
    public String labelTh() {
        return labelTh;
    }

    public List<ScaleOption> options(SurveySettings.ItaPoints ita) {
        return switch (this) {
            case ITA4 -> List.of(new ScaleOption("MOST", "มากที่สุด", "Most", ita.most()),
                    new ScaleOption("MUCH", "มาก", "Much", ita.much()),
                    new ScaleOption("LITTLE", "น้อย", "Little", ita.little()),
                    new ScaleOption("LEAST", "น้อยที่สุดหรือไม่มีเลย", "Least or none", ita.least()));
            case ITA4_COMPARED -> Stream.concat(ITA4.options(ita).stream(),
                    Stream.of(new ScaleOption(DONT_KNOW, "ไม่ทราบ / มาครั้งแรก", "Don't know / first visit", 0))).toList();
            case YES_NO -> List.of(new ScaleOption("YES", "มี", "Yes", 100), new ScaleOption("NO", "ไม่มี", "No", 0));
            case LIKERT5 -> List.of(new ScaleOption("5", "มากที่สุด", "Very much", 5),
                    new ScaleOption("4", "มาก", "Much", 4), new ScaleOption("3", "ปานกลาง", "Moderately", 3),
                    new ScaleOption("2", "น้อย", "Little", 2), new ScaleOption("1", "น้อยที่สุด", "Very little", 1));
        };
    }

    public Optional<ScaleOption> option(String value, SurveySettings.ItaPoints ita) {
        return options(ita).stream().filter(option -> option.value().equals(value)).findFirst();
    }

    /** Scored 1–5 (the satisfaction scale) rather than 0–100 (the ITA scales): the two are never averaged together. */
    public boolean fiveLevels() {
        return this == LIKERT5;
    }

    /** The scale named, if there is one by that name. */
    public static Optional<Scale> named(String name) {
        for (Scale scale : values()) {
            if (scale.name().equals(name)) {
                return Optional.of(scale);
            }
        }
        return Optional.empty();
    }
}
