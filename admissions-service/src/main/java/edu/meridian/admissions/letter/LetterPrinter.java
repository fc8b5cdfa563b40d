package edu.meridian.admissions.letter;

import edu.meridian.admissions.AdmissionsConfig;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;

/**
 * The fonts, found once when the first letter is printed (a configured path, else Debian's), and the PDF they are set
 * in; a missing font fails that letter with the package to install, not the start of the service.
 */
@ApplicationScoped
public class LetterPrinter {

    private final AdmissionsConfig.Letters config;
    private LetterFonts fonts;
    private AdmissionLetterPdf pdf;

    LetterPrinter(AdmissionsConfig config) {
        this.config = config.letters();
    }

    synchronized byte[] print(AdmissionLetter letter) {
        if (pdf == null) {
            fonts = LetterFonts.locate(config.latinFont(), config.chineseFont());
            pdf = new AdmissionLetterPdf(fonts);
        }
        return pdf.render(letter);
    }

    @PreDestroy
    synchronized void close() throws IOException {
        if (fonts != null) {
            fonts.close();
        }
    }
}
