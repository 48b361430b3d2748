package io.annolab.formats.testing;

/** Small CVAT XML files whose right reading is known by heart, for tests of tracks through import and export. */
public final class CvatSamples {

    private CvatSamples() {
    }

    /**
     * CVAT for video: one "car" box track moving 10 px a frame, keyframed on 0 and 4, held on 5,
     * outside on 6 (a 100 × 50 video of 7 frames). The file's non-key frames 1-3 and 5 are wrong
     * on purpose (x 99): a reader must recompute them from the keyframes.
     */
    public static String movingBoxVideo() {
        StringBuilder xml = new StringBuilder("""
                <?xml version="1.0" encoding="utf-8"?>
                <annotations>
                  <version>1.1</version>
                  <meta>
                    <task>
                      <name>moving</name>
                      <size>7</size>
                      <mode>interpolation</mode>
                      <start_frame>0</start_frame>
                      <stop_frame>6</stop_frame>
                      <labels>
                        <label><name>car</name><attributes></attributes></label>
                      </labels>
                      <original_size><width>100</width><height>50</height></original_size>
                    </task>
                  </meta>
                  <track id="3" label="car">
                """);
        int[][] frames = { { 0, 1, 0, 0 }, { 1, 0, 0, 99 }, { 2, 0, 0, 99 }, { 3, 0, 0, 99 }, { 4, 1, 0, 40 }, { 5, 0, 0, 99 }, { 6, 1, 1, 40 } };
        for (int[] f : frames) {
            xml.append("    <box frame=\"").append(f[0]).append("\" keyframe=\"").append(f[1]).append("\" outside=\"").append(f[2])
                    .append("\" occluded=\"0\" xtl=\"").append(f[3]).append("\" ytl=\"0\" xbr=\"").append(f[3] + 10)
                    .append("\" ybr=\"10\" z_order=\"0\"></box>\n");
        }
        xml.append("  </track>\n</annotations>\n");
        return xml.toString();
    }
}
