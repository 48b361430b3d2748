package io.annolab.formats.coco;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.SequenceInputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.core.JsonParser;

/**
 * Reads the second half of a large COCO file's annotation list on a thread of its own while the
 * caller reads from the top: on two cores that halves the longest part of a COCO import.
 * <p>
 * It starts at a guess, the first <code>}, {</code> after the middle of the file, which is
 * taken only if the caller, reading from the top, meets an annotation starting exactly there.
 * When the guess fell anywhere else (in the images, inside a string, in another list) the caller
 * abandons it and reads on alone, so the result never depends on the guess. Its errors are never
 * reported: the caller then reads that part itself, and its messages name the right line and
 * column.
 */
final class SecondHalfParse implements AutoCloseable {

    /** How far past the middle to look for a place where one object ends and the next begins. */
    private static final int SEARCH_WINDOW = 1 << 20;
    private static final int READ_BUFFER = 1 << 16;

    /** How many second halves were taken, for tests: the result alone cannot show it. */
    private static final AtomicInteger HAND_OVERS = new AtomicInteger();

    private final Path file;
    private final long start;
    private final Thread thread;
    private final List<RawAnnotation> annotations = new ArrayList<>();
    private volatile boolean abandoned;
    private boolean consumed;
    /** File offset just after the list's closing bracket; -1 until read (or when it failed). */
    private long end = -1;

    private SecondHalfParse(Path file, long start) {
        this.file = file;
        this.start = start;
        thread = new Thread(this::read, "COCO reader, second half");
        thread.setDaemon(true);
        thread.start();
    }

    /** Starts reading after the middle of {@code file}; null when no object boundary is found there. */
    static SecondHalfParse start(Path file) throws IOException {
        long start = objectAfter(file);
        return start < 0 ? null : new SecondHalfParse(file, start);
    }

    static int handOvers() {
        return HAND_OVERS.get();
    }

    /** Where the second half starts: the file offset of the guessed annotation's opening brace. */
    long start() {
        return start;
    }

    /** Neither taken nor abandoned yet. */
    boolean isPending() {
        return !abandoned && !consumed;
    }

    /** Stops it; what it read is dropped. */
    void abandon() {
        abandoned = true;
    }

    /**
     * Waits for it and adds its annotations to {@code out}: true when it read the list to its end,
     * false when it failed (nothing added; the caller reads on itself).
     */
    boolean handOver(List<RawAnnotation> out) throws IOException {
        join();
        if (end < 0) {
            return false;
        }
        out.addAll(annotations);
        annotations.clear();
        consumed = true;
        HAND_OVERS.incrementAndGet();
        return true;
    }

    /**
     * The file after the annotation list, as the rest of an object: an empty field first, so a
     * parser can read the remaining top-level fields as if it had never left.
     */
    InputStream restOfFile() throws IOException {
        return new SequenceInputStream(new ByteArrayInputStream("{\"\":0".getBytes(StandardCharsets.US_ASCII)), from(file, end));
    }

    @Override
    public void close() throws IOException {
        abandon();
        join();
    }

    private void join() throws IOException {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while reading " + file);
        }
    }

    private void read() {
        // '[' first: from the guess on, the file reads as the tail of a list.
        try (InputStream in = new SequenceInputStream(new ByteArrayInputStream(new byte[] { '[' }), from(file, start));
                JsonParser parser = CocoFileReader.JSON.createParser(in)) {
            long after = CocoFileReader.readAnnotationList(file, parser, annotations, () -> abandoned);
            end = after < 0 ? -1 : start - 1 + after;
        } catch (IOException | RuntimeException e) {
            end = -1; // the caller reads this part itself and reports what is wrong
        }
    }

    private static InputStream from(Path file, long offset) throws IOException {
        FileChannel channel = FileChannel.open(file);
        try {
            channel.position(offset);
        } catch (IOException e) {
            channel.close();
            throw e;
        }
        return new BufferedInputStream(Channels.newInputStream(channel), READ_BUFFER);
    }

    /** The offset of the first '{' after the middle that follows '}' and ',' (with blanks between); -1 if none is near. */
    private static long objectAfter(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file)) {
            long middle = channel.size() / 2;
            ByteBuffer window = ByteBuffer.allocate((int) Math.min(SEARCH_WINDOW, channel.size() - middle));
            while (window.hasRemaining() && channel.read(window, middle + window.position()) > 0) {
                // fill the window
            }
            byte[] bytes = window.array();
            int length = window.position();
            for (int i = 0; i < length; i++) {
                if (bytes[i] != '}') {
                    continue;
                }
                int j = skipBlanks(bytes, i + 1, length);
                if (j < length && bytes[j] == ',') {
                    int k = skipBlanks(bytes, j + 1, length);
                    if (k < length && bytes[k] == '{') {
                        return middle + k;
                    }
                }
            }
            return -1;
        }
    }

    private static int skipBlanks(byte[] bytes, int from, int length) {
        int i = from;
        while (i < length && (bytes[i] == ' ' || bytes[i] == '\n' || bytes[i] == '\r' || bytes[i] == '\t')) {
            i++;
        }
        return i;
    }
}
