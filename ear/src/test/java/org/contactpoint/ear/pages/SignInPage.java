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

    public static String failure(WebDriver driver) {
        return driver.findElement(By.id("failure")).getText();
    }
}
