package io.annolab.ui.project;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

import io.annolab.model.Job;
import io.annolab.ui.editor.parts.JobEditorPart;

/** Opens a job in the annotation editor, or brings its open editor to the front. */
public final class JobEditors {

    private JobEditors() {
    }

    public static MPart open(EPartService parts, Job job) {
        for (MPart part : parts.getParts()) {
            if (JobEditorPart.DESCRIPTOR_ID.equals(part.getElementId()) && part.getTransientData().get(JobEditorPart.JOB_KEY) == job) {
                parts.showPart(part, PartState.ACTIVATE);
                return part;
            }
        }
        MPart part = parts.createPart(JobEditorPart.DESCRIPTOR_ID);
        part.getTransientData().put(JobEditorPart.JOB_KEY, job);
        return parts.showPart(part, PartState.ACTIVATE);
    }
}
