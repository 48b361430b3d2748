package io.annolab.media.cv.api;

/** OpenCV's single-object trackers that CVAT offers, fastest first. */
public enum TrackerKind {
    /** Multiple instance learning (OpenCV video module): CVAT's client-side tracker; rarely reports a loss. */
    MIL,
    /** Kernelized correlation filters (contrib tracking module): fast, reports a loss on occlusion. */
    KCF,
    /** Discriminative correlation filter with channel and spatial reliability: slowest, most accurate. */
    CSRT
}
