package org.contactpoint.tools.feed;

import org.contactpoint.tools.ContactPointTools;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** feed load's argument checks and its reading of a file into batches of whole lines (the server is in FeedCrashResumeIT). */
class FeedLoadCommandTest {

    @TempDir
    Path dir;

    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return ContactPointTools.commandLine().setOut(new PrintWriter(new StringWriter()))
                .setErr(new PrintWriter(err, true)).execute(args);
    }

    @Test
    void badArgumentsAreNamed() throws Exception {
        Path feed = Files.writeString(dir.resolve("f.jsonl"), "{}\n");
        assertThat(run("feed", "load", "--source", "nhs pds", feed.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--source: must be 2–32 capital letters");
        assertThat(run("feed", "load", "--source", "NHS-PDS", dir.resolve("missing.jsonl").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("FILE: ").contains("missing.jsonl is not a readable file");
        assertThat(run("feed", "load", "--source", "NHS-PDS", "--batch-lines", "0", feed.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--batch-lines: must be 1 to 1,000,000");
        assertThat(run("feed", "load", "--source", "NHS-PDS", "--url", "ftp://x", feed.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--url: must start with http:// or https://");
        assertThat(run("feed", "load", "--source", "NOBODY", feed.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--api-key-file: needed");
    }

    @Test
    void aServerThatDoesNotAnswerIsReportedWithWhatToDo() throws Exception {
        Path feed = Files.writeString(dir.resolve("f.jsonl"), "{}\n");
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        assertThat(run("feed", "load", "--source", "NHS-PDS", "--quiet", "--wait-minutes", "0", "--url",
                "http://127.0.0.1:" + port, feed.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("not answering").contains("run the same command again to resume");
    }

    @Test
    void batchesAreWholeLinesNumberedFromTheFile() throws Exception {
        byte[] text = "a\nbb\n\nccc\nd".getBytes(StandardCharsets.UTF_8);
        var in = new ByteArrayInputStream(text);
        LineBatch first = LineBatch.read(in, 2, 1, 0);
        LineBatch second = LineBatch.read(in, 2, 3, 1);
        LineBatch third = LineBatch.read(in, 2, 5, 2);
        assertThat(new String(first.bytes(), StandardCharsets.UTF_8)).isEqualTo("a\nbb\n");
        assertThat(new String(second.bytes(), StandardCharsets.UTF_8)).isEqualTo("\nccc\n");
        assertThat(new String(third.bytes(), StandardCharsets.UTF_8)).isEqualTo("d");
        assertThat(third.lines()).isEqualTo(1);
        assertThat(third.firstLine()).isEqualTo(5);
        assertThat(LineBatch.read(in, 2, 6, 3)).isNull();
    }
}
