package org.zhedition.input;

import java.nio.file.Path;

/**
 * A mistake in the editor's input: names the file and line, says what is wrong and how to fix it.
 *
 * <p>Editors never see a stack trace: {@link org.zhedition.Main} prints {@link #getMessage()} and
 * exits non-zero. So the message must stand on its own.
 */
public final class ContentError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Path file;
    private final int line;
    private final String problem;
    private final String fix;

    public ContentError(Path file, int line, String problem, String fix) {
        super(format(file, line, problem, fix));
        this.file = file;
        this.line = line;
        this.problem = problem;
        this.fix = fix;
    }

    /** What is wrong, without the place. */
    public String problem() {
        return problem;
    }

    /** How to fix it. */
    public String fix() {
        return fix;
    }

    public ContentError(Path file, int line, String problem, String fix, Throwable cause) {
        this(file, line, problem, fix);
        initCause(cause);
    }

    public Path file() {
        return file;
    }

    /** 1-based line, or 0 when the problem concerns the whole file. */
    public int line() {
        return line;
    }

    private static String format(Path file, int line, String problem, String fix) {
        String where = file == null ? "" : file + (line > 0 ? ":" + line : "") + ": ";
        return where + problem + (fix == null || fix.isEmpty() ? "" : "\n  How to fix: " + fix);
    }
}
