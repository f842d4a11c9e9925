package th.servicepoint.survey;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import th.servicepoint.common.FieldProblem;

/**
 * Checks a new set of items as a whole and names every bad field ({@code items[3].parent}). Two levels only: a parent
 * comes before its sub-items, has no scale and no parent of its own; every other item has a scale.
 */
final class ItemRules {

    /** Codes appear in field names ({@code answers.E1.1}) and URLs: letters, digits, dot, dash, underscore. */
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9._-]+");
    private static final Set<Integer> INDICATORS = Set.of(6, 7, 8);

    private final Set<String> parents = new HashSet<>();
    private final Map<String, ItemForm> seen = new HashMap<>();
    private final List<FieldProblem> problems = new ArrayList<>();

    private ItemRules(List<ItemForm> items) {
        items.forEach(item -> {
            if (item.parent() != null && !item.parent().isBlank()) {
                parents.add(item.parent());
            }
        });
    }

    static List<FieldProblem> check(List<ItemForm> items) {
        ItemRules rules = new ItemRules(items);
        for (int i = 0; i < items.size(); i++) {
            rules.check("items[" + i + "].", items.get(i));
        }
        return rules.problems;
    }

    private void check(String field, ItemForm item) {
        checkCode(field, item.code());
        checkParent(field, item.parent());
        checkScale(field, item);
        if (item.indicator() != null && !INDICATORS.contains(item.indicator())) {
            problem(field + "indicator", "ตัวชี้วัดต้องเป็น 6, 7 หรือ 8 หรือเว้นว่าง",
                    "The indicator must be 6, 7, 8 or empty");
        }
        seen.putIfAbsent(item.code(), item);
    }

    private void checkCode(String field, String code) {
        if (!CODE.matcher(code).matches()) {
            problem(field + "code", "รหัสข้อใช้ได้เฉพาะตัวอักษรอังกฤษ ตัวเลข จุด ขีด และขีดล่าง",
                    "A code may hold only letters, digits, dots, dashes and underscores");
        } else if (seen.containsKey(code)) {
            problem(field + "code", "รหัสข้อ " + code + " ซ้ำกับข้ออื่น", "The code " + code + " is used twice");
        }
    }

    private void checkParent(String field, String parent) {
        if (parent == null || parent.isBlank()) {
            return;
        }
        ItemForm above = seen.get(parent);
        if (above == null) {
            problem(field + "parent", "ไม่มีหัวข้อ " + parent + " ก่อนหน้าข้อนี้",
                    "There is no item " + parent + " above this one to be its parent");
        } else if (above.parent() != null && !above.parent().isBlank()) {
            problem(field + "parent", "ข้อ " + parent + " เป็นข้อย่อยอยู่แล้ว จึงเป็นหัวข้อไม่ได้",
                    parent + " is a sub-item itself; only two levels are allowed");
        }
    }

    private void checkScale(String field, ItemForm item) {
        boolean parent = parents.contains(item.code());
        if (parent && item.scale() != null) {
            problem(field + "scale", "ข้อที่มีข้อย่อยไม่มีคำตอบของตัวเอง กรุณาเว้นมาตรวัดว่าง",
                    "An item with sub-items is not answered itself; leave its scale empty");
        } else if (!parent && item.scale() == null) {
            problem(field + "scale", "กรุณาเลือกมาตรวัด: ITA4, ITA4_COMPARED, YES_NO หรือ LIKERT5",
                    "Choose a scale: ITA4, ITA4_COMPARED, YES_NO or LIKERT5");
        } else if (!parent && Scale.named(item.scale()).isEmpty()) {
            problem(field + "scale", "ไม่มีมาตรวัด '" + item.scale() + "' ใช้ได้: ITA4, ITA4_COMPARED, YES_NO, LIKERT5",
                    "There is no scale '" + item.scale() + "'; use ITA4, ITA4_COMPARED, YES_NO or LIKERT5");
        }
    }

    private void problem(String field, String messageTh, String message) {
        problems.add(new FieldProblem(field, messageTh, message));
    }
}
