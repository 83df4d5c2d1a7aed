package io.github.berth.shell;

/**
 * One shell variable: a scalar value (null when declared without one) or an array, and its
 * attributes as {@code declare} sets them.
 */
final class Var {
    static final int EXPORT = 1;
    static final int READONLY = 2;
    static final int INTEGER = 4;
    static final int LOWER = 8;
    static final int UPPER = 16;
    /** {@code RANDOM}, {@code SECONDS}, {@code LINENO}: the value is made when read. */
    static final int DYNAMIC = 32;
    /** Declared without a value ({@code declare x}, {@code declare -a a}): shown without one. */
    static final int INVISIBLE = 64;
    /** {@code declare -n}: the value names the variable that reading and assigning reach. */
    static final int NAMEREF = 128;

    String value;
    ShellArray array;
    int attrs;

    Var(String value) {
        this.value = value;
    }

    Var copy() {
        Var v = new Var(value);
        v.array = array == null ? null : array.copy();
        v.attrs = attrs;
        return v;
    }

    boolean has(int attr) {
        return (attrs & attr) != 0;
    }

    /** Whether the variable has a value: a scalar value, or any array element. */
    boolean isSet() {
        return array != null ? array.size() > 0 : value != null;
    }

    /** {@code $name}: the scalar, or element 0 (key "0") of an array. */
    String scalar() {
        if (array == null) {
            return value;
        }
        return array.assoc ? array.get("0") : array.get(0);
    }

    /** The letters {@code declare -p} shows, in bash's order (var_attribute_string in variables.c). */
    String flags() {
        StringBuilder sb = new StringBuilder();
        if (array != null) {
            sb.append(array.assoc ? 'A' : 'a');
        }
        if (has(INTEGER)) {
            sb.append('i');
        }
        if (has(NAMEREF)) {
            sb.append('n');
        }
        if (has(READONLY)) {
            sb.append('r');
        }
        if (has(EXPORT)) {
            sb.append('x');
        }
        if (has(LOWER)) {
            sb.append('l');
        }
        if (has(UPPER)) {
            sb.append('u');
        }
        return sb.toString();
    }
}
