package io.annolab.inference.families;

import java.util.List;

import io.annolab.core.api.AnnolabException;
import io.annolab.inference.api.ModelDescriptor;
import io.annolab.inference.internal.ModelSignature;
import io.annolab.inference.internal.ModelSignature.Tensor;
import io.annolab.inference.internal.OutputTensor;

/**
 * YOLOX exports without in-graph decoding: one output [1, N, 5 + C] whose rows follow the grid
 * cells of each stride (option {@code strides}, default 8, 16, 32), row by row. A row holds
 * offsets: cx = (x + column) × stride, w = exp(w) × stride; objectness and class scores are
 * already sigmoid.
 */
public class YoloxFamily extends DetectorFamily {

    @Override
    public String id() {
        return "yolox";
    }

    @Override
    public String name() {
        return "YOLOX detector (grid decoding with strides)";
    }

    @Override
    protected Decoder decoder(ModelDescriptor descriptor, ModelSignature signature) throws AnnolabException {
        imageInput(descriptor, signature, 1);
        int classes = descriptor.labels().size();
        int[] strides = strides(descriptor);
        int width = descriptor.input().width(), height = descriptor.input().height();
        float[] grid = grid(strides, width, height);
        int cells = grid.length / 3;
        Tensor output = signature.output(0);
        signature.expectShape(output, "one row per grid cell of strides " + java.util.Arrays.toString(strides)
                + " over " + width + "x" + height + " (" + cells + " cells): x, y, w, h, objectness and " + classes
                + " class scores", 1, cells, 5 + classes);
        return (outputs, image) -> {
            OutputTensor t = OutputTensor.of(outputs, output.name());
            int row = 5 + classes;
            float[] d = t.data();
            Detections.RowReader decoded = (r, c) -> {
                float stride = grid[r * 3 + 2];
                return switch (c) {
                case 0 -> (d[r * row] + grid[r * 3]) * stride;
                case 1 -> (d[r * row + 1] + grid[r * 3 + 1]) * stride;
                case 2, 3 -> (float) Math.exp(d[r * row + c]) * stride;
                default -> d[r * row + c];
                };
            };
            var candidates = YoloCandidates.read(decoded, cells, true, classes, descriptor.scoreThreshold());
            return Detections.boxes(Detections.kept(candidates, descriptor), image.geometry(), descriptor);
        };
    }

    private static int[] strides(ModelDescriptor descriptor) throws AnnolabException {
        Object option = descriptor.options().getOrDefault("strides", List.of(8, 16, 32));
        if (!(option instanceof List<?> list) || list.isEmpty() || !list.stream().allMatch(s -> s instanceof Integer i && i > 0)) {
            throw new AnnolabException("bad model descriptor, field 'options.strides': must be a list of positive whole "
                    + "numbers, is " + option, descriptor.file(), "Fix the descriptor, e.g. \"strides\": [8, 16, 32]");
        }
        return list.stream().mapToInt(s -> (Integer) s).toArray();
    }

    /** Column, row and stride of every output row, in the order YOLOX concatenates them. */
    private static float[] grid(int[] strides, int width, int height) {
        int total = 0;
        for (int s : strides) {
            total += (height / s) * (width / s);
        }
        float[] grid = new float[total * 3];
        int i = 0;
        for (int s : strides) {
            for (int y = 0; y < height / s; y++) {
                for (int x = 0; x < width / s; x++) {
                    grid[i++] = x;
                    grid[i++] = y;
                    grid[i++] = s;
                }
            }
        }
        return grid;
    }
}
