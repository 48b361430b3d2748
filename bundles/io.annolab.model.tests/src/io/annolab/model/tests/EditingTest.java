package io.annolab.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.junit.jupiter.api.Test;

import io.annolab.model.Job;
import io.annolab.model.Label;
import io.annolab.model.ModelFactory;
import io.annolab.model.ModelPackage;
import io.annolab.model.Shape;
import io.annolab.model.ShapeType;
import io.annolab.model.edit.ModelEditing;
import io.annolab.model.values.Coordinates;

class EditingTest {

    @Test
    void everyChangeThroughTheCommandStackCanBeUndoneAndRedone() {
        EditingDomain domain = ModelEditing.createEditingDomain();
        Job job = ModelFactory.eINSTANCE.createJob();
        Label car = ModelFactory.eINSTANCE.createLabel();
        car.setName("car");

        Shape box = ModelFactory.eINSTANCE.createShape();
        box.setType(ShapeType.RECTANGLE);
        box.setLabel(car);
        box.setPoints(Coordinates.of(0f, 0f, 10f, 10f));

        domain.getCommandStack().execute(AddCommand.create(domain, job, ModelPackage.Literals.JOB__ANNOTATIONS, box));
        Command move = SetCommand.create(domain, box, ModelPackage.Literals.SHAPE__POINTS, Coordinates.of(5f, 5f, 15f, 15f));
        domain.getCommandStack().execute(move);
        assertEquals(Coordinates.of(5f, 5f, 15f, 15f), box.getPoints());

        domain.getCommandStack().undo();
        assertEquals(Coordinates.of(0f, 0f, 10f, 10f), box.getPoints());
        domain.getCommandStack().undo();
        assertTrue(job.getAnnotations().isEmpty());

        domain.getCommandStack().redo();
        domain.getCommandStack().redo();
        assertEquals(1, job.getAnnotations().size());
        assertEquals(Coordinates.of(5f, 5f, 15f, 15f), box.getPoints());
    }

    @Test
    void itemProvidersGiveReadableLabels() {
        ComposedAdapterFactory factory = ModelEditing.createAdapterFactory();
        Label label = ModelFactory.eINSTANCE.createLabel();
        label.setName("pedestrian");
        IItemLabelProvider provider = (IItemLabelProvider) factory.adapt(label, IItemLabelProvider.class);
        assertTrue(provider.getText(label).contains("pedestrian"), provider.getText(label));
        factory.dispose();
    }
}
