package io.github.berth.shell;

/** An {@link Output} that keeps standard output and standard error apart, for assertions. */
final class CapturingOutput implements Output {
    private final StringBuilder out = new StringBuilder();
    private final StringBuilder err = new StringBuilder();

    @Override
    public void stdout(String text) {
        out.append(text);
    }

    @Override
    public void stderr(String text) {
        err.append(text);
    }

    String out() {
        return out.toString();
    }

    String err() {
        return err.toString();
    }
}
