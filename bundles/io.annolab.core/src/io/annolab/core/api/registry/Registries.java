package io.annolab.core.api.registry;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.annolab.core.api.format.DatasetFormat;
import io.annolab.core.api.launch.ModelLauncher;
import io.annolab.core.api.task.VideoProbe;
import io.annolab.core.api.transform.Transform;
import io.annolab.core.api.validate.Validator;
import io.annolab.core.internal.registry.RegistryBackends;

/**
 * Entry point to every registry. One instance per extension point and JVM.
 */
public final class Registries {

    public static final String FORMATS = "io.annolab.core.formats";
    public static final String TRANSFORMS = "io.annolab.core.transforms";
    public static final String VALIDATORS = "io.annolab.core.validators";
    public static final String LAUNCHERS = "io.annolab.core.launchers";
    public static final String VIDEO_PROBES = "io.annolab.core.videoProbes";

    private static final Map<String, Registry<?>> REGISTRIES = new ConcurrentHashMap<>();

    private Registries() {
    }

    public static Registry<DatasetFormat> formats() {
        return of(FORMATS, DatasetFormat.class);
    }

    public static Registry<Transform> transforms() {
        return of(TRANSFORMS, Transform.class);
    }

    public static Registry<Validator> validators() {
        return of(VALIDATORS, Validator.class);
    }

    public static Registry<ModelLauncher> launchers() {
        return of(LAUNCHERS, ModelLauncher.class);
    }

    /** Readers of a video's frame count and size, for video tasks (the media bundle contributes one). */
    public static Registry<VideoProbe> videoProbes() {
        return of(VIDEO_PROBES, VideoProbe.class);
    }

    /**
     * The registry of an extension point whose elements carry {@code id}, {@code name} and
     * {@code class}; outside OSGi, the {@link java.util.ServiceLoader} providers of {@code type}.
     */
    @SuppressWarnings("unchecked")
    public static <T extends Identified> Registry<T> of(String extensionPointId, Class<T> type) {
        return (Registry<T>) REGISTRIES.computeIfAbsent(extensionPointId, id -> RegistryBackends.create(id, type));
    }
}
