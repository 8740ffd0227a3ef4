package org.contactpoint.web.it;

import org.contactpoint.it.TestStore;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;

/**
 * The partner channels as deployed: the EAR's libraries and EJBs, web-module's REST, SOAP and partner-request
 * classes (not the JSF pages, whose libraries this deployment leaves out), the WSDL, and ejb-module's IT helpers.
 */
final class ApiDeployment {

    private ApiDeployment() {
    }

    static WebArchive create() {
        File[] libs = Objects.requireNonNull(Path.of("target/it-lib").toFile().listFiles(),
                "target/it-lib is missing: run the integration tests through Maven (mvn verify)");
        WebArchive war = ShrinkWrap.create(WebArchive.class, "contactpoint-api-it.war")
                .addAsLibraries(Arrays.stream(libs).filter(f -> f.getName().endsWith(".jar")).toArray(File[]::new))
                .addAsLibrary(jarOf(org.assertj.core.api.Assertions.class))
                .addPackages(true, "org.contactpoint.web.rest", "org.contactpoint.web.partner")
                .addPackage(TestStore.class.getPackage())
                .addPackage(ApiDeployment.class.getPackage())
                .addAsWebInfResource(new File("src/main/webapp/WEB-INF/beans.xml"), "beans.xml")
                .addAsResource(new File("src/main/resources/META-INF/microprofile-config.properties"),
                        "META-INF/microprofile-config.properties");
        war.addPackages(true, "org.contactpoint.web.soap").setWebXML(new File("src/test/resources/api-it/web.xml"));
        for (File f : Objects.requireNonNull(new File("src/main/webapp/WEB-INF/wsdl").listFiles())) {
            war.addAsWebInfResource(f, "wsdl/" + f.getName());
        }
        return war;
    }

    static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
