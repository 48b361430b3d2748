package io.annolab.formats.voc;

import java.io.ByteArrayOutputStream;
import java.util.zip.CRC32;

/**
 * Writes an 8-bit palette PNG from runs of equal pixels, compressing each run directly into
 * fixed-Huffman deflate (one literal, then length-258 copies at distance 1). Mask rows are a
 * few long runs, so a 640×480 mask costs a few thousand symbols instead of deflating 300 kB:
 * this is what keeps exports with masks fast. The result is an ordinary PNG (any decoder reads it).
 * <p>
 * Feed every row as: {@code run(0, 1)} (the PNG filter byte "none"), then runs of pixel indices
 * covering the row's width.
 */
final class IndexedPngWriter {

    private static final byte[] SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };
    private static final int ADLER_MOD = 65521;
    /** Below these, one unreduced Adler step cannot overflow a long: n*A < 2^51, v*n(n+1)/2 < 2^48, B < 2^62. */
    private static final long SHORT_RUN = 1 << 20, A_LIMIT = 1L << 31, B_LIMIT = 1L << 61;
    private static final int[] LENGTH_CODE = new int[259];
    private static final int[] LENGTH_EXTRA_BITS = new int[259];
    private static final int[] LENGTH_EXTRA_VALUE = new int[259];

    static {
        int[] base = { 3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258 };
        int[] extra = { 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0 };
        for (int code = 0; code < base.length; code++) {
            int last = code + 1 < base.length ? base[code + 1] - 1 : 258;
            for (int length = base[code]; length <= last && length <= 258; length++) {
                LENGTH_CODE[length] = 257 + code;
                LENGTH_EXTRA_BITS[length] = extra[code];
                LENGTH_EXTRA_VALUE[length] = length - base[code];
            }
        }
        LENGTH_CODE[258] = 285;
        LENGTH_EXTRA_BITS[258] = 0;
        LENGTH_EXTRA_VALUE[258] = 0;
    }

    private final int width;
    private final int height;
    private final int[] palette;
    /** Bit-reversed fixed Huffman code and its length for each literal/length symbol. */
    private static final int[] CODE = new int[288];
    private static final int[] CODE_LENGTH = new int[288];
    /** "copy 258 bytes from distance 1": symbol 285 (8 bits) then distance code 0 (5 bits). */
    private static final int COPY_258;
    private static final int COPY_258_BITS = 13;
    /** Eight of those, packed as the stream packs them starting on a byte boundary. */
    private static final byte[] EIGHT_COPIES = new byte[13];

    static {
        for (int symbol = 0; symbol < 288; symbol++) {
            int code, length;
            if (symbol < 144) {
                code = 0x30 + symbol;
                length = 8;
            } else if (symbol < 256) {
                code = 0x190 + symbol - 144;
                length = 9;
            } else if (symbol < 280) {
                code = symbol - 256;
                length = 7;
            } else {
                code = 0xC0 + symbol - 280;
                length = 8;
            }
            CODE[symbol] = Integer.reverse(code) >>> (32 - length); // Huffman codes go most significant bit first
            CODE_LENGTH[symbol] = length;
        }
        COPY_258 = CODE[285];
        long pending = 0;
        int pendingBits = 0, at = 0;
        for (int i = 0; i < 8; i++) { // 8 × 13 bits = 13 whole bytes
            pending |= (long) COPY_258 << pendingBits;
            pendingBits += COPY_258_BITS;
            while (pendingBits >= 8) {
                EIGHT_COPIES[at++] = (byte) pending;
                pending >>>= 8;
                pendingBits -= 8;
            }
        }
    }

    private byte[] deflated = new byte[2048];
    private int size;
    private long bits;
    private int bitCount;
    private long adlerA = 1;
    private long adlerB;
    private int pendingValue = -1;
    private long pendingCount;
    private long total;

    /** @param palette up to 256 colours, 0xRRGGBB */
    IndexedPngWriter(int width, int height, int[] palette) {
        this.width = width;
        this.height = height;
        this.palette = palette;
        put(0x78); // zlib header: deflate, 32K window, no dictionary
        put(0x01);
        writeBits(1, 1); // final block
        writeBits(1, 2); // fixed Huffman codes
    }

    /** Appends {@code count} bytes of {@code value} (0..255) to the image's scanline data. */
    void run(int value, long count) {
        if (count <= 0) {
            return;
        }
        if (value == pendingValue) {
            pendingCount += count;
        } else {
            flushRun();
            pendingValue = value;
            pendingCount = count;
        }
    }

    private void flushRun() {
        if (pendingCount == 0) {
            return;
        }
        int value = pendingValue;
        long count = pendingCount;
        total += count;
        // Adler-32 of n equal bytes v in closed form: B += n*A + v*n(n+1)/2, A += n*v. The sums
        // are reduced modulo 65521 only when they could overflow: divisions cost more than the rest.
        if (count < SHORT_RUN && adlerA < A_LIMIT && adlerB < B_LIMIT) {
            adlerB += count * adlerA + value * (count * (count + 1) / 2);
            adlerA += count * value;
        } else {
            adlerA %= ADLER_MOD;
            adlerB %= ADLER_MOD;
            long triangle = (count % (2L * ADLER_MOD)) * ((count + 1) % (2L * ADLER_MOD)) / 2 % ADLER_MOD;
            adlerB = (adlerB + count % ADLER_MOD * adlerA + value * triangle) % ADLER_MOD;
            adlerA = (adlerA + count % ADLER_MOD * value) % ADLER_MOD;
        }
        symbol(value);
        long remaining = count - 1;
        long copies = remaining >= 258 + 3 ? (remaining - 258 - 3) / 258 + 1 : 0;
        remaining -= copies * 258;
        copy258(copies);
        while (remaining >= 3) {
            int length = (int) Math.min(258, remaining);
            if (remaining - length > 0 && remaining - length < 3) {
                length -= 3; // leave at least 3 for the last copy
            }
            symbol(LENGTH_CODE[length]);
            writeBits(LENGTH_EXTRA_VALUE[length], LENGTH_EXTRA_BITS[length]);
            writeBits(0, 5); // distance code 0: distance 1
            remaining -= length;
        }
        for (; remaining > 0; remaining--) {
            symbol(value);
        }
        pendingCount = 0;
        pendingValue = -1;
    }

    /**
     * Writes "copy 258 bytes" {@code copies} times. A blank mask row is a long run, so most of a
     * PNG is these: once the bit position is on a byte boundary they go as whole 13-byte blocks
     * of eight.
     */
    private void copy258(long copies) {
        while (copies > 0 && (bitCount & 7) != 0) { // 13 bits each: at most 7 reach a boundary
            writeBits(COPY_258, COPY_258_BITS);
            copies--;
        }
        if (copies >= 8) {
            while (bitCount > 0) {
                put((int) bits & 0xFF);
                bits >>>= 8;
                bitCount -= 8;
            }
            long blocks = copies / 8;
            long needed = size + blocks * EIGHT_COPIES.length;
            if (needed > deflated.length) {
                deflated = java.util.Arrays.copyOf(deflated, (int) Math.max(needed + 64, deflated.length * 2L));
            }
            for (long b = 0; b < blocks; b++) {
                System.arraycopy(EIGHT_COPIES, 0, deflated, size, EIGHT_COPIES.length);
                size += EIGHT_COPIES.length;
            }
            copies -= blocks * 8;
        }
        for (; copies > 0; copies--) {
            writeBits(COPY_258, COPY_258_BITS);
        }
    }

    private void symbol(int symbol) {
        writeBits(CODE[symbol], CODE_LENGTH[symbol]);
    }

    private void writeBits(int value, int count) {
        bits |= (long) value << bitCount;
        bitCount += count;
        if (bitCount >= 32) {
            if (size + 4 > deflated.length) {
                deflated = java.util.Arrays.copyOf(deflated, deflated.length * 2);
            }
            deflated[size++] = (byte) bits;
            deflated[size++] = (byte) (bits >>> 8);
            deflated[size++] = (byte) (bits >>> 16);
            deflated[size++] = (byte) (bits >>> 24);
            bits >>>= 32;
            bitCount -= 32;
        }
    }

    private void put(int b) {
        if (size == deflated.length) {
            deflated = java.util.Arrays.copyOf(deflated, deflated.length * 2);
        }
        deflated[size++] = (byte) b;
    }

    /** Finishes the stream and returns the PNG file's bytes. */
    byte[] finish() {
        flushRun();
        if (total != (long) height * (width + 1)) {
            throw new IllegalStateException("mask rows cover " + total + " bytes, expected " + (long) height * (width + 1));
        }
        symbol(256); // end of block
        while (bitCount > 0) {
            put((int) bits & 0xFF);
            bits >>>= 8;
            bitCount = Math.max(0, bitCount - 8);
        }
        int adler = (int) (adlerB % ADLER_MOD << 16 | adlerA % ADLER_MOD);
        put(adler >>> 24);
        put(adler >>> 16 & 0xFF);
        put(adler >>> 8 & 0xFF);
        put(adler & 0xFF);

        ByteArrayOutputStream png = new ByteArrayOutputStream(size + 900);
        png.writeBytes(SIGNATURE);
        byte[] header = new byte[13];
        putInt(header, 0, width);
        putInt(header, 4, height);
        header[8] = 8; // bit depth
        header[9] = 3; // palette colour
        chunk(png, "IHDR", header);
        byte[] colors = new byte[palette.length * 3];
        for (int i = 0; i < palette.length; i++) {
            colors[3 * i] = (byte) (palette[i] >> 16);
            colors[3 * i + 1] = (byte) (palette[i] >> 8);
            colors[3 * i + 2] = (byte) palette[i];
        }
        chunk(png, "PLTE", colors);
        chunk(png, "IDAT", java.util.Arrays.copyOf(deflated, size));
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream png, String type, byte[] data) {
        byte[] length = new byte[4];
        putInt(length, 0, data.length);
        png.writeBytes(length);
        byte[] typeBytes = type.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        png.writeBytes(typeBytes);
        png.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        byte[] sum = new byte[4];
        putInt(sum, 0, (int) crc.getValue());
        png.writeBytes(sum);
    }

    private static void putInt(byte[] bytes, int offset, int value) {
        bytes[offset] = (byte) (value >>> 24);
        bytes[offset + 1] = (byte) (value >>> 16);
        bytes[offset + 2] = (byte) (value >>> 8);
        bytes[offset + 3] = (byte) value;
    }
}
