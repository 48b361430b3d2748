package io.annolab.inference.families;

import java.io.IOException;
import java.nio.file.Path;

import ai.onnxruntime.OrtSession;
import io.annolab.core.api.AnnolabException;
import io.annolab.inference.api.Models;
import io.annolab.inference.api.DescriptorReader;
import io.annolab.inference.api.ModelDescriptor;
import io.annolab.inference.api.OnnxEnvironment;
import io.annolab.inference.internal.ModelSignature;
import io.annolab.inference.internal.ModelSignature.Tensor;

/**
 * SAM-style interactive segmentation: the descriptor's {@code model} is the image encoder
 * ([1, 3, S, S] → embeddings), option {@code decoder} the prompt decoder taking the six inputs
 * CVAT's SAM decoder takes (image_embeddings, point_coords, point_labels, mask_input,
 * has_mask_input, orig_im_size) and giving masks and iou_predictions.
 */
public class SamFamily implements Models.DescriptorLauncher {

    static final String[] DECODER_INPUTS = { "image_embeddings", "point_coords", "point_labels", "mask_input",
            "has_mask_input", "orig_im_size" };

    @Override
    public String id() {
        return "sam";
    }

    @Override
    public String name() {
        return "SAM-style interactive segmentation (encoder and decoder)";
    }

    @Override
    public String kind() {
        return "interactor";
    }

    @Override
    public SamModel load(Path descriptor) throws IOException {
        return load(new DescriptorReader().read(descriptor));
    }

    @Override
    public SamModel load(ModelDescriptor descriptor) throws IOException {
        Path decoderFile = descriptor.file("decoder");
        if (decoderFile == null) {
            throw new AnnolabException("bad model descriptor, field 'options.decoder': missing; it names the SAM decoder "
                    + "ONNX file", descriptor.file(), "Add \"options\": { \"decoder\": \"sam.onnx\" }");
        }
        OrtSession encoder = OnnxEnvironment.open(descriptor.model());
        OrtSession decoder = null;
        try {
            ModelSignature encoding = new ModelSignature(descriptor, encoder);
            Tensor image = DetectorFamily.imageInput(descriptor, encoding, 1);
            Tensor embeddings = encoding.output(0);
            encoding.expectShape(embeddings, "image embeddings", 1, ModelSignature.ANY, ModelSignature.ANY, ModelSignature.ANY);
            decoder = OnnxEnvironment.open(decoderFile);
            ModelSignature decoding = new ModelSignature(descriptor, decoder);
            for (String name : DECODER_INPUTS) {
                decoding.named(name);
            }
            decoding.expectShape(decoding.named("image_embeddings"), "the encoder's output " + embeddings,
                    embeddings.shape());
            decoding.named("masks");
            decoding.named("iou_predictions");
            return new SamModel(descriptor, encoder, image.name(), embeddings.name(), decoder);
        } catch (IOException | RuntimeException e) {
            DetectorFamily.closeQuietly(encoder);
            if (decoder != null) {
                DetectorFamily.closeQuietly(decoder);
            }
            throw e;
        }
    }
}
