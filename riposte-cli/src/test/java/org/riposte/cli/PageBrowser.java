package org.riposte.cli;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Debian's Chromium ({@code /usr/bin/chromium}, headless) driven by Playwright, which downloads no browser
 * ({@code PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1}). Each {@link #open} gives a page of a fresh context at the given
 * viewport that records what must never happen: script errors, console errors (a Content-Security-Policy violation
 * is one) and dialogs (an {@code alert()} smuggled in through an article). Screenshots go to
 * {@code target/screenshots/}. Not thread safe.
 */
final class PageBrowser implements AutoCloseable {

  static final Path CHROMIUM = Path.of(System.getProperty("riposte.chromium", "/usr/bin/chromium"));
  static final Path SHOTS = Path.of("target", "screenshots");

  private final Playwright playwright;
  private final Browser browser;
  final List<String> problems = new ArrayList<>();

  PageBrowser() {
    if (!Files.isExecutable(CHROMIUM)) {
      throw new IllegalStateException("Chromium not found at " + CHROMIUM + " (apt-get install chromium)");
    }
    playwright = Playwright.create(new Playwright.CreateOptions()
        .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
        .setHeadless(true).setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu",
            "--disable-background-networking", "--disable-quic", "--no-first-run", "--disable-component-update",
            "--disable-sync")));
  }

  /** A page at width × height CSS pixels whose errors, console errors and dialogs land in {@link #problems}. */
  Page open(int width, int height) {
    BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height)
        .setDeviceScaleFactor(1).setLocale("en-GB").setTimezoneId("UTC"));
    context.setDefaultTimeout(30_000);
    Page page = context.newPage();
    page.onPageError(e -> problems.add("script error: " + e));
    page.onConsoleMessage(m -> {
      // an API answering 4xx on purpose (the error-state checks) is logged by Chromium as a failed resource load
      if (m.type().equals("error") && !m.text().startsWith("Failed to load resource")) {
        problems.add("console error: " + m.text());
      }
    });
    page.onDialog(d -> {
      problems.add("dialog: " + d.message());
      d.dismiss();
    });
    return page;
  }

  /** Saves a full-page screenshot as target/screenshots/{name}.png. */
  static Path shoot(Page page, String name) throws Exception {
    Files.createDirectories(SHOTS);
    Path p = SHOTS.resolve(name + ".png");
    page.screenshot(new Page.ScreenshotOptions().setPath(p).setFullPage(true));
    return p;
  }

  @Override
  public void close() {
    browser.close();
    playwright.close();
  }
}
