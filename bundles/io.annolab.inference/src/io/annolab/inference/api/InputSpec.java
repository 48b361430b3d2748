package io.annolab.inference.api;

/**
 * How an image becomes the model's input tensor: size, how it is fitted, channel order and
 * normalisation {@code (pixel * scale - mean) / std} per channel in the model's channel order.
 *
 * @param resize    {@code letterbox} (aspect kept, centred, padded), {@code letterbox_top_left}
 *                  (aspect kept, padded right and bottom), {@code stretch} (both sides to the
 *                  input size) or {@code fit} (aspect kept, long side at most the input size,
 *                  sides rounded to {@code multiple}: for models with dynamic input sizes)
 * @param multiple  for {@code fit}: both sides are multiples of this
 * @param padValue  the grey level of letterbox padding, before normalisation; NaN pads with 0 after it
 */
public record InputSpec(int width, int height, String resize, int multiple, ChannelOrder channels, float scale,
        float[] mean, float[] std, float padValue) {

    public enum ChannelOrder {
        RGB, BGR
    }

    public static final String LETTERBOX = "letterbox";
    public static final String LETTERBOX_TOP_LEFT = "letterbox_top_left";
    public static final String STRETCH = "stretch";
    public static final String FIT = "fit";
}
