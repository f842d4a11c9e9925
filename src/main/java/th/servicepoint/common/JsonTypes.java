package th.servicepoint.common;

import java.time.temporal.Temporal;
import java.util.Collection;

/** The JSON type a request field of a Java type takes, as a person reads it in a refusal. */
enum JsonTypes {
    TEXT("ข้อความ (JSON string)", "a JSON string (text in quotes)"),
    WHOLE_NUMBER("จำนวนเต็ม (JSON number ไม่มีทศนิยม ไม่อยู่ในเครื่องหมายคำพูด)",
            "a whole JSON number (no decimals, not in quotes)"),
    NUMBER("ตัวเลข (JSON number ไม่อยู่ในเครื่องหมายคำพูด)", "a JSON number (not in quotes)"),
    BOOLEAN("true หรือ false (ไม่อยู่ในเครื่องหมายคำพูด)", "true or false (not in quotes)"),
    LIST("รายการ (JSON array)", "a JSON array"),
    OBJECT("ออบเจกต์ (JSON object)", "a JSON object");

    final String thai;
    final String english;

    JsonTypes(String thai, String english) {
        this.thai = thai;
        this.english = english;
    }

    /** Null where the type is not one a person names by its JSON type. */
    static JsonTypes of(Class<?> type) {
        if (type == null) {
            return null;
        }
        if (type == String.class || type.isEnum() || Temporal.class.isAssignableFrom(type)) {
            return TEXT;
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class
                || type == short.class || type == Short.class || type == java.math.BigInteger.class) {
            return WHOLE_NUMBER;
        }
        if (type == double.class || type == Double.class || type == float.class || type == Float.class
                || type == java.math.BigDecimal.class) {
            return NUMBER;
        }
        if (type == boolean.class || type == Boolean.class) {
            return BOOLEAN;
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return LIST;
        }
        return type.isRecord() ? OBJECT : null;
    }
}
