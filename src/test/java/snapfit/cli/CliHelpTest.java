package snapfit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** What a new user sees first: the command list in --help and the answer to a misspelt option. */
class CliHelpTest {

    @Test
    void help_everyCommandSummaryIsAWholeSentence() {
        List<String> summaries = new ArrayList<>();
        collectSummaries(SnapfitCli.commandLine().getCommandSpec(), summaries);

        assertThat(summaries).hasSizeGreaterThan(8).allSatisfy(summary -> assertThat(summary).endsWith("."));
    }

    @Test
    void misspeltOption_namedAsUnknownWithTheSuggestionInOneLine() {
        CliRun run = CliRun.of("query", "--cahce", "x", "--top", 3);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines().toList()).singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .startsWith("snapfit query: ").contains("Unknown option: '--cahce'").contains("--cache")
                .doesNotContain("Missing required option");
    }

    @Test
    void help_ofEveryCommandRendersWithoutPicocliWarnings() {
        List<CommandLine> commands = new ArrayList<>();
        collectCommands(SnapfitCli.commandLine(), commands);
        PrintStream originalErr = System.err;
        ByteArrayOutputStream warnings = new ByteArrayOutputStream();
        System.setErr(new PrintStream(warnings, true, StandardCharsets.UTF_8));
        try {
            // picocli reports a bad format string (a lone '%') on System.err and shows the raw text instead.
            commands.forEach(CommandLine::getUsageMessage);
        } finally {
            System.setErr(originalErr);
        }

        assertThat(commands).hasSizeGreaterThan(8);
        assertThat(warnings.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    private static void collectCommands(CommandLine command, List<CommandLine> commands) {
        commands.add(command);
        command.getSubcommands().values().forEach(sub -> collectCommands(sub, commands));
    }

    /** The line each command shows in its parent's command list: the first line of its description. */
    private static void collectSummaries(CommandSpec spec, List<String> summaries) {
        for (CommandLine sub : spec.subcommands().values()) {
            CommandSpec subSpec = sub.getCommandSpec();
            if (!subSpec.name().equals("help")) {
                summaries.add(subSpec.name() + ": " + subSpec.usageMessage().description()[0]);
            }
            collectSummaries(subSpec, summaries);
        }
    }
}
