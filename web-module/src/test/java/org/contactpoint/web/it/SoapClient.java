package org.contactpoint.web.it;

import jakarta.xml.ws.BindingProvider;
import jakarta.xml.ws.handler.MessageContext;
import org.contactpoint.web.soap.v1.ChildIndex;
import org.contactpoint.web.soap.v1.ChildIndexPort;

import java.net.MalformedURLException;
import java.net.URL;
import java.util.List;
import java.util.Map;

/** A partner's SOAP client, generated from the checked-in WSDL, sending its API key on every call. */
final class SoapClient {

    private SoapClient() {
    }

    static ChildIndexPort port(URL base, String apiKey) {
        try {
            ChildIndex service = new ChildIndex(new URL(base, "soap/ChildIndex?wsdl"));
            ChildIndexPort port = service.getChildIndexPort();
            Map<String, Object> context = ((BindingProvider) port).getRequestContext();
            context.put(BindingProvider.ENDPOINT_ADDRESS_PROPERTY, new URL(base, "soap/ChildIndex").toString());
            context.put(MessageContext.HTTP_REQUEST_HEADERS, Map.of("Authorization", List.of("Bearer " + apiKey)));
            return port;
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A raw SOAP 1.1 request, for what a generated client would never send. */
    static String envelope(String body) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><S:Envelope xmlns:S=\"http://schemas.xmlsoap.org/soap/envelope/\" "
                + "xmlns:ci=\"urn:uk:gov:contactpoint:childindex:v1\"><S:Body>" + body + "</S:Body></S:Envelope>";
    }
}
