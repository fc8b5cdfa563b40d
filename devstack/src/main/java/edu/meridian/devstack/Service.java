package edu.meridian.devstack;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A service as {@code devstack/services.properties} describes it: its port, its database, the environment it is
 * started with, the gateway's variable for its address and its demo folder. The launcher knows services only from
 * that file.
 *
 * @param env        variable → value, where {@code ${database.url}}, {@code ${database.user}},
 *                   {@code ${database.password}}, {@code ${kafka.bootstrap-servers}} and {@code ${oidc.realm-url}} stand
 *                   for what the launcher started (user = password = database name, demo only), and
 *                   {@code ${personal-data.keys}} for the local key that seals personal data
 * @param gatewayEnv the gateway's variable that gets {@code http://localhost:<port>}
 * @param demo       the folder under {@code devstack/demo} with its {@code manifest}, if it has demo data
 */
record Service(String name, int port, String database, Map<String, String> env, String gatewayEnv,
               Optional<String> demo) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([a-z.-]+)}");
    private static final Pattern PORT_KEY = Pattern.compile("([a-z0-9-]+)\\.port");

    /** The services of the file, in the order of their ports (the order their demo data is loaded in). */
    static List<Service> readAll(Path file) {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        List<Service> services = new ArrayList<>();
        for (String key : properties.stringPropertyNames()) {
            Matcher port = PORT_KEY.matcher(key);
            if (port.matches()) {
                services.add(of(port.group(1), properties, file));
            }
        }
        services.sort(Comparator.comparingInt(Service::port));
        return services;
    }

    private static Service of(String name, Properties properties, Path file) {
        Map<String, String> env = new TreeMap<>();
        String envPrefix = name + ".env.";
        for (String key : properties.stringPropertyNames()) {
            if (key.startsWith(envPrefix)) {
                env.put(key.substring(envPrefix.length()), properties.getProperty(key).trim());
            }
        }
        String port = required(name + ".port", properties, file);
        try {
            return new Service(name, Integer.parseInt(port), required(name + ".database", properties, file), env,
                    required(name + ".gateway-env", properties, file),
                    Optional.ofNullable(properties.getProperty(name + ".demo")).map(String::trim));
        } catch (NumberFormatException e) {
            throw new IllegalStateException(file + ": " + name + ".port is not a number: " + port);
        }
    }

    private static String required(String key, Properties properties, Path file) {
        String value = properties.getProperty(key, "").trim();
        if (value.isEmpty()) {
            throw new IllegalStateException(file + " has no " + key);
        }
        return value;
    }

    /** The service's environment, its placeholders replaced by the addresses of what the launcher started. */
    Map<String, String> environment(String jdbcUrl, String bootstrapServers, String realmUrl,
            String personalDataKeys) {
        return resolve(Map.of("database.url", jdbcUrl, "database.user", database, "database.password", database,
                "kafka.bootstrap-servers", bootstrapServers, "oidc.realm-url", realmUrl,
                "personal-data.keys", personalDataKeys));
    }

    private Map<String, String> resolve(Map<String, String> values) {
        Map<String, String> resolved = new LinkedHashMap<>();
        env.forEach((variable, template) -> {
            Matcher placeholder = PLACEHOLDER.matcher(template);
            StringBuilder value = new StringBuilder();
            while (placeholder.find()) {
                String replacement = values.get(placeholder.group(1));
                if (replacement == null) {
                    throw new IllegalStateException(name + ".env." + variable + " names ${" + placeholder.group(1)
                            + "}; the launcher knows " + String.join(", ", values.keySet().stream().sorted()
                            .map(known -> "${" + known + "}").toList()));
                }
                placeholder.appendReplacement(value, Matcher.quoteReplacement(replacement));
            }
            placeholder.appendTail(value);
            resolved.put(variable, value.toString());
        });
        return resolved;
    }

    String url() {
        return "http://localhost:" + port;
    }
}
