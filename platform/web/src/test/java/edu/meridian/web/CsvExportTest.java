package edu.meridian.web;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class CsvExportTest {

    @Test
    void readsPageAfterPageUntilOneIsShort() throws IOException {
        List<Integer> pagesRead = new ArrayList<>();
        byte[] file = CsvTest.write(List.of("n"), rows -> CsvExport.writePages(rows, (page, size) -> {
            pagesRead.add(page);
            return IntStream.range(page * size, Math.min(page * size + size, 7)).mapToObj(n -> List.of(n)).toList();
        }, 3));

        assertThat(pagesRead).containsExactly(0, 1, 2);
        assertThat(new String(file, StandardCharsets.UTF_8).lines().skip(1).toList())
                .containsExactly("0", "1", "2", "3", "4", "5", "6");
    }

    @Test
    void aFullLastPageIsFollowedByOneEmptyRead() throws IOException {
        List<Integer> pagesRead = new ArrayList<>();
        CsvTest.write(List.of("n"), rows -> CsvExport.writePages(rows, (page, size) -> {
            pagesRead.add(page);
            return page < 2 ? List.of(List.of(1), List.of(2)) : List.of();
        }, 2));

        assertThat(pagesRead).containsExactly(0, 1, 2);
    }
}
