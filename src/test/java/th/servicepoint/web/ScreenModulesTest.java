package th.servicepoint.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The rules of the screens' modules (docs/screens.md) that keep a no-build frontend readable as it grows: small
 * modules, one way to build elements, one import style.
 */
class ScreenModulesTest {

    private static final Path SCREENS = Path.of("kiosk-web");
    private static final int MAX_LINES = 400;
    private static final Pattern RAW_ELEMENT = Pattern.compile("document\\.createElement\\(|\\.innerHTML\\s*=");
    private static final Pattern UPWARD_IMPORT = Pattern.compile("from\\s+[\"']\\.\\./");

    @Test
    void noModuleIsLongerThanFourHundredLines() throws IOException {
        assertEquals(List.of(), modules(module -> lines(module).size() > MAX_LINES),
                "split these into a module per panel, texts in texts.js");
    }

    @Test
    void elementsAreBuiltOnlyWithTheSharedDomHelper() throws IOException {
        Path helper = SCREENS.resolve("common/dom.js");
        assertEquals(List.of(), modules(module -> !module.equals(helper) && matches(module, RAW_ELEMENT)),
                "build elements with el() from /common/dom.js: strings become text, never markup");
    }

    @Test
    void sharedModulesAreImportedByTheirAbsolutePath() throws IOException {
        assertEquals(List.of(), modules(module -> matches(module, UPWARD_IMPORT)),
                "import shared modules as /common/x.js and a screen's own modules as ./x.js");
    }

    private static List<Path> modules(Predicate<Path> breaking) throws IOException {
        try (Stream<Path> files = Files.walk(SCREENS)) {
            return files.filter(file -> file.toString().endsWith(".js")).filter(breaking).sorted().toList();
        }
    }

    private static boolean matches(Path module, Pattern pattern) {
        return lines(module).stream().anyMatch(line -> pattern.matcher(line).find());
    }

    private static List<String> lines(Path module) {
        try {
            return Files.readAllLines(module);
        } catch (IOException e) {
            throw new IllegalStateException(module.toString(), e);
        }
    }
}
