package th.servicepoint.report.scoring;

import java.util.HashMap;
import java.util.Map;

/**
 * What a flagged item should improve. Defaults are the seed analysis' ประเด็นที่ควรพัฒนา for E1–E3, E5, E6, E9, E11,
 * E12, E14 and E15 (shortened, its typo ปิดเบือน corrected); E4, E7, E8, E10 and E13 are ours, written in the same
 * voice; E10 follows the seed's point on the corruption complaint channel (O30). The agency overrides any of them.
 */
public final class DevelopmentPoints {

    public static final Map<String, String> SEED = Map.ofEntries(
            Map.entry("E1", "กำหนดขั้นตอนและระยะเวลาการปฏิบัติงาน/การให้บริการอย่างชัดเจน"),
            Map.entry("E2", "สร้างจิตสำนึกแก่เจ้าหน้าที่ในหน่วยงานให้บริการต่อผู้มาติดต่ออย่างเท่าเทียมกัน"),
            Map.entry("E3",
                    "สร้างจิตสำนึกแก่เจ้าหน้าที่ในหน่วยงานให้บริการอย่างตรงไปตรงมา ไม่ปิดบังหรือบิดเบือนข้อมูลต่อผู้มาติดต่อ"),
            Map.entry("E4",
                    "ย้ำมาตรการไม่รับเงิน ทรัพย์สิน หรือประโยชน์อื่นใดจากผู้มาติดต่อ และประชาสัมพันธ์ช่องทางร้องเรียนการทุจริตที่เป็นความลับ"),
            Map.entry("E5", "สร้างจิตสำนึกแก่เจ้าหน้าที่ให้ดำเนินงานโดยคำนึงถึงประโยชน์ของประชาชนและส่วนรวมเป็นหลัก"),
            Map.entry("E6", "พัฒนาระบบให้มีช่องทางเข้าถึงข้อมูลข่าวสารของหน่วยงานอย่างหลากหลาย และเข้าถึงง่าย"),
            Map.entry("E7", "เผยแพร่ผลการดำเนินงานและข้อมูลที่ประชาชนควรรับทราบอย่างชัดเจนและเป็นปัจจุบัน"),
            Map.entry("E8", "จัดให้มีและประชาสัมพันธ์ช่องทางรับฟังคำติชมและความคิดเห็นต่อการให้บริการ"),
            Map.entry("E9",
                    "จัดอบรมให้ความรู้แก่เจ้าหน้าที่อย่างสม่ำเสมอ เพื่อให้ชี้แจงและตอบคำถามเมื่อผู้มาติดต่อมีข้อกังวลสงสัยได้อย่างชัดเจน"),
            Map.entry("E10",
                    "จัดให้มีช่องทางร้องเรียนการทุจริตแยกจากช่องทางร้องเรียนทั่วไป มีเจ้าหน้าที่ผู้รับเรื่องโดยเฉพาะ และรักษาข้อมูลเป็นความลับ"),
            Map.entry("E11",
                    "ปรับปรุงคุณภาพการปฏิบัติงาน/การให้บริการให้ดีขึ้น โดยประชาสัมพันธ์ให้ผู้ติดต่อทราบช่องทางเสนอแนะหรือร้องเรียนเจ้าหน้าที่ของหน่วยงาน"),
            Map.entry("E12", "ปรับปรุงวิธีการและขั้นตอนการดำเนินงาน/การให้บริการให้มีความสะดวก ไม่สร้างขั้นตอนโดยไม่จำเป็น"),
            Map.entry("E13", "นำเทคโนโลยีมาใช้ในการดำเนินงาน/การให้บริการ ให้สะดวกรวดเร็วยิ่งขึ้น"),
            Map.entry("E14",
                    "เปิดโอกาสให้ผู้รับบริการหรือผู้มีส่วนได้ส่วนเสียเข้ามามีส่วนร่วมในการพัฒนาปรับปรุงการดำเนินงาน/การให้บริการของหน่วยงาน"),
            Map.entry("E15",
                    "ปรับปรุงการดำเนินงาน/การให้บริการให้เกิดความโปร่งใสและลดขั้นตอน เพื่อให้ผู้มาติดต่อได้รับความสะดวกรวดเร็วยิ่งขึ้น"));

    private final Map<String, String> byCode;

    /** The seed's points with the agency's own laid over them. */
    public DevelopmentPoints(Map<String, String> overrides) {
        byCode = new HashMap<>(SEED);
        byCode.putAll(overrides);
    }

    /**
     * The point for a code, else for its question: the seed writes one per question, and it serves each sub-item. Null
     * when neither has one.
     */
    public String forCode(String code, String questionCode) {
        return byCode.getOrDefault(code, byCode.get(questionCode));
    }
}
