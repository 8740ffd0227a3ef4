package org.contactpoint.web.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The WSDL and schema the service publishes are the checked-in contract. Metro adds a comment and fills in this
 * server's addresses (the endpoint and the schema's URL): those are left out of the comparison, nothing else.
 */
@ExtendWith(ArquillianExtension.class)
class SoapContractIT {

    private static final String WSDL_NS = "http://schemas.xmlsoap.org/wsdl/soap/";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ApiDeployment.create();
    }

    @ArquillianResource
    URL base;

    @Test
    @RunAsClient
    void theServedWsdlAndSchemaAreTheCheckedInOnes() throws Exception {
        Document servedWsdl = parse(get(new URL(base, "soap/ChildIndex?wsdl").toString()));
        Element schemaImport = (Element) servedWsdl.getElementsByTagNameNS(XMLConstants.W3C_XML_SCHEMA_NS_URI, "import").item(0);
        String schemaUrl = schemaImport.getAttribute("schemaLocation");
        Document servedSchema = parse(get(schemaUrl));
        Document wsdl = parse(Files.readString(Path.of("src/main/webapp/WEB-INF/wsdl/ChildIndex.wsdl")));
        Document schema = parse(Files.readString(Path.of("src/main/webapp/WEB-INF/wsdl/childindex-v1.xsd")));

        assertThat(schemaUrl).contains("/soap/ChildIndex?xsd=");
        assertThat(normalised(servedWsdl).getDocumentElement().isEqualNode(normalised(wsdl).getDocumentElement())).as("served WSDL = ChildIndex.wsdl").isTrue();
        assertThat(normalised(servedSchema).getDocumentElement().isEqualNode(normalised(schema).getDocumentElement())).as("served schema = childindex-v1.xsd").isTrue();
    }

    private static String get(String url) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(url).isEqualTo(200);
        return response.body();
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    /** Without comments, layout whitespace and the two server-specific addresses (compared from the root element: the
     * prolog and the comments around it are not part of the contract). */
    private static Document normalised(Document document) {
        strip(document.getDocumentElement());
        NodeList imports = document.getElementsByTagNameNS(XMLConstants.W3C_XML_SCHEMA_NS_URI, "import");
        for (int i = 0; i < imports.getLength(); i++) {
            ((Element) imports.item(i)).removeAttribute("schemaLocation");
        }
        NodeList addresses = document.getElementsByTagNameNS(WSDL_NS, "address");
        for (int i = 0; i < addresses.getLength(); i++) {
            ((Element) addresses.item(i)).removeAttribute("location");
        }
        document.normalizeDocument();
        return document;
    }

    private static void strip(Node node) {
        Node child = node.getFirstChild();
        while (child != null) {
            Node next = child.getNextSibling();
            if (child.getNodeType() == Node.COMMENT_NODE
                    || (child.getNodeType() == Node.TEXT_NODE && child.getTextContent().isBlank())) {
                node.removeChild(child);
            } else {
                strip(child);
            }
            child = next;
        }
    }
}
