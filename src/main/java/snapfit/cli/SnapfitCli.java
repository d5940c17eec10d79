package snapfit.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code snapfit} command: one subcommand per task. Exit status 0 on success; on failure one line
 * on stderr that names the bad input and the fix, and a non-zero status (2 for usage errors).
 */
@Command(
        name = "snapfit",
        mixinStandardHelpOptions = true,
        versionProvider = SnapfitCli.Version.class,
        description = "Digitise a jigsaw puzzle from photos of its pieces: find pieces, corners and edge shapes,"
                + " score every edge against every other, and keep it all in a cache folder.",
        subcommands = {IngestCommand.class, MatchCommand.class, QueryCommand.class, GenerateCommand.class,
                EvaluateCommand.class, SolveCommand.class, GuideCommand.class, CheckCommand.class, BoardCommand.class,
                ServeCommand.class, BenchCommand.class, KernelCommand.class, NotebookCommand.class,
                CommandLine.HelpCommand.class})
public final class SnapfitCli {

    private SnapfitCli() {
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, also used by tests to run commands in-process. */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new SnapfitCli());
        OneLineErrors errors = new OneLineErrors();
        commandLine.setExecutionExceptionHandler(errors);
        commandLine.setParameterExceptionHandler(errors);
        return commandLine;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = SnapfitCli.class.getPackage().getImplementationVersion();
            return new String[] {"snapfit " + (version != null ? version : "(development build)")};
        }
    }
}
