package org.contactpoint.tools.bench;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code bench <benchmark>}: the benchmarks whose figures docs/benchmarks.md records. */
@Command(name = "bench", mixinStandardHelpOptions = true, subcommands = {AuditAppendBenchmark.class, ChildBulkLoad.class, SearchLatencyBenchmark.class,
        RestSearchBenchmark.class, MatchQualityBenchmark.class},
        description = "Benchmarks (see docs/benchmarks.md).")
public class BenchCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Name a benchmark.");
    }
}
