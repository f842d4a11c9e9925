package th.servicepoint.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The report's words that Chromium would cut are wrapped where they are laid out as lines, and nowhere else. */
class ThaiWordsTest {

    @Test
    void wrapsTheWordsInTextOnly() {
        String page = "<html><head><title>รอบ 6 เดือนแรก ปีงบประมาณ 2569</title><style>.x::after { content: 'ตรวจสอบ'; }"
                + "</style></head><body><p title=\"ตรวจสอบ\">ส่วนราชการตรวจสอบงาน ปีงบประมาณ 2569</p>"
                + "<img alt=\"จอแสดงผล\"></body></html>";
        assertEquals("<html><head><title>รอบ 6 เดือนแรก ปีงบประมาณ 2569</title><style>.x::after { content: 'ตรวจสอบ'; }"
                + "</style></head><body><p title=\"ตรวจสอบ\">ส่วนราชการ<span class=\"word\">ตรวจสอบ</span>งาน "
                + "<span class=\"word\">ปีงบประมาณ</span> 2569</p><img alt=\"จอแสดงผล\"></body></html>",
                ThaiWords.holdWholeInHtml(page));
    }
}
