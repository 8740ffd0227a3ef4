package org.contactpoint.tools.server;

/** A failure to provision or run the server; its message is one line saying what failed and how to fix it. */
public class ServerException extends RuntimeException {
    public ServerException(String message) {
        super(message);
    }
}
