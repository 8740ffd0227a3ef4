package org.contactpoint.tools.feed;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code feed <action>}: sending source feeds to ContactPoint. */
@Command(name = "feed", mixinStandardHelpOptions = true, subcommands = {FeedLoadCommand.class},
        description = "Source feeds (FEED-FORMAT.md).")
public class FeedCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Name an action: load.");
    }
}
