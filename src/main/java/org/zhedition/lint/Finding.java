package org.zhedition.lint;

import java.nio.file.Path;

/** A {@link Hit} placed in a file: printed as {@code file:line:column: what — fix}. */
public record Finding(Path file, int line, int column, Hit hit) {
    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + hit.what() + " — " + hit.fix() + " [" + hit.rule() + "]";
    }
}
