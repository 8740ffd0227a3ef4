package org.contactpoint.access.api;

import jakarta.enterprise.context.RequestScoped;
import org.contactpoint.audit.entity.Channel;

/**
 * Where the current request came from, set once per request by the web layer (page, REST or SOAP filter).
 * Work with no request (timers) is channel SCHEDULE.
 */
@RequestScoped
public class RequestOrigin {

    private Channel channel = Channel.UI;
    private String clientAddress;

    public void fromPortal(String address) {
        set(Channel.UI, address);
    }

    public void fromRest(String address) {
        set(Channel.REST, address);
    }

    public void fromSoap(String address) {
        set(Channel.SOAP, address);
    }

    public void fromFeed(String address) {
        set(Channel.FEED, address);
    }

    private void set(Channel requestChannel, String address) {
        this.channel = requestChannel;
        this.clientAddress = address == null ? null : address.substring(0, Math.min(64, address.length()));
    }

    /** For the audit trail (ejb-module only). */
    public Channel channel() {
        return channel;
    }

    public String clientAddress() {
        return clientAddress;
    }
}
