package io.github.berth.shell;

/** An {@link Output} that keeps what each stream received, optionally passing it on as well. */
public final class CapturedOutput implements Output {
    private final Output passOn;
    private final StringBuilder out = new StringBuilder();
    private final StringBuilder err = new StringBuilder();

    public CapturedOutput() {
        this(DISCARD);
    }

    public CapturedOutput(Output passOn) {
        this.passOn = passOn;
    }

    @Override
    public void stdout(String text) {
        out.append(text);
        passOn.stdout(text);
    }

    @Override
    public void stderr(String text) {
        err.append(text);
        passOn.stderr(text);
    }

    public String out() {
        return out.toString();
    }

    public String err() {
        return err.toString();
    }
}
