package edu.meridian.partners.jointprogramme;

import edu.meridian.web.Text;

/** A major (专业) taught in a joint programme, with its code in the ministry's catalogue (e.g. 101101K nursing). */
public record Major(String code, Text name) {
}
