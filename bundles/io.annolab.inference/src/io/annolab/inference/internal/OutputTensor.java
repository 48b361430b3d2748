package io.annolab.inference.internal;

import java.io.IOException;
import java.util.Arrays;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OnnxValue;
import ai.onnxruntime.OrtSession;

/** One float output of a run, copied out of ORT's memory, with its actual shape. */
public record OutputTensor(String name, float[] data, long[] shape) {

    public static OutputTensor of(OrtSession.Result result, String name) throws IOException {
        OnnxValue value = result.get(name).orElseThrow(() -> new IOException("the run returned no output '" + name + "'"));
        if (!(value instanceof OnnxTensor tensor)) {
            throw new IOException("output '" + name + "' is not a tensor");
        }
        try {
            long[] shape = tensor.getInfo().getShape();
            float[] data = new float[Math.toIntExact(tensor.getInfo().getNumElements())];
            tensor.getFloatBuffer().get(data);
            return new OutputTensor(name, data, shape);
        } catch (ArithmeticException e) {
            throw new IOException("cannot read output '" + name + "': " + e.getMessage(), e);
        }
    }

    public int dim(int axis) {
        return (int) shape[axis];
    }

    @Override
    public String toString() {
        return "'" + name + "' " + Arrays.toString(shape);
    }
}
