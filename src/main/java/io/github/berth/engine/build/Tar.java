package io.github.berth.engine.build;

import io.github.berth.fs.MemoryFs;
import io.github.berth.fs.Node;
import io.github.berth.fs.TarArchive;
import io.github.berth.fs.VPath;
import java.util.List;

/** Unpacks a tar archive (plain or gzip-compressed) held in memory, as ADD unpacks a local archive. */
final class Tar {
    private Tar() {}

    static boolean isArchive(byte[] bytes) {
        return TarArchive.isTar(bytes);
    }

    /** Unpacks every regular file, directory and symbolic link under {@code dest}. */
    static void extract(byte[] bytes, MemoryFs fs, String dest) {
        List<TarArchive.Entry> entries = TarArchive.read(bytes);
        if (entries == null) {
            return;
        }
        Node.Meta before = fs.stamp();
        for (TarArchive.Entry e : entries) {
            String path = VPath.resolve(dest, e.name());
            // the entries keep the owners their headers record (moby's Untar; ADD --chown does not apply)
            Node.Meta owner = new Node.Meta(e.uid(), e.gid(), before.mtime());
            // missing parents are made by root (moby pkg/archive createTarFile's MkdirAllAndChown)
            fs.stamp(() -> before);
            fs.mkdirs(VPath.parent(path));
            fs.stamp(() -> owner);
            if (e.type() == '5') {
                fs.mkdirs(path);
            } else if (e.type() == '2') {
                fs.symlink(path, e.linkName());
            } else if (e.type() == '0') {
                fs.writeFile(path, e.content(), e.mode() == 0 ? 0644 : e.mode());
            }
        }
        fs.stamp(() -> before);
    }
}
