package org.contactpoint.ear.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.util.List;

/** portal/search.xhtml */
public class SearchPage {

    private final WebDriver driver;

    public SearchPage(WebDriver driver, String base) {
        this.driver = driver;
        driver.get(base + "/portal/search.xhtml");
    }

    public void search(String familyName, String givenName, String dateOfBirth) {
        type("familyName", familyName);
        type("givenName", givenName);
        type("dateOfBirth", dateOfBirth);
        driver.findElement(By.id("find")).click();
    }

    private void type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** The rows of the results table, as their text. */
    public List<String> results() {
        return driver.findElements(By.cssSelector("#results tbody tr")).stream().map(WebElement::getText).toList();
    }

    /** Opens the record of the first result whose row contains the text. */
    public void open(String rowText) {
        driver.findElements(By.cssSelector("#results tbody tr")).stream().filter(r -> r.getText().contains(rowText))
                .findFirst().orElseThrow(() -> new AssertionError("no result row with " + rowText))
                .findElement(By.cssSelector("a.cp-open")).click();
    }
}
