package th.servicepoint.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;

/**
 * axe-core run on the page as it is now: a screen state passes when it breaks none of the WCAG 2.0 A/AA and 2.1 AA
 * rules axe can check. axe cannot judge everything (reading distance, Thai word breaks), so the screen tests check
 * those themselves.
 */
final class Accessibility {

    private static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private Accessibility() {
    }

    /** Fails naming each violated rule, its impact and the elements that break it. */
    static void assertNoViolations(Page page, String state) {
        List<Rule> violations = new AxeBuilder(page).withTags(WCAG).analyze().getViolations();
        assertEquals("", violations.stream().map(Accessibility::describe).collect(Collectors.joining("\n")),
                "axe-core found WCAG violations on " + state);
    }

    private static String describe(Rule rule) {
        String targets = rule.getNodes().stream().map(node -> node.getTarget().toString())
                .collect(Collectors.joining(", "));
        return rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + " at " + targets;
    }
}
