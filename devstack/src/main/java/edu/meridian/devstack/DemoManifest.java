package edu.meridian.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What a service's demo folder holds, from its {@code manifest}: one line per JSON file, in the order they are loaded.
 *
 * <pre>
 * # comment
 * &lt;file&gt;  &lt;API path it is POSTed to&gt;  key=&lt;field&gt;  [ref=&lt;name&gt;]  [state=&lt;field&gt;]  [await=&lt;seconds&gt;]  [id=&lt;field&gt;]
 * </pre>
 *
 * @param folder the demo folder
 * @param entries the lines, in order
 */
record DemoManifest(Path folder, List<Entry> entries) {

    /**
     * One line: a JSON file of the folder (an array of records) and how its records are loaded.
     *
     * @param file  the JSON file in the folder
     * @param path  the API path its records are POSTed to (through the gateway); a {@code {$field}} in it is the id
     *              that each record's {@code "$field": "@<ref>:…"} refers to (records that belong to another record)
     * @param key   the field that finds a record again, so that a second load creates nothing twice; a dotted path
     *              such as {@code name.en} reads into an object
     * @param ref   if present, later records write {@code "@<ref>:<key value>"} for the id of one of these
     * @param state if present, the field with the record's state; a record's {@code $transitions} are then POSTed to
     *              {@code <path>/{id}/transitions}
     * @param await if present, its records refer to what the service learns from another service's events (a
     *              partner of partners-service, say), which may not have arrived yet: a record the API refuses with
     *              400 is sent again, once a second, for up to this long
     * @param id    the field of a record (as the API answers it) that names it in its path and in references:
     *              {@code id} unless the line says otherwise (a reviewer's assignment is addressed by its
     *              {@code applicationId})
     */
    record Entry(String file, String path, String key, Optional<String> ref, Optional<String> state,
            Optional<Duration> await, String id) {

        Entry(String file, String path, String key, Optional<String> ref, Optional<String> state) {
            this(file, path, key, ref, state, Optional.empty(), "id");
        }
    }

    static DemoManifest read(Path folder) {
        Path manifest = folder.resolve("manifest");
        List<String> lines;
        try {
            lines = Files.readAllLines(manifest);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the demo manifest " + manifest, e);
        }
        List<Entry> entries = new ArrayList<>();
        for (int number = 1; number <= lines.size(); number++) {
            String line = lines.get(number - 1).strip();
            if (!line.isEmpty() && !line.startsWith("#")) {
                entries.add(entry(line, manifest + ":" + number));
            }
        }
        return new DemoManifest(folder, entries);
    }

    private static Entry entry(String line, String where) {
        String[] words = line.split("\\s+");
        if (words.length < 3 || !words[1].startsWith("/")) {
            throw new IllegalStateException(where + ": expected <file> </api/path> key=<field> [ref=<name>] "
                    + "[state=<field>] [await=<seconds>] [id=<field>], got: " + line);
        }
        Map<String, String> options = new TreeMap<>();
        for (int i = 2; i < words.length; i++) {
            String[] option = words[i].split("=", 2);
            if (option.length != 2 || option[1].isEmpty() || !List.of("key", "ref", "state", "await", "id").contains(option[0])) {
                throw new IllegalStateException(where + ": unknown option " + words[i] + " (key=, ref=, state=, await=, id=)");
            }
            options.put(option[0], option[1]);
        }
        if (!options.containsKey("key")) {
            throw new IllegalStateException(where + ": no key=<field> that finds a record again");
        }
        return new Entry(words[0], words[1], options.get("key"), Optional.ofNullable(options.get("ref")),
                Optional.ofNullable(options.get("state")), await(options.get("await"), where),
                options.getOrDefault("id", "id"));
    }

    private static Optional<Duration> await(String seconds, String where) {
        if (seconds == null) {
            return Optional.empty();
        }
        if (!seconds.matches("[1-9][0-9]{0,3}")) {
            throw new IllegalStateException(where + ": await=<seconds> takes 1 to 9999 seconds, not " + seconds);
        }
        return Optional.of(Duration.ofSeconds(Long.parseLong(seconds)));
    }
}
