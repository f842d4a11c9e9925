package th.servicepoint.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * Debian's headless Chromium driven by Playwright, shared by every screen test of the JVM. Each page gets a context of
 * its own (no shared storage or cookies), records the script errors it throws, and can be photographed into
 * target/screenshots.
 */
public final class Chromium {

    public static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String EXECUTABLE = System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium");
    // the machine's network is closed: without these Chromium keeps trying Google's hosts at every start
    private static final List<String> ARGS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync");
    private static final String AUTOPLAY = "--autoplay-policy=no-user-gesture-required";
    private static final Map<Page, List<String>> ERRORS = new ConcurrentHashMap<>();
    private static Browser browser;
    private static Browser withoutAutoplay;

    private Chromium() {
    }

    /** A new page of the given viewport at url, loaded. */
    public static Page open(String url, int width, int height) {
        return open(browser(), url, width, height);
    }

    /**
     * A new page in a browser started without the autoplay flag, as a display PC set up without it: sound stays off
     * until someone touches the page. Launched at the first call, then kept.
     */
    public static Page openWithoutAutoplay(String url, int width, int height) {
        return open(browserWithoutAutoplay(), url, width, height);
    }

    private static Page open(Browser browser, String url, int width, int height) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height)
                .setLocale("th-TH").setTimezoneId("Asia/Bangkok"));
        Page page = context.newPage();
        List<String> errors = new CopyOnWriteArrayList<>();
        ERRORS.put(page, errors);
        page.onPageError(errors::add);
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type()) && !message.text().contains("WebSocket")
                    && !message.text().contains("Failed to load resource")) {
                errors.add(message.text());
            }
        });
        page.navigate(url);
        return page;
    }

    /** Closes the page and its context, failing the test if its scripts threw. */
    public static void close(Page page) {
        List<String> errors = ERRORS.remove(page);
        page.context().close();
        assertEquals(List.of(), errors, "script errors on the page");
    }

    /** Writes target/screenshots/{name}.png. */
    public static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")));
    }

    private static synchronized Browser browser() {
        if (browser == null) {
            browser = launch(Stream.concat(ARGS.stream(), Stream.of(AUTOPLAY)).toList());
        }
        return browser;
    }

    private static synchronized Browser browserWithoutAutoplay() {
        if (withoutAutoplay == null) {
            withoutAutoplay = launch(ARGS);
        }
        return withoutAutoplay;
    }

    private static Browser launch(List<String> args) {
        Playwright playwright = Playwright
                .create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        Runtime.getRuntime().addShutdownHook(new Thread(playwright::close));
        return playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(Path.of(EXECUTABLE))
                .setHeadless(true).setArgs(args));
    }
}
