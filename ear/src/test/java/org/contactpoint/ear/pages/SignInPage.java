package org.contactpoint.ear.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** login.xhtml */
public class SignInPage {

    private final WebDriver driver;

    public SignInPage(WebDriver driver, String base) {
        this.driver = driver;
        driver.get(base + "/login.xhtml");
    }

    public void signIn(String username, String password, String pin, String code) {
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("pin")).sendKeys(pin);
        driver.findElement(By.id("token")).sendKeys(code);
        driver.findElement(By.id("signIn")).click();
    }

    /**
     * Signs a demo login in and waits for its home page. A token code works once per account, and other browser tests
     * sign the same demo logins in: if this 30-second step's code was used already, waits for the next step and signs
     * in again.
     */
    public static void signInDemo(WebDriver driver, String base, org.contactpoint.security.demo.DemoAccounts.DemoAccount account)
            throws InterruptedException {
        org.contactpoint.security.token.Totp totp = new org.contactpoint.security.token.Totp();
        String code = totp.code(account.tokenSecret(), java.time.Instant.now());
        new SignInPage(driver, base).signIn(account.username(), org.contactpoint.security.demo.DemoAccounts.PASSWORD,
                org.contactpoint.security.demo.DemoAccounts.PIN, code);
        org.openqa.selenium.support.ui.WebDriverWait wait = new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(15));
        org.openqa.selenium.support.ui.ExpectedCondition<Boolean> home =
                org.openqa.selenium.support.ui.ExpectedConditions.textToBe(By.tagName("h1"), "Welcome, " + account.username());
        wait.until(org.openqa.selenium.support.ui.ExpectedConditions.or(home,
                org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated(By.id("failure"))));
        if (!driver.findElements(By.id("failure")).isEmpty()) {
            String next = code;
            for (int i = 0; i < 70 && next.equals(code); i++) {
                Thread.sleep(500); // the next 30-second token step: there is no event to wait on
                next = totp.code(account.tokenSecret(), java.time.Instant.now());
            }
            new SignInPage(driver, base).signIn(account.username(), org.contactpoint.security.demo.DemoAccounts.PASSWORD,
                    org.contactpoint.security.demo.DemoAccounts.PIN, next);
            wait.until(home);
        }
    }

    public static String failure(WebDriver driver) {
        return driver.findElement(By.id("failure")).getText();
    }
}
