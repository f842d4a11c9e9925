package th.servicepoint.report.render;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import th.servicepoint.common.ProblemException;

/** The forms the executive report comes in ({@code ?format=}); JSON is the API itself, the others are renderers. */
public enum ReportFormat {

    JSON("application/json", "json"),
    HTML("text/html;charset=UTF-8", "html"),
    PDF("application/pdf", "pdf"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    CSV("text/csv;charset=UTF-8", "csv");

    private final String mediaType;
    private final String extension;

    ReportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** The format named in any case; JSON when none is named; 422 listing the formats for anything else. */
    public static ReportFormat parse(String name) {
        if (name == null || name.isBlank()) {
            return JSON;
        }
        return Arrays.stream(values()).filter(format -> format.extension.equals(name.strip().toLowerCase(Locale.ROOT)))
                .findFirst().orElseThrow(() -> {
                    String known = Arrays.stream(values()).map(ReportFormat::extension)
                            .collect(Collectors.joining(", "));
                    return ProblemException.invalid("format", "ไม่รู้จักรูปแบบรายงาน '" + name + "' ใช้ได้: " + known,
                            "Unknown report format '" + name + "'; use one of " + known);
                });
    }
}
