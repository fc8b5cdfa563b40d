package edu.meridian.persistence;

import edu.meridian.web.FieldErrorCode;
import edu.meridian.web.Problem;
import edu.meridian.web.ProblemException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SortTest {

    static final Map<String, String> FIELDS = Map.of("title", "lower(a.title_en)", "expiryDate", "a.expiry_date");

    @Test
    void fieldsBecomeTheirExpressionsInOrderDescendingWithAMinusAndTheTieBreakerLast() {
        assertThat(Sort.parse("-expiryDate, title", FIELDS).orderBy("a.id"))
                .isEqualTo(" order by a.expiry_date desc nulls last, lower(a.title_en) asc nulls last, a.id");
        assertThat(Sort.parse("title", FIELDS).orders())
                .containsExactly(new Sort.Order("lower(a.title_en)", false));
    }

    @Test
    void noSortOrdersByTheTieBreakerAlone() {
        assertThat(Sort.parse(null, FIELDS).orderBy("a.id")).isEqualTo(" order by a.id");
        assertThat(Sort.parse(" ", FIELDS).orderBy("a.id")).isEqualTo(" order by a.id");
    }

    @Test
    void aFieldOutsideTheAllowListIsABadSortParameter() {
        for (String sort : new String[]{"state", "--title", "title; drop table agreement", "a.expiry_date"}) {
            assertThatThrownBy(() -> Sort.parse(sort, FIELDS)).isInstanceOfSatisfying(ProblemException.class, e -> {
                assertThat(e.problem().status()).isEqualTo(400);
                assertThat(e.problem().errors()).containsExactly(
                        new Problem.FieldError("sort", FieldErrorCode.ONE_OF,
                                "must be one of expiryDate, title, optionally with - first",
                                Map.of("allowed", List.of("expiryDate", "title"))));
            });
        }
    }
}
