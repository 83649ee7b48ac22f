package ru.moderation.cli;

import ru.moderation.moderation.JobConfig;
import ru.moderation.moderation.MassMailing;
import ru.moderation.moderation.Policies;

import org.apache.flink.connector.base.DeliveryGuarantee;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** Options of the {@code local} command. */
final class LocalOptions {
    Path input;
    Path actionsOut;
    Path deadLetterOut;
    String bootstrapServers;
    boolean prefixGiven;
    final JobConfig job = new JobConfig();

    static final String USAGE = """
            usage: java -jar jobs/target/comment-moderation.jar local [options]

            Without --input: starts an in-JVM Kafka broker and a local Flink cluster, feeds built-in sample
            comments and prints the actions as they happen; Ctrl-C stops it.
            With --input FILE: feeds FILE (one raw event per line: VK Callback, Telegram Update or normalized JSON)
            through the same pipeline, writes the actions as JSON lines and exits 0 when all input is processed.

              --input FILE                 events to moderate, one per line (blank lines are skipped)
              --actions-out FILE           write actions here instead of standard output (with --input)
              --dead-letter-out FILE       write dead letters here as JSON lines (with --input)
              --bootstrap-servers H:P      use this Kafka instead of starting one
              --policy FILE                policy file (JSON, see jobs/README.md)
              --at-least-once              at-least-once sinks instead of exactly-once
              --parallelism N              default 2
              --checkpoint-interval MS     default 1000 (exactly-once output becomes visible per checkpoint)
              --mass-mailing-authors N     the same text with some spam evidence from N authors within
                                           --mass-mailing-window MINUTES (default 3 within 60) is spam; 1 turns it off
              --input-topic T --actions-topic T --audit-topic T --dead-letter-topic T
              --transactional-id-prefix P  default comment-moderation (with --input: a fresh one per run)
            """;

    static LocalOptions parse(String[] args) {
        LocalOptions o = new LocalOptions();
        o.job.checkpointInterval = Duration.ofSeconds(1);
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--input" -> o.input = Path.of(value(args, ++i, a));
                case "--actions-out" -> o.actionsOut = Path.of(value(args, ++i, a));
                case "--dead-letter-out" -> o.deadLetterOut = Path.of(value(args, ++i, a));
                case "--bootstrap-servers" -> o.bootstrapServers = value(args, ++i, a);
                case "--policy" -> {
                    Path p = Path.of(value(args, ++i, a));
                    if (!Files.isReadable(p)) {
                        throw new IllegalArgumentException("--policy: cannot read " + p);
                    }
                    try {
                        o.job.policies = Policies.load(p);
                    } catch (java.io.IOException e) {
                        throw new IllegalArgumentException("--policy: " + e.getMessage());
                    }
                }
                case "--at-least-once" -> o.job.deliveryGuarantee = DeliveryGuarantee.AT_LEAST_ONCE;
                case "--parallelism" -> o.job.parallelism = positive(value(args, ++i, a), a);
                case "--checkpoint-interval" -> o.job.checkpointInterval = Duration.ofMillis(positive(value(args, ++i, a), a));
                case "--mass-mailing-authors" -> o.job.massMailing = new MassMailing.Settings(
                        positive(value(args, ++i, a), a), o.job.massMailing.window(), o.job.massMailing.minSpamScore());
                case "--mass-mailing-window" -> o.job.massMailing = new MassMailing.Settings(
                        o.job.massMailing.authors(), Duration.ofMinutes(positive(value(args, ++i, a), a)),
                        o.job.massMailing.minSpamScore());
                case "--input-topic" -> o.job.inputTopic = value(args, ++i, a);
                case "--actions-topic" -> o.job.actionsTopic = value(args, ++i, a);
                case "--audit-topic" -> o.job.auditTopic = value(args, ++i, a);
                case "--dead-letter-topic" -> o.job.deadLetterTopic = value(args, ++i, a);
                case "--transactional-id-prefix" -> {
                    o.job.transactionalIdPrefix = value(args, ++i, a);
                    o.prefixGiven = true;
                }
                default -> throw new IllegalArgumentException("unknown option " + a);
            }
        }
        if (o.input != null && !Files.isReadable(o.input)) {
            throw new IllegalArgumentException("--input: cannot read " + o.input);
        }
        if (o.input == null && (o.actionsOut != null || o.deadLetterOut != null)) {
            throw new IllegalArgumentException("--actions-out and --dead-letter-out need --input");
        }
        if (o.input != null && !o.prefixGiven) {
            // a one-shot run must not fence (or be fenced by) a long-running job on the same Kafka
            String run = java.util.UUID.randomUUID().toString().substring(0, 8);
            o.job.transactionalIdPrefix = "comment-moderation-input-" + run;
            o.job.groupId = "comment-moderation-input-" + run;
        }
        return o;
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    private static int positive(String s, String option) {
        try {
            int v = Integer.parseInt(s);
            if (v > 0) {
                return v;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new IllegalArgumentException(option + " must be a positive integer, got " + s);
    }
}
