package org.contactpoint.ear.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

/** portal/child.xhtml: the reason, the record, and its involvement and shielding dialogs. */
public class ChildRecordPage {

    private final WebDriver driver;
    private final WebDriverWait wait;

    public ChildRecordPage(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(15));
    }

    public void giveReason(String reasonLabel) {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reason")));
        driver.findElement(By.xpath("//label[normalize-space()='" + reasonLabel + "']")).click();
        driver.findElement(By.id("openRecord")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("childName")));
    }

    public String heading() {
        return driver.findElement(By.id("childName")).getText();
    }

    public void addInvolvement(String serviceTypeLabel, String serviceName, String yourName, String phone) {
        fillInvolvement(serviceTypeLabel, serviceName, yourName, phone);
        save(serviceName);
    }

    /** A sensitive service, with the consent of the person named (given today). */
    public void addSensitiveInvolvement(String serviceTypeLabel, String serviceName, String yourName, String phone,
                                        String consentByLabel, String consentName, String today) {
        fillInvolvement(serviceTypeLabel, serviceName, yourName, phone);
        choose("consentGivenBy", consentByLabel);
        driver.findElement(By.id("consentGivenByName")).sendKeys(consentName);
        driver.findElement(By.id("consentGivenOn")).sendKeys(today);
        save(serviceName);
    }

    private void fillInvolvement(String serviceTypeLabel, String serviceName, String yourName, String phone) {
        driver.findElement(By.id("servicesForm:addInvolvement")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("serviceName")));
        choose("serviceType", serviceTypeLabel);
        driver.findElement(By.id("serviceName")).sendKeys(serviceName);
        driver.findElement(By.id("practitionerName")).sendKeys(yourName);
        driver.findElement(By.id("phone")).sendKeys(phone);
    }

    private void save(String serviceName) {
        driver.findElement(By.id("saveInvolvement")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("involvementDialog")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("services"), serviceName));
    }

    /** Picks an option of a PrimeFaces selectOneMenu by its label (through the widget, as its own keyboard handling does). */
    private void choose(String menuId, String label) {
        String value = wait.until(ExpectedConditions.presenceOfElementLocated(By.id(menuId + "_input")))
                .findElements(By.tagName("option")).stream().filter(o -> label.equals(o.getAttribute("textContent")))
                .findFirst().orElseThrow(() -> new AssertionError("no option " + label + " in " + menuId)).getAttribute("value");
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "PrimeFaces.getWidgetById(arguments[0]).selectValue(arguments[1]);", menuId, value);
        wait.until(ExpectedConditions.textToBe(By.id(menuId + "_label"), label));
    }

    public void openShieldingDialog() {
        driver.findElement(By.id("shieldForm:requestShielding")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("justification")));
    }

    /** In the open dialog (which a refusal re-renders): choose the ground, type the justification, send. */
    public void sendShieldingRequest(String groundLabel, String justification) {
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//label[normalize-space()=\"" + groundLabel + "\"]"))).click();
        WebElement text = wait.until(ExpectedConditions.elementToBeClickable(By.id("justification")));
        text.clear();
        text.sendKeys(justification);
        driver.findElement(By.id("sendShielding")).click();
    }

    public void waitUntilShielded() {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("shieldedNotice")));
    }

    public String messages() {
        return driver.findElement(By.id("messages")).getText();
    }

    public String services() {
        return driver.findElement(By.id("services")).getText();
    }
}
