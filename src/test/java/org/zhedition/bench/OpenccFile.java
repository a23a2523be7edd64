package org.zhedition.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.zhedition.script.opencc.OpenccData;

/**
 * The conversion engine alone, as a process, for the side-by-side benchmark
 * ({@code bench/opencc-engines.sh}): {@code OpenccFile CONFIG IN OUT [--tofu]} converts a file as
 * {@code opencc -c CONFIG.json -i IN -o OUT} does (with {@code --tofu}, including OpenCC's
 * tofu-risk table, as OpenCC's {@code --include-tofu-risk-dictionaries}).
 */
public final class OpenccFile {
    private OpenccFile() {
    }

    public static void main(String[] args) throws IOException {
        boolean tofu = args.length > 3 && args[3].equals("--tofu");
        String in = Files.readString(Path.of(args[1]), StandardCharsets.UTF_8);
        String out = OpenccData.shared().converter(args[0], tofu).convert(in);
        Files.write(Path.of(args[2]), out.getBytes(StandardCharsets.UTF_8));
    }
}
