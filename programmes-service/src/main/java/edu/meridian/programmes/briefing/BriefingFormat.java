package edu.meridian.programmes.briefing;

/** Where people attend: {@code online} (with a link) or {@code on_campus} (on a named campus). */
public enum BriefingFormat {
    online, on_campus
}
