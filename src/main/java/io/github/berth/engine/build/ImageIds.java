package io.github.berth.engine.build;

import io.github.berth.engine.GoText;
import io.github.berth.engine.HistoryEntry;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Content ids: an image's id is the digest of its config, layers and history, as a config digest is. */
final class ImageIds {
    private ImageIds() {}

    static String of(StageState s) {
        StringBuilder sb = new StringBuilder();
        sb.append(s.config()).append('\n');
        s.layers.forEach(l -> sb.append(l).append('\n'));
        for (HistoryEntry h : s.history) {
            sb.append(h.created()).append(' ').append(h.createdBy()).append(' ').append(h.emptyLayer()).append('\n');
        }
        return "sha256:" + sha256(sb.toString());
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Go's %q of a []string: {@code ["a" "b"]}. */
    static String goQuoteList(java.util.List<String> items) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < items.size(); i++) {
            sb.append(i == 0 ? "" : " ").append(GoText.quote(items.get(i)));
        }
        return sb.append(']').toString();
    }
}
