package org.contactpoint.web.view.console;

import org.contactpoint.audit.api.AuditPage;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AuditCsvTest {

    private static AuditPage.Entry event(String actor, String parameters) {
        return new AuditPage.Entry(42, Instant.parse("2026-11-25T10:15:30Z"), actor, "PRACTITIONER", "E10000024", "UI",
                "child.search", null, parameters, "ALLOWED", "10.0.0.1");
    }

    @Test
    void oneQuotedLinePerEventAfterTheHeader() {
        String csv = AuditCsv.of(List.of(event("pr.a", "{\"familyName\":\"O'Brien\"}")), false);

        assertThat(csv.split("\r\n")).containsExactly(AuditCsv.HEADER,
                "42,2026-11-25T10:15:30Z,\"pr.a\",\"PRACTITIONER\",\"E10000024\",\"UI\",\"child.search\",,"
                        + "\"{\"\"familyName\"\":\"\"O'Brien\"\"}\",\"ALLOWED\",\"10.0.0.1\"");
    }

    @Test
    void aCellASpreadsheetWouldRunAsAFormulaIsDefused() {
        assertThat(AuditCsv.cell("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(AuditCsv.cell("+1")).isEqualTo("\"'+1\"");
        assertThat(AuditCsv.cell("-2")).isEqualTo("\"'-2\"");
        assertThat(AuditCsv.cell("@SUM(A1)")).isEqualTo("\"'@SUM(A1)\"");
        assertThat(AuditCsv.cell("ordinary")).isEqualTo("\"ordinary\"");
    }

    @Test
    void aTruncatedReportSaysSo() {
        assertThat(AuditCsv.of(List.of(event("pr.a", "{}")), true)).endsWith("narrow the dates\r\n");
    }
}
