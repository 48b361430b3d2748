package io.annolab.ui.editor.session;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.util.EcoreUtil;

import io.annolab.core.api.track.Keyframes;
import io.annolab.core.api.track.TrackInterpolation;
import io.annolab.model.Annotation;
import io.annolab.model.ModelFactory;
import io.annolab.model.Shape;
import io.annolab.model.Track;

/**
 * The shape each track shows on the current frame. A track's frames between keyframes are
 * computed, never stored, so the editor shows a stand-in shape per track: always the same object
 * for the same track, updated in place when the frame or the track changes. That keeps the
 * selection, lock, hide and colour of a track across frames, as CVAT does. Edits of a stand-in
 * become keyframe edits of its track (see {@link AnnotationEdits}).
 */
final class TrackProxies {

    private final Map<Track, Shape> proxies = new IdentityHashMap<>();
    private final Map<Annotation, Track> tracks = new IdentityHashMap<>();

    /**
     * The track's stand-in on {@code frame}: its computed shape, or, on an outside keyframe, the
     * shape flagged outside (listed so O can be undone there, not drawn); null where the object
     * is not in the frame.
     */
    Shape at(Track track, int frame) {
        Optional<Shape> state = TrackInterpolation.stateAt(track, frame);
        if (state.isEmpty() || state.get().isOutside() && Keyframes.at(track, frame).isEmpty()) {
            return null;
        }
        Shape proxy = proxies.computeIfAbsent(track, t -> {
            Shape created = ModelFactory.eINSTANCE.createShape();
            tracks.put(created, t);
            return created;
        });
        copyState(track, state.get(), proxy);
        return proxy;
    }

    private static void copyState(Track track, Shape state, Shape proxy) {
        proxy.setId(track.getId());
        proxy.setLabel(track.getLabel());
        proxy.setGroup(track.getGroup());
        proxy.setSource(track.getSource());
        proxy.setType(track.getType());
        proxy.setFrame(state.getFrame());
        proxy.setPoints(state.getPoints());
        proxy.setRotation(state.getRotation());
        proxy.setZOrder(state.getZOrder());
        proxy.setOccluded(state.isOccluded());
        proxy.setOutside(state.isOutside());
        proxy.setKeyframe(state.isKeyframe());
        proxy.setVisibility(state.getVisibility());
        proxy.setMask(state.getMask());
        proxy.getAttributes().clear();
        proxy.getAttributes().addAll(EcoreUtil.copyAll(state.getAttributes()));
        for (var value : track.getAttributes()) {
            if (proxy.getAttributes().stream().noneMatch(a -> a.getName().equals(value.getName()))) {
                proxy.getAttributes().add(EcoreUtil.copy(value));
            }
        }
        proxy.getElements().clear();
        proxy.getElements().addAll(EcoreUtil.copyAll(state.getElements()));
    }

    /** The track a stand-in shows, or null for any other annotation. */
    Track trackOf(Annotation annotation) {
        return annotation == null ? null : tracks.get(annotation);
    }

    /** The stand-in of a track, if it was shown before. */
    Shape proxyOf(Track track) {
        return proxies.get(track);
    }
}
