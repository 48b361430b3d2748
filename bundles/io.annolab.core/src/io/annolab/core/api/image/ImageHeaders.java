package io.annolab.core.api.image;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import io.annolab.core.api.AnnolabException;

/**
 * Reads an image's size from its header without decoding pixels: PNG, JPEG, GIF, BMP, TIFF,
 * WebP and the PNM family. Absurd sizes are refused, since they are how a hostile file makes a
 * reader allocate gigabytes.
 */
public final class ImageHeaders {

    /** Larger sides than this are treated as corrupt (a 100k × 100k image is 30 GB of RGB). */
    public static final int MAX_SIDE = 100_000;

    private ImageHeaders() {
    }

    /** The size of the image, or null if the file's type is not one this reader knows. */
    public static ImageSize readSize(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return readSize(in, file);
        }
    }

    /** Same as {@link #readSize(Path)} for bytes from elsewhere (a zip entry); {@code name} is for messages. */
    public static ImageSize readSize(InputStream stream, Path name) throws IOException {
        DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(stream, 64 * 1024));
        in.mark(32);
        byte[] magic = new byte[12];
        int read = in.readNBytes(magic, 0, magic.length);
        in.reset();
        try {
            ImageSize size = null;
            if (read >= 8 && (magic[0] & 0xFF) == 0x89 && magic[1] == 'P' && magic[2] == 'N' && magic[3] == 'G') {
                size = png(in);
            } else if (read >= 2 && (magic[0] & 0xFF) == 0xFF && (magic[1] & 0xFF) == 0xD8) {
                size = jpeg(in, name);
            } else if (read >= 6 && magic[0] == 'G' && magic[1] == 'I' && magic[2] == 'F') {
                in.skipNBytes(6);
                size = new ImageSize(le16(in), le16(in));
            } else if (read >= 2 && magic[0] == 'B' && magic[1] == 'M') {
                size = bmp(in);
            } else if (read >= 4 && ((magic[0] == 'I' && magic[1] == 'I') || (magic[0] == 'M' && magic[1] == 'M'))) {
                size = tiff(in, magic[0] == 'I', name);
            } else if (read >= 12 && magic[0] == 'R' && magic[1] == 'I' && magic[2] == 'F' && magic[3] == 'F'
                    && magic[8] == 'W' && magic[9] == 'E' && magic[10] == 'B' && magic[11] == 'P') {
                size = webp(in, name);
            } else if (read >= 2 && magic[0] == 'P' && magic[1] >= '1' && magic[1] <= '6') {
                size = pnm(in);
            }
            if (size != null && (size.width() <= 0 || size.height() <= 0 || size.width() > MAX_SIDE || size.height() > MAX_SIDE)) {
                throw new AnnolabException("the image header claims an impossible size " + size.width() + "x" + size.height(),
                        name, "The file is corrupt or not an image; replace it");
            }
            return size;
        } catch (EOFException e) {
            throw new AnnolabException("the image ends inside its header", name, "The file is truncated; replace it", e);
        }
    }

    private static ImageSize png(DataInputStream in) throws IOException {
        in.skipNBytes(16); // signature (8), IHDR length (4) and type (4)
        return new ImageSize(in.readInt(), in.readInt());
    }

    private static ImageSize jpeg(DataInputStream in, Path name) throws IOException {
        in.skipNBytes(2);
        while (true) {
            int marker = in.readUnsignedByte();
            if (marker != 0xFF) {
                throw new AnnolabException("the JPEG header is damaged (no marker where one belongs)", name,
                        "Replace the file");
            }
            int type = in.readUnsignedByte();
            while (type == 0xFF) {
                type = in.readUnsignedByte();
            }
            if (type == 0xD8 || type == 0x01 || (type >= 0xD0 && type <= 0xD7)) {
                continue; // markers without a length
            }
            int length = in.readUnsignedShort();
            boolean startOfFrame = type >= 0xC0 && type <= 0xCF && type != 0xC4 && type != 0xC8 && type != 0xCC;
            if (startOfFrame) {
                in.skipNBytes(1); // precision
                int height = in.readUnsignedShort();
                int width = in.readUnsignedShort();
                return new ImageSize(width, height);
            }
            if (type == 0xD9 || length < 2) {
                throw new AnnolabException("the JPEG has no frame header", name, "Replace the file");
            }
            in.skipNBytes(length - 2L);
        }
    }

    private static ImageSize bmp(DataInputStream in) throws IOException {
        in.skipNBytes(14);
        int headerSize = le32(in);
        if (headerSize == 12) {
            return new ImageSize(le16(in), le16(in));
        }
        int width = le32(in);
        int height = le32(in);
        return new ImageSize(width, Math.abs(height)); // negative height: rows stored top-down
    }

    private static ImageSize tiff(DataInputStream in, boolean little, Path name) throws IOException {
        byte[] header = in.readNBytes(8);
        if (header.length < 8) {
            throw new EOFException();
        }
        long ifd = little ? (header[4] & 0xFFL) | (header[5] & 0xFFL) << 8 | (header[6] & 0xFFL) << 16 | (header[7] & 0xFFL) << 24
                : (header[4] & 0xFFL) << 24 | (header[5] & 0xFFL) << 16 | (header[6] & 0xFFL) << 8 | (header[7] & 0xFFL);
        if (ifd < 8 || ifd > 64L * 1024 * 1024) {
            throw new AnnolabException("the TIFF directory offset " + ifd + " is not plausible", name, "Replace the file");
        }
        in.skipNBytes(ifd - 8);
        int entries = little ? le16(in) : in.readUnsignedShort();
        int width = -1;
        int height = -1;
        for (int i = 0; i < entries && (width < 0 || height < 0); i++) {
            int tag = little ? le16(in) : in.readUnsignedShort();
            int type = little ? le16(in) : in.readUnsignedShort();
            in.skipNBytes(4); // count
            int value;
            if (type == 3) { // SHORT, left-justified in the 4-byte field
                value = little ? le16(in) : in.readUnsignedShort();
                in.skipNBytes(2);
            } else {
                value = little ? le32(in) : in.readInt();
            }
            if (tag == 256) {
                width = value;
            } else if (tag == 257) {
                height = value;
            }
        }
        if (width < 0 || height < 0) {
            throw new AnnolabException("the TIFF has no width or height tag", name, "Replace the file");
        }
        return new ImageSize(width, height);
    }

    private static ImageSize webp(DataInputStream in, Path name) throws IOException {
        in.skipNBytes(12);
        byte[] chunk = in.readNBytes(4);
        String kind = new String(chunk, StandardCharsets.US_ASCII);
        in.skipNBytes(4); // chunk size
        switch (kind) {
            case "VP8 " -> {
                in.skipNBytes(6); // frame tag and start code
                return new ImageSize(le16(in) & 0x3FFF, le16(in) & 0x3FFF);
            }
            case "VP8L" -> {
                in.skipNBytes(1); // signature 0x2f
                int b0 = in.readUnsignedByte(), b1 = in.readUnsignedByte(), b2 = in.readUnsignedByte(), b3 = in.readUnsignedByte();
                int width = 1 + (((b1 & 0x3F) << 8) | b0);
                int height = 1 + (((b3 & 0xF) << 10) | (b2 << 2) | ((b1 & 0xC0) >> 6));
                return new ImageSize(width, height);
            }
            case "VP8X" -> {
                in.skipNBytes(4); // flags and reserved
                int width = 1 + (in.readUnsignedByte() | in.readUnsignedByte() << 8 | in.readUnsignedByte() << 16);
                int height = 1 + (in.readUnsignedByte() | in.readUnsignedByte() << 8 | in.readUnsignedByte() << 16);
                return new ImageSize(width, height);
            }
            default -> throw new AnnolabException("unknown WebP chunk '" + kind + "'", name, "Replace the file");
        }
    }

    private static ImageSize pnm(DataInputStream in) throws IOException {
        in.skipNBytes(2);
        return new ImageSize(pnmNumber(in), pnmNumber(in));
    }

    private static int pnmNumber(DataInputStream in) throws IOException {
        int c = in.readUnsignedByte();
        while (Character.isWhitespace(c) || c == '#') {
            if (c == '#') {
                while (c != '\n') {
                    c = in.readUnsignedByte();
                }
            }
            c = in.readUnsignedByte();
        }
        long value = 0;
        while (c >= '0' && c <= '9') {
            value = value * 10 + (c - '0');
            if (value > Integer.MAX_VALUE) {
                return Integer.MAX_VALUE;
            }
            c = in.readUnsignedByte();
        }
        return (int) value;
    }

    private static int le16(DataInputStream in) throws IOException {
        return in.readUnsignedByte() | in.readUnsignedByte() << 8;
    }

    private static int le32(DataInputStream in) throws IOException {
        return in.readUnsignedByte() | in.readUnsignedByte() << 8 | in.readUnsignedByte() << 16 | in.readUnsignedByte() << 24;
    }
}
