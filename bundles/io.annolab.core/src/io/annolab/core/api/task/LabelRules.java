package io.annolab.core.api.task;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.annolab.model.AttributeSpec;
import io.annolab.model.Label;
import io.annolab.model.LabelType;

/**
 * What CVAT's label constructor refuses, as sentences for the user: unnamed or duplicate labels,
 * attributes and skeleton points; choices without values or with a default that is not one of
 * them; numbers not given as {@code min;max;step}; skeletons without points.
 */
public final class LabelRules {

    private LabelRules() {
    }

    /** The problems of the label set, empty when it is fine. */
    public static List<String> check(List<Label> labels) {
        List<String> problems = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < labels.size(); i++) {
            Label label = labels.get(i);
            String name = label.getName() == null ? "" : label.getName().strip();
            if (name.isEmpty()) {
                problems.add("Label " + (i + 1) + " has no name");
            } else if (!names.add(name)) {
                problems.add("Two labels are named '" + name + "'");
            }
            String who = name.isEmpty() ? "label " + (i + 1) : "'" + name + "'";
            checkAttributes(label, who, problems);
            if (label.getType() == LabelType.SKELETON) {
                if (label.getSublabels().isEmpty()) {
                    problems.add("The skeleton " + who + " has no points: click in its drawing to add some");
                }
                Set<String> points = new HashSet<>();
                for (Label point : label.getSublabels()) {
                    String pointName = point.getName() == null ? "" : point.getName().strip();
                    if (pointName.isEmpty()) {
                        problems.add("A point of the skeleton " + who + " has no name");
                    } else if (!points.add(pointName)) {
                        problems.add("The skeleton " + who + " has two points named '" + pointName + "'");
                    }
                    checkAttributes(point, "point '" + pointName + "' of " + who, problems);
                }
            }
        }
        return problems;
    }

    private static void checkAttributes(Label label, String who, List<String> problems) {
        Set<String> names = new HashSet<>();
        for (AttributeSpec spec : label.getAttributes()) {
            String name = spec.getName() == null ? "" : spec.getName().strip();
            if (name.isEmpty()) {
                problems.add("An attribute of " + who + " has no name");
                continue;
            }
            if (!names.add(name)) {
                problems.add(who + " has two attributes named '" + name + "'");
            }
            String attribute = "The attribute '" + name + "' of " + who;
            List<String> values = spec.getValues();
            String defaultValue = spec.getDefaultValue() == null ? "" : spec.getDefaultValue();
            switch (spec.getInputType()) {
                case SELECT, RADIO -> {
                    if (values.isEmpty()) {
                        problems.add(attribute + " needs at least one value to choose from");
                    } else if (!defaultValue.isEmpty() && !values.contains(defaultValue)) {
                        problems.add(attribute + " has the default '" + defaultValue + "', which is not one of its values");
                    }
                }
                case CHECKBOX -> {
                    if (!defaultValue.isEmpty() && !defaultValue.equals("true") && !defaultValue.equals("false")) {
                        problems.add(attribute + " is a checkbox: its default must be true or false");
                    }
                }
                case NUMBER -> checkNumber(attribute, values, defaultValue, problems);
                case TEXT -> { }
            }
        }
    }

    private static void checkNumber(String attribute, List<String> values, String defaultValue, List<String> problems) {
        double[] range = numberRange(values);
        if (range == null) {
            problems.add(attribute + " is a number: give its values as min;max;step (for example 0;100;1)");
        } else if (range[0] > range[1] || range[2] <= 0) {
            problems.add(attribute + " needs min ≤ max and a step above 0");
        } else if (!defaultValue.isEmpty()) {
            try {
                double value = Double.parseDouble(defaultValue);
                if (value < range[0] || value > range[1]) {
                    problems.add(attribute + " has the default " + defaultValue + ", outside " + values.get(0) + ".." + values.get(1));
                }
            } catch (NumberFormatException e) {
                problems.add(attribute + " has the default '" + defaultValue + "', which is not a number");
            }
        }
    }

    /** {min, max, step} from a number attribute's three values, or null if they are not three numbers. */
    public static double[] numberRange(List<String> values) {
        if (values.size() != 3) {
            return null;
        }
        try {
            return new double[] { Double.parseDouble(values.get(0).strip()), Double.parseDouble(values.get(1).strip()),
                    Double.parseDouble(values.get(2).strip()) };
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
