package org.zhedition.cmd;

import java.util.concurrent.Callable;
import org.zhedition.serve.Preview;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code serve}: the editor's preview, rebuilt on every save and reloaded in the browser. */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = Zhedition.Version.class,
        description = {"Builds DIR/site, serves it on 127.0.0.1 and rebuilds it on every save under DIR/content"
                + " and DIR/templates; the open page reloads itself.",
            "A mistake in the content is printed here and the previous site stays served. Stop with Ctrl+C."})
final class ServeCommand implements Callable<Integer> {
    @ParentCommand
    Zhedition app;

    @Spec
    CommandSpec spec;

    @Mixin
    ProjectRoot root;

    private int port = 8000;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8000",
            description = "the port to listen on, 0 to 65535; 0 picks a free one (default: ${DEFAULT-VALUE})")
    void port(int n) {
        if (n < 0 || n > 65535) {
            throw new ParameterException(spec.commandLine(), "--port needs a number from 0 to 65535, not " + n);
        }
        port = n;
    }

    @Override
    public Integer call() {
        try (Preview preview = Preview.start(root.dir, port,
                () -> BuildCommand.build(root.dir, true, false, app.out, app.err), app.out, app.err)) {
            app.out.println("Serving " + root.dir.toAbsolutePath().normalize().resolve("site") + " at http://"
                    + preview.address() + "/ ; rebuilding on every save in content/ and templates/. Stop with Ctrl+C.");
            preview.awaitStop();
        }
        return 0;
    }
}
