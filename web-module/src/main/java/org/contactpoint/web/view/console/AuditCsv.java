package org.contactpoint.web.view.console;

import org.contactpoint.audit.api.AuditPage;

import java.util.List;

/**
 * An audit report as CSV (RFC 4180): one line per event with what the event holds. Cells are quoted, and a cell a
 * spreadsheet would read as a formula is prefixed with an apostrophe (no formula injection through a username or a
 * search criterion).
 */
final class AuditCsv {

    static final String HEADER = "sequence,occurred_at,actor,actor_role,local_authority,channel,action,contactpoint_id,"
            + "parameters,outcome,client_address";

    private AuditCsv() {
    }

    static String of(List<AuditPage.Entry> events, boolean truncated) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (AuditPage.Entry e : events) {
            csv.append(e.sequence()).append(',').append(e.occurredAt()).append(',').append(cell(e.actor())).append(',')
                    .append(cell(e.actorRole())).append(',').append(cell(e.localAuthority())).append(',')
                    .append(cell(e.channel())).append(',').append(cell(e.action())).append(',')
                    .append(cell(e.contactPointId())).append(',').append(cell(e.parameters())).append(',')
                    .append(cell(e.outcome())).append(',').append(cell(e.clientAddress())).append("\r\n");
        }
        if (truncated) {
            csv.append("# more events matched than one report holds: narrow the dates\r\n");
        }
        return csv.toString();
    }

    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String text = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
