package org.zhedition.cmd;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --root DIR}: the project folder (content/, templates/, site/); by default the current one. */
final class ProjectRoot {
    // Empty rather than ".", so that messages say content/…, not ./content/…
    @Option(names = "--root", paramLabel = "DIR",
            description = "the project folder holding content/ and templates/ (default: the current folder)")
    Path dir = Path.of("");
}
