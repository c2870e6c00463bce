package org.unitar.learning.support;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A real headless Chromium (Debian's) driven as a person would: it opens pages of the platform, signs in on
 * Keycloak's page, and checks every platform page it opens with axe-core against WCAG 2.1 AA, failing on serious
 * or critical violations.
 */
public final class Browser implements AutoCloseable {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private final ChromeDriver driver;
    private final String appUrl;
    private final Path profile;
    private final List<String> violations = new ArrayList<>();

    public Browser(String appUrl) {
        if (!CHROMIUM.canExecute() || !CHROMEDRIVER.canExecute()) {
            throw new IllegalStateException("Browser tests need Debian's Chromium and its driver at " + CHROMIUM + " and "
                    + CHROMEDRIVER + ": install them with 'apt-get install chromium chromium-driver' (.ci/run does)");
        }
        this.appUrl = appUrl;
        try {
            profile = Files.createTempDirectory("chromium-profile");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--lang=en", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).build();
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(1280, 900));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    public WebDriver driver() {
        return driver;
    }

    /** Opens a page of the platform ({@code path} from the root, e.g. {@code /learn/}) and checks it. */
    public Browser open(String path) {
        driver.get(appUrl + path);
        checkAccessibility();
        return this;
    }

    /** Follows the Sign-in link, signs in on Keycloak's page, and checks the page the platform then shows. */
    public Browser signIn(String username, String password) {
        driver.get(appUrl + "/");
        driver.findElement(By.id("signIn")).click();
        signInOnKeycloak(username, password);
        return this;
    }

    /** Fills in Keycloak's login form, which the browser is showing. */
    public Browser signInOnKeycloak(String username, String password) {
        WebElement user = waitFor(By.id("username"));
        user.clear();
        user.sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("kc-login")).click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().startsWith(appUrl));
        checkAccessibility();
        return this;
    }

    public Browser signOut() {
        driver.findElement(By.id("signOut")).click();
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(d -> d.getCurrentUrl().startsWith(appUrl) && !d.findElements(By.id("signIn")).isEmpty());
        checkAccessibility();
        return this;
    }

    /**
     * What closing the browser does to sign-ins: every cookie gone, the platform's and Keycloak's (session cookies
     * die with the browser), so the next visit signs in again on Keycloak's page.
     */
    public Browser closeAndReopen() {
        driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        return this;
    }

    /**
     * Clicks something that loads a new page (a link, a form's button), waits until that page has loaded, and checks
     * it. A page still settling when the click comes (Chromium: "does not belong to the document") is clicked again
     * once settled, never twice once the first click has left the page.
     */
    public Browser clickToNewPage(By by) {
        waitUntilLoaded();
        WebElement page = driver.findElement(By.tagName("html"));
        try {
            driver.findElement(by).click();
        } catch (WebDriverException e) {
            if (isGone(page)) {
                throw e;
            }
            waitUntilLoaded();
            page = driver.findElement(By.tagName("html"));
            driver.findElement(by).click();
        }
        WebElement clicked = page;
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> isGone(clicked));
        waitUntilLoaded();
        checkAccessibility();
        return this;
    }

    private void waitUntilLoaded() {
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /**
     * Whether the page an element belongs to has been replaced. Chromium says so with a stale element, or, while the
     * next document is being attached, with "Node with given id does not belong to the document".
     */
    private static boolean isGone(WebElement page) {
        try {
            page.isEnabled();
            return false;
        } catch (StaleElementReferenceException e) {
            return true;
        } catch (WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    public WebElement waitFor(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** The message shown next to the field {@code id} (in the same field block). */
    public String messageNextTo(String id) {
        return driver.findElement(By.xpath("//div[contains(@class, 'field')][.//*[@id='" + id + "']]//*[contains(@class, 'ui-message')]"))
                .getText();
    }

    public String path() {
        String url = driver.getCurrentUrl();
        return url.startsWith(appUrl) ? url.substring(appUrl.length()) : url;
    }

    public String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    public String htmlAttribute(String name) {
        return driver.findElement(By.tagName("html")).getDomAttribute(name);
    }

    /** Runs axe-core on the current page; serious and critical WCAG 2.1 AA violations fail the test at the end. */
    public void checkAccessibility() {
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(driver);
        for (Rule rule : results.getViolations()) {
            if ("serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact())) {
                violations.add(path() + ": " + rule.getId() + " (" + rule.getImpact() + ") " + rule.getHelp() + " at "
                        + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")));
            }
        }
    }

    /** The serious or critical accessibility violations found on the pages opened so far. */
    public List<String> accessibilityViolations() {
        return List.copyOf(violations);
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder; the system cleans it
        }
    }
}
