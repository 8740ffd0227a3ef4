package org.contactpoint.it;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ExplodedImporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;

/**
 * The one suite deployment of ejb-module's integration tests: the module's real classes as a jar, and the runtime
 * libraries the EAR bundles (persistence-module with persistence.xml and migrations, security-module, Flyway),
 * plus the test helpers of this package.
 */
public final class Deployments {

    private Deployments() {
    }

    /** The jar a test library class came from on the client side, to ship it to the server. */
    static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static WebArchive ejbModule() {
        File[] libs = Objects.requireNonNull(Path.of(System.getProperty("it.lib", "target/it-lib")).toFile().listFiles(),
                "target/it-lib is missing: run the integration tests through Maven (mvn verify)");
        JavaArchive module = ShrinkWrap.create(JavaArchive.class, "contactpoint-ejb.jar")
                .as(ExplodedImporter.class).importDirectory("target/classes").as(JavaArchive.class);
        return ShrinkWrap.create(WebArchive.class, "contactpoint-it.war")
                .addAsLibraries(Arrays.stream(libs).filter(f -> f.getName().endsWith(".jar")).toArray(File[]::new))
                .addAsLibrary(module)
                .addAsLibrary(jarOf(org.assertj.core.api.Assertions.class))
                .addPackage(Deployments.class.getPackage())
                .addAsWebInfResource(new File("target/classes/META-INF/beans.xml"), "beans.xml");
    }
}
