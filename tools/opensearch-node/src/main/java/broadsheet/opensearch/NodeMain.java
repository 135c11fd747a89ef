package broadsheet.opensearch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.opensearch.analysis.common.CommonAnalysisPlugin;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.plugins.Plugin;
import org.opensearch.transport.Netty4Plugin;

/**
 * Starts one OpenSearch node for broadsheet's tests and for trying the OpenSearch engine.
 *
 * <p>Usage: {@code java -jar opensearch-node.jar [--home DIR] [--port N]}. The node binds
 * 127.0.0.1 only, forms a single-node cluster, keeps its data and logs under DIR (default
 * {@code .opensearch}), writes its pid to {@code DIR/node.pid} once it answers, and shuts
 * down cleanly on SIGTERM. There is no security plugin: it is a local test node.
 */
public final class NodeMain {
    private static final String NODE_NAME = "broadsheet-node";

    private NodeMain() {}

    /** The server's Node with plugins taken from the classpath instead of a plugins folder. */
    private static final class ClasspathNode extends Node {
        ClasspathNode(Environment environment, Collection<Class<? extends Plugin>> plugins) {
            super(environment, plugins, true);
        }
    }

    public static void main(String[] args) throws Exception {
        Path home = Paths.get(option(args, "--home", ".opensearch")).toAbsolutePath().normalize();
        int port = Integer.parseInt(option(args, "--port", "9200"));
        Path data = home.resolve("data");
        Path logs = home.resolve("logs");
        Path config = home.resolve("config");
        Path pidFile = home.resolve("node.pid");
        for (Path dir : List.of(data, logs, config)) {
            Files.createDirectories(dir);
        }
        // read by log4j2.properties: must be set before the first logger is made
        System.setProperty("broadsheet.opensearch.logs", logs.toString());

        Settings settings = Settings.builder()
            .put("path.home", home.toString())
            .put("path.data", data.toString())
            .put("path.logs", logs.toString())
            .put("cluster.name", "broadsheet")
            .put("node.name", NODE_NAME)
            .put("network.host", "127.0.0.1")
            .put("http.port", port)
            .put("transport.port", "9300-9399")
            .put("discovery.type", "single-node")
            // a nearly full shared disk must not turn the test indices read-only
            .put("cluster.routing.allocation.disk.threshold_enabled", false)
            .build();
        Environment environment =
            InternalSettingsPreparer.prepareEnvironment(settings, Map.of(), config, () -> NODE_NAME);
        Node node = new ClasspathNode(environment, List.of(Netty4Plugin.class, CommonAnalysisPlugin.class));

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                node.close();
                node.awaitClose(30, TimeUnit.SECONDS);
                Files.deleteIfExists(pidFile);
            } catch (IOException | InterruptedException e) {
                System.err.println("opensearch-node: stopping failed: " + e);
            } finally {
                stopped.countDown();
            }
        }, "broadsheet-node-shutdown"));

        try {
            node.start();
        } catch (Exception e) {
            System.err.println("opensearch-node: could not start on 127.0.0.1:" + port + ": " + rootMessage(e));
            System.exit(1);
        }
        Files.writeString(pidFile, ProcessHandle.current().pid() + "\n", StandardCharsets.US_ASCII);
        System.out.println("opensearch-node: started on http://127.0.0.1:" + port + " (home " + home + ")");
        // the node's own threads are daemons: hold the JVM until the shutdown hook has run
        stopped.await();
    }

    private static String option(String[] args, String name, String fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }

    private static String rootMessage(Throwable error) {
        Throwable cause = error;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }
}
