package io.github.berth.shell;

import java.util.List;

/**
 * Assigns shell variables as bash does: a scalar, one element ({@code a[i]=v}, {@code m[k]=v}), or
 * a whole array ({@code a=(x y)}, {@code a+=(z)}, {@code m=([k]=v)}), with the variable's
 * attributes applied and bash's messages for a readonly variable or a bad subscript.
 */
final class Assigner {
    /** One element of a compound assignment: {@code [key]=value} ({@code key} null without one). */
    record Element(String key, String value, boolean append) {}

    private Assigner() {}

    /** {@code name=value} or {@code name+=value}. */
    static void scalar(ShellState st, String name, String value, boolean append) {
        Var v = st.variable(name);
        if (append && v != null) {
            if (v.has(Var.INTEGER)) {
                value = "(" + nonNull(v.scalar()) + ")+(" + value + ")";
            } else {
                value = nonNull(v.scalar()) + value;
            }
        }
        st.setVar(name, value);
    }

    /** {@code name[subscript]=value}: {@code subscript} expanded, not yet evaluated. */
    static void element(ShellState st, String name, String subscript, String value, boolean append) {
        Var v = st.declare(name);
        if (v.has(Var.READONLY)) {
            throw new Expander.Failure(name + ": readonly variable", 1);
        }
        ShellArray array = arrayOf(v);
        v.attrs &= ~Var.INVISIBLE;
        if (array.assoc) {
            String old = array.get(subscript);
            array.put(subscript, convert(st, v, name, append ? join(v, old, value) : value));
            return;
        }
        long index = index(st, name, subscript, array);
        String old = array.get(index);
        array.put(index, convert(st, v, name, append ? join(v, old, value) : value));
    }

    /** {@code name=(…)} or {@code name+=(…)}. */
    static void array(ShellState st, String name, List<Element> elements, boolean append) {
        Var v = st.declare(name);
        if (v.has(Var.READONLY)) {
            throw new Expander.Failure(name + ": readonly variable", 1);
        }
        boolean assoc = v.array != null && v.array.assoc;
        ShellArray array;
        if (append) {
            array = arrayOf(v);
        } else {
            array = new ShellArray(assoc);
        }
        if (assoc) {
            for (int i = 0; i < elements.size(); i++) {
                Element e = elements.get(i);
                if (e.key() != null) {
                    array.put(e.key(), convert(st, v, name, e.append() ? join(v, array.get(e.key()), e.value()) : e.value()));
                } else { // bash 5.1 and later: "m=(k1 v1 k2 v2)" lists keys and values
                    String value = i + 1 < elements.size() ? elements.get(++i).value() : "";
                    array.put(e.value(), convert(st, v, name, value));
                }
            }
        } else {
            long next = array.nextIndex();
            for (Element e : elements) {
                long index = e.key() == null ? next : index(st, name, e.key(), array);
                String value = e.append() ? join(v, array.get(index), e.value()) : e.value();
                array.put(index, convert(st, v, name, value));
                next = index + 1;
            }
        }
        v.value = null;
        v.array = array;
        v.attrs &= ~Var.INVISIBLE;
    }

    /** The variable's array, made from its scalar (as element 0) when it has none. */
    static ShellArray arrayOf(Var v) {
        if (v.array == null) {
            v.array = new ShellArray(false);
            if (v.value != null) {
                v.array.put(0, v.value);
            }
            v.value = null;
        }
        return v.array;
    }

    /** An indexed array's subscript evaluated; a negative one counts back from the end. */
    static long index(ShellState st, String name, String subscript, ShellArray array) {
        long index;
        try {
            index = Arith.eval(subscript, st);
        } catch (Arith.Error e) {
            throw new Expander.Failure(e.getMessage(), 1);
        }
        if (index < 0) {
            long from = array.nextIndex() + index;
            if (from < 0) {
                throw new Expander.Failure(name + "[" + subscript + "]: bad array subscript", 1);
            }
            index = from;
        }
        return index;
    }

    private static String join(Var v, String old, String value) {
        if (v.has(Var.INTEGER)) {
            return "(" + (old == null || old.isEmpty() ? "0" : old) + ")+(" + value + ")";
        }
        return nonNull(old) + value;
    }

    private static String convert(ShellState st, Var v, String name, String value) {
        Var plain = new Var(null);
        plain.attrs = v.attrs & ~Var.READONLY;
        return st.convert(plain, name, value);
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
