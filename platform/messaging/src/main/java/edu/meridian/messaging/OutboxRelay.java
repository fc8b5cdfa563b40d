package edu.meridian.messaging;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Publishes outbox rows to Kafka in id order (commit order per aggregate), one relay per database at a time.
 *
 * <p>Leadership is a PostgreSQL session advisory lock, keyed by {@code meridian.messaging.relay.lock-name} (the
 * application name), held on a connection of the relay's own outside the pool: when that replica dies or loses its
 * connection, the lock goes with it and a standby replica takes over. Fencing: a relay that has just taken the lock
 * waits {@code takeover-delay} before it publishes; a leader checks before each batch that its session still holds
 * the lock, and a batch sends for at most {@code send-timeout}, so an old leader that lost its lock unawares has
 * stopped before the new one starts.
 *
 * <p>A row is marked published only after Kafka acknowledged it ({@code acks=all}, idempotent producer); the first
 * failure in a batch ends the batch, and the rest are sent again after a back-off. Delivery is therefore at least
 * once; consumers use the {@link Inbox}.
 *
 * <p>A row Kafka refuses for a reason of its own (too large, invalid topic, not authorised) does not stall the
 * others: after {@code max-attempts} refusals it is parked with its error (see {@link OutboxParking}), and only the
 * later rows of its aggregate wait behind it, so that order per aggregate holds.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** One lock per service, so that services sharing a database (in separate schemas) each have a relay. */
    static final String LOCK_KEY_SQL = "hashtextextended('meridian-outbox-relay:' || ?, 0)";
    private static final Duration STANDBY_INTERVAL = Duration.ofSeconds(2);
    private static final Duration CLEANUP_INTERVAL = Duration.ofMinutes(10);

    private final UnpooledConnections connections;
    private final MessagingConfig config;
    private final Map<String, Object> kafkaConfig;

    private volatile boolean running;
    private volatile long lastProgress = System.nanoTime();
    private long leadingSince;
    private Thread worker;
    private Connection connection;
    private KafkaProducer<String, String> producer;
    private Duration backoff = Duration.ZERO;
    private long lastCleanup;
    private boolean outage;

    OutboxRelay(UnpooledConnections connections, MessagingConfig config,
            @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig) {
        this.connections = connections;
        this.config = config;
        this.kafkaConfig = kafkaConfig;
    }

    void onStart(@Observes StartupEvent event) {
        Duration fenced = config.relay().sendTimeout().multipliedBy(3);
        if (config.relay().takeoverDelay().compareTo(fenced) <= 0) {
            throw new IllegalStateException("meridian.messaging.relay.takeover-delay must be longer than three times "
                    + "meridian.messaging.relay.send-timeout (" + fenced + "), so a relay that lost its lock unawares "
                    + "has stopped sending before another one starts");
        }
        if (config.relay().enabled()) {
            start();
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        stop();
    }

    /** Starts relaying on a thread of its own; the thread competes for leadership with the other replicas. */
    public synchronized void start() {
        if (worker != null) {
            return;
        }
        running = true;
        lastProgress = System.nanoTime();
        worker = new Thread(this::run, "outbox-relay");
        worker.setDaemon(true);
        worker.start();
    }

    /** Stops relaying and gives up leadership. */
    public synchronized void stop() {
        running = false;
        if (worker != null) {
            worker.interrupt();
            try {
                worker.join(TimeUnit.SECONDS.toMillis(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            worker = null;
        }
    }

    /** True while the relay thread runs (it ends only when the relay is stopped). */
    public boolean isRunning() {
        Thread thread = worker;
        return thread != null && thread.isAlive();
    }

    /** True while this instance holds the relay lock. */
    public boolean isLeader() {
        return connection != null;
    }

    /**
     * Time since the relay last did what it is there for: published rows, found none waiting, or confirmed that
     * another replica leads. Grows while rows wait and cannot be published.
     */
    public Duration sinceProgress() {
        return Duration.ofNanos(System.nanoTime() - lastProgress);
    }

    private void run() {
        try {
            while (running) {
                Duration pause = cycle();
                if (!pause.isZero()) {
                    Thread.sleep(pause.toMillis());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            boolean interrupted = Thread.interrupted();
            closeProducer();
            closeConnection();
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** One round of work; returns how long to wait before the next. */
    Duration cycle() {
        try {
            if (!lead()) {
                lastProgress = System.nanoTime();
                return STANDBY_INTERVAL;
            }
            Duration untilTakeover = config.relay().takeoverDelay().minusNanos(System.nanoTime() - leadingSince);
            if (untilTakeover.compareTo(Duration.ZERO) > 0) {
                lastProgress = System.nanoTime();
                return untilTakeover.compareTo(config.relay().pollInterval()) < 0 ? untilTakeover : config.relay().pollInterval();
            }
            if (!stillHoldsTheLock()) {
                LOG.warn("Outbox relay lost its lock; it stops publishing and stands by");
                closeConnection();
                return STANDBY_INTERVAL;
            }
            int published = publishBatch();
            cleanUpNowAndThen();
            lastProgress = System.nanoTime();
            backoff = Duration.ZERO;
            if (outage) {
                LOG.info("Outbox relay is publishing again");
                outage = false;
            }
            return published == config.relay().batchSize() ? Duration.ZERO : config.relay().pollInterval();
        } catch (SQLException e) {
            closeConnection();
            return backOff("PostgreSQL", e);
        } catch (PublishFailure e) {
            closeProducer();
            return backOff("Kafka", e.getCause());
        } catch (RuntimeException e) {
            // E.g. the producer cannot be created (bad settings, unresolvable address): try a new one after a pause.
            if (!outage) {
                LOG.error("Outbox relay failed unexpectedly", e);
            }
            closeProducer();
            return backOff("Kafka or PostgreSQL", e);
        }
    }

    private boolean lead() throws SQLException {
        if (connection != null) {
            return true;
        }
        Connection candidate = connections.open();
        try (PreparedStatement statement = candidate.prepareStatement("select pg_try_advisory_lock(" + LOCK_KEY_SQL + ")")) {
            statement.setString(1, config.relay().lockName());
            ResultSet result = statement.executeQuery();
            result.next();
            if (result.getBoolean(1)) {
                // A lock check or an update on a connection that hangs must not outlast the send budget.
                candidate.setNetworkTimeout(Runnable::run, (int) config.relay().sendTimeout().toMillis());
                connection = candidate;
                leadingSince = System.nanoTime();
                LOG.infof("Outbox relay holds the lock; it publishes after the takeover delay of %s",
                        config.relay().takeoverDelay());
                return true;
            }
        } catch (SQLException e) {
            candidate.close();
            throw e;
        }
        candidate.close();
        return false;
    }

    /**
     * The session can be gone or replaced (a pooler, a failover) while the connection still answers; another relay
     * may then lead already.
     */
    private boolean stillHoldsTheLock() throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("""
                select exists (select 1 from pg_locks
                                where locktype = 'advisory' and granted and pid = pg_backend_pid() and objsubid = 1
                                  and ((classid::bigint << 32) | objid::bigint) = %s)""".formatted(LOCK_KEY_SQL))) {
            query.setString(1, config.relay().lockName());
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getBoolean(1);
            }
        }
    }

    /** Sends at most for {@code send-timeout}, so that a relay that lost its lock stops before another starts. */
    private int publishBatch() throws SQLException, PublishFailure {
        List<Row> rows = unpublished();
        if (rows.isEmpty()) {
            return 0;
        }
        long deadline = System.nanoTime() + config.relay().sendTimeout().toNanos();
        KafkaProducer<String, String> kafka = producer();
        Map<Row, Future<RecordMetadata>> sent = new LinkedHashMap<>();
        Set<String> held = new HashSet<>();
        try {
            for (Row row : rows) {
                if (System.nanoTime() > deadline) {
                    break;
                }
                if (held.contains(row.aggregate())) {
                    continue;
                }
                ProducerRecord<String, String> record = new ProducerRecord<>(row.topic, row.key, row.payload);
                record.headers().add("content-type", CloudEvent.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
                Future<RecordMetadata> future = kafka.send(record);
                if (failedAlready(future)) {
                    // Refused before it left (too large, invalid topic): later rows of its aggregate must not pass it.
                    held.add(row.aggregate());
                }
                sent.put(row, future);
            }
        } catch (RuntimeException e) {
            throw new PublishFailure(e);
        }
        List<Long> acknowledged = new ArrayList<>(rows.size());
        Map<Row, Throwable> refused = new LinkedHashMap<>();
        PublishFailure failure = null;
        for (Map.Entry<Row, Future<RecordMetadata>> entry : sent.entrySet()) {
            try {
                entry.getValue().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                acknowledged.add(entry.getKey().id);
            } catch (TimeoutException e) {
                failure = new PublishFailure(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failure = new PublishFailure(e);
            } catch (ExecutionException e) {
                if (isRefusalOfTheRecord(e.getCause())) {
                    refused.put(entry.getKey(), e.getCause());
                } else {
                    failure = new PublishFailure(e.getCause());
                }
            }
            if (failure != null) {
                break;
            }
        }
        markPublished(acknowledged);
        recordRefusals(refused);
        if (failure != null) {
            throw failure;
        }
        return sent.size();
    }

    /** Kafka refuses this record itself, and will on every attempt; anything else counts as Kafka being away. */
    private static boolean isRefusalOfTheRecord(Throwable cause) {
        return cause instanceof RecordTooLargeException || cause instanceof RecordBatchTooLargeException
                || cause instanceof InvalidTopicException || cause instanceof InvalidRecordException
                || cause instanceof TopicAuthorizationException || cause instanceof SerializationException;
    }

    private static boolean failedAlready(Future<RecordMetadata> future) {
        if (!future.isDone()) {
            return false;
        }
        try {
            future.get();
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        } catch (ExecutionException e) {
            return true;
        }
    }

    /** Counts the attempt; a row refused {@code max-attempts} times is parked, and its aggregate waits behind it. */
    private void recordRefusals(Map<Row, Throwable> refused) throws SQLException {
        if (refused.isEmpty()) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement("""
                update outbox_message set attempts = attempts + 1, last_error = ?,
                       parked_at = case when attempts + 1 >= ? then now() end
                 where id = ? returning attempts, parked_at is not null""")) {
            for (Map.Entry<Row, Throwable> entry : refused.entrySet()) {
                Row row = entry.getKey();
                update.setString(1, entry.getValue().toString());
                update.setInt(2, config.relay().maxAttempts());
                update.setLong(3, row.id);
                try (ResultSet result = update.executeQuery()) {
                    result.next();
                    if (result.getBoolean(2)) {
                        LOG.errorf("Outbox row %d (topic %s, key %s) is parked after %d attempts: %s; later events of "
                                + "this aggregate wait behind it", row.id, row.topic, row.key, result.getInt(1), entry.getValue());
                    } else {
                        LOG.warnf("Kafka refused outbox row %d (topic %s, key %s), attempt %d: %s", row.id, row.topic,
                                row.key, result.getInt(1), entry.getValue());
                    }
                }
            }
        }
    }

    /** The next rows in id order, except parked rows and the rows of their aggregates that came after them. */
    private List<Row> unpublished() throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("""
                select id, topic, record_key, payload from outbox_message waiting
                 where published_at is null and parked_at is null
                   and not exists (select 1 from outbox_message parked
                                    where parked.parked_at is not null and parked.published_at is null
                                      and parked.topic = waiting.topic and parked.record_key = waiting.record_key
                                      and parked.id < waiting.id)
                 order by id limit ?""")) {
            query.setInt(1, config.relay().batchSize());
            try (ResultSet result = query.executeQuery()) {
                List<Row> rows = new ArrayList<>();
                while (result.next()) {
                    rows.add(new Row(result.getLong(1), result.getString(2), result.getString(3), result.getString(4)));
                }
                return rows;
            }
        }
    }

    private void markPublished(List<Long> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement(
                "update outbox_message set published_at = now() where id = any(?)")) {
            Array array = connection.createArrayOf("bigint", ids.toArray());
            update.setArray(1, array);
            update.executeUpdate();
        }
    }

    /** On a connection of its own: a long delete must not run into the lock connection's timeout. */
    private void cleanUpNowAndThen() {
        long now = System.currentTimeMillis();
        if (now - lastCleanup < CLEANUP_INTERVAL.toMillis()) {
            return;
        }
        lastCleanup = now;
        try (Connection cleanup = connections.open();
             PreparedStatement delete = cleanup.prepareStatement(
                     "delete from outbox_message where published_at < now() - make_interval(secs => ?)")) {
            delete.setLong(1, config.relay().retention().toSeconds());
            delete.executeUpdate();
        } catch (SQLException e) {
            LOG.warnf("Outbox relay could not delete published rows past their retention: %s", e.toString());
        }
    }

    private KafkaProducer<String, String> producer() {
        if (producer == null) {
            Map<String, Object> settings = new HashMap<>(kafkaConfig);
            settings.put(ProducerConfig.ACKS_CONFIG, "all");
            settings.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
            settings.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
            settings.put(ProducerConfig.LINGER_MS_CONFIG, 5);
            int budget = (int) config.relay().sendTimeout().toMillis();
            settings.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, budget / 3);
            settings.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, budget * 2 / 3);
            settings.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, budget);
            settings.put(ProducerConfig.CLIENT_ID_CONFIG, config.source().replace("/", "") + "-outbox-relay");
            settings.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            settings.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            producer = new KafkaProducer<>(settings);
        }
        return producer;
    }

    private Duration backOff(String component, Throwable cause) {
        if (!outage) {
            LOG.warnf("Outbox relay cannot reach %s (%s); retrying with back-off", component, cause.toString());
            outage = true;
        }
        Duration doubled = backoff.isZero() ? Duration.ofMillis(250) : backoff.multipliedBy(2);
        backoff = doubled.compareTo(config.relay().maxBackoff()) > 0 ? config.relay().maxBackoff() : doubled;
        return backoff;
    }

    private void closeProducer() {
        if (producer != null) {
            producer.close(Duration.ZERO);
            producer = null;
        }
    }

    private void closeConnection() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // The connection is gone already; so is the lock.
            }
            connection = null;
        }
    }

    private record Row(long id, String topic, String key, String payload) {
        String aggregate() {
            return topic + "\u0000" + key;
        }
    }

    private static final class PublishFailure extends Exception {
        PublishFailure(Throwable cause) {
            super(cause);
        }
    }
}
