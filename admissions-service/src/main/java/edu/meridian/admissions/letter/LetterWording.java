package edu.meridian.admissions.letter;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The text of the letter's two pages, Chinese first, as blocks the PDF sets one below the other. */
final class LetterWording {

    enum Style {
        title, subtitle, paragraph, signature
    }

    record Block(Style style, String text) {
    }

    private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter ENGLISH_MONTH = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.ENGLISH);

    private LetterWording() {
    }

    static List<Block> chinese(AdmissionLetter letter) {
        AdmissionLetter.Applicant applicant = letter.applicant();
        String addressee = applicant.chineseName()
                .map(name -> name + "（护照姓名：" + applicant.passportName() + "）")
                .orElse(applicant.passportName());
        return List.of(
                new Block(Style.title, "录取通知书"),
                new Block(Style.subtitle, letter.issuer().universityZh()),
                new Block(Style.paragraph, "尊敬的" + addressee + "："),
                new Block(Style.paragraph, "经审核，我校决定录取你为" + letter.programme().nameZh() + "专业学生，学制"
                        + durationZh(letter.programme().duration()) + "，" + monthZh(letter.intake()) + "入学。"),
                new Block(Style.paragraph, "学费：每学年人民币" + amount(letter.programme().tuitionPerYear()) + "元。"),
                new Block(Style.paragraph, "请于" + dateZh(letter.registrationFrom()) + "至"
                        + dateZh(letter.registrationUntil()) + "持本通知书、《外国留学人员来华签证申请表》（JW201或JW202表）"
                        + "及护照来校报到。"),
                new Block(Style.paragraph, "验证码：" + letter.code() + "。本通知书的真实性可在 "
                        + letter.verificationPage() + " 查验。"),
                new Block(Style.signature, letter.issuer().officeZh()),
                new Block(Style.signature, letter.issuer().universityZh()),
                new Block(Style.signature, dateZh(letter.issuedOn())));
    }

    static List<Block> english(AdmissionLetter letter) {
        return List.of(
                new Block(Style.title, "Admission Letter"),
                new Block(Style.subtitle, letter.issuer().universityEn()),
                new Block(Style.paragraph, "Dear " + letter.applicant().passportName() + ","),
                new Block(Style.paragraph, "We are pleased to inform you that you have been admitted to "
                        + letter.programme().nameEn() + " at " + letter.issuer().universityEn() + ", a programme of "
                        + durationEn(letter.programme().duration()) + " starting in "
                        + letter.intake().format(ENGLISH_MONTH) + "."),
                new Block(Style.paragraph, "Tuition: CNY " + amount(letter.programme().tuitionPerYear())
                        + " per academic year."),
                new Block(Style.paragraph, "Please register at the university between "
                        + letter.registrationFrom().format(ENGLISH_DATE) + " and "
                        + letter.registrationUntil().format(ENGLISH_DATE) + ", bringing this letter, your Visa"
                        + " Application Form for Study in China (JW201 or JW202) and your passport."),
                new Block(Style.paragraph, "Verification code: " + letter.code() + ". The authenticity of this letter"
                        + " can be checked at " + letter.verificationPage() + "."),
                new Block(Style.signature, letter.issuer().officeEn()),
                new Block(Style.signature, letter.issuer().universityEn()),
                new Block(Style.signature, letter.issuedOn().format(ENGLISH_DATE)));
    }

    static String amount(BigDecimal yuan) {
        DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(yuan);
    }

    static String durationEn(Period duration) {
        Period normalized = duration.normalized();
        List<String> parts = new ArrayList<>();
        if (normalized.getYears() > 0) {
            parts.add(normalized.getYears() + (normalized.getYears() == 1 ? " year" : " years"));
        }
        if (normalized.getMonths() > 0) {
            parts.add(normalized.getMonths() + (normalized.getMonths() == 1 ? " month" : " months"));
        }
        return String.join(" and ", parts);
    }

    static String durationZh(Period duration) {
        Period normalized = duration.normalized();
        return (normalized.getYears() > 0 ? normalized.getYears() + "年" : "")
                + (normalized.getMonths() > 0 ? normalized.getMonths() + "个月" : "");
    }

    private static String monthZh(YearMonth month) {
        return month.getYear() + "年" + month.getMonthValue() + "月";
    }

    private static String dateZh(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }
}
