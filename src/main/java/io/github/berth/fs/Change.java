package io.github.berth.fs;

/**
 * One difference between a layer and the layers below it, as {@code docker diff} prints it:
 * {@code A} added, {@code C} changed, {@code D} deleted (moby/go-archive's ChangeType).
 */
public record Change(Kind kind, String path) {
    public enum Kind {
        ADDED("A"), CHANGED("C"), DELETED("D");

        private final String letter;

        Kind(String letter) {
            this.letter = letter;
        }

        public String letter() {
            return letter;
        }
    }

    @Override
    public String toString() {
        return kind.letter() + " " + path;
    }
}
