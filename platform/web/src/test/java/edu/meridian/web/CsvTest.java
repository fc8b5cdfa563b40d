package edu.meridian.web;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvTest {

    @Test
    void writesAByteOrderMarkTheHeaderAndRfc4180Rows() throws IOException {
        byte[] file = write(List.of("name", "note"), rows -> {
            rows.add(List.of("Universität, Wien", "say \"hi\""));
            rows.add(Arrays.asList("two\nlines", null));
        });

        assertThat(Arrays.copyOf(file, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(file, 3, file.length - 3, StandardCharsets.UTF_8)).isEqualTo(
                "name,note\r\n\"Universität, Wien\",\"say \"\"hi\"\"\"\r\n\"two\nlines\",\r\n");
    }

    @Test
    void textThatASpreadsheetWouldRunIsWrittenWithAnApostropheAndReadBackWithout() throws IOException {
        byte[] file = write(List.of("a", "b", "c", "d"), rows -> rows.add(List.of("=1+2", "@SUM(A1)", -5, LocalDate.of(2026, 3, 2))));

        assertThat(new String(file, StandardCharsets.UTF_8)).endsWith("'=1+2,'@SUM(A1),-5,2026-03-02\r\n");
        assertThat(Csv.unguard("'=1+2")).isEqualTo("=1+2");
        assertThat(Csv.unguard("'tis")).isEqualTo("'tis");
        assertThat(Csv.guard("-")).isEqualTo("'-");
        assertThat(Csv.guard("plain")).isEqualTo("plain");
    }

    @Test
    void decodesUtf8WithOrWithoutByteOrderMarkAndRefusesOtherEncodingsNamingTheLine() {
        assertThat(Csv.decode(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a'})).isEqualTo("a");
        assertThat(Csv.decode("大学".getBytes(StandardCharsets.UTF_8))).isEqualTo("大学");

        assertThatThrownBy(() -> Csv.decode("a\r\nb\n大学".getBytes(Charset.forName("GBK"))))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.problem().status()).isEqualTo(400);
                    assertThat(e.problem().type()).isEqualTo("urn:meridian:problem:csv-unreadable");
                    assertThat(e.problem().detail()).startsWith("Line 3 is not UTF-8");
                });
        assertThatThrownBy(() -> Csv.decode("ab".getBytes(StandardCharsets.UTF_16LE)))
                .isInstanceOfSatisfying(ProblemException.class,
                        e -> assertThat(e.problem().detail()).contains("NUL characters"));
    }

    @Test
    void linesAreCountedFromOneWithCrlfLfAndCrEndings() {
        Csv.Lines lines = new Csv.Lines("a\r\nb\nc\rd");

        assertThat(lines.of(0)).isEqualTo(1);
        assertThat(lines.of(3)).isEqualTo(2);
        assertThat(lines.of(5)).isEqualTo(3);
        assertThat(lines.of(7)).isEqualTo(4);
    }

    static byte[] write(List<String> header, Csv.Body body) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Csv.write(out, header, body);
        return out.toByteArray();
    }
}
