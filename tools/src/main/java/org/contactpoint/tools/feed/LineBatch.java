package org.contactpoint.tools.feed;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/** A batch of whole lines of the file, as bytes, with its index and the file line it starts at. */
record LineBatch(int index, long firstLine, int lines, byte[] bytes) {

    /** Well under the server's 256 MiB per batch. */
    static final int MAX_BATCH_BYTES = 128 * 1024 * 1024;

    static LineBatch read(InputStream in, int maxLines, long firstLine, int index) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(1 << 20);
        int lines = 0;
        int c = -1;
        while (lines < maxLines && buffer.size() < MAX_BATCH_BYTES) {
            c = in.read();
            if (c < 0) {
                break;
            }
            buffer.write(c);
            if (c == '\n') {
                lines++;
            }
        }
        if (c >= 0 && c != '\n' && buffer.size() >= MAX_BATCH_BYTES) {
            // finish the line under way
            while ((c = in.read()) >= 0 && c != '\n') {
                buffer.write(c);
            }
            if (c == '\n') {
                buffer.write(c);
            }
            lines++;
        } else if (c < 0 && buffer.size() > 0 && buffer.toByteArray()[buffer.size() - 1] != '\n') {
            lines++; // the last line has no newline
        }
        return buffer.size() == 0 ? null : new LineBatch(index, firstLine, lines, buffer.toByteArray());
    }
}
