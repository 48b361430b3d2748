package io.annolab.media.internal;

/**
 * Just enough JPEG marker parsing to (a) get the size without decoding, for choosing a reduced decode,
 * and (b) detect truncation, which libjpeg only reports as a warning while OpenCV returns a half-grey image.
 */
final class JpegStructure {

    private static final int START_OF_SCAN = 0xDA;
    private static final int END_OF_IMAGE = 0xD9;

    private JpegStructure() {
    }

    static boolean isJpeg(byte[] data) {
        return data.length > 3 && (data[0] & 0xFF) == 0xFF && (data[1] & 0xFF) == 0xD8;
    }

    /**
     * True when the last start-of-scan has no end-of-image after it. Inside entropy-coded data 0xFF is always
     * stuffed (followed by 0x00 or a restart marker), so these two-byte sequences are real markers; markers of
     * an embedded EXIF thumbnail come before the main image's scan and do not matter.
     */
    static boolean isTruncated(byte[] data) {
        int lastScan = -1;
        int lastEnd = -1;
        for (int i = 0; i + 1 < data.length; i++) {
            if ((data[i] & 0xFF) == 0xFF) {
                int marker = data[i + 1] & 0xFF;
                if (marker == START_OF_SCAN) {
                    lastScan = i;
                } else if (marker == END_OF_IMAGE) {
                    lastEnd = i;
                }
            }
        }
        return lastScan < 0 || lastEnd < lastScan;
    }

    /** {width, height} from the first start-of-frame marker, or null if there is none before the data ends. */
    static int[] size(byte[] data) {
        int i = 2;
        while (i + 9 < data.length) {
            if ((data[i] & 0xFF) != 0xFF) {
                return null;
            }
            int marker = data[i + 1] & 0xFF;
            if (marker == 0xFF) {
                i++; // fill byte
                continue;
            }
            if (marker == 0x01 || marker >= 0xD0 && marker <= 0xD8) {
                i += 2; // markers without a length
                continue;
            }
            boolean startOfFrame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8
                    && marker != 0xCC;
            if (startOfFrame) {
                return new int[] { unsigned16(data, i + 7), unsigned16(data, i + 5) };
            }
            i += 2 + unsigned16(data, i + 2);
        }
        return null;
    }

    private static int unsigned16(byte[] data, int offset) {
        return (data[offset] & 0xFF) << 8 | data[offset + 1] & 0xFF;
    }
}
