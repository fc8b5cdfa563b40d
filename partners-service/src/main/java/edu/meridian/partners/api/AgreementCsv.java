package edu.meridian.partners.api;

import edu.meridian.partners.Agreement;
import edu.meridian.partners.Institution;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The agreements register as CSV that Excel opens correctly with Chinese text: UTF-8 with a byte-order mark,
 * RFC 4180 quoting, CRLF line ends, and no cell that a spreadsheet would run as a formula.
 * (A small private writer; institutions have their own in another branch, to be unified.)
 */
final class AgreementCsv {

    static final String MEDIA_TYPE = "text/csv; charset=UTF-8";
    private static final String BOM = "\uFEFF";
    private static final List<String> HEADER = List.of("referenceCode", "kind", "titleZh", "titleEn", "state",
            "partnersZh", "partnersEn", "signingUnit", "effectiveDate", "expiryDate", "autoRenewal", "owner",
            "predecessorId", "updatedAt");

    private AgreementCsv() {
    }

    static byte[] write(List<Agreement> agreements, Map<UUID, Institution> institutions) {
        StringBuilder csv = new StringBuilder(BOM);
        line(csv, HEADER);
        for (Agreement agreement : agreements) {
            line(csv, List.of(
                    text(agreement.referenceCode),
                    text(agreement.kind),
                    text(agreement.titleZh),
                    text(agreement.titleEn),
                    text(agreement.state),
                    partners(agreement, institutions, true),
                    partners(agreement, institutions, false),
                    text(agreement.signingUnit),
                    text(agreement.effectiveDate),
                    text(agreement.expiryDate),
                    String.valueOf(agreement.autoRenewal),
                    text(agreement.owner),
                    text(agreement.predecessorId),
                    text(agreement.updatedAt)));
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String partners(Agreement agreement, Map<UUID, Institution> institutions, boolean chinese) {
        return agreement.partnerIds.stream()
                .map(institutions::get)
                .filter(Objects::nonNull)
                .map(institution -> chinese ? institution.nameZh : institution.nameEn)
                .collect(Collectors.joining("; "));
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static void line(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(cell(cells.get(i)));
        }
        csv.append("\r\n");
    }

    /** A cell that starts like a formula gets a leading apostrophe; one with a separator, quote or line end is quoted. */
    static String cell(String value) {
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0 || safe.indexOf('\r') >= 0) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }
}
