package io.annolab.media.pyramid;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Whether a JPEG file was written to its end. libjpeg only warns about a truncated file and OpenCV then
 * returns a half-grey picture, so this is checked before decoding. An end-of-image marker near the end of
 * the file settles it without reading the rest; only files without one are scanned fully (inside
 * entropy-coded data 0xFF is always stuffed, so FF DA and FF D9 are real markers).
 */
final class JpegEnd {

    private static final int TAIL = 64 * 1024;

    private JpegEnd() {
    }

    static boolean isJpeg(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer start = ByteBuffer.allocate(2);
            channel.read(start, 0);
            return start.position() == 2 && (start.get(0) & 0xFF) == 0xFF && (start.get(1) & 0xFF) == 0xD8;
        }
    }

    static boolean isComplete(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            long tailStart = Math.max(0, size - TAIL);
            if (tailStart > 0 && hasEndOfImage(read(channel, tailStart, (int) (size - tailStart)))) {
                return true;
            }
            return endsAfterLastScan(channel, size);
        }
    }

    private static boolean hasEndOfImage(ByteBuffer tail) {
        for (int i = 0; i + 1 < tail.limit(); i++) {
            if ((tail.get(i) & 0xFF) == 0xFF && (tail.get(i + 1) & 0xFF) == 0xD9) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsAfterLastScan(FileChannel channel, long size) throws IOException {
        long lastScan = -1;
        long lastEnd = -1;
        int previous = 0;
        ByteBuffer chunk = ByteBuffer.allocate(1 << 20);
        for (long offset = 0; offset < size; offset += chunk.limit()) {
            chunk.clear();
            channel.read(chunk, offset);
            chunk.flip();
            for (int i = 0; i < chunk.limit(); i++) {
                int b = chunk.get(i) & 0xFF;
                if (previous == 0xFF && b == 0xDA) {
                    lastScan = offset + i;
                } else if (previous == 0xFF && b == 0xD9) {
                    lastEnd = offset + i;
                }
                previous = b;
            }
            if (chunk.limit() == 0) {
                break;
            }
        }
        return lastScan >= 0 && lastEnd > lastScan;
    }

    private static ByteBuffer read(FileChannel channel, long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        while (buffer.hasRemaining() && channel.read(buffer, position + buffer.position()) >= 0) {
            // keep reading until full or end of file
        }
        buffer.flip();
        return buffer;
    }
}
