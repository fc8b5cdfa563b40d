package edu.meridian.partners.activity;

import java.util.List;
import java.util.UUID;

/** The exchange balance of one agreement; {@code unused} and {@code overUse} per line, and over its whole life. */
public record BalanceResponse(UUID agreementId, List<Line> lines, int unused, int overUse) {

    public record Line(String academicYear, String direction, String mobilityType, int offered, int used, int unused,
            int overUse) {
    }

    static BalanceResponse of(UUID agreementId, List<ExchangeBalance.Line> lines) {
        List<Line> shown = lines.stream().map(line -> new Line(line.year().toString(), line.direction().name(),
                line.mobilityType().name(), line.offered(), line.used(), line.unused(), line.overUse())).toList();
        return new BalanceResponse(agreementId, shown, shown.stream().mapToInt(Line::unused).sum(),
                shown.stream().mapToInt(Line::overUse).sum());
    }
}
