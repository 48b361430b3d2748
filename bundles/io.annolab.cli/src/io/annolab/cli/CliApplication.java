package io.annolab.cli;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/** The Equinox application behind {@code ./annolab <command>}; exits with the command's code. */
public class CliApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        context.applicationRunning();
        int code = new Cli(System.out, System.err).run(args == null ? new String[0] : args);
        return code == 0 ? IApplication.EXIT_OK : Integer.valueOf(code);
    }

    @Override
    public void stop() {
        // commands run to completion or fail; nothing to interrupt here
    }
}
