package io.github.berth.tutor.lesson;

import io.github.berth.tutor.lesson.YamlTree.Entry;
import io.github.berth.tutor.lesson.YamlTree.Mapping;
import io.github.berth.tutor.lesson.YamlTree.Node;
import io.github.berth.tutor.lesson.YamlTree.Scalar;
import io.github.berth.tutor.lesson.YamlTree.Sequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Reads the fields of one mapping in a lesson file; every problem names the file, line and column. */
final class Fields {
    private final String file;
    private final Mapping mapping;

    private Fields(String file, Mapping mapping) {
        this.file = file;
        this.mapping = mapping;
    }

    /** The fields of {@code node}, which must be a mapping with no keys but {@code known}. */
    static Fields of(String file, Node node, String what, Set<String> known) throws LessonException {
        if (!(node instanceof Mapping m)) {
            throw error(file, node, what + " must be a mapping (key: value), not " + node.kind());
        }
        for (Entry e : m.entries().values()) {
            if (!known.contains(e.key())) {
                throw new LessonException(file, e.line(), e.column(),
                        "unknown field '" + e.key() + "' in " + what + " (known: " + String.join(", ", new TreeSet<>(known)) + ")");
            }
        }
        return new Fields(file, m);
    }

    static LessonException error(String file, Node node, String message) {
        return new LessonException(file, node.line(), node.column(), message);
    }

    Mapping mapping() {
        return mapping;
    }

    boolean has(String key) {
        Entry e = mapping.entries().get(key);
        return e != null && !(e.value() instanceof Scalar s && s.text() == null);
    }

    Node node(String key) throws LessonException {
        if (!has(key)) {
            throw new LessonException(file, mapping.line(), mapping.column(), "missing required field '" + key + "'");
        }
        return mapping.entries().get(key).value();
    }

    String text(String key) throws LessonException {
        return scalar(key, node(key));
    }

    String optionalText(String key) throws LessonException {
        return has(key) ? text(key) : null;
    }

    int integer(String key) throws LessonException {
        Node node = node(key);
        String text = scalar(key, node);
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw error(file, node, "'" + key + "' must be a whole number, not '" + text + "'");
        }
    }

    Integer optionalInteger(String key) throws LessonException {
        return has(key) ? integer(key) : null;
    }

    /** A number (whole or not), or null when absent. */
    Double optionalNumber(String key) throws LessonException {
        if (!has(key)) {
            return null;
        }
        String text = scalar(key, node(key));
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw error(file, node(key), "'" + key + "' must be a number, not '" + text + "'");
        }
    }

    /** A yes/no field, false when absent (YAML's true/false). */
    boolean bool(String key) throws LessonException {
        if (!has(key)) {
            return false;
        }
        String text = text(key);
        if (!text.equals("true") && !text.equals("false")) {
            throw error(file, node(key), "'" + key + "' must be true or false, not '" + text + "'");
        }
        return text.equals("true");
    }

    List<Node> list(String key) throws LessonException {
        if (!has(key)) {
            return List.of();
        }
        Node node = node(key);
        if (!(node instanceof Sequence s)) {
            throw error(file, node, "'" + key + "' must be a list, not " + node.kind());
        }
        return s.items();
    }

    /** A list of texts; a single text is accepted as a list of one. */
    List<String> texts(String key) throws LessonException {
        if (has(key) && node(key) instanceof Scalar) {
            return List.of(text(key));
        }
        List<String> out = new ArrayList<>();
        for (Node item : list(key)) {
            out.add(scalar(key, item));
        }
        return out;
    }

    private String scalar(String key, Node node) throws LessonException {
        if (node instanceof Scalar s && s.text() != null) {
            return s.text();
        }
        throw error(file, node, "'" + key + "' must be a single value, not " + node.kind());
    }
}
