package io.annolab.ui.editor.canvas;

import io.annolab.ui.tiles.ImageAdjustments;

/**
 * Display settings of the canvas (CVAT's Appearance and Image settings): display only,
 * the image and annotations are never modified.
 */
public final class CanvasSettings {

    public int fillOpacity = 40;
    public int backgroundRgb = 0x2B2B2B;
    public boolean smooth = true;
    public boolean grid;
    public int gridSize = 100;
    public int gridRgb = 0xFFFFFF;
    public int gridOpacity = 80;
    public boolean showText = true;
    public boolean showTags = true;
    public int fontSize = 10;
    public int controlPointSize = 5;
    /** Display-only colour adjustments of the picture (brightness, contrast, saturation, gamma). */
    public ImageAdjustments adjustments = ImageAdjustments.NEUTRAL;
    /** Histogram equalization of the displayed frame (CVAT's OpenCV tool): the luminance spread over the whole range. */
    public boolean equalize;
}
