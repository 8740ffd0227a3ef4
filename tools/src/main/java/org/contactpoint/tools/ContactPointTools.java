package org.contactpoint.tools;

import org.contactpoint.tools.audit.AuditVerifyCommand;
import org.contactpoint.tools.bench.BenchCommand;
import org.contactpoint.tools.feed.FeedCommand;
import org.contactpoint.tools.matching.MatchWeightsCommand;
import org.contactpoint.tools.generate.GenerateCommand;
import org.contactpoint.tools.server.DomainCommand;
import org.contactpoint.tools.server.RunCommand;
import org.contactpoint.tools.token.TotpCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The ContactPoint command-line tools; each capability is a subcommand. Bad arguments: usage message, exit 2; failure: one line, exit 1. */
@Command(name = "contactpoint-tools", mixinStandardHelpOptions = true, version = "ContactPoint tools 1.0",
        subcommands = {GenerateCommand.class, RunCommand.class, DomainCommand.class, AuditVerifyCommand.class, TotpCommand.class,
                BenchCommand.class, FeedCommand.class, MatchWeightsCommand.class},
        description = "Command-line tools for ContactPoint.")
public class ContactPointTools implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** A command that fails says why in one line and exits 1: never a stack trace. */
    public static CommandLine commandLine() {
        return new CommandLine(new ContactPointTools()).setExecutionExceptionHandler((e, command, parsed) -> {
            command.getErr().println("Error: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            return 1;
        });
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Name a subcommand.");
    }
}
