package org.zhedition;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.zhedition.cmd.FastStart;
import org.zhedition.cmd.Zhedition;
import picocli.CommandLine.Help;

/** {@code java -jar zhedition.jar COMMAND}: see {@link Zhedition} for the commands. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        FastStart.relaunchIfNeeded(args);  // returns only when this JVM is to run the command itself
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.exit(Zhedition.run(args, System.in, out, err, Help.Ansi.AUTO, Clock.systemDefaultZone()));
    }
}
