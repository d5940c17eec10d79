package snapfit.cli;

import picocli.CommandLine;
import picocli.CommandLine.ParseResult;
import snapfit.model.SnapfitException;

/**
 * Prints a failed command's error as one line on stderr: the message of our own exceptions and of
 * argument errors as it is (it already names the input and the fix), other failures with their class
 * so they can be reported, and the stack trace only with {@code SNAPFIT_DEBUG=1}. A command line that
 * does not parse (status 2) also gets one line, pointing to {@code --help} instead of printing the usage.
 */
final class OneLineErrors implements CommandLine.IExecutionExceptionHandler, CommandLine.IParameterExceptionHandler {

    @Override
    public int handleParseException(CommandLine.ParameterException exception, String[] args) {
        String command = exception.getCommandLine().getCommandSpec().qualifiedName();
        exception.getCommandLine().getErr().println(command + ": " + exception.getMessage()
                + "; see `" + command + " --help`");
        return exception.getCommandLine().getCommandSpec().exitCodeOnInvalidInput();
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
