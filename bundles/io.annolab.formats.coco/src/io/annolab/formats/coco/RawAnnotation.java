package io.annolab.formats.coco;

import java.util.Map;

/**
 * One COCO annotation as read, in primitives and arrays only: EMF objects are made from it when
 * its item is handed out. Fields a task does not use stay null or zero.
 */
final class RawAnnotation {
    long id;
    long imageId;
    /** COCO category id; 0 when absent or null ("not specified"). */
    int categoryId;
    boolean crowd;
    boolean hasScore;
    float score;
    /** x, y, w, h, or null. */
    float[] bbox;
    /** Polygon parts, each x,y pairs; null when the segmentation is not a polygon list. */
    float[][] polygons;
    /** Column-major image counts of an RLE segmentation, or null. */
    int[] rleCounts;
    int rleHeight;
    int rleWidth;
    /** x,y,v triplets, or null. */
    float[] keypoints;
    String caption;
    /** Panoptic: the PNG holding this segment. */
    String pngName;
    /** Datumaro's free attributes, in file order (String, Boolean, Long or Double values), or null. */
    Map<String, Object> attributes;
}
