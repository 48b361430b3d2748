package io.annolab.ui.tiles;

/**
 * Display-only colour settings of the image settings panel (CVAT WS-01): the file is never changed. Each is a
 * factor with 1 as neutral and applied in this order, like CSS filters: brightness multiplies, contrast
 * stretches about mid-grey, saturation mixes with the luminance (0 is grey, 2 doubles the colourfulness),
 * gamma lifts the midtones when above 1 (out = in^(1/gamma)).
 */
public record ImageAdjustments(double brightness, double contrast, double saturation, double gamma) {

    public static final ImageAdjustments NEUTRAL = new ImageAdjustments(1, 1, 1, 1);

    public ImageAdjustments {
        if (!(brightness >= 0) || !(contrast >= 0) || !(saturation >= 0) || !(gamma > 0)) {
            throw new IllegalArgumentException("Brightness, contrast and saturation must be 0 or more and gamma more "
                    + "than 0, were " + brightness + ", " + contrast + ", " + saturation + ", " + gamma);
        }
    }

    public boolean isNeutral() {
        return equals(NEUTRAL);
    }

    public ImageAdjustments withBrightness(double value) {
        return new ImageAdjustments(value, contrast, saturation, gamma);
    }

    public ImageAdjustments withContrast(double value) {
        return new ImageAdjustments(brightness, value, saturation, gamma);
    }

    public ImageAdjustments withSaturation(double value) {
        return new ImageAdjustments(brightness, contrast, value, gamma);
    }

    public ImageAdjustments withGamma(double value) {
        return new ImageAdjustments(brightness, contrast, saturation, value);
    }

    /** Adjusts packed RGB bytes in place. */
    public void applyTo(byte[] rgb) {
        if (isNeutral()) {
            return;
        }
        int[] tone = new int[256];
        int[] lift = new int[256];
        for (int v = 0; v < 256; v++) {
            double x = clamp(v / 255.0 * brightness);
            tone[v] = (int) Math.round(clamp((x - 0.5) * contrast + 0.5) * 255);
            lift[v] = (int) Math.round(Math.pow(v / 255.0, 1 / gamma) * 255);
        }
        // the CSS saturate() matrix in 1/4096 fixed point
        double s = saturation;
        int[] m = {
            fixed(0.213 + 0.787 * s), fixed(0.715 - 0.715 * s), fixed(0.072 - 0.072 * s),
            fixed(0.213 - 0.213 * s), fixed(0.715 + 0.285 * s), fixed(0.072 - 0.072 * s),
            fixed(0.213 - 0.213 * s), fixed(0.715 - 0.715 * s), fixed(0.072 + 0.928 * s) };
        boolean saturate = saturation != 1;
        for (int i = 0; i + 2 < rgb.length; i += 3) {
            int r = tone[rgb[i] & 0xFF], g = tone[rgb[i + 1] & 0xFF], b = tone[rgb[i + 2] & 0xFF];
            if (saturate) {
                int r2 = byteRange(m[0] * r + m[1] * g + m[2] * b + 2048 >> 12);
                int g2 = byteRange(m[3] * r + m[4] * g + m[5] * b + 2048 >> 12);
                int b2 = byteRange(m[6] * r + m[7] * g + m[8] * b + 2048 >> 12);
                r = r2;
                g = g2;
                b = b2;
            }
            rgb[i] = (byte) lift[r];
            rgb[i + 1] = (byte) lift[g];
            rgb[i + 2] = (byte) lift[b];
        }
    }

    private static double clamp(double value) {
        return Math.max(0, Math.min(1, value));
    }

    private static int byteRange(int value) {
        return Math.max(0, Math.min(255, value));
    }

    private static int fixed(double value) {
        return (int) Math.round(value * 4096);
    }
}
