package snapfit.cli;

import picocli.CommandLine;
import picocli.CommandLine.ParseResult;
import snapfit.model.SnapfitException;

/**
 * Prints a failed command's error as one line on stderr: the message of our own exceptions and of
 * argument errors as it is (it already names the input and the fix), other failures with their class
 * so they can be reported, and the stack trace only with {@code SNAPFIT_DEBUG=1}. A command line that
 * does not parse (status 2) also gets one line, pointing to {@code --help} instead of printing the usage; an
 * unknown option is named before any required option it leaves missing (a typo of {@code --cache} would
 * otherwise read as "missing --cache"), with picocli's suggestions of what was meant.
 */
final class OneLineErrors implements CommandLine.IExecutionExceptionHandler, CommandLine.IParameterExceptionHandler {

    @Override
    public int handleParseException(CommandLine.ParameterException exception, String[] args) {
        CommandLine commandLine = exception.getCommandLine();
        String command = commandLine.getCommandSpec().qualifiedName();
        CommandLine.ParameterException reported = commandLine.getUnmatchedArguments().isEmpty()
                || exception instanceof CommandLine.UnmatchedArgumentException ? exception
                : new CommandLine.UnmatchedArgumentException(commandLine, commandLine.getUnmatchedArguments().subList(0, 1));
        commandLine.getErr().println(command + ": " + reported.getMessage() + suggestions(reported)
                + "; see `" + command + " --help`");
        return commandLine.getCommandSpec().exitCodeOnInvalidInput();
    }

    private static String suggestions(CommandLine.ParameterException exception) {
        if (exception instanceof CommandLine.UnmatchedArgumentException unmatched
                && !unmatched.getSuggestions().isEmpty()) {
            return "; did you mean " + String.join(" or ", unmatched.getSuggestions()) + "?";
        }
        return "";
    }

    @Override
    public int handleExecutionException(Exception exception, CommandLine commandLine, ParseResult parseResult) {
        String message = exception instanceof SnapfitException || exception instanceof IllegalArgumentException
                ? exception.getMessage()
                : exception.getClass().getSimpleName() + ": " + exception.getMessage();
        commandLine.getErr().println("snapfit " + commandLine.getCommandName() + ": " + message);
        if ("1".equals(System.getenv("SNAPFIT_DEBUG"))) {
            exception.printStackTrace(commandLine.getErr());
        }
        return 1;
    }
}
