package io.annolab.inference.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import io.annolab.core.api.AnnolabException;
import io.annolab.inference.api.ModelDescriptor;

/**
 * A session's inputs and outputs, checked against what a family expects. A mismatch names the
 * tensor, its shape and the shape the family wants, so a wrong family or label list is obvious.
 * Dynamic dimensions (-1) fit anything.
 */
public final class ModelSignature {

    /** Any size along this axis. */
    public static final long ANY = -1;

    private final ModelDescriptor descriptor;
    private final List<Tensor> inputs;
    private final List<Tensor> outputs;

    public record Tensor(String name, long[] shape) {
        @Override
        public String toString() {
            return "'" + name + "' " + Arrays.toString(shape);
        }
    }

    public ModelSignature(ModelDescriptor descriptor, OrtSession session) throws AnnolabException {
        this.descriptor = descriptor;
        try {
            inputs = tensors(session.getInputInfo());
            outputs = tensors(session.getOutputInfo());
        } catch (OrtException e) {
            throw new AnnolabException("cannot read the model's inputs and outputs: " + e.getMessage(),
                    descriptor.model(), "Check the model file", e);
        }
    }

    private List<Tensor> tensors(Map<String, NodeInfo> infos) throws AnnolabException {
        List<Tensor> tensors = new ArrayList<>();
        for (NodeInfo info : infos.values()) {
            if (!(info.getInfo() instanceof TensorInfo tensor)) {
                throw mismatch("'" + info.getName() + "' is not a tensor (" + info.getInfo() + ")");
            }
            tensors.add(new Tensor(info.getName(), tensor.getShape()));
        }
        return tensors;
    }

    public List<Tensor> inputs() {
        return inputs;
    }

    public List<Tensor> outputs() {
        return outputs;
    }

    /** Requires exactly this many inputs and outputs. */
    public ModelSignature expectCounts(int inputCount, int outputCount) throws AnnolabException {
        if (inputs.size() != inputCount) {
            throw mismatch("the model has " + inputs.size() + " input(s) " + inputs + "; the family takes " + inputCount);
        }
        if (outputs.size() < outputCount) {
            throw mismatch("the model has " + outputs.size() + " output(s) " + outputs + "; the family reads "
                    + outputCount);
        }
        return this;
    }

    public Tensor input(int index) {
        return inputs.get(index);
    }

    public Tensor output(int index) {
        return outputs.get(index);
    }

    /** The tensor with this name, among the inputs or outputs. */
    public Tensor named(String name) throws AnnolabException {
        for (Tensor tensor : inputs) {
            if (tensor.name().equals(name)) {
                return tensor;
            }
        }
        for (Tensor tensor : outputs) {
            if (tensor.name().equals(name)) {
                return tensor;
            }
        }
        throw mismatch("the family needs a tensor named '" + name + "'; the model has inputs " + inputs
                + " and outputs " + outputs);
    }

    /**
     * Requires the tensor's shape to fit {@code expected} (ANY fits every size; a dynamic model
     * dimension fits every expected size). {@code meaning} explains the expected shape.
     */
    public void expectShape(Tensor tensor, String meaning, long... expected) throws AnnolabException {
        boolean fits = tensor.shape().length == expected.length;
        for (int i = 0; fits && i < expected.length; i++) {
            long actual = tensor.shape()[i];
            fits = expected[i] == ANY || actual < 0 || actual == expected[i];
        }
        if (!fits) {
            String wanted = Arrays.stream(expected).mapToObj(d -> d == ANY ? "N" : Long.toString(d))
                    .collect(Collectors.joining(", ", "[", "]"));
            throw mismatch("tensor " + tensor + " does not fit: the " + descriptor.family() + " family expects "
                    + wanted + " (" + meaning + ")");
        }
    }

    public AnnolabException mismatch(String problem) {
        return new AnnolabException("the model does not fit its family '" + descriptor.family() + "': " + problem,
                descriptor.model(), "Check 'family', 'labels' and 'input' in the descriptor " + descriptor.file());
    }
}
