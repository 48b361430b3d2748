package io.annolab.ui.wizards;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.ColorDialog;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import io.annolab.model.AttributeInputType;
import io.annolab.model.AttributeSpec;
import io.annolab.model.Label;
import io.annolab.model.LabelType;
import io.annolab.model.ModelFactory;

/**
 * CVAT's label constructor as a form: the labels on the left; for the chosen one its name,
 * colour, shape type and attributes (each with its input kind, mutability, values and default),
 * and for a skeleton the drawing of its points and edges. Edits go straight into the labels.
 */
final class LabelConstructor extends Composite {

    /** The shape types offered, in CVAT's order (3D cuboids have no 2D tool). */
    static final List<LabelType> TYPES = List.of(LabelType.ANY, LabelType.RECTANGLE, LabelType.POLYGON, LabelType.POLYLINE,
            LabelType.POINTS, LabelType.ELLIPSE, LabelType.CUBOID, LabelType.MASK, LabelType.SKELETON, LabelType.TAG);
    static final List<AttributeInputType> INPUTS = List.of(AttributeInputType.SELECT, AttributeInputType.RADIO,
            AttributeInputType.CHECKBOX, AttributeInputType.TEXT, AttributeInputType.NUMBER);

    private static final ModelFactory F = ModelFactory.eINSTANCE;

    private final List<Label> labels;
    private final Runnable changed;
    private final org.eclipse.swt.widgets.List list;
    private final Composite detail;
    private final Text name;
    private final Button color;
    private final Combo type;
    private final Table attributes;
    private final Composite attributeDetail;
    private final Text attributeName;
    private final Combo input;
    private final Button mutable;
    private final Text values;
    private final Combo defaultValue;
    private final Group skeletonGroup;
    private final SkeletonCanvas skeleton;
    private final Text pointName;
    private final Button removePoint;
    private Image swatch;
    /** Set while the form is filled from the model, so its own Modify events do not write back. */
    private boolean filling;

    LabelConstructor(Composite parent, List<Label> labels, Runnable changed) {
        super(parent, SWT.NONE);
        this.labels = labels;
        this.changed = changed;
        setLayout(new GridLayout(2, false));

        Composite left = new Composite(this, SWT.NONE);
        left.setLayout(new GridLayout(2, true));
        left.setLayoutData(new GridData(SWT.FILL, SWT.FILL, false, true));
        list = WizardIds.tag(new org.eclipse.swt.widgets.List(left, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL), WizardIds.LABEL_LIST);
        GridData listData = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
        listData.widthHint = 140;
        list.setLayoutData(listData);
        Button add = button(left, "&Add label", WizardIds.LABEL_ADD);
        Button remove = button(left, "Remove", WizardIds.LABEL_REMOVE);

        detail = new Composite(this, SWT.NONE);
        detail.setLayout(new GridLayout(4, false));
        detail.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        new org.eclipse.swt.widgets.Label(detail, SWT.NONE).setText("Name:");
        name = WizardIds.tag(new Text(detail, SWT.BORDER), WizardIds.LABEL_NAME);
        name.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        color = WizardIds.tag(new Button(detail, SWT.PUSH), WizardIds.LABEL_COLOR);
        color.setToolTipText("The label's colour");
        type = WizardIds.tag(new Combo(detail, SWT.READ_ONLY), WizardIds.LABEL_TYPE);
        TYPES.forEach(t -> type.add(t.getLiteral()));
        type.setToolTipText("The shapes this label may be drawn as (any: all tools)");

        attributes = WizardIds.tag(new Table(detail, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION), WizardIds.ATTRIBUTE_TABLE);
        attributes.setHeaderVisible(true);
        for (String column : List.of("Attribute", "Input", "Mutable", "Values", "Default")) {
            TableColumn tableColumn = new TableColumn(attributes, SWT.NONE);
            tableColumn.setText(column);
            tableColumn.setWidth(column.equals("Values") ? 140 : 80);
        }
        GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, false, 4, 1);
        tableData.heightHint = 80;
        attributes.setLayoutData(tableData);
        Composite attributeButtons = new Composite(detail, SWT.NONE);
        attributeButtons.setLayout(new GridLayout(2, true));
        attributeButtons.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 4, 1));
        Button addAttribute = button(attributeButtons, "Add a&ttribute", WizardIds.ATTRIBUTE_ADD);
        Button removeAttribute = button(attributeButtons, "Remove attribute", WizardIds.ATTRIBUTE_REMOVE);

        attributeDetail = new Composite(detail, SWT.NONE);
        attributeDetail.setLayout(new GridLayout(4, false));
        attributeDetail.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 4, 1));
        new org.eclipse.swt.widgets.Label(attributeDetail, SWT.NONE).setText("Attribute:");
        attributeName = WizardIds.tag(new Text(attributeDetail, SWT.BORDER), WizardIds.ATTRIBUTE_NAME);
        attributeName.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        input = WizardIds.tag(new Combo(attributeDetail, SWT.READ_ONLY), WizardIds.ATTRIBUTE_INPUT);
        INPUTS.forEach(i -> input.add(i.getLiteral()));
        mutable = WizardIds.tag(new Button(attributeDetail, SWT.CHECK), WizardIds.ATTRIBUTE_MUTABLE);
        mutable.setText("Mutable");
        mutable.setToolTipText("Mutable values may change from frame to frame (pose); immutable ones are fixed per object (colour)");
        new org.eclipse.swt.widgets.Label(attributeDetail, SWT.NONE).setText("Values:");
        values = WizardIds.tag(new Text(attributeDetail, SWT.BORDER), WizardIds.ATTRIBUTE_VALUES);
        values.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        values.setMessage("a;b;c  (number: min;max;step)");
        new org.eclipse.swt.widgets.Label(attributeDetail, SWT.NONE).setText("Default:");
        defaultValue = WizardIds.tag(new Combo(attributeDetail, SWT.DROP_DOWN), WizardIds.ATTRIBUTE_DEFAULT);
        defaultValue.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

        skeletonGroup = new Group(detail, SWT.NONE);
        skeletonGroup.setText("Skeleton");
        skeletonGroup.setLayout(new GridLayout(3, false));
        skeletonGroup.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 4, 1));
        skeleton = WizardIds.tag(new SkeletonCanvas(skeletonGroup, this::skeletonChanged), WizardIds.SKELETON_CANVAS);
        GridData canvasData = new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1);
        canvasData.heightHint = 240;
        canvasData.minimumHeight = 200;
        skeleton.setLayoutData(canvasData);
        new org.eclipse.swt.widgets.Label(skeletonGroup, SWT.NONE).setText("Point:");
        pointName = WizardIds.tag(new Text(skeletonGroup, SWT.BORDER), WizardIds.SKELETON_POINT_NAME);
        pointName.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        removePoint = button(skeletonGroup, "Remove point", WizardIds.SKELETON_POINT_REMOVE);
        org.eclipse.swt.widgets.Label hint = new org.eclipse.swt.widgets.Label(skeletonGroup, SWT.WRAP);
        hint.setText("Click empty space to add a point, drag a point to move it, click a point and then another to join them.");
        GridData hintData = new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1);
        hintData.widthHint = 300; // a wrapping label needs a width to compute its height
        hint.setLayoutData(hintData);

        list.addListener(SWT.Selection, e -> fill());
        add.addListener(SWT.Selection, e -> addLabel());
        remove.addListener(SWT.Selection, e -> removeLabel());
        name.addListener(SWT.Modify, e -> edit(label -> label.setName(name.getText())));
        color.addListener(SWT.Selection, e -> chooseColor());
        type.addListener(SWT.Selection, e -> edit(label -> label.setType(TYPES.get(type.getSelectionIndex()))));
        attributes.addListener(SWT.Selection, e -> fillAttribute());
        addAttribute.addListener(SWT.Selection, e -> addAttribute());
        removeAttribute.addListener(SWT.Selection, e -> removeAttribute());
        attributeName.addListener(SWT.Modify, e -> editAttribute(spec -> spec.setName(attributeName.getText())));
        input.addListener(SWT.Selection, e -> editAttribute(spec -> spec.setInputType(INPUTS.get(input.getSelectionIndex()))));
        mutable.addListener(SWT.Selection, e -> editAttribute(spec -> spec.setMutable(mutable.getSelection())));
        values.addListener(SWT.Modify, e -> editAttribute(spec -> {
            spec.getValues().clear();
            spec.getValues().addAll(splitValues(values.getText()));
        }));
        defaultValue.addListener(SWT.Modify, e -> editAttribute(spec -> spec.setDefaultValue(defaultValue.getText().strip())));
        pointName.addListener(SWT.Modify, e -> {
            Label point = skeleton.selected();
            if (!filling && point != null) {
                point.setName(pointName.getText());
                skeleton.pointsChanged();
            }
        });
        removePoint.addListener(SWT.Selection, e -> skeleton.removeSelected());
        addDisposeListener(e -> {
            if (swatch != null) {
                swatch.dispose();
            }
        });
        refresh();
    }

    private static Button button(Composite parent, String text, String id) {
        Button button = WizardIds.tag(new Button(parent, SWT.PUSH), id);
        button.setText(text);
        button.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        return button;
    }

    /** Values as typed: separated by ';' (so a number's min;max;step reads the same way), blanks dropped. */
    static List<String> splitValues(String text) {
        return Arrays.stream(text.split(";")).map(String::strip).filter(v -> !v.isEmpty()).toList();
    }

    /** Shows the labels again after they were replaced (from the Raw tab). */
    void refresh() {
        int index = Math.min(Math.max(list.getSelectionIndex(), 0), labels.size() - 1);
        list.removeAll();
        labels.forEach(label -> list.add(listText(label)));
        if (index >= 0) {
            list.select(index);
        }
        fill();
    }

    private Label current() {
        int index = list.getSelectionIndex();
        return index >= 0 && index < labels.size() ? labels.get(index) : null;
    }

    private AttributeSpec currentAttribute() {
        Label label = current();
        int index = attributes.getSelectionIndex();
        return label != null && index >= 0 && index < label.getAttributes().size() ? label.getAttributes().get(index) : null;
    }

    private void addLabel() {
        Label label = F.createLabel();
        label.setName("label " + (labels.size() + 1));
        label.setType(LabelType.ANY);
        label.setColor(LabelColors.next(labels));
        labels.add(label);
        list.add(listText(label));
        list.select(labels.size() - 1);
        fill();
        name.setFocus();
        name.selectAll();
        changed.run();
    }

    private void removeLabel() {
        int index = list.getSelectionIndex();
        if (index >= 0) {
            labels.remove(index);
            list.remove(index);
            list.select(Math.min(index, labels.size() - 1));
            fill();
            changed.run();
        }
    }

    private void addAttribute() {
        Label label = current();
        if (label == null) {
            return;
        }
        AttributeSpec spec = F.createAttributeSpec();
        spec.setName("attribute " + (label.getAttributes().size() + 1));
        spec.setInputType(AttributeInputType.SELECT);
        label.getAttributes().add(spec);
        fill();
        attributes.select(label.getAttributes().size() - 1);
        fillAttribute();
        attributeName.setFocus();
        attributeName.selectAll();
        changed.run();
    }

    private void removeAttribute() {
        Label label = current();
        int index = attributes.getSelectionIndex();
        if (label != null && index >= 0) {
            label.getAttributes().remove(index);
            fill();
            changed.run();
        }
    }

    private void chooseColor() {
        Label label = current();
        if (label == null) {
            return;
        }
        ColorDialog dialog = new ColorDialog(getShell());
        dialog.setRGB(LabelColors.rgb(label.getColor()));
        if (dialog.open() != null) {
            edit(l -> l.setColor(LabelColors.hex(dialog.getRGB())));
            showColor(label.getColor());
        }
    }

    private void edit(java.util.function.Consumer<Label> change) {
        Label label = current();
        if (filling || label == null) {
            return;
        }
        change.accept(label);
        list.setItem(list.getSelectionIndex(), listText(label));
        boolean skeletonNow = label.getType() == LabelType.SKELETON;
        if (skeletonNow != skeletonGroup.getVisible()) {
            fill();
        }
        changed.run();
    }

    private void editAttribute(java.util.function.Consumer<AttributeSpec> change) {
        AttributeSpec spec = currentAttribute();
        if (filling || spec == null) {
            return;
        }
        change.accept(spec);
        fillRow(attributes.getItem(attributes.getSelectionIndex()), spec);
        boolean was = filling;
        filling = true;
        try {
            refreshDefaults(spec);
        } finally {
            filling = was;
        }
        changed.run();
    }

    private void skeletonChanged() {
        boolean was = filling;
        filling = true;
        try {
            Label point = skeleton.selected();
            pointName.setText(point == null || point.getName() == null ? "" : point.getName());
            pointName.setEnabled(point != null);
            removePoint.setEnabled(point != null);
            Label label = current();
            // A skeleton with points keeps its type (CVAT disables the field): its points exist only inside it.
            type.setEnabled(label != null && !(label.getType() == LabelType.SKELETON && !label.getSublabels().isEmpty()));
        } finally {
            filling = was;
        }
        changed.run();
    }

    /** Fills the form from the chosen label. */
    private void fill() {
        boolean was = filling;
        filling = true;
        try {
            Label label = current();
            setEnabledTree(detail, label != null);
            name.setText(label == null || label.getName() == null ? "" : label.getName());
            type.select(label == null ? 0 : Math.max(0, TYPES.indexOf(label.getType())));
            showColor(label == null ? null : label.getColor());
            attributes.removeAll();
            if (label != null) {
                for (AttributeSpec spec : label.getAttributes()) {
                    fillRow(new TableItem(attributes, SWT.NONE), spec);
                }
            }
            boolean isSkeleton = label != null && label.getType() == LabelType.SKELETON;
            skeletonGroup.setVisible(isSkeleton);
            skeleton.setSkeleton(isSkeleton ? label : null);
            fillAttributeFields(null);
        } finally {
            filling = was;
        }
        skeletonChanged();
        layout(true, true);
    }

    private void fillAttribute() {
        boolean was = filling;
        filling = true;
        try {
            fillAttributeFields(currentAttribute());
        } finally {
            filling = was;
        }
    }

    private void fillAttributeFields(AttributeSpec spec) {
        setEnabledTree(attributeDetail, spec != null);
        attributeName.setText(spec == null || spec.getName() == null ? "" : spec.getName());
        input.select(spec == null ? 0 : INPUTS.indexOf(spec.getInputType()));
        mutable.setSelection(spec != null && spec.isMutable());
        values.setText(spec == null ? "" : String.join(";", spec.getValues()));
        refreshDefaults(spec);
        defaultValue.setText(spec == null || spec.getDefaultValue() == null ? "" : spec.getDefaultValue());
    }

    private void refreshDefaults(AttributeSpec spec) {
        String text = defaultValue.getText();
        List<String> choices = new ArrayList<>();
        if (spec != null) {
            switch (spec.getInputType()) {
                case SELECT, RADIO -> choices.addAll(spec.getValues());
                case CHECKBOX -> choices.addAll(List.of("false", "true"));
                default -> { }
            }
        }
        if (!Arrays.asList(defaultValue.getItems()).equals(choices)) {
            defaultValue.setItems(choices.toArray(String[]::new));
            defaultValue.setText(text);
        }
    }

    private static void fillRow(TableItem row, AttributeSpec spec) {
        row.setText(new String[] { spec.getName() == null ? "" : spec.getName(), spec.getInputType().getLiteral(),
                spec.isMutable() ? "yes" : "no", String.join(";", spec.getValues()),
                spec.getDefaultValue() == null ? "" : spec.getDefaultValue() });
    }

    private void showColor(String hex) {
        if (swatch != null) {
            swatch.dispose();
        }
        swatch = new Image(getDisplay(), 16, 16);
        GC gc = new GC(swatch);
        Color fill = new Color(LabelColors.rgb(hex));
        gc.setBackground(fill);
        gc.fillRectangle(0, 0, 16, 16);
        gc.dispose();
        color.setImage(swatch);
        color.setText(hex == null ? "Colour" : hex);
    }

    private static String listText(Label label) {
        String name = label.getName() == null || label.getName().isBlank() ? "(unnamed)" : label.getName();
        return name + "  [" + label.getType().getLiteral() + "]";
    }

    private static void setEnabledTree(Composite composite, boolean enabled) {
        for (org.eclipse.swt.widgets.Control child : composite.getChildren()) {
            if (child instanceof Composite inner && !(child instanceof Combo) && !(child instanceof Table)
                    && !(child instanceof SkeletonCanvas)) {
                setEnabledTree(inner, enabled);
            }
            child.setEnabled(enabled);
        }
    }
}
