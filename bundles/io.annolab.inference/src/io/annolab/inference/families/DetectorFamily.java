package io.annolab.inference.families;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import ai.onnxruntime.OrtSession;
import io.annolab.core.api.AnnolabException;
import io.annolab.inference.api.Models;
import io.annolab.core.api.launch.Prediction;
import io.annolab.inference.api.DescriptorReader;
import io.annolab.inference.api.ModelDescriptor;
import io.annolab.inference.api.OnnxEnvironment;
import io.annolab.inference.api.StagedModel;
import io.annolab.inference.internal.ModelSignature;
import io.annolab.inference.internal.ModelSignature.Tensor;
import io.annolab.inference.internal.PreparedImage;

/**
 * A family of single-image models: one image tensor in, outputs decoded into predictions. Each
 * family checks the model's signature when it loads (so a wrong family fails at once, naming the
 * tensor) and decodes the outputs of each run.
 */
public abstract class DetectorFamily implements Models.DescriptorLauncher {

    @Override
    public String kind() {
        return "detector";
    }

    @Override
    public StagedModel load(Path descriptor) throws IOException {
        return load(new DescriptorReader().read(descriptor));
    }

    @Override
    public StagedModel load(ModelDescriptor descriptor) throws IOException {
        if (!id().equals(descriptor.family())) {
            throw new AnnolabException("the descriptor's family is '" + descriptor.family() + "', not '" + id() + "'",
                    descriptor.file(), "Load it through Models.load, which picks the family the descriptor names");
        }
        OrtSession session = OnnxEnvironment.open(descriptor.model());
        try {
            ModelSignature signature = new ModelSignature(descriptor, session);
            Decoder decoder = decoder(descriptor, signature);
            return new OnnxDetector(descriptor, session, signature.input(0).name(), decoder);
        } catch (IOException | RuntimeException e) {
            closeQuietly(session);
            throw e;
        }
    }

    static void closeQuietly(OrtSession session) {
        try {
            session.close();
        } catch (ai.onnxruntime.OrtException e) {
            // only native memory is at stake, and the caller is already failing
        }
    }

    /** Checks the model against the family and returns how its outputs are read. */
    protected abstract Decoder decoder(ModelDescriptor descriptor, ModelSignature signature) throws AnnolabException;

    /** Decodes one run's outputs into predictions in image coordinates. */
    @FunctionalInterface
    public interface Decoder {
        List<Prediction> decode(OrtSession.Result outputs, PreparedImage image) throws IOException;
    }

    /** Requires the single image input [1, 3, H, W] of the descriptor's size (or dynamic sides). */
    protected static Tensor imageInput(ModelDescriptor descriptor, ModelSignature signature, int outputs)
            throws AnnolabException {
        signature.expectCounts(1, outputs);
        Tensor input = signature.input(0);
        boolean fit = "fit".equals(descriptor.input().resize());
        signature.expectShape(input, "one image, 3 channels" + (fit ? "" : ", the descriptor's input height and width"),
                ModelSignature.ANY, 3, fit ? ModelSignature.ANY : descriptor.input().height(),
                fit ? ModelSignature.ANY : descriptor.input().width());
        return input;
    }
}
