package org.contactpoint.web;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.File;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The session limits the container enforces come from web.xml: idle timeout 15 minutes, cookies HTTP-only and
 * never in URLs. (The 8-hour absolute limit is SessionLimits; the EAR's sign-in tests cover the rest.)
 */
class SessionConfigTest {

    @Test
    void sessionsIdleOutAfterFifteenMinutesAndTravelOnlyInHttpOnlyCookies() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document webXml = factory.newDocumentBuilder().parse(new File("src/main/webapp/WEB-INF/web.xml"));
        assertThat(webXml.getElementsByTagName("session-timeout").item(0).getTextContent().trim()).isEqualTo("15");
        assertThat(webXml.getElementsByTagName("http-only").item(0).getTextContent().trim()).isEqualTo("true");
        assertThat(webXml.getElementsByTagName("tracking-mode").item(0).getTextContent().trim()).isEqualTo("COOKIE");
    }
}
