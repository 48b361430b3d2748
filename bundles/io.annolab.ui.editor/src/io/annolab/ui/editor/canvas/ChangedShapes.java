package io.annolab.ui.editor.canvas;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;

import io.annolab.model.Annotation;
import io.annolab.model.Job;
import io.annolab.model.Shape;

/**
 * The top-level shapes a command touched (a skeleton for its moved point, a shape for its
 * attribute), so the canvas can redraw just their area; null when that cannot be told, and the
 * whole scene must be redrawn.
 */
final class ChangedShapes {

    /** Beyond this many shapes, one full redraw is cheaper than many small ones. */
    private static final int MAX_REGIONS = 64;

    private ChangedShapes() {
    }

    static List<Shape> of(Command command) {
        if (command == null) {
            return null;
        }
        List<Shape> shapes = new ArrayList<>();
        return collect(command, shapes) && shapes.size() <= MAX_REGIONS ? shapes : null;
    }

    private static boolean collect(Command command, List<Shape> shapes) {
        if (command instanceof CompoundCommand compound) {
            for (Command part : compound.getCommandList()) {
                if (!collect(part, shapes)) {
                    return false;
                }
            }
            return true;
        }
        Collection<?> affected = command.getAffectedObjects();
        if (affected == null) {
            return false;
        }
        for (Object object : affected) {
            if (object instanceof Job) {
                continue; // a deleted shape makes its job the affected object; its old bounds come with the command's own result
            }
            Annotation top = topAnnotation(object);
            if (top == null) {
                return false;
            }
            if (top instanceof Shape shape && !shapes.contains(shape)) {
                shapes.add(shape);
            }
        }
        return addDeleted(command, shapes);
    }

    /** Shapes a delete removed are no longer contained; the command's result names them. */
    private static boolean addDeleted(Command command, List<Shape> shapes) {
        Collection<?> result = command.getResult();
        if (result != null) {
            for (Object object : result) {
                if (object instanceof Shape shape && !shapes.contains(shape)) {
                    shapes.add(shape);
                }
            }
        }
        return true;
    }

    private static Annotation topAnnotation(Object object) {
        EObject current = object instanceof EObject e ? e : null;
        Annotation top = null;
        while (current != null && !(current instanceof Job)) {
            if (current instanceof Annotation annotation) {
                top = annotation;
            }
            current = current.eContainer();
        }
        return top;
    }
}
