package edu.meridian.testing;

import io.quarkus.test.kafka.KafkaCompanionResource;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import kafka.server.BrokerServer;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

import java.util.Map;

/**
 * A real Apache Kafka broker in KRaft mode inside the test JVM (one controller, one broker).
 * Keeps {@code @InjectKafkaCompanion} working, and lets a test take the broker down and bring it back
 * ({@link #stopBroker()}, {@link #startBroker()}) to prove that nothing is lost while Kafka is away.
 */
public class KafkaResource extends KafkaCompanionResource {

    private static volatile KafkaClusterTestKit cluster;

    @Override
    public void init(Map<String, String> initArgs) {
        // The parent would prepare a container; this broker runs in-process.
    }

    @Override
    public Map<String, String> start() {
        try {
            cluster = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                    .setCombined(false)
                    .setNumControllerNodes(1)
                    .setNumBrokerNodes(1)
                    .build())
                    .setConfigProp("auto.create.topics.enable", "true")
                    .setConfigProp("num.partitions", "3")
                    .setConfigProp("group.initial.rebalance.delay.ms", "0")
                    .setConfigProp("offsets.topic.replication.factor", "1")
                    .setConfigProp("offsets.topic.num.partitions", "3")
                    .setConfigProp("transaction.state.log.replication.factor", "1")
                    .setConfigProp("transaction.state.log.min.isr", "1")
                    .build();
            cluster.format();
            cluster.startup();
            cluster.waitForReadyBrokers();
        } catch (Exception e) {
            throw new IllegalStateException("In-process Kafka did not start", e);
        }
        kafkaCompanion = new KafkaCompanion(cluster.bootstrapServers());
        return Map.of("kafka.bootstrap.servers", cluster.bootstrapServers());
    }

    /** Shuts the broker down; the controller stays, so it can come back with its data and address. */
    public static void stopBroker() {
        broker().shutdown();
        broker().awaitShutdown();
    }

    public static void startBroker() {
        broker().startup();
        try {
            cluster.waitForReadyBrokers();
        } catch (Exception e) {
            throw new IllegalStateException("Kafka broker did not come back", e);
        }
    }

    private static BrokerServer broker() {
        return cluster.brokers().values().iterator().next();
    }

    @Override
    public void stop() {
        if (kafkaCompanion != null) {
            kafkaCompanion.close();
        }
        if (cluster != null) {
            try {
                cluster.close();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
