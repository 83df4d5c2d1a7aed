package io.github.berth.shell;

/** berth's shell against the real bash, on {@code bash-corpus.txt}: see {@link DifferentialCorpusTest}. */
class BashDifferentialTest extends DifferentialCorpusTest {
    BashDifferentialTest() {
        super("bash-corpus.txt", 1450);
    }
}
