package org.contactpoint.ear.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

/** console/accounts.xhtml */
public class ConsoleAccountsPage {

    private final WebDriver driver;

    public ConsoleAccountsPage(WebDriver driver, String base) {
        this.driver = driver;
        driver.get(base + "/console/accounts.xhtml");
    }

    /** Creates a practitioner account; returns the activation code the page shows once. */
    public String createPractitioner(String username, String name) {
        driver.findElement(By.id("accounts:username")).sendKeys(username);
        driver.findElement(By.id("accounts:displayName")).sendKeys(name);
        driver.findElement(By.id("accounts:organisationCode")).sendKeys("NOTTS-EH");
        driver.findElement(By.id("accounts:organisationName")).sendKeys("Nottinghamshire Early Help");
        driver.findElement(By.id("accounts:create")).click();
        WebElement issued = new WebDriverWait(driver, Duration.ofSeconds(15))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("issued")));
        return issued.findElement(By.tagName("code")).getText();
    }

    /** Presses "Record checks" in the row of {@code username}. */
    public void recordChecks(String username) {
        WebElement row = driver.findElement(By.xpath("//tr[td[normalize-space()='" + username + "']]"));
        row.findElement(By.xpath(".//button[normalize-space()='Record checks']")).click();
        // the AJAX update replaces the row while it is read: a stale cell is read again
        new WebDriverWait(driver, Duration.ofSeconds(15)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> !d.findElement(
                By.xpath("//tr[td[normalize-space()='" + username + "']]/td[5]")).getText().isBlank());
    }
}
