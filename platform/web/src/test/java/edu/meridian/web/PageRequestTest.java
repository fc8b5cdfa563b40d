package edu.meridian.web;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PageRequestTest {

    @Test
    void aPageStartsAfterThePagesBeforeIt() {
        PageRequest request = new PageRequest(PageRequest.MAX_PAGE, PageRequest.MAX_SIZE);

        assertThat(request.offset()).isEqualTo(20_000_000L);
        assertThat(new PageRequest(2, 20).of(List.of("x"), 41)).isEqualTo(new Page<>(List.of("x"), 41, 2, 20));
    }

    @Test
    void pagesAndSizesOutsideTheBoundsDoNotExist() {
        assertThatIllegalArgumentException().isThrownBy(() -> new PageRequest(-1, 20));
        assertThatIllegalArgumentException().isThrownBy(() -> new PageRequest(PageRequest.MAX_PAGE + 1, 20));
        assertThatIllegalArgumentException().isThrownBy(() -> new PageRequest(0, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> new PageRequest(0, PageRequest.MAX_SIZE + 1));
    }
}
