package org.contactpoint.ear.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** enrol.xhtml */
public class EnrolPage {

    private final WebDriver driver;

    public EnrolPage(WebDriver driver, String base) {
        this.driver = driver;
        driver.get(base + "/enrol.xhtml");
    }

    /** Enters the activation code; returns the token secret the page shows. */
    public String begin(String username, String activationCode) {
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("activationCode")).sendKeys(activationCode);
        driver.findElement(By.id("begin")).click();
        return driver.findElement(By.id("secret")).getText();
    }

    public void complete(String password, String pin, String code) {
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("pin")).sendKeys(pin);
        driver.findElement(By.id("tokenCode")).sendKeys(code);
        driver.findElement(By.id("complete")).click();
    }
}
