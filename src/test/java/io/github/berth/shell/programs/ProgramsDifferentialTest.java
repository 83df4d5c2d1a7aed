package io.github.berth.shell.programs;

import io.github.berth.shell.DifferentialCorpusTest;

/**
 * berth's simulated programs against bash with the GNU tools (coreutils, sed, findutils), on
 * {@code programs-corpus.txt}, in the same tree and environment as the shell's corpus: see
 * {@link DifferentialCorpusTest}.
 */
class ProgramsDifferentialTest extends DifferentialCorpusTest {
    ProgramsDifferentialTest() {
        super("programs-corpus.txt", 150);
    }
}
