package io.github.berth.fs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Archives read back what was written, and any bytes (a damaged archive, a text file) read without an exception. */
class TarArchiveProperties {
    private static final byte[] SAMPLE = TarArchive.write(List.of(TarArchive.Entry.dir("d", 0755, 0),
            TarArchive.Entry.file("d/" + "n".repeat(120), 0644, 5, "hello".getBytes(StandardCharsets.UTF_8)),
            new TarArchive.Entry("d/l", '2', 0777, 0, 0, 0, null, "x", Map.of("SCHILY.xattr.user.berth.program", "sh"))));

    @Property(tries = 50)
    void readsBackWhatItWrote(@ForAll @Size(max = 3) List<@net.jqwik.api.constraints.AlphaChars @net.jqwik.api.constraints.StringLength(min = 1, max = 150) String> names) {
        List<TarArchive.Entry> entries = names.stream().map(n -> TarArchive.Entry.file(n, 0600, 7,
                n.getBytes(StandardCharsets.UTF_8))).toList();
        List<TarArchive.Entry> read = TarArchive.read(TarArchive.write(entries));
        assertEquals(names, read == null ? null : read.stream().map(TarArchive.Entry::name).toList());
        for (int i = 0; i < names.size(); i++) {
            assertEquals(names.get(i), new String(read.get(i).content(), StandardCharsets.UTF_8));
        }
    }

    @Property(tries = 300)
    void damagedArchivesReadWithoutAnException(@ForAll @IntRange(min = 0, max = 3000) int at, @ForAll byte value,
                                                @ForAll @IntRange(min = 0, max = 3000) int cut) {
        byte[] damaged = java.util.Arrays.copyOf(SAMPLE, Math.min(SAMPLE.length, Math.max(0, SAMPLE.length - cut)));
        if (at < damaged.length) {
            damaged[at] = value;
        }
        TarArchive.read(damaged);
    }

    @Property(tries = 100)
    void anyBytesReadWithoutAnException(@ForAll @Size(max = 2000) byte[] bytes) {
        TarArchive.read(bytes);
    }
}
