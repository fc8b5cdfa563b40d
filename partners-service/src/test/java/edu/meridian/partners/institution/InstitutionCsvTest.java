package edu.meridian.partners.institution;

import edu.meridian.testing.Callers;
import edu.meridian.testing.DemoCaller;
import edu.meridian.testing.Tokens;
import edu.meridian.web.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class InstitutionCsvTest {

    static final DemoCaller STAFF = Callers.WANG_FANG;
    static final DemoCaller ADMIN = Callers.ZHANG_WEI;
    static final DemoCaller FACULTY = Callers.LIU_QIANG;
    static final DemoCaller LEADERSHIP = Callers.CHEN_JIE;
    static final DemoCaller STUDENT = Callers.LIU_YANG;

    static final String HEADER = "name_zh,name_en,local_name,abbreviation,country,city,kind,ror_id,schac_code,"
            + "erasmus_code,website,tags,status,owner,active_agreements,nearest_expiry";
    static final String IMPORT = "/api/partners/institutions/import";
    static final String EXPORT = "/api/partners/institutions/export.csv";

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    // ---- export ----

    @Test
    void exportIsUtf8WithByteOrderMarkAndKeepsChineseNamesButNoContacts() {
        String s = suffix();
        register(STAFF.token(), """
                {"name": {"zh": "新加坡国立大学%1$s", "en": "Export University %1$s"}, "country": "SG", "kind": "university",
                 "city": "新加坡", "tags": ["nursing", "medicine"],
                 "contacts": [{"name": "Contact Person %1$s", "email": "contact@example.edu"}]}""".formatted(s));

        Response response = given().auth().oauth2(FACULTY.token()).queryParam("q", s).get(EXPORT);
        response.then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .contentType(containsString("charset=UTF-8"))
                .header("Content-Disposition", matchesPattern("attachment; filename=\"institutions-\\d{4}-\\d{2}-\\d{2}\\.csv\""));
        byte[] bytes = response.asByteArray();
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);

        assertThat(text).startsWith(HEADER + "\r\n");
        List<CSVRecord> records = parse(text);
        assertThat(records).hasSize(1);
        CSVRecord row = records.get(0);
        assertThat(row.get("name_zh")).isEqualTo("新加坡国立大学" + s);
        assertThat(row.get("city")).isEqualTo("新加坡");
        assertThat(row.get("tags")).isEqualTo("nursing;medicine");
        assertThat(row.get("status")).isEqualTo("prospective");
        // The owner is the office's to read (what each role reads: LeastDataTest).
        assertThat(row.get("owner")).isEmpty();
        assertThat(row.get("active_agreements")).isEqualTo("0");
        assertThat(row.get("nearest_expiry")).isEmpty();
        assertThat(text).doesNotContain("Contact Person").doesNotContain("contact@example.edu");
        // Decoded as anything but UTF-8, the Chinese name is lost: the bytes really are UTF-8.
        assertThat(new String(bytes, Charset.forName("GBK"))).doesNotContain("新加坡国立大学");
    }

    @Test
    void exportQuotesCommasQuotesAndLineBreaksAndDisarmsFormulas() {
        String s = suffix();
        register(STAFF.token(), """
                {"name": {"zh": "公式大学%1$s", "en": "Smith, \\"Jr.\\" College %1$s"}, "country": "GB", "kind": "university",
                 "localName": "Line one\\nLine two", "abbreviation": "=HYPERLINK(\\"http://x.example\\")",
                 "city": "-2+3", "tags": ["@risk", "plain"], "website": "https://smith.example.edu"}""".formatted(s));

        byte[] bytes = given().auth().oauth2(STAFF.token()).queryParam("q", s).get(EXPORT)
                .then().statusCode(200).extract().asByteArray();
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);

        assertThat(text).contains("\"Smith, \"\"Jr.\"\" College " + s + "\"");
        assertThat(text).contains("\"Line one\nLine two\"");
        assertThat(text).contains("\"'=HYPERLINK(\"\"http://x.example\"\")\"");
        assertThat(text).contains(",'-2+3,");
        assertThat(text).contains(",'@risk;plain,");
        assertThat(text).contains(",https://smith.example.edu,");
        assertThat(text).startsWith(HEADER + "\r\n").endsWith("\r\n");

        CSVRecord row = parse(text).get(0);
        assertThat(row.get("name_en")).isEqualTo("Smith, \"Jr.\" College " + s);
        assertThat(row.get("local_name")).isEqualTo("Line one\nLine two");
        assertThat(row.get("abbreviation")).isEqualTo("'=HYPERLINK(\"http://x.example\")");
    }

    @Test
    void exportAppliesTheListFiltersAndOrder() {
        String s = suffix();
        register(STAFF.token(), institution("Alpha Hospital " + s, "SG", "hospital"));
        register(STAFF.token(), institution("Beta University " + s, "JP", "university"));
        register(STAFF.token(), institution("Gamma University " + s, "SG", "university"));

        assertThat(exportedNames(Map.of("q", s))).containsExactly(
                "Alpha Hospital " + s, "Beta University " + s, "Gamma University " + s);
        assertThat(exportedNames(Map.of("q", s, "sort", "-name"))).containsExactly(
                "Gamma University " + s, "Beta University " + s, "Alpha Hospital " + s);
        assertThat(exportedNames(Map.of("q", s, "country", "SG"))).containsExactly(
                "Alpha Hospital " + s, "Gamma University " + s);
        assertThat(exportedNames(Map.of("q", s, "kind", "university", "country", "SG"))).containsExactly(
                "Gamma University " + s);
        assertThat(exportedNames(Map.of("q", s, "status", "active"))).isEmpty();

        given().auth().oauth2(STAFF.token()).queryParam("country", "sg").get(EXPORT)
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void exportStreamsEveryMatchAcrossInternalPages() {
        String s = suffix();
        int count = InstitutionExport.PAGE_SIZE + 7;
        String rows = IntStream.rangeClosed(1, count)
                .mapToObj(i -> "大学%d,Paged University %05d %s,,,DE,,university,,,,,,,,,".formatted(i, i, s))
                .collect(Collectors.joining("\r\n"));
        importCsv(STAFF.token(), "false", csv(HEADER + "\r\n" + rows)).then().statusCode(200).body("created", hasSize(count));

        List<String> names = exportedNames(Map.of("q", s));
        assertThat(names).hasSize(count).doesNotHaveDuplicates();
        assertThat(names.get(0)).isEqualTo("Paged University 00001 " + s);
        assertThat(names.get(count - 1)).isEqualTo("Paged University %05d %s".formatted(count, s));
    }

    // ---- import: checking ----

    @Test
    void dryRunReportsEveryBadRowWithItsLineAndWritesNothing() {
        String s = suffix();
        long before = total(null);
        byte[] file = csv(String.join("\r\n",
                HEADER,
                "好大学,Good University " + s + ",,,SG,,university,,,,,,,,,",                         // 2 valid
                ",No Chinese Name " + s + ",,,SG,,university,,,,,,,,,",                               // 3
                "国家,Bad Country " + s + ",,,XX,,university,,,,,,,,,",                                // 4
                "类型,Bad Kind " + s + ",,,SG,,college,,,,,,,,,",                                      // 5
                "多行,\"Two\nLines " + s + "\",,,SG,,hospital,,,,,,,,,",                               // 6-7 valid
                "标识,Bad Identifiers " + s + ",,,SG,,university,ror-1,,,ftp://x.example,,,,,",        // 8
                "状态,Bad Status " + s + ",,,SG,,university,,,,,,closed,,,",                           // 9
                "",                                                                                   // 10 blank
                "小写,Lower Country " + s + ",,,sg,,university,,,,,,,,,"));                            // 11

        Response response = importCsv(STAFF.token(), "true", file);
        response.then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:meridian:problem:import-invalid"))
                .body("dryRun", equalTo(true))
                .body("rows", equalTo(8))
                .body("valid", equalTo(2));
        assertThat(errorsOf(response)).containsExactly(
                "3 name_zh is required",
                "4 country is not a country or region of the reference list",
                "5 kind must be one of university, hospital, research_institute, government_body, association, company",
                "8 ror_id must be a ROR id such as 027m9bs27",
                "8 website must be an http(s) address",
                "9 status must be one of prospective, active, inactive",
                "11 country must be an ISO 3166-1 alpha-2 code such as SG");

        assertThat(total(s)).isZero();
        assertThat(total(null)).isEqualTo(before);
    }

    @Test
    void realImportWithOneBadRowWritesNoRowAtAll() {
        String s = suffix();
        long before = total(null);
        byte[] file = csv(String.join("\r\n", HEADER,
                "甲,First Fine " + s + ",,,SG,,university,,,,,,,,,",
                "乙,Second Fine " + s + ",,,SG,,university,,,,,,,,,",
                "丙,Third Fine " + s + ",,,SG,,university,,,,,,,,,",
                "丁,Fourth Broken " + s + ",,,SG,,,,,,,,,,,"));

        Response response = importCsv(ADMIN.token(), "false", file);
        response.then().statusCode(422).body("dryRun", equalTo(false)).body("rows", equalTo(4)).body("valid", equalTo(3));
        assertThat(errorsOf(response)).containsExactly("5 kind is required");
        assertThat(total(s)).isZero();
        assertThat(total(null)).isEqualTo(before);
    }

    @Test
    void reportsProbableDuplicatesWithinTheFileAndAgainstRegisteredInstitutions() {
        String s = suffix();
        String ror = rorId();
        String existing = register(STAFF.token(), """
                {"name": {"zh": "已有大学%1$s", "en": "The Existing University %1$s"}, "country": "FR",
                 "kind": "university", "rorId": "%2$s", "schacCode": "existing-%1$s.example.fr"}""".formatted(s, ror));

        byte[] file = csv(String.join("\r\n", HEADER,
                "重名,existing university " + s + ".,,,FR,,university,,,,,,,,,",                        // 2 same name
                "同ROR,Another Name " + s + ",,,FR,,university," + ror + ",,,,,,,,",                   // 3 same ROR
                "同SCHAC,Third Name " + s + ",,,FR,,university,,EXISTING-" + s + ".example.fr,,,,,,,", // 4 same SCHAC
                "新的,New Place " + s + ",,,FR,,university,,new-" + s + ".example.fr,,,,,,,",          // 5 fine alone
                "又新,NEW PLACE " + s + ",,,FR,,university,,New-" + s + ".example.fr,,,,,,,"));        // 6 repeats 5

        Response response = importCsv(STAFF.token(), "true", file);
        response.then().statusCode(422).body("rows", equalTo(5)).body("valid", equalTo(1));
        String duplicateOfExisting = "is a probable duplicate of the registered institution \"The Existing University "
                + s + "\" (" + existing + ")";
        assertThat(errorsOf(response)).containsExactly(
                "2 name_en " + duplicateOfExisting,
                "3 ror_id " + duplicateOfExisting,
                "4 schac_code " + duplicateOfExisting,
                "6 name_en is a probable duplicate of line 5 of this file",
                "6 schac_code is a probable duplicate of line 5 of this file");
        assertThat(total(s)).isEqualTo(1);
    }

    @Test
    void anExportReadBackIsRecognisedAsDuplicates() {
        String s = suffix();
        register(STAFF.token(), institution("Round Trip One " + s, "IT", "university"));
        register(STAFF.token(), institution("Round Trip Two " + s, "IT", "research_institute"));
        byte[] export = given().auth().oauth2(STAFF.token()).queryParam("q", s).get(EXPORT)
                .then().statusCode(200).extract().asByteArray();

        Response response = importCsv(STAFF.token(), "true", export);
        response.then().statusCode(422).body("rows", equalTo(2));
        assertThat(errorsOf(response)).hasSize(2).allMatch(error -> error.contains("name_en is a probable duplicate"));
    }

    @Test
    void refusesFilesThatAreNotReadableCsv() {
        String valid = "大学,Some University " + suffix() + ",,,SG,,university,,,,,,,,,";
        assertUnreadable(csv(HEADER + "\r\n" + "\"大学,Unclosed quote,,,SG,,university,,,,,,,,,\r\n"), "not valid CSV");
        assertUnreadable(csv(HEADER + "\r\n" + valid + "\r\n" + "大学,Too few,SG,university"),
                "Line 3 has 4 fields but the header has 16");
        assertUnreadable(csv("name_zh,name_en,country,kind,motto\r\n大学,Motto University,SG,university,Veritas"),
                "Unknown columns in line 1: motto");
        assertUnreadable(csv("name_zh,name_en,kind\r\n大学,No Country University,university"),
                "Required columns missing in line 1: country");
        assertUnreadable(csv("name_zh,name_en,country,kind,country\r\n大学,Twice,SG,university,SG"),
                "named more than once");
        assertUnreadable(new byte[0], "The file is empty");
        assertUnreadable(csv("\r\n  \r\n"), "The file is empty");
        assertUnreadable(csv(HEADER + "\r\n"), "no rows");
        assertUnreadable((HEADER + "\r\n大学,GBK University,,,SG,,university,,,,,,,,,").getBytes(Charset.forName("GBK")),
                "Line 2 is not UTF-8");
        assertUnreadable((HEADER + "\r\n" + valid).getBytes(StandardCharsets.UTF_16LE), "UTF-16");
        String tooMany = IntStream.rangeClosed(1, InstitutionImport.MAX_ROWS + 1)
                .mapToObj(i -> "大学,Row %d,,,SG,,university,,,,,,,,,".formatted(i)).collect(Collectors.joining("\r\n"));
        assertUnreadable(csv(HEADER + "\r\n" + tooMany), "more than 5000 rows");

        byte[] huge = new byte[InstitutionImport.MAX_BYTES + 1];
        Arrays.fill(huge, (byte) 'a');
        importCsv(STAFF.token(), "true", huge).then().statusCode(413).contentType("application/problem+json")
                .body("type", equalTo("urn:meridian:problem:too-large"));
    }

    @Test
    void dryRunMustBeSaidExplicitly() {
        byte[] file = csv(HEADER + "\r\n大学,Explicit University " + suffix() + ",,,SG,,university,,,,,,,,,");
        for (String value : new String[] {null, "yes", "TRUE"}) {
            RequestSpecification request = given().auth().oauth2(STAFF.token()).contentType("text/csv; charset=UTF-8").body(file);
            if (value != null) {
                request.queryParam("dryRun", value);
            }
            request.post(IMPORT).then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("dryRun"));
        }
    }

    // ---- import: writing ----

    @Test
    void validFileIsCheckedThenImportedAndEveryRowCanBeReadBack() {
        String s = suffix();
        String ror = rorId();
        byte[] file = withBom(csv(String.join("\r\n",
                // columns in another order, some left out, names in any case
                "Name_EN,name_zh,country,kind,status,owner,tags,ror_id,abbreviation,city",
                "\"Tokyo Medical, Dental University " + s + "\",东京医科齿科大学,JP,university,active,li.ming,\"nursing; dentistry ;\","
                        + ror + ",'-TMDU,东京",
                "Seoul Hospital " + s + ",首尔医院,KR,hospital,,,,,,",
                "  Nairobi Institute " + s + "  ,内罗毕研究所,KE,research_institute,inactive,,,,,")));

        importCsv(STAFF.token(), "true", file).then().statusCode(200)
                .body("dryRun", equalTo(true)).body("rows", equalTo(3)).body("valid", equalTo(3))
                .body("errors", empty()).body("created", empty());
        assertThat(total(s)).isZero();

        List<String> ids = importCsv(STAFF.token(), "false", file).then().statusCode(200)
                .body("dryRun", equalTo(false)).body("rows", equalTo(3)).body("valid", equalTo(3))
                .body("errors", empty())
                .extract().path("created");
        assertThat(ids).hasSize(3);
        assertThat(total(s)).isEqualTo(3);

        given().auth().oauth2(STAFF.token()).get("/api/partners/institutions/" + ids.get(0)).then().statusCode(200)
                .body("name.en", equalTo("Tokyo Medical, Dental University " + s))
                .body("name.zh", equalTo("东京医科齿科大学"))
                .body("status", equalTo("active"))
                .body("owner", equalTo("li.ming"))
                .body("tags", equalTo(List.of("nursing", "dentistry")))
                .body("rorId", equalTo(ror))
                .body("abbreviation", equalTo("-TMDU"))
                .body("city", equalTo("东京"));
        given().auth().oauth2(STAFF.token()).get("/api/partners/institutions/" + ids.get(1)).then().statusCode(200)
                .body("name.en", equalTo("Seoul Hospital " + s))
                .body("kind", equalTo("hospital"))
                .body("status", equalTo("prospective"))
                .body("owner", equalTo("wang.fang"));
        given().auth().oauth2(STAFF.token()).get("/api/partners/institutions/" + ids.get(2)).then().statusCode(200)
                .body("name.en", equalTo("Nairobi Institute " + s))
                .body("status", equalTo("inactive"));
        // Registered as through the API: each has its first revision and its registered event.
        for (String id : ids) {
            given().auth().oauth2(STAFF.token()).get("/api/partners/institutions/" + id + "/versions").then().statusCode(200)
                    .body("", hasSize(1));
        }
        try (ConsumerTask<String, String> events = kafka.consumeStrings()
                .withGroupId("institution-csv-test-" + s)
                .withProp(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest")
                .fromTopics(Set.of(InstitutionEvents.TOPIC), records -> records.select().where(r -> ids.contains(r.key())))) {
            events.awaitRecords(3, Duration.ofSeconds(30));
            assertThat(events.getRecords()).extracting(ConsumerRecord::key).containsExactlyInAnyOrderElementsOf(ids);
            assertThat(events.getRecords()).extracting(ConsumerRecord::value)
                    .allMatch(event -> event.contains("\"type\":\"" + InstitutionEvents.REGISTERED + "\""));
        }
        // The same file again is now all duplicates.
        importCsv(STAFF.token(), "false", file).then().statusCode(422);
        assertThat(total(s)).isEqualTo(3);
    }

    @Test
    void acceptsTheFileAsAMultipartUpload() {
        String s = suffix();
        byte[] file = csv(HEADER + "\r\n大学,Uploaded University " + s + ",,,SG,,university,,,,,,,,,");
        given().auth().oauth2(ADMIN.token()).queryParam("dryRun", "false")
                .multiPart("file", "register.csv", file, "text/csv")
                .post(IMPORT)
                .then().statusCode(200).body("created", hasSize(1));
        assertThat(total(s)).isEqualTo(1);
    }

    // ---- who may ----

    @Test
    void onlyOfficeStaffAndAdminsImportAndReadersExport() {
        String s = suffix();
        byte[] file = csv(HEADER + "\r\n大学,Forbidden University " + s + ",,,SG,,university,,,,,,,,,");
        importCsv(LEADERSHIP.token(), "false", file).then().statusCode(403).contentType("application/problem+json");
        importCsv(FACULTY.token(), "false", file).then().statusCode(403);
        given().contentType("text/csv; charset=UTF-8").body(file).queryParam("dryRun", "false").post(IMPORT)
                .then().statusCode(401);
        assertThat(total(s)).isZero();

        given().get(EXPORT).then().statusCode(401);
        given().auth().oauth2(STUDENT.token()).get(EXPORT).then().statusCode(403);
        given().auth().oauth2(LEADERSHIP.token()).queryParam("q", s).get(EXPORT).then().statusCode(200);
    }

    // ---- helpers ----

    static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** A ROR id of the form the API accepts, random enough not to meet another test's. */
    static String rorId() {
        String alphabet = "abcdefghjkmnpqrstvwxyz0123456789";
        StringBuilder id = new StringBuilder("0");
        for (int i = 0; i < 6; i++) {
            id.append(alphabet.charAt(ThreadLocalRandom.current().nextInt(alphabet.length())));
        }
        return id.append(ThreadLocalRandom.current().nextInt(10, 100)).toString();
    }

    static String institution(String nameEn, String country, String kind) {
        return """
                {"name": {"zh": "机构", "en": "%s"}, "country": "%s", "kind": "%s"}""".formatted(nameEn, country, kind);
    }

    static String register(String token, String json) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(json)
                .queryParam("confirmDuplicate", "true")
                .post("/api/partners/institutions")
                .then().statusCode(201).extract().path("id");
    }

    static long total(String q) {
        RequestSpecification request = given().auth().oauth2(STAFF.token()).queryParam("size", 1);
        if (q != null) {
            request.queryParam("q", q);
        }
        return ((Number) request.get("/api/partners/institutions").then().statusCode(200).extract().path("total"))
                .longValue();
    }

    static byte[] csv(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] withBom(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        out.writeBytes(bytes);
        return out.toByteArray();
    }

    static Response importCsv(String token, String dryRun, byte[] file) {
        return given().auth().oauth2(token).contentType("text/csv; charset=UTF-8").body(file)
                .queryParam("dryRun", dryRun).post(IMPORT);
    }

    /** The errors of an import as "line field message", in the order given. */
    static List<String> errorsOf(Response response) {
        List<Map<String, Object>> errors = response.then().extract().path("errors");
        return errors.stream().map(error -> error.get("line") + " " + error.get("field") + " " + error.get("message"))
                .toList();
    }

    static void assertUnreadable(byte[] file, String detail) {
        importCsv(STAFF.token(), "true", file).then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:meridian:problem:csv-unreadable"))
                .body("detail", containsString(detail));
    }

    List<String> exportedNames(Map<String, ?> query) {
        byte[] bytes = given().auth().oauth2(STAFF.token()).queryParams(query).get(EXPORT)
                .then().statusCode(200).extract().asByteArray();
        return parse(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8)).stream()
                .map(record -> record.get("name_en")).toList();
    }

    /** The data rows of an exported CSV, by column name. */
    static List<CSVRecord> parse(String text) {
        try (CSVParser parser = CSVParser.parse(text, CSVFormat.RFC4180.builder().setHeader().get())) {
            return parser.getRecords();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
