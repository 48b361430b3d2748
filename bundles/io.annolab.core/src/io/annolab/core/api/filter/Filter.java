package io.annolab.core.api.filter;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.function.Predicate;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * An annotation filter (CVAT-FEATURES FLT-01..04): parsed once from the text users type in the
 * objects-view filter box, or from CVAT's JSON Logic, then tested against many objects.
 * <p>
 * Text syntax, keywords ignoring case:
 * <pre>
 * label == "car" and (width &gt; 50 or attr["color"] in ["red", "blue"]) and not (occluded == true)
 * </pre>
 * Properties: {@code label, type (shape|track|tag), shape, occluded, width, height, serverID,
 * objectID, attr["name"]} (any label), {@code attr["label"]["name"]} (one label), also written
 * {@code attr.name} and {@code attr.label.name}. Operators: {@code == != > >= < <=},
 * {@code in [..]}, {@code not in [..]}, {@code is empty}, {@code is not empty},
 * {@code between A and B}, {@code not between A and B}, {@code like} (contains),
 * {@code starts with}, {@code ends with}; the right side may be another property
 * ({@code width > height}). Rules join with {@code and} (binding tighter) and {@code or};
 * parentheses group; {@code not (...)} inverts a group. Values: "text", numbers, true, false.
 * <p>
 * Instances are immutable and thread-safe.
 */
public final class Filter implements Predicate<FilterSubject> {

    /** The empty filter: matches every object. */
    public static final Filter ALL = new Filter(null);

    private static final JsonFactory JSON = new JsonFactory();

    private final Node root;
    private final String text;

    private Filter(Node root) {
        this.root = root;
        if (root == null) {
            this.text = "";
        } else {
            StringBuilder builder = new StringBuilder();
            root.appendText(builder, false);
            this.text = builder.toString();
        }
    }

    /** Parses filter text; blank text gives {@link #ALL}. */
    public static Filter parse(String text) throws FilterSyntaxException {
        if (text == null) {
            return ALL;
        }
        Node root = FilterParser.parse(text);
        return root == null ? ALL : new Filter(root);
    }

    /**
     * Reads CVAT's JSON Logic form ({@code {"and":[{"==":[{"var":"label"},"car"]}, ...]}}); a
     * top-level array (CVAT's list of filters) matches an object that any of them matches;
     * {@code true}, {@code null}, {@code {}} and {@code []} give {@link #ALL}.
     */
    public static Filter fromJsonLogic(String json) throws FilterSyntaxException {
        if (json == null || json.isBlank()) {
            return ALL;
        }
        Node root = JsonLogicReader.read(json);
        return root == null ? ALL : new Filter(root);
    }

    /** Whether this is the empty filter, which hides nothing. */
    public boolean matchesAll() {
        return root == null;
    }

    @Override
    public boolean test(FilterSubject subject) {
        return root == null || root.test(subject);
    }

    /** The canonical text: what {@link #parse} reads back to an equal filter. Empty for {@link #ALL}. */
    public String toText() {
        return text;
    }

    /** CVAT's JSON Logic form, compact; {@code true} for {@link #ALL}. */
    public String toJsonLogic() {
        if (root == null) {
            return "true";
        }
        StringWriter out = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(out)) {
            root.writeJson(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Filter f && f.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
