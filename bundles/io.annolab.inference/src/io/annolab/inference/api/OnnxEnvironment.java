package io.annolab.inference.api;

import java.nio.file.Files;
import java.nio.file.Path;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtLoggingLevel;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.OrtSession.SessionOptions;
import ai.onnxruntime.OrtSession.SessionOptions.OptLevel;
import io.annolab.core.api.AnnolabException;

/**
 * The one ONNX Runtime environment of the process: ORT allows a single environment, and its
 * thread pools and allocator are shared by every session opened here.
 */
public final class OnnxEnvironment {

    private static OrtEnvironment environment;

    private OnnxEnvironment() {
    }

    /** The environment, created on first use (this loads ORT's native library). */
    public static synchronized OrtEnvironment get() {
        if (environment == null) {
            // ERROR, not WARNING: older exporters list weights as graph inputs and ORT warns once per weight.
            environment = OrtEnvironment.getEnvironment(OrtLoggingLevel.ORT_LOGGING_LEVEL_ERROR, "annolab");
        }
        return environment;
    }

    /**
     * Threads one session.run may use: every core, since runs of one model follow each other
     * (-Dannolab.onnx.threads=N overrides it, e.g. to leave cores to other work).
     */
    public static int intraOpThreads() {
        int asked = Integer.getInteger("annolab.onnx.threads", 0);
        return asked > 0 ? asked : Runtime.getRuntime().availableProcessors();
    }

    /** Opens a session on a model file with all graph optimisations and one intra-op thread per core. */
    public static OrtSession open(Path model) throws AnnolabException {
        if (!Files.isRegularFile(model)) {
            throw new AnnolabException("the model file does not exist", model,
                    "Check the 'model' path in the descriptor; it is relative to the descriptor's folder");
        }
        try (SessionOptions options = new SessionOptions()) {
            options.setIntraOpNumThreads(intraOpThreads());
            options.setOptimizationLevel(OptLevel.ALL_OPT);
            // Idle ORT workers would otherwise spin between runs and take the cores from the threads that
            // decode the next images and write the last results.
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
            return get().createSession(model.toString(), options);
        } catch (OrtException e) {
            throw new AnnolabException("ONNX Runtime cannot load the model: " + e.getMessage(), model,
                    "Check that the file is a complete ONNX model (opset supported by ONNX Runtime 1.29)", e);
        }
    }
}
