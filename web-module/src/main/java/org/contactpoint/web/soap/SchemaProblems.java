package org.contactpoint.web.soap;

import com.sun.xml.ws.developer.ValidationErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * A request that does not match the schema is refused before it reaches the service: the fault says so with the
 * validator's description of the element or value at fault (line and column of the message too).
 */
public class SchemaProblems extends ValidationErrorHandler {

    @Override
    public void warning(SAXParseException e) {
        // warnings do not refuse a request
    }

    @Override
    public void error(SAXParseException e) throws SAXException {
        throw refusal(e);
    }

    @Override
    public void fatalError(SAXParseException e) throws SAXException {
        throw refusal(e);
    }

    private static SAXException refusal(SAXParseException e) {
        return new SAXException("INVALID_REQUEST: the request does not match the ChildIndex v1 schema (line "
                + e.getLineNumber() + ", column " + e.getColumnNumber() + "): " + e.getMessage());
    }
}
