package edu.meridian.admissions.letter;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/**
 * The code printed on an admission letter, by which anyone holding the letter can check it is real: fifteen random
 * symbols (about 74 bits, from a strong random source) and a check symbol, written in groups of four, e.g.
 * {@code 7K3Q-M9XD-2FHT-WB8R}. The 31 symbols are digits and upper-case letters without I, L, O, U and Z, so the code
 * is safe in a URL and cannot be misread; a mistyped symbol or two swapped symbols never pass the check, because the
 * check is a weighted sum modulo the prime 31 with a different weight for every position.
 */
public record VerificationCode(String value) {

    static final String SYMBOLS = "0123456789ABCDEFGHJKMNPQRSTVWXY";
    private static final int RANDOM_SYMBOLS = 15;
    private static final int LENGTH = RANDOM_SYMBOLS + 1;
    private static final int GROUP = 4;
    private static final RandomGenerator STRONG = new SecureRandom();

    private static final Pattern WRITTEN = Pattern.compile("[" + SYMBOLS + "]{4}(-[" + SYMBOLS + "]{4}){3}");

    public VerificationCode {
        if (value == null || !WRITTEN.matcher(value).matches() || !passesCheck(value.replace("-", ""))) {
            throw new IllegalArgumentException("Not a verification code in its written form");
        }
    }

    public static VerificationCode generate() {
        return generate(STRONG);
    }

    public static VerificationCode generate(RandomGenerator random) {
        StringBuilder symbols = new StringBuilder(LENGTH);
        for (int i = 0; i < RANDOM_SYMBOLS; i++) {
            symbols.append(SYMBOLS.charAt(random.nextInt(SYMBOLS.length())));
        }
        symbols.append(SYMBOLS.charAt(checkValue(symbols)));
        return new VerificationCode(grouped(symbols));
    }

    /**
     * The code someone typed, forgiving case, spaces and hyphens anywhere, and O for 0 and I or L for 1; empty when it
     * has the wrong length, a symbol that is not one, or fails the check.
     */
    public static Optional<VerificationCode> parse(String typed) {
        if (typed == null || typed.length() > 2 * LENGTH) {
            return Optional.empty();
        }
        StringBuilder symbols = new StringBuilder(LENGTH);
        for (char c : typed.toUpperCase(Locale.ROOT).toCharArray()) {
            if (c == '-' || c == ' ') {
                continue;
            }
            char symbol = switch (c) {
                case 'O' -> '0';
                case 'I', 'L' -> '1';
                default -> c;
            };
            if (SYMBOLS.indexOf(symbol) < 0) {
                return Optional.empty();
            }
            symbols.append(symbol);
        }
        if (symbols.length() != LENGTH || !passesCheck(symbols)) {
            return Optional.empty();
        }
        return Optional.of(new VerificationCode(grouped(symbols)));
    }

    /** The symbols without hyphens, as a URL path segment. */
    public String compact() {
        return value.replace("-", "");
    }

    @Override
    public String toString() {
        return value;
    }

    private static int checkValue(CharSequence randomSymbols) {
        int weightOfCheck = LENGTH;
        int modulus = SYMBOLS.length();
        int missing = (modulus - weightedSum(randomSymbols) % modulus) % modulus;
        return missing * inverse(weightOfCheck, modulus) % modulus;
    }

    private static boolean passesCheck(CharSequence symbols) {
        return weightedSum(symbols) % SYMBOLS.length() == 0;
    }

    private static int weightedSum(CharSequence symbols) {
        int sum = 0;
        for (int i = 0; i < symbols.length(); i++) {
            sum += (i + 1) * SYMBOLS.indexOf(symbols.charAt(i));
        }
        return sum;
    }

    private static int inverse(int value, int primeModulus) {
        for (int candidate = 1; candidate < primeModulus; candidate++) {
            if (value * candidate % primeModulus == 1) {
                return candidate;
            }
        }
        throw new ArithmeticException(value + " has no inverse modulo " + primeModulus);
    }

    private static String grouped(CharSequence symbols) {
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < symbols.length(); i++) {
            if (i > 0 && i % GROUP == 0) {
                grouped.append('-');
            }
            grouped.append(symbols.charAt(i));
        }
        return grouped.toString();
    }
}
