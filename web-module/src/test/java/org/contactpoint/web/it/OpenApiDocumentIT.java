package org.contactpoint.web.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document Payara serves (MicroProfile OpenAPI, from the resources' annotations) is the one checked in
 * as docs/openapi.yaml. On a deliberate API change, copy target/openapi.yaml (written by this test) over it.
 */
@ExtendWith(ArquillianExtension.class)
class OpenApiDocumentIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ApiDeployment.create();
    }

    @ArquillianResource
    URL base;

    @Test
    @RunAsClient
    void theServedDocumentMatchesTheCheckedInOne() throws IOException, InterruptedException {
        URI openapi = URI.create(base.getProtocol() + "://" + base.getHost() + ":" + base.getPort() + "/openapi");
        HttpResponse<String> served = HttpClient.newHttpClient().send(HttpRequest.newBuilder(openapi).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(served.statusCode()).isEqualTo(200);
        String document = canonical(withoutServers(served.body()));
        Files.writeString(Path.of("target/openapi.yaml"), document);
        Path checkedIn = Path.of("../docs/openapi.yaml");

        assertThat(document).contains("/api/v1/children", "/api/v1/feeds/{source}/batches", "bearer");
        assertThat(Files.exists(checkedIn)).as("docs/openapi.yaml is checked in").isTrue();
        assertThat(document).as("served /openapi versus docs/openapi.yaml (copy web-module/target/openapi.yaml on a "
                + "deliberate change)").isEqualTo(canonical(Files.readString(checkedIn)));
    }

    /**
     * Payara lists a path's operations (get, put, delete …) in no fixed order from one deployment to the next: each
     * path's operations are put in alphabetical order, on both sides, before they are compared.
     */
    static String canonical(String yaml) {
        List<String> lines = List.of(yaml.split("\n", -1));
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i);
            out.append(line).append('\n');
            i++;
            if (!line.matches("  \"?/.*:")) {
                continue;
            }
            java.util.TreeMap<String, StringBuilder> operations = new java.util.TreeMap<>();
            StringBuilder current = null;
            while (i < lines.size() && lines.get(i).startsWith("    ")) {
                String op = lines.get(i);
                if (op.matches("    [a-z]+:")) {
                    current = new StringBuilder();
                    operations.put(op, current);
                }
                if (current == null) {
                    break;
                }
                current.append(op).append('\n');
                i++;
            }
            operations.values().forEach(out::append);
        }
        return out.toString().stripTrailing() + "\n";
    }

    /**
     * The servers block names this test server's host and port, and Payara's endpoints block the deployment's
     * context root: neither is part of the contract.
     */
    static String withoutServers(String yaml) {
        StringBuilder out = new StringBuilder();
        boolean skipping = false;
        for (String line : yaml.split("\n", -1)) {
            if (line.startsWith("servers:") || line.startsWith("endpoints:")) {
                skipping = true;
                continue;
            }
            if (skipping && (line.startsWith(" ") || line.startsWith("-"))) {
                continue;
            }
            skipping = false;
            out.append(line).append('\n');
        }
        return out.toString().stripTrailing() + "\n";
    }
}
