package edu.meridian.admissions.letter;

import org.junit.jupiter.api.Test;

import java.util.function.ToDoubleFunction;

import static org.assertj.core.api.Assertions.assertThat;

/** A measure where a Latin character is 1 wide and a Chinese one 2. */
class LineBreakerTest {

    private static final ToDoubleFunction<String> WIDTH = text -> text.codePoints()
            .mapToDouble(c -> ChineseCharacters.isChinese(c) ? 2 : 1).sum();

    @Test
    void englishBreaksAtSpaces() {
        assertThat(LineBreaker.lines("We are pleased to inform you", 12, WIDTH))
                .containsExactly("We are", "pleased to", "inform you");
    }

    @Test
    void chineseBreaksBetweenCharactersButNotBeforeClosingPunctuation() {
        assertThat(LineBreaker.lines("经审核，我校决定录取你", 8, WIDTH)).containsExactly("经审核，", "我校决定", "录取你");
        assertThat(LineBreaker.lines("录取你为临床医学，学制六年", 8, WIDTH))
                .as("学， is 4 wide and does not fit after 临床医").containsExactly("录取你为", "临床医", "学，学制", "六年");
    }

    @Test
    void anOpeningBracketStaysWithWhatFollows() {
        assertThat(LineBreaker.lines("申请表（JW202表）", 8, WIDTH)).containsExactly("申请表", "（JW202", "表）");
    }

    @Test
    void latinWordsInsideChineseStayWhole() {
        assertThat(LineBreaker.lines("验证码：ABCD-EFGH。", 11, WIDTH)).containsExactly("验证码：", "ABCD-EFGH。");
    }

    @Test
    void aWordLongerThanTheLineIsCut() {
        assertThat(LineBreaker.lines("see https://example.edu/verify/ABCD", 10, WIDTH))
                .containsExactly("see", "https://ex", "ample.edu/", "verify/ABC", "D");
    }

    @Test
    void aShortParagraphIsOneLine() {
        assertThat(LineBreaker.lines("Dear Maria,", 40, WIDTH)).containsExactly("Dear Maria,");
    }
}
