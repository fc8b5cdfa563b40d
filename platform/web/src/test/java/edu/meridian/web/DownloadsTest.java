package edu.meridian.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DownloadsTest {

    @Test
    void theFileNameIsSentAsAsciiFallbackAndExactlyInUtf8() {
        assertThat(Downloads.contentDisposition("mou-signed.pdf"))
                .isEqualTo("attachment; filename=\"mou-signed.pdf\"; filename*=UTF-8''mou-signed.pdf");
        assertThat(Downloads.contentDisposition("合作协议 \"v2\".pdf"))
                .isEqualTo("attachment; filename=\"____ _v2_.pdf\"; filename*=UTF-8''"
                        + "%E5%90%88%E4%BD%9C%E5%8D%8F%E8%AE%AE%20%22v2%22.pdf");
    }
}
